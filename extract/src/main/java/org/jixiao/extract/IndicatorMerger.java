package org.jixiao.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.extract.draft.RowCandidate;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.WarningCode;
import org.jixiao.text.name.Names;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.ScoreStatement;
import org.jixiao.schema.SourceRef;
import org.jspecify.annotations.Nullable;

/**
 * One row per indicator: a report that lists the same indicator in two tables (a summary table
 * and the appendix) gets one row, in the place of its first appearance, with the fields of the
 * richer table, the gaps filled from the other, and a differing weight or score kept as an
 * alternate statement for the audit. Rows within one table are never merged.
 */
final class IndicatorMerger {
  private IndicatorMerger() {}

  static List<IndicatorRow> merge(List<RowCandidate> candidates, ReportDraft draft) {
    List<RowCandidate> kept = new ArrayList<>();
    for (RowCandidate c : candidates) {
      int twin = findTwin(kept, c);
      if (twin < 0) {
        kept.add(c);
        continue;
      }
      RowCandidate first = kept.get(twin);
      draft.reject(WarningCode.DUPLICATE_ROW_MERGED, "'" + c.row().level3() + "' also in table " + c.table(), c.row().source());
      RowCandidate winner = c.richness() > first.richness() ? c : first;
      RowCandidate other = winner == c ? first : c;
      kept.set(twin, new RowCandidate(combine(winner.row(), other.row()), winner.richness(), first.table(), winner.statement()));
    }
    return kept.stream().map(RowCandidate::row).toList();
  }

  private static int findTwin(List<RowCandidate> kept, RowCandidate c) {
    for (int i = 0; i < kept.size(); i++) {
      RowCandidate k = kept.get(i);
      if (k.table() == c.table()) {
        continue;
      }
      IndicatorRow a = k.row();
      IndicatorRow b = c.row();
      if (a.code() != null && b.code() != null) {
        if (a.code().equals(b.code())) {
          return i;
        }
      } else if (a.code() == null && b.code() == null && a.goal() == null && b.goal() == null
          && Names.key(a.level3()).equals(Names.key(b.level3()))) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code longer} is {@code shorter} with a note in brackets after it ("年度资金总额（预算执行率）"). */
  private static boolean addsNote(String longer, String shorter) {
    if (!longer.startsWith(shorter)) {
      return false;
    }
    String rest = longer.substring(shorter.length()).strip();
    return rest.startsWith("（") || rest.startsWith("(");
  }

  private static IndicatorRow combine(IndicatorRow w, IndicatorRow o) {
    List<ScoreStatement> alternates = new ArrayList<>(w.alternates());
    alternates.addAll(o.alternates());
    boolean renamed = !Names.key(w.level3()).startsWith(Names.key(o.level3())) && !Names.key(o.level3()).startsWith(Names.key(w.level3()));
    if (renamed || !Objects.equals(num(w.weight()), num(o.weight())) || !Objects.equals(num(w.score()), num(o.score()))) {
      SourceRef at = o.source() != null ? o.source() : w.source();
      alternates.add(new ScoreStatement(o.weight(), o.score(), o.level3(), at, o.method()));
    }
    Map<IndicatorField, SourceRef> sources = new LinkedHashMap<>(o.sources());
    sources.putAll(w.sources());
    // the richer table's name; a truncated copy (PDF cell cut short) yields to the longer one, but not to a name
    // that only adds a note in brackets (a rules sheet's "年度资金总额（预算执行率）", h495)
    String level3 = addsNote(w.level3(), o.level3()) ? o.level3()
        : !renamed && o.level3().length() > w.level3().length() && !addsNote(o.level3(), w.level3()) ? o.level3()
        : w.level3();
    return new IndicatorRow(
        or(w.goal(), o.goal()), or(w.code(), o.code()), or(w.level1(), o.level1()), or(w.level2(), o.level2()),
        level3, or(w.target(), o.target()), or(w.actual(), o.actual()),
        w.weight() != null ? w.weight() : o.weight(), w.score() != null ? w.score() : o.score(),
        w.targetValue() != null ? w.targetValue() : o.targetValue(), w.actualValue() != null ? w.actualValue() : o.actualValue(),
        or(w.rule(), o.rule()), or(w.deviationReason(), o.deviationReason()), w.canonicalKey(), w.source(), w.method(),
        sources, alternates);
  }

  private static @Nullable String or(@Nullable String a, @Nullable String b) {
    return a != null ? a : b;
  }

  private static @Nullable String num(java.math.@Nullable BigDecimal d) {
    return d == null ? null : d.stripTrailingZeros().toPlainString();
  }
}
