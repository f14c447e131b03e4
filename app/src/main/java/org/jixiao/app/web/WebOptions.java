package org.jixiao.app.web;

import java.nio.file.Path;
import org.jixiao.ingest.Limits;
import org.jixiao.solrclient.SolrTarget;
import org.jspecify.annotations.Nullable;

/**
 * How {@code serve} runs: the data directory import writes, where to listen (127.0.0.1 unless told otherwise), whether
 * uploads are taken and how many and how large, the per-file limits uploads are read under, the tool's name for
 * exports, and the SolrCloud collection searched instead of the data directory's index ({@code --solr}), if any.
 */
public record WebOptions(Path data, String host, int port, boolean allowUpload, long maxUploadBytes, int maxUploadFiles,
    Limits limits, String tool, @Nullable SolrTarget solr) {
  public static final String LOOPBACK = "127.0.0.1";

  /** Over the data directory's own index. */
  public WebOptions(Path data, String host, int port, boolean allowUpload, long maxUploadBytes, int maxUploadFiles,
      Limits limits, String tool) {
    this(data, host, port, allowUpload, maxUploadBytes, maxUploadFiles, limits, tool, null);
  }
}
