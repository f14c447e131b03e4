package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.Check;
import org.jixiao.audit.internal.FindingBuilder;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Severity;
import org.jixiao.schema.TextSpan;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.Numbers;

/**
 * 目标编号: the numbered goals of the 年度绩效目标 block ("目标1：…", "目标二：…"), in text order.
 * A label repeated on the rows of one goal (the same label with the same wording, or with none) is
 * one goal. A list restarts at 目标1; each list is read alone and must hold two goals or more.
 *
 * <ul>
 *   <li>a number missing between two present ones (目标1, 目标2, 目标2, 目标4): WARNING HIGH, since
 *       a goal was dropped or mislabelled;
 *   <li>otherwise, a number used by two different goals, or numbers out of order (目标一, 目标三,
 *       目标二): INFO LOW, worth noting only.
 * </ul>
 */
public final class GoalLabelCheck implements Check {
  private static final Pattern LABEL = Numbers.compile(
      "(?<=^|[\\t\\n。；;\\s])(?<kw>(?:绩效)?目标)(?<n>{N}|[一二三四五六七八九十]{1,3})(?:[:：](?<text>[^\\t\\n。；;:：]{0,40})|(?=\\t))");

  /** One printed label: its number, the words after it and where it stands. */
  private record Goal(String printed, BigDecimal number, String wording, int start, int end) {}

  @Override
  public CheckId id() {
    return CheckId.GOAL_LABELS;
  }

  @Override
  public List<Finding> check(AuditSubject subject) {
    String text = subject.text();
    if (text == null || subject.report().part() != null) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String form : List.of("目标", "绩效目标")) {
      for (boolean arabic : List.of(true, false)) {
        for (List<Goal> list : lists(text, form, arabic)) {
          judge(subject, list, seen, out);
        }
      }
    }
    return out;
  }

  /** The goal lists of one label form, split where the numbering restarts at 1. */
  private static List<List<Goal>> lists(String text, String form, boolean arabic) {
    List<List<Goal>> out = new ArrayList<>();
    List<Goal> current = new ArrayList<>();
    Matcher m = LABEL.matcher(text);
    while (m.find()) {
      String n = m.group("n");
      if (!m.group("kw").equals(form) || Character.isDigit(n.charAt(0)) != arabic) {
        continue;
      }
      BigDecimal number = Numbers.parse(n).orElse(null);
      if (number == null || number.scale() > 0 || number.signum() <= 0) {
        continue;
      }
      String wording = m.group("text") == null ? "" : Names.compact(m.group("text"));
      Goal goal = new Goal(m.group().strip(), number, wording, m.start("kw"), m.end("n"));
      if (!current.isEmpty()) {
        Goal last = current.get(current.size() - 1);
        if (last.number().compareTo(number) == 0 && (wording.isEmpty() || last.wording().isEmpty() || wording.equals(last.wording()))) {
          continue; // the same goal's label on its next row
        }
        if (number.compareTo(BigDecimal.ONE) == 0) {
          out.add(current);
          current = new ArrayList<>();
        }
      }
      current.add(goal);
    }
    out.add(current);
    return out;
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
    boolean unordered = false;
    for (int i = 1; i < list.size(); i++) {
      unordered |= list.get(i).number().compareTo(list.get(i - 1).number()) < 0;
    }
    if ((missing.isEmpty() && !repeated && !unordered) || !seen.add(stated)) {
      return;
    }
    String kw = list.get(0).printed().startsWith("绩效") ? "绩效目标" : "目标";
    String expected = numbers.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(", "));
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
    out.add(FindingBuilder.of(subject.file(), id())
        .severity(missing.isEmpty() ? Severity.INFO : Severity.WARNING)
        .certainty(missing.isEmpty() ? Certainty.LOW : Certainty.HIGH)
        .indicator("年度绩效目标")
        .location(new TextSpan(subject.file(), null, first.start(), list.get(list.size() - 1).end()))
        .stated(stated)
        .recomputed("连续编号（" + (missing.isEmpty() ? expected : expected + " 另缺 " + String.join("、", missing)) + "）")
        .rule("目标编号连续、不重复、按序排列")
        .message("目标编号 " + stated + "：" + why.substring(0, why.length() - 1)));
  }

  private static String label(Goal g) {
    int colon = g.printed().indexOf('：') >= 0 ? g.printed().indexOf('：') : g.printed().indexOf(':');
    return colon >= 0 ? g.printed().substring(0, colon) : g.printed();
  }
}
