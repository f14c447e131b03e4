package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.Check;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.audit.internal.FindingBuilder;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.ParsedValue;
import org.jixiao.schema.Severity;
import org.jixiao.schema.TextSpan;
import org.jixiao.schema.ValueKind;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.AnchoredPattern;
import org.jixiao.text.number.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * 叙述未完成: a row that keeps full marks while its own words say the task was not done: its actual
 * value, its 偏差原因, or for a row read from prose the passage from its name to the next row
 * ("其余0.25万亩因土地权属调整尚未完成，得10分"; "专项培训未开展" beside 5 of 5). A WARNING of MEDIUM
 * certainty: the words contradict the score, but how many points the shortfall costs is the
 * report's rule, not arithmetic. Only the row's own text is read, never a rule column (完成目标得满分，
 * 未完成按比例扣分), and of prose elsewhere only a clause that names the row's task word for word ("高标准农田项目竣工验收
 * 工作尚未完成" beside a table row 完成, 10 of 10), so that a word about another row is never this row's.
 */
public final class NarrativeNotDoneCheck implements Check {
  /** A prose passage longer than this is no longer about one row. */
  private static final int MAX_PASSAGE = 300;
  /** A name shorter than this may stand in another row's words. */
  private static final int MIN_NAME = 6;
  /** What may follow the name inside its clause ("工作尚未完成"). */
  private static final int MAX_CLAUSE_TAIL = 16;
  private static final Pattern CLAUSE_END = Pattern.compile("[，。；;,\\n]");
  /**
   * A name set up as the topic of its sentence ("X中，", "X方面，"), or followed by what held it up ("X因设备到货延迟，至年底尚未
   * 完成竣工验收", h487; "X工程受冬季停工影响，年底尚未完工", h512): the clauses after it are about it.
   */
  private static final Pattern TOPIC =
      Pattern.compile("(?:工作|项目|任务|工程)?(?:中|方面|上)|(?:工作|项目|任务|工程)?(?:因[^，。；;,\\n]{1,16}|受[^，。；;,\\n]{1,12}影响)");
  private static final Pattern SENTENCE_END = Pattern.compile("[。；;\\n]");
  /** How long a sentence about a topic may run and still be about it alone. */
  private static final int MAX_TOPIC_SENTENCE = 120;

  private static final NotDoneWords WORDS = NotDoneWords.standard();
  /**
   * "修复计划12处，年内完成10处", "计划新建改建公共厕所15座，年内竣工13座", "计划加装电梯24部，已完成加装并投入使用21部",
   * "计划建设的12个农贸市场快检室已建成10个" (h231): a plan's count, then the smaller count done.
   */
  private static final AnchoredPattern PLAN_SHORTFALL = AnchoredPattern.compile(
      "计划[^，,。；;\\d]{0,12}?(?<n>{N})\\s*(?<u>\\p{IsHan}{1,2})[^。；;\\d]{0,16}?(?<done>完成|竣工|完工|建成)[^，,。；;\\d]{0,8}?(?<m>{N})\\s*\\k<u>",
      0, "计划");
  /** A plan's count: "乡镇卫生院标准化改造计划4所" (the unit is one or two characters; which, the row's target says). */
  private static final AnchoredPattern PLANNED =
      AnchoredPattern.compile("计划[^，,。；;\\d]{0,12}?(?<n>{N})\\s*(?<u>\\p{IsHan}{2}|\\p{IsHan})", 0, "计划");
  /** "年底仅完成管网铺设2.1公里（计划3.2公里）" (h351): the count done, then the plan's in brackets. */
  private static final AnchoredPattern DONE_THEN_PLAN = AnchoredPattern.compile(
      "(?<done>完成|竣工|完工|建成)[^，,。；;\\d]{0,8}?(?<m>{N})\\s*(?<u>\\p{IsHan}{1,2})\\s*[（(]\\s*计划[^，,。；;\\d）)]{0,6}?(?<n>{N})\\s*\\k<u>\\s*[）)]",
      0, "完成", "竣工", "完工", "建成");

