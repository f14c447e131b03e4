package org.jixiao.audit.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.ValueParser;
import org.jspecify.annotations.Nullable;

/**
 * 明细表: a table of items closed by one total line, read from the audit text (one line per table row, cells by tabs): a
 * header of words only, two or more item lines, then a line labelled 合计, 总计 or 小计, every line with as many cells as
 * the header (h340: the schools whose 完成面积 add up to the 合计 of a table nested in a Word cell). Indicator tables
 * (their totals are {@code TotalScoreCheck}'s), budget tables ({@code BudgetTableReader}'s) and tables by period
 * ({@link PeriodTables}) are left to their own readers.
 */
final class ItemTables {
  private static final Pattern TOTAL = Pattern.compile("^(?:合计|总计|小计|共计)$");
  /** Header cells of an indicator table or a budget table. */
  private static final Pattern OTHER_TABLE = Pattern.compile("^(?:[一二三]级)?指标(?:名称|内容)?$|预算|执行数|决算");

  private ItemTables() {}

  /** The header's cells, the item lines in order and the total line. */
  record Table(List<String> header, List<TabLine.Row> items, TabLine.Row total) {}

  static List<Table> in(@Nullable String text) {
    List<Table> out = new ArrayList<>();
    if (text == null || !(text.contains("合计") || text.contains("小计") || text.contains("总计") || text.contains("共计"))) {
      return out;
    }
    List<TabLine> lines = TabLine.of(text);
    for (int i = 0; i < lines.size(); i++) {
      List<TabLine.Cell> head = lines.get(i).parsed();
      if (!isHeader(head)) {
        continue;
      }
      List<TabLine.Row> items = new ArrayList<>();
      int j = i + 1;
      for (; j < lines.size(); j++) {
        List<TabLine.Cell> cells = lines.get(j).parsed();
        String label = cells.isEmpty() ? "" : Names.compact(cells.get(0).text());
        if (cells.size() != head.size() || label.isEmpty() || TOTAL.matcher(label).matches()) {
          break;
        }
        items.add(new TabLine.Row(cells));
      }
      if (j >= lines.size() || items.size() < 2) {
        continue;
      }
      List<TabLine.Cell> last = lines.get(j).parsed();
      if (last.size() == head.size() && TOTAL.matcher(Names.compact(last.get(0).text())).matches()) {
        out.add(new Table(head.stream().map(c -> Names.compact(c.text())).toList(), items, new TabLine.Row(last)));
        i = j;
      }
    }
    return out;
  }

  /** Three or more cells, all words, none naming an indicator table's or a budget table's column, nor a period. */
  private static boolean isHeader(List<TabLine.Cell> head) {
    if (head.size() < 3 || PeriodTables.isPeriodHead(Names.compact(head.get(0).text()))) {
      return false;
    }
    for (TabLine.Cell c : head) {
      String t = Names.compact(c.text());
      if (t.isEmpty() || c.value() != null || ValueParser.parse(t).number() != null || OTHER_TABLE.matcher(t).find()) {
        return false;
      }
    }
    return true;
  }
}
