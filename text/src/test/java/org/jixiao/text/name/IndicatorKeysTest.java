package org.jixiao.text.name;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.schema.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorKeysTest {

  private final IndicatorKeys keys = IndicatorKeys.load();

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "预算执行率|budget_execution_rate",
        "部门预算执行率|budget_execution_rate",
        "资金执行率|budget_execution_rate",
        "部门预算完成率|budget_execution_rate",
        "预算执行率（%）|budget_execution_rate",
        "1.预算执行率|budget_execution_rate",
        "（1）预算执行率|budget_execution_rate",
        "一、预算执行率|budget_execution_rate",
        "B11 预算执行率|budget_execution_rate",
        "① 预算执行率|budget_execution_rate",
        "预 算 执 行 率|budget_execution_rate",
        "项目支出预算执行率|project_budget_execution_rate",
        "项目预算执行率|project_budget_execution_rate",
        "基本支出预算执行率|basic_budget_execution_rate",
        "非税收入预算完成率|non_tax_revenue_completion_rate",
        "“三公经费”变动率|three_public_change_rate",
        "“三公”经费变动率|three_public_change_rate",
        "\"三公\"经费控制率|three_public_control_rate",
        "公用经费控制率|public_expense_control_rate",
        "在职人员控制率|staff_control_rate",
        "在职人数控制率|staff_control_rate",
        "政府采购执行率|government_procurement_execution_rate",
        "结转结余率|carryover_rate",
        "结转结余变动率|carryover_change_rate",
        "结转结余变动情况|carryover_change_rate",
        "中长期规划制定健全性|medium_long_term_plan",
        "中长期规划合理性|medium_long_term_plan",
        "中长期规划相符性|medium_long_term_plan",
        "绩效目标合理性|performance_goal_reasonableness",
        "绩效指标明确性|performance_indicator_clarity",
        "财务管理制度健全性|financial_management_system",
        "资产管理制度健全性|asset_management_system",
        "管理制度健全性|management_system_soundness",
        "资产管理安全性|asset_management_security",
        "固定资产利用率|fixed_asset_utilization_rate",
        "固定资产管理规范性|asset_management_standardization",
        "预决算信息公开性|budget_disclosure",
        "预决算信息公开度|budget_disclosure",
        "社会公众满意度|public_satisfaction",
        "服务对象满意度|public_satisfaction",
        "群众满意度|public_satisfaction",
        "群众满意率|public_satisfaction",
        "办事群众满意度|public_satisfaction",
        "工作人员满意度|staff_satisfaction",
        "满意度|satisfaction",
        "预算调整率|budget_adjustment_rate",
        "支付进度符合率|payment_progress",
        "政务服务事项网上办理率|online_handling_rate",
        "网上业务可办率|online_availability_rate",
      })
  void knownNames(String name, String key) {
    assertEquals(key, keys.keyOf(name));
    assertTrue(keys.isCanonical(key));
  }

  @Test
  void unknownNamesKeepTheirNormalisedName() {
    assertEquals("name:交易中心开标", keys.keyOf("交易中心开标"));
    assertEquals("name:交易中心开标", keys.keyOf(" 3. 交易中心开标 "));
    assertEquals(keys.keyOf("“特色帮办”服务达标率"), keys.keyOf("特色帮办服务达标率"));
    assertFalse(keys.isCanonical(keys.keyOf("交易中心开标")));
  }

  @Test
  void exactOnlyVariantsDoNotSwallowSpecificNames() {
    // 满意度 and 管理制度健全性 are exact-only: a project's own satisfaction is its own measure
    assertEquals("name:参培人员满意度", keys.keyOf("参培人员满意度"));
    assertEquals("name:采购管理制度健全性", keys.keyOf("采购管理制度健全性"));
    assertEquals(
        "name:在网站、微信公众号、app推送信息质量达标率", keys.keyOf("在网站、微信公众号、APP推送信息质量达标率"));
    assertEquals("quality_compliance_rate", keys.keyOf("质量达标率"));
  }

  @ParameterizedTest(name = "normalize {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "（1）“三公”经费变动率|三公经费变动率",
        "1.2 预算执行率|预算执行率",
        "⑴预算执行率：|预算执行率",
        "一、（二）绩效目标合理性|绩效目标合理性",
        "２０２２年预算执行率|2022年预算执行率",
        "一网通办率|一网通办率",
        "三公经费控制率|三公经费控制率",
        "Ａ1产出数量|产出数量",
      })
  void normalize(String in, String out) {
    assertEquals(out, IndicatorKeys.normalize(in));
  }

  @Test
  void dictionaryHasTheCommonFramework() {
    assertTrue(keys.keys().size() >= 60, () -> "keys: " + keys.keys().size());
  }

  @Test
  void badDictionariesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> IndicatorKeys.parse(List.of("no colon here")));
    assertThrows(IllegalArgumentException.class, () -> IndicatorKeys.parse(List.of("Bad Key: 甲")));
    assertThrows(IllegalArgumentException.class, () -> IndicatorKeys.parse(List.of("a: 甲", "a: 乙")));
    assertThrows(IllegalArgumentException.class, () -> IndicatorKeys.parse(List.of("a: 甲", "b: “甲”")));
    assertThrows(IllegalArgumentException.class, () -> IndicatorKeys.parse(List.of("a: 甲, ")));
  }

  /** Over the gold rows of the real reports: the shared measures land on the same key. */
  @Test
  void goldRowsShareKeysAcrossReports() throws IOException {
    Path gold = Path.of(System.getProperty("jixiao.gold", "../corpus-samples/gold"));
    List<Path> files;
    try (Stream<Path> s = Files.list(gold)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    java.util.Map<String, java.util.Set<String>> reportsByKey = new java.util.HashMap<>();
    for (Path f : files) {
      JsonNode g = Json.mapper().readTree(Files.readString(f, StandardCharsets.UTF_8));
      for (JsonNode row : g.get("indicators")) {
        reportsByKey
            .computeIfAbsent(keys.keyOf(row.get("level3").asText()), k -> new java.util.HashSet<>())
            .add(f.getFileName().toString());
      }
    }
    // 预算执行率 (000, 003), 部门预算完成率 (001): three reports, one key
    assertEquals(3, reportsByKey.get("budget_execution_rate").size(), reportsByKey::toString);
    assertTrue(reportsByKey.get("staff_control_rate").size() >= 3);
    assertTrue(reportsByKey.get("public_satisfaction").size() >= 4);
    assertTrue(reportsByKey.get("medium_long_term_plan").size() >= 3);
    assertTrue(reportsByKey.get("three_public_change_rate").size() >= 2);
  }
}
