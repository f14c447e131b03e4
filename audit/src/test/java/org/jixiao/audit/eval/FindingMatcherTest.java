package org.jixiao.audit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Severity;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** 问题配对 on hand-made findings in the wording of h33 and sample 001. */
class FindingMatcherTest {
  private final FindingMatcher matcher = FindingMatcher.standard();

  static ExpectedFinding expected(FindingKind kind, String where, @Nullable String stated, Certainty c, Severity s) {
    return new ExpectedFinding(kind, where, null, stated, null, c, s, null);
  }

  static Finding produced(CheckId check, Severity s, @Nullable String indicator, @Nullable String stated, String message) {
    return new Finding("h33.docx", check, s, Certainty.HIGH, indicator, null, stated, null, null, message);
  }

  private final ExpectedFinding rate =
      expected(FindingKind.EXECUTION_RATE, "年度资金总额", "91.38%", Certainty.HIGH, Severity.ERROR);

  @Test
  void aCheckThatDoesNotAnswerTheKindNeverMatchesEvenOnPlaceAndFigure() {
    Finding total = produced(CheckId.TOTAL_SCORE, Severity.ERROR, "年度资金总额", "91.38%", "年度资金总额 …");
    DocumentScore d = matcher.match("h33.docx", List.of(total), List.of(rate));
    assertEquals(List.of(), d.matches());
    assertEquals(List.of(total), d.falseAlarms());
    assertEquals(List.of(rate), d.misses());
  }

  @Test
  void thePlaceAloneMatchesByIndicatorOrMessage() {
    Finding byIndicator = produced(CheckId.EXECUTION_RATE, Severity.WARNING, "年度资金总额", "9.14", "得分不符");
    DocumentScore d = matcher.match("f", List.of(byIndicator), List.of(rate));
    assertEquals(1, d.matches().size());
    assertTrue(d.matches().getFirst().byPlace());
    assertFalse(d.matches().getFirst().byFigure());

    Finding byMessage = produced(CheckId.EXECUTION_RATE, Severity.ERROR, null, "1", "“年度资金总额” 执行率不符");
    assertEquals(1, matcher.match("f", List.of(byMessage), List.of(rate)).matches().size());
  }

  @Test
  void aProjectPrefixedWhereMatchesTheIndicatorOfThatProject() {
    ExpectedFinding e = expected(FindingKind.RULE_SCORE, "乡村振兴项目: 培训人次", "3", Certainty.HIGH, Severity.WARNING);
    Finding p = produced(CheckId.SCORING_RULE, Severity.WARNING, "培训 人次", "2.5", "规则得分 3");
    assertTrue(matcher.match("f", List.of(p), List.of(e)).matches().getFirst().byPlace());
  }

  @Test
  void theStatedFigureAloneMatchesPercentAwareWithinHalfAHundredth() {
    Finding asPercent = produced(CheckId.EXECUTION_RATE, Severity.ERROR, null, "91.384%", "执行率：…");
    Finding asFraction = produced(CheckId.EXECUTION_RATE, Severity.ERROR, null, "0.9138", "执行率：…");
    Finding off = produced(CheckId.EXECUTION_RATE, Severity.ERROR, null, "91.39%", "执行率：…");
    for (Finding p : List.of(asPercent, asFraction)) {
      Match m = matcher.match("f", List.of(p), List.of(rate)).matches().getFirst();
      assertTrue(m.byFigure() && !m.byPlace(), p.stated());
    }
    assertEquals(List.of(off), matcher.match("f", List.of(off), List.of(rate)).falseAlarms());
  }

  @Test
  void otherMatchesAnyCheckButStillNeedsEvidence() {
    ExpectedFinding other = expected(FindingKind.OTHER, "存在问题", "无", Certainty.LOW, Severity.WARNING);
    Finding there = produced(CheckId.GRADE_BAND, Severity.INFO, null, null, "存在问题 写 无");
    Finding elsewhere = produced(CheckId.GRADE_BAND, Severity.INFO, null, null, "等级不符");
    DocumentScore d = matcher.match("f", List.of(elsewhere, there), List.of(other));
    assertSame(there, d.matches().getFirst().produced());
    assertEquals(List.of(elsewhere), d.falseAlarms());
  }

  @Test
  void oneExpectedFindingIsMatchedOnceTheStrongestEvidenceFirstTheRestAreRepeats() {
    Finding figureOnly = produced(CheckId.EXECUTION_RATE, Severity.ERROR, null, "91.38%", "执行率：全年执行数 9452.13 ÷ 全年预算数 9893.12 = 95.54%");
    Finding both = produced(CheckId.EXECUTION_RATE, Severity.WARNING, "年度资金总额", "91.38%", "本行所记执行率为 91.38%");
    DocumentScore d = matcher.match("f", List.of(figureOnly, both), List.of(rate));
    assertEquals(1, d.matches().size());
    assertSame(both, d.matches().getFirst().produced(), "place and figure beat the figure alone");
    assertEquals(List.of(figureOnly), d.duplicates());
    assertEquals(List.of(), d.falseAlarms());
  }

  @Test
  void twoExpectedFindingsOfOneKindGoEachToTheirOwnFinding() {
    ExpectedFinding a = expected(FindingKind.FORMULA, "三公经费变动率", "-3.3%", Certainty.HIGH, Severity.ERROR);
    ExpectedFinding b = expected(FindingKind.FORMULA, "人员增长率", "17%", Certainty.HIGH, Severity.ERROR);
    Finding pb = produced(CheckId.ARITHMETIC, Severity.ERROR, null, "17%", "358/207*100%=17%");
    Finding pa = produced(CheckId.ARITHMETIC, Severity.ERROR, null, "-3.3%", "（2-3）/3*100%=-3.3%");
    DocumentScore d = matcher.match("f", List.of(pb, pa), List.of(a, b));
    assertEquals(2, d.matches().size());
    assertTrue(d.matches().stream().allMatch(m -> m.expected() == (m.produced() == pa ? a : b)));
    assertEquals(List.of(), d.misses());
  }

  @Test
  void aOneCharacterIndicatorOrAnEmptyWhereIsNoEvidence() {
    ExpectedFinding e = expected(FindingKind.TOTAL_VS_ROWS, "总分", "98.14", Certainty.HIGH, Severity.ERROR);
    Finding p = produced(CheckId.TOTAL_SCORE, Severity.ERROR, "分", "97", "合计不符");
    assertEquals(List.of(p), matcher.match("f", List.of(p), List.of(e)).falseAlarms());
  }

  @Test
  void aStatedValueWithoutFiguresMatchesTheSameStatedValue() {
    ExpectedFinding grade = expected(FindingKind.GRADE_OUTSIDE_BANDS, "自评等级", "优", Certainty.HIGH, Severity.ERROR);
    Finding same = produced(CheckId.GRADE_BAND, Severity.WARNING, null, "优", "总分 86 应评为 良，报告所评等级为 优");
    Finding other = produced(CheckId.GRADE_BAND, Severity.WARNING, null, "良", "总分 79.5 应评为 中，报告所评等级为 良");
    DocumentScore d = matcher.match("h36.html", List.of(other, same), List.of(grade));
    assertSame(same, d.matches().getFirst().produced());
    assertTrue(d.matches().getFirst().byFigure());
    assertEquals(List.of(other), d.falseAlarms());
  }
}
