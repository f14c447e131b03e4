package org.jixiao.solrclient;

/**
 * The configset's field names (solr/configsets/jixiao/conf/schema.xml), in one place. They follow the embedded
 * index's, but for {@link #ROW_SCORE}: {@code score} is Solr's relevance pseudo-field.
 */
final class SolrFields {
  static final String ID = "id";
  static final String TYPE = "type";
  static final String REPORT = "report";
  static final String ROW = "row";
  static final String FINDING = "finding";
  /** Child relations of a report's block. */
  static final String ROWS = "rows";
  static final String FINDINGS = "findings";
  /** A block's root id on every document of the block: what a block is replaced and deleted by. */
  static final String ROOT = "_root_";

  static final String REPORT_ID = "reportId";
  static final String SOURCE_FILE = "sourceFile";
  static final String DEPARTMENT = "department";
  static final String PROVINCE = "province";
  static final String ADMIN_LEVEL = "adminLevel";
  static final String FISCAL_YEAR = "fiscalYear";
  static final String REPORT_KIND = "reportKind";
  static final String GRADE = "grade";
  static final String TOTAL_SCORE = "totalScore";
  static final String EXECUTION_RATE = "executionRate";

  static final String EVALUATOR = "evaluator";
  static final String TITLE = "title";
  static final String MAX_SCORE = "maxScore";
  static final String INDICATOR_COUNT = "indicatorCount";
  static final String RENDERING_KEY = "renderingKey";
  static final String REPORT_NAME = "rname";
  static final String REPORT_NAME_BI = "rname_bi";
  static final String LINES = "lines";
  /** Import's whole stored entry, as the JSON of org.jixiao.schema.StoredReport, for report pages on any machine. */
  static final String STORED_JSON = "storedJson";

  static final String LEVEL1 = "level1";
  static final String ROW_INDEX = "rowIndex";
  static final String GOAL = "goal";
  static final String CODE = "code";
  static final String LEVEL2 = "level2";
  static final String LEVEL3 = "level3";
  static final String TARGET = "target";
  static final String ACTUAL = "actual";
  static final String CANONICAL_KEY = "canonicalKey";
  static final String NAME_KEY = "nameKey";
  static final String WEIGHT = "weight";
  static final String ROW_SCORE = "rowScore";
  static final String SCORE_RATE = "scoreRate";
  static final String TARGET_MAGNITUDE = "targetMagnitude";
  static final String ACTUAL_MAGNITUDE = "actualMagnitude";
  static final String NAME = "name";
  static final String NAME_BI = "name_bi";
  static final String BODY = "body";
  static final String BODY_BI = "body_bi";

  static final String SEVERITY = "severity";
  static final String SEVERITY_RANK = "severityRank";
  static final String CHECK = "check";
  static final String FINDING_ORDER = "findingOrder";
  static final String FINDING_JSON = "findingJson";

  /** Solr's relevance. */
  static final String RELEVANCE = "score";

  private SolrFields() {}
}
