package org.jixiao.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jixiao.index.analysis.BigramAnalyzer;
import org.jixiao.index.analysis.JixiaoAnalyzer;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Report;
import org.jixiao.search.ReportSink;

/**
 * 索引: the on-disk index of reports, opened for writing. Adding a report replaces whatever the
 * index held under the same report id (its file's SHA-256, else its source file name), atomically,
 * so re-indexing never duplicates. Changes become durable on {@link #commit()} and {@link
 * #close()}. One writer per directory (Lucene's write lock); {@link ReportSearcher#open(Path)}
 * reads concurrently. Thread-safe: {@link #add} may be called from several threads.
 */
public final class ReportIndex implements ReportSink {
  /** Where the CLI keeps the index unless told otherwise. */
  public static final Path DEFAULT_DIRECTORY = Path.of("data", "index");

  private final Path dir;
  private final Directory directory;
  private final IndexWriter writer;
  private final ReportDocuments documents;

  private ReportIndex(Path dir, Directory directory, IndexWriter writer) {
    this.dir = dir;
    this.directory = directory;
    this.writer = writer;
    this.documents = new ReportDocuments(Fields.facetsConfig());
  }

  /** Opens (creating if needed) the index in {@code dir} with a 64 MB indexing buffer. */
  public static ReportIndex open(Path dir) throws IOException {
    return open(dir, 64);
  }

  /** Opens (creating if needed) the index in {@code dir}; {@code ramBufferMb} bounds heap use. */
  public static ReportIndex open(Path dir, double ramBufferMb) throws IOException {
    Files.createDirectories(dir);
    Directory directory = FSDirectory.open(dir);
    try {
      IndexWriterConfig config = new IndexWriterConfig(analyzer());
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(ramBufferMb);
      return new ReportIndex(dir, directory, new IndexWriter(directory, config));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** The analyzer per field: bigrams for {@code *_bi} (and the highlighted lines), HanLP words for the rest. */
  static Analyzer analyzer() {
    Analyzer bigrams = new BigramAnalyzer();
    return new PerFieldAnalyzerWrapper(
        new JixiaoAnalyzer(),
        Map.of(Fields.NAME_BI, bigrams, Fields.BODY_BI, bigrams, Fields.REPORT_NAME_BI, bigrams,
            Fields.LINES, bigrams));
  }

  /** The id a report is indexed under. */
  public static String idOf(Report report) {
    return ReportDocuments.idOf(report);
  }

  /** Adds the report and its rows, replacing any earlier version with the same id (and its findings). */
  public void add(Report report) throws IOException {
    add(report, List.of());
  }

  /** Adds the report, its rows and its audit findings, replacing any earlier version with the same id. */
  @Override
  public void add(Report report, List<Finding> findings) throws IOException {
    writer.updateDocuments(new Term(Fields.REPORT_ID, idOf(report)), documents.documents(report));
    if (!findings.isEmpty()) {
      writer.addDocuments(documents.findingDocuments(report, findings));
    }
  }

  /** Removes the report with this id and its rows; a no-op for an unknown id. */
  @Override
  public void remove(String reportId) throws IOException {
    writer.deleteDocuments(new Term(Fields.REPORT_ID, reportId));
  }

  @Override
  public void commit() throws IOException {
    writer.commit();
  }

  /** A searcher over everything added so far, committed or not; the caller closes it. */
  public ReportSearcher searcher() throws IOException {
    return new ReportSearcher(DirectoryReader.open(writer));
  }

  /**
   * The ids of the reports in the index, uncommitted ones included: one pass over the index, for a
   * job that asks of many reports whether they are indexed (an import that skips unchanged files).
   */
  @Override
  public java.util.Set<String> reportIds() throws IOException {
    java.util.Set<String> ids = new java.util.HashSet<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
        org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
        org.apache.lucene.index.SortedDocValues values = leaf.reader().getSortedDocValues(Fields.REPORT_ID);
        if (values == null) {
          continue;
        }
        for (int doc = values.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
          if (live == null || live.get(doc)) {
            ids.add(values.lookupOrd(values.ordValue()).utf8ToString());
          }
        }
      }
    }
    return ids;
  }

  /**
   * The indexed reports by their {@link org.jixiao.schema.SameReport} key, uncommitted ones included: one pass
   * over the index, so that an import finds the report a new file is another rendering of. Reports indexed
   * before the key was recorded have none.
   */
  @Override
  public java.util.Map<String, String> renderingKeys() throws IOException {
    java.util.Map<String, String> byKey = new java.util.HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
        org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
        org.apache.lucene.index.SortedDocValues keys = leaf.reader().getSortedDocValues(Fields.RENDERING_KEY);
        org.apache.lucene.index.SortedDocValues ids = leaf.reader().getSortedDocValues(Fields.REPORT_ID);
        if (keys == null || ids == null) {
          continue;
        }
        for (int doc = keys.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = keys.nextDoc()) {
          if ((live == null || live.get(doc)) && ids.advanceExact(doc)) {
            byKey.putIfAbsent(keys.lookupOrd(keys.ordValue()).utf8ToString(), ids.lookupOrd(ids.ordValue()).utf8ToString());
          }
        }
      }
    }
    return byKey;
  }

  /** Reports in the index, uncommitted ones included. */
  @Override
  public long reportCount() throws IOException {
    try (ReportSearcher s = searcher()) {
      return s.reportCount();
    }
  }

  /** Indicator rows in the index, uncommitted ones included. */
  @Override
  public long rowCount() throws IOException {
    try (ReportSearcher s = searcher()) {
      return s.rowCount();
    }
  }

  @Override
  public String describe() {
    return dir.toString();
  }

  /** Merges down to at most {@code segments} segments (for a finished batch or a benchmark). */
  public void forceMerge(int segments) throws IOException {
    writer.forceMerge(segments);
  }


  /** Commits and closes. */
  @Override
  public void close() throws IOException {
    try (directory) {
      writer.close();
    }
  }
}
