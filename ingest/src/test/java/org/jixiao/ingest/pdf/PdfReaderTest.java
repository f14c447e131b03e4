package org.jixiao.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.junit.jupiter.api.Test;

/** PdfReader on the sample PDFs, checked against the DOCX files they were exported from. */
class PdfReaderTest {

  @Test
  void indicatorTableOverSeveralPagesIsOneTableWithoutRepeatedHeaders() throws IOException {
    ParsedDocument doc = Samples.read(Samples.sample("002_", ".pdf"));
    assertEquals(7, doc.pageCount());
    assertEquals(2, doc.tables().size(), "budget/goal table and indicator table");
    TableGrid t = doc.tables().get(1);
    assertTrue(t.pageOfRow(t.rows() - 1) > t.page(), "the indicator table runs over pages " + t.page() + ".." + t.pageOfRow(t.rows() - 1));
    int level3 = columnOf(t, "三级指标");
    assertTrue(level3 >= 0, "header row has 三级指标");
    long headers = rowTexts(t, level3).stream().filter(s -> s.equals("三级指标")).count();
    assertEquals(1, headers, "the header row repeated on every page appears once");

    List<String> expected = new ArrayList<>();
    JsonNode gold = new ObjectMapper().readTree(Samples.gold().resolve("002_85bada5a1e1f1378.json").toFile());
    for (JsonNode row : gold.get("indicators")) {
      if (!row.get("level1").isNull()) { // the one row without level1 is the budget line of the first table
        expected.add(Samples.squash(row.get("level3").asText()));
      }
    }
    assertTrue(expected.size() >= 70, "gold indicator rows: " + expected.size());
    List<String> column = rowTexts(t, level3);
    int at = 0;
    for (String name : expected) {
      int found = column.subList(at, column.size()).indexOf(name);
      assertTrue(found >= 0, "gold level3 '" + name + "' in order in the 三级指标 column after row " + at);
      at += found + 1;
    }
  }

  @Test
  void mergedLevel1CellsSpanTheirRows() throws IOException {
    TableGrid t = Samples.read(Samples.sample("002_", ".pdf")).tables().get(1);
    int level1 = columnOf(t, "一级指标");
    List<GridCell> spanning = t.cells().stream().filter(c -> c.col() == level1 && c.rowSpan() > 1).toList();
    assertFalse(spanning.isEmpty(), "一级指标 cells spanning rows");
    assertTrue(spanning.stream().anyMatch(c -> c.text().equals("产出指标")), "产出指标 spans its rows: " + spanning);
  }

  @Test
  void singleNinePageTableMatchesTheDocxRows() throws IOException {
    ParsedDocument doc = Samples.read(Samples.sample("000_", ".pdf"));
    assertEquals(9, doc.pageCount());
    assertEquals(1, doc.tables().size());
    TableGrid t = doc.tables().get(0);
    assertEquals(66, t.rows());
    long merged = t.cells().stream().filter(c -> c.rowSpan() > 1 || c.colSpan() > 1).count();
    assertEquals(65, merged, "merged cells, as in the MANIFEST");
    assertRowsMatchDocx(t, Samples.docxTables(Samples.sample("000_", ".docx")).get(0));
  }

  @Test
  void everyTableOfEverySampleMatchesItsDocxTable() throws IOException {
    for (String stem : List.of("000_", "001_", "002_", "003_", "004_")) {
      ParsedDocument doc = Samples.read(Samples.sample(stem, ".pdf"));
      List<XWPFTable> docx = Samples.docxTables(Samples.sample(stem, ".docx"));
      assertEquals(docx.size(), doc.tables().size(), stem + " table count");
      for (int i = 0; i < docx.size(); i++) {
        assertRowsMatchDocx(doc.tables().get(i), docx.get(i));
      }
    }
  }

