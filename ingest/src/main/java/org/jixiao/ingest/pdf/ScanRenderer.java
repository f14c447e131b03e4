package org.jixiao.ingest.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jixiao.ingest.DocumentBuilder;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.ReadClock;
import org.jixiao.ingest.ocr.OcrProgress;
import org.jixiao.schema.WarningCode;
import org.jspecify.annotations.Nullable;

/**
 * Renders the scanned pages of one PDF with PDFBox, at a resolution chosen for the page size
 * ({@link ScannedPage#dpi}), and OCRs them, reporting a line per page. Without the OCR engine a
 * scanned page is skipped with a warning; when every page was a scan, the file fails as {@link
 * FailureKind#OCR_UNAVAILABLE} naming the packages to install.
 */
final class ScanRenderer {
  private final PDFRenderer renderer;
  private final Path file;
  private final String name;
  private final int pages;
  /** The scanned pages' numeric columns, carried from a table's first page to its continuations. */
  private final org.jixiao.ingest.ocr.NumericMemory numeric = org.jixiao.ingest.ocr.NumericMemory.forDocument();
  private int scanned;
  private @Nullable IngestException missing;

  ScanRenderer(PDDocument doc, Path file, int pages) {
    this.renderer = new PDFRenderer(doc);
    this.file = file;
    this.name = String.valueOf(file.getFileName());
    this.pages = pages;
  }

  /**
   * The ruling lines drawn in the picture of page {@code index} (a scan with a text layer), in the page's points; none
   * when the picture is skewed or holds more ink than paper. Needs no OCR engine.
   */
  List<Ruling> pictureRulings(int index, PageFrame frame) throws IOException {
    int dpi = ScannedPage.dpi(frame.width(), frame.height());
    var image = org.jixiao.ingest.ocr.GreyImage.of(renderer.renderImageWithDPI(index, dpi, ImageType.GRAY));
    double s = 72.0 / dpi;
    List<Ruling> out = new java.util.ArrayList<>();
    for (var seg : org.jixiao.ingest.ocr.PageScanner.rulings(image, dpi)) {
      out.add(new Ruling(seg.horizontal(), seg.at() * s, seg.from() * s, seg.to() * s));
    }
    return out;
  }

  /** The page at {@code index}, read by OCR (or empty, with a warning, when the engine is missing). */
  PageInput read(int index, PageFrame frame, int images, DocumentBuilder out) throws IOException, IngestException {
    int pageNo = index + 1;
    scanned++;
    if (missing == null) {
      ReadClock.grant(file, ReadClock.OCR_PAGE);
      long t0 = System.nanoTime();
      int dpi = ScannedPage.dpi(frame.width(), frame.height());
      try {
        ScannedPage.Read r = ScannedPage.read(renderer.renderImageWithDPI(index, dpi, ImageType.RGB), dpi, numeric);
        OcrProgress.report(String.format(Locale.ROOT, "OCR %s page %d/%d: %d characters, %.1f s", name, pageNo, pages,
            r.glyphs().size(), (System.nanoTime() - t0) / 1e9));
        out.warn(WarningCode.PAGE_OCR, String.format(Locale.ROOT, "page %d read by OCR at %d dpi", pageNo, dpi), pageNo);
        if (r.turn() != 0) {
          out.warn(WarningCode.PAGE_TURNED, String.format(Locale.ROOT, "scanned page %d turned %d° clockwise to read it upright", pageNo, r.turn()), pageNo);
        }
        if (r.angle() != 0) {
          out.warn(WarningCode.PAGE_DESKEWED, String.format(Locale.ROOT, "scanned page %d levelled by %.1f°", pageNo, r.angle()), pageNo);
        }
        return new PageInput(pageNo, r.frame(frame), r.glyphs(), r.rulings(), images, true);
      } catch (IngestException e) {
        if (e.kind() != FailureKind.OCR_UNAVAILABLE) {
          throw e;
        }
        missing = e;
      }
    }
    out.warn(WarningCode.PAGE_UNREADABLE, "page " + pageNo + " is scanned and was not read: " + missing.getMessage(), pageNo);
    return new PageInput(pageNo, frame, List.of(), List.of(), images, true);
  }

  /** Fails as OCR_UNAVAILABLE when the engine was missing and every page read was a scan. */
  void requireEngineIfAllScanned(int read) throws IngestException {
    if (missing != null && scanned == read) {
      throw missing;
    }
  }
}
