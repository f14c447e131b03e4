package org.jixiao.app.batch;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.search.ReportSink;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.Limits;
import org.jixiao.schema.Json;
import org.jixiao.schema.Report;
import org.jixiao.schema.StoredReport;

/**
 * 建索引: adds reports to the search index from report JSON ({@code extract --out}), stored reports
 * ({@code DATA/reports/*.json}, to rebuild an index) or report documents, which are extracted
 * first. A report already indexed is replaced, never duplicated.
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
    try (ReportSink idx = backend.openSink(); Pipeline pipeline = new Pipeline(limits)) {
      BatchCounts counts = BatchRunner.sequential(limits, status).run(files,
          f -> isJson(f) ? readJson(f) : pipeline.process(f).then(e -> new FileOutcome.Done<>(f, e.reports())),
          (f, reports) -> {
            int n = 0;
            for (Report report : reports) {
              idx.add(report, List.of());
              n += report.indicators().size();
            }
            rows[0] += n;
            return n + " rows, id " + String.join(", ", reports.stream().map(ReportSink::idOf).toList());
          });
      idx.commit();
      return new Summary(counts, rows[0], idx.reportCount(), idx.rowCount());
    }
  }

  private static boolean isJson(Path f) {
    return f.getFileName().toString().endsWith(".json");
  }

  /** A report JSON, an array of them ({@code extract --out}), or a stored report JSON (which has the report inside). */
  static FileOutcome<List<Report>> readJson(Path file) {
    try {
      JsonNode tree = Json.mapper().readTree(file.toFile());
      List<Report> out = new ArrayList<>();
      List<JsonNode> each = new ArrayList<>();
      if (tree.isArray()) {
        tree.forEach(each::add);
      } else {
        each.add(tree);
      }
      for (JsonNode one : each) {
        out.add(one.has("report") ? Json.mapper().treeToValue(one, StoredReport.class).report()
            : Json.mapper().treeToValue(one, Report.class));
      }
      return new FileOutcome.Done<>(file, List.copyOf(out));
    } catch (IOException e) {
      FailureKind kind = e instanceof JacksonException ? FailureKind.CORRUPT : FailureKind.IO_ERROR;
      String first = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
      return new FileOutcome.Failed<>(file, FileOutcome.Stage.READ, kind, InputFiles.shown(file) + ": " + first);
    }
  }
}
