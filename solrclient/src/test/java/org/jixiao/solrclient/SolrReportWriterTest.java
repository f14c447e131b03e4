package org.jixiao.solrclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.NamedList;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.junit.jupiter.api.Test;

/** Batches of whole blocks, sent when full and on commit; a refused batch tried again, one refused for good dropped. */
class SolrReportWriterTest {
  /** A cluster that records what it is sent and refuses with the statuses it is given, in turn. */
  private static final class Recording extends SolrClient {
    private static final long serialVersionUID = 1L;
    final transient List<List<String>> batches = new ArrayList<>();
    final List<Integer> refusals = new ArrayList<>();
    final List<String> deletes = new ArrayList<>();
    int commits;

    @Override
    public NamedList<Object> request(SolrRequest<?> request, String collection) {
      if (request instanceof UpdateRequest u && u.getDocuments() != null) {
        if (!refusals.isEmpty()) {
          throw new SolrException(SolrException.ErrorCode.getErrorCode(refusals.removeFirst()), "refused");
        }
        batches.add(u.getDocuments().stream().map(d -> (String) d.getFieldValue("id")).toList());
      } else if (request instanceof UpdateRequest u && u.getDeleteQuery() != null) {
        deletes.addAll(u.getDeleteQuery());
      } else if (request instanceof UpdateRequest) {
        commits++;
      }
      return new NamedList<>();
    }

    @Override
    public void close() {}
  }

  private static Report report(String file, int rows) {
    List<IndicatorRow> r = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      r.add(new IndicatorRow(null, null, "产出", null, "指标" + i, null, null, null, null, null, null, null, null, null,
          null, null, Map.of(), List.of()));
    }
    return new Report(file, "某局", 2023, null, null, null, null, null, null, null, null, List.of(), r, null, null, null,
        null, Map.of(), List.of(), null, null);
  }

  private final List<Duration> pauses = new ArrayList<>();
  private final Recording cluster = new Recording();
  private final SolrReportWriter writer = new SolrReportWriter(cluster, SolrTarget.of("zk1:2181", "reports"), 10,
      new Retry(3, Duration.ofMillis(10), Duration.ofMillis(40), pauses::add));

  @Test
  void sendsWholeBlocksOnceABatchIsFull() throws IOException {
    writer.add(report("a", 4), List.of()); // 5 documents
    assertEquals(List.of(), cluster.batches);
    writer.add(report("b", 6), List.of()); // 12: full
    assertEquals(List.of(List.of("a", "b")), cluster.batches);
    writer.add(report("c", 0), List.of());
    writer.commit();
    assertEquals(List.of(List.of("a", "b"), List.of("c")), cluster.batches);
    assertEquals(1, cluster.commits);
    assertEquals(3, writer.sent());
  }

  @Test
  void aBatchRefusedForNowIsSentAgain() throws IOException {
    cluster.refusals.addAll(List.of(503, 429));
    writer.add(report("a", 12), List.of());
    assertEquals(List.of(List.of("a")), cluster.batches);
    assertEquals(List.of(Duration.ofMillis(10), Duration.ofMillis(20)), pauses);
  }

  @Test
  void aBatchRefusedForGoodIsDroppedAndSaidOnce() throws IOException {
    cluster.refusals.add(400);
    IOException e = assertThrows(IOException.class, () -> writer.add(report("bad", 12), List.of()));
    assertTrue(e.getMessage().contains("1 份报告（bad 起）") && e.getMessage().contains("HTTP 400"), e.getMessage());
    writer.add(report("next", 12), List.of());
    assertEquals(List.of(List.of("next")), cluster.batches); // not held back by the refused one
  }

  @Test
  void removingSendsWhatIsHeldFirstThenTheWholeBlock() throws IOException {
    writer.add(report("a b", 1), List.of());
    writer.remove("a b");
    assertEquals(List.of(List.of("a b")), cluster.batches);
    assertEquals(List.of("_root_:a\\ b"), cluster.deletes); // the report, its rows and findings
  }
}
