package org.jixiao.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One labelled record per row (a budget system's text export) on crafted text, one rule per test. */
class LabelledRecordsTest {
  private static final String RECORDS = String.join("\n",
      "【绩效指标】",
      "(1) 一级指标：产出指标    二级指标：数量指标",
      "    三级指标：培训人次",
      "    年度指标值：≥500人次    全年实际值：612人次",
      "    分值：20    得分：20",
      "(2) 一级指标：产出指标    二级指标：质量指标",
      "    三级指标：培训合格率",
      "    年度指标值：≥95%    全年实际值：93%",
      "    分值：20    得分：18",
      "    偏差原因：部分学员未参加补考",
      "(3) 一级指标：效益指标    二级指标：社会效益指标",
      "    三级指标：就业带动人数",
      "    年度指标值：300人    全年实际值：312人",
      "    分值：30    得分：30",
      "----------------------------------------",
      "【合计】  分值：70    得分：68    自评等级：优",
      "单位负责人：王××",
      "");

  @Test
  void labelsAreTheHeaderAndEachRecordARow() {
    List<TextLayout.Segment> s = TextLayout.parse(RECORDS);
    assertEquals(4, s.size(), s.toString());
    var rows = assertInstanceOf(TextLayout.Rows.class, s.get(1));
    assertEquals(TextLayout.Kind.LABELLED_RECORDS, rows.kind());
    assertEquals(List.of("一级指标", "二级指标", "三级指标", "年度指标值", "全年实际值", "分值", "得分", "偏差原因"), rows.rows().get(0));
    assertEquals(List.of("产出指标", "数量指标", "培训人次", "≥500人次", "612人次", "20", "20", ""), rows.rows().get(1));
    assertEquals("部分学员未参加补考", rows.rows().get(2).get(7));
    // the sum line: its name in the first column, its own label left as a line after the table
    assertEquals(List.of("合计", "", "", "", "", "70", "68", ""), rows.rows().get(4));
    assertEquals(new TextLayout.Line("自评等级：优"), s.get(2));
    assertEquals(new TextLayout.Line("单位负责人：王××"), s.get(3));
  }

  @Test
  void aWrappedValueGoesOnAndALabelOfNoOtherRecordEndsTheTable() {
    String text = RECORDS.substring(0, RECORDS.indexOf("----"))
        .replace("偏差原因：部分学员未参加补考", "偏差原因：部分学员因工作原因\n    未参加补考")
        + "说明：得分按完成比例计算\n单位负责人：王××\n";
    List<TextLayout.Segment> s = TextLayout.parse(text);
    assertEquals(4, s.size(), s.toString());
    var rows = assertInstanceOf(TextLayout.Rows.class, s.get(1));
    assertEquals(8, rows.rows().getFirst().size(), rows.toString());
    assertEquals("部分学员因工作原因未参加补考", rows.rows().get(2).get(7));
    assertEquals(List.of("效益指标", "社会效益指标", "就业带动人数", "300人", "312人", "30", "30", ""), rows.rows().get(3));
    assertEquals(new TextLayout.Line("说明：得分按完成比例计算"), s.get(2));
  }

  @Test
  void aBlockOfDifferentLabelsIsProse() {
    List<TextLayout.Segment> s = TextLayout.parse(String.join("\n",
        "项目名称：城乡供水一体化工程",
        "主管部门：测试县水利局    实施单位：测试县供水站",
        "项目属性：延续性项目",
        "导出时间：2025-01-08 09:30:12    导出用户：cs_01"));
    assertEquals(4, s.size(), s.toString());
    s.forEach(seg -> assertInstanceOf(TextLayout.Line.class, seg));
  }

  @Test
  void twoRecordsAreNotEnoughForATable() {
    String two = RECORDS.substring(0, RECORDS.indexOf("(3)"));
    List<TextLayout.Segment> s = TextLayout.parse(two);
    s.forEach(seg -> assertInstanceOf(TextLayout.Line.class, seg));
  }

  @Test
  void groupHeadingsBetweenRecordsAreRowsOfTheirOwn() {
    // h188: numbered one-line records under "（二）过程指标（分值20分，得分18.35分）" lines
    String text = String.join("\n",
        "（一）投入指标（分值10分，得分10分）",
        "1. 名称：预算编制完整性（预算编制）  年度指标值：完整  分值：5分  得分：5分",
        "2. 名称：“三公经费”控制率（预算编制）  年度指标值：≤100%  分值：5分  得分：5分",
        "（二）过程指标（分值20分，得分18.35分）",
        "3. 名称：预算执行率（预算执行）  年度指标值：100%  分值：10分  得分：9.35分",
        "4. 名称：资金使用合规性（预算管理）  年度指标值：合规  分值：10分  得分：9分",
        "",
        "五、自评结论");
    List<TextLayout.Segment> s = TextLayout.parse(text);
    var rows = assertInstanceOf(TextLayout.Rows.class, s.get(1), s.toString());
    assertEquals(6, rows.rows().size(), rows.toString());
    assertEquals(List.of("（二）过程指标（分值20分，得分18.35分）", "", "", ""), rows.rows().get(3));
    assertEquals("9.35分", rows.rows().get(4).get(3), "the heading is no wrap of the value above it");
    assertEquals(new TextLayout.Line("五、自评结论"), s.get(2));
  }
}
