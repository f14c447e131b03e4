package org.jixiao.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** h174's family: codes printed against names that may themselves begin with a figure. */
class DottedCodesTest {
  @Test
  void theSequenceTellsTheCodeFromTheFigureOfTheName() {
    DottedCodes codes = new DottedCodes();
    assertEquals(new DottedCodes.Split("1.1", "居民电子健康档案建档率"), codes.split("1.1居民电子健康档案建档率"));
    assertEquals(new DottedCodes.Split("1.2", "65岁及以上老年人健康管理率"), codes.split("1.265岁及以上老年人健康管理率"));
    assertEquals(new DottedCodes.Split("1.3", "高血压患者规范管理率"), codes.split("1.3 高血压患者规范管理率"));
    assertEquals(new DottedCodes.Split("1.4", "2型糖尿病患者规范管理率"), codes.split("1.42型糖尿病患者规范管理率"));
    assertEquals(new DottedCodes.Split("2.1", "孕产妇系统管理率"), codes.split("2.1孕产妇系统管理率"));
    assertNull(codes.split("1.5万亩造林任务"), "a figure that is not the next code stays in the name");
    assertEquals(new DottedCodes.Split("2.2", "0-6岁儿童健康管理率"), codes.split("2.20-6岁儿童健康管理率"));
  }

  @Test
  void aNameOpeningWithAFigureStartsNoSequence() {
    DottedCodes codes = new DottedCodes();
    assertNull(codes.split("1.5万亩造林任务"));
    assertNull(codes.split("12.5公里道路改造"));
    assertNull(codes.split("预算执行率"));
    assertNull(codes.split("1.1.1立项依据"), "a deeper outline is not this family");
  }

  @Test
  void plainNumbersCountingInTheirGroups() {
    // h184: "1.预算编制科学性", "2.…" under each 二级, from 1 again in the next
    DottedCodes codes = new DottedCodes();
    assertEquals(new DottedCodes.Split("1", "预算编制科学性"), codes.split("1.预算编制科学性"));
    assertEquals(new DottedCodes.Split("2", "“三公经费”变动率"), codes.split("2.“三公经费”变动率"));
    assertEquals(new DottedCodes.Split("1", "预算执行率"), codes.split("1.预算执行率"));
    assertNull(codes.split("5.预算执行率"), "not the next number");
    assertNull(codes.split("1.5万亩造林任务"));
  }
}
