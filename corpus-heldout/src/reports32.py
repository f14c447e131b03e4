#!/usr/bin/python3
"""Round 32 (h214–h218): issue-9 layouts not used before, each with PLANTED issue-10 problems, made apart from the
code by the corpus32 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report
whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports32.py [h214 …]
(needs python-docx, openpyxl and reportlab: h214 DOCX with python-docx; h215 and h218 drawn with reportlab; h216 an
XLSX written cell by cell with openpyxl; h217 an HTML page written as text.)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, note).
"""
import html as HT
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402
from heldout import Table, Title, fmt, budget, gold  # noqa: E402
from reports4 import styled, pct, F  # noqa: E402
from reports22 import s2, r2, with_project, grows, Tab, run  # noqa: E402

ALL = []
BANDS = "90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。"
FONT = "STSong-Light"


def sections(ind, names):
    return [(n, s2([r for r in ind if r[0] == n], 5), s2([r for r in ind if r[0] == n], 6)) for n in names]


def group_spans(ind, col, start):
    """(first, last) rows of runs of equal 一级 (col 0) or 一级+二级 (col 1)"""
    out, i = [], 0
    while i < len(ind):
        j = i
        while j + 1 < len(ind) and ind[j + 1][0] == ind[i][0] and (col == 0 or ind[j + 1][1] == ind[i][1]):
            j += 1
        out.append((start + i, start + j))
        i = j + 1
    return out


def new_canvas(path, size):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    for setter in (c.setTitle, c.setAuthor, c.setCreator, c.setProducer):
        setter("")
    return c


def wrap(text, width, size, cs=0.0):
    """Chinese line breaking: a run of digits/Latin is never split, closing punctuation never starts a line."""
    import re
    from reportlab.pdfbase import pdfmetrics
    if not text:
        return [""]
    tokens = re.findall(r"[0-9A-Za-z.,%\-≥≤]+|.", text)
    out, cur = [], ""

    def w(s):
        return pdfmetrics.stringWidth(s, FONT, size) + cs * len(s)
    for tok in tokens:
        if w(cur + tok) > width and cur and tok not in "，。；、）”：%":
            out.append(cur)
            cur = tok
        else:
            cur += tok
    if cur:
        out.append(cur)
    return out


# ============================================================ h214 北京市通州区水务局 (DOCX, 项目 form, target and actual STACKED in one cell)

