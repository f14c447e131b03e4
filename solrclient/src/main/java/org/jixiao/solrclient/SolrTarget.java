package org.jixiao.solrclient;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.jspecify.annotations.Nullable;

/**
 * 集群地址: where a collection is — {@code --solr ZK_HOSTS|URL --collection NAME}. ZooKeeper hosts ({@code
 * zk1:2181,zk2:2181/solr}) give a cluster-aware client (updates to shard leaders, a dead node skipped); a URL
 * ({@code http://solr1:8983/solr}, a node or a load balancer in front of the nodes) a plain HTTP client, the node
 * passing requests on inside the cluster. Checked when parsed (one line saying what is wrong) and when connected
 * (the collection must exist: one line naming the host and why not).
 */
public record SolrTarget(String where, String collection) {
  /** How long a connection (to ZooKeeper or a node) may take before the target is called unreachable. */
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);

  /**
   * The target as typed.
   *
   * @throws IllegalArgumentException a line saying what is wrong: no collection, an address that is neither a URL
   *     nor ZooKeeper hosts
   */
  public static SolrTarget of(String where, @Nullable String collection) {
    String w = where.strip();
    if (w.isEmpty()) {
      throw new IllegalArgumentException("--solr：请给出 ZooKeeper 地址（zk1:2181,zk2:2181/solr）或 Solr 的 URL（http://host:8983/solr）");
    }
    if (collection == null || collection.isBlank()) {
      throw new IllegalArgumentException("--solr " + w + "：缺少 --collection NAME（集合名）");
    }
    if (isUrl(w)) {
      url(w);
    } else if (w.contains("//")) {
      throw new IllegalArgumentException("--solr " + w + "：不是有效的 URL（以 http:// 或 https:// 开头）");
    } else {
      zkHosts(w);
    }
    return new SolrTarget(w, collection.strip());
  }

  /** Whether the address is a URL rather than ZooKeeper hosts. */
  public boolean isUrl() {
    return isUrl(where);
  }

  /** For messages: "集合 reports（zk1:2181/solr）". */
  public String describe() {
    return "集合 " + collection + "（" + where + "）";
  }

  /**
   * A client of the collection (its default collection), after checking the collection is there.
   *
   * @throws IOException one line naming the address and what went wrong (unreachable, no such collection)
   */
  public SolrClient connect() throws IOException {
    return connect(CONNECT_TIMEOUT);
  }

  /** {@link #connect()} with another connection timeout. */
  public SolrClient connect(Duration timeout) throws IOException {
    SolrClient client = isUrl() ? http(url(where).toString(), timeout.toMillis()).withDefaultCollection(collection).build()
        : new JdkCloudSolrClient(zkHosts(where), chroot(where), collection, (int) timeout.toMillis());
    try {
      check(client);
      return client;
    } catch (IOException | RuntimeException e) {
      client.close();
      throw e;
    }
  }

  /**
   * A node's client over the JDK's HTTP client, HTTP/1.1: the JDK client would first send each new connection a
   * HEAD request to upgrade it to HTTP/2 (h2c), which Solr's update handler logs as an error; batches of a few MB
   * gain nothing from HTTP/2.
   */
  static HttpJdkSolrClient.Builder http(String baseUrl, long timeoutMillis) {
    return new HttpJdkSolrClient.Builder(baseUrl).useHttp1_1(true)
        .withConnectionTimeout(timeoutMillis, TimeUnit.MILLISECONDS);
  }

  /** The collection must exist (an alias names one too). */
  private void check(SolrClient client) throws IOException {
    List<String> names;
    boolean alias = false;
    try {
      if (client instanceof JdkCloudSolrClient cloud) {
        cloud.connect(); // ZooKeeper first, with its own timeout and message
        names = new ArrayList<>(cloud.getClusterStateProvider().getClusterState().getCollectionNames());
        alias = !cloud.getClusterStateProvider().resolveAlias(collection).equals(List.of(collection));
      } else {
        names = CollectionAdminRequest.listCollections(client);
      }
    } catch (Exception e) {
      String at = isUrl() ? "Solr " + where : "ZooKeeper " + where;
      throw new IOException("连不上 " + at + "：" + Retry.reason(e), e);
    }
    if (!alias && !names.contains(collection)) {
      throw new IOException((isUrl() ? "Solr " : "ZooKeeper ") + where + " 上没有集合 " + collection
          + (names.isEmpty() ? "（没有任何集合）" : "（有：" + String.join("、", names.stream().sorted().toList()) + "）"));
    }
  }

  private static boolean isUrl(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  /** The base URL, without a trailing slash. */
  private static URI url(String w) {
    try {
      URI u = new URI(w.endsWith("/") ? w.substring(0, w.length() - 1) : w);
      if (u.getHost() == null) {
        throw new IllegalArgumentException("--solr " + w + "：URL 中没有主机名");
      }
      return u;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("--solr " + w + "：不是有效的 URL（" + e.getReason() + "）", e);
    }
  }

  /** {@code zk1:2181,zk2:2181/solr} → its hosts, each checked as host or host:port. */
  private static List<String> zkHosts(String w) {
    int slash = w.indexOf('/');
    String hosts = slash < 0 ? w : w.substring(0, slash);
    List<String> out = new ArrayList<>();
    for (String h : hosts.split(",", -1)) {
      String host = h.strip();
      URI u;
      try {
        u = new URI("zk://" + host);
      } catch (URISyntaxException e) {
        u = null;
      }
      if (host.isEmpty() || u == null || u.getHost() == null || !host.startsWith(u.getHost())) {
        throw new IllegalArgumentException("--solr " + w + "：" + (host.isEmpty() ? "主机名为空" : host + " 不是 主机:端口")
            + "（ZooKeeper 地址如 zk1:2181,zk2:2181/solr，Solr 的 URL 以 http:// 开头）");
      }
      out.add(host);
    }
    return out;
  }

  private static Optional<String> chroot(String w) {
    int slash = w.indexOf('/');
    return slash < 0 || slash == w.length() - 1 ? Optional.empty() : Optional.of(w.substring(slash));
  }
}
