package org.jixiao.schema;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * 指标值 parsed: the printed {@code text} always, plus for a quantity the comparator, the number as
 * printed, the multiplier the unit's 万/亿 prefix carries, and the base unit. {@code 1.41万次} is
 * number 1.41, scale 10000, unit 次. A value that cannot be parsed is {@link ValueKind#TEXT}, never
 * a guess.
 */
public record ParsedValue(
    ValueKind kind,
    String text,
    @Nullable Comparator comparator,
    @Nullable BigDecimal number,
    @Nullable BigDecimal scale,
    @Nullable String unit) {

  /** The number times its scale (1.41万次 → 14100), or null for non-quantities. */
  public @Nullable BigDecimal magnitude() {
    if (number == null) {
      return null;
    }
    return scale == null ? number : number.multiply(scale).stripTrailingZeros();
  }
}
