package org.jixiao.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.schema.Json;
import org.jixiao.schema.Report;

/**
 * A directory of gold reports, {@code <stem>.json}, where the stem is a file name up to its first
 * dot. A gold file holds one report object, or an array of the reports a file holds, in the order
 * the file prints them.
 */
public record GoldSet(Path dir) {
  public static String stem(String fileName) {
    int dot = fileName.indexOf('.');
    return dot < 0 ? fileName : fileName.substring(0, dot);
  }

  /** The gold reports of {@code fileName}, in file order; empty when there is no gold file. */
  public Optional<List<Report>> goldFor(String fileName) throws IOException {
    Path p = dir.resolve(stem(fileName) + ".json");
    if (!Files.isRegularFile(p)) {
      return Optional.empty();
    }
    JsonNode tree = Json.mapper().readTree(p.toFile());
    List<Report> reports = new ArrayList<>();
    if (tree.isArray()) {
      for (JsonNode n : tree) {
        reports.add(Json.mapper().treeToValue(n, Report.class));
      }
    } else {
      reports.add(Json.mapper().treeToValue(tree, Report.class));
    }
    return Optional.of(List.copyOf(reports));
  }
}
