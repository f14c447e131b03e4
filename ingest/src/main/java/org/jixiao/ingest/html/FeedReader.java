package org.jixiao.ingest.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.DocumentBuilder;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.FormatReader;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.internal.FileBytes;
import org.jixiao.schema.WarningCode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads a portal column's news feed (RSS 2.0 or Atom, h383: 预算绩效信息公开's feed, the report one item with its whole
 * article in {@code content:encoded}): the item carrying the most text is the report, its title a heading and its
 * article read as a web page ({@link HtmlReader}); the other items (short notices) are another column's documents and
 * are named in a warning, not read.
 */
public final class FeedReader implements FormatReader {
  @Override
  public Set<DocFormat> formats() {
    return Set.of(DocFormat.FEED);
  }

  @Override
  public ParsedDocument read(Path file, DocFormat format, Limits limits) throws IngestException {
    String name = String.valueOf(file.getFileName());
    Document feed;
    try (InputStream in = new ByteArrayInputStream(FileBytes.read(file, limits))) {
      feed = Jsoup.parse(in, null, "", Parser.xmlParser());
    } catch (IOException e) {
      throw new IngestException(FailureKind.CORRUPT, "cannot parse the feed: " + e.getMessage(), e);
    }
    List<Element> items = feed.select("item, entry");
    Element report = items.stream().max(Comparator.comparingInt(FeedReader::length)).orElse(null);
    if (report == null || length(report) == 0) {
      throw new IngestException(FailureKind.UNSUPPORTED_FORMAT, "a feed without an item that carries text");
    }
    DocumentBuilder doc = new DocumentBuilder(name, DocFormat.FEED, limits);
    Element title = report.selectFirst("title");
    if (title != null) {
      doc.paragraph(title.text(), 1, null);
    }
    if (items.size() > 1) {
      doc.warn(WarningCode.FEED_ITEMS_SKIPPED, (items.size() - 1) + " other item(s) of the feed, shorter, not read", null);
    }
    HtmlReader.emit(Jsoup.parseBodyFragment(article(report)), doc);
    return doc.build();
  }

  /** The item's article: its full content (content:encoded, Atom's content) else its summary, as HTML. */
  private static String article(Element item) {
    for (String tag : List.of("content|encoded", "content", "description", "summary")) {
      Element e = item.selectFirst(tag);
      if (e != null && !e.text().isBlank()) {
        return e.text(); // the markup is the element's text (CDATA or escaped)
      }
    }
    return "";
  }

  private static int length(Element item) {
    return article(item).length();
  }
}
