package cn.gongkai.report.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.text.TextPosition;

/**
 * Lines of one PDF page rebuilt from where each glyph stands (see {@link PdfRows}), in four steps:
 * <ol>
 * <li>glyphs on one baseline make a row; a gap wider than a character and a half, a gap between two
 * digits, or a glyph starting at a column's left edge (an x where three or more cells start on the page)
 * after some space is a cell boundary, written as a tab;</li>
 * <li>glyphs standing on one x in one row are a vertical header (one character above the other, which
 * PDFBox gives nearly one baseline): they are taken out of the row, in drawing order, and written as a
 * line of their own before it, so they no longer interleave with the row's numbers;</li>
 * <li>text cells of one column on consecutive lines no further apart than the page's line spacing make a
 * block (a wrapped label, a merged caption);</li>
 * <li>a block whose lines straddle exactly one row of numbers to its right is that row's label, wrapped
 * in its cell: it is joined and written on the numbers' row ("行政规范性文 / 0 0 0 / 件" reads
 * "行政规范性文件 0 0 0"). A block straddling several rows (a caption merged down rows) stays as it is.</li>
 * </ol>
 * Linear in the glyphs apart from sorts and the per-block scan of rows; no assumption about the drawing
 * order, so PDFs drawn cell by cell in reading order read the same way.
 */
final class PdfLayout {

    /** A baseline within this share of the glyph's height is the same row. */
    private static final float ROW_TOLERANCE = 0.45f;
    /** A gap wider than this many character widths separates cells. */
    private static final float CELL_GAP = 1.5f;
    /**
     * Digits of one number stand edge to edge; between two narrow columns of numbers (其他, 总计) the gap can
     * be a quarter of a digit (Chromium's print of an HTML table).
     */
    private static final float DIGIT_GAP = 0.25f;
    /** A gap wider than this share of the font size separates words (Latin text). */
    private static final float WORD_GAP = 0.2f;
    /** A gap before a glyph at a column edge wider than this share of a character is a cell boundary. */
    private static final float EDGE_GAP = 0.3f;
    /** Cells starting at one x at least this often make a column edge. */
    private static final int EDGE_MIN = 3;
    /** Lines of one cell are at most this factor of the page's line spacing apart (cells add padding). */
    static final float BLOCK_SPACING = 1.08f;

    private PdfLayout() {
    }

    /** One cell of a row: consecutive glyphs without a cell boundary. */
    static final class Seg {
        final float x0;
        float x1;
        final float y;
        final float size;
        final StringBuilder text = new StringBuilder();
        boolean stack;

        Seg(float x0, float y, float size) {
            this.x0 = x0;
            this.y = y;
            this.size = Math.max(size, 1f);
        }

        /** A cell's own baseline is its first glyph's: glyphs of one row may stand a little apart. */
        Seg(TextPosition first) {
            this(first.getXDirAdj(), first.getYDirAdj(), first.getFontSizeInPt());
        }