  @Override
  public CheckId id() {
    return CheckId.NARRATIVE_NOT_DONE;
  }

  @Override
  public List<Finding> check(AuditSubject subject) {
    List<Integer> proseStarts = subject.report().indicators().stream()
        .map(IndicatorRow::source).filter(TextSpan.class::isInstance).map(s -> ((TextSpan) s).start())
        .sorted().toList();
    List<Finding> out = new ArrayList<>();
    Set<IndicatorRow> reported = Collections.newSetFromMap(new IdentityHashMap<>());
    List<IndicatorRow> rows = subject.report().indicators();
    for (IndicatorRow row : rows) {
      if (!fullMarks(row)) {
        continue;
      }
      // the counts, where the prose gives them, say more than its words ("仅完成2.1公里（计划3.2公里），剩余1.1公里未完工")
      Optional<Said> said = planShortfall(row, subject.text(), rows)
          .or(() -> said(row, subject.text(), proseStarts, rows, subject.report().fiscalYear()));
      if (said.isPresent()) {
        IndicatorRow blamed = acceptanceRow(said.get(), row, rows).orElse(row);
        if (reported.add(blamed)) {
          out.add(finding(subject, blamed, blamed.weight(), said.get()));
        }
      }
    }
    return out;
  }

  private static boolean fullMarks(IndicatorRow row) {
    BigDecimal weight = row.weight();
    BigDecimal score = row.score();
    return weight != null && score != null && weight.signum() > 0 && score.compareTo(weight) == 0;
  }

  /** How far after its not-done word a clause names what was not done: "尚未通过竣工验收". */
  private static final int WHAT_REACH = 8;

  /**
   * The row a not-done acceptance belongs to ("文家村文化活动广场…截至自评时尚未通过竣工验收" beside 新建文化活动广场 3个 and
   * 工程验收合格率 100%, both at full marks, h473): when the words say an acceptance is outstanding and one other row at full
   * marks measures acceptance, the claim they contradict is that row's. With no such row the works' own row is blamed,
   * acceptance completing them (h423).
   */
  private static Optional<IndicatorRow> acceptanceRow(Said said, IndicatorRow row, List<IndicatorRow> rows) {
    String context = said.hit().context();
    int at = context.indexOf(said.hit().word());
    String after = at < 0 ? "" : context.substring(at, Math.min(context.length(), at + said.hit().word().length() + WHAT_REACH));
    if (!after.contains("验收") || row.level3() == null || row.level3().contains("验收")) {
      return Optional.empty();
    }
    List<IndicatorRow> accepting = rows.stream()
        .filter(r -> r != row && r.level3() != null && r.level3().contains("验收") && fullMarks(r)).toList();
    return accepting.size() == 1 ? Optional.of(accepting.getFirst()) : Optional.empty();
  }

  /**
   * The prose counts fewer done than planned ("城区主次干道破损路面修复计划12处，年内完成10处，其余2处…顺延") where the row
   * claims the plan met (target 12处, actual 12处, full marks), h193: the plan's figure and unit are the row's target, and
   * no other row has that target, so the sentence is about this row whatever words it names the task by.
   */
  private static Optional<Said> planShortfall(IndicatorRow row, @Nullable String text, List<IndicatorRow> rows) {
    String target = targetCount(row);
    if (text == null || target == null || !claimsPlanMet(row)
        || rows.stream().filter(r -> target.equals(targetCount(r))).count() != 1) {
      return Optional.empty();
    }
    for (AnchoredPattern shortfall : List.of(PLAN_SHORTFALL, DONE_THEN_PLAN)) {
      for (MatchResult m : shortfall.matches(text)) {
        BigDecimal planned = Numbers.of(m.group("n"));
        if (target.equals(Decimals.plain(planned) + m.group("u")) && Numbers.of(m.group("m")).compareTo(planned) < 0) {
          Matcher end = SENTENCE_END.matcher(text);
          int stop = end.find(m.end()) ? end.start() : text.length();
          return Optional.of(new Said("正文", new NotDoneWords.Hit(m.group("done") + m.group("m") + m.group("u"),
              text.substring(Math.max(0, m.start() - 12), Math.min(stop, m.end() + 40)))));
        }
      }
    }
    return planNotDone(target, text);
  }

