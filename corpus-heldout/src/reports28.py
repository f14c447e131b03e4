#!/usr/bin/python3
"""Round 28 (h194–h198): issue-9 layouts not used before, each with PLANTED issue-10 problems, made apart from the
code by the corpus28 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report
whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports28.py [h194 …]
(needs python-docx, openpyxl and LibreOffice: h195 DOCX → PDF (landscape), private profile /tmp/jixiao_heldout28_lo.)
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
from heldout import Table, Title, group_merges, fmt, budget, gold  # noqa: E402
from reports3_a import Num  # noqa: E402
from reports4 import styled, pct, F  # noqa: E402
from reports22 import s2, r2, with_project, grows, Tab, write_gold  # noqa: E402

H.A.LO_PROFILE = "file:///tmp/jixiao_heldout28_lo"
ALL = []
BANDS = "90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。"


def sections(ind, names):
    out = []
    for n in names:
        rs = [r for r in ind if r[0] == n]
        out.append((n, s2(rs, 5), s2(rs, 6)))
    return out


def w4(x):
    """元 → 万元 without rounding (float noise trimmed)"""
    return round(x / 10000, 6)


# ============================================================ h194 曲靖市麒麟区农业农村局 (DOCX, 项目 form, target and actual in ONE cell “计划值/完成值”)

def h194():
    dept = "曲靖市麒麟区农业农村局"
    unit = "曲靖市麒麟区农业技术推广中心"
    proj = "麒麟区2023年高原特色农业（蔬菜）产业发展专项资金"
    ia, aa, ea = 560.00, 600.00, 571.26
    rate = pct(ea, aa)  # 95.21
    bs_true = r2(rate / 10)  # 9.52
    bs = 9.25  # PLANT BUDGET_ROW_SCORE: 95.21% × 10 = 9.521 → 9.52 by the printed rule
    ind = [("产出指标", "数量指标", "蔬菜标准化种植基地建设面积", "≥5000亩", "5120亩", 10, 10, ""),
           ("产出指标", "数量指标", "新建水肥一体化设施面积", "≥1200亩", "1200亩", 8, 8, ""),
           ("产出指标", "数量指标", "培训新型职业农民", "≥600人次", "540人次", 8, 8, ""),  # PLANT TARGET_MISSED_FULL_MARKS
           ("产出指标", "质量指标", "蔬菜农药残留抽检合格率", "≥98%", "99.2%", 8, 8, ""),
           ("产出指标", "质量指标", "设施工程验收合格率", "100%", "100%", 6, 6, ""),
           ("产出指标", "时效指标", "项目建设完成时限", "2023年11月底前", "2023年11月25日", 6, 6, ""),
           ("产出指标", "成本指标", "基地建设每亩补助标准", "≤1000元", "1000元", 5, 5, ""),
           ("效益指标", "经济效益指标", "带动农户户均增收", "≥1500元", "1620元", 10, 10, ""),
           ("效益指标", "社会效益指标", "带动脱贫户（监测户）数量", "≥300户", "312户", 10, 10, ""),
           ("效益指标", "生态效益指标", "化肥使用量减少比例", "≥5%", "6.2%", 4, 4, ""),
           ("效益指标", "可持续影响指标", "基地设施管护机制", "健全", "基本健全", 7, 6,
            "2个基地管护责任未落实到户，已督促整改"),
           ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "88%", 8, 6,
            "部分农户对补助兑付进度不满意，按每低1个百分点扣1分")]
    full = [("", "", "年度资金总额", "", f"{rate:.2f}%", 10, bs, "")] + ind
    assert s2(full, 5) == 100
    rows_total = s2(full, 6)  # 96.25 (with the printed 9.25 and 8)
    total = r2(rows_total + 1)  # PLANT TOTAL_VS_ROWS: 总分 97.25
    g = with_project(gold(None, dept, 2023, "COUNTY", "云南省", "SELF_EVALUATION", None, total, 100, "优",
                          budget(ia, aa, ea, rate), [], grows(full)), proj, unit)
    T = Tab(7)
    T.add(["项目名称", proj, "", "", "", "", ""], [(1, 6)])
    T.add(["主管部门", dept, "", "实施单位", unit, "", ""], [(1, 2), (4, 6)])
    T.add(["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
    T.add(["年度资金总额", f"{ia:,.2f}", f"{aa:,.2f}", f"{ea:,.2f}", "10", f"{rate:.2f}%", fmt(bs)])
    T.add(["年度总体目标",
           "建设蔬菜标准化种植基地5000亩以上，配套水肥一体化设施1200亩，培训新型职业农民600人次，"
           "带动300户以上脱贫户（监测户）稳定增收。", "", "", "", "", ""], [(1, 6)])
    T.add(["一级指标", "二级指标", "三级指标", "计划值/完成值", "分值", "得分", "偏差原因分析及改进措施"])
    st = len(T.rows)
    for l1, l2, l3, t, a, w, s, n in ind:
        T.add([l1, l2, l3, f"{t}/{a}", fmt(w), fmt(s), n])
    T.merges += group_merges(T.rows, [0, 1], st)
    T.add(["总分", "", "", "", "100", fmt(total), "自评等级：优"], [(0, 3)])
    tt = styled(Table(T.rows, T.merges), [2.0, 2.4, 3.8, 3.6, 1.1, 1.1, 3.6], header_rows=0)
    blocks = [Title("项目支出绩效自评表"), "（2023年度）", tt,
              "填表说明：1.“计划值/完成值”栏斜线前为年度计划值，斜线后为实际完成值；2.年度资金总额得分=执行率×10，"
              "保留两位小数；3.完成计划值的得满分，未完成的按完成比例计分，满意度每低于计划值1个百分点扣1分，"
              "定性指标根据完成情况酌情扣分；4.自评等级" + BANDS,
              "填报单位（盖章）：曲靖市麒麟区农业农村局　　单位负责人：李春华　　填报人：张云　　填报日期：2024年3月18日"]
    fnd = [F("BUDGET_ROW_SCORE", "年度资金总额",
             f"年度资金总额 | {ia:,.2f} | {aa:,.2f} | {ea:,.2f} | 10 | {rate:.2f}% | {fmt(bs)}",
             fmt(bs), fmt(bs_true), "HIGH", "ERROR",
             f"{ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% (right); by the printed rule 执行率×10 = {rate / 10:.3f} → "
             f"{fmt(bs_true)}, printed {fmt(bs)} (digits swapped); the 总分 line is off on its own (TOTAL_VS_ROWS)"),
           F("TARGET_MISSED_FULL_MARKS", "培训新型职业农民", "培训新型职业农民 | ≥600人次/540人次 | 8 | 8 |",
             "8", "< 8", "HIGH", "WARNING",
             "540 of ≥600人次 is missed (90%), yet full marks and no 偏差原因; the printed proportion rule gives "
             "8 × 540 ÷ 600 = 7.2"),
           F("TOTAL_VS_ROWS", "总分", f"总分 | 100 | {fmt(total)} | 自评等级：优", fmt(total), fmt(rows_total),
             "HIGH", "ERROR",
             f"{fmt(bs)} (年度资金总额) + {fmt(s2(ind, 6))} (12 indicator rows) = {fmt(rows_total)}, printed "
             f"{fmt(total)}; recomputed with the printed {fmt(bs)} and the printed 8 of 培训新型职业农民 (with both "
             f"corrected the rows would give {fmt(r2(rows_total - bs + bs_true - 0.8))}); 优 holds either way")]
    return {"stem": "h194_qilin_nongye", "format": "docx", "page": "A4", "blocks": blocks, "gold": g,
            "findings": fnd,
            "traps": [f"执行率 {ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% (right)",
                      "新建水肥一体化设施面积 1200 vs ≥1200亩 and 基地建设每亩补助标准 1000 vs ≤1000元 (met exactly)",
                      "受益农户满意度 88% vs ≥90%: 8 − 2 → 6 (printed rule, partial marks)",
                      "基地设施管护机制 基本健全 −1 with a reason (judgement)",
                      "项目建设完成时限 2023年11月25日 vs 11月底前 (met)",
                      "the “计划值/完成值” cell holds target and actual split by “/” (say so in the 填表说明)"]}


ALL.append(h194())


# ============================================================ h195 江门市新会区 (PDF landscape, 项目 form with 指标性质 正向/反向 and 度量单位, total and grade only in a closing 评价结论 table)

def h195():
    dept = "江门市新会区城市管理和综合执法局"
    unit = "江门市新会区环境卫生服务中心"
    proj = "新会区2022年城区生活垃圾分类及转运处理项目"
    ia, aa, ea = 1150.00, 1236.80, 1184.52
    rate = pct(ea, aa)
    bs = r2(rate / 10)
    # (一级, 二级, 三级, 指标性质, 指标值, 度量单位, 实际完成值, 分值, 得分, 未完成原因)
    raw = [("产出指标", "数量指标", "生活垃圾分类覆盖小区数", "正向", "180", "个", "186", 8, 8, ""),
           ("产出指标", "数量指标", "生活垃圾日均转运量", "正向", "650", "吨", "650", 8, 8, ""),
           ("产出指标", "质量指标", "生活垃圾无害化处理率", "正向", "100", "%", "100", 8, 8, ""),
           ("产出指标", "质量指标", "生活垃圾回收利用率", "正向", "35", "%", "36", 6, 6, ""),  # PLANT MALFORMED_RULE (rule in 说明)
           ("产出指标", "质量指标", "转运车辆遗撒投诉", "反向", "20", "件", "12", 5, 3, ""),  # PLANT TARGET_MET_POINTS_LOST
           ("产出指标", "时效指标", "分类投放点日清运及时率", "正向", "98", "%", "95", 6, 3,
            "部分老旧小区收运车辆通行受限，清运滞后"),
           ("产出指标", "成本指标", "吨垃圾转运处理成本", "反向", "160", "元/吨", "152", 6, 6, ""),
           ("效益指标", "社会效益指标", "居民生活垃圾分类知晓率", "正向", "90", "%", "92.3", 8, 8, ""),
           ("效益指标", "社会效益指标", "垃圾分类示范小区创建数", "正向", "20", "个", "18", 10, 9,
            "2个小区改造工程延期，按完成比例计分"),
           ("效益指标", "生态效益指标", "原生生活垃圾填埋量", "反向", "50", "吨/日", "38", 8, 8, ""),
           ("效益指标", "可持续影响指标", "分类长效管理机制", "定性", "健全", "", "基本健全", 8, 7,
            "督导员队伍稳定性不足，考核办法待完善"),
           ("满意度指标", "服务对象满意度指标", "居民满意度", "正向", "90", "%", "85", 9, 4,
            "分类设施异味、清运时间等问题群众反映较多")]

    def tgt(v, u):
        return v + u

    ind = [(l1, l2, l3, tgt(v, u), tgt(a, u), w, s, n) for l1, l2, l3, _, v, u, a, w, s, n in raw]
    full = [("", "", "年度资金总额", "", f"{rate:.2f}%", 10, bs, "")] + ind
    assert s2(full, 5) == 100
    total = s2(full, 6)
    assert 80 <= total < 90, total
    grade_p = "优"  # PLANT GRADE_OUTSIDE_BANDS: 87.58 is 良 by the printed bands
    g = with_project(gold(None, dept, 2022, "COUNTY", "广东省", "SELF_EVALUATION", None, total, 100, grade_p,
                          budget(ia, aa, ea, rate), [], grows(full)), proj, unit)
    rule_hs = "≥35%得满分；30%（含）—35%得4分；25%以下不得分"
    T = Tab(10)
    T.add(["项目名称", proj, "", "", "", "", "", "", "", ""], [(1, 9)])
    T.add(["主管部门", dept, "", "", "", "实施单位", unit, "", "", ""], [(1, 4), (6, 9)])
    T.add(["项目资金（万元）", "", "年初预算数", "", "全年预算数", "全年执行数", "分值", "执行率", "", "得分"],
          [(0, 1), (2, 3), (7, 8)])
    T.add(["年度资金总额", "", f"{ia:,.2f}", "", f"{aa:,.2f}", f"{ea:,.2f}", "10", f"{rate:.2f}%", "", fmt(bs)],
          [(0, 1), (2, 3), (7, 8)])
    T.add(["年度总体目标", "", "完成城区180个以上小区生活垃圾分类覆盖，日均转运生活垃圾650吨，生活垃圾无害化处理率100%，"
           "创建垃圾分类示范小区20个，原生生活垃圾填埋量控制在50吨/日以内。", "", "", "", "", "", "", ""],
          [(0, 1), (2, 9)])
    h0 = T.add(["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "分值", "得分",
                "未完成原因"])
    st = len(T.rows)
    for l1, l2, l3, k, v, u, a, w, s, n in raw:
        T.add([l1, l2, l3, k, v, u, a, fmt(w), fmt(s), n])
    T.merges += group_merges(T.rows, [0, 1], st)
    del h0
    tt = styled(Table(T.rows, T.merges), [2.0, 2.4, 4.2, 1.5, 1.9, 1.9, 2.0, 1.3, 1.3, 4.5], header_rows=0)
    C = Tab(2)
    C.add(["项目", "内容"])
    C.add(["自评总分", f"{fmt(total)}分"])
    C.add(["自评等级", grade_p])
    C.add(["等级标准", "90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差"])
    C.add(["主要问题", "一是部分投放点清运不及时；二是示范小区创建未全部完成；三是居民满意度未达到指标值。"])
    C.add(["改进措施", "优化收运线路和时段，加快示范小区改造进度，加强分类设施日常保洁和宣传引导。"])
    ct = styled(Table(C.rows, C.merges), [3.0, 21.0], header_rows=1)
    blocks = [Title("项目支出绩效自评表"), "（2022年度）", tt,
              "说明：1.年度资金总额得分=执行率×10，保留两位小数；2.指标性质为“正向”的，实际完成值不低于指标值为完成；"
              "为“反向”的，实际完成值不高于指标值为完成；完成的得满分；3.生活垃圾回收利用率评分：" + rule_hs +
              "；4.分类投放点日清运及时率、居民满意度每低于指标值1个百分点扣1分；5.其余未完成指标按完成比例计分，"
              "定性指标酌情扣分。",
              "评价结论", ct,
              "填报单位（盖章）：江门市新会区城市管理和综合执法局　　填报人：陈志锋　　联系电话：0750-6632158　　"
              "填报日期：2023年3月27日"]
    fnd = [F("MALFORMED_RULE", "生活垃圾回收利用率", f"3.生活垃圾回收利用率评分：{rule_hs}",
             "30%（含）—35%得4分；25%以下不得分", "no band for 25%–30%", "HIGH", "WARNING",
             "the rule pays ≥35%, 30%–35% and below 25% but says nothing for 25%（含）–30%; the actual 36% takes the "
             "full 6, so the score is unaffected"),
           F("TARGET_MET_POINTS_LOST", "转运车辆遗撒投诉", "转运车辆遗撒投诉 | 反向 | 20 | 件 | 12 | 5 | 3 |",
             "3", "5", "HIGH", "WARNING",
             "a 反向 indicator: 12件 is not above the 20件 指标值, so it is met (说明 2: 完成的得满分), yet 2 points lost "
             "with the 未完成原因 cell blank"),
           F("GRADE_OUTSIDE_BANDS", "自评等级", f"自评总分 | {fmt(total)}分 … 自评等级 | {grade_p}", grade_p, "良",
             "HIGH", "ERROR",
             f"by the printed 等级标准 {fmt(total)} is 良 (80–90); 优 needs 90; the 总分 = rows (with the 3 of "
             f"转运车辆遗撒投诉 restored to 5 it would be {fmt(r2(total + 2))}, still 良)")]
    return {"stem": "h195_xinhui_chengguan", "format": "pdf", "page": "A4L", "blocks": blocks, "gold": g,
            "findings": fnd,
            "traps": [f"执行率 {ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% × 10 = {rate / 10:.3f} printed {fmt(bs)} (rounding)",
                      "吨垃圾转运处理成本 152 vs 160元/吨 and 原生生活垃圾填埋量 38 vs 50吨/日: 反向 indicators whose "
                      "smaller actual is better (met, full marks)",
                      "生活垃圾日均转运量 650 vs 650吨 (met exactly)",
                      "分类投放点日清运及时率 95 vs 98%: 6 − 3 → 3; 居民满意度 85 vs 90%: 9 − 5 → 4 (printed rule)",
                      "垃圾分类示范小区创建数 18 of 20: 10 × 0.9 → 9 (printed proportion rule)",
                      "分类长效管理机制 基本健全 −1 with a reason (judgement)",
                      "total and grade only in the closing 评价结论 table (no 总分 row)"]}


ALL.append(h195())


# ============================================================ h196 潍坊市寒亭区卫生健康局 (XLSX, one sheet per 一级 + a 汇总 sheet of section subtotals, 元)

def h196():
    dept = "潍坊市寒亭区卫生健康局"
    ib, ip = 18562300.00, 26800000.00
    ab, ap = 19240500.00, 31565800.00
    eb = 19318746.20  # PLANT SPENDING_OVER_BUDGET: 基本支出 执行 19,318,746.20 > 全年 19,240,500.00
    ep = 28902113.45
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    rate = pct(ea, aa)
    bs = r2(rate / 10)
    ind = [("投入", "预算编制", "预算编制完整性", "完整", "完整", 6, 6, ""),
           ("投入", "目标设定", "绩效目标合理性", "合理", "合理", 6, 6, ""),
           ("投入", "预算配置", "“三公经费”变动率", "≤0", "-3.6%", 6, 6, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "按执行率×10计分"),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 6, 6, ""),
           ("过程", "资产管理", "固定资产利用率", "≥95%", "93.5%", 6, 5, "部分基层医疗设备闲置，扣1分"),
           ("产出", "数量指标", "65岁及以上老年人健康管理人数", "≥2.6万人", "2.71万人", 10, 10, ""),
           ("产出", "数量指标", "适龄儿童国家免疫规划疫苗接种率", "≥95%", "95%", 8, 8, ""),
           ("产出", "质量指标", "基层医疗卫生机构标准化建设达标率", "100%", "92%", 8, 6, "2处村卫生室改造未完工，酌情扣2分"),
           ("产出", "时效指标", "传染病疫情报告及时率", "100%", "100%", 8, 8, ""),
           ("效益", "社会效益", "孕产妇死亡率", "≤10/10万", "0", 8, 8, ""),
           ("效益", "社会效益", "居民电子健康档案建档率", "≥90%", "91.2%", 8, 8, ""),
           ("效益", "满意度", "群众就医满意度", "≥90%", "87%", 8, 5, "每低1个百分点扣1分")]
    weights = s2(ind, 5)
    assert weights == 98, weights
    mark = 100  # PLANT WEIGHTS_VS_FULL_MARK: 汇总 合计 分值 100, the four 一级 分值 (and the rows) add to 98
    total = s2(ind, 6)
    secs = sections(ind, ["投入", "过程", "产出", "效益"])
    rates = [pct(s, w) for _, w, s in secs]
    r_ben_true = rates[3]  # 效益 21 ÷ 24
    rates_p = list(rates)
    rates_p[3] = 78.50  # PLANT SCORE_RATE: 效益 得分率 printed 78.50%, 得分 ÷ 分值 = 87.50%
    assert r_ben_true == 87.5, r_ben_true
    g = gold(None, dept, 2024, "COUNTY", "山东省", "SELF_EVALUATION", None, total, mark, "优",
             budget(w4(ia), w4(aa), w4(ea), rate, w4(ab), w4(eb), w4(ap), w4(ep)), secs, grows(ind))
    m = lambda x: Num(x, "#,##0.00")  # noqa: E731
    S = Tab(6)
    S.add(["潍坊市寒亭区卫生健康局2024年度部门整体支出绩效自评汇总表"], [(0, 5)])
    S.add(["填报单位：潍坊市寒亭区卫生健康局", "", "", "", "金额单位：元", ""], [(0, 3), (4, 5)])
    s0 = S.add(["一、预算执行情况", "", "", "", "", ""], [(0, 5)])
    S.add(["项目", "年初预算数", "全年预算数", "全年执行数", "执行率", ""], [(4, 5)])
    S.add(["合计", m(ia), m(aa), m(ea), f"{rate:.2f}%", ""], [(4, 5)])
    S.add(["基本支出", m(ib), m(ab), m(eb), f"{pct(eb, ab):.2f}%", ""], [(4, 5)])
    S.add(["项目支出", m(ip), m(ap), m(ep), f"{pct(ep, ap):.2f}%", ""], [(4, 5)])
    S.add(["二、绩效指标得分汇总", "", "", "", "", ""], [(0, 5)])
    S.add(["一级指标", "分值", "得分", "得分率", "明细表", ""], [(4, 5)])
    for (n, w, s), rp in zip(secs, rates_p):
        S.add([n, Num(w), Num(s), Num(rp / 100, "0.00%"), f"见“{n}”工作表", ""], [(4, 5)])
    S.add(["合计", Num(mark), Num(total), Num(pct(total, mark) / 100, "0.00%"), "", ""], [(4, 5)])
    S.add(["自评等级", "优", "", "", "", ""], [(1, 5)])
    S.add(["说明：各一级指标明细见同名工作表；预算执行率得分=预算执行率×10；自评等级" + BANDS, "", "", "", "", ""],
          [(0, 5)])
    ts = styled(Table(S.rows, S.merges), [22, 18, 18, 18, 14, 10])
    ts.first_table_row = s0
    sheets = [("汇总", ts)]
    for n, w, s in secs:
        D = Tab(7)
        D.add([f"{n}指标评分明细表"], [(0, 6)])
        D.add([f"部门：{dept}", "", "", "", f"本级分值：{fmt(w)}分", "", ""], [(0, 3), (4, 6)])
        d0 = D.add(["二级指标", "三级指标", "指标值", "完成值", "分值", "得分", "扣分原因"])
        st = len(D.rows)
        for l1, l2, l3, t, a, wt, sc, note in [r for r in ind if r[0] == n]:
            D.add([l2, l3, t, a, Num(wt), Num(sc), note])
        D.merges += group_merges(D.rows, [0], st)
        D.add(["小计", "", "", "", Num(w), Num(s), ""], [(0, 3)])
        td = styled(Table(D.rows, D.merges), [12, 30, 14, 14, 8, 8, 30])
        td.first_table_row = d0
        sheets.append((n, td))
    fnd = [F("SPENDING_OVER_BUDGET", "基本支出",
             f"基本支出 | {ib:,.2f} | {ab:,.2f} | {eb:,.2f} | {pct(eb, ab):.2f}%", f"{eb:,.2f}元", f"≤ {ab:,.2f}元",
             "HIGH", "WARNING",
             f"汇总: 基本支出 全年执行数 {eb:,.2f} exceeds its 全年预算数 {ab:,.2f} by {eb - ab:,.2f}元 (its "
             f"{pct(eb, ab):.2f}% is arithmetically right); the 合计 stays under budget ({rate:.2f}%)"),
           F("WEIGHTS_VS_FULL_MARK", "合计", f"合计 | {mark} | {fmt(total)} | {pct(total, mark):.2f}%", str(mark),
             fmt(weights), "HIGH", "ERROR",
             "the 汇总's four 一级 分值 " + " + ".join(fmt(w) for _, w, _ in secs) + f" = {fmt(weights)} (each equal to "
             f"its sheet's 小计 and rows), but the 合计 分值 prints {mark}; the 得分率 {pct(total, mark):.2f}% is taken "
             f"on {mark}"),
           F("SCORE_RATE", "效益", f"效益 | {fmt(secs[3][1])} | {fmt(secs[3][2])} | {rates_p[3]:.2f}%",
             f"{rates_p[3]:.2f}%", f"{r_ben_true:.2f}%", "HIGH", "ERROR",
             f"{fmt(secs[3][2])} ÷ {fmt(secs[3][1])} = {r_ben_true:.2f}%, printed {rates_p[3]:.2f}% (digits swapped); "
             "the other 得分率 are right")]
    return {"stem": "h196_hanting_weijian", "format": "xlsx", "sheets": sheets, "gold": g, "findings": fnd,
            "traps": [f"预算执行率 {ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% × 10 = {rate / 10:.4f} printed {fmt(bs)} (rounding)",
                      f"项目支出 under budget ({pct(ep, ap):.2f}%); 基本 + 项目 = 合计 in every column",
                      "适龄儿童国家免疫规划疫苗接种率 95% vs ≥95% (met exactly)",
                      "孕产妇死亡率 0 vs ≤10/10万 (反向, met)",
                      "群众就医满意度 87%: 8 − 3 → 5 (rule printed in the row)",
                      "固定资产利用率 −1, 标准化建设达标率 −2 with reasons (judgement)",
                      "投入/过程/产出 得分率 right; every sheet's 小计 = its rows = the 汇总 line",
                      "元 → 万元 in gold (numeric #,##0.00 cells)"]}


ALL.append(h196())


# ============================================================ h197 拉萨市城关区民政局 (HTML, <th scope="row"> for the 三级 names, rowspan 一级/二级)

def h197():
    dept = "拉萨市城关区民政局"
    ib, ip = 1862.40, 2940.00
    ab, ap = 1905.36, 3318.72
    eb, ep = 1887.25, 3046.38
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    rate_true = pct(ea, aa)  # 94.44
    rate = r2(rate_true + 2.0)  # PLANT EXECUTION_RATE: 合计 执行率 printed 2 points high
    bs = r2(rate_true * 10 / 100)  # the row score follows the right rate
    sat = 8  # PLANT RULE_SCORE: 86% vs ≥92%, 每低1个百分点扣1分 → 10 − 6 = 4
    sat_true = 4
    over = 6.5  # PLANT ROW_SCORE_OVER_WEIGHT: 居家养老服务覆盖率 6.5 of 6
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 4, 4, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "明确", 4, 4, ""),
           ("决策", "预算配置", "重点支出保障率", "100%", "100%", 4, 4, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate_true:.2f}%", 10, bs, "按执行率×10计分"),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 6, 6, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 6, 5, "部分资产登记信息不完整，扣1分"),
           ("产出", "数量指标", "城乡低保对象保障人数", "≥3200人", "3200人", 8, 8, ""),
           ("产出", "数量指标", "特困人员救助供养人数", "≥410人", "426人", 8, 8, ""),
           ("产出", "质量指标", "居家养老服务覆盖率", "≥85%", "88.4%", 6, over, ""),
           ("产出", "时效指标", "临时救助审批办结时限", "≤5个工作日", "4个工作日", 8, 8, ""),
           ("效益", "社会效益", "困难群众基本生活保障率", "100%", "100%", 10, 10, ""),
           ("效益", "社会效益", "养老机构安全责任事故", "0起", "0起", 8, 8, ""),
           ("效益", "可持续影响", "社会救助长效机制", "健全", "健全", 8, 8, ""),
           ("效益", "满意度", "服务对象满意度", "≥92%", "86%", 10, sat, "每低于目标值1个百分点扣1分")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)
    assert total >= 90, total
    g = gold(None, dept, 2023, "COUNTY", "西藏自治区", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), [], grows(ind))
    e = html.escape
    # 一级/二级 rowspans
    rows_html = []
    n = len(ind)
    for i, (l1, l2, l3, t, a, w, s, note) in enumerate(ind):
        cells = []
        if i == 0 or ind[i - 1][0] != l1:
            span = sum(1 for r in ind[i:] if r[0] == l1) if True else 1
            k = i
            span = 0
            while k < n and ind[k][0] == l1:
                span += 1
                k += 1
            cells.append(f'<td rowspan="{span}" class="l1">{e(l1)}</td>' if span > 1 else f'<td class="l1">{e(l1)}</td>')
        if i == 0 or (ind[i - 1][0], ind[i - 1][1]) != (l1, l2):
            k = i
            span = 0
            while k < n and (ind[k][0], ind[k][1]) == (l1, l2):
                span += 1
                k += 1
            cells.append(f'<td rowspan="{span}">{e(l2)}</td>' if span > 1 else f"<td>{e(l2)}</td>")
        cells.append(f'<th scope="row" class="name">{e(l3)}</th>')
        cells += [f"<td>{fmt(w)}</td>", f"<td>{e(t)}</td>", f"<td>{e(a)}</td>", f"<td>{fmt(s)}</td>",
                  f"<td>{e(note)}</td>"]
        rows_html.append("        <tr>" + "".join(cells) + "</tr>")
    brow = []
    for lab, i_, a_, e_, r_ in [("合计", ia, aa, ea, rate), ("基本支出", ib, ab, eb, pct(eb, ab)),
                               ("项目支出", ip, ap, ep, pct(ep, ap))]:
        brow.append(f'        <tr><th scope="row">{lab}</th><td>{i_:,.2f}</td><td>{a_:,.2f}</td><td>{e_:,.2f}</td>'
                    f"<td>{r_:.2f}%</td></tr>")
    nl = "\n"
    body = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>拉萨市城关区民政局2023年度部门整体支出绩效自评表</title>
<style>
table {{border-collapse:collapse;width:100%;font-size:14px}}
th, td {{border:1px solid #333;padding:4px 6px}}
thead th {{background:#eef2f7}}
th.name {{font-weight:normal;text-align:left}}
td.l1 {{writing-mode:vertical-rl;text-align:center}}
caption {{font-weight:bold;margin:8px 0}}
</style>
</head>
<body>
<div class="nav">拉萨市城关区人民政府 &gt; 政务公开 &gt; 预决算公开 &gt; 部门绩效</div>
<h2 style="text-align:center">拉萨市城关区民政局2023年度部门整体支出绩效自评表</h2>
<p>部门名称：拉萨市城关区民政局　　　　金额单位：万元　　　　填报日期：2024年4月12日</p>
<table>
  <caption>表1　部门预算执行情况</caption>
  <thead>
    <tr><th scope="col">项目</th><th scope="col">年初预算数</th><th scope="col">全年预算数</th><th scope="col">全年执行数</th><th scope="col">执行率</th></tr>
  </thead>
  <tbody>
{nl.join(brow)}
  </tbody>
</table>
<p>年度总体目标完成情况：全年保障城乡低保对象3200人、特困人员426人，临时救助审批时限压缩至4个工作日，居家养老服务覆盖率达到88.4%，未发生养老机构安全责任事故。</p>
<table>
  <caption>表2　绩效指标完成及评分情况</caption>
  <thead>
    <tr><th scope="col">一级指标</th><th scope="col">二级指标</th><th scope="col">三级指标</th><th scope="col">分值</th><th scope="col">年度指标值</th><th scope="col">实际完成值</th><th scope="col">得分</th><th scope="col">备注</th></tr>
  </thead>
  <tbody>
{nl.join(rows_html)}
  </tbody>
  <tfoot>
    <tr><th scope="row" colspan="3">合计</th><td>100</td><td></td><td></td><td>{fmt(total)}</td><td></td></tr>
    <tr><th scope="row" colspan="3">自评等级</th><td colspan="5">优</td></tr>
  </tfoot>
</table>
<p>说明：1.预算执行率得分=预算执行率×10，保留两位小数；2.完成年度指标值的得满分，未完成的按完成比例计分，满意度类指标每低于目标值1个百分点扣1分；3.自评等级{BANDS}</p>
<p style="text-align:right">拉萨市城关区民政局<br>2024年4月12日</p>
</body>
</html>
"""
    fnd = [F("EXECUTION_RATE", "合计", f"合计 | {ia:,.2f} | {aa:,.2f} | {ea:,.2f} | {rate:.2f}%", f"{rate:.2f}%",
             f"{rate_true:.2f}%", "HIGH", "ERROR",
             f"{ea:,.2f} ÷ {aa:,.2f} = {rate_true:.2f}%, the 合计 line prints {rate:.2f}%; the 基本/项目 rates are right "
             f"and the 预算执行率 row (表2) carries the right {rate_true:.2f}% and its score {fmt(bs)}"),
           F("RULE_SCORE", "服务对象满意度", f"服务对象满意度 | 10 | ≥92% | 86% | {sat} | 每低于目标值1个百分点扣1分",
             str(sat), str(sat_true), "HIGH", "ERROR",
             f"86% is 6 points below ≥92%: by the row's own rule 10 − 6 = {sat_true}, printed {sat}"),
           F("ROW_SCORE_OVER_WEIGHT", "居家养老服务覆盖率", f"居家养老服务覆盖率 | 6 | ≥85% | 88.4% | {fmt(over)} |",
             fmt(over), "≤ 6", "HIGH", "ERROR",
             f"得分 {fmt(over)} above its 分值 6 (no bonus rule printed); the 合计 {fmt(total)} includes it")]
    return {"stem": "h197_chengguan_minzheng", "format": "html", "html": body, "encoding": "utf-8", "gold": g,
            "findings": fnd,
            "traps": [f"预算执行率 row {rate_true:.2f}% × 10 = {rate_true / 10:.4f} printed {fmt(bs)} (rounding)",
                      f"基本支出 {pct(eb, ab):.2f}% and 项目支出 {pct(ep, ap):.2f}% right; 基本 + 项目 = 合计; both under budget",
                      "城乡低保对象保障人数 3200 vs ≥3200人 (met exactly)",
                      "临时救助审批办结时限 4 vs ≤5个工作日 (smaller is better, met)",
                      "养老机构安全责任事故 0起 vs 0起 full",
                      "资产管理规范性 −1 with a reason (judgement)",
                      f"合计 {fmt(total)} = rows (with the 6.5 and the 8)",
                      "三级 names in <th scope=\"row\">, 一级/二级 by rowspan"]}


