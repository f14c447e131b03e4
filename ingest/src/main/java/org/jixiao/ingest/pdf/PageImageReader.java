package org.jixiao.ingest.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.DocumentBuilder;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.FormatReader;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.ReadClock;
import org.jixiao.ingest.ocr.OcrProgress;
import org.jixiao.ingest.ocr.PagePhoto;
import org.jixiao.schema.WarningCode;
import org.jspecify.annotations.Nullable;

/**
 * Reads page images (PNG, JPEG, WebP, GIF, TIFF with one or more pages: a report scanned or photographed to image files) by
 * OCR, each image one page, laid out and joined exactly as the scanned pages of a PDF are (it lives
 * beside {@link PdfReader} for that reason). The resolution is the one that makes the image an A4 page.
 */
public final class PageImageReader implements FormatReader {
  /** The longer side of an A4 page, in inches: the page size assumed for an image without a resolution. */
  private static final double A4_LONG_INCH = 11.69;
  /**
   * The most pixels a page image may have: an A4 page at 600 dpi is 35 million, a phone's full-length screenshot of a
   * report (1080 px wide) about 20 million; a header claiming more (up to 16383² in a WebP) is refused before decoding.
   */
  private static final long MAX_PIXELS = 60_000_000L;

  @Override
  public Set<DocFormat> formats() {
    return Set.of(DocFormat.PNG, DocFormat.JPEG, DocFormat.TIFF, DocFormat.WEBP, DocFormat.GIF);
  }

