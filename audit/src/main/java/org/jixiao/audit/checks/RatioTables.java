package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.internal.Decimals;
import org.jixiao.audit.internal.FindingBuilder;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Severity;
import org.jixiao.schema.TextSpan;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.Numbers;

/**
 * 分子 / 分母: a table that works each rate out from its numerator and denominator (h338's 附表 比率类指标计算明细:
 * 指标名称 | 分子项 | 分子 | 分母项 | 分母 | 计算结果), each line's printed result against 分子 ÷ 分母 × 100% at its printed
 * precision; one of {@link ArithmeticCheck}'s, ERROR HIGH (the table states its own formula).
 */
final class RatioTables {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private RatioTables() {}

  static void find(AuditSubject subject, String text, CheckId id, List<Finding> out) {
    if (!text.contains("分母")) {
      return;
    }
    int numerator = -1;
    int denominator = -1;
    int result = -1;
    int width = 0;
    for (TabLine line : TabLine.of(text)) {
      String[] cells = line.cells();
      int n = column(cells, "分子", "分子数");
      int d = column(cells, "分母", "分母数");
      int r = column(cells, "计算结果", "结果", "比率", "比例");
      if (n >= 0 && d >= 0 && r >= 0) {
        numerator = n;
        denominator = d;
        result = r;
        width = cells.length;
        continue;
      }
      if (numerator < 0 || cells.length != width) {
        numerator = -1;
        continue;
      }
      BigDecimal top = Numbers.parse(Names.compact(cells[numerator])).orElse(null);
      BigDecimal bottom = Numbers.parse(Names.compact(cells[denominator])).orElse(null);
      BigDecimal printed = Numbers.parsePercent(Names.compact(cells[result])).orElse(null);
      if (top == null || bottom == null || printed == null || bottom.signum() <= 0) {
        continue;
      }
      BigDecimal rate = top.multiply(HUNDRED).divide(bottom, 6, RoundingMode.HALF_UP);
      if (Decimals.agreesAtPrintedPrecision(printed, rate)) {
        continue;
      }
      // at the printed precision, zeros kept: 75.80% beside a printed 78.50%
      String recomputed = rate.setScale(Decimals.printedScale(printed), RoundingMode.HALF_UP).toPlainString() + "%";
      int start = line.cellStart(result);
      String name = Names.compact(cells[0]);
      out.add(FindingBuilder.of(subject.file(), id)
          .severity(Severity.ERROR)
          .certainty(Certainty.HIGH)
          .indicator(name)
          .location(new TextSpan(subject.file(), null, start, start + cells[result].length()))
          .stated(Names.compact(cells[result]))
          .recomputed(recomputed)
          .rule("计算结果 = 分子 ÷ 分母 × 100%")
          .message(name + "：" + Names.compact(cells[numerator]) + " ÷ " + Names.compact(cells[denominator]) + " = "
              + recomputed + "，表中为 " + Names.compact(cells[result])));
    }
  }

  /** The column whose header cell is one of {@code names}, or −1. */
  private static int column(String[] cells, String... names) {
    for (int c = 0; c < cells.length; c++) {
      String h = Names.compact(cells[c]);
      for (String name : names) {
        if (h.equals(name)) {
          return c;
        }
      }
    }
    return -1;
  }
}
