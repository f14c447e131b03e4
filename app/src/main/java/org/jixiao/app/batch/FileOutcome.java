package org.jixiao.app.batch;

import java.nio.file.Path;
import java.util.function.Function;
import org.jixiao.ingest.FailureKind;
import org.jspecify.annotations.Nullable;

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

  /** The step failed; {@code kind} is ingest's reason when reading failed or time ran out, else null. */
  record Failed<T>(Path file, Stage stage, @Nullable FailureKind kind, String message) implements FileOutcome<T> {
    @Override
    public <U> FileOutcome<U> then(Function<? super T, FileOutcome<U>> next) {
      return new Failed<>(file, stage, kind, message);
    }

    /** The status-line word: ingest's kind when there is one, else the stage ({@code EXTRACTION}, {@code STORE}…). */
    public String kindName() {
      return kind == null ? stage.name() : kind.name();
    }
  }

  /** Where in the batch a file failed. */
  enum Stage {
    /** reading the file (ingest, or a report JSON); the failure has a {@link FailureKind} */
    READ,
    /** ingest succeeded, extraction did not find a report or threw */
    EXTRACTION,
    /** the audit threw */
    AUDIT,
    /** the file's result could not be written, stored or indexed */
    STORE,
    /** the file's steps together took longer than the batch allows ({@link FailureKind#TIMEOUT}) */
    TIME_BUDGET
  }
}
