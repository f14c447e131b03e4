package org.jixiao.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Report;
import org.jixiao.schema.StoredReport;

/**
 * 写入索引: where import and index put reports — the embedded index ({@code org.jixiao.index.ReportIndex}) or a
 * SolrCloud collection ({@code org.jixiao.solrclient.SolrReportWriter}). A report is held under {@link
 * #idOf}; adding it again replaces it, rows and findings included, so re-importing never duplicates.
 * What was added is durable after {@link #commit()} and {@link #close()}.
 */
public interface ReportSink extends Closeable {
  /** Adds the report, its rows and its audit findings, replacing any earlier version with the same id. */
  void add(Report report, List<Finding> findings) throws IOException;

  /**
   * Adds import's stored entry: its report and findings as {@link #add(Report, List)} does. A collection shared by
   * several machines keeps the entry itself too, so that a web page on any of them shows the whole report.
   */
  default void add(StoredReport entry) throws IOException {
    add(entry.report(), entry.findings());
  }

  /** Removes the report with this id, its rows and findings; a no-op for an unknown id. */
  void remove(String reportId) throws IOException;

  void commit() throws IOException;

  /** The ids of the reports held, for a job that asks of many reports whether they are held. */
  Set<String> reportIds() throws IOException;

  /** The reports held by their {@link org.jixiao.schema.SameReport} key, so that an import finds renderings. */
  Map<String, String> renderingKeys() throws IOException;

  /** Reports held, what was added included. */
  long reportCount() throws IOException;

  /** Indicator rows held, what was added included. */
  long rowCount() throws IOException;

  /** Where the reports go, for messages: a directory, or a collection and its cluster. */
  String describe();

  /** The id a report is held under: its file's SHA-256, else its source file name, {@code -n} for a file's n-th. */
  static String idOf(Report report) {
    String sha = report.fileSha256();
    String file = sha == null || sha.isBlank() ? report.sourceFile() : sha;
    return report.part() == null || report.part().index() == 1 ? file : file + "-" + report.part().index();
  }
}
