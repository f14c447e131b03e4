package org.jixiao.audit.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.schema.Finding;
import org.jixiao.text.name.Names;

/**
 * 问题配对: pairs one document's produced findings with its expected findings. A pair needs the
 * produced check to answer the expected kind ({@link KindChecks}) and evidence that both are about
 * the same thing: the same place ({@link Place}) or the expected stated figure among the produced
 * stated figures ({@link StatedFigure}), or for a stated value without figures (a grade) the same value. Pairs are taken greedily, strongest evidence first, each
 * expected and each produced finding at most once; a produced finding left over that could have
 * answered a taken expected one is a duplicate (the problem reported twice), the rest are false alarms.
 */
public final class FindingMatcher {
  private static final Comparator<Match> BEST_FIRST =
      Comparator.comparingInt(Match::strength).reversed()
          .thenComparing(m -> m.produced().severity() != m.expected().severity());

  private final KindChecks kinds;

  public FindingMatcher(KindChecks kinds) {
    this.kinds = kinds;
  }

  public static FindingMatcher standard() {
    return new FindingMatcher(KindChecks.standard());
  }

  public DocumentScore match(String file, List<Finding> produced, List<ExpectedFinding> expected) {
    List<Match> candidates = new ArrayList<>();
    for (Finding p : produced) {
      for (ExpectedFinding e : expected) {
        candidate(e, p).ifPresent(candidates::add);
      }
    }
    // a stable sort keeps document order among equals: the first printed finding wins
    candidates.sort(BEST_FIRST);
    Set<Finding> usedProduced = identitySet();
    Set<ExpectedFinding> usedExpected = identitySet();
    List<Match> matches = new ArrayList<>();
    for (Match m : candidates) {
      if (!usedProduced.contains(m.produced()) && !usedExpected.contains(m.expected())) {
        matches.add(m);
        usedProduced.add(m.produced());
        usedExpected.add(m.expected());
      }
    }
    Set<Finding> answering = identitySet();
    candidates.forEach(m -> answering.add(m.produced()));
    List<Finding> duplicates = new ArrayList<>();
    List<Finding> falseAlarms = new ArrayList<>();
    for (Finding p : produced) {
      if (!usedProduced.contains(p)) {
        (answering.contains(p) ? duplicates : falseAlarms).add(p);
      }
    }
    List<ExpectedFinding> misses = expected.stream().filter(e -> !usedExpected.contains(e)).toList();
    return new DocumentScore(file, produced, expected, matches, duplicates, falseAlarms, misses);
  }

  private Optional<Match> candidate(ExpectedFinding e, Finding p) {
    if (!kinds.answers(e.kind(), p.check().jsonName())) {
      return Optional.empty();
    }
    boolean byPlace = Place.same(e, p);
    boolean byFigure = sameFigure(e, p);
    return byPlace || byFigure ? Optional.of(new Match(e, p, byPlace, byFigure)) : Optional.empty();
  }

  /**
   * The expected figure is the first one its {@code stated} prints (the rest are remarks); a stated
   * value without figures (a grade 优, a label) must be the produced stated value, by {@link Names#key}.
   */
  private static boolean sameFigure(ExpectedFinding e, Finding p) {
    List<StatedFigure> want = StatedFigure.in(e.stated());
    if (want.isEmpty()) {
      String key = Names.key(e.stated());
      return !key.isEmpty() && key.equals(Names.key(p.stated()));
    }
    return StatedFigure.in(p.stated()).stream().anyMatch(want.getFirst()::sameAs);
  }

  /** Findings are records: two equal findings printed twice are still two findings. */
  private static <T> Set<T> identitySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }
}
