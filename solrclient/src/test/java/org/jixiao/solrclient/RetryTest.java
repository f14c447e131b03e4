package org.jixiao.solrclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrException.ErrorCode;
import org.junit.jupiter.api.Test;

/** Which failures are tried again, after which pauses, and what is said when the cluster never takes it. */
class RetryTest {
  private final List<Duration> pauses = new ArrayList<>();
  private final Retry retry = new Retry(5, Duration.ofMillis(100), Duration.ofMillis(300), pauses::add);

  @Test
  void triesAgainWhatPassesWithPausesThatGrow() throws IOException {
    int[] calls = {0};
    String answer = retry.run("发送", () -> {
      if (++calls[0] == 1) {
        throw new SolrServerException(new ConnectException());
      }
      if (calls[0] < 4) {
        throw new SolrException(ErrorCode.SERVICE_UNAVAILABLE, "busy");
      }
      return "ok";
    });
    assertEquals("ok", answer);
    assertEquals(4, calls[0]);
    assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(300)), pauses);
  }

  @Test
  void givesUpAtOnceOnWhatCannotPass() {
    int[] calls = {0};
    IOException e = assertThrows(IOException.class, () -> retry.run("发送 3 份报告", () -> {
      calls[0]++;
      throw new SolrException(ErrorCode.BAD_REQUEST, "ERROR: [doc=x] unknown field 'foo'\nmore");
    }));
    assertEquals(1, calls[0]);
    assertEquals(List.of(), pauses);
    assertEquals("发送 3 份报告 失败：HTTP 400 ERROR: [doc=x] unknown field 'foo'", e.getMessage());
  }

  @Test
  void saysHowOftenItTried() {
    IOException e = assertThrows(IOException.class, () -> retry.run("提交", () -> {
      throw new SolrException(ErrorCode.SERVICE_UNAVAILABLE, "overloaded");
    }));
    assertEquals("提交 失败（5 次尝试）：HTTP 503 overloaded", e.getMessage());
    assertEquals(4, pauses.size());
  }
}
