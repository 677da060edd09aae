package cn.gongkai.server.publication;

/** An attachment of an item, as listed and downloaded. */
public record Attachment(long id, long itemId, String fileName, String mediaType, long sizeBytes, String sha256) {

    /** PNG, JPEG or GIF: shown in the item page itself (图片展示), not only offered for download. */
    public boolean image() {
        return mediaType.startsWith("image/");
    }

    /** The file name without its extension: the caption and alternative text of an image. */
    public String caption() {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** The size for people: 1.2 MB, 34 KB. */
    public String size() {
        return sizeBytes >= 1024 * 1024 ? String.format("%.1f MB", sizeBytes / 1048576.0)
                : Math.max(1, sizeBytes / 1024) + " KB";
    }
}
