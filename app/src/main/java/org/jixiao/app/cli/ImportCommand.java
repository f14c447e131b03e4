package org.jixiao.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.app.batch.FileOutcome;
import org.jixiao.app.batch.InputFiles;
import org.jixiao.app.batch.Pipeline;
import org.jixiao.app.batch.ReportStore;
import org.jixiao.audit.AuditResult;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.Auditor;
import org.jixiao.index.ReportIndex;
import org.jixiao.schema.ExtractionFailure;
import org.jixiao.schema.Severity;
import org.jixiao.schema.StoredReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao import}: the main job. Each file is read, extracted and audited; the report and
 * its findings are stored atomically under {@code DATA/reports/} and indexed in {@code
 * DATA/index/}. One status line per file on standard error; a bad file is reported and the batch
 * goes on.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Import report files (or directories of them): read, extract, audit, store and index each.",
        "Writes DATA/reports/<sha256>.json (report + findings) and the search index DATA/index."})
public final class ImportCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "report files, or directories to walk") List<Path> files;

  @Option(names = "--data", paramLabel = "DIR", description = "where imported data goes (default ./data)") Path data = Path.of("data");

  @Option(names = "--threads", description = "files read in parallel (default: the number of cores)") int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--no-index", description = "store reports but do not index them") boolean noIndex;

  @Mixin LimitOptions limitOptions;

  @Spec CommandSpec spec;

  private record Done(FileOutcome outcome, @org.jspecify.annotations.Nullable AuditResult audit, long millis) {}

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    List<Path> inputs = InputFiles.expand(files, data); // never the data directory itself
    if (inputs.isEmpty()) {
      err.println("jixiao: no files to import in " + files);
      return ExitCodes.FAILURE;
    }
    ReportStore store = new ReportStore(data);
    Auditor auditor = Auditor.standard();
    AtomicInteger seq = new AtomicInteger();
    int failed = 0;
    long rows = 0;
    Map<Severity, Integer> findings = new java.util.EnumMap<>(Severity.class);
    long start = System.nanoTime();
    int sinceCommit = 0;
    // a thread per file, at most 2 × threads in flight: a file stuck past its budget is abandoned
    // (its thread cannot always be interrupted) without holding up the files behind it
    ExecutorService pool = Executors.newThreadPerTaskExecutor(r -> {
      Thread t = new Thread(r, "jixiao-import");
      t.setDaemon(true);
      return t;
    });
    try (Pipeline pipeline = new Pipeline(limitOptions.limits());
        ReportIndex index = noIndex ? null : ReportIndex.open(data.resolve("index"))) {
      // a bounded window of files in flight: results are consumed in order, memory stays flat
      java.util.ArrayDeque<Future<Done>> window = new java.util.ArrayDeque<>();
      java.util.ArrayDeque<Path> windowFiles = new java.util.ArrayDeque<>();
      long budgetMillis = 2 * limitOptions.limits().timeout().toMillis(); // reading has its own limit; this bounds extract + audit too
      int next = 0;
      while (next < inputs.size() || !window.isEmpty()) {
        while (next < inputs.size() && window.size() < 2 * Math.max(1, threads)) {
          Path f = inputs.get(next++);
          windowFiles.add(f);
          window.add(pool.submit(() -> work(f, pipeline, auditor)));
        }
        Path current = windowFiles.poll();
        Done d = get(window.poll(), current, budgetMillis);
        String n = "[" + seq.incrementAndGet() + "/" + inputs.size() + "] " + d.outcome().file().getFileName();
        if (d.outcome() instanceof FileOutcome.Failed f) {
          failed++;
          err.println(n + ": FAILED " + f.kindName() + ": " + f.message());
          continue;
        }
        var e = (FileOutcome.Extracted) d.outcome();
        String id = e.report().fileSha256();
        try {
          store.save(id, new StoredReport(e.report(), d.audit().findings(), d.outcome().file().toString(), Instant.now().toString()));
          if (index != null) {
            index.add(e.report());
          }
        } catch (IOException | RuntimeException ex) {
          failed++;
          err.println(n + ": FAILED STORE: " + d.outcome().file().getFileName() + ": " + ex.getMessage());
          continue;
        }
        if (index != null && ++sinceCommit >= COMMIT_EVERY) {
          index.commit(); // an interrupted import keeps what it indexed so far
          sinceCommit = 0;
        }
        rows += e.report().indicators().size();
        d.audit().countBySeverity().forEach((k, v) -> findings.merge(k, v, Integer::sum));
        err.println(n + ": " + e.report().indicators().size() + " rows, total "
            + (e.report().totalScore() == null ? "-" : e.report().totalScore().toPlainString())
            + ", findings " + counts(d.audit().countBySeverity()) + " (" + d.millis() + " ms)");
      }
      if (index != null) {
        index.commit();
      }
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "imported %d of %d files (%d indicator rows; findings %s) into %s in %.1f s%n",
        inputs.size() - failed, inputs.size(), rows, counts(findings), data, seconds);
    out.flush();
    return ExitCodes.forBatch(failed, inputs.size());
  }

  private static final int COMMIT_EVERY = 50;

  private static Done work(Path f, Pipeline pipeline, Auditor auditor) {
    long t0 = System.nanoTime();
    try {
      return audited(f, pipeline, auditor, t0);
    } catch (Throwable t) { // an Error in one file (stack, memory) is that file's failure, not the batch's
      return new Done(new FileOutcome.Failed(f, ExtractionFailure.EXTRACTION_ERROR, f.getFileName() + ": " + t), null, (System.nanoTime() - t0) / 1_000_000);
    }
  }

  private static Done audited(Path f, Pipeline pipeline, Auditor auditor, long t0) {
    FileOutcome o = pipeline.process(f);
    AuditResult audit = null;
    if (o instanceof FileOutcome.Extracted e && isNotAReport(e.report())) {
      // stored and indexed, it would only add an empty report to every count
      o = new FileOutcome.Failed(f, ExtractionFailure.NOT_A_REPORT, f.getFileName()
          + ": not a performance-evaluation report (no indicator rows, total, budget or department found)");
    }
    if (o instanceof FileOutcome.Extracted e) {
      try {
        audit = auditor.audit(new AuditSubject(e.report(), e.document().text()));
      } catch (RuntimeException ex) {
        o = new FileOutcome.Failed(f, ExtractionFailure.AUDIT_ERROR, f.getFileName() + ": audit failed (" + ex + ")");
      }
    }
    return new Done(o, audit, (System.nanoTime() - t0) / 1_000_000);
  }

  static boolean isNotAReport(org.jixiao.schema.Report r) {
    return r.statesNothing();
  }

  private static Done get(Future<Done> job, Path file, long budgetMillis) throws InterruptedException, IOException {
    try {
      return job.get(budgetMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.TimeoutException ex) {
      job.cancel(true);
      return new Done(new FileOutcome.Failed(file, org.jixiao.ingest.FailureKind.TIMEOUT,
          file.getFileName() + ": reading, extraction and audit took longer than " + budgetMillis / 1000 + " s"), null, budgetMillis);
    } catch (ExecutionException ex) {
      throw new IOException("import worker failed on " + file + ": " + ex.getCause(), ex.getCause());
    }
  }

  private static String counts(Map<Severity, Integer> bySeverity) {
    return bySeverity.getOrDefault(Severity.ERROR, 0) + " errors, " + bySeverity.getOrDefault(Severity.WARNING, 0)
        + " warnings, " + bySeverity.getOrDefault(Severity.INFO, 0) + " info";
  }
}
