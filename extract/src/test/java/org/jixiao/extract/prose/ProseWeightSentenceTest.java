package org.jixiao.extract.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.extract.testing.DocumentFixture;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.jixiao.schema.Section;
import org.junit.jupiter.api.Test;

/**
 * The third-party prose family of round 13 (h105) on variants written here: items numbered ①② per group whose weight
 * is a sentence of its own ("①名称。设定权重分W分。…核定该项实际得分S分。"), target and actual labelled after it
 * (目标值…，评价值…), groups headed "（一）项目决策" with no score, bare 二级 lines, and the 一级 weights and scores
 * summed up in one sentence that names the groups by their kind (决策类指标).
 */
class ProseWeightSentenceTest {
  private static Report extract(String... paragraphs) {
    ParsedDocument doc = DocumentFixture.named("testWeightSentence.docx").paragraphs(paragraphs).build();
    return ReportExtractor.standard().extract(doc, null);
  }

  private static BigDecimal n(String s) {
    return new BigDecimal(s);
  }

  @Test
  void itemsWithAWeightSentenceUnderUnscoredHeadingsAndASummarySentence() {
    Report r = extract(
        "某某县2023年城乡供水保障项目绩效评价报告",
        "二、评价结论",
        "经评价，过程类指标分值20分，实得19分；产出类指标分值30分，实得28.5分。综合得分47.5分。",
        "三、指标评分情况",
        "（一）项目过程",
        "资金管理",
        "①资金到位率。设置分值10分。目标值100%，评价值100%。资金全部到位。评价组核定该项实际得分10分。",
        "②资金使用合规性。设置分值10分。抽查凭证发现1笔支出依据不全，扣1分。评价组核定该项实际得分9分。",
        "（二）项目产出",
        "产出数量",
        "①新建供水管网长度。设置分值15分。目标值≥1,250公里，评价值1,236公里。按完成比例计分。评价组核定该项实际得分14.5分。",
        "产出质量",
        "②水质检测合格率。设置分值15分。目标值≥98%，评价值99.2%。评价组核定该项实际得分15分。");
    List<IndicatorRow> rows = r.indicators();
    assertEquals(List.of("资金到位率", "资金使用合规性", "新建供水管网长度", "水质检测合格率"),
        rows.stream().map(IndicatorRow::level3).toList());
    assertEquals(List.of("项目过程", "项目过程", "项目产出", "项目产出"), rows.stream().map(IndicatorRow::level1).toList());
    assertEquals(List.of("资金管理", "资金管理", "产出数量", "产出质量"), rows.stream().map(IndicatorRow::level2).toList());
    assertEquals(0, n("14.5").compareTo(rows.get(2).score()));
    assertEquals(0, n("15").compareTo(rows.get(2).weight()));
    assertEquals("≥1,250公里", rows.get(2).target(), "a thousands comma does not end the value");
    assertEquals("1,236公里", rows.get(2).actual());
    assertNull(rows.get(1).target(), "an item that prints no target has none");
    assertEquals(List.of("项目过程", "项目产出"), r.sections().stream().map(Section::name).toList(),
        "the summary's 过程类指标 is the group headed 项目过程");
    assertEquals(0, n("28.5").compareTo(r.sections().get(1).score()));
    assertEquals(0, n("50").compareTo(r.maxScore()), "the groups' weights cover the report");
  }

