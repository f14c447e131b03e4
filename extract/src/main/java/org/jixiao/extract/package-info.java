/**
 * Neutral document ({@code org.jixiao.ingest.ParsedDocument}) to normalized {@link
 * org.jixiao.schema.Report}. {@link org.jixiao.extract.ReportExtractor} runs the cascade: identity,
 * budget, indicator tables, prose scores, totals. Must not import Tika, POI, PDFBox or Lucene.
 */
@NullMarked
package org.jixiao.extract;

import org.jspecify.annotations.NullMarked;
