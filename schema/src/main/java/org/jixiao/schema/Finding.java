package org.jixiao.schema;

import org.jspecify.annotations.Nullable;

/**
 * One audit finding: what the report states, what jixiao recomputed, by which rule, and where.
 *
 * @param check the emitting check
 * @param indicator the level3 name the finding is about, or null for report-level findings
 * @param location where the stated value stands
 * @param stated the report's value as printed
 * @param recomputed what jixiao recomputed, as text
 * @param rule the rule or formula used
 */
public record Finding(
    String file,
    CheckId check,
    Severity severity,
    Certainty certainty,
    @Nullable String indicator,
    @Nullable SourceRef location,
    @Nullable String stated,
    @Nullable String recomputed,
    @Nullable String rule,
    String message) {}
