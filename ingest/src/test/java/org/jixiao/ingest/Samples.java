package org.jixiao.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.schema.Json;

/** Test access to corpus-samples and its gold (system properties set by the parent pom; nothing outside the repo). */
public final class Samples {
  private Samples() {}

  public static Path dir() {
    return Path.of(System.getProperty("jixiao.samples", "../corpus-samples"));
  }

  public static Path file(String name) {
    Path p = dir().resolve(name);
    if (!Files.isRegularFile(p)) {
      throw new IllegalStateException("sample missing: " + p.toAbsolutePath());
    }
    return p;
  }

  public static Path gold() {
    return Path.of(System.getProperty("jixiao.gold", "../corpus-samples/gold"));
  }

  /** The gold level3 names of a stem, in report order. */
  public static List<String> goldLevel3(String stem) throws IOException {
    return goldIndicatorField(stem, "level3");
  }

  /** One field (level1, level3, …) of every gold indicator row of a stem, in report order; null fields are left out. */
  public static List<String> goldIndicatorField(String stem, String field) throws IOException {
    JsonNode gold = Json.mapper().readTree(gold().resolve(stem + ".json").toFile());
    List<String> out = new ArrayList<>();
    for (JsonNode row : gold.get("indicators")) {
      if (row.hasNonNull(field)) {
        out.add(row.get(field).asText());
      }
    }
    return out;
  }

  /** NFKC without any white space: how the gold comparator matches text. */
  public static String norm(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
  }

  /** Every origin cell's text of every table, in reading order (table, row, column). */
  public static List<String> gridCells(ParsedDocument doc) {
    List<String> out = new ArrayList<>();
    for (TableGrid t : doc.tables()) {
      for (GridCell c : t.cells()) {
        out.add(c.text());
      }
    }
    return out;
  }

  /**
   * Finds each wanted text, in order, as part of a later item of {@code haystack}; returns the
   * wanted texts that could not be found in order (empty when all are).
   */
  public static List<String> missingInOrder(List<String> wanted, List<String> haystack) {
    List<String> missing = new ArrayList<>();
    int at = 0;
    for (String w : wanted) {
      String n = norm(w);
      int found = -1;
      for (int i = at; i < haystack.size(); i++) {
        if (norm(haystack.get(i)).contains(n)) {
          found = i;
          break;
        }
      }
      if (found < 0) {
        missing.add(w);
      } else {
        at = found + 1;
      }
    }
    return missing;
  }

  /** A readable dump of a table (for failure messages). */
  public static String dump(TableGrid t) {
    StringBuilder sb = new StringBuilder(t + "\n");
    for (int r = 0; r < t.rows(); r++) {
      sb.append(r).append(": ");
      for (int c = 0; c < t.cols(); c++) {
        String s = t.isOrigin(r, c) ? t.text(r, c).replace('\n', '/') : "^";
        sb.append(s.length() > 14 ? s.substring(0, 14) + "…" : s).append(" | ");
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
