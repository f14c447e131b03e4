package org.jixiao.audit.gate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.audit.internal.WeightSlack;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.jixiao.schema.Section;
import org.jixiao.text.name.Names;
import org.jspecify.annotations.Nullable;

/**
 * 分值合计接近满分: the rows' weights add up near the full mark ({@code maxScore}, 100 when not
 * stated). Weights of 151 against 100 are no report's arithmetic: subtotal sentences ("决策（20分），
 * 自评得分19分") were read as rows. Rows named as a group of other rows (their level3 is another
 * row's level1 or level2, or a section's name) are withheld when that brings the sum back within
 * {@value WeightSlack#PERCENT}% of the full mark; when it does not, no row can be trusted and all are
 * withheld. A small excess (102 against 100) is a real finding for the checks and stays. Weights
 * far below the full mark (75 of 100) mean rows the extraction did not read: a diagnostic.
 */
public final class WeightSumRule implements PlausibilityRule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public Gated apply(Gated in, @Nullable String text) {
    Report report = in.report();
    List<IndicatorRow> rows = report.indicators();
    BigDecimal full = report.maxScore() != null && report.maxScore().signum() > 0 ? report.maxScore() : HUNDRED;
    BigDecimal weights = Decimals.sum(rows.stream().map(IndicatorRow::weight).toList());
    if (!rows.isEmpty() && WeightSlack.below(weights, full)) {
      // rows lost by the extraction (a table or prose items not read): said as such; the checks keep
      // the rows they have, and TotalScoreCheck does not call the shortfall the report's
      return in.withhold(report, "未能可靠读取指标表：分值合计 " + Decimals.plain(weights) + "，满分 " + Decimals.plain(full)
          + "，约 " + Decimals.plain(full.subtract(weights)) + " 分的指标行未读到，总分不据指标行复核", rows.get(0).source());
    }
    if (!WeightSlack.above(weights, full)) {
      return in;
    }
    Set<String> groups = new HashSet<>();
    for (IndicatorRow r : rows) {
      groups.add(Names.key(r.level1()));
      groups.add(Names.key(r.level2()));
    }
    report.sections().stream().map(Section::name).map(Names::key).forEach(groups::add);
    groups.remove(Names.key(null));
    List<IndicatorRow> kept = new ArrayList<>();
    List<IndicatorRow> subtotals = new ArrayList<>();
    for (IndicatorRow r : rows) {
      (groups.contains(Names.key(r.level3())) ? subtotals : kept).add(r);
    }
    BigDecimal rest = Decimals.sum(kept.stream().map(IndicatorRow::weight).toList());
    String sum = "分值合计 " + Decimals.plain(weights) + "，满分 " + Decimals.plain(full);
    if (!subtotals.isEmpty() && !WeightSlack.above(rest, full)) {
      String names = subtotals.stream().map(IndicatorRow::level3).collect(Collectors.joining("、"));
      return in.withhold(report.withIndicators(kept),
          "未能可靠读取指标表：" + sum + "：小计句被读作指标行（" + names + "），这些行不参与审核", subtotals.get(0).source());
    }
    return in.withhold(report.withIndicators(List.of()),
        "未能可靠读取指标表：" + sum + "，行被读错（多读了小计或其他表的行），指标行均不参与审核",
        rows.isEmpty() ? null : rows.get(0).source());
  }

}
