package org.jixiao.audit.eval;

import org.jixiao.schema.Finding;

/**
 * 命中: a produced finding paired with the expected finding it answers, and on what evidence (its
 * check answers the kind in both cases).
 *
 * @param byPlace the two are about the same indicator, section or field
 * @param byFigure the expected stated figure is among the produced stated figures
 */
public record Match(ExpectedFinding expected, Finding produced, boolean byPlace, boolean byFigure) {
  /** How strong the evidence is: both kinds beat one. */
  int strength() {
    return (byPlace ? 1 : 0) + (byFigure ? 1 : 0);
  }
}
