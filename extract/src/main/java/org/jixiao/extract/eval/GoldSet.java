package org.jixiao.extract.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jixiao.schema.Json;
import org.jixiao.schema.Report;

/** A directory of gold reports, {@code <stem>.json}, where the stem is a file name up to its first dot. */
public record GoldSet(Path dir) {
  public static String stem(String fileName) {
    int dot = fileName.indexOf('.');
    return dot < 0 ? fileName : fileName.substring(0, dot);
  }

  public Optional<Report> goldFor(String fileName) throws IOException {
    Path p = dir.resolve(stem(fileName) + ".json");
    return Files.isRegularFile(p) ? Optional.of(Json.read(p, Report.class)) : Optional.empty();
  }
}
