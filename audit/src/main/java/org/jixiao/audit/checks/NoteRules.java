package org.jixiao.audit.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.text.name.Outline;
import org.jixiao.text.number.Numbers;
import org.jixiao.text.words.WordList;
import org.jspecify.annotations.Nullable;

/**
 * 评分规则 stated item by item in a note under the table rather than in a rule column: "评分规则：1.预算执行率
 * ≥98%得满分，每低1个百分点扣0.5分；2.其他指标…酌情扣分" or "计分说明：…2.数量指标得分=分值×完成率（…）". An item
 * whose text opens with a row's 三级指标 (else its 二级指标) is that row's rule, when the row prints none. An
 * item no pattern reads, or one that leaves the score to judgement, gives nothing; a row two items name
 * gets no rule. An item for a class of rows ("定量指标未达目标值的，每低1个百分点扣0.5分") rules every row with figures for
 * its target and actual that no item names, when every note of the file states it alike.
 */
final class NoteRules {
  /** Folded as the lines they are sought in are: "注：" is "注:" there. */
  private static final List<String> MARKERS =
      WordList.lines(NoteRules.class, "rule-note-markers.txt").stream().map(Numbers::foldText).toList();
  private static final Pattern ITEM_SPLIT = Pattern.compile("[;；]|(?<=[。])");
  /** An enumerator where an item starts ("1." "2、" "(3)"), not the "2.10" of a number. */
  private static final Pattern ITEM_START =
      Pattern.compile("(?:(?<=[;；。,，:：\\s])|^)" + Outline.ARABIC);
  /** The enumerator opening an item: "1." "2、" "(3)" — never "2.10%", a number. */
  private static final Pattern ENUMERATOR = Pattern.compile("^\\s*" + Outline.ARABIC + "\\s*");
  private static final int MAX_LINE = 400;
  /** Words of a scoring rule: a note none of whose items has one states no rule. */
  private static final Pattern SCORES = Numbers.compile("得分|计分|扣分|满分|扣\\s*{N}\\s*分");
  private static final Pattern TRAILING_SEPARATOR = Pattern.compile("[;；,，\\s]+$");
  /** A section heading's ordinal before a note's marker ("四、", "（二）"). */
  private static final Pattern HEADING_ORDINAL = Pattern.compile("^" + Outline.CHINESE + "\\s*");
  /** An item opening with the class of rows it rules: "定量指标未达目标值的，…", "其他定量指标…". */
  private static final Pattern QUANTITATIVE = Pattern.compile("^(?:其他|其余)?定量指标(?:的|中)?[，,]?");
  /** An item opening with the rows of words it rules: "定性指标完全达成得满分，基本达成得分值的80%…" (h520). */
  private static final Pattern QUALITATIVE = Pattern.compile("^(?:其他|其余)?定性指标(?:的|中)?[，,]?");

  private final List<String> items;
  /** The items' clauses, for a row an item names only inside it ("…；工程按期完工率每低于…扣0.5分"). */
  private final List<String> clauses;
  /** Each clause's subject ({@link #subject}), when it names one: asked for every row, worked out once. */
  private final java.util.Map<String, String> subjects = new java.util.HashMap<>();
  private final RuleParser parser;

  /** The rule every quantitative row takes when no item names it ("定量指标未达目标值的，每低1个百分点扣0.5分"), or null. */
  private final @Nullable String quantitative;
  /** The rule every qualitative row takes when no item names it ("定性指标完全达成得满分，基本达成得分值的80%"), or null. */
  private final @Nullable String qualitative;

  private NoteRules(List<String> items, @Nullable String quantitative, @Nullable String qualitative, RuleParser parser) {
    this.items = items;
    this.clauses = clauses(items);
    for (String clause : clauses) {
      String subject = subject(clause);
      if (subject != null) {
        subjects.put(clause, subject);
      }
    }
    this.quantitative = quantitative;
    this.qualitative = qualitative;
    this.parser = parser;
  }

