package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.Check;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.audit.internal.FindingBuilder;
import org.jixiao.schema.Budget;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.jixiao.schema.Severity;
import org.jixiao.text.name.Names;
import org.jixiao.text.words.WordList;
import org.jspecify.annotations.Nullable;

/**
 * 预算执行率行的得分: the score of the row that restates the execution rate (labels in {@code
 * execution-rate-labels.txt}), recomputed by the row's own rule from the rate the report's budget
 * block gives (全年执行数 ÷ 全年预算数). The 财政部 template's 年度资金总额 line ({@code
 * budget-row-template-labels.txt}) is scored 执行率 × 分值 when it prints no rule.
 *
 * <p>One finding per problem: when the row's score follows its own printed rate and that rate is
 * what differs from the budget's, {@link ExecutionRateCheck} reports the rate and this check stays
 * silent. A row printing no rule takes the one a note under the table states for it ({@link NoteRules}),
 * as a printed rule. Severity: a printed rule gives an ERROR MEDIUM (the rate is recomputed from which figures
 * are the budget, an interpretation; HIGH when the row prints that same rate), WARNING when the rule needed a
 * reading; the template's
 * assumed rule gives a WARNING MEDIUM when the row scores more than it allows, an INFO LOW when less
 * (an unprinted stricter rule is plausible).
 */
public final class BudgetRowScoreCheck implements Check {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final String TEMPLATE_RULE = "执行率 × 分值（财政部模板，未印评分规则）";
  /** The budget row's names (预算执行率, 资金执行率 …). */
  private static final Set<String> LABELS = keys(WordList.lines(BudgetRowScoreCheck.class, "execution-rate-labels.txt"));
  private final Set<String> templateLabels;
  private final RuleParser parser;

  public BudgetRowScoreCheck() {
    this.templateLabels = keys(WordList.lines(BudgetRowScoreCheck.class, "budget-row-template-labels.txt"));
    this.parser = RuleParser.standard();
  }

