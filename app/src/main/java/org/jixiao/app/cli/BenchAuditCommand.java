package org.jixiao.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jixiao.app.batch.Extraction;
import org.jixiao.app.batch.FileOutcome;
import org.jixiao.app.batch.InputFiles;
import org.jixiao.app.batch.Pipeline;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.Auditor;
import org.jixiao.audit.Check;
import org.jixiao.extract.ReportExtractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao bench audit}: the audit alone, on the reports of FILES read and extracted once: the whole audit's time
 * per round (the median of the rounds after a warm-up one) and each check's share, so that a check's cost is seen
 * apart from reading and extraction, whose noise hides it in {@code bench import}. One thread.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = "Time the audit of the reports in FILES (read and extracted once): ms per round, per report, per check.")
public final class BenchAuditCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "FILE", description = "files or directories (default corpus-samples)")
  List<Path> files = List.of(Path.of("corpus-samples"));

  @Option(names = "--rounds", description = "timed rounds over the reports (default ${DEFAULT-VALUE})", defaultValue = "5") int rounds;

  @Mixin LimitOptions limitOptions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (rounds < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--rounds must be positive");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<AuditSubject> subjects = new ArrayList<>();
    try (Pipeline pipeline = new Pipeline(limitOptions.limits())) {
      for (Path f : InputFiles.expand(files)) {
        if (pipeline.process(f) instanceof FileOutcome.Done<Extraction> done) {
          for (ReportExtractor.Extracted e : done.value().extracted()) {
            subjects.add(new AuditSubject(e.checked(), e.text()));
          }
        }
      }
    }
    Auditor auditor = Auditor.standard();
    double[] whole = new double[rounds];
    Map<String, double[]> perCheck = new LinkedHashMap<>();
    for (Check c : auditor.checks()) {
      perCheck.put(c.id().name(), new double[rounds]);
    }
    int findings = 0;
    for (AuditSubject s : subjects) { // the warm-up round, whole and check by check
      findings += auditor.audit(s).findings().size();
      auditor.checks().forEach(c -> c.check(s));
    }
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      subjects.forEach(auditor::audit);
      whole[r] = (System.nanoTime() - t0) / 1e6;
      for (Check c : auditor.checks()) {
        long c0 = System.nanoTime();
        subjects.forEach(c::check);
        perCheck.get(c.id().name())[r] = (System.nanoTime() - c0) / 1e6;
      }
    }
    double wholeMs = median(whole);
    out.printf(Locale.ROOT, "audit of %d reports (%d findings), %d round(s), 1 thread, %s: %.0f ms a round, %.2f ms a report%n",
        subjects.size(), findings, rounds, Runtime.version(), wholeMs, subjects.isEmpty() ? 0 : wholeMs / subjects.size());
    TextTable t = new TextTable(30);
    t.row(List.of("check", "ms a round", "share"));
    double sum = perCheck.values().stream().mapToDouble(BenchAuditCommand::median).sum();
    perCheck.entrySet().stream()
        .sorted(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> median(e.getValue())).reversed())
        .forEach(e -> t.row(List.of(e.getKey(), String.format(Locale.ROOT, "%.0f", median(e.getValue())),
            String.format(Locale.ROOT, "%.0f%%", sum == 0 ? 0 : 100 * median(e.getValue()) / sum))));
    out.print(t.render());
    out.flush();
    return ExitCodes.OK;
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v[v.length / 2];
  }
}
