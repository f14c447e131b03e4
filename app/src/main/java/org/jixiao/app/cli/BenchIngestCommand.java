package org.jixiao.app.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.jixiao.app.batch.InputFiles;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.ingest.DocumentIngestor;
import org.jixiao.ingest.IngestOutcome;
import org.jixiao.ingest.ParsedDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao bench ingest}: documents per second, latency and peak heap of reading (and,
 * with {@code --extract}, extracting) the files of a directory, per detected format. One thread;
 * a warm-up round first so the figures are of a warm JVM; peak heap is the JVM's heap pools' peak
 * while that format ran, after a GC.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Time reading each format of DIR (default corpus-samples): docs/s, ms per doc (p50, max), peak heap.")
public final class BenchIngestCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "DIR") List<Path> dirs = List.of(Path.of("corpus-samples"));

  @Option(names = "--rounds", description = "timed rounds over the files (default ${DEFAULT-VALUE})", defaultValue = "5") int rounds;

  @Option(names = "--extract", description = "also extract each document (ingest + extract)") boolean extract;

  @Mixin LimitOptions limitOptions;

  @Spec CommandSpec spec;

  private record Figures(String format, int docs, double docsPerSecond, double p50Ms, double maxMs, double peakHeapMb) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Map<String, List<Path>> byFormat = new TreeMap<>();
    ReportExtractor extractor = ReportExtractor.standard();
    try (DocumentIngestor ingestor = DocumentIngestor.withDefaultReaders(limitOptions.limits())) {
      for (Path f : InputFiles.expand(dirs)) {
        if (ingestor.ingest(f) instanceof IngestOutcome.Parsed p) { // the warm-up round, and the format
          byFormat.computeIfAbsent(p.document().format().name(), k -> new ArrayList<>()).add(f);
          if (extract) {
            extractor.extract(p.document(), null);
          }
        }
      }
      List<Figures> figures = new ArrayList<>();
      for (var e : byFormat.entrySet()) {
        figures.add(measure(e.getKey(), e.getValue(), ingestor, extractor));
      }
      TextTable t = new TextTable(20);
      t.row(List.of("format", "files", "docs/s", "p50 ms", "max ms", "peak heap MB"));
      for (Figures f : figures) {
        t.row(List.of(f.format(), "" + f.docs(), fmt(f.docsPerSecond()), fmt(f.p50Ms()), fmt(f.maxMs()), fmt(f.peakHeapMb())));
      }
      out.println((extract ? "ingest + extract" : "ingest") + ", " + rounds + " rounds, 1 thread, "
          + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " cores");
      out.print(t.render());
    }
    out.flush();
    return ExitCodes.OK;
  }

  private Figures measure(String format, List<Path> files, DocumentIngestor ingestor, ReportExtractor extractor) {
    System.gc();
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    double[] ms = new double[files.size() * rounds];
    int n = 0;
    long start = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      for (Path f : files) {
        long t0 = System.nanoTime();
        IngestOutcome o = ingestor.ingest(f);
        if (extract && o instanceof IngestOutcome.Parsed p) {
          ParsedDocument doc = p.document();
          extractor.extract(doc, null);
        }
        ms[n++] = (System.nanoTime() - t0) / 1e6;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024.0 * 1024.0);
    Arrays.sort(ms);
    return new Figures(format, files.size(), n / seconds, ms[n / 2], ms[n - 1], peak);
  }

  private static String fmt(double d) {
    return String.format(Locale.ROOT, d >= 100 ? "%.0f" : "%.1f", d);
  }
}
