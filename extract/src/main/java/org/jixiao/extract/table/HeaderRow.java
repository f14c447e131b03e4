package org.jixiao.extract.table;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A recognised header row: which column holds which role.
 *
 * @param weights how the weight column prints a row's weight: points, a percentage ("5%" is 5 points), or a
 *     fraction of the whole ("0.05" is 5 points of 100)
 * @param joint the order of a column that prints the weight and the score together ("得分/分值"), whose column is
 *     both the WEIGHT and the SCORE column; null when each has its own
 */
public record HeaderRow(int row, Map<ColumnRole, Integer> columns, WeightForm weights, JointScore.@Nullable Order joint) {
  /** How a weight is printed. */
  public enum WeightForm {
    /** points: 5 is 5 of the report's 100 */
    POINTS,
    /** a 权重 column's percentage: "5%" is 5 points (a bare 5 too) */
    PERCENT,
    /** a 权重 column of fractions of the whole: 0.05 is 5 points of 100 (h202: "0.10 … 合计 1.00") */
    FRACTION,
    /**
     * 权重（%） and 得分（%） as shares of the row's 一级 points, printed beside the group (h350: 25% of a 一级 of 20 is
     * 5 points): each group's shares add up to 100
     */
    GROUP_SHARE
  }

  public HeaderRow {
    columns = Map.copyOf(columns);
  }

  public HeaderRow(int row, Map<ColumnRole, Integer> columns) {
    this(row, columns, WeightForm.POINTS, null);
  }

  /** Whether the weight column prints percentages of the whole ("5%"). */
  public boolean percentWeights() {
    return weights == WeightForm.PERCENT;
  }

  /** The same header read at other columns (a shifted row, a continued table). */
  HeaderRow remapped(int atRow, Map<ColumnRole, Integer> other) {
    return new HeaderRow(atRow, other, weights, joint);
  }

  public @Nullable Integer column(ColumnRole role) {
    return columns.get(role);
  }

  public boolean has(ColumnRole role) {
    return columns.containsKey(role);
  }

  /** The column of the indicator's name: 三级指标, else 指标名称. */
  public @Nullable Integer nameColumn() {
    return has(ColumnRole.LEVEL3) ? column(ColumnRole.LEVEL3) : column(ColumnRole.NAME);
  }

  /** A table of indicator rows (三级指标 or 指标名称), as opposed to a table of subtotals. */
  public boolean isIndicatorTable() {
    return has(ColumnRole.LEVEL3) || has(ColumnRole.NAME);
  }

  /** Same column layout as {@code other}: a header repeated at a page break. */
  public boolean sameLayout(HeaderRow other) {
    return columns.equals(other.columns);
  }
}
