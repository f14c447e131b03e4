package org.jixiao.ingest.pdf;

import static org.jixiao.ingest.pdf.LineFixtures.SIZE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A label line over one line of figures with no rulings (h205's 项目资金 head block): a table of two rows. */
class LabelledFiguresTest {
  private static final double[] XS = {40, 150, 220, 290, 360, 410, 470};

  private static TextLine line(double top, String... cells) {
    List<Glyph> g = new ArrayList<>();
    for (int k = 0; k < cells.length; k++) {
      g.addAll(LineFixtures.glyphs(cells[k], XS[k], top, SIZE * 0.75));
    }
    return TextLines.line(g);
  }

  private static StreamTableFinder.Result find(TextLine... lines) {
    return StreamTableFinder.find(1, List.of(lines));
  }

  @Test
  void eachFigureUnderItsLabelIsATable() {
    StreamTableFinder.Result r = find(
        line(100, "项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
        line(124, "年度资金总额", "600.00", "640.00", "603.52", "10", "94.30%", "9.34"));
    assertEquals(1, r.tables().size(), r.rest().toString());
    assertEquals(2, r.tables().getFirst().rows());
    assertEquals(7, r.tables().getFirst().xs().size() - 1);
  }

  @Test
  void twoLinesOfWordsOrTooFewFiguresStayLines() {
    assertEquals(List.of(), find(
        line(100, "填报单位", "联系人", "联系电话", "填报日期"),
        line(124, "某县水利局", "张三", "一二三四", "三月一日")).tables());
    assertEquals(List.of(), find(
        line(100, "项目资金", "年初预算数", "全年预算数"),
        line(124, "年度资金总额", "600.00", "640.00")).tables(), "three columns: too few to tell a table");
  }
}
