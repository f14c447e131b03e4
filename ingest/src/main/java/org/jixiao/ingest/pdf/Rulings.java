package org.jixiao.ingest.pdf;

import java.util.List;
import org.jixiao.ingest.internal.Components;

/** Groups rulings that touch, directly or through others: each group is one candidate table. */
final class Rulings {
  /**
   * Rulings in the frame of the page turned by {@code dir} (90: (x, y) → (H − y, x); 270: (x, y) → (y, W − x)), as
   * {@link PageTextCollector#turned} turns the glyphs: a horizontal line becomes a vertical one and back.
   */
  static List<Ruling> turned(List<Ruling> rulings, int dir, double width, double height) {
    List<Ruling> out = new java.util.ArrayList<>(rulings.size());
    for (Ruling r : rulings) {
      if (dir == 90) {
        out.add(r.horizontal() ? new Ruling(false, height - r.at(), r.from(), r.to())
            : new Ruling(true, r.at(), height - r.to(), height - r.from()));
      } else {
        out.add(r.horizontal() ? new Ruling(false, r.at(), width - r.to(), width - r.from())
            : new Ruling(true, width - r.at(), r.from(), r.to()));
      }
    }
    return out;
  }

  private Rulings() {}

  static List<List<Ruling>> connected(List<Ruling> rulings, double tol) {
    return Components.of(rulings, (a, b) -> a.crosses(b, tol));
  }
}
