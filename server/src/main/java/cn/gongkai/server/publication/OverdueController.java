package cn.gongkai.server.publication;

import cn.gongkai.server.accounts.OrganAccess;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.organs.Organs;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 逾期清单 (Art. 26): statutory items past their 20-working-day deadline, per organ: still
 * unpublished (to be published now) and published late (what an assessment counts). Staff see their
 * organ; the county supervisor sees every organ.
 */
@Controller
class OverdueController {

    /** An item past its deadline. */
    public record Late(Item item, PublicationDeadline.Due due) {
    }

    /** One organ's overdue items. */
    public record OrganLate(Organ organ, List<Late> unpublished, List<Late> publishedLate) {
    }

    private final PublicationService service;
    private final PublicationDeadline deadlines;
    private final Organs organs;

    OverdueController(PublicationService service, PublicationDeadline deadlines, Organs organs) {
        this.service = service;
        this.deadlines = deadlines;
        this.organs = organs;
    }

    @GetMapping("/workspace/overdue")
    String overdue(@AuthenticationPrincipal StaffUser user, Model model) {
        List<OrganLate> rows = new ArrayList<>();
        for (Organ organ : organs.all()) {
            if (!OrganAccess.canView(user, organ)) {
                continue;
            }
            List<Late> unpublished = new ArrayList<>();
            List<Late> late = new ArrayList<>();
            for (Item item : service.itemsOf(user, organ.id())) {
                PublicationDeadline.Due due = deadlines.of(item);
                if (due == null || !due.overdue() || item.status() == ItemStatus.WITHDRAWN) {
                    continue;
                }
                (item.publishedOn() == null ? unpublished : late).add(new Late(item, due));
            }
            rows.add(new OrganLate(organ, unpublished, late));
        }
        model.addAttribute("organs", rows);
        return "publication/overdue";
    }
}
