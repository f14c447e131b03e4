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

/** Codes whose digit 1 OCR read as the letter l, as on sample 003's scans. */
class OcrCodesTest {
  /** One column of OCR name cells. */
  private static ParsedDocument scanned(TableMethod method, String... names) {
    List<GridCell> cells = new java.util.ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      cells.add(new GridCell(i, 0, 1, 1, names[i], 15, method == TableMethod.OCR ? new OcrRead(100, 200 + 20 * i, 40, 12, 80) : null));
    }
    TableGrid t = new TableGrid(0, 0, names.length, 1, cells, 15, 0, 1, method);
    return new ParsedDocument("s.pdf", DocFormat.PDF, List.of(t), "", Map.of(), List.of(), 15);
  }

  @Test
  void anLReadForADigitIsThatDigitOrAStrayStroke() {
    ParsedDocument doc = OcrCodes.repaired(scanned(TableMethod.OCR, "Al 部门职能", "Al1部门职能明确性", "Al12 中长期规划合理性",
        "A2 目标设定", "A21 年度工作计划明确性", "A22绩效目标合理性", "Bl11预算调整率", "B12 预算执行率"));
    TableGrid t = doc.tables().getFirst();
    List<String> texts = java.util.stream.IntStream.range(0, t.rows()).mapToObj(r -> t.text(r, 0)).toList();
    assertEquals(List.of("A1 部门职能", "A11部门职能明确性", "A12 中长期规划合理性", "A2 目标设定", "A21 年度工作计划明确性",
        "A22绩效目标合理性", "B11预算调整率", "B12 预算执行率"), texts, "A112 and B111 would be longer than any clean code");
    assertEquals("Al1部门职能明确性", t.cellAt(1, 0).ocr().recognized());
    assertEquals(4, doc.warnings().stream().filter(w -> w.code() == WarningCode.OCR_NAME_CORRECTED).count());
  }

  @Test
  void withoutCleanCodesBesideItOrOutsideOcrNothingChanges() {
    ParsedDocument few = scanned(TableMethod.OCR, "Al1部门职能明确性", "A12 中长期规划合理性", "Bl11预算调整率");
    assertSame(few, OcrCodes.repaired(few));
    ParsedDocument printed = scanned(TableMethod.LATTICE, "Al1部门职能明确性", "A12 中长期规划合理性", "A21 年度计划", "A22 目标");
    assertSame(printed, OcrCodes.repaired(printed));
    ParsedDocument words = scanned(TableMethod.OCR, "A11 部门职能", "A12 规划", "A21 计划", "All of these");
    assertTrue(OcrCodes.repaired(words) == words, "no Chinese name after it: not a code");
  }
}
