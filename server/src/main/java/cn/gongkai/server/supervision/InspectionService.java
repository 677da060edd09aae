package cn.gongkai.server.supervision;

import cn.gongkai.calendar.DayCounting;
import cn.gongkai.server.accounts.OrganAccess;
import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.holidays.HolidayCalendar;
import cn.gongkai.server.ledger.Action;
import cn.gongkai.server.ledger.Ledger;
import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.organs.Organs;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 监督检查与整改 (Art. 47): the county supervisor records what an inspection found, the organ's
 * administrator records the rectification, the supervisor accepts it or sends it back. Every step goes
 * to the ledger, so the 整改台账 can be shown to whoever asks how a finding was closed. The organ has
 * {@code gongkai.supervision.rectify-days} working days (a local rule; default 15).
 */
@Service
public class InspectionService {

    static final int MAX_TEXT = 2000;

    private final InspectionFindings findings;
    private final Organs organs;
    private final HolidayCalendar holidays;
    private final Ledger ledger;
    private final Clock clock;
    private final int rectifyDays;

    InspectionService(InspectionFindings findings, Organs organs, HolidayCalendar holidays, Ledger ledger, Clock clock,
            @Value("${gongkai.supervision.rectify-days:15}") int rectifyDays) {
        this.findings = findings;
        this.organs = organs;
        this.holidays = holidays;
        this.ledger = ledger;
        this.clock = clock;
        this.rectifyDays = rectifyDays;
    }

    @Transactional
    public InspectionFinding record(StaffUser supervisor, String organCode, InspectionFinding.Category category,
            String description, @Nullable String location, @Nullable LocalDate inspectedOn) {
        requireSupervisor(supervisor);
        Organ organ = organs.byCode(organCode).orElseThrow(() -> new IllegalArgumentException("请选择被检查的机关"));
        String text = text(description, "请写明发现的问题");
        LocalDate today = LocalDate.now(clock);
        LocalDate on = inspectedOn == null ? today : inspectedOn;
        if (on.isAfter(today)) {
            throw new IllegalArgumentException("检查日期不能晚于今天");
        }
        String where = location == null || location.isBlank() ? null : location.strip();
        if (where != null && where.length() > 500) {
            throw new IllegalArgumentException("问题位置不能超过 500 字");
        }
        long id = findings.nextId();
        String number = "JC" + on.getYear() + "-" + String.format("%04d", findings.nextNumber(on.getYear()));
        LocalDate rectifyBy = holidays.current().addWorkingDays(today, rectifyDays, DayCounting.START_DAY_EXCLUDED).date();
        InspectionFinding f = new InspectionFinding(id, organ.id(), number, on, category, text, where, rectifyBy,
                supervisor.username(), InspectionFinding.Status.OPEN, null, null, null, null, null, null);
        findings.insert(f);
        ledger.record(new Action(supervisor.username(), organ.id(), "inspection-record", "inspection", number, null,
                category.chinese() + "：" + text));
        return f;
    }

    /** The organ's answer: what it changed. Only its administrator, only while the finding is open. */
    @Transactional
    public void rectify(StaffUser admin, long id, String rectification) {
        InspectionFinding f = find(id);
        if (!admin.has(Role.ORGAN_ADMIN) || admin.organId() != f.organId()) {
            throw new IllegalArgumentException("只有被检查机关的管理员可以填写整改情况");
        }
        if (f.status() != InspectionFinding.Status.OPEN) {
            throw new IllegalArgumentException("这条问题不在待整改状态");
        }
        String text = text(rectification, "请写明整改情况");
        findings.rectify(id, text, LocalDate.now(clock), admin.username());
        ledger.record(new Action(admin.username(), f.organId(), "inspection-rectify", "inspection", f.number(),
                f.status().chinese(), text));
    }

    @Transactional
    public void confirm(StaffUser supervisor, long id) {
        requireSupervisor(supervisor);
        InspectionFinding f = find(id);
        if (f.status() != InspectionFinding.Status.RECTIFIED) {
            throw new IllegalArgumentException("机关尚未填写整改情况，不能确认");
        }
        findings.confirm(id, LocalDate.now(clock), supervisor.username());
        ledger.record(new Action(supervisor.username(), f.organId(), "inspection-confirm", "inspection", f.number(),
                f.status().chinese(), InspectionFinding.Status.CONFIRMED.chinese()));
    }

    @Transactional
    public void reopen(StaffUser supervisor, long id, String comment) {
        requireSupervisor(supervisor);
        InspectionFinding f = find(id);
        if (f.status() != InspectionFinding.Status.RECTIFIED) {
            throw new IllegalArgumentException("只有已整改待确认的问题可以退回");
        }
        String text = text(comment, "请写明退回的理由（还缺什么）");
        findings.reopen(id, text);
        ledger.record(new Action(supervisor.username(), f.organId(), "inspection-reopen", "inspection", f.number(),
                f.status().chinese(), "退回：" + text));
    }

    /** The supervisor sees every organ's findings, an organ's staff their own. */
    public List<InspectionFinding> visibleTo(StaffUser user) {
        if (user.has(Role.COUNTY_SUPERVISOR)) {
            return findings.list(null);
        }
        Organ organ = organs.byId(user.organId()).orElseThrow();
        if (!OrganAccess.canView(user, organ)) {
            return List.of();
        }
        return findings.list(organ.id());
    }

    /** Every finding of an organ (for the assessment and the annual report). */
    public List<InspectionFinding> ofOrgan(long organId) {
        return findings.list(organId);
    }

    /** What section 一 (监督保障) reports of a year: findings recorded, and those rectified (done or accepted). */
    public record YearCounts(int found, int rectified) {
    }

    public YearCounts year(long organId, int year) {
        List<InspectionFinding> found = findings.list(organId).stream().filter(f -> f.inspectedOn().getYear() == year).toList();
        return new YearCounts(found.size(),
                (int) found.stream().filter(f -> f.status() != InspectionFinding.Status.OPEN).count());
    }

    /** Findings past their rectify-by day and not rectified on {@code day}. */
    public int lateOn(long organId, LocalDate day) {
        return (int) findings.list(organId).stream().filter(f -> !f.inspectedOn().isAfter(day) && f.rectifyBy().isBefore(day)
                && f.status() != InspectionFinding.Status.CONFIRMED
                && (f.rectifiedOn() == null || f.rectifiedOn().isAfter(day))).count();
    }

    private InspectionFinding find(long id) {
        return findings.byId(id).orElseThrow(() -> new IllegalArgumentException("没有这条检查记录"));
    }

    private static void requireSupervisor(StaffUser user) {
        if (!user.has(Role.COUNTY_SUPERVISOR)) {
            throw new IllegalArgumentException("只有县政务公开办（监督）可以记录和验收检查问题");
        }
    }

    private static String text(String value, String whenEmpty) {
        String t = value == null ? "" : value.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException(whenEmpty);
        }
        if (t.length() > MAX_TEXT) {
            throw new IllegalArgumentException("内容不能超过 " + MAX_TEXT + " 字");
        }
        return t;
    }
}
