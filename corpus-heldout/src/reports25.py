#!/usr/bin/python3
"""Round 25 (h179–h183): issue-9 layouts not used before, each with PLANTED issue-10 problems, made apart from the
code by the corpus25 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report
whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports25.py [h179 …]
(needs python-docx, openpyxl and LibreOffice: h179 DOCX → PDF, private profile /tmp/jixiao_heldout25_lo.)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, note).
"""
import html
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402
from heldout import Table, Title, PageBreak, group_merges, fmt, budget, gold  # noqa: E402
from reports3_a import Num  # noqa: E402
from reports4 import styled, pct, F  # noqa: E402
from reports22 import s2, r2, with_project, grows, Tab, write_gold  # noqa: E402

H.A.LO_PROFILE = "file:///tmp/jixiao_heldout25_lo"
ALL = []
BANDS = "90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。"


def f1(x):
    """one decimal, as a 实际得分（分） column prints it: 10 → 10.0"""
    return f"{x:.1f}"


# ============================================================ h179 衡水市桃城区城市管理综合行政执法局 (PDF, 自评报告, budget sentence, 绩效目标 table + separate score table)

def h179():
    dept = "衡水市桃城区城市管理综合行政执法局"
    ia = 5620.00
    ab, ap = 2346.80, 3517.50
    eb, ep = 2311.42, 3170.20
    aa, ea = r2(ab + ap), r2(eb + ep)
    rate = pct(ea, aa)  # 93.47
    assert rate == 93.47
    bs_true = round(rate / 10 + 1e-9, 1)  # 9.3
    bs = 9.7  # PLANT BUDGET_ROW_SCORE: 93.47% × 10 = 9.347, one decimal 9.3
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 未完成原因); target/actual printed only in the 绩效目标 table
    ind = [("预算管理", "预算执行", "预算执行率", "", "", 10, bs, ""),
           ("预算管理", "预算执行", "结转结余控制", "", "", 4, 4, ""),
           ("预算管理", "财务管理", "资金使用合规性", "", "", 3, 3, ""),
           ("预算管理", "财务管理", "政府采购执行率", "", "", 3, 3, ""),
           ("履职产出", "数量指标", "城区道路机扫保洁面积（万平方米）", "≥680", "692", 8, 8, ""),
           ("履职产出", "数量指标", "新建改建公厕（座）", "≥12", "12", 7, 7, ""),
           ("履职产出", "数量指标", "违法建设查处（宗）", "≥150", "163", 6, 6, ""),
           ("履职产出", "质量指标", "生活垃圾无害化处理率（%）", "100", "100", 8, 8, ""),
           ("履职产出", "质量指标", "数字城管案件结案率（%）", "≥95", "93.5", 8, 7, "部分跨部门案件协调周期较长"),
           ("履职产出", "时效指标", "市政设施维修及时率（%）", "≥95", "97.2", 8, 8.5, ""),  # PLANT ROW_SCORE_OVER_WEIGHT
           ("履职效益", "社会效益", "市容环境秩序", "明显改善", "明显改善", 10, 10, ""),
           ("履职效益", "社会效益", "占道经营投诉下降率（%）", "≥10", "12.6", 8, 8, ""),
           ("履职效益", "生态效益", "生活垃圾分类覆盖率（%）", "≥60", "58", 7, 6, "部分老旧小区分类设施配套不足"),
           ("履职效益", "满意度", "群众满意度（%）", "≥90", "91.5", 10, 10, "")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)  # 98.2
    secs = []
    for n in ["预算管理", "履职产出", "履职效益"]:
        rs = [r for r in ind if r[0] == n]
        secs.append([n, s2(rs, 5), s2(rs, 6)])
    eff_true = secs[2][2]  # 34
    secs[2][2] = r2(eff_true + 0.5)  # PLANT SECTION_VS_ROWS: 履职效益 rows 10 + 8 + 6 + 10 = 34
    g = gold(None, dept, 2023, "COUNTY", "河北省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), [tuple(s) for s in secs], grows(ind))
    # 绩效目标完成情况 table (rows with a target only)
    G = Tab(5)
    G.add(["序号", "三级指标", "年度指标值", "全年实际值", "未完成原因"])
    k = 0
    for l1, l2, l3, t, a, w, s, n in ind:
        if t:
            k += 1
            G.add([str(k), l3, t, a, n])
    gt = styled(Table(G.rows, G.merges), [1.2, 6.0, 2.6, 2.6, 5.2], header_rows=1)
    S = Tab(5)
    S.add(["一级指标", "二级指标", "三级指标", "分值", "实际得分（分）"])
    for n, w, s in secs:
        S.add([n, "", "", fmt(w), f1(s)], [(0, 2)])
        st = len(S.rows)
        for l1, l2, l3, t, a, wt, sc, _ in [r for r in ind if r[0] == n]:
            S.add(["", l2, l3, fmt(wt), f1(sc)])
        S.merges += group_merges(S.rows, [1], st)
    S.add(["合计", "", "", "100", f1(total)], [(0, 2)])
    stb = styled(Table(S.rows, S.merges), [2.4, 2.4, 6.4, 1.6, 2.6], header_rows=1)
    blocks = [Title("衡水市桃城区城市管理综合行政执法局2023年度部门整体支出绩效自评报告"),
              "一、部门概况",
              "我局为区政府工作部门，承担城区市容环境卫生、市政设施维护、城市管理综合执法等职责，内设办公室、市容环卫股、"
              "市政设施股、综合执法大队等机构，年末在职人员214人。",
              "二、预算执行情况",
              f"2023年年初预算{ia:,.2f}万元，全年预算{aa:,.2f}万元，其中基本支出{ab:,.2f}万元、项目支出{ap:,.2f}万元；"
              f"全年执行{ea:,.2f}万元，其中基本支出{eb:,.2f}万元、项目支出{ep:,.2f}万元，预算执行率{rate:.2f}%。",
              "三、绩效目标完成情况", "表1 2023年度绩效目标完成情况表", gt,
              "四、绩效自评得分情况", "表2 2023年度部门整体支出绩效自评得分表", stb,
              "说明：预算执行率得分=预算执行率×分值（保留一位小数）；其余指标达到年度指标值得满分，未达到的根据完成情况酌情扣分。",
              f"五、自评结论：经自评，我局2023年度部门整体支出绩效自评得分{fmt(total)}分，自评等级为“优”（{BANDS.rstrip('。')}）。",
              "六、存在问题及改进措施：数字城管跨部门案件协调机制有待完善，老旧小区垃圾分类设施配套不足。下一步将健全联动处置机制，"
              "加快分类设施补短板。",
              "衡水市桃城区城市管理综合行政执法局", "2024年4月8日"]
    fnd = [F("BUDGET_ROW_SCORE", "预算执行率", f"预算执行率 | 10 | {f1(bs)}", f1(bs), f1(bs_true), "HIGH", "ERROR",
             f"{ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% (as printed in 二); by the printed rule 得分=预算执行率×分值 "
             f"{rate:.2f}% × 10 = {rate / 10:.3f}, one decimal {f1(bs_true)}, printed {f1(bs)}"),
           F("ROW_SCORE_OVER_WEIGHT", "市政设施维修及时率（%）", "市政设施维修及时率（%） | 8 | 8.5", "8.5", "≤ 8", "HIGH",
             "ERROR", "the row scores 8.5 against its 分值 8 (97.2 vs ≥95, no bonus rule printed); the 履职产出 "
             "group row's 44.5 and the 合计 include it"),
           F("SECTION_VS_ROWS", "履职效益", f"履职效益 | 35 | {f1(secs[2][2])}", f1(secs[2][2]), f1(eff_true), "HIGH",
             "ERROR", f"the four 履职效益 rows score 10 + 8 + 6 + 10 = {fmt(eff_true)}, the group row prints "
             f"{f1(secs[2][2])}; the three group rows add to {fmt(r2(sum(s[2] for s in secs)))}, the 合计 "
             f"{f1(total)} equals the rows")]
    return {"stem": "h179_taocheng_chengguan", "format": "pdf", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": [f"预算执行率 {ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% (right)", "基本 + 项目 = 全年 in both lines, both "
                      "under budget", "新建改建公厕（座） 12 vs ≥12 (met exactly)",
                      "数字城管案件结案率 93.5 vs ≥95 −1 and 生活垃圾分类覆盖率 58 vs ≥60 −1 with 未完成原因, rule “酌情扣分” "
                      "(judgement)", "预算管理 19.7 and 履职产出 44.5 group rows = their rows; 合计 98.2 = rows",
                      "units in the 三级 names' brackets, targets printed without units"]}


ALL.append(h179())


# ============================================================ h180 白山市浑江区住房和城乡建设局 (DOCX, two 项目 forms in one file, units in 三级 brackets, 实际得分（分） one decimal)

def proj_form(dept, unit, proj, funds, rate_txt, bs, goal, done, ind, total):
    """funds: [(label, 年初, 全年, 执行, 执行率 text)] first line 年度资金总额"""
    T = Tab(8)
    T.add(["项目名称", proj, "", "", "", "", "", ""], [(1, 7)])
    T.add(["主管部门", dept, "", "", "实施单位", unit, "", ""], [(1, 3), (5, 7)])
    T.add(["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], [(0, 1)])
    for k, (lab, x, y, z, rt) in enumerate(funds):
        if k == 0:
            T.add([lab, "", f"{x:,.2f}", f"{y:,.2f}", f"{z:,.2f}", "10", rt, f1(bs)], [(0, 1)])
        else:
            T.add([lab, "", f"{x:,.2f}", f"{y:,.2f}", f"{z:,.2f}", "—", rt, "—"], [(0, 1)])
    r0 = T.add(["年度总体目标", "", "预期目标", "", "", "实际完成情况", "", ""], [(2, 4), (5, 7)])
    T.add(["", "", goal, "", "", done, "", ""], [(2, 4), (5, 7)])
    T.merges.append((r0, 0, r0 + 1, 1))
    T.add(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "实际得分（分）", "偏差原因分析"])
    st = len(T.rows)
    for l1, l2, l3, t, a, w, s, n in ind:
        T.add([l1, l2, l3, t, a, fmt(w), f1(s), n])
    T.merges += group_merges(T.rows, [0, 1], st)
    T.add(["总分", "", "", "", "", "100", f1(total), "自评等级：优"], [(0, 4)])
    return styled(Table(T.rows, T.merges), [2.2, 2.2, 4.4, 2.2, 2.2, 1.3, 1.8, 3.4])


def h180():
    dept = "白山市浑江区住房和城乡建设局"
    u1, p1 = "白山市浑江区城市建设服务中心", "浑江区2023年城区公厕新建改造项目"
    f1_ = [("当年财政拨款", 400.00, 420.00, 399.00), ("上年结转资金", 60.00, 60.00, 57.96),
           ("其他资金", 0.00, 0.00, 0.00)]  # PLANT RATE_OVER_ZERO_BASE: 其他资金 0.00/0.00 printed 执行率 100.00%
    ia1, aa1, ea1 = (r2(sum(x[i] for x in f1_)) for i in (1, 2, 3))
    rate1 = pct(ea1, aa1)  # 95.2
    bs1 = round(rate1 / 10 + 1e-9, 1)  # 9.52 → 9.5
    funds1 = [("年度资金总额", ia1, aa1, ea1, f"{rate1:.2f}%")] + \
             [(("其中：" if k == 0 else "") + n, x, y, z, f"{pct(z, y):.2f}%" if y else "100.00%")
              for k, (n, x, y, z) in enumerate(f1_)]
    ind1 = [("产出指标", "数量指标", "新建公厕（座）", "≥8", "8", 10, 10, ""),
            ("产出指标", "数量指标", "改造提升公厕（座）", "≥20", "17", 10, 10, ""),  # PLANT TARGET_MISSED_FULL_MARKS
            ("产出指标", "质量指标", "工程验收合格率（%）", "100", "100", 10, 10, ""),
            ("产出指标", "时效指标", "按期完工率（%）", "≥90", "92", 10, 10, ""),
            ("产出指标", "成本指标", "单座公厕新建成本（万元）", "≤35", "33.6", 10, 10, ""),
            ("效益指标", "社会效益指标", "公厕服务半径（米）", "≤500", "480", 10, 10, ""),
            ("效益指标", "社会效益指标", "如厕环境", "明显改善", "明显改善", 10, 10, ""),
            ("效益指标", "可持续影响指标", "公厕长效管护机制", "健全", "基本健全", 10, 8.5, "部分公厕保洁人员配备不足"),
            ("满意度指标", "服务对象满意度指标", "群众满意度（%）", "≥90", "93", 10, 10, "")]
    full1 = [("", "", "年度资金总额", "", f"{rate1:.2f}%", 10, bs1, "")] + ind1
    assert s2(full1, 5) == 100
    tot1 = s2(full1, 6)
    u2, p2 = "白山市浑江区住房保障服务中心", "浑江区2023年老旧小区背街小巷改造项目"
    ia2, aa2 = 1200.00, 1150.00
    ea2 = 1168.40  # PLANT SPENDING_OVER_BUDGET: 全年执行数 1,168.40 > 全年预算数 1,150.00
    rate2 = pct(ea2, aa2)  # 101.6
    bs2 = 10.0  # 执行率×10, 最高10分
    funds2 = [("年度资金总额", ia2, aa2, ea2, f"{rate2:.2f}%"), ("其中：当年财政拨款", ia2, aa2, ea2, f"{rate2:.2f}%"),
              ("上年结转资金", 0.00, 0.00, 0.00, "—"), ("其他资金", 0.00, 0.00, 0.00, "—")]
    ind2 = [("产出指标", "数量指标", "改造背街小巷（条）", "≥26", "27", 15, 15, ""),
            ("产出指标", "数量指标", "铺设排水管网（公里）", "≥8.5", "8.8", 10, 10, ""),
            ("产出指标", "质量指标", "工程质量合格率（%）", "100", "100", 10, 10, ""),
            ("产出指标", "时效指标", "年内完工率（%）", "≥95", "90", 10, 9, "2条巷道因冬季停工顺延至次年完工"),
            ("产出指标", "成本指标", "每平方米改造成本（元）", "≤380", "365", 10, 10, ""),
            ("效益指标", "社会效益指标", "居民出行条件", "明显改善", "明显改善", 15, 15, ""),
            ("效益指标", "可持续影响指标", "小区管护责任落实", "落实", "落实", 10, 10, ""),
            ("满意度指标", "服务对象满意度指标", "居民满意度（%）", "≥90", "88", 10, 8, "部分居民对施工期间出行不便有意见")]
    full2 = [("", "", "年度资金总额", "", f"{rate2:.2f}%", 10, bs2, "")] + ind2
    assert s2(full2, 5) == 100
    tot2 = s2(full2, 6)
    g1 = with_project(gold(None, dept, 2023, "COUNTY", "吉林省", "SELF_EVALUATION", None, tot1, 100, "优",
                           budget(ia1, aa1, ea1, rate1), [], grows(full1)), p1, u1)
    g2 = with_project(gold(None, dept, 2023, "COUNTY", "吉林省", "SELF_EVALUATION", None, tot2, 100, "优",
                           budget(ia2, aa2, ea2, rate2), [], grows(full2)), p2, u2)
    t1 = proj_form(dept, u1, p1, funds1, None, bs1, "新建公厕8座、改造提升公厕20座，工程验收合格率100%，城区公厕服务半径"
                   "不超过500米，改善群众如厕环境。", "新建公厕8座，改造提升公厕17座，工程全部验收合格，服务半径480米。",
                   ind1, tot1)
    t2 = proj_form(dept, u2, p2, funds2, None, bs2, "改造背街小巷26条，铺设排水管网8.5公里，年内完工率不低于95%，改善居民"
                   "出行条件。", "改造背街小巷27条，铺设排水管网8.8公里，年内完工25条。", ind2, tot2)
    note = ("注：1.年度资金总额得分=执行率×10，最高10分，保留一位小数；2.满意度指标每低于目标值1个百分点扣1分；"
            "3.其余指标达到年度指标值得满分，未达到的根据偏差原因酌情扣分；4.自评等级：" + BANDS)
    blocks = [Title("项目支出绩效自评表"), "（2023年度）", t1, note,
              "填报单位（盖章）：白山市浑江区住房和城乡建设局　　填报日期：2024年3月20日", PageBreak(),
              Title("项目支出绩效自评表"), "（2023年度）", t2, note,
              "填报单位（盖章）：白山市浑江区住房和城乡建设局　　填报日期：2024年3月20日"]
    fnd = [F("RATE_OVER_ZERO_BASE", "其他资金", "其他资金 | 0.00 | 0.00 | 0.00 | — | 100.00% | —", "100.00%",
             "no rate (0.00 ÷ 0.00)", "HIGH", "WARNING",
             f"{p1}: the 其他资金 line has no budget and no spending, yet prints an execution rate of 100.00%; the "
             "project 2 form prints “—” for its empty lines"),
           F("TARGET_MISSED_FULL_MARKS", "改造提升公厕（座）", "改造提升公厕（座） | ≥20 | 17 | 10 | 10.0", "10", "< 10",
             "HIGH", "WARNING", f"{p1}: 17 < 20座 (also in 实际完成情况), yet full marks and no 偏差原因"),
           F("SPENDING_OVER_BUDGET", "年度资金总额", f"年度资金总额 | {ia2:,.2f} | {aa2:,.2f} | {ea2:,.2f} | 10 | "
             f"{rate2:.2f}% | {f1(bs2)}", f"{ea2:,.2f}万元", f"≤ {aa2:,.2f}万元", "HIGH", "WARNING",
             f"{p2}: 全年执行数 {ea2:,.2f} exceeds 全年预算数 {aa2:,.2f} by {ea2 - aa2:,.2f} (执行率 {rate2:.2f}%, "
             "arithmetically right; the score is capped at 10 by the printed rule)")]
    return {"stem": "h180_hunjiang_zhujian", "format": "docx", "blocks": blocks, "gold": [g1, g2], "findings": fnd,
            "traps": [f"{p1} 执行率 {ea1:,.2f} ÷ {aa1:,.2f} = {rate1:.2f}% × 10 = {rate1 / 10:.3f} printed {f1(bs1)} "
                      "(one decimal, printed)", "fund lines add up to 年度资金总额 in both forms",
                      "新建公厕 8 vs ≥8 (met exactly)", "公厕长效管护机制 基本健全 −1.5 and 年内完工率 90 vs ≥95 −1 with "
                      "偏差原因 (judgement, “酌情扣分”)", "居民满意度 88 vs ≥90: 2 × 1 → 8 (printed rule, partial marks)",
                      "project 2 budget row 10.0 at 101.60% (capped by the printed rule)",
                      "scores printed with one decimal (10.0)"]}


ALL.append(h180())


# ============================================================ h181 铜仁市碧江区教育局 (XLSX, 扣分 beside 得分（满分100分）, budget block + printed formula line)

def h181():
    dept = "铜仁市碧江区教育局"
    ib, ip = 8102.00, 4650.00
    ia_p = 12852.00  # PLANT BREAKDOWN_SUM: 年初 基本 8,102.00 + 项目 4,650.00 = 12,752.00
    ab, ap = 8426.35, 5218.40
    eb, ep = 8390.12, 4870.55
    aa, ea = r2(ab + ap), r2(eb + ep)
    rate = pct(ea, aa)  # 97.19
    assert rate == 97.19
    rate_p = 97.91  # PLANT FORMULA: 13,260.67 ÷ 13,644.75 × 100% = 97.19%
    bs = r2(rate / 10)  # 9.72 (follows the right rate)
    cz = pct(aa - ea, aa)
    q = "≤0得满分，否则不得分"
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 评分标准)
    ind = [("投入", "预算编制", "预算编制科学性", "科学", "科学", 4, 4, "编制依据充分、数据准确得满分，否则酌情扣分"),
           ("投入", "预算编制", "在职人员控制率", "≤100%", "97.6%", 3, 3, "≤100%得满分，否则不得分"),
           ("投入", "预算编制", "“三公经费”变动率", "≤0", "-2.3%", 3, 3, q),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate_p:.2f}%", 10, bs, "得分=执行率×分值"),
           ("过程", "预算执行", "结转结余率", "≤5%", f"{cz:.2f}%", 3, 3, "≤5%得满分，否则不得分"),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 4, 4, "发现一处违规扣1分"),
           ("过程", "资产管理", "资产管理安全性", "安全", "安全", 3, 3, "资产保存完整、账实相符得满分"),
           ("产出", "数量指标", "学前三年毛入园率", "≥90%", "92.4%", 6, 6, "达到目标值得满分，否则按比例得分"),
           ("产出", "数量指标", "义务教育巩固率", "≥97%", "97%", 6, 6, "达到目标值得满分，否则按比例得分"),
           ("产出", "数量指标", "教师培训人次", "≥3000人次", "3260人次", 5, 5, "达到目标值得满分，否则按比例得分"),
           ("产出", "质量指标", "高中阶段毛入学率", "≥92%", "93.1%", 6, 6, "达到目标值得满分，否则按比例得分"),
           ("产出", "质量指标", "校舍安全隐患整改率", "100%", "95%", 6, 4.5, "100%得满分，每低1个百分点扣0.3分"),
           ("产出", "时效指标", "学生资助资金发放及时率", "100%", "100%", 5, 5, "100%得满分，否则不得分"),
           ("产出", "成本指标", "生均公用经费标准", "小学≥720元、初中≥940元", "达标", 5, 5, "达到标准得满分"),
           ("效益", "社会效益", "控辍保学", "无因贫失学辍学", "无因贫失学辍学", 8, 8, "出现因贫失学辍学不得分"),
           ("效益", "社会效益", "义务教育优质均衡发展", "稳步推进", "稳步推进", 6, 5, "根据推进情况酌情扣分"),
           ("效益", "可持续影响", "中小学教育信息化覆盖率", "100%", "100%", 5, 5, "100%得满分，否则不得分"),
           ("效益", "满意度", "学生及家长满意度", "≥90%", "93%", 10, 10, "≥90%得满分，每低1个百分点扣1分")]
    wsum = s2(ind, 5)  # PLANT WEIGHTS_VS_FULL_MARK: the 分值 add to 98 (产出 39, 效益 29), the 合计 prints 100
    assert wsum == 98
    total = s2(ind, 6)
    ded = r2(sum(r[5] - r[6] for r in ind))
    g = gold(None, dept, 2022, "COUNTY", "贵州省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia_p, aa, ea, rate_p, ab, eb, ap, ep), [], grows(ind))
    m = lambda x: Num(x, "#,##0.00")  # noqa: E731
    T = Tab(9)
    T.add(["铜仁市碧江区教育局2022年度部门整体支出绩效自评表"], [(0, 8)])
    T.add(["填报单位（盖章）：铜仁市碧江区教育局", "", "", "", "", "", "", "金额单位：万元", ""], [(0, 6), (7, 8)])
    first = T.add(["预算执行情况", "", "项目", "", "年初预算数", "全年预算数", "全年执行数", "", ""], [(2, 3), (6, 8)])
    T.add(["", "", "部门预算合计", "", m(ia_p), m(aa), m(ea), "", ""], [(2, 3), (6, 8)])
    T.add(["", "", "其中：基本支出", "", m(ib), m(ab), m(eb), "", ""], [(2, 3), (6, 8)])
    T.add(["", "", "项目支出", "", m(ip), m(ap), m(ep), "", ""], [(2, 3), (6, 8)])
    T.add(["", "", f"预算执行率=全年执行数÷全年预算数×100%={ea:,.2f}÷{aa:,.2f}×100%={rate_p:.2f}%"], [(2, 8)])
    T.merges.append((first, 0, first + 4, 1))
    T.add(["一级指标", "二级指标", "三级指标", "分值", "评分标准", "年度指标值", "实际完成值", "扣分", "得分（满分100分）"])
    st = len(T.rows)
    for l1, l2, l3, t, a, w, s, rule in ind:
        T.add([l1, l2, l3, Num(w), rule, t, a, Num(r2(w - s)), Num(s)])
    T.merges += group_merges(T.rows, [0, 1], st)
    T.add(["合计", "", "", Num(100), "", "", "", Num(ded), Num(total)], [(0, 2)])
    T.add(["自评等级", "", "优", "", "", "", "", "", ""], [(0, 1), (2, 8)])
    T.add(["说明：自评等级" + BANDS], [(0, 8)])
    t = styled(Table(T.rows, T.merges), [9, 11, 22, 7, 30, 16, 14, 7, 12])
    t.first_table_row = first
    fnd = [F("FORMULA", "预算执行率", f"预算执行率=全年执行数÷全年预算数×100%={ea:,.2f}÷{aa:,.2f}×100%={rate_p:.2f}%",
             f"{rate_p:.2f}%", f"{rate:.2f}%", "HIGH", "ERROR",
             f"{ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}%, the formula line prints {rate_p:.2f}% (digits transposed) and the "
             f"预算执行率 row copies it; the row's 得分 {fmt(bs)} follows the right {rate:.2f}% (one problem)"),
           F("WEIGHTS_VS_FULL_MARK", "合计", f"合计 | 100 | {fmt(ded)} | {fmt(total)}", "100", fmt(wsum), "HIGH", "ERROR",
             f"the 18 分值 add to {fmt(wsum)} (投入 10 + 过程 20 + 产出 39 + 效益 29), the 合计 and the header print 100; "
             f"so 100 − 扣分 {fmt(ded)} is not the printed {fmt(total)} (which equals the rows)"),
           F("BREAKDOWN_SUM", "年初预算数", f"部门预算合计 {ia_p:,.2f} | 基本支出 {ib:,.2f} | 项目支出 {ip:,.2f}",
             f"{ia_p:,.2f}万元", f"{ib + ip:,.2f}万元", "HIGH", "WARNING",
             f"年初 基本 {ib:,.2f} + 项目 {ip:,.2f} = {ib + ip:,.2f}, the 合计 prints {ia_p:,.2f}; the 全年 and 执行 "
             "columns add up")]
    return {"stem": "h181_bijiang_jiaoyu", "format": "xlsx", "sheets": [("部门整体绩效自评表", t)], "gold": g,
            "findings": fnd,
            "traps": [f"预算执行率 row 得分 {fmt(bs)} = {rate:.2f}% × 10 (right rate)", f"结转结余率 {cz:.2f}% (right)",
                      "扣分 = 分值 − 得分 in every row; 扣分合计 = the column sum",
                      "义务教育巩固率 97% vs ≥97% (met exactly)",
                      "校舍安全隐患整改率 95%: 5 × 0.3 → 4.5 (printed rule, partial marks)",
                      "义务教育优质均衡发展 −1 “酌情扣分” (judgement)", "全年/执行 columns: 基本 + 项目 = 合计, both under budget"]}


ALL.append(h181())


# ============================================================ h182 利州区 困难群众救助补助资金 (HTML portal, third party, <caption> + <th> table)

def h182():
    dept = "广元市利州区民政局"
    unit = "广元市利州区社会救助服务中心"
    proj = "利州区2023年困难群众救助补助资金"
    agency = "四川正衡会计师事务所有限公司"
    ia, aa, ea = 2980.00, 3286.40, 3167.43
    rate = pct(ea, aa)  # 96.38
    assert rate == 96.38
    bs = r2(rate * 5 / 100)  # 4.82
    srcs = [("中央", 2145.00), ("省级", 786.40), ("市级", 125.00), ("区级", 230.00)]
    assert r2(sum(x for _, x in srcs)) == aa
    dibao_tab, dibao_prose = "12,648人", "12,468人"  # PLANT SAME_FIGURE_DIFFERS: the prose 12,468, the table 12,648
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 评分依据)
    ind = [("决策", "项目立项", "立项依据充分性", "充分", "充分", 3, 3, "依据充分得满分"),
           ("决策", "绩效目标", "绩效目标合理性", "合理", "基本合理", 4, 2.5, "部分目标未与救助人数挂钩，酌情扣分"),
           ("决策", "绩效目标", "绩效指标明确性", "明确", "基本明确", 4, 3, "质量指标未细化量化，酌情扣分"),
           ("决策", "资金投入", "预算编制科学性", "科学", "科学", 4, 4, "编制依据充分得满分"),
           ("过程", "资金管理", "资金到位率", "100%", "100%", 5, 5, "100%得满分"),
           ("过程", "资金管理", "预算执行率", "100%", f"{rate:.2f}%", 5, bs, "得分=执行率×分值"),
           ("过程", "资金管理", "资金使用合规性", "合规", "基本合规", 5, 3, "个别乡镇救助资金审批资料不全，酌情扣分"),
           ("过程", "组织实施", "管理制度健全性", "健全", "健全", 5, 5, "制度健全得满分"),
           ("产出", "数量指标", "城乡低保对象救助人数", "≥12,000人", dibao_tab, 10, 10, "达到目标值得满分"),
           ("产出", "数量指标", "特困人员救助供养人数", "≥1,850人", "1,862人", 8, 8, "达到目标值得满分"),
           ("产出", "质量指标", "敬老院适老化改造", "完成3所", "完成3所", 8, 8, "完成得满分"),  # PLANT NARRATIVE_NOT_DONE_FULL_MARKS
           ("产出", "时效指标", "救助资金发放及时率", "100%", "100%", 7, 7, "100%得满分"),
           ("产出", "成本指标", "城市低保保障标准", "≥650元/人·月", "680元/人·月", 7, 7, "达到标准得满分"),
           ("效益", "社会效益", "困难群众基本生活保障", "有效保障", "有效保障", 8, 8, "根据保障情况评分"),
           ("效益", "社会效益", "应保尽保率", "≥98%", "97%", 7, 5, "每低1个百分点扣2分"),
           ("效益", "可持续影响", "救助长效机制", "健全", "基本健全", 4, 2.5, "动态管理机制不完善，酌情扣分"),
           ("效益", "满意度", "救助对象满意度", "≥90%", "85%", 6, 3.5, "每低1个百分点扣0.5分")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)  # 89.32
    assert total == 89.32
    grade_p = "优秀"  # PLANT GRADE_OUTSIDE_BANDS: 89.32 is 良好 (80–90)
    g = with_project(gold(None, dept, 2023, "COUNTY", "四川省", "THIRD_PARTY_EVALUATION", agency, total, 100, "优",
                          budget(ia, aa, ea, rate), [], grows(ind)), proj, unit)
    e = html.escape
    rows = []
    for i, (l1, l2, l3, t, a, w, s, rule) in enumerate(ind):
        cells = []
        if i == 0 or ind[i - 1][0] != l1:
            n = sum(1 for r in ind if r[0] == l1)
            cells.append(f'<td rowspan="{n}">{e(l1)}</td>')
        if i == 0 or ind[i - 1][:2] != (l1, l2):
            n = sum(1 for r in ind if r[:2] == (l1, l2))
            cells.append(f'<td rowspan="{n}">{e(l2)}</td>' if n > 1 else f"<td>{e(l2)}</td>")
        cells += [f"<td>{e(x)}</td>" for x in (l3, fmt(w), t, a, fmt(s), rule)]
        rows.append("      <tr>" + "".join(cells) + "</tr>")
    body = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{e(proj)}绩效评价报告_广元市利州区人民政府</title>
