package org.jixiao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Function;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jixiao.search.syntax.Clause;
import org.jixiao.search.syntax.QueryText;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The search box's syntax read without Lucene ({@link QueryText}, for the Solr client) gives the query Lucene's
 * parser gives ({@link QuerySyntax}, the embedded index's): the same tree of the same clauses, the same words, the
 * same note on what was dropped.
 */
class QueryTextTest {
  /** A word's clause: a term, or nothing for text without a letter or digit (as punctuation has no token). */
  private static final Function<String, @Nullable Query> WORD =
      w -> w.codePoints().anyMatch(Character::isLetterOrDigit) ? new TermQuery(new Term("w", w)) : null;
  private static final Function<String, @Nullable Query> PREFIX = p -> new PrefixQuery(new Term("w", p));

  @ParameterizedTest
  @ValueSource(strings = {"预算", "a b c", "a | b", "a b | c", "a | b c", "a | b | c d e", "-a", "a -b", "- a", "--a",
      "-a -b", "a +b", "a + | b", "+a", "|a", "a |", "a (b | c)", "(a b) | (c -d)", "-(a | b) c", "((a))", "()", "a ()",
      "a () b", "a ( b", "a ) b", "\"a b\" c", "\"a", "a \"\" b", "\"a\\\"b\"", "a\\ b", "a\\(b", "执行*", "*", " * ",
      "a*b", "a* b*", "\\*a", "a\\*", "，", "a ， b", "a | ，", "， | a", "-， a", "a AND b OR c", "NOT a b", "a OR NOT b",
      "AND a", "a OR", "(a | ，) b", "\"，\" a", "a\tb\nc", "a-b", "政府采购 (", "满意度 | 满意率", "(产出 | 效益) 指标"})
  void readsAsLucenesParserDoes(String text) {
    QuerySyntax.Parsed lucene = QuerySyntax.parse(text, WORD, PREFIX);
    QueryText.Parsed ours = QueryText.parse(text, w -> WORD.apply(w) != null);
    Query rendered = lucene(ours.clause());
    if (lucene.query() instanceof MatchNoDocsQuery) {
      assertEquals(MatchNoDocsQuery.class, rendered.getClass(), text);
    } else {
      assertEquals(lucene.query(), rendered, text);
    }
    assertEquals(lucene.words(), ours.words(), text);
    assertEquals(lucene.problem(), ours.problem(), text);
  }

  /** The tree as Lucene's parser builds it: a join of n clauses is one boolean query, a not keeps a match-all. */
  private static Query lucene(Clause c) {
    return switch (c) {
      case Clause.Word w -> WORD.apply(w.text());
      case Clause.Prefix p -> PREFIX.apply(p.start());
      case Clause.Not n -> new BooleanQuery.Builder().add(lucene(n.clause()), Occur.MUST_NOT)
          .add(new MatchAllDocsQuery(), Occur.SHOULD).build();
      case Clause.Join j -> {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Clause x : j.clauses()) {
          b.add(lucene(x), j.all() ? Occur.MUST : Occur.SHOULD);
        }
        yield b.build();
      }
      case Clause.Everything e -> new MatchAllDocsQuery();
      case Clause.Nothing n -> new MatchNoDocsQuery();
    };
  }
}
