package org.jixiao.ingest.office;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.ingest.TableGrid;
import org.jixiao.schema.Json;

/** Test support: where the samples and gold are, and how to compare grid text with gold names. */
public final class OfficeSamples {
  private OfficeSamples() {}

  public static Path sample(String name) {
    Path p = Path.of(System.getProperty("jixiao.samples", "../corpus-samples")).resolve(name);
    if (!Files.isRegularFile(p)) {
      throw new IllegalStateException("sample missing: " + p.toAbsolutePath());
    }
    return p;
  }

  /** The gold 三级指标 names of a stem, in gold order. */
  public static List<String> goldLevel3(String stem) throws IOException {
    Path gold = Path.of(System.getProperty("jixiao.gold", "../corpus-samples/gold")).resolve(stem + ".json");
    JsonNode root = Json.mapper().readTree(gold.toFile());
    List<String> out = new ArrayList<>();
    for (JsonNode row : root.path("indicators")) {
      out.add(row.path("level3").asText());
    }
    return out;
  }

  /** NFKC with all whitespace removed, so "年度 绩效" and "年度绩效" compare equal. */
  public static String norm(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
  }

  /** Every origin cell's normalized text, table by table, row-major. */
  public static List<String> gridTexts(ParsedDocument doc) {
    List<String> out = new ArrayList<>();
    for (TableGrid t : doc.tables()) {
      for (int r = 0; r < t.rows(); r++) {
        for (int c = 0; c < t.cols(); c++) {
          if (t.isOrigin(r, c)) {
            out.add(norm(t.text(r, c)));
          }
        }
      }
    }
    return out;
  }

  /** The gold names not found in grid cells (as the cell or inside it) in gold order (empty when all are there, in order). */
  public static List<String> missingInOrder(List<String> gold, List<String> cells) {
    List<String> missing = new ArrayList<>();
    int at = 0;
    for (String name : gold) {
      String n = norm(name);
      int found = -1;
      for (int i = at; i < cells.size(); i++) {
        if (cells.get(i).contains(n)) { // cells may carry a code ("A11部门职能明确性") or a unit
          found = i;
          break;
        }
      }
      if (found < 0) {
        missing.add(name);
      } else {
        at = found + 1;
      }
    }
    return missing;
  }
}
