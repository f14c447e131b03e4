package org.jixiao.audit.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jixiao.schema.Certainty;
import org.jixiao.schema.Finding;
import org.jixiao.schema.IndicatorRow;
import org.jixiao.schema.Severity;
import org.junit.jupiter.api.Test;

class GoalLabelCheckTest {
  private static List<Finding> check(String text) {
    return new GoalLabelCheck().check(BudgetTexts.subject(text));
  }

  @Test
  void aRepeatedLabelAndAMissingGoalIsAWarning() {
    String h39 = """
        目标1：强化食品安全监管，守牢食品安全底线\t产出指标\t数量指标\t食品抽检批次\t≥8000批次
        \t\t\t食品安全监督检查覆盖率\t100%
        目标2：优化营商环境，激发市场主体活力\t产出指标\t数量指标\t新登记市场主体\t≥5万户
        目标2：加强特种设备和产品质量安全监管\t产出指标\t数量指标\t特种设备定期检验率\t≥99%
        目标4：加强知识产权保护，提升公众满意度\t产出指标\t数量指标\t知识产权进企业专项培训\t≥20场
        """;
    List<Finding> found = check(h39);
    assertEquals(1, found.size(), found.toString());
    assertEquals(Severity.WARNING, found.get(0).severity());
    assertEquals(Certainty.HIGH, found.get(0).certainty());
    assertEquals("目标1, 目标2, 目标2, 目标4", found.get(0).stated());
    assertTrue(found.get(0).message().contains("缺少 目标3"), found.get(0).message());
  }

  @Test
  void labelsAfterTheirEnglishGlossesAreRead() {
    // h540: each goal glossed in English, the next label right after the gloss's full stop
    String goals = "年度总体目标\t目标1：建成3个检测站。Objective 1: Build 3 stations.目标2：培训1200人次以上。Objective 2: Train 1,200."
        + "目标2：人均增收800元以上。Objective 3: Raise income.目标4：农药使用量减少10%以上。Objective 4: Cut pesticide use.\n";
    List<Finding> found = check(goals);
    assertEquals(1, found.size(), found.toString());
    assertEquals("目标1, 目标2, 目标2, 目标4", found.get(0).stated());
  }

  @Test
  void oneLabelPrintedOverTwoGoalsRowsWithTheNextNumberOnNoRow() {
    // sample 002: 绩效目标9 printed again over the 交易中心 block, whose 产出…满意度 cycle starts again; no row is 绩效目标10
    String table = """
        绩效目标8	产出指标	数量指标	安全隐患排查	≥12次	12次	1	1
        	满意度指标	服务对象满意度	使用人满意度	≥95%	98%	1	1
        绩效目标9	产出指标	数量指标	话务员聘用人员	≤1030人	810人	0.6	0.6
        	满意度指标	服务对象满意度	群众对座席满意率	≥95%	98.73%	1	1
        绩效目标9	产出指标	数量指标	政府采购项目开评标数量	≥1200个	1429个	0.75	0.75
        	满意度指标	服务对象满意度	采购当事人满意度	≥95%	99%	1	1
        """;
    List<Finding> found = new GoalLabelCheck().check(RuleTestRows.subject(null, table, goalRow("绩效目标8", "产出指标", "安全隐患排查"),
        goalRow("绩效目标8", "满意度指标", "使用人满意度"), goalRow("绩效目标9", "产出指标", "话务员聘用人员"),
        goalRow("绩效目标9", "满意度指标", "群众对座席满意率"), goalRow("绩效目标9", "产出指标", "政府采购项目开评标数量"),
        goalRow("绩效目标9", "满意度指标", "采购当事人满意度")));
    assertEquals(1, found.size(), found.toString());
    assertEquals(Severity.WARNING, found.get(0).severity());
    assertEquals("绩效目标9、绩效目标10", found.get(0).recomputed());
    String carriedOver = table.replace("绩效目标9\t产出指标\t数量指标\t政府采购", "绩效目标9\t效益指标\t数量指标\t政府采购");
    assertTrue(new GoalLabelCheck().check(RuleTestRows.subject(null, carriedOver, goalRow("绩效目标9", "产出指标", "话务员聘用人员"),
        goalRow("绩效目标9", "满意度指标", "群众对座席满意率"), goalRow("绩效目标9", "满意度指标", "政府采购项目开评标数量"))).isEmpty(),
        "a goal's rows carried over a page, the label repeated, continue their cycle");
    assertTrue(new GoalLabelCheck().check(RuleTestRows.subject(null, table.replace("绩效目标8", "绩效目标10"),
        goalRow("绩效目标10", "产出指标", "安全隐患排查"), goalRow("绩效目标9", "产出指标", "话务员聘用人员"),
        goalRow("绩效目标9", "满意度指标", "群众对座席满意率"), goalRow("绩效目标9", "产出指标", "政府采购项目开评标数量")))
        .stream().noneMatch(f -> f.stated().endsWith("（两处）")), "the next number labels rows of its own: the second print is no other goal's");
  }

