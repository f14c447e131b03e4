package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.text.number.Money;
import org.jixiao.text.number.Numbers;
import org.jixiao.text.words.WordList;

/**
 * 执行率 stated in a sentence together with its parts: "预算指标A万元 … 实际使用B万元 … 完成率X%". Finds
 * the sentences (split at 。；and line ends) where exactly one amount follows a budget word and
 * exactly one follows a spend word, and returns what they state. Keywords come from {@code
 * rate-keywords.txt}.
 */
final class RateStatements {
  /** One statement: amounts in 万元, the rate in percent, and the sentence's span. */
  record Statement(
      BigDecimal budget, BigDecimal spend, BigDecimal rate, String rateText, int start, int end) {
    BigDecimal recomputed() {
      return spend.multiply(BigDecimal.valueOf(100)).divide(budget, MathContext.DECIMAL64);
    }
  }

  private static final Pattern SENTENCE_END = Pattern.compile("[。；;\\n]");

  private final List<String> budgetWords = new ArrayList<>();
  private final List<String> spendWords = new ArrayList<>();
  private final Pattern rate;

  RateStatements(List<String> lines) {
    List<String> rateWords = new ArrayList<>();
    for (String line : lines) {
      String[] parts = line.split("\\s+", 2);
      if (parts.length != 2) {
        throw new IllegalArgumentException("bad keyword line: " + line);
      }
      switch (parts[0]) {
        case "budget" -> budgetWords.add(parts[1]);
        case "spend" -> spendWords.add(parts[1]);
        case "rate" -> rateWords.add(Pattern.quote(parts[1]));
        default -> throw new IllegalArgumentException("unknown role in: " + line);
      }
    }
    rate =
        Numbers.compile("(?:" + String.join("|", rateWords) + ")\\s*(?:为|达到|达|是|:|：)?\\s*({SN})\\s*[%％]");
  }

  static RateStatements standard() {
    return new RateStatements(WordList.lines(RateStatements.class, "rate-keywords.txt"));
  }

  List<Statement> find(String text) {
    List<Statement> out = new ArrayList<>();
    Matcher ends = SENTENCE_END.matcher(text);
    int start = 0;
    while (start < text.length()) {
      int end = ends.find(start) ? ends.end() : text.length();
      statement(text, start, end).ifPresent(out::add);
      start = end;
    }
    return out;
  }

  private java.util.Optional<Statement> statement(String text, int start, int end) {
    String sentence = text.substring(start, end);
    Matcher r = rate.matcher(sentence);
    if (!r.find()) {
      return java.util.Optional.empty();
    }
    BigDecimal budget = null;
    BigDecimal spend = null;
    int budgets = 0;
    int spends = 0;
    int previous = 0;
    // a table's line is a sentence of cells: the rate and its amounts are one cell's (预算执行率 | 100% | … | "全年执行数
    // 3,268.75万元÷全年预算数3,412.68万元×100%＝95.78%" pairs the target with the note's amounts, h426)
    int cellStart = sentence.lastIndexOf('\t', r.start()) + 1;
    int cellEnd = sentence.indexOf('\t', r.end());
    cellEnd = cellEnd < 0 ? sentence.length() : cellEnd;
    for (Money.Mention m : Money.find(sentence)) {
      if (m.start() < cellStart || m.end() > cellEnd) {
        continue;
      }
      String before = sentence.substring(Math.max(previous, cellStart), m.start());
      BigDecimal amount = m.amount().wanYuan();
      int b = lastIndex(before, budgetWords);
      int s = lastIndex(before, spendWords);
      if (b > s) {
        budget = amount;
        budgets++;
      } else if (s > b) {
        spend = amount;
        spends++;
      }
      previous = m.end();
    }
    if (budgets != 1 || spends != 1 || budget == null || spend == null || budget.signum() == 0) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new Statement(budget, spend, Numbers.of(r.group(1)), r.group(), start, end));
  }

  private static int lastIndex(String text, List<String> words) {
    int best = -1;
    for (String w : words) {
      best = Math.max(best, text.lastIndexOf(w));
    }
    return best;
  }
}
