package org.jixiao.app.batch;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import org.jixiao.ingest.FailureKind;
import org.jixiao.schema.ExtractionFailure;
import org.jixiao.schema.FailureCode;

/**
 * 处理结果: what one step of a batch made of one file, a value or a failure with the stage it failed
 * in and a message naming the file. Steps chain with {@link #then}: a failure passes through
 * unchanged, so a batch job reads as ingest → extract → audit with no failure checks between.
 */
public sealed interface FileOutcome<T> permits FileOutcome.Done, FileOutcome.Failed {
  Path file();

  /** The next step on this file's value; a failure skips it. */
  <U> FileOutcome<U> then(Function<? super T, FileOutcome<U>> next);

  /** The step succeeded with {@code value}. */
  record Done<T>(Path file, T value) implements FileOutcome<T> {
    @Override
    public <U> FileOutcome<U> then(Function<? super T, FileOutcome<U>> next) {
      return next.apply(value);
    }
  }

  /**
   * The step failed, and {@code kind} says why, never null: ingest's {@link FailureKind} when reading
   * failed or time ran out, an {@link ExtractionFailure} when the file was read but gave no report
   * (or its audit threw), and the stage itself where nothing finer is known ({@link Stage#STORE}).
   */
  record Failed<T>(Path file, Stage stage, FailureCode kind, String message) implements FileOutcome<T> {
    public Failed {
      Objects.requireNonNull(kind, "kind");
    }

    @Override
    public <U> FileOutcome<U> then(Function<? super T, FileOutcome<U>> next) {
      return new Failed<>(file, stage, kind, message);
    }

    /** The status-line word: {@code CORRUPT}, {@code TIMEOUT}, {@code NOT_A_REPORT}, {@code STORE}… */
    public String kindName() {
      return kind.name();
    }
  }

  /** Where in the batch a file failed; a failure code of its own where no finer kind is known. */
  enum Stage implements FailureCode {
    /** reading the file (ingest, or a report JSON); the failure has a {@link FailureKind} */
    READ,
    /** ingest succeeded, extraction did not find a report ({@link ExtractionFailure#NOT_A_REPORT}) or threw */
    EXTRACTION,
    /** the audit threw */
    AUDIT,
    /** the file's result could not be written, stored or indexed */
    STORE,
    /** the file's steps together took longer than the batch allows ({@link FailureKind#TIMEOUT}) */
    TIME_BUDGET
  }
}
