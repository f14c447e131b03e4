package org.jixiao.extract;

import org.jixiao.schema.WarningCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jixiao.extract.draft.Candidates;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.extract.draft.RowCandidate;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Section;
import org.jixiao.text.name.Names;

/**
 * The rows of all strategies together, the strategies taken in the cascade's order of trust (table
 * before prose). The first strategy that found rows gives the report's rows, one per indicator
 * ({@link IndicatorMerger}). A later strategy's row of the same indicator becomes that row's
 * alternate statement (the audit compares them); a later row that names no kept row is counted,
 * not added, since prose names are cut from sentences and less sure. So a report with scored
 * indicator tables keeps the tables' rows, and a report without them takes its rows from prose.
 */
final class StrategyReconciler {
  private static final int MIN_CONTAINED = 4;

  private StrategyReconciler() {}

  static List<IndicatorRow> reconcile(List<Candidates> found, ReportDraft draft) {
    int first = 0;
    while (first < found.size() && found.get(first).isEmpty()) {
      first++;
    }
    if (first == found.size()) {
      return List.of();
    }
    List<IndicatorRow> rows = new ArrayList<>(IndicatorMerger.merge(found.get(first).rows(), draft));
    for (Candidates later : found.subList(first + 1, found.size())) {
      for (RowCandidate c : later.rows()) {
        int i = match(rows, c.row());
        if (i < 0) {
          java.util.Optional<Section> alone = rowlessSection(draft.sections(), rows, c.row());
          if (alone.isPresent()) {
            // a 一级 a table scores with no table row under it (表6's 预算执行 | 10 | 8.58, h532) and the prose scores one
            // indicator at its very points: the group's one indicator
            rows.add(c.row().withLevels(alone.get().name(), c.row().level2()));
            continue;
          }
          // today prose is the only strategy after the tables, hence the code's name
          draft.reject(WarningCode.PROSE_SCORE_UNMATCHED, "prose scores '" + c.row().level3() + "', no table row of that name", c.statement().source());
          continue;
        }
        rows.set(i, rows.get(i).withAlternate(c.statement()));
      }
    }
    return rows;
  }

  /** The one section with {@code prose}'s weight and score that no row of {@code rows} falls under, if there is one. */
  private static java.util.Optional<Section> rowlessSection(List<Section> sections, List<IndicatorRow> rows, IndicatorRow prose) {
    if (prose.weight() == null || prose.score() == null) {
      return java.util.Optional.empty();
    }
    List<Section> alone = sections.stream()
        .filter(s -> s.weight() != null && s.score() != null && s.weight().compareTo(prose.weight()) == 0
            && s.score().compareTo(prose.score()) == 0)
        .filter(s -> rows.stream().noneMatch(r -> Names.key(s.name()).equals(Names.key(r.level1()))))
        .toList();
    return alone.size() == 1 ? java.util.Optional.of(alone.get(0)) : java.util.Optional.empty();
  }

  private static boolean agrees(IndicatorRow row, IndicatorRow prose) {
    return (prose.score() == null || (row.score() != null && row.score().compareTo(prose.score()) == 0))
        && (prose.weight() == null || (row.weight() != null && row.weight().compareTo(prose.weight()) == 0));
  }

  /**
   * The row a later strategy's row speaks of: same name, else one name inside the other (closest
   * length first); among those, the first whose weight and score agree wins, since a prose name
   * cut at a comma may be the start of several rows' names.
   */
  private static int match(List<IndicatorRow> rows, IndicatorRow prose) {
    String k = Names.key(prose.level3());
    List<Integer> exact = new ArrayList<>();
    List<Integer> contained = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String r = Names.key(rows.get(i).level3());
      if (r.equals(k)) {
        exact.add(i);
      } else if (k.length() >= MIN_CONTAINED && r.length() >= MIN_CONTAINED && (r.contains(k) || k.contains(r))) {
        contained.add(i);
      }
    }
    contained.sort(Comparator.comparingInt(i -> Math.abs(Names.key(rows.get(i).level3()).length() - k.length())));
    List<Integer> all = new ArrayList<>(exact);
    all.addAll(contained);
    return all.stream().filter(i -> agrees(rows.get(i), prose)).findFirst().orElse(all.isEmpty() ? -1 : all.get(0));
  }
}
