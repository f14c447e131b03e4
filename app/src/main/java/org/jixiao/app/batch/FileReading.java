package org.jixiao.app.batch;

import java.nio.file.Path;
import java.util.List;
import org.jixiao.audit.AuditResult;

/**
 * How an import reads, extracts and audits a file it has not stored yet: in its own JVM ({@link
 * InProcessReading}) or in parse worker processes ({@link WorkerPool}), which a file that exhausts
 * memory or will not stop cannot take down with it.
 */
sealed interface FileReading extends AutoCloseable permits InProcessReading, WorkerPool {
  /** The file's audited reports, or why it gave none; {@code stages} is told as each stage begins. */
  FileOutcome<List<AuditResult>> read(Path file, String sha256, ImportJob.Stages stages) throws InterruptedException;

  @Override
  void close();
}
