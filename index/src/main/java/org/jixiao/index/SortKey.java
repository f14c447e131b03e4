package org.jixiao.index;

import java.util.Locale;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/**
 * 排序: what a search's hits are ordered by. Every key but relevance reads doc values; a hit without the value sorts
 * last either way, then ties go by relevance.
 */
public enum SortKey {
  RELEVANCE(null, null),
  YEAR(Fields.FISCAL_YEAR, SortField.Type.INT),
  DEPARTMENT(Fields.DEPARTMENT, SortField.Type.STRING),
  PROVINCE(Fields.PROVINCE, SortField.Type.STRING),
  TOTAL_SCORE(Fields.TOTAL_SCORE, SortField.Type.DOUBLE),
  EXECUTION_RATE(Fields.EXECUTION_RATE, SortField.Type.DOUBLE),
  /** rows only */
  SCORE(Fields.SCORE, SortField.Type.DOUBLE),
  /** rows only */
  SCORE_RATE(Fields.SCORE_RATE, SortField.Type.DOUBLE);

  private final String field;
  private final SortField.Type type;

  SortKey(String field, SortField.Type type) {
    this.field = field;
    this.type = type;
  }

  /** "total-score", "TOTAL_SCORE" or "totalScore" → TOTAL_SCORE. */
  public static SortKey parse(String s) {
    String norm = s.strip().replace('-', '_').replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    return valueOf(norm);
  }

  /** The Lucene sort, or null for relevance (Lucene's default order). */
  Sort sort(boolean descending) {
    if (field == null) {
      return null;
    }
    SortField by = new SortField(field, type, descending);
    switch (type) {
      case STRING -> by.setMissingValue(descending ? SortField.STRING_FIRST : SortField.STRING_LAST);
      case INT -> by.setMissingValue(descending ? Integer.MIN_VALUE : Integer.MAX_VALUE);
      default -> by.setMissingValue(descending ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
    }
    return new Sort(by, SortField.FIELD_SCORE);
  }
}
