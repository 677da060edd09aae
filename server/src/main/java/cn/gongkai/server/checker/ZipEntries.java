package cn.gongkai.server.checker;

import cn.gongkai.server.shared.FileNames;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The report files inside a zip, read with limits so that a zip bomb or a huge archive is refused with
 * a message instead of filling memory: at most {@link #MAX_FILES} files of {@link #MAX_FILE_BYTES} each and
 * {@link #MAX_TOTAL_BYTES} in all, uncompressed. Folders, hidden files and macOS metadata are skipped.
 */
final class ZipEntries {

    static final int MAX_FILES = 2_000;
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 300L * 1024 * 1024;

    /** One file of the archive. */
    record Entry(String name, byte[] bytes) {
    }

    /** The archive cannot be used; the message says why, in Chinese. */
    static final class ZipProblem extends Exception {
        ZipProblem(String message) {
            super(message);
        }
    }

    private ZipEntries() {
    }

    static List<Entry> read(InputStream in) throws ZipProblem {
        List<Entry> out = new ArrayList<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(in, java.nio.charset.StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                String name = FileNames.lastSegment(e.getName());
                if (e.isDirectory() || name.isEmpty() || name.startsWith(".") || e.getName().contains("__MACOSX")) {
                    continue;
                }
                if (out.size() >= MAX_FILES) {
                    throw new ZipProblem("压缩包中的文件超过 " + MAX_FILES + " 个，请分批上传");
                }
                byte[] bytes = readLimited(zip, name);
                total += bytes.length;
                if (total > MAX_TOTAL_BYTES) {
                    throw new ZipProblem("压缩包解压后超过 " + (MAX_TOTAL_BYTES >> 20) + " MB，请分批上传");
                }
                out.add(new Entry(name, bytes));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ZipProblem("无法读取压缩包（" + e.getMessage() + "）：请确认是 zip 格式且没有损坏");
        }
        if (out.isEmpty()) {
            throw new ZipProblem("压缩包中没有文件");
        }
        return out;
    }

    private static byte[] readLimited(ZipInputStream zip, String name) throws IOException, ZipProblem {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[64 * 1024];
        int n;
        while ((n = zip.read(chunk)) > 0) {
            if (buffer.size() + n > MAX_FILE_BYTES) {
                throw new ZipProblem("压缩包中的“" + name + "”解压后超过 20 MB");
            }
            buffer.write(chunk, 0, n);
        }
        return buffer.toByteArray();
    }
}
