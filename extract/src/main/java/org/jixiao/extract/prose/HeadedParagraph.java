package org.jixiao.extract.prose;

import org.jixiao.text.name.Outline;
import org.jixiao.text.number.Numbers;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A paragraph that opens with a name and its weight in brackets — "6.预算执行率（10分）。…得9.51分。"
 * or "（一）部门决策（20分），自评得分19分。" — the way many self-evaluation reports write one
 * paragraph per indicator. A Chinese-numeral ordinal (一、 / （一）) marks a first-level group, an
 * Arabic one an indicator. The score is the paragraph's last "得S分" / "得分S分", or "得满分".
 */
record HeadedParagraph(String name, BigDecimal weight, @Nullable BigDecimal score, boolean group, int nameStart, int nameEnd, int headEnd) {
  private static final String NUMBER = "({N})";
  private static final Pattern HEAD = Numbers.compile(
      "^[\\s\\u00A0\\u3000]*(?:(?<cn>" + Outline.CHINESE + ")"
          + "|" + Outline.ARABIC + "|" + Outline.CIRCLED + ")?[\\s\\u00A0\\u3000]*"
          + "(?<name>[^（(。，,；;：:\\s](?:[^（(。，,；;：:]|[(（][^)）(（]{1,20}[)）]){1,39}?)\\s*[(（]\\s*" + NUMBER + "\\s*分\\s*[)）]");
  private static final Pattern SCORED = Numbers.compile("得(?:分)?(?:为)?\\s*" + NUMBER + "\\s*分(?![值数])");
  private static final int MAX_PARAGRAPH = 20_000;
  private static final Pattern FULL = Pattern.compile("得满分");

  private static final int HEAD_WINDOW = 200;

  static Optional<HeadedParagraph> parse(String text) {
    // the heading is at the paragraph's start: match only its opening (bounded work on any input)
    Matcher m = HEAD.matcher(text.substring(0, Math.min(text.length(), HEAD_WINDOW)));
    if (!m.find()) {
      return Optional.empty();
    }
    BigDecimal weight = decimal(m.group(3));
    BigDecimal score = lastScore(text, m.end(), Math.min(text.length(), MAX_PARAGRAPH), weight);
    return Optional.of(new HeadedParagraph(m.group("name").strip(), weight, score, m.group("cn") != null,
        m.start("name"), m.end("name"), m.end()));
  }

  /** The last "得S分" in {@code [from, to)}, or the weight where a later "得满分" says so; null if none. */
  static @Nullable BigDecimal lastScore(String text, int from, int to, BigDecimal weight) {
    BigDecimal score = null;
    int lastAt = -1;
    Matcher s = SCORED.matcher(text);
    s.region(from, to);
    while (s.find()) {
      score = decimal(s.group(1));
      lastAt = s.start();
    }
    Matcher f = FULL.matcher(text);
    f.region(from, to);
    while (f.find()) {
      if (f.start() > lastAt) {
        score = weight;
        lastAt = f.start();
      }
    }
    return score;
  }

  private static BigDecimal decimal(String s) {
    return Numbers.of(s);
  }
}
