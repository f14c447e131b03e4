package org.jixiao.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Groups consecutive text lines into paragraphs. A new paragraph starts after a short line (it
 * ended before the right margin for a reason other than line breaking), at an outline marker
 * (一、 （一） 1. 附件 表1), at a line indented past the previous one (first-line indent, centred
 * titles), at a change of font size, or after a gap clearly wider than the page's usual line
 * spacing.
 */
final class Paragraphs {
  /** A line ending more than this many font sizes before the margin is short. */
  static final double SHORT = 1.5;
  /**
   * A first-line indent is at most this many font sizes (two characters and some): lines wrapped at a count of characters
   * end at most this far short of the margin; a line ending further short is short for a reason of its own.
   */
  private static final double INDENT = 3.5;

  private Paragraphs() {}

  /**
   * @param right the right edge of the page's text column
   * @param usualGap the page's median gap between consecutive lines
   */
  static List<PageBlock.Text> group(int page, List<TextLine> lines, double left, double right, double usualGap) {
    List<PageBlock.Text> out = new ArrayList<>();
    List<TextLine> cur = new ArrayList<>();
    for (TextLine line : lines) {
      if (!cur.isEmpty() && startsNew(cur.get(cur.size() - 1), line, measure(cur, line, left, right), usualGap)) {
        out.add(paragraph(page, cur, left, right));
        cur = new ArrayList<>();
      }
      cur.add(line);
    }
    if (!cur.isEmpty()) {
      out.add(paragraph(page, cur, left, right));
    }
    return out;
  }

  /**
   * Where the paragraph's lines end: the column's right edge, or short of it where the text was wrapped at a count of
   * characters (h334: a first line indented two characters ends at the margin, the lines after it two characters
   * short). Two lines ending together short of the margin, the second starting at the column's left, the first cut in
   * a word (a Han character or a mark no paragraph ends with), are such lines; so is a line cut in a word that ends as
   * far short of the margin as the paragraph's first line is indented. Then the paragraph's measure is theirs.
   */
  static double measure(List<TextLine> cur, TextLine line, double left, double right) {
    TextLine prev = cur.get(cur.size() - 1);
    if (cur.size() >= 2 && (sameMeasure(cur.get(cur.size() - 2), prev, left, right) || countedAfterIndent(cur, left, right))) {
      return prev.x1();
    }
    return sameMeasure(prev, line, left, right) ? prev.x1() : right;
  }

  private static boolean sameMeasure(TextLine a, TextLine b, double left, double right) {
    double size = Math.max(a.size(), b.size());
    return cutInWord(a) && a.x1() < right - SHORT * size && a.x1() >= right - INDENT * size && Math.abs(a.x1() - b.x1()) <= 0.5 * size
        && b.x0() <= left + 0.5 * size && Math.abs(a.size() - b.size()) <= 0.15 * size;
  }

  /** The paragraph's last line, cut in a word, holds as many characters as its indented first line. */
  private static boolean countedAfterIndent(List<TextLine> cur, double left, double right) {
    TextLine first = cur.get(0);
    TextLine prev = cur.get(cur.size() - 1);
    double size = prev.size();
    double indent = first.x0() - left;
    return indent > 0.5 * size && indent <= INDENT * size && cutInWord(prev) && prev.x0() <= left + 0.5 * size && prev.x1() < right - SHORT * size
        && Math.abs(prev.x1() - (first.x1() - indent)) <= 0.5 * size && Math.abs(first.size() - size) <= 0.15 * size;
  }

  private static boolean cutInWord(TextLine line) {
    String t = line.text().strip();
    char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
    return Character.UnicodeScript.of(last) == Character.UnicodeScript.HAN || "，、（“《".indexOf(last) >= 0;
  }

  private static PageBlock.Text paragraph(int page, List<TextLine> lines, double left, double right) {
    TextLine first = lines.get(0);
    TextLine last = lines.get(lines.size() - 1);
    return new PageBlock.Text(page, first.top(), TextLines.joinLines(lines, right),
        last.x1() >= right - SHORT * last.size(), first.x0() <= left + 0.5 * first.size());
  }

