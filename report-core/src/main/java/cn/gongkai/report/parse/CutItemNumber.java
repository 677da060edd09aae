package cn.gongkai.report.parse;

import cn.gongkai.report.model.RequestRow;
import java.util.List;

/**
 * A capture cut inside 表三 just after a row's cells and the next row's item number (`…1.属于国家秘密 0 0 0 0 0 0
 * 0 2`, the `2.其他法律…` label lost with the rest of the page): the last number is that item number, not a cell.
 * Taken only for the last row read, when nothing follows the number, the number is the next row's item number,
 * and the row's cells without it add up (six applicant columns = 总计); otherwise the row stays as it is (one
 * number too many: unknown).
 */
final class CutItemNumber {

    private CutItemNumber() {
    }

    /** The last row's tokens without a cut item number at the end of the text, or the tokens as they are. */
    static List<Token> trim(List<Token> tokens, RequestRow row, int cells, int textLength) {
        if (cells != 7 || tokens.size() != cells + 1 || row.ordinal() + 1 >= RequestRow.COUNT) {
            return tokens;
        }
        Token last = tokens.get(cells);
        String label = RequestRow.values()[row.ordinal() + 1].label();
        if (last.isBlank() || last.pos() < textLength || last.number().length() != 1
                || !label.startsWith(last.number() + ".")) {
            return tokens;
        }
        long sum = 0;
        for (int i = 0; i < cells; i++) {
            String n = tokens.get(i).number();
            if (n == null || n.contains(".") || n.length() > 9) {
                return tokens;
            }
            sum += i < cells - 1 ? Long.parseLong(n) : -Long.parseLong(n);
        }
        return sum == 0 ? tokens.subList(0, cells) : tokens;
    }
}
