package org.jixiao.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Finding;
import org.junit.jupiter.api.Test;

/** The check registry: ServiceLoader finds one check per {@link CheckId}, and findings carry it. */
class AuditorRegistryTest {
  @Test
  void everyCheckIdHasExactlyOneRegisteredCheckAndEveryCheckAnId() {
    List<CheckId> registered = Auditor.standard().checks().stream().map(Check::id).toList();
    assertEquals(Arrays.asList(CheckId.values()), registered, "in CheckId order, none missing, none twice");
  }

  @Test
  void theChecksLiveOutsideThisPackage() {
    for (Check check : Auditor.standard().checks()) {
      assertEquals("org.jixiao.audit.checks", check.getClass().getPackageName(), check.getClass().getName());
    }
  }

  @Test
  void findingsOnASampleCarryTheIdOfTheCheckThatEmittedThem() throws IOException {
    AuditSubject subject = Samples.subject("000_0ace20d031349de2");
    int total = 0;
    for (Check check : Auditor.standard().checks()) {
      List<Finding> findings = check.check(subject);
      total += findings.size();
      findings.forEach(f -> assertEquals(check.id(), f.check(), f.message()));
    }
    assertTrue(total > 0, "the sample has findings");
  }
}
