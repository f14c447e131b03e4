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

  /** Sums of several files' counts, for a total line. */
  public static FileScore total(List<FileScore> scores) {
    return sum("TOTAL", scores).withoutDetails();
  }

  private FileScore withoutDetails() {
    return new FileScore(file, goldRows, extractedRows, matched, rowFields, rowFieldsCorrect, reportFields,
        reportFieldsCorrect, List.of(), List.of(), List.of());
  }

  /** The counts of {@code scores} added up under {@code file}, their misses and mismatches kept. */
  public static FileScore sum(String file, List<FileScore> scores) {
    if (scores.size() == 1) {
      FileScore s = scores.get(0);
      return new FileScore(file, s.goldRows, s.extractedRows, s.matched, s.rowFields, s.rowFieldsCorrect,
          s.reportFields, s.reportFieldsCorrect, s.missedRows, s.spuriousRows, s.mismatches);
    }
    return new FileScore(file,
        scores.stream().mapToInt(FileScore::goldRows).sum(),
        scores.stream().mapToInt(FileScore::extractedRows).sum(),
        scores.stream().mapToInt(FileScore::matched).sum(),
        scores.stream().mapToInt(FileScore::rowFields).sum(),
        scores.stream().mapToInt(FileScore::rowFieldsCorrect).sum(),
        scores.stream().mapToInt(FileScore::reportFields).sum(),
        scores.stream().mapToInt(FileScore::reportFieldsCorrect).sum(),
        scores.stream().flatMap(s -> tagged(s, s.missedRows).stream()).toList(),
        scores.stream().flatMap(s -> tagged(s, s.spuriousRows).stream()).toList(),
        scores.stream().flatMap(s -> s.mismatches.stream()
            .map(m -> new FieldMismatch(s.file + ": " + m.field(), m.expected(), m.actual()))).toList());
  }

  private static List<String> tagged(FileScore s, List<String> rows) {
    return rows.stream().map(r -> s.file + ": " + r).toList();
  }
}
