package org.jixiao.ingest.ooxml;

import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The check boxes Word types as symbol characters (w:sym w:font="Wingdings 2" w:char="F052"), as Unicode boxes: ☑ ticked,
 * ☒ crossed, □ empty. Other symbols are not text a report's reader needs.
 */
final class WingdingsBoxes {
  private static final Map<String, Map<Integer, Character>> FONTS = Map.of(
      "wingdings 2", Map.of(0x52, '☑', 0x54, '☒', 0x51, '☒', 0xA3, '□', 0x2A, '□', 0xA2, '□', 0x50, '✓'),
      "wingdings", Map.of(0xFE, '☑', 0xFD, '☒', 0xA8, '□', 0x6F, '□', 0x71, '□', 0x78, '☒', 0xFC, '✓'));

  private WingdingsBoxes() {}

  /** The boxes of a run's w:sym children, in order; empty when it has none. */
  static String of(Node run) {
    StringBuilder out = new StringBuilder();
    for (Node n = run.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && "sym".equals(e.getLocalName())) {
        Map<Integer, Character> font = FONTS.get(e.getAttributeNS(DocxReader.W, "font").strip().toLowerCase(java.util.Locale.ROOT));
        Character box = font == null ? null : font.get(code(e.getAttributeNS(DocxReader.W, "char")));
        if (box != null) {
          out.append(box);
        }
      }
    }
    return out.toString();
  }

  /** "F052" as 0x52: the private-use offset F000 a symbol font's codes carry is dropped. */
  private static int code(String hex) {
    try {
      return Integer.parseInt(hex.strip(), 16) & 0xFF;
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
