package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.text.number.NumberMention;
import org.jixiao.text.number.Numbers;
import org.jixiao.schema.Comparator;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.ParsedValue;
import org.jixiao.schema.ValueKind;
import org.jspecify.annotations.Nullable;

/**
 * Applies a parsed {@link ScoringRule} to one row: the scores the rule allows for the row's actual
 * value and weight. Shared by {@link ScoringRuleCheck} (every row) and {@link BudgetRowScoreCheck}
 * (the 预算执行率 row, with the budget's own rate as the actual).
 */
final class RuleScorer {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final List<String> COMPLETION =
      org.jixiao.text.words.WordList.lines(RuleScorer.class, "completion-rate-names.txt");
  /** Units of a bare target that may be a ceiling rather than a plan (造价 120万元, 工期 90天). */
  private static final List<String> CEILING_UNITS =
      org.jixiao.text.words.WordList.lines(RuleScorer.class, "ceiling-units.txt");

  private RuleScorer() {}

  /**
   * Scores a rule allows: any listed value, or anything within [min, max] unless {@code only} the listed ones.
   * {@code reading} is true when applying the rule needed an interpretation (a count of faults, a band boundary the
   * rule leaves open, a threshold taken from the target), false when the rule and the actual are unambiguous.
   */
  record Allowed(List<BigDecimal> values, BigDecimal min, BigDecimal max, String how, boolean reading, boolean only) {
    Allowed(List<BigDecimal> values, BigDecimal min, BigDecimal max, String how, boolean reading) {
      this(values, min, max, how, reading, false);
    }

    static Allowed one(BigDecimal v, String how, boolean reading) {
      return new Allowed(List.of(v), v, v, how, reading);
    }

    static Allowed any(List<BigDecimal> vs, String how, boolean reading) {
      return of(vs, how, reading, false);
    }

    /** The listed values and none between them: readings that each give one score (shown each, "4、4.4 或 6"). */
    static Allowed oneOf(List<BigDecimal> vs, String how, boolean reading) {
      return of(vs, how, reading, true);
    }

    private static Allowed of(List<BigDecimal> vs, String how, boolean reading, boolean only) {
      BigDecimal min = vs.stream().min(BigDecimal::compareTo).orElseThrow();
      BigDecimal max = vs.stream().max(BigDecimal::compareTo).orElseThrow();
      return new Allowed(List.copyOf(vs), min, max, how, reading, only);
    }

    /** The same scores, their working told after {@code before} ("完成率 54 ÷ 60 = 90%，…"). */
    Allowed after(String before) {
      return new Allowed(values, min, max, before + "，" + how, reading, only);
    }

    boolean admits(BigDecimal stated) {
      return values.stream().anyMatch(v -> Decimals.agreesAtPrintedPrecision(stated, v))
          || !only && stated.compareTo(min) >= 0 && stated.compareTo(max) <= 0;
    }

    String shown() {
      if (min.compareTo(max) == 0) {
        return Decimals.plain(min, 2);
      }
      if (!only) {
        return Decimals.plain(min, 2) + "–" + Decimals.plain(max, 2);
      }
      List<String> each = values.stream().sorted().map(v -> Decimals.plain(v, 2)).distinct().toList();
      return String.join("、", each.subList(0, each.size() - 1)) + " 或 " + each.getLast();
    }
  }

  /**
   * What {@code rule} gives a row of weight {@code w} whose actual is {@code x} percent (null when
   * the actual is not a percentage), or null when the rule gives nothing for it or leaves the
   * score to judgement.
   */
  static @Nullable Allowed allowed(
      ScoringRule rule, IndicatorRow row, BigDecimal w, BigDecimal score, @Nullable BigDecimal x) {
    return allowed(rule, row, w, score, x, 1);
  }

