package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.text.number.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * The actual value of a row that prints none, as its own remark (扣分原因, 评价情况) states it: the rate
 * its rule is written on ("整改率100%得4分；每低1个百分点扣0.5分" beside "全年排查412项，整改398项，整改率96.6%";
 * "完成率≥100%得满分…" beside "计划120场，实际开展106场，完成率88.33%"). Taken only when that rate is printed
 * in the remark with one value; another rate, or two values, give nothing.
 */
record RemarkActual(String name, BigDecimal percent) {
  /**
   * A rate a rule is written on, right before its threshold: "整改率100%", "完成率≥100%", "满意度≥90%", a ceiling's
   * "预算调整率≤10%" (h161).
   */
  private static final Pattern RULE_RATE =
      Numbers.compile("(\\p{IsHan}{1,3}(?:率|度))\\s*(?:≥|>=|=|>|≤|<=|<|达到|为)?\\s*{N}\\s*%");

  /** Fewer characters name too little to be the rule's rate ("率"). */
  private static final int MIN_NAME = 3;

  static @Nullable RemarkActual of(ScoringRule rule, IndicatorRow row) {
    String remark = row.deviationReason();
    if (row.actual() != null || remark == null || remark.isBlank()) {
      return null;
    }
    String name = rateName(RuleParser.normalize(rule.text()));
    if (name == null) {
      return null;
    }
    Matcher m = Numbers.compile(Pattern.quote(name) + "\\s*(?:为|达|达到|是|:)?\\s*({N})\\s*%")
        .matcher(Numbers.foldText(remark));
    Set<BigDecimal> values = new LinkedHashSet<>();
    while (m.find()) {
      values.add(Numbers.of(m.group(1)).stripTrailingZeros());
    }
    return values.size() == 1 ? new RemarkActual(name, values.iterator().next()) : null;
  }

  /** The one rate the rule's thresholds are on, by its last three characters (隐患整改率 → 整改率), or null. */
  private static @Nullable String rateName(String rule) {
    Matcher m = RULE_RATE.matcher(rule);
    String name = null;
    while (m.find()) {
      String found = m.group(1);
      String tail = found.substring(Math.max(0, found.length() - MIN_NAME));
      if (tail.length() < MIN_NAME || (name != null && !name.equals(tail))) {
        return null;
      }
      name = tail;
    }
    return name;
  }

  String shown() {
    return name + org.jixiao.audit.internal.Decimals.plain(percent) + "%（说明中）";
  }
}
