package org.jixiao.extract.part;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.extract.testing.DocumentFixture;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.Report;
import org.jixiao.schema.ReportPart;
import org.junit.jupiter.api.Test;

/** A file of several 项目支出绩效自评表, with a 汇总 table, crafted in the test (testSeveralProjects). */
class ReportSegmenterTest {
  private static String[] project(String name, String department, String unit, String budget, String spent,
      String score1, String score2, String total) {
    return new String[] {
      "项目名称|" + name + "|<|<|<|<",
      "主管部门|" + department + "|<|实施单位|" + unit + "|<",
      "项目资金（万元）||年初预算数|全年预算数|全年执行数|执行率",
      "^|年度资金总额|" + budget + "|" + budget + "|" + spent + "|",
      "一级指标|二级指标|三级指标|分值|得分|偏差原因",
      "产出指标|数量指标|覆盖学校数量|50|" + score1 + "|",
      "效益指标|社会效益指标|学生家长满意度|50|" + score2 + "|",
      "总分|<|<|100|" + total + "|",
    };
  }

  private static ParsedDocument several() {
    return DocumentFixture.named("testSeveralProjects.docx")
        .paragraph("某县财政局关于公开2023年度项目支出绩效自评结果的说明")
        .table("序号|项目名称|主管部门|全年预算数（万元）|全年执行数（万元）|自评得分",
            "1|学生营养改善|某县教育局|300|290|98",
            "2|城乡道路养护|某县交通局|500|480|95",
            "合计|<|<|800|770|")
        .paragraph("附件1　学生营养改善项目绩效自评表")
        .table(project("学生营养改善", "某县教育局", "某县学生资助中心", "300", "290", "50", "48", "98"))
        .paragraph("填表人：张三")
        .paragraph("附件2　城乡道路养护项目绩效自评表")
        .table(project("城乡道路养护", "某县交通局", "", "500", "480", "50", "45", "94"))
        .build();
  }

  @Test
  void eachProjectTableStartsAPartAndTheSummaryIsNoPart() {
    Segmentation s = ReportSegmenter.standard().split(several());
    assertTrue(s.several());
    assertEquals(2, s.parts().size());
    assertEquals(List.of(1), s.parts().get(0).tables());
    assertEquals(List.of(2), s.parts().get(1).tables());
    assertEquals(2, s.summary().size());
    assertEquals("城乡道路养护", s.summary().get(1).project());
    assertEquals(0, new BigDecimal("480").compareTo(s.summary().get(1).expenditure()));
    // the heading before the second table belongs to it; the 填表人 line closes the first form
    assertTrue(s.parts().get(1).document().paragraphs().stream().anyMatch(p -> p.text().startsWith("附件2")));
    assertFalse(s.parts().get(0).document().paragraphs().stream().anyMatch(p -> p.text().startsWith("附件2")));
    assertTrue(s.parts().get(0).document().paragraphs().stream().anyMatch(p -> p.text().startsWith("填表人")));
    assertFalse(s.parts().get(1).document().paragraphs().stream().anyMatch(p -> p.text().startsWith("填表人")));
  }

  @Test
  void eachReportHasItsOwnIdentityAndPlace() {
    List<Report> reports = ReportExtractor.standard().extractAll(several(), "ab12");
    assertEquals(2, reports.size());
    Report first = reports.get(0);
    Report second = reports.get(1);
    assertEquals("学生营养改善", first.project());
    assertEquals("某县教育局", first.department());
    assertEquals("某县学生资助中心", first.implementingUnit());
    assertEquals("城乡道路养护", second.project());
    assertEquals("某县交通局", second.department());
    assertNull(second.implementingUnit(), "a blank 实施单位 cell is not the next cell's text");
    assertEquals(2, first.indicators().size());
    assertEquals(2, second.indicators().size());
    assertEquals(0, new BigDecimal("94").compareTo(second.totalScore()));
    assertEquals(2023, second.fiscalYear(), "the year the file's intro states");
    ReportPart place = second.part();
    assertNotNull(place);
    assertEquals(2, place.index());
    assertEquals(2, place.count());
    assertEquals(List.of(2), place.tables());
    assertNotNull(place.summary());
    assertEquals(0, new BigDecimal("95").compareTo(place.summary().score()), "the summary's line, not merged");
  }

  @Test
  void aTotalPrintedBelowAFormStaysWithIt() {
    ParsedDocument doc = DocumentFixture.named("testTotalsBelow.pdf")
        .paragraph("附表1")
        .table(project("学生营养改善", "某县教育局", "某县学生资助中心", "300", "290", "50", "48", "98"))
        .paragraph("项目总分：98分")
        .paragraph("填报人：张三　联系电话：0000-0000000")
        .paragraph("附表2")
        .table(project("城乡道路养护", "某县交通局", "某县公路中心", "500", "480", "50", "45", "95"))
        .paragraph("项目总分：95分")
        .build();
    Segmentation s = ReportSegmenter.standard().split(doc);
    assertEquals(List.of("附表1", "项目总分：98分", "填报人：张三　联系电话：0000-0000000"),
        s.parts().get(0).document().paragraphs().stream().map(p -> p.text()).toList());
    assertEquals(List.of("附表2", "项目总分：95分"),
        s.parts().get(1).document().paragraphs().stream().map(p -> p.text()).toList());
  }

  @Test
  void aNoteBelowAFormStaysWithIt() {
    // h137: each form's 评分说明 under its table; the next form's title and 填报单位 lead into it
    ParsedDocument doc = DocumentFixture.named("testNotesBelow.docx")
        .paragraph("项目支出绩效自评表")
        .table(project("学生营养改善", "某县教育局", "某县学生资助中心", "300", "290", "50", "48", "98"))
        .paragraph("评分说明：其他指标完成年度目标的得满分，未完成的酌情扣分。")
        .paragraph("填报单位：某县民政局")
        .paragraph("项目支出绩效自评表")
        .table(project("城乡道路养护", "某县交通局", "某县公路中心", "500", "480", "50", "45", "95"))
        .paragraph("评分说明：定量指标未达到的每低于指标值1个百分点扣1分。")
        .build();
    Segmentation s = ReportSegmenter.standard().split(doc);
    assertEquals(List.of("项目支出绩效自评表", "评分说明：其他指标完成年度目标的得满分，未完成的酌情扣分。"),
        s.parts().get(0).document().paragraphs().stream().map(p -> p.text()).toList());
    List<String> second = s.parts().get(1).document().paragraphs().stream().map(p -> p.text()).toList();
    assertEquals(List.of("评分说明：定量指标未达到的每低于指标值1个百分点扣1分。"),
        second.stream().filter(p -> p.startsWith("评分说明")).toList(), "its own note only");
  }

  @Test
  void oneProjectTableIsOneReportWithoutPart() {
    ParsedDocument one = DocumentFixture.named("testOneProject.docx")
        .paragraph("2023年度项目支出绩效自评表")
        .table(project("学生营养改善", "某县教育局", "某县学生资助中心", "300", "290", "50", "48", "98"))
        .build();
    List<Report> reports = ReportExtractor.standard().extractAll(one, null);
    assertEquals(1, reports.size());
    assertNull(reports.get(0).part());
    assertEquals("学生营养改善", reports.get(0).project());
    assertEquals(1, ReportSegmenter.standard().split(one).parts().size());
  }
}
