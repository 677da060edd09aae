package cn.gongkai.server.catalog;

/** A change to a catalog that cannot be made; the message says why and what to do, in Chinese. */
public class CatalogException extends RuntimeException {
    public CatalogException(String message) {
        super(message);
    }
}
