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

    /**
     * The chart (a category plot: bars or lines) as an {@code <img>} of an SVG document. JFreeSVG writes its
     * styles inline; inside an image they are the image's own, so the page's strict CSP (no inline styles)
     * does not blank them (it did when the SVG was written into the page). The numbers are in the table next
     * to every chart, so the image's text says so.
     */
    public static String render(JFreeChart chart, int width, int height) {
        String svg = svg(chart, width, height);
        return "<img class=\"chart-image\" src=\"data:image/svg+xml;base64,"
                + java.util.Base64.getEncoder().encodeToString(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + "\" width=\"" + width + "\" height=\"" + height + "\" alt=\"图表（数字见下表）\">";
    }

    /** The chart as an SVG element. */
    public static String svg(JFreeChart chart, int width, int height) {
        chart.setBackgroundPaint(Color.WHITE);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(FONT);
        }
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0x767676));
        plot.getDomainAxis().setTickLabelFont(FONT);
        // Month and organ names on two lines rather than cut to “2…”.
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(1.5f);
        if (plot.getRangeAxis() instanceof org.jfree.chart.axis.NumberAxis numbers) {
            Number max = org.jfree.data.general.DatasetUtils.findMaximumRangeValue(plot.getDataset());
            if (max == null || max.doubleValue() <= 0) {
                // All zero: 0 to 5 in whole numbers, not the automatic -5E-9…5E-9.
                numbers.setRange(0, 5);
                numbers.setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
            }
        }
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
