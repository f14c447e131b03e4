package org.jixiao.audit.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.text.number.NumberMention;
import org.jixiao.text.number.Numbers;
import org.jixiao.text.number.ValueParser;
import org.jspecify.annotations.Nullable;

/**
 * 所述数字: a figure in a finding's {@code stated} text, and whether it was printed as a percentage,
 * so that {@code 91.38%} and {@code 0.9138} are the same figure.
 */
record StatedFigure(BigDecimal value, boolean percent) {
  /** Printed figures agree to this much: the rounding of two decimals. */
  static final BigDecimal TOLERANCE = BigDecimal.valueOf(5, 3);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Every figure printed in {@code text}, in order; none for null or text without digits. */
  static List<StatedFigure> in(@Nullable String text) {
    List<StatedFigure> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    String t = Numbers.foldText(text);
    for (NumberMention m : Numbers.find(t)) {
      out.add(new StatedFigure(m.value(), percentAfter(t, m.end())));
    }
    if (out.isEmpty()) {
      // 百分之九十五 and other spelled-out values
      BigDecimal n = ValueParser.parse(text).number();
      if (n != null) {
        out.add(new StatedFigure(n, "%".equals(ValueParser.parse(text).unit())));
      }
    }
    return out;
  }

  private static boolean percentAfter(String t, int end) {
    int i = end;
    while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
      i++;
    }
    return i < t.length() && (t.charAt(i) == '%' || t.charAt(i) == '％');
  }

  /** Equal within {@link #TOLERANCE}; a percentage against a plain figure also as its fraction. */
  boolean sameAs(StatedFigure o) {
    if (close(value, o.value)) {
      return true;
    }
    if (percent && !o.percent) {
      return close(value, o.value.multiply(HUNDRED));
    }
    if (!percent && o.percent) {
      return close(value.multiply(HUNDRED), o.value);
    }
    return false;
  }

  private static boolean close(BigDecimal a, BigDecimal b) {
    return a.subtract(b).abs().compareTo(TOLERANCE) <= 0;
  }
}
