package org.jixiao.index;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** A column a comparison can be sorted by. Missing values sort last in either direction. */
public enum ComparisonField {
  DEPARTMENT(ComparisonRow::department),
  PROVINCE(ComparisonRow::province),
  LEVEL(ComparisonRow::adminLevel),
  YEAR(ComparisonRow::fiscalYear),
  /** by the parsed magnitude where there is one, else by the text */
  TARGET(r -> r.targetMagnitude() != null ? r.targetMagnitude() : r.target()),
  /** by the parsed magnitude where there is one, else by the text */
  ACTUAL(r -> r.actualMagnitude() != null ? r.actualMagnitude() : r.actual()),
  WEIGHT(ComparisonRow::weight),
  SCORE(ComparisonRow::score),
  SCORE_RATE(ComparisonRow::scoreRate);

  private final Function<ComparisonRow, @Nullable Object> key;

  ComparisonField(Function<ComparisonRow, @Nullable Object> key) {
    this.key = key;
  }

  /** Parses a CLI name: {@code score-rate}, {@code scoreRate}, {@code SCORE_RATE} alike. */
  public static ComparisonField parse(String name) {
    String n = name.strip().replace("-", "").replace("_", "").toUpperCase(Locale.ROOT);
    for (ComparisonField f : values()) {
      if (f.name().replace("_", "").equals(n)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown sort field '" + name + "'; one of " + java.util.Arrays.toString(values()).toLowerCase(Locale.ROOT));
  }

  /** Orders rows by this column; numbers before texts where a column mixes them. */
  public Comparator<ComparisonRow> comparator(boolean descending) {
    java.text.Collator collator = java.text.Collator.getInstance(Locale.CHINA); // 拼音 order
    Comparator<Object> values = (a, b) -> compareValues(collator, a, b);
    if (descending) {
      values = values.reversed();
    }
    Comparator<Object> nullsLast = Comparator.nullsLast(values);
    return (a, b) -> nullsLast.compare(key.apply(a), key.apply(b));
  }

  private static int compareValues(java.text.Collator collator, Object a, Object b) {
    if (a instanceof Number && !(b instanceof Number)) {
      return -1;
    }
    if (b instanceof Number && !(a instanceof Number)) {
      return 1;
    }
    if (a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y) {
      return x.compareTo(y);
    }
    if (a instanceof Integer x && b instanceof Integer y) {
      return x.compareTo(y);
    }
    return collator.compare(a.toString(), b.toString());
  }
}
