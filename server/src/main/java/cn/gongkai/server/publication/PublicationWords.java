package cn.gongkai.server.publication;

import cn.gongkai.server.ledger.LedgerVocabulary;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What this module stores in the ledger, in Chinese for the audit pages: item states, validity, the
 * kinds of the text check and the word lists (by the enums' own names), the fields of the 公开指南 (as the
 * guide form labels them).
 */
@Component
class PublicationWords implements LedgerVocabulary {

    @Override
    public Map<String, String> values() {
        Map<String, String> m = new HashMap<>(LedgerVocabulary.of(ItemStatus.class, ItemStatus::chinese));
        m.putAll(LedgerVocabulary.of(Validity.class, Validity::chinese));
        m.putAll(LedgerVocabulary.of(Finding.Kind.class, Finding.Kind::chinese));
        return m;
    }

    @Override
    public Map<String, String> fields() {
        // organId and updatedOn: in the guide's entries of before LedgerJson.guide, which printed the whole record.
        return Map.of("officeName", "政府信息公开工作机构名称", "address", "办公地址", "officeHours", "办公时间",
                "phone", "联系电话", "fax", "传真号码", "email", "互联网联系方式", "guideNote", "补充说明",
                "organId", "机关编号", "updatedOn", "更新日期");
    }
}
