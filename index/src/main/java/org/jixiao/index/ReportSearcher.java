package org.jixiao.index;

import org.jixiao.text.number.Numbers;
import static org.jixiao.index.Fields.*;

import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.util.BytesRef;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Json;
import org.jixiao.schema.Severity;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;
import org.jixiao.search.ReportSearch;
import org.jixiao.search.SearchRequest;
import org.jixiao.search.SearchResult;
import org.jixiao.search.SearchHit;
import org.jixiao.search.Scope;
import org.jixiao.search.Filters;
import org.jixiao.search.Facet;
import org.jixiao.search.FacetCount;
import org.jixiao.search.IndexStats;
import org.jixiao.search.FilterField;
import org.jixiao.search.FindingQuery;
import org.jixiao.search.FindingResults;
import org.jixiao.search.FindingHit;
import org.jixiao.search.compare.ComparisonField;
import org.jixiao.search.compare.IndicatorComparison;

/**
 * 检索: searches one point-in-time view of the index. Thread-safe; close it to release the view.
 * Open one from a directory with {@link #open(Path)} (read-only, alongside a writer) or from a
 * {@link ReportIndex#searcher()}.
 */
public final class ReportSearcher implements ReportSearch {
  private static final int EXACT_COUNT_THRESHOLD = 1000;

  private final IndexReader reader;
  private final @Nullable Closeable directory;
  private final IndexSearcher searcher;
  private final Analyzer analyzer = ReportIndex.analyzer();
  private final Queries queries;
  private final UnifiedHighlighter highlighter;
  private volatile @Nullable SortedSetDocValuesReaderState facetState;
  /** Set with {@link #facetState} (before it), null where the index does not allow counting by blocks. */
  private volatile @Nullable BlockFacetCounts blockCounts;

  ReportSearcher(IndexReader reader) {
    this(reader, null);
  }

