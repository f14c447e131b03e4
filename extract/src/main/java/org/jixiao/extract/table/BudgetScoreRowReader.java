package org.jixiao.extract.table;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jixiao.extract.draft.RowCandidate;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.schema.IndicatorField;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.ValueParser;
import org.jixiao.schema.ExtractionMethod;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.SourceRef;
import org.jspecify.annotations.Nullable;

/**
 * The scored budget-execution line of a table's head block (部门预算金额 / 年度资金总额 with its own
 * 分值 and 得分 beside 预算数, 执行数 and 执行率). Per FORMAT.md it is an indicator row: level3 is its
 * label as printed (without a unit note such as (万元)), actual the execution rate as printed.
 */
final class BudgetScoreRowReader {
  private static final List<String> BUDGET_WORDS = List.of("预算", "执行数", "支出数", "执行率");
  private static final List<String> RATE_WORDS = List.of("执行率", "完成率");

  private final TableRows table;
  private final HeaderClassifier classifier;
  private final Consumer<RowCandidate> out;

  BudgetScoreRowReader(TableRows table, HeaderClassifier classifier, Consumer<RowCandidate> out) {
    this.table = table;
    this.classifier = classifier;
    this.out = out;
  }

  void read() {
    for (TableRow row : table.rows()) {
      if (row.header() != null) {
        return; // the indicator table proper begins; budget lines precede it
      }
      if (!isFundHeader(row, classifier)) {
        continue;
      }
      Optional<Integer> weightCol = column(row, ColumnRole.WEIGHT);
      Optional<Integer> scoreCol = column(row, ColumnRole.SCORE);
      Integer rateCol = rateColumn(row);
      for (TableRow line : table.rows().subList(row.index() + 1, table.size())) {
        BigDecimal weight = line.number(weightCol.get()).value();
        BigDecimal score = line.number(scoreCol.get()).value();
        if (weight == null) {
          if (score == null) {
            break;
          }
          continue; // a sub-line (资金来源, 资金结构) without its own weight
        }
        emit(line, weightCol.get(), scoreCol.get(), rateCol, weight, score);
      }
    }
  }

  private void emit(TableRow line, int weightCol, int scoreCol, @Nullable Integer rateCol, BigDecimal weight, @Nullable BigDecimal score) {
    int labelCol = -1;
    for (int c = 0; c < line.cols(); c++) {
      if (line.isFigure(c)) {
        break;
      }
      if (!line.text(c).isEmpty()) {
        labelCol = c;
      }
    }
    if (labelCol < 0) {
      return;
    }
    String label = Names.clean(line.printed(labelCol).replaceAll("[(（][^()（）]*元[^()（）]*[)）]", ""));
    if (label == null) {
      return;
    }
    String actual = line.value(rateCol);
    Map<IndicatorField, SourceRef> sources = new LinkedHashMap<>();
    sources.put(IndicatorField.level3, line.ref(labelCol));
    sources.put(IndicatorField.weight, line.ref(weightCol));
    sources.put(IndicatorField.score, line.ref(scoreCol));
    if (actual != null) {
      sources.put(IndicatorField.actual, line.ref(rateCol));
    }
    IndicatorRow row = new IndicatorRow(null, null, null, null, label, null, actual, weight, score, null,
        actual == null ? null : ValueParser.parse(actual), null, null, null, line.ref(labelCol),
        ExtractionMethod.TABLE, sources, List.of());
    out.accept(RowCandidate.ofTable(row, 3, table.tableIndex()));
  }

  /**
   * 资金情况 head: a row naming budget figures (预算数, 执行数, 执行率) beside their own 分值 and 得分
   * columns, that is no indicator header itself.
   */
  static boolean isFundHeader(TableRow row, HeaderClassifier classifier) {
    return row.header() == null && column(row, classifier, ColumnRole.WEIGHT).isPresent()
        && column(row, classifier, ColumnRole.SCORE).isPresent() && mentionsBudget(row);
  }

  private Optional<Integer> column(TableRow row, ColumnRole role) {
    return column(row, classifier, role);
  }

  private static Optional<Integer> column(TableRow row, HeaderClassifier classifier, ColumnRole role) {
    for (int c = 0; c < row.cols(); c++) {
      if (row.isOrigin(c) && classifier.roleOf(row.printed(c)).orElse(null) == role) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private static boolean mentionsBudget(TableRow row) {
    for (int c = 0; c < row.cols(); c++) {
      String t = Names.compact(row.printed(c));
      if (BUDGET_WORDS.stream().anyMatch(t::contains)) {
        return true;
      }
    }
    return false;
  }

  private @Nullable Integer rateColumn(TableRow row) {
    for (int c = 0; c < row.cols(); c++) {
      String t = Names.compact(row.printed(c));
      if (row.isOrigin(c) && RATE_WORDS.stream().anyMatch(t::contains)) {
        return c;
      }
    }
    return null;
  }
}
