package org.jixiao.ingest.odf;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.office.ReadFailures;

/**
 * The visible text of an ODF element: characters, {@code text:s} (c spaces), {@code text:tab},
 * {@code text:line-break}; paragraphs nested in frames go on their own lines. Footnote and comment
 * bodies are not part of the paragraph; they are counted so the reader can warn.
 */
final class OdfText {
  static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

  /** Footnotes and comments left out of the text. */
  int skippedNotes;

  /** Reads from the current START_ELEMENT to its END_ELEMENT and returns the text inside. */
  String read(XMLStreamReader x) throws XMLStreamException, IngestException {
    StringBuilder out = new StringBuilder();
    int depth = 1;
    while (depth > 0 && x.hasNext()) {
      int ev = x.next();
      if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
        out.append(x.getText());
      } else if (ev == XMLStreamConstants.START_ELEMENT) {
        String ns = x.getNamespaceURI();
        String name = x.getLocalName();
        if (TEXT.equals(ns) && name.equals("s")) {
          out.append(" ".repeat(Math.clamp(intAttr(x, TEXT, "c", 1), 1, 1000)));
        } else if (TEXT.equals(ns) && name.equals("tab")) {
          out.append('\t');
        } else if (TEXT.equals(ns) && name.equals("line-break")) {
          out.append('\n');
        } else if ((TEXT.equals(ns) && (name.equals("p") || name.equals("h"))) && !out.isEmpty()) {
          out.append('\n');
        } else if ((TEXT.equals(ns) && name.equals("note")) || (OFFICE.equals(ns) && name.equals("annotation"))) {
          skippedNotes++;
          skip(x);
          continue;
        }
        depth++;
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
        if (out.length() % 4096 == 0) {
          ReadFailures.checkInterrupted();
        }
      }
    }
    return out.toString();
  }

  /** Skips from the current START_ELEMENT past its END_ELEMENT. */
  static void skip(XMLStreamReader x) throws XMLStreamException {
    int depth = 1;
    while (depth > 0 && x.hasNext()) {
      int ev = x.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  static long intAttr(XMLStreamReader x, String ns, String local, long fallback) {
    String v = x.getAttributeValue(ns, local);
    if (v == null) {
      return fallback;
    }
    try {
      return Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
