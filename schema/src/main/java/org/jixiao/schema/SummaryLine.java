package org.jixiao.schema;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * 汇总表行: one project's line in a file's summary sheet or table (序号 | 项目名称 | 主管部门 | 预算数 |
 * 执行数 | 执行率 | 自评得分), kept beside the project's own report so that audit can compare them. A
 * summary is never merged into a report: it is a second statement of the same figures.
 *
 * @param project 项目名称 as the summary prints it
 * @param budget 预算数 (全年预算数) in 万元, null when the summary has no such column
 * @param expenditure 执行数 in 万元
 * @param score 自评得分
 * @param source the summary row's first cell
 */
public record SummaryLine(
    String project,
    @Nullable BigDecimal budget,
    @Nullable BigDecimal expenditure,
    @Nullable BigDecimal score,
    SourceRef source) {}
