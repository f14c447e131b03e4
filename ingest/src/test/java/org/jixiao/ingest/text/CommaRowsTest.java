package org.jixiao.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A report form exported as CSV: its titles are prose, its blocks tables, quoted fields whole. */
class CommaRowsTest {
  private static final String EXPORT = String.join("\n",
      "柯城区2025年项目支出绩效自评表,,,,,,",
      "项目名称,柯城区高标准农田建设项目,,主管部门,衢州市柯城区农业农村局,,",
      "项目资金（元）,全年预算数,全年执行数,执行率,分值,得分,",
      "年度资金总额,\"8,650,000.00\",\"8,217,500.00\",95.00%,10,9.5,",
      "其他资金,100000.00,126500.00,126.50%,,,",
      "",
      "一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分",
      "产出指标,数量指标,新建高标准农田面积,≥5000亩,5120亩,20,20",
      "满意度指标,服务对象满意度指标,项目区农户满意度,≥90%,89.2%,10,9",
      "总分,,,,,100,98.5",
      "\"说明：满意度调查样本300户，",
      "其中不满意主要集中在灌溉时段安排。\",,,,,,",
      "全年预算8,650,000.00元，实际支出8,217,500.00元，执行率95.00%。");

  @Test
  void blocksOfCommaSeparatedLinesAreTablesAndTheirTitlesProse() {
    List<TextLayout.Segment> s = TextLayout.parse(EXPORT);
    assertEquals(new TextLayout.Line("柯城区2025年项目支出绩效自评表,,,,,,"), s.getFirst());
    var head = assertInstanceOf(TextLayout.Rows.class, s.get(1));
    assertEquals(TextLayout.Kind.COMMA_SEPARATED, head.kind());
    assertEquals(List.of("年度资金总额", "8,650,000.00", "8,217,500.00", "95.00%", "10", "9.5"), head.rows().get(2));
    assertEquals(List.of("其他资金", "100000.00", "126500.00", "126.50%"), head.rows().get(3), "figures side by side are fields");
    var indicators = assertInstanceOf(TextLayout.Rows.class, s.get(2));
    assertEquals(4, indicators.rows().size(), indicators.rows().toString());
    assertEquals(List.of("总分", "", "", "", "", "100", "98.5"), indicators.rows().get(3));
    // a quoted note over two lines is one field of its own line, a line of one field: prose
    assertEquals(new TextLayout.Line("全年预算8,650,000.00元，实际支出8,217,500.00元，执行率95.00%。"), s.getLast());
  }

  @Test
  void anUnquotedFieldWithClauseMarksStaysInItsTable() {
    // h183: the export does not quote its rule text; inside a run of seven fields a line of seven is a row
    String text = String.join("\n",
        "一级指标,指标名称,指标值,,分值,得分,评分标准",
        ",,年度目标值,实际完成值,,,",
        "产出指标,食品安全抽检批次,≥1200批,1236批,15,15,达到目标值得满分，否则按比例计分",
        "产出指标,抽检任务按期完成率,100%,100%,10,10,100%得满分，否则不得分",
        "说明：年度资金总额得分=执行率×10，保留两位小数。");
    List<TextLayout.Segment> s = TextLayout.parse(text);
    var rows = assertInstanceOf(TextLayout.Rows.class, s.getFirst());
    assertEquals(4, rows.rows().size(), rows.rows().toString());
    assertEquals("达到目标值得满分，否则按比例计分", rows.rows().get(2).get(6));
    assertInstanceOf(TextLayout.Line.class, s.getLast());
    // a line with clause marks never starts a table
    assertInstanceOf(TextLayout.Line.class, TextLayout.parse("完成，任务,达标，优秀,好\n甲,乙,丙\n").getFirst());
  }

  @Test
  void linesOfAnotherWidthAreAnotherTableOrProse() {
    String text = String.join("\n", "一级指标,三级指标,分值,得分", "产出,培训人次,20,20", "全年预算1,200.00万元与执行1,100.00");
    var rows = assertInstanceOf(TextLayout.Rows.class, TextLayout.parse(text).getFirst());
    assertEquals(2, rows.rows().size());
  }

  @Test
  void proseWithThousandsSeparatorsIsNeverRows() {
    String prose = String.join("\n",
        "全年预算1,234,567.00元，其中基本支出",
        "234,567.00元，项目支出1,000,000.00元。");
    assertEquals(2, TextLayout.parse(prose).size());
    TextLayout.parse(prose).forEach(seg -> assertInstanceOf(TextLayout.Line.class, seg));
  }
}
