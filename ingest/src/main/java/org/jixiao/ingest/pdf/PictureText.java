package org.jixiao.ingest.pdf;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import org.jixiao.ingest.DocumentBuilder;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.ocr.OcrProgress;
import org.jixiao.schema.WarningCode;

/**
 * 图片中的表: a picture inside a document without pages (a stamped 自评表 scanned or screenshotted into a Word file,
 * h262), read by OCR as a scanned page is and laid out by the same pass (ruled tables, merged cells), its blocks written
 * where the picture stands. Small pictures (icons, logos, a seal alone) are not read; without an OCR engine the
 * picture is said and not read, and the rest of the document is.
 */
public final class PictureText {
  /** Pictures whose longer side has fewer pixels than this hold no table worth reading. */
  static final int MIN_LONG_SIDE = 600;

  private PictureText() {}

  /**
   * Whether a picture may hold a table or a page of text: large enough, and looking like a printed page — mostly paper
   * white, little in the middle tones — not like a photograph (a report's 活动照片 would cost an OCR pass for nothing).
   */
  public static boolean worthReading(BufferedImage picture) {
    int w = picture.getWidth();
    int h = picture.getHeight();
    if (Math.max(w, h) < MIN_LONG_SIDE || Math.min(w, h) < MIN_LONG_SIDE / 4) {
      return false;
    }
    int samples = 0;
    int paper = 0;
    int middle = 0;
    int stepX = Math.max(1, w / 160);
    int stepY = Math.max(1, h / 160);
    for (int y = 0; y < h; y += stepY) {
      for (int x = 0; x < w; x += stepX) {
        int rgb = picture.getRGB(x, y);
        int lum = (299 * (rgb >> 16 & 0xFF) + 587 * (rgb >> 8 & 0xFF) + 114 * (rgb & 0xFF)) / 1000;
        samples++;
        paper += lum >= PAPER ? 1 : 0;
        middle += lum > INK && lum < PAPER ? 1 : 0;
      }
    }
    return paper >= MIN_PAPER_SHARE * samples && middle <= MAX_MIDDLE_SHARE * samples;
  }

  /** A line of 五号 (10.5 pt) Chinese print is about this tall in ink (inches): 0.8 of its size, as measured on scans. */
  private static final double LINE_INK_INCH = 10.5 * 0.8 / 72;

  /**
   * The resolution a picture of unknown print size was made at, from the height of its lines of text (a screenshot of a
   * table is no A4 page: taken as one, a 180 dpi picture was read as 134 dpi and its cells enlarged and blurred, h294).
   * Rows of pixels with clearly more ink than the vertical rulings give every row make bands; bands of 6 pixels or more
   * that are no ruling are text lines; their median height is a line of 五号 print. Empty when fewer than five lines.
   */
  static java.util.Optional<Integer> textDpi(BufferedImage picture) {
    int w = picture.getWidth();
    int h = picture.getHeight();
    int[] ink = new int[h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int rgb = picture.getRGB(x, y);
        if ((299 * (rgb >> 16 & 0xFF) + 587 * (rgb >> 8 & 0xFF) + 114 * (rgb & 0xFF)) / 1000 < 128) {
          ink[y]++;
        }
      }
    }
    int[] sorted = ink.clone();
    java.util.Arrays.sort(sorted);
    int floor = sorted[h / 4] + Math.max(3, w / 50);
    List<Integer> bands = new java.util.ArrayList<>();
    for (int y = 0; y < h; ) {
      if (ink[y] <= floor || ink[y] > RULING_SHARE * w) {
        y++;
        continue;
      }
      int start = y;
      while (y < h && ink[y] > floor && ink[y] <= RULING_SHARE * w) {
        y++;
      }
      if (y - start >= MIN_LINE_PX) {
        bands.add(y - start);
      }
    }
    if (bands.size() < MIN_LINES) {
      return java.util.Optional.empty();
    }
    bands.sort(null);
    return java.util.Optional.of((int) Math.clamp(Math.round(bands.get(bands.size() / 2) / LINE_INK_INCH), 72, 600));
  }

  /** A row of pixels inked across more than this share of the picture is a ruling, not text. */
  private static final double RULING_SHARE = 0.7;
  private static final int MIN_LINE_PX = 6;
  private static final int MIN_LINES = 5;

  /** Luminance at or above which a sample is paper, at or below which it is ink. */
  private static final int PAPER = 200;
  private static final int INK = 90;
  private static final double MIN_PAPER_SHARE = 0.55;
  private static final double MAX_MIDDLE_SHARE = 0.30;

  /**
   * Reads {@code picture}, shown {@code shownInches} wide in its document (0 when unknown, then taken as an A4
   * page's width), into {@code out}; {@code where} names it in messages. False when no OCR engine could read it.
   */
  public static boolean read(BufferedImage picture, double shownInches, String where, DocumentBuilder out) throws IngestException {
    int dpi = shownInches > 0 ? (int) Math.clamp(Math.round(picture.getWidth() / shownInches), 72, 1200)
        : textDpi(picture).orElseGet(() -> PageImageReader.dpi(picture.getWidth(), picture.getHeight()));
    long t0 = System.nanoTime();
    ScannedPage.Read r;
    try {
      r = ScannedPage.read(picture, dpi);
    } catch (IngestException e) {
      if (e.kind() == FailureKind.OCR_UNAVAILABLE) {
        out.warn(WarningCode.IMAGES_NOT_READ, where + " not read: " + e.getMessage(), null);
        return false;
      }
      throw e;
    }
    OcrProgress.report(String.format(Locale.ROOT, "OCR %s: %d characters, %.1f s", where, r.glyphs().size(),
        (System.nanoTime() - t0) / 1e9));
    out.warn(WarningCode.PAGE_OCR, String.format(Locale.ROOT, "%s read by OCR at %d dpi", where, dpi), null);
    double s = 72.0 / dpi;
    PageFrame frame = r.frame(new PageFrame(0, 0, picture.getWidth() * s, picture.getHeight() * s, 0));
    PageLayout layout = PageLayout.of(1, frame, r.glyphs(), r.rulings(), PageFurniture.defaults(), RunningLines.none(), null)
        .scanned();
    LayoutWriter writer = new LayoutWriter(out, false);
    writer.page(layout);
    writer.flush();
    return true;
  }
}
