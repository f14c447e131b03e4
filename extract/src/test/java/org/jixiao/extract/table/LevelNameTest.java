package org.jixiao.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LevelNameTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', nullValues = "-", value = {
      "A部门决策(10分);           A;   部门决策;        10",
      "A1部门职能( 4分);          A1;  部门职能;        4",
      "A11部门职能明确性;         A11; 部门职能明确性;  -",
      "B3预算管理（15分）;        B3;  预算管理;        15",
      "c21群众满意度（2.5分）;    C21; 群众满意度;      2.5",
      "D1“放管服”改革(6分);       D1;  “放管服”改革;    6",
      "产出指标;                  -;   产出指标;        -",
      "满意度指标（10分）;        -;   满意度指标;      10",
      "年度资金总额（分值10）;    -;   年度资金总额;    10",
      "年度资金总额（权重：10分）; -;  年度资金总额;    10",
      "年度资金总额（万元）;      -;   年度资金总额（万元）; -"})
  void codeNameAndWeightNote(String printed, String code, String name, String weight) {
    LevelName n = LevelName.parse(printed);
    assertEquals(code, n.code());
    assertEquals(name, n.name());
    assertEquals(weight == null ? null : new BigDecimal(weight), n.weight());
  }

  @Test
  void anUnclosedWeightNoteIsStillAWeight() {
    LevelName n = LevelName.parse("A1部门\n职能\n( 4分");
    assertEquals("A1", n.code());
    assertEquals("部门职能", n.name());
    assertEquals(new BigDecimal("4"), n.weight());
  }

  @Test
  void lineBreaksInsideAMergedCellAreDropped() {
    assertEquals(new LevelName("A", "部门决策", new BigDecimal("10")), LevelName.parse("A部门\n决策\n(10分)"));
  }

  @Test
  void aTypeMarkAfterTheNameIsNoPartOfIt() {
    // h190: "（定量）/（定性）" after each 三级指标, wrapped with the name in its cell
    assertEquals("农村供水水质检测合格率", LevelName.parse("农村供水水质检测合格率（定量）").name());
    assertEquals("群众满意度", LevelName.parse("群众满意度（定\n量）").name());
    assertEquals("资金使用合规性", LevelName.parse("资金使用合规性(定性)").name());
    assertEquals("定性评价规范性", LevelName.parse("定性评价规范性").name(), "the words inside a name stay");
  }

  @Test
  void latinWordsAreNotCodes() {
    assertNull(LevelName.parse("PPP项目规范管理").code());
    assertEquals("PPP项目规范管理", LevelName.parse("PPP项目规范管理").name());
  }

  @Test
  void aLetterNamingAGradeOrClassIsPartOfTheName() {
    assertEquals(new LevelName(null, "A级旅游景区创建", null), LevelName.parse("A级旅游景区创建"));
    assertEquals(new LevelName(null, "B类企业检查覆盖率", null), LevelName.parse("B类企业检查覆盖率"));
    assertEquals("B", LevelName.parse("B过程").code(), "a letter before any other word is still a code");
  }

  @Test
  void aWeightNoteMustEndTheName() {
    LevelName n = LevelName.parse("培训(5分)课时完成率");
    assertNull(n.weight());
    assertEquals("培训(5分)课时完成率", n.name());
  }

  @Test
  void blankIsAnEmptyName() {
    assertEquals(new LevelName(null, "", null), LevelName.parse("  "));
  }

  @Test
  void codeDepth() {
    assertEquals(Optional.of(1), LevelName.parse("A部门决策").codeDepth());
    assertEquals(Optional.of(2), LevelName.parse("A1部门职能").codeDepth());
    assertEquals(Optional.of(3), LevelName.parse("A11职能明确性").codeDepth());
    assertEquals(Optional.empty(), LevelName.parse("职能明确性").codeDepth());
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "一、产出指标, 产出指标", "十二、效益指标, 效益指标", "（1）数量指标, 数量指标", "(2)质量指标, 质量指标",
      "3.时效指标, 时效指标", "4、成本指标, 成本指标", "产出指标, 产出指标", "1.5倍增长率, 1.5倍增长率",
      "一、决策指标（小计）, 决策指标", "二、过程指标(小计), 过程指标", "小计, 小计"})
  void ordinalsAndSubtotalMarksAreDroppedFromGroupNames(String printed, String name) {
    assertEquals(name, LevelName.withoutOrdinal(printed));
  }

  @Test
  void aCircledNumberOpeningANameIsItsCode() {
    // h342: ① … restarting in every group, one name opening with a figure ("③5G物联网…")
    assertEquals("①", LevelName.parse("①新建高标准农田面积").code());
    assertEquals("新建高标准农田面积", LevelName.parse("①新建高标准农田面积").name());
    assertEquals("5G物联网墒情监测站点", LevelName.parse("③5G物联网墒情监测站点").name());
    assertEquals("数量指标", LevelName.withoutOrdinal("⑴数量指标"));
  }
}
