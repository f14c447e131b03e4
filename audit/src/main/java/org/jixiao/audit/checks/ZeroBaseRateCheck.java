package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.Check;
import org.jixiao.audit.internal.BudgetTable;
import org.jixiao.audit.internal.BudgetTable.Cell;
import org.jixiao.audit.internal.BudgetTable.Column;
import org.jixiao.audit.internal.BudgetTable.Line;
import org.jixiao.audit.internal.BudgetTableReader;
import org.jixiao.audit.internal.FindingBuilder;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.ParsedValue;
import org.jixiao.schema.Severity;
import org.jixiao.schema.TextSpan;
import org.jixiao.schema.ValueKind;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.Numbers;
import org.jixiao.text.number.ValueParser;
import org.jspecify.annotations.Nullable;

/**
 * 零基数比率: a rate stated over a base of 0, which is undefined (it should read — or 不适用): WARNING
 * HIGH.
 *
 * <ul>
 *   <li>a budget-table line whose 全年预算数 is 0 and whose 执行率 cell prints a figure;
 *   <li>a sentence stating a budget of 0 ("预算为0万元", "预算数为0") and, after it, a rate against
 *       it ("完成预算的0%", "执行率100%"), or headed by the rate it scores ("非税收入预算完成率：");
 *   <li>a rate of change whose previous-year figure is 0: "100%（上年新增0家，本年新增2家）" or
 *       "100%（上年发生0起，本年0起）" in the row of a 增长率 or 下降率, or the years named:
 *       "100%（2022年0平方米，2023年3,200平方米）", read in the row's actual value and, for prose, in the text.
 * </ul>
 */
public final class ZeroBaseRateCheck implements Check {
  private static final BudgetTableReader TABLES = BudgetTableReader.standard();
  /** The words of a rate of change against last year, whose base is last year's figure. */
  private static final List<String> CHANGE_WORDS = List.of("增长", "下降", "降低", "减少", "提高", "提升", "变动");
  private static final Pattern BRACKET_CLOSE = Pattern.compile("[）)]");
  private static final Pattern CLAUSE_END = Pattern.compile("[。；;\\n]");
  private static final Pattern ZERO_BUDGET =
      Numbers.compile("预算(?:数|金额|指标|安排数)?\\s*(?:为|是|:|：)?\\s*(?<n>{N})\\s*(?:万元|元|(?=[，,。；;）)]))");
  private static final Pattern RATE_AFTER =
      Numbers.compile("(?:完成预算的|完成率|执行率|执行进度|完成进度)\\s*(?:为|是|达|达到|:|：)?\\s*(?<p>{P})");
  private static final Pattern RATE_HEADING = Pattern.compile("(?<label>[\\p{IsHan}“”\"]{2,24}?(?:完成率|执行率))\\s*[:：]");
  /** "100%（2022年0平方米，2023年3,200平方米）": the two years' figures, the earlier one the base. */
  private static final Pattern GROWTH_BY_YEARS = Numbers.compile(
      "(?<p>{P})\\s*[（(]\\s*(?<y1>(?:19|20)\\d\\d)年[^（）()，,；;\\d]{0,8}?(?<n1>{N})[^（）()，,；;]{0,8}?[，,；;、]\\s*"
          + "(?<y2>(?:19|20)\\d\\d)年[^（）()，,；;\\d]{0,8}?(?<n2>{N})");
  /** "100 %（2021年0万平方米）" in a 2022 report: the one year named is before the report's, its figure the base. */
  private static final Pattern GROWTH_BY_YEAR = Numbers.compile(
      "(?<p>{P})\\s*[（(]\\s*(?<y>(?:19|20)\\d\\d)年[^（）()，,；;\\d]{0,8}?(?<n>{N})");
  /** What every GROWTH_ pattern holds: a percentage sign, then a bracket. */
  private static final Pattern PERCENT_BRACKET = Pattern.compile("[%％]\\s*[（(]");
  private static final Pattern GROWTH_OVER_ZERO = Numbers.compile(
      "(?<p>{P})\\s*[（(][^（）()]{0,20}?上年[^（）()，,；;]{0,12}?(?<n>{N})");

