package org.jixiao.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Text of an element with its line structure: block elements and {@code <br>} become line breaks. */
final class HtmlText {
  /** Elements that start a new line of their own (a subset of HTML's block-level elements). */
  static final Set<String> BLOCKS =
      Set.of(
          "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "section",
          "article", "header", "footer", "main", "nav", "aside", "blockquote", "pre", "form", "fieldset",
          "figure", "figcaption", "address", "hr", "center", "body", "html", "table", "caption", "thead",
          "tbody", "tfoot", "tr", "details", "summary", "legend", "menu");

  private HtmlText() {}

  /**
   * The element's text: lines from blocks and {@code <br>}; cells of a nested table separated by a
   * space, its rows by a line break. White space inside a line is collapsed; blank lines dropped.
   */
  static String of(Element el) {
    StringBuilder sb = new StringBuilder();
    append(el, sb);
    return tidy(sb);
  }

  private static void append(Element el, StringBuilder sb) {
    for (Node child : el.childNodes()) {
      if (child instanceof TextNode t) {
        sb.append(t.text());
      } else if (child instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("br")) {
          sb.append('\n');
        } else if (tag.equals("td") || tag.equals("th")) {
          sb.append(' ');
          append(e, sb);
          sb.append(' ');
        } else if (BLOCKS.contains(tag)) {
          sb.append('\n');
          append(e, sb);
          sb.append('\n');
        } else {
          append(e, sb);
        }
      }
    }
  }

  /**
   * The cell's {@code <br>}-separated lines, blank ones kept as "" (a column of lines where a blank line stands for an
   * empty cell, h221); a cell holding blocks or a nested table is one line of its text.
   */
  static List<String> brLines(Element cell) {
    if (cell.childNodes().stream().anyMatch(n -> n instanceof Element e && BLOCKS.contains(e.normalName()))) {
      return List.of(of(cell));
    }
    StringBuilder sb = new StringBuilder();
    append(cell, sb);
    String raw = sb.toString();
    int end = raw.length();
    while (end > 0 && Character.isWhitespace(raw.charAt(end - 1)) && raw.charAt(end - 1) != '\n') {
      end--; // white space after the last break is not a line of its own
    }
    List<String> out = new ArrayList<>();
    for (String line : raw.substring(0, end).split("\n", -1)) {
      out.add(line.replace('\u00a0', ' ').replaceAll("[ \\t\\x0B\\f\\r]+", " ").strip());
    }
    return out;
  }

  /** Collapses spaces (NBSP included) inside lines, strips each line, drops blank lines. */
  static String tidy(CharSequence raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (String line : raw.toString().split("\n")) {
      String l = line.replace('\u00a0', ' ').replaceAll("[ \\t\\x0B\\f\\r]+", " ").strip();
      if (!l.isEmpty()) {
        if (!out.isEmpty()) {
          out.append('\n');
        }
        out.append(l);
      }
    }
    return out.toString();
  }
}
