"""Round 12 (h95–h102): issue-9 layouts (several reports in one file, borderless PDF, Word HTML, mixed prose, long
third-party report, MOF 部门整体 head block, plain export) and issue-10 PLANTED inconsistencies, made apart from the
code by the corpus12 session.

Each report is written once here; its printed cells / text and its gold come from the same tuples, so the gold
records what the report PRINTS (planted errors included). Every planted figure carries a `# PLANT <KIND>` comment
and its expected finding is written next to it (`findings`); `traps` lists what an audit must NOT flag.
h95 and h96 are consistent (findings `[]`). heldout12.py checks (heldout.check for h95/h96, heldout4.recheck with
the planted kinds for h97–h102), writes gold/findings and renders the files.

Indicator tuples: (goal, 一级, 二级, 三级, 指标值, 完成值, 分值, 得分, extra).
"""
from heldout import PageBreak, Table, Title, group_merges, fmt, row, budget, gold
from reports3_a import Num
from reports4 import styled, pct, m2, mc, F, grows, sum_s, sum_w, section_list
import reports3_b as RB

ALL = []
H = RB.Heading


def wan(x):
    return round(x / 10000, 6)


def grade(total):
    return "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"


def score10(rate, weight=10):
    """执行率 × 分值, capped at the weight, 2 decimals."""
    return round(min(rate, 100) / 100 * weight + 1e-9, 2)


class Proj:
    """A 项目支出绩效自评表: funds rows (label, 年初, 全年预算, 全年执行) in the printed unit, the first the total;
    the budget line is scored 执行率 × 10; indicator tuples (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 说明)."""

    def __init__(self, name, dept, unit, funds, plan, done, ind, yuan=False):
        self.name, self.dept, self.unit, self.funds, self.plan, self.done, self.ind = \
            name, dept, unit, funds, plan, done, ind
        self.yuan = yuan
        _, self.init, self.adj, self.exp = funds[0]
        for k in (1, 2, 3):
            parts = round(sum(f[k] for f in funds[1:]), 2)
            assert abs(parts - funds[0][k]) < 0.001, (name, k, parts)
        self.rate = pct(self.exp, self.adj)
        self.bscore = score10(self.rate)
        assert sum(r[5] for r in ind) == 90, (name, sum(r[5] for r in ind))
        self.total = round(self.bscore + sum(r[6] for r in ind), 2)

    def money(self, x):
        return mc(x)

    def gold(self, year, level, province, grade_=None, budget_label="年度资金总额"):
        cv = wan if self.yuan else (lambda x: x)
        g = gold(None, self.dept, year, level, province, "SELF_EVALUATION", None, self.total, 100, grade_,
                 budget(cv(self.init), cv(self.adj), cv(self.exp), self.rate), [],
                 [row(None, None, budget_label, None, f"{self.rate:.2f}%", 10, self.bscore)]
                 + [row(l1, l2, l3, t or None, a or None, w, s) for l1, l2, l3, t, a, w, s, _ in self.ind])
        out = {}
        for k, v in g.items():
            out[k] = v
            if k == "department":
                out["project"] = self.name
                out["implementingUnit"] = self.unit
        return out


# ============================================================ h95 保定市竞秀区 (DOCX, 3 项目 forms in 元, one over a page break)

H95_P = [
    Proj("竞秀区2023年城市社区居家养老服务补助项目", "保定市竞秀区民政局", "保定市竞秀区社会福利服务中心",
         [("年度资金总额", 3200000.00, 3450000.00, 3312000.00),
          ("其中：本级财政资金", 2000000.00, 2250000.00, 2112000.00),
          ("上级补助资金", 1200000.00, 1200000.00, 1200000.00),
          ("其他资金", 0.00, 0.00, 0.00)],
         "支持辖区18个社区居家养老服务站运营，为4500名以上老年人提供助餐、助洁、日间照料等服务，助餐服务覆盖率达到60%。",
         "18个服务站全部正常运营，服务老年人4621人；助餐服务覆盖率57.4%，2个社区老年食堂因场地改造延至2024年开放。",
         [("产出指标", "数量指标", "社区居家养老服务站运营数量", "≥18个", "18个", 10, 10, ""),
          ("产出指标", "数量指标", "享受居家养老服务老年人数", "≥4500人", "4621人", 10, 10, ""),
          ("产出指标", "质量指标", "服务站星级评定达标率", "≥85%", "88.9%", 10, 10, ""),
          ("产出指标", "时效指标", "补助资金拨付及时率", "100%", "100%", 5, 5, ""),
          ("产出指标", "成本指标", "每站年均运营补助", "≤18.5万元", "18.4万元", 5, 5, ""),
          ("效益指标", "社会效益指标", "老年人助餐服务覆盖率", "≥60%", "57.4%", 10, 9,
           "2个社区老年食堂场地改造未完工，2024年一季度开放。"),
          ("效益指标", "社会效益指标", "养老服务安全责任事故", "不发生", "未发生", 10, 10, ""),
          ("效益指标", "可持续影响指标", "居家养老服务长效运营机制", "建立", "已建立", 10, 10, ""),
          ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "93.5%", 20, 20, "")], yuan=True),
    Proj("2023年竞秀区老旧小区改造配套基础设施项目", "保定市竞秀区住房和城乡建设局", "保定市竞秀区城市更新服务中心",
         [("年度资金总额", 18600000.00, 21350000.00, 19834150.00),
          ("其中：中央补助资金", 12000000.00, 12000000.00, 12000000.00),
          ("省级补助资金", 3000000.00, 4500000.00, 4200000.00),
          ("区级配套资金", 3600000.00, 4850000.00, 3634150.00)],
         "完成24个老旧小区配套基础设施改造，涉及居民5600户以上，改造供热管网18公里、新增停车位800个，"
         "年底前完工率不低于90%，改造后小区基础设施明显完善。",
         "24个小区全部开工，21个年底前完工，涉及居民5712户；改造供热管网16.5公里，新增停车位826个；"
         "3个小区因地下管线迁改协调滞后，于2024年4月完工。",
         [("产出指标", "数量指标", "改造老旧小区个数", "24个", "24个", 8, 8, ""),
          ("产出指标", "数量指标", "涉及居民户数", "≥5600户", "5712户", 6, 6, ""),
          ("产出指标", "数量指标", "改造供热管网长度", "≥18公里", "16.5公里", 6, 5.5,
           "2个小区处于供暖期无法停热施工，剩余1.5公里顺延至2024年非供暖期实施。"),
          ("产出指标", "数量指标", "新增停车位", "≥800个", "826个", 5, 5, ""),
          ("产出指标", "质量指标", "工程竣工验收合格率", "100%", "100%", 8, 8, ""),
          ("产出指标", "质量指标", "改造后消防通道畅通率", "100%", "100%", 5, 5, ""),
          ("产出指标", "时效指标", "当年开工率", "100%", "100%", 5, 5, ""),
          ("产出指标", "时效指标", "年底前完工率", "≥90%", "87.5%", 5, 4,
           "3个小区地下燃气、通信管线迁改涉及多家产权单位，协调时间较长；下一步提前开展管线摸排。"),
          ("产出指标", "成本指标", "户均改造投入", "≤3800元", "3472元", 5, 5, ""),
          ("效益指标", "社会效益指标", "小区居民居住条件", "明显改善", "明显改善", 10, 10, ""),
          ("效益指标", "社会效益指标", "改造期间安全生产事故", "0起", "0起", 5, 5, ""),
          ("效益指标", "可持续影响指标", "改造小区长效管理机制覆盖率", "≥80%", "83.3%", 7, 7, ""),
          ("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥90%", "91.2%", 10, 10, ""),
          ("满意度指标", "服务对象满意度指标", "施工扰民投诉办结率", "100%", "100%", 5, 5, "")], yuan=True),
    Proj("竞秀区2023年公共法律服务体系建设项目", "保定市竞秀区司法局", "保定市竞秀区公共法律服务中心",
         [("年度资金总额", 860000.00, 860000.00, 860000.00),
          ("其中：本级财政资金", 860000.00, 860000.00, 860000.00),
          ("上级补助资金", 0.00, 0.00, 0.00)],
         "办理法律援助案件320件以上，实现村（社区）法律顾问全覆盖，公共法律服务平台全年正常运行。",
         "办理法律援助案件336件，村（社区）法律顾问覆盖率100%，平台全年正常运行。",
         [("产出指标", "数量指标", "法律援助案件办理数", "≥320件", "336件", 15, 15, ""),
          ("产出指标", "数量指标", "村（社区）法律顾问覆盖率", "100%", "100%", 10, 10, ""),
          ("产出指标", "质量指标", "法律援助案件质量评查合格率", "≥95%", "96.4%", 10, 10, ""),
          ("产出指标", "时效指标", "法律咨询当日回复率", "≥98%", "97.1%", 10, 9,
           "三季度热线咨询量集中，部分留言次日回复；已增设值班律师。"),
          ("效益指标", "社会效益指标", "群众法律服务获得感", "持续提升", "持续提升", 15, 15, ""),
          ("效益指标", "可持续影响指标", "公共法律服务平台运行", "正常运行", "正常运行", 10, 10, ""),
          ("满意度指标", "服务对象满意度指标", "受援人满意度", "≥95%", "96.8%", 20, 20, "")], yuan=True),
]


