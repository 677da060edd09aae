package cn.gongkai.server.operations;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system ({@code jdbc:h2:full:/path}) over the real disk that answers every write with the
 * operating system's "No space left on device" while {@link #fill()} is in force, as a full data directory
 * does: reads go on, writes fail, until {@link #free()}. Registered once per JVM by {@link #register()}.
 */
public final class FullDisk extends FilePathWrapper {

    private static volatile boolean full;
    private static volatile boolean registered;

    public static synchronized void register() {
        if (!registered) {
            FilePath.register(new FullDisk());
            registered = true;
        }
    }

    public static void fill() {
        full = true;
    }

    public static void free() {
        full = false;
    }

    static void refuse() throws IOException {
        if (full) {
            throw new IOException("No space left on device");
        }
    }

    @Override
    public String getScheme() {
        return "full";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Channel(getBase().open(mode));
    }

    @Override
    public OutputStream newOutputStream(boolean append) throws IOException {
        refuse();
        return super.newOutputStream(append);
    }

    @Override
    public boolean createFile() {
        return !full && super.createFile();
    }

    /** The real channel, with writes refused while the disk is "full". */
    private static final class Channel extends FileBase {
        private final FileChannel base;

        Channel(FileChannel base) {
            this.base = base;
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            refuse();
            return base.write(src);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            refuse();
            return base.write(src, position);
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            refuse();
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            refuse();
            base.force(metaData);
        }

        @Override
        public synchronized FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }
    }
}
