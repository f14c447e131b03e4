package org.jixiao.index.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.jixiao.search.Filters;
import org.jixiao.index.ReportIndex;
import org.jixiao.index.ReportSearcher;
import org.jixiao.search.Scope;
import org.jixiao.search.SearchRequest;
import org.jixiao.schema.Report;

/**
 * Indexes {@code n} synthetic reports into a directory with several threads, commits, then times
 * four query kinds on the committed index: plain search, filtered search (province and year),
 * faceted search and compare. Reports are generated as they are indexed, so the generator never
 * holds more than one report per thread.
 */
public final class IndexBenchmark {
  private final int reports;
  private final long seed;
  private final int threads;
  private final int queries;
  private final IntConsumer progress;

  /** @param progress called with the number of reports indexed, every 1,000 */
  public IndexBenchmark(int reports, long seed, int threads, int queries, IntConsumer progress) {
    if (reports < 1 || threads < 1 || queries < 1) {
      throw new IllegalArgumentException("reports, threads and queries must be positive");
    }
    this.reports = reports;
    this.seed = seed;
    this.threads = threads;
    this.queries = queries;
    this.progress = progress;
  }

  public BenchmarkFigures run(Path dir) throws IOException {
    SyntheticReports synthetic = new SyntheticReports(seed);
    HeapSampler heap = new HeapSampler();
    heap.start();
    try {
      long t0 = System.nanoTime();
      double cpu0 = processCpuSeconds();
      long rows = index(dir, synthetic);
      double seconds = (System.nanoTime() - t0) / 1e9;
      double cpu = processCpuSeconds() - cpu0;
      Map<String, BenchmarkFigures.Latency> latencies = new LinkedHashMap<>();
      try (ReportSearcher searcher = ReportSearcher.open(dir)) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<String> names = synthetic.templateNames();
        List<String> measures = synthetic.words("measure");
        List<String> provinces = synthetic.words("province");
        QueryKind plain = () -> searcher.search(SearchRequest.of(queryText(rnd, names, measures))).hits().size();
        QueryKind filtered = () -> searcher.search(SearchRequest.of(queryText(rnd, names, measures)).withFilters(
            Filters.none().withProvince(provinces.get(rnd.nextInt(provinces.size()))).withFiscalYear(2019 + rnd.nextInt(6))))
            .hits().size();
        QueryKind faceted = () -> searcher.search(SearchRequest.of(queryText(rnd, names, measures)).withFacets(true)
            .withScope(rnd.nextBoolean() ? Scope.INDICATORS : Scope.REPORTS)).hits().size();
        QueryKind compare = () -> searcher.compare(names.get(rnd.nextInt(names.size())),
            Filters.none().withFiscalYear(2019 + rnd.nextInt(6))).rows().size();
        // every kind warmed before any is timed: the four share the searcher's code (scorers, facets, the highlighter),
        // and the first timed kind otherwise pays the JIT's compiling of what the later ones find ready (a server
        // answering many searches is warm; the p99 is about its slow queries, not about its first ones)
        for (QueryKind k : List.of(plain, filtered, faceted, compare)) {
          warm(k);
        }
        latencies.put("search", time(plain));
        latencies.put("filtered search", time(filtered));
        latencies.put("faceted search", time(faceted));
        latencies.put("compare (one year)", time(compare));
      }
      return new BenchmarkFigures(reports, rows, threads, seconds, rows / seconds, cpu, rows / cpu, size(dir), heap.peak(),
          Runtime.getRuntime().maxMemory(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
          latencies);
    } finally {
      heap.interrupt();
    }
  }

  /** Half the queries a full indicator name, half a measure word (执行率) that matches many. */
  private static String queryText(SplittableRandom rnd, List<String> names, List<String> measures) {
    return rnd.nextBoolean() ? names.get(rnd.nextInt(names.size())) : measures.get(rnd.nextInt(measures.size()));
  }

  private long index(Path dir, SyntheticReports synthetic) throws IOException {
    AtomicInteger next = new AtomicInteger();
    AtomicLong rows = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (ReportIndex index = ReportIndex.open(dir, 128)) {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(() -> {
          for (int i; (i = next.getAndIncrement()) < reports; ) {
            Report r = synthetic.report(i);
            try {
              index.add(r);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            rows.addAndGet(r.indicators().size());
            if ((i + 1) % 1000 == 0) {
              progress.accept(i + 1);
            }
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (Exception e) {
          throw new IOException("indexing failed", e);
        }
      }
      index.commit();
    } finally {
      pool.shutdownNow();
    }
    return rows.get();
  }

  /** A warm-up of a fifth of the count (at least 20) queries of one kind. */
  private void warm(QueryKind kind) throws IOException {
    for (int i = 0; i < Math.max(20, queries / 5); i++) {
      kind.run();
    }
  }

  /** A second warm-up of the kind, then {@code queries} timed runs. */
  private BenchmarkFigures.Latency time(QueryKind kind) throws IOException {
    warm(kind);
    double[] ms = new double[queries];
    long hits = 0;
    for (int i = 0; i < queries; i++) {
      long t = System.nanoTime();
      hits += kind.run();
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    return new BenchmarkFigures.Latency(queries, percentile(ms, 50), percentile(ms, 99), (double) hits / queries);
  }

  private static double processCpuSeconds() {
    return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
  }

  static double percentile(double[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  static long size(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  @FunctionalInterface
  private interface QueryKind {
    int run() throws IOException;
  }

  /** Samples used heap every 100 ms; a daemon, so it never keeps the JVM alive. */
  private static final class HeapSampler extends Thread {
    private volatile long peak;

    HeapSampler() {
      super("heap-sampler");
      setDaemon(true);
    }

    @Override
    public void run() {
      Runtime rt = Runtime.getRuntime();
      while (!isInterrupted()) {
        peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    long peak() {
      Runtime rt = Runtime.getRuntime();
      return Math.max(peak, rt.totalMemory() - rt.freeMemory());
    }
  }
}
