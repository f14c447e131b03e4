#!/usr/bin/python3
"""Round 29 (h199–h203): issue-9 layouts not used before, each with PLANTED issue-10 problems, made apart from the
code by the corpus29 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report
whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports29.py [h199 …]
(needs python-docx, openpyxl and LibreOffice: h200 DOCX → PDF, h203 DOCX → ODT, private profile
/tmp/jixiao_heldout29_lo.)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, note).
"""
import html
import os
import re
import shutil
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402
from heldout import Table, Title, PageBreak, group_merges, fmt, budget, gold, row  # noqa: E402
from reports3_a import Num  # noqa: E402
from reports4 import styled, pct, F  # noqa: E402
from reports22 import s2, r2, with_project, grows, Tab, write_gold  # noqa: E402

H.A.LO_PROFILE = "file:///tmp/jixiao_heldout29_lo"
ALL = []
BANDS = "90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。"


def sections(ind, names):
    out = []
    for n in names:
        rs = [r for r in ind if r[0] == n]
        out.append((n, s2(rs, 5), s2(rs, 6)))
    return out


# ============================================================ h199 银川市金凤区民政局 (DOCX, 项目 form, each indicator a two-row CARD)

def h199():
    dept = "银川市金凤区民政局"
    unit = "银川市金凤区养老服务指导中心"
    proj = "金凤区2023年城市社区居家养老服务补助资金"
    ia, aa, ea = 320.00, 356.00, 341.82
    aa_text = 365.00  # PLANT SAME_FIGURE_DIFFERS: 项目概况 prints 全年预算 365.00万元, the head block 356.00
    rate = pct(ea, aa)  # 96.02
    bs_true = r2(rate / 10)  # 9.60
    bs = 9.26  # PLANT BUDGET_ROW_SCORE: 96.02% × 10 = 9.602 → 9.60 by the printed rule
    ind = [("产出指标", "数量指标", "居家养老服务中心（站）运营数", "≥12个", "12个", 8, 8, ""),
           ("产出指标", "数量指标", "享受居家养老服务补贴老年人数", "≥2800人", "2650人", 8, 8, ""),  # PLANT TARGET_MISSED_FULL_MARKS
           ("产出指标", "数量指标", "老年助餐服务人次", "≥6万人次", "6.4万人次", 6, 6, ""),
           ("产出指标", "质量指标", "服务机构星级评定达标率", "≥90%", "92.5%", 8, 8, ""),
           ("产出指标", "质量指标", "居家养老服务质量抽查合格率", "≥95%", "93%", 6, 4,
            "2家服务站服务记录不规范，按每低1个百分点扣1分"),
           ("产出指标", "时效指标", "补贴资金按季度发放及时率", "100%", "100%", 6, 6, ""),
           ("产出指标", "成本指标", "每人每月居家养老服务补贴标准", "≤200元", "200元", 6, 6, ""),
           ("效益指标", "社会效益指标", "特殊困难老年人探访关爱覆盖率", "100%", "100%", 10, 10, ""),
           ("效益指标", "社会效益指标", "带动养老服务就业岗位", "≥60个", "64个", 8, 8, ""),
           ("效益指标", "社会效益指标", "居家养老服务可及性", "明显提高", "有所提高", 8, 7,
            "部分新建小区尚未配建服务站点，酌情扣1分"),
           ("效益指标", "可持续影响指标", "居家养老服务运营长效机制", "健全", "健全", 8, 8, ""),
           ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "88.6%", 8, 6.6,
            "按每低1个百分点扣1分，扣1.4分")]
    full = [("", "", "年度资金总额", "", f"{rate:.2f}%", 10, bs, "")] + ind
    assert s2(full, 5) == 100
    total = s2(full, 6)  # 94.86 = rows with the printed 9.26
    assert total >= 90
    g = with_project(gold(None, dept, 2023, "COUNTY", "宁夏回族自治区", "SELF_EVALUATION", None, total, 100, "优",
                          budget(ia, aa, ea, rate), [], grows(full)), proj, unit)
    B = Tab(7)
    B.add(["项目名称", proj, "", "", "", "", ""], [(1, 6)])
    B.add(["主管部门", dept, "", "实施单位", unit, "", ""], [(1, 2), (4, 6)])
    B.add(["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
    B.add(["年度资金总额", f"{ia:,.2f}", f"{aa:,.2f}", f"{ea:,.2f}", "10", f"{rate:.2f}%", fmt(bs)])
    B.add(["年度总体目标", "支持12个城市社区居家养老服务中心（站）运营，为2800名以上符合条件的老年人发放居家养老服务补贴，"
           "开展老年助餐、探访关爱等服务，服务对象满意度达到90%以上。", "", "", "", "", ""], [(1, 6)])
    tb = styled(Table(B.rows, B.merges), [3.2, 2.4, 2.4, 2.4, 1.4, 2.0, 1.6], header_rows=0)
    # the card table: a group line per 一级/二级, then two rows per indicator
    C = Tab(6)
    prev = None
    for k, (l1, l2, l3, t, a, w, s, n) in enumerate(ind, 1):
        if (l1, l2) != prev:
            C.add([f"一级指标：{l1}　　二级指标：{l2}", "", "", "", "", ""], [(0, 5)])
            prev = (l1, l2)
        C.add(["指标名称", l3, "分值", fmt(w), "得分", fmt(s)])
        C.add(["指标值", t, "完成值", a, "偏差说明", n or "无"])
    C.add(["自评总分", fmt(total), "自评等级", "优", "", ""], [(3, 5)])
    tc = styled(Table(C.rows, C.merges), [2.0, 5.2, 1.8, 2.6, 1.8, 4.0], header_rows=0)
    blocks = [Title("项目支出绩效自评表"), "（2023年度）",
              f"一、项目概况：{proj}由{dept}主管、{unit}具体实施，2023年年初预算{ia:,.2f}万元，年中追加后全年预算"
              f"{aa_text:,.2f}万元，全年实际支出{ea:,.2f}万元，用于社区居家养老服务中心（站）运营补贴、老年助餐补贴和"
              "特殊困难老年人居家养老服务补贴。",
              "二、资金及总体目标", tb,
              "三、绩效指标完成情况（每项指标一张卡片，上行为指标名称、分值和得分，下行为指标值、完成值和偏差说明）", tc,
              "填表说明：1.年度资金总额得分=执行率×10，保留两位小数；2.完成指标值的得满分，数量指标未完成的按完成比例计分；"
              "3.质量抽查合格率、满意度每低于指标值1个百分点扣1分；4.定性指标根据完成情况酌情扣分；5.自评等级" + BANDS,
              "填报单位（盖章）：银川市金凤区民政局　　填报人：马晓燕　　联系电话：0951-5069211　　填报日期：2024年3月22日"]
    fnd = [F("BUDGET_ROW_SCORE", "年度资金总额",
             f"年度资金总额 | {ia:,.2f} | {aa:,.2f} | {ea:,.2f} | 10 | {rate:.2f}% | {fmt(bs)}",
             fmt(bs), f"{bs_true:.2f}", "HIGH", "ERROR",
             f"{ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% (right); by the printed rule 执行率×10 = {rate / 10:.3f} → "
             f"{bs_true:.2f}, printed {fmt(bs)}; the 自评总分 {fmt(total)} adds the printed {fmt(bs)} (with the right "
             f"score it would be {fmt(r2(total - bs + bs_true))})"),
           F("SAME_FIGURE_DIFFERS", "全年预算数",
             f"一、项目概况：…全年预算{aa_text:,.2f}万元… | 年度资金总额 | {ia:,.2f} | {aa:,.2f} | {ea:,.2f}",
             f"{aa_text:,.2f}万元", f"{aa:,.2f}万元", "HIGH", "WARNING",
             f"the 项目概况 prints 全年预算 {aa_text:,.2f}万元, the 项目资金 block {aa:,.2f}万元 (the base of the printed "
             f"{rate:.2f}%: {ea:,.2f} ÷ {aa:,.2f}); the prose figure is the slip (digits swapped)"),
           F("TARGET_MISSED_FULL_MARKS", "享受居家养老服务补贴老年人数",
             "指标名称 | 享受居家养老服务补贴老年人数 | 分值 | 8 | 得分 | 8 / 指标值 | ≥2800人 | 完成值 | 2650人 | 偏差说明 | 无",
             "8", "< 8", "HIGH", "WARNING",
             "2650 of ≥2800人 is missed (94.6%), yet full marks and 偏差说明 “无”; the printed proportion rule gives "
             f"8 × 2650 ÷ 2800 = {8 * 2650 / 2800:.2f}")]
    return {"stem": "h199_jinfeng_minzheng", "format": "docx", "page": "A4", "blocks": blocks, "gold": g,
            "findings": fnd,
            "traps": ["居家养老服务中心（站）运营数 12 vs ≥12个 and 每人每月补贴标准 200 vs ≤200元 (met exactly)",
                      "居家养老服务质量抽查合格率 93% vs ≥95%: 6 − 2 → 4 (printed rule, partial marks)",
                      "服务对象满意度 88.6% vs ≥90%: 8 − 1.4 → 6.6 (printed rule, decimal deduction)",
                      "居家养老服务可及性 有所提高 −1 with a reason (judgement)",
                      "偏差说明 “无” on met rows is not a claim",
                      f"自评总分 {fmt(total)} = rows (with the printed {fmt(bs)} and 8)"]}


ALL.append(h199())


# ============================================================ h200 昌吉市住房和城乡建设局 (PDF, 一级 printed VERTICALLY once per page, table continued on page 2 without its header)

def h200():
    dept = "昌吉市住房和城乡建设局"
    ib, ip = 2150.40, 1860.00
    ab, ap = 2236.58, 2985.20
    eb, ep = 2201.36, 2704.51
    ia = r2(ib + ip)
    aa_true = r2(ab + ap)  # 5,221.78
    aa = r2(aa_true - 100)  # PLANT BREAKDOWN_SUM: 合计 全年预算数 5,121.78, 基本 + 项目 = 5,221.78
    ea = r2(eb + ep)
    rate = pct(ea, aa)  # on the printed 合计 (95.78%)
    bs = r2(rate / 10)
    zb = "100%（2021年0万平方米）"  # PLANT RATE_OVER_ZERO_BASE
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 5, 5, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "明确", 5, 5, ""),
           ("决策", "预算配置", "重点支出保障率", "≥90%", "96.5%", 5, 5, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "按执行率×10计分"),
           ("过程", "预算执行", "结转结余变动率", "≤0", "-4.2%", 5, 5, ""),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 5, 5, ""),
           ("过程", "资产管理", "固定资产账实相符率", "100%", "98%", 5, 4, "2项设备未及时入账，扣1分"),
           ("产出", "数量指标", "老旧小区改造户数", "≥3600户", "3600户", 10, 10, ""),
           ("产出", "数量指标", "保障性租赁住房筹集套数", "≥500套", "520套", 8, 8, ""),
           ("产出", "数量指标", "既有建筑节能改造面积增长率", "≥15%", zb, 5, 5, ""),
           ("产出", "质量指标", "工程质量验收合格率", "100%", "100%", 6, 6, ""),
           ("产出", "时效指标", "项目按期开工率", "≥95%", "92%", 6, 4.5, "每低1个百分点扣0.5分，扣1.5分"),
           ("效益", "社会效益", "城镇居民住房条件改善户数", "≥3600户", "3650户", 8, 8, ""),
           ("效益", "生态效益", "城市生活污水集中处理率", "≥96%", "97.2%", 7, 7, ""),
           ("效益", "满意度", "改造小区居民满意度", "≥90%", "91%", 10, 10, "")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)
    secs = sections(ind, ["决策", "过程", "产出", "效益"])
    out_true = secs[2][2]  # 33.5
    secs_p = list(secs)
    secs_p[2] = ("产出", secs[2][1], r2(out_true + 1))  # PLANT SECTION_VS_ROWS: 产出 小计 34.5, rows 33.5
    assert total >= 90
    g = gold(None, dept, 2022, "COUNTY", "新疆维吾尔自治区", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), secs_p, grows(ind))
    B = Tab(5)
    B.add(["预算执行情况（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率"])
    B.add(["合计", f"{ia:,.2f}", f"{aa:,.2f}", f"{ea:,.2f}", f"{rate:.2f}%"])
    B.add(["其中：基本支出", f"{ib:,.2f}", f"{ab:,.2f}", f"{eb:,.2f}", f"{pct(eb, ab):.2f}%"])
    B.add(["　　　项目支出", f"{ip:,.2f}", f"{ap:,.2f}", f"{ep:,.2f}", f"{pct(ep, ap):.2f}%"])
    tb = styled(Table(B.rows, B.merges), [4.0, 2.6, 2.6, 2.6, 2.2], header_rows=0)
    # the indicator table: page 1 = header + 决策 + 过程 + first three 产出 rows; page 2 = the rest, no header row,
    # the 一级 cell (vertical text) printed again for 产出
    split = 10  # rows before the break (indices into ind)

    def part(rows_, with_head, subtotal_after):
        T = Tab(8)
        if with_head:
            T.add(["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分", "偏差原因"])
        st = len(T.rows)
        vert = []
        for n, w, s in secs_p:
            rs = [r for r in rows_ if r[0] == n]
            if not rs:
                continue
            r0 = len(T.rows)
            for l1, l2, l3, t, a, wt, sc, note in rs:
                T.add([l1, l2, l3, fmt(wt), t, a, fmt(sc), note])
            if n in subtotal_after:
                T.add([l1, "小计", "", fmt(w), "", "", fmt(s), ""], [(1, 2)])
            vert.append(r0)
        T.merges += group_merges(T.rows, [0, 1], st)
        t = styled(Table(T.rows, T.merges), [1.2, 2.2, 4.4, 1.2, 2.2, 2.6, 1.5, 3.3], header_rows=0)
        t.vertical = vert
        return t

    t1 = part(ind[:split], True, {"决策", "过程"})
    t2 = part(ind[split:], False, {"产出", "效益"})
    blocks = [Title("昌吉市住房和城乡建设局2022年度部门整体支出绩效自评表"),
              "填报单位（盖章）：昌吉市住房和城乡建设局　　　　　　金额单位：万元",
              tb,
              "年度总体目标：完成老旧小区改造3600户，筹集保障性租赁住房500套，推进既有建筑节能改造，城市生活污水集中处理率"
              "达到96%以上，改善城镇居民住房条件。",
              t1, PageBreak(), "", t2,
              f"合计：分值100分，自评得分{fmt(total)}分，自评等级：优。",
              "说明：1.预算执行率得分=预算执行率×10，保留两位小数；2.完成年度指标值的得满分，时效指标每低于指标值1个百分点扣0.5分，"
              "其余未完成指标按完成比例计分，定性指标酌情扣分；3.自评等级" + BANDS,
              "单位负责人：艾力·买买提　　填表人：王雪梅　　填报日期：2023年4月10日"]
    fnd = [F("BREAKDOWN_SUM", "全年预算数",
             f"合计 | {ia:,.2f} | {aa:,.2f} | {ea:,.2f} | {rate:.2f}% / 其中：基本支出 | {ib:,.2f} | {ab:,.2f} / "
             f"项目支出 | {ip:,.2f} | {ap:,.2f}", f"{aa:,.2f}万元", f"{aa_true:,.2f}万元", "HIGH", "WARNING",
             f"基本 {ab:,.2f} + 项目 {ap:,.2f} = {aa_true:,.2f}, the 合计 全年预算数 prints {aa:,.2f} (年初 and 执行 "
             f"columns add up); the printed {rate:.2f}% is taken on the printed {aa:,.2f} (on {aa_true:,.2f} it would "
             f"be {pct(ea, aa_true):.2f}%), and the 预算执行率 row copies it"),
           F("RATE_OVER_ZERO_BASE", "既有建筑节能改造面积增长率", f"既有建筑节能改造面积增长率 | 5 | ≥15% | {zb} | 5",
             "100%", "— (base 0)", "HIGH", "WARNING",
             "a growth rate over a zero base (2021: 0万平方米) is undefined, not 100%; the row takes full marks on it"),
           F("SECTION_VS_ROWS", "产出", f"产出 | 小计 | {fmt(secs[2][1])} | | | {fmt(secs_p[2][2])}",
             fmt(secs_p[2][2]), fmt(out_true), "HIGH", "ERROR",
             f"the five 产出 得分 10 + 8 + 5 + 6 + 4.5 = {fmt(out_true)} (three on page 1, two on page 2), the 小计 "
             f"prints {fmt(secs_p[2][2])}; the 合计 {fmt(total)} = rows (the four 小计 would add to {fmt(r2(total + 1))})")]
    return {"stem": "h200_changji_zhujian", "format": "pdf", "page": "A4", "blocks": blocks, "gold": g,
            "findings": fnd,
            "traps": [f"预算执行率 {rate:.2f}% × 10 = {rate / 10:.4f} printed {fmt(bs)} (rounding; the rate is right on "
                      "the printed 合计)",
                      f"基本支出 {pct(eb, ab):.2f}% and 项目支出 {pct(ep, ap):.2f}% right; both under budget; 年初 and 执行 "
                      "columns add up",
                      "老旧小区改造户数 3600 vs ≥3600户 (met exactly)",
                      "项目按期开工率 92% vs ≥95%: 6 − 1.5 → 4.5 (printed rule, half points)",
                      "固定资产账实相符率 −1 with a reason (judgement)",
                      "结转结余变动率 −4.2% vs ≤0 (met; negative is good)",
                      "决策/过程/效益 小计 = rows; 合计 = rows",
                      "the 产出 一级 cell is printed again (vertically) on page 2; page 2 has no header row"]}