  @Override
  public CheckId id() {
    return CheckId.ZERO_BASE_RATE;
  }

  @Override
  public List<Finding> check(AuditSubject subject) {
    List<Finding> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (BudgetTable table : TABLES.read(subject.report(), subject.text())) {
      for (Line line : table.lines()) {
        Cell budget = line.cell(Column.BUDGET).orElse(null);
        Cell rate = line.cell(Column.RATE).orElse(null);
        if (budget != null && budget.value() != null && budget.value().signum() == 0
            && rate != null && rate.value() != null && seen.add(line.name() + "|" + rate.text())
            && seen.add("rate-column@" + rate.start())) {
          out.add(finding(subject, line.name(), new TextSpan(subject.file(), null, rate.start(), rate.end()),
              rate.text(), "全年预算数 " + budget.text() + "，执行率无从计算，应为 — 或不适用"));
        }
      }
    }
    String text = subject.text();
    if (text != null) {
      sentences(subject, text, seen, out);
      growth(subject, text, seen, out);
    }
    rows(subject, out);
    if (text != null && text.indexOf('\t') >= 0) {
      growthColumns(subject, text, seen, out);
      rateColumns(subject, text, seen, out);
    }
    return out;
  }

  /**
   * A table printing last year's figure and a growth rate in columns of their own ("项目 | 上年决算数 | 本年预算数 | 本年执行数 |
   * 执行率 | 增长率", a 社会保险基金's 基金收支 block, h476): a line whose last-year cell is 0 and whose growth cell prints a
   * rate ("集体补助收入 | 0.00 | … | 100.00%").
   */
  private void growthColumns(AuditSubject subject, String text, Set<String> seen, List<Finding> out) {
    int lastYear = -1;
    int growth = -1;
    String baseWord = "上年";
    for (TabLine line : TabLine.of(text)) {
      String[] cells = line.cells();
      int headedGrowth = Math.max(column(cells, "增长率"), column(cells, "增减率"));
      String headedBase = headedGrowth < 0 ? "上年" : baseOf(cells[headedGrowth]);
      int headedLastYear = headedGrowth < 0 ? -1 : columnBesides(cells, headedBase, headedGrowth);
      if (Arrays.stream(cells).filter(c -> !c.isBlank()).count() < 2) {
        lastYear = -1; // a heading across the sheet ("二、绩效指标完成情况", h486) ends the table above
        growth = -1;
      } else if (headedLastYear >= 0) {
        lastYear = headedLastYear; // a header: the budget block's, then the indicators' own (h486)
        growth = headedGrowth;
        baseWord = headedBase;
      } else if (lastYear >= 0 && growth >= 0 && Math.max(lastYear, growth) < cells.length) {
        Optional<BigDecimal> base = figureWithUnit(cells[lastYear].strip());
        String printed = cells[growth].strip();
        String name = nameOf(cells, Math.min(lastYear, growth));
        if (base.isPresent() && base.get().signum() == 0 && Numbers.parsePercent(printed).isPresent() && name != null
            && seen.add("growth-column@" + line.start())) {
          int from = line.cellStart(growth) + cells[growth].indexOf(printed);
          out.add(finding(subject, name, new TextSpan(subject.file(), null, from, from + printed.length()), printed,
              name + " " + baseWord + "为 " + cells[lastYear].strip() + "，增长率 " + printed + " 无从计算"));
        }
      }
    }
  }

  /** A cell holding one quantity and at most its unit ("0.00", "0个", "0株"), as a number: the value reader's. */
  private static Optional<BigDecimal> figureWithUnit(String cell) {
    ParsedValue v = ValueParser.parse(cell);
    return v.kind() == ValueKind.QUANTITY && v.comparator() == null ? Optional.ofNullable(v.magnitude()) : Optional.empty();
  }

  /** A header over a budget's year figure and a rate against it: 全年预算数 … 收入完成率 (h504), 执行率. */
  private static final Pattern BUDGET_HEADER = Pattern.compile("^(?:全年|调整后)?预算数?$");
  private static final Pattern RATE_HEADER = Pattern.compile("(?:完成率|执行率)$");

