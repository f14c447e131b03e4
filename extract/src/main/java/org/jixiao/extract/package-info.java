/**
 * Neutral document ({@code org.jixiao.ingest.ParsedDocument}) to normalized {@link
 * org.jixiao.schema.Report}. {@link org.jixiao.extract.ReportExtractor} runs the cascade: identity,
 * budget, the indicator strategies (tables, prose), totals, and decides between what they found.
 * Stages depend on {@code extract.draft}, never on this package. Must not import Tika, POI, PDFBox
 * or Lucene.
 */
@NullMarked
package org.jixiao.extract;

import org.jspecify.annotations.NullMarked;
