package org.jixiao.solrclient;

import static org.jixiao.solrclient.SolrFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Report;
import org.jixiao.schema.StoredReport;
import org.jixiao.search.ReportSink;

/**
 * 写入集群: reports into a collection, in batches of about {@code batchDocs} documents (a report's block is never
 * split), each batch one update request, tried again with a growing pause while the cluster cannot take it ({@link
 * Retry}). Sent from the caller's thread: an import cannot run ahead of what the cluster takes (back-pressure), and
 * holds at most one batch. A report's id is its block's key: sending it again replaces the block, rows and findings
 * included, so re-importing never duplicates. {@link #commit()} sends what is held and makes it searchable.
 * Not thread-safe (import calls it from one thread).
 */
public final class SolrReportWriter implements ReportSink {
  /** About 2,000 documents a request: some 30 reports of 60 rows, a few MB. */
  public static final int BATCH_DOCS = 2000;
  private static final int PAGE = 1000;

  private final SolrClient client;
  private final SolrTarget target;
  private final int batchDocs;
  private final Retry retry;
  private final List<SolrInputDocument> held = new ArrayList<>();
  private int heldDocs;
  private long sent;
  private int requests;

  public SolrReportWriter(SolrClient client, SolrTarget target, int batchDocs, Retry retry) {
    if (batchDocs < 1) {
      throw new IllegalArgumentException("batchDocs must be 1 or more, not " + batchDocs);
    }
    this.client = client;
    this.target = target;
    this.batchDocs = batchDocs;
    this.retry = retry;
  }

  /** Connects to the target (its collection must exist) with the standard batch size and retries. */
  public static SolrReportWriter open(SolrTarget target) throws IOException {
    return new SolrReportWriter(target.connect(), target, BATCH_DOCS, Retry.standard());
  }

  @Override
  public void add(Report report, List<Finding> findings) throws IOException {
    hold(SolrDocuments.block(report, findings));
  }

  /** The entry kept on the report's document too: the web page of any machine shows it ({@code serve --solr}). */
  @Override
  public void add(StoredReport entry) throws IOException {
    hold(SolrDocuments.block(entry));
  }

  private void hold(SolrInputDocument block) throws IOException {
    held.add(block);
    heldDocs += SolrDocuments.size(block);
    if (heldDocs >= batchDocs) {
      flush();
    }
  }

  /** Deletes the whole block (report, rows, findings) by its root id, after what is held, which may add it. */
  @Override
  public void remove(String reportId) throws IOException {
    flush();
    UpdateRequest delete = new UpdateRequest().deleteByQuery(ROOT + ":" + ClientUtils.escapeQueryChars(reportId));
    retry.run("从" + target.describe() + "删除报告 " + reportId, () -> delete.process(client, target.collection()));
    requests++;
  }

  /**
   * Sends the reports held as one update request. A batch that fails for good is dropped, not held: one document the
   * configset refuses must not take every later batch down with it. An import stores its reports before it sends
   * them, and the next import sends again what the collection lacks.
   */
  public void flush() throws IOException {
    if (held.isEmpty()) {
      return;
    }
    UpdateRequest update = new UpdateRequest();
    update.add(new ArrayList<>(held));
    String what = "向" + target.describe() + "发送 " + held.size() + " 份报告（" + held.getFirst().getFieldValue(ID) + " 起）";
    int n = held.size();
    held.clear();
    heldDocs = 0;
    retry.run(what, () -> update.process(client, target.collection()));
    requests++;
    sent += n;
  }

  @Override
  public void commit() throws IOException {
    flush();
    retry.run("提交" + target.describe(), () -> client.commit(target.collection(), true, true));
  }

  /** Reports sent so far (not counting those held) and the update requests that carried them and the deletions. */
  public long sent() {
    return sent;
  }

  public int requests() {
    return requests;
  }

  @Override
  public Set<String> reportIds() throws IOException {
    Set<String> ids = new HashSet<>();
    each(new SolrQuery(TYPE + ":" + REPORT).setFields(ID), d -> ids.add((String) d.getFieldValue(ID)));
    return ids;
  }

  @Override
  public Map<String, String> renderingKeys() throws IOException {
    Map<String, String> byKey = new HashMap<>();
    each(new SolrQuery(TYPE + ":" + REPORT).addFilterQuery(RENDERING_KEY + ":*").setFields(ID, RENDERING_KEY),
        d -> byKey.putIfAbsent((String) d.getFieldValue(RENDERING_KEY), (String) d.getFieldValue(ID)));
    return byKey;
  }

  /** Every document the query matches, paged with a cursor (by id) so that a national index is read in bounded steps. */
  private void each(SolrQuery query, java.util.function.Consumer<SolrDocument> each) throws IOException {
    query.setParam("defType", "lucene").setRows(PAGE).setSort(ID, SolrQuery.ORDER.asc);
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse r = retry.run("读取" + target.describe() + "的报告", () -> client.query(target.collection(), query));
      r.getResults().forEach(each);
      if (cursor.equals(r.getNextCursorMark())) {
        return;
      }
      cursor = r.getNextCursorMark();
    }
  }

  @Override
  public long reportCount() throws IOException {
    return count(REPORT);
  }

  @Override
  public long rowCount() throws IOException {
    return count(ROW);
  }

  private long count(String type) throws IOException {
    commit(); // counts of what was added, as the embedded index counts what it has not committed
    SolrQuery q = new SolrQuery(TYPE + ":" + type).setParam("defType", "lucene").setRows(0);
    return retry.run("统计" + target.describe(), () -> client.query(target.collection(), q)).getResults().getNumFound();
  }

  @Override
  public String describe() {
    return target.describe();
  }

  /** Sends and commits what is held, then closes the client. */
  @Override
  public void close() throws IOException {
    try (client) {
      commit();
    }
  }
}
