package org.jixiao.extract.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.TextSpan;

/** What the prose tests read and assert about the rows of a crafted document. */
final class ProseRows {
  static final ProseIndicatorExtractor PROSE = ProseIndicatorExtractor.standard();

  private ProseRows() {}

  static List<IndicatorRow> rows(ParsedDocument doc) {
    return rows(doc, ReportDraft.of(doc));
  }

  static List<IndicatorRow> rows(ParsedDocument doc, ReportDraft draft) {
    return PROSE.extract(doc, draft).rows().stream().map(c -> c.row()).toList();
  }

  static void assertScored(IndicatorRow r, String weight, String score) {
    assertEquals(0, new BigDecimal(weight).compareTo(r.weight()), () -> r.level3() + " weight " + r.weight());
    assertEquals(0, new BigDecimal(score).compareTo(r.score()), () -> r.level3() + " score " + r.score());
  }

  /** The text a row's field points at. */
  static String at(ParsedDocument doc, IndicatorRow r, IndicatorField f) {
    TextSpan s = assertInstanceOf(TextSpan.class, r.sources().get(f));
    return doc.text().substring(s.start(), s.end());
  }
}
