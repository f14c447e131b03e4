package org.jixiao.solrclient;

import static org.jixiao.solrclient.SolrFields.*;

import java.util.List;
import java.util.Locale;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.jixiao.search.Filters;
import org.jixiao.search.Range;
import org.jixiao.search.Scope;
import org.jixiao.search.SortKey;
import org.jixiao.search.syntax.Clause;
import org.jixiao.search.syntax.QueryText;
import org.jspecify.annotations.Nullable;

/**
 * Solr's queries for jixiao's: the search box's {@link Clause} tree in Solr's standard syntax (parser {@code lucene}:
 * edismax, the {@code /select} default, does not read the block join's local parameters), each word a phrase on the
 * same fields with the same weights as the embedded index — a row's name (words, then bigrams), then its body; a
 * report by its own name or through its best row ({@code {!parent}}, each shard joining its own blocks). Filters
 * become filter queries, cached by Solr apart from the scoring query.
 */
final class SolrQueries {
  /** A report, the parent of the row blocks. */
  static final String PARENTS = TYPE + ":" + REPORT;

  private final SolrQuery query;
  private int nested;

  private SolrQueries(SolrQuery query) {
    this.query = query;
  }

  /** Whether the text holds anything the analyzers make a token of: a letter or a digit. */
  static boolean searchable(String text) {
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /** Sets {@code q} (and the block joins' parameters) to the parsed query in the scope; returns the parse. */
  static QueryText.Parsed text(SolrQuery query, @Nullable String text, Scope scope) {
    query.setParam("defType", "lucene");
    if (text == null || text.isBlank()) {
      query.setQuery("*:*");
      return new QueryText.Parsed(new Clause.Everything(), List.of(), null);
    }
    QueryText.Parsed parsed = QueryText.parse(text, SolrQueries::searchable);
    query.setQuery(new SolrQueries(query).render(parsed.clause(), scope));
    return parsed;
  }

  /** Every white-space separated word must match (a comparison's text match), as the embedded index's plain text. */
  static void allWords(SolrQuery query, String text) {
    query.setParam("defType", "lucene");
    List<Clause> words = java.util.Arrays.stream(text.strip().split("\\s+")).filter(SolrQueries::searchable)
        .<Clause>map(Clause.Word::new).toList();
    Clause c = words.isEmpty() ? new Clause.Nothing() : new Clause.Join(true, words);
    query.setQuery(new SolrQueries(query).render(c, Scope.INDICATORS));
  }

  private String render(Clause c, Scope scope) {
    return switch (c) {
      case Clause.Word w -> scope == Scope.INDICATORS ? rowWord(w.text())
          : "(" + REPORT_NAME + ":" + phrase(w.text()) + "^4 OR " + REPORT_NAME_BI + ":" + phrase(w.text()) + "^2 OR "
              + parent(rowWord(w.text())) + ")";
      case Clause.Prefix p -> scope == Scope.INDICATORS ? rowPrefix(p.start())
          : "(" + REPORT_NAME + ":" + prefix(p.start()) + " OR " + parent(rowPrefix(p.start())) + ")";
      case Clause.Not n -> "(*:* -" + render(n.clause(), scope) + ")";
      case Clause.Join j -> "(" + String.join(j.all() ? " AND " : " OR ",
          j.clauses().stream().map(x -> render(x, scope)).toList()) + ")";
      case Clause.Everything e -> "*:*";
      case Clause.Nothing n -> "(*:* -*:*)";
    };
  }

  /** One word against a row: its name's words weigh most, then the name's bigrams, then the body's. */
  private static String rowWord(String text) {
    String p = phrase(text);
    return "(" + NAME + ":" + p + "^4 OR " + NAME_BI + ":" + p + "^2 OR " + BODY + ":" + p + " OR " + BODY_BI + ":" + p
        + "^0.5)";
  }

  private static String rowPrefix(String start) {
    return "(" + NAME + ":" + prefix(start) + " OR " + BODY + ":" + prefix(start) + ")";
  }

  /** The reports with a row matching {@code rows}, scored by their best one; the row query goes as a parameter. */
  private String parent(String rows) {
    String param = "rq" + nested++;
    query.setParam(param, rows);
    return "{!parent which=" + PARENTS + " score=max v=$" + param + "}";
  }

  static String quoted(String text) {
    return phrase(text);
  }

  private static String phrase(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private static String prefix(String start) {
    return ClientUtils.escapeQueryChars(start) + "*";
  }

  /** The filter queries: the type of the scope, the identity filters and the ranges. */
  static void filters(SolrQuery query, Scope scope, Filters f) {
    query.addFilterQuery(TYPE + ":" + (scope == Scope.REPORTS ? REPORT : ROW));
    identity(query, f);
    if (f.scoreRate() != null) {
      if (scope == Scope.REPORTS) {
        throw new IllegalArgumentException("a score-rate range applies to indicator rows, not reports");
      }
      range(query, SCORE_RATE, f.scoreRate());
    }
  }

  /** The filters every type of document carries: identity and the report's ranges. */
  static void identity(SolrQuery query, Filters f) {
    term(query, PROVINCE, f.province());
    term(query, ADMIN_LEVEL, f.adminLevel() == null ? null : f.adminLevel().name());
    term(query, REPORT_KIND, f.reportKind() == null ? null : f.reportKind().name());
    term(query, GRADE, f.grade());
    term(query, DEPARTMENT, f.department());
    if (f.fiscalYear() != null) {
      query.addFilterQuery(FISCAL_YEAR + ":" + f.fiscalYear());
    }
    range(query, TOTAL_SCORE, f.totalScore());
    range(query, EXECUTION_RATE, f.executionRate());
  }

  /** An exact value, whatever characters it holds. */
  static void term(SolrQuery query, String field, @Nullable String value) {
    if (value != null) {
      query.addFilterQuery("{!term f=" + field + "}" + value);
    }
  }

  private static void range(SolrQuery query, String field, @Nullable Range r) {
    if (r != null) {
      query.addFilterQuery(field + ":[" + (r.min() == null ? "*" : bound(r.min())) + " TO "
          + (r.max() == null ? "*" : bound(r.max())) + "]");
    }
  }

  private static String bound(double d) {
    return String.format(Locale.ROOT, "%s", d);
  }

  /** The Solr sort of a key, a hit without the value last either way (sortMissingLast), then relevance. */
  static void sort(SolrQuery query, SortKey key, boolean descending) {
    String field = switch (key) {
      case RELEVANCE -> null;
      case YEAR -> FISCAL_YEAR;
      case DEPARTMENT -> DEPARTMENT;
      case PROVINCE -> PROVINCE;
      case TOTAL_SCORE -> TOTAL_SCORE;
      case EXECUTION_RATE -> EXECUTION_RATE;
      case SCORE -> ROW_SCORE;
      case SCORE_RATE -> SCORE_RATE;
    };
    if (field != null) {
      query.addSort(field, descending ? SolrQuery.ORDER.desc : SolrQuery.ORDER.asc);
    }
    query.addSort(RELEVANCE, SolrQuery.ORDER.desc);
  }
}
