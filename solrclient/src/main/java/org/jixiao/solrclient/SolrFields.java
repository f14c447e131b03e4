package org.jixiao.solrclient;

import org.jixiao.search.FieldNames;

/**
 * The configset's own field names (solr/configsets/jixiao/conf/schema.xml); the names it shares with the embedded
 * index are {@link FieldNames}'. The row's score is {@link #ROW_SCORE}: {@code score} is Solr's relevance pseudo-field.
 */
final class SolrFields extends FieldNames {
  static final String ID = "id";
  static final String REPORT = TYPE_REPORT;
  static final String ROW = TYPE_ROW;
  static final String FINDING = TYPE_FINDING;
  /** Child relations of a report's block. */
  static final String ROWS = "rows";
  static final String FINDINGS = "findings";
  /** A block's root id on every document of the block: what a block is replaced and deleted by. */
  static final String ROOT = "_root_";

  /** Import's whole stored entry, as the JSON of org.jixiao.schema.StoredReport, for report pages on any machine. */
  static final String STORED_JSON = "storedJson";

  static final String ROW_SCORE = "rowScore";

  /** Solr's relevance. */
  static final String RELEVANCE = "score";

  private SolrFields() {}
}
