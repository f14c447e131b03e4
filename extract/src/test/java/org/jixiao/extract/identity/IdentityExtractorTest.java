package org.jixiao.extract.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.extract.testing.DocumentFixture;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.AdminLevel;
import org.jixiao.ingest.DocFormat;
import org.jixiao.schema.CellRef;
import org.jixiao.schema.MetaRef;
import org.jixiao.schema.ReportField;
import org.jixiao.schema.ReportKind;
import org.jixiao.schema.TextSpan;
import org.jixiao.schema.WarningCode;
import org.junit.jupiter.api.Test;

class IdentityExtractorTest {
  private static final IdentityExtractor EXTRACTOR = IdentityExtractor.standard();
  /** A body paragraph long enough not to be read as part of the title. */
  private static final String BODY = "根据财政部门关于开展部门整体支出绩效评价工作的通知要求，现将本部门整体支出绩效情况报告如下，"
      + "本部门主要职责包括贯彻执行有关法律法规、组织实施相关规划、承担行业管理和公共服务等工作。";

  private static Identity identity(ParsedDocument doc) {
    return EXTRACTOR.extract(doc, new ReportDraft(doc.fileName()));
  }

  private static Identity titled(String... titleLines) {
    return identity(DocumentFixture.named("testIdentity.docx").paragraphs(titleLines).paragraph(BODY).build());
  }

  @Test
  void aFinishedProjectsEvaluationWithNoYearTakesTheYearItsFundsWereBudgetedIn() {
    // h531: a third-party evaluation of a finished road project; the cover and title name no year
    String funds = "项目批复概算4,120.00万元。2024年安排预算资金3,900.00万元，实际支出3,746.60万元，预算执行率96.07%。";
    Identity id = identity(DocumentFixture.named("testProject.docx")
        .paragraphs("巴东县沿渡河镇至绿葱坡镇农村公路提档升级工程", "绩效评价报告", "委托单位：巴东县财政局")
        .paragraph(BODY).paragraph(funds).build());
    assertEquals(2024, id.fiscalYear());
    assertEquals("2024年安排预算资金", id.evidence().get(ReportField.fiscalYear).text());
    Identity twoYears = identity(DocumentFixture.named("testProject.docx")
        .paragraphs("巴东县沿渡河镇至绿葱坡镇农村公路提档升级工程", "绩效评价报告")
        .paragraph(BODY).paragraph(funds + "2025年安排预算资金220.00万元。").build());
    assertNull(twoYears.fiscalYear(), "funds budgeted over two years name no one year");
  }

  @Test
  void aWebPagesHeadingIsItsTitleAndThePlainLinesAboveItTheSites() {
    // h547: a portal's banner "修武县人民政府" above the article's <h1>
    Identity id = identity(DocumentFixture.named("testPage.html", DocFormat.HTML)
        .paragraph("修武县人民政府").heading("2024年修武县云台山研学旅行基地建设项目绩效自评报告", 1)
        .paragraph("发布时间：2025-05-09　　来源：修武县文化广电和旅游局").paragraph(BODY).build());
    assertEquals("2024年修武县云台山研学旅行基地建设项目绩效自评报告", id.title());
    // in a Word document the plain line above a heading is part of its title
    Identity word = identity(DocumentFixture.named("testTitle.docx")
        .paragraph("修武县文化广电和旅游局").heading("2024年度部门整体支出绩效自评报告", 1).paragraph(BODY).build());
    assertEquals("修武县文化广电和旅游局", word.department());
  }

  @Test
  void departmentFromALabelledTableCell() {
    Identity id = identity(DocumentFixture.named("testLabelled.docx")
        .paragraph("2023年度部门整体支出绩效自评表")
        .table("部门名称|苏州市数据局|<|<", "年度资金总额|120|<|<")
        .build());
    assertEquals("苏州市数据局", id.department());
    assertEquals(new CellRef("testLabelled.docx", 1, 0, 0, 1), id.evidence().get(ReportField.department).source());
    assertEquals(2023, id.fiscalYear());
    assertEquals(AdminLevel.PREFECTURAL, id.adminLevel());
    assertEquals("江苏省", id.province());
    assertEquals(ReportKind.SELF_EVALUATION, id.reportKind());
    assertNull(id.evaluator());
  }

  @Test
  void aProjectFormFilledInByAnotherUnitThanItsDepartment() {
    // h364: 填报单位 and 主管部门 in the sheet's page header; the unit that filled it in carried the project out
    Identity id = identity(DocumentFixture.named("testFiller.xlsx", DocFormat.XLSX)
        .paragraphs("项目支出绩效自评表", "（2024年度）", "填报单位（盖章）：雷山县茶叶产业发展中心", "主管部门：雷山县农业农村局")
        .table("项目名称|2024年雷山县茶产业提质增效项目", "年度资金总额|500")
        .build());
    assertEquals("雷山县农业农村局", id.department());
    assertEquals("雷山县茶叶产业发展中心", id.implementingUnit());
    Identity own = identity(DocumentFixture.named("testFiller.xlsx", DocFormat.XLSX)
        .paragraphs("项目支出绩效自评表", "填报单位（盖章）：雷山县农业农村局", "主管部门：雷山县农业农村局")
        .table("项目名称|2024年雷山县茶产业提质增效项目", "年度资金总额|500")
        .build());
    assertNull(own.implementingUnit(), "the department filled in its own form");
  }

  @Test
  void aTitleWrappedOverTwoLinesBelowAGazettesRunningHead() {
    // h365: a county gazette prints its running head and the tail of the document before, then the report's title
    Identity id = identity(DocumentFixture.named("testGazette.pdf", DocFormat.PDF)
        .paragraphs("沂水县人民政府公报 【部门文件】 2025年第3期", BODY, "沂水县人民政府办公室", "2025年4月28日",
            "沂水县卫生健康局2024年度部门整体支出", "绩效评价报告（摘要）", "山东沂蒙明信项目管理咨询有限公司")
        .paragraph(BODY)
        .build());
    assertEquals("沂水县卫生健康局2024年度部门整体支出绩效评价报告（摘要）", id.title());
    assertEquals("沂水县卫生健康局", id.department());
  }

