package org.jixiao.ingest.text;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * A tab-separated row as Excel saves a sheet as text ("Unicode 文本", "文本文件(制表符分隔)", h302): a cell holding a line
 * break, a tab or a quote is written in quotes, its quotes doubled, so one row may run over several lines. Read only
 * when a cell opens with a quote and the quotes close within {@link CommaRows#MAX_RECORD_LINES} lines; a stray quote
 * leaves the line to be split at its tabs as before.
 */
final class QuotedTabRow {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setDelimiter('\t').get();

  /** The row's cells, stripped, and the line after it. */
  record Found(List<String> cells, int end) {}

  private QuotedTabRow() {}

  static @Nullable Found at(List<String> lines, int start) {
    String line = lines.get(start);
    if (!opensQuotedCell(line)) {
      return null;
    }
    StringBuilder text = new StringBuilder(line);
    int end = start + 1;
    while (CommaRows.quotes(text) % 2 == 1 && end < lines.size() && end - start < CommaRows.MAX_RECORD_LINES) {
      text.append('\n').append(lines.get(end++));
    }
    if (CommaRows.quotes(text) % 2 == 1) {
      return null;
    }
    try (CSVParser parser = CSVParser.parse(new StringReader(text.toString()), FORMAT)) {
      List<CSVRecord> records = parser.getRecords();
      if (records.size() != 1) {
        return null;
      }
      List<String> cells = new ArrayList<>();
      records.getFirst().forEach(c -> cells.add(c.strip()));
      return new Found(cells, end);
    } catch (IOException | IllegalStateException | java.io.UncheckedIOException malformed) {
      return null; // a quote inside a cell that was not quoted: the tabs alone divide the line
    }
  }

  private static boolean opensQuotedCell(String line) {
    return line.startsWith("\"") || line.contains("\t\"");
  }
}
