package cn.gongkai.report.rules;

import cn.gongkai.report.model.Cell;
import java.util.List;

/** Small helpers for writing figures into messages. */
final class Figures {

    private Figures() {
    }

    static String of(Cell c) {
        return c.known() ? Long.toString(c.value()) : "（未知）";
    }

    static boolean allKnown(List<Cell> cells) {
        for (Cell c : cells) {
            if (!c.known()) {
                return false;
            }
        }
        return true;
    }

    static long knownSum(List<Cell> cells) {
        long s = 0;
        for (Cell c : cells) {
            if (c.known()) {
                s += c.value();
            }
        }
        return s;
    }
}
