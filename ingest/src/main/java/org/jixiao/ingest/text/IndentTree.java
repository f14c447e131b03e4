package org.jixiao.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A grid whose first column is an indented tree (a budget system's text export, h283): "决策" at the margin, "  目标设定"
 * two columns in, "    绩效目标合理性" four in, the values to the right on every line. The levels become columns of
 * their own, each line's name in its level's column, so the upper levels read as the groups they are (their lines carry
 * the group's 分值 and 得分) and the deepest as the indicators. The new columns are headed 一级指标, 二级指标 and 三级指标
 * (two levels: 一级指标 and 三级指标), which the tree states by its indentation; the header's own word for the names
 * column is kept in the deepest one's place when it names no level.
 */
final class IndentTree {
  /** Levels a tree may have: 一级, 二级 and 三级 (四级 trees are not read as trees). */
  private static final int MAX_LEVELS = 3;
  /** Each level indented at most this many columns from the one above it. */
  private static final int MAX_STEP = 8;
  /** The deepest level must hold at least this many lines. */
  private static final int MIN_LEAVES = 3;

  private IndentTree() {}

  /**
   * The rows with their first column split by indentation, or the rows as they are when it is no tree; {@code indents}
   * gives each row's first cell's display column (-1 when the row has none, a wrapped line's).
   */
  static List<List<String>> levels(List<List<String>> rows, List<Integer> indents) {
    if (rows.size() < MIN_LEAVES + 2) {
      return rows;
    }
    TreeSet<Integer> seen = new TreeSet<>();
    for (int i = 1; i < rows.size(); i++) {
      if (indents.get(i) >= 0 && !rows.get(i).getFirst().isEmpty()) {
        seen.add(indents.get(i));
      }
    }
    if (seen.size() < 2 || seen.size() > MAX_LEVELS || seen.first() != indents.getFirst()) {
      return rows;
    }
    List<Integer> levels = new ArrayList<>(seen);
    for (int k = 1; k < levels.size(); k++) {
      if (levels.get(k) - levels.get(k - 1) > MAX_STEP) {
        return rows;
      }
    }
    int deepest = levels.getLast();
    long leaves = 0;
    for (int i = 1; i < rows.size(); i++) {
      if (indents.get(i) == deepest && !rows.get(i).getFirst().isEmpty()) {
        leaves++;
      }
    }
    if (leaves < MIN_LEAVES) {
      return rows;
    }
    List<String> heads = levels.size() == 3 ? List.of("一级指标", "二级指标", "三级指标") : List.of("一级指标", "三级指标");
    List<List<String>> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      List<String> row = rows.get(i);
      List<String> split = new ArrayList<>();
      for (int k = 0; k < levels.size(); k++) {
        if (i == 0) {
          split.add(heads.get(k));
        } else {
          split.add(indents.get(i) == levels.get(k) ? row.getFirst() : "");
        }
      }
      split.addAll(row.subList(1, row.size()));
      out.add(split);
    }
    return out;
  }
}
