package org.jixiao.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.ingest.TableGrid;
import org.junit.jupiter.api.Test;

/**
 * Layout text of a ruled form (h109's family, on a form of our own): cells wrapped inside their
 * columns and centred vertically, the 一级 label beside the middle of its group, the 二级 label on
 * its group's first row.
 */
class WrappedRowsTest {
  private static final String FORM = String.join("\n",
      "项目名称        某县2023年农村饮水安全巩固提升工程",
      "主管部门        某县水务局              实施单位    某县农村供水站",
      "",
      "一级指标    二级指标      三级指标          年度指标值    实际完成值    分值  得分",
      "                          新建集中供水工程                完成新建集中",
      "            数量指标      处数              ≥6处         供水工程6处   20    20",
      "                                                          已通水",
      "产出指标    质量指标      水质检测合格率    ≥95%         96.1%         20    20",
      "            时效指标      主体工程按期完工  100%          100%          10    10",
      "                          率",
      "            社会效益指标  受益人口          ≥1.2万人     1.25万人      10    10",
      "效益指标                  户均年节约费用    ≥300元       320元         10    9",
      "            生态效益指标  水源地保护达标率  100%          100%          10    10",
      "满意度指标  群众满意度    受益群众满意度    ≥90%         93%           20    20",
      "总分                                                                    100   99",
      "",
      "填表人：张××");

  private static TableGrid grid(TextLayout.Rows rows) {
    var b = SpanInference.grid(rows.centred() ? CentredLabels.place(rows.rows(), rows.heights()) : rows.rows());
    return new TableGrid(0, 0, b.rows(), b.cols(), b.origins(), null, 0, 0);
  }

  private static TextLayout.Rows table(String text, int k) {
    return assertInstanceOf(TextLayout.Rows.class, TextLayout.parse(text).get(k));
  }

  @Test
  void wrappedCellsJoinTheirRowAboveOrBelowByWhereTheyFit() {
    TextLayout.Rows rows = table(FORM, 1);
    assertEquals(List.of(1, 3, 1, 2, 1, 1, 1, 1, 1), rows.heights(), rows.toString());
    // the row's first line holds only the tops of its wrapped cells: they open the row below them
    assertEquals(List.of("", "数量指标", "新建集中供水工程处数", "≥6处", "完成新建集中供水工程6处已通水", "20", "20"),
        rows.rows().get(1));
    assertEquals("主体工程按期完工率", rows.rows().get(3).get(2));
    assertTrue(rows.centred());
  }

  @Test
  void aCentredGroupLabelSpansTheRowsAroundIt() {
    TableGrid t = grid(table(FORM, 1));
    List<String> level1 = List.of("产出指标", "产出指标", "产出指标", "效益指标", "效益指标", "效益指标", "满意度指标", "总分");
    for (int r = 1; r < t.rows(); r++) {
      assertEquals(level1.get(r - 1), t.text(r, 0), "row " + r);
    }
    assertEquals("一级指标", t.text(0, 0)); // the header names no row
    assertEquals("社会效益指标", t.text(5, 1)); // 二级 stays top-aligned: on its group's first row
    assertEquals("生态效益指标", t.text(6, 1));
  }

  @Test
  void aLabelAndItsValueOnTheGridsColumnsOpenTheGrid() {
    TextLayout.Rows head = table(FORM, 0);
    assertEquals(List.of("项目名称", "某县2023年农村饮水安全巩固提升工程", "", ""), head.rows().getFirst());
    assertEquals("某县农村供水站", head.rows().get(1).get(3));
  }

  @Test
  void topAlignedWrapsStayBelowAndLabelsJoinTheCellAbove() {
    String text = String.join("\n",
        "一级指标    二级指标      三级指标          分值  得分",
        "产出指标    数量指标      新建集中供水工程  20    20",
        "                          处数",
        "            质量指标      水质检测合格率    20    19",
        "效益指标    社会效益指标  受益人口          10    10");
    TextLayout.Rows rows = table(text, 0);
    assertFalse(rows.centred());
    assertEquals(List.of(1, 2, 1, 1), rows.heights());
    TableGrid t = grid(rows);
    assertEquals("产出指标", t.text(2, 0));
    assertEquals("效益指标", t.text(3, 0));
  }

  @Test
  void afterAWrappedLineABlockOnOtherColumnsIsAGridOfItsOwn() {
    String text = String.join("\n",
        "年度总体目标    预期目标                      实际完成情况",
        "                目标1：新建集中供水工程6处，  完成新建集中供水工程6处，",
        "                受益人口1.2万人；目标2：水质  受益人口1.25万人。",
        "                检测合格率95%以上。",
        "一级指标  二级指标  三级指标  分值  得分",
        "产出指标  数量指标  供水工程  20    20");
    List<TextLayout.Segment> s = TextLayout.parse(text);
    assertEquals(2, s.size(), s.toString());
    assertEquals("一级指标", table(text, 1).rows().getFirst().getFirst());
  }
}
