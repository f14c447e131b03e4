package org.jixiao.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.extract.draft.Candidates;
import org.jixiao.extract.draft.GradeWords;
import org.jixiao.extract.draft.IndicatorStrategy;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.extract.budget.BudgetExtractor;
import org.jixiao.extract.part.DocumentPart;
import org.jixiao.extract.part.ReportSegmenter;
import org.jixiao.extract.part.Segmentation;
import org.jixiao.extract.part.SummaryMatch;
import org.jixiao.schema.ReportPart;
import org.jixiao.schema.SummaryLine;
import org.jixiao.text.words.Lexicon;
import org.jixiao.schema.ReportField;
import org.jixiao.text.name.IndicatorKeys;
import org.jixiao.extract.identity.Identity;
import org.jixiao.extract.identity.IdentityExtractor;
import org.jixiao.extract.prose.ProseIndicatorExtractor;
import org.jixiao.extract.table.EnglishGlosses;
import org.jixiao.extract.table.FlatExports;
import org.jixiao.extract.table.FoldedRecords;
import org.jixiao.extract.table.HeaderClassifier;
import org.jixiao.extract.table.RewrittenTables;
import org.jixiao.extract.table.SideBySideTables;
import org.jixiao.extract.table.StackedLines;
import org.jixiao.extract.table.SheetHeadings;
import org.jixiao.extract.table.TransposedTables;
import org.jixiao.extract.table.TableIndicatorExtractor;
import org.jixiao.extract.table.TotalLabels;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.extract.table.ColumnHalves;
import org.jixiao.extract.table.DittoMarks;
import org.jixiao.schema.Budget;
import org.jixiao.schema.Evidence;
import org.jixiao.schema.ExtractionMethod;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.jixiao.schema.Section;
import org.jixiao.schema.WarningCode;
import org.jspecify.annotations.Nullable;

/**
 * The extraction cascade (GROBID's engines per document part): identity → budget → the indicator
 * strategies in order of trust (tables, then prose) → reconciliation (one row per indicator, a
 * later strategy as second source) → sections, total and grade. Each stage only reads the document
 * and writes into a {@link ReportDraft}; this class decides between what they found, as tabula's
 * {@code CommandLineApp} chooses between its {@code ExtractionAlgorithm}s.
 */
public final class ReportExtractor {
  /** How far the sections' scores may be from the total and still add up to it (rounding of printed scores). */
  private static final BigDecimal SUM_TOLERANCE = BigDecimal.valueOf(1, 2);

  private final IdentityExtractor identity;
  private final BudgetExtractor budgets;
  private final List<IndicatorStrategy> strategies;
  private final IndicatorKeys keys;
  private final TableOfContents contents = TableOfContents.standard();
  private final OcrNames ocrNames = OcrNames.standard();
  private final TransposedTables transposed = new TransposedTables(HeaderClassifier.standard());
  private final FoldedRecords folded = new FoldedRecords(HeaderClassifier.standard());
  private final SideBySideTables beside = new SideBySideTables(HeaderClassifier.standard());
  private final ReportSegmenter segmenter;

  /** {@code strategies} in order of trust: the first that finds rows gives them, later ones second statements. */
  public ReportExtractor(IdentityExtractor identity, BudgetExtractor budgets, List<IndicatorStrategy> strategies,
      IndicatorKeys keys) {
    this(identity, budgets, strategies, keys, ReportSegmenter.standard());
  }

  /** As above, with the segmenter that splits a file into its reports. */
  public ReportExtractor(IdentityExtractor identity, BudgetExtractor budgets, List<IndicatorStrategy> strategies,
      IndicatorKeys keys, ReportSegmenter segmenter) {
    this.identity = identity;
    this.budgets = budgets;
    this.strategies = List.copyOf(strategies);
    this.keys = keys;
    this.segmenter = segmenter;
  }

  /** The extractor with the bundled vocabularies. Thread-safe: it holds no per-document state. */
  public static ReportExtractor standard() {
    HeaderClassifier headers = HeaderClassifier.standard(); // one vocabulary for indicator and budget tables
    return new ReportExtractor(IdentityExtractor.standard(), new BudgetExtractor(headers),
        List.of(new TableIndicatorExtractor(headers, TotalLabels.standard(), GradeWords.standard()),
            ProseIndicatorExtractor.standard()),
        IndicatorKeys.load(), new ReportSegmenter(headers, Lexicon.load(ReportSegmenter.class, "part-labels.txt"),
            TotalLabels.standard()));
  }

