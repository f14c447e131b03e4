package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.Check;
import org.jixiao.audit.internal.FindingBuilder;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Severity;
import org.jixiao.schema.TextSpan;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.AnchoredPattern;
import org.jixiao.text.number.Numbers;

/**
 * 目标编号: the numbered goals of the 年度绩效目标 block ("目标1：…", "目标二：…", "目标二（应急救援）：…"), in text order,
 * and of the account of their completion ("目标1完成情况：…", h353), after an outline number too ("（一）目标一：…", h532)
 * or an English sentence's full stop (a bilingual form glossing each goal, "…≥98%.目标2：…", h540).
 * A label repeated on the rows of one goal (the same label with the same wording, one the other's opening, or none) is
 * one goal. A list restarts at 目标1; each list is read alone and must hold two goals or more.
 *
 * <ul>
 *   <li>a number missing between two present ones (目标1, 目标2, 目标2, 目标4), or one number used by two
 *       goals worded differently (目标1, 目标2, 目标2, 目标3): WARNING HIGH, since a goal was dropped or
 *       mislabelled, and the rows that cite the label no longer say which goal they serve;
 *   <li>otherwise, numbers out of order (目标一, 目标三, 目标二), or a number repeated with no wording to tell
 *       the goals apart: INFO LOW, worth noting only.
 * </ul>
 */
public final class GoalLabelCheck implements Check {
  private static final AnchoredPattern LABEL = AnchoredPattern.compile(
      "(?<=^|[\\t\\n。；;.\\s\\u3000）)])(?<kw>(?:绩效)?目标)(?<n>{N}|[一二三四五六七八九十]{1,3})(?<title>[（(][^（()）\\t\\n]{2,20}[）)])?(?<done>实际完成情况|完成情况)?(?:[:：](?<text>(?:(?!目标)[^\\t\\n。；;:：]){0,40})|\\t(?<cell>[^\\t\\n]{4,80})(?=\\n|$)|(?=\\t))",
      2, "目标");
  private static final Pattern LABEL_END = Pattern.compile("[:：\\t]");
  private static final String CHINESE_DIGITS = "一二三四五六七八九十";
  /** A goal block's line, "年度绩效目标 | 一是…；二是…" or "年度目标：一是…": its goals enumerated by 一是, 二是 …. */
  private static final Pattern GOAL_LINE =
      Pattern.compile("(?m)^\\t?[^\\t\\n]{0,10}(?:目标|实际完成情况)[^\\t\\n]{0,4}?[\\t:：](?<body>[^\\n]+)$");
  private static final Pattern ORDINAL = Pattern.compile("(?<=^|[；;。，,\\s])(?<n>[一二三四五六七八九十])是");
  /** "①新建…；②配套…" (h342, a form numbering everything with circled numbers): the goals by their circled labels. */
  private static final Pattern CIRCLED = Pattern.compile("(?<=^|[；;。，,\\s])(?<n>[①-⑳])");
  /** "（一）…；（二）…" opening each goal, a cell's lines: numbered within each cell of the line (预期目标 | 实际完成情况). */
  private static final Pattern BRACKETED = Pattern.compile("(?<=^|[；;。，,\\s])（(?<n>[一二三四五六七八九十])）");
  private static final String CIRCLED_DIGITS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

  /** One printed label: its number, the words after it and where it stands. */
  private record Goal(String printed, BigDecimal number, String wording, int start, int end, boolean account) {}

  @Override
  public CheckId id() {
    return CheckId.GOAL_LABELS;
  }

  @Override
  public List<Finding> check(AuditSubject subject) {
    String text = subject.text();
    if (text == null) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<MatchResult> labels = LABEL.matches(text); // one scan for the four forms below
    for (String form : List.of("目标", "绩效目标")) {
      for (boolean arabic : List.of(true, false)) {
        for (List<Goal> list : lists(text, labels, form, arabic)) {
          judge(subject, list, seen, out);
        }
      }
    }
    ordinals(subject, text, out);
    relabelled(subject, text, out);
    return out;
  }

  /** A row's goal label that is a number: "绩效目标9", "目标3". */
  private static final Pattern ROW_LABEL = Numbers.compile("(?<kw>(?:绩效)?目标)(?<n>{N})");

