package org.jixiao.extract.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.extract.draft.RowCandidate;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.ExtractionMethod;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.SourceRef;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.Numbers;
import org.jixiao.text.number.ValueParser;
import org.jspecify.annotations.Nullable;

/**
 * 指标卡片: a table with no header row that prints each indicator as a small card of labelled cells, "指标名称 | X |
 * 分值 | 8 | 得分 | 8" over "指标值 | ≥12个 | 完成值 | 12个 | 偏差说明 | 无" (h199), under group lines "一级指标：产出指标
 * 二级指标：数量指标" across the table, and closed by "自评总分 | 94.86 | 自评等级 | 优". Each label's value is the cell after
 * it; each value keeps its own cell as its source. A table counts when two rows or more open with a name label and
 * carry a weight or score label too.
 */
final class CardRecords {
  private static final Pattern LEVEL1 = Pattern.compile("一级指标\\s*[:：]\\s*([^\\s　:：]+)");
  private static final Pattern LEVEL2 = Pattern.compile("二级指标\\s*[:：]\\s*([^\\s　:：]+)");
  private static final int MIN_CARDS = 2;
  /** A label is a few words ("偏差说明"); a longer cell is a value that happens to hold a header word. */
  private static final int MAX_LABEL = 6;

  private final HeaderClassifier classifier;
  private final TotalLabels labels;
  private final SummaryRowReader summaries;

  CardRecords(HeaderClassifier classifier, TotalLabels labels, SummaryRowReader summaries) {
    this.classifier = classifier;
    this.labels = labels;
    this.summaries = summaries;
  }

  /** Reads {@code t} if it is a table of cards; false (and nothing read) when it is not. */
  /**
   * A table with an indicator header row is read by that header: its rows may hold label words as values ("满分" in a
   * 得分 column, h223), which are no card labels.
   */
  private boolean hasIndicatorHeader(TableGrid t) {
    for (int r = 0; r < t.rows(); r++) {
      if (classifier.classify(t, r).filter(HeaderRow::isIndicatorTable).isPresent()) {
        return true;
      }
    }
    return false;
  }

  boolean read(TableGrid t, ReportDraft draft, Consumer<RowCandidate> out) {
    int opening = 0;
    for (int r = 0; r < t.rows(); r++) {
      if (opensCard(t, r, labelled(t, r)) && scored(t, r)) {
        opening++;
      }
    }
    if (opening < MIN_CARDS && !(opening == 1 && wholeCard(t)) || hasIndicatorHeader(t)) {
      return false;
    }
    String level1 = null;
    String level2 = null;
    for (int r = 0; r < t.rows(); r++) {
      Matcher g1 = LEVEL1.matcher(t.text(r, 0));
      if (g1.find()) {
        level1 = g1.group(1);
        Matcher g2 = LEVEL2.matcher(t.text(r, 0));
        level2 = g2.find() ? g2.group(1) : null;
        continue;
      }
      Map<ColumnRole, Integer> first = labelled(t, r);
      Map<ColumnRole, int[]> at = new EnumMap<>(ColumnRole.class);
      if (!opensCard(t, r, first) && r + 1 < t.rows() && levelsOnly(first) && opensCard(t, r + 1, labelled(t, r + 1))) {
        // "一级指标 | 产出指标 | 二级指标 | 数量指标" over the card's "三级指标 | X" row (h391): its groups, the card's own
        int leadAt = r;
        first.forEach((role, c) -> at.put(role, new int[] {leadAt, c}));
        first = labelled(t, ++r);
      }
      if (!opensCard(t, r, first)) {
        summary(t, r, draft);
        continue;
      }
      int opensAt = r;
      first.forEach((role, c) -> at.putIfAbsent(role, new int[] {opensAt, c}));
      int end = r + 1;
      for (; end < t.rows() && !opensCard(t, end, labelled(t, end)) && !LEVEL1.matcher(t.text(end, 0)).find()
          && !labels.isTotal(t.text(end, 0)) && !labels.isGrade(t.text(end, 0)); end++) {
        int row = end;
        Map<ColumnRole, Integer> more = labelled(t, row);
        if (more.isEmpty()) {
          break;
        }
        more.forEach((role, c) -> at.putIfAbsent(role, new int[] {row, c}));
      }
      out.accept(RowCandidate.ofTable(card(t, draft, at, level1, level2), at.size(), t.tableIndex()));
      r = end - 1;
    }
    return true;
  }

