package org.jixiao.app.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jixiao.app.batch.AtomicFiles;
import org.jixiao.index.ComparisonRow;
import org.jixiao.index.IndicatorComparison;
import org.jixiao.text.csv.SpreadsheetCsv;
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
    AtomicFiles.write(file, SpreadsheetCsv.write(HEADERS, comparison.rows().stream().map(ComparisonExport::cells).toList()));
  }

  public static void writeXlsx(IndicatorComparison comparison, Path file) throws IOException {
    AtomicFiles.write(file, out -> {
      // streaming: 200 rows in memory, the rest spilled to a temp file that dispose() removes
      SXSSFWorkbook book = new SXSSFWorkbook(200);
      try {
        Sheet sheet = book.createSheet(sheetName(comparison.indicator()));
        Row head = sheet.createRow(0);
        for (int c = 0; c < HEADERS.size(); c++) {
          head.createCell(c).setCellValue(HEADERS.get(c));
        }
        int r = 1;
        for (ComparisonRow row : comparison.rows()) {
          fill(sheet.createRow(r++), cells(row));
        }
        book.write(out);
      } finally {
        book.dispose();
        book.close();
      }
    });
  }

  private static void fill(Row x, List<@Nullable Object> cells) {
    for (int c = 0; c < cells.size(); c++) {
      Object v = cells.get(c);
      if (v == null) {
        continue;
      }
      Cell cell = x.createCell(c);
      if (v instanceof BigDecimal d) {
        cell.setCellValue(d.doubleValue());
      } else if (v instanceof Integer i) {
        cell.setCellValue(i);
      } else {
        cell.setCellValue(v.toString());
      }
    }
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

  /** Excel forbids []:*?/\ in sheet names and caps them at 31 characters. */
  private static String sheetName(String indicator) {
    String s = indicator.replaceAll("[\\[\\]:*?/\\\\]", "_").strip();
    if (s.isEmpty()) {
      s = "comparison";
    }
    return s.length() > 31 ? s.substring(0, 31) : s;
  }
}
