package cn.gongkai.server.operations;

/** A write refused because the data directories are short of space (answered 503 by {@link StorageShortAdvice}). */
public class StorageShort extends RuntimeException {

    public StorageShort() {
        super("data directory short of space", null, false, false);
    }
}
