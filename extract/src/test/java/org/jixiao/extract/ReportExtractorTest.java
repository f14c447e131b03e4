package org.jixiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.extract.testing.DocumentFixture;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.ExtractionMethod;
import org.jixiao.schema.GradeLevel;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Json;
import org.jixiao.schema.Report;
import org.jixiao.schema.Section;
import org.jixiao.schema.ReportField;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** The cascade end to end on small documents, and its error paths: nothing to read never throws. */
class ReportExtractorTest {
  private static final ReportExtractor EXTRACTOR = ReportExtractor.standard();

  @Test
  void anEmptyDocumentGivesAnEmptyReport() {
    ParsedDocument doc = DocumentFixture.named("testEmpty.docx").build();
    Report r = EXTRACTOR.extract(doc, null);
    assertEquals("testEmpty.docx", r.sourceFile());
    assertEquals(List.of(), r.indicators());
    assertEquals(List.of(), r.sections());
    assertNull(r.department());
    assertNull(r.fiscalYear());
    assertNull(r.adminLevel());
    assertNull(r.province());
    assertNull(r.evaluator());
    assertNull(r.totalScore());
    assertNull(r.maxScore());
    assertNull(r.grade());
    assertNull(r.budget());
    assertNull(r.title());
    assertNull(r.fileSha256());
    assertEquals("DOCX", r.format());
    assertEquals(r, Json.read(Json.write(r), Report.class), "an empty report round-trips through JSON");
  }

  @Test
  void aTableOfJunkGivesNoRows() {
    ParsedDocument doc = DocumentFixture.named("testJunk.docx")
        .table("abc|def|ghi|123",
            "1|2|3|4",
            "备注|<|<|<",
            "|||",
            "分值|得分|分值|得分",
            "10|9|x|y",
            "三级指标|<|<|<",
            "合计|<|<|<",
            "绩效等级|<|<|<")
        .table("^^|<<|%%|--")
        .build();
    Report r = EXTRACTOR.extract(doc, null);
    assertEquals(List.of(), r.indicators());
    assertNull(r.totalScore());
    assertNull(r.grade());
  }

  @Test
  void paragraphsWithoutScoresGiveNoRows() {
    ParsedDocument doc = DocumentFixture.named("testProse.docx")
        .paragraphs("一、基本情况", "本单位全年共办理业务3200件，较上年增长12%。", "（一）存在的问题", "1.", "（2）", "得分", "分")
        .build();
    Report r = EXTRACTOR.extract(doc, null);
    assertEquals(List.of(), r.indicators());
    assertNull(r.totalScore());
  }

  @Test
  void aSmallSelfEvaluationEndToEnd() {
    ParsedDocument doc = DocumentFixture.named("testSmall.docx")
        .paragraph("洛阳市文化广电和旅游局2022年度部门整体支出绩效自评表")
        .table("一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分",
            "产出指标|数量指标|送戏下乡场次|≥120场|126场|50|50",
            "效益指标|满意度指标|群众满意度|≥90%|93%|50|45",
            "总分|<|<|<|<|100|95",
            "绩效等级|<|优|<|<|<|<")
        .paragraph("群众满意度：通过问卷调查，群众满意度为93%。（设置分值50分，得45分）")
        .build();
    Report r = EXTRACTOR.extract(doc, "ab".repeat(32));
    assertEquals("洛阳市文化广电和旅游局", r.department());
    assertEquals(2022, r.fiscalYear());
    assertEquals("河南省", r.province());
    assertEquals(0, new BigDecimal("95").compareTo(r.totalScore()));
    assertEquals(0, new BigDecimal("100").compareTo(r.maxScore()));
    assertEquals(GradeLevel.EXCELLENT, r.grade());
    assertEquals(List.of("送戏下乡场次", "群众满意度"), r.indicators().stream().map(IndicatorRow::level3).toList());
    IndicatorRow satisfied = r.indicators().get(1);
    assertEquals(ExtractionMethod.TABLE, satisfied.method());
    assertEquals(1, satisfied.alternates().size(), "the prose score is kept as the row's second statement");
    assertEquals(ExtractionMethod.PROSE, satisfied.alternates().get(0).method());
    assertTrue(r.evidence().containsKey(ReportField.totalScore));
    assertEquals("ab".repeat(32), r.fileSha256());
  }

