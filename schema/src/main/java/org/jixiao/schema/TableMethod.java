package org.jixiao.schema;

/**
 * 表格识别方式: how a PDF table was found, tabula's {@code getExtractionMethod()}. Formats that store
 * their tables as tables (Word, Excel, HTML, ODF) have none: their cells carry null.
 */
public enum TableMethod {
  /** from the ruling lines drawn around the cells */
  LATTICE,
  /** from the alignment of text into columns, without rulings: less certain */
  STREAM,
  /** from the ruling lines in a scanned page's pixels, each cell's text recognized by OCR */
  OCR
}
