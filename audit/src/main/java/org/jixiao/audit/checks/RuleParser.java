package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.text.number.Comparators;
import org.jixiao.text.number.Numbers;
import org.jixiao.text.words.WordList;
import org.jspecify.annotations.Nullable;

/**
 * Parses a printed 评分规则 into {@link ScoringRule} clauses using the patterns of {@code
 * scoring-rules.txt}. It never guesses: text no pattern matches yields no clause. Where two matches
 * overlap, the earlier (then the longer) wins, so "90%(含)-95%得6分" is one band, not also "95%得6分".
 */
final class RuleParser {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private enum Kind {
    PROPORTIONAL,
    RATIO_TO_TARGET,
    TARGET_OVER_ACTUAL,
    RATIO_BELOW,
    FULL_IF,
    ZERO_IF,
    DEDUCT_PER,
    BAND,
    INTERPOLATED,
    FULL_IF_MET,
    ZERO_OTHERWISE,
    ACHIEVED,
    PER_ITEM,
    SHARE,
    LEVEL,
    JUDGEMENT
  }

  private record Entry(Kind kind, org.jixiao.schema.@Nullable Comparator defaultOp, Pattern pattern) {}

  private record Hit(int start, int end, ScoringRule.Clause clause) {}

  /** An enumerator "1." opening a list; its followers ("2.10%≤比率") must not read as numbers. */
  private static final Pattern FIRST_ITEM = Pattern.compile("(?:(?<=[;；。,，:：\\s])|^)1\\.(?![0-9])");
  private static final Pattern LATER_ITEM = Pattern.compile("(?:(?<=[;；。,，:：\\s])|^)([2-9])\\.(?=[0-9])");

