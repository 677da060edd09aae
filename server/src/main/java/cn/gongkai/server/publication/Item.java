package cn.gongkai.server.publication;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A proactive disclosure item (主动公开信息) and its workflow. State changes only through the
 * transition methods, each of which checks the current state and says in Chinese what is wrong.
 * {@code reviewStep} is the 1-based step waiting for a decision while in review.
 */
public final class Item {

    private final long id;
    private final long organId;
    private final String createdBy;
    private final OffsetDateTime createdAt;
    private @Nullable String indexNumber;
    private ItemStatus status;
    private int reviewStep;
    private ItemContent content;
    private @Nullable LocalDate publishedOn;
    private @Nullable String returnComment;
    private @Nullable String withdrawReason;
    private int releasedVersion;
    private @Nullable String correctionNote;
    private @Nullable String overrideReason;
    private @Nullable OffsetDateTime publishAt;

    Item(long id, long organId, String createdBy, OffsetDateTime createdAt, @Nullable String indexNumber, ItemStatus status,
            int reviewStep, ItemContent content, @Nullable LocalDate publishedOn, @Nullable String returnComment,
            @Nullable String withdrawReason, int releasedVersion) {
        this.releasedVersion = releasedVersion;
        this.id = id;
        this.organId = organId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.indexNumber = indexNumber;
        this.status = status;
        this.reviewStep = reviewStep;
        this.content = content;
        this.publishedOn = publishedOn;
        this.returnComment = returnComment;
        this.withdrawReason = withdrawReason;
    }

    static Item draft(long id, long organId, String createdBy, OffsetDateTime now, ItemContent content) {
        return new Item(id, organId, createdBy, now, null, ItemStatus.DRAFT, 0, content, null, null, null, 0);
    }

    void edit(ItemContent newContent) {
        if (status != ItemStatus.DRAFT && status != ItemStatus.RETURNED) {
            throw new PublicationException("只有草稿或已退回的信息可以修改，当前状态：" + status.chinese());
        }
        this.content = newContent;
    }

    /** The stored extras of a row (Items reads them after the constructor's core fields). */
    Item withExtras(@Nullable String correctionNote, @Nullable String overrideReason, @Nullable OffsetDateTime publishAt) {
        this.correctionNote = correctionNote;
        this.overrideReason = overrideReason;
        this.publishAt = publishAt;
        return this;
    }

    /**
     * Submits for review with the drafter's reason for keeping text-check findings (or null). A
     * correction must say what it corrects (更正说明): the portal shows it beside the new version.
     */
    void submit(@Nullable String keepReason) {
        if (status != ItemStatus.DRAFT && status != ItemStatus.RETURNED) {
            throw new PublicationException("只有草稿或已退回的信息可以提交审核，当前状态：" + status.chinese());
        }
        if (correcting() && (correctionNote == null || correctionNote.isBlank())) {
            throw new PublicationException("这是对已发布信息的更正：请先在“更正说明”中写明更正了什么、为什么更正，保存后再提交");
        }
        status = ItemStatus.IN_REVIEW;
        reviewStep = 1;
        overrideReason = keepReason;
    }

    /** The 更正说明 of a correction in progress; blank clears it. */
    void noteCorrection(String note) {
        if (!correcting() || (status != ItemStatus.DRAFT && status != ItemStatus.RETURNED)) {
            throw new PublicationException("只有更正中的草稿可以填写更正说明");
        }
        if (note.strip().length() > 1000) {
            throw new PublicationException("更正说明不能超过 1000 个字");
        }
        correctionNote = note.isBlank() ? null : note.strip();
    }

    /**
     * The last step approves with a time (定时发布): the item waits, approved, until {@code at}; the
     * scheduled job then publishes it through {@link #publishScheduled}.
     */
    void schedule(ReviewChain chain, OffsetDateTime at) {
        requireInReview();
        if (reviewStep < chain.size()) {
            throw new PublicationException("只有终审通过时可以定时发布");
        }
        status = ItemStatus.SCHEDULED;
        publishAt = at;
        returnComment = null;
    }

