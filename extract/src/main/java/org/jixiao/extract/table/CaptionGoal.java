package org.jixiao.extract.table;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
          + "(?<goal>(?<label>(?:绩效)?目标(?:{N}|" + Outline.NUMERAL + "))\\s*[:：]\\s*\\S.{1,40}?)"
          + "(?:的?(?:指标|绩效指标)?(?:完成|实现|自评)情况(?:表)?|指标(?:表)?)?$");

  private CaptionGoal() {}

  /**
   * The goal the heading or caption right above {@code table} names, if one does; the nearest wins. Not the last of a
   * block listing the goals ("目标1：…。目标2：…。" above the form): a heading is no sentence, and only one goal is named
   * between the table and the one before it.
   */
  static Optional<String> above(ParsedDocument doc, TableGrid table) {
    int at = doc.blocks().indexOf(table);
    String found = null;
    String label = null;
    for (int i = at - 1; i >= 0 && doc.blocks().get(i) instanceof Paragraph p; i--) {
      String text = p.text().strip();
      Matcher m = GOAL.matcher(text);
      if (text.length() > MAX_LINE || !m.matches()) {
        continue;
      }
      if (label != null && !label.equals(m.group("label"))) {
        return Optional.empty(); // a second goal above: a list of goals, not this table's heading
      }
      label = m.group("label");
      if (found == null && at - i <= MAX_ABOVE && !SENTENCE_END.matcher(text).find()) {
        found = m.group("goal").strip();
      }
    }
    return Optional.ofNullable(found);
  }

  private static final Pattern SENTENCE_END = Pattern.compile("[。；;]$");
}