ALL.append(h200())


# ============================================================ h201 天津市河西区市场监督管理局 (XLSX, 小计/合计 as =SUM formulas with cached values, one cache stale)

def h201():
    dept = "天津市河西区市场监督管理局"
    ib, ip = 3862.15, 1520.00
    ab, ap = 3918.46, 1796.30
    eb, ep = 3890.22, 1652.87
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    rate_true = pct(ea, aa)  # 96.99
    rate = r2(rate_true - 1)  # PLANT EXECUTION_RATE: 合计 执行率 printed 95.99%
    bs = r2(rate_true / 10)  # 9.70, the row carries the right rate
    over = 5.5  # PLANT ROW_SCORE_OVER_WEIGHT: 市场主体净增长率 5.5 of 5
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 4, 4, ""),
           ("决策", "预算配置", "重点支出保障率", "100%", "100%", 3, 3, ""),
           ("决策", "预算配置", "“三公经费”变动率", "≤0", "-5.1%", 3, 3, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate_true:.2f}%", 10, bs, "执行率×10"),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 5, 5, ""),
           ("过程", "财务管理", "政府采购执行率", "100%", "100%", 5, 5, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 5, 4, "部分执法装备未及时登记，扣1分"),
           ("产出", "数量指标", "食品安全监督抽检批次", "≥4800批次", "4800批次", 10, 10, ""),
           ("产出", "数量指标", "特种设备定期检验率", "100%", "99.6%", 8, 7.97, "按完成比例计分"),
           ("产出", "数量指标", "市场主体信用监管抽查户数", "≥1200户", "1260户", 6, 6, ""),
           ("产出", "质量指标", "抽检不合格食品核查处置率", "100%", "100%", 8, 8, ""),
           ("产出", "时效指标", "投诉举报按时办结率", "≥98%", "99.2%", 8, 8, ""),
           ("效益", "社会效益", "重大食品安全事故发生数", "0起", "0起", 8, 8, ""),
           ("效益", "经济效益", "市场主体净增长率", "≥3%", "4.1%", 5, over, ""),
           ("效益", "满意度", "群众满意度", "≥90%", "87%", 12, 9, "每低1个百分点扣1分")]
    assert s2(ind, 5) == 100
    total_rows = s2(ind, 6)
    cached = r2(total_rows + 1.5)  # PLANT TOTAL_VS_ROWS: 合计 得分 =G13+G19+G26+G31 stored with a stale cached value
    secs = sections(ind, ["决策", "过程", "产出", "效益"])
    assert total_rows >= 90
    g = gold(None, dept, 2023, "COUNTY", "天津市", "SELF_EVALUATION", None, cached, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), secs, grows(ind))
    m = lambda x: Num(x, "#,##0.00")  # noqa: E731
    S = Tab(8)
    S.add(["天津市河西区市场监督管理局2023年度部门整体支出绩效自评表"], [(0, 7)])
    S.add(["填报单位：天津市河西区市场监督管理局", "", "", "", "", "", "金额单位：万元", ""], [(0, 5), (6, 7)])
    s0 = S.add(["预算执行", "项目", "年初预算数", "全年预算数", "全年执行数", "执行率", "", ""], [(5, 7)])
    S.add(["", "合计", m(ia), m(aa), m(ea), f"{rate:.2f}%", "", ""], [(5, 7)])
    S.add(["", "基本支出", m(ib), m(ab), m(eb), f"{pct(eb, ab):.2f}%", "", ""], [(5, 7)])
    S.add(["", "项目支出", m(ip), m(ap), m(ep), f"{pct(ep, ap):.2f}%", "", ""], [(5, 7)])
    S.merges.append((s0, 0, s0 + 3, 0))
    S.add(["一级指标", "二级指标", "三级指标", "指标值", "完成值", "分值", "得分", "扣分原因"])
    sub_rows = []
    formulas = {}  # cell ref → cached value
    for n, w, s in secs:
        st = len(S.rows)
        for l1, l2, l3, t, a, wt, sc, note in [r for r in ind if r[0] == n]:
            S.add([l1, l2, l3, t, a, Num(wt), Num(sc), note])
        en = len(S.rows) - 1
        fw, fs = Num(w), Num(s)
        fw.formula = f"=SUM(F{st + 1}:F{en + 1})"
        fs.formula = f"=SUM(G{st + 1}:G{en + 1})"
        r = S.add([n, "小计", "", "", "", fw, fs, ""], [(1, 4)])
        formulas[f"F{r + 1}"], formulas[f"G{r + 1}"] = w, s
        S.merges.append((st, 0, r, 0))
        for k in range(st + 1, r + 1):
            S.rows[k][0] = ""
        S.merges += [mm for mm in group_merges(S.rows, [1], st) if mm[2] < r]
        sub_rows.append(r + 1)
    tw, ts = Num(100), Num(cached)
    tw.formula = "=" + "+".join(f"F{k}" for k in sub_rows)
    ts.formula = "=" + "+".join(f"G{k}" for k in sub_rows)
    r = S.add(["合计", "", "", "", "", tw, ts, ""], [(0, 4)])
    formulas[f"F{r + 1}"], formulas[f"G{r + 1}"] = 100, cached
    total_ref = f"G{r + 1}"
    S.add(["自评等级", "", "", "", "", "优", "", ""], [(0, 4), (5, 7)])
    S.add(["说明：预算执行率得分=执行率×10；完成指标值得满分，未完成的按完成比例计分，满意度每低于指标值1个百分点扣1分；"
           "自评等级" + BANDS, "", "", "", "", "", "", ""], [(0, 7)])
    t = styled(Table(S.rows, S.merges), [10, 12, 28, 13, 13, 8, 8, 26])
    t.first_table_row = s0
    fnd = [F("TOTAL_VS_ROWS", "合计", f"合计 | 100 | {fmt(cached)} ({total_ref} = {ts.formula[1:]}, cached value)",
             fmt(cached), fmt(total_rows), "HIGH", "ERROR",
             f"the 合计 得分 cell holds the formula {ts.formula} but its stored (displayed) result is {fmt(cached)}; the "
             f"four 小计 it adds ({' + '.join(fmt(s) for _, _, s in secs)}) and the 15 rows give {fmt(total_rows)}: a "
             "stale cached value (the sheet was not recalculated after a row score changed)"),
           F("EXECUTION_RATE", "合计", f"合计 | {ia:,.2f} | {aa:,.2f} | {ea:,.2f} | {rate:.2f}%", f"{rate:.2f}%",
             f"{rate_true:.2f}%", "HIGH", "ERROR",
             f"{ea:,.2f} ÷ {aa:,.2f} = {rate_true:.2f}%, the 合计 line prints {rate:.2f}%; the 基本/项目 rates are "
             f"right and the 预算执行率 row carries the right {rate_true:.2f}% and its score {fmt(bs)}"),
           F("ROW_SCORE_OVER_WEIGHT", "市场主体净增长率", f"效益 | 经济效益 | 市场主体净增长率 | ≥3% | 4.1% | 5 | {fmt(over)}",
             fmt(over), "≤ 5", "HIGH", "ERROR",
             f"得分 {fmt(over)} above its 分值 5 (no bonus rule printed); the 效益 小计 formula includes it")]
    return {"stem": "h201_hexi_shijian", "format": "xlsx", "sheets": [("自评表", t)], "formulas": formulas,
            "gold": g, "findings": fnd,
            "traps": [f"预算执行率 row {rate_true:.2f}% × 10 = {rate_true / 10:.4f} printed {fmt(bs)} (rounding)",
                      f"基本 {pct(eb, ab):.2f}% and 项目 {pct(ep, ap):.2f}% right; parts add up; both under budget",
                      "食品安全监督抽检批次 4800 vs ≥4800批次 (met exactly)",
                      "特种设备定期检验率 99.6%: 8 × 0.996 = 7.968 printed 7.97 (proportion rule, rounding)",
                      "群众满意度 87%: 12 − 3 → 9 (printed rule)",
                      "资产管理规范性 −1 with a reason (judgement)",
                      "重大食品安全事故发生数 0起 vs 0起 full",
                      "every 小计 formula's cached value is right; only the 合计 得分 cache is stale"]}


