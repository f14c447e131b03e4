package org.jixiao.solr.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.SolrInputDocument;
import org.junit.Assume;
import org.junit.Test;

/**
 * 基准: the SolrCloud counterpart of the embedded index's {@code bench index} (issue 15). Not run by {@code verify}
 * (its name is not {@code *IT}, and it does nothing without {@code -Djixiao.solr.bench=N}); run it by name:
 *
 * <pre>
 * ./mvnw -B -o -Psolr verify -pl solr,solr/plugin,solr/it -Dit.test=SolrCloudBench -Djixiao.solr.bench=10000
 * </pre>
 *
 * Starts the cluster {@link SolrCloudIT} starts (ZooKeeper and two Jetty nodes in this JVM, the plugin jar as each
 * node's lib, collection {@code reports} of 2 shards × 2 replicas), outside the randomized test framework so that
 * nothing of the framework's randomization (mock directories, random merge policies) is in the figures. Indexes N
 * synthetic reports ({@link SyntheticBlocks}, seed 1) as report blocks through a {@link CloudHttp2SolrClient} by two
 * threads in batches of 50 reports (about 3,000 row documents), hard commit at the end (its time counted); then times
 * five query kinds: warm-up of a fifth of the count (at least 20), then {@code -Djixiao.solr.bench.queries} (default
 * 200) timed queries each, one at a time. Prints a table and writes it to {@code target/solr-bench-N.md}.
 *
 * <p>Other properties: {@code jixiao.solr.bench.dir} (the cluster's directory, default target/solr-bench; kept after
 * the run if {@code jixiao.solr.bench.keep=true}), {@code jixiao.solr.bench.threads}, {@code .batch}, {@code .seed}.
 * The heap is failsafe's: {@code -Djixiao.solr.it.argLine="-Xmx4g -Dfile.encoding=UTF-8"}.
 */
public class SolrCloudBench {
  private static final String COLLECTION = "reports";
  private static final String ROW_QF = "name^3 name_bi^2 body body_bi";
  private static final String[] FACETS = {"province", "adminLevel", "fiscalYear", "grade", "reportKind", "level1"};

  @Test
  public void bench() throws Exception {
    String n = System.getProperty("jixiao.solr.bench", "");
    Assume.assumeTrue("run with -Djixiao.solr.bench=N", !n.isBlank());
    int reports = Integer.parseInt(n.strip().replace("_", "").replace(",", ""));
    int queries = Integer.getInteger("jixiao.solr.bench.queries", 200);
    int threads = Integer.getInteger("jixiao.solr.bench.threads", 2);
    int batch = Integer.getInteger("jixiao.solr.bench.batch", 50);
    long seed = Long.getLong("jixiao.solr.bench.seed", 1);
    Path target = Path.of(System.getProperty("jixiao.solr.lib")).getParent();
    Path dir = Path.of(System.getProperty("jixiao.solr.bench.dir", target.resolve("solr-bench").toString()));
    Path pluginJar = Path.of(System.getProperty("jixiao.solr.lib"), "jixiao-solr-plugin.jar");
    assertTrue("build the plugin first: " + pluginJar, Files.isRegularFile(pluginJar));
    deleteTree(dir);
    Files.createDirectories(dir);

    SyntheticBlocks synthetic = new SyntheticBlocks(Path.of(System.getProperty("jixiao.bench.vocabulary")), seed);
    String solrXml = MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML.replace(
        "<solr>", "<solr>\n  <str name=\"sharedLib\">" + pluginJar.getParent() + "</str>");
    double loadBefore = load();
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(2, dir)
        .addConfig("jixiao", Path.of(System.getProperty("jixiao.configset")))
        .withSolrXml(solrXml)
        .build();
    HeapSampler heap = new HeapSampler();
    heap.start();
    try {
      CollectionAdminRequest.createCollection(COLLECTION, "jixiao", 2, 2).process(cluster.getSolrClient());
      cluster.waitForActiveCollection(COLLECTION, 2, 4);
      String zk = cluster.getZkServer().getZkHost();
      try (CloudHttp2SolrClient client = new CloudHttp2SolrClient.Builder(List.of(zk), Optional.of("/solr"))
          .withDefaultCollection(COLLECTION).build()) {
        long t0 = System.nanoTime();
        double cpu0 = cpuSeconds();
        long rows = index(client, synthetic, reports, threads, batch);
        client.commit();
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = cpuSeconds() - cpu0;
        double loadAfterIndexing = load();
        assertEquals(reports, count(client, "type:report"));
        assertEquals(rows, count(client, "type:row"));
        Sizes sizes = sizes(dir);

        Map<String, Latency> latencies = queries(client, synthetic, seed, queries);
        String table = table(reports, rows, threads, batch, seconds, cpu, sizes, heap.peak(), loadBefore,
            loadAfterIndexing, load(), latencies);
        System.out.println(table);
        Files.writeString(target.resolve("solr-bench-" + reports + ".md"), table, StandardCharsets.UTF_8);
      }
    } finally {
      heap.interrupt();
      cluster.shutdown();
      if (!Boolean.getBoolean("jixiao.solr.bench.keep")) {
        deleteTree(dir);
      }
    }
  }

