package org.jixiao.audit.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Severity;
import org.junit.jupiter.api.Test;

class RateCeilingCheckTest {
  private static List<Finding> check(String name, String actual) {
    return new RateCeilingCheck().check(RuleTestRows.subject(null, null,
        RuleTestRows.row(name, "≥90%", actual, "10", "10", null)));
  }

  @Test
  void aSatisfactionAbove100IsAHighWarning() {
    // h43_chibi_shuili.docx: 受益群众满意度 | ≥90% | 103% | 10 | 10
    List<Finding> found = check("受益群众满意度", "103%");
    assertEquals(1, found.size());
    assertEquals(Severity.WARNING, found.get(0).severity());
    assertEquals(Certainty.HIGH, found.get(0).certainty());
    assertEquals("103%", found.get(0).stated());
    assertEquals("≤ 100%", found.get(0).recomputed());
  }

  @Test
  void aCoverageAbove100WithANoteInBracketsToo() {
    assertEquals(1, check("农村自来水普及覆盖率（%）", "101.5%").size());
  }

  @Test
  void ratesThatMayExceedTheWholeAndSharesWithin100AreSilent() {
    assertTrue(check("项目完成率", "120%").isEmpty());
    assertTrue(check("预算执行率", "104.28%").isEmpty());
    assertTrue(check("群众满意度", "100%").isEmpty());
    assertTrue(check("群众满意度", "95分").isEmpty());
  }
}