  /**
   * As {@link #allowed(ScoringRule, IndicatorRow, BigDecimal, BigDecimal, BigDecimal)}, each score being the mean of
   * {@code panel} experts' (h319: "各指标得分取3名专家评分的算术平均值"): a deduction per item then takes off a
   * {@code panel}th of its points at a time.
   */
  static @Nullable Allowed allowed(
      ScoringRule rule, IndicatorRow row, BigDecimal w, BigDecimal score, @Nullable BigDecimal x, int panel) {
    if (rule.judgement()) {
      return null;
    }
    Allowed achieved = achieved(rule, row, w);
    if (achieved != null) {
      return achieved;
    }
    Allowed level = level(rule, row.actual(), w);
    if (level != null) {
      return level;
    }
    List<ScoringRule.PerItem> perItem = rule.all(ScoringRule.PerItem.class);
    if (!perItem.isEmpty() && (x == null || rule.clauses().size() == 1)) {
      ScoringRule.PerItem p = perItem.get(0);
      BigDecimal step = p.ofWeight() ? w.multiply(p.amount()) : p.amount();
      Allowed byCount = panel == 1 ? counted(p, step, w, row) : null;
      return byCount != null ? byCount : lattice(w, score, step.divide(BigDecimal.valueOf(panel), MathContext.DECIMAL64));
    }
    ParsedValue target = row.targetValue();
    BigDecimal t = target == null ? null : target.magnitude();
    Boolean met = completed(target, row.actualValue());
    boolean zeroOtherwise = !rule.all(ScoringRule.ZeroOtherwise.class).isEmpty();
    if (!rule.all(ScoringRule.FullIfMet.class).isEmpty() && met != null) {
      if (met) {
        return Allowed.one(w, "目标已达成，得满分", false);
      }
      if (zeroOtherwise && rule.clauses().size() == 2) {
        return Allowed.one(BigDecimal.ZERO, "目标未达成，不得分", false);
      }
    }
    BigDecimal a = x;
    boolean counted = rule.all(ScoringRule.DeductPer.class).stream().anyMatch(ScoringRule.DeductPer::counted);
    // 按完成比例 alone is the proportion of the target; with 完成率×分值 beside it the rate formula says how
    boolean ratio = !rule.all(ScoringRule.RatioToTarget.class).isEmpty()
        || !rule.all(ScoringRule.TargetOverActual.class).isEmpty()
        || !rule.all(ScoringRule.RatioBelow.class).isEmpty() && rule.all(ScoringRule.Proportional.class).isEmpty();
    // counted deductions, 完成值/指标值 and 按完成比例 read the actual in the target's own unit (公里, 场), unless the
    // rule's bands are in percent of a completion rate ("完成率≥100%得满分；…低于85%不得分" on 54 of 60个, h376)
    if ((counted || (ratio && a == null && met != null && completionRate(rule, target, row.actualValue()) == null))
        && row.actualValue() != null) {
      a = row.actualValue().magnitude();
    }
    BigDecimal[] durations = a == null && counted ? labelledDurations(target, row.actualValue()) : null;
    if (durations != null) {
      t = durations[0]; // "合同工期8个月" and "实际工期10个月" under 每超期1个月扣1分 (h531)
      a = durations[1];
    }
    if (a == null) {
      Allowed overrun = overrun(rule, w, target, row.actualValue());
      if (overrun != null) {
        return overrun;
      }
      // a rule in percent of a completion rate (完成率每低于1个百分点扣0.5分, 完成率×分值) on a row counted
      // in 户 or 公里: the rate is actual ÷ target, its full mark at 100%
      BigDecimal rate = completionRate(rule, target, row.actualValue());
      if (rate == null) {
        return null;
      }
      Allowed byRate = numeric(rule, w, rate, HUNDRED, target, true);
      String how = "完成率 " + Decimals.plain(row.actualValue().magnitude()) + " ÷ " + Decimals.plain(t) + " = "
          + Decimals.plain(rate, 2) + "%";
      return byRate == null ? null : byRate.after(how);
    }
    Allowed direct = numeric(rule, w, a, t, target, false);
    Allowed ofTarget = direct == null || direct.admits(score) ? null : rateOfTarget(rule, w, a, target);
    return ofTarget != null && ofTarget.admits(score) ? ofTarget : direct;
  }

