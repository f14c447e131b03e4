package org.jixiao.app.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jixiao.app.batch.Pipeline;
import org.jixiao.ingest.DocumentIngestor;
import org.jixiao.ingest.IngestOutcome;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.Box;
import org.jixiao.schema.StoredReport;
import org.jspecify.annotations.Nullable;

/**
 * 原件: a stored report's source file, reached by report id only (never by a path from the request), and only while
 * its content is still what was imported (its SHA-256, checked once per size and modification time). Read again
 * under import's per-file limits to show a table as read; a PDF page rendered with a value's box outlined.
 */
final class SourceFiles implements AutoCloseable {
  private static final float SCALE = 1.5f; // 108 dpi: a form's small print stays legible
  private static final int CACHED_DOCUMENTS = 8;

  private final DocumentIngestor ingestor;
  private final Map<String, String> verified = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, ParsedDocument> documents = new LinkedHashMap<>(16, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, ParsedDocument> eldest) {
      return size() > CACHED_DOCUMENTS;
    }
  };

  SourceFiles(Limits limits) {
    this.ingestor = DocumentIngestor.withDefaultReaders(limits);
  }

  /** The file behind report {@code id}, or why it cannot be shown. */
  sealed interface Found {
    record File(Path path) implements Found {}

    record Missing(String reason) implements Found {}
  }

  Found file(String id, StoredReport s) throws IOException {
    String sha = id.substring(0, 64);
    for (String p : s.paths()) {
      Path path = Path.of(p);
      if (!Files.isRegularFile(path)) {
        continue;
      }
      String stamp = path.toAbsolutePath() + "|" + Files.size(path) + "|" + Files.getLastModifiedTime(path);
      String hash = verified.get(stamp);
      if (hash == null) {
        hash = Pipeline.sha256(path);
        verified.put(stamp, hash);
      }
      if (hash.equals(sha)) {
        return new Found.File(path);
      }
    }
    return new Found.Missing("原文件已不在导入时的位置，或内容已改变（" + String.join("、", s.paths()) + "）");
  }

  /** The document as ingest reads it (cached), or null with the reason in {@code why}. */
  synchronized ParsedDocument document(String id, Path file) throws IOException {
    ParsedDocument doc = documents.get(id);
    if (doc != null) {
      return doc;
    }
    IngestOutcome out = ingestor.ingest(file);
    if (out instanceof IngestOutcome.Failed f) {
      throw new IOException(f.message());
    }
    doc = ((IngestOutcome.Parsed) out).document();
    documents.put(id, doc);
    return doc;
  }

  /** Page {@code page} (1-based) of a PDF as PNG, {@code box} outlined in red when given. */
  static byte[] pagePng(Path pdf, int page, @Nullable Box box) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      if (page < 1 || page > doc.getNumberOfPages()) {
        throw new Params.BadRequest("no page " + page + " in a file of " + doc.getNumberOfPages() + " pages");
      }
      BufferedImage img = new PDFRenderer(doc).renderImage(page - 1, SCALE, ImageType.RGB);
      if (box != null) {
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(220, 30, 30));
        g.setStroke(new BasicStroke(3));
        int pad = 2;
        g.drawRect(Math.round((float) box.x() * SCALE) - pad, Math.round((float) box.y() * SCALE) - pad,
            Math.round((float) box.width() * SCALE) + 2 * pad, Math.round((float) box.height() * SCALE) + 2 * pad);
        g.dispose();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(img, "png", out);
      return out.toByteArray();
    }
  }

  @Override
  public void close() {
    ingestor.close();
  }
}