  /**
   * A table line whose budget for the year is 0 and whose rate against it prints a figure, in a table the budget reader
   * does not read as spending ("其他收入 | 0.00 | 0.00 | 48.60 | 100.00%" under 全年预算数 … 实际收入数 | 收入完成率, h504).
   */
  private void rateColumns(AuditSubject subject, String text, Set<String> seen, List<Finding> out) {
    int budget = -1;
    int rate = -1;
    for (TabLine line : TabLine.of(text)) {
      String[] cells = line.cells();
      int headedBudget = columnMatching(cells, BUDGET_HEADER);
      int headedRate = columnMatching(cells, RATE_HEADER);
      if (headedBudget >= 0 && headedRate > headedBudget) {
        budget = headedBudget;
        rate = headedRate;
      } else if (Arrays.stream(cells).filter(c -> !c.isBlank()).count() < 2) {
        budget = -1;
        rate = -1;
      } else if (budget >= 0 && rate < cells.length) {
        Optional<BigDecimal> base = figureWithUnit(cells[budget].strip());
        String printed = cells[rate].strip();
        String name = nameOf(cells, budget);
        int from = line.cellStart(rate) + cells[rate].indexOf(printed);
        if (base.isPresent() && base.get().signum() == 0 && Numbers.parsePercent(printed).isPresent() && name != null
            && seen.add("rate-column@" + from)) {
          out.add(finding(subject, name, new TextSpan(subject.file(), null, from, from + printed.length()), printed,
              name + " 全年预算数 " + cells[budget].strip() + "，" + printed + " 无从计算，应为 — 或不适用"));
        }
      }
    }
  }

  /** The first cell whose label, without its brackets, matches {@code header}, or -1. */
  private static int columnMatching(String[] cells, Pattern header) {
    for (int c = 0; c < cells.length; c++) {
      if (header.matcher(Names.label(cells[c])).find()) {
        return c;
      }
    }
    return -1;
  }

  /** What a growth column is over: "全年较年初增减率" names 年初 (h496); a bare 增长率 is over last year. */
  private static String baseOf(String growthHeader) {
    Matcher m = COMPARED_WITH.matcher(growthHeader);
    return m.find() ? m.group(1) : "上年";
  }

  private static final Pattern COMPARED_WITH = Pattern.compile("较(\\p{IsHan}{2,4}?)(?:增长率|增减率|增长|增减)");

  /** The first cell other than {@code skip} whose label holds {@code word}, or -1. */
  private static int columnBesides(String[] cells, String word, int skip) {
    for (int c = 0; c < cells.length; c++) {
      if (c != skip && cells[c].contains(word)) {
        return c;
      }
    }
    return -1;
  }

  /** The first cell whose label holds {@code word}, or -1. */
  private static int column(String[] cells, String word) {
    return columnBesides(cells, word, -1);
  }

  /**
   * A line's name: its last cell before the figures that holds a Chinese character and no figure (not a target's "≥12个",
   * h486), without the 其中 that lists it.
   */
  private static @Nullable String nameOf(String[] cells, int before) {
    for (int c = before - 1; c >= 0; c--) {
      String cell = cells[c].strip();
      boolean han = cell.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
      if (han && Numbers.find(cell).isEmpty()) {
        return cell.startsWith("其中") ? cell.replaceFirst("^其中[：:]?", "") : cell;
      }
    }
    return null;
  }

