package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.Check;
import org.jixiao.audit.internal.BudgetTable;
import org.jixiao.audit.internal.BudgetTable.Cell;
import org.jixiao.audit.internal.BudgetTable.Column;
import org.jixiao.audit.internal.BudgetTable.Line;
import org.jixiao.audit.internal.BudgetTable.Role;
import org.jixiao.audit.internal.BudgetTableReader;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.audit.internal.FindingBuilder;
import org.jixiao.audit.internal.ScannedReports;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.ParsedValue;
import org.jixiao.schema.Severity;
import org.jixiao.schema.TextSpan;
import org.jixiao.text.number.MoneyUnit;
import org.jixiao.text.name.Outline;
import org.jixiao.text.number.Numbers;
import org.jixiao.text.number.ValueParser;
import org.jixiao.text.words.Lexicon;
import org.jspecify.annotations.Nullable;

/**
 * 分项合计: a total against the parts the report lists for it; where the list is explicit and
 * exhaustive, a difference is an arithmetic error: ERROR HIGH.
 *
 * <ul>
 *   <li>in the budget table, per money column (年初预算数, 全年预算数, 执行数): 合计 = 基本支出 + 项目支出,
 *       and 合计 = the run of funding lines printed right after it (或 right before a closing 合计),
 *       when there are two or more and none is a dash;
 *   <li>without such a table, the extracted {@link org.jixiao.schema.Budget}'s 基本支出 + 项目支出
 *       against its totals ({@link BudgetParts}: WARNING MEDIUM, the parts may stand under another
 *       budget column than the total they were read beside);
 *   <li>in a spending-by-period table ({@link PeriodTables}), per column of amounts: 合计 = the four quarters (the
 *       twelve months, the two halves);
 *   <li>in prose, the lists {@link PartLists} reads ("编制数16人（行政编制8人，事业编制6人）",
 *       "全年预算数X万元，其中基本支出A万元、项目支出B万元").
 * </ul>
 *
 * A list that may leave a category out ("编制21人（其中行政编制9人、事业编制10人）") is a WARNING: the
 * parts contradict the total only if they are all there. Each part is allowed half a unit of its
 * printed precision, since parts are rounded one by one.
 */
public final class BreakdownSumCheck implements Check {
  private static final List<String> SUBTOTAL_WORDS = Lexicon.load(BreakdownSumCheck.class, "breakdown-parts.txt").words("SUBTOTAL");
  private static final BudgetTableReader TABLES = BudgetTableReader.standard();
  private static final PartLists LISTS = PartLists.standard();
  private static final List<Column> MONEY = List.of(Column.INITIAL, Column.BUDGET, Column.SPEND);

  @Override
  public CheckId id() {
    return CheckId.BREAKDOWN_SUM;
  }

  @Override
  public List<Finding> check(AuditSubject subject) {
    List<Finding> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<BudgetTable> tables = TABLES.read(subject.report(), subject.text());
    boolean split = false;
    for (BudgetTable table : tables) {
      Line total = table.first(Role.TOTAL).orElse(null);
      if (total == null) {
        continue;
      }
      List<Line> basic = table.all(Role.BASIC);
      List<Line> project = table.all(Role.PROJECT);
      if (basic.size() == 1 && project.size() == 1) {
        split = true;
        table(subject, table, total, List.of(basic.get(0), project.get(0)), seen, out);
      }
      List<Line> sources = sources(table, total);
      if (!sources.isEmpty() && sources.stream().allMatch(l -> l.code() != null)) {
        subjects(subject, table, total, sources, seen, out);
      } else if (sources.size() >= 2) {
        table(subject, table, total, sources, seen, out);
      }
      for (Line part : table.lines()) {
        List<Line> items = items(table, part, subject.text());
        if (items.size() >= 2 && addsInSomeColumn(part, items)) {
          table(subject, table, part, items, seen, out);
        } else if (items.size() >= 2 && part != total && addsInSomeColumn(total, items)) {
          // a second breakdown of the whole after the last part ("其中：按二级预算单位 | 陕西省林业局机关 | …", h227): its
          // lines add up to the total, not to the part above them
          table(subject, table, total, items, seen, out);
        }
      }
    }
    for (PeriodTables.Table periods : PeriodTables.in(subject.text())) {
      periods(subject, periods, out);
    }
    for (ItemTables.Table items : ItemTables.in(subject.text())) {
      items(subject, items, out);
    }
    if (subject.text() != null) {
      for (HeadedParts.Block block : HeadedParts.in(subject.text())) {
        headed(subject, block, seen, out);
      }
    }
    List<Finding> prose = new ArrayList<>();
    if (subject.text() != null) {
      for (PartLists.Listed listed : LISTS.find(subject.text())) {
        // a part the prose states otherwise than the table: FigureAgreementCheck's one finding, not a wrong sum
        if (!tablePrints(tables, listed.sum(), listed.parts()) && FigureAgreementCheck.partAgainstTable(tables, listed) == null) {
          prose(subject, listed, seen, prose);
        }
      }
    }
    if (!split && subject.report().budget() != null) {
      List<Finding> fields = new ArrayList<>();
      BudgetParts.check(subject, id(), fields);
      // the budget's fields were read from the prose's list: its finding, with the quote, is the one problem
      fields.removeIf(f -> prose.stream().anyMatch(p -> sameFigures(p, f)));
      out.addAll(fields);
    }
    out.addAll(prose);
    return out;
  }

