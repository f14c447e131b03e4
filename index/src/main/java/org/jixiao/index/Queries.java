package org.jixiao.index;

import static org.jixiao.index.Fields.*;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;
import org.jixiao.search.Scope;
import org.jixiao.search.Filters;
import org.jixiao.search.Range;
import org.jixiao.search.SortKey;

/**
 * Builds Lucene queries from free text and {@link Filters}. Each white-space separated clause is
 * required; within a clause the word phrase in the name weighs most, then the name's bigrams, then
 * the body's words and bigrams, so that 政府采购执行率 puts that indicator first while 执行率 still
 * finds every *执行率.
 */
final class Queries {
  private static final float NAME_BOOST = 4f;
  private static final float NAME_BI_BOOST = 2f;
  private static final float BODY_BOOST = 1f;
  private static final float BODY_BI_BOOST = 0.5f;
  private static final java.util.Set<String> BIGRAM_FIELDS = java.util.Set.of(NAME_BI, BODY_BI, REPORT_NAME_BI);

  /** Cached per segment: which documents are reports, the parents of the row blocks. */
  private static final BitSetProducer REPORTS = new QueryBitSetProducer(new TermQuery(new Term(TYPE, TYPE_REPORT)));

  private final QueryBuilder builder;
  private final IndexReader reader;

  /** Queries for the index {@code reader} reads: its term statistics decide which bigrams a phrase can leave out. */
  Queries(Analyzer analyzer, IndexReader reader) {
    this.builder = new QueryBuilder(analyzer);
    this.reader = reader;
  }

  /**
   * The scoring part: all clauses of the text, or all documents for blank text. A report matches
   * a clause by its own name (department, title) or through its best-matching row.
   */
  Query text(@Nullable String text, Scope scope) {
    if (text == null || text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    int clauses = 0;
    for (String word : text.strip().split("\\s+")) {
      Query c = clause(word, scope, true);
      if (c != null) {
        all.add(c, Occur.MUST);
        clauses++;
      }
    }
    // text of punctuation or stop words only: nothing can match it
    return clauses == 0 ? new MatchNoDocsQuery("no searchable words in " + text) : all.build();
  }

  /**
   * A search box's text in the query syntax ({@link QuerySyntax}): each word or phrase the clause {@link #text}
   * builds for it, combined by the operators; a query that only excludes keeps the documents of the scope that do
   * not match (within the scope's documents). Blank text matches everything.
   */
  QuerySyntax.Parsed parse(@Nullable String text, Scope scope) {
    return parse(text, scope, true);
  }

  /**
   * {@link #parse} for matching only: the same documents, but a row's word phrase in its name ({@link Fields#NAME})
   * adds nothing to the score. Scoring that phrase on every match is most of a search's time (it cannot skip where
   * the bigram phrase decides the threshold); {@link Rescoring} adds it back on the top hits.
   */
  Query matching(@Nullable String text, Scope scope) {
    return parse(text, scope, false).query();
  }

  private QuerySyntax.Parsed parse(@Nullable String text, Scope scope, boolean scoreName) {
    if (text == null || text.isBlank()) {
      return new QuerySyntax.Parsed(new MatchAllDocsQuery(), java.util.List.of(), null);
    }
    QuerySyntax.Parsed p = QuerySyntax.parse(text, w -> clause(w, scope, scoreName), w -> prefix(w, scope));
    if (!p.untyped()) {
      return p;
    }
    Query typed = new BooleanQuery.Builder().add(p.query(), Occur.MUST)
        .add(new TermQuery(new Term(TYPE, scope == Scope.REPORTS ? TYPE_REPORT : TYPE_ROW)), Occur.FILTER).build();
    return new QuerySyntax.Parsed(typed, p.words(), p.problem());
  }

  /** One word's clause in the scope, or null when it holds nothing searchable (punctuation, stop words). */
  private @Nullable Query clause(String word, Scope scope, boolean scoreName) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int fields = 0;
    if (scope == Scope.INDICATORS) {
      fields += rowClause(any, word, scoreName);
    } else {
      fields += add(any, REPORT_NAME, word, NAME_BOOST);
      fields += add(any, REPORT_NAME_BI, word, NAME_BI_BOOST);
      BooleanQuery.Builder row = new BooleanQuery.Builder();
      if (rowClause(row, word, scoreName) > 0) {
        any.add(new ToParentBlockJoinQuery(row.build(), REPORTS, ScoreMode.Max), Occur.SHOULD);
        fields++;
      }
    }
    return fields == 0 ? null : any.build();
  }

  /** "执行*": the words of a name or body that start so (a row's, or for reports a report's name or one of its rows'). */
  private static Query prefix(String start, Scope scope) {
    BooleanQuery.Builder row = new BooleanQuery.Builder()
        .add(new PrefixQuery(new Term(NAME, start)), Occur.SHOULD)
        .add(new PrefixQuery(new Term(BODY, start)), Occur.SHOULD);
    if (scope == Scope.INDICATORS) {
      return row.build();
    }
    return new BooleanQuery.Builder()
        .add(new PrefixQuery(new Term(REPORT_NAME, start)), Occur.SHOULD)
        .add(new ToParentBlockJoinQuery(row.build(), REPORTS, ScoreMode.Max), Occur.SHOULD)
        .build();
  }

