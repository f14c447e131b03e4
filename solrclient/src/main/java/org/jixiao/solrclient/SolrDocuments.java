package org.jixiao.solrclient;

import static org.jixiao.solrclient.SolrFields.*;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.common.SolrInputDocument;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Json;
import org.jixiao.schema.ParsedValue;
import org.jixiao.schema.Report;
import org.jixiao.schema.SameReport;
import org.jixiao.schema.StoredReport;
import org.jixiao.search.IndexedText;
import org.jixiao.search.ReportSink;
import org.jixiao.text.name.Names;
import org.jspecify.annotations.Nullable;

/**
 * 文档块: one report as the configset's block of nested documents — the report at the root ({@code id} = the report
 * id), its indicator rows as children {@code rows} ({@code id/n}) and its audit findings as children {@code findings}
 * ({@code id/fn}), each carrying the report's identity for filters and facets. The fields are the embedded index's
 * ({@code ReportDocuments}); the comparison keys are made here with the text module's normalization, so Solr needs
 * no jixiao code for them. Sending the block again under the same id replaces all of it.
 */
public final class SolrDocuments {
  /** Solr refuses a term over 32 KB; a longer value is cut where it is indexed, as the embedded index cuts it. */
  private static final int MAX_TERM_BYTES = 16_000;

  private SolrDocuments() {}

  /** The report's block: the root document, its rows and findings as children. */
  public static SolrInputDocument block(Report report, List<Finding> findings) {
    String id = ReportSink.idOf(report);
    SolrInputDocument doc = identity(REPORT, id, id, report);
    add(doc, RENDERING_KEY, SameReport.key(report));
    add(doc, EVALUATOR, report.evaluator());
    add(doc, TITLE, report.title());
    add(doc, MAX_SCORE, number(report.maxScore()));
    doc.addField(INDICATOR_COUNT, report.indicators().size());
    add(doc, REPORT_NAME, IndexedText.reportName(report));
    add(doc, LINES, IndexedText.lines(report));
    IndexedText.groups(report).forEach(l -> doc.addField(LEVEL1, cut(l)));
    List<SolrInputDocument> rows = new ArrayList<>(report.indicators().size());
    for (int i = 0; i < report.indicators().size(); i++) {
      rows.add(row(id, i, report, report.indicators().get(i)));
    }
    if (!rows.isEmpty()) {
      doc.setField(ROWS, rows);
    }
    List<SolrInputDocument> found = new ArrayList<>(findings.size());
    for (int i = 0; i < findings.size(); i++) {
      found.add(finding(id, i, report, findings.get(i)));
    }
    if (!found.isEmpty()) {
      doc.setField(FINDINGS, found);
    }
    return doc;
  }

  /** The block of import's stored entry: {@link #block(Report, List)} with the entry itself kept on the root. */
  public static SolrInputDocument block(StoredReport entry) {
    SolrInputDocument doc = block(entry.report(), entry.findings());
    doc.addField(STORED_JSON, Json.line(entry));
    return doc;
  }

  /** How many documents a block holds: the report, its rows and its findings. */
  static int size(SolrInputDocument block) {
    int n = 1;
    for (String relation : List.of(ROWS, FINDINGS)) {
      java.util.Collection<Object> children = block.getFieldValues(relation);
      n += children == null ? 0 : children.size();
    }
    return n;
  }

  private static SolrInputDocument row(String reportId, int index, Report report, IndicatorRow row) {
    SolrInputDocument doc = identity(ROW, reportId + "/" + index, reportId, report);
    doc.addField(ROW_INDEX, index);
    add(doc, GOAL, row.goal());
    add(doc, CODE, row.code());
    add(doc, LEVEL1, cut(IndexedText.group(row)));
    add(doc, LEVEL2, cut(row.level2()));
    add(doc, LEVEL3, row.level3());
    add(doc, TARGET, row.target());
    add(doc, ACTUAL, row.actual());
    if (row.canonicalKey() != null && !row.canonicalKey().isBlank()) {
      add(doc, CANONICAL_KEY, cut(Names.key(row.canonicalKey())));
    }
    add(doc, NAME_KEY, cut(Names.key(row.level3())));
    add(doc, WEIGHT, number(row.weight()));
    add(doc, ROW_SCORE, number(row.score()));
    add(doc, SCORE_RATE, number(IndexedText.scoreRate(row)));
    add(doc, TARGET_MAGNITUDE, number(magnitude(row.targetValue())));
    add(doc, ACTUAL_MAGNITUDE, number(magnitude(row.actualValue())));
    add(doc, NAME, row.level3());
    add(doc, BODY, IndexedText.body(row)); // one value, parts on lines, as the embedded index keeps it
    return doc;
  }

  private static SolrInputDocument finding(String reportId, int index, Report report, Finding f) {
    SolrInputDocument doc = identity(FINDING, reportId + "/f" + index, reportId, report);
    doc.addField(FINDING_ORDER, index);
    doc.addField(SEVERITY, f.severity().name());
    doc.addField(SEVERITY_RANK, f.severity().ordinal());
    doc.addField(CHECK, f.check().jsonName());
    doc.addField(FINDING_JSON, Json.line(f));
    return doc;
  }

  /** What every document of a block carries: the report's identity, for filters and facets on any of them. */
  private static SolrInputDocument identity(String type, String id, String reportId, Report r) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.addField(ID, id);
    doc.addField(TYPE, type);
    doc.addField(REPORT_ID, reportId);
    doc.addField(SOURCE_FILE, r.sourceFile());
    add(doc, DEPARTMENT, cut(r.department()));
    add(doc, PROVINCE, cut(r.province()));
    add(doc, ADMIN_LEVEL, r.adminLevel() == null ? null : r.adminLevel().name());
    add(doc, REPORT_KIND, r.reportKind() == null ? null : r.reportKind().name());
    add(doc, GRADE, r.grade() == null ? null : r.grade().symbol());
    add(doc, FISCAL_YEAR, r.fiscalYear());
    add(doc, TOTAL_SCORE, number(r.totalScore()));
    add(doc, EXECUTION_RATE, number(r.budget() == null ? null : r.budget().executionRate()));
    return doc;
  }

  private static @Nullable BigDecimal magnitude(@Nullable ParsedValue value) {
    return value == null ? null : value.magnitude();
  }

  private static @Nullable Double number(@Nullable BigDecimal value) {
    return value == null ? null : value.doubleValue();
  }

  /** Adds a field that holds a value (a blank string is none). */
  static void add(SolrInputDocument doc, String field, @Nullable Object value) {
    if (value != null && !(value instanceof String s && s.isBlank())) {
      doc.addField(field, value);
    }
  }

  private static @Nullable String cut(@Nullable String value) {
    if (value == null || value.getBytes(StandardCharsets.UTF_8).length <= MAX_TERM_BYTES) {
      return value;
    }
    return value.substring(0, MAX_TERM_BYTES / 3);
  }
}
