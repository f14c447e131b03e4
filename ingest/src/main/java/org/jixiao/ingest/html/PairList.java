package org.jixiao.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.ingest.GridBuilder;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A list of label/value pairs laid out without a table, as modern portal pages print a report's head block:
 * {@code <div class="kv-list"><div><span>项目名称</span><span>XX项目</span></div>…</div>}, the same with
 * {@code <li>} or {@code <div>} cells, or a {@code <dl>} of {@code <dt>}/{@code <dd>}. Read as the two-column grid it
 * shows (label | value), so that labels find their values as in a form's table; flattened into one paragraph, the
 * label would run into its value ("项目名称XX项目"). A list counts when it holds two pairs or more, each item is
 * exactly two elements with no loose text, every item is built alike (the same tags and classes: a list, not a
 * page's assorted blocks), and no cell holds a table or is a list (a heading over its sub-list is an outline).
 */
final class PairList {
  private static final int MAX_LABEL = 20;
  private static final java.util.Set<String> LISTS = java.util.Set.of("ul", "ol");

  private PairList() {}

  /** The grid of label/value rows when {@code list} is such a list. */
  static Optional<GridBuilder> of(Element list) {
    List<String[]> pairs = list.normalName().equals("dl") ? definitions(list) : items(list);
    if (pairs.size() < 2) {
      return Optional.empty();
    }
    GridBuilder grid = new GridBuilder();
    for (int r = 0; r < pairs.size(); r++) {
      grid.cell(r, 0, 1, 1, pairs.get(r)[0], null);
      grid.cell(r, 1, 1, 1, pairs.get(r)[1], null);
    }
    grid.ensureSize(pairs.size(), 2);
    return Optional.of(grid);
  }

  /** {@code <dt>label</dt><dd>value</dd>} in turn, nothing else. */
  private static List<String[]> definitions(Element dl) {
    List<Element> kids = dl.children();
    List<String[]> out = new ArrayList<>();
    if (kids.size() % 2 != 0 || hasLooseText(dl)) {
      return List.of();
    }
    for (int i = 0; i < kids.size(); i += 2) {
      if (!kids.get(i).normalName().equals("dt") || !kids.get(i + 1).normalName().equals("dd")) {
        return List.of();
      }
      String[] pair = pair(kids.get(i), kids.get(i + 1));
      if (pair == null) {
        return List.of();
      }
      out.add(pair);
    }
    return out;
  }

  /** Items of two elements each, all alike. */
  private static List<String[]> items(Element list) {
    List<String[]> out = new ArrayList<>();
    String shape = null;
    if (hasLooseText(list)) {
      return List.of();
    }
    for (Element item : list.children()) {
      List<Element> cells = item.children();
      if (cells.size() != 2 || hasLooseText(item)) {
        return List.of();
      }
      String s = item.normalName() + "." + item.className() + ">" + shape(cells.get(0)) + "+" + shape(cells.get(1));
      if (shape != null && !shape.equals(s)) {
        return List.of();
      }
      shape = s;
      String[] pair = pair(cells.get(0), cells.get(1));
      if (pair == null) {
        return List.of();
      }
      out.add(pair);
    }
    return out;
  }

  private static String shape(Element e) {
    return e.normalName() + "." + e.className();
  }

  private static String @org.jspecify.annotations.Nullable [] pair(Element label, Element value) {
    if (!label.getElementsByTag("table").isEmpty() || !value.getElementsByTag("table").isEmpty()) {
      return null;
    }
    if (LISTS.contains(value.normalName())) {
      return null; // a heading over a list of its own (一级 → its 二级 → their items, h288): an outline, not a pair
    }
    String l = HtmlText.of(label).replace('\n', ' ');
    String v = HtmlText.of(value).replace('\n', ' ');
    return l.isEmpty() || l.length() > MAX_LABEL ? null : new String[] {l, v};
  }

  static boolean hasLooseText(Element e) {
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t && !t.isBlank()) {
        return true;
      }
    }
    return false;
  }
}
