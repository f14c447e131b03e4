package org.jixiao.extract.draft;

import java.util.Objects;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.ScoreStatement;

/**
 * 候选指标行: an indicator row as one strategy read it, before the cascade decides between
 * strategies and between tables.
 *
 * @param richness the number of table roles the row was read with (the richer of two tables wins
 *     a merge); 0 for a row read from running text
 * @param table the table the row was read from, or {@link #NO_TABLE}
 * @param statement the row's weight and score as this strategy states them: what is kept as an
 *     alternate statement when another strategy's row of the same indicator wins
 */
public record RowCandidate(IndicatorRow row, int richness, int table, ScoreStatement statement) {
  /** The {@code table} of a row read from running text. */
  public static final int NO_TABLE = -1;

  /** A row read from table {@code table}; its statement is the row's own weight and score cells. */
  public static RowCandidate ofTable(IndicatorRow row, int richness, int table) {
    ScoreStatement own = new ScoreStatement(row.weight(), row.score(), row.level3(),
        Objects.requireNonNull(row.source(), "a table row has a source"), Objects.requireNonNull(row.method()));
    return new RowCandidate(row, richness, table, own);
  }

  /** A row read from running text, with the sentence that states its weight and score. */
  public static RowCandidate ofText(IndicatorRow row, ScoreStatement statement) {
    return new RowCandidate(row, 0, NO_TABLE, statement);
  }
}