  /**
   * A deduction per occurrence (每超时1次扣1分) on a row whose actual states how many there were in the rule's own measure
   * word ("超时修复3次"): the weight less that many deductions, none below 0. Certain when the actual names the rule's event
   * (超时); a reading otherwise. Null when the actual states no one count in that word, or the target allows some (≤2次).
   */
  private static @Nullable Allowed counted(ScoringRule.PerItem p, BigDecimal step, BigDecimal w, IndicatorRow row) {
    String actual = row.actual();
    if (p.per() == null || actual == null) {
      return null;
    }
    BigDecimal n = countIn(actual, p.per());
    String target = row.target();
    BigDecimal allowed = target == null ? null : countIn(target, p.per());
    if (n == null || allowed != null && allowed.signum() != 0) {
      return null;
    }
    BigDecimal due = w.subtract(n.multiply(step)).max(BigDecimal.ZERO);
    boolean named = p.what() != null && p.what().length() >= 2 && actual.contains(p.what());
    return Allowed.one(due, Decimals.plain(w) + " − " + Decimals.plain(n) + " × " + Decimals.plain(step), !named);
  }

  /** The one figure of {@code text} when it is printed in measure word {@code per} ("超时修复3次" → 3), else null. */
  private static @Nullable BigDecimal countIn(String text, String per) {
    List<NumberMention> found = Numbers.find(text);
    if (found.size() != 1 || !text.substring(found.getFirst().end()).strip().startsWith(per)) {
      return null;
    }
    return found.getFirst().value();
  }

  /** A duration after a label ("合同工期8个月", "实际工期10个月"): its number and unit. */
  private static final java.util.regex.Pattern LABELLED_DURATION =
      Numbers.compile("^\\p{IsHan}{1,8}?[:：]?\\s*(?<n>{N})\\s*(?<u>个月|天|日|个工作日)$");

  /**
   * The target's and the actual's durations, {target, actual}, for a counted deduction per month or day (每超期1个月扣1分)
   * when the target and actual each state one after a label, in one unit; else null.
   */
  private static BigDecimal @Nullable [] labelledDurations(@Nullable ParsedValue target, @Nullable ParsedValue actual) {
    if (target == null || actual == null || target.magnitude() != null || actual.magnitude() != null) {
      return null;
    }
    java.util.regex.Matcher tm = LABELLED_DURATION.matcher(Numbers.foldText(target.text()).strip());
    java.util.regex.Matcher am = LABELLED_DURATION.matcher(Numbers.foldText(actual.text()).strip());
    if (!tm.matches() || !am.matches() || !tm.group("u").equals(am.group("u"))) {
      return null;
    }
    return new BigDecimal[] {Numbers.of(tm.group("n")), Numbers.of(am.group("n"))};
  }

