package org.jixiao.app.batch;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.audit.AuditResult;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.Auditor;
import org.jixiao.search.ReportSink;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.Limits;
import org.jixiao.schema.ExtractionFailure;
import org.jixiao.schema.Json;
import org.jixiao.schema.Report;
import org.jixiao.schema.StoredReport;

/**
 * 建索引: adds reports and their audit findings to the search index from stored reports ({@code DATA/reports/*.json},
 * to rebuild an index: the findings import made, over the document's text), report documents (extracted and audited
 * first, as import does) or report JSON ({@code extract --out}: audited here, without the text it no longer has, so
 * the checks that read the text do not run). Another rendering of a stored report is not indexed, as import does not
 * index it. A report already indexed is replaced, never duplicated.
 */
public final class IndexJob {
  private final Backend backend;
  private final Limits limits;

  public IndexJob(Path indexDir, Limits limits) {
    this(Backend.embedded(indexDir), limits);
  }

  /** Into the embedded index or a SolrCloud collection. */
  public IndexJob(Backend backend, Limits limits) {
    this.backend = backend;
    this.limits = limits;
  }

  /** What an index run did, and what the index holds after it. */
  public record Summary(BatchCounts counts, long rows, long indexReports, long indexRows) {}

  /** Files as named, and the {@code *.json} files directly inside the directories named. */
  public static List<Path> expand(List<Path> paths) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          s.filter(IndexJob::isJson).sorted().forEach(out::add);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /** Indexes {@code files}, one status line each on {@code status}, and commits once at the end. */
  public Summary run(List<Path> files, PrintWriter status) throws IOException, InterruptedException {
    long[] rows = {0};
    Auditor auditor = Auditor.standard();
    try (ReportSink idx = backend.openSink(); Pipeline pipeline = new Pipeline(limits)) {
      BatchCounts counts = BatchRunner.sequential(limits, status).run(files,
          f -> isJson(f) ? readJson(f, auditor) : pipeline.process(f).then(e -> e.auditedBy(auditor))
              .then(audits -> new FileOutcome.Done<>(f, entries(audits, f))),
          (f, entries) -> {
            int n = 0;
            int found = 0;
            for (StoredReport e : entries) {
              idx.add(e);
              n += e.report().indicators().size();
              found += e.findings().size();
            }
            rows[0] += n;
            return entries.isEmpty() ? "another rendering of a stored report: not indexed"
                : n + " rows, " + found + " findings, id "
                    + String.join(", ", entries.stream().map(e -> ReportSink.idOf(e.report())).toList());
          });
      idx.commit();
      return new Summary(counts, rows[0], idx.reportCount(), idx.rowCount());
    }
  }

  /** Reports audited here, as entries read from {@code file} now (a shared collection keeps them for its pages). */
  private static List<StoredReport> entries(List<AuditResult> audits, Path file) {
    String now = Instant.now().toString();
    return audits.stream().map(a -> new StoredReport(a.report(), a.findings(), file.toString(), now, a.diagnostics())).toList();
  }

  private static boolean isJson(Path f) {
    return f.getFileName().toString().endsWith(".json");
  }

  /**
   * A report JSON or an array of them ({@code extract --out}), audited without text; or a stored report JSON, with the
   * findings stored beside it (none when it is another rendering of a stored report, which is not indexed).
   */
  static FileOutcome<List<StoredReport>> readJson(Path file, Auditor auditor) {
    try {
      JsonNode tree = Json.mapper().readTree(file.toFile());
      List<StoredReport> out = new ArrayList<>();
      List<JsonNode> each = new ArrayList<>();
      if (tree.isArray()) {
        tree.forEach(each::add);
      } else {
        each.add(tree);
      }
      for (JsonNode one : each) {
        if (one.has("report")) {
          StoredReport s = Json.mapper().treeToValue(one, StoredReport.class);
          if (s.renderingOf() == null) {
            out.add(s);
          }
        } else {
          out.addAll(entries(List.of(auditor.audit(new AuditSubject(Json.mapper().treeToValue(one, Report.class), null))), file));
        }
      }
      return new FileOutcome.Done<>(file, List.copyOf(out));
    } catch (IOException e) {
      FailureKind kind = e instanceof JacksonException ? FailureKind.CORRUPT : FailureKind.IO_ERROR;
      String first = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
      return new FileOutcome.Failed<>(file, FileOutcome.Stage.READ, kind, InputFiles.shown(file) + ": " + first);
    } catch (RuntimeException e) {
      // an audit bug must not stop the batch, as in Extraction.auditedBy
      return new FileOutcome.Failed<>(file, FileOutcome.Stage.AUDIT, ExtractionFailure.AUDIT_ERROR,
          InputFiles.shown(file) + ": audit failed (" + e + ")");
    }
  }
}
