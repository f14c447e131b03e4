package org.jixiao.extract.table;

import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.text.name.Names;

/**
 * "支出类别 | 年初预算 | 调整预算 | 实际支出 | 执行率": the heading of a money block printed after the indicators (h170): no
 * indicator header, no weight or score column, no figure, two or more budget columns. The lines below it are money:
 * the indicator reader stops there and the budget reader starts, by this one test.
 */
public final class MoneyHeading {
  /** A money block's column label, whole: 年初预算, 调整预算数, 实际支出, 执行率 (a unit in brackets aside). */
  private static final Pattern MONEY_COLUMN = Pattern.compile(
      "(?:年初|调整后?|全年|年度|实际)?(?:预算(?:数|金额)?|执行数|支出(?:数|额)?|决算(?:数|支出)?|执行率)");
  private static final Pattern PARENTHESISED = Pattern.compile("[(（][^()（）]*[)）]");

  private MoneyHeading() {}

  /**
   * Whether a row whose non-empty cells print {@code cells} (each merged cell once) is such a heading;
   * {@code indicatorHeader}: the row reads as an indicator table's header.
   */
  public static boolean is(List<String> cells, boolean indicatorHeader, HeaderClassifier classifier) {
    if (indicatorHeader) {
      return false;
    }
    int money = 0;
    for (String printed : cells) {
      var role = classifier.roleOf(printed).orElse(null);
      CellValue value = CellValue.read(printed);
      if (role == ColumnRole.WEIGHT || role == ColumnRole.SCORE || value.figure() || value.points()) {
        return false;
      }
      String t = PARENTHESISED.matcher(Names.compact(printed)).replaceAll("");
      money += MONEY_COLUMN.matcher(t).matches() ? 1 : 0;
    }
    return money >= 2;
  }
}
