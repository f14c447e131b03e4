package org.jixiao.ingest.pdf;

/** Codes of the {@link org.jixiao.ingest.IngestWarning}s the PDF reader records. */
enum PdfWarning {
  /** header or footer lines that were only a page number, skipped */
  PAGE_NUMBER_SKIPPED,
  /** images on pages that also have text; their content (figures, seals, scanned inserts) is not read */
  IMAGES_NOT_READ,
  /** a page whose content could not be read; the rest of the document was */
  PAGE_UNREADABLE,
  /** header rows repeated at the top of a table's continuation page, dropped */
  REPEATED_HEADER_DROPPED,
  /** a merged cell cut by a page break, rejoined into one cell */
  MERGED_CELL_REJOINED,
  /** a table row cut in two by a page break, rejoined into one row */
  SPLIT_ROW_REJOINED,
  /** a table found by column alignment alone (no rulings): less certain than a ruled table */
  STREAM_TABLE
}
