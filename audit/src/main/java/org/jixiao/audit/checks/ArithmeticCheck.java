package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.Check;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.audit.internal.Expression;
import org.jixiao.audit.internal.FindingBuilder;
import org.jixiao.text.number.Numbers;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Severity;
import org.jixiao.schema.TextSpan;
import org.jspecify.annotations.Nullable;

/**
 * 文中算式: arithmetic printed in the prose, recomputed.
 *
 * <ul>
 *   <li>formulas with their result, "=358/207*100%=17%", "（2-3）/3*100%=-3.3%": the expression
 *       between two equals signs is evaluated by {@link Expression} and compared with the result
 *       at its printed precision (rounding is not a finding); ERROR HIGH;
 *   <li>"满分X分，得分Y分，得分率Z%": Y ÷ X against Z; ERROR HIGH;
 *   <li>an execution rate stated with its parts (see {@link RateStatements}): ERROR MEDIUM, the
 *       association of amounts with roles being a heuristic.
 * </ul>
 *
 * Each finding names the indicator whose level3 last appears before it in the same paragraph.
 */
public final class ArithmeticCheck implements Check {
  private static final Pattern RESULT = Numbers.compile("\\s*({SN})\\s*([%％]?)");
  private static final Pattern SCORE_RATE =
      Numbers.compile(
          "(?:满分|权重分|权重|分值)\\s*({N})\\s*分\\s*[，,]\\s*得分\\s*({N})\\s*分"
              + "\\s*[，,]\\s*得分率\\s*(?:为|是|达)?\\s*({N})\\s*[%％]");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final RateStatements rates;

  public ArithmeticCheck() {
    this.rates = RateStatements.standard();
  }

  @Override
  public CheckId id() {
    return CheckId.ARITHMETIC;
  }

  @Override
  public List<Finding> check(AuditSubject subject) {
    String text = subject.text();
    List<Finding> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    formulas(subject, text, out);
    scoreRates(subject, text, out);
    for (RateStatements.Statement s : rates.find(text)) {
      BigDecimal computed = s.recomputed();
      if (!Decimals.agreesAtPrintedPrecision(s.rate(), computed)) {
        out.add(
            at(subject, text, s.start(), s.end())
                .severity(Severity.ERROR)
                .certainty(Certainty.MEDIUM)
                .stated(Decimals.plain(s.rate()) + "%")
                .recomputed(Decimals.plain(computed, 2) + "%")
                .rule("执行率 = 支出数 ÷ 预算数 × 100%")
                .message(
                    "the sentence gives " + Decimals.plain(s.spend()) + " ÷ "
                        + Decimals.plain(s.budget()) + " = " + Decimals.plain(computed, 2)
                        + "%, yet states " + Decimals.plain(s.rate()) + "%"));
      }
    }
    return out;
  }

  private void formulas(AuditSubject subject, String text, List<Finding> out) {
    int i = 0;
    while (i < text.length()) {
      if (Expression.fold(text.charAt(i)) != '=') {
        i++;
        continue;
      }
      int exprStart = i + 1;
      int j = exprStart;
      while (j < text.length() && j - exprStart <= Expression.MAX_LENGTH && expressionChar(text.charAt(j))) {
        j++;
      }
      if (j >= text.length() || Expression.fold(text.charAt(j)) != '=') {
        i = j > i + 1 ? j : i + 1;
        continue;
      }
      String expression = text.substring(exprStart, j);
      Matcher r = RESULT.matcher(text).region(j + 1, text.length());
      if (hasOperator(expression) && r.lookingAt() && !followedByDigit(text, r.end())) {
        check(subject, text, expression, exprStart, r, out);
      }
      i = j; // the result may itself start the next formula
    }
  }

