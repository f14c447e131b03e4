package org.jixiao.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;
import org.jixiao.extract.eval.FileScore;
import org.jixiao.extract.eval.GoldComparator;
import org.jixiao.extract.testing.Ratchet;
import org.jixiao.extract.testing.Samples;
import org.jixiao.schema.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample with a gold file ({@code corpus-samples/gold/<stem>.json}) is extracted and compared with
 * {@link GoldComparator}, then held to the per-document ratchet ({@code ratchet.json}): no count may
 * get worse, and files marked {@code floor} must reach F1 ≥ 0.97 and report-field accuracy ≥ 0.95.
 * Every difference from gold is printed whether or not the test fails, so the run doubles as the
 * evaluation report; a failure lists them too. Improvements are written to {@code
 * target/ratchet-proposed.json} (see {@code golden/README.md}).
 */
class GoldenExtractionIT {
  private static final Ratchet RATCHET = Ratchet.load(Samples.moduleDir().resolve("src/test/resources/ratchet.json"));
  private static final GoldComparator COMPARATOR = new GoldComparator();
  private static final Map<String, FileScore> SCORES = new ConcurrentSkipListMap<>();

  static Stream<Path> samplesWithGold() {
    return Samples.withGold().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samplesWithGold")
  void extractionHoldsTheRatchetAgainstGold(Path sample) {
    String name = sample.getFileName().toString();
    Report gold = Samples.goldFor(sample).orElseThrow();
    Report got = Samples.extract(sample);
    FileScore s = COMPARATOR.compare(name, gold, got);
    SCORES.put(name, s);
    String details = describe(s);
    System.out.print(details);

    List<String> problems = new ArrayList<>(RATCHET.record(name, s));
    boolean floor = RATCHET.baseline(name).map(Ratchet.Entry::floor).orElse(false);
    if (floor && s.f1() < Ratchet.MIN_F1) {
      problems.add(String.format(Locale.ROOT, "indicator F1 %.3f under the floor %.2f", s.f1(), Ratchet.MIN_F1));
    }
    if (floor && s.reportFieldAccuracy() < Ratchet.MIN_REPORT_ACCURACY) {
      problems.add(String.format(Locale.ROOT, "report-field accuracy %.3f under the floor %.2f",
          s.reportFieldAccuracy(), Ratchet.MIN_REPORT_ACCURACY));
    }
    assertTrue(problems.isEmpty(), () -> name + " got worse than " + RATCHET.file().getFileName() + ": "
        + String.join("; ", problems) + "\n" + details);
  }

  @AfterAll
  static void proposeImprovements() {
    List<FileScore> all = new ArrayList<>(SCORES.values());
    all.add(FileScore.total(List.copyOf(SCORES.values())));
    System.out.println("file                                   gold found match     F1  row fields  report fields");
    for (FileScore s : all) {
      System.out.println(String.format(Locale.ROOT, "%-38s %4d %5d %5d  %.3f       %.3f          %.3f", s.file(),
          s.goldRows(), s.extractedRows(), s.matched(), s.f1(), s.rowFieldAccuracy(), s.reportFieldAccuracy()));
    }
    Path target = Samples.moduleDir().resolve("target/ratchet-proposed.json");
    RATCHET.writeProposal(target).ifPresent(p -> {
      System.out.println("ratchet: " + RATCHET.notes().size() + " file(s) improved or new:");
      RATCHET.notes().forEach(n -> System.out.println("  " + n));
      System.out.println("ratchet: wrote " + p + "; review it and copy it to src/test/resources/ratchet.json");
    });
  }

  /** One line of figures, then each missed and spurious row and each wrong field: file, row, expected, actual. */
  static String describe(FileScore s) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
        "%s: gold %d, found %d, matched %d, P %.3f R %.3f F1 %.3f, row fields %d/%d, report fields %d/%d%n",
        s.file(), s.goldRows(), s.extractedRows(), s.matched(), s.precision(), s.recall(), s.f1(),
        s.rowFieldsCorrect(), s.rowFields(), s.reportFieldsCorrect(), s.reportFields()));
    s.missedRows().forEach(r -> sb.append("  ").append(s.file()).append(": missed row ").append(r).append('\n'));
    s.spuriousRows().forEach(r -> sb.append("  ").append(s.file()).append(": spurious row ").append(r).append('\n'));
    s.mismatches().forEach(m -> sb.append("  ").append(s.file()).append(": ").append(m.field())
        .append(": expected ").append(m.expected()).append(", actual ").append(m.actual()).append('\n'));
    return sb.toString();
  }
}
