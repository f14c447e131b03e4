package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.audit.internal.FindingBuilder;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.jixiao.schema.Section;
import org.jixiao.schema.Severity;
import org.jixiao.schema.TextSpan;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.Numbers;
import org.jspecify.annotations.Nullable;

/** 图表得分率: a bar chart of the 一级 groups' score rates whose data labels are printed as text, one of {@link ArithmeticCheck}'s. */
final class ChartRates {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** A group's weight and score. */
  private record Group(BigDecimal weight, BigDecimal score) {}

  private ChartRates() {}

  /** A chart's data label: a group's name and its rate, alone on a line ("效益 88.40%"). */
  private static final Pattern CHART_LABEL = Numbers.compile("(?m)^(?<name>\\p{IsHan}{2,8})\\s+(?<rate>{N})\\s*[%％]\\s*$");
  /** How far below its labels a chart's caption stands (the axis line between). */
  private static final int CAPTION_REACH = 3;

  /**
   * A bar chart of the 一级 groups' score rates, its data labels printed as text (h313: "决策 80.00%" … "效益 88.40%", then
   * the axis, then "图2 一级指标得分率"): each label against its group's score ÷ weight, the group's printed section or
   * else its rows' sums (when every row of the group has both). ERROR HIGH, as a 得分率 table line: the chart states it.
   */
  static void find(AuditSubject subject, String text, CheckId id, List<Finding> out) {
    if (!text.contains("得分率")) {
      return;
    }
    Matcher m = CHART_LABEL.matcher(text);
    List<MatchResult> run = new ArrayList<>();
    while (m.find()) {
      if (!run.isEmpty() && !onNextLine(text, run.getLast().end(), m.start())) {
        chartRun(subject, text, run, id, out);
        run.clear();
      }
      run.add(m.toMatchResult());
    }
    chartRun(subject, text, run, id, out);
  }

  private static boolean onNextLine(String text, int end, int start) {
    return text.substring(end, start).chars().filter(c -> c == '\n').count() == 1;
  }

  private static void chartRun(AuditSubject subject, String text, List<MatchResult> run, CheckId id, List<Finding> out) {
    if (run.size() < 2) {
      return;
    }
    int after = run.getLast().end();
    int lineEnd = after;
    for (int k = 0; k < CAPTION_REACH && lineEnd >= 0 && lineEnd < text.length(); k++) {
      lineEnd = text.indexOf('\n', lineEnd + 1);
    }
    String below = text.substring(after, lineEnd < 0 ? text.length() : lineEnd);
    if (!below.contains("得分率")) {
      return;
    }
    for (MatchResult label : run) {
      Group group = group(subject.report(), label.group("name"));
      if (group == null || group.weight().signum() <= 0) {
        return; // a label that is no group of this report: not this chart
      }
    }
    for (MatchResult label : run) {
      Group group = group(subject.report(), label.group("name"));
      BigDecimal rate = Numbers.of(label.group("rate"));
      BigDecimal computed = group.score().multiply(HUNDRED).divide(group.weight(), java.math.MathContext.DECIMAL64);
      if (Decimals.agreesAtPrintedPrecision(rate, computed)) {
        continue;
      }
      String shown = Decimals.plain(computed, Math.max(2, Decimals.printedScale(rate))) + "%";
      BigDecimal charted = chartedScore(text, run.getFirst().start(), group.weight(), group.score(), rate);
      if (charted != null) {
        // the rate follows a score the chart prints for the group, and that score is not its rows' sum (h313: 38.42 for
        // rows adding to 38.24, 96.05% = 38.42 ÷ 40): the group's printed score is the figure that differs
        out.add(FindingBuilder.of(subject.file(), id)
            .indicator(label.group("name"))
            .location(new TextSpan(subject.file(), null, label.start("rate"), label.end()))
            .severity(Severity.ERROR)
            .certainty(Certainty.HIGH)
            .stated(Decimals.plain(charted))
            .recomputed(Decimals.plain(group.score()))
            .rule("一级指标得分 = Σ 所属指标得分")
            .message("图中 " + label.group("name") + " 得分 " + Decimals.plain(charted) + "（得分率 " + label.group("rate")
                + "% 即 " + Decimals.plain(charted) + " ÷ " + Decimals.plain(group.weight()) + "），各行得分合计 " + Decimals.plain(group.score())));
        continue;
      }
      out.add(FindingBuilder.of(subject.file(), id)
          .indicator(label.group("name"))
          .location(new TextSpan(subject.file(), null, label.start("rate"), label.end()))
          .severity(Severity.ERROR)
          .certainty(Certainty.HIGH)
          .stated(label.group("rate") + "%")
          .recomputed(shown)
          .rule("得分率 = 得分 ÷ 分值 × 100%")
          .message("图中 " + label.group("name") + " 得分率 " + label.group("rate") + "%，" + label.group("name") + " 得分 "
              + Decimals.plain(group.score()) + " ÷ 分值 " + Decimals.plain(group.weight()) + " = " + shown));
    }
  }

  /** How far before its labels a chart's other figures stand (its first chart's bars and their labels). */
  private static final int CHART_REACH = 400;
  private static final Pattern FIGURE = Numbers.compile("{N}");

  /**
   * The one figure printed in the charts just above the labels (from the last full stop) that gives {@code rate} over
   * {@code weight} and is not the rows' {@code score}; null when there is none, or more than one.
   */
  private static @Nullable BigDecimal chartedScore(String text, int labelsStart, BigDecimal weight,
      BigDecimal score, BigDecimal rate) {
    int from = Math.max(Math.max(0, labelsStart - CHART_REACH), text.lastIndexOf('。', labelsStart) + 1);
    BigDecimal found = null;
    Matcher f = FIGURE.matcher(text).region(from, labelsStart);
    while (f.find()) {
      BigDecimal x = Numbers.of(f.group());
      if (x.compareTo(score) != 0 && x.compareTo(weight) < 0 && x.scale() > 0
          && Decimals.agreesAtPrintedPrecision(rate, x.multiply(HUNDRED).divide(weight, java.math.MathContext.DECIMAL64))) {
        if (found != null && found.compareTo(x) != 0) {
          return null;
        }
        found = x;
      }
    }
    return found;
  }

  /** A group's weight and score: its section as printed, else its rows' sums when every row has both; null if neither. */
  private static @Nullable Group group(Report report, String name) {
    String key = Names.key(name);
    for (Section s : report.sections()) {
      if (Names.key(s.name()).equals(key) && s.weight() != null && s.score() != null) {
        return new Group(s.weight(), s.score());
      }
    }
    List<IndicatorRow> rows = report.indicators().stream().filter(r -> r.level1() != null && Names.key(r.level1()).equals(key)).toList();
    if (rows.isEmpty() || rows.stream().anyMatch(r -> r.weight() == null || r.score() == null)) {
      return null;
    }
    return new Group(Decimals.sum(rows.stream().map(IndicatorRow::weight).toList()),
        Decimals.sum(rows.stream().map(IndicatorRow::score).toList()));
  }

}
