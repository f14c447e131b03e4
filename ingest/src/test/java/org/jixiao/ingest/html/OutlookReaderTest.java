package org.jixiao.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.DocumentIngestor;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.FormatDetector;
import org.jixiao.ingest.IngestOutcome;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A unit's form sent from Outlook and saved as .msg (h405): the HTML body read as a page, attachments as the body asks. */
class OutlookReaderTest {
  @TempDir Path tmp;

  private static final Charset GB = Charset.forName("GB18030");

  private static final String FORM = """
      <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>
      <p>县财政局绩效股：现将自评表报送如下。</p>
      <table border="1"><tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>分值</td><td>得分</td></tr>
      <tr><td rowspan="2">产出指标</td><td rowspan="2">数量指标</td><td>新建集中供水工程</td><td>6</td><td>6</td></tr>
      <tr><td>新建及改造供水管网</td><td>6</td><td>6</td></tr>
      <tr><td>合计</td><td></td><td></td><td>12</td><td>12</td></tr></table></body></html>""";

  private ParsedDocument read(Path f) {
    IngestOutcome out = DocumentIngestor.withDefaultReaders(Limits.defaults()).ingest(f);
    return assertInstanceOf(IngestOutcome.Parsed.class, out, out.toString()).document();
  }

  @Test
  void aBodyHoldingTheFormIsTheReportAndItsAttachmentsAreNamedNotRead() throws IOException {
    Path f = MsgFixtures.write(tmp.resolve("报送.msg"), "报送：自评表", FORM.getBytes(GB), "县财政局绩效股：",
        List.of(Map.entry("自评表.txt", "一级指标\t三级指标\t分值\t得分\n产出指标\t另一行\t5\t5\n".getBytes(StandardCharsets.UTF_8))));
    assertEquals(DocFormat.OUTLOOK, FormatDetector.formatOf(new FormatDetector().detect(f)).orElseThrow());
    ParsedDocument doc = read(f);
    assertEquals(1, doc.tables().size(), doc.text());
    assertEquals("新建及改造供水管网", doc.tables().get(0).text(2, 2), "the rowspans resolved as a web page's");
    assertTrue(!doc.text().contains("另一行"), "the attachment is not read");
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.MAIL_ATTACHMENTS_SKIPPED
        && w.message().contains("自评表.txt")), doc.warnings().toString());
  }

  @Test
  void aCoverNotesAttachmentsAreReadAsPartOfTheMessage() throws IOException {
    byte[] note = "<html><body><p>县财政局：自评表见附件，请审核。</p></body></html>".getBytes(StandardCharsets.UTF_8);
    Path f = MsgFixtures.write(tmp.resolve("见附件.msg"), "自评表", note, null,
        List.of(Map.entry("自评表.html", FORM.replace("gb2312", "utf-8").getBytes(StandardCharsets.UTF_8))));
    ParsedDocument doc = read(f);
    assertTrue(doc.text().contains("见附件") && doc.text().contains("新建及改造供水管网"), doc.text());
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.ATTACHMENTS_READ), doc.warnings().toString());
  }

  @Test
  void aPlainTextMessageIsReadAsText() throws IOException {
    Path f = MsgFixtures.write(tmp.resolve("plain.msg"), "自评表", null,
        "部门整体支出绩效自评表\n一级指标\t二级指标\t三级指标\t分值\t得分\n产出指标\t数量指标\t家庭医生签约服务人数\t6\t6\n", List.of());
    assertTrue(read(f).text().contains("家庭医生签约服务人数"));
  }

  @Test
  void aMessageWithoutABodyIsCorrupt() throws IOException {
    Path f = MsgFixtures.write(tmp.resolve("empty.msg"), "自评表", null, null, List.of());
    IngestOutcome out = DocumentIngestor.withDefaultReaders(Limits.defaults()).ingest(f);
    IngestOutcome.Failed failed = assertInstanceOf(IngestOutcome.Failed.class, out, out.toString());
    assertEquals(FailureKind.CORRUPT, failed.kind());
    assertTrue(failed.message().contains("Outlook"), failed.message());
  }

  @Test
  void aPageInUtf8UnderAStaleGbMetaIsReadAsUtf8() throws IOException {
    // h407: a CMS converted its pages to UTF-8 and kept <meta charset="gb2312">
    Path f = Files.write(tmp.resolve("page.html"), FORM.getBytes(StandardCharsets.UTF_8));
    ParsedDocument doc = read(f);
    assertEquals("新建及改造供水管网", doc.tables().get(0).text(2, 2));
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.CHARSET_DECLARATION_IGNORED), doc.warnings().toString());
    Path gb = Files.write(tmp.resolve("gb.html"), FORM.getBytes(GB));
    assertEquals("新建及改造供水管网", read(gb).tables().get(0).text(2, 2), "a page in the charset it declares, as before");
    assertTrue(read(gb).warnings().stream().noneMatch(w -> w.code() == WarningCode.CHARSET_DECLARATION_IGNORED));
  }
}
