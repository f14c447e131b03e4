package org.jixiao.extract.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.extract.testing.DocumentFixture;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.jixiao.schema.Section;
import org.jixiao.schema.TextSpan;
import org.junit.jupiter.api.Test;

/**
 * The prose-only family of round 14 (h118) on variants written here: one unnumbered sentence per item, the name in
 * quotes and designated ("“X”指标，属<二级>，年度目标值为T，实际完成A，该指标满分W分，[reason，]自评得S分。"), a name quoting
 * a word of its own ("“三公”经费"), and a reason or rule between the full mark and the score.
 */
class DesignatedItemTest {
  private static final ParsedDocument DOC = DocumentFixture.named("testDesignated.docx").paragraphs(
      "某某县水利局2024年度部门整体支出绩效自评报告",
      "（一）投入管理指标（满分15分，自评14.5分）",
      "“预算执行率”指标，属预算执行，年度目标值为100%，实际完成95.00%，该指标满分10分，按“执行率×10”计分，自评得9.5分。",
      "“三公”经费控制率指标，属于预算管理，年度目标值为≤100%，实际完成88.4%，该指标满分5分，自评得5分。",
      "（二）产出指标（满分20分，自评19分）",
      "“新建堤防长度”指标，属数量指标，年度目标值为不少于2,400米，实际完成2,310米，该指标满分10分，主要是汛期停工，扣1分，自评得9分。",
      "“水利工程安全事故”指标，属质量指标，年度目标值为0起，实际完成0起，该指标满分10分，全年未发生此类事故，自评得10分。",
      "综上，我局2024年度部门整体支出绩效自评得分33.5分。").build();

  private static String at(IndicatorRow r, IndicatorField f) {
    TextSpan s = assertInstanceOf(TextSpan.class, r.sources().get(f));
    return DOC.text().substring(s.start(), s.end());
  }

  @Test
  void eachDesignatedItemIsARowWithItsLevelsTargetAndActual() {
    Report r = ReportExtractor.standard().extract(DOC, null);
    List<IndicatorRow> rows = r.indicators();
    assertEquals(List.of("预算执行率", "“三公”经费控制率", "新建堤防长度", "水利工程安全事故"),
        rows.stream().map(IndicatorRow::level3).toList(), "the designation's quotes and 指标 are not the name");
    assertEquals(List.of("预算执行", "预算管理", "数量指标", "质量指标"), rows.stream().map(IndicatorRow::level2).toList());
    assertEquals(List.of("投入管理指标", "投入管理指标", "产出指标", "产出指标"), rows.stream().map(IndicatorRow::level1).toList());
    assertEquals(List.of("100%", "≤100%", "不少于2,400米", "0起"), rows.stream().map(IndicatorRow::target).toList());
    assertEquals(List.of("95.00%", "88.4%", "2,310米", "0起"), rows.stream().map(IndicatorRow::actual).toList());
    List<String> weights = rows.stream().map(x -> x.weight().stripTrailingZeros().toPlainString()).toList();
    List<String> scores = rows.stream().map(x -> x.score().stripTrailingZeros().toPlainString()).toList();
    assertEquals(List.of("10", "5", "10", "10"), weights);
    assertEquals(List.of("9.5", "5", "9", "10"), scores, "a reason or a rule between 满分 and 自评得 does not lose the row");
    assertEquals("预算管理", at(rows.get(1), IndicatorField.level2));
    assertEquals("2,310米", at(rows.get(2), IndicatorField.actual));
    assertEquals(List.of("投入管理指标", "产出指标"), r.sections().stream().map(Section::name).toList());
    assertEquals(0, new BigDecimal("33.5").compareTo(r.totalScore()));
  }

  @Test
  void theNameOfADesignation() {
    assertEquals(Optional.of("预算执行率"), DesignatedItem.name("“预算执行率”指标"));
    assertEquals(Optional.of("“三公”经费控制率"), DesignatedItem.name("“三公”经费控制率指标"));
    assertEquals(Optional.empty(), DesignatedItem.name("产出数量指标"), "no quote: a group's name, not a designation");
  }

  @Test
  void aReasonClauseNeverJoinsTwoItems() {
    List<ScoreMention> found = new ScoreMentionFinder(ScorePatterns.standard())
        .find("该指标满分10分，分值另计，得分8分。");
    assertNull(found.stream().filter(m -> m.kind() == ScorePatterns.Kind.ROW && m.text().startsWith("该指标满分10分，分值"))
        .findFirst().orElse(null), "a clause stating another weight is no reason between one item's 满分 and score");
  }
}