  @Test
  void aCaseTitleBelowABulletinsHead() {
    // h381: a finance bureau's bulletin prints its own head and a lead story, then one department's report as a case
    Identity id = identity(DocumentFixture.named("testBulletin.docx")
        .paragraphs("预算绩效管理工作简报", "2025年第4期（总第37期）", "某某县财政局编　　2025年5月20日",
            "全县2024年度预算绩效自评工作全面完成", BODY, "【典型案例】", "某某县市场监督管理局2024年度部门整体支出绩效自评情况", BODY)
        .build());
    assertEquals("某某县市场监督管理局", id.department());
    assertEquals(2024, id.fiscalYear());
  }

  @Test
  void theYearOfA评价年度LabelWhenNoTitleSaysIt() {
    Identity id = identity(DocumentFixture.named("testExport.txt", DocFormat.TEXT)
        .paragraph("项目支出绩效自评表")
        .table("项目名称|国土绿化试点示范项目", "主管部门|某某区林业和草原局", "评价年度|2025")
        .build());
    assertEquals(2025, id.fiscalYear());
    assertEquals(new CellRef("testExport.txt", 1, 0, 2, 1), id.evidence().get(ReportField.fiscalYear).source());
  }

  /** A Word-saved portal page: the page's own title and the 发布机构 line name the department, no label does. */
  private static DocumentFixture portalPage(String title) {
    return DocumentFixture.named("testPortal.html", DocFormat.HTML)
        .metadata("title", title)
        .paragraph("发布机构：某某县测试局 发布日期：2023-05-16 浏览次数：")
        .paragraph("部门整体支出绩效自评表")
        .paragraph("填报单位（盖章）： 填报日期：2023年4月22日")
        .table("一级指标|二级指标|三级指标|分值|得分", "产出|数量指标|培训人次|5分|4.5分");
  }

  @Test
  void departmentAndYearFromTheHtmlTitleWhenNoLabelNamesThem() {
    Identity id = identity(portalPage("某某县农业农村局2022年度部门整体支出绩效自评表").build());
    assertEquals("某某县农业农村局", id.department());
    assertEquals(2022, id.fiscalYear());
    assertEquals(new MetaRef("testPortal.html", "title"), id.evidence().get(ReportField.department).source());
    assertEquals(new MetaRef("testPortal.html", "title"), id.evidence().get(ReportField.fiscalYear).source());
    assertEquals("部门整体支出绩效自评表", id.title(), "the printed title, under the publisher line");
  }

  @Test
  void aPortalsTabsAboveTheReportsThirdLevelHeadingAndTheSiteNameAfterThePageTitle() {
    // h442: tabs for two years above the 2024 form's <h3>, the page's <title> "…预决算公开_黟县人民政府"
    Identity id = identity(DocumentFixture.named("testPortal.html", DocFormat.HTML)
        .metadata("title", "某某县文化旅游体育局预决算公开_某某县人民政府")
        .paragraph("某某县人民政府 www.example.gov.cn")
        .paragraph("当前位置：首页 > 信息公开 > 部门信息公开 > 预决算")
        .heading("某某县文化旅游体育局预决算公开", 2)
        .paragraph("发布机构：某某县文化旅游体育局　发布日期：2025-05-30")
        .paragraph("绩效自评（2024年度）")
        .paragraph("绩效自评（2023年度）")
        .heading("部门整体支出绩效自评表", 3)
        .paragraph("（2024年度）")
        .paragraph("填报单位（盖章）：某某县文化旅游体育局\u3000金额单位：万元")
        .table("一级指标|二级指标|三级指标|分值|得分", "产出|数量指标|培训人次|5分|4.5分").build());
    assertEquals("部门整体支出绩效自评表", id.title(), "not the tab above it");
    assertEquals(2024, id.fiscalYear());
    assertEquals("某某县文化旅游体育局", id.department(), "not the site the page's title names after it");
  }

  @Test
  void aPortalsInfographicPageHeadedByItsUnitThenItsReport() {
    // h445: a 图解 page, the unit and the report in two <h1>, the page's <title> under the rubric "图解："
    DocumentFixture page = DocumentFixture.named("testPortal.html", DocFormat.HTML)
        .metadata("title", "图解：某某县文化和旅游局2024年度部门整体支出绩效自评报告_某某县人民政府")
        .paragraph("某某县人民政府　|　首页 > 政务公开 > 政策解读 > 图解政策")
        .paragraph("来源：某某县文化和旅游局　发布时间：2025-06-16　浏览次数：862")
        .paragraph("一图读懂")
        .heading("某某县文化和旅游局", 1)
        .heading("2024年度部门整体支出绩效自评报告", 1)
        .table("一级指标|二级指标|三级指标|分值|得分", "产出|数量指标|培训人次|5分|4.5分");
    Identity id = identity(page.build());
    assertEquals("某某县文化和旅游局", id.department());
    assertEquals("某某县文化和旅游局2024年度部门整体支出绩效自评报告", id.title(), "the unit's heading opens the report's");
    Identity titleOnly = identity(DocumentFixture.named("testPortal.html", DocFormat.HTML)
        .metadata("title", "图解：某某县文化和旅游局2024年度部门整体支出绩效自评报告")
        .paragraph("某某县人民政府　|　首页 > 政务公开 > 政策解读 > 图解政策")
        .paragraph("来源：某某县人民政府办公室　发布时间：2025-06-16")
        .table("一级指标|二级指标|三级指标|分值|得分", "产出|数量指标|培训人次|5分|4.5分").build());
    assertEquals("某某县文化和旅游局", titleOnly.department(), "the rubric before the <title>'s colon is no part of it");
  }

