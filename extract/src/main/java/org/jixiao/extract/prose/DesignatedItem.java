package org.jixiao.extract.prose;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An indicator named in quotes and designated as one, its 二级 after 属: "“预算执行率”指标，属预算执行，年度目标值为100%，
 * 实际完成96.30%，该指标满分10分，自评得9.63分。" Reports written one sentence per item name each item this way (no
 * numbering, no colon); the words after the name say which group it belongs to, and its target and actual follow.
 * {@code level2} is the group as printed, {@code valuesFrom} where the clause after it starts (at its comma).
 */
record DesignatedItem(String level2, int level2Start, int valuesFrom) {
  /** The quotes that may close the name, the word 指标, and "属(于)二级，". */
  private static final Pattern AFTER_NAME = Pattern.compile(
      "[”\"」』]?\\s*指标\\s*[，,]\\s*属(?:于)?\\s*(?<level2>[^，,。；;：:\\d]{2,15}?)\\s*(?=[，,])");
  /** The name's own opening: a quoted name and the word 指标. */
  private static final Pattern QUOTED = Pattern.compile("^[“\"「『](?<inner>.+)[”\"」』]$");

  /** The designation right after a name ending at {@code nameEnd}, when the item prints one. */
  static Optional<DesignatedItem> after(String text, int nameEnd) {
    Matcher m = AFTER_NAME.matcher(text);
    m.region(nameEnd, text.length());
    return m.lookingAt()
        ? Optional.of(new DesignatedItem(m.group("level2").strip(), m.start("level2"), m.end()))
        : Optional.empty();
  }

  /**
   * The indicator's name in a designated clause ("“预算执行率”指标" → 预算执行率, "“三公”经费控制率指标" → “三公”经费控制率);
   * empty when the clause is no "…指标" designation opening with a quote.
   */
  static Optional<String> name(String clause) {
    String c = clause.strip();
    if (!c.endsWith("指标") || c.isEmpty() || "“\"「『".indexOf(c.charAt(0)) < 0) {
      return Optional.empty();
    }
    String n = c.substring(0, c.length() - "指标".length()).strip();
    Matcher q = QUOTED.matcher(n);
    // quotes around the whole name are the designation's; a quote inside it ("“三公”经费") is part of the name
    return Optional.of(q.matches() && q.group("inner").chars().noneMatch(ch -> "“”\"「」『』".indexOf(ch) >= 0) ? q.group("inner") : n);
  }
}
