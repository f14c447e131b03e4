package org.jixiao.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jixiao.audit.checks.ArithmeticCheck;
import org.jixiao.audit.checks.ExecutionRateCheck;
import org.jixiao.audit.checks.GradeBandCheck;
import org.jixiao.audit.checks.ProseSubtotalCheck;
import org.jixiao.audit.checks.ProseTableAgreementCheck;
import org.jixiao.audit.checks.RowScoreCheck;
import org.jixiao.audit.checks.ScoringRuleCheck;
import org.jixiao.audit.checks.SectionSumCheck;
import org.jixiao.audit.checks.TotalScoreCheck;
import org.jixiao.schema.CellRef;
import org.jixiao.schema.Finding;
import org.jixiao.schema.SourceRef;
import org.jixiao.schema.TextSpan;

/**
 * Runs a list of {@link Check}s over one report and returns their findings sorted by severity,
 * then location (table cells in table/row/column order, then text spans by offset, then findings
 * without a location), then check and indicator. A check that throws is a bug: it is not hidden.
 */
public final class Auditor {
  /** Severity first; within it, where the finding stands. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::severity)
          .thenComparing(Finding::location, Comparator.nullsLast(Auditor::compareLocations))
          .thenComparing(Finding::check)
          .thenComparing(Finding::indicator, Comparator.nullsFirst(Comparator.naturalOrder()));

  private final List<Check> checks;

  public Auditor(List<Check> checks) {
    this.checks = List.copyOf(checks);
  }

  /** Every check of {@code org.jixiao.audit.checks} with its default configuration. */
  public static Auditor standard() {
    return new Auditor(
        List.of(
            new TotalScoreCheck(),
            new SectionSumCheck(),
            new RowScoreCheck(),
            new ScoringRuleCheck(),
            new ExecutionRateCheck(),
            new ArithmeticCheck(),
            new GradeBandCheck(),
            new ProseTableAgreementCheck(),
            new ProseSubtotalCheck()));
  }

  public List<Check> checks() {
    return checks;
  }

  /** All findings of all checks, sorted by {@link #ORDER}. */
  public List<Finding> run(AuditSubject subject) {
    List<Finding> out = new ArrayList<>();
    for (Check check : checks) {
      out.addAll(check.check(subject));
    }
    out.sort(ORDER);
    return List.copyOf(out);
  }

  /** The findings together with the report they are about, for the renderers. */
  public AuditResult audit(AuditSubject subject) {
    return new AuditResult(subject.report(), run(subject));
  }

  private static int compareLocations(SourceRef a, SourceRef b) {
    if (a instanceof CellRef x && b instanceof CellRef y) {
      return Comparator.comparingInt(CellRef::table)
          .thenComparingInt(CellRef::row)
          .thenComparingInt(CellRef::col)
          .compare(x, y);
    }
    if (a instanceof TextSpan x && b instanceof TextSpan y) {
      return Comparator.comparingInt(TextSpan::start).thenComparingInt(TextSpan::end).compare(x, y);
    }
    return a instanceof CellRef ? -1 : 1;
  }
}
