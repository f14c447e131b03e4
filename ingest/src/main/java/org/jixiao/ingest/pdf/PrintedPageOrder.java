package org.jixiao.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.text.number.Numbers;

/**
 * Pages stored out of the order they print: a stapled report scanned or merged by a tool that put its second page
 * first, each page still printing "第 2 页 共 3 页" (h396). When every page prints its number of the same total and
 * together they are 1 to that total in another order, the pages are read in their printed order, so that a table runs
 * on from the page before it as printed; each keeps its stored page number, which is where a reader finds it.
 */
final class PrintedPageOrder {
  private static final Pattern PAGE_OF = Numbers.compile("第\\s*({N})\\s*页\\s*[，,/]?\\s*共\\s*({N})\\s*页");
  /** Glyphs whose baselines are this close (in points) stand on one line. */
  private static final double SAME_LINE = 2;

  private PrintedPageOrder() {}

  /** The pages in their printed order, or the same list when they are in it already or do not all say. */
  static List<PageInput> reordered(List<PageInput> pages) {
    if (pages.size() < 2) {
      return pages;
    }
    Map<Integer, PageInput> byNumber = new TreeMap<>();
    for (PageInput p : pages) {
      int[] printed = printedNumber(p);
      if (printed == null || printed[1] != pages.size() || printed[0] < 1 || printed[0] > pages.size()
          || byNumber.put(printed[0], p) != null) {
        return pages;
      }
    }
    List<PageInput> ordered = new ArrayList<>(byNumber.values());
    return ordered.equals(pages) ? pages : ordered;
  }

  /** The {number, total} the page prints, or null when it prints none or more than one. */
  private static int @org.jspecify.annotations.Nullable [] printedNumber(PageInput page) {
    if (page.glyphs().stream().noneMatch(g -> g.text().equals("共"))) {
      return null; // most pages print no "共 m 页": their lines need not be built
    }
    int[] found = null;
    for (String line : lines(page.glyphs())) {
      Matcher m = PAGE_OF.matcher(line);
      while (m.find()) {
        if (found != null) {
          return null;
        }
        found = new int[] {Numbers.of(m.group(1)).intValue(), Numbers.of(m.group(2)).intValue()};
      }
    }
    return found;
  }

  /** The page's text lines: glyphs grouped by baseline, left to right. */
  private static List<String> lines(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x0));
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    double baseline = Double.NaN;
    for (Glyph g : sorted) {
      if (!Double.isNaN(baseline) && Math.abs(g.baseline() - baseline) > SAME_LINE) {
        out.add(line.toString());
        line.setLength(0);
      }
      if (line.isEmpty() || Math.abs(g.baseline() - baseline) > SAME_LINE) {
        baseline = g.baseline();
      }
      line.append(g.text());
    }
    if (!line.isEmpty()) {
      out.add(line.toString());
    }
    return out;
  }
}
