package org.jixiao.extract.prose;

import org.jixiao.text.name.Outline;
import org.jixiao.text.number.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.extract.draft.Candidates;
import org.jixiao.extract.draft.GradeWords;
import org.jixiao.extract.draft.IndicatorStrategy;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.extract.draft.RowCandidate;
import org.jixiao.schema.IndicatorField;
import org.jixiao.text.number.ValueParser;
import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.Paragraph;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.ExtractionMethod;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.ScoreStatement;
import org.jixiao.schema.Section;
import org.jixiao.schema.SourceRef;
import org.jixiao.schema.TextSpan;
import org.jixiao.schema.WarningCode;

/**
 * The prose strategy: reads scores stated in running text. Paragraph by paragraph: a heading that
 * scores a group ("2、管理效率指标完成情况详细分析（设置分值22分，得21分）") becomes a section and the group
 * of the rows after it; a paragraph that scores one indicator becomes a row, with the sentence that
 * scores it as its statement; total and grade sentences, also inside long table cells, go to the
 * draft.
 */
public final class ProseIndicatorExtractor implements IndicatorStrategy {
  private static final Pattern PERCENT = Numbers.compile("(?:(?:不低于|不高于|高于|低于|达到|超过)\\s*)?{P}");
  private static final Pattern ARABIC_ITEM = Pattern.compile("[\\s\\u00A0\\u3000]*" + Outline.ARABIC);
  private static final Pattern ANY_ORDINAL = Pattern.compile("[\\s\\u00A0\\u3000]*" + Outline.ANY);
  private static final String SENTENCE_END = "。；;！!？?：:";
  private static final int LONG_CELL = 15;
  private static final int SHORT_PARAGRAPH = 30;

  private final ScoreMentionFinder finder;
  private final ProseNameGuesser names;
  private final GradeWords grades;

  public ProseIndicatorExtractor(ScoreMentionFinder finder, ProseNameGuesser names, GradeWords grades) {
    this.finder = finder;
    this.names = names;
    this.grades = grades;
  }

  public static ProseIndicatorExtractor standard() {
    return new ProseIndicatorExtractor(new ScoreMentionFinder(ScorePatterns.standard()), ProseNameGuesser.standard(), GradeWords.standard());
  }

  @Override
  public ExtractionMethod method() {
    return ExtractionMethod.PROSE;
  }

  @Override
  public Candidates extract(ParsedDocument doc, ReportDraft draft) {
    List<RowCandidate> rows = new ArrayList<>();
    String group = null;
    Paragraph lastShort = null;
    for (Paragraph p : doc.paragraphs()) {
      List<ScoreMention> mentions = finder.find(p.text());
      List<CodedItem> coded = CodedItem.find(p.text());
      Optional<HeadedParagraph> headed = HeadedParagraph.parse(p.text());
      if (coded.size() > 1 || (coded.size() == 1 && headed.isEmpty())) {
        // several coded items in one paragraph, or one after a 二级 lead; one item heading its paragraph is headed
        coded(coded, group, p, draft, rows);
        statements(mentions, p, draft);
        lastShort = null;
        continue;
      }
      if (headed.isPresent()) {
        group = headed(headed.get(), mentions, group, p, draft, rows);
        lastShort = null;
        continue;
      }
      Optional<ScoreMention> subtotal = mentions.stream().filter(ProseIndicatorExtractor::scoresOne).findFirst();
      Optional<GroupLead> lead = subtotal.flatMap(m -> GroupLead.parse(p.text().substring(0, m.start()), names.groupTrailing()));
      if (lead.isPresent()) {
        // "（三）产出指标（权重40分，得分38.5分）": the group's section, never a row
        ScoreMention m = subtotal.get();
        group = lead.get().name();
        draft.section(new Section(group, m.weight(), m.score(),
            draft.span(p.page(), p.start() + m.start(), p.start() + m.end()), ExtractionMethod.PROSE));
        statements(mentions, p, draft);
        lastShort = null;
        continue;
      }
      boolean scoredRow = false;
      for (ScoreMention m : mentions) {
        TextSpan where = draft.span(p.page(), p.start() + m.start(), p.start() + m.end());
        if (!scoresOne(m)) {
          statement(m, where, draft);
          continue;
        }
        String before = p.text().substring(0, m.start());
        Optional<String> heading = names.groupName(before);
        if (heading.isPresent() && looksLikeHeading(before)) {
          group = heading.get();
          draft.section(new Section(group, m.weight(), m.score(), where, ExtractionMethod.PROSE));
        } else if (JointSubtotal.endsWithList(before)) {
          draft.reject(WarningCode.JOINT_SUBTOTAL, "a subtotal of several groups together: '" + m.text() + "'", where);
        } else if (!scoredRow) {
          // the name stands before the score note, or is the short paragraph above a bare note
          Optional<String> name = names.rowName(before);
          Paragraph namedIn = p;
          if (lastShort != null && (name.isEmpty() && before.isBlank() || brokenItem(lastShort, p))) {
            // the name is in the short paragraph above: a bare score note, or an item's line broken mid-sentence
            name = names.rowName(lastShort.text() + before);
            namedIn = lastShort;
          }
          if (name.isPresent()) {
            rows.add(row(name.get(), group, before, m, where, draft, p, namedIn));
            scoredRow = true;
          }
        }
      }
      lastShort = null;
      if (mentions.isEmpty()) {
        Optional<String> heading = names.groupName(p.text());
        if (heading.isPresent() && looksLikeHeading(p.text())) {
          group = heading.get();
        } else if (p.text().strip().length() <= SHORT_PARAGRAPH) {
          lastShort = p;
        }
      }
    }
    tableCells(doc, draft);
    return new Candidates(method(), rows);
  }