  /** Whether two findings state the same figure and recompute the same sum (units and separators aside). */
  private static boolean sameFigures(Finding a, Finding b) {
    return sameNumber(a.stated(), b.stated()) && sameNumber(a.recomputed(), b.recomputed());
  }

  private static boolean sameNumber(@Nullable String a, @Nullable String b) {
    var x = a == null ? java.util.Optional.<BigDecimal>empty() : Numbers.first(a);
    var y = b == null ? java.util.Optional.<BigDecimal>empty() : Numbers.first(b);
    return x.isPresent() && y.isPresent() && x.get().compareTo(y.get()) == 0;
  }

  /**
   * Whether no line of a run is itself a subtotal ("本年收入合计" between the sources and 年初结转结余 in a 收支决算表):
   * with one, which lines add up to which is not printed, and no sum of the run is the total's.
   */
  private static boolean flat(List<Line> run) {
    return run.stream().noneMatch(l -> SUBTOTAL_WORDS.stream().anyMatch(l.name()::contains));
  }

  /**
   * The items a 基本支出 or 项目支出 line lists under it ("项目支出" then "其中：公路建设及养护", "水运建设", …, h309), or a
   * total ("一、基金收入合计" then "其中：个人缴费收入", …, "二、基金支出合计", h476): the run of other lines right after it, opened
   * by 其中, to the table's end or the next line of a role.
   */
  private static List<Line> items(BudgetTable table, Line part, @Nullable String text) {
    if (part.role() == Role.OTHER) {
      return List.of();
    }
    List<Line> lines = table.lines();
    int at = lines.indexOf(part);
    if (at + 1 >= lines.size() || !opensWithin(lines.get(at + 1), text)) {
      return List.of();
    }
    List<Line> run = new ArrayList<>();
    for (int k = at + 1; k < lines.size() && lines.get(k).role() == Role.OTHER; k++) {
      run.add(lines.get(k));
    }
    return flat(run) ? run : List.of();
  }

  /** A line opened by 其中, in its label or in a group cell before it ("其中：按二级预算单位 | 陕西省林业局机关", h227). */
  private static boolean opensWithin(Line line, @Nullable String text) {
    if (line.label().strip().startsWith("其中")) {
      return true;
    }
    return text != null && line.start() < text.length() && text.startsWith("其中", line.start());
  }

