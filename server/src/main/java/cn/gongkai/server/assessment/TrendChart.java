package cn.gongkai.server.assessment;

import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.shared.SvgCharts;
import java.time.YearMonth;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** The issued scores of the last twelve months, a line per organ (the page shows the same numbers as a table). */
final class TrendChart {

    private TrendChart() {
    }

    static String svg(Map<Organ, Map<YearMonth, Double>> scores, YearMonth last, double max) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (YearMonth m = last.minusMonths(11); !m.isAfter(last); m = m.plusMonths(1)) {
            for (Map.Entry<Organ, Map<YearMonth, Double>> e : scores.entrySet()) {
                data.addValue(e.getValue().get(m), shortName(e.getKey()), m.getYear() % 100 + "年" + m.getMonthValue() + "月");
            }
        }
        JFreeChart chart = ChartFactory.createLineChart(null, null, "得分", data, PlotOrientation.VERTICAL, true, false, false);
        ((CategoryPlot) chart.getPlot()).getRangeAxis().setRange(0, Math.max(1, max));
        return SvgCharts.render(chart, 720, 340);
    }

    static String shortName(Organ o) {
        // 米易县普威镇人民政府 → 普威镇, 米易县司法局 → 司法局
        String name = o.name().replaceFirst("^[^县]{1,8}县(?=.)", "").replaceFirst("人民政府$", "");
        return name.isEmpty() ? o.name() : name;
    }
}
