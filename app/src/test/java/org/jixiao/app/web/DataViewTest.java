package org.jixiao.app.web;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.app.batch.ReportStore;
import org.jixiao.schema.Json;
import org.jixiao.schema.Report;
import org.jixiao.schema.StoredReport;
import org.jixiao.search.FilterField;
import org.jixiao.search.Filters;
import org.jixiao.search.FindingQuery;
import org.jixiao.search.FindingResults;
import org.jixiao.search.IndexStats;
import org.jixiao.search.ReportSearch;
import org.jixiao.search.SearchRequest;
import org.jixiao.search.SearchResult;
import org.jixiao.search.compare.ComparisonField;
import org.jixiao.search.compare.IndicatorComparison;
import org.jixiao.solrclient.SolrTarget;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report pages over a shared collection: the collection's entry first (any machine imported it), DATA's else. */
class DataViewTest {
  @TempDir Path tmp;

  private static final String SHARED = "a".repeat(64);
  private static final String LOCAL = "b".repeat(64);

  @Test
  void theCollectionsEntryComesFirstAndDataIsReadForWhatItLacks() throws IOException {
    Path gold = Path.of(System.getProperty("jixiao.gold", "../corpus-samples/gold"));
    Report report;
    try (var files = Files.list(gold)) {
      report = Json.read(files.filter(f -> f.toString().endsWith(".json")).sorted().findFirst().orElseThrow(), Report.class);
    }
    StoredReport inCollection = new StoredReport(report, List.of(), "/shared/in/x.pdf", "2026-12-05T06:00:00Z");
    StoredReport onDisk = new StoredReport(report, List.of(), "/local/in/y.pdf", "2026-12-04T06:00:00Z");
    new ReportStore(tmp).save(LOCAL, onDisk);
    new ReportStore(tmp).save(SHARED, onDisk); // an older local copy of what the collection holds

    try (DataView view = new DataView(tmp, SolrTarget.of("http://solr1:8983/solr", "reports"), t -> new Collection(inCollection))) {
      assertEquals("/shared/in/x.pdf", view.storedEntry(SHARED).sourcePath(), "the collection's, not DATA's older copy");
      assertEquals("/local/in/y.pdf", view.storedEntry(LOCAL).sourcePath(), "the collection keeps none: DATA's");
      assertNull(view.storedEntry("c".repeat(64)));
      assertNull(view.storedEntry("../../etc/passwd"), "no id, no lookup");
    }
    try (DataView local = new DataView(tmp)) {
      assertEquals("/local/in/y.pdf", local.storedEntry(SHARED).sourcePath(), "without --solr only DATA is read");
    }
  }

  /** A collection holding one entry under {@link #SHARED}; nothing else is asked of it here. */
  private record Collection(StoredReport entry) implements ReportSearch {
    @Override
    public @Nullable StoredReport storedEntry(String reportId) {
      return reportId.equals(SHARED) ? entry : null;
    }

    @Override
    public long reportCount() {
      throw new UnsupportedOperationException();
    }

    @Override
    public long rowCount() {
      throw new UnsupportedOperationException();
    }

    @Override
    public SearchResult search(SearchRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long countReports(Filters filters) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FindingResults findings(FindingQuery query) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<String> values(FilterField field) {
      throw new UnsupportedOperationException();
    }

    @Override
    public IndexStats stats() {
      throw new UnsupportedOperationException();
    }

    @Override
    public IndicatorComparison compare(String indicator, Filters filters) {
      throw new UnsupportedOperationException();
    }

    @Override
    public IndicatorComparison.Page compare(String indicator, Filters filters, @Nullable ComparisonField sort,
        boolean descending, int offset, int limit) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void close() {}
  }
}