  private void sentences(AuditSubject subject, String text, Set<String> seen, List<Finding> out) {
    Matcher z = ZERO_BUDGET.matcher(text);
    while (z.find()) {
      if (Numbers.of(z.group("n")).signum() != 0) {
        continue;
      }
      int end = clauseEnd(text, z.end());
      Matcher r = RATE_AFTER.matcher(text).region(z.end(), end);
      if (r.find()) {
        if (seen.add("rate@" + r.start("p"))) {
          out.add(finding(subject, subjectOf(text, z.start()), new TextSpan(subject.file(), null, r.start("p"), r.end("p")), r.group("p"),
              "“" + text.substring(z.start(), r.end()) + "”：预算为 0，比率无从计算"));
        }
        continue;
      }
      int lineStart = text.lastIndexOf('\n', z.start()) + 1;
      Matcher h = RATE_HEADING.matcher(text).region(lineStart, z.start());
      if (h.lookingAt() && seen.add("heading@" + h.start())) {
        out.add(finding(subject, h.group("label"), new TextSpan(subject.file(), null, z.start(), z.end()),
            z.group().strip(), h.group("label") + " 的分母 “" + z.group().strip() + "” 为 0：完成率无从计算，不应据此计分"));
      }
    }
  }

  /**
   * A row of a 增长率 or 下降率 whose own actual value names a base of 0 ("100%（2023年0元）"): read from the row, so that a
   * table printed sideways (its name and its actual on different lines of the text) is read too. A rate the text
   * pass found already (its label on the actual's line) is not found twice.
   */
  private void rows(AuditSubject subject, List<Finding> out) {
    Integer year = subject.report().fiscalYear();
    for (IndicatorRow row : subject.report().indicators()) {
      String label = label(row.level3());
      String actual = row.actual();
      if (label == null || actual == null) {
        continue;
      }
      String base = null;
      Matcher m = GROWTH_BY_YEARS.matcher(actual);
      if (m.find() && !m.group("y1").equals(m.group("y2"))) {
        base = zeroOfYears(m);
      } else if ((m = GROWTH_BY_YEAR.matcher(actual)).find() && year != null) {
        base = zeroOfEarlierYear(m, year);
      } else if ((m = GROWTH_OVER_ZERO.matcher(actual)).find()) {
        base = zeroOfLastYear(m);
      }
      String stated = base != null ? m.group("p") : null;
      String why = base != null ? "“" + actual.strip() + "”" : null;
      if (base == null && subject.text() != null && row.actualValue() != null && row.actualValue().number() != null
          && "%".equals(row.actualValue().unit())) {
        // the rate's base said to be none in the prose: "平台于2023年3月上线运行（2022年无访问量）" (h249), or in the row's own
        // reason, where the measure may be named short ("上年库容0立方米" for 冷链仓储库容, h525)
        String reason = row.deviationReason();
        Matcher own = reason == null ? null : noneBefore(reason, label, year, OWN_MEASURE);
        Matcher none = own != null ? own : noneBefore(subject.text(), label, year, MIN_MEASURE);
        if (none != null) {
          base = none.group("when");
          stated = actual.strip();
          why = (own != null ? "偏差原因" : "正文") + " “" + none.group().strip() + "”";
        }
      }
      if (base != null && out.stream().map(Finding::indicator)
          .noneMatch(i -> i != null && (i.contains(label) || label.contains(i)))) {
        out.add(FindingBuilder.of(subject.file(), id()).severity(Severity.WARNING).certainty(Certainty.HIGH)
            .indicator(label).location(FindingBuilder.where(row, IndicatorField.actual)).stated(stated)
            .recomputed("—（基数为 0）").rule("比率 = 分子 ÷ 分母，分母为 0 时无定义")
            .message(why + "：" + base + "为 0，" + label + "无从计算"));
      }
    }
  }

  /** The shortest end of a rate's subject the prose must name as having been none: 访问量 of 平台访问量增长率. */
  private static final int MIN_MEASURE = 3;
  private static final int MAX_MEASURE = 6;
  /** An amount word ending a measure: 销售额, 访问量, 户数, 经营主体数量 (h352). */
  private static final Pattern MEASURE_AMOUNT = Pattern.compile("(?:数量|金额|总额|[额量数])$");

