package cn.gongkai.report.document;

import java.util.Locale;

/**
 * The page: A4 with the margins of GB/T 9704-2012 《党政机关公文格式》 §5.2.1 — 天头 37 mm, 订口 28 mm,
 * text block 156 mm × 225 mm, so 35 mm at the foot and 26 mm at the outer edge. Landscape keeps the
 * same margins turned with the page (for the bulletin's wide ranking table).
 */
public record PageSetup(double widthMm, double heightMm, double topMm, double bottomMm, double leftMm, double rightMm) {

    public static final PageSetup A4 = new PageSetup(210, 297, 37, 35, 28, 26);
    public static final PageSetup A4_LANDSCAPE = new PageSetup(297, 210, 28, 26, 37, 35);

    public boolean landscape() {
        return widthMm > heightMm;
    }

    /** Width of the text block, the width tables take. */
    public double textWidthMm() {
        return widthMm - leftMm - rightMm;
    }

    /** The CSS {@code @page} rule for the PDF writer. */
    public String css() {
        return String.format(Locale.ROOT, "@page { size: %smm %smm; margin: %smm %smm %smm %smm; }", num(widthMm), num(heightMm),
                num(topMm), num(rightMm), num(bottomMm), num(leftMm));
    }

    /** Millimetres as Word's twentieths of a point (1 inch = 25.4 mm = 1440 twips). */
    public static long twips(double mm) {
        return Math.round(mm * 1440 / 25.4);
    }

    private static String num(double mm) {
        return mm == Math.rint(mm) ? Long.toString((long) mm) : Double.toString(mm);
    }
}