  /**
   * One label over two goals' rows (sample 002: the table prints 绩效目标9 again over the 交易中心 block, the goal list
   * above it numbers 10 goals, and no row carries 绩效目标10): the label printed at the head of two separate stretches of
   * the table, the 一级指标 cycle starting again where the second begins, and the next number on no row. WARNING HIGH:
   * the rows under the second print serve a goal the table never names, and the label's subtotals mix two goals. A goal's
   * rows carried over a page with the label repeated continue their cycle, so they are not taken for a second goal.
   */
  private void relabelled(AuditSubject subject, String text, List<Finding> out) {
    List<IndicatorRow> rows = subject.report().indicators();
    Set<String> used = rows.stream().map(IndicatorRow::goal).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    for (int start = 0; start < rows.size(); ) {
      String goal = rows.get(start).goal();
      int end = start + 1;
      while (end < rows.size() && java.util.Objects.equals(rows.get(end).goal(), goal)) {
        end++;
      }
      Matcher label = goal == null ? null : ROW_LABEL.matcher(goal);
      int again = label != null && label.matches() ? cycleRestart(rows, start, end) : -1;
      if (again > 0) {
        String next = label.group("kw") + Numbers.parse(label.group("n")).orElseThrow().add(BigDecimal.ONE).toPlainString();
        Matcher printed = Pattern.compile("(?m)^[\\t ]*" + Pattern.quote(goal) + "\\t").matcher(text);
        List<Integer> at = new ArrayList<>();
        while (printed.find()) {
          at.add(printed.end() - 1 - goal.length());
        }
        if (at.size() == 2 && !used.contains(next)) {
          out.add(FindingBuilder.of(subject.file(), id())
              .severity(Severity.WARNING)
              .certainty(Certainty.HIGH)
              .indicator(goal)
              .location(new TextSpan(subject.file(), null, at.get(1), at.get(1) + goal.length()))
              .stated(goal + "（两处）")
              .recomputed(goal + "、" + next)
              .rule("目标编号连续、不重复、按序排列")
              .message("“" + goal + "”标注了两组指标行：“" + rows.get(start).level3() + "”起与“" + rows.get(again).level3()
                  + "”起各有一套" + rows.get(start).level1() + "至" + rows.get(again - 1).level1() + "，而“" + next
                  + "”未标注任何行：后一组应属另一目标，按标注汇总的目标得分混合了两个目标"));
        }
      }
      start = end;
    }
  }

