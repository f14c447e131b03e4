package org.jixiao.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.extract.testing.DocumentFixture;
import org.jixiao.schema.IndicatorRow;
import org.junit.jupiter.api.Test;

/** A form glossing every label in English (h540, a World Bank sub-project's 自评表) read as its Chinese. */
class EnglishGlossesTest {
  @Test
  void aBilingualTablesCellsAreReadAsTheirChineseAndTheTextKeepsItsOffsets() {
    List<ReportExtractor.Extracted> read = ReportExtractor.standard().extractEach(DocumentFixture.named("glossed.pdf")
        .table("一级指标Level-1|二级指标Level-2|三级指标Indicator|年度指标值Annual Target|实际完成值Actual|分值Weight|得分Score|偏差原因分析及改进措施Reasons for Deviation",
            "产出指标Output|数量指标Quantity|建设乡镇农产品质量安全检测站|≥3个|3个|8|8|",
            "效益指标Outcome|社会效益Social|带动脱贫户参与|≥600户|578户|7|6.74|部分脱贫户劳动力外出务工 /Some households' labour migrated",
            "总分Total Score|||||15|14.74|")
        .build(), null);
    assertEquals(1, read.size());
    List<IndicatorRow> rows = read.get(0).report().indicators();
    assertEquals(List.of("产出指标", "效益指标"), rows.stream().map(IndicatorRow::level1).toList());
    assertEquals(List.of("数量指标", "社会效益"), rows.stream().map(IndicatorRow::level2).toList());
    assertEquals("≥600户", rows.get(1).target());
    assertEquals("部分脱贫户劳动力外出务工", rows.get(1).deviationReason());
    String text = read.get(0).text();
    assertTrue(text.contains("总分") && !text.contains("Total Score"), "the English blanked in the text");
  }

  @Test
  void englishThatIsACodeOrAWordInAChineseCellStays() {
    assertEquals("年度指标值", EnglishGlosses.chineseOf("年度指标值Annual Target"));
    assertEquals("古丈县农业农村局", EnglishGlosses.chineseOf("古丈县农业农村局Guzhang County Bureau of Agriculture"));
    assertNull(EnglishGlosses.chineseOf("化学需氧量削减量COD"), "a code");
    assertNull(EnglishGlosses.chineseOf("PM2.5浓度"), "English first");
    assertNull(EnglishGlosses.chineseOf("8"));
    assertNull(EnglishGlosses.chineseOf("全年办理法律援助案件1200件以上，法律援助案件质量评估合格率95%以上，服务群众满意度95%以上Objective"),
        "prose keeps its English");
  }

  @Test
  void aTableWithAFewEnglishWordsIsNoBilingualForm() {
    List<ReportExtractor.Extracted> read = ReportExtractor.standard().extractEach(DocumentFixture.named("words.docx")
        .table("一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分",
            "产出指标|数量指标|推广使用Excel|≥20个|22个|8|8",
            "效益指标|社会效益|带动脱贫户参与|≥600户|610户|7|7")
        .build(), null);
    assertEquals("推广使用Excel", read.get(0).report().indicators().get(0).level3());
  }
}
