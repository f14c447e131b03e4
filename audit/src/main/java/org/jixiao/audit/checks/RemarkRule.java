package org.jixiao.audit.checks;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.schema.IndicatorRow;
import org.jspecify.annotations.Nullable;

/**
 * A rule a row prints in its remark (偏差原因, 备注) for want of a rule column, after the reason if it gives one (h172:
 * "…有意见；≥90%得满分，每低1个百分点扣1分"; h167: a 备注 of "≥90%得满分；≥95%得4分；<90%不得分"): the row's own rule
 * for the checks that recompute a score by it and those that judge the rule.
 */
final class RemarkRule {
  /** Where a remark's rule begins: the first clause that pays or takes points. */
  private static final Pattern RULE_CLAUSE =
      Pattern.compile("(?:^|[；;。])\\s*(?=[^；;。]*(?:得满分|不得分|扣\\s*[\\d.一二三四五六七八九十]+\\s*分|得\\s*[\\d.]+\\s*分))");

  private RemarkRule() {}

  /** The clauses from the first that pays or takes points; null unless the parser understands them as a rule that is no judgement. */
  static @Nullable ScoringRule of(IndicatorRow row, RuleParser parser) {
    String remark = row.deviationReason();
    if (remark == null || remark.isBlank()) {
      return null;
    }
    Matcher m = RULE_CLAUSE.matcher(remark);
    if (!m.find()) {
      return null;
    }
    ScoringRule rule = parser.parse(remark.substring(m.end()).strip());
    return rule.understood() && !rule.judgement() ? rule : null;
  }
}
