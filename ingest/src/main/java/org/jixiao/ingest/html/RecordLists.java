package org.jixiao.ingest.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.ingest.GridBuilder;
import org.jsoup.nodes.Element;

/**
 * 定义列表记录: a report's indicators printed with no table, each a {@code <dl>} whose one {@code <dt>} names it and
 * whose {@code <dd>}s are its labelled fields ("一级指标：产出指标", "分值：8", h225). A run of such lists is read as the
 * table it stands for: a header of the fields' labels in the order first printed, the names in a first column the
 * page heads with nothing, one row per list; a label a list lacks leaves its cell empty. A list counts with
 * {@value #MIN_FIELDS} labelled fields or more and nothing else in it.
 */
final class RecordLists {
  static final int MIN_FIELDS = 3;
  private static final int MAX_LABEL = 12;

  private RecordLists() {}

  /** One list: its term (the indicator's name) and its fields, label to value in order. */
  record Record(String term, Map<String, String> fields) {}

  /** The record a list holds, or empty when {@code dl} is not a record list. */
  static Optional<Record> of(Element dl) {
    List<Element> kids = dl.children();
    if (!dl.normalName().equals("dl") || kids.size() < MIN_FIELDS + 1 || !kids.getFirst().normalName().equals("dt")) {
      return Optional.empty();
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Element dd : kids.subList(1, kids.size())) {
      String text = HtmlText.of(dd);
      int colon = Math.max(text.indexOf('：'), text.indexOf(':'));
      if (!dd.normalName().equals("dd") || colon <= 0 || colon > MAX_LABEL || out.containsKey(text.substring(0, colon).strip())) {
        return Optional.empty();
      }
      out.put(text.substring(0, colon).strip(), text.substring(colon + 1).strip());
    }
    return Optional.of(new Record(HtmlText.of(kids.getFirst()), out));
  }

  /** The grid of these records: a header of their labels, then a row of each, its term first. */
  static GridBuilder grid(List<Record> records) {
    List<String> labels = new ArrayList<>();
    for (Record r : records) {
      r.fields().keySet().stream().filter(l -> !labels.contains(l)).forEach(labels::add);
    }
    GridBuilder grid = new GridBuilder();
    for (int c = 0; c < labels.size(); c++) {
      grid.cell(0, c + 1, 1, 1, labels.get(c), null);
    }
    for (int r = 0; r < records.size(); r++) {
      grid.cell(r + 1, 0, 1, 1, records.get(r).term(), null);
      for (int c = 0; c < labels.size(); c++) {
        String v = records.get(r).fields().get(labels.get(c));
        if (v != null && !v.isEmpty()) {
          grid.cell(r + 1, c + 1, 1, 1, v, null);
        }
      }
    }
    grid.ensureSize(records.size() + 1, labels.size() + 1);
    return grid;
  }
}