  /**
   * Where the prose says the rate's measure was none in an earlier year or last year ("2022年无访问量", "2023年末无智能监测点位",
   * "2023年无农产品电商销售"; "上年无此类案件" is not: the measure itself must follow 无, after at most a few words that say
   * whose it was; "无法统计" is no none), or null. The measure is the end of the rate's name before its change word.
   */
  private static @Nullable Matcher noneBefore(String text, String label, @Nullable Integer year, int minMeasure) {
    int change = -1;
    for (String w : CHANGE_WORDS) {
      int at = label.lastIndexOf(w);
      change = Math.max(change, at);
    }
    if (change < minMeasure) {
      return null;
    }
    // what the change is compared with is no part of the measure: 冷链仓储库容 of 冷链仓储库容较上年增长率
    String subject = COMPARED.matcher(label.substring(0, change)).replaceFirst("");
    for (int n = Math.min(MAX_MEASURE, subject.length()); n >= minMeasure; n--) {
      String measure = subject.substring(subject.length() - n);
      // the measure's amount word may be left out ("2023年项目村无网络销售" for 网络销售额), and who had none named
      String named = MEASURE_AMOUNT.matcher(measure).replaceAll("");
      String measures = Pattern.quote(measure) + (named.length() >= MIN_MEASURE && !named.equals(measure) ? "|" + Pattern.quote(named) : "");
      // or counted as none: "2023年末全县乡村博物馆0家" (h385), "上年电商销售额为0，" (h437), the year's clause before it
      // ("2023年基地未运营，接待人次为0", h547)
      Matcher m = Numbers.compile("(?<when>(?<y>(?:19|20)\\p{Nd}\\p{Nd})年[度末底]?|上年[度末底]?|去年年?[末底]?|上一年度?)"
          + "(?:[^，,。；;\\p{Nd}有无]{0,6}?[，,]?)(?:(?:尚|均|全年)?无(?!法|论|需|须|关)\\p{IsHan}{0,4}?(?:" + measures + ")"
          + "|(?:" + measures + ")\\s*(?:为|有|共|仅)?\\s*0\\s*(?:" + ZERO_COUNT_UNIT + "|(?=[，,。；;）)])))").matcher(text);
      while (m.find()) {
        if (m.group("y") == null || year != null && Numbers.of(m.group("y")).intValue() < year) {
          return m;
        }
      }
    }
    return notYetOpen(text, subject, year);
  }

  /** The unit of a count given as 0 after its measure: 0家, 0个, 0万元, 0立方米 (a digit after the 0 makes it another number). */
  private static final String ZERO_COUNT_UNIT = "(?:[个家座处所项条户人次件台辆吨亩]|万?元|立方米|平方米|公里|千米)";
  /** The comparison a rate's name states after its measure: 较上年, 比去年, 同比, 较2023年. */
  private static final Pattern COMPARED = Numbers.compile("(?:较|比)(?:上年|去年|上一年度?|{Y}年)(?:度)?$|同比$");
  /** The shortest measure the row's own reason may name it by: 库容 of 冷链仓储库容. */
  private static final int OWN_MEASURE = 2;

  /** Words saying an activity did not yet exist: 未开放, 尚未开通. */
  private static final String NOT_OPEN = "(?:尚)?未(?:开放|开展|开通|开业|运营|启用|投入使用)";
  /** Words saying there was none of it, right before its name: "上年全县还没有一名专职心理健康教师" (h447). */
  private static final String NONE_OF = "(?:还|尚|均)?(?:没有|未有)(?:一[名个家座所处项条户人位])?";
  /** The shortest part of a rate's subject a bare 无 must name: "无入境滑雪…", never "无此类…". */
  private static final int MIN_NONE_ACTIVITY = 4;
  /** The shortest part of a rate's subject that names its activity ("夜间游览" of 古城夜间游览游客量, "研学" of 茶旅研学接待人次). */
  private static final int MIN_ACTIVITY = 2;

