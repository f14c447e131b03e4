package org.jixiao.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.ingest.Paragraph;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.SourceRef;
import org.jixiao.text.number.ValueParser;
import org.jspecify.annotations.Nullable;

/**
 * Note markers on a row's figures ("3.26①", "83%③", "120.00*", h310): a reference to a note printed under the table,
 * not part of the figure, so the target and actual are read without it. A circled number's note ("③金柚商品果率评分细则：
 * 达到年度指标值得满分，每低于年度指标值1个百分点扣1分", a paragraph opening with the marker, or with 注：and the marker)
 * that states points is the row's scoring rule when the row prints none, cited from its paragraph.
 */
final class NoteMarkers {
  private static final Pattern TRAILING = Pattern.compile("^(?<value>.*?\\S)\\s*(?<mark>[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]|\\*{1,3}|※)$");
  private static final Pattern NOTE = Pattern.compile("^(?:注\\s*[:：]?\\s*)?(?<mark>[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\\s*(?<text>.+)$");
  /** A note's label before its rule ("金柚商品果率评分细则："): the row names itself, the rule follows. */
  private static final Pattern RULE_LABEL = Pattern.compile("^[^：:，,。]{0,20}(?:评分细则|评分标准|计分办法|评分办法|评分规则)\\s*[：:]\\s*");
  /** A note that pays or takes points: a rule, not a data source or a definition. */
  private static final Pattern STATES_POINTS = Pattern.compile("[得扣][^，,。；;]{0,12}分");

  private NoteMarkers() {}

  /** The rows with the markers taken off their figures, and the rule of a marked row from its note. */
  static List<IndicatorRow> read(List<IndicatorRow> rows, ParsedDocument doc, ReportDraft draft) {
    if (rows.stream().noneMatch(r -> marked(r.target()) != null || marked(r.actual()) != null)) {
      return rows;
    }
    Map<String, Paragraph> notes = new HashMap<>();
    for (Paragraph p : doc.paragraphs()) {
      Matcher m = NOTE.matcher(p.text().strip());
      if (m.matches()) {
        notes.putIfAbsent(m.group("mark"), p);
      }
    }
    return rows.stream().map(r -> unmarked(r, notes, draft)).toList();
  }

  private static IndicatorRow unmarked(IndicatorRow r, Map<String, Paragraph> notes, ReportDraft draft) {
    Matcher target = marked(r.target());
    Matcher actual = marked(r.actual());
    if (target == null && actual == null) {
      return r;
    }
    String t = target == null ? r.target() : target.group("value");
    String a = actual == null ? r.actual() : actual.group("value");
    String rule = r.rule();
    Map<IndicatorField, SourceRef> sources = new java.util.LinkedHashMap<>(r.sources());
    for (Matcher m : new Matcher[] {actual, target}) {
      Paragraph note = m == null ? null : notes.get(m.group("mark"));
      if (rule == null && note != null) {
        Matcher n = NOTE.matcher(note.text().strip());
        if (n.matches() && STATES_POINTS.matcher(n.group("text")).find()) {
          rule = RULE_LABEL.matcher(n.group("text").strip()).replaceFirst("");
          sources.put(IndicatorField.rule, draft.span(note.page(), note.start(), note.end()));
        }
      }
    }
    return new IndicatorRow(r.goal(), r.code(), r.level1(), r.level2(), r.level3(), t, a, r.weight(), r.score(),
        t == null ? null : ValueParser.parse(t), a == null ? null : ValueParser.parse(a), rule, r.deviationReason(),
        r.canonicalKey(), r.source(), r.method(), sources, r.alternates());
  }

  private static @Nullable Matcher marked(@Nullable String value) {
    if (value == null) {
      return null;
    }
    Matcher m = TRAILING.matcher(value.strip());
    // a figure before the marker: "3.26①", "92.4%②", not a phrase ending in a mark
    return m.matches() && m.group("value").chars().anyMatch(Character::isDigit) && ValueParser.parse(m.group("value")).number() != null
        ? m : null;
  }
}
