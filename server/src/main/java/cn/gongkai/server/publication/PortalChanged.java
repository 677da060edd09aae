package cn.gongkai.server.publication;

/** Something the public portal shows has changed: an item was published, corrected or withdrawn. */
public record PortalChanged(long organId, long itemId) {
}
