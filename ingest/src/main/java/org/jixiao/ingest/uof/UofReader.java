package org.jixiao.ingest.uof;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.DocumentBuilder;
import org.jixiao.ingest.FormatReader;
import org.jixiao.ingest.GridBuilder;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.internal.SafeXml;
import org.jixiao.ingest.office.ReadFailures;

/**
 * A UOF 1.0 text document (.uot, h306): its 字:主体 in order, each 字:段落 a paragraph of its 字:文本串 (with 字:制表符 as a
 * tab, 字:换行符 as a line break, 字:空格符 as spaces), each 字:文字表 a grid of its 字:行 and 字:单元格, spans from 字:跨列 and
 * 字:跨行 (a cell a span covers is not written again in the rows below, as in HTML). Only 字:文本串 holds text: the
 * property elements hold words of their own (字:垂直对齐方式 "center") that are no content. The title is uof:标题.
 */
public final class UofReader implements FormatReader {
  static final String UOF = "http://schemas.uof.org/cn/2003/uof";
  static final String WORD = "http://schemas.uof.org/cn/2003/uof-wordproc";

  @Override
  public Set<DocFormat> formats() {
    return Set.of(DocFormat.UOF);
  }

  @Override
  public ParsedDocument read(Path file, DocFormat format, Limits limits) throws IngestException {
    return ReadFailures.read(file, format, limits, out -> {
      try (InputStream in = Files.newInputStream(file)) {
        new Body(out).parse(in);
      }
    });
  }

  /** Whether the element is the UOF word-processing element {@code local}. */
  static boolean is(XMLStreamReader x, String local) {
    return WORD.equals(x.getNamespaceURI()) && local.equals(x.getLocalName());
  }

  /** The 字:主体 walk: paragraphs and tables in order. */
  private static final class Body {
    private final DocumentBuilder out;

    Body(DocumentBuilder out) {
      this.out = out;
    }

    void parse(InputStream in) throws XMLStreamException, IngestException, IOException {
      XMLStreamReader x = SafeXml.inputFactory().createXMLStreamReader(in);
      try {
        boolean inBody = false;
        while (x.hasNext()) {
          ReadFailures.checkInterrupted();
          if (x.next() != XMLStreamConstants.START_ELEMENT) {
            continue;
          }
          if (UOF.equals(x.getNamespaceURI()) && x.getLocalName().equals("标题")) {
            out.metadata("title", x.getElementText().strip());
          } else if (is(x, "主体")) {
            inBody = true;
          } else if (inBody && is(x, "段落")) {
            out.paragraph(paragraph(x), 0, null);
          } else if (inBody && is(x, "文字表")) {
            out.table(table(x));
          }
        }
      } finally {
        x.close();
      }
    }

    /** The text of the 字:段落 at the cursor, up to its end. */
    private static String paragraph(XMLStreamReader x) throws XMLStreamException {
      StringBuilder text = new StringBuilder();
      int depth = 1;
      boolean inRun = false;
      while (depth > 0 && x.hasNext()) {
        int ev = x.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          depth++;
          if (is(x, "文本串")) {
            inRun = true;
          } else if (is(x, "制表符")) {
            text.append('\t');
          } else if (is(x, "换行符")) {
            text.append('\n');
          } else if (is(x, "空格符")) {
            String n = x.getAttributeValue(WORD, "个数");
            text.append(" ".repeat(n != null && n.strip().matches("[1-9]\\d{0,2}") ? Integer.parseInt(n.strip()) : 1));
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          depth--;
          if (is(x, "文本串")) {
            inRun = false;
          }
        } else if (inRun && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA)) {
          text.append(x.getText());
        }
      }
      return text.toString().replace('\u00A0', ' ');
    }

    /** The grid of the 字:文字表 at the cursor, up to its end; a table inside a cell gives its text to the cell. */
    private GridBuilder table(XMLStreamReader x) throws XMLStreamException, IngestException {
      GridBuilder grid = new GridBuilder();
      Set<Long> covered = new HashSet<>();
      int row = -1;
      int col = 0;
      int depth = 1;
      while (depth > 0 && x.hasNext()) {
        ReadFailures.checkInterrupted();
        int ev = x.next();
        if (ev == XMLStreamConstants.END_ELEMENT) {
          depth--;
          continue;
        }
        if (ev != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        depth++;
        if (is(x, "行")) {
          row++;
          col = 0;
        } else if (is(x, "单元格") && row >= 0) {
          while (covered.contains(key(row, col))) {
            col++;
          }
          Cell c = cell(x);
          depth--; // cell() read up to the cell's end
          grid.cell(row, col, c.rowSpan(), c.colSpan(), c.text(), null);
          for (int r = row; r < row + c.rowSpan(); r++) {
            for (int k = col; k < col + c.colSpan(); k++) {
              covered.add(key(r, k));
            }
          }
          col += c.colSpan();
        }
      }
      return grid;
    }

    private static long key(int row, int col) {
      return ((long) row << 32) | col;
    }

    /** One cell's spans and text (its paragraphs on lines of their own). */
    private record Cell(int rowSpan, int colSpan, String text) {}

    private static Cell cell(XMLStreamReader x) throws XMLStreamException {
      int rowSpan = 1;
      int colSpan = 1;
      List<String> lines = new ArrayList<>();
      int depth = 1;
      while (depth > 0 && x.hasNext()) {
        int ev = x.next();
        if (ev == XMLStreamConstants.END_ELEMENT) {
          depth--;
        } else if (ev == XMLStreamConstants.START_ELEMENT) {
          if (is(x, "跨列")) {
            colSpan = span(x.getAttributeValue(WORD, "值"));
          } else if (is(x, "跨行")) {
            rowSpan = span(x.getAttributeValue(WORD, "值"));
          }
          if (is(x, "段落")) {
            lines.add(paragraph(x)); // read to the paragraph's end: depth unchanged
          } else {
            depth++;
          }
        }
      }
      return new Cell(rowSpan, colSpan, String.join("\n", lines).strip());
    }

    /** A span as written, 1 when it is missing or not a small whole number. */
    private static int span(String value) {
      return value != null && value.strip().matches("[1-9]\\d{0,2}") ? Integer.parseInt(value.strip()) : 1;
    }
  }
}
