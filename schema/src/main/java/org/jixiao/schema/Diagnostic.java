package org.jixiao.schema;

import org.jspecify.annotations.Nullable;

/**
 * Something the pipeline noticed and could not settle: a table rejected, a value left unparsed, a
 * row dropped. {@code code} is the name of the emitting module's reason enum.
 */
public record Diagnostic(String code, String message, @Nullable SourceRef source) {}
