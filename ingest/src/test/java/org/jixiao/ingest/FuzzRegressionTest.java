package org.jixiao.ingest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every input {@link ReaderRobustnessTest} ever broke a reader with (src/test/resources/fuzz/,
 * named issue-&lt;n&gt;-&lt;slug&gt;.&lt;ext&gt;, as jsoup's FuzzFixesTest does). Each was a fault
 * in a reader on a file that is still a document of its format, so each must now be read.
 *
 * <ul>
 *   <li>issue-1: an HTML colspan running into a rowspan from above made overlapping grid cells,
 *       and the whole page failed as CORRUPT.
 * </ul>
 */
class FuzzRegressionTest {
  static Stream<Path> inputs() throws IOException, URISyntaxException {
    URL dir = FuzzRegressionTest.class.getResource("/fuzz");
    List<Path> files = List.of();
    if (dir != null) {
      try (Stream<Path> s = Files.list(Path.of(dir.toURI()))) {
        files = s.filter(p -> p.getFileName().toString().startsWith("issue-")).sorted().toList();
      }
    }
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void replayIsRead(Path input) {
    try (DocumentIngestor ingestor = DocumentIngestor.withDefaultReaders(ReaderRobustnessTest.LIMITS)) {
      IngestOutcome o = assertDoesNotThrow(() -> ingestor.ingest(input));
      assertInstanceOf(IngestOutcome.Parsed.class, o, () -> "not read: " + o);
    }
  }
}
