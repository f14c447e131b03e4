package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.Check;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.audit.internal.FindingBuilder;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.Numbers;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Severity;
import org.jixiao.schema.TextSpan;

/**
 * 文中小计: a first- or second-level group's weight and score stated in prose ("6.采购管理 该二级指标满分2分，
 * 得分2分", "管理效率指标完成情况详细分析（设置分值22分，得21分）") against the sum of the group's rows.
 *
 * <p>The prose names the group just before the figures: the last level1 or level2 name of the
 * report that stands as a heading (line start or after an enumerator) within {@value #LOOK_BACK} characters before them, with no row's level3
 * between (else the figures belong to that row). A level2 name used under more than one level1 or
 * goal is ambiguous and skipped. A disagreement is a WARNING: HIGH when the weights agree and only
 * the scores differ, MEDIUM when the weights differ too (rows may be missing).
 */
public final class ProseSubtotalCheck implements Check {
  static final int LOOK_BACK = 80;
  private static final String HEADING_PRECEDER = "\n\r\t 　.．、)）:：";
  private static final Pattern FIGURES =
      Numbers.compile("(?:满分|权重分|设置分值|分值)\\s*({N})\\s*分\\s*[，,]\\s*得(?:分)?\\s*({N})\\s*分");

  @Override
  public CheckId id() {
    return CheckId.PROSE_SUBTOTAL;
  }

  @Override
  public List<Finding> check(AuditSubject subject) {
    String text = subject.text();
    List<Finding> out = new ArrayList<>();
    if (text == null || subject.report().indicators().isEmpty()) {
      return out;
    }
    Map<String, List<IndicatorRow>> groups = groups(subject.report().indicators());
    Set<String> level3 = new HashSet<>();
    subject.report().indicators().forEach(r -> level3.add(r.level3()));
    Matcher m = FIGURES.matcher(text);
    while (m.find()) {
      String before = text.substring(Math.max(0, m.start() - LOOK_BACK), m.start());
      String group = null;
      int at = -1;
      for (String name : groups.keySet()) {
        int i = headingAt(before, name);
        if (i >= 0 && (i + name.length() > at || (i + name.length() == at && group != null && name.length() > group.length()))) {
          group = name;
          at = i + name.length();
        }
      }
      if (group == null || rowNamedBetween(before.substring(at), level3, group)) {
        continue;
      }
      List<IndicatorRow> rows = groups.get(group);
      BigDecimal weight = Decimals.sum(rows.stream().map(IndicatorRow::weight).toList());
      BigDecimal score = Decimals.sum(rows.stream().map(IndicatorRow::score).toList());
      BigDecimal statedWeight = Numbers.of(m.group(1));
      BigDecimal statedScore = Numbers.of(m.group(2));
      boolean weightsAgree = weight.compareTo(statedWeight) == 0;
      if (weightsAgree && score.compareTo(statedScore) == 0
          || !weightsAgree && !restatesTableSubtotal(subject, group, statedWeight, statedScore)) {
        // weights that differ mean the sentence may not be about these rows (a 二级 name shared by a
        // 三级 group, a heading read as another level): a finding only when the prose restates the
        // table's own 小计 for that group, which the rows then fail just the same
        continue;
      }
      out.add(
          FindingBuilder.of(subject.file(), id())
              .severity(Severity.WARNING)
              .certainty(weightsAgree ? Certainty.HIGH : Certainty.MEDIUM)
              .location(new TextSpan(subject.file(), null, m.start(), m.end()))
              .stated(SectionSumCheck.pair(statedWeight, statedScore))
              .recomputed(SectionSumCheck.pair(weight, score))
              .rule("Σ 三级指标 = 文中小计")
              .message(
                  "正文载 " + group + " " + SectionSumCheck.pair(statedWeight, statedScore)
                      + "，其下 " + rows.size() + " 行合计 " + SectionSumCheck.pair(weight, score)));
    }
    return out;
  }

  /** Whether the table states the same 小计 for {@code group} as the sentence (004's 管理效率 22 / 21 in both). */
  private static boolean restatesTableSubtotal(AuditSubject subject, String group, BigDecimal weight, BigDecimal score) {
    return subject.report().sections().stream().anyMatch(sec -> Names.key(sec.name()).equals(Names.key(group))
        && sec.weight() != null && sec.weight().compareTo(weight) == 0
        && sec.score() != null && sec.score().compareTo(score) == 0);
  }

  /** Rows per level1 name and per unambiguous level2 name. */
  private static Map<String, List<IndicatorRow>> groups(List<IndicatorRow> rows) {
    Map<String, List<IndicatorRow>> out = new HashMap<>();
    Map<String, Set<String>> parents = new HashMap<>();
    for (IndicatorRow row : rows) {
      if (row.level1() != null && !row.level1().isBlank()) {
        out.computeIfAbsent(row.level1().strip(), k -> new ArrayList<>()).add(row);
      }
      if (row.level2() != null && !row.level2().isBlank()) {
        String name = row.level2().strip();
        parents.computeIfAbsent(name, k -> new HashSet<>()).add(row.goal() + "|" + row.level1());
      }
    }
    for (IndicatorRow row : rows) {
      String name = row.level2() == null ? "" : row.level2().strip();
      if (!name.isEmpty() && parents.get(name).size() == 1 && !name.equals(row.level1())) {
        out.computeIfAbsent(name, k -> new ArrayList<>()).add(row);
      }
    }
    return out;
  }

  /**
   * The last place {@code name} stands as a heading in {@code text}: at a line start or after an
   * enumerator (1. 2、 （三）), not inside running prose ("市场满意度调查" is no heading).
   */
  private static int headingAt(String text, String name) {
    int i = text.lastIndexOf(name);
    while (i >= 0) {
      char before = i == 0 ? '\n' : text.charAt(i - 1);
      if (HEADING_PRECEDER.indexOf(before) >= 0 || Character.isDigit(before)) {
        return i;
      }
      i = i == 0 ? -1 : text.lastIndexOf(name, i - 1);
    }
    return -1;
  }

  private static boolean rowNamedBetween(String between, Set<String> level3, String group) {
    return level3.stream().anyMatch(n -> n.length() >= 2 && !n.equals(group) && between.contains(n));
  }
}
