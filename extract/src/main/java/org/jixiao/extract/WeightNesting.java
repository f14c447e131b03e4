package org.jixiao.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Section;
import org.jixiao.schema.WarningCode;
import org.jspecify.annotations.Nullable;

/**
 * A tree printed flat (h312: an Excel tree grid whose levels are only its cells' indentation and bold, lost as text):
 * "决策 | | | 15 | 14.5", "目标设定 | | | 8 | 7.5", "绩效目标合理性 | 合理 | 合理 | 4 | 4" … in one names column. A line with
 * neither target nor actual but a 分值 and 得分 is a group, and the lines after it whose 分值 add up to exactly its own
 * are its items (groups in turn, or indicators). The nesting is read only when it accounts for every line of the list,
 * one or two group levels deep, each group's 分值 met exactly: then the top groups are the 一级 (sections), the groups
 * under them the 二级, and the indicators take both names; otherwise the rows stay as they are.
 */
final class WeightNesting {
  private WeightNesting() {}

  /** A group or an indicator, with its items. */
  private record Node(IndicatorRow row, List<Node> items) {
    int depth() {
      return items.stream().mapToInt(n -> n.depth() + 1).max().orElse(0);
    }
  }

  static List<IndicatorRow> nested(List<IndicatorRow> rows, ReportDraft draft) {
    if (rows.size() < 4 || rows.stream().noneMatch(WeightNesting::isGroup)) {
      return rows;
    }
    if (rows.stream().anyMatch(r -> r.level1() != null || r.level2() != null)) {
      return withinGroups(rows, draft);
    }
    List<Node> top = new ArrayList<>();
    int[] at = {0};
    while (at[0] < rows.size()) {
      Node n = node(rows, at);
      if (n == null) {
        return rows;
      }
      top.add(n);
    }
    int depth = top.stream().mapToInt(Node::depth).max().orElse(0);
    if (depth < 1 || depth > 2 || top.stream().anyMatch(n -> n.depth() != depth)) {
      return rows;
    }
    List<IndicatorRow> out = new ArrayList<>();
    for (Node one : top) {
      draft.section(new Section(one.row().level3(), one.row().weight(), one.row().score(), one.row().source(), one.row().method()));
      draft.reject(WarningCode.GROUPS_BY_WEIGHT, "'" + one.row().level3() + "' is a 一级指标 line: its items' 分值 add up to its "
          + one.row().weight(), one.row().source());
      for (Node two : one.items()) {
        if (depth == 1) {
          out.add(two.row().withLevels(one.row().level3(), null));
          continue;
        }
        draft.reject(WarningCode.GROUPS_BY_WEIGHT, "'" + two.row().level3() + "' is a 二级指标 line under '" + one.row().level3()
            + "': its items' 分值 add up to its " + two.row().weight(), two.row().source());
        for (Node leaf : two.items()) {
          out.add(leaf.row().withLevels(one.row().level3(), two.row().level3()));
        }
      }
    }
    return out;
  }

  /**
   * The 一级 groups already told (by their names, 决策 … 效益), their 二级 lines still among the rows (h312): within each run
   * of rows of one 一级 and no 二级, group lines whose items meet their 分值 exactly are the 二级 of those items.
   */
  private static List<IndicatorRow> withinGroups(List<IndicatorRow> rows, ReportDraft draft) {
    List<IndicatorRow> out = new ArrayList<>();
    int i = 0;
    while (i < rows.size()) {
      IndicatorRow first = rows.get(i);
      int j = i + 1;
      while (j < rows.size() && first.level1() != null && first.level2() == null
          && first.level1().equals(rows.get(j).level1()) && rows.get(j).level2() == null) {
        j++;
      }
      List<IndicatorRow> run = rows.subList(i, j);
      out.addAll(secondLevel(run, draft));
      i = j;
    }
    return out;
  }

  /** One 一级's rows with its 二级 lines read as their items' 二级; the rows as they are unless every line is accounted for. */
  private static List<IndicatorRow> secondLevel(List<IndicatorRow> run, ReportDraft draft) {
    if (run.getFirst().level1() == null || run.stream().noneMatch(WeightNesting::isGroup)) {
      return run;
    }
    List<Node> groups = new ArrayList<>();
    int[] at = {0};
    while (at[0] < run.size()) {
      Node n = node(run, at);
      if (n == null || n.depth() != 1) {
        return run;
      }
      groups.add(n);
    }
    List<IndicatorRow> out = new ArrayList<>();
    for (Node two : groups) {
      draft.reject(WarningCode.GROUPS_BY_WEIGHT, "'" + two.row().level3() + "' is a 二级指标 line under '" + run.getFirst().level1()
          + "': its items' 分值 add up to its " + two.row().weight(), two.row().source());
      for (Node leaf : two.items()) {
        out.add(leaf.row().withLevels(run.getFirst().level1(), two.row().level3()));
      }
    }
    return out;
  }

  /** The node opening at {@code at[0]}, advancing past it; null when its items do not meet its 分值 exactly. */
  private static @Nullable Node node(List<IndicatorRow> rows, int[] at) {
    IndicatorRow row = rows.get(at[0]++);
    if (!isGroup(row)) {
      return row.weight() == null ? null : new Node(row, List.of());
    }
    List<Node> items = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    while (sum.compareTo(row.weight()) < 0 && at[0] < rows.size()) {
      Node item = node(rows, at);
      if (item == null) {
        return null;
      }
      items.add(item);
      sum = sum.add(item.row().weight());
    }
    // a group of groups and indicators mixed is no tree this reads
    boolean uniform = items.stream().allMatch(n -> n.items().isEmpty()) || items.stream().noneMatch(n -> n.items().isEmpty());
    return sum.compareTo(row.weight()) == 0 && items.size() >= 1 && uniform ? new Node(row, items) : null;
  }

  private static boolean isGroup(IndicatorRow r) {
    return blank(r.target()) && blank(r.actual()) && r.weight() != null && r.score() != null && r.weight().signum() > 0;
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }
}
