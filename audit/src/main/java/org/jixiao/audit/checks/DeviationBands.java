package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.audit.AuditSubject;
import org.jixiao.schema.Comparator;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.ParsedValue;
import org.jixiao.text.name.Names;
import org.jixiao.text.name.Outline;
import org.jixiao.text.number.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * 偏差率分档计分 (h325's family): a report that prints each row's 偏差率 in a column, defines it in a note
 * ("偏差率＝（实际完成值－年度指标值）÷年度指标值×100%", a 反向指标 the other way round) and scores the quantitative rows by
 * bands of it ("偏差率≥0的得满分；偏差率小于0且不低于-5%的，得分值的90%；…；偏差率低于-20%的不得分"). Read from the audit
 * text: the definition, the bands as intervals paying a share of the row's weight, and each row's printed rate beside
 * the rate its own target and actual give. Only where the definition is printed; bands only where every clause reads.
 */
final class DeviationBands {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Pattern DEFINED = Pattern.compile(
      "偏差率\\s*[＝=]\\s*[（(]\\s*实际(?:完成)?值\\s*[－\\-−]\\s*(?:年度)?(?:指标|目标)值\\s*[）)]\\s*[÷/]\\s*(?:年度)?(?:指标|目标)值");
  /** "（年度指标值－实际完成值）÷年度指标值" for a 反向指标 (a ceiling). */
  private static final Pattern REVERSED = Pattern.compile(
      "反向指标[^；;。]{0,40}?[（(]\\s*(?:年度)?(?:指标|目标)值\\s*[－\\-−]\\s*实际(?:完成)?值\\s*[）)]");
  /** The bands: from 按偏差率分档计分 to the note's next numbered item ("；4.定性指标…"), the full stop or the end. */
  private static final Pattern BANDS = Pattern.compile(
      "按偏差率分档(?:计分|评分)\\s*[：:]\\s*(?<body>[^。]+?)(?=[；;]\\s*" + Outline.DOTTED_ARABIC + "|。|$)");
  private static final Pattern BETWEEN = Numbers.compile(
      "在\\s*(?<a>{SN})\\s*%?\\s*(?:[（(](?<ai>含|不含)[）)])?\\s*(?:至|到|—|-|~|～)\\s*(?<b>{SN})\\s*%?\\s*(?:[（(](?<bi>含|不含)[）)])?\\s*之间");
  private static final Pattern BOUND = Numbers.compile(
      "(?<op>≥|>=|大于等于|不低于|不小于|≤|<=|小于等于|不高于|不大于|不超过|>|大于|高于|超过|<|小于|低于)\\s*(?<n>{SN})\\s*%?");
  private static final Pattern SHARE = Numbers.compile("得分值的\\s*(?<n>{N})\\s*%");

  private DeviationBands() {}

  /** A band: the rates from {@code lo} to {@code hi} (null: open), each end in or out, paying {@code share} of the weight. */
  record Band(@Nullable BigDecimal lo, boolean loIn, @Nullable BigDecimal hi, boolean hiIn, BigDecimal share, String printed) {
    boolean holds(BigDecimal x) {
      boolean above = lo == null || (loIn ? x.compareTo(lo) >= 0 : x.compareTo(lo) > 0);
      boolean below = hi == null || (hiIn ? x.compareTo(hi) <= 0 : x.compareTo(hi) < 0);
      return above && below;
    }
  }

  /** The note's scheme: whether a 反向指标 is reversed, the bands (empty when none read), where the bands are printed. */
  record Scheme(boolean reversed, List<Band> bands, int start, int end) {
    List<Band> bandsOf(BigDecimal x) {
      return bands.stream().filter(b -> b.holds(x)).toList();
    }

    /** A printed bound that two bands both hold (−5% in "不低于-5%" and "-5%（含）至-10%（含）"), or empty. */
    Optional<BigDecimal> overlap() {
      for (Band b : bands) {
        for (BigDecimal end : Arrays.asList(b.lo(), b.hi())) {
          if (end != null && bandsOf(end).size() > 1) {
            return Optional.of(end);
          }
        }
      }
      return Optional.empty();
    }
  }

  /** A row's 偏差率 as printed (its text, value and place) and as its target and actual give it (null when they cannot). */
  record RowRate(IndicatorRow row, String printed, BigDecimal value, @Nullable BigDecimal computed, int start, int end) {}

  /** The report's scheme, when its text defines the 偏差率. */
  static Optional<Scheme> scheme(@Nullable String text) {
    if (text == null || !text.contains("偏差率")) {
      return Optional.empty();
    }
    Matcher defined = DEFINED.matcher(text);
    if (!defined.find()) {
      return Optional.empty();
    }
    boolean reversed = REVERSED.matcher(text).find();
    Matcher m = BANDS.matcher(text);
    if (!m.find()) {
      return Optional.of(new Scheme(reversed, List.of(), defined.start(), defined.end()));
    }
    List<Band> bands = new ArrayList<>();
    for (String clause : m.group("body").split("[；;]")) {
      Band b = band(clause.strip());
      if (b == null) {
        return Optional.of(new Scheme(reversed, List.of(), defined.start(), defined.end())); // a clause not read: no bands
      }
      bands.add(b);
    }
    return Optional.of(new Scheme(reversed, bands, m.start("body"), m.end("body")));
  }

  private static @Nullable Band band(String clause) {
    BigDecimal share = clause.contains("满分") ? BigDecimal.ONE : clause.contains("不得分") || clause.contains("得0分") ? BigDecimal.ZERO
        : null;
    Matcher s = SHARE.matcher(clause);
    if (share == null && s.find()) {
      share = Numbers.of(s.group("n")).divide(HUNDRED, MathContext.DECIMAL64);
    }
    if (share == null) {
      return null;
    }
    Matcher between = BETWEEN.matcher(clause);
    if (between.find()) {
      BigDecimal a = Numbers.of(between.group("a"));
      BigDecimal b = Numbers.of(between.group("b"));
      boolean ai = "含".equals(between.group("ai"));
      boolean bi = "含".equals(between.group("bi"));
      return a.compareTo(b) <= 0 ? new Band(a, ai, b, bi, share, clause) : new Band(b, bi, a, ai, share, clause);
    }
    BigDecimal lo = null;
    BigDecimal hi = null;
    boolean loIn = false;
    boolean hiIn = false;
    Matcher bound = BOUND.matcher(clause);
    while (bound.find()) {
      BigDecimal n = Numbers.of(bound.group("n"));
      switch (bound.group("op")) {
        case "≥", ">=", "大于等于", "不低于", "不小于" -> {
          lo = n;
          loIn = true;
        }
        case ">", "大于", "高于", "超过" -> {
          lo = n;
          loIn = false;
        }
        case "≤", "<=", "小于等于", "不高于", "不大于", "不超过" -> {
          hi = n;
          hiIn = true;
        }
        default -> {
          hi = n;
          hiIn = false;
        }
      }
    }
    return lo == null && hi == null ? null : new Band(lo, loIn, hi, hiIn, share, clause);
  }

  /**
   * Each row's printed 偏差率: the table's header line names the column (偏差率 beside 实际完成值), and the row's line is the
   * one holding its name and its actual as cells; the rate stands as far right of the actual as the header puts it.
   */
  static List<RowRate> rates(AuditSubject subject, Scheme scheme) {
    String text = subject.text();
    List<RowRate> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    List<int[]> lines = new ArrayList<>();
    int offset = Integer.MIN_VALUE;
    int at = 0;
    for (String line : text.split("\n", -1)) {
      lines.add(new int[] {at, at + line.length()});
      at += line.length() + 1;
      List<String> cells = Arrays.stream(line.split("\t", -1)).map(Names::compact).toList();
      int rate = cells.indexOf("偏差率");
      int actual = firstContaining(cells, "完成值");
      if (rate >= 0 && actual >= 0) {
        offset = rate - actual; // the header: the rate stands this far right of the actual
      }
    }
    if (offset == Integer.MIN_VALUE) {
      return out;
    }
    for (IndicatorRow row : subject.report().indicators()) {
      if (row.level3() == null || row.actual() == null) {
        continue;
      }
      String name = Names.compact(row.level3());
      String done = Names.compact(row.actual());
      for (int[] span : lines) {
        String[] raw = text.substring(span[0], span[1]).split("\t", -1);
        List<String> cells = Arrays.stream(raw).map(Names::compact).toList();
        int a = cells.lastIndexOf(done);
        if (!cells.contains(name) || a < 0 || a + offset < 0 || a + offset >= cells.size()) {
          continue;
        }
        String printed = cells.get(a + offset);
        Optional<BigDecimal> value = printed.endsWith("%") ? Numbers.parse(printed.substring(0, printed.length() - 1))
            : Optional.empty();
        if (value.isPresent()) {
          int start = span[0];
          for (int k = 0; k < a + offset; k++) {
            start += raw[k].length() + 1;
          }
          out.add(new RowRate(row, printed, value.get(), computed(row, scheme), start, start + raw[a + offset].length()));
        }
        break;
      }
    }
    return out;
  }

  private static int firstContaining(List<String> cells, String word) {
    for (int i = 0; i < cells.size(); i++) {
      if (cells.get(i).contains(word)) {
        return i;
      }
    }
    return -1;
  }

  /** (actual − target) ÷ target × 100, the other way round for a ceiling when the scheme says so; null without both. */
  private static @Nullable BigDecimal computed(IndicatorRow row, Scheme scheme) {
    ParsedValue t = row.targetValue();
    ParsedValue a = row.actualValue();
    if (t == null || a == null || t.magnitude() == null || a.magnitude() == null || t.magnitude().signum() == 0) {
      return null;
    }
    BigDecimal actual = RowScoreCheck.inTargetsUnit(t, a);
    if (actual == null) {
      return null;
    }
    BigDecimal target = t.magnitude();
    boolean ceiling = t.comparator() == Comparator.LE || t.comparator() == Comparator.LT;
    BigDecimal diff = scheme.reversed() && ceiling ? target.subtract(actual) : actual.subtract(target);
    return diff.multiply(HUNDRED).divide(target, MathContext.DECIMAL64);
  }

  /** Whether a printed rate is the computed one, allowing half its last place and what rounding the figures can move. */
  static boolean agrees(RowRate r) {
    BigDecimal c = r.computed();
    if (c == null) {
      return true;
    }
    BigDecimal t = r.row().targetValue().number();
    BigDecimal a = r.row().actualValue().number();
    if (t == null || a == null || t.signum() == 0 || a.signum() == 0) {
      return true;
    }
    // each figure may be off by half its last printed place: that much of itself, carried into the quotient
    BigDecimal relative = TableRates.halfUnit(a).divide(a.abs(), MathContext.DECIMAL64)
        .add(TableRates.halfUnit(t).divide(t.abs(), MathContext.DECIMAL64));
    BigDecimal slack = TableRates.halfUnit(r.value()).add(relative.multiply(c.abs().add(HUNDRED)));
    return r.value().subtract(c).abs().compareTo(slack) <= 0;
  }
}
