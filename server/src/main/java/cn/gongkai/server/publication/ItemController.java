package cn.gongkai.server.publication;

import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff pages of proactive disclosure: list, write, review, publish, withdraw. Binds, calls, chooses a view. */
@Controller
class ItemController {

    private final PublicationService service;
    private final PublicationDeadline deadlines;
    private final cn.gongkai.server.ledger.Ledger ledger;
    private final NormativeDocuments register;
    private final AttachmentService attachments;
    private final cn.gongkai.server.catalog.CatalogService catalogs;
    private final cn.gongkai.server.ledger.LedgerRows ledgerRows;

    ItemController(PublicationService service, PublicationDeadline deadlines, cn.gongkai.server.ledger.Ledger ledger,
            NormativeDocuments register, AttachmentService attachments,
            cn.gongkai.server.catalog.CatalogService catalogs, cn.gongkai.server.ledger.LedgerRows ledgerRows) {
        this.ledgerRows = ledgerRows;
        this.catalogs = catalogs;
        this.register = register;
        this.attachments = attachments;
        this.service = service;
        this.deadlines = deadlines;
        this.ledger = ledger;
    }

    @GetMapping("/workspace/items")
    String list(@AuthenticationPrincipal StaffUser user, Model model) {
        var items = service.itemsOf(user, user.organId());
        model.addAttribute("items", items);
        java.util.Map<Long, PublicationDeadline.Due> due = new java.util.HashMap<>();
        items.forEach(i -> {
            PublicationDeadline.Due d = deadlines.of(i);
            if (d != null) {
                due.put(i.id(), d);
            }
        });
        model.addAttribute("due", due);
        model.addAttribute("canDraft", user.has(Role.DRAFTER));
        return "publication/list";
    }

    @GetMapping("/workspace/items/new")
    String newForm(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("kinds", ItemKind.values());
        model.addAttribute("entries", catalogs.options(user.organId()));
        cn.gongkai.server.shared.ScriptedPage.allowThisServersScripts(); // the 正文 editor
        return "publication/form";
    }

    @PostMapping("/workspace/items")
    String create(@AuthenticationPrincipal StaffUser user, Form form, Model model, RedirectAttributes redirect) {
        try {
            catalogs.requireEntry(user.organId(), form.catalogEntry());
            Item item = service.create(user, form.content());
            catalogs.assign(user, user.organId(), item.id(), form.catalogEntry());
            redirect.addFlashAttribute("done", "草稿已保存。");
            return "redirect:/workspace/items/" + item.id();
        } catch (PublicationException | cn.gongkai.server.catalog.CatalogException e) {
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("form", form);
            model.addAttribute("kinds", ItemKind.values());
            model.addAttribute("entries", catalogs.options(user.organId()));
            cn.gongkai.server.shared.ScriptedPage.allowThisServersScripts();
            return "publication/form";
        }
    }

    @GetMapping("/workspace/items/{id}")
    String view(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id, Model model) {
        Item item = service.item(user, id);
        ReviewChain chain = service.chainOf(item.organId());
        model.addAttribute("item", item);
        model.addAttribute("editableBody", BodyText.forEditing(item.content().bodyHtml()));
        model.addAttribute("due", deadlines.of(item));
        model.addAttribute("chain", chain);
        model.addAttribute("reviews", service.reviewsOf(item));
        // The item's own ledger entries (who did what, when); visibility was checked by service.item above.
        model.addAttribute("history", ledgerRows.of(ledger.forSubject("item", Long.toString(id))));
        model.addAttribute("kinds", ItemKind.values());
        model.addAttribute("entries", catalogs.options(item.organId()));
        Long entry = catalogs.entryOf(id).orElse(null);
        model.addAttribute("catalogEntry", entry);
        model.addAttribute("catalogLabel", catalogs.options(item.organId()).stream().filter(o -> o.id() == (entry == null ? -1 : entry))
                .map(o -> o.label()).findFirst().orElse(null));
        boolean mine = user.organId() == item.organId();
        boolean editable = item.status() == ItemStatus.DRAFT || item.status() == ItemStatus.RETURNED;
        boolean canEdit = mine && editable && user.has(Role.DRAFTER);
        model.addAttribute("canEdit", canEdit);
        if (canEdit) {
            cn.gongkai.server.shared.ScriptedPage.allowThisServersScripts(); // the edit form's 正文 editor
        }
        // Everything the reviewers decide on: findings (with the drafter's reason), and for a correction the comparison.
        boolean unpublished = editable || item.status() == ItemStatus.IN_REVIEW || item.status() == ItemStatus.SCHEDULED;
        model.addAttribute("findings", unpublished ? service.findings(item) : java.util.List.of());
        model.addAttribute("comparison", item.correcting()
                ? service.currentRelease(item).map(r -> VersionComparison.of(r, item.content())).orElse(null) : null);
        model.addAttribute("canReview", mine && item.status() == ItemStatus.IN_REVIEW
                && user.has(chain.roleAt(item.reviewStep())) && service.mayDecide(user, item));
        model.addAttribute("lastStep", item.reviewStep() == chain.size());
        model.addAttribute("publishAt", item.publishAt() == null ? null : Schedules.shown(item.publishAt()));
        model.addAttribute("canCancelSchedule", mine && item.status() == ItemStatus.SCHEDULED
                && (user.has(chain.roleAt(chain.size())) || user.has(Role.ORGAN_ADMIN)));
        model.addAttribute("canWithdraw", mine && item.status() == ItemStatus.PUBLISHED && user.has(Role.ORGAN_ADMIN));
        NormativeDocument normative = register.of(id).orElse(null);
        model.addAttribute("normative", normative);
        model.addAttribute("attachments", attachments.of(item));
        model.addAttribute("canChangeValidity", mine && user.has(Role.ORGAN_ADMIN) && normative != null);
        model.addAttribute("canCorrect", mine && item.status() == ItemStatus.PUBLISHED && user.has(Role.DRAFTER));
        return "publication/item";
    }

