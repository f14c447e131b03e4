package org.jixiao.extract;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.extract.internal.Text;
import org.jixiao.extract.prose.ProseRow;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.ScoreStatement;

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
      int i = match(rows, p.row().level3());
      if (i < 0) {
        draft.reject(Rejection.PROSE_SCORE_UNMATCHED, "prose scores '" + p.row().level3() + "', no table row of that name", p.statement().source());
        continue;
      }
      IndicatorRow r = rows.get(i);
      List<ScoreStatement> alternates = new ArrayList<>(r.alternates());
      alternates.add(p.statement());
      rows.set(i, new IndicatorRow(r.goal(), r.code(), r.level1(), r.level2(), r.level3(), r.target(), r.actual(),
          r.weight(), r.score(), r.targetValue(), r.actualValue(), r.rule(), r.deviationReason(), r.canonicalKey(),
          r.source(), r.method(), r.sources(), alternates));
    }
    return rows;
  }

  private static int match(List<IndicatorRow> rows, String name) {
    String k = Text.key(name);
    for (int i = 0; i < rows.size(); i++) {
      if (Text.key(rows.get(i).level3()).equals(k)) {
        return i;
      }
    }
    if (k.length() < MIN_CONTAINED) {
      return -1;
    }
    for (int i = 0; i < rows.size(); i++) {
      String r = Text.key(rows.get(i).level3());
      if (r.length() >= MIN_CONTAINED && (r.contains(k) || k.contains(r))) {
        return i;
      }
    }
    return -1;
  }
}
