package org.jixiao.schema;

/**
 * 告警代码: every reason code the pipeline records when it skips, guesses or drops something, as
 * ingest's warnings and a report's {@link Diagnostic}s carry it. One enum for all stages, so a code
 * cannot be misspelt in one reader or mean two things; the name is the JSON value.
 */
public enum WarningCode {
  // ingest, PDF
  /** header or footer lines that were only a page number, skipped */
  PAGE_NUMBER_SKIPPED,
  /** characters drawn at a slant (a diagonal watermark, an electronic seal's ring), not read */
  SLANTED_TEXT_SKIPPED,
  /** text drawn outside a PDF page's crop box (a page cut from a larger one: the next report's start) was not read */
  CROPPED_TEXT_SKIPPED,
  /** text in a PDF layer (optional content) switched off, which the page neither shows nor prints (a draft's figures), not read */
  HIDDEN_LAYER_SKIPPED,
  /** PDF pages stored out of the order they print their numbers (第 n 页 共 m 页), read in the printed order */
  PAGES_REORDERED,
  /** running header or footer lines (a report number, the report title) repeated on most pages, skipped */
  RUNNING_HEADER_SKIPPED,
  /** line numbers printed down a page's left margin (a draft's Word line numbering), skipped */
  LINE_NUMBERS_SKIPPED,
  /** 目录 (table of contents) lines, with dotted leaders and page numbers, skipped */
  CONTENTS_SKIPPED,
  /** images on pages that also have text; their content (figures, seals, scanned inserts) is not read */
  IMAGES_NOT_READ,
  /** a page whose content could not be read; the rest of the document was */
  PAGE_UNREADABLE,
  /** a scanned page read by OCR: its values carry a recognition confidence */
  PAGE_OCR,
  /**
   * a name OCR read doubtfully, one character away from exactly one known indicator name, read as that name; or a code
   * read with the letter l for its digit 1 ("Al1") where the document's other codes are printed cleanly
   */
  OCR_NAME_CORRECTED,
  /** a scanned page turned a quarter or half turn to read it upright (a landscape form scanned in portrait, a sheet fed upside down) */
  PAGE_TURNED,
  /** a scanned page turned to level it before OCR (it was scanned askew) */
  PAGE_DESKEWED,
  /** a page image that is a photo of the sheet on a desk, seen at a slant: the sheet found and mapped back to a rectangle */
  PAGE_STRAIGHTENED,
  /** header rows repeated at the top of a table's continuation page, dropped */
  REPEATED_HEADER_DROPPED,
  /** a merged cell cut by a page break, rejoined into one cell */
  MERGED_CELL_REJOINED,
  /** a sheet printed two pages wide: the right-hand columns on the next page joined to their rows */
  SHEET_HALVES_JOINED,
  /** a table row cut in two by a page break, rejoined into one row */
  SPLIT_ROW_REJOINED,
  /** a table found by column alignment alone (no rulings): less certain than a ruled table */
  STREAM_TABLE,

