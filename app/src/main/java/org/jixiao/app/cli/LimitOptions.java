package org.jixiao.app.cli;

import java.time.Duration;
import org.jixiao.ingest.Limits;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The per-file {@link Limits} as options shared by every verb that reads files. */
public final class LimitOptions {
  private static final Limits D = Limits.defaults();

  @Option(names = "--max-bytes", description = "largest file read, in bytes (default 100 MiB)") long maxBytes = D.maxBytes();

  @Option(names = "--max-pages", description = "most pages read per file (default 500)") int maxPages = D.maxPages();

  @Option(names = "--max-cells", description = "most table cells per file (default 200000)") int maxCells = D.maxCells();

  @Option(names = "--max-chars", description = "most characters of text per file (default 5000000)") int maxChars = D.maxChars();

  @Option(names = "--timeout", description = "seconds allowed per file (default 60)") long timeoutSeconds = D.timeout().toSeconds();

  @Spec(Spec.Target.MIXEE) CommandSpec verb;

  /** The limits; a limit of 0 or less is a usage error naming its option (one line, not a usage dump). */
  public Limits limits() {
    positive("--max-bytes", maxBytes);
    positive("--max-pages", maxPages);
    positive("--max-cells", maxCells);
    positive("--max-chars", maxChars);
    positive("--timeout", timeoutSeconds);
    return new Limits(maxBytes, maxPages, maxCells, maxChars, Duration.ofSeconds(timeoutSeconds));
  }

  private void positive(String option, long value) {
    if (value <= 0) {
      throw new ParameterException(verb.commandLine(), option + " must be a positive number, not " + value);
    }
  }
}
