package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.TextSpan;
import org.jixiao.text.number.ValueParser;
import org.jspecify.annotations.Nullable;

/**
 * 子项表: an item table ({@link ItemTables}) of an indicator's sub-items, each with its own weight, rule and score, closed
 * by the line that sums them (h340: "子项 | 指标值 | 完成值 | 分值 | 评分规则 | 得分" nested in the 三级指标 cell, its 小计
 * the row's 分值 and 得分). Each sub-item is read as a row of its own, so that its printed rule can score it.
 */
final class SubItemTables {
  private static final Pattern WEIGHT = Pattern.compile("^(?:分值|权重|满分|标准分|权重分)(?:[（(]分[)）])?$");
  private static final Pattern SCORE = Pattern.compile("^(?:自评)?得分(?:[（(]分[)）])?$");
  private static final Pattern RULE = Pattern.compile("评分规则|评分标准|计分规则|计分方法|评分办法|评分方法");
  private static final Pattern TARGET = Pattern.compile("指标值|目标值|计划数|计划值");
  private static final Pattern ACTUAL = Pattern.compile("完成值|实际完成|完成数|实际值");

  private SubItemTables() {}

  /** A sub-item as a row (its cells cited in the text), and the table's total weight and score as printed. */
  record Table(List<IndicatorRow> items, BigDecimal weight, BigDecimal score, TabLine.Row total,
      TabLine.Cell scoreCell) {}

  static List<Table> in(@Nullable String text, String file) {
    List<Table> out = new ArrayList<>();
    for (ItemTables.Table t : ItemTables.in(text)) {
      List<String> h = t.header();
      int weight = column(h, WEIGHT);
      int score = column(h, SCORE);
      int rule = column(h, RULE);
      if (weight < 0 || score < 0 || rule < 0) {
        continue;
      }
      BigDecimal totalWeight = t.total().cells().get(weight).value();
      TabLine.Cell scoreCell = t.total().cells().get(score);
      BigDecimal totalScore = scoreCell.value();
      if (totalWeight == null || totalScore == null) {
        continue;
      }
      int target = column(h, TARGET);
      int actual = column(h, ACTUAL);
      List<IndicatorRow> items = new ArrayList<>();
      for (TabLine.Row r : t.items()) {
        List<TabLine.Cell> c = r.cells();
        String tgt = target < 0 ? null : c.get(target).text();
        String act = actual < 0 ? null : c.get(actual).text();
        TabLine.Cell s = c.get(score);
        items.add(new IndicatorRow(null, null, null, null, r.label(), tgt, act, c.get(weight).value(), s.value(),
            tgt == null ? null : ValueParser.parse(tgt), act == null ? null : ValueParser.parse(act), c.get(rule).text(),
            null, null, new TextSpan(file, null, s.start(), s.end()), null, Map.of(), List.of()));
      }
      out.add(new Table(items, totalWeight, totalScore, t.total(), scoreCell));
    }
    return out;
  }

  private static int column(List<String> header, Pattern p) {
    for (int c = 1; c < header.size(); c++) {
      if (p.matcher(header.get(c)).find()) {
        return c;
      }
    }
    return -1;
  }
}
