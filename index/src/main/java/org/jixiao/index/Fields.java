package org.jixiao.index;

import org.apache.lucene.facet.FacetsConfig;
import org.jixiao.search.Facet;
import org.jixiao.search.FilterField;

/** Field names of the index and the facet configuration: the on-disk contract, in one place. */
final class Fields {
  static final String TYPE = "type";
  static final String TYPE_REPORT = "report";
  static final String TYPE_ROW = "row";
  /** An audit finding of a report: filtered and counted by the web page, never matched by a text query. */
  static final String TYPE_FINDING = "finding";
  static final String SEVERITY = "severity";
  static final String SEVERITY_RANK = "severityRank";
  static final String CHECK = "check";
  /** The finding itself, as JSON. */
  static final String FINDING_JSON = "findingJson";
  static final String FINDING_ORDER = "findingOrder";
  /** Facet dimensions of findings; not {@link Facet}s, which count reports. */
  static final String SEVERITY_DIM = "findingSeverity";
  static final String CHECK_DIM = "findingCheck";
  static final String REPORT_ID = "reportId";
  /** A report document's {@link org.jixiao.schema.SameReport} key (doc values only): its renderings are found by it. */
  static final String RENDERING_KEY = "renderingKey";
  static final String ROW_INDEX = "rowIndex";
  static final String SOURCE_FILE = "sourceFile";
  static final String DEPARTMENT = "department";
  /** The department's 拼音 collation key (java.text Collator, Locale.CHINA): a comparison pages in this order. */
  static final String DEPARTMENT_ORDER = "departmentOrder";
  static final String PROVINCE = "province";
  static final String ADMIN_LEVEL = "adminLevel";
  static final String FISCAL_YEAR = "fiscalYear";
  static final String REPORT_KIND = "reportKind";
  static final String GRADE = "grade";
  static final String EVALUATOR = "evaluator";
  static final String TITLE = "title";
  static final String TOTAL_SCORE = "totalScore";
  static final String MAX_SCORE = "maxScore";
  static final String EXECUTION_RATE = "executionRate";
  static final String INDICATOR_COUNT = "indicatorCount";
  static final String GOAL = "goal";
  static final String CODE = "code";
  static final String LEVEL1 = "level1";
  static final String LEVEL2 = "level2";
  static final String LEVEL3 = "level3";
  static final String TARGET = "target";
  static final String ACTUAL = "actual";
  static final String CANONICAL_KEY = "canonicalKey";
  static final String NAME_KEY = "nameKey";
  static final String WEIGHT = "weight";
  static final String SCORE = "score";
  static final String SCORE_RATE = "scoreRate";
  static final String TARGET_MAGNITUDE = "targetMagnitude";
  static final String ACTUAL_MAGNITUDE = "actualMagnitude";

  /** Segmented words of a row's name (level3). Rows only, so row searches need no type filter. */
  static final String NAME = "name";
  /** CJK bigrams of the same text, stored: the highlighter reads it. */
  static final String NAME_BI = "name_bi";
  /** Segmented words of a report's department, title and evaluator. */
  static final String REPORT_NAME = "rname";
  /** CJK bigrams of the same, stored. */
  static final String REPORT_NAME_BI = "rname_bi";
  /** Segmented words of a row's other text (goal, groups, target, actual, rule). */
  static final String BODY = "body";
  /** CJK bigrams of the body. */
  static final String BODY_BI = "body_bi";
  /**
   * A report's rows as lines, stored only: the highlighter cuts report snippets from it. A report
   * is found through its rows (block join), so their text is indexed once, on the rows.
   */
  static final String LINES = "lines";

  static final String BIGRAM_SUFFIX = "_bi";

  private Fields() {}

  /** The field of a filter that names things. */
  static String of(FilterField f) {
    return switch (f) {
      case PROVINCE -> PROVINCE;
      case DEPARTMENT -> DEPARTMENT;
      case GRADE -> GRADE;
    };
  }

  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(Facet.LEVEL1.dim(), true);
    return config;
  }
}
