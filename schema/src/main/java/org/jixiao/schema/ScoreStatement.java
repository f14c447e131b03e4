package org.jixiao.schema;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A second statement of one row's weight and score, e.g. prose "（设置分值2分，得2分）" beside the
 * table row. The audit compares it with the row.
 */
public record ScoreStatement(
    @Nullable BigDecimal weight,
    @Nullable BigDecimal score,
    String text,
    SourceRef source,
    ExtractionMethod method) {}
