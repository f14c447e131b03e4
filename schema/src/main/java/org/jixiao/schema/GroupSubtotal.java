package org.jixiao.schema;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * 二级指标小计: a second-level group's weight and score as a 小计 row under its 一级 states them ("过程 | 预算执行 … |
 * 小计 | 15 | 14.65"). Kept apart from {@link Section}, which is a first-level group, so that what sums to the total
 * stays one list.
 *
 * @param level1 the 一级 group the 小计 sits in, as printed
 * @param level2 the 二级 group it closes: the 二级指标 of the rows above it
 */
public record GroupSubtotal(
    String level1,
    String level2,
    @Nullable BigDecimal weight,
    @Nullable BigDecimal score,
    @Nullable SourceRef source,
    @Nullable ExtractionMethod method) {}
