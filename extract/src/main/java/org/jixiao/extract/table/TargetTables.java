package org.jixiao.extract.table;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.extract.draft.RowCandidate;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.SourceRef;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.ValueParser;
import org.jspecify.annotations.Nullable;

/**
 * 绩效目标完成情况表: a table of each indicator's 年度指标值 and 全年实际值 printed apart from the table that scores
 * them (序号 | 三级指标 | 年度指标值 | 全年实际值 | 未完成原因, then 一级 | 二级 | 三级 | 分值 | 得分, h179). A scored row that
 * prints neither takes them from the row of this table with the same name, each value keeping its own cell; and its
 * 一级/二级 names where it prints none of its own (a scoring table of 三级 names under 小计 lines only, h210).
 */
final class TargetTables {
  /** One indicator's target and actual, as printed, with their cells. */
  private record Measured(@Nullable String target, @Nullable SourceRef targetAt, @Nullable String actual,
      @Nullable SourceRef actualAt, @Nullable Named level1, @Nullable Named level2) {}

  /** A level's name as the targets table prints it (merged down its group), with its cell. */
  private record Named(String name, SourceRef at) {}

  private final Map<String, Measured> byName = new HashMap<>();

  private TargetTables() {}

  /** The targets tables among {@code tables}: a name, a target and an actual column, and no weight or score. */
  static TargetTables read(List<TableGrid> tables, ReportDraft draft, HeaderClassifier classifier) {
    TargetTables found = new TargetTables();
    for (TableGrid t : tables) {
      for (int r = 0; r < Math.min(3, t.rows()); r++) {
        Map<ColumnRole, Integer> roles = roles(t, r, classifier);
        Integer name = roles.containsKey(ColumnRole.LEVEL3) ? roles.get(ColumnRole.LEVEL3) : roles.get(ColumnRole.NAME);
        if (name == null || !roles.containsKey(ColumnRole.TARGET) || !roles.containsKey(ColumnRole.ACTUAL)
            || roles.containsKey(ColumnRole.WEIGHT) || roles.containsKey(ColumnRole.SCORE)) {
          continue;
        }
        for (int k = r + 1; k < t.rows(); k++) {
          String key = Names.key(LevelName.parse(t.text(k, name)).name());
          if (key.isEmpty()) {
            continue;
          }
          int tc = roles.get(ColumnRole.TARGET);
          int ac = roles.get(ColumnRole.ACTUAL);
          found.byName.putIfAbsent(key, new Measured(Names.clean(t.text(k, tc)), draft.cell(t.pageOfRow(k), t.tableIndex(), k, tc),
              Names.clean(t.text(k, ac)), draft.cell(t.pageOfRow(k), t.tableIndex(), k, ac),
              named(t, k, roles.get(ColumnRole.LEVEL1), draft), named(t, k, roles.get(ColumnRole.LEVEL2), draft)));
        }
        break;
      }
    }
    return found;
  }

  /** The name in column {@code col} of row {@code k} (a merged cell's text, cited at its top-left), or null. */
  private static @Nullable Named named(TableGrid t, int k, @Nullable Integer col, ReportDraft draft) {
    if (col == null) {
      return null;
    }
    String name = Names.clean(t.text(k, col));
    var cell = t.cellAt(k, col);
    return name == null || name.isEmpty() ? null
        : new Named(name, draft.cell(t.pageOfRow(cell.row()), t.tableIndex(), cell.row(), cell.col()));
  }

  private static Map<ColumnRole, Integer> roles(TableGrid t, int r, HeaderClassifier classifier) {
    Map<ColumnRole, Integer> out = new LinkedHashMap<>();
    for (int c = 0; c < t.cols(); c++) {
      Optional<ColumnRole> role = t.isOrigin(r, c) ? classifier.roleOf(t.text(r, c)) : Optional.empty();
      if (role.isPresent()) {
        out.putIfAbsent(role.get(), c);
      }
    }
    return out;
  }

  /** The candidate with the target and actual its name's row in a targets table prints, where it prints neither. */
  RowCandidate fill(RowCandidate candidate) {
    IndicatorRow row = candidate.row();
    Measured m = row.target() != null || row.actual() != null ? null : byName.get(Names.key(row.level3()));
    if (m == null) {
      return candidate;
    }
    Map<IndicatorField, SourceRef> sources = new LinkedHashMap<>(row.sources());
    if (m.target() != null) {
      sources.put(IndicatorField.target, m.targetAt());
    }
    if (m.actual() != null) {
      sources.put(IndicatorField.actual, m.actualAt());
    }
    // the scoring table's own levels stand; a group it names only by its 小计 line gives way to the printed 一级 cell
    boolean ownLevels = row.level2() != null;
    String level1 = ownLevels || m.level1() == null ? row.level1() : m.level1().name();
    String level2 = ownLevels || m.level2() == null ? row.level2() : m.level2().name();
    if (!ownLevels && m.level1() != null) {
      sources.put(IndicatorField.level1, m.level1().at());
    }
    if (!ownLevels && m.level2() != null) {
      sources.put(IndicatorField.level2, m.level2().at());
    }
    IndicatorRow filled = new IndicatorRow(row.goal(), row.code(), level1, level2, row.level3(), m.target(),
        m.actual(), row.weight(), row.score(), m.target() == null ? null : ValueParser.parse(m.target()),
        m.actual() == null ? null : ValueParser.parse(m.actual()), row.rule(), row.deviationReason(), row.canonicalKey(),
        row.source(), row.method(), sources, row.alternates());
    return new RowCandidate(filled, candidate.richness(), candidate.table(), candidate.statement());
  }
}
