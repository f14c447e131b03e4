package org.jixiao.schema;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 文件中的第几份报告: where one report sits in a file that holds several (a finance bureau's
 * 项目支出绩效自评表 of all its projects in one DOCX or PDF, one sheet per project in a workbook).
 * A file holding one report has no part ({@link Report#part()} is null).
 *
 * <p>JSON: {@code {"index": 2, "count": 3, "firstPage": 4, "lastPage": 5, "sheet": "卫生健康",
 * "tables": [2, 3], "summary": {…}}}; {@code firstPage}/{@code lastPage} are null where the format
 * has no pages, {@code sheet} is null outside workbooks, {@code tables} are the 0-based indices of
 * the document's tables the report was read from (what a {@link CellRef} names), and {@code
 * summary} is the line of a 汇总 sheet or table that names the same project, if the file has one.
 *
 * @param index 1-based place of the report among the file's reports
 * @param count how many reports the file holds
 */
public record ReportPart(
    int index,
    int count,
    @Nullable Integer firstPage,
    @Nullable Integer lastPage,
    @Nullable String sheet,
    List<Integer> tables,
    @Nullable SummaryLine summary) {

  public ReportPart {
    if (index < 1 || index > count) {
      throw new IllegalArgumentException("part " + index + " of " + count);
    }
    tables = tables == null ? List.of() : List.copyOf(tables);
  }

  /** A copy naming the summary line of the same project. */
  public ReportPart withSummary(@Nullable SummaryLine line) {
    return new ReportPart(index, count, firstPage, lastPage, sheet, tables, line);
  }
}
