package org.jixiao.audit.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The kind → check table of issue 10. */
class KindChecksTest {
  private final KindChecks table = KindChecks.standard();

  @Test
  void theTableOfIssue10() {
    assertTrue(table.answers(FindingKind.SECTION_VS_ROWS, "ProseSubtotalCheck"));
    assertTrue(table.answers(FindingKind.SCORE_RATE, "TotalScoreCheck"));
    assertTrue(table.answers(FindingKind.NARRATIVE_NOT_DONE_FULL_MARKS, "NarrativeNotDoneCheck"));
    assertTrue(table.answers(FindingKind.SAME_FIGURE_DIFFERS, "SummaryAgreementCheck"));
    assertFalse(table.answers(FindingKind.TARGET_MISSED_FULL_MARKS, "ScoringRuleCheck"));
    assertFalse(table.answers(FindingKind.TOTAL_VS_ROWS, "SectionSumCheck"));
    assertTrue(table.answers(FindingKind.OTHER, "GradeBandCheck"));
  }

  @Test
  void aKindWithoutChecksIsRefused() {
    assertThrows(IllegalStateException.class, () -> KindChecks.parse(List.of("OTHER *")));
    assertThrows(IllegalStateException.class, () -> KindChecks.parse(List.of("OTHER")));
  }
}
