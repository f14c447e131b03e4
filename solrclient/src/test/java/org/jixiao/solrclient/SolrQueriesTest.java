package org.jixiao.solrclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.solr.client.solrj.SolrQuery;
import org.jixiao.search.Filters;
import org.jixiao.search.Range;
import org.jixiao.search.Scope;
import org.jixiao.search.SortKey;
import org.junit.jupiter.api.Test;

/** The search box's syntax in Solr's standard syntax, filters as filter queries, sorts with relevance last. */
class SolrQueriesTest {
  private static final String ROW = "(name:\"%1$s\"^4 OR name_bi:\"%1$s\"^2 OR body:\"%1$s\" OR body_bi:\"%1$s\"^0.5)";

  private static String row(String w) {
    return String.format(ROW, w);
  }

  @Test
  void wordsOperatorsAndPrefixesOnRows() {
    SolrQuery q = new SolrQuery();
    SolrQueries.text(q, "预算执行率 | \"政府 采购\" -基本 执行*", Scope.INDICATORS);
    // left to right, as Lucene's simple parser: (a | b) -c d*
    assertEquals("((" + row("预算执行率") + " OR " + row("政府 采购") + ") AND (*:* -" + row("基本")
        + ") AND (name:执行* OR body:执行*))", q.getQuery());
    assertEquals("lucene", q.get("defType"));
  }

  @Test
  void reportsMatchByTheirNameOrThroughARow() {
    SolrQuery q = new SolrQuery();
    SolrQueries.text(q, "大数据", Scope.REPORTS);
    assertEquals("(rname:\"大数据\"^4 OR rname_bi:\"大数据\"^2 OR {!parent which=type:report score=max v=$rq0})",
        q.getQuery());
    assertEquals(row("大数据"), q.get("rq0"));
  }

  @Test
  void quotesAndBlankQueries() {
    SolrQuery q = new SolrQuery();
    SolrQueries.text(q, "a\\\"b", Scope.INDICATORS);
    assertEquals(row("a\\\"b"), q.getQuery());
    SolrQueries.text(q, "  ", Scope.INDICATORS);
    assertEquals("*:*", q.getQuery());
    SolrQueries.text(q, "， 。", Scope.INDICATORS);
    assertEquals("(*:* -*:*)", q.getQuery()); // nothing searchable: nothing matches
  }

  @Test
  void filtersAndSorts() {
    SolrQuery q = new SolrQuery();
    SolrQueries.filters(q, Scope.INDICATORS, Filters.none().withProvince("江苏省").withFiscalYear(2022)
        .withScoreRate(Range.atLeast(0.9)).withTotalScore(Range.between(80, 90)));
    assertEquals(List.of("type:row", "{!term f=province}江苏省", "fiscalYear:2022", "totalScore:[80.0 TO 90.0]",
        "scoreRate:[0.9 TO *]"), List.of(q.getFilterQueries()));
    SolrQueries.sort(q, SortKey.SCORE, true);
    assertEquals("rowScore desc,score desc", q.getSortField());
    assertThrows(IllegalArgumentException.class, () -> SolrQueries.filters(new SolrQuery(), Scope.REPORTS,
        Filters.none().withScoreRate(Range.atLeast(0.9))));
  }
}