  /**
   * A deduction per percent over a ceiling (每超出1%扣0.5分) on a row whose target and actual are amounts in one unit
   * (≤12000元/亩, 12480元/亩): the overrun is relative, (actual − target) ÷ target, 4% here. Null when the row is no such
   * ceiling or the rule no such deduction.
   */
  private static @Nullable Allowed overrun(
      ScoringRule rule, BigDecimal w, @Nullable ParsedValue target, @Nullable ParsedValue actual) {
    List<ScoringRule.DeductPer> over = rule.all(ScoringRule.DeductPer.class).stream()
        .filter(d -> !d.below() && !d.counted()).toList();
    if (over.size() != 1 || target == null || actual == null
        || target.comparator() != Comparator.LE && target.comparator() != Comparator.LT
        || target.kind() != ValueKind.QUANTITY || actual.kind() != ValueKind.QUANTITY) {
      return null;
    }
    BigDecimal t = target.magnitude();
    BigDecimal a = actual.magnitude();
    String unit = RowScoreCheck.unit(target);
    if (t == null || a == null || t.signum() <= 0 || unit == null || "%".equals(unit)
        || !unit.equals(RowScoreCheck.unit(actual))) {
      return null;
    }
    BigDecimal rate = a.multiply(HUNDRED).divide(t, MathContext.DECIMAL64);
    ScoringRule.DeductPer d = over.getFirst();
    // the threshold is the row's target when the rule says so (不超过指标值的得满分), else a reading
    boolean reading = !d.fromTarget() && !namesTarget(rule);
    return deduct(d, HUNDRED, w, rate, reading)
        .after("实际 " + Decimals.plain(a) + " ÷ 上限 " + Decimals.plain(t) + " = " + Decimals.plain(rate, 2) + "%");
  }

  /** The rule counts from the row's target in words (达标, 达到目标值得满分, 不超过指标值的得满分): no reading needed. */
  private static boolean namesTarget(ScoringRule rule) {
    String text = RuleParser.normalize(rule.text());
    return text.contains("达标") || text.contains("目标值") || text.contains("指标值");
  }

  /**
   * "完成率×分值" on a row that is itself a rate with a floor below 100% (工程按期完工率 78.6% against ≥90%): its 完成率 may
   * be the rate (78.6% × 6 = 4.72) or the rate's share of the target (78.6 ÷ 90 = 87.33%, × 6 = 5.24), as the report's
   * count rows read it; the second reading, when it is the one the report's score follows. Null when the rule names no
   * completion rate or the target is no floor under 100%.
   */
  private static @Nullable Allowed rateOfTarget(ScoringRule rule, BigDecimal w, BigDecimal x, @Nullable ParsedValue target) {
    BigDecimal t = target == null ? null : target.magnitude();
    if (!namesCompletionRate(rule) || t == null || t.signum() <= 0 || t.compareTo(HUNDRED) >= 0 || !"%".equals(RowScoreCheck.unit(target))
        || target.comparator() != Comparator.GE && target.comparator() != Comparator.GT) {
      return null;
    }
    BigDecimal rate = x.multiply(HUNDRED).divide(t, MathContext.DECIMAL64);
    Allowed byRate = numeric(rule, w, rate, HUNDRED, target, true);
    return byRate == null ? null
        : byRate.after("完成率 " + Decimals.plain(x) + "% ÷ " + Decimals.plain(t) + "% = " + Decimals.plain(rate, 2) + "%");
  }

