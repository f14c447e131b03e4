package org.jixiao.extract;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.schema.WarningCode;
import org.jixiao.text.name.Names;
import org.jixiao.extract.prose.ProseRow;
import org.jixiao.schema.IndicatorRow;

/**
 * Table rows and prose scores together. A report with scored indicator tables keeps the tables'
 * rows; a prose score of the same indicator becomes the row's alternate statement (the audit
 * compares them), and a prose score that names no table row is counted, not added, since prose
 * names are cut from sentences and less sure. A report without scored tables takes its rows from
 * prose.
 */
final class ProseReconciler {
  private static final int MIN_CONTAINED = 4;

  private ProseReconciler() {}

  static List<IndicatorRow> reconcile(List<IndicatorRow> tableRows, List<ProseRow> prose, ReportDraft draft) {
    if (tableRows.isEmpty()) {
      return prose.stream().map(ProseRow::row).toList();
    }
    List<IndicatorRow> rows = new ArrayList<>(tableRows);
    for (ProseRow p : prose) {
      int i = match(rows, p.row());
      if (i < 0) {
        draft.reject(WarningCode.PROSE_SCORE_UNMATCHED, "prose scores '" + p.row().level3() + "', no table row of that name", p.statement().source());
        continue;
      }
      rows.set(i, rows.get(i).withAlternate(p.statement()));
    }
    return rows;
  }

  private static boolean agrees(IndicatorRow row, IndicatorRow prose) {
    return (prose.score() == null || (row.score() != null && row.score().compareTo(prose.score()) == 0))
        && (prose.weight() == null || (row.weight() != null && row.weight().compareTo(prose.weight()) == 0));
  }

  /**
   * The row a prose score speaks of: same name, else one name inside the other (closest length
   * first); among those, the first whose weight and score agree with the prose wins, since a
   * prose name cut at a comma may be the start of several rows' names.
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
    contained.sort(java.util.Comparator.comparingInt(i -> Math.abs(Names.key(rows.get(i).level3()).length() - k.length())));
    List<Integer> all = new ArrayList<>(exact);
    all.addAll(contained);
    return all.stream().filter(i -> agrees(rows.get(i), prose)).findFirst().orElse(all.isEmpty() ? -1 : all.get(0));
  }

}
