package org.jixiao.app.batch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * 数据目录锁: one import at a time per data directory, whatever its options ({@code --no-index}
 * too). An operating-system lock on {@code DATA/import.lock}: the file stays, the lock goes with the
 * process that held it, so a run killed with {@code kill -9} never leaves a stale lock behind.
 */
public final class DataLock implements AutoCloseable {
  /** The lock file's name inside the data directory. */
  public static final String FILE = "import.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private DataLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock of {@code data}, creating the directory; fails at once, naming the file, when another run holds it. */
  public static DataLock acquire(Path data) throws IOException {
    Files.createDirectories(data);
    Path file = data.resolve(FILE);
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) { // held by this JVM (another job in the same process)
      lock = null;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      channel.close();
      throw new Held(file);
    }
    return new DataLock(channel, lock);
  }

  /** Another import holds the data directory's lock. */
  public static final class Held extends IOException {
    private static final long serialVersionUID = 1L;

    Held(Path file) {
      super("another import is writing to " + file.getParent() + " (it holds the lock " + file
          + "); wait for it to finish, or give this one another --data");
    }
  }

  @Override
  public void close() throws IOException {
    try (channel) {
      lock.release();
    }
  }
}