  private static long index(SolrClient client, SyntheticBlocks synthetic, int reports, int threads, int batch)
      throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicLong rows = new AtomicLong();
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(() -> {
          for (int from; (from = next.getAndAdd(batch)) < reports; ) {
            int to = Math.min(reports, from + batch);
            List<SolrInputDocument> docs = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
              SolrInputDocument d = synthetic.report(i);
              rows.addAndGet(d.getField("rows").getValueCount());
              docs.add(d);
            }
            client.add(docs);
            int k = done.addAndGet(to - from);
            if (k / 10_000 != (k - (to - from)) / 10_000) {
              System.out.printf(Locale.ROOT, "  indexed %,d reports%n", k);
            }
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return rows.get();
  }

  /** The embedded benchmark's kinds, as Solr requests; each query one at a time, as a user's would be. */
  private static Map<String, Latency> queries(SolrClient client, SyntheticBlocks synthetic, long seed, int queries)
      throws Exception {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<String> names = synthetic.templateNames();
    List<String> measures = synthetic.words("measure");
    List<String> provinces = synthetic.words("province");
    Map<String, Latency> out = new LinkedHashMap<>();
    // rows, top 20, highlighted: half a full indicator name (政府采购执行率), half a measure word (执行率, 满意度)
    out.put("search", time(client, queries, () -> rows(text(rnd, names, measures)).setHighlight(true)
        .setParam("hl.fl", "name")));
    out.put("filtered search", time(client, queries, () -> rows(text(rnd, names, measures))
        .addFilterQuery("province:" + provinces.get(rnd.nextInt(provinces.size())))
        .addFilterQuery("fiscalYear:" + (2019 + rnd.nextInt(6)))));
    // counts of the six facets over the matching rows
    out.put("faceted search", time(client, queries, () -> rows(text(rnd, names, measures)).setFacet(true)
        .setFacetMinCount(1).setFacetLimit(20).addFacetField(FACETS)));
    // reports whose rows match (block join on each shard), top 20 reports
    out.put("reports (block join)", time(client, queries, () -> new SolrQuery("{!parent which=type:report v=$qq}")
        .setParam("defType", "lucene") // the /select default, edismax, takes no local parameters in q
        .setParam("qq", "{!edismax qf='" + ROW_QF + "' q.op=AND}" + text(rnd, names, measures))
        .setFields("id", "department", "province", "fiscalYear", "grade", "totalScore").setRows(20)));
    // compare: all rows of one real indicator name in one fiscal year, with their weights and scores, best first
    // (the row's 得分 is rowScore: "score" is Solr's relevance)
    out.put("compare (one year)", time(client, queries, () -> new SolrQuery("{!field f=name}" + names.get(rnd.nextInt(names.size())))
        .setParam("defType", "lucene").addFilterQuery("type:row").addFilterQuery("fiscalYear:" + (2019 + rnd.nextInt(6)))
        .setFields("reportId", "department", "province", "fiscalYear", "name", "weight", "rowScore")
        .setParam("sort", "rowScore desc,id asc").setRows(100_000)));
    return out;
  }

  private static SolrQuery rows(String text) {
    return new SolrQuery(text).setParam("qf", ROW_QF).addFilterQuery("type:row").setRows(20)
        .setFields("id", "reportId", "name", "department", "province", "fiscalYear", "weight");
  }

  private static String text(SplittableRandom rnd, List<String> names, List<String> measures) {
    return rnd.nextBoolean() ? names.get(rnd.nextInt(names.size())) : measures.get(rnd.nextInt(measures.size()));
  }

  private static Latency time(SolrClient client, int queries, QuerySource source) throws Exception {
    // the first warm-up query once with its parsed form, so the log shows what each kind asks
    SolrQuery sample = source.next();
    QueryResponse first = client.query(sample.getCopy().setParam("debug", "query"));
    check(first);
    System.out.printf(Locale.ROOT, "  %s -> %s (%,d hits)%n", sample,
        first.getDebugMap() == null ? "?" : first.getDebugMap().get("parsedquery"), first.getResults().getNumFound());
    for (int i = 1; i < Math.max(20, queries / 5); i++) {
      check(client.query(source.next()));
    }
    double[] ms = new double[queries];
    long hits = 0;
    long returned = 0;
    for (int i = 0; i < queries; i++) {
      SolrQuery q = source.next();
      long t = System.nanoTime();
      QueryResponse r = client.query(q);
      ms[i] = (System.nanoTime() - t) / 1e6;
      check(r);
      hits += r.getResults().getNumFound();
      returned += r.getResults().size();
    }
    Arrays.sort(ms);
    return new Latency(percentile(ms, 50), percentile(ms, 99), (double) hits / queries, (double) returned / queries);
  }

  private static void check(QueryResponse r) {
    if (r.getHeader().get("partialResults") != null) {
      throw new AssertionError("partial results: " + r.getHeader());
    }
    if (r.getResults().getNumFound() > r.getResults().size() && r.getResults().size() >= 100_000) {
      throw new AssertionError("compare cut at 100,000 rows");
    }
  }

  private static long count(SolrClient client, String q) throws Exception {
    return client.query(new SolrQuery(q).setParam("defType", "lucene").setRows(0)).getResults().getNumFound();
  }

  static double percentile(double[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private record Latency(double p50, double p99, double meanHits, double meanReturned) {}

  private record Sizes(long index, long tlog, int cores) {}

  /** Every core's index directories and transaction logs under the cluster's directory (all four replicas). */
  private static Sizes sizes(Path dir) throws IOException {
    long index = 0;
    long tlog = 0;
    int cores = 0;
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String path = dir.relativize(p).toString().replace('\\', '/');
        if (path.contains("/data/index")) {
          index += Files.size(p);
        } else if (path.contains("/data/tlog")) {
          tlog += Files.size(p);
        } else if (path.endsWith("/core.properties")) {
          cores++;
        }
      }
    }
    return new Sizes(index, tlog, cores);
  }

  private static String table(int reports, long rows, int threads, int batch, double seconds, double cpu, Sizes sizes,
      long peakHeap, double loadBefore, double loadAfterIndexing, double loadEnd, Map<String, Latency> latencies) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%nSolrCloud benchmark: %,d reports, %,d rows, 2 nodes, 2 shards x 2 replicas, "
        + "%d client threads, batches of %d reports, %d available processors%n", reports, rows, threads, batch,
        Runtime.getRuntime().availableProcessors()));
    sb.append("\n| reports | rows | wall (incl. commit) | reports/s | rows/s (wall) | rows per CPU-s | index, 4 replicas "
        + "| per copy | per million rows (one copy) | tlog | peak heap | load before / after indexing / end |\n");
    sb.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    double copy = sizes.index() / 2.0;
    sb.append(String.format(Locale.ROOT,
        "| %,d | %,d | %.1f s | %,.0f | %,.0f | %,.0f | %s | %s | %s | %s | %s of %s | %.1f / %.1f / %.1f |%n",
        reports, rows, seconds, reports / seconds, rows / seconds, rows / cpu, mb(sizes.index()), mb((long) copy),
        mb((long) (copy / (rows / 1e6))), mb(sizes.tlog()), mb(peakHeap), mb(Runtime.getRuntime().maxMemory()),
        loadBefore, loadAfterIndexing, loadEnd));
    sb.append("\n| query | p50 ms | p99 ms | mean hits | mean returned |\n| --- | ---: | ---: | ---: | ---: |\n");
    latencies.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %,.0f | %,.0f |%n", k,
        v.p50(), v.p99(), v.meanHits(), v.meanReturned())));
    sb.append(String.format(Locale.ROOT, "%n(%d cores found; index = every file under the cores' data/index*)%n",
        sizes.cores()));
    return sb.toString();
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%,.1f MB", bytes / 1e6);
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static double cpuSeconds() {
    return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  @FunctionalInterface
  private interface QuerySource {
    SolrQuery next();
  }

  /** Samples used heap every 100 ms (garbage included: an upper bound of live heap). */
  private static final class HeapSampler extends Thread {
    private volatile long peak;

    HeapSampler() {
      super("heap-sampler");
      setDaemon(true);
    }

    @Override
    public void run() {
      Runtime rt = Runtime.getRuntime();
      while (!isInterrupted()) {
        peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    long peak() {
      Runtime rt = Runtime.getRuntime();
      return Math.max(peak, rt.totalMemory() - rt.freeMemory());
    }
  }
}
