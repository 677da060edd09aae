package cn.gongkai.report.rules;

import cn.gongkai.report.diagnostic.Codes;
import cn.gongkai.report.diagnostic.Diagnostic;
import cn.gongkai.report.diagnostic.Location;
import cn.gongkai.report.diagnostic.Severity;
import cn.gongkai.report.model.Cell;
import java.util.ArrayList;
import java.util.List;

/**
 * Shared logic of the sum rules: for each instance of an identity, error when fully known and
 * unequal, or when the known parts already exceed a known total (cells are never negative);
 * otherwise, if an unknown cell prevents the check, one NOT-CHECKED info for all such instances.
 */
abstract class IdentityRule implements Rule {

    /** One instance: the cells on each side, and how to describe and locate it. */
    record Instance(String name, List<Cell> left, List<String> leftNames, List<Cell> right,
            List<String> rightNames, Location location) {
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    abstract List<Instance> instances(CheckContext context);

    abstract String table();

    @Override
    public void check(CheckContext context, List<Diagnostic> out) {
        if (context.sourceMap().legacyFormat()) {
            return; // no 表三/表四 before 2019: nothing to check, and LEGACY-FORMAT already says so
        }
        List<String> unchecked = new ArrayList<>();
        Location firstUnchecked = null;
        for (Instance in : instances(context)) {
            boolean leftKnown = Figures.allKnown(in.left());
            boolean rightKnown = Figures.allKnown(in.right());
            long l = Figures.knownSum(in.left());
            long r = Figures.knownSum(in.right());
            if (leftKnown && rightKnown) {
                if (l != r) {
                    out.add(new Diagnostic(code(), severity(), in.name() + "：" + side(in.left(), in.leftNames())
                            + " ≠ " + side(in.right(), in.rightNames()) + "（" + l + " ≠ " + r + "）", in.location()));
                }
            } else if (leftKnown && r > l || rightKnown && l > r) {
                out.add(new Diagnostic(code(), severity(), in.name() + "：已知的 " + side(in.left(), in.leftNames())
                        + " 与 " + side(in.right(), in.rightNames()) + " 已无法相等（已知部分 " + l + " 对 " + r
                        + "，另有单元格未知）", in.location()));
            } else {
                unchecked.add(in.name());
                if (firstUnchecked == null) {
                    firstUnchecked = in.location();
                }
            }
        }
        if (!unchecked.isEmpty()) {
            out.add(Diagnostic.info(Codes.NOT_CHECKED, code() + " 有 " + unchecked.size() + " 处因单元格未知而无法核对："
                    + abbreviate(unchecked), new Location(firstUnchecked.line(), firstUnchecked.section(), table(), null, null)));
        }
    }

    private static String side(List<Cell> cells, List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(" + ");
            }
            sb.append(names.get(i)).append(' ').append(Figures.of(cells.get(i)));
        }
        return sb.toString();
    }

    private static String abbreviate(List<String> names) {
        if (names.size() <= 6) {
            return String.join("、", names);
        }
        return String.join("、", names.subList(0, 6)) + " 等";
    }
}
