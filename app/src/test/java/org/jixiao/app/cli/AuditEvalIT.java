package org.jixiao.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.schema.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jixiao eval --findings} on the real samples against their expected findings judged by hand
 * ({@code corpus-samples/findings}). The floors are today's figures: a change that loses a matched
 * problem or adds false alarms fails here; one that gains raises them.
 */
class AuditEvalIT extends CliRun {
  @TempDir Path tmp;

  @Test
  void theSamplesAgainstTheirExpectedFindings() throws IOException {
    Path samples = PipelineVerbsIT.samples();
    assertEquals(ExitCodes.OK, run("eval", "--json", "--findings", samples.resolve("findings").toString(), samples.toString()));
    JsonNode e = Json.mapper().readTree(out.toString());
    JsonNode total = e.get("total");
    assertEquals(19, total.get("documents").asInt(), "every format of the five samples is a document");
    // the expected side is fixed by the findings files: 5 stems × their formats
    assertEquals(65, total.get("expectedHigh").asInt());
    assertEquals(129, total.get("expectedHighMedium").asInt());
    // ratchets at the figures of issue 10 (docs/EVALUATION.md): raise them, never lower them
    assertTrue(total.get("foundHigh").asInt() >= 65, total.toString());
    assertTrue(total.get("falseAlarms").get("ERROR").asInt() <= 0, total.toString());
    assertTrue(total.get("falseAlarms").get("WARNING").asInt() <= 0, total.toString());
    assertTrue(total.get("falseAlarms").get("INFO").asInt() <= 4, total.toString());
    assertTrue(total.get("duplicates").get("ERROR").asInt() + total.get("duplicates").get("WARNING").asInt() == 0, total.toString());
    assertTrue(total.get("precisionErrorWarning").asDouble() >= 0.999, total.toString());
    // 3.21 since 002's 绩效目标9 over two goals' rows is found (five WARNINGs, each a finding the samples expect)
    assertTrue(total.get("warningPlusPerDocument").asDouble() <= 3.22, total.toString());
    assertTrue(total.get("infoPerDocument").asDouble() <= 2.9, total.toString());

    // 004 prints （2-3）/3*100%=-3.3% and 358/207*100%=17%: both FORMULA findings answered in every
    // format, and 编制数16人（行政编制8人，事业编制6人） by BreakdownSumCheck
    for (JsonNode d : e.get("documents")) {
      if (d.get("label").asText().startsWith("004_")) {
        assertEquals(3, d.get("matched").get("ERROR").asInt(), d.toString());
        assertEquals(0, d.get("falseAlarms").get("ERROR").asInt(), d.toString());
      }
    }
    // 003's "6.采购管理 该二级指标满分2分，得分2分，得分率50.00%" (表5-2: 2 | 1 | 50.00%) is answered as the
    // score that differs (SAME_FIGURE_DIFFERS, ERROR) in every format, its ProseSubtotalCheck twin merged into it
    for (JsonNode d : e.get("documents")) {
      if (d.get("label").asText().startsWith("003_")) {
        assertEquals(0, d.get("falseAlarms").get("ERROR").asInt(), d.toString());
        assertEquals(0, d.get("duplicates").get("WARNING").asInt(), d.toString());
      }
    }
    // NarrativeNotDoneCheck answers 004's "未完成事前绩效评估工作。（设置分值1分，得1分）" in every format
    for (JsonNode p : e.get("problems")) {
      for (JsonNode m : p.get("misses")) {
        assertTrue(!m.get("kind").asText().equals("NARRATIVE_NOT_DONE_FULL_MARKS"), p.get("file") + ": " + m);
      }
    }
    assertTrue(e.get("withoutExpected").isEmpty() && e.get("failed").isEmpty(), e.toString());
  }

  /**
   * Round 53's families (twelfth session), every expected finding found and no false alarm: a 合计 line printing each
   * expert's total between its mark and its score, bands with their grades in quotes (h319); weights in the names' notes
   * under "三级指标（分值）" and on the fund line (h321); a spending-by-quarter table, its periods against the year and its
   * running rate against the budget (h322); a table by duties and work activities with a 小计 per duty, goals titled by
   * their duty, a count named by what it counts (h323); a reviewer's score after the report's own on the 合计 line
   * (h279), whose total stays the report's; round 54's deductions in a table of their own (h327) and rules on a
   * 100-point scale whose scores are weighted afterwards (h328), and scores by bands of a 偏差率 column the report
   * defines, the column recomputed and the bands' overlap at a bound (h325), and targets, actuals and prose in two units
   * of one measure (h324); round 55's this year's columns of a project over several years and its fund lines (h330),
   * a township's one-line items (h331), dotted outline codes (h332) and a blank 得分 beside its 扣分 (h333).
   */
  @Test
  void theTwelfthSessionsFamiliesAreFoundOnceAndOnlyThem() throws IOException {
    JsonNode total = heldOutFindings("h319_wutongqiao_wenlv.pdf", "h320_xuanhua_minzheng.xlsx", "h321_duodao_nongye.docx",
        "h322_linwei_jiaotong.html", "h323_feicheng_yingji.txt", "h279_shangluo_wenlv.xlsx", "h327_linghe_shichang.html",
        "h328_fumian_shuili.txt", "h325_tongshan_weijian.docx", "h324_huaiyin_jiaotong.xlsx", "h330_yongqiao_shuili.xlsx",
        "h331_fangang_zhen.txt", "h332_yulin_jiedao.html", "h333_beihu_renshe.pdf").get("total");
    assertEquals(total.get("expectedHigh").asInt(), total.get("foundHigh").asInt(), total.toString());
    assertEquals(0, total.get("falseAlarms").get("ERROR").asInt() + total.get("falseAlarms").get("WARNING").asInt(), total.toString());
  }

