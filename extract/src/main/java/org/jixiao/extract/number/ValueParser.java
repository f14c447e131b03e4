package org.jixiao.extract.number;

import org.jixiao.schema.ParsedValue;
import org.jixiao.schema.ValueKind;
import org.jspecify.annotations.Nullable;

/** TEMPORARY stand-in until the number package lands. */
public final class ValueParser {
  private ValueParser() {}

  public static ParsedValue parse(@Nullable String text) {
    String t = text == null ? "" : text.strip();
    return new ParsedValue(t.isEmpty() ? ValueKind.BLANK : ValueKind.TEXT, t, null, null, null, null);
  }
}
