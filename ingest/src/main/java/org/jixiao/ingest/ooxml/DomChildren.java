package org.jixiao.ingest.ooxml;

import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The child elements of a WordprocessingML node by local name (XMLBeans' DOM: no getElementsByTagName on a part). */
final class DomChildren {
  private DomChildren() {}

  /** The first child element of {@code n} named {@code localName}, whatever its namespace; null if none. */
  static @Nullable Element first(Node n, String localName) {
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element e && localName.equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }

  /** A w:val-style attribute as an integer, {@code otherwise} when absent or not one. */
  static int integer(@Nullable Element e, String attribute, int otherwise) {
    if (e == null) {
      return otherwise;
    }
    try {
      return Integer.parseInt(e.getAttributeNS(DocxReader.W, attribute).strip());
    } catch (NumberFormatException ex) {
      return otherwise;
    }
  }
}
