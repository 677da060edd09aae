package cn.gongkai.server.shared;

/**
 * Something the public portal shows has changed: an item was published, corrected or withdrawn
 * ({@code itemId} set), or an organ's own pages (guide, catalog) were edited ({@code itemId} 0).
 * Published by the feature that made the change; the portal's page cache and the search index listen.
 */
public record PortalChanged(long organId, long itemId) {

    /** An organ's pages other than items changed. */
    public static PortalChanged organPages(long organId) {
        return new PortalChanged(organId, 0);
    }

    public boolean concernsAnItem() {
        return itemId != 0;
    }
}
