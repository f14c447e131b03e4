package org.jixiao.index.bench;

import java.util.Map;

/**
 * What one benchmark run measured.
 *
 * @param rowsPerSecond indicator rows indexed per second of wall time (report documents included)
 * @param indexCpuSeconds CPU time the whole process used while indexing (merges and GC included)
 * @param rowsPerCpuSecond rows per CPU second: the throughput an idle core would give
 * @param peakHeapBytes the highest heap use sampled every 100 ms while indexing and querying
 * @param latencies per query kind, p50 and p99 in milliseconds
 */
public record BenchmarkFigures(
    int reports,
    long rows,
    int threads,
    double indexSeconds,
    double rowsPerSecond,
    double indexCpuSeconds,
    double rowsPerCpuSecond,
    long indexBytes,
    long peakHeapBytes,
    long maxHeapBytes,
    double systemLoadAverage,
    Map<String, Latency> latencies) {

  /** Latency of one query kind over {@code count} timed queries (after warm-up). */
  public record Latency(int count, double p50Millis, double p99Millis, double meanHits) {}
}
