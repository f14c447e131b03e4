"""Round 13 (h103–h110): issue-9 layouts not used before, each with PLANTED issue-10 inconsistencies, made apart from
the code by the corpus13 session.

Each report is written once here; its printed cells / text and its gold come from the same tuples, so the gold
records what the report PRINTS (planted errors included). Every planted figure carries a `# PLANT <KIND>` comment and
its expected finding is written next to it (`findings`); `traps` lists what an audit must NOT flag. heldout13.py
checks (heldout4.recheck against the planted kinds), writes gold/findings and renders the files.

Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, extra) — extra is the 偏差原因 / 评分标准 / 备注 of the
layout.
"""
from heldout import PageBreak, Table, Title, group_merges, fmt, row, budget, gold
from reports3_a import Num
from reports4 import styled, pct, mc, F

ALL = []


def wan(x):
    return round(x / 10000, 6)


def grade(total):
    return "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"


def score10(rate, weight=10):
    return round(min(rate, 100) / 100 * weight + 1e-9, 2)


def s2(ind, k):
    return round(sum(r[k] for r in ind), 2)


def with_project(g, project, unit):
    out = {}
    for k, v in g.items():
        out[k] = v
        if k == "department":
            out["project"] = project
            out["implementingUnit"] = unit
    return out


def grows(ind, two_level=False):
    return [row(l1, None if two_level else l2, l3, t or None, a or None, w, s)
            for l1, l2, l3, t, a, w, s, _ in ind]


# ============================================================ h103 北海市银海区 (PDF: 3 MOF 项目 forms, running on)

class Proj:
    def __init__(self, name, dept, unit, funds, plan, done, ind):
        self.name, self.dept, self.unit, self.funds, self.plan, self.done, self.ind = \
            name, dept, unit, funds, plan, done, ind
        _, self.init, self.adj, self.exp = funds[0]
        for k in (1, 2, 3):
            assert abs(sum(f[k] for f in funds[1:]) - funds[0][k]) < 0.001, (name, k)
        self.rate = pct(self.exp, self.adj)
        self.bscore = score10(self.rate)
        assert s2(ind, 5) == 90, (name, s2(ind, 5))
        self.total = round(self.bscore + s2(ind, 6), 2)

    def gold(self):
        # no grade: these forms print none (no 自评等级 line, no bands); corrected by the lead after the first score
        g = gold(None, self.dept, 2022, "COUNTY", "广西壮族自治区", "SELF_EVALUATION", None, self.total, 100,
                 None, budget(self.init, self.adj, self.exp, self.rate), [],
                 [row(None, None, "年度资金总额", None, f"{self.rate:.2f}%", 10, self.bscore)] + grows(self.ind))
        return with_project(g, self.name, self.unit)

    def table(self):
        rows = [["项目名称", "", self.name, "", "", "", "", ""],
                ["主管部门", "", self.dept, "", "", "实施单位", self.unit, ""],
                ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]]
        merges = [(0, 0, 0, 1), (0, 2, 0, 7), (1, 0, 1, 1), (1, 2, 1, 4), (1, 6, 1, 7), (2, 0, 2, 1)]
        for k, (label, i, a, e) in enumerate(self.funds):
            r = len(rows)
            if k == 0:
                rows.append([label, "", f"{i:.2f}", f"{a:.2f}", f"{e:.2f}", "10", f"{self.rate:.2f}%",
                             fmt(self.bscore)])
            else:
                rows.append([label, "", f"{i:.2f}", f"{a:.2f}", f"{e:.2f}", "—", "—", "—"])
            merges.append((r, 0, r, 1))
        g = len(rows)
        rows += [["年度总体目标", "", "预期目标", "", "", "实际完成情况", "", ""],
                 ["", "", self.plan, "", "", self.done, "", ""],
                 ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "全年实际值", "分值", "得分"]]
        merges += [(g, 0, g + 1, 1), (g, 2, g, 4), (g, 5, g, 7), (g + 1, 2, g + 1, 4), (g + 1, 5, g + 1, 7)]
        start = len(rows)
        for l1, l2, l3, t, a, w, s, n in self.ind:
            rows.append(["", l1, l2, l3, t, a, fmt(w), fmt(s)])
        merges.append((start - 1, 0, len(rows) - 1, 0))
        merges += group_merges(rows, [1, 2], start)
        rows.append(["总分", "", "", "", "", "", "100", fmt(self.total)])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
        notes = [n for *_, n in self.ind if n]
        rows.append(["偏差原因分析及改进措施", "", "；".join(notes) if notes else "无。", "", "", "", "", ""])
        merges += [(len(rows) - 1, 0, len(rows) - 1, 1), (len(rows) - 1, 2, len(rows) - 1, 7)]
        return styled(Table(rows, merges), [1.4, 2.0, 2.4, 4.0, 2.6, 2.6, 2.0, 1.8])


H103_P = [
    Proj("银海区2022年学前教育发展专项资金项目", "北海市银海区教育局", "北海市银海区学前教育管理中心",
         [("年度资金总额", 420.00, 465.00, 452.60), ("其中：当年财政拨款", 400.00, 445.00, 432.60),
          ("上年结转资金", 20.00, 20.00, 20.00), ("其他资金", 0.00, 0.00, 0.00)],
         "新增公办幼儿园学位540个以上，扶持普惠性民办幼儿园26所，学前三年毛入园率达到90%以上。",
         "新增公办学位570个，扶持普惠性民办园26所，学前三年毛入园率91.6%；2所民办园普惠认定复核未通过。",
         [("产出指标", "数量指标", "公办幼儿园新增学位数", "≥540个", "570个", 10, 10, ""),
          ("产出指标", "数量指标", "扶持普惠性民办幼儿园数", "≥26所", "26所", 10, 10, ""),
          ("产出指标", "质量指标", "幼儿园教师持证上岗率", "≥95%", "97.8%", 10, 10, ""),
          ("产出指标", "质量指标", "幼儿园安全责任事故", "0起", "未发生", 10, 10, ""),
          ("产出指标", "时效指标", "补助资金拨付及时率", "100%", "100%", 5, 5, ""),
          ("产出指标", "成本指标", "生均公用经费补助标准", "≥600元/生·年", "600元/生·年", 5, 5, ""),
          ("效益指标", "社会效益指标", "学前三年毛入园率", "≥90%", "91.6%", 15, 15, ""),
          ("效益指标", "可持续影响指标", "普惠性幼儿园覆盖率", "≥85%", "83.2%", 10, 9,
           "普惠性幼儿园覆盖率：2所民办园普惠认定复核未通过，2023年继续指导整改"),
          ("满意度指标", "服务对象满意度指标", "幼儿家长满意度", "≥90%", "94.3%", 15, 15, "")]),
    Proj("银海区2022年高标准农田建设项目", "北海市银海区农业农村局", "北海市银海区农业技术推广中心",
         [("年度资金总额", 1860.00, 2040.00, 1918.80), ("其中：当年财政拨款", 1860.00, 1980.00, 1858.80),
          ("上年结转资金", 0.00, 60.00, 60.00), ("其他资金", 0.00, 0.00, 0.00)],
         "建成高标准农田1.2万亩，新建改造灌排渠道36公里，亩均粮食产能提升50公斤以上。",
         # PLANT SAME_FIGURE_DIFFERS: 完成投资1,981.80万元 here vs 全年执行数 1918.80 in the fund block
         "建成高标准农田1.2万亩，完成投资1,981.80万元，项目区亩均粮食产能提升62公斤；部分片区田间道路硬化顺延至2023年。",
         [("产出指标", "数量指标", "新建高标准农田面积", "≥1.2万亩", "1.2万亩", 10, 10, ""),
          # PLANT TARGET_MISSED_FULL_MARKS: 31.5 < 36公里, full marks, no reason given
          ("产出指标", "数量指标", "新建改造灌排渠道", "≥36公里", "31.5公里", 10, 10, ""),
          ("产出指标", "质量指标", "工程验收合格率", "100%", "100%", 10, 10, ""),
          ("产出指标", "时效指标", "项目当年完工率", "≥90%", "92%", 5, 5, ""),
          ("产出指标", "成本指标", "亩均建设投入", "≤1700元", "1599元", 5, 5, ""),
          ("效益指标", "经济效益指标", "亩均粮食产能提升", "≥50公斤", "62公斤", 10, 10, ""),
          ("效益指标", "生态效益指标", "节水灌溉面积占比", "≥30%", "33.5%", 10, 10, ""),
          ("效益指标", "可持续影响指标", "工程管护责任落实率", "100%", "100%", 10, 10, ""),
          ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "88.4%", 20, 18,
           "受益农户满意度：部分片区田间道路硬化未完成，群众反映通行不便，已纳入2023年续建")]),
    Proj("银海区2022年基本公共卫生服务项目", "北海市银海区卫生健康局", "北海市银海区疾病预防控制中心",
         [("年度资金总额", 736.50, 736.50, 736.50), ("其中：当年财政拨款", 736.50, 736.50, 736.50),
          ("上年结转资金", 0.00, 0.00, 0.00), ("其他资金", 0.00, 0.00, 0.00)],
         "为辖区常住居民免费提供12类国家基本公共卫生服务，居民电子健康档案建档率90%以上。",
         "12类服务全部开展，电子健康档案建档率92.6%；65岁及以上老年人健康管理1.08万人，略低于目标。",
         [("产出指标", "数量指标", "居民电子健康档案建档率", "≥90%", "92.6%", 10, 10, ""),
          ("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥1.1万人", "1.08万人", 10, 9,
           "老年人健康管理人数：部分老年人外出务工随迁，体检预约率偏低，下年度增加上门服务"),
          ("产出指标", "质量指标", "高血压患者规范管理率", "≥60%", "62.5%", 10, 10, ""),
          ("产出指标", "质量指标", "适龄儿童国家免疫规划疫苗接种率", "≥90%", "98.7%", 10, 10, ""),
          ("产出指标", "时效指标", "资金拨付及时率", "100%", "100%", 5, 5, ""),
          ("产出指标", "成本指标", "人均基本公共卫生服务经费补助标准", "84元", "84元", 5, 5, ""),
          ("效益指标", "社会效益指标", "突发公共卫生事件报告及时率", "100%", "100%", 10, 10, ""),
          ("效益指标", "社会效益指标", "重大传染病暴发流行", "不发生", "未发生", 10, 10, ""),
          ("满意度指标", "服务对象满意度指标", "居民满意度", "≥85%", "87.2%", 20, 20, "")]),
]


