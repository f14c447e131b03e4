package org.jixiao.search;

import org.jixiao.schema.CheckId;
import org.jixiao.schema.Severity;
import org.jspecify.annotations.Nullable;

/**
 * 问题筛选: which findings to list, worst first then by report: this severity or worse, one check, the report's
 * province, year and department (exact values as indexed); {@code offset} and {@code limit} page the list.
 */
public record FindingQuery(Severity least, @Nullable CheckId check, @Nullable String province, @Nullable Integer fiscalYear,
    @Nullable String department, int offset, int limit) {
  public FindingQuery {
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("negative offset " + offset + " or limit " + limit);
    }
    least = least == null ? Severity.INFO : least;
  }

  /** Every finding; counts only. */
  public static FindingQuery all() {
    return new FindingQuery(Severity.INFO, null, null, null, null, 0, 0);
  }
}
