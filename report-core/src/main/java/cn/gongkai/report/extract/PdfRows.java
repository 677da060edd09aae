package cn.gongkai.report.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDF text rebuilt from where each glyph stands, not from the order the content stream draws them:
 * glyphs on one baseline make a row (left to right), and a gap wider than a character and a half
 * between two glyphs is a cell boundary, written as a tab. So a table row reads label first and its
 * numbers in column order even when the stream drew the numbers first, the label after them, or the
 * header words interleaved with the data; a table becomes tab-separated like any other.
 *
 * <p>One pass over each page's glyphs plus a sort: no costlier than PDFBox's own sorted extraction.
 * The glyphs, pages and characters are counted by {@link BudgetedTextStripper}.
 */
final class PdfRows extends BudgetedTextStripper {

    /** A baseline within this share of the glyph's height is the same row. */
    private static final float ROW_TOLERANCE = 0.45f;
    /** A gap wider than this many character widths separates cells. */
    private static final float CELL_GAP = 1.5f;
    /**
     * Digits of one number stand edge to edge; between two narrow columns of numbers (其他, 总计) the
     * gap can be a quarter of a digit (Chromium's print of an HTML table): any gap wider than this
     * share of a digit's width between two digits is a cell boundary.
     */
    private static final float DIGIT_GAP = 0.25f;
    /** A gap wider than this share of the font size separates words (Latin text). */
    private static final float WORD_GAP = 0.2f;

    PdfRows(ExtractionBudget budget) {
        super(budget);
    }

    @Override
    protected void writePage() throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition t : article) {
                String u = t.getUnicode();
                if (u != null && !u.isBlank()) {
                    glyphs.add(t);
                }
            }
        }
        for (String line : rows(glyphs)) {
            writeString(line, List.of()); // through the budget's character count
            writeLineSeparator();
        }
        writeLineSeparator();
    }

    static List<String> rows(List<TextPosition> glyphs) {
        glyphs.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
        List<String> out = new ArrayList<>();
        List<TextPosition> row = new ArrayList<>();
        float rowY = Float.NaN;
        float rowHeight = 0;
        for (TextPosition t : glyphs) {
            float h = Math.max(t.getHeightDir(), 2f);
            if (!row.isEmpty() && Math.abs(t.getYDirAdj() - rowY) > ROW_TOLERANCE * Math.max(h, rowHeight)) {
                out.add(line(row));
                row.clear();
            }
            if (row.isEmpty()) {
                rowY = t.getYDirAdj();
                rowHeight = h;
            }
            row.add(t);
        }
        if (!row.isEmpty()) {
            out.add(line(row));
        }
        return out;
    }

    private static boolean isDigit(TextPosition t) {
        String u = t.getUnicode();
        return u.length() == 1 && u.charAt(0) >= '0' && u.charAt(0) <= '9';
    }

    private static String line(List<TextPosition> row) {
        row.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
        StringBuilder sb = new StringBuilder();
        TextPosition prev = null;
        for (TextPosition t : row) {
            if (prev != null) {
                float gap = t.getXDirAdj() - (prev.getXDirAdj() + prev.getWidthDirAdj());
                float size = Math.max(prev.getFontSizeInPt(), 1f);
                float charWidth = Math.max(Math.max(prev.getWidthDirAdj(), t.getWidthDirAdj()), size * 0.5f);
                if (gap > CELL_GAP * charWidth || isDigit(prev) && isDigit(t) && gap > DIGIT_GAP * Math.max(prev.getWidthDirAdj(), 1f)) {
                    sb.append('\t');
                } else if (gap > WORD_GAP * size) {
                    sb.append(' ');
                }
            }
            sb.append(t.getUnicode());
            prev = t;
        }
        return sb.toString();
    }
}