def h103():
    blocks = [Title("北海市银海区2022年度项目支出绩效自评表"),
              "按照区财政局部署，现将区教育局、区农业农村局、区卫生健康局2022年度项目支出绩效自评结果公开如下。"]
    for k, p in enumerate(H103_P):
        if k == 2:
            blocks.append(PageBreak())
        blocks += [Title("项目支出绩效自评表"), f"（2022年度）　　　　　　　　　　　　　　　附表{k + 1}", p.table(),
                   f"单位负责人：{['黄××', '陈××', '莫××'][k]}　　填表人：{['李××', '梁××', '韦××'][k]}　　"
                   f"填报日期：2023年4月{[6, 10, 12][k]}日", ""]
    golds = [p.gold() for p in H103_P]
    p2 = H103_P[1]
    fnd = [
        dict(F("TARGET_MISSED_FULL_MARKS", "新建改造灌排渠道", "新建改造灌排渠道 | ≥36公里 | 31.5公里 | 10 | 10",
               "10", "< 10", "HIGH", "WARNING",
               "report 2 (高标准农田): 31.5公里 misses ≥36公里 (87.5%) but the row keeps its full 10 points; no "
               "deviation reason is given for it"), report=2, project=p2.name),
        dict(F("SAME_FIGURE_DIFFERS", "全年执行数", "完成投资1,981.80万元 | 全年执行数 1918.80",
               "1,981.80万元", "1918.80万元", "HIGH", "WARNING",
               "report 2 (高标准农田): the 实际完成情况 text gives 1,981.80万元, the fund block 1918.80 (执行率 "
               "94.06% = 1918.80 ÷ 2040.00 uses the table figure; 1981.80 would be 97.15%)"), report=2, project=p2.name),
    ]
    return {"stem": "h103_yinhai_xiangmu", "format": "pdf", "blocks": blocks, "gold": golds, "findings": fnd,
            "traps": ["扶持普惠性民办幼儿园 26所 vs ≥26所; 生均公用经费 600 vs ≥600; 基本公卫 84元 vs 84元",
                      "幼儿园安全责任事故 / 重大传染病 未发生 full marks",
                      "普惠性幼儿园覆盖率 83.2% < 85% loses 1, 受益农户满意度 88.4% < 90% loses 2, 老年人健康管理 "
                      "1.08 < 1.1万人 loses 1, each with a reason, no numeric rule",
                      "执行率 × 10: 97.33% → 9.73, 94.06% → 9.41, 100% → 10",
                      "亩均建设投入 1599元 = 1918.80万元 ÷ 1.2万亩 ≤ 1700元"]}


ALL.append(h103())


# ============================================================ h104 齐齐哈尔市龙沙区 (XLS: 部门整体, merged head block)

