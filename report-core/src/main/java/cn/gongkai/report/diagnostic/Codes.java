package cn.gongkai.report.diagnostic;

/** The diagnostic codes. The first sixteen are the contract of spec/report-json.md; docs/rules.md lists all. */
public final class Codes {
    public static final String T3_BALANCE = "T3-BALANCE";
    public static final String T3_ROW_TOTAL = "T3-ROW-TOTAL";
    public static final String T3_HANDLED_TOTAL = "T3-HANDLED-TOTAL";
    public static final String T4_TOTAL = "T4-TOTAL";
    public static final String T3_MISSING_COLUMN = "T3-MISSING-COLUMN";
    public static final String CELL_MISSING = "CELL-MISSING";
    public static final String LABEL_DEVIATION = "LABEL-DEVIATION";
    public static final String SECTION_MISSING = "SECTION-MISSING";
    public static final String SIGNATURE_MISSING = "SIGNATURE-MISSING";
    public static final String LATE_PUBLICATION = "LATE-PUBLICATION";
    public static final String NARRATIVE_MISMATCH = "NARRATIVE-MISMATCH";
    public static final String NARRATIVE_PARTS = "NARRATIVE-PARTS";
    public static final String ORGAN_KIND_RESIDUE = "ORGAN-KIND-RESIDUE";
    public static final String OLD_TEMPLATE = "OLD-TEMPLATE";
    public static final String YEAR_MISMATCH = "YEAR-MISMATCH";
    public static final String UNREADABLE = "UNREADABLE";

    /** A blank or missing cell whose value the table's own identities fix; filled, said as info. */
    public static final String CELL_INFERRED = "CELL-INFERRED";
    /** A rule that needed an unknown cell and so could not check (info, never a false error). */
    public static final String NOT_CHECKED = "NOT-CHECKED";
    /** Cross-year: carriedIn of this year ≠ carriedOut of the previous report. */
    public static final String T3_CARRY_OVER = "T3-CARRY-OVER";
    /** Cross-year: 现行有效 progression of 表二 does not hold. */
    public static final String T2_IN_FORCE_PROGRESSION = "T2-IN-FORCE-PROGRESSION";

    /**
     * The file was refused unread because reading it would exceed a budget (characters, pages, glyphs,
     * unpacked bytes, time): a crafted or far too large file. The message says which limit and where.
     */
    public static final String INPUT_TOO_COMPLEX = "INPUT-TOO-COMPLEX";
    /** A narrative figure written as approximate (3200余条): read, marked, not compared exactly (info). */
    public static final String APPROXIMATE = "APPROXIMATE";
    /** Sections missing, the text cut short (a truncated capture): what is missing is listed (warning). */
    public static final String REPORT_INCOMPLETE = "REPORT-INCOMPLETE";
    /** A report before 2019 with the one-column statistics table: read for what it states (info). */
    public static final String LEGACY_FORMAT = "LEGACY-FORMAT";
    /** The publication date was taken from the web page, not the signature (info, says where). */
    public static final String DATE_FROM_PAGE = "DATE-FROM-PAGE";

    private Codes() {
    }
}