  /**
   * The score {@code rule} gives for the actual {@code x} (percent, or the target's unit); {@code
   * completion} when x is a completion rate, whose full mark is 100% unless the rule prints another.
   */
  private static @Nullable Allowed numeric(ScoringRule rule, BigDecimal w, BigDecimal x, @Nullable BigDecimal t,
      @Nullable ParsedValue target, boolean completion) {
    ScoringRule.FullIf full = null;
    for (ScoringRule.Clause c : rule.clauses()) {
      if (c instanceof ScoringRule.FullIf f && full == null) {
        full = f;
      }
    }
    BigDecimal threshold = full != null ? full.x() : fullBandLow(rule, w);
    if (threshold == null && completion) {
      threshold = HUNDRED;
    }
    List<BigDecimal> bandValues = new ArrayList<>();
    boolean bandReading = false;
    for (ScoringRule.Clause c : rule.clauses()) {
      switch (c) {
        case ScoringRule.Proportional p -> {
          if (p.factor() != null && p.factor().compareTo(w) != 0) {
            return null; // "执行率×5分" on a row weighing 6: the rule is not this row's
          }
          BigDecimal v = x.multiply(w).divide(HUNDRED, MathContext.DECIMAL64).min(w);
          return Allowed.one(v, Decimals.plain(x, 2) + "% × " + Decimals.plain(w), false);
        }
        case ScoringRule.RatioToTarget r when t != null && t.signum() > 0 && target != null
            && target.comparator() != Comparator.LE
            && target.comparator() != Comparator.LT
            && (r.divisor() == null || r.divisor().compareTo(t) == 0) -> {
          BigDecimal v = x.multiply(w).divide(t, MathContext.DECIMAL64).min(w);
          return Allowed.one(v, Decimals.plain(x) + " ÷ " + Decimals.plain(t) + " × " + Decimals.plain(w),
              !r.printedFormula());
        }
        case ScoringRule.TargetOverActual r when t != null && x.signum() > 0 && target != null
            && (target.comparator() == Comparator.LE || target.comparator() == Comparator.LT) -> {
          BigDecimal v = t.multiply(w).divide(x, MathContext.DECIMAL64).min(w);
          return Allowed.one(v, Decimals.plain(t) + " ÷ " + Decimals.plain(x) + " × " + Decimals.plain(w),
              !r.printedFormula());
        }
        case ScoringRule.FullIf f when f.op().holds(x.compareTo(f.x())) -> {
          return Allowed.one(w, "满足 " + f.op().symbol() + Decimals.plain(f.x()) + "%，得满分", false);
        }
        case ScoringRule.ZeroIf z when z.op().holds(x.compareTo(z.x())) -> {
          return Allowed.one(BigDecimal.ZERO, "满足 " + z.op().symbol() + Decimals.plain(z.x()) + "%，不得分", false);
        }
        case ScoringRule.Interpolated i when i.contains(x) && i.pts().compareTo(w) <= 0 -> {
          BigDecimal v = x.subtract(i.from()).multiply(i.pts()).divide(i.span(), MathContext.DECIMAL64).max(BigDecimal.ZERO);
          return Allowed.one(v, "(" + Decimals.plain(x) + "% − " + Decimals.plain(i.from()) + "%) ÷ " + Decimals.plain(i.span())
              + "% × " + Decimals.plain(i.pts()), false);
        }
        case ScoringRule.Band band when !band.empty() && band.contains(x) -> {
          bandValues.add(band.points(w));
          bandReading |= band.onUnprintedBound(x);
        }
        default -> {}
      }
    }
    if (!bandValues.isEmpty()) {
      return Allowed.any(bandValues, Decimals.plain(x) + "% 所在档", bandReading);
    }
    for (ScoringRule.Clause c : rule.clauses()) {
      if (c instanceof ScoringRule.DeductPer d) {
        if (!d.below() && target != null
            && (target.comparator() == Comparator.GE || target.comparator() == Comparator.GT)) {
          return null; // a deduction for exceeding (每超出1%) says nothing of a floor's row (≥95%, 96.5%)
        }
        boolean fromTarget = threshold == null || d.fromTarget() || d.counted();
        BigDecimal from = fromTarget ? t : threshold;
        if (from == null) {
          return null;
        }
        // a threshold the rule names (目标值, 达标) is as good as a printed one
        boolean reading = fromTarget && !d.fromTarget() && !namesTarget(rule) && !d.counted();
        return deduct(d, from, w, x, reading);
      }
      if (c instanceof ScoringRule.RatioBelow && threshold != null && threshold.signum() > 0
          && x.compareTo(threshold) < 0) {
        BigDecimal v = x.multiply(w).divide(threshold, MathContext.DECIMAL64);
        return Allowed.one(v, Decimals.plain(x) + " ÷ " + Decimals.plain(threshold) + " × " + Decimals.plain(w), true);
      }
      // "数量指标按完成比例计分" with no threshold printed: the proportion is of the row's own target (not a ceiling)
      if (c instanceof ScoringRule.RatioBelow && threshold == null && t != null && t.signum() > 0 && target != null
          && target.comparator() != Comparator.LE && target.comparator() != Comparator.LT) {
        BigDecimal v = x.multiply(w).divide(t, MathContext.DECIMAL64).min(w);
        return Allowed.one(v, Decimals.plain(x) + " ÷ " + Decimals.plain(t) + " × " + Decimals.plain(w), false);
      }
    }
    if (full != null && !rule.all(ScoringRule.ZeroOtherwise.class).isEmpty()) {
      return Allowed.one(BigDecimal.ZERO, "未满足 " + full.op().symbol() + Decimals.plain(full.x()) + "%，不得分", false);
    }
    return null;
  }

