package org.jixiao.app.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jixiao.app.batch.AtomicFiles;

/**
 * 表格导出: one sheet of a header and rows as an XLSX analysts can work in: the header bold, frozen and filtered,
 * columns as wide as their text (CJK counted double, capped), numbers stored as numbers; and a sheet 说明 naming the
 * tool and version, when and by which command the file was made, and the reports (by SHA-256 of their source files) its
 * rows come from, so a file passed on says where it came from. Streamed: 200 rows in memory, the rest spilled to a
 * temporary file that is removed after.
 */
public final class Sheets {
  private static final int MAX_WIDTH_CHARS = 60;
  private static final int WINDOW = 200;
  /** The name of the sheet that says where the export comes from. */
  public static final String ABOUT = "说明";

  private Sheets() {}

  /** Where an export comes from: the tool and its version, the command that made it, the reports its rows read. */
  public record About(String tool, String command, List<String> reports) {
    public About {
      reports = List.copyOf(reports);
    }
  }

  public static void writeXlsx(Path file, String sheetName, List<String> headers, List<? extends List<?>> rows, About about)
      throws IOException {
    int[] widths = widths(headers, rows);
    AtomicFiles.write(file, out -> {
      SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
      try {
        Sheet sheet = book.createSheet(sheetName(sheetName));
        CellStyle bold = book.createCellStyle();
        Font font = book.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row head = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
          Cell cell = head.createCell(c);
          cell.setCellValue(headers.get(c));
          cell.setCellStyle(bold);
          sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, rows.size()), 0, headers.size() - 1));
        int r = 1;
        for (List<?> row : rows) {
          fill(sheet.createRow(r++), row);
        }
        about(book, bold, about, rows.size());
        book.write(out);
      } finally {
        book.dispose();
        book.close();
      }
    });
  }

  private static void about(SXSSFWorkbook book, CellStyle bold, About about, int rows) {
    Sheet sheet = book.createSheet(ABOUT);
    List<List<String>> lines = new java.util.ArrayList<>();
    lines.add(List.of("工具 tool", about.tool()));
    lines.add(List.of("生成时间 generated", java.time.ZonedDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString()));
    lines.add(List.of("命令 command", about.command()));
    lines.add(List.of("行数 rows", Integer.toString(rows)));
    lines.add(List.of("报告数 reports", Integer.toString(about.reports().size())));
    for (String id : about.reports()) {
      lines.add(List.of("报告 report (SHA-256)", id));
    }
    int r = 0;
    for (List<String> line : lines) {
      Row x = sheet.createRow(r++);
      Cell label = x.createCell(0);
      label.setCellValue(line.get(0));
      label.setCellStyle(bold);
      x.createCell(1).setCellValue(line.get(1));
    }
    sheet.setColumnWidth(0, 24 * 256);
    sheet.setColumnWidth(1, 72 * 256);
  }

  private static void fill(Row x, List<?> cells) {
    for (int c = 0; c < cells.size(); c++) {
      Object v = cells.get(c);
      if (v == null) {
        continue;
      }
      Cell cell = x.createCell(c);
      if (v instanceof BigDecimal d) {
        cell.setCellValue(d.doubleValue());
      } else if (v instanceof Number n) {
        cell.setCellValue(n.doubleValue());
      } else {
        cell.setCellValue(v.toString()); // a string cell: "=100%" stays text, never a formula
      }
    }
  }

  private static int[] widths(List<String> headers, List<? extends List<?>> rows) {
    int[] w = new int[headers.size()];
    for (int c = 0; c < w.length; c++) {
      w[c] = display(headers.get(c));
    }
    for (List<?> row : rows) {
      for (int c = 0; c < Math.min(w.length, row.size()); c++) {
        Object v = row.get(c);
        w[c] = Math.max(w[c], v == null ? 0 : display(v.toString()));
      }
    }
    for (int c = 0; c < w.length; c++) {
      w[c] = Math.min(MAX_WIDTH_CHARS, w[c] + 2);
    }
    return w;
  }

  /** Columns a text takes: CJK and full-width characters two, others one. */
  private static int display(String s) {
    return s.codePoints().map(cp -> cp >= 0x1100 && Character.isIdeographic(cp) || cp >= 0xFF00 && cp <= 0xFFEF ? 2 : 1).sum();
  }

  /** Excel forbids []:*?/\ in sheet names and caps them at 31 characters. */
  static String sheetName(String name) {
    String s = name.replaceAll("[\\[\\]:*?/\\\\]", "_").strip();
    if (s.isEmpty()) {
      s = "sheet";
    }
    return s.length() > 31 ? s.substring(0, 31) : s;
  }
}
