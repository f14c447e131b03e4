package org.jixiao.solrclient;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Set;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;

/**
 * 重试: a request to the cluster, tried again after a pause that doubles each time when it failed for a reason that
 * passes (no connection, a node restarting, 429 too many requests, 5xx), given up at once when asking again cannot
 * help (400 a bad document, 404 no such collection, 401/403). The pause is the client's back-pressure: an
 * overloaded cluster is asked less often, never more.
 */
public record Retry(int attempts, Duration first, Duration most, Sleeper sleeper) {
  /** HTTP statuses a later attempt may get past. */
  private static final Set<Integer> PASSING = Set.of(408, 429, 500, 502, 503, 504);

  /** Pauses between attempts (a test's sleeper records them instead of waiting). */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  /** One request to the cluster. */
  @FunctionalInterface
  public interface Call<T> {
    T run() throws SolrServerException, IOException;
  }

  public Retry {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be 1 or more, not " + attempts);
    }
  }

  /** Six attempts, 0.5 s then 1, 2, 4, 8 s apart (about 15 s in all): a node restarts in that time. */
  public static Retry standard() {
    return new Retry(6, Duration.ofMillis(500), Duration.ofSeconds(8), d -> Thread.sleep(d.toMillis()));
  }

  /**
   * The call's answer; {@code what} names the request in the message of a failure, which says where and why.
   *
   * @throws IOException when it failed for good or every attempt failed
   */
  public <T> T run(String what, Call<T> call) throws IOException {
    Duration pause = first;
    for (int attempt = 1; ; attempt++) {
      try {
        return call.run();
      } catch (SolrServerException | IOException | SolrException e) {
        if (!passing(e) || attempt == attempts) {
          String tries = attempt == 1 ? "" : "（" + attempt + " 次尝试）";
          throw new IOException(what + " 失败" + tries + "：" + reason(e), e);
        }
      }
      try {
        sleeper.sleep(pause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(what + "：重试时被中断", e);
      }
      pause = pause.multipliedBy(2).compareTo(most) > 0 ? most : pause.multipliedBy(2);
    }
  }

  /** Whether a later attempt may succeed. */
  static boolean passing(Throwable e) {
    if (e instanceof SolrException s) {
      return PASSING.contains(s.code()) || s.code() <= 0 && s.getCause() != null && passing(s.getCause());
    }
    return true; // no answer at all (connection, timeout): the node may come back
  }

  /** One line saying why: what the connection did, or the HTTP status and Solr's message. */
  static String reason(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      switch (t) {
        case ConnectException c -> {
          return "连接被拒绝 (connection refused)";
        }
        case UnknownHostException u -> {
          return "未知主机 (unknown host " + u.getMessage() + ")";
        }
        case HttpTimeoutException h -> {
          return "超时 (timed out)";
        }
        case java.util.concurrent.TimeoutException h -> {
          return "超时 (timed out" + (h.getMessage() == null ? "" : ": " + firstLine(h.getMessage())) + ")";
        }
        case SolrException s when s.code() > 0 && s.getCause() == null -> { // a node's answer, not a local failure
          return "HTTP " + s.code() + " " + firstLine(s.getMessage());
        }
        default -> { }
      }
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    Throwable shown = e.getMessage() != null ? e : root;
    return shown.getClass().getSimpleName() + (shown.getMessage() == null ? "" : ": " + firstLine(shown.getMessage()));
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("").strip();
  }
}
