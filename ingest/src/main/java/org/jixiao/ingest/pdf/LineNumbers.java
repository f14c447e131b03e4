package org.jixiao.ingest.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * 行号: the line numbers a draft prints down its left margin (Word's line numbering on a 征求意见稿), left out so that they
 * do not run into the text ("…果品产业6 发展服务中心", "60分" read "6019 分", h444). A page's numbers are the first words of
 * its lines that are whole numbers standing a character's width apart from the rest, in one column left of everything
 * else on the page and of every ruling (a table's 序号 column has its border and its header there), rising down the page
 * mostly by one, beside lines of prose rather than of cells. A page numbers five lines at least to set the column;
 * another page's numbers in that column (a last page of two lines) go too.
 */
final class LineNumbers {
  /** The fewest numbered lines that show a page's column of line numbers. */
  private static final int MIN_LINES = 5;
  /** A gap wider than this many font sizes inside a line parts cells, not words. */
  private static final double CELL_GAP = 2.0;

  private LineNumbers() {}

  /** The pages with their line numbers left out, and how many were. */
  record Stripped(List<PageInput> pages, int numbers) {}

  /** A page's candidate numbers: each line's leading whole number, standing apart, top to bottom. */
  private record Leading(List<Glyph> glyphs, int value, double x0, double x1, double size, boolean rest, boolean prose) {}

  static Stripped strip(List<PageInput> pages) {
    List<List<Leading>> found = new ArrayList<>();
    double columnX1 = Double.NaN;
    double columnSize = Double.NaN;
    for (PageInput p : pages) {
      List<Leading> leading = leading(p.glyphs());
      found.add(leading);
      if (Double.isNaN(columnX1) && leading.size() >= MIN_LINES && column(leading) && rising(leading) && prose(leading)
          && apart(p, leading, false)) {
        columnX1 = leading.stream().mapToDouble(Leading::x1).max().orElseThrow();
        columnSize = leading.stream().mapToDouble(Leading::size).max().orElseThrow();
      }
    }
    if (Double.isNaN(columnX1)) {
      return new Stripped(pages, 0);
    }
    List<PageInput> out = new ArrayList<>(pages.size());
    int numbers = 0;
    for (int i = 0; i < pages.size(); i++) {
      PageInput p = pages.get(i);
      double x1 = columnX1;
      double size = columnSize;
      List<Leading> inColumn = found.get(i).stream().filter(l -> Math.abs(l.x1() - x1) <= size).toList();
      if (inColumn.isEmpty() || !rising(inColumn) || !apart(p, inColumn, true)) {
        out.add(p);
        continue;
      }
      Set<Glyph> gone = Collections.newSetFromMap(new IdentityHashMap<>());
      inColumn.forEach(l -> gone.addAll(l.glyphs()));
      List<Glyph> kept = p.glyphs().stream().filter(g -> !gone.contains(g)).toList();
      out.add(new PageInput(p.page(), p.frame(), kept, p.rulings(), p.images(), p.scanned()));
      numbers += inColumn.size();
    }
    return new Stripped(out, numbers);
  }

  private static List<Leading> leading(List<Glyph> glyphs) {
    List<Leading> out = new ArrayList<>();
    for (TextLine line : TextLines.group(glyphs)) {
      List<Glyph> g = line.glyphs(); // left to right
      int n = 0;
      while (n < g.size() && n < 4 && digit(g.get(n)) && (n == 0 || g.get(n).x0() - g.get(n - 1).x1() < 0.3 * g.get(n).size())) {
        n++;
      }
      if (n == 0 || n < g.size() && g.get(n).x0() - g.get(n - 1).x1() < 0.8 * g.get(n).size()) { // a longer number, a word
        continue;
      }
      List<Glyph> number = g.subList(0, n);
      int value = 0;
      for (Glyph d : number) {
        value = 10 * value + (d.text().charAt(0) - '0');
      }
      out.add(new Leading(number, value, number.getFirst().x0(), number.getLast().x1(),
          number.stream().mapToDouble(Glyph::size).max().orElseThrow(), n < g.size(), n < g.size() && oneRun(g.subList(n, g.size()))));
    }
    return out;
  }

  private static boolean digit(Glyph g) {
    return g.text().length() == 1 && g.text().charAt(0) >= '0' && g.text().charAt(0) <= '9';
  }

  /** Text with no gap as wide as a cell's: a line of prose. */
  private static boolean oneRun(List<Glyph> g) {
    for (int i = 1; i < g.size(); i++) {
      if (g.get(i).x0() - g.get(i - 1).x1() > CELL_GAP * g.get(i).size()) {
        return false;
      }
    }
    return true;
  }

  /** Right-aligned (or left-aligned) within a character's width. */
  private static boolean column(List<Leading> l) {
    double size = l.stream().mapToDouble(Leading::size).max().orElseThrow();
    double x1Spread = l.stream().mapToDouble(Leading::x1).max().orElseThrow() - l.stream().mapToDouble(Leading::x1).min().orElseThrow();
    double x0Spread = l.stream().mapToDouble(Leading::x0).max().orElseThrow() - l.stream().mapToDouble(Leading::x0).min().orElseThrow();
    return x1Spread <= size || x0Spread <= 0.6 * size;
  }

  /** Rising down the page, by one at least four times in five. */
  private static boolean rising(List<Leading> l) {
    int ones = 0;
    for (int i = 1; i < l.size(); i++) {
      int step = l.get(i).value() - l.get(i - 1).value();
      if (step <= 0) {
        return false;
      }
      ones += step == 1 ? 1 : 0;
    }
    return ones >= 0.8 * (l.size() - 1);
  }

  /** Most numbered lines with text are prose, not a table's cells. */
  private static boolean prose(List<Leading> l) {
    return l.stream().filter(Leading::prose).count() >= 0.6 * l.stream().filter(Leading::rest).count();
  }

  /**
   * Nothing else on the page, text or ruling, reaches into the column; or, once another page has shown the column, nothing
   * beside the numbered lines (a table below them may be wider than the text).
   */
  private static boolean apart(PageInput p, List<Leading> l, boolean beside) {
    Set<Glyph> numbers = Collections.newSetFromMap(new IdentityHashMap<>());
    l.forEach(x -> numbers.addAll(x.glyphs()));
    double right = l.stream().mapToDouble(Leading::x1).max().orElseThrow();
    double gap = 0.5 * l.stream().mapToDouble(Leading::size).max().orElseThrow();
    double top = beside ? l.getFirst().glyphs().getFirst().top() - gap : Double.NEGATIVE_INFINITY;
    double bottom = beside ? l.getLast().glyphs().getFirst().baseline() + gap : Double.POSITIVE_INFINITY;
    for (Glyph g : p.glyphs()) {
      if (!numbers.contains(g) && g.x0() < right + gap && g.baseline() > top && g.top() < bottom) {
        return false;
      }
    }
    for (Ruling r : p.rulings()) {
      double left = r.horizontal() ? r.from() : r.at();
      double from = r.horizontal() ? r.at() : r.from();
      double to = r.horizontal() ? r.at() : r.to();
      if (left < right + gap && to > top && from < bottom) {
        return false;
      }
    }
    return true;
  }
}
