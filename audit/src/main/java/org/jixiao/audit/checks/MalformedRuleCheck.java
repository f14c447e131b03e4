package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.Check;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.audit.internal.FindingBuilder;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Severity;
import org.jixiao.schema.TextSpan;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.Numbers;
import org.jixiao.text.words.WordList;
import org.jspecify.annotations.Nullable;

/**
 * 评分规则缺陷: a printed rule that cannot be applied as written.
 *
 * <ul>
 *   <li>an empty range ("10%≤比率<0%");
 *   <li>a formula that names another indicator's rate than its row's ("得分=业务学习与培训及时完成率×分值"
 *       on the row 组织建设工作及时完成率);
 *   <li>a lower band that still pays full marks ("≥95%得6分；90%(含)-95%得6分" on a 6-point row);
 *   <li>bands that leave a gap or overlap (a value no band, or two bands, score);
 *   <li>bands of a delay that leave a stretch unscored or pay a longer delay more ({@link DelayBands}).
 * </ul>
 *
 * WARNING HIGH when the defect decides the row's score (its actual falls where the rule is broken,
 * or the other indicator's value differs), INFO HIGH otherwise: the defect is certain, its effect is
 * not. An empty range is raised as a WARNING once per document even when it decides no score (the
 * rule leaves a band undefined), its repeats on other rows stay INFO.
 */
public final class MalformedRuleCheck implements Check {
  private static final String EMPTY = "空区间";
  private final RuleParser parser;
  private final Pattern range;

  public MalformedRuleCheck() {
    this.parser = RuleParser.standard();
    Pattern found = null;
    for (String line : WordList.lines(MalformedRuleCheck.class, "rule-defects.txt")) {
      String[] parts = line.split("\t", 2);
      if (parts.length == 2 && parts[0].equals("RANGE")) {
        found = Numbers.compile(parts[1]);
      }
    }
    if (found == null) {
      throw new IllegalStateException("rule-defects.txt has no RANGE pattern");
    }
    this.range = found;
  }

  @Override
  public CheckId id() {
    return CheckId.MALFORMED_RULE;
  }

  @Override
  public List<Finding> check(AuditSubject subject) {
    List<Finding> out = new ArrayList<>();
    NoteRules notes = NoteRules.of(subject.text(), parser);
    deviationBands(subject, out);
    boolean weighted = PercentScale.weighted(subject);
    // a rule a note states for a 二级指标's rows: one finding per rule, on the row whose actual it breaks, else its first
    java.util.Map<String, Finding> byGroup = new java.util.LinkedHashMap<>();
    for (IndicatorRow printedRow : subject.report().indicators()) {
      // a rule on the 百分制 of a report that weights its scores afterwards is read on that scale (h328)
      IndicatorRow onHundred = weighted ? PercentScale.onRuleScale(printedRow) : null;
      IndicatorRow row = onHundred != null ? onHundred : printedRow;
      String printed = row.rule();
      ScoringRule rule;
      boolean group = false;
      if (printed == null || printed.isBlank()) {
        rule = RemarkRule.of(row, parser); // the rule the row's own remark states (h167's 备注 column)
        if (rule == null) {
          rule = notes.namedFor(row); // the rule a note under the table states for this row by name
        }
        if (rule == null) {
          rule = notes.groupFor(row);
          group = true;
        }
        if (rule == null) {
          notedDelay(subject, notes, row, byGroup);
          continue;
        }
      } else {
        rule = parser.parse(printed);
        if (!rule.understood()) {
          notedDelay(subject, notes, row, byGroup); // a remark in the rule column, the rule in a note (h533)
        }
      }
      BigDecimal x = ScoringRuleCheck.percent(row.actualValue(), row.actual());
      FindingBuilder b =
          FindingBuilder.of(subject.file(), id())
              .indicator(row.level3())
              .location(FindingBuilder.where(row, IndicatorField.rule));
      // one finding per rule: an empty range also leaves a gap, which is the same defect
      java.util.Optional<Finding> defect = emptyRange(rule, x, b);
      // a group's rule names the group, not another indicator
      if (defect.isEmpty() && !group) {
        defect = otherIndicator(subject, printedRow, rule, b);
      }
      if (defect.isEmpty() && !group) {
        defect = foreignName(subject, printedRow, rule, x, b);
      }
      // a low band paying more than the band above it says more than its paying full marks (h539)
      if (defect.isEmpty()) {
        defect = lowerBandPaysMore(row, rule, b);
      }
      if (defect.isEmpty()) {
        defect = fullLowerBand(row, rule, x, b);
      }
      if (defect.isEmpty()) {
        defect = higherBandPaysLess(row, rule, b);
      }
      if (defect.isEmpty()) {
        defect = gapOrOverlap(rule, x, b);
      }
      if (defect.isEmpty()) {
        defect = proportionBandOverlap(rule, rateOf(row, x), b);
      }
      if (defect.isEmpty()) {
        defect = bandOverWeight(row, rule, b);
      }
      if (defect.isEmpty()) {
        defect = delayBands(row, rule.text(), b);
      }
      if (group) {
        defect = defect.map(d -> ofGroup(d, row));
        defect.ifPresent(d -> byGroup.merge(d.stated() + "|" + d.rule(), d,
            (was, now) -> now.severity().compareTo(was.severity()) < 0 ? now : was));
      } else {
        defect.ifPresent(out::add);
      }
    }
    out.addAll(byGroup.values());
    out.addAll(twoCaps(subject));
    return promoteFirstEmptyRange(out);
  }

