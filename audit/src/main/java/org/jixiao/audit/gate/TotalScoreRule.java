package org.jixiao.audit.gate;

import java.math.BigDecimal;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.schema.Evidence;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.jixiao.schema.ReportField;
import org.jixiao.schema.SourceRef;
import org.jspecify.annotations.Nullable;

/**
 * 总分与满分: the total is a score, not a 得分率 ("96.16%" from the 合计 row's last column), lies
 * within 0 and its full mark, and the full mark is not the total itself while the rows add up to
 * another full mark (a 合计 row 分值 | 得分 | 得分率 read one column off: the score taken as the full
 * mark, the rate as the score). A failed total or full mark is withheld; the rows are still
 * audited, and with the full mark withheld the total (the same number as the score that was taken
 * as the full mark) is compared with them under the usual 100.
 */
public final class TotalScoreRule implements PlausibilityRule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public Gated apply(Gated in, @Nullable String text) {
    Gated out = fullMarkIsTheTotal(in);
    if (out != in && in.report().maxScore() != null && in.report().maxScore().signum() > 0) {
      return out; // the total equals the score that was taken as the full mark: it is the score itself
    }
    Report report = out.report();
    BigDecimal total = report.totalScore();
    if (total == null) {
      return out;
    }
    Evidence evidence = report.evidence().get(ReportField.totalScore);
    SourceRef where = evidence == null ? null : evidence.source();
    String printed = evidence == null ? Decimals.plain(total) : evidence.text().strip();
    BigDecimal full = report.maxScore() != null && report.maxScore().signum() > 0 ? report.maxScore() : HUNDRED;
    String why = null;
    if (printed.contains("%") || printed.contains("％")) {
      why = "总分的原文“" + printed + "”是得分率，不是得分";
    } else if (total.signum() < 0) {
      why = "总分 " + Decimals.plain(total) + " 为负数";
    } else if (total.compareTo(full) > 0) {
      why = "总分 " + Decimals.plain(total) + " 超过满分 " + Decimals.plain(full);
    }
    if (why == null) {
      return out;
    }
    return out.withhold(Copies.withoutScores(report, true, false), "未能可靠读取总分：" + why, where);
  }

  private static Gated fullMarkIsTheTotal(Gated in) {
    Report report = in.report();
    BigDecimal max = report.maxScore();
    if (max == null) {
      return in;
    }
    Evidence evidence = report.evidence().get(ReportField.maxScore);
    SourceRef where = evidence == null ? null : evidence.source();
    if (max.signum() <= 0) {
      return in.withhold(Copies.withoutScores(report, false, true),
          "未能可靠读取满分：满分 " + Decimals.plain(max) + " 不是正数", where);
    }
    BigDecimal weights = Decimals.sum(report.indicators().stream().map(IndicatorRow::weight).toList());
    boolean rowsMakeAnotherFullMark = weights.signum() > 0 && weights.compareTo(max) != 0;
    if (rowsMakeAnotherFullMark && Decimals.same(max, report.totalScore())) {
      return in.withhold(Copies.withoutScores(report, false, true),
          "未能可靠读取满分：满分 " + Decimals.plain(max) + " 与总分相同，而各行分值合计 "
              + Decimals.plain(weights) + "（合计行的得分被读作满分）",
          where);
    }
    return in;
  }
}