  @Test
  void aSummaryClauseAloneOrNamingNoGroupIsNoSection() {
    java.util.function.Predicate<String> known = ProseNameGuesser.standard()::isLevel1;
    assertTrue(GroupSummary.find("决策类指标权重分15分、实际得分14分。", List.of(), known).isEmpty(), "one clause may be anything");
    assertTrue(GroupSummary.find("资金到位率权重分5分、实际得分5分；预算执行率权重分5分、实际得分4分。", List.of("项目过程"), known).isEmpty(),
        "indicators' own weights and scores are not groups");
    assertEquals(List.of("投入", "产出指标"), GroupSummary.find("投入指标权重20分，得分19分；产出指标权重80分，得分76分。",
        List.of("投入", "产出指标"), known).stream().map(GroupSummary.Found::name).toList());
    // beside a table, no prose row names the groups: known 一级 names do, weight word or not (h139's, h65's wordings)
    assertEquals(List.of("决策", "过程"), GroupSummary.find("经评价，项目综合得分97.49分，其中决策16分、得15分，过程21分、得19.69分。",
        List.of(), known).stream().map(GroupSummary.Found::name).toList());
    assertEquals(List.of("决策", "产出"), GroupSummary.find("决策类指标20分，得19分；产出类指标40分，得39分。",
        List.of(), known).stream().map(GroupSummary.Found::name).toList());
    assertTrue(GroupSummary.find("培训人次20分，得20分；合格率10分，得9分。", List.of(), known).isEmpty(), "rows are no groups");
  }

  @Test
  void otherWordingsOfTheWeightSentenceAndTheValues() {
    Report r = extract(
        "一、项目决策",
        "①绩效目标明确性。权重分值4分。绩效目标细化为可衡量的指标。核定得分4分。",
        "二、项目效益",
        "满意度",
        "①受益群众满意度。该项指标满分6分。目标值≥90%；评价值92.5%。问卷回收300份。评价得分6分。");
    List<IndicatorRow> rows = r.indicators();
    assertEquals(List.of("绩效目标明确性", "受益群众满意度"), rows.stream().map(IndicatorRow::level3).toList());
    assertEquals(List.of("项目决策", "项目效益"), rows.stream().map(IndicatorRow::level1).toList());
    assertEquals("满意度", rows.get(1).level2());
    assertEquals(0, n("6").compareTo(rows.get(1).weight()));
    assertEquals("≥90%", rows.get(1).target());
    assertEquals("92.5%", rows.get(1).actual());
  }

  @Test
  void aWeightSentenceAfterAnUnnumberedOpeningIsNoHeading() {
    assertTrue(HeadedParagraph.parse("评价组认为项目管理较规范。分值5分，得4分。").isEmpty());
    assertTrue(HeadedParagraph.parse("1.总体评价。满分100分。").isEmpty(), "满分 alone may be the report's full mark");
    HeadedParagraph h = HeadedParagraph.parse("③绩效目标合理性。设定权重分3分。酌情扣0.5分。评价组核定该项实际得分2.5分。").orElseThrow();
    assertEquals("绩效目标合理性", h.name());
    assertEquals(0, n("3").compareTo(h.weight()));
    assertEquals(0, n("2.5").compareTo(h.score()));
  }

  @Test
  void aScoreWorkedOutByAFormulaAndAQuotedRulesFullMarks() {
    // h355: the quoted 评分标准's 得满分 is no score; the score is the formula's result
    HeadedParagraph h = HeadedParagraph.parse("灌溉保证率（6分）：评分标准为“≥85%得满分，每降低1个百分点扣0.5分”。经测算，项目区灌溉保证率81.6%，"
        + "得分=81.6%/85%×6=5.76。").orElseThrow();
    assertEquals(0, n("6").compareTo(h.weight()));
    assertEquals(0, n("5.76").compareTo(h.score()));
    HeadedParagraph unscored = HeadedParagraph.parse("灌溉保证率（6分）：评分标准为“≥85%得满分，每降低1个百分点扣0.5分”。").orElseThrow();
    assertEquals(null, unscored.score(), "a rule's full marks quoted, no score stated");
    HeadedParagraph full = HeadedParagraph.parse("灌溉保证率（6分）：评分标准为“≥85%得满分”。实际92%，得满分。").orElseThrow();
    assertEquals(0, n("6").compareTo(full.score()), "得满分 outside the quotation is the score");
  }
}