ALL.append(h201())


# ============================================================ h202 西宁市城东区 (HTML, third-party report, scoring table with DECIMAL weights 0.10/0.05 of 100, <caption> and colspan header groups)

def h202():
    dept = "西宁市城东区住房和城乡建设局"
    proj = "城东区2022年老旧小区改造项目"
    ev = "青海恒信工程项目管理咨询有限公司"
    ia, aa, ea = 1200.00, 1356.00, 1289.47
    rate = pct(ea, aa)  # 95.09
    bs = r2(rate * 5 / 100)  # 4.75
    hu = 7  # PLANT RULE_SCORE: 3990 ÷ 4200 × 8 = 7.6 by the printed proportion rule
    hu_true = r2(8 * 3990 / 4200)
    # (一级, 二级, 三级, 权重 (decimal), 评价标准, 得分, 得分说明) — targets/actuals only inside the 评价标准/说明
    raw = [("决策", "项目立项", "立项依据充分性", 0.04, "立项依据充分、符合规划得满分，否则酌情扣分", 4, "符合城镇老旧小区改造规划"),
           ("决策", "项目立项", "立项程序规范性", 0.03, "履行申报、审批程序的得满分", 3, "程序完整"),
           ("决策", "绩效目标", "绩效目标合理性", 0.04, "目标明确、细化、量化的得满分，否则酌情扣分", 3,
            "部分效益目标未量化，扣1分"),
           ("决策", "资金投入", "预算编制科学性", 0.04, "预算经过论证、与工作量匹配的得满分", 4, "预算经评审"),
           ("过程", "资金管理", "资金到位率", 0.05, "到位率×分值", 5, "资金全部到位"),
           ("过程", "资金管理", "预算执行率", 0.05, "执行率×分值", bs, f"执行率{rate:.2f}%"),
           ("过程", "组织实施", "管理制度执行有效性", 0.06, "制度健全且有效执行得满分，否则酌情扣分", 5,
            "2个小区施工日志不完整，扣1分"),
           ("产出", "产出数量", "改造老旧小区数量", 0.10, "≥26个得满分，未完成按比例计分", 10, "完成26个"),
           ("产出", "产出数量", "改造惠及居民户数", 0.08, "≥4200户得满分，未完成按完成比例计分", hu, "完成3990户"),
           ("产出", "产出质量", "工程竣工验收合格率", 0.08, "100%得满分，每低1个百分点扣1分", 8, "全部验收合格"),
           ("产出", "产出时效", "工程按期完工率", 0.06, "100%得满分，每低1个百分点扣0.5分", 4.5, "按期完工率97%"),
           ("产出", "产出成本", "户均改造成本", 0.06, "≤3200元/户得满分，超出酌情扣分", 6, "户均3180元"),
           ("效益", "社会效益", "居住环境改善情况", 0.10, "明显改善得满分，有所改善酌情扣分", 9, "个别小区停车难问题未解决，扣1分"),
           ("效益", "可持续影响", "长效管理机制建立情况", 0.09, "建立物业管理或自治管理机制的得满分，否则酌情扣分", 7,
            "8个小区尚未引入物业服务，扣2分"),
           ("效益", "满意度", "居民满意度", 0.10, "≥90%得满分，每低1个百分点扣1分", 9, "问卷满意度89%")]
    ind = [(l1, l2, l3, None, None, r2(w * 100), s, "") for l1, l2, l3, w, _, s, _ in raw]
    wsum = s2(ind, 5)
    assert wsum == 98, wsum  # PLANT WEIGHTS_VS_FULL_MARK: 合计 权重 printed 1.00, the rows add to 0.98
    total = s2(ind, 6)
    assert 80 <= total < 90 and r2(total - hu + hu_true) < 90, total
    grade_p = "优秀"  # PLANT GRADE_OUTSIDE_BANDS: 88.25 is 良好 by the printed bands
    g = with_project(gold(None, dept, 2022, "COUNTY", "青海省", "THIRD_PARTY_EVALUATION", ev, total, 100, "优",
                          budget(ia, aa, ea, rate), [], grows(ind)), proj, dept)
    e = html.escape
    n = len(raw)
    rows_html = []
    for i, (l1, l2, l3, w, std, s, why) in enumerate(raw):
        cells = []
        if i == 0 or raw[i - 1][0] != l1:
            span = sum(1 for r_ in raw if r_[0] == l1)  # the 一级 groups are contiguous
            cells.append(f'<td rowspan="{span}">{e(l1)}</td>')
        if i == 0 or raw[i - 1][:2] != (l1, l2):
            span = 0
            while i + span < n and raw[i + span][:2] == (l1, l2):
                span += 1
            cells.append(f'<td rowspan="{span}">{e(l2)}</td>' if span > 1 else f"<td>{e(l2)}</td>")
        cells += [f"<td>{e(l3)}</td>", f'<td class="num">{w:.2f}</td>', f"<td>{e(std)}</td>",
                  f'<td class="num">{fmt(s)}</td>', f"<td>{e(why)}</td>"]
        rows_html.append("      <tr>" + "".join(cells) + "</tr>")
    nl = "\n"
    body = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{proj}绩效评价报告</title>
