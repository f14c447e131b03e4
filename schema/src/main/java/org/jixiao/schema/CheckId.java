package org.jixiao.schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * 审计规则: the identity of each audit check, as {@link Finding#check()} carries it. The JSON name
 * is stable: it is the name findings have always carried (once the check's class name), so stored
 * findings and the CSV/text output keep reading the same when a class is renamed or moved. Each
 * check declares its id; a test keeps ids and checks one-to-one.
 */
public enum CheckId {
  /** 总分: Σ 得分 = 总分 and Σ 分值 = 满分 */
  TOTAL_SCORE("TotalScoreCheck"),
  /** 一级指标小计: Σ 三级指标 = 小计 */
  SECTION_SUM("SectionSumCheck"),
  /** 单行得分: a row's score within 0..weight, and against its target and actual */
  ROW_SCORE("RowScoreCheck"),
  /** 评分规则: a row's score recomputed from its printed rule */
  SCORING_RULE("ScoringRuleCheck"),
  /** 预算执行率: 执行数 ÷ 预算数, and the parts against the totals */
  EXECUTION_RATE("ExecutionRateCheck"),
  /** 文中算式: arithmetic printed in the prose */
  ARITHMETIC("ArithmeticCheck"),
  /** 绩效等级: the printed grade against the band the total earns */
  GRADE_BAND("GradeBandCheck"),
  /** 文表一致: one indicator stated twice (table and prose, or two rows) */
  PROSE_TABLE_AGREEMENT("ProseTableAgreementCheck"),
  /** 文中小计: a group's weight and score stated in prose against its rows */
  PROSE_SUBTOTAL("ProseSubtotalCheck"),
  /** 汇总一致: a project's 预算数/执行数/得分 against its line in the file's 汇总 summary */
  SUMMARY_AGREEMENT("SummaryAgreementCheck"),
  /** 评分规则缺陷: an empty range, another indicator's name, a lower band paying full marks, gapped or overlapping bands */
  MALFORMED_RULE("MalformedRuleCheck"),
  /** 预算执行率行得分: the execution-rate row's score from the budget block's own rate and the row's rule */
  BUDGET_ROW_SCORE("BudgetRowScoreCheck"),
  /** 叙述未完成: a row keeps full marks while its actual value, 偏差原因 or prose says the task was not done */
  NARRATIVE_NOT_DONE("NarrativeNotDoneCheck"),
  /** 超预算支出: a budget line's 执行数 above its 全年预算数 */
  SPENDING_OVER_BUDGET("SpendingOverBudgetCheck"),
  /** 数字一致: one budget figure (预算数, 执行数, 执行率) stated twice, table and prose, differently */
  FIGURE_AGREEMENT("FigureAgreementCheck"),
  /** 分项合计: a total against its listed parts (合计 = 基本支出 + 项目支出, 编制数 = 各类编制之和) */
  BREAKDOWN_SUM("BreakdownSumCheck"),
  /** 零基数比率: a rate printed over a base of 0 (预算数 0 with an 执行率, 上年 0 with a 增长率) */
  ZERO_BASE_RATE("ZeroBaseRateCheck"),
  /** 目标编号: goal labels (目标1, 目标2 …) repeated, out of order or with a gap */
  GOAL_LABELS("GoalLabelCheck"),
  /** 比率上限: a share of a whole (满意度, 覆盖率, 合格率 …) printed above 100% */
  RATE_CEILING("RateCeilingCheck"),
  /** 模板文字: a template's placeholders (XX部门, 20XX年) left in the published report */
  TEMPLATE_TEXT("TemplateTextCheck");

  private final String jsonName;

  CheckId(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The name in JSON, CSV and the text table, e.g. {@code SectionSumCheck}. */
  @JsonValue
  public String jsonName() {
    return jsonName;
  }

  @JsonCreator
  public static CheckId ofJsonName(String name) {
    return JsonNames.constant(CheckId.class, CheckId::jsonName, name);
  }
}