  /**
   * A row opening a card: it labels the indicator's name, and nothing but a 序号 stands before its first label ("1 |
   * 一级指标 | 产出指标 | 二级指标 | 数量指标 | 三级指标 | X", h240, the 序号 merged down the card's rows).
   */
  private static boolean opensCard(TableGrid t, int r, Map<ColumnRole, Integer> labelled) {
    Integer name = labelled.get(ColumnRole.NAME);
    if (name == null) {
      name = labelled.get(ColumnRole.LEVEL3);
    }
    if (name == null || t.cols() < 2) {
      return false;
    }
    int first = labelled.values().stream().min(Integer::compare).orElseThrow();
    for (int c = 0; c < first; c++) {
      if (t.isOrigin(r, c) && !t.text(r, c).isBlank() && !SEQUENCE.matcher(Names.compact(t.text(r, c))).matches()) {
        return false;
      }
    }
    return true;
  }

  /** Whether a row labels a card's 一级 or 二级 and nothing else. */
  private static boolean levelsOnly(Map<ColumnRole, Integer> labelled) {
    return !labelled.isEmpty() && java.util.Set.of(ColumnRole.LEVEL1, ColumnRole.LEVEL2).containsAll(labelled.keySet());
  }

  /**
   * Whether the table is one card and nothing else, as a form system prints each indicator in a table of its own
   * ("绩效指标明细（2）", h391): every row with text labels its cells, and together they label a name, a target or an
   * actual, a weight and a score.
   */
  private boolean wholeCard(TableGrid t) {
    java.util.Set<ColumnRole> roles = java.util.EnumSet.noneOf(ColumnRole.class);
    for (int r = 0; r < t.rows(); r++) {
      Map<ColumnRole, Integer> row = labelled(t, r);
      boolean text = false;
      for (int c = 0; c < t.cols(); c++) {
        text |= !t.text(r, c).isBlank();
      }
      if (text && row.isEmpty()) {
        return false;
      }
      roles.addAll(row.keySet());
    }
    return (roles.contains(ColumnRole.NAME) || roles.contains(ColumnRole.LEVEL3)) && roles.contains(ColumnRole.WEIGHT)
        && roles.contains(ColumnRole.SCORE) && (roles.contains(ColumnRole.TARGET) || roles.contains(ColumnRole.ACTUAL));
  }

  private static final Pattern SEQUENCE = Pattern.compile("[\\p{Nd}一二三四五六七八九十]{1,3}[.、．]?");

  /** Whether the card opening at {@code r} labels a weight or a score on one of its rows. */
  private boolean scored(TableGrid t, int r) {
    for (int k = r; k < t.rows() && (k == r || !opensCard(t, k, labelled(t, k))); k++) {
      Map<ColumnRole, Integer> row = labelled(t, k);
      if (row.containsKey(ColumnRole.WEIGHT) || row.containsKey(ColumnRole.SCORE)) {
        return true;
      }
      if (row.isEmpty()) {
        return false;
      }
    }
    return false;
  }

  /** The labels of row {@code r}: each role at the column of its label (its value is in the next cell). */
  private Map<ColumnRole, Integer> labelled(TableGrid t, int r) {
    Map<ColumnRole, Integer> out = new EnumMap<>(ColumnRole.class);
    for (int c = 0; c + 1 < t.cols(); c++) {
      String text = t.text(r, c);
      if (!t.isOrigin(r, c) || text.isBlank() || Names.compact(text).length() > MAX_LABEL) {
        continue;
      }
      var role = classifier.roleOf(text);
      if (role.isPresent()) {
        out.putIfAbsent(role.get(), c);
        // the label's value is no label, though it may read like one ("一级指标 | 产出指标")
        c = t.cellAt(r, c).col() + t.cellAt(r, c).colSpan();
      }
    }
    return out;
  }