        boolean numeric() {
            boolean digit = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    digit = true;
                } else if (".,-—–/ ".indexOf(c) < 0) {
                    return false;
                }
            }
            return digit;
        }

        boolean overlaps(Seg o) {
            float narrow = Math.min(x1 - x0, o.x1 - o.x0);
            return Math.min(x1, o.x1) - Math.max(x0, o.x0) >= 0.5f * Math.max(narrow, 1f);
        }
    }

    static final class Row {
        final float y;
        final float height;
        final List<Seg> segs = new ArrayList<>();

        Row(float y, float height) {
            this.y = y;
            this.height = height;
        }

        /** Whether a cell of numbers stands within [x0, x1] with its baseline in [y0, y1]. */
        boolean hasNumbersWithin(float x0, float x1, float y0, float y1) {
            float tol = ROW_TOLERANCE * height;
            return segs.stream().anyMatch(s -> !s.stack && s.numeric() && s.x1 > x0 && s.x0 <= x1 && s.y >= y0 - tol
                    && s.y <= y1 + tol);
        }

        /** Whether a cell of numbers stands right of {@code x} with its baseline in [y0, y1]. */
        boolean hasNumbersRightOf(float x, float y0, float y1) {
            float tol = ROW_TOLERANCE * height;
            return segs.stream().anyMatch(s -> !s.stack && s.numeric() && s.x0 > x && s.y >= y0 - tol && s.y <= y1 + tol);
        }
    }

    private record Glyph(TextPosition t, int order) {
    }

    static List<String> lines(List<TextPosition> positions) {
        List<Glyph> glyphs = new ArrayList<>(positions.size());
        for (int i = 0; i < positions.size(); i++) {
            glyphs.add(new Glyph(positions.get(i), i));
        }
        List<List<Glyph>> baselines = baselines(glyphs);
        Map<Integer, Integer> starts = new HashMap<>();
        for (List<Glyph> b : baselines) {
            for (Seg s : segments(b, Map.of())) {
                starts.merge(Math.round(s.x0), 1, Integer::sum);
            }
        }
        starts.values().removeIf(n -> n < EDGE_MIN);
        List<Row> rows = new ArrayList<>();
        for (List<Glyph> b : baselines) {
            Row row = new Row(b.get(0).t().getYDirAdj(), Math.max(b.get(0).t().getHeightDir(), 2f));
            row.segs.addAll(segments(b, starts));
            rows.add(row);
        }
        Map<Integer, Float> spacing = lineSpacing(textCells(rows));
        PdfWrappedNumbers.join(rows, spacing);
        joinWrappedLabels(rows, spacing);
        List<String> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            List<Seg> stacks = r.segs.stream().filter(s -> s.stack).toList();
            if (!stacks.isEmpty()) {
                out.add(join(stacks));
            }
            List<Seg> cells = r.segs.stream().filter(s -> !s.stack).toList();
            if (!cells.isEmpty()) {
                out.add(join(cells));
            }
        }
        return out;
    }

    private static String join(List<Seg> segs) {
        StringBuilder sb = new StringBuilder();
        segs.stream().sorted(Comparator.comparingDouble(s -> s.x0)).forEach(s -> {
            if (!sb.isEmpty()) {
                sb.append('\t');
            }
            sb.append(s.text);
        });
        return sb.toString();
    }

    private static List<List<Glyph>> baselines(List<Glyph> glyphs) {
        glyphs.sort(Comparator.comparingDouble(g -> g.t().getYDirAdj()));
        List<List<Glyph>> out = new ArrayList<>();
        List<Glyph> row = new ArrayList<>();
        float rowY = Float.NaN;
        float rowHeight = 0;
        for (Glyph g : glyphs) {
            TextPosition t = g.t();
            float h = Math.max(t.getHeightDir(), 2f);
            if (!row.isEmpty() && Math.abs(t.getYDirAdj() - rowY) > ROW_TOLERANCE * Math.max(h, rowHeight)) {
                out.add(row);
                row = new ArrayList<>();
            }
            if (row.isEmpty()) {
                rowY = t.getYDirAdj();
                rowHeight = h;
            }
            row.add(g);
        }
        if (!row.isEmpty()) {
            out.add(row);
        }
        for (List<Glyph> r : out) {
            r.sort(Comparator.comparingDouble(g -> g.t().getXDirAdj()));
        }
        return out;
    }

    /** The row's cells; glyphs standing on one x (a vertical header) become stack cells, in drawing order. */
    private static List<Seg> segments(List<Glyph> row, Map<Integer, Integer> edges) {
        List<Seg> out = new ArrayList<>();
        List<Glyph> flat = new ArrayList<>(row.size());
        int i = 0;
        while (i < row.size()) {
            int j = i + 1;
            while (j < row.size() && sameX(row.get(j - 1).t(), row.get(j).t())) {
                j++;
            }
            if (j - i >= 2) {
                List<Glyph> stack = new ArrayList<>(row.subList(i, j));
                stack.sort(Comparator.comparingInt(Glyph::order));
                Seg s = new Seg(stack.get(0).t());
                stack.forEach(g -> s.text.append(g.t().getUnicode()));
                s.x1 = s.x0 + stack.get(0).t().getWidthDirAdj();
                s.stack = true;
                out.add(s);
            } else {
                flat.add(row.get(i));
            }
            i = j;
        }
        Seg cur = null;
        TextPosition prev = null;
        for (Glyph g : flat) {
            TextPosition t = g.t();
            if (prev != null) {
                float gap = t.getXDirAdj() - (prev.getXDirAdj() + prev.getWidthDirAdj());
                float size = Math.max(prev.getFontSizeInPt(), 1f);
                float charWidth = Math.max(Math.max(prev.getWidthDirAdj(), t.getWidthDirAdj()), size * 0.5f);
                boolean boundary = gap > CELL_GAP * charWidth
                        || isDigit(prev) && isDigit(t) && gap > DIGIT_GAP * Math.max(prev.getWidthDirAdj(), 1f)
                        || gap > EDGE_GAP * charWidth && edges.containsKey(Math.round(t.getXDirAdj()));
                if (boundary) {
                    out.add(cur);
                    cur = null;
                } else if (gap > WORD_GAP * size) {
                    cur.text.append(' ');
                }
            }
            if (cur == null) {
                cur = new Seg(t);
            }
            cur.text.append(t.getUnicode());
            cur.x1 = t.getXDirAdj() + t.getWidthDirAdj();
            prev = t;
        }
        if (cur != null) {
            out.add(cur);
        }
        return out;
    }

    /**
     * Two different glyphs one above the other: their left edges within a fifth of the narrower glyph (glyphs
     * of one line stand side by side; a narrow one, a dot, is followed at its own width).
     */
    private static boolean sameX(TextPosition a, TextPosition b) {
        float w = Math.min(a.getWidthDirAdj(), b.getWidthDirAdj());
        return w >= 1f && Math.abs(a.getXDirAdj() - b.getXDirAdj()) < 0.2f * w && !a.getUnicode().equals(b.getUnicode());
    }

    private static boolean isDigit(TextPosition t) {
        String u = t.getUnicode();
        return u.length() == 1 && u.charAt(0) >= '0' && u.charAt(0) <= '9';
    }

    /** Steps 3 and 4: blocks of text cells, and a block straddling one row of numbers joined onto that row. */
    private static List<Seg> textCells(List<Row> rows) {
        List<Seg> text = new ArrayList<>();
        for (Row r : rows) {
            for (Seg s : r.segs) {
                if (!s.stack && !s.numeric()) {
                    text.add(s);
                }
            }
        }
        return text;
    }

    private static void joinWrappedLabels(List<Row> rows, Map<Integer, Float> spacing) {
        Map<Seg, Row> rowOf = new HashMap<>();
        List<Seg> text = new ArrayList<>();
        for (Row r : rows) {
            for (Seg s : r.segs) {
                if (!s.stack && !s.numeric()) {
                    rowOf.put(s, r);
                    text.add(s);
                }
            }
        }
        List<List<Seg>> blocks = new ArrayList<>();
        for (Seg s : text) {
            Float sp = spacing.get(Math.round(s.size));
            List<Seg> best = null;
            float bestD = Float.MAX_VALUE;
            // Only recent blocks can continue here: a bounded look-back keeps the pass linear.
            for (int b = blocks.size() - 1; b >= Math.max(0, blocks.size() - 64) && sp != null; b--) {
                Seg last = blocks.get(b).get(blocks.get(b).size() - 1);
                float d = s.y - last.y;
                if (d > 2.5f * sp) {
                    continue;
                }
                if (d > 0 && d <= BLOCK_SPACING * sp && last.overlaps(s) && d < bestD) {
                    best = blocks.get(b);
                    bestD = d;
                }
            }
            if (best == null) {
                best = new ArrayList<>();
                blocks.add(best);
            }
            best.add(s);
        }
        for (List<Seg> block : blocks) {
            if (block.size() < 2) {
                continue;
            }
            float y0 = block.get(0).y;
            float y1 = block.get(block.size() - 1).y;
            float x1 = (float) block.stream().mapToDouble(s -> s.x1).max().orElse(0);
            Row target = null;
            int found = 0;
            float x0 = block.get(0).x0;
            boolean numbersInside = false;
            for (Row r : rows) {
                if (r.hasNumbersRightOf(x1, y0, y1)) {
                    target = r;
                    found++;
                }
                numbersInside |= r.hasNumbersWithin(x0, x1, y0, y1);
            }
            // A label cell holds no numbers: a block with numbers inside its width is a run of table rows drawn
            // with even line spacing (text flowed without cell padding), not one wrapped label.
            if (found != 1 || numbersInside) {
                continue;
            }
            Seg joined = new Seg(block.get(0).x0, target.y, block.get(0).size);
            for (Seg s : block) {
                rowOf.get(s).segs.remove(s);
                joined.text.append(s.text);
            }
            joined.x1 = x1;
            target.segs.add(joined);
        }
    }

    /**
     * The line spacing of each font size: the smallest distance (to half a point) seen at least twice between a
     * text cell and the next one below it in its column. Lines within a cell are closer than lines of two cells
     * (the cells' padding and rule between them), and in a table of one-line cells the larger distance is the
     * common one, so the smallest repeated one is the spacing.
     */
    private static Map<Integer, Float> lineSpacing(List<Seg> text) {
        Map<Integer, Map<Integer, Integer>> histogram = new HashMap<>();
        for (int i = 0; i < text.size(); i++) {
            Seg a = text.get(i);
            for (int j = i + 1; j < text.size(); j++) {
                Seg b = text.get(j);
                float d = b.y - a.y;
                if (d > 2.5f * a.size) {
                    break;
                }
                if (d >= 0.8f * a.size && Math.round(a.size) == Math.round(b.size) && a.overlaps(b)) {
                    histogram.computeIfAbsent(Math.round(a.size), k -> new HashMap<>())
                            .merge(Math.round(d * 2), 1, Integer::sum);
                    break;
                }
            }
        }
        Map<Integer, Float> out = new HashMap<>();
        histogram.forEach((size, h) -> h.entrySet().stream()
                .filter(e -> e.getValue() >= 2)
                .min(Map.Entry.comparingByKey())
                .ifPresent(e -> out.put(size, e.getKey() / 2f + 0.25f)));
        return out;
    }
}
