package cn.gongkai.server.shared;

import org.jspecify.annotations.Nullable;

/** File names sent by browsers, made safe to show and store. */
public final class FileNames {

    public static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    /**
     * The last path segment of a client-supplied name (browsers on Windows may send C:\…\name),
     * without control characters or quotes, at most {@link #MAX_LENGTH} characters keeping the end
     * (so the extension survives); empty when nothing is left.
     */
    public static String lastSegment(@Nullable String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        return name.length() > MAX_LENGTH ? name.substring(name.length() - MAX_LENGTH) : name;
    }
}