  static NoteRules of(@Nullable String text, RuleParser parser) {
    List<String> items = new ArrayList<>();
    List<String> classRules = new ArrayList<>();
    List<String> wordRules = new ArrayList<>();
    // the notes that score: "注: 预算执行率=全年执行数÷全年预算数×100%" above the table is a formula, no rule (h272)
    int notes = 0;
    if (text != null) {
      boolean continuing = false; // the lines after a note's marker that open with an enumerator are its items
      boolean counted = false;
      for (String line : text.split("\n")) {
        if (line.length() > MAX_LINE) {
          continuing = false;
          continue;
        }
        // circled enumerators (①…, h342) as the markers they stand for: folded, ① is a bare 1
        String folded = Numbers.foldText(Outline.circledAsArabic(line));
        int at = markerEnd(folded);
        // a line that is a note, not a header cell: it opens with the marker, or is a section heading naming it
        // ("四、评分规则" above a numbered list of rules, h208)
        String opening = HEADING_ORDINAL.matcher(folded.strip()).replaceFirst("");
        boolean opensNote = at >= 0 && MARKERS.stream().anyMatch(opening::startsWith);
        boolean note;
        if (opensNote) {
          note = true;
          counted = false;
          continuing = true;
        } else if (continuing && ENUMERATOR.matcher(folded).lookingAt()) {
          // an item of the note above, even where a marker word stands inside it ("4.…酌情扣分并说明理由", h252): its
          // class rule was counted with that note
          at = 0;
          note = false;
        } else if (at >= 0) {
          note = false;
          continuing = false;
        } else {
          continuing = false;
          continue;
        }
        for (String item : items(folded.substring(at))) {
          // without the separator that ends it before the next item ("3.…扣1分；4.…"): the item is one rule
          String s = TRAILING_SEPARATOR.matcher(ENUMERATOR.matcher(item.strip()).replaceFirst("")).replaceFirst("").strip();
          if (!s.isEmpty()) {
            items.add(s);
          }
          if ((note || at == 0) && !counted && SCORES.matcher(s).find()) {
            counted = true;
            notes++;
          }
          Matcher q = QUANTITATIVE.matcher(s);
          if ((note || at == 0) && q.lookingAt()) {
            classRules.add(generic(s.substring(q.end())));
          }
          for (String part : s.split("[；;]")) {
            // the item's clause for words may follow its clause for figures: "2.定量指标…；定性指标完全达成得满分，…" (h520)
            Matcher w = QUALITATIVE.matcher(part.strip());
            if ((note || at == 0) && w.lookingAt()) {
              wordRules.add(part.strip().substring(w.end()));
            }
          }
        }
      }
    }
    // a class rule holds only where every note states it alike: in a file of several reports, one report's note must
    // not rule another's rows
    String quantitative = notes > 0 && classRules.size() == notes && classRules.stream().distinct().count() == 1
        ? classRules.getFirst() : composed(items);
    String qualitative = notes > 0 && wordRules.size() == notes && wordRules.stream().distinct().count() == 1
        ? wordRules.getFirst() : null;
    return new NoteRules(List.copyOf(items), quantitative, qualitative, parser);
  }

  /** A rate the note defines as done over planned: "指标完成率＝实际完成值÷年度指标值×100%". */
  private static final Pattern RATE_DEFINED = Pattern.compile(
      "^(?<rate>\\p{IsHan}{2,10}率)=(?:实际)?完成值[÷/](?:年度)?(?:指标值|目标值)(?:×100%)?");
  /** The same rate the other way round for a ceiling target: "反向指标（年度指标值为“≤”的）＝年度指标值÷实际完成值×100%". */
  private static final Pattern REVERSED = Pattern.compile("反向[^=]{0,24}=(?:年度)?(?:指标值|目标值)[÷/](?:实际)?完成值");

  /**
   * The class rule a note composes from a rate it defines and a score it makes of that rate (h489: "2.指标完成率＝实际完成值÷
   * 年度指标值×100%，反向指标…＝年度指标值÷实际完成值×100%，指标完成率超过100%的按100%计；3.三级指标得分＝分值×指标完成率"):
   * the score as the rule patterns read it, done over planned times the weight (and planned over done for a ceiling).
   * Only from one definition and one score of it in the whole text, so that one report's note never rules another's.
   */
  private static @Nullable String composed(List<String> items) {
    List<String> defining = items.stream().filter(i -> RATE_DEFINED.matcher(i).lookingAt()).toList();
    if (defining.size() != 1) {
      return null;
    }
    Matcher definition = RATE_DEFINED.matcher(defining.getFirst());
    definition.lookingAt();
    String rate = Pattern.quote(definition.group("rate"));
    Pattern scored = Pattern.compile("得分=(?:分值|权重)[×*]" + rate + "|得分=" + rate + "[×*](?:分值|权重)");
    if (items.stream().filter(i -> scored.matcher(i).find()).count() != 1) {
      return null;
    }
    boolean reversed = REVERSED.matcher(defining.getFirst()).find();
    return "得分=实际完成值÷年度指标值×分值" + (reversed ? "；得分=年度指标值÷实际完成值×分值" : "");
  }

