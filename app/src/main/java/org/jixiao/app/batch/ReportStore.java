package org.jixiao.app.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.schema.Json;
import org.jixiao.schema.StoredReport;

/**
 * The imported reports on disk: {@code <data>/reports/<id>.json}, one {@link StoredReport} each,
 * written atomically, so an interrupted import leaves every earlier report whole. The id is the
 * source file's SHA-256: importing the same file again replaces its entry.
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
