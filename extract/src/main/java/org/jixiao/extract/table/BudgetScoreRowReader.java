package org.jixiao.extract.table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.extract.ReportDraft;
import org.jixiao.schema.IndicatorField;
import org.jixiao.text.name.Names;
import org.jixiao.text.number.ValueParser;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.ExtractionMethod;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.SourceRef;

/**
 * The scored budget-execution line of a table's head block (部门预算金额 / 年度资金总额 with its own
 * 分值 and 得分 beside 预算数, 执行数 and 执行率). Per FORMAT.md it is an indicator row: level3 is its
 * label as printed (without a unit note such as (万元)), actual the execution rate as printed.
 */
final class BudgetScoreRowReader {
  private static final List<String> BUDGET_WORDS = List.of("预算", "执行数", "支出数", "执行率");
  private static final List<String> RATE_WORDS = List.of("执行率", "完成率");

  private final TableGrid grid;
  private final ReportDraft draft;
  private final HeaderClassifier classifier;

  BudgetScoreRowReader(TableGrid grid, ReportDraft draft, HeaderClassifier classifier) {
    this.grid = grid;
    this.draft = draft;
    this.classifier = classifier;
  }

  void read() {
    for (int r = 0; r < grid.rows(); r++) {
      if (classifier.classify(grid, r).isPresent()) {
        return; // the indicator table proper begins; budget lines precede it
      }
      Optional<Integer> weightCol = column(r, ColumnRole.WEIGHT);
      Optional<Integer> scoreCol = column(r, ColumnRole.SCORE);
      if (weightCol.isEmpty() || scoreCol.isEmpty() || !mentionsBudget(r)) {
        continue;
      }
      Integer rateCol = rateColumn(r);
      for (int d = r + 1; d < grid.rows(); d++) {
        var weight = TableCells.number(grid, d, weightCol.get()).value();
        var score = TableCells.number(grid, d, scoreCol.get()).value();
        if (weight == null) {
          if (score == null) {
            break;
          }
          continue; // a sub-line (资金来源, 资金结构) without its own weight
        }
        emit(d, weightCol.get(), scoreCol.get(), rateCol, weight, score);
      }
    }
  }

  private void emit(int d, int weightCol, int scoreCol, Integer rateCol, java.math.BigDecimal weight, java.math.BigDecimal score) {
    int labelCol = -1;
    for (int c = 0; c < grid.cols(); c++) {
      String t = grid.text(d, c);
      if (TableCells.isNumeric(t)) {
        break;
      }
      if (!t.isBlank()) {
        labelCol = c;
      }
    }
    if (labelCol < 0) {
      return;
    }
    String label = Names.clean(grid.text(d, labelCol).replaceAll("[(（][^()（）]*元[^()（）]*[)）]", ""));
    if (label == null) {
      return;
    }
    String actual = rateCol == null ? null : TableCells.value(grid, d, rateCol);
    Map<IndicatorField, SourceRef> sources = new LinkedHashMap<>();
    sources.put(IndicatorField.level3, ref(d, labelCol));
    sources.put(IndicatorField.weight, ref(d, weightCol));
    sources.put(IndicatorField.score, ref(d, scoreCol));
    if (actual != null) {
      sources.put(IndicatorField.actual, ref(d, rateCol));
    }
    draft.row(new IndicatorRow(null, null, null, null, label, null, actual, weight, score, null,
        actual == null ? null : ValueParser.parse(actual), null, null, null, ref(d, labelCol),
        ExtractionMethod.TABLE, sources, List.of()), 3, grid.tableIndex());
  }

  private Optional<Integer> column(int r, ColumnRole role) {
    for (int c = 0; c < grid.cols(); c++) {
      if (grid.isOrigin(r, c) && classifier.roleOf(grid.text(r, c)).orElse(null) == role) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private boolean mentionsBudget(int r) {
    for (int c = 0; c < grid.cols(); c++) {
      String t = Names.compact(grid.text(r, c));
      if (BUDGET_WORDS.stream().anyMatch(t::contains)) {
        return true;
      }
    }
    return false;
  }

  private Integer rateColumn(int r) {
    for (int c = 0; c < grid.cols(); c++) {
      String t = Names.compact(grid.text(r, c));
      if (grid.isOrigin(r, c) && RATE_WORDS.stream().anyMatch(t::contains)) {
        return c;
      }
    }
    return null;
  }

  private SourceRef ref(int r, int c) {
    return draft.cell(grid.pageOfRow(r), grid.tableIndex(), r, c);
  }
}
