package org.jixiao.audit.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A report's own grade bands, in the wordings reports print them. */
class PrintedBandsTest {
  private static List<String> bounds(String text) {
    return PrintedBands.in(text).orElseThrow().bands().stream()
        .map(b -> b.grade() + b.atLeast().stripTrailingZeros().toPlainString()).toList();
  }

  @Test
  void gradeFirstWithBracketedBounds() {
    assertEquals(List.of("优95", "良85", "中70", "差0"),
        bounds("评分说明：等级划分为优（95分及以上）、良（85分（含）—95分）、中（70分（含）—85分）、差（70分以下）。"));
  }

  @Test
  void boundFirstWordings() {
    assertEquals(List.of("优90", "良80", "中60", "差0"),
        bounds("90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。"));
    assertEquals(List.of("优90", "良75", "差0"), bounds("90—100分为优秀；75-89分为良好。"));
    // h319: the grades in quotes
    assertEquals(List.of("优90", "良80", "中60", "差0"),
        bounds("评价等级划分：90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。"));
    assertEquals(List.of("优90", "良80", "差0"), bounds("“优”（90分以上）、“良”（80分（含）—90分）"));
  }

  @Test
  void noSchemeWithoutTwoGradesOrWithBoundsOutOfOrder() {
    assertTrue(PrintedBands.in("自评等级为“优”（总分95分）。").isEmpty());
    assertTrue(PrintedBands.in("优（80分以上）、良（90分以上）").isEmpty());
    assertTrue(PrintedBands.in(null).isEmpty());
  }

  @Test
  void theCheckJudgesByTheReportsOwnBands() {
    String text = "自评得分93.19分。等级划分为优（95分及以上）、良（85分（含）—95分）、中（70分（含）—85分）、差（70分以下）。";
    var found = new GradeBandCheck().check(RuleTestRows.subjectWithGrade(new BigDecimal("93.19"), "优", text));
    assertEquals(1, found.size(), found.toString());
    assertEquals("良", found.get(0).recomputed());
  }

  @Test
  void aSchemeReadWithoutTheReportsOwnGradeGivesWayToTheStandardBands() {
    // h416: its 优 line misread by OCR, "良 ≥ 80，中 ≥ 60，差 ≥ 0" left; 96.2 is 优 by the standard bands
    String text = "4.等级划分：90分（含)以上为“伏”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。";
    assertEquals(List.of(), new GradeBandCheck().check(RuleTestRows.subjectWithGrade(new BigDecimal("96.2"), "优", text)));
    var found = new GradeBandCheck().check(RuleTestRows.subjectWithGrade(new BigDecimal("86.2"), "优", text));
    assertEquals(1, found.size(), found.toString());
    assertEquals("良", found.get(0).recomputed());
  }

  @Test
  void theGradeIsNamedInTheReportsOwnWords() {
    // h171: bands named 优秀/良好/合格/不合格; the finding quotes them, not the symbols
    String text = "综合得分90分（含）以上为优秀，80分（含）至90分为良好，60分（含）至80分为合格，60分以下为不合格。";
    assertEquals("良好", GradeBandCheck.wording(text, "良"));
    assertEquals("合格", GradeBandCheck.wording(text, "中"));
    assertEquals("不合格", GradeBandCheck.wording(text, "差"));
    assertEquals("良", GradeBandCheck.wording("80分（含）至90分为“良”", "良"));
  }

  @Test
  void eachLineOfATableOfGradedProjectsIsJudgedByTheReportsOwnBands() {
    // h334's 表2: a department's projects with their own 自评得分 and 自评等级, one graded 优 at 88.6
    String text = "序号\t项目名称\t全年预算数\t全年执行数\t执行率\t自评得分\t自评等级\n"
        + "1\t高标准农田建设项目\t3,860.00\t3,702.46\t95.92%\t96.5\t优\n"
        + "2\t花椒产业发展专项资金\t520.00\t428.60\t82.42%\t88.6\t优\n"
        + "3\t农业综合行政执法经费\t277.00\t241.50\t87.18%\t82.3\t良\n"
        + "\t合计\t4,657.00\t4,372.56\t93.89%\t—\t—\n"
        + "经自评，得分97.94分，自评等级为“优”。等级划分：90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。";
    var found = new GradeBandCheck().check(RuleTestRows.subjectWithGrade(new BigDecimal("97.94"), "优", text));
    assertEquals(1, found.size(), found.toString());
    assertEquals("花椒产业发展专项资金", found.get(0).indicator());
    assertEquals("优", found.get(0).stated());
    assertEquals("良", found.get(0).recomputed());
    assertEquals(List.of(), new GradeBandCheck().check(RuleTestRows.subjectWithGrade(new BigDecimal("97.94"), "优",
        text.substring(0, text.indexOf("经自评")))), "no printed bands: another unit's grades may follow another scheme");
  }

  @Test
  void thisYearsLineOfATableOfYearsRestatingTheReportsGradeIsOneProblem() {
    // h503: 近三年 table, 2024年 89.61 优, and the report's own 89.61 优: one finding, the line named as another place
    String text = "年度\t全年预算数\t执行率\t自评得分\t自评等级\n"
        + "2022年\t4,210.00\t95.12%\t92.30\t优\n"
        + "2023年\t4,530.00\t96.01%\t91.75\t优\n"
        + "2024年\t4,862.50\t94.67%\t89.61\t优\n"
        + "经自评，得分89.61分，自评等级为“优”。等级划分：90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。";
    var found = new GradeBandCheck().check(RuleTestRows.subjectWithGrade(new BigDecimal("89.61"), "优", text));
    assertEquals(1, found.size(), found.toString());
    assertEquals("良", found.get(0).recomputed());
    assertEquals(1, found.get(0).alsoAt().size(), found.toString());
    // an earlier year's wrong grade is a problem of its own
    var two = new GradeBandCheck().check(RuleTestRows.subjectWithGrade(new BigDecimal("89.61"), "优",
        text.replace("91.75\t优", "88.75\t优")));
    assertEquals(2, two.size(), two.toString());
  }

  @Test
  void anIndicatorTableGradingEachRowAgainstItsOwnWeightIsNoTableOfGradedThings() {
    // h217: 分值 | 等级 | 得分, 良 for 4 of 5 (指标得分 = 分值 × 得分系数): no score there is out of 100
    String text = "三级指标\t分值\t评价等级\t得分\n"
        + "绩效目标\t5\t良\t4\n"
        + "组织实施\t5\t中\t3\n"
        + "等级划分：90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。";
    assertEquals(List.of(), new GradeBandCheck().check(RuleTestRows.subjectWithGrade(new BigDecimal("92"), "优", text)));
  }
}
