package org.jixiao.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.extract.testing.DocumentFixture;
import org.jixiao.schema.CellRef;
import org.jixiao.schema.IndicatorField;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Report;
import org.junit.jupiter.api.Test;

/**
 * The h315 family on a form of my own: every indicator takes two printed lines, the second under a second header
 * row (分值 | 得分 | 偏差原因), the 序号 merged down both lines.
 */
class FoldedRecordsTest {
  private static Report twoLines() {
    return ReportExtractor.standard().extract(DocumentFixture.named("two-lines.xlsx")
        .paragraph("项目支出绩效自评表（2024年度）")
        .table("项目名称|测试县职业技能培训项目|<|<|<|<",
            "序号|一级指标|二级指标|三级指标|年度指标值|实际完成值",
            "^|分值|得分|偏差原因分析及改进措施|<|<",
            "1|产出指标|数量指标|培训人次（人次）|≥500|520",
            "^|30|30||<|<",
            "2|产出指标|质量指标|培训合格率|≥90%|86%",
            "^|30|27|部分学员未参加考核|<|<",
            "3|满意度指标|服务对象满意度指标|学员满意度|≥90%|95%",
            "^|40|40||<|<",
            "总分|100|97|自评等级：优|<|<")
        .build(), null);
  }

  @Test
  void eachRecordsTwoLinesAreOneRowCitingTheirPrintedCells() {
    Report r = twoLines();
    List<IndicatorRow> rows = r.indicators();
    assertEquals(List.of("培训人次（人次）", "培训合格率", "学员满意度"), rows.stream().map(IndicatorRow::level3).toList());
    IndicatorRow quality = rows.get(1);
    assertEquals("产出指标", quality.level1(), "the first line's 一级, not the second line's 分值");
    assertEquals("质量指标", quality.level2());
    assertEquals("≥90%", quality.target());
    assertEquals("86%", quality.actual());
    assertEquals(0, new BigDecimal("30").compareTo(quality.weight()));
    assertEquals(0, new BigDecimal("27").compareTo(quality.score()));
    CellRef score = (CellRef) quality.sources().get(IndicatorField.score);
    assertEquals(0, score.table(), "the printed table, not the folded copy");
    assertEquals(6, score.row(), "the record's second line");
    assertEquals(2, score.col(), "under 得分");
    CellRef target = (CellRef) quality.sources().get(IndicatorField.target);
    assertEquals(5, target.row(), "the record's first line");
    assertEquals(4, target.col());
    assertEquals(0, new BigDecimal("97").compareTo(r.totalScore()));
  }

  @Test
  void aHeaderWhoseSecondRowSubdividesTheFirstKeepsOneLineARecord() {
    Report r = ReportExtractor.standard().extract(DocumentFixture.named("sub-header.docx")
        .table("序号|三级指标|指标值|<|分值|得分",
            "^|^|年度|累计|^|^",
            "1|培训人次（人次）|≥500|≥1500|50|50",
            "2|培训合格率|≥90%|≥90%|50|45")
        .build(), null);
    assertEquals(List.of("培训人次（人次）", "培训合格率"), r.indicators().stream().map(IndicatorRow::level3).toList());
    assertEquals(0, new BigDecimal("45").compareTo(r.indicators().get(1).score()));
    assertNull(r.indicators().get(1).level1());
  }
}
