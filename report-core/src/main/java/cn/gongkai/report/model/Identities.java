package cn.gongkai.report.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The identities of the national format (facts §1.7): for 表三, R1 (per column: 一 + 二 = 三（七）+ 四),
 * R3 (per column: （七）总计 = the 21 outcome rows) and R4 (per row: the six applicant columns = 总计), and R1 with
 * R3 put in (一 + 二 = the outcomes + 四, {@link #outcomeBalance}, for checking only); for 表四, R5 (per group: 总计 = the four results). Grids: 表三 is 25 × 7 (row and column
 * ordinals), 表四 is 1 × 15 (group × 5 + column).
 */
public final class Identities {

    public static final String T3_BALANCE = "T3-BALANCE";
    public static final String T3_ROW_TOTAL = "T3-ROW-TOTAL";
    public static final String T3_HANDLED_TOTAL = "T3-HANDLED-TOTAL";
    public static final String T4_TOTAL = "T4-TOTAL";

    private static final List<Identity> REQUEST_TABLE = buildRequestTable();
    private static final List<List<Identity>> OUTCOME_BALANCE = buildOutcomeBalance();
    private static final List<Identity> REVIEW_TABLE = buildReviewTable();

    private Identities() {
    }

    public static List<Identity> requestTable() {
        return REQUEST_TABLE;
    }

    /**
     * Per column, R1 with R3 put in: 一 + 二 = the outcome rows + 四, as a list of its own (one per column). Where
     * （七）总计 is known it adds nothing to R1 and R3 — and would blame the outcome rows for an imbalance of 一 against
     * （七) — so a reader checks with it only a column whose （七） is unknown, where it is the only identity that still
     * ties the outcome rows to 一, 二 and 四. For checking what was read, never for filling a cell: a capture cut
     * after 一 + 二 = 0 would otherwise get every outcome row as 0, which no identity of the format fixes alone.
     */
    public static List<Identity> outcomeBalance(ApplicantColumn column) {
        return OUTCOME_BALANCE.get(column.ordinal());
    }

    public static List<Identity> reviewTable() {
        return REVIEW_TABLE;
    }

    private static List<Identity> buildRequestTable() {
        List<Identity> all = new ArrayList<>();
        int total = ApplicantColumn.TOTAL.ordinal();
        for (RequestRow row : RequestRow.values()) {
            List<int[]> parts = new ArrayList<>();
            for (int c = 0; c < total; c++) {
                parts.add(new int[] {row.ordinal(), c});
            }
            all.add(new Identity(T3_ROW_TOTAL, row.id(), parts, List.<int[]>of(new int[] {row.ordinal(), total})));
        }
        for (ApplicantColumn column : ApplicantColumn.values()) {
            int c = column.ordinal();
            all.add(new Identity(T3_HANDLED_TOTAL, column.id(), outcomes(c),
                    List.<int[]>of(new int[] {RequestRow.HANDLED_TOTAL.ordinal(), c})));
            all.add(new Identity(T3_BALANCE, column.id(),
                    List.of(new int[] {RequestRow.NEWLY_RECEIVED.ordinal(), c}, new int[] {RequestRow.CARRIED_IN.ordinal(), c}),
                    List.of(new int[] {RequestRow.HANDLED_TOTAL.ordinal(), c}, new int[] {RequestRow.CARRIED_OUT.ordinal(), c})));
        }
        return Collections.unmodifiableList(all);
    }

    private static List<List<Identity>> buildOutcomeBalance() {
        List<List<Identity>> all = new ArrayList<>();
        for (ApplicantColumn column : ApplicantColumn.values()) {
            int c = column.ordinal();
            List<int[]> right = new ArrayList<>(outcomes(c));
            right.add(new int[] {RequestRow.CARRIED_OUT.ordinal(), c});
            all.add(List.of(new Identity(T3_BALANCE, column.id(),
                    List.of(new int[] {RequestRow.NEWLY_RECEIVED.ordinal(), c}, new int[] {RequestRow.CARRIED_IN.ordinal(), c}),
                    right)));
        }
        return Collections.unmodifiableList(all);
    }

    /** The cells of the 21 outcome rows in column {@code c}. */
    private static List<int[]> outcomes(int c) {
        List<int[]> cells = new ArrayList<>();
        for (RequestRow row : RequestRow.values()) {
            if (row.isOutcome()) {
                cells.add(new int[] {row.ordinal(), c});
            }
        }
        return cells;
    }

    private static List<Identity> buildReviewTable() {
        List<Identity> all = new ArrayList<>();
        for (ReviewGroup group : ReviewGroup.values()) {
            int base = group.ordinal() * 5;
            List<int[]> parts = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                parts.add(new int[] {0, base + c});
            }
            all.add(new Identity(T4_TOTAL, group.id(), parts, List.<int[]>of(new int[] {0, base + 4})));
        }
        return Collections.unmodifiableList(all);
    }
}
