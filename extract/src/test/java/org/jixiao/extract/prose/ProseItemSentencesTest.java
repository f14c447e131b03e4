package org.jixiao.extract.prose;

import static org.jixiao.extract.prose.ProseRows.assertScored;
import static org.jixiao.extract.prose.ProseRows.at;
import static org.jixiao.extract.prose.ProseRows.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.extract.testing.DocumentFixture;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.IndicatorRow;
import org.junit.jupiter.api.Test;

/**
 * Round 15's prose families (h123, h126) on variants written here: an item's weight in one sentence and its score in
 * the sentence that closes the paragraph, target, actual, rule or reason between; items counted "第n项" and naming
 * 一级—二级—三级 joined by dashes; items classing themselves "该指标属于投入类预算执行指标".
 */
class ProseItemSentencesTest {
  @Test
  void countedItemsJoiningThreeLevelsScoredInTheirClosingSentence() {
    ParsedDocument doc = DocumentFixture.named("testCounted.docx").paragraphs(
        "二、绩效指标完成情况",
        "第1项，投入管理—预算执行—预算执行率，本项满分10分。年初设定目标为100%，年末实际为97.20%。按执行率乘以分值计分。经自评，本项得9.72分。",
        "第二项：产出—时效—办结时限，该项分值8分。设定目标≤15日，完成12日。经评价，该项得8分。",
        "第3项，满意度—服务对象满意度—群众满意度，本项满分12分。年初设定目标为≥95%，年末实际为93%。调查样本偏少。本项得11分。").build();
    List<IndicatorRow> rows = rows(doc);
    assertEquals(List.of("预算执行率", "办结时限", "群众满意度"), rows.stream().map(IndicatorRow::level3).toList());
    assertEquals(List.of("投入管理", "产出", "满意度"), rows.stream().map(IndicatorRow::level1).toList());
    assertEquals(List.of("预算执行", "时效", "服务对象满意度"), rows.stream().map(IndicatorRow::level2).toList());
    assertScored(rows.get(0), "10", "9.72");
    assertScored(rows.get(1), "8", "8");
    assertScored(rows.get(2), "12", "11");
    assertEquals("100%", rows.get(0).target());
    assertEquals("97.20%", rows.get(0).actual());
    assertEquals("≤15日", rows.get(1).target());
    assertEquals("12日", rows.get(1).actual());
    assertEquals("投入管理", at(doc, rows.get(0), IndicatorField.level1));
    assertTrue(at(doc, rows.get(0), IndicatorField.score).contains("本项得9.72分"));
  }

  @Test
  void itemsClassingThemselvesUnderBothLevelsWithARuleBeforeTheScore() {
    ParsedDocument doc = DocumentFixture.named("testClassed.doc").paragraphs(
        "二、分项指标自评情况",
        "（1）资金到位率：该指标属于投入类资金管理指标，分值6分，目标100%，完成100%。得6分。",
        "（2）安全检查覆盖率：该项指标属于产出类质量指标，权重12分，目标≥95%，完成93.5%。评分标准：≥95%得满分；90%（含）-95%扣2分；"
            + "90%以下不得分。得10分。",
        "（3）群众满意度：该指标属于满意度类满意度指标，分值10分，目标≥90%，完成92%。得10分。").build();
    List<IndicatorRow> rows = rows(doc);
    assertEquals(List.of("资金到位率", "安全检查覆盖率", "群众满意度"), rows.stream().map(IndicatorRow::level3).toList());
    assertEquals(List.of("投入", "产出", "满意度"), rows.stream().map(IndicatorRow::level1).toList());
    assertEquals(List.of("资金管理", "质量", "满意度"), rows.stream().map(IndicatorRow::level2).toList());
    assertScored(rows.get(1), "12", "10");
    assertEquals("≥95%", rows.get(1).target());
    assertEquals("93.5%", rows.get(1).actual());
    assertEquals("产出", at(doc, rows.get(1), IndicatorField.level1));
  }

