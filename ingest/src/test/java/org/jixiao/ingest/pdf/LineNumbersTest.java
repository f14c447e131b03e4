package org.jixiao.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.Paragraph;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;

/** {@link LineNumbers}: a draft's line numbers down the left margin are furniture; a table's 序号 column is not. */
class LineNumbersTest {
  private static final PageFrame A4 = new PageFrame(0, 0, 595, 842, 0);

  /** A page of prose lines, each numbered at x = 64 in 7 pt, the text from x = 85, from {@code first} on. */
  private static PageInput numbered(int page, int first, int lines, List<Ruling> rulings, String... extra) {
    List<Glyph> g = new ArrayList<>();
    for (int i = 0; i < lines; i++) {
      double top = 100 + 22 * i;
      g.addAll(LineFixtures.glyphs(String.valueOf(first + i), 64 - 3.5 * (String.valueOf(first + i).length() - 1), top + 3, 7));
      g.addAll(LineFixtures.glyphs("项目年初预算800.00万元，年中县级追加50.00万元", 85, top, 12));
    }
    for (int i = 0; i < extra.length; i++) {
      g.addAll(LineFixtures.glyphs(extra[i], 40, 100 + 22 * (lines + i), 12));
    }
    return new PageInput(page, A4, g, rulings, 0, false);
  }

  @Test
  void aDraftsLineNumbersAreLeftOutOnEveryPage() {
    List<Glyph> shortPage = new ArrayList<>(LineFixtures.glyphs("1", 64, 103, 7));
    shortPage.addAll(LineFixtures.glyphs("附件", 85, 100, 12));
    // the table below the numbered lines of the last page is wider than the text: the number beside the line still goes
    List<Ruling> wideTable = List.of(new Ruling(true, 300, 30, 560), new Ruling(false, 30, 300, 500));
    LineNumbers.Stripped s = LineNumbers.strip(List.of(numbered(1, 1, 8, List.of()),
        new PageInput(2, A4, shortPage, wideTable, 0, false)));
    assertEquals(9, s.numbers());
    assertTrue(s.pages().get(0).glyphs().stream().noneMatch(g -> g.x0() < 80), "no number left on page 1");
    assertEquals("附件", s.pages().get(1).glyphs().stream().map(Glyph::text).reduce("", String::concat));
  }

  @Test
  void aColumnOfNumbersWithATableBorderOrAHeaderBesideItIsNoLineNumbering() {
    List<Ruling> border = List.of(new Ruling(false, 50, 90, 300));
    assertEquals(0, LineNumbers.strip(List.of(numbered(1, 1, 8, border))).numbers(), "a table's 序号 column inside its border");
    assertEquals(0, LineNumbers.strip(List.of(numbered(1, 1, 8, List.of(), "序号"))).numbers(), "a header over the column");
    assertEquals(0, LineNumbers.strip(List.of(numbered(1, 1, 4, List.of()))).numbers(), "four lines are too few");
  }

  @Test
  void numbersThatDoNotRiseByOneOrStandBesideCellsAreKept() {
    List<Glyph> g = new ArrayList<>();
    int[] values = {3, 8, 15, 16, 40, 41};
    for (int i = 0; i < values.length; i++) {
      g.addAll(LineFixtures.glyphs(String.valueOf(values[i]), 64, 103 + 22 * i, 7));
      g.addAll(LineFixtures.glyphs("城东区", 85, 100 + 22 * i, 12));
    }
    assertEquals(0, LineNumbers.strip(List.of(new PageInput(1, A4, g, List.of(), 0, false))).numbers(), "not a count of lines");
    List<Glyph> cells = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      cells.addAll(LineFixtures.glyphs(String.valueOf(i + 1), 64, 103 + 22 * i, 7));
      cells.addAll(LineFixtures.glyphs("立项依据", 85, 100 + 22 * i, 12));
      cells.addAll(LineFixtures.glyphs("充分", 300, 100 + 22 * i, 12));
      cells.addAll(LineFixtures.glyphs("3", 450, 100 + 22 * i, 12));
    }
    assertEquals(0, LineNumbers.strip(List.of(new PageInput(1, A4, cells, List.of(), 0, false))).numbers(),
        "rows of cells numbered down a borderless table");
  }

  @Test
  void aConsultationDraftReadsWithoutItsLineNumbers() throws Exception {
    // h444: a third-party report's 征求意见稿, Word's line numbering down every page, restarting on each
    ParsedDocument doc = new PdfReader().read(Path.of("../corpus-heldout/h444_linqu_nongye.pdf"), DocFormat.PDF, Limits.defaults());
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.LINE_NUMBERS_SKIPPED), doc.warnings().toString());
    String text = String.join("\n", doc.paragraphs().stream().map(Paragraph::text).toList());
    assertTrue(text.contains("临朐县果品产业发展服务中心具体实施"), "a line's number no longer runs into the name it wraps");
    assertTrue(text.contains("60分（含）至80分为“中”"), "nor into a figure");
    assertTrue(doc.paragraphs().stream().noneMatch(p -> p.text().matches("^\\d{1,2} .*")), "no paragraph opens with a number");
  }
}
