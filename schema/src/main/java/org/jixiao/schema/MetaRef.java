package org.jixiao.schema;

import org.jspecify.annotations.Nullable;

/**
 * A document property outside the linear text, such as the HTML {@code <title>}: {@code key} names
 * it as the reader's metadata does ({@code title}). Page is null: a property belongs to no page.
 */
public record MetaRef(String file, @Nullable Integer page, String key) implements SourceRef {
  /** The property {@code key} of {@code file}. */
  public MetaRef(String file, String key) {
    this(file, null, key);
  }
}
