package org.jixiao.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.ingest.Block;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.DocumentIngestor;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.IngestOutcome;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.Paragraph;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.Samples;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextReaderTest {
  @TempDir Path tmp;

  private static ParsedDocument read(Path file) throws IngestException {
    return new TextReader().read(file, DocFormat.TEXT, Limits.defaults());
  }

  private static ParsedDocument seed(String stem) throws IngestException {
    return read(Samples.file(stem + ".txt"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"000_0ace20d031349de2", "001_2d77b94fcc42edf7", "002_85bada5a1e1f1378", "003_9702beb4dfdda539"})
  void goldIndicatorsAppearInOrderInTheGrids(String stem) throws Exception {
    ParsedDocument doc = seed(stem);
    List<String> gold = Samples.goldLevel3(stem);
    assertEquals(List.of(), Samples.missingInOrder(gold, Samples.gridCells(doc)), stem + ": gold level3 not found in order in the grids");
  }

  /** 004 scores its indicators in prose, not in a table: the names appear, in order, in paragraphs. */
  @Test
  void proseReportKeepsIndicatorsInParagraphs() throws Exception {
    ParsedDocument doc = seed("004_f903e5746c6a8cdf");
    List<String> paragraphs = doc.paragraphs().stream().map(Paragraph::text).toList();
    assertEquals(List.of(), Samples.missingInOrder(Samples.goldLevel3("004_f903e5746c6a8cdf"), paragraphs));
  }

  @Test
  void everyBlockIsPagelessAndUtf8IsNotWarnedAbout() throws Exception {
    ParsedDocument doc = seed("003_9702beb4dfdda539");
    for (Block b : doc.blocks()) {
      assertNull(b.page(), () -> "page of " + b);
    }
    assertEquals("UTF-8", doc.metadata().get("charset"));
    assertTrue(doc.warnings().isEmpty(), () -> "warnings: " + doc.warnings());
  }

  @Test
  void markdownHeadingGetsItsLevel() throws Exception {
    Paragraph first = seed("002_85bada5a1e1f1378").paragraphs().getFirst();
    assertEquals("整体支出绩效自评表", first.text());
    assertEquals(1, first.headingLevel());
  }

  @Test
  void wordEnclosedNumberFieldsBecomeCircledNumbers() throws Exception {
    ParsedDocument doc = seed("001_2d77b94fcc42edf7");
    assertFalse(doc.text().contains("\\o\\ac"), "field residue left in the text");
    assertTrue(doc.paragraphs().stream().anyMatch(p -> p.text().startsWith("⑪交易中心开标（1分）")));
    assertTrue(doc.paragraphs().stream().anyMatch(p -> p.text().startsWith("⑫政务外网承载业务数量")));
  }

  /** Seed 002, tab-separated: the goal and level-1 labels span the rows under them; blank values stay blank. */
  @Test
  void tabSeparatedLeadingLabelsSpanRowsAndBlankValuesStay() throws Exception {
    TableGrid t = seed("002_85bada5a1e1f1378").tables().get(2);
    assertEquals(List.of("年度指标完成情况", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"), t.rowTexts(0));
    assertEquals(List.of("绩效目标1", "产出指标", "质量指标", "党建工作考评等次", "合格以上", "合格", "2", "2", ""), t.rowTexts(2));
    assertEquals(6, t.cellAt(1, 0).rowSpan(), "绩效目标1 spans its six rows");
    assertTrue(t.isOrigin(2, 8), "a blank 偏差原因 cell is a blank value, not a merge");
    assertEquals(1, t.cellAt(1, 8).rowSpan());
  }

  /** Seed 002's head table: the budget labels span two rows, exactly as the HTML rendering's rowspan=2. */
  @Test
  void budgetLabelsSpanTwoRowsLikeTheHtml() throws Exception {
    TableGrid t = seed("002_85bada5a1e1f1378").tables().getFirst();
    assertEquals(2, t.cellAt(2, 0).rowSpan());
    assertEquals("预算执行情况", t.text(2, 0));
    assertEquals("部门预算金额(万元)", t.text(2, 1));
    assertEquals("22230.8", t.text(2, 2));
  }

  /** Seed 003's appendix, one cell per line: wrapped labels are joined, group labels span their rows. */
  @Test
  void cellPerLineRebuildsWrappedAndMergedLabels() throws Exception {
    TableGrid t =
        seed("003_9702beb4dfdda539").tables().stream()
            .filter(g -> g.cols() == 8 && g.text(0, 2).equals("三级指标"))
            .findFirst()
            .orElseThrow();
    assertEquals("一级\n指标", t.text(0, 0));
    assertEquals(List.of("A部门\n决策\n(10分)", "A1部门\n职能\n( 4分)", "A11部门\n职能\n明确性", "2"), t.rowTexts(1).subList(0, 4));
    assertEquals(List.of("2", "100.00%"), t.rowTexts(1).subList(6, 8));
    assertEquals("A部门\n决策\n(10分)", t.text(5, 0), "A部门 spans A11..A23");
    assertEquals("A12中长期规划\n合理性", t.text(2, 2));
  }

  /** A table printed across a page break: the writer's double blank line does not end the row. */
  @Test
  void doubleBlankLineContinuesTheRow() throws Exception {
    TableGrid t =
        seed("003_9702beb4dfdda539").tables().stream().filter(g -> g.text(0, 1).equals("A.很满意")).findFirst().orElseThrow();
    assertEquals(List.of("满意度比率", "73.08%", "23.08%", "3.85%", "0.00%", "0.00%", "100.00%"), t.rowTexts(1));
    assertEquals(3, t.rows(), "the questionnaire item after the table is not part of it");
  }

  @Test
  void gb18030AndBomFilesReadLikeUtf8() throws Exception {
    Path sample = Samples.file("002_85bada5a1e1f1378.txt");
    String text = Files.readString(sample, StandardCharsets.UTF_8);
    ParsedDocument utf8 = read(sample);
    Path gbk = Files.write(tmp.resolve("testGbk.txt"), text.getBytes(Charset.forName("GBK")));
    Path gb18030 = Files.write(tmp.resolve("testGb18030.txt"), text.getBytes(Charset.forName("GB18030")));
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    Path bom = Files.write(tmp.resolve("testBom.txt"), withBom);
    for (Path p : List.of(gbk, gb18030, bom)) {
      ParsedDocument doc = read(p);
      assertEquals(utf8.text(), doc.text(), p.getFileName().toString());
      assertEquals(utf8.tables().size(), doc.tables().size());
    }
    assertTrue(read(gbk).metadata().get("charset").startsWith("GB"), "detected " + read(gbk).metadata());
    assertEquals(WarningCode.CHARSET_DETECTED, read(gbk).warnings().getFirst().code());
  }

  /** Tika's content detection sends GBK text to the text reader too (no file name needed). */
  @Test
  void gbkTextThroughTheIngestor() throws IOException {
    String text = Files.readString(Samples.file("003_9702beb4dfdda539.txt"), StandardCharsets.UTF_8);
    Path gbk = Files.write(tmp.resolve("testGbk.dat"), text.getBytes(Charset.forName("GB18030")));
    try (DocumentIngestor ingestor = new DocumentIngestor(Limits.defaults(), List.of(new TextReader()))) {
      IngestOutcome outcome = ingestor.ingest(gbk);
      IngestOutcome.Parsed parsed = assertInstanceOf(IngestOutcome.Parsed.class, outcome, () -> "GBK text not read: " + outcome);
      assertTrue(parsed.document().text().contains("延津县政务服务和大数据管理局"));
    }
  }

  @Test
  void textCutInsideACharacterIsStillUtf8() throws Exception {
    byte[] bytes = "第一行\n绩效".getBytes(StandardCharsets.UTF_8);
    Path cut = Files.write(tmp.resolve("testCut.txt"), java.util.Arrays.copyOf(bytes, bytes.length - 1));
    ParsedDocument doc = read(cut);
    assertEquals("第一行\n绩", doc.text());
    assertEquals(WarningCode.LOSSY_DECODING, doc.warnings().getFirst().code());
  }

  @Test
  void aMarkdownExportsPipeTablesAndListItemsReadAsTablesAndLines() throws IOException, IngestException {
    // h208: a wiki's export: "- 主管部门：…" items, a pipe table with its delimiter line, emphasis in the total row
    Path file = Files.writeString(tmp.resolve("wiki.txt"), String.join("\n",
        "# 某某区2021年公共文化配送服务项目支出绩效自评表",
        "> 本页由知识库导出。",
        "- 主管部门：某某区文化和旅游局",
        "",
        "| 一级指标 | 三级指标 | 分值 | 得分 |",
        "| --- | --- | ---: | ---: |",
        "| 产出指标 | 配送文艺演出场次（场） | 8 | 8 |",
        "|  | 配送讲座展览场次（场） | 8 | 8 |",
        "| **总分** |  | **100** | **95.65** |",
        "",
        "填报日期：2022-03-21"), StandardCharsets.UTF_8);
    ParsedDocument doc = read(file);
    assertEquals(1, doc.tables().size());
    TableGrid t = doc.tables().getFirst();
    assertEquals(4, t.rows(), "the delimiter line is no row, and each line is its own row");
    assertEquals(List.of("总分", "", "100", "95.65"), t.rowTexts(3));
    assertEquals(List.of("某某区2021年公共文化配送服务项目支出绩效自评表", "本页由知识库导出。", "主管部门：某某区文化和旅游局",
        "填报日期：2022-03-21"), doc.paragraphs().stream().map(Paragraph::text).toList());
  }
}