  /**
   * Every report of a file, in file order: one element for a file holding one report (then {@link
   * Report#part()} is null), else one per project part, each with its {@link ReportPart} (its place,
   * and the line of a 汇总 summary naming the same project). A part that states no year takes the
   * year the whole file states (a cover, an intro naming the finance bureau and year), and one that names no department
   * the department the whole file names.
   */
  public List<Report> extractAll(ParsedDocument read, @Nullable String fileSha256) {
    return extractEach(read, fileSha256).stream().map(Extracted::report).toList();
  }

  /**
   * A report and the text it was read from: its part's, in a file holding several, else the whole file's. {@code checked}
   * is the report in the characters of {@code text}, which the audit reads; it differs from {@code report} only for a
   * document printed in traditional characters, read in simplified ones ({@link TraditionalScript}).
   */
  public record Extracted(Report report, String text, Report checked) {
    public Extracted(Report report, String text) {
      this(report, text, report);
    }
  }

  /** As {@link #extractAll}, each report with the text of its part, which is what its prose is checked against. */
  public List<Extracted> extractEach(ParsedDocument read, @Nullable String fileSha256) {
    ParsedDocument simplified = TraditionalScript.folded(read);
    if (simplified == read) {
      return extractEachIn(read, fileSha256);
    }
    TraditionalScript script = TraditionalScript.between(read, simplified);
    return extractEachIn(simplified, fileSha256).stream()
        .map(e -> new Extracted(script.printed(e.report()), e.text(), e.report())).toList();
  }

  /** Every report of {@code read}, read in the characters it has. */
  private List<Extracted> extractEachIn(ParsedDocument read, @Nullable String fileSha256) {
    ParsedDocument doc = ColumnHalves.joined(OcrCodes.repaired(OcrRateNames.repaired(ocrNames.repaired(
        EnglishGlosses.stripped(SheetHeadings.blanked(read))))));
    Segmentation split = segmenter.split(doc);
    if (!split.several()) {
      return List.of(new Extracted(extract(doc, fileSha256), doc.text()));
    }
    List<Extracted> out = new ArrayList<>();
    Identity shared = null;
    int count = split.parts().size();
    for (int k = 0; k < count; k++) {
      DocumentPart part = split.parts().get(k);
      Report r = extract(part.document(), fileSha256);
      if (r.fiscalYear() == null) {
        shared = shared != null ? shared : identity.extract(doc, ReportDraft.of(doc));
        r = r.withFiscalYear(shared.fiscalYear(), shared.evidence().get(ReportField.fiscalYear));
      }
      if (r.department() == null) {
        // the bureau the whole file names (its title, its 填报单位) for a part that names none of its own (h206)
        shared = shared != null ? shared : identity.extract(doc, ReportDraft.of(doc));
        r = r.withDepartment(shared.department(), shared.adminLevel(), shared.province(), shared.evidence().get(ReportField.department));
      }
      SummaryLine line = SummaryMatch.of(split.summary(), r.project());
      out.add(new Extracted(r.withPart(new ReportPart(k + 1, count, part.firstPage(), part.lastPage(), part.sheet(), part.tables(), line)),
          ownText(doc.text(), part.document().blocks())));
    }
    return List.copyOf(out);
  }

  /**
   * The file's text with only the part's blocks left, every other character a space (line breaks kept): a part's prose
   * is checked without another project's goals and notes, and every offset still points into the file's text.
   */
  static String ownText(String text, List<org.jixiao.ingest.Block> own) {
    char[] out = text.toCharArray();
    boolean[] keep = new boolean[out.length + 1];
    for (org.jixiao.ingest.Block b : own) {
      for (int i = Math.max(0, b.start()); i < Math.min(out.length, b.end()); i++) {
        keep[i] = true;
      }
    }
    for (int i = 0; i < out.length; i++) {
      if (!keep[i] && out[i] != '\n') {
        out[i] = ' ';
      }
    }
    return new String(out);
  }