  // ingest, word processors, spreadsheets and HTML
  /** a table inside a table cell: its text was flattened into the outer cell */
  NESTED_TABLE_FLATTENED,
  /** tables nested in a cell (a form's indicator block built inside one of its cells) read as tables of their own, after the table holding them */
  NESTED_TABLE_READ,
  /** a PDF page corrected with annotations: text under a white-out dropped, typewriter notes read where they stand */
  MARKUP_APPLIED,
  /** data printed over a pre-printed form (套打) off its cells by a printer's offset, moved back onto the form */
  OVERPRINT_REGISTERED,
  /** a web page placing its text by position (a PDF's online preview, pdf2htmlEX) laid out as the pages it renders */
  POSITIONED_TEXT_READ,
  /** radical code points in the text layer (部⻔, ⼯程: a font mapped to radicals) read as the ideographs they print */
  RADICALS_FOLDED,
  /** a picture drawn as a metafile (EMF: a spreadsheet range pasted as a picture) read by its text and lines */
  METAFILE_TEXT_READ,
  /** a dataset's coded fields (YJZB, DF) named by its own column dictionary (一级指标, 得分) */
  CODED_FIELDS_NAMED,
  /** a chart's cached values (a summary drawn only as a chart) read as a table of its categories by its series */
  CHART_DATA_READ,
  /** a news feed's other items (short notices beside the report's article) not read */
  FEED_ITEMS_SKIPPED,
  /** a reply's quoted message (the mail it answers) left out of an e-mail */
  QUOTED_MAIL_SKIPPED,
  /** a mail whose body holds the form: its attachments, copies of it or other files, were not read (named) */
  MAIL_ATTACHMENTS_SKIPPED,
  /** a frame's inline document (iframe srcdoc: a page saved whole with its attachment preview) read where the frame stands */
  FRAME_DOCUMENT_READ,
  /** a web application's data grid drawn as separate header, body and footer tables, read as one table */
  SPLIT_TABLES_JOINED,
  /** text struck through in a cell (a review's deletion) was left out; the rest of the cell is read */
  STRUCK_TEXT_DROPPED,
  /** a rowspan or colspan reached beyond the table and was cut to the table's real extent (HTML) */
  SPAN_CLAMPED,
  /** the file ends before its structure closes (RTF groups left open, a file cut short): read up to the cut */
  TRUNCATED,
  /** cells of an inconsistent table moved to free grid slots (Word) */
  TABLE_MARKUP_REPAIRED,
  /** covered (merged-over) cells held text that is not displayed (ODF) */
  COVERED_CELL_TEXT_SKIPPED,
  /** footnotes or comments left out of the text (ODF) */
  NOTES_SKIPPED,
  /** a hidden sheet, not read (Excel) */
  HIDDEN_SHEET_SKIPPED,
  /** tables a web page draws with CSS table display (display:table-row / table-cell divs), read as the tables they show */
  CSS_TABLE_READ,
  /** a page built of web components: each declarative shadow root read in its host, its slots filled as a browser shows them */
  SHADOW_DOM_READ,
  /** a table a web page draws with a script, read from the data the page embeds for it */
  SCRIPT_DATA_TABLE,
  /** a PDF page whose text layer does not decode to text (fonts without a Unicode map), read by OCR instead */
  TEXT_LAYER_GARBLED,
  /** a PDF page whose text is drawn as outlines (转曲: filled paths, no font), read by OCR from its rendering */
  TEXT_AS_OUTLINES,
  /** a zip archive read file by file as one document: which files it held, what each was, which were not read */
  ARCHIVE_READ,
  /** files embedded in a document (a PDF's attachments) read as part of it: each named, with its pages or why it was not read */
  ATTACHMENTS_READ,
  /** a DOCX or XLSX saved as Strict Open XML (ISO/IEC 29500 Strict), read with its names as the transitional ones */
  STRICT_OOXML,
  /** the values of a fillable PDF's form fields (AcroForm), read where their fields stand on the page */
  FORM_FIELDS_READ,
  /** an Excel worksheet embedded in a Word document as an object (插入→对象), read where it stands */
  EMBEDDED_WORKBOOK_READ,
  /** a part a Word document imports where it stands (w:altChunk: an HTML or text file Word converts on opening), read there; or why not */
  IMPORTED_PART,
  /** an object embedded in a Word document that is not a readable worksheet: its preview picture is all it shows */
  EMBEDDED_OBJECT_NOT_READ,
  /** values in hidden rows or columns of a sheet, not read (Excel neither shows nor prints them) */
  HIDDEN_CELLS_SKIPPED,
  /** tables set side by side on one sheet (two years' forms compared), an empty column between them, read as tables of their own */
  TABLES_SIDE_BY_SIDE,
  /** a wide table printed in column halves on separate pages (Excel's "down, then over"), joined row by row on its 序号 */
  COLUMN_HALVES_JOINED,
  /** formulas that could not be evaluated; their cached results were used (Excel) */
  FORMULA_CACHED_VALUE,
  /** formulas whose stored result is not what they compute now; the stored result, as published, was read (Excel) */
  FORMULA_STALE_RESULT,
  /** cells overlapping a merged region, skipped (Excel) */
  OVERLAPPING_MERGE,

  // ingest, plain text
  /** no BOM and not valid UTF-8: the charset was detected, not declared */
  CHARSET_DETECTED,
  /** a web page declares a charset its bytes are not in: they are valid UTF-8, and were read so (a CMS's stale meta) */
  CHARSET_DECLARATION_IGNORED,
  /** some bytes could not be decoded (or a character was cut off at the end) and were replaced or dropped */
  LOSSY_DECODING,

  // extract: why a candidate table, row or value was dropped or left unparsed
  /** the text is printed in traditional characters: read in simplified ones, the values taken as printed */
  TRADITIONAL_SCRIPT,
  /** a header row repeated after a page break */
  HEADER_REPEATED,
  /** a row named as another row's 一级指标, with no group of its own: read as that group's section */
  GROUP_ROW_AS_SECTION,
  /** a flat list whose group lines (no target or actual, a 分值 their items add up to) nest its items: the lines read as 一级 and 二级 */
  GROUPS_BY_WEIGHT,
  /** a 小计 row closing a 二级 group (its 一级 cell merged on through it), not read as the 一级's section */
  SECOND_LEVEL_SUBTOTAL,
  /** a table with indicator names but neither 分值 nor 得分 columns */
  TABLE_WITHOUT_SCORES,
  /** a data row with no indicator name */
  ROW_WITHOUT_NAME,
  /** a named row with neither weight nor score */
  ROW_WITHOUT_SCORES,
  /** a row whose name cell continues a vertical merge from the row above */
  CONTINUATION_ROW,
  /** a weight or score cell that is not a number */
  UNPARSED_NUMBER,
  /** the same indicator in two tables, merged into one row */
  DUPLICATE_ROW_MERGED,
  /** a score stated in prose with no table row of that name */
  PROSE_SCORE_UNMATCHED,
  /** a subtotal stated in prose for several groups together ("A、B、C共15分，得12分"), not a row or section */
  JOINT_SUBTOTAL,
  /** a place name that fits several divisions */
  AMBIGUOUS_DIVISION,
  /** two different values stated for one report field; the first was kept */
  CONFLICTING_FIELD,

  // audit
  /**
   * an extracted fact of the wrong kind or inconsistent with the report (a 分值 read as a budget, a
   * rate above 100%, weights far above the full mark): withheld from the audit checks by the
   * plausibility gate and shown as an extraction diagnostic, never as a finding
   */
  IMPLAUSIBLE_FACT
}