  /**
   * "名称（W分）。…得S分": a group heading sets the group and states a section; an indicator
   * paragraph gives a row, its score from a score sentence if one is there, else the last 得S分.
   * Returns the group in force after the paragraph.
   */
  private String headed(HeadedParagraph h, List<ScoreMention> mentions, String group, Paragraph p, ReportDraft draft,
      List<RowCandidate> rows) {
    ScoreMention row = null;
    for (ScoreMention m : mentions) {
      if (scoresOne(m)) {
        row = row == null && m.start() >= h.headEnd() ? m : row;
      } else {
        statement(m, draft.span(p.page(), p.start() + m.start(), p.start() + m.end()), draft);
      }
    }
    BigDecimal weight = row != null && row.weight() != null ? row.weight() : h.weight();
    BigDecimal score = row != null && row.score() != null ? row.score() : h.score();
    TextSpan where = row != null
        ? draft.span(p.page(), p.start() + row.start(), p.start() + row.end())
        : draft.span(p.page(), p.start() + h.nameStart(), p.start() + h.headEnd());
    String name = h.group() ? names.groupName(h.name()).orElse(LevelNameText.strip(h.name())) : h.name();
    if (h.group()) {
      draft.section(new Section(name, weight, score, where, ExtractionMethod.PROSE));
      return name;
    }
    String head = p.text().substring(h.nameStart(), Math.min(p.text().length(), h.headEnd()));
    ScoreMention statement = new ScoreMention(ScorePatterns.Kind.ROW, weight, score, null, 0, 0,
        row == null ? head : head + " … " + row.text());
    String before = p.text().substring(0, row != null ? row.start() : p.text().length());
    rows.add(row(name, group, before, statement, where, draft, p, p));
    return group;
  }

  /** Rows of coded items ("A11名称（3分）：…得3分"), under the paragraph's 二级 lead and the group in force. */
  private void coded(List<CodedItem> items, String group, Paragraph p, ReportDraft draft, List<RowCandidate> rows) {
    String level2 = CodedItem.level2(p.text());
    for (CodedItem c : items) {
      TextSpan nameAt = draft.span(p.page(), p.start() + c.start(), p.start() + c.nameEnd());
      TextSpan where = draft.span(p.page(), p.start() + c.start(), p.start() + c.end());
      IndicatorRow row = new IndicatorRow(null, c.code(), group, level2, c.name(), null, null, c.weight(), c.score(), null,
          null, null, null, null, nameAt, ExtractionMethod.PROSE,
          Map.of(IndicatorField.code, nameAt, IndicatorField.level3, nameAt, IndicatorField.weight, where,
              IndicatorField.score, where), List.of());
      String said = p.text().substring(c.start(), c.end()).strip();
      rows.add(RowCandidate.ofText(row, new ScoreStatement(c.weight(), c.score(), said, where, ExtractionMethod.PROSE)));
    }
  }

  /** The total, grade and full-mark sentences of a paragraph whose scores were read otherwise. */
  private void statements(List<ScoreMention> mentions, Paragraph p, ReportDraft draft) {
    for (ScoreMention m : mentions) {
      if (!scoresOne(m)) {
        statement(m, draft.span(p.page(), p.start() + m.start(), p.start() + m.end()), draft);
      }
    }
  }

