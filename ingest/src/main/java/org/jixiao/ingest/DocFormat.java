package org.jixiao.ingest;

/** The formats jixiao reads, detected by content (Tika), never by file extension. */
public enum DocFormat {
  PDF,
  DOCX,
  DOC,
  XLSX,
  XLS,
  ODT,
  ODS,
  HTML,
  TEXT,
  /** any other format Tika parses (RTF, WordPerfect, EPUB…): paragraphs and tables from Tika's XHTML */
  OTHER
}