def h95_table(p):
    rows = [["项目名称", p.name, "", "", "", "", "", ""],
            ["主管部门", p.dept, "", "", "实施单位", p.unit, "", ""],
            ["项目资金（元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]]
    nf = len(p.funds)
    for k, (label, i, a, e) in enumerate(p.funds):
        if k == 0:
            rows.append(["", label, mc(i), mc(a), mc(e), "10", f"{p.rate:.2f}%", fmt(p.bscore)])
        else:
            rows.append(["", label, mc(i), mc(a), mc(e), "—", (f"{pct(e, a):.2f}%" if a else "—"), "—"])
    g = len(rows)
    rows += [["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
             ["", p.plan, "", "", p.done, "", "", ""],
             ["一级指标", "二级指标", "三级指标", "年度指标值（A）", "实际完成值（B）", "分值", "得分",
              "偏差原因分析及改进措施"]]
    merges = [(0, 1, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7), (2, 0, 2 + nf, 0)]
    merges += [(g, 0, g + 1, 0), (g, 1, g, 3), (g, 4, g, 7), (g + 1, 1, g + 1, 3), (g + 1, 4, g + 1, 7)]
    start = len(rows)
    for l1, l2, l3, t, a, w, s, n in p.ind:
        rows.append([l1, l2, l3, t, a, fmt(w), fmt(s), n])
    merges += group_merges(rows, [0, 1], start)
    rows.append(["总分", "", "", "", "", "100", fmt(p.total), ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    rows.append(["自评等级", "", "", "", "", grade(p.total), "", ""])
    merges += [(len(rows) - 1, 0, len(rows) - 1, 4), (len(rows) - 1, 5, len(rows) - 1, 7)]
    return styled(Table(rows, merges), [1.8, 2.6, 4.0, 3.6, 3.6, 1.8, 2.2, 4.8])


def h95():
    blocks = [Title("保定市竞秀区2023年度项目支出绩效自评表"),
              "根据《保定市竞秀区财政局关于做好2023年度预算绩效自评工作的通知》，现将区民政局、区住房和城乡建设局、"
              "区司法局3个项目的绩效自评表公开如下。金额单位：元。"]
    for k, p in enumerate(H95_P):
        if k == 2:
            blocks.append(PageBreak())
        blocks += [f"表{k + 1}", Title("项目支出绩效自评表"), "（2023年度）", h95_table(p),
                   f"填表人：{['刘××', '赵××', '孙××'][k]}　　联系电话：0312-30×××××　　填报日期：2024年3月{[18, 22, 26][k]}日"]
    golds = [p.gold(2023, "COUNTY", "河北省", grade(p.total)) for p in H95_P]
    return {"stem": "h95_jingxiu_xiangmu", "format": "docx", "blocks": blocks, "gold": golds, "findings": [],
            "traps": ["助餐服务覆盖率 57.4% < 60% loses 1 with a reason; 供热管网 16.5 < 18公里 loses 0.5, 年底前完工率 87.5% < 90% loses 1, 法律咨询当日回复率 97.1% < 98% loses 1, each with a reason (no numeric rule)", "运营服务站 18个 vs ≥18个", "每站年均运营补助 18.4万元 = 3,312,000 ÷ 18 ≤ 18.5万元; 户均改造投入 3472元 = 19,834,150 ÷ 5712户", "未发生 / 0起 full marks", "执行率 × 10 (96.00% → 9.6, 92.90% → 9.29, 100% → 10)"]}


ALL.append(h95())


# ============================================================ h96 襄阳市樊城区 (XLSX: 汇总 first, one sheet per project, 分值|得分 before targets)

H96_P = [
    Proj("2024年樊城区农村饮水安全巩固提升工程", "襄阳市樊城区水利和湖泊局", "襄阳市樊城区农村供水管理站",
         [("合计", 1200.00, 1286.40, 1250.40), ("财政资金", 1200.00, 1286.40, 1250.40), ("其他资金", 0.00, 0.00, 0.00)],
         "新建改造农村供水管网85公里，新建标准化水厂1座，农村集中供水水质达标率95%以上，受益人口12万人。",
         "新建改造管网86.2公里，标准化水厂1座建成通水，水质达标率96.3%，受益人口12.4万人；1处加压泵站12月完工。",
         [("产出指标", "数量指标", "新建改造供水管网", "≥85公里", "86.2公里", 10, 10, ""),
          ("产出指标", "数量指标", "新建标准化水厂", "1座", "1座", 10, 10, ""),
          ("产出指标", "质量指标", "农村集中供水水质达标率", "≥95%", "96.3%", 10, 10, ""),
          ("产出指标", "时效指标", "工程按期完工率", "100%", "90%", 10, 9,
           "1处加压泵站因电力接入滞后于12月完工，按完成比例计分。"),
          ("产出指标", "成本指标", "工程投资控制率", "≤100%", "97.2%", 5, 5, ""),
          ("效益指标", "社会效益指标", "受益人口", "≥12万人", "12.4万人", 10, 10, ""),
          ("效益指标", "社会效益指标", "农村自来水普及率", "≥98%", "98.6%", 10, 10, ""),
          ("效益指标", "可持续影响指标", "工程运行管护机制", "健全", "健全", 10, 10, ""),
          ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "92.1%", 15, 15, "")]),
    Proj("2024年樊城区城区主次干道绿化提升项目", "襄阳市樊城区城市管理执法局", "襄阳市樊城区园林绿化服务中心",
         [("合计", 560.00, 612.50, 551.25), ("财政资金", 560.00, 580.00, 518.75), ("其他资金", 0.00, 32.50, 32.50)],
         "新增城区绿化面积6.5万平方米，补植行道树2400株，苗木成活率95%以上，10月底前完工。",
         "新增绿化6.8万平方米，补植行道树2400株，10月完工；苗木成活率93.5%，死亡苗木已于11月补植。",
         [("产出指标", "数量指标", "新增绿化面积", "≥6.5万平方米", "6.8万平方米", 10, 10, ""),
          ("产出指标", "数量指标", "补植行道树", "≥2400株", "2400株", 10, 10, ""),
          ("产出指标", "质量指标", "苗木成活率", "≥95%", "93.5%", 10, 8.5,
           "夏季持续高温干旱，部分香樟苗木死亡，已于11月补植。"),
          ("产出指标", "时效指标", "项目完工时间", "2024年10月底前", "2024年10月", 10, 10, ""),
          ("产出指标", "成本指标", "每平方米绿化成本", "≤85元", "81.07元", 10, 10, ""),
          ("效益指标", "生态效益指标", "城区绿化覆盖率提升", "≥0.3个百分点", "0.32个百分点", 10, 10, ""),
          ("效益指标", "可持续影响指标", "绿化养护管理", "长效", "建立常态化养护机制", 10, 10, ""),
          ("满意度指标", "服务对象满意度指标", "市民满意度", "≥85%", "90.6%", 20, 20, "")]),
]


def h96_sheet(p, k):
    top = [[f"附表{k}　2024年度项目支出绩效自评表", "", "", "", "", "", "", ""],
           ["", "", "", "", "", "", "金额单位：万元", ""]]
    N = "#,##0.00"
    rows = [["项目名称", p.name, "", "", "", "", "", ""],
            ["主管部门", p.dept, "", "", "实施单位", p.unit, "", ""],
            ["资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分", ""]]
    for j, (label, i, a, e) in enumerate(p.funds):
        cells = [label, Num(i, N), Num(a, N), Num(e, N)]
        if j == 0:
            cells += [Num(p.rate / 100, "0.00%"), Num(10), Num(p.bscore), ""]
        else:
            cells += [Num(e / a, "0.00%") if a else "—", "—", "—", ""]
        rows.append(cells)
    g = len(rows)
    rows += [["绩效目标", "年初设定目标", p.plan, "", "", "", "", ""],
             ["", "全年实际完成", p.done, "", "", "", "", ""],
             ["一级指标", "二级指标", "三级指标", "分值", "得分", "年度指标值", "实际完成值", "偏差原因"]]
    merges = [(0, 1, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7)] + [(r, 6, r, 7) for r in range(2, g)] + \
             [(g, 0, g + 1, 0), (g, 2, g, 7), (g + 1, 2, g + 1, 7)]
    start = len(rows)
    for l1, l2, l3, t, a, w, s, n in p.ind:
        rows.append([l1, l2, l3, Num(w), Num(s), t, a, n])
    merges += group_merges(rows, [0, 1], start)
    rows.append(["总分", "", "", Num(100), Num(p.total), "", "", ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    rows.append(["自评等级", "", "", grade(p.total), "", "", "", ""])
    merges += [(len(rows) - 1, 0, len(rows) - 1, 2), (len(rows) - 1, 3, len(rows) - 1, 7)]
    shift = len(top)
    merges = [(0, 0, 0, 7), (1, 6, 1, 7)] + [(a + shift, b, c + shift, d) for a, b, c, d in merges]
    return styled(Table(top + rows, merges), [12, 14, 26, 8, 8, 16, 18, 30], 0, first_table_row=shift)


def h96():
    N = "#,##0.00"
    s = [["樊城区2024年度项目支出绩效自评结果汇总表", "", "", "", "", "", "", "", ""],
         ["序号", "项目名称", "主管部门", "实施单位", "全年预算数（万元）", "全年执行数（万元）", "执行率", "自评得分", "自评等级"]]
    for k, p in enumerate(H96_P, 1):
        s.append([Num(k), p.name, p.dept, p.unit, Num(p.adj, N), Num(p.exp, N), Num(p.rate / 100, "0.00%"),
                  Num(p.total), grade(p.total)])
    ta, te = round(sum(p.adj for p in H96_P), 2), round(sum(p.exp for p in H96_P), 2)
    s.append(["合计", "", "", "", Num(ta, N), Num(te, N), Num(pct(te, ta) / 100, "0.00%"), "", ""])
    summ = styled(Table(s, [(0, 0, 0, 8), (len(s) - 1, 0, len(s) - 1, 3)]), [6, 34, 26, 28, 14, 14, 10, 10, 10], 0,
                  first_table_row=1)
    sheets = [("自评结果汇总", summ)] + [(f"附表{k}", h96_sheet(p, k)) for k, p in enumerate(H96_P, 1)]
    golds = [p.gold(2024, "COUNTY", "湖北省", grade(p.total), budget_label="合计") for p in H96_P]
    return {"stem": "h96_fancheng_xiangmu", "format": "xlsx", "sheets": sheets, "gold": golds, "findings": [],
            "traps": ["工程按期完工率 90% → 9 of 10 (按完成比例计分, printed in the reason)", "苗木成活率 93.5% < 95% loses 1.5 with a reason", "补植行道树 2400 vs ≥2400株", "每平方米绿化成本 81.07元 = 551.25万元 ÷ 6.8万平方米", "执行率 × 10 (97.20% → 9.72, 90.00% → 9)", "the 汇总 sheet equals the project sheets (合计 1,898.90 / 1,801.65, 94.88%)"]}


ALL.append(h96())


# ============================================================ h97 晋中市榆次区司法局 (PDF drawn, landscape, NO rules; 指标名称 first)

def h97():
    ini, adj, exp = 1486.20, 1652.74, 1598.03
    b_ini, b_adj, b_exp = 862.40, 901.35, 899.12
    p_ini, p_adj, p_exp = 623.80, 751.39, 698.91
    assert round(b_adj + p_adj, 2) == adj and round(b_exp + p_exp, 2) == exp and round(b_ini + p_ini, 2) == ini
    rate = pct(exp, adj)
    assert f"{rate:.2f}" == "96.69"
    ind = [  # (goal, 一级, 二级, 名称, 指标值, 完成值, 权重, 得分, 评分规则及扣分说明)
        (None, "产出指标", "时效指标", "部门预算执行率", "≥95%", f"{rate:.2f}%", 10, 10,
         "≥95%得满分，每低1个百分点扣1分"),  # trap: met, full marks by its rule
        (None, "产出指标", "质量指标", "人民调解案件调解成功率", "≥96%", "97.3%", 8, 8, ""),
        (None, "产出指标", "数量指标", "法律援助案件办理数量", "≥450件", "450件", 8, 8, ""),  # trap: met exactly
        (None, "产出指标", "质量指标", "社区矫正对象再犯罪率", "≤0.2%", "0.1%", 8, 8, ""),
        (None, "产出指标", "质量指标", "行政执法案卷评查合格率", "≥95%", "91%", 8, 6,
         "≥95%得满分，每低1个百分点扣0.5分，扣2分"),  # trap: 4 points under → 8 − 2 = 6 (partial by rule)
        # PLANT TARGET_MISSED_FULL_MARKS: 108 < 120场, full marks, no reason
        (None, "产出指标", "数量指标", "“八五”普法宣传活动场次", "≥120场", "108场", 6, 6, ""),
        (None, "产出指标", "时效指标", "公证办理平均时限", "≤10个工作日", "7个工作日", 6, 6, ""),
        (None, "效益指标", "社会效益指标", "群众法治意识", "明显提升", "明显提升", 8, 8, ""),
        # PLANT RULE_SCORE: 96% is 2 points under 98% → 8 − 2 = 6; printed 7
        (None, "效益指标", "社会效益指标", "矛盾纠纷排查化解率", "≥98%", "96%", 8, 7,
         "≥98%得满分，每低1个百分点扣1分"),
        (None, "效益指标", "社会效益指标", "因司法行政工作引发的重大群体性事件", "0起", "未发生", 6, 6, ""),  # trap
        (None, "效益指标", "可持续影响指标", "法治乡村建设长效机制", "健全", "健全", 8, 8, ""),
        (None, "满意度指标", "服务对象满意度指标", "公共法律服务对象满意度", "≥90%", "92.8%", 8, 8, ""),
        (None, "满意度指标", "服务对象满意度指标", "人民调解当事人满意度", "≥90%", "88.6%", 6, 5,
         "部分当事人对调解周期有意见，酌情扣1分"),  # trap: judgement, no numeric rule
    ]
    # PLANT WEIGHTS_VS_FULL_MARK: the 权重 column adds to 98, the 合计 prints 100
    assert sum_w(ind) == 98
    total = sum_s(ind)
    assert total == 94
    dept = "晋中市榆次区司法局"
    rows = []
    for k, (_g, l1, l2, l3, t, a, w, s, x) in enumerate(ind, 1):
        rows.append([str(k), l3, l1, l2, t, a, fmt(w), fmt(s), x])
    drawn = {
        "title": "2024年度部门整体支出绩效自评表",
        "info": [f"填报单位（盖章）：{dept}", "金额单位：万元"],
        "before": ["一、部门预算执行情况"],
        "budget_rows": [
            ["支出类别", "年初预算", "全年预算", "全年支出", "执行率"],
            ["合计", mc(ini), mc(adj), mc(exp), f"{rate:.2f}%"],
            ["基本支出", mc(b_ini), mc(b_adj), mc(b_exp), f"{pct(b_exp, b_adj):.2f}%"],
            ["项目支出", mc(p_ini), mc(p_adj), mc(p_exp), f"{pct(p_exp, p_adj):.2f}%"],
        ],
        "budget_widths": [80, 100, 100, 100, 80],
        "widths": [30, 150, 62, 92, 80, 72, 40, 40, 196],
        "centred": [0, 2, 3, 4, 5, 6, 7],
        "head": [["", "", "一级", "二级", "年度", "全年", "权重", "", "评分规则及"],
                 ["序号", "指标名称", "指标", "指标", "指标值", "完成值", "（分）", "得分", "扣分说明"]],
        "rows": rows,
        "total": ["", "合计", "", "", "", "", "100", fmt(total), ""],
        "after": [f"自评等级：{grade(total)}（90分及以上为优，80—89.99分为良，60—79.99分为中，60分以下为差）",
                  "单位负责人：阎××　　　财务负责人：武××　　　填表人：郝××　　　填报日期：2025年3月27日"],
    }
    g = gold(None, dept, 2024, "COUNTY", "山西省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ini, adj, exp, rate, b_adj, b_exp, p_adj, p_exp), [], grows(ind))
    fnd = [
        F("RULE_SCORE", "矛盾纠纷排查化解率", "矛盾纠纷排查化解率 | ≥98% | 96% | 8 | 7 | ≥98%得满分，每低1个百分点扣1分",
          "7", "6", "HIGH", "ERROR", "96% is 2 points under 98% → 8 − 2 × 1 = 6; printed 7 (the 合计 94 carries it, 93 by "
          "the rule; still 优)"),
        F("TARGET_MISSED_FULL_MARKS", "“八五”普法宣传活动场次", "“八五”普法宣传活动场次 | ≥120场 | 108场 | 6 | 6", "6", "< 6",
          "HIGH", "WARNING", "108场 < ≥120场, yet full marks and no reason in the 扣分说明 column"),
        F("WEIGHTS_VS_FULL_MARK", "合计", "合计 | 100 | 94", "100", "98", "HIGH", "ERROR",
          "权重 10+8+8+8+8+6+6+8+8+6+8+8+6 = 98, the 合计 row prints 100 (the 得分 column does add to 94)"),
    ]
    traps = ["部门预算执行率 96.69% ≥ 95% full marks by its rule", "法律援助 450件 vs ≥450件",
             "行政执法案卷评查合格率 91% → 8 − 4 × 0.5 = 6 (partial by rule)", "重大群体性事件 未发生 full marks",
             "人民调解当事人满意度 88.6% < 90% loses 1 with a reason, no numeric rule",
             "budget grid: 基本 + 项目 = 合计 in all three columns, each under its budget"]
    return {"stem": "h97_yuci_sifa", "format": "pdf", "drawn": drawn, "gold": g, "findings": fnd, "traps": traps}


ALL.append(h97())


# ============================================================ h98 盐城市亭湖区商务局 (Word HTML gb2312, nested in a portal layout, 2-row header)

def h98():
    ini, adj, exp = 25630000.00, 28463500.00, 27196874.25
    rate = pct(exp, adj)
    assert f"{rate:.2f}" == "95.55"
    ind = [  # (goal, 一级, 二级, 三级, 年度目标值, 实际完成值, 分值, 得分, (得分率 printed, 偏差原因))
        (None, "产出指标", "时效指标", "部门预算执行率", "≥95%", f"{rate:.2f}%", 10, 10, None),  # trap: met
        (None, "产出指标", "数量指标", "外贸企业业务培训场次", "≥12场", "12场", 8, 8, None),  # trap: exact
        (None, "产出指标", "数量指标", "新增有外贸实绩企业数", "≥30家", "36家", 8, 8, None),
        # PLANT NARRATIVE_NOT_DONE_FULL_MARKS
        (None, "产出指标", "数量指标", "电商直播孵化基地建设", "建成1个", "未完成，基地选址调整，建设推迟至2024年", 8, 8, None),
        (None, "产出指标", "质量指标", "商贸流通企业安全检查覆盖率", "100%", "100%", 8, 8, None),
        # PLANT ROW_SCORE_OVER_WEIGHT: 6.5 of 6
        (None, "产出指标", "时效指标", "惠企政策资金兑付及时率", "≥95%", "97.2%", 6, 6.5, None),
        (None, "效益指标", "经济效益指标", "社会消费品零售总额增长率", "≥6%", "5.2%", 10, 8,
         "消费需求恢复偏慢，酌情扣2分"),  # trap: judgement with a reason
        (None, "效益指标", "经济效益指标", "进出口总额", "≥25亿元", "25.6亿元", 10, 10, None),
        (None, "效益指标", "社会效益指标", "商贸领域重大安全生产事故", "不发生", "未发生", 8, 8, None),  # trap
        (None, "效益指标", "可持续影响指标", "重点商贸企业挂钩服务机制", "健全", "健全", 8, 8, None),
        (None, "满意度指标", "服务对象满意度指标", "企业满意度", "≥90%", "91.5%", 8, 7,
         ("93.75%", "个别企业反映政策兑现流程较长")),  # PLANT SCORE_RATE: 7 ÷ 8 = 87.50%
        (None, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "92%", 8, 8, None),
    ]
    assert sum_w(ind) == 100
    total = sum_s(ind)
    assert total == 97.5
    head = [["一级指标", "二级指标", "三级指标", "指标值", "", "评分", "", "", "偏差原因"],
            ["", "", "", "年度目标值", "实际完成值", "分值", "得分", "得分率", ""]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 0, 7), (0, 8, 1, 8)]
    rows = [list(r) for r in head]
    for _g, l1, l2, l3, t, a, w, s, x in ind:
        r_, why = (x if isinstance(x, tuple) else (None, x if isinstance(x, str) else ""))
        rows.append([l1, l2, l3, t, a, f"{fmt(w)}分", f"{fmt(s)}分", r_ or f"{s / w * 100:.2f}%", why or ""])
    merges += group_merges(rows, [0, 1], 2)
    rows.append(["合计", "", "", "", "", "100分", f"{fmt(total)}分", f"{total:.2f}%", ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    t = Table(rows, merges)
    t.widths = [46, 52, 84, 52, 70, 30, 32, 38, 76]
    dept = "盐城市亭湖区商务局"
    paras_before = [
        f"一、预算执行情况。本部门2023年度年初预算{mc(ini)}元，全年预算数{mc(adj)}元，全年执行数{mc(exp)}元，"
        f"预算执行率{rate:.2f}%。",
        "二、绩效指标完成情况。本部门围绕外贸稳增长、商贸流通和消费促进等职责设置绩效指标12项，自评情况如下：",
    ]
    paras_after = [
        f"三、自评结论。经自评，本部门2023年度部门整体支出绩效自评得分{fmt(total)}分，自评等级为“{grade(total)}”。",
        "四、存在问题及改进措施。部分项目建设进度滞后，下一步将加强项目前期论证，加快政策资金兑付。",
    ]
    g = gold(None, dept, 2023, "COUNTY", "江苏省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(wan(ini), wan(adj), wan(exp), rate), [], grows(ind))
    fnd = [
        F("NARRATIVE_NOT_DONE_FULL_MARKS", "电商直播孵化基地建设",
          "电商直播孵化基地建设 | 建成1个 | 未完成，基地选址调整，建设推迟至2024年 | 8分 | 8分", "8", "< 8", "HIGH", "WARNING",
          "the actual says 未完成 (postponed to 2024) against 建成1个, yet 8 of 8 and 得分率 100.00%"),
        F("ROW_SCORE_OVER_WEIGHT", "惠企政策资金兑付及时率", "惠企政策资金兑付及时率 | ≥95% | 97.2% | 6分 | 6.5分 | 108.33%",
          "6.5", "≤ 6", "HIGH", "ERROR", "得分 6.5分 above 分值 6分 (its 得分率 108.33% is 6.5 ÷ 6, same problem); the 合计 "
          "97.5 is the sum as printed"),
        F("SCORE_RATE", "企业满意度", "企业满意度 | 8分 | 7分 | 93.75%", "93.75%", "87.50%", "HIGH", "ERROR",
          "7 ÷ 8 = 87.50%; 93.75% would be 7.5 ÷ 8"),
    ]
    traps = ["部门预算执行率 95.55% vs ≥95%", "培训 12场 vs ≥12场", "零售总额增长 5.2% < 6% loses 2 with a reason, no rule",
             "商贸领域重大安全生产事故 未发生 full marks", "合计 得分率 97.50% = 97.5 ÷ 100",
             "执行率 95.55% = 27,196,874.25 ÷ 28,463,500.00"]
    return {"stem": "h98_tinghu_shangwu", "format": "html", "gold": g, "findings": fnd, "traps": traps,
            "title": f"{dept}2023年度部门整体支出绩效自评情况",
            "heading": "2023年度部门整体支出绩效自评情况", "publisher": dept, "index": "014051378/2024-00127",
            "published": "2024-06-12", "paras_before": paras_before, "paras_after": paras_after, "table": t}


ALL.append(h98())


# ============================================================ h99 信阳市浉河区应急管理局 (DOC: 一级 table with 扣分 column + items in prose)

H99 = [  # (一级, 二级, 三级, 分值, 得分, text, wording)
    ("投入", "目标设定", "绩效目标合理性", 5, 5, "部门绩效目标与“三定”职责和年度工作计划相符，", "A"),
    ("投入", "目标设定", "绩效指标明确性", 5, 4.5, "个别指标未细化量化（如“应急能力明显提升”），酌情扣0.5分，", "B"),
    ("投入", "预算配置", "“三公”经费变动率", 5, 5, "“三公”经费较上年下降8.6%，", "A"),
    ("过程", "预算执行", "预算执行率", 6, None, "评分标准为“得分=预算执行率×6”，全年预算执行率{rate}，", "B"),
    ("过程", "预算执行", "公用经费控制率", 4, 4, "公用经费实际支出未超预算，", "A"),
    ("过程", "预算管理", "管理制度健全性", 4, 4, "已制定预算管理、资产管理、政府采购等内部管理制度，", "B"),
    ("过程", "资产管理", "资产管理安全性", 3, 3, "资产账实相符，未发现资产流失，", "A"),
    # PLANT MALFORMED_RULE: a lower band (80%（含）-90%) pays the full 3 points, more than the 90%-100% band
    ("过程", "预算管理", "政府采购执行率", 3, 3, "评分标准为“执行率100%得3分，90%（含）-100%得2分，80%（含）-90%得3分”，"
     "全年政府采购执行率100%，", "A"),
    ("产出", "数量指标", "安全生产执法检查企业数", 8, 8, "年度目标≥600家，实际检查648家，", "B"),
    ("产出", "数量指标", "综合应急演练场次", 7, 6.3, "年度目标≥20场，实际开展18场，按完成比例计分（18÷20×7），", "A"),  # trap
    # PLANT FORMULA: 1,188 ÷ 1,236 = 96.12%, printed 97.12% (≥95% full marks either way)
    ("产出", "质量指标", "重大事故隐患整改率", 8, 8, "全年排查重大事故隐患1,236项，已整改1,188项，整改率=1,188÷1,236=97.12%，"
     "达到“≥95%”的目标，", "B"),
    ("产出", "时效指标", "事故信息报送及时率", 6, 6, "各类事故信息均在规定时限内报送，及时率100%，", "A"),
    ("产出", "成本指标", "应急物资储备采购成本控制", 6, 6, "应急物资采购均通过政府采购平台实施，未超预算，", "B"),
    ("效益", "社会效益", "生产安全事故死亡人数", 10, 10, "全年未发生较大及以上生产安全事故，死亡人数同比下降25%，", "A"),  # trap
    ("效益", "社会效益", "应急科普宣传", 6, 6, "目标为开展应急科普宣传活动，包括进企业、进学校、进社区、进农村等，"
     "全年开展宣传活动86场，", "B"),  # trap: a 包括…等 list
    ("效益", "可持续影响", "应急管理长效机制", 5, 5, "建立了安全风险分级管控和隐患排查治理双重预防机制，", "A"),
    ("效益", "满意度", "企业及群众满意度", 9, 9, "问卷调查满意度93.4%，高于90%的目标，", "B"),
]


def h99():
    ini, adj, exp = 1268.50, 1352.46, 1274.02
    rate = pct(exp, adj)
    assert f"{rate:.2f}" == "94.20"
    items = []
    for l1, l2, l3, w, s, text, kind in H99:
        if s is None:
            s = round(rate / 100 * w + 1e-9, 2)  # 5.652 printed 5.65 (trap: rounding)
        items.append((l1, l2, l3, w, s, text.format(rate=f"{rate:.2f}%"), kind))
    names = ["投入", "过程", "产出", "效益"]
    secs = []
    for n in names:
        m = [x for x in items if x[0] == n]
        secs.append([n, sum(x[3] for x in m), round(sum(x[4] for x in m), 2)])
    assert [s[1] for s in secs] == [15, 20, 35, 30]
    assert secs[2][2] == 34.3
    secs[2][2] = 33.3  # PLANT SECTION_VS_ROWS: the 产出 items add to 34.3 (table and heading both print 33.3)
    total = round(sum(s[2] for s in secs), 2)
    assert total == 97.45
    table = [["指标类别", "满分", "自评分", "扣分"]]
    for n, w, s in secs:
        table.append([n, fmt(w), fmt(s), fmt(round(w - s, 2))])
    table.append(["合计", "100", fmt(total), fmt(round(100 - total, 2))])
    dept = "信阳市浉河区应急管理局"
    blocks = [
        Title(f"{dept}2022年度部门整体支出绩效自评报告"),
        "一、部门概况",
        "浉河区应急管理局内设办公室、综合减灾与应急救援股、安全生产执法监察大队等7个股室，2022年末实有人员42人。",
        "二、部门预算资金情况",
        f"2022年年初预算{mc(ini)}万元，年中调整后全年预算{mc(adj)}万元，全年支出{mc(exp)}万元，预算执行率{rate:.2f}%。",
        "三、自评结果",
        f"按照区财政局部门整体支出绩效评价指标体系（投入、过程、产出、效益四类），本部门自评得分{fmt(total)}分，"
        f"自评等级“{grade(total)}”。分类得分见下表：",
        RB.styled(Table(table), [4, 3, 3, 3], 1, 12),
        "四、指标完成情况",
    ]
    cn = "一二三四"
    for k, (n, w, s) in enumerate(secs):
        blocks.append(f"（{cn[k]}）{n}（满分{fmt(w)}分，自评{fmt(s)}分）")
        i = 0
        for l1, l2, l3, w, s, text, kind in [x for x in items if x[0] == n]:
            i += 1
            if kind == "A":
                blocks.append(f"{i}．{l3}（{l2}，满分{fmt(w)}分）。{text}评定得分{fmt(s)}分。")
            else:
                blocks.append(f"{i}．【{l2}】{l3}，分值{fmt(w)}分。{text}实得{fmt(s)}分。")
    blocks += [
        "五、存在问题和改进措施",
        "（一）个别绩效指标量化程度不高；（二）综合应急演练未达到年度计划场次。下一步将细化绩效目标，"
        "统筹安排演练计划。",
        RB.Right(dept),
        RB.Right("2023年4月6日"),
    ]
    g = gold(None, dept, 2022, "COUNTY", "河南省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ini, adj, exp, rate), [tuple(s) for s in secs],
             [row(l1, l2, l3, None, None, w, s) for l1, l2, l3, w, s, _t, _k in items])
    fnd = [
        F("SECTION_VS_ROWS", "产出", "产出 | 35 | 33.3 | 1.7", "33.3", "34.3", "HIGH", "ERROR",
          "产出 items 8 + 6.3 + 8 + 6 + 6 = 34.3; the table and the heading （三）产出（满分35分，自评33.3分） print 33.3 "
          "(扣分 1.7 follows it); the 合计 97.45 and the 自评得分 sentence carry it (98.45 by the items): one problem"),
        F("FORMULA", "重大事故隐患整改率", "整改率=1,188÷1,236=97.12%", "97.12%", "96.12%", "HIGH", "ERROR",
          "1,188 ÷ 1,236 = 96.12%; the row's 8 of 8 stands (≥95% either way)"),
        F("MALFORMED_RULE", "政府采购执行率", "执行率100%得3分，90%（含）-100%得2分，80%（含）-90%得3分",
          "80%（含）-90%得3分", "a lower band paying more than the band above it", "HIGH", "WARNING",
          "the 80%–90% band pays the full 3 points, more than the 90%–100% band (2); the score (100% → 3) is unaffected"),
    ]
    traps = ["预算执行率 94.20% × 6 = 5.652 printed 5.65 (rounding)", "综合应急演练 18 ÷ 20 × 7 = 6.3 (partial by rule)",
             "绩效指标明确性 扣0.5分 with a reason, no rule", "生产安全事故 未发生较大及以上 full marks",
             "应急科普宣传 “包括进企业、进学校、进社区、进农村等” list", "扣分 column = 满分 − 自评分 on the other rows"]
    return {"stem": "h99_shihe_yingji", "format": "doc", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": traps, "body_pt": 14}


ALL.append(h99())


# ============================================================ h100 汉中市医疗保障局 (PDF, long third-party report, 第X页 共Y页)

H100 = [  # (一级, 二级, 三级, 分值, 评分标准, 指标值, 评价结果, 得分)
    ("决策", "目标设定", "绩效目标合理性", 4, "目标与部门职能、年度计划相符得4分，每发现1处不符扣1分。", "合理", "2处与职能表述不符", 2),
    ("决策", "目标设定", "绩效指标明确性", 4, "指标清晰、细化、可衡量得4分，否则酌情扣分。", "明确", "明确", 4),
    ("决策", "预算配置", "在职人员控制率", 3, "≤100%得3分，否则不得分。", "≤100%", "97.6%", 3),
    ("决策", "预算配置", "重点支出安排率", 3, "≥80%得3分，否则按比例计分。", "≥80%", "86.4%", 3),
    ("过程", "预算执行", "预算执行率", 8, "得分=预算执行率×8。", "100%", None, None),
    ("过程", "预算执行", "“三公”经费控制率", 4, "≤100%得4分，否则不得分。", "≤100%", "92.3%", 4),
    ("过程", "财务管理", "资金使用合规性", 5, "每发现1处问题扣1分，扣完为止。", "合规", "3笔支出原始凭证附件不全", 2),
    ("过程", "资产管理", "资产管理规范性", 4, "制度健全、账实相符得4分，否则酌情扣分。", "规范", "规范", 4),
    ("产出", "职责履行", "基本医疗保险参保率", 8, "≥95%得满分，每低1个百分点扣2分。", "≥95%", "96.2%", 8),
    ("产出", "职责履行", "医保基金监管检查覆盖率", 6, "达到目标得满分，否则不得分。", "100%", "100%", 6),
    ("产出", "职责履行", "跨省异地就医直接结算率", 6, "≥80%得满分，每低1个百分点扣1分。", "≥80%", "76%", 2),  # trap: rule
    ("产出", "职责履行", "医疗救助资金按时拨付率", 6, "达到目标得满分，否则不得分。", "100%", "100%", 6),
    ("产出", "职责履行", "门诊慢特病待遇认定办结时限", 4, "达到目标得满分，否则不得分。", "≤15个工作日", "12个工作日", 4),
    ("效益", "履职效益", "医保基金当期收支平衡", 8, "收支平衡得满分，出现赤字不得分。", "收支平衡", "收支平衡，略有结余", 8),
    ("效益", "履职效益", "追回违规使用医保基金", 6, "达到目标得满分，否则按比例计分。", "≥1200万元", "1,326.5万元", 6),
    ("效益", "履职效益", "重大医保基金安全事件", 5, "未发生得满分，发生不得分。", "未发生", "未发生", 5),  # trap
    ("效益", "满意度", "参保群众满意度", 10, "≥90%得满分，85%（含）-90%得8分，85%以下不得分。", "≥90%", "88.7%", 8),  # trap
    ("效益", "满意度", "定点医药机构满意度", 6, "≥85%得满分，否则按比例计分。", "≥85%", "90.2%", 6),
]


def h100():
    ini, adj, exp = 4862.30, 5318.64, 5104.27
    b_ini, b_adj, b_exp = 1236.80, 1294.51, 1288.06
    p_ini, p_adj, p_exp = 3625.50, 4024.13, 3816.21
    assert round(b_adj + p_adj, 2) == adj and round(b_exp + p_exp, 2) == exp and round(b_ini + p_ini, 2) == ini
    r = pct(exp, adj)
    assert f"{r:.2f}" == "95.97"
    assert f"{pct(p_exp, p_adj):.2f}" == "94.83"
    p_rate_printed = "96.83%"  # PLANT EXECUTION_RATE: 3,816.21 ÷ 4,024.13 = 94.83%
    prose_adj = "5,381.64"  # PLANT SAME_FIGURE_DIFFERS: the table prints 5,318.64
    items = []
    for l1, l2, l3, w, crit, t, a, s in H100:
        if s is None:
            a, s = f"{r:.2f}%", round(r / 100 * w + 1e-9, 2)  # 7.6776 printed 7.68 (trap: rounding)
        items.append((l1, l2, l3, w, crit, t, a, s))
    names = ["决策", "过程", "产出", "效益"]
    secs = []
    for n in names:
        m = [x for x in items if x[0] == n]
        secs.append((n, sum(x[3] for x in m), round(sum(x[7] for x in m), 2)))
    assert sum(w for _, w, _ in secs) == 100
    total = round(sum(s for _, _, s in secs), 2)
    assert total == 88.68 and grade(total) == "良"
    grade_printed = "优"  # PLANT GRADE_OUTSIDE_BANDS: 88.68 is 良 by the printed bands
    evaluator = "陕西秦信项目管理咨询有限公司"
    dept = "汉中市医疗保障局"
    number = "秦信评字〔2024〕第017号"
    summary = [["一级指标", "分值", "得分", "扣分"]]
    for n, w, s in secs:
        summary.append([n, fmt(w), fmt(s), fmt(round(w - s, 2))])
    summary.append(["合计", "100", fmt(total), fmt(round(100 - total, 2))])
    btab = [["项目", "年初预算数", "调整后预算数", "实际支出数", "预算执行率"],
            ["基本支出", mc(b_ini), mc(b_adj), mc(b_exp), f"{pct(b_exp, b_adj):.2f}%"],
            ["项目支出", mc(p_ini), mc(p_adj), mc(p_exp), p_rate_printed],
            ["合计", mc(ini), mc(adj), mc(exp), f"{r:.2f}%"]]
    app = [["一级指标", "二级指标", "三级指标", "分值", "评分标准", "指标值", "评价结果", "得分"]]
    for l1, l2, l3, w, crit, t, a, s in items:
        app.append([l1, l2, l3, fmt(w), crit, t, a, fmt(s)])
    merges = group_merges(app, [0, 1], 1)
    app.append(["合计", "", "", "100", "", "", "", fmt(total)])
    merges.append((len(app) - 1, 0, len(app) - 1, 2))
    bands = "综合得分90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”"
    blocks = [
        RB.Center(f"报告编号：{number}"), "",
        RB.Big(dept), RB.Big("2023年度部门整体支出"), RB.Big("绩效评价报告"), "", "",
        RB.Center("委托单位：汉中市财政局"),
        RB.Center(f"评价机构：{evaluator}"),
        RB.Center("二〇二四年七月"),
        PageBreak(), RB.Toc("目　　录"),
        PageBreak(),
        H("一、基本情况"),
        H("（一）部门概况", 2),
        f"{dept}为市政府工作部门，负责全市医疗保险、生育保险、医疗救助等医疗保障制度的组织实施和基金监管，"
        "内设科室8个，下属汉中市医疗保障经办中心1个，2023年末在职人员97人。",
        H("（二）预算安排及执行情况", 2),
        f"2023年度部门年初预算{mc(ini)}万元，调整后预算{prose_adj}万元，全年实际支出{mc(exp)}万元，"
        f"预算执行率{r:.2f}%。分支出类别情况见表1。",
        RB.Center("表1　2023年度部门预算执行情况（单位：万元）"),
        RB.styled(Table(btab), [3, 3, 3, 3, 2.6], 1, 10.5),
        H("二、评价工作开展情况"),
        H("（一）评价目的和依据", 2),
        "依据《中共中央 国务院关于全面实施预算绩效管理的意见》及汉中市市级部门整体支出绩效评价管理办法，"
        "评价组对部门整体支出的决策、过程、产出和效益开展评价。",
        H("（二）评价方法和过程", 2),
        "评价组采用资料核查、现场访谈和问卷调查相结合的方法，抽查定点医药机构12家，发放问卷800份，回收有效问卷763份。",
        H("三、综合评价结论"),
        f"经综合评定，{dept}2023年度部门整体支出绩效评价得分{fmt(total)}分，评价等级为“{grade_printed}”"
        f"（{bands}）。各一级指标得分见表2。",
        RB.Center("表2　一级指标得分汇总"),
        RB.styled(Table(summary), [4, 3, 3, 3], 1, 10.5),
        H("四、绩效分析"),
        H("（一）决策情况", 2),
        "部门绩效目标总体与职能相符，但有2处目标表述与“三定”职责不一致。",
        H("（二）过程情况", 2),
        "预算执行率95.97%，未达到100%的目标；抽查发现3笔支出原始凭证附件不全。",
        H("（三）产出情况", 2),
        "跨省异地就医直接结算率76%，较目标低4个百分点，其余产出指标均达到目标。",
        H("（四）效益情况", 2),
        "医保基金运行平稳，当期收支平衡；参保群众满意度88.7%，略低于90%的目标。",
        H("五、存在问题及建议"),
        "（一）绩效目标与职责衔接不够紧密，建议修订完善；（二）财务审核不够严格，建议加强原始凭证审核；"
        "（三）异地就医直接结算率偏低，建议扩大定点医药机构联网覆盖面。",
        H("附件　部门整体支出绩效评价指标评分表"),
        RB.styled(Table(app, merges), [1.3, 1.7, 3.0, 1.1, 4.4, 2.0, 2.6, 1.2], 1, 10.5),
        "",
        RB.Right(f"评价机构（盖章）：{evaluator}"),
        RB.Right("项目负责人：梁××　　主评人：何××"),
        RB.Right("2024年7月19日"),
    ]
    g = gold(None, dept, 2023, "PREFECTURAL", "陕西省", "THIRD_PARTY_EVALUATION", evaluator, total, 100, grade_printed,
             budget(ini, adj, exp, r, b_adj, b_exp, p_adj, p_exp), secs,
             [row(l1, l2, l3, t, a, w, s) for l1, l2, l3, w, _c, t, a, s in items])
    fnd = [
        F("EXECUTION_RATE", "项目支出", f"项目支出 | {mc(p_ini)} | {mc(p_adj)} | {mc(p_exp)} | {p_rate_printed}",
          p_rate_printed, "94.83%", "HIGH", "ERROR", "3,816.21 ÷ 4,024.13 = 94.83% (表1, 项目支出 line); the 合计 line's "
          "95.97% is right and no score depends on the 项目支出 rate"),
        F("SAME_FIGURE_DIFFERS", "调整后预算数", f"调整后预算{prose_adj}万元", f"{prose_adj}万元", "5,318.64万元", "HIGH",
          "WARNING", "the text of （二）预算安排及执行情况 says 5,381.64; 表1 prints 5,318.64 (= 1,294.51 + 4,024.13), and "
          "95.97% = 5,104.27 ÷ 5,318.64 (5,381.64 would give 94.85%)"),
        F("GRADE_OUTSIDE_BANDS", "评价等级", f"评价得分{fmt(total)}分，评价等级为“{grade_printed}”", grade_printed, "良", "HIGH",
          "ERROR", f"{fmt(total)} lies in the printed band 80分（含）至90分 = 良 (the 合计 {fmt(total)} is the appendix's "
          "row sum)"),
    ]
    traps = ["预算执行率 95.97% × 8 = 7.6776 printed 7.68", "跨省异地就医 76% → 6 − 4 × 1 = 2 (partial by rule)",
             "参保群众满意度 88.7% → 8 by the 85%–90% band", "绩效目标合理性 2处 → 4 − 2 = 2; 资金使用合规性 3笔 → 5 − 3 = 2",
             "重大医保基金安全事件 未发生 full marks", "追回违规基金 1,326.5 ≥ 1200万元",
             "基本 + 项目 = 合计 in all three columns; 基本支出 99.50%",
             "目录 with dotted leaders; running header with the report number; 第X页 共Y页 footer"]
    return {"stem": "h100_hanzhong_yibao", "format": "pdf", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": traps, "header": f"{dept}2023年度部门整体支出绩效评价报告　　{number}", "footer": "page-of",
            "body_pt": 14}


ALL.append(h100())


# ============================================================ h101 锦州市古塔区审计局 (DOCX, MOF 部门整体 head block, 收入/支出性质 lines)

def h101():
    ini, adj, exp = 612.40, 655.18, 628.03
    b_ini, b_adj, b_exp = 468.20, 481.36, 486.92  # PLANT SPENDING_OVER_BUDGET: 基本支出 486.92 > 481.36
    p_ini, p_adj, p_exp = 144.20, 173.82, 141.11
    assert round(b_adj + p_adj, 2) == adj and round(b_exp + p_exp, 2) == exp and round(b_ini + p_ini, 2) == ini
    rate = pct(exp, adj)
    assert f"{rate:.2f}" == "95.86"
    assert score10(rate) == 9.59
    bscore = 9.85  # PLANT BUDGET_ROW_SCORE: the 说明 prints 得分 = 执行率 × 分值 → 95.86% × 10 = 9.59
    tasks = [("部门日常运转", "保障机关人员经费和日常公用经费支出", 481.36, 486.92),
             ("审计业务专项", "开展预算执行、经济责任、政府投资等审计项目18个", 121.50, 104.63),
             ("审计信息化建设", "建设审计数据分析平台（一期）并上线运行", 52.32, 36.48)]
    assert round(sum(t[2] for t in tasks), 2) == adj and round(sum(t[3] for t in tasks), 2) == exp
    ind = [
        (None, "产出指标", "数量指标", "完成审计项目数", "≥18个", "18个", 10, 10, ""),  # trap: exact
        (None, "产出指标", "数量指标", "审计查出主要问题金额", "≥3亿元", "3.42亿元", 8, 8, ""),
        (None, "产出指标", "质量指标", "审计报告复核审理合格率", "100%", "100%", 8, 8, ""),
        (None, "产出指标", "质量指标", "审计发现问题整改完成率", "≥85%", "82%", 8, 7,
         "部分问题涉及历史遗留，整改周期较长，酌情扣1分；将持续跟踪督促整改。"),  # trap: judgement
        (None, "产出指标", "时效指标", "审计项目按计划完成率", "≥95%", "100%", 6, 6, ""),
        (None, "产出指标", "成本指标", "审计业务专项经费控制", "≤121.50万元", "104.63万元", 5, 5, ""),
        (None, "效益指标", "经济效益指标", "促进增收节支金额", "≥2000万元", "2,356万元", 10, 10, ""),
        (None, "效益指标", "社会效益指标", "审计建议采纳率", "≥90%", "93.5%", 10, 10, ""),
        (None, "效益指标", "可持续影响指标", "审计数据分析平台应用", "一期上线运行", "一期已上线运行", 5, 5, ""),
        (None, "满意度指标", "服务对象满意度指标", "被审计单位满意度", "≥90%", "92%", 10, 10, ""),
        (None, "满意度指标", "服务对象满意度指标", "社会公众满意度", "≥85%", "88%", 10, 10, ""),
    ]
    assert sum_w(ind) == 90 and sum_s(ind) == 89
    rows_total = round(bscore + sum_s(ind), 2)
    assert rows_total == 98.85
    total = 99.85  # PLANT TOTAL_VS_ROWS: 9.85 + 89 = 98.85
    dept = "锦州市古塔区审计局"
    rows = [["部门（单位）名称", dept, "", "", "", "", "", ""],
            ["年度预算申请（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["年度资金总额", "", m2(ini), m2(adj), m2(exp), "10", f"{rate:.2f}%", fmt(bscore)],
            ["按收入性质分", "一般公共预算", m2(ini), m2(adj), m2(exp), "—", f"{rate:.2f}%", "—"],
            ["", "政府性基金预算", "0.00", "0.00", "0.00", "—", "—", "—"],  # trap: zero base, no rate printed
            ["按支出性质分", "基本支出", m2(b_ini), m2(b_adj), m2(b_exp), "—", f"{pct(b_exp, b_adj):.2f}%", "—"],
            ["", "项目支出", m2(p_ini), m2(p_adj), m2(p_exp), "—", f"{pct(p_exp, p_adj):.2f}%", "—"],
            ["年度主要任务", "任务名称", "", "主要内容", "", "", "预算数", "执行数"]]
    merges = [(0, 1, 0, 7), (1, 0, 1, 1), (2, 0, 2, 1), (3, 0, 4, 0), (5, 0, 6, 0)]
    t0 = len(rows) - 1
    for name, what, b, e in tasks:
        rows.append(["", name, "", what, "", "", m2(b), m2(e)])
        merges += [(len(rows) - 1, 1, len(rows) - 1, 2), (len(rows) - 1, 3, len(rows) - 1, 5)]
    merges += [(t0, 0, len(rows) - 1, 0), (t0, 1, t0, 2), (t0, 3, t0, 5)]
    g0 = len(rows)
    rows += [["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
             ["", "完成审计项目18个，审计整改完成率85%以上，审计数据分析平台一期上线运行，促进增收节支2000万元以上。",
              "", "", "完成审计项目18个，查出主要问题金额3.42亿元，整改完成率82%，平台一期上线运行，促进增收节支2,356万元。",
              "", "", ""],
             ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]]
    merges += [(g0, 0, g0 + 1, 0), (g0, 1, g0, 3), (g0, 4, g0, 7), (g0 + 1, 1, g0 + 1, 3), (g0 + 1, 4, g0 + 1, 7)]
    start = len(rows)
    for _g, l1, l2, l3, t, a, w, s, x in ind:
        rows.append([l1, l2, l3, t, a, fmt(w), fmt(s), x])
    merges += group_merges(rows, [0, 1], start)
    rows.append(["总分", "", "", "", "", "100", fmt(total), ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    t = styled(Table(rows, merges), [3.0, 3.0, 3.6, 3.0, 3.4, 1.5, 2.0, 5.0], 0)
    blocks = [Title("部门整体支出绩效自评表"), "（2021年度）", t,
              "说明：1.年度资金总额得分=执行率×分值（10分），执行率超过100%的按100%计算；2.其余指标按完成情况计分；"
              f"3.自评等级：90分以上为优，80—90分为良，60—80分为中，60分以下为差。本部门自评等级：{grade(total)}。",
              "填报单位（盖章）：锦州市古塔区审计局　　单位负责人：曲××　　填表人：于××　　2022年4月15日"]
    g = gold(None, dept, 2021, "COUNTY", "辽宁省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ini, adj, exp, rate, b_adj, b_exp, p_adj, p_exp), [],
             [row(None, None, "年度资金总额", None, f"{rate:.2f}%", 10, bscore)] + grows(ind))
    fnd = [
        F("BUDGET_ROW_SCORE", "年度资金总额", f"年度资金总额 | {m2(adj)} | {m2(exp)} | 10 | {rate:.2f}% | {fmt(bscore)}",
          fmt(bscore), "9.59", "HIGH", "ERROR", "the 说明 prints 得分=执行率×分值: 95.86% × 10 = 9.59; printed 9.85 "
          "(digits swapped)"),
        F("SPENDING_OVER_BUDGET", "基本支出", f"基本支出 | {m2(b_ini)} | {m2(b_adj)} | {m2(b_exp)} | {pct(b_exp, b_adj):.2f}%",
          m2(b_exp), f"≤ {m2(b_adj)}", "HIGH", "WARNING", f"基本支出 执行 {m2(b_exp)} above its 全年预算 {m2(b_adj)} "
          f"({pct(b_exp, b_adj):.2f}%); the 部门日常运转 task line repeats the same two figures: one problem"),
        F("TOTAL_VS_ROWS", "总分", f"总分 | 100 | {fmt(total)}", fmt(total), fmt(rows_total), "HIGH", "ERROR",
          f"{fmt(bscore)} (年度资金总额) + 89 (11 indicator rows) = {fmt(rows_total)}; printed {fmt(total)} "
          "(98.59 once the budget line is scored 9.59)"),
    ]
    traps = ["完成审计项目 18个 vs ≥18个", "审计整改完成率 82% < 85% loses 1 with a reason, no numeric rule",
             "政府性基金预算 0.00 / 0.00 / 0.00 with no rate ('—')", "基本 + 项目 = 年度资金总额 in all three columns; "
             "年度主要任务 add to 655.18 / 628.03", "项目支出 81.18% under budget (no finding)",
             "分值/执行率/得分 columns of the head block are not money"]
    return {"stem": "h101_guta_shenji", "format": "docx", "blocks": blocks, "gold": g, "findings": fnd, "traps": traps,
            "page": "A4L"}


ALL.append(h101())


# ============================================================ h102 鄂尔多斯市东胜区林业和草原局 (TXT: tab-separated system export, 元, goals)

def h102():
    name = "东胜区2025年国土绿化试点示范项目"
    dept, unit = "鄂尔多斯市东胜区林业和草原局", "鄂尔多斯市东胜区林业工作站"
    funds = [("年度资金总额", 2800000.00, 3150000.00, 2986200.00),
             ("其中：中央财政资金", 1500000.00, 1500000.00, 1500000.00),
             ("自治区财政资金", 600000.00, 800000.00, 780000.00),
             ("市级财政资金", 400000.00, 400000.00, 380000.00),
             ("区级财政资金", 300000.00, 350000.00, 326200.00)]
    _, ini, adj, exp = funds[0]
    assert round(sum(f[1] for f in funds[1:]), 2) == ini and round(sum(f[3] for f in funds[1:]), 2) == exp
    # PLANT BREAKDOWN_SUM: the 全年预算数 parts add to 3,050,000.00, the total prints 3,150,000.00
    assert round(sum(f[2] for f in funds[1:]), 2) == 3050000.00
    rate = pct(exp, adj)
    assert f"{rate:.2f}" == "94.80"
    bscore = score10(rate)  # 9.48 (trap)
    # PLANT GOAL_LABELS: the third goal is printed 目标2 again (目标1, 目标2, 目标2, 目标3)
    goals = [("目标1", "完成人工造林3000亩、退化林修复2000亩，造林成活率85%以上。"),
             ("目标2", "苗木检验合格率100%，春季造林5月底前完成。"),
             ("目标2", "每亩苗木采购成本控制在600元以内，新增森林面积0.2万亩以上。"),
             ("目标3", "落实造林地块管护责任，带动农牧民就近务工，受益群众满意度90%以上。")]
    ind = [
        ("目标1", "产出指标", "数量指标", "人工造林面积", "≥3000亩", "3120亩", 10, 10, ""),
        ("目标1", "产出指标", "数量指标", "退化林修复面积", "≥2000亩", "2000亩", 10, 10, ""),  # trap: exact
        # PLANT TARGET_MET_POINTS_LOST: 91.3% ≥ 85%, 8 of 10, no reason
        ("目标1", "产出指标", "质量指标", "造林成活率", "≥85%", "91.3%", 10, 8, ""),
        ("目标2", "产出指标", "质量指标", "苗木检验合格率", "100%", "100%", 5, 5, ""),
        ("目标2", "产出指标", "时效指标", "春季造林完成时间", "2025年5月底前", "2025年5月", 5, 5, ""),
        ("目标2", "产出指标", "成本指标", "每亩苗木采购成本", "≤600元", "572元", 10, 10, ""),
        ("目标2", "效益指标", "生态效益指标", "新增森林面积", "≥0.2万亩", "0.51万亩", 10, 10, ""),
        ("目标3", "效益指标", "可持续影响指标", "造林地块管护责任落实率", "100%", "100%", 10, 10, ""),
        ("目标3", "效益指标", "社会效益指标", "带动农牧民务工", "≥300人次", "312人次，包括栽植、浇水、管护等", 10, 10, ""),
        ("目标3", "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "93%", 10, 10, ""),
    ]
    assert sum_w(ind) == 90 and sum_s(ind) == 88
    total = round(bscore + sum_s(ind), 2)
    assert total == 97.48
    T = "\t"
    lines = ["项目支出绩效自评表", "导出时间：2026-03-16 10:42:18　　导出人：nmg_dsq_lcj_01　　数据状态：已审核", "",
             f"项目名称{T}{name}", f"主管部门{T}{dept}{T}实施单位{T}{unit}", f"评价年度{T}2025", "",
             T.join(["资金情况（元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"])]
    for k, (label, i, a, e) in enumerate(funds):
        tail = [f"{rate:.2f}%", "10", fmt(bscore)] if k == 0 else [f"{pct(e, a):.2f}%", "", ""]
        lines.append(T.join([label, mc(i), mc(a), mc(e)] + tail))
    lines += ["", "年度绩效目标"] + [f"{lab}{T}{txt}" for lab, txt in goals]
    lines += ["", T.join(["绩效目标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                          "偏差原因分析"])]
    for gl, l1, l2, l3, t, a, w, s, x in ind:
        lines.append(T.join([gl, l1, l2, l3, t, a, fmt(w), fmt(s), x]).rstrip(T))
    lines += [T.join(["总分", "", "", "", "", "", "100", fmt(total)]),
              f"自评等级{T}{grade(total)}", "",
              "说明：预算执行率得分=全年执行数÷全年预算数×10分；其他指标完成目标值得满分，未完成的按偏差程度扣分。",
              "等级：90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。", ""]
    text = "\n".join(lines)
    g = gold(None, dept, 2025, "COUNTY", "内蒙古自治区", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(wan(ini), wan(adj), wan(exp), rate), [],
             [row(None, None, "年度资金总额", None, f"{rate:.2f}%", 10, bscore)] + grows(ind, with_goal=True))
    g2 = {}
    for k, v in g.items():
        g2[k] = v
        if k == "department":
            g2["project"], g2["implementingUnit"] = name, unit
    fnd = [
        F("BREAKDOWN_SUM", "全年预算数", "年度资金总额 | 全年预算数 3,150,000.00; 中央 1,500,000.00 + 自治区 800,000.00 + 市级 "
          "400,000.00 + 区级 350,000.00", "3,150,000.00", "3,050,000.00", "HIGH", "ERROR",
          "the four 全年预算数 parts add to 3,050,000.00; the 年初 and 执行 parts do add to their totals. The 执行率 94.80% is "
          "2,986,200.00 ÷ 3,150,000.00 (97.91% against 3,050,000.00)"),
        F("GOAL_LABELS", "年度绩效目标", "目标1 … 目标2 … 目标2 … 目标3", "目标1, 目标2, 目标2, 目标3",
          "目标1, 目标2, 目标3, 目标4", "HIGH", "WARNING", "the third goal repeats the label 目标2 (and the indicator rows "
          "under it carry 目标2 too), so the last one is numbered 目标3"),
        F("TARGET_MET_POINTS_LOST", "造林成活率", "目标1 | 造林成活率 | ≥85% | 91.3% | 10 | 8", "8", "10", "HIGH", "WARNING",
          "91.3% meets ≥85%, yet 2 points lost with no 偏差原因 (the 说明: 完成目标值得满分)"),
    ]
    traps = ["预算执行率 94.80% × 10 = 9.48", "退化林修复 2000亩 vs ≥2000亩", "带动务工 “包括栽植、浇水、管护等” list",
             "新增森林面积 0.51万亩 = 3120 + 2000亩", 
             "年初 and 执行 parts add to their totals; part rates under 100%"]
    return {"stem": "h102_dongsheng_linye", "format": "txt", "text": text, "gold": g2, "findings": fnd, "traps": traps}


ALL.append(h102())
