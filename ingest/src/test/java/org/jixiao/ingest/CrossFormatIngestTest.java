package org.jixiao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same report in every format, through the one entry point with every installed reader: the
 * 三级指标 rows come out as the same sequence, merged 一级指标 cells keep their span, and a PDF
 * table that runs over several pages is one grid, and a PDF or DOC has the grids of the DOCX it
 * was exported from, the 28-table report's included. Rows are picked by the gold level3 names, so
 * nothing here depends on one sample's layout.
 */
class CrossFormatIngestTest {
  private static final String LEVEL3_HEADER = "三级指标";
  private static final String LEVEL1_HEADER = "一级指标";
  private static final String GOAL_GROUP = "绩效目标";
  /** The 28-table report (a third-party evaluation with numbered tables 表 1-1 … 表 4-2). */
  private static final String MANY_TABLES = "003_9702beb4dfdda539";
  /**
   * Cells ("table/row/col", as in the DOCX) of a PDF or DOC known to differ from its DOCX, and why;
   * {@link #pdfAndDocGiveTheGridsOfTheirDocx} compares every other cell.
   */
  private static final Map<String, Set<String>> GRID_GAPS = Map.of(
      // the PDF splits the merged 年末结转和结余 (two rows) into 年末结转和结 and 余, one row each
      "001_2d77b94fcc42edf7.pdf", Set.of("0/20/2", "0/21/2"));
  private static final Map<String, ParsedDocument> READ = new ConcurrentHashMap<>();
  private static DocumentIngestor ingestor;

  @BeforeAll
  static void open() {
    ingestor = DocumentIngestor.withDefaultReaders(Limits.defaults());
  }

  @AfterAll
  static void close() {
    ingestor.close();
  }

  private static ParsedDocument read(String stem, String ext) {
    return READ.computeIfAbsent(stem + "." + ext, name -> {
      IngestOutcome o = ingestor.ingest(Samples.file(name));
      return assertInstanceOf(IngestOutcome.Parsed.class, o, () -> "not read: " + o).document();
    });
  }

  /** A gold name as cells are compared: NFKC, no white space, without a leading code such as "A11". */
  private static String key(String s) {
    return Samples.norm(s).replaceFirst("^[A-Z]\\d*", "");
  }

  private static Set<String> goldKeys(String stem) throws IOException {
    Set<String> keys = new HashSet<>();
    for (String name : Samples.goldLevel3(stem)) {
      keys.add(key(name));
    }
    return keys;
  }

  /** The gold names in the 三级指标 column, below each header row naming that column, table by table. */
  static List<String> level3Column(List<TableGrid> tables, Set<String> gold) {
    List<String> out = new ArrayList<>();
    for (TableGrid t : tables) {
      int col = -1;
      for (int r = 0; r < t.rows(); r++) {
        int header = columnOf(t, r, LEVEL3_HEADER);
        if (header >= 0) {
          col = header; // a later header (a second table in the same grid) may move the column
        } else if (col >= 0 && gold.contains(key(t.text(r, col)))) {
          out.add(key(t.text(r, col)));
        }
      }
    }
    return out;
  }

  /** The gold names anywhere in a row, row by row: what a text grid keeps when its columns shift. */
  static List<String> level3Rows(ParsedDocument doc, Set<String> gold) {
    List<String> out = new ArrayList<>();
    for (TableGrid t : doc.tables()) {
      for (int r = 0; r < t.rows(); r++) {
        for (int c = 0; c < t.cols(); c++) {
          if (t.isOrigin(r, c) && gold.contains(key(t.text(r, c)))) {
            out.add(key(t.text(r, c)));
          }
        }
      }
    }
    return out;
  }

  /** The column of the origin cell in row {@code r} whose whole text is {@code header}, or -1. */
  private static int columnOf(TableGrid t, int r, String header) {
    for (int c = 0; c < t.cols(); c++) {
      if (t.isOrigin(r, c) && Samples.norm(t.text(r, c)).equals(header)) {
        return c;
      }
    }
    return -1;
  }

  private static int count(TableGrid t, String text) {
    return (int) t.cells().stream().filter(c -> Samples.norm(c.text()).equals(text)).count();
  }

