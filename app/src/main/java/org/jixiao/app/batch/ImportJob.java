package org.jixiao.app.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jixiao.audit.AuditResult;
import org.jixiao.audit.Auditor;
import org.jixiao.index.ReportIndex;
import org.jixiao.ingest.Limits;
import org.jixiao.schema.ExtractionFailure;
import org.jixiao.schema.Report;
import org.jixiao.schema.Severity;
import org.jixiao.schema.StoredReport;
import org.jspecify.annotations.Nullable;

/**
 * 导入: the main job. Each file is read, extracted and audited (in parallel); the report and its
 * findings are stored atomically under {@code DATA/reports/} and, unless turned off, indexed in
 * {@code DATA/index/}, committed every {@value #COMMIT_EVERY} files so that an interrupted import
 * keeps what it indexed. A file in which nothing of a report was found is a failure, not an entry.
 */
public final class ImportJob {
  static final int COMMIT_EVERY = 50;

  private final Path data;
  private final Limits limits;
  private final int threads;
  private final boolean index;

  /** {@code index} false stores the reports without indexing them. */
  public ImportJob(Path data, Limits limits, int threads, boolean index) {
    this.data = data;
    this.limits = limits;
    this.threads = threads;
    this.index = index;
  }

  /** What an import did. */
  public record Summary(BatchCounts counts, long rows, Map<Severity, Integer> findings, Duration took) {
    public Summary {
      findings = Map.copyOf(findings);
    }
  }

  /** Imports {@code files}, one status line each on {@code status}. */
  public Summary run(List<Path> files, PrintWriter status) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Auditor auditor = Auditor.standard();
    try (Pipeline pipeline = new Pipeline(limits);
        ReportIndex idx = index ? ReportIndex.open(data.resolve("index")) : null) {
      Store store = new Store(new ReportStore(data), idx);
      BatchCounts counts = BatchRunner.parallel(threads, limits, status).run(files,
          f -> pipeline.process(f).then(ImportJob::requireReport).then(e -> e.auditedBy(auditor)),
          store::accept);
      if (idx != null) {
        idx.commit();
      }
      return new Summary(counts, store.rows, store.findings, Duration.ofNanos(System.nanoTime() - start));
    }
  }

  /** Stored and indexed, a file with none of a report's parts would only add an empty report to every count. */
  static FileOutcome<Extraction> requireReport(Extraction e) {
    if (e.reports().stream().anyMatch(r -> !r.statesNothing())) {
      return new FileOutcome.Done<>(e.file(), e);
    }
    return new FileOutcome.Failed<>(e.file(), FileOutcome.Stage.EXTRACTION, ExtractionFailure.NOT_A_REPORT, InputFiles.shown(e.file())
        + ": not a performance-evaluation report (no indicator rows, total, budget or department found)");
  }

  /** {@code N errors, N warnings, N info}. */
  public static String describe(Map<Severity, Integer> bySeverity) {
    return bySeverity.getOrDefault(Severity.ERROR, 0) + " errors, " + bySeverity.getOrDefault(Severity.WARNING, 0)
        + " warnings, " + bySeverity.getOrDefault(Severity.INFO, 0) + " info";
  }

  /** The calling thread's part: store, index, commit now and then, and count. */
  private static final class Store {
    private final ReportStore reports;
    private final @Nullable ReportIndex idx;
    private int sinceCommit;
    long rows;
    final Map<Severity, Integer> findings = new EnumMap<>(Severity.class);

    Store(ReportStore reports, @Nullable ReportIndex idx) {
      this.reports = reports;
      this.idx = idx;
    }

    /**
     * Stores each report of the file as its own entry ({@code <sha256>.json}, then {@code <sha256>-<n>.json}
     * for the n-th), removes the entries (and index documents) of parts an earlier import found and
     * this one did not, and indexes each report under the same id as its entry.
     */
    String accept(Path file, List<AuditResult> audits) throws IOException {
      String now = Instant.now().toString();
      List<StoredReport> stored = audits.stream()
          .map(a -> new StoredReport(a.report(), a.findings(), file.toString(), now, a.diagnostics())).toList();
      List<String> stale = reports.saveAll(audits.getFirst().report().fileSha256(), stored);
      Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
      int fileRows = 0;
      int withheld = 0;
      for (AuditResult audit : audits) {
        withheld += audit.diagnostics().size();
        Report r = audit.report();
        if (idx != null) {
          idx.add(r);
        }
        fileRows += r.indicators().size();
        audit.countBySeverity().forEach((k, v) -> counts.merge(k, v, Integer::sum));
      }
      if (idx != null) {
        for (String id : stale) {
          idx.remove(id);
        }
        if (++sinceCommit >= COMMIT_EVERY) {
          idx.commit();
          sinceCommit = 0;
        }
      }
      rows += fileRows;
      counts.forEach((k, v) -> findings.merge(k, v, Integer::sum));
      Report first = audits.getFirst().report();
      String total = audits.size() > 1 ? audits.size() + " reports" : "total " + (first.totalScore() == null ? "-" : first.totalScore().toPlainString());
      // facts the audit's plausibility gate withheld as misreadings: extraction diagnostics, not findings
      return fileRows + " rows, " + total + ", findings " + describe(counts)
          + (withheld == 0 ? "" : ", " + withheld + " extraction diagnostic(s): facts not audited");
    }
  }
}
