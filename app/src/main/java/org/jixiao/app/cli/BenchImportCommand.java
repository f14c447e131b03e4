package org.jixiao.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.jixiao.app.batch.ImportJob;
import org.jixiao.app.batch.InputFiles;
import org.jixiao.ingest.Limits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao bench import}: the whole import of FILES (read, extract, audit, store, index, in parse
 * workers unless {@code --in-process}) beside plain Tika text extraction of the same files on as many
 * threads (Tika's {@link AutoDetectParser} with the parsers jixiao ships, which include no OCR), in one
 * run: files per second of each, their ratio, and the importing JVM's peak heap. Tika runs first, in this
 * JVM while nothing else is loaded; the import then starts its workers, as a real import does. The import
 * reads every file (as {@code --reread}) into a temporary data directory, deleted afterwards, or into
 * {@code --data}, where the workers' start-up cache stays for the next run.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Throughput of a full import of FILES beside plain Tika text extraction of the same files:",
        "files/s of each and their ratio, peak heap of this JVM. Give distinct files: copies are not read twice."})
public final class BenchImportCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "FILE", description = "files or directories (default corpus-samples)")
  List<Path> files = List.of(Path.of("corpus-samples"));

  @Option(names = "--threads", description = "files read at once, by each side (default: the number of cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--in-process", description = "import reading in this JVM instead of parse workers") boolean inProcess;

  @Option(names = "--worker-heap", paramLabel = "MB", description = "heap cap of each parse worker in MB (default 1024)")
  int workerHeapMb = (int) (ImportJob.WORKER_HEAP >> 20);

  @Option(names = "--data", paramLabel = "DIR", description = "import into DIR, every file read again (default: a"
      + " temporary directory, deleted afterwards; a DIR kept between runs keeps the workers' start-up cache in DIR/cache)")
  @org.jspecify.annotations.Nullable Path data;

  @Mixin LimitOptions limitOptions;

  @Spec CommandSpec spec;

  private record Run(String what, int files, int failed, double seconds, double peakHeapMb) {
    double perSecond() {
      return files / seconds;
    }
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> inputs = InputFiles.expand(files);
    if (inputs.isEmpty() || threads < 1) {
      spec.commandLine().getErr().println("jixiao bench import: no files in " + files + (threads < 1 ? " (or --threads < 1)" : ""));
      return ExitCodes.FAILURE;
    }
    Limits limits = limitOptions.limits();
    Run tika = tika(inputs, limits);
    Run jixiao = importAll(inputs, limits);
    TextTable t = new TextTable(30);
    t.row(List.of("运行", "文件", "失败", "秒", "个/秒", "本进程峰值堆 MB"));
    for (Run r : List.of(tika, jixiao)) {
      t.row(List.of(r.what(), "" + r.files(), "" + r.failed(), fmt(r.seconds()), fmt(r.perSecond()), fmt(r.peakHeapMb())));
    }
    out.printf(Locale.ROOT, "%d 个文件，%d 个线程，%s，%d 核%n", inputs.size(), threads, Runtime.version(),
        Runtime.getRuntime().availableProcessors());
    out.print(t.render());
    out.printf(Locale.ROOT, "导入 / Tika 吞吐比：%.2f%n", jixiao.perSecond() / tika.perSecond());
    out.flush();
    return ExitCodes.OK;
  }

  /** Plain Tika: each file's text through AutoDetectParser, up to the characters limit, on {@link #threads} threads. */
  private Run tika(List<Path> inputs, Limits limits) throws InterruptedException {
    List<MemoryPoolMXBean> heap = heap();
    AutoDetectParser parser = new AutoDetectParser();
    AtomicInteger failed = new AtomicInteger();
    long start = System.nanoTime();
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<?>> jobs = new ArrayList<>();
      for (Path f : inputs) {
        jobs.add(pool.submit(() -> {
          try (InputStream in = Files.newInputStream(f)) {
            // as jixiao's own Tika reading: text up to the characters limit, a file beyond it a failure
            parser.parse(in, new BodyContentHandler(new WriteOutContentHandler(Writer.nullWriter(), limits.maxChars())),
                new Metadata(), new ParseContext());
          } catch (Exception | StackOverflowError e) { // a file Tika cannot read is counted, as import counts its failures
            failed.incrementAndGet();
          }
        }));
      }
      for (Future<?> j : jobs) {
        try {
          j.get();
        } catch (java.util.concurrent.ExecutionException e) {
          failed.incrementAndGet();
        }
      }
    }
    return new Run("Tika 纯文本", inputs.size(), failed.get(), (System.nanoTime() - start) / 1e9, peakMb(heap));
  }

  private Run importAll(List<Path> inputs, Limits limits) throws IOException, InterruptedException {
    Path into = data != null ? data : Files.createTempDirectory("jixiao-bench-import");
    try {
      List<MemoryPoolMXBean> heap = heap();
      ImportJob job = new ImportJob(into, limits, threads, true, true);
      if (!inProcess) {
        job.inWorkers(threads, (long) workerHeapMb << 20);
      }
      long start = System.nanoTime();
      ImportJob.Summary s = job.run(inputs, new PrintWriter(Writer.nullWriter()), true);
      double seconds = (System.nanoTime() - start) / 1e9;
      String what = inProcess ? "jixiao 导入（本进程）" : "jixiao 导入（" + job.workers() + " 个解析进程）";
      return new Run(what, inputs.size(), s.counts().batch().failed(), seconds, peakMb(heap));
    } finally {
      if (data == null) { // the user's directory stays
        try (Stream<Path> all = Files.walk(into)) {
          for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(p);
          }
        }
      }
    }
  }

  private static List<MemoryPoolMXBean> heap() {
    System.gc();
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    return heap;
  }

  private static double peakMb(List<MemoryPoolMXBean> heap) {
    return heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024.0 * 1024.0);
  }

  private static String fmt(double d) {
    return String.format(Locale.ROOT, d >= 100 ? "%.0f" : "%.1f", d);
  }
}
