package org.jixiao.index;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Writes an {@link IndicatorComparison} as CSV (UTF-8 with a byte-order mark, so that Excel reads
 * the Chinese right; RFC 4180 quoting) or XLSX (numbers as numeric cells). Files are written to a
 * temporary sibling and moved into place, so a failed export leaves no half file.
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
    Path tmp = temp(file);
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      w.write('\uFEFF');
      w.write(csvLine(HEADERS));
      for (ComparisonRow r : comparison.rows()) {
        w.write(csvLine(cells(r).stream().map(c -> c == null ? "" : c.toString()).toList()));
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
  }

  public static void writeXlsx(IndicatorComparison comparison, Path file) throws IOException {
    Path tmp = temp(file);
    try (SXSSFWorkbook book = new SXSSFWorkbook(200);
        OutputStream out = Files.newOutputStream(tmp)) {
      Sheet sheet = book.createSheet(sheetName(comparison.indicator()));
      Row head = sheet.createRow(0);
      for (int c = 0; c < HEADERS.size(); c++) {
        head.createCell(c).setCellValue(HEADERS.get(c));
      }
      int r = 1;
      for (ComparisonRow row : comparison.rows()) {
        Row x = sheet.createRow(r++);
        List<@Nullable Object> cells = cells(row);
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
      book.write(out);
      book.dispose();
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
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

  static String csvLine(List<String> cells) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      String c = cells.get(i);
      if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
        sb.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(c);
      }
    }
    return sb.append("\r\n").toString();
  }

  /** Excel forbids []:*?/\ in sheet names and caps them at 31 characters. */
  private static String sheetName(String indicator) {
    String s = indicator.replaceAll("[\\[\\]:*?/\\\\]", "_").strip();
    if (s.isEmpty()) {
      s = "comparison";
    }
    return s.length() > 31 ? s.substring(0, 31) : s;
  }

  private static Path temp(Path file) throws IOException {
    Path abs = file.toAbsolutePath();
    Path dir = abs.getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    return Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
  }
}
