package cn.gongkai.server.publication;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** The states and details this module writes into the ledger, as JSON (Jackson, not string building). */
final class LedgerJson {

    private static final JsonMapper JSON = JsonMapper.shared();

    private LedgerJson() {
    }

    static String state(Item item) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", item.status().name());
        m.put("step", item.reviewStep());
        m.put("title", item.content().title());
        if (item.publishAt() != null) {
            m.put("publishAt", Schedules.shown(item.publishAt())); // China time, as the reviewer chose it
        }
        return JSON.writeValueAsString(m);
    }

    static String findings(List<Finding> findings) {
        return JSON.writeValueAsString(findings.stream()
                .map(f -> Map.of("kind", f.kind().name(), "field", f.field(), "offset", f.offset())).toList());
    }

    static String attachment(Attachment a) {
        return JSON.writeValueAsString(Map.of("attachment", a.id(), "file", a.fileName(), "bytes", a.sizeBytes(),
                "sha256", a.sha256()));
    }

    static String description(Attachment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("attachment", a.id());
        m.put("file", a.fileName());
        m.put("alt", a.altText() == null ? "" : a.altText());
        m.put("caption", a.captionText() == null ? "" : a.captionText());
        return JSON.writeValueAsString(m);
    }

    /** The 公开指南's contact details, field by field (labels: PublicationWords). */
    static String guide(cn.gongkai.server.organs.OrganProfile p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("officeName", p.officeName());
        m.put("address", p.address());
        m.put("officeHours", p.officeHours());
        m.put("phone", p.phone());
        m.put("fax", p.fax());
        m.put("email", p.email());
        m.put("guideNote", p.guideNote());
        return JSON.writeValueAsString(m);
    }

    static String reason(String reason) {
        return JSON.writeValueAsString(Map.of("reason", reason));
    }
}
