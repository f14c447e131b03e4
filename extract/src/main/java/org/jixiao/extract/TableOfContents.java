package org.jixiao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.ingest.Block;
import org.jixiao.ingest.Paragraph;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.Numbers;
import org.jixiao.text.words.Lexicon;

/**
 * 目录 (table of contents): entries of a heading, a dotted leader or a tab, and a page number ("一、基本情况……3",
 * a Word TOC field's "前言\t3"), one or several to a paragraph, and the 目录 heading above them. They are
 * blanked before extraction, so no row, section or identity is read from them. Entries count as a 目录
 * when a 目录 heading opens them or when at least {@link #MIN_ENTRIES} follow one another.
 */
final class TableOfContents {
  /** A dotted leader (dots, ellipses, middle dots), read as the tab it stands for. */
  private static final Pattern LEADER = Pattern.compile("[.．…·⋯]{3,}");
  /** One entry: a title, a leader (a tab once dots are read as one) and a page number. */
  private static final Pattern ENTRY = Numbers.compile("[^\\t\\n]{1,80}?\\t[ \\t]*{N}(?![%％])");
  private static final int MIN_ENTRIES = 3;

  private final List<String> headings;

  private TableOfContents(List<String> headings) {
    this.headings = headings.stream().map(Names::label).toList();
  }

  static TableOfContents standard() {
    return new TableOfContents(Lexicon.load(TableOfContents.class, "contents-words.txt").words("HEADING"));
  }

  /** The document without its 目录, and how many paragraphs that removed. */
  record Stripped(ParsedDocument doc, int removed) {}

  Stripped strip(ParsedDocument doc) {
    List<Block> blocks = doc.blocks();
    boolean[] drop = new boolean[blocks.size()];
    int removed = 0;
    for (int i = 0; i < blocks.size(); i++) {
      int run = run(blocks, i);
      boolean headed = blocks.get(i) instanceof Paragraph p && headings.contains(Names.label(p.text())) && run(blocks, i + 1) > 0;
      int entries = headed ? 1 + run(blocks, i + 1) : run;
      if (entries > 0 && (headed || count(blocks, i, run) >= MIN_ENTRIES)) {
        for (int k = i; k < i + entries; k++) {
          drop[k] = true;
          removed++;
        }
        i += entries - 1;
      }
    }
    if (removed == 0) {
      return new Stripped(doc, 0);
    }
    // blanked in place, not removed: blocks keep their indexes and the text its offsets
    List<Block> kept = new ArrayList<>(blocks);
    StringBuilder text = new StringBuilder(doc.text());
    for (int i = 0; i < blocks.size(); i++) {
      if (drop[i] && blocks.get(i) instanceof Paragraph p) {
        String blank = " ".repeat(p.text().length());
        kept.set(i, new Paragraph(p.index(), blank, 0, p.page(), p.start(), p.end()));
        text.replace(p.start(), p.end(), blank);
      }
    }
    return new Stripped(new ParsedDocument(doc.fileName(), doc.format(), kept, text.toString(), doc.metadata(),
        doc.warnings(), doc.pageCount()), removed);
  }

  /** How many paragraphs from {@code from} on are only 目录 entries. */
  private static int run(List<Block> blocks, int from) {
    int n = 0;
    while (from + n < blocks.size() && blocks.get(from + n) instanceof Paragraph p && entries(p.text()) > 0) {
      n++;
    }
    return n;
  }

  /** The entries in {@code n} paragraphs from {@code from}. */
  private static int count(List<Block> blocks, int from, int n) {
    int total = 0;
    for (int k = from; k < from + n; k++) {
      total += entries(((Paragraph) blocks.get(k)).text());
    }
    return total;
  }

  /** The number of entries {@code text} consists of, or 0 when anything else is in it. */
  static int entries(String text) {
    String t = LEADER.matcher(text.strip()).replaceAll("\t");
    if (t.indexOf('\t') < 0) {
      return 0; // every entry holds a tab: without one, ENTRY would try 80 characters at each place for nothing
    }
    Matcher m = ENTRY.matcher(t);
    int n = 0;
    int end = 0;
    while (m.find()) {
      if (!t.substring(end, m.start()).isBlank()) {
        return 0;
      }
      end = m.end();
      n++;
    }
    return t.substring(end).isBlank() ? n : 0;
  }
}