  /**
   * Where the prose says the rate's activity did not exist in an earlier year ("（2023年未开放夜间游览）" for
   * 古城夜间游览游客量增长率, h360; "（2023年未开展研学活动）", h364; "上年全县还没有一名专职心理健康教师", h447): the activity is a
   * part of two characters or more of the rate's subject, named right after the words, or right before them
   * ("2023年零工市场尚未运营", h393); or null.
   */
  private static @Nullable Matcher notYetOpen(String text, String subject, @Nullable Integer year) {
    String activity = MEASURE_AMOUNT.matcher(subject).replaceAll("");
    List<String> parts = new ArrayList<>();
    List<String> longParts = new ArrayList<>();
    for (int n = Math.min(MAX_MEASURE, activity.length()); n >= MIN_ACTIVITY; n--) {
      for (int i = 0; i + n <= activity.length(); i++) {
        parts.add(Pattern.quote(activity.substring(i, i + n)));
        if (n >= MIN_NONE_ACTIVITY) {
          longParts.add(Pattern.quote(activity.substring(i, i + n)));
        }
      }
    }
    if (parts.isEmpty()) {
      return null;
    }
    Matcher m = Numbers.compile("(?<when>(?<y>(?:19|20)\\p{Nd}\\p{Nd})年[度末底]?|上年[度末底]?|去年年?[末底]?|上一年度?)"
        + "(?:(?:[^，,。；;\\p{Nd}]{0,6}?)(?:" + NOT_OPEN + "\\p{IsHan}{0,2}?|" + NONE_OF + ")(?:" + String.join("|", parts) + ")"
        // or the activity first: "2023年零工市场尚未运营" (h393)
        + "|(?:[^，,。；;\\p{Nd}]{0,4}?)(?:" + String.join("|", parts) + ")" + NOT_OPEN
        // or a bare 无 before four characters of it or more: "2023年无入境滑雪旅游团组" for 入境滑雪游客增长率 (h312)
        + (longParts.isEmpty() ? "" : "|无(?:" + String.join("|", longParts) + ")")
        + ")").matcher(text);
    while (m.find()) {
      if (m.group("y") == null || year != null && Numbers.of(m.group("y")).intValue() < year) {
        return m;
      }
    }
    return null;
  }

  private void growth(AuditSubject subject, String text, Set<String> seen, List<Finding> out) {
    if (!PERCENT_BRACKET.matcher(text).find()) {
      return; // each pattern below needs one; three scans of a long text for nothing otherwise
    }
    Matcher y = GROWTH_BY_YEARS.matcher(text);
    while (y.find()) {
      String label = labelAt(subject, text, y.start());
      String base = y.group("y1").equals(y.group("y2")) ? null : zeroOfYears(y);
      if (base == null || label == null || !seen.add("growth@" + y.start())) {
        continue;
      }
      out.add(overZero(subject, text, y, label, base));
    }
    Integer year = subject.report().fiscalYear();
    Matcher one = GROWTH_BY_YEAR.matcher(text);
    while (year != null && one.find()) {
      String label = labelAt(subject, text, one.start());
      String base = zeroOfEarlierYear(one, year);
      if (base == null || label == null || !seen.add("growth@" + one.start())) {
        continue; // the report's own year, a base that is not 0, or a pair of years the pattern above read
      }
      out.add(overZero(subject, text, one, label, base));
    }
    Matcher g = GROWTH_OVER_ZERO.matcher(text);
    while (g.find()) {
      String label = labelAt(subject, text, g.start());
      String base = zeroOfLastYear(g);
      if (base == null || label == null || !seen.add("growth@" + g.start())) {
        continue;
      }
      out.add(overZero(subject, text, g, label, base));
    }
  }

  /** Of "100%（2022年0平方米，2023年3,200平方米）": the earlier of two different years when its figure is 0 ("2022年"), else null. */
  private static @Nullable String zeroOfYears(Matcher m) {
    boolean firstEarlier = Numbers.of(m.group("y1")).compareTo(Numbers.of(m.group("y2"))) < 0;
    return Numbers.of(firstEarlier ? m.group("n1") : m.group("n2")).signum() == 0
        ? (firstEarlier ? m.group("y1") : m.group("y2")) + "年" : null;
  }

  /** Of "100 %（2021年0万平方米）": the one year named when it is before the report's and its figure is 0, else null. */
  private static @Nullable String zeroOfEarlierYear(Matcher m, int year) {
    return Numbers.of(m.group("y")).intValue() < year && Numbers.of(m.group("n")).signum() == 0 ? m.group("y") + "年" : null;
  }