    @PostMapping("/workspace/items/{id}")
    String edit(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id, Form form, RedirectAttributes r) {
        return act(r, id, "草稿已保存。", () -> {
            catalogs.requireEntry(user.organId(), form.catalogEntry());
            service.edit(user, id, form.content());
            catalogs.assign(user, user.organId(), id, form.catalogEntry());
        });
    }

    @PostMapping("/workspace/items/{id}/submit")
    String submit(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id,
            @RequestParam(name = "overrideReason", required = false) String overrideReason, RedirectAttributes r) {
        return act(r, id, "已提交审核。", () -> service.submit(user, id, overrideReason));
    }

    @PostMapping("/workspace/items/{id}/approve")
    String approve(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id,
            @RequestParam(name = "confidentiality", required = false) String confidentiality,
            @RequestParam(name = "publishAt", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) java.time.LocalDateTime publishAt, RedirectAttributes r) {
        String done = publishAt == null ? "审核通过。" : "终审通过，将于 " + Schedules.shown(Schedules.chinaTime(publishAt)) + " 定时发布。";
        return act(r, id, done, () -> service.approve(user, id, confidentiality == null ? "" : confidentiality,
                publishAt == null ? null : Schedules.chinaTime(publishAt)));
    }

    @PostMapping("/workspace/items/{id}/cancel-schedule")
    String cancelSchedule(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id,
            @RequestParam(name = "reason", required = false) String reason, RedirectAttributes r) {
        return act(r, id, "已取消定时发布，退回撰稿人。", () -> service.cancelSchedule(user, id, reason));
    }

    @PostMapping("/workspace/items/{id}/correction-note")
    String correctionNote(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id,
            @RequestParam(name = "note", required = false) String note, RedirectAttributes r) {
        return act(r, id, "更正说明已保存。", () -> service.noteCorrection(user, id, note));
    }

    @PostMapping("/workspace/items/{id}/return")
    String returnItem(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id,
            @RequestParam(name = "comment", required = false) String comment, RedirectAttributes r) {
        return act(r, id, "已退回撰稿人。", () -> service.returnToDrafter(user, id, comment == null ? "" : comment));
    }

    @PostMapping("/workspace/items/{id}/correct")
    String correct(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id, RedirectAttributes r) {
        return act(r, id, "已发起更正：修改后提交审核，通过后公开新版本；在此之前网站仍显示当前版本。", () -> service.correct(user, id));
    }

    @PostMapping("/workspace/items/{id}/attachments")
    String attach(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id,
            @RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile file,
            RedirectAttributes r) {
        return act(r, id, "附件已添加。", () -> {
            if (file == null || file.isEmpty()) {
                throw new PublicationException("请选择要上传的文件");
            }
            try {
                attachments.attach(user, id, file.getOriginalFilename(), file.getBytes());
            } catch (java.io.IOException e) {
                throw new PublicationException("上传失败，请重试");
            }
        });
    }

    @GetMapping("/workspace/attachments/{id}")
    org.springframework.http.ResponseEntity<byte[]> download(@AuthenticationPrincipal StaffUser user,
            @PathVariable("id") long id) {
        return Downloads.response(attachments.download(user, id));
    }

    @PostMapping("/workspace/items/{id}/validity")
    String validity(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id,
            @RequestParam("validity") Validity validity,
            @RequestParam("on") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(name = "byDocument", required = false) String byDocument, RedirectAttributes r) {
        return act(r, id, "已登记" + validity.chinese() + "。", () -> service.changeValidity(user, id, validity, on, byDocument));
    }

    @PostMapping("/workspace/items/{id}/withdraw")
    String withdraw(@AuthenticationPrincipal StaffUser user, @PathVariable("id") long id,
            @RequestParam(name = "reason", required = false) String reason, RedirectAttributes r) {
        return act(r, id, "已撤回。", () -> service.withdraw(user, id, reason == null ? "" : reason));
    }

    static String act(RedirectAttributes redirect, long id, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", done);
        } catch (PublicationException | cn.gongkai.server.catalog.CatalogException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/workspace/items/" + id;
    }

    /** The fields of the item form. */
    record Form(String title, ItemKind kind, String documentNumber,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate writtenOn, String topic, String body,
            Long catalogEntry) {

        ItemContent content() {
            return new ItemContent(title == null ? "" : title, kind == null ? ItemKind.WORK_NEWS : kind,
                    blankToNull(documentNumber), writtenOn, blankToNull(topic), body == null ? "" : body);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }
}
