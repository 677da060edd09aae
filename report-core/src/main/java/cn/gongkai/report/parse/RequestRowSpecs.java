package cn.gongkai.report.parse;

import cn.gongkai.report.model.RequestRow;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** How each row of 表三 is found in a table region (keywords of its label) and the official wording its label must hold. */
final class RequestRowSpecs {

    /**
     * Keywords that find a row (alternatives; at the same offset the first listed wins, as in a regex
     * alternation), and the official wording that its label must contain.
     */
    private record RowSpec(String[] keys, String core) {

        /** The first match at or after {@code from}: {start, end}, or null. Plain indexOf per keyword. */
        int @Nullable [] find(String text, int from) {
            int best = -1;
            int bestEnd = -1;
            for (String k : keys) {
                int at = text.indexOf(k, from);
                if (at >= 0 && (best < 0 || at < best)) {
                    best = at;
                    bestEnd = at + k.length();
                }
            }
            return best < 0 ? null : new int[] {best, bestEnd};
        }
    }

    private static final Map<RequestRow, RowSpec> SPECS = new EnumMap<>(RequestRow.class);

    static {
        spec(RequestRow.NEWLY_RECEIVED, "本年新收", "本年新收政府信息公开申请数量");
        spec(RequestRow.CARRIED_IN, "上年结转", "上年结转政府信息公开申请数量");
        spec(RequestRow.GRANTED, "予以公开", "予以公开");
        spec(RequestRow.PARTIALLY_GRANTED, "部分公开", "部分公开");
        spec(RequestRow.WITHHELD_STATE_SECRET, "国家秘密", "属于国家秘密");
        spec(RequestRow.WITHHELD_PROHIBITED_BY_LAW, "禁止公开", "其他法律行政法规禁止公开");
        spec(RequestRow.WITHHELD_SECURITY_STABILITY, "三安全一稳定|危及", "危及\"三安全一稳定\"");
        spec(RequestRow.WITHHELD_THIRD_PARTY_RIGHTS, "第三方", "保护第三方合法权益");
        spec(RequestRow.WITHHELD_INTERNAL_AFFAIRS, "内部事务", "属于三类内部事务信息");
        spec(RequestRow.WITHHELD_PROCESS_INFORMATION, "过程性", "属于四类过程性信息");
        spec(RequestRow.WITHHELD_ENFORCEMENT_FILES, "执法案卷", "属于行政执法案卷");
        spec(RequestRow.WITHHELD_INQUIRY_MATTER, "查询事项", "属于行政查询事项");
        spec(RequestRow.UNABLE_NOT_HELD, "不掌握", "本机关不掌握相关政府信息");
        spec(RequestRow.UNABLE_NEEDS_CREATION, "另行制作|现成信息", "没有现成信息需要另行制作");
        spec(RequestRow.UNABLE_STILL_UNCLEAR, "仍不明确", "补正后申请内容仍不明确");
        spec(RequestRow.NOT_PROCESSED_COMPLAINT, "信访|举报投诉", "信访举报投诉类申请");
        spec(RequestRow.NOT_PROCESSED_DUPLICATE, "重复申请", "重复申请");
        spec(RequestRow.NOT_PROCESSED_PUBLICATION, "出版物", "要求提供公开出版物");
        spec(RequestRow.NOT_PROCESSED_EXCESSIVE, "大量反复|反复申请", "无正当理由大量反复申请");
        spec(RequestRow.NOT_PROCESSED_CONFIRMATION, "重新出具|确认", "要求行政机关确认或重新出具已获取信息");
        spec(RequestRow.OTHER_CORRECTION_OVERDUE, "不补正|逾期不补", "申请人无正当理由逾期不补正");
        spec(RequestRow.OTHER_FEE_UNPAID, "缴纳费用|收费通知", "申请人逾期未按收费通知要求缴纳费用");
        spec(RequestRow.OTHER_HANDLING, "3.其他|3、其他|3其他", "其他");
        // Longest first at one offset, as the greedy （七）总?计? did.
        spec(RequestRow.HANDLED_TOTAL, "(七)总计|(七)总|(七)计|(七)|总计", "总计");
        spec(RequestRow.CARRIED_OUT, "结转下年度|下年度继续", "结转下年度继续办理");
    }

    private static void spec(RequestRow row, String key, String core) {
        SPECS.put(row, new RowSpec(key.split("\\|"), core));
    }

    private RequestRowSpecs() {
    }

    /** The row's first match at or after {@code from}: {start, end}, or null. */
    static int @Nullable [] find(RequestRow row, String text, int from) {
        return SPECS.get(row).find(text, from);
    }

    /** The official wording the row's label must contain. */
    static String core(RequestRow row) {
        return SPECS.get(row).core();
    }
}
