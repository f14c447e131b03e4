package org.jixiao.app.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.jixiao.schema.Json;
import org.jixiao.schema.Report;

/**
 * The {@code extract --out DIR} directory: {@code DIR/<file name>.json} per report, written
 * atomically. Two inputs of one name (a/report.pdf, b/report.pdf) in one batch do not overwrite
 * each other: the second keeps the start of its digest in the name.
 */
public final class ReportJsonDir {
  private final Path dir;
  private final Set<Path> written = new HashSet<>();

  public ReportJsonDir(Path dir) {
    this.dir = dir;
  }

  /** Writes {@code report} of {@code source}; returns the file written. */
  public Path write(Path source, Report report) throws IOException {
    Path target = dir.resolve(source.getFileName() + ".json");
    if (!written.add(target)) {
      target = dir.resolve(source.getFileName() + "." + report.fileSha256().substring(0, 12) + ".json");
      written.add(target);
    }
    AtomicFiles.write(target, Json.write(report) + "\n");
    return target;
  }
}