  private void check(
      AuditSubject subject, String text, String expression, int start, Matcher r, List<Finding> out) {
    Optional<BigDecimal> value = Expression.evaluate(expression);
    BigDecimal stated = Numbers.of(r.group(1));
    boolean percent = !r.group(2).isEmpty();
    String unit = percent ? "%" : "";
    String printed = expression.strip() + "=" + r.group(1) + unit;
    FindingBuilder b =
        at(subject, text, start, r.end()).stated(r.group(1) + unit).rule(printed);
    if (value.isEmpty()) {
      out.add(
          b.severity(Severity.INFO)
              .certainty(Certainty.LOW)
              .message("formula " + printed + " cannot be evaluated (division by zero or malformed)"));
      return;
    }
    BigDecimal computed = value.get();
    BigDecimal shown = percent ? computed.multiply(HUNDRED) : computed;
    // "a/b×100=95%" mixes notations; accept the reading under which it holds
    if (Decimals.agreesAtPrintedPrecision(stated, shown)
        || (percent && Decimals.agreesAtPrintedPrecision(stated, computed))) {
      return;
    }
    out.add(
        b.severity(Severity.ERROR)
            .certainty(Certainty.HIGH)
            .recomputed(Decimals.plain(shown, Math.max(2, Decimals.printedScale(stated))) + unit)
            .message(
                "formula " + printed + ": " + expression.strip() + " is "
                    + Decimals.plain(shown, Math.max(2, Decimals.printedScale(stated))) + unit));
  }

  private void scoreRates(AuditSubject subject, String text, List<Finding> out) {
    Matcher m = SCORE_RATE.matcher(text);
    while (m.find()) {
      BigDecimal full = Numbers.of(m.group(1));
      BigDecimal score = Numbers.of(m.group(2));
      BigDecimal rate = Numbers.of(m.group(3));
      if (full.signum() == 0) {
        continue;
      }
      BigDecimal computed = score.multiply(HUNDRED).divide(full, java.math.MathContext.DECIMAL64);
      if (!Decimals.agreesAtPrintedPrecision(rate, computed)) {
        out.add(
            at(subject, text, m.start(), m.end())
                .severity(Severity.ERROR)
                .certainty(Certainty.HIGH)
                .stated(m.group(3) + "%")
                .recomputed(Decimals.plain(computed, 2) + "%")
                .rule("得分率 = 得分 ÷ 满分 × 100%")
                .message(
                    "score " + m.group(2) + " of " + m.group(1) + " is "
                        + Decimals.plain(computed, 2) + "%, the text states " + m.group(3) + "%"));
      }
    }
  }

  private FindingBuilder at(AuditSubject subject, String text, int start, int end) {
    return FindingBuilder.of(subject.file(), id())
        .indicator(indicatorBefore(subject, text, start))
        .location(new TextSpan(subject.file(), null, start, end));
  }

  /** The row whose level3 appears last before {@code offset} within the same paragraph. */
  static @Nullable String indicatorBefore(AuditSubject subject, String text, int offset) {
    int paragraph = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    String before = text.substring(paragraph, offset);
    String best = null;
    int bestEnd = -1;
    for (IndicatorRow row : subject.report().indicators()) {
      String name = row.level3();
      if (name.length() < 2) {
        continue;
      }
      int at = before.lastIndexOf(name);
      if (at >= 0 && at + name.length() > bestEnd) {
        best = name;
        bestEnd = at + name.length();
      }
    }
    return best;
  }

  private static boolean expressionChar(char c) {
    char f = Expression.fold(c);
    return (f >= '0' && f <= '9')
        || "+-*/().[]%, ".indexOf(f) >= 0
        || c == '\u3000'
        || c == '\t';
  }

  private static boolean hasOperator(String expression) {
    String e = Expression.normalize(expression);
    for (int k = 1; k < e.length(); k++) { // k = 1: a leading sign is not an operator
      if ("+-*/".indexOf(e.charAt(k)) >= 0 && e.chars().anyMatch(Character::isDigit)) {
        return true;
      }
    }
    return false;
  }

  private static boolean followedByDigit(String text, int end) {
    return end < text.length() && Character.isDigit(text.charAt(end));
  }
}
