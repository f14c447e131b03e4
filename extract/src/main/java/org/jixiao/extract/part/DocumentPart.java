package org.jixiao.extract.part;

import java.util.List;
import org.jixiao.ingest.ParsedDocument;
import org.jspecify.annotations.Nullable;

/**
 * One report's share of a file: the blocks it was read from, as a document of its own (the same
 * file name, linear text and table indices, so provenance still names the file's places).
 *
 * @param tables 0-based indices of the file's tables in this part
 * @param sheet the workbook sheet the part's first table came from, else null
 */
public record DocumentPart(ParsedDocument document, List<Integer> tables, @Nullable Integer firstPage,
    @Nullable Integer lastPage, @Nullable String sheet) {
  public DocumentPart {
    tables = List.copyOf(tables);
  }
}
