package cn.gongkai.server.publication;

/** An attachment of an item, as listed and downloaded. */
public record Attachment(long id, long itemId, String fileName, String mediaType, long sizeBytes, String sha256) {

    /** The size for people: 1.2 MB, 34 KB. */
    public String size() {
        return sizeBytes >= 1024 * 1024 ? String.format("%.1f MB", sizeBytes / 1048576.0)
                : Math.max(1, sizeBytes / 1024) + " KB";
    }
}