  /**
   * A rule scoring a delay by bands ({@link DelayBands}) that leaves a stretch of delay unscored or pays a longer delay
   * more than a shorter one (h533, h106): WARNING HIGH, the defect certain; the row's own delay is seldom printed as a
   * length, so whether it decides the row's score is not judged.
   */
  private static java.util.Optional<Finding> delayBands(IndicatorRow row, String rule, FindingBuilder b) {
    BigDecimal w = row.weight();
    if (w == null || w.signum() <= 0) {
      return java.util.Optional.empty();
    }
    return DelayBands.defect(DelayBands.of(rule, w)).map(d -> b.severity(Severity.WARNING).certainty(Certainty.HIGH)
        .stated(d.stated()).recomputed(d.recomputed()).message(d.message()));
  }

  /**
   * The bands of a delay a note item states for {@code row} where the parser understands no rule (the 说明's "4.时效指标：
   * 按期完成的得满分；延期1个月以内（含）的得分值的80%；延期3个月以上的不得分", h533): one finding per item, as a group's rule.
   */
  private void notedDelay(AuditSubject subject, NoteRules notes, IndicatorRow row, java.util.Map<String, Finding> byGroup) {
    String noted = notes.itemFor(row);
    if (noted == null) {
      return;
    }
    FindingBuilder b = FindingBuilder.of(subject.file(), id()).indicator(row.level3())
        .location(FindingBuilder.where(row, IndicatorField.rule));
    delayBands(row, noted, b).map(d -> ofGroup(d, row))
        .ifPresent(d -> byGroup.putIfAbsent(d.stated() + "|" + d.rule(), d));
  }

  /** "超额完成不加分": a score no higher than the row's weight. */
  private static final Pattern NO_BONUS = Pattern.compile("(?:超额完成|超出部分|超过(?:年度)?(?:指标值|目标值))(?:的)?不(?:再)?(?:另|额外)?加分");
  /** "最高不超过分值的120%": a score allowed above the row's weight. */
  private static final Pattern CAP_ABOVE = Numbers.compile(
      "(?:最高|最多|上限)(?:不超过|为|可得|得)?(?:该?指标)?(?:分值|权重)的\\s*(?<p>{N})\\s*%");

  /**
   * A rule with two ceilings ("超额完成不加分，最高不超过分值的120%", h508): no points above the weight, and yet up to 120% of
   * it. One finding per rule, on the first row it decides (an actual above its target: the two give different scores),
   * WARNING MEDIUM (the words are read), else INFO on its first row.
   */
  private List<Finding> twoCaps(AuditSubject subject) {
    java.util.Map<String, Finding> byRule = new java.util.LinkedHashMap<>();
    for (IndicatorRow row : subject.report().indicators()) {
      String printed = row.rule();
      if (printed == null) {
        continue;
      }
      String text = RuleParser.normalize(printed);
      Matcher cap = CAP_ABOVE.matcher(text);
      if (!NO_BONUS.matcher(text).find() || !cap.find() || Numbers.of(cap.group("p")).compareTo(BigDecimal.valueOf(100)) <= 0) {
        continue;
      }
      Boolean met = RuleScorer.completed(row.targetValue(), row.actualValue());
      boolean decides = Boolean.TRUE.equals(met) && row.targetValue().magnitude() != null
          && row.actualValue().magnitude().compareTo(row.targetValue().magnitude()) > 0;
      Finding was = byRule.get(printed);
      if (was != null && (was.severity() == Severity.WARNING || !decides)) {
        continue;
      }
      byRule.put(printed, FindingBuilder.of(subject.file(), id())
          .indicator(row.level3())
          .location(FindingBuilder.where(row, IndicatorField.rule))
          .severity(decides ? Severity.WARNING : Severity.INFO)
          .certainty(Certainty.MEDIUM)
          .stated(cap.group())
          .recomputed("上限自相矛盾")
          .rule(printed)
          .message("评分规则既写“超额完成不加分”，又写“" + cap.group() + "”：得分上限自相矛盾"
              + (decides ? "；本行实际完成值 " + row.actual() + " 超过指标值，两种上限得分不同" : "")));
    }
    return List.copyOf(byRule.values());
  }

