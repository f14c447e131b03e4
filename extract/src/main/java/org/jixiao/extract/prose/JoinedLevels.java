package org.jixiao.extract.prose;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * 二级—三级 joined in one item name: "1.项目立项—立项依据充分性。…本项分值3分，自评得3分。", "2.数量—65岁及以上老年人健康
 * 管理人数（分值8分，自评得分7分）". Reports that score their indicators in prose often name an item by its second-level
 * group and its own name joined by a dash; the part before the dash is the row's level 2, the part after its
 * level 3. The level 2 is short and all Chinese (数量, 社会效益, 可持续影响): a dash inside a longer name or
 * between figures ("2023—2025年") is not such a join. A 二级 label in black lenticular brackets before the name joins
 * the two the same way ("2．【目标设定】绩效指标明确性，分值5分。"). An item may join all three levels ("第1项，投入管理—预算执行—
 * 预算执行率，本项满分10分。"): the first part is then its 一级.
 */
record JoinedLevels(@Nullable String level1, String level2, String level3, int level3Start) {
  /** The dash a 二级 label and its indicator's title are joined with ("项目立项：立项依据充分性" → 项目立项—立项依据充分性). */
  static final String JOIN = "—";
  /** A dash joining two names: em dash(es), full-width hyphen-minus, horizontal bar. */
  static final String DASH = "—{1,2}|－|―";
  private static final Pattern JOINED = Pattern.compile(
      "^(?:(?<level1>\\p{IsHan}{2,8})\\s*(?:" + DASH + ")\\s*(?=\\p{IsHan}{2,8}\\s*(?:" + DASH + ")))?"
          + "(?:(?<level2>\\p{IsHan}{2,8})\\s*(?:" + DASH + ")|[【\\[]\\s*(?<tag>\\p{IsHan}{2,8})\\s*[】\\]])\\s*(?<level3>\\S.*)$");

  /** The two levels of a name, when it joins them. */
  static Optional<JoinedLevels> split(String name) {
    Matcher m = JOINED.matcher(name);
    if (!m.matches()) {
      return Optional.empty();
    }
    String level2 = m.group("level2") != null ? m.group("level2") : m.group("tag");
    return Optional.of(new JoinedLevels(m.group("level1"), level2, m.group("level3").strip(), m.start("level3")));
  }

  /** Whether a name's character at {@code i} comes right after a joining dash (a level 3 may start with a figure: 65岁…). */
  static boolean afterDash(String s, int i) {
    return i > 0 && "—－―".indexOf(s.charAt(i - 1)) >= 0;
  }
}
