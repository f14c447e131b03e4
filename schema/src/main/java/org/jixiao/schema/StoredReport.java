package org.jixiao.schema;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@code jixiao import} keeps per report in {@code data/reports/<id>.json}: the normalized
 * report, its audit findings, where it was imported from and when (ISO-8601 instant).
 *
 * @param sourcePath the first path the file's content was imported from
 * @param auditDiagnostics facts the audit's plausibility gate withheld from the checks as
 *     misreadings (code {@link WarningCode#IMPLAUSIBLE_FACT}): extraction diagnostics, never
 *     findings about the report; empty in files stored before the gate existed
 * @param otherPaths the other paths the same content (same SHA-256) was seen under, in the order
 *     they were met; empty in files stored before copies were recorded
 * @param extractor the version of the code that read, extracted and audited the file (the
 *     application's, see {@code ExtractorVersion}); null in files stored before it was recorded,
 *     which are read again by the next import
 * @param renderingOf the id of the report this one is another rendering of ({@link SameReport}: the
 *     same report published in another format); such an entry is kept, but not indexed, so that
 *     search, comparison and counts see the report once; null for a report of its own
 * @param renderings the paths of this report's other renderings, in the order they were met
 */
public record StoredReport(
    Report report, List<Finding> findings, String sourcePath, String importedAt,
    List<Diagnostic> auditDiagnostics, List<String> otherPaths, @Nullable String extractor,
    @Nullable String renderingOf, List<String> renderings) {
  public StoredReport {
    findings = findings == null ? List.of() : List.copyOf(findings);
    auditDiagnostics = auditDiagnostics == null ? List.of() : List.copyOf(auditDiagnostics);
    otherPaths = otherPaths == null ? List.of() : List.copyOf(otherPaths);
    renderings = renderings == null ? List.of() : List.copyOf(renderings);
  }

  /** A report of its own, with no other rendering met yet. */
  public StoredReport(Report report, List<Finding> findings, String sourcePath, String importedAt,
      List<Diagnostic> auditDiagnostics, List<String> otherPaths, @Nullable String extractor) {
    this(report, findings, sourcePath, importedAt, auditDiagnostics, otherPaths, extractor, null, List.of());
  }

  /** A report stored without gate diagnostics. */
  public StoredReport(Report report, List<Finding> findings, String sourcePath, String importedAt) {
    this(report, findings, sourcePath, importedAt, List.of());
  }

  /** A report stored from one path, by an unrecorded extractor. */
  public StoredReport(
      Report report, List<Finding> findings, String sourcePath, String importedAt, List<Diagnostic> auditDiagnostics) {
    this(report, findings, sourcePath, importedAt, auditDiagnostics, List.of(), null);
  }

  /** Every path the content was seen under: {@link #sourcePath} first. */
  public List<String> paths() {
    List<String> all = new ArrayList<>(1 + otherPaths.size());
    all.add(sourcePath);
    all.addAll(otherPaths);
    return all;
  }

  /** This entry with {@code path} added to its {@link #otherPaths} (unless it is listed already). */
  public StoredReport withPath(String path) {
    if (paths().contains(path)) {
      return this;
    }
    List<String> more = new ArrayList<>(otherPaths);
    more.add(path);
    return new StoredReport(report, findings, sourcePath, importedAt, auditDiagnostics, more, extractor, renderingOf, renderings);
  }

  /** This entry with {@code path} listed among its other renderings (unless it is listed already). */
  public StoredReport withRendering(String path) {
    if (renderings.contains(path)) {
      return this;
    }
    List<String> more = new ArrayList<>(renderings);
    more.add(path);
    return new StoredReport(report, findings, sourcePath, importedAt, auditDiagnostics, otherPaths, extractor, renderingOf, more);
  }

  /** This entry as another rendering of the report {@code id}. */
  public StoredReport asRenderingOf(String id) {
    return new StoredReport(report, findings, sourcePath, importedAt, auditDiagnostics, otherPaths, extractor, id, renderings);
  }
}