  /**
   * Families fixed in the thirteenth session, every expected finding found and no false alarm: round 56's table of a
   * department's graded projects and its misprinted 合计 (h334), targets adjusted mid-year and the note that adjusts them
   * (h335), a budget by 支出功能分类科目 (h336), a third-party report's questionnaire (h337), a table of rates by 分子 and
   * 分母 and a later clause on an unfinished task (h338); a figure in the prose with two digits swapped, however the clause
   * words the indicator (h171, h182, h187, h216, h283), and a two-line record under a two-row header (h315).
   */
  @Test
  void theThirteenthSessionsFamiliesAreFoundOnceAndOnlyThem() throws IOException {
    JsonNode total = heldOutFindings("h334_jiangjin_nongye.pdf", "h335_jiutai_jiaotong.xlsx", "h336_hanjiang_renshe.html",
        "h337_yandu_minzheng.docx", "h338_yanshi_weijian.txt", "h171_changzhou_jiaoyu.pdf", "h182_lizhou_minzheng.html",
        "h187_pinggui_minzheng.html", "h216_yizhou_minzheng.xlsx", "h283_meihekou_minzheng.txt", "h315_zengdu_nongye.xlsx")
        .get("total");
    assertEquals(total.get("expectedHigh").asInt(), total.get("foundHigh").asInt(), total.toString());
    assertEquals(0, total.get("falseAlarms").get("ERROR").asInt() + total.get("falseAlarms").get("WARNING").asInt(), total.toString());
  }

  /**
   * Round 57 (full-width figures, a nested 子项 table, sums carried over pages, circled codes restarting in every group,
   * ditto marks) raises no false alarm and has all fifteen of its findings found, those inside the tables nested in a
   * Word cell among them (h340: a 合计 of schools, a 子项 scored against its own rule).
   */
  @Test
  void roundFiftySevenRaisesNoFalseAlarm() throws IOException {
    assertAllFifteenFoundWithoutFalseAlarm("h339_suxian_shuili.html", "h340_jialing_jiaoyu.docx", "h341_yuechi_minzheng.pdf",
        "h342_zhanyi_nongye.xlsx", "h343_ganchahe_zhengfu.txt");
  }

  /** A round's five files: its fifteen planted findings all found, no false ERROR or WARNING. */
  private void assertAllFifteenFoundWithoutFalseAlarm(String... files) throws IOException {
    assertEquals(15, assertFoundWithoutFalseAlarm(15, files).get("expectedHigh").asInt());
  }

  /** No ERROR or WARNING false alarm on {@code files}, and {@code found} of their HIGH findings found; their totals. */
  private JsonNode assertFoundWithoutFalseAlarm(int found, String... files) throws IOException {
    JsonNode total = heldOutFindings(files).get("total");
    assertEquals(0, total.get("falseAlarms").get("ERROR").asInt() + total.get("falseAlarms").get("WARNING").asInt(), total.toString());
    assertEquals(found, total.get("foundHigh").asInt(), total.toString());
    return total;
  }

  /**
   * Round 58 (Word smart tags, a PDF corrected with white-outs and typewriter notes, a workbook's revisions marked by
   * strike-through, a portal page saved in 繁體, a form's conclusion in a text box) has all fifteen findings found and no
   * false alarm: each file is read as it shows.
   */
  @Test
  void roundFiftyEightIsReadAsItShows() throws IOException {
    assertAllFifteenFoundWithoutFalseAlarm("h344_taigu_jiaotong.docx", "h345_xishui_yiyuan.pdf", "h346_huitong_linchang.xlsx",
        "h347_kaiping_wenlv.html", "h348_shuangta_jiedao.xlsx");
  }

  /**
   * Round 59 (check boxes typed as Wingdings symbols, weights as percentages within each 一级, a sheet printed with its
   * row and column headings and gridlines, custom number formats, collapsible sections) has all fifteen findings found
   * and no false alarm: shares of a group's points are read as points, lines a white fill paints over are hidden.
   */
  @Test
  void roundFiftyNineIsReadAsItShows() throws IOException {
    assertAllFifteenFoundWithoutFalseAlarm("h349_laishui_weijian.docx", "h350_lingui_shiyanzhongxue.ods",
        "h351_yinkeng_zhengfu.pdf", "h352_wangkui_nongji.xlsx", "h353_shiguai_yingji.html");
  }

  /**
   * Round 68 (an XPS document, an XLSX laid out in two blocks side by side, a PDF whose pages are stored out of order,
   * floating tables in a DOCX, a budget system's flat export) raises no false alarm and finds all fifteen: h395's account
   * of what was done against its row (16座 / 18座) is compared; h394's late works in the 实际完成值 cell, reported as a
   * target missed at full marks, answer the colleague's narrative kind (one problem, shown by figures or by words).
   */
  @Test
  void roundSixtyEightIsReadAsItShows() throws IOException {
    assertFoundWithoutFalseAlarm(15, "h394_fengning_zhengfu.xps", "h395_ningdu_shuili.xlsx", "h396_mengyin_weijian.pdf",
        "h397_donglan_wenlv.docx", "h398_tianzhu_minzheng.xlsx");
  }

  /**
   * Round 69 (an encrypted PDF, a linearized PDF, an EPUB of three project reports, a macro-enabled DOCM and XLSM) has
   * all fifteen findings found and no false alarm: a band paying more than the row's weight is no error in the score it
   * caps, and "完成率×分值" on a rate row may be read as the rate's share of its target.
   */
  @Test
  void roundSixtyNineIsReadAsItShows() throws IOException {
    assertAllFifteenFoundWithoutFalseAlarm("h399_gaotai_weijian.pdf", "h400_pucheng_shuili.pdf",
        "h401_tongjiang_xiangmu.epub", "h402_binchuan_nongye.docm", "h403_jiuzihe_zhengfu.xlsm");
  }

  /**
   * Round 71 (a Mongolian, a Korean and a Yi bilingual form, a phone photo of a printed form, a 公众号 picture in WebP)
   * has all fifteen found and no false alarm: the photo's two misread spending figures (1163.52 read "1635.52", 72.36
   * read "72236") each break their own line's rate as well as the sum, and are taken for misreadings, not findings;
   * h410's 数字展厅, counted built but, the goal block says, not accepted by the year's end, is found.
   */
  @Test
  void roundSeventyOneIsReadAsItShows() throws IOException {
    assertAllFifteenFoundWithoutFalseAlarm("h409_xiwuqi_weijian.docx", "h410_helong_wenlv.xlsx", "h411_zhaojue_nongye.html",
        "h412_tongwei_nongye.jpg", "h413_taishun_minzheng.webp");
  }

