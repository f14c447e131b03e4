package org.jixiao.audit.eval;

import static org.jixiao.audit.eval.FindingMatcherTest.expected;
import static org.jixiao.audit.eval.FindingMatcherTest.produced;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Severity;
import org.junit.jupiter.api.Test;

/** 审计准确度 figures on two hand-made documents. */
class AuditScoreTest {
  private final FindingMatcher matcher = FindingMatcher.standard();

  @Test
  void precisionRecallAndLoadOverTwoDocuments() {
    ExpectedFinding total = expected(FindingKind.TOTAL_VS_ROWS, "总分", "98.14", Certainty.HIGH, Severity.ERROR);
    ExpectedFinding rate = expected(FindingKind.EXECUTION_RATE, "年度资金总额", "91.38%", Certainty.HIGH, Severity.ERROR);
    ExpectedFinding missed = expected(FindingKind.TARGET_MISSED_FULL_MARKS, "学前教育毛入园率", "6", Certainty.MEDIUM, Severity.WARNING);
    ExpectedFinding low = expected(FindingKind.OTHER, "存在问题", "无", Certainty.LOW, Severity.INFO);
    List<Finding> one = List.of(
        produced(CheckId.TOTAL_SCORE, Severity.ERROR, null, "98.14", "各行得分合计 97.14"),
        produced(CheckId.EXECUTION_RATE, Severity.ERROR, null, "91.38%", "执行率"),
        produced(CheckId.EXECUTION_RATE, Severity.WARNING, "年度资金总额", "91.38%", "本行所记执行率为 91.38%"),
        produced(CheckId.SCORING_RULE, Severity.INFO, "绩效目标合理性", null, "1 行的评分规则未能解析"));
    List<Finding> two = List.of(
        produced(CheckId.ROW_SCORE, Severity.WARNING, "非税收入预算完成率", null, "本行分值 1，但未填得分"));
    DocumentScore d1 = matcher.match("a.docx", one, List.of(total, rate, missed, low));
    DocumentScore d2 = matcher.match("b.pdf", two, List.of());

    AuditScore s = AuditScore.of("TOTAL", List.of(d1, d2));
    assertEquals(2, s.documents());
    assertEquals(Map.of(Severity.ERROR, 2, Severity.WARNING, 2, Severity.INFO, 1), s.produced());
    // the rate's WARNING names the row as well (stronger evidence): the ERROR is right, but a repeat
    assertEquals(Map.of(Severity.ERROR, 1, Severity.WARNING, 1, Severity.INFO, 0), s.matched());
    assertEquals(Map.of(Severity.ERROR, 1, Severity.WARNING, 0, Severity.INFO, 0), s.duplicates());
    assertEquals(Map.of(Severity.ERROR, 0, Severity.WARNING, 1, Severity.INFO, 1), s.falseAlarms());
    assertEquals(1.0, s.precisionError());
    assertEquals(0.75, s.precisionErrorWarning());
    assertEquals(0.0, s.precisionInfo());
    assertEquals(2, s.expectedHigh());
    assertEquals(2, s.foundHigh());
    assertEquals(1.0, s.recallHigh());
    assertEquals(3, s.expectedHighMedium());
    assertEquals(2.0 / 3, s.recallHighMedium());
    assertEquals(2.0, s.warningPlusPerDocument());
    assertEquals(0.5, s.infoPerDocument());

    AuditScore empty = AuditScore.of(d2);
    assertNull(empty.precisionError(), "no ERROR produced: no precision, not 0 or 1");
    assertNull(empty.recallHigh());
    assertEquals(0.0, empty.precisionErrorWarning());
  }
}
