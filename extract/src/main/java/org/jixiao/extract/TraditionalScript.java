package org.jixiao.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.ingest.Block;
import org.jixiao.ingest.GridCell;
import org.jixiao.ingest.Paragraph;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.Diagnostic;
import org.jixiao.schema.Evidence;
import org.jixiao.schema.GroupSubtotal;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.ParsedValue;
import org.jixiao.schema.Report;
import org.jixiao.schema.ReportField;
import org.jixiao.schema.Section;
import org.jixiao.schema.WarningCode;
import org.jixiao.text.words.TraditionalChars;
import org.jspecify.annotations.Nullable;

/**
 * A document printed in traditional characters (a portal page saved after its 繁體 switch, h347) is read in simplified
 * ones, so that every vocabulary (headers, level names, labels, grades) applies; the report then gets its words back as
 * printed. Conversion is character by character ({@link TraditionalChars}), so the folded text has the original's
 * length and a value read from it is found at the same place in the original.
 */
final class TraditionalScript {
  /** A text is traditional when this share of its Chinese characters, at least, has another simplified form. */
  private static final double MIN_SHARE = 0.08;
  /** And at least this many characters: a simplified text may print a few (乾隆, a quoted name). */
  private static final int MIN_CHARS = 20;
  /** What the document's warning and the report's diagnostic say. */
  private static final String NOTE = "正文为繁体字：按简体字识别，所取文字仍照原文；核查结果中的引文为简体";

  private final String original;
  private final String folded;

  private TraditionalScript(String original, String folded) {
    this.original = original;
    this.folded = folded;
  }

  /** Whether {@code doc}'s text is printed in traditional characters. */
  static boolean traditional(ParsedDocument doc) {
    String text = doc.text();
    long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    int traditional = han == 0 ? 0 : TraditionalChars.traditional(text);
    return traditional >= MIN_CHARS && traditional >= MIN_SHARE * han;
  }

  /** The document in simplified characters, with a warning saying so; the same document when it is not traditional. */
  static ParsedDocument folded(ParsedDocument doc) {
    if (!traditional(doc)) {
      return doc;
    }
    List<Block> blocks = new ArrayList<>(doc.blocks().size());
    for (Block b : doc.blocks()) {
      blocks.add(switch (b) {
        case Paragraph p -> new Paragraph(p.index(), fold(p.text()), p.headingLevel(), p.page(), p.start(), p.end());
        case TableGrid t -> new TableGrid(t.index(), t.tableIndex(), t.rows(), t.cols(),
            t.cells().stream().map(c -> new GridCell(c.row(), c.col(), c.rowSpan(), c.colSpan(), fold(c.text()), c.page(),
                c.ocr(), c.box())).toList(), t.page(), t.start(), t.end(), t.method(), t.sheet());
      });
    }
    Map<String, String> metadata = new HashMap<>();
    doc.metadata().forEach((k, v) -> metadata.put(k, fold(v)));
    return new ParsedDocument(doc.fileName(), doc.format(), blocks, fold(doc.text()), metadata, doc.warnings(),
        doc.pageCount()).withWarning(WarningCode.TRADITIONAL_SCRIPT, NOTE);
  }


  private static String fold(String s) {
    return TraditionalChars.simplified(s);
  }

  /** What gives a report read from {@code folded} its printed words back from {@code original}. */
  static TraditionalScript between(ParsedDocument original, ParsedDocument folded) {
    return new TraditionalScript(original.text(), folded.text());
  }

  /** {@code r} with its words as {@link #original} prints them. */
  Report printed(Report r) {
    List<IndicatorRow> rows = r.indicators().stream().map(this::printed).toList();
    List<Section> sections = r.sections().stream()
        .map(s -> new Section(printed(s.name()), s.weight(), s.score(), s.source(), s.method())).toList();
    Map<ReportField, Evidence> evidence = new HashMap<>();
    r.evidence().forEach((k, e) -> evidence.put(k, new Evidence(printed(e.text()), e.source(), e.method())));
    List<Diagnostic> diagnostics = new ArrayList<>(r.diagnostics());
    diagnostics.add(new Diagnostic(WarningCode.TRADITIONAL_SCRIPT, NOTE, null));
    return new Report(r.sourceFile(), printed(r.department()), r.fiscalYear(), r.adminLevel(), r.province(),
        r.reportKind(), printed(r.evaluator()), r.totalScore(), r.maxScore(), r.grade(), r.budget(), sections, rows,
        printed(r.title()), r.publicationDate(), r.fileSha256(), r.format(), evidence, diagnostics,
        printed(r.project()), printed(r.implementingUnit()), r.part(), r.groupSubtotals().stream()
        .map(g -> new GroupSubtotal(printed(g.level1()), printed(g.level2()), g.weight(), g.score(), g.source(), g.method()))
        .toList());
  }

  private IndicatorRow printed(IndicatorRow x) {
    return new IndicatorRow(printed(x.goal()), x.code(), printed(x.level1()), printed(x.level2()), printed(x.level3()),
        printed(x.target()), printed(x.actual()), x.weight(), x.score(), printed(x.targetValue()), printed(x.actualValue()),
        printed(x.rule()), printed(x.deviationReason()), x.canonicalKey(), x.source(), x.method(), x.sources(),
        x.alternates());
  }

  private @Nullable ParsedValue printed(@Nullable ParsedValue v) {
    return v == null ? null : new ParsedValue(v.kind(), printed(v.text()), v.comparator(), v.number(), v.scale(), v.unit());
  }

  /**
   * The words {@code s} stands for in the original: where the folded text holds it, the original's characters there; a
   * value the extractor put together (blanks removed, parts joined) is not found and stays as read.
   */
  private @Nullable String printed(@Nullable String s) {
    int at = s == null || s.isEmpty() ? -1 : folded.indexOf(s);
    return at < 0 ? s : original.substring(at, at + s.length());
  }
}
