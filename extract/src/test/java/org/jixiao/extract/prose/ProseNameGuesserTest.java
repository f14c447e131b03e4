package org.jixiao.extract.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProseNameGuesserTest {
  private static final ProseNameGuesser NAMES = ProseNameGuesser.standard();

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      // "名称：说明…（设置分值…）"
      "公用经费控制率：公用经费实际支出18.35万元，控制在预算以内。（设置分值2分，得2分）|公用经费控制率",
      "办件按时办结率：全年受理事项4.2万件，按时办结率100%。（设置分值3分，得3分）|办件按时办结率",
      "1.预算编制科学性：预算编制依据充分，测算合理（设置分值5分，得4分）|预算编制科学性",
      // "（1）一是名称资金…万元"
      "（1） 一是咸安微家园项目总投入资金170.9万元，已全部完工。|咸安微家园项目",
      "（2）二是政务热线系统升级投入资金45.6万元，已通过验收。|政务热线系统升级",
      "③三是档案数字化加工经费12万元，按合同支付完毕。|档案数字化加工",
      // "我单位名称1名…"
      "2022年度，我单位人才引进1名，完成年度计划。|人才引进",
      "2023年度，我局新增政务服务事项35项，均已上线。|新增政务服务事项",
      "本中心开展窗口业务培训12次，覆盖全部窗口人员。|开展窗口业务培训",
      // "名称高于95%"
      "群众满意率高于95%。(设置分值4分，得3.5分)|群众满意率",
      "企业满意度不低于90%（设置分值5分，得4分）|企业满意度",
      "系统可用率达到99.9%，全年无重大故障。|系统可用率",
      "投诉办结率达到100%，本指标分值3分，自评得分3分。|投诉办结率"})
  void rowNameFromTheOpeningWords(String paragraph, String name) {
    assertEquals(Optional.of(name), NAMES.rowName(paragraph));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"", "   ", "2022年度。", "123456", "（1）", "OK"})
  void noNameIsMadeUpFromNothing(String paragraph) {
    assertEquals(Optional.empty(), NAMES.rowName(paragraph));
  }

  @Test
  void aBareScoreNoteNamesNoIndicator() {
    assertEquals(Optional.empty(), NAMES.rowName("（设置分值2分，得2分）"));
    assertEquals(Optional.empty(), NAMES.rowName("本指标分值5分，自评得分4.5分。"));
    assertEquals(Optional.empty(), NAMES.rowName("该指标得分1.49分。"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "2、管理效率指标完成情况详细分析, 管理效率",
      "1.运行成本指标完成情况详细分析, 运行成本",
      "一、产出指标情况, 产出",
      "（三）效益指标完成情况, 效益",
      "满意度指标得分, 满意度",
      "（一） 预算管理：该类指标, 预算管理",
      "（二）产出指标：本类指标, 产出指标",
      "'经自评，决策类指标', 决策"})
  void groupNameFromAHeading(String heading, String group) {
    assertEquals(Optional.of(group), NAMES.groupName(heading));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
      "群众满意率高于95%",
      "部门整体支出绩效自评情况",
      "培训人次：该项指标",
      "本年度各项产出指标均按计划完成，数量指标、质量指标、时效指标完成情况良好，总体达到了年初设定的绩效目标要求"})
  void notAGroupHeading(String text) {
    assertEquals(Optional.empty(), NAMES.groupName(text));
  }

  @Test
  void ordinalsOfEveryKindAreStripped() {
    assertEquals("名称", ProseNameGuesser.withoutOrdinals("（1） 一是名称"));
    assertEquals("名称", ProseNameGuesser.withoutOrdinals("2、①名称"));
    assertEquals("名称", ProseNameGuesser.withoutOrdinals("三、（二）名称"));
    assertEquals("2022年度", ProseNameGuesser.withoutOrdinals("2022年度"));
  }
}
