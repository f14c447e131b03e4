package org.jixiao.extract.prose;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.text.number.Numbers;

/**
 * The deduction a paragraph closes with, an item scored only by what it loses (h318: "…未区分学校设定分项目标，扣0.5分。",
 * "…履行了规定程序，不扣分。", under a heading that gives the weight, the report saying 未扣分的指标得满分): its points and
 * span. Only the last clause counts, and not a rule ("每…扣1分" says how points are lost, not what this item lost).
 */
record Deduction(BigDecimal points, int start, int end) {
  private static final Pattern ENDING = Numbers.compile(
      "(?:(?<none>不扣分|未扣分|不予扣分)|(?<![每])(?:扣(?:除|减)?|共扣)\\s*(?<x>{N})\\s*分)\\s*[。；;.]?\\s*$");
  private static final Pattern RULE = Pattern.compile("每[^，,。；;]{0,20}$");

  static Optional<Deduction> ending(String text) {
    Matcher m = ENDING.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    int clause = Math.max(text.lastIndexOf('，', m.start()), Math.max(text.lastIndexOf(',', m.start()), text.lastIndexOf('。', m.start() - 1)));
    if (RULE.matcher(text.substring(clause + 1, m.start())).find()) {
      return Optional.empty();
    }
    BigDecimal points = m.group("none") != null ? BigDecimal.ZERO : Numbers.of(m.group("x"));
    return Optional.of(new Deduction(points, m.start(), m.end()));
  }
}
