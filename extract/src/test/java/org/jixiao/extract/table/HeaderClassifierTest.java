package org.jixiao.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.jixiao.extract.testing.DocumentFixture;
import org.jixiao.ingest.TableGrid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderClassifierTest {
  private static final HeaderClassifier CLASSIFIER = HeaderClassifier.standard();

  private static TableGrid grid(String... rows) {
    return DocumentFixture.named("testHeader.docx").table(rows).build().tables().get(0);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "一级指标, LEVEL1", "二级指标, LEVEL2", "三级指标, LEVEL3", "指标名称, NAME", "年度指标值, TARGET",
      "全年指标值, TARGET", "实际完成值, ACTUAL", "分值, WEIGHT", "权重, WEIGHT", "权重分, WEIGHT", "得分, SCORE",
      "自评得分, SCORE", "得分率, SCORE_RATE", "评分标准, RULE", "指标解释, EXPLANATION",
      "偏差原因分析及改进措施, DEVIATION", "绩效目标, GOAL", "指标编号, CODE", "评价等级, GRADE", "年度目标, TARGET"})
  void headerVocabulary(String text, ColumnRole role) {
    assertEquals(Optional.of(role), CLASSIFIER.roleOf(text));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"三 级 指 标", "三级\n指标", "全年指标值（A）", "分值(分)", "年度指标值 ", "得　分"})
  void spacingNotesAndLineBreaksDoNotMatter(String text) {
    assertTrue(CLASSIFIER.roleOf(text).isPresent(), text);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"", "  ", "江苏省某某管理办公室", "预算执行率", "合计", "98.5", "≥95%",
      "按时完成全年既定的各项目标任务并通过上级部门的年度考核验收"})
  void nonHeaderTextHasNoRole(String text) {
    assertEquals(Optional.empty(), CLASSIFIER.roleOf(text));
  }

  /** h514, a photo read by OCR: the 分值 header read "人"; the figures under it, each at least the row's score, are weights. */
  @Test
  void aWeightColumnWhoseHeaderWasNotReadIsFoundByItsFigures() {
    String header = "一级指标|二级指标|三级指标|年度指标值|实际完成值|人|得分|偏差原因分析及改进措施";
    TableGrid g = grid(header, "产出指标|数量指标|村卫生室标准化建设|≥24所|24所|6|6|", "||家庭医生签约服务人数|≥38万人|36.1万人|6|5.7|调整",
        "||乡村医生培训|≥600人次|552人次|5|5|");
    assertEquals(5, CLASSIFIER.classify(g, 0).orElseThrow().column(ColumnRole.WEIGHT));
    TableGrid below = grid(header, "产出指标|数量指标|村卫生室标准化建设|≥24所|24所|6|6|", "||家庭医生签约服务人数|≥38万人|36.1万人|5|5.7|调整",
        "||乡村医生培训|≥600人次|552人次|5|5|");
    assertEquals(null, CLASSIFIER.classify(below, 0).orElseThrow().column(ColumnRole.WEIGHT), "a figure under a score: no weights");
  }

  @Test
  void aFullHeaderRowMapsEveryColumn() {
    TableGrid g = grid("一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施");
    HeaderRow h = CLASSIFIER.classify(g, 0).orElseThrow();
    assertEquals(Map.of(ColumnRole.LEVEL1, 0, ColumnRole.LEVEL2, 1, ColumnRole.LEVEL3, 2, ColumnRole.TARGET, 3,
        ColumnRole.ACTUAL, 4, ColumnRole.WEIGHT, 5, ColumnRole.SCORE, 6, ColumnRole.DEVIATION, 7), h.columns());
    assertTrue(h.isIndicatorTable());
  }

  @Test
  void aBlankCornerOverFrameworkGroupsHeadsTheFirstLevel() {
    // h380: the chart of 一级指标得分 read as its cached values, "　| 分值 | 得分" over the 一级 groups
    HeaderRow h = CLASSIFIER.classify(grid("|分值|得分", "预算执行|10|8.47", "产出指标|45|42.33", "效益指标|35|30.07",
        "满意度指标|10|8.07"), 0).orElseThrow();
    assertEquals(0, h.column(ColumnRole.LEVEL1));
    assertFalse(h.isIndicatorTable());
    assertTrue(CLASSIFIER.classify(grid("|分值|得分", "预算执行率|10|8.47", "棚户区改造开工|7|5.93"), 0).isEmpty(),
        "indicators under a blank corner are no groups");
    // h541: a summary block indented one column, "　| 一级指标 | 分值 | 得分": its blank first cell names nothing
    HeaderRow indented = CLASSIFIER.classify(grid("|一级指标|分值|得分", "|决策|10|9.50"), 0).orElseThrow();
    assertEquals(1, indented.column(ColumnRole.LEVEL1));
    assertFalse(indented.isIndicatorTable());
    // h225: the blank corner over the indicators' names, their levels beside them
    HeaderRow named = CLASSIFIER.classify(grid("|一级指标|二级指标|分值|得分", "农村户厕改造（户）|产出指标|数量指标|8|8"), 0).orElseThrow();
    assertEquals(0, named.column(ColumnRole.NAME));
  }

  @Test
  void aScoringNoteBesideARuleColumnIsTheRowsReason() {
    // h202: 评价标准 | 评价得分 | 得分说明 ("完成3990户", "扣1分"): what was found, the row's reason
    HeaderRow h = CLASSIFIER.classify(grid("一级指标|二级指标|三级指标|权重|评价标准|评价得分|得分说明"), 0).orElseThrow();
    assertEquals(4, h.column(ColumnRole.RULE));
    assertEquals(6, h.column(ColumnRole.DEVIATION));
    // with no rule column the note holds the rules (h177)
    HeaderRow notes = CLASSIFIER.classify(grid("一级指标|二级指标|三级指标|分值|评价分|评分说明"), 0).orElseThrow();
    assertEquals(5, notes.column(ColumnRole.RULE));
  }

  @Test
  void aTypeThenACategoryAreTheFirstTwoLevels() {
    // h149's 项目支出 template: 指标类型 | 指标类别 | 具体指标, the category the 二级 under its type
    HeaderRow h = CLASSIFIER.classify(grid("指标类型|指标类别|具体指标|预期指标值|实际完成值|指标分值|实际得分|偏差说明"), 0).orElseThrow();
    assertEquals(0, h.column(ColumnRole.LEVEL1));
    assertEquals(1, h.column(ColumnRole.LEVEL2));
    assertEquals(2, h.column(ColumnRole.LEVEL3));
    // a category alone heads the 一级 column of a subtotal table, as before
    HeaderRow subtotals = CLASSIFIER.classify(grid("指标类别|满分|自评分|扣分"), 0).orElseThrow();
    assertEquals(0, subtotals.column(ColumnRole.LEVEL1));
    assertEquals(null, subtotals.columns().get(ColumnRole.LEVEL2));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = ';', value = {
      "一级指标|-级指标|三级指标|全年指标值|分值|实际完成值|得分; LEVEL2; 1",
      "=级指标|二级指标|三级指标|分值|得分; LEVEL1; 0",
      "一级指标|二级指标|-级指标名称|分值|得分; LEVEL3; 2"})
  void aLevelHeaderWhoseOrdinalDidNotReadIsTheLevelThatFitsBetweenTheOthers(String header, ColumnRole role, int col) {
    // a scan's 二 of 二级指标 read as "-" (sample 000's grey200 rendering): every row lost its 二级
    HeaderRow h = CLASSIFIER.classify(grid(header), 0).orElseThrow();
    assertEquals(col, h.column(role));
  }

  @Test
  void twoYearsSideBySideAreReadFromTheLatestYearsColumns() {
    // h291: a two-row header, 2023 (上年) and 2024 (本年) each over 年度指标值 | 实际完成值 | 得分
    TableGrid g = DocumentFixture.named("testYears.docx").table(DocumentFixture.grid(1,
        "一级指标|三级指标|2023年度（上年）|<|<|2024年度（本年）|<|<|<",
        "^|^|年度指标值|实际完成值|得分|年度指标值|实际完成值|分值|得分")).build().tables().get(0);
    HeaderRow h = CLASSIFIER.classify(g, 1).orElseThrow();
    assertEquals(5, h.column(ColumnRole.TARGET));
    assertEquals(6, h.column(ColumnRole.ACTUAL));
    assertEquals(7, h.column(ColumnRole.WEIGHT));
    assertEquals(8, h.column(ColumnRole.SCORE));
    HeaderRow plain = CLASSIFIER.classify(DocumentFixture.named("testTitle.docx").table(DocumentFixture.grid(1,
        "2024年度部门整体支出绩效自评表|<|<|<", "三级指标|分值|得分|得分")).build().tables().get(0), 1).orElseThrow();
    assertEquals(2, plain.column(ColumnRole.SCORE), "one title over every column: the first column, as before");
  }

  @Test
  void aDutyColumnBeforeAColumnOfFirstLevelWordsIsTheGoal() {
    // h493: 部门职责 | 工作活动 | 指标类型 | 指标名称: the duty is what the row serves, 指标类型 its 一级
    HeaderRow h = CLASSIFIER.classify(grid("部门职责|工作活动|指标类型|指标名称|指标值|完成值|分值|得分"), 0).orElseThrow();
    assertEquals(0, h.column(ColumnRole.GOAL));
    assertEquals(1, h.column(ColumnRole.LEVEL2));
    assertEquals(2, h.column(ColumnRole.LEVEL1));
    HeaderRow duties = CLASSIFIER.classify(grid("职责（领域）|工作活动|绩效指标|年度指标值|实际完成值|分值|得分"), 0).orElseThrow();
    assertEquals(0, duties.column(ColumnRole.LEVEL1), "h323: without 指标类型 the duty is the 一级");
  }

  @Test
  void lastYearsActualBesideThisYearsByTheirOwnLabels() {
    // h486: "上年实际完成值 | 本年实际完成值" side by side, no year label above them
    HeaderRow h = CLASSIFIER.classify(grid("三级指标|分值|年度指标值|上年实际完成值|本年实际完成值|增减率|得分"), 0).orElseThrow();
    assertEquals(4, h.column(ColumnRole.ACTUAL));
    assertEquals(2, h.column(ColumnRole.TARGET));
  }

  @Test
  void aMisreadLevelHeaderIsLeftUnreadWhenTwoLevelsAreMissing() {
    HeaderRow h = CLASSIFIER.classify(grid("-级指标|三级指标|分值|得分"), 0).orElseThrow();
    assertFalse(h.columns().containsKey(ColumnRole.LEVEL1));
    assertFalse(h.columns().containsKey(ColumnRole.LEVEL2));
  }

  @Test
  void aScoredTableLabelledOnly项目NamesItsRowsByThatColumn() {
    // h263: the closing 合计 table "项目 | 分值 | 得分 | 自评等级"
    HeaderRow h = CLASSIFIER.classify(grid("项目|分值|得分|自评等级", "合计|100|97.13|优"), 0).orElseThrow();
    assertEquals(0, h.column(ColumnRole.NAME));
    assertEquals(3, h.column(ColumnRole.GRADE));
    // a money table labelled 项目 has no scores: no header of an indicator table
    assertTrue(CLASSIFIER.classify(grid("项目|年初预算数|全年预算数|全年执行数", "合计|100|120|110"), 0).isEmpty());
    // 项目 beside a weight alone is not enough
    assertTrue(CLASSIFIER.classify(grid("项目|分值|备注", "合计|100|"), 0).isEmpty());
  }

  @Test
  void headerWordsRunTogetherOnABorderlessPage() {
    // h55: "序号 指标名称" and, on the continuation page, "得分 偏差原因" each in one cell
    HeaderRow h = CLASSIFIER.classify(grid("序号 指标名称|指标值|完成值|权重(%)|得分 偏差原因"), 0).orElseThrow();
    assertEquals(0, h.column(ColumnRole.NAME));
    assertEquals(0, h.column(ColumnRole.SEQ), "the names carry their 序号");
    assertEquals(4, h.column(ColumnRole.SCORE), "the figures under 得分 outrank the remarks beside them");
    assertEquals(ColumnRole.DEVIATION, CLASSIFIER.roleOf("偏差原因分析及改进措施").orElseThrow());
  }

  @Test
  void aRuleBasisColumnHoldsRulesAndARemarkColumnTheRowsRemarks() {
    // h83 "扣分原因及评分依据" holds "≥95%得满分，每低1个百分点扣1分"; h40 "评分依据"; a variant joining them the other way
    assertEquals(ColumnRole.RULE, CLASSIFIER.roleOf("扣分原因及评分依据").orElseThrow());
    assertEquals(ColumnRole.RULE, CLASSIFIER.roleOf("评分依据").orElseThrow());
    assertEquals(ColumnRole.RULE, CLASSIFIER.roleOf("评分依据及扣分原因").orElseThrow());
    // h64 "扣分原因" ("计划120场，实际开展106场，完成率88.33%"), h29 "评价情况": the row's own remark
    assertEquals(ColumnRole.DEVIATION, CLASSIFIER.roleOf("扣分原因").orElseThrow());
    assertEquals(ColumnRole.DEVIATION, CLASSIFIER.roleOf("评价情况").orElseThrow());
    HeaderRow h = CLASSIFIER.classify(grid("一级指标|二级指标|三级指标|权重|评分标准|评价得分|扣分原因"), 0).orElseThrow();
    assertEquals(4, h.column(ColumnRole.RULE));
    assertEquals(6, h.column(ColumnRole.DEVIATION));
  }

  @Test
  void aScoredSecondLevelHoldsTheNames() {
    // h73: two levels, the second scored against its own target and actual
    HeaderRow h = CLASSIFIER.classify(grid("一级指标|二级指标（评价要点）|权重分|年度目标值|全年实际值|自评得分|偏差原因及改进措施"), 0).orElseThrow();
    assertEquals(1, h.column(ColumnRole.NAME));
    assertEquals(null, h.column(ColumnRole.LEVEL2));
    assertTrue(h.isIndicatorTable());
    // without targets or actuals it stays a table of 二级 subtotals
    HeaderRow subtotals = CLASSIFIER.classify(grid("一级指标|二级指标|分值|得分|得分率"), 0).orElseThrow();
    assertEquals(1, subtotals.column(ColumnRole.LEVEL2));
    assertFalse(subtotals.isIndicatorTable());
  }

  @Test
  void aFourLevelSystemNamesItsRowsByTheScoredFourthLevel() {
    // h212: a third-party evaluation's appendix scores its 四级指标 (评分要点)
    HeaderRow h = CLASSIFIER.classify(grid("一级指标|二级指标|三级指标|四级指标|分值|评分标准|目标值|完成值|得分|扣分原因"), 0).orElseThrow();
    assertEquals(3, h.column(ColumnRole.LEVEL3), "the fourth level is the rows' name");
    assertEquals(1, h.column(ColumnRole.LEVEL2));
    assertEquals(null, h.column(ColumnRole.NAME));
    assertEquals(8, h.column(ColumnRole.SCORE));
  }

  @Test
  void aWeightBesideLevel1IsTheSectionWeight() {
    HeaderRow h = CLASSIFIER.classify(grid("一级指标|权重|二级指标|三级指标|分值|得分"), 0).orElseThrow();
    assertEquals(1, h.column(ColumnRole.LEVEL1_WEIGHT));
    assertEquals(4, h.column(ColumnRole.WEIGHT));
    assertEquals(5, h.column(ColumnRole.SCORE));
  }

  @Test
  void aSingleWeightBetweenLevel1AndTheNameIsTheSectionWeight() {
    HeaderRow h = CLASSIFIER.classify(grid("一级指标|权重|二级指标|三级指标|得分"), 0).orElseThrow();
    assertEquals(1, h.column(ColumnRole.LEVEL1_WEIGHT));
    assertFalse(h.has(ColumnRole.WEIGHT));
  }

  @Test
  void aSubtotalTableOfLevel1IsAHeaderButNotAnIndicatorTable() {
    HeaderRow h = CLASSIFIER.classify(grid("一级指标|权重|得分|得分率"), 0).orElseThrow();
    assertFalse(h.isIndicatorTable());
  }

  @Test
  void aMergedHeaderCellCountsOnce() {
    HeaderRow h = CLASSIFIER.classify(grid("指标名称|<|分值|得分"), 0).orElseThrow();
    assertEquals(0, h.column(ColumnRole.NAME));
    assertEquals(2, h.column(ColumnRole.WEIGHT));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
      "产出指标|数量指标|培训人次|≥100人次|120人次|10|9",   // a data row
      "单位名称|某某县农业农村局|<|<",                         // an identity row
      "一级指标|二级指标|三级指标|指标值",                      // names without weight or score (目标申报表)
      "分值|得分|备注|说明|附件",                               // scores without names
      "三级指标|分值|某甲|某乙|某丙|某丁"})                     // under half the cells are header words
  void rowsThatAreNotIndicatorHeaders(String row) {
    assertEquals(Optional.empty(), CLASSIFIER.classify(grid(row), 0));
  }

  @Test
  void aResultColumnBesideATargetIsTheActual() {
    HeaderRow h = CLASSIFIER.classify(grid("一级指标|二级指标|三级指标|分值|目标值|评分标准|评价结果|得分"), 0).orElseThrow();
    assertEquals(6, h.column(ColumnRole.ACTUAL));
    assertEquals(null, h.column(ColumnRole.GRADE));
    // without a target the column may grade each line, and stays a grade
    HeaderRow graded = CLASSIFIER.classify(grid("一级指标|分值|得分|评价结果"), 0).orElseThrow();
    assertEquals(3, graded.column(ColumnRole.GRADE));
  }

  @Test
  void aResultColumnBesideARuleWithoutFiguresIsTheRowsRemark() {
    // h161: 三级指标 | 分值 | 评分标准 | 评价结果 | 得分, the result "预算调整率16.00%" what the rule is applied to
    HeaderRow h = CLASSIFIER.classify(grid("一级指标|二级指标|三级指标|分值|评分标准|评价结果|得分"), 0).orElseThrow();
    assertEquals(5, h.column(ColumnRole.DEVIATION));
    assertEquals(null, h.column(ColumnRole.GRADE));
    assertEquals(null, h.column(ColumnRole.ACTUAL));
  }
}
