package org.jixiao.ingest.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.DocumentBuilder;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.FormatReader;
import org.jixiao.ingest.GridBuilder;
import org.jixiao.ingest.IngestException;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.internal.FileBytes;
import org.jixiao.schema.WarningCode;

/**
 * Reads a dataset downloaded as JSON from an open-data platform (数据开放平台, h378): one flat record per indicator,
 * its fields coded (YJZB, NDZBZ, DF) and named in a column dictionary beside the records ({"name": "YJZB",
 * "comment": "一级指标"}). The records are the largest array of flat objects; a field with the same value in every
 * record (the department, the year, the budget, the total, the grade) is printed once above the table as "name：value",
 * as a form's head lines; the others are the table, headed by their names. Long texts elsewhere in the envelope (the
 * dataset's name and description) are paragraphs before it.
 */
public final class JsonDatasetReader implements FormatReader {
  /** Keys a column dictionary names a field by, and keys it gives the field's name in. */
  private static final List<String> CODE_KEYS = List.of("name", "field", "code", "column", "key", "columnName", "fieldName");
  private static final List<String> LABEL_KEYS = List.of("comment", "label", "title", "cnName", "desc", "description",
      "columnComment", "fieldComment", "displayName");
  /** A text in the envelope with fewer Han characters is a status or a code ("操作成功"), not the dataset's name. */
  private static final int MIN_HAN = 8;
  private static final int MAX_DEPTH = 64;

  @Override
  public Set<DocFormat> formats() {
    return Set.of(DocFormat.JSON);
  }

  @Override
  public ParsedDocument read(Path file, DocFormat format, Limits limits) throws IngestException {
    String name = String.valueOf(file.getFileName());
    JsonNode root;
    try {
      ObjectMapper mapper = new ObjectMapper();
      mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
      mapper.configure(JsonParser.Feature.ALLOW_COMMENTS, true);
      root = mapper.readTree(FileBytes.read(file, limits));
    } catch (IOException | RuntimeException e) {
      throw new IngestException(FailureKind.CORRUPT, "cannot parse JSON: " + e.getMessage(), e);
    }
    List<JsonNode> arrays = new ArrayList<>();
    collect(root, arrays, 0);
    JsonNode records = arrays.stream().filter(a -> flatRecords(a) && !isDictionary(a))
        .max(java.util.Comparator.comparingInt(JsonNode::size)).orElse(null);
    if (records == null) {
      throw new IngestException(FailureKind.UNSUPPORTED_FORMAT, "JSON without an array of records (not a dataset's table)");
    }
    Map<String, String> labels = new LinkedHashMap<>();
    for (JsonNode array : arrays) {
      dictionary(array, labels);
    }
    DocumentBuilder doc = new DocumentBuilder(name, DocFormat.JSON, limits);
    texts(root, records, doc, 0);
    java.util.Set<String> seen = new java.util.LinkedHashSet<>();
    records.forEach(r -> r.fieldNames().forEachRemaining(seen::add));
    List<String> fields = List.copyOf(seen);
    // the record's own fields are the run from the first to the last field that varies (an identifier aside): a
    // field the same in every record outside that run belongs to the whole, inside it to each row (分值 10 on each)
    int from = -1;
    int to = -1;
    for (int i = 0; i < fields.size(); i++) {
      if (!constant(records, fields.get(i)) && !identifier(records, fields.get(i))) {
        from = from < 0 ? i : from;
        to = i;
      }
    }
    List<String> varying = new ArrayList<>();
    GridBuilder head = new GridBuilder();
    for (int i = 0; i < fields.size(); i++) {
      String f = fields.get(i);
      String value = text(records.get(0).get(f));
      if ((i < from || i > to) && constant(records, f)) {
        if (!value.isBlank()) {
          head.cell(head.rows(), 0, 1, 1, labels.getOrDefault(f, f), null);
          head.cell(head.rows() - 1, 1, 1, 1, value, null);
        }
      } else {
        varying.add(f);
      }
    }
    doc.table(head);
    GridBuilder grid = new GridBuilder();
    for (int c = 0; c < varying.size(); c++) {
      grid.cell(0, c, 1, 1, labels.getOrDefault(varying.get(c), varying.get(c)), null);
    }
    for (int r = 0; r < records.size(); r++) {
      for (int c = 0; c < varying.size(); c++) {
        grid.cell(r + 1, c, 1, 1, text(records.get(r).get(varying.get(c))), null);
      }
    }
    doc.table(grid);
    if (!labels.isEmpty()) {
      doc.warn(WarningCode.CODED_FIELDS_NAMED, labels.size() + " coded field(s) named by the dataset's column dictionary", null);
    }
    return doc.build();
  }

