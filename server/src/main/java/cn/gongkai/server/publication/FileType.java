package cn.gongkai.server.publication;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;

/**
 * The file types an item may carry, told from the content (magic bytes; for Office Open XML, the
 * zip's entries), and checked against the name's extension so that a renamed file is refused.
 */
enum FileType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    DOC("application/msword", "doc"),
    XLS("application/vnd.ms-excel", "xls"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    GIF("image/gif", "gif");

    final String mediaType;
    final String[] extensions;

    FileType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    /** The type of these bytes, or null when it is none of the allowed ones. */
    static @Nullable FileType detect(byte[] b) {
        if (starts(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return PDF;
        }
        if (starts(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (starts(b, 0x47, 0x49, 0x46, 0x38)) {
            return GIF;
        }
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return null; // DOC and XLS share this container; told apart by the extension below
        }
        if (starts(b, 0x50, 0x4B, 0x03, 0x04)) {
            return officeOpenXml(b);
        }
        return null;
    }

    static boolean isOle2(byte[] b) {
        return starts(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
    }

    boolean matches(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        for (String ext : extensions) {
            if (name.endsWith("." + ext)) {
                return true;
            }
        }
        return false;
    }

    /** Reads only the zip's directory of names (no inflation), up to 1,000 entries. */
    private static @Nullable FileType officeOpenXml(byte[] b) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            boolean types = false;
            FileType found = null;
            ZipEntry e;
            for (int n = 0; n < 1000 && (e = zip.getNextEntry()) != null; n++) {
                String name = e.getName();
                types |= name.equals("[Content_Types].xml");
                if (name.startsWith("word/")) {
                    found = DOCX;
                } else if (name.startsWith("xl/")) {
                    found = XLSX;
                }
                if (types && found != null) {
                    return found;
                }
            }
        } catch (IOException | IllegalArgumentException ignored) {
            // not a readable zip: not an allowed type
        }
        return null;
    }

    private static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
