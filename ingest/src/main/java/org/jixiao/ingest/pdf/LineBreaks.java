package org.jixiao.ingest.pdf;

import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.ingest.internal.WrappedText;

/**
 * What CJK line breaking (kinsoku, 避头尾) tells about a line end: which characters may not start
 * or end a line, which may hang past the right margin, how wide the first unbreakable token of a
 * line is, and which line starts are outline markers (一、 （一） 1. 附件 表1) that open a paragraph.
 */
final class LineBreaks {
  /** Closing brackets, quotes and punctuation: never at the start of a line (行首禁则). */
  private static final String NO_START = "，。、；：！？）)］]｝}〕〗】》〉」』”’%％‰·…—,.;:!?℃";
  /** Opening brackets and quotes: never at the end of a line (行尾禁则). */
  private static final String NO_END = "（(［[｛{〔〖【《〈「『“‘";
  /** Punctuation that Word and LibreOffice let hang past the right margin (标点溢出边界). */
  private static final String HANGING = "，。、．,.";
  /** A paragraph's last line ends with one of these (a sentence, a lead-in, a closed quote or bracket). */
  private static final String TERMINAL = "。！？；：!?;:）)”’』」》";

  /**
   * 一、 （一） (一) 1. 1、 （1） 附件 表1 图1 at the start of a line; a number followed by a digit
   * (1.5分) or a 表/图 number followed by punctuation (表1。) is running text, not a marker.
   */
  private static final Pattern OUTLINE = Pattern.compile(
      "^(?:[一二三四五六七八九十]{1,3}、"
          + "|[（(][一二三四五六七八九十]{1,3}[）)]"
          + "|[（(]\\d{1,2}[）)]"
          + "|\\d{1,2}(?:[、．]|\\.(?!\\d))"
          + "|附件(?:[0-9一二三四五六七八九十]{0,2})(?:[：:\\s]|$)"
          + "|[表图]\\s?\\d{1,2}(?:[-.．]\\d{1,2})?(?:[\\s：:]|\\p{IsHan}|$))");

  private LineBreaks() {}

  static boolean noStart(char c) {
    return NO_START.indexOf(c) >= 0;
  }

  static boolean noEnd(char c) {
    return NO_END.indexOf(c) >= 0;
  }

  static boolean hanging(char c) {
    return HANGING.indexOf(c) >= 0;
  }

  static boolean terminal(char c) {
    return TERMINAL.indexOf(c) >= 0;
  }

  /** The text starts with an outline marker: a heading or list item, so a new paragraph. */
  static boolean startsOutline(String text) {
    return OUTLINE.matcher(text.strip()).find();
  }

  /** Right end of the line's text without a trailing punctuation mark that may hang past the margin. */
  static double contentRight(TextLine line) {
    List<Glyph> g = line.glyphs();
    int n = g.size();
    if (n >= 2 && isHangingGlyph(g.get(n - 1))) {
      return g.get(n - 2).x1();
    }
    return line.x1();
  }

  private static boolean isHangingGlyph(Glyph g) {
    return g.text().length() == 1 && hanging(g.text().charAt(0));
  }

  /**
   * Width of the line's first unbreakable token, from the left edge of the line: an opening
   * bracket or quote with what follows it, a number with its unit (62.19亿元 keeps at least its
   * first unit character, 0.5g/kg its letters), a Latin word, or one CJK character, in each case
   * with the closing punctuation that may not start the next line.
   */
  static double firstTokenWidth(TextLine line) {
    List<Glyph> g = line.glyphs();
    int i = 0;
    while (i < g.size() && noEnd(first(g.get(i)))) {
      i++;
    }
    if (i < g.size()) {
      char c = first(g.get(i));
      if (isAsciiWord(c)) {
        while (i < g.size() && isAsciiWord(first(g.get(i)))) {
          i++;
        }
        // a number's unit: the engine does not split 62.19亿 or 5分
        if (i < g.size() && Character.isDigit(first(g.get(i - 1))) && WrappedText.isCjk(first(g.get(i)))
            && !noStart(first(g.get(i)))) {
          i++;
        }
      } else {
        i++;
      }
    }
    while (i < g.size() && noStart(first(g.get(i)))) {
      i++;
    }
    int last = Math.max(0, Math.min(i, g.size()) - 1);
    return g.get(last).x1() - line.x0();
  }

  /** Digits, Latin letters and the marks inside a number or unit (0.5g/kg, 1,200, 95%, 3-5). */
  private static boolean isAsciiWord(char c) {
    return (c < 0x80 && Character.isLetterOrDigit(c)) || ".,/%-".indexOf(c) >= 0 || c == '‰';
  }

  private static char first(Glyph g) {
    return g.text().isEmpty() ? ' ' : g.text().charAt(0);
  }
}
