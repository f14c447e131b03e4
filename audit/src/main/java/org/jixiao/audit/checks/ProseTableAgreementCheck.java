package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.Check;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.audit.internal.FindingBuilder;
import org.jixiao.audit.internal.ScannedReports;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.ParsedValue;
import org.jixiao.schema.ScoreStatement;
import org.jixiao.schema.Severity;
import org.jixiao.schema.TextSpan;
import org.jixiao.schema.ValueKind;
import org.jixiao.text.name.Names;
import org.jixiao.text.name.Outline;
import org.jixiao.text.number.NumberMention;
import org.jixiao.text.number.Numbers;
import org.jixiao.text.number.ValueParser;
import org.jixiao.text.number.UnitConversions;
import org.jspecify.annotations.Nullable;

/**
 * 文表一致: one indicator stated twice must agree.
 *
 * <ul>
 *   <li>each {@link IndicatorRow#alternates()} statement (prose "（设置分值2分，得2分）") against the
 *       row's weight and score: WARNING HIGH;
 *   <li>the same indicator (same goal, level1, level2, level3) listed twice with another weight or
 *       score: WARNING MEDIUM;
 *   <li>a row with a code (B61) whose code stands in the text before another name ("C14加强市民中心管理"
 *       for 加强行政服务中心管理): WARNING MEDIUM; or before another weight ("C14…（5分）"): WARNING HIGH;
 *   <li>a count a table row reports done ("不动产登记发证（件） | 12680") that the prose states otherwise right after the
 *       row's own name and in the row's own unit ("全年完成不动产登记发证12,860件"): WARNING HIGH. Not when the clause
 *       speaks of a plan, a target or another year, or gives the row's target.
 * </ul>
 */
public final class ProseTableAgreementCheck implements Check {
  private static final Pattern WEIGHT_AFTER = Numbers.compile("^[（(]\\s*({N})\\s*分\\s*[)）]");

  @Override
  public CheckId id() {
    return CheckId.PROSE_TABLE_AGREEMENT;
  }

  @Override
  public List<Finding> check(AuditSubject subject) {
    List<Finding> out = new ArrayList<>();
    Map<String, IndicatorRow> seen = new HashMap<>();
    for (IndicatorRow row : subject.report().indicators()) {
      for (ScoreStatement alt : row.alternates()) {
        alternate(subject, row, alt).ifPresent(out::add);
      }
      String key =
          String.join("|", Names.key(row.goal()), Names.key(row.level1()), Names.key(row.level2()), Names.key(row.level3()));
      IndicatorRow first = seen.putIfAbsent(key, row);
      if (first != null
          && (!Decimals.same(first.weight(), row.weight()) || !Decimals.same(first.score(), row.score()))) {
        out.add(
            FindingBuilder.of(subject.file(), id())
                .severity(Severity.WARNING)
                .certainty(Certainty.MEDIUM)
                .indicator(row.level3())
                .location(FindingBuilder.where(row, IndicatorField.score))
                .stated(SectionSumCheck.pair(row.weight(), row.score()))
                .recomputed(SectionSumCheck.pair(first.weight(), first.score()))
                .rule("同一指标两处表述应一致")
                .message("同一指标列出两次，分值或得分不同"));
      }
    }
    if (subject.text() != null) {
      codes(subject, subject.text(), out);
      actualsInProse(subject, subject.text(), out);
      doneBeforeName(subject, subject.text(), out);
      transposedInProse(subject, subject.text(), out);
      adjustedTargets(subject, subject.text(), out);
      filedTargets(subject, subject.text(), out);
    }
    return out;
  }

  /** A name's own unit in a closing bracket: "不动产登记发证（件）" → 件. */
  private static final Pattern NAME_UNIT = Pattern.compile("^(?<stem>.{4,}?)\\s*[（(](?<u>[^（）()\\p{Nd}]{1,4})[)）]$");
  /** A rate's name: four characters or more ending in 率, nothing in brackets. */
  private static final Pattern RATE_NAME = Pattern.compile("^[^（）()]{3,}率$");
  /**
   * A name ending in its measure word, or in what it counts ("安全生产执法检查企业（家次）" stated "执法检查1286家次", h323): what
   * is left names the task (3 characters or more: 营造林 of 营造林面积, h166).
   */
  private static final Pattern MEASURE = Pattern.compile("^(.{3,}?)(?:面积|数量|个数|人数|户数|次数|场次|里程|长度|规模|企业|单位|农户)$");
  /**
   * Words between a name and its figure that make the figure something else than what was done (累计 over years; the
   * year's own total, 全年累计, is what was done).
   */
  private static final Pattern NOT_DONE_FIGURE = Pattern.compile("计划|目标|预计|上年|去年|同比|较|(?<!全年)累计|任务|指标"
      + "|征求意见稿|初稿|更正前|原公开" // a draft's or a corrected publication's figure (h488's 意见采纳 table)
      + "|[≥≤<>＜＞]|不低于|不少于|不高于|不超过");

