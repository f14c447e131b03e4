package org.jixiao.solr.it;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.NamedList;

/**
 * A cluster that refuses the first {@code failures} update requests with 503 (a node restarting, an overloaded
 * leader), then takes them: what the writer's retries are for. Queries pass.
 */
final class FlakySolrClient extends SolrClient {
  private static final long serialVersionUID = 1L;

  private final transient SolrClient real;
  private final AtomicInteger failures;
  private final AtomicInteger refused = new AtomicInteger();

  FlakySolrClient(SolrClient real, int failures) {
    this.real = real;
    this.failures = new AtomicInteger(failures);
  }

  @Override
  public NamedList<Object> request(SolrRequest<?> request, String collection) throws SolrServerException, IOException {
    if (request instanceof UpdateRequest && failures.getAndDecrement() > 0) {
      refused.incrementAndGet();
      throw new SolrException(SolrException.ErrorCode.SERVICE_UNAVAILABLE, "node restarting (a test's refusal)");
    }
    return real.request(request, collection);
  }

  /** Update requests refused so far. */
  int refused() {
    return refused.get();
  }

  @Override
  public void close() {
    // the real client is the test's
  }
}