  @Test
  void aUnitsHeadSpeakingOfItsReportNamesTheDepartment() {
    // h447: an 在线访谈's heading, the bureau's head talking the 自评 through
    Identity id = identity(DocumentFixture.named("testInterview.html", DocFormat.HTML)
        .metadata("title", "某某县教育局局长张三解读2024年度部门整体支出绩效自评情况")
        .paragraph("某某县人民政府　|　首页　政务公开　互动交流 > 在线访谈")
        .heading("某某县教育局局长张三解读2024年度部门整体支出绩效自评情况", 2)
        .paragraph("访谈主题：2024年度部门整体支出绩效自评情况")
        .table("一级指标|二级指标|三级指标|分值|得分", "产出|数量指标|培训人次|5分|4.5分").build());
    assertEquals("某某县教育局", id.department());
    assertEquals(2024, id.fiscalYear());
  }

  @Test
  void aCoversDateAfterTheEvaluatorsNameIsNotPartOfIt() {
    // h444: "委托单位：临朐县财政局 评价机构：潍坊鸿正项目管理咨询有限公司 2025年6月", the gaps a PDF line gives as one space
    Identity id = titled("2024年某某县大樱桃产业提升项目绩效评价报告", "（征求意见稿）",
        "委托单位：某某县财政局 评价机构：某某项目管理咨询有限公司 2025年6月");
    assertEquals("某某项目管理咨询有限公司", id.evaluator());
  }

  @Test
  void aFinanceBureausOwnEvaluationUnderItsDocumentNumber() {
    // h449: "汀财绩〔2025〕9号" above the title, the bureau and the date under it, its own 评价组 ("未委托第三方机构")
    Identity id = titled("某财绩〔2025〕9号", "某某县卫生健康局2024年度部门整体支出", "财政重点绩效评价报告", "某某县财政局2025年7月",
        "一、评价对象基本情况");
    assertEquals("某某县卫生健康局", id.department(), "the document number is no part of the title");
    assertEquals("某某县卫生健康局2024年度部门整体支出财政重点绩效评价报告", id.title(), "nor the author's line under it");
    assertEquals("某某县财政局", id.evaluator());
    assertEquals(ReportKind.THIRD_PARTY_EVALUATION, id.reportKind());
    assertNull(titled("某某县卫生健康局2024年度部门整体支出绩效自评报告", "某某县卫生健康局2025年3月", "一、部门基本情况").evaluator(),
        "a self-evaluation's author is the department");
  }

  @Test
  void aWholePeriodsEvaluationIsOfThePeriodsLastYear() {
    // h526: "竹山县2022—2024年农村供水保障提升工程实施期（2022—2024年）整体绩效评价报告", a year of the period named 年度 in the prose
    Identity id = titled("某某县2022—2024年农村供水保障提升工程", "实施期（2022—2024年）整体绩效评价报告", "委托单位：某某县财政局",
        "一、项目概况", "项目实施期三年，2023年度完成投资1,120.00万元。");
    assertEquals(2024, id.fiscalYear());
    assertEquals(2023, titled("某某县2023年度农村供水保障提升工程绩效评价报告（2022—2024年实施期）").fiscalYear(), "the 年度 named");
  }

  @Test
  void aFirmThatSignsItsLetterWithItsDateIsTheEvaluator() {
    // h521: the letter says only 我公司; the firm signs it, the date on the line under its name, the appendix after it
    java.util.List<String> letter = new java.util.ArrayList<>(java.util.List.of("2024年某某县非遗展演项目绩效评价报告", "某某县财政局：",
        "受贵局委托，我公司对该项目开展了绩效评价，现将评价结果报告如下。"));
    for (String part : java.util.List.of("一、项目基本情况", "二、评价工作开展情况", "三、综合评价结论", "四、绩效分析", "五、存在的问题", "六、意见建议")) {
      letter.add(part);
      letter.add("该部分的说明文字，共若干句。");
    }
    letter.addAll(java.util.List.of("某某致远项目管理咨询有限公司", "2025年6月12日", "附件　绩效评价指标评分表"));
    Identity id = titled(letter.toArray(String[]::new));
    assertEquals("某某致远项目管理咨询有限公司", id.evaluator());
    assertNull(titled("2024年某某县非遗展演项目绩效评价报告", "一、项目基本情况", "某某县文化和广电旅游体育局", "2025年6月12日")
        .evaluator(), "a department signing is no firm");
  }

  @Test
  void aFirmsCoverUnderItsNumberedReportNamesTheEvaluator() {
    // h454: an accounting firm's report form: "某信会绩评字〔2025〕第017号" above the title, the firm's name on a line of its
    // own over a date in Chinese numerals
    Identity id = titled("某信会绩评字〔2025〕第017号", "2024年某某县农村公路安全生命防护工程项目", "绩效评价报告", "委托单位：某某县财政局",
        "项目主管部门：某某县交通运输局", "某某会计师事务所有限责任公司", "二〇二五年六月二十日");
    assertEquals("2024年某某县农村公路安全生命防护工程项目", id.project(), "the document number is no part of the title");
    assertEquals("某某会计师事务所有限责任公司", id.evaluator());
    assertEquals(ReportKind.THIRD_PARTY_EVALUATION, id.reportKind());
  }

  @Test
  void aDraftsStatusOnALineOfItsOwnIsNoPartOfTheTitle() {
    // h459: "（报批稿）" above a third-party report's title
    Identity id = titled("（报批稿）", "2024年某某县茶叶基地提质改造项目", "绩效评价报告", "委托单位：某某县财政局");
    assertEquals("2024年某某县茶叶基地提质改造项目", id.project());
  }

