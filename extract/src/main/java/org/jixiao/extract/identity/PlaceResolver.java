package org.jixiao.extract.identity;

import java.util.List;
import java.util.Optional;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.schema.AdminLevel;
import org.jixiao.schema.WarningCode;

/**
 * Admin level and province from the divisions a report names. The department's own name decides
 * (南昌市政务服务数据管理局 → 南昌市, prefectural, 江西省); where it names none, the title and then the
 * opening text. A name that fits several divisions (鼓楼区) is settled by another division the text
 * names (its province or city); otherwise it is left unresolved and counted.
 */
final class PlaceResolver {
  record Place(AdminLevel level, String province) {}

  private final Gazetteer gazetteer;

  PlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The one division whose full name opens a department's name (歙县农业农村局), where no other text names a place. */
  Optional<Place> opening(String department) {
    List<Division> found = gazetteer.opening(department);
    return found.size() == 1 ? Optional.of(new Place(found.get(0).level(), found.get(0).province())) : Optional.empty();
  }

  Optional<Place> resolve(List<String> nearestFirst, String context, ReportDraft draft) {
    List<Division> contextMentions = gazetteer.mentions(context);
    for (String text : nearestFirst) {
      List<Division> found = gazetteer.mentions(text);
      if (found.isEmpty()) {
        continue;
      }
      AdminLevel deepest = found.stream().map(Division::level).max(Enum::compareTo).orElseThrow();
      List<Division> candidates = found.stream().filter(d -> d.level() == deepest).toList();
      if (candidates.stream().map(Division::province).distinct().count() > 1) {
        candidates = candidates.stream()
            .filter(d -> contextMentions.stream().anyMatch(m -> m != d && (m.name().equals(d.province()) || m.name().equals(d.prefecture()))))
            .toList();
      }
      if (candidates.stream().map(Division::province).distinct().count() == 1) {
        return Optional.of(new Place(deepest, candidates.get(0).province()));
      }
      draft.reject(WarningCode.AMBIGUOUS_DIVISION, "'" + text + "' names a division found in several provinces", null);
    }
    return Optional.empty();
  }
}
