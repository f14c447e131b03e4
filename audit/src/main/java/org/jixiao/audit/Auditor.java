package org.jixiao.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.jixiao.audit.gate.Gated;
import org.jixiao.audit.gate.PlausibilityGate;
import org.jixiao.schema.CellRef;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.SourceRef;
import org.jixiao.schema.TextSpan;

/**
 * Runs a list of {@link Check}s over one report and returns their findings sorted by severity,
 * then location (table cells in table/row/column order, then text spans by offset, then findings
 * without a location), then check and indicator. A check that throws is a bug: it is not hidden.
 *
 * <p>Before the checks, the {@link PlausibilityGate} withholds the extracted facts that are not
 * what they claim to be (a 分值 read as a budget, a rate as a total); the checks see only what
 * passed, and what failed is returned as diagnostics. After them, {@link FindingMerger} makes one
 * finding of what is provably one problem.
 *
 * <p>This package never names a check class: {@link #standard()} finds them through {@link
 * ServiceLoader}, so {@code org.jixiao.audit.checks} depends on this package and not the reverse.
 */
public final class Auditor {
  /** Severity first; within it, where the finding stands. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::severity)
          .thenComparing(Finding::location, Comparator.nullsLast(Auditor::compareLocations))
          .thenComparing(f -> f.check().jsonName()) // by name, as when checks were strings
          .thenComparing(Finding::indicator, Comparator.nullsFirst(Comparator.naturalOrder()));

  private final List<Check> checks;
  private final PlausibilityGate gate;

  public Auditor(List<Check> checks, PlausibilityGate gate) {
    this.checks = List.copyOf(checks);
    this.gate = gate;
  }

  /** These checks behind the standard gate. */
  public Auditor(List<Check> checks) {
    this(checks, PlausibilityGate.standard());
  }

  /**
   * Every registered check ({@code META-INF/services/org.jixiao.audit.Check}) with its default
   * configuration, in {@link CheckId} order. Two checks claiming one id are a packaging error.
   */
  public static Auditor standard() {
    Map<CheckId, Check> found = new EnumMap<>(CheckId.class);
    for (Check check : ServiceLoader.load(Check.class, Auditor.class.getClassLoader())) {
      Check other = found.putIfAbsent(check.id(), check);
      if (other != null) {
        throw new IllegalStateException(
            "two checks claim " + check.id() + ": " + other.getClass().getName() + " and " + check.getClass().getName());
      }
    }
    return new Auditor(List.copyOf(found.values()));
  }

  public List<Check> checks() {
    return checks;
  }

  /**
   * All findings of all checks on what the gate let through, merged and sorted by {@link #ORDER}.
   * A report that is one of several in its file names its part in each finding's file: {@code
   * h18.docx#2} is the file's second report.
   */
  public List<Finding> run(AuditSubject subject) {
    return audit(subject).findings();
  }

  /** The findings together with the report they are about and the gate's diagnostics, for the renderers. */
  public AuditResult audit(AuditSubject subject) {
    Gated gated = gate.apply(subject.report(), subject.text());
    AuditSubject seen = new AuditSubject(gated.report(), subject.text());
    List<Finding> out = new ArrayList<>();
    for (Check check : checks) {
      out.addAll(check.check(seen));
    }
    var part = subject.report().part();
    List<Finding> merged = new ArrayList<>();
    for (Finding f : FindingMerger.merge(seen.report(), out)) {
      merged.add(part == null ? f : f.withFile(f.file() + "#" + part.index()));
    }
    merged.sort(ORDER);
    return new AuditResult(subject.report(), merged, gated.diagnostics());
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
    return Integer.compare(kindOrder(a), kindOrder(b));
  }

  /** Cells first, then text spans, then document properties. */
  private static int kindOrder(SourceRef ref) {
    return ref instanceof CellRef ? 0 : ref instanceof TextSpan ? 1 : 2;
  }
}