  /** "自评总分 | 94.86 | 自评等级 | 优": the total and the grade the closing row pairs with their labels. */
  private void summary(TableGrid t, int r, ReportDraft draft) {
    // "总分 | 100 | 自评得分 | 96.41": the 总分 label's figure is the full mark, the 得分 label's the score
    int mark = -1;
    int score = -1;
    for (int c = 0; c + 1 < t.cols(); c++) {
      String label = t.text(r, c);
      if (!t.isOrigin(r, c) || next(t, r, c) < 0 || Names.compact(label).length() > MAX_LABEL) {
        continue;
      }
      if (label.contains("得分")) {
        score = score < 0 ? c : score;
      } else if (labels.isTotal(label)) {
        mark = mark < 0 ? c : mark;
      }
    }
    if (mark >= 0 && score >= 0) {
      int m = next(t, r, mark);
      int v = next(t, r, score);
      BigDecimal full = Numbers.parsePoints(t.text(r, m)).orElse(null);
      BigDecimal got = Numbers.parsePoints(t.text(r, v)).orElse(null);
      if (full != null && got != null && got.compareTo(full) <= 0) {
        draft.total(new ReportDraft.TotalStatement(got, full, draft.cell(t.pageOfRow(r), t.tableIndex(), r, v),
            ExtractionMethod.TABLE));
      }
    }
    for (int c = 0; c + 1 < t.cols(); c++) {
      if (!t.isOrigin(r, c) || mark >= 0 && score >= 0 && (c == mark || c == score)) {
        continue;
      }
      int v = next(t, r, c);
      if (v >= 0) {
        summaries.labelledValue(t.text(r, c), t.text(r, v), draft.cell(t.pageOfRow(r), t.tableIndex(), r, v));
      }
    }
  }

  private IndicatorRow card(TableGrid t, ReportDraft draft, Map<ColumnRole, int[]> at, @Nullable String level1,
      @Nullable String level2) {
    Map<IndicatorField, SourceRef> sources = new EnumMap<>(IndicatorField.class);
    int[] nameAt = at.containsKey(ColumnRole.NAME) ? at.get(ColumnRole.NAME) : at.get(ColumnRole.LEVEL3);
    String name = value(t, draft, nameAt, IndicatorField.level3, sources);
    LevelName parsed = LevelName.parse(name == null ? "" : name);
    String target = value(t, draft, at.get(ColumnRole.TARGET), IndicatorField.target, sources);
    String actual = value(t, draft, at.get(ColumnRole.ACTUAL), IndicatorField.actual, sources);
    BigDecimal weight = points(value(t, draft, at.get(ColumnRole.WEIGHT), IndicatorField.weight, sources));
    BigDecimal score = points(value(t, draft, at.get(ColumnRole.SCORE), IndicatorField.score, sources));
    String remark = value(t, draft, at.get(ColumnRole.DEVIATION), IndicatorField.deviationReason, sources);
    String rule = value(t, draft, at.get(ColumnRole.RULE), IndicatorField.rule, sources);
    // a card that labels its own 一级 and 二级 ("一级指标 | 产出指标 | 二级指标 | 数量指标") names them itself
    String ownLevel1 = value(t, draft, at.get(ColumnRole.LEVEL1), IndicatorField.level1, sources);
    String ownLevel2 = value(t, draft, at.get(ColumnRole.LEVEL2), IndicatorField.level2, sources);
    level1 = ownLevel1 != null ? ownLevel1 : level1;
    level2 = ownLevel2 != null ? ownLevel2 : level2;
    return new IndicatorRow(null, parsed.code(), level1, level2, parsed.name(), target, actual, weight, score,
        target == null ? null : ValueParser.parse(target), actual == null ? null : ValueParser.parse(actual),
        rule, remark, null, sources.get(IndicatorField.level3), ExtractionMethod.TABLE, sources, List.of());
  }

  /** The value after the label at {@code at} (row, column), its cell kept as the field's source; null when none. */
  private static @Nullable String value(TableGrid t, ReportDraft draft, int @Nullable [] at, IndicatorField field,
      Map<IndicatorField, SourceRef> sources) {
    if (at == null) {
      return null;
    }
    int v = next(t, at[0], at[1]);
    if (v < 0) {
      return null;
    }
    String text = Names.clean(t.text(at[0], v));
    if (text == null || text.equals("无") || text.equals("—") || text.equals("-")) {
      return null;
    }
    sources.put(field, draft.cell(t.pageOfRow(at[0]), t.tableIndex(), at[0], v));
    return text;
  }

  /** The column of the first cell after the label at (r, c), or -1. */
  private static int next(TableGrid t, int r, int c) {
    int k = t.cellAt(r, c).col() + t.cellAt(r, c).colSpan();
    return k < t.cols() && !t.text(r, k).isBlank() ? k : -1;
  }

  private static @Nullable BigDecimal points(@Nullable String text) {
    return text == null ? null : Numbers.parsePoints(text).orElse(null);
  }
}
