package org.jixiao.audit.internal;

import java.util.Collection;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.TextSpan;

/**
 * A scored row read from prose without its score: the sentence that names the row and its 分值 states its 得分 too
 * ("…（5分）。…扣2分，得3分。"), so a missing one is this tool's misreading (a sentence cut by a column or page break),
 * not a blank the report left. No check recomputes from it; a table's empty score cell stays the report's own fact.
 */
public final class UnreadScores {
  private UnreadScores() {}

  public static boolean unread(IndicatorRow row) {
    return row.weight() != null && row.score() == null && row.source() instanceof TextSpan;
  }

  public static boolean any(Collection<IndicatorRow> rows) {
    return rows.stream().anyMatch(UnreadScores::unread);
  }
}
