package org.jixiao.schema;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** 一级指标 subtotal: a first-level group with the weight and score the report states for it. */
public record Section(
    String name,
    @Nullable BigDecimal weight,
    @Nullable BigDecimal score,
    @Nullable SourceRef source,
    @Nullable ExtractionMethod method) {}
