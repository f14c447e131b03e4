package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.text.number.Comparators;
import org.jixiao.text.number.Numbers;
import org.jixiao.text.words.WordList;
import org.jspecify.annotations.Nullable;

/**
 * Parses a printed 评分规则 into {@link ScoringRule} clauses using the patterns of {@code
 * scoring-rules.txt}. It never guesses: text no pattern matches yields no clause.
 */
final class RuleParser {
  private enum Kind {
    PROPORTIONAL,
    FULL_IF,
    ZERO_IF,
    DEDUCT_PER,
    BAND,
    PER_ITEM
  }

  private record Entry(Kind kind, org.jixiao.schema.@Nullable Comparator defaultOp, Pattern pattern) {}

  private final List<Entry> entries = new ArrayList<>();

  RuleParser(List<String> lines) {
    for (String line : lines) {
      String[] parts = line.split("\t", 3);
      if (parts.length != 3) {
        throw new IllegalArgumentException("bad rule pattern line (need 3 tab-separated fields): " + line);
      }
      org.jixiao.schema.Comparator op =
          parts[1].equals("-") ? null : org.jixiao.schema.Comparator.valueOf(parts[1]);
      entries.add(new Entry(Kind.valueOf(parts[0]), op, Numbers.compile(parts[2])));
    }
  }

  static RuleParser standard() {
    return new RuleParser(WordList.lines(RuleParser.class, "scoring-rules.txt"));
  }

  ScoringRule parse(String printed) {
    String text = Numbers.foldText(printed);
    Map<Integer, ScoringRule.Clause> found = new TreeMap<>(Comparator.naturalOrder());
    for (Entry entry : entries) {
      Matcher m = entry.pattern().matcher(text);
      while (m.find()) {
        ScoringRule.Clause clause = clause(entry, m);
        if (clause != null) {
          found.putIfAbsent(m.start(), clause);
        }
      }
    }
    return new ScoringRule(printed, List.copyOf(found.values()));
  }

  private static ScoringRule.@Nullable Clause clause(Entry entry, Matcher m) {
    return switch (entry.kind()) {
      case PROPORTIONAL -> new ScoringRule.Proportional();
      case FULL_IF -> {
        org.jixiao.schema.Comparator op = op(group(m, "op"), entry.defaultOp());
        yield op == null ? null : new ScoringRule.FullIf(op, Numbers.of(m.group("x")));
      }
      case ZERO_IF -> {
        org.jixiao.schema.Comparator op = op(group(m, "op"), entry.defaultOp());
        yield op == null ? null : new ScoringRule.ZeroIf(op, Numbers.of(m.group("x")));
      }
      case DEDUCT_PER -> {
        String dir = m.group("dir");
        boolean below = "减少降低低于下降少".contains(dir);
        BigDecimal step = Numbers.of(m.group("step"));
        yield step.signum() == 0
            ? null
            : new ScoringRule.DeductPer(
                below, step, Numbers.of(m.group("amount")), m.group("unit").startsWith("%"));
      }
      case BAND -> {
        String lo = group(m, "lo");
        String hi = group(m, "hi");
        String loop = group(m, "loop");
        String hiop = group(m, "hiop");
        yield new ScoringRule.Band(
            lo == null ? null : Numbers.of(lo),
            loop != null && (loop.equals("≤") || loop.equals("<=") || loop.equals("≥") || loop.equals(">=")),
            hi == null ? null : Numbers.of(hi),
            hiop != null && (hiop.equals("≤") || hiop.equals("<=")),
            Numbers.of(m.group("pts")));
      }
      case PER_ITEM -> {
        String amount = m.group("amount");
        String unit = group(m, "unit");
        if (amount.contains("/")) {
          String[] f = amount.split("/");
          BigDecimal den = Numbers.of(f[1]);
          yield den.signum() == 0
              ? null
              : new ScoringRule.PerItem(Numbers.of(f[0]).divide(den, MathContext.DECIMAL64), true);
        }
        boolean percent = unit != null && unit.startsWith("%");
        BigDecimal value = Numbers.of(amount);
        yield new ScoringRule.PerItem(percent ? value.movePointLeft(2) : value, percent);
      }
    };
  }

  private static @Nullable String group(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException e) {
      return null; // this pattern has no such group
    }
  }

  private static org.jixiao.schema.@Nullable Comparator op(
      @Nullable String printed, org.jixiao.schema.@Nullable Comparator fallback) {
    if (printed == null) {
      return fallback;
    }
    return Comparators.of(printed).orElse(fallback);
  }
}
