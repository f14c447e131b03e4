package org.jixiao.audit.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Severity;
import org.junit.jupiter.api.Test;

/** Rows scored by bands of a 偏差率 column the report defines (h325's family). */
class DeviationBandsTest {
  private static final String NOTE = "说明：1.偏差率＝（实际完成值－年度指标值）÷年度指标值×100%，反向指标（年度指标值为“≤”的）按"
      + "（年度指标值－实际完成值）÷年度指标值×100%计算；2.定量指标按偏差率分档计分：偏差率≥0的得满分；偏差率小于0且不低于-5%的，"
      + "得分值的90%；偏差率在-5%（不含）至-10%（含）之间的，得分值的80%；偏差率低于-10%的不得分；3.定性指标酌情扣分。";
  private static final String TABLE = """
      一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t偏差率\t分值\t得分
      产出指标\t数量指标\t家庭医生签约服务人数\t≥9.5万人\t8.93万人\t-6.00%\t8\t6.4
      \t\t村卫生室标准化建设\t≥12个\t11个\t-8.33%\t6\t5.4
      \t\t家庭医生上门服务单次成本\t≤60元\t56元\t6.67%\t4\t4
      效益指标\t社会效益指标\t居民健康素养水平\t≥28%\t26.9%\t-1.10%\t6\t5.4
      """;
  private static final IndicatorRow[] ROWS = {
      RuleTestRows.row("家庭医生签约服务人数", "≥9.5万人", "8.93万人", "8", "6.4", null),
      RuleTestRows.row("村卫生室标准化建设", "≥12个", "11个", "6", "5.4", null),
      RuleTestRows.row("家庭医生上门服务单次成本", "≤60元", "56元", "4", "4", null),
      RuleTestRows.row("居民健康素养水平", "≥28%", "26.9%", "6", "5.4", null)};

  private static List<Finding> audit(String text) {
    var subject = RuleTestRows.subject(null, text, ROWS);
    List<Finding> out = new java.util.ArrayList<>(new ArithmeticCheck().check(subject));
    out.addAll(new ScoringRuleCheck().check(subject));
    out.addAll(new MalformedRuleCheck().check(subject));
    return out;
  }

  @Test
  void aMisprintedRateAndAScoreOutsideItsBandAreErrors() {
    List<Finding> found = audit(TABLE + NOTE);
    assertEquals(List.of("居民健康素养水平 偏差率", "村卫生室标准化建设"), found.stream().map(Finding::indicator).toList(), found.toString());
    assertEquals("-3.93%", found.get(0).recomputed(), "(26.9 − 28) ÷ 28; a ceiling the other way round passes (6.67%)");
    assertEquals("4.8", found.get(1).recomputed());
    assertEquals(Severity.ERROR, found.get(1).severity());
  }

  @Test
  void bandsSharingABoundAreAWarningAndNoDefinitionNoCheck() {
    List<Finding> found = audit(TABLE + NOTE.replace("-5%（不含）至", "-5%（含）至"));
    assertEquals(1, found.stream().filter(f -> f.indicator().equals("偏差率分档")).count(), found.toString());
    assertEquals(List.of(), audit(TABLE + NOTE.replace("偏差率＝（实际完成值－年度指标值）÷年度指标值×100%", "偏差率按规定计算")),
        "without the printed definition the column is not recomputed, nor its bands applied");
  }
}
