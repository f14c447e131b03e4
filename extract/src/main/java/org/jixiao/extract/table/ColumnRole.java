package org.jixiao.extract.table;

/** What a column of an indicator table holds, recognised from its header text. */
public enum ColumnRole {
  /** 绩效目标 / 年度指标完成情况: the goal rows are grouped under */
  GOAL,
  /** 指标编号 */
  CODE,
  /** 序号: row numbers; a Chinese numeral there (一, 二) marks a first-level group row */
  SEQ,
  /** 一级指标 */
  LEVEL1,
  /** 一级指标's own 权重, printed beside it (a section weight, not a row weight) */
  LEVEL1_WEIGHT,
  /** 一级指标得分: the first level's own score, printed beside it (a section score, not a row's) */
  LEVEL1_SCORE,
  /** 二级指标 */
  LEVEL2,
  /** 三级指标 */
  LEVEL3,
  /** 指标级次: the level of the row's 指标名称 printed in a column of its own (一级, 二级, 三级), as a system export lists them */
  /** 四级指标: the scored level of a four-level system, whose names the rows take (the 三级 above it then groups them) */
  LEVEL4,
  LEVEL_MARK,
  /** 指标名称: a name that may carry its code (A11…) and be of any level */
  NAME,
  /** 年度指标值 */
  TARGET,
  /**
   * 年初 under a merged 年度指标值 beside 调整后 (h335): the target as first set, the row's target only where no adjusted
   * one is printed ("—")
   */
  ORIGINAL_TARGET,
  /** 实际完成值 */
  ACTUAL,
  /** 指标性质 / 指标方向: the target's comparison (≥, ≤, =) printed in a column of its own, as budget systems export */
  TARGET_SIGN,
  /** 度量单位 / 计量单位: the unit of the target and actual, in a column of its own */
  UNIT,
  /** a second 计量单位 column, after the actual's: the actual's own unit where the two differ (公里 / 米, h324) */
  ACTUAL_UNIT,
  /** 分值 / 权重 */
  WEIGHT,
  /** 得分 */
  SCORE,
  /** 得分率 */
  SCORE_RATE,
  /** 扣分: the points a row lost, beside its 得分 (never the score itself) */
  DEDUCTION,
  /** 评分规则 / 评价标准 */
  RULE,
  /** 指标解释 */
  EXPLANATION,
  /** 偏差原因 */
  DEVIATION,
  /** 结果 / 等级 */
  GRADE
}
