package org.jixiao.extract.table;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.schema.ExtractionMethod;

/**
 * 合计 row read by its own header cells: a total row whose cells after the label are column labels
 * (分值 | 得分 | 得分率) with the figures in the row below, under the total's merged label. The figure
 * under 得分 is the score, under 分值 the full mark; 得分率 is a rate and never either.
 */
final class LabelledTotalReader {
  private final ReportDraft draft;
  private final TotalLabels labels;
  private final HeaderClassifier classifier;

  LabelledTotalReader(ReportDraft draft, TotalLabels labels, HeaderClassifier classifier) {
    this.draft = draft;
    this.labels = labels;
    this.classifier = classifier;
  }

  /**
   * Reads {@code rows.get(i)} and the row below it if they are such a labelled total; returns the
   * number of rows read (2), or 0 when they are not one.
   */
  int read(List<TableRow> rows, int i) {
    if (i + 1 >= rows.size()) {
      return 0;
    }
    TableRow row = rows.get(i);
    TableRow values = rows.get(i + 1);
    int labelCol = firstText(row);
    if (labelCol < 0 || !labels.isTotal(row.printed(labelCol))) {
      return 0;
    }
    Map<ColumnRole, Integer> columns = new EnumMap<>(ColumnRole.class);
    for (int c = labelCol + 1; c < row.cols(); c++) {
      if (!row.isOrigin(c) || row.text(c).isEmpty()) {
        continue;
      }
      var role = classifier.roleOf(row.printed(c));
      if (role.isEmpty()) {
        return 0; // a figure or other text: an ordinary total row
      }
      columns.putIfAbsent(role.get(), c);
    }
    Integer scoreCol = columns.get(ColumnRole.SCORE);
    if (scoreCol == null || values.startsHere(labelCol) && !values.text(labelCol).isEmpty()) {
      return 0; // the values row must sit under the total's label, not start a row of its own
    }
    BigDecimal score = values.number(scoreCol).value();
    if (score == null) {
      return 0;
    }
    BigDecimal weight = values.number(columns.get(ColumnRole.WEIGHT)).value();
    draft.total(new ReportDraft.TotalStatement(score, weight, values.ref(scoreCol), ExtractionMethod.TABLE));
    return 2;
  }

  private static int firstText(TableRow row) {
    for (int c = 0; c < row.cols(); c++) {
      if (row.startsHere(c) && !row.text(c).isEmpty()) {
        return c;
      }
    }
    return -1;
  }
}