  private static final int RECENT = 512;
  private final List<Entry> entries = new ArrayList<>();
  private final Map<String, ScoringRule> recent = Collections.synchronizedMap(new LinkedHashMap<>(RECENT, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, ScoringRule> eldest) {
      return size() > RECENT;
    }
  });

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

  /** One parser for all checks, so that they share {@link #recent}. */
  static RuleParser standard() {
    return Standard.PARSER;
  }

  private static final class Standard {
    static final RuleParser PARSER = new RuleParser(WordList.lines(RuleParser.class, "scoring-rules.txt"));
  }

  /**
   * The rule text as the patterns read it: NFKC-folded, and in a numbered list ("1.比率=0%，得满分；
   * 2.10%≤比率<0%…") the later enumerators written "2、" so that "2.10%" is not read as a number.
   */
  static String normalize(String printed) {
    String text = Numbers.foldText(printed);
    return FIRST_ITEM.matcher(text).find() ? LATER_ITEM.matcher(text).replaceAll("$1、") : text;
  }

  /**
   * The rule {@code printed} states. Three checks parse each row's rule (every pattern runs over it each
   * time); a rule is immutable, so the recent ones are kept.
   */
  ScoringRule parse(String printed) {
    ScoringRule known = recent.get(printed);
    if (known != null) {
      return known;
    }
    ScoringRule rule = parseAnew(printed);
    recent.put(printed, rule);
    return rule;
  }

  private ScoringRule parseAnew(String printed) {
    String text = normalize(printed);
    List<Hit> hits = new ArrayList<>();
    for (Entry entry : entries) {
      Matcher m = entry.pattern().matcher(text);
      while (m.find()) {
        ScoringRule.Clause clause = clause(entry, m);
        if (clause != null) {
          hits.add(new Hit(m.start(), m.end(), withRemainder(clause, text, m.end())));
        }
      }
    }
    hits.sort(Comparator.comparingInt(Hit::start).thenComparing(Comparator.comparingInt(Hit::end).reversed()));
    List<ScoringRule.Clause> kept = new ArrayList<>();
    int end = -1;
    for (Hit hit : hits) {
      // a judgement word never hides a clause, nor is hidden by one
      if (hit.start() >= end || hit.clause() instanceof ScoringRule.Judgement) {
        kept.add(hit.clause());
        if (!(hit.clause() instanceof ScoringRule.Judgement)) {
          end = hit.end();
        }
      }
    }
    // a formula of parts (得分=(基本支出执行率+项目支出执行率)×50%×分值) that no clause read is not
    // understood, whatever shares or levels its wording also mentions
    boolean formula = text.contains("得分=");
    boolean formulaRead = kept.stream().anyMatch(c -> c instanceof ScoringRule.Proportional
        || c instanceof ScoringRule.RatioToTarget || c instanceof ScoringRule.TargetOverActual);
    return new ScoringRule(printed, formula && !formulaRead ? List.of() : kept);
  }

  private static ScoringRule.@Nullable Clause clause(Entry entry, Matcher m) {
    return switch (entry.kind()) {
      case PROPORTIONAL -> {
        String factor = group(m, "factor");
        yield new ScoringRule.Proportional(group(m, "name"), factor == null ? null : Numbers.of(factor));
      }
      case RATIO_TO_TARGET -> {
        String divisor = group(m, "x");
        yield new ScoringRule.RatioToTarget(m.group().contains("=") || divisor != null, divisor == null ? null : Numbers.of(divisor));
      }
      case TARGET_OVER_ACTUAL -> new ScoringRule.TargetOverActual(m.group().contains("="));
      case RATIO_BELOW -> new ScoringRule.RatioBelow();
      case FULL_IF -> {
        org.jixiao.schema.Comparator op = op(group(m, "op"), entry.defaultOp());
        yield op == null ? null : new ScoringRule.FullIf(op, Numbers.of(m.group("x")));
      }
      case ZERO_IF -> {
        org.jixiao.schema.Comparator op = op(group(m, "op"), entry.defaultOp());
        yield op == null ? null : new ScoringRule.ZeroIf(op, Numbers.of(m.group("x")));
      }
      case DEDUCT_PER -> deduct(m);
      case BAND -> band(m);
      case INTERPOLATED -> Numbers.of(m.group("span")).signum() <= 0 ? null : new ScoringRule.Interpolated(
          Numbers.of(m.group("lo")), Numbers.of(m.group("hi")), Numbers.of(m.group("from")), Numbers.of(m.group("span")),
          Numbers.of(m.group("pts")));
      case FULL_IF_MET -> new ScoringRule.FullIfMet();
      case ZERO_OTHERWISE -> new ScoringRule.ZeroOtherwise();
      case ACHIEVED -> achieved(m);
      case PER_ITEM -> perItem(m);
      case SHARE -> share(m);
      case LEVEL -> {
        String cond = m.group("cond").strip();
        String pts = group(m, "pts");
        yield new ScoringRule.Level(cond,
            group(m, "zero") != null ? BigDecimal.ZERO : pts == null ? null : Numbers.of(pts));
      }
      case JUDGEMENT -> new ScoringRule.Judgement();
    };
  }

  private static ScoringRule.@Nullable Clause deduct(Matcher m) {
    String dir = m.group("dir");
    boolean below = "减少降低低于低下降少偏离".contains(dir);
    BigDecimal step = Numbers.of(m.group("step"));
    if (step.signum() == 0) {
      return null;
    }
    String unit = m.group("unit");
    boolean ofWeight = unit.startsWith("%");
    return new ScoringRule.DeductPer(
        below, step, Numbers.of(m.group("amount")), ofWeight, group(m, "tgt") != null,
        !"%".equals(m.group("sunit")) && !"个百分点".equals(m.group("sunit")), ScoringRule.Remainder.ANY);
  }

  /** What a part of a step takes off, said after the step: "（不足1个百分点按比例计算）", "，不足1个百分点的不扣分". */
  private static final Pattern REMAINDER =
      Pattern.compile("^[（(，,\\s]*不足[^，,；;。（）()]{0,8}?(?<how>按比例|按实际|不扣|不计|按[^，,；;。（）()]{0,8}?(?:计算|计|扣))");

  private static ScoringRule.Clause withRemainder(ScoringRule.Clause clause, String text, int end) {
    if (!(clause instanceof ScoringRule.DeductPer d)) {
      return clause;
    }
    Matcher r = REMAINDER.matcher(text).region(end, text.length());
    if (!r.find()) {
      return clause;
    }
    String how = r.group("how");
    return d.withRemainder(how.startsWith("按比例") || how.startsWith("按实际") ? ScoringRule.Remainder.SHARE
        : how.startsWith("不") ? ScoringRule.Remainder.NONE : ScoringRule.Remainder.WHOLE);
  }

  private static ScoringRule.Clause band(Matcher m) {
    String lo = group(m, "lo");
    String hi = group(m, "hi");
    String loop = group(m, "loop");
    String hiop = group(m, "hiop");
    Boolean loInclusive = null;
    if (loop != null) {
      loInclusive = loop.equals("≤") || loop.equals("<=") || loop.equals("≥") || loop.equals(">=");
    } else if (group(m, "loinc") != null) {
      loInclusive = true;
    } else if (group(m, "over") != null) {
      loInclusive = false; // 超过10%: above it, not at it
    }
    Boolean hiInclusive = null;
    if (hiop != null) {
      hiInclusive = hiop.equals("≤") || hiop.equals("<=");
    } else if (group(m, "hiinc") != null) {
      hiInclusive = true;
    } else if (group(m, "loinc") != null) {
      hiInclusive = false; // "90%(含)-95%": the 含 on one side says the other is excluded
    }
    if (hi != null && lo == null && (m.group().contains("以下") || m.group().startsWith("低于"))) {
      hiInclusive = false;
    }
    String at = group(m, "at");
    if (at != null) {
      // "100%得6分" opening a clause: that one value, both ends included
      lo = at;
      hi = at;
      loInclusive = true;
      hiInclusive = true;
    }
    String pts = group(m, "pts");
    String share = group(m, "ptsf");
    String deduct = group(m, "ded");
    return new ScoringRule.Band(
        lo == null ? null : Numbers.of(lo), loInclusive, hi == null ? null : Numbers.of(hi), hiInclusive,
        pts == null ? null : Numbers.of(pts), share == null ? null : Numbers.of(share).movePointLeft(2),
        deduct == null ? null : Numbers.of(deduct));
  }

  private static ScoringRule.Clause achieved(Matcher m) {
    String level = m.group("level");
    BigDecimal fraction;
    if (group(m, "full") != null) {
      fraction = BigDecimal.ONE;
    } else if (group(m, "f") != null || group(m, "f2") != null) {
      String f = group(m, "f") != null ? m.group("f") : m.group("f2"); // 得60%分值 / 得分值的60%
      fraction = Numbers.of(f).divide(HUNDRED, MathContext.DECIMAL64);
    } else if (group(m, "zero") != null) {
      fraction = BigDecimal.ZERO;
    } else {
      fraction = null;
    }
    return new ScoringRule.Achieved(level, fraction, fraction == null && group(m, "ratio") != null);
  }

  /** A share of the weight: the score is a whole number of shares, as with a per-item deduction. */
  private static ScoringRule.@Nullable Clause share(Matcher m) {
    String amount = m.group("amount");
    BigDecimal fraction;
    if (amount.contains("/")) {
      String[] f = amount.split("/");
      BigDecimal den = Numbers.of(f[1]);
      if (den.signum() == 0) {
        return null;
      }
      fraction = Numbers.of(f[0]).divide(den, MathContext.DECIMAL64);
    } else if (group(m, "unit") != null) {
      fraction = Numbers.of(amount).movePointLeft(2);
    } else {
      return null;
    }
    return fraction.signum() > 0 && fraction.compareTo(BigDecimal.ONE) <= 0 ? new ScoringRule.PerItem(fraction, true) : null;
  }

  private static ScoringRule.@Nullable Clause perItem(Matcher m) {
    if (group(m, "zero") != null) {
      return new ScoringRule.PerItem(BigDecimal.ONE, true); // each occurrence takes the whole weight
    }
    String amount = m.group("amount");
    String unit = group(m, "unit");
    if (amount.contains("/")) {
      String[] f = amount.split("/");
      BigDecimal den = Numbers.of(f[1]);
      return den.signum() == 0
          ? null
          : new ScoringRule.PerItem(Numbers.of(f[0]).divide(den, MathContext.DECIMAL64), true);
    }
    boolean percent = unit != null && unit.startsWith("%");
    BigDecimal value = Numbers.of(amount);
    String what = group(m, "what");
    return new ScoringRule.PerItem(percent ? value.movePointLeft(2) : value, percent, group(m, "per"),
        what == null || what.isBlank() ? null : what.strip());
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
