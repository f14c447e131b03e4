package org.jixiao.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.jixiao.ingest.TableGrid;
import org.junit.jupiter.api.Test;

/** Space-aligned grids (pdftotext -layout style) on crafted text, one rule per test. */
class SpacedGridTest {
  /** A two-level 部门整体 table in the layout of a fixed-width export; columns by display width. */
  private static final String GRID = String.join("\n",
      "表2  绩效指标完成情况",
      "一级指标  二级指标      年度目标    实际完成    分值  得分",
      "产出指标  培训人次      ≥500人次    612人次     20    20",
      "          培训合格率    ≥95%        97.1%       20    20",
      "效益指标  就业带动人数  300人       260人       30    26",
      "说明：得分保留两位小数。",
      "");

  private static TableGrid grid(TextLayout.Rows rows) {
    var b = SpanInference.grid(rows.rows());
    return new TableGrid(0, 0, b.rows(), b.cols(), b.origins(), null, 0, 0);
  }

  @Test
  void spaceAlignedLinesAreOneTableBetweenProse() {
    List<TextLayout.Segment> s = TextLayout.parse(GRID);
    assertEquals(3, s.size(), s.toString());
    assertEquals(new TextLayout.Line("表2  绩效指标完成情况"), s.getFirst());
    var rows = assertInstanceOf(TextLayout.Rows.class, s.get(1));
    assertEquals(TextLayout.Kind.SPACE_ALIGNED, rows.kind());
    assertEquals(List.of("", "培训合格率", "≥95%", "97.1%", "20", "20"), rows.rows().get(2));
    TableGrid t = grid(rows);
    assertEquals("产出指标", t.text(2, 0)); // the blank group cell continues the one above
    assertEquals("260人", t.text(3, 3));
  }

  @Test
  void aCellWiderThanItsColumnPushesTheRestOfItsLineOnly() {
    String text = String.join("\n",
        "一级指标  二级指标      三级指标    分值  得分",
        "产出指标  数量指标      培训人次    10    9",
        "满意度指标  服务对象满意度  学员满意度    10    8",
        "总分                                  20    17");
    var rows = assertInstanceOf(TextLayout.Rows.class, TextLayout.parse(text).getFirst());
    assertEquals(List.of("满意度指标", "服务对象满意度", "学员满意度", "10", "8"), rows.rows().get(2));
    assertEquals(List.of("总分", "", "", "20", "17"), rows.rows().get(3));
  }

  @Test
  void proseWithDoubleSpacesIsNotATable() {
    String text = "主管部门：某某局            实施单位：某某中心\n填报人：张××    联系电话：0591-1234\n";
    assertEquals(2, TextLayout.parse(text).size());
    assertInstanceOf(TextLayout.Line.class, TextLayout.parse(text).getFirst());
  }

  @Test
  void aLineOffTheColumnsEndsTheGrid() {
    String text = String.join("\n",
        "年初预算数    全年预算数    执行率",
        "100.00        120.00        95%",
        "                                                      附注  见  下文");
    List<TextLayout.Segment> s = TextLayout.parse(text);
    assertEquals(2, s.size(), s.toString());
    assertEquals(2, assertInstanceOf(TextLayout.Rows.class, s.getFirst()).rows().size());
  }

  @Test
  void columnsPaddedWithIdeographicSpacesAreAGrid() {
    // h198: a portal's text export aligns its columns with U+3000, two columns each, its 一级 cell left out below
    String text = String.join("\n",
        "一级指标\u3000\u3000二级指标\u3000\u3000\u3000\u3000三级指标\u3000\u3000\u3000\u3000\u3000\u3000分值\u3000\u3000得分",
        "投入\u3000\u3000\u3000\u3000预算编制\u3000\u3000\u3000\u3000预算编制科学性\u3000\u30005\u3000\u3000\u3000\u30005",
        "\u3000\u3000\u3000\u3000\u3000\u3000目标设定\u3000\u3000\u3000\u3000绩效目标明确性\u3000\u30005\u3000\u3000\u3000\u30005",
        "");
    var rows = assertInstanceOf(TextLayout.Rows.class, TextLayout.parse(text).getFirst());
    assertEquals(List.of("一级指标", "二级指标", "三级指标", "分值", "得分"), rows.rows().getFirst());
    assertEquals(List.of("", "目标设定", "绩效目标明确性", "5", "5"), rows.rows().get(2));
  }

  @Test
  void cjkCharactersTakeTwoColumns() {
    assertEquals(2, SpacedGrid.width('指'));
    assertEquals(1, SpacedGrid.width('9'));
  }

  /** A layout export's merged total row: the label under the first column, its figures shifted as a block. */
  @Test
  void aTotalLinesFiguresShiftedAsABlockGoUnderTheLastColumns() {
    String text = String.join("\n",
        "一级指标    二级指标      三级指标          分值   得分",
        "产出指标    数量指标      新建面积          20     20",
        "满意度指标  满意度指标    农户满意度        10     9",
        "总分" + " ".repeat(30) + "100   98.55");
    var rows = assertInstanceOf(TextLayout.Rows.class, TextLayout.parse(text).getFirst());
    assertEquals(4, rows.rows().size());
    assertEquals(List.of("总分", "", "", "100", "98.55"), rows.rows().get(3));
    // placed column by column "100" would be 8 columns from the nearest; as a block it fits 分值 | 得分 (shifted by 11).
    // One figure alone cannot say which column it belongs to: the line stays out of the grid
    String single = text.replace("100   98.55", "98.55");
    var first = assertInstanceOf(TextLayout.Rows.class, TextLayout.parse(single).getFirst());
    assertEquals(3, first.rows().size());
  }

  /** h153's family: "序号 指标" one space apart over two columns, and a dashed rule under the header. */
  @Test
  void headerWordsOneSpaceApartAndARuleLine() {
    String text = String.join("\n",
        "序号 指标              目标值      分值  得分",
        "-------------------------------------------",
        "1   项目立项规范性    规范        5     5",
        "2   预算执行率        100%        8     8",
        "-------------------------------------------",
        "    合计                          13    13");
    var rows = assertInstanceOf(TextLayout.Rows.class, TextLayout.parse(text).getFirst());
    assertEquals(List.of("序号", "指标", "目标值", "分值", "得分"), rows.rows().get(0));
    assertEquals(List.of("2", "预算执行率", "100%", "8", "8"), rows.rows().get(2));
    assertEquals(4, rows.rows().size(), "the rule lines are no rows");
  }
}
