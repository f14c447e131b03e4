package org.jixiao.schema;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/** Where a value came from: a table cell, a span of text or a document property, always naming the file. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = CellRef.class, name = "cell"),
  @JsonSubTypes.Type(value = TextSpan.class, name = "text"),
  @JsonSubTypes.Type(value = MetaRef.class, name = "meta")
})
public sealed interface SourceRef permits CellRef, TextSpan, MetaRef {
  /** The file name the value was read from. */
  String file();

  /** 1-based page number, or null where the format has no pages. */
  @Nullable Integer page();
}
