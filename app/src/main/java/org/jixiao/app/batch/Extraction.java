package org.jixiao.app.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.audit.AuditResult;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.Auditor;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.schema.ExtractionFailure;
import org.jixiao.schema.Report;

/**
 * One file read and extracted: its normalized reports, in file order (one for most files; one per project for a file
 * holding several, each with its {@code part}), each with the text it was read from.
 */
public record Extraction(Path file, List<ReportExtractor.Extracted> extracted) {
  public Extraction {
    extracted = List.copyOf(extracted);
  }

  public List<Report> reports() {
    return extracted.stream().map(ReportExtractor.Extracted::report).toList();
  }

  /**
   * Each report's audit over the text it was read from (its own part's in a file holding several: another project's
   * goals and notes are not its own); an audit that throws is this file's {@code AUDIT} failure.
   */
  public FileOutcome<List<AuditResult>> auditedBy(Auditor auditor) {
    try {
      List<AuditResult> out = new ArrayList<>();
      for (ReportExtractor.Extracted e : extracted) {
        // checked in the characters of its text, kept in those it is printed in (a page in 繁體: TraditionalScript)
        AuditResult audit = auditor.audit(new AuditSubject(e.checked(), e.text()));
        out.add(e.checked() == e.report() ? audit : new AuditResult(e.report(), audit.findings(), audit.diagnostics()));
      }
      return new FileOutcome.Done<>(file, List.copyOf(out));
    } catch (RuntimeException e) {
      // an audit bug must not stop the batch; say where it happened
      return new FileOutcome.Failed<>(file, FileOutcome.Stage.AUDIT, ExtractionFailure.AUDIT_ERROR,
          InputFiles.shown(file) + ": audit failed (" + e + ")");
    }
  }
}
