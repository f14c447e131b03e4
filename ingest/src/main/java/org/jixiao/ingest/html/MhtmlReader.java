package org.jixiao.ingest.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;
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
import org.jspecify.annotations.Nullable;

/**
 * Reads a single-file web page (MHTML, {@code .mht}: what Word's "单个文件网页" and portals' attachments are): a MIME
 * {@code multipart/related} message (RFC 2557) whose first HTML part is the page, its pictures and Word's file list
 * the other parts. The page is taken out of its MIME envelope with Apache James mime4j (quoted-printable or base64
 * undone) and read as any HTML page ({@link HtmlReader}); the other parts are not content.
 */
public final class MhtmlReader implements FormatReader {
  @Override
  public Set<DocFormat> formats() {
    return Set.of(DocFormat.MHTML);
  }

  @Override
  public ParsedDocument read(Path file, DocFormat format, Limits limits) throws IngestException {
    String name = String.valueOf(file.getFileName());
    byte[] bytes = FileBytes.read(file, limits);
    Message message = message(bytes, "a single-file web page");
    try {
      Entity page = htmlPart(message);
      if (page == null || !(page.getBody() instanceof SingleBody body)) {
        throw new IngestException(FailureKind.CORRUPT, "a single-file web page (multipart/related) without an HTML part");
      }
      Document html;
      try (InputStream in = body.getInputStream()) {
        html = Jsoup.parse(in, charset(page), "");
      } catch (IOException e) {
        throw new IngestException(FailureKind.CORRUPT, "cannot parse the page of a single-file web page: " + e.getMessage(), e);
      }
      DocumentBuilder doc = new DocumentBuilder(name, DocFormat.MHTML, limits);
      doc.metadata("charset", html.charset().name());
      long pictures = message.getBody() instanceof Multipart parts
          ? parts.getBodyParts().stream().filter(p -> p.getMimeType().startsWith("image/")).count() : 0;
      if (pictures > 0) { // a seal, a chart, a scanned insert: as a PDF's pictures, said and not read
        doc.warn(WarningCode.IMAGES_NOT_READ, pictures + " picture(s) of the page not read", null);
      }
      return HtmlReader.read(html, doc);
    } finally {
      message.dispose();
    }
  }

  /** The MIME message of {@code bytes}, read leniently; {@code what} names the file's kind in the error. */
  static Message message(byte[] bytes, String what) throws IngestException {
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      DefaultMessageBuilder builder = new DefaultMessageBuilder();
      builder.setMimeEntityConfig(MimeConfig.PERMISSIVE); // Word writes long lines and long headers
      builder.setDecodeMonitor(DecodeMonitor.SILENT);
      return builder.parseMessage(in);
    } catch (IOException | RuntimeException e) {
      throw new IngestException(FailureKind.CORRUPT, "cannot read the MIME parts of " + what + ": " + e.getMessage(), e);
    }
  }

  /** The page: the first {@code text/html} entity, depth first (Word puts it first; RFC 2557 allows nesting). */
  static @Nullable Entity htmlPart(Entity entity) {
    return part(entity, "text/html");
  }

  /** The first entity of {@code mimeType}, depth first, that is no attached file (an e-mail's attached .html is not its body). */
  static @Nullable Entity part(Entity entity, String mimeType) {
    if (isAttachment(entity)) {
      return null;
    }
    Body body = entity.getBody();
    if (body instanceof Multipart parts) {
      for (Entity part : parts.getBodyParts()) {
        Entity found = part(part, mimeType);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    return mimeType.equalsIgnoreCase(entity.getMimeType()) ? entity : null;
  }

  /** A part sent as an attached file: its disposition says so and it has a name. */
  static boolean isAttachment(Entity entity) {
    return "attachment".equalsIgnoreCase(entity.getDispositionType()) && entity.getFilename() != null
        && !entity.getFilename().isBlank();
  }

  /**
   * The charset the part declares, null when it declares none (then jsoup reads the page's {@code <meta>}). GB2312
   * and GBK are read as GB18030, their superset: Word labels pages gb2312 that hold GBK characters.
   */
  static @Nullable String charset(Entity part) {
    if (!(part.getHeader().getField("Content-Type") instanceof ContentTypeField type) || type.getCharset() == null) {
      return null;
    }
    String declared = type.getCharset().strip().toLowerCase(Locale.ROOT);
    return switch (declared) {
      case "gb2312", "gbk", "x-gbk", "cp936", "gb_2312-80" -> "GB18030";
      default -> declared;
    };
  }
}
