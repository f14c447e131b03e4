package org.jixiao.ingest.rtf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.DocumentIngestor;
import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.IngestOutcome;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.Samples;
import org.jixiao.ingest.TableGrid;
import org.jixiao.ingest.ooxml.DocxReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RtfReaderTest {
  @TempDir Path tmp;

  /** Sample 000 saved as RTF by LibreOffice (Writer, "Rich Text"), the DOCX it was made from beside it. */
  static Path sample000() {
    return Path.of("src/test/resources/org/jixiao/ingest/rtf/000_0ace20d031349de2.rtf");
  }

  @Test
  void mergedCellsAreSpansAndOnlyTheBodyIsText() throws Exception {
    Path f = Files.writeString(tmp.resolve("t.rtf"), RtfFixtures.MERGED_TABLE, StandardCharsets.US_ASCII);
    ParsedDocument doc = new RtfReader().read(f, DocFormat.RTF, Limits.defaults());
    assertEquals(List.of("标题", "说明：以上为自评。1"), doc.paragraphs().stream().map(p -> p.text()).toList(),
        "the header, the font table and the field instruction (PAGE) are not text; the field's result is");
    TableGrid t = doc.tables().getFirst();
    assertEquals(2, t.rows());
    assertEquals(3, t.cols(), "three column lines: 2000, 4000 and 6000 twips");
    GridCell level1 = t.cellAt(1, 0);
    assertEquals("产出指标", level1.text());
    assertEquals(2, level1.rowSpan(), "\\clvmgf/\\clvmrg merge down");
    GridCell wide = t.cellAt(0, 2);
    assertEquals("数量指标", wide.text());
    assertEquals(2, wide.colSpan(), "one cell as wide as the two below it");
    assertEquals("≥5次", t.text(1, 1));
    assertEquals("6次\n（完成）", t.text(1, 2), "\\line inside a cell is a line break");
  }

  @Test
  void sampleReadsAsItsDocxDoes() throws Exception {
    ParsedDocument rtf = new RtfReader().read(sample000(), DocFormat.RTF, Limits.defaults());
    ParsedDocument docx = new DocxReader().read(Samples.file("000_0ace20d031349de2.docx"), DocFormat.DOCX, Limits.defaults());
    assertEquals(docx.tables().size(), rtf.tables().size());
    for (int i = 0; i < docx.tables().size(); i++) {
      TableGrid a = docx.tables().get(i);
      TableGrid b = rtf.tables().get(i);
      assertEquals(a.rows(), b.rows(), "table " + i + " rows");
      for (int r = 0; r < a.rows(); r++) {
        assertEquals(nonEmpty(a.rowTexts(r)), nonEmpty(b.rowTexts(r)), "table " + i + " row " + r);
      }
    }
    assertEquals(List.of("省级部门整体绩效自我评价表", "2022年度"), rtf.paragraphs().stream().map(p -> p.text()).toList(),
        "the title lines around the table, and nothing of the styles, fonts or page set-up");
  }

  @Test
  void aFileCutShortIsReadUpToTheCutWithAWarning() throws Exception {
    byte[] whole = Files.readAllBytes(sample000());
    Path cut = Files.write(tmp.resolve("cut.rtf"), java.util.Arrays.copyOf(whole, whole.length / 2));
    ParsedDocument doc = new RtfReader().read(cut, DocFormat.RTF, Limits.defaults());
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == org.jixiao.schema.WarningCode.TRUNCATED), doc.warnings().toString());
    assertTrue(doc.text().contains("省级部门整体绩效自我评价表"));
  }

  @Test
  void detectedByContentAndReadThroughTheIngestor() throws Exception {
    Path renamed = Files.copy(sample000(), tmp.resolve("report.bin"));
    try (DocumentIngestor ingestor = DocumentIngestor.withDefaultReaders(Limits.defaults())) {
      IngestOutcome outcome = ingestor.ingest(renamed);
      ParsedDocument doc = assertInstanceOf(IngestOutcome.Parsed.class, outcome, outcome.toString()).document();
      assertEquals(DocFormat.RTF, doc.format());
      assertFalse(doc.tables().isEmpty());
    }
  }

  private static List<String> nonEmpty(List<String> cells) {
    return cells.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
