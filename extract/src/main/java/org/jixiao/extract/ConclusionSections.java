package org.jixiao.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.ingest.Paragraph;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.ExtractionMethod;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Section;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * 一级 scores stated only in the conclusion's sentence ("其中决策13.5分、过程19.12分、产出38分、效益23.77分", h244, h252,
 * h261), or in a small table of cards, a row a group ("产出指标 | 分值50分 | 得分49.28分", h445), of a report whose table
 * prints no 小计 rows: each group of the rows named with its score gives a section, its weight the sum of its rows'
 * weights. Read only when the sentence or the table names every group of the rows, each once, and nothing else gave
 * sections.
 */
final class ConclusionSections {
  /**
   * A group's score after its name: "决策13.5分", "产出指标（40分）得分38分", or after its weight as a clause of its own
   * ("决策部分12分，得11.5分", an interview's answer, h447), or in a row of cards ("产出指标 | 分值50分 | 得分49.28分", h445).
   */
  private static final String SCORED = "\\s*(?:指标|部分|方面)?\\s*(?:[（(]\\s*{N}\\s*分\\s*[）)]|(?:满分|权重|分值)?\\s*{N}\\s*分\\s*[，,\\s]\\s*(?=得))?"
      + "\\s*(?:自评)?(?:得分?)?(?:为)?\\s*(?<s>{N})\\s*分";

  private ConclusionSections() {}

  static void read(ParsedDocument doc, ReportDraft draft, List<IndicatorRow> rows) {
    if (!draft.sections().isEmpty()) {
      return;
    }
    Map<String, List<IndicatorRow>> groups = new LinkedHashMap<>();
    int outside = 0;
    for (IndicatorRow r : rows) {
      if (r.level1() == null || r.level1().isBlank()) {
        outside++;
      } else {
        groups.computeIfAbsent(r.level1(), k -> new ArrayList<>()).add(r);
      }
    }
    if (groups.size() < 2) {
      return;
    }
    // each group's statement, compiled once for all paragraphs
    Map<String, Pattern> stated = new LinkedHashMap<>();
    groups.keySet().forEach(g -> stated.put(g,
        Numbers.compile("(?:(?<![\\p{IsHan}])|(?<=其中))" + Pattern.quote(stem(Names.compact(g))) + SCORED)));
    // a row outside any group: the groups a sentence names do not make the whole
    for (Paragraph p : outside == 0 ? doc.paragraphs() : List.<Paragraph>of()) {
      List<Section> found = sections(p, draft, groups, stated);
      if (!found.isEmpty()) {
        found.forEach(draft::section);
        return;
      }
    }
    // a table of the groups, a row each, names them all; the form's scored budget line may stand outside them
    for (TableGrid t : outside <= 1 ? doc.tables() : List.<TableGrid>of()) {
      List<Section> found = sections(t, draft, groups, stated);
      if (!found.isEmpty()) {
        found.forEach(draft::section);
        return;
      }
    }
  }

  /**
   * The sections a small table of the groups states, a row each, its cells read as one line ("产出指标 分值50分 得分49.28分
   * 得分率98.56%": a 图解 page's cards, h445); none unless every group is stated once, each in its own row.
   */
  private static List<Section> sections(TableGrid t, ReportDraft draft, Map<String, List<IndicatorRow>> groups,
      Map<String, Pattern> stated) {
    if (t.rows() != groups.size()) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    for (int r = 0; r < t.rows(); r++) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < t.cols(); c++) {
        line.append(c == 0 ? "" : " ").append(t.text(r, c));
      }
      lines.add(line.toString());
    }
    List<Section> out = new ArrayList<>();
    Set<Integer> used = new HashSet<>();
    for (Map.Entry<String, List<IndicatorRow>> g : groups.entrySet()) {
      Integer at = null;
      BigDecimal score = null;
      for (int r = 0; r < lines.size(); r++) {
        Matcher m = stated.get(g.getKey()).matcher(lines.get(r));
        if (m.find() && m.start() == 0) {
          if (at != null) {
            return List.of(); // named twice
          }
          at = r;
          score = Numbers.of(m.group("s"));
        }
      }
      if (at == null || !used.add(at)) {
        return List.of();
      }
      out.add(new Section(g.getKey(), weight(g.getValue()), score, draft.cell(t.page(), t.tableIndex(), at, 0), ExtractionMethod.TABLE));
    }
    return out;
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
