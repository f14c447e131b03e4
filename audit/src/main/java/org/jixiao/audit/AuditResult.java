package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.audit.internal.NotApplicableRows;
import org.jixiao.schema.Diagnostic;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.jixiao.schema.Severity;
import org.jspecify.annotations.Nullable;

/**
 * One audited report: the report, its sorted findings, and the extraction diagnostics of the
 * plausibility gate (facts withheld from the checks as misreadings; never findings).
 */
public record AuditResult(Report report, List<Finding> findings, List<Diagnostic> diagnostics) {
  public AuditResult {
    findings = List.copyOf(findings);
    diagnostics = List.copyOf(diagnostics);
  }

  /** A result with nothing withheld. */
  public AuditResult(Report report, List<Finding> findings) {
    this(report, findings, List.of());
  }

  /**
   * The sum of the row scores, or null when the report has no scored row; rescaled over the rows that apply when the
   * report rescales its total so ({@link NotApplicableRows}), at the total's printed precision.
   */
  public @Nullable BigDecimal recomputedTotal() {
    List<BigDecimal> scores =
        report.indicators().stream().map(IndicatorRow::score).filter(s -> s != null).toList();
    if (scores.isEmpty()) {
      return null;
    }
    BigDecimal sum = Decimals.sum(List.copyOf(scores));
    BigDecimal rescaled = NotApplicableRows.rescaled(report, sum);
    return rescaled == null ? sum
        : rescaled.setScale(Decimals.printedScale(report.totalScore()), java.math.RoundingMode.HALF_UP);
  }

  /** Findings per severity, every severity present (zero when none). */
  public Map<Severity, Integer> countBySeverity() {
    Map<Severity, Integer> out = new TreeMap<>();
    for (Severity s : Severity.values()) {
      out.put(s, 0);
    }
    findings.forEach(f -> out.merge(f.severity(), 1, Integer::sum));
    return out;
  }
}