  static Stream<Arguments> reports() {
    return Stream.of(
        Arguments.of("000_0ace20d031349de2", List.of("docx", "pdf", "xlsx", "txt")),
        Arguments.of("002_85bada5a1e1f1378", List.of("docx", "pdf", "xlsx", "html", "txt")),
        Arguments.of("001_2d77b94fcc42edf7", List.of("docx", "pdf", "txt")),
        Arguments.of(MANY_TABLES, List.of("docx", "pdf", "txt")));
  }

  /**
   * Grid formats must agree on the 三级指标 column itself. Plain text is compared row by row: its
   * grids are rebuilt from spacing, and where the published text moved a cell a column over (002)
   * or a page break split a table without repeating its header (000), the column is lost while the
   * row and its order are not.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void level3RowsComeInTheSameOrderInEveryFormat(String stem, List<String> formats) throws IOException {
    Set<String> gold = goldKeys(stem);
    String reference = formats.getFirst();
    List<String> byColumn = level3Column(read(stem, reference).tables(), gold);
    List<String> byRow = level3Rows(read(stem, reference), gold);
    Set<String> found = new TreeSet<>(byColumn);
    System.out.printf("%s: %d rows by 三级指标 column (%d of %d gold names), %d by row%n", stem, byColumn.size(), found.size(), gold.size(), byRow.size());
    assertTrue(found.size() >= gold.size() * 9 / 10, () -> stem + " finds only " + found.size() + " of " + gold.size() + " gold names: " + found);
    for (String ext : formats) {
      ParsedDocument doc = read(stem, ext);
      if (!ext.equals("txt")) {
        assertEquals(byColumn, level3Column(doc.tables(), gold), stem + "." + ext + " 三级指标 column against " + reference);
      }
      assertEquals(byRow, level3Rows(doc, gold), stem + "." + ext + " rows against " + reference);
    }
  }

  /** Every PDF and DOC sample that has a DOCX: each was exported from that DOCX. */
  static List<String> pagedRenderings() throws IOException {
    try (Stream<Path> files = Files.list(Samples.dir())) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf") || n.endsWith(".doc"))
          .filter(n -> Files.isRegularFile(Samples.dir().resolve(stem(n) + ".docx"))).sorted().toList();
    }
  }

  /**
   * A PDF or DOC has the tables of the DOCX it was exported from: as many, the same size, and the
   * same origin cells with the same spans and (NFKC, white space aside) the same text. For the
   * 28-table report this holds table by table. Page numbers are provenance and are not compared.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("pagedRenderings")
  void pdfAndDocGiveTheGridsOfTheirDocx(String file) {
    String stem = stem(file);
    List<TableGrid> docx = read(stem, "docx").tables();
    List<TableGrid> other = read(stem, file.substring(stem.length() + 1)).tables();
    Set<String> gaps = GRID_GAPS.getOrDefault(file, Set.of());
    assertEquals(docx.size(), other.size(), file + " tables against the docx");
    for (int t = 0; t < docx.size(); t++) {
      TableGrid expected = docx.get(t);
      TableGrid actual = other.get(t);
      String where = file + " table " + t;
      assertEquals(expected.rows() + "x" + expected.cols(), actual.rows() + "x" + actual.cols(), where);
      assertEquals(origins(t, expected, gaps), origins(t, actual, gaps), () -> where + " against the docx:\n" + Samples.dump(actual));
    }
  }

  @Test
  void theTwentyEightTableReportHasAllItsTablesInEveryFormat() {
    for (String ext : List.of("docx", "pdf", "txt")) {
      assertEquals(28, read(MANY_TABLES, ext).tables().size(), MANY_TABLES + "." + ext + " tables");
    }
  }

  private static String stem(String file) {
    return file.substring(0, file.lastIndexOf('.'));
  }

  /** A table's origin cells as "row/col rowSpan×colSpan text", the cells in {@code gaps} left out. */
  private static List<String> origins(int table, TableGrid t, Set<String> gaps) {
    return t.cells().stream().filter(c -> !gaps.contains(table + "/" + c.row() + "/" + c.col()))
        .map(c -> c.row() + "/" + c.col() + " " + c.rowSpan() + "×" + c.colSpan() + " " + Samples.norm(c.text())).toList();
  }

  /** The first goal group's 一级指标 (产出指标 or the like) is one cell spanning the group's rows. */
  @ParameterizedTest
  @MethodSource("goalGroupedFormats")
  void firstGoalGroupKeepsItsMergedLevel1(String ext) {
    ParsedDocument doc = read("002_85bada5a1e1f1378", ext);
    @Nullable GridCell level1 = null;
    for (TableGrid t : doc.tables()) {
      for (int r = 0; r < t.rows() && level1 == null; r++) {
        int l1 = columnOf(t, r, LEVEL1_HEADER);
        if (l1 >= 0 && columnOf(t, r, LEVEL3_HEADER) >= 0) {
          level1 = firstGroupCell(t, r, l1);
        }
      }
    }
    GridCell found = level1;
    assertTrue(found != null, ext + ": no goal group under a 一级指标/三级指标 header");
    assertTrue(found.rowSpan() > 1, () -> ext + ": the first goal group's 一级指标 is not merged: " + found);
  }

  static Stream<String> goalGroupedFormats() {
    return Stream.of("docx", "pdf", "xlsx", "html");
  }

  /** Below header row {@code header}: the 一级指标 cell of the first row that opens a 绩效目标 group. */
  private static @Nullable GridCell firstGroupCell(TableGrid t, int header, int level1Col) {
    for (int r = header + 1; r < t.rows(); r++) {
      for (int c = 0; c < t.cols(); c++) {
        if (t.isOrigin(r, c) && Samples.norm(t.text(r, c)).startsWith(GOAL_GROUP)) {
          return t.cellAt(r, level1Col);
        }
      }
    }
    return null;
  }

  /** The indicator table of 002 runs over several PDF pages; joined, it holds its header once. */
  @Test
  void pdfTableOverSeveralPagesIsOneGridWithOneHeader() throws IOException {
    String stem = "002_85bada5a1e1f1378";
    ParsedDocument pdf = read(stem, "pdf");
    List<TableGrid> withHeader = pdf.tables().stream().filter(t -> count(t, LEVEL3_HEADER) > 0).toList();
    assertEquals(1, withHeader.size(), "tables holding a 三级指标 header");
    TableGrid grid = withHeader.getFirst();
    assertEquals(1, count(grid, LEVEL3_HEADER), () -> "repeated header rows:\n" + Samples.dump(grid));
    Set<Integer> pages = new TreeSet<>();
    for (int r = 0; r < grid.rows(); r++) {
      pages.add(grid.pageOfRow(r));
    }
    assertTrue(pages.size() > 1, "the grid's rows come from pages " + pages);
    Set<String> gold = goldKeys(stem);
    assertEquals(level3Column(pdf.tables(), gold), level3Column(List.of(grid), gold), "every indicator row is in that one grid");
  }

  /**
   * 004 has one table (a summary by 一级指标) in every format: the same rows, and its first column
   * lists the gold level1 names in gold order. A merged cell's continuation slots are not compared:
   * plain text cannot show a merge.
   */
  @Test
  void theOneTableOf004IsTheSameInEveryFormat() throws IOException {
    String stem = "004_f903e5746c6a8cdf";
    List<String> level1 = Samples.goldIndicatorField(stem, "level1").stream().map(Samples::norm).distinct().toList();
    Map<String, List<List<String>>> rows = new LinkedHashMap<>();
    for (String ext : List.of("doc", "docx", "pdf", "txt")) {
      List<TableGrid> tables = read(stem, ext).tables();
      assertEquals(1, tables.size(), ext + " tables");
      rows.put(ext, originRows(tables.getFirst()));
      List<String> labels = new ArrayList<>();
      for (List<String> row : rows.get(ext)) {
        if (!row.isEmpty() && level1.contains(row.getFirst())) {
          labels.add(row.getFirst());
        }
      }
      assertEquals(level1, labels, ext + ": 一级指标 labels of the table");
    }
    for (Map.Entry<String, List<List<String>>> e : rows.entrySet()) {
      assertEquals(rows.get("doc"), e.getValue(), e.getKey() + " rows against the doc");
    }
  }

  /** Each row as the normalized texts of the non-empty cells that start in it. */
  private static List<List<String>> originRows(TableGrid t) {
    List<List<String>> out = new ArrayList<>();
    for (int r = 0; r < t.rows(); r++) {
      List<String> row = new ArrayList<>();
      for (int c = 0; c < t.cols(); c++) {
        String s = Samples.norm(t.text(r, c));
        if (t.isOrigin(r, c) && !s.isEmpty()) {
          row.add(s);
        }
      }
      out.add(row);
    }
    return out;
  }
}
