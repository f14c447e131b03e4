package org.jixiao.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.ingest.pdf.PositionedText;
import org.jixiao.text.number.Numbers;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * A PDF rendered as absolutely positioned HTML, as a portal's online preview does (pdf2htmlEX, h363): every line of text a
 * div placed by CSS classes (left, bottom, font size), every rule a thin div, one block per page, no {@code <table>}.
 * Walked as markup its lines come in drawing order, one paragraph each; read by position it is the page it renders,
 * handed to {@link PositionedText} to be laid out as a PDF page is. Counts when {@value #MIN_RUNS} text lines or more are
 * placed this way.
 */
final class PositionedPages {
  static final int MIN_RUNS = 20;
  /** CSS pixels in points. */
  private static final double PT = 0.75;
  /** A box this thin (px) or thinner is a rule, not an area. */
  private static final double THIN = 3;
  private static final Pattern RULE_SET = Pattern.compile("\\.([A-Za-z_][\\w-]*)\\s*\\{([^{}]*)}");
  private static final Pattern DECLARATION = Pattern.compile("([a-z-]+)\\s*:\\s*(-?[0-9.]+)px");

  private PositionedPages() {}

  /** The pages when {@code html} places its text by position; empty otherwise. */
  static Optional<List<PositionedText.Page>> of(Document html) {
    Map<String, Map<String, Double>> classes = new HashMap<>();
    for (Element style : html.select("style")) {
      Matcher m = RULE_SET.matcher(style.data());
      while (m.find()) {
        Map<String, Double> props = declarations(m.group(2));
        if (!props.isEmpty()) {
          classes.computeIfAbsent(m.group(1), k -> new HashMap<>()).putAll(props);
        }
      }
    }
    if (classes.isEmpty()) {
      return Optional.empty();
    }
    List<Element> pageBlocks = html.select("[data-page-no]");
    List<Element> scopes = pageBlocks.isEmpty() ? List.of(html.body()) : pageBlocks;
    List<PositionedText.Page> pages = new ArrayList<>();
    int runs = 0;
    for (Element page : scopes) {
      List<PositionedText.Run> texts = new ArrayList<>();
      List<Box> rules = new ArrayList<>();
      Map<String, Double> box = place(page, classes);
      double height = box.getOrDefault("height", 0.0);
      double width = box.getOrDefault("width", 0.0);
      List<Placed> placed = new ArrayList<>();
      for (Element e : page.getAllElements()) {
        if (e == page) {
          continue;
        }
        Map<String, Double> p = place(e, classes);
        Double left = p.get("left");
        Double bottom = p.get("bottom");
        if (left == null || bottom == null) {
          continue;
        }
        String text = e.ownText().isBlank() ? "" : e.text();
        Double w = p.get("width");
        Double h = p.get("height");
        if (!text.isBlank()) {
          placed.add(new Placed(text, left, bottom, p.getOrDefault("font-size", 12.0)));
        } else if (w != null && h != null && (w <= THIN || h <= THIN) && Math.max(w, h) > THIN) {
          rules.add(new Box(left, bottom, w, h));
        }
      }
      if (placed.isEmpty()) {
        continue;
      }
      runs += placed.size();
      if (height <= 0) {
        height = placed.stream().mapToDouble(t -> t.bottom() + 2 * t.size()).max().orElse(0);
      }
      for (Placed t : placed) {
        texts.add(new PositionedText.Run(t.text(), t.left() * PT, (height - t.bottom()) * PT, t.size() * PT));
        width = Math.max(width, t.left() + t.size() * t.text().length());
      }
      List<PositionedText.Rule> drawn = new ArrayList<>();
      for (Box b : rules) {
        boolean horizontal = b.h() <= THIN;
        drawn.add(horizontal
            ? new PositionedText.Rule(true, (height - b.bottom() - b.h() / 2) * PT, b.left() * PT, (b.left() + b.w()) * PT)
            : new PositionedText.Rule(false, (b.left() + b.w() / 2) * PT, (height - b.bottom() - b.h()) * PT, (height - b.bottom()) * PT));
      }
      pages.add(new PositionedText.Page(width * PT, height * PT, texts, drawn));
    }
    return runs >= MIN_RUNS ? Optional.of(pages) : Optional.empty();
  }

  private record Placed(String text, double left, double bottom, double size) {}

  private record Box(double left, double bottom, double w, double h) {}

  /** An element's placing: its classes' declarations, then its own style's over them. */
  private static Map<String, Double> place(Element e, Map<String, Map<String, Double>> classes) {
    Map<String, Double> out = new HashMap<>();
    for (String c : e.classNames()) {
      Map<String, Double> p = classes.get(c);
      if (p != null) {
        out.putAll(p);
      }
    }
    out.putAll(declarations(e.attr("style")));
    return out;
  }

  private static Map<String, Double> declarations(@Nullable String css) {
    Map<String, Double> out = new HashMap<>();
    if (css == null) {
      return out;
    }
    Matcher d = DECLARATION.matcher(css);
    while (d.find()) {
      Numbers.parse(d.group(2)).ifPresent(v -> out.put(d.group(1), v.doubleValue()));
    }
    return out;
  }
}
