package org.jixiao.search;

/** What a search returns: indicator rows, or whole reports. */
public enum Scope {
  /** 三级指标 rows, each with its report's identity */
  INDICATORS,
  /** one hit per report */
  REPORTS
}