  /** The words of a query, each on one field, for the highlighter. */
  Query wordsOn(java.util.List<String> words, String field) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String w : words) {
      Query q = builder.createPhraseQuery(field, w); // whole: the highlighter marks what the phrase spans
      if (q != null) {
        any.add(q, Occur.SHOULD);
      }
    }
    return any.build();
  }

  /** The clause against a row's fields, which report documents do not have. */
  private int rowClause(BooleanQuery.Builder b, String clause, boolean scoreName) {
    return (scoreName ? add(b, NAME, clause, NAME_BOOST) : add(b, NAME, clause, 0f))
        + add(b, NAME_BI, clause, NAME_BI_BOOST)
        + add(b, BODY, clause, BODY_BOOST)
        + add(b, BODY_BI, clause, BODY_BI_BOOST);
  }

  private int add(BooleanQuery.Builder b, String field, String clause, float boost) {
    Query q = builder.createPhraseQuery(field, clause);
    if (q == null) {
      return 0;
    }
    if (BIGRAM_FIELDS.contains(field)) {
      q = BigramPhrases.thin(q, this::docFreq);
    }
    // weightless: it still matches, and a disjunction skips a clause whose best score is 0 once a threshold is set
    b.add(boost == 0f ? new BoostQuery(new ConstantScoreQuery(q), 0f) : new BoostQuery(q, boost), Occur.SHOULD);
    return 1;
  }

  private long docFreq(Term t) {
    try {
      return reader.docFreq(t);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The non-scoring part: every filter, and the document type unless {@code typed} says the
   * scoring part already matches one type only (row text fields exist on rows alone; a type filter
   * over millions of rows would only slow the search down).
   */
  static Query filter(Scope scope, Filters f, boolean typed) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (!typed) {
      b.add(new TermQuery(new Term(TYPE, scope == Scope.REPORTS ? TYPE_REPORT : TYPE_ROW)), Occur.FILTER);
    }
    term(b, PROVINCE, f.province());
    term(b, ADMIN_LEVEL, f.adminLevel() == null ? null : f.adminLevel().name());
    term(b, REPORT_KIND, f.reportKind() == null ? null : f.reportKind().name());
    term(b, GRADE, f.grade());
    term(b, DEPARTMENT, f.department());
    if (f.fiscalYear() != null) {
      b.add(IntPoint.newExactQuery(FISCAL_YEAR, f.fiscalYear()), Occur.FILTER);
    }
    range(b, TOTAL_SCORE, f.totalScore());
    range(b, EXECUTION_RATE, f.executionRate());
    if (f.scoreRate() != null) {
      if (scope == Scope.REPORTS) {
        throw new IllegalArgumentException("a score-rate range applies to indicator rows, not reports");
      }
      range(b, SCORE_RATE, f.scoreRate());
    }
    return b.build();
  }

  /**
   * A search's order (null for relevance, Lucene's default): doc values of the key's field, a hit without the value
   * last either way, then relevance.
   */
  static @Nullable Sort sort(SortKey key, boolean descending) {
    SortField by = switch (key) {
      case RELEVANCE -> null;
      case YEAR -> new SortField(FISCAL_YEAR, SortField.Type.INT, descending);
      case DEPARTMENT -> new SortField(DEPARTMENT, SortField.Type.STRING, descending);
      case PROVINCE -> new SortField(PROVINCE, SortField.Type.STRING, descending);
      case TOTAL_SCORE -> new SortField(TOTAL_SCORE, SortField.Type.DOUBLE, descending);
      case EXECUTION_RATE -> new SortField(EXECUTION_RATE, SortField.Type.DOUBLE, descending);
      case SCORE -> new SortField(SCORE, SortField.Type.DOUBLE, descending);
      case SCORE_RATE -> new SortField(SCORE_RATE, SortField.Type.DOUBLE, descending);
    };
    if (by == null) {
      return null;
    }
    switch (by.getType()) {
      case STRING -> by.setMissingValue(descending ? SortField.STRING_FIRST : SortField.STRING_LAST);
      case INT -> by.setMissingValue(descending ? Integer.MIN_VALUE : Integer.MAX_VALUE);
      default -> by.setMissingValue(descending ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
    }
    return new Sort(by, SortField.FIELD_SCORE);
  }

  static Query combine(Query text, Query filter) {
    if (filter instanceof BooleanQuery b && b.clauses().isEmpty()) {
      return text;
    }
    return new BooleanQuery.Builder().add(text, Occur.MUST).add(filter, Occur.FILTER).build();
  }

  /** Whether {@link #text} of this text matches documents of the one scope only. */
  static boolean typed(@Nullable String text) {
    return text != null && !text.isBlank();
  }

  private static void term(BooleanQuery.Builder b, String field, @Nullable String value) {
    if (value != null) {
      b.add(new TermQuery(new Term(field, value)), Occur.FILTER);
    }
  }

  private static void range(BooleanQuery.Builder b, String field, @Nullable Range r) {
    if (r == null) {
      return;
    }
    double min = r.min() == null ? Double.NEGATIVE_INFINITY : r.min();
    double max = r.max() == null ? Double.POSITIVE_INFINITY : r.max();
    b.add(DoublePoint.newRangeQuery(field, min, max), Occur.FILTER);
  }
}
