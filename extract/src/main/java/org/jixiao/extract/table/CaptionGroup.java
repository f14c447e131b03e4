package org.jixiao.extract.table;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.ingest.Paragraph;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.text.name.Names;
import org.jixiao.text.name.Outline;
import org.jixiao.text.number.Numbers;

/**
 * 表题分组: a report that prints one table per 一级 group names the group in the caption just above each
 * ("表1　投入指标评分情况", "（二）过程指标得分表"): the rows of a table with no 一级指标 column belong to it, and
 * its 小计 row is that group's section (h193). The name is the group's without "指标", as the rows name their
 * groups elsewhere.
 */
final class CaptionGroup {
  private static final int MAX_CAPTION = 30;
  private static final Pattern CAPTION = Numbers.compile(
      "^(?:表\\s*(?:" + Outline.DIGITS + "(?:[-－‐.．]" + Outline.DIGITS + ")?|" + Outline.NUMERAL + ")[、.．:：\\s]*)?(?:"
          + Outline.CHINESE + ")?\\s*"
          + "(\\p{IsHan}{2,6}?)指标(?:自评|评价)?(?:评分|得分)?(?:情况|明细)?(?:表)?"
          // the group's points after its name, as a collapsible section's heading prints them ("（一）投入管理指标分值20分得分18.65分", h353)
          + "(?:\\s*[（(]?\\s*(?:分值|权重|满分)\\s*(?<weight>{N})\\s*分[，,；;、\\s]*(?:自评)?得分\\s*{N}\\s*分\\s*[)）]?)?$");
  private static final Pattern NOT_A_GROUP = Pattern.compile("[一二三]级|绩效|评价|考核");
  /** The header of a table's column of points. */
  private static final Pattern WEIGHT_HEADER = Pattern.compile("^(?:分值|权重|满分|标准分)(?:[（(]分[)）])?$");

  private CaptionGroup() {}

  /** The framework's 二级 names: a caption naming one ("表2-1 项目立项指标评分明细", h242) names the table's 二级, not its 一级. */
  private static final java.util.Set<String> LEVEL2_NAMES = FrameworkLevels.LEVEL2;

  /** The 一级 group named by the short paragraph right above {@code table}, if it is such a caption. */
  static Optional<String> above(ParsedDocument doc, TableGrid table) {
    int at = doc.blocks().indexOf(table);
    if (at < 1 || !(doc.blocks().get(at - 1) instanceof Paragraph p) || p.text().length() > MAX_CAPTION) {
      return Optional.empty();
    }
    Matcher m = CAPTION.matcher(Names.compact(p.text()));
    if (m.matches() && m.group("weight") != null && !weighs(table, Numbers.of(m.group("weight")))) {
      return Optional.empty(); // a heading's points that are not the table's: the heading of its first group only (h188)
    }
    return parse(p.text()).filter(name -> !LEVEL2_NAMES.contains(name));
  }

  /** Whether the figures of the table's 分值 column add up to {@code weight}. */
  private static boolean weighs(TableGrid table, BigDecimal weight) {
    for (int c = 0; c < table.cols(); c++) {
      if (WEIGHT_HEADER.matcher(Names.compact(table.text(0, c))).matches()) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int r = 1; r < table.rows(); r++) {
          sum = sum.add(Numbers.parse(table.text(r, c).strip()).orElse(BigDecimal.ZERO));
        }
        return sum.compareTo(weight) == 0;
      }
    }
    return false;
  }


  /** The 二级 a caption names ("表4-1 产出数量指标评分明细" → 产出数量), if it names one of the framework's. */
  static Optional<String> level2(String caption) {
    return caption.length() > MAX_CAPTION ? Optional.empty() : named(caption).filter(LEVEL2_NAMES::contains);
  }

  static Optional<String> parse(String caption) {
    return named(caption).filter(name -> !NOT_A_GROUP.matcher(name).find());
  }

  /** The name a caption gives, whatever it names (绩效目标 is a 二级, not a 一级 group). */
  private static Optional<String> named(String caption) {
    Matcher m = CAPTION.matcher(Names.compact(caption));
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
