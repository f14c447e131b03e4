package org.jixiao.app.web;

import java.nio.file.Path;
import org.jixiao.ingest.Limits;

/**
 * How {@code serve} runs: the data directory import writes, where to listen (127.0.0.1 unless told otherwise), whether
 * uploads are taken and how many and how large, the per-file limits uploads are read under, and the tool's name for
 * exports.
 */
public record WebOptions(Path data, String host, int port, boolean allowUpload, long maxUploadBytes, int maxUploadFiles,
    Limits limits, String tool) {
  public static final String LOOPBACK = "127.0.0.1";
}
