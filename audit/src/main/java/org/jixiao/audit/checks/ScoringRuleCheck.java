package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
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
import org.jixiao.schema.Severity;
import org.jixiao.schema.TextSpan;
import org.jixiao.schema.ValueKind;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * 评分规则: where a row prints its rule, the rule is parsed ({@link RuleParser}) and the score
 * recomputed by {@link RuleScorer} from the row's actual value and weight. A score no reading of the
 * rule gives is an ERROR HIGH when the rule and the actual are unambiguous, a WARNING MEDIUM when
 * applying the rule needed a reading (a count of faults, an open band boundary, a threshold taken
 * from the target). Silent on rounding to the printed precision and on rules that leave the score to
 * judgement (酌情扣分). A table note that states the rule for every row ("得分一栏按照实际完成值与
 * 年度指标值的比例计算") is applied to the rows that print none, after a note item naming the row or its
 * 二级指标 ({@link NoteRules}: "计分说明：…2.数量指标得分=分值×完成率"). The rows whose printed rule is not
 * understood are named in one INFO line per document, as are the rows with no rule whose score
 * differs from actual ÷ target × weight. The 预算执行率 row is left to {@link BudgetRowScoreCheck}.
 *
 * <p>A row printing no actual takes the rate its rule is on from its own remark ({@link RemarkActual}); a
 * score is compared at the precision the report prints its scores (a report printing 2.5 elsewhere
 * does not round 2.5 to 3); a text in the rule column that states no score at all is a remark, neither
 * checked nor counted as not understood.
 */
public final class ScoringRuleCheck implements Check {
  private static final int MAX_NAMED = 8;
  private static final List<String> RULE_SIGNS =
      org.jixiao.text.words.WordList.lines(ScoringRuleCheck.class, "rule-signs.txt");
  /** "得4分", "4分": a number of points. */
  private static final java.util.regex.Pattern POINTS = Numbers.compile("{N}\\s*分(?!之)");
  private final RuleParser parser;
  private final BudgetRowScoreCheck budgetRow;

  public ScoringRuleCheck() {
    this.parser = RuleParser.standard();
    this.budgetRow = new BudgetRowScoreCheck();
  }

  @Override
  public CheckId id() {
    return CheckId.SCORING_RULE;
  }

  @Override
  public List<Finding> check(AuditSubject subject) {
    List<Finding> out = new ArrayList<>();
    List<IndicatorRow> notUnderstood = new ArrayList<>();
    ScoringRule note = tableNote(subject.text());
    NoteRules noteRules = NoteRules.of(subject.text(), parser);
    int scoreScale = scoreScale(subject.report().indicators());
    boolean weighted = PercentScale.weighted(subject); // rules on a 100-point scale, scores weighted (h328)
    Set<IndicatorRow> banded = deviationBands(subject, out);
    int panel = panel(subject.text());
    for (IndicatorRow row : subject.report().indicators()) {
      BigDecimal weight = row.weight();
      BigDecimal score = row.score();
      if (weight == null || score == null || weight.signum() <= 0 || banded.contains(row) || budgetRow.owns(subject, row)
          || ForeignRule.namedIn(subject.report(), row).isPresent() || RowScoreCheck.zeroLostOnAScan(row)) {
        // a rule naming another indicator is MalformedRuleCheck's: it does not score this row; nor is a row scored
        // against a target whose 0 the recognizer lost ("≥90%" read "≥9%", h534)
        continue;
      }
      FindingBuilder b =
          FindingBuilder.of(subject.file(), id())
              .indicator(row.level3())
              .location(FindingBuilder.where(row, IndicatorField.score))
              .stated(Decimals.plain(score));
      String printed = row.rule();
      ScoringRule rule;
      ScoringRule remarked = printed == null || printed.isBlank() ? RemarkRule.of(row, parser) : null;
      if (remarked != null) {
        rule = remarked; // the rule the row's own remark states after its reason (h172: "…有意见；≥90%得满分，每低1个百分点扣1分")
      } else if (printed == null || printed.isBlank()) {
        ScoringRule noted = noteRules.ruleFor(row);
        if (noted != null) {
          rule = noted; // a note item stating this row's (or its 二级指标's) rule
        } else if (note == null) {
          continue; // no rule printed: a score is not recomputed under a rule the report does not state
        } else {
          rule = note;
        }
      } else {
        rule = parser.parse(printed);
      }
      b.rule(shorten(rule.text()));
      if (!rule.understood()) {
        BigDecimal delayed = delayPay(row, rule.text(), noteRules);
        if (delayed != null) {
          BigDecimal due = delayed.stripTrailingZeros();
          if (due.setScale(Math.max(score.scale(), scoreScale), RoundingMode.HALF_UP).compareTo(score) != 0) {
            out.add(b.severity(Severity.WARNING).certainty(Certainty.MEDIUM).recomputed(Decimals.plain(due))
                .message(row.level3() + " 按延期分档应得 " + Decimals.plain(due) + " 分（实际完成值 " + row.actual()
                    + "），报告得分 " + Decimals.plain(score) + " 分（规则的适用需要解读）"));
          }
          continue;
        }
        if (isRule(rule.text())) {
          notUnderstood.add(row);
        }
        continue; // a remark in a column of rules and remarks (扣分原因及评分依据) is no rule at all
      }
      IndicatorRow measured = RuleRemarkValues.of(rule.text(), row);
      IndicatorRow read = measured == null ? row : measured;
      BigDecimal x = percent(read.actualValue(), read.actual());
      RemarkActual remark = x == null ? RemarkActual.of(rule, read) : null;
      if (remark != null) {
        x = remark.percent(); // the rate the rule is on, as the row's own remark states it
      }
      String actualShown = remark != null ? remark.shown() : measured != null ? measured.actual() + "（说明中）" : row.actual();
      IndicatorRow onHundred = weighted ? PercentScale.onRuleScale(read) : null;
      RuleScorer.Allowed allowed = onHundred == null ? RuleScorer.allowed(rule, read, weight, score, x, panel)
          : PercentScale.toWeight(RuleScorer.allowed(rule, onHundred, onHundred.weight(), onHundred.score(), x), weight);
      // a band paying more than the row's weight ("≥95%得7分" on 6) is MalformedRuleCheck's; the score it caps is no error
      boolean cappedAtWeight = allowed != null && allowed.min().compareTo(weight) > 0 && score.compareTo(weight) == 0;
      if (allowed != null && !allowed.admits(score.setScale(Math.max(score.scale(), scoreScale)))
          && !explainedDeduction(row, allowed, score, scoreScale) && !cappedAtWeight) {
        boolean certain = !allowed.reading();
        out.add(
            b.severity(certain ? Severity.ERROR : Severity.WARNING)
                .certainty(certain ? Certainty.HIGH : Certainty.MEDIUM)
                .recomputed(allowed.shown())
                .message(
                    row.level3() + " 按本行评分规则应得 " + allowed.shown() + " 分（" + allowed.how()
                        + "；实际完成值 " + (actualShown == null ? "未填" : actualShown) + "），报告得分 "
                        + Decimals.plain(score) + " 分"
                        + (certain ? "" : "（规则的适用需要解读）")));
      }
    }
    proseRules(subject, scoreScale, out);
    gradedRows(subject, scoreScale, out);
    subItems(subject, out);
    if (!notUnderstood.isEmpty()) {
      // one line per document: what the rules could not check, never one line per row
      out.add(
          FindingBuilder.of(subject.file(), id())
              .severity(Severity.INFO)
              .certainty(Certainty.LOW)
              .location(FindingBuilder.where(notUnderstood.get(0), IndicatorField.score))
              .stated(String.valueOf(notUnderstood.size()))
              .message(notUnderstood.size() + " 行的评分规则未能解析，未据规则复核得分："
                  + names(notUnderstood.stream().map(IndicatorRow::level3).toList())));
    }
    return out;
  }

  /**
   * What a rule scoring a delay by bands pays for the delay the row's actual states ("延期20天" under "延期1个月以内（含）的得
   * 分值的80%"): the bands its own rule prints, else its note item's (h533: a remark "…按说明4延期1个月以内得分值的80%" in the
   * rule column, the bands in 说明4); null when there are no bands, no one stated delay or no one band it falls in.
   */
  private static @Nullable BigDecimal delayPay(IndicatorRow row, String ruleText, NoteRules notes) {
    List<DelayBands.Band> bands = DelayBands.of(ruleText, row.weight());
    String noted = bands.isEmpty() ? notes.itemFor(row) : null;
    if (noted != null) {
      bands = DelayBands.of(noted, row.weight());
    }
    DelayBands.Delay delay = DelayBands.stated(row.actual());
    return bands.isEmpty() || delay == null ? null : DelayBands.payFor(bands, delay).orElse(null);
  }

  /**
   * Rows graded 优/良/中/差 in a report printing each grade's coefficient (指标得分=分值×得分系数, h217): a score other than
   * the weight times its own grade's coefficient is an ERROR HIGH, by the report's own table. Rows already found are left
   * alone (one finding per problem).
   */
  private void gradedRows(AuditSubject subject, int scoreScale, List<Finding> out) {
    String text = subject.text();
    if (text == null || !text.contains("系数")) {
      return;
    }
    GradeCoefficients table = GradeCoefficients.in(text);
    for (GradeCoefficients.GradedRow graded : table.rows()) {
      BigDecimal factor = table.factor(graded.grade());
      IndicatorRow row = subject.report().indicators().stream()
          .filter(r -> r.weight() != null && r.score() != null && r.weight().compareTo(graded.weight()) == 0
              && r.score().compareTo(graded.score()) == 0 && graded.cells().contains(Names.compact(r.level3())))
          .findFirst().orElse(null);
      if (factor == null || row == null || out.stream().anyMatch(f -> row.level3().equals(f.indicator()))) {
        continue;
      }
      BigDecimal due = graded.weight().multiply(factor);
      int scale = Math.max(graded.score().scale(), scoreScale);
      if (due.setScale(scale, RoundingMode.HALF_UP).compareTo(graded.score().setScale(scale, RoundingMode.HALF_UP)) == 0) {
        continue;
      }
      String shown = Decimals.plain(due.stripTrailingZeros());
      String percent = Decimals.plain(factor.movePointRight(2).stripTrailingZeros());
      out.add(FindingBuilder.of(subject.file(), id())
          .severity(Severity.ERROR).certainty(Certainty.HIGH)
          .indicator(row.level3())
          .location(FindingBuilder.where(row, IndicatorField.score))
          .stated(Decimals.plain(graded.score()))
          .recomputed(shown)
          .message(row.level3() + " 评价等级为“" + graded.grade() + "”，按报告所列得分系数 " + percent + "% 应得 " + shown
              + " 分（分值 " + Decimals.plain(graded.weight()) + " × " + percent + "%），报告得分 " + Decimals.plain(graded.score())
              + " 分"));
    }
  }

  /**
   * A row's rule quoted in the prose that analyses it, "灌溉保证率（6分）：评分标准为“≥85%得满分，每降低1个百分点扣0.5分”" (h355, a
   * third-party report's 绩效分析): the report's own statement of how the row is scored, so a score it does not give is
   * found as by a printed rule, even where the table's rule column prints another rule the score follows. Rows already
   * found are left alone (one finding per problem).
   */
  private void proseRules(AuditSubject subject, int scoreScale, List<Finding> out) {
    String text = subject.text();
    if (text == null || !text.contains("评分标准")) {
      return;
    }
    for (IndicatorRow row : subject.report().indicators()) {
      BigDecimal weight = row.weight();
      BigDecimal score = row.score();
      if (weight == null || score == null || weight.signum() <= 0 || row.level3().length() < MIN_PROSE_RULE_NAME
          || out.stream().anyMatch(f -> row.level3().equals(f.indicator()))) {
        continue;
      }
      Matcher m = Numbers.compile(Pattern.quote(row.level3()) + "\\s*[（(]\\s*(?<w>{N})\\s*分\\s*[)）]\\s*[:：]\\s*评分标准"
          + "(?:为|是)?\\s*[“\"「](?<rule>[^”\"」]{4,120})[”\"」]").matcher(text);
      if (!m.find() || Numbers.of(m.group("w")).compareTo(weight) != 0) {
        continue;
      }
      ScoringRule rule = parser.parse(m.group("rule"));
      if (!rule.understood()) {
        continue;
      }
      RuleScorer.Allowed allowed = RuleScorer.allowed(rule, row, weight, score, percent(row.actualValue(), row.actual()));
      if (allowed == null || allowed.admits(score.setScale(Math.max(score.scale(), scoreScale)))) {
        continue;
      }
      boolean certain = !allowed.reading();
      out.add(FindingBuilder.of(subject.file(), id())
          .indicator(row.level3())
          .location(new TextSpan(subject.file(), null, m.start("rule"), m.end("rule")))
          .stated(Decimals.plain(score))
          .rule(shorten(rule.text()))
          .severity(certain ? Severity.ERROR : Severity.WARNING)
          .certainty(certain ? Certainty.HIGH : Certainty.MEDIUM)
          .recomputed(allowed.shown())
          .message(row.level3() + " 按正文所载评分标准“" + shorten(m.group("rule")) + "”应得 " + allowed.shown() + " 分（"
              + allowed.how() + "；实际完成值 " + row.actual() + "），报告得分 " + Decimals.plain(score) + " 分"
              + (row.rule() == null || row.rule().isBlank() ? "" : "；表中本行规则为“" + shorten(row.rule()) + "”")));
    }
  }

  /** The shortest row name sought in the prose with its rule: a shorter one may stand in another row's name. */
  private static final int MIN_PROSE_RULE_NAME = 4;

  /**
   * Sub-items scored by their own printed rules ({@link SubItemTables}): where one's score is not what its rule gives, the
   * sum the rules give against the table's 小计, reported on the indicator whose 分值 and 得分 that 小计 prints (h340:
   * 多媒体教室设备 176 of 180间 under 每少1间扣0.25分 gives 2, printed 2.5, so 教学仪器设备配备 7.5 → 7). ERROR HIGH when no
   * rule needed a reading. Sub-items the extractor read as rows are the rows' own checks.
   */
  private void subItems(AuditSubject subject, List<Finding> out) {
    List<IndicatorRow> rows = subject.report().indicators();
    for (SubItemTables.Table table : SubItemTables.in(subject.text(), subject.file())) {
      BigDecimal sum = BigDecimal.ZERO;
      boolean reading = false;
      List<String> wrong = new ArrayList<>();
      for (IndicatorRow item : table.items()) {
        if (sum == null || item.weight() == null || item.score() == null
            || rows.stream().anyMatch(r -> item.level3().equals(r.level3()))) {
          sum = null;
          continue;
        }
        ScoringRule rule = parser.parse(item.rule());
        RuleScorer.Allowed allowed = rule.understood()
            ? RuleScorer.allowed(rule, item, item.weight(), item.score(), percent(item.actualValue(), item.actual())) : null;
        if (allowed == null || allowed.admits(item.score())) {
          sum = sum.add(item.score());
        } else if (allowed.min().compareTo(allowed.max()) == 0) {
          sum = sum.add(allowed.min());
          reading |= allowed.reading();
          wrong.add(item.level3() + " 按其规则“" + shorten(rule.text()) + "”应得 " + allowed.shown() + " 分（" + allowed.how()
              + "；完成值 " + item.actual() + "），表中 " + Decimals.plain(item.score()) + " 分");
        } else {
          sum = null; // a rule that allows a range: the sum is no one figure
        }
      }
      if (sum == null || wrong.isEmpty() || Decimals.agreesAtPrintedPrecision(table.score(), sum)) {
        continue;
      }
      List<IndicatorRow> parents = rows.stream()
          .filter(r -> r.weight() != null && r.score() != null && r.weight().compareTo(table.weight()) == 0
              && r.score().compareTo(table.score()) == 0).toList();
      FindingBuilder b = FindingBuilder.of(subject.file(), id())
          .severity(reading ? Severity.WARNING : Severity.ERROR)
          .certainty(reading ? Certainty.MEDIUM : Certainty.HIGH)
          .stated(Decimals.plain(table.score()))
          .recomputed(Decimals.plain(sum))
          .rule("指标得分 = 子项按各自评分规则所得之和");
      if (parents.size() == 1) {
        IndicatorRow parent = parents.get(0);
        b.indicator(parent.level3()).location(FindingBuilder.where(parent, IndicatorField.score));
      } else {
        TabLine.Cell cell = table.scoreCell();
        b.indicator(table.total().label()).location(new TextSpan(subject.file(), null, cell.start(), cell.end()));
      }
      out.add(b.message(String.join("；", wrong) + "：子项得分之和应为 " + Decimals.plain(sum) + "，表中"
          + table.total().label() + " " + Decimals.plain(table.score())
          + (parents.size() == 1 ? "，" + parents.get(0).level3() + " 得分同" : "")));
    }
  }

  /** A table note giving the rule for every row, or null; only the ratio-to-target family is taken. */
  private @Nullable ScoringRule tableNote(@Nullable String text) {
    if (text == null) {
      return null;
    }
    for (String line : text.split("\n")) {
      if (line.length() < 300 && line.contains("注") && line.contains("得分")) {
        ScoringRule rule = parser.parse(line);
        if (rule.clauses().size() == 1 && rule.clauses().get(0) instanceof ScoringRule.RatioToTarget) {
          return new ScoringRule(line.strip(), List.of(new ScoringRule.RatioToTarget(true)));
        }
      }
    }
    return null;
  }

  /**
   * The precision the report prints its scores at: the most decimals any row's score prints. A column
   * that prints 2.5 elsewhere would print 2.5 here, so its 3 is not 2.5 rounded.
   */
  /**
   * Rows scored by bands of their 偏差率 (DeviationBands, h325): the band of the rate their own target and actual give
   * pays its share of the weight. ERROR HIGH when the score is neither that nor what the printed rate's band pays (a
   * score following a misprinted rate is the rate's finding, ArithmeticCheck's). The rows read here, each checked once.
   */
  private Set<IndicatorRow> deviationBands(AuditSubject subject, List<Finding> out) {
    Set<IndicatorRow> read = Collections.newSetFromMap(new IdentityHashMap<>());
    DeviationBands.Scheme scheme = DeviationBands.scheme(subject.text()).orElse(null);
    if (scheme == null || scheme.bands().isEmpty()) {
      return read;
    }
    for (DeviationBands.RowRate r : DeviationBands.rates(subject, scheme)) {
      IndicatorRow row = r.row();
      read.add(row);
      BigDecimal x = r.computed() != null ? r.computed() : r.value();
      List<DeviationBands.Band> bands = scheme.bandsOf(x);
      List<DeviationBands.Band> printedBands = scheme.bandsOf(r.value());
      if (row.weight() == null || row.score() == null || bands.size() != 1) {
        continue;
      }
      BigDecimal expected = row.weight().multiply(bands.get(0).share());
      boolean byPrinted = printedBands.size() == 1
          && Decimals.agreesAtPrintedPrecision(row.score(), row.weight().multiply(printedBands.get(0).share()));
      if (Decimals.agreesAtPrintedPrecision(row.score(), expected) || byPrinted) {
        continue;
      }
      out.add(FindingBuilder.of(subject.file(), id())
          .severity(Severity.ERROR)
          .certainty(Certainty.HIGH)
          .indicator(row.level3())
          .location(FindingBuilder.where(row, IndicatorField.score))
          .stated(Decimals.plain(row.score()))
          .recomputed(Decimals.plain(expected, 2))
          .rule(shorten(bands.get(0).printed()))
          .message(row.level3() + " 偏差率 " + Decimals.plain(x, 2) + "%，按“" + bands.get(0).printed() + "”应得 "
              + Decimals.plain(expected, 2) + " 分，报告得分 " + Decimals.plain(row.score()) + " 分"));
    }
    return read;
  }

  private static int scoreScale(List<IndicatorRow> rows) {
    return rows.stream().map(IndicatorRow::score).filter(java.util.Objects::nonNull)
        .mapToInt(v -> Math.max(0, v.stripTrailingZeros().scale())).max().orElse(0);
  }

  /** Whether a text states a score at all (得分, 扣, 满分, N分); a remark does not. */
  private static boolean isRule(String text) {
    String folded = Numbers.foldText(text);
    if (DEDUCTION_MADE.matcher(folded.strip()).matches()) {
      return false; // "部分路段整治后反弹，扣1分": why points were taken, in a 扣分说明 column; no rule to check against
    }
    if (FULL_MARKS_EARNED.matcher(folded.strip()).matches()) {
      return false; // "问卷调查420份，满意度92.8%，得满分" (h242): what the row earned and on what figures, no rule
    }
    return RULE_SIGNS.stream().anyMatch(folded::contains) || POINTS.matcher(folded).find();
  }

  /**
   * Whether the row's remark states a reason and the points it cost ("部分学校课后服务收费公示不及时，扣1分"), and the
   * rule's score less those points is the score: the evaluator took them off by judgement and said why (h234), which
   * is no arithmetic error of the report. A flat deduction where the rule scores by proportion is not that (h473: "部分
   * 外出务工村民未参与筹资筹劳，扣2分" on 72.8% of ≥80%, 5 of 7, the 说明's rule giving 6.37; h478: 4 and 2 of 6 where the
   * rule gives 5.68).
   */
  private static boolean explainedDeduction(IndicatorRow row, RuleScorer.Allowed allowed, BigDecimal score, int scoreScale) {
    String remark = row.deviationReason();
    if (remark == null) {
      return false;
    }
    java.util.regex.Matcher m = DEDUCTION_MADE.matcher(Numbers.foldText(remark).strip());
    if (!m.matches()) {
      return false;
    }
    BigDecimal taken = Numbers.of(m.group(1));
    if (taken == null || taken.signum() <= 0) {
      return false;
    }
    // at the precision the report prints its scores: 4 and 2 make 6.00, not the rule's 5.68 rounded to a whole (h478)
    BigDecimal before = score.add(taken);
    return allowed.admits(before.setScale(Math.max(before.scale(), scoreScale)));
  }

  /** A reason, then the points it cost, with no condition that would make it a rule (每…, 低于…, 未达到…的, ≥…). */
  private static final java.util.regex.Pattern DEDUCTION_MADE = Numbers.compile(
      "(?!.*(?:每|低于|高于|未达到[^,，]*的|达到|否则|如|若|以上|以下|[≥≤<>]))[^;；。]{2,40}[,，]\\s*扣(?:减|除)?\\s*({N})\\s*分[。.]?"
          // and a note on it in brackets ("…，扣0.5分（评审后补充资料复核调整）", h459)
          + "(?:[（(][^（）()]{1,30}[）)])?[。.]?");

  /** "各指标得分取3名专家评分的算术平均值": each score is the mean of so many experts'. */
  private static final java.util.regex.Pattern PANEL_MEAN = Numbers.compile(
      "(?<n>{N}|[二三四五六七八九])\\s*(?:名|位)专家(?:评分|打分|所评分数)?的?(?:算术)?平均");

  /** How many experts' scores each score averages, 1 when the report says of none. */
  private static int panel(@Nullable String text) {
    java.util.regex.Matcher m = text == null ? null : PANEL_MEAN.matcher(text);
    if (m == null || !m.find()) {
      return 1;
    }
    BigDecimal n = Numbers.parse(m.group("n")).orElse(BigDecimal.ONE);
    return n.signum() > 0 && n.compareTo(BigDecimal.TEN) < 0 ? n.intValue() : 1;
  }

  /** Figures found, then full marks, with no condition that would make it a rule: an account of the score. */
  private static final java.util.regex.Pattern FULL_MARKS_EARNED = Numbers.compile(
      "(?!.*(?:每|低于|高于|超过|不少于|不低于|不超过|未达到|达到|否则|如|若|以上|以下|[≥≤<>]))(?=[^;；。]*{N})"
          + "[^;；。]{2,60}[,，]\\s*得满分[。.]?");

  private static String names(List<String> names) {
    String shown = String.join("、", names.subList(0, Math.min(MAX_NAMED, names.size())));
    return names.size() > MAX_NAMED ? shown + " 等" : shown;
  }

  private static String shorten(String printed) {
    String s = printed.strip();
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }

  /** The actual value in percent when it is printed as a percentage, else null. */
  static @Nullable BigDecimal percent(@Nullable ParsedValue value, @Nullable String printed) {
    if (value != null && value.kind() == ValueKind.QUANTITY && value.number() != null) {
      return "%".equals(RowScoreCheck.unit(value)) ? value.number() : null;
    }
    if (printed != null) {
      return Numbers.parsePercent(printed).orElse(null);
    }
    return null;
  }

}
