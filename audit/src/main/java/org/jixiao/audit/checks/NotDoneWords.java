package org.jixiao.audit.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jixiao.text.number.Numbers;
import org.jixiao.text.words.WordList;
import org.jspecify.annotations.Nullable;

/**
 * 未完成措辞: finds where a text says a task was not done ({@code not-done-words.txt}), after
 * blanking the phrases that only look so (全年未发生安全事故, 未完成原因分析, 未完成按比例扣分).
 */
final class NotDoneWords {
  /** Characters of context either side of the word in a finding's message. */
  private static final int CONTEXT = 16;

  private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");

  private final List<String> notDone;
  private final List<String> clear;

  NotDoneWords(List<String> notDone, List<String> clear) {
    // longest first, so that 未全部完成 is reported rather than a shorter word inside it
    this.notDone = notDone.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    this.clear = clear.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  static NotDoneWords standard() {
    List<String> notDone = new ArrayList<>();
    List<String> clear = new ArrayList<>();
    for (String line : WordList.lines(NotDoneWords.class, "not-done-words.txt")) {
      String[] parts = line.split("\\s+", 2);
      switch (parts[0]) {
        case "not-done" -> notDone.add(parts[1]);
        case "clear" -> clear.add(parts[1]);
        default -> throw new IllegalStateException("not-done-words.txt: unknown role in: " + line);
      }
    }
    return new NotDoneWords(notDone, clear);
  }

  /**
   * The first phrase in {@code text} that says the task was not done (the longest where two start
   * together), with its context as printed; empty if none.
   */
  Optional<Hit> find(@Nullable String text) {
    return find(text, null);
  }

  /**
   * As {@link #find(String)}, in a text about the report's {@code year}: a clause opening with an earlier year, or
   * with 上年 / 去年, tells the past ("2023年未开展标准化管理达标创建，2024年新创建达标工程4处", h378: why a growth rate has
   * no base), not this year's task left undone, and is not read.
   */
  Optional<Hit> find(@Nullable String text, @Nullable Integer year) {
    String t = text == null ? "" : SPACE.matcher(text).replaceAll("");
    String blanked = year == null ? t : pastClausesBlanked(t, year);
    for (String c : clear) {
      blanked = blanked.replace(c, "\u0000".repeat(c.length()));
    }
    int at = -1;
    String found = null;
    for (String w : notDone) {
      int i = blanked.indexOf(w);
      if (i >= 0 && (at < 0 || i < at)) {
        at = i;
        found = w;
      }
    }
    if (found == null) {
      return Optional.empty();
    }
    String context = t.substring(Math.max(0, at - CONTEXT), Math.min(t.length(), at + found.length() + CONTEXT));
    return Optional.of(new Hit(found, context));
  }

  /** A clause opening with a year ("2023年未开展…，2024年新创建…") or with the year before (上年, 去年). */
  private static final Pattern CLAUSE_YEAR = Numbers.compile("(?:^|(?<=[，,。；;]))(?:(?<y>{Y})\\s*年|(?<before>上年|去年|上一年|往年))");

  /** The text with each clause opening with a year before {@code year}, or with 上年 / 去年, blanked. */
  private static String pastClausesBlanked(String t, int year) {
    StringBuilder out = new StringBuilder(t);
    java.util.regex.Matcher m = CLAUSE_YEAR.matcher(t);
    while (m.find()) {
      if (m.group("y") == null || Numbers.of(m.group("y")).intValue() < year) {
        int end = m.start();
        while (end < t.length() && "，,。；;".indexOf(t.charAt(end)) < 0) {
          end++;
        }
        for (int i = m.start(); i < end; i++) {
          out.setCharAt(i, '\u0000');
        }
      }
    }
    return out.toString();
  }

  /** A not-done word and the words around it, as printed (white space removed). */
  record Hit(String word, String context) {}
}
