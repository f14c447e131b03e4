package org.jixiao.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jixiao.app.web.WebOptions;
import org.jixiao.app.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code jixiao serve}: the web page and its JSON API over the data directory import writes, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the auditors' web page (overview, search, reports with each finding beside its source,",
        "compare, findings, upload) and its JSON API (/api/openapi.json) over DATA. Read-only unless --allow-upload;",
        "listens on 127.0.0.1 unless --host names another address. With --solr, search, compare, findings, the",
        "overview and report pages read the collection (whichever machine imported); an original file is shown from",
        "where import read it, when this machine can reach it."})
public final class ServeCommand implements Callable<Integer> {
  @Option(names = "--data", paramLabel = "DIR", description = "where import put its data (default ./data)") Path data = Path.of("data");

  @Option(names = "--port", description = "port to listen on (default ${DEFAULT-VALUE}; 0 picks a free one)", defaultValue = "8080")
  int port;

  @Option(names = "--host", paramLabel = "ADDRESS",
      description = "address to listen on (default 127.0.0.1, this machine only); 0.0.0.0 opens it to the network")
  String host = WebOptions.LOOPBACK;

  @Option(names = "--allow-upload", description = "let the page upload files and import them") boolean allowUpload;

  @Option(names = "--max-upload-files", description = "most files per upload (default ${DEFAULT-VALUE})", defaultValue = "20")
  int maxUploadFiles;

  @Option(names = "--max-upload-bytes", description = "largest uploaded file, in bytes (default 50 MiB)", defaultValue = "52428800")
  long maxUploadBytes;

  @Mixin LimitOptions limitOptions;

  @Mixin SolrOptions solr;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port must be 0–65535, not " + port);
    }
    if (maxUploadFiles < 1 || maxUploadBytes < 1) {
      throw new ParameterException(spec.commandLine(), "--max-upload-files and --max-upload-bytes must be positive");
    }
    PrintWriter err = spec.commandLine().getErr();
    WebOptions options = new WebOptions(data, host, port, allowUpload, maxUploadBytes, maxUploadFiles,
        limitOptions.limits(), JixiaoCommand.VERSION, solr.target(spec.commandLine()));
    CountDownLatch stopped = new CountDownLatch(1);
    try (WebServer server = new WebServer(options)) {
      int bound = server.start();
      String shown = host.contains(":") ? "[" + host + "]" : host;
      err.println("jixiao: 网页 http://" + shown + ":" + bound + "/ （数据 " + data
          + (options.solr() == null ? "" : "，检索 " + options.solr().describe()) + "，" + (allowUpload ? "可上传" : "只读")
          + "；Ctrl-C 停止）");
      err.flush();
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
      stopped.await();
    }
    return ExitCodes.OK;
  }
}
