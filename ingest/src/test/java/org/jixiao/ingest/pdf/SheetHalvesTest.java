package org.jixiao.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.GridBuilder;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.Box;
import org.jixiao.schema.TableMethod;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;

class SheetHalvesTest {
  /** A ruled grid on {@code page}: {@code rows} rows 20 pt high from y 100, columns at the given x edges. */
  private static GridBuilder grid(int page, int rows, double... xs) {
    GridBuilder g = new GridBuilder();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c + 1 < xs.length; c++) {
        g.cell(r, c, 1, 1, "p" + page + "r" + r + "c" + c, page, null, new Box(xs[c], 100 + 20 * r, xs[c + 1] - xs[c], 20));
      }
    }
    return g.method(TableMethod.LATTICE);
  }

  @Test
  void theNextPagesColumnsAtTheSameRowHeightsAreTheRightHalfAndTheSameFormAgainIsNot() {
    GridBuilder left = grid(1, 5, 50, 150, 300, 420, 540);
    assertTrue(SheetHalves.halves(left, grid(2, 5, 50, 140, 200, 330)));
    assertFalse(SheetHalves.halves(left, grid(2, 5, 50, 150, 300, 420, 540)), "one form per page: several reports");
    assertFalse(SheetHalves.halves(left, grid(2, 6, 50, 140, 200, 330)), "a row more");
    assertFalse(SheetHalves.halves(left, grid(3, 5, 50, 140, 200, 330)), "not the next page");
    GridBuilder joined = SheetHalves.joined(left, grid(2, 5, 50, 140, 200, 330));
    assertEquals(4 + 3, joined.cols());
    assertEquals(5, joined.rows());
    // Excel's 打印标题列: the right half repeats the left half's first column; it is read once
    GridBuilder titled = new GridBuilder();
    for (org.jixiao.ingest.GridCell c : grid(2, 5, 50, 140, 200, 330).origins()) {
      titled.cell(c.row(), c.col(), 1, 1, c.col() == 0 ? "p1r" + c.row() + "c0" : c.text(), 2, null, c.box());
    }
    assertEquals(4 + 2, SheetHalves.joined(left, titled.method(TableMethod.LATTICE)).cols());
  }

  @Test
  void aSheetPrintedTwoPagesWideReadsAsOneTable() throws Exception {
    // held-out h237: page 1 holds 一级…实际完成值 (and the fund block's 年初/全年), page 2 全年执行数, 分值, 执行率, 得分, 评分标准
    ParsedDocument doc = new PdfReader().read(Path.of("../corpus-heldout/h237_zhangwan_jiaotong.pdf"), DocFormat.PDF,
        Limits.defaults());
    assertEquals(1, doc.tables().size());
    TableGrid t = doc.tables().getFirst();
    assertEquals(25, t.rows());
    assertEquals(java.util.List.of("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "93.5%", "10", "10"),
        t.rowTexts(23).stream().filter(s -> !s.isEmpty()).toList().subList(0, 7));
    assertEquals(2, t.cells().stream().filter(c -> c.text().equals("97.48")).findFirst().orElseThrow().page(),
        "a cell keeps the page it is printed on");
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.SHEET_HALVES_JOINED));
  }
}
