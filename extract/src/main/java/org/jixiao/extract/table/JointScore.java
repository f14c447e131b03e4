package org.jixiao.extract.table;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * One column for the weight and the score together: a header "分值/得分" (or "得分/分值", "分值及得分") over cells that
 * print both ("10/9.35", "9.64/10"); the header's order says which figure is which.
 */
final class JointScore {
  private static final String WEIGHT = "(?:分值|权重|满分|标准分)";
  private static final String SCORE = "(?:得分|自评得分|实际得分|评分)";
  private static final Pattern WEIGHT_FIRST = Pattern.compile(WEIGHT + "\\s*[/／、及和]\\s*" + SCORE);
  private static final Pattern SCORE_FIRST = Pattern.compile(SCORE + "\\s*[/／、及和]\\s*" + WEIGHT);
  private static final Pattern VALUE = Numbers.compile("\\s*({N})\\s*分?\\s*[/／]\\s*({N})\\s*分?\\s*");

  /** Which figure a joint cell prints first. */
  enum Order { WEIGHT_FIRST, SCORE_FIRST }

  /** The weight and the score one cell printed. */
  record Pair(BigDecimal weight, BigDecimal score) {}

  private JointScore() {}

  /** The order a header cell names the two in, or empty when it names one or neither. */
  static Optional<Order> header(String cellText) {
    String label = Names.compact(cellText);
    if (label.length() > 12) {
      return Optional.empty(); // a note that happens to say 分值/得分, not a heading
    }
    return WEIGHT_FIRST.matcher(label).matches() ? Optional.of(Order.WEIGHT_FIRST)
        : SCORE_FIRST.matcher(label).matches() ? Optional.of(Order.SCORE_FIRST) : Optional.empty();
  }

  /** The pair a cell prints under a header of this order, or empty when it prints no pair. */
  static Optional<Pair> value(@Nullable String cellText, Order order) {
    if (cellText == null) {
      return Optional.empty();
    }
    Matcher m = VALUE.matcher(cellText);
    if (!m.matches()) {
      return Optional.empty();
    }
    BigDecimal first = Numbers.of(m.group(1));
    BigDecimal second = Numbers.of(m.group(2));
    return Optional.of(order == Order.WEIGHT_FIRST ? new Pair(first, second) : new Pair(second, first));
  }
}
