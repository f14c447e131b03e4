package org.jixiao.ingest.html;

/** Why the HTML reader warns; the name is the {@link org.jixiao.ingest.IngestWarning#code()}. */
enum HtmlWarning {
  /** a table inside a table cell: its text was flattened into the outer cell */
  NESTED_TABLE,
  /** a rowspan or colspan reached beyond the table and was cut to the table's real extent */
  SPAN_CLAMPED
}
