package org.jixiao.extract.table;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jixiao.ingest.Block;
import org.jixiao.ingest.Paragraph;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.text.name.Names;
import org.jixiao.text.name.Outline;

/**
 * 标题分组: indicators printed as small tables of their own (h224: one two-row table per indicator) under outline
 * headings that name their groups, "（一）投入指标（分值15分，得分14分）" over "1.预算编制" over the tables. Walking back from a
 * table over the tables and short 二级 headings above it, the first 二级 heading met is its 二级 and the first 一级
 * heading (a Chinese ordinal) its 一级; a caption naming a framework 二级 ("表2-1 项目立项指标评分明细") is a 二级 heading too;
 * any other paragraph ends the walk. For tables with no 一级 or 二级 column, and
 * a larger table only when no row of it is a group heading itself (h233: each 一级 its own table after its subtotal
 * sentence "（一）决策指标：分值15分，得分14分。").
 */
final class OutlineGroups {
  /** "1.预算编制", "（2）财务管理": a short heading numbered in Arabic, nothing after its name. */
  private static final Pattern LEVEL2 = Pattern.compile("^(?:" + Outline.ARABIC + ")\\s*(\\p{IsHan}{2,10})$");

  /** A small table: a header and an indicator or two. */
  private static final int MAX_ROWS = 4;
  /** A 一级 group's name: "投入指标", "产出"; not a heading of the whole report ("绩效自评评分表"). */
  private static final Pattern GROUP_NAME = Pattern.compile("^\\p{IsHan}{2,6}指标$");

  /** The 一级 and 二级 names the headings above a table give it (either may be null). */
  record Groups(String level1, String level2) {}

  private OutlineGroups() {}

  /** A row of the table whose first cell is a group heading ("（二）过程指标（分值20分…）"). */
  private static boolean hasGroupRows(TableGrid table) {
    for (int r = 0; r < table.rows(); r++) {
      if (GroupHeading.parse(table.text(r, 0)).isPresent()) {
        return true;
      }
    }
    return false;
  }

  static Optional<Groups> above(ParsedDocument doc, TableGrid table) {
    if (table.rows() > MAX_ROWS && hasGroupRows(table)) {
      return Optional.empty(); // a table with group rows of its own under the heading of its first group (h188)
    }
    List<Block> blocks = doc.blocks();
    String level2 = null;
    for (int i = blocks.indexOf(table) - 1; i >= 0; i--) {
      Block b = blocks.get(i);
      if (b instanceof TableGrid) {
        continue; // the group's other small tables
      }
      if (!(b instanceof Paragraph p)) {
        break;
      }
      String text = Names.compact(p.text());
      var m = LEVEL2.matcher(text);
      if (m.matches()) {
        level2 = level2 == null ? m.group(1) : level2;
        continue;
      }
      Optional<String> captioned = CaptionGroup.level2(p.text());
      if (captioned.isPresent()) {
        // a caption naming a 二级 above each small table ("表2-1 项目立项指标评分明细", h242), the 一级 a heading above
        level2 = level2 == null ? captioned.get() : level2;
        continue;
      }
      Optional<GroupHeading> heading = GroupHeading.parse(p.text())
          .filter(g -> g.weight() != null || g.score() != null || GROUP_NAME.matcher(Names.compact(g.name())).matches());
      if (heading.isPresent()) {
        return Optional.of(new Groups(heading.get().name(), level2));
      }
      break;
    }
    return Optional.empty();
  }
}
