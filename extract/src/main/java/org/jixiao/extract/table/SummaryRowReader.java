package org.jixiao.extract.table;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.extract.GradeWords;
import org.jixiao.extract.ReportDraft;
import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.ExtractionMethod;
import org.jixiao.schema.SourceRef;
import org.jspecify.annotations.Nullable;

/**
 * The summary rows of a table: 合计 / 总分 (the total and its full mark) and 绩效等级 (the grade),
 * found by their label wherever shifted cells put it, and reported to the draft.
 */
final class SummaryRowReader {
  private final TableGrid grid;
  private final ReportDraft draft;
  private final TotalLabels labels;
  private final GradeWords gradeWords;

  SummaryRowReader(TableGrid grid, ReportDraft draft, TotalLabels labels, GradeWords gradeWords) {
    this.grid = grid;
    this.draft = draft;
    this.labels = labels;
    this.gradeWords = gradeWords;
  }

  /** Reads row {@code r} if it is a 合计/总分 or 绩效等级 row; true when it was one. */
  boolean read(int r, HeaderRow header) {
    int labelCol = -1;
    for (int c = 0; c < grid.cols(); c++) {
      if (grid.cellAt(r, c).row() == r && !grid.text(r, c).isBlank()) {
        labelCol = c;
        break;
      }
    }
    if (labelCol < 0) {
      return false;
    }
    String label = grid.text(r, labelCol);
    if (labels.isTotal(label) || labels.isSubtotal(label)) {
      // a total row's last two point figures are its full mark and score, wherever shifted cells put them
      Integer scoreCol = header.column(ColumnRole.SCORE);
      var weight = TableCells.weight(grid, r, header.column(ColumnRole.WEIGHT), header.percentWeights()).value();
      var score = TableCells.number(grid, r, scoreCol).value();
      List<Integer> points = new ArrayList<>();
      for (int c = labelCol + 1; c < grid.cols(); c++) {
        if (grid.isOrigin(r, c) && RowRepair.isPoints(grid.text(r, c))) {
          points.add(c);
        }
      }
      if (!points.isEmpty()) {
        scoreCol = points.get(points.size() - 1);
        score = TableCells.number(grid, r, scoreCol).value();
        weight = points.size() > 1 ? TableCells.number(grid, r, points.get(points.size() - 2)).value() : weight;
      }
      if (score != null && labels.isTotal(label)) {
        draft.total(new ReportDraft.TotalStatement(score, weight, ref(r, scoreCol), ExtractionMethod.TABLE));
      }
      return true;
    }
    int colon = Math.max(label.indexOf('：'), label.indexOf(':'));
    if (colon > 0 && labels.isGrade(label.substring(0, colon)) && !label.substring(colon + 1).isBlank()) {
      grade(label.substring(colon + 1), r, labelCol); // "评价等级：良" in one cell
      return true;
    }
    if (labels.isGrade(label)) {
      GridCell labelCell = grid.cellAt(r, labelCol);
      for (int c = labelCell.col() + labelCell.colSpan(); c < grid.cols(); c++) {
        String v = grid.text(r, c);
        if (!v.isBlank()) {
          grade(v, r, c);
          break;
        }
      }
      return true;
    }
    return false;
  }

  void grade(String printed, int r, int c) {
    gradeWords.normalise(printed).ifPresent(g ->
        draft.grade(new ReportDraft.GradeStatement(printed.strip(), g, ref(r, c), ExtractionMethod.TABLE)));
  }

  private SourceRef ref(int r, @Nullable Integer col) {
    return draft.cell(grid.pageOfRow(r), grid.tableIndex(), r, col == null ? 0 : col);
  }
}
