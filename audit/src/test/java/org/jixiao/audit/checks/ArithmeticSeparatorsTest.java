package org.jixiao.audit.checks;

import static org.jixiao.audit.checks.RuleTestRows.subject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.schema.Finding;
import org.jixiao.schema.Severity;
import org.junit.jupiter.api.Test;

/** Formulas whose figures carry thousands separators, as h37 and h40 print them. */
class ArithmeticSeparatorsTest {
  private static List<Finding> check(String text) {
    List<Finding> out = new ArrayList<>();
    new ArithmeticCheck().check(subject(null, text)).forEach(out::add);
    return out;
  }

  @Test
  void aWrongResultIsFound() {
    List<Finding> f = check("4.预算执行率（10分）。全年预算12,600,000.00元，实际支出12,000,000.00元，"
        + "预算执行率=12,000,000.00÷12,600,000.00×100%=96.24%，按执行率×分值计算，得9.62分。");
    assertEquals(1, f.size(), f.toString());
    assertEquals(Severity.ERROR, f.get(0).severity());
    assertEquals("95.24%", f.get(0).recomputed());
    assertEquals("96.52%", check("执行率=3,456.78÷3,600.00×100%=96.52%").isEmpty() ? null
        : check("执行率=3,456.78÷3,600.00×100%=96.52%").get(0).stated());
  }

  @Test
  void aQuantityTimesItsUnitPriceIsRecomputed() {
    // h483: 412.6 × 0.35 = 144.41, printed 141.44; the other two lines are right
    List<Finding> f = check("奖补资金按“考核合格里程×奖补标准”核定：县道186.4公里×0.70万元/公里＝130.48万元；"
        + "乡道412.6公里×0.35万元/公里＝141.44万元；村道1,124.8公里×0.10万元/公里＝112.48万元。");
    assertEquals(1, f.size(), f.toString());
    assertEquals(Severity.ERROR, f.get(0).severity());
    assertEquals("141.44万元", f.get(0).stated());
    assertEquals("144.41万元", f.get(0).recomputed());
    assertTrue(check("培训1,200人次×0.02万元/人＝24.00万元。").isEmpty(), "units that do not chain are not a price");
    assertTrue(check("县道186.4公里×0.70万元/公里＝130.48万元/年。").isEmpty(), "another unit after the result");
  }

  @Test
  void anAmountOverAQuantityWorkedOutToAUnitCostIsRecomputed() {
    // h501: 1,086.40万元 ÷ 8,000亩 = 1,358元/亩, printed 1,385元/亩; the training cost is right
    List<Finding> f = check("（一）基地建设成本。亩均财政投入＝基地建设支出÷基地面积＝1,086.40万元÷8,000亩＝1,385元/亩，低于同类项目平均水平。"
        + "（二）培训成本。人均培训成本＝培训支出÷培训人次＝24.30万元÷1,620人次＝150元/人次。");
    assertEquals(1, f.size(), f.toString());
    assertEquals(Severity.ERROR, f.get(0).severity());
    assertEquals("1,385元/亩", f.get(0).stated());
    assertEquals("1358元/亩", f.get(0).recomputed());
    assertTrue(check("亩均投入＝1,086.40万元÷8,000亩＝1,358元/亩。").isEmpty());
    assertTrue(check("亩均投入＝1,086.40万元÷8,000亩＝1,358元/户。").isEmpty(), "units that do not chain are not a cost");
  }

  @Test
  void aShareOfAWholeInTheSameUnitIsRecomputed() {
    // h405: "…覆盖农村人口10.40万人，占全县农村常住人口13.26万人的78.34%" (10.40 ÷ 13.26 = 78.43%)
    List<Finding> f = check("规模化供水工程覆盖农村人口10.40万人，占全县农村常住人口13.26万人的78.34%；目标3：受益群众满意度90%以上。");
    assertEquals(1, f.size(), f.toString());
    assertEquals(Severity.ERROR, f.get(0).severity());
    assertEquals("78.34%", f.get(0).stated());
    assertEquals("78.43%", f.get(0).recomputed());
    assertTrue(check("项目支出4,362.59万元，占全年支出6,204.75万元的70.31%。").isEmpty(), "right to its printed precision");
    assertTrue(check("覆盖农村人口10.40万人，占全县农村常住人口13.26亿人的78.34%").isEmpty(), "two units: not what the digits say");
    assertTrue(check("其中农村人口10.40万人，占比78.34%").isEmpty(), "a share of no printed whole");
  }

