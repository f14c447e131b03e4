package org.jixiao.app.batch;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jixiao.audit.AuditResult;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.Limits;
import org.jixiao.ingest.ReadClock;
import org.jixiao.schema.Json;
import org.jspecify.annotations.Nullable;

/**
 * 解析进程池: files read in child JVMs ({@link ParseWorker}), one file at a time each, every one under
 * its own heap cap. A worker whose file runs out of memory, crashes it, or is given up by the batch
 * (its thread interrupted) is killed and replaced by a fresh one at the next file, so no reader
 * thread keeps burning CPU or memory after its file, and nothing a file does reaches the importing
 * JVM, which only stores and indexes. Workers start when first needed and are reused: start-up (a
 * JVM and the readers' classes, about a second) is paid once per worker, not per file.
 */
final class WorkerPool implements FileReading {
  /** Exit status of a JVM stopped by {@code -XX:+ExitOnOutOfMemoryError}. */
  private static final int OUT_OF_MEMORY_EXIT = 3;

  private static final String END = "\u0000end";

  /** The first JDK that writes an ahead-of-time cache as a run ends ({@code -XX:AOTCacheOutput}, JEP 514). */
  private static final int AOT_FROM = 25;

  /** How long a worker recording the cache may take to write it after its input ends. */
  private static final long TRAINER_EXIT_SECONDS = 60;

  /** Environment variable with further JVM options for every parse worker, split at white space. */
  static final String WORKER_OPTIONS = "JIXIAO_WORKER_JAVA_OPTS";

  /** How many workers, and each one's heap cap in bytes. */
  record Spec(int workers, long heapBytes) {
    Spec {
      if (workers < 1 || heapBytes < 64L << 20) {
        throw new IllegalArgumentException("workers ≥ 1 and a heap of at least 64 MB: " + workers + ", " + heapBytes);
      }
    }

    /**
     * Up to {@code threads} workers, as many as three quarters of the machine's memory hold at {@code
     * heapBytes} each (plus a JVM's own quarter-gigabyte beyond its heap), at least one.
     */
    static Spec sized(int threads, long heapBytes) {
      long fit = totalMemory() * 3 / 4 / (heapBytes + (256L << 20));
      return new Spec((int) Math.max(1, Math.min(threads, fit)), heapBytes);
    }

    /** The machine's memory, by the platform's standard management attribute (four of our heaps where it has none). */
    private static long totalMemory() {
      try {
        Object v = ManagementFactory.getPlatformMBeanServer()
            .getAttribute(new javax.management.ObjectName("java.lang:type=OperatingSystem"), "TotalMemorySize");
        if (v instanceof Long bytes && bytes > 0) {
          return bytes;
        }
      } catch (javax.management.JMException | RuntimeException e) {
        // not this JVM's attribute
      }
      return Runtime.getRuntime().maxMemory() * 4;
    }
  }

  private final Limits limits;
  private final Spec spec;
  private final @Nullable Path aotCache;
  private final java.util.concurrent.atomic.AtomicBoolean training = new java.util.concurrent.atomic.AtomicBoolean();
  private final Semaphore slots;
  private final ConcurrentLinkedQueue<Worker> idle = new ConcurrentLinkedQueue<>();
  private final List<Worker> all = java.util.Collections.synchronizedList(new ArrayList<>());

  WorkerPool(Limits limits, Spec spec) {
    this(limits, spec, null);
  }

  /**
   * A pool whose workers start from an ahead-of-time cache in {@code cacheDir} (JDK 25 and later: the classes
   * loaded and linked, and the methods profiled, by an earlier worker of the same class path), which cuts their
   * start-up and warm-up by about a quarter; without one yet, the first worker records it as it works and writes
   * it when it ends. Null: no cache.
   */
  WorkerPool(Limits limits, Spec spec, @Nullable Path cacheDir) {
    this.limits = limits;
    this.spec = spec;
    this.aotCache = cacheDir == null || Runtime.version().feature() < AOT_FROM ? null : cacheDir.resolve(AotCaches.name());
    this.slots = new Semaphore(spec.workers(), true); // files take workers in the order they asked
  }

