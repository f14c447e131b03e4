package org.jixiao.app.cli;

import java.time.Duration;
import org.jixiao.ingest.Limits;
import picocli.CommandLine.Option;

/** The per-file {@link Limits} as options shared by every verb that reads files. */
public final class LimitOptions {
  private static final Limits D = Limits.defaults();

  @Option(names = "--max-bytes", description = "largest file read, in bytes (default 100 MiB)") long maxBytes = D.maxBytes();

  @Option(names = "--max-pages", description = "most pages read per file (default 500)") int maxPages = D.maxPages();

  @Option(names = "--max-cells", description = "most table cells per file (default 200000)") int maxCells = D.maxCells();

  @Option(names = "--max-chars", description = "most characters of text per file (default 5000000)") int maxChars = D.maxChars();

  @Option(names = "--timeout", description = "seconds allowed per file (default 60)") long timeoutSeconds = D.timeout().toSeconds();

  public Limits limits() {
    return new Limits(maxBytes, maxPages, maxCells, maxChars, Duration.ofSeconds(timeoutSeconds));
  }
}
