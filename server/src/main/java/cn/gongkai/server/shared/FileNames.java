package cn.gongkai.server.shared;

import org.jspecify.annotations.Nullable;

/** File names sent by browsers, made safe to show and store. */
public final class FileNames {

    public static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    /**
     * The last path segment of a client-supplied name (browsers on Windows may send C:\…\name),
     * without control characters (C0 and C1: U+0085 is a line break), invisible format characters
     * (U+202E would show “evil\u202Efdp.exe” as “evilexe.pdf”), line and paragraph separators or quotes,
     * at most {@link #MAX_LENGTH} characters keeping the end (so the extension survives); empty when
     * nothing is left. (UploadFuzzTests found U+0085 passing the ASCII-only \p{Cntrl} used before.)
     */
    public static String lastSegment(@Nullable String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\"]", "").strip();
        return name.length() > MAX_LENGTH ? name.substring(name.length() - MAX_LENGTH) : name;
    }
}
