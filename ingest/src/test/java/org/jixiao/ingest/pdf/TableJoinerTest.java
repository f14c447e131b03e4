package org.jixiao.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.GridBuilder;
import org.jixiao.ingest.GridCell;
import org.jixiao.schema.TableMethod;
import org.junit.jupiter.api.Test;

/** Borderless parts joined over a page break when the continuation lacks some columns. */
class TableJoinerTest {
  /** h47's page-1 columns: 一级 二级 三级 指标值 完成值 分值 得分 偏差. */
  private static final List<Double> FRAME = List.of(40.0, 78.0, 144.0, 275.0, 335.0, 400.0, 430.0, 458.0, 565.0);

  @Test
  void aContinuationWithoutItsFirstColumnGoesUnderTheSameColumns() {
    PageTable first = table(1, FRAME, 700);
    // page 2: the 一级 column empty, so its first column starts at the 二级 text
    PageTable next = table(2, List.of(84.0, 144.0, 275.0, 335.0, 400.0, 430.0, 458.0, 560.0), 40);
    assertTrue(TableJoiner.continues(first, next));
    GridBuilder grid = TableJoiner.join(List.of(first, next), new TableJoiner.Stats());
    assertEquals(8, grid.cols());
    assertEquals(4, grid.rows());
    GridCell moved = grid.origins().stream().filter(c -> c.text().equals("p2 r0 c0")).findFirst().orElseThrow();
    assertEquals(2, moved.row());
    assertEquals(1, moved.col(), "under the 二级 column of page 1");
    assertEquals(2, moved.page());
    assertTrue(grid.origins().stream().noneMatch(c -> c.row() >= 2 && c.col() == 0), grid.origins().toString());
  }

  @Test
  void anotherTableWithColumnsHereAndThereDoesNotContinue() {
    PageTable first = table(1, FRAME, 700);
    assertFalse(TableJoiner.continues(first, table(2, List.of(40.0, 200.0, 380.0, 560.0), 40)));
    assertFalse(TableJoiner.continues(first, table(2, List.of(84.0, 144.0, 335.0, 430.0, 560.0), 40)));
  }

  @Test
  void aHeaderPrintedAgainAtThePagesFootIsDropped() {
    // h230: the column header repeated as the last row of each page's part, as a footer
    PageTable first = withFooterHeader(table(1, FRAME, 700));
    PageTable next = table(2, FRAME, 40);
    TableJoiner.Stats stats = new TableJoiner.Stats();
    GridBuilder grid = TableJoiner.join(List.of(first, next), stats);
    assertEquals(4, grid.rows(), "two rows of each page, the footer gone");
    assertTrue(grid.origins().stream().noneMatch(c -> c.row() == 2 && c.text().equals("p1 r0 c0")), grid.origins().toString());
    assertEquals(1, stats.headerRowsDropped);
  }

  @Test
  void aHeaderReadAgainByOcrWithACharacterMisreadIsStillARepeat() {
    // s02 (a 150 dpi scan): page 2's header reads 权重(多 and 完成什 where page 1's reads 权重(% and 完成值
    String[] header = {"一级指标", "二级指标", "三级指标", "权重(%)", "指标值", "完成值", "得分", "偏差原因"};
    String[] misread = {"一级指标", "二级指标", "三级指标", "权重(多)", "指标值", "完成什", "得分", "偏差原因"};
    org.jixiao.schema.OcrRead ocr = new org.jixiao.schema.OcrRead(0, 0, 10, 10, 90);
    PageTable first = headed(1, header, 700, ocr);
    assertEquals(1, TableJoiner.repeatedHeaderRows(first, headed(2, misread, 40, ocr), FRAME));
    assertEquals(0, TableJoiner.repeatedHeaderRows(headed(1, header, 700, null), headed(2, misread, 40, null), FRAME),
        "a text layer prints what it means: a differing header is another row");
    String[] half = {"一级指标", "二级指标", "三级指标", "权重(多)", "指标什", "完成什", "得分", "偏差原因"};
    assertEquals(0, TableJoiner.repeatedHeaderRows(first, headed(2, half, 40, ocr), FRAME), "three of eight cells off");
  }

  /** A header row of the given texts over one data row, on FRAME's columns. */
  private static PageTable headed(int page, String[] header, double top, org.jixiao.schema.@org.jspecify.annotations.Nullable OcrRead ocr) {
    List<PageTable.Cell> cells = new ArrayList<>();
    for (int c = 0; c < header.length; c++) {
      cells.add(new PageTable.Cell(0, c, 1, 1, header[c], top + 10, 10, ocr));
      cells.add(new PageTable.Cell(1, c, 1, 1, "p" + page + " c" + c, top + 30, 10, ocr));
    }
    return new PageTable(page, FRAME, List.of(top, top + 20, top + 40), cells, TableMethod.STREAM);
  }

  /** The part with its first row printed again below its last. */
  private static PageTable withFooterHeader(PageTable t) {
    List<PageTable.Cell> cells = new ArrayList<>(t.cells());
    double top = t.ys().getLast();
    for (PageTable.Cell c : t.cells()) {
      if (c.row() == 0) {
        cells.add(new PageTable.Cell(t.rows(), c.col(), 1, 1, c.text(), top + 10, 10));
      }
    }
    List<Double> ys = new ArrayList<>(t.ys());
    ys.add(top + 20);
    return new PageTable(t.page(), t.xs(), ys, cells, t.method());
  }

  /** Two rows of one cell per column, text "p{page} r{row} c{col}". */
  private static PageTable table(int page, List<Double> xs, double top) {
    List<PageTable.Cell> cells = new ArrayList<>();
    for (int r = 0; r < 2; r++) {
      for (int c = 0; c + 1 < xs.size(); c++) {
        cells.add(new PageTable.Cell(r, c, 1, 1, "p" + page + " r" + r + " c" + c, top + 20 * r + 10, 10));
      }
    }
    return new PageTable(page, xs, List.of(top, top + 20, top + 40), cells, TableMethod.STREAM);
  }
}
