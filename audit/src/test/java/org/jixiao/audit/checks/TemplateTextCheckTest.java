package org.jixiao.audit.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Severity;
import org.junit.jupiter.api.Test;

class TemplateTextCheckTest {
  private static List<Finding> check(String text) {
    return new TemplateTextCheck().check(BudgetTexts.subject(text));
  }

  @Test
  void aPlaceholderLeftInIsOneInfoLineNamingItAndTheInstructionsStillPrinted() {
    // sample 004: the attached form's title keeps 'XX部门'; under 二、佐证材料 the template's instructions stand alone
    String report = """
        (四)下一步拟改进措施
        附件：2022年度XX部门整体部门自评表(附后，格式参见附件4)
        二、 佐证材料
        (一)基本情况
        2.简要概述年度部门整体绩效目标。

        (二)部门自评工作开展情况
        简要概述部门自评组织实施过程等相关情况。
        """;
    List<Finding> found = check(report);
    assertEquals(1, found.size(), found.toString());
    Finding f = found.get(0);
    assertEquals(Severity.INFO, f.severity());
    assertEquals(Certainty.HIGH, f.certainty());
    assertTrue(f.message().contains("“附件：2022年度XX部门整体部门自评表(附后，格式参见附件4)”"), f.message());
    assertTrue(f.message().contains("“简要概述年度部门整体绩效目标。”（二、佐证材料）"), f.message());
    assertEquals("保留模板文字 1 处", f.stated());
  }

  @Test
  void maskedNamesAndNumbersAreRedactionNotPlaceholders() {
    // h01, h207, h288, h530: names, telephone numbers, an ICP number, an address and ID numbers masked for publication
    assertTrue(check("""
        填表人：李××　　联系电话：0816-22×××××　　单位负责人：王××
        藏ICP备××××××号　地址：晋城市城区泽州路×××号
        身份证号 610924********6984
        """).isEmpty());
    assertTrue(check("2.简要概述年度部门整体绩效目标。\n全年完成目标5项。").isEmpty(), "instructions alone are the template's headings");
    assertEquals(1, check("20XX年度部门整体支出绩效自评报告").size(), "a year left as 20XX");
  }
}
