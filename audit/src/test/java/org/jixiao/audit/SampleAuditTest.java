package org.jixiao.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.schema.Finding;
import org.junit.jupiter.api.Test;

class SampleAuditTest {
  @Test
  void printAll() throws Exception {
    for (String stem : Samples.stems()) {
      AuditResult r = Auditor.standard().audit(Samples.subject(stem));
      System.out.println("=== " + stem + " " + r.countBySeverity());
      for (Finding f : r.findings()) {
        System.out.println(
            f.severity() + " " + f.certainty() + " " + f.check() + " [" + f.indicator() + "] stated=" + f.stated()
                + " recomputed=" + f.recomputed() + " :: " + f.message());
      }
    }
  }
}
