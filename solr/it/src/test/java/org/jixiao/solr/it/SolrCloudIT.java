package org.jixiao.solr.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.solr.SolrTestCaseJ4;
import org.apache.solr.analysis.TokenizerChain;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.FieldAnalysisRequest;
import org.apache.solr.client.solrj.response.AnalysisResponseBase;
import org.apache.solr.client.solrj.response.FieldAnalysisResponse;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.cloud.SolrCloudTestCase;
import org.apache.solr.core.SolrCore;
import org.apache.solr.embedded.JettySolrRunner;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.Auditor;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Json;
import org.jixiao.schema.Report;
import org.jixiao.schema.StoredReport;
import org.jixiao.search.ReportSink;
import org.jixiao.search.SampleAnswers;
import org.jixiao.solrclient.Retry;
import org.jixiao.solrclient.SolrReportSearcher;
import org.jixiao.solrclient.SolrReportWriter;
import org.jixiao.solrclient.SolrTarget;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The configset, the plugin jar and jixiao's Solr client in a real two-node SolrCloud (ZooKeeper and two Jetty nodes
 * in this JVM): a collection of 2 shards × 2 replicas; the samples (gold reports and their audit findings) imported
 * through the client's writer, in small batches; facets and Chinese queries checked against counts taken from the
 * gold by hand ({@link HandCounts}); the client's searcher, over ZooKeeper and over a node's URL, giving the
 * answers recorded from the embedded index ({@link SampleAnswers}); then again after re-importing, with refused
 * batches retried, and with one node down.
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
  /** A small batch, so that the five samples go in several requests. */
  private static final int BATCH_DOCS = 60;

  private static List<SampleAnswers.Sample> samples;

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
    Auditor auditor = Auditor.standard();
    samples = SampleAnswers.samples(r -> auditor.run(new AuditSubject(r, null)));
  }

  /** ZooKeeper hosts with the cluster's chroot, as {@code --solr} takes them. */
  private static SolrTarget zk() {
    return SolrTarget.of(cluster.getZkServer().getZkHost() + "/solr", COLLECTION);
  }

  /** A node's URL, as {@code --solr} takes it; the node passes requests on inside the cluster. */
  private static SolrTarget url() {
    return SolrTarget.of(cluster.getJettySolrRunner(0).getBaseUrl().toString(), COLLECTION);
  }

  @Test
  public void importsSearchesAndAnswersWithOneNodeDown() throws Exception {
    assertAnalyzerIsThePlugins();
    SolrClient client = cluster.getSolrClient(COLLECTION);

    int requests = importSamples(zk(), samples);
    assertTrue("several batches: " + requests, requests >= 3);
    HandCounts.assertAnswers(client);
    assertSampleAnswers(zk());
    assertSampleAnswers(url());
    assertEntriesComeBackWhole(url());

    // the report id is the key: the same reports again replace their blocks, rows and findings included
    importSamples(url(), samples);
    HandCounts.assertAnswers(client);
    assertSampleAnswers(zk());
    // a report sent again with fewer rows loses the others (the whole block is replaced), then gets them back
    Report first = samples.getFirst().report();
    importSamples(zk(), List.of(new SampleAnswers.Sample(withRows(first, 3), List.of())));
    assertEquals(227 - first.indicators().size() + 3, count(client, "type:row"));
    assertEquals(0, count(client, "type:finding AND reportId:" + escape(first.sourceFile())));
    importSamples(zk(), samples);
    assertSampleAnswers(zk());

    assertRefusedBatchesAreRetried(client);
    assertTargetsSayWhatIsWrong();

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
    HandCounts.assertAnswers(client);
    assertSampleAnswers(zk());
    importSamples(zk(), samples);
    HandCounts.assertAnswers(client);
    assertSampleAnswers(zk());
  }

  /** Imports through jixiao's writer, as {@code import --solr} does; returns the update requests it took. */
  private static int importSamples(SolrTarget target, List<SampleAnswers.Sample> these) throws IOException {
    try (SolrReportWriter writer = new SolrReportWriter(target.connect(), target, BATCH_DOCS, Retry.standard())) {
      for (SampleAnswers.Sample s : these) {
        writer.add(entry(s));
      }
      writer.commit();
      return writer.requests();
    }
  }

  /** The entry import would store for a sample. */
  private static StoredReport entry(SampleAnswers.Sample s) {
    return new StoredReport(s.report(), s.findings(), "/data/in/" + s.report().sourceFile(), "2026-12-05T06:00:00Z");
  }

  /** A report's page on any machine reads the entry the collection keeps: the same as was sent, byte for byte. */
  private static void assertEntriesComeBackWhole(SolrTarget target) throws IOException {
    try (SolrReportSearcher searcher = SolrReportSearcher.open(target)) {
      for (SampleAnswers.Sample s : samples) {
        StoredReport back = searcher.storedEntry(ReportSink.idOf(s.report()));
        assertNotNull(s.report().sourceFile(), back);
        assertEquals(Json.line(entry(s)), Json.line(back));
      }
      assertNull(searcher.storedEntry("no-such-report"));
    }
  }

  /** The client's searcher answers the samples' questions as the embedded index does. */
  private static void assertSampleAnswers(SolrTarget target) throws IOException {
    try (SolrReportSearcher searcher = SolrReportSearcher.open(target)) {
      List<String> differences = SampleAnswers.differences(SampleAnswers.recorded(), SampleAnswers.answers(searcher));
      assertEquals(target + ":\n" + String.join("\n", differences), List.of(), differences);
    }
  }

  /** Refused batches are sent again after a pause, and nothing is lost or doubled. */
  private static void assertRefusedBatchesAreRetried(SolrClient client) throws Exception {
    SolrTarget target = zk();
    List<Duration> pauses = new ArrayList<>();
    Retry recorded = new Retry(4, Duration.ofMillis(100), Duration.ofSeconds(1), pauses::add);
    try (SolrClient real = target.connect()) {
      FlakySolrClient flaky = new FlakySolrClient(real, 2);
      SolrReportWriter writer = new SolrReportWriter(flaky, target, BATCH_DOCS, recorded);
      for (SampleAnswers.Sample s : samples) {
        writer.add(s.report(), s.findings());
      }
      writer.commit();
      assertEquals(2, flaky.refused());
      assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200)), pauses);
    }
    HandCounts.assertAnswers(client);

    // refused more often than it tries: the import stops with one line saying where and why
    try (SolrClient real = target.connect()) {
      SolrReportWriter writer = new SolrReportWriter(new FlakySolrClient(real, 10), target, BATCH_DOCS,
          new Retry(3, Duration.ofMillis(1), Duration.ofMillis(1), d -> { }));
      writer.add(samples.getFirst().report(), List.of());
      IOException e = expectThrows(IOException.class, writer::flush);
      assertTrue(e.getMessage(), e.getMessage().contains("3 次尝试") && e.getMessage().contains("HTTP 503")
          && e.getMessage().contains(COLLECTION));
    }
  }

  /** No such collection, nothing listening: one line naming the address and the reason. */
  private static void assertTargetsSayWhatIsWrong() {
    String zkHost = cluster.getZkServer().getZkHost() + "/solr";
    IOException missing = expectThrows(IOException.class, () -> SolrTarget.of(zkHost, "nosuch").connect().close());
    assertEquals("ZooKeeper " + zkHost + " 上没有集合 nosuch（有：" + COLLECTION + "）", missing.getMessage());
    String node = cluster.getJettySolrRunner(0).getBaseUrl().toString();
    IOException viaUrl = expectThrows(IOException.class, () -> SolrTarget.of(node, "nosuch").connect().close());
    assertEquals("Solr " + node + " 上没有集合 nosuch（有：" + COLLECTION + "）", viaUrl.getMessage());
    IOException refused = expectThrows(IOException.class,
        () -> SolrTarget.of("http://127.0.0.1:9/solr", COLLECTION).connect(Duration.ofSeconds(2)).close());
    assertTrue(refused.getMessage(), refused.getMessage().startsWith("连不上 Solr http://127.0.0.1:9/solr："));
  }

  private static Report withRows(Report r, int n) {
    List<IndicatorRow> rows = r.indicators().subList(0, n);
    return new Report(r.sourceFile(), r.department(), r.fiscalYear(), r.adminLevel(), r.province(), r.reportKind(),
        r.evaluator(), r.totalScore(), r.maxScore(), r.grade(), r.budget(), r.sections(), rows, r.title(),
        r.publicationDate(), r.fileSha256(), r.format(), r.evidence(), r.diagnostics(), r.project(),
        r.implementingUnit(), r.part());
  }

  private static long count(SolrClient client, String q) throws Exception {
    return client.query(new SolrQuery(q).setParam("defType", "lucene").setRows(0)).getResults().getNumFound();
  }

  private static String escape(String s) {
    return org.apache.solr.client.solrj.util.ClientUtils.escapeQueryChars(s);
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
}