  /**
   * Round 72 (a Kazakh / Chinese PDF, a Big5 portal page, an old portal's GIF, a page kept in a WARC, an Excel print with
   * its comments after the sheet) raises no false alarm and finds fourteen of its fifteen. One figure of the GIF's budget
   * block is read with a confidence of 17: since the twenty-fifth session that figure alone is left out of the audit (a
   * misreading is no finding) and the block's others are judged. The one left is its rule "实际完成值÷年度指标值×分值",
   * recognized as "…二…光分值".
   */
  @Test
  void roundSeventyTwoIsReadAsItShows() throws IOException {
    assertFoundWithoutFalseAlarm(14, "h414_tekesi_nongye.pdf", "h415_jinjiang_minzheng.html", "h416_jiangyong_jiaoyu.gif",
        "h417_luochuan_nongye.warc.gz", "h418_wuzhi_shuili.pdf");
  }

  /**
   * Round 73 (a form attached to an .eml, a platform's screenshot, a report with an A3 fold-out, a scanned Uyghur /
   * Chinese form, a report in two newspaper columns) raises no false alarm and finds all fifteen: the screenshot's
   * borderless tables and the scan's bilingual labels are read since the twenty-first session, and the scan's 基本支出
   * overspend since the twenty-fifth, when a figure read at low confidence stopped withholding the whole budget.
   */
  @Test
  void roundSeventyThreeIsReadAsItShows() throws IOException {
    assertFoundWithoutFalseAlarm(15, "h419_laifeng_nongye.eml", "h420_sheyang_weijian.png", "h421_rongjiang_wenlv.pdf",
        "h422_moyu_shuili.pdf", "h423_qimen_linye.docx");
  }

  /**
   * Round 74 (a hand-filled form scanned as a compact MRC PDF, a 部门决算 publication with the 自评表 as its 附件, a Hubei
   * six-dimension form with worked formulas, a transfer payment's 区域绩效自评表, a mobile portal page of cards) raises no
   * false alarm and finds thirteen of its fifteen: the hand-filled scan's handwritten figures are not read. The 决算's
   * 项目支出 against the 自评表's, two digits swapped, is found since the twenty-fifth session (`TransposedAmounts`).
   */
  @Test
  void roundSeventyFourIsReadAsItShows() throws IOException {
    assertFoundWithoutFalseAlarm(13, "h424_guangnan_nongye.pdf", "h425_fuping_minzheng.pdf", "h426_zigui_wenlv.docx",
        "h427_pengyang_xiangcun.xlsx", "h428_wuhua_shuiwu.html");
  }

  /**
   * Round 75 (a mail-merge main document, a phone scanner app's PDF, a 预决算公开平台 page, a tagged PDF, a VLOOKUP template
   * workbook) raises no false alarm and finds twelve of its fifteen: the phone scan's 总分 and a target-met row are lost
   * to its misread scores, and its breakdown's sum, read at confidences 18–45 with no line's rate to confirm it, is no
   * finding on a scan (since the thirty-first session, when a scan whose rows the gate withheld stayed a scan).
   */
  @Test
  void roundSeventyFiveIsReadAsItShows() throws IOException {
    assertFoundWithoutFalseAlarm(12, "h429_danling_nongye.docx", "h430_jianchuan_weijian.pdf", "h431_tiantai_jiaotong.html",
        "h432_kangxian_nongye.pdf", "h433_lingyun_jiaoyu.xlsx");
  }

  /**
   * Round 76 (a 绩效管理系统's report printed by wkhtmltopdf, a scanned photocopy, a workbook with scratch work beside
   * its print area, a PDF converter's DOCX, an online preview of a Writer HTML export) raises no false alarm and finds
   * fourteen of its fifteen: the photocopy's 项目完成及时率 rule, printed in its 说明, is not applied.
   */
  @Test
  void roundSeventySixIsReadAsItShows() throws IOException {
    assertFoundWithoutFalseAlarm(14, "h434_xunwu_weijian.pdf", "h435_keshan_nongye.pdf", "h436_luxi_minzheng.xlsx",
        "h437_mizhi_nongye.docx", "h438_guangze_linye.html");
  }

  /**
   * Round 77 (a 人大常委会 meeting paper, a 财政局's 反馈函, a form with an evidence column, a tabbed portal page hiding last
   * year's form, a stapled scan with a 骑缝章) raises no false alarm and finds fourteen of its fifteen: the scan's
   * overlapping bands in its 说明 are not tied to their row.
   */
  @Test
  void roundSeventySevenIsReadAsItShows() throws IOException {
    assertFoundWithoutFalseAlarm(14, "h439_huantai_jiaoti.docx", "h440_longhui_shuili.pdf", "h441_pengxi_weijian.xlsx",
        "h442_yixian_wenlv.html", "h443_nanzhao_linye.pdf");
  }

  /**
   * Round 78 (a consultation draft with Word's line numbers, a portal's 图解 page of number cards, a 项目 form under a
   * 呈批件, an interview's transcript, a traffic-light workbook) raises no false alarm and finds fifteen of its fifteen;
   * it found eleven at first sight (the cards' figure and 得分率, a growth rate over "没有一名", a 二级 rule's gap missed).
   */
  @Test
  void roundSeventyEightIsReadAsItShows() throws IOException {
    assertFoundWithoutFalseAlarm(15, "h444_linqu_nongye.pdf", "h445_liuba_wenlv.html", "h446_jinping_linye.docx",
        "h447_shangcheng_jiaoyu.html", "h448_yingshan_nongye.xlsx");
  }

