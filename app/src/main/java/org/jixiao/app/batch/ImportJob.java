package org.jixiao.app.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jixiao.audit.AuditResult;
import org.jixiao.search.ReportSink;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.Limits;
import org.jixiao.schema.ExtractionFailure;
import org.jixiao.schema.Severity;
import org.jspecify.annotations.Nullable;

/**
 * 导入: the main job. Each file is hashed first (SHA-256, streamed): content already stored by this
 * {@link ExtractorVersion} is not read again ({@code unchanged}, or {@code duplicate} under a new
 * path, which is added to its entry). The rest is read, extracted and audited (in parallel); the
 * report and its findings are stored atomically under {@code DATA/reports/} and, unless turned off,
 * indexed in {@code DATA/index/} (or the {@link Backend} given), committed every {@value #COMMIT_EVERY} files so that an
 * interrupted import keeps what it indexed. A file in which nothing of a report was found is a
 * failure, not an entry. Files are read in this JVM, or with {@link #inWorkers} in parse worker
 * processes that a hostile file cannot take down with it. The whole run holds {@link DataLock} and writes a {@link RunManifest}.
 */
public final class ImportJob {
  static final int COMMIT_EVERY = 50;

  /** A parse worker's heap cap unless told otherwise: 1 GiB. */
  public static final long WORKER_HEAP = 1L << 30;

  private final Path data;
  private final Limits limits;
  private final int threads;
  private final boolean index;
  private final boolean reread;
  private volatile Stages stages = (file, stage) -> { };
  private WorkerPool.@Nullable Spec workers;
  private @Nullable Backend backend;
  private final java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();

  /** The stages' names. */
  static final String READING = "读取与抽取";
  static final String AUDITING = "审核";
  static final String STORING = "入库";
  static final String STORING_INDEXING = "入库与索引";

  /** Told as each file enters a stage of its import: 读取与抽取, 审核, 入库与索引 (the web page's upload progress). */
  @FunctionalInterface
  public interface Stages {
    void entered(Path file, String stage);
  }

  /** This job, telling {@code listener} of each file's stages as they begin (on the threads that run them). */
  public ImportJob stages(Stages listener) {
    this.stages = listener;
    return this;
  }

  /**
   * This job, reading files in {@code workers} parse worker processes of {@code heapBytes} each (as
   * many as memory allows, see {@link WorkerPool.Spec#sized}) instead of in this JVM.
   */
  public ImportJob inWorkers(int workers, long heapBytes) {
    this.workers = WorkerPool.Spec.sized(workers, heapBytes);
    return this;
  }

  /**
   * Asks a running job to stop (Ctrl-C): it ends no further file, gives up the files being read, commits what it
   * stored to the index and returns its summary, the files it did not end counted as {@link Summary#notReached}.
   */
  public void stop() {
    stop.set(true);
  }

  /** This job, indexing into {@code where} (a SolrCloud collection) instead of {@code DATA/index}. */
  public ImportJob into(Backend where) {
    this.backend = where;
    return this;
  }

  /** How many parse workers the job uses; 0 when it reads in its own JVM. */
  public int workers() {
    return workers == null ? 0 : workers.workers();
  }

  /** {@code index} false stores the reports without indexing them. */
  public ImportJob(Path data, Limits limits, int threads, boolean index) {
    this(data, limits, threads, index, false);
  }

  /** {@code reread} reads every file again, even content stored by this extractor version. */
  public ImportJob(Path data, Limits limits, int threads, boolean index, boolean reread) {
    this.data = data;
    this.limits = limits;
    this.threads = threads;
    this.index = index;
    this.reread = reread;
  }

  /**
   * What an import did; {@code manifest} is its {@code DATA/runs/*.jsonl}; {@code notReached} the files a stop left
   * unread (0 for a run that ended), which the next run reads.
   */
  public record Summary(ImportCounts counts, long rows, Map<Severity, Integer> findings, Duration took, Path manifest,
      int notReached) {
    public Summary {
      findings = Map.copyOf(findings);
    }
  }

  /** A file hashed, and either known (stored by this version) or read afresh. */
  sealed interface Read {
    String sha();

