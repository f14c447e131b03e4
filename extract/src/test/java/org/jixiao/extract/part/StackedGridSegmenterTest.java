package org.jixiao.extract.part;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.extract.testing.DocumentFixture;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.CellRef;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.junit.jupiter.api.Test;

/**
 * 项目支出绩效自评表 stacked in one table grid (a worksheet or a Word table holding two or three
 * projects' forms one under the other), in the wording of the round-6 workbook h60 and its fund block
 * 资金情况（万元）: crafted in the test (testStackedForms).
 */
class StackedGridSegmenterTest {
  private static List<String> form(String title, String name, String department, String unit, String budget,
      String spent, String score1, String score2, String total) {
    List<String> rows = new ArrayList<>();
    if (title != null) {
      rows.add(title + "|<|<|<|<|<|<|<");
      rows.add("（2023年度）|<|<|<|<|<|<|<");
    }
    rows.addAll(List.of(
        "项目名称|" + name + "|<|<|<|<|<|<",
        "主管部门|" + department + "|<|<|实施单位|" + unit + "|<|<",
        "资金情况（万元）||年初预算数|全年预算数|全年执行数|分值|执行率|得分",
        "^|年度资金总额|" + budget + "|" + budget + "|" + spent + "|10|100.00%|10",
        "^|其中：财政拨款|" + budget + "|" + budget + "|" + spent + "|—|100.00%|—",
        "^|上年结转资金|0.00|66.30|66.30|—|100.00%|—",
        "一级指标|二级指标|三级指标|指标值|实际值|分值|得分|未完成原因及改进措施",
        "产出指标|数量指标|资助参保人数|≥2.2万人|2.31万人|45|" + score1 + "|",
        "满意度指标|服务对象满意度指标|救助对象满意度|≥90%|95.1%|45|" + score2 + "|",
        "总分|<|<|<|<|100|" + total + "|",
        "填报人：×××　　审核人：×××|<|<|<|<|<|<|<"));
    return rows;
  }

  private static ParsedDocument stacked(int blankRows, boolean titles) {
    List<String> rows = new ArrayList<>(form(null, "2023年城乡医疗救助资金", "某某区医疗保障局", "某某区医疗保障事务中心",
        "980.00", "980.00", "45", "44", "99"));
    for (int k = 0; k < blankRows; k++) {
      rows.add("||||||| ");
    }
    rows.addAll(form(titles ? "项目支出绩效自评表（二）" : null, "农村牧区人居环境整治", "某某区农牧局", "某某区农村牧区经营管理站",
        "560.00", "538.45", "40", "45", "94"));
    return DocumentFixture.named("testStackedForms.xls")
        .paragraph("项目支出绩效自评表（一）")
        .paragraph("（2023年度）")
        .table(rows.toArray(String[]::new))
        .build();
  }

  /**
   * h535's layout: one sheet, a fund table with one line per project and a 合计, then one indicator table whose 项目名称
   * column is merged down over each project's rows and its 项目总分 row.
   */
  private static ParsedDocument byProjectColumn() {
    return DocumentFixture.named("testProjectColumn.xlsx")
        .paragraph("某某县水利局2024年度项目支出绩效自评表")
        .table(
            "填报单位：某某县水利局|<|<|<|<|<|<|<|金额单位：万元",
            "一、年度资金总额执行情况|<|<|<|<|<|<|<|<",
            "项目名称|实施单位||年初预算数|全年预算数|全年执行数|分值|执行率|得分",
            "供水工程维修养护项目|某某县供水管理站||180.00|210.00|202.59|10|96.47%|9.65",
            "河湖管护公益性岗位补助项目|某某县河湖保护服务中心||96.00|96.00|93.41|10|97.30%|9.73",
            "合计|||276.00|306.00|296.00|—|96.73%|—",
            "二、项目绩效指标完成情况|<|<|<|<|<|<|<|<",
            "项目名称|一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施",
            "供水工程维修养护项目|产出指标|数量指标|维修养护集中供水工程|≥46处|48处|45|45|",
            "^|满意度指标|服务对象满意度|受益群众满意度|≥90%|92.4%|45|45|",
            "^|项目总分（含年度资金总额得分）|<|<|<|<|100|99.65|",
            "河湖管护公益性岗位补助项目|产出指标|数量指标|聘用河湖管护员|≥160名|160名|45|45|",
            "^|满意度指标|服务对象满意度|沿河群众满意度|≥90%|93.5%|45|45|",
            "^|项目总分（含年度资金总额得分）|<|<|<|<|100|99.73|",
            "说明：年度资金总额得分＝执行率×10|<|<|<|<|<|<|<|<")
        .build();
  }

  @Test
  void anIndicatorTableWhoseProjectColumnNamesEachBlockIsOneReportPerProject() {
    List<Report> reports = ReportExtractor.standard().extractAll(byProjectColumn(), null);
    assertEquals(2, reports.size());
    Report second = reports.get(1);
    assertEquals("河湖管护公益性岗位补助项目", second.project());
    assertEquals("某某县河湖保护服务中心", second.implementingUnit());
    assertEquals(0, new BigDecimal("96.00").compareTo(second.budget().adjustedBudget()), "its own fund line, not the 合计");
    assertEquals(0, new BigDecimal("93.41").compareTo(second.budget().expenditure()));
    assertEquals(List.of("年度资金总额", "聘用河湖管护员", "沿河群众满意度"), second.indicators().stream().map(IndicatorRow::level3).toList());
    assertEquals(0, new BigDecimal("99.73").compareTo(second.totalScore()));
    assertEquals(List.of("年度资金总额", "维修养护集中供水工程", "受益群众满意度"),
        reports.get(0).indicators().stream().map(IndicatorRow::level3).toList(), "the other project's rows are not the first's");
  }

