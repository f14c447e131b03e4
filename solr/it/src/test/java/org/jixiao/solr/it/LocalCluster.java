package org.jixiao.solr.it;

import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.Assume;
import org.junit.Test;

/**
 * 本地集群: the test cluster (two nodes, collection {@code reports} of 2 shards × 2 replicas, the plugin and the
 * configset) kept up for {@code -Djixiao.solr.cluster=SECONDS}, so that jixiao's own commands can be pointed at it
 * from another shell ({@code ./jixiao import corpus-samples --solr ZK --collection reports}). Not a test: run it by
 * name, {@code ./mvnw -Psolr verify -pl solr,solr/plugin,solr/it -Dit.test=LocalCluster -Djixiao.solr.cluster=900};
 * it prints the ZooKeeper address and the nodes' URLs.
 */
public class LocalCluster {
  @Test
  public void serve() throws Exception {
    String seconds = System.getProperty("jixiao.solr.cluster", "");
    Assume.assumeTrue("run with -Djixiao.solr.cluster=SECONDS", !seconds.isBlank());
    Path plugin = Path.of(System.getProperty("jixiao.solr.lib"), "jixiao-solr-plugin.jar");
    assertTrue("build the plugin first: " + plugin, Files.isRegularFile(plugin));
    Path dir = Files.createTempDirectory("jixiao-solr-cluster");
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(2, dir)
        .addConfig("jixiao", Path.of(System.getProperty("jixiao.configset")))
        .withSolrXml(MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML.replace(
            "<solr>", "<solr>\n  <str name=\"sharedLib\">" + plugin.getParent() + "</str>"))
        .build();
    try {
      CollectionAdminRequest.createCollection("reports", "jixiao", 2, 2).process(cluster.getSolrClient());
      cluster.waitForActiveCollection("reports", 2, 4);
      System.out.println("LocalCluster: --solr " + cluster.getZkServer().getZkHost() + "/solr --collection reports");
      cluster.getJettySolrRunners().forEach(j -> System.out.println("LocalCluster: --solr " + j.getBaseUrl()
          + " --collection reports"));
      System.out.flush();
      Thread.sleep(Long.parseLong(seconds.strip()) * 1000);
    } finally {
      cluster.shutdown();
    }
  }
}
