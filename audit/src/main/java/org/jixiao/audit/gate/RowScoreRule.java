package org.jixiao.audit.gate;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.SourceRef;
import org.jspecify.annotations.Nullable;

/**
 * 得分在 0–100 之间: no row of a 100-point scheme scores above 100 or below zero (a score of 150 is
 * a 预算数 or a count read from the wrong column, −1 a 扣分 column read as 得分). Such a row shows
 * that the table's columns were misread, so every row is withheld: sums over misread columns
 * would only give false findings.
 */
public final class RowScoreRule implements PlausibilityRule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public Gated apply(Gated in, @Nullable String text) {
    for (IndicatorRow row : in.report().indicators()) {
      BigDecimal score = row.score();
      if (score != null && (score.signum() < 0 || score.compareTo(HUNDRED) > 0)) {
        SourceRef where = row.sources().getOrDefault(IndicatorField.score, row.source());
        return in.withhold(in.report().withIndicators(List.of()),
            "未能可靠读取指标表：“" + row.level3() + "”的得分 " + Decimals.plain(score)
                + " 不在 0–100 之间（得分列读错），指标行均不参与审核",
            where);
      }
    }
    return in;
  }
}
