package org.jixiao.solr.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.solr.SolrTestCaseJ4;
import org.apache.solr.analysis.TokenizerChain;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.FieldAnalysisRequest;
import org.apache.solr.client.solrj.response.AnalysisResponseBase;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.FieldAnalysisResponse;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.cloud.SolrCloudTestCase;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.core.SolrCore;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The configset and the plugin jar in a real two-node SolrCloud (ZooKeeper and two Jetty nodes in this JVM): a
 * collection of 2 shards × 2 replicas, the five sample reports' gold indexed as report blocks, facets and Chinese
 * queries checked against counts taken from the gold by hand, then again after re-indexing and with one node down.
 *
 * <p>The analyzer must be the plugin's: neither it nor HanLP is on this test's class path (failsafe excludes them),
 * each node loads target/solr-lib/jixiao-solr-plugin.jar as its shared lib, and the schema names the factory by
 * class, not by SPI name, so no JVM-wide SPI registration can stand in for it. The test checks all three.
 */
@SolrTestCaseJ4.SuppressSSL
public class SolrCloudIT extends SolrCloudTestCase {
  private static final String COLLECTION = "reports";
  private static final String FACTORY = "org.jixiao.index.analysis.HanLPTokenizerFactory";
  private static final Path PLUGIN_JAR = Path.of(System.getProperty("jixiao.solr.lib"), "jixiao-solr-plugin.jar");

  @BeforeClass
  public static void startCluster() throws Exception {
    assertTrue("build the plugin first: " + PLUGIN_JAR, Files.isRegularFile(PLUGIN_JAR));
    // the test framework's solr.xml plus the node-wide lib directory, as $SOLR_HOME/lib is on a real node
    String solrXml = MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML.replace(
        "<solr>", "<solr>\n  <str name=\"sharedLib\">" + PLUGIN_JAR.getParent() + "</str>");
    configureCluster(2)
        .addConfig("jixiao", Path.of(System.getProperty("jixiao.configset")))
        .withSolrXml(solrXml)
        .configure();
    CollectionAdminRequest.createCollection(COLLECTION, "jixiao", 2, 2).process(cluster.getSolrClient());
    cluster.waitForActiveCollection(COLLECTION, 2, 4);
  }

  @Test
  public void indexesSearchesAndAnswersWithOneNodeDown() throws Exception {
    assertAnalyzerIsThePlugins();
    SolrClient client = cluster.getSolrClient(COLLECTION);
    var reports = GoldReports.read(Path.of(System.getProperty("jixiao.gold")));
    assertEquals(5, reports.size());

    client.add(reports);
    client.commit();
    assertAnswers(client);

    // the report id is the key: the same reports again replace their blocks, rows included
    client.add(GoldReports.read(Path.of(System.getProperty("jixiao.gold"))));
    client.commit();
    assertAnswers(client);

    // every shard has a replica on each node, so with either node down the answers stay whole, not partial
    var nodes = new TreeSet<>(cluster.getJettySolrRunners().stream().map(JettySolrRunner::getNodeName).toList());
    for (var shard : getCollectionState(COLLECTION).getSlices()) {
      assertEquals(shard.getName(), nodes,
          new TreeSet<>(shard.getReplicas().stream().map(r -> r.getNodeName()).toList()));
    }
    JettySolrRunner stopped = cluster.stopJettySolrRunner(1);
    cluster.waitForJettyToStop(stopped);
    waitForState("one node left", COLLECTION, 30, TimeUnit.SECONDS,
        (liveNodes, coll) -> liveNodes.size() == 1 && coll.getSlices().stream().allMatch(s -> s.getLeader() != null
            && liveNodes.contains(s.getLeader().getNodeName())));
    assertAnswers(client);
    client.add(GoldReports.read(Path.of(System.getProperty("jixiao.gold"))));
    client.commit();
    assertAnswers(client);
  }

  private void assertAnalyzerIsThePlugins() throws Exception {
    for (String name : List.of(FACTORY, "com.hankcs.hanlp.HanLP")) {
      expectThrows(ClassNotFoundException.class, () -> Class.forName(name, false, getClass().getClassLoader()));
    }
    int cores = 0;
    for (JettySolrRunner jetty : cluster.getJettySolrRunners()) {
      for (String name : jetty.getCoreContainer().getLoadedCoreNames()) {
        try (SolrCore core = jetty.getCoreContainer().getCore(name)) {
          var chain = (TokenizerChain) core.getLatestSchema().getFieldTypeByName("text_zh").getIndexAnalyzer();
          Class<?> factory = chain.getTokenizerFactory().getClass();
          assertEquals(FACTORY, factory.getName());
          // loaded from the plugin jar, by the node's shared-lib class loader
          assertEquals(PLUGIN_JAR.toUri(), factory.getProtectionDomain().getCodeSource().getLocation().toURI());
          assertSame(jetty.getCoreContainer().getResourceLoader().getClassLoader(), factory.getClassLoader());
        }
        cores++;
      }
    }
    assertEquals("2 shards × 2 replicas", 4, cores);

    FieldAnalysisResponse analysis =
        new FieldAnalysisRequest().addFieldType("text_zh").setFieldValue("政府采购执行率")
            .process(cluster.getSolrClient(), COLLECTION);
    List<AnalysisResponseBase.AnalysisPhase> phases = new ArrayList<>();
    analysis.getFieldTypeAnalysis("text_zh").getIndexPhases().forEach(phases::add);
    AnalysisResponseBase.AnalysisPhase tokenizer = phases.get(1); // after the width-folding char filter
    assertEquals("org.jixiao.index.analysis.HanLPTokenizer", tokenizer.getClassName());
    // HanLP's words, what the embedded index gives (its JixiaoAnalyzerTest); no analyzer of Solr's own does this
    List<String> words = phases.get(phases.size() - 1).getTokens().stream().map(t -> t.getText()).toList();
    assertEquals(List.of("政府采购", "执行", "率"), words);
  }

  /** Counts and hits taken from corpus-samples/gold by hand (five reports, 227 indicator rows, all 2022). */
  private void assertAnswers(SolrClient client) throws Exception {
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
