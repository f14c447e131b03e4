package org.jixiao.extract.table;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * 得分栏填文字: a 得分 cell in words, as some forms have it filled and define in a note ("“得分”栏填“满分”的为该项分值，
 * 填“扣N分”的为分值减N", h223): 满分 is the row's weight, 扣N分 the weight less N, 不得分 nothing. The score keeps the
 * cell it is printed in; a deduction larger than the weight reads as nothing.
 */
final class ScoreWords {
  private static final Pattern FULL = Pattern.compile("^(?:得)?满分$");
  private static final Pattern NONE = Pattern.compile("^不得分$");
  private static final Pattern LOST = Numbers.compile("^扣(?:减|除)?\\s*({N})\\s*分$");

  private ScoreWords() {}

  /** The score the words mean for a row weighing {@code weight}, or null when they are no such words. */
  static @Nullable BigDecimal score(@Nullable String printed, BigDecimal weight) {
    String t = printed == null ? "" : Names.compact(printed);
    if (FULL.matcher(t).matches()) {
      return weight;
    }
    if (NONE.matcher(t).matches()) {
      return BigDecimal.ZERO;
    }
    Matcher m = LOST.matcher(t);
    if (m.matches()) {
      BigDecimal lost = Numbers.of(m.group(1));
      return lost.compareTo(weight) <= 0 ? weight.subtract(lost) : null;
    }
    return null;
  }
}
