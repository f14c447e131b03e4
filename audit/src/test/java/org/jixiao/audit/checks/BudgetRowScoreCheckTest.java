package org.jixiao.audit.checks;

import static org.jixiao.audit.checks.RuleTestRows.budget;
import static org.jixiao.audit.checks.RuleTestRows.row;
import static org.jixiao.audit.checks.RuleTestRows.subject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.audit.AuditSubject;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Severity;
import org.junit.jupiter.api.Test;

/** The 预算执行率 row's score, on the figures of h33, h38 and sample 001. */
class BudgetRowScoreCheckTest {
  private static List<Finding> check(AuditSubject s) {
    return new BudgetRowScoreCheck().check(s);
  }

  @Test
  void theTemplateLineScoredAboveItsRate() {
    // h38: 3134.98 ÷ 3560.80 = 88.04% → 8.80, full marks given
    AuditSubject s = subject(budget("3560.80", "3134.98", "88.04"), null,
        row("年度资金总额", null, "88.04%", "10", "10", null));
    Finding f = check(s).get(0);
    assertEquals(Severity.WARNING, f.severity());
    assertEquals("8.8", f.recomputed());
    assertTrue(new ScoringRuleCheck().check(s).isEmpty(), "one finding per problem");
  }

  @Test
  void aScoreFollowingTheRowsOwnWrongRateIsExecutionRateChecksFinding() {
    // h33: 9452.13 ÷ 9893.12 = 95.54%, the line prints 91.38% and scores 9.14 from it
    assertTrue(check(subject(budget("9893.12", "9452.13", "91.38"), null,
        row("年度资金总额", null, "91.38%", "10", "9.14", null))).isEmpty());
  }

  @Test
  void fullMarksReachedOnlyByRoundingTheRowsOwnRateAreStillTheRowsFinding() {
    // h172: 12,699,170 ÷ 13,356,400 = 95.08%, the line prints 96.08% and 10; 96.08% × 10 = 9.608 is not 10 either
    AuditSubject s = subject(budget("1335.64", "1269.917", "96.08"), "备注：1.年度资金总额得分=执行率×分值；",
        row("年度资金总额", null, "96.08%", "10", "10", null));
    Finding f = check(s).get(0);
    assertEquals("10", f.stated());
    assertEquals("9.51", f.recomputed());
  }

  @Test
  void aScoreFromTheRateAsPrintedIsNoFinding() {
    // h55: 1987.64 ÷ 2150 = 92.448% printed 92.45%; 92.45% × 10 = 9.245 printed 9.25
    assertTrue(check(subject(budget("2150", "1987.64", "92.45"), null,
        row("年度资金总额", null, "92.45%", "10", "9.25", null))).isEmpty());
  }

  @Test
  void belowTheTemplateIsOnlyWorthAsking() {
    // 001: 91.38 × 10 = 9.14, the line gives 7 with no rule printed
    Finding f = check(subject(budget("10343.6719", "9452.1302", "91.38"), null,
        row("年度资金总额", null, "91.38", "10", "7", null))).get(0);
    assertEquals(Severity.INFO, f.severity());
  }

  @Test
  void aPrintedRuleAppliedToTheBudgetsRate() {
    // h40's figures: 3456.78 ÷ 3600.00 = 96.02%, 1.98 points below 98% → 8.02 (8 or 9 by whole points), not 9.6
    Finding f = check(subject(budget("3600.00", "3456.78", "96.02"), null,
        row("预算执行率", "≥98%", "96.02%", "10", "9.6", "执行率≥98%得满分，每低1个百分点扣1分"))).get(0);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("8、8.02 或 9", f.recomputed(), "each reading's score, and none between them");
  }

  @Test
  void aPartOfAStepTakenByItsShareWhenTheRuleSaysSo() {
    // h480: 4612.37 ÷ 4926.50 = 93.62%, printed in the row too; 1.38 points below 95% at 1 a point, 不足1个百分点按比例
    // 计算: 6.62 alone, and no doubt which figures are the budget
    Finding f = check(subject(budget("4926.50", "4612.37", "93.62"), null,
        row("预算执行率", "≥95%", "93.62%", "8", "7.49", "执行率≥95%得8分；每低1个百分点扣1分（不足1个百分点按比例计算），扣完为止")))
        .get(0);
    assertEquals("6.62", f.recomputed());
    assertEquals(Certainty.HIGH, f.certainty());
    assertEquals("7", check(subject(budget("4926.50", "4612.37", "93.62"), null,
        row("预算执行率", "≥95%", "93.62%", "8", "7.49", "执行率≥95%得8分；每低1个百分点扣1分，不足1个百分点的不扣分"))).get(0)
        .recomputed(), "a part of a step takes nothing off");
    assertEquals("6", check(subject(budget("4926.50", "4612.37", "93.62"), null,
        row("预算执行率", "≥95%", "93.62%", "8", "7.49", "执行率≥95%得8分；每低1个百分点扣1分，不足1个百分点按1个百分点计算"))).get(0)
        .recomputed(), "a part of a step takes a whole one");
  }

  @Test
  void theRowsRemarkSayingHowItWasScoredOverANotesClassRule() {
    // h486: 2842.39 ÷ 2918.60 = 97.39%, 偏差原因分析 "按执行率×分值计分" gives 5.84 of 6; the note's rule for targets missed
    // would pay the met target in full
    IndicatorRow r = row("预算执行率", "≥95%", "97.39%", "6", "5.84", null);
    IndicatorRow remarked = new IndicatorRow(null, null, null, null, r.level3(), r.target(), r.actual(), r.weight(), r.score(),
        r.targetValue(), r.actualValue(), null, "按执行率×分值计分", null, null, null, java.util.Map.of(), List.of());
    String note = "说明：3.定量指标未达到年度指标值的按“实际完成值÷年度指标值×分值”计分；";
    assertTrue(check(subject(budget("2918.60", "2842.39", "97.39"), note, remarked)).isEmpty());
  }

  /** h133's family: 98.96% × 10 = 9.896, printed "10": full marks only by rounding to a whole number. */
  @Test
  void fullMarksReachedOnlyByRoundingToAWholeNumber() {
    Finding f = check(subject(budget("145", "143.492", "98.96"), null,
        row("年度资金总额", null, "98.96%", "10", "10", null))).get(0);
    assertEquals(Severity.WARNING, f.severity());
    assertTrue(check(subject(budget("145", "144.942", "99.96"), null,
        row("年度资金总额", null, "99.96%", "10", "10", null))).isEmpty(), "9.996 is 10 to one decimal: agrees");
    assertTrue(check(subject(budget("145", "143.492", "98.96"), null,
        row("年度资金总额", null, "98.96%", "10", "9.9", null))).isEmpty());
  }
}
