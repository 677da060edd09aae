package cn.gongkai.server.assessment;

import cn.gongkai.server.organs.OrganProfile;
import cn.gongkai.server.organs.OrganProfiles;
import cn.gongkai.server.publication.LinkCheck;
import cn.gongkai.server.publication.PublicationStats;
import cn.gongkai.server.request.RequestFigures;
import cn.gongkai.server.supervision.FeedbackService;
import cn.gongkai.server.supervision.InspectionService;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Gathers an organ's month from the other parts of the platform; what a month counts ends on {@code asOf}. */
@Component
class MonthFigures {

    private final PublicationStats publication;
    private final LinkCheck links;
    private final RequestFigures requests;
    private final FeedbackService feedback;
    private final InspectionService inspections;
    private final OrganProfiles profiles;

    MonthFigures(PublicationStats publication, LinkCheck links, RequestFigures requests, FeedbackService feedback,
            InspectionService inspections, OrganProfiles profiles) {
        this.publication = publication;
        this.links = links;
        this.requests = requests;
        this.feedback = feedback;
        this.inspections = inspections;
        this.profiles = profiles;
    }

    /** Broken links of the organs, checked now (links have no history), all in one pass. */
    Map<Long, List<LinkCheck.BrokenLink>> brokenLinks(List<Long> organIds) {
        return links.brokenLinks(organIds);
    }

    /** The month up to {@code asOf} (its last day, or today for the month in progress). */
    OrganMonth of(long organId, YearMonth month, LocalDate asOf, List<LinkCheck.BrokenLink> brokenLinks) {
        LocalDate from = month.atDay(1);
        Map<String, Long> byKind = publication.publishedByKind(organId, from, asOf);
        List<String> parts = new ArrayList<>();
        byKind.forEach((kind, n) -> parts.add(kind + n + "条"));
        PublicationStats.Timeliness statutory = publication.statutory(organId, from, asOf);
        RequestFigures.Timeliness answered = requests.timeliness(organId, from, asOf);
        FeedbackService.Timeliness replies = feedback.timeliness(organId, from, asOf);
        List<String> broken = brokenLinks.stream()
                // One line each: stored one per line when the month is issued.
                .map(b -> (b.indexNumber() + "《" + b.title() + "》：" + b.target() + "（" + b.reason() + "）")
                        .replaceAll("[\\r\\n]+", " ")).toList();
        return new OrganMonth((int) byKind.values().stream().mapToLong(Long::longValue).sum(), String.join("、", parts),
                statutory.due(), statutory.onTime(), answered.closed(), answered.onTime(), requests.overdueOn(organId, asOf),
                replies.due(), replies.onTime(), guideAge(organId, asOf), inspections.lateOn(organId, asOf),
                broken);
    }

    private @Nullable Integer guideAge(long organId, LocalDate asOf) {
        return profiles.of(organId).map(OrganProfile::updatedOn)
                .map(updated -> (int) Math.max(0, ChronoUnit.DAYS.between(updated, asOf))).orElse(null);
    }
}