  @Test
  void aProjectTotalBelowTheIndicatorTableOutranksItsPartialSum() {
    // the MOF project form: the 资金 line is scored above the indicator table, whose 合计 covers only the
    // indicators; the project's total is printed below the table
    ParsedDocument doc = DocumentFixture.named("testProjectTotal.pdf")
        .paragraph("2023年度项目支出绩效自评表")
        .table("资金来源（万元）|全年预算数|全年执行数|分值|执行率|得分",
            "年度资金总额|200|190|10|95%|9.5")
        .table("一级指标|二级指标|三级指标|年度指标值|分值|实际完成值|得分",
            "产出指标|数量指标|改造农户数|≥500户|45|520户|45",
            "效益指标|满意度指标|群众满意度|≥90%|45|88%|43",
            "合计|<|<|<|90|<|88")
        .paragraph("项目总分：97.5分")
        .build();
    Report r = EXTRACTOR.extract(doc, null);
    assertEquals(0, new BigDecimal("97.5").compareTo(r.totalScore()));
    assertEquals(0, new BigDecimal("100").compareTo(r.maxScore()), "the rows' weights, fund line included");
  }

  @Test
  void aRulesSheetKeyedByCodeGivesItsRulesToTheRowsAndAddsNone() {
    // h495: the form's rows carry 指标编号; a second sheet 评分细则 (编号 | 名称 | 分值 | 评分细则) holds their rules,
    // the fund line's under a name with a note ("年度资金总额（预算执行率）")
    ParsedDocument doc = DocumentFixture.named("testRulesSheet.xlsx")
        .paragraph("项目支出绩效自评表")
        .table("编号|项目资金（万元）|年初预算数|全年预算数|全年执行数|执行率|分值|得分",
            "ZJ-1|年度资金总额|2,860.00|2,936.40|2,871.25|97.78%|10|9.87",
            "指标编号|一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分",
            "CC1-1|产出指标|数量指标|居民电子健康档案建档率|≥90%|92.6%|45|45",
            "XY2-1|效益指标|可持续影响指标|基层公共卫生服务能力|持续提升|基本达成|45|27",
            "总分|<|<|<|<|<|100|81.87")
        .table("指标编号|指标名称|分值|评分细则",
            "ZJ-1|年度资金总额（预算执行率）|10|得分＝预算执行率×分值",
            "CC1-1|居民电子健康档案建档率|45|达到指标值得满分；未达到的按完成值÷指标值×分值计分",
            "XY2-1|基层公共卫生服务能力|45|完全达成得满分；基本达成得分值的60%；未达成不得分")
        .build();
    Report r = EXTRACTOR.extract(doc, null);
    assertEquals(List.of("年度资金总额", "居民电子健康档案建档率", "基层公共卫生服务能力"),
        r.indicators().stream().map(IndicatorRow::level3).toList());
    IndicatorRow fund = r.indicators().get(0);
    assertEquals("得分＝预算执行率×分值", fund.rule());
    assertEquals(0, new BigDecimal("9.87").compareTo(fund.score()));
    assertEquals("完全达成得满分；基本达成得分值的60%；未达成不得分", r.indicators().get(2).rule());
  }

