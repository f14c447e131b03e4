package org.jixiao.extract.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.extract.draft.GradeWords;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.ingest.GridCell;
import org.jixiao.schema.ExtractionMethod;
import org.jixiao.schema.SourceRef;
import org.jixiao.text.number.Numbers;

/**
 * The summary rows of a table: 合计 / 总分 (the total and its full mark) and 绩效等级 (the grade),
 * found by their label wherever shifted cells put it, and reported to the draft.
 */
final class SummaryRowReader {
  private final ReportDraft draft;
  private final TotalLabels labels;
  private final GradeWords gradeWords;

  SummaryRowReader(ReportDraft draft, TotalLabels labels, GradeWords gradeWords) {
    this.draft = draft;
    this.labels = labels;
    this.gradeWords = gradeWords;
  }

  /** A column of points that are not the row's score: 扣分 (points lost) and 得分率. */
  private static boolean notScore(HeaderRow header, int col) {
    return java.util.Objects.equals(header.column(ColumnRole.DEDUCTION), col)
        || java.util.Objects.equals(header.column(ColumnRole.SCORE_RATE), col);
  }

  /** Reads {@code row} if it is a 合计/总分 or 绩效等级 row; true when it was one. */
  boolean read(TableRow row, HeaderRow header) {
    int labelCol = -1;
    for (int c = 0; c < row.cols(); c++) {
      if (row.startsHere(c) && !row.text(c).isEmpty()) {
        labelCol = c;
        break;
      }
    }
    if (labelCol < 0) {
      return false;
    }
    String label = row.printed(labelCol);
    if (labels.isTotal(label) || labels.isSubtotal(label)) {
      // a total row's last two point figures are its full mark and score, wherever shifted cells put them
      Integer scoreCol = header.column(ColumnRole.SCORE);
      BigDecimal weight = row.weight(header).value();
      BigDecimal score = row.score(header).value();
      List<Integer> points = new ArrayList<>();
      for (int c = labelCol + 1; c < row.cols(); c++) {
        if (row.isOrigin(c) && row.isPoints(c) && !notScore(header, c)) {
          points.add(c);
        }
      }
      if (!points.isEmpty()) {
        scoreCol = points.get(points.size() - 1);
        score = row.number(scoreCol).value();
        weight = points.size() > 1 ? row.number(points.get(points.size() - 2)).value() : weight;
        if (header.weights() == HeaderRow.WeightForm.FRACTION && weight != null && weight.compareTo(BigDecimal.ONE) <= 0) {
          weight = TableRow.points(weight); // "合计 | 1.00 | 89.25": the whole, 100 points
        }
      }
      if (score != null && labels.isTotal(label)) {
        draft.total(new ReportDraft.TotalStatement(score, weight, row.ref(scoreCol), ExtractionMethod.TABLE));
      }
      for (int c = labelCol + 1; c < row.cols(); c++) {
        if (row.isOrigin(c)) {
          labelledGrade(row.printed(c), row.ref(c)); // "合计 | 100分 | 96.21分 | 自评等级：优秀"
        }
      }
      return true;
    }
    if (labelledGrade(label, row.ref(labelCol))) {
      return true;
    }
    if (labels.isGrade(label)) {
      GridCell labelCell = row.cellAt(labelCol);
      for (int c = labelCell.col() + labelCell.colSpan(); c < row.cols(); c++) {
        if (!row.text(c).isEmpty()) {
          grade(row.printed(c), row.ref(c));
          break;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * Reads a row of a table with no indicator header that pairs a label with its value: "自评总分 | 87.58分" (a total
   * label naming 分, so that "合计 | 1,236.80" of a money table is never a score) or "自评等级 | 优", as a closing 评价结论
   * table prints them (h195). True when the row was one.
   */
  boolean readPair(TableRow row) {
    List<Integer> texts = new ArrayList<>();
    for (int c = 0; c < row.cols(); c++) {
      if (row.isOrigin(c) && !row.text(c).isEmpty()) {
        texts.add(c);
      }
    }
    if (texts.size() != 2) {
      return false;
    }
    return labelledValue(row.printed(texts.get(0)), row.printed(texts.get(1)), row.ref(texts.get(1)));
  }

  /**
   * A label and its value printed apart: "自评总分" and "87.58分" (a total label naming 分, so that a money table's "合计" and
   * its amount are never a score), or "自评等级" and "优". True when the label was one of these and its value read.
   */
  boolean labelledValue(String label, String value, SourceRef where) {
    if (labels.isTotal(label) && label.contains("分")) {
      BigDecimal score = Numbers.parsePoints(value).orElse(null);
      if (score != null) {
        draft.total(new ReportDraft.TotalStatement(score, null, where, ExtractionMethod.TABLE));
      }
      return score != null;
    }
    if (labels.isGrade(label)) {
      grade(value, where);
      return true;
    }
    return false;
  }

  /** Reads "评价等级：良" (a grade label and its grade in one cell); true when the cell is one. */
  private boolean labelledGrade(String text, SourceRef where) {
    int colon = Math.max(text.indexOf('：'), text.indexOf(':'));
    if (colon > 0 && labels.isGrade(text.substring(0, colon)) && !text.substring(colon + 1).isBlank()) {
      grade(text.substring(colon + 1), where);
      return true;
    }
    return false;
  }

  /** A printed grade (优, 良好) at {@code where}, if it is a grade word. */
  void grade(String printed, SourceRef where) {
    gradeWords.normalise(printed).ifPresent(g ->
        draft.grade(new ReportDraft.GradeStatement(printed.strip(), g, where, ExtractionMethod.TABLE)));
  }
}
