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

    void submit() {
        if (status != ItemStatus.DRAFT && status != ItemStatus.RETURNED) {
            throw new PublicationException("只有草稿或已退回的信息可以提交审核，当前状态：" + status.chinese());
        }
        status = ItemStatus.IN_REVIEW;
        reviewStep = 1;
    }

    /** Approves the current step; returns true when that was the last step and the item is now published. */
    boolean approve(ReviewChain chain, LocalDate today, String newIndexNumber) {
        requireInReview();
        if (reviewStep < chain.size()) {
            reviewStep++;
            return false;
        }
        status = ItemStatus.PUBLISHED;
        if (publishedOn == null) {
            publishedOn = today; // the first publication; corrections keep it and add a release
        }
        if (indexNumber == null) {
            indexNumber = newIndexNumber;
        }
        returnComment = null;
        releasedVersion++;
        return true;
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

    /** A correction of a published item is in progress. */
    public boolean correcting() {
        return releasedVersion > 0 && status != ItemStatus.PUBLISHED && status != ItemStatus.WITHDRAWN;
    }
}
