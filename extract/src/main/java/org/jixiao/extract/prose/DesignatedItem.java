package org.jixiao.extract.prose;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.text.number.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * An indicator named in quotes and designated as one, its 二级 after 属: "“预算执行率”指标，属预算执行，年度目标值为100%，
 * 实际完成96.30%，该指标满分10分，自评得9.63分。" Reports written one sentence per item name each item this way (no
 * numbering, no colon); the words after the name say which group it belongs to, and its target and actual follow.
 * An item may also class itself under both levels: "（1）预算执行率：该指标属于投入类预算执行指标，分值10分，目标100%，…"
 * (一级 before 类, 二级 before 指标). {@code level1} is null where only the 二级 is printed; {@code valuesFrom} is where the
 * clause after the designation (and a weight clause right after it) starts, at its comma.
 */
record DesignatedItem(@Nullable String level1, int level1Start, String level2, int level2Start, int valuesFrom) {
  /** The quotes that may close the name, the word 指标, and "属(于)二级，". */
  private static final Pattern AFTER_NAME = Pattern.compile(
      "[”\"」』]?\\s*指标\\s*[，,]\\s*属(?:于)?\\s*(?<level2>[^，,。；;：:\\d]{2,15}?)\\s*(?=[，,])");
  /** "：该指标属于投入类预算执行指标" and the item's weight clause after it ("，分值10分"). */
  private static final Pattern CLASSED = Numbers.compile(
      "\\s*[：:]\\s*(?:该|本|此)(?:项)?指标\\s*属(?:于)?\\s*(?<level1>\\p{IsHan}{1,8}?)类(?<level2>\\p{IsHan}{1,10}?)指标"
          + "(?:\\s*[，,]\\s*(?:分值|权重|满分|标准分)(?:为|是)?\\s*{N}\\s*分)?(?=[，,])");
  /** The name's own opening: a quoted name and the word 指标. */
  private static final Pattern QUOTED = Pattern.compile("^[“\"「『](?<inner>.+)[”\"」』]$");

  /** The designation right after a name ending at {@code nameEnd}, when the item prints one. */
  static Optional<DesignatedItem> after(String text, int nameEnd) {
    Matcher m = AFTER_NAME.matcher(text);
    m.region(nameEnd, text.length());
    if (m.lookingAt()) {
      return Optional.of(new DesignatedItem(null, -1, m.group("level2").strip(), m.start("level2"), m.end()));
    }
    Matcher c = CLASSED.matcher(text);
    c.region(nameEnd, text.length());
    return c.lookingAt()
        ? Optional.of(new DesignatedItem(c.group("level1"), c.start("level1"), c.group("level2"), c.start("level2"), c.end()))
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
