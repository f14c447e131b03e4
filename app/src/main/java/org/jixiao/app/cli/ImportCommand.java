package org.jixiao.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jixiao.app.batch.Backend;
import org.jixiao.app.batch.ImportJob;
import org.jixiao.app.batch.InputFiles;
import org.jixiao.ingest.Limits;
import org.jixiao.solrclient.SolrTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao import}: the main job ({@link ImportJob}). One status line per file on standard
 * error, the summary on standard output.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Import report files (or directories of them): read, extract, audit, store and index each.",
        "Writes DATA/reports/<sha256>.json (report + findings), the search index DATA/index (or with --solr a",
        "SolrCloud collection, sent in batches with retries) and the run's manifest DATA/runs/<UTC time>.jsonl;",
        "content already stored is not read again (--reread to force)."})
public final class ImportCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "report files, or directories to walk") List<Path> files;

  @Option(names = "--data", paramLabel = "DIR", description = "where imported data goes (default ./data)") Path data = Path.of("data");

  private static final int MAX_THREADS_PER_CORE = 4;

  // a worker per core: with workers on C1 only, two workers beside the storing JVM beat one on 2 cores (16–18 s against
  // 20–21 s for 327 files, docs/PERFORMANCE.md), the storing and indexing taking the gaps
  @Option(names = "--threads", description = "files read in parallel (default: the number of cores, as many parse workers"
      + " as memory allows)") @org.jspecify.annotations.Nullable Integer threadsOption;

  private int threads;

  @Option(names = "--no-index", description = "store reports but do not index them") boolean noIndex;

  @Option(names = "--reread", description = "read every file again, even content already stored by this version"
      + " (otherwise an unchanged file is skipped)") boolean reread;

  @Option(names = "--in-process", description = "read files in this process instead of parse worker processes"
      + " (faster to start for a few trusted files; a file that exhausts memory then ends the import)") boolean inProcess;

  @Option(names = "--worker-heap", paramLabel = "MB", description = "heap cap of each parse worker process in MB"
      + " (default 1024); a file needing more fails as OUT_OF_MEMORY and the import goes on") int workerHeapMb = (int) (ImportJob.WORKER_HEAP >> 20);

  @Mixin LimitOptions limitOptions;

  @Mixin SolrOptions solr;

  @Mixin Verbosity verbosity;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    int cores = Runtime.getRuntime().availableProcessors();
    // measured on 2 cores (docs/PERFORMANCE.md): one worker beside the importing JVM reads faster than two
    threads = threadsOption != null ? threadsOption : cores;
    if (verbosity.contradictory()) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "-q and -v together");
    }
    if (threads < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be 1 or more, not " + threads);
    }
    if (threads > MAX_THREADS_PER_CORE * cores) {
      // more readers than the cores can serve only make each file's clock run while it waits
      spec.commandLine().getErr().println("jixiao: --threads " + threads + ": using " + MAX_THREADS_PER_CORE * cores
          + " (" + MAX_THREADS_PER_CORE + " per core)");
      threads = MAX_THREADS_PER_CORE * cores;
    }
    if (workerHeapMb < 64) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--worker-heap must be 64 (MB) or more, not " + workerHeapMb);
    }
    PrintWriter err = spec.commandLine().getErr();
    List<Path> inputs = InputFiles.expand(files, data, err::println); // never the data directory itself
    if (inputs.isEmpty()) {
      spec.commandLine().getErr().println("jixiao: no files to import in " + files);
      return ExitCodes.FAILURE;
    }
    Limits limits = limitOptions.limits();
    SolrTarget target = solr.target(spec.commandLine());
    if (target != null && noIndex) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--solr and --no-index together");
    }
    ImportJob job = new ImportJob(data, limits, threads, !noIndex, reread);
    if (target != null) {
      job.into(new Backend(data.resolve("index"), target)); // the store stays DATA/reports, the index is the collection
    }
    if (!inProcess) {
      job.inWorkers(threads, (long) workerHeapMb << 20);
    }
    if (verbosity.verbose) {
      String readers = inProcess ? threads + " 个线程（本进程内读取）" : job.workers() + " 个解析进程（每个堆上限 " + workerHeapMb + " MB）";
      err.printf(Locale.ROOT, "jixiao: %d 个文件，%s，数据目录 %s%s；每个文件限 %d MB、%d 页、%d 个单元格、%d 字符、%d 秒%n",
          inputs.size(), readers, data, noIndex ? "（不建索引）" : target != null ? "，索引 " + target.describe() : "", limits.maxBytes() / 1_000_000, limits.maxPages(),
          limits.maxCells(), limits.maxChars(), limits.timeout().toSeconds());
    }
    return runStoppable(job, inputs, err);
  }

  /** Prints the summary; returns the exit code. */
  private int report(ImportJob.Summary s) {
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%s；指标行 %d，问题 %s；写入 %s，用时 %.1f 秒；清单 %s%n",
        s.counts().describe(), s.rows(), ImportJob.describe(s.findings()), written(), s.took().toMillis() / 1000.0, s.manifest());
    if (s.notReached() > 0) {
      out.printf(Locale.ROOT, "已中断：%d 个文件未处理；已处理的已存入并建好索引，再次运行同一命令即从这里继续%n", s.notReached());
    }
    out.flush();
    return s.notReached() > 0 ? ExitCodes.FAILURE : ExitCodes.of(s.counts().batch());
  }

  /** Where the import wrote: the data directory, and the collection when it indexed into one. */
  private String written() {
    SolrTarget target = solr.target(spec.commandLine());
    return target == null ? data.toString() : data + "，" + target.describe();
  }

  /** How long Ctrl-C waits for the job to commit what it stored and say so before the JVM ends. */
  private static final long STOP_GRACE_SECONDS = 30;

  /**
   * Runs the job and reports it so that Ctrl-C (or a plain kill) stops it cleanly: the JVM's shutdown waits while the
   * job gives up the files in flight, commits the index over what it stored, and its summary is printed.
   */
  private int runStoppable(ImportJob job, List<Path> inputs, PrintWriter err) throws IOException, InterruptedException {
    java.util.concurrent.CountDownLatch finished = new java.util.concurrent.CountDownLatch(1);
    Thread onStop = new Thread(() -> {
      job.stop();
      try {
        finished.await(STOP_GRACE_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "jixiao-import-stop");
    Runtime.getRuntime().addShutdownHook(onStop);
    try {
      return report(job.run(inputs, err, verbosity.quiet));
    } finally {
      finished.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(onStop);
      } catch (IllegalStateException e) {
        // the JVM is shutting down (Ctrl-C): the hook is running and ends now
      }
    }
  }
}