  /** Whether every record holds the same value in {@code field}. */
  private static boolean constant(JsonNode records, String field) {
    String first = text(records.get(0).get(field));
    for (JsonNode r : records) {
      if (!text(r.get(field)).equals(first)) {
        return false;
      }
    }
    return true;
  }

  /** A record's identifier: a value in every record, each different, a serial number or a long hex key. */
  private static boolean identifier(JsonNode records, String field) {
    Set<String> seen = new java.util.HashSet<>();
    for (JsonNode r : records) {
      String v = text(r.get(field));
      if (!seen.add(v) || !v.matches("\\d{1,6}|[0-9a-fA-F-]{16,}")) {
        return false;
      }
    }
    return true;
  }

  /** Every array in the tree, depth first. */
  private static void collect(JsonNode node, List<JsonNode> out, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    if (node.isArray()) {
      out.add(node);
    }
    node.forEach(child -> collect(child, out, depth + 1));
  }

  /** An array of two or more objects whose values are all scalars: the records of a table. */
  private static boolean flatRecords(JsonNode array) {
    if (array.size() < 2) {
      return false;
    }
    for (JsonNode r : array) {
      if (!r.isObject()) {
        return false;
      }
      for (JsonNode v : r) {
        if (v.isContainerNode()) {
          return false;
        }
      }
    }
    return true;
  }

  /** A column dictionary's entries (a code and its name) into {@code labels}. */
  private static void dictionary(JsonNode array, Map<String, String> labels) {
    for (JsonNode entry : array) {
      String code = first(entry, CODE_KEYS);
      String label = first(entry, LABEL_KEYS);
      if (code != null && label != null && !code.equals(label) && label.codePoints().anyMatch(JsonDatasetReader::han)) {
        labels.putIfAbsent(code, label);
      }
    }
  }

  private static String first(JsonNode entry, List<String> keys) {
    for (String k : keys) {
      JsonNode v = entry.get(k);
      if (v != null && v.isTextual() && !v.asText().isBlank()) {
        return v.asText().strip();
      }
    }
    return null;
  }

  /** The envelope's long texts outside the records and the dictionary, in document order. */
  private static void texts(JsonNode node, JsonNode records, DocumentBuilder doc, int depth) throws IngestException {
    if (node == records || depth > MAX_DEPTH) {
      return;
    }
    if (node.isTextual() && node.asText().codePoints().filter(JsonDatasetReader::han).count() >= MIN_HAN) {
      doc.paragraph(node.asText(), 0, null);
    } else if (node.isObject() || node.isArray() && !isDictionary(node)) {
      for (JsonNode child : node) {
        texts(child, records, doc, depth + 1);
      }
    }
  }

  private static boolean isDictionary(JsonNode array) {
    return array.size() > 0 && array.get(0).isObject() && first(array.get(0), CODE_KEYS) != null
        && first(array.get(0), LABEL_KEYS) != null;
  }

  /** A value as printed: a number in plain digits (64637150.0, not 6.463715E7), null as nothing. */
  private static String text(JsonNode v) {
    if (v == null || v.isNull()) {
      return "";
    }
    return v.isNumber() ? v.decimalValue().toPlainString() : v.asText().strip();
  }

  private static boolean han(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }
}