  @Test
  void rowsCitingARuleByItsCodeTakeTheRuleFromTheTableOfRules() {
    // h508: a 规则编号 column ("R2") and a table of the rules below (规则编号 | 适用指标 | 计分规则)
    ParsedDocument doc = DocumentFixture.named("testRuleCodes.odt")
        .paragraph("部门整体支出绩效自评表")
        .table("一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|规则编号",
            "过程|预算执行|预算执行率|100%|97.31%|50|48.66|R1",
            "产出|数量指标|送教下乡场次|≥40场|36场|50|45|R2",
            "合计|<|<|<|<|100|93.66|<")
        .paragraph("三、计分规则")
        .table("规则编号|适用指标|计分规则",
            "R1|预算执行率|得分＝执行率×分值",
            "R2|定量指标（正向）|得分＝实际完成值÷年度指标值×分值，超额完成不加分")
        .build();
    Report r = EXTRACTOR.extract(doc, null);
    assertEquals(2, r.indicators().size(), r.indicators().toString());
    assertNull(r.indicators().get(0).code(), "a rule's code is not the row's");
    assertEquals("得分＝执行率×分值", r.indicators().get(0).rule());
    assertEquals("得分＝实际完成值÷年度指标值×分值，超额完成不加分", r.indicators().get(1).rule());
    assertTrue(r.indicators().get(1).sources().get(org.jixiao.schema.IndicatorField.rule) instanceof org.jixiao.schema.CellRef c
        && c.table() == 1, "cited from the table of rules");
  }

  @Test
  void aTableTotalCoveringEveryRowStandsAgainstProse() {
    ParsedDocument doc = DocumentFixture.named("testTableTotal.docx")
        .table("一级指标|二级指标|三级指标|分值|得分",
            "产出指标|数量指标|改造农户数|50|50",
            "效益指标|满意度指标|群众满意度|50|45",
            "合计|<|<|100|95")
        .paragraph("项目总分：97分")
        .build();
    Report r = EXTRACTOR.extract(doc, null);
    assertEquals(0, new BigDecimal("95").compareTo(r.totalScore()));
  }

  @Test
  void aGradeBesideTheTotalInTheSameRowIsRead() {
    ParsedDocument doc = DocumentFixture.named("testGradeCell.html")
        .table("一级指标|二级指标|三级指标|分值|得分|备注",
            "产出指标|数量指标|改造农户数|50|50|",
            "效益指标|满意度指标|群众满意度|50|45|",
            "合计|<|<|100分|95分|自评等级：优秀")
        .build();
    Report r = EXTRACTOR.extract(doc, null);
    assertEquals(GradeLevel.EXCELLENT, r.grade());
    assertEquals(0, new BigDecimal("95").compareTo(r.totalScore()));
  }

  @Test
  void aThirdPartyScoreSheetWithCodedRowsAndNamedSubtotals() {
    ParsedDocument doc = DocumentFixture.named("testScoreSheet.xlsx")
        .paragraph("某某区2023年度农村供水补助资金绩效评价评分表")
        .paragraph("项目主管部门：某某市某某区水务局　　评价机构：某某工程咨询有限公司　　评价时间：2024年6月")
        .table("序号|一级指标|二级指标|三级指标|权重|得分",
            "A1|决策|项目立项|立项依据充分性|10|10",
            "A2|^|^|绩效目标合理性|10|9",
            "决策小计|<|<|<|20|19",
            "B1|产出|产出数量|供水工程完成数|40|40",
            "B2|^|产出质量|水质达标率|40|38",
            "产出指标小计|<|<|<|80|78",
            "合计|<|<|<|100|97")
        .paragraph("评价机构：某某工程咨询有限公司　　2024年6月20日")
        .build();
    Report r = EXTRACTOR.extract(doc, null);
    assertEquals("某某市某某区水务局", r.department());
    assertEquals("某某工程咨询有限公司", r.evaluator());
    assertEquals(List.of("A1", "A2", "B1", "B2"), r.indicators().stream().map(IndicatorRow::code).toList());
    assertEquals(List.of("决策", "产出"), r.sections().stream().map(Section::name).toList(), "the 小计 rows are sections, not rows");
    assertEquals(0, new BigDecimal("78").compareTo(r.sections().get(1).score()));
    assertEquals(0, new BigDecimal("97").compareTo(r.totalScore()));
  }

