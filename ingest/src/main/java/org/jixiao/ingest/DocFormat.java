package org.jixiao.ingest;

/** The formats jixiao reads, detected by content (Tika), never by file extension. */
public enum DocFormat {
  PDF,
  /** OFD (GB/T 33190 版式文档), the national fixed-layout format many 政务 systems publish */
  OFD,
  /** XPS / OpenXPS (ECMA-388), what Windows' XPS Document Writer prints to */
  XPS,
  DOCX,
  DOC,
  XLSX,
  XLS,
  /** Excel 2003 XML (SpreadsheetML), as budget systems export it, often named .xls */
  SPREADSHEETML,
  ODT,
  ODS,
  /** a UOF text document (GB/T 20916 统一办公格式, .uot), as 永中 Office and WPS save it */
  UOF,
  HTML,
  /** a single-file web page (.mht, Word's 单个文件网页): HTML in a MIME envelope */
  MHTML,
  /** a dataset downloaded as JSON from an open-data platform: its records read as a table */
  JSON,
  /** a portal column's news feed (RSS, Atom): its longest item's article read as a web page */
  FEED,
  /** an e-mail saved as a file (.eml): its HTML body, else its text */
  EMAIL,
  /** an Outlook message saved as a file (.msg, an OLE compound file): its HTML body, else its text; its attachments when
   * the body holds no form */
  OUTLOOK,
  /** Rich Text Format (Word's, WPS's and LibreOffice's RTF exports) */
  RTF,
  TEXT,
  /** a scanned page image, read by OCR */
  PNG,
  /** a scanned page image (a photo or a lossy scan), read by OCR */
  JPEG,
  /** scanned page images, one or more pages (multi-page TIFF), read by OCR */
  TIFF,
  /** a page image saved as WebP, as WeChat 公众号 articles and phones' screenshots serve a report's picture; read by OCR */
  WEBP,
  /** a page image saved as GIF (a 256-colour picture, as older portals post a form), read by OCR */
  GIF,
  /** a zip archive of report files (a portal's 附件.zip), each file read by its own reader, all as one document */
  ARCHIVE,
  /** any other format Tika parses (WordPerfect, EPUB…): paragraphs and tables from Tika's XHTML */
  OTHER;

  /** A web page, whose {@code <title>} and publisher meta name the report. */
  public boolean isWebPage() {
    return this == HTML || this == MHTML;
  }
}
