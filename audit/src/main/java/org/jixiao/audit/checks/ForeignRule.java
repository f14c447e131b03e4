package org.jixiao.audit.checks;

import java.util.Optional;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.jixiao.text.name.Names;

/**
 * 张冠李戴的评分规则: a row's printed rule that names another indicator of the same report and not
 * its own ("结转结余率≤5%得满分" on the 预算调整率 row), a template copied onto the wrong line. Its
 * arithmetic says nothing about this row's score, so the rule check stays silent on it and the
 * malformed-rule check reports it.
 */
final class ForeignRule {
  /** Names shorter than this (完成率, 满意度) fit too many rules to say which indicator is meant. */
  private static final int MIN_NAME = 4;

  private ForeignRule() {}

  /** The other row whose name the rule of {@code row} states instead of its own, if any. */
  static Optional<IndicatorRow> namedIn(Report report, IndicatorRow row) {
    String rule = row.rule();
    if (rule == null || row.level3() == null) {
      return Optional.empty();
    }
    String text = Names.key(rule);
    String own = Names.key(row.level3());
    if (text.contains(own)) {
      return Optional.empty();
    }
    return report.indicators().stream()
        .filter(r -> r != row && r.level3() != null)
        .filter(r -> {
          String other = Names.key(r.level3());
          return other.length() >= MIN_NAME && !own.contains(other) && !other.contains(own) && text.contains(other);
        })
        .findFirst();
  }
}
