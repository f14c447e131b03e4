package org.jixiao.index;

import org.jixiao.text.name.Names;
import static org.jixiao.index.Fields.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Json;
import org.jixiao.schema.ParsedValue;
import org.jixiao.schema.Report;
import org.jspecify.annotations.Nullable;
import org.jixiao.search.Facet;
import org.jixiao.search.IndexedText;

/**
 * Turns one {@link Report} into its Lucene documents: one per indicator row, then the report's own
 * document last (a block: the parent follows its children, as block-join queries require), all
 * carrying the report id and the report's identity fields for filtering.
 */
final class ReportDocuments {
  /** Sorted doc values cannot hold more; longer texts are cut in doc values only, stored whole. */
  private static final int MAX_DOC_VALUE_BYTES = 16_000;

  private final FacetsConfig facets;

  ReportDocuments(FacetsConfig facets) {
    this.facets = facets;
  }

  static String idOf(Report report) {
    return org.jixiao.search.ReportSink.idOf(report);
  }

  List<Document> documents(Report report) throws java.io.IOException {
    String id = idOf(report);
    List<Document> docs = new ArrayList<>(report.indicators().size() + 1);
    List<IndicatorRow> rows = report.indicators();
    for (int i = 0; i < rows.size(); i++) {
      docs.add(facets.build(rowDocument(id, report, i, rows.get(i))));
    }
    docs.add(facets.build(reportDocument(id, report)));
    return docs;
  }

  /**
   * One document per finding of the report, outside its block of rows and report (they are never children of a
   * block join): the report's id and identity for filtering, severity and check as terms and facets, the finding as
   * JSON.
   */
  List<Document> findingDocuments(Report report, List<Finding> findings) throws java.io.IOException {
    String id = idOf(report);
    List<Document> docs = new ArrayList<>(findings.size());
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      Document doc = new Document();
      doc.add(new StringField(TYPE, TYPE_FINDING, Field.Store.NO));
      doc.add(new StringField(REPORT_ID, id, Field.Store.YES));
      doc.add(new SortedDocValuesField(REPORT_ID, new BytesRef(id)));
      doc.add(new NumericDocValuesField(FINDING_ORDER, i));
      keyword(doc, DEPARTMENT, report.department());
      keyword(doc, PROVINCE, report.province());
      if (report.fiscalYear() != null) {
        doc.add(new IntPoint(FISCAL_YEAR, report.fiscalYear()));
        doc.add(new StoredField(FISCAL_YEAR, report.fiscalYear()));
        doc.add(new NumericDocValuesField(FISCAL_YEAR, report.fiscalYear())); // one schema per field across types
      }
      doc.add(new StringField(SEVERITY, f.severity().name(), Field.Store.NO));
      doc.add(new NumericDocValuesField(SEVERITY_RANK, f.severity().ordinal()));
      doc.add(new StringField(CHECK, f.check().jsonName(), Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(SEVERITY_DIM, f.severity().name()));
      doc.add(new SortedSetDocValuesFacetField(CHECK_DIM, f.check().jsonName()));
      doc.add(new StoredField(FINDING_JSON, Json.line(f)));
      docs.add(facets.build(doc));
    }
    return docs;
  }

  private Document reportDocument(String id, Report r) {
    Document doc = new Document();
    doc.add(new StringField(TYPE, TYPE_REPORT, Field.Store.NO));
    identity(doc, id, r);
    String same = org.jixiao.schema.SameReport.key(r);
    if (same != null) {
      doc.add(new SortedDocValuesField(RENDERING_KEY, new BytesRef(same)));
    }
    storeIfPresent(doc, EVALUATOR, r.evaluator());
    storeIfPresent(doc, TITLE, r.title());
    number(doc, MAX_SCORE, r.maxScore(), false);
    doc.add(new StoredField(INDICATOR_COUNT, r.indicators().size()));
    String name = IndexedText.reportName(r);
    text(doc, REPORT_NAME, name, false);
    text(doc, REPORT_NAME_BI, name, true);
    String lines = IndexedText.lines(r); // one line per row: the highlighter cuts passages at line ends
    if (!lines.isEmpty()) {
      doc.add(new StoredField(LINES, lines));
    }
    IndexedText.groups(r).forEach(l -> doc.add(new SortedSetDocValuesFacetField(Facet.LEVEL1.dim(), l)));
    return doc;
  }

