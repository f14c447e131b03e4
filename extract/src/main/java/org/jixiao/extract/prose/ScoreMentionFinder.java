package org.jixiao.extract.prose;

import org.jixiao.text.number.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * Finds score sentences in one paragraph. Offsets refer to the paragraph as printed: NFKC keeps
 * the length of the CJK and full-width characters these patterns touch, and where it does not
 * (a rare ligature) the mention is dropped rather than mislocated.
 */
public final class ScoreMentionFinder {
  private final ScorePatterns patterns;

  public ScoreMentionFinder(ScorePatterns patterns) {
    this.patterns = patterns;
  }

  public List<ScoreMention> find(String paragraph) {
    String text = paragraph; // not normalised: offsets stay exact, and the patterns accept full-width digits
    List<ScoreMention> out = new ArrayList<>();
    for (ScorePatterns.Entry e : patterns.entries()) {
      Matcher m = e.pattern().matcher(text);
      while (m.find()) {
        if (overlaps(out, m.start(), m.end()) || !readable(m)) {
          continue; // a run of 中文数字 that spells no number ("十十") states no score
        }
        BigDecimal weight = number(m, "weight");
        BigDecimal score = number(m, "score");
        if (e.kind() == ScorePatterns.Kind.FULL) {
          score = weight;
        }
        BigDecimal deduction = number(m, "deduction");
        boolean implied = weight == null && deduction != null && score != null;
        if (implied) {
          // "扣0.5分，本项得4.5分": the full mark the sentence implies, printed as a mark is (5, not 5.0)
          BigDecimal sum = score.add(deduction).stripTrailingZeros();
          weight = sum.scale() < 0 ? sum.setScale(0) : sum;
        }
        String grade = e.kind() == ScorePatterns.Kind.GRADE ? group(m, "grade") : null;
        out.add(new ScoreMention(e.kind(), weight, score, grade, m.start(), m.end(), paragraph.substring(m.start(), m.end()),
            implied));
      }
    }
    out.sort(Comparator.comparingInt(ScoreMention::start));
    return out;
  }

  private static boolean overlaps(List<ScoreMention> found, int start, int end) {
    return found.stream().anyMatch(f -> f.start() < end && start < f.end());
  }

  private static @Nullable String group(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException noSuchGroup) {
      return null;
    }
  }

  private static boolean readable(Matcher m) {
    for (String name : java.util.List.of("weight", "score", "deduction")) {
      String g = group(m, name);
      if (g != null && Numbers.parse(g).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static @Nullable BigDecimal number(Matcher m, String name) {
    String g = group(m, name);
    return g == null ? null : Numbers.of(g);
  }
}
