package cn.gongkai.server.accounts;

import cn.gongkai.server.organs.Organ;

/**
 * Who may see an organ's work: its own staff, and the county supervisor (政务公开办), who oversees
 * every organ. The three administrators (三员) run the system and see no organ's content.
 */
public final class OrganAccess {

    private OrganAccess() {
    }

    public static boolean canView(StaffUser user, Organ organ) {
        if (user.has(Role.COUNTY_SUPERVISOR)) {
            return true;
        }
        boolean staff = user.roles().stream().anyMatch(r -> r != Role.SYSTEM_ADMIN && r != Role.SECURITY_ADMIN
                && r != Role.AUDIT_ADMIN);
        return staff && user.organId() == organ.id();
    }
}
