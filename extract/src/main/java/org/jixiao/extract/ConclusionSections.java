package org.jixiao.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.ingest.Paragraph;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.ExtractionMethod;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Section;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * 一级 scores stated only in the conclusion's sentence ("其中决策13.5分、过程19.12分、产出38分、效益23.77分", h244, h252,
 * h261) of a report whose table prints no 小计 rows: each group of the rows named in one sentence with its score gives
 * a section, its weight the sum of its rows' weights. Read only when the sentence names every group of the rows, each
 * once, and nothing else gave sections.
 */
final class ConclusionSections {
  private static final String SCORED = "\\s*(?:指标)?\\s*(?:[（(]\\s*{N}\\s*分\\s*[）)])?\\s*(?:自评)?(?:得分?)?(?:为)?\\s*(?<s>{N})\\s*分";

  private ConclusionSections() {}

  static void read(ParsedDocument doc, ReportDraft draft, List<IndicatorRow> rows) {
    if (!draft.sections().isEmpty()) {
      return;
    }
    Map<String, List<IndicatorRow>> groups = new LinkedHashMap<>();
    for (IndicatorRow r : rows) {
      if (r.level1() == null || r.level1().isBlank()) {
        return; // a row outside any group: the groups do not make the whole
      }
      groups.computeIfAbsent(r.level1(), k -> new ArrayList<>()).add(r);
    }
    if (groups.size() < 2) {
      return;
    }
    // each group's statement, compiled once for all paragraphs
    Map<String, Pattern> stated = new LinkedHashMap<>();
    groups.keySet().forEach(g -> stated.put(g,
        Numbers.compile("(?:(?<![\\p{IsHan}])|(?<=其中))" + Pattern.quote(stem(Names.compact(g))) + SCORED)));
    for (Paragraph p : doc.paragraphs()) {
      List<Section> found = sections(p, draft, groups, stated);
      if (!found.isEmpty()) {
        found.forEach(draft::section);
        return;
      }
    }
  }

  /** The sections one paragraph states, every group once; none when it does not. */
  private static List<Section> sections(Paragraph p, ReportDraft draft, Map<String, List<IndicatorRow>> groups,
      Map<String, Pattern> stated) {
    List<Section> out = new ArrayList<>();
    for (Map.Entry<String, List<IndicatorRow>> g : groups.entrySet()) {
      Matcher m = stated.get(g.getKey()).matcher(p.text());
      if (!m.find()) {
        return List.of();
      }
      int from = m.start();
      int to = m.end();
      BigDecimal score = Numbers.of(m.group("s"));
      if (m.find()) {
        return List.of(); // named twice: not one statement of each group
      }
      out.add(new Section(g.getKey(), weight(g.getValue()), score, draft.span(p.page(), p.start() + from, p.start() + to),
          ExtractionMethod.PROSE));
    }
    return out;
  }

  /** The group's name without a trailing 指标 ("产出指标" is stated as 产出). */
  private static String stem(String name) {
    return name.endsWith("指标") && name.length() > 3 ? name.substring(0, name.length() - 2) : name;
  }

  /** The sum of the rows' weights, or null when a row states none. */
  private static @Nullable BigDecimal weight(List<IndicatorRow> rows) {
    BigDecimal sum = BigDecimal.ZERO;
    for (IndicatorRow r : rows) {
      if (r.weight() == null) {
        return null;
      }
      sum = sum.add(r.weight());
    }
    return sum;
  }
}
