package org.jixiao.app.batch;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The name of a parse worker's ahead-of-time cache: one per JDK and class path, each jar as built (its path, size
 * and modification time), since the JVM takes a cache only for the very class path that recorded it. A rebuilt
 * application gets a new name, so a stale cache is never offered; it is removed when the new one is in place.
 */
final class AotCaches {
  private AotCaches() {}

  static String name() {
    StringBuilder key = new StringBuilder(Runtime.version().toString()).append('\n');
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(entry);
      key.append(entry);
      try {
        key.append(' ').append(Files.size(p)).append(' ').append(Files.getLastModifiedTime(p).toMillis());
      } catch (IOException e) {
        key.append(" -"); // an entry that is not there: the class path still names it
      }
      key.append('\n');
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
      return "worker-" + HexFormat.of().formatHex(hash, 0, 8) + ".aot";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /** Deletes the other caches beside {@code kept} (earlier builds' or JDKs'), 75 MB each. */
  static void removeOthers(Path kept) throws IOException {
    try (var all = Files.list(kept.getParent())) {
      for (Path p : all.toList()) {
        String n = p.getFileName().toString();
        if (!p.equals(kept) && n.startsWith("worker-") && n.endsWith(".aot")) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
