package org.jixiao.extract.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScoreMentionFinderTest {
  private static final ScorePatterns PATTERNS = ScorePatterns.standard();
  private static final ScoreMentionFinder FINDER = new ScoreMentionFinder(PATTERNS);

  /** One example (or more) per line of score-patterns.txt; {@link #everyPatternHasAnExample} keeps it so. */
  private static final List<String> EXAMPLES = List.of(
      "（设置分值2分，得2分）", "设置分值 4 分；实际得分3.5分", "本指标分值5分，自评得分4.5分", "权重为10分，最终得分为9.2分",
      "权重10分，得9.2分", "该指标标准分6分，评价得5分", "满分5分，得4分", "本指标满分3分，自评得分为2分",
      "该指标得分1.49分", "此项指标自评得分为3分", "分值3分，得满分", "权重为5分，自评得满分",
      "预算执行率指标分值10分，按“执行率×分值”计得8.58分", "总体得分为86.00分", "综合评分92.5分", "自评总得分：95分", "最终评价得分是88分", "项目总分：99.81分",
      "评价等级为“良”", "自评结果为优秀", "绩效等级：优", "综合等次评定为“合格”",
      "本部分共25分，自评得23分", "分值3分，扣0.5分，实得2.5分", "计4.5分（满分5分）", "该项权重3分，全部得分",
      "等级为“优”", "满分100分", "该项满分4分，实得3分", "该指标满分10分，主要是2处地块征迁滞后，扣1分，自评得9分", "此项6分，得6分", "（20分，自评18分）", "扣0.5分，本项得4.5分",
      "自评总分为88.5分", "项目总分：96.5分", "等次“良”", "本项3分全部得分", "合计：分值100分，自评得分97.08分", "自 评 等 级：优");

  private static ScoreMention only(String text) {
    List<ScoreMention> found = FINDER.find(text);
    assertEquals(1, found.size(), () -> text + " → " + found);
    return found.get(0);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(nullValues = "-", value = {
      "（设置分值2分，得2分）, ROW, 2, 2",
      "设置分值 4 分；实际得分3.5分, ROW, 4, 3.5",
      "本指标分值5分，自评得分4.5分, ROW, 5, 4.5",
      "权重为10分，最终得分为9.2分, ROW, 10, 9.2",
      "权重10分，得9.2分, ROW, 10, 9.2",
      "该指标标准分6分，评价得5分, ROW, 6, 5",
      "满分5分，得4分, ROW, 5, 4",
      "本指标满分3分，自评得分为2分, ROW, 3, 2",
      "该指标得分1.49分, ROW, -, 1.49",
      "此项指标自评得分为3分, ROW, -, 3",
      "分值3分，得满分, FULL, 3, 3",
      "预算按定额编制，本项3分全部得分, FULL, 3, 3",
      "权重为5分，自评得满分, FULL, 5, 5",
      "总体得分为86.00分, TOTAL, -, 86.00",
      "综合评分92.5分, TOTAL, -, 92.5",
      "自评总得分：95分, TOTAL, -, 95",
      "最终评价得分是88分, TOTAL, -, 88",
      "项目总分：99.81分, TOTAL, -, 99.81",
      "本部分共25分，自评得23分, ROW, 25, 23",
      "合计15分，得12分, ROW, 15, 12",
      "分值3分，扣0.5分，实得2.5分, ROW, 3, 2.5",
      "权重6分，扣除1分，得5分, ROW, 6, 5",
      "计4.5分（满分5分）, ROW, 5, 4.5",
      "该项权重3分，全部得分, FULL, 3, 3",
      "该项满分4分，实得3分, ROW, 4, 3",
      "满分5分，评4.5分, ROW, 5, 4.5",
      "该指标满分10分，按“执行率×10”计分，自评得9.63分, ROW, 10, 9.63",
      "预算执行率指标分值10分，按“执行率×分值”计得8.58分, ROW, 10, 8.58",
      "此项6分，得6分, ROW, 6, 6",
      "本项权重5分，自评5分, ROW, 5, 5",
      "（20分，自评18分）, ROW, 20, 18",
      "（权重40分，得分38.5分）, ROW, 40, 38.5",
      "扣0.5分，本项得4.5分, ROW, 5, 4.5",
      "扣1分，得4分, ROW, 5, 4",
      "自评总分为88.5分, TOTAL, -, 88.5",
      "绩效自评总分：91分, TOTAL, -, 91",
      "合计：分值100 分，自评得分97.08分, TOTAL, 100, 97.08"})
  void scoreSentences(String text, ScorePatterns.Kind kind, String weight, String score) {
    ScoreMention m = only(text);
    assertEquals(kind, m.kind());
    assertEquals(weight == null ? null : new BigDecimal(weight), m.weight());
    assertEquals(new BigDecimal(score), m.score());
    assertNull(m.grade());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({"评价等级为“良”, 良", "自评结果为优秀, 优秀", "绩效等级：优, 优", "综合等次评定为“合格”, 合格",
      "考核结果为良好。, 良好", "按照评价等级划分标准，等级为“优”。, 优", "自评等次为良。, 良",
      "经综合评定，等次“良”。, 良", "自 评 等 级：优, 优",
      // h454: a firm's wording, 评级 for 等级
      "经评价，绩效评级为“优”（90分（含）以上为“优”）。, 优"})
  void gradeSentences(String text, String grade) {
    ScoreMention m = only(text);
    assertEquals(ScorePatterns.Kind.GRADE, m.kind());
    assertEquals(grade, m.grade());
  }

  @Test
  void everyPatternHasAnExample() {
    for (ScorePatterns.Entry e : PATTERNS.entries()) {
      assertTrue(EXAMPLES.stream().anyMatch(x -> e.pattern().matcher(x).find()),
          () -> "no example in this test for " + e.kind() + " " + e.pattern());
    }
  }

  @Test
  void aDeductionImpliesTheWeightAndSaysSo() {
    ScoreMention implied = only("个别指标未量化，扣1分，本项得2分。");
    assertTrue(implied.impliedWeight());
    assertEquals(new BigDecimal("3"), implied.weight());
    assertTrue(!only("分值3分，扣1分，得2分").impliedWeight(), "a stated weight is not implied");
  }

  @Test
  void aFullMarkStatedAloneIsAMark() {
    ScoreMention m = only("从四个方面逐项开展自评，满分100分。");
    assertEquals(ScorePatterns.Kind.MARK, m.kind());
    assertEquals(new BigDecimal("100"), m.weight());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"工程质量等级为优良", "等级为优良工程", "质量等级为合格", "质量等级“合格”"})
  void aQualityGradeIsNotTheReportsGrade(String text) {
    assertTrue(FINDER.find(text).stream().noneMatch(m -> m.kind() == ScorePatterns.Kind.GRADE), text);
  }

  @Test
  void offsetsPointIntoTheParagraphAsPrinted() {
    String p = "群众满意率高于95%。（设置分值4分，得3.5分）经综合评定，总体得分为92.5分，评价等级为“优”。";
    List<ScoreMention> found = FINDER.find(p);
    assertEquals(List.of(ScorePatterns.Kind.ROW, ScorePatterns.Kind.TOTAL, ScorePatterns.Kind.GRADE),
        found.stream().map(ScoreMention::kind).toList());
    for (ScoreMention m : found) {
      assertEquals(m.text(), p.substring(m.start(), m.end()));
    }
    assertEquals("设置分值4分，得3.5分", found.get(0).text());
    assertEquals("优", found.get(2).grade());
  }

  @Test
  void fullWidthDigitsAreRead() {
    ScoreMention m = only("（设置分值２分，得１．５分）");
    assertEquals(new BigDecimal("2"), m.weight());
    assertEquals(new BigDecimal("1.5"), m.score());
    assertEquals("设置分值２分，得１．５分", m.text());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"预算执行率为98.5%", "得分率75.00%", "共设置一级指标4个、二级指标9个", "分值分布见附表",
      "本年度共完成培训10次，受训人员200人次", ""})
  void textWithoutAScoreSentenceHasNoMention(String text) {
    assertEquals(List.of(), FINDER.find(text));
  }

  @Test
  void pointsWrittenInChineseNumerals() {
    // h317: a report that writes its weights and scores in 中文数字
    ScoreMention item = only("4.预算执行率（预算执行）。权重十分，年度目标百分之百，实际完成百分之九十六点零九。按执行率乘以分值计分，得九点六一分。");
    assertEquals(0, new java.math.BigDecimal("10").compareTo(item.weight()), item.toString());
    assertEquals(0, new java.math.BigDecimal("9.61").compareTo(item.score()), item.toString());
    ScoreMention lead = only("（三）产出指标（权重三十五分，得分三十四点七四分）");
    assertEquals(0, new java.math.BigDecimal("34.74").compareTo(lead.score()));
    ScoreMention deducted = only("“就业服务质量”指标未量化，扣零点五分，得四点五分。");
    assertEquals(0, new java.math.BigDecimal("4.5").compareTo(deducted.score()));
    // the adverb 十分 is no score, nor a run of numerals that spells no number
    assertTrue(FINDER.find("项目取得十分显著的成效。").isEmpty());
    assertTrue(FINDER.find("该项得十十分。").isEmpty());
  }
}
