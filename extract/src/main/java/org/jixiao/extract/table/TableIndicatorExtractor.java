package org.jixiao.extract.table;

import org.jixiao.extract.GradeWords;
import org.jixiao.extract.ReportDraft;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;

/** Reads indicator rows, budget score lines, subtotals, totals and grades from every table of a document. */
public final class TableIndicatorExtractor {
  private final HeaderClassifier classifier;
  private final TotalLabels labels;
  private final GradeWords grades;

  public TableIndicatorExtractor(HeaderClassifier classifier, TotalLabels labels, GradeWords grades) {
    this.classifier = classifier;
    this.labels = labels;
    this.grades = grades;
  }

  public static TableIndicatorExtractor standard() {
    return new TableIndicatorExtractor(HeaderClassifier.standard(), TotalLabels.standard(), GradeWords.standard());
  }

  public void extract(ParsedDocument doc, ReportDraft draft) {
    TableContext context = TableContext.NONE;
    for (TableGrid grid : doc.tables()) {
      new BudgetScoreRowReader(grid, draft, classifier).read();
      context = new IndicatorTableReader(grid, draft, classifier, labels, grades, context).read();
    }
  }
}
