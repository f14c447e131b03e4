package org.jixiao.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashSet;
import java.util.Set;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.CheckId;
import org.jixiao.schema.Severity;
import org.junit.jupiter.api.Test;

class LabelsTest {
  @Test
  void everyCheckSeverityAndCertaintyHasItsOwnChineseLabel() {
    Set<String> seen = new HashSet<>();
    for (CheckId c : CheckId.values()) {
      String label = Labels.check(c);
      assertFalse(label.isBlank() || label.chars().allMatch(ch -> ch < 128), c + ": " + label);
      assertEquals(true, seen.add(label), "two checks share " + label);
    }
    assertEquals("错误", Labels.severity(Severity.ERROR));
    assertEquals("提示", Labels.severity(Severity.INFO));
    assertEquals("中", Labels.certainty(Certainty.MEDIUM));
  }
}