  private void actualsInProse(AuditSubject subject, String text, List<Finding> out) {
    // in a scan, a prose figure a character away from the row's may be the recognizer's (ScannedReports)
    boolean scanned = ScannedReports.scanned(subject.report());
    for (IndicatorRow row : subject.report().indicators()) {
      ParsedValue actual = row.actualValue();
      String printed = row.level3() == null ? "" : row.level3().strip();
      Matcher name = NAME_UNIT.matcher(printed);
      Matcher measured = MEASURE.matcher(printed);
      boolean measureWord = measured.matches();
      String stems;
      String unit;
      boolean converted = false;
      if (actual == null || actual.number() == null || actual.comparator() != null) {
        continue;
      } else if (name.matches()
          && (actual.unit() == null || actual.unit().isEmpty() || actual.unit().equals(name.group("u")))) {
        // the name as printed, or without its measure word ("新建高标准农田面积" stated "新建高标准农田3.50万亩", h222)
        String stem = name.group("stem");
        Matcher stemMeasured = MEASURE.matcher(stem);
        stems = Pattern.quote(stem) + (stemMeasured.matches() ? "|" + Pattern.quote(stemMeasured.group(1)) : "");
        unit = name.group("u");
      } else if (RATE_NAME.matcher(printed).matches() && "%".equals(actual.unit())
          && !BudgetRowScoreCheck.isExecutionRate(row)) {
        // a rate done in percent, named whole in the prose ("全县森林覆盖率达到68.42%" beside the row's 68.24%, h252); the
        // budget's execution rate is the figure checks' (FigureAgreementCheck), against the budget table
        stems = Pattern.quote(printed);
        unit = "%";
      } else if (!name.matches() && actual.unit() != null && actual.scale() == null
          && !UnitConversions.sameMeasure(actual.unit()).isEmpty()) {
        // a length or a time done in one unit, stated in another ("农村公路提档升级改造里程 | 43260米" stated "完成农村公路提档
        // 升级改造43.62公里", h324): only the other units of its measure, converted
        stems = Pattern.quote(printed) + (measureWord ? "|" + Pattern.quote(measured.group(1)) : "");
        unit = actual.unit();
        converted = true;
      } else if (!name.matches() && actual.unit() != null && !actual.unit().isEmpty() && !"%".equals(actual.unit())
          && Decimals.scaleWord(actual.scale()) != null && measureWord) {
        // a task named with its measure word, its unit only in the actual ("营造林面积 | ≥2.4万亩 | 2.4万亩" stated "全年完成
        // 营造林2.6万亩", h166): the unit as the actual prints it, 万 and all
        stems = Pattern.quote(printed) + "|" + Pattern.quote(measured.group(1));
        unit = Decimals.scaleWord(actual.scale()) + actual.unit();
      } else {
        continue;
      }
      List<String> units = converted ? UnitConversions.sameMeasure(unit) : List.of(unit);
      Pattern stated = Numbers.compile("(?:" + stems + ")(?<gap>[^，,。；;\\n\\t\\p{Nd}]{0,6}?)(?<n>{N})\\s*(?<u>"
          + String.join("|", units.stream().map(Pattern::quote).toList()) + ")");
      Matcher m = stated.matcher(text);
      while (m.find()) {
        // the row's actual in the unit the prose states it in (1 when the same unit)
        BigDecimal toProse = UnitConversions.factor(unit, m.group("u")).orElseThrow();
        BigDecimal done = actual.number().multiply(toProse);
        BigDecimal figure = Numbers.of(m.group("n"));
        boolean target = row.targetValue() != null && row.targetValue().number() != null
            && row.targetValue().number().compareTo(figure) == 0;
        if (inTableLine(text, m.start()) || NOT_DONE_FIGURE.matcher(m.group("gap")).find() || target
            || BOUND_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()
            || FIGURES_IN_TURN.matcher(text).region(m.end(), text.length()).lookingAt()
            || otherTime(text, m.start()) || (converted ? Decimals.agreesAtPrintedPrecision(figure, done) : figure.compareTo(done) == 0)
            || anotherRowsName(subject, row, text, m.start(), m.start("gap"))
            || scanned && Numbers.oneCharacterApart(figure, done)) {
          continue;
        }
        out.add(FindingBuilder.of(subject.file(), id())
            .severity(Severity.WARNING)
            .certainty(Certainty.HIGH)
            .indicator(row.level3())
            .location(new TextSpan(subject.file(), null, m.start("n"), m.end()))
            .stated(m.group("n") + m.group("u"))
            .recomputed(Decimals.plain(converted ? done.setScale(Decimals.printedScale(figure), RoundingMode.HALF_UP) : done)
                + m.group("u"))
            .rule("同一指标两处表述应一致")
            .message("正文载 " + text.substring(m.start(), m.start("gap")) + " " + m.group("n") + m.group("u") + "，表中本行实际完成值 "
                + actual.text()));
        break;
      }
    }
  }

