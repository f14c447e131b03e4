package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.Check;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.audit.internal.FindingBuilder;
import org.jixiao.audit.internal.UnreadScores;
import org.jixiao.schema.CheckId;
import org.jixiao.text.name.Names;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.Finding;
import org.jixiao.schema.GroupSubtotal;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Section;
import org.jixiao.schema.Severity;
import org.jixiao.schema.SourceRef;
import org.jspecify.annotations.Nullable;

/**
 * 一级指标小计 and 二级指标小计: per stated section, the rows filed under it (level1 equal to the section's name,
 * ignoring white space and width) summed against the section's weight and score; per 二级 小计, the rows of its 一级
 * and 二级 likewise.
 *
 * <p>When the weights disagree the rows are incomplete or the subtotal is wrong; that is one
 * WARNING that also shows the score sums (a score comparison over incomplete rows proves
 * nothing). When the weights agree (or the subtotal states none) and the scores do not, it is an
 * ERROR. A subtotal without any row is no finding: nothing can be recomputed for it.
 */
public final class SectionSumCheck implements Check {
  @Override
  public CheckId id() {
    return CheckId.SECTION_SUM;
  }

  @Override
  public List<Finding> check(AuditSubject subject) {
    List<Finding> out = new ArrayList<>();
    List<IndicatorRow> all = subject.report().indicators();
    for (Section section : subject.report().sections()) {
      String key = Names.key(section.name());
      List<IndicatorRow> rows = all.stream().filter(r -> Names.key(r.level1()).equals(key)).toList();
      compare(subject, "一级指标 " + section.name(), "Σ 三级指标 = 一级指标小计", section.weight(), section.score(),
          section.source(), rows).ifPresent(out::add);
    }
    for (GroupSubtotal group : subject.report().groupSubtotals()) {
      String one = Names.key(group.level1());
      String two = Names.key(group.level2());
      List<IndicatorRow> rows = all.stream()
          .filter(r -> Names.key(r.level1()).equals(one) && Names.key(r.level2()).equals(two)).toList();
      compare(subject, "二级指标 " + group.level2() + "（" + group.level1() + "）", "Σ 三级指标 = 二级指标小计",
          group.weight(), group.score(), group.source(), rows).ifPresent(out::add);
    }
    return out;
  }

  private Optional<Finding> compare(AuditSubject subject, String what, String rule, @Nullable BigDecimal weight,
      @Nullable BigDecimal score, @Nullable SourceRef source, List<IndicatorRow> rows) {
    if (rows.isEmpty()) {
      return Optional.empty(); // nothing to recompute from: a fact about the extraction, not about the report
    }
    FindingBuilder b = FindingBuilder.of(subject.file(), id()).location(source).rule(rule);
    BigDecimal weights = Decimals.sum(rows.stream().map(IndicatorRow::weight).toList());
    BigDecimal scores = Decimals.sum(rows.stream().map(IndicatorRow::score).toList());
    boolean blanks = rows.stream().anyMatch(r -> r.weight() != null && r.score() == null);
    b.stated(pair(weight, score)).recomputed(pair(weights, scores));
    if (weight != null && weight.compareTo(weights) != 0) {
      return Optional.of(b.severity(Severity.WARNING).certainty(Certainty.MEDIUM)
          .message(what + "：其下 " + rows.size() + " 行分值合计 " + Decimals.plain(weights) + "、得分合计 "
              + Decimals.plain(scores) + "，小计载分值 " + Decimals.plain(weight) + "、得分 " + Decimals.plain(score)
              + "：缺少指标行或小计有误"));
    }
    if (score != null && score.compareTo(scores) != 0 && !UnreadScores.any(rows)) {
      return Optional.of(b.severity(Severity.ERROR).certainty(blanks ? Certainty.MEDIUM : Certainty.HIGH)
          .message(what + "：各行得分合计 " + Decimals.plain(scores) + "，小计载得分 " + Decimals.plain(score)
              + (blanks ? "（部分行未填得分）" : "")));
    }
    return Optional.empty();
  }

  static String pair(@Nullable BigDecimal weight, @Nullable BigDecimal score) {
    return "分值 " + Decimals.plain(weight) + " / 得分 " + Decimals.plain(score);
  }
}
