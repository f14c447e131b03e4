package org.jixiao.app.batch;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jixiao.schema.Json;
import org.jspecify.annotations.Nullable;

/**
 * 运行清单: {@code DATA/runs/<UTC start>.jsonl}, one JSON line per file as the run goes (appended and
 * flushed per file), so that a killed run leaves the lines of every file it finished.
 */
public final class RunManifest implements Closeable {
  private static final DateTimeFormatter NAME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  /**
   * One file's line.
   *
   * @param path the path as given to import
   * @param sha256 the file's content hash; null when it could not be read
   * @param reason the failure kind ({@code CORRUPT}, {@code TIMEOUT}, {@code NOT_A_REPORT}…), else null
   * @param message the failure's message, else null
   * @param reportIds the stored reports (ids of {@code DATA/reports/<id>.json}) that hold this file's content; for
   *     another rendering, the reports it is a rendering of
   * @param duplicateOf for a duplicate, the first path its content was met under; for another rendering, the
   *     first path of the report it renders
   */
  public record Line(String path, @Nullable String sha256, ImportOutcome outcome, @Nullable String reason,
      @Nullable String message, List<String> reportIds, @Nullable String duplicateOf) {
    public Line {
      reportIds = List.copyOf(reportIds);
    }
  }

  private final Path file;
  private final BufferedWriter out;

  private RunManifest(Path file, BufferedWriter out) {
    this.file = file;
    this.out = out;
  }

  /** A new manifest under {@code data/runs/}, named by {@code start}. */
  public static RunManifest create(Path data, Instant start) throws IOException {
    Path dir = Files.createDirectories(data.resolve("runs"));
    String stem = NAME.format(start);
    for (int n = 1; ; n++) {
      Path f = dir.resolve(n == 1 ? stem + ".jsonl" : stem + "-" + n + ".jsonl");
      try {
        return new RunManifest(f, Files.newBufferedWriter(f, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE));
      } catch (FileAlreadyExistsException e) {
        // two runs in one millisecond: the next name
      }
    }
  }

  public Path file() {
    return file;
  }

  /** Appends {@code line} and flushes it to the operating system. */
  public void write(Line line) throws IOException {
    out.write(Json.line(line));
    out.write('\n');
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
