package org.jixiao.ingest.odf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.Paragraph;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.ingest.office.OfficeFixtures;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OdfReaderTest {
  static final String ODT = "application/vnd.oasis.opendocument.text";
  static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";

  @TempDir Path dir;

  /** A 3x3 table: 一级指标 spans two rows, 分值 spans two columns; trailing repeated empty cells. */
  static final String MERGED_TABLE = """
      <table:table table:name="表1">
        <table:table-column table:number-columns-repeated="3"/>
        <table:table-header-rows><table:table-row>
          <table:table-cell><text:p>一级指标</text:p></table:table-cell>
          <table:table-cell table:number-columns-spanned="2"><text:p>分值</text:p></table:table-cell>
          <table:covered-table-cell/>
        </table:table-row></table:table-header-rows>
        <table:table-row>
          <table:table-cell table:number-rows-spanned="2"><text:p>产出指标</text:p></table:table-cell>
          <table:table-cell><text:p>2</text:p></table:table-cell>
          <table:table-cell><text:p>1<text:s text:c="2"/>.5</text:p><text:p>分</text:p></table:table-cell>
        </table:table-row>
        <table:table-row>
          <table:covered-table-cell/>
          <table:table-cell><text:p>3</text:p></table:table-cell>
          <table:table-cell><table:table><table:table-row>
            <table:table-cell><text:p>内</text:p></table:table-cell><table:table-cell><text:p>表</text:p></table:table-cell>
          </table:table-row></table:table></table:table-cell>
        </table:table-row>
      </table:table>""";

  @Test
  void textDocumentHeadingsParagraphsAndMergedTable() throws Exception {
    Path file = OfficeFixtures.odf(dir.resolve("testMergedCells.odt"), ODT, "<office:text>"
        + "<text:h text:outline-level=\"1\">一、部门概况</text:h>"
        + "<text:list><text:list-item><text:p>列表段落<text:note><text:note-body><text:p>脚注</text:p></text:note-body></text:note></text:p></text:list-item></text:list>"
        + MERGED_TABLE
        + "<text:h text:outline-level=\"2\">（一）得分</text:h><text:p>正文<text:tab/>完</text:p></office:text>");
    ParsedDocument doc = new OdfReader().read(file, DocFormat.ODT, Limits.defaults());
    List<String> kinds = doc.blocks().stream().map(b -> b instanceof Paragraph p ? p.headingLevel() + ":" + p.text() : "table").toList();
    assertEquals(List.of("1:一、部门概况", "0:列表段落", "table", "2:（一）得分", "0:正文\t完"), kinds);
    TableGrid t = doc.tables().getFirst();
    assertEquals(3, t.rows());
    assertEquals(3, t.cols());
    assertEquals(new GridCell(0, 1, 1, 2, "分值", null), t.cellAt(0, 2));
    assertEquals(new GridCell(1, 0, 2, 1, "产出指标", null), t.cellAt(2, 0));
    assertEquals("1  .5\n分", t.text(1, 2));
    assertEquals("内 表", t.text(2, 2));
    List<WarningCode> codes = doc.warnings().stream().map(w -> w.code()).toList();
    assertTrue(codes.contains(WarningCode.NESTED_TABLE_FLATTENED) && codes.contains(WarningCode.NOTES_SKIPPED), codes.toString());
  }

  @Test
  void spreadsheetWithTitleMergesAndHugeRepeats() throws Exception {
    Path file = OfficeFixtures.odf(dir.resolve("testMergedCells.ods"), ODS, """
        <office:spreadsheet><table:table table:name="自评表">
          <table:table-column table:number-columns-repeated="16384"/>
          <table:table-row><table:table-cell table:number-columns-spanned="3"><text:p>整体支出绩效自评表</text:p></table:table-cell>
            <table:covered-table-cell table:number-columns-repeated="2"/><table:table-cell table:number-columns-repeated="16381"/></table:table-row>
          <table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
          <table:table-row><table:table-cell><text:p>一级指标</text:p></table:table-cell>
            <table:table-cell table:number-columns-spanned="2"><text:p>执行率</text:p></table:table-cell><table:covered-table-cell/>
            <table:table-cell table:number-columns-repeated="16381"/></table:table-row>
          <table:table-row><table:table-cell table:number-rows-spanned="2"><text:p>产出指标</text:p></table:table-cell>
            <table:table-cell office:value-type="percentage" office:value="0.873"><text:p>87.3%</text:p></table:table-cell>
            <table:table-cell office:value-type="float" office:value="8.7"/></table:table-row>
          <table:table-row><table:covered-table-cell/><table:table-cell table:number-columns-repeated="2"><text:p>同</text:p></table:table-cell></table:table-row>
          <table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
        </table:table></office:spreadsheet>""");
    ParsedDocument doc = new OdfReader().read(file, DocFormat.ODS, Limits.defaults());
    assertEquals(List.of("整体支出绩效自评表"), doc.paragraphs().stream().map(Paragraph::text).toList());
    TableGrid t = doc.tables().getFirst();
    assertEquals(3, t.rows(), "empty rows around the table trimmed, 1,048,570 repeats never materialised");
    assertEquals(3, t.cols());
    assertEquals(List.of("一级指标", "执行率", "执行率"), t.rowTexts(0));
    assertEquals(List.of("产出指标", "87.3%", "8.7"), t.rowTexts(1), "office:value when a cell has no text:p");
    assertEquals(List.of("产出指标", "同", "同"), t.rowTexts(2));
    assertEquals(2, t.cellAt(2, 0).rowSpan());
  }

  @Test
  void repeatedNonEmptyCellsOverTheLimitAreTooLarge() throws Exception {
    Path file = OfficeFixtures.odf(dir.resolve("testRepeatBomb.ods"), ODS, """
        <office:spreadsheet><table:table table:name="s">
          <table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="1000"><text:p>x</text:p></table:table-cell></table:table-row>
        </table:table></office:spreadsheet>""");
    IngestException e = assertThrows(IngestException.class, () -> new OdfReader().read(file, DocFormat.ODS, Limits.defaults()));
    assertEquals(FailureKind.TOO_LARGE, e.kind());
  }

  @Test
  void encryptedMissingContentAndMalformedXml() throws Exception {
    Limits limits = Limits.defaults();
    IngestException enc = assertThrows(IngestException.class,
        () -> new OdfReader().read(OfficeFixtures.encryptedOdf(dir.resolve("testEncrypted.odt"), ODT), DocFormat.ODT, limits));
    assertEquals(FailureKind.ENCRYPTED, enc.kind());
    Path noContent = OfficeFixtures.zip(dir.resolve("testNoContent.odt"), Map.of("mimetype", ODT));
    assertEquals(FailureKind.CORRUPT, assertThrows(IngestException.class, () -> new OdfReader().read(noContent, DocFormat.ODT, limits)).kind());
    Path bad = OfficeFixtures.odf(dir.resolve("testMalformed.odt"), ODT, "<office:text><text:p>unclosed</office:text>");
    assertEquals(FailureKind.CORRUPT, assertThrows(IngestException.class, () -> new OdfReader().read(bad, DocFormat.ODT, limits)).kind());
    Limits tiny = new Limits(200, 10, 1000, 1000, Duration.ofSeconds(10));
    Path big = OfficeFixtures.odf(dir.resolve("testBig.odt"), ODT, "<office:text><text:p>" + "长".repeat(1000) + "</text:p></office:text>");
    assertEquals(FailureKind.TOO_LARGE, assertThrows(IngestException.class, () -> new OdfReader().read(big, DocFormat.ODT, tiny)).kind());
  }
}
