package org.jixiao.app.batch;

import java.util.Map;
import java.util.TreeMap;

/**
 * 导入统计: what an import did with the files it saw, adding up: {@code seen = imported + unchanged
 * + duplicate + rendering + notAReport + failed}, the failures by reason ({@code CORRUPT}, {@code
 * TIMEOUT}, {@code STORE}…).
 */
public record ImportCounts(int imported, int unchanged, int duplicate, int rendering, int notAReport,
    Map<String, Integer> failedByReason) {
  public ImportCounts {
    failedByReason = Map.copyOf(failedByReason);
    if (imported < 0 || unchanged < 0 || duplicate < 0 || rendering < 0 || notAReport < 0
        || failedByReason.values().stream().anyMatch(n -> n < 1)) {
      throw new IllegalArgumentException("negative count: " + imported + "/" + unchanged + "/" + duplicate + "/" + rendering
          + "/" + notAReport + "/" + failedByReason);
    }
  }

  public int failed() {
    return failedByReason.values().stream().mapToInt(Integer::intValue).sum();
  }

  public int seen() {
    return imported + unchanged + duplicate + rendering + notAReport + failed();
  }

  /** The runner's view, for the exit code: a file that is no report counts as failed, as it always has. */
  public BatchCounts batch() {
    return new BatchCounts(seen(), notAReport + failed());
  }

  /** {@code 共 5 个文件：导入 2，未变 1，重复 0，其他格式 0，非报告 1，失败 1（CORRUPT 1）}: the reasons by their manifest codes. */
  public String describe() {
    StringBuilder by = new StringBuilder();
    new TreeMap<>(failedByReason).forEach((k, v) -> by.append(by.isEmpty() ? "（" : "，").append(k).append(' ').append(v));
    return "共 " + seen() + " 个文件：导入 " + imported + "，未变 " + unchanged + "，重复 " + duplicate
        + "，其他格式 " + rendering + "，非报告 " + notAReport + "，失败 " + failed() + (by.isEmpty() ? "" : by + "）");
  }

  /** Counts kept as a run goes, on the calling thread. */
  static final class Tally {
    private final int[] by = new int[ImportOutcome.values().length];
    private final Map<String, Integer> failed = new TreeMap<>();

    void add(ImportOutcome outcome, String reason) {
      by[outcome.ordinal()]++;
      if (outcome == ImportOutcome.FAILED) {
        failed.merge(reason, 1, Integer::sum);
      }
    }

    ImportCounts counts() {
      return new ImportCounts(by[ImportOutcome.IMPORTED.ordinal()], by[ImportOutcome.UNCHANGED.ordinal()],
          by[ImportOutcome.DUPLICATE.ordinal()], by[ImportOutcome.RENDERING.ordinal()], by[ImportOutcome.NOT_A_REPORT.ordinal()],
          failed);
    }
  }
}