  @Test
  void aClosingScoreNeverJoinsAnotherItemsWeight() {
    // two items in one paragraph, the first scored in its own clause: the closing 得S分 belongs to the second only
    ParsedDocument doc = DocumentFixture.named("testTwoItems.docx").paragraphs(
        "（1）培训人次，分值5分，得5分；（2）培训合格率，分值5分。目标95%，完成90%。得4分。").build();
    List<IndicatorRow> rows = rows(doc);
    assertEquals(List.of("培训人次", "培训合格率"), rows.stream().map(IndicatorRow::level3).toList());
    assertScored(rows.get(0), "5", "5");
    assertScored(rows.get(1), "5", "4");
  }

  @Test
  void aReportsFullMarkIsNoItemsWeight() {
    // "满分100分" alone, and a score sentence closing the paragraph: the report's, not a row
    ParsedDocument doc = DocumentFixture.named("testReportMark.docx").paragraphs(
        "本次自评共设8项三级指标，满分100分。经逐项评分，自评得分98.65分。").build();
    assertEquals(List.of(), rows(doc));
  }

  @Test
  void aWordCountedPartIsNoItem() {
    ParsedDocument doc = DocumentFixture.named("testPart.docx").paragraphs(
        "第三部分，绩效指标完成情况",
        "第1条：投入—预算执行—预算执行率，本项满分10分。经自评，本项得10分。").build();
    List<IndicatorRow> rows = rows(doc);
    assertEquals(1, rows.size());
    assertEquals("投入", rows.getFirst().level1());
    assertNull(rows.getFirst().target());
  }

  /** Items designated "“名称”指标。" with target and actual in the next sentence, quoted or not (h134's family). */
  @Test
  void designatedItemsStateTheirValuesInTheNextSentence() {
    ParsedDocument doc = DocumentFixture.named("testDesignated.docx").paragraphs(
        "1．“预算执行率”指标。年度目标为100%，全年实际完成97.03%，按执行率乘以分值计分，该指标满分8分，评价得分7.76分。",
        "2．“资产管理规范性”指标。年度目标为“规范”，实际完成情况为“基本规范”，该指标满分4分，评价得分3分。").build();
    List<IndicatorRow> rows = rows(doc);
    assertEquals(List.of("预算执行率", "资产管理规范性"), rows.stream().map(IndicatorRow::level3).toList());
    assertEquals("100%", rows.get(0).target());
    assertEquals("97.03%", rows.get(0).actual());
    assertEquals("规范", rows.get(1).target(), "the quotes are the sentence's, not the value's");
    assertEquals("基本规范", rows.get(1).actual());
    assertEquals("基本规范", at(doc, rows.get(1), IndicatorField.actual));
    assertScored(rows.get(1), "4", "3");
  }

  /** Items numbered "指标n：" with 计划/完成 values and "评为S分", the rule after the score (h141's family). */
  @Test
  void itemsNumberedAsIndicatorsWithTheirRuleAfterTheScore() {
    ParsedDocument doc = DocumentFixture.named("testIndicatorItems.doc").paragraphs(
        "（一）投入（20分，得19.67分）",
        "指标1：预算编制准确率。计划≥90%，完成93.5%，分值5分，评为5分。",
        "指标2：固定资产利用率。计划≥90%，完成95.6%，分值5分，评为5分。评分办法：利用率≥90%得满分；利用率<85%不得分。").build();
    List<IndicatorRow> rows = rows(doc);
    assertEquals(List.of("预算编制准确率", "固定资产利用率"), rows.stream().map(IndicatorRow::level3).toList());
    assertEquals("≥90%", rows.get(0).target());
    assertEquals("93.5%", rows.get(0).actual());
    assertScored(rows.get(1), "5", "5");
    assertEquals("利用率≥90%得满分；利用率<85%不得分", rows.get(1).rule());
  }

  /** "1.名称（本项满分W分）。…，本项得S分。" (h152's family): the weight in the bracket closing the title. */
  @Test
  void theWeightInTheTitlesBracketAndTheScoreClosingTheParagraph() {
    ParsedDocument doc = DocumentFixture.named("testBracketWeight.docx").paragraphs(
        "（一）预算执行（本部分满分20分，得分20分）",
        "1.预算执行率（本项满分10分）。年初设定目标为不低于95%，全年预算1,862.40万元，实际支出1,840.10万元，执行率98.80%，本项得10分。",
        "2.投诉举报按时办结率（本项满分10分）。年初设定目标为98%以上，全年按时办结率96.5%，本项得9分。").build();
    List<IndicatorRow> rows = rows(doc);
    assertEquals(List.of("预算执行率", "投诉举报按时办结率"), rows.stream().map(IndicatorRow::level3).toList());
    assertScored(rows.get(1), "10", "9");
  }

