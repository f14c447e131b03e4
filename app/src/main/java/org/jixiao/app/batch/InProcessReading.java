package org.jixiao.app.batch;

import java.nio.file.Path;
import java.util.List;
import org.jixiao.audit.AuditResult;
import org.jixiao.audit.Auditor;
import org.jixiao.ingest.Limits;
import org.jixiao.schema.ExtractionFailure;
import org.jspecify.annotations.Nullable;

/**
 * Reading in this JVM: the pipeline and the auditor, made when the first file needs them (a run of
 * unchanged files never loads the readers, the lexicons or the rules: seconds of start-up).
 * Thread-safe. What a {@link ParseWorker} runs, and what an import runs with {@code --in-process}.
 */
final class InProcessReading implements FileReading {
  private final Limits limits;
  private @Nullable Pipeline pipeline;
  private @Nullable Auditor auditor;

  InProcessReading(Limits limits) {
    this.limits = limits;
  }

  @Override
  public FileOutcome<List<AuditResult>> read(Path file, String sha256, ImportJob.Stages stages) {
    Auditor rules = auditor();
    stages.entered(file, ImportJob.READING);
    return pipeline().process(file, sha256).then(InProcessReading::requireReport).then(e -> {
      stages.entered(file, ImportJob.AUDITING);
      return e.auditedBy(rules);
    });
  }

  /** Stored and indexed, a file with none of a report's parts would only add an empty report to every count. */
  static FileOutcome<Extraction> requireReport(Extraction e) {
    if (e.reports().stream().anyMatch(r -> !r.statesNothing())) {
      return new FileOutcome.Done<>(e.file(), e);
    }
    return new FileOutcome.Failed<>(e.file(), FileOutcome.Stage.EXTRACTION, ExtractionFailure.NOT_A_REPORT, InputFiles.shown(e.file())
        + ": not a performance-evaluation report (no indicator rows, total, budget or department found)");
  }

  private synchronized Pipeline pipeline() {
    if (pipeline == null) {
      pipeline = new Pipeline(limits);
    }
    return pipeline;
  }

  private synchronized Auditor auditor() {
    if (auditor == null) {
      auditor = Auditor.standard();
    }
    return auditor;
  }

  @Override
  public synchronized void close() {
    if (pipeline != null) {
      pipeline.close();
    }
  }
}
