package org.jixiao.app.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.search.compare.ComparisonRow;
import org.jixiao.search.compare.IndicatorComparison;
import org.jspecify.annotations.Nullable;

/**
 * 对比导出: writes an {@link IndicatorComparison} as CSV (UTF-8 with a byte-order mark, so that
 * Excel reads the Chinese right; RFC 4180 quoting) or XLSX (numbers as numeric cells). Files are
 * written whole or not at all ({@link AtomicFiles}).
 */
public final class ComparisonExport {
  /** The column headings, Chinese with the field name. */
  public static final List<String> HEADERS =
      List.of(
          "部门 department", "省份 province", "级别 level", "年度 year", "指标 indicator",
          "年度指标值 target", "实际完成值 actual", "分值 weight", "得分 score", "得分率 scoreRate",
          "报告 reportId");

  private ComparisonExport() {}

  public static void writeCsv(IndicatorComparison comparison, Path file) throws IOException {
    rows(comparison).writeCsv(file);
  }

  /** {@code tool} and {@code command} name where the file comes from (its 说明 sheet). */
  public static void writeXlsx(IndicatorComparison comparison, Path file, String tool, String command) throws IOException {
    rows(comparison).writeXlsx(file, tool, command);
  }

  /** The comparison as a sheet named after the indicator. */
  public static SheetRows rows(IndicatorComparison comparison) {
    return new SheetRows(comparison.indicator().isBlank() ? "comparison" : comparison.indicator(), HEADERS,
        comparison.rows().stream().map(ComparisonExport::cells).toList(),
        comparison.rows().stream().map(ComparisonRow::reportId).distinct().toList());
  }

  static List<@Nullable Object> cells(ComparisonRow r) {
    List<@Nullable Object> cells = new ArrayList<>();
    cells.add(r.department());
    cells.add(r.province());
    cells.add(r.adminLevel());
    cells.add(r.fiscalYear());
    cells.add(r.indicator());
    cells.add(r.target());
    cells.add(r.actual());
    cells.add(r.weight());
    cells.add(r.score());
    cells.add(r.scoreRate());
    cells.add(r.reportId());
    return cells;
  }

}