def h214():
    dept = "北京市通州区水务局"
    unit = "北京市通州区水务事务中心"
    proj = "通州区2023年农村生活污水处理设施运行维护项目"
    ia, aa, ea = 1680.00, 1752.40, 1668.93
    parts = [("其中：当年财政拨款", 1680.00, 1680.00, 1605.36), ("上年结转资金", 0.00, 72.40, 63.57),
             ("其他资金", 0.00, 0.00, 0.00)]
    assert r2(sum(p[1] for p in parts)) == ia and r2(sum(p[2] for p in parts)) == aa
    assert r2(sum(p[3] for p in parts)) == ea
    rate = pct(ea, aa)  # 95.24
    bs_true = r2(rate / 10)  # 9.52
    bs = 9.62  # PLANT BUDGET_ROW_SCORE: 95.24% × 10 = 9.52 (printed rule), the fund block prints 9.62
    ind = [("产出指标", "数量指标", "运维污水处理站点（座）", "≥186", "186", 8, 8, ""),
           ("产出指标", "数量指标", "覆盖行政村（个）", "≥210", "214", 7, 7, ""),
           ("产出指标", "数量指标", "年污水处理量（万吨）", "≥420", "398.6", 8, 8, ""),  # PLANT TARGET_MISSED_FULL_MARKS
           ("产出指标", "数量指标", "水质检测频次（次/站·季度）", "≥1", "1", 4, 4, ""),
           ("产出指标", "质量指标", "出水水质达标率", "≥90%", "92.5%", 7, 7, ""),
           ("产出指标", "质量指标", "设施正常运行率", "≥95%", "93%", 6, 5,
            "部分站点设备老化停机检修，运行率低于目标2个百分点，按每低1个百分点扣0.5分扣1分；已列入设备更新计划"),
           ("产出指标", "时效指标", "故障设施48小时内修复率", "≥95%", "96.8%", 5, 5, ""),
           ("产出指标", "成本指标", "单站年均运维成本（万元/座）", "≤9.0", "8.72", 5, 5, ""),
           ("效益指标", "生态效益指标", "化学需氧量削减量（吨）", "≥2800", "2915", 8, 8, ""),
           ("效益指标", "生态效益指标", "农村污水问题群众投诉（件）", "≤12", "12", 7, 7, ""),
           ("效益指标", "社会效益指标", "受益农村人口（万人）", "≥18", "18.6", 7, 7, ""),
           ("效益指标", "可持续影响指标", "设施长效运维机制", "健全", "基本健全", 8, 7,
            "部分村级管护员配备不足，扣1分；2024年完成村级管护员全覆盖"),
           ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "94.1%", 10, 10, "")]
    full = [("", "", "年度资金总额", "", f"{rate:.2f}%", 10, bs, "")] + ind
    assert s2(full, 5) == 100
    total = s2(full, 6)  # 97.62 with the printed 9.62
    g = with_project(gold(None, dept, 2023, "COUNTY", "北京市", "SELF_EVALUATION", None, total, 100, "优",
                          budget(ia, aa, ea, rate), [], grows(full)), proj, unit)
    goals = [("目标1", "保障全区186座农村生活污水处理站点稳定运行，覆盖210个以上行政村，全年处理污水420万吨以上；"),
             ("目标2", "出水水质达标率达到90%以上，设施正常运行率95%以上，故障设施48小时内修复；"),
             ("目标4", "削减化学需氧量2800吨以上，改善18万农村人口人居环境，村民满意度达到90%以上。")]  # PLANT GOAL_LABELS
    goal_text = "\n".join(f"{k}：{v}" for k, v in goals)
    C = Tab(7)
    C.add(["项目名称", proj, "", "", "", "", ""], [(1, 6)])
    C.add(["主管部门", dept, "", "实施单位", unit, "", ""], [(1, 2), (4, 6)])
    C.add(["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
    C.add(["年度资金总额", f"{ia:,.2f}", f"{aa:,.2f}", f"{ea:,.2f}", "10", f"{rate:.2f}%", fmt(bs)])
    for lab, i_, a_, e_ in parts:
        C.add([lab, f"{i_:,.2f}", f"{a_:,.2f}", f"{e_:,.2f}", "—", f"{pct(e_, a_):.2f}%" if a_ else "—", "—"])
    C.add(["年度总体目标", goal_text, "", "", "", "", ""], [(1, 6)])
    C.add(["一级指标", "二级指标", "三级指标", "指标值/完成值", "分值", "得分", "偏差原因分析及改进措施"])
    first = len(C.rows)
    for l1, l2, l3, t, a, w, s, n in ind:
        C.add([l1, l2, l3, f"{t}\n{a}", fmt(w), fmt(s), n])  # target over actual, a line break in one cell
    C.merges += [(a, 0, b, 0) for a, b in group_spans(ind, 0, first) if b > a]
    C.merges += [(a, 1, b, 1) for a, b in group_spans(ind, 1, first) if b > a]
    for col in (0, 1):
        for a, b in group_spans(ind, col, first):
            for r in range(a + 1, b + 1):
                C.rows[r][col] = ""
    C.add(["总分", "", "", "", "100", fmt(total), "自评等级：优"], [(0, 3)])
    tc = styled(Table(C.rows, C.merges), [2.6, 2.4, 4.4, 2.6, 1.8, 1.8, 5.0], header_rows=0)
    blocks = [Title("项目支出绩效自评表"),
              "（2023年度）",
              f"填报单位（盖章）：{unit}　　　　　　　　　　　　金额单位：万元",
              tc,
              "注：“指标值/完成值”栏上行为年度指标值，下行为实际完成值。",
              "评分说明：1.年度资金总额得分=执行率×10，保留两位小数；2.定量指标达到年度指标值的得满分，未达到的按完成比例计分，"
              "设施正常运行率每低于指标值1个百分点扣0.5分；3.定性指标根据完成情况酌情扣分并说明理由；4.自评等级：" + BANDS,
              "填报人：赵××　　　联系电话：010-69×××××　　　填报日期：2024年3月15日"]
    fnd = [F("BUDGET_ROW_SCORE", "年度资金总额",
             f"年度资金总额 | {ia:,.2f} | {aa:,.2f} | {ea:,.2f} | 10 | {rate:.2f}% | {fmt(bs)}", fmt(bs),
             f"{bs_true:.2f}", "HIGH", "ERROR",
             f"{ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% (printed right); the printed rule 执行率×10 gives {bs_true:.2f}, "
             f"the row prints {fmt(bs)}; the 总分 {fmt(total)} adds the printed {fmt(bs)}"),
           F("TARGET_MISSED_FULL_MARKS", "年污水处理量（万吨）",
             "年污水处理量（万吨） | ≥420 / 398.6 | 8 | 8 |", "8", "< 8", "HIGH", "WARNING",
             f"the stacked cell reads 年度指标值 ≥420, 完成值 398.6: missed, yet full marks and no 偏差原因; the printed "
             f"proportion rule gives 8 × 398.6 ÷ 420 = {8 * 398.6 / 420:.2f}"),
           F("GOAL_LABELS", "年度总体目标",
             "年度总体目标 | 目标1：保障全区186座… 目标2：出水水质达标率… 目标4：削减化学需氧量…",
             "目标1, 目标2, 目标4", "目标1, 目标2, 目标3", "HIGH", "WARNING",
             "the 年度总体目标 cell numbers its three goals 目标1, 目标2, 目标4: 目标3 is skipped")]
    return {"stem": "h214_tongzhou_shuiwu", "format": "docx", "page": "A4L", "blocks": blocks, "gold": g,
            "findings": fnd,
            "traps": [f"执行率 {ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% (right); 当年财政拨款 + 上年结转 + 其他 = 年度资金总额 "
                      "in every column (其他资金 0.00, its 执行率 “—”)",
                      "运维污水处理站点 186 vs ≥186 (met exactly); 单站年均运维成本 8.72 vs ≤9.0 and 群众投诉 12 vs ≤12 "
                      "(ceilings, the second met exactly)",
                      "设施正常运行率 93% vs ≥95%: 6 − 1 → 5 (printed rule 每低1个百分点扣0.5分)",
                      "设施长效运维机制 基本健全 −1 with a reason (judgement)",
                      "each 指标值/完成值 cell holds two lines (target over actual, a line break in one paragraph)",
                      f"总分 {fmt(total)} = rows (with the printed {fmt(bs)})"]}


ALL.append(h214())


# ============================================================ h215 大同市平城区市场监督管理局 (PDF drawn, every character placed on its own, letter-spaced)

def h215():
    dept = "大同市平城区市场监督管理局"
    ib_b, ib_p = 3180.00, 1260.00
    ab_b, ab_p = 3215.60, 1486.20
    eb_b, eb_p = 3189.47, 1302.85
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    assert rate == 95.54, rate
    rate_p = 95.45  # PLANT EXECUTION_RATE: 4,492.32 ÷ 4,701.80 = 95.54%, the budget table's 合计 line prints 95.45%
    bs = r2(rate / 10)  # 9.55 (the 预算执行率 row carries the right rate)
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 3, 3, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "明确", 3, 3, ""),
           ("决策", "预算编制", "预算编制科学性", "科学", "基本科学", 4, 3, "年中追加食品抽检经费，扣1分"),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, ""),
           ("过程", "预算执行", "政府采购执行率", "100%", "100%", 3, 3, ""),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 4, 4, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "规范", 3, 3, ""),  # PLANT WEIGHTS_VS_FULL_MARK (weights add to 98)
           ("产出", "数量指标", "食品安全监督抽检（批次）", "≥1800", "1926", 10, 8, ""),  # PLANT TARGET_MET_POINTS_LOST
           ("产出", "数量指标", "新登记市场主体（户）", "≥6500", "6830", 8, 8, ""),
           ("产出", "质量指标", "特种设备定期检验率", "100%", "100%", 8, 8, ""),
           ("产出", "时效指标", "投诉举报按时办结率", "≥98%", "96%", 8, 6, "每低1个百分点扣1分，扣2分"),
           ("产出", "时效指标", "行政许可平均办结时限（工作日）", "≤5", "4.5", 6, 6, ""),
           ("效益", "社会效益", "重大食品安全事故（起）", "0", "0", 8, 8, ""),
           ("效益", "经济效益", "市场主体增长率", "≥5%", "6.4%", 6, 6, ""),
           ("效益", "可持续影响", "质量安全长效监管机制", "健全", "基本健全", 6, 5, "智慧监管平台尚未全覆盖，扣1分"),
           ("效益", "满意度", "群众满意度", "≥90%", "91.3%", 8, 8, "")]
    weights = s2(ind, 5)
    assert weights == 98
    total = s2(ind, 6)
    assert total >= 90
    g = gold(None, dept, 2022, "COUNTY", "山西省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ib, ab, eb, rate_p, ab_b, eb_b, ab_p, eb_p), [], grows(ind))
    fnd = [F("EXECUTION_RATE", "合计",
             f"合计 | {ib:,.2f} | {ab:,.2f} | {eb:,.2f} | {rate_p:.2f}%", f"{rate_p:.2f}%", f"{rate:.2f}%", "HIGH",
             "ERROR",
             f"{eb:,.2f} ÷ {ab:,.2f} = {rate:.2f}%, the budget table's 合计 line prints {rate_p:.2f}% (digits swapped); "
             f"the 预算执行率 row prints the right {rate:.2f}% and scores {fmt(bs)} on it"),
           F("WEIGHTS_VS_FULL_MARK", "合计", f"合计 | 100 | {fmt(total)}", "100", fmt(weights), "HIGH", "ERROR",
             "the 16 rows' 分值 add to 98 (决策 10, 过程 20, 产出 40, 效益 28), the 合计 line prints 100; "
             f"the 得分 {fmt(total)} = rows"),
           F("TARGET_MET_POINTS_LOST", "食品安全监督抽检（批次）", "食品安全监督抽检（批次） | ≥1800 | 1926 | 10 | 8 |", "8",
             "10", "HIGH", "WARNING",
             "1926 meets ≥1800, yet 2 points are taken off with no 扣分原因 (the rule: 达到年度指标值的得满分)")]
    meta = dict(dept=dept, ind=ind, total=total, weights=weights,
                budget=[("合计", ib, ab, eb, rate_p), ("其中：基本支出", ib_b, ab_b, eb_b, pct(eb_b, ab_b)),
                        ("项目支出", ib_p, ab_p, eb_p, pct(eb_p, ab_p))])
    return {"stem": "h215_pingcheng_shichang", "format": "pdf", "draw": draw215, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": [f"预算执行率 row {rate:.2f}% × 10 = {rate / 10:.4f} printed {fmt(bs)} (the right rate)",
                      f"基本 {pct(eb_b, ab_b):.2f}% and 项目 {pct(eb_p, ab_p):.2f}% right; parts add up in every "
                      "column; both under budget",
                      "特种设备定期检验率 100% vs 100% and 重大食品安全事故 0 vs 0 (met exactly); 行政许可办结时限 4.5 vs ≤5 "
                      "(a ceiling, met)",
                      "投诉举报按时办结率 96% vs ≥98%: 8 − 2 → 6 (printed rule)",
                      "预算编制科学性 −1, 质量安全长效监管机制 −1 with reasons (judgement)",
                      "every character is drawn on its own with 1.2 pt extra spacing: no word is one text run",
                      f"合计 得分 {fmt(total)} = rows"]}


