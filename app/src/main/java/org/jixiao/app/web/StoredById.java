package org.jixiao.app.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.app.batch.ReportStore;
import org.jixiao.schema.StoredReport;
import org.jspecify.annotations.Nullable;

/** A stored report by its id, and only by a well-formed id: no request names a path. */
final class StoredById {
  private StoredById() {}

  /** A stored report's id: the file's SHA-256 in lower-case hex, and {@code -n} for the n-th report of a file. */
  static boolean isId(String id) {
    int dash = id.indexOf('-');
    String sha = dash < 0 ? id : id.substring(0, dash);
    String part = dash < 0 ? "" : id.substring(dash + 1);
    return sha.length() == 64 && sha.chars().allMatch(c -> Character.digit(c, 16) >= 0 && !Character.isUpperCase(c))
        && (dash < 0 || !part.isEmpty() && part.length() <= 4 && part.chars().allMatch(c -> c >= '0' && c <= '9'));
  }

  /** The whole stored report of {@code id} under {@code data}, or null when there is none. */
  static @Nullable StoredReport load(Path data, String id) throws IOException {
    if (!isId(id)) {
      return null;
    }
    ReportStore store = new ReportStore(data);
    Path f = store.dir().resolve(id + ".json");
    return Files.isRegularFile(f) ? store.load(f) : null;
  }
}
