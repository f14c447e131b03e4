"""Round 15 (h119–h126): issue-9 layouts not used before, each with PLANTED issue-10 problems, made apart from the
code by the corpus15 session. Each report is written once here (printed cells / text and gold from the same tuples);
every planted figure carries `# PLANT <KIND>` and its expected finding sits next to it; `traps` lists what must NOT be
flagged. heldout15.py checks (heldout4.recheck against the planted kinds), writes gold/findings and renders.

Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, extra).
"""
from heldout import PageBreak, Table, Title, group_merges, fmt, row, budget, gold
from reports3_a import Num
from reports4 import styled, pct, F

ALL = []


def s2(ind, k):
    return round(sum(r[k] for r in ind), 2)


def r2(x):
    return round(x + 1e-9, 2)


def with_project(g, project, unit):
    out = {}
    for k, v in g.items():
        out[k] = v
        if k == "department":
            out["project"] = project
            out["implementingUnit"] = unit
    return out


def grows(ind):
    return [row(l1 or None, l2 or None, l3, t if t not in ("", "—") else None, a if a not in ("", "—") else None, w, s)
            for l1, l2, l3, t, a, w, s, _ in ind]


def sections(ind):
    out = []
    for r in ind:
        if r[0] and (not out or out[-1][0] != r[0]):
            out.append([r[0], 0, 0])
        if r[0]:
            out[-1][1] = r2(out[-1][1] + r[5])
            out[-1][2] = r2(out[-1][2] + r[6])
    return [tuple(x) for x in out]


# ============================================================ h119 株洲市芦淞区 (DOCX: 2 项目 forms, horizontal fund row)

class P119:
    def __init__(self, name, dept, unit, head, fb, plan, done, ind, bscore=None):
        self.name, self.dept, self.unit, self.head, self.plan, self.done = name, dept, unit, head, plan, done
        self.i, self.b, self.e = fb
        self.rate = pct(self.e, self.b)
        self.bs = bscore if bscore is not None else r2(self.rate / 10)
        self.ind = [("", "", "项目资金执行", "", f"{self.rate:.2f}%", 10, self.bs, "")] + ind
        assert s2(self.ind, 5) == 100
        self.total = s2(self.ind, 6)

    def grade(self):
        return "优" if self.total >= 90 else "良" if self.total >= 80 else "中" if self.total >= 60 else "差"

    def gold(self):
        g = gold(None, self.dept, 2022, "COUNTY", "湖南省", "SELF_EVALUATION", None, self.total, 100, self.grade(),
                 budget(self.i, self.b, self.e, self.rate), [], grows(self.ind))
        return with_project(g, self.name, self.unit)

    def table(self):
        rows = [["项目名称", self.name, "", "", "项目负责人", self.head, "", ""],
                ["主管部门", self.dept, "", "", "实施单位", self.unit, "", ""],
                ["项目资金执行（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分", ""],
                ["", f"{self.i:.2f}", f"{self.b:.2f}", f"{self.e:.2f}", f"{self.rate:.2f}%", "10", fmt(self.bs), ""],
                ["年度绩效目标", self.plan, "", "", "", "", "", ""],
                ["年度目标完成情况", self.done, "", "", "", "", "", ""],
                ["一级指标", "二级指标", "三级指标", "指标值（年初）", "完成值", "分值", "得分", "偏差原因分析及改进措施"]]
        merges = [(0, 1, 0, 3), (0, 5, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7), (2, 0, 3, 0), (2, 6, 2, 7), (3, 6, 3, 7),
                  (4, 1, 4, 7), (5, 1, 5, 7)]
        start = len(rows)
        for l1, l2, l3, t, a, w, s, n in self.ind[1:]:
            rows.append([l1, l2, l3, t, a, fmt(w), fmt(s), n])
        merges += group_merges(rows, [0, 1], start)
        rows.append(["总分", "", "", "", "", "100", fmt(self.total), f"自评等级：{self.grade()}"])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
        return styled(Table(rows, merges), [2.4, 2.2, 3.4, 2.3, 2.4, 1.2, 1.3, 3.4], header_rows=0)


H119 = [
    P119("芦淞区2022年农村公路养护项目", "株洲市芦淞区交通运输局", "株洲市芦淞区公路建设养护中心", "谭××",
         (420.00, 450.00, 441.00),
         "完成农村公路日常养护里程186公里，实施安保工程12公里，优良中等路率达到80%以上。",
         "全年完成农村公路日常养护186公里，实施安保工程12.4公里，优良中等路率82.6%。",
         [("产出指标", "数量指标", "日常养护里程", "186公里", "186公里", 15, 15, ""),
          ("产出指标", "数量指标", "安保工程实施里程", "≥12公里", "12.4公里", 10, 10, ""),
          ("产出指标", "质量指标", "优良中等路率", "≥80%", "82.6%", 15, 15, ""),
          ("产出指标", "时效指标", "路面病害处置时限", "≤7天", "6天", 10, 10, ""),
          ("效益指标", "社会效益指标", "农村群众出行条件", "有效改善", "有效改善", 15, 15, ""),
          ("效益指标", "社会效益指标", "养护路段安全责任事故", "0起", "未发生", 10, 10, ""),
          ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "88.5%", 15, 14,
           "部分路段养护作业占道时间长，下年度优化作业时段")]),
    P119("芦淞区2022年中小学校舍维修改造项目", "株洲市芦淞区教育局", "株洲市芦淞区教育后勤服务中心", "易××",
         (600.00, 600.00, 540.00),
         "完成12所中小学校舍维修改造，改造面积12000平方米以上，工程验收合格率100%。",
         "完成12所中小学校舍屋面防水、门窗及厕所改造，改造面积11200平方米，2所学校的外墙工程因汛期顺延至2023年寒假实施。",
         [("产出指标", "数量指标", "维修改造学校数", "12所", "12所", 10, 10, ""),
          # PLANT TARGET_MISSED_FULL_MARKS: 11200 < 12000, full 15, no reason
          ("产出指标", "数量指标", "校舍维修改造面积", "≥12000平方米", "11200平方米", 15, 15, ""),
          ("产出指标", "质量指标", "工程验收合格率", "100%", "100%", 15, 15, ""),
          ("产出指标", "时效指标", "暑期施工完成率", "≥90%", "91.7%", 10, 10, ""),
          ("产出指标", "成本指标", "每平方米改造成本", "≤500元", "482元", 10, 10, ""),
          ("效益指标", "社会效益指标", "校舍安全隐患整改率", "100%", "100%", 15, 15, ""),
          ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "93.2%", 15, 15, "")],
         bscore=9.5),  # PLANT BUDGET_ROW_SCORE: 90.00% × 10 = 9.0
]


