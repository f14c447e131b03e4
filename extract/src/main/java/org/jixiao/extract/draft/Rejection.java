package org.jixiao.extract.draft;

/** Why a candidate table, row or value was dropped or left unparsed; each is counted into the report's diagnostics. */
public enum Rejection {
  /** a header row repeated after a page break */
  HEADER_REPEATED,
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
  /** a place name that fits several divisions */
  AMBIGUOUS_DIVISION,
  /** two different values stated for one report field; the first was kept */
  CONFLICTING_FIELD
}