  /**
   * Whether the items add up to their line exactly in some money column: then they are all its items (a 其中 list may
   * name only the main ones), and a column where they do not is an error.
   */
  private static boolean addsInSomeColumn(Line whole, List<Line> items) {
    for (Column column : MONEY) {
      BigDecimal total = whole.value(column).orElse(null);
      List<BigDecimal> parts = items.stream().map(l -> l.value(column).orElse(null)).toList();
      if (total != null && parts.stream().allMatch(java.util.Objects::nonNull)
          && parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(total) == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Lines by 支出功能分类科目 (类 208, 款 20801, 项 2080101, h336): the total is the sum of the 类 lines, and each 类 or 款
   * the sum of the lines one level under it, as such tables are made; a 款 is never added to its own 类 again.
   */
  private void subjects(AuditSubject subject, BudgetTable table, Line total, List<Line> lines, Set<String> seen,
      List<Finding> out) {
    int top = lines.stream().mapToInt(l -> Outline.subjectCodeLevel(l.code())).min().orElseThrow();
    table(subject, table, total, lines.stream().filter(l -> Outline.subjectCodeLevel(l.code()) == top).toList(), seen, out);
    for (Line parent : lines) {
      int level = Outline.subjectCodeLevel(parent.code());
      List<Line> children = lines.stream()
          .filter(l -> Outline.subjectCodeLevel(l.code()) == level + 1 && l.code().startsWith(parent.code())).toList();
      if (!children.isEmpty()) {
        table(subject, table, parent, children, seen, out);
      }
    }
  }

  /** The funding lines: the run of other lines right after the total, or right before a last total. */
  private static List<Line> sources(BudgetTable table, Line total) {
    List<Line> lines = table.lines();
    int at = lines.indexOf(total);
    List<Line> run = new ArrayList<>();
    if (at == lines.size() - 1) {
      for (int k = at - 1; k >= 0 && lines.get(k).role() == Role.OTHER; k--) {
        run.add(0, lines.get(k));
      }
      return run.size() == at && flat(run) ? run : List.of();
    }
    for (int k = at + 1; k < lines.size() && lines.get(k).role() == Role.OTHER; k++) {
      run.add(lines.get(k));
    }
    // the run must end the table or be followed by the 基本/项目 split: a run followed by more
    // lines of another kind may be sub-lines of one part (project lines under 项目支出)
    int after = at + 1 + run.size();
    return (after == lines.size() || lines.get(after).role() == Role.BASIC) && flat(run) ? run : List.of();
  }

  private void table(AuditSubject subject, BudgetTable table, Line total, List<Line> parts, Set<String> seen,
      List<Finding> out) {
    if (ScannedReports.scanned(subject.report()) && !confirmedByRates(total, parts)) {
      return;
    }
    for (Column column : MONEY) {
      Cell whole = total.cell(column).orElse(null);
      List<Cell> cells = parts.stream().map(p -> p.cell(column).orElse(null)).toList();
      if (whole == null || whole.value() == null || cells.stream().anyMatch(c -> c == null || c.value() == null)) {
        continue;
      }
      BigDecimal sum = cells.stream().map(Cell::value).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (within(whole.value(), sum, cells.stream().map(Cell::value).toList())) {
        continue;
      }
      String sumText = IntStream.range(0, parts.size())
          .mapToObj(k -> parts.get(k).name() + " " + cells.get(k).text())
          .collect(Collectors.joining(" + "));
      if (!seen.add(column + "|" + whole.text() + "|" + Decimals.plain(sum))) {
        continue;
      }
      out.add(FindingBuilder.of(subject.file(), id())
          .severity(Severity.ERROR)
          .certainty(Certainty.HIGH)
          .indicator(total.name() + " " + column.label())
          .location(whole.where(subject.file()))
          .stated(whole.shown(table.unit()))
          .recomputed(Decimals.plain(sum))
          .rule(total.name() + " = " + parts.stream().map(Line::name).collect(Collectors.joining(" + ")))
          .message(column.label() + "：" + sumText + " = " + Decimals.plain(sum) + "，表中 " + total.name() + " 为 "
              + whole.text() + "（差 " + Decimals.plain(whole.value().subtract(sum)) + "）"));
    }
  }

  /** Header words of a column whose periods do not add up to the year: running totals, rates, progress, yes/no. */
  private static final List<String> NOT_ADDED = List.of("累计", "率", "进度", "比例", "占比", "%", "是否", "序时");

  /**
   * A spending-by-period table (PeriodTables): in each column of amounts the periods add up to the 合计 line, the
   * periods being the whole year. A running-total column beside it (累计支出) names the period whose own figure differs
   * from what the running total grew by.
   */
  private void periods(AuditSubject subject, PeriodTables.Table table, List<Finding> out) {
    int running = table.runningTotal();
    for (int c = 1; c < table.header().size(); c++) {
      String head = table.header().get(c);
      TabLine.Cell whole = table.total().cells().get(c);
      int col = c;
      List<TabLine.Cell> parts = table.periods().stream().map(r -> r.cells().get(col)).toList();
      if (NOT_ADDED.stream().anyMatch(head::contains) || whole.value() == null
          || parts.stream().anyMatch(p -> p.value() == null)) {
        continue;
      }
      List<BigDecimal> values = parts.stream().map(TabLine.Cell::value).toList();
      BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      if (within(whole.value(), sum, values)) {
        continue;
      }
      out.add(columnTotal(subject, head, table.periods(), parts, table.total(), whole, Decimals.plain(sum))
          .message(columnSum(head, table.periods(), parts, sum, table.total(), whole)
              + (running < 0 ? "" : slip(table, col, running))));
    }
  }

  /** The finding on a table's total line whose column {@code head} is not the sum of the lines above it. */
  private FindingBuilder columnTotal(AuditSubject subject, String head, List<TabLine.Row> lines,
      List<TabLine.Cell> parts, TabLine.Row total, TabLine.Cell whole, String recomputed) {
    return FindingBuilder.of(subject.file(), id())
        .severity(Severity.ERROR)
        .certainty(Certainty.HIGH)
        .indicator(head + " " + total.label())
        .location(new TextSpan(subject.file(), null, whole.start(), whole.end()))
        .stated(whole.text())
        .recomputed(recomputed)
        .rule(total.label() + " = " + lines.stream().map(TabLine.Row::label).collect(Collectors.joining(" + ")));
  }

  /** "完成面积：龙泉镇中心小学 3260 + … = 12360，表中 合计 为 12630". */
  private static String columnSum(String head, List<TabLine.Row> lines, List<TabLine.Cell> parts, BigDecimal sum,
      TabLine.Row total, TabLine.Cell whole) {
    String sumText = IntStream.range(0, parts.size())
        .mapToObj(k -> lines.get(k).label() + " " + parts.get(k).text())
        .collect(Collectors.joining(" + "));
    return head + "：" + sumText + " = " + Decimals.plain(sum) + "，表中 " + total.label() + " 为 " + whole.text();
  }

  /**
   * Header words of a column of an item table whose items are not parts of its total: shares, averages, ranks, codes; and
   * points, whose sums are the score checks' (a table of scores the extractor did not take for indicators is no list of
   * amounts).
   */
  private static final List<String> NOT_SUMMED = List.of("率", "进度", "比例", "占比", "%", "是否", "序时", "累计", "单价", "平均",
      "人均", "均价", "标准", "序号", "编号", "代码", "排名", "名次", "年份", "日期", "时间", "规则", "等级", "分值", "得分", "权重",
      "满分", "扣分", "评分");

  /**
   * An item table ({@link ItemTables}): in each column whose every item and total is a figure in one unit (3260, 12,630平方米),
   * the items add up to the total line, the lines above it being all the items it closes.
   */
  private void items(AuditSubject subject, ItemTables.Table table, List<Finding> out) {
    for (int c = 1; c < table.header().size(); c++) {
      String head = table.header().get(c);
      if (NOT_SUMMED.stream().anyMatch(head::contains)) {
        continue;
      }
      TabLine.Cell whole = table.total().cells().get(c);
      int col = c;
      List<TabLine.Cell> parts = table.items().stream().map(r -> r.cells().get(col)).toList();
      List<ParsedValue> values = parts.stream().map(p -> ValueParser.parse(p.text())).toList();
      ParsedValue total = ValueParser.parse(whole.text());
      if (!figure(total) || "分".equals(total.unit()) || !values.stream().allMatch(v -> figure(v) && sameUnit(v, total))) {
        continue;
      }
      List<BigDecimal> numbers = values.stream().map(ParsedValue::number).toList();
      BigDecimal sum = numbers.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      if (within(total.number(), sum, numbers)) {
        continue;
      }
      out.add(columnTotal(subject, head, table.items(), parts, table.total(), whole,
          Decimals.plain(sum) + (total.unit() == null ? "" : total.unit()))
          .message(columnSum(head, table.items(), parts, sum, table.total(), whole)));
    }
  }

  /** A plain figure: a number with no comparator, as an item's amount is printed. */
  private static boolean figure(ParsedValue v) {
    return v.number() != null && v.comparator() == null;
  }

  private static boolean sameUnit(ParsedValue a, ParsedValue b) {
    return java.util.Objects.equals(a.unit(), b.unit()) && java.util.Objects.equals(a.scale(), b.scale());
  }

  /** "；累计支出 4,623.50 → 6,759.97 增 2,136.47，三季度 载 2,163.47": the period its running total contradicts, or "". */
  private static String slip(PeriodTables.Table table, int col, int running) {
    BigDecimal before = BigDecimal.ZERO;
    for (TabLine.Row row : table.periods()) {
      BigDecimal own = row.cells().get(col).value();
      BigDecimal total = row.cells().get(running).value();
      if (total == null || own == null) {
        return "";
      }
      BigDecimal grew = total.subtract(before);
      if (!within(grew, own, List.of(own, total))) {
        return "；" + table.header().get(running) + " 至 " + row.label() + " 增 " + Decimals.plain(grew) + "，" + row.label()
            + " 载 " + row.cells().get(col).text();
      }
      before = total;
    }
    return "";
  }

  /**
   * A whole beside its parts in one header line ({@link HeadedParts}): WARNING HIGH where the parts, the rest among them,
   * do not make the whole, or where any parts add to more than it (a list under 其中 may leave one out, never add one).
   */
  private void headed(AuditSubject subject, HeadedParts.Block block, Set<String> seen, List<Finding> out) {
    BigDecimal sum = block.sum();
    if (within(block.whole(), sum, block.parts()) || !block.exhaustive() && sum.compareTo(block.whole()) < 0
        || !seen.add(block.wholeText() + "|" + Decimals.plain(sum))) {
      return;
    }
    String sumText = sumText(block.partLabels(), block.parts());
    out.add(FindingBuilder.of(subject.file(), id())
        .severity(Severity.WARNING)
        .certainty(Certainty.HIGH)
        .indicator(block.label())
        .location(new TextSpan(subject.file(), null, block.start(), block.end()))
        .stated(block.wholeText())
        .recomputed(Decimals.plain(sum))
        .rule(block.label() + " = " + String.join(" + ", block.partLabels()))
        .message(block.label() + " " + block.wholeText() + "，其中 " + sumText + " = " + Decimals.plain(sum)
            + (sum.compareTo(block.whole()) > 0 ? "，多于 " : "，不是 ") + block.wholeText()));
  }

  /** "专项债券资金 8000 + 财政预算资金 2400 + 其他资金 2000": each part's label and figure. */
  private static String sumText(List<String> labels, List<BigDecimal> parts) {
    return IntStream.range(0, parts.size())
        .mapToObj(k -> labels.get(k) + " " + Decimals.plain(parts.get(k)))
        .collect(Collectors.joining(" + "));
  }

  private void prose(AuditSubject subject, PartLists.Listed listed, Set<String> seen, List<Finding> out) {
    BigDecimal sum = listed.sum();
    if (within(listed.total(), sum, listed.parts()) || withinPrinted(listed, sum)
        || listed.mainOnly() && sum.compareTo(listed.total()) < 0 // the main uses may leave some out
        || !seen.add(listed.totalText() + "|" + Decimals.plain(sum))) {
      return;
    }
    String sumText = sumText(listed.partLabels(), listed.parts());
    out.add(FindingBuilder.of(subject.file(), id())
        .severity(listed.exhaustive() ? Severity.ERROR : Severity.WARNING)
        .certainty(Certainty.HIGH)
        .indicator(listed.label())
        .location(new TextSpan(subject.file(), null, listed.totalStart(), listed.totalEnd()))
        .stated(listed.totalText())
        .recomputed(Decimals.plain(sum) + listed.unit())
        .rule(listed.label() + " = " + String.join(" + ", listed.partLabels()))
        .message("“" + listed.quote() + "”：" + sumText + " = " + Decimals.plain(sum) + listed.unit()
            + (listed.mainOnly() ? "，多于 " : "，不是 ") + listed.totalText()));
  }

  /**
   * Whether a budget table prints the parts' sum as one of its 万元 figures: then the parts are
   * right and the prose total misstates the table's, which {@code FigureAgreementCheck} reports.
   */
  private static boolean tablePrints(List<BudgetTable> tables, BigDecimal sum, List<BigDecimal> parts) {
    for (BudgetTable table : tables) {
      if (table.unit() != MoneyUnit.WAN_YUAN) {
        continue;
      }
      for (Line line : table.lines()) {
        for (Column column : MONEY) {
          BigDecimal v = line.value(column).orElse(null);
          if (v != null && within(v, sum, parts)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether the parts' sum is the total up to half the total's last printed place per part, that place taken in the unit
   * it is printed in ("100.32亿元，其中基本支出3.86亿元、项目支出96.45亿元": 100.31 is 100.32 to 0.01亿 = 100万, h309), the
   * list's figures being compared in its own unit.
   */
  private static boolean withinPrinted(PartLists.Listed listed, BigDecimal sum) {
    return sum.subtract(listed.total()).abs().compareTo(listed.halfPlace().multiply(BigDecimal.valueOf(listed.parts().size()))) <= 0;
  }

  /**
   * In a report read by OCR, whether the breakdown's figures were read right, as far as the table can tell: every line's
   * printed rate agrees with its spending and budget (a misread figure breaks its own line's rate as well as the sum,
   * h412's "1635.52" for 1163.52 and "72236" for 72.36). The 年初 column has no rate of its own; rates that all agree
   * say the table was read well.
   */
  private static boolean confirmedByRates(Line total, List<Line> parts) {
    return TableRates.agrees(total) && parts.stream().allMatch(TableRates::agrees);
  }

  /**
   * In a report read by OCR, whether {@code line}'s budget and spending were read right, as far as the table can tell:
   * the line is the whole or a part of a breakdown that adds up in both columns (a misread figure would break the sum as
   * well as its line's rate, h412's "72236" for 72.36).
   */
  static boolean confirmedBySums(BudgetTable table, Line line) {
    Line total = table.first(Role.TOTAL).orElse(null);
    if (total == null) {
      return false;
    }
    List<Line> basic = table.all(Role.BASIC);
    List<Line> project = table.all(Role.PROJECT);
    List<List<Line>> breakdowns = new ArrayList<>();
    if (basic.size() == 1 && project.size() == 1) {
      breakdowns.add(List.of(basic.get(0), project.get(0)));
    }
    List<Line> sources = sources(table, total);
    if (sources.size() >= 2) {
      breakdowns.add(sources);
    }
    for (List<Line> parts : breakdowns) {
      if ((line == total || parts.contains(line)) && adds(total, parts, Column.BUDGET) && adds(total, parts, Column.SPEND)) {
        return true;
      }
    }
    return false;
  }

  private static boolean adds(Line total, List<Line> parts, Column column) {
    BigDecimal whole = total.value(column).orElse(null);
    List<BigDecimal> values = parts.stream().map(l -> l.value(column).orElse(null)).toList();
    if (whole == null || values.contains(null)) {
      return false;
    }
    return within(whole, values.stream().reduce(BigDecimal.ZERO, BigDecimal::add), values);
  }

  /** Whether {@code sum} is {@code total} up to half a printed unit per part. */
  private static boolean within(BigDecimal total, BigDecimal sum, List<BigDecimal> parts) {
    int scale = Math.max(Decimals.printedScale(total), parts.stream().mapToInt(Decimals::printedScale).max().orElse(0));
    BigDecimal slack = BigDecimal.ONE.movePointLeft(scale).multiply(BigDecimal.valueOf(5, 1))
        .multiply(BigDecimal.valueOf(parts.size()));
    return sum.subtract(total).abs().compareTo(slack) <= 0;
  }
}
