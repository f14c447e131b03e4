package org.jixiao.audit.gate;

import java.util.List;
import org.jixiao.schema.IndicatorRow;
import org.jspecify.annotations.Nullable;

/**
 * 得分未读到: a report that prints its total but whose rows, most of them, have a weight and no score was read
 * without its scores (they stand in a sentence or a column the reading missed), not published without them. Its
 * rows are withheld: "weight but no score" on every row and a total "off" by all of them would be findings about a
 * misreading. A few blank score cells among scored rows stay the checks' (a blank cell is something to report).
 */
public final class UnscoredRowsRule implements PlausibilityRule {
  /** Fewer weighted rows say too little about how the table was read. */
  private static final int MIN_ROWS = 4;

  @Override
  public Gated apply(Gated in, @Nullable String text) {
    List<IndicatorRow> weighted = in.report().indicators().stream().filter(r -> r.weight() != null).toList();
    long unscored = weighted.stream().filter(r -> r.score() == null).count();
    if (in.report().totalScore() == null || weighted.size() < MIN_ROWS || unscored * 2 <= weighted.size()) {
      return in;
    }
    IndicatorRow first = weighted.stream().filter(r -> r.score() == null).findFirst().orElseThrow();
    return in.withhold(in.report().withIndicators(List.of()),
        "未能可靠读取得分：" + weighted.size() + " 个有分值的指标中 " + unscored + " 个没有读到得分（报告载明总分），指标行均不参与审核",
        first.source());
  }
}