  /**
   * The note's items: at its enumerators when it numbers them (an item may hold several clauses, "1.年度资金
   * 总额：≥95%的得满分；低于95%的，得分=执行率×分值。"), else at each ；.
   */
  private static List<String> items(String note) {
    java.util.regex.Matcher m = ITEM_START.matcher(note);
    List<Integer> starts = new ArrayList<>();
    while (m.find()) {
      starts.add(m.start());
    }
    if (starts.isEmpty()) {
      return List.of(ITEM_SPLIT.split(note));
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      out.add(note.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : note.length()));
    }
    return out;
  }

  /** Where the note's items begin (after "评分规则："), or -1 when the line is no such note. */
  private static int markerEnd(String folded) {
    // the marker that opens the note is the first one printed, not the first of the list: "说明：1.…；2.子项按各自评分规则
    // 计分" opens at 说明 (h340), where the list's 评分规则 would have dropped item 1
    int at = -1;
    int end = -1;
    for (String marker : MARKERS) {
      int i = folded.indexOf(marker);
      if (i >= 0 && (at < 0 || i < at)) {
        at = i;
        end = i + marker.length();
      }
    }
    if (at < 0) {
      return -1;
    }
    while (end < folded.length() && (folded.charAt(end) == ':' || folded.charAt(end) == '：' || Character.isWhitespace(folded.charAt(end)))) {
      end++;
    }
    return end;
  }

  /** A clause that names its own indicator before its terms ("工程按期完工率每低于指标值1个百分点扣0.5分"). */
  private static final Pattern NAMED_CLAUSE = Pattern.compile("^[\\p{IsHan}\\p{Alnum}（）()“”]{4,}?(?:每|≥|≤|>|<|达到|低于|未达)");
  private static final Pattern CLAUSE_SPLIT = Pattern.compile("[，,；;]");

  /**
   * A class rule's own terms: its first sentence, without the clauses that name an indicator of their own ("定量指标达到
   * 年度指标值的得满分；水质检测合格率每低于…扣1分，工程按期完工率每低于…扣0.5分" rules the other quantitative rows by its first
   * clause only, h205): those are the named rows' rules, never every row's.
   */
  private static String generic(String rule) {
    String first = rule.split("[；;。]", 2)[0];
    List<String> kept = new ArrayList<>();
    for (String clause : CLAUSE_SPLIT.split(first)) {
      if (!clause.isBlank() && subject(clause.strip()) == null) {
        kept.add(clause.strip());
      }
    }
    return String.join("，", kept);
  }

  /** At least this many characters of a row's name end a clause's subject before it names the row by them. */
  private static final int MIN_SUBJECT = 5;

  /**
   * A clause whose subject is the row's name without its opening words ("水质检测合格率每低于…" for 集中供水工程水质检测合格率,
   * h205): five characters or more, ending the name.
   */
  private boolean namesByEnding(String clause, String name) {
    String subject = subjects.get(clause);
    return subject != null && subject.length() >= MIN_SUBJECT && name.endsWith(subject);
  }

  /**
   * The indicator a clause names before its terms, or null when it names none: a subject ending in 的 is a condition
   * ("未达到的每低于指标值1个百分点扣1分", h137), not a name.
   */
  private static @Nullable String subject(String clause) {
    Matcher m = NAMED_CLAUSE.matcher(clause);
    if (!m.lookingAt()) {
      return null;
    }
    String subject = clause.substring(0, m.end()).replaceFirst("(?:每|≥|≤|>|<|达到|低于|未达)$", "");
    return subject.endsWith("的") ? null : subject;
  }

  /** The joiners of a clause naming several rows before its terms: "投诉举报按时办结率和群众满意度每低于…" (h327). */
  private static final Pattern NAME_JOINER = Pattern.compile("和|及|与|、");

  /** A clause whose subject lists the row's name among others joined by 和, 及, 与 or 、. */
  private boolean namesInList(String clause, String name) {
    String subject = subjects.get(clause);
    if (subject == null) {
      return false;
    }
    String[] names = NAME_JOINER.split(subject);
    return names.length > 1 && java.util.Arrays.asList(names).contains(name);
  }

  private static List<String> clauses(List<String> items) {
    List<String> out = new ArrayList<>();
    for (String item : items) {
      for (String clause : CLAUSE_SPLIT.split(item)) {
        if (!clause.isBlank()) {
          out.add(clause.strip());
        }
      }
    }
    return List.copyOf(out);
  }

  /** The rule a note item states for {@code row} by its name (not a class rule, not its group's), or null. */
  @Nullable ScoringRule namedFor(IndicatorRow row) {
    return items.isEmpty() ? null : only(row.level3());
  }

  /**
   * The rule a note item states for {@code row}'s 二级指标 when none names the row itself ("满意度指标：90%（含）以上得满分；…" for
   * the rows under 满意度, h448), or null.
   */
  @Nullable ScoringRule groupFor(IndicatorRow row) {
    return items.isEmpty() || named(row.level3()) ? null : only(row.level2());
  }

  /** The rule a note item states for {@code row}, or null. */
  @Nullable ScoringRule ruleFor(IndicatorRow row) {
    if (items.isEmpty()) {
      return null;
    }
    ScoringRule byName = only(row.level3());
    if (byName == null && named(row.level3())) {
      return null; // the note names this row's own rule and it is not understood: no class rule stands in for it (h231)
    }
    ScoringRule byGroup = byName != null ? byName : only(row.level2());
    if (byGroup == null && !named(row.level2())) {
      // the 一级指标's rule, when neither the row nor its 二级 has one ("成本指标为一级指标，…每超出1%扣0.5分", h450)
      byGroup = only(row.level1());
    }
    if (byGroup != null) {
      return byGroup;
    }
    String byClass = quantitative(row) ? quantitative : qualitative(row) ? qualitative : null;
    if (byClass == null) {
      return null;
    }
    ScoringRule rule = parser.parse(byClass);
    return rule.understood() && !rule.judgement() ? rule : null;
  }

  /** A row whose target and actual are words (a 定性指标: 健全 | 基本健全), not figures. */
  private static boolean qualitative(IndicatorRow row) {
    return row.target() != null && row.actual() != null && row.targetValue() != null && row.actualValue() != null
        && row.targetValue().magnitude() == null && row.actualValue().magnitude() == null;
  }

  /** A row with a figure for its target and its actual (a 定量指标), not a word (合规, 有效改善). */
  private static boolean quantitative(IndicatorRow row) {
    return row.targetValue() != null && row.actualValue() != null
        && row.targetValue().magnitude() != null && row.actualValue().magnitude() != null;
  }

  /** Whether an item or a clause of the note names {@code scope}'s own rule, understood or not. */
  private boolean named(@Nullable String scope) {
    if (scope == null) {
      return false;
    }
    String name = Numbers.foldText(scope).replaceAll("\\s+", "");
    return name.length() >= 2 && (items.stream().anyMatch(i -> opensWith(i, name))
        || clauses.stream().anyMatch(c -> opensWith(c, name) || namesByEnding(c, name) || namesInList(c, name)));
  }

  private @Nullable ScoringRule only(@Nullable String scope) {
    String found = onlyItem(scope);
    if (found == null) {
      return null;
    }
    ScoringRule rule = parser.parse(found);
    return rule.understood() && !rule.judgement() ? rule : null;
  }

  /**
   * The text of the one note item for {@code row} (by its name, else its 二级指标), understood as a rule or not: what a
   * check reads in its own way (the bands of a delay, {@link DelayBands}).
   */
  @Nullable String itemFor(IndicatorRow row) {
    String byName = onlyItem(row.level3());
    return byName != null || named(row.level3()) ? byName : onlyItem(row.level2());
  }

  /** The one item (else clause) naming {@code scope}, or null when none or two do. */
  private @Nullable String onlyItem(@Nullable String scope) {
    if (scope == null) {
      return null;
    }
    String name = Numbers.foldText(scope).replaceAll("\\s+", "");
    if (name.length() < 2) {
      return null;
    }
    String found = null;
    for (List<String> candidates : List.of(items, clauses)) {
      for (String item : candidates) {
        if (opensWith(item, name) || candidates != items && (namesByEnding(item, name) || namesInList(item, name))) {
          if (found != null) {
            return null; // two items for one row: which applies is not for a check to decide
          }
          found = item;
        }
      }
      if (found != null) {
        break; // an item naming the row outranks a clause inside another item
      }
    }
    return found;
  }

  /**
   * The item opens with the name as a whole word ("预算执行率≥98%", "数量指标得分=", "数量指标按完成率计分", "…合格率每低于…", not
   * "预算执行率" for "预算执行").
   */
  private static boolean opensWith(String item, String name) {
    if (!item.startsWith(name)) {
      return false;
    }
    if (!name.endsWith("指标") && item.startsWith(name + "指标")) {
      return opensWith(item, name + "指标"); // the group named with its 指标 ("满意度指标：90%（含）以上得满分…" for 满意度, h448)
    }
    String rest = item.substring(name.length());
    return rest.isEmpty() || !Character.isLetter(rest.charAt(0)) || rest.startsWith("得分") || rest.startsWith("的")
        || rest.startsWith("按") // "数量指标按完成率计分，…"
        || rest.startsWith("每") // "农村供水水质检测合格率每低于目标值1个百分点扣1分" (h190)
        || rest.startsWith("评分") || rest.startsWith("计分") // "生活垃圾回收利用率评分：≥35%得满分；…" (h195)
        || rest.startsWith("实得分") // "预算执行率实得分=执行率×标准分（10分）" (h204)
        || rest.startsWith("为"); // "成本指标为一级指标，含经济成本…，每超出1%扣0.5分" (h450)
  }
}