  /**
   * Round 79 (a finance bureau's own 重点绩效评价 report, a 项目 form with 成本指标 as a 一级 group, a school's 单位整体 form,
   * a reply to a 政协 proposal, a Party organ's form) raises no false alarm and finds all fifteen: h450's cost-overrun
   * rule in its 说明 (成本指标 … 每超出1%扣0.5分) rules the 一级 group's ceilings since the twenty-fourth session; h452's
   * reply tells of a bridge left unfinished in a sentence set up about the row's short name (since the thirty-first).
   */
  @Test
  void roundSeventyNineIsReadAsItShows() throws IOException {
    assertFoundWithoutFalseAlarm(15, "h449_changting_weijian.pdf", "h450_dunhua_nongye.xlsx", "h451_yuexi_jiaoyu.docx",
        "h452_hefeng_jiaotong.html", "h453_tongbai_zuzhi.pdf");
  }

  /**
   * Round 80 (an accounting firm's 评价报告 under its own number, a PDF-to-Excel conversion, a 承诺书 before a 项目 form, a
   * UEditor CMS page, a portal page printed from a browser) raises no false alarm and finds fifteen of its fifteen, as it
   * did at first sight.
   */
  @Test
  void roundEightyIsReadAsItShows() throws IOException {
    assertFoundWithoutFalseAlarm(15, "h454_suining_jiaotong.pdf", "h455_jiaoling_weijian.xlsx", "h456_yongxin_nongye.docx",
        "h457_dingnan_wenlv.html", "h458_xixian_shuili.pdf");
  }

  /**
   * Round 81 (a 报批稿 with the experts' opinions and a 修改情况对照表, a 专项债券 form, a prose report with a table of the
   * deducted indicators, a DataTables grid on a 预决算公开 platform, a phone photo of a village notice board) raises no false
   * alarm and finds thirteen of its fifteen; it found twelve at first sight (the 总投资 beside its parts in one header
   * line). The photo's other two are lost to the recognizer's reading of its digits.
   */
  @Test
  void roundEightyOneIsReadAsItShows() throws IOException {
    assertFoundWithoutFalseAlarm(13, "h459_xianfeng_nongye.docx", "h460_wangqing_zhujian.xlsx", "h461_wutai_minzheng.pdf",
        "h462_jiayin_nongye.html", "h463_zhashui_xiangcun.jpg");
  }

  /**
   * Round 82 (a 政府购买服务 项目 form with its contract block, a 依申请公开 reply with the 自评表 as its 附件, a policy's
   * third-party evaluation, a 部门整体 workbook with its budget by unit, a 自评 and 整改 report) raises no false alarm and
   * finds fourteen of its fifteen; it found thirteen at first sight (a growth over a year of 0 stated in a sentence). The
   * one left is a 公示率 at 100% beside prose saying two 乡镇 did not post the list, which names the row in other words.
   */
  @Test
  void roundEightyTwoIsReadAsItShows() throws IOException {
    assertFoundWithoutFalseAlarm(14, "h464_chongyi_minzheng.docx", "h465_wuchuan_jiaotong.html", "h466_tancheng_nongye.pdf",
        "h467_sangzhi_weijian.xlsx", "h468_cangxi_jiaoyu.pdf");
  }

  /**
   * Round 83 (a duplex scan with show-through, a joint 专项资金 form of several departments, a finance bureau's list of
   * results with one department's form, an evaluation's result put up for objections, a township's 一事一议 report)
   * finds all fifteen; it found ten at first sight (the scan's findings all withheld for three figures read at low
   * confidence, an acceptance outstanding blamed on the works' row, the list's score not compared). One WARNING the
   * expected findings do not
   * list: h471's 药品抽检合格率 scored 4 by a flat "扣2分" where the 说明's proportional rule gives 5.91, the same
   * disagreement h473's expected findings plant as RULE_SCORE (h471's MANIFEST computes the 5.91 itself).
   */
  @Test
  void roundEightyThreeIsReadAsItShows() throws IOException {
    JsonNode total = heldOutFindings("h469_midu_shuiwu.pdf", "h470_jingxian_nongye.docx", "h471_dongzhi_shijian.xlsx",
        "h472_xiushui_wenlv.html", "h473_pingwu_nanba.pdf").get("total");
    assertEquals(0, total.get("falseAlarms").get("ERROR").asInt(), total.toString());
    assertEquals(1, total.get("falseAlarms").get("WARNING").asInt(), total.toString());
    assertEquals(15, total.get("foundHigh").asInt(), total.toString());
  }

  /**
   * Round 84 (a PPP project's 运营期 evaluation, a 福利彩票公益金 项目 form, a 社会保险基金's form with its 基金收支 block, a
   * 残联's 部门整体 form, a prose report on a 东西部协作 project) raises no false alarm and finds its fourteen HIGH findings;
   * it found eleven at first sight with five false alarms, all on the fund's block (income above its budget taken for
   * overspending, the income total's misprint taken for a wrong rate).
   */
  @Test
  void roundEightyFourIsReadAsItShows() throws IOException {
    assertFoundWithoutFalseAlarm(14, "h474_xiangshui_zhujian.pdf", "h475_baojing_minzheng.docx", "h476_qingyun_renshe.xlsx",
        "h477_taijiang_canlian.html", "h478_sandu_nongye.docx");
  }

  /**
   * Round 85 (a 国有资本经营预算 project's form, a 开发区管委会's form with a 评分标准 column, a university team's third-party
   * report, a hospital's 单位整体 form, a prose 以奖代补 project report) finds all fifteen without a false alarm; at first
   * sight it found twelve with one false ERROR (a budget row's rule with 不足1个百分点按比例计算 read three ways, and called
   * another kind), missing a quantity times its unit price and a deadline task the prose names action first.
   */
  @Test
  void roundEightyFiveIsReadAsItShows() throws IOException {
    assertFoundWithoutFalseAlarm(15, "h479_panan_guozi.xlsx", "h480_wangcang_kaifaqu.html", "h481_pianguan_shuili.pdf",
        "h482_menyuan_yiyuan.docx", "h483_liangdang_jiaotong.pdf");
  }