  /** Whether the mention scores one row or section (ROW, FULL), not the report. */
  private static boolean scoresOne(ScoreMention m) {
    return m.kind() == ScorePatterns.Kind.ROW || m.kind() == ScorePatterns.Kind.FULL;
  }

  /** A statement about the whole report: its total, grade or full mark. */
  private void statement(ScoreMention m, SourceRef where, ReportDraft draft) {
    switch (m.kind()) {
      case TOTAL -> draft.total(new ReportDraft.TotalStatement(m.score(), null, where, ExtractionMethod.PROSE));
      case GRADE -> grade(m, where, draft);
      case MARK -> draft.fullMark(new ReportDraft.FullMark(m.weight(), where, ExtractionMethod.PROSE));
      case ROW, FULL -> { }
    }
  }

  /**
   * Whether {@code next} continues the numbered item {@code above} ("8.户外广告设置审批规范性。抽查…审批件30" /
   * "件，…计4.5分"): a PDF line taken as a paragraph of its own, the item's title sentence ended and its text cut
   * mid-sentence. A bare heading ("1.部门职能") is not cut: the next paragraph is its own sentence.
   */
  private static boolean brokenItem(Paragraph above, Paragraph next) {
    String t = above.text().strip();
    return !t.isEmpty() && SENTENCE_END.indexOf(t.charAt(t.length() - 1)) < 0 && t.chars().anyMatch(c -> c == '。')
        && ARABIC_ITEM.matcher(t).lookingAt() && !ANY_ORDINAL.matcher(next.text()).lookingAt();
  }

  private static boolean looksLikeHeading(String before) {
    String t = ProseNameGuesser.withoutOrdinals(before);
    return t.length() <= 40 && (t.contains("完成情况") || t.contains("分析") || t.length() <= 16);
  }

  /** {@code p} holds the score, {@code namedIn} the name (the same paragraph, or the short one above). */
  private RowCandidate row(String name, String group, String before, ScoreMention m, TextSpan where, ReportDraft draft,
      Paragraph p, Paragraph namedIn) {
    String actual = null;
    SourceRef actualAt = null;
    if ((name.endsWith("率") || name.endsWith("满意度")) && !names.titled(namedIn.text(), name)) {
      // a paragraph titled by its indicator ("3.结转结余率。…") narrates evidence: its figures are not the actual
      Matcher pm = PERCENT.matcher(before);
      while (pm.find()) {
        actual = pm.group();
        actualAt = draft.span(p.page(), p.start() + pm.start(), p.start() + pm.end());
      }
    }
    int at = Math.max(0, namedIn.text().indexOf(name));
    TextSpan nameAt = draft.span(namedIn.page(), namedIn.start() + at,
        namedIn.start() + Math.min(namedIn.text().length(), at + name.length()));
    Map<IndicatorField, SourceRef> sources = actualAt == null
        ? Map.of(IndicatorField.level3, nameAt, IndicatorField.weight, where, IndicatorField.score, where)
        : Map.of(IndicatorField.level3, nameAt, IndicatorField.weight, where, IndicatorField.score, where,
            IndicatorField.actual, actualAt);
    IndicatorRow row = new IndicatorRow(null, null, group, null, name, null, actual, m.weight(), m.score(), null,
        actual == null ? null : ValueParser.parse(actual), null, null, null, nameAt, ExtractionMethod.PROSE, sources, List.of());
    return RowCandidate.ofText(row, new ScoreStatement(m.weight(), m.score(), m.text(), where, ExtractionMethod.PROSE));
  }

  private void grade(ScoreMention m, SourceRef where, ReportDraft draft) {
    if (m.grade() != null) {
      grades.normalise(m.grade()).ifPresent(g ->
          draft.grade(new ReportDraft.GradeStatement(m.grade(), g, where, ExtractionMethod.PROSE)));
    }
  }

  /** Totals and grades written inside long table cells (自评结论 cells). */
  private void tableCells(ParsedDocument doc, ReportDraft draft) {
    for (TableGrid t : doc.tables()) {
      for (GridCell c : t.cells()) {
        if (c.text().length() < LONG_CELL) {
          continue;
        }
        for (ScoreMention m : finder.find(c.text())) {
          if (m.kind() == ScorePatterns.Kind.TOTAL || m.kind() == ScorePatterns.Kind.GRADE) {
            statement(m, draft.cell(c.page(), t.tableIndex(), c.row(), c.col()), draft);
          }
        }
      }
    }
  }
}
