package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.Check;
import org.jixiao.audit.internal.FindingBuilder;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.ParsedValue;
import org.jixiao.schema.Severity;
import org.jixiao.text.name.Names;
import org.jixiao.text.words.WordList;

/**
 * 比率上限: a row measuring a share of a whole (its name ends in 满意度, 覆盖率, 合格率 …, {@code
 * bounded-rate-names.txt}) whose actual value is printed as a percentage above 100 ("受益群众满意度 |
 * ≥90% | 103%"): WARNING HIGH. HIGH because no reading makes such a share exceed the whole; a WARNING
 * and not an ERROR because nothing is recomputed from other printed figures and the true value (93%?
 * 100%?) is not known: the department must say what it is. Rates that may exceed 100% (完成率, 执行率,
 * 增长率) are not named in the list.
 */
public final class RateCeilingCheck implements Check {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private final List<String> endings;

  public RateCeilingCheck() {
    this.endings = WordList.lines(RateCeilingCheck.class, "bounded-rate-names.txt").stream().map(Names::key).toList();
  }

  @Override
  public CheckId id() {
    return CheckId.RATE_CEILING;
  }

  @Override
  public List<Finding> check(AuditSubject subject) {
    List<Finding> out = new ArrayList<>();
    for (IndicatorRow row : subject.report().indicators()) {
      ParsedValue actual = row.actualValue();
      if (actual == null || actual.number() == null || !"%".equals(actual.unit())
          || actual.number().compareTo(HUNDRED) <= 0 || !bounded(row.level3())) {
        continue;
      }
      out.add(
          FindingBuilder.of(subject.file(), id())
              .severity(Severity.WARNING)
              .certainty(Certainty.HIGH)
              .indicator(row.level3())
              .location(FindingBuilder.where(row, IndicatorField.actual))
              .stated(actual.text())
              .recomputed("≤ 100%")
              .rule("份额 ≤ 100%")
              .message(row.level3() + " 实际完成值 " + actual.text() + "：所占比例不能超过 100%，此数有误"));
    }
    return out;
  }

  private boolean bounded(String name) {
    String key = Names.key(Names.label(name));
    return endings.stream().anyMatch(key::endsWith);
  }
}