  /** What was done, then its count and measure word, then the row's whole name: "完成16座小型水库除险加固". */
  private static final String DONE_VERBS = "完成|建成|实施|新建|改造|安装|修建|新增|开展|举办|落实|实现";

  /**
   * A count stated before the row's whole name, the way a sentence says what was done ("完成16座小型水库除险加固" beside
   * the row 小型水库除险加固 | ≥16座 | 18座, h395): the figure-first form of {@link #actualsInProse}, for a row whose name
   * holds no unit and whose actual is a count in the unit the sentence uses. A figure equal to the row's target, or in a
   * table's cell, may be the goal restated: it counts only under a 实际完成情况 label.
   */
  private void doneBeforeName(AuditSubject subject, String text, List<Finding> out) {
    for (IndicatorRow row : subject.report().indicators()) {
      ParsedValue actual = row.actualValue();
      String name = row.level3() == null ? "" : row.level3().strip();
      if (actual == null || actual.number() == null || actual.comparator() != null || actual.scale() != null
          || actual.unit() == null || actual.unit().isEmpty() || "%".equals(actual.unit()) || name.length() < 4
          || NAME_UNIT.matcher(name).matches() || !text.contains(name)
          || out.stream().anyMatch(f -> f.check() == id() && name.equals(f.indicator()))) {
        continue; // a text not holding the row's whole name is not scanned for the pattern built on it
      }
      Pattern stated = Numbers.compile("(?:" + DONE_VERBS + ")\\s*(?<n>{N})\\s*(?<u>" + Pattern.quote(actual.unit()) + ")"
          + Pattern.quote(name));
      Matcher m = stated.matcher(text);
      while (m.find()) {
        BigDecimal figure = Numbers.of(m.group("n"));
        boolean target = row.targetValue() != null && row.targetValue().number() != null
            && row.targetValue().number().compareTo(figure) == 0;
        if (figure.compareTo(actual.number()) == 0 || inTableLine(text, m.start()) || otherTime(text, m.start())
            || partOf(text, m.start()) || (target || inTableCell(text, m.start())) && !inActualBlock(text, m.start())) {
          continue;
        }
        out.add(FindingBuilder.of(subject.file(), id())
            .severity(Severity.WARNING)
            .certainty(Certainty.HIGH)
            .indicator(row.level3())
            .location(new TextSpan(subject.file(), null, m.start("n"), m.end("u")))
            .stated(m.group("n") + m.group("u"))
            .recomputed(Decimals.plain(actual.number()) + m.group("u"))
            .rule("同一指标两处表述应一致")
            .message("正文载 " + m.group() + "，表中本行实际完成值 " + actual.text()));
        break;
      }
    }
  }

  /** The mention's line is a table's (a goal block's cell: its column's label says whether it is a goal or an account). */
  private static boolean inTableCell(String text, int at) {
    int start = text.lastIndexOf('\n', at) + 1;
    int end = text.indexOf('\n', at);
    return text.substring(start, end < 0 ? text.length() : end).indexOf('\t') >= 0;
  }

