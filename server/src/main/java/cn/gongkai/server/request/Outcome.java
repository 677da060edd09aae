package cn.gongkai.server.request;

import cn.gongkai.report.model.RequestRow;

/**
 * A decision on a request: exactly one of the 21 outcome rows of table 三, with its legal basis (facts
 * §1.7, the analyst's mapping, which is why the basis is shown, not enforced). 部分公开 (区分处理) is
 * only {@link #PARTIALLY_GRANTED}.
 */
public enum Outcome {
    GRANTED(RequestRow.GRANTED, "《条例》第三十六条第（一）（二）项"),
    PARTIALLY_GRANTED(RequestRow.PARTIALLY_GRANTED, "《条例》第三十七条"),
    WITHHELD_STATE_SECRET(RequestRow.WITHHELD_STATE_SECRET, "《条例》第十四条"),
    WITHHELD_PROHIBITED_BY_LAW(RequestRow.WITHHELD_PROHIBITED_BY_LAW, "《条例》第十四条"),
    WITHHELD_SECURITY_STABILITY(RequestRow.WITHHELD_SECURITY_STABILITY, "《条例》第十四条"),
    WITHHELD_THIRD_PARTY_RIGHTS(RequestRow.WITHHELD_THIRD_PARTY_RIGHTS, "《条例》第十五条"),
    WITHHELD_INTERNAL_AFFAIRS(RequestRow.WITHHELD_INTERNAL_AFFAIRS, "《条例》第十六条第一款"),
    WITHHELD_PROCESS_INFORMATION(RequestRow.WITHHELD_PROCESS_INFORMATION, "《条例》第十六条第二款"),
    WITHHELD_ENFORCEMENT_FILES(RequestRow.WITHHELD_ENFORCEMENT_FILES, "《条例》第十六条第二款"),
    WITHHELD_INQUIRY_MATTER(RequestRow.WITHHELD_INQUIRY_MATTER, "《条例》第三十六条第（七）项"),
    UNABLE_NOT_HELD(RequestRow.UNABLE_NOT_HELD, "《条例》第三十六条第（四）（五）项"),
    UNABLE_NEEDS_CREATION(RequestRow.UNABLE_NEEDS_CREATION, "《条例》第三十八条"),
    UNABLE_STILL_UNCLEAR(RequestRow.UNABLE_STILL_UNCLEAR, "《条例》第三十条"),
    NOT_PROCESSED_COMPLAINT(RequestRow.NOT_PROCESSED_COMPLAINT, "《条例》第三十九条第一款"),
    NOT_PROCESSED_DUPLICATE(RequestRow.NOT_PROCESSED_DUPLICATE, "《条例》第三十六条第（六）项"),
    NOT_PROCESSED_PUBLICATION(RequestRow.NOT_PROCESSED_PUBLICATION, "《条例》第三十九条第二款"),
    NOT_PROCESSED_EXCESSIVE(RequestRow.NOT_PROCESSED_EXCESSIVE, "《条例》第三十五条"),
    NOT_PROCESSED_CONFIRMATION(RequestRow.NOT_PROCESSED_CONFIRMATION, "（《条例》无明文规定）"),
    OTHER_CORRECTION_OVERDUE(RequestRow.OTHER_CORRECTION_OVERDUE, "《条例》第三十条"),
    OTHER_FEE_UNPAID(RequestRow.OTHER_FEE_UNPAID, "《政府信息公开信息处理费管理办法》"),
    OTHER_HANDLING(RequestRow.OTHER_HANDLING, "");

    private final RequestRow row;
    private final String basis;

    Outcome(RequestRow row, String basis) {
        this.row = row;
        this.basis = basis;
    }

    /** The row of table 三 this outcome is counted in. */
    public RequestRow row() {
        return row;
    }

    public String basis() {
        return basis;
    }

    /** The label as table 三 prints it, with its group: （三）不予公开 1.属于国家秘密. */
    public String label() {
        return row.group() == null ? row.label() : row.group() + " " + row.label();
    }
}
