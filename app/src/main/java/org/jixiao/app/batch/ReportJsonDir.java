package org.jixiao.app.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.schema.Json;
import org.jixiao.schema.Report;

/**
 * The {@code extract --out DIR} directory: {@code DIR/<file name>.json} per file, the JSON array of
 * its reports (one element per report in the file), written
 * atomically. Two inputs of one name (a/report.pdf, b/report.pdf) in one batch do not overwrite
 * each other: the second keeps the start of its digest in the name.
 */
public final class ReportJsonDir {
  private final Path dir;
  private final Set<Path> written = new HashSet<>();

  public ReportJsonDir(Path dir) {
    this.dir = dir;
  }

  /** Writes the {@code reports} of {@code source} as one array; returns the file written. */
  public Path write(Path source, List<Report> reports) throws IOException {
    Path target = dir.resolve(source.getFileName() + ".json");
    if (!written.add(target)) {
      target = dir.resolve(source.getFileName() + "." + reports.getFirst().fileSha256().substring(0, 12) + ".json");
      written.add(target);
    }
    AtomicFiles.write(target, Json.write(reports) + "\n");
    return target;
  }
}
