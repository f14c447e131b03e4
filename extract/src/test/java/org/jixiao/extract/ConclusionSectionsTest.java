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
}
