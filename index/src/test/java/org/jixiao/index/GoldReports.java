package org.jixiao.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.schema.Json;
import org.jixiao.schema.Report;

/** The hand-labelled gold reports of {@code shared/gold}, standing in for extracted ones. */
final class GoldReports {
  private GoldReports() {}

  static Path dir() {
    return Path.of(System.getProperty("jixiao.gold", "../corpus-samples/gold"));
  }

  static List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(dir())) {
      return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
  }

  static List<Report> all() throws IOException {
    List<Report> out = new ArrayList<>();
    for (Path p : files()) {
      out.add(Json.read(p, Report.class));
    }
    if (out.size() < 3) {
      throw new IllegalStateException("gold reports missing under " + dir());
    }
    return out;
  }
}
