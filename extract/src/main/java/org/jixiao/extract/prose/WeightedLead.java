package org.jixiao.extract.prose;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.text.name.Outline;
import org.jixiao.text.number.Numbers;

/**
 * 一级 lead stating its weight only, a heading of its own: "（二）产出指标（分值40分）", "三、效益指标（权重30分）". Its
 * score, when printed, comes later in a sentence that sums the groups up ({@link GroupScores}). It is a section and
 * the group of the rows after it, never a row.
 */
record WeightedLead(String name, BigDecimal weight, int start, int end) {
  private static final Pattern LEAD = Numbers.compile(
      "^[\\s\\u00A0\\u3000]*" + Outline.CHINESE + "[\\s\\u00A0\\u3000]*"
          + "(?<name>[^（(。，,；;：:、\\s\\d]{2,20}?)[\\s\\u00A0\\u3000]*"
          + "[（(]\\s*(?:分值|权重|满分|标准分)?\\s*(?:为)?\\s*(?<weight>{N})\\s*分\\s*[)）][\\s\\u00A0\\u3000。]*$");

  static Optional<WeightedLead> parse(String text) {
    Matcher m = LEAD.matcher(text);
    return m.find()
        ? Optional.of(new WeightedLead(m.group("name").strip(), Numbers.of(m.group("weight")), m.start("name"), m.end()))
        : Optional.empty();
  }
}
