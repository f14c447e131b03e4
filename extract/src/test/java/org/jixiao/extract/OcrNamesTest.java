package org.jixiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.IngestWarning;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.OcrRead;
import org.jixiao.schema.TableMethod;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;

class OcrNamesTest {
  private static final OcrNames NAMES = OcrNames.standard();

  /** One row of OCR cells: each text with the least confidence of its characters. */
  private static ParsedDocument scanned(TableMethod method, Object... textAndConfidence) {
    List<GridCell> cells = new java.util.ArrayList<>();
    for (int i = 0; i < textAndConfidence.length; i += 2) {
      double conf = ((Number) textAndConfidence[i + 1]).doubleValue();
      cells.add(new GridCell(0, i / 2, 1, 1, (String) textAndConfidence[i], 2,
          method == TableMethod.OCR ? new OcrRead(100 + 50 * i, 200, 40, 12, conf) : null));
    }
    TableGrid t = new TableGrid(0, 0, 1, cells.size(), cells, 2, 0, 1, method);
    return new ParsedDocument("s.pdf", DocFormat.PDF, List.of(t), "", Map.of(), List.of(), 2);
  }

  @Test
  void aDoubtfulNameOneCharacterOffAKnownNameIsReadAsThatNameAndTheReadingKept() {
    // real misreadings of the held-out scans: 职责履行 (a 二级 of the 部门整体 framework), 资金分配合理性, 资金使用合规性
    ParsedDocument doc = NAMES.repaired(scanned(TableMethod.OCR, "职贡履行", 78, "资金分配台理性", 64, "资金使用侣规性", 71, "2", 99));
    TableGrid t = doc.tables().getFirst();
    assertEquals(List.of("职责履行", "资金分配合理性", "资金使用合规性", "2"), t.rowTexts(0));
    GridCell first = t.cellAt(0, 0);
    assertEquals("职贡履行", first.ocr().recognized());
    assertEquals(78, first.ocr().confidence());
    assertNull(t.cellAt(0, 3).ocr().recognized(), "a value left as read says nothing more");
    List<IngestWarning> w = doc.warnings().stream().filter(x -> x.code() == WarningCode.OCR_NAME_CORRECTED).toList();
    assertEquals(3, w.size());
    assertTrue(w.getFirst().message().contains("第1行第1列") && w.getFirst().message().contains("职贡履行")
        && w.getFirst().message().contains("职责履行"), w.getFirst().message());
    assertEquals(2, w.getFirst().page());
  }

  @Test
  void aCleanlyReadNameIsLeftAsPrintedThoughOneCharacterOffAKnownName() {
    // 资金分配合规性 may be a real name beside 资金分配合理性: read at 99 it stays
    ParsedDocument in = scanned(TableMethod.OCR, "资金分配合规性", 99, "职贡履行", 95);
    assertSame(in, NAMES.repaired(in));
  }

  @Test
  void nothingIsGuessedWhenTwoNamesAreEquallyNearOrTheTableIsNotOcr() {
    assertNull(NAMES.knownName("数量指标"), "known already");
    assertNull(NAMES.knownName("到六挤标"), "three characters off 时效指标: not one name's misreading");
    assertNull(NAMES.knownName("时效"), "too short to tell");
    assertNull(NAMES.knownName("质量指标（"), "not Chinese characters only");
    // 经济效益指标 / 社会效益指标 / 生态效益指标 are all two characters off "某某效益指标": none is chosen
    assertNull(new OcrNames(java.util.Set.of("社会效益", "经济效益")).knownName("社济效益"));
    ParsedDocument text = scanned(TableMethod.LATTICE, "职贡履行", 0);
    assertSame(text, NAMES.repaired(text), "a text layer's cells are as printed");
  }
}
