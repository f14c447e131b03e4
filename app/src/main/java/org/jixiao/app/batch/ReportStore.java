package org.jixiao.app.batch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.schema.Json;
import org.jixiao.schema.StoredReport;
import org.jspecify.annotations.Nullable;

/**
 * The imported reports on disk: {@code <data>/reports/<id>.json}, one {@link StoredReport} each,
 * written atomically, so an interrupted import leaves every earlier report whole. The id is the
 * source file's SHA-256: importing the same file again replaces its entry. A file that holds several
 * reports has one entry per report: {@code <sha256>.json} for the first, {@code <sha256>-<n>.json}
 * for the n-th, the same ids the index gives them ({@code ReportIndex.idOf}). The same content under
 * several paths is one entry listing them all ({@link StoredReport#paths()}).
 */
public final class ReportStore {
  private final Path dir;

  public ReportStore(Path dataDir) {
    this.dir = dataDir.resolve("reports");
  }

  public Path dir() {
    return dir;
  }

  public Path save(String id, StoredReport stored) throws IOException {
    Path target = dir.resolve(id + ".json");
    AtomicFiles.write(target, Json.write(stored) + "\n");
    return target;
  }

  /**
   * Saves the reports of one file under {@code id}, {@code id-2}, …, and deletes the entries of
   * higher parts left by an earlier import of the same file; returns the ids deleted.
   */
  public List<String> saveAll(String id, List<StoredReport> stored) throws IOException {
    for (int n = 1; n <= stored.size(); n++) {
      save(n == 1 ? id : id + "-" + n, stored.get(n - 1));
    }
    List<String> stale = new ArrayList<>();
    for (int n = stored.size() + 1; Files.exists(dir.resolve(id + "-" + n + ".json")); n++) {
      Files.delete(dir.resolve(id + "-" + n + ".json"));
      stale.add(id + "-" + n);
    }
    return stale;
  }

  /** The ids of the entries of the file with this SHA-256: {@code sha}, {@code sha-2}, …; empty if none. */
  public List<String> ids(String sha) {
    List<String> out = new ArrayList<>();
    for (int n = 1; Files.exists(dir.resolve((n == 1 ? sha : sha + "-" + n) + ".json")); n++) {
      out.add(n == 1 ? sha : sha + "-" + n);
    }
    return out;
  }

  /**
   * What an entry says of its provenance, without its report: the paths it was seen under ({@code
   * sourcePath} first), the extractor version that made it, and the report it is another rendering of.
   */
  public record Head(List<String> paths, @Nullable String extractor, @Nullable String renderingOf) {
    public Head {
      paths = List.copyOf(paths);
    }
  }

  /**
   * The {@link Head} of the entry {@code id} (a file's SHA-256 names its first entry), read by streaming
   * over the entry and skipping its report and findings (a millisecond where reading the whole entry takes
   * ten); null if there is none or it cannot be read (then the file is read again).
   */
  public @Nullable Head head(String id) {
    Path f = dir.resolve(id + ".json");
    if (!Files.isRegularFile(f)) {
      return null;
    }
    try (JsonParser p = Json.mapper().createParser(f.toFile())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      String source = null;
      String extractor = null;
      String renderingOf = null;
      List<String> others = new ArrayList<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        switch (name) {
          case "sourcePath" -> source = value == JsonToken.VALUE_STRING ? p.getText() : null;
          case "extractor" -> extractor = value == JsonToken.VALUE_STRING ? p.getText() : null;
          case "renderingOf" -> renderingOf = value == JsonToken.VALUE_STRING ? p.getText() : null;
          case "otherPaths" -> {
            while (value == JsonToken.START_ARRAY && p.nextToken() == JsonToken.VALUE_STRING) {
              others.add(p.getText());
            }
          }
          default -> p.skipChildren();
        }
      }
      if (source == null) {
        return null;
      }
      List<String> paths = new ArrayList<>();
      paths.add(source);
      paths.addAll(others);
      return new Head(paths, extractor, renderingOf);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Adds {@code path} to every entry of the file with this SHA-256 (rewriting only those that did not
   * list it); returns their ids.
   */
  public List<String> addPath(String sha, String path) throws IOException {
    List<String> ids = ids(sha);
    for (String id : ids) {
      StoredReport was = load(dir.resolve(id + ".json"));
      StoredReport now = was.withPath(path);
      if (now != was) {
        save(id, now);
      }
    }
    return ids;
  }

  /**
   * Lists {@code path} among the renderings of the report stored as {@code id} (rewriting it only if it did not
   * list it); returns that report's first path, or null when no such report is stored.
   */
  public @Nullable String addRendering(String id, String path) throws IOException {
    Path file = dir.resolve(id + ".json");
    if (!Files.exists(file)) {
      return null;
    }
    StoredReport was = load(file);
    StoredReport now = was.withRendering(path);
    if (now != was) {
      save(id, now);
    }
    return was.sourcePath();
  }

  public List<Path> files() throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return new ArrayList<>(s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList());
    }
  }

  public StoredReport load(Path file) throws IOException {
    return Json.read(file, StoredReport.class);
  }
}
