/**
 * 行政区划: a gazetteer of China's province-, prefecture- and county-level divisions (GB/T 2260
 * codes, data in {@code divisions.tsv}) and the lookup of division names in a department name or a
 * report's text; the report's identity from labels, titles, publisher lines and a project's roles stated in a
 * sentence ({@code ProjectRoles}: "由XX局主管，XX所具体实施"). Ambiguous names are returned as every candidate, never resolved by guessing. Must
 * not import ingest, Tika, POI, PDFBox or Lucene. Like every stage, it writes into the shared
 * draft ({@code extract.draft}) and never imports the cascade's package {@code org.jixiao.extract}.
 */
@NullMarked
package org.jixiao.extract.identity;

import org.jspecify.annotations.NullMarked;
