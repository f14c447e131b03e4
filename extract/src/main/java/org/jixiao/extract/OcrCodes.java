package org.jixiao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.IngestWarning;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.TableMethod;
import org.jixiao.schema.WarningCode;
import org.jixiao.text.name.Outline;

/**
 * Indicator codes OCR read with the digit 1 as the letter l ("Al1部门职能明确性" for A11, "Bl11预算调整率" for B11, sample 003's
 * scans): the code is not told from the name, so the row is both missed and spurious. Put right only in a document whose
 * OCR tables print {@value #MIN_CODES} or more codes cleanly, each l read as 1, or dropped as a stray stroke where 1 would
 * make the code longer than any clean code with its letter. What OCR read stays on the cell and a warning names it.
 */
final class OcrCodes {
  private static final int MIN_CODES = 3;
  private static final Pattern CLEAN = Pattern.compile("^\\s*(" + Outline.NUMBERED_CODE + ")(?=\\s*\\p{IsHan})");
  private static final Pattern READ = Pattern.compile("^\\s*(" + Outline.OCR_CODE + ")(?=\\s*\\p{IsHan})");

  private OcrCodes() {}

  static ParsedDocument repaired(ParsedDocument doc) {
    int[] longest = new int[26];
    int clean = 0;
    for (TableGrid t : doc.tables()) {
      if (t.method() == TableMethod.OCR) {
        for (GridCell c : t.cells()) {
          Matcher m = CLEAN.matcher(c.text());
          if (m.find()) {
            clean++;
            int letter = m.group(1).charAt(0) - 'A';
            longest[letter] = Math.max(longest[letter], m.group(1).length() - 1);
          }
        }
      }
    }
    if (clean < MIN_CODES) {
      return doc;
    }
    return OcrNames.eachOcrTable(doc, (t, warnings) -> repaired(t, longest, warnings));
  }

  private static TableGrid repaired(TableGrid t, int[] longest, List<IngestWarning> warnings) {
    List<GridCell> cells = new ArrayList<>(t.cells().size());
    boolean changed = false;
    for (GridCell c : t.cells()) {
      Matcher m = READ.matcher(c.text());
      if (!m.find() || m.group(1).indexOf('l') < 0 || c.ocr() == null) {
        cells.add(c);
        continue;
      }
      String read = m.group(1);
      String code = read.replace('l', '1');
      int most = longest[read.charAt(0) - 'A'];
      if (most > 0 && code.length() - 1 > most) {
        code = read.replace("l", "");
      }
      String text = c.text().substring(0, m.start(1)) + code + c.text().substring(m.end(1));
      changed = true;
      cells.add(new GridCell(c.row(), c.col(), c.rowSpan(), c.colSpan(), text, c.page(), c.ocr().corrected(c.text()), c.box()));
      warnings.add(new IngestWarning(WarningCode.OCR_NAME_CORRECTED, String.format(Locale.ROOT,
          "表%d 第%d行第%d列：编码识别为“%s”，按“%s”读（其余编码印作字母加数字）", t.tableIndex() + 1, c.row() + 1, c.col() + 1,
          read, code), c.page()));
    }
    return changed ? new TableGrid(t.index(), t.tableIndex(), t.rows(), t.cols(), cells, t.page(), t.start(), t.end(),
        t.method(), t.sheet()) : t;
  }
}
