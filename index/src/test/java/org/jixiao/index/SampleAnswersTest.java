package org.jixiao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.audit.AuditSubject;
import org.jixiao.audit.Auditor;
import org.jixiao.schema.Json;
import org.jixiao.search.SampleAnswers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded index gives the answers recorded in the search module's {@code sample-answers.json}, which the
 * SolrCloud test holds a collection to (solr/it cannot run this index: Lucene 9 and 10 do not share a class path).
 * A change that alters them fails here first; {@code -Djixiao.answers.update=true} writes them again, and the diff
 * is reviewed in the commit.
 */
class SampleAnswersTest {
  @Test
  void givesTheRecordedAnswers(@TempDir Path dir) throws Exception {
    Auditor auditor = Auditor.standard();
    List<SampleAnswers.Sample> samples = SampleAnswers.samples(r -> auditor.run(new AuditSubject(r, null)));
    JsonNode answers;
    try (ReportIndex index = ReportIndex.open(dir)) {
      for (SampleAnswers.Sample s : samples) {
        index.add(s.report(), s.findings());
      }
      index.commit();
      try (ReportSearcher searcher = index.searcher()) {
        answers = SampleAnswers.answers(searcher);
      }
    }
    if (Boolean.getBoolean("jixiao.answers.update")) {
      Path file = Path.of("../search/src/test/resources" + SampleAnswers.RESOURCE);
      Files.writeString(file, Json.write(answers) + "\n", StandardCharsets.UTF_8);
      System.err.println("SampleAnswersTest: wrote " + file.toAbsolutePath().normalize());
      return;
    }
    assertEquals(List.of(), SampleAnswers.differences(SampleAnswers.recorded(), answers),
        "the embedded index answers otherwise than recorded; if that is meant, run with -Djixiao.answers.update=true");
  }
}
