package cn.gongkai.server.publication;

import org.jspecify.annotations.Nullable;

/**
 * An attachment of an item, as listed and downloaded. {@code altText} and {@code captionText} are what
 * staff wrote (null: not written); {@code sinceVersion} is the first version of the item it belongs to.
 */
public record Attachment(long id, long itemId, String fileName, String mediaType, long sizeBytes, String sha256,
        @Nullable String altText, @Nullable String captionText, int sinceVersion) {

    /** PNG, JPEG or GIF: shown in the item page itself (图片展示), not only offered for download. */
    public boolean image() {
        return mediaType.startsWith("image/");
    }

    /** The caption written by staff, else the file name without its extension. */
    public String caption() {
        if (captionText != null && !captionText.isBlank()) {
            return captionText;
        }
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** The alternative text for screen readers: written by staff, else the caption. */
    public String alt() {
        return altText != null && !altText.isBlank() ? altText : caption();
    }

    /** An image nobody described: its file name stands in for what it shows. */
    public boolean needsAltText() {
        return image() && (altText == null || altText.isBlank());
    }

    /** Whether it belongs to a published version of an item released {@code releasedVersion} times. */
    public boolean published(int releasedVersion) {
        return sinceVersion <= releasedVersion;
    }

    /** The size for people: 1.2 MB, 34 KB. */
    public String size() {
        return sizeBytes >= 1024 * 1024 ? String.format("%.1f MB", sizeBytes / 1048576.0)
                : Math.max(1, sizeBytes / 1024) + " KB";
    }
}
