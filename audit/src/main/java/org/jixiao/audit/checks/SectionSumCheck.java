package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.Check;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.audit.internal.FindingBuilder;
import org.jixiao.audit.internal.UnreadScores;
import org.jixiao.schema.CheckId;
import org.jixiao.text.name.Names;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Section;
import org.jixiao.schema.Severity;
import org.jspecify.annotations.Nullable;

/**
 * 一级指标小计: per stated section, the rows filed under it (level1 equal to the section's name,
 * ignoring white space and width) summed against the section's weight and score.
 *
 * <p>When the weights disagree the rows are incomplete or the subtotal is wrong; that is one
 * WARNING that also shows the score sums (a score comparison over incomplete rows proves
 * nothing). When the weights agree (or the section states none) and the scores do not, it is an
 * ERROR. A section without any row is an INFO: nothing can be recomputed for it.
 */
public final class SectionSumCheck implements Check {
  @Override
  public CheckId id() {
    return CheckId.SECTION_SUM;
  }

  @Override
  public List<Finding> check(AuditSubject subject) {
    List<Finding> out = new ArrayList<>();
    for (Section section : subject.report().sections()) {
      String key = Names.key(section.name());
      List<IndicatorRow> rows =
          subject.report().indicators().stream()
              .filter(r -> Names.key(r.level1()).equals(key))
              .toList();
      FindingBuilder b =
          FindingBuilder.of(subject.file(), id())
              .location(section.source())
              .rule("Σ 三级指标 = 一级指标小计");
      if (rows.isEmpty()) {
        continue; // nothing to recompute from: a fact about the extraction, not about the report
      }
      BigDecimal weights = Decimals.sum(rows.stream().map(IndicatorRow::weight).toList());
      BigDecimal scores = Decimals.sum(rows.stream().map(IndicatorRow::score).toList());
      boolean blanks = rows.stream().anyMatch(r -> r.weight() != null && r.score() == null);
      b.stated(pair(section.weight(), section.score())).recomputed(pair(weights, scores));
      if (section.weight() != null && section.weight().compareTo(weights) != 0) {
        out.add(
            b.severity(Severity.WARNING)
                .certainty(Certainty.MEDIUM)
                .message(
                    "一级指标 " + section.name() + "：其下 " + rows.size() + " 行分值合计 "
                        + Decimals.plain(weights) + "、得分合计 " + Decimals.plain(scores)
                        + "，小计载分值 " + Decimals.plain(section.weight())
                        + "、得分 " + Decimals.plain(section.score())
                        + "：缺少指标行或小计有误"));
      } else if (section.score() != null && section.score().compareTo(scores) != 0 && !UnreadScores.any(rows)) {
        out.add(
            b.severity(Severity.ERROR)
                .certainty(blanks ? Certainty.MEDIUM : Certainty.HIGH)
                .message(
                    "一级指标 " + section.name() + "：各行得分合计 " + Decimals.plain(scores)
                        + "，小计载得分 " + Decimals.plain(section.score())
                        + (blanks ? "（部分行未填得分）" : "")));
      }
    }
    return out;
  }

  static String pair(@Nullable BigDecimal weight, @Nullable BigDecimal score) {
    return "分值 " + Decimals.plain(weight) + " / 得分 " + Decimals.plain(score);
  }
}
