package org.jixiao.search;

/**
 * The field names both indexes use, the embedded Lucene index ({@code org.jixiao.index.Fields}) and the SolrCloud
 * configset ({@code solr/configsets/jixiao/conf/schema.xml}, {@code org.jixiao.solrclient.SolrFields}), in one place:
 * each backend's own names extend these. Not instantiable.
 */
public class FieldNames {
  public static final String TYPE = "type";
  public static final String TYPE_REPORT = "report";
  public static final String TYPE_ROW = "row";
  /** An audit finding of a report: filtered and counted by the web page, never matched by a text query. */
  public static final String TYPE_FINDING = "finding";
  public static final String SEVERITY = "severity";
  public static final String SEVERITY_RANK = "severityRank";
  public static final String CHECK = "check";
  /** The finding itself, as JSON. */
  public static final String FINDING_JSON = "findingJson";
  public static final String FINDING_ORDER = "findingOrder";
  public static final String REPORT_ID = "reportId";
  /** A report document's {@link org.jixiao.schema.SameReport} key (doc values only): its renderings are found by it. */
  public static final String RENDERING_KEY = "renderingKey";
  public static final String ROW_INDEX = "rowIndex";
  public static final String SOURCE_FILE = "sourceFile";
  public static final String DEPARTMENT = "department";
  public static final String PROVINCE = "province";
  public static final String ADMIN_LEVEL = "adminLevel";
  public static final String FISCAL_YEAR = "fiscalYear";
  public static final String REPORT_KIND = "reportKind";
  public static final String GRADE = "grade";
  public static final String EVALUATOR = "evaluator";
  public static final String TITLE = "title";
  public static final String TOTAL_SCORE = "totalScore";
  public static final String MAX_SCORE = "maxScore";
  public static final String EXECUTION_RATE = "executionRate";
  public static final String INDICATOR_COUNT = "indicatorCount";
  public static final String GOAL = "goal";
  public static final String CODE = "code";
  public static final String LEVEL1 = "level1";
  public static final String LEVEL2 = "level2";
  public static final String LEVEL3 = "level3";
  public static final String TARGET = "target";
  public static final String ACTUAL = "actual";
  public static final String CANONICAL_KEY = "canonicalKey";
  public static final String NAME_KEY = "nameKey";
  public static final String WEIGHT = "weight";
  public static final String SCORE_RATE = "scoreRate";
  public static final String TARGET_MAGNITUDE = "targetMagnitude";
  public static final String ACTUAL_MAGNITUDE = "actualMagnitude";
  /** Segmented words of a row's name (level3). Rows only, so row searches need no type filter. */
  public static final String NAME = "name";
  /** CJK bigrams of the same text, stored: the highlighter reads it. */
  public static final String NAME_BI = "name_bi";
  /** Segmented words of a report's department, title and evaluator. */
  public static final String REPORT_NAME = "rname";
  /** CJK bigrams of the same, stored. */
  public static final String REPORT_NAME_BI = "rname_bi";
  /** Segmented words of a row's other text (goal, groups, target, actual, rule). */
  public static final String BODY = "body";
  /** CJK bigrams of the body. */
  public static final String BODY_BI = "body_bi";
  /**
   * A report's rows as lines, stored only: the highlighter cuts report snippets from it. A report
   * is found through its rows (block join), so their text is indexed once, on the rows.
   */
  public static final String LINES = "lines";

  protected FieldNames() {}
}