  @Test
  void aPortalsTrailAboveABrowserPrintedTitleIsNoneOfIt() {
    // h458: a web page printed to PDF: the browser's date and page title, the site's name and menus, the trail, the title
    ParsedDocument doc = DocumentFixture.named("testPrinted.pdf").paragraphs(
        "2025/7/3 16:42 某某县水利局2024年度部门整体支出绩效自评表_某某县人民政府", "某某县人民政府无障碍|长者模式",
        "首页走进某某政务公开政务服务互动交流专题专栏", "当前位置：首页>政务公开>财政信息>部门绩效",
        "某某县水利局2024年度部门整体支出绩效自评表", "发布时间：2025-07-0209:18来源：某某县水利局浏览次数：356字号：【大中小】")
        .paragraph(BODY).build();
    Identity id = identity(doc);
    assertEquals("某某县水利局", id.department());
    assertEquals("某某县水利局2024年度部门整体支出绩效自评表", id.title());
  }

  @Test
  void aFormHeadsNextLabelRunOnWithoutAGap() {
    // h453: "填报单位（盖章）：中共桐柏县委组织部金额单位：万元", the space between them narrower than a space
    Identity id = titled("部门整体支出绩效自评表", "（2024年度）", "填报单位（盖章）：中共某某县委组织部金额单位：万元");
    assertEquals("中共某某县委组织部", id.department());
  }

  @Test
  void theUnitAFinanceBureausLetterIsAddressedTo() {
    // h440: a 反馈函 on a 财政重点绩效评价, addressed "县水利局：" by 隆回县财政局
    Identity id = titled("某某县财政局", "某财绩函〔2025〕23号", "某某县财政局关于反馈2024年度农村供水保障工程项目",
        "财政重点绩效评价结果的函", "县水利局：");
    assertEquals("某某县水利局", id.department(), "the short name with the sender's county");
    TextSpan at = assertInstanceOf(TextSpan.class, id.evidence().get(ReportField.department).source());
    assertEquals(5, at.end() - at.start());
    assertNotEquals("某某县水利局", titled("某某县财政局", "关于2024年度绩效自评工作的报告", "县水利局：").department(),
        "no letter: no addressee");
  }

  @Test
  void aDocumentsSubjectAfterItsAbout() {
    // h439: a 人大常委会 meeting paper's head line run into its title
    Identity id = titled("某某县第十九届人大常委会第二十一次会议文件（8）", "关于某某县教育和体育局2024年度部门整体支出绩效自评情况的报告");
    assertEquals("某某县教育和体育局", id.department());
    // s08's title run into the sentence after it, which cites a notice "《关于开展…的通知》": the title's own name stands
    assertEquals("某某自治区卫生健康委员会", titled("某某自治区卫生健康委员会2023年度部门整体支出绩效自评报告根据《关于开展2023年度自评的通知》")
        .department());
  }

  @Test
  void aPortalColumnsNameBeforeTheTitle() {
    // h512: a 一问一答 page titled "一问一答：XX局2024年度部门整体支出绩效自评情况"
    Identity id = identity(DocumentFixture.named("testRubric.html")
        .heading("一问一答：某某市文化广播电视和旅游局2024年度部门整体支出绩效自评报告", 1).paragraph(BODY).build());
    assertEquals("某某市文化广播电视和旅游局", id.department());
  }

  @Test
  void aDepartmentReportingOnItselfBeforeItsAbout() {
    // h468: "苍溪县教育局关于2024年度部门整体支出绩效自评结果及问题整改情况的报告", addressed to the finance bureau
    assertEquals("某某县教育局", titled("某某县教育局关于2024年度部门整体支出绩效自评结果及问题整", "改情况的报告", "县财政局：")
        .department());
    assertNull(titled("某某县财政局关于2024年度部门整体支出绩效评价结果的通报").department(),
        "a finance bureau's paper is about other units");
  }

  @Test
  void theDivisionADepartmentsNameOpensWithOutranksANameInAPersonsName() {
    // h470: 泾县 (two characters, a weak name) opens the department's name; the contact person 查玉林 holds 玉林 (广西)
    Identity id = identity(DocumentFixture.named("testJoint.docx")
        .paragraphs("附件2", "多部门共同管理专项资金绩效自评表", "（2024年度）", "填报单位（牵头部门盖章）：泾县农业农村局")
        .table("专项资金名称|2024年泾县农村人居环境整治专项资金|<|<", "牵头部门|泾县农业农村局|配合部门|泾县城市管理局")
        .paragraph("填表人：查玉林　联系电话：0563-5021234")
        .build());
    assertEquals("泾县农业农村局", id.department());
    assertEquals("安徽省", id.province());
    assertEquals(AdminLevel.COUNTY, id.adminLevel());
    assertEquals("2024年泾县农村人居环境整治专项资金", id.project(), "专项资金名称 names the fund");
  }

  @Test
  void aListsColumnHeadedBy部门名称NamesNoDepartment() {
    // h471: a finance bureau's list of departments' results, then one department's own form
    Identity id = identity(DocumentFixture.named("testList.xlsx", DocFormat.XLSX)
        .paragraphs("某某县2024年度部门整体支出绩效自评结果一览表", "编制单位：某某县财政局")
        .table("序号|部门名称|全年预算数|全年执行数|自评得分", "1|某某县民政局|6,824.50|6,498.07|88.46")
        .paragraph("某某县市场监督管理局2024年度部门整体支出绩效自评表")
        .paragraph("填报单位（盖章）：某某县市场监督管理局")
        .table("一级指标|二级指标|三级指标|分值|得分", "产出|数量指标|抽检批次|6|6")
        .build());
    assertNotEquals("全年预算数", id.department());
    assertEquals("某某县市场监督管理局", id.department());
  }

