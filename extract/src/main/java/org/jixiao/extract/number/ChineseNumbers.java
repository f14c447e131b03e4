package org.jixiao.extract.number;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;

/** TEMPORARY stand-in until the number package lands. */
public final class ChineseNumbers {
  private ChineseNumbers() {}

  public static Optional<BigDecimal> parseDecimal(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFKC).strip().replace(",", "");
    if (!t.matches("[-+]?\\d+(\\.\\d+)?")) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(t));
  }
}