def draw215(rep, path):
    """A4 landscape, ruled grid; every character drawn by itself (one text object per glyph), 1.2 pt apart."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    M = rep["meta"]
    W, Hh = landscape(A4)
    c = new_canvas(path, (W, Hh))
    CS = 1.2

    def width(t, size):
        return sum(pdfmetrics.stringWidth(ch, FONT, size) for ch in t) + CS * max(len(t) - 1, 0)

    def put(x, y, t, size=8.5, align="L"):
        t = str(t)
        if align == "C":
            x -= width(t, size) / 2
        elif align == "R":
            x -= width(t, size)
        for ch in t:
            c.setFont(FONT, size)
            c.drawString(x, y, ch)
            x += pdfmetrics.stringWidth(ch, FONT, size) + CS

    L, R = 36, W - 36
    y = Hh - 44
    put(W / 2, y, f"{M['dept']}2022年度部门整体支出绩效自评表", 15, "C")
    y -= 22
    put(L, y, f"部门名称（盖章）：{M['dept']}", 9.5)
    put(R, y, "金额单位：万元", 9.5, "R")
    y -= 10
    c.setLineWidth(0.6)

    def grid(xs, rows, y, rh=16, size=8.5, aligns=None, hlines=None):
        top = y
        for i, cells in enumerate(rows):
            for k, v in enumerate(cells):
                if v in (None, ""):
                    continue
                x0, x1 = xs[k], xs[k + 1]
                a = (aligns or "L" * len(cells))[k]
                lines = wrap(str(v), x1 - x0 - 5, size, CS)
                yy = y - rh / 2 - size * 0.35 + (len(lines) - 1) * (size + 1.5) / 2
                for ln in lines:
                    if a == "C":
                        put((x0 + x1) / 2, yy, ln, size, "C")
                    elif a == "R":
                        put(x1 - 3, yy, ln, size, "R")
                    else:
                        put(x0 + 3, yy, ln, size)
                    yy -= size + 1.5
            c.line(xs[0], y, xs[-1], y)
            y -= rh
        c.line(xs[0], y, xs[-1], y)
        for x in xs:
            c.line(x, top, x, y)
        return y

    put(L, y - 12, "一、部门预算执行情况", 10)
    y -= 18
    bx = [L, L + 150, L + 260, L + 370, L + 480, L + 560]
    rows = [["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"]]
    for lab, i_, a_, e_, r_ in M["budget"]:
        rows.append([lab, f"{i_:,.2f}", f"{a_:,.2f}", f"{e_:,.2f}", f"{r_:.2f}%"])
    y = grid(bx, rows, y, 15, 8.5, "LRRRR")
    y -= 8
    put(L, y - 10, "二、绩效指标完成情况", 10)
    y -= 16
    xs = [L, L + 44, L + 110, L + 300, L + 370, L + 440, L + 480, L + 520, R]
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "扣分原因"]
    rh = 15.2
    top = y
    grid_rows = [head]
    ind = M["ind"]
    s1 = {a for a, b in group_spans(ind, 0, 0)}
    s2_ = {a for a, b in group_spans(ind, 1, 0)}
    for i, (l1, l2, l3, t, a, w, s, n) in enumerate(ind):
        grid_rows.append([l1 if i in s1 else "", l2 if i in s2_ else "", l3, t, a, fmt(w), fmt(s), n])
    # draw rows; horizontal lines skip the merged 一级/二级 columns inside a group
    e1 = {b for a, b in group_spans(ind, 0, 0)}
    e2 = {b for a, b in group_spans(ind, 1, 0)}
    for i, cells in enumerate(grid_rows):
        for k, v in enumerate(cells):
            if not v:
                continue
            x0, x1 = xs[k], xs[k + 1]
            a = "CCLCCCCL"[k]
            yy = y - rh / 2 - 8.5 * 0.35
            if a == "C":
                put((x0 + x1) / 2, yy, v, 8.2, "C")
            else:
                put(x0 + 3, yy, v, 8.2)
        y -= rh
        j = i - 1
        if i == 0 or j in e1:
            x_from = L
        elif j in e2:
            x_from = xs[1]
        else:
            x_from = xs[2]
        c.line(x_from, y, R, y)
    c.line(L, top, R, top)
    for lab, w_, s_ in (("合计", fmt(100), fmt(M["total"])), ("自评等级", "", "优")):
        put((xs[0] + xs[5]) / 2, y - rh / 2 - 3, lab, 8.5, "C")
        if w_:
            put((xs[5] + xs[6]) / 2, y - rh / 2 - 3, w_, 8.2, "C")
            put((xs[6] + xs[7]) / 2, y - rh / 2 - 3, s_, 8.2, "C")
        else:
            put((xs[5] + xs[8]) / 2, y - rh / 2 - 3, s_, 8.5, "C")
        y -= rh
        c.line(L, y, R, y)
    for k, x in enumerate(xs):
        if k in (0, 8):
            c.line(x, top, x, y)
        elif k in (5,):
            c.line(x, top, x, y)
        elif k in (6, 7):
            c.line(x, top, x, y + rh)
        else:
            c.line(x, top, x, y + 2 * rh)
    y -= 14
    for ln in ["说明：1.预算执行率得分=执行率×10，保留两位小数；2.定量指标达到年度指标值的得满分，投诉举报按时办结率每低于指标值1个百分点扣1分；",
               "3.定性指标根据完成情况酌情扣分并说明理由；4.自评等级：" + BANDS,
               "填表人：郭××　　　审核人：李××　　　联系电话：0352-20×××××　　　填报日期：2023年4月12日"]:
        put(L, y, ln, 8.5)
        y -= 13
    c.showPage()
    c.save()


ALL.append(h215())


# ============================================================ h216 哈密市伊州区民政局 (XLSX, the whole report DUMPED into column A, tables as tab-separated text)

def h216():
    dept = "哈密市伊州区民政局"
    ib_b, ib_p = 2100.00, 3300.00
    ab_b, ab_p = 2146.80, 3572.40
    eb_b, eb_p = 2131.55, 3318.06
    ib = r2(ib_b + ib_p)
    ab = 5791.20  # PLANT BREAKDOWN_SUM: 基本 2,146.80 + 项目 3,572.40 = 5,719.20, the 合计 line prints 5,791.20
    assert r2(ab_b + ab_p) == 5719.20
    eb = r2(eb_b + eb_p)
    rate = pct(eb, ab)  # on the printed 合计, as the report computes it
    bs = r2(rate / 10)
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 3, 3, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "明确", 3, 3, ""),
           ("决策", "预算编制", "预算编制科学性", "科学", "科学", 4, 4, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "执行率×10"),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 5, 5, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 5, 4, "部分固定资产未及时入账，扣1分"),
           ("产出", "数量指标", "城乡低保保障人数（人）", "≥8000", "8246", 8, 8, ""),  # PLANT SAME_FIGURE_DIFFERS (prose 8,426)
           ("产出", "数量指标", "社区养老服务站点建设（个）", "≥12", "12", 8, 8, ""),
           ("产出", "质量指标", "特困人员集中供养率", "≥50%", "52.3%", 8, 8, ""),
           ("产出", "时效指标", "临时救助及时率", "100%", "100%", 8, 8, ""),
           ("产出", "时效指标", "救助资金发放及时率", "100%", "98.5%", 8, 6.5, "每低1个百分点扣1分，扣1.5分"),
           ("效益", "社会效益", "困难群众基本生活保障率", "100%", "100%", 8, 8, ""),
           ("效益", "社会效益", "养老服务站点服务人次增长率", "≥10%", "100%（2023年0人次）", 7, 7, ""),  # PLANT RATE_OVER_ZERO_BASE
           ("效益", "可持续影响", "社会救助长效机制", "健全", "基本健全", 7, 6, "动态监测预警机制尚在完善，扣1分"),
           ("效益", "满意度", "服务对象满意度", "≥90%", "93.6%", 8, 8, "")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)
    g = gold(None, dept, 2024, "COUNTY", "新疆维吾尔自治区", "SELF_EVALUATION", None, total, 100, "优",
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), [], grows(ind))
    T = "\t"
    lines = [f"{dept}2024年度部门整体支出绩效自评报告",
             "",
             "一、部门基本情况",
             f"{dept}是伊州区人民政府工作部门，主要负责全区社会救助、养老服务、儿童福利、社会事务、社区治理和社会组织管理等工作。"
             "内设办公室、社会救助股、养老服务股、社会事务股等6个股室，下属事业单位3个（社会福利院、救助管理站、婚姻登记中心）。"
             "2024年末编制人数64人，实有人数60人。",
             "",
             "二、部门预算执行情况",
             "（金额单位：万元）",
             T.join(["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"]),
             T.join(["合计", f"{ib:,.2f}", f"{ab:,.2f}", f"{eb:,.2f}", f"{rate:.2f}%"]),
             T.join(["其中：基本支出", f"{ib_b:,.2f}", f"{ab_b:,.2f}", f"{eb_b:,.2f}", f"{pct(eb_b, ab_b):.2f}%"]),
             T.join(["项目支出", f"{ib_p:,.2f}", f"{ab_p:,.2f}", f"{eb_p:,.2f}", f"{pct(eb_p, ab_p):.2f}%"]),
             "项目支出未全部执行的主要原因是部分养老服务设施建设项目按工程进度拨付资金，年末尚有结转。",
             "",
             "三、绩效目标完成情况",
             "（一）社会救助。全年保障城乡低保对象8,426人，特困人员集中供养率52.3%，临时救助做到“先行救助、即时办结”，"  # PLANT SAME_FIGURE_DIFFERS
             "救助资金发放及时率98.5%，个别月份因银行系统升级延迟发放。",
             "（二）养老服务。新建社区养老服务站点12个，均于年内投入运营，此前全区无同类站点（2023年服务人次为0），"
             "2024年首次统计服务人次，全年服务老年人2.36万人次。",
             "（三）服务质量。开展服务对象满意度调查，满意度93.6%。",
             "",
             "四、绩效自评结果",
             f"按照部门整体支出绩效自评指标体系，本部门2024年度自评得分{fmt(total)}分，自评等级为“优”。"
             f"评价等级：{BANDS}具体评分情况如下：",
             T.join(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "扣分原因"])]
    s1 = {a for a, b in group_spans(ind, 0, 0)}
    s2_ = {a for a, b in group_spans(ind, 1, 0)}
    for i, (l1, l2, l3, t, a, w, s, n) in enumerate(ind):
        lines.append(T.join([l1 if i in s1 else "", l2 if i in s2_ else "", l3, t, a, fmt(w), fmt(s), n]))
    lines += [T.join(["合计", "", "", "", "", "100", fmt(total), ""]),
              T.join(["自评等级", "", "", "", "", "", "优", ""]),
              "说明：1.预算执行率得分=执行率×10，保留两位小数；2.定量指标达到年度指标值的得满分，救助资金发放及时率每低于指标值1个"
              "百分点扣1分；3.定性指标根据完成情况酌情扣分并说明理由。",
              "",
              "五、存在的问题及改进措施",
              "一是资产管理有待加强，部分固定资产未及时入账；二是社会救助动态监测预警机制尚需完善。下一步将开展资产清查，"
              "健全低收入人口动态监测信息平台。",
              "",
              "六、自评结果应用",
              "自评结果将作为2025年预算安排的重要参考，并按规定向社会公开。",
              "",
              dept,
              "2025年4月18日"]
    fnd = [F("BREAKDOWN_SUM", "全年预算数",
             f"合计 | {ib:,.2f} | {ab:,.2f} | {eb:,.2f} | {rate:.2f}% ; 其中：基本支出 | … | {ab_b:,.2f} ; 项目支出 | … | "
             f"{ab_p:,.2f}", f"{ab:,.2f}万元", f"{r2(ab_b + ab_p):,.2f}万元", "HIGH", "WARNING",
             f"全年预算 基本 {ab_b:,.2f} + 项目 {ab_p:,.2f} = {r2(ab_b + ab_p):,.2f}, the 合计 line prints {ab:,.2f} "
             f"(digits swapped); the other columns add up; the printed {rate:.2f}% is {eb:,.2f} ÷ the printed 合计 (on the "
             f"parts it would be {pct(eb, r2(ab_b + ab_p)):.2f}%)"),
           F("SAME_FIGURE_DIFFERS", "城乡低保保障人数（人）",
             "全年保障城乡低保对象8,426人 … | 城乡低保保障人数（人） | ≥8000 | 8246 | 8 | 8", "8,426人", "8,246人",
             "HIGH", "WARNING",
             "三 (prose) prints 8,426人, the 自评表 8246 (digits swapped); both meet ≥8000, so the score is not "
             "affected, but one of the two figures is wrong"),
           F("RATE_OVER_ZERO_BASE", "养老服务站点服务人次增长率",
             "养老服务站点服务人次增长率 | ≥10% | 100%（2023年0人次） | 7 | 7", "100%", "— (base 0)", "HIGH", "WARNING",
             "a growth rate over a zero base (2023: 0人次; 三 says the stations are new and 2024 is the first year counted) is undefined, not "
             "100%; the row takes full marks on it")]
    return {"stem": "h216_yizhou_minzheng", "format": "xlsx", "write": write216, "lines": lines, "gold": g,
            "findings": fnd,
            "traps": [f"执行率 {eb:,.2f} ÷ {ab:,.2f} (the printed 合计) = {rate:.2f}% × 10 = {rate / 10:.4f} printed "
                      f"{fmt(bs)} (no EXECUTION_RATE: the rate follows the printed 合计)",
                      "年初 and 执行 columns add up; 基本 and 项目 both under budget",
                      "社区养老服务站点建设 12 vs ≥12 and 临时救助及时率 100% vs 100% (met exactly)",
                      "救助资金发放及时率 98.5% vs 100%: 8 − 1.5 → 6.5 (printed rule)",
                      "资产管理规范性 −1, 社会救助长效机制 −1 with reasons (judgement)",
                      "三's other figures (52.3%, 98.5%, 12个, 93.6%) agree with the table",
                      "the whole report is one column of text cells (A1…), the tables tab-separated inside their cells, "
                      "一级/二级 printed once per group (empty fields below)",
                      f"合计 {fmt(total)} = rows"]}


def write216(rep, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    wb.properties.creator = "Administrator"
    wb.properties.lastModifiedBy = "Administrator"
    wb.properties.created = H.A.FIXED
    wb.properties.modified = H.A.FIXED
    for i, ln in enumerate(rep["lines"], 1):
        if not ln:
            continue
        cell = ws.cell(row=i, column=1, value=ln)
        cell.font = Font(name="宋体", size=14 if i == 1 else 10.5, bold=(i == 1))
        cell.alignment = Alignment(wrap_text=False, vertical="center")
    ws.column_dimensions["A"].width = 160
    wb.save(path)
    H.A.normalize_zip(path)


ALL.append(h216())


# ============================================================ h217 唐山市路北区 (HTML, third-party MID-TERM evaluation, rows GRADED 优/良/中/差 with a conversion)

GRADE_K = {"优": 1.0, "良": 0.8, "中": 0.6, "差": 0.0}


def h217():
    comm = "唐山市路北区财政局"
    dept = "唐山市路北区住房和城乡建设局"
    unit = "唐山市路北区供热服务中心"
    proj = "路北区2024年老旧供热管网改造项目"
    ev = "河北华正信达会计师事务所有限公司"
    ia = aa = 3860.00
    ea = 2215.64
    rate = pct(ea, aa)  # 57.40
    # (一级, 二级, 三级, 年度指标值, 序时目标值, 6月末完成值, 分值, 等级, 得分, 说明)
    T = [("决策", "项目立项", "立项依据充分性", "充分", "—", "充分", 5, "优", 5, ""),
         ("决策", "绩效目标", "绩效目标合理性", "合理", "—", "基本合理", 5, "良", 4, "部分效益指标未细化量化"),
         ("决策", "资金投入", "资金分配合理性", "合理", "—", "合理", 5, "优", 5, ""),
         ("过程", "资金管理", "资金到位率", "100%", "≥60%", "62.5%", 5, "优", 5, ""),
         ("过程", "资金管理", "预算执行率", "100%", "≥50%", f"{rate:.2f}%", 5, "优", 5, "高于序时进度"),
         ("过程", "资金管理", "资金使用合规性", "合规", "合规", "合规", 5, "优", 5, ""),
         ("过程", "组织实施", "项目管理制度执行", "规范", "规范", "基本规范", 5, "良", 4, "2个标段监理日志不完整"),
         ("过程", "组织实施", "施工进度管理", "按计划推进", "按计划推进", "滞后", 5, "中", 3, "3个施工作业段因征地协调滞后"),
         ("产出", "产出数量", "改造供热管网长度（公里）", "≥28", "≥14", "15.2", 10, "优", 10, ""),
         ("产出", "产出数量", "改造换热站（座）", "≥12", "≥6", "5", 8, "中", 4.8, "1座换热站设备到货延迟"),
         ("产出", "产出时效", "施工作业段开工率", "100%", "≥60%", "55%", 9, "中", 7.2, "征地协调未完成"),  # PLANT RULE_SCORE
         ("产出", "产出成本", "单公里改造成本（万元）", "≤135", "≤135", "131.6", 8, "优", 8, ""),
         ("效益", "社会效益", "受益居民户数（户）", "≥21000", "≥10000", "11260", 10, "优", 10, ""),
         ("效益", "可持续影响", "管网长效运维机制", "健全", "初步建立", "初步建立", 7, "良", 5.6, "运维责任清单尚未印发"),
         ("效益", "满意度", "居民满意度", "≥90%", "≥90%", "88.6%", 8, "良", 6.4, "施工期间交通影响引发投诉")]
    for t in T:
        if t[2] != "施工作业段开工率":
            assert r2(t[6] * GRADE_K[t[7]]) == t[8], t
    ind = [(t[0], t[1], t[2], t[3], t[5], t[6], t[8], "") for t in T]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)  # 88 with the printed 7.2
    assert 80 <= total < 90
    grade_p = "优"  # PLANT GRADE_OUTSIDE_BANDS: 88 lies in the 良 band
    secs = sections(ind, ["决策", "过程", "产出", "效益"])
    sec_rate = {n: f"{s / w * 100:.2f}%" for n, w, s in secs}
    assert sec_rate["产出"] == "85.71%"
    sec_rate["产出"] = "87.51%"  # PLANT SCORE_RATE: 30 ÷ 35 = 85.71%, the summary table prints 87.51%
    g = with_project(gold(None, dept, 2024, "COUNTY", "河北省", "THIRD_PARTY_EVALUATION", ev, total, 100, grade_p,
                          budget(ia, aa, ea, rate), secs, grows(ind)), proj, unit)
    e = HT.escape

    def td(x, attrs=""):
        return f"<td{attrs}>{e(str(x)) if x != '' else '&nbsp;'}</td>"
    summ = ["<table class=\"xxgk-table\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">",
            "<tr><th>一级指标</th><th>分值</th><th>得分</th><th>得分率</th></tr>"]
    for n, w, s in secs:
        summ.append("<tr>" + td(n) + td(fmt(w)) + td(fmt(s)) + td(sec_rate[n]) + "</tr>")
    summ.append("<tr>" + td("合计") + td("100") + td(fmt(total)) + td(f"{total:.2f}%") + "</tr>")
    summ.append("</table>")
    conv = ["<table class=\"xxgk-table\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">",
            "<tr><th>评价等级</th><th>得分系数</th><th>判定标准</th></tr>",
            "<tr><td>优</td><td>100%</td><td>达到或超过序时目标，管理规范</td></tr>",
            "<tr><td>良</td><td>80%</td><td>基本达到序时目标，存在个别问题</td></tr>",
            "<tr><td>中</td><td>60%</td><td>未达到序时目标，但已采取措施推进</td></tr>",
            "<tr><td>差</td><td>0</td><td>明显滞后或未开展</td></tr>",
            "</table>"]
    it = ["<table class=\"xxgk-table\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">",
          "<caption>附表　路北区2024年老旧供热管网改造项目中期绩效评价指标评分表</caption>",
          "<thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th><th>序时目标值（6月末）</th>"
          "<th>6月末完成值</th><th>分值</th><th>评价等级</th><th>得分</th><th>情况说明</th></tr></thead>", "<tbody>"]
    spans = {a: b - a + 1 for a, b in group_spans(ind, 0, 0)}
    for i, t in enumerate(T):
        cells = ""
        if i in spans:
            cells += f"<td rowspan=\"{spans[i]}\">{e(t[0])}</td>"
        cells += "".join(td(x) for x in (t[1], t[2], t[3], t[4], t[5], fmt(t[6]), t[7], fmt(t[8]), t[9]))
        it.append("<tr>" + cells + "</tr>")
    it.append(f"<tr><td colspan=\"6\">合计</td><td>100</td><td>&nbsp;</td><td>{fmt(total)}</td>"
              f"<td>评价等级：{grade_p}</td></tr>")
    it += ["</tbody>", "</table>"]
    P = lambda s: f"<p style=\"text-indent:2em\">{e(s)}</p>"  # noqa: E731
    body = [
        "<div class=\"crumb\">当前位置：首页 &gt; 政务公开 &gt; 财政信息 &gt; 绩效评价</div>",
        f"<h1 class=\"art-title\">{e(proj)}中期绩效评价报告</h1>",
        "<div class=\"art-info\">发布时间：2024-08-26　来源：路北区财政局　浏览次数：216</div>",
        "<div class=\"art-content\">",
        P(f"受{comm}委托，{ev}于2024年7月对{proj}开展了中期绩效评价（评价时点为2024年6月30日）。评价以项目年度绩效目标"
          "分解的序时目标为依据，对各三级指标按“优、良、中、差”四个等级评定，并按等级折算得分。现将评价情况报告如下："),
        "<h3>一、项目基本情况</h3>",
        P(f"项目主管部门为{dept}，实施单位为{unit}。项目计划2024年改造老旧供热一次、二次管网28公里，改造换热站12座，"
          "分6个标段、20个施工作业段实施，受益居民2.1万户以上，计划于2024年10月供暖季前全部完工。"),
        P(f"项目年初预算{ia:,.2f}万元，年内未调整。截至2024年6月30日，资金到位2,412.50万元，到位率62.5%；累计支出"
          f"{ea:,.2f}万元，预算执行率{rate:.2f}%，高于50%的序时进度。"),
        "<h3>二、中期评价结论</h3>",
        P(f"经综合评价，{proj}中期绩效评价得分{fmt(total)}分，评价等级为“{grade_p}”。评价等级划分：{BANDS}"
          "各一级指标得分情况如下："),
        "\n".join(summ),
        P("三级指标评价等级及得分系数如下（指标得分=分值×得分系数）："),
        "\n".join(conv),
        "<h3>三、序时目标完成情况</h3>",
        P("截至6月30日，已完成管网改造15.2公里，超过14公里的序时目标；换热站改造完成5座，未达到6座的序时目标；20个施工作业段中已开工"
          "11个，开工率55%，未达到60%的序时目标，主要原因是第4、第5标段征地拆迁协调尚未完成；已竣工段落单公里改造成本"
          "131.6万元。已通水管网惠及居民11,260户。问卷调查发放问卷400份，收回有效问卷385份，居民满意度88.6%。"),
        "<h3>四、存在的问题</h3>",
        P("一是部分标段征地协调滞后，施工进度管理需加强；二是个别标段监理日志记录不完整；三是施工期间交通组织不够完善，"
          "引发部分居民投诉；四是管网长效运维责任清单尚未印发。"),
        "<h3>五、下一步建议</h3>",
        P("建议主管部门会同街道加快征地协调，倒排工期，确保10月底前全部完工通热；加强监理和施工交通组织管理；尽快印发"
          "管网运维责任清单。"),
        "\n".join(it),
        f"<p style=\"text-align:right\">{e(ev)}</p>",
        "<p style=\"text-align:right\">2024年8月20日</p>",
        "</div>",
        "<div class=\"footer\">主办：唐山市路北区人民政府　技术支持：路北区融媒体中心</div>"]
    page = ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{e(proj)}中期绩效评价报告_路北区人民政府</title>\n"
            "<style>.xxgk-table{border-collapse:collapse;margin:8px auto}.xxgk-table td,.xxgk-table th"
            "{border:1px solid #999;padding:3px 6px;font-size:14px}</style>\n</head>\n<body>\n"
            + "\n".join(body) + "\n</body>\n</html>\n")
    fnd = [F("RULE_SCORE", "施工作业段开工率", "施工作业段开工率 | 100% | ≥60% | 55% | 9 | 中 | 7.2 | 征地协调未完成", "7.2", "5.4",
             "HIGH", "ERROR",
             "the printed conversion 指标得分=分值×得分系数 with 中 = 60% gives 9 × 60% = 5.4; the row prints 7.2 "
             "(the 良 coefficient 80%); the 产出 sum 30 and the total 88 carry the 7.2"),
           F("SCORE_RATE", "产出", "产出 | 35 | 30 | 87.51%", "87.51%", "85.71%", "HIGH", "ERROR",
             "the summary table's 产出 line: 30 ÷ 35 = 85.71%, printed 87.51% (digits swapped); the other 得分率 are right"),
           F("GRADE_OUTSIDE_BANDS", "评价等级", f"中期绩效评价得分{fmt(total)}分，评价等级为“优”", "优", "良", "HIGH",
             "ERROR",
             f"{fmt(total)} (= rows) lies in the report's own 80–90 band, 良 (with the RULE_SCORE row at 5.4 it would be "
             f"{fmt(r2(total - 1.8))}, still 良); printed 优 in 二 and in the 合计 row")]
    return {"stem": "h217_lubei_zhujian", "format": "html", "html": page, "gold": g, "findings": fnd,
            "traps": ["年度指标值 not yet due at mid-year: the rows are scored against the 序时目标值 (管网 15.2 vs ≥14 "
                      "优 though < ≥28; 预算执行率 57.40% vs ≥50% 优 though < 100%)",
                      f"预算执行率 {ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% (right)",
                      "graded rows converted right: 良 4 of 5, 中 3 of 5, 中 4.8 of 8, 良 5.6 of 7, 良 6.4 of 8",
                      "单公里改造成本 131.6 vs ≤135 (a ceiling, met); 资金到位率 62.5% vs ≥60%",
                      "summary 决策 14/15 93.33%, 过程 22/25 88.00%, 效益 22/25 88.00%, 合计 88.00% right",
                      "the 评价等级 conversion table and the summary table are not indicator rows"]}


ALL.append(h217())


# ============================================================ h218 天津市南开区城市管理委员会 (PDF drawn, table over a page break: NO header repeated, one row SPLIT)

def h218():
    dept = "天津市南开区城市管理委员会"
    ib_b, ib_p = 2800.00, 5900.00
    ab_b, ab_p = 2860.40, 6215.30
    eb_b, eb_p = 2701.17, 6238.96  # PLANT SPENDING_OVER_BUDGET: 项目支出 6,238.96 > 全年预算 6,215.30
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    assert rate == 98.51, rate
    bs = r2(rate * 8 / 100)  # 7.88
    long_reason = ("受疫情防控影响，涉及多部门的疑难问题办理周期延长，按期办结率92%，低于目标3个百分点，按每低1个百分点扣0.5分，"
                   "扣1.5分；下一步将建立疑难问题联席会商机制")
    ind = [("投入", "目标设定", "绩效目标合理性", "合理", "合理", 3, 3, ""),
           ("投入", "目标设定", "绩效指标明确性", "明确", "基本明确", 3, 2, "部分指标未细化量化，扣1分"),
           ("投入", "预算配置", "预算编制科学性", "科学", "科学", 4, 4, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 8, bs, "执行率×8"),
           ("过程", "预算执行", "结转结余率", "≤10%", "4.6%", 4, 4, ""),
           ("过程", "预算管理", "政府采购执行率", "100%", "100%", 4, 4, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 4, 3, "环卫作业车辆台账更新不及时，扣1分"),
           ("产出", "数量指标", "背街里巷整治（条）", "≥60", "62", 8, 8, ""),
           ("产出", "质量指标", "主次干道机扫水洗率", "≥85%", "88.2%", 8, 8, ""),
           ("产出", "质量指标", "公厕保洁达标率", "100%", "100%", 8, 8, ""),
           ("产出", "质量指标", "生活垃圾无害化处理率", "100%", "100%", 8, 8, ""),
           ("产出", "时效指标", "城市管理问题按期办结率（数字化城管平台派遣案件）", "≥95%", "92%", 8, 6.5, long_reason),
           ("效益", "社会效益", "市容环境综合考核排名（位次）", "全市前5位", "第4位", 8, 8, ""),
           ("效益", "社会效益", "垃圾分类居民知晓率", "≥90%", "93.5%", 7, 7, ""),
           ("效益", "可持续影响", "城市管理长效机制", "健全", "基本健全", 7, 6, "网格化管理与街道联动机制尚需完善，扣1分"),
           ("效益", "满意度", "群众满意度", "≥90%", "91.2%", 8, 8, "")]
    assert s2(ind, 5) == 100
    rows_total = s2(ind, 6)
    assert rows_total == 95.38, rows_total
    total_p = 95.83  # PLANT TOTAL_VS_ROWS: rows add to 95.38, the 合计 prints 95.83
    secs = sections(ind, ["投入", "过程", "产出", "效益"])
    assert dict((n, s) for n, w, s in secs)["过程"] == 18.88
    secs_p = [(n, w, 19.88 if n == "过程" else s) for n, w, s in secs]  # PLANT SECTION_VS_ROWS: 过程 rows 18.88
    g = gold(None, dept, 2021, "COUNTY", "天津市", "SELF_EVALUATION", None, total_p, 100, "优",
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), secs_p, grows(ind))
    fnd = [F("SECTION_VS_ROWS", "过程", "过程指标小计 | 20 | 19.88", "19.88", "18.88", "HIGH", "ERROR",
             f"过程 rows {fmt(bs)} + 4 + 4 + 3 = 18.88, the 小计 line prints 19.88; the other 小计 lines are right"),
           F("TOTAL_VS_ROWS", "合计", f"合计 | 100 | {fmt(total_p)}", fmt(total_p), fmt(rows_total), "HIGH", "ERROR",
             f"the 16 rows add to {fmt(rows_total)} (投入 9 + 过程 18.88 + 产出 38.5 + 效益 29), the 合计 prints "
             f"{fmt(total_p)} (digits swapped; not the printed 小计 lines either, which add to 96.38)"),
           F("SPENDING_OVER_BUDGET", "项目支出",
             f"项目支出 | {ib_p:,.2f} | {ab_p:,.2f} | {eb_p:,.2f} | {pct(eb_p, ab_p):.2f}%", f"{eb_p:,.2f}万元",
             f"≤ {ab_p:,.2f}万元", "HIGH", "WARNING",
             f"项目支出 spent {eb_p:,.2f} against a 全年预算 of {ab_p:,.2f} ({pct(eb_p, ab_p):.2f}%, printed right); the "
             f"合计 {eb:,.2f} stays under {ab:,.2f}; the 年度主要任务 lines add to the 项目支出 figures and show where: "
             f"环卫作业市场化运营 3,468.20 against 3,420.00 (one problem)")]
    goal = ("围绕“干净、整洁、有序、安全”目标，完成背街里巷整治60条以上，主次干道机扫水洗率达到85%以上，公厕保洁和生活垃圾"
            "无害化处理全面达标；依托数字化城管平台提高城市管理问题按期办结率；推进生活垃圾分类，居民知晓率达到90%以上；"
            "市容环境综合考核保持全市前5位，群众满意度达到90%以上。")
    meta = dict(dept=dept, ind=ind, secs=secs_p, total=total_p, goal=goal, split=("城市管理问题按期办结率（数字化城管平台派遣案件）", 1),
                tasks=[("环卫作业市场化运营", "道路清扫保洁、公厕保洁及垃圾清运服务购买", 3420.00, 3468.20),
                       ("背街里巷整治提升", "62条背街里巷路面、照明及立面整治", 1280.30, 1275.46),
                       ("数字化城管运行维护", "平台运维、网格巡查及案件派遣处置", 685.00, 672.30),
                       ("生活垃圾分类推进", "分类设施配置、宣传动员及督导", 830.00, 823.00)],
                budget=[("合计", ib, ab, eb), ("其中：基本支出", ib_b, ab_b, eb_b), ("项目支出", ib_p, ab_p, eb_p)])
    return {"stem": "h218_nankai_chengguan", "format": "pdf", "draw": draw218, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": [f"执行率 {eb:,.2f} ÷ {ab:,.2f} = {rate:.2f}% × 8 = {rate * 8 / 100:.4f} printed {fmt(bs)}",
                      "基本 + 项目 = 合计 in every column; 基本支出 under budget, the 合计 under budget",
                      "公厕保洁达标率 and 生活垃圾无害化处理率 100% vs 100% (met exactly); 结转结余率 4.6% vs ≤10% (a ceiling, "
                      "met); 排名 第4位 vs 全市前5位 (met)",
                      "城市管理问题按期办结率 92% vs ≥95%: 8 − 1.5 → 6.5 (printed rule 每低1个百分点扣0.5分); the row is "
                      "SPLIT over the page break (name and reason continue on page 2, no header there)",
                      "绩效指标明确性 −1, 资产管理规范性 −1, 城市管理长效机制 −1 with reasons (judgement)",
                      "年度主要任务: 3,420.00 + 1,280.30 + 685.00 + 830.00 = 6,215.30 and 3,468.20 + 1,275.46 + 672.30 + "
                      "823.00 = 6,238.96 (= 项目支出; the tasks are not indicator rows)",
                      "投入 10/9, 产出 40/38.5, 效益 30/29 小计 right"]}


def draw218(rep, path):
    """A4 portrait, ruled table; the table runs onto page 2 with no header row, and the row at the break is split:
    the lines of its cells that fit stay on page 1, the rest continue at the top of page 2."""
    from reportlab.lib.pagesizes import A4
    M = rep["meta"]
    W, Hh = A4
    c = new_canvas(path, A4)
    L, R = 40, W - 40
    page = [1]
    size, lead, pad = 8.5, 12, 7.5

    def footer():
        c.setFont(FONT, 8.5)
        c.drawCentredString(W / 2, 28, f"第 {page[0]} 页 共 2 页")

    y = Hh - 56
    c.setFont(FONT, 14)
    c.drawCentredString(W / 2, y, "2021年度部门整体支出绩效自评表")
    y -= 30
    c.setFont(FONT, 9.5)
    c.drawString(L, y, f"部门名称（盖章）：{M['dept']}")
    c.drawRightString(R, y, "金额单位：万元")
    y -= 8
    c.setLineWidth(0.6)
    # budget block
    bx = [L, L + 60, L + 170, L + 265, L + 360, L + 440, R]
    top = y
    rows = [["预算执行情况", "项目", "年初预算数", "全年预算数", "全年执行数", "执行率"]]
    for lab, i_, a_, e_ in M["budget"]:
        rows.append(["", lab, f"{i_:,.2f}", f"{a_:,.2f}", f"{e_:,.2f}", f"{pct(e_, a_):.2f}%"])
    rh = 18
    for i, r_ in enumerate(rows):
        c.setFont(FONT, 8.5)
        for k, v in enumerate(r_):
            if not v or (k == 0):
                continue
            if k >= 2:
                c.drawRightString(bx[k + 1] - 4, y - rh + 5, v) if i else c.drawCentredString(
                    (bx[k] + bx[k + 1]) / 2, y - rh + 5, v)
            else:
                c.drawString(bx[k] + 3, y - rh + 5, v)
        c.line(bx[1] if i else L, y, R, y)
        y -= rh
    c.line(L, y, R, y)
    c.drawCentredString((bx[0] + bx[1]) / 2, (top + y) / 2 - 3, "预算执行")
    for x in bx:
        c.line(x, top, x, y)
    y -= 16
    # indicator table
    # 年度主要任务 (the 项目支出 by task) and the 年度总体目标 box between the budget block and the indicator table
    tx = [L, L + 60, L + 190, L + 380, L + 450, R]
    top = y
    trows = [["年度主要任务", "任务名称", "主要内容", "全年预算数", "全年执行数"]] + [["", a, b, f"{x:,.2f}", f"{z:,.2f}"]
                                                                        for a, b, x, z in M["tasks"]]
    for i, r_ in enumerate(trows):
        c.setFont(FONT, 8.5)
        for k, v in enumerate(r_):
            if not v or k == 0:
                continue
            if i and k >= 3:
                c.drawRightString(tx[k + 1] - 4, y - rh + 5, v)
            elif i:
                c.drawString(tx[k] + 3, y - rh + 5, v)
            else:
                c.drawCentredString((tx[k] + tx[k + 1]) / 2, y - rh + 5, v)
        c.line(tx[1] if i else L, y, R, y)
        y -= rh
    c.line(L, y, R, y)
    c.drawCentredString((tx[0] + tx[1]) / 2, (top + y) / 2 - 3, "年度主要任务")
    for x in tx:
        c.line(x, top, x, y)
    y -= 12
    gl = wrap(M["goal"], R - L - 70, 8.5)
    gh = 2 * pad + len(gl) * 13
    c.line(L, y, R, y)
    c.setFont(FONT, 8.5)
    c.drawCentredString(L + 30, y - gh / 2 - 3, "年度总体目标")
    for j, ln in enumerate(gl):
        c.drawString(L + 64, y - pad - 8.5 - j * 13 + 1, ln)
    c.line(L, y - gh, R, y - gh)
    for x in (L, L + 60, R):
        c.line(x, y, x, y - gh)
    y -= gh + 12
    xs = [L, L + 40, L + 92, L + 214, L + 270, L + 326, L + 354, L + 384, R]
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    al = "CCLCCCCL"
    cn = {"投入": "投入指标小计", "过程": "过程指标小计", "产出": "产出指标小计", "效益": "效益指标小计"}
    items = [("H", head)]
    ind = M["ind"]
    sec = {n: (w, s) for n, w, s in M["secs"]}
    s1 = {a for a, b in group_spans(ind, 0, 0)}
    s2_ = {a for a, b in group_spans(ind, 1, 0)}
    e1 = {b for a, b in group_spans(ind, 0, 0)}
    e2 = {b for a, b in group_spans(ind, 1, 0)}
    for i, (l1, l2, l3, t, a, w, s, n) in enumerate(ind):
        items.append(("R", [l1 if i in s1 else "", l2 if i in s2_ else "", l3, t, a, fmt(w), fmt(s), n], i))
        if i in e1:
            w_, s_ = sec[l1]
            items.append(("S", [cn[l1], "", "", "", "", fmt(w_), fmt(s_), ""], i))
    items.append(("S", ["合计", "", "", "", "", "100", fmt(M["total"]), ""], None))
    items.append(("S", ["自评等级", "", "", "", "", "", "优", ""], None))
    bottom = 64
    tops = [y]

    def cell_lines(vals, spanning):
        out = []
        for k, v in enumerate(vals):
            wdt = (xs[5] - xs[0] if (spanning and k == 0) else xs[k + 1] - xs[k]) - 5
            out.append(wrap(v, wdt, size) if v else [])
        return out

    def draw_part(vals, lines, lo, hi, y, spanning, kind):
        for k, ls in enumerate(lines):
            part = ls[lo:hi]
            for j, ln in enumerate(part):
                yy = y - pad - size - j * lead + 1
                if spanning and k == 0:
                    c.drawCentredString((xs[0] + xs[5]) / 2, yy, ln)
                elif kind == "S" and vals[0] == "自评等级" and k == 6:
                    c.drawCentredString((xs[5] + xs[8]) / 2, yy, ln)
                elif al[k] == "C" or kind == "H":
                    c.drawCentredString((xs[k] + xs[k + 1]) / 2, yy, ln)
                else:
                    c.drawString(xs[k] + 2.5, yy, ln)

    vsegs = []  # (page, x, y_top, y_bottom)

    def vlines(kind, vals, ytop, ybot):
        for k, x in enumerate(xs):
            if kind == "S" and 0 < k < 5:
                continue
            if kind == "S" and vals[0] == "自评等级" and k in (6, 7):
                continue
            vsegs.append((page[0], x, ytop, ybot))

    prev_i = None
    for it in items:
        kind, vals = it[0], it[1]
        spanning = kind == "S"
        c.setFont(FONT, size)
        lines = cell_lines(vals, spanning)
        n = max(1, max(len(x) for x in lines))
        h = 2 * pad + n * lead
        # horizontal line above this row: skip the merged 一级/二级 columns inside a group
        x_from = L
        if kind == "R" and prev_i is not None and it[2] not in s1:
            x_from = xs[1] if it[2] in s2_ else xs[2]
        floor = bottom
        if kind == "R" and ind[it[2]][2] == M["split"][0]:
            floor = max(bottom, y - 2 * pad - M["split"][1] * lead - 1)  # the page ends inside this row
        if y - h < floor:
            fit = int((y - floor - 2 * pad) // lead)
            if fit >= 1:  # split the row: the lines that fit stay here
                c.line(x_from, y, R, y)
                draw_part(vals, lines, 0, fit, y, spanning, kind)
                ybot = y - 2 * pad - fit * lead
                vlines(kind, vals, y, ybot)
                c.line(L, ybot, R, ybot)
                rest = [ls[fit:] for ls in lines]
            else:
                rest = None
                c.line(L, y, R, y)
            footer()
            for p_, x, a, b in vsegs:
                c.line(x, a, x, b)
            vsegs.clear()
            c.showPage()
            page[0] += 1
            c.setLineWidth(0.6)
            c.setFont(FONT, size)
            y = Hh - 50
            if rest is not None:
                n2 = max(1, max(len(x) for x in rest))
                h2 = 2 * pad + n2 * lead
                c.line(L, y, R, y)
                draw_part(vals, rest, 0, None, y, spanning, kind)
                vlines(kind, vals, y, y - h2)
                y -= h2
                prev_i = it[2] if kind == "R" else None
                continue
            x_from = L
        c.line(x_from, y, R, y)
        draw_part(vals, lines, 0, None, y, spanning, kind)
        vlines(kind, vals, y, y - h)
        y -= h
        prev_i = it[2] if kind == "R" else None
    c.line(L, y, R, y)
    for p_, x, a, b in vsegs:
        c.line(x, a, x, b)
    y -= 16
    c.setFont(FONT, 8.5)
    for ln in wrap("说明：1.预算执行率得分=执行率×8，保留两位小数；2.定量指标达到年度指标值的得满分，城市管理问题按期办结率每低于"
                   "指标值1个百分点扣0.5分；3.定性指标根据完成情况酌情扣分并说明理由；4.自评等级：" + BANDS, R - L, 8.5) + [
               "填表人：王××　　　审核人：陈××　　　联系电话：022-27×××××　　　填报日期：2022年3月30日"]:
        c.drawString(L, y, ln)
        y -= 13
    footer()
    c.showPage()
    c.save()


ALL.append(h218())


def main(argv):
    run(argv, ALL, "32")  # reports22.run: gold, findings and file of each report, LibreOffice profile heldout32


if __name__ == "__main__":
    main(sys.argv[1:])