  /**
   * A proportional rule naming a completion rate (完成率×分值) on a row whose actual is a count or an
   * amount: the rate is actual ÷ target in percent, when both are quantities in the same unit and the
   * target is not a ceiling. Null otherwise.
   */
  private static @Nullable BigDecimal completionRate(
      ScoringRule rule, @Nullable ParsedValue target, @Nullable ParsedValue actual) {
    boolean named = namesCompletionRate(rule);
    // 完成率每低于1个百分点扣0.5分 / 完成率≥100%得满分；90%（含）-100%得8分: percent clauses on the completion rate
    boolean percentClauses = rule.clauses().stream().anyMatch(c -> c instanceof ScoringRule.Band
        || c instanceof ScoringRule.FullIf || (c instanceof ScoringRule.DeductPer d && !d.counted()));
    named |= percentClauses && rule.all(ScoringRule.Proportional.class).isEmpty()
        && COMPLETION.stream().anyMatch(RuleParser.normalize(rule.text())::contains);
    return named ? completionOf(target, actual) : null;
  }

  /** A proportional rule on a rate named a completion rate: "完成率×分值", "按完成率计分". */
  private static boolean namesCompletionRate(ScoringRule rule) {
    return rule.all(ScoringRule.Proportional.class).stream()
        .anyMatch(p -> p.rateName() != null && COMPLETION.stream().anyMatch(n -> p.rateName().strip().endsWith(n)));
  }

  /**
   * A count's or an amount's completion rate, actual ÷ target in percent: both quantities in the same printed unit (not
   * percent), the target no ceiling; null otherwise.
   */
  static @Nullable BigDecimal completionOf(@Nullable ParsedValue target, @Nullable ParsedValue actual) {
    if (target == null || actual == null || target.kind() != ValueKind.QUANTITY || actual.kind() != ValueKind.QUANTITY
        || target.comparator() == Comparator.LE || target.comparator() == Comparator.LT) {
      return null;
    }
    BigDecimal t = target.magnitude();
    BigDecimal a = actual.magnitude();
    String tu = RowScoreCheck.unit(target);
    String au = RowScoreCheck.unit(actual);
    if (t == null || a == null || t.signum() <= 0 || a.signum() < 0 || tu == null || !tu.equals(au) || "%".equals(tu)) {
      return null;
    }
    return a.multiply(HUNDRED).divide(t, MathContext.DECIMAL64);
  }

  /** The lower bound of the band that pays full marks, when the rule has no 得满分 clause. */
  private static @Nullable BigDecimal fullBandLow(ScoringRule rule, BigDecimal w) {
    for (ScoringRule.Band b : rule.all(ScoringRule.Band.class)) {
      if (b.hi() == null && b.lo() != null && b.points(w).compareTo(w) >= 0) {
        return b.lo();
      }
    }
    return null;
  }

