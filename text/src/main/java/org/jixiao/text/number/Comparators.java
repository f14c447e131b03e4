package org.jixiao.text.number;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jixiao.text.words.WordList;

/**
 * 比较词: the words and signs a target states its comparison with ({@code ≥}, {@code 不低于} before
 * the number; {@code 以上}, {@code 以内} after it), from {@code comparators.txt}. The one list
 * {@link ValueParser} and the audit's rule reader both use.
 */
public final class Comparators {

  /** One wording and the comparison it states. */
  public record Wording(String words, org.jixiao.schema.Comparator comparator) {}

  private static final List<Wording> PREFIXES;
  private static final List<Wording> SUFFIXES;
  private static final Map<String, org.jixiao.schema.Comparator> BY_WORDS;

  static {
    List<Wording> prefixes = new ArrayList<>();
    List<Wording> suffixes = new ArrayList<>();
    for (String line : WordList.lines(Comparators.class, "comparators.txt")) {
      String[] f = line.split("\t");
      if (f.length != 3) {
        throw new IllegalStateException("comparators.txt: expected 3 tab-separated fields: " + line);
      }
      Wording w = new Wording(f[0], org.jixiao.schema.Comparator.valueOf(f[1]));
      switch (f[2]) {
        case "prefix" -> prefixes.add(w);
        case "suffix" -> suffixes.add(w);
        default -> throw new IllegalStateException("comparators.txt: bad position: " + line);
      }
    }
    Comparator<Wording> longestFirst =
        Comparator.comparingInt((Wording w) -> w.words().length()).reversed();
    prefixes.sort(longestFirst);
    suffixes.sort(longestFirst);
    PREFIXES = List.copyOf(prefixes);
    SUFFIXES = List.copyOf(suffixes);
    BY_WORDS =
        Stream.concat(PREFIXES.stream(), SUFFIXES.stream())
            .collect(Collectors.toUnmodifiableMap(Wording::words, Wording::comparator, (a, b) -> a));
  }

  private Comparators() {}

  /** The wordings printed before the number, longest first. */
  public static List<Wording> prefixes() {
    return PREFIXES;
  }

  /** The wordings printed after the number, longest first. */
  public static List<Wording> suffixes() {
    return SUFFIXES;
  }

  /** The comparison {@code printed} states when it is exactly one listed wording: ≥, >=, 不低于, 以内. */
  public static Optional<org.jixiao.schema.Comparator> of(String printed) {
    return Optional.ofNullable(BY_WORDS.get(Numbers.normalize(printed).strip()));
  }
}
