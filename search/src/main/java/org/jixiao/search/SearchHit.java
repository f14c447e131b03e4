package org.jixiao.search;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One hit. For an indicator hit the row fields are set; for a report hit they are null and
 * {@code rowIndex} is -1. {@code snippet} is the matched text with matches between « and ».
 *
 * @param rowIndex the row's 0-based position in the report's {@code indicators}
 */
public record SearchHit(
    Scope kind,
    float relevance,
    String reportId,
    String sourceFile,
    @Nullable String department,
    @Nullable String province,
    @Nullable String adminLevel,
    @Nullable Integer fiscalYear,
    @Nullable String reportKind,
    @Nullable String grade,
    @Nullable BigDecimal totalScore,
    int rowIndex,
    @Nullable String level1,
    @Nullable String level2,
    @Nullable String level3,
    @Nullable String target,
    @Nullable String actual,
    @Nullable BigDecimal weight,
    @Nullable BigDecimal score,
    @Nullable String snippet) {}
