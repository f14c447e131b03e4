package org.jixiao.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A 三线表 (rules above and below the header and under the last row only) whose rows are tall: the cells of a row are
 * centred on its middle line and a wrapped cell runs above and below it, in 8 pt text, wrapped lines 5.25 pt above and below the middle one, as a
 * third-party report's 评分表 is set (held-out h266). Geometry measured on that PDF.
 */
class ThreeLineTableTest {
  private static final double SIZE = 8;
  /** Where each column's text starts: 一级, 二级, 三级, 分值, 评分标准, 年度指标值, 实际完成值, 得分. */
  private static final double[] XS = {65.6, 108.6, 149.6, 243.8, 261.6, 397.2, 458.6, 515.8};

  /** One printed line: text per column, null where the column has none on it. */
  private static TextLine line(double top, String... cells) {
    return LineFixtures.cells(XS, top, SIZE, cells);
  }

  private static TextLine at(double x, double top, String text) {
    return LineFixtures.line(text, x, top, SIZE);
  }

  /** A row of eight cells on its middle line. */
  private static TextLine row(double top, String l1, String l2, String name, String weight, String rule, String target,
      String actual, String score) {
    return line(top, l1, l2, name, weight, rule, target, actual, score);
  }

  @Test
  void cellsWrappingAboveAndBelowTheirRowsMiddleLineKeepOneTable() {
    List<TextLine> lines = new ArrayList<>();
    // the header: the 三级 column's longest name ends where the 分值 header word starts
    lines.add(line(100, "一级指标", "二级指标", "三级指标", null, "评分标准", null, null, "得分"));
    lines.add(at(237.6, 100, "分值"));
    lines.add(at(388.6, 100, "年度指标值"));
    lines.add(at(446.6, 100, "实际完成值"));
    lines.add(row(122.75, "决策", "目标设定", "绩效目标合理性", "3", "目标依据充分得3分", "合理", "合理", "3"));
    lines.add(row(145.5, null, null, "绩效指标明确性", "3", "指标细化量化得3分", "明确", "2项未量化", "2"));
    lines.add(row(168.25, null, "预算配置", "在职人员控制率", "3", "≤100%得3分", "≤100%", "98.6%", "3"));
    // a row whose 评分标准 wraps: its first line above the other cells, its second below
    lines.add(at(261.6, 185.75, "制度健全并有效执行得2分，否则"));
    lines.add(row(191, "过程", "组织实施", "管理制度健全性", "2", null, "健全", "健全", "2"));
    lines.add(at(261.6, 196.25, "酌情扣分"));
    // a row whose 实际完成值 wraps wider than the column's other cells, centred
    lines.add(at(434.6, 213.75, "部分资产未及时入"));
    lines.add(row(219, null, null, "资产管理规范性", "2", "账实相符得2分", "账实相符", null, "1.5"));
    lines.add(at(462.6, 224.25, "账"));
    // a name filling its column to the edge of the 分值 header word
    lines.add(at(261.6, 241.75, "达到目标值得满分，否则按比例得"));
    lines.add(row(247, "产出", "产出数量", "新增义务教育学位（个）", "8", null, "≥3200", "3360", "8"));
    lines.add(at(261.6, 252.25, "分"));
    lines.add(row(275, null, "产出质量", "义务教育巩固率", "8", "≥99%得满分", "≥99%", "99.6%", "8"));
    lines.add(row(297.75, "合计", null, null, "100", null, null, null, "94.71"));
    lines.sort(java.util.Comparator.comparingDouble(TextLine::top));
    List<TextLine> merged = TextLines.group(lines.stream().flatMap(l -> l.glyphs().stream()).toList());

    StreamTableFinder.Result r = StreamTableFinder.find(1, merged);

    assertEquals(1, r.tables().size(), r.rest().stream().map(TextLine::text).toList().toString());
    PageTable t = r.tables().getFirst();
    assertEquals(8, t.xs().size() - 1, "every column apart, 分值 beside the longest 三级 name");
    assertEquals(9, t.rows(), "the header, seven indicator rows and 合计");
    List<String> texts = t.cells().stream().map(PageTable.Cell::text).toList();
    assertTrue(texts.contains("部分资产未及时入账"), texts.toString());
    assertTrue(texts.contains("制度健全并有效执行得2分，否则酌情扣分"), texts.toString());
    assertTrue(texts.contains("新增义务教育学位（个）") && texts.contains("分值"), texts.toString());
    assertTrue(r.rest().isEmpty(), r.rest().stream().map(TextLine::text).toList().toString());
  }
}
