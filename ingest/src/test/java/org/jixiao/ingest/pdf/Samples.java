package org.jixiao.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jixiao.ingest.DocumentIngestor;
import org.jixiao.ingest.IngestOutcome;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;

/** The corpus samples and what the DOCX each PDF was exported from says about its tables. */
final class Samples {
  private Samples() {}

  static Path dir() {
    Path d = Path.of(System.getProperty("jixiao.samples", "../corpus-samples"));
    assertTrue(Files.isDirectory(d), "samples directory " + d.toAbsolutePath());
    return d;
  }

  static Path gold() {
    return Path.of(System.getProperty("jixiao.gold", "../corpus-samples/gold"));
  }

  /** The sample whose name starts with {@code prefix} and ends with {@code ext}. */
  static Path sample(String prefix, String ext) throws IOException {
    try (Stream<Path> s = Files.list(dir())) {
      return s.filter(p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(ext))
          .findFirst().orElseThrow(() -> new AssertionError("no sample " + prefix + "*" + ext));
    }
  }

  static List<Path> pdfs() throws IOException {
    try (Stream<Path> s = Files.list(dir())) {
      return s.filter(p -> p.getFileName().toString().endsWith(".pdf")).sorted().toList();
    }
  }

  static ParsedDocument read(Path pdf) {
    try (DocumentIngestor ingestor = new DocumentIngestor(Limits.defaults(), List.of(new PdfReader()))) {
      IngestOutcome o = ingestor.ingest(pdf);
      if (o instanceof IngestOutcome.Failed f) {
        throw new AssertionError(f.message());
      }
      return ((IngestOutcome.Parsed) o).document();
    }
  }

  /** Text without any whitespace: the comparison key for cell and paragraph text. */
  static String squash(String s) {
    return s.replaceAll("\\s+", "");
  }

  /** Each DOCX table as rows of squashed cell texts, one entry per distinct cell (continuations of vertical merges are empty). */
  static List<List<String>> docxRows(XWPFTable t) {
    List<List<String>> rows = new ArrayList<>();
    for (XWPFTableRow row : t.getRows()) {
      List<String> cells = new ArrayList<>();
      for (XWPFTableCell c : row.getTableCells()) {
        cells.add(squash(c.getText()));
      }
      rows.add(cells);
    }
    return rows;
  }

  static List<XWPFTable> docxTables(Path docx) throws IOException {
    try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
      return List.copyOf(d.getTables());
    }
  }

  static List<String> docxParagraphs(Path docx) throws IOException {
    try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
      return d.getParagraphs().stream().map(p -> squash(p.getText())).filter(s -> !s.isEmpty()).toList();
    }
  }

  /** Row {@code r} of a grid as the squashed texts of the cells that start in it, left to right. */
  static String gridRowKey(TableGrid t, int r) {
    StringBuilder sb = new StringBuilder();
    for (int c = 0; c < t.cols(); c++) {
      if (t.isOrigin(r, c)) {
        sb.append(squash(t.text(r, c)));
      }
    }
    return sb.toString();
  }

  static String docxRowKey(List<String> row) {
    return String.join("", row);
  }
}
