package org.jixiao.audit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.jspecify.annotations.Nullable;

/**
 * A scored row the report marks 不适用 and leaves unscored ("政府采购执行率 | 100% | 不适用 | 3 | — | 本年度未编制政府采购预算，
 * 该指标不适用", h509): not a score left blank, but a row its form takes out of the marks, rescaling the total over the
 * rows that apply ("实得分÷适用指标分值×100").
 */
public final class NotApplicableRows {
  private static final Pattern NOT_APPLICABLE = Pattern.compile("不适用|不涉及");

  private NotApplicableRows() {}

  public static boolean notApplicable(IndicatorRow row) {
    return row.weight() != null && row.score() == null
        && (says(row.actual()) || says(row.deviationReason()));
  }

  public static List<IndicatorRow> of(Collection<IndicatorRow> rows) {
    return rows.stream().filter(NotApplicableRows::notApplicable).toList();
  }

  /** The marks of the rows that do not apply. */
  public static BigDecimal weight(Collection<IndicatorRow> rows) {
    return Decimals.sum(of(rows).stream().map(IndicatorRow::weight).toList());
  }

  /**
   * The rows' score sum {@code scores} ÷ the marks that apply × the full mark, exact, when the report rescales: it has
   * rows that do not apply, and its total is nearer that than the sum itself. Null otherwise.
   */
  public static @Nullable BigDecimal rescaled(Report report, BigDecimal scores) {
    BigDecimal total = report.totalScore();
    BigDecimal full = report.maxScore() != null ? report.maxScore() : BigDecimal.valueOf(100);
    BigDecimal applicable = full.subtract(weight(report.indicators()));
    if (total == null || applicable.compareTo(full) >= 0 || applicable.signum() <= 0 || total.compareTo(scores) == 0) {
      return null;
    }
    BigDecimal exact = scores.multiply(full).divide(applicable, 6, RoundingMode.HALF_UP);
    return total.subtract(exact).abs().compareTo(total.subtract(scores).abs()) < 0 ? exact : null;
  }

  private static boolean says(String text) {
    return text != null && NOT_APPLICABLE.matcher(text).find();
  }
}
