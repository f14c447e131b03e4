package org.jixiao.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.TableMethod;
import org.jixiao.text.name.Outline;
import org.jspecify.annotations.Nullable;

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
    return OcrNames.eachOcrCell(doc, (t, c) -> repaired(c, longest));
  }

  private static OcrNames.@Nullable Repair repaired(GridCell c, int[] longest) {
    Matcher m = READ.matcher(c.text());
    if (!m.find() || m.group(1).indexOf('l') < 0) {
      return null;
    }
    String read = m.group(1);
    String code = read.replace('l', '1');
    int most = longest[read.charAt(0) - 'A'];
    if (most > 0 && code.length() - 1 > most) {
      code = read.replace("l", "");
    }
    return new OcrNames.Repair(c.text().substring(0, m.start(1)) + code + c.text().substring(m.end(1)),
        "编码识别为“" + read + "”，按“" + code + "”读（其余编码印作字母加数字）");
  }
}
