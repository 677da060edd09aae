package cn.gongkai.report.model;

import java.util.List;

/**
 * An accounting identity (勾稽关系) between cells of one table: the cells of {@code left} add up to
 * the cells of {@code right}. Cells are addressed as {row, column} in the table's grid.
 *
 * @param code  the diagnostic code reported when it does not hold
 * @param about the row id (row identities) or column id (column identities) it concerns
 */
public record Identity(String code, String about, List<int[]> left, List<int[]> right) {
}
