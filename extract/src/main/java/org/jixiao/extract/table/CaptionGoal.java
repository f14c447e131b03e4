package org.jixiao.extract.table;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.ingest.Block;
import org.jixiao.ingest.Paragraph;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.text.name.Outline;
import org.jixiao.text.number.Numbers;

/**
 * 表题目标: a report that prints one indicator table per 年度绩效目标 names the goal in the heading or the caption above
 * each ("（一）目标一：提升基本公共卫生服务均等化水平", "表2　目标一：提升…水平指标完成情况", h532): the rows of a table
 * with no goal column serve that goal. It is given as printed, without the outline number or table number before it
 * and the caption's "指标完成情况" after it.
 */
final class CaptionGoal {
  /** The heading and the caption stand within this many paragraphs above the table. */
  private static final int MAX_ABOVE = 4;
  private static final int MAX_LINE = 60;
  private static final Pattern GOAL = Numbers.compile(
      "^(?:表\\s*(?:" + Outline.DIGITS + "(?:[-－‐.．]" + Outline.DIGITS + ")?|" + Outline.NUMERAL + ")[、.．:：\\s]*)?(?:"
          + Outline.CHINESE + "|" + Outline.ARABIC + ")?\\s*"
          + "(?<goal>(?:绩效)?目标(?:{N}|" + Outline.NUMERAL + ")\\s*[:：]\\s*\\S.{1,40}?)"
          + "(?:的?(?:指标|绩效指标)?(?:完成|实现|自评)情况(?:表)?|指标(?:表)?)?$");

  private CaptionGoal() {}

  /** The goal the heading or caption right above {@code table} names, if one does; the nearest wins. */
  static Optional<String> above(ParsedDocument doc, TableGrid table) {
    int at = doc.blocks().indexOf(table);
    for (int i = at - 1; i >= Math.max(0, at - MAX_ABOVE); i--) {
      Block b = doc.blocks().get(i);
      if (!(b instanceof Paragraph p)) {
        return Optional.empty(); // the goal above an earlier table is that table's
      }
      String text = p.text().strip();
      if (text.length() <= MAX_LINE) {
        Matcher m = GOAL.matcher(text);
        if (m.matches()) {
          return Optional.of(m.group("goal").strip());
        }
      }
    }
    return Optional.empty();
  }
}
