package org.jixiao.index;

import static org.jixiao.index.Fields.*;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.jixiao.search.Filters;
import org.jixiao.search.Scope;
import org.jixiao.search.compare.ComparisonField;
import org.jixiao.search.compare.ComparisonRow;
import org.jixiao.search.compare.IndicatorComparison;
import org.jixiao.search.compare.IndicatorComparison.Match;
import org.jixiao.text.name.IndicatorKeys;
import org.jixiao.text.name.Names;
import org.jspecify.annotations.Nullable;

/**
 * 指标对比 on the embedded index ({@link IndicatorComparison} says how the indicator is looked for): rows read from
 * doc values (no stored fields), so that comparing across a hundred thousand reports stays fast.
 *
 * @see ReportSearcher#compare(String, Filters)
 */
final class Comparisons {
  private static final int TEXT_CANDIDATES = 5000;

  private Comparisons() {}

  /**
   * A text's 拼音 collation key as bytes: their unsigned order is the collator's order, so the index sorts by it as
   * {@link ComparisonField#comparator} does (a CollationKey's bytes are its key's chars, two bytes each, high byte
   * first).
   */
  static org.apache.lucene.util.BytesRef collationKey(String text) {
    return new org.apache.lucene.util.BytesRef(
        java.text.Collator.getInstance(java.util.Locale.CHINA).getCollationKey(text).toByteArray());
  }

  static IndicatorComparison run(IndexSearcher searcher, Queries queries, String indicator, Filters filters)
      throws IOException {
    if (indicator.isBlank()) {
      throw new IllegalArgumentException("name an indicator to compare");
    }
    Query filter = Queries.filter(Scope.INDICATORS, filters, true); // key and text fields are rows' own
    IndicatorKeys keys = IndicatorKeys.load();
    String canonical = keys.keyOf(indicator);
    String key = keys.isCanonical(canonical) ? canonical : null;
    int[] docs = key == null ? new int[0] : exact(searcher, key, filter);
    if (docs.length == 0) {
      key = null;
      docs = exact(searcher, indicator, filter);
    }
    Match match = Match.KEY;
    if (docs.length == 0) {
      match = Match.TEXT;
      docs = bestPerReport(searcher, Queries.combine(queries.text(indicator, Scope.INDICATORS), filter));
    }
    List<ComparisonRow> rows = read(searcher, docs);
    ComparisonField.sort(rows, false, ComparisonField.YEAR, ComparisonField.DEPARTMENT);
    return new IndicatorComparison(indicator, key, match, rows);
  }

  /** The rows whose canonical key or name key is {@code name}'s key. */
  private static int[] exact(IndexSearcher searcher, String name, Query filter) throws IOException {
    return searcher.search(exactQuery(name, filter), new DocIds());
  }

