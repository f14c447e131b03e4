package org.jixiao.schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * 三级指标 row: one scored indicator. The first nine components are the gold fields; the rest are
 * parsed forms and provenance.
 *
 * @param weight 分值 / 权重, the row's full mark
 * @param score 得分; null where the report leaves it blank
 * @param rule 评分规则 / 评价标准 as printed, when the report prints one
 * @param deviationReason 偏差原因 as printed
 * @param canonicalKey the same measure's key across departments (预算执行率 = 部门预算执行率)
 * @param source where the row's name (level3) stands
 * @param sources per field, where that field's value stands
 * @param alternates the same row's weight/score stated elsewhere (prose beside a table)
 */
public record IndicatorRow(
    @Nullable String goal,
    @Nullable String code,
    @Nullable String level1,
    @Nullable String level2,
    String level3,
    @Nullable String target,
    @Nullable String actual,
    @Nullable BigDecimal weight,
    @Nullable BigDecimal score,
    @Nullable ParsedValue targetValue,
    @Nullable ParsedValue actualValue,
    @Nullable String rule,
    @Nullable String deviationReason,
    @Nullable String canonicalKey,
    @Nullable SourceRef source,
    @Nullable ExtractionMethod method,
    Map<IndicatorField, SourceRef> sources,
    List<ScoreStatement> alternates) {

  public IndicatorRow {
    sources = sources == null ? Map.of() : Map.copyOf(sources);
    alternates = alternates == null ? List.of() : List.copyOf(alternates);
  }

  /** A copy with another statement of its weight and score appended. */
  public IndicatorRow withAlternate(ScoreStatement statement) {
    List<ScoreStatement> more = new java.util.ArrayList<>(alternates);
    more.add(statement);
    return new IndicatorRow(goal, code, level1, level2, level3, target, actual, weight, score, targetValue,
        actualValue, rule, deviationReason, canonicalKey, source, method, sources, more);
  }

  /** A copy without its weight (a weight the plausibility gate withheld as misread); the printed cell stays in its sources. */
  public IndicatorRow withoutWeight() {
    return new IndicatorRow(goal, code, level1, level2, level3, target, actual, null, score, targetValue,
        actualValue, rule, deviationReason, canonicalKey, source, method, sources, alternates);
  }

  /** A copy with another weight and score: the same row on another scale (its rule's 百分制, for one). */
  public IndicatorRow withPoints(@Nullable BigDecimal weight, @Nullable BigDecimal score) {
    return new IndicatorRow(goal, code, level1, level2, level3, target, actual, weight, score, targetValue,
        actualValue, rule, deviationReason, canonicalKey, source, method, sources, alternates);
  }

  /** A copy with another target and actual: the values a row's own rule and remark state where its cells print none. */
  public IndicatorRow withValues(@Nullable String target, @Nullable ParsedValue targetValue, @Nullable String actual,
      @Nullable ParsedValue actualValue) {
    return new IndicatorRow(goal, code, level1, level2, level3, target, actual, weight, score, targetValue,
        actualValue, rule, deviationReason, canonicalKey, source, method, sources, alternates);
  }

  /** A copy under other groups (the 一级 and 二级 a flat list's group lines name). */
  public IndicatorRow withLevels(@Nullable String level1, @Nullable String level2) {
    return new IndicatorRow(goal, code, level1, level2, level3, target, actual, weight, score, targetValue,
        actualValue, rule, deviationReason, canonicalKey, source, method, sources, alternates);
  }

  /** A copy serving {@code goal} (the 年度绩效目标 a heading above its table names). */
  public IndicatorRow withGoal(@Nullable String goal) {
    return new IndicatorRow(goal, code, level1, level2, level3, target, actual, weight, score, targetValue,
        actualValue, rule, deviationReason, canonicalKey, source, method, sources, alternates);
  }

  /** A copy with its canonical key set. */
  public IndicatorRow withCanonicalKey(@Nullable String key) {
    return new IndicatorRow(goal, code, level1, level2, level3, target, actual, weight, score, targetValue,
        actualValue, rule, deviationReason, key, source, method, sources, alternates);
  }

  /** The gold fields only: a row as {@code shared/gold} states it. */
  public static IndicatorRow of(
      @Nullable String goal,
      @Nullable String code,
      @Nullable String level1,
      @Nullable String level2,
      String level3,
      @Nullable String target,
      @Nullable String actual,
      @Nullable BigDecimal weight,
      @Nullable BigDecimal score) {
    return new IndicatorRow(
        goal, code, level1, level2, level3, target, actual, weight, score, null, null, null, null,
        null, null, null, Map.of(), List.of());
  }
}
