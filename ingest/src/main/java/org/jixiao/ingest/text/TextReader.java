package org.jixiao.ingest.text;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.DocumentBuilder;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.FormatReader;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.internal.FileBytes;
import org.jixiao.schema.WarningCode;

/**
 * Reads plain-text reports: detects the charset ({@link TextDecoding}), restores Word's
 * enclosed-number field residue ({@link EnclosedNumbers}), rebuilds tables from their two text
 * renderings ({@link TextLayout}, {@link SpanInference}, {@link CentredLabels}) and keeps every other non-blank line as a
 * paragraph. A Markdown list item or quote marker ({@code - }, {@code > }) opening a line is dropped. A line starting with {@code #} … {@code ######} and a space is a heading of that
 * level. Text has no pages: every block's page is null.
 */
public final class TextReader implements FormatReader {
  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(\\S.*)$");
  /** A Markdown list item or quote ("- 主管部门：…", "> 本页由…导出"): the marker is layout, not text (h208). */
  private static final Pattern ITEM = Pattern.compile("^(?:[-*+]|>)\\s+(\\S.*)$");

  @Override
  public Set<DocFormat> formats() {
    return Set.of(DocFormat.TEXT);
  }

  @Override
  public ParsedDocument read(Path file, DocFormat format, Limits limits) throws IngestException {
    String name = String.valueOf(file.getFileName());
    byte[] bytes = FileBytes.read(file, limits);
    TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
    if (decoded.text().indexOf('\u0000') >= 0) {
      throw new IngestException(FailureKind.UNSUPPORTED_FORMAT, "binary data (NUL characters), not text in " + decoded.charset());
    }
    DocumentBuilder doc = new DocumentBuilder(name, DocFormat.TEXT, limits);
    doc.metadata("charset", decoded.charset().name());
    if (!decoded.bom() && !decoded.charset().equals(StandardCharsets.UTF_8)) {
      doc.warn(WarningCode.CHARSET_DETECTED, "no byte-order mark and not UTF-8; decoded as " + decoded.charset().name(), null);
    }
    if (decoded.lossy()) {
      doc.warn(WarningCode.LOSSY_DECODING, "some bytes could not be decoded as " + decoded.charset().name(), null);
    }
    lay(decoded.text(), doc);
    return doc.build();
  }

  /**
   * Lays plain text out into {@code doc}: Markdown headings and list items as paragraphs, every other line a paragraph,
   * and runs of lines in columns (tabs, aligned spaces, pipes, rules) as tables. Also what a workbook sheet that holds a
   * report as one column of text lines is read with.
   */
  public static void lay(String text, DocumentBuilder doc) throws IngestException {
    for (TextLayout.Segment segment : TextLayout.parse(EnclosedNumbers.replace(text))) {
      switch (segment) {
        case TextLayout.Line line -> {
          Matcher h = HEADING.matcher(line.text());
          Matcher item = ITEM.matcher(line.text());
          if (h.matches()) {
            doc.paragraph(h.group(2), h.group(1).length(), null);
          } else {
            doc.paragraph(item.matches() ? item.group(1) : line.text(), 0, null);
          }
        }
        case TextLayout.Rows rows ->
            doc.table(SpanInference.grid(rows.centred() ? CentredLabels.place(rows.rows(), rows.heights()) : rows.rows()));
      }
    }
  }
}