  /** "其中完成16座…": a part of a count stated before, not the whole. */
  private static boolean partOf(String text, int at) {
    return text.substring(Math.max(0, at - 4), at).contains("其中");
  }

  /**
   * The mention stands under a 实际完成情况 label: before it in its own cell ("实际完成情况：完成…"), or in the nearest
   * labelled cell above it in the same column, the goal block's two columns side by side or one above the other
   * (h176: "预期目标 | 实际完成情况" over their two texts). A goal's label there ("预期目标", "年度目标") says it is no
   * account of what was done; "目标1：" inside an account only numbers it.
   */
  private static boolean inActualBlock(String text, int at) {
    int lineStart = text.lastIndexOf('\n', at - 1) + 1;
    int cellStart = Math.max(text.lastIndexOf('\t', at - 1) + 1, lineStart);
    Boolean own = actualLabel(text.substring(cellStart, at));
    if (own != null) {
      return own;
    }
    int column = (int) text.substring(lineStart, at).chars().filter(c -> c == '\t').count();
    int end = lineStart - 1;
    for (int up = 0; up < LABEL_LINES_UP && end > 0; up++) {
      int start = text.lastIndexOf('\n', end - 1) + 1;
      String[] cells = text.substring(start, end).split("\t", -1);
      Boolean above = column < cells.length ? actualLabel(cells[column]) : null;
      if (above != null) {
        return above;
      }
      end = start - 1;
    }
    return false;
  }

  /** Lines above a goal block's text its column's label may stand on. */
  private static final int LABEL_LINES_UP = 4;

  /** True for a 实际完成 label, false for a goal's label, null for neither. */
  private static @Nullable Boolean actualLabel(String cell) {
    String c = GOAL_LABEL.matcher(cell).replaceAll("");
    if (c.contains("实际完成")) {
      return true;
    }
    return c.contains("目标") ? false : null;
  }

  /** A clause reaches this far either side of a figure. */
  private static final int CLAUSE_REACH = 40;
  /** Characters a clause must share, in a run, with the row's name: one word. */
  private static final int SHARED_WORD = 2;
  /** Characters a clause must share with a rate's name: most of a name, not a word other rates share. */
  private static final int SHARED_NAME = 5;
  /** A unit that goes on into another: 个 of 个百分点, 人 of 人次, 元 of 元/人. */
  private static final Pattern UNIT_GOES_ON = Pattern.compile("百分点|次|[/／·]");

  /**
   * A figure in the prose that is the row's actual with two neighbouring digits swapped, in the row's unit, in a clause
   * that shares a word with the row's name, however the clause words it ("全年累计救助城乡低保对象12,468人" beside the row
   * 城乡低保对象救助人数 | 12,648人, h182; "参与群众12.6万人次" beside 16.2万人次, h149): the commonest slip in copying a
   * figure, and no coincidence in a clause on the same thing. Rows the name-led search above already flagged are left.
   */
  private void transposedInProse(AuditSubject subject, String text, List<Finding> out) {
    // in digits, and in 中文数字 where a report writes its figures so ("三千八百六十二人" against 3682人, h317)
    List<NumberMention> figures = new java.util.ArrayList<>(Numbers.find(text));
    figures.addAll(Numbers.findChinese(text));
    for (IndicatorRow row : subject.report().indicators()) {
      ParsedValue actual = row.actualValue();
      String printed = row.level3() == null ? "" : row.level3().strip();
      // the budget's execution rate is the figure checks' (FigureAgreementCheck, ExecutionRateCheck), against the table
      if (actual == null || actual.number() == null || actual.comparator() != null || printed.isEmpty()
          || BudgetRowScoreCheck.isExecutionRate(row)
          || out.stream().anyMatch(f -> f.check() == id() && printed.equals(f.indicator()))) {
        continue;
      }
      Matcher name = NAME_UNIT.matcher(printed);
      String unit = unitAsPrinted(actual);
      unit = unit.isEmpty() && name.matches() ? name.group("u") : unit;
      if (unit.isEmpty()) {
        continue;
      }
      // a rate shares its words (率, 满意度, 及时率) with the report's other rates: only a clause naming it at length
      int shared = unit.equals("%") || unit.equals("％") ? SHARED_NAME : SHARED_WORD;
      String stem = name.matches() ? name.group("stem") : printed;
      for (NumberMention f : figures) {
        int after = f.end();
        while (after < text.length() && text.charAt(after) == ' ') {
          after++;
        }
        if (!text.startsWith(unit, after) || !Numbers.transposed(actual.number(), f.value())
            || UNIT_GOES_ON.matcher(text).region(after + unit.length(), text.length()).lookingAt()) {
          continue;
        }
        int end = after + unit.length();
        String clause = clause(text, f.start(), end);
        boolean target = row.targetValue() != null && row.targetValue().number() != null
            && row.targetValue().number().compareTo(f.value()) == 0;
        if (target || sharedRun(stem, clause) < shared || inTableLine(text, f.start()) || otherTime(text, f.start())
            || BOUND_AFTER.matcher(text).region(end, text.length()).lookingAt()
            || FIGURES_IN_TURN.matcher(text).region(end, text.length()).lookingAt()) {
          continue;
        }
        out.add(FindingBuilder.of(subject.file(), id())
            .severity(Severity.WARNING)
            .certainty(Certainty.HIGH)
            .indicator(row.level3())
            .location(new TextSpan(subject.file(), null, f.start(), end))
            .stated(f.printed() + unit)
            .recomputed(actual.text())
            .rule("同一指标两处表述应一致")
            .message("正文载 " + clause.strip() + "，表中本行实际完成值 " + actual.text() + "（两位数字前后颠倒）"));
        break;
      }
    }
  }

