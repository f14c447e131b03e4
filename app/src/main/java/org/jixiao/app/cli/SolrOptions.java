package org.jixiao.app.cli;

import java.nio.file.Path;
import org.jixiao.app.batch.Backend;
import org.jixiao.solrclient.SolrTarget;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --solr ZK_HOSTS|URL --collection NAME}: a SolrCloud collection instead of the embedded index, for every verb
 * that indexes or searches. Both may stand in a file read with {@code @FILE} (picocli's argument files), one
 * configuration for a whole team: {@code jixiao search @cluster.args 预算执行率}.
 */
public final class SolrOptions {
  @Option(names = "--solr", paramLabel = "ZK_HOSTS|URL", description = {"a SolrCloud cluster instead of the embedded"
      + " index: ZooKeeper hosts (zk1:2181,zk2:2181/solr) or a node's URL (http://solr1:8983/solr); needs --collection"})
  @Nullable String solr;

  @Option(names = "--collection", paramLabel = "NAME", description = "the collection of --solr (its configset: docs/SOLR.md)")
  @Nullable String collection;

  /** The collection asked for, or null for the embedded index; a usage error says what is wrong with what was typed. */
  public @Nullable SolrTarget target(CommandLine cl) {
    if (solr == null) {
      if (collection != null) {
        throw new CommandLine.ParameterException(cl, "--collection " + collection + " needs --solr ZK_HOSTS|URL");
      }
      return null;
    }
    try {
      return SolrTarget.of(solr, collection);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, e.getMessage());
    }
  }

  /** The collection asked for, else the embedded index in {@code indexDir}. */
  public Backend backend(CommandLine cl, Path indexDir) {
    return new Backend(indexDir, target(cl));
  }
}
