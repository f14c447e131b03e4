package org.jixiao.app.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ReadClock;
import org.jixiao.schema.ExtractionFailure;

/**
 * 批处理: the one loop over a batch's files, for every verb that reads many. Each file's task runs
 * on a worker thread within a time budget; results are taken in input order on the calling
 * thread, handed to the sink, and reported as one status line on {@code status}:
 *
 * <pre>
 * [3/19] 004.docx: 30 行指标，总分 88.5 (412 ms)
 * [4/19] broken.pdf: 失败 CORRUPT：broken.pdf: …
 * </pre>
 *
 * A failed file is counted and the batch goes on; the counts give the command its exit code.
 */
public final class BatchRunner {
  private final int inFlight;
  private final Duration budget;
  private final PrintWriter status;
  private final boolean failuresOnly;
  private final BooleanSupplier stopped;

  private BatchRunner(int inFlight, Duration budget, PrintWriter status, boolean failuresOnly, BooleanSupplier stopped) {
    this.inFlight = inFlight;
    this.budget = budget;
    this.status = status;
    this.failuresOnly = failuresOnly;
    this.stopped = stopped;
  }

  private BatchRunner(int inFlight, Duration budget, PrintWriter status, boolean failuresOnly) {
    this(inFlight, budget, status, failuresOnly, () -> false);
  }

  /** This runner with a status line for failed files only ({@code -q}). */
  public BatchRunner failuresOnly() {
    return new BatchRunner(inFlight, budget, status, true, stopped);
  }

  /**
   * This runner, ending early once {@code stop} says so (Ctrl-C): the files not yet ended are not
   * waited for (their work is given up) and the counts are of the files that ended.
   */
  public BatchRunner until(BooleanSupplier stop) {
    return new BatchRunner(inFlight, budget, status, failuresOnly, stop);
  }

  /** One file at a time. */
  public static BatchRunner sequential(Limits limits, PrintWriter status) {
    return new BatchRunner(1, budget(limits), status, false);
  }

  /**
   * Up to {@code 2 × threads} files in flight: a file stuck past its budget is abandoned (its
   * thread cannot always be interrupted) without holding up the files behind it.
   */
  public static BatchRunner parallel(int threads, Limits limits, PrintWriter status) {
    return new BatchRunner(2 * Math.max(1, threads), budget(limits), status, false);
  }

  /** Exactly {@code n} files in flight: one per parse worker process, which is killed when its file is given up. */
  public static BatchRunner window(int n, Limits limits, PrintWriter status) {
    return new BatchRunner(Math.max(1, n), budget(limits), status, false);
  }

  /** Reading has its own limit; this bounds extraction and what follows it too. */
  private static Duration budget(Limits limits) {
    return limits.timeout().multipliedBy(2);
  }

  /** What the calling thread does with one file's value: store or print it, and say so in a few words. */
  @FunctionalInterface
  public interface Sink<T> {
    /** The status line's text for this file (without its number, name and time). */
    String accept(Path file, T value) throws IOException;
  }

  /**
   * Runs {@code task} over {@code files} (concurrently when parallel; a throwing task is its file's
   * failure) and {@code sink} over each value in input order (a throwing sink is its file's {@code
   * STORE} failure).
   */
  public <T> BatchCounts run(List<Path> files, Function<Path, FileOutcome<T>> task, Sink<T> sink)
      throws InterruptedException {
    return run(files, task, sink, (file, line) -> { });
  }

  /** Told of each file's end, in input order, after its status line: its status text or its failure. */
  @FunctionalInterface
  public interface Observer {
    void ended(Path file, FileOutcome<String> line) throws IOException;
  }

