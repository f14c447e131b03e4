package org.jixiao.extract.draft;

import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.ExtractionMethod;

/**
 * 指标抽取策略: one way of reading 三级指标 rows from a whole document, as tabula puts lattice and
 * stream behind {@code ExtractionAlgorithm.extract(Page)}. The table reader and the prose reader
 * implement it, and an OCR-fed table reader would plug in the same way. A strategy writes what is
 * not a row (sections, totals, grades, rejections) into the draft and returns its rows; it never
 * weighs its rows against another strategy's, which is the cascade's choice.
 */
public interface IndicatorStrategy {
  /** The method stamped on every row this strategy reads: its identity in the report JSON. */
  ExtractionMethod method();

  /** Reads the document's rows; stateless, so one instance serves every document and thread. */
  Candidates extract(ParsedDocument doc, ReportDraft draft);
}
