package cn.gongkai.report.extract;

import cn.gongkai.report.extract.PdfLayout.Row;
import cn.gongkai.report.extract.PdfLayout.Seg;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A number wrapped inside its table cell (a narrow column: `12` over `19` is 1219, `12` / `64` / `9` is 12649): its
 * lines are joined into one cell on the line the table row's other numbers stand on, before labels are joined
 * ({@link PdfLayout}).
 *
 * <p>Lines of one cell stand one line spacing apart, closer than two table rows (cells add padding and a rule): the
 * same test that finds a wrapped label. A chain is numbers left-aligned in one column on consecutive lines, each line
 * at least as wide as the next (it filled the column). Two rows of numbers set tightly could look alike, so a chain
 * is joined only when the table row shows that it is one cell:
 * <ul>
 * <li>centred cells (Chromium's and most HTML tables'): a one-line number of another column stands at the chain's
 * middle (`12` / `35 0 0 16` / `19`), or, where every cell wrapped, a chain of another length has the same middle
 * (`11` / `47` / `78` / `32` / `8`); the chain goes there;</li>
 * <li>top-aligned cells (Word's): the chain's first line has one-line numbers too, and its later lines hold only
 * lines of chains that start on that first line (`35 0 12 16` / `19`), and every line but the last has two digits or
 * more; the chain goes to the first line.</li>
 * </ul>
 * Otherwise (every cell of the row wrapped into as many lines, or rows set tightly) nothing is joined: the row then
 * reads with too many or too few numbers and stays unknown, never with a number made of two cells.
 */
final class PdfWrappedNumbers {

    private PdfWrappedNumbers() {
    }

    private record Link(Seg seg, Row row) {
    }

    static void join(List<Row> rows, Map<Integer, Float> spacing) {
        Set<Seg> used = new HashSet<>();
        List<List<Link>> chains = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            for (Seg top : rows.get(i).segs) {
                Float sp = spacing.get(Math.round(top.size));
                if (sp == null || used.contains(top) || !wraps(top)) {
                    continue;
                }
                List<Link> chain = chain(rows, i, top, sp, used);
                if (chain.size() >= 2) {
                    chain.forEach(l -> used.add(l.seg()));
                    chains.add(chain);
                }
            }
        }
        Map<Seg, List<Link>> chainOf = new HashMap<>();
        chains.forEach(c -> c.forEach(l -> chainOf.put(l.seg(), c)));
        for (List<Link> chain : chains) {
            Row target = centred(rows, chain, used);
            if (target == null) {
                target = besideAnother(chain, chains);
            }
            if (target == null && wide(chain) && topAligned(chain, used, chainOf)) {
                target = chain.get(0).row();
            }
            if (target != null) {
                Seg joined = new Seg(chain.get(0).seg().x0, target.y, chain.get(0).seg().size);
                for (Link l : chain) {
                    l.row().segs.remove(l.seg());
                    joined.text.append(l.seg().text.toString().strip());
                }
                joined.x1 = chain.get(0).seg().x1;
                target.segs.add(joined);
            }
        }
    }

    private static List<Link> chain(List<Row> rows, int i, Seg top, float sp, Set<Seg> used) {
        List<Link> chain = new ArrayList<>(List.of(new Link(top, rows.get(i))));
        for (int j = i + 1; j < rows.size(); j++) {
            Link last = chain.get(chain.size() - 1);
            // Distances between the numbers' own baselines: a row's first glyph (its label) may stand a little apart.
            if (rows.get(j).y - last.seg().y > 1.5f * sp) {
                break;
            }
            Seg below = under(rows.get(j), last.seg());
            float d = below == null ? 0 : below.y - last.seg().y;
            if (below == null || d < 0.8f * sp || d > PdfLayout.BLOCK_SPACING * sp || used.contains(below)
                    || width(below) > width(last.seg()) + 0.5f) {
                continue;
            }
            chain.add(new Link(below, rows.get(j)));
            if (!wraps(below)) {
                break;
            }
        }
        return chain;
    }

    /** The row at the chain's middle holding a one-line number of another column, or null. */
    private static Row centred(List<Row> rows, List<Link> chain, Set<Seg> used) {
        float middle = middle(chain);
        Seg column = chain.get(0).seg();
        for (Row r : rows) {
            if (r.segs.stream().anyMatch(s -> number(s) && !used.contains(s) && !s.overlaps(column)
                    && Math.abs(s.y - middle) <= 0.3f * column.size)) {
                return r;
            }
        }
        return null;
    }

    /**
     * Every cell of the row wrapped, centred: a chain of another length with the same middle (two rows set tightly
     * give chains of two lines only). The row is the middle line of the one of odd length.
     */
    private static Row besideAnother(List<Link> chain, List<List<Link>> chains) {
        float tol = 0.3f * chain.get(0).seg().size;
        for (List<Link> other : chains) {
            if (other.size() != chain.size() && Math.abs(middle(other) - middle(chain)) <= tol) {
                List<Link> odd = chain.size() % 2 == 1 ? chain : other.size() % 2 == 1 ? other : null;
                if (odd != null) {
                    return odd.get(odd.size() / 2).row();
                }
            }
        }
        return null;
    }

    private static float middle(List<Link> chain) {
        return (chain.get(0).seg().y + chain.get(chain.size() - 1).seg().y) / 2;
    }

    /** Every line but the last has two digits or more: a lone digit over another is only taken when centred. */
    private static boolean wide(List<Link> chain) {
        return chain.subList(0, chain.size() - 1).stream().allMatch(l -> l.seg().text.toString().strip().length() >= 2);
    }

    /** Top-aligned: one-line numbers on the first line, and below it only lines of chains that start there. */
    private static boolean topAligned(List<Link> chain, Set<Seg> used, Map<Seg, List<Link>> chainOf) {
        Row first = chain.get(0).row();
        if (first.segs.stream().noneMatch(s -> number(s) && !used.contains(s))) {
            return false;
        }
        for (Link l : chain.subList(1, chain.size())) {
            for (Seg s : l.row().segs) {
                if (number(s) && (!used.contains(s) || chainOf.get(s).get(0).row() != first)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean number(Seg s) {
        return !s.stack && s.numeric();
    }

    /** A line of a number that may go on below (digits only: a seg with a space is two cells). */
    private static boolean wraps(Seg s) {
        return number(s) && s.text.indexOf(" ") < 0;
    }

    private static float width(Seg s) {
        return s.x1 - s.x0;
    }

    /** The number right under {@code above} in {@code row}, left-aligned with it, or null. */
    private static Seg under(Row row, Seg above) {
        for (Seg s : row.segs) {
            if (number(s) && s.overlaps(above) && Math.abs(s.x0 - above.x0) < 0.6f * s.size) {
                return s;
            }
        }
        return null;
    }
}
