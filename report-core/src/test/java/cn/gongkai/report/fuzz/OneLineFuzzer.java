package cn.gongkai.report.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The crawler layout: a whole report on one line, table cells concatenated with no separator
 * (“一、本年新收政府信息公开申请数量8720000190”). The fuzzer chooses, per row label, the run of digits
 * that follows it (up to 40 digits: far more splits than any bound), whether the label is there at all
 * and where stray spaces break it; table 四 is one run of digits. The split search over such runs must
 * stay bounded: an answer, never an exception or a hang ({@link ReportFuzzer#checkAnything}).
 */
final class OneLineFuzzer {

    private static final List<String> T3_LABELS = List.of("一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
            "三、本年度办理结果（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（三）不予公开1.属于国家秘密",
            "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息",
            "7.属于行政执法案卷", "8.属于行政查询事项", "（四）无法提供1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作",
            "3.补正后申请内容仍不明确", "（五）不予处理1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
            "5.要求行政机关确认或重新出具已获取信息", "（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他", "（七）总计", "四、结转下年度继续办理");

    private OneLineFuzzer() {
    }

    static void oneLine(FuzzedDataProvider data) {
        StringBuilder s = new StringBuilder("青山县石桥镇人民政府2024年政府信息公开工作年度报告一、总体情况2024年共收到政府信息公开申请")
                .append(data.consumeInt(0, 999)).append("件。二、主动公开政府信息情况规章000行政规范性文件")
                .append(digits(data, 6)).append("行政许可").append(digits(data, 5))
                .append("三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")
                .append("申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他");
        for (String label : T3_LABELS) {
            if (data.remainingBytes() == 0 || data.consumeInt(0, 15) != 0) {
                s.append(broken(data, label));
            }
            s.append(digits(data, 40));
        }
        s.append("四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉")
                .append(digits(data, 60)).append("五、存在的主要问题及改进情况无。六、其他需要报告的事项无。青山县石桥镇人民政府2025年1月20日");
        ReportFuzzer.checkAnything(s.toString().getBytes(StandardCharsets.UTF_8), "one-line.txt");
    }

    /** A run of up to {@code max} digits, mostly 0 and 1 as in real tables. */
    private static String digits(FuzzedDataProvider data, int max) {
        int n = data.consumeInt(0, max);
        StringBuilder d = new StringBuilder(n);
        for (int i = 0; i < n && data.remainingBytes() > 0; i++) {
            int v = data.consumeInt(0, 15);
            d.append((char) ('0' + (v < 6 ? 0 : v < 10 ? 1 : v - 6)));
        }
        return d.toString();
    }

    /** The label, with a stray space at a place the fuzzer picks (labels broken by spaces must still match). */
    private static String broken(FuzzedDataProvider data, String label) {
        if (data.remainingBytes() == 0 || !data.consumeBoolean()) {
            return label;
        }
        int at = data.consumeInt(0, label.length());
        return label.substring(0, at) + " " + label.substring(at);
    }
}
