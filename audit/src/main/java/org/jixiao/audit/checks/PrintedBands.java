package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import org.jixiao.text.number.AnchoredPattern;
import org.jixiao.text.number.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * 报告自定的等级划分: the bands a report prints for its own grades, which may differ from the standard ones
 * (优 ≥ 95 in some provinces): "优（95分及以上）、良（85分（含）—95分）", "90分（含）以上为优，80分（含）至90分为良",
 * "90—100分为优". Each grade's lower bound is read where the grade and a number stand together; the bands count only
 * when two grades or more are read and their bounds descend with the grades (优 above 良 above 中), the worst grade
 * open below.
 */
final class PrintedBands {
  private static final String GRADE = "(?<g>优秀|优|良好|良|中等|中|合格|较差|差)";
  /** Where {@link #GRADE} can start (较差 one before its 差): each band pattern is tried only near one. */
  private static final String[] GRADE_WORDS = {"优", "良", "中", "合格", "差"};
  /** The longest bound before its grade: "大于等于 90 分（含）及以上…的为“". */
  private static final int BOUND_REACH = 80;
  // possessive blanks: a run of blanks after a figure is never split between the optional words (cubic in its length)
  private static final String FROM = "(?:(?:≥|>=|大于等于|不低于)\\s*+)?(?<lo>{N})\\s*+分?\\s*+(?:[（(]\\s*+含\\s*+[）)])?\\s*+(?:及|或)?\\s*+";
  private static final String UPWARD = "(?:以上|—|-|–|~|～|至|到)";
  /** "优（95分及以上）", "良（85分（含）—95分）", "优（≥90分）". */
  private static final AnchoredPattern GRADE_FIRST =
      AnchoredPattern.compile(GRADE + "[”\"’」』]?\\s*[（(]\\s*" + FROM + UPWARD, 1, GRADE_WORDS);
  /** "90分（含）以上为优", "80分（含）至90分为良", "90—100分为优", "90分（含）以上为“优”". */
  private static final AnchoredPattern BOUND_FIRST = AnchoredPattern.compile(
      FROM + UPWARD + "[^，,；;。（(]{0,10}?(?:为|的为|属)\\s*[“\"‘「『]?" + GRADE, BOUND_REACH, GRADE_WORDS);
  private static final Map<String, Integer> RANK = Map.of("优", 0, "良", 1, "中", 2, "差", 3);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private PrintedBands() {}

  /** The report's own bands, or empty when it prints none (or none that make a scheme). */
  static Optional<GradeBands> in(@Nullable String text) {
    if (text == null) {
      return Optional.empty();
    }
    Map<String, BigDecimal> lows = new LinkedHashMap<>();
    for (AnchoredPattern p : List.of(GRADE_FIRST, BOUND_FIRST)) {
      for (MatchResult m : p.matches(text)) {
        BigDecimal lo = Numbers.of(m.group("lo"));
        if (lo.signum() > 0 && lo.compareTo(HUNDRED) <= 0) {
          lows.putIfAbsent(symbol(m.group("g")), lo);
        }
      }
    }
    if (lows.size() < 2) {
      return Optional.empty();
    }
    List<Map.Entry<String, BigDecimal>> ranked = new ArrayList<>(lows.entrySet());
    ranked.sort(Comparator.comparing(e -> RANK.get(e.getKey())));
    List<GradeBands.Band> bands = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      if (i > 0 && ranked.get(i).getValue().compareTo(ranked.get(i - 1).getValue()) >= 0) {
        return Optional.empty(); // bounds that do not descend with the grades are no scheme
      }
      bands.add(new GradeBands.Band(ranked.get(i).getKey(), ranked.get(i).getValue()));
    }
    String worst = ranked.get(ranked.size() - 1).getKey();
    if (!worst.equals("差")) {
      bands.add(new GradeBands.Band("差", BigDecimal.ZERO)); // below the lowest bound printed
    }
    return Optional.of(new GradeBands(bands));
  }

  private static String symbol(String printed) {
    return switch (printed) {
      case "优秀", "优" -> "优";
      case "良好", "良" -> "良";
      case "中等", "中", "合格" -> "中";
      default -> "差";
    };
  }
}