  /**
   * Round 86 (a colour scan marked with a highlighter, a portal's 更正公告 with the corrected form, a workbook compared
   * with last year, a court's 自评报告, a final third-party report with its 意见采纳 table) finds fourteen of fifteen. Its
   * two WARNING false alarms are both on the scan, where 8 was read as 5 with confidence enough to be trusted (issue 11;
   * a third, on a target whose ≥90% was read ≥9%, went when such a target stopped scoring its row); the one missed is
   * that scan's execution rate, its budget figures read below the confidence the audit trusts. At first sight it had
   * sixteen false alarms (last year's actuals taken for this year's).
   */
  @Test
  void roundEightySixIsReadAsItShows() throws IOException {
    JsonNode total = heldOutFindings("h484_kelan_nongye.pdf", "h485_ningshan_jiaotong.html", "h486_dongkou_linye.xlsx",
        "h487_mojiang_fayuan.docx", "h488_zhenba_weijian.pdf").get("total");
    assertEquals(0, total.get("falseAlarms").get("ERROR").asInt(), total.toString());
    assertEquals(2, total.get("falseAlarms").get("WARNING").asInt(), total.toString());
    assertEquals(14, total.get("foundHigh").asInt(), total.toString());
  }

  /**
   * Round 87 (a 信创 ODT 项目 form with a 指标完成率 column, a workbook with its budget by 经济分类 too, a 因素法 fund's
   * third-party report, a 表式 report page, a report by 部门职责 and 工作活动) finds all fourteen HIGH findings without a
   * false alarm; it found twelve at first sight (a rule the 说明 composes from a rate it defines, 指标完成率＝实际完成值÷
   * 年度指标值 then 三级指标得分＝分值×指标完成率; a centre 建成运营 not yet running).
   */
  @Test
  void roundEightySevenIsReadAsItShows() throws IOException {
    assertFoundWithoutFalseAlarm(14, "h489_yonghe_shuili.odt", "h490_huanren_wenlv.xlsx", "h491_jingyuan_nongye.pdf",
        "h492_leye_jiaoyu.html", "h493_ninghua_minzheng.docx");
  }

  /**
   * Round 88 (an archived copy of a 部门整体 form scanned, a 项目 workbook whose rules stand on a second sheet 评分细则 keyed by
   * 指标编号, a 气象局's report with a 全年较年初增减率 column, a third-party report with a 否决项 / 扣分项 block, a 以工代赈
   * form) finds all fourteen HIGH findings without a false alarm; it found eleven at first sight, with two false alarms
   * (the 评分细则 sheet's fund line read as a row of its own: weights 110, a score not filled).
   */
  @Test
  void roundEightyEightIsReadAsItShows() throws IOException {
    assertFoundWithoutFalseAlarm(14, "h494_raohe_tongji.pdf", "h495_juancheng_weijian.xlsx", "h496_foping_qixiang.docx",
        "h497_leibo_nongye.pdf", "h498_fugong_fagai.html");
  }

  /**
   * Round 89 (a colour scan with a sticky note, a construction project's form with its 结算审计 block, a third-party report
   * with a 成本效益分析, a form of a department merged in the 机构改革, a prose report with a 近三年 table) finds all
   * fourteen HIGH findings; its one WARNING false alarm is on the scan, a 6.3 read 0.3 at a confidence the audit trusts
   * (issue 11). At first sight it found thirteen (a unit cost worked out from 万元 over 亩 to 元/亩).
   */
  @Test
  void roundEightyNineIsReadAsItShows() throws IOException {
    JsonNode total = heldOutFindings("h499_lushi_shuili.pdf", "h500_zhuxi_jiaotong.xlsx", "h501_dangchang_nongye.pdf",
        "h502_tonggu_nongye.docx", "h503_rangtang_weijian.html").get("total");
    assertEquals(0, total.get("falseAlarms").get("ERROR").asInt(), total.toString());
    assertEquals(1, total.get("falseAlarms").get("WARNING").asInt(), total.toString());
    assertEquals(14, total.get("foundHigh").asInt(), total.toString());
  }

  /**
   * Round 90 (a college's workbook with an income block above its spending block, a prose report on how the
   * self-evaluation was organised, a third-party report with a field-sample table, a multi-year project's form, a Party
   * school's form whose rows cite their rule by code) finds all fourteen HIGH findings without a false alarm; it found
   * twelve at first sight (a completion rate over an income budget of 0.00; a task "主体已完工，但…验收未通过").
   */
  @Test
  void roundNinetyIsReadAsItShows() throws IOException {
    assertFoundWithoutFalseAlarm(14, "h504_loudi_zhiyuan.xlsx", "h505_deqin_dangan.html", "h506_wuxuan_nongye.pdf",
        "h507_hezheng_nongye.docx", "h508_tongcheng_dangxiao.odt");
  }

  /**
   * Round 91 (a workbook whose total is rescaled over the indicators that apply, a project form with a 子项目 table, a
   * third-party report scoring by 完成率 tiers, a portal's 一问一答 page, a scan with a paper clip) finds all fifteen HIGH
   * findings without a false alarm; it found ten at first sight (the 折算得分 and the rows under the 合计, a 计分档位
   * column, a task held up "受…影响", a scored formula "按38÷40×6计分" on a scan).
   */
  @Test
  void roundNinetyOneIsReadAsItShows() throws IOException {
    assertFoundWithoutFalseAlarm(15, "h509_pingchang_shuili.xlsx", "h510_jiaxian_hongzao.docx",
        "h511_lincheng_yingyang.pdf", "h512_linjiang_wenlv.html", "h513_jianghua_linye.pdf");
  }

  /**
   * Round 92 (a phone photo of the form on a monitor, an Apple Numbers export, a Wayback Machine capture, an Apple Pages
   * PDF with rules under every row and none between columns, a form with a 加分项 block) finds thirteen of fifteen HIGH
   * findings without a false alarm; the two left are on the photo, whose moiré leaves the 分值 column and the total
   * unread (issue 11). At first sight it found ten with three false alarms.
   */
  @Test
  void roundNinetyTwoIsReadAsItShows() throws IOException {
    JsonNode total = heldOutFindings("h514_guanyun_weijian.jpg", "h515_qingan_nongye.xlsx", "h516_ledu_jiaoyu.html",
        "h517_liangcheng_shuili.pdf", "h518_huili_jiaotong.docx").get("total");
    assertEquals(0, total.get("falseAlarms").get("ERROR").asInt(), total.toString());
    assertEquals(0, total.get("falseAlarms").get("WARNING").asInt(), total.toString());
    assertEquals(13, total.get("foundHigh").asInt(), total.toString());
  }

