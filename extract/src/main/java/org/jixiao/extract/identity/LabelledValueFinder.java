package org.jixiao.extract.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.text.name.Names;
import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.Paragraph;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;

/** Finds "label → value" pairs for a list of labels, in table rows and in "标签：值" paragraphs, in reading order. */
final class LabelledValueFinder {
  private static final int MAX_VALUE = 80;
  /** Another "标签：" after white space on the same line: the value before it ends there. */
  private static final Pattern NEXT_LABEL = Pattern.compile("[\\s\u3000]+\\p{IsHan}[^\\s\u3000：:]{0,15}[：:]");
  private LabelledValueFinder() {}

  static List<LabelledValue> find(ParsedDocument doc, List<String> labels, ReportDraft draft) {
    List<String> keys = labels.stream().map(Names::label).toList();
    List<LabelledValue> out = new ArrayList<>();
    for (var block : doc.blocks()) {
      if (block instanceof TableGrid t) {
        inTable(t, keys, draft, out);
      } else if (block instanceof Paragraph p) {
        inParagraph(p, keys, draft, out);
      }
    }
    return out;
  }

  private static void inTable(TableGrid t, List<String> keys, ReportDraft draft, List<LabelledValue> out) {
    for (GridCell c : t.cells()) {
      String label = Names.label(c.text());
      if (!keys.contains(label)) {
        continue;
      }
      for (int col = c.col() + c.colSpan(); col < t.cols(); col++) {
        GridCell v = t.cellAt(c.row(), col);
        String value = Names.clean(v.text());
        if (value != null) {
          if (value.length() <= MAX_VALUE) { // a cell of prose next to the label is not a name
            out.add(new LabelledValue(label, value, draft.cell(v.page(), t.tableIndex(), v.row(), v.col())));
          }
          break;
        }
      }
    }
  }

  private static void inParagraph(Paragraph p, List<String> keys, ReportDraft draft, List<LabelledValue> out) {
    for (String line : p.text().split("\n")) {
      int colon = Math.max(line.indexOf('：'), line.indexOf(':'));
      if (colon <= 0 || colon > 16) {
        continue;
      }
      String label = Names.label(line.substring(0, colon));
      String rest = line.substring(colon + 1);
      Matcher nextLabel = NEXT_LABEL.matcher(rest);
      if (nextLabel.find()) {
        rest = rest.substring(0, nextLabel.start()); // a form line of pairs: "部门名称：X　部门编码：Y　金额单位：万元"
      }
      String value = Names.clean(rest);
      if (keys.contains(label) && value != null && value.length() <= 60) {
        int at = p.text().indexOf(line) + colon + 1;
        out.add(new LabelledValue(label, value, draft.span(p.page(), p.start() + at, p.start() + at + rest.length())));
      }
    }
  }
}
