package org.jixiao.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.text.name.Names;
import org.jixiao.text.words.Lexicon;
import org.jixiao.schema.ExtractionMethod;
import org.jixiao.schema.Section;

/**
 * One section per first-level group: table statements before prose, gaps filled from later statements.
 * Names are compared without a trailing word of {@code section-names.txt} ("投入指标" is the table's 投入),
 * and the first statement's name is kept.
 */
final class SectionMerger {
  private static final List<String> TRAILING = Lexicon.load(SectionMerger.class, "section-names.txt").words("TRAILING")
      .stream().map(Names::key).sorted(Comparator.comparingInt(String::length).reversed()).toList();

  private SectionMerger() {}

  static String groupKey(String name) {
    String k = Names.key(name);
    for (String w : TRAILING) {
      if (k.endsWith(w) && k.length() >= w.length() + 2) {
        return k.substring(0, k.length() - w.length());
      }
    }
    return k;
  }

  /**
   * As {@link #merge(List)}, each section then named as the rows name their 一级 group where the two are the same
   * group ("（一）投入指标：分值15分…" over rows whose 一级指标 is 投入): one name for one group across the report. A
   * line of a 一级 summary that names a row scored outside every group (年度资金总额 10 | 9.56 beside 产出指标 45 | 43.62,
   * h414) is that row restated, not a group.
   */
  static List<Section> merge(List<Section> found, List<org.jixiao.schema.IndicatorRow> rows) {
    Map<String, String> rowNames = new LinkedHashMap<>();
    java.util.Set<String> ungrouped = new java.util.HashSet<>();
    for (org.jixiao.schema.IndicatorRow r : rows) {
      if (r.level1() != null && !r.level1().isBlank()) {
        rowNames.putIfAbsent(groupKey(r.level1()), r.level1());
      } else if (r.level3() != null && r.level2() == null) {
        ungrouped.add(Names.key(r.level3()));
      }
    }
    return merge(found).stream()
        .filter(s -> rowNames.containsKey(groupKey(s.name())) || !ungrouped.contains(Names.key(s.name())))
        .map(s -> {
          String named = rowNames.get(groupKey(s.name()));
          return named == null || named.equals(s.name()) ? s : new Section(named, s.weight(), s.score(), s.source(), s.method());
        })
        .toList();
  }

  static List<Section> merge(List<Section> found) {
    List<Section> ordered = new ArrayList<>(found.stream().filter(s -> s.method() == ExtractionMethod.TABLE).toList());
    ordered.addAll(found.stream().filter(s -> s.method() != ExtractionMethod.TABLE).toList());
    Map<String, Section> byName = new LinkedHashMap<>();
    for (Section s : ordered) {
      if (s.name().isBlank()) {
        continue;
      }
      byName.merge(groupKey(s.name()), s, (a, b) -> new Section(a.name(),
          a.weight() != null ? a.weight() : b.weight(), a.score() != null ? a.score() : b.score(),
          a.source(), a.method()));
    }
    return List.copyOf(byName.values());
  }
}
