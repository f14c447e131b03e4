package org.jixiao.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.index.ReportIndex;
import org.jixiao.index.ReportSearcher;
import picocli.CommandLine.Option;

/** {@code --index DIR}, shared by every verb that touches the search index. */
public final class IndexOption {
  @Option(names = "--index", paramLabel = "DIR", description = "index directory (default ./data/index)")
  Path dir = ReportIndex.DEFAULT_DIRECTORY;

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
