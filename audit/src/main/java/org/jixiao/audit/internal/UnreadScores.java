package org.jixiao.audit.internal;

import java.util.Collection;
import org.jixiao.schema.CellRef;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.TextSpan;

/**
 * A scored row whose score was not read, where a missing one is this tool's misreading, not a blank the report left:
 * read from prose (the sentence that names the row and its 分值 states its 得分 too, "…（5分）。…扣2分，得3分。", so it
 * was cut by a column or page break), or from a table read by OCR (a seal over the score, a faint digit: h262). No
 * check recomputes from it; a text-layer table's empty score cell stays the report's own fact.
 */
public final class UnreadScores {
  private UnreadScores() {}

  public static boolean unread(IndicatorRow row) {
    return row.weight() != null && row.score() == null
        && (row.source() instanceof TextSpan || row.source() instanceof CellRef c && c.ocr() != null);
  }

  public static boolean any(Collection<IndicatorRow> rows) {
    return rows.stream().anyMatch(UnreadScores::unread);
  }

  /**
   * A scored row whose weight was not read, in the same places (h484: a 分值 of 7 read as "灵" on a colour scan): the
   * weights cannot be added up.
   */
  public static boolean unreadWeight(IndicatorRow row) {
    return row.score() != null && row.weight() == null
        && (row.source() instanceof TextSpan || row.source() instanceof CellRef c && c.ocr() != null);
  }

  public static boolean anyWeight(Collection<IndicatorRow> rows) {
    return rows.stream().anyMatch(UnreadScores::unreadWeight);
  }
}
