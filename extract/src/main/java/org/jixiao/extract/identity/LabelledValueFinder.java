package org.jixiao.extract.identity;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.text.name.Names;
import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.Paragraph;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jspecify.annotations.Nullable;

/** Finds "label → value" pairs for a list of labels, in table rows and in "标签：值" paragraphs, in reading order. */
final class LabelledValueFinder {
  private static final int MAX_VALUE = 80;
  private LabelledValueFinder() {}

  static List<LabelledValue> find(ParsedDocument doc, List<String> labels, ReportDraft draft) {
    return find(doc, labels, null, draft);
  }

  /**
   * As {@link #find(ParsedDocument, List, ReportDraft)}, but when {@code rowLabels} is given a table
   * value counts only when it ends its row or the next cell is one of those labels ("项目名称 | X" or
   * "主管部门 | X | 实施单位 | Y"): a label heading a column ("项目名称 | 预算数 | …") names no value.
   */
  static List<LabelledValue> find(ParsedDocument doc, List<String> labels, @Nullable List<String> rowLabels,
      ReportDraft draft) {
    List<String> keys = labels.stream().map(Names::label).toList();
    List<String> stops = rowLabels == null ? null : rowLabels.stream().map(Names::label).toList();
    List<LabelledValue> out = new ArrayList<>();
    for (var block : doc.blocks()) {
      if (block instanceof TableGrid t) {
        inTable(t, keys, stops, draft, out);
      } else if (block instanceof Paragraph p) {
        inParagraph(p, keys, draft, out);
      }
    }
    return out;
  }

  private static void inTable(TableGrid t, List<String> keys, @Nullable List<String> stops, ReportDraft draft,
      List<LabelledValue> out) {
    for (GridCell c : t.cells()) {
      String label = Names.label(c.text());
      if (!keys.contains(label)) {
        continue;
      }
      for (int col = c.col() + c.colSpan(); col < t.cols(); col++) {
        GridCell v = t.cellAt(c.row(), col);
        String value = Names.clean(v.text());
        if (value != null) {
          if (value.length() <= MAX_VALUE && endsPair(t, v, stops)) { // a cell of prose next to the label is not a name
            out.add(new LabelledValue(label, value, draft.cell(v.page(), t.tableIndex(), v.row(), v.col())));
          }
          break;
        }
      }
    }
  }

  /** True without {@code stops}, or when {@code v} ends its row or is followed by one of them. */
  private static boolean endsPair(TableGrid t, GridCell v, @Nullable List<String> stops) {
    if (stops == null) {
      return true;
    }
    for (int col = v.col() + v.colSpan(); col < t.cols(); col++) {
      String next = Names.label(t.cellAt(v.row(), col).text());
      if (!next.isEmpty()) {
        return stops.contains(next);
      }
    }
    return true;
  }

  private static void inParagraph(Paragraph p, List<String> keys, ReportDraft draft, List<LabelledValue> out) {
    for (String line : p.text().split("\n")) {
      int colon = Math.max(line.indexOf('：'), line.indexOf(':'));
      if (colon <= 0 || colon > 16) {
        continue;
      }
      String label = Names.label(line.substring(0, colon));
      String value = Names.clean(line.substring(colon + 1));
      if (keys.contains(label) && value != null && value.length() <= 60) {
        int at = p.text().indexOf(line) + colon + 1;
        out.add(new LabelledValue(label, value, draft.span(p.page(), p.start() + at, p.start() + at + line.length() - colon - 1)));
      }
    }
  }
}
