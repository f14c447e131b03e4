package org.jixiao.ingest.ole;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.DocumentBuilder;
import org.jixiao.ingest.FormatReader;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.office.ReadFailures;
import org.jixiao.schema.WarningCode;

/**
 * Word 97-2003 (DOC, via POI HWPF): paragraphs and tables of the main text in order, heading
 * levels from the outline level or the "Heading N" / "标题 N" style, field codes and control
 * characters removed (see {@link FieldCodes}), tables through {@link DocTables}. Pages are null.
 */
public final class DocReader implements FormatReader {
  private static final Pattern HEADING_STYLE = Pattern.compile("^(?:heading|标题)\\s*([1-9])$");

  @Override
  public Set<DocFormat> formats() {
    return Set.of(DocFormat.DOC);
  }

  @Override
  public ParsedDocument read(Path file, DocFormat format, Limits limits) throws IngestException {
    return ReadFailures.read(file, format, limits, out -> {
      try (InputStream in = Files.newInputStream(file);
          HWPFDocument doc = new HWPFDocument(in)) {
        emit(doc, out);
        out.metadata("title", doc.getSummaryInformation() == null ? null : doc.getSummaryInformation().getTitle());
      }
    });
  }

  private static void emit(HWPFDocument doc, DocumentBuilder out) throws IngestException, IOException {
    Range range = doc.getRange();
    Map<Integer, Integer> styleLevels = new HashMap<>();
    int nested = 0;
    int repairs = 0;
    for (int i = 0; i < range.numParagraphs(); i++) {
      ReadFailures.checkInterrupted();
      Paragraph p = range.getParagraph(i);
      if (p.isInTable()) {
        Table t = range.getTable(p);
        DocTables.Result r = DocTables.read(t);
        nested += r.nestedTables();
        repairs += r.repairs();
        out.table(r.grid());
        for (var inner : r.inner()) {
          out.table(inner);
        }
        i += Math.max(1, t.numParagraphs()) - 1;
        continue;
      }
      int level = p.getLvl() >= 0 && p.getLvl() < 9 ? p.getLvl() + 1 : styleLevels.computeIfAbsent((int) p.getStyleIndex(), k -> styleLevel(doc, k));
      out.paragraph(FieldCodes.clean(VisibleText.of(p)), level, null);
    }
    if (nested > 0) {
      out.warn(WarningCode.NESTED_TABLE_READ, nested + " table(s) nested in a cell read as tables of their own, after the table holding them", null);
    }
    if (repairs > 0) {
      out.warn(WarningCode.TABLE_MARKUP_REPAIRED, repairs + " cell(s) of an inconsistent table were moved to free grid slots", null);
    }
  }

  private static int styleLevel(HWPFDocument doc, int index) {
    StyleDescription sd = doc.getStyleSheet() == null ? null : doc.getStyleSheet().getStyleDescription(index);
    if (sd == null || sd.getName() == null) {
      return 0;
    }
    Matcher m = HEADING_STYLE.matcher(sd.getName().strip().toLowerCase(Locale.ROOT));
    return m.matches() ? Integer.parseInt(m.group(1)) : 0;
  }
}
