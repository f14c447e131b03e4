package org.jixiao.app.cli;

import java.util.List;
import org.jixiao.app.export.SheetRows;
import org.jspecify.annotations.Nullable;

/**
 * A verb's result in every shape {@link OutputOptions} can write.
 *
 * @param text the table for people (with its heading line)
 * @param json the whole result as one JSON value
 * @param items one JSON line each ({@code --format jsonl})
 * @param rows the result as a sheet (CSV, Excel), or null where a verb has none
 */
public record VerbResult(String text, Object json, List<?> items, @Nullable SheetRows rows) {}
