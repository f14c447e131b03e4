package org.jixiao.ingest;

import java.time.Duration;

/**
 * Bounds per file so that one hostile file cannot hang or exhaust a batch (GROBID's timeoutSec,
 * blocksMax, tokensMax).
 */
public record Limits(long maxBytes, int maxPages, int maxCells, int maxChars, Duration timeout) {
  public Limits {
    if (maxBytes <= 0 || maxPages <= 0 || maxCells <= 0 || maxChars <= 0 || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("limits must be positive: " + maxBytes + "/" + maxPages + "/" + maxCells + "/" + maxChars + "/" + timeout);
    }
  }

  /** 100 MB, 500 pages, 200,000 cells, 5 million characters, 60 seconds. */
  public static Limits defaults() {
    return new Limits(100L * 1024 * 1024, 500, 200_000, 5_000_000, Duration.ofSeconds(60));
  }
}
