package org.jixiao.solr.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;

/**
 * The configset's own answers, asked in Solr's terms (fields, block joins, facets, highlighting) over the samples
 * as jixiao's client indexes them; the counts were taken from corpus-samples/gold by hand.
 */
final class HandCounts {
  private HandCounts() {}

  /** Counts and hits taken from corpus-samples/gold by hand (five reports, 227 indicator rows, all 2022). */
  static void assertAnswers(SolrClient client) throws Exception {
    assertEquals(5, count(client, "type:report"));
    assertEquals(227, count(client, "type:row"));

    QueryResponse facets = client.query(new SolrQuery("type:report").setRows(0).setFacet(true).setFacetMinCount(1)
        .addFacetField("province", "adminLevel", "fiscalYear", "grade", "reportKind", "level1"));
    assertEquals(Map.of("江苏省", 1L, "江西省", 1L, "天津市", 1L, "河南省", 1L, "湖北省", 1L), counts(facets, "province"));
    assertEquals(Map.of("PROVINCIAL", 2L, "PREFECTURAL", 1L, "COUNTY", 2L), counts(facets, "adminLevel"));
    assertEquals(Map.of("2022", 5L), counts(facets, "fiscalYear"));
    assertEquals(Map.of("优", 3L, "良", 1L), counts(facets, "grade")); // 南昌 states no grade
    assertEquals(Map.of("SELF_EVALUATION", 4L, "THIRD_PARTY_EVALUATION", 1L), counts(facets, "reportKind"));
    // a report counts once per 一级指标 group its rows have
    Map<String, Long> level1 = counts(facets, "level1");
    assertEquals(17, level1.size());
    assertEquals(Long.valueOf(2), level1.get("产出指标"));
    assertEquals(Long.valueOf(1), level1.get("决策"));

    QueryResponse rowFacets = client.query(new SolrQuery("type:row").setRows(0).setFacet(true).setFacetLimit(3)
        .addFacetField("level1"));
    assertEquals(Map.of("产出指标", 96L, "过程", 25L, "管理效率", 18L), counts(rowFacets, "level1"));

    // HanLP words: rows whose name has the word 政府采购 (政府采购执行率, 政府采购规范性, ...)
    assertEquals(Map.of("000_0ace20d031349de2.txt", 1L, "002_85bada5a1e1f1378.txt", 4L,
        "003_9702beb4dfdda539.txt", 1L, "004_f903e5746c6a8cdf.txt", 1L), rowsPerReport(client, "name:政府采购"));
    // the word 满意度 (群众满意度, ...) is not in 群众满意率, which the segmenter keeps as 满意率 ...
    assertEquals(Map.of("001_2d77b94fcc42edf7.txt", 1L, "002_85bada5a1e1f1378.txt", 4L,
        "003_9702beb4dfdda539.txt", 2L), rowsPerReport(client, "name:满意度"));
    // ... the bigram field finds 满意 in both, in every report
    assertEquals(Map.of("000_0ace20d031349de2.txt", 1L, "001_2d77b94fcc42edf7.txt", 1L,
        "002_85bada5a1e1f1378.txt", 6L, "003_9702beb4dfdda539.txt", 2L, "004_f903e5746c6a8cdf.txt", 1L),
        rowsPerReport(client, "name_bi:满意"));

    // reports through their rows (block join on each shard), faceted by province
    QueryResponse parents = client.query(new SolrQuery("{!parent which=type:report}name:政府采购")
        .setParam("defType", "lucene").setRows(10)
        .setFields("id").setFacet(true).setFacetMinCount(1).addFacetField("province"));
    assertEquals(4, parents.getResults().getNumFound());
    assertEquals(Map.of("江苏省", 1L, "天津市", 1L, "河南省", 1L, "湖北省", 1L), counts(parents, "province"));
    assertEquals(new TreeSet<>(List.of("000_0ace20d031349de2.txt", "002_85bada5a1e1f1378.txt",
        "003_9702beb4dfdda539.txt", "004_f903e5746c6a8cdf.txt")),
        new TreeSet<>(parents.getResults().stream().map(d -> (String) d.getFieldValue("id")).toList()));

    // report names: 大数据 is one word of 延津县/咸安区政务服务和大数据管理局 for the bigrams, not for HanLP (大 数据)
    assertEquals(2, count(client, "rname_bi:大数据"));
    assertEquals(5, count(client, "rname:政务服务"));

    // highlighting on HanLP's offsets
    QueryResponse hl = client.query(new SolrQuery("name:政府采购").addFilterQuery("reportId:000_0ace20d031349de2.txt")
        .setParam("defType", "lucene").setHighlight(true).setParam("hl.fl", "name"));
    SolrDocument row = hl.getResults().get(0);
    assertEquals("政府采购执行率", row.getFieldValue("name"));
    assertEquals(List.of("<em>政府采购</em>执行率"), hl.getHighlighting().get((String) row.getFieldValue("id")).get("name"));
  }

  private static long count(SolrClient client, String q) throws Exception {
    QueryResponse r = client.query(new SolrQuery(q).setParam("defType", "lucene").setRows(0));
    assertNull("a whole answer, not a partial one", r.getHeader().get("partialResults"));
    return r.getResults().getNumFound();
  }

  private static Map<String, Long> rowsPerReport(SolrClient client, String q) throws Exception {
    QueryResponse r = client.query(new SolrQuery(q).setParam("defType", "lucene").addFilterQuery("type:row")
        .setRows(0).setFacet(true).setFacetMinCount(1).addFacetField("reportId"));
    assertNull(r.getHeader().get("partialResults"));
    return counts(r, "reportId");
  }

  private static Map<String, Long> counts(QueryResponse r, String field) {
    FacetField f = r.getFacetField(field);
    Map<String, Long> counts = new TreeMap<>();
    for (FacetField.Count c : f.getValues()) {
      counts.put(c.getName(), c.getCount());
    }
    return new HashMap<>(counts);
  }
}
