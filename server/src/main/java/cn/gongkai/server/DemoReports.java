package cn.gongkai.server;

import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.annualreport.AnnualReportService;
import cn.gongkai.server.annualreport.ReportInputs;
import cn.gongkai.server.annualreport.ReportPublication;
import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.publication.ReviewChain;
import cn.gongkai.server.publication.ReviewChains;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The seed townships' annual reports, compiled by the platform from the demo's records and published
 * through the organ's review chain on the day the seed report is signed. Table 二's figures the platform
 * does not hold (规章, 许可, 处罚, 强制, 收费) are the seeds' (all 0); sections 一, 五 and 六 are the seeds'
 * own words ({@code demo/reports/*.txt}), with the figures of section 一 linked to the records.
 */
@Component
class DemoReports {

    private final AnnualReportService reports;
    private final ReportPublication publication;
    private final ReviewChains chains;
    private final TravellingClock clock;

    DemoReports(AnnualReportService reports, ReportPublication publication, ReviewChains chains, Clock clock) {
        this.reports = reports;
        this.publication = publication;
        this.chains = chains;
        this.clock = TravellingClock.of(clock);
    }

    /** Compiles, submits and publishes the organ's report of {@code year} on {@code publishedOn}. */
    void publish(Organ organ, int year, LocalDate publishedOn) {
        Map<String, String> text = sections("demo/reports/" + organ.code() + "-" + year + ".txt");
        var drafter = DemoItems.user(organ, "drafter", Role.DRAFTER);
        clock.travelTo(publishedOn.minusDays(3), LocalTime.of(9, 0));
        reports.save(drafter, year, new ReportInputs(0L, 0L, 0L, 0L, 0L, 0L, BigDecimal.ZERO, text.get("一"), text.get("五"),
                text.get("六")));
        publication.submit(drafter, year, true);
        clock.travelTo(publishedOn, LocalTime.of(10, 0));
        ReviewChain chain = chains.forOrgan(organ.id());
        for (int step = 1; step <= chain.size(); step++) {
            publication.approve(DemoItems.reviewer(organ, chain.roleAt(step)), year);
        }
        clock.back();
    }

    /** The file's sections: a line "[一]" starts section 一, and so on. */
    static Map<String, String> sections(String resource) {
        try (InputStream in = DemoReports.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("缺少演示年报文字：" + resource);
            }
            Map<String, String> out = new HashMap<>();
            String current = null;
            StringBuilder b = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.matches("\\[[一二三四五六]]")) {
                    if (current != null) {
                        out.put(current, b.toString().strip());
                    }
                    current = line.substring(1, 2);
                    b.setLength(0);
                } else {
                    b.append(line).append('\n');
                }
            }
            if (current != null) {
                out.put(current, b.toString().strip());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
