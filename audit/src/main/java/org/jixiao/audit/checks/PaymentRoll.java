package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.audit.internal.FindingBuilder;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.ParsedValue;
import org.jixiao.schema.Severity;
import org.jixiao.schema.TextSpan;
import org.jixiao.text.number.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * 花名册: a roll of payments to households or persons (序号 | … | 户主姓名 | … | 补助金额), whose 合计 line gives their count
 * ("40户", "126人") and the sum paid. When that sum is the report's whole 全年执行数 (in 元 or 万元), the roll is the form's
 * own evidence, and the one indicator counting what the roll's title names in its unit (完成危房改造户数 under "…农房危房改造
 * 补助资金发放花名册", in 户) whose actual differs from the roll's count states one figure two ways (h530: 42户 on the form, 40户 on its roll). WARNING HIGH: which of the two is right
 * the report does not say.
 */
final class PaymentRoll {
  private static final Pattern HEADER = Pattern.compile("(?:^|\\t)序号\\t.*姓名");
  private static final Pattern COUNT = Numbers.compile("^(?<n>{N})\\s*(?<u>户|人)$");
  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

  private PaymentRoll() {}

  /** The roll's count and unit, the title above it, and where its 合计 line stands. */
  private record Roll(BigDecimal count, String unit, String title, int start, int end) {}

  /** What a count is of, its verb and 户数 / 人数 left off: "完成危房改造户数" → 危房改造. */
  private static final Pattern COUNTED = Pattern.compile("^(?:完成|实施|实际|新增|累计)?(?<what>.{2,}?)(?:户数|人数)$");

  static List<Finding> check(AuditSubject subject, CheckId id) {
    String text = subject.text();
    BigDecimal spent = subject.report().budget() == null ? null : subject.report().budget().expenditure();
    if (text == null || spent == null) {
      return List.of();
    }
    Optional<Roll> roll = roll(text, spent);
    if (roll.isEmpty()) {
      return List.of();
    }
    Roll r = roll.get();
    List<IndicatorRow> counting = new ArrayList<>();
    for (IndicatorRow row : subject.report().indicators()) {
      ParsedValue a = row.actualValue();
      Matcher what = COUNTED.matcher(row.level3());
      // the row counting what the roll pays for, as its title names it ("…农房危房改造补助资金发放花名册")
      if (a != null && a.number() != null && r.unit().equals(a.unit()) && row.level3().endsWith(r.unit() + "数")
          && what.matches() && r.title().contains(what.group("what"))) {
        counting.add(row);
      }
    }
    if (counting.size() != 1 || counting.get(0).actualValue().number().compareTo(r.count()) == 0) {
      return List.of();
    }
    IndicatorRow row = counting.get(0);
    String rolled = Decimals.plain(r.count()) + r.unit();
    return List.of(FindingBuilder.of(subject.file(), id)
        .severity(Severity.WARNING)
        .certainty(Certainty.HIGH)
        .indicator(row.level3())
        .location(FindingBuilder.where(row, IndicatorField.actual))
        .alsoAt(List.of(new TextSpan(subject.file(), null, r.start(), r.end())))
        .stated(row.actual())
        .recomputed(rolled + "（花名册）")
        .rule("指标完成数 = 花名册所列数")
        .message(row.level3() + " 实际完成值 " + row.actual() + "，而资金发放花名册合计 " + rolled
            + "（其发放金额即全年执行数）：同一数字两处不一"));
  }

  /** The roll whose 合计 line pays the whole expenditure, if the text holds one. */
  private static Optional<Roll> roll(String text, BigDecimal spent) {
    boolean inRoll = false;
    String title = "";
    String above = "";
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      String line = text.substring(start, end);
      if (line.indexOf('\t') < 0) {
        inRoll = false;
        above = line;
      } else if (HEADER.matcher(line).find()) {
        inRoll = true;
        title = above;
      } else if (inRoll && line.startsWith("合计")) {
        Optional<Roll> r = total(line.split("\t"), spent, title, start, end);
        if (r.isPresent()) {
          return r;
        }
      }
      start = end + 1;
    }
    return Optional.empty();
  }

  private static Optional<Roll> total(String[] cells, BigDecimal spent, String title, int start, int end) {
    BigDecimal count = null;
    String unit = null;
    boolean paysAll = false;
    for (String cell : cells) {
      String c = cell.strip();
      Matcher m = COUNT.matcher(c);
      if (m.matches()) {
        count = Numbers.of(m.group("n"));
        unit = m.group("u");
      } else if (Numbers.isFigure(c)) {
        BigDecimal amount = Numbers.parse(c).orElse(null);
        paysAll |= amount != null && (amount.compareTo(spent) == 0
            || amount.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP).compareTo(spent.setScale(2, RoundingMode.HALF_UP)) == 0);
      }
    }
    return count != null && paysAll ? Optional.of(new Roll(count, unit, title, start, end)) : Optional.empty();
  }
}
