package cn.gongkai.server.publication;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** What the county's portal home and site map read of all organs' published items. */
@Service
public class PortalReleases {

    private final Items items;

    PortalReleases(Items items) {
        this.items = items;
    }

    /** The newest releases across organs, newest first. */
    public List<Release> newest(int limit) {
        return items.newest(limit);
    }

    /** Published items per organ id. */
    public Map<Long, Long> countsByOrgan() {
        return items.countsByOrgan();
    }

    /** All current releases in item order, a batch at a time (keyset paging). */
    public List<Release> after(long afterItemId, int limit) {
        return items.releasesAfter(afterItemId, limit);
    }
}
