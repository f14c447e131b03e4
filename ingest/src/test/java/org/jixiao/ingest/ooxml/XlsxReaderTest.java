package org.jixiao.ingest.ooxml;

import static org.jixiao.ingest.office.OfficeSamples.gridTexts;
import static org.jixiao.ingest.office.OfficeSamples.goldLevel3;
import static org.jixiao.ingest.office.OfficeSamples.missingInOrder;
import static org.jixiao.ingest.office.OfficeSamples.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.Paragraph;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XlsxReaderTest {
  @TempDir Path dir;

  private static ParsedDocument read(Path file) throws Exception {
    return new XlsxReader().read(file, DocFormat.XLSX, Limits.defaults());
  }

  @Test
  void goalGroupedSheetShowsCellsAsDisplayed() throws Exception {
    ParsedDocument doc = read(sample("002_85bada5a1e1f1378.xlsx"));
    assertEquals(List.of("整体支出绩效自评表", "(2022年度)"), doc.paragraphs().stream().map(Paragraph::text).toList(), "the merged title rows");
    assertEquals(1, doc.tables().size());
    TableGrid t = doc.tables().getFirst();
    assertEquals(94, t.rows(), "96 sheet rows less the 2 title rows");
    assertEquals(9, t.cols());
    assertEquals(85, t.cells().stream().filter(c -> c.rowSpan() > 1 || c.colSpan() > 1).count(), "87 merged regions less the 2 titles");
    assertTrue(t.rowTexts(2).contains("87.3%"), t.rowTexts(2).toString());
    assertTrue(t.rowTexts(2).contains("22230.8"));
  }

  @Test
  void selfEvaluationSheet() throws Exception {
    TableGrid t = read(sample("000_0ace20d031349de2.xlsx")).tables().getFirst();
    assertEquals(66, t.rows());
    assertEquals(65, t.cells().stream().filter(c -> c.rowSpan() > 1 || c.colSpan() > 1).count());
  }

  @ParameterizedTest
  @ValueSource(strings = {"000_0ace20d031349de2", "002_85bada5a1e1f1378"})
  void goldIndicatorNamesAppearInOrder(String stem) throws Exception {
    assertEquals(List.of(), missingInOrder(goldLevel3(stem), gridTexts(read(sample(stem + ".xlsx")))));
  }

  /** A sheet as an office writes it: a merged title, a note, a table off the corner, formulas and formats. */
  static void fillCrafted(Workbook wb) {
    Sheet s = wb.createSheet("自评表");
    CellStyle pct = wb.createCellStyle();
    pct.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
    CellStyle date = wb.createCellStyle();
    date.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
    s.createRow(1).createCell(1).setCellValue("部门整体支出绩效自评表");
    s.addMergedRegion(new CellRangeAddress(1, 1, 1, 4));
    s.createRow(2).createCell(4).setCellValue("单位：万元");
    Row h = s.createRow(3);
    String[] head = {"指标", "预算数", "执行数", "执行率"};
    for (int i = 0; i < head.length; i++) {
      h.createCell(1 + i).setCellValue(head[i]);
    }
    Row v = s.createRow(4);
    v.createCell(1).setCellValue("合计");
    v.createCell(2).setCellValue(22681.6);
    v.createCell(3).setCellValue(19792.2);
    v.createCell(4).setCellFormula("D5/C5");
    v.getCell(4).setCellStyle(pct);
    Row d = s.createRow(5);
    d.createCell(1).setCellValue("评价日期");
    d.createCell(2).setCellValue(LocalDate.of(2023, 3, 31));
    d.getCell(2).setCellStyle(date);
    s.addMergedRegion(new CellRangeAddress(5, 5, 2, 4));
    s.createRow(40).createCell(20); // a blank, styled cell far away must not widen the table
    wb.createSheet("隐藏").createRow(0).createCell(0).setCellValue("x");
    wb.setSheetHidden(1, true);
  }

  @Test
  void craftedSheetTitlesTrimmingFormulasAndDates() throws Exception {
    Path file = dir.resolve("testDisplayed.xlsx");
    try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      fillCrafted(wb);
      wb.write(out);
    }
    ParsedDocument doc = read(file);
    assertEquals(List.of("部门整体支出绩效自评表", "单位：万元"), doc.paragraphs().stream().map(Paragraph::text).toList());
    TableGrid t = doc.tables().getFirst();
    assertEquals(3, t.rows());
    assertEquals(4, t.cols());
    assertEquals(List.of("合计", "22681.6", "19792.2", "87.3%"), t.rowTexts(1), "formula evaluated and shown as formatted");
    assertEquals(new GridCell(2, 1, 1, 3, "2023年3月31日", null), t.cellAt(2, 3));
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.HIDDEN_SHEET_SKIPPED));
  }

  @Test
  void hiddenRowsAndColumnsAreNotReadAndAPercentPrintedAsTextIsNotMultiplied() throws Exception {
    // h236 hides last year's columns and two dropped indicators' rows; h238 (a WPS save) stores 95.3 under 0.00"%"
    Path file = dir.resolve("testHidden.xlsx");
    try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet s = wb.createSheet("自评表");
      String[][] rows = {{"指标", "上年得分", "分值", "得分"}, {"甲", "9", "10", "9.5"}, {"已删除指标", "5", "5", "5"}, {"乙", "8", "10", "10"}};
      for (int r = 0; r < rows.length; r++) {
        Row row = s.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      s.getRow(2).setZeroHeight(true);
      s.setColumnHidden(1, true);
      Row rates = s.createRow(4);
      rates.createCell(0).setCellValue("执行率");
      CellStyle literal = wb.createCellStyle();
      literal.setDataFormat(wb.createDataFormat().getFormat("0.00\"%\""));
      CellStyle escaped = wb.createCellStyle();
      escaped.setDataFormat(wb.createDataFormat().getFormat("0.0\\%"));
      CellStyle percent = wb.createCellStyle();
      percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
      double[] values = {95.3, 88.4, 0.953};
      CellStyle[] styles = {literal, escaped, percent};
      for (int c = 0; c < 3; c++) {
        rates.createCell(c + 2).setCellValue(values[c]);
        rates.getCell(c + 2).setCellStyle(styles[c]);
      }
      wb.write(out);
    }
    ParsedDocument doc = read(file);
    String all = String.join("|", gridTexts(doc));
    assertTrue(!all.contains("已删除指标") && !all.contains("上年得分"), all);
    assertTrue(all.endsWith("执行率||95.30%|88.4%|95.30%"), "0.00\"%\" and 0.0\\% show 95.3 and 88.4 as printed (not 9530.00%), 0.00% still scales 0.953: " + all);
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.HIDDEN_CELLS_SKIPPED
        && w.message().contains("7 value(s)")), doc.warnings().toString());
  }

  @Test
  void aFormulaReadsAsTheResultTheFileStoresAndAStaleOneIsSaid() throws Exception {
    // h201: 合计 =SUM(…) stores 97.67 while its rows now add to 96.17: the published figure is read, and said stale
    Path file = dir.resolve("testStale.xlsx");
    try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet s = wb.createSheet("自评表");
      String[][] rows = {{"指标", "分值", "得分"}, {"甲", "50", "48.5"}, {"乙", "50", "47.67"}};
      for (int r = 0; r < rows.length; r++) {
        Row row = s.createRow(r);
        for (int c = 0; c < 3; c++) {
          if (r == 0 || c == 0) {
            row.createCell(c).setCellValue(rows[r][c]);
          } else {
            row.createCell(c).setCellValue(Double.parseDouble(rows[r][c]));
          }
        }
      }
      Row total = s.createRow(3);
      total.createCell(0).setCellValue("合计");
      total.createCell(1).setCellFormula("SUM(B2:B3)"); // stored without a result, as a library writes it
      total.createCell(2).setCellFormula("SUM(C2:C3)");
      total.getCell(2).setCellValue(97.67); // the result stored before 乙 went from 49.17 to 47.67
      wb.write(out);
    }
    ParsedDocument doc = read(file);
    assertEquals(List.of("合计", "100", "97.67"), doc.tables().getFirst().rowTexts(3));
    var stale = doc.warnings().stream().filter(w -> w.code() == WarningCode.FORMULA_STALE_RESULT).toList();
    assertEquals(1, stale.size(), doc.warnings().toString());
    assertTrue(stale.getFirst().message().contains("C4 stores 97.67, computes 96.17"), stale.getFirst().message());
  }

  @Test
  void sheetOverTheCellLimitIsTooLarge() throws Exception {
    Path file = dir.resolve("testWide.xlsx");
    try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet s = wb.createSheet();
      s.createRow(0).createCell(0).setCellValue("a");
      s.createRow(999).createCell(99).setCellValue("b");
      wb.write(out);
    }
    Limits small = new Limits(1 << 20, 10, 5_000, 100_000, Duration.ofSeconds(30));
    IngestException e = assertThrows(IngestException.class, () -> new XlsxReader().read(file, DocFormat.XLSX, small));
    assertEquals(FailureKind.TOO_LARGE, e.kind());
  }
}