  /** The level the actual names, exactly or as the one level it ends ("健全" in "制度健全"). */
  private static @Nullable Allowed level(ScoringRule rule, @Nullable String actual, BigDecimal w) {
    List<ScoringRule.Level> levels = rule.all(ScoringRule.Level.class);
    if (levels.isEmpty() || actual == null) {
      return null;
    }
    String key = org.jixiao.text.name.Names.key(actual);
    if (key.length() < 2) {
      return null;
    }
    List<ScoringRule.Level> exact = levels.stream()
        .filter(l -> org.jixiao.text.name.Names.key(l.cond()).equals(key)).toList();
    List<ScoringRule.Level> suffix = levels.stream()
        .filter(l -> org.jixiao.text.name.Names.key(l.cond()).endsWith(key)).toList();
    List<ScoringRule.Level> hit = !exact.isEmpty() ? exact : suffix;
    if (hit.size() != 1) {
      return null;
    }
    ScoringRule.Level l = hit.get(0);
    BigDecimal pts = l.pts() == null ? w : l.pts();
    return Allowed.one(pts, "实际「" + actual + "」对应「" + l.cond() + "」", exact.isEmpty());
  }

  /** The achievement levels an actual may name, each before the shorter ones it contains (未达成 before 达成). */
  private static final List<String> ACHIEVED_LEVELS = List.of("全部达成", "完全达成", "基本达成", "部分达成", "未达成", "达成");
  /** The levels that say the same: the target fully achieved. */
  private static final List<String> FULLY_ACHIEVED = List.of("达成", "全部达成", "完全达成");

  /**
   * 达成/部分达成/未达成 (完全达成/基本达成): the level the actual names in words, else the level its figures give against
   * the target (met: 达成; short of it: 部分达成; nothing done: 未达成), which needs no reading.
   */
  private static @Nullable Allowed achieved(ScoringRule rule, IndicatorRow row, BigDecimal w) {
    List<ScoringRule.Achieved> levels = rule.all(ScoringRule.Achieved.class);
    String actual = row.actual();
    if (levels.isEmpty() || actual == null) {
      return null;
    }
    String level = ACHIEVED_LEVELS.stream().filter(actual::contains).findFirst().orElse(null);
    boolean worded = false;
    if (level == null) {
      level = levelOfWords(row.target(), actual);
      worded = level != null;
    }
    boolean byFigures = level == null;
    ParsedValue target = row.targetValue();
    ParsedValue done = row.actualValue();
    if (byFigures) {
      Boolean met = completed(target, done);
      if (met == null) {
        return null;
      }
      level = met ? "达成" : done.magnitude().signum() == 0 ? "未达成" : "部分达成";
    }
    for (ScoringRule.Achieved a : levels) {
      if (!a.level().equals(level) && !(FULLY_ACHIEVED.contains(a.level()) && FULLY_ACHIEVED.contains(level))) {
        continue;
      }
      if (a.fraction() != null) {
        // an actual that is the level word itself needs no reading; one that says more ("基本达成，…") does
        return Allowed.one(w.multiply(a.fraction()), (worded ? "“" + actual.strip() + "”即" : "") + level + "，得分值的 "
            + Decimals.plain(a.fraction().multiply(HUNDRED), 0) + "%", !byFigures && !actual.strip().equals(level));
      }
      if (a.byRatio() && byFigures && target.comparator() != Comparator.LE && target.comparator() != Comparator.LT
          && target.magnitude().signum() > 0) {
        BigDecimal v = done.magnitude().multiply(w).divide(target.magnitude(), MathContext.DECIMAL64).min(w);
        return Allowed.one(v, level + "，按完成比例 " + Decimals.plain(done.magnitude()) + " ÷ "
            + Decimals.plain(target.magnitude()) + " × " + Decimals.plain(w), false);
      }
      return null;
    }
    return null;
  }

  /** The degree word opening an actual in words, and the level it says ("基本落实" against 全面落实: 基本达成). */
  private static final java.util.Map<String, String> DEGREES = java.util.Map.of(
      "基本", "基本达成", "部分", "部分达成", "未", "未达成");

