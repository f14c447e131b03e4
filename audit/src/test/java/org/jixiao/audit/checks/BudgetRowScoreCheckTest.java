package org.jixiao.audit.checks;

import static org.jixiao.audit.checks.RuleTestRows.budget;
import static org.jixiao.audit.checks.RuleTestRows.row;
import static org.jixiao.audit.checks.RuleTestRows.subject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.audit.AuditSubject;
import org.jixiao.schema.Finding;
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
