package org.jixiao.solrclient;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.ClusterStateProvider;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.impl.LBSolrClient;
import org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider;
import org.apache.solr.common.util.NamedList;

/**
 * A cluster-aware client that reads the cluster's state from ZooKeeper (updates go straight to each shard's leader,
 * queries to live replicas, a dead node is skipped) and talks HTTP through the JDK's client. SolrJ's own {@code
 * CloudHttp2SolrClient} needs its Jetty 10 client, which cannot share the CLI's class path with the web server's
 * Jetty 12; SolrJ's cloud logic is kept and only the transport differs.
 */
final class JdkCloudSolrClient extends CloudSolrClient {
  private static final long serialVersionUID = 1L;

  private final transient ZkClientClusterStateProvider state;
  private final transient Nodes nodes;

  JdkCloudSolrClient(List<String> zkHosts, Optional<String> chroot, String collection, int timeoutMillis) {
    super(true, true, true);
    this.state = new ZkClientClusterStateProvider(zkHosts, chroot.orElse(null));
    state.setZkConnectTimeout(timeoutMillis);
    state.setZkClientTimeout(Math.max(timeoutMillis, 30_000));
    this.nodes = new Nodes(timeoutMillis);
    this.defaultCollection = collection;
  }

  @Override
  protected LBSolrClient getLbClient() {
    return nodes;
  }

  @Override
  public ClusterStateProvider getClusterStateProvider() {
    return state;
  }

  @Override
  public void close() throws IOException {
    try (state; nodes) {
      super.close();
    }
  }

  /** The nodes, one JDK HTTP client per node's base URL. */
  private static final class Nodes extends LBSolrClient {
    private static final long serialVersionUID = 1L;

    private final transient Map<String, HttpJdkSolrClient> byUrl = new ConcurrentHashMap<>();
    private final int timeoutMillis;

    Nodes(int timeoutMillis) {
      super(List.of());
      this.timeoutMillis = timeoutMillis;
    }

    @Override
    protected SolrClient getClient(String baseUrl) {
      return byUrl.computeIfAbsent(baseUrl, url -> SolrTarget.http(url, timeoutMillis).build());
    }

    @Override
    protected SolrClient getClient(Endpoint endpoint) {
      return getClient(endpoint.getBaseUrl());
    }

    /** Straight to the node's client: LBSolrClient's own path looks for its Jetty client first. */
    @Override
    protected NamedList<Object> doRequest(String baseUrl, SolrRequest<?> request, String collection)
        throws SolrServerException, IOException {
      return getClient(baseUrl).request(request, collection);
    }

    @Override
    public void close() {
      for (HttpJdkSolrClient c : byUrl.values()) {
        try {
          c.close();
        } catch (IOException e) {
          // closing a JDK HTTP client frees its threads; nothing is lost if it complains
        }
      }
      super.close();
    }
  }
}
