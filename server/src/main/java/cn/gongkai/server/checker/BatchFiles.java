package cn.gongkai.server.checker;

import cn.gongkai.server.shared.FileNames;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files of one batch, spooled to a temporary folder when uploaded and read back one at a time by the
 * worker, so that a batch holds one file's bytes at a time, not all of them (ten zips unpacking to 300 MB
 * each used to fill the heap). A zip is listed from its central directory up front (count and declared
 * sizes); its entries are then unpacked one by one, counting the bytes actually unpacked against
 * {@link #MAX_FILE_BYTES} each and {@link #MAX_TOTAL_BYTES} in all — a zip may declare less than it holds.
 * Folders, hidden files and macOS metadata are skipped.
 */
final class BatchFiles implements Closeable {

    static final int MAX_FILES = 2_000;
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 300L * 1024 * 1024;

    /** One file, by name, opened when its turn comes. */
    private record Source(String name, Opener opener) {
    }

    @FunctionalInterface
    private interface Opener {
        InputStream open() throws IOException;
    }

    /** What the worker gets for each file: its bytes, or why it was not read (then {@code bytes} is null). */
    @FunctionalInterface
    interface Visitor {
        void visit(int index, String name, byte @Nullable [] bytes, @Nullable String refusal) throws InterruptedException;
    }

    /** The upload cannot be used; the message says why, in Chinese. */
    static final class ZipProblem extends Exception {
        ZipProblem(String message) {
            super(message);
        }
    }

    private final Path dir;
    private final List<Source> sources = new ArrayList<>();
    private final List<ZipFile> zips = new ArrayList<>();

    private BatchFiles(Path dir) {
        this.dir = dir;
    }

    /** Spools the zip and the single files; on a problem nothing is left behind. */
    static BatchFiles spool(@Nullable MultipartFile zip, List<MultipartFile> files) throws ZipProblem, IOException {
        BatchFiles batch = new BatchFiles(Files.createTempDirectory("gongkai-batch"));
        try {
            if (zip != null && !zip.isEmpty()) {
                batch.addZip(zip);
            }
            for (MultipartFile f : files) {
                if (!f.isEmpty()) {
                    Path copy = batch.dir.resolve("file-" + batch.sources.size());
                    f.transferTo(copy);
                    batch.sources.add(new Source(ReportCheckService.displayName(f.getOriginalFilename()),
                            () -> Files.newInputStream(copy)));
                }
            }
            if (batch.sources.size() > MAX_FILES) {
                throw new ZipProblem("压缩包中的文件超过 " + MAX_FILES + " 个，请分批上传");
            }
            return batch;
        } catch (ZipProblem | IOException | RuntimeException e) {
            batch.close();
            throw e;
        }
    }

    private void addZip(MultipartFile upload) throws ZipProblem, IOException {
        Path copy = dir.resolve("upload.zip");
        upload.transferTo(copy);
        ZipFile zip = open(copy);
        zips.add(zip);
        long declared = 0;
        for (ZipEntry e : zip.stream().toList()) {
            String name = FileNames.lastSegment(e.getName());
            if (e.isDirectory() || name.isEmpty() || name.startsWith(".") || e.getName().contains("__MACOSX")) {
                continue;
            }
            if (sources.size() >= MAX_FILES) {
                throw new ZipProblem("压缩包中的文件超过 " + MAX_FILES + " 个，请分批上传");
            }
            if (e.getSize() > MAX_FILE_BYTES) {
                throw new ZipProblem("压缩包中的“" + name + "”解压后超过 " + (MAX_FILE_BYTES >> 20) + " MB");
            }
            declared += Math.max(0, e.getSize());
            if (declared > MAX_TOTAL_BYTES) {
                throw new ZipProblem("压缩包解压后超过 " + (MAX_TOTAL_BYTES >> 20) + " MB，请分批上传");
            }
            sources.add(new Source(name, () -> zip.getInputStream(e)));
        }
        if (sources.isEmpty()) {
            throw new ZipProblem("压缩包中没有文件");
        }
    }

    /** UTF-8 names first; zips made on Chinese Windows name their entries in GBK. */
    private static ZipFile open(Path file) throws ZipProblem {
        for (Charset names : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
            try {
                return new ZipFile(file.toFile(), names);
            } catch (IOException | IllegalArgumentException e) {
                // next charset, or not a zip at all
            }
        }
        throw new ZipProblem("无法读取压缩包：请确认是 zip 格式且没有损坏");
    }

    int size() {
        return sources.size();
    }

    boolean isEmpty() {
        return sources.isEmpty();
    }

    /** Unpacks and hands over one file at a time, holding each to its budget and all to the total. */
    void forEach(Visitor visitor) throws InterruptedException {
        long total = 0;
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            if (total > MAX_TOTAL_BYTES) {
                visitor.visit(i, s.name(), null, "文件过大或过于复杂：压缩包实际解压总量超过 " + (MAX_TOTAL_BYTES >> 20)
                        + " MB 的上限，此文件及其后的文件未检查。请分批上传。");
                continue;
            }
            byte[] bytes;
            try (InputStream in = s.opener().open()) {
                bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            } catch (IOException | RuntimeException e) {
                visitor.visit(i, s.name(), null, "无法从压缩包中解压此文件（文件已损坏），请单独上传。");
                continue;
            }
            total += bytes.length;
            if (bytes.length > MAX_FILE_BYTES) {
                visitor.visit(i, s.name(), null, "文件过大或过于复杂：压缩包中的“" + s.name() + "”实际解压后超过 "
                        + (MAX_FILE_BYTES >> 20) + " MB 的上限（压缩包中登记的大小与实际不符），未检查。");
                continue;
            }
            visitor.visit(i, s.name(), bytes, null);
        }
    }

    /** Closes the zip and deletes the spooled copies. */
    @Override
    public void close() {
        for (ZipFile z : zips) {
            try {
                z.close();
            } catch (IOException e) {
                // the copy is deleted below all the same
            }
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is removed with the others by the system
        }
    }
}
