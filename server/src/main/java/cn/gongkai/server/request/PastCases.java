package cn.gongkai.server.request;

import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.ledger.Action;
import cn.gongkai.server.ledger.Ledger;
import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.organs.Organs;
import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases handled before the platform, imported from a CSV with one row per case (收到日期, 申请人类型,
 * 申请人名称, 申请内容, 办理结果, 办结日期), so that table 三 of a year that began before the platform is
 * still compiled from cases. Every row is checked first; one wrong row and nothing is imported; the
 * import goes to the ledger. Imported cases carry no personal data beyond the applicant's name.
 */
@Service
public class PastCases {

    static final List<String> HEADER = List.of("收到日期", "申请人类型", "申请人名称", "申请内容", "办理结果", "办结日期");
    static final int MAX_ROWS = 5000;

    private record Row(LocalDate received, ApplicantColumn type, String name, String description, Outcome outcome,
            LocalDate closed) {
    }

    private final Requests requests;
    private final Organs organs;
    private final PersonalDataCipher cipher;
    private final Ledger ledger;
    private final Clock clock;

    PastCases(Requests requests, Organs organs, PersonalDataCipher cipher, Ledger ledger, Clock clock) {
        this.requests = requests;
        this.organs = organs;
        this.cipher = cipher;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Imports the rows of {@code csv} for the user's organ; returns how many cases were added. */
    @Transactional
    public int importCsv(StaffUser admin, String csv, String fileName) {
        if (!admin.has(Role.ORGAN_ADMIN)) {
            throw new RequestException("只有本机关管理员可以导入历史案件");
        }
        Organ organ = organs.byId(admin.organId()).orElseThrow(() -> new RequestException("没有这个机关"));
        LocalDate today = LocalDate.now(clock);
        List<String> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv))
                .setFormat(format).get()) {
            boolean header = true;
            for (CSVRecord r : parser) {
                long line = parser.getCurrentLineNumber();
                if (header) {
                    header = false;
                    if (!HEADER.equals(r.toList())) {
                        problems.add("第 " + line + " 行：表头应为“" + String.join(",", HEADER) + "”");
                        break;
                    }
                    continue;
                }
                if (rows.size() >= MAX_ROWS) {
                    problems.add("超过 " + MAX_ROWS + " 行，请分年度、分文件导入");
                    break;
                }
                Row row = row(r, line, today, problems);
                if (row != null) {
                    if (requests.samePastCase(organ.id(), row.received(), row.name(), row.description())) {
                        problems.add("第 " + line + " 行：本机关已有同一天收到、同一申请人、同一内容的案件，是否重复导入？");
                    }
                    rows.add(row);
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add("无法读取（" + e.getMessage() + "）");
        }
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add("没有任何案件");
        }
        if (!problems.isEmpty()) {
            throw new RequestException(fileName + " 有误，没有导入任何案件：" + String.join("；", problems.subList(0,
                    Math.min(20, problems.size()))));
        }
        for (Row row : rows) {
            insert(organ, row, admin.username(), fileName);
        }
        ledger.record(new Action(admin.username(), organ.id(), "request-history-import", "request", fileName, null,
                rows.size() + " 件"));
        return rows.size();
    }

    private static Row row(CSVRecord r, long line, LocalDate today, List<String> problems) {
        String at = "第 " + line + " 行";
        if (r.size() != HEADER.size()) {
            problems.add(at + "：应有 " + HEADER.size() + " 列，实有 " + r.size() + " 列");
            return null;
        }
        int before = problems.size();
        LocalDate received = date(r.get(0), at + "第 1 列", problems);
        ApplicantColumn type = null;
        for (ApplicantColumn c : ApplicantColumn.values()) {
            if (c != ApplicantColumn.TOTAL && c.label().equals(r.get(1))) {
                type = c;
            }
        }
        if (type == null) {
            problems.add(at + "第 2 列：申请人类型“" + r.get(1) + "”应为 自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他 之一");
        }
        if (r.get(2).isEmpty() || r.get(2).length() > 100) {
            problems.add(at + "第 3 列：请填写申请人名称（不超过 100 字）");
        }
        if (r.get(3).isEmpty() || r.get(3).length() > IntakeForm.MAX_DESCRIPTION) {
            problems.add(at + "第 4 列：请填写申请内容（不超过 " + IntakeForm.MAX_DESCRIPTION + " 字）");
        }
        Outcome outcome = outcome(r.get(4));
        if (outcome == null) {
            problems.add(at + "第 5 列：办理结果“" + r.get(4) + "”不是表三的一项，请照表三填写，如“（一）予以公开”或“（三）不予公开 1.属于国家秘密”");
        }
        LocalDate closed = date(r.get(5), at + "第 6 列", problems);
        if (received != null && received.isAfter(today)) {
            problems.add(at + "：收到日期 " + received + " 晚于今天");
        }
        if (received != null && closed != null && closed.isBefore(received)) {
            problems.add(at + "：办结日期 " + closed + " 早于收到日期 " + received);
        }
        if (closed != null && closed.isAfter(today)) {
            problems.add(at + "：办结日期 " + closed + " 晚于今天；尚未办结的案件请在“登记申请”中按实际收到日期登记");
        }
        return problems.size() == before ? new Row(received, type, r.get(2), r.get(3), outcome, closed) : null;
    }

    /** An outcome by its table 三 label, with or without its group. */
    static Outcome outcome(String text) {
        String t = text.replace(" ", "").replace("　", "");
        for (Outcome o : Outcome.values()) {
            if (o.label().replace(" ", "").equals(t) || o.name().equals(t)) {
                return o;
            }
        }
        Outcome only = null;
        for (Outcome o : Outcome.values()) {
            if (o.row().label().replace(" ", "").equals(t)) {
                if (only != null) {
                    return null; // “3.其他” alone is ambiguous
                }
                only = o;
            }
        }
        return only;
    }

    private static LocalDate date(String s, String at, List<String> problems) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            problems.add(at + "：日期“" + s + "”应写成 2025-01-31 的形式");
            return null;
        }
    }

    private void insert(Organ organ, Row row, String by, String fileName) {
        long id = requests.nextId("disclosure_request");
        int year = row.received().getYear();
        String number = organ.code() + "-" + year + "-" + String.format("%04d", requests.nextNumber(organ.id(), year));
        DisclosureRequest r = new DisclosureRequest(id, organ.id(), number,
                cn.gongkai.server.shared.AccessCodes.hash(cn.gongkai.server.shared.AccessCodes.newCode()), row.type(), row.name(),
                null, null, cipher.encrypt("（历史案件导入，无联系方式）"), row.description(), null, FormWanted.PAPER, Delivery.POST,
                Channel.COUNTER, row.received(), "历史案件导入（" + fileName + "）", RequestStatus.CLOSED, row.outcome(), 0,
                row.closed(), null, null, null, by, OffsetDateTime.now(clock));
        requests.insert(r);
        OffsetDateTime at = OffsetDateTime.now(clock);
        requests.addEvent(id, ClockEvent.of(ClockEvent.Kind.RECEIVED, row.received()), "历史案件导入", by, at);
        requests.addEvent(id, ClockEvent.of(ClockEvent.Kind.DECIDED, row.closed()), row.outcome().label(), by, at);
    }
}
