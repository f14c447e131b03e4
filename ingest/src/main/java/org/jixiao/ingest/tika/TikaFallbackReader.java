package org.jixiao.ingest.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.ToXMLContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.DocumentBuilder;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.FormatReader;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.html.HtmlReader;
import org.jsoup.Jsoup;
import org.xml.sax.SAXException;

/**
 * Reads {@link DocFormat#OTHER} files: Tika's XHTML, then the HTML model walk. Never OCRs: jixiao
 * depends on Tika's parser modules, not on {@code tika-parsers-standard-package}, so Tika's
 * TesseractOCRParser (tika-parser-ocr-module) is not on the class path, and the parse context also
 * turns the PDF parser's OCR and inline-image extraction off, so that an installed Tesseract never
 * makes Tika OCR an embedded image (each costs seconds). OCR is {@link org.jixiao.ingest.ocr}'s, and
 * only on pages without a text layer.
 */
public final class TikaFallbackReader implements FormatReader {
  private final AutoDetectParser parser = new AutoDetectParser();

  @Override
  public Set<DocFormat> formats() {
    return Set.of(DocFormat.OTHER);
  }

  /** The context of every parse: no OCR, no inline images, no recursion into embedded documents. */
  static ParseContext context() {
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    pdf.setExtractInlineImages(false);
    ParseContext context = new ParseContext();
    context.set(PDFParserConfig.class, pdf);
    return context;
  }

  @Override
  public ParsedDocument read(Path file, DocFormat format, Limits limits) throws IngestException {
    ToXMLContentHandler xhtml = new ToXMLContentHandler();
    // the XHTML markup roughly doubles the text: bound it at twice the character limit
    WriteOutContentHandler bounded = new WriteOutContentHandler(xhtml, 2 * limits.maxChars());
    Metadata metadata = new Metadata();
    try (InputStream in = TikaInputStream.get(file)) {
      parser.parse(in, bounded, metadata, context());
    } catch (EncryptedDocumentException e) {
      throw new IngestException(FailureKind.ENCRYPTED, "the document is password-protected", e);
    } catch (SAXException e) {
      if (WriteLimitReachedException.isWriteLimitReached(e)) {
        throw new IngestException(FailureKind.TOO_LARGE, "more than " + limits.maxChars() + " characters of text", e);
      }
      throw new IngestException(FailureKind.CORRUPT, "cannot parse: " + e.getMessage(), e);
    } catch (TikaException e) {
      throw new IngestException(FailureKind.CORRUPT, "cannot parse: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new IngestException(FailureKind.IO_ERROR, "cannot read: " + e.getMessage(), e);
    }
    DocumentBuilder doc = new DocumentBuilder(String.valueOf(file.getFileName()), DocFormat.OTHER, limits);
    doc.metadata("mediaType", metadata.get(Metadata.CONTENT_TYPE));
    return HtmlReader.read(Jsoup.parse(xhtml.toString()), doc);
  }
}