  /**
   * As {@link #run(List, Function, Sink)}, telling {@code observer} of each file's end; an observer
   * that throws stops the batch (it is the job's own record, a run manifest that cannot be written).
   */
  public <T> BatchCounts run(List<Path> files, Function<Path, FileOutcome<T>> task, Sink<T> sink, Observer observer)
      throws InterruptedException {
    ExecutorService pool = Executors.newThreadPerTaskExecutor(r -> {
      Thread t = new Thread(r, "jixiao-batch");
      t.setDaemon(true); // an abandoned file never keeps the JVM alive
      return t;
    });
    int failed = 0;
    int ended = 0;
    try {
      // a bounded window of files in flight: results are consumed in order, memory stays flat
      ArrayDeque<Future<Timed<T>>> window = new ArrayDeque<>();
      int next = 0;
      long started = System.nanoTime();
      for (int i = 0; i < files.size() && !stopped.getAsBoolean(); i++) {
        while (next < files.size() && window.size() < inFlight) {
          Path f = files.get(next++);
          window.add(pool.submit(() -> timed(f, task)));
        }
        Path file = files.get(i);
        Timed<T> t = await(window.poll(), file);
        if (stopped.getAsBoolean()) {
          break; // stopped while this file was read: its outcome may be the stop's doing, not the file's
        }
        ended++;
        String head = "[" + (i + 1) + "/" + files.size() + progress(i + 1, files.size(), System.nanoTime() - started) + "] "
            + InputFiles.shown(file) + ": ";
        FileOutcome<String> line = t.outcome().then(value -> store(file, value, sink));
        switch (line) {
          case FileOutcome.Done<String> d -> {
            if (!failuresOnly) {
              status.println(head + d.value() + " (" + t.millis() + " ms)");
            }
          }
          case FileOutcome.Failed<String> f -> {
            failed++;
            status.println(head + "失败 " + f.kindName() + "：" + f.message());
          }
        }
        try {
          observer.ended(file, line);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    } finally {
      pool.shutdownNow();
      status.flush();
    }
    return new BatchCounts(ended, failed);
  }

  private record Timed<T>(FileOutcome<T> outcome, long millis) {}

  /** Rate and time left for a batch of more than a few files: "，2.4 个/秒，约剩 1 分 10 秒". */
  static String progress(int done, int total, long elapsedNanos) {
    if (total < PROGRESS_FROM || done == total || elapsedNanos <= 0) {
      return "";
    }
    double perSecond = done / (elapsedNanos / 1e9);
    long left = Math.round((total - done) / perSecond);
    String eta = left >= 60 ? left / 60 + " 分 " + left % 60 + " 秒" : left + " 秒";
    return String.format(java.util.Locale.ROOT, "，%.1f 个/秒，约剩 %s", perSecond, eta);
  }

  /** How often a wait on a file looks at its budget and at a stop. */
  private static final long STOP_POLL_MS = 250;

  /** Smaller batches end before a rate means anything. */
  private static final int PROGRESS_FROM = 10;

  private static <T> Timed<T> timed(Path f, Function<Path, FileOutcome<T>> task) {
    long t0 = System.nanoTime();
    FileOutcome<T> o;
    try {
      o = task.apply(f);
    } catch (Throwable t) { // an Error in one file (stack, memory) is that file's failure, not the batch's
      o = new FileOutcome.Failed<>(f, FileOutcome.Stage.EXTRACTION, ExtractionFailure.EXTRACTION_ERROR, InputFiles.shown(f) + ": " + t);
    }
    return new Timed<>(o, (System.nanoTime() - t0) / 1_000_000);
  }

  private <T> Timed<T> await(Future<Timed<T>> job, Path file) throws InterruptedException {
    long start = System.nanoTime();
    Duration extra = Duration.ZERO;
    try {
      while (true) {
        // scanned pages extend the budget as they are OCRed (ReadClock); the largest grant seen stays
        Duration granted = ReadClock.granted(file);
        extra = granted.compareTo(extra) > 0 ? granted : extra;
        Duration total = budget.plus(extra);
        long left = total.toMillis() - (System.nanoTime() - start) / 1_000_000;
        if (stopped.getAsBoolean()) {
          job.cancel(true);
          return new Timed<>(new FileOutcome.Failed<>(file, FileOutcome.Stage.TIME_BUDGET, FailureKind.TIMEOUT,
              file.getFileName() + ": given up, the batch was stopped"), 0);
        }
        if (left <= 0) {
          job.cancel(true);
          return new Timed<>(new FileOutcome.Failed<>(file, FileOutcome.Stage.TIME_BUDGET, FailureKind.TIMEOUT,
              file.getFileName() + ": took longer than " + seconds(total)), total.toMillis());
        }
        try {
          return job.get(Math.min(left, STOP_POLL_MS), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
          // not yet: look at the budget again
        }
      }
    } catch (ExecutionException e) { // timed() catches everything; kept so a surprise is still one file's
      return new Timed<>(new FileOutcome.Failed<>(file, FileOutcome.Stage.EXTRACTION, ExtractionFailure.EXTRACTION_ERROR,
          InputFiles.shown(file) + ": " + e.getCause()), 0);
    }
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  private static <T> FileOutcome<String> store(Path file, T value, Sink<T> sink) {
    try {
      return new FileOutcome.Done<>(file, sink.accept(file, value));
    } catch (IOException | RuntimeException e) {
      return new FileOutcome.Failed<>(file, FileOutcome.Stage.STORE, FileOutcome.Stage.STORE, InputFiles.shown(file) + ": " + e.getMessage());
    }
  }
}
