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
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jixiao.schema.Json;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Renders the held-out DOCX and XLSX reports from the line specs that
 * {@code corpus-heldout/src/heldout.py} writes ({@code corpus-heldout/src/specs/*.spec.json}). Not a test:
 * it runs only when asked, once, and its outputs are committed:
 * {@code ./mvnw -q -o -pl extract test -Dtest=HeldoutGenerator -Djixiao.heldout.generate=true -Dsurefire.failIfNoSpecifiedTests=false}.
 * Merges are written the way Word and Excel write them: gridSpan + vMerge in DOCX, merged regions in XLSX.
 *
 * <p>Round 2 adds: {@code -Djixiao.heldout.only=REGEX} (render only the outputs whose name matches, so the
 * committed round-1 files are not rewritten), XLS (HSSF), and PDF / DOC outputs, which are rendered as a DOCX
 * under {@code extract/target/heldout-docx/} and converted by LibreOffice
 * ({@code soffice --headless --convert-to}); LibreOffice and a CJK font are needed only to regenerate them.
 * A spec that starts with {@code ["PAGE", "A4" | "A4L"]} gets a page size, 宋体 runs, fixed column widths
 * ({@code ["CW", w...]} after {@code T}) and repeated header rows ({@code ["HR", n]}), as a typed report has.
 */
class HeldoutGenerator {
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+\\.\\d{2}");
  private static final Pattern PERCENT = Pattern.compile("-?\\d+(?:\\.(\\d+))?%");

  @Test
  void generate() throws IOException {
    Assumptions.assumeTrue(Boolean.getBoolean("jixiao.heldout.generate"), "set -Djixiao.heldout.generate=true");
    Path dir = Path.of(System.getProperty("jixiao.samples")).resolveSibling("corpus-heldout");
    Pattern only = Pattern.compile(System.getProperty("jixiao.heldout.only", ".*"));
    try (Stream<Path> specs = Files.list(dir.resolve("src/specs"))) {
      for (Path spec : specs.sorted().toList()) {
        String name = spec.getFileName().toString().replace(".spec.json", "");
        if (!only.matcher(name).matches()) {
          continue;
        }
        List<String[]> lines = List.of(Json.mapper().readValue(Files.readString(spec, StandardCharsets.UTF_8),
            String[][].class));
        Path out = dir.resolve(name);
        if (name.endsWith(".docx")) {
          docx(lines, out);
        } else if (name.endsWith(".xlsx")) {
          xlsx(lines, out, new XSSFWorkbook());
        } else if (name.endsWith(".xls")) {
          xlsx(lines, out, new HSSFWorkbook());
        } else {
          converted(lines, dir, name);
        }
      }
    }
  }

  private record Grid(List<String[]> rows, List<int[]> merges, List<Integer> widths, int[] headerRows) {}

  /** Text width of the page in twips (A4 less 2 cm margins), or 0 for an unstyled round-1 document. */
  private static int[] textWidth = {0};

  private static void docx(List<String[]> lines, Path out) throws IOException {
    textWidth[0] = 0;
    try (XWPFDocument doc = new XWPFDocument()) {
      Grid grid = null;
      for (String[] l : lines) {
        switch (l[0]) {
          case "PAGE" -> page(doc, l[1].equals("A4L"));
          case "P" -> paragraph(doc, l[1], false);
          case "PT" -> paragraph(doc, l[1], true);
          case "PB" -> doc.createParagraph().createRun().addBreak(BreakType.PAGE);
          case "T" -> grid = new Grid(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new int[1]);
          case "CW" -> Arrays.stream(l, 1, l.length).map(Integer::valueOf).forEach(grid.widths()::add);
          case "HR" -> grid.headerRows()[0] = Integer.parseInt(l[1]);
          case "R" -> grid.rows().add(Arrays.copyOfRange(l, 1, l.length));
          case "M" -> grid.merges().add(Arrays.stream(l, 1, 5).mapToInt(Integer::parseInt).toArray());
          case "ET" -> table(doc, grid);
          default -> throw new IllegalArgumentException("spec line " + String.join("|", l));
        }
      }
      write(doc::write, out);
    }
  }

  private static void page(XWPFDocument doc, boolean landscape) {
    CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
        : doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.addNewPgSz();
    size.setW(BigInteger.valueOf(landscape ? 16838 : 11906));
    size.setH(BigInteger.valueOf(landscape ? 11906 : 16838));
    if (landscape) {
      size.setOrient(STPageOrientation.LANDSCAPE);
    }
    CTPageMar mar = sect.addNewPgMar();
    for (var side : List.<java.util.function.Consumer<BigInteger>>of(mar::setTop, mar::setBottom, mar::setLeft,
        mar::setRight)) {
      side.accept(BigInteger.valueOf(1134));
    }
    textWidth[0] = (landscape ? 16838 : 11906) - 2 * 1134;
  }

  private static void paragraph(XWPFDocument doc, String text, boolean title) {
    XWPFParagraph p = doc.createParagraph();
    if (textWidth[0] == 0) {
      p.createRun().setText(text);
      return;
    }
    if (title) {
      p.setAlignment(ParagraphAlignment.CENTER);
    }
    styled(p.createRun(), title ? 16 : 12, title).setText(text);
  }

  private static XWPFRun styled(XWPFRun run, double size, boolean bold) {
    run.setFontFamily("宋体", XWPFRun.FontCharRange.eastAsia);
    run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
    run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.hAnsi);
    run.setFontSize(size);
    run.setBold(bold);
    return run;
  }

  /** One Word table: a merged region is one cell with gridSpan, continued below by vMerge cells. */
  private static void table(XWPFDocument doc, Grid g) {
    int width = g.rows().get(0).length;
    XWPFTable t = doc.createTable();
    t.removeRow(0);
    int[] twips = columnTwips(t, g, width);
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
        String text = origin ? g.rows().get(r)[c] : "";
        if (twips == null) {
          cell.setText(text);
        } else {
          int w = 0;
          for (int k = c; k < c + span; k++) {
            w += twips[k];
          }
          cell.setWidth(String.valueOf(w));
          styled(cell.getParagraphs().get(0).createRun(), 9, r < g.headerRows()[0]).setText(text);
        }
        c += span;
      }
      if (r < g.headerRows()[0]) {
        row.setRepeatHeader(true);
      }
    }
  }

  /** Fixed column widths in twips from the spec's relative widths (styled documents only). */
  private static int[] columnTwips(XWPFTable t, Grid g, int width) {
    if (textWidth[0] == 0) {
      return null;
    }
    List<Integer> rel = g.widths().isEmpty() ? java.util.Collections.nCopies(width, 1) : g.widths();
    int sum = rel.stream().mapToInt(Integer::intValue).sum();
    int[] twips = rel.stream().mapToInt(w -> textWidth[0] * w / sum).toArray();
    var pr = t.getCTTbl().getTblPr();
    pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
    var tw = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
    tw.setType(STTblWidth.DXA);
    tw.setW(BigInteger.valueOf(Arrays.stream(twips).sum()));
    CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int w : twips) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
    return twips;
  }

  /**
   * PDF and DOC outputs: the spec is rendered as a DOCX, then LibreOffice converts it, as a report typed in
   * Word and saved as PDF or as Word 97 is published.
   */
  private static void converted(List<String[]> lines, Path dir, String name) throws IOException {
    int dot = name.lastIndexOf('.');
    String stem = name.substring(0, dot);
    String ext = name.substring(dot + 1);
    Path work = Path.of("target", "heldout-docx");
    Files.createDirectories(work);
    Path docx = work.resolve(stem + ".docx");
    docx(lines, docx);
    String filter = ext.equals("doc") ? "doc:MS Word 97" : "pdf:writer_pdf_Export";
    Process p = new ProcessBuilder("soffice", "--headless", "--convert-to", filter, "--outdir",
        work.toAbsolutePath().toString(), docx.toAbsolutePath().toString()).inheritIO().start();
    try {
      if (p.waitFor() != 0) {
        throw new IOException("soffice failed on " + docx);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    Files.copy(work.resolve(name), dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private static int[] mergeAt(List<int[]> merges, int r, int c) {
    for (int[] m : merges) {
      if (m[0] <= r && r <= m[2] && m[1] == c) {
        return m;
      }
    }
    return null;
  }

  private static void xlsx(List<String[]> lines, Path out, Workbook book) throws IOException {
    try (Workbook wb = book) {
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
