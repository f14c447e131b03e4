package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.internal.BudgetTable;
import org.jixiao.audit.internal.BudgetTableReader;
import org.jixiao.schema.SourceRef;
import org.jixiao.schema.TextSpan;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.Numbers;
import org.jixiao.text.words.Lexicon;
import org.jspecify.annotations.Nullable;

/**
 * 预算执行得分项: the budget-execution item a 自评表 scores beside its indicator rows when the
 * extraction did not make it a row: the 分值 and 得分 cells of the budget strip's first line (h83
 * "年初预算数 | 全年预算数 | 全年执行数 | 预算执行率 | 分值 | 得分" over "… | 96.00% | 10 | 10"), label/value
 * cells ("预算执行分值 | 10 | 预算执行得分 | 9.63", h84), or the weight a total line says it includes
 * ("合计（含预算执行10分）"). Words in {@code budget-item.txt}. The first statement that gives a weight
 * is taken; its score is null when none is printed. For one of several reports in a file only its
 * own budget strip is read (label cells and total lines may be another report's).
 */
record BudgetItem(BigDecimal weight, @Nullable BigDecimal score, SourceRef source) {
  private static final Lexicon WORDS = Lexicon.load(BudgetItem.class, "budget-item.txt");
  private static final BudgetTableReader TABLES = BudgetTableReader.standard();
  private static final Pattern INCLUDED =
      Numbers.compile("[(（]含(?:" + String.join("|", WORDS.words("INCLUDED").stream().map(Pattern::quote).toList())
          + ")\\s*({N})\\s*分[)）]");

  /** Every statement of the item in the subject's text, in this order: strip, label/value, total line. */
  static List<BudgetItem> find(AuditSubject subject) {
    String text = subject.text();
    List<BudgetItem> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    String file = subject.file();
    for (BudgetTable table : TABLES.read(subject.report(), text)) {
      strip(file, text, table).ifPresent(out::add);
    }
    labelled(file, text).ifPresent(out::add);
    Matcher m = INCLUDED.matcher(text);
    if (m.find()) {
      out.add(new BudgetItem(Numbers.of(m.group(1)), null, new TextSpan(file, null, m.start(), m.end())));
    }
    return out;
  }

  private static Optional<BudgetItem> strip(String file, String text, BudgetTable table) {
    if (table.lines().isEmpty()) {
      return Optional.empty();
    }
    List<String> header = cells(text, table.start());
    int weight = index(header, WORDS.words("STRIP_WEIGHT"));
    int score = index(header, WORDS.words("STRIP_SCORE"));
    BudgetTable.Line first = table.lines().getFirst();
    List<String> line = cells(text, first.start());
    if (score < 0 || line.size() != header.size()) {
      return Optional.empty();
    }
    if (weight < 0) {
      weight = unreadWeight(header, line, score);
    }
    if (weight < 0) {
      return Optional.empty();
    }
    Optional<BigDecimal> w = Numbers.parse(line.get(weight).strip());
    Optional<BigDecimal> s = Numbers.parse(line.get(score).strip());
    return w.filter(v -> v.signum() > 0)
        .map(v -> new BudgetItem(v, s.orElse(null), new TextSpan(file, null, first.start(), first.end())));
  }

  /** The longest header text taken for a misreading: one character ("人" for 分值, h514); two may be a word (备注). */
  private static final int MAX_GARBLED_HEADER = 1;

  /**
   * On a strip whose 分值 header a scan did not yield ("年初预算数 | 全年预算数 | 全年执行数 | 人 | 执行率 | 得分", h514), the one
   * column under a header of one character, holding on the first line a whole number no smaller than its score ("10"
   * beside "9.66"); -1 when none or several.
   */
  private static int unreadWeight(List<String> header, List<String> line, int score) {
    Optional<BigDecimal> s = Numbers.parse(line.get(score).strip());
    if (s.isEmpty()) {
      return -1;
    }
    int found = -1;
    for (int k = 0; k < header.size(); k++) {
      String h = Names.compact(header.get(k));
      Optional<BigDecimal> v = Numbers.parse(line.get(k).strip());
      if (k != score && !h.isEmpty() && h.length() <= MAX_GARBLED_HEADER && v.isPresent()
          && v.get().stripTrailingZeros().scale() <= 0 && v.get().compareTo(s.get()) >= 0) {
        if (found >= 0) {
          return -1;
        }
        found = k;
      }
    }
    return found;
  }

  private static Optional<BudgetItem> labelled(String file, String text) {
    int lineStart = 0;
    BigDecimal weight = null;
    BigDecimal score = null;
    int at = -1;
    for (String line : text.split("\n", -1)) {
      List<String> cells = List.of(line.split("\t", -1));
      for (int k = 0; k + 1 < cells.size(); k++) {
        String label = Names.label(cells.get(k));
        Optional<BigDecimal> value = Numbers.parse(cells.get(k + 1).strip());
        if (value.isPresent() && weight == null && WORDS.words("WEIGHT_LABEL").contains(label)) {
          weight = value.get();
          at = lineStart;
        } else if (value.isPresent() && score == null && WORDS.words("SCORE_LABEL").contains(label)) {
          score = value.get();
        }
      }
      lineStart += line.length() + 1;
    }
    if (weight == null || weight.signum() <= 0) {
      return Optional.empty();
    }
    return Optional.of(new BudgetItem(weight, score, new TextSpan(file, null, at, at)));
  }

  private static List<String> cells(String text, int lineStart) {
    int end = text.indexOf('\n', lineStart);
    return List.of(text.substring(lineStart, end < 0 ? text.length() : end).split("\t", -1));
  }

  /** The one cell whose label is among {@code words}; -1 when none or several. */
  private static int index(List<String> cells, List<String> words) {
    int found = -1;
    for (int k = 0; k < cells.size(); k++) {
      if (words.contains(Names.label(cells.get(k)))) {
        if (found >= 0) {
          return -1;
        }
        found = k;
      }
    }
    return found;
  }
}
