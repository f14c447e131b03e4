package org.jixiao.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jixiao.schema.Json;
import org.jixiao.schema.StoredReport;
import org.jspecify.annotations.Nullable;

/** A file given to a verb that is one of import's stored reports ({@code DATA/reports/<id>.json}), not a document. */
final class StoredReports {
  /** Larger JSON files are not taken for stored reports (a stored report of a large file is some 100 KB). */
  private static final long MAX_BYTES = 64L << 20;

  private StoredReports() {}

  /** The stored report in {@code file}, or null when the file is not one (then it is read as a document). */
  static @Nullable StoredReport read(Path file) {
    if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
      return null;
    }
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
        return null;
      }
      JsonNode node = Json.read(file, JsonNode.class);
      if (!node.isObject() || !node.has("report") || !node.has("findings") || !node.has("sourcePath")) {
        return null;
      }
      return Json.mapper().treeToValue(node, StoredReport.class); // the tree already read, not the file again
    } catch (IOException | RuntimeException e) {
      return null; // not JSON, or JSON of another shape: the document reader says what it is
    }
  }
}