  @Test
  void aNoticeOfAnEvaluationsResultNamesTheUnitThatCarriedTheProjectOut() {
    // h472: a finance bureau's 公示, its title "关于2024年…项目绩效评价结果的公示", the unit named in its first sentence
    Identity id = identity(DocumentFixture.named("testNotice.html", DocFormat.HTML)
        .paragraph("发布机构：某某县财政局")
        .paragraph("关于2024年某某县公共文化服务体系建设项目绩效评价结果的公示")
        .paragraph("县财政局委托某某项目管理咨询有限公司对某某县文化广电新闻出版旅游局实施的“2024年某某县公共文化服务体系建设项目”"
            + "开展了重点绩效评价。现将评价结果予以公示。")
        .paragraph("公示期间有异议的，县财政局将在2026年度预算安排中统筹考虑复核结果。")
        .build());
    assertEquals("某某县文化广电新闻出版旅游局", id.department());
    assertEquals("某某县文化广电新闻出版旅游局", id.implementingUnit());
    assertEquals(2024, id.fiscalYear(), "the year after the title's 关于, not a later year the text names");
    assertEquals("2024年某某县公共文化服务体系建设项目", id.project());
  }

  @Test
  void departmentFromThePublisherLineWhenTheTitleNamesNone() {
    Identity id = identity(portalPage("部门整体支出绩效自评表").build());
    assertEquals("某某县测试局", id.department(), "the 发布日期 after it on the same line is not part of the name");
    TextSpan at = assertInstanceOf(TextSpan.class, id.evidence().get(ReportField.department).source());
    assertEquals(6, at.end() - at.start());
  }

  @Test
  void departmentFromThePortalsContentSourceMetaWhenNothingPrintedNamesIt() {
    Identity id = identity(DocumentFixture.named("testPortal.html", DocFormat.HTML)
        .metadata("title", "城区公园提升改造项目绩效自评报告")
        .metadata("publisher", "某某区园林绿化局")
        .paragraph("城区公园提升改造项目绩效自评报告")
        .paragraph(BODY)
        .build());
    assertEquals("某某区园林绿化局", id.department());
    assertEquals(new MetaRef("testPortal.html", "publisher"), id.evidence().get(ReportField.department).source());
    Identity notOrganisation = identity(DocumentFixture.named("testPortal.html", DocFormat.HTML)
        .metadata("publisher", "本站原创").paragraph("部门整体支出绩效自评表").build());
    assertNull(notOrganisation.department(), "a source that is no organisation names no department");
  }

  @Test
  void theTitleLineUnderThePortalsPublisherLine() {
    Identity id = identity(DocumentFixture.named("testPortal.html", DocFormat.HTML)
        .paragraph("发布机构：某某市财政局 发布日期：2023-05-16")
        .paragraph("某某市测试局2022年度部门整体支出绩效自评报告")
        .paragraph(BODY)
        .build());
    assertEquals("某某市测试局", id.department(), "the title names the department; the publisher only published it");
    assertEquals(2022, id.fiscalYear());
    assertEquals("某某市测试局2022年度部门整体支出绩效自评报告", id.title());
  }

  @Test
  void theTitleLineUnderAPortalsBreadcrumbTrail() {
    // h198: a portal's text export opens with its trail, then the title
    Identity id = identity(DocumentFixture.named("testPortal.txt", DocFormat.TEXT)
        .paragraph("上海奉贤 > 政务公开 > 财政信息 > 预决算公开")
        .paragraph("上海市奉贤区绿化和市容管理局2021年度部门整体支出绩效自评报告")
        .paragraph(BODY)
        .build());
    assertEquals("上海市奉贤区绿化和市容管理局", id.department());
    assertEquals("上海市奉贤区绿化和市容管理局2021年度部门整体支出绩效自评报告", id.title());
  }

  @Test
  void aSectionHeadingUnderALabelledLineIsNoTitle() {
    Identity id = identity(DocumentFixture.named("testHeading.docx")
        .paragraph("附件2：")
        .paragraph("一、部门基本情况")
        .paragraph(BODY)
        .build());
    assertNull(id.title());
  }

  @Test
  void theTitlePropertyOfAWordFileIsNotRead() {
    Identity id = identity(DocumentFixture.named("testProperty.docx")
        .metadata("title", "某某县农业农村局2022年度部门整体支出绩效自评表")
        .paragraph(BODY)
        .build());
    assertNull(id.department());
    assertNull(id.title());
  }

  @Test
  void departmentFromALabelledLine() {
    Identity id = identity(DocumentFixture.named("testLabelledLine.docx")
        .paragraph("部门整体支出绩效自评报告")
        .paragraph("预算单位名称：洛阳市文化广电和旅游局")
        .paragraph(BODY)
        .build());
    assertEquals("洛阳市文化广电和旅游局", id.department());
    TextSpan at = assertInstanceOf(TextSpan.class, id.evidence().get(ReportField.department).source());
    assertTrue(at.end() > at.start());
  }

  @Test
  void aFormLineOfSeveralLabelledPairsEndsTheValueAtTheNextLabel() {
    Identity id = identity(DocumentFixture.named("testFormLine.docx")
        .paragraph("2023年度部门整体支出绩效自评表")
        .paragraph("部门名称：洛阳市文化广电和旅游局　 部门编码：301002　金额单位：万元 一、部门预算执行情况")
        .paragraph(BODY)
        .build());
    assertEquals("洛阳市文化广电和旅游局", id.department());
    TextSpan at = assertInstanceOf(TextSpan.class, id.evidence().get(ReportField.department).source());
    assertEquals("洛阳市文化广电和旅游局".length(), at.end() - at.start(), at.toString());
  }

  @Test
  void departmentFromTheTitleLineOfAProvincialDepartment() {
    Identity id = titled("广东省财政厅2022年度部门整体支出绩效自评报告");
    assertEquals("广东省财政厅", id.department());
    assertEquals(2022, id.fiscalYear());
    assertEquals(AdminLevel.PROVINCIAL, id.adminLevel());
    assertEquals("广东省", id.province());
    assertEquals(ReportKind.SELF_EVALUATION, id.reportKind());
  }

