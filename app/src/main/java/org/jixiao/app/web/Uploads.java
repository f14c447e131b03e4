package org.jixiao.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.app.batch.Backend;
import org.jixiao.app.batch.ImportJob;
import org.jspecify.annotations.Nullable;

/**
 * 上传导入: files sent from the page, saved under {@code DATA/uploads/<UTC time>/} and imported one job at a time by the
 * same {@link ImportJob} as the CLI (same per-file limits, same lock: a CLI import running makes the job fail saying
 * so). A job's state and its status lines are kept for the page to poll.
 */
final class Uploads implements AutoCloseable {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** One upload: its files, where it is, and what import said of each file. */
  /**
   * @param stage the file being imported and the stage it is in ("b.pdf：审核"), while the job runs
   */
  record Status(String id, String state, List<String> files, List<String> lines, @Nullable String stage,
      @Nullable String summary, @Nullable String error) {}

  /** A file as received: its name as the browser sent it, and its bytes. */
  record Received(String name, InputStream content) {}

  private final WebOptions options;
  private final DataView data;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "jixiao-upload");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, Job> jobs = new ConcurrentHashMap<>();
  private final AtomicInteger sequence = new AtomicInteger();

  private static final class Job {
    final String id;
    final List<String> files;
    final List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
    volatile String state = "排队";
    volatile @Nullable String stage;
    volatile @Nullable String summary;
    volatile @Nullable String error;

    Job(String id, List<String> files) {
      this.id = id;
      this.files = List.copyOf(files);
    }

    Status status() {
      synchronized (lines) {
        return new Status(id, state, files, List.copyOf(lines), stage, summary, error);
      }
    }
  }

  Uploads(WebOptions options, DataView data) {
    this.options = options;
    this.data = data;
  }

  /** Saves the files and queues their import; returns the job's first status. */
  Status accept(List<Received> received) throws IOException {
    if (!options.allowUpload()) {
      throw new Forbidden("上传未开启：以 jixiao serve --allow-upload 启动才可上传");
    }
    if (received.isEmpty()) {
      throw new Params.BadRequest("no file sent (field files)");
    }
    if (received.size() > options.maxUploadFiles()) {
      throw new Params.BadRequest(received.size() + " files sent, at most " + options.maxUploadFiles() + " at once");
    }
    String id = STAMP.format(Instant.now()) + "-" + sequence.incrementAndGet();
    Path dir = Files.createDirectories(options.data().resolve("uploads").resolve(id));
    List<Path> saved = new ArrayList<>();
    for (Received r : received) {
      Path target = unique(dir, safeName(r.name()));
      try (InputStream in = r.content()) {
        long n = Files.copy(new Bounded(in, options.maxUploadBytes(), r.name()), target, StandardCopyOption.REPLACE_EXISTING);
        if (n == 0) {
          Files.delete(target);
          throw new Params.BadRequest(r.name() + ": empty file");
        }
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(target);
        throw e;
      }
      saved.add(target);
    }
    Job job = new Job(id, saved.stream().map(p -> p.getFileName().toString()).toList());
    jobs.put(id, job);
    worker.submit(() -> run(job, saved));
    return job.status();
  }

  @Nullable Status status(String id) {
    Job j = jobs.get(id);
    return j == null ? null : j.status();
  }

  private void run(Job job, List<Path> files) {
    job.state = "导入中";
    try (PrintWriter status = new PrintWriter(new LineSink(job.lines), true)) {
      ImportJob importing = new ImportJob(options.data(), options.limits(), 1, true)
          .inWorkers(1, ImportJob.WORKER_HEAP); // an uploaded file is anyone's: it cannot take the server's memory
      if (options.solr() != null) {
        importing.into(new Backend(options.data().resolve("index"), options.solr()));
      }
      ImportJob.Summary s = importing
          .stages((file, stage) -> job.stage = file.getFileName() + "：" + stage)
          .run(files, status);
      job.stage = null;
      job.summary = s.counts().describe();
      job.state = "完成";
    } catch (IOException | RuntimeException e) {
      job.error = e.getMessage() == null ? e.toString() : e.getMessage();
      job.state = "失败";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      job.state = "中断";
    } finally {
      data.invalidate();
    }
  }

  /** The browser's name reduced to a safe last path element: no directories, no control characters, not hidden. */
  static String safeName(String name) {
    String last = name.replace('\\', '/');
    last = last.substring(last.lastIndexOf('/') + 1);
    String clean = last.replaceAll("[^\\p{L}\\p{N}._()（）-]", "_").replaceAll("^\\.+", "_");
    if (clean.length() > 120) {
      clean = clean.substring(clean.length() - 120);
    }
    return clean.isEmpty() ? "upload" : clean;
  }

  private static Path unique(Path dir, String name) {
    Path p = dir.resolve(name);
    for (int n = 2; Files.exists(p); n++) {
      p = dir.resolve(n + "-" + name);
    }
    return p;
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }

  /** Fails the copy once a file is larger than the limit, naming it. */
  private static final class Bounded extends java.io.FilterInputStream {
    private final long max;
    private final String name;
    private long seen;

    Bounded(InputStream in, long max, String name) {
      super(in);
      this.max = max;
      this.name = name;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0 && (seen += n) > max) {
        throw new TooLarge(name + ": larger than " + max + " bytes (serve --max-upload-bytes)");
      }
      return n;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0 && ++seen > max) {
        throw new TooLarge(name + ": larger than " + max + " bytes (serve --max-upload-bytes)");
      }
      return c;
    }
  }

  /** An upload over the size limit: 413. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(String message) {
      super(message);
    }
  }

  /** Uploads are off: 403. */
  static final class Forbidden extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Forbidden(String message) {
      super(message);
    }
  }

  /** Collects what is written as lines. */
  private static final class LineSink extends Writer {
    private final List<String> lines;
    private final StringBuilder current = new StringBuilder();

    LineSink(List<String> lines) {
      this.lines = lines;
    }

    @Override
    public synchronized void write(char[] cbuf, int off, int len) {
      for (int i = off; i < off + len; i++) {
        if (cbuf[i] == '\n') {
          lines.add(current.toString());
          current.setLength(0);
        } else if (cbuf[i] != '\r') {
          current.append(cbuf[i]);
        }
      }
    }

    @Override
    public void flush() {}

    @Override
    public synchronized void close() {
      if (!current.isEmpty()) {
        lines.add(current.toString());
        current.setLength(0);
      }
    }
  }
}
