package org.jixiao.ingest.pdf;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jixiao.schema.OcrRead;
import org.jixiao.schema.TableMethod;
import org.jspecify.annotations.Nullable;

/**
 * A table found on one page, before tables are joined across pages: column boundaries {@code xs}
 * and row boundaries {@code ys} (top-down page coordinates, ascending, one more than the columns
 * and rows), and the origin cells with their spans and text.
 */
record PageTable(int page, List<Double> xs, List<Double> ys, List<Cell> cells, TableMethod method) {
  PageTable {
    xs = List.copyOf(xs);
    ys = List.copyOf(ys);
    cells = List.copyOf(cells);
  }

  /**
   * One origin cell; {@code row, col} index the slots between {@code ys} and {@code xs}.
   *
   * @param textBottom the lowest baseline of its text (NaN when empty), to tell a row cut by a
   *     page break
   * @param size the largest font size of its text (0 when empty)
   * @param ocr its box and least character confidence when its glyphs were recognized by OCR, else null
   */
  record Cell(int row, int col, int rowSpan, int colSpan, String text, double textBottom, double size, @Nullable OcrRead ocr) {
    /** A cell of a text layer (no OCR reading). */
    Cell(int row, int col, int rowSpan, int colSpan, String text, double textBottom, double size) {
      this(row, col, rowSpan, colSpan, text, textBottom, size, null);
    }

    /**
     * A cell from its glyphs; {@code left} and {@code right} are its edges (its rulings), to tell a
     * line that wrapped (no room left for what follows: "10" over "0") from one ended by a line
     * break typed in the cell.
     */
    static Cell of(int row, int col, int rowSpan, int colSpan, List<Glyph> glyphs, double left, double right) {
      if (!glyphs.isEmpty() && glyphs.stream().allMatch(Glyph::upward)) {
        // a label drawn turned to read upwards, one glyph above the next (h226): it reads from the foot up
        String text = glyphs.stream().sorted(Comparator.comparingDouble(Glyph::top).reversed())
            .map(Glyph::text).collect(Collectors.joining());
        double bottom = glyphs.stream().mapToDouble(Glyph::baseline).max().orElse(Double.NaN);
        return new Cell(row, col, rowSpan, colSpan, text, bottom, glyphs.stream().mapToDouble(Glyph::size).max().orElse(0),
            ocrRead(glyphs));
      }
      List<TextLine> lines = TextLines.group(glyphs);
      double bottom = glyphs.stream().mapToDouble(Glyph::baseline).max().orElse(Double.NaN);
      double size = glyphs.stream().mapToDouble(Glyph::size).max().orElse(0);
      // the text keeps the same padding from both rulings: the nearest line start gives it
      double padding = lines.stream().mapToDouble(l -> l.x0() - left).min().orElse(0);
      double contentRight = right - Math.max(0, Math.min(padding, 0.5 * size));
      return new Cell(row, col, rowSpan, colSpan, TextLines.joinLines(lines, contentRight), bottom, size, ocrRead(glyphs));
    }

    /** The box and the least confidence of glyphs recognized by OCR; null for a text layer's glyphs. */
    static @Nullable OcrRead ocrRead(List<Glyph> glyphs) {
      if (glyphs.isEmpty() || glyphs.stream().allMatch(g -> g.confidence() >= Glyph.PRINTED)) {
        return null;
      }
      double x0 = glyphs.stream().mapToDouble(Glyph::x0).min().orElse(0);
      double x1 = glyphs.stream().mapToDouble(Glyph::x1).max().orElse(0);
      double y0 = glyphs.stream().mapToDouble(Glyph::top).min().orElse(0);
      double y1 = glyphs.stream().mapToDouble(Glyph::baseline).max().orElse(0);
      double conf = glyphs.stream().mapToDouble(Glyph::confidence).min().orElse(0);
      return new OcrRead(round(x0), round(y0), round(x1 - x0), round(y1 - y0), round(conf));
    }

    private static double round(double v) {
      return Math.round(v * 10) / 10.0;
    }
  }

  int rows() {
    return ys.size() - 1;
  }

  int cols() {
    return xs.size() - 1;
  }

  double top() {
    return ys.get(0);
  }

  double bottom() {
    return ys.get(ys.size() - 1);
  }

  double left() {
    return xs.get(0);
  }

  double right() {
    return xs.get(xs.size() - 1);
  }
}
