package org.jixiao.extract.table;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * 单元格值: one table cell's text read once: stripped, as a value (null when blank or a placeholder
 * such as "/" or "-"), and as a weight or score figure ("2分" → 2). A {@link TableRow} holds one per
 * cell, so that no reader parses a cell's text again.
 *
 * @param number the cell as a weight or score; {@code value} null with {@code raw} set when the
 *     text is not a number
 * @param percentWeight the cell as a weight in a 权重 column that prints shares of 100 ("5%" is 5
 *     points)
 * @param points a weight or score figure: a plain number, perhaps with 分, never a percentage
 * @param figure a figure as tables print it (1,234.5, 87.3%), not a name
 */
record CellValue(String text, @Nullable String value, NumberCell number, NumberCell percentWeight, boolean points,
    boolean figure) {
  private static final Pattern POINTS = Pattern.compile("\\s*分\\s*$");
  private static final Pattern NOT_STATED = Pattern.compile("^[-—–/／\\\\无]*$");
  private static final Pattern POINTS_AT_END = Pattern.compile("分$");
  /**
   * A lone 一 or 二 where a weight or score stands: a dash typed as 一 (a common stand-in for —) or a — that OCR read as 二
   * (h519's fund lines "— | 97.80% | —"), never a weight of 1 or 2 written in words.
   */
  private static final Pattern DASH_AS_DIGIT = Pattern.compile("^[一二]$");

  /** A weight or score cell: its number, or its raw text when it is not one ({@code value} null). */
  record NumberCell(@Nullable BigDecimal value, @Nullable String raw) {
    static final NumberCell EMPTY = new NumberCell(null, null);

    boolean unparsed() {
      return value == null && raw != null;
    }
  }

  static CellValue read(String printed) {
    String text = printed.strip();
    String value = Names.clean(text);
    if (value != null && NOT_STATED.matcher(value).matches()) {
      value = null;
    }
    NumberCell number = value == null || DASH_AS_DIGIT.matcher(value).matches() ? NumberCell.EMPTY
        : new NumberCell(Numbers.parse(POINTS.matcher(value).replaceAll("")).orElse(null), value);
    boolean figure = isNumeric(text);
    String bare = POINTS_AT_END.matcher(text).replaceAll("");
    boolean points = !bare.isEmpty() && !bare.contains("%") && isNumeric(bare);
    return new CellValue(text, value, number, percentWeight(number), points, figure);
  }

  private static NumberCell percentWeight(NumberCell n) {
    if (n.unparsed()) {
      Optional<BigDecimal> share = Numbers.parsePercent(n.raw()).filter(v -> v.signum() >= 0);
      if (share.isPresent()) {
        return new NumberCell(share.get(), n.raw());
      }
    }
    return n;
  }

  static boolean isNumeric(String text) {
    return Numbers.isFigure(text);
  }
}
