package org.jixiao.extract.heldout;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jixiao.schema.Json;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Renders the held-out DOCX and XLSX reports from the line specs that
 * {@code corpus-heldout/src/heldout.py} writes ({@code corpus-heldout/src/specs/*.spec.json}). Not a test:
 * it runs only when asked, once, and its outputs are committed:
 * {@code ./mvnw -q -o -pl extract test -Dtest=HeldoutGenerator -Djixiao.heldout.generate=true -Dsurefire.failIfNoSpecifiedTests=false}.
 * Merges are written the way Word and Excel write them: gridSpan + vMerge in DOCX, merged regions in XLSX.
 */
class HeldoutGenerator {
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+\\.\\d{2}");
  private static final Pattern PERCENT = Pattern.compile("-?\\d+(?:\\.(\\d+))?%");

  @Test
  void generate() throws IOException {
    Assumptions.assumeTrue(Boolean.getBoolean("jixiao.heldout.generate"), "set -Djixiao.heldout.generate=true");
    Path dir = Path.of(System.getProperty("jixiao.samples")).resolveSibling("corpus-heldout");
    try (Stream<Path> specs = Files.list(dir.resolve("src/specs"))) {
      for (Path spec : specs.sorted().toList()) {
        String name = spec.getFileName().toString().replace(".spec.json", "");
        List<String[]> lines = List.of(Json.mapper().readValue(Files.readString(spec, StandardCharsets.UTF_8),
            String[][].class));
        Path out = dir.resolve(name);
        if (name.endsWith(".docx")) {
          docx(lines, out);
        } else {
          xlsx(lines, out);
        }
      }
    }
  }

  private record Grid(List<String[]> rows, List<int[]> merges) {}

  private static void docx(List<String[]> lines, Path out) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      Grid grid = null;
      for (String[] l : lines) {
        switch (l[0]) {
          case "P" -> doc.createParagraph().createRun().setText(l[1]);
          case "PB" -> doc.createParagraph().createRun().addBreak(BreakType.PAGE);
          case "T" -> grid = new Grid(new ArrayList<>(), new ArrayList<>());
          case "R" -> grid.rows().add(Arrays.copyOfRange(l, 1, l.length));
          case "M" -> grid.merges().add(Arrays.stream(l, 1, 5).mapToInt(Integer::parseInt).toArray());
          case "ET" -> table(doc, grid);
          default -> throw new IllegalArgumentException("spec line " + String.join("|", l));
        }
      }
      write(doc::write, out);
    }
  }

  /** One Word table: a merged region is one cell with gridSpan, continued below by vMerge cells. */
  private static void table(XWPFDocument doc, Grid g) {
    int width = g.rows().get(0).length;
    XWPFTable t = doc.createTable();
    t.removeRow(0);
    for (int r = 0; r < g.rows().size(); r++) {
      XWPFTableRow row = t.createRow();
      while (!row.getTableCells().isEmpty()) {
        row.removeCell(0);
      }
      for (int c = 0; c < width; ) {
        int[] m = mergeAt(g.merges(), r, c);
        int span = m == null ? 1 : m[3] - m[1] + 1;
        XWPFTableCell cell = row.addNewTableCell();
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        if (span > 1) {
          pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
        }
        if (m != null && m[2] > m[0]) {
          if (r == m[0]) {
            pr.addNewVMerge().setVal(STMerge.RESTART);
          } else {
            pr.addNewVMerge();
          }
        }
        boolean origin = m == null || (m[0] == r && m[1] == c);
        cell.setText(origin ? g.rows().get(r)[c] : "");
        c += span;
      }
    }
  }

  private static int[] mergeAt(List<int[]> merges, int r, int c) {
    for (int[] m : merges) {
      if (m[0] <= r && r <= m[2] && m[1] == c) {
        return m;
      }
    }
    return null;
  }

  private static void xlsx(List<String[]> lines, Path out) throws IOException {
    try (Workbook wb = new XSSFWorkbook()) {
      DataFormat fmt = wb.createDataFormat();
      Sheet sheet = null;
      int r = 0;
      for (String[] l : lines) {
        switch (l[0]) {
          case "S" -> {
            sheet = wb.createSheet(l[1]);
            r = 0;
          }
          case "R" -> {
            var row = sheet.createRow(r++);
            for (int c = 1; c < l.length; c++) {
              cell(wb, fmt, row.createCell(c - 1), l[c]);
            }
          }
          case "M" -> sheet.addMergedRegion(new CellRangeAddress(Integer.parseInt(l[1]), Integer.parseInt(l[3]),
              Integer.parseInt(l[2]), Integer.parseInt(l[4])));
          default -> throw new IllegalArgumentException("spec line " + String.join("|", l));
        }
      }
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll(); // cache formula results, as Excel does on save
      write(wb::write, out);
    }
  }

  /**
   * As Excel stores what a person types: numbers as numbers, "95.39%" as 0.9539 formatted 0.00%,
   * "186,420,000.00" as a number formatted #,##0.00, "=SUM(…)" as a formula.
   */
  private static void cell(Workbook wb, DataFormat fmt, Cell cell, String text) {
    Matcher p = PERCENT.matcher(text);
    if (text.startsWith("=SUM(")) {
      cell.setCellFormula(text.substring(1));
    } else if (NUMBER.matcher(text).matches()) {
      cell.setCellValue(Double.parseDouble(text));
    } else if (GROUPED.matcher(text).matches()) {
      cell.setCellValue(Double.parseDouble(text.replace(",", "")));
      CellStyle style = wb.createCellStyle();
      style.setDataFormat(fmt.getFormat("#,##0.00"));
      cell.setCellStyle(style);
    } else if (p.matches()) {
      cell.setCellValue(Double.parseDouble(text.substring(0, text.length() - 1)) / 100);
      int decimals = p.group(1) == null ? 0 : p.group(1).length();
      CellStyle style = wb.createCellStyle();
      style.setDataFormat(fmt.getFormat(decimals == 0 ? "0%" : "0." + "0".repeat(decimals) + "%"));
      cell.setCellStyle(style);
    } else if (!text.isEmpty()) {
      cell.setCellValue(text);
    }
  }

  private interface Writer {
    void write(OutputStream out) throws IOException;
  }

  private static void write(Writer w, Path out) throws IOException {
    try (OutputStream os = Files.newOutputStream(out)) {
      w.write(os);
    }
  }
}
