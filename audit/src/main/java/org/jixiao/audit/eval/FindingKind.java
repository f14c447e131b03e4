package org.jixiao.audit.eval;

/**
 * 问题类别: the kind of inconsistency an expected finding names, as the expected-findings files
 * spell it ({@code corpus-samples/findings/README.md}). {@link #OTHER} is explained in its note.
 */
public enum FindingKind {
  TOTAL_VS_ROWS,
  SECTION_VS_ROWS,
  WEIGHTS_VS_FULL_MARK,
  ROW_SCORE_OVER_WEIGHT,
  FORMULA,
  SCORE_RATE,
  EXECUTION_RATE,
  RULE_SCORE,
  TARGET_MISSED_FULL_MARKS,
  TARGET_MET_POINTS_LOST,
  NARRATIVE_NOT_DONE_FULL_MARKS,
  SPENDING_OVER_BUDGET,
  SAME_FIGURE_DIFFERS,
  BREAKDOWN_SUM,
  RATE_OVER_ZERO_BASE,
  MALFORMED_RULE,
  GOAL_LABELS,
  GRADE_OUTSIDE_BANDS,
  BUDGET_ROW_SCORE,
  OTHER
}
