package org.jixiao.audit.checks;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.ParsedValue;
import org.jixiao.schema.ValueKind;
import org.jixiao.text.number.Numbers;
import org.jixiao.text.number.ValueParser;
import org.jspecify.annotations.Nullable;

/**
 * A row printing neither target nor actual, measured by its own words: the threshold its rule pays full marks at
 * ("≥4200户得满分，未完成按完成比例计分") is its target, and the one figure its remark states in that unit ("完成3990户",
 * "问卷满意度89%") its actual (h202: a third-party report's 评价标准 | 评分 | 得分说明 with no value columns). A remark
 * stating a change ("较上年提高2%"), two figures or another unit gives nothing.
 */
final class RuleRemarkValues {
  /** The threshold before 得满分 at the start of a rule, and its unit. */
  private static final Pattern FULL_AT = Numbers.compile(
      "^\\s*(?<at>(?:≥|>=|≤|<=|>|<|=)?\\s*{N}\\s*(?<unit>%|[\\p{IsHan}/]{1,4}?))\\s*(?:及以上|以上|以内|以下)?(?:的)?得满分");
  private static final Pattern FIGURE = Numbers.compile("{N}");
  /** What may come right before the actual: nothing, a completion verb, or the rate's own name (…率, …度). */
  private static final Pattern LEAD = Pattern.compile("^(?:.*(?:完成|达到|达|为|实现|共|累计|率|度))?[:：]?$");

  private RuleRemarkValues() {}

  /** {@code row} with the target and actual its rule and remark state, or null. */
  static @Nullable IndicatorRow of(String rule, IndicatorRow row) {
    String remark = row.deviationReason();
    if (!blank(row.target()) || !blank(row.actual()) || remark == null) {
      return null;
    }
    Matcher full = FULL_AT.matcher(Numbers.foldText(rule));
    if (!full.find()) {
      return null;
    }
    String said = Numbers.foldText(remark.strip());
    Matcher figure = FIGURE.matcher(said);
    if (!figure.find()) {
      return null;
    }
    int start = figure.start();
    int end = figure.end();
    if (figure.find()) {
      return null; // two figures: which one is the actual is a reading
    }
    String unit = full.group("unit");
    if (!said.startsWith(unit, end) || !LEAD.matcher(said.substring(0, start)).matches()) {
      return null;
    }
    ParsedValue target = ValueParser.parse(full.group("at"));
    String actual = said.substring(start, end + unit.length());
    ParsedValue actualValue = ValueParser.parse(actual);
    if (target.kind() != ValueKind.QUANTITY || actualValue.kind() != ValueKind.QUANTITY) {
      return null;
    }
    return row.withValues(target.text(), target, actual, actualValue);
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }
}
