package org.jixiao.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
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

/** A unit's form sent by e-mail (h371): the HTML body read as a page, the quoted notice it answers left out. */
class EmailReaderTest {
  @TempDir Path tmp;

  private static final Charset GB = Charset.forName("GB18030");

  private static final String HTML = """
      <html><head><meta http-equiv="content-type" content="text/html; charset=GB18030"></head><body>
      <div>县财政局绩效股：</div><div>现将我局2024年度部门整体支出绩效自评表报送如下。</div>
      <table border="1"><tr><td>一级指标</td><td>三级指标</td><td>分值</td><td>得分</td></tr>
      <tr><td>产出指标</td><td>家庭医生签约服务人数</td><td>6</td><td>6</td></tr></table>
      <blockquote><div><b>发件人：</b>&nbsp;县财政局绩效股</div><div><b>发送时间：</b>&nbsp;2025-03-20 09:15</div>
      <div>二、评分要求。执行率93.5%，分值8分，得分8×93.5%÷95%＝7.87分。</div></blockquote></body></html>""";

  private static String mail(String parts) {
    return "Date: Thu, 10 Apr 2025 16:42:18 +0800\r\nFrom: \"=?GB18030?B?" + b64("卫健局") + "?=\" <a@example.cn>\r\n"
        + "To: b@example.cn\r\nSubject: =?GB18030?B?" + b64("回复：关于开展绩效自评工作的通知") + "?=\r\nMime-Version: 1.0\r\n" + parts;
  }

  private static String b64(String s) {
    return Base64.getMimeEncoder().encodeToString(s.getBytes(GB));
  }

  private static String part(String type, String body) {
    return "--B\r\nContent-Type: " + type + "; charset=\"GB18030\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b64(body) + "\r\n";
  }

  @Test
  void theHtmlBodyIsReadAndTheQuotedNoticeLeftOut() throws IOException {
    String eml = mail("Content-Type: multipart/alternative; boundary=\"B\"\r\n\r\n"
        + part("text/plain", "县财政局绩效股：\r\n一级指标\t三级指标\t分值\t得分\r\n") + part("text/html", HTML) + "--B--\r\n");
    Path f = Files.writeString(tmp.resolve("回复.eml"), eml, StandardCharsets.US_ASCII);
    assertEquals(DocFormat.EMAIL, FormatDetector.formatOf(new FormatDetector().detect(f)).orElseThrow());
    ParsedDocument doc = read(f);
    assertEquals(1, doc.tables().size(), "the HTML body's table, not the plain text's copy too");
    assertEquals("家庭医生签约服务人数", doc.tables().get(0).text(1, 1));
    assertFalse(doc.text().contains("7.87") || doc.text().contains("发件人"), doc.text());
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.QUOTED_MAIL_SKIPPED), doc.warnings().toString());
    assertFalse(doc.text().contains("关于开展"), "the subject is the mail's, not the report's title");
  }

  @Test
  void aPlainTextMailIsReadAsText() throws IOException {
    String eml = mail("Content-Type: text/plain; charset=\"GB18030\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + b64("部门整体支出绩效自评表\r\n一级指标\t二级指标\t三级指标\t分值\t得分\r\n产出指标\t数量指标\t家庭医生签约服务人数\t6\t6\r\n"));
    ParsedDocument doc = read(Files.writeString(tmp.resolve("plain.eml"), eml, StandardCharsets.US_ASCII));
    assertTrue(doc.text().contains("家庭医生签约服务人数"), doc.text());
  }

  /**
   * A cover note ("详见附件") whose form is an attached web page named in RFC 2231 (Coremail) and a logo shown inline:
   * the attachment is read after the note, as an Outlook message's are, and is not taken for the body; the logo is no
   * attachment. A body holding the form names its attachments and leaves them.
   */
  @Test
  void aCoverNotesAttachedFormIsReadWithItAndABodyHoldingTheFormLeavesItsAttachments() throws IOException {
    String form = "<html><head><meta charset=\"utf-8\"></head><body><table border=\"1\"><tr><td>一级指标</td><td>三级指标</td>"
        + "<td>分值</td><td>得分</td></tr><tr><td>产出指标</td><td>农村改厕户数</td><td>8</td><td>8</td></tr></table></body></html>";
    String attachment = "--B\r\nContent-Type: text/html; name*=UTF-8''%E8%87%AA%E8%AF%84%E8%A1%A8.html\r\n"
        + "Content-Disposition: attachment; filename*=UTF-8''%E8%87%AA%E8%AF%84%E8%A1%A8.html\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + Base64.getMimeEncoder().encodeToString(form.getBytes(StandardCharsets.UTF_8)) + "\r\n"
        + "--B\r\nContent-Type: image/png; name=\"logo.png\"\r\nContent-Disposition: inline; filename=\"logo.png\"\r\n"
        + "Content-ID: <logo>\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--B--\r\n";
    String note = mail("Content-Type: multipart/mixed; boundary=\"B\"\r\n\r\n"
        + part("text/html", "<html><body><div>县财政局绩效股：</div><div>我局2024年度项目支出绩效自评表详见附件。</div></body></html>")
        + attachment);
    ParsedDocument doc = read(Files.writeString(tmp.resolve("note.eml"), note, StandardCharsets.US_ASCII));
    assertEquals(1, doc.tables().size(), doc.toString());
    assertTrue(doc.text().indexOf("详见附件") < doc.text().indexOf("农村改厕户数"), doc.text());
    assertTrue(doc.warnings().stream().anyMatch(w -> w.message().contains("自评表.html")), doc.warnings().toString());
    String rows = "<tr><td>产出指标</td><td>家庭医生签约服务人数</td><td>6</td><td>6</td></tr>".repeat(3);
    String formInBody = mail("Content-Type: multipart/mixed; boundary=\"B\"\r\n\r\n"
        + part("text/html", HTML.replace("</td></tr></table>", "</td></tr>" + rows + "</table>")) + attachment);
    ParsedDocument body = read(Files.writeString(tmp.resolve("body.eml"), formInBody, StandardCharsets.US_ASCII));
    assertEquals(1, body.tables().size());
    assertTrue(body.warnings().stream().anyMatch(w -> w.code() == WarningCode.MAIL_ATTACHMENTS_SKIPPED
        && w.message().contains("自评表.html")), body.warnings().toString());
  }

  @Test
  void aMailWithoutABodyIsCorrupt() throws IOException {
    String eml = mail("Content-Type: multipart/mixed; boundary=\"B\"\r\n\r\n--B\r\nContent-Type: image/png\r\n\r\nxx\r\n--B--\r\n");
    IngestOutcome out = DocumentIngestor.withDefaultReaders(Limits.defaults())
        .ingest(Files.writeString(tmp.resolve("empty.eml"), eml, StandardCharsets.US_ASCII));
    IngestOutcome.Failed failed = assertInstanceOf(IngestOutcome.Failed.class, out, out.toString());
    assertEquals(FailureKind.CORRUPT, failed.kind());
    assertTrue(failed.message().contains("e-mail"), failed.message());
  }

  private static ParsedDocument read(Path f) {
    IngestOutcome out = DocumentIngestor.withDefaultReaders(Limits.defaults()).ingest(f);
    return assertInstanceOf(IngestOutcome.Parsed.class, out, out.toString()).document();
  }
}
