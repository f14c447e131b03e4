package org.jixiao.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --solr ZK_HOSTS|URL --collection NAME} on every verb that indexes or searches, without a cluster: what was
 * typed wrong is a usage error (exit 2) naming it; a cluster that does not answer is one line naming it and why (exit
 * 1). The verbs against a real cluster: solr/it's SolrCloudIT.
 */
class SolrOptionsTest extends CliRun {
  @TempDir Path tmp;

  @Test
  void aCollectionIsNeededAndASolrToo() {
    assertEquals(ExitCodes.USAGE, run("search", "预算", "--solr", "zk1:2181/solr"));
    assertEquals("jixiao search: --solr zk1:2181/solr：缺少 --collection NAME（集合名） (see jixiao search --help)\n", err.toString());
    assertEquals(ExitCodes.USAGE, run("stats", "--collection", "reports"));
    assertEquals("jixiao stats: --collection reports needs --solr ZK_HOSTS|URL (see jixiao stats --help)\n", err.toString());
  }

  @Test
  void anAddressThatIsNeitherIsNamed() {
    assertEquals(ExitCodes.USAGE, run("compare", "预算执行率", "--solr", "http//solr1:8983/solr", "--collection", "r"));
    assertTrue(err.toString().startsWith("jixiao compare: --solr http//solr1:8983/solr：不是有效的 URL"), err.toString());
    assertEquals(ExitCodes.USAGE, run("findings", "--solr", "zk1:21a81", "--collection", "r"));
    assertTrue(err.toString().startsWith("jixiao findings: --solr zk1:21a81：zk1:21a81 不是 主机:端口"), err.toString());
  }

  @Test
  void importCannotBothSkipAndUseTheCollection() throws IOException {
    Path f = Files.writeString(tmp.resolve("a.txt"), "x", StandardCharsets.UTF_8);
    assertEquals(ExitCodes.USAGE, run("import", f.toString(), "--data", tmp.resolve("d").toString(), "--no-index",
        "--solr", "zk1:2181", "--collection", "r"));
    assertTrue(err.toString().contains("--solr and --no-index together"), err.toString());
  }

  @Test
  void aClusterThatDoesNotAnswerIsOneLineNamingIt() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort(); // nothing listens there once closed
    }
    String url = "http://127.0.0.1:" + port + "/solr";
    for (String[] verb : new String[][] {{"search", "预算"}, {"stats"}, {"compare", "预算执行率"}, {"findings"}}) {
      String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(verb),
          java.util.stream.Stream.of("--solr", url, "--collection", "reports")).toArray(String[]::new);
      assertEquals(ExitCodes.FAILURE, run(args), verb[0]);
      assertEquals("jixiao: 连不上 Solr " + url + "：连接被拒绝 (connection refused)\n", err.toString(), verb[0]);
    }
  }

  @Test
  void theOptionsMayComeFromAFile() throws IOException {
    Path args = Files.writeString(tmp.resolve("cluster.args"), "--solr zk1:2181/solr\n", StandardCharsets.UTF_8);
    assertEquals(ExitCodes.USAGE, run("stats", "@" + args));
    assertTrue(err.toString().contains("缺少 --collection NAME"), err.toString());
  }
}