  @Override
  public ParsedDocument read(Path file, DocFormat format, Limits limits) throws IngestException {
    String name = String.valueOf(file.getFileName());
    DocumentBuilder out = new DocumentBuilder(name, format, limits);
    List<PageInput> inputs = new ArrayList<>();
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        throw new IngestException(FailureKind.CORRUPT, "not a readable " + format + " image");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        int pages = reader.getNumImages(true);
        if (pages <= 0) {
          throw new IngestException(FailureKind.EMPTY, "the image file holds no image");
        }
        out.pageCount(pages);
        var numeric = org.jixiao.ingest.ocr.NumericMemory.forDocument();
        for (int i = 0; i < pages; i++) {
          if (Thread.interrupted()) {
            throw new IngestException(FailureKind.TIMEOUT, "interrupted at page " + (i + 1) + " of " + pages);
          }
          ReadClock.grant(file, ReadClock.OCR_PAGE);
          inputs.add(page(reader, i, pages, name, out, numeric));
        }
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw new IngestException(FailureKind.CORRUPT, "damaged image: " + e.getMessage(), e);
    }
    return PageWriter.write(inputs, inputs.size(), 0, PageFurniture.defaults(), out);
  }

  private static PageInput page(ImageReader reader, int index, int pages, String name, DocumentBuilder out,
      org.jixiao.ingest.ocr.NumericMemory numeric) throws IOException, IngestException {
    long t0 = System.nanoTime();
    long pixels = (long) reader.getWidth(index) * reader.getHeight(index);
    if (pixels > MAX_PIXELS) {
      throw new IngestException(FailureKind.TOO_LARGE, String.format(Locale.ROOT, "page %d is a %d × %d pixel image, over %d million pixels",
          index + 1, reader.getWidth(index), reader.getHeight(index), MAX_PIXELS / 1_000_000));
    }
    BufferedImage img = squarePixels(reader.read(index), pixelSizes(reader, index));
    Optional<BufferedImage> sheet = PagePhoto.straightened(img);
    if (sheet.isPresent()) {
      out.warn(WarningCode.PAGE_STRAIGHTENED, String.format(Locale.ROOT, "page %d is a photo of the sheet: its %d × %d pixel outline "
          + "straightened to a rectangle; locations are on the straightened sheet", index + 1, sheet.get().getWidth(), sheet.get().getHeight()),
          index + 1);
      img = sheet.get();
    }
    int dpi = dpi(img.getWidth(), img.getHeight());
    ScannedPage.Read r = ScannedPage.read(img, dpi, numeric);
    int pageNo = index + 1;
    OcrProgress.report(String.format(Locale.ROOT, "OCR %s page %d/%d: %d characters, %.1f s", name, pageNo, pages,
        r.glyphs().size(), (System.nanoTime() - t0) / 1e9));
    out.warn(WarningCode.PAGE_OCR, String.format(Locale.ROOT, "page %d read by OCR at %d dpi", pageNo, dpi), pageNo);
    if (r.turn() != 0) {
      out.warn(WarningCode.PAGE_TURNED, String.format(Locale.ROOT, "scanned page %d turned %d° clockwise to read it upright", pageNo, r.turn()), pageNo);
    }
    if (r.angle() != 0) {
      out.warn(WarningCode.PAGE_DESKEWED, String.format(Locale.ROOT, "scanned page %d levelled by %.1f°", pageNo, r.angle()), pageNo);
    }
    double s = 72.0 / dpi;
    PageFrame frame = r.frame(new PageFrame(0, 0, img.getWidth() * s, img.getHeight() * s, 0));
    return new PageInput(pageNo, frame, r.glyphs(), r.rulings(), 1, true);
  }

  /**
   * The image with square pixels: a fax is sent at 204 × 98 dpi (standard mode), so each stored pixel is twice as
   * tall as it is wide, and read as it is its characters are squashed to half their height. Rows are resampled to
   * the width's resolution when the file says its pixels are not square.
   */
  static BufferedImage squarePixels(BufferedImage img, double @Nullable [] pixelSize) {
    if (pixelSize == null || pixelSize[0] <= 0 || pixelSize[1] <= 0) {
      return img;
    }
    double ratio = pixelSize[1] / pixelSize[0];
    if (ratio > 0.9 && ratio < 1.1) {
      return img;
    }
    int h = (int) Math.round(img.getHeight() * ratio);
    BufferedImage out = new BufferedImage(img.getWidth(), h, BufferedImage.TYPE_BYTE_GRAY);
    java.awt.Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(img, 0, 0, img.getWidth(), h, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  /**
   * The stored width and height of a pixel (inverse resolutions across and down) of a TIFF page, where faxes come
   * from; null for other images or when the file does not say. Read as the TIFF's own rationals, not as text.
   */
  private static double @Nullable [] pixelSizes(ImageReader reader, int index) {
    try {
      javax.imageio.metadata.IIOMetadata md = reader.getImageMetadata(index);
      if (md == null || !"javax_imageio_tiff_image_1.0".equals(md.getNativeMetadataFormatName())) {
        return null;
      }
      javax.imageio.plugins.tiff.TIFFDirectory dir = javax.imageio.plugins.tiff.TIFFDirectory.createFromMetadata(md);
      javax.imageio.plugins.tiff.TIFFField x = dir.getTIFFField(javax.imageio.plugins.tiff.BaselineTIFFTagSet.TAG_X_RESOLUTION);
      javax.imageio.plugins.tiff.TIFFField y = dir.getTIFFField(javax.imageio.plugins.tiff.BaselineTIFFTagSet.TAG_Y_RESOLUTION);
      if (x == null || y == null || x.getAsDouble(0) <= 0 || y.getAsDouble(0) <= 0) {
        return null;
      }
      return new double[] {1 / x.getAsDouble(0), 1 / y.getAsDouble(0)};
    } catch (IOException | RuntimeException e) {
      return null; // metadata is a hint: an image whose metadata cannot be read is read as it is
    }
  }

  /**
   * Dots per inch, taking the image for an A4 page (portrait or landscape): the reports are A4, and a
   * resolution field is often missing or wrong in scanner output, while the pixel size is not.
   */
  static int dpi(int width, int height) {
    return (int) Math.clamp(Math.round(Math.max(width, height) / A4_LONG_INCH), 72, 1200);
  }
}