  /**
   * The plan's count, then in the same sentence words saying part of it was not done ("乡镇卫生院标准化改造计划4所，其中…已完工
   * 并投入使用，布久乡卫生院改造工程受冬季停工影响尚未完工", h207): the row claiming the plan met is contradicted.
   */
  private static Optional<Said> planNotDone(String target, String text) {
    for (MatchResult m : PLANNED.matches(text)) {
      String n = Decimals.plain(Numbers.of(m.group("n")));
      String u = m.group("u");
      if (!target.equals(n + u) && !target.equals(n + u.charAt(0))) {
        continue;
      }
      Matcher end = SENTENCE_END.matcher(text);
      int stop = end.find(m.end()) ? end.start() : text.length();
      String rest = text.substring(m.end(), stop);
      Optional<NotDoneWords.Hit> hit = WORDS.find(rest);
      if (hit.isPresent() && !allDone(rest, Numbers.of(m.group("n")), target.substring(n.length()))) {
        return Optional.of(new Said("正文", hit.get()));
      }
    }
    return Optional.empty();
  }

  /** A count done in a clause: "全年完成15座". */
  private static final Pattern DONE_COUNT = Numbers.compile("(?:完成|竣工|完工|建成)[^，,。；;\\d]{0,8}?(?<m>{N})\\s*(?<u>\\p{IsHan}{1,2})");

