package org.jixiao.extract.prose;

import org.jixiao.text.name.Outline;
import org.jixiao.text.number.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
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
import org.jspecify.annotations.Nullable;

/**
 * The prose strategy: reads scores stated in running text. Paragraph by paragraph: a heading that
 * scores a group ("2、管理效率指标完成情况详细分析（设置分值22分，得21分）") becomes a section and the group
 * of the rows after it; a paragraph that scores one indicator becomes a row, with the sentence that
 * scores it as its statement; total and grade sentences, also inside long table cells, go to the
 * draft.
 */
public final class ProseIndicatorExtractor implements IndicatorStrategy {
  /** The whole full mark: a lead weighing it heads the whole scoring, not one group. */
  private static final BigDecimal WHOLE = BigDecimal.valueOf(100);

  private static final Pattern PERCENT = Numbers.compile("(?:(?:不低于|不高于|高于|低于|达到|超过)\\s*)?{P}");
  private static final Pattern ARABIC_ITEM = Pattern.compile("[\\s\\u00A0\\u3000]*" + Outline.ARABIC);
  private static final Pattern CHINESE_ORDINAL = Pattern.compile("[\\s\\u00A0\\u3000]*" + Outline.CHINESE);
  private static final Pattern ANY_ORDINAL = Pattern.compile("[\\s\\u00A0\\u3000]*" + Outline.ANY);
  private static final String SENTENCE_END = "。；;！!？?：:";
  private static final int LONG_CELL = 15;
  private static final int SHORT_PARAGRAPH = 30;
  /** What a group's printed name may add to the heading's: 投入 → 投入指标, 决策类指标, 产出方面. */
  private static final List<String> GROUP_WORDS = List.of("指标", "类指标", "方面", "方面指标");

  private final ScoreMentionFinder finder;
  private final ProseNameGuesser names;
  private final GradeWords grades;
  private final StatedValues values;
  private final StatedRule rules = StatedRule.standard();
  /** A name and, in brackets after it, what may be its 二级 ("绩效目标合理性（目标设定）"). */
  private static final Pattern BRACKETED_LEVEL2 = Pattern.compile("(.{2,40}?)[（(](\\p{IsHan}{2,10})[)）]");

  public ProseIndicatorExtractor(ScoreMentionFinder finder, ProseNameGuesser names, GradeWords grades) {
    this(finder, names, grades, StatedValues.standard());
  }

