package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.text.name.Names;

/**
 * 等级划分: grades by lower bound, best first. {@link #standard()} is the usual scheme of the
 * Ministry of Finance's 绩效评价 rules: 优 ≥ 90, 良 80–89.99, 中 60–79.99, 差 &lt; 60. Provinces that
 * grade differently pass their own bands.
 *
 * @param bands each grade with the lowest total it admits, in descending order of bound
 */
public record GradeBands(List<Band> bands) {
  /** One grade and the lowest total (inclusive) that earns it. */
  public record Band(String grade, BigDecimal atLeast) {}

  public GradeBands {
    bands = List.copyOf(bands);
    for (int i = 1; i < bands.size(); i++) {
      if (bands.get(i).atLeast().compareTo(bands.get(i - 1).atLeast()) >= 0) {
        throw new IllegalArgumentException("bands must descend: " + bands);
      }
    }
  }

  public static GradeBands standard() {
    return new GradeBands(
        List.of(
            new Band("优", BigDecimal.valueOf(90)),
            new Band("良", BigDecimal.valueOf(80)),
            new Band("中", BigDecimal.valueOf(60)),
            new Band("差", BigDecimal.ZERO)));
  }

  /** The grade a total earns, or empty below every band. */
  public Optional<String> gradeFor(BigDecimal total) {
    return bands.stream().filter(b -> total.compareTo(b.atLeast()) >= 0).map(Band::grade).findFirst();
  }

  /**
   * The band a printed grade names: its text with common suffixes stripped (优秀 → 优, 良好 → 良,
   * 中等 → 中, 较差 → 差), or empty when it names no band.
   */
  public Optional<Band> bandNamed(String printed) {
    String key = Names.key(printed).replace("等级", "").replace("等", "");
    for (Band b : bands) {
      String g = Names.key(b.grade());
      if (key.equals(g) || (key.length() == 2 && key.contains(g))) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }
}