  @Test
  void aSelfScoreTotalRowIsTheTotalNotARow() {
    ParsedDocument doc = DocumentFixture.named("testSelfTotal.docx")
        .table("一级指标|二级指标|三级指标|分值|得分",
            "产出指标|数量指标|改造农户数|50|50",
            "效益指标|满意度指标|群众满意度|50|45",
            "自评总分|<|<|100|95",
            "自评等级：优（≥90分）|<|<|<|<")
        .build();
    Report r = EXTRACTOR.extract(doc, null);
    assertEquals(2, r.indicators().size());
    assertEquals(GradeLevel.EXCELLENT, r.grade(), "the band note after the grade is not part of it");
    assertEquals(0, new BigDecimal("95").compareTo(r.totalScore()));
  }

  @Test
  void namesPrintedAfterTheirNumberUnderASequenceHeaderLoseTheNumber() {
    ParsedDocument doc = DocumentFixture.named("testNumberedNames.pdf")
        .table("序号 指标名称|指标值|完成值|权重(%)|得分",
            "1 预算执行率|100%|95.72%|10|9.57",
            "2 12345热线按时办结率|≥95%|97%|10|10",
            "3 65岁及以上老年人健康管理率|≥70%|71.6%|80|80")
        .build();
    Report r = EXTRACTOR.extract(doc, null);
    assertEquals(List.of("预算执行率", "12345热线按时办结率", "65岁及以上老年人健康管理率"),
        r.indicators().stream().map(IndicatorRow::level3).toList());
  }

  @Test
  void aNumberedSequenceColumnIsNotACode() {
    ParsedDocument doc = DocumentFixture.named("testSeq.docx")
        .table("序号|一级指标|三级指标|分值|得分",
            "1|产出|改造农户数|50|50",
            "2|效益|群众满意度|50|45",
            "合计|<|<|100|95")
        .build();
    Report r = EXTRACTOR.extract(doc, null);
    assertEquals(java.util.Arrays.asList(null, null), r.indicators().stream().map(IndicatorRow::code).toList());
  }

  @Test
  void proseRowsStandWhenThereIsNoTable() {
    ParsedDocument doc = DocumentFixture.named("testProseRows.docx")
        .paragraph("某某县行政审批服务局2022年度部门整体支出绩效自评报告")
        .paragraph("1、产出指标完成情况分析（设置分值40分，得38分）")
        .paragraph("办件按时办结率：全年受理事项4.2万件，按时办结率100%。（设置分值20分，得20分）")
        .paragraph("（1）一是政务热线系统升级投入资金45.6万元，已通过验收。（设置分值20分，得18分）")
        .paragraph("经综合评定，本单位2022年度部门整体支出绩效自评总体得分为93分，评价等级为“优”。")
        .build();
    Report r = EXTRACTOR.extract(doc, null);
    assertEquals(List.of("办件按时办结率", "政务热线系统升级"), r.indicators().stream().map(IndicatorRow::level3).toList());
    assertEquals(List.of("产出", "产出"), r.indicators().stream().map(IndicatorRow::level1).toList());
    assertEquals(ExtractionMethod.PROSE, r.indicators().get(0).method());
    assertEquals(0, new BigDecimal("18").compareTo(r.indicators().get(1).score()));
    assertEquals("产出", r.sections().get(0).name());
    assertEquals(0, new BigDecimal("93").compareTo(r.totalScore()));
    assertEquals(GradeLevel.EXCELLENT, r.grade());
  }

  @Test
  void aScoreNoteOnItsOwnLineInventsNoName() {
    ParsedDocument doc = DocumentFixture.named("testNoteLine.docx")
        .paragraph("某某县行政审批服务局2022年度部门整体支出绩效自评报告")
        .paragraph("办件按时办结率：全年受理事项4.2万件，按时办结率100%。")
        .paragraph("（设置分值20分，得20分）")
        .build();
    for (IndicatorRow row : EXTRACTOR.extract(doc, null).indicators()) {
      assertFalse(row.level3().contains("分值") || row.level3().startsWith("（"), "invented name: " + row.level3());
    }
  }
}