  private static Query exactQuery(String name, Query filter) {
    String key = Names.key(name);
    Query exact =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(CANONICAL_KEY, key)), Occur.SHOULD)
            .add(new TermQuery(new Term(NAME_KEY, key)), Occur.SHOULD)
            .build();
    return Queries.combine(exact, filter);
  }

  /** The columns the index itself can order rows by; the rest are sorted in memory over the whole comparison. */
  private static final java.util.Set<ComparisonField> IN_INDEX = java.util.EnumSet.of(ComparisonField.YEAR,
      ComparisonField.DEPARTMENT, ComparisonField.WEIGHT, ComparisonField.SCORE, ComparisonField.SCORE_RATE);

  /**
   * Rows {@code [offset, offset + limit)} of the comparison {@link #run} gives ({@link #sorted} by {@code field} when
   * not null), the same rows in the same order, but read from the index's own sort where it can: an indicator every
   * report has is paged without reading a hundred thousand rows. A text match, a column the index cannot order by,
   * or an index written before it kept the order field are served from the whole comparison.
   */
  static IndicatorComparison.Page page(IndexSearcher searcher, Queries queries, String indicator, Filters filters,
      @Nullable ComparisonField field, boolean descending, int offset, int limit) throws IOException {
    if (indicator.isBlank()) {
      throw new IllegalArgumentException("name an indicator to compare");
    }
    Query filter = Queries.filter(Scope.INDICATORS, filters, true);
    IndicatorKeys keys = IndicatorKeys.load();
    String canonical = keys.keyOf(indicator);
    String key = keys.isCanonical(canonical) ? canonical : null;
    Query found = key == null ? null : exactQuery(key, filter);
    if (found != null && searcher.count(found) == 0) {
      found = null;
      key = null;
    }
    if (found == null) {
      Query byName = exactQuery(indicator, filter);
      found = searcher.count(byName) > 0 ? byName : null;
    }
    boolean ordered = org.apache.lucene.index.FieldInfos.getMergedFieldInfos(searcher.getIndexReader())
        .fieldInfo(DEPARTMENT_ORDER) != null;
    if (found == null || field != null && !IN_INDEX.contains(field) || !ordered) {
      return run(searcher, queries, indicator, filters).page(field, descending, offset, limit);
    }
    List<SortField> order = new ArrayList<>();
    if (field != null) {
      order.add(sortField(field, descending));
    }
    order.add(sortField(ComparisonField.YEAR, false));
    order.add(sortField(ComparisonField.DEPARTMENT, false));
    TopFieldDocs top = searcher.search(found,
        new TopFieldCollectorManager(new Sort(order.toArray(SortField[]::new)), Math.max(1, offset + limit), Integer.MAX_VALUE));
    int[] docs = Arrays.stream(top.scoreDocs).skip(offset).mapToInt(sd -> sd.doc).toArray();
    return new IndicatorComparison.Page(new IndicatorComparison(indicator, key, Match.KEY, inOrder(searcher, docs)), (int) top.totalHits.value());
  }

  /** The index's order for a column, missing values last whichever the direction, as {@link ComparisonField} sorts. */
  private static SortField sortField(ComparisonField field, boolean descending) {
    SortField f = switch (field) {
      case YEAR -> new SortField(FISCAL_YEAR, SortField.Type.INT, descending); // an IntPoint field
      case DEPARTMENT -> new SortField(DEPARTMENT_ORDER, SortField.Type.STRING, descending);
      case WEIGHT -> new SortField(WEIGHT, SortField.Type.DOUBLE, descending);
      case SCORE -> new SortField(SCORE, SortField.Type.DOUBLE, descending);
      case SCORE_RATE -> new SortField(SCORE_RATE, SortField.Type.DOUBLE, descending);
      default -> throw new IllegalArgumentException("not ordered by the index: " + field);
    };
    switch (f.getType()) {
      case INT -> f.setMissingValue(descending ? Integer.MIN_VALUE : Integer.MAX_VALUE);
      case DOUBLE -> f.setMissingValue(descending ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
      default -> f.setMissingValue(descending ? SortField.STRING_FIRST : SortField.STRING_LAST);
    }
    return f;
  }

  /** The rows of global doc ids in the order given (doc values are read in doc order, then put back). */
  private static List<ComparisonRow> inOrder(IndexSearcher searcher, int[] docs) throws IOException {
    int[] sorted = docs.clone();
    List<ComparisonRow> read = read(searcher, sorted);
    java.util.Map<Integer, ComparisonRow> byDoc = new java.util.HashMap<>();
    for (int i = 0; i < sorted.length; i++) {
      byDoc.put(sorted[i], read.get(i));
    }
    List<ComparisonRow> out = new ArrayList<>(docs.length);
    for (int d : docs) {
      out.add(byDoc.get(d));
    }
    return out;
  }

  private static int[] bestPerReport(IndexSearcher searcher, Query query) throws IOException {
    TopDocs top = searcher.search(query, TEXT_CANDIDATES);
    Set<String> seen = new HashSet<>();
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int[] out = new int[top.scoreDocs.length];
    int n = 0;
    for (ScoreDoc sd : top.scoreDocs) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
      SortedDocValues ids = DocValues.getSorted(leaf.reader(), REPORT_ID);
      if (ids.advanceExact(sd.doc - leaf.docBase) && seen.add(ids.lookupOrd(ids.ordValue()).utf8ToString())) {
        out[n++] = sd.doc;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** Reads the rows of global doc ids, leaf by leaf in doc order as doc values require. */
  private static List<ComparisonRow> read(IndexSearcher searcher, int[] docs) throws IOException {
    Arrays.sort(docs);
    List<ComparisonRow> rows = new ArrayList<>(docs.length);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int i = 0;
    while (i < docs.length) {
      LeafReaderContext ctx = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
      LeafColumns columns = new LeafColumns(ctx.reader());
      int end = ctx.docBase + ctx.reader().maxDoc();
      for (; i < docs.length && docs[i] < end; i++) {
        rows.add(columns.row(docs[i] - ctx.docBase));
      }
    }
    return rows;
  }

  /** The doc-values columns of one segment. */
  private static final class LeafColumns {
    final SortedDocValues reportId, department, province, level;
    final NumericDocValues year, weight, score, scoreRate, targetMag, actualMag;
    final BinaryDocValues level3, target, actual;

    LeafColumns(LeafReader r) throws IOException {
      reportId = DocValues.getSorted(r, REPORT_ID);
      department = DocValues.getSorted(r, DEPARTMENT);
      province = DocValues.getSorted(r, PROVINCE);
      level = DocValues.getSorted(r, ADMIN_LEVEL);
      year = DocValues.getNumeric(r, FISCAL_YEAR);
      weight = DocValues.getNumeric(r, WEIGHT);
      score = DocValues.getNumeric(r, SCORE);
      scoreRate = DocValues.getNumeric(r, SCORE_RATE);
      targetMag = DocValues.getNumeric(r, TARGET_MAGNITUDE);
      actualMag = DocValues.getNumeric(r, ACTUAL_MAGNITUDE);
      level3 = DocValues.getBinary(r, LEVEL3);
      target = DocValues.getBinary(r, TARGET);
      actual = DocValues.getBinary(r, ACTUAL);
    }

    ComparisonRow row(int doc) throws IOException {
      String name = text(level3, doc);
      return new ComparisonRow(
          String.valueOf(text(reportId, doc)),
          text(department, doc),
          text(province, doc),
          text(level, doc),
          year.advanceExact(doc) ? (int) year.longValue() : null,
          name == null ? "" : name,
          text(target, doc),
          text(actual, doc),
          number(weight, doc),
          number(score, doc),
          number(scoreRate, doc),
          number(targetMag, doc),
          number(actualMag, doc));
    }

    private static @Nullable String text(SortedDocValues dv, int doc) throws IOException {
      return dv.advanceExact(doc) ? dv.lookupOrd(dv.ordValue()).utf8ToString() : null;
    }

    private static @Nullable String text(BinaryDocValues dv, int doc) throws IOException {
      return dv.advanceExact(doc) ? dv.binaryValue().utf8ToString() : null;
    }

    private static @Nullable BigDecimal number(NumericDocValues dv, int doc) throws IOException {
      // DoubleDocValuesField keeps the raw bits; BigDecimal.valueOf gives the shortest decimal back
      return dv.advanceExact(doc) ? BigDecimal.valueOf(Double.longBitsToDouble(dv.longValue())) : null;
    }
  }

  /** Collects the global ids of every match, unscored. */
  private static final class DocIds implements CollectorManager<DocIds.Ids, int[]> {
    static final class Ids extends SimpleCollector {
      int[] docs = new int[64];
      int size;
      int base;

      @Override
      protected void doSetNextReader(LeafReaderContext context) {
        base = context.docBase;
      }

      @Override
      public void collect(int doc) {
        if (size == docs.length) {
          docs = Arrays.copyOf(docs, size * 2);
        }
        docs[size++] = base + doc;
      }

      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
      }
    }

    @Override
    public Ids newCollector() {
      return new Ids();
    }

    @Override
    public int[] reduce(Collection<Ids> collectors) {
      return collectors.stream()
          .flatMapToInt(c -> Arrays.stream(c.docs, 0, c.size))
          .toArray();
    }
  }
}
