package cn.gongkai.server.publication;

import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.organs.Organs;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public portal (no login): an organ's published items and each item's page with its metadata table. */
@Controller
class PortalController {

    private final Organs organs;
    private final Items items;

    PortalController(Organs organs, Items items) {
        this.organs = organs;
        this.items = items;
    }

    @GetMapping("/portal/{organ}")
    String organ(@PathVariable("organ") String code, Model model) {
        Organ organ = organs.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("organ", organ);
        model.addAttribute("items", items.published(organ.id()));
        return "portal/organ";
    }

    @GetMapping("/portal/{organ}/items/{index}")
    String item(@PathVariable("organ") String code, @PathVariable("index") String index, Model model) {
        Organ organ = organs.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Item item = items.publishedByIndexNumber(index).filter(i -> i.organId() == organ.id())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("organ", organ);
        model.addAttribute("item", item);
        return "portal/item";
    }
}
