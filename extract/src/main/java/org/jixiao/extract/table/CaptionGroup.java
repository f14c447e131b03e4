package org.jixiao.extract.table;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.ingest.Paragraph;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.text.name.Names;
import org.jixiao.text.name.Outline;

/**
 * 表题分组: a report that prints one table per 一级 group names the group in the caption just above each
 * ("表1　投入指标评分情况", "（二）过程指标得分表"): the rows of a table with no 一级指标 column belong to it, and
 * its 小计 row is that group's section (h193). The name is the group's without "指标", as the rows name their
 * groups elsewhere.
 */
final class CaptionGroup {
  private static final int MAX_CAPTION = 30;
  private static final Pattern CAPTION = Pattern.compile(
      "^(?:表\\s*(?:" + Outline.DIGITS + "|" + Outline.NUMERAL + ")[、.．:：\\s]*)?(?:" + Outline.CHINESE + ")?\\s*"
          + "(\\p{IsHan}{2,6}?)指标(?:自评|评价)?(?:评分|得分)?(?:情况|明细)?(?:表)?$");
  private static final Pattern NOT_A_GROUP = Pattern.compile("[一二三]级|绩效|评价|考核");

  private CaptionGroup() {}

  /** The group named by the short paragraph right above {@code table}, if it is such a caption. */
  static Optional<String> above(ParsedDocument doc, TableGrid table) {
    int at = doc.blocks().indexOf(table);
    if (at < 1 || !(doc.blocks().get(at - 1) instanceof Paragraph p) || p.text().length() > MAX_CAPTION) {
      return Optional.empty();
    }
    return parse(p.text());
  }

  static Optional<String> parse(String caption) {
    Matcher m = CAPTION.matcher(Names.compact(caption));
    return m.matches() && !NOT_A_GROUP.matcher(m.group(1)).find() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
