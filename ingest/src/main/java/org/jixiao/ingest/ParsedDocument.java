package org.jixiao.ingest;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The neutral model every reader emits: the blocks in reading order, the linear text they span
 * (paragraphs verbatim, table rows as tab-joined cells, blocks separated by a newline), metadata
 * from Tika, and warnings about what a reader had to skip or guess.
 *
 * @param fileName the file's name (no directories), as provenance names it
 * @param pageCount pages where the format has pages, else null
 */
public record ParsedDocument(
    String fileName,
    DocFormat format,
    List<Block> blocks,
    String text,
    Map<String, String> metadata,
    List<IngestWarning> warnings,
    @Nullable Integer pageCount) {

  public ParsedDocument {
    blocks = List.copyOf(blocks);
    metadata = Map.copyOf(metadata);
    warnings = List.copyOf(warnings);
  }

  public List<TableGrid> tables() {
    return blocks.stream().filter(TableGrid.class::isInstance).map(TableGrid.class::cast).toList();
  }

  /** The same document with one more warning (document-wide, no page). */
  public ParsedDocument withWarning(org.jixiao.schema.WarningCode code, String message) {
    List<IngestWarning> more = new java.util.ArrayList<>(warnings);
    more.add(new IngestWarning(code, message, null));
    return new ParsedDocument(fileName, format, blocks, text, metadata, more, pageCount);
  }

  public List<Paragraph> paragraphs() {
    return blocks.stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();
  }
}
