package org.jixiao.ingest.pdf;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.ClosedByInterruptException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.DocumentBuilder;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.FormatReader;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.WarningCode;

/**
 * Reads a PDF's text layer into paragraphs (with page numbers) and table grids (with spans and
 * per-cell pages), in reading order. A page with images and no usable text layer (a scan) is read by
 * OCR ({@link ScannedPage}), so a text PDF whose last pages are scans works too; pages with neither
 * text nor anything OCR reads fail as {@link FailureKind#NO_TEXT_LAYER}; password-protected files as {@link FailureKind#ENCRYPTED} (a PDF with
 * only an owner password opens and is read); damaged or truncated files as {@link
 * FailureKind#CORRUPT}.
 */
public final class PdfReader implements FormatReader {
  /** Heap PDFBox may use for decoded streams before spilling to a temp file. */
  private static final long MAIN_MEMORY = 32L * 1024 * 1024;
  /** Acrobat looks for %%EOF within the last 1024 bytes; without it the file was cut short. */
  private static final int EOF_WINDOW = 1024;

  private final PageFurniture furniture;
  /** A page whose one picture covers this share of it or more is a scan (its text, if any, a layer laid over it). */
  private static final double PICTURE_PAGE = 0.6;

  public PdfReader() {
    this(PageFurniture.defaults());
  }

  PdfReader(PageFurniture furniture) {
    this.furniture = furniture;
  }

  @Override
  public Set<DocFormat> formats() {
    return Set.of(DocFormat.PDF);
  }

  @Override
  public ParsedDocument read(Path file, DocFormat format, Limits limits) throws IngestException {
    requireEndMarker(file);
    try (PDDocument doc = Loader.loadPDF(file.toFile(), "", MemoryUsageSetting.setupMixed(MAIN_MEMORY).streamCache)) {
      return read(doc, file, limits);
    } catch (InvalidPasswordException e) {
      throw new IngestException(FailureKind.ENCRYPTED, "the PDF is password-protected (a password is needed to open it)", e);
    } catch (ClosedByInterruptException e) {
      throw new IngestException(FailureKind.TIMEOUT, "interrupted while reading", e);
    } catch (IOException e) {
      throw new IngestException(FailureKind.CORRUPT, "damaged PDF: " + e.getMessage(), e);
    }
  }