  /** Extracts one document as one report; {@code fileSha256} is the source file's digest, or null if unknown. */
  public Report extract(ParsedDocument parsed, @Nullable String fileSha256) {
    TableOfContents.Stripped stripped =
        contents.strip(DittoMarks.resolved(ColumnHalves.joined(OcrCodes.repaired(OcrRateNames.repaired(ocrNames.repaired(
            SheetHeadings.blanked(parsed)))))));
    ReportDraft draft = ReportDraft.of(stripped.doc());
    RewrittenTables.Result upright = transposed.upright(stripped.doc());
    RewrittenTables.Result unfolded = folded.unfolded(upright.doc());
    RewrittenTables.Result split = StackedLines.split(unfolded.doc());
    RewrittenTables.Result flat = FlatExports.lifted(split.doc());
    RewrittenTables.Result apart = beside.split(flat.doc());
    ParsedDocument doc = apart.doc();
    draft.rewritten(upright.rewritten());
    draft.rewritten(unfolded.rewritten());
    draft.rewritten(split.rewritten());
    draft.rewritten(flat.rewritten());
    draft.rewritten(apart.rewritten());
    if (stripped.removed() > 0) {
      draft.reject(WarningCode.CONTENTS_SKIPPED, stripped.removed() + " 目录 (table of contents) paragraph(s) skipped", null);
    }
    Identity id = identity.extract(doc, draft);
    Budget budget = budgets.extract(doc, draft);
    List<Candidates> found = strategies.stream().map(s -> s.extract(doc, draft)).toList();
    List<IndicatorRow> rows = RuleCodes.resolved(NoteMarkers.read(GroupRows.toSections(
            WeightNesting.nested(StrategyReconciler.reconcile(found, draft), draft), draft), doc, draft), doc, draft)
        .stream().map(this::withKey).toList();
    ConclusionSections.read(doc, draft, rows);
    Map<ReportField, Evidence> evidence = new HashMap<>(id.evidence());
    Optional<ReportDraft.TotalStatement> total = total(draft, rows);
    total.ifPresent(t -> evidence.put(ReportField.totalScore, new Evidence(t.score().toPlainString(), t.source(), t.method())));
    Optional<ReportDraft.GradeStatement> grade = grade(draft);
    grade.ifPresent(g -> evidence.put(ReportField.grade, new Evidence(g.printed(), g.source(), g.method())));
    return new Report(
        doc.fileName(), id.department(), id.fiscalYear(), id.adminLevel(), id.province(), id.reportKind(),
        id.evaluator(), total.map(ReportDraft.TotalStatement::score).orElse(null),
        total.map(ReportDraft.TotalStatement::weight).orElse(null), grade.map(ReportDraft.GradeStatement::grade).orElse(null),
        budget, SectionMerger.merge(draft.sections(), rows), rows, id.title(), id.publicationDate(), fileSha256,
        doc.format().name(), evidence, draft.diagnostics(),
        id.project(), id.implementingUnit(), null, draft.groupSubtotals());
  }

  private IndicatorRow withKey(IndicatorRow r) {
    return r.withCanonicalKey(keys.keyOf(r.level3()));
  }

  /**
   * The report total: a table's 合计/总分 line with the largest full mark (a section table's total
   * outranks the subtotals of its parts), else the first total stated in prose. A table 合计 whose
   * full mark is below the rows' weights covers part of the report only (the indicator table of a
   * project form whose 资金 line is scored above it, "项目总分：99.81分" printed below): a total
   * stated in prose then stands, its full mark the rows' weights.
   */
  private static Optional<ReportDraft.TotalStatement> total(ReportDraft draft, List<IndicatorRow> rows) {
    Optional<ReportDraft.TotalStatement> table = draft.totals().stream()
        .filter(t -> t.method() == ExtractionMethod.TABLE && t.weight() != null)
        .max(Comparator.comparing(ReportDraft.TotalStatement::weight));
    if (table.isPresent()) {
      BigDecimal weights = rows.stream().map(IndicatorRow::weight).filter(w -> w != null)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      if (weights.compareTo(table.get().weight()) > 0) {
        Optional<ReportDraft.TotalStatement> prose = draft.totals().stream()
            .filter(t -> t.method() != ExtractionMethod.TABLE && t.score().compareTo(table.get().score()) > 0
                && t.score().compareTo(weights) <= 0)
            .findFirst();
        if (prose.isPresent()) {
          var t = prose.get();
          return Optional.of(new ReportDraft.TotalStatement(t.score(), t.weight() != null ? t.weight() : weights, t.source(), t.method()));
        }
      }
      return table.map(t -> adjusted(draft, t));
    }
    return draft.totals().stream().filter(t -> t.method() == ExtractionMethod.TABLE).findFirst()
        .or(() -> draft.totals().stream().findFirst())
        .map(t -> t.weight() != null ? t
            : new ReportDraft.TotalStatement(t.score(), statedFullMark(draft, t.score(), rows), t.source(), t.method()));
  }

