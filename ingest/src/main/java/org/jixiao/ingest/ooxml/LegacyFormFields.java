package org.jixiao.ingest.ooxml;

import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What a legacy Word form field shows in a template protected for filling in forms (h361): a drop-down (FORMDROPDOWN)
 * its chosen entry, a check box (FORMCHECKBOX) ☑ or □. Neither has result text in the document (a text field's result
 * is ordinary runs, read as they are): POI's text leaves a drop-down out and writes a check box as |X| or |_| from its
 * default state, not its checked one; the choice is in the field's w:ffData.
 */
final class LegacyFormFields {
  private LegacyFormFields() {}

  /** What the field begun in this run shows; "" when the run begins none, or a drop-down still on its prompt. */
  static String shown(Node run) {
    for (Node n = run.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && "fldChar".equals(e.getLocalName())) {
        Element data = DomChildren.first(e, "ffData");
        if (data == null) {
          return "";
        }
        Element list = DomChildren.first(data, "ddList");
        if (list != null) {
          return chosen(list);
        }
        Element box = DomChildren.first(data, "checkBox");
        if (box != null) {
          // w:checked says what the box shows; without it, w:default does (POI's own |X| reads w:default only)
          Element checked = DomChildren.first(box, "checked");
          return checked != null ? (on(checked) ? "☑" : "□") : on(DomChildren.first(box, "default")) ? "☑" : "□";
        }
      }
    }
    return "";
  }

  /** The entry at w:result (else w:default, else the first); a prompt entry ("请选择") chose nothing. */
  private static String chosen(Element list) {
    int index = DomChildren.integer(DomChildren.first(list, "result"), "val",
        DomChildren.integer(DomChildren.first(list, "default"), "val", 0));
    int k = 0;
    for (Node n = list.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && "listEntry".equals(e.getLocalName())) {
        if (k++ == index) {
          String entry = e.getAttributeNS(DocxReader.W, "val").strip();
          return entry.startsWith("请选择") || entry.equals("--") ? "" : entry;
        }
      }
    }
    return "";
  }

  /** A flag with no value is set; w:val="0" or "false" is not. */
  private static boolean on(@Nullable Element flag) {
    if (flag == null) {
      return false;
    }
    String v = flag.getAttributeNS(DocxReader.W, "val");
    return v.isEmpty() || v.equals("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("on");
  }
}
