package cn.gongkai.server.annualreport;

import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.report.model.RequestRow;
import cn.gongkai.report.model.RequestTable;
import cn.gongkai.server.shared.SvgCharts;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** The annual report pages' charts (drawn by {@link SvgCharts}). */
final class Charts {

    /** The outcome groups of table 三, in the national order. */
    static final List<String> GROUPS = List.of("予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理");

    private Charts() {
    }

    /** Requests handled per outcome group and year: a stacked bar per year. */
    static String outcomesByYear(Map<Integer, RequestTable> tables) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        tables.forEach((year, t) -> {
            long[] g = groups(t);
            for (int i = 0; i < GROUPS.size(); i++) {
                data.addValue(g[i], GROUPS.get(i), year + "年");
            }
        });
        JFreeChart chart = ChartFactory.createStackedBarChart(null, null, "件数", data, PlotOrientation.VERTICAL, true,
                false, false);
        return svg(chart, 640, 320);
    }

    /** Each organ's share of requests answered on time in the year (0–100 %). */
    static String timeliness(Map<String, Double> percentByOrgan) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        percentByOrgan.forEach((organ, pct) -> data.addValue(pct, "按期办结率（%）", organ.replace("米易县", "").replace("人民政府", "")));
        JFreeChart chart = ChartFactory.createBarChart(null, null, "%", data, PlotOrientation.HORIZONTAL, false, false, false);
        ((CategoryPlot) chart.getPlot()).getRangeAxis().setRange(0, 100);
        return svg(chart, 640, Math.max(200, 40 + 28 * percentByOrgan.size()));
    }

    /** 予以公开, 部分公开, Σ不予公开, Σ无法提供, Σ不予处理, Σ其他处理, in the total column. */
    static long[] groups(RequestTable t) {
        long[] g = new long[GROUPS.size()];
        for (RequestRow row : RequestRow.values()) {
            int i = switch (row.name().split("_")[0]) {
                case "GRANTED" -> 0;
                case "PARTIALLY" -> 1;
                case "WITHHELD" -> 2;
                case "UNABLE" -> 3;
                case "NOT" -> 4;
                case "OTHER" -> 5;
                default -> -1;
            };
            if (i >= 0 && t.get(row, ApplicantColumn.TOTAL).known()) {
                g[i] += t.get(row, ApplicantColumn.TOTAL).value();
            }
        }
        return g;
    }

    private static String svg(JFreeChart chart, int width, int height) {
        return SvgCharts.render(chart, width, height);
    }
}
