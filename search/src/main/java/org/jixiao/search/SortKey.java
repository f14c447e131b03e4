package org.jixiao.search;

import java.util.Locale;

/**
 * 排序: what a search's hits are ordered by. A hit without the value sorts last either way, then ties go by
 * relevance; each backend maps the key to its own field.
 */
public enum SortKey {
  RELEVANCE,
  YEAR,
  DEPARTMENT,
  PROVINCE,
  TOTAL_SCORE,
  EXECUTION_RATE,
  /** rows only */
  SCORE,
  /** rows only */
  SCORE_RATE;

  /** "total-score", "TOTAL_SCORE" or "totalScore" → TOTAL_SCORE. */
  public static SortKey parse(String s) {
    String norm = s.strip().replace('-', '_').replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    return valueOf(norm);
  }
}
