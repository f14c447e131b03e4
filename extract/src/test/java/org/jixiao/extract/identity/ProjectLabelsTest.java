package org.jixiao.extract.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jixiao.extract.draft.ReportDraft;
import org.jixiao.extract.testing.DocumentFixture;
import org.jixiao.ingest.ParsedDocument;
import org.jixiao.schema.ReportField;
import org.junit.jupiter.api.Test;

/** {@link IdentityExtractor} on project forms: 项目名称 and 实施单位 by their labels. */
class ProjectLabelsTest {
  private static Identity read(ParsedDocument doc) {
    return IdentityExtractor.standard().extract(doc, new ReportDraft(doc.fileName()));
  }

  @Test
  void fromTheLabelledCellsOfAProjectTable() {
    Identity p = read(DocumentFixture.named("testProject.docx").table(
        "项目名称|某某专项资金|<|<",
        "主管部门|某某县教育局|实施单位|某某县各中小学",
        "年初预算数|全年预算数|全年执行数|执行率").build());
    assertEquals("某某专项资金", p.project());
    assertEquals("某某县各中小学", p.implementingUnit());
    assertEquals("某某专项资金", p.evidence().get(ReportField.project).text());
  }

  @Test
  void fromLabelledLinesInProse() {
    Identity p = read(DocumentFixture.named("testProject.docx")
        .paragraphs("项目名称：某某供水工程", "实施单位：某某县供水服务中心").build());
    assertEquals("某某供水工程", p.project());
    assertEquals("某某县供水服务中心", p.implementingUnit());
  }

  @Test
  void aPolicysLabelsWrittenAsSentencesOfOneParagraph() {
    // h466: a policy evaluation states its 政策名称, 政策主管部门 and 实施单位 as sentences, one after another
    Identity p = read(DocumentFixture.named("testPolicy.pdf").paragraphs("某某县2024年度耕地地力保护补贴政策", "绩效评价报告",
        "一、政策基本情况", "政策名称：2024年度耕地地力保护补贴政策。政策主管部门：某某县农业农村局。实施单位：某某县农业农村局、"
            + "各乡镇人民政府（街道办事处）。").build());
    assertEquals("2024年度耕地地力保护补贴政策", p.project());
    assertEquals("某某县农业农村局", p.department());
    assertEquals("某某县农业农村局、各乡镇人民政府（街道办事处）", p.implementingUnit(), "no full stop");
  }

  @Test
  void aFundsAndAPppProjectsOwnLabels() {
    // h476: a 社会保险基金's form names its fund (基金名称, beside 基金类别) and the agency running it (经办机构)
    Identity fund = read(DocumentFixture.named("testFund.xlsx").table(
        "基金名称|2024年度某某县城乡居民基本养老保险基金|基金类别|城乡居民基本养老保险基金",
        "主管部门|某某县人力资源和社会保障局|经办机构|某某县社会保险事业中心").build());
    assertEquals("2024年度某某县城乡居民基本养老保险基金", fund.project());
    assertEquals("某某县社会保险事业中心", fund.implementingUnit());
    // h474: a PPP project's government side is its 项目实施机构, on the cover
    Identity ppp = read(DocumentFixture.named("testPpp.pdf").paragraphs("某某县城区污水处理厂提标改造及配套管网PPP项目",
        "2024年度运营期绩效评价报告", "委托单位：某某县财政局", "项目实施机构：某某县住房和城乡建设局", "项目公司：某某清源水务有限公司").build());
    assertEquals("某某县住房和城乡建设局", ppp.department());
    assertEquals("某某县住房和城乡建设局", ppp.implementingUnit());
  }

  @Test
  void aColumnHeadedBy项目名称NamesNoProject() {
    Identity p = read(DocumentFixture.named("testProject.docx").table(
        "序号|项目名称|预算数|执行数",
        "1|某某项目|100|90").build());
    assertNull(p.project());
    assertNull(p.implementingUnit());
  }

  @Test
  void rolesStatedInASentenceAndTheProjectInTheTitle() {
    Identity p = read(DocumentFixture.named("testProjectRoles.docx").paragraphs(
        "某某县2023年城乡供水保障项目",
        "绩效评价报告",
        "委托单位：某某县财政局",
        "一、项目基本情况",
        "该项目由某某县水务局主管、某某县供水服务中心负责实施，主要用于管网改造。").build());
    assertEquals("某某县水务局", p.department(), "the unit before 主管 is the 主管部门");
    assertEquals("某某县供水服务中心", p.implementingUnit());
    assertEquals("某某县2023年城乡供水保障项目", p.project(), "the title's words before 绩效评价报告, ending in 项目");
    assertEquals("某某县水务局", p.evidence().get(ReportField.department).text());
  }

  /** h277: a third-party report on a portal, its title under the site's name and a breadcrumb trail. */
  @Test
  void rolesInASentenceNamingWhoSetTheProjectGoingAndWhoRanIt() {
    Identity p = read(DocumentFixture.named("testProjectRoles.html").paragraphs(
        "某某市某某区人民政府门户网站",
        "首页 > 政务公开 > 财政信息 > 预算绩效管理",
        "2023年某某区农村生活污水治理项目绩效评价报告",
        "一、项目概况",
        "为改善农村人居环境，某某市生态环境局某某分局2023年组织实施2023年某某区农村生活污水治理项目，由某某区农村人居环境整治服务中心具体实施，计划完成32个行政村。").build());
    assertEquals("某某市生态环境局某某分局", p.department());
    assertEquals("某某区农村人居环境整治服务中心", p.implementingUnit());
    assertEquals("2023年某某区农村生活污水治理项目", p.project(), "the site's name and the trail are no part of the title");
    // h421: a third-party report's 项目概况, "X实施…项目，由Y具体组织实施"
    Identity q = read(DocumentFixture.named("testProjectRoles.pdf").paragraphs(
        "2024年某某县文体旅游融合发展项目",
        "绩效评价报告",
        "为推动赛事与文化、体育、旅游深度融合，某某县文体广电旅游局实施2024年某某县文体旅游融合发展项目，由某某县文化旅游服务中心"
            + "具体组织实施。").build());
    assertEquals("某某县文体广电旅游局", q.department());
    assertEquals("某某县文化旅游服务中心", q.implementingUnit());
  }

