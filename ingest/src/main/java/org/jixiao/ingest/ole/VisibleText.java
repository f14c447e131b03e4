package org.jixiao.ingest.ole;

import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Range;

/**
 * A Word 97 range's text as Word shows it with its tracked changes accepted: runs marked deleted (a revision's old
 * figure, a dropped row's cells, h278) and hidden runs are left out.
 */
final class VisibleText {
  private VisibleText() {}

  static String of(Range range) {
    boolean any = false;
    for (int i = 0; i < range.numCharacterRuns() && !any; i++) {
      CharacterRun r = range.getCharacterRun(i);
      any = r.isMarkedDeleted() || r.isVanished();
    }
    if (!any) {
      return range.text();
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < range.numCharacterRuns(); i++) {
      CharacterRun r = range.getCharacterRun(i);
      String t = r.text();
      if (!r.isMarkedDeleted() && !r.isVanished()) {
        out.append(t);
      } else {
        // a deleted or hidden run may carry the paragraph's or the cell's end mark: keep the structure
        t.chars().filter(c -> c == '\r' || c == '\u0007').forEach(c -> out.append((char) c));
      }
    }
    return out.toString();
  }
}
