package org.jixiao.app.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jixiao.audit.AuditResult;
import org.jixiao.audit.Auditor;
import org.jixiao.ingest.Limits;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.junit.jupiter.api.Test;

/**
 * Each report of a file holding several is audited against its own part's text (h270: a 附件.zip of two projects' forms,
 * the first with its goals numbered 目标1, 目标2, 目标4 and a 说明 under its table giving the fund line's rule).
 */
class PartTextTest {
  private static final Path ZIP = Path.of("../corpus-heldout/h270_jingyang_zhujian.zip");

  @Test
  void aPartsProseIsItsOwnAndItsOffsetsAreTheFiles() throws Exception {
    List<AuditResult> audits;
    Extraction e;
    try (Pipeline p = new Pipeline(Limits.defaults())) {
      e = ((FileOutcome.Done<Extraction>) p.process(ZIP)).value();
      audits = ((FileOutcome.Done<List<AuditResult>>) e.auditedBy(Auditor.standard())).value();
    }
    assertEquals(2, audits.size());
    List<Finding> first = audits.get(0).findings();
    List<Finding> second = audits.get(1).findings();
    assertTrue(first.stream().anyMatch(f -> f.check() == CheckId.GOAL_LABELS), first.toString());
    assertTrue(second.stream().noneMatch(f -> f.check() == CheckId.GOAL_LABELS), "the second form's goals are 1, 2, 3");
    String own = e.extracted().get(0).text();
    String other = e.extracted().get(1).text();
    assertEquals(own.length(), other.length(), "offsets into the file's text in both");
    assertTrue(own.contains("目标4") && !other.contains("目标4"));
  }
}