  private ReportSearcher(IndexReader reader, @Nullable Closeable directory) {
    this.reader = reader;
    this.directory = directory;
    this.searcher = new IndexSearcher(reader, SearchThreads.executor());
    this.queries = new Queries(analyzer, reader);
    this.highlighter =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new DefaultPassageFormatter("«", "»", "…", false))
            .withBreakIterator(() -> new CustomSeparatorBreakIterator('\n'))
            .build();
  }

  /** Opens the committed index in {@code dir} read-only. */
  public static ReportSearcher open(Path dir) throws IOException {
    FSDirectory directory = FSDirectory.open(dir);
    try {
      return new ReportSearcher(DirectoryReader.open(directory), directory);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  @Override
  public long reportCount() throws IOException {
    return searcher.count(new TermQuery(new Term(TYPE, TYPE_REPORT)));
  }

  @Override
  public long rowCount() throws IOException {
    return searcher.count(new TermQuery(new Term(TYPE, TYPE_ROW)));
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    QuerySyntax.Parsed parsed = queries.parse(request.query(), request.scope());
    Query filter = Queries.filter(request.scope(), request.filters(), Queries.typed(request.query()));
    Query query = Queries.combine(parsed.query(), filter);
    int n = Math.max(1, request.offset() + request.limit());
    Sort sort = Queries.sort(request.sort(), request.descending());
    TopDocs top;
    Map<Facet, List<FacetCount>> facets = Map.of();
    if (sort == null) {
      Query matching = Queries.combine(queries.matching(request.query(), request.scope()), filter);
      top = Rescoring.top(searcher, matching, query, n, EXACT_COUNT_THRESHOLD);
      if (request.facets()) {
        // counted apart from the top hits, without scores: every match is collected, none scored
        FacetsCollector fc = searcher.search(new ConstantScoreQuery(matching), new FacetsCollectorManager());
        top = new TopDocs(new TotalHits(matched(fc), TotalHits.Relation.EQUAL_TO), top.scoreDocs);
        facets = facets(fc);
      }
    } else if (request.facets()) {
      FacetsCollectorManager.FacetsResult r =
          FacetsCollectorManager.search(searcher, query, n, sort, true, new FacetsCollectorManager());
      top = r.topDocs();
      facets = facets(r.facetsCollector());
    } else {
      top = searcher.search(query, new TopFieldCollectorManager(sort, n, null, EXACT_COUNT_THRESHOLD));
    }
    ScoreDoc[] docs = top.scoreDocs;
    int from = Math.min(request.offset(), docs.length);
    docs = java.util.Arrays.copyOfRange(docs, from, Math.min(docs.length, from + request.limit()));
    String[] snippets = new String[docs.length];
    if (request.highlight() && docs.length > 0 && request.query() != null && !request.query().isBlank()) {
      String field = request.scope() == Scope.REPORTS ? LINES : NAME_BI;
      TopDocs shown = new TopDocs(top.totalHits, docs);
      snippets = highlighter.highlight(field, queries.wordsOn(parsed.words(), field), shown, 1);
    }
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      String snippet = snippets[i] == null ? null : snippets[i].replace("»«", "");
      hits.add(hit(request.scope(), docs[i].score, stored.document(docs[i].doc), snippet));
    }
    boolean exact = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
    return new SearchResult(top.totalHits.value(), exact, hits, facets, parsed.problem());
  }

  private static long matched(FacetsCollector fc) {
    long n = 0;
    for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) {
      n += m.totalHits();
    }
    return n;
  }

  /** How many reports the filters keep (exact, however many). */
  @Override
  public long countReports(Filters filters) throws IOException {
    return searcher.count(Queries.filter(Scope.REPORTS, filters, false));
  }

  /**
   * 问题: the findings the query keeps, worst first then by report and by their order in it, the page asked for, with
   * counts per severity and per check over all it keeps. An index made before findings were indexed has none.
   */
  @Override
  public FindingResults findings(FindingQuery q) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(TYPE, TYPE_FINDING)), BooleanClause.Occur.FILTER);
    List<BytesRef> severities = new ArrayList<>();
    for (Severity s : Severity.values()) {
      if (s.compareTo(q.least()) <= 0) {
        severities.add(new BytesRef(s.name()));
      }
    }
    b.add(new TermInSetQuery(SEVERITY, severities), BooleanClause.Occur.FILTER);
    if (q.check() != null) {
      b.add(new TermQuery(new Term(CHECK, q.check().jsonName())), BooleanClause.Occur.FILTER);
    }
    if (q.province() != null) {
      b.add(new TermQuery(new Term(PROVINCE, q.province())), BooleanClause.Occur.FILTER);
    }
    if (q.department() != null) {
      b.add(new TermQuery(new Term(DEPARTMENT, q.department())), BooleanClause.Occur.FILTER);
    }
    if (q.fiscalYear() != null) {
      b.add(IntPoint.newExactQuery(FISCAL_YEAR, q.fiscalYear()), BooleanClause.Occur.FILTER);
    }
    Sort order = new Sort(new SortField(SEVERITY_RANK, SortField.Type.INT), new SortField(REPORT_ID, SortField.Type.STRING),
        new SortField(FINDING_ORDER, SortField.Type.INT));
    FacetsCollectorManager.FacetsResult r = FacetsCollectorManager.search(searcher, new ConstantScoreQuery(b.build()),
        Math.max(1, q.offset() + q.limit()), order, false, new FacetsCollectorManager());
    ScoreDoc[] docs = r.topDocs().scoreDocs;
    int from = Math.min(q.offset(), docs.length);
    StoredFields stored = searcher.storedFields();
    List<FindingHit> hits = new ArrayList<>();
    for (int i = from; i < Math.min(docs.length, from + q.limit()); i++) {
      Document d = stored.document(docs[i].doc);
      hits.add(new FindingHit(d.get(REPORT_ID), d.get(DEPARTMENT), d.get(PROVINCE),
          d.getField(FISCAL_YEAR) == null ? null : d.getField(FISCAL_YEAR).numericValue().intValue(),
          Json.mapper().readValue(d.get(FINDING_JSON), Finding.class)));
    }
    return new FindingResults(r.topDocs().totalHits.value(), hits, dimension(r.facetsCollector(), SEVERITY_DIM),
        dimension(r.facetsCollector(), CHECK_DIM));
  }

  private Map<String, Long> dimension(FacetsCollector fc, String dim) throws IOException {
    SortedSetDocValuesReaderState state = facetState();
    Map<String, Long> out = new java.util.LinkedHashMap<>();
    if (state == null || state.getOrdRange(dim) == null) {
      return out;
    }
    FacetResult r = new SortedSetDocValuesFacetCounts(state, fc).getAllChildren(dim);
    if (r != null) {
      java.util.Arrays.stream(r.labelValues).sorted((a, c) -> Long.compare(c.value.longValue(), a.value.longValue()))
          .forEach(lv -> out.put(lv.label, lv.value.longValue()));
    }
    return out;
  }

  /** Every distinct value of a filter field in the index, in index order (for matching what a user typed). */
  @Override
  public List<String> values(FilterField f) throws IOException {
    List<String> out = new ArrayList<>();
    org.apache.lucene.index.Terms terms = org.apache.lucene.index.MultiTerms.getTerms(reader, Fields.of(f));
    if (terms == null) {
      return out;
    }
    org.apache.lucene.index.TermsEnum e = terms.iterator();
    for (org.apache.lucene.util.BytesRef t = e.next(); t != null; t = e.next()) {
      out.add(t.utf8ToString());
    }
    return out;
  }

  /** How many reports and rows, and the report counts per facet value. */
  @Override
  public IndexStats stats() throws IOException {
    FacetsCollector fc =
        searcher.search(new TermQuery(new Term(TYPE, TYPE_REPORT)), new FacetsCollectorManager());
    return new IndexStats(reportCount(), rowCount(), facets(fc));
  }

  /**
   * 指标对比: the rows of one indicator across departments and years: by its canonical key ({@link
   * org.jixiao.text.name.IndicatorKeys}), else by its name, else as text with the best-matching row
   * of each report (see {@link IndicatorComparison}).
   */
  @Override
  public IndicatorComparison compare(String indicator, Filters filters) throws IOException {
    return Comparisons.run(searcher, queries, indicator, filters);
  }

  /**
   * Rows {@code [offset, offset + limit)} of {@link #compare} (sorted by {@code sort} when not null), and how many
   * there are: the web page's page of a comparison, ordered by the index where it can be.
   */
  @Override
  public IndicatorComparison.Page compare(String indicator, Filters filters, @Nullable ComparisonField sort,
      boolean descending, int offset, int limit) throws IOException {
    return Comparisons.page(searcher, queries, indicator, filters, sort, descending, offset, limit);
  }

  private Map<Facet, List<FacetCount>> facets(FacetsCollector fc) throws IOException {
    SortedSetDocValuesReaderState state = facetState();
    if (state == null) {
      return Map.of();
    }
    BlockFacetCounts blocks = blockCounts;
    long[] byOrd = blocks == null ? null : blocks.count(fc);
    Facets counts = byOrd == null ? new SortedSetDocValuesFacetCounts(state, fc) : null;
    org.apache.lucene.index.SortedSetDocValues labels = state.getDocValues();
    Map<Facet, List<FacetCount>> out = new EnumMap<>(Facet.class);
    for (Facet f : Facet.values()) {
      SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(f.dim());
      if (range == null) {
        continue; // no document has a value for it
      }
      List<FacetCount> values = new ArrayList<>();
      if (counts == null) {
        for (int o = range.start(); o <= range.end(); o++) {
          if (byOrd[o] > 0) {
            String label = org.apache.lucene.facet.FacetsConfig.stringToPath(labels.lookupOrd(o).utf8ToString())[1];
            values.add(new FacetCount(label, byOrd[o]));
          }
        }
      } else {
        FacetResult r = counts.getAllChildren(f.dim());
        if (r != null) {
          for (LabelAndValue lv : r.labelValues) {
            values.add(new FacetCount(lv.label, lv.value.longValue()));
          }
        }
      }
      values.sort(
          java.util.Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
      out.put(f, values);
    }
    return out;
  }

  private @Nullable SortedSetDocValuesReaderState facetState() throws IOException {
    SortedSetDocValuesReaderState s = facetState;
    if (s == null) {
      FieldInfo info = FieldInfos.getMergedFieldInfos(reader).fieldInfo(org.apache.lucene.facet.FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
      if (info == null) {
        return null; // empty index
      }
      synchronized (this) {
        s = facetState;
        if (s == null) {
          s = new DefaultSortedSetDocValuesReaderState(reader, Fields.facetsConfig());
          blockCounts = BlockFacetCounts.of(reader, s);
          facetState = s;
        }
      }
    }
    return s;
  }

  private static SearchHit hit(Scope kind, float relevance, Document d, @Nullable String snippet) {
    boolean row = kind == Scope.INDICATORS;
    String fallback = row ? d.get(NAME_BI) : d.get(DEPARTMENT);
    return new SearchHit(
        kind,
        relevance,
        d.get(REPORT_ID),
        d.get(SOURCE_FILE),
        d.get(DEPARTMENT),
        d.get(PROVINCE),
        d.get(ADMIN_LEVEL),
        d.getField(FISCAL_YEAR) == null ? null : d.getField(FISCAL_YEAR).numericValue().intValue(),
        d.get(REPORT_KIND),
        d.get(GRADE),
        decimal(d.get(TOTAL_SCORE)),
        row ? d.getField(ROW_INDEX).numericValue().intValue() : -1,
        d.get(LEVEL1),
        d.get(LEVEL2),
        row ? d.get(NAME_BI) : null,
        d.get(TARGET),
        d.get(ACTUAL),
        decimal(d.get(WEIGHT)),
        decimal(d.get(SCORE)),
        snippet == null ? fallback : snippet);
  }

  static @Nullable BigDecimal decimal(@Nullable String s) {
    return s == null ? null : Numbers.of(s);
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      if (directory != null) {
        directory.close();
      }
    }
  }
}