  /** "…由不高于165万元调增为不高于180万元": a target's adjustment as the text reports it, its new value in group "to". */
  private static final Pattern ADJUSTMENT = Pattern.compile("调(?:增|减|整)为");
  private static final String ADJUSTED_TO = "\\s*由[^，,。；;]{1,24}?调(?:增|减|整)为(?<to>[^，,。；;]{1,24})";

  /**
   * A target the text says was adjusted to one figure (a 绩效目标调整情况 block citing the 批复: "危桥改造单座平均造价由不高于
   * 165万元调增为不高于180万元", h335) that the table prints as another (≤175万元/座): one target, two values. Compared as
   * printed, number and unit word, so a figure restated in another unit is left alone.
   */
  private void adjustedTargets(AuditSubject subject, String text, List<Finding> out) {
    if (!ADJUSTMENT.matcher(text).find()) {
      return; // most reports state no adjustment: no pattern per row
    }
    for (IndicatorRow row : subject.report().indicators()) {
      String printed = row.level3() == null ? "" : row.level3().strip();
      Matcher name = NAME_UNIT.matcher(printed);
      String stem = name.matches() ? name.group("stem") : printed;
      if (stem.length() < 2 || row.target() == null) {
        continue;
      }
      Matcher m = Pattern.compile(Pattern.quote(stem) + ADJUSTED_TO).matcher(text);
      if (!m.find()) {
        continue;
      }
      List<NumberMention> said = Numbers.find(m.group("to"));
      List<NumberMention> table = Numbers.find(row.target());
      if (said.size() != 1 || table.size() != 1 || said.getFirst().value().compareTo(table.getFirst().value()) == 0
          || !sameUnitWord(m.group("to").substring(said.getFirst().end()), row.target().substring(table.getFirst().end()))) {
        continue;
      }
      out.add(FindingBuilder.of(subject.file(), id())
          .severity(Severity.WARNING)
          .certainty(Certainty.HIGH)
          .indicator(row.level3())
          .location(FindingBuilder.where(row, IndicatorField.target))
          .alsoAt(List.of(new TextSpan(subject.file(), null, m.start("to"), m.end("to"))))
          .stated(row.target())
          .recomputed(m.group("to").strip())
          .rule("同一指标两处表述应一致")
          .message("目标调整说明载 " + stem + " 调整为 " + m.group("to").strip() + "，表中本行指标值为 " + row.target()));
    }
  }