  @Test
  void aTitleOverTwoLines() {
    Identity id = titled("浙江省生态环境厅", "2021年度部门整体支出绩效自评报告");
    assertEquals("浙江省生态环境厅", id.department());
    assertEquals(2021, id.fiscalYear());
    assertEquals(AdminLevel.PROVINCIAL, id.adminLevel());
    assertEquals("浙江省", id.province());
  }

  @Test
  void aCityDepartment() {
    Identity id = titled("洛阳市文化广电和旅游局2022年度整体支出绩效评价报告");
    assertEquals("洛阳市文化广电和旅游局", id.department());
    assertEquals(AdminLevel.PREFECTURAL, id.adminLevel());
    assertEquals("河南省", id.province());
  }

  @Test
  void aCountyLevelCityDepartment() {
    Identity id = titled("义乌市教育局2022年度部门整体支出绩效自评报告");
    assertEquals("义乌市教育局", id.department());
    assertEquals(AdminLevel.COUNTY, id.adminLevel());
    assertEquals("浙江省", id.province());
  }

  @Test
  void anAmbiguousDistrictIsLeftUnresolvedAndCounted() {
    ParsedDocument doc = DocumentFixture.named("testAmbiguous.docx")
        .paragraph("鼓楼区民政局2022年度部门整体支出绩效自评报告").paragraph(BODY).build();
    ReportDraft draft = new ReportDraft(doc.fileName());
    Identity id = EXTRACTOR.extract(doc, draft);
    assertEquals("鼓楼区民政局", id.department());
    assertNull(id.province());
    assertTrue(draft.counts().getOrDefault(WarningCode.AMBIGUOUS_DIVISION, 0) > 0);
  }

  @Test
  void anAmbiguousDistrictIsSettledByItsCity() {
    Identity id = titled("福州市鼓楼区民政局2022年度部门整体支出绩效自评报告");
    assertEquals(AdminLevel.COUNTY, id.adminLevel());
    assertEquals("福建省", id.province());
  }

  @Test
  void fiscalYearFromTheBodyNotFromThePublicationDate() {
    Identity id = identity(DocumentFixture.named("testYear.docx")
        .paragraph("市场监督管理局部门整体支出绩效自评报告")
        .paragraph("按照财政部门的统一部署和要求，我局对2021年度部门整体支出情况开展了绩效自评，"
            + "现将自评情况报告如下，自评工作覆盖全部基本支出和项目支出资金。")
        .paragraph("2022年3月15日")
        .build());
    assertEquals(2021, id.fiscalYear());
    assertEquals("2022年3月15日", id.publicationDate());
  }

  @Test
  void noYearNoDepartmentNoPlace() {
    Identity id = identity(DocumentFixture.named("testBare.docx").paragraph(BODY).build());
    assertNull(id.fiscalYear());
    assertNull(id.department());
    assertNull(id.province());
    assertNull(id.evaluator());
  }

  @Test
  void aLabelledThirdPartyEvaluator() {
    Identity id = identity(DocumentFixture.named("testEvaluator.docx")
        .paragraph("洛阳市文化广电和旅游局2022年度部门整体支出绩效评价报告")
        .paragraph("评价单位：华信智诚咨询有限公司")
        .paragraph(BODY)
        .build());
    assertEquals("华信智诚咨询有限公司", id.evaluator());
    assertEquals(ReportKind.THIRD_PARTY_EVALUATION, id.reportKind());
    assertEquals("华信智诚咨询有限公司", id.evidence().get(ReportField.evaluator).text());
  }

  @Test
  void aFirmEntrustedByTheFinanceBureau() {
    Identity id = identity(DocumentFixture.named("testEntrusted.docx")
        .paragraph("洛阳市文化广电和旅游局2022年度部门整体支出绩效评价报告")
        .paragraph("中衡信会计师事务所受洛阳市财政局委托，对洛阳市文化广电和旅游局2022年度部门整体支出开展绩效评价，"
            + "通过资料核查、现场调研和问卷调查等方式形成本报告。")
        .build());
    assertEquals("中衡信会计师事务所", id.evaluator());
    assertEquals(ReportKind.THIRD_PARTY_EVALUATION, id.reportKind());
  }

  @Test
  void anEntrustedFirmMidSentence() {
    Identity id = identity(DocumentFixture.named("testEntrustedMid.docx")
        .paragraph("洛阳市文化广电和旅游局2022年度部门整体支出绩效评价报告")
        .paragraph("本次评价由中衡信会计师事务所受洛阳市财政局委托开展，通过资料核查、现场调研和问卷调查等方式形成本报告，"
            + "评价范围为部门整体支出。")
        .build());
    assertEquals("中衡信会计师事务所", id.evaluator());
  }

  @Test
  void aLabelThatIsNotAFirmIsNotAnEvaluator() {
    Identity id = identity(DocumentFixture.named("testSelf.docx")
        .paragraph("义乌市教育局2022年度部门整体支出绩效自评报告")
        .paragraph("评价单位：义乌市教育局")
        .paragraph(BODY)
        .build());
    assertNull(id.evaluator());
    assertEquals(ReportKind.SELF_EVALUATION, id.reportKind());
  }

  @Test
  void numberedHeadingsAreNotPartOfTheTitle() {
    Identity id = identity(DocumentFixture.named("testTitle.docx")
        .paragraphs("2022年度义乌市教育局部门整体绩效自评结果", "一、自评结论", "（一）部门整体绩效自评得分")
        .paragraph(BODY)
        .build());
    assertEquals("2022年度义乌市教育局部门整体绩效自评结果", id.title());
  }

  /** 填报单位 names the department where no department label or title does; its seal note is not part of the name. */
  @Test
  void departmentFromTheFillerLineWithoutItsSealNote() {
    Identity id = identity(DocumentFixture.named("testFiller.pdf")
        .paragraph("某某市2023年度部门整体支出绩效自评表")
        .paragraph("填报单位：某某市测试局（盖章） 填报日期：2024年3月1日")
        .paragraph(BODY)
        .build());
    assertEquals("某某市测试局", id.department());
  }

