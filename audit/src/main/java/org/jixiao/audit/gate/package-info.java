/**
 * 合理性把关 (plausibility gate): before any check runs, each extracted fact a check relies on is
 * tested for its kind and its consistency with the rest of the report (a budget figure read from a
 * money label, never from 分值/得分; a rate that is a rate; weights near the full mark; a total
 * within its full mark). A fact that fails is withheld from the checks and becomes an extraction
 * {@link org.jixiao.schema.Diagnostic} ({@link org.jixiao.schema.WarningCode#IMPLAUSIBLE_FACT}),
 * never a finding about the report. {@link org.jixiao.audit.gate.PlausibilityGate} runs the {@link
 * org.jixiao.audit.gate.PlausibilityRule}s in order. Depends on {@code schema}, {@code text} and
 * {@code audit.internal} only: {@code org.jixiao.audit} calls it, so it must not import that
 * package or {@code audit.checks}.
 */
@NullMarked
package org.jixiao.audit.gate;

import org.jspecify.annotations.NullMarked;