  /**
   * The same indicator's target printed as another bound in another table of the file: a 绩效目标申报表 attached before
   * the 自评表 ("法律援助案件办理数 | ≥1200件" against "≥1000件 | 1086件 | 10 | 10", h329). Taken from a line naming the
   * row in a cell of its own that prints neither the row's target (even in a cell with its actual, "≥186 186", h214) nor
   * its actual — not the row's own line, nor one carrying its target beside a 序时 or 实施期 one — and exactly one other
   * bound, a single figure in the same comparator and unit.
   */
  private void filedTargets(AuditSubject subject, String text, List<Finding> out) {
    if (subject.report().indicators().stream().noneMatch(r -> r.targetValue() != null && r.targetValue().comparator() != null)) {
      return; // no row with a bound: the text's lines are not split
    }
    List<TabLine> lines = TabLine.of(text).stream().filter(l -> l.cells().length > 1).toList();
    List<List<String>> compacted = lines.stream().map(l -> l.texts().stream().map(Names::compact).toList()).toList();
    for (IndicatorRow row : subject.report().indicators()) {
      ParsedValue target = row.targetValue();
      if (target == null || target.kind() != ValueKind.QUANTITY || target.comparator() == null || row.level3() == null
          || out.stream().anyMatch(f -> row.level3().equals(f.indicator()))) {
        continue;
      }
      String name = Names.compact(row.level3());
      String own = Names.compact(target.text());
      for (int k = 0; k < lines.size(); k++) {
        TabLine line = lines.get(k);
        List<String> cells = compacted.get(k);
        int at = cells.indexOf(name);
        if (at < 0 || cells.stream().anyMatch(c -> c.contains(own))
            || row.actual() != null && cells.contains(Names.compact(row.actual()))) {
          continue;
        }
        List<Integer> bounds = new ArrayList<>();
        for (int c = at + 1; c < cells.size(); c++) {
          ParsedValue v = ValueParser.parse(cells.get(c));
          if (Numbers.find(cells.get(c)).size() == 1 && v.kind() == ValueKind.QUANTITY && v.comparator() == target.comparator()
              && Objects.equals(v.unit(), target.unit()) && v.magnitude() != null && target.magnitude() != null && v.magnitude().compareTo(target.magnitude()) != 0) {
            bounds.add(c);
          }
        }
        if (bounds.size() != 1) {
          continue;
        }
        int c = bounds.getFirst();
        int start = line.cellStart(c);
        out.add(FindingBuilder.of(subject.file(), id())
            .severity(Severity.WARNING)
            .certainty(Certainty.HIGH)
            .indicator(row.level3())
            .location(FindingBuilder.where(row, IndicatorField.target))
            .alsoAt(List.of(new TextSpan(subject.file(), null, start, start + line.cells()[c].length())))
            .stated(row.target())
            .recomputed(line.cells()[c].strip())
            .rule("同一指标两处表述应一致")
            .message("本行指标值为 " + row.target() + "，文件中另一表所列同一指标的指标值为 " + line.cells()[c].strip()));
        break;
      }
    }
  }

  /** Whether two units as printed after their numbers open with the same word ("万元" and "万元/座"); none, none too. */
  private static boolean sameUnitWord(String a, String b) {
    String x = a.strip();
    String y = b.strip();
    int n = 0;
    while (n < Math.min(x.length(), y.length()) && x.charAt(n) == y.charAt(n) && x.charAt(n) != '/' && x.charAt(n) != '／') {
      n++;
    }
    boolean xEnds = n == x.length() || x.charAt(n) == '/' || x.charAt(n) == '／' || "以上下内".indexOf(x.charAt(n)) >= 0;
    boolean yEnds = n == y.length() || y.charAt(n) == '/' || y.charAt(n) == '／' || "以上下内".indexOf(y.charAt(n)) >= 0;
    return xEnds && yEnds;
  }

  /** What follows the number in a value as printed: "12,648人" → 人, "16.2万人次" → 万人次. */
  private static String unitAsPrinted(ParsedValue v) {
    List<NumberMention> n = Numbers.find(v.text());
    if (n.isEmpty()) {
      n = Numbers.findChinese(v.text()); // "三千六百八十二人" (h317)
    }
    return n.isEmpty() ? "" : v.text().substring(n.getFirst().end()).strip();
  }

