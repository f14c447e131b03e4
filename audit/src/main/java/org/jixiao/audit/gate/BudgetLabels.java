package org.jixiao.audit.gate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.text.words.WordList;
import org.jspecify.annotations.Nullable;

/**
 * 金额标签与分值标签: which kind of label stands nearest before a figure in prose, read from {@code
 * budget-labels.txt}. 执行率 is a SCORE-kind label here: a rate is not money.
 */
final class BudgetLabels {
  /** How far back a label may stand: "全年预算数为 12,345.67万元" keeps it within a dozen characters. */
  static final int WINDOW = 12;

  enum Kind {
    MONEY,
    SCORE
  }

  record Label(Kind kind, String text) {}

  private final List<Label> labels;

  BudgetLabels(List<String> lines) {
    List<Label> out = new ArrayList<>();
    for (String line : lines) {
      String[] parts = line.split("\\s+", 2);
      if (parts.length != 2) {
        throw new IllegalArgumentException("budget label line needs KIND and label: " + line);
      }
      out.add(new Label(Kind.valueOf(parts[0]), parts[1].strip()));
    }
    this.labels = List.copyOf(out);
  }

  static BudgetLabels standard() {
    return new BudgetLabels(WordList.lines(BudgetLabels.class, "budget-labels.txt"));
  }

  /** The label that ends last before {@code start}, within {@link #WINDOW}, or null when none does. */
  @Nullable Label before(String text, int start) {
    int from = Math.max(0, start - WINDOW);
    String window = Normalizer.normalize(text.substring(from, Math.min(start, text.length())), Normalizer.Form.NFKC);
    Label best = null;
    int bestEnd = -1;
    for (Label label : labels) {
      int at = window.lastIndexOf(label.text());
      if (at < 0) {
        continue;
      }
      int end = at + label.text().length();
      // a longer label ending at the same place wins: 执行率 over 执行, 得分率 over 得分
      if (end > bestEnd || (end == bestEnd && best != null && label.text().length() > best.text().length())) {
        best = label;
        bestEnd = end;
      }
    }
    return best;
  }
}