  @Test
  void aSentenceWhoseUnitsAreNoOrganisationsNamesNoRoles() {
    Identity p = read(DocumentFixture.named("testProjectRoles.docx").paragraphs(
        "某某县2023年城乡供水保障项目绩效自评报告",
        "资金由财政统筹主管，乡镇分头实施。").build());
    assertNull(p.implementingUnit());
    assertNull(p.project(), "no unit carried it out: the title alone names no project");
  }

  @Test
  void aTitleNotEndingIn项目NamesNoProject() {
    assertNull(ProjectRoles.projectInTitle("某某县水务局2023年度部门整体支出绩效自评报告"));
    assertEquals("城区道路提升改造项目", ProjectRoles.projectInTitle("城区道路提升改造项目支出绩效自评表"));
    // h217: the evaluation's stage is no part of the project's name
    assertEquals("路北区2024年老旧供热管网改造项目", ProjectRoles.projectInTitle("路北区2024年老旧供热管网改造项目中期绩效评价报告"));
    assertEquals("城区排水管网改造工程", ProjectRoles.projectInTitle("城区排水管网改造工程事前绩效评估报告"));
    // h526: a whole-period evaluation's words about its period are no part of the name either
    assertEquals("某某县2022—2024年农村供水保障提升工程",
        ProjectRoles.projectInTitle("某某县2022—2024年农村供水保障提升工程实施期（2022—2024年）整体绩效评价报告"));
    // h256: the 项目 of 项目支出 is the report's kind; a title opening with the department names the project after it
    assertEquals("2023年农村公路养护工程", ProjectRoles.projectInTitle("某市交通运输局2023年农村公路养护工程项目支出绩效自评报告", "某市交通运输局"));
    assertEquals("2023年农村公路养护工程项目", ProjectRoles.projectInTitle("2023年农村公路养护工程项目项目支出绩效自评报告", "某市交通运输局"));
  }

  @Test
  void rolesNamedInTurn() {
    Identity p = read(DocumentFixture.named("testProjectRoles.docx").paragraphs(
        "城区道路提升改造项目绩效自评报告",
        "本项目主管部门为某某区住房和城乡建设局，实施单位为某某区市政工程服务中心。").build());
    assertEquals("某某区住房和城乡建设局", p.department());
    assertEquals("某某区市政工程服务中心", p.implementingUnit());
    assertEquals("城区道路提升改造项目", p.project());
  }

  @Test
  void bothRolesOneUnits() {
    // h488: "项目主管部门和实施单位均为XX局" in a third-party report's 项目基本情况
    Identity p = read(DocumentFixture.named("testBothRoles.pdf").paragraphs(
        "2024年某某县基本公共卫生服务项目",
        "绩效评价报告",
        "基本公共卫生服务项目面向全县城乡居民免费提供服务。项目主管部门和实施单位均为某某县卫生健康局，由各镇卫生院具体提供服务。").build());
    assertEquals("某某县卫生健康局", p.department());
    assertEquals("某某县卫生健康局", p.implementingUnit());
  }

  @Test
  void theOneUnitASentenceNamesInChargeOfAFund() {
    // h491: "…专项资金由XX局主管，用于支持…" in a third-party report, no unit named as carrying it out
    Identity p = read(DocumentFixture.named("testInCharge.pdf").paragraphs(
        "2024年某某县农业特色产业发展专项资金绩效评价报告",
        "2024年某某县农业特色产业发展专项资金由某某县农业农村局主管，用于支持全县肉牛、冷凉蔬菜和苗木产业发展。").build());
    assertEquals("某某县农业农村局", p.department());
    assertEquals("某某县农业农村局", p.implementingUnit());
  }

  @Test
  void theOneUnitAProjectIsRunByInItsBasicFacts() {
    // h497: "…项目由XX局组织实施，主要建设…" in a third-party report whose cover names only the commissioning bureau
    Identity p = read(DocumentFixture.named("testRunBy.pdf").paragraphs(
        "2024年某某县脐橙产业提质增效项目",
        "绩效评价报告",
        "委托单位：某某县财政局",
        "2024年某某县脐橙产业提质增效项目由某某县农业农村局组织实施，主要建设脐橙标准化种植基地。").build());
    assertEquals("某某县农业农村局", p.department());
    assertEquals("某某县农业农村局", p.implementingUnit());
  }

  @Test
  void aProjectsOwnReportLabellingItsUnitsNamesTheProjectInItsTitle() {
    // h338: 项目主管部门 and 项目实施单位 labelled, no 项目名称; the title names the project before 绩效自评报告
    Identity p = read(DocumentFixture.named("testProjectTitle.txt").paragraphs(
        "2024年某某区基本公共卫生服务项目绩效自评报告",
        "项目主管部门：某某区卫生健康委员会",
        "项目实施单位：某某区基层卫生服务指导中心",
        "一、项目基本情况").build());
    assertEquals("某某区基层卫生服务指导中心", p.implementingUnit());
    assertEquals("2024年某某区基本公共卫生服务项目", p.project());
  }
}
