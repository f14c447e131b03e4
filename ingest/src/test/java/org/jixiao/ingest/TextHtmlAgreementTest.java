package org.jixiao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.ingest.html.HtmlReader;
import org.jixiao.ingest.text.TextReader;
import org.junit.jupiter.api.Test;

/**
 * Seed 002 as HTML and as text: the rebuilt text grids must list the indicator rows in the same
 * order as the HTML table, and most rows must match slot for slot once merges are resolved. The
 * rows that do not match are shifted in the published text itself (a cell moved left or right of
 * its column), which no reader can undo.
 */
class TextHtmlAgreementTest {
  private static final String STEM = "002_85bada5a1e1f1378";

  @Test
  void indicatorRowsAgree() throws Exception {
    ParsedDocument html = new HtmlReader().read(Samples.file(STEM + ".html"), DocFormat.HTML, Limits.defaults());
    ParsedDocument text = new TextReader().read(Samples.file(STEM + ".txt"), DocFormat.TEXT, Limits.defaults());
    TableGrid indicators = html.tables().get(1);
    Set<String> gold = new HashSet<>(Samples.goldLevel3(STEM));
    List<String> htmlOrder = new ArrayList<>();
    List<List<String>> htmlRows = new ArrayList<>();
    for (int r = 1; r < indicators.rows(); r++) {
      if (gold.contains(indicators.text(r, 3))) {
        htmlOrder.add(indicators.text(r, 3));
        htmlRows.add(norm(indicators.rowTexts(r)));
      }
    }
    assertEquals(76, htmlOrder.size(), "the HTML table holds the 76 goal-table indicators");
    assertEquals(List.of(), Samples.missingInOrder(htmlOrder, Samples.gridCells(text)), "text grids list the rows in the HTML's order");

    Set<List<String>> textRows = new HashSet<>();
    for (TableGrid t : text.tables()) {
      for (int r = 0; r < t.rows(); r++) {
        textRows.add(norm(t.rowTexts(r)));
      }
    }
    long same = htmlRows.stream().filter(textRows::contains).count();
    System.out.println("002 indicator rows identical in HTML and text grids: " + same + " of " + htmlRows.size());
    // measured: 59 of 76. The 17 others are shifted in the published text (seed lines 52-58, 72,
    // 74, 79, 90-96: a label missing or a cell moved a column), which no reader can undo
    assertTrue(same >= 59, same + " of " + htmlRows.size() + " rows identical");
  }

  /** Normalised texts without trailing blanks (a text table is as wide as its widest, possibly shifted, row). */
  private static List<String> norm(List<String> row) {
    List<String> out = new ArrayList<>(row.stream().map(Samples::norm).toList());
    while (!out.isEmpty() && out.getLast().isEmpty()) {
      out.removeLast();
    }
    return out;
  }
}
