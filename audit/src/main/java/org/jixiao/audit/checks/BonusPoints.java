package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * 加分: the bonus points a form adds to its indicators' total ("加分合计 | 3" under a 加分项 block, then
 * "综合得分＝指标得分＋加分＝94.57＋3＝97.75", h518). The total it states is the rows' sum plus these points.
 */
final class BonusPoints {
  private static final List<String> LABELS = List.of("加分合计", "加分小计", "加分项合计", "加分项得分", "加分", "奖励加分");

  private BonusPoints() {}

  /** The bonus a table line of {@code text} states: its label, then one figure alone. */
  static Optional<BigDecimal> of(@Nullable String text) {
    if (text == null) {
      return Optional.empty();
    }
    for (TabLine line : TabLine.of(text)) {
      List<String> cells = line.texts().stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
      if (cells.size() == 2 && LABELS.contains(Names.label(cells.get(0)))) {
        Optional<BigDecimal> points = Numbers.parsePoints(cells.get(1));
        if (points.isPresent()) {
          return points;
        }
      }
    }
    return Optional.empty();
  }
}