    /** A scheduled item is stopped before its time: back to the drafter with the reason, to be reviewed again. */
    void cancelSchedule(String reason) {
        if (status != ItemStatus.SCHEDULED) {
            throw new PublicationException("该信息不在定时发布中，当前状态：" + status.chinese());
        }
        if (reason.isBlank()) {
            throw new PublicationException("取消定时发布时请写明理由");
        }
        status = ItemStatus.RETURNED;
        reviewStep = 0;
        publishAt = null;
        returnComment = "取消定时发布：" + reason.strip();
    }

    /** The scheduled time has come: the item is published as by a final approval. */
    void publishScheduled(LocalDate today, String newIndexNumber) {
        if (status != ItemStatus.SCHEDULED) {
            throw new PublicationException("该信息不在定时发布中，当前状态：" + status.chinese());
        }
        publish(today, newIndexNumber);
    }

    /** Approves the current step; returns true when that was the last step and the item is now published. */
    boolean approve(ReviewChain chain, LocalDate today, String newIndexNumber) {
        requireInReview();
        if (reviewStep < chain.size()) {
            reviewStep++;
            return false;
        }
        publish(today, newIndexNumber);
        return true;
    }

    private void publish(LocalDate today, String newIndexNumber) {
        status = ItemStatus.PUBLISHED;
        publishAt = null;
        if (publishedOn == null) {
            publishedOn = today; // the first publication; corrections keep it and add a release
        }
        if (indexNumber == null) {
            indexNumber = newIndexNumber;
        }
        returnComment = null;
        releasedVersion++;
    }

    /**
     * Starts a correction (更正) of a published item: the working copy becomes a draft again, to
     * be edited and reviewed; the portal keeps showing the last release meanwhile.
     */
    void startCorrection() {
        if (status != ItemStatus.PUBLISHED) {
            throw new PublicationException("只有已发布的信息可以更正，当前状态：" + status.chinese());
        }
        status = ItemStatus.DRAFT;
        reviewStep = 0;
        correctionNote = null; // each correction says what it corrects
    }

    void returnToDrafter(String comment) {
        requireInReview();
        if (comment.isBlank()) {
            throw new PublicationException("退回时请写明需要修改的意见");
        }
        status = ItemStatus.RETURNED;
        reviewStep = 0;
        returnComment = comment.strip();
    }

    void withdraw(String reason) {
        if (status != ItemStatus.PUBLISHED) {
            throw new PublicationException("只有已发布的信息可以撤回，当前状态：" + status.chinese());
        }
        if (reason.isBlank()) {
            throw new PublicationException("撤回时请写明理由");
        }
        status = ItemStatus.WITHDRAWN;
        withdrawReason = reason.strip();
    }

    private void requireInReview() {
        if (status != ItemStatus.IN_REVIEW) {
            throw new PublicationException("该信息不在审核中，当前状态：" + status.chinese());
        }
    }

    public long id() {
        return id;
    }

    public long organId() {
        return organId;
    }

    public String createdBy() {
        return createdBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public @Nullable String indexNumber() {
        return indexNumber;
    }

    public ItemStatus status() {
        return status;
    }

    public int reviewStep() {
        return reviewStep;
    }

    public ItemContent content() {
        return content;
    }

    public @Nullable LocalDate publishedOn() {
        return publishedOn;
    }

    public @Nullable String returnComment() {
        return returnComment;
    }

    public @Nullable String withdrawReason() {
        return withdrawReason;
    }

    /** How many versions have been published (0: never). */
    public int releasedVersion() {
        return releasedVersion;
    }

    public @Nullable String correctionNote() {
        return correctionNote;
    }

    /** Why the drafter kept what the text check found (submitted with findings), or null. */
    public @Nullable String overrideReason() {
        return overrideReason;
    }

    /** When a scheduled item will be published (status SCHEDULED), or null. */
    public @Nullable OffsetDateTime publishAt() {
        return publishAt;
    }

    /** A correction of a published item is in progress. */
    public boolean correcting() {
        return releasedVersion > 0 && status != ItemStatus.PUBLISHED && status != ItemStatus.WITHDRAWN;
    }
}