    /** Stored already by this extractor version (or earlier in this run): not read again. */
    record Known(String sha, ReportStore.Head head) implements Read {}

    /** Read, extracted and audited now. */
    record Fresh(String sha, List<AuditResult> audits) implements Read {}
  }

  /**
   * Imports {@code files}, one status line each on {@code status}.
   *
   * @throws DataLock.Held when another import holds the data directory
   */
  public Summary run(List<Path> files, PrintWriter status) throws IOException, InterruptedException {
    return run(files, status, false);
  }

  /** As {@link #run(List, PrintWriter)}; {@code failuresOnly}: a status line for failed files only. */
  public Summary run(List<Path> files, PrintWriter status, boolean failuresOnly) throws IOException, InterruptedException {
    long start = System.nanoTime();
    String version = ExtractorVersion.current();
    try (DataLock lock = DataLock.acquire(data);
        RunManifest manifest = RunManifest.create(data, Instant.now());
        FileReading reading = workers == null ? new InProcessReading(limits)
            : new WorkerPool(limits, workers, data.resolve("cache"));
        ReportSink idx = index ? (backend == null ? Backend.embedded(data.resolve("index")) : backend).openSink() : null) {
      AtomicFiles.removeLeftovers(data.resolve("reports")); // a killed run's half-written entries, under the lock
      ImportStore store = new ImportStore(new ReportStore(data), idx, version, files, manifest);
      // with workers, two files in flight per worker: the next file is at a worker while this thread stores the last;
      // the pool hands workers out in the files' order, so a file's clock (started when this thread waits on it) never
      // runs while it waits for one
      BatchRunner runner = (workers == null ? BatchRunner.parallel(threads, limits, status)
          : BatchRunner.window(2 * workers.workers(), limits, status)).until(stop::get);
      BatchCounts batch = (failuresOnly ? runner.failuresOnly() : runner).run(files,
          f -> readOrGiveUp(f, store, reading), (file, read) -> {
            stages.entered(file, index ? STORING_INDEXING : STORING);
            return store.accept(file, read);
          }, store::ended);
      if (idx != null) {
        idx.commit();
      }
      ImportCounts counts = store.counts();
      if (counts.seen() != batch.files() || counts.batch().failed() != batch.failed()) {
        throw new IllegalStateException("counts do not add up: " + counts.describe() + " for " + batch);
      }
      return new Summary(counts, store.rows(), store.findings(), Duration.ofNanos(System.nanoTime() - start), manifest.file(),
          files.size() - batch.files());
    }
  }

  /** {@link #read}; interrupted, the batch has given the file up (its budget ran out) and ignores this outcome. */
  private FileOutcome<Read> readOrGiveUp(Path f, ImportStore store, FileReading reading) {
    try {
      return read(f, store, reading);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new FileOutcome.Failed<>(f, FileOutcome.Stage.TIME_BUDGET, FailureKind.TIMEOUT, InputFiles.shown(f) + ": given up");
    }
  }

  /** A batch thread's part: hash, then skip what is stored, or read, extract and audit. */
  private FileOutcome<Read> read(Path f, ImportStore store, FileReading reading) throws InterruptedException {
    String sha;
    try {
      sha = Pipeline.sha256(f);
    } catch (IOException e) {
      return new FileOutcome.Failed<>(f, FileOutcome.Stage.READ, FailureKind.IO_ERROR,
          InputFiles.shown(f) + ": cannot read: " + e.getMessage());
    }
    store.hashed(f, sha);
    ReportStore.Head known = store.known(sha, reread);
    if (known != null) {
      return new FileOutcome.Done<>(f, new Read.Known(sha, known));
    }
    return reading.read(f, sha, stages).then(a -> new FileOutcome.Done<>(f, new Read.Fresh(sha, a)));
  }

  /** {@code N errors, N warnings, N info}. */
  public static String describe(Map<Severity, Integer> bySeverity) {
    return "错误 " + bySeverity.getOrDefault(Severity.ERROR, 0) + "、警告 " + bySeverity.getOrDefault(Severity.WARNING, 0)
        + "、提示 " + bySeverity.getOrDefault(Severity.INFO, 0);
  }
}