  /**
   * Round 93 (a scan with a tea stain and a folded corner, a workbook template with 校验 cells, a CKEditor portal page,
   * a fill-in-the-blanks prose report, a form with a 责任股室 column) finds all fifteen HIGH findings without a false
   * alarm; at first sight thirteen and one false ERROR (a "—" read by OCR as 二, taken for a fund line's weight).
   */
  @Test
  void roundNinetyThreeIsReadAsItShows() throws IOException {
    assertFoundWithoutFalseAlarm(15, "h519_danfeng_nongye.jpg", "h520_zhenghe_linye.xlsx", "h521_jingning_wenlv.html",
        "h522_luding_yingji.docx", "h523_lianping_shichang.pdf");
  }

  /**
   * Round 94 (an A3 form scanned in two passes and stitched, a TinyMCE portal page, a whole-period third-party
   * evaluation, a workbook with a column of evidence hyperlinks, a prose report typeset in two columns) finds all
   * fourteen HIGH findings without a false alarm, the stitched scan's two once its halves are levelled apart and lined up
   * at the seam. At first sight eleven (a growth rate whose reason gives last year's 库容 as 0); twelve before the seam.
   */
  @Test
  void roundNinetyFourIsReadAsItShows() throws IOException {
    JsonNode total = heldOutFindings("h524_nenjiang_nongye.jpg", "h525_kaihua_shangwu.html", "h526_zhushan_shuili.docx",
        "h527_yaoan_weijian.xlsx", "h528_lingbi_minzheng.pdf").get("total");
    assertEquals(0, total.get("falseAlarms").get("ERROR").asInt() + total.get("falseAlarms").get("WARNING").asInt(),
        total.toString());
    assertEquals(14, total.get("foundHigh").asInt(), total.toString());
  }

  /**
   * Round 95 (a form scanned with the lid open, a 项目 workbook with its payment roll, a third-party evaluation of a
   * finished road project, a prose report with one indicator table per goal, a prose report on letterhead) finds
   * fourteen of fifteen HIGH findings without a false alarm: the one left is a target missed on the scan whose sign and
   * name were misread (h529). At first sight nine, with two false WARNINGs (a ≥ read as 2 on the scan; a row scored only
   * in a sentence, missed).
   */
  @Test
  void roundNinetyFiveIsReadAsItShows() throws IOException {
    assertFoundWithoutFalseAlarm(14, "h529_weishan_shuiwu.pdf", "h530_ziyang_zhujian.xlsx", "h531_badong_jiaotong.docx",
        "h532_susong_weijian.html", "h533_chengkou_nongye.pdf");
  }

  /**
   * Round 96 (a township's form scanned with its second page fed upside down, three 项目 forms in one sheet under one
   * 项目名称 column, a third-party evaluation with a 分县 breakdown table, a prose report on an accessible portal page, two
   * 项目 forms on one PDF page) finds thirteen of fifteen HIGH findings without a false alarm: the two left are on the
   * scan, whose 基本支出 and a target lost digits to the recognizer (h534). At first sight eight.
   */
  @Test
  void roundNinetySixIsReadAsItShows() throws IOException {
    assertFoundWithoutFalseAlarm(13, "h534_minxian_shendu.pdf", "h535_guide_shuili.xlsx", "h536_lincang_nongye.docx",
        "h537_feixian_wenlv.html", "h538_tongxin_nongye.pdf");
  }

  /**
   * Round 98 (a 部门整体 report with two table rows per indicator, a third-party evaluation with a Gantt chart, a finance
   * bureau's matrix scoring four departments, a portal page built of web components, a dot-matrix print scanned) finds
   * nine of fifteen without a false alarm: the matrix is read as one department's report (two left), the dot-matrix
   * scan's figures lose their decimal points (three left, and no finding built on them), the Gantt chart's label is not
   * compared. At first sight five, with three false ERRORs on the scan.
   */
  @Test
  void roundNinetyEightIsReadAsItShows() throws IOException {
    assertFoundWithoutFalseAlarm(9, "h544_qixian_yingji.docx", "h545_zongyang_jiaotong.pdf", "h546_yiliang_caizheng.xlsx",
        "h547_xiuwu_wenlv.html", "h548_longde_nongye.pdf");
  }

  /**
   * Round 97 (a third-party evaluation of a science fund, a World Bank sub-project's form glossed in English throughout,
   * a workbook sorted by its 扣分 column with the 一级 summary set one column in, a portal page drawing each 得分率 as a
   * bar, a low-toner print scanned) finds all fifteen without a false alarm. At first sight ten, with three false
   * WARNINGs (the indented summary read as weights).
   */
  @Test
  void roundNinetySevenIsReadAsItShows() throws IOException {
    assertAllFifteenFoundWithoutFalseAlarm("h539_huaibei_keji.docx", "h540_guzhang_shihang.pdf", "h541_dongming_jiguan.xlsx",
        "h542_luohe_dizhen.html", "h543_shenmu_hongshizihui.pdf");
  }

  /**
   * Round 66 (a flat ODF spreadsheet, a PDF in Type 3 bitmap fonts, a PDF in GBK codes with no ToUnicode map, a fax,
   * a Java system's Word-flavoured HTML under .doc) has all fifteen findings found and no false alarm: the fax's "%" read
   * as digits ("84.5956") is put back before any rate is recomputed from it.
   */
  @Test
  void roundSixtySixIsReadAsItShows() throws IOException {
    assertAllFifteenFoundWithoutFalseAlarm("h384_zuoquan_linye.fods", "h385_songyang_wenguanglvti.pdf",
        "h386_dabu_shuiwu.pdf", "h387_wengniute_nongmu.tif", "h388_chenxi_yibao.doc");
  }