  @Test
  void paragraphsCarryPagesAndMatchTheDocxText() throws IOException {
    for (String stem : List.of("001_", "003_", "004_")) {
      ParsedDocument doc = Samples.read(Samples.sample(stem, ".pdf"));
      assertTrue(doc.paragraphs().size() > 50, stem + " paragraphs: " + doc.paragraphs().size());
      int lastPage = 1;
      for (var b : doc.blocks()) {
        assertTrue(b.page() != null && b.page() >= lastPage && b.page() <= doc.pageCount(), stem + " block " + b.index() + " page " + b.page());
        lastPage = b.page();
      }
      List<String> pdf = doc.paragraphs().stream().map(p -> Samples.squash(p.text())).toList();
      List<String> word = Samples.docxParagraphs(Samples.sample(stem, ".docx"));
      List<String> missing = word.stream().filter(w -> !pdf.contains(w)).toList();
      assertTrue(missing.size() <= 0.1 * word.size(), stem + ": " + missing.size() + " of " + word.size() + " DOCX paragraphs not found verbatim: " + missing);
      assertTrue(doc.paragraphs().stream().noneMatch(p -> new PageFurniture(List.of()).isPageNumberText(p.text())
          || PageFurniture.defaults().isPageNumberText(p.text())), stem + " has no page-number paragraphs");
    }
  }

  @Test
  void numbersWrappedInNarrowCellsReadWhole() throws IOException {
    // 003's budget table wraps 354.31 and 100.00% in its narrow 合计 columns
    TableGrid budget = Samples.read(Samples.sample("003_", ".pdf")).tables().stream()
        .filter(t -> t.cells().stream().anyMatch(c -> c.text().equals("预算完成率"))).findFirst().orElseThrow();
    List<String> cells = budget.cells().stream().map(GridCell::text).toList();
    assertTrue(cells.contains("354.31") && cells.contains("335.96") && cells.contains("100.00%"), cells.toString());
    for (Path pdf : Samples.pdfs()) {
      for (TableGrid t : Samples.read(pdf).tables()) {
        for (GridCell c : t.cells()) {
          String squashed = Samples.squash(c.text());
          if (squashed.matches("[-+]?\\d[\\d.,]*%?")) {
            assertEquals(squashed, c.text(), pdf.getFileName() + " numeric cell read whole");
          }
        }
      }
    }
  }

  @Test
  void cjkLinesAreJoinedWithoutSpaces() throws IOException {
    ParsedDocument doc = Samples.read(Samples.sample("004_", ".pdf"));
    String longest = doc.paragraphs().stream().map(p -> p.text()).max((a, b) -> Integer.compare(a.length(), b.length())).orElseThrow();
    assertTrue(longest.length() > 200, "a multi-line paragraph: " + longest.length());
    assertFalse(longest.contains("\n"), "wrapped lines are joined");
    assertFalse(longest.matches(".*\\p{IsHan} \\p{IsHan}.*"), "no space between wrapped CJK lines: " + longest);
  }

  /**
   * Same rows, same text in the same order, and each row's text the same as in the DOCX, except
   * where a merged cell whose text was cut by a page break stays two cells (a known gap: its text
   * is then split between two rows, so at most a few rows differ).
   */
  private static void assertRowsMatchDocx(TableGrid t, XWPFTable docx) {
    List<List<String>> rows = Samples.docxRows(docx);
    assertEquals(rows.size(), t.rows(), t + " rows");
    StringBuilder want = new StringBuilder();
    StringBuilder got = new StringBuilder();
    List<Integer> differ = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      want.append(Samples.docxRowKey(rows.get(r)));
      got.append(Samples.gridRowKey(t, r));
      if (!Samples.docxRowKey(rows.get(r)).equals(Samples.gridRowKey(t, r))) {
        differ.add(r);
      }
    }
    assertEquals(want.length(), got.length(), t + ": same amount of text");
    assertTrue(differ.size() <= Math.max(2, rows.size() / 20), t + " rows differing from the DOCX: " + differ);
  }

  private static int columnOf(TableGrid t, String header) {
    for (int c = 0; c < t.cols(); c++) {
      if (Samples.squash(t.text(0, c)).equals(header)) {
        return c;
      }
    }
    return -1;
  }

  private static List<String> rowTexts(TableGrid t, int col) {
    List<String> out = new ArrayList<>();
    for (int r = 0; r < t.rows(); r++) {
      out.add(Samples.squash(t.text(r, col)));
    }
    return out;
  }
}