  @Test
  void eachIdentityBlockAfterAScoredFormStartsItsOwnReport() {
    for (ParsedDocument doc : List.of(stacked(2, true), stacked(0, true), stacked(0, false), stacked(1, false))) {
      List<Report> reports = ReportExtractor.standard().extractAll(doc, null);
      assertEquals(2, reports.size(), doc.fileName());
      Report first = reports.get(0);
      Report second = reports.get(1);
      assertEquals("2023年城乡医疗救助资金", first.project());
      assertEquals("农村牧区人居环境整治", second.project());
      assertEquals("某某区农牧局", second.department());
      assertEquals("某某区农村牧区经营管理站", second.implementingUnit());
      assertEquals(2023, second.fiscalYear());
      assertEquals(0, new BigDecimal("94").compareTo(second.totalScore()));
      assertEquals(0, new BigDecimal("560.00").compareTo(second.budget().adjustedBudget()));
      assertEquals(List.of("年度资金总额", "资助参保人数", "救助对象满意度"), second.indicators().stream().map(IndicatorRow::level3).toList());
      assertEquals(List.of("年度资金总额", "资助参保人数", "救助对象满意度"), first.indicators().stream().map(IndicatorRow::level3).toList(),
          "the next form's fund lines are no rows of the first");
      assertNotNull(second.part());
      assertEquals(List.of(0), second.part().tables());
    }
  }

  @Test
  void provenanceNamesTheRowsOfTheWholeTable() {
    ParsedDocument doc = stacked(2, true);
    Report second = ReportExtractor.standard().extractAll(doc, null).get(1);
    // form one: 11 rows, two blank rows, the title rows (13, 14), 项目名称 at 15, the first indicator at 22 (0-based)
    CellRef project = assertInstanceOf(CellRef.class, second.evidence().get(org.jixiao.schema.ReportField.project).source());
    assertEquals(15, project.row());
    CellRef row = assertInstanceOf(CellRef.class, second.indicators().get(1).source());
    assertEquals(22, row.row());
    assertEquals(0, row.table());
  }

  @Test
  void theNextFormsCaptionRowsBecomeItsTitle() {
    Segmentation s = ReportSegmenter.standard().split(stacked(2, true));
    assertEquals(2, s.parts().size());
    List<String> second = s.parts().get(1).document().paragraphs().stream().map(p -> p.text()).toList();
    assertEquals(List.of("项目支出绩效自评表（二）", "（2023年度）"), second);
    ParsedDocument doc = s.parts().get(1).document();
    doc.paragraphs().forEach(p -> assertEquals(p.text(), doc.text().substring(p.start(), p.end())));
    assertFalse(s.parts().get(0).document().paragraphs().stream().anyMatch(p -> p.text().contains("（二）")));
  }

  @Test
  void threeFormsGiveThreeReports() {
    List<String> rows = new ArrayList<>();
    String[] names = {"校舍维修改造", "农村饮水安全巩固提升", "城乡居民医疗保险补助"};
    for (int k = 0; k < 3; k++) {
      rows.addAll(form("项目支出绩效自评表", names[k], "某某县第" + (k + 1) + "局", "某某县第" + (k + 1) + "中心", "300", "300", "45", "45", "100"));
    }
    ParsedDocument doc = DocumentFixture.named("testStackedThree.docx").table(rows.toArray(String[]::new)).build();
    List<Report> reports = ReportExtractor.standard().extractAll(doc, null);
    assertEquals(List.of(names[0], names[1], names[2]), reports.stream().map(Report::project).toList());
    reports.forEach(r -> assertEquals(3, r.indicators().size()));
    reports.forEach(r -> assertEquals(2023, r.fiscalYear()));
  }

  @Test
  void aSecondIdentityRowInsideOneFormIsNoNewReport() {
    // a form that prints 项目名称 twice before its indicator header (a continuation page's repeated head)
    List<String> rows = new ArrayList<>(form(null, "城乡医疗救助", "某某区医疗保障局", "某某区医疗保障事务中心", "980", "980", "45", "44", "99"));
    rows.add(2, "项目名称|城乡医疗救助|<|<|<|<|<|<");
    ParsedDocument doc = DocumentFixture.named("testOneForm.xls").paragraph("（2023年度）").table(rows.toArray(String[]::new)).build();
    assertFalse(ReportSegmenter.standard().split(doc).several());
  }

  @Test
  void aFundBlockAfterTheIndicatorsIsNeverReadAsRows() {
    // a second form without its own 项目名称: not a report of its own, and its money lines are no indicators
    List<String> rows = new ArrayList<>(form(null, "城乡医疗救助", "某某区医疗保障局", "某某区医疗保障事务中心", "980", "980", "45", "44", "99"));
    List<String> next = form(null, "x", "x", "x", "560.00", "538.45", "40", "45", "94");
    rows.addAll(next.subList(2, 7));
    ParsedDocument doc = DocumentFixture.named("testFundAfterRows.xls").paragraph("（2023年度）").table(rows.toArray(String[]::new)).build();
    List<Report> reports = ReportExtractor.standard().extractAll(doc, null);
    assertEquals(1, reports.size());
    List<String> level3 = reports.get(0).indicators().stream().map(IndicatorRow::level3).toList();
    assertEquals(List.of("年度资金总额", "资助参保人数", "救助对象满意度"), level3);
    assertTrue(level3.stream().noneMatch(l -> l.contains("财政拨款") || l.contains("结转")));
  }
}
