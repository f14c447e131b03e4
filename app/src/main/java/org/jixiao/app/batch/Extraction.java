package org.jixiao.app.batch;

import java.nio.file.Path;
import org.jixiao.audit.AuditResult;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.Auditor;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.ExtractionFailure;
import org.jixiao.schema.Report;

/** One file read and extracted: the document model and the normalized report. */
public record Extraction(Path file, ParsedDocument document, Report report) {

  /** The report's audit over the document's text; an audit that throws is this file's {@code AUDIT} failure. */
  public FileOutcome<AuditResult> auditedBy(Auditor auditor) {
    try {
      return new FileOutcome.Done<>(file, auditor.audit(new AuditSubject(report, document.text())));
    } catch (RuntimeException e) {
      // an audit bug must not stop the batch; say where it happened
      return new FileOutcome.Failed<>(file, FileOutcome.Stage.AUDIT, ExtractionFailure.AUDIT_ERROR,
          file.getFileName() + ": audit failed (" + e + ")");
    }
  }
}
