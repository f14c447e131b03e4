package org.jixiao.extract.heldout;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jixiao.text.words.WordList;
import java.util.Locale;
import java.util.stream.Stream;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.extract.eval.FileScore;
import org.jixiao.extract.eval.GoldComparator;
import org.jixiao.extract.eval.GoldSet;
import org.jixiao.ingest.DocumentIngestor;
import org.jixiao.ingest.IngestOutcome;
import org.jixiao.ingest.Limits;
import org.jixiao.schema.Report;
import org.junit.jupiter.api.Test;

/**
 * Extraction accuracy on {@code corpus-heldout/}: reports in layouts the extractor was not developed
 * on, against their hand-written gold. Prints the per-file table and every miss; asserts the accuracy floors (F1 ≥ 0.97, report fields ≥ 0.9) and that
 * each file ingests and extracts without throwing (thresholds are for the lead to set once the misses
 * it shows are fixed).
 */
class HeldoutIT {
  private static final Path DIR = Path.of(System.getProperty("jixiao.samples", "corpus-samples"))
      .resolveSibling("corpus-heldout");

  static List<Path> reports() throws IOException {
    try (Stream<Path> s = Files.list(DIR)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().endsWith(".md"))
          .sorted()
          .toList();
    }
  }

  @Test
  void everyHeldoutReportExtractsAndIsScoredAgainstGold() throws IOException {
    List<Path> files = reports();
    assertFalse(files.isEmpty(), "no reports in " + DIR.toAbsolutePath());
    GoldSet gold = new GoldSet(DIR.resolve("gold"));
    GoldComparator comparator = new GoldComparator();
    ReportExtractor extractor = ReportExtractor.standard();
    List<FileScore> scores = new ArrayList<>();
    try (DocumentIngestor ingestor = DocumentIngestor.withDefaultReaders(Limits.defaults())) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        List<Report> want = gold.goldFor(name).orElseThrow(() -> new AssertionError("no gold for " + name));
        IngestOutcome outcome = ingestor.ingest(f);
        IngestOutcome.Parsed parsed = assertInstanceOf(IngestOutcome.Parsed.class, outcome, name + ": " + outcome);
        List<Report> got = assertDoesNotThrow(() -> extractor.extractAll(parsed.document(), null), name);
        scores.add(comparator.compare(name, want, got));
      }
    }
    String report = render(scores);
    System.out.println(report);
    assertTrue(report.contains("TOTAL"));
    // the issue's goals, on layouts the extractor was not written against; a file in
    // heldout-known-gaps.txt is a family not yet handled (issue 9) and is reported, not asserted
    Set<String> gaps = Set.copyOf(WordList.lines(HeldoutIT.class, "heldout-known-gaps.txt").stream()
        .map(l -> l.split("\\s+", 2)[0]).toList());
    for (FileScore s : scores) {
      if (gaps.contains(s.file())) {
        continue;
      }
      assertTrue(s.f1() >= 0.97, s.file() + ": indicator F1 " + s.f1() + " below 0.97\n" + report);
      assertTrue(s.reportFieldAccuracy() >= 0.9, s.file() + ": report-field accuracy " + s.reportFieldAccuracy() + " below 0.9\n" + report);
    }
  }

  /** The same table as {@code jixiao eval}, then the misses of each file. */
  static String render(List<FileScore> scores) {
    StringBuilder sb = new StringBuilder("\nheld-out extraction accuracy\n");
    sb.append(String.format(Locale.ROOT, "%-32s %5s %5s %5s %6s %6s %6s %10s %13s%n",
        "file", "gold", "found", "match", "P", "R", "F1", "row fields", "report fields"));
    List<FileScore> all = new ArrayList<>(scores);
    all.add(FileScore.total(scores));
    for (FileScore s : all) {
      sb.append(String.format(Locale.ROOT, "%-32s %5d %5d %5d %6.3f %6.3f %6.3f %10.3f %13.3f%n", s.file(),
          s.goldRows(), s.extractedRows(), s.matched(), s.precision(), s.recall(), s.f1(), s.rowFieldAccuracy(),
          s.reportFieldAccuracy()));
    }
    for (FileScore s : scores) {
      if (s.missedRows().isEmpty() && s.spuriousRows().isEmpty() && s.mismatches().isEmpty()) {
        continue;
      }
      sb.append('\n').append(s.file()).append('\n');
      s.missedRows().forEach(r -> sb.append("  missed   ").append(r).append('\n'));
      s.spuriousRows().forEach(r -> sb.append("  spurious ").append(r).append('\n'));
      s.mismatches().forEach(m -> sb.append("  wrong    ").append(m.field()).append(": expected ")
          .append(m.expected()).append(", got ").append(m.actual()).append('\n'));
    }
    return sb.toString();
  }
}
