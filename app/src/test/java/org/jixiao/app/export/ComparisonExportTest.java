package org.jixiao.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.search.Filters;
import org.jixiao.search.compare.IndicatorComparison;
import org.jixiao.index.ReportIndex;
import org.jixiao.index.ReportSearcher;
import org.jixiao.schema.Json;
import org.jixiao.schema.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 预算执行率 compared over the gold reports, written as CSV and XLSX. */
class ComparisonExportTest {
  @TempDir static Path dir;
  static IndicatorComparison comparison;

  @BeforeAll
  static void compareGold() throws IOException {
    Path gold = Path.of(System.getProperty("jixiao.gold", "../corpus-samples/gold"));
    try (ReportIndex index = ReportIndex.open(dir.resolve("index")); Stream<Path> files = Files.list(gold)) {
      for (Path p : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        index.add(Json.read(p, Report.class));
      }
    }
    try (ReportSearcher s = ReportSearcher.open(dir.resolve("index"))) {
      comparison = s.compare("预算执行率", Filters.none());
    }
    assertEquals(2, comparison.rows().size(), "000 and 003 state 预算执行率");
  }

  @Test
  void csvHasABomAHeaderAndOneLinePerRow() throws IOException {
    Path csv = dir.resolve("out/c.csv");
    ComparisonExport.writeCsv(comparison, csv);
    byte[] bytes = Files.readAllBytes(csv);
    assertEquals((byte) 0xEF, bytes[0]);
    List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
    assertEquals(comparison.rows().size() + 1, lines.size());
    assertTrue(lines.get(0).startsWith("部门 department,"));
    assertTrue(lines.get(1).contains(comparison.rows().get(0).department()));
    assertEquals(List.of(csv), list(csv.getParent()), "no temporary file left beside it");
  }

  @Test
  void xlsxHasNumbersAsNumericCells() throws IOException {
    Path xlsx = dir.resolve("c.xlsx");
    ComparisonExport.writeXlsx(comparison, xlsx, "jixiao 0.1.0", "jixiao compare 预算执行率 --xlsx c.xlsx");
    try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
      var sheet = book.getSheetAt(0);
      assertEquals("预算执行率", sheet.getSheetName());
      assertEquals(comparison.rows().size(), sheet.getLastRowNum());
      assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(7).getCellType());
      assertEquals(comparison.rows().get(0).weight().doubleValue(), sheet.getRow(1).getCell(7).getNumericCellValue());
      var about = book.getSheet("说明");
      assertEquals("jixiao 0.1.0", about.getRow(0).getCell(1).getStringCellValue(), "the export names its maker");
      assertEquals("jixiao compare 预算执行率 --xlsx c.xlsx", about.getRow(2).getCell(1).getStringCellValue());
      long ids = comparison.rows().stream().map(r -> r.reportId()).distinct().count();
      assertEquals(Long.toString(ids), about.getRow(4).getCell(1).getStringCellValue());
      assertEquals(comparison.rows().get(0).reportId(), about.getRow(5).getCell(1).getStringCellValue(), "and the reports it read");
    }
  }

  private static List<Path> list(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.toList();
    }
  }
}