  /** The clause around text[from, to): from the clause mark before it to the one after, within reach. */
  private static String clause(String text, int from, int to) {
    int start = from;
    while (start > 0 && from - start < CLAUSE_REACH && "，,。；;\n".indexOf(text.charAt(start - 1)) < 0) {
      start--;
    }
    int end = to;
    while (end < text.length() && end - to < CLAUSE_REACH && "，,。；;\n".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    return text.substring(start, end);
  }

  /** The longest run of characters that {@code a} and {@code b} share. */
  static int sharedRun(String a, String b) {
    int best = 0;
    int[] prev = new int[b.length() + 1];
    for (int i = 1; i <= a.length(); i++) {
      int[] cur = new int[b.length() + 1];
      for (int j = 1; j <= b.length(); j++) {
        if (a.charAt(i - 1) == b.charAt(j - 1)) {
          cur[j] = prev[j - 1] + 1;
          best = Math.max(best, cur[j]);
        }
      }
      prev = cur;
    }
    return best;
  }

  /**
   * A figure that opens a list of figures ("高血压、2型糖尿病患者规范管理37,115人、12,860人", h285): the names before it
   * take the figures in turn, so the name next to it is not the one it belongs to.
   */
  private static final Pattern FIGURES_IN_TURN = Numbers.compile("\\s*[、和及与]\\s*{N}");

  private static boolean inTableLine(String text, int at) {
    int start = text.lastIndexOf('\n', at) + 1;
    int end = text.indexOf('\n', at);
    if (!inTableCell(text, at)) {
      return false;
    }
    // a cell of prose in a table (a 年度总体目标 block's 实际完成情况: "目标1：新建生物防火隔离带165公里，…", h271) is prose
    int from = Math.max(text.lastIndexOf('\t', at), start - 1) + 1;
    int to = text.indexOf('\t', at);
    String cell = text.substring(from, to < 0 || end >= 0 && to > end ? (end < 0 ? text.length() : end) : to);
    return cell.length() < PROSE_CELL || PROSE_MARKS.matcher(cell).results().count() < 2;
  }

  /** A table cell this long, with two or more clause marks, is prose written in a table. */
  private static final int PROSE_CELL = 20;
  private static final Pattern PROSE_MARKS = Pattern.compile("[，。；：,;:]");

  /**
   * The name found is the end of another row's longer name printed there ("轮换县级储备粮11460吨" for the row 县级储备粮规模,
   * beside the row 轮换县级储备粮（吨）, h276): the figure is that row's.
   */
  private static boolean anotherRowsName(AuditSubject subject, IndicatorRow row, String text, int from, int to) {
    String found = text.substring(from, to);
    for (IndicatorRow other : subject.report().indicators()) {
      String name = other == row || other.level3() == null ? "" : other.level3().strip();
      Matcher u = NAME_UNIT.matcher(name);
      String stem = u.matches() ? u.group("stem") : name;
      if (stem.length() > found.length() && stem.endsWith(found) && from >= stem.length() - found.length()
          && text.startsWith(stem, from - (stem.length() - found.length()))) {
        return true;
      }
    }
    return false;
  }

  /** The clause before the name speaks of another year or a change ("上年完成…", "较上年…"). */
  private static boolean otherTime(String text, int at) {
    int start = at;
    while (start > 0 && at - start < 30 && "，,。；;\n".indexOf(text.charAt(start - 1)) < 0) {
      start--;
    }
    // a goal's label opening the clause ("目标1：新建…165公里") says which goal, not that the figure is a target
    return NOT_DONE_FIGURE.matcher(GOAL_LABEL.matcher(text.substring(start, at)).replaceAll("")).find();
  }

  /** "参保率95%以上": a bound a goal sets, not a figure done. */
  private static final Pattern BOUND_AFTER = Pattern.compile("\\s*(?:[(（]含[)）])?\\s*(?:及|或)?(?:以上|以下|以内)");
  /** "目标1：", "目标三：", and an account's "目标1完成情况：" (h389): which goal a clause speaks of. */
  private static final Pattern GOAL_LABEL = Numbers.compile("(?:绩效)?目标(?:{N}|[一二三四五六七八九十]{1,3})(?:完成情况)?[:：]");

  private java.util.Optional<Finding> alternate(AuditSubject subject, IndicatorRow row, ScoreStatement alt) {
    boolean weightDiffers = alt.weight() != null && row.weight() != null && !Decimals.same(alt.weight(), row.weight());
    boolean scoreDiffers = alt.score() != null && row.score() != null && !Decimals.same(alt.score(), row.score());
    if (!weightDiffers && !scoreDiffers) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        FindingBuilder.of(subject.file(), id())
            .severity(Severity.WARNING)
            .certainty(Certainty.HIGH)
            .indicator(row.level3())
            .location(alt.source())
            .stated(alt.text())
            .recomputed(SectionSumCheck.pair(row.weight(), row.score()))
            .rule("同一指标两处表述应一致")
            .message(
                "别处载为 " + SectionSumCheck.pair(alt.weight(), alt.score())
                    + "，本行为 " + SectionSumCheck.pair(row.weight(), row.score())));
  }

