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
    return expand(args, exclude, skipped -> { });
  }

  /**
   * As {@link #expand(List, Path)}, telling {@code skipped} of every entry a folder walk passes over that is neither
   * a file nor a folder it walks ("x: skipped, a link to nothing"), so that no file goes unmentioned.
   */
  public static List<Path> expand(List<Path> args, @org.jspecify.annotations.Nullable Path exclude,
      java.util.function.Consumer<String> skipped) {
    Path skip = exclude == null ? null : exclude.toAbsolutePath().normalize();
    List<Path> out = new ArrayList<>();
    for (Path a : args) {
      if (Files.isDirectory(a)) {
        try (Stream<Path> s = Files.walk(a)) {
          s.filter(p -> regularOrSay(p, skipped)).filter(InputFiles::looksLikeReport)
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

  /** Whether a walked entry is a file to read; a link, FIFO or device is said, a folder (walked itself) is not. */
  private static boolean regularOrSay(Path p, java.util.function.Consumer<String> skipped) {
    if (Files.isRegularFile(p)) {
      return true;
    }
    if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) || shown(p).startsWith(".")) {
      return false;
    }
    String why = Files.isSymbolicLink(p)
        ? (Files.exists(p) ? "a link to a folder, not followed (links are not walked, so no loop)" : "a link to nothing")
        : "not a regular file (a FIFO, socket or device)";
    skipped.accept(p + ": skipped, " + why);
    return false;
  }

  /** A file's name as a status line shows it: one line, whatever the name holds (a newline in a name is "\\n"). */
  public static String shown(Path file) {
    Path name = file.getFileName();
    return oneLine(name == null ? file.toString() : name.toString());
  }

  /** A whole path (or any text) as a status line shows it: on one line, control characters escaped. */
  public static String oneLine(String n) {
    StringBuilder out = new StringBuilder(n.length());
    n.codePoints().forEach(c -> {
      if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (Character.isISOControl(c)) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }

  private static boolean looksLikeReport(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return !n.startsWith(".") && !n.endsWith(".md") && !n.endsWith(".json");
  }
}
