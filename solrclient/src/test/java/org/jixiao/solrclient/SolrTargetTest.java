package org.jixiao.solrclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What {@code --solr … --collection …} accepts, and the one line it says when it cannot be used. */
class SolrTargetTest {
  @Test
  void takesZooKeeperHostsOrAUrl() {
    SolrTarget zk = SolrTarget.of(" zk1:2181,zk2:2181,zk3/solr ", "reports");
    assertFalse(zk.isUrl());
    assertEquals("zk1:2181,zk2:2181,zk3/solr", zk.where());
    assertEquals("集合 reports（zk1:2181,zk2:2181,zk3/solr）", zk.describe());
    SolrTarget url = SolrTarget.of("HTTPS://solr.example.cn:8983/solr/", "reports");
    assertTrue(url.isUrl());
  }

  @Test
  void saysWhatIsMissingOrWrong() {
    assertEquals("--solr zk1:2181：缺少 --collection NAME（集合名）", message("zk1:2181", null));
    assertEquals("--solr zk1:2181：缺少 --collection NAME（集合名）", message("zk1:2181", " "));
    assertTrue(message("", "reports").startsWith("--solr：请给出 ZooKeeper 地址"));
    assertEquals("--solr http//solr1:8983/solr：不是有效的 URL（以 http:// 或 https:// 开头）",
        message("http//solr1:8983/solr", "reports"));
    assertTrue(message("http://solr 1:8983/solr", "reports").startsWith("--solr http://solr 1:8983/solr：不是有效的 URL"));
    assertTrue(message("zk1:21a81", "reports").startsWith("--solr zk1:21a81：zk1:21a81 不是 主机:端口"));
    assertTrue(message("zk1:2181,,zk2", "reports").startsWith("--solr zk1:2181,,zk2：主机名为空"));
  }

  @Test
  void aNodeThatDoesNotAnswerIsNamedWithTheReason() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort(); // free once closed: nothing listens there
    }
    String url = "http://127.0.0.1:" + port + "/solr";
    IOException e = assertThrows(IOException.class, () -> SolrTarget.of(url, "reports").connect(Duration.ofSeconds(2)));
    assertEquals("连不上 Solr " + url + "：连接被拒绝 (connection refused)", e.getMessage());
  }

  @Test
  void aZooKeeperThatDoesNotAnswerIsNamedWithTheReason() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String zk = "127.0.0.1:" + port + "/solr";
    IOException e = assertThrows(IOException.class, () -> SolrTarget.of(zk, "reports").connect(Duration.ofSeconds(1)));
    assertTrue(e.getMessage().startsWith("连不上 ZooKeeper " + zk + "：超时 (timed out"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  private static String message(String where, String collection) {
    return assertThrows(IllegalArgumentException.class, () -> SolrTarget.of(where, collection)).getMessage();
  }
}