  private Document rowDocument(String id, Report r, int index, IndicatorRow row) {
    Document doc = new Document();
    doc.add(new StringField(TYPE, TYPE_ROW, Field.Store.NO));
    identity(doc, id, r);
    doc.add(new StoredField(ROW_INDEX, index));
    storeIfPresent(doc, GOAL, row.goal());
    storeIfPresent(doc, CODE, row.code());
    storeIfPresent(doc, LEVEL1, row.level1());
    storeIfPresent(doc, LEVEL2, row.level2());
    binary(doc, LEVEL3, row.level3());
    binary(doc, TARGET, row.target());
    binary(doc, ACTUAL, row.actual());
    storeIfPresent(doc, TARGET, row.target());
    storeIfPresent(doc, ACTUAL, row.actual());
    if (row.canonicalKey() != null && !row.canonicalKey().isBlank()) {
      doc.add(new StringField(CANONICAL_KEY, cut(Names.key(row.canonicalKey())), Field.Store.NO));
      doc.add(new StoredField(CANONICAL_KEY, row.canonicalKey()));
    }
    doc.add(new StringField(NAME_KEY, cut(Names.key(row.level3())), Field.Store.NO));
    number(doc, WEIGHT, row.weight(), true);
    number(doc, SCORE, row.score(), true);
    number(doc, SCORE_RATE, IndexedText.scoreRate(row), true);
    number(doc, TARGET_MAGNITUDE, magnitude(row.targetValue()), true);
    number(doc, ACTUAL_MAGNITUDE, magnitude(row.actualValue()), true);
    text(doc, NAME, row.level3(), false);
    text(doc, NAME_BI, row.level3(), true);
    // one value, parts on lines: a field instance per part costs more than the part's tokens
    String body = IndexedText.body(row);
    text(doc, BODY, body, false);
    text(doc, BODY_BI, body, false);
    String group = IndexedText.group(row);
    if (group != null) {
      doc.add(new SortedSetDocValuesFacetField(Facet.LEVEL1.dim(), group));
    }
    return doc;
  }

  private static @Nullable BigDecimal magnitude(@Nullable ParsedValue value) {
    return value == null ? null : value.magnitude();
  }

  private static void identity(Document doc, String id, Report r) {
    doc.add(new StringField(REPORT_ID, id, Field.Store.YES));
    doc.add(new SortedDocValuesField(REPORT_ID, new BytesRef(id)));
    doc.add(new StoredField(SOURCE_FILE, r.sourceFile()));
    keyword(doc, DEPARTMENT, r.department());
    if (r.department() != null && !r.department().isBlank()) {
      doc.add(new SortedDocValuesField(DEPARTMENT_ORDER, Comparisons.collationKey(cut(r.department()))));
    }
    keyword(doc, PROVINCE, r.province());
    keyword(doc, ADMIN_LEVEL, r.adminLevel() == null ? null : r.adminLevel().name());
    keyword(doc, REPORT_KIND, r.reportKind() == null ? null : r.reportKind().name());
    keyword(doc, GRADE, r.grade() == null ? null : r.grade().symbol());
    if (r.fiscalYear() != null) {
      doc.add(new IntPoint(FISCAL_YEAR, r.fiscalYear()));
      doc.add(new StoredField(FISCAL_YEAR, r.fiscalYear()));
      doc.add(new NumericDocValuesField(FISCAL_YEAR, r.fiscalYear()));
      doc.add(new SortedSetDocValuesFacetField(Facet.YEAR.dim(), r.fiscalYear().toString()));
    }
    number(doc, TOTAL_SCORE, r.totalScore(), true);
    number(doc, EXECUTION_RATE, r.budget() == null ? null : r.budget().executionRate(), true);
    facet(doc, Facet.PROVINCE, r.province());
    facet(doc, Facet.LEVEL, r.adminLevel() == null ? null : r.adminLevel().name());
    facet(doc, Facet.GRADE, r.grade() == null ? null : r.grade().symbol());
    facet(doc, Facet.KIND, r.reportKind() == null ? null : r.reportKind().name());
  }

  private static void keyword(Document doc, String field, @Nullable String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    // terms are capped (Lucene refuses a term over 32 KB): a pathological value is cut for matching, stored whole
    doc.add(new StringField(field, cut(value), Field.Store.NO));
    doc.add(new StoredField(field, value));
    doc.add(new SortedDocValuesField(field, new BytesRef(cut(value))));
  }

  private static void facet(Document doc, Facet facet, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new SortedSetDocValuesFacetField(facet.dim(), cut(value.strip())));
    }
  }

  private static void storeIfPresent(Document doc, String field, @Nullable String value) {
    if (value != null) {
      doc.add(new StoredField(field, value));
    }
  }

  private static void binary(Document doc, String field, @Nullable String value) {
    if (value != null) {
      doc.add(new BinaryDocValuesField(field, new BytesRef(value)));
    }
  }

  /** A number: range-searchable (point), stored as its exact text, and optionally in doc values. */
  private static void number(Document doc, String field, @Nullable BigDecimal value, boolean docValues) {
    if (value == null) {
      return;
    }
    double d = value.doubleValue();
    doc.add(new DoublePoint(field, d));
    doc.add(new StoredField(field, value.toPlainString()));
    if (docValues) {
      doc.add(new DoubleDocValuesField(field, d));
    }
  }

  private static void text(Document doc, String field, @Nullable String value, boolean stored) {
    if (value != null && !value.isBlank()) {
      doc.add(new TextField(field, value, stored ? Field.Store.YES : Field.Store.NO));
    }
  }

  private static String cut(String value) {
    BytesRef bytes = new BytesRef(value);
    if (bytes.length <= MAX_DOC_VALUE_BYTES) {
      return value;
    }
    return value.substring(0, MAX_DOC_VALUE_BYTES / 3);
  }
}
