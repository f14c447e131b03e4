package org.jixiao.extract.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.ingest.Paragraph;
import org.jixiao.text.number.Numbers;

/**
 * A number cut from its unit by a PDF line break: "…扣0.5分，本项得4.5" / "分。" come as two paragraphs. The
 * two are read as one, the gap between them (a line break) kept as spaces so that offsets into the joined
 * text stay offsets into the document; the joined paragraph keeps the first one's page.
 */
final class UnitWrap {
  private static final Pattern ENDS_IN_NUMBER = Numbers.compile("{N}[\\s\\u00A0\\u3000]*$");
  private static final Pattern STARTS_WITH_UNIT = Pattern.compile("^[\\s\\u00A0\\u3000]*(?:分|%|％)");

  private UnitWrap() {}

  static List<Paragraph> join(List<Paragraph> paragraphs) {
    List<Paragraph> out = new ArrayList<>(paragraphs.size());
    for (Paragraph p : paragraphs) {
      Paragraph last = out.isEmpty() ? null : out.get(out.size() - 1);
      int gap = last == null ? -1 : p.start() - last.end();
      if (last != null && gap >= 0 && ENDS_IN_NUMBER.matcher(last.text()).find()
          && STARTS_WITH_UNIT.matcher(p.text()).find()) {
        String text = last.text() + " ".repeat(gap) + p.text();
        out.set(out.size() - 1, new Paragraph(last.index(), text, last.headingLevel(), last.page(), last.start(), p.end()));
      } else {
        out.add(p);
      }
    }
    return out;
  }
}
