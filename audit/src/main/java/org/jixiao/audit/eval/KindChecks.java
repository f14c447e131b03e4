package org.jixiao.audit.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.text.words.WordList;

/**
 * 类别与规则: which checks answer which {@link FindingKind}, read from {@code kind-checks.txt}.
 * Checks are named by their JSON name, so a list may name a check another branch is still writing.
 */
public final class KindChecks {
  private static final String ANY = "*";

  private final Map<FindingKind, Set<String>> checks;

  KindChecks(Map<FindingKind, Set<String>> checks) {
    this.checks = Map.copyOf(checks);
    for (FindingKind k : FindingKind.values()) {
      if (!this.checks.containsKey(k)) {
        throw new IllegalStateException("kind-checks.txt names no check for " + k);
      }
    }
  }

  /** The table of issue 10. */
  public static KindChecks standard() {
    return parse(WordList.lines(KindChecks.class, "kind-checks.txt"));
  }

  static KindChecks parse(List<String> lines) {
    Map<FindingKind, Set<String>> out = new EnumMap<>(FindingKind.class);
    for (String line : lines) {
      String[] parts = line.split("\\s+");
      if (parts.length < 2) {
        throw new IllegalStateException("kind-checks.txt: a kind without checks: " + line);
      }
      out.put(FindingKind.valueOf(parts[0]), Set.of(java.util.Arrays.copyOfRange(parts, 1, parts.length)));
    }
    return new KindChecks(out);
  }

  /** Whether a finding of {@code check} (its JSON name) can be the answer to {@code kind}. */
  public boolean answers(FindingKind kind, String check) {
    Set<String> s = checks.get(kind);
    return s.contains(ANY) || s.contains(check);
  }
}