  /** Of "100%（上年新增0家，…）": 上年 when its figure is 0, else null. */
  private static @Nullable String zeroOfLastYear(Matcher m) {
    return Numbers.of(m.group("n")).signum() == 0 ? "上年" : null;
  }

  /** A sentence's change before its rate: "家庭农场补贴户数较上年增长" (the rate follows). */
  private static final Pattern CHANGE_BEFORE = Pattern.compile(
      "(?<what>[\\p{IsHan}“”]{2,16}?)(?:较上年|比上年|较去年|比去年|同比)?(?<change>增长|下降|降低|减少|提高|提升)了?\\s*$");
  /** How far before its rate a sentence's change is looked for. */
  private static final int CHANGE_REACH = 30;

  /**
   * The rate at {@code at}: a 增长率 or 下降率 the cells before it name, or, in a sentence, the change it states ("家庭农场补贴
   * 户数较上年增长100%（2023年0户，2024年126户）", h466) under the name of the row of that change (家庭农场补贴户数增长率) when one
   * has it; null when neither.
   */
  private static @Nullable String labelAt(AuditSubject subject, String text, int at) {
    String cells = labelBefore(text, at);
    if (cells != null) {
      return cells;
    }
    Matcher m = CHANGE_BEFORE.matcher(text).region(Math.max(text.lastIndexOf('\n', at) + 1, at - CHANGE_REACH), at);
    if (!m.find()) {
      return null;
    }
    String what = m.group("what");
    String change = m.group("change");
    // the row's name before its change word ends the sentence's words: "…其中家庭农场补贴户数" of 家庭农场补贴户数增长率
    return subject.report().indicators().stream().map(IndicatorRow::level3)
        .filter(n -> n != null && n.contains("率") && n.indexOf(change) >= 2 && what.endsWith(n.substring(0, n.indexOf(change))))
        .findFirst().orElse(what + change);
  }

  /** The 增长率 or 下降率 the cells before a rate at {@code at} name, on its line; null when none does. */
  private static @Nullable String labelBefore(String text, int at) {
    return label(text.substring(text.lastIndexOf('\n', at) + 1, at));
  }

  /** A growth rate (group "p" of {@code m}) over {@code base}'s 0, quoted up to its closing bracket. */
  private Finding overZero(AuditSubject subject, String text, Matcher m, String label, String base) {
    Matcher close = BRACKET_CLOSE.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 30));
    String quote = text.substring(m.start(), close.find() ? close.end() : m.end()).strip();
    return finding(subject, label, new TextSpan(subject.file(), null, m.start("p"), m.end("p")), m.group("p"),
        "“" + quote + "”：" + base + "为 0，" + label + "无从计算");
  }

  /** The words before a zero budget back to the clause start: what the budget is of (“三公经费”财政拨款支出). */
  private static @Nullable String subjectOf(String text, int budgetStart) {
    int start = budgetStart;
    while (start > 0 && budgetStart - start < 24 && "，,。；;\n\t".indexOf(text.charAt(start - 1)) < 0) {
      start--;
    }
    String words = text.substring(start, budgetStart).strip();
    return words.isEmpty() ? null : words;
  }

  /** The cell before the rate that names a change rate against last year (增长率, 下降率), if any. */
  private static @Nullable String label(String before) {
    for (String cell : before.split("\t")) {
      if (cell.contains("率") && CHANGE_WORDS.stream().anyMatch(cell::contains)) {
        return cell.strip();
      }
    }
    return null;
  }

  private static int clauseEnd(String text, int from) {
    Matcher m = CLAUSE_END.matcher(text);
    return m.find(from) ? m.start() : text.length();
  }

  private Finding finding(AuditSubject subject, @Nullable String what, TextSpan where, String stated, String message) {
    return FindingBuilder.of(subject.file(), id())
        .severity(Severity.WARNING)
        .certainty(Certainty.HIGH)
        .indicator(what)
        .location(where)
        .stated(stated)
        .recomputed("—（基数为 0）")
        .rule("比率 = 分子 ÷ 分母，分母为 0 时无定义")
        .message(message);
  }
}
