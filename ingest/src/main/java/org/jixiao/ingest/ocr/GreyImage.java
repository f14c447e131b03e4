package org.jixiao.ingest.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * An 8-bit grey page image (0 black … 255 white), row by row. Built from colour by taking each
 * pixel's brightest channel: black print stays black while a red or blue seal stamped over it turns
 * almost white, so the seal neither breaks ruling lines nor reaches the recognizer.
 */
public record GreyImage(int width, int height, byte[] pixels) {
  public GreyImage {
    if (width <= 0 || height <= 0 || pixels.length != width * height) {
      throw new IllegalArgumentException("bad image " + width + "x" + height);
    }
  }

  public static GreyImage of(BufferedImage img) {
    int w = img.getWidth();
    int h = img.getHeight();
    byte[] px = new byte[w * h];
    if (img.getType() == BufferedImage.TYPE_BYTE_GRAY) {
      byte[] src = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
      if (src.length == px.length) {
        return new GreyImage(w, h, src.clone());
      }
    }
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      img.getRGB(0, y, w, 1, row, 0, w);
      for (int x = 0; x < w; x++) {
        int argb = row[x];
        int a = argb >>> 24;
        int v = Math.max((argb >> 16) & 0xFF, Math.max((argb >> 8) & 0xFF, argb & 0xFF));
        // transparent pixels are paper
        px[y * w + x] = (byte) (a < 128 ? 255 : v);
      }
    }
    return new GreyImage(w, h, px);
  }

  public int at(int x, int y) {
    return pixels[y * width + x] & 0xFF;
  }

  /** The region clamped to the image (at least 1×1). */
  public GreyImage crop(int x, int y, int w, int h) {
    int x0 = Math.clamp(x, 0, width - 1);
    int y0 = Math.clamp(y, 0, height - 1);
    int cw = Math.max(1, Math.min(w - (x0 - x), width - x0));
    int ch = Math.max(1, Math.min(h - (y0 - y), height - y0));
    byte[] out = new byte[cw * ch];
    for (int r = 0; r < ch; r++) {
      System.arraycopy(pixels, (y0 + r) * width + x0, out, r * cw, cw);
    }
    return new GreyImage(cw, ch, out);
  }

  /** Resized by {@code factor} (bilinear); itself when the factor is 1. */
  public GreyImage scaled(double factor) {
    if (factor == 1) {
      return this;
    }
    int w = Math.max(1, (int) Math.round(width * factor));
    int h = Math.max(1, (int) Math.round(height * factor));
    BufferedImage dst = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = dst.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(toBufferedImage(), 0, 0, w, h, null);
    } finally {
      g.dispose();
    }
    return of(dst);
  }

  /** This image inside a white margin of {@code pad} pixels. */
  public GreyImage padded(int pad) {
    int w = width + 2 * pad;
    int h = height + 2 * pad;
    byte[] out = new byte[w * h];
    java.util.Arrays.fill(out, (byte) 255);
    for (int r = 0; r < height; r++) {
      System.arraycopy(pixels, r * width, out, (r + pad) * w + pad, width);
    }
    return new GreyImage(w, h, out);
  }

  /**
   * This image with {@code right} joined on at its right edge, moved up by {@code dy} pixels (down when negative), as
   * high as this one; where the moved image does not reach, paper.
   */
  public GreyImage beside(GreyImage right, int dy) {
    int w = width + right.width;
    byte[] out = new byte[w * height];
    java.util.Arrays.fill(out, (byte) 255);
    for (int y = 0; y < height; y++) {
      System.arraycopy(pixels, y * width, out, y * w, width);
      int ry = y + dy;
      if (ry >= 0 && ry < right.height) {
        System.arraycopy(right.pixels, ry * right.width, out, y * w + width, right.width);
      }
    }
    return new GreyImage(w, height, out);
  }

  /** A copy with the given rectangles painted white (x0, y0, x1, y1 each). */
  public GreyImage whitened(java.util.List<int[]> boxes) {
    byte[] out = pixels.clone();
    for (int[] b : boxes) {
      for (int y = Math.max(0, b[1]); y < Math.min(height, b[3]); y++) {
        java.util.Arrays.fill(out, y * width + Math.max(0, b[0]), y * width + Math.min(width, b[2]), (byte) 255);
      }
    }
    return new GreyImage(width, height, out);
  }

  /**
   * The page with its paper made white: each pixel divided by the brightness of the paper around it
   * (the 90th percentile of its tile of {@code tile} pixels, interpolated between tile centres). A
   * photocopy darkens towards its edges and a yellowed page is grey after the seal-dropping
   * conversion; print on a grey of 200 sits at any single threshold, where on flattened paper it does not.
   */
  public GreyImage flattened(int tile) {
    int tw = (width + tile - 1) / tile;
    int th = (height + tile - 1) / tile;
    int[] paper = new int[tw * th];
    int[] hist = new int[256];
    for (int ty = 0; ty < th; ty++) {
      for (int tx = 0; tx < tw; tx++) {
        java.util.Arrays.fill(hist, 0);
        int n = 0;
        for (int y = ty * tile; y < Math.min(height, (ty + 1) * tile); y++) {
          for (int x = tx * tile; x < Math.min(width, (tx + 1) * tile); x++) {
            hist[pixels[y * width + x] & 0xFF]++;
            n++;
          }
        }
        int v = 255;
        for (int seen = 0; v > 0 && (seen += hist[v]) < n / 10; ) {
          v--;
        }
        paper[ty * tw + tx] = Math.max(v, 1);
      }
    }
    byte[] out = new byte[pixels.length];
    for (int y = 0; y < height; y++) {
      double fy = Math.clamp((y + 0.5) / tile - 0.5, 0, th - 1);
      int y0 = (int) fy;
      int y1 = Math.min(th - 1, y0 + 1);
      double wy = fy - y0;
      for (int x = 0; x < width; x++) {
        double fx = Math.clamp((x + 0.5) / tile - 0.5, 0, tw - 1);
        int x0 = (int) fx;
        int x1 = Math.min(tw - 1, x0 + 1);
        double wx = fx - x0;
        double bg = (1 - wy) * ((1 - wx) * paper[y0 * tw + x0] + wx * paper[y0 * tw + x1])
            + wy * ((1 - wx) * paper[y1 * tw + x0] + wx * paper[y1 * tw + x1]);
        int v = (int) Math.round((pixels[y * width + x] & 0xFF) * 255.0 / bg);
        out[y * width + x] = (byte) Math.min(255, v);
      }
    }
    return new GreyImage(width, height, out);
  }

  /** Turned clockwise by a quarter turn, a half or three quarters ({@code degrees} 90, 180, 270): exact, no resampling. */
  public GreyImage turned(int degrees) {
    int w = degrees == 180 ? width : height;
    int h = degrees == 180 ? height : width;
    byte[] out = new byte[pixels.length];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int nx;
        int ny;
        switch (degrees) {
          case 90 -> { nx = height - 1 - y; ny = x; }
          case 180 -> { nx = width - 1 - x; ny = height - 1 - y; }
          case 270 -> { nx = y; ny = width - 1 - x; }
          default -> throw new IllegalArgumentException("not a quarter turn: " + degrees);
        }
        out[ny * w + nx] = pixels[y * width + x];
      }
    }
    return new GreyImage(w, h, out);
  }

  /** Turned by {@code degrees} (clockwise positive) about the centre, same size, corners white. */
  public GreyImage rotated(double degrees) {
    BufferedImage src = toBufferedImage();
    BufferedImage dst = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = dst.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(src, AffineTransform.getRotateInstance(Math.toRadians(degrees), width / 2.0, height / 2.0), null);
    } finally {
      g.dispose();
    }
    return of(dst);
  }

  BufferedImage toBufferedImage() {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    System.arraycopy(pixels, 0, ((DataBufferByte) img.getRaster().getDataBuffer()).getData(), 0, pixels.length);
    return img;
  }
}