ALL.append(h197())


# ============================================================ h198 上海市奉贤区绿化和市容管理局 (TXT portal export, columns aligned with full-width spaces, 元)

def h198():
    dept = "上海市奉贤区绿化和市容管理局"
    ia = 42365800.00
    ab, ap = 21305400.00, 23815200.00
    eb, ep = 20986102.35, 22100111.21
    aa, ea = r2(ab + ap), r2(eb + ep)
    rate = pct(ea, aa)
    rate_p = 94.59  # PLANT FORMULA: 43,086,213.56 ÷ 45,120,600.00 × 100% = 95.49%
    assert rate == 95.49, rate
    bs = r2(rate / 10)  # 9.55 (follows the right rate)
    ind = [("投入", "预算编制", "预算编制科学性", "科学", "科学", 5, 5, ""),
           ("投入", "目标设定", "绩效目标明确性", "明确", "明确", 5, 5, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate_p:.2f}%", 10, bs, ""),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 5, 5, ""),
           ("过程", "采购管理", "政府采购执行率", "100%", "100%", 5, 5, ""),
           ("产出", "数量指标", "新建改建公共厕所", "15座", "15座", 10, 10, ""),  # PLANT NARRATIVE_NOT_DONE_FULL_MARKS
           ("产出", "数量指标", "新增绿地面积", "≥12万平方米", "12.6万平方米", 8, 8, ""),
           ("产出", "质量指标", "道路保洁质量考核达标率", "≥95%", "95%", 8, 8, ""),
           ("产出", "时效指标", "生活垃圾日产日清率", "100%", "100%", 6, 6, ""),
           ("效益", "社会效益", "城市管理精细化考核得分", "≥90分", "88.5分", 10, 8.5, "每低于目标值1分扣1分，扣1.5分"),
           ("效益", "生态效益", "森林覆盖率", "≥19.5%", "19.8%", 8, 8, ""),
           ("效益", "满意度", "市民满意度", "≥90%", "88%", 20, 18, "每低1个百分点扣1分")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)
    secs = sections(ind, ["投入", "过程", "产出", "效益"])
    out_true = secs[2][2]
    secs_p = list(secs)
    secs_p[2] = ("产出", secs[2][1], r2(out_true - 2))  # PLANT SECTION_VS_ROWS: 产出 小计 30, rows 32
    g = gold(None, dept, 2021, "COUNTY", "上海市", "SELF_EVALUATION", None, total, 100, "优",
             budget(w4(ia), w4(aa), w4(ea), rate_p, w4(ab), w4(eb), w4(ap), w4(ep)), secs_p, grows(ind))
    # columns padded with U+3000 to a fixed character count, as the portal's export does
    W = [6, 8, 14, 12, 12, 4, 4, 14]

    def line(cells):
        return "".join(str(c) + "\u3000" * max(1, W[i] - len(str(c))) for i, c in enumerate(cells)).rstrip("\u3000")

    tab = [line(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "扣分原因"])]
    for n, w, s in secs_p:
        prev = None
        for l1, l2, l3, t, a, wt, sc, note in [r for r in ind if r[0] == n]:
            tab.append(line([l1 if prev is None else "", l2 if l2 != prev else "", l3, t, a, fmt(wt), fmt(sc), note]))
            prev = l2
        tab.append(line(["", "", f"{n}小计", "", "", fmt(w), fmt(s), ""]))
    tab.append(line(["合计", "", "", "", "", "100", fmt(total), ""]))
    text = f"""上海奉贤 > 政务公开 > 财政信息 > 预决算公开
上海市奉贤区绿化和市容管理局2021年度部门整体支出绩效自评报告
发布日期：2022-08-26　　来源：区绿化市容局　　浏览次数：312

一、部门基本情况
　　我局为区政府工作部门，主要负责全区绿化、林业、市容环境卫生和城市管理相关工作，内设办公室、绿化管理科、市容环卫科等7个科室，下属事业单位4家。

二、预算执行情况
　　2021年年初预算{ia:,.2f}元。全年预算{aa:,.2f}元，其中基本支出{ab:,.2f}元、项目支出{ap:,.2f}元。全年支出{ea:,.2f}元，其中基本支出{eb:,.2f}元、项目支出{ep:,.2f}元。
　　预算执行率=全年支出÷全年预算×100%={ea:,.2f}÷{aa:,.2f}×100%={rate_p:.2f}%。

三、绩效目标完成情况
　　全年新增绿地12.6万平方米，森林覆盖率达到19.8%，生活垃圾日产日清。年度计划新建改建公共厕所15座，年内竣工13座，另有2座因用地规划调整未能开工，已调整至2022年实施。

四、绩效指标自评情况
　　按照部门整体支出绩效评价指标体系，从投入、过程、产出、效益四个方面进行自评，评分情况如下（预算执行率得分=预算执行率×10；未完成指标按扣分原因栏所列标准扣分）：

{chr(10).join(tab)}

五、自评结论
　　经自评，我局2021年度部门整体支出绩效自评得分{fmt(total)}分，自评等级为“优”。评分等级：90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。

六、存在问题及改进措施
　　一是部分公共厕所建设项目受用地调整影响未按期实施；二是市民满意度尚未达到目标值。下一步将加强项目前期论证，提升市容环境精细化管理水平。

上海市奉贤区绿化和市容管理局
2022年8月
"""
    fnd = [F("FORMULA", "预算执行率", f"预算执行率=全年支出÷全年预算×100%={ea:,.2f}÷{aa:,.2f}×100%={rate_p:.2f}%",
             f"{rate_p:.2f}%", f"{rate:.2f}%", "HIGH", "ERROR",
             f"{ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}%, the formula prints {rate_p:.2f}% and the 预算执行率 row copies it; "
             f"the row's 得分 {fmt(bs)} follows the right {rate:.2f}% × 10 (one problem)"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "新建改建公共厕所",
             "年度计划新建改建公共厕所15座，年内竣工13座，另有2座…已调整至2022年实施 | 新建改建公共厕所 | 15座 | 15座 | 10 | 10",
             "10", "< 10", "HIGH", "WARNING",
             "三 says 13 of the 15 toilets were finished in 2021 (2 moved to 2022); the table prints 15座 and full marks"),
           F("SECTION_VS_ROWS", "产出", f"产出小计 | {fmt(secs[2][1])} | {fmt(secs_p[2][2])}", fmt(secs_p[2][2]),
             fmt(out_true), "HIGH", "ERROR",
             f"the four 产出 得分 add to {fmt(out_true)} (10 + 8 + 8 + 6), the 小计 prints {fmt(secs_p[2][2])}; the 合计 "
             f"{fmt(total)} = rows (the four 小计 would add to {fmt(r2(total - 2))})")]
    return {"stem": "h198_fengxian_lvhua", "format": "txt", "text": text, "gold": g, "findings": fnd,
            "traps": [f"预算执行率 得分 {fmt(bs)} = {rate:.2f}% × 10 = {rate / 10:.3f} (right rate, rounding)",
                      "基本 + 项目 = 全年 in budget and spending; both under budget",
                      "道路保洁质量考核达标率 95% vs ≥95% (met exactly)",
                      "城市管理精细化考核得分 88.5 vs ≥90分: 10 − 1.5 → 8.5 (rule printed in the row)",
                      "市民满意度 88%: 20 − 2 → 18 (printed rule)",
                      "投入/过程/效益 小计 = rows; 合计 = rows",
                      "元 → 万元 in gold; columns padded with full-width spaces (U+3000)"]}


ALL.append(h198())


def main(argv):
    work = tempfile.mkdtemp(prefix="heldout28_")
    try:
        for rep in ALL:
            if argv and not any(rep["stem"].startswith(a) for a in argv):
                continue
            golds = write_gold(rep)
            dest = H.render(rep, work)
            print(os.path.basename(dest), sum(len(g["indicators"]) for g in golds), "rows, totals",
                  [g["totalScore"] for g in golds], "planted:", ", ".join(x["kind"] for x in rep["findings"]))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
