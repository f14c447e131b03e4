package org.jixiao.extract.prose;

import org.jixiao.text.number.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.text.words.WordList;

/** The score sentences of {@code score-patterns.txt}, compiled. */
public final class ScorePatterns {
  /** What a pattern states. */
  public enum Kind {
    ROW,
    FULL,
    TOTAL,
    GRADE,
    /** the report's full mark stated alone ("满分100分"), weight only */
    MARK
  }

  /** One compiled pattern. */
  public record Entry(Kind kind, Pattern pattern) {}

  /** The verbs before a score ({@code {GOT}}): 得, 得分, 实得, 自评得分, 评, 评分, 自评, 评定为. */
  private static final String GOT = "(?:(?:自评|实际|评价|最终|实)?得(?:分)?|(?:自)?评(?:分|定)?)(?:为|是)?";

  /**
   * A number of points: Arabic, or 中文数字 right before its 分 when no word runs on from that 分 ("权重三十五分，", "得九点六一分。"
   * in a report written in numerals, h317; never the adverb of "取得十分显著的成效").
   */
  private static final String POINTS = "{N}|{CN}(?=\\s*分(?!\\p{IsHan}))";

  private final List<Entry> entries;

  public ScorePatterns(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  public static ScorePatterns standard() {
    List<Entry> out = new ArrayList<>();
    for (String line : WordList.lines(ScorePatterns.class, "score-patterns.txt")) {
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new IllegalStateException("score-patterns.txt: no tab in '" + line + "'");
      }
      String regex = line.substring(tab + 1)
          .replace("{W}", "(?<weight>" + POINTS + ")")
          .replace("{S}", "(?<score>" + POINTS + ")")
          .replace("{X}", "(?<deduction>" + POINTS + ")")
          .replace("{GOT}", GOT);
      out.add(new Entry(Kind.valueOf(line.substring(0, tab).strip()), Numbers.compile(regex)));
    }
    return new ScorePatterns(out);
  }

  public List<Entry> entries() {
    return entries;
  }
}