  private static IndicatorRow goalRow(String goal, String level1, String level3) {
    return new IndicatorRow(goal, null, level1, null, level3, null, null, null, null, null, null, null, null, null, null, null,
        java.util.Map.of(), List.of());
  }

  @Test
  void goalHeadingsAfterOutlineNumbersWithTheirTablesCaptionsAreOneListEach() {
    // h532: one indicator table per goal under a heading （N）目标X：…, its caption 表N　目标X：…指标完成情况 repeating the label
    String report = """
        三、绩效目标完成情况
        （一）目标一：提升基本公共卫生服务均等化水平
        表2　目标一：提升基本公共卫生服务均等化水平指标完成情况
        （二）目标二：加强疾病预防控制和妇幼健康服务
        表3　目标二：加强疾病预防控制和妇幼健康服务指标完成情况
        （三）目标三：推进县域医共体和基层医疗机构能力建设
        表4　目标三：推进县域医共体和基层医疗机构能力建设指标完成情况
        （四）目标三：提高群众就医获得感和满意度
        表5　目标三：提高群众就医获得感和满意度指标完成情况
        """;
    List<Finding> found = check(report);
    assertEquals(1, found.size(), found.toString());
    assertEquals(Severity.WARNING, found.get(0).severity());
    assertEquals("目标一, 目标二, 目标三, 目标三", found.get(0).stated());
    assertTrue(check(report.replace("（四）目标三", "（四）目标四").replace("表5　目标三", "表5　目标四")).isEmpty(),
        "each goal's heading and caption are one goal");
  }

  @Test
  void bracketedNumeralsInAGoalBlocksCellsAreOneListPerCell() {
    // h427: 全年预期目标 （一）–（四）, 全年实际完成情况 （一）（二）（四）（五）, the block's first cell merged down
    String block = "年度总体目标\t全年预期目标\t全年实际完成情况\n"
        + "\t（一）统筹安排衔接资金24980万元； （二）新建农村道路45公里以上； （三）开展技能培训3000人次以上； （四）满意度达90%以上。"
        + "\t（一）全年支出衔接资金24337.84万元； （二）新建农村道路46.3公里； （四）开展技能培训3126人次； （五）满意度95.6%。\n";
    List<Finding> found = check(block);
    assertEquals(1, found.size(), found.toString());
    assertEquals("（一）, （二）, （四）, （五）", found.get(0).stated());
    assertEquals("（一）, （二）, （三）, （四）", found.get(0).recomputed());
    assertEquals(Severity.WARNING, found.get(0).severity());
    assertTrue(check("一、部门概况\n（一）主要职能。\n（三）人员情况。\n").isEmpty(), "a report's own headings are no goal list");
  }

  @Test
  void anAccountsVerdictIsNoWordingOfItsGoal() {
    // h369: "目标三：基本实现。" twice, the goals told apart by the sentence after the verdict
    String account = """
        四、绩效目标实现情况
        目标一：已实现。新建集中供水工程14处，新建及改造供水管网386.5公里。
        目标二：已实现。农村自来水普及率96.2%，水质达标率93.4%。
        目标三：基本实现。受益人口4.62万人，受益群众满意度88.6%。
        目标三：基本实现。工程长效管护机制已建立，但部分村级管护员未落实到位。
        """;
    List<Finding> found = check(account);
    assertEquals(1, found.size(), found.toString());
    assertEquals(Severity.WARNING, found.get(0).severity());
    assertEquals("目标一, 目标二, 目标三, 目标三", found.get(0).stated());
    // one goal's verdict printed on two lines with the same sentence is one goal
    assertTrue(check("目标一：已实现。新建工程14处。\n目标二：基本实现。普及率96.2%。\n目标二：基本实现。普及率96.2%。\n").isEmpty());
  }

