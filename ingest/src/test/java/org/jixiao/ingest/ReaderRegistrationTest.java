package org.jixiao.ingest;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The readers are found through META-INF/services, as {@link DocumentIngestor#withDefaultReaders} finds them. */
class ReaderRegistrationTest {
  @Test
  void htmlAndTextReadersAreRegistered() {
    List<String> names = ServiceLoader.load(FormatReader.class).stream().map(p -> p.type().getName()).toList();
    assertTrue(names.contains("org.jixiao.ingest.html.HtmlReader"), names::toString);
    assertTrue(names.contains("org.jixiao.ingest.text.TextReader"), names::toString);
    try (DocumentIngestor ingestor = DocumentIngestor.withDefaultReaders(Limits.defaults())) {
      assertInstanceOf(IngestOutcome.Parsed.class, ingestor.ingest(Samples.file("002_85bada5a1e1f1378.html")));
      assertInstanceOf(IngestOutcome.Parsed.class, ingestor.ingest(Samples.file("002_85bada5a1e1f1378.txt")));
    }
  }
}