  @Test
  void anItemUnderItsOwnHeadingStatesItsRuleAndFiguresInTheParagraphBelow() {
    // h318's family: "2.学生体质健康合格率（4分）" over "评分标准：….年度目标值≥95%，实际为92%，扣1分。" — the paragraph opens with
    // the figures, or states them after its rule, a bare 实际 labelling the actual once the target's label opens the pair
    ParsedDocument doc = DocumentFixture.named("testHeaded.html").paragraphs(
        "（三）产出指标（25分）",
        "1.新建村级文化广场（个）（6分）",
        "年度目标值≥40个，实际完成38个，按完成比例计分，扣0.3分。",
        "2.群众文体活动参与率（5分）",
        "评分标准：达到目标值得满分，每低1个百分点扣0.5分。年度目标值≥85%，实际为83%，扣1分。",
        "3.设备配备达标率（4分）",
        "年度目标值≥95%，实际达到96.2%，不扣分。").build();
    List<IndicatorRow> rows = rows(doc);
    assertEquals(List.of("新建村级文化广场（个）", "群众文体活动参与率", "设备配备达标率"),
        rows.stream().map(IndicatorRow::level3).toList());
    assertEquals("≥40个", rows.get(0).target());
    assertEquals("38个", rows.get(0).actual());
    assertScored(rows.get(0), "6", "5.7");
    assertEquals("≥85%", rows.get(1).target());
    assertEquals("83%", rows.get(1).actual());
    assertEquals("达到目标值得满分，每低1个百分点扣0.5分", rows.get(1).rule());
    assertEquals("达到目标值得满分，每低1个百分点扣0.5分", at(doc, rows.get(1), IndicatorField.rule));
    assertScored(rows.get(1), "5", "4");
    assertEquals("≥95%", rows.get(2).target());
    assertEquals("≥95%", at(doc, rows.get(2), IndicatorField.target));
    assertNull(rows.get(0).rule());
  }

  @Test
  void itemsWrittenInChineseNumeralsWithTheirSecondLevelInBrackets() {
    // h317's family: weights, scores, targets and actuals in 中文数字, each item "n.名称（二级）。权重X分，年度目标…，实际完成…。得Y分。"
    // under a 一级 heading that states its own weight and score
    ParsedDocument doc = DocumentFixture.named("testNumerals.txt").paragraphs(
        "（一）决策指标（权重十分，得分九点五分）",
        "1.绩效目标合理性（目标设定）。权重五分，年度目标与部门职责相符，实际完成相符。得五分。",
        "2.绩效指标明确性（目标设定）。权重五分，年度目标细化量化，实际完成个别指标未细化。扣零点五分，得四点五分。",
        "（二）产出指标（权重二十分，得分十九点七四分）",
        "3.职业技能培训（产出数量）。权重十二分，年度目标八千人次以上，实际完成七千六百五十人次。按完成比例计分，得十一点四八分。",
        "4.培训合格率（产出质量）。权重八分，年度目标百分之九十以上，实际完成百分之九十四点二。得八分。").build();
    List<IndicatorRow> rows = rows(doc);
    assertEquals(List.of("绩效目标合理性", "绩效指标明确性", "职业技能培训", "培训合格率"),
        rows.stream().map(IndicatorRow::level3).toList());
    assertEquals(List.of("目标设定", "目标设定", "产出数量", "产出质量"), rows.stream().map(IndicatorRow::level2).toList());
    assertScored(rows.get(1), "5", "4.5");
    assertScored(rows.get(2), "12", "11.48");
    assertEquals("八千人次以上", rows.get(2).target());
    assertEquals("七千六百五十人次", rows.get(2).actual());
    assertEquals("百分之九十以上", rows.get(3).target());
    assertEquals("产出数量", at(doc, rows.get(2), IndicatorField.level2));
  }
}
