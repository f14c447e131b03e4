package org.jixiao.text.number;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence pattern every match of which holds one of a few anchor strings ("÷", "其中", a money unit) within {@code
 * reach} characters of its start. It finds the same matches as {@link Matcher#find()} over the whole text, but tries a
 * match only at the places up to {@code reach} before an anchor: a pattern that opens with a name or a number would
 * otherwise be tried at every character of a report, the audit's largest cost (docs/PERFORMANCE.md).
 *
 * <p>The reach must cover the longest text a match can hold before its anchor; a pattern with an unbounded part
 * there ({@code \s*}) is covered for any run of blanks shorter than the reach's slack. Lookbehinds and line anchors
 * ({@code (?m)^}) see the whole text, as they do in a plain scan.
 */
public final class AnchoredPattern {
  private final Pattern pattern;
  private final List<String> anchors;
  private final int reach;

  private AnchoredPattern(Pattern pattern, List<String> anchors, int reach) {
    if (anchors.isEmpty() || anchors.stream().anyMatch(String::isEmpty) || reach < 0) {
      throw new IllegalArgumentException("anchors must be non-empty strings and reach non-negative: " + anchors + ", " + reach);
    }
    this.pattern = pattern;
    this.anchors = List.copyOf(anchors);
    this.reach = reach;
  }

  /** {@code pattern} found near {@code anchors}. */
  public static AnchoredPattern of(Pattern pattern, int reach, List<String> anchors) {
    return new AnchoredPattern(pattern, anchors, reach);
  }

  /** A {@link Numbers#compile} template found near {@code anchors}. */
  public static AnchoredPattern compile(String template, int reach, String... anchors) {
    return new AnchoredPattern(Numbers.compile(template), List.of(anchors), reach);
  }

  public Pattern pattern() {
    return pattern;
  }

  /** Every match in {@code text}, left to right, not overlapping: those {@link Matcher#find()} gives. */
  public List<MatchResult> matches(CharSequence text) {
    List<MatchResult> out = new ArrayList<>();
    String s = text.toString();
    Matcher m = pattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
    int[] next = new int[anchors.size()];
    java.util.Arrays.fill(next, UNKNOWN);
    int pos = 0;
    while (pos <= s.length()) {
      int anchor = nextAnchor(s, pos, next);
      if (anchor < 0) {
        break;
      }
      int resume = anchor + 1;
      for (int start = Math.max(pos, anchor - reach); start <= anchor; start++) {
        m.region(start, s.length());
        if (m.lookingAt()) {
          out.add(m.toMatchResult());
          resume = m.end() > start ? m.end() : start + 1;
          break;
        }
      }
      pos = resume;
    }
    return out;
  }

  private static final int UNKNOWN = -2;

  /**
   * The first place at or after {@code from} where an anchor starts, or -1; {@code next} keeps where each anchor was
   * last found (-1: no more of it, {@code UNKNOWN}: not looked for yet).
   */
  private int nextAnchor(String s, int from, int[] next) {
    int first = -1;
    for (int i = 0; i < next.length; i++) {
      if (next[i] == UNKNOWN || next[i] >= 0 && next[i] < from) {
        next[i] = s.indexOf(anchors.get(i), from);
      }
      if (next[i] >= 0 && (first < 0 || next[i] < first)) {
        first = next[i];
      }
    }
    return first;
  }
}
