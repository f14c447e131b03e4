package org.jixiao.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jixiao.app.batch.BatchCounts;
import org.jixiao.app.batch.BatchRunner;
import org.jixiao.app.batch.InputFiles;
import org.jixiao.app.batch.Pipeline;
import org.jixiao.extract.eval.FileScore;
import org.jixiao.extract.eval.GoldComparator;
import org.jixiao.extract.eval.GoldSet;
import org.jixiao.schema.Report;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao eval}: extraction accuracy against gold ({@code --gold}), or audit accuracy against
 * expected findings judged by hand ({@code --findings}), per file and in total, with what was missed.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {
      "--gold DIR: compare the extraction of each FILE with DIR/<stem>.json: indicator precision/recall/F1, row-field and report-field accuracy, and the rows missed or spurious.",
      "--findings DIR: audit each FILE as `jixiao audit` does and score its findings against the expected findings DIR/<stem>.json: precision per severity, recall of HIGH and HIGH+MEDIUM findings, findings per document, then the misses and false alarms."})
public final class EvalCommand implements Callable<Integer> {
  static final class Against {
    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "directory of gold JSON files") @Nullable Path gold;

    @Option(names = "--findings", required = true, paramLabel = "DIR", description = "directory of expected-findings JSON files") @Nullable Path findings;
  }

  @ArgGroup(exclusive = true, multiplicity = "1") Against against;

  @Parameters(arity = "1..*", paramLabel = "FILE") List<Path> files;

  @Mixin OutputOptions output;

  private static final Set<OutputOptions.Format> FORMATS = EnumSet.of(OutputOptions.Format.TABLE, OutputOptions.Format.JSON);


  @Mixin LimitOptions limitOptions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    output.format(FORMATS); // refused before anything is read
    if (against.findings != null) {
      return auditAccuracy(against.findings, err);
    }
    if (!java.nio.file.Files.isDirectory(Objects.requireNonNull(against.gold))) {
      err.println("jixiao: no gold folder " + against.gold);
      return ExitCodes.FAILURE;
    }
    GoldSet goldSet = new GoldSet(Objects.requireNonNull(against.gold));
    GoldComparator comparator = new GoldComparator();
    Map<Path, List<Report>> withGold = new LinkedHashMap<>();
    for (Path f : InputFiles.expand(files)) {
      Optional<List<Report>> want = goldSet.goldFor(name(f));
      if (want.isPresent()) {
        withGold.put(f, want.get());
      } else {
        err.println("jixiao: no gold for " + InputFiles.shown(f) + " in " + against.gold);
      }
    }
    if (withGold.isEmpty()) {
      // nothing scored is no score: never a table of 1.000 over zero rows
      err.println("jixiao: none of the files has gold in " + against.gold);
      return ExitCodes.FAILURE;
    }
    // files without gold are skipped, not failed: the batch is the files that have gold
    List<FileScore> scores = new ArrayList<>();
    BatchCounts counts;
    try (Pipeline pipeline = new Pipeline(limitOptions.limits())) {
      counts = BatchRunner.sequential(limitOptions.limits(), output.status()).run(List.copyOf(withGold.keySet()), pipeline::process, (f, e) -> {
        FileScore s = comparator.compare(name(f), withGold.get(f), e.reports());
        scores.add(s);
        return "F1 " + f(s.f1());
      });
    }
    // a file that could not be read is scored as extracting nothing, as the audit's evaluation scores it: never left out
    List<String> failed = new ArrayList<>();
    java.util.Set<String> scored = scores.stream().map(FileScore::file).collect(Collectors.toSet());
    withGold.forEach((f, want) -> {
      if (!scored.contains(name(f))) {
        scores.add(comparator.compare(name(f), want, List.of()));
        failed.add(name(f));
      }
    });
    // -q: the table alone, without the rows missed, spurious or wrong
    String text = table(scores) + (failed.isEmpty() ? "" : "处理失败 (按无产出计分): " + String.join(", ", failed) + "\n") + (output.verbosity.quiet ? "" : scores.stream().map(EvalCommand::details).collect(Collectors.joining()));
    output.write(new VerbResult(text, scores, scores, null), FORMATS);
    return ExitCodes.of(counts);
  }

  private int auditAccuracy(Path dir, PrintWriter err) throws InterruptedException, IOException {
    if (!java.nio.file.Files.isDirectory(dir)) {
      err.println("jixiao: no expected-findings folder " + dir);
      return ExitCodes.FAILURE;
    }
    AuditEval.Result r;
    try {
      r = new AuditEval(dir, limitOptions.limits()).run(files, output.status());
    } catch (IOException e) {
      // a bad expected-findings file: its message names it
      err.println("jixiao: " + e.getMessage());
      return ExitCodes.FAILURE;
    }
    String text = AuditEvalText.table(r.evaluation()) + (output.verbosity.quiet ? "" : AuditEvalText.problems(r.evaluation()));
    output.write(new VerbResult(text, r.evaluation(), List.of(r.evaluation()), null), FORMATS);
    return ExitCodes.of(r.counts());
  }

  private static String name(Path f) {
    return f.getFileName().toString();
  }

  static String table(List<FileScore> scores) {
    TextTable t = new TextTable(40);
    t.row(List.of("file", "gold", "found", "match", "P", "R", "F1", "row fields", "report fields"));
    List<FileScore> all = new ArrayList<>(scores);
    all.add(FileScore.total(scores));
    for (FileScore s : all) {
      t.row(List.of(s.file(), "" + s.goldRows(), "" + s.extractedRows(), "" + s.matched(), f(s.precision()),
          f(s.recall()), f(s.f1()), f(s.rowFieldAccuracy()), f(s.reportFieldAccuracy())));
    }
    return t.render();
  }

  private static String details(FileScore s) {
    if (s.missedRows().isEmpty() && s.spuriousRows().isEmpty() && s.mismatches().isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("\n" + s.file() + "\n");
    s.missedRows().forEach(r -> sb.append("  missed   ").append(r).append('\n'));
    s.spuriousRows().forEach(r -> sb.append("  spurious ").append(r).append('\n'));
    s.mismatches().forEach(m -> sb.append("  wrong    ").append(m.field()).append(": expected ")
        .append(m.expected()).append(", got ").append(m.actual()).append('\n'));
    return sb.toString();
  }

  private static String f(double d) {
    return String.format(Locale.ROOT, "%.3f", d);
  }
}
