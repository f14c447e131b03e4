package org.jixiao.text.number;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.text.words.WordList;

/**
 * 单位换算: how many of one unit another is worth, for a target and an actual printed in two units of one measure
 * (公里 and 米, 小时 and 分钟), from {@code unit-conversions.txt}; units the list does not join do not compare. A
 * rate per unit (元/公里) converts by its numerator and its denominator.
 */
public final class UnitConversions {
  /** Each unit as a factor of its measure's base unit, found by following the list's lines to a unit they do not define. */
  private static final Map<String, Base> BASES = bases();

  private record Base(String unit, BigDecimal factor) {}

  private UnitConversions() {}

  /** The number of {@code to} one {@code from} is worth (公里 → 米: 1000), or empty when the two do not convert. */
  public static Optional<BigDecimal> factor(String from, String to) {
    if (from.equals(to)) {
      return Optional.of(BigDecimal.ONE);
    }
    int f = from.indexOf('/');
    int t = to.indexOf('/');
    if (f >= 0 && t >= 0) {
      Optional<BigDecimal> top = factor(from.substring(0, f), to.substring(0, t));
      Optional<BigDecimal> bottom = factor(from.substring(f + 1), to.substring(t + 1));
      return top.isPresent() && bottom.isPresent()
          ? Optional.of(top.get().divide(bottom.get(), MathContext.DECIMAL64)) : Optional.empty();
    }
    Base a = base(from);
    Base b = base(to);
    if (!a.unit().equals(b.unit())) {
      return Optional.empty();
    }
    return Optional.of(a.factor().divide(b.factor(), MathContext.DECIMAL64));
  }

  /** The other units of {@code unit}'s measure the list knows (米 → 公里, 千米, 里), longest first; empty when none. */
  public static List<String> sameMeasure(String unit) {
    String b = base(unit).unit();
    List<String> out = new ArrayList<>();
    for (String u : BASES.keySet()) {
      if (BASES.get(u).unit().equals(b) && !u.equals(unit)) {
        out.add(u);
      }
    }
    if (!b.equals(unit) && !out.contains(b)) {
      out.add(b);
    }
    out.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    return out;
  }

  private static Base base(String unit) {
    Base b = BASES.get(unit);
    return b != null ? b : new Base(unit, BigDecimal.ONE);
  }

  private static Map<String, Base> bases() {
    Map<String, String[]> lines = new HashMap<>();
    for (String line : WordList.lines(UnitConversions.class, "unit-conversions.txt")) {
      String[] sides = line.split("=", 2);
      String[] right = sides[1].strip().split("\\s+", 2);
      lines.put(sides[0].strip(), new String[] {right[0], right[1].strip()});
    }
    Map<String, Base> out = new HashMap<>();
    for (String unit : lines.keySet()) {
      BigDecimal factor = BigDecimal.ONE;
      String at = unit;
      for (int hops = 0; lines.containsKey(at) && hops < lines.size(); hops++) {
        factor = factor.multiply(new BigDecimal(lines.get(at)[0]));
        at = lines.get(at)[1];
      }
      out.put(unit, new Base(at, factor));
    }
    return Map.copyOf(out);
  }
}