  /** The row in [start, end) where the run's first 一级指标 comes back after others, or -1. */
  private static int cycleRestart(List<IndicatorRow> rows, int start, int end) {
    String first = rows.get(start).level1();
    if (first == null) {
      return -1;
    }
    for (int i = start + 1; i < end; i++) {
      String before = rows.get(i - 1).level1();
      if (first.equals(rows.get(i).level1()) && before != null && !first.equals(before)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * "一是…；二是…；四是…" in a goal block's line: an ordinal skipped or repeated is a goal dropped (WARNING HIGH),
   * as with numbered labels; the list must start at 一是 and hold two goals or more.
   */
  private void ordinals(AuditSubject subject, String text, List<Finding> out) {
    Matcher line = GOAL_LINE.matcher(text);
    while (line.find()) {
      ordinals(subject, line, ORDINAL, CHINESE_DIGITS, "是", out);
      ordinals(subject, line, CIRCLED, CIRCLED_DIGITS, "", out);
    }
    bracketed(subject, text, out);
  }

  /**
   * "（一）…；（二）…；（四）…" in the cells of a goal block: a table line under a line naming 目标 (年度总体目标 | 全年预期目标 |
   * 全年实际完成情况, its first cell merged down, h427), or the line itself naming it; each cell a list of its own.
   */
  private void bracketed(AuditSubject subject, String text, List<Finding> out) {
    String previous = "";
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      String line = text.substring(start, end);
      if (line.indexOf('\t') >= 0 && line.indexOf('（') >= 0 && (line.contains("目标") || previous.contains("目标"))) {
        int cell = 0;
        while (cell <= line.length()) {
          int stop = line.indexOf('\t', cell);
          stop = stop < 0 ? line.length() : stop;
          ordinals(subject, start + cell, line.substring(cell, stop), BRACKETED, CHINESE_DIGITS, "（", "）", ", ", out);
          cell = stop + 1;
        }
      }
      previous = line;
      start = end + 1;
    }
  }

  /** One goal line's labels of one kind (一是 …, or ① …), each numbered by its place in {@code digits}. */
  private void ordinals(AuditSubject subject, Matcher line, Pattern marker, String digits, String after, List<Finding> out) {
    ordinals(subject, line.start("body"), line.group("body"), marker, digits, "", after, "、", out);
  }

  /**
   * The labels of one kind in {@code body}, which starts at {@code offset} of the text, each between {@code before} and
   * {@code after}; the finding lists them joined by {@code joint}, as the report's own list joins them.
   */
  private void ordinals(AuditSubject subject, int offset, String body, Pattern marker, String digits, String before,
      String after, String joint, List<Finding> out) {
    List<Integer> numbers = new ArrayList<>();
    List<String> printed = new ArrayList<>();
    Matcher m = marker.matcher(body);
    int from = -1;
    int to = -1;
    while (m.find()) {
      numbers.add(digits.indexOf(m.group("n")) + 1);
      printed.add(m.group());
      from = from < 0 ? offset + m.start() : from;
      to = offset + m.end();
    }
    if (numbers.size() < 2 || numbers.getFirst() != 1) {
      return;
    }
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= numbers.size(); i++) {
      expected.add(before + digits.charAt(i - 1) + after);
    }
    if (printed.equals(expected)) {
      return;
    }
    boolean gapOrRepeat = numbers.stream().distinct().count() < numbers.size()
        || numbers.stream().mapToInt(Integer::intValue).max().orElse(0) > numbers.size();
    out.add(finding(subject, gapOrRepeat, from, to, String.join(joint, printed), String.join(joint, expected),
        gapOrRepeat ? "缺少或重复编号" : "顺序颠倒"));
  }

  /**
   * The goal lists of one label form, split where the numbering restarts at 1, unless the label opens the line right
   * after the last goal's, is of its kind (a goal, or the account of one) and words another goal than the list's first:
   * Word's numbering restarted by a second list inside one block of goals shows 目标1, 2, 3, 1 (h359), one list with a
   * label wrong; the same goals printed again are a list of their own.
   */
  private static List<List<Goal>> lists(String text, List<MatchResult> labels, String form, boolean arabic) {
    List<List<Goal>> out = new ArrayList<>();
    List<Goal> current = new ArrayList<>();
    for (MatchResult m : labels) {
      String n = m.group("n");
      if (!m.group("kw").equals(form) || Character.isDigit(n.charAt(0)) != arabic) {
        continue;
      }
      BigDecimal number = Numbers.parse(n).orElse(null);
      if (number == null || number.scale() > 0 || number.signum() <= 0) {
        continue;
      }
      // "目标2：…" or a two-cell line "目标2 | …" (the goal block of a form); a label opening a longer table line
      // (目标2 | 产出指标 | …) is an indicator row's goal, its wording not printed there
      String said = m.group("text") != null ? m.group("text") : m.group("cell");
      if (said != null && STATUS.matcher(said.strip()).matches()) {
        said = said + sentenceAfter(text, m.end()); // "目标三：基本实现。受益人口4.62万人…": the status words no goal
      }
      // "目标二（防灾减灾救灾）：…": the bracketed title names the goal before its wording
      String wording = Names.compact((m.group("title") == null ? "" : m.group("title")) + (said == null ? "" : said));
      Goal goal = new Goal(m.group().strip(), number, wording, m.start("kw"), m.end("n"), m.group("done") != null);
      if (!current.isEmpty()) {
        Goal last = current.get(current.size() - 1);
        if (last.number().compareTo(number) == 0 && sameWording(wording, last.wording())) {
          continue; // the same goal's label on its next row, or its table's caption after its heading (h532)
        }
        boolean reprinted = current.stream().anyMatch(g -> g.number().compareTo(number) == 0 && g.wording().equals(wording));
        if (number.compareTo(BigDecimal.ONE) == 0 && (reprinted || !nextLine(text, last, goal))) {
          out.add(current);
          current = new ArrayList<>();
        }
      }
      current.add(goal);
    }
    out.add(current);
    return out;
  }

  /**
   * Whether two wordings under one label are one goal's: equal, either not printed, or one the other's opening (the
   * heading "目标一：提升…水平" and its table's caption "表2　目标一：提升…水平指标完成情况").
   */
  private static boolean sameWording(String a, String b) {
    return a.isEmpty() || b.isEmpty() || a.startsWith(b) || b.startsWith(a);
  }

  /** An account's verdict alone, the same for goals that differ: "已实现", "基本实现", "未完成". */
  private static final Pattern STATUS = Pattern.compile("(?:已|基本|部分|全部|未|没有)?(?:实现|完成|达成|达到)");
  private static final int WORDING_MAX = 40;

  /** The sentence after a verdict's 。, up to {@value #WORDING_MAX} characters: what the account says of the goal. */
  private static String sentenceAfter(String text, int at) {
    if (at >= text.length() || text.charAt(at) != '。') {
      return "";
    }
    int end = at + 1;
    while (end < text.length() && end - at <= WORDING_MAX && "\n\t。；;".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    return text.substring(at, end);
  }

  /** Whether {@code goal} opens the line after {@code last}'s, a label of the same kind. */
  private static boolean nextLine(String text, Goal last, Goal goal) {
    String between = text.substring(last.end(), goal.start());
    int nl = between.indexOf('\n');
    return last.account() == goal.account() && !last.wording().isEmpty() && !goal.wording().isEmpty() && nl >= 0
        && between.indexOf('\n', nl + 1) < 0 && between.substring(nl + 1).isBlank();
  }

  private void judge(AuditSubject subject, List<Goal> list, Set<String> seen, List<Finding> out) {
    TreeSet<BigDecimal> numbers = list.stream().map(Goal::number).collect(Collectors.toCollection(TreeSet::new));
    if (numbers.size() < 2) {
      return;
    }
    String stated = list.stream().map(g -> label(g)).collect(Collectors.joining(", "));
    List<String> missing = new ArrayList<>();
    for (BigDecimal k = numbers.first(); k.compareTo(numbers.last()) < 0; k = k.add(BigDecimal.ONE)) {
      if (!numbers.contains(k)) {
        missing.add(k.toPlainString());
      }
    }
    boolean repeated = numbers.size() < list.size();
    boolean twoGoals = list.stream().filter(g -> !g.wording().isEmpty()).map(Goal::number).distinct().count()
        < list.stream().filter(g -> !g.wording().isEmpty()).count();
    boolean serious = !missing.isEmpty() || twoGoals;
    boolean unordered = false;
    for (int i = 1; i < list.size(); i++) {
      unordered |= list.get(i).number().compareTo(list.get(i - 1).number()) < 0;
    }
    if ((missing.isEmpty() && !repeated && !unordered) || !seen.add(stated)) {
      return;
    }
    String kw = list.get(0).printed().startsWith("绩效") ? "绩效目标" : "目标";
    String expected = renumbered(list, kw);
    Goal first = list.get(0);
    StringBuilder why = new StringBuilder();
    if (repeated) {
      why.append("编号重复；");
    }
    if (!missing.isEmpty()) {
      why.append("缺少 ").append(kw).append(String.join("、" + kw, missing)).append("；");
    }
    if (unordered) {
      why.append("顺序颠倒；");
    }
    out.add(finding(subject, serious, first.start(), list.get(list.size() - 1).end(), stated, expected,
        why.substring(0, why.length() - 1)));
  }

  /** A goal list's numbering defect: a goal dropped or doubled is WARNING HIGH, an order slip INFO LOW. */
  private Finding finding(AuditSubject subject, boolean serious, int from, int to, String stated, String expected,
      String why) {
    return FindingBuilder.of(subject.file(), id())
        .severity(serious ? Severity.WARNING : Severity.INFO)
        .certainty(serious ? Certainty.HIGH : Certainty.LOW)
        .indicator("年度绩效目标")
        .location(new TextSpan(subject.file(), null, from, to))
        .stated(stated)
        .recomputed(expected)
        .rule("目标编号连续、不重复、按序排列")
        .message("目标编号 " + stated + "：" + why);
  }

  /** The labels the goals would carry numbered in order from the first: 目标1, 目标2, 目标3, 目标4. */
  private static String renumbered(List<Goal> list, String kw) {
    int first = list.get(0).number().intValue();
    boolean arabic = Character.isDigit(label(list.get(0)).charAt(label(list.get(0)).length() - 1));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      int n = first + i;
      out.add(kw + (arabic || n > CHINESE_DIGITS.length() ? Integer.toString(n) : CHINESE_DIGITS.substring(n - 1, n)));
    }
    return String.join(", ", out);
  }

  private static String label(Goal g) {
    Matcher end = LABEL_END.matcher(g.printed());
    return end.find() ? g.printed().substring(0, end.start()) : g.printed();
  }
}