  /**
   * Round 67 (a PDF whose draft figures sit in a layer switched off, an OpenDocument presentation, an approval's
   * printout with one card table per indicator, indicators stacked a line each in a DOCX's cells, a PDF with object and
   * cross-reference streams) has all fifteen findings found and no false alarm: the hidden layer is not read.
   */
  @Test
  void roundSixtySevenIsReadAsItShows() throws IOException {
    assertAllFifteenFoundWithoutFalseAlarm("h389_xuyi_shuiwu.pdf", "h390_jiangle_linye.odp", "h391_xianju_fuying.pdf",
        "h392_muchuan_jiaotong.docx", "h393_ningguo_renshe.pdf");
  }

  /**
   * Round 65 (an OA system's printout of an incoming form, a summary drawn only as a chart sheet, a finance bureau's
   * bulletin, a report system's paged preview, a portal column's RSS feed) raises no false alarm and finds all fifteen:
   * h380's 效益 subtotal is in the chart alone, read as a table whose blank corner heads the 一级 groups below it.
   */
  @Test
  void roundSixtyFiveIsReadAsItShows() throws IOException {
    assertFoundWithoutFalseAlarm(15, "h379_lintao_nongye.pdf", "h380_nanjiang_zhujian.xlsx", "h381_xixia_shijian.docx",
        "h382_meitan_jiaotong.html", "h383_mile_sifa.xml");
  }

  /**
   * Round 64 (tables pasted into Word as links to a workbook, a shared workbook with its change history, a report cut
   * from a compilation by its crop box, a saved page whose preview is a frame's srcdoc, an open-data JSON dataset) has all
   * fifteen findings found and no false alarm: the neighbouring report outside the crop box is not read.
   */
  @Test
  void roundSixtyFourIsReadAsItShows() throws IOException {
    assertAllFifteenFoundWithoutFalseAlarm("h374_longhua_jiaoyu.docx", "h375_jianping_nongye.xlsx", "h376_xinning_wenlv.pdf",
        "h377_huanjiang_minzheng.html", "h378_ningcheng_shuili.json");
  }

  /**
   * Round 63 (a PDF whose text layer maps glyphs to radicals, Excel check boxes and option buttons, a form sent by
   * e-mail, a range pasted into Word as a metafile picture, an ODS with repeated cells) has all fifteen findings found
   * and no false alarm.
   */
  @Test
  void roundSixtyThreeIsReadAsItShows() throws IOException {
    assertAllFifteenFoundWithoutFalseAlarm("h369_yunxi_shuili.pdf", "h370_laiyuan_nongye.xlsx", "h371_pingnan_weijian.eml",
        "h372_suichuan_jiaotong.docx", "h373_xiji_linye.ods");
  }

  /**
   * Round 62 (a form's identity only in the sheet's page header, a report in a government gazette, diagonally split corner
   * cells and a sideways 一级 summary, a data grid's split tables, WPS cell images) has all fifteen findings found and no
   * false alarm.
   */
  @Test
  void roundSixtyTwoIsReadAsItShows() throws IOException {
    assertAllFifteenFoundWithoutFalseAlarm("h364_leishan_nongye.xlsx", "h365_yishui_weijian.pdf", "h366_linyou_shijian.docx",
        "h367_yunhe_minzheng.html", "h368_fusong_linye.xlsx");
  }

  /**
   * Round 61 (Word's automatic numbering carrying the goal labels, a fund block linked to another workbook, a form
   * protected for filling in with legacy form fields, a digitally signed PDF, a PDF's online preview placed by position)
   * has all fifteen findings found and no false alarm.
   */
  @Test
  void roundSixtyOneIsReadAsItShows() throws IOException {
    assertAllFifteenFoundWithoutFalseAlarm("h359_gongxian_weijian.docx", "h360_pingyao_wenlv.xlsx",
        "h361_baiquan_shuiwu.docx", "h362_minqing_jiaoyu.pdf", "h363_lichuan_jiaotong.html");
  }

  /**
   * Round 60 (a template with drop-down lists and sheet protection, calculations typed as Word equations, data printed
   * over a platform's pre-printed form off its cells, 评分标准 only as tooltips, 一级 subtotals in a stale pivot table)
   * raises no false alarm and finds all fifteen: h355's 灌溉保证率, scored by the table's note (实际值÷目标值×分值) where the
   * prose's 评分标准 deducts 0.5 a point, is found since the twenty-eighth session (a rule quoted in the prose for its row).
   */
  @Test
  void roundSixtyIsReadAsItShows() throws IOException {
    assertFoundWithoutFalseAlarm(15, "h354_luliang_shuiwu.xlsx", "h355_shandan_nongye.docx", "h356_dancheng_minzheng.pdf",
        "h357_chongren_wenlv.html", "h358_huoqiu_jiaoyu.xlsx");
  }

  /**
   * h326 and h329 raise no false alarm: a year-before and a follow-up column in tables of rectified problems give no
   * budget figure (h326, whose 长效管理机制 "落实不到位" is found since the twenty-seventh session); h329's 绩效目标申报表
   * before the 自评表 gives no rows, but its target filed as another bound than the 自评表's is found.
   */
  @Test
  void aReportWithTablesOfRectifiedProblemsRaisesNoFalseAlarm() throws IOException {
    assertFoundWithoutFalseAlarm(6, "h326_ouhai_zhujian.pdf", "h329_keqiao_sifa.docx");
  }