  @Test
  void goalsOfOneCellJoinedByBlanksAreEachRead() {
    // h296: a spreadsheet cell's lines joined by blanks, each goal's wording long enough to run into the next label
    String cell = "目标一：新建生态茶园5000亩以上，实施茶园绿色防控2万亩，扶持30家茶企初制所标准化改造 "
        + "目标二：开展茶农技术培训1500人次，茶叶质量安全抽检合格率98%以上 目标二：茶产业综合产值增长6%以上，项目区茶农户均增收1800元以上 "
        + "目标四：茶园化肥使用量减少5%以上，受益茶农满意度90%以上";
    String done = "目标一：新建生态茶园5120亩，实施绿色防控2.06万亩，完成30家初制所标准化改造 目标二：培训茶农1426人次，抽检合格率99.6% "
        + "目标三：综合产值增长7.2%，户均增收1950元，带动脱贫户和监测户836户增收 目标四：化肥使用量减少5.8%，受益茶农满意度93.5%";
    List<Finding> found = check("年度总体目标\t预期目标\t实际完成情况\n\t" + cell + "\t" + done + "\n");
    assertEquals(1, found.size(), found.toString());
    assertEquals("目标一, 目标二, 目标二, 目标四", found.get(0).stated());
  }

  @Test
  void aListRestartedInsideOneBlockOfGoalsIsOneListWithALabelWrong() {
    // h359: Word's numbering of the fourth goal restarted by a second list: 目标1, 2, 3, 1 on consecutive lines
    String text = "2024年本部门整体支出设定以下四项年度绩效目标：\n目标1：提升基本公共卫生服务水平。\n目标2：增强基层医疗服务能力。\n"
        + "目标3：巩固疾病预防控制成效。\n目标1：持续提升妇幼健康服务水平。\n三、部门预算执行情况\n";
    List<Finding> found = check(text);
    assertEquals(1, found.size(), found.toString());
    assertEquals(Severity.WARNING, found.get(0).severity());
    // a second list after other text is a list of its own
    assertTrue(check(text.replace("目标1：持续", "各项目标完成情况如下。\n目标1：持续")).isEmpty());
  }

  @Test
  void goalsOutOfOrderAreInfo() {
    String h44 = """
        目标一：繁荣公共文化服务\t产出指标\t数量指标\t公共图书馆年流通人次\t≥120万人次
        目标三：推动文旅产业高质量发展\t产出指标\t数量指标\t接待游客人次\t≥3000万人次
        目标二：加强文物保护利用\t产出指标\t数量指标\t文物保护单位安全巡查\t≥12次
        """;
    List<Finding> found = check(h44);
    assertEquals(1, found.size(), found.toString());
    assertEquals(Severity.INFO, found.get(0).severity());
    assertEquals(Certainty.LOW, found.get(0).certainty());
    assertEquals("目标一, 目标三, 目标二", found.get(0).stated());
  }

  @Test
  void anOrderedListRowLabelsAndAListPrintedTwiceAreSilent() {
    // 000: the goals inline in one cell
    assertTrue(check("履职\t负责全省一体化在线政务服务平台。目标1：保障江苏省一体化政务服务平台运行。 目标2：保障基础应用系统软件及时更新与维护。 "
        + "目标3：保障江苏一体化政务服务平台安全。 目标4：全省视频会议系统省级平台正常运行。").isEmpty());
    // 002: the goal label repeated on each row of the goal
    assertTrue(check("绩效目标5\t产出指标\t数量指标\t综合窗口培训次数\t≥50次\n绩效目标5\t效益指标\t社会效益指标\t政务服务好评率\t≥90%\n"
        + "绩效目标6\t产出指标\t数量指标\t对接金融机构数量\t≥2家\n").isEmpty());
    // the goals listed in the 年度目标 block and again over the indicator rows
    assertTrue(check("目标1：提升基层医疗卫生服务能力\n目标2：做好公共卫生\n目标1：提升基层医疗卫生服务能力\t产出指标\n目标2：做好公共卫生\t产出指标\n").isEmpty());
  }

  @Test
  void oneLabelOnTwoGoalsOfATwoColumnGoalBlockIsAWarningAndRenumbers() {
    // a plain export: label | goal text lines, then the indicator grid whose rows carry the labels again
    String export = """
        年度绩效目标
        目标1\t完成人工造林3000亩，造林成活率85%以上。
        目标2\t苗木检验合格率100%，春季造林5月底前完成。
        目标2\t每亩苗木采购成本控制在600元以内。
        目标3\t落实管护责任，受益群众满意度90%以上。
        绩效目标\t一级指标\t二级指标\t三级指标
        目标1\t产出指标\t数量指标\t人工造林面积
        目标1\t产出指标\t质量指标\t造林成活率
        目标2\t产出指标\t成本指标\t每亩苗木采购成本
        """;
    List<Finding> found = check(export);
    assertEquals(1, found.size(), found.toString());
    assertEquals(Severity.WARNING, found.get(0).severity());
    assertEquals(Certainty.HIGH, found.get(0).certainty());
    assertEquals("目标1, 目标2, 目标2, 目标3", found.get(0).stated());
    assertEquals("目标1, 目标2, 目标3, 目标4", found.get(0).recomputed());
  }

