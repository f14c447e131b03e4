package org.jixiao.ingest.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.datatypes.AttachmentChunks;
import org.apache.poi.hsmf.datatypes.ByteChunk;
import org.apache.poi.hsmf.datatypes.StringChunk;
import org.apache.poi.hsmf.exceptions.ChunkNotFoundException;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.DocumentBuilder;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.FormatReader;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.internal.FileBytes;
import org.jixiao.ingest.text.TextReader;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;

/**
 * Reads an Outlook message saved as a file ({@code .msg}: a unit's 报送 mail to the finance bureau, h405) with POI's HSMF:
 * its HTML body as any web page (the bytes as the mail stored them, the charset its {@code <meta>} names), else its
 * plain-text body, as {@link EmailReader} reads an {@code .eml}. A body that holds the form (a table of rows) is the
 * report, and the attachments, its copies or other files, are named in a warning and not read; a body without one is a
 * cover note ("详见附件"), and the attachments are read as part of the message, as a PDF's are.
 */
public final class OutlookReader implements FormatReader {

  @Override
  public Set<DocFormat> formats() {
    return Set.of(DocFormat.OUTLOOK);
  }

  @Override
  public ParsedDocument read(Path file, DocFormat format, Limits limits) throws IngestException {
    String name = String.valueOf(file.getFileName());
    MAPIMessage message = open(FileBytes.read(file, limits));
    DocumentBuilder doc = new DocumentBuilder(name, DocFormat.OUTLOOK, limits);
    List<String> attached = attached(message).stream().map(Attached::name).toList();
    byte[] html = htmlBody(message);
    if (html != null) {
      Document page = HtmlReader.page(html, doc);
      EmailReader.attachments(page, attached, doc);
      return HtmlReader.read(EmailReader.mailBody(page, doc), doc);
    }
    String text = textBody(message);
    if (text == null) {
      throw new IngestException(FailureKind.CORRUPT, "an Outlook message without a text or HTML body");
    }
    EmailReader.attachments(null, attached, doc);
    TextReader.lay(text, doc);
    return doc.build();
  }

  @Override
  public void attachments(Path file, AttachmentSink sink) throws IOException, IngestException {
    // the file was read once under the size limit already; each attachment is bounded as it is copied out
    for (Attached a : attached(open(java.nio.file.Files.readAllBytes(file)))) {
      try (InputStream in = new ByteArrayInputStream(a.data())) {
        sink.accept(a.name(), in);
      }
    }
  }

  /** A file attached to the message: its name, and its bytes. */
  private record Attached(String name, byte[] data) {}

  /** The message's attached files in its order; an embedded message or OLE object, no file of its own, is none. */
  private static List<Attached> attached(MAPIMessage message) {
    List<Attached> out = new ArrayList<>();
    for (AttachmentChunks a : message.getAttachmentFiles()) {
      ByteChunk data = a.getAttachData();
      if (data != null && data.getValue() != null) {
        out.add(new Attached(nameOf(a, out.size() + 1), data.getValue()));
      }
    }
    return out;
  }

  private static MAPIMessage open(byte[] bytes) throws IngestException {
    try {
      MAPIMessage message = new MAPIMessage(new ByteArrayInputStream(bytes));
      message.setReturnNullOnMissingChunk(true);
      message.guess7BitEncoding();
      return message;
    } catch (IOException | RuntimeException e) {
      throw new IngestException(FailureKind.CORRUPT, "not a readable Outlook message (" + e.getMessage() + ")", e);
    }
  }

  /** The HTML body's bytes as stored (binary, its charset in its meta), or a Unicode HTML body's; null when none. */
  private static byte @Nullable [] htmlBody(MAPIMessage message) {
    ByteChunk binary = message.getMainChunks().getHtmlBodyChunkBinary();
    if (binary != null && binary.getValue() != null && binary.getValue().length > 0) {
      return binary.getValue();
    }
    StringChunk unicode = message.getMainChunks().getHtmlBodyChunkString();
    return unicode == null || unicode.getValue() == null || unicode.getValue().isBlank() ? null
        : unicode.getValue().getBytes(StandardCharsets.UTF_8);
  }

  private static @Nullable String textBody(MAPIMessage message) {
    try {
      String text = message.getTextBody();
      return text == null || text.isBlank() ? null : text;
    } catch (ChunkNotFoundException e) {
      return null;
    }
  }

  private static String nameOf(AttachmentChunks a, int n) {
    for (StringChunk c : new StringChunk[] {a.getAttachLongFileName(), a.getAttachFileName(), a.getAttachDisplayName()}) {
      if (c != null && c.getValue() != null && !c.getValue().isBlank()) {
        return c.getValue().strip();
      }
    }
    return "附件" + n;
  }
}
