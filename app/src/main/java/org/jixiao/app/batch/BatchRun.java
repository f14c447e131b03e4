package org.jixiao.app.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.ingest.Limits;

/**
 * One sequential batch: each file through the {@link Pipeline}; an extracted file is handed to the
 * caller's step, a failed one gets one status line on standard error and is counted, and the
 * batch goes on. The counts give the command its exit code.
 */
public final class BatchRun implements AutoCloseable {

  /** What the caller does with one extracted file. */
  @FunctionalInterface
  public interface Step {
    void accept(FileOutcome.Extracted extracted) throws IOException;
  }

  /** How a failed file's status line reads. */
  public enum FailureLine {
    /** {@code jixiao: <message>}. */
    MESSAGE,
    /** {@code jixiao: <KIND>: <message>}, the kind {@code EXTRACTION} when ingest succeeded. */
    KIND_AND_MESSAGE;

    String of(FileOutcome.Failed f) {
      return "jixiao: " + (this == KIND_AND_MESSAGE ? f.kindName() + ": " : "") + f.message();
    }
  }

  private final Pipeline pipeline;
  private final PrintWriter err;
  private final FailureLine failureLine;
  private int failed;

  public BatchRun(Limits limits, PrintWriter err, FailureLine failureLine) {
    this.pipeline = new Pipeline(limits);
    this.err = err;
    this.failureLine = failureLine;
  }

  /** Every file in order, as {@link #process}. */
  public void each(List<Path> inputs, Step step) throws IOException {
    for (Path f : inputs) {
      process(f, step);
    }
  }

  /** One file: its extraction handed to {@code step}, or its failure printed and counted. */
  public void process(Path file, Step step) throws IOException {
    switch (pipeline.process(file)) {
      case FileOutcome.Extracted e -> step.accept(e);
      case FileOutcome.Failed f -> {
        failed++;
        err.println(failureLine.of(f));
      }
    }
  }

  /** Files that failed so far. */
  public int failed() {
    return failed;
  }

  @Override
  public void close() {
    pipeline.close();
  }
}
