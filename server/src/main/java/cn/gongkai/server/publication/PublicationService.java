package cn.gongkai.server.publication;

import cn.gongkai.server.shared.PortalChanged;
import cn.gongkai.server.accounts.OrganAccess;
import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.ledger.Action;
import cn.gongkai.server.ledger.Ledger;
import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.organs.Organs;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The publishing workflow. Every method checks on the server who may do it (organ and role),
 * applies one transition, saves, and records the action with before and after in the ledger, all
 * in one transaction.
 */
@Service
public class PublicationService {

    /** The review record's note on an approval by a reviewer who already approved another step. */
    static final String SINGLE_REVIEWER = "单人审核（本机关设置允许同一人审核多步）";

    private final Items items;
    private final ReviewRecords reviews;
    private final ReviewChains chains;
    private final IndexNumbers indexNumbers;
    private final TextCheck textCheck;
    private final NormativeDocuments register;
    private final Organs organs;
    private final Ledger ledger;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final SeparationOfDuties duties;
    private final Schedules schedules;

    PublicationService(Items items, ReviewRecords reviews, ReviewChains chains, IndexNumbers indexNumbers,
            TextCheck textCheck, NormativeDocuments register, Organs organs, Ledger ledger, Clock clock,
            org.springframework.context.ApplicationEventPublisher events, SeparationOfDuties duties, Schedules schedules) {
        this.schedules = schedules;
        this.duties = duties;
        this.register = register;
        this.events = events;
        this.textCheck = textCheck;
        this.items = items;
        this.reviews = reviews;
        this.chains = chains;
        this.indexNumbers = indexNumbers;
        this.organs = organs;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The items of the user's organ (staff), or of any organ for the county supervisor. */
    public List<Item> itemsOf(StaffUser user, long organId) {
        visible(user, organId);
        return items.forOrgan(organId);
    }

    /** An item the user may see; anything else is reported as not found (nothing is revealed). */
    public Item item(StaffUser user, long id) {
        Item item = items.byId(id).orElseThrow(() -> new ItemNotFoundException(id));
        visible(user, item.organId());
        return item;
    }

    public ReviewChain chainOf(long organId) {
        return chains.forOrgan(organId);
    }

    @Transactional
    public Item create(StaffUser user, ItemContent content) {
        require(user, Role.DRAFTER, "只有撰稿人可以新建信息");
        Item item = Item.draft(items.nextId(), user.organId(), user.username(), OffsetDateTime.now(clock), clean(content));
        items.insert(item);
        duties.drafted(SeparationOfDuties.ITEM, Long.toString(item.id()), user.username());
        record(user, item, "create", null);
        return item;
    }

    @Transactional
    public Item edit(StaffUser user, long id, ItemContent content) {
        Item item = item(user, id);
        require(user, Role.DRAFTER, "只有本机关撰稿人可以修改草稿");
        sameOrgan(user, item);
        String before = LedgerJson.state(item);
        item.edit(clean(content));
        items.update(item);
        duties.drafted(SeparationOfDuties.ITEM, Long.toString(item.id()), user.username());
        record(user, item, "edit", before);
        return item;
    }

    /** The findings of the text check for an item the caller has already obtained through {@link #item}. */
    List<Finding> findings(Item item) {
        return textCheck.check(item.content());
    }

    /**
     * Submits for review. When the text check finds something, the drafter must either fix it or
     * give a reason to go ahead; the reason and the findings go to the ledger.
     */
    @Transactional
    public Item submit(StaffUser user, long id, String overrideReason) {
        Item item = item(user, id);
        require(user, Role.DRAFTER, "只有本机关撰稿人可以提交审核");
        sameOrgan(user, item);
        List<Finding> findings = textCheck.check(item.content());
        boolean overridden = !findings.isEmpty() && overrideReason != null && !overrideReason.isBlank();
        if (!findings.isEmpty() && !overridden) {
            throw new PublicationException("文字检查发现 " + findings.size() + " 处问题，请修改后再提交；确需保留的，请填写理由后提交");
        }
        String before = LedgerJson.state(item);
        item.submit(overridden ? overrideReason.strip() : null);
        items.update(item);
        duties.drafted(SeparationOfDuties.ITEM, Long.toString(item.id()), user.username());
        duties.newVersion(SeparationOfDuties.ITEM, Long.toString(item.id()));
        record(user, item, "submit", before);
        if (overridden) {
            ledger.record(new Action(user.username(), item.organId(), "text-check-override", "item",
                    Long.toString(item.id()), LedgerJson.findings(findings), LedgerJson.reason(overrideReason.strip())));
        }
        return item;
    }

    /**
     * Approves the item's current step. The first step must carry the confidentiality review
     * conclusion (保密审查); the last step publishes.
     */
    @Transactional
    public Item approve(StaffUser user, long id, String confidentiality) {
        return approve(user, id, confidentiality, null);
    }

    /**
     * As {@link #approve(StaffUser, long, String)}; at the last step a time {@code publishAt} (定时发布)
     * makes the item wait, approved, until {@link ScheduledPublication} publishes it then.
     */
    @Transactional
    public Item approve(StaffUser user, long id, String confidentiality, @org.jspecify.annotations.Nullable OffsetDateTime publishAt) {
        Item item = item(user, id);
        sameOrgan(user, item);
        ReviewChain chain = chains.forOrgan(item.organId());
        if (item.status() != ItemStatus.IN_REVIEW) {
            throw new PublicationException("该信息不在审核中，当前状态：" + item.status().chinese());
        }
        Role role = chain.roleAt(item.reviewStep());
        require(user, role, "这一步由" + role.chinese() + "审核，您没有该角色");
        requireDuty(user, item);
        if (item.reviewStep() == 1 && (confidentiality == null || confidentiality.isBlank())) {
            throw new PublicationException("第一步审核须填写保密审查结论（如：经审查不涉及国家秘密，可以公开）");
        }
        String before = LedgerJson.state(item);
        int step = item.reviewStep();
        if (publishAt != null) {
            schedules.check(item, chain, publishAt);
            boolean single = duties.recordApproval(item.organId(), SeparationOfDuties.ITEM, Long.toString(item.id()),
                    user.username(), step);
            item.schedule(chain, publishAt);
            items.update(item);
            reviews.record(item.id(), step, role, user.username(), "APPROVE", single ? SINGLE_REVIEWER : null,
                    step == 1 ? confidentiality.strip() : null, OffsetDateTime.now(clock));
            record(user, item, "schedule", before);
            return item;
        }
        LocalDate today = LocalDate.now(clock);
        String index = item.indexNumber();
        if (index == null && step == chain.size()) {
            Organ organ = organs.byId(item.organId()).orElseThrow();
            index = indexNumbers.next(organ.id(), organ.code(), today.getYear());
        }
        boolean single = duties.recordApproval(item.organId(), SeparationOfDuties.ITEM, Long.toString(item.id()),
                user.username(), step);
        boolean published = item.approve(chain, today, index == null ? "" : index);
        items.update(item);
        if (published) {
            released(item, today);
        }
        reviews.record(item.id(), step, role, user.username(), "APPROVE", single ? SINGLE_REVIEWER : null,
                step == 1 ? confidentiality.strip() : null,
                OffsetDateTime.now(clock));
        record(user, item, published ? "publish" : "approve", before);
        return item;
    }

    /** What follows every publication of a version, by a final approval or at its scheduled time. */
    void released(Item item, LocalDate today) {
        duties.finished(SeparationOfDuties.ITEM, Long.toString(item.id()));
        items.release(item, today);
        if (item.content().kind() == ItemKind.NORMATIVE_DOCUMENT) {
            register.register(item, item.content().writtenOn() != null ? item.content().writtenOn() : today);
        }
        events.publishEvent(new PortalChanged(item.organId(), item.id()));
    }

    /**
     * Stops a scheduled item before its time (a mistake found after the last approval): the last
     * step's reviewer or the organ administrator returns it to the drafter; it is reviewed again.
     */
    @Transactional
    public Item cancelSchedule(StaffUser user, long id, String reason) {
        Item item = item(user, id);
        sameOrgan(user, item);
        ReviewChain chain = chains.forOrgan(item.organId());
        Role last = chain.roleAt(chain.size());
        if (!user.has(last) && !user.has(Role.ORGAN_ADMIN)) {
            throw new PublicationException("只有" + last.chinese() + "或本机关管理员可以取消定时发布");
        }
        String before = LedgerJson.state(item);
        item.cancelSchedule(reason == null ? "" : reason);
        items.update(item);
        record(user, item, "schedule-cancel", before);
        return item;
    }

    /** The drafter writes what a correction corrects (更正说明); the portal shows it with the new version. */
    @Transactional
    public Item noteCorrection(StaffUser user, long id, String note) {
        Item item = item(user, id);
        require(user, Role.DRAFTER, "只有本机关撰稿人可以填写更正说明");
        sameOrgan(user, item);
        String before = item.correctionNote();
        item.noteCorrection(note == null ? "" : note);
        items.update(item);
        ledger.record(new Action(user.username(), item.organId(), "correction-note", "item", Long.toString(id),
                before == null ? null : LedgerJson.reason(before),
                item.correctionNote() == null ? null : LedgerJson.reason(item.correctionNote())));
        return item;
    }

    @Transactional
    public Item returnToDrafter(StaffUser user, long id, String comment) {
        Item item = item(user, id);
        sameOrgan(user, item);
        if (item.status() != ItemStatus.IN_REVIEW) {
            throw new PublicationException("该信息不在审核中，当前状态：" + item.status().chinese());
        }
        Role role = chains.forOrgan(item.organId()).roleAt(item.reviewStep());
        require(user, role, "这一步由" + role.chinese() + "审核，您没有该角色");
        requireDuty(user, item);
        String before = LedgerJson.state(item);
        int step = item.reviewStep();
        item.returnToDrafter(comment == null ? "" : comment);
        items.update(item);
        reviews.record(item.id(), step, role, user.username(), "RETURN", item.returnComment(), null, OffsetDateTime.now(clock));
        record(user, item, "return", before);
        return item;
    }

    /**
     * Records that a published normative document was amended or repealed (修改/废止), by which
     * document and when; the organ administrator does this, and the ledger keeps it.
     */
    @Transactional
    public void changeValidity(StaffUser user, long id, Validity validity, LocalDate on, String byDocument) {
        Item item = item(user, id);
        sameOrgan(user, item);
        require(user, Role.ORGAN_ADMIN, "只有本机关管理员可以登记规范性文件的修改或废止");
        NormativeDocument doc = register.of(id)
                .orElseThrow(() -> new PublicationException("该信息不是已发布的行政规范性文件"));
        if (validity == Validity.IN_FORCE || byDocument == null || byDocument.isBlank()) {
            throw new PublicationException("请选择“已修改”或“已废止”，并填写作出修改或废止的文件文号");
        }
        if (on.isBefore(doc.issuedOn())) {
            throw new PublicationException("修改或废止日期不能早于成文日期 " + doc.issuedOn());
        }
        register.change(id, validity, on, byDocument.strip());
        ledger.record(new Action(user.username(), item.organId(), "validity-change", "item", Long.toString(id),
                doc.validity().name(), validity.name() + " " + on + " " + byDocument.strip()));
        events.publishEvent(new PortalChanged(item.organId(), item.id()));
    }

    /** Starts a correction (更正) of a published item; the new version goes through the same review chain. */
    @Transactional
    public Item correct(StaffUser user, long id) {
        Item item = item(user, id);
        require(user, Role.DRAFTER, "只有本机关撰稿人可以发起更正");
        sameOrgan(user, item);
        String before = LedgerJson.state(item);
        item.startCorrection();
        items.update(item);
        duties.drafted(SeparationOfDuties.ITEM, Long.toString(item.id()), user.username());
        record(user, item, "correct", before);
        return item;
    }

    @Transactional
    public Item withdraw(StaffUser user, long id, String reason) {
        Item item = item(user, id);
        sameOrgan(user, item);
        require(user, Role.ORGAN_ADMIN, "只有本机关管理员可以撤回已发布的信息");
        String before = LedgerJson.state(item);
        item.withdraw(reason == null ? "" : reason);
        items.update(item);
        events.publishEvent(new PortalChanged(item.organId(), item.id()));
        record(user, item, "withdraw", before);
        return item;
    }

    /** The version the public sees of an item the caller has already obtained (during a correction, the old one). */
    java.util.Optional<Release> currentRelease(Item item) {
        return items.currentRelease(item.id());
    }

    /** The review decisions of an item the caller has already obtained through {@link #item}. */
    List<ReviewRecord> reviewsOf(Item item) {
        return reviews.of(item.id());
    }

    private static ItemContent clean(ItemContent c) {
        return new ItemContent(c.title(), c.kind(), c.documentNumber(), c.writtenOn(), c.topic(),
                BodySanitizer.sanitize(c.bodyHtml()));
    }

    private void visible(StaffUser user, long organId) {
        Organ organ = organs.byId(organId).orElseThrow(() -> new ItemNotFoundException(organId));
        if (!OrganAccess.canView(user, organ)) {
            throw new ItemNotFoundException(organId);
        }
    }

    private static void sameOrgan(StaffUser user, Item item) {
        if (user.organId() != item.organId()) {
            throw new PublicationException("只能处理本机关的信息");
        }
    }

    /** Whether the user may decide the item's current step under 职责分离 (for showing the buttons). */
    boolean mayDecide(StaffUser user, Item item) {
        return duties.mayDecide(item.organId(), SeparationOfDuties.ITEM, Long.toString(item.id()), user.username(),
                item.reviewStep());
    }

    private void requireDuty(StaffUser user, Item item) {
        String refusal = duties.refusal(item.organId(), SeparationOfDuties.ITEM, Long.toString(item.id()), user.username(),
                item.reviewStep());
        if (refusal != null) {
            throw new PublicationException(refusal);
        }
    }

    private static void require(StaffUser user, Role role, String message) {
        if (!user.has(role)) {
            throw new PublicationException(message);
        }
    }

    private void record(StaffUser user, Item item, String action, String before) {
        ledger.record(new Action(user.username(), item.organId(), action, "item", Long.toString(item.id()), before,
                LedgerJson.state(item)));
    }
}