  /**
   * A defect of the rule a note states for a 二级指标 that decides no row's score is the group's (the note names 满意度指标,
   * not 服务对象满意度, h502): the finding names the group, and the row it was found on. One that decides a row's score
   * stays that row's.
   */
  private static Finding ofGroup(Finding d, IndicatorRow row) {
    if (d.severity() != Severity.INFO || row.level2() == null || row.level2().isBlank()) {
      return d;
    }
    return new Finding(d.file(), d.check(), d.severity(), d.certainty(), row.level2(), d.location(), d.stated(),
        d.recomputed(), d.rule(), "说明为" + row.level2() + "所定的" + d.message() + "（见 " + row.level3() + "）");
  }

  /**
   * An empty range is a defect an auditor must raise once: when no row's actual falls where it
   * breaks the rule, the first occurrence is still a WARNING and its repeats (the same template
   * wording on other rows) stay INFO.
   */
  private static List<Finding> promoteFirstEmptyRange(List<Finding> out) {
    boolean raised = out.stream().anyMatch(f -> EMPTY.equals(f.recomputed()) && f.severity() == Severity.WARNING);
    for (int i = 0; i < out.size() && !raised; i++) {
      Finding f = out.get(i);
      if (EMPTY.equals(f.recomputed())) {
        out.set(i, new Finding(f.file(), f.check(), Severity.WARNING, f.certainty(), f.indicator(), f.location(),
            f.stated(), f.recomputed(), f.rule(), f.message()));
        raised = true;
      }
    }
    return out;
  }

  private java.util.Optional<Finding> emptyRange(ScoringRule rule, @Nullable BigDecimal x, FindingBuilder b) {
    Matcher m = range.matcher(RuleParser.normalize(rule.text()));
    while (m.find()) {
      BigDecimal lo = Numbers.of(m.group("lo"));
      BigDecimal hi = Numbers.of(m.group("hi"));
      boolean strict = m.group("loop").equals("<") || m.group("hiop").equals("<");
      int c = lo.compareTo(hi);
      if (c > 0 || (c == 0 && strict)) {
        boolean harmless = x != null && fullMarks(rule, x);
        return java.util.Optional.of(
            b.severity(harmless ? Severity.INFO : Severity.WARNING)
                .certainty(Certainty.HIGH)
                .stated(m.group())
                .recomputed(EMPTY)
                .message(
                    "评分规则中的区间 " + m.group() + " 不含任何数值（下限大于上限），规则在此无法适用"
                        + (harmless ? "；本行实际值 " + Decimals.plain(x) + "% 得满分，不影响得分" : "")));
      }
    }
    return java.util.Optional.empty();
  }

  private static final Pattern PAYS = Numbers.compile("得\\s*(?<n>{N})\\s*分");

  /**
   * A band that pays more than the row's 分值 ("≥4000场得8分" on a 6-point row, h249): read from the words whether or
   * not the rest of the rule is understood. The score cannot follow the rule as printed, so the row was scored by
   * something else (a silent cap): WARNING HIGH.
   */
  private static java.util.Optional<Finding> bandOverWeight(IndicatorRow row, ScoringRule rule, FindingBuilder b) {
    BigDecimal weight = row.weight();
    if (weight == null || weight.signum() <= 0) {
      return java.util.Optional.empty();
    }
    Matcher m = PAYS.matcher(RuleParser.normalize(rule.text()));
    while (m.find()) {
      if (Numbers.of(m.group("n")).compareTo(weight) > 0) {
        return java.util.Optional.of(b.severity(Severity.WARNING)
            .certainty(Certainty.HIGH)
            .stated(m.group())
            .recomputed("≤ " + Decimals.plain(weight))
            .message("评分规则 “" + m.group() + "” 超过本行分值 " + Decimals.plain(weight) + " 分，规则不能按所写适用"));
      }
    }
    return java.util.Optional.empty();
  }

  /** Whether x meets a clause that pays full marks regardless of the broken part. */
  private static boolean fullMarks(ScoringRule rule, BigDecimal x) {
    return rule.all(ScoringRule.FullIf.class).stream().anyMatch(f -> f.op().holds(x.compareTo(f.x())));
  }