<style>
body {{font-family:"SimSun",serif;max-width:980px;margin:0 auto}}
table {{border-collapse:collapse;width:100%;font-size:13px}}
th, td {{border:1px solid #444;padding:3px 5px}}
caption {{font-weight:bold;font-size:15px;padding:6px}}
td.num {{text-align:center}}
</style>
</head>
<body>
<h1 style="text-align:center;font-size:20px">{proj}绩效评价报告</h1>
<p style="text-align:center">{ev}<br>2023年6月</p>
<p>受西宁市城东区财政局委托，{ev}（以下简称“我公司”）对{dept}实施的{proj}开展了绩效评价。现将评价情况报告如下。</p>
<h2>一、项目基本情况</h2>
<p>2022年城东区计划对26个老旧小区实施改造，惠及居民4200户，改造内容包括供排水管网、屋面防水、外墙保温、小区道路及配套设施等。项目年初预算{ia:,.2f}万元，调整后预算{aa:,.2f}万元，截至2022年12月31日实际支出{ea:,.2f}万元，预算执行率{rate:.2f}%。</p>
<h2>二、评价结论</h2>
<p>评价组按照决策、过程、产出、效益四个维度设置评价指标体系，各指标以权重表示（权重合计为1，对应总分100分，指标得分满分为权重×100）。经综合评价，{proj}综合得分{fmt(total)}分，评价等级为“{grade_p}”。评价等级划分：90分（含）以上为优秀，80分（含）至90分为良好，60分（含）至80分为合格，60分以下为不合格。</p>
<h2>三、绩效评价指标得分情况</h2>
<table>
  <caption>附表　{proj}绩效评价指标体系及评分表</caption>
  <thead>
    <tr><th colspan="3">绩效指标</th><th rowspan="2">权重</th><th rowspan="2">评价标准</th><th colspan="2">评分</th></tr>
    <tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>评价得分</th><th>得分说明</th></tr>
  </thead>
  <tbody>
{nl.join(rows_html)}
    <tr><td colspan="3">合计</td><td class="num">1.00</td><td></td><td class="num">{fmt(total)}</td><td></td></tr>
  </tbody>
</table>
<h2>四、存在的问题</h2>
<p>（一）改造户数未全部完成，2个小区因居民意见不统一暂缓实施；（二）部分小区长效管理机制尚未建立；（三）个别小区施工资料不完整。</p>
<h2>五、相关建议</h2>
<p>加强改造前居民意见征集，推动物业服务全覆盖，规范工程资料管理。</p>
<p style="text-align:right">{ev}<br>2023年6月15日</p>
</body>
</html>
"""
    fnd = [F("WEIGHTS_VS_FULL_MARK", "合计", f"合计 | 1.00 | | {fmt(total)}", "1.00", "0.98", "HIGH", "ERROR",
             "the fifteen 权重 add to 0.98 (0.15 决策 + 0.16 过程 + 0.38 产出 + 0.29 效益), the 合计 prints 1.00 and the "
             "report says 权重合计为1 (100分); in points the rows' full marks add to 98, not 100"),
           F("RULE_SCORE", "改造惠及居民户数", f"改造惠及居民户数 | 0.08 | ≥4200户得满分，未完成按完成比例计分 | {hu} | 完成3990户",
             str(hu), fmt(hu_true), "HIGH", "ERROR",
             f"by the row's own rule 8 × 3990 ÷ 4200 = {fmt(hu_true)}, printed {hu}"),
           F("GRADE_OUTSIDE_BANDS", "评价等级", f"综合得分{fmt(total)}分，评价等级为“{grade_p}”", grade_p, "良好",
             "HIGH", "ERROR",
             f"by the printed bands {fmt(total)} is 良好 (80–90); 优秀 needs 90; the 综合得分 = rows (with the RULE_SCORE "
             f"row corrected {fmt(r2(total - hu + hu_true))}, still 良好)")]
    return {"stem": "h202_chengdong_zhujian", "format": "html", "html": body, "encoding": "utf-8", "gold": g,
            "findings": fnd,
            "traps": [f"预算执行率 {ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% × 5 = {rate * 5 / 100:.4f} printed {fmt(bs)} (rounding)",
                      "权重 printed as decimals (0.10 = 10分 of 100); scores in points",
                      "改造老旧小区数量 26 vs ≥26个 (met exactly)",
                      "工程按期完工率 97%: 6 − 1.5 → 4.5 (printed rule, half points)",
                      "居民满意度 89% vs ≥90%: 10 − 1 → 9 (printed rule)",
                      "绩效目标合理性 −1, 管理制度执行有效性 −1, 居住环境改善情况 −1, 长效管理机制 −2 with reasons (judgement)",
                      "户均改造成本 3180 vs ≤3200元/户 (met)"]}


ALL.append(h202())


# ============================================================ h203 海口市秀英区卫生健康委员会 (ODT, 项目 form whose indicator table is grouped by a merged 绩效目标 column)

def h203():
    dept = "海口市秀英区卫生健康委员会"
    unit = "海口市秀英区卫生健康委员会"
    proj = "秀英区2021年基层医疗卫生机构能力提升项目"
    funds = [("中央补助资金", 200.00, 200.00, 196.50),
             ("省级补助资金", 150.00, 180.00, 165.26),
             ("区级配套资金", 130.00, 140.00, 142.20)]  # PLANT SPENDING_OVER_BUDGET: 区级 执行 142.20 > 全年 140.00
    ia, aa, ea = (r2(sum(f[k] for f in funds)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    bs = r2(rate / 10)
    G1 = "目标一：完成8家村卫生室标准化建设，配备基本医疗设备"
    G2 = "目标二：开展乡村医生培训和医生下沉，提升基层服务能力"
    G4 = "目标四：提高群众就医满意度，建立基层医疗服务长效机制"  # PLANT GOAL_LABELS: 目标一, 目标二, 目标四 (no 目标三)
    rows9 = [(G1, "产出指标", "数量指标", "村卫生室标准化建设数量", "≥8家", "8家", 10, 10, ""),
             (G1, "产出指标", "数量指标", "配备基本医疗设备台（套）数", "≥120台（套）", "126台（套）", 8, 8, ""),
             (G1, "产出指标", "质量指标", "建设工程验收合格率", "100%", "100%", 8, 8, ""),
             (G1, "产出指标", "时效指标", "项目完工时间", "2021年11月底前", "2021年12月20日", 6, 4,
              "受台风天气影响工期延后，扣2分"),
             (G1, "产出指标", "成本指标", "村卫生室建设每家补助标准", "≤30万元", "30万元", 8, 8, ""),
             (G2, "产出指标", "数量指标", "乡村医生培训人次", "≥300人次", "312人次", 8, 8, ""),
             (G2, "效益指标", "社会效益指标", "基层诊疗量占比", "≥65%", "66.8%", 8, 8, ""),
             (G2, "效益指标", "社会效益指标", "家庭医生签约服务覆盖率", "≥60%", "63.5%", 8, 6, ""),  # PLANT TARGET_MET_POINTS_LOST
             (G2, "效益指标", "社会效益指标", "乡镇卫生院医生下沉坐诊天数", "≥96天", "102天", 8, 8, ""),
             (G4, "效益指标", "可持续影响指标", "基层医疗服务长效机制", "健全", "基本健全", 8, 7,
              "村医队伍老龄化，人员稳定机制待完善"),
             (G4, "满意度指标", "服务对象满意度指标", "群众就医满意度", "≥90%", "87%", 10, 7, "每低1个百分点扣1分")]
    full = [(None, "", "", "年度资金总额", "", f"{rate:.2f}%", 10, bs, "")] + rows9
    assert s2([r[1:] for r in full], 5) == 100
    total = s2([r[1:] for r in full], 6)
    assert total >= 90

    def v(x):
        return None if x in ("", None) else x
    grows9 = [row(v(l1), v(l2), l3, v(t), v(a), w, s, goal=gl) for gl, l1, l2, l3, t, a, w, s, _ in full]
    g = with_project(gold(None, dept, 2021, "COUNTY", "海南省", "SELF_EVALUATION", None, total, 100, "优",
                          budget(ia, aa, ea, rate), [], grows9), proj, unit)
    T = Tab(9)
    T.add(["项目名称", proj, "", "", "", "", "", "", ""], [(1, 8)])
    T.add(["主管部门", dept, "", "", "实施单位", unit, "", "", ""], [(1, 3), (5, 8)])
    T.add(["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""], [(0, 1), (7, 8)])
    T.add(["年度资金总额", "", f"{ia:,.2f}", f"{aa:,.2f}", f"{ea:,.2f}", "10", f"{rate:.2f}%", fmt(bs), ""],
          [(0, 1), (7, 8)])
    for name, i_, a_, e_ in funds:
        T.add([f"其中：{name}", "", f"{i_:,.2f}", f"{a_:,.2f}", f"{e_:,.2f}", "—", f"{pct(e_, a_):.2f}%", "—", ""],
              [(0, 1), (7, 8)])
    T.add(["年度总体目标", "", "完成8家村卫生室标准化建设并配备基本医疗设备；培训乡村医生300人次以上，推动乡镇卫生院医生下沉；"
           "家庭医生签约服务覆盖率达到60%以上，群众就医满意度达到90%以上。", "", "", "", "", "", ""], [(0, 1), (2, 8)])
    T.add(["绩效目标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"])
    st = len(T.rows)
    for gl, l1, l2, l3, t, a, w, s, n in rows9:
        T.add([gl, l1, l2, l3, t, a, fmt(w), fmt(s), n])
    T.merges += group_merges(T.rows, [0, 1, 2], st)
    T.add(["总分", "", "", "", "", "", "100", fmt(total), "自评等级：优"], [(0, 5)])
    tt = styled(Table(T.rows, T.merges), [3.6, 1.8, 2.0, 3.4, 2.0, 2.2, 1.1, 1.1, 3.2], header_rows=0)
    blocks = [Title("项目支出绩效自评表"), "（2021年度）", tt,
              "填表说明：1.年度资金总额得分=执行率×10，保留两位小数；2.实际完成值达到年度指标值的得满分；满意度每低于指标值"
              "1个百分点扣1分；时效、定性指标未达到的酌情扣分；3.自评等级" + BANDS,
              "填报单位（盖章）：海口市秀英区卫生健康委员会　　填报人：符海燕　　审核人：王家明　　填报日期：2022年3月30日"]
    f3 = funds[2]
    fnd = [F("GOAL_LABELS", "绩效目标", "目标一：… 目标二：… 目标四：…", "目标一, 目标二, 目标四", "目标一, 目标二, 目标三",
             "HIGH", "WARNING",
             "the 绩效目标 column numbers its goals 目标一, 目标二, 目标四: 目标三 is missing (the 年度总体目标 lists no "
             "separate third goal either)"),
           F("TARGET_MET_POINTS_LOST", "家庭医生签约服务覆盖率", "家庭医生签约服务覆盖率 | ≥60% | 63.5% | 8 | 6 |",
             "6", "8", "HIGH", "WARNING",
             "63.5% meets ≥60% (填表说明 2: 达到年度指标值的得满分), yet 2 points lost with the 偏差原因 cell blank"),
           F("SPENDING_OVER_BUDGET", "区级配套资金",
             f"其中：区级配套资金 | {f3[1]:,.2f} | {f3[2]:,.2f} | {f3[3]:,.2f} | — | {pct(f3[3], f3[2]):.2f}% | —",
             f"{f3[3]:,.2f}万元", f"≤ {f3[2]:,.2f}万元", "HIGH", "WARNING",
             f"the 区级配套资金 line spends {f3[3]:,.2f} against a 全年预算数 of {f3[2]:,.2f} (its "
             f"{pct(f3[3], f3[2]):.2f}% is arithmetically right); the 年度资金总额 stays under budget ({rate:.2f}%)")]
    return {"stem": "h203_xiuying_weijian", "format": "odt", "page": "A4L", "blocks": blocks, "gold": g,
            "findings": fnd,
            "traps": [f"执行率 {ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% × 10 = {rate / 10:.4f} printed {fmt(bs)} (rounding)",
                      "the three fund lines add to the 年度资金总额 in every column; 中央 and 省级 under budget",
                      "村卫生室标准化建设数量 8 vs ≥8家 and 每家补助标准 30 vs ≤30万元 (met exactly)",
                      "项目完工时间 12月20日 vs 11月底前 −2 with a reason (judgement, late)",
                      "群众就医满意度 87%: 10 − 3 → 7 (printed rule)",
                      "基层医疗服务长效机制 基本健全 −1 with a reason (judgement)"]}


ALL.append(h203())


# ---------------------------------------------------------------- rendering beyond heldout14.render

def docx_post(path, rep):
    """h200: the 一级 cells of each table written vertically (w:textDirection tbRlV), rows kept whole."""
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    doc = Document(path)
    tabs = [b for b in rep["blocks"] if isinstance(b, Table)]
    for t, dt in zip(tabs, doc.tables):
        for r in dt.rows:
            trpr = r._tr.get_or_add_trPr()
            trpr.append(OxmlElement("w:cantSplit"))
        for r0 in getattr(t, "vertical", []):
            tc = dt.rows[r0].cells[0]._tc
            tcpr = tc.get_or_add_tcPr()
            el = OxmlElement("w:textDirection")
            el.set(qn("w:val"), "tbRlV")
            va = tcpr.find(qn("w:vAlign"))
            if va is not None:
                va.addprevious(el)
            else:
                tcpr.append(el)
    doc.save(path)
    H.A.normalize_zip(path)


def xlsx_cache(path, formulas):
    """openpyxl writes formulas without results: put the cached values in (as Excel stores them)."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    done = set()
    for name, data in items:
        if name.startswith("xl/worksheets/sheet"):
            s = data.decode("utf-8")
            for ref, val in formulas.items():
                pat = re.compile(r'(<c r="' + ref + r'"[^>]*>)(<f>[^<]*</f>)(<v\s*/>|<v></v>)?')
                s, k = pat.subn(lambda mo: mo.group(1) + mo.group(2) + f"<v>{fmt(val)}</v>", s)
                if k:
                    done.add(ref)
            data = s.encode("utf-8")
        out.append((name, data))
    assert done == set(formulas), set(formulas) - done
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in out:
            z.writestr(name, data)
    H.A.normalize_zip(path)


def render(rep, work):
    stem, ext = rep["stem"], rep["format"]
    dest = os.path.join(H.OUT, f"{stem}.{ext}")
    if stem.startswith("h200"):
        src = os.path.join(work, stem + ".docx")
        H.A.write_docx(rep["blocks"], src, False)
        docx_post(src, rep)
        H.A.soffice(src, "pdf:writer_pdf_Export", work)
        shutil.move(os.path.join(work, stem + ".pdf"), dest)
        return dest
    if ext == "odt":
        src = os.path.join(work, stem + ".docx")
        H.A.write_docx(rep["blocks"], src, rep.get("page") == "A4L")
        H.A.soffice(src, "odt:writer8", work)
        shutil.move(os.path.join(work, stem + ".odt"), dest)
        return dest
    dest = H.render(rep, work)
    if "formulas" in rep:
        xlsx_cache(dest, rep["formulas"])
    return dest


def main(argv):
    work = tempfile.mkdtemp(prefix="heldout29_")
    try:
        for rep in ALL:
            if argv and not any(rep["stem"].startswith(a) for a in argv):
                continue
            golds = write_gold(rep)
            dest = render(rep, work)
            print(os.path.basename(dest), sum(len(g["indicators"]) for g in golds), "rows, totals",
                  [g["totalScore"] for g in golds], "planted:", ", ".join(x["kind"] for x in rep["findings"]))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
