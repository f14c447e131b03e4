package org.jixiao.app.web;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.schema.CellRef;
import org.jixiao.schema.Evidence;
import org.jixiao.schema.Finding;
import org.jixiao.schema.GroupSubtotal;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.MetaRef;
import org.jixiao.schema.ScoreStatement;
import org.jixiao.schema.Section;
import org.jixiao.schema.SourceRef;
import org.jixiao.schema.StoredReport;
import org.jixiao.schema.TextSpan;
import org.jspecify.annotations.Nullable;

/**
 * A value's location as a URL parameter: {@code c.T.R.C} for cell (table T, row R, column C, 0-based as in the JSON),
 * {@code t.S.E} for characters S–E of the text. The source page takes only a key some value of the report names, and
 * gets the page and box from that value's provenance: a URL cannot point anywhere the report does not.
 */
final class Refs {
  private Refs() {}

  static @Nullable String key(@Nullable SourceRef ref) {
    return switch (ref) {
      case null -> null;
      case CellRef c -> "c." + c.table() + "." + c.row() + "." + c.col();
      case TextSpan t -> "t." + t.start() + "." + t.end();
      case MetaRef m -> null;
    };
  }

  /** The link to the source page of {@code ref} in report {@code id}, or null when it has no place to show. */
  static @Nullable String link(String id, @Nullable SourceRef ref) {
    String key = key(ref);
    return key == null ? null : "/reports/" + id + "/source?ref=" + key;
  }

  /** The anchor of the report page's row read from this cell's table row ({@code t1r5}), or null. */
  static @Nullable String rowAnchor(@Nullable SourceRef ref) {
    return ref instanceof CellRef c ? "t" + c.table() + "r" + c.row() : null;
  }

  /** The first provenance in the stored report with this key, or null. */
  static @Nullable SourceRef find(StoredReport s, String key) {
    for (SourceRef r : all(s)) {
      if (key.equals(key(r))) {
        return r;
      }
    }
    return null;
  }

  /** Every provenance the stored report keeps: rows, sections and 二级 subtotals, identity and budget evidence, findings. */
  static List<SourceRef> all(StoredReport s) {
    List<SourceRef> out = new ArrayList<>();
    for (IndicatorRow row : s.report().indicators()) {
      add(out, row.source());
      row.sources().values().forEach(r -> add(out, r));
      row.alternates().stream().map(ScoreStatement::source).forEach(r -> add(out, r));
    }
    s.report().sections().stream().map(Section::source).forEach(r -> add(out, r));
    s.report().groupSubtotals().stream().map(GroupSubtotal::source).forEach(r -> add(out, r));
    s.report().evidence().values().stream().map(Evidence::source).forEach(r -> add(out, r));
    if (s.report().budget() != null) {
      s.report().budget().evidence().values().stream().map(Evidence::source).forEach(r -> add(out, r));
    }
    for (Finding f : s.findings()) {
      add(out, f.location());
      f.alsoAt().forEach(r -> add(out, r));
    }
    return out;
  }

  private static void add(List<SourceRef> out, @Nullable SourceRef r) {
    if (r != null) {
      out.add(r);
    }
  }
}