  /**
   * Families fixed in the eleventh session, each on its own held-out document, every expected finding found and no false
   * alarm: round 49 (an imported HTML part, Excel's quoted tab text, a deadline row against prose, a growth rate over a
   * base the text says was none, a Word XML and an HTML-as-xls form, formula fields), amounts in financial capitals and
   * goal labels in one cell (h296), a sub-line over budget under "全年执行数/执行率" (h297), and items over budget inside
   * the one part over budget said once with all their places (h87, h108, h218); round 50 (a PDF's incremental update,
   * a WeChat article, a UOF text document, a Word XML package, a form page's control values and rows scoring more than
   * a total whose weights are short).
   */
  @Test
  void theEleventhSessionsFamiliesAreFoundOnceAndOnlyThem() throws IOException {
    JsonNode total = heldOutFindings("h299_yongding_nongye.doc", "h300_ezhou_chengguan.xls", "h301_fuding_renshe.docx",
        "h302_xinghua_jiaotong.txt", "h303_simao_jiaoyu.docx", "h296_jianyang_xiangmu.xlsx", "h297_wuyuan_wenlv.pdf",
        "h87_feixi_ziranziyuan.doc", "h108_congtai_weijian.docx", "h218_nankai_chengguan.pdf", "h304_sanmenxia_shuili.pdf",
        "h305_shapotou_wenlv.html", "h306_putuo_yuye.uot", "h307_yaan_yingji.xml", "h308_keerqin_yibao.html").get("total");
    assertEquals(total.get("expectedHigh").asInt(), total.get("foundHigh").asInt(), total.toString());
    assertEquals(0, total.get("falseAlarms").get("ERROR").asInt() + total.get("falseAlarms").get("WARNING").asInt(), total.toString());
  }

  /**
   * The held-out rows whose score is not what their own printed rule gives (issue 10, RULE_SCORE): each
   * planted one of HIGH certainty is found, with no false alarm of the rule check. Families: completion
   * of a planned count (h66), 达成 by the figures (h67), a note's completion-rate deduction (h62), bands
   * paying a share of the weight on a rate in the row's remark (h64), a rule in a "扣分原因及评分依据"
   * column (h83), a rate in the row's 评价情况 (h29), a 评分依据 column on the budget row (h40), a 评分标准
   * line of a labelled record paying 50% for 部分达成 (h117).
   */
  @Test
  void theHeldOutRowsAreRecomputedByTheirOwnRules() throws IOException {
    JsonNode e = heldOutFindings("h29_shanxi_yingji.pdf", "h40_lanshan_jiaotong.xlsx", "h62_xuzhou_nongye.pdf",
        "h64_youxian_wenlv.html", "h66_baota_shuiwu.doc", "h67_yian_renshe.pdf", "h83_nanxun_wenlv.docx",
        "h117_dali_yingji.txt");
    for (JsonNode p : e.get("problems")) {
      for (JsonNode m : p.get("misses")) {
        boolean rule = m.get("kind").asText().equals("RULE_SCORE") || m.get("kind").asText().equals("BUDGET_ROW_SCORE");
        assertTrue(!rule || !m.get("certainty").asText().equals("HIGH") && !m.get("severity").asText().equals("ERROR"),
            p.get("file") + ": " + m);
      }
      for (JsonNode f : p.get("falseAlarms")) {
        assertTrue(!f.get("check").asText().equals("ScoringRuleCheck") && !f.get("check").asText().equals("BudgetRowScoreCheck"),
            p.get("file") + ": " + f);
      }
    }
    assertTrue(e.get("total").get("foundHigh").asInt() >= 20, e.get("total").toString());
  }

  /** {@code eval --json --findings} over the named held-out files, its JSON. */
  private JsonNode heldOutFindings(String... files) throws IOException {
    Path heldout = PipelineVerbsIT.samples().resolveSibling("corpus-heldout");
    List<String> args = new java.util.ArrayList<>(List.of("eval", "--json", "--findings", heldout.resolve("findings").toString()));
    for (String f : files) {
      args.add(heldout.resolve(f).toString());
    }
    assertEquals(ExitCodes.OK, run(args.toArray(String[]::new)));
    return Json.mapper().readTree(out.toString());
  }

  @Test
  void theTextListsMissesAndFalseAlarmsAndSkipsFilesWithoutExpectedFindings() throws IOException {
    Path samples = PipelineVerbsIT.samples();
    Path dir = Files.createDirectories(tmp.resolve("findings"));
    Files.copy(samples.resolve("findings/004_f903e5746c6a8cdf.json"), dir.resolve("004_f903e5746c6a8cdf.json"));
    assertEquals(ExitCodes.OK, run("eval", "--findings", dir.toString(),
        samples.resolve("004_f903e5746c6a8cdf.docx").toString(), samples.resolve("002_85bada5a1e1f1378.html").toString()));
    String text = out.toString();
    assertTrue(text.contains("无预期问题文件, 跳过: 002_85bada5a1e1f1378.html"), text);
    assertTrue(err.toString().contains("no expected findings for 002_85bada5a1e1f1378.html"), err.toString());
    assertTrue(text.contains("漏报 [WARNING/MEDIUM] SAME_FIGURE_DIFFERS 咸安微家园"), text);
    assertTrue(!text.contains("漏报 [ERROR/HIGH] BREAKDOWN_SUM"), text); // found by BreakdownSumCheck
    assertTrue(text.lines().anyMatch(l -> l.startsWith("TOTAL") && l.contains("| 3/")), text);

    run("eval", "--quiet", "--findings", dir.toString(), samples.resolve("004_f903e5746c6a8cdf.docx").toString());
    assertTrue(!out.toString().contains("漏报"), out.toString());
  }

  @Test
  void aBrokenExpectedFileStopsWithItsName() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("findings"));
    Files.writeString(dir.resolve("004_f903e5746c6a8cdf.json"), "[{\"kind\": \"FORMULA\", ");
    Path file = PipelineVerbsIT.sample("004_f903e5746c6a8cdf.docx");
    assertEquals(ExitCodes.FAILURE, run("eval", "--findings", dir.toString(), file.toString()));
    assertTrue(err.toString().contains("bad expected-findings file " + dir.resolve("004_f903e5746c6a8cdf.json")), err.toString());
  }

  @Test
  void goldAndFindingsExcludeEachOther() {
    assertEquals(ExitCodes.USAGE, run("eval", "--gold", "a", "--findings", "b", "x.pdf"));
    assertEquals(ExitCodes.USAGE, run("eval", "x.pdf"));
  }
}