  /** Whether the sentence states the whole plan done ("全年完成15座" of 15座): its words not done are about something else. */
  private static boolean allDone(String sentence, BigDecimal planned, String unit) {
    Matcher d = DONE_COUNT.matcher(sentence);
    while (d.find()) {
      if (d.group("u").startsWith(unit) && Numbers.of(d.group("m")).compareTo(planned) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** A target stating its task before its count: "修缮碉楼15座" (h347), "完成3.2公里" (h351). */
  private static final Pattern TRAILING_COUNT = Numbers.compile("(?<n>{N})\\s*(?<u>\\p{IsHan}{1,2})$");
  /** An actual that claims the plan done in words: "按计划完成", "已全部建成". */
  private static final Pattern DONE_AS_PLANNED =
      Pattern.compile("^(?:已|均已|已全部|全部|按计划|按期|如期)?(?:完成|建成|竣工|完工)(?:任务|目标)?$");

  /** The row's target as a count ("12处"), from its value or, for a target that names its task first, its last figure. */
  private static @Nullable String targetCount(IndicatorRow row) {
    String count = countOf(row.targetValue(), row.level3());
    if (count != null || row.target() == null) {
      return count;
    }
    Matcher m = TRAILING_COUNT.matcher(row.target().strip());
    return m.find() && row.targetValue() != null && row.targetValue().comparator() == null
        ? Decimals.plain(Numbers.of(m.group("n"))) + m.group("u") : null;
  }

  /** Whether the row claims its plan met: an actual figure at or above the target's, or words saying it was done. */
  private static boolean claimsPlanMet(IndicatorRow row) {
    ParsedValue t = row.targetValue();
    ParsedValue a = row.actualValue();
    if (t != null && a != null && t.number() != null && a.number() != null) {
      return a.number().compareTo(t.number()) >= 0;
    }
    return row.actual() != null && DONE_AS_PLANNED.matcher(Names.compact(row.actual())).matches();
  }

  /** A unit printed after the indicator's name rather than its figures: "加装电梯（部）" with target "≥24". */
  private static final Pattern NAME_UNIT = Pattern.compile("[（(](\\p{IsHan}{1,2})[)）]$");

  /**
   * A count's figure and unit as printed ("12处", "1.5万亩"), the unit taken from the name when the figure has none
   * ("加装电梯（部）" | "≥24": "24部"); null for a rate or a word.
   */
  private static @Nullable String countOf(@Nullable ParsedValue v, String name) {
    if (v == null || v.number() == null || v.unit() != null && v.unit().contains("%")) {
      return null;
    }
    if (v.unit() == null || v.unit().isEmpty()) {
      Matcher unit = NAME_UNIT.matcher(name.strip());
      return unit.find() && v.scale() == null ? Decimals.plain(v.number()) + unit.group(1) : null;
    }
    String prefix = Decimals.scaleWord(v.scale());
    return prefix == null ? null : Decimals.plain(v.number()) + prefix + v.unit();
  }

  /** Where the row says it was not done: the first of actual value, 偏差原因, prose passage. */
  private static Optional<Said> said(IndicatorRow row, @Nullable String text, List<Integer> proseStarts, List<IndicatorRow> rows,
      @Nullable Integer year) {
    List<Said> places = new ArrayList<>();
    WORDS.find(row.actual()).ifPresent(h -> places.add(new Said("实际完成值", h)));
    WORDS.find(row.deviationReason(), year).ifPresent(h -> places.add(new Said("偏差原因", h)));
    if (row.targetValue() != null && row.deviationReason() != null
        && org.jixiao.text.number.Deadlines.met(row.targetValue().text(), row.deviationReason()).orElse(true) == Boolean.FALSE) {
      // "已上线运行" against "2024年12月底前上线运行", the reason dating it "平台于2025年2月上线运行" (h267): done late
      places.add(new Said("偏差原因", new NotDoneWords.Hit("逾期", row.deviationReason().strip())));
    }
    if (text != null && row.source() instanceof TextSpan span) {
      WORDS.find(passage(text, span, proseStarts)).ifPresent(h -> places.add(new Said("文中", h)));
    }
    // a row whose own figures meet its target is done by them: words elsewhere ("部门预算完成率未达到100%" beside ≥90% and
    // 91.38%, sample 001's problems section) measure it against another standard
    if (places.isEmpty() && text != null && !Boolean.TRUE.equals(RowScoreCheck.meets(row.targetValue(), row.actualValue()))) {
      namingClauses(text, row.level3(), MIN_NAME, false).stream().map(WORDS::find).flatMap(Optional::stream).findFirst()
          .or(() -> namedByEnd(text, row, rows))
          .ifPresent(h -> places.add(new Said("正文", h)));
    }
    if (places.isEmpty() && text != null) {
      // a sentence set up about the task and what held it up says more than figures that meet the target (h452)
      shortTopic(text, row, rows).ifPresent(h -> places.add(new Said("正文", h)));
    }
    if (places.isEmpty() && text != null) {
      completionSentence(text, row).or(() -> countedButNotDone(text, row, rows)).ifPresent(h -> places.add(new Said("正文", h)));
    }
    return places.stream().findFirst();
  }

  /** A whole sentence ends at a full stop or a line end, not at a semicolon between its clauses. */
  private static final String SENTENCE_ENDS = "。\n";
  /** An item of a list ends at its semicolon, a sentence in a table cell at the cell's end. */
  private static final String ITEM_OR_CELL_ENDS = "。；;\n\t";
  /** A completion rate's measure after its task: "校舍维修改造项目完工率" is the task 校舍维修改造, measured as done. */
  private static final Pattern COMPLETION = Pattern.compile("^(?<task>.{4,}?)(?:项目|工程|任务)?(?:完成率|完工率|竣工率|实施率|建成率|投产率|投运率)$");
  /**
   * A deadline's measure after its task: "福鼎市零工市场建成投用时间" is the task 零工市场, dated when done; so is a task named
   * with its last step alone ("农村危房改造竣工" | 年底前全部竣工, h188).
   */
  private static final Pattern DEADLINE = Pattern.compile(
      "^(?<task>.{4,}?)(?:项目|工程|任务)?(?:建成投用|建成投运|建成运营|投入运营|投入使用|建成|完工|竣工|完成|上线)(?:时间|时限)?$");
  /** A place opening a task's name ("福鼎市零工市场"), which the prose, speaking of its own place, leaves out. */
  private static final Pattern PLACE_PREFIX = Pattern.compile("^\\p{IsHan}{1,5}?[省市县区](?=\\p{IsHan}{4})");

  /**
   * A completion rate the row reports reached (h220: 校舍维修改造项目完工率 100%, 10 of 10) and a sentence of the prose, outside
   * table lines, that names its task word for word ("全年安排17所学校校舍维修改造，其中15所已完工…；…尚未完工"): the sentence is
   * about this row's task. Only for rates at 100% or at their target; a sentence, not a paragraph. Likewise a deadline row
   * with full marks (h301: 福鼎市零工市场建成投用时间 | 2024年10月底前 | 已建成, 4 of 4) and a sentence naming its task, the place
   * its name opens with left out as the prose does ("零工市场主体工程于9月完工，…截至年底尚未投入使用"), or the verb of building
   * it ("新建茶叶加工生产线2条…其中1条…截至评价日尚未投产" of 新建加工生产线投产率, h432).
   */
  private static Optional<NotDoneWords.Hit> completionSentence(String text, IndicatorRow row) {
    String level3 = row.level3() == null ? "" : row.level3().strip();
    Matcher name = COMPLETION.matcher(level3);
    ParsedValue actual = row.actualValue();
    boolean rate = name.matches() && actual != null && actual.number() != null && actual.unit() != null
        && actual.unit().contains("%") && actual.number().compareTo(BigDecimal.valueOf(100)) >= 0;
    if (!rate) {
      name = DEADLINE.matcher(level3);
      if (!name.matches()) {
        return Optional.empty();
      }
    }
    String task = name.group("task");
    Matcher place = PLACE_PREFIX.matcher(task);
    Optional<NotDoneWords.Hit> hit = sentenceNaming(text, task, null, List.of());
    hit = hit.isEmpty() && place.find() ? sentenceNaming(text, task.substring(place.end()), null, List.of()) : hit;
    // the thing built, without the verb: "新建茶叶加工生产线2条…其中1条…尚未投产" of 新建加工生产线投产率 (h432)
    String built = BUILD_VERB.matcher(task).replaceAll("");
    hit = hit.isEmpty() && !built.equals(task) && built.length() >= MIN_NAME_END ? sentenceNaming(text, built, null, List.of()) : hit;
    // the action before its object, as a sentence says it: "排查整治安全隐患35处…" of 安全隐患整治完成时间 (h483)
    Matcher action = ACTION_LAST.matcher(task);
    if (hit.isPresent() || !action.matches()) {
      return hit;
    }
    return sentenceNaming(text, action.group("verb") + action.group("object"), null, List.of());
  }

  /** A task named object first, its action last ("安全隐患整治"), which prose says action first ("整治安全隐患"). */
  private static final Pattern ACTION_LAST =
      Pattern.compile("^(?<object>\\p{IsHan}{4,}?)(?<verb>整治|治理|改造|维修|修缮|修复|安装|排查|清理|整改|清运|疏浚)$");

  /** A task's name without the verb of building it: 苹果智能分选线 of 苹果智能分选线建设, 朝鲜族非遗数字展厅 of 建设朝鲜族非遗数字展厅. */
  private static final Pattern BUILD_VERB = Pattern.compile("^(?:建设|新建|建成)|(?:建设|建成)$");

  /**
   * A count the row reports met (苹果智能分选线建设 | ≥1条 | 1条, 7 of 7; h417, h410, h407) and a sentence of the report
   * naming its task that says it was not done ("苹果智能分选线设备…截至2024年底仍在安装调试，尚未投入使用"): the thing is
   * counted, the task is not finished. Only for a count (a rate that meets its target may fall short of a standard the
   * prose measures it by, sample 001), a task of {@value #MIN_NAME} characters or more that no other row's name holds, and
   * a sentence of no more than {@value #MAX_TOPIC_SENTENCE} characters; a table line holding the row's own name is the
   * row, or its plan, and says nothing of how it went.
   */
  private static Optional<NotDoneWords.Hit> countedButNotDone(String text, IndicatorRow row, List<IndicatorRow> rows) {
    ParsedValue target = row.targetValue();
    if (target == null || target.kind() != ValueKind.QUANTITY || target.unit() == null
        || target.unit().contains("%") || target.unit().contains("‰") || target.unit().contains("元")
        || !Boolean.TRUE.equals(RowScoreCheck.meets(target, row.actualValue()))) {
      return Optional.empty();
    }
    String name = row.level3() == null ? "" : row.level3().strip();
    String task = BUILD_VERB.matcher(name).replaceAll("");
    if (task.length() < MIN_NAME || rows.stream().anyMatch(r -> r != row && r.level3() != null && r.level3().contains(task))) {
      return Optional.empty();
    }
    List<String> others = rows.stream().filter(r -> r != row && r.level3() != null && r.level3().strip().length() >= MIN_NAME)
        .map(r -> r.level3().strip()).toList();
    return sentenceNaming(text, task, name, others);
  }

  /**
   * The first sentence naming {@code task} word for word with not-done words in it, outside table lines. Given the row's
   * {@code name}, a table cell not holding that name is read too (a goal block's 实际完成情况, h410: the row's own cell is
   * the row), and an item of a list ("一是…；二是…", h407) is a sentence of its own. What the sentence says from a clause
   * naming another row's task ({@code others}) on is that row's ("…维修养护农村集中供水工程124处，更换改造老旧供水管网56.4公里，未达到
   * 60公里的年度目标", h428).
   */
  private static Optional<NotDoneWords.Hit> sentenceNaming(String text, String task, @Nullable String name, List<String> others) {
    String ends = name == null ? SENTENCE_ENDS : ITEM_OR_CELL_ENDS;
    for (int at = text.indexOf(task); at >= 0; at = text.indexOf(task, at + 1)) {
      int lineStart = text.lastIndexOf('\n', at) + 1;
      int lineEnd = text.indexOf('\n', at);
      String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
      int cellStart = text.lastIndexOf('\t', at) + 1;
      int cellEnd = text.indexOf('\t', at);
      boolean table = line.indexOf('\t') >= 0;
      if (table && (name == null || text.substring(Math.max(lineStart, cellStart),
          cellEnd < 0 || cellEnd > lineStart + line.length() ? lineStart + line.length() : cellEnd).contains(name))) {
        continue; // a table line: the row itself
      }
      int stop = at;
      while (stop < text.length() && ends.indexOf(text.charAt(stop)) < 0) {
        stop++;
      }
      int start = at;
      while (start > lineStart && ends.indexOf(text.charAt(start - 1)) < 0) {
        start--;
      }
      // for a row's own task, only what the sentence says from the task on (words before it are another's), and not
      // when it says first that the task itself was done ("…设施完成建设，其中2处尚未通水试运行", h90: a later stage),
      // unless what is not done is its acceptance, which completes it ("主体工程均已完工，其中…尚未通过竣工验收", h423)
      String said = untilAnother(text.substring(name == null ? start : at, stop), task, others);
      Optional<NotDoneWords.Hit> hit = stop - start <= MAX_TOPIC_SENTENCE ? WORDS.find(said) : Optional.empty();
      if (hit.isPresent() && (name == null || !doneBefore(said, hit.get().word()))) {
        return hit;
      }
    }
    return Optional.empty();
  }

  /** {@code said} up to the clause that names one of {@code others} after its {@code task}. */
  private static String untilAnother(String said, String task, List<String> others) {
    int cut = said.length();
    int from = Math.max(0, said.indexOf(task)) + task.length();
    for (String other : others) {
      int at = said.indexOf(other, from);
      if (at >= 0 && !task.contains(other)) {
        int clause = Math.max(Math.max(said.lastIndexOf('，', at), said.lastIndexOf(',', at)), Math.max(said.lastIndexOf('；', at),
            said.lastIndexOf(';', at)));
        cut = Math.min(cut, clause >= from ? clause : at);
      }
    }
    return said.substring(0, cut);
  }

  /** A sentence's words that its task was done: built, finished. */
  private static final Pattern DONE_CLAIM = Pattern.compile("(?<!未)(?:完成建设|建设完成|建成|已完工|全部完工|已竣工)");
  /** The clause a not-done word opens, to its end. */
  private static final Pattern CLAUSE_REST = Pattern.compile("[^，,；;。]*");

  /** Whether {@code said} claims its task done before {@code word}, and what is not done after it is not its acceptance. */
  private static boolean doneBefore(String said, String word) {
    int at = Math.max(0, said.indexOf(word));
    if (!DONE_CLAIM.matcher(said.substring(0, at)).find()) {
      return false;
    }
    Matcher rest = CLAUSE_REST.matcher(said);
    return !(rest.find(at) && rest.group().contains("验收"));
  }

  /**
   * A table row's task named word for word in a sentence of the text, the clause that names it ("高标准农田项目竣工验收工作
   * 尚未完成"): from the name to the clause's end. Only a name of {@value #MIN_NAME} characters or more, outside table lines,
   * so that the clause is about this row and no other. Every such clause, in order: the first may only state the plan
   * ("同步实施村卫生室标准化建设20个", h338) and a later one the shortfall ("20个村卫生室标准化建设中，有3个…尚未竣工验收").
   */
  private static List<String> namingClauses(String text, @Nullable String name, int minName, boolean topicOnly) {
    List<String> out = new ArrayList<>();
    if (name == null || name.length() < minName) {
      return out;
    }
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      int lineStart = text.lastIndexOf('\n', at) + 1;
      int lineEnd = text.indexOf('\n', at);
      String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
      if (line.indexOf('\t') >= 0) {
        continue; // a table line: the row itself
      }
      Matcher end = CLAUSE_END.matcher(text);
      int stop = end.find(at + name.length()) ? end.start() : text.length();
      if (TOPIC.matcher(text.substring(at + name.length(), stop)).matches()) {
        // "敬老院适老化改造中，2所已完工，三堆镇敬老院改造工程…尚未完工": the sentence goes on about this task's parts
        Matcher sentence = SENTENCE_END.matcher(text);
        int close = sentence.find(stop) ? sentence.start() : text.length();
        if (close - at <= MAX_TOPIC_SENTENCE) {
          out.add(text.substring(at, close));
          continue;
        }
      }
      if (!topicOnly && stop - at <= name.length() + MAX_CLAUSE_TAIL) {
        Matcher contrast = CONTRAST.matcher(text).region(Math.min(stop + 1, text.length()), text.length());
        Matcher sentence = SENTENCE_END.matcher(text);
        int close = sentence.find(stop) ? sentence.start() : text.length();
        if (stop < text.length() && text.charAt(stop) != '。' && contrast.lookingAt() && close - at <= MAX_TOPIC_SENTENCE) {
          // "档案库房消防设施改造主体已完工，但…消防验收未通过，…尚未投入使用" (h505): the clause after 但 goes on about it
          out.add(text.substring(at, close));
        } else {
          out.add(text.substring(at, stop));
        }
      }
    }
    return out;
  }

  /** The shortest name a sentence set up about it may stand for: 危桥改造. */
  private static final int MIN_TOPIC_NAME = 4;

  /**
   * A short name no other row shares, set up as the topic of its sentence ("溇水河桥危桥改造受汛期影响，主体工程尚未完工", h452,
   * beside the table's 危桥改造 3座 of 3座 at 7 of 7): the sentence is about this task; a bare mention is not.
   */
  private static Optional<NotDoneWords.Hit> shortTopic(String text, IndicatorRow row, List<IndicatorRow> rows) {
    String name = row.level3() == null ? "" : row.level3().strip();
    if (name.length() < MIN_TOPIC_NAME || name.length() >= MIN_NAME
        || rows.stream().anyMatch(r -> r != row && r.level3() != null && (r.level3().contains(name) || name.contains(r.level3())))) {
      return Optional.empty();
    }
    return namingClauses(text, name, MIN_TOPIC_NAME, true).stream().map(WORDS::find).flatMap(Optional::stream).findFirst();
  }

  /** A clause opening with a contrast: what it says is of the clause before's subject ("…已完工，但验收未通过"). */
  private static final Pattern CONTRAST = Pattern.compile("\\s*(?:但是?|然而|不过)");

  /** The shortest end of a name that may stand for the task: 中心村建设 of 美丽乡村中心村建设. */
  private static final int MIN_NAME_END = 5;

  /**
   * A clause naming the task by the end of the row's name, its modifier left out ("三岗中心村建设进度滞后" beside 美丽乡村中心村建设
   * | 完成2个 | 完成, 5 of 5; h343): the longest such end that no other row's name holds, so that the clause is this row's.
   */
  private static Optional<NotDoneWords.Hit> namedByEnd(String text, IndicatorRow row, List<IndicatorRow> rows) {
    String name = row.level3() == null ? "" : row.level3().strip();
    for (int n = name.length() - 1; n >= MIN_NAME_END; n--) {
      String end = name.substring(name.length() - n);
      boolean others = rows.stream().anyMatch(r -> r != row && r.level3() != null && r.level3().contains(end));
      if (others) {
        return Optional.empty(); // a shorter end is shared too
      }
      Optional<NotDoneWords.Hit> hit = namingClauses(text, end, MIN_NAME_END, false).stream().map(WORDS::find)
          .flatMap(Optional::stream).findFirst();
      if (hit.isPresent()) {
        return hit;
      }
    }
    return Optional.empty();
  }

  /** From the row's name to the next prose row or the end of its paragraph, whichever comes first. */
  private static String passage(String text, TextSpan span, List<Integer> proseStarts) {
    int start = Math.min(span.start(), text.length());
    int end = Math.min(text.length(), start + MAX_PASSAGE);
    int newline = text.indexOf('\n', span.end());
    if (newline >= 0 && newline < end) {
      end = newline;
    }
    for (int s : proseStarts) {
      if (s > start && s < end) {
        end = s;
        break;
      }
    }
    return text.substring(start, Math.max(start, end));
  }

  private Finding finding(AuditSubject subject, IndicatorRow row, BigDecimal weight, Said said) {
    String full = Decimals.plain(weight);
    return FindingBuilder.of(subject.file(), id())
        .severity(Severity.WARNING)
        .certainty(Certainty.MEDIUM)
        .indicator(row.level3())
        .location(FindingBuilder.where(row, IndicatorField.score))
        .stated(full + " / " + full)
        .recomputed("< " + full)
        .rule("未完成的任务不应得满分")
        .message(row.level3() + " 得满分 " + full + " / " + full + "，但" + said.field() + "写明“"
            + said.hit().word() + "”：…" + said.hit().context() + "…");
  }

  /** The not-done words and in which of the row's texts they stand. */
  private record Said(String field, NotDoneWords.Hit hit) {}
}