  @Override
  public FileOutcome<List<AuditResult>> read(Path file, String sha256, ImportJob.Stages stages) throws InterruptedException {
    slots.acquire();
    Worker worker = null;
    try {
      worker = idle.poll();
      if (worker == null || !worker.process.isAlive()) {
        if (worker != null) {
          worker.kill();
        }
        worker = start();
      }
      FileOutcome<List<AuditResult>> out = worker.ask(file, sha256, stages);
      if (worker.process.isAlive()) {
        idle.add(worker);
        worker = null;
      }
      return out;
    } catch (IOException e) {
      return new FileOutcome.Failed<>(file, FileOutcome.Stage.READ, FailureKind.WORKER_CRASHED,
          InputFiles.shown(file) + ": could not start or reach a parse worker: " + e.getMessage());
    } finally {
      if (worker != null) {
        worker.kill(); // given up (interrupted), or ended: its file may still hold it
      }
      ReadClock.done(file);
      slots.release();
    }
  }

  private Worker start() throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + (spec.heapBytes() >> 20) + "m");
    command.add("-XX:+ExitOnOutOfMemoryError");
    command.add("-XX:+UseSerialGC"); // one file at a time: the smallest footprint, no GC threads per core
    // C1 only: on 267 and on 2,400 files the optimising compiler cost more than it gave back (import 19–37 % slower,
    // docs/PERFORMANCE.md); JIXIAO_WORKER_JAVA_OPTS=-XX:TieredStopAtLevel=4 brings it back
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-Dfile.encoding=UTF-8");
    command.add("-Dstdout.encoding=UTF-8");
    command.add("-Dstderr.encoding=UTF-8");
    command.add("--enable-native-access=ALL-UNNAMED");
    if (Runtime.version().feature() >= 23) {
      command.add("--sun-misc-unsafe-memory-access=allow"); // as the launcher: Lucene and JNA, no warning
    }
    Path recording = null;
    if (aotCache != null && Files.isRegularFile(aotCache)) {
      command.add("-XX:AOTCache=" + aotCache);
      command.add("-Xlog:aot=off"); // a cache of another class path is skipped; no need to say so on every start
    } else if (aotCache != null && training.compareAndSet(false, true)) {
      Files.createDirectories(aotCache.getParent());
      recording = aotCache.resolveSibling(aotCache.getFileName() + ".recording");
      command.add("-XX:AOTCacheOutput=" + recording);
      command.add("-Xlog:aot=off");
    }
    String extra = System.getenv(WORKER_OPTIONS);
    if (extra != null && !extra.isBlank()) {
      command.addAll(List.of(extra.strip().split("\\s+"))); // e.g. an AOT cache, a GC log: after ours, so they win
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ParseWorker.class.getName());
    command.add(WorkerWire.argument(limits));
    Process p = new ProcessBuilder(command).start();
    Worker w = new Worker(p, recording);
    all.add(w);
    return w;
  }

  /** One child JVM: its input for requests, and a thread turning its output into lines. */
  private final class Worker {
    private final Process process;
    private final @Nullable Path recording;
    private final Writer requests;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    Worker(Process process, @Nullable Path recording) {
      this.process = process;
      this.recording = recording;
      this.requests = new OutputStreamWriter(process.getOutputStream(), UTF_8);
      Thread.ofPlatform().daemon().name("jixiao-worker-" + process.pid()).start(() -> {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8))) {
          for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith("{")) {
              lines.add(line);
            } else {
              passOn(line);
            }
          }
        } catch (IOException e) {
          // the process is gone; END says so
        }
        lines.add(END);
      });
      Thread.ofPlatform().daemon().name("jixiao-worker-err-" + process.pid()).start(() -> {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), UTF_8))) {
          for (String line; (line = err.readLine()) != null; ) {
            passOn(line);
          }
        } catch (IOException e) {
          // the process is gone
        }
      });
    }

    /** The JVM's own words ("Terminating due to java.lang.OutOfMemoryError…"), but not its cache's chatter. */
    private static void passOn(String line) {
      if (!JvmChatter.isCacheChatter(line)) {
        System.err.println(line);
      }
    }

    FileOutcome<List<AuditResult>> ask(Path file, String sha256, ImportJob.Stages stages) throws IOException, InterruptedException {
      try {
        requests.write(Json.line(new WorkerWire.Request(file.toString(), sha256)));
        requests.write('\n');
        requests.flush();
      } catch (IOException e) {
        return ended(file);
      }
      Duration granted = Duration.ZERO;
      while (true) {
        String line = lines.take(); // interrupted when the batch gives the file up: the finally kills us
        if (line.equals(END)) {
          return ended(file);
        }
        WorkerWire.Message m;
        try {
          m = Json.mapper().readValue(line, WorkerWire.Message.class);
        } catch (IOException e) {
          kill();
          return new FileOutcome.Failed<>(file, FileOutcome.Stage.READ, FailureKind.WORKER_CRASHED,
              InputFiles.shown(file) + ": the parse worker answered with something that is not its protocol (" + e.getMessage() + ")");
        }
        if (m.isOutcome()) {
          return m.outcome(file);
        }
        if (m.stage() != null) {
          stages.entered(file, m.stage());
        }
        if (m.grantedMillis() != null) {
          Duration now = Duration.ofMillis(m.grantedMillis());
          ReadClock.grant(file, now.minus(granted));
          granted = now;
        }
      }
    }

    /** The process ended before it answered: out of memory, or crashed. */
    private FileOutcome<List<AuditResult>> ended(Path file) throws InterruptedException {
      boolean gone = process.waitFor(5, TimeUnit.SECONDS);
      if (gone && process.exitValue() == OUT_OF_MEMORY_EXIT) {
        return new FileOutcome.Failed<>(file, FileOutcome.Stage.READ, FailureKind.OUT_OF_MEMORY, InputFiles.shown(file)
            + ": reading needed more than the parse worker's " + (spec.heapBytes() >> 20) + " MB of memory (--worker-heap)");
      }
      kill();
      return new FileOutcome.Failed<>(file, FileOutcome.Stage.READ, FailureKind.WORKER_CRASHED, InputFiles.shown(file)
          + ": the parse worker reading it ended without an answer" + (gone ? " (exit status " + process.exitValue() + ")" : ""));
    }

    private void forgetRecording() throws IOException {
      if (recording != null) {
        Files.deleteIfExists(recording);
        Files.deleteIfExists(recording.resolveSibling(recording.getFileName() + ".config"));
      }
    }

    void kill() {
      process.destroyForcibly();
      if (recording != null) {
        try {
          process.waitFor(5, TimeUnit.SECONDS);
          forgetRecording(); // a cache cut short is no cache; the next import records one again
        } catch (IOException | InterruptedException e) {
          // left for the next start to overwrite
        }
      }
      all.remove(this);
    }

    /**
     * Asks an idle worker to end (end of its input), waits a moment (a worker recording the cache the while it takes
     * to write it), then kills it; a cache written whole is put in place.
     */
    void stop() {
      try {
        requests.close();
        if (!process.waitFor(recording == null ? 2 : TRAINER_EXIT_SECONDS, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        } else if (recording != null && aotCache != null && process.exitValue() == 0 && Files.isRegularFile(recording)) {
          Files.move(recording, aotCache, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
              java.nio.file.StandardCopyOption.ATOMIC_MOVE);
          AotCaches.removeOthers(aotCache); // an earlier build's cache no JVM of this one can take
        }
        forgetRecording(); // what a recording leaves beside the cache, or instead of it (a class path of folders)
      } catch (IOException | InterruptedException e) {
        process.destroyForcibly();
        if (e instanceof InterruptedException) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  /** The live workers' process ids (tests check that a given-up worker is gone). */
  List<Long> pids() {
    synchronized (all) {
      return all.stream().filter(w -> w.process.isAlive()).map(w -> w.process.pid()).toList();
    }
  }

  @Override
  public void close() {
    List<Worker> left;
    synchronized (all) {
      left = new ArrayList<>(all);
      all.clear();
    }
    left.forEach(Worker::stop);
  }
}