  private java.util.Optional<Finding> otherIndicator(
      AuditSubject subject, IndicatorRow row, ScoringRule rule, FindingBuilder b) {
    for (ScoringRule.Proportional p : rule.all(ScoringRule.Proportional.class)) {
      String named = p.rateName();
      if (named == null) {
        continue;
      }
      String key = Names.key(named);
      String own = Names.key(row.level3());
      // a short name (完成率, 执行率) fits many rows; only a long one can name another indicator
      if (key.length() < 5 || own.contains(key) || key.contains(own) || common(key, own) * 2 >= key.length()) {
        continue;
      }
      IndicatorRow other = subject.report().indicators().stream()
          .filter(r -> r != row && Names.key(r.level3()).equals(key))
          .findFirst().orElse(null);
      if (other == null && key.endsWith("执行率")) {
        continue; // "本年执行率×分值" on the fund line (h330): the budget's own rate, no other indicator
      }
      boolean differs = other != null && other.actual() != null && row.actual() != null
          && !Names.key(other.actual()).equals(Names.key(row.actual()));
      return java.util.Optional.of(
          b.severity(differs ? Severity.WARNING : Severity.INFO)
              .certainty(Certainty.HIGH)
              .stated(named)
              .recomputed(row.level3())
              .message(
                  row.level3() + " 的评分规则按「" + named + "」计分，所指是另一指标"
                      + (other == null ? "" : "（" + other.level3() + " 实际值 " + other.actual() + "）")
                      + (differs ? "，两者数值不同，影响得分" : "")));
    }
    return java.util.Optional.empty();
  }

  /**
   * A rule that states another row's name and not its own (a template copied onto the wrong line):
   * a WARNING when the printed score is not what that rule gives on this row's actual, else INFO.
   */
  private java.util.Optional<Finding> foreignName(
      AuditSubject subject, IndicatorRow row, ScoringRule rule, @Nullable BigDecimal x, FindingBuilder b) {
    return ForeignRule.namedIn(subject.report(), row).map(other -> {
      RuleScorer.Allowed allowed = row.weight() == null || row.score() == null || !rule.understood() ? null
          : RuleScorer.allowed(rule, row, row.weight(), row.score(), x);
      boolean affects = allowed != null && !allowed.admits(row.score());
      return b.severity(affects ? Severity.WARNING : Severity.INFO)
          .certainty(Certainty.HIGH)
          .stated(shortRule(rule.text()))
          .recomputed(row.level3())
          .message(row.level3() + " 的评分规则写的是另一指标「" + other.level3() + "」（" + shortRule(rule.text())
              + "），不能据以评定本行得分" + (affects ? "；按该规则本行应得 " + allowed.shown() + " 分，报告得分 "
              + Decimals.plain(row.score()) + " 分" : ""));
    });
  }

  private static String shortRule(String text) {
    return text.length() <= 40 ? text : text.substring(0, 39) + "…";
  }

  /** Length of the longest common substring. */
  private static int common(String a, String b) {
    int best = 0;
    for (int i = 0; i < a.length(); i++) {
      for (int j = 0; j < b.length(); j++) {
        int k = 0;
        while (i + k < a.length() && j + k < b.length() && a.charAt(i + k) == b.charAt(j + k)) {
          k++;
        }
        best = Math.max(best, k);
      }
    }
    return best;
  }