  @Test
  void aRateWithItsFractionInBracketsIsRecomputed() {
    // h442's 实际完成值 cell: 1,862 ÷ 1,930 = 96.48%, printed 97.48%
    List<Finding> f = check("\t\t旅游从业人员持证上岗率\t≥95%\t97.48%（1,862÷1,930）\t5\t5\t");
    assertEquals(1, f.size(), f.toString());
    assertEquals("96.48%", f.get(0).recomputed());
    assertTrue(check("\t\t旅游从业人员持证上岗率\t≥95%\t96.48%（1,862÷1,930）\t5\t5\t").isEmpty());
    assertTrue(check("验收合格率95%（持证19人/应持证20人）").isEmpty(), "named counts, right");
    assertEquals(1, check("验收合格率95%（19个/21个）").size());
  }

  @Test
  void aFormulaNamingEachAmountIsReadWholeNotByItsTail() {
    // h426's 指标完成情况说明 column: the amounts each named, the words between the operators and the figures
    assertTrue(check("实际支出公用经费总额62.35万元÷预算安排公用经费总额65.80万元×100%＝94.76%").isEmpty(),
        "right; not 65.80 × 100% = 6580%");
    assertTrue(check("（全年预算数3,412.68万元-年初预算数2,846.50万元）÷年初预算数2,846.50万元×100%＝19.89%").isEmpty());
    List<Finding> f = check("（本年“三公”经费预算数8.20万元-上年“三公”经费预算数9.60万元）÷上年“三公”经费预算数9.60万元×100%＝-14.85%");
    assertEquals(1, f.size(), f.toString());
    assertEquals(Severity.ERROR, f.get(0).severity());
    assertEquals("-14.58%", f.get(0).recomputed());
    // a label's own figures before the formula are none of its operands
    List<Finding> g = check("2023-2025年度资金3,268.75÷3,412.68×100%＝96.78%");
    assertEquals(1, g.size(), g.toString());
    assertEquals("95.78%", g.get(0).recomputed());
    assertTrue(check("在职人员30人÷编制数32人×100%＝93.75%").isEmpty(), "counts in a unit word: the named ratio's, right");
    // a table line: the rate sentence is its note cell's, never the target cell's 100% with the note's amounts
    assertTrue(check("预算执行\t预算执行率\t100%\t95.78%\t5\t4.79\t全年执行数3,268.75万元÷全年预算数3,412.68万元×100%＝95.78%；"
        + "得分＝95.78%×5＝4.79").isEmpty());
  }

  @Test
  void aRightResultAndAClauseCommaAreSilent() {
    assertTrue(check("执行率=3,456.78÷3,600.00×100%=96.02%").isEmpty());
    assertTrue(check("预算执行率=12,000,000.00÷12,600,000.00×100%=95.24%，得9.52分。").isEmpty());
  }

  @Test
  void amountsWithTheirUnitInTheFormulaAreRecomputedUnlessTheUnitsDiffer() {
    // h309: the formula names its amounts' unit, after a formula in words
    List<Finding> f = check("预算执行率＝全年执行数÷全年预算数×100%＝970,061.78万元÷1,003,170.35万元×100%＝96.07%。");
    assertEquals(1, f.size(), f.toString());
    assertEquals("96.7%", f.get(0).recomputed());
    assertTrue(check("执行率＝970,061.78万元÷1,003,170.35万元×100%＝96.70%。").isEmpty());
    assertTrue(check("执行率＝97.01亿元÷1,003,170.35万元×100%＝96.70%。").isEmpty(), "two units: not what the digits say");
  }

  @Test
  void aFormulaOpeningItsCellIsRecomputedWithoutAnEqualsBeforeIt() {
    // h388: a 偏差原因 cell holding the row's own calculation, in full-width signs
    String line = "部门管理\t预算管理\t“三公”经费下降率\t≥5%\t12.35%\t5\t5\t（68.40－59.86）÷68.40＝12.35%";
    List<Finding> f = check(line);
    assertEquals(1, f.size(), f.toString());
    assertEquals("12.35%", f.get(0).stated());
    assertEquals("12.49%", f.get(0).recomputed());
    assertTrue(check(line.replace("＝12.35%", "＝12.49%")).isEmpty());
    // the cell before is never taken in: its figures stop at the tab
    assertTrue(check("5\t8\t（68.40－59.86）÷68.40＝12.49%").isEmpty());
    assertTrue(check("说明（1）、（2）＝3项").isEmpty(), "nothing to work out");
  }

  @Test
  void aRateFromTwoNamedCountsOpeningItsCellIsRecomputed() {
    // h393: "持卡37.86万人÷常住人口38.52万人＝98.92%" in the row's last cell, no "=" before it
    String line = "产出指标\t质量指标\t社会保障卡持卡人口覆盖率\t%\t≥98\t98.92\t5\t5\t持卡37.86万人÷常住人口38.52万人＝98.92%";
    List<Finding> f = check(line);
    assertEquals(1, f.size(), f.toString());
    assertEquals("98.29%", f.get(0).recomputed());
    assertTrue(check(line.replace("＝98.92%", "＝98.29%")).isEmpty());
  }
}
