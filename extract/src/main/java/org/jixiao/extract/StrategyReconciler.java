package org.jixiao.extract;

import org.jixiao.schema.WarningCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jixiao.extract.draft.Candidates;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.extract.draft.RowCandidate;
import org.jixiao.schema.IndicatorRow;
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
          // today prose is the only strategy after the tables, hence the code's name
          draft.reject(WarningCode.PROSE_SCORE_UNMATCHED, "prose scores '" + c.row().level3() + "', no table row of that name", c.statement().source());
          continue;
        }
        rows.set(i, rows.get(i).withAlternate(c.statement()));
      }
    }
    return rows;
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