  private ParsedDocument read(PDDocument doc, Path file, Limits limits) throws IngestException, IOException {
    String name = String.valueOf(file.getFileName());
    DocumentBuilder out = new DocumentBuilder(name, DocFormat.PDF, limits);
    int pages = doc.getNumberOfPages();
    if (pages == 0) {
      throw new IngestException(FailureKind.EMPTY, "the PDF has no pages");
    }
    out.pageCount(pages);
    metadata(doc, out);
    PageTextCollector text = new PageTextCollector();
    ScanRenderer scans = new ScanRenderer(doc, file, pages);
    int unreadable = 0;
    int slanted = 0;
    int cropped = 0;
    int hidden = 0;
    FormFieldGlyphs fields = new FormFieldGlyphs(doc);
    int fieldCount = 0;
    // first pass: each page's glyphs and rulings (OCRed where it has no text layer), so that running
    // headers can be told from the whole document
    List<PageInput> inputs = new ArrayList<>(pages);
    for (int i = 0; i < pages; i++) {
      if (Thread.interrupted()) {
        throw new IngestException(FailureKind.TIMEOUT, "interrupted at page " + (i + 1) + " of " + pages);
      }
      int pageNo = i + 1;
      try {
        PDPage page = doc.getPage(i);
        PageFrame frame = PageFrame.of(page);
        RulingCollector rulings = new RulingCollector(page, frame);
        rulings.processPage(page);
        List<Glyph> glyphs = text.glyphs(doc, pageNo);
        slanted += text.slanted();
        cropped += text.cropped();
        hidden += text.hidden();
        Overprint.Registered registered = Overprint.registered(glyphs, text.formGlyphs(), rulings.rulings());
        if (registered.moved()) {
          glyphs = registered.glyphs();
          out.warn(WarningCode.OVERPRINT_REGISTERED, String.format(java.util.Locale.ROOT,
              "page %d: the data printed over the form stands %.1f pt %s and %.1f pt %s of it; read as registered", pageNo,
              Math.abs(registered.dx()), registered.dx() > 0 ? "left" : "right", Math.abs(registered.dy()),
              registered.dy() > 0 ? "up" : "down"), pageNo);
        }
        if (fields.any()) {
          FormFieldGlyphs.Read filled = fields.read(page, frame);
          if (!filled.glyphs().isEmpty()) {
            glyphs = java.util.stream.Stream.concat(glyphs.stream(), filled.glyphs().stream()).toList();
            fieldCount += filled.fields();
          }
        }
        MarkupGlyphs.Read marked = MarkupGlyphs.applied(page, frame, glyphs);
        if (marked.whiteOuts() + marked.notes() > 0) {
          glyphs = marked.glyphs();
          out.warn(WarningCode.MARKUP_APPLIED, "page " + pageNo + ": corrected with annotations (" + marked.whiteOuts()
              + " white-out(s), " + marked.notes() + " typed note(s)); read as the page shows them", pageNo);
        }
        if (ScannedPage.needsOcr(glyphs, rulings.images())) {
          inputs.add(scans.read(i, frame, rulings.images(), out));
        } else if (ScannedPage.outlinedText(glyphs, rulings.glyphShapes())) {
          // text converted to outlines (a print shop's 转曲 export): no font, no picture, characters drawn as paths (h289)
          out.warn(WarningCode.TEXT_AS_OUTLINES, "page " + pageNo + ": its text is drawn as outlines (no font); read by OCR"
              + " from the page's rendering", pageNo);
          inputs.add(scans.read(i, frame, rulings.images(), out));
        } else if (GarbledText.is(glyphs)) {
          // fonts without a Unicode map: the codes are no text; the page is read as a person sees it (h272)
          out.warn(WarningCode.TEXT_LAYER_GARBLED, "page " + pageNo + ": its text does not decode (fonts without a Unicode map);"
              + " read by OCR from the page's picture", pageNo);
          inputs.add(scans.read(i, frame, rulings.images(), out));
        } else if (rulings.rulings().isEmpty() && rulings.largestImageShare() >= PICTURE_PAGE && glyphs.size() >= ScannedPage.MIN_GLYPHS) {
          // a "searchable" scan: the page is a picture with the OCR text laid invisibly over it, so its table's lines
          // are in the picture only (h264): the lines found in the page's rendering, the text layer's glyphs
          List<Ruling> drawn = scans.pictureRulings(i, frame);
          if (!drawn.isEmpty()) {
            out.warn(WarningCode.PAGE_OCR, "page " + pageNo + ": a picture with a text layer; the table's lines were found in the picture", pageNo);
          }
          inputs.add(new PageInput(pageNo, frame, glyphs, drawn, rulings.images(), false));
        } else if (text.turn() != 0) {
          // a table set sideways on a portrait page (no /Rotate): the page is read turned, its text upright
          int turn = text.turn();
          out.warn(WarningCode.PAGE_TURNED, String.format(java.util.Locale.ROOT,
              "page %d: text set sideways (%d°), read with the page turned to it", pageNo, turn), pageNo);
          inputs.add(new PageInput(pageNo, frame.turned(turn), text.turned(turn, frame.width(), frame.height()),
              Rulings.turned(rulings.rulings(), turn, frame.width(), frame.height()), rulings.images(), false));
        } else {
          inputs.add(new PageInput(pageNo, frame, glyphs, rulings.rulings(), rulings.images(), false));
        }
      } catch (IOException | RuntimeException e) {
        unreadable++;
        out.warn(WarningCode.PAGE_UNREADABLE, "page " + pageNo + " could not be read: " + e, pageNo);
      }
    }
    if (fieldCount > 0) {
      out.warn(WarningCode.FORM_FIELDS_READ, fieldCount + " filled form field(s) read where they stand on their pages", null);
    }
    if (slanted > 0) {
      out.warn(WarningCode.SLANTED_TEXT_SKIPPED, slanted + " character(s) drawn at a slant (a watermark, a seal's ring) were not read", null);
    }
    if (hidden > 0) {
      out.warn(WarningCode.HIDDEN_LAYER_SKIPPED, hidden + " character(s) in layers switched off (neither shown nor printed) were not read", null);
    }
    if (cropped > 0) {
      out.warn(WarningCode.CROPPED_TEXT_SKIPPED, cropped + " character(s) outside the pages' crop box (hidden by the crop) were not read", null);
    }
    scans.requireEngineIfAllScanned(inputs.size());
    List<PageInput> printed = PrintedPageOrder.reordered(inputs);
    if (printed != inputs) {
      out.warn(WarningCode.PAGES_REORDERED, "pages read in the order they print their numbers (第 n 页 共 "
          + inputs.size() + " 页): stored as " + printed.stream().map(p -> String.valueOf(p.page())).toList(), null);
    }
    return PageWriter.write(printed, pages, unreadable, furniture, out);
  }

  private static void metadata(PDDocument doc, DocumentBuilder out) {
    PDDocumentInformation info = doc.getDocumentInformation();
    out.metadata("title", info.getTitle());
    out.metadata("author", info.getAuthor());
    out.metadata("creator", info.getCreator());
    out.metadata("producer", info.getProducer());
    out.metadata("encrypted", doc.isEncrypted() ? "true" : null);
    try {
      int attached = PdfAttachments.of(doc).size();
      out.metadata(ATTACHMENTS, attached > 0 ? String.valueOf(attached) : null);
    } catch (IOException | RuntimeException e) {
      out.warn(WarningCode.ATTACHMENTS_READ, "附件未能列出：" + e.getMessage(), null);
    }
  }

  @Override
  public void attachments(Path file, AttachmentSink sink) throws IOException, IngestException {
    try (PDDocument doc = Loader.loadPDF(file.toFile(), "", MemoryUsageSetting.setupMixed(MAIN_MEMORY).streamCache)) {
      for (PdfAttachments.Attached a : PdfAttachments.of(doc)) {
        try (var in = a.file().createInputStream()) {
          sink.accept(a.name(), in);
        }
      }
    }
  }

  /** Fails as CORRUPT when the file lacks the %%EOF marker near its end (cut short in transfer). */
  private static void requireEndMarker(Path file) throws IngestException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
      long len = raf.length();
      int n = (int) Math.min(len, EOF_WINDOW);
      byte[] tail = new byte[n];
      raf.seek(len - n);
      raf.readFully(tail);
      if (!new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
        throw new IngestException(FailureKind.CORRUPT, "truncated PDF: no %%EOF marker at the end of the file");
      }
    } catch (IOException e) {
      throw new IngestException(FailureKind.IO_ERROR, "cannot read: " + e.getMessage(), e);
    }
  }
}
