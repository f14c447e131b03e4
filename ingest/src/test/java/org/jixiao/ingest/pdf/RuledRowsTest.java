package org.jixiao.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A table with horizontal rules under every row and no vertical ones (Apple Pages' table style, held-out h517): rows of
 * names wrapping over three lines around their figures are one row each, and the 一级 name centred in its merged group
 * spans the rows its rules stop short of.
 */
class RuledRowsTest {
  private static final double SIZE = 8;
  /** Where each column's text starts: 一级, 二级, 三级, 分值, 得分. */
  private static final double[] XS = {60, 110, 170, 300, 340};
  private static final double LEFT = 55;
  private static final double RIGHT = 380;

  private static TextLine line(double top, String... cells) {
    return LineFixtures.cells(XS, top, SIZE, cells);
  }

  private static List<TextLine> lines() {
    List<TextLine> lines = new ArrayList<>();
    lines.add(line(102, "一级指标", "二级指标", "三级指标", "分值", "得分"));
    lines.add(line(118, null, null, "立项依据充分"));
    lines.add(line(128, null, "项目立项", null, "3", "3"));
    lines.add(line(138, null, null, "性"));
    lines.add(line(154, null, null, "绩效目标合理"));
    lines.add(line(164, "决策", "绩效目标", null, "4", "3.5"));
    lines.add(line(174, null, null, "性"));
    lines.add(line(190, "过程", "资金管理", "资金到位率", "4", "4"));
    lines.add(line(206, "合计", null, null, "100", "95"));
    return TextLines.group(lines.stream().flatMap(l -> l.glyphs().stream()).toList());
  }

  private static Ruling rule(double y, double from) {
    return new Ruling(true, y, from, RIGHT);
  }

  private static PageTable regrouped(List<Ruling> rules) {
    List<TextLine> lines = lines();
    StreamTableFinder.Result found = StreamTableFinder.find(1, lines);
    assertEquals(1, found.tables().size(), found.rest().stream().map(TextLine::text).toList().toString());
    PageTable t = found.tables().getFirst();
    PageTable r = RuledRows.regroup(t, lines, rules);
    return r == t ? null : r;
  }

  private static String text(PageTable t, int row, int col) {
    return t.cells().stream().filter(c -> c.row() == row && c.col() == col).map(PageTable.Cell::text).findFirst().orElse("");
  }

  @Test
  void rowsAreTheBandsBetweenTheRules() {
    // under the header and between groups the rules run the full width; inside 决策 they stop short of the 一级 column
    PageTable t = regrouped(List.of(rule(98, LEFT), rule(114, LEFT), rule(150, 105), rule(186, LEFT), rule(202, LEFT),
        rule(220, LEFT)));
    assertEquals(5, t.rows(), t.cells().toString());
    assertEquals("三级指标", text(t, 0, 2));
    assertEquals("立项依据充分性", text(t, 1, 2));
    assertEquals("3", text(t, 1, 3));
    assertEquals("绩效目标合理性", text(t, 2, 2));
    assertEquals("3.5", text(t, 2, 4));
    PageTable.Cell group = t.cells().stream().filter(c -> c.col() == 0 && c.text().equals("决策")).findFirst().orElseThrow();
    assertEquals(1, group.row());
    assertEquals(2, group.rowSpan(), "决策 spans the rows its group's inner rule stops short of");
    assertEquals("资金到位率", text(t, 3, 2));
    assertEquals("95", text(t, 4, 4));
  }

  @Test
  void rulesBetweenGroupsOnlyLeaveTheTableAsItWas() {
    // a band holding two rows' figures: the rules are not row rules (a three-line table with rules between 一级 groups)
    assertEquals(null, regrouped(List.of(rule(98, LEFT), rule(114, LEFT), rule(186, LEFT), rule(202, LEFT), rule(220, LEFT))));
    assertEquals(null, regrouped(List.of(rule(98, LEFT), rule(114, LEFT), rule(220, LEFT))), "too few rules");
  }
}
