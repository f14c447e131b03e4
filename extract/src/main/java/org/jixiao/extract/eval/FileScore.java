package org.jixiao.extract.eval;

import java.util.List;

/**
 * One file's comparison with gold. Rows: {@code goldRows} labelled, {@code extractedRows} found,
 * {@code matched} agreeing on level3, weight and score. Fields: of the other row fields of matched
 * rows, and of the report fields, how many agree.
 */
public record FileScore(
    String file,
    int goldRows,
    int extractedRows,
    int matched,
    int rowFields,
    int rowFieldsCorrect,
    int reportFields,
    int reportFieldsCorrect,
    List<String> missedRows,
    List<String> spuriousRows,
    List<FieldMismatch> mismatches) {

  public double precision() {
    return extractedRows == 0 ? (goldRows == 0 ? 1 : 0) : (double) matched / extractedRows;
  }

  public double recall() {
    return goldRows == 0 ? 1 : (double) matched / goldRows;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double rowFieldAccuracy() {
    return rowFields == 0 ? 1 : (double) rowFieldsCorrect / rowFields;
  }

  public double reportFieldAccuracy() {
    return reportFields == 0 ? 1 : (double) reportFieldsCorrect / reportFields;
  }

  /** Sums of several files' counts (lists concatenated), for a total line. */
  public static FileScore total(List<FileScore> scores) {
    return new FileScore("TOTAL",
        scores.stream().mapToInt(FileScore::goldRows).sum(),
        scores.stream().mapToInt(FileScore::extractedRows).sum(),
        scores.stream().mapToInt(FileScore::matched).sum(),
        scores.stream().mapToInt(FileScore::rowFields).sum(),
        scores.stream().mapToInt(FileScore::rowFieldsCorrect).sum(),
        scores.stream().mapToInt(FileScore::reportFields).sum(),
        scores.stream().mapToInt(FileScore::reportFieldsCorrect).sum(),
        List.of(), List.of(), List.of());
  }
}