  private static Set<String> keys(List<String> lines) {
    return lines.stream().map(Names::key).collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public CheckId id() {
    return CheckId.BUDGET_ROW_SCORE;
  }

  /** The rate the budget block gives, in percent: 执行数 ÷ 预算数, else the stated rate. */
  static @Nullable BigDecimal budgetRate(@Nullable Budget budget) {
    if (budget == null) {
      return null;
    }
    if (budget.expenditure() != null && budget.adjustedBudget() != null && budget.adjustedBudget().signum() > 0) {
      return budget.expenditure().multiply(HUNDRED).divide(budget.adjustedBudget(), MathContext.DECIMAL64);
    }
    return budget.executionRate();
  }

  /** The rule this check applies to {@code row}, or null when the row is not the budget row it judges. */
  private @Nullable ScoringRule ruleOf(AuditSubject subject, IndicatorRow row) {
    Report report = subject.report();
    if (row.weight() == null || row.score() == null || budgetRate(report.budget()) == null) {
      return null;
    }
    if (!isExecutionRate(row)) {
      return null;
    }
    String printed = row.rule();
    if (printed == null || printed.isBlank()) {
      ScoringRule remarked = remarkedRule(row, parser);
      if (remarked != null) {
        return remarked; // the row's own remark says how it was scored, over a note's rule for a class of rows
      }
      ScoringRule noted = NoteRules.of(subject.text(), parser).ruleFor(row);
      if (noted != null) {
        return noted; // the rule a note under the table states for this row
      }
      return matches(templateLabels, row)
          ? new ScoringRule(TEMPLATE_RULE, List.of(new ScoringRule.Proportional(null)))
          : null;
    }
    ScoringRule rule = parser.parse(printed);
    return rule.understood() && !rule.judgement() ? rule : null;
  }

  /**
   * The rate formula a row without a rule column states in its remark ("按执行率×分值计分" in 偏差原因分析, h486), or null:
   * only a remark read whole as a proportional formula, never a reason that merely mentions a proportion.
   */
  static @Nullable ScoringRule remarkedRule(IndicatorRow row, RuleParser parser) {
    String remark = row.deviationReason();
    if (remark == null || remark.isBlank()) {
      return null;
    }
    ScoringRule rule = parser.parse(remark);
    return rule.understood() && !rule.judgement() && !rule.clauses().isEmpty()
        && rule.clauses().stream().allMatch(c -> c instanceof ScoringRule.Proportional) ? rule : null;
  }

  /** Whether this check judges {@code row}'s score (so {@link ScoringRuleCheck} leaves it alone). */
  boolean owns(AuditSubject subject, IndicatorRow row) {
    return ruleOf(subject, row) != null;
  }

  /** Whether {@code row} is the budget's execution rate, whose figures the budget checks compare. */
  static boolean isExecutionRate(IndicatorRow row) {
    return matches(LABELS, row);
  }

  private static boolean matches(Set<String> set, IndicatorRow row) {
    return set.contains(Names.key(row.level3())) || set.contains(Names.key(row.canonicalKey()));
  }

  @Override
  public List<Finding> check(AuditSubject subject) {
    Report report = subject.report();
    BigDecimal rate = budgetRate(report.budget());
    return report.indicators().stream()
        .flatMap(row -> {
          ScoringRule rule = ruleOf(subject, row);
          return rule == null ? java.util.stream.Stream.<Finding>empty()
              : java.util.stream.Stream.ofNullable(judge(subject, row, rule, rate));
        })
        .toList();
  }

  /**
   * A whole-number score that reaches the full mark only by rounding ("10" for 98.96% × 10 = 9.896): rounding to the
   * score's printed precision would hide the points the unspent budget loses, so such a score is compared to one
   * decimal (9.9); 9.996 printed 10 still agrees.
   */
  private static boolean roundedUpToFull(BigDecimal score, BigDecimal w, RuleScorer.Allowed allowed) {
    return score.compareTo(w) == 0 && allowed.max().compareTo(w) < 0 && Decimals.printedScale(score) == 0
        && allowed.max().setScale(1, java.math.RoundingMode.HALF_UP).compareTo(score) != 0;
  }

  private @Nullable Finding judge(AuditSubject subject, IndicatorRow row, ScoringRule rule, BigDecimal rate) {
    BigDecimal w = row.weight();
    BigDecimal score = row.score();
    RuleScorer.Allowed byBudget = RuleScorer.allowed(rule, row, w, score, rate);
    if (byBudget == null || byBudget.admits(score) && !roundedUpToFull(score, w, byBudget)) {
      return null;
    }
    // 1987.64 ÷ 2150 = 92.448…% printed 92.45%, × 10 = 9.245 printed 9.25: scored from the rate as printed
    RuleScorer.Allowed byRounded = RuleScorer.allowed(rule, row, w, score, rate.setScale(2, java.math.RoundingMode.HALF_UP));
    if (byRounded != null && byRounded.admits(score) && !roundedUpToFull(score, w, byRounded)) {
      return null;
    }
    BigDecimal printedRate = ScoringRuleCheck.percent(row.actualValue(), row.actual());
    if (printedRate != null && !Decimals.agreesAtPrintedPrecision(printedRate, rate)) {
      RuleScorer.Allowed byRow = RuleScorer.allowed(rule, row, w, score, printedRate);
      if (byRow != null && byRow.admits(score) && !roundedUpToFull(score, w, byRow)) {
        return null; // the score follows the row's own (wrong) rate: ExecutionRateCheck's finding
      }
    }
    boolean template = TEMPLATE_RULE.equals(rule.text());
    Severity severity;
    Certainty certainty;
    if (template) {
      boolean over = score.compareTo(byBudget.max()) > 0;
      severity = over ? Severity.WARNING : Severity.INFO;
      certainty = over ? Certainty.MEDIUM : Certainty.LOW;
    } else {
      severity = byBudget.reading() ? Severity.WARNING : Severity.ERROR;
      // the row printing the budget's own rate leaves no doubt which figures are the budget (h480)
      boolean sameRate = printedRate != null && Decimals.agreesAtPrintedPrecision(printedRate, rate);
      certainty = sameRate ? Certainty.HIGH : Certainty.MEDIUM;
    }
    Budget budget = subject.report().budget();
    String source = budget.expenditure() != null && budget.adjustedBudget() != null
        ? "全年执行数 " + Decimals.plain(budget.expenditure()) + " ÷ 全年预算数 " + Decimals.plain(budget.adjustedBudget())
            + " = " + Decimals.plain(rate, 2) + "%"
        : "预算执行率 " + Decimals.plain(rate, 2) + "%";
    return FindingBuilder.of(subject.file(), id())
        .severity(severity)
        .certainty(certainty)
        .indicator(row.level3())
        .location(FindingBuilder.where(row, IndicatorField.score))
        .stated(Decimals.plain(score))
        .recomputed(byBudget.shown())
        .rule(rule.text().strip().length() > 80 ? rule.text().strip().substring(0, 80) + "…" : rule.text().strip())
        .message(
            row.level3() + "：预算表 " + source + "，按" + (template ? "模板的 执行率×分值" : row.rule() == null || row.rule().isBlank() ? "表下注明的评分规则" : "本行评分规则") + "应得 "
                + byBudget.shown() + " 分（" + byBudget.how() + "），报告得分 " + Decimals.plain(score) + " 分");
  }
}
