package org.jixiao.ingest.html;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A data grid of a web application (Element UI, Ant Design, layui, vxe-table; h367) draws one table as several: its header
 * row in a table of its own, its body in a second, its 合计 footer in a third, so the header can stay put while the body
 * scrolls; and it draws the columns fixed at the side once more in a copy laid over the first. Saved from the browser,
 * the page holds them all. The fixed copies are dropped (their rows are the grid's rows again), and a header-only table
 * followed by tables of as many columns in the same grid is read as one table, as the page shows it.
 */
final class SplitTables {
  /** The class of a grid's overlaid copy of its fixed columns: el-table__fixed, ant-table-fixed-left, …--fixed-right-wrapper. */
  private static final Pattern FIXED_COPY = Pattern.compile("(?:__fixed(?:-left|-right)?|-fixed-(?:left|right)|--fixed-(?:left|right))(?:-wrapper)?$");
  /** How many levels up a grid's parts share their container. */
  private static final int MAX_DEPTH = 4;

  private SplitTables() {}

  /** Joins the split grids of {@code html} in place; the number of tables joined into others. */
  static int join(Document html) {
    for (Element e : html.select("[class*=fixed]")) {
      // a layer holding a copy (never a table itself: Bootstrap's table-fixed is a table's layout)
      if (!e.normalName().equals("table") && e.classNames().stream().anyMatch(c -> FIXED_COPY.matcher(c).find())
          && !e.select("table").isEmpty()) {
        e.remove();
      }
    }
    int joined = 0;
    List<Element> tables = html.select("table");
    for (int i = 0; i < tables.size(); i++) {
      Element head = tables.get(i);
      if (head.parent() == null || !headerOnly(head)) {
        continue;
      }
      int columns = columns(head);
      int j = i + 1;
      for (; j < tables.size(); j++) {
        Element next = tables.get(j);
        if (next.parent() == null || columns(next) != columns || !sameGrid(head, next) || headerOnly(next)) {
          break;
        }
        Element body = head.selectFirst("tbody");
        if (body == null) {
          body = head.appendElement("tbody");
        }
        for (Element row : next.select("tr")) {
          if (row.closest("table") == next) {
            body.appendChild(row);
          }
        }
        next.remove();
        joined++;
      }
      i = j - 1;
    }
    return joined;
  }

  /** A table of header rows only: every row's cells are th, or it has a thead and no rows outside it. */
  private static boolean headerOnly(Element table) {
    List<Element> rows = table.select("tr").stream().filter(r -> r.closest("table") == table).toList();
    return !rows.isEmpty() && rows.stream().allMatch(r -> r.closest("thead") != null || r.select("td").isEmpty());
  }

  /** The number of columns its first row spans. */
  private static int columns(Element table) {
    Element first = table.select("tr").stream().filter(r -> r.closest("table") == table).findFirst().orElse(null);
    if (first == null) {
      return -1;
    }
    int n = 0;
    for (Element cell : first.children()) {
      if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
        n += Math.max(1, HtmlTable.span(cell, "colspan"));
      }
    }
    return n;
  }

  /** Whether two tables are parts of one grid: they share a container a few levels up. */
  private static boolean sameGrid(Element a, Element b) {
    Element up = a.parent();
    for (int d = 0; up != null && d < MAX_DEPTH; d++, up = up.parent()) {
      if (isAncestor(up, b)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }
}
