package org.jixiao.audit.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.audit.AuditSubject;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Report;
import org.jixiao.schema.Severity;
import org.junit.jupiter.api.Test;

/** A rule copied from another row (h63's 预算调整率 carrying 结转结余率's rule): malformed, never recomputed. */
class ForeignRuleTest {
  private static final String COPIED = "结转结余率≤5%得满分，否则不得分";

  private static AuditSubject subject() {
    return RuleTestRows.subject(null, null,
        RuleTestRows.row("预算调整率", "≤10%", "6.8%", "3", "3", COPIED),
        RuleTestRows.row("结转结余率", "≤5%", "7.0%", "3", "2", "结转结余率≤5%得满分，每超过1个百分点扣0.5分"));
  }

  @Test
  void theRowWhoseRuleNamesAnotherIndicatorIsFound() {
    Report r = subject().report();
    assertEquals("结转结余率", ForeignRule.namedIn(r, r.indicators().get(0)).orElseThrow().level3());
    assertTrue(ForeignRule.namedIn(r, r.indicators().get(1)).isEmpty(), "its own rule names itself");
  }

  @Test
  void itIsAMalformedRuleAndNotARuleScore() {
    AuditSubject s = subject();
    List<Finding> malformed = new MalformedRuleCheck().check(s);
    assertEquals(1, malformed.size());
    assertEquals("预算调整率", malformed.get(0).indicator());
    assertEquals(Severity.WARNING, malformed.get(0).severity(), "read as written the rule gives 0, not the printed 3");
    assertTrue(new ScoringRuleCheck().check(s).stream().noneMatch(f -> "预算调整率".equals(f.indicator())),
        "no score is recomputed from another row's rule");
    assertEquals(CheckId.MALFORMED_RULE, malformed.get(0).check());
  }
}