  /**
   * The total a table adjusts, printed after it ("合计 | 100 | 88.44" then "折算得分 | 98.72"; "综合得分＝指标得分＋加分＝94.57＋3＝
   * 97.75"), is the score the report states, over the same full mark; else the table's total.
   */
  private static ReportDraft.TotalStatement adjusted(ReportDraft draft, ReportDraft.TotalStatement table) {
    return draft.adjustedTotals().stream()
        .filter(r -> r.score().compareTo(table.weight()) <= 0)
        .findFirst()
        .map(r -> new ReportDraft.TotalStatement(r.score(), table.weight(), r.source(), r.method()))
        .orElse(table);
  }

  /**
   * A total's full mark: stated with a total, else the largest full mark stated alone that the total fits under,
   * else the sum of the 一级 sections' weights when their scores add up to the total (the sections are then the
   * whole report, as in a prose report that states "自评总分为88.5分" and each group's "满分15分，自评得13分"), or
   * when the rows' weights add up to theirs (the scores may be misprinted: the weights still cover the report).
   */
  private static @Nullable BigDecimal statedFullMark(ReportDraft draft, BigDecimal score, List<IndicatorRow> rows) {
    return draft.totals().stream().map(ReportDraft.TotalStatement::weight).filter(w -> w != null).findFirst()
        .or(() -> draft.fullMarks().stream().map(ReportDraft.FullMark::mark).filter(m -> m.compareTo(score) >= 0)
            .max(Comparator.naturalOrder()))
        .or(() -> sectionsWeight(SectionMerger.merge(draft.sections()), score))
        .or(() -> rowsWeight(SectionMerger.merge(draft.sections()), rows, score))
        .orElse(null);
  }

  private static Optional<BigDecimal> sectionsWeight(List<Section> sections, BigDecimal total) {
    if (sections.isEmpty() || sections.stream().anyMatch(s -> s.weight() == null || s.score() == null)) {
      return Optional.empty();
    }
    BigDecimal weight = sections.stream().map(Section::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal scored = sections.stream().map(Section::score).reduce(BigDecimal.ZERO, BigDecimal::add);
    return scored.subtract(total).abs().compareTo(SUM_TOLERANCE) <= 0 && weight.compareTo(total) >= 0
        ? Optional.of(weight) : Optional.empty();
  }

  /** The sections' weights, each stated, when the rows' weights (each stated) add up to the same and the total fits. */
  private static Optional<BigDecimal> rowsWeight(List<Section> sections, List<IndicatorRow> rows, BigDecimal total) {
    if (sections.isEmpty() || rows.isEmpty() || sections.stream().anyMatch(s -> s.weight() == null)
        || rows.stream().anyMatch(r -> r.weight() == null)) {
      return Optional.empty();
    }
    BigDecimal weight = sections.stream().map(Section::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal rowWeights = rows.stream().map(IndicatorRow::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    return rowWeights.subtract(weight).abs().compareTo(SUM_TOLERANCE) <= 0 && weight.compareTo(total) >= 0
        ? Optional.of(weight) : Optional.empty();
  }

  private static Optional<ReportDraft.GradeStatement> grade(ReportDraft draft) {
    return draft.grades().stream().filter(g -> g.method() == ExtractionMethod.TABLE).findFirst()
        .or(() -> draft.grades().stream().findFirst());
  }
}
