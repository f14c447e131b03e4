package org.jixiao.audit.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.text.number.Numbers;

/**
 * A small safe arithmetic evaluator for formulas printed in reports: numbers, {@code + - × ÷ * /},
 * numbers as {@link Numbers#PATTERN} reads them ({@code 12,000,000.00}), round and square brackets, postfix {@code %} (÷100), full-width forms. No variables, no
 * functions, nothing else: anything outside this grammar yields {@link Optional#empty()}, as does
 * division by zero. Input longer than {@value #MAX_LENGTH} characters or nested deeper than
 * {@value #MAX_DEPTH} is refused. Not API.
 */
public final class Expression {
  public static final int MAX_LENGTH = 240;
  public static final int MAX_DEPTH = 32;
  private static final MathContext MC = MathContext.DECIMAL64;
  private static final Pattern NUMBER = Pattern.compile(Numbers.PATTERN);

  private final String src;
  private int pos;
  private int depth;

  private Expression(String src) {
    this.src = src;
  }

  /** The value of {@code text}, or empty when it is not a well-formed arithmetic expression. */
  public static Optional<BigDecimal> evaluate(String text) {
    String normalized = normalize(text);
    if (normalized.isEmpty() || normalized.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    Expression parser = new Expression(normalized);
    try {
      BigDecimal value = parser.sum();
      return parser.pos == normalized.length() ? Optional.of(value) : Optional.empty();
    } catch (ArithmeticException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Maps full-width and typographic forms to ASCII operators and drops white space. */
  public static String normalize(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = fold(text.charAt(i));
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** One character in ASCII form: ０→0, （→(, ×→*, ÷→/, －→-, ％→%, ＝→=. */
  public static char fold(char c) {
    if (c >= '０' && c <= '９') {
      return (char) ('0' + (c - '０'));
    }
    return switch (c) {
      case '．' -> '.';
      case '（' -> '(';
      case '）' -> ')';
      case '［', '【' -> '[';
      case '］', '】' -> ']';
      case '×', '＊', '✕', '·' -> '*';
      case '÷', '／' -> '/';
      case '＋' -> '+';
      case '－', '−', '–' -> '-';
      case '％' -> '%';
      case '＝' -> '=';
      default -> c;
    };
  }

  private BigDecimal sum() {
    BigDecimal value = product();
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '+') {
        pos++;
        value = value.add(product(), MC);
      } else if (c == '-') {
        pos++;
        value = value.subtract(product(), MC);
      } else {
        break;
      }
    }
    return value;
  }

  private BigDecimal product() {
    BigDecimal value = unary();
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '*') {
        pos++;
        value = value.multiply(unary(), MC);
      } else if (c == '/') {
        pos++;
        BigDecimal divisor = unary();
        if (divisor.signum() == 0) {
          throw new ArithmeticException("division by zero");
        }
        value = value.divide(divisor, MC);
      } else {
        break;
      }
    }
    return value;
  }

  private BigDecimal unary() {
    if (pos < src.length() && (src.charAt(pos) == '-' || src.charAt(pos) == '+')) {
      boolean negative = src.charAt(pos) == '-';
      pos++;
      enter();
      BigDecimal value = unary();
      depth--;
      return negative ? value.negate() : value;
    }
    BigDecimal value = primary();
    while (pos < src.length() && src.charAt(pos) == '%') {
      pos++;
      value = value.movePointLeft(2);
    }
    return value;
  }

  private BigDecimal primary() {
    if (pos >= src.length()) {
      throw new IllegalArgumentException("unexpected end");
    }
    char c = src.charAt(pos);
    if (c == '(' || c == '[') {
      char close = c == '(' ? ')' : ']';
      pos++;
      enter();
      BigDecimal value = sum();
      depth--;
      if (pos >= src.length() || src.charAt(pos) != close) {
        throw new IllegalArgumentException("unbalanced bracket");
      }
      pos++;
      return value;
    }
    Matcher number = NUMBER.matcher(src).region(pos, src.length());
    if (!number.lookingAt()) {
      throw new IllegalArgumentException("number expected at " + pos);
    }
    pos = number.end(); // "1.2.3" stops after 1.2 and fails as trailing input
    return Numbers.of(number.group());
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw new IllegalArgumentException("nested too deep");
    }
  }
}
