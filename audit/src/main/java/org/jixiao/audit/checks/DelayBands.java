package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.text.number.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * 延期分档: a rule that scores a delay by bands of its length ("按期完成的得满分；延期1个月以内（含）的得分值的80%；延期3个月
 * 以上的不得分", h533; "按期完工得5分；延期1个月以内得3分；延期1个月以上得4分", h106). The bands, each a stretch of delay in
 * one unit (months or days) and what it pays, in order of length; on time is a delay of 0. Two defects need no reading:
 * a stretch no band scores between two that do, and a longer delay paid more than a shorter one.
 */
final class DelayBands {
  /** A band of delay (lo, hi] in the rule's unit, {@code hi} null for one open upwards, paying {@code pay} points. */
  record Band(BigDecimal lo, @Nullable BigDecimal hi, BigDecimal pay, String unit, String printed) {}

  /** A defect of the bands: what the rule prints and what it should. */
  record Defect(String stated, String recomputed, String message) {}

  private static final String LATE = "(?:延期|延误|逾期|推迟|滞后|超期)(?:完成|完工|交付|办结)?\\s*";
  private static final String UNITS = "个月|月|天|日|个工作日|工作日|周";
  private static final String UNIT = "(?<u>" + UNITS + ")";
  private static final String PAY = "的?\\s*[，,]?\\s*(?:(?<full>得满分)|(?<zero>不得分|得0分)|得\\s*(?<pts>{N})\\s*分"
      + "|得(?:分值|权重|满分)的\\s*(?<pct>{N})\\s*%|扣\\s*(?<ded>{N})\\s*分)";
  private static final String INCLUDED = "\\s*(?:[（(]含[)）])?\\s*";
  /** "延期1个月以内（含）的得分值的80%", "延期1个月至3个月（含）的得3分", "延期3个月以上的不得分", "超过3个月不得分". */
  private static final Pattern BAND = Numbers.compile(LATE + "(?:(?:超过|超出)\\s*(?<over>{N})|(?<from>{N})\\s*(?:个月|月|天|日)?"
      + "\\s*(?:至|到|—|－|-|~|～)\\s*(?<to>{N})|(?<upto>{N})(?=\\s*(?:" + UNITS + ")\\s*(?:以内|以下|之内|内))|(?<above>{N})(?=\\s*(?:"
      + UNITS + ")\\s*(?:以上|及以上|以外)))\\s*" + UNIT + "\\s*(?:以内|以下|之内|内|以上|及以上|以外)?" + INCLUDED + PAY);
  /** "按期完成的得满分", "按期完工得5分": a delay of 0. */
  private static final Pattern ON_TIME = Numbers.compile("(?:按期|按时|如期)(?:完成|完工|交付|办结)?" + PAY);

  private DelayBands() {}

  /** The bands {@code rule} prints for a row of {@code weight} points, in order of delay; none unless two or more in one unit. */
  static List<Band> of(String rule, BigDecimal weight) {
    String text = RuleParser.normalize(rule);
    List<Band> out = new ArrayList<>();
    Matcher on = ON_TIME.matcher(text);
    if (on.find()) {
      BigDecimal pay = pay(on, weight);
      if (pay != null) {
        out.add(new Band(BigDecimal.ZERO, BigDecimal.ZERO, pay, "", on.group()));
      }
    }
    String unit = null;
    Matcher m = BAND.matcher(text);
    while (m.find()) {
      String u = unit(m.group("u"));
      if (unit != null && !unit.equals(u)) {
        return List.of(); // months and days mixed: no one scale to find a gap on
      }
      unit = u;
      BigDecimal pay = pay(m, weight);
      if (pay == null) {
        continue;
      }
      BigDecimal lo;
      BigDecimal hi;
      if (m.group("upto") != null) {
        lo = BigDecimal.ZERO;
        hi = Numbers.of(m.group("upto"));
      } else if (m.group("from") != null) {
        lo = Numbers.of(m.group("from"));
        hi = Numbers.of(m.group("to"));
      } else {
        lo = Numbers.of(m.group(m.group("over") != null ? "over" : "above"));
        hi = null;
      }
      out.add(new Band(lo, hi, pay, m.group("u"), m.group()));
    }
    out.sort(Comparator.comparing(Band::lo));
    return out.stream().filter(b -> b.hi() == null || b.hi().signum() > 0).count() >= 2 ? out : List.of();
  }

  /** A delay a row's actual states ("延期20天", "延误1.5个月"), in the unit named as {@link #of} names it; 0 when on time. */
  record Delay(BigDecimal length, String unit) {}

  /** "延期20天（2024年12月20日完工）", "逾期1.5个月完成". */
  private static final Pattern STATED = Numbers.compile(LATE + "(?<n>{N})\\s*" + UNIT);
  /** "按期完成", "提前10天完工": a delay of 0, when the text states no delay besides; "未按期完成" is none. */
  private static final Pattern IN_TIME = Pattern.compile("(?<![未没不])(?:按期|按时|如期)|提前");
  /** The days a month may hold: a delay in days is placed in a band of months only where both give one band. */
  private static final List<BigDecimal> MONTH_DAYS = List.of(BigDecimal.valueOf(28), BigDecimal.valueOf(31));

  /** The one delay {@code actual} states, or null when it states none or two. */
  static @Nullable Delay stated(@Nullable String actual) {
    if (actual == null) {
      return null;
    }
    String text = RuleParser.normalize(actual);
    Matcher m = STATED.matcher(text);
    if (m.find()) {
      Delay d = new Delay(Numbers.of(m.group("n")), unit(m.group("u")));
      return m.find() ? null : d;
    }
    return IN_TIME.matcher(text).find() ? new Delay(BigDecimal.ZERO, "") : null;
  }

  /**
   * What {@code bands} pay for {@code delay}: the one band it falls in, a delay in days placed in bands of months whatever
   * the month's length; empty on a band's edge (whether "以上" includes it is a reading) or in no band.
   */
  static Optional<BigDecimal> payFor(List<Band> bands, Delay delay) {
    if (delay.length().signum() == 0) {
      return bands.stream().filter(b -> b.hi() != null && b.hi().signum() == 0).map(Band::pay).findFirst();
    }
    String unit = unit(bands.get(bands.size() - 1).unit());
    List<BigDecimal> lengths;
    if (delay.unit().equals(unit)) {
      lengths = List.of(delay.length());
    } else if (delay.unit().equals("天") && unit.equals("月")) {
      lengths = MONTH_DAYS.stream().map(d -> delay.length().divide(d, 6, RoundingMode.HALF_UP)).toList();
    } else {
      return Optional.empty();
    }
    BigDecimal pay = null;
    for (BigDecimal x : lengths) {
      boolean onEdge = bands.stream().anyMatch(b -> x.compareTo(b.lo()) == 0 || b.hi() != null && x.compareTo(b.hi()) == 0);
      List<Band> in = bands.stream().filter(b -> x.compareTo(b.lo()) > 0 && (b.hi() == null || x.compareTo(b.hi()) < 0)).toList();
      if (onEdge || in.size() != 1 || pay != null && pay.compareTo(in.get(0).pay()) != 0) {
        return Optional.empty();
      }
      pay = in.get(0).pay();
    }
    return Optional.ofNullable(pay);
  }

  private static String unit(String printed) {
    return printed.replace("个", "").replace("日", "天");
  }

  private static @Nullable BigDecimal pay(Matcher m, BigDecimal weight) {
    if (m.group("full") != null) {
      return weight;
    }
    if (m.group("zero") != null) {
      return BigDecimal.ZERO;
    }
    if (m.group("pts") != null) {
      return Numbers.of(m.group("pts"));
    }
    if (m.group("pct") != null) {
      return weight.multiply(Numbers.of(m.group("pct"))).divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP).stripTrailingZeros();
    }
    BigDecimal ded = Numbers.of(m.group("ded"));
    return ded == null ? null : weight.subtract(ded).max(BigDecimal.ZERO);
  }

  /** The first defect of {@code bands}: a stretch between two bands that none scores, or a longer delay paid more. */
  static Optional<Defect> defect(List<Band> bands) {
    for (int k = 1; k < bands.size(); k++) {
      Band before = bands.get(k - 1);
      Band after = bands.get(k);
      if (before.hi() != null && after.lo().compareTo(before.hi()) > 0) {
        String gap = plain(before.hi()) + "–" + plain(after.lo()) + after.unit();
        return Optional.of(new Defect("延期 " + gap + " 未规定得分", "档次间无空缺",
            "评分规则对延期 " + gap + " 未规定得分（“" + before.printed() + "”与“" + after.printed() + "”之间）：此区间的得分无从确定"));
      }
      if (after.pay().compareTo(before.pay()) > 0) {
        return Optional.of(new Defect(after.printed(), "≤ " + plain(before.pay()),
            "评分规则中延期更久的“" + after.printed() + "”得 " + plain(after.pay()) + " 分，多于延期较短的“" + before.printed()
                + "”的 " + plain(before.pay()) + " 分：延误越久得分反而越高"));
      }
    }
    return Optional.empty();
  }

  private static String plain(BigDecimal x) {
    return x.stripTrailingZeros().toPlainString();
  }
}
