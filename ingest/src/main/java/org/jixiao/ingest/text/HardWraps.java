package org.jixiao.ingest.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * 硬换行: text laid out at a fixed width (a {@code pdftotext -layout} export, a report typed into a plain-text
 * form) breaks sentences wherever the line fills up: "…预算编制准确" / "性有待提高，该项指标分值5分，得4分。". Such a
 * line continues the one above when the one above is full (within two characters of the document's width), does
 * not end a sentence, and this line is not indented and opens no heading or item. A document counts as laid out at
 * a width only when several of its lines fill it; a file of one paragraph per line is left alone.
 */
final class HardWraps {
  /** Lines this close (in columns, a CJK character counting two) to the widest are full. */
  private static final int SLACK = 4;
  private static final int MIN_FULL_LINES = 3;
  private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?；;：:]$");
  private static final Pattern OPENS_ITEM = Pattern.compile(
      "^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\p{Nd}]+[）)]|\\p{Nd}+[、.．)）](?!\\p{Nd})|第[一二三四五六七八九十\\p{Nd}]+[章节部分]|附[表件录])");

  private final int width;
  private final boolean laidOut;

  private HardWraps(int width, boolean laidOut) {
    this.width = width;
    this.laidOut = laidOut;
  }

  static HardWraps of(List<String> lines) {
    // the width prose is laid out at: a table's lines (ruled, tab-separated) may run wider than the text's margin
    List<String> prose = lines.stream().filter(l -> l.indexOf('\t') < 0 && !RuledRows.isRule(l) && !RuledRows.isRow(l)).toList();
    int width = 0;
    for (String l : prose) {
      width = Math.max(width, columns(l));
    }
    int full = 0;
    for (String l : prose) {
      if (width > 0 && columns(l) >= width - SLACK) {
        full++;
      }
    }
    return new HardWraps(width, full >= MIN_FULL_LINES);
  }

  /** Whether raw line {@code next} continues raw line {@code previous} (both non-blank). */
  boolean continues(String previous, String next) {
    if (!laidOut || next.isEmpty() || Character.isWhitespace(next.charAt(0)) || columns(previous) < width - SLACK) {
      return false;
    }
    String p = previous.strip();
    String n = next.strip();
    return !SENTENCE_END.matcher(p).find() && !OPENS_ITEM.matcher(n).find();
  }

  /** Display columns: a CJK or full-width character takes two. */
  static int columns(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      n += c >= 0x1100 && (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c >= 0xFF00 && c <= 0xFF60
          || c >= 0x3000 && c <= 0x303F) ? 2 : 1;
      i += Character.charCount(c);
    }
    return n;
  }
}
