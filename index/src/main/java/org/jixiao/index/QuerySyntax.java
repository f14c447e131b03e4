package org.jixiao.index;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.jixiao.search.syntax.QueryText;
import org.jspecify.annotations.Nullable;

/**
 * 查询语法: Lucene's {@link SimpleQueryParser} over jixiao's own word clauses. White space (or {@code +},
 * {@code AND}) joins clauses that must all match, {@code |} or {@code OR} either, {@code -x} or {@code NOT x}
 * excludes, {@code "…"} quotes a phrase with spaces, {@code 执行*} is a word prefix, {@code ( )} group. Each
 * word or phrase becomes the clause {@link Queries} builds (the name's words weigh most, then its bigrams, then
 * the body's), so the syntax changes only how clauses combine. The parser never fails: a stray bracket or quote,
 * or an operator with nothing after it, is dropped and said in {@link Parsed#problem()}. {@link QueryText} reads the
 * same syntax without Lucene, for the Solr client; {@code QueryTextTest} keeps the two readings alike.
 */
final class QuerySyntax {
  private static final int FLAGS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.OR_OPERATOR
      | SimpleQueryParser.NOT_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.PREFIX_OPERATOR
      | SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.ESCAPE_OPERATOR
      | SimpleQueryParser.WHITESPACE_OPERATOR;

  /** The query, the words and phrases it searches for (for highlighting), and what was dropped, if anything. */
  record Parsed(Query query, List<String> words, @Nullable String problem) {
    /**
     * Whether the query matches documents of any type: the parser puts a match-all beside every exclusion
     * ("-x" is everything but x), which also takes in the other scope's documents.
     */
    boolean untyped() {
      return matchesAll(query);
    }

    private static boolean matchesAll(Query q) {
      return q instanceof MatchAllDocsQuery
          || q instanceof BooleanQuery b && b.clauses().stream().anyMatch(c -> c.occur() != Occur.MUST_NOT && matchesAll(c.query()));
    }
  }

  private QuerySyntax() {}

  static Parsed parse(String text, Function<String, @Nullable Query> word, Function<String, @Nullable Query> prefix) {
    String q = QueryText.signs(text);
    List<String> words = new ArrayList<>();
    SimpleQueryParser parser = new SimpleQueryParser(new KeywordAnalyzer(), java.util.Map.of("_", 1f), FLAGS) {
      @Override
      protected Query newDefaultQuery(String t) {
        return clause(t, word, words);
      }

      @Override
      protected Query newPhraseQuery(String t, int slop) {
        return clause(t, word, words);
      }

      @Override
      protected Query newPrefixQuery(String t) {
        Query p = prefix.apply(t);
        words.add(t);
        return p == null ? new MatchNoDocsQuery("no prefix " + t) : p;
      }
    };
    parser.setDefaultOperator(BooleanClause.Occur.MUST);
    Query query = parser.parse(q);
    return new Parsed(query == null ? new MatchNoDocsQuery("no searchable words in " + text) : query, words, QueryText.problem(q));
  }

  private static @Nullable Query clause(String t, Function<String, @Nullable Query> word, List<String> words) {
    Query c = word.apply(t);
    if (c != null) {
      words.add(t);
    }
    return c;
  }
}
