package org.jixiao.extract.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.text.number.Dates;
import org.jixiao.text.number.Numbers;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.extract.table.OwnerHeads;
import org.jixiao.text.name.Names;
import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.Paragraph;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jspecify.annotations.Nullable;

/** Finds "label → value" pairs for a list of labels, in table rows and in "标签：值" paragraphs, in reading order. */
final class LabelledValueFinder {
  private static final int MAX_VALUE = 80;
  /**
   * Another "标签：" after white space (ideographic too), commas or a sentence's end on the same line ("填报单位：XX局,,,评价年度：
   * 2025年", a CSV export's head line; "政策名称：…政策。政策主管部门：…局。", h466): the value before it ends there.
   */
  private static final Pattern NEXT_LABEL = Pattern.compile("(?:[\\s\u3000]+|[,，]+[\\s\u3000]*|[。；;][\\s\u3000]*)[^\\s\u3000：:,，。；;]{1,15}[：:]"
      // or a form head's own next label run on with no gap ("填报单位（盖章）：中共桐柏县委组织部金额单位：万元", a PDF whose
      // space was narrower than a space, h453)
      + "|(?<=\\p{IsHan})(?=(?:金额单位|计量单位|填报日期|填表日期|联系电话|联系人)[：:])");
  /** The full stop of a pair written as a sentence ("实施单位：XX局、各乡镇人民政府。", h466): no part of the value. */
  private static final Pattern SENTENCE_STOP = Pattern.compile("[。；;][\\s\u3000]*$");
  /** A signature line: the evaluator's name, a wide gap, the date it signed ("XX事务所　　2024年5月28日"). */
  private static final Pattern GAP_THEN_DATE = Numbers.compile("(?:[ \\t]{2,}|\u3000)[\\s\u3000]*" + Dates.DATE);
  /** A value's last word a date, after one space ("评价机构：XX有限公司 2025年6月", a cover line whose gaps a PDF gives as one). */
  private static final Pattern SPACE_THEN_LAST_DATE = Numbers.compile("(?<=\\S)[ \\t\u3000]+" + Dates.DATE + "[\\s\u3000]*$");
  /** A label of 2–8 characters opening the line, then white space: the label of a form line without a colon. */
  private static final Pattern SPACED = Pattern.compile("^[\\s\u3000]*([\\p{IsHan}（）()]{2,10})[\\s\u3000]+(?=\\S)");
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
    // a label's words with its brackets taken out too: OCR loses a bracket ("部门单位)名称" for 部门（单位）名称)
    List<String> keys = labels.stream().flatMap(l -> java.util.stream.Stream.of(Names.label(l), Names.unbracketed(l)))
        .distinct().toList();
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
        // "部门名称：XX局" in one cell (a workbook's head row, label and value typed together): read as a line is
        for (Pair pair : pairs(c.text().strip(), keys)) {
          out.add(new LabelledValue(pair.label(), pair.value(), draft.cell(c.page(), t.tableIndex(), c.row(), c.col())));
        }
        continue;
      }
      int before = out.size();
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
      GridCell below = out.size() == before ? onlyLineBelow(t, c) : null;
      String value = below == null ? null : Names.clean(below.text());
      if (value != null && value.length() <= MAX_VALUE) {
        out.add(new LabelledValue(label, value, draft.cell(below.page(), t.tableIndex(), below.row(), below.col())));
      }
    }
  }

  /**
   * The cell under a column head of the one line of figures below it ("项目名称 | 实施单位 | 年初预算数 | … over one
   * project's fund line", the other projects' lines of the sheet left to their own reports, h535): a record's value. A
   * head over several lines (a 汇总 of projects) heads a list, and names no one value.
   */
  private static @Nullable GridCell onlyLineBelow(TableGrid t, GridCell head) {
    int line = OwnerHeads.onlyLineBelow(t, head.row() + head.rowSpan() - 1);
    GridCell v = line < 0 ? null : t.cellAt(line, head.col());
    return v == null || v.row() != line ? null : v;
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
    int lineStart = 0;
    for (String line : p.text().split("\n")) {
      List<Pair> pairs = pairs(line, keys);
      for (Pair pair : pairs.isEmpty() ? spaced(line, keys) : pairs) {
        out.add(new LabelledValue(pair.label(), pair.value(),
            draft.span(p.page(), p.start() + lineStart + pair.start(), p.start() + lineStart + pair.end())));
      }
      lineStart += line.length() + 1;
    }
  }

  /** A "标签：值" pair of one line, the value at {@code [start, end)} of the line. */
  private record Pair(String label, String value, int start, int end) {}

  /** The pairs of one line whose label is one of {@code keys}, in order. */
  private static List<Pair> pairs(String line, List<String> keys) {
    List<Pair> out = new ArrayList<>();
    int from = 0;
    while (from < line.length()) {
      while (from < line.length() && (Names.isRegional(line.charAt(from)) || Character.isWhitespace(line.charAt(from)))) {
        from++; // a bilingual form's translation before the label ("…སྒོར་ཁྲི།填报单位：", h408)
      }
      int colon = colon(line, from);
      if (colon <= from || colon - from > 16) {
        break;
      }
      // a portal line holds several pairs apart by spaces ("发布机构：XX局  发布日期：2024-05-16")
      Matcher next = NEXT_LABEL.matcher(line);
      int end = next.find(colon + 1) ? next.start() : line.length();
      Matcher dated = GAP_THEN_DATE.matcher(line).region(colon + 1, end);
      end = dated.find() ? dated.start() : end;
      Matcher last = SPACE_THEN_LAST_DATE.matcher(line).region(colon + 1, end);
      end = last.find() ? last.start() : end;
      String label = Names.label(line.substring(from, colon));
      String value = Names.clean(SENTENCE_STOP.matcher(line.substring(colon + 1, end)).replaceFirst(""));
      if (keys.contains(label) && value != null && value.length() <= 60) {
        out.add(new Pair(label, value, colon + 1, end));
      }
      from = end;
      while (from < line.length() && (Character.isWhitespace(line.charAt(from)) || line.charAt(from) == '\u3000'
          || line.charAt(from) == ',' || line.charAt(from) == '，')) {
        from++; // the separators before the next label
      }
      if (from == end) {
        from = end < line.length() ? end + 1 : end;
      }
    }
    return out;
  }

  /**
   * A form line whose label and value a borderless PDF sets apart by white space, no colon ("主管部门　赣州市南康区人力资源
   * 和社会保障局", "项目负责人 钟×× 联系电话：…"): the label opens the line; the value runs to the next "标签：" or the end.
   */
  private static List<Pair> spaced(String line, List<String> keys) {
    Matcher m = SPACED.matcher(line);
    if (!m.lookingAt() || !keys.contains(Names.label(m.group(1)))) {
      return List.of();
    }
    Matcher next = NEXT_LABEL.matcher(line);
    int end = next.find(m.end()) ? next.start() : line.length();
    String value = Names.clean(line.substring(m.end(), end));
    return value == null || value.length() > 60 ? List.of() : List.of(new Pair(Names.label(m.group(1)), value, m.end(), end));
  }

  private static int colon(String line, int from) {
    int full = line.indexOf('：', from);
    int half = line.indexOf(':', from);
    return full < 0 ? half : half < 0 ? full : Math.min(full, half);
  }
}
