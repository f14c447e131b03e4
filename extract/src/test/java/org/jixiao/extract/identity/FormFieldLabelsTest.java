package org.jixiao.extract.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.extract.testing.DocumentFixture;
import org.jixiao.ingest.DocFormat;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.CellRef;
import org.jixiao.schema.ReportField;
import org.junit.jupiter.api.Test;

/**
 * Identity on the form layouts of round 14 (h111, h112, h113), in variants written here: a project form pairing its
 * 项目名称 with 项目编码 / 项目代码 on one row, a workbook whose head cell holds "部门名称：…" typed together, and a
 * letter-style report whose title prints its place before the year.
 */
class FormFieldLabelsTest {
  private static Identity read(ParsedDocument doc) {
    return IdentityExtractor.standard().extract(doc, new ReportDraft(doc.fileName()));
  }

  @Test
  void aProjectNameFollowedByItsCodeOnTheSameRow() {
    Identity p = read(DocumentFixture.named("testProjectForm.docx").table(
        "项目名称|某某县2022年农村公路养护项目|<|项目代码|36110122-0042",
        "主管部门|某某县交通运输局|<|实施单位|某某县公路事业发展中心",
        "项目类型|专项业务类|<|项目期限|2022年1月—2022年12月").build());
    assertEquals("某某县2022年农村公路养护项目", p.project());
    assertEquals("某某县公路事业发展中心", p.implementingUnit());
    assertEquals("某某县交通运输局", p.department());
  }

  @Test
  void aBilingualLineNamesItsUnitAfterTheTranslation() {
    // h408: the unit line in Tibetan, then in Chinese, on one line
    Identity p = read(DocumentFixture.named("testBilingual.pdf")
        .paragraph("སྙན་ཞུ་བྱེད་མཁན་ལས་ཁུངས།ཁྲི་འདུ་རྫོང་ཞིང་འབྲོག་དང་ཚན་རྩལ་ཅུས། དངུལ་གྲངས་ཚད་གཞི།སྒོར་ཁྲི།填报单位（盖章）：称多县农牧和科技局 金额单位：万元")
        .table("ཐོན་ཚད་ཀྱི་ཚད་གཞི།一级指标|三级指标|分值|得分", "产出指标|农牧民实用技术培训|5|5").build());
    assertEquals("称多县农牧和科技局", p.department());
  }

  @Test
  void aSummaryHeaderOfFormFieldsNamesNoProject() {
    Identity p = read(DocumentFixture.named("testProjectSummary.docx").table(
        "项目名称|项目编码|预算数|执行数",
        "某某项目|0001|100|90").build());
    assertNull(p.project(), "项目编码 heads a column here: no value of 项目名称");
  }

  @Test
  void aLabelAndItsValueTypedInOneHeadCell() {
    Identity id = read(DocumentFixture.named("testHeadCell.xlsx", DocFormat.XLSX)
        .paragraph("2023年度部门整体支出绩效自评表")
        .table("单位名称：某某市某某区生态环境分局|<|<|金额单位：万元",
            "资金类别|年初预算数|全年预算数|全年执行数")
        .build());
    assertEquals("某某市某某区生态环境分局", id.department());
    assertEquals(new CellRef("testHeadCell.xlsx", 1, 0, 0, 0), id.evidence().get(ReportField.department).source());
  }

  @Test
  void theYearAfterTheTitlesPlace() {
    Identity id = read(DocumentFixture.named("testLetter.pdf", DocFormat.PDF)
        .paragraphs("某某县2022年城乡供水一体化项目", "绩效评价报告", "委托单位：某某县财政局")
        .build());
    assertEquals(2022, id.fiscalYear());
    Identity dated = read(DocumentFixture.named("testLetter.pdf", DocFormat.PDF)
        .paragraphs("某某县2022年5月项目检查情况", "委托单位：某某县财政局").build());
    assertNull(dated.fiscalYear(), "a month after the year is a date, not the year evaluated");
  }
}
