package org.jixiao.search;

import org.jspecify.annotations.Nullable;

/** A closed numeric interval; a null bound is open. Score rates are fractions (0.9 = 90%). */
public record Range(@Nullable Double min, @Nullable Double max) {
  public Range {
    if (min != null && max != null && min > max) {
      throw new IllegalArgumentException("empty range: " + min + " > " + max);
    }
    if ((min != null && min.isNaN()) || (max != null && max.isNaN())) {
      throw new IllegalArgumentException("NaN bound");
    }
  }

  public static Range atLeast(double min) {
    return new Range(min, null);
  }

  public static Range atMost(double max) {
    return new Range(null, max);
  }

  public static Range between(double min, double max) {
    return new Range(min, max);
  }
}
