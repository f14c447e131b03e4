package org.jixiao.app.cli;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jixiao.extract.draft.GradeWords;
import org.jixiao.search.FilterField;
import org.jixiao.schema.GradeLevel;
import org.jspecify.annotations.Nullable;

/**
 * 筛选值: what a user typed for a province, department or grade, matched to a value the index holds. Names are
 * indexed as printed (江苏省, "江苏省政务服务管理办公室（机关）"), people type them shorter: a typed name that an indexed one
 * extends by an administrative suffix (省, 市, 自治区, 壮族自治区…) or a bracketed note (（机关）) is that one; a grade
 * is read in any of its forms (优秀 for 优). When nothing matches, the nearest indexed values are suggested.
 */
final class FilterValues {
  /** What an indexed name may add to what was typed. */
  private static final Pattern SUFFIX = Pattern.compile(
      "(?:省|市|\\p{IsHan}{0,6}自治区|特别行政区)?\\s*(?:[（(][^）)]{1,12}[）)])?");
  private static final int SUGGESTIONS = 3;
  private static final GradeWords GRADES = GradeWords.standard();

  /** The value to filter by, and a line for the user when it is not what was typed or matches nothing. */
  record Resolved(String value, @Nullable String note) {}

  private FilterValues() {}

  static Resolved resolve(String option, String typed, FilterField field, List<String> indexed) {
    String t = typed.strip();
    if (indexed.contains(t)) {
      return new Resolved(t, null);
    }
    if (field == FilterField.GRADE) {
      String symbol = GRADES.normalise(t).map(GradeLevel::symbol).orElse(null);
      if (symbol != null && indexed.contains(symbol)) {
        return new Resolved(symbol, option + " " + t + " 按 " + symbol + " 筛选");
      }
    }
    List<String> longer = indexed.stream()
        .filter(v -> v.startsWith(t) && SUFFIX.matcher(v.substring(t.length())).matches()).toList();
    if (longer.size() == 1) {
      return new Resolved(longer.get(0), option + " " + t + " 按 " + longer.get(0) + " 筛选");
    }
    if (longer.size() > 1) {
      return new Resolved(t, option + " " + t + " 可指 " + String.join("、", longer) + "，请写全名");
    }
    List<String> near = indexed.stream()
        .sorted(Comparator.comparingDouble((String v) -> -likeness(t, v)).thenComparing(v -> v))
        .filter(v -> likeness(t, v) > 0).limit(SUGGESTIONS).toList();
    return new Resolved(t, option + " " + t + " 在索引中没有" + (near.isEmpty() ? "" : "；最接近的：" + String.join("、", near)));
  }

  /** Shared characters over all characters of the two (Jaccard on character sets): enough to rank names. */
  private static double likeness(String a, String b) {
    Set<Integer> x = new HashSet<>(a.codePoints().boxed().toList());
    Set<Integer> y = new HashSet<>(b.codePoints().boxed().toList());
    Set<Integer> both = new HashSet<>(x);
    both.retainAll(y);
    x.addAll(y);
    return x.isEmpty() ? 0 : (double) both.size() / x.size();
  }
}
