package org.jixiao.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Extra reading time granted to a file while it is read: each scanned page OCRed adds {@link
 * #OCR_PAGE}. The per-file {@link Limits#timeout()} is sized for text (a 60-page text PDF reads in
 * seconds), while OCR costs seconds per page on any file, so a fixed timeout would refuse every
 * scan over a few pages; a per-page grant keeps a hostile file bounded (at most {@link
 * Limits#maxPages()} grants) and a real scan readable. Whoever waits on a read ({@link
 * DocumentIngestor}, a batch runner) adds {@link #granted} to its deadline.
 */
public final class ReadClock {
  /** Time granted per OCRed page: a dense table page takes 10–30 s on one busy core. */
  public static final Duration OCR_PAGE = Duration.ofSeconds(60);

  private static final Map<Path, Long> GRANTED = new ConcurrentHashMap<>();

  private ReadClock() {}

  /** Grants {@code file} more time (called by a reader about to OCR a page of it). */
  public static void grant(Path file, Duration more) {
    GRANTED.merge(file.toAbsolutePath().normalize(), more.toMillis(), Long::sum);
  }

  /** The extra time granted to {@code file} so far. */
  public static Duration granted(Path file) {
    return Duration.ofMillis(GRANTED.getOrDefault(file.toAbsolutePath().normalize(), 0L));
  }

  /** Forgets the grants of {@code file} once it has been read. */
  public static void done(Path file) {
    GRANTED.remove(file.toAbsolutePath().normalize());
  }
}
