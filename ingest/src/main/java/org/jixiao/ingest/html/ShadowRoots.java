package org.jixiao.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Declarative shadow DOM ({@code <template shadowrootmode="open">}, h547): a portal built of web components prints its
 * article inside each component's shadow root, the page's own elements only filling its slots. A browser shows the
 * shadow tree with each {@code <slot>} replaced by the host's children assigned to it (by {@code slot="name"}, the
 * unnamed slot taking the rest) or, with none, by the slot's own fallback; the host's unassigned children are not shown.
 * The page is rewritten to what it shows, outer roots first so the roots nested in them are found in turn.
 */
final class ShadowRoots {
  private static final String ROOT = "template[shadowrootmode], template[shadowroot]";

  private ShadowRoots() {}

  /** Rewrites every declarative shadow root of {@code html} into its host; how many there were. */
  static int flatten(Document html) {
    int n = 0;
    for (Element root = html.selectFirst(ROOT); root != null; root = html.selectFirst(ROOT)) {
      Element host = root.parent();
      root.remove();
      if (host == null) {
        continue;
      }
      List<Node> light = new ArrayList<>(host.childNodes());
      for (Element slot : root.select("slot")) {
        if (inNestedRoot(slot, root)) {
          continue; // a nested component's slot, filled from its own host
        }
        String name = slot.attr("name");
        List<Node> assigned = new ArrayList<>();
        for (Node node : light) {
          String wanted = node instanceof Element e ? e.attr("slot") : "";
          if (node.parent() == host && wanted.equals(name)) {
            assigned.add(node);
          }
        }
        if (assigned.isEmpty()) {
          slot.unwrap(); // its fallback content shows
          continue;
        }
        for (Node node : assigned) {
          node.remove();
          slot.before(node);
        }
        slot.remove();
      }
      host.empty();
      host.appendChildren(new ArrayList<>(root.childNodes()));
      n++;
    }
    return n;
  }

  private static boolean inNestedRoot(Element slot, Element root) {
    for (Element p = slot.parent(); p != null && p != root; p = p.parent()) {
      if (p.is(ROOT)) {
        return true;
      }
    }
    return false;
  }
}
