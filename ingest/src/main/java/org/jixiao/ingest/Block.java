package org.jixiao.ingest;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * One block of a document in reading order: a paragraph or a table grid. Every block knows its
 * index in the document, the page it starts on (null where the format has no pages), and its
 * character span in the document's linear text ({@link ParsedDocument#text()}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({@JsonSubTypes.Type(value = Paragraph.class, name = "paragraph"), @JsonSubTypes.Type(value = TableGrid.class, name = "table")})
public sealed interface Block permits Paragraph, TableGrid {
  int index();

  @Nullable Integer page();

  int start();

  int end();
}
