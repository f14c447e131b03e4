package org.jixiao.extract.table;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.text.name.Names;
import org.jixiao.text.name.Outline;
import org.jixiao.text.number.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * 一级 group heading merged across an indicator table that has no 一级指标 column ("一、产出指标（分值45分，
 * 得分45分）", "二、效益指标"): the group's name without its ordinal, and the weight and score its note
 * states, if any.
 */
record GroupHeading(String name, @Nullable BigDecimal weight, @Nullable BigDecimal score) {
  private static final Pattern ORDINAL = Pattern.compile("^" + Outline.CHINESE + "\\s*");
  private static final Pattern SCORED_NOTE = Numbers.compile(
      "(?:[（(]|[:：]\\s*)\\s*(?:分值|权重|满分)\\s*[:：为]?\\s*({N})\\s*分?\\s*[，,；;、\\s]\\s*(?:自评)?得分\\s*[:：为]?\\s*({N})\\s*分?\\s*(?:[)）]|[。.]?)\\s*$");

  /** The heading {@code printed} states, when it starts with a Chinese ordinal (一、). */
  static Optional<GroupHeading> parse(String printed) {
    String t = Names.clean(printed);
    if (t == null || !ORDINAL.matcher(t).find()) {
      return Optional.empty();
    }
    t = LevelName.withoutSubtotalMark(ORDINAL.matcher(t).replaceFirst(""));
    Matcher scored = SCORED_NOTE.matcher(t);
    if (scored.find()) {
      String name = t.substring(0, scored.start()).strip();
      return name.isEmpty() ? Optional.empty()
          : Optional.of(new GroupHeading(name, Numbers.of(scored.group(1)), Numbers.of(scored.group(2))));
    }
    LevelName plain = LevelName.parse(t);
    return plain.name().isEmpty() ? Optional.empty() : Optional.of(new GroupHeading(plain.name(), plain.weight(), null));
  }
}