  @Test
  void aBlankLeftForTheSealIsNoDepartment() {
    Identity id = identity(DocumentFixture.named("testFiller.pdf")
        .paragraph("部门整体支出绩效自评表")
        .paragraph("填报单位：（单位盖章） 填报日期：2024年3月1日")
        .paragraph(BODY)
        .build());
    assertNull(id.department());
  }

  /** On a project form the filler may be the unit that carried it out: the 主管部门 label outranks it. */
  @Test
  void aDepartmentLabelOutranksTheFiller() {
    Identity id = identity(DocumentFixture.named("testFiller.docx")
        .paragraph("项目支出绩效自评表")
        .paragraph("填报单位：某某市测试服务中心")
        .table("项目名称|道路养护|<|<", "主管部门|某某市测试局|实施单位|某某市测试服务中心")
        .build());
    assertEquals("某某市测试局", id.department());
  }

  /** A title of another kind ("…2024年度预算执行情况"): the department is what precedes the year. */
  @Test
  void departmentBeforeTheYearInATitleOfAnotherKind() {
    assertEquals("某某区测试局", titled("某某区测试局2024年度预算执行情况").department());
  }

  /** A project report's title opening with its year ("2022年…项目绩效自评报告"), no 年度 anywhere. */
  @Test
  void fiscalYearATitleOpensWith() {
    Identity id = titled("2022年某某区道路照明改造项目绩效自评报告");
    assertEquals(2022, id.fiscalYear());
    assertNull(titled("2022年3月某某区道路照明改造项目绩效自评报告").fiscalYear(), "a date is not a fiscal year");
  }

  /** A running head joined before the title ("评分表" printed atop each page, then "2024年…项目绩效评价评分表", h273). */
  @Test
  void fiscalYearInsideATitleWhenNothingElseSaysIt() {
    assertEquals(2024, titled("评分表2024年某某区县域商业体系建设项目绩效评价评分表").fiscalYear());
    assertNull(titled("评分表 某某区县域商业体系建设项目绩效评价评分表 2025年5月").fiscalYear(), "a date is not a fiscal year");
  }

  /** A cover's "项目委托方 / 项目承担方" pair: the 承担方 firm is the evaluator. */
  @Test
  void theEvaluatorOnACoverAsTheContractsBearer() {
    Identity id = identity(DocumentFixture.named("testCover.pdf")
        .paragraph("某某市测试局2022年度部门整体支出绩效评价报告")
        .paragraph("项目委托方：某某市财政局")
        .paragraph("项目承担方：某某项目管理咨询有限公司")
        .paragraph(BODY)
        .build());
    assertEquals("某某项目管理咨询有限公司", id.evaluator());
    assertEquals(ReportKind.THIRD_PARTY_EVALUATION, id.reportKind());
  }

  /** The title names the district's bureau; the signature names it with its city: the fuller name, as signed. */
  @Test
  void theSignatureNamesTheTitlesDepartmentWithItsPlace() {
    Identity id = identity(DocumentFixture.named("testSigned.docx")
        .paragraph("东港区市场监督管理局2024年度部门整体支出绩效自评报告")
        .paragraph(BODY)
        .paragraph("日照市东港区市场监督管理局")
        .paragraph("2025年3月")
        .build());
    assertEquals("日照市东港区市场监督管理局", id.department());
    Identity other = identity(DocumentFixture.named("testSignedOther.docx")
        .paragraph("东港区市场监督管理局2024年度部门整体支出绩效自评报告")
        .paragraph(BODY)
        .paragraph("日照市财政局")
        .build());
    assertEquals("东港区市场监督管理局", other.department(), "another body's signature names no department");
  }

  /** A third-party evaluation of one project names the project in its title. */
  @Test
  void theProjectAThirdPartyEvaluationNamesInItsTitle() {
    Identity id = identity(DocumentFixture.named("testEvaluated.pdf", DocFormat.PDF)
        .paragraph("东胜区2022年农村牧区供水保障工程财政支出绩效评价报告")
        .paragraph("评价机构：内蒙古正衡会计师事务所有限公司")
        .paragraph(BODY)
        .build());
    assertEquals("东胜区2022年农村牧区供水保障工程", id.project());
  }

  /**
   * An evaluator's letter names who carried the fund out and, in another sentence, who ran it; the title names the
   * fund (h171's family).
   */
  @Test
  void aLettersRolesAndAFundNamedInTheTitle() {
    Identity id = identity(DocumentFixture.named("testLetter.pdf", DocFormat.PDF)
        .paragraph("某某区2022年农村义务教育学生营养改善计划补助资金")
        .paragraph("绩效评价报告")
        .paragraph("评价机构：广西某某联合会计师事务所")
        .paragraph("某某市某某区财政局：")
        .paragraph("受贵局委托，我所对某某市某某区教育局实施的某某区2022年农村义务教育学生营养改善计划补助资金开展了绩效评价，现将评价情况报告如下。")
        .paragraph("全区学生纳入营养改善计划，由某某市某某区学生资助管理中心统筹管理，各学校食堂供餐。")
        .paragraph(BODY)
        .build());
    assertEquals("某某市某某区教育局", id.department());
    assertEquals("某某市某某区学生资助管理中心", id.implementingUnit());
    assertEquals("某某区2022年农村义务教育学生营养改善计划补助资金", id.project());
  }

