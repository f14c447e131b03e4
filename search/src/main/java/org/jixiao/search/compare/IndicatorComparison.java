package org.jixiao.search.compare;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 指标对比: one indicator's rows across departments and years, as a search backend found them. Immutable; {@link
 * #sorted} gives a re-ordered copy.
 *
 * <p>Every backend looks for the indicator in three steps, the first that finds rows wins: its canonical key
 * ({@code 部门预算执行率} → {@code budget_execution_rate}, every wording of that measure), then its name (ignoring
 * width, spaces and quotes; rows indexed without canonical keys), then as text, taking each report's best-matching
 * row. Every caller, command line or web page, gets this answer.
 */
public final class IndicatorComparison {
  /** How the indicator was found. */
  public enum Match {
    /** its canonical key ({@link #key()} not null) or its normalized name equals the request */
    KEY,
    /** nothing matched exactly; the best text match of each report */
    TEXT
  }

  /** One page of a comparison, and how many rows the whole comparison has. */
  public record Page(IndicatorComparison comparison, int total) {}

  private final String indicator;
  private final @Nullable String key;
  private final Match match;
  private final List<ComparisonRow> rows;

  public IndicatorComparison(String indicator, @Nullable String key, Match match, List<ComparisonRow> rows) {
    this.indicator = indicator;
    this.key = key;
    this.match = match;
    this.rows = List.copyOf(rows);
  }

  /** The indicator as asked for. */
  public String indicator() {
    return indicator;
  }

  /** The canonical key the rows were found by, or null when they were found by name or text. */
  public @Nullable String key() {
    return key;
  }

  public Match match() {
    return match;
  }

  /** The rows: by year, then department, unless {@link #sorted} re-ordered them. */
  public List<ComparisonRow> rows() {
    return rows;
  }

  public IndicatorComparison sorted(ComparisonField field, boolean descending) {
    List<ComparisonRow> copy = new ArrayList<>(rows);
    ComparisonField.sort(copy, descending, field);
    return new IndicatorComparison(indicator, key, match, copy);
  }

  /**
   * Rows {@code [offset, offset + limit)} of this comparison ({@link #sorted} by {@code field} when not null): the
   * page a backend serves when it cannot order the rows itself.
   */
  public Page page(@Nullable ComparisonField field, boolean descending, int offset, int limit) {
    IndicatorComparison all = field == null ? this : sorted(field, descending);
    List<ComparisonRow> r = all.rows();
    List<ComparisonRow> slice = r.subList(Math.min(r.size(), offset), Math.min(r.size(), offset + limit));
    return new Page(new IndicatorComparison(indicator, key, match, slice), r.size());
  }
}
