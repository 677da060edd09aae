package cn.gongkai.report.corpus;

import java.util.ArrayList;
import java.util.List;

/** The files of one layout class, added up. */
final class ClassScore {

    final String layoutClass;
    int files;
    int right;
    int unknown;
    int wrong;
    int metaStated;
    int metaRight;
    final List<String> codeMisses = new ArrayList<>();

    ClassScore(String layoutClass) {
        this.layoutClass = layoutClass;
    }

    void add(FileScore f) {
        files++;
        right += f.right;
        unknown += f.unknown;
        wrong += f.wrong;
        metaStated += f.metaStated;
        metaRight += f.metaRight;
        codeMisses.addAll(f.codeMisses);
    }

    int stated() {
        return right + unknown + wrong;
    }

    /** Share of stated cells read right; a class that states no cell is judged by its metadata alone. */
    double cellShare() {
        return stated() == 0 ? 1.0 : (double) right / stated();
    }

    double metaShare() {
        return metaStated == 0 ? 1.0 : (double) metaRight / metaStated;
    }
}
