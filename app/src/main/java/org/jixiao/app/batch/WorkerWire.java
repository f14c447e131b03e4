package org.jixiao.app.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jixiao.audit.AuditResult;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.Limits;
import org.jixiao.schema.ExtractionFailure;
import org.jixiao.schema.FailureCode;
import org.jixiao.schema.Json;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link WorkerPool} and its {@link ParseWorker}s say to each other, one JSON object per line
 * (the configured {@link Json} mapper): a request per file on the worker's standard input; on its
 * standard output the stages it enters, the OCR time it is granted, and last the file's outcome.
 */
final class WorkerWire {
  private WorkerWire() {}

  /** Read, extract and audit {@code file}, whose SHA-256 is known. */
  record Request(String file, String sha256) {}

  /**
   * One line from a worker: exactly one of {@code stage} (a stage begins), {@code grantedMillis} (the
   * file's OCR grant so far), {@code reports} (done) or {@code failure} (done, no report).
   */
  record Message(@Nullable String stage, @Nullable Long grantedMillis, @Nullable List<AuditResult> reports,
      @Nullable Failure failure) {
    static Message stage(String stage) {
      return new Message(stage, null, null, null);
    }

    static Message granted(Duration total) {
      return new Message(null, total.toMillis(), null, null);
    }

    static Message outcome(FileOutcome<List<AuditResult>> outcome) {
      return switch (outcome) {
        case FileOutcome.Done<List<AuditResult>> d -> new Message(null, null, d.value(), null);
        case FileOutcome.Failed<List<AuditResult>> f -> new Message(null, null, null, new Failure(f.stage(), f.kindName(), f.message()));
      };
    }

    boolean isOutcome() {
      return reports != null || failure != null;
    }

    FileOutcome<List<AuditResult>> outcome(Path file) {
      if (reports != null) {
        return new FileOutcome.Done<>(file, reports);
      }
      Failure f = java.util.Objects.requireNonNull(failure, "not an outcome");
      return new FileOutcome.Failed<>(file, f.stage(), code(f.kind()), f.message());
    }
  }

  /** A failed outcome as it crosses: the kind by its name. */
  record Failure(FileOutcome.Stage stage, String kind, String message) {}

  /** The failure code named {@code name}: a reading failure, an extraction failure, or a stage. */
  static FailureCode code(String name) {
    for (FailureCode[] codes : new FailureCode[][] {FailureKind.values(), ExtractionFailure.values(), FileOutcome.Stage.values()}) {
      for (FailureCode c : codes) {
        if (c.name().equals(name)) {
          return c;
        }
      }
    }
    throw new IllegalArgumentException("no failure code " + name);
  }

  /** The limits as they cross, in numbers JSON carries (a duration in milliseconds). */
  record LimitsLine(long maxBytes, int maxPages, int maxCells, int maxChars, long timeoutMillis) {}

  /** The worker's command-line argument for {@code limits}: one line of JSON. */
  static String argument(Limits limits) {
    return Json.line(new LimitsLine(limits.maxBytes(), limits.maxPages(), limits.maxCells(), limits.maxChars(),
        limits.timeout().toMillis()));
  }

  /** The limits {@link #argument} gave. */
  static Limits limits(String argument) {
    LimitsLine l = Json.read(argument, LimitsLine.class);
    return new Limits(l.maxBytes(), l.maxPages(), l.maxCells(), l.maxChars(), Duration.ofMillis(l.timeoutMillis()));
  }
}
