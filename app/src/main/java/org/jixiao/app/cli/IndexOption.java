package org.jixiao.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.index.ReportIndex;
import org.jixiao.index.ReportSearcher;
import picocli.CommandLine.Option;

/** {@code --index DIR} or {@code --data DIR} (its index, as import writes it), shared by every verb that touches the search index. */
public final class IndexOption {
  @Option(names = "--index", paramLabel = "DIR", description = "index directory (default ./data/index)")
  Path dir = ReportIndex.DEFAULT_DIRECTORY;

  /** The option import takes: the query verbs take it too, so one folder names everything. */
  @Option(names = "--data", paramLabel = "DIR", description = "import's data directory: its index is DIR/index")
  void data(Path data) {
    dir = data.resolve("index");
  }

  public Path dir() {
    return dir;
  }

  /** Opens the index read-only, with a message naming the directory when there is none. */
  public ReportSearcher openSearcher() throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("no index at " + dir + " (add reports with: jixiao index FILE.json...)");
    }
    try {
      return ReportSearcher.open(dir);
    } catch (org.apache.lucene.index.IndexNotFoundException e) {
      throw new IOException("no index at " + dir + " (add reports with: jixiao index FILE.json...)", e);
    }
  }
}
