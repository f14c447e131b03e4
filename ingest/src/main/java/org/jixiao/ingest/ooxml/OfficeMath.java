package org.jixiao.ingest.ooxml;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Word equations (OMML, m:oMath) as the linear text Word itself shows when an equation is switched to its linear form:
 * "决策得分率=13.5/15×100%=90.00%" (h355). POI's paragraph text leaves equations out, and a third-party report may type
 * every calculation as one, so its figures would be lost. A fraction is "numerator/denominator", bracketed when either
 * side is more than one term; delimiters keep their brackets; other structures give their parts' text in order.
 */
final class OfficeMath {
  static final String M = "http://schemas.openxmlformats.org/officeDocument/2006/math";
  /** A side of a fraction that is one figure or word needs no brackets. */
  private static final Pattern ONE_TERM = Pattern.compile("[^+\\-−×÷*/=\\s]+");

  private OfficeMath() {}

  /** Whether a node is an equation (m:oMath) or a displayed equation paragraph (m:oMathPara). */
  static boolean isEquation(Node n) {
    return n instanceof Element e && M.equals(e.getNamespaceURI())
        && ("oMath".equals(e.getLocalName()) || "oMathPara".equals(e.getLocalName()));
  }

  /** The equation's linear text. */
  static String linear(Node equation) {
    StringBuilder out = new StringBuilder();
    append(equation, out);
    return out.toString();
  }

  private static void append(Node n, StringBuilder out) {
    if (!(n instanceof Element e)) {
      return;
    }
    String name = e.getLocalName();
    if (M.equals(e.getNamespaceURI())) {
      switch (name) {
        case "t" -> out.append(textOf(e));
        case "f" -> {
          out.append(side(DomChildren.first(e, "num"))).append('/').append(side(DomChildren.first(e, "den")));
          return;
        }
        case "d" -> {
          out.append('(');
          children(e, out);
          out.append(')');
          return;
        }
        case "oMathParaPr", "oMathPr", "rPr", "fPr", "dPr", "ctrlPr" -> {
          return; // properties, no text
        }
        default -> children(e, out);
      }
      return;
    }
    if (!"rPr".equals(name)) {
      children(e, out); // a w:r or other wrapper inside the equation
    }
  }

  private static String side(@Nullable Node part) {
    if (part == null) {
      return "";
    }
    String s = linear(part);
    return ONE_TERM.matcher(s).matches() ? s : "(" + s + ")";
  }

  private static void children(Node n, StringBuilder out) {
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      append(c, out);
    }
  }

  /** The text nodes under an element (XMLBeans' DOM may not give getTextContent). */
  private static String textOf(Node n) {
    StringBuilder sb = new StringBuilder();
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c.getNodeType() == Node.TEXT_NODE) {
        sb.append(c.getNodeValue());
      }
    }
    return sb.toString();
  }
}