def h104():
    dept = "齐齐哈尔市龙沙区市场监督管理局"
    init, adj, exp = 1268.40, 1342.75, 1296.58  # PLANT BREAKDOWN_SUM: 总计 全年 1342.75, 基本 + 项目 = 1332.75
    b_i, b_a, b_e = 986.20, 1018.65, 1012.37
    p_i, p_a, p_e = 282.20, 314.10, 284.21
    assert round(b_i + p_i, 2) == init and round(b_e + p_e, 2) == exp and round(b_a + p_a, 2) == 1332.75
    rate = pct(exp, adj)
    assert rate == 96.56
    bs = score10(rate)
    ind = [("预算管理", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "得分=执行率×10"),
           ("预算管理", "资金管理", "资金使用合规性", "合规", "合规", 5, 5, ""),
           ("预算管理", "资金管理", "“三公”经费控制率", "≤100%", "86.4%", 5, 5, ""),
           ("产出指标", "数量指标", "食品安全监督抽检批次", "≥1800批次", "1926批次", 10, 10, ""),
           ("产出指标", "数量指标", "“双随机、一公开”抽查任务完成率", "100%", "100%", 8, 8, ""),
           # PLANT ROW_SCORE_OVER_WEIGHT: 8.5 of 8
           ("产出指标", "质量指标", "抽检不合格食品核查处置率", "100%", "100%", 8, 8.5, ""),
           ("产出指标", "质量指标", "强制检定计量器具检定完成率", "≥95%", "95%", 6, 6, ""),
           # PLANT TARGET_MET_POINTS_LOST: 99.2% ≥ 98%, 7 of 8, no reason
           ("产出指标", "时效指标", "消费投诉按时办结率", "≥98%", "99.2%", 8, 7, ""),
           ("效益指标", "社会效益指标", "区域性重大食品安全事故", "不发生", "未发生", 10, 10, ""),
           ("效益指标", "经济效益指标", "新登记市场主体增长率", "≥8%", "6.9%", 10, 9,
            "个体工商户新设放缓，增速低于预期"),
           ("效益指标", "可持续影响指标", "涉企信用信息公示率", "100%", "100%", 5, 5, ""),
           ("满意度指标", "服务对象满意度指标", "市场主体满意度", "≥90%", "93.1%", 15, 15, "")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)
    assert total == 98.16
    N = Num
    rows = [["2023年度部门整体支出绩效自评表", "", "", "", "", "", "", ""],
            ["部门名称", dept, "", "", "", "填报日期", "2024年3月15日", ""],
            ["预算资金情况（万元）", "资金类别", "年初预算", "调整后预算", "实际支出", "执行率", "", ""],
            ["", "总计", N(init, "#,##0.00"), N(adj, "#,##0.00"), N(exp, "#,##0.00"), N(round(rate / 100, 4), "0.00%"), "", ""],
            ["", "基本支出", N(b_i, "#,##0.00"), N(b_a, "#,##0.00"), N(b_e, "#,##0.00"),
             N(round(pct(b_e, b_a) / 100, 4), "0.00%"), "", ""],
            ["", "项目支出", N(p_i, "#,##0.00"), N(p_a, "#,##0.00"), N(p_e, "#,##0.00"),
             N(round(pct(p_e, p_a) / 100, 4), "0.00%"), "", ""],
            ["年度总体目标", "完成食品、药品、特种设备等重点领域监管任务，食品安全监督抽检不少于1800批次，"
             "消费投诉按时办结率98%以上，营造安全放心的消费环境。", "", "", "", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "分值", "年度目标", "实际完成", "得分", "扣分原因"]]
    merges = [(0, 0, 0, 7), (1, 1, 1, 4), (1, 6, 1, 7), (2, 0, 5, 0)] + [(r, 5, r, 7) for r in range(2, 6)] + \
             [(6, 1, 6, 7)]
    start = len(rows)
    for l1, l2, l3, t, a, w, s, x in ind:
        rows.append([l1, l2, l3, N(w), t, a, N(s), x])
    merges += group_merges(rows, [0, 1], start)
    rows.append(["合计", "", "", N(100), "", "", N(total), ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    rows.append(["自评等级", "", "", grade(total), "", "", "", ""])
    merges += [(len(rows) - 1, 0, len(rows) - 1, 2), (len(rows) - 1, 3, len(rows) - 1, 7)]
    rows.append(["说明：预算执行率得分=执行率×10，最高10分；其余指标达到年度目标得满分，未达到的根据实际情况酌情扣分。"
                 "自评等级：90分（含）以上为优，80（含）-90分为良，60（含）-80分为中，60分以下为差。",
                 "", "", "", "", "", "", ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 7))
    t = styled(Table(rows, merges), [14, 14, 26, 9, 12, 12, 9, 22])
    t.first_table_row = 1
    g = gold(None, dept, 2023, "COUNTY", "黑龙江省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(init, adj, exp, rate, b_a, b_e, p_a, p_e), [], grows(ind))
    fnd = [F("BREAKDOWN_SUM", "调整后预算", "总计 1,342.75 | 基本支出 1,018.65 | 项目支出 314.10", "1,342.75",
             "1,332.75", "HIGH", "ERROR",
             "1,018.65 + 314.10 = 1,332.75; the 年初 (986.20 + 282.20 = 1,268.40) and 实际支出 (1,012.37 + 284.21 = "
             "1,296.58) columns add up. The 执行率 96.56% is computed against the printed 1,342.75 (97.29% against "
             "1,332.75); the budget row's 9.66 follows it"),
           F("ROW_SCORE_OVER_WEIGHT", "抽检不合格食品核查处置率", "抽检不合格食品核查处置率 | 8 | 100% | 100% | 8.5",
             "8.5", "≤ 8", "HIGH", "ERROR", "score 8.5 above the row's 分值 8; the 合计 98.16 includes it"),
           F("TARGET_MET_POINTS_LOST", "消费投诉按时办结率", "消费投诉按时办结率 | 8 | ≥98% | 99.2% | 7", "7", "8",
             "HIGH", "WARNING", "99.2% meets ≥98% yet 1 point is lost, with no 扣分原因")]
    return {"stem": "h104_longsha_shichang", "format": "xls", "sheets": [("部门整体自评表", t)], "gold": g,
            "findings": fnd,
            "traps": ["强制检定完成率 95% vs ≥95%", "预算执行率 96.56% × 10 = 9.656 printed 9.66",
                      "区域性重大食品安全事故 未发生 full marks",
                      "新登记市场主体增长率 6.9% < 8% loses 1 with a reason, no numeric rule (酌情扣分)",
                      "基本支出 99.38%, 项目支出 90.48% (each under its budget)"]}


ALL.append(h104())


# ============================================================ h105 安顺市西秀区 (DOCX, third party, scores only in prose)

H105_IND = [
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 评价说明)
    ("项目决策", "项目立项", "立项依据充分性", None, None, 3, 3,
     "项目立项符合《贵州省农村公路养护管理办法》及区“十四五”交通运输发展规划，与部门职责相符"),
    ("项目决策", "项目立项", "立项程序规范性", None, None, 3, 3, "项目经区政府常务会议研究同意，审批文件齐全"),
    ("项目决策", "绩效目标", "绩效目标合理性", None, None, 3, 2.5,
     "绩效目标与项目内容基本相符，但未设置路面技术状况年度改善目标，酌情扣0.5分"),
    ("项目决策", "绩效目标", "绩效指标明确性", None, None, 3, 2.5, "部分指标未细化量化（如“群众出行条件改善”），酌情扣0.5分"),
    ("项目决策", "资金投入", "预算编制科学性", None, None, 3, 3, "预算按养护里程和定额测算，编制依据充分"),
    ("项目过程", "资金管理", "资金到位率", "100%", "100%", 5, 5, "区级配套和上级补助资金1,380.00万元全部到位"),
    ("项目过程", "资金管理", "预算执行率", "100%", "94.00%", 5, 4.7,
     "实际支出1,297.20万元，预算执行率94.00%，按“得分=预算执行率×权重分”计算"),
    ("项目过程", "资金管理", "资金使用合规性", None, None, 5, 5, "抽查凭证42笔，未发现截留、挤占、挪用情况"),
    ("项目过程", "组织实施", "管理制度健全性", None, None, 5, 5, "制定了养护考核办法和资金管理办法"),
    ("项目过程", "组织实施", "制度执行有效性", None, None, 5, 4,
     "发现2处乡镇养护台账记录不完整，按“每发现1处问题扣0.5分”扣1分"),
    ("项目产出", "产出数量", "农村公路日常养护里程", "≥1,260公里", "1,268公里", 8, 8, "完成日常养护1,268公里"),
    ("项目产出", "产出质量", "路面技术状况优良路率", "≥65%", "63.1%", 7, 5.1,
     "优良路率63.1%，低于目标1.9个百分点，按“每低1个百分点扣1分”扣1.9分"),
    ("项目产出", "产出质量", "养护工程验收合格率", "100%", "100%", 6, 6, "完工工程全部验收合格"),
    # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: the text says 尚未完工, full 6 points
    ("项目产出", "产出时效", "养护工程完工及时性", "2024年10月底前完工", "安全生命防护工程尚未完工", 6, 6,
     "截至评价时，旧州镇、宁谷镇2处安全生命防护工程尚未完工"),
    ("项目产出", "产出成本", "每公里养护成本", "≤1.05万元", "1.02万元", 8, 8, "1,297.20万元÷1,268公里≈1.02万元/公里"),
    ("项目效益", "社会效益", "农村公路通畅率", "100%", "100%", 6, 6, "全区建制村通硬化路、通客车"),
    ("项目效益", "社会效益", "因养护不到位引发的交通安全事故", "不发生", "未发生", 6, 6,
     "全年未发生因养护不到位引发的交通安全事故"),
    ("项目效益", "可持续影响", "养护长效机制", "建立", "已建立", 5, 5, "建立了包括路长制、群众护路员、季度考核等在内的长效机制"),
    ("项目效益", "满意度", "沿线群众满意度", "≥90%", "88.6%", 8, 7, "问卷调查满意度88.6%，主要意见集中在雨季塌方清理不及时，酌情扣1分"),
]


def h105():
    dept = "安顺市西秀区交通运输局"
    project = "西秀区2024年农村公路养护项目"
    unit = "安顺市西秀区农村公路管理所"
    evaluator = "贵州黔正会计师事务所有限公司"
    ind = H105_IND
    names = ["项目决策", "项目过程", "项目产出", "项目效益"]
    secs = [(n, s2([r for r in ind if r[0] == n], 5), s2([r for r in ind if r[0] == n], 6)) for n in names]
    assert [s[1] for s in secs] == [15, 25, 35, 25]
    assert [s[2] for s in secs] == [14, 23.7, 33.1, 24]
    printed = list(secs)
    printed[1] = ("项目过程", 25, 24.7)  # PLANT SECTION_VS_ROWS: items add to 23.7
    total = round(sum(s[2] for s in printed), 2)
    assert total == 95.8
    g_printed = "良"  # PLANT GRADE_OUTSIDE_BANDS: 95.8 (and 94.8) are in the printed 优 band
    short = {"项目决策": "决策", "项目过程": "过程", "项目产出": "产出", "项目效益": "效益"}
    cn = "一二三四"
    blocks = [Title(f"{project}"), Title("绩效评价报告"), "",
              "报告编号：黔正绩评〔2025〕第036号", f"委托单位：安顺市西秀区财政局", f"评价机构：{evaluator}",
              "报告日期：二〇二五年五月", PageBreak(),
              "安顺市西秀区财政局：",
              f"受贵局委托，我公司组成评价组，对{dept}实施的{project}2024年度资金使用情况开展了绩效评价。"
              "评价组通过资料核查、现场勘查、问卷调查等方式开展工作，现将评价情况报告如下。",
              "一、项目基本情况",
              f"项目由{dept}主管，{unit}具体实施，主要用于全区1,260公里以上农村公路日常养护、路面病害处治及安全生命防护工程建设。"
              "2024年年初预算1,250.00万元，年中追加130.00万元，调整后预算1,380.00万元；截至2024年12月31日实际支出1,297.20万元，"
              "预算执行率94.00%。",
              "二、评价结论",
              "评价组按照项目决策、项目过程、项目产出、项目效益四类一级指标进行评分。"
              + "；".join(f"{short[n]}类指标权重分{fmt(w)}分、实际得分{fmt(s)}分" for n, w, s in printed)
              + f"。综合评分{fmt(total)}分。根据评分标准，综合得分90分（含）以上为“优”，80分（含）至90分为“良”，"
              f"60分（含）至80分为“中”，60分以下为“差”，本项目绩效评价等级为“{g_printed}”。",
              "三、各项指标评分情况"]
    for k, n in enumerate(names):
        w = dict((a, b) for a, b, _ in printed)[n]
        blocks.append(f"（{cn[k]}）{n}")
        last2 = None
        items = [r for r in ind if r[0] == n]
        for i, (l1, l2, l3, t, a, wt, sc, x) in enumerate(items):
            if l2 != last2:
                blocks.append(f"{l2}")
                last2 = l2
            circled = "①②③④⑤⑥⑦⑧⑨⑩"[i]
            extra = ""
            if t:
                extra = f"目标值{t}，评价值{a}。"
            blocks.append(f"{circled}{l3}。设定权重分{fmt(wt)}分。{extra}{x}。评价组核定该项实际得分{fmt(sc)}分。")
    blocks += ["四、存在的问题",
               "（一）绩效目标设置不够细化，部分指标难以量化考核。（二）个别乡镇养护台账管理不规范。"
               "（三）安全生命防护工程推进滞后。",
               "五、意见建议",
               "一是细化量化绩效指标；二是加强乡镇养护台账日常检查；三是加快剩余工程建设进度。",
               "", f"{evaluator}", "二〇二五年五月二十日"]
    g = gold(None, dept, 2024, "COUNTY", "贵州省", "THIRD_PARTY_EVALUATION", evaluator, total, 100, g_printed,
             budget(1250.00, 1380.00, 1297.20, 94.00), printed, grows(ind))
    g = with_project(g, project, unit)
    fnd = [F("SECTION_VS_ROWS", "项目过程", "过程类指标权重分25分、实际得分24.7分", "24.7", "23.7", "HIGH", "ERROR",
             "5 + 4.7 + 5 + 5 + 4 = 23.7 for the five 过程 items; the 综合评分 95.8 carries the same 1 point (rows add "
             "to 94.8) — one problem"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "养护工程完工及时性",
             "截至评价时，旧州镇、宁谷镇2处安全生命防护工程尚未完工。评价组核定该项实际得分6分", "6", "< 6",
             "MEDIUM", "WARNING", "target 2024年10月底前完工; the item itself says two works are not finished, yet "
             "it keeps the full 6 points (no rule printed, so how much to deduct is a judgement)"),
           F("GRADE_OUTSIDE_BANDS", "评价等级", "综合评分95.8分…90分（含）以上为“优”…本项目绩效评价等级为“良”",
             "良", "优", "HIGH", "ERROR", "95.8 ≥ 90 is 优 by the report's own bands; 94.8 (rows) is 优 too")]
    return {"stem": "h105_xixiu_jiaotong", "format": "docx", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": ["预算执行率 94.00% × 5 = 4.7 (rule); 94.00% = 1,297.20 ÷ 1,380.00",
                      "优良路率 63.1% → 7 − 1.9 = 5.1 (partial by rule)",
                      "制度执行有效性 2处 × 0.5 = 1 deducted (rule)",
                      "绩效目标合理性 / 明确性 酌情扣0.5分, 满意度 88.6% 酌情扣1分 (judgement, no numeric rule)",
                      "交通安全事故 未发生 full marks", "长效机制 “包括路长制、群众护路员、季度考核等” list",
                      "日常养护 1,268 ≥ 1,260公里; 每公里成本 1.02 ≤ 1.05万元"]}


ALL.append(h105())


# ============================================================ h106 济南市历城区 (HTML: modern portal, div layout, 序号 table)

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def h106():
    dept = "济南市历城区园林和林业绿化局"
    project = "2025年历城区城市公园提升改造项目"
    unit = "济南市历城区园林绿化服务中心"
    init, adj, exp = 8500000.00, 9200000.00, 8776800.00
    rate = pct(exp, adj)
    assert rate == 95.40
    bs = score10(rate)
    ind = [("预算执行", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "执行率×10，最高10分"),
           ("产出指标", "数量指标", "改造提升公园数量", "6个", "6个", 10, 10, "完成得满分，每少1个扣2分"),
           ("产出指标", "数量指标", "新增绿化面积", "≥12万平方米", "11.4万平方米", 10, 9.5, "按完成比例计分"),
           ("产出指标", "质量指标", "苗木成活率", "≥95%", "96.2%", 10, 10,
            "≥95%得满分；90%（含）-95%得6分；低于90%不得分"),
           ("产出指标", "质量指标", "工程验收合格率", "100%", "100%", 5, 5, "全部合格得满分，否则不得分"),
           # PLANT MALFORMED_RULE: the band for a longer delay pays more (4) than the shorter one (3)
           ("产出指标", "时效指标", "工程按期完工率", "100%", "100%", 5, 5,
            "按期完工得5分；延期1个月以内得3分；延期1个月以上得4分"),
           ("产出指标", "时效指标", "资金拨付及时率", "100%", "100%", 5, 5, "按时拨付得满分"),
           ("产出指标", "成本指标", "单位面积改造成本", "≤75元/平方米", "73.2元/平方米", 5, 5, "不超过目标值得满分"),
           ("效益指标", "社会效益指标", "公园日均游客量", "≥1.5万人次", "1.62万人次", 10, 10,
            "达到目标值得满分，每低10%扣1分"),
           ("效益指标", "生态效益指标", "建成区绿化覆盖率提升", "≥0.5个百分点", "0.5个百分点", 10, 10, "达到目标值得满分"),
           ("效益指标", "可持续影响指标", "公园长效管护机制", "建立", "已建立", 10, 10, "建立得满分，未建立不得分"),
           ("满意度指标", "服务对象满意度指标", "游园群众满意度", "≥90%", "88.5%", 10, 8.5,
            "≥90%得满分，每低1个百分点扣1分")]
    assert s2(ind, 5) == 100
    rows_sum = s2(ind, 6)
    assert rows_sum == 97.54
    total = 98.54  # PLANT TOTAL_VS_ROWS: the rows add to 97.54
    head = [("项目名称", project), ("主管部门", dept), ("实施单位", unit), ("评价年度", "2025年度"),
            ("年初预算数（元）", mc(init)), ("全年预算数（元）", mc(adj)), ("全年执行数（元）", mc(exp)),
            ("预算执行率", f"{rate:.2f}%")]
    th = ["序号", "一级指标", "二级指标", "三级指标", "评分标准", "年度目标值", "实际完成值", "分值", "得分", "偏差原因"]
    notes = {"新增绿化面积": "2处绿地因地下管线迁改未能按设计全部实施",
             "游园群众满意度": "部分公园停车位不足、公厕数量偏少，群众意见较多"}
    trs = []
    for k, (l1, l2, l3, t, a, w, s, rule) in enumerate(ind, 1):
        tds = [str(k), l1, l2, l3, rule, t, a, fmt(w), fmt(s), notes.get(l3, "")]
        trs.append("          <tr>" + "".join(f"<td>{esc(x)}</td>" for x in tds) + "</tr>")
    trs.append("          <tr class=\"sum\"><td colspan=\"7\">合计</td><td>100</td>"
               f"<td>{fmt(total)}</td><td></td></tr>")
    prose1 = (f"{project}由{dept}主管、{unit}组织实施，对华山湖、荷花路等6处城市公园进行提升改造，新增绿化面积、完善游园设施。"
              f"项目年初预算{mc(init)}元，年中追加{mc(adj - init)}元，全年预算{mc(adj)}元，全年执行{mc(exp)}元。")
    # PLANT FORMULA: 8,776,800.00 ÷ 9,200,000.00 = 95.40%, the sentence says 94.50%
    prose2 = ("项目预算执行率=全年执行数÷全年预算数×100%=8,776,800.00÷9,200,000.00×100%=94.50%，"
              "剩余资金为工程质保金，待质保期满后支付。")
    prose3 = (f"经自评，本项目总得分{fmt(total)}分，自评等级为“{grade(total)}”。"
              "存在的主要问题：个别地块受管线迁改影响，绿化面积未全部完成；公园配套服务设施仍有短板。下一步将加快剩余地块实施，"
              "增设生态停车位和公厕。")
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="ArticleTitle" content="{project}绩效自评报告">
<meta name="PubDate" content="2026-04-17 10:32">
<meta name="ContentSource" content="{dept}">
<title>{project}绩效自评报告_{dept}</title>
<link rel="stylesheet" href="/static/css/article.min.css">
</head>
<body>
<div class="topbar"><div class="wrap"><a href="/">济南市历城区人民政府</a><span class="sep">|</span><a href="/col/zfxxgk">政府信息公开</a></div></div>
<div class="wrap">
  <div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/col/zfxxgk">政府信息公开</a> &gt; <a href="/col/czzj">财政资金</a> &gt; <span>绩效评价</span></div>
  <div class="article">
    <div class="article-title">{project}绩效自评报告</div>
    <div class="article-meta">
      <span>发布时间：2026-04-17</span><span>来源：{dept}</span><span>浏览次数：<em id="hits">128</em></span>
      <span class="font-size">字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a></span>
    </div>
    <div class="article-content" id="zoom">
      <div class="sec-title">一、项目基本信息</div>
      <div class="kv-list">
{chr(10).join(f'        <div class="kv-item"><span class="kv-label">{esc(k)}</span><span class="kv-value">{esc(v)}</span></div>' for k, v in head)}
      </div>
      <div class="sec-title">二、项目实施及资金执行情况</div>
      <div class="para">{esc(prose1)}</div>
      <div class="para">{esc(prose2)}</div>
      <div class="sec-title">三、绩效指标完成情况</div>
      <div class="table-wrap">
        <table>
          <thead>
          <tr>{"".join(f"<th>{x}</th>" for x in th)}</tr>
          </thead>
          <tbody>
{chr(10).join(trs)}
          </tbody>
        </table>
      </div>
      <div class="sec-title">四、自评结论</div>
      <div class="para">{esc(prose3)}</div>
      <div class="para right">{dept}</div>
      <div class="para right">2026年4月15日</div>
    </div>
    <div class="article-tools"><a href="javascript:window.print();">【打印本页】</a><a href="javascript:window.close();">【关闭窗口】</a></div>
  </div>
</div>
<div class="footer"><div class="wrap">主办单位：济南市历城区人民政府办公室　网站标识码：3701120001　鲁ICP备05012345号</div></div>
</body>
</html>
"""
    g = gold(None, dept, 2025, "COUNTY", "山东省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(wan(init), wan(adj), wan(exp), rate), [], grows(ind))
    g = with_project(g, project, unit)
    fnd = [F("TOTAL_VS_ROWS", "总分", "合计 | 100 | 98.54", "98.54", "97.54", "HIGH", "ERROR",
             "9.54 + 10 + 9.5 + 10 + 5 + 5 + 5 + 5 + 10 + 10 + 10 + 8.5 = 97.54 (12 rows); the 自评结论 repeats "
             "98.54 (same problem); 优 either way"),
           F("FORMULA", "预算执行率", "8,776,800.00÷9,200,000.00×100%=94.50%", "94.50%", "95.40%", "HIGH", "ERROR",
             "8,776,800.00 ÷ 9,200,000.00 = 95.40% (as the head list and row 1 print); the prose result is wrong"),
           F("MALFORMED_RULE", "工程按期完工率", "按期完工得5分；延期1个月以内得3分；延期1个月以上得4分", "4 for > 1个月",
             "≤ 3", "HIGH", "WARNING",
             "the band for the longer delay pays more than the band for the shorter one; the row itself (按期, 5) "
             "is not affected")]
    return {"stem": "h106_licheng_yuanlin", "format": "html", "html": html, "gold": g, "findings": fnd,
            "traps": ["预算执行率 95.40% × 10 = 9.54", "新增绿化面积 11.4/12 = 95% × 10 = 9.5 (partial by rule)",
                      "游园群众满意度 88.5% → 10 − 1.5 = 8.5 (rule)", "改造公园 6个 vs 6个; 覆盖率提升 0.5 vs ≥0.5个百分点",
                      "苗木成活率 96.2% ≥ 95% full marks by the band rule"]}


ALL.append(h106())


# ============================================================ h107 常德市武陵区 (PDF drawn: borderless, two levels, 元)

def h107():
    dept = "常德市武陵区发展和改革局"
    init, adj, exp = 6284300.00, 6912540.00, 6598210.36
    bi, ba, be = 4650000.00, 4856200.00, 4851637.20
    pi, pa, pe = 1634300.00, 2056340.00, 1746573.16
    assert round(bi + pi, 2) == init and round(ba + pa, 2) == adj and round(be + pe, 2) == exp
    rate = pct(exp, adj)
    assert rate == 95.45
    printed_rate = 96.45  # PLANT EXECUTION_RATE: 6,598,210.36 ÷ 6,912,540.00 = 95.45%
    ind = [("投入", "", "预算执行率", "100%", f"{printed_rate:.2f}%", 10, 8,
            "≥98%得10分；95%（含）-98%得8分；90%（含）-95%得6分；低于90%不得分"),
           ("投入", "", "预算调整率", "≤12%", "10.00%", 5, 5, "不超过目标值得满分"),
           ("投入", "", "“三公”经费控制率", "≤100%", "78.6%", 5, 5, "不超过预算得满分"),
           ("过程", "", "资金使用合规性", "合规", "合规", 10, 10, "无违规使用资金得满分"),
           ("过程", "", "政府采购执行率", "100%", "100%", 5, 5, "达到目标得满分"),
           ("过程", "", "固定资产利用率", "≥90%", "93%", 5, 5, "达到目标得满分"),
           # PLANT RULE_SCORE: 86% is 4 points below 90% → 10 − 4 = 6, printed 8
           ("产出", "", "重点项目前期工作完成率", "≥90%", "86%", 10, 8, "每低于目标值1个百分点扣1分"),
           ("产出", "", "价格监测数据报送及时率", "100%", "100%", 10, 10, "全部及时报送得满分"),
           ("产出", "", "企业投资项目备案办结时限", "≤5个工作日", "5个工作日", 10, 10, "不超过时限得满分"),
           ("效果", "", "储备粮库存安全事故", "不发生", "未发生", 10, 10, "未发生得满分"),
           ("效果", "", "服务对象满意度", "≥90%", "91.8%", 10, 10, "达到目标得满分"),
           ("效果", "", "重点项目完成年度投资", "≥120亿元", "112.6亿元", 10, 8,
            "酌情扣分（2个项目受用地报批影响推迟开工）")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)
    assert total == 94
    d = {"title": "2021年度部门整体支出绩效自评表",
         "info": [f"填报单位：{dept}", "金额单位：元　　填报日期：2022年3月28日"],
         "before": ["一、部门预算资金执行情况"],
         "budget_widths": [130, 130, 130, 130, 100],
         "budget_rows": [["资金类别", "年初预算数", "全年预算数", "全年执行数", "执行率"],
                         ["合计", mc(init), mc(adj), mc(exp), f"{printed_rate:.2f}%"],
                         ["基本支出", mc(bi), mc(ba), mc(be), f"{pct(be, ba):.2f}%"],
                         ["项目支出", mc(pi), mc(pa), mc(pe), f"{pct(pe, pa):.2f}%"]],
         "widths": [50, 150, 80, 80, 44, 44, 310],
         "centred": [0, 2, 3, 4, 5],
         "head": [["一级指标", "二级指标", "指标值", "完成值", "分值", "得分", "评分标准及扣分说明"]],
         "rows": [[l1, l3, t, a, fmt(w), fmt(s), x] for l1, _, l3, t, a, w, s, x in ind],
         "total": ["合计", "", "", "", "100", fmt(total), ""],
         "after": [
             # PLANT SAME_FIGURE_DIFFERS: 6,589,210.36 here vs 6,598,210.36 in the grid
             f"二、自评结论：全年预算{mc(adj)}元，全年支出6,589,210.36元，自评得分{fmt(total)}分，自评等级为“{grade(total)}”。",
             "三、等级划分：90分（含）以上为优，80（含）-90分为良，60（含）-80分为中，60分以下为差。",
             "单位负责人：周××　　财务负责人：杨××　　填表人：刘××　　联系电话：0736-72×××××"]}
    d["before"].insert(0, "")
    g = gold(None, dept, 2021, "COUNTY", "湖南省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(wan(init), wan(adj), wan(exp), printed_rate, wan(ba), wan(be), wan(pa), wan(pe)), [],
             grows(ind, two_level=True))
    fnd = [F("EXECUTION_RATE", "执行率", "合计 | 6,284,300.00 | 6,912,540.00 | 6,598,210.36 | 96.45%", "96.45%",
             "95.45%", "HIGH", "ERROR",
             "6,598,210.36 ÷ 6,912,540.00 = 95.45%; the 预算执行率 row repeats 96.45% (same problem). Its score 8 is "
             "right either way (95%–98% band)"),
           F("RULE_SCORE", "重点项目前期工作完成率", "重点项目前期工作完成率 | ≥90% | 86% | 10 | 8 | 每低于目标值1个百分点扣1分",
             "8", "6", "HIGH", "ERROR", "90 − 86 = 4 points below → 10 − 4 = 6; the 合计 94 is the rows as printed "
             "(92 by the rule, 优 either way)"),
           F("SAME_FIGURE_DIFFERS", "全年执行数", "全年支出6,589,210.36元 | 全年执行数 6,598,210.36", "6,589,210.36元",
             "6,598,210.36元", "HIGH", "WARNING", "the conclusion transposes two digits of the grid's 全年执行数")]
    return {"stem": "h107_wuling_fagai", "format": "pdf", "drawn": d, "gold": g, "findings": fnd,
            "traps": ["预算执行率 95%–98% band → 8 (partial by rule, also by the true 95.45%)",
                      "备案办结时限 5 vs ≤5个工作日", "储备粮库存安全事故 未发生 full marks",
                      "重点项目完成年度投资 112.6 < 120亿元 loses 2, 酌情扣分 with a reason (no numeric rule)",
                      "基本 + 项目 = 合计 in all three columns; 项目支出 84.94% under budget",
                      "预算调整率 10.00% = 628,240 ÷ 6,284,300 ≤ 12%"]}


ALL.append(h107())


# ============================================================ h108 邯郸市丛台区 (DOCX: 部门整体 with 年度主要任务, two-row header)

def h108():
    dept = "邯郸市丛台区卫生健康局"
    adj, exp = 5826.40, 5446.12
    ba, be = 3912.70, 3508.46
    pa, pe = 1913.70, 1937.66  # PLANT SPENDING_OVER_BUDGET: 项目支出 执行 1937.66 > 预算 1913.70
    assert round(ba + pa, 2) == adj and round(be + pe, 2) == exp
    rate = pct(exp, adj)
    assert rate == 93.47
    bs_true = score10(rate)
    assert bs_true == 9.35
    bs = 9.53  # PLANT BUDGET_ROW_SCORE: 93.47% × 10 = 9.35
    tasks = [("部门日常运转", "保障机关及所属单位人员工资、日常公用支出", 3912.70, 3508.46),
             ("基本公共卫生服务", "居民健康档案、慢病管理、重大传染病防控等", 1126.30, 1152.84),
             ("医疗卫生机构能力建设", "社区卫生服务中心设备购置、标准化建设", 512.40, 506.22),
             ("计划生育家庭扶助", "计划生育特殊家庭扶助金、奖励扶助金发放", 275.00, 278.60)]
    assert round(sum(t[2] for t in tasks[1:]), 2) == pa and round(sum(t[3] for t in tasks[1:]), 2) == pe
    ind = [("产出指标", "数量指标", "家庭医生签约服务人数", "≥18万人", "18.6万人", 10, 10, ""),
           ("产出指标", "数量指标", "适龄儿童免疫规划疫苗接种率", "≥90%", "97.2%", 10, 10, ""),
           ("产出指标", "质量指标", "孕产妇系统管理率", "≥90%", "92.4%", 10, 10, ""),
           ("产出指标", "质量指标", "法定传染病报告及时率", "100%", "100%", 10, 10, ""),
           ("产出指标", "时效指标", "计生扶助资金发放及时率", "100%", "100%", 5, 5, ""),
           ("产出指标", "成本指标", "人均基本公共卫生服务补助标准", "≥84元", "84元", 5, 5, ""),
           ("效益指标", "社会效益指标", "甲乙类传染病发病率", "低于全市平均水平", "低于全市平均水平", 10, 10, ""),
           ("效益指标", "社会效益指标", "重大医疗安全事件", "不发生", "未发生", 10, 10, ""),
           ("效益指标", "可持续影响指标", "基层医疗机构标准化建设达标率", "≥85%", "81.5%", 5, 4,
            "2家社区卫生服务站业务用房面积不达标，正在协调调整"),
           ("满意度指标", "服务对象满意度指标", "群众就医满意度", "≥90%", "91.3%", 15, 15, "")]
    assert s2(ind, 5) == 90
    total = round(bs + s2(ind, 6), 2)
    assert total == 98.53
    W = 8
    rows = [["部门（单位）名称", dept, "", "", "", "", "", ""],
            ["年度主要任务", "任务名称", "", "主要内容", "", "预算数（万元）", "执行数（万元）", ""]]
    merges = [(0, 1, 0, 7), (1, 1, 1, 2), (1, 3, 1, 4), (1, 6, 1, 7)]
    for n, c, b, e in tasks:
        r = len(rows)
        rows.append(["", n, "", c, "", f"{b:.2f}", f"{e:.2f}", ""])
        merges += [(r, 1, r, 2), (r, 3, r, 4), (r, 6, r, 7)]
    merges.append((1, 0, len(rows) - 1, 0))
    r0 = len(rows)
    rows.append(["年度预算资金（万元）", "", "全年预算数", "全年执行数", "执行率", "分值", "得分", ""])
    rows.append(["", "年度资金总额", f"{adj:.2f}", f"{exp:.2f}", f"{rate:.2f}%", "10", fmt(bs), ""])
    rows.append(["", "其中：基本支出", f"{ba:.2f}", f"{be:.2f}", f"{pct(be, ba):.2f}%", "—", "—", ""])
    rows.append(["", "项目支出", f"{pa:.2f}", f"{pe:.2f}", f"{pct(pe, pa):.2f}%", "—", "—", ""])
    merges += [(r0, 0, r0 + 3, 0)] + [(r, 6, r, 7) for r in range(r0, r0 + 4)]
    r1 = len(rows)
    rows.append(["年度总体目标", "年初设定目标：推进健康丛台建设，做好基本公共卫生服务和重大疾病防控，家庭医生签约服务18万人以上，"
                 "提升基层医疗卫生服务能力。", "", "", "", "", "", ""])
    rows.append(["", "全年实际完成：家庭医生签约18.6万人，免疫规划疫苗接种率97.2%，全年未发生重大医疗安全事件；2家社区卫生服务站"
                 "标准化建设尚未达标。", "", "", "", "", "", ""])
    merges += [(r1, 0, r1 + 1, 0), (r1, 1, r1, 7), (r1 + 1, 1, r1 + 1, 7)]
    h = len(rows)
    rows.append(["绩效指标", "", "", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"])
    rows.append(["一级指标", "二级指标", "三级指标", "", "", "", "", ""])
    merges += [(h, 0, h, 2)] + [(h, c, h + 1, c) for c in range(3, 8)]
    start = len(rows)
    for l1, l2, l3, t, a, w, s, x in ind:
        rows.append([l1, l2, l3, t, a, fmt(w), fmt(s), x])
    merges += group_merges(rows, [0, 1], start)
    rows.append(["总分", "", "", "", "", "100", fmt(total), ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    t = styled(Table(rows, merges), [2.6, 2.6, 4.2, 2.8, 2.8, 1.6, 1.6, 4.2])
    blocks = [Title("部门整体支出绩效自评表"), "（2022年度）", t,
              f"自评结论：本部门2022年度整体支出绩效自评得分{fmt(total)}分，自评等级为“{grade(total)}”。"
              "说明：年度资金总额得分=执行率×10；其他指标完成年度指标值得满分，未完成的根据偏差情况酌情扣分。"]
    g = gold(None, dept, 2022, "COUNTY", "河北省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(None, adj, exp, rate, ba, be, pa, pe), [],
             [row(None, None, "年度资金总额", None, f"{rate:.2f}%", 10, bs)] + grows(ind))
    fnd = [F("BUDGET_ROW_SCORE", "年度资金总额", "年度资金总额 | 5826.40 | 5446.12 | 93.47% | 10 | 9.53", "9.53",
             "9.35", "HIGH", "ERROR",
             "得分=执行率×10 (printed under the table): 93.47% × 10 = 9.35; the 总分 98.53 includes 9.53 (98.35 "
             "corrected) — one problem"),
           F("SPENDING_OVER_BUDGET", "项目支出", "项目支出 | 1913.70 | 1937.66 | 101.25%", "1937.66", "≤ 1913.70",
             "HIGH", "WARNING",
             "项目支出 spent 23.96 above its 全年预算数; the 年度主要任务 lines show where: 基本公共卫生服务 1152.84 > "
             "1126.30 and 计划生育家庭扶助 278.60 > 275.00 (one problem, three locations)")]
    return {"stem": "h108_congtai_weijian", "format": "docx", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": ["人均基本公共卫生服务补助 84元 vs ≥84元", "重大医疗安全事件 未发生 full marks",
                      "基层医疗机构标准化建设达标率 81.5% < 85% loses 1 with a reason (酌情扣分)",
                      "基本 + 项目 = 年度资金总额 in both columns; 年度主要任务 add up to 基本 (one line) and 项目 (three)",
                      "基本支出 89.67% under budget (no finding)"]}


ALL.append(h108())


# ============================================================ h109 延吉市 (TXT: pdftotext -layout of a ruled table)

def dw(s):
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def wrap_dw(text, width):
    lines, cur = [], ""
    for ch in text:
        if cur and dw(cur + ch) > width and ch not in "，。、；：）%":
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    return lines + [cur] if cur else [""]


def layout(rows, widths, gap=2, indent=0, label_mid=None):
    """Space-aligned lines of a ruled table as `pdftotext -layout` prints it: every cell wrapped inside its column,
    cells vertically centred in their row. label_mid: {row_index: (col, text)} printed on that row's middle line."""
    out = []
    for ri, cells in enumerate(rows):
        wrapped = [wrap_dw(c, w) if c else [] for c, w in zip(cells, widths)]
        h = max(1, max(len(x) for x in wrapped))
        grid = [[""] * len(widths) for _ in range(h)]
        for c, lines in enumerate(wrapped):
            off = (h - len(lines)) // 2
            for k, ln in enumerate(lines):
                grid[off + k][c] = ln
        for line in grid:
            s = " " * indent
            for c, txt in enumerate(line):
                s += txt + " " * (widths[c] - dw(txt) + gap)
            out.append(s.rstrip())
    return out


def h109():
    dept = "延吉市水利局"
    project = "延吉市2024年中小河流治理项目"
    unit = "延吉市河道管理站"
    funds = [("年度资金总额", 2350.00, 2350.00, 2209.00), ("其中：财政拨款", 2350.00, 2350.00, 2209.00),
             ("其他资金", 0.00, 0.00, 0.00)]
    init, adj, exp = funds[0][1:]
    rate = pct(exp, adj)
    assert rate == 94.00
    bs = score10(rate)
    ind = [("产出指标", "数量指标", "河道综合治理长度", "≥12.5公里", "12.5公里", 10, 10, ""),
           # PLANT RULE_SCORE: 数量指标按完成比例计分 → 8.2 ÷ 8.6 × 10 = 9.53, printed 9.8
           ("产出指标", "数量指标", "新建加固堤防长度", "≥8.6公里", "8.2公里", 10, 9.8,
            "布尔哈通河左岸0.4公里堤段因征地未完成暂缓实施"),
           # PLANT TARGET_MISSED_FULL_MARKS: 85% < 90%, full marks, no reason (时效, no proportional rule)
           ("产出指标", "时效指标", "汛前主体工程完工率", "≥90%", "85%", 5, 5, ""),
           ("产出指标", "质量指标", "单元工程质量合格率", "100%", "100%", 10, 10, ""),
           ("产出指标", "质量指标", "堤防工程安全鉴定", "合格", "合格", 5, 5, ""),
           ("产出指标", "成本指标", "每公里综合治理成本", "≤190万元", "176.7万元", 5, 5, ""),
           ("效益指标", "社会效益指标", "保护人口", "≥4.2万人", "4.3万人", 10, 10, ""),
           ("效益指标", "社会效益指标", "治理河段防洪标准", "20年一遇", "20年一遇", 10, 10, ""),
           ("效益指标", "生态效益指标", "治理河段水质", "达到Ⅲ类", "Ⅲ类", 5, 5, ""),
           ("效益指标", "可持续影响指标", "工程运行管护责任落实", "落实", "已落实（包括河长巡查、专人管护等）", 5, 5, ""),
           ("满意度指标", "服务对象满意度指标", "沿岸群众满意度", "≥90%", "92.5%", 15, 15, "")]
    assert s2(ind, 5) == 90
    total = round(bs + s2(ind, 6), 2)
    assert total == 99.2
    L = []
    L.append(" " * 34 + "项目支出绩效自评表")
    L.append(" " * 38 + "（2024年度）")
    L.append("")
    wid = [16, 14, 12, 12, 12, 6, 8, 6]
    head = [["项目名称", project, "", "", "", "", "", ""],
            ["主管部门", dept, "", "", "实施单位", unit, "", ""]]
    L += layout([[head[0][0], head[0][1]]], [16, 60])
    L += layout([["主管部门", dept, "实施单位", unit]], [16, 30, 10, 30])
    fr = [["", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]]
    for k, (lab, i, a, e) in enumerate(funds):
        fr.append(["项目资金" if k == 1 else ("（万元）" if k == 2 else ""), lab, mc(i), mc(a), mc(e),
                   "10" if k == 0 else "—", f"{rate:.2f}%" if k == 0 else "—", fmt(bs) if k == 0 else "—"])
    L += layout(fr, wid)
    # PLANT GOAL_LABELS: the goals are numbered 目标1, 目标2, 目标4 (目标3 missing)
    plan = ("目标1：治理布尔哈通河、烟集河重点河段12.5公里，新建加固堤防8.6公里；目标2：治理河段防洪标准达到20年一遇，"
            "保护人口4.2万人；目标4：建立工程运行管护机制，沿岸群众满意度90%以上。")
    done = ("完成河道综合治理12.5公里，新建加固堤防8.2公里，治理河段防洪标准达到20年一遇，保护人口4.3万人；"
            "0.4公里堤段因征地未完成暂缓实施。")
    L += layout([["年度总体目标", "预期目标", "实际完成情况"], ["", plan, done]], [16, 36, 36])
    L += layout([["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]],
                [10, 12, 16, 12, 12, 4, 5, 24])
    body = []
    groups = {}
    for k, r in enumerate(ind):
        groups.setdefault(r[0], []).append(k)
    mids = {v[len(v) // 2]: l1 for l1, v in groups.items()}
    last2 = None
    for k, (l1, l2, l3, t, a, w, s, x) in enumerate(ind):
        body.append([mids.get(k, ""), l2 if (l1, l2) != last2 else "", l3, t, a, fmt(w), fmt(s), x])
        last2 = (l1, l2)
    L += layout(body, [10, 12, 16, 12, 12, 4, 5, 24])
    L += layout([["总分", "", "", "", "", "100", fmt(total), ""]], [10, 12, 16, 12, 12, 4, 5, 24])
    L += ["",
          "评分说明：1.年度资金总额得分=执行率×10，最高10分；2.数量指标按完成比例计分（实际完成值÷年度指标值×分值）；",
          "3.其他指标达到年度指标值得满分，未达到的根据偏差原因酌情扣分。",
          f"自评等级：{grade(total)}（90分及以上为优，80-90分为良，60-80分为中，60分以下为差）",
          "",
          "填表人：金××　　　　联系电话：0433-25×××××　　　　填报日期：2025年4月9日"]
    text = "\n".join(L) + "\n"
    g = gold(None, dept, 2024, "COUNTY", "吉林省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(init, adj, exp, rate), [],
             [row(None, None, "年度资金总额", None, f"{rate:.2f}%", 10, bs)] + grows(ind))
    g = with_project(g, project, unit)
    fnd = [F("RULE_SCORE", "新建加固堤防长度", "新建加固堤防长度 | ≥8.6公里 | 8.2公里 | 10 | 9.8 | 数量指标按完成比例计分",
             "9.8", "9.53", "HIGH", "ERROR",
             "8.2 ÷ 8.6 × 10 = 9.5349 → 9.53; the 总分 99.2 is the rows as "
             "printed (98.93 by the rule)"),
           F("TARGET_MISSED_FULL_MARKS", "汛前主体工程完工率", "汛前主体工程完工率 | ≥90% | 85% | 5 | 5", "5", "< 5",
             "HIGH", "WARNING", "85% misses ≥90% but the row keeps its 5 points, with no deviation reason"),
           F("GOAL_LABELS", "年度总体目标", "目标1：… 目标2：… 目标4：…", "目标1, 目标2, 目标4", "目标1, 目标2, 目标3",
             "HIGH", "WARNING", "the third goal is labelled 目标4; there is no 目标3")]
    return {"stem": "h109_yanji_shuili", "format": "txt", "text": text, "gold": g, "findings": fnd,
            "traps": ["执行率 94.00% × 10 = 9.4", "河道综合治理长度 12.5 vs ≥12.5公里",
                      "每公里综合治理成本 176.7 = 2209 ÷ 12.5 ≤ 190万元",
                      "管护责任 “包括河长巡查、专人管护等” list", "防洪标准 20年一遇 vs 20年一遇"]}


ALL.append(h109())


# ============================================================ h110 佛山市南海区 (XLSX: 权重(%) + 得分率, separate budget sheet)

def h110():
    dept = "佛山市南海区教育局"
    N = Num
    bud = [("合计", 48620.35, 52184.90, 50633.27), ("一般公共预算拨款", 47120.35, 50684.90, 49133.27),
           ("政府性基金预算拨款", 0.00, 0.00, 0.00), ("事业收入", 1500.00, 1500.00, 1500.00)]
    nat = [("基本支出", 36950.00, 38406.52, 38112.09), ("项目支出", 11670.35, 13778.38, 12521.18)]
    for k in (1, 2, 3):
        assert round(sum(b[k] for b in bud[1:]), 2) == bud[0][k] and round(sum(b[k] for b in nat), 2) == bud[0][k]
    _, init, adj, exp = bud[0]
    rate = pct(exp, adj)
    assert rate == 97.03
    brows = [["南海区教育局2023年度部门预算执行情况", "", "", "", ""],
             ["单位：万元", "", "", "", ""],
             ["项目", "年初预算", "调整预算", "决算支出", "执行率"],
             ["一、按资金来源", "", "", "", ""]]
    for lab, i, a, e in bud:
        # PLANT RATE_OVER_ZERO_BASE: 政府性基金预算拨款 0.00 / 0.00 printed 100.00%
        r = (rate / 100 if lab == "合计" else 1.0 if a == 0 else pct(e, a) / 100)
        brows.append([lab, N(i, "#,##0.00"), N(a, "#,##0.00"), N(e, "#,##0.00"), N(round(r, 4), "0.00%")])
    brows.append(["二、按支出性质", "", "", "", ""])
    for lab, i, a, e in nat:
        brows.append([lab, N(i, "#,##0.00"), N(a, "#,##0.00"), N(e, "#,##0.00"), N(round(pct(e, a) / 100, 4), "0.00%")])
    bt = styled(Table(brows, [(0, 0, 0, 4), (1, 0, 1, 4), (3, 0, 3, 4), (8, 0, 8, 4)]), [22, 14, 14, 14, 10])
    bt.first_table_row = 2
    ind = [("预算管理", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, 9.70, "得分=执行率×权重"),
           ("预算管理", "预算执行", "结转结余率", "≤5%", "2.97%", 5, 5, ""),
           ("预算管理", "资产管理", "固定资产管理规范性", "规范", "规范", 5, 5, ""),
           ("产出", "数量", "新增公办学位数", "≥6000个", "6270个", 10, 10, ""),
           ("产出", "数量", "教师全员培训人次", "≥12000人次", "12000人次", 8, 8, ""),
           ("产出", "质量", "九年义务教育巩固率", "≥99%", "99.6%", 8, 8, ""),
           ("产出", "质量", "学生体质健康测试合格率", "≥92%", "91.2%", 8, 7, "部分学校体育课时落实不到位，酌情扣1分"),
           ("产出", "时效", "新建学校按期交付率", "100%", "100%", 6, 6, ""),
           ("效益", "社会效益", "适龄儿童入学率", "100%", "100%", 10, 10, ""),
           ("效益", "社会效益", "校园重大安全责任事故", "0起", "未发生", 10, 10, ""),
           ("效益", "可持续影响", "集团化办学覆盖率", "≥80%", "82.5%", 8, 8, ""),
           ("满意度", "满意度", "学生家长满意度", "≥90%", "89.2%", 10, 8.5, "对课后服务时长意见较多，酌情扣1.5分")]
    wsum = s2(ind, 5)
    assert wsum == 98  # PLANT WEIGHTS_VS_FULL_MARK: the 合计 prints 100
    total = s2(ind, 6)
    assert total == 95.2
    irows = [["南海区教育局2023年度部门整体支出绩效指标自评表", "", "", "", "", "", "", "", ""],
             ["一级指标", "二级指标", "三级指标", "权重(%)", "年度目标", "完成情况", "得分", "得分率", "备注"]]
    start = len(irows)
    for l1, l2, l3, t, a, w, s, x in ind:
        r = round(s / w, 4)
        if l3 == "学生家长满意度":
            r = 0.95  # PLANT SCORE_RATE: 8.5 ÷ 10 = 85.00%
        irows.append([l1, l2, l3, N(w), t, a, N(s, "0.00"), N(r, "0.00%"), x])
    merges = [(0, 0, 0, 8)] + group_merges(irows, [0, 1], start)
    irows.append(["合计", "", "", N(100), "", "", N(total, "0.00"), N(round(total / 100, 4), "0.00%"), ""])
    merges.append((len(irows) - 1, 0, len(irows) - 1, 2))
    irows.append(["自评等级", "", "", grade(total), "", "", "", "", ""])
    merges += [(len(irows) - 1, 0, len(irows) - 1, 2), (len(irows) - 1, 3, len(irows) - 1, 8)]
    it = styled(Table(irows, merges), [10, 10, 24, 9, 12, 12, 8, 9, 30])
    it.first_table_row = 1
    # the gold keeps the department as printed (the sheet titles say 南海区教育局; 佛山市 is printed nowhere): corrected by the lead
    g = gold(None, dept.removeprefix("佛山市"), 2023, "COUNTY", "广东省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(init, adj, exp, rate, nat[0][2], nat[0][3], nat[1][2], nat[1][3]), [], grows(ind))
    fnd = [F("WEIGHTS_VS_FULL_MARK", "合计", "合计 | 100 | 95.20 | 95.20%", "100", "98", "HIGH", "ERROR",
             "10 + 5 + 5 + 10 + 8 + 8 + 8 + 6 + 10 + 10 + 8 + 10 = 98: the 权重(%) column does not add to the 100 its "
             "合计 prints"),
           F("SCORE_RATE", "学生家长满意度", "学生家长满意度 | 10 | 8.50 | 95.00%", "95.00%", "85.00%", "HIGH", "ERROR",
             "8.5 ÷ 10 = 85.00%"),
           F("RATE_OVER_ZERO_BASE", "政府性基金预算拨款", "政府性基金预算拨款 | 0.00 | 0.00 | 0.00 | 100.00%",
             "100.00%", "— (0 ÷ 0)", "HIGH", "WARNING",
             "an execution rate printed over a zero budget; it should be blank or —")]
    return {"stem": "h110_nanhai_jiaoyu", "format": "xlsx", "sheets": [("预算执行", bt), ("绩效指标", it)],
            "gold": g, "findings": fnd,
            "traps": ["预算执行率 97.03% × 10 = 9.703 printed 9.70; 97.03% = 50,633.27 ÷ 52,184.90",
                      "教师全员培训 12000 vs ≥12000人次", "校园重大安全责任事故 未发生 full marks",
                      "体质健康合格率 91.2% < 92% loses 1, 家长满意度 89.2% < 90% loses 1.5, 酌情扣分 (no numeric rule)",
                      "来源 and 性质 breakdowns both add to 合计 in all three columns; 事业收入 100.00% on a real base",
                      "合计 得分率 95.20% = 95.2 ÷ 100"]}


ALL.append(h110())
