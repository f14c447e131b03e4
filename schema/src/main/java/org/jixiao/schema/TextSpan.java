package org.jixiao.schema;

import org.jspecify.annotations.Nullable;

/** Characters {@code [start, end)} of the document's linear text (see the ingest model). */
public record TextSpan(String file, @Nullable Integer page, int start, int end)
    implements SourceRef {
  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad text span " + start + ".." + end);
    }
  }
}
