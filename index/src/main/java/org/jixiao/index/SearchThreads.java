package org.jixiao.index;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * The threads one search spreads its index slices over. A query that matches hundreds of thousands of rows spends
 * its time scoring them segment by segment; with the segments in slices searched at once, its latency falls with the
 * cores while the total work stays the same. Daemon threads, one per core, shared by every searcher of the process;
 * none on one core, where they would only add hand-overs.
 */
final class SearchThreads {
  private static final @Nullable ExecutorService POOL = create();

  private SearchThreads() {}

  static @Nullable Executor executor() {
    return POOL;
  }

  private static @Nullable ExecutorService create() {
    int cores = Integer.getInteger("jixiao.search.threads", Runtime.getRuntime().availableProcessors());
    if (cores < 2) {
      return null;
    }
    return Executors.newFixedThreadPool(cores, r -> {
      Thread t = new Thread(r, "jixiao-search");
      t.setDaemon(true);
      return t;
    });
  }
}
