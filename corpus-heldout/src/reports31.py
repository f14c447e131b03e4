#!/usr/bin/python3
"""Round 31 (h209–h213): issue-9 layouts not used before, each with PLANTED issue-10 problems, made apart from the
code by the corpus31 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report
whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports31.py [h209 …]
(needs python-docx, openpyxl, reportlab and LibreOffice: h209 RTF and h212 DOC from python-docx through LibreOffice,
h210 ODS and h213 XLS from openpyxl through LibreOffice; h211 is drawn with reportlab.)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, note).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from heldout import Table, Title, PageBreak, fmt, budget, gold, row  # noqa: E402
from reports3_a import Num  # noqa: E402
from reports4 import styled, pct, F  # noqa: E402
from reports22 import s2, r2, with_project, grows, Tab, run  # noqa: E402

ALL = []
BANDS = "90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。"
FW = str.maketrans("0123456789.", "０１２３４５６７８９．")


def fw(x):
    """a figure typed with the full-width input method: “９．５３”"""
    return fmt(x).translate(FW)


def sections(ind, names):
    return [(n, s2([r for r in ind if r[0] == n], 5), s2([r for r in ind if r[0] == n], 6)) for n in names]


def group_spans(ind, col, start):
    """(first, last) sheet/table rows of runs of equal 一级 (col 0) or 一级+二级 (col 1)"""
    out, i = [], 0
    while i < len(ind):
        j = i
        while j + 1 < len(ind) and ind[j + 1][0] == ind[i][0] and (col == 0 or ind[j + 1][1] == ind[i][1]):
            j += 1
        out.append((start + i, start + j))
        i = j + 1
    return out


# ============================================================ h209 南京市江宁区交通运输局 (RTF, 项目 form, 分 suffixes, full-width digits)

def h209():
    dept = "南京市江宁区交通运输局"
    unit = "南京市江宁区公路事业发展中心"
    proj = "江宁区2023年农村公路提档升级工程"
    ia, aa, ea = 1850.00, 2060.00, 1947.26
    aa_q, aa_d = 1260.00, 800.00  # 其中：区级财政资金 / 上级补助资金 (全年)
    ia_q, ia_d = 1250.00, 600.00
    ea_q, ea_d = 1183.40, 763.86
    assert r2(aa_q + aa_d) == aa and r2(ia_q + ia_d) == ia and r2(ea_q + ea_d) == ea
    rate = pct(ea, aa)  # 94.53
    bs_true = r2(rate / 10)  # 9.45
    bs = 9.53  # PLANT BUDGET_ROW_SCORE: 94.53% × 10 = 9.45 (printed rule), printed ９．５３分
    ind = [("产出指标", "数量指标", "农村公路提档升级里程（公里）", "≥45", "46.2", 10, 10, ""),
           ("产出指标", "数量指标", "危桥改造（座）", "≥6", "6", 8, 8, ""),
           ("产出指标", "数量指标", "新增港湾式停靠站（个）", "≥30", "26", 8, 8, ""),  # PLANT TARGET_MISSED_FULL_MARKS
           ("产出指标", "质量指标", "交工验收合格率", "100%", "100%", 8, 8, ""),
           ("产出指标", "质量指标", "优良中等路率", "≥85%", "87.6%", 6, 6, ""),
           ("产出指标", "时效指标", "工程按期完工率", "≥95%", "92%", 6, 4.5, "3条道路受管线迁改影响延期，扣1.5分"),
           ("产出指标", "成本指标", "每公里提档升级成本（万元/公里）", "≤42", "40.8", 6, 6, ""),
           ("效益指标", "社会效益指标", "沿线受益人口（万人）", "≥8", "8.6", 8, 8, ""),
           ("效益指标", "社会效益指标", "农村客运班线通达率", "100%", "100%", 6, 6, ""),
           ("效益指标", "生态效益指标", "施工扬尘污染投诉（起）", "≤3", "2", 6, 6, ""),
           ("效益指标", "可持续影响指标", "农村公路管养长效机制", "健全", "基本健全", 8, 7,
            "部分街道养护资金配套未到位，扣1分"),
           ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "93.2%", 10, 10, "")]
    full = [("", "", "年度资金总额", "", f"{rate:.2f}%", 10, bs, "")] + ind
    assert s2(full, 5) == 100
    total = s2(full, 6)  # 97.03 = rows with the printed 9.53
    g = with_project(gold(None, dept, 2023, "COUNTY", "江苏省", "SELF_EVALUATION", None, total, 100, "优",
                          budget(ia, aa, ea, rate), [], grows(full)), proj, unit)
    # goals: the third is labelled 目标2 again
    goals = [("目标1", "完成农村公路提档升级46公里以上（计划45公里），改造危桥6座，新增港湾式停靠站30个；"),
             ("目标2", "提档升级路段交工验收合格率100%，优良中等路率达到85%以上，工程按期完工率95%以上；"),
             ("目标2", "改善沿线8万以上群众出行条件，农村客运班线通达率保持100%，群众满意度90%以上。")]  # PLANT GOAL_LABELS
    goal_text = "".join(f"{k}：{v}" for k, v in goals)
    C = Tab(9)
    C.add(["项目名称", proj, "", "", "", "", "", "", ""], [(1, 8)])
    C.add(["主管部门", dept, "", "", "实施单位", unit, "", "", ""], [(1, 3), (5, 8)])
    C.add(["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""],
          [(0, 1), (7, 8)])
    C.add(["年度资金总额", "", f"{ia:,.2f}", f"{aa:,.2f}", f"{ea:,.2f}", "10分", f"{rate:.2f}%", f"{fw(bs)}分", ""],
          [(0, 1), (7, 8)])
    C.add(["其中：区级财政资金", "", f"{ia_q:,.2f}", f"{aa_q:,.2f}", f"{ea_q:,.2f}", "—", f"{pct(ea_q, aa_q):.2f}%",
           "—", ""], [(0, 1), (7, 8)])
    C.add(["上级补助资金", "", f"{ia_d:,.2f}", f"{aa_d:,.2f}", f"{ea_d:,.2f}", "—", f"{pct(ea_d, aa_d):.2f}%", "—", ""],
          [(0, 1), (7, 8)])
    C.add(["年度总体目标", goal_text, "", "", "", "", "", "", ""], [(1, 8)])
    hdr = C.add(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", ""],
                [(7, 8)])
    first = hdr + 1
    for k, (l1, l2, l3, t, a, w, s, n) in enumerate(ind):
        # WPS full-width input in the 得分 column of every other row; 分值 always half-width with 分
        sc = f"{fw(s)}分" if k % 2 == 0 else f"{fmt(s)}分"
        C.add([l1, l2, l3, t, a, f"{fmt(w)}分", sc, n, ""], [(7, 8)])
    C.merges += [(a, 0, b, 0) for a, b in group_spans(ind, 0, first) if b > a]
    C.merges += [(a, 1, b, 1) for a, b in group_spans(ind, 1, first) if b > a]
    for a, b in group_spans(ind, 0, first):
        for r in range(a + 1, b + 1):
            C.rows[r][0] = ""
    for a, b in group_spans(ind, 1, first):
        for r in range(a + 1, b + 1):
            C.rows[r][1] = ""
    C.add(["总分", "", "", "", "", "100分", f"{fw(total)}分", "自评等级：优", ""], [(0, 4), (7, 8)])
    tc = styled(Table(C.rows, C.merges), [2.2, 2.4, 4.4, 2.0, 2.0, 1.5, 1.8, 3.6, 0.8], header_rows=0)
    blocks = [Title("项目支出绩效自评表"),
              "（2023年度）",
              "填报单位（盖章）：南京市江宁区公路事业发展中心　　　　　　　　　　　　金额单位：万元",
              tc,
              "评分说明：1.年度资金总额得分=执行率×10，保留两位小数；2.定量指标达到年度指标值的得满分，未达到的按完成比例计分；"
              "工程按期完工率每低于指标值1个百分点扣0.5分；3.定性指标根据完成情况酌情扣分并说明理由；4.自评等级：" + BANDS,
              "填报人：周××　　　联系电话：025-52×××××　　　填报日期：2024年4月8日"]
    fnd = [F("GOAL_LABELS", "年度总体目标",
             "年度总体目标 | 目标1：完成农村公路提档升级… 目标2：提档升级路段交工验收合格率100%… 目标2：改善沿线8万以上群众出行条件…",
             "目标1, 目标2, 目标2", "目标1, 目标2, 目标3", "HIGH", "WARNING",
             "the 年度总体目标 cell numbers its three goals 目标1, 目标2, 目标2: the third label repeats 目标2 "
             "(it should be 目标3)"),
           F("BUDGET_ROW_SCORE", "年度资金总额",
             f"年度资金总额 | {ia:,.2f} | {aa:,.2f} | {ea:,.2f} | 10分 | {rate:.2f}% | {fw(bs)}分", "9.53",
             f"{bs_true:.2f}", "HIGH", "ERROR",
             f"{ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% (printed right); the printed rule 执行率×10 gives {bs_true:.2f}, "
             f"the row prints ９．５３分 (full-width digits); the 总分 {fmt(total)} adds the printed 9.53"),
           F("TARGET_MISSED_FULL_MARKS", "新增港湾式停靠站（个）",
             "新增港湾式停靠站（个） | ≥30 | 26 | 8分 | ８分 |", "8", "< 8", "HIGH", "WARNING",
             f"26 of ≥30 is missed, yet full marks and no 偏差原因; the printed proportion rule gives "
             f"8 × 26 ÷ 30 = {8 * 26 / 30:.2f}")]
    return {"stem": "h209_jiangning_jiaotong", "format": "rtf", "page": "A4L", "blocks": blocks, "gold": g,
            "findings": fnd,
            "traps": [f"执行率 {ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% (right); 区级 + 上级 = 年度资金总额 in every column",
                      "危桥改造 6 vs ≥6 (met exactly); 每公里提档升级成本 40.8 vs ≤42 and 扬尘投诉 2 vs ≤3 (ceilings, met)",
                      "工程按期完工率 92% vs ≥95%: 6 − 1.5 → 4.5 (printed rule 每低1个百分点扣0.5分)",
                      "农村公路管养长效机制 基本健全 −1 with a reason (judgement)",
                      "得分 printed “８分”, “４．５分”, “９７．０３分” in full-width digits in places: the same numbers",
                      "总分 97.03 = rows (with the printed 9.53)"]}


ALL.append(h209())


# ============================================================ h210 通化市东昌区教育局 (ODS, 部门整体, value sheet and 评分表 sheet joined by 三级 name)

def h210():
    dept = "通化市东昌区教育局"
    ib_b, ib_p = 5400.00, 3100.00
    ab_b, ab_p = 5620.30, 3415.70
    eb_b, eb_p = 5648.12, 3180.44  # PLANT SPENDING_OVER_BUDGET: 基本支出 5,648.12 > 全年预算 5,620.30
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)  # 97.70
    bs = r2(rate * 8 / 100)  # 7.82
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 3, 3, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "明确", 3, 3, ""),
           ("决策", "预算编制", "预算编制科学性", "科学", "基本科学", 4, 3, "年中追加学生资助资金，预算编制不够精准，扣1分"),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 8, bs, "执行率×8"),
           ("过程", "预算执行", "结转结余控制率", "≤5%", "2.3%", 4, 4, ""),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 4, 4, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "规范", 4, 4, ""),
           ("产出", "数量指标", "义务教育巩固率", "≥98%", "99.1%", 8, 8, ""),
           ("产出", "数量指标", "学前三年毛入园率", "≥92%", "92%", 8, 8, ""),
           ("产出", "数量指标", "校舍维修改造面积（平方米）", "≥12000", "12650", 8, 8.5, ""),  # PLANT ROW_SCORE_OVER_WEIGHT
           ("产出", "质量指标", "教师培训合格率", "≥95%", "96.4%", 8, 8, ""),
           ("产出", "时效指标", "学生资助资金发放及时率", "100%", "97%", 8, 5, "每低1个百分点扣1分，扣3分"),
           ("效益", "社会效益", "学生体质健康达标率", "≥92%", "93.5%", 10, 10, ""),
           ("效益", "可持续影响", "控辍保学长效机制", "健全", "健全", 10, 10, ""),
           ("效益", "满意度", "家长满意度", "≥90%", "91.8%", 10, 10, "")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)  # 96.32
    secs = sections(ind, ["决策", "过程", "产出", "效益"])
    sec_by = {n: (w, s) for n, w, s in secs}
    assert sec_by["过程"][1] == 19.82
    gc_p = 19.28  # PLANT SECTION_VS_ROWS: 过程 rows 7.82 + 4 + 4 + 4 = 19.82, the 评分表 小计 prints 19.28
    secs_p = [(n, w, gc_p if n == "过程" else s) for n, w, s in secs]
    g = gold(None, dept, 2022, "COUNTY", "吉林省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), secs_p, grows(ind))
    money = "#,##0.00"
    # sheet 1: 预算执行
    B = Tab(6)
    B.add([f"{dept}2022年度部门整体支出绩效自评表"], [(0, 5)])
    B.add(["表一　部门预算执行情况", "", "", "", "", "金额单位：万元"], [(0, 4)])
    B.add(["项目", "年初预算数", "全年预算数", "全年执行数", "执行率", "备注"])
    for lab, i_, a_, e_ in (("合计", ib, ab, eb), ("其中：基本支出", ib_b, ab_b, eb_b), ("项目支出", ib_p, ab_p, eb_p)):
        B.add([lab, Num(i_, money), Num(a_, money), Num(e_, money), f"{pct(e_, a_):.2f}%",
               "人员经费增支" if lab == "其中：基本支出" else ""])
    B.add([f"填报单位（盖章）：{dept}"], [(0, 5)])
    tb = styled(Table(B.rows, B.merges), [18, 14, 14, 14, 10, 16], first_table_row=2)
    # sheet 2: 指标完成情况 (no scores)
    V = Tab(6)
    V.add(["表二　绩效指标完成情况"], [(0, 5)])
    V.add(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差原因分析"])
    first = 2
    for l1, l2, l3, t, a, w, s, n in ind:
        dev = {"学生资助资金发放及时率": "部分学生银行卡信息有误，退回后重新发放",
               "预算编制科学性": "年中追加学生资助资金"}.get(l3, "")
        V.add([l1, l2, l3, t, a, dev])
    V.merges += [(a, 0, b, 0) for a, b in group_spans(ind, 0, first) if b > a]
    V.merges += [(a, 1, b, 1) for a, b in group_spans(ind, 1, first) if b > a]
    tv = styled(Table(V.rows, V.merges), [10, 12, 28, 12, 12, 34], first_table_row=1)
    # sheet 3: 评分表 (三级 name only, 一级 as group lines carrying the 小计)
    S = Tab(5)
    S.add(["表三　绩效自评评分表"], [(0, 4)])
    S.add(["序号", "三级指标", "分值", "得分", "扣分说明"])
    cn = {"决策": "一", "过程": "二", "产出": "三", "效益": "四"}
    k = 0
    for n, w, s in secs_p:
        S.add([f"{cn[n]}、{n}指标（小计）", "", Num(w), Num(s), ""], [(0, 1)])
        for l1, l2, l3, t, a, ww, ss, note in ind:
            if l1 == n:
                k += 1
                S.add([Num(k), l3, Num(ww), Num(ss), note])
    S.add(["合计", "", Num(100), Num(total), ""], [(0, 1)])
    S.add(["自评等级", "", "优", "", ""], [(0, 1), (2, 4)])
    S.add(["说明：1.预算执行率得分=执行率×8，保留两位小数；2.定量指标达到年度指标值的得满分，学生资助资金发放及时率每低于指标值1个"
           "百分点扣1分；3.定性指标酌情扣分；4.自评等级：" + BANDS], [(0, 4)])
    S.add(["填表人：孙××　　审核人：王××　　填报日期：2023年3月20日"], [(0, 4)])
    ts = styled(Table(S.rows, S.merges), [10, 30, 8, 8, 36], first_table_row=1)
    fnd = [F("ROW_SCORE_OVER_WEIGHT", "校舍维修改造面积（平方米）",
             "10 | 校舍维修改造面积（平方米） | 8 | 8.5 |", "8.5", "≤ 8", "HIGH", "ERROR",
             "表三 gives the row 得分 8.5 above its 分值 8 (no bonus rule printed; 表二: 12650 vs ≥12000); the 产出 小计 "
             "37.5 and the 合计 96.32 include it"),
           F("SECTION_VS_ROWS", "过程", "二、过程指标（小计） | 20 | 19.28", "19.28", "19.82", "HIGH", "ERROR",
             f"表三 过程 rows {fmt(bs)} + 4 + 4 + 4 = 19.82, the 小计 line prints 19.28 (digits swapped); the 合计 "
             f"{fmt(total)} = rows (the other 小计 lines are right)"),
           F("SPENDING_OVER_BUDGET", "基本支出",
             f"其中：基本支出 | {ib_b:,.2f} | {ab_b:,.2f} | {eb_b:,.2f} | {pct(eb_b, ab_b):.2f}%",
             f"{eb_b:,.2f}万元", f"≤ {ab_b:,.2f}万元", "HIGH", "WARNING",
             f"表一: 基本支出 spent {eb_b:,.2f} against a 全年预算 of {ab_b:,.2f} ({pct(eb_b, ab_b):.2f}%, printed "
             f"right; 备注 人员经费增支); the 合计 {eb:,.2f} stays under {ab:,.2f}")]
    return {"stem": "h210_dongchang_jiaoyu", "format": "ods",
            "sheets": [("表一预算执行", tb), ("表二指标完成", tv), ("表三评分表", ts)], "gold": g, "findings": fnd,
            "traps": [f"执行率 {eb:,.2f} ÷ {ab:,.2f} = {rate:.2f}% × 8 = {rate * 8 / 100:.4f} printed {fmt(bs)}",
                      "parts add up in every column of 表一; 项目支出 under budget",
                      "学前三年毛入园率 92% vs ≥92% (met exactly); 结转结余控制率 2.3% vs ≤5% (a ceiling, met)",
                      "学生资助资金发放及时率 97% vs 100%: 8 − 3 → 5 (printed rule)",
                      "预算编制科学性 基本科学 −1 with a reason (judgement)",
                      "决策 10/9, 产出 40/37.5, 效益 30/30 小计 right; 合计 96.32 = rows",
                      "表二 and 表三 are joined by the 三级 name (表三 has no 一级/二级 columns; 序号 runs 1–15)"]}


ALL.append(h210())


# ============================================================ h211 吴忠市利通区自然资源局 (PDF drawn, two-column prose + full-width table)

def h211():
    dept = "吴忠市利通区自然资源局"
    ib = 3120.00
    ab_b, ab_p = 1652.30, 1834.20
    eb_b, eb_p = 1640.85, 1686.33
    ab, eb = r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    bs = r2(rate / 10)
    assert rate == 95.43
    rate_f = 97.43  # PLANT FORMULA: 3,327.18 ÷ 3,486.50 = 95.43%, the formula in 二 prints 97.43%
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 5, 5, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "明确", 5, 5, ""),
           ("决策", "预算编制", "预算编制科学性", "科学", "基本科学", 5, 4, "年中追加耕地保护补偿资金，扣1分"),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, ""),
           ("过程", "预算执行", "政府采购执行率", "100%", "100%", 5, 5, ""),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 5, 5, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 5, 4, "部分闲置设备未及时处置，扣1分"),
           ("产出", "数量指标", "不动产登记发证（件）", "≥12000", "12680", 8, 8, ""),  # PLANT SAME_FIGURE_DIFFERS (prose 12,860)
           ("产出", "数量指标", "耕地保护动态巡查（次）", "≥24", "24", 7, 7, ""),
           ("产出", "数量指标", "新增造林面积（万亩）", "≥1.2", "1.26", 7, 7, ""),
           ("产出", "质量指标", "测绘成果质量合格率", "100%", "100%", 7, 7, ""),
           ("产出", "时效指标", "用地审批办结时限（个工作日）", "≤20", "18", 6, 6, ""),
           ("效益", "社会效益", "耕地保有量（万亩）", "≥78.5", "78.62", 8, 8, ""),
           ("效益", "生态效益", "森林覆盖率", "≥11.2%", "11.0%", 7, 5, "每低0.1个百分点扣1分，扣2分"),
           ("效益", "满意度", "服务对象满意度", "≥90%", "84%", 10, 4, "每低1个百分点扣1分，扣6分")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)
    assert 80 <= total < 90, total
    grade_p = "优"  # PLANT GRADE_OUTSIDE_BANDS: the total lies in the 良 band (80–90)
    # PLANT FORMULA: the printed formula's result rate_f is not ab ÷ eb
    assert abs(rate_f - rate) > 0.5
    secs = sections(ind, ["决策", "过程", "产出", "效益"])
    g = gold(None, dept, 2024, "COUNTY", "宁夏回族自治区", "SELF_EVALUATION", None, total, 100, grade_p,
             budget(ib, ab, eb, rate_f, ab_b, eb_b, ab_p, eb_p), [], grows(ind))
    formula = f"预算执行率=全年支出÷全年预算×100%={eb:,.2f}÷{ab:,.2f}×100%={rate_f:.2f}%"
    left = [("H", "一、部门基本情况"),
            ("P", f"{dept}是利通区人民政府工作部门，主要负责全区自然资源调查监测评价、自然资源统一确权登记、国土空间"
                  "规划编制和用途管制、耕地保护、林业草原资源管理等工作。内设办公室、国土空间规划股、耕地保护监督股、"
                  "不动产登记股等7个股室，下属事业单位2个（不动产登记中心、林业和草原工作站）。2024年末编制人数86人，"
                  "实有人数81人。"),
            ("H", "二、部门预算执行情况"),
            ("P", f"2024年年初预算{ib:,.2f}万元，全年预算{ab:,.2f}万元，其中基本支出{ab_b:,.2f}万元、项目支出"
                  f"{ab_p:,.2f}万元。全年支出{eb:,.2f}万元，其中基本支出{eb_b:,.2f}万元、项目支出{eb_p:,.2f}万元。"),
            ("P", formula + "。"),
            ("P", "项目支出未全部执行的主要原因是部分国土空间生态修复项目跨年实施，资金按进度拨付。")]
    right = [("H", "三、绩效目标完成情况"),
             ("P", "（一）不动产登记服务。全年完成不动产登记发证12,860件，办理抵押登记3,420件，“交地即交证”"
                   "实现常态化。"),  # PLANT SAME_FIGURE_DIFFERS: the table prints 12680
             ("P", "（二）耕地保护。开展耕地保护动态巡查24次，耕地保有量78.62万亩，完成上级下达的保护任务。"),
             ("P", "（三）林业生态建设。新增造林1.26万亩，森林覆盖率11.0%，受干旱影响未达到11.2%的年度目标。"),
             ("P", "（四）服务质量。建设项目用地审批平均18个工作日办结。服务对象满意度调查84%，较上年有所下降。"),
             ("H", "四、自评结论"),
             ("P", f"按照部门整体支出绩效评价指标体系，本部门2024年度自评得分{fmt(total)}分，自评等级为“{grade_p}”"
                   f"（{BANDS.rstrip('。')}）。各项指标得分情况见附表。")]
    after = [("H", "五、存在的问题及改进措施"),
             ("P", "一是预算编制的精准性有待提高，年中追加资金较多；二是服务对象满意度下降，群众反映不动产登记窗口"
                   "高峰期排队时间较长。下一步，将加强项目前期论证，提高预算编制质量；推行不动产登记“一窗受理”和"
                   "预约服务，提升群众满意度。"),
             ("H", "六、自评结果应用"),
             ("P", "自评结果将作为2025年预算安排和政策调整的重要依据，并按规定在区政府门户网站公开。")]
    fnd = [F("FORMULA", "预算执行率", formula, f"{rate_f:.2f}%", f"{rate:.2f}%", "HIGH", "ERROR",
             f"{eb:,.2f} ÷ {ab:,.2f} = {rate:.2f}%, the formula in 二 prints {rate_f:.2f}%; the 自评表's 预算执行率 row "
             f"prints the right {rate:.2f}% and scores {fmt(bs)} on it (one problem: the formula's arithmetic)"),
           F("SAME_FIGURE_DIFFERS", "不动产登记发证（件）",
             "全年完成不动产登记发证12,860件 … | 不动产登记发证（件） | ≥12000 | 12680 | 8 | 8", "12,860件", "12,680件",
             "HIGH", "WARNING",
             "三 (prose) prints 12,860件, the 自评表 12680 (digits swapped); both meet ≥12000, so the score is not "
             "affected, but one of the two figures is wrong"),
           F("GRADE_OUTSIDE_BANDS", "自评等级",
             f"自评得分{fmt(total)}分，自评等级为“优”（90分（含）以上为“优”，80分（含）至90分为“良”…）", "优", "良",
             "HIGH", "ERROR",
             f"{fmt(total)} (= rows) lies in the report's own 80–90 band, 良; printed 优 (in 四 and the 自评等级 row)")]
    meta = dict(dept=dept, left=left, right=right, after=after, ind=ind, total=total, grade=grade_p)
    return {"stem": "h211_litong_ziranziyuan", "format": "pdf", "draw": draw211, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": [f"预算执行率 row {rate:.2f}% × 10 = {rate / 10:.4f} printed {fmt(bs)} (the right rate)",
                      "基本 + 项目 = 全年 for budget and spending, both under budget",
                      "耕地保护动态巡查 24 vs ≥24 (met exactly); 用地审批办结时限 18 vs ≤20 (a ceiling, met)",
                      "森林覆盖率 11.0% vs ≥11.2%: 7 − 2 → 5; 满意度 84%: 10 − 6 → 4 (printed rules)",
                      "预算编制科学性 −1, 资产管理规范性 −1 with reasons (judgement)",
                      "the prose is set in two columns: lines of the left and right columns sit side by side",
                      f"合计 {fmt(total)} = rows"]}


def draw211(rep, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    font = "STSong-Light"
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    M = rep["meta"]
    W, Hh = A4
    L, R = 42, A4[0] - 42
    gap = 18
    colw = (R - L - gap) / 2
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    for setter in (c.setTitle, c.setAuthor, c.setCreator, c.setProducer):
        setter("")
    page = [1]

    def footer():
        c.setFont(font, 8)
        c.drawCentredString(W / 2, 26, f"— {page[0]} —")

    def wrap(text, width, size, indent=2):
        """Chinese line breaking as a word processor does it: a run of digits/Latin is never split, and closing
        punctuation never starts a line (it hangs at the end of the line before)."""
        import re
        tokens = re.findall(r"[0-9A-Za-z.,%\-]+|.", text)
        out, cur = [], "　" * indent
        for tok in tokens:
            if pdfmetrics.stringWidth(cur + tok, font, size) > width and cur.strip() and tok not in "，。；、）”：":
                out.append(cur)
                cur = tok
            else:
                cur += tok
        if cur:
            out.append(cur)
        return out

    def column(items, x, y, size=9.5, lead=14.5):
        for kind, t in items:
            if kind == "H":
                y -= 4
                c.setFont(font, size + 0.5)
                c.drawString(x, y, t)
                y -= lead + 1
            else:
                c.setFont(font, size)
                for ln in wrap(t, colw, size):
                    c.drawString(x, y, ln)
                    y -= lead
        return y

    y = Hh - 60
    c.setFont(font, 15)
    c.drawCentredString(W / 2, y, f"{M['dept']}")
    y -= 22
    c.drawCentredString(W / 2, y, "2024年度部门整体支出绩效自评报告")
    y -= 30
    c.setLineWidth(0.4)
    yl = column(M["left"], L, y)
    yr = column(M["right"], L + colw + gap, y)
    c.line(L + colw + gap / 2, y + 10, L + colw + gap / 2, min(yl, yr) + 8)  # column rule
    y = min(yl, yr) - 14
    footer()
    c.showPage()
    page[0] += 1
    # page 2: the full-width table
    y = Hh - 56
    c.setFont(font, 12)
    c.drawCentredString(W / 2, y, f"附表　{M['dept']}2024年度部门整体支出绩效自评表")
    y -= 22
    widths = [34, 50, 128, 50, 50, 30, 36, 133]
    xs = [L]
    for w_ in widths:
        xs.append(xs[-1] + w_)
    xs[-1] = R
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "扣分原因"]
    rh = 17

    def cells(vals, y, size=8, top=None):
        c.setFont(font, size)
        for k, v in enumerate(vals):
            if not v:
                continue
            x0, x1 = xs[k], xs[k + 1]
            if k in (5, 6):
                c.drawCentredString((x0 + x1) / 2, y - rh + 5.5, v)
            else:
                c.drawString(x0 + 2.5, y - rh + 5.5, v)

    ytop = y
    c.setLineWidth(0.6)
    cells(head, y, 8.5)
    c.line(L, y, R, y)
    y -= rh
    c.line(L, y, R, y)
    ind = M["ind"]
    spans1 = group_spans(ind, 0, 0)
    spans2 = group_spans(ind, 1, 0)
    starts1 = {a for a, b in spans1}
    starts2 = {a for a, b in spans2}
    ends1 = {b for a, b in spans1}
    ends2 = {b for a, b in spans2}
    for i, (l1, l2, l3, t, a, w, s, n) in enumerate(ind):
        cells([l1 if i in starts1 else "", l2 if i in starts2 else "", l3, t, a, fmt(w), fmt(s), n], y,
              7.3 if len(n) > 17 else 8)
        y -= rh
        c.line(xs[2] if i not in ends2 else (xs[1] if i not in ends1 else L), y, R, y)
    cells(["合计", "", "", "", "", "100", fmt(M["total"]), ""], y)
    y -= rh
    c.line(L, y, R, y)
    cells(["自评等级", "", "", "", "", "", M["grade"], ""], y)
    y -= rh
    c.line(L, y, R, y)
    for k, x in enumerate(xs):
        c.line(x, ytop, x, y if k in (0, 6, 7, 8) else y + 2 * rh)
    y -= 16
    c.setFont(font, 8.5)
    for ln in ["说明：1.预算执行率得分=执行率×10，保留两位小数；2.定量指标达到年度指标值的得满分；森林覆盖率每低于目标值",
               "0.1个百分点扣1分，服务对象满意度每低于目标值1个百分点扣1分；3.定性指标根据完成情况酌情扣分，并说明理由。"]:
        c.drawString(L, y, ln)
        y -= 13
    y -= 16
    ya = y
    ya_l = column(M["after"][:2], L, ya)
    ya_r = column(M["after"][2:], L + colw + gap, ya)
    y = min(ya_l, ya_r) - 24
    c.setFont(font, 10)
    c.drawRightString(R, y, M["dept"])
    c.drawRightString(R, y - 16, "2025年4月20日")
    footer()
    c.showPage()
    c.save()


ALL.append(h211())


# ============================================================ h212 抚顺市顺城区 (DOC, third party, FOUR-level indicator appendix, header repeated over pages)

def h212():
    comm = "抚顺市顺城区财政局"
    dept = "抚顺市顺城区住房和城乡建设局"
    unit = "抚顺市顺城区城市更新服务中心"
    proj = "顺城区2022年城镇老旧小区改造项目"
    ev = "辽宁华信正达会计师事务所有限公司"
    ia, aa, ea = 4200.00, 4635.80, 4351.27
    rate = pct(ea, aa)
    bs = r2(rate * 5 / 100)
    # (一级, 二级, 三级, 四级, 分值, 评分标准, 目标值, 完成值, 得分, 扣分原因)
    T = [("决策", "项目立项", "立项规范性", "立项依据充分性", 2, "符合国家及省市老旧小区改造政策的得2分", "充分", "充分", 2, ""),
         ("决策", "项目立项", "立项规范性", "立项程序规范性", 2, "按规定程序申报、审批的得2分", "规范", "规范", 2, ""),
         ("决策", "绩效目标", "绩效目标质量", "绩效目标合理性", 2, "目标与改造任务相符的得2分", "合理", "合理", 2, ""),
         ("决策", "绩效目标", "绩效目标质量", "绩效指标明确性", 3, "指标细化、量化的得3分，每有1项未量化扣0.5分", "明确",
          "基本明确", 2, "2项效益指标未量化"),
         ("决策", "资金投入", "资金投入合理性", "预算编制科学性", 3, "预算经过论证、与改造内容匹配的得3分", "科学", "科学", 3, ""),
         ("决策", "资金投入", "资金投入合理性", "资金分配合理性", 3, "分配依据充分、额度合理的得3分", "合理", "合理", 3, ""),
         ("过程", "资金管理", "资金执行", "资金到位率", 5, "到位率100%得5分，每低1个百分点扣0.5分", "100%", "100%", 5, ""),
         ("过程", "资金管理", "资金执行", "预算执行率", 5, "得分=预算执行率×5，保留两位小数", "100%", f"{rate:.2f}%", bs, ""),
         ("过程", "资金管理", "资金使用", "资金使用合规性", 5, "无截留、挤占、挪用的得5分", "合规", "合规", 5, ""),
         ("过程", "组织实施", "制度建设", "管理制度健全性", 2, "建立项目、资金管理制度的得2分", "健全", "健全", 2, ""),
         ("过程", "组织实施", "制度建设", "制度执行有效性", 3, "招投标、监理、验收程序合规的得3分，发现问题酌情扣分", "有效",
          "基本有效", 2, "2个小区监理日志记录不完整"),
         ("产出", "产出数量", "改造任务", "老旧小区改造完成率", 10, "完成率100%得10分，按比例计分", "100%", "100%", 10, ""),  # PLANT NARRATIVE_NOT_DONE_FULL_MARKS
         ("产出", "产出数量", "改造任务", "改造建筑面积完成率", 8, "完成率100%得8分，按比例计分", "100%", "100%", 8, ""),
         ("产出", "产出质量", "工程质量", "竣工验收合格率", 8,
          "合格率≥95%得8分；85%（含）—90%得3分；85%以下不得分", "≥95%", "100%", 8, ""),  # PLANT MALFORMED_RULE
         ("产出", "产出时效", "工程进度", "按期完工率", 7, "每有1个小区未按期完工扣1分", "100%", "89.29%", 4,
          "3个小区未按期完工"),
         ("产出", "产出成本", "成本控制", "单位面积改造成本", 7, "不超过批复标准的得7分", "≤220元/平方米", "212元/平方米", 7, ""),
         ("效益", "项目效益", "社会效益", "受益居民户数", 8, "达到目标值的得8分，按比例计分", "≥1.2万户", "1.26万户", 8, ""),
         ("效益", "项目效益", "可持续影响", "长效管理机制", 7, "建立长效管理机制的得7分，酌情扣分", "健全", "基本健全", 6,
          "5个小区尚未引入物业服务"),
         ("效益", "满意度", "服务对象满意度", "居民满意度", 10, "≥90%得10分，每低1个百分点扣1分", "≥90%", "92.4%", 10, "")]
    ind = [(t[0], t[1], t[3], t[6], t[7], t[4], t[8], "") for t in T]
    assert s2(ind, 5) == 100
    rows_total = s2(ind, 6)
    total = r2(rows_total + 1)  # PLANT TOTAL_VS_ROWS: the 合计 omits the 制度执行有效性 deduction (−1)
    secs = sections(ind, ["决策", "过程", "产出", "效益"])
    g = with_project(gold(None, dept, 2022, "COUNTY", "辽宁省", "THIRD_PARTY_EVALUATION", ev, total, 100, "优",
                          budget(ia, aa, ea, rate), secs, grows(ind)), proj, unit)
    for r, t in zip(g["indicators"], T):
        assert r["level3"] == t[3]
    cn = {"决策": "一", "过程": "二", "产出": "三", "效益": "四"}
    summ = Tab(4)
    summ.add(["一级指标", "分值", "得分", "得分率"])
    for n, w, s in secs:
        summ.add([n, fmt(w), fmt(s), f"{s / w * 100:.2f}%"])
    summ.add(["合计", "100", fmt(total), f"{total:.2f}%"])
    ts = styled(Table(summ.rows, summ.merges), [3, 2, 2, 2], header_rows=1)
    A = Tab(10)
    A.add(["一级指标", "二级指标", "三级指标", "四级指标", "分值", "评分标准", "目标值", "完成值", "得分", "扣分原因"])
    for t in T:
        A.add([t[0], t[1], t[2], t[3], fmt(t[4]), t[5], t[6], t[7], fmt(t[8]), t[9]])
    for col, key in ((0, lambda t: t[0]), (1, lambda t: t[:2]), (2, lambda t: t[:3])):
        i = 0
        while i < len(T):
            j = i
            while j + 1 < len(T) and key(T[j + 1]) == key(T[i]):
                j += 1
            if j > i:
                A.merges.append((1 + i, col, 1 + j, col))
                for r in range(2 + i, 2 + j):
                    A.rows[r][col] = ""
            i = j + 1
    A.add(["合计", "", "", "", "100", "", "", "", fmt(total), "评价等级：优"], [(0, 3), (5, 7)])
    ta = styled(Table(A.rows, A.merges), [1.2, 1.6, 1.8, 2.6, 1.2, 4.6, 1.9, 2.1, 1.6, 2.6], header_rows=1)
    blocks = [Title(f"{proj}绩效评价报告"),
              f"委托单位：{comm}",
              f"评价机构：{ev}",
              "报告编号：辽华信绩评〔2023〕第017号",
              "报告日期：2023年6月30日",
              PageBreak(),
              f"{comm}：",
              f"受贵局委托，我公司对{proj}开展了绩效评价。评价工作依据《项目支出绩效评价管理办法》（财预〔2020〕10号），"
              "采用四级指标体系（一级指标4个、二级指标11个、三级指标13个、四级指标19个），通过资料核查、现场勘查和问卷调查"
              "等方式进行。现将评价情况报告如下：",
              "一、项目基本情况",
              f"（一）项目概况。项目主管部门为{dept}，实施单位为{unit}。2022年计划改造老旧小区28个，涉及楼栋196栋、"
              "建筑面积42.6万平方米、居民1.2万户，改造内容包括供水、排水、供热管网更新，外墙保温、屋面防水，以及小区道路、"
              "照明、停车设施和无障碍设施建设。",
              f"（二）资金情况。项目年初预算{ia:,.2f}万元，全年预算{aa:,.2f}万元（中央补助资金2,860.00万元、省级补助资金"
              f"615.80万元、区级配套资金1,160.00万元），实际支出{ea:,.2f}万元，预算执行率{rate:.2f}%。",
              "二、绩效评价结论",
              f"经综合评价，{proj}绩效评价得分{fmt(total)}分，评价等级为“优”。评价等级划分：{BANDS}"
              "各一级指标得分情况如下表：",
              ts,
              "三、绩效目标实现情况",
              "（一）产出情况。截至评价日，28个计划改造小区中已完成改造并通过竣工验收25个，其余3个小区（新华街道望花小区、"
              "河北街道北台小区、长春街道东山小区）因供热管网迁改未完成，尚未完工，计划2023年10月底前完成。已完工小区"
              "竣工验收合格率100%，改造建筑面积42.6万平方米（含在建小区已完成部分），单位面积改造成本212元/平方米。",
              "（二）效益情况。项目受益居民1.26万户，建立了“街道—社区—居民”共同参与的长效管理机制，但仍有5个小区尚未引入"
              "物业服务。问卷调查发放问卷500份，收回有效问卷487份，居民满意度92.4%。",
              "四、存在的问题",
              "一是部分绩效指标未量化，目标设定不够细化；二是3个小区未按期完工，工程进度管理有待加强；三是部分小区监理日志"
              "记录不完整，长效管理机制尚需完善。",
              "五、相关建议",
              "加强项目前期与管线产权单位的协调，倒排工期；完善监理管理；推动已改造小区引入专业化物业服务。",
              f"{ev}",
              "2023年6月30日",
              "附件：顺城区2022年城镇老旧小区改造项目绩效评价指标体系及评分表",
              ta,
              # a trailing paragraph: LibreOffice's Word 97 export drops a table that ends the document
              "注：四级指标为评分要点，评价得分按四级指标逐项评定；预算执行率得分保留两位小数。"]
    fnd = [F("TOTAL_VS_ROWS", "合计", f"合计 | 100 | {fmt(total)} | 评价等级：优", fmt(total), fmt(rows_total),
             "HIGH", "ERROR",
             f"the 19 四级 rows add to {fmt(rows_total)} (决策 14 + 过程 {fmt(secs[1][2])} + 产出 37 + 效益 24, the "
             f"summary table's section scores, all right), the appendix 合计, the summary table's 合计 line (with 得分率 94.69%) and 二 print {fmt(total)} (1 too many: as if the "
             "制度执行有效性 deduction were not taken)"),
           F("MALFORMED_RULE", "竣工验收合格率", "合格率≥95%得8分；85%（含）—90%得3分；85%以下不得分",
             "≥95%得8分；85%（含）—90%得3分", "no band for 90%–95%", "HIGH", "WARNING",
             "the bands leave a gap: a rate from 90% to under 95% scores nothing under the printed rule; the actual 100% "
             "is in the full-mark band, so the row's 8 follows the rule"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "老旧小区改造完成率",
             "28个计划改造小区中已完成改造并通过竣工验收25个，其余3个小区…尚未完工 | 老旧小区改造完成率 | 10 | 100% | 100% | 10",
             "10", "< 10", "HIGH", "WARNING",
             "三 says 25 of 28 小区 were finished (3 尚未完工; the 按期完工率 row itself prints 89.29% and loses 3), yet "
             f"the 完成率 row prints 100% and full marks; by its own 按比例 rule 10 × 25 ÷ 28 = {10 * 25 / 28:.2f}")]
    return {"stem": "h212_shuncheng_zhujian", "format": "doc", "page": "A4", "blocks": blocks, "gold": g,
            "findings": fnd,
            "traps": [f"预算执行率 {ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% × 5 = {rate * 5 / 100:.4f} printed {fmt(bs)}",
                      "资金来源 2,860.00 + 615.80 + 1,160.00 = 4,635.80 (right)",
                      "按期完工率 25 ÷ 28 = 89.29%: 7 − 3 → 4 (printed rule 每有1个小区未按期完工扣1分)",
                      "单位面积改造成本 212 vs ≤220 (a ceiling, met); 受益居民 1.26 vs ≥1.2万户",
                      "绩效指标明确性 −1 (2 items × 0.5, printed rule), 制度执行有效性 −1 and 长效管理机制 −1 with reasons",
                      "the summary table's section scores and 得分率 right (except its 合计 line = the planted total)",
                      "the appendix table runs over a page break with its header row repeated (w:tblHeader)"]}


ALL.append(h212())


# ============================================================ h213 天津市武清区农业农村委员会 (XLS, 项目 form, indicator table TRANSPOSED)

def h213():
    dept = "天津市武清区农业农村委员会"
    unit = "天津市武清区农业发展服务中心"
    proj = "武清区2024年农作物病虫害绿色防控项目"
    ia, aa, ea = 480.00, 520.00, 496.82
    rate = pct(ea, aa)  # 95.54
    bs = r2(rate / 10)  # 9.55
    ind = [("产出指标", "数量指标", "绿色防控示范区面积（万亩）", "≥5", "5.3", 10, 10, ""),
           ("产出指标", "数量指标", "统防统治服务面积（万亩）", "≥20", "20", 10, 10, ""),
           ("产出指标", "数量指标", "病虫害监测点（个）", "≥30", "31", 6, 6, ""),
           ("产出指标", "质量指标", "绿色防控技术到位率", "≥90%", "93.5%", 8, 6, ""),  # PLANT TARGET_MET_POINTS_LOST
           ("产出指标", "质量指标", "防控处理区病虫害损失率", "≤5%", "3.8%", 6, 6, ""),
           ("产出指标", "时效指标", "防控物资发放及时率", "≥95%", "91%", 6, 5, "部分物资招标延后"),  # PLANT RULE_SCORE
           ("产出指标", "成本指标", "亩均防控补助（元/亩）", "≤60", "58", 6, 6, ""),
           ("效益指标", "经济效益指标", "化学农药使用量减少率", "≥5%", "6.2%", 8, 8, ""),
           ("效益指标", "经济效益指标", "植保服务组织服务收入增长率", "≥10%", "100%（2023年0元）", 8, 8, ""),  # PLANT RATE_OVER_ZERO_BASE
           ("效益指标", "生态效益指标", "农药包装废弃物回收率", "≥80%", "76%", 6, 4, "部分镇回收点设置不足"),
           ("效益指标", "可持续影响指标", "绿色防控长效机制", "健全", "基本健全", 6, 5, "社会化服务组织培育尚在起步"),
           ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "92.6%", 10, 10, "")]
    full = [("", "", "年度资金总额", "", f"{rate:.2f}%", 10, bs, "")] + ind
    assert s2(full, 5) == 100
    total = s2(full, 6)  # 93.55
    g = with_project(gold(None, dept, 2024, "COUNTY", "天津市", "SELF_EVALUATION", None, total, 100, "优",
                          budget(ia, aa, ea, rate), [], grows(full)), proj, unit)
    n = len(ind)
    W = n + 1
    S = Tab(W)
    S.add(["项目支出绩效自评表"], [(0, W - 1)])
    S.add(["（2024年度）"], [(0, W - 1)])
    S.add([f"项目名称：{proj}", "", "", "", "", "", f"主管部门：{dept}", "", "", "", "", "", ""], [(0, 5), (6, W - 1)])
    S.add([f"实施单位：{unit}", "", "", "", "", "", "金额单位：万元", "", "", "", "", "", ""], [(0, 5), (6, W - 1)])
    money = "#,##0.00"
    S.add(["项目资金", "年初预算数", "", "全年预算数", "", "全年执行数", "", "分值", "", "执行率", "", "得分", ""],
          [(1, 2), (3, 4), (5, 6), (7, 8), (9, 10), (11, 12)])
    S.add(["年度资金总额", Num(ia, money), "", Num(aa, money), "", Num(ea, money), "", Num(10), "", f"{rate:.2f}%", "",
           Num(bs), ""], [(1, 2), (3, 4), (5, 6), (7, 8), (9, 10), (11, 12)])
    S.add(["年度总体目标", "建设绿色防控示范区5万亩以上，开展统防统治服务20万亩以上，设立病虫害监测点30个；防控处理区病虫害损失率"
           "控制在5%以内，化学农药使用量减少5%以上，种植户满意度达到90%以上。"] + [""] * (W - 2), [(1, W - 1)])
    labels = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    base = len(S.rows)
    for k, lab in enumerate(labels):
        vals = []
        for l1, l2, l3, t, a, w, s, note in ind:
            vals.append([l1, l2, l3, t, a, Num(w), Num(s), note][k])
        S.add([lab] + vals)
    # merge 一级 / 二级 runs ACROSS columns, blank the covered cells
    for k, col in ((0, 0), (1, 1)):
        for a, b in group_spans(ind, col, 1):
            if b > a:
                S.merges.append((base + k, a, base + k, b))
                for c in range(a + 1, b + 1):
                    S.rows[base + k][c] = ""
    S.add(["总分", Num(100), Num(total), "自评等级：优"] + [""] * (W - 4), [(3, W - 1)])
    S.add(["评分规则：1.年度资金总额得分=执行率×10，保留两位小数；2.定量指标达到年度指标值的得满分；防控物资发放及时率、农药包装"
           "废弃物回收率每低于指标值1个百分点扣0.5分；3.定性指标根据完成情况酌情扣分；4.自评等级：" + BANDS] + [""] * (W - 1),
          [(0, W - 1)])
    S.add(["填报人：刘××　　联系电话：022-29×××××　　填报日期：2025年3月26日"] + [""] * (W - 1), [(0, W - 1)])
    t = styled(Table(S.rows, S.merges), [13] + [12] * n, first_table_row=4)
    fnd = [F("RULE_SCORE", "防控物资发放及时率", "防控物资发放及时率 | ≥95% | 91% | 6 | 5 | 部分物资招标延后", "5", "4",
             "HIGH", "ERROR",
             "printed rule: 每低于指标值1个百分点扣0.5分; 95% − 91% = 4 points → 6 − 2 = 4, printed 5 (the 农药包装废弃物回收率 "
             "column applies the same rule right: 80% − 76% → 6 − 2 = 4)"),
           F("TARGET_MET_POINTS_LOST", "绿色防控技术到位率", "绿色防控技术到位率 | ≥90% | 93.5% | 8 | 6 |", "6", "8",
             "HIGH", "WARNING",
             "93.5% meets ≥90%, yet 2 points are taken off with no 偏差原因 given (the rule: 达到年度指标值的得满分)"),
           F("RATE_OVER_ZERO_BASE", "植保服务组织服务收入增长率",
             "植保服务组织服务收入增长率 | ≥10% | 100%（2023年0元） | 8 | 8", "100%", "— (base 0)", "HIGH", "WARNING",
             "a growth rate over a zero base (2023: 0元) is undefined, not 100%; the column takes full marks on it")]
    return {"stem": "h213_wuqing_nongye", "format": "xls", "sheets": [("自评表", t)], "gold": g, "findings": fnd,
            "traps": [f"执行率 {ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% × 10 = {rate / 10:.4f} printed {fmt(bs)}",
                      "统防统治服务面积 20 vs ≥20 (met exactly); 病虫害损失率 3.8% vs ≤5% and 亩均防控补助 58 vs ≤60 "
                      "(ceilings, met)",
                      "农药包装废弃物回收率 76% vs ≥80%: 6 − 2 → 4 (printed rule)",
                      "绿色防控长效机制 基本健全 −1 with a reason (judgement)",
                      "the table is transposed: one COLUMN per indicator, 一级/二级 merged ACROSS columns",
                      f"总分 {fmt(total)} = rows"]}


ALL.append(h213())


def main(argv):
    run(argv, ALL, "31")  # reports22.run: gold, findings and file of each report, LibreOffice profile heldout31


if __name__ == "__main__":
    main(sys.argv[1:])
