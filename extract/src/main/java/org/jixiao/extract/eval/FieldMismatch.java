package org.jixiao.extract.eval;

import org.jspecify.annotations.Nullable;

/** One field that differs from gold: which (e.g. {@code budget.expenditure} or {@code row 12 actual}), expected and actual. */
public record FieldMismatch(String field, @Nullable String expected, @Nullable String actual) {}