  /** h202: a letter naming the department that carried the project out, and no other unit running it: both roles its. */
  @Test
  void theDepartmentThatCarriedTheProjectOutHoldsBothRolesWhenNoOtherUnitIsNamed() {
    Identity id = identity(DocumentFixture.named("testLetter2.html", DocFormat.HTML)
        .heading("某某区2022年老旧小区改造项目绩效评价报告", 1)
        .paragraph("受某某市某某区财政局委托，某某工程项目管理咨询有限公司（以下简称“我公司”）对某某市某某区住房和城乡建设局实施的"
            + "某某区2022年老旧小区改造项目开展了绩效评价。现将评价情况报告如下。")
        .paragraph(BODY)
        .build());
    assertEquals("某某市某某区住房和城乡建设局", id.department());
    assertEquals("某某市某某区住房和城乡建设局", id.implementingUnit());
  }

  /** h536: a fund the department is in charge of, run by every county's bureau: no one implementing unit. */
  @Test
  void aProjectRunByEveryCountysBureauHasNoOneImplementingUnit() {
    Identity id = identity(DocumentFixture.named("testCounties.docx")
        .heading("临沧市2024年茶产业发展专项资金绩效评价报告", 1)
        .paragraph("专项资金由临沧市农业农村局主管，按因素法分配到8个县（区），由各县（区）农业农村局组织实施，主要用于生态茶园改造。")
        .paragraph(BODY)
        .build());
    assertEquals("临沧市农业农村局", id.department());
    assertEquals(null, id.implementingUnit());
  }

  /** A portal page: the site's name and menu above the report's own heading, the firm after its commission (h177). */
  @Test
  void theReportsHeadingUnderAPortalsFurnitureAndTheFirmAfterItsCommission() {
    Identity id = identity(DocumentFixture.named("testPortal.html", DocFormat.HTML)
        .paragraph("某某市某某区人民政府")
        .paragraph("首页政务公开政务服务互动交流")
        .paragraph("当前位置：首页 > 政务公开 > 绩效评价")
        .heading("某某区2023年天然林保护修复资金绩效评价报告", 1)
        .paragraph("受某某市某某区财政局委托，甘肃某某会计师事务所有限公司（以下简称“我公司”）对某某市某某区林业和草原局实施的"
            + "某某区2023年天然林保护修复资金开展了绩效评价。")
        .paragraph("资金由某某市某某区天然林保护中心具体实施。")
        .paragraph(BODY)
        .build());
    assertEquals("某某区2023年天然林保护修复资金绩效评价报告", id.title());
    assertEquals("甘肃某某会计师事务所有限公司", id.evaluator());
    assertEquals("某某区2023年天然林保护修复资金", id.project());
    assertEquals("某某市某某区林业和草原局", id.department());
  }

  /** h187: the roles a sentence names outrank the portal's 信息来源 line; the firm that carries the evaluation out. */
  @Test
  void rolesInASentenceOutrankThePortalsSourceLine() {
    Identity id = identity(DocumentFixture.named("testPortal2.html", DocFormat.HTML)
        .heading("某某区2023年城乡居家养老服务补助资金绩效评价报告", 2)
        .paragraph("发布日期：2024-08-06　信息来源：某某区财政局　访问量：213")
        .paragraph("根据某某市某某区财政局工作安排，广西某某会计师事务所有限公司（以下简称“评价组”）对某某区2023年城乡居家养老服务补助资金开展第三方绩效评价，报告如下。")
        .paragraph("项目主管部门为某某市某某区民政局，实施单位为某某市某某区社会福利院。")
        .paragraph(BODY)
        .build());
    assertEquals("某某市某某区民政局", id.department());
    assertEquals("某某市某某区社会福利院", id.implementingUnit());
    assertEquals("广西某某会计师事务所有限公司", id.evaluator());
  }

  /** h369: each unit followed by its role in brackets, in the evaluator's opening sentence. */
  @Test
  void rolesInBracketsAfterTheUnits() {
    Identity id = identity(DocumentFixture.named("testRolesInBrackets.pdf", DocFormat.PDF)
        .paragraph("2024年某某县农村供水保障工程")
        .paragraph("项目支出绩效评价报告")
        .paragraph("受贵局委托，我公司组成评价组，于2025年4月至5月对某某县水利和湖泊局（主管部门）、某某县农村供水管理站（实施单位）"
            + "实施的2024年某某县农村供水保障工程项目开展了绩效评价。")
        .paragraph(BODY)
        .build());
    assertEquals("某某县水利和湖泊局", id.department());
    assertEquals("某某县农村供水管理站", id.implementingUnit());
  }

  /** A borderless form's head lines: label and value apart by white space, no colon (h132's family). */
  @Test
  void formLinesWithoutAColonNameTheProjectAndItsRoles() {
    Identity id = identity(DocumentFixture.named("testSpacedForm.pdf", DocFormat.PDF)
        .paragraph("项目支出绩效自评表")
        .paragraph("项目名称 南康区2025年家具产业职业技能提升培训补贴项目")
        .paragraph("主管部门 赣州市南康区人力资源和社会保障局")
        .paragraph("实施单位　赣州市南康区就业创业服务中心")
        .paragraph("项目负责人 钟×× 联系电话：0797-66×××××")
        .paragraph(BODY)
        .build());
    assertEquals("南康区2025年家具产业职业技能提升培训补贴项目", id.project());
    assertEquals("赣州市南康区人力资源和社会保障局", id.department());
    assertEquals("赣州市南康区就业创业服务中心", id.implementingUnit());
  }

  /** A CSV export's head line: labelled pairs apart by commas (h148's family). */
  @Test
  void labelledPairsApartByCommas() {
    Identity id = identity(DocumentFixture.named("testCsvHead.csv", DocFormat.TEXT)
        .paragraph("部门整体支出绩效自评表")
        .paragraph("填报单位：呼和浩特市赛罕区城市管理综合行政执法局,,,评价年度：2025年,,,金额单位：万元")
        .paragraph(BODY)
        .build());
    assertEquals("呼和浩特市赛罕区城市管理综合行政执法局", id.department());
    assertEquals(2025, id.fiscalYear());
  }
}
