package cn.gongkai.server.shared;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.svg.SVGGraphics2D;

/**
 * Charts drawn on the server as SVG (JFreeChart + JFreeSVG): pages show them without script, and each
 * page puts the chart's numbers in a table next to it for those who cannot see it. One look for all.
 */
public final class SvgCharts {

    private static final Font FONT = new Font("SansSerif", Font.PLAIN, 12);
    /** Colours that stay apart for colour-blind readers (Okabe–Ito), then two greys. */
    private static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xE69F00), new Color(0xD55E00),
            new Color(0x009E73), new Color(0xCC79A7), new Color(0x56B4E9), new Color(0x000000), new Color(0x767676)};

    private SvgCharts() {
    }

    /** The chart (a category plot: bars or lines) as an SVG element. */
    public static String render(JFreeChart chart, int width, int height) {
        chart.setBackgroundPaint(Color.WHITE);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(FONT);
        }
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0x767676));
        plot.getDomainAxis().setTickLabelFont(FONT);
        plot.getRangeAxis().setTickLabelFont(FONT);
        plot.getRangeAxis().setLabelFont(FONT);
        CategoryItemRenderer renderer = plot.getRenderer();
        if (renderer instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
        }
        for (int i = 0; i < PALETTE.length; i++) {
            renderer.setSeriesPaint(i, PALETTE[i]);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle(0, 0, width, height));
        return g.getSVGElement();
    }
}
