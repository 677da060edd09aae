package cn.gongkai.report.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * How one corpus file was read: stated cells right, unknown (read as blank although stated) and wrong
 * (a value other than the stated one, or a value where the file states a blank or nothing); metadata
 * right out of stated; expected codes found.
 */
final class FileScore {

    final String file;
    final String layoutClass;
    int right;
    int unknown;
    int wrong;
    int metaStated;
    int metaRight;
    final List<String> wrongCells = new ArrayList<>();
    final List<String> metaMisses = new ArrayList<>();
    final List<String> codeMisses = new ArrayList<>();

    FileScore(String file, String layoutClass) {
        this.file = file;
        this.layoutClass = layoutClass;
    }

    int stated() {
        return right + unknown + wrong;
    }

    void meta(String what, Object expected, Object actual) {
        metaStated++;
        if (expected.equals(actual)) {
            metaRight++;
        } else {
            metaMisses.add(file + " " + what + "：应为 " + expected + "，读出 " + actual);
        }
    }
}
