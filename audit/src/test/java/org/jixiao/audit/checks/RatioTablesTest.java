package org.jixiao.audit.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Severity;
import org.junit.jupiter.api.Test;

/** A table of rates worked out from their 分子 and 分母 (h338's 附表), each result recomputed. */
class RatioTablesTest {
  private static final String TABLE = """
      附表　比率类指标计算明细
      指标名称\t分子项\t分子\t分母项\t分母\t计算结果
      居民电子健康档案建档率\t建立电子健康档案人数\t532,468\t辖区常住人口数\t583,460\t91.26%
      高血压患者基层规范管理服务率\t按照规范要求进行高血压患者健康管理的人数\t18,426\t年内已管理的高血压患者人数\t24,310\t78.50%
      肺结核患者规范管理率\t已完成治疗的规则服药肺结核患者人数\t412\t同期辖区内已完成治疗的肺结核患者人数\t431\t95.59%
      注：计算结果＝分子÷分母×100%，保留两位小数。
      """;

  @Test
  void aResultThatIsNotItsNumeratorOverItsDenominatorIsAnError() {
    List<Finding> found = new ArithmeticCheck().check(RuleTestRows.subject(null, TABLE));
    assertEquals(1, found.size(), found.toString());
    Finding f = found.get(0);
    assertEquals("高血压患者基层规范管理服务率", f.indicator());
    assertEquals("78.50%", f.stated());
    assertEquals("75.80%", f.recomputed());
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(Certainty.HIGH, f.certainty());
    assertEquals(List.of(), new ArithmeticCheck().check(RuleTestRows.subject(null, TABLE.replace("78.50%", "75.80%"))));
  }
}
