package cn.gongkai.server.supervision;

import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.organs.Organs;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who handles a complaint (Art. 51: 可以向上一级行政机关或者主管部门投诉、举报): by default the county's
 * 政务公开办, the 主管部门 of every organ on the platform ({@code gongkai.supervision.complaints-to=county});
 * with {@code parent}, the organ's superior (a township's is the county government too, a department's
 * the government it belongs to).
 */
@Component
public class Supervisors {

    private final Organs organs;
    private final boolean toParent;

    Supervisors(Organs organs, @Value("${gongkai.supervision.complaints-to:county}") String setting) {
        this.organs = organs;
        if (!setting.equals("county") && !setting.equals("parent")) {
            throw new IllegalStateException("gongkai.supervision.complaints-to 只能是 county（县政务公开办）或 parent（上一级机关）："
                    + setting);
        }
        this.toParent = setting.equals("parent");
    }

    /** The organ whose people handle complaints about {@code organ}. */
    public long of(Organ organ) {
        if (toParent && organ.parentId() != null) {
            return organ.parentId();
        }
        Organ o = organ;
        for (int depth = 0; o.parentId() != null && depth < 20; depth++) {
            o = organs.byId(o.parentId()).orElseThrow();
        }
        return o.id();
    }

    /** Whether {@code user} acts for the supervising body of {@code f}: its supervisor or administrator. */
    static boolean actsFor(StaffUser user, Feedback f) {
        return f.supervised() && user.organId() == f.supervisorOrganId()
                && (user.has(Role.COUNTY_SUPERVISOR) || user.has(Role.ORGAN_ADMIN));
    }
}
