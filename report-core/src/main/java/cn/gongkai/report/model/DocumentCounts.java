package cn.gongkai.report.model;

/** 表二 第二十条第（一）项 row: 本年制发件数, 本年废止件数, 现行有效件数. */
public record DocumentCounts(Cell issued, Cell repealed, Cell inForce) {

    public static DocumentCounts unknown() {
        return new DocumentCounts(Cell.unknown(), Cell.unknown(), Cell.unknown());
    }
}
