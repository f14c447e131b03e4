package org.jixiao.app.batch;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jixiao.audit.AuditResult;
import org.jixiao.ingest.FailureKind;
import org.jixiao.ingest.ReadClock;
import org.jixiao.schema.Json;

/**
 * 解析进程: the child side of a {@link WorkerPool}, started as {@code java … ParseWorker '<limits as JSON>'}.
 * Reads one {@link WorkerWire.Request} per line on standard input and answers each on standard
 * output ({@link WorkerWire.Message} lines); anything a library prints goes to standard error, which
 * the parent passes through. Ends at the end of its input, and after a file given up on its own
 * timeout: the thread still inside a reader cannot be stopped any other way.
 */
public final class ParseWorker {
  private ParseWorker() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), false, UTF_8);
    System.setOut(System.err); // stray prints must not break a protocol line
    if (args.length != 1) {
      throw new IllegalArgumentException("expected the limits as one JSON argument, got " + args.length + " arguments");
    }
    try (InProcessReading reading = new InProcessReading(WorkerWire.limits(args[0]))) {
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, UTF_8));
      for (String line; (line = in.readLine()) != null; ) {
        if (line.isBlank()) {
          continue;
        }
        WorkerWire.Request request = Json.mapper().readValue(line, WorkerWire.Request.class);
        Path file = Path.of(request.file());
        FileOutcome<List<AuditResult>> outcome;
        try (GrantWatch watch = new GrantWatch(file, protocol)) {
          outcome = reading.read(file, request.sha256(), (f, stage) -> send(protocol, WorkerWire.Message.stage(stage)));
        }
        send(protocol, WorkerWire.Message.outcome(outcome));
        if (outcome instanceof FileOutcome.Failed<?> f && f.kind() == FailureKind.TIMEOUT) {
          System.exit(0);
        }
      }
    }
  }

  private static void send(PrintStream protocol, WorkerWire.Message message) {
    String line = Json.line(message);
    synchronized (protocol) {
      protocol.println(line);
      protocol.flush();
    }
  }

  /** Passes a file's OCR time grants ({@link ReadClock}) on to the parent, whose clock is the one that counts. */
  private static final class GrantWatch implements AutoCloseable {
    private static final long EVERY_MS = 250;
    private final Thread thread;

    GrantWatch(Path file, PrintStream protocol) {
      thread = Thread.ofPlatform().daemon().name("jixiao-grants").start(() -> {
        Duration sent = Duration.ZERO;
        try {
          while (true) {
            Thread.sleep(EVERY_MS);
            Duration now = ReadClock.granted(file);
            if (now.compareTo(sent) > 0) {
              send(protocol, WorkerWire.Message.granted(now));
              sent = now;
            }
          }
        } catch (InterruptedException e) {
          // the file is done
        }
      });
    }

    @Override
    public void close() {
      thread.interrupt();
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
