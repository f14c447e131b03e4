package org.jixiao.extract.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.ingest.Block;
import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jspecify.annotations.Nullable;

/**
 * 中英对照: a form printed for a foreign lender or partner glosses every label and name in English after the Chinese
 * ("年度指标值Annual Target", "产出指标Output", "古丈县农业农村局Guzhang County Bureau of Agriculture and Rural Affairs",
 * h540). In a table where many cells are glossed so, each short cell is read as its Chinese: headers, levels, names and
 * values are then the ones every other form prints. A cell whose English tail is a code (AAA, COD, PM2.5) or that holds
 * prose is left as printed; so is every table with only a word or two of English.
 */
public final class EnglishGlosses {
  /**
   * A cell's Chinese, then its English: words with a lower-case run of three letters or more (a word, not a code),
   * after a blank, a slash or nothing.
   */
  private static final Pattern GLOSSED = Pattern.compile(
      "^(?<zh>.*[\\p{IsHan}）)%％])[\\s/／|]*(?<en>\\p{Alpha}[\\p{Alnum}\\s,.&'’()\\-–:;/%]*)$");
  private static final Pattern WORD = Pattern.compile("[a-z]{3,}");
  /** Longer Chinese is prose (a goal, a reason at length): its English is left with it. */
  private static final int MAX_CHINESE = 30;
  /** Fewer glossed cells are English words in a Chinese table, not a bilingual form. */
  private static final int MIN_GLOSSED = 3;
  /** The share of the cells with Chinese that a bilingual table glosses, at the least. */
  private static final double MIN_SHARE = 0.2;

  private EnglishGlosses() {}

  /**
   * The document with its bilingual tables' cells in Chinese; in its text each such cell's English is blanked (spaces, so
   * that every offset still points where it did), for the checks that read the tables line by line.
   */
  public static ParsedDocument stripped(ParsedDocument doc) {
    boolean any = false;
    List<Block> blocks = new ArrayList<>(doc.blocks().size());
    char[] text = doc.text().toCharArray();
    for (Block b : doc.blocks()) {
      Block r = b instanceof TableGrid t ? stripped(t) : b;
      if (r != b) {
        any = true;
        blankGlosses(text, b.start(), b.end());
      }
      blocks.add(r);
    }
    return any ? new ParsedDocument(doc.fileName(), doc.format(), blocks, new String(text), doc.metadata(), doc.warnings(),
        doc.pageCount()) : doc;
  }

  /** Blanks the English of each glossed tab-separated cell in text[from, to). */
  private static void blankGlosses(char[] text, int from, int to) {
    int start = Math.max(0, from);
    int end = Math.min(text.length, to);
    int cell = start;
    for (int i = start; i <= end; i++) {
      if (i == end || text[i] == '\t' || text[i] == '\n') {
        String printed = new String(text, cell, i - cell);
        String zh = chineseOf(printed);
        if (zh != null) {
          int keep = printed.indexOf(zh) + zh.length();
          java.util.Arrays.fill(text, cell + keep, i, ' ');
        }
        cell = i + 1;
      }
    }
  }

  private static TableGrid stripped(TableGrid t) {
    int chinese = 0;
    int glossed = 0;
    for (GridCell c : t.cells()) {
      if (c.text().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
        chinese++;
        glossed += chineseOf(c.text()) != null ? 1 : 0;
      }
    }
    if (glossed < MIN_GLOSSED || glossed < chinese * MIN_SHARE) {
      return t;
    }
    List<GridCell> out = new ArrayList<>(t.cells().size());
    for (GridCell c : t.cells()) {
      String zh = chineseOf(c.text());
      out.add(zh == null ? c : new GridCell(c.row(), c.col(), c.rowSpan(), c.colSpan(), zh, c.page(), c.ocr(), c.box()));
    }
    return new TableGrid(t.index(), t.tableIndex(), t.rows(), t.cols(), out, t.page(), t.start(), t.end(), t.method(),
        t.sheet());
  }

  /** The cell's Chinese when it is a short Chinese text glossed in English words, else null. */
  static @Nullable String chineseOf(String text) {
    Matcher m = GLOSSED.matcher(text.strip());
    if (!m.matches() || !WORD.matcher(m.group("en")).find()) {
      return null;
    }
    String zh = m.group("zh").strip();
    long han = zh.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
    return han >= 2 && zh.length() <= MAX_CHINESE ? zh : null;
  }
}
