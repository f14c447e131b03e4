package org.jixiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.extract.testing.DocumentFixture;
import org.jixiao.schema.ExtractionMethod;
import org.jixiao.schema.Report;
import org.jixiao.schema.Section;
import org.junit.jupiter.api.Test;

/** 一级 scores stated only in the conclusion's sentence, beside a table with no 小计 rows (h244, h252, h261). */
class ConclusionSectionsTest {
  private static final String[] TABLE = {"一级指标|二级指标|三级指标|分值|得分",
      "决策|目标设定|绩效目标合理性|4|3.5", "决策|预算配置|预算编制科学性|6|6",
      "产出|数量指标|培训人次|10|9.5", "效益|满意度|服务对象满意度|5|4.9"};

  private static Report read(String conclusion) {
    return ReportExtractor.standard().extract(DocumentFixture.named("testConclusion.docx")
        .paragraph("四、自评结论").paragraph(conclusion).paragraph("附表").table(TABLE).build(), null);
  }

  @Test
  void eachGroupNamedOnceWithItsScoreIsASectionWeighedByItsRows() {
    Report r = read("经自评，总分23.9分，等级为“优”。其中决策指标（10分）得9.5分、产出9.5分、效益4.9分。");
    assertEquals(List.of("决策", "产出", "效益"), r.sections().stream().map(Section::name).toList());
    Section decision = r.sections().getFirst();
    assertEquals(0, new BigDecimal("10").compareTo(decision.weight()), "the weight is its rows' sum");
    assertEquals(0, new BigDecimal("9.5").compareTo(decision.score()));
    assertEquals(ExtractionMethod.PROSE, decision.method());
  }

  @Test
  void aSentenceThatLeavesAGroupOutOrNamesOneTwiceGivesNone() {
    assertTrue(read("其中决策9.5分、产出9.5分。").sections().isEmpty(), "效益 is not stated");
    assertTrue(read("其中决策9.5分、产出9.5分、效益4.9分；复核后，决策9分。").sections().isEmpty(), "决策 twice");
  }

  @Test
  void eachGroupsWeightThenItsScoreAsAnAnswerGives() {
    // h447: an interview's answer, "决策部分12分，得11.5分；过程部分23分，得21.75分；…"
    Report r = read("我们按照决策、产出、效益三个方面进行了自评。决策部分10分，得9.5分；产出部分10分，得9.5分；效益部分5分，得4.9分。");
    assertEquals(List.of("决策", "产出", "效益"), r.sections().stream().map(Section::name).toList());
    assertEquals(0, new BigDecimal("9.5").compareTo(r.sections().getFirst().score()));
  }

  @Test
  void aRowOfCardsPerGroupGivesTheSections() {
    // h445: a 图解 page's cards, "产出指标 | 分值50分 | 得分49.28分 | 得分率98.56%", above the form with no 小计 rows
    Report r = ReportExtractor.standard().extract(DocumentFixture.named("testCards.html")
        .paragraph("二、自评结果")
        .table("决策指标|分值10分|得分9.5分|得分率95.00%", "产出指标|分值10分|得分9.5分|得分率95.00%", "效益指标|分值5分|得分4.9分|得分率98.00%")
        .paragraph("附：部门整体支出绩效自评表").table(TABLE).build(), null);
    assertEquals(List.of("决策", "产出", "效益"), r.sections().stream().map(Section::name).toList());
    assertEquals(ExtractionMethod.TABLE, r.sections().getFirst().method());
    Report missing = ReportExtractor.standard().extract(DocumentFixture.named("testCards.html")
        .table("决策指标|分值10分|得分9.5分", "产出指标|分值10分|得分9.5分", "满意度指标|分值5分|得分4.9分")
        .table(TABLE).build(), null);
    assertTrue(missing.sections().isEmpty(), "a card for a group the rows do not have");
  }
}