  private void codes(AuditSubject subject, String text, List<Finding> out) {
    Map<String, Long> carried = subject.report().indicators().stream().map(IndicatorRow::code)
        .filter(Objects::nonNull).collect(Collectors.groupingBy(String::strip, Collectors.counting()));
    for (IndicatorRow row : subject.report().indicators()) {
      String code = row.code();
      if (code == null || code.isBlank() || code.strip().chars().allMatch(Character::isDigit)) {
        continue; // a position (1, 2, 3 in its group) is no code prose could cite: "4" is also 4月12日's
      }
      if (carried.get(code.strip()) > 1 || code.strip().matches(Outline.CIRCLED)) {
        // a code two rows carry (① restarting in every group, h342) names neither, and a circled number in prose is a
        // list's marker (①…②… of the goals and the notes)
        continue;
      }
      String name = Names.key(row.level3());
      Matcher m = Pattern.compile(Pattern.quote(code.strip()) + "(?![0-9A-Za-z])").matcher(text);
      while (m.find()) {
        String printedName = nameAfter(text, m.end());
        if (printedName.length() < 2) {
          continue;
        }
        String printed = Names.key(printedName);
        TextSpan span = new TextSpan(subject.file(), null, m.start(), m.end() + printedName.length());
        if (!printed.startsWith(name) && !name.startsWith(printed)) {
          IndicatorRow meant = named(subject.report().indicators(), printed, row);
          if (meant == null) {
            continue; // the row's own name reworded (sample 003: C14 加强市民中心管理 for 加强行政服务中心管理): the code names it
          }
          out.add(
              FindingBuilder.of(subject.file(), id())
                  .severity(Severity.INFO) // a name, not a figure: the same code renamed is worth noting only
                  .certainty(Certainty.MEDIUM)
                  .indicator(row.level3())
                  .location(span)
                  .stated(code + printedName)
                  .recomputed(code + row.level3())
                  .rule("同一指标编号应对应同一名称")
                  .message("编号 " + code + " 此处对应 " + printedName + "，表中该编号的指标为 " + row.level3() + "，"
                      + printedName + " 是表中" + (meant.code() == null ? "另一行" : " " + meant.code().strip() + " ") + "的指标"));
          continue;
        }
        Matcher w = WEIGHT_AFTER.matcher(text).region(m.end() + printedName.length(), text.length());
        if (w.lookingAt() && row.weight() != null && Numbers.of(w.group(1)).compareTo(row.weight()) != 0) {
          out.add(
              FindingBuilder.of(subject.file(), id())
                  .severity(Severity.WARNING)
                  .certainty(Certainty.HIGH)
                  .indicator(row.level3())
                  .location(new TextSpan(subject.file(), null, m.start(), w.end()))
                  .stated(w.group(1) + "分")
                  .recomputed(Decimals.plain(row.weight()))
                  .rule("同一指标两处表述应一致")
                  .message("正文载 " + code + " 分值 " + w.group(1) + "，表中本行分值 " + Decimals.plain(row.weight())));
        }
      }
    }
  }

  /** The row other than {@code self} whose name {@code printed} is (either opening the other), or null. */
  private static @Nullable IndicatorRow named(List<IndicatorRow> rows, String printed, IndicatorRow self) {
    for (IndicatorRow other : rows) {
      String key = Names.key(other.level3());
      if (other != self && key.length() >= 2 && (printed.startsWith(key) || key.startsWith(printed))) {
        return other;
      }
    }
    return null;
  }

  /** The name printed right after a code: up to a bracket, colon, tab or line end (≤ 60 chars). */
  private static String nameAfter(String text, int from) {
    int end = from;
    while (end < text.length() && end - from < 60 && "（(：:\t\r\n，,。".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    return text.substring(from, end).strip();
  }

}
