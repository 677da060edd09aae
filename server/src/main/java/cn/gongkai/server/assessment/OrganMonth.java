package cn.gongkai.server.assessment;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the platform knows of one organ's month: the facts the score is computed from.
 *
 * @param itemsByKind    e.g. 工作动态3条、通知公告1条 (empty when nothing was published)
 * @param guideAgeDays   days since the disclosure guide was last updated at the month's end; null: no guide
 * @param brokenLinks    what does not resolve now (links are checked when the month is assessed)
 */
public record OrganMonth(int itemsPublished, String itemsByKind, int statutoryDue, int statutoryOnTime,
        int requestsClosed, int requestsOnTime, int requestsOverdue, int feedbackDue, int feedbackOnTime,
        @Nullable Integer guideAgeDays, int lateFindings, List<String> brokenLinks) {

    public int brokenLinkCount() {
        return brokenLinks.size();
    }
}
