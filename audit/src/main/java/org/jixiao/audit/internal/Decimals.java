package org.jixiao.audit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Decimal arithmetic at the precision a report prints. Not API. */
public final class Decimals {
  private Decimals() {}

  /** The number of decimals printed: 96.74 → 2, 94 → 0 (never negative). */
  public static int printedScale(BigDecimal printed) {
    return Math.max(0, printed.scale());
  }

  /**
   * Whether {@code stated} is {@code computed} written at the stated value's printed precision:
   * rounded half-up, or truncated (reports do both). 0.7006 agrees with 0.7; 89.325 with 89.32.
   */
  public static boolean agreesAtPrintedPrecision(BigDecimal stated, BigDecimal computed) {
    int scale = printedScale(stated);
    return computed.setScale(scale, RoundingMode.HALF_UP).compareTo(stated) == 0
        || computed.setScale(scale, RoundingMode.DOWN).compareTo(stated) == 0;
  }

  /** Numeric equality regardless of scale (1.0 equals 1). */
  public static boolean same(@Nullable BigDecimal a, @Nullable BigDecimal b) {
    if (a == null || b == null) {
      return a == b;
    }
    return a.compareTo(b) == 0;
  }

  /** The sum of the non-null values, exact. */
  public static BigDecimal sum(Collection<@Nullable BigDecimal> values) {
    return values.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Plain text without exponent or trailing zeros: 95.740 → "95.74", 1E+2 → "100". */
  public static String plain(@Nullable BigDecimal value) {
    if (value == null) {
      return "—";
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  /** The word a value's scale prints before its unit: "" for none, 万, 亿; null for another scale. */
  public static @Nullable String scaleWord(@Nullable BigDecimal scale) {
    if (scale == null) {
      return "";
    }
    return scale.compareTo(BigDecimal.valueOf(10_000)) == 0 ? "万"
        : scale.compareTo(BigDecimal.valueOf(100_000_000)) == 0 ? "亿" : null;
  }

  /** A recomputed value for display: at most {@code scale} decimals, trailing zeros dropped. */
  public static String plain(BigDecimal value, int scale) {
    return plain(value.setScale(scale, RoundingMode.HALF_UP));
  }
}
