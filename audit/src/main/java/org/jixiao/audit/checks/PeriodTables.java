package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.jixiao.audit.checks.TabLine.Cell;
import org.jixiao.audit.checks.TabLine.Row;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.MoneyUnit;
import org.jixiao.text.number.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * 分季度（分月）支出进度表: a table of a year's spending by period, as budget-progress rules (序时进度) ask departments to
 * print, read from the audit text (one line per table row, cells by tabs): a header whose first cell names the period
 * (季度, 月份), a line for every period of the year — all four quarters, all twelve months or both halves, so that
 * the lines are the whole year — then one 合计 line. Every line has as many cells as the header.
 */
final class PeriodTables {
  private static final Pattern PERIOD_HEAD = Pattern.compile("^(?:季度|季|月份|月度|月|期间|时间|时段)$");
  private static final Pattern QUARTER = Pattern.compile("^(?:第)?([一二三四1-4])季度(?:末)?$");
  private static final Pattern MONTH = Pattern.compile("^([1-9]|1[0-2]|[一二三四五六七八九十]|十[一二])月(?:份)?$");
  private static final Pattern HALF = Pattern.compile("^([上下])半年$");
  private static final List<String> RATE_WORDS = List.of("率", "进度", "比例", "%");
  private static final Pattern TOTAL = Pattern.compile("^(?:全年)?(?:合计|总计)$|^全年$");

  private PeriodTables() {}

  /** The header's cells, the period lines in order, the 合计 line and the unit the table declares (null if none). */
  record Table(List<String> header, List<Row> periods, Row total, @Nullable MoneyUnit unit) {
    /** The column of running totals (累计支出, not a 累计 rate or progress), or -1. */
    int runningTotal() {
      for (int c = 1; c < header.size(); c++) {
        String h = header.get(c);
        if (h.contains("累计") && RATE_WORDS.stream().noneMatch(h::contains)) {
          return c;
        }
      }
      return -1;
    }
  }

  static List<Table> in(@Nullable String text) {
    List<Table> out = new ArrayList<>();
    if (text == null || (!text.contains("季度") && !text.contains("月"))) {
      return out;
    }
    List<TabLine> lines = TabLine.of(text);
    for (int i = 0; i < lines.size(); i++) {
      if (!isPeriodHead(Names.compact(lines.get(i).cells()[0]))) {
        continue; // every line's first cell only: its cells are parsed when it heads a table
      }
      List<Cell> head = lines.get(i).parsed();
      if (head.size() < 3) {
        continue;
      }
      List<Row> periods = new ArrayList<>();
      int j = i + 1;
      for (; j < lines.size(); j++) {
        List<Cell> cells = lines.get(j).parsed();
        if (cells.size() != head.size() || period(Names.compact(cells.get(0).text())) == null) {
          break;
        }
        periods.add(new Row(cells));
      }
      if (j >= lines.size() || !wholeYear(periods)) {
        continue;
      }
      List<Cell> last = lines.get(j).parsed();
      if (last.size() != head.size() || !TOTAL.matcher(Names.compact(last.get(0).text())).matches()) {
        continue;
      }
      out.add(new Table(head.stream().map(c -> Names.compact(c.text())).toList(), periods, new Row(last),
          unit(lines, i)));
      i = j;
    }
    return out;
  }

  /** Whether a header's first cell names the period (季度, 月份). */
  static boolean isPeriodHead(String compactCell) {
    return PERIOD_HEAD.matcher(compactCell).matches();
  }

  /** The unit the header or one of the two lines above it declares ("表2 分季度支出进度表（单位：万元）"). */
  private static @Nullable MoneyUnit unit(List<TabLine> lines, int header) {
    for (int k = header; k >= Math.max(0, header - 2); k--) {
      Optional<MoneyUnit> u = MoneyUnit.declaredIn(lines.get(k).text());
      if (u.isPresent()) {
        return u.get();
      }
    }
    return null;
  }

  /** The period's kind and number ("Q3", "M11", "H2"), or null when the label names no period. */
  private static @Nullable String period(String label) {
    var q = QUARTER.matcher(label);
    if (q.matches()) {
      return "Q" + Numbers.parse(q.group(1)).map(BigDecimal::intValue).orElse(0);
    }
    var m = MONTH.matcher(label);
    if (m.matches()) {
      return "M" + Numbers.parse(m.group(1)).map(BigDecimal::intValue).orElse(0);
    }
    var h = HALF.matcher(label);
    return h.matches() ? "H" + ("上".equals(h.group(1)) ? 1 : 2) : null;
  }

  /** The lines are the year, each period once and in order: Q1–Q4, M1–M12 or H1–H2. */
  private static boolean wholeYear(List<Row> periods) {
    List<String> seen = periods.stream().map(r -> period(r.label())).toList();
    for (List<String> year : List.of(List.of("Q1", "Q2", "Q3", "Q4"), List.of("H1", "H2"),
        IntStream.rangeClosed(1, 12).mapToObj(k -> "M" + k).toList())) {
      if (seen.equals(year)) {
        return true;
      }
    }
    return false;
  }
}
