package org.jixiao.extract.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.extract.draft.GradeWords;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.ingest.GridCell;
import org.jixiao.schema.ExtractionMethod;
import org.jixiao.schema.SourceRef;
import org.jixiao.text.number.Numbers;
import org.jspecify.annotations.Nullable;

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

  /** "（满分100分）" after a total's label. */
  private static final Pattern FULL_MARK_NOTE = Numbers.compile("[（(]\\s*满分\\s*({N})\\s*分?\\s*[)）]");

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
    if (labels.isCarried(label)) {
      return true; // a page's sum carried over a break: read, and nothing taken from it
    }
    if (labels.isApplicableMarks(label)) {
      return true; // the marks a rescaled total is taken over: the audit recomputes them from the 不适用 rows
    }
    if (labels.isRescaled(label)) {
      rescaled(row, labelCol, header);
      return true;
    }
    if (labels.isBonus(label)) {
      return true; // a bonus block's line: the total it adds to is stated after it
    }
    if (adjustedByFormula(label, row.ref(labelCol))) {
      return true;
    }
    BigDecimal markInLabel = markInLabel(row, labelCol, header);
    if (markInLabel != null) {
      label = label.strip().substring(0, label.strip().lastIndexOf(' ')).strip();
    }
    if (labels.isTotal(label) || labels.isSubtotal(label)) {
      // a total row's last two point figures are its full mark and score, wherever shifted cells put them
      Integer scoreCol = header.column(ColumnRole.SCORE);
      BigDecimal weight = markInLabel != null ? markInLabel : row.weight(header).value();
      BigDecimal score = row.score(header).value();
      List<Integer> points = new ArrayList<>();
      for (int c = labelCol + 1; c < row.cols(); c++) {
        if (row.isOrigin(c) && row.isPoints(c) && !notScore(header, c)) {
          points.add(c);
        }
      }
      boolean lostOnly = !header.has(ColumnRole.SCORE) && header.has(ColumnRole.DEDUCTION);
      if (lostOnly) {
        // "合计 | 100 | … | 2.94" under 分值 and 扣分 only (h166, h281): the total is its mark less what was lost
        scoreCol = header.column(ColumnRole.DEDUCTION);
      } else if (!points.isEmpty()) {
        Integer weightCol = header.column(ColumnRole.WEIGHT);
        Integer ownScore = header.column(ColumnRole.SCORE);
        if (points.size() > 2 && weightCol != null && points.contains(weightCol) && points.contains(ownScore)) {
          // more figures than a mark and a score: each expert's total beside them ("合计 | 100 | 89.27 | 86.77 | 87.27 |
          // 88.3", h319), a reviewer's score after the report's own (h279); the header's columns say which is which
          scoreCol = ownScore;
          score = row.number(scoreCol).value();
          weight = row.number(weightCol).value();
        } else {
          scoreCol = points.get(points.size() - 1);
          score = row.number(scoreCol).value();
          weight = points.size() > 1 ? row.number(points.get(points.size() - 2)).value() : weight;
        }
        if (header.weights() == HeaderRow.WeightForm.FRACTION && weight != null && weight.compareTo(BigDecimal.ONE) <= 0) {
          weight = TableRow.points(weight); // "合计 | 1.00 | 89.25": the whole, 100 points
        }
      }
      if (weight == null) {
        // "总分（满分100分）" under a table with no 分值 column (h321): the full mark is the label's note
        Matcher note = FULL_MARK_NOTE.matcher(label);
        weight = note.find() ? Numbers.parsePoints(note.group(1)).orElse(null) : null;
      }
      if (score != null && labels.isTotal(label)) {
        draft.total(new ReportDraft.TotalStatement(score, weight, row.ref(scoreCol), ExtractionMethod.TABLE));
      }
      for (int c = labelCol + 1; c < row.cols(); c++) {
        if (row.isOrigin(c)) {
          labelledGrade(row.printed(c), row.ref(c)); // "合计 | 100分 | 96.21分 | 自评等级：优秀"
        }
      }
      Integer gradeCol = header.column(ColumnRole.GRADE);
      if (gradeCol != null && labels.isTotal(label) && row.startsHere(gradeCol) && !row.text(gradeCol).isEmpty()) {
        grade(row.printed(gradeCol), row.ref(gradeCol)); // "总分 | 100 | 95 | 优" under "分值 | 得分 | 自评等级" (h225)
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

  /** "综合得分＝指标得分＋加分＝94.57＋3＝97.75": a total label, its formula, and the figure after the last "＝". */
  private static final Pattern TOTAL_FORMULA = Numbers.compile("^(?<label>[^=＝]{2,12})[=＝][^\\n]*[=＝]\\s*(?<total>{N})\\s*分?$");

  /** Reads a cell stating a total worked out by its formula as the report's adjusted total; true when it is one. */
  private boolean adjustedByFormula(String label, SourceRef where) {
    Matcher m = TOTAL_FORMULA.matcher(label.strip());
    if (!m.matches() || !labels.isTotal(m.group("label"))) {
      return false;
    }
    Numbers.parsePoints(m.group("total")).ifPresent(score ->
        draft.adjustedTotal(new ReportDraft.TotalStatement(score, null, where, ExtractionMethod.TABLE)));
    return true;
  }

  /** "折算得分（实得分÷适用指标分值×100） | 98.72": the last point figure after the label is the report's stated score. */
  private void rescaled(TableRow row, int labelCol, HeaderRow header) {
    for (int c = row.cols() - 1; c > labelCol; c--) {
      if (row.isOrigin(c) && row.isPoints(c) && !notScore(header, c)) {
        BigDecimal score = row.number(c).value();
        if (score != null) {
          draft.adjustedTotal(new ReportDraft.TotalStatement(score, null, row.ref(c), ExtractionMethod.TABLE));
        }
        return;
      }
    }
  }

  /**
   * "合计 100" in one cell merged over the 分值 column (a drawn table with no ruling between the label and the full mark):
   * the figure after the total label is the full mark it prints there; null when the cell is not one.
   */
  private @Nullable BigDecimal markInLabel(TableRow row, int labelCol, HeaderRow header) {
    String text = row.printed(labelCol).strip();
    int space = text.lastIndexOf(' ');
    Integer weightCol = header.column(ColumnRole.WEIGHT);
    GridCell cell = row.cellAt(labelCol);
    if (space < 0 || weightCol == null || weightCol < cell.col() || weightCol >= cell.col() + cell.colSpan()
        || !labels.isTotal(text.substring(0, space))) {
      return null;
    }
    return Numbers.parsePoints(text.substring(space + 1)).orElse(null);
  }

  /**
   * Reads a row of a table with no indicator header that pairs a label with its value: "自评总分 | 87.58分" (a total
   * label naming 分, so that "合计 | 1,236.80" of a money table is never a score) or "自评等级 | 优", as a closing 评价结论
   * table prints them (h195). Or a total line with its full mark and score in that order, and perhaps its grade,
   * under a table printed sideways: "总分 | 100 | 93.55 | 自评等级：优" (the larger figure first, so the order is not a
   * guess). True when the row was one. {@code afterIndicators} when the table follows an indicator table: then a bare
   * 合计 over a full mark of 100 and a score ("合计 | 100 | 98.02", h267's closing one-row table) is the total too, as a
   * money table's 合计 right after the indicators would not print a round 100 beside a smaller figure.
   */
  boolean readPair(TableRow row, boolean afterIndicators) {
    List<Integer> texts = new ArrayList<>();
    for (int c = 0; c < row.cols(); c++) {
      if (row.isOrigin(c) && !row.text(c).isEmpty()) {
        texts.add(c);
      }
    }
    if ((texts.size() == 3 || texts.size() == 4) && markAndScore(row, texts, afterIndicators)) {
      return true;
    }
    if (texts.size() >= 3 && labels.isGrade(row.printed(texts.get(0)))) {
      // "自评等级 | 优 | 自评得分96.89分" (h260): the grade beside it, whatever the row says after
      return labelledValue(row.printed(texts.get(0)), row.printed(texts.get(1)), row.ref(texts.get(1)));
    }
    if (texts.size() >= 4 && texts.size() % 2 == 0) {
      // "金额单位 | 万元 | 自评得分 | 89.10 | 自评等级 | 优" (h367, a descriptions block of label–value pairs): each pair read
      boolean any = false;
      for (int k = 0; k + 1 < texts.size(); k += 2) {
        any |= labelledValue(row.printed(texts.get(k)), row.printed(texts.get(k + 1)), row.ref(texts.get(k + 1)));
      }
      return any;
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
    if (FULL_MARK_LABEL.matcher(label.strip()).matches()) {
      // "满分 | 100.0" beside "自评总分 | 98.52" (h378, a dataset's fields laid out as label–value rows)
      BigDecimal mark = Numbers.parsePoints(value).orElse(null);
      if (mark != null) {
        draft.fullMark(new ReportDraft.FullMark(mark, where, ExtractionMethod.TABLE));
      }
      return mark != null;
    }
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

  private static final BigDecimal FULL_MARK = BigDecimal.valueOf(100);
  /** A label for the report's full mark alone: 满分, 满分值, 总分值, 自评满分. */
  private static final Pattern FULL_MARK_LABEL = Pattern.compile("(?:自评|评价)?(?:满分值?|总分值)");

  private boolean markAndScore(TableRow row, List<Integer> texts, boolean afterIndicators) {
    String label = row.printed(texts.get(0));
    BigDecimal mark = Numbers.parsePoints(row.printed(texts.get(1))).orElse(null);
    BigDecimal score = Numbers.parsePoints(row.printed(texts.get(2))).orElse(null);
    boolean points = label.contains("分") || afterIndicators && mark != null && mark.compareTo(FULL_MARK) == 0;
    if (!labels.isTotal(label) || !points || mark == null || score == null || score.compareTo(mark) > 0
        || texts.size() == 4 && !labelledGrade(row.printed(texts.get(3)), row.ref(texts.get(3)))) {
      return false;
    }
    draft.total(new ReportDraft.TotalStatement(score, mark, row.ref(texts.get(2)), ExtractionMethod.TABLE));
    return true;
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
