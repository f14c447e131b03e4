package org.jixiao.extract.prose;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A score sentence found in a paragraph: {@code [start, end)} are offsets within the paragraph's
 * text. {@code grade} is set for GRADE mentions only.
 */
public record ScoreMention(
    ScorePatterns.Kind kind,
    @Nullable BigDecimal weight,
    @Nullable BigDecimal score,
    @Nullable String grade,
    int start,
    int end,
    String text) {}
