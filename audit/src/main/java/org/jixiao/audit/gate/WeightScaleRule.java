package org.jixiao.audit.gate;

import java.util.List;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.SourceRef;
import org.jspecify.annotations.Nullable;

/**
 * 分值与得分同一量纲: most rows scoring above their weight is no report's arithmetic but a weight column read on
 * another scale (权重 0.10 beside 得分 9: fractions of the whole taken as points) or the wrong column. The
 * weights are withheld, the rows and their scores kept: the total is still recomputed from the scores, and no
 * row is said to score above a weight that was misread. One row above its weight is a finding and stays.
 */
public final class WeightScaleRule implements PlausibilityRule {
  /** At least this many rows with a weight and a score before their pattern says anything. */
  private static final int MIN_ROWS = 3;

  @Override
  public Gated apply(Gated in, @Nullable String text) {
    List<IndicatorRow> rows = in.report().indicators();
    List<IndicatorRow> scored = rows.stream().filter(r -> r.weight() != null && r.score() != null).toList();
    long above = scored.stream().filter(r -> r.score().compareTo(r.weight()) > 0).count();
    if (scored.size() < MIN_ROWS || above * 2 <= scored.size()) {
      return in;
    }
    IndicatorRow first = scored.stream().filter(r -> r.score().compareTo(r.weight()) > 0).findFirst().orElseThrow();
    SourceRef where = first.sources().getOrDefault(IndicatorField.weight, first.source());
    return in.withhold(in.report().withIndicators(rows.stream().map(IndicatorRow::withoutWeight).toList()),
        "未能可靠读取分值列：" + scored.size() + " 行中 " + above + " 行得分高于分值（分值或为权重比例，或读错了列），分值不参与审核", where);
  }
}
