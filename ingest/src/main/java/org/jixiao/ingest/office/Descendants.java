package org.jixiao.ingest.office;

import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Descendant elements of a drawing part's DOM (a sheet's VML, a chart) by namespace and local name. */
final class Descendants {
  private Descendants() {}

  /** The first descendant of {@code parent} in namespace {@code ns} named {@code local}, in document order; null if none. */
  static @Nullable Element first(Element parent, String ns, String local) {
    NodeList found = parent.getElementsByTagNameNS(ns, local);
    return found.getLength() == 0 ? null : (Element) found.item(0);
  }

  /** The first child of {@code parent} in namespace {@code ns} named {@code local}; null if none. */
  static @Nullable Element child(@Nullable Element parent, String ns, String local) {
    for (org.w3c.dom.Node c = parent == null ? null : parent.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element e && ns.equals(e.getNamespaceURI()) && local.equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }
}
