package org.jixiao.app.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.app.batch.ReportStore;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Report;
import org.jixiao.schema.StoredReport;
import org.jspecify.annotations.Nullable;

/**
 * 报告目录: what the pages need of every stored report without reading it again per request: its identity, total,
 * grade and findings. Built from {@code DATA/reports}; {@link #refreshed} reads again only the entries whose file
 * changed, so a page after an import costs the new reports, not all of them.
 */
final class Catalog {
  /** A stored report's id: the file's SHA-256 in lower-case hex, and {@code -n} for the n-th report of a file. */
  static boolean isId(String id) {
    int dash = id.indexOf('-');
    String sha = dash < 0 ? id : id.substring(0, dash);
    String part = dash < 0 ? "" : id.substring(dash + 1);
    return sha.length() == 64 && sha.chars().allMatch(c -> Character.digit(c, 16) >= 0 && !Character.isUpperCase(c))
        && (dash < 0 || !part.isEmpty() && part.length() <= 4 && part.chars().allMatch(c -> c >= '0' && c <= '9'));
  }

  /** One stored report as the lists show it; {@code report} keeps no indicator rows (the report page reads them). */
  record Entry(String id, Report report, List<Finding> findings, String sourcePath, String importedAt, FileTime modified) {}

  private final ReportStore store;
  private final Map<String, Entry> byId;
  private final List<String> unreadable;

  private Catalog(ReportStore store, Map<String, Entry> byId, List<String> unreadable) {
    this.store = store;
    this.byId = byId;
    this.unreadable = List.copyOf(unreadable);
  }

  static Catalog empty(Path data) {
    return new Catalog(new ReportStore(data), Map.of(), List.of());
  }

  /** The catalog now: entries of unchanged files are kept, the rest read. */
  Catalog refreshed() throws IOException {
    Map<String, Entry> next = new LinkedHashMap<>();
    List<String> bad = new ArrayList<>();
    for (Path f : store.files()) {
      String id = f.getFileName().toString().replaceFirst("\\.json$", "");
      if (!isId(id)) {
        continue;
      }
      FileTime modified = Files.getLastModifiedTime(f);
      Entry was = byId.get(id);
      if (was != null && was.modified().equals(modified)) {
        next.put(id, was);
        continue;
      }
      try {
        StoredReport s = store.load(f);
        next.put(id, new Entry(id, s.report().withIndicators(List.of()), s.findings(), s.sourcePath(), s.importedAt(), modified));
      } catch (IOException | RuntimeException e) {
        bad.add(id + ": " + e.getMessage()); // one broken entry never hides the others
      }
    }
    return new Catalog(store, next, bad);
  }

  List<Entry> entries() {
    return List.copyOf(byId.values());
  }

  @Nullable Entry get(String id) {
    return byId.get(id);
  }

  int size() {
    return byId.size();
  }

  /** Entries that could not be read, each "id: reason". */
  List<String> unreadable() {
    return unreadable;
  }

  /** The whole stored report of {@code id}, rows and all; null when there is none. */
  @Nullable StoredReport load(String id) throws IOException {
    if (!isId(id)) {
      return null;
    }
    Path f = store.dir().resolve(id + ".json");
    return Files.isRegularFile(f) ? store.load(f) : null;
  }

  /** Counts of {@code key} over the entries, most frequent first. */
  static <K> Map<K, Integer> count(List<K> keys) {
    Map<K, Integer> out = new HashMap<>();
    keys.forEach(k -> out.merge(k, 1, Integer::sum));
    Map<K, Integer> sorted = new LinkedHashMap<>();
    out.entrySet().stream().sorted(Map.Entry.<K, Integer>comparingByValue().reversed())
        .forEachOrdered(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }
}
