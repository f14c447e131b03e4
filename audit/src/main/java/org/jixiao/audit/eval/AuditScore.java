package org.jixiao.audit.eval;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Severity;
import org.jspecify.annotations.Nullable;

/**
 * 审计准确度: the figures of issue 10 over some documents. A produced finding is right when it
 * answers an expected finding, first time ({@code matched}) or again ({@code duplicates}: right
 * but repeated); precision is right ÷ produced at the given severities, recall is expected findings
 * of the given certainties answered at any severity ÷ expected. A figure with nothing to divide by
 * is null.
 *
 * @param documents input files scored (each format of a sample is its own document)
 * @param produced produced findings per severity
 * @param matched produced findings paired one-to-one with an expected finding, per severity
 * @param duplicates right but repeated findings, per severity
 * @param falseAlarms produced findings answering nothing, per severity
 * @param expectedHigh expected findings of certainty HIGH; {@code foundHigh} of them answered
 * @param expectedHighMedium expected findings of certainty HIGH or MEDIUM; {@code foundHighMedium} answered
 */
public record AuditScore(
    String label,
    int documents,
    Map<Severity, Integer> produced,
    Map<Severity, Integer> matched,
    Map<Severity, Integer> duplicates,
    Map<Severity, Integer> falseAlarms,
    @Nullable Double precisionError,
    @Nullable Double precisionErrorWarning,
    @Nullable Double precisionInfo,
    int expectedHigh,
    int foundHigh,
    @Nullable Double recallHigh,
    int expectedHighMedium,
    int foundHighMedium,
    @Nullable Double recallHighMedium,
    @Nullable Double warningPlusPerDocument,
    @Nullable Double infoPerDocument) {

  private static final Set<Severity> ERROR = Set.of(Severity.ERROR);
  private static final Set<Severity> ERROR_WARNING = Set.of(Severity.ERROR, Severity.WARNING);
  private static final Set<Severity> INFO = Set.of(Severity.INFO);

  /** The figures of one document. */
  public static AuditScore of(DocumentScore d) {
    return of(d.file(), List.of(d));
  }

  /** The figures over {@code docs} together (pooled, not averaged per document). */
  public static AuditScore of(String label, List<DocumentScore> docs) {
    Map<Severity, Integer> produced = count(docs.stream().flatMap(d -> d.produced().stream()).toList());
    Map<Severity, Integer> matched =
        count(docs.stream().flatMap(d -> d.matches().stream()).map(Match::produced).toList());
    Map<Severity, Integer> duplicates = count(docs.stream().flatMap(d -> d.duplicates().stream()).toList());
    Map<Severity, Integer> falseAlarms = count(docs.stream().flatMap(d -> d.falseAlarms().stream()).toList());
    List<ExpectedFinding> expected = docs.stream().flatMap(d -> d.expected().stream()).toList();
    List<ExpectedFinding> found =
        docs.stream().flatMap(d -> d.matches().stream()).map(Match::expected).toList();
    Predicate<ExpectedFinding> high = e -> e.certainty() == Certainty.HIGH;
    Predicate<ExpectedFinding> highMedium = high.or(e -> e.certainty() == Certainty.MEDIUM);
    int expectedHigh = (int) expected.stream().filter(high).count();
    int foundHigh = (int) found.stream().filter(high).count();
    int expectedHighMedium = (int) expected.stream().filter(highMedium).count();
    int foundHighMedium = (int) found.stream().filter(highMedium).count();
    int n = docs.size();
    return new AuditScore(label, n, produced, matched, duplicates, falseAlarms,
        precision(produced, falseAlarms, ERROR),
        precision(produced, falseAlarms, ERROR_WARNING),
        precision(produced, falseAlarms, INFO),
        expectedHigh, foundHigh, ratio(foundHigh, expectedHigh),
        expectedHighMedium, foundHighMedium, ratio(foundHighMedium, expectedHighMedium),
        ratio(sum(produced, ERROR_WARNING), n), ratio(sum(produced, INFO), n));
  }

  private static @Nullable Double precision(
      Map<Severity, Integer> produced, Map<Severity, Integer> falseAlarms, Set<Severity> severities) {
    int all = sum(produced, severities);
    return ratio(all - sum(falseAlarms, severities), all);
  }

  private static int sum(Map<Severity, Integer> counts, Collection<Severity> severities) {
    return severities.stream().mapToInt(counts::get).sum();
  }

  private static @Nullable Double ratio(int part, int whole) {
    return whole == 0 ? null : (double) part / whole;
  }

  private static Map<Severity, Integer> count(List<Finding> findings) {
    Map<Severity, Integer> out = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      out.put(s, 0);
    }
    findings.forEach(f -> out.merge(f.severity(), 1, Integer::sum));
    return out;
  }
}
