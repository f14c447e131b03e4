package org.jixiao.audit.checks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jixiao.audit.AuditSubject;
import org.jixiao.schema.Budget;
import org.jixiao.schema.BudgetField;
import org.jixiao.schema.CellRef;
import org.jixiao.schema.Evidence;
import org.jixiao.schema.ExtractionMethod;
import org.jixiao.schema.Report;
import org.jixiao.schema.ReportPart;

/**
 * Real wording of the corpus for the budget checks' tests: budget tables as the linear text prints
 * them (tab-joined cells, merged cells resolved) and the sentences around them.
 */
final class BudgetTexts {
  private BudgetTexts() {}

  /** h35_zhuzhou_minzheng.xlsx: 基本支出 spends 2190.71 of 1859.13; 年初 合计 8121.95 ≠ 1802.40 + 6310.55. */
  static final String H35 = """
      株洲市民政局2023年度部门整体支出绩效自评表
      填报单位：株洲市民政局\t\t\t\t\t\t单位：万元\t
      项目\t\t年初预算数\t调整后预算数\t实际支出数\t预算执行率\t\t
      部门预算合计\t\t8121.95\t8736.52\t8530.18\t97.64%\t\t
      其中：基本支出\t\t1802.40\t1859.13\t2190.71\t117.84%\t\t
      项目支出\t\t6310.55\t6877.39\t6339.47\t92.18%\t\t
      一级指标\t二级指标\t三级指标\t指标值\t完成值\t标准分\t自评得分\t未完成原因分析
      决策\t目标设定\t绩效目标合理性\t合理\t合理\t4\t4\t
      """;

  /** h43_chibi_shuili.docx: 上年结转资金 spends 135.60 of 120.00; 分值/得分 columns beside. */
  static final String H43 = """
      项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t执行率\t分值\t得分
      年度资金总额\t\t1850.00\t2075.60\t2009.96\t96.84%\t10\t9.68
      其中：财政拨款\t\t1850.00\t1955.60\t1874.36\t95.85%\t—\t—
      上年结转资金\t\t—\t120.00\t135.60\t113.00%\t—\t—
      一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t评分标准
      """;

  /** h38_longmatan_zhujian.docx: 其他资金 0.00 / 0.00 printed 100.00%; the sources add up. */
  static final String H38 = """
      项目资金（万元）\t\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
      \t年度资金总额\t\t3200.00\t3560.80\t3134.98\t10\t88.04%\t10
      \t其中：当年财政拨款\t\t3200.00\t3200.00\t2834.98\t—\t88.59%\t—
      \t上年结转资金\t\t—\t360.80\t300.00\t—\t83.15%\t—
      \t其他资金\t\t0.00\t0.00\t0.00\t—\t100.00%\t—
      年度总体目标\t预期目标\t\t\t\t实际完成情况
      """;

  /** h41_yulin_zhujian.html: the prose 5,263.40 transposes the table's 5,236.40; 编制 56 ≠ 18 + 12 + 24. */
  static final String H41 = """
      玉林市住房和城乡建设局为市人民政府工作部门，内设办公室、住房保障科、城市建设科等9个科室。本部门核定编制56人（行政编制18人，参照公务员法管理事业编制12人，事业编制24人），实有人员53人。
      二、部门预算收支情况
      2023年本部门全年预算数5,263.40万元，其中基本支出1,386.25万元，项目支出3,850.15万元；全年支出5,102.68万元，预算执行率97.45%。收支明细如下表（单位：万元）：
      项目\t年初预算数\t全年预算数\t全年执行数\t执行率
      合计\t4,980.00\t5,236.40\t5,102.68\t97.45%
      基本支出\t1,352.60\t1,386.25\t1,380.12\t99.56%
      项目支出\t3,627.40\t3,850.15\t3,722.56\t96.69%
      三、绩效自评情况
      """;

  /** h34_xuchang_weijian.pdf: the prose 99.8% drops a digit of the table's 99.98%. */
  static final String H34 = """
      二、部门预算执行情况
      2023 年我委全年预算数38,652.47万元，其中基本支出6,215.30万元、项目支出32,437.17万元；全年实际支出38,644.74万元，预算执行率99.8%。具体情况见下表（单位：万元）。
      项目\t年初预算数\t全年预算数\t全年执行数\t执行率
      合计\t35,218.60\t38,652.47\t38,644.74\t99.98%
      基本支出\t6,102.45\t6,215.30\t6,210.85\t99.93%
      项目支出\t29,116.15\t32,437.17\t32,433.89\t99.99%
      三、绩效自评情况
      """;

  static AuditSubject subject(String text) {
    return new AuditSubject(report("t.docx", null, null), text);
  }

  static Report report(String file, Budget budget, ReportPart part) {
    return new Report(file, null, null, null, null, null, null, null, null, null, budget, List.of(), List.of(),
        null, null, null, null, Map.of(), List.of(), null, null, part);
  }

  /** The budget a project's report of a several-report file carries: its 全年预算数 and 执行数 cells. */
  static Budget budget(String planned, String spent) {
    CellRef cell = new CellRef("t.docx", null, 0, 1, 3);
    return new Budget(null, new BigDecimal(planned), new BigDecimal(spent), null, null, null, null, null,
        Map.of(BudgetField.adjustedBudget, new Evidence(planned, cell, ExtractionMethod.TABLE),
            BudgetField.expenditure, new Evidence(spent, cell, ExtractionMethod.TABLE)));
  }
}
