package org.jixiao.ingest.pdf;

import java.util.List;
import org.jixiao.ingest.internal.Components;

/** Groups rulings that touch, directly or through others: each group is one candidate table. */
final class Rulings {
  private Rulings() {}

  static List<List<Ruling>> connected(List<Ruling> rulings, double tol) {
    return Components.of(rulings, (a, b) -> a.crosses(b, tol));
  }
}
