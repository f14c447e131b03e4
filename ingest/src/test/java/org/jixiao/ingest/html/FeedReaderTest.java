package org.jixiao.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A portal column's RSS feed (h383): the report is the item with its whole article, the notices beside it are not read. */
class FeedReaderTest {
  @TempDir Path tmp;

  private static final String FEED = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>预算绩效信息公开</title>
      <item><title>某某市司法局2024年度部门整体支出绩效自评报告</title><description>自评得分98.44分。</description>
      <content:encoded><![CDATA[<p>按照统一部署，某某市司法局开展了绩效自评。</p><table><tr><td>三级指标</td><td>分值</td><td>得分</td></tr>
      <tr><td>法律援助案件办理数</td><td>10</td><td>10</td></tr></table>]]></content:encoded></item>
      <item><title>关于公开2024年度部门决算的通知</title><description>某某县农业农村局决算已公开。</description></item>
      </channel></rss>""";

  @Test
  void theItemWithTheArticleIsRead() throws IOException {
    Path f = Files.writeString(tmp.resolve("rss.xml"), FEED, StandardCharsets.UTF_8);
    assertEquals(DocFormat.FEED, FormatDetector.formatOf(new FormatDetector().detect(f)).orElseThrow());
    ParsedDocument doc = read(f);
    assertEquals("某某市司法局2024年度部门整体支出绩效自评报告", doc.paragraphs().get(0).text());
    assertEquals("法律援助案件办理数", doc.tables().get(0).text(1, 0));
    assertFalse(doc.text().contains("农业农村局"), "another item's notice is not the report's");
    assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.FEED_ITEMS_SKIPPED));
  }

  @Test
  void aFeedWithoutTextIsNoReport() throws IOException {
    Path f = Files.writeString(tmp.resolve("empty.xml"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>栏目</title>"
        + "<item><title>x</title></item></channel></rss>", StandardCharsets.UTF_8);
    IngestOutcome out = DocumentIngestor.withDefaultReaders(Limits.defaults()).ingest(f);
    assertEquals(FailureKind.UNSUPPORTED_FORMAT, assertInstanceOf(IngestOutcome.Failed.class, out, out.toString()).kind());
  }

  private static ParsedDocument read(Path f) {
    IngestOutcome out = DocumentIngestor.withDefaultReaders(Limits.defaults()).ingest(f);
    return assertInstanceOf(IngestOutcome.Parsed.class, out, out.toString()).document();
  }
}
