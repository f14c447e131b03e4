package org.jixiao.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.jixiao.app.batch.Backend;
import org.jixiao.index.ReportIndex;
import org.jixiao.search.ReportSearch;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --index DIR} or {@code --data DIR} (its index, as import writes it), or {@code --solr … --collection …} (a
 * SolrCloud collection), shared by every verb that touches the search index.
 */
public final class IndexOption {
  @Option(names = "--index", paramLabel = "DIR", description = "index directory (default ./data/index)")
  Path dir = ReportIndex.DEFAULT_DIRECTORY;

  /** The option import takes: the query verbs take it too, so one folder names everything. */
  @Option(names = "--data", paramLabel = "DIR", description = "import's data directory: its index is DIR/index")
  void data(Path data) {
    dir = data.resolve("index");
  }

  @Mixin SolrOptions solr;

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  public Path dir() {
    return dir;
  }

  /** The embedded index in {@link #dir()}, or the collection of {@code --solr}. */
  public Backend backend() {
    return solr.backend(spec.commandLine(), dir);
  }

  /** Opens the index read-only, with a message naming the directory when there is none, or the cluster and why not. */
  public ReportSearch openSearcher() throws IOException {
    return backend().openSearch();
  }
}
