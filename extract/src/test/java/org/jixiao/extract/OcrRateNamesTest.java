package org.jixiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.OcrRead;
import org.jixiao.schema.TableMethod;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;

/** 率 misread at the end of a rate's name on a scan (h529, h534). */
class OcrRateNamesTest {
  /** One OCR line: a name at {@code confidence}, its target and actual; the document's text besides. */
  private static ParsedDocument line(String name, double confidence, String target, String actual, String text) {
    List<GridCell> cells = List.of(
        new GridCell(0, 0, 1, 1, name, 1, new OcrRead(100, 200, 60, 9, confidence)),
        new GridCell(0, 1, 1, 1, target, 1, new OcrRead(200, 200, 30, 9, 95)),
        new GridCell(0, 2, 1, 1, actual, 1, new OcrRead(260, 200, 30, 9, 95)));
    TableGrid t = new TableGrid(0, 0, 1, 3, cells, 1, 0, 1, TableMethod.OCR);
    return new ParsedDocument("s.pdf", DocFormat.PDF, List.of(t), text, Map.of(), List.of(), 1);
  }

  @Test
  void aDoubtfulNameEndingInALookAlikeOfRateOnALineOfPercentagesIsARate() {
    ParsedDocument doc = OcrRateNames.repaired(line("农村饮水安全达标事", 71, "≥95%", "96.2%", ""));
    assertEquals("农村饮水安全达标率", doc.tables().getFirst().text(0, 0));
    assertEquals("农村饮水安全达标事", doc.tables().getFirst().cellAt(0, 0).ocr().recognized());
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.OCR_NAME_CORRECTED));
  }

  @Test
  void aConfidentReadingIsRepairedOnlyWhereTheDocumentPrintsTheRateElsewhere() {
    // h529: "农村自来水普及素" read at 92, the goal block's "农村自来水普及率90.6%" read at 96
    ParsedDocument confident = line("农村自来水普及素", 92, "≥92%", "90.6%", "");
    assertSame(confident, OcrRateNames.repaired(confident));
    ParsedDocument named = line("农村自来水普及素", 92, "≥92%", "90.6%", "农村自来水普及率90.6%，受益人口3.35万人。");
    assertEquals("农村自来水普及率", OcrRateNames.repaired(named).tables().getFirst().text(0, 0));
  }

  @Test
  void aNameOnALineOfCountsStaysAsRead() {
    ParsedDocument counts = line("办理民生实事", 71, "≥10件", "12件", "");
    assertSame(counts, OcrRateNames.repaired(counts));
  }
}
