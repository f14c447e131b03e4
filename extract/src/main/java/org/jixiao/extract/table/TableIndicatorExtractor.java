package org.jixiao.extract.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.extract.draft.Candidates;
import org.jixiao.extract.draft.GradeWords;
import org.jixiao.extract.draft.IndicatorStrategy;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.extract.draft.RowCandidate;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.ExtractionMethod;

/**
 * The table strategy: reads indicator rows and budget score lines from every table of a document,
 * and reports subtotals, totals and grades to the draft. Each table is read once ({@link
 * TableRows}); a table may continue the one before it across a page break.
 */
public final class TableIndicatorExtractor implements IndicatorStrategy {
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

  @Override
  public ExtractionMethod method() {
    return ExtractionMethod.TABLE;
  }

  @Override
  public Candidates extract(ParsedDocument doc, ReportDraft draft) {
    List<RowCandidate> rows = new ArrayList<>();
    TableContext context = TableContext.NONE;
    CardRecords cards = new CardRecords(classifier, labels, new SummaryRowReader(draft, labels, grades));
    for (TableGrid grid : doc.tables()) {
      TableRows table = TableRows.read(grid, draft, classifier);
      // a project form's scored fund line (年度资金总额 | … | 10 | 9.73) heads its table whatever the rows below are
      List<RowCandidate> fundLines = new ArrayList<>();
      new BudgetScoreRowReader(table, classifier, fundLines::add).read();
      int start = rows.size();
      if (!cards.read(grid, draft, rows::add)) { // a table of indicator cards has no header row to read it by
        Optional<OutlineGroups.Groups> outline = OutlineGroups.above(doc, grid);
        context = new IndicatorTableReader(table, draft, labels, grades, classifier, context, rows::add)
            .captionGroup(CaptionGroup.above(doc, grid).or(() -> outline.map(OutlineGroups.Groups::level1)).orElse(null))
            .outlineLevel2(outline.map(OutlineGroups.Groups::level2).orElse(null)).read();
      }
      List<RowCandidate> read = rows.subList(start, rows.size());
      // a table under its goal's heading ("（一）目标一：…", h532): its rows serve that goal
      Optional<String> goal = read.isEmpty() ? Optional.empty() : CaptionGoal.above(doc, grid);
      if (goal.isPresent()) {
        read.replaceAll(r -> r.row().goal() != null ? r
            : new RowCandidate(r.row().withGoal(goal.get()), r.richness(), r.table(), r.statement()));
      }
      // the fund line printed again as the indicator table's first row (h247): one row, the table's
      rows.addAll(start, fundLines.stream().filter(f -> read.stream().noneMatch(r -> sameRow(f.row(), r.row()))).toList());
    }
    // targets and actuals printed in a table of their own fill the scored rows that print none
    TargetTables targets = TargetTables.read(doc.tables(), draft, classifier);
    return new Candidates(method(), rows.stream().map(targets::fill).toList());
  }

  /** The same indicator: equal names, weights and scores. */
  private static boolean sameRow(org.jixiao.schema.IndicatorRow a, org.jixiao.schema.IndicatorRow b) {
    return org.jixiao.text.name.Names.sameName(a.level3(), b.level3()) && same(a.weight(), b.weight()) && same(a.score(), b.score());
  }

  private static boolean same(java.math.@org.jspecify.annotations.Nullable BigDecimal a, java.math.@org.jspecify.annotations.Nullable BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }
}
