package org.jixiao.ingest.text;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Comma-separated rows (a finance system's CSV export, RFC 4180): consecutive lines of three fields or more, each run
 * of them one table. A quoted field may hold commas and line breaks ("1,234.00", a wrapped 偏差原因). Prose is never
 * taken for rows: a line with Chinese clause marks (，。；) outside quotes is prose, and the lines of one table have the
 * same number of fields, as an export pads them ("全年预算12,000,000.00元" beside another sentence's figures does not).
 */
final class CommaRows {
  /** A line is a row when it holds at least this many fields. */
  static final int MIN_FIELDS = 3;
  /** A table is at least this many rows. */
  static final int MIN_ROWS = 2;
  /** A quoted field may run over at most this many lines (bounded work on a stray quote). */
  static final int MAX_RECORD_LINES = 20;
  private static final Pattern CLAUSE_MARKS = Pattern.compile("[，。；]");
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get();

  /** The rows read and the line after them. */
  record Found(List<List<String>> rows, int end) {}

  private CommaRows() {}

  /** The comma-separated rows opening at line {@code start}, or null when fewer than two rows open there. */
  static @Nullable Found at(List<String> lines, int start) {
    List<List<String>> rows = new ArrayList<>();
    int width = -1;
    int i = start;
    while (i < lines.size()) {
      Record r = record(lines, i, width);
      if (r == null || width >= 0 && r.width() != width) {
        break;
      }
      width = r.width();
      rows.add(r.fields());
      i = r.end();
    }
    return rows.size() >= MIN_ROWS ? new Found(rows, i) : null;
  }

  /** A record's fields without their padding, its width with it, and the line after it. */
  private record Record(List<String> fields, int width, int end) {}

  /**
   * One record from line {@code i} (more lines while a quote is open), or null when it is no row. Inside a run of
   * {@code width} fields a line of exactly that many is a row even with clause marks in an unquoted field (an export
   * that does not quote "达到目标值得满分，否则按比例计分", h183); a run never starts at such a line.
   */
  private static @Nullable Record record(List<String> lines, int i, int width) {
    String line = lines.get(i);
    if (line.indexOf(',') < 0 || line.indexOf('\t') >= 0) {
      return null;
    }
    StringBuilder text = new StringBuilder(line);
    int end = i + 1;
    while (quotes(text) % 2 == 1 && end < lines.size() && end - i < MAX_RECORD_LINES) {
      text.append('\n').append(lines.get(end++));
    }
    if (quotes(text) % 2 == 1) {
      return null;
    }
    boolean clauses = CLAUSE_MARKS.matcher(unquoted(text)).find();
    if (clauses && width < MIN_FIELDS) {
      return null;
    }
    try (CSVParser parser = CSVParser.parse(new StringReader(text.toString()), FORMAT)) {
      List<CSVRecord> records = parser.getRecords();
      if (records.size() != 1 || records.getFirst().size() < MIN_FIELDS) {
        return null;
      }
      int fieldCount = records.getFirst().size();
      if (clauses && fieldCount != width) {
        return null; // prose with a comma in it, beside a table of another width
      }
      List<String> fields = new ArrayList<>();
      records.getFirst().forEach(f -> fields.add(f.strip()));
      while (!fields.isEmpty() && fields.getLast().isEmpty()) {
        fields.removeLast(); // an export pads short rows with commas: padding is not cells
      }
      // a line of one field and its padding ("XX区2025年项目支出绩效自评表,,,,,,") is a title or a note: prose
      return fields.size() < 2 ? null : new Record(fields, fieldCount, end);
    } catch (IOException | IllegalStateException | java.io.UncheckedIOException malformed) {
      return null; // a stray quote inside a field: not a clean row
    }
  }

  /** How many quote marks {@code s} holds (an odd count leaves a quoted field open). */
  static long quotes(CharSequence s) {
    return s.chars().filter(c -> c == '"').count();
  }

  /** The text outside quoted fields. */
  private static String unquoted(CharSequence s) {
    StringBuilder out = new StringBuilder();
    boolean in = false;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == '"') {
        in = !in;
      } else if (!in) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
