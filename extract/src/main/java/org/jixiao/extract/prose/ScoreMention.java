package org.jixiao.extract.prose;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A score sentence found in a paragraph: {@code [start, end)} are offsets within the paragraph's
 * text. {@code grade} is set for GRADE mentions only. {@code impliedWeight} says the weight was not
 * stated but taken as deduction + score ("扣0.5分，本项得4.5分" → 5): a weight stated elsewhere for the
 * same indicator ("名称（5分）：…") is worth more.
 */
public record ScoreMention(
    ScorePatterns.Kind kind,
    @Nullable BigDecimal weight,
    @Nullable BigDecimal score,
    @Nullable String grade,
    int start,
    int end,
    String text,
    boolean impliedWeight) {}
