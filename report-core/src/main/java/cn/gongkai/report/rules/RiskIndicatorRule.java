package cn.gongkai.report.rules;

import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.diagnostic.Location;
import cn.gongkai.report.diagnostic.Severity;
import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.Cell;
import cn.gongkai.report.model.RequestRow;
import cn.gongkai.report.model.ReviewOutcomes;
import java.util.List;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The two risk indicators (info, not findings: a low share may be lawful): RISK-LOW-DISCLOSURE when
 * 予以公开 + 部分公开 is below {@link CheckerConfig#disclosedShareMin()} of （七）总计, and
 * RISK-RECONSIDERATION-CORRECTED when 行政复议 结果纠正 is above {@link CheckerConfig#correctedShareMax()}
 * of the reconsiderations. Both only when 本年新收 总计 is at least {@link CheckerConfig#riskMinRequests()}:
 * a share of a handful of requests says nothing. Thresholds are settings (no national text fixes them).
 */
final class RiskIndicatorRule implements Rule {

    private final boolean disclosure;

    RiskIndicatorRule(boolean disclosure) {
        this.disclosure = disclosure;
    }

    @Override
    public String code() {
        return disclosure ? Codes.RISK_LOW_DISCLOSURE : Codes.RISK_RECONSIDERATION_CORRECTED;
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    public String summary() {
        return disclosure ? "风险提示：予以公开和部分公开占办理总数的比例偏低" : "风险提示：行政复议结果纠正的比例偏高";
    }

    @Override
    public void check(CheckContext context, List<Diagnostic> out) {
        CheckerConfig config = context.config();
        Cell received = context.report().requests().get(RequestRow.NEWLY_RECEIVED, ApplicantColumn.TOTAL);
        if (!received.known() || received.value() < config.riskMinRequests()) {
            return;
        }
        if (disclosure) {
            Cell granted = context.report().requests().get(RequestRow.GRANTED, ApplicantColumn.TOTAL);
            Cell partial = context.report().requests().get(RequestRow.PARTIALLY_GRANTED, ApplicantColumn.TOTAL);
            Cell handled = context.report().requests().get(RequestRow.HANDLED_TOTAL, ApplicantColumn.TOTAL);
            if (granted.known() && partial.known() && handled.known() && handled.value() > 0) {
                long disclosed = granted.value() + partial.value();
                double share = (double) disclosed / handled.value();
                if (share < config.disclosedShareMin()) {
                    out.add(Diagnostic.info(code(), "予以公开 " + granted.value() + " 件 + 部分公开 " + partial.value() + " 件 = "
                            + disclosed + " 件，占办理总数 " + handled.value() + " 件的 " + percent(share, 1) + "%，低于提示线 "
                            + percent(config.disclosedShareMin(), 0) + "%（本年新收 " + received.value() + " 件）",
                            Location.cell(context.sourceMap().requestRowLine(RequestRow.GRANTED), "三", "三",
                                    RequestRow.GRANTED.id(), ApplicantColumn.TOTAL.id())));
                }
            }
            return;
        }
        ReviewOutcomes r = context.report().reviews().reconsideration();
        if (r.corrected().known() && r.total().known() && r.total().value() > 0) {
            double share = (double) r.corrected().value() / r.total().value();
            if (share > config.correctedShareMax()) {
                out.add(Diagnostic.info(code(), "行政复议结果纠正 " + r.corrected().value() + " 件，占行政复议总数 "
                        + r.total().value() + " 件的 " + percent(share, 1) + "%，高于提示线 " + percent(config.correctedShareMax(), 0)
                        + "%",
                        Location.cell(context.sourceMap().reviewLine(), "四", "四", "reconsideration", "corrected")));
            }
        }
    }

    /** A share as a percentage with {@code decimals} places, rounded half up (as %.1f did, without a Formatter per check). */
    static String percent(double share, int decimals) {
        return BigDecimal.valueOf(100 * share).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }
}
