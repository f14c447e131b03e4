package org.jixiao.ingest.ocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The text lines of one cell set side by side on one white strip, to be recognized as a single line.
 * A wrapped cell is one phrase broken by the column's width ("≥6.15亿" / "亩", "改造小区居民满" / "意度"):
 * read line by line, a lone character on the last line has no context and is misread (亩 as 军) or
 * dropped; on the strip it is read as the end of its phrase. Each recognized glyph is mapped back to
 * where it stands in the page.
 */
final class CellStrip {
  private final GreyImage image;
  private final List<int[]> lines;
  /** Where each line starts on the strip. */
  private final int[] starts;

  private CellStrip(GreyImage image, List<int[]> lines, int[] starts) {
    this.image = image;
    this.lines = lines;
    this.starts = starts;
  }

  /** The lines ({x0, y0, x1, y1} in {@code page}) side by side, vertically centred, a half line height apart. */
  static CellStrip of(GreyImage page, List<int[]> lines) {
    int height = 0;
    for (int[] l : lines) {
      height = Math.max(height, l[3] - l[1]);
    }
    int gap = Math.max(4, height / 2);
    int[] starts = new int[lines.size()];
    int width = 0;
    for (int i = 0; i < lines.size(); i++) {
      starts[i] = width;
      width += lines.get(i)[2] - lines.get(i)[0] + (i + 1 < lines.size() ? gap : 0);
    }
    byte[] px = new byte[Math.max(1, width) * Math.max(1, height)];
    Arrays.fill(px, (byte) 255);
    for (int i = 0; i < lines.size(); i++) {
      int[] l = lines.get(i);
      GreyImage crop = page.crop(l[0], l[1], l[2] - l[0], l[3] - l[1]);
      int dy = (height - crop.height()) / 2;
      for (int r = 0; r < crop.height(); r++) {
        System.arraycopy(crop.pixels(), r * crop.width(), px, (r + dy) * width + starts[i], crop.width());
      }
    }
    return new CellStrip(new GreyImage(Math.max(1, width), Math.max(1, height), px), lines, starts);
  }

  GreyImage image() {
    return image;
  }

  /** Glyphs recognized on the strip, moved back onto their lines in the page, each with its line's top and bottom. */
  List<OcrGlyph> back(List<OcrGlyph> onStrip) {
    List<OcrGlyph> out = new ArrayList<>(onStrip.size());
    for (OcrGlyph g : onStrip) {
      int centre = (g.x0() + g.x1()) / 2;
      int i = starts.length - 1;
      while (i > 0 && starts[i] > centre) {
        i--;
      }
      int[] l = lines.get(i);
      int dx = l[0] - starts[i];
      out.add(new OcrGlyph(g.text(), g.x0() + dx, g.x1() + dx, l[1], l[3], g.confidence()));
    }
    return out;
  }
}
