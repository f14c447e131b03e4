package org.jixiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jixiao.extract.budget.BudgetExtractor;
import org.jixiao.extract.draft.Candidates;
import org.jixiao.extract.draft.IndicatorStrategy;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.extract.draft.RowCandidate;
import org.jixiao.extract.identity.IdentityExtractor;
import org.jixiao.extract.prose.ProseIndicatorExtractor;
import org.jixiao.extract.table.HeaderClassifier;
import org.jixiao.extract.table.TableIndicatorExtractor;
import org.jixiao.extract.testing.Samples;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.CellRef;
import org.jixiao.schema.ExtractionMethod;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.jixiao.schema.ScoreStatement;
import org.jixiao.schema.TextSpan;
import org.jixiao.text.name.IndicatorKeys;
import org.junit.jupiter.api.Test;

/**
 * The table and prose strategies behind {@link IndicatorStrategy}, on real samples: 001 scores
 * every indicator both in its table and in prose, 004 only in prose. Each strategy stamps its
 * method on every row it reads, and the cascade's order of trust, not the strategies, decides
 * whose rows the report keeps.
 */
class IndicatorStrategyTest {
  private static final IndicatorStrategy TABLE = TableIndicatorExtractor.standard();
  private static final IndicatorStrategy PROSE = ProseIndicatorExtractor.standard();
  private static final String BOTH = "001_2d77b94fcc42edf7.docx";
  private static final String PROSE_ONLY = "004_f903e5746c6a8cdf.docx";
  private static final ReportExtractor PROSE_FIRST = new ReportExtractor(IdentityExtractor.standard(),
      new BudgetExtractor(HeaderClassifier.standard()), List.of(PROSE, TABLE), IndicatorKeys.load());

  private static ParsedDocument sample(String name) {
    return Samples.parse(Samples.dir().resolve(name));
  }

  private static Candidates read(IndicatorStrategy s, ParsedDocument doc) {
    return s.extract(doc, new ReportDraft(doc.fileName()));
  }

  private static Set<ExtractionMethod> methods(List<IndicatorRow> rows) {
    return rows.stream().map(IndicatorRow::method).collect(Collectors.toSet());
  }

  /** What {@code s} reads from 001: at least {@code rows} rows, every one stamped with its method. */
  private static List<RowCandidate> readStamped(IndicatorStrategy s, int rows) {
    Candidates found = read(s, sample(BOTH));
    assertEquals(s.method(), found.method());
    assertTrue(found.rows().size() >= rows, s.method() + " rows: " + found.rows().size());
    found.rows().forEach(c -> assertEquals(s.method(), c.row().method(), c.row().level3()));
    return found.rows();
  }

  @Test
  void theTableStrategyReadsCellsAndStampsTable() {
    for (RowCandidate c : readStamped(TABLE, 45)) { // 001's table has 45 indicators
      CellRef at = assertInstanceOf(CellRef.class, c.row().source());
      assertEquals(at.table(), c.table(), "a table row names the table it was read from");
      assertTrue(c.richness() > 0);
      assertEquals(c.row().score(), c.statement().score(), "a table row's statement is its own cells");
    }
  }

  @Test
  void theProseStrategyReadsSentencesAndStampsProse() {
    for (RowCandidate c : readStamped(PROSE, 44)) { // 001 scores 44 of them in prose too
      assertInstanceOf(TextSpan.class, c.row().source());
      assertEquals(RowCandidate.NO_TABLE, c.table());
      assertEquals(ExtractionMethod.PROSE, c.statement().method());
      assertTrue(c.statement().text().contains("分"), "the statement is the sentence that scores: " + c.statement().text());
    }
  }

  @Test
  void theCascadeKeepsTheFirstStrategysRowsAndTheOthersAsAlternates() {
    ParsedDocument doc = sample(BOTH);
    Report tablesFirst = Samples.extract(Samples.dir().resolve(BOTH)); // the standard order: tables, then prose
    assertEquals(Set.of(ExtractionMethod.TABLE), methods(tablesFirst.indicators()));
    assertEquals(45, tablesFirst.indicators().size());
    List<ScoreStatement> alternates = tablesFirst.indicators().stream().flatMap(r -> r.alternates().stream()).toList();
    assertEquals(44, alternates.size());
    assertTrue(alternates.stream().allMatch(a -> a.method() == ExtractionMethod.PROSE));

    Report proseFirst = PROSE_FIRST.extract(doc, null);
    assertEquals(Set.of(ExtractionMethod.PROSE), methods(proseFirst.indicators()));
    assertFalse(proseFirst.indicators().stream().flatMap(r -> r.alternates().stream()).toList().isEmpty());
    assertTrue(proseFirst.indicators().stream().flatMap(r -> r.alternates().stream())
        .allMatch(a -> a.method() == ExtractionMethod.TABLE), "now the tables' rows are the second statements");
  }

  @Test
  void aReportWithoutIndicatorTablesTakesItsRowsFromProse() {
    ParsedDocument doc = sample(PROSE_ONLY);
    assertTrue(read(TABLE, doc).isEmpty());
    Report r = Samples.extract(Samples.dir().resolve(PROSE_ONLY));
    assertEquals(30, r.indicators().size());
    assertEquals(Set.of(ExtractionMethod.PROSE), methods(r.indicators()));
  }

  @Test
  void aStrategyCannotPassOffARowAsAnotherStrategys() {
    RowCandidate prose = read(PROSE, sample(PROSE_ONLY)).rows().get(0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Candidates(ExtractionMethod.TABLE, List.of(prose)));
    assertTrue(e.getMessage().contains("PROSE"), e.getMessage());
  }
}
