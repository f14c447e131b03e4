package org.jixiao.ingest.ooxml;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The labels Word's automatic numbering shows before list paragraphs ("一、", "（二）", "目标3："), which are in
 * numbering.xml, not in the text: a report whose headings and goal labels are numbered lists (h359) would otherwise lose
 * them, and with them its sections and the goals' order. Counted as Word counts: per abstract list and level, a level
 * restarting below a higher one, a list instance's start override restarting it where the instance is first used (the
 * fourth goal in a second list shows 目标1 again). Bullets give no label.
 */
final class ListNumbers {
  private static final Map<XWPFDocument, Map<Object, String>> CACHE = Collections.synchronizedMap(new WeakHashMap<>());
  private static final String[] DIGITS = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  private static final int LEVELS = 9;

  private ListNumbers() {}

  /** The label Word shows before {@code p}, or "" when it is no numbered list paragraph. */
  static String label(XWPFParagraph p) {
    XWPFDocument doc = p.getNumID() == null ? null : p.getDocument();
    if (doc == null) {
      return "";
    }
    return CACHE.computeIfAbsent(doc, ListNumbers::labels).getOrDefault(p.getCTP(), "");
  }

  /**
   * Every list paragraph's label by its XML (the reader may wrap one paragraph in more than one XWPFParagraph), counted
   * through the body in reading order (table cells included).
   */
  private static Map<Object, String> labels(XWPFDocument doc) {
    Map<Object, String> out = new IdentityHashMap<>();
    XWPFNumbering numbering = doc.getNumbering();
    if (numbering == null) {
      return out;
    }
    Counter counter = new Counter(numbering);
    List<XWPFParagraph> order = new ArrayList<>();
    collect(doc.getBodyElements(), order);
    for (XWPFParagraph p : order) {
      BigInteger num = p.getNumID();
      if (num != null) {
        String label = counter.next(num, p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue());
        if (!label.isEmpty()) {
          out.put(p.getCTP(), label);
        }
      }
    }
    return out;
  }

  private static void collect(List<IBodyElement> elements, List<XWPFParagraph> out) {
    for (IBodyElement e : elements) {
      if (e instanceof XWPFParagraph p) {
        out.add(p);
      } else if (e instanceof XWPFTable t) {
        for (XWPFTableRow row : t.getRows()) {
          for (XWPFTableCell cell : row.getTableCells()) {
            collect(cell.getBodyElements(), out);
          }
        }
      }
    }
  }

  /** A level's definition: its first number, its format, its text with %1 … %9. */
  private record Level(int start, String format, String text) {}

  private static final class Counter {
    private final XWPFNumbering numbering;
    private final Map<BigInteger, int[]> counts = new HashMap<>();
    private final Set<BigInteger> started = new HashSet<>();

    Counter(XWPFNumbering numbering) {
      this.numbering = numbering;
    }

    String next(BigInteger numId, int ilvl) {
      BigInteger abstractId = numbering.getAbstractNumID(numId);
      XWPFAbstractNum abs = abstractId == null ? null : numbering.getAbstractNum(abstractId);
      if (abs == null || ilvl < 0 || ilvl >= LEVELS) {
        return "";
      }
      Level[] levels = levels(abs.getCTAbstractNum().getDomNode());
      Level level = levels[ilvl];
      if (level == null || "bullet".equals(level.format()) || "none".equals(level.format())) {
        return "";
      }
      int[] c = counts.computeIfAbsent(abstractId, k -> new int[LEVELS]);
      Integer override = started.add(numId) ? startOverride(numbering.getNum(numId), ilvl) : null;
      if (override != null) {
        c[ilvl] = override;
      } else {
        c[ilvl] = c[ilvl] == 0 ? level.start() : c[ilvl] + 1;
      }
      for (int k = ilvl + 1; k < LEVELS; k++) {
        c[k] = 0; // a lower level restarts under each new number of this one
      }
      String text = level.text();
      for (int k = 0; k <= ilvl; k++) {
        Level lk = levels[k];
        int n = c[k] == 0 && lk != null ? lk.start() : c[k];
        text = text.replace("%" + (k + 1), lk == null ? String.valueOf(n) : formatted(n, lk.format()));
      }
      return text;
    }
  }

  private static @Nullable Integer startOverride(@Nullable XWPFNum num, int ilvl) {
    if (num == null) {
      return null;
    }
    for (Node o = num.getCTNum().getDomNode().getFirstChild(); o != null; o = o.getNextSibling()) {
      if (o instanceof Element e && "lvlOverride".equals(e.getLocalName()) && String.valueOf(ilvl).equals(e.getAttributeNS(DocxReader.W, "ilvl"))) {
        Element start = DomChildren.first(e, "startOverride");
        if (start != null) {
          return DomChildren.integer(start, "val", 1);
        }
      }
    }
    return null;
  }

  private static Level[] levels(Node abstractNum) {
    Level[] out = new Level[LEVELS];
    for (Node n = abstractNum.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element lvl && "lvl".equals(lvl.getLocalName())) {
        int i = DomChildren.integer(lvl, "ilvl", -1);
        if (i >= 0 && i < LEVELS) {
          Element start = DomChildren.first(lvl, "start");
          Element fmt = DomChildren.first(lvl, "numFmt");
          Element text = DomChildren.first(lvl, "lvlText");
          out[i] = new Level(DomChildren.integer(start, "val", 1),
              fmt == null ? "decimal" : fmt.getAttributeNS(DocxReader.W, "val"),
              text == null ? "" : text.getAttributeNS(DocxReader.W, "val"));
        }
      }
    }
    return out;
  }


  /** A count in a level's format: 3, 三, ③, c, C, iii, III. */
  static String formatted(int n, String format) {
    return switch (format) {
      case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographLegalTraditional",
          "taiwaneseCounting", "taiwaneseCountingThousand" -> chinese(n);
      case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" -> n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : String.valueOf(n);
      case "ideographTraditional" -> n >= 1 && n <= 10 ? String.valueOf("甲乙丙丁戊己庚辛壬癸".charAt(n - 1)) : String.valueOf(n);
      case "lowerLetter" -> letters(n, 'a');
      case "upperLetter" -> letters(n, 'A');
      case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
      case "upperRoman" -> roman(n);
      case "decimalZero" -> n < 10 ? "0" + n : String.valueOf(n);
      default -> String.valueOf(n);
    };
  }

  private static String chinese(int n) {
    if (n <= 0 || n >= 100) {
      return String.valueOf(n);
    }
    if (n < 10) {
      return DIGITS[n];
    }
    return (n / 10 == 1 ? "" : DIGITS[n / 10]) + "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
  }

  private static String letters(int n, char a) {
    return n >= 1 && n <= 26 ? String.valueOf((char) (a + n - 1)) : String.valueOf(n);
  }

  private static String roman(int n) {
    int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder out = new StringBuilder();
    int rest = n;
    for (int i = 0; i < v.length; i++) {
      while (rest >= v[i]) {
        out.append(s[i]);
        rest -= v[i];
      }
    }
    return out.toString();
  }
}
