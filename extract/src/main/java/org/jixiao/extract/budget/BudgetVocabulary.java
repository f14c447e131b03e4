package org.jixiao.extract.budget;

import java.util.List;
import java.util.Optional;
import org.jixiao.schema.BudgetField;
import org.jixiao.text.words.Lexicon;
import org.jixiao.text.name.Names;
import org.jspecify.annotations.Nullable;

/** Classifies budget labels into a measure (INITIAL, ADJUSTED, SPENT, RATE) and a scope (TOTAL, BASIC, PROJECT). */
final class BudgetVocabulary {
  private static final List<String> MEASURES = List.of("INITIAL", "ADJUSTED", "SPENT", "RATE");
  private static final List<String> SCOPES = List.of("TOTAL", "BASIC", "PROJECT");
  private final Lexicon lexicon;

  BudgetVocabulary(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  static BudgetVocabulary standard() {
    return new BudgetVocabulary(Lexicon.load(BudgetVocabulary.class, "budget-keywords.txt"));
  }

  Optional<String> measure(String label) {
    return longest(Names.label(label), MEASURES);
  }

  /** BASIC and PROJECT outrank TOTAL: 基本支出 / 小计 is the basic subtotal, not a total. */
  Optional<String> scope(String label) {
    String l = Names.label(label);
    for (String s : List.of("BASIC", "PROJECT")) {
      if (lexicon.words(s).stream().anyMatch(l::contains)) {
        return Optional.of(s);
      }
    }
    return longest(l, SCOPES);
  }

  /** The budget field a measure has within a scope, or null where the budget schema has none. */
  static @Nullable BudgetField field(String measure, String scope) {
    return switch (scope + "/" + measure) {
      case "TOTAL/INITIAL" -> BudgetField.initialBudget;
      case "TOTAL/ADJUSTED" -> BudgetField.adjustedBudget;
      case "TOTAL/SPENT" -> BudgetField.expenditure;
      case "TOTAL/RATE" -> BudgetField.executionRate;
      case "BASIC/ADJUSTED" -> BudgetField.basicBudget;
      case "BASIC/SPENT" -> BudgetField.basicExpenditure;
      case "PROJECT/ADJUSTED" -> BudgetField.projectBudget;
      case "PROJECT/SPENT" -> BudgetField.projectExpenditure;
      default -> null;
    };
  }

  /** A measure's word this long or longer is recognized with one character misread; shorter ones would match too much. */
  private static final int MISREAD_MIN = 5;

  /**
   * The measure's word {@code label} is with one character misread by OCR ("年初据算数", "全年所算数" on a lid-open scan,
   * h529), else {@code label} itself: a label of a scanned table only, as long as the word and differing in one place.
   */
  String spelled(String label) {
    String l = Names.compact(label);
    if (measure(l).isPresent() || scope(l).isPresent() || excluded(l)) {
      return label;
    }
    for (String k : MEASURES) {
      for (String w : lexicon.words(k)) {
        if (w.length() >= MISREAD_MIN && w.length() == l.length() && differences(w, l) == 1) {
          return w;
        }
      }
    }
    return label;
  }

  private static int differences(String a, String b) {
    int n = 0;
    for (int i = 0; i < a.length(); i++) {
      n += a.charAt(i) == b.charAt(i) ? 0 : 1;
    }
    return n;
  }

  boolean excluded(String label) {
    String l = Names.label(label);
    return lexicon.words("EXCLUDE").stream().anyMatch(l::contains);
  }

  private Optional<String> longest(String label, List<String> keys) {
    String best = null;
    int len = 0;
    for (String k : keys) {
      for (String w : lexicon.words(k)) {
        if (label.contains(w) && w.length() > len) {
          best = k;
          len = w.length();
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
