package org.jixiao.schema;

import org.jspecify.annotations.Nullable;

/**
 * Something the pipeline noticed and could not settle: a table rejected, a value left unparsed, a
 * row dropped.
 */
public record Diagnostic(WarningCode code, String message, @Nullable SourceRef source) {}
