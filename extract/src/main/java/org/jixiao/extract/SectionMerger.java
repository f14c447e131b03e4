package org.jixiao.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.text.name.Names;
import org.jixiao.schema.ExtractionMethod;
import org.jixiao.schema.Section;

/** One section per first-level name: table statements before prose, gaps filled from later statements. */
final class SectionMerger {
  private SectionMerger() {}

  static List<Section> merge(List<Section> found) {
    List<Section> ordered = new ArrayList<>(found.stream().filter(s -> s.method() == ExtractionMethod.TABLE).toList());
    ordered.addAll(found.stream().filter(s -> s.method() != ExtractionMethod.TABLE).toList());
    Map<String, Section> byName = new LinkedHashMap<>();
    for (Section s : ordered) {
      if (s.name().isBlank()) {
        continue;
      }
      byName.merge(Names.key(s.name()), s, (a, b) -> new Section(a.name(),
          a.weight() != null ? a.weight() : b.weight(), a.score() != null ? a.score() : b.score(),
          a.source(), a.method()));
    }
    return List.copyOf(byName.values());
  }
}