  /**
   * The level an actual in words states against its target in words: the target's own word (健全 | 健全) is 达成, the
   * same word after 基本 / 部分 / 未 (基本健全, 部分落实, 未落实) that level; null for anything else. A reading (the words are
   * not the rule's), so never certain.
   */
  private static @Nullable String levelOfWords(@Nullable String target, String actual) {
    if (target == null) {
      return null;
    }
    String t = target.strip().replaceFirst("^(?:全面|全部|完全)", "");
    String a = actual.strip();
    if (t.isEmpty() || a.isEmpty()) {
      return null;
    }
    if (a.equals(t) || a.equals(target.strip())) {
      return "达成";
    }
    for (var d : DEGREES.entrySet()) {
      if (a.equals(d.getKey() + t)) {
        return d.getValue();
      }
    }
    return null;
  }

  /**
   * Whether the actual completes the target: as the target's comparator says, or, for a bare planned
   * quantity ("12处", "45公里"), at least that quantity in the same unit. A bare money or time target
   * may be a ceiling (造价, 工期) and gives nothing, as do percentages.
   */
  static @Nullable Boolean completed(@Nullable ParsedValue target, @Nullable ParsedValue actual) {
    Boolean met = RowScoreCheck.meets(target, actual);
    if (met != null || target == null || actual == null || target.comparator() != null
        || target.kind() != ValueKind.QUANTITY || actual.kind() != ValueKind.QUANTITY) {
      return met;
    }
    BigDecimal t = target.magnitude();
    BigDecimal a = actual.magnitude();
    String tu = RowScoreCheck.unit(target);
    if (t == null || a == null || tu == null || !tu.equals(RowScoreCheck.unit(actual)) || "%".equals(tu)
        || CEILING_UNITS.stream().anyMatch(tu::endsWith)) {
      return null;
    }
    return a.compareTo(t) >= 0;
  }

  private static Allowed deduct(
      ScoringRule.DeductPer d, BigDecimal threshold, BigDecimal w, BigDecimal x, boolean reading) {
    BigDecimal gap = d.below() ? threshold.subtract(x) : x.subtract(threshold);
    if (gap.signum() <= 0) {
      return Allowed.one(w, "未低于 " + Decimals.plain(threshold) + "，不扣分", reading);
    }
    BigDecimal n = gap.divide(d.step(), MathContext.DECIMAL64);
    BigDecimal each =
        d.percentOfWeight() ? w.multiply(d.amount()).divide(HUNDRED, MathContext.DECIMAL64) : d.amount();
    List<BigDecimal> values = new ArrayList<>();
    // the exact share, or whole steps counted down or up: any of the three readings passes, and nothing between them
    // (0.8 of a point below under 每低1个百分点扣2分 takes 1.6, 0 or 2 off 6; 5.4 is none of them, h242)
    List<BigDecimal> counts = switch (d.remainder()) {
      case ANY -> List.of(n, n.setScale(0, RoundingMode.FLOOR), n.setScale(0, RoundingMode.CEILING));
      case SHARE -> List.of(n);
      case NONE -> List.of(n.setScale(0, RoundingMode.FLOOR));
      case WHOLE -> List.of(n.setScale(0, RoundingMode.CEILING));
    };
    for (BigDecimal count : counts) {
      values.add(w.subtract(count.multiply(each)).max(BigDecimal.ZERO));
    }
    return Allowed.oneOf(values,
        "距 " + Decimals.plain(threshold) + " 差 " + Decimals.plain(gap, 2) + "，每 " + Decimals.plain(d.step())
            + " 扣 " + Decimals.plain(each, 4) + " 分", reading);
  }

  private static Allowed lattice(BigDecimal w, BigDecimal score, BigDecimal step) {
    if (step.signum() <= 0) {
      return Allowed.one(score, "不扣分", true);
    }
    BigDecimal k = w.subtract(score).divide(step, MathContext.DECIMAL64).setScale(0, RoundingMode.HALF_UP);
    BigDecimal nearest = w.subtract(k.multiply(step)).max(BigDecimal.ZERO);
    return new Allowed(List.of(nearest, BigDecimal.ZERO), nearest, nearest,
        "满分减去整数次扣分（每次 " + Decimals.plain(step, 4) + " 分）", true);
  }
}
