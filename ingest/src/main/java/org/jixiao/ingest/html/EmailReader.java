package org.jixiao.ingest.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.DocumentBuilder;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.FormatReader;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.internal.FileBytes;
import org.jixiao.ingest.text.TextReader;
import org.jixiao.schema.WarningCode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads an e-mail saved as a file ({@code .eml}, RFC 5322: a unit sends its form to the finance bureau by mail, h371):
 * its HTML body, as any web page, else its plain text, as a text file. A mail client writes the form in both
 * (multipart/alternative); the HTML keeps its table. A reply's quoted message (Foxmail's and Outlook's blockquote under
 * the original's 发件人 / 发送时间 header) is another document, the notice replied to, and is left out with a warning.
 * The subject is the mail's, not the report's title. Files attached to it (their names as RFC 2047 or RFC 2231 write
 * them) are read with it when its body is a cover note, as an Outlook message's are ({@link #attachments}).
 */
public final class EmailReader implements FormatReader {
  /** Table rows a body holds when it carries the form rather than a cover note: a form has more than a signature's. */
  private static final int FORM_ROWS = 4;

  /**
   * Whether a mail's attached files ({@code names}) are read with it: not when its HTML {@code body} holds the form (a
   * table of rows), whose attachments are copies or other files and are named in a warning; else (a cover note, "详见
   * 附件", or a plain-text body) they are, as a PDF's are.
   */
  static void attachments(@Nullable Document body, List<String> names, DocumentBuilder doc) {
    if (names.isEmpty()) {
      return;
    }
    if (body != null && body.select("tr").size() >= FORM_ROWS) {
      doc.warn(WarningCode.MAIL_ATTACHMENTS_SKIPPED, "the mail's body holds the form; its attachments were not read: "
          + String.join("、", names), null);
    } else {
      doc.metadata(ATTACHMENTS, String.valueOf(names.size()));
    }
  }

  /** The original's header a reply quotes it under, in the clients' Chinese and English wording. */
  private static final String QUOTE_HEADER = "(?s).*(?:发件人|From)\\s*[:：].*(?:发送时间|日期|Sent|Date)\\s*[:：].*";

  @Override
  public Set<DocFormat> formats() {
    return Set.of(DocFormat.EMAIL);
  }

  /**
   * A mail's HTML body as a page to read: a reply's quoted message left out (with a warning), the title emptied (the
   * subject, "回复：关于开展…的通知", is the mail's, not the report's).
   */
  static Document mailBody(Document page, DocumentBuilder doc) {
    int quoted = 0;
    for (Element quote : page.select("blockquote")) {
      if (quote.parents().stream().noneMatch(p -> p.tagName().equals("blockquote")) && quote.text().matches(QUOTE_HEADER)) {
        quote.remove();
        quoted++;
      }
    }
    if (quoted > 0) {
      doc.warn(WarningCode.QUOTED_MAIL_SKIPPED, quoted + " quoted message(s) of the mail replied to left out", null);
    }
    page.title("");
    return page;
  }

  @Override
  public ParsedDocument read(Path file, DocFormat format, Limits limits) throws IngestException {
    String name = String.valueOf(file.getFileName());
    Message message = MhtmlReader.message(FileBytes.read(file, limits), "an e-mail");
    try {
      DocumentBuilder doc = new DocumentBuilder(name, DocFormat.EMAIL, limits);
      List<String> attached = attached(message).stream().map(Entity::getFilename).toList();
      Entity html = MhtmlReader.htmlPart(message);
      if (html != null && html.getBody() instanceof SingleBody body) {
        Document page;
        try (InputStream in = body.getInputStream()) {
          page = Jsoup.parse(in, MhtmlReader.charset(html), "");
        } catch (IOException e) {
          throw new IngestException(FailureKind.CORRUPT, "cannot parse the HTML body of an e-mail: " + e.getMessage(), e);
        }
        attachments(page, attached, doc);
        return HtmlReader.read(mailBody(page, doc), doc);
      }
      Entity plain = MhtmlReader.part(message, "text/plain");
      if (plain == null || !(plain.getBody() instanceof SingleBody body)) {
        throw new IngestException(FailureKind.CORRUPT, "an e-mail without a text or HTML body");
      }
      attachments(null, attached, doc);
      String charset = MhtmlReader.charset(plain);
      try (InputStream in = body.getInputStream()) {
        Charset cs = charset == null || !Charset.isSupported(charset) ? StandardCharsets.UTF_8 : Charset.forName(charset);
        TextReader.lay(new String(in.readAllBytes(), cs), doc);
      } catch (IOException e) {
        throw new IngestException(FailureKind.CORRUPT, "cannot read the text body of an e-mail: " + e.getMessage(), e);
      }
      return doc.build();
    } finally {
      message.dispose();
    }
  }

  @Override
  public void attachments(Path file, AttachmentSink sink) throws IOException, IngestException {
    // the file was read once under the size limit already; each attachment is bounded as it is copied out
    Message message = MhtmlReader.message(java.nio.file.Files.readAllBytes(file), "an e-mail");
    try {
      for (Entity a : attached(message)) {
        try (InputStream in = ((SingleBody) a.getBody()).getInputStream()) {
          sink.accept(a.getFilename(), in);
        }
      }
    } finally {
      message.dispose();
    }
  }

  /**
   * The files attached to a mail, depth first: the parts sent as attachments, with a name; a picture the HTML body shows
   * inline (a logo, a signature) is no attachment.
   */
  static List<Entity> attached(Entity entity) {
    List<Entity> out = new ArrayList<>();
    if (entity.getBody() instanceof Multipart parts) {
      parts.getBodyParts().forEach(p -> out.addAll(attached(p)));
    } else if (entity.getBody() instanceof SingleBody && MhtmlReader.isAttachment(entity)) {
      out.add(entity);
    }
    return out;
  }
}
