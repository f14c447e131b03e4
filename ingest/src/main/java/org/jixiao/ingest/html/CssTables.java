package org.jixiao.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Tables drawn with CSS table display on divs ({@code display:table}, {@code table-row}, {@code table-cell}, set by a
 * class in the page's {@code <style>} or inline, h277): rewritten into the {@code <table>} a browser lays out, so they
 * are read as any table. A cell holding a table of its own and nothing else (one group's rows beside the group's name)
 * gives its rows to the outer table, the cells beside it spanning them. Text a class hides ({@code visibility:hidden},
 * {@code display:none}: a repeated group name kept for the layout) is dropped, as a browser does not show it.
 */
final class CssTables {
  private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)\\}");
  private static final Pattern CLASS = Pattern.compile("^\\s*\\.([\\w-]+)\\s*$");
  private static final Pattern DISPLAY = Pattern.compile("(?i)(?:^|;)\\s*display\\s*:\\s*([\\w-]+)");
  private static final Pattern INVISIBLE = Pattern.compile("(?i)(?:^|;)\\s*(?:visibility\\s*:\\s*hidden|display\\s*:\\s*none)");

  private final Map<String, String> displayOfClass = new HashMap<>();
  private final java.util.Set<String> hiddenClasses = new java.util.HashSet<>();

  private CssTables(Document html) {
    for (Element style : html.select("style")) {
      Matcher m = RULE.matcher(style.data());
      while (m.find()) {
        for (String selector : m.group(1).split(",")) {
          Matcher c = CLASS.matcher(selector);
          if (!c.matches()) {
            continue;
          }
          Matcher d = DISPLAY.matcher(m.group(2));
          if (d.find()) {
            displayOfClass.put(c.group(1), d.group(1).toLowerCase(Locale.ROOT));
          }
          if (INVISIBLE.matcher(m.group(2)).find()) {
            hiddenClasses.add(c.group(1));
          }
        }
      }
    }
  }

  /** Rewrites the page's CSS tables as tables; how many were found. */
  static int rewrite(Document html) {
    // a page without table-cell in its styles has no CSS table: one look at the style sheets and style attributes, not
    // a serialisation of the whole page
    if (html.select("style").stream().noneMatch(st -> st.data().contains("table-cell"))
        && html.select("[style*=table-cell]").isEmpty()) {
      return 0;
    }
    CssTables css = new CssTables(html);
    for (Element e : html.getAllElements()) {
      if (e.classNames().stream().anyMatch(css.hiddenClasses::contains)) {
        e.attr("hidden", "hidden"); // removed with the page's other hidden text
      }
    }
    int n = 0;
    for (Element e : new ArrayList<>(html.getAllElements())) {
      if (e.parent() != null && css.display(e).equals("table") && !css.insideTable(e)) {
        e.replaceWith(css.table(e));
        n++;
      }
    }
    return n;
  }

  private String display(Element e) {
    Matcher inline = DISPLAY.matcher(e.attr("style"));
    if (inline.find()) {
      return inline.group(1).toLowerCase(Locale.ROOT);
    }
    for (String c : e.classNames()) {
      String d = displayOfClass.get(c);
      if (d != null) {
        return d;
      }
    }
    return "";
  }

  private boolean insideTable(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (display(p).equals("table")) {
        return true;
      }
    }
    return false;
  }

  /** The {@code <table>} a CSS table lays out. */
  private Element table(Element css) {
    Element table = new Element("table");
    Element head = null;
    Element body = new Element("tbody");
    for (Element group : css.children()) {
      String d = display(group);
      if (d.equals("table-header-group")) {
        head = head == null ? new Element("thead") : head;
        for (List<Element> row : rows(group)) {
          head.appendChild(tr(row));
        }
      } else if (d.equals("table-caption")) {
        table.appendChild(new Element("caption").appendChildren(group.childNodesCopy()));
      } else {
        for (List<Element> row : d.equals("table-row") ? rowsOf(group) : rows(group)) {
          body.appendChild(tr(row));
        }
      }
    }
    if (head != null) {
      table.appendChild(head);
    }
    table.appendChild(body);
    return table;
  }

  private static Element tr(List<Element> cells) {
    Element tr = new Element("tr");
    cells.forEach(tr::appendChild);
    return tr;
  }

  /** The rows of a row group (or of a table's own rows), each as its {@code <td>}s. */
  private List<List<Element>> rows(Element group) {
    List<List<Element>> out = new ArrayList<>();
    for (Element r : group.children()) {
      if (display(r).equals("table-row")) {
        out.addAll(rowsOf(r));
      }
    }
    return out;
  }

  /**
   * One CSS row as table rows: one, or as many as the table nested alone in one of its cells has, the row's other
   * cells spanning them.
   */
  private List<List<Element>> rowsOf(Element row) {
    List<Element> cells = row.children().stream().filter(c -> display(c).equals("table-cell")).toList();
    int nestAt = -1;
    List<List<Element>> nested = List.of();
    for (int i = 0; i < cells.size(); i++) {
      Element only = onlyTable(cells.get(i));
      if (only != null && nestAt < 0) {
        nestAt = i;
        List<List<Element>> inner = new ArrayList<>();
        for (Element g : only.children()) {
          String d = display(g);
          inner.addAll(d.equals("table-row") ? rowsOf(g) : rows(g));
        }
        nested = inner;
      }
    }
    List<List<Element>> out = new ArrayList<>();
    if (nestAt < 0 || nested.isEmpty()) {
      List<Element> tds = new ArrayList<>();
      cells.forEach(c -> tds.add(td(c, 1)));
      out.add(tds);
      return out;
    }
    for (int k = 0; k < nested.size(); k++) {
      List<Element> tds = new ArrayList<>();
      for (int i = 0; i < cells.size(); i++) {
        if (i == nestAt) {
          tds.addAll(nested.get(k));
        } else if (k == 0) {
          tds.add(td(cells.get(i), nested.size()));
        }
      }
      out.add(tds);
    }
    return out;
  }

  /** The CSS table a cell holds and nothing else beside it, or null. */
  private Element onlyTable(Element cell) {
    if (cell.children().size() != 1 || !cell.ownText().isBlank()) {
      return null;
    }
    Element child = cell.child(0);
    return display(child).equals("table") ? child : null;
  }

  private static Element td(Element cell, int rowSpan) {
    Element td = new Element("td");
    td.appendChildren(cell.childNodesCopy());
    if (rowSpan > 1) {
      td.attr("rowspan", String.valueOf(rowSpan));
    }
    return td;
  }
}