  static boolean startsNew(TextLine prev, TextLine line, double right, double usualGap) {
    double size = Math.max(prev.size(), line.size());
    double gap = line.top() - prev.bottom();
    if (line.x0() > prev.x0() + size
        || Math.abs(prev.size() - line.size()) > 0.15 * size
        || gap > Math.max(usualGap * 1.6, usualGap + 0.5 * size)
        || gap < -0.5 * size) {
      return true;
    }
    if (FORM_FIELD.matcher(prev.text()).lookingAt() && FORM_FIELD.matcher(line.text()).lookingAt()
        && Math.abs(line.x0() - prev.x0()) <= 0.5 * size) {
      return true; // a cover's or form's fields a line each ("评价机构：…" over "报告编号：…"), however long the first
    }
    boolean isShort = prev.x1() < right - SHORT * size;
    if (LineBreaks.startsOutline(line.text())) {
      return isShort || opensOutline(prev.text(), line.text());
    }
    return isShort && !brokenEarly(prev, line, right) && !splitsNumberFromUnit(prev.text(), line.text());
  }

  /**
   * "…效益指标满分25" over "分，得分19.79分。" (h319, lines wrapped by count, not by width): a figure and its unit are one
   * token that line breaking never splits, so a line ending in a digit before one opening with a unit and then a
   * punctuation mark goes on, however short it is.
   */
  static boolean splitsNumberFromUnit(String before, String next) {
    String b = before.strip();
    String n = next.strip();
    return !b.isEmpty() && Character.isDigit(b.charAt(b.length() - 1)) && n.length() >= 2 && UNITS.indexOf(n.charAt(0)) >= 0
        && LineBreaks.noStart(n.charAt(1));
  }

  /** A line opening with a form's label and its colon: "评价机构：", "项目主管部门： ". */
  private static final Pattern FORM_FIELD = Pattern.compile("[\\s\u3000]*[\\p{IsHan}（）()]{2,8}[：:]");

  /** Units a figure is printed with in these reports: points, money, per cent. */
  private static final String UNITS = "分元%％";

  /**
   * The line ended short because line breaking kept its continuation together: the next line's
   * first unbreakable token (62.19亿元, “良, 号）) would not have fitted in the room left, so the
   * break is a wrap. A line that closes a sentence before a line that may start one is a
   * paragraph end whatever the room.
   */
  static boolean brokenEarly(TextLine prev, TextLine line, double right) {
    String next = line.text().strip();
    if (next.isEmpty() || endsSentence(prev.text()) && !LineBreaks.noStart(next.charAt(0))) {
      return false;
    }
    return LineBreaks.firstTokenWidth(line) > right - prev.x1();
  }

  /**
   * After text ending at the margin, {@code next} opens a heading or list item: it starts with an
   * outline marker and the text before closes a sentence (…得分5分。| 22.…, …监督。| 附件：…);
   * after a line cut mid-sentence a marker-like start (…见 | 表1 所示) is running text.
   */
  static boolean opensOutline(String before, String next) {
    return LineBreaks.startsOutline(next) && endsSentence(before);
  }

  private static boolean endsSentence(String text) {
    String t = text.strip();
    return !t.isEmpty() && LineBreaks.terminal(t.charAt(t.length() - 1));
  }

  /** Median gap between consecutive lines, or one font size when there are too few lines. */
  static double usualGap(List<TextLine> lines) {
    List<Double> gaps = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      double g = lines.get(i).top() - lines.get(i - 1).bottom();
      if (g >= 0) {
        gaps.add(g);
      }
    }
    if (gaps.size() < 3) {
      return lines.isEmpty() ? 10 : lines.get(0).size();
    }
    gaps.sort(Double::compare);
    return gaps.get(gaps.size() / 2);
  }
}
