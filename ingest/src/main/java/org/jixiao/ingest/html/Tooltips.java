package org.jixiao.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * A column whose cells carry tooltips (a {@code title} on the cell or on an element in it): a portal shows each indicator's
 * 评分标准 only when the pointer rests on its name (h357). The page states them, so they are read: as a column of their
 * own right after the cells that carry them, headed by the label the tooltips share ("评分标准：…" gives 评分标准), so
 * a table reader takes them as it takes a printed rule column. A column needs {@link #MIN_TIPS} tooltips, so a lone
 * abbreviation's title is no column.
 */
final class Tooltips {
  static final int MIN_TIPS = 3;
  /** "评分标准：得分＝预算执行率×分值。": a label of 2–8 characters, a colon, then the tip. */
  private static final Pattern LABELLED = Pattern.compile("^\\s*(\\p{IsHan}{2,8})\\s*[：:]\\s*(.+)$", Pattern.DOTALL);
  private static final String UNLABELLED = "说明";

  private Tooltips() {}

  /** The placed cells with a tooltip column inserted after the first column holding enough of them; unchanged if none. */
  static List<HtmlTable.Placed> column(List<HtmlTable.Placed> placed) {
    Map<Integer, List<HtmlTable.Placed>> byColumn = new HashMap<>();
    Map<HtmlTable.Placed, String> tips = new HashMap<>();
    for (HtmlTable.Placed p : placed) {
      String tip = tip(p);
      if (tip != null) {
        tips.put(p, tip);
        byColumn.computeIfAbsent(p.col(), c -> new ArrayList<>()).add(p);
      }
    }
    Integer col = byColumn.entrySet().stream().filter(e -> e.getValue().size() >= MIN_TIPS).map(Map.Entry::getKey)
        .min(Integer::compare).orElse(null);
    if (col == null) {
      return placed;
    }
    List<HtmlTable.Placed> tipped = byColumn.get(col);
    String label = sharedLabel(tipped.stream().map(tips::get).toList());
    int firstTip = tipped.stream().mapToInt(HtmlTable.Placed::row).min().orElse(0);
    int headerRow = placed.stream().filter(p -> p.col() <= col && col < p.col() + p.colSpan() && p.row() < firstTip
        && !p.text().isBlank()).mapToInt(HtmlTable.Placed::row).max().orElse(-1);
    List<HtmlTable.Placed> out = new ArrayList<>(placed.size() + tipped.size());
    for (HtmlTable.Placed p : placed) {
      int last = p.col() + p.colSpan() - 1;
      if (p.col() > col) {
        out.add(new HtmlTable.Placed(p.row(), p.col() + 1, p.rowSpan(), p.colSpan(), p.text(), p.source()));
      } else if (last > col) {
        // a cell spanning the column (a title row across the table) spans the new one too
        out.add(new HtmlTable.Placed(p.row(), p.col(), p.rowSpan(), p.colSpan() + 1, p.text(), p.source()));
      } else {
        out.add(p);
        if (last == col) {
          String tip = tips.get(p);
          String text = tip != null ? withoutLabel(tip, label) : p.row() == headerRow ? label : "";
          out.add(new HtmlTable.Placed(p.row(), col + 1, p.rowSpan(), 1, text, p.source()));
        }
      }
    }
    return out;
  }

  /** The tooltip of a cell, or of the first element in it that has one; null when none or it repeats the cell's text. */
  private static @Nullable String tip(HtmlTable.Placed p) {
    Element cell = p.source();
    if (cell == null) {
      return null;
    }
    for (Element e : cell.select("[title]")) {
      String t = e.attr("title").strip();
      if (!t.isEmpty() && !t.equals(p.text().strip())) {
        return t;
      }
    }
    return null;
  }

  /** The label every tip starts with ("评分标准"), else a neutral one. */
  private static String sharedLabel(List<String> tips) {
    String shared = null;
    for (String t : tips) {
      Matcher m = LABELLED.matcher(t);
      String label = m.matches() ? m.group(1) : null;
      if (label == null || shared != null && !shared.equals(label)) {
        return UNLABELLED;
      }
      shared = label;
    }
    return shared == null ? UNLABELLED : shared;
  }

  private static String withoutLabel(String tip, String label) {
    Matcher m = LABELLED.matcher(tip);
    return m.matches() && m.group(1).equals(label) ? m.group(2).strip() : tip;
  }
}
