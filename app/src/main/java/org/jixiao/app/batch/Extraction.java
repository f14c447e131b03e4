package org.jixiao.app.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.audit.AuditResult;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.Auditor;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.ExtractionFailure;
import org.jixiao.schema.Report;

/**
 * One file read and extracted: the document model and its normalized reports, in file order (one
 * for most files; one per project for a file holding several, each with its {@code part}).
 */
public record Extraction(Path file, ParsedDocument document, List<Report> reports) {
  public Extraction {
    reports = List.copyOf(reports);
  }

  /** Each report's audit over the document's text; an audit that throws is this file's {@code AUDIT} failure. */
  public FileOutcome<List<AuditResult>> auditedBy(Auditor auditor) {
    try {
      List<AuditResult> out = new ArrayList<>();
      for (Report report : reports) {
        out.add(auditor.audit(new AuditSubject(report, document.text())));
      }
      return new FileOutcome.Done<>(file, List.copyOf(out));
    } catch (RuntimeException e) {
      // an audit bug must not stop the batch; say where it happened
      return new FileOutcome.Failed<>(file, FileOutcome.Stage.AUDIT, ExtractionFailure.AUDIT_ERROR,
          InputFiles.shown(file) + ": audit failed (" + e + ")");
    }
  }
}
