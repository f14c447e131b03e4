package org.jixiao.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.extract.draft.Candidates;
import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.extract.testing.DocumentFixture;
import org.junit.jupiter.api.Test;

/** {@link LabelledTotalReader}: a 合计 row whose cells are the labels 分值 | 得分 | 得分率, the figures in the row below. */
class LabelledTotalReaderTest {
  private static final String HEADER = "一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|得分率";

  private static ReportDraft read(String... rows) {
    ReportDraft draft = new ReportDraft("testLabelledTotal.docx");
    Candidates found = TableIndicatorExtractor.standard()
        .extract(DocumentFixture.named("testLabelledTotal.docx").table(rows).build(), draft);
    assertEquals(2, found.rows().size(), "the two indicator rows, neither total line a row");
    return draft;
  }

  @Test
  void theScoreIsUnder得分AndTheFullMarkUnder分值NeverTheRate() {
    ReportDraft draft = read(HEADER,
        "产出指标|数量指标|培训人次|≥100人次|126人次|60|57|95%",
        "效益指标|满意度指标|服务对象满意度|≥90%|93%|40|36.5|91.25%",
        "合计|<|<|<|<|分值|得分|得分率",
        "^|^|^|^|^|100|93.5|93.5%");
    assertEquals(1, draft.totals().size());
    assertEquals(new BigDecimal("93.5"), draft.totals().get(0).score());
    assertEquals(new BigDecimal("100"), draft.totals().get(0).weight());
  }

  @Test
  void labelsInAnotherOrderAreReadByTheirHeaders() {
    ReportDraft draft = read(HEADER,
        "产出指标|数量指标|培训人次|≥100人次|126人次|60|57|95%",
        "效益指标|满意度指标|服务对象满意度|≥90%|93%|40|36.5|91.25%",
        "合计|<|<|<|<|得分率|得分|分值",
        "^|^|^|^|^|93.5%|93.5|100");
    assertEquals(List.of(new BigDecimal("93.5")), draft.totals().stream().map(ReportDraft.TotalStatement::score).toList());
    assertEquals(new BigDecimal("100"), draft.totals().get(0).weight());
  }
}
