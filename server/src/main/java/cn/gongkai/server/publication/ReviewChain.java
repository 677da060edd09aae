package cn.gongkai.server.publication;

import cn.gongkai.server.accounts.Role;
import java.util.List;

/** An organ's review chain: 1 to 5 steps, each done by a role, in order. */
public record ReviewChain(List<Role> steps) {

    public static final int MAX_STEPS = 5;

    public ReviewChain {
        if (steps.isEmpty() || steps.size() > MAX_STEPS) {
            throw new IllegalArgumentException("审核流程应有 1 到 " + MAX_STEPS + " 步");
        }
        steps = List.copyOf(steps);
    }

    /**
     * The role of step {@code step} (1-based). An item that was already in review when its organ
     * shortened the chain continues at the new last step.
     */
    public Role roleAt(int step) {
        return steps.get(Math.min(Math.max(step, 1), steps.size()) - 1);
    }

    public int size() {
        return steps.size();
    }
}
