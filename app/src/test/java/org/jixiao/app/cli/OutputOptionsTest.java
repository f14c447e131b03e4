package org.jixiao.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jixiao.schema.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** -o FILE, --format and -q/-v: the same on every verb that outputs, over the samples' gold reports. */
class OutputOptionsTest extends CliRun {
  @TempDir Path tmp;
  Path index;

  @BeforeEach
  void indexGold() {
    index = tmp.resolve("idx");
    assertEquals(ExitCodes.OK, run("index", IndexVerbsTest.gold().toString(), "--index", index.toString()), err.toString());
  }

  @Test
  void theFormatFollowsTheFilesExtension() throws Exception {
    Path csv = tmp.resolve("hits.csv");
    assertEquals(ExitCodes.OK, run("search", "预算执行率", "--index", index.toString(), "-o", csv.toString()));
    assertEquals("", out.toString(), "the result went to the file");
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFF部门 department,省份 province,年度 year,一级指标 level1"), text);
    assertTrue(err.toString().contains("已写入 " + csv), err.toString());

    Path xlsx = tmp.resolve("stats.xlsx");
    assertEquals(ExitCodes.OK, run("stats", "--index", index.toString(), "-o", xlsx.toString()));
    try (var book = WorkbookFactory.create(xlsx.toFile(), null, true)) {
      Sheet sheet = book.getSheet("stats");
      assertEquals("维度 facet", sheet.getRow(0).getCell(0).getStringCellValue());
      assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, sheet.getRow(1).getCell(2).getCellType(), "a count is a number");
      assertTrue(book.getSheet("说明") != null, "the workbook says where it comes from");
    }
  }

  @Test
  void jsonLinesGiveOneValueALine() throws Exception {
    assertEquals(ExitCodes.OK, run("compare", "预算执行率", "--index", index.toString(), "--format", "jsonl"));
    List<String> lines = out.toString().lines().toList();
    assertFalse(lines.isEmpty());
    for (String line : lines) {
      JsonNode row = Json.mapper().readTree(line);
      assertTrue(row.has("reportId") && row.has("department"), line);
    }
    assertEquals(ExitCodes.OK, run("compare", "预算执行率", "--index", index.toString(), "--json"));
    assertEquals(lines.size(), Json.mapper().readTree(out.toString()).get("rows").size(), "the same rows as one JSON value");
  }

  @Test
  void formatsAVerbCannotWriteAreUsageErrors() {
    assertEquals(ExitCodes.USAGE, run("search", "x", "--index", index.toString(), "--format", "xlsx"));
    assertTrue(err.toString().contains("an Excel workbook needs a file"), err.toString());
    assertEquals(ExitCodes.USAGE, run("search", "x", "--index", index.toString(), "--json", "--csv", tmp.resolve("a.csv").toString()));
    assertTrue(err.toString().contains("give one of --json, --csv FILE, --xlsx FILE"), err.toString());
    assertEquals(ExitCodes.USAGE, run("search", "x", "--index", index.toString(), "--format", "yaml"));
    assertEquals(ExitCodes.USAGE, run("inspect", "../corpus-samples/004_f903e5746c6a8cdf.docx", "--format", "csv"));
    assertTrue(err.toString().contains("--format csv is not offered here; one of table, json, jsonl"), err.toString());
    assertEquals(ExitCodes.USAGE, run("stats", "--index", index.toString(), "-q", "-v"));
  }

  @Test
  void formatNamesAreCaseInsensitive() {
    assertEquals(ExitCodes.OK, run("stats", "--index", index.toString(), "--format", "JSON"));
    assertTrue(out.toString().startsWith("{"), out.toString());
  }

  @Test
  void extractWritesIndicatorRowsForASpreadsheetAndQuietDropsItsStatusLines() throws Exception {
    Path csv = tmp.resolve("rows.csv");
    assertEquals(ExitCodes.OK, run("extract", "../corpus-samples/004_f903e5746c6a8cdf.docx", "-q", "--csv", csv.toString()));
    assertEquals("", err.toString(), "-q: no status line, no note of the file written");
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertTrue(lines.get(0).contains("三级指标 level3") && lines.get(0).contains("位置 location"), lines.get(0));
    assertTrue(lines.size() > 20, "one line per indicator row: " + lines.size());
    assertTrue(lines.get(1).matches(".*,(第\\d+–\\d+字|.*表\\d+ 第\\d+行第\\d+列)$"), "each row says where it was read: " + lines.get(1));
    assertEquals(ExitCodes.OK, run("extract", "../corpus-samples/004_f903e5746c6a8cdf.docx"));
    assertTrue(out.toString().startsWith("["), "JSON stays extract's default");
  }
}