def h119():
    blocks = [Title("芦淞区2022年度项目支出绩效自评情况"),
              "按照区财政局统一部署，现将区交通运输局、区教育局2个项目的绩效自评表公开如下。"]
    for k, p in enumerate(H119):
        if k:
            blocks.append(PageBreak())
        blocks += [Title(f"附表{k + 1}　项目支出绩效自评表"), "（2022年度）", p.table(),
                   f"填表单位：{p.dept}　　　　填表日期：2023年4月{[12, 18][k]}日"]
    p = H119[1]
    fnd = [
        F("BUDGET_ROW_SCORE", "项目资金执行", "540.00 | 90.00% | 10 | 9.5", "9.5", "9.0", "HIGH", "ERROR",
          f"report 2 of 2 ({p.name}): 540.00 ÷ 600.00 = 90.00%, × 10 = 9.0, printed 9.5 (the 总分 99.5 adds the 9.5; "
          "with 9.0 it is 99.0, 优 either way)"),
        F("TARGET_MISSED_FULL_MARKS", "校舍维修改造面积", "校舍维修改造面积 | ≥12000平方米 | 11200平方米 | 15 | 15", "15",
          "< 15", "HIGH", "WARNING",
          f"report 2 of 2 ({p.name}): 11200 < 12000平方米 (93.3%), the text says 2 schools' work was put off, "
          "yet the row keeps its full 15 and gives no 偏差原因"),
    ]
    return {"stem": "h119_lusong_xiangmu", "format": "docx", "blocks": blocks,
            "gold": [q.gold() for q in H119], "findings": fnd,
            "traps": ["report 1 is consistent (no finding); 441.00 ÷ 450.00 = 98.00% × 10 = 9.8",
                      "日常养护里程 186 vs 186公里; 维修改造学校数 12 vs 12所 (targets met exactly)",
                      "养护路段安全责任事故 未发生 full marks; 沿线群众满意度 88.5% < 90% loses 1 with a reason (no rule)",
                      "路面病害处置时限 6 ≤ 7天; 每平方米改造成本 482 ≤ 500元; 年初 = 全年 600.00 in report 2"]}


ALL.append(h119())


# ============================================================ h120 泸州市江阳区 (XLSX: 部门整体, budget by 资金性质 columns)

