package org.jixiao.app.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The files a command was given: files as named (read by content whatever their extension), and
 * directories walked in name order, skipping hidden files and the project's own notes and outputs
 * (.md, .json), which are not reports.
 */
public final class InputFiles {
  private InputFiles() {}

  public static List<Path> expand(List<Path> args) {
    return expand(args, null);
  }

  /** As {@link #expand(List)}, never descending into {@code exclude} (the import's own data directory). */
  public static List<Path> expand(List<Path> args, @org.jspecify.annotations.Nullable Path exclude) {
    Path skip = exclude == null ? null : exclude.toAbsolutePath().normalize();
    List<Path> out = new ArrayList<>();
    for (Path a : args) {
      if (Files.isDirectory(a)) {
        try (Stream<Path> s = Files.walk(a)) {
          s.filter(Files::isRegularFile).filter(InputFiles::looksLikeReport)
              .filter(p -> skip == null || !p.toAbsolutePath().normalize().startsWith(skip))
              .sorted().forEach(out::add);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + a, e);
        }
      } else {
        out.add(a);
      }
    }
    return out;
  }

  private static boolean looksLikeReport(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return !n.startsWith(".") && !n.endsWith(".md") && !n.endsWith(".json");
  }
}
