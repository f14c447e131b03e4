package org.jixiao.solr.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.solr.common.SolrInputDocument;

/**
 * The samples' gold reports (corpus-samples/gold/*.json) as the configset's documents: one block per report, the
 * report at the root and its indicator rows as children "rows", the fields the embedded index gives them
 * (ReportDocuments). Read as plain JSON, so this module needs neither the schema nor the index module.
 */
final class GoldReports {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldReports() {}

  static List<SolrInputDocument> read(Path goldDir) throws IOException {
    try (Stream<Path> files = Files.list(goldDir)) {
      List<SolrInputDocument> docs = new ArrayList<>();
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        docs.add(report(JSON.readTree(f.toFile())));
      }
      return docs;
    }
  }

  /** The report id, as the embedded index gives a report with no file hash: its source file's name. */
  static SolrInputDocument report(JsonNode r) {
    String id = r.get("sourceFile").asText();
    SolrInputDocument doc = identity("report", id, id, r);
    add(doc, "evaluator", text(r, "evaluator"));
    add(doc, "title", text(r, "title"));
    add(doc, "maxScore", number(r, "maxScore"));
    add(doc, "rname", join(" ", text(r, "department"), text(r, "project"), text(r, "title"), text(r, "evaluator")));
    StringBuilder lines = new StringBuilder();
    for (JsonNode s : r.path("sections")) {
      lines.append(s.get("name").asText()).append('\n');
    }
    Set<String> level1 = new LinkedHashSet<>();
    List<SolrInputDocument> rows = new ArrayList<>();
    JsonNode indicators = r.path("indicators");
    for (int i = 0; i < indicators.size(); i++) {
      JsonNode row = indicators.get(i);
      rows.add(row(id, i, r, row));
      lines.append(join(" ", text(row, "level1"), text(row, "level2"), text(row, "level3"), text(row, "target"),
          text(row, "actual"))).append('\n');
      String l1 = text(row, "level1");
      if (l1 != null && !l1.isBlank()) {
        level1.add(l1.strip());
      }
    }
    doc.addField("indicatorCount", indicators.size());
    add(doc, "lines", lines.isEmpty() ? null : lines.toString());
    level1.forEach(l -> doc.addField("level1", l));
    doc.setField("rows", rows);
    return doc;
  }

  private static SolrInputDocument row(String reportId, int index, JsonNode report, JsonNode row) {
    SolrInputDocument doc = identity("row", reportId + "/" + index, reportId, report);
    doc.addField("rowIndex", index);
    for (String f : List.of("goal", "code", "level2", "level3", "target", "actual")) {
      add(doc, f, text(row, f));
    }
    String level1 = text(row, "level1");
    add(doc, "level1", level1 == null || level1.isBlank() ? null : level1.strip());
    Double weight = number(row, "weight");
    Double score = number(row, "score");
    add(doc, "weight", weight);
    add(doc, "score", score);
    add(doc, "scoreRate", weight == null || score == null || weight <= 0 ? null : score / weight);
    add(doc, "name", text(row, "level3"));
    add(doc, "body", join("\n", text(row, "goal"), level1, text(row, "level2"), text(row, "target"),
        text(row, "actual"), text(row, "rule"), text(row, "deviationReason")));
    return doc;
  }

  /** What a report and each of its rows carry: the report's identity, for filters and facets on either. */
  private static SolrInputDocument identity(String type, String id, String reportId, JsonNode r) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.addField("id", id);
    doc.addField("type", type);
    doc.addField("reportId", reportId);
    doc.addField("sourceFile", r.get("sourceFile").asText());
    for (String f : List.of("department", "province", "adminLevel", "reportKind", "grade")) {
      add(doc, f, text(r, f));
    }
    add(doc, "fiscalYear", r.path("fiscalYear").isInt() ? r.get("fiscalYear").asInt() : null);
    add(doc, "totalScore", number(r, "totalScore"));
    add(doc, "executionRate", number(r.path("budget"), "executionRate"));
    return doc;
  }

  /** Adds a field that holds a value (a blank string is none); shared with {@link SyntheticBlocks}. */
  static void add(SolrInputDocument doc, String field, Object value) {
    if (value != null && !(value instanceof String s && s.isBlank())) {
      doc.addField(field, value);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isTextual() ? v.asText() : null;
  }

  private static Double number(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isNumber() ? v.asDouble() : null;
  }

  /** The parts that hold text, joined by {@code sep}; shared with {@link SyntheticBlocks}. */
  static String join(String sep, String... parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      if (p != null && !p.isBlank()) {
        if (!sb.isEmpty()) {
          sb.append(sep);
        }
        sb.append(p);
      }
    }
    return sb.toString();
  }
}