def h120():
    dept = "泸州市江阳区卫生健康局"
    # budget block shaped as columns: 项目 | 全年预算数 | 其中：基本支出 | 其中：项目支出 | ... rows 预算数 / 执行数 / 执行率
    bud = (4862.40, 2316.80, 2555.60)  # PLANT BREAKDOWN_SUM: 2316.80 + 2555.60 = 4872.40 ≠ 4862.40
    exe = (4711.23, 2298.15, 2413.08)
    assert round(exe[1] + exe[2], 2) == exe[0]
    rate = pct(exe[0], bud[0])  # 96.89
    bs = r2(rate / 100 * 10)
    ind = [("预算管理", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "执行率×10"),
           ("预算管理", "预算执行", "结转结余率", "≤5%", "3.1%", 5, 5, ""),
           ("预算管理", "资产管理", "固定资产利用率", "≥90%", "95%", 5, 5, ""),
           ("履职产出", "数量", "基本公共卫生服务项目覆盖人数", "≥28万人", "28.6万人", 10, 10, ""),
           ("履职产出", "数量", "适龄儿童免疫规划疫苗接种率", "≥95%", "98.2%", 10, 10, ""),
           ("履职产出", "质量", "65岁及以上老年人健康管理率", "≥65%", "63.4%", 10, 9, "部分老年人外出务工，酌情扣1分"),
           # PLANT ROW_SCORE_OVER_WEIGHT: 10.5 of 10
           ("履职产出", "时效", "传染病疫情报告及时率", "100%", "100%", 10, 10.5, "全年报告零迟报，加0.5分"),
           ("履职效果", "社会效益", "孕产妇死亡率", "≤12/10万", "0", 10, 10, ""),
           ("履职效果", "社会效益", "重大突发公共卫生事件", "0起", "未发生", 10, 10, ""),
           ("履职效果", "可持续影响", "家庭医生签约服务覆盖率", "≥40%", "42.7%", 10, 10, ""),
           ("满意度", "服务对象满意度", "群众就医满意度", "≥90%", "91.5%", 10, 10, "")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)  # 99.19
    g_printed = "良"  # PLANT GRADE_OUTSIDE_BANDS: 99.19 ≥ 90 is 优 by the printed bands
    rows = [["江阳区2023年度部门整体支出绩效自评表"] + [""] * 7,
            ["填报单位（盖章）：" + dept, "", "", "", "", "单位：万元", "", ""],
            ["预算执行", "", "资金合计", "基本支出", "项目支出", "", "", ""],
            ["", "全年预算数", Num(bud[0], "#,##0.00"), Num(bud[1], "#,##0.00"), Num(bud[2], "#,##0.00"), "", "", ""],
            ["", "全年执行数", Num(exe[0], "#,##0.00"), Num(exe[1], "#,##0.00"), Num(exe[2], "#,##0.00"), "", "", ""],
            ["", "执行率", Num(rate / 100, "0.00%"), Num(round(exe[1] / bud[1], 4), "0.00%"),
             Num(round(exe[2] / bud[2], 4), "0.00%"), "", "", ""],
            ["年度主要任务完成情况", "全年完成基本公共卫生服务28.6万人，免疫规划疫苗接种率98.2%，家庭医生签约覆盖率42.7%，全区未发生重大突发公共卫生事件。",
             "", "", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "扣分原因"]]
    merges = [(0, 0, 0, 7), (1, 0, 1, 4), (1, 5, 1, 7), (2, 0, 5, 0), (2, 5, 5, 7), (6, 1, 6, 7)]
    start = len(rows)
    for l1, l2, l3, t, a, w, s, n in ind:
        rows.append([l1, l2, l3, t, a, Num(w), Num(s), n])
    merges += group_merges(rows, [0, 1], start)
    rows.append(["总分", "", "", "", "", Num(100), Num(total, "0.00"), ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    rows.append(["自评等级", "", "", "", "", g_printed, "", ""])
    merges += [(len(rows) - 1, 0, len(rows) - 1, 4), (len(rows) - 1, 5, len(rows) - 1, 7)]
    rows.append(["注：90分（含）以上为优，80分（含）—90分为良，60分（含）—80分为中，60分以下为差。"] + [""] * 7)
    merges.append((len(rows) - 1, 0, len(rows) - 1, 7))
    t = styled(Table(rows, merges), [16, 14, 28, 14, 14, 8, 8, 26])
    g = gold(None, dept, 2023, "COUNTY", None, "SELF_EVALUATION", None, total, 100, g_printed,
             budget(None, bud[0], exe[0], rate, bud[1], exe[1], bud[2], exe[2]), [], grows(ind))
    fnd = [
        F("BREAKDOWN_SUM", "全年预算数", "全年预算数 | 4,862.40 | 2,316.80 | 2,555.60", "4,862.40", "4,872.40", "HIGH",
          "ERROR", "基本支出 2,316.80 + 项目支出 2,555.60 = 4,872.40, the 资金合计 prints 4,862.40 (the 执行数 parts add up: "
          "2,298.15 + 2,413.08 = 4,711.23)"),
        F("ROW_SCORE_OVER_WEIGHT", "传染病疫情报告及时率", "传染病疫情报告及时率 | 100% | 100% | 10 | 10.5", "10.5", "≤ 10",
          "HIGH", "ERROR", "a score of 10.5 against a 分值 of 10 (\"加0.5分\", no bonus in the form); the 总分 98.19 includes it"),
        F("GRADE_OUTSIDE_BANDS", "自评等级", "总分 100 99.19 | 自评等级 良", "良", "优", "HIGH", "ERROR",
          "the printed bands give 优 for 90 and above; 99.19 (98.69 without the 0.5 bonus) is 优, not 良"),
    ]
    return {"stem": "h120_jiangyang_weijian", "format": "xlsx", "sheets": [("部门整体自评表", t)], "gold": g,
            "findings": fnd,
            "traps": ["预算执行率 96.89% = 4,711.23 ÷ 4,862.40 (against the printed 合计), × 10 = 9.689 printed 9.69",
                      "基本支出 99.19%, 项目支出 94.42% (each within its budget)",
                      "孕产妇死亡率 0 ≤ 12/10万 full; 重大突发公共卫生事件 未发生 full",
                      "老年人健康管理率 63.4% < 65% 酌情扣1分 (judgement, no rule)"]}


ALL.append(h120())


# ============================================================ h121 第三方 (PDF: cover, 目录, running header/footer)

def h121():
    dept = "鄂尔多斯市东胜区水利局"
    proj = "东胜区2022年农村牧区供水保障工程"
    unit = "鄂尔多斯市东胜区水务服务中心"
    b, e = 1380.00, 1297.20
    rate = pct(e, b)  # 94.00
    # (一级, 二级, 三级, 目标, 实际, 分值, 得分, 评分方法)
    ind = [("决策", "项目立项", "立项依据充分性", "—", "—", 4, 4, "依据充分得满分"),
           ("决策", "绩效目标", "绩效目标明确性", "—", "—", 4, 3, "目标细化量化不足酌情扣分"),
           ("决策", "资金投入", "预算编制科学性", "—", "—", 4, 4, "测算依据充分得满分"),
           ("过程", "资金管理", "预算执行率", "100%", f"{rate:.2f}%", 6, 5.64, "执行率×分值"),
           ("过程", "资金管理", "资金使用合规性", "—", "—", 6, 6, "发现1处违规扣2分"),
           ("过程", "组织实施", "制度执行有效性", "—", "—", 6, 5, "每发现1处不规范扣1分"),
           ("产出", "产出数量", "新建改造供水管网长度", "≥85公里", "86.3公里", 14, 14, "完成得满分"),
           ("产出", "产出数量", "新建集中供水站", "6座", "6座", 8, 8, "每少1座扣2分"),
           # PLANT RULE_SCORE: 水质检测合格率 92% vs ≥95%, rule 每低1个百分点扣2分 → 10 − 3×2 = 4, printed 7
           ("产出", "产出质量", "水质检测合格率", "≥95%", "92%", 10, 7, "每低1个百分点扣2分"),
           ("产出", "产出时效", "工程完工及时率", "100%", "100%", 6, 6, "按期完工得满分"),
           ("效益", "社会效益", "受益农牧民人口", "≥1.2万人", "1.26万人", 14, 14, "完成得满分"),
           ("效益", "可持续影响", "工程长效管护机制", "健全", "包括村级管水员、水费计收等制度已建立", 8, 8, "视情况评分"),
           ("效益", "满意度", "受益群众满意度", "≥90%", "87.4%", 10, 9, "酌情扣分")]
    w_total = s2(ind, 5)
    assert w_total == 100
    total = s2(ind, 6)
    secs = sections(ind)
    # PLANT SECTION_VS_ROWS: 产出 subtotal printed 33 (rows 31)
    printed_secs = [(n, w, (r2(s + 2) if n == "产出" else s)) for n, w, s in secs]
    ptotal = r2(sum(s for _, _, s in printed_secs))
    P = []
    P += [("T", "东胜区2022年农村牧区供水保障工程"), ("T", "财政支出绩效评价报告"), ("S", " "),
          ("P", "委托单位：鄂尔多斯市东胜区财政局"), ("P", f"项目主管部门：{dept}"), ("P", f"项目实施单位：{unit}"),
          ("P", "评价机构：内蒙古正衡工程项目管理咨询有限公司"), ("P", "报告日期：二〇二三年六月"), ("PB",),
          ("H", "目　录"), ("P", "一、项目基本情况 ………………………………… 1"), ("P", "二、绩效评价工作开展情况 ……………………… 1"),
          ("P", "三、综合评价情况及评价结论 ………………………… 2"), ("P", "四、绩效评价指标分析 ……………………………… 2"),
          ("P", "五、存在的问题及建议 ……………………………… 3"), ("PB",),
          ("H", "一、项目基本情况"),
          ("P", f"该项目由{dept}主管、{unit}具体实施，2022年全年预算数{b:.2f}万元，实际支出{e:.2f}万元，"
                f"预算执行率{rate:.2f}%。项目新建改造供水管网86.3公里，新建集中供水站6座，受益农牧民1.26万人。"),
          ("H", "二、绩效评价工作开展情况"),
          ("P", "评价组采用资料核查、现场勘查和问卷调查相结合的方式，共抽查供水站6座、发放问卷320份，收回有效问卷305份。"),
          ("H", "三、综合评价情况及评价结论"),
          ("P", f"经评价，该项目综合得分{ptotal:.2f}分，评价等级为“优”。各部分得分见下表。"),
          ("TBL", [["评价维度", "权重（分）", "得分（分）", "得分率"]]
           + [[n, fmt(w), fmt(s), f"{pct(s, w):.2f}%"] for n, w, s in printed_secs]
           + [["合计", "100", f"{ptotal:.2f}", f"{ptotal:.2f}%"]], [4, 3, 3, 3]),
          ("P", "评价等级：90分（含）以上为优，80分（含）—90分为良，60分（含）—80分为中，60分以下为差。"),
          ("H", "四、绩效评价指标分析"),
          ("P", "各项指标的评分标准、目标值、实际完成值及得分见下表。"),
          ("TBL", [["一级", "二级", "三级指标", "分值", "目标值", "实际完成值", "评分方法", "得分"]]
           + [[l1, l2, l3, fmt(w), t, a, n, fmt(s)] for l1, l2, l3, t, a, w, s, n in ind],
           [1.3, 1.9, 3.4, 1.1, 1.9, 2.8, 3.4, 1.1]),
          ("H", "五、存在的问题及建议"),
          ("P", "（一）水质检测合格率未达到目标，部分单村供水站消毒设备运行不稳定。（二）绩效目标细化量化不足。建议加强水质日常监测和管护人员培训。")]
    g = gold(None, dept, 2022, "COUNTY", None, "THIRD_PARTY_EVALUATION", "内蒙古正衡工程项目管理咨询有限公司", ptotal, 100, "优",
             budget(None, b, e, rate), printed_secs, grows(ind))
    g = with_project(g, proj, unit)
    fnd = [
        F("SECTION_VS_ROWS", "产出", "产出 | 38 | 37 | 97.37%", "37", "35", "HIGH", "ERROR",
          "产出 rows: 14 + 8 + 7 + 6 = 35, the 评价维度 table prints 37; the 合计 and the prose 综合得分 95.64 carry the 2 "
          "(rows add to 93.64, 优 either way): one problem"),
        F("RULE_SCORE", "水质检测合格率", "水质检测合格率 | 10 | ≥95% | 92% | 每低1个百分点扣2分 | 7", "7", "4", "HIGH",
          "ERROR", "95% − 92% = 3 个百分点 × 2 = 6 deducted by its own rule: 10 − 6 = 4, printed 7"),
    ]
    return {"stem": "h121_dongsheng_shuili", "format": "pdf",
            "platypus": {"header": "东胜区2022年农村牧区供水保障工程绩效评价报告", "footer": "内蒙古正衡工程项目管理咨询有限公司",
                         "story": P, "grid": True},
            "gold": g, "findings": fnd,
            "traps": ["预算执行率 94.00% = 1,297.20 ÷ 1,380.00, × 6 = 5.64 (rule)", "新建集中供水站 6 vs 6座",
                      "制度执行有效性 1处 × 1 deducted (rule); 绩效目标明确性 酌情扣1, 满意度 87.4% 酌情扣1 (judgement)",
                      "长效管护机制 “包括村级管水员、水费计收等” list; 决策 rows “—” target/actual"]}


ALL.append(h121())


# ============================================================ h125 (TXT: pdftotext-like, 元, columns by spaces)

def h125():
    dept = "衢州市柯城区农业农村局"
    proj = "柯城区2025年高标准农田建设项目"
    unit = "衢州市柯城区农田建设服务中心"
    b, e = 8_650_000.00, 8_217_500.00  # 元
    rate_p = 95.50  # PLANT EXECUTION_RATE: 8,217,500 ÷ 8,650,000 = 95.00%
    bs = r2(rate_p / 10)
    ind = [("产出指标", "数量指标", "新建高标准农田面积", "≥5000亩", "5120亩", 20, 20),
           ("产出指标", "质量指标", "工程验收合格率", "100%", "100%", 15, 15),
           ("产出指标", "时效指标", "项目完工时间", "2025年11月底前", "2025年11月", 10, 10),
           ("产出指标", "成本指标", "亩均财政投入", "≤1700元", "1605元", 5, 5),
           ("效益指标", "经济效益指标", "项目区粮食亩均增产", "≥50公斤", "52公斤", 15, 15),
           ("效益指标", "可持续影响指标", "工程管护责任落实率", "100%", "100%", 15, 15),
           ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", "89.2%", 10, 9)]
    full = [("", "", "预算执行率", "", f"{rate_p:.2f}%", 10, bs, "")] + [r + ("",) for r in ind]
    assert s2(full, 5) == 100
    total = s2(full, 6)
    L = ["                                   柯城区2025年度项目支出绩效自评表", "",
         f"  项目名称        {proj}", f"  主管部门        {dept}                 实施单位   {unit}", "",
         "  项目资金（元）        全年预算数            全年执行数          执行率     分值    得分",
         f"  年度资金总额       {b:,.2f}         {e:,.2f}        {rate_p:.2f}%      10     {fmt(bs)}", "",
         "  年度总体目标",
         "    目标1：新建高标准农田5000亩以上，工程验收合格率100%；",
         "    目标2：项目区粮食亩均增产50公斤以上；",
         "    目标2：落实工程管护主体和责任，农户满意度90%以上。",  # PLANT GOAL_LABELS
         "  全年实际完成情况：新建高标准农田5120亩，全部通过验收，项目区粮食亩均增产52公斤，管护责任全部落实。", "",
         "  一级指标    二级指标              三级指标                  年度指标值          实际完成值       分值   得分"]
    for l1, l2, l3, t, a, w, s, _ in full[1:]:
        L.append(f"  {l1:<10}{l2:<14}{l3:<18}{t:<16}{a:<14}{fmt(w):>4}   {fmt(s):>4}")
    L += [f"  总分                                                                                    100   {fmt(total)}",
          "  自评等级：优", "", "  填报人：徐××        审核人：方××        填报日期：2026年2月26日", "", "                                         - 1 -"]
    g = gold(None, dept, 2025, "COUNTY", None, "SELF_EVALUATION", None, total, 100, "优",
             budget(None, r2(b / 1e4), r2(e / 1e4), rate_p), [], grows([("", "", "年度资金总额", "", f"{rate_p:.2f}%", 10, bs, "")]) + grows([r + ("",) for r in ind]))
    g = with_project(g, proj, unit)
    fnd = [F("EXECUTION_RATE", "年度资金总额", "年度资金总额 | 8,650,000.00 | 8,217,500.00 | 95.50% | 10 | 9.55", "95.50%",
             "95.00%", "HIGH", "ERROR", "8,217,500.00 ÷ 8,650,000.00 = 95.00%; the row's score 9.55 follows the wrong rate "
             "(9.5 with the true one; 总分 98.55 → 98.5): one problem"),
           F("GOAL_LABELS", "年度总体目标", "目标1 … 目标2 … 目标2", "目标1, 目标2, 目标2", "目标1, 目标2, 目标3", "HIGH",
             "WARNING", "the third goal repeats the label 目标2")]
    return {"stem": "h125_kecheng_nongye", "format": "txt", "text": "\n".join(L) + "\n", "gold": g, "findings": fnd,
            "traps": ["元 amounts with thousands separators (gold in 万元: 865.00 / 821.75)", "项目完工时间 2025年11月 meets 11月底前",
                      "亩均财政投入 1605 ≤ 1700元", "满意度 89.2% < 90% loses 1 (no rule)"]}


ALL.append(h125())


# ============================================================ h126 (DOCX prose only, items as "第n项" paragraphs)

def h126():
    dept = "日照市东港区市场监督管理局"
    b, e = 3265.80, 3151.50
    rate = pct(e, b)  # 96.50
    bs = r2(rate / 10)
    ind = [("投入管理", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "按执行率乘以分值计分"),
           ("投入管理", "财务管理", "资金使用合规性", "合规", "合规", 10, 10, ""),
           ("产出", "数量", "食品安全监督抽检批次", "≥2600批次", "2715批次", 15, 15, ""),
           ("产出", "数量", "特种设备定期检验率", "100%", "100%", 10, 10, ""),
           # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: the text says 智慧监管平台 not finished, full 15
           ("产出", "质量", "智慧监管平台建设", "年内建成投用", "平台二期尚未完成验收，未投入使用", 15, 15, ""),
           ("效果", "社会效益", "食品安全事故", "0起", "全年未发生", 15, 15, ""),
           ("效果", "社会效益", "投诉举报按时办结率", "≥98%", "99.1%", 10, 10, ""),
           ("满意度", "服务对象满意度", "市场主体满意度", "≥92%", "90.6%", 15, 14, "登记注册高峰期等候时间较长")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)
    P = [Title("东港区市场监督管理局2024年度部门整体支出绩效自评报告"),
         "一、部门基本情况",
         f"我局2024年全年预算数为{b:,.2f}万元，全年支出{e:,.2f}万元，预算执行率为{rate:.2f}%。",
         "二、绩效指标完成及评分情况",
         "本次自评共设8项三级指标，满分100分，逐项评分如下。"]
    for k, (l1, l2, l3, t, a, w, s, n) in enumerate(ind, 1):
        P.append(f"第{k}项，{l1}—{l2}—{l3}，本项满分{fmt(w)}分。年初设定目标为{t}，年末实际为{a}。"
                 + (f"{n}。" if n else "") + f"经自评，本项得{fmt(s)}分。")
    P += ["三、自评结论",
          # PLANT SAME_FIGURE_DIFFERS: the conclusion restates the spending as 3,115.50
          f"综上，我局2024年度部门整体支出绩效自评得分{fmt(total)}分，等级为“优”。全年支出3,115.50万元，主要用于食品安全抽检、特种设备检验和智慧监管平台建设。",
          "四、存在问题及改进措施", "智慧监管平台二期建设进度滞后，下一步将督促承建单位加快验收。",
          "日照市东港区市场监督管理局", "2025年3月"]
    g = gold(None, dept, 2024, "COUNTY", None, "SELF_EVALUATION", None, total, 100, "优",
             budget(None, b, e, rate), [], grows(ind))
    fnd = [F("NARRATIVE_NOT_DONE_FULL_MARKS", "智慧监管平台建设", "年初设定目标为年内建成投用，年末实际为平台二期尚未完成验收，未投入使用 … 本项得15分",
             "15", "< 15", "HIGH", "WARNING", "the actual says the platform is not finished and not in use (问题 section too), "
             "yet the item keeps its full 15 with no reason"),
           F("SAME_FIGURE_DIFFERS", "全年支出", "全年支出3,151.50万元 … 全年支出3,115.50万元", "3,115.50万元", "3,151.50万元",
             "HIGH", "WARNING", "section 一 prints 3,151.50 (the figure the 96.50% uses: 3,151.50 ÷ 3,265.80); the conclusion "
             "prints 3,115.50 (digits swapped)")]
    return {"stem": "h126_donggang_shichang", "format": "docx", "blocks": P, "gold": g, "findings": fnd,
            "traps": ["96.50% × 10 = 9.65 (rule in the text)", "食品安全事故 全年未发生 full", "特种设备检验率 100% vs 100%",
                      "满意度 90.6% < 92% loses 1 with a reason (no rule)"]}


ALL.append(h126())


# ============================================================ h122 (HTML, CMS article page with a project table)

def h122():
    dept = "漳州市龙文区城市管理局"
    proj = "龙文区2023年生活垃圾分类处理项目"
    unit = "漳州市龙文区环境卫生服务中心"
    i, b, e = 760.00, 812.00, 787.64
    rate = pct(e, b)  # 97.00
    bs = r2(rate / 10)
    ind = [("产出指标", "数量指标", "垃圾分类覆盖小区数", "≥120个", "126个", 15, 15),
           ("产出指标", "数量指标", "新增分类投放点", "300个", "300个", 10, 10),
           ("产出指标", "质量指标", "生活垃圾无害化处理率", "100%", "100%", 15, 15),
           ("产出指标", "时效指标", "垃圾日产日清率", "100%", "100%", 10, 10),
           ("效益指标", "生态效益指标", "生活垃圾回收利用率", "≥35%", "36.8%", 15, 15),
           ("效益指标", "社会效益指标", "居民分类知晓率", "≥90%", "92.4%", 15, 15),
           ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "88.0%", 10, 8)]
    rows = [("", "", "项目资金", "", f"{rate:.2f}%", 10, bs)] + ind
    assert s2([r + ("",) for r in rows], 5) == 100
    rt = s2([r + ("",) for r in rows], 6)
    total = r2(rt + 1)  # PLANT TOTAL_VS_ROWS: printed 98.70, rows add to 97.70
    tr = "".join(f"<tr><td>{l1}</td><td>{l2}</td><td>{l3}</td><td>{t}</td><td>{a}</td><td>{fmt(w)}</td><td>{fmt(s)}</td></tr>\n"
                 for l1, l2, l3, t, a, w, s in ind)
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{proj}绩效自评表 - 漳州市龙文区人民政府</title></head>
<body><div class="header">漳州市龙文区人民政府 &gt; 政务公开 &gt; 财政预决算</div>
<div class="article"><h1>{proj}绩效自评表</h1><p class="info">发布时间：2024-05-16　来源：区城市管理局　浏览次数：215</p>
<table border="1" cellspacing="0">
<tr><td>项目名称</td><td colspan="6">{proj}</td></tr>
<tr><td>主管部门</td><td colspan="2">{dept}</td><td>实施单位</td><td colspan="3">{unit}</td></tr>
<tr><td rowspan="2">项目资金（万元）</td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>
<tr><td>{i:.2f}</td><td>{b:.2f}</td><td>{e:.2f}</td><td>10</td><td>{rate:.2f}%</td><td>{fmt(bs)}</td></tr>
<tr><td>其中：财政拨款</td><td>{i:.2f}</td><td>{b:.2f}</td><td>{e:.2f}</td><td>—</td><td>{rate:.2f}%</td><td>—</td></tr>
<tr><td>其他资金</td><td>0.00</td><td>0.00</td><td>0.00</td><td>—</td><td>100.00%</td><td>—</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr>
{tr}<tr><td colspan="5">总分</td><td>100</td><td>{fmt(total)}</td></tr>
<tr><td colspan="5">自评等级</td><td colspan="2">优</td></tr>
</table><p>附件：<a href="#">{proj}绩效自评表.doc</a></p></div>
<div class="footer">主办：漳州市龙文区人民政府办公室　闽ICP备05012345号</div></body></html>
"""
    g = gold(None, dept, 2023, "COUNTY", None, "SELF_EVALUATION", None, total, 100, "优",
             budget(i, b, e, rate), [], grows([r + ("",) for r in rows]))
    g = with_project(g, proj, unit)
    fnd = [F("TOTAL_VS_ROWS", "总分", f"总分 | 100 | {fmt(total)}", fmt(total), fmt(rt), "HIGH", "ERROR",
             f"9.7 (年度资金总额, 787.64 ÷ 812.00 = 97.00% × 10) + 15 + 10 + 15 + 10 + 15 + 15 + 8 = {fmt(rt)}, printed {fmt(total)}"),
           F("RATE_OVER_ZERO_BASE", "其他资金", "其他资金 | 0.00 | 0.00 | 0.00 | 100.00%", "100.00%", "—", "HIGH",
             "WARNING", "a rate over a zero budget (0.00 ÷ 0.00) is undefined; printed 100.00%")]  # PLANT RATE_OVER_ZERO_BASE (the 其他资金 row of the html)
    return {"stem": "h122_longwen_chengguan", "format": "html", "html": html, "gold": g, "findings": fnd,
            "traps": ["97.00% × 10 = 9.7", "新增分类投放点 300 vs 300个", "居民满意度 88.0% loses 2 (judgement, no rule)"]}


ALL.append(h122())


# ============================================================ h124 (PDF borderless: platypus table without rules, 得分率 column)

def h124():
    dept = "上饶市信州区教育体育局"
    b, e = 15_842.60, 15_208.90
    rate = pct(e, b)  # 96.00
    ind = [("预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, r2(rate / 10)),
           ("产出", "义务教育巩固率", "≥99%", "99.6%", 15, 15),
           ("产出", "学前教育毛入园率", "≥92%", "93.5%", 15, 15),
           ("产出", "校园安全责任事故", "0起", "未发生", 10, 10),
           ("效益", "学生体质健康达标率", "≥92%", "90.5%", 15, 13.5),
           ("效益", "教师培训覆盖率", "100%", "100%", 15, 15),
           ("满意度", "家长满意度", "≥90%", "86.0%", 20, 18)]
    assert sum(r[4] for r in ind) == 100
    total = r2(sum(r[5] for r in ind))
    srate = {"家长满意度": "95.00%"}  # PLANT SCORE_RATE: 18 ÷ 20 = 90.00%
    tbl = [["一级指标", "三级指标", "年度目标", "实际完成", "分值", "得分", "得分率"]]
    for l1, l3, t, a, w, s in ind:
        tbl.append([l1, l3, t, a, fmt(w), fmt(s), srate.get(l3, f"{pct(s, w):.2f}%")])
    tbl.append(["合计", "", "", "", "100", fmt(total), f"{total:.2f}%"])
    story = [("T", "信州区教育体育局2022年度部门整体支出绩效自评表"),
             ("P", "单位：万元"),
             # PLANT FORMULA: the formula line prints 97.00%
             ("P", f"全年预算数 {b:,.2f}　　全年执行数 {e:,.2f}　　预算执行率 = 全年执行数 ÷ 全年预算数 = 97.00%"),
             ("TBL", tbl, [2, 4, 2, 2, 1, 1, 1.4]),
             ("P", "评分规则：预算执行率得分 = 预算执行率 × 10；其他指标未达目标的酌情扣分。自评等级：优")]
    g = gold(None, dept, 2022, "COUNTY", None, "SELF_EVALUATION", None, total, 100, "优",
             budget(None, b, e, rate), [], [row(l1, None, l3, t, a, w, s) for l1, l3, t, a, w, s in ind])
    fnd = [F("FORMULA", "预算执行率", f"预算执行率 = 全年执行数 ÷ 全年预算数 = 97.00%", "97.00%", "96.00%", "HIGH", "ERROR",
             f"{e:,.2f} ÷ {b:,.2f} = 96.00%; the table's row uses 96.00% and scores 9.6 (the formula line alone is wrong)"),
           F("SCORE_RATE", "家长满意度", "家长满意度 | 20 | 18 | 95.00%", "95.00%", "90.00%", "HIGH", "ERROR", "18 ÷ 20 = 90.00%")]
    return {"stem": "h124_xinzhou_jiaoti", "format": "pdf",
            "platypus": {"header": "信州区教育体育局", "footer": "信州区教育体育局", "story": story, "grid": False},
            "gold": g, "findings": fnd,
            "traps": ["96.00% × 10 = 9.6", "学生体质健康达标率 13.5 of 15 (90.00%) with no rule: judgement",
                      "校园安全责任事故 未发生 full", "合计 得分率 = 得分 ÷ 100"]}


ALL.append(h124())


# ============================================================ h123 (DOC: prose + 分项得分 subtotal table)

def h123():
    dept = "南充市顺庆区住房和城乡建设局"
    blk = [("合计", 5230.00, 5018.40), ("基本支出", 1460.00, 1472.30),  # PLANT SPENDING_OVER_BUDGET: 1472.30 > 1460.00
           ("项目支出", 3770.00, 3546.10)]
    for k in (1, 2):
        assert round(blk[1][k] + blk[2][k], 2) == blk[0][k]
    rate = pct(blk[0][2], blk[0][1])  # 95.95
    ind = [("投入", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, r2(rate / 10), "执行率×10"),
           ("投入", "预算管理", "结余结转控制", "≤5%", "4.05%", 5, 5, ""),
           ("投入", "预算管理", "政府采购规范性", "规范", "规范", 5, 5, ""),
           ("产出", "数量", "棚户区改造开工套数", "≥1200套", "1236套", 15, 15, ""),
           # PLANT MALFORMED_RULE: the bands overlap (≥95% full; 90%–98% 扣2分)
           ("产出", "质量", "建筑施工安全检查覆盖率", "≥95%", "96.5%", 15, 15, "≥95%得满分；90%—98%扣2分；90%以下不得分"),
           ("产出", "时效", "施工许可办理时限", "≤15个工作日", "12个工作日", 10, 10, ""),
           ("效果", "社会效益", "建筑施工较大及以上安全事故", "0起", "未发生", 15, 15, ""),
           ("效果", "可持续影响", "装配式建筑占新建建筑比例", "≥30%", "28.5%", 10, 9, "项目结构调整，酌情扣1分"),
           ("满意度", "满意度", "群众满意度", "≥90%", "92.0%", 15, 15, "")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)
    secs = sections(ind)
    P = [Title("顺庆区住房和城乡建设局2023年度部门整体支出绩效自评报告"),
         "一、基本情况",
         f"2023年我局全年预算{blk[0][1]:,.2f}万元，其中基本支出{blk[1][1]:,.2f}万元、项目支出{blk[2][1]:,.2f}万元；"
         f"全年支出{blk[0][2]:,.2f}万元，其中基本支出{blk[1][2]:,.2f}万元、项目支出{blk[2][2]:,.2f}万元，预算执行率{rate:.2f}%。",
         "二、分项指标自评情况"]
    for k, (l1, l2, l3, t, a, w, s, n) in enumerate(ind, 1):
        P.append(f"（{k}）{l3}：该指标属于{l1}类{l2}指标，分值{fmt(w)}分，目标{t}，完成{a}。"
                 + (f"评分标准：{n}。" if "得满分" in n or "×" in n else (f"{n}。" if n else "")) + f"得{fmt(s)}分。")
    rows = [["类别", "分值", "自评得分"]] + [[n, fmt(w), fmt(s)] for n, w, s in secs] + [["小计", "100", fmt(total)]]
    P += ["三、分项得分汇总", styled(Table(rows), [4, 3, 3], header_rows=1),
          f"四、自评结论：综合得分{fmt(total)}分，等级为“优”。"]
    g = gold(None, dept, 2023, "COUNTY", None, "SELF_EVALUATION", None, total, 100, "优",
             budget(None, blk[0][1], blk[0][2], rate, blk[1][1], blk[1][2], blk[2][1], blk[2][2]), secs, grows(ind))
    fnd = [F("SPENDING_OVER_BUDGET", "基本支出", "其中基本支出1,460.00万元 … 其中基本支出1,472.30万元", "1,472.30", "≤ 1,460.00",
             "HIGH", "WARNING", "基本支出 spent 1,472.30 against a budget of 1,460.00 (12.30 over, 100.84%); 合计 95.95% hides it"),
           F("MALFORMED_RULE", "建筑施工安全检查覆盖率", "≥95%得满分；90%—98%扣2分；90%以下不得分", "≥95% full; 90%–98% −2",
             "overlapping bands", "HIGH", "WARNING",
             "95%–98% is in both the full-mark band and the 扣2分 band; 96.5% gets 15 or 13 depending on the reading")]
    return {"stem": "h123_shunqing_zhujian", "format": "doc", "blocks": P, "gold": g, "findings": fnd,
            "traps": ["95.95% × 10 = 9.595 printed 9.6 (rounding)", "基本 + 项目 = 合计 in both figures",
                      "未发生 full", "装配式 28.5% < 30% 酌情扣1 (judgement)", "分项得分汇总 rows add to their items and to the 小计"]}


ALL.append(h123())
