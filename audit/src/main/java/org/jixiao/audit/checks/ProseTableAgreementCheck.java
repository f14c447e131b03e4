package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.Check;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.audit.internal.FindingBuilder;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.ParsedValue;
import org.jixiao.schema.ScoreStatement;
import org.jixiao.schema.Severity;
import org.jixiao.schema.TextSpan;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.Numbers;
import org.jixiao.text.number.UnitConversions;

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
    }
    return out;
  }

  /** A name's own unit in a closing bracket: "不动产登记发证（件）" → 件. */
  private static final Pattern NAME_UNIT = Pattern.compile("^(?<stem>.{4,}?)\\s*[（(](?<u>[^（）()\\p{Nd}]{1,4})[)）]$");
  /** A rate's name: four characters or more ending in 率, nothing in brackets. */
  private static final Pattern RATE_NAME = Pattern.compile("^[^（）()]{3,}率$");
  /**
   * A name ending in its measure word, or in what it counts ("安全生产执法检查企业（家次）" stated "执法检查1286家次", h323): what
   * is left names the task (4 characters or more).
   */
  private static final Pattern MEASURE = Pattern.compile("^(.{4,}?)(?:面积|数量|个数|人数|户数|次数|场次|里程|长度|规模|企业|单位|农户)$");
  /** Words between a name and its figure that make the figure something else than what was done. */
  private static final Pattern NOT_DONE_FIGURE = Pattern.compile("计划|目标|预计|上年|去年|同比|较|累计|任务|指标"
      + "|[≥≤<>＜＞]|不低于|不少于|不高于|不超过");

  private void actualsInProse(AuditSubject subject, String text, List<Finding> out) {
    for (IndicatorRow row : subject.report().indicators()) {
      ParsedValue actual = row.actualValue();
      String printed = row.level3() == null ? "" : row.level3().strip();
      Matcher name = NAME_UNIT.matcher(printed);
      String stems;
      String unit;
      boolean converted = false;
      if (actual == null || actual.number() == null || actual.comparator() != null) {
        continue;
      } else if (name.matches()
          && (actual.unit() == null || actual.unit().isEmpty() || actual.unit().equals(name.group("u")))) {
        // the name as printed, or without its measure word ("新建高标准农田面积" stated "新建高标准农田3.50万亩", h222)
        String stem = name.group("stem");
        Matcher measured = MEASURE.matcher(stem);
        stems = Pattern.quote(stem) + (measured.matches() ? "|" + Pattern.quote(measured.group(1)) : "");
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
        Matcher measured = MEASURE.matcher(printed);
        stems = Pattern.quote(printed) + (measured.matches() ? "|" + Pattern.quote(measured.group(1)) : "");
        unit = actual.unit();
        converted = true;
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
            || anotherRowsName(subject, row, text, m.start(), m.start("gap"))) {
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

  /**
   * A figure that opens a list of figures ("高血压、2型糖尿病患者规范管理37,115人、12,860人", h285): the names before it
   * take the figures in turn, so the name next to it is not the one it belongs to.
   */
  private static final Pattern FIGURES_IN_TURN = Numbers.compile("\\s*[、和及与]\\s*{N}");

  private static boolean inTableLine(String text, int at) {
    int start = text.lastIndexOf('\n', at) + 1;
    int end = text.indexOf('\n', at);
    String line = text.substring(start, end < 0 ? text.length() : end);
    if (line.indexOf('\t') < 0) {
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
  private static final Pattern GOAL_LABEL = Numbers.compile("(?:绩效)?目标(?:{N}|[一二三四五六七八九十]{1,3})[:：]");

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
    for (IndicatorRow row : subject.report().indicators()) {
      String code = row.code();
      if (code == null || code.isBlank() || code.strip().chars().allMatch(Character::isDigit)) {
        continue; // a position (1, 2, 3 in its group) is no code prose could cite: "4" is also 4月12日's
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
          out.add(
              FindingBuilder.of(subject.file(), id())
                  .severity(Severity.INFO) // a name, not a figure: the same code renamed is worth noting only
                  .certainty(Certainty.MEDIUM)
                  .indicator(row.level3())
                  .location(span)
                  .stated(code + printedName)
                  .recomputed(code + row.level3())
                  .rule("同一指标编号应对应同一名称")
                  .message("编号 " + code + " 此处对应 " + printedName + "，表中该编号的指标为 " + row.level3()));
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

  /** The name printed right after a code: up to a bracket, colon, tab or line end (≤ 60 chars). */
  private static String nameAfter(String text, int from) {
    int end = from;
    while (end < text.length() && end - from < 60 && "（(：:\t\r\n，,。".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    return text.substring(from, end).strip();
  }

}