  @Test
  void aLabelRepeatedWithNoWordingToTellTheGoalsApartIsInfo() {
    List<Finding> found = check("目标1\t产出指标\t数量指标\t培训人次\n目标2\t产出指标\t数量指标\t检查次数\n"
        + "目标3\t效益指标\t社会效益\t覆盖率\n目标2\t满意度指标\t满意度\t群众满意度\n");
    assertEquals(1, found.size(), found.toString());
    assertEquals(Severity.INFO, found.get(0).severity());
  }

  @Test
  void goalsEnumeratedByOrdinalsInTheGoalBlockMustNotSkipOne() {
    // h165's family: 年度绩效目标 | 一是…；二是…；四是…
    List<Finding> f = check("年度绩效目标\t一是完成30座小型水库除险加固；二是完成120口山塘维修养护；四是落实管护经费，确保安全度汛。\t\t\n"
        + "目标完成情况\t全年完成28座小型水库除险加固。\n");
    assertEquals(1, f.size(), f.toString());
    assertEquals(Severity.WARNING, f.get(0).severity());
    assertEquals("一是、二是、四是", f.get(0).stated());
    assertEquals("一是、二是、三是", f.get(0).recomputed());
    assertTrue(check("年度目标：一是完成验收；二是完成养护；三是确保度汛。\n").isEmpty());
    // ordinals in prose outside a goal block are other lists, not goals
    assertTrue(check("存在问题：一是进度偏慢；三是资料不全。\n").isEmpty());
  }

  @Test
  void aGoalsBracketedTitleIsItsWording() {
    // h323: goals titled by the duty they serve, the third labelled 目标二 again
    String text = """
        目标一（安全生产监督管理）：开展安全生产执法检查1200家次以上。完成情况：执法检查1268家次。
        目标二（应急救援）：应急救援队伍训练演练24次以上。完成情况：训练演练24次。
        目标二（防灾减灾救灾）：创建综合减灾示范社区3个。完成情况：创建3个。
        """;
    List<Finding> found = check(text);
    assertEquals(1, found.size(), found.toString());
    assertEquals(Severity.WARNING, found.get(0).severity());
    assertEquals(Certainty.HIGH, found.get(0).certainty());
    assertEquals(List.of(), check(text.replace("目标二（防灾", "目标三（防灾")));
  }

  @Test
  void circledLabelsOfTheResultsThatSkipAGoalAreAWarning() {
    // h342: the 预期目标 numbers its goals ①–④, the 实际完成情况 beside it ①, ②, ②, ④
    String block = "年度总体目标\t预期目标\t①新建高标准农田3.2万亩；②配套建设田间道路48公里；③粮食亩均增产50公斤；④建立管护机制。\n"
        + "\t实际完成情况\t①建成高标准农田3.26万亩；②建成田间道路46.5公里；②粮食亩均增产58公斤；④管护机制基本建立。\n";
    List<Finding> found = check(block);
    assertEquals(1, found.size(), found.toString());
    assertEquals(Severity.WARNING, found.get(0).severity());
    assertEquals("①、②、②、④", found.get(0).stated());
    assertEquals(List.of(), check(block.replace("；②粮食", "；③粮食")), "both lists in order");
  }
  @Test
  void theAccountOfEachGoalsCompletionIsLabelledToo() {
    // h353: the goals labelled 目标1 … 目标4, their completion 目标1完成情况, 目标2完成情况, 目标2完成情况, 目标4完成情况
    String goals = "目标1：全年开展安全生产执法检查260家次以上。\n目标2：补充应急物资3200件（套）。\n"
        + "目标3：森林草原火灾受害率控制在0.9‰以内。\n目标4：完善应急管理长效机制。\n";
    String done = "目标1完成情况：开展执法检查284家次。\n目标2完成情况：补充应急物资3060件（套）。\n"
        + "目标2完成情况：森林草原火灾受害率0.2‰。\n目标4完成情况：应急管理长效机制基本健全。\n";
    List<Finding> found = check(goals + done);
    assertEquals(1, found.size(), found.toString());
    assertTrue(check(goals + done.replace("目标2完成情况：森林", "目标3完成情况：森林")).isEmpty());
  }
}
