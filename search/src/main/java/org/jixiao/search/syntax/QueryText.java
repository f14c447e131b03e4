package org.jixiao.search.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * 查询语法: the search box's syntax, read the way Lucene's {@code SimpleQueryParser} reads it with the flags the
 * embedded index uses, into a {@link Clause} tree a backend without that parser (Solr's client) can render. White
 * space (or {@code +}, {@code AND}) joins clauses that must all match, {@code |} or {@code OR} either, {@code -x} or
 * {@code NOT x} excludes, {@code "…"} quotes a phrase, {@code 执行*} is a word prefix, {@code ( )} group, {@code \}
 * escapes. Operators apply left to right ({@code a b | c} is {@code (a b) | c}); a stray bracket or quote, or an
 * operator with nothing after it, is dropped and said in {@link Parsed#problem()}. The index module's test checks
 * this reading against Lucene's parser.
 */
public final class QueryText {
  /** English operator words, upper case and standing alone, as users type them from other search engines. */
  private static final Pattern AND = Pattern.compile("(?<=^|\\s)AND(?=\\s|$)");
  private static final Pattern OR = Pattern.compile("(?<=^|\\s)OR(?=\\s|$)");
  private static final Pattern NOT = Pattern.compile("(?<=^|\\s)NOT\\s+");
  private static final Pattern TRAILING = Pattern.compile("[+|\\-(]\\s*$");

  /** The tree, the words and phrases searched for (for highlighting), and what was dropped, if anything. */
  public record Parsed(Clause clause, List<String> words, @Nullable String problem) {
    public Parsed {
      words = List.copyOf(words);
    }
  }

  private final String q;
  private final Predicate<String> searchable;
  private final List<String> words = new ArrayList<>();

  private QueryText(String q, Predicate<String> searchable) {
    this.q = q;
    this.searchable = searchable;
  }

  /** The English operator words as the parser's signs: {@code AND} → {@code +}, {@code OR} → {@code |}, {@code NOT x} → {@code -x}. */
  public static String signs(String text) {
    return NOT.matcher(OR.matcher(AND.matcher(text).replaceAll("+")).replaceAll("|")).replaceAll("-");
  }

  /**
   * Reads {@code text}; a word or phrase for which {@code searchable} is false (punctuation, for a backend whose
   * analyzers give it no token) is left out as if not typed, as the embedded index leaves out a clause with no query.
   */
  public static Parsed parse(String text, Predicate<String> searchable) {
    String q = signs(text);
    if (q.strip().equals("*")) {
      return new Parsed(new Clause.Everything(), List.of(), problem(q));
    }
    QueryText p = new QueryText(q, searchable);
    Clause c = p.group(0, q.length());
    return new Parsed(c == null ? new Clause.Nothing() : c, p.words, problem(q));
  }

  /** What was parsed so far of one level: the tree, the operator waiting for the next clause, the last one used. */
  private static final class Level {
    @Nullable Clause top;
    @Nullable Boolean pending;
    @Nullable Boolean previous;
    int not;

    void add(@Nullable Clause branch) {
      if (branch == null) {
        return; // an operator before nothing searchable stays pending, as in Lucene's parser
      }
      Clause c = not % 2 == 1 ? new Clause.Not(branch) : branch;
      if (top == null) {
        top = c;
      } else {
        boolean all = pending == null || pending; // white space: must match
        List<Clause> items = new ArrayList<>();
        if (previous != null && previous == all && top instanceof Clause.Join j) {
          items.addAll(j.clauses());
        } else {
          items.add(top); // another operator: what came before is one clause of the new join
        }
        items.add(c);
        top = new Clause.Join(all, items);
        previous = all;
      }
      pending = null;
    }
  }

  private @Nullable Clause group(int from, int to) {
    Level level = new Level();
    int i = from;
    while (i < to) {
      char c = q.charAt(i);
      if (c == '-') {
        level.not++;
        i++;
        continue; // a sign holds for the next clause only if nothing, not even a space, comes between
      }
      if (c == '(') {
        i = subgroup(level, i, to);
      } else if (c == ')') {
        i++; // a closing bracket without its opening one
      } else if (c == '"') {
        i = phrase(level, i, to);
      } else if (c == '+' || c == '|') {
        if (level.pending == null && level.top != null) {
          level.pending = c == '+';
        }
        i++;
      } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        i++;
      } else {
        i = token(level, i, to);
      }
      level.not = 0;
    }
    return level.top;
  }

  private int subgroup(Level level, int open, int to) {
    int depth = 1;
    boolean escaped = false;
    int i = open + 1;
    for (; i < to; i++) {
      char c = q.charAt(i);
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        break;
      }
    }
    if (i >= to) {
      return open + 1; // never closed: the bracket is dropped
    }
    if (i == open + 1) {
      level.pending = null; // "()": the operator before it had nothing to join
      return i + 1;
    }
    level.add(group(open + 1, i));
    return i + 1;
  }

  private int phrase(Level level, int open, int to) {
    StringBuilder text = new StringBuilder();
    boolean escaped = false;
    int i = open + 1;
    for (; i < to; i++) {
      char c = q.charAt(i);
      if (!escaped && c == '\\') {
        escaped = true;
        continue;
      }
      if (!escaped && c == '"') {
        break;
      }
      escaped = false;
      text.append(c);
    }
    if (i >= to) {
      return open + 1; // never closed: the quote is dropped
    }
    if (i == open + 1) {
      level.pending = null;
      return i + 1;
    }
    level.add(word(text.toString()));
    return i + 1;
  }

  private int token(Level level, int start, int to) {
    StringBuilder text = new StringBuilder();
    boolean escaped = false;
    boolean prefix = false;
    int i = start;
    for (; i < to; i++) {
      char c = q.charAt(i);
      if (!escaped) {
        if (c == '\\') {
          escaped = true;
          prefix = false;
          continue;
        }
        if (ends(c)) {
          break;
        }
        prefix = !text.isEmpty() && c == '*';
      }
      escaped = false;
      text.append(c);
    }
    if (text.isEmpty()) {
      return i;
    }
    if (prefix) {
      String startText = text.substring(0, text.length() - 1);
      words.add(startText);
      level.add(new Clause.Prefix(startText));
    } else {
      level.add(word(text.toString()));
    }
    return i;
  }

  private @Nullable Clause word(String text) {
    if (!searchable.test(text)) {
      return null;
    }
    words.add(text);
    return new Clause.Word(text);
  }

  private static boolean ends(char c) {
    return c == '"' || c == '|' || c == '+' || c == '(' || c == ')' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /** What the lenient parser dropped: an unbalanced bracket or quote, an operator closing the query. */
  public static @Nullable String problem(String q) {
    List<String> out = new ArrayList<>();
    long open = q.chars().filter(c -> c == '(').count();
    long close = q.chars().filter(c -> c == ')').count();
    if (open != close) {
      out.add("括号不成对（" + open + " 个“(”，" + close + " 个“)”）");
    }
    if (q.chars().filter(c -> c == '"').count() % 2 != 0) {
      out.add("引号不成对");
    }
    if (TRAILING.matcher(q).find()) {
      out.add("末尾的运算符后没有词");
    }
    return out.isEmpty() ? null : String.join("；", out) + "，已忽略";
  }
}
