package org.jixiao.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.pdf.StreamTableFinder.Chunk;

/**
 * Cuts the chunks of a borderless table's lines that run over a column gap kept by the other
 * lines: header words set closer than a column gap ("分值 得分 偏差原因分析" over narrow number
 * columns), or a centred score followed by the start of a long remark ("3.5 部分报废…"). As
 * tabula's stream mode places words, not lines, into columns: a chunk is cut only at a gap between
 * its glyphs (a word gap), and only where the words on either side fall under different columns.
 * Columns are read from the solid chunks (no word gap inside), so a run-over chunk cannot widen
 * them.
 */
final class ColumnSplit {
  /**
   * A gap between glyphs wider than this many font sizes separates words (a space is about 0.28; CJK glyphs of one word
   * touch). Narrow, so that header words set all but touching ("序号 一级指标", a quarter of a font size apart) are two
   * words, parted where the body's columns part them.
   */
  static final double WORD_GAP = 0.12;

  private ColumnSplit() {}

  /** The lines' chunks with run-over chunks cut at the columns of the solid ones. */
  static List<List<Chunk>> split(List<List<Chunk>> lines) {
    List<List<Chunk>> solid = new ArrayList<>();
    for (List<Chunk> line : lines) {
      solid.add(line.stream().filter(c -> words(c, WORD_GAP).size() == 1).toList());
    }
    List<double[]> cols = StreamGrid.columns(solid);
    if (cols.size() < 2) {
      return lines;
    }
    List<List<Chunk>> out = new ArrayList<>();
    for (List<Chunk> line : lines) {
      List<Chunk> cut = new ArrayList<>();
      for (Chunk c : line) {
        cut.addAll(under(c, cols) > 1 ? cut(c, cols) : List.of(c));
      }
      out.add(cut);
    }
    return out;
  }

  /** How many columns the chunk lies under. */
  private static long under(Chunk c, List<double[]> cols) {
    return cols.stream().filter(col -> c.x0() < col[1] && c.x1() > col[0]).count();
  }

  /** The chunk cut between words under different columns; a word under none stays with the word before it. */
  private static List<Chunk> cut(Chunk c, List<double[]> cols) {
    List<Chunk> out = new ArrayList<>();
    List<Glyph> cur = new ArrayList<>();
    int curCol = -1;
    for (List<Glyph> word : words(c, WORD_GAP)) {
      int col = column(word, cols);
      if (!cur.isEmpty() && col >= 0 && curCol >= 0 && col != curCol) {
        out.add(chunk(cur));
        cur = new ArrayList<>();
      }
      if (col >= 0) {
        curCol = col;
      }
      cur.addAll(word);
    }
    out.add(chunk(cur));
    return out;
  }

  /** The column the word overlaps most, or -1 when it overlaps none. */
  private static int column(List<Glyph> word, List<double[]> cols) {
    double x0 = word.get(0).x0();
    double x1 = word.get(word.size() - 1).x1();
    int best = -1;
    double most = 0;
    for (int k = 0; k < cols.size(); k++) {
      double overlap = Math.min(x1, cols.get(k)[1]) - Math.max(x0, cols.get(k)[0]);
      if (overlap > most) {
        most = overlap;
        best = k;
      }
    }
    return best;
  }

  /** The chunk's glyphs in words: cut at gaps wider than {@code gap} font sizes. */
  private static List<List<Glyph>> words(Chunk c, double gap) {
    List<List<Glyph>> out = new ArrayList<>();
    List<Glyph> cur = new ArrayList<>();
    for (Glyph g : c.glyphs()) {
      if (!cur.isEmpty() && g.x0() - cur.get(cur.size() - 1).x1() > gap * g.size()) {
        out.add(cur);
        cur = new ArrayList<>();
      }
      cur.add(g);
    }
    out.add(cur);
    return out;
  }

  private static Chunk chunk(List<Glyph> glyphs) {
    TextLine l = TextLines.line(glyphs);
    return new Chunk(l.x0(), l.x1(), l.glyphs());
  }
}