<style>
table.pj {{border-collapse:collapse;width:100%;font-size:14px}}
table.pj th, table.pj td {{border:1px solid #999;padding:4px;text-align:center}}
table.pj caption {{font-weight:bold;padding:6px}}
</style>
</head>
<body>
<div class="top"><a href="/">广元市利州区人民政府</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/czzj/">财政资金</a> &gt; 绩效评价</div>
<div class="article">
  <h1>{e(proj)}绩效评价报告</h1>
  <div class="info">发布时间：2024-07-15　来源：利州区财政局　【字号：大 中 小】</div>
  <div class="content">
    <p>受广元市利州区财政局委托，{agency}对{e(proj)}开展了绩效评价，现将评价情况报告如下。</p>
    <p><strong>一、项目基本情况</strong></p>
    <p>该项目主管部门为{dept}，实施单位为{unit}。项目年初预算{ia:,.2f}万元，年中追加{aa - ia:,.2f}万元，调整后预算{aa:,.2f}万元，其中中央补助{srcs[0][1]:,.2f}万元、省级补助{srcs[1][1]:,.2f}万元、市级补助{srcs[2][1]:,.2f}万元、区级配套{srcs[3][1]:,.2f}万元。截至2023年12月31日，实际支出{ea:,.2f}万元，预算执行率{rate:.2f}%。</p>
    <p><strong>二、评价结论</strong></p>
    <p>评价组按照决策、过程、产出、效益四个维度设置指标体系，经现场核查、资料审核和问卷调查，该项目综合得分{fmt(total)}分，评价等级为“{grade_p}”。评价等级划分：90分（含）以上为优秀，80分（含）至90分为良好，60分（含）至80分为合格，60分以下为不合格。</p>
    <p><strong>三、绩效分析</strong></p>
    <p>（一）产出情况。全年累计救助城乡低保对象{dibao_prose}，特困人员救助供养1,862人，救助资金均按月足额发放。计划实施的3所敬老院适老化改造中，2所已完工投入使用，三堆镇敬老院改造工程因设计变更年内尚未完工。</p>
    <p>（二）效益情况。困难群众基本生活得到有效保障，应保尽保率97%，较目标低1个百分点；救助对象满意度85%，部分对象反映救助审批周期偏长。</p>
    <p><strong>四、存在的问题及建议</strong></p>
    <p>一是绩效目标设置不够细化；二是个别乡镇审批资料不完整；三是动态管理机制有待健全。建议细化绩效目标，规范审批流程，加强动态管理。</p>
    <table class="pj">
      <caption>附表：{e(proj)}绩效评价指标评分表</caption>
      <thead>
      <tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>分值</th><th>绩效目标值</th><th>实际完成值</th><th>得分</th><th>评分依据</th></tr>
      </thead>
      <tbody>
{chr(10).join(rows)}
      <tr><td colspan="3">合计</td><td>100</td><td></td><td></td><td>{fmt(total)}</td><td></td></tr>
      </tbody>
    </table>
    <p style="text-align:right">{agency}</p>
    <p style="text-align:right">2024年6月30日</p>
  </div>
</div>
<div class="footer">主办：广元市利州区人民政府办公室　　<a href="/sitemap/">网站地图</a></div>
</body>
</html>
"""
    fnd = [F("GRADE_OUTSIDE_BANDS", "评价等级", f"综合得分{fmt(total)}分，评价等级为“{grade_p}”", grade_p, "良好", "HIGH",
             "ERROR", f"by the printed bands {fmt(total)} is 良好 (80–90); 优秀 needs 90; 合计 {fmt(total)} = rows"),
           F("SAME_FIGURE_DIFFERS", "城乡低保对象救助人数", f"全年累计救助城乡低保对象{dibao_prose} | 城乡低保对象救助人数 | "
             f"≥12,000人 | {dibao_tab}", dibao_prose, dibao_tab, "HIGH", "WARNING",
             f"三（一） prints {dibao_prose}, the 评分表 {dibao_tab} (digits transposed); both above ≥12,000, the score "
             "is unaffected"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "敬老院适老化改造", "三堆镇敬老院改造工程因设计变更年内尚未完工 | 敬老院适老化改造 "
             "| 完成3所 | 完成3所 | 8 | 8", "8", "< 8", "HIGH", "WARNING",
             "the prose says only 2 of the 3 敬老院 were finished, the table prints 完成3所 and full marks")]
    return {"stem": "h182_lizhou_minzheng", "format": "html", "html": body, "encoding": "utf-8", "gold": g,
            "findings": fnd,
            "traps": [f"预算执行率 {ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% (right) × 5 = {rate * 5 / 100:.4f} printed {fmt(bs)}",
                      "fund sources 2,145.00 + 786.40 + 125.00 + 230.00 = 3,286.40; 年初 + 追加 = 调整后",
                      "应保尽保率 97% vs ≥98%: 1 × 2 → 5 and 满意度 85%: 0.5 × 5 → 3.5 (printed rules, partial marks)",
                      "决策 −1.5, −1, 过程 合规性 −2, 长效机制 −1.5 “酌情扣分” with reasons (judgement)",
                      "特困人员 1,862人 same in prose and table"]}


ALL.append(h182())


# ============================================================ h183 滁州市琅琊区市场监督管理局 (CSV export, two-line header, two levels, 评分标准 last)

def h183():
    dept = "滁州市琅琊区市场监督管理局"
    unit = "滁州市琅琊区市场监管综合执法大队"
    proj = "琅琊区2021年食品安全抽检监测经费"
    ia, aa, ea = 120.00, 135.00, 129.87
    rate = pct(ea, aa)  # 96.2
    assert rate == 96.2
    rate_p = 96.02  # PLANT EXECUTION_RATE: 129.87 ÷ 135.00 = 96.20%
    bs = r2(rate / 10)  # 9.62 (follows the right rate)
    du, du_true = 8, 6  # PLANT RULE_SCORE: 96% vs 100%, 每低1个百分点扣1分 → 10 − 4 = 6
    # (一级, 二级(none), 指标名称, 指标值, 完成值, 分值, 得分, 评分标准)
    ind = [("产出指标", "", "食品安全抽检批次", "≥1200批", "1236批", 15, 15, "达到目标值得满分，否则按比例计分"),
           ("产出指标", "", "食用农产品快检批次", "≥6000批", "5880批", 10, 9.8, "达到目标值得满分，否则按比例计分"),
           ("产出指标", "", "抽检不合格产品核查处置率", "100%", "96%", 10, du, "100%得满分，每低1个百分点扣1分"),
           ("产出指标", "", "抽检任务按期完成率", "100%", "100%", 10, 10, "100%得满分，否则不得分"),
           ("产出指标", "", "每批次抽检平均成本", "≤950元", "936元", 5, 5, "不超过标准得满分"),
           ("效益指标", "", "食品安全抽检合格率", "≥97%", "98.2%", 10, 10, "达到目标值得满分"),
           ("效益指标", "", "重大食品安全事故", "0起", "0起", 10, 10, "发生即不得分"),
           ("效益指标", "", "食品安全风险隐患排查机制", "健全", "健全", 10, 10, "健全得满分，否则酌情扣分"),
           ("满意度指标", "", "群众食品安全满意度", "≥85%", "85%", 10, 10, "达到目标值得满分，每低1个百分点扣1分")]
    full = [("", "", "年度资金总额", "", f"{rate_p:.2f}%", 10, bs, "")] + ind
    assert s2(full, 5) == 100
    rows_total = s2(full, 6)  # 97.42
    total = r2(rows_total + 1)  # PLANT TOTAL_VS_ROWS: 总分 98.42
    g = with_project(gold(None, dept, 2021, "COUNTY", "安徽省", "SELF_EVALUATION", None, total, 100, "优",
                          budget(ia, aa, ea, rate_p), [], grows(full)), proj, unit)

    def q(x):
        x = str(x)
        return '"' + x.replace('"', '""') + '"' if any(c in x for c in ',"\n') else x

    L = [["项目支出绩效自评表（2021年度）"],
         ["项目名称", proj, "", "", "", "", ""],
         ["主管部门", dept, "", "实施单位", unit, "", ""],
         ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"],
         ["年度资金总额", f"{ia:.2f}", f"{aa:.2f}", f"{ea:.2f}", f"{rate_p:.2f}%", "10", fmt(bs)],
         ["年度总体目标", "完成食品安全监督抽检1200批次以上、食用农产品快检6000批次以上，抽检不合格产品核查处置率100%，"
          "守住不发生重大食品安全事故底线。", "", "", "", "", ""],
         ["一级指标", "指标名称", "指标值", "", "分值", "得分", "评分标准"],
         ["", "", "年度目标值", "实际完成值", "", "", ""]]
    for l1, _, l3, t, a, w, s, rule in ind:
        L.append([l1, l3, t, a, fmt(w), fmt(s), rule])
    L.append(["总分", "", "", "", "100", fmt(total), "自评等级：优"])
    L.append(["说明：年度资金总额得分=执行率×10；" + "自评等级" + BANDS])
    L.append(["填报单位：滁州市琅琊区市场监督管理局", "", "", "填报日期：2022年3月28日"])
    text = "\ufeff" + "".join(",".join(q(c) for c in r) + "\r\n" for r in L)
    fnd = [F("EXECUTION_RATE", "年度资金总额", f"年度资金总额,{ia:.2f},{aa:.2f},{ea:.2f},{rate_p:.2f}%,10,{fmt(bs)}",
             f"{rate_p:.2f}%", f"{rate:.2f}%", "HIGH", "ERROR",
             f"{ea:.2f} ÷ {aa:.2f} = {rate:.2f}%, printed {rate_p:.2f}%; the 得分 {fmt(bs)} follows the right rate "
             "(one problem)"),
           F("RULE_SCORE", "抽检不合格产品核查处置率", f"抽检不合格产品核查处置率,100%,96%,10,{du},100%得满分，每低1个百分点扣1分",
             str(du), str(du_true), "HIGH", "ERROR", f"96% is 4 points below 100%: 10 − 4 × 1 = {du_true}, printed {du}"),
           F("TOTAL_VS_ROWS", "总分", f"总分,,,,100,{fmt(total)},自评等级：优", fmt(total), fmt(rows_total), "HIGH",
             "ERROR", f"{fmt(bs)} (年度资金总额) + {fmt(r2(rows_total - bs))} (9 indicator rows) = {fmt(rows_total)}, "
             f"the 总分 prints {fmt(total)}; the grade 优 holds either way")]
    return {"stem": "h183_langya_shijian", "format": "csv", "text": text, "gold": g, "findings": fnd,
            "traps": [f"年度资金总额 得分 {fmt(bs)} = {rate:.2f}% × 10 (right rate)",
                      "食用农产品快检 5880 ÷ 6000 × 10 = 9.8 (printed proportion rule, partial marks)",
                      "群众食品安全满意度 85% vs ≥85% (met exactly)", "重大食品安全事故 0起 vs 0起 full",
                      "two-line header (指标值 over 年度目标值 | 实际完成值); no 二级指标"]}


ALL.append(h183())


def main(argv):
    work = tempfile.mkdtemp(prefix="heldout25_")
    try:
        for rep in ALL:
            if argv and not any(rep["stem"].startswith(a) for a in argv):
                continue
            golds = write_gold(rep)
            if rep["format"] == "csv":
                dest = os.path.join(H.OUT, rep["stem"] + ".csv")
                with open(dest, "w", encoding="utf-8", newline="") as f:
                    f.write(rep["text"])
            else:
                dest = H.render(rep, work)
            print(os.path.basename(dest), sum(len(g["indicators"]) for g in golds), "rows, totals",
                  [g["totalScore"] for g in golds], "planted:", ", ".join(x["kind"] for x in rep["findings"]))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
