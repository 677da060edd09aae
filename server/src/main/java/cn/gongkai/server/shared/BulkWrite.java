package cn.gongkai.server.shared;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;

/**
 * A bulk write is under way (the demo county's two years, written on first start): listeners that would
 * otherwise act on every single {@link PortalChanged} (the search index, one commit per item) wait for the
 * {@link Done} event and then catch up at once. The changes still mark themselves pending, so a crash in
 * between is caught at the next start as usual.
 */
@Component
public class BulkWrite {

    /** Published once the bulk write has committed. */
    public record Done() {
    }

    private final AtomicBoolean active = new AtomicBoolean();

    public void begin() {
        active.set(true);
    }

    public void end() {
        active.set(false);
    }

    public boolean active() {
        return active.get();
    }
}
