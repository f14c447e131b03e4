package org.jixiao.search.compare;

import java.math.BigDecimal;
import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

  /** Orders rows by this column; numbers before texts where a column mixes them, texts in 拼音 order. */
  public Comparator<ComparisonRow> comparator(boolean descending) {
    Collator collator = Collator.getInstance(Locale.CHINA);
    Comparator<Object> values = (a, b) -> compareKeys(key(collator, a), key(collator, b));
    Comparator<Object> nullsLast = Comparator.nullsLast(descending ? values.reversed() : values);
    return (a, b) -> nullsLast.compare(key.apply(a), key.apply(b));
  }

  /**
   * Sorts rows by these columns in turn (in place), computing each row's collation keys once: a {@link
   * Collator} comparison per pair is what made sorting thousands of rows slow.
   */
  public static void sort(List<ComparisonRow> rows, boolean descending, ComparisonField... fields) {
    Collator collator = Collator.getInstance(Locale.CHINA);
    record Keyed(ComparisonRow row, @Nullable Object[] keys) {}
    List<Keyed> keyed = new ArrayList<>(rows.size());
    // a department or province recurs across years: its collation key is made once
    java.util.Map<String, CollationKey> memo = new java.util.HashMap<>();
    for (ComparisonRow r : rows) {
      Object[] keys = new Object[fields.length];
      for (int f = 0; f < fields.length; f++) {
        Object v = fields[f].key.apply(r);
        keys[f] = v == null ? null : v instanceof String str ? memo.computeIfAbsent(str, collator::getCollationKey) : v;
      }
      keyed.add(new Keyed(r, keys));
    }
    Comparator<Object> values = ComparisonField::compareKeys;
    Comparator<Object> nullsLast = Comparator.nullsLast(descending ? values.reversed() : values);
    keyed.sort((a, b) -> {
      for (int f = 0; f < fields.length; f++) {
        int c = nullsLast.compare(a.keys()[f], b.keys()[f]);
        if (c != 0) {
          return c;
        }
      }
      return 0;
    });
    for (int i = 0; i < rows.size(); i++) {
      rows.set(i, keyed.get(i).row());
    }
  }

  private static Object key(Collator collator, Object value) {
    return value instanceof String s ? collator.getCollationKey(s) : value;
  }

  private static int compareKeys(Object a, Object b) {
    if (a instanceof Number && !(b instanceof Number)) {
      return -1;
    }
    if (b instanceof Number && !(a instanceof Number)) {
      return 1;
    }
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y);
    }
    if (a instanceof Integer x && b instanceof Integer y) {
      return x.compareTo(y);
    }
    if (a instanceof CollationKey x && b instanceof CollationKey y) {
      return x.compareTo(y);
    }
    return a.toString().compareTo(b.toString());
  }
}
