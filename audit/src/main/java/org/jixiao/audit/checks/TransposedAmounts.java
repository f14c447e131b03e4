package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jixiao.audit.internal.BudgetFields;
import org.jixiao.audit.internal.FindingBuilder;
import org.jixiao.schema.Budget;
import org.jixiao.schema.BudgetField;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Evidence;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Severity;
import org.jixiao.schema.SourceRef;
import org.jixiao.schema.TextSpan;
import org.jixiao.text.number.NumberMention;
import org.jixiao.text.number.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * An amount in 万元 printed elsewhere in the document with two neighbouring digits swapped, the commonest slip in copying
 * a figure: against the budget's own figure ("完成投资1,981.80万元" in a goal cell beside 全年执行数 1918.80, h103; the 决算's
 * "项目支出5,832.54万元" beside the 自评表's 5,823.54, h425), or against the same label's amount earlier in the text
 * ("申请财政资金2,860.00万元" then "申请财政资金2,680.00万元", h226). A swap of two digits among five or more in a clause
 * about money is no coincidence: WARNING HIGH, one finding per figure.
 */
final class TransposedAmounts {
  /** Fewer digits than this may swap into another real figure by chance (12.5 and 15.2). */
  private static final int MIN_DIGITS = 5;
  /** Words of a clause about money: the figure is an amount of the budget's kind. */
  private static final Pattern MONEY_WORDS = Pattern.compile("投资|资金|支出|执行|预算|决算|拨付|到位|使用|发放|下达|经费");
  /** What ends the clause before a figure. */
  private static final String CLAUSE_ENDS = "，,。；;：:\n\t（(";
  /** How far back a clause is read. */
  private static final int CLAUSE_REACH = 30;
  /** The words right before an amount that name it ("申请财政资金"): at least this many, all alike. */
  private static final int MIN_LABEL = 4;
  /** A clause that only gives a figure its new value, of what the clause before it names. */
  private static final Pattern CORRECTED_TO = Pattern.compile("\\s*(?:更正|调整|修改|更改|修正)为");
  /** Words of a clause about another time than the report's year: its figure may well differ. */
  private static final Pattern OTHER_TIME = Pattern.compile("上年|去年|同比|较上|比上");

  private TransposedAmounts() {}

  /** An amount in 万元 as printed, where it stands, and the words of its clause before it. */
  private record Amount(NumberMention figure, String clause) {
    /** The words right before the figure that name it ("申请财政资金"), without the 其中 that lists it under a whole. */
    String label() {
      int start = clause.length();
      while (start > 0 && Character.UnicodeScript.of(clause.codePointAt(start - 1)) == Character.UnicodeScript.HAN) {
        start--;
      }
      String run = clause.substring(start);
      run = run.startsWith("其中") ? run.substring(2) : run;
      return run.length() >= MIN_LABEL ? run : "";
    }
  }

  static List<Finding> find(String file, @Nullable Budget budget, @Nullable Integer year, String text, CheckId id) {
    List<Amount> amounts = amounts(text, year);
    List<Finding> out = new ArrayList<>();
    Set<BudgetField> flagged = EnumSet.noneOf(BudgetField.class);
    Set<Amount> used = new HashSet<>();
    if (budget != null) {
      for (BudgetField field : BudgetFields.MONEY) {
        BigDecimal value = BudgetFields.value(budget, field);
        Evidence printed = budget.evidence().get(field);
        if (value == null || printed == null) {
          continue;
        }
        for (Amount a : amounts) {
          if (!used.contains(a) && swapped(value, a.figure().value()) && flagged.add(field)) {
            used.add(a);
            out.add(finding(file, id, BudgetFields.label(field), a, printed.source(), printed.text().strip(),
                "预算" + BudgetFields.label(field) + " “" + printed.text().strip() + "”"));
          }
        }
      }
    }
    for (int i = 0; i < amounts.size(); i++) {
      Amount first = amounts.get(i);
      String label = first.label();
      for (int j = i + 1; j < amounts.size() && !label.isEmpty() && !used.contains(first); j++) {
        Amount later = amounts.get(j);
        if (!used.contains(later) && label.equals(later.label()) && swapped(first.figure().value(), later.figure().value())) {
          used.add(later);
          out.add(finding(file, id, label, later, new TextSpan(file, null, first.figure().start(), first.figure().end()),
              first.figure().printed() + "万元", "前文 “" + first.clause() + first.figure().printed() + "万元”"));
        }
      }
    }
    return out;
  }

  /** The finding on {@code at}, the figure its digits were swapped from printed as {@code other} at {@code otherWhere}. */
  private static Finding finding(String file, CheckId id, String what, Amount at, SourceRef otherWhere, String other,
      String otherSaid) {
    return FindingBuilder.of(file, id)
        .severity(Severity.WARNING)
        .certainty(Certainty.HIGH)
        .indicator(what)
        .location(new TextSpan(file, null, at.figure().start(), at.figure().end()))
        .alsoAt(List.of(otherWhere))
        .stated(at.figure().printed() + "万元")
        .recomputed(other)
        .rule("同一数字前后一致")
        .message("“" + at.clause() + at.figure().printed() + "万元”，" + otherSaid + "（两位数字前后颠倒）");
  }

  /** The amounts in 万元 of five digits or more whose clause speaks of money, of the report's year, in order. */
  private static List<Amount> amounts(String text, @Nullable Integer year) {
    List<Amount> out = new ArrayList<>();
    for (NumberMention m : Numbers.find(text)) {
      int after = m.end();
      while (after < text.length() && text.charAt(after) == ' ') {
        after++;
      }
      if (!text.startsWith("万元", after) || digits(m.printed()) < MIN_DIGITS) {
        continue;
      }
      int start = m.start();
      while (start > 0 && m.start() - start < CLAUSE_REACH && CLAUSE_ENDS.indexOf(text.charAt(start - 1)) < 0) {
        start--;
      }
      if (CORRECTED_TO.matcher(text.substring(start, m.start())).lookingAt() && start > 0) {
        // "全年执行数原公开为866.92万元，更正为886.29万元" (h485): the corrected figure is the clause before's
        start--;
        while (start > 0 && m.start() - start < 2 * CLAUSE_REACH && CLAUSE_ENDS.indexOf(text.charAt(start - 1)) < 0) {
          start--;
        }
      }
      String clause = text.substring(start, m.start());
      if (MONEY_WORDS.matcher(clause).find() && !OTHER_TIME.matcher(clause).find() && !otherYear(clause, year)) {
        out.add(new Amount(m, clause.strip()));
      }
    }
    return out;
  }

  /** Whether the clause names a year ("2023年") other than the report's, or any year when the report's is unknown. */
  private static boolean otherYear(String clause, @Nullable Integer year) {
    for (NumberMention n : Numbers.find(clause)) {
      if (clause.startsWith("年", n.end()) && n.value().scale() == 0 && n.value().intValue() >= FIRST_YEAR
          && n.value().intValue() <= LAST_YEAR && (year == null || n.value().intValue() != year)) {
        return true;
      }
    }
    return false;
  }

  private static final int FIRST_YEAR = 1990;
  private static final int LAST_YEAR = 2100;

  private static int digits(String printed) {
    return (int) printed.chars().filter(Character::isDigit).count();
  }

  /** Two neighbouring digits swapped, compared at the finer of the two printed scales. */
  private static boolean swapped(BigDecimal a, BigDecimal b) {
    int scale = Math.max(a.scale(), b.scale());
    return Numbers.transposed(a.setScale(scale), b.setScale(scale));
  }
}
