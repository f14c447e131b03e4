package org.jixiao.index;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.jixiao.schema.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jixiao.search.SearchRequest;
import org.jixiao.search.SearchHit;
import org.jixiao.search.Scope;
import org.jixiao.search.Filters;
import org.jixiao.search.Facet;

/** The fast paths of a search ({@link Rescoring}, {@link BlockFacetCounts}) against the plain Lucene ways. */
class FastSearchTest {
  private static final List<String> QUERIES =
      List.of("预算执行率", "执行率", "满意度", "率", "资金", "社会效益", "及时性", "预算 执行率", "群众满意度", "项目");

  @TempDir static Path dir;

  @BeforeAll
  static void index() throws IOException {
    try (ReportIndex index = ReportIndex.open(dir)) {
      for (Report r : GoldReports.all()) {
        index.add(r);
      }
    }
  }

  @Test
  void matchingQueryMatchesTheSameDocuments() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      Queries queries = new Queries(ReportIndex.analyzer(), reader);
      IndexSearcher s = new IndexSearcher(reader);
      for (Scope scope : Scope.values()) {
        for (String q : QUERIES) {
          assertEquals(s.count(queries.parse(q, scope).query()), s.count(queries.matching(q, scope)), q + " " + scope);
        }
      }
    }
  }

  @Test
  void rescoredTopHitsAreTheFullQueryTopHits() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      Queries queries = new Queries(ReportIndex.analyzer(), reader);
      IndexSearcher s = new IndexSearcher(reader);
      for (Scope scope : Scope.values()) {
        for (String q : QUERIES) {
          Query full = queries.parse(q, scope).query();
          TopDocs expected = s.search(full, new TopScoreDocCollectorManager(20, 1000));
          TopDocs actual = Rescoring.top(s, queries.matching(q, scope), full, 20, 1000);
          assertArrayEquals(docs(expected), docs(actual), q + " " + scope);
          for (int i = 0; i < actual.scoreDocs.length; i++) {
            assertEquals(expected.scoreDocs[i].score, actual.scoreDocs[i].score, 1e-4f, q);
          }
        }
      }
    }
  }

  @Test
  void wholeWordMatchStillRanksFirstAfterRescoring() throws IOException {
    try (ReportSearcher s = ReportSearcher.open(dir)) {
      SearchHit top = s.search(SearchRequest.of("预算执行率")).hits().get(0);
      assertEquals("预算执行率", top.level3());
    }
  }

  @Test
  void blockCountsEqualLuceneCounts() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      Queries queries = new Queries(ReportIndex.analyzer(), reader);
      IndexSearcher s = new IndexSearcher(reader);
      SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, Fields.facetsConfig());
      BlockFacetCounts blocks = BlockFacetCounts.of(reader, state);
      assertNotNull(blocks, "the gold index is made of row blocks with their report");
      for (Scope scope : Scope.values()) {
        for (String q : QUERIES) {
          Query query = Queries.combine(queries.parse(q, scope).query(), Queries.filter(scope, Filters.none(), true));
          FacetsCollector fc = s.search(new ConstantScoreQuery(query), new FacetsCollectorManager());
          long[] byOrd = blocks.count(fc);
          assertNotNull(byOrd);
          Facets lucene = new SortedSetDocValuesFacetCounts(state, fc);
          for (Facet f : Facet.values()) {
            SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(f.dim());
            if (range == null) {
              continue;
            }
            Map<String, Long> expected = new java.util.TreeMap<>();
            FacetResult r = lucene.getAllChildren(f.dim());
            if (r != null) {
              for (LabelAndValue lv : r.labelValues) {
                expected.put(lv.label, lv.value.longValue());
              }
            }
            Map<String, Long> actual = new java.util.TreeMap<>();
            for (int o = range.start(); o <= range.end(); o++) {
              if (byOrd[o] > 0) {
                actual.put(org.apache.lucene.facet.FacetsConfig.stringToPath(
                    state.getDocValues().lookupOrd(o).utf8ToString())[1], byOrd[o]);
              }
            }
            assertEquals(expected, actual, q + " " + scope + " " + f);
          }
        }
      }
    }
  }

  private static int[] docs(TopDocs td) {
    int[] out = new int[td.scoreDocs.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = td.scoreDocs[i].doc;
    }
    return out;
  }
}