  ProseIndicatorExtractor(ScoreMentionFinder finder, ProseNameGuesser names, GradeWords grades, StatedValues values) {
    this.finder = finder;
    this.names = names;
    this.grades = grades;
    this.values = values;
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
    Scope scope = Scope.NONE;
    Paragraph lastShort = null;
    List<Paragraph> paragraphs = UnitWrap.join(doc.paragraphs());
    for (int at = 0; at < paragraphs.size(); at++) {
      Paragraph p = paragraphs.get(at);
      Paragraph next = at + 1 < paragraphs.size() ? paragraphs.get(at + 1) : null;
      List<ScoreMention> mentions = finder.find(p.text());
      if (PartHeading.opens(p.text())) {
        // "第三部分 绩效指标完成情况分析": a part of the document, never a level; it closes the groups before it
        statements(mentions, p, draft);
        scope = Scope.NONE;
        lastShort = null;
        continue;
      }
      List<CodedItem> coded = CodedItem.find(p.text());
      Optional<HeadedParagraph> headed = HeadedParagraph.parse(p.text());
      if (coded.size() > 1 || (coded.size() == 1 && headed.isEmpty())) {
        // several coded items in one paragraph, or one after a 二级 lead; one item heading its paragraph is headed
        coded(coded, scope, p, draft, rows);
        statements(mentions, p, draft);
        lastShort = null;
        continue;
      }
      if (headed.isPresent()) {
        scope = headed(headed.get(), mentions, scope, p, next, draft, rows);
        lastShort = null;
        continue;
      }
      Optional<ItemRun> run = coded.isEmpty() ? ItemRun.parse(p.text()) : Optional.empty();
      if (run.isPresent() && items(run.get(), scope, p, draft, rows)) {
        // "1.项目立项。（1）名称：…此项3分，得3分。（2）…": one row per item, under the opening lead
        scope = run.get().lead() == null ? scope : scope.under(run.get().lead());
        statements(mentions, p, draft);
        lastShort = null;
        continue;
      }
      Optional<ScoreMention> subtotal = mentions.stream().filter(ProseIndicatorExtractor::scoresOne).findFirst();
      Optional<GroupLead> lead = subtotal.flatMap(m -> GroupLead.parse(p.text().substring(0, m.start()), names.groupTrailing()));
      if (lead.isPresent()) {
        // "（三）产出指标（权重40分，得分38.5分）", "一、决策类指标（20分，自评18分）": the group's section, never a row
        ScoreMention m = subtotal.get();
        scope = Scope.opened(asSection(lead.get().name(), draft), true);
        draft.section(new Section(scope.level1(), m.weight(), m.score(),
            draft.span(p.page(), p.start() + m.start(), p.start() + m.end()), ExtractionMethod.PROSE));
        statements(mentions, p, draft);
        lastShort = null;
        continue;
      }
      Optional<WeightedLead> weighted = subtotal.isEmpty() ? WeightedLead.parse(p.text()) : Optional.empty();
      if (weighted.isPresent() && weighted.get().weight().compareTo(WHOLE) == 0) {
        // "二、自评得分情况（满分100分）" (h331): a chapter stating the full mark over the groups, no group of its own
        lastShort = null;
        continue;
      }
      if (weighted.isPresent()) {
        // "（二）产出指标（分值40分）": the group's weight, its score summed up later (GroupScores)
        WeightedLead w = weighted.get();
        scope = Scope.opened(asSection(w.name(), draft), true);
        draft.section(new Section(scope.level1(), w.weight(), null,
            draft.span(p.page(), p.start() + w.start(), p.start() + w.end()), ExtractionMethod.PROSE));
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
          scope = Scope.opened(heading.get(), true);
          draft.section(new Section(scope.level1(), m.weight(), m.score(), where, ExtractionMethod.PROSE));
        } else if (JointSubtotal.endsWithList(before)) {
          draft.reject(WarningCode.JOINT_SUBTOTAL, "a subtotal of several groups together: '" + m.text() + "'", where);
        } else if (m.impliedWeight() && !ANY_ORDINAL.matcher(p.text()).lookingAt()) {
          // "…依据评分细则，扣减2.5分，本项指标得2.5分" closing an unnumbered paragraph: the narrative of an item
          // headed above, whose opening words are no indicator name
          continue;
        } else if (!scoredRow) {
          // the name stands before the score note, or is the short paragraph above a bare note
          Optional<String> name = names.rowName(before);
          int nameFrom = 0;
          if (name.isEmpty() && !before.isBlank()) {
            // a paragraph of figures whose last sentence scores an indicator by name ("…预算执行率85.78%。预算执行率指标
            // 分值10分，按“执行率×分值”计得8.58分。", h532): the name opens the score's own sentence
            nameFrom = sentenceStart(before);
            name = nameFrom > 0 ? names.rowName(before.substring(nameFrom)).map(ProseIndicatorExtractor::without指标)
                : Optional.empty();
          }
          Paragraph namedIn = p;
          if (lastShort != null && (name.isEmpty() && before.isBlank() || brokenItem(lastShort, p))) {
            // the name is in the short paragraph above: a bare score note, or an item's line broken mid-sentence
            name = names.rowName(lastShort.text() + before);
            namedIn = lastShort;
          }
          if (name.isPresent()) {
            rows.add(row(name.get(), scope, new Place(p, 0, m.start(), namedIn, nameFrom, false), m, where, draft));
            scoredRow = true;
          }
        }
      }
      lastShort = null;
      if (mentions.isEmpty() && scope.level1() != null && names.isLevel2(p.text())) {
        // "项目立项" on a line of its own under "（一）项目决策": a known 二级 name, unnumbered, heads the items after it
        scope = scope.under(p.text().strip());
        continue;
      }
      Optional<String> level1 = mentions.isEmpty() ? names.level1Heading(p.text()) : Optional.empty();
      if (level1.isPresent()) {
        // "（一）项目决策": a known 一级 name alone behind a Chinese ordinal opens its group, unscored here
        scope = Scope.opened(asSection(level1.get(), draft), false);
        continue;
      }
      if (mentions.isEmpty()) {
        Optional<String> heading = names.groupName(p.text()).or(() -> tableSection(p.text(), draft));
        Optional<String> sub = scope.level1() != null ? SubLead.whole(p.text()) : Optional.empty();
        String group = heading.isPresent() && looksLikeHeading(p.text()) ? asSection(heading.get(), draft) : null;
        if (group != null && scoredInTable(group, draft)) {
          // "2.过程指标" after "1.投入指标", both rows of a subtotal table: the next group, never a 二级 of the one before
          scope = Scope.opened(group, true);
        } else if (sub.isPresent() && sub.get().endsWith("指标") && scope.scored()
            && (ARABIC_ITEM.matcher(p.text()).lookingAt() || names.isLevel2(sub.get()) && !names.isLevel1(sub.get()))) {
          // "1.数量指标" under "（二）产出指标（分值40分）": a level's name, numbered under a 一级 lead, is its 二级
          // (not "3、社会效应指标完成情况详细分析", a group heading of its own); so is a known 二级 name under any
          // ordinal ("（一）数量指标" under "三、产出指标（分值35分，得分35分）", h288)
          scope = scope.under(sub.get());
        } else if (heading.isPresent() && looksLikeHeading(p.text())) {
          // a group a subtotal table scores ("（二）产出指标" under 表1's 产出指标 | 40 | 39) leads like a scored lead
          scope = Scope.opened(asSection(heading.get(), draft), false);
        } else if (sub.isPresent()) {
          // "（一）目标设定" under "一、决策类指标（20分，自评18分）": the level 2 of the rows after it
          scope = scope.under(sub.get());
        } else if (p.text().strip().length() <= SHORT_PARAGRAPH) {
          lastShort = p;
        }
      }
    }
    tableCells(doc, draft);
    groupScores(doc, draft);
    groupSummary(doc, draft, rows);
    return new Candidates(method(), rows);
  }

  /** Sections from a sentence that weighs and scores each group in turn ({@link GroupSummary}), named as the rows' groups. */
  private void groupSummary(ParsedDocument doc, ReportDraft draft, List<RowCandidate> rows) {
    List<String> groups = rows.stream().map(r -> r.row().level1()).filter(g -> g != null).distinct().toList();
    for (Paragraph p : doc.paragraphs()) {
      for (GroupSummary.Found f : GroupSummary.find(p.text(), groups, names::isLevel1)) {
        draft.section(new Section(f.name(), f.weight(), f.score(),
            draft.span(p.page(), p.start() + f.start(), p.start() + f.end()), ExtractionMethod.PROSE));
      }
    }
  }

  /** Scores of groups whose leads stated their weight only, from a sentence summing the groups up. */
  private static void groupScores(ParsedDocument doc, ReportDraft draft) {
    List<String> unscored = draft.sections().stream()
        .filter(s -> s.method() == ExtractionMethod.PROSE && s.score() == null && s.weight() != null)
        .map(Section::name).toList();
    if (unscored.isEmpty()) {
      return;
    }
    for (Paragraph p : doc.paragraphs()) {
      for (GroupScores.Found f : GroupScores.find(p.text(), unscored)) {
        draft.section(new Section(f.name(), null, f.score(),
            draft.span(p.page(), p.start() + f.start(), p.start() + f.end()), ExtractionMethod.PROSE));
      }
    }
  }

  /**
   * The rows of a paragraph of items, each named and scored inside its own span; false (and no row) when no
   * item is scored, so that the paragraph is read the ordinary way.
   */
  private boolean items(ItemRun run, Scope scope, Paragraph p, ReportDraft draft, List<RowCandidate> rows) {
    Scope in = run.lead() == null ? scope : scope.under(run.lead());
    List<RowCandidate> found = new ArrayList<>();
    for (ItemRun.Span s : run.items()) {
      String text = p.text().substring(s.start(), s.end());
      Optional<ScoreMention> scored = finder.find(text).stream().filter(ProseIndicatorExtractor::scoresOne).findFirst();
      Optional<String> name = scored.flatMap(m -> names.rowName(text.substring(0, m.start())));
      if (name.isPresent()) {
        ScoreMention m = scored.get();
        ScoreMention at = new ScoreMention(m.kind(), m.weight(), m.score(), m.grade(), s.start() + m.start(),
            s.start() + m.end(), m.text(), m.impliedWeight());
        TextSpan where = draft.span(p.page(), p.start() + at.start(), p.start() + at.end());
        found.add(row(name.get(), in, new Place(p, s.start(), at.start(), p, s.start(), true), at, where, draft));
      }
    }
    rows.addAll(found);
    return !found.isEmpty();
  }

  /**
   * "名称（W分）。…得S分": a group heading sets the group and states a section; an indicator
   * paragraph gives a row, its score from a score sentence if one is there, else the last 得S分.
   * Returns the group in force after the paragraph.
   */
  private Scope headed(HeadedParagraph h, List<ScoreMention> mentions, Scope scope, Paragraph p, @Nullable Paragraph next,
      ReportDraft draft, List<RowCandidate> rows) {
    ScoreMention row = null;
    for (ScoreMention m : mentions) {
      if (scoresOne(m)) {
        row = row == null && m.start() >= h.headEnd() ? m : row;
      } else {
        statement(m, draft.span(p.page(), p.start() + m.start(), p.start() + m.end()), draft);
      }
    }
    // the weight in the heading outranks one implied by a deduction ("（5分）：…扣1分，得4分")
    BigDecimal weight = row != null && row.weight() != null && !row.impliedWeight() ? row.weight() : h.weight();
    BigDecimal score = row != null && row.score() != null ? row.score() : h.score();
    TextSpan where = row != null
        ? draft.span(p.page(), p.start() + row.start(), p.start() + row.end())
        : draft.span(p.page(), p.start() + h.nameStart(), p.start() + h.headEnd());
    String deducted = null;
    if (row == null && score == null && weight != null && !h.group() && next != null && p.text().length() <= h.headEnd() + 2
        && HeadedParagraph.parse(next.text()).isEmpty() && finder.find(next.text()).isEmpty()) {
      // a heading of its own ("1.立项依据充分性（3分）") over a paragraph ending in its deduction ("…，扣0.5分。" or "不扣分。")
      Optional<Deduction> d = Deduction.ending(next.text());
      if (d.isPresent()) {
        score = weight.subtract(d.get().points());
        where = draft.span(next.page(), next.start() + d.get().start(), next.start() + d.get().end());
        deducted = next.text().substring(d.get().start(), d.get().end());
      }
    }
    String name = h.group() ? names.groupName(h.name()).orElse(LevelNameText.strip(h.name())) : h.name();
    if (h.group()) {
      draft.section(new Section(name, weight, score, where, ExtractionMethod.PROSE));
      return Scope.opened(name, true);
    }
    String head = p.text().substring(h.nameStart(), Math.min(p.text().length(), h.headEnd()));
    ScoreMention statement = new ScoreMention(ScorePatterns.Kind.ROW, weight, score, null, 0, 0,
        row != null ? head + " … " + row.text() : deducted != null ? head + " … " + deducted : head, false);
    Scope in = h.level2() != null ? scope.under(h.level2()) : scope;
    // an item scored by its paragraph's deduction states its figures in that paragraph, not in its heading
    Place place = deducted != null ? new Place(next, 0, next.text().length(), p, 0, h.labelled())
        : new Place(p, 0, row != null ? row.start() : p.text().length(), p, 0, h.labelled());
    rows.add(row(name, in, place, statement, where, draft));
    return scope;
  }

  /** Rows of coded items ("A11名称（3分）：…得3分"), under the paragraph's 二级 lead and the group in force. */
  private void coded(List<CodedItem> items, Scope scope, Paragraph p, ReportDraft draft, List<RowCandidate> rows) {
    String group = scope.level1();
    String lead = CodedItem.level2(p.text());
    String level2 = lead != null ? lead : scope.level2();
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

  /**
   * A group heading's name as a subtotal table prints it: "1.投入指标" under a table row "投入指标" is 投入指标, and
   * "（一）决策指标：分值10分…" under a table row "决策" is 决策, so that the rows join that section; without such a
   * section the heading's own name stands ("运行成本").
   */
  private static String asSection(String group, ReportDraft draft) {
    return draft.sections().stream().map(Section::name)
        .filter(n -> n.startsWith(group) && GROUP_WORDS.contains(n.substring(group.length()))
            || group.startsWith(n) && GROUP_WORDS.contains(group.substring(n.length())))
        .findFirst().orElse(group);
  }

  private static boolean scoredInTable(String group, ReportDraft draft) {
    return draft.sections().stream().anyMatch(s -> s.name().equals(group) && s.method() == ExtractionMethod.TABLE);
  }

  /** "（一）投入管理" alone on its line, naming a section a subtotal table scores: that group's heading. */
  private static Optional<String> tableSection(String text, ReportDraft draft) {
    if (!CHINESE_ORDINAL.matcher(text).lookingAt()) {
      return Optional.empty();
    }
    String name = ProseNameGuesser.withoutOrdinals(text).strip();
    return scoredInTable(name, draft) ? Optional.of(name) : Optional.empty();
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
      case TOTAL -> draft.total(new ReportDraft.TotalStatement(m.score(), m.weight(), where, ExtractionMethod.PROSE));
      case GRADE -> grade(m, where, draft);
      case MARK -> draft.fullMark(new ReportDraft.FullMark(m.weight(), where, ExtractionMethod.PROSE));
      case ROW, FULL -> { }
    }
  }

  /** "预算执行率指标" → 预算执行率: the sentence names the indicator as such. */
  private static String without指标(String name) {
    return name.length() > 4 && name.endsWith("指标") ? name.substring(0, name.length() - 2) : name;
  }

  /** Where the last sentence of {@code before} opens: after its last 。, ！ or ？ (0 when there is none). */
  private static int sentenceStart(String before) {
    for (int i = before.length() - 1; i >= 0; i--) {
      if ("。！!？?".indexOf(before.charAt(i)) >= 0) {
        return i + 1;
      }
    }
    return 0;
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

  /**
   * Where a row is read: {@code p} holds the score note and {@code [from, to)} the row's own text before it;
   * {@code namedIn} holds the name, at or after {@code nameFrom} (the same paragraph, or the short one above).
   * {@code item}: an item behind its own marker and label ("（1）预算执行率：…"), whose text narrates evidence.
   */
  private record Place(Paragraph p, int from, int to, Paragraph namedIn, int nameFrom, boolean item) {}

  /** Where the reading stands: the 一级 group in force, the 二级 lead under it, whether the group's lead stated its subtotal. */
  private record Scope(@Nullable String level1, @Nullable String level2, boolean scored) {
    static final Scope NONE = new Scope(null, null, false);

    static Scope opened(String level1, boolean scored) {
      return new Scope(level1, null, scored);
    }

    Scope under(String level2) {
      return new Scope(level1, level2, scored);
    }
  }

  private RowCandidate row(String name, Scope scope, Place at, ScoreMention m, TextSpan where, ReportDraft draft) {
    Paragraph p = at.p();
    Paragraph namedIn = at.namedIn();
    String actual = null;
    SourceRef actualAt = null;
    if ((name.endsWith("率") || name.endsWith("满意度")) && !at.item() && !names.titled(namedIn.text().substring(at.nameFrom()), name)) {
      // a paragraph titled by its indicator ("3.结转结余率。…") or an item narrates evidence: its figures are not the actual
      Matcher pm = PERCENT.matcher(p.text());
      pm.region(at.from(), at.to());
      while (pm.find()) {
        actual = pm.group();
        actualAt = draft.span(p.page(), p.start() + pm.start(), p.start() + pm.end());
      }
    }
    Map<IndicatorField, SourceRef> sources = new EnumMap<>(IndicatorField.class);
    String level1 = scope.level1();
    String level2 = scope.level2();
    int from = at.nameFrom();
    Optional<JoinedLevels> joined = JoinedLevels.split(name);
    if (joined.isPresent()) {
      // "1.项目立项—立项依据充分性", "1、项目立项：立项依据充分性。": the item names its 二级 and its own name
      // ("第1项，投入管理—预算执行—预算执行率": and its 一级, which outranks any group heading above)
      String l1 = joined.get().level1();
      if (l1 != null) {
        level1 = l1;
        int at1 = namedIn.text().indexOf(l1, from);
        if (at1 >= 0) {
          sources.put(IndicatorField.level1, draft.span(namedIn.page(), namedIn.start() + at1, namedIn.start() + at1 + l1.length()));
          from = at1 + l1.length();
        }
      }
      level2 = joined.get().level2();
      int l2 = namedIn.text().indexOf(level2, from);
      if (l2 >= 0) {
        sources.put(IndicatorField.level2, draft.span(namedIn.page(), namedIn.start() + l2,
            namedIn.start() + l2 + level2.length()));
        from = l2 + level2.length();
      }
      name = joined.get().level3();
    }
    Matcher bracketed = joined.isEmpty() ? BRACKETED_LEVEL2.matcher(name) : null;
    int valuesAfter = -1; // where the item's values may open, when not right after its name
    if (bracketed != null && bracketed.matches() && names.isLevel2(bracketed.group(2))) {
      // "1.绩效目标合理性（目标设定）。权重五分，…" (h317): the item's 二级 in brackets after its name
      int whole = namedIn.text().indexOf(name, from);
      valuesAfter = whole < 0 ? -1 : whole + name.length();
      name = bracketed.group(1).strip();
      level2 = bracketed.group(2);
      int l2 = valuesAfter < 0 ? -1 : namedIn.text().lastIndexOf(level2, valuesAfter);
      if (l2 >= 0) {
        sources.put(IndicatorField.level2, draft.span(namedIn.page(), namedIn.start() + l2,
            namedIn.start() + l2 + level2.length()));
      }
    } else if (joined.isEmpty() && level2 != null && namedIn == p) {
      // a 二级 printed in the item's own head ("绩效目标合理性（目标设定，满分5分）") is sourced there
      int l2 = p.text().substring(0, at.to()).indexOf(level2, at.nameFrom());
      if (l2 >= 0) {
        sources.put(IndicatorField.level2, draft.span(p.page(), p.start() + l2, p.start() + l2 + level2.length()));
      }
    }
    int found = namedIn.text().indexOf(name, from);
    int nameStart = found >= 0 ? found : from;
    TextSpan nameAt = draft.span(namedIn.page(), namedIn.start() + nameStart,
        namedIn.start() + Math.min(namedIn.text().length(), nameStart + name.length()));
    sources.put(IndicatorField.level3, nameAt);
    // "“名称”指标，属二级，年度目标值为…，实际完成…，": the item designates its 二级 and then states its values
    Optional<DesignatedItem> designated = found >= 0 && joined.isEmpty()
        ? DesignatedItem.after(namedIn.text(), nameStart + name.length()) : Optional.empty();
    if (designated.isPresent()) {
      DesignatedItem d = designated.get();
      if (d.level1() != null) {
        level1 = d.level1();
        sources.put(IndicatorField.level1, draft.span(namedIn.page(), namedIn.start() + d.level1Start(),
            namedIn.start() + d.level1Start() + level1.length()));
      }
      level2 = d.level2();
      sources.put(IndicatorField.level2, draft.span(namedIn.page(), namedIn.start() + d.level2Start(),
          namedIn.start() + d.level2Start() + level2.length()));
    }
    // "评分标准为“…”" between the name and the score note, or inside a note that closes the item ("分值15分，…。评分标准：
    // ≥95%得满分；….得15分。"): the row's own printed rule
    // named in a heading of its own above ("2.学生体质健康合格率（4分）"): the rule in the item's paragraph under it (h318)
    Optional<StatedRule.Found> rule = namedIn == p ? rules.in(p.text(), nameStart, Math.max(at.to(), m.end()))
        : rules.in(p.text(), at.from(), at.to());
    if (rule.isEmpty() && namedIn == p && m.end() > 0 && m.end() < p.text().length()
        && finder.find(p.text().substring(m.end())).stream().noneMatch(ProseIndicatorExtractor::scoresOne)) {
      // "…分值5分，评为5分。评分办法：利用率≥90%得满分；…": the rule after the score, the paragraph scoring nothing else
      rule = rules.in(p.text(), m.end(), p.text().length());
    }
    Optional<StatedRule.Found> ruled = rule;
    // "名称：年度目标≥12个，实际完成12个，分值8分…": a structured item prints its target and actual first
    Optional<StatedValues.Pair> stated = found < 0 ? Optional.empty()
        : designated.isPresent() ? values.nextClause(namedIn.text(), designated.get().valuesFrom())
        : values.after(namedIn.text(), valuesAfter >= 0 ? valuesAfter : nameStart + name.length());
    Paragraph valuesIn = namedIn;
    if (stated.isEmpty() && namedIn != p) {
      // under a heading of its own, the item's paragraph opens with them, or states them after its rule: "评分标准：…扣0.5分。
      // 年度目标值≥95%，实际为92%，扣1分。" (h318)
      stated = values.opening(p.text(), at.from())
          .or(() -> ruled.flatMap(r -> values.opening(p.text(), r.start() + r.rule().length())));
      valuesIn = p;
    }
    String targetText = stated.map(StatedValues.Pair::target).orElse(null);
    if (stated.isPresent()) {
      StatedValues.Pair v = stated.get();
      actual = v.actual();
      actualAt = draft.span(valuesIn.page(), valuesIn.start() + v.actualStart(), valuesIn.start() + v.actualStart() + actual.length());
      sources.put(IndicatorField.target, draft.span(valuesIn.page(), valuesIn.start() + v.targetStart(),
          valuesIn.start() + v.targetStart() + targetText.length()));
    }
    sources.put(IndicatorField.weight, where);
    sources.put(IndicatorField.score, where);
    rule.ifPresent(r -> sources.put(IndicatorField.rule, draft.span(p.page(), p.start() + r.start(), p.start() + r.start() + r.rule().length())));
    if (actualAt != null) {
      sources.put(IndicatorField.actual, actualAt);
    }
    IndicatorRow row = new IndicatorRow(null, null, level1, level2, name, targetText, actual, m.weight(), m.score(),
        targetText == null ? null : ValueParser.parse(targetText), actual == null ? null : ValueParser.parse(actual),
        rule.map(StatedRule.Found::rule).orElse(null), null, null, nameAt, ExtractionMethod.PROSE, sources,
        List.of());
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