  private java.util.Optional<Finding> fullLowerBand(
      IndicatorRow row, ScoringRule rule, @Nullable BigDecimal x, FindingBuilder b) {
    BigDecimal w = row.weight();
    if (w == null || w.signum() <= 0) {
      return java.util.Optional.empty();
    }
    BigDecimal top = null;
    for (ScoringRule.FullIf f : rule.all(ScoringRule.FullIf.class)) {
      if (f.op() == org.jixiao.schema.Comparator.GE || f.op() == org.jixiao.schema.Comparator.GT) {
        top = f.x();
      }
    }
    for (ScoringRule.Band band : rule.all(ScoringRule.Band.class)) {
      if (band.hi() == null && band.lo() != null && band.points(w).compareTo(w) >= 0) {
        top = top == null ? band.lo() : top.max(band.lo());
      }
    }
    if (top == null) {
      return java.util.Optional.empty();
    }
    for (ScoringRule.Band band : rule.all(ScoringRule.Band.class)) {
      if (band.hi() != null && band.hi().compareTo(top) <= 0 && band.points(w).compareTo(w) >= 0 && !band.empty()) {
        boolean decides = x != null && band.contains(x); // an unknown actual is not known to fall in it
        String shown = (band.lo() == null ? "" : Decimals.plain(band.lo()) + "%") + "–" + Decimals.plain(band.hi()) + "%";
        return java.util.Optional.of(
            b.severity(decides ? Severity.WARNING : Severity.INFO)
                .certainty(Certainty.HIGH)
                .stated(shown + " 得 " + Decimals.plain(band.points(w)) + " 分")
                .recomputed("低于满分")
                .message(
                    "评分规则中低于满分门槛 " + Decimals.plain(top) + "% 的档次 " + shown + " 仍得满分 "
                        + Decimals.plain(band.points(w)) + " 分，高低两档无差别"));
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * "≥90%得满分；≥95%得4分": of two open-ended bands, the higher threshold pays less, so a row that does better loses
   * points. Which band was meant is a reading: WARNING MEDIUM.
   */
  private java.util.Optional<Finding> higherBandPaysLess(IndicatorRow row, ScoringRule rule, FindingBuilder b) {
    BigDecimal w = row.weight();
    if (w == null || w.signum() <= 0) {
      return java.util.Optional.empty();
    }
    List<BigDecimal[]> open = new java.util.ArrayList<>(); // {threshold, points}
    for (ScoringRule.FullIf f : rule.all(ScoringRule.FullIf.class)) {
      if (f.op() == org.jixiao.schema.Comparator.GE || f.op() == org.jixiao.schema.Comparator.GT) {
        open.add(new BigDecimal[] {f.x(), w});
      }
    }
    for (ScoringRule.Band band : rule.all(ScoringRule.Band.class)) {
      if (band.hi() == null && band.lo() != null) {
        open.add(new BigDecimal[] {band.lo(), band.points(w).min(w)}); // a band printed above the row's weight pays it
      }
    }
    for (BigDecimal[] low : open) {
      for (BigDecimal[] high : open) {
        if (high[0].compareTo(low[0]) > 0 && high[1].compareTo(low[1]) < 0) {
          return java.util.Optional.of(b.severity(Severity.WARNING).certainty(Certainty.MEDIUM)
              .stated("≥" + Decimals.plain(high[0]) + "% 得 " + Decimals.plain(high[1]) + " 分")
              .recomputed("≥ " + Decimals.plain(low[1]) + " 分")
              .message("评分规则中更高的档次 ≥" + Decimals.plain(high[0]) + "% 得 " + Decimals.plain(high[1])
                  + " 分，少于较低档次 ≥" + Decimals.plain(low[0]) + "% 的 " + Decimals.plain(low[1]) + " 分：完成得更好反而扣分"));
        }
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * "执行率100%得满分；95%（含）-100%得1分；95%以下得2分": bands side by side whose pay goes down and then up again (or up
   * and down), so one of them pays against the rule's own direction (here the lowest pays more than the band above
   * it). Bands paying less the higher they lie are a lower-is-better rate (调整率), no defect. No reading is needed:
   * WARNING HIGH (h178).
   */
  private java.util.Optional<Finding> lowerBandPaysMore(IndicatorRow row, ScoringRule rule, FindingBuilder b) {
    BigDecimal w = row.weight();
    if (w == null || w.signum() <= 0) {
      return java.util.Optional.empty();
    }
    List<Interval> bands = new java.util.ArrayList<>();
    for (ScoringRule.FullIf f : rule.all(ScoringRule.FullIf.class)) {
      switch (f.op()) {
        case GE, GT -> bands.add(new Interval(f.x(), null, w));
        case LE, LT -> bands.add(new Interval(null, f.x(), w));
        case EQ -> bands.add(new Interval(f.x(), f.x(), w));
        default -> { }
      }
    }
    for (ScoringRule.ZeroIf z : rule.all(ScoringRule.ZeroIf.class)) {
      switch (z.op()) {
        case LT, LE -> bands.add(new Interval(null, z.x(), BigDecimal.ZERO));
        case GT, GE -> bands.add(new Interval(z.x(), null, BigDecimal.ZERO));
        default -> { }
      }
    }
    for (ScoringRule.Band band : rule.all(ScoringRule.Band.class)) {
      if (!band.empty() && (band.lo() != null || band.hi() != null)) {
        bands.add(new Interval(band.lo(), band.hi(), band.points(w).min(w)));
      }
    }
    // the bands in order from the lowest up, when each lies wholly above the one before (overlaps are gapOrOverlap's)
    bands.sort(java.util.Comparator.comparing((Interval i) -> i.lo() == null ? null : i.lo(),
        java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
    for (int k = 1; k < bands.size(); k++) {
      Interval below = bands.get(k - 1);
      Interval above = bands.get(k);
      if (below.hi() == null || above.lo() == null || above.lo().compareTo(below.hi()) < 0) {
        return java.util.Optional.empty();
      }
    }
    int rising = 0;
    int falling = 0;
    for (int k = 1; k < bands.size(); k++) {
      int c = bands.get(k).pts().compareTo(bands.get(k - 1).pts());
      rising += c > 0 ? 1 : 0;
      falling += c < 0 ? 1 : 0;
    }
    if (rising == 0 || falling == 0) {
      return java.util.Optional.empty();
    }
    // the step against the rule's overall direction (lowest band to highest)
    boolean risesOverall = bands.getLast().pts().compareTo(bands.getFirst().pts()) >= 0;
    for (int k = 1; k < bands.size(); k++) {
      Interval low = bands.get(k - 1);
      Interval high = bands.get(k);
      int c = high.pts().compareTo(low.pts());
      if (risesOverall ? c < 0 : c > 0) {
        return java.util.Optional.of(b.severity(Severity.WARNING).certainty(Certainty.HIGH)
            .stated(shown(risesOverall ? low : high) + " 得 " + Decimals.plain((risesOverall ? low : high).pts()) + " 分")
            .recomputed("≤ " + Decimals.plain(risesOverall ? high.pts() : low.pts()) + " 分") // at most what its neighbour pays
            .message("评分规则中档次 " + shown(low) + " 得 " + Decimals.plain(low.pts()) + " 分，其上的档次 " + shown(high) + " 得 "
                + Decimals.plain(high.pts()) + " 分，与规则其余各档的高低方向相反：得分随完成情况忽高忽低"));
      }
    }
    return java.util.Optional.empty();
  }

  private static String shown(Interval band) {
    if (band.lo() == null) {
      return "<" + Decimals.plain(band.hi()) + "%";
    }
    if (band.hi() == null) {
      return "≥" + Decimals.plain(band.lo()) + "%";
    }
    return band.lo().compareTo(band.hi()) == 0 ? Decimals.plain(band.lo()) + "%"
        : Decimals.plain(band.lo()) + "%–" + Decimals.plain(band.hi()) + "%";
  }

  private record Interval(@Nullable BigDecimal lo, @Nullable BigDecimal hi, BigDecimal pts) {}

  private java.util.Optional<Finding> gapOrOverlap(ScoringRule rule, @Nullable BigDecimal x, FindingBuilder b) {
    List<ScoringRule.Band> bands = rule.all(ScoringRule.Band.class).stream().filter(band -> !band.empty()).toList();
    long bounded = bands.stream().filter(band -> band.lo() != null && band.hi() != null).count();
    boolean otherwiseCovered = rule.clauses().stream().anyMatch(c -> c instanceof ScoringRule.DeductPer
        || c instanceof ScoringRule.RatioBelow || c instanceof ScoringRule.ZeroOtherwise || c instanceof ScoringRule.Judgement);
    if (otherwiseCovered) {
      return java.util.Optional.empty();
    }
    if (bounded < 1) {
      return halfLineOverlap(rule, x, b);
    }
    List<Interval> all = new ArrayList<>();
    for (ScoringRule.Band band : bands) {
      all.add(new Interval(band.lo(), band.hi(), band.payKey()));
    }
    for (ScoringRule.FullIf f : rule.all(ScoringRule.FullIf.class)) {
      if (f.op() == org.jixiao.schema.Comparator.GE || f.op() == org.jixiao.schema.Comparator.GT) {
        all.add(new Interval(f.x(), null, BigDecimal.valueOf(-1)));
      } else if (f.op() == org.jixiao.schema.Comparator.EQ) {
        all.add(new Interval(f.x(), f.x(), BigDecimal.valueOf(-1))); // "100%得6分": the top band is one value
      }
    }
    for (ScoringRule.ZeroIf z : rule.all(ScoringRule.ZeroIf.class)) {
      if (z.op() == org.jixiao.schema.Comparator.LT || z.op() == org.jixiao.schema.Comparator.LE) {
        all.add(new Interval(null, z.x(), BigDecimal.ZERO));
      }
    }
    all.sort(Comparator.comparing(Interval::lo, Comparator.nullsFirst(Comparator.naturalOrder())));
    for (int i = 1; i < all.size(); i++) {
      Interval prev = all.get(i - 1);
      Interval next = all.get(i);
      if (prev.hi() == null || next.lo() == null) {
        continue;
      }
      int c = next.lo().compareTo(prev.hi());
      if (c == 0) {
        continue;
      }
      boolean gap = c > 0;
      BigDecimal from = gap ? prev.hi() : next.lo();
      BigDecimal to = gap ? next.lo() : prev.hi();
      // a gap lies strictly between its bands' bounds (99% and 100% themselves are scored); an overlap includes them
      boolean decides = x != null && (gap ? x.compareTo(from) > 0 && x.compareTo(to) < 0 : x.compareTo(from) >= 0 && x.compareTo(to) <= 0);
      String shown = Decimals.plain(from) + "%–" + Decimals.plain(to) + "%";
      return java.util.Optional.of(
          b.severity(decides ? Severity.WARNING : Severity.INFO)
              .certainty(Certainty.HIGH)
              .stated(shown)
              .recomputed(gap ? "档次间有空缺" : "档次重叠")
              .message(
                  (gap
                      ? "评分规则的档次在 " + shown + " 之间有空缺，此区间的得分未规定"
                      : "评分规则的档次在 " + shown + " 之间重叠，此区间可按两档计分") + outside(x, decides)));
    }
    return halfLineOverlap(rule, x, b);
  }

  /** "；本行实际值 93.2% 不在此区间，不影响本行得分": why a defect that decides nothing of its row is only INFO. */
  private static String outside(@Nullable BigDecimal x, boolean decides) {
    return decides || x == null ? "" : "；本行实际值 " + Decimals.plain(x) + "% 不在此区间，不影响本行得分";
  }

  /** A range of completion paid in proportion: "80%（含）—100%按完成比例计分". */
  private static final Pattern PROPORTION_BAND = Numbers.compile(
      "(?<lo>{N})\\s*%\\s*[（(]?含?[)）]?\\s*[—–\\-~～至到]\\s*(?<hi>{N})\\s*%\\s*[（(]?[^）)]{0,2}[)）]?\\s*(?:的|之间的?)?\\s*按(?:完成)?比例(?:得分|计分)");

  /**
   * A range paid in proportion that another clause scores too: "80%（含）—100%按完成比例计分；低于85%不得分" (h376) pays 80%–85%
   * both ways, as does a 满分 threshold inside the range. WARNING HIGH where the row's completion falls in the overlap, INFO
   * HIGH otherwise, as {@link #gapOrOverlap}.
   */
  private java.util.Optional<Finding> proportionBandOverlap(ScoringRule rule, @Nullable BigDecimal x, FindingBuilder b) {
    Matcher m = PROPORTION_BAND.matcher(RuleParser.normalize(rule.text()));
    if (!m.find()) {
      return java.util.Optional.empty();
    }
    BigDecimal lo = Numbers.of(m.group("lo"));
    BigDecimal hi = Numbers.of(m.group("hi"));
    for (ScoringRule.ZeroIf z : rule.all(ScoringRule.ZeroIf.class)) {
      boolean below = z.op() == org.jixiao.schema.Comparator.LT || z.op() == org.jixiao.schema.Comparator.LE;
      if (below && z.x().compareTo(lo) > 0) {
        BigDecimal to = z.x().min(hi);
        boolean decides = x != null && x.compareTo(lo) >= 0 && x.compareTo(to) < 0;
        String shown = Decimals.plain(lo) + "%–" + Decimals.plain(to) + "%";
        return java.util.Optional.of(b.severity(decides ? Severity.WARNING : Severity.INFO)
            .certainty(Certainty.HIGH)
            .stated(shown)
            .recomputed("档次重叠")
            .message("评分规则在 " + shown + " 之间既按完成比例计分，又“" + z.op().symbol() + Decimals.plain(z.x()) + "%不得分”：此区间可按两档计分"
                + outside(x, decides)));
      }
    }
    return java.util.Optional.empty();
  }

  /** The rate a rule's percent clauses are on: the row's percent actual, else its completion of a count (54 of 60个: 90%). */
  private static @Nullable BigDecimal rateOf(IndicatorRow row, @Nullable BigDecimal x) {
    return x != null ? x : RuleScorer.completionOf(row.targetValue(), row.actualValue());
  }

  /**
   * A band open upwards ("≥85%得6分", "≥90%得满分") and one open downwards ("<90%不得分") whose
   * ranges cross and whose points differ: the values between them score twice ("≥85%得6分；<90%不得分"
   * is 6 and 0 on 85%–90%). Bands open the same way are a cascade (≥90 满分；≥85 6分), no defect.
   */
  private java.util.Optional<Finding> halfLineOverlap(ScoringRule rule, @Nullable BigDecimal x, FindingBuilder b) {
    List<Interval> up = new ArrayList<>();
    List<Interval> down = new ArrayList<>();
    BigDecimal full = BigDecimal.valueOf(-1);
    for (ScoringRule.FullIf f : rule.all(ScoringRule.FullIf.class)) {
      if (f.op() == org.jixiao.schema.Comparator.GE || f.op() == org.jixiao.schema.Comparator.GT) {
        up.add(new Interval(f.x(), null, full));
      }
    }
    for (ScoringRule.ZeroIf z : rule.all(ScoringRule.ZeroIf.class)) {
      if (z.op() == org.jixiao.schema.Comparator.LT || z.op() == org.jixiao.schema.Comparator.LE) {
        down.add(new Interval(null, z.x(), BigDecimal.ZERO));
      }
    }
    for (ScoringRule.Band band : rule.all(ScoringRule.Band.class)) {
      BigDecimal pts = band.payKey(); // −1 is the full mark, as above
      if (band.lo() != null && band.hi() == null) {
        up.add(new Interval(band.lo(), null, pts));
      } else if (band.lo() == null && band.hi() != null) {
        down.add(new Interval(null, band.hi(), pts));
      }
    }
    // "≥95%得满分；90%（含）—95%（含）得5分" (h208): the full mark's threshold is also the band's included top, so 95% pays
    // both
    for (ScoringRule.FullIf f : rule.all(ScoringRule.FullIf.class)) {
      for (ScoringRule.Band band : rule.all(ScoringRule.Band.class)) {
        if (f.op() == org.jixiao.schema.Comparator.GE && band.hi() != null && Boolean.TRUE.equals(band.hiInclusive())
            && band.lo() != null && band.hi().compareTo(f.x()) == 0 && band.payKey().compareTo(full) != 0) {
          boolean decides = x != null && x.compareTo(f.x()) == 0;
          String shown = Decimals.plain(f.x()) + "%";
          return java.util.Optional.of(
              b.severity(decides ? Severity.WARNING : Severity.INFO)
                  .certainty(Certainty.HIGH)
                  .stated(shown)
                  .recomputed("档次重叠")
                  .message("评分规则的两个档次都包含 " + shown + "（满分档与 " + shown(new Interval(band.lo(), band.hi(), band.payKey()))
                      + " 档），此值可按两档计分" + (decides ? "" : "；本行实际值 " + (x == null ? "未知" : Decimals.plain(x) + "%")
                      + " 不是此值，不影响得分")));
        }
      }
    }
    for (Interval u : up) {
      for (Interval d : down) {
        if (u.lo().compareTo(d.hi()) >= 0 || u.pts().compareTo(d.pts()) == 0) {
          continue;
        }
        boolean decides = x != null && x.compareTo(u.lo()) >= 0 && x.compareTo(d.hi()) <= 0;
        String shown = Decimals.plain(u.lo()) + "%–" + Decimals.plain(d.hi()) + "%";
        return java.util.Optional.of(
            b.severity(decides ? Severity.WARNING : Severity.INFO)
                .certainty(Certainty.HIGH)
                .stated(shown)
                .recomputed("档次重叠")
                .message("评分规则的档次在 " + shown + " 之间重叠，此区间可按两档计分"
                    + (decides ? "" : "；本行实际值 " + (x == null ? "未知" : Decimals.plain(x) + "%") + " 不在其中，不影响得分")));
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * Bands of a 偏差率 (DeviationBands, h325) that both hold one printed bound ("不低于-5%" and "-5%（含）至-10%（含）"): the
   * report's standard for every quantitative row scores that rate two ways, whatever this year's rows, as with the first
   * empty range of a document. WARNING HIGH, once.
   */
  private void deviationBands(AuditSubject subject, List<Finding> out) {
    DeviationBands.Scheme scheme = DeviationBands.scheme(subject.text()).orElse(null);
    BigDecimal at = scheme == null ? null : scheme.overlap().orElse(null);
    if (at == null) {
      return;
    }
    List<DeviationBands.Band> both = scheme.bandsOf(at);
    out.add(FindingBuilder.of(subject.file(), id())
        .severity(Severity.WARNING)
        .certainty(Certainty.HIGH)
        .indicator("偏差率分档")
        .location(new TextSpan(subject.file(), null, scheme.start(), scheme.end()))
        .stated(both.stream().map(DeviationBands.Band::printed).collect(Collectors.joining("；")))
        .recomputed("偏差率 " + Decimals.plain(at) + "% 同属 " + both.size() + " 档")
        .rule("分档不得重叠")
        .message("偏差率 " + Decimals.plain(at) + "% 既在“" + both.get(0).printed() + "”，又在“" + both.get(1).printed()
            + "”，两档得分不同，规则不能按所写适用"));
  }
}
