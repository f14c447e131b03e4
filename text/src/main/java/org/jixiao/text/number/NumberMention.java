package org.jixiao.text.number;

import java.math.BigDecimal;
import java.util.Objects;

/** 数字出处: a number found in running text, as printed, with its character span {@code [start, end)}. */
public record NumberMention(BigDecimal value, String printed, int start, int end) {
  public NumberMention {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(printed, "printed");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }
}
