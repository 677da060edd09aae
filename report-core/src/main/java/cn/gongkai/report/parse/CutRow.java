package cn.gongkai.report.parse;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The last row of a capture cut inside 表三 (`6.属于四类过程性信息 | 0 | 0 | 0 | 0 | 0 | 0` and the page's excerpt ends):
 * the numbers it has are its first cells in order, the rest were cut off. They are not gaps to be filled from the
 * table's sums — that would state a 总计 the capture never showed — so the cells after them stay unknown.
 */
final class CutRow {

    private CutRow() {
    }

    /**
     * The row as cut, or null when it is not: the text stops inside the table (no section after it, no signature), this
     * is the last row read, it has fewer numbers than columns, and nothing follows its last number.
     */
    static RowResolver.@Nullable Result of(boolean textStopsInTable, boolean lastRow, List<Token> tokens, int[] present,
            int columns, int textLength) {
        int k = tokens.size();
        if (!textStopsInTable || !lastRow || k == 0 || k >= present.length || tokens.get(k - 1).pos() < textLength) {
            return null;
        }
        Long[] values = new Long[columns];
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < present.length; i++) {
            if (i < k) {
                values[present[i]] = RowResolver.parse(tokens.get(i));
            } else {
                missing.add(present[i]);
            }
        }
        return new RowResolver.Result(values, List.of(), missing,
                "报告在此行中断，只有前 " + k + " 个单元格，后面的内容缺失");
    }
}
