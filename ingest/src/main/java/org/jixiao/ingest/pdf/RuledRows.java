package org.jixiao.ingest.pdf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A borderless table whose rows are ruled: horizontal rules under every row and no vertical ones, as Apple Pages,
 * Keynote and many Word table styles print them (h517). The columns are the text's, found by {@link StreamGrid}; the
 * rows are the bands between the rules, so a row's cells wrapping over several lines (a name over three lines, its
 * figures on the middle one) are one row. A rule that stops short of a column (drawn only under the cells that are not
 * merged) leaves that column's cell running on into the band below: the 一级 name centred in its merged group spans
 * the group's rows, as in a ruled grid.
 *
 * <p>Conservative: only when at least {@value #MIN_RULES} rules cross the table, and never when a band holds two lines
 * with a figure in the same column (two rows under one rule: rules between groups only, as a three-line table with rules
 * between its 一级 groups prints them, h205).
 */
final class RuledRows {
  static final int MIN_RULES = 4;
  /** Rules this close (in points) are one. */
  private static final double SAME_RULE = 1.5;
  /** A rule reaching over this share of the table's width crosses it. */
  private static final double CROSSING = 0.4;

  private RuledRows() {}

  /**
   * The stream table {@code table} regrouped by the horizontal rules among {@code rulings}, or {@code table} itself when
   * its rows are not ruled. {@code lines} are the page's text lines; those inside the table are its text.
   */
  static PageTable regroup(PageTable table, Collection<TextLine> lines, List<Ruling> rulings) {
    double size = lines.stream().mapToDouble(TextLine::size).max().orElse(10);
    double width = table.right() - table.left();
    List<Ruling> rules = rulings.stream()
        .filter(r -> r.horizontal() && r.at() > table.top() - 2 * size && r.at() < table.bottom() + 2 * size)
        .filter(r -> Math.min(r.to(), table.right()) - Math.max(r.from(), table.left()) > CROSSING * width)
        .sorted(Comparator.comparingDouble(Ruling::at))
        .toList();
    List<List<Ruling>> levels = levels(rules);
    if (levels.size() < MIN_RULES) {
      return table;
    }
    List<TextLine> inside = lines.stream()
        .filter(l -> (l.top() + l.bottom()) / 2 > table.top() - 1 && (l.top() + l.bottom()) / 2 < table.bottom() + 1)
        .toList();
    List<Double> ys = new ArrayList<>();
    double first = at(levels.get(0));
    double last = at(levels.get(levels.size() - 1));
    if (inside.stream().anyMatch(l -> l.bottom() < first)) {
      ys.add(Math.min(table.top(), first - size)); // a header above the first rule
    }
    levels.forEach(level -> ys.add(at(level)));
    if (inside.stream().anyMatch(l -> l.top() > last)) {
      ys.add(Math.max(table.bottom(), last + size));
    }
    List<List<Ruling>> bounds = new ArrayList<>(levels);
    if (ys.get(0) < first) {
      bounds.add(0, List.of()); // the open top: no rule, splitting nothing
    }
    List<Double> xs = table.xs();
    int rows = ys.size() - 1;
    int cols = xs.size() - 1;
    List<List<List<Glyph>>> slots = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      List<List<Glyph>> row = new ArrayList<>();
      for (int c = 0; c < cols; c++) {
        row.add(new ArrayList<>());
      }
      slots.add(row);
    }
    for (TextLine l : inside) {
      int r = slot(ys, (l.top() + l.bottom()) / 2);
      for (Glyph g : l.glyphs()) {
        // a glyph past the outer columns' edges is in the outer column
        int c = g.centreX() < xs.get(0) ? 0 : g.centreX() >= xs.get(cols) ? cols - 1 : slot(xs, g.centreX());
        slots.get(r).get(c).add(g);
      }
    }
    if (!onePerBand(slots)) {
      return table;
    }
    List<PageTable.Cell> cells = new ArrayList<>();
    for (int c = 0; c < cols; c++) {
      int start = 0;
      for (int r = 0; r < rows; r++) {
        boolean closes = r == rows - 1 || splits(bounds.get(r + 1), xs.get(c), xs.get(c + 1));
        if (closes) {
          List<Glyph> glyphs = new ArrayList<>();
          for (int k = start; k <= r; k++) {
            glyphs.addAll(slots.get(k).get(c));
          }
          if (!glyphs.isEmpty()) {
            cells.add(PageTable.Cell.of(start, c, r - start + 1, 1, glyphs, xs.get(c), xs.get(c + 1)));
          }
          start = r + 1;
        }
      }
    }
    cells.sort(Comparator.comparingInt(PageTable.Cell::row).thenComparingInt(PageTable.Cell::col));
    return new PageTable(table.page(), xs, ys, cells, table.method());
  }

  /** Rules at one height, top down: a rule drawn in pieces (stopping at merged cells) is one level. */
  private static List<List<Ruling>> levels(List<Ruling> rules) {
    List<List<Ruling>> out = new ArrayList<>();
    for (Ruling r : rules) {
      if (!out.isEmpty() && r.at() - at(out.get(out.size() - 1)) <= SAME_RULE) {
        out.get(out.size() - 1).add(r);
      } else {
        out.add(new ArrayList<>(List.of(r)));
      }
    }
    return out;
  }

  private static double at(List<Ruling> level) {
    return level.get(0).at();
  }

  /** Whether a rule of this level runs under the column {@code [x0, x1]}. */
  private static boolean splits(List<Ruling> level, double x0, double x1) {
    return level.stream().anyMatch(r -> r.covers(x0, x1));
  }

  /** The slot of {@code v} between consecutive {@code edges}, or -1 outside them. */
  private static int slot(List<Double> edges, double v) {
    for (int k = 0; k + 1 < edges.size(); k++) {
      if (v >= edges.get(k) && v < edges.get(k + 1)) {
        return k;
      }
    }
    return -1;
  }

  /** No band holds two lines with a figure in one column: each band is one row, not a group of rows. */
  private static boolean onePerBand(List<List<List<Glyph>>> slots) {
    for (List<List<Glyph>> row : slots) {
      for (List<Glyph> cell : row) {
        if (figureLines(cell) > 1) {
          return false;
        }
      }
    }
    return true;
  }

  /** Lines of a cell's glyphs that are figures alone ("96.52", "4"). */
  private static int figureLines(List<Glyph> glyphs) {
    int n = 0;
    for (TextLine l : TextLines.group(glyphs)) {
      if (isFigure(l.text())) {
        n++;
      }
    }
    return n;
  }

  private static boolean isFigure(@Nullable String text) {
    String t = text == null ? "" : text.strip();
    boolean digit = false;
    for (char ch : t.toCharArray()) {
      if (Character.isDigit(ch)) {
        digit = true;
      } else if (",.%‰-+，．％".indexOf(ch) < 0) {
        return false;
      }
    }
    return digit;
  }
}
