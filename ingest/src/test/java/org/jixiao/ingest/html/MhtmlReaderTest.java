package org.jixiao.ingest.html;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.DocumentIngestor;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.FormatDetector;
import org.jixiao.ingest.IngestOutcome;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word's single-file web pages: the page out of its MIME envelope, read as HTML. */
class MhtmlReaderTest {
  @TempDir Path tmp;

  private static final String PAGE = """
      <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
      <meta http-equiv=Content-Type content="text/html; charset=gb2312"><title>项目支出绩效自评表</title></head>
      <body lang=ZH-CN><div class=WordSection1><p class=MsoNormal>项目名称：农业产业强镇建设&nbsp;&nbsp;</p>
      <table class=MsoTableGrid border=1><tr><td rowspan=2><p class=MsoNormal>产出指标</p></td>
      <td><p class=MsoNormal>数量指标</p></td><td><p class=MsoNormal>培训农户（人次）</p></td><td>≥1200</td><td>1356</td></tr>
      <tr><td>质量指标</td><td>验收合格率</td><td>100%</td><td>98.5%</td></tr></table>
      <p class=MsoNormal><img src="report.files/image001.png">（盖章）</p></div></body></html>""";

  @Test
  void theGb2312PageIsReadOutOfItsQuotedPrintableEnvelope() throws IOException {
    Path f = Files.write(tmp.resolve("自评表.mht"), MhtFixtures.word(PAGE, Charset.forName("GB18030")));
    assertEquals(DocFormat.MHTML, FormatDetector.formatOf(new FormatDetector().detect(f)).orElseThrow());
    ParsedDocument doc = read(f);
    assertEquals(DocFormat.MHTML, doc.format());
    assertEquals("项目支出绩效自评表", doc.metadata().get("title"));
    assertTrue(doc.text().contains("项目名称：农业产业强镇建设"), doc.text());
    TableGrid t = doc.tables().getFirst();
    assertEquals("产出指标", t.text(1, 0), "the rowspan covers the second row");
    assertEquals("培训农户（人次）", t.text(0, 2));
    assertEquals("98.5%", t.text(1, 4));
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.IMAGES_NOT_READ), doc.warnings().toString());
    assertFalse(doc.text().contains("filelist") || doc.text().contains("单个文件网页"), "other parts and the preamble are not content");
  }

  @Test
  void aUtf8PageReadsAsWell() throws IOException {
    Path f = Files.write(tmp.resolve("page.mht"), MhtFixtures.word(PAGE.replace("gb2312", "utf-8"), StandardCharsets.UTF_8));
    assertEquals("98.5%", read(f).tables().getFirst().text(1, 4));
  }

  @Test
  void anEnvelopeWithoutAPageIsCorruptNamingTheFile() throws IOException {
    String noPage = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
        + "Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b--\r\n";
    Path f = Files.writeString(tmp.resolve("pictures.mht"), noPage, StandardCharsets.US_ASCII);
    IngestOutcome out = DocumentIngestor.withDefaultReaders(Limits.defaults()).ingest(f);
    IngestOutcome.Failed failure = assertInstanceOf(IngestOutcome.Failed.class, out);
    assertEquals(FailureKind.CORRUPT, failure.kind());
    assertTrue(failure.message().contains("pictures.mht") && failure.message().contains("without an HTML part"), failure.message());
  }

  private static ParsedDocument read(Path f) {
    IngestOutcome out = DocumentIngestor.withDefaultReaders(Limits.defaults()).ingest(f);
    return assertInstanceOf(IngestOutcome.Parsed.class, out, out.toString()).document();
  }
}
