package org.jixiao.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jixiao.index.bench.BenchmarkFigures;
import org.jixiao.index.bench.IndexBenchmark;
import org.jixiao.schema.Json;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jixiao bench ...}: benchmarks; {@code bench index} measures the search index. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Run a benchmark.",
    subcommands = {BenchCommand.Index.class, BenchIngestCommand.class, BenchAuditCommand.class, BenchImportCommand.class, BenchWebCommand.class})
public final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a benchmark (see --help)");
  }

  /** {@code jixiao bench index --reports N}: indexing throughput, size, heap, query latency. */
  @Command(name = "index", mixinStandardHelpOptions = true,
      description = {"Index N synthetic reports (real indicator names, ~60 rows each) and time queries:",
          "rows/s, index size, peak heap, p50/p99 of search, filtered search, faceted search, compare."})
  public static final class Index implements Callable<Integer> {
    @Option(names = "--reports", required = true, paramLabel = "N", description = "synthetic reports to index") int reports;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "generator seed (default ${DEFAULT-VALUE})") long seed;

    @Option(names = "--dir", paramLabel = "DIR", description = "index directory, must be empty or absent (default: a temporary one, deleted after)")
    @Nullable Path dir;

    @Option(names = "--threads", defaultValue = "2", description = "indexing threads (default ${DEFAULT-VALUE})") int threads;

    @Option(names = "--queries", defaultValue = "200", description = "timed queries per kind (default ${DEFAULT-VALUE})") int queries;

    @Option(names = "--json", description = "print the figures as JSON") boolean json;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      if (reports < 1 || threads < 1 || queries < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--reports, --threads and --queries must be positive");
      }
      PrintWriter err = spec.commandLine().getErr();
      boolean temporary = dir == null;
      Path target = temporary ? Files.createTempDirectory("jixiao-bench-") : dir;
      if (!temporary && Files.isDirectory(target)) {
        try (Stream<Path> s = Files.list(target)) {
          if (s.findAny().isPresent()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--dir " + target + " is not empty");
          }
        }
      }
      try {
        BenchmarkFigures f = new IndexBenchmark(reports, seed, threads, queries,
            n -> { if (n % 10_000 == 0) { err.println("indexed " + n + " reports"); err.flush(); } }).run(target);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? Json.write(f) + "\n" : render(f, target));
        out.flush();
      } finally {
        if (temporary) {
          delete(target);
        }
      }
      return ExitCodes.OK;
    }

    static String render(BenchmarkFigures f, Path dir) {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "%d reports, %d rows, %d threads: %.1f s, %.0f rows/s; %.1f CPU s, %.0f rows per CPU s%n",
          f.reports(), f.rows(), f.threads(), f.indexSeconds(), f.rowsPerSecond(), f.indexCpuSeconds(), f.rowsPerCpuSecond()));
      sb.append(String.format(Locale.ROOT, "index %s: %.1f MB; peak heap %.0f MB of %.0f MB; load average %.2f%n",
          dir, f.indexBytes() / 1e6, f.peakHeapBytes() / 1e6, f.maxHeapBytes() / 1e6, f.systemLoadAverage()));
      TextTable t = new TextTable(30);
      t.row(List.of("query", "n", "p50 ms", "p99 ms", "mean hits"));
      for (Map.Entry<String, BenchmarkFigures.Latency> e : f.latencies().entrySet()) {
        BenchmarkFigures.Latency l = e.getValue();
        t.row(List.of(e.getKey(), String.valueOf(l.count()), String.format(Locale.ROOT, "%.2f", l.p50Millis()),
            String.format(Locale.ROOT, "%.2f", l.p99Millis()), String.format(Locale.ROOT, "%.1f", l.meanHits())));
      }
      return sb.append(t.render()).toString();
    }

    private static void delete(Path dir) throws IOException {
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
