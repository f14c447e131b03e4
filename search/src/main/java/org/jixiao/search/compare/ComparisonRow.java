package org.jixiao.search.compare;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One department's value of the compared indicator. {@code scoreRate} is score / weight (a
 * fraction); the magnitudes are the parsed target and actual numbers times their 万/亿 scale, where
 * extraction parsed them.
 */
public record ComparisonRow(
    String reportId,
    @Nullable String department,
    @Nullable String province,
    @Nullable String adminLevel,
    @Nullable Integer fiscalYear,
    String indicator,
    @Nullable String target,
    @Nullable String actual,
    @Nullable BigDecimal weight,
    @Nullable BigDecimal score,
    @Nullable BigDecimal scoreRate,
    @Nullable BigDecimal targetMagnitude,
    @Nullable BigDecimal actualMagnitude) {}
