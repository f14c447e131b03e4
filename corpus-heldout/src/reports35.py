#!/usr/bin/python3
"""Round 35 (h229–h233): issue-9 layouts not used before, each with PLANTED issue-10 problems, made apart from the
code by the corpus35 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report
whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports35.py [h229 …]
(needs python-docx, openpyxl and reportlab: h229 DOCX whose indicator names are ONE slash-joined cell
“一级/二级/三级”; h230 drawn with reportlab, the column header repeated as a FOOTER row at the foot of each page's
part of the table; h231 a fixed-width TXT with wrapped 三级 names; h232 an XLSX with a second header row of UNITS;
h233 an HTML page with one table per 一级, each preceded by its subtotal sentence.)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, note).
"""
import html as HT
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402
import heldout3_a  # noqa: E402,F401
from heldout import fmt, budget, gold  # noqa: E402
from reports4 import pct, F  # noqa: E402
from reports22 import s2, r2, with_project, grows, run  # noqa: E402
from reports32 import new_canvas, wrap, FONT  # noqa: E402
from reports34 import new_doc, para, grid_table, secs  # noqa: E402

ALL = []
BANDS = "90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。"


# ============================================================ h229 岳阳市君山区人社局 (DOCX, one slash-joined indicator cell)

def h229():
    dept = "岳阳市君山区人力资源和社会保障局"
    ib_b, ib_p = 1240.00, 1860.00
    ib_p_sum = r2(ib_b + ib_p)  # 3,100.00
    ib_print = 3010.00  # PLANT BREAKDOWN_SUM: 年初 基本 1,240.00 + 项目 1,860.00 = 3,100.00, the 合计 line prints 3,010.00
    ab_b, ab_p = 1286.40, 2153.60
    eb_b, eb_p = 1279.35, 1992.87
    ab, eb = r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    assert (ib_p_sum, ab, eb, rate) == (3100.00, 3440.00, 3272.22, 95.12), (ib_p_sum, ab, eb, rate)
    bs = r2(rate / 10)  # 9.51
    ind = [("投入指标", "预算编制", "预算编制科学性", "科学", "基本科学", 5, 4, "年中追加就业补助资金，预算编制精准度不足，扣1分"),
           ("投入指标", "预算编制", "绩效目标合理性", "合理", "合理", 5, 5, ""),
           ("过程指标", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, ""),
           ("过程指标", "财务管理", "资金使用合规性", "合规", "合规", 5, 5, ""),
           ("过程指标", "资产管理", "资产管理规范性", "规范", "规范", 5, 5, ""),
           ("产出指标", "数量指标", "职业技能培训人次（人次）", "≥6000", "6128", 10, 10, ""),
           ("产出指标", "数量指标", "城镇新增就业人数（人）", "≥4500", "4320", 10, 10, ""),  # PLANT TARGET_MISSED_FULL_MARKS
           ("产出指标", "数量指标", "发放创业担保贷款（万元）", "≥3000", "3000", 6, 6, ""),
           ("产出指标", "质量指标", "城乡居民基本养老保险参保率", "≥95%", "96.3%", 8, 8.5, ""),  # PLANT ROW_SCORE_OVER_WEIGHT
           ("产出指标", "质量指标", "劳动保障监察案件结案率", "≥95%", "92%", 6, 4.5, "部分欠薪案件涉及诉讼，结案周期长，每低1个百分点扣0.5分，扣1.5分"),
           ("产出指标", "时效指标", "社保待遇按时足额发放率", "100%", "100%", 5, 5, ""),
           ("效益指标", "社会效益", "城镇登记失业率", "≤4.5%", "3.8%", 8, 8, ""),
           ("效益指标", "可持续影响", "就业服务长效机制", "健全", "基本健全", 7, 6, "零工市场运营机制尚待完善，扣1分"),
           ("满意度指标", "服务对象满意度", "服务对象满意度", "≥90%", "93.1%", 10, 10, "")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)
    assert total == 96.51, total
    g = gold(None, dept, 2022, "COUNTY", "湖南省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ib_print, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), [], grows(ind))
    fnd = [F("BREAKDOWN_SUM", "年初预算数", f"合计 | {ib_print:,.2f} | … ; 其中：基本支出 | {ib_b:,.2f} ; 项目支出 | {ib_p:,.2f}",
             f"{ib_print:,.2f}", f"{ib_p_sum:,.2f}", "HIGH", "WARNING",
             f"年初预算数: 基本支出 {ib_b:,.2f} + 项目支出 {ib_p:,.2f} = {ib_p_sum:,.2f}, the 合计 line prints "
             f"{ib_print:,.2f} (digits transposed?); the 全年 and 执行 columns add up and the 执行率 {rate:.2f}% is right"),
           F("ROW_SCORE_OVER_WEIGHT", "城乡居民基本养老保险参保率",
             "产出指标/质量指标/城乡居民基本养老保险参保率 | ≥95% | 96.3% | 8 | 8.5", "8.5", "≤ 8", "HIGH", "ERROR",
             f"the row scores 8.5 of a weight of 8; the 合计 {fmt(total)} adds the 8.5"),
           F("TARGET_MISSED_FULL_MARKS", "城镇新增就业人数（人）", "产出指标/数量指标/城镇新增就业人数（人） | ≥4500 | 4320 | 10 | 10 |",
             "10", "< 10", "HIGH", "WARNING",
             f"4320 < 4500, yet full marks and no 偏差原因; the printed proportion rule gives 10 × 4320 ÷ 4500 = "
             f"{10 * 4320 / 4500:.2f}")]
    meta = dict(dept=dept, ind=ind, total=total,
                budget=[("合计", ib_print, ab, eb, rate), ("其中：基本支出", ib_b, ab_b, eb_b, pct(eb_b, ab_b)),
                        ("项目支出", ib_p, ab_p, eb_p, pct(eb_p, ab_p))])
    return {"stem": "h229_junshan_renshe", "format": "docx", "write": write229, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": [f"执行率 {eb:,.2f} ÷ {ab:,.2f} = {rate:.2f}% (right) × 10 = {rate / 10:.3f} printed {fmt(bs)}",
                      f"基本 {pct(eb_b, ab_b):.2f}% and 项目 {pct(eb_p, ab_p):.2f}% right; the 全年 and 执行 columns add up; "
                      "both under budget",
                      "发放创业担保贷款 3000 vs ≥3000 (met exactly); 城镇登记失业率 3.8% vs ≤4.5% (a ceiling, met)",
                      "劳动保障监察案件结案率 92% vs ≥95%: 6 − 1.5 → 4.5 (printed rule 每低1个百分点扣0.5分)",
                      "预算编制科学性 −1, 就业服务长效机制 −1 with reasons (judgement)",
                      "the 一级, 二级 and 三级 are ONE cell “产出指标/数量指标/职业技能培训人次（人次）” under the header "
                      "“绩效指标（一级指标/二级指标/三级指标）”; a 序号 column 1–14",
                      f"合计 {fmt(total)} = rows (with the printed 8.5)"]}


def write229(rep, path):
    M = rep["meta"]
    doc = new_doc()
    para(doc, "2022年度部门整体支出绩效自评表", bold=True, size=16, center=True, after=6)
    para(doc, f"部门（单位）名称：{M['dept']}（盖章）　　　　　　　　金额单位：万元", after=4)
    para(doc, "一、部门预算执行情况", bold=True, after=2)
    rows = [["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"]]
    rows += [[lab, f"{i_:,.2f}", f"{a_:,.2f}", f"{e_:,.2f}", f"{r_:.2f}%"] for lab, i_, a_, e_, r_ in M["budget"]]
    grid_table(doc, rows, [40, 32, 32, 32, 26])
    para(doc, "", after=2)
    para(doc, "二、绩效指标完成情况", bold=True, after=2)
    rows = [["序号", "绩效指标（一级指标/二级指标/三级指标）", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]]
    for k, (l1, l2, l3, t, a, w, s, n) in enumerate(M["ind"], 1):
        rows.append([str(k), f"{l1}/{l2}/{l3}", t, a, fmt(w), fmt(s), n])
    rows.append(["合计", "", "", "", "100", fmt(M["total"]), "自评等级：优"])
    t = grid_table(doc, rows, [9, 57, 18, 18, 11, 13, 44], bold_rows=(0, len(rows) - 1), size=9)
    last = t.rows[-1].cells
    last[0].merge(last[3])
    last[0].text = ""
    last[0].paragraphs[0].add_run("合计").bold = True
    para(doc, "评分说明：1.预算执行率得分=执行率×10，保留两位小数；2.定量指标达到年度指标值的得满分，未达到的按完成比例计分，"
              "劳动保障监察案件结案率每低于指标值1个百分点扣0.5分；3.定性指标根据完成情况酌情扣分并说明理由；4.自评等级：" + BANDS)
    para(doc, "填表人：李××　　　审核人：周××　　　联系电话：0730-82×××××　　　填报日期：2023年4月10日")
    doc.save(path)
    H.A.normalize_zip(path)


ALL.append(h229())


# ============================================================ h230 南充市高坪区水利局 (PDF, header repeated as a footer row)

def h230():
    dept = "南充市高坪区水利局"
    unit = "南充市高坪区农村供水服务中心"
    proj = "高坪区2022年农村供水保障巩固提升工程"
    ia_c, aa_c, ea_c = 800.00, 800.00, 781.36
    ia_q, aa_q, ea_q = 400.00, 550.00, 510.00
    ia, aa, ea = r2(ia_c + ia_q), r2(aa_c + aa_q), r2(ea_c + ea_q)
    rate = pct(ea, aa)
    assert (ia, aa, ea, rate) == (1200.00, 1350.00, 1291.36, 95.66), (ia, aa, ea, rate)
    bs = r2(rate / 10)  # 9.57
    mal = "≥95%得8分；90%（含）—96%得5分；90%以下不得分"  # PLANT MALFORMED_RULE: the two bands overlap on 95%–96%
    ind = [("产出指标", "数量指标", "新建集中供水工程（处）", "≥6", "6", 8, 8, ""),
           ("产出指标", "数量指标", "改造供水管网长度（公里）", "≥42", "45.6", 8, 8, ""),
           ("产出指标", "数量指标", "巩固提升受益人口（人）", "≥18000", "18650", 6, 6, ""),
           ("产出指标", "数量指标", "设置水源保护标志（处）", "≥30", "32", 4, 4, ""),
           ("产出指标", "质量指标", "集中供水工程水质检测合格率", "≥95%", "97%", 8, 8, ""),
           ("产出指标", "质量指标", "工程竣工验收合格率", "100%", "100%", 6, 6, ""),
           ("产出指标", "时效指标", "工程按期完工率", "≥95%", "90%", 8, 7, "2处工程受汛期影响延期完工"),  # PLANT RULE_SCORE (→ 5.5)
           ("产出指标", "成本指标", "单位受益人口投资（元/人）", "≤750", "724", 6, 6, ""),
           ("效益指标", "社会效益指标", "农村集中供水率", "≥90%", "91.5%", 8, 8, ""),
           ("效益指标", "社会效益指标", "农村自来水普及率", "≥88%", "89.2%", 6, 6, ""),
           ("效益指标", "社会效益指标", "供水保证率", "≥95%", "96%", 6, 6, ""),
           ("效益指标", "可持续影响指标", "工程长效管护机制", "健全", "基本健全", 6, 5, "村级管水员报酬保障机制尚未全覆盖，扣1分"),
           ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "92.8%", 10, 10, "")]
    full = [("", "", "年度资金总额", "", f"{rate:.2f}%", 10, bs, "")] + ind
    assert s2(full, 5) == 100
    rows_total = s2(full, 6)
    assert rows_total == 97.57, rows_total
    total_p = 98.57  # PLANT TOTAL_VS_ROWS: the 总分 row prints 98.57, the fund line and the 13 rows add to 97.57
    g = with_project(gold(None, dept, 2022, "COUNTY", "四川省", "SELF_EVALUATION", None, total_p, 100, "优",
                          budget(ia, aa, ea, rate), [], grows(full)), proj, unit)
    meta = dict(dept=dept, unit=unit, proj=proj, ind=ind, total=total_p, rate=rate, bs=bs, mal=mal,
                fund=[("年度资金总额", ia, aa, ea, "10", f"{rate:.2f}%", fmt(bs)),
                      ("其中：中央衔接推进乡村振兴补助资金", ia_c, aa_c, ea_c, "—", f"{pct(ea_c, aa_c):.2f}%", "—"),
                      ("区级配套资金", ia_q, aa_q, ea_q, "—", f"{pct(ea_q, aa_q):.2f}%", "—")])
    fnd = [F("MALFORMED_RULE", "集中供水工程水质检测合格率", f"集中供水工程水质检测合格率：{mal}", mal,
             "bands overlap on 95%–96%", "HIGH", "WARNING",
             "the first band (≥95% → 8) and the second (90%（含）—96% → 5) overlap: a rate from 95% to 96% falls in both "
             "and could score 8 or 5; the row's 97% sits only in the first band, so its 8 is not affected"),
           F("RULE_SCORE", "工程按期完工率", "工程按期完工率 | ≥95% | 90% | 8 | 7 | 2处工程受汛期影响延期完工", "7", "5.5",
             "HIGH", "ERROR", "the printed rule takes 0.5 point per percentage point below the target: 90% is 5 points "
                              "short, 8 − 2.5 = 5.5; the row prints 7"),
           F("TOTAL_VS_ROWS", "总分", f"总分 | 100 | {fmt(total_p)} | 自评等级：优", fmt(total_p), fmt(rows_total), "HIGH",
             "ERROR", f"{fmt(bs)} (年度资金总额) + 88 (13 indicator rows, with the printed 7) = {fmt(rows_total)}; the 总分 "
                      f"row prints {fmt(total_p)}")]
    return {"stem": "h230_gaoping_shuili", "format": "pdf", "draw": draw230, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": [f"执行率 {ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% (right) × 10 = {rate / 10:.3f} printed {fmt(bs)}",
                      f"中央 {pct(ea_c, aa_c):.2f}% and 区级 {pct(ea_q, aa_q):.2f}% right; 中央 + 区级 = 年度资金总额 in "
                      "every column; 年初 1,200.00 < 全年 1,350.00 (区级 追加)",
                      "新建集中供水工程 6 vs ≥6 (met exactly); 单位受益人口投资 724 vs ≤750 (a ceiling, met)",
                      "工程长效管护机制 基本健全 −1 with a reason (judgement)",
                      "集中供水工程水质检测合格率 97% → 8 (in the full band; the malformed rule does not change it)",
                      "the table's column header is printed at the top of each page AND repeated as a FOOTER row at the "
                      "foot of each page's part of the table (page 1 after row 9, page 2 after the 总分 row): not rows",
                      f"with the rule applied (5.5) the rows add to {fmt(r2(rows_total - 1.5))}, still 优"]}


def draw230(rep, path):
    from reportlab.lib.pagesizes import A4, landscape
    M = rep["meta"]
    size = landscape(A4)
    W, Hh = size
    c = new_canvas(path, size)
    L, R = 40, W - 40
    y = [Hh - 50]
    page = [1]

    def footer():
        c.setFont(FONT, 9)
        c.drawCentredString(W / 2, 22, f"第 {page[0]} 页  共 2 页")

    def text(s, size_=10.5, center=False, x=None):
        c.setFont(FONT, size_)
        if center:
            c.drawCentredString(W / 2, y[0], s)
        else:
            c.drawString(x if x is not None else L, y[0], s)
        y[0] -= size_ + 6

    def table(rows, widths, center=(), hdr=(), fs=9, spans=None):
        """rows of cells; widths in pt; spans: {row_index: [(first_col, last_col), ...]} merges."""
        xs = [L]
        for wd in widths:
            xs.append(xs[-1] + wd)
        c.setLineWidth(0.5)
        for i, cells in enumerate(rows):
            sp = (spans or {}).get(i, [])
            groups, k = [], 0
            while k < len(cells):
                m = next(((a, b) for a, b in sp if a == k), None)
                b = m[1] if m else k
                groups.append((k, b, cells[k]))
                k = b + 1
            lines = [wrap(str(v), xs[b + 1] - xs[a] - 6, fs) for a, b, v in groups]
            h = max(len(ls) for ls in lines) * (fs + 3) + 6
            c.setFont(FONT, fs)
            c.line(xs[0], y[0], xs[-1], y[0])
            for (a, b, v), ls in zip(groups, lines):
                c.line(xs[a], y[0], xs[a], y[0] - h)
                for j, ln in enumerate(ls):
                    yy = y[0] - 4 - fs - j * (fs + 3)
                    if a in center or i in hdr:
                        c.drawCentredString((xs[a] + xs[b + 1]) / 2, yy, ln)
                    else:
                        c.drawString(xs[a] + 3, yy, ln)
            c.line(xs[-1], y[0], xs[-1], y[0] - h)
            y[0] -= h
        c.line(xs[0], y[0], xs[-1], y[0])

    text("项目支出绩效自评表", 16, center=True)
    text("（2022年度）", 11, center=True)
    y[0] -= 2
    text(f"填报单位（盖章）：{M['unit']}" + "　" * 30 + "金额单位：万元", 10)
    fw = [260, 90, 90, 90, 70, 80, 82]
    rows = [["项目名称", M["proj"], "", "", "", "", ""],
            ["主管部门", M["dept"], "", "实施单位", M["unit"], "", ""],
            ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]]
    for lab, a, b, e, w, r, s in M["fund"]:
        rows.append([lab, f"{a:,.2f}", f"{b:,.2f}", f"{e:,.2f}", w, r, s])
    rows.append(["年度总体目标", "目标1：新建集中供水工程6处，改造供水管网42公里以上，巩固提升18000人以上农村人口供水保障水平；"
                 "目标2：集中供水工程水质检测合格率达到95%以上，工程按期完工率达到95%以上；"
                 "目标3：农村集中供水率达到90%以上，受益群众满意度达到90%以上。", "", "", "", "", ""])
    table(rows, fw, center=(1, 2, 3, 4, 5, 6), hdr=(2,), spans={0: [(1, 6)], 1: [(1, 2), (4, 6)], 6: [(1, 6)]})
    y[0] -= 8
    iw = [70, 92, 170, 70, 70, 40, 40, 210]
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    body = [[l1, l2, l3, t, a, fmt(w), fmt(s), n] for l1, l2, l3, t, a, w, s, n in M["ind"]]
    cc = (3, 4, 5, 6)
    table([head] + body[:9] + [head], iw, center=cc, hdr=(0, 10))
    footer()
    c.showPage()
    page[0] += 1
    y[0] = Hh - 50
    tot = ["总分", "", "", "", "", "100", fmt(M["total"]), "自评等级：优"]
    n2 = len(body[9:])
    table([head] + body[9:] + [tot] + [head], iw, center=cc, hdr=(0, n2 + 1, n2 + 2), spans={n2 + 1: [(0, 4)]})
    y[0] -= 14
    for ln in ["评分说明：1.年度资金总额得分=执行率×10，保留两位小数；2.定量指标达到年度指标值的得满分，未达到的按完成比例计分；",
               f"3.集中供水工程水质检测合格率：{M['mal']}；4.工程按期完工率每低于指标值1个百分点扣0.5分；",
               "5.定性指标根据完成情况酌情扣分并说明理由；6.自评等级：" + BANDS,
               "填报人：何××　　　联系电话：0817-33×××××　　　填报日期：2023年3月28日"]:
        text(ln, 9.5)
    footer()
    c.showPage()
    c.save()


ALL.append(h230())


# ============================================================ h231 安康市汉滨区市场监管局 (TXT, fixed-width columns, wrapped 三级)

def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def cut(s, width):
    """Split s into pieces of display width ≤ width."""
    out, cur = [], ""
    for ch in s:
        if dw(cur + ch) > width:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    return out + [cur] if cur else out or [""]


def h231():
    dept = "安康市汉滨区市场监督管理局"
    ib_b, ib_p = 1620.00, 980.00
    ab_b, ab_p = 1652.30, 1187.70
    eb_b, eb_p = 1640.18, 1061.42
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (2600.00, 2840.00, 2701.60, 95.13), (ib, ab, eb, rate)
    rate_f = 95.31  # PLANT FORMULA: 2,701.60 ÷ 2,840.00 × 100% = 95.13%, the formula line prints =95.31%
    bs = r2(rate / 10)  # 9.51
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 5, 5, ""),
           ("决策", "决策过程", "重大事项集体决策规范性", "规范", "规范", 5, 5, ""),
           ("决策", "预算编制", "预算编制科学性", "科学", "基本科学", 5, 4, "年中追加执法装备经费，扣1分"),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, ""),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 5, 5, ""),
           ("过程", "资产管理", "政府采购规范性", "规范", "规范", 5, 5, ""),
           ("产出", "数量指标", "食品安全监督抽检批次（批次）", "≥1600", "1652", 8, 8, ""),  # PLANT SAME_FIGURE_DIFFERS (三: 1,625)
           ("产出", "数量指标", "双随机抽查市场主体户数（户）", "≥1200", "1200", 6, 6, ""),
           ("产出", "数量指标", "农贸市场快检室建设数量（个）", "≥12", "12", 8, 8, ""),  # PLANT NARRATIVE_NOT_DONE_FULL_MARKS
           ("产出", "质量指标", "投诉举报按时办结率", "≥98%", "96%", 8, 6, "节假日投诉集中，每低1个百分点扣1分"),
           ("产出", "时效指标", "企业开办办理时限（个工作日）", "≤2", "1.5", 6, 6, ""),
           ("效益", "社会效益", "食品抽检合格率", "≥97%", "98.2%", 8, 8, ""),
           ("效益", "社会效益", "重大食品安全事故（起）", "0", "0", 5, 5, ""),
           ("效益", "可持续影响", "市场监管长效机制", "健全", "基本健全", 6, 5, "信用分级分类监管尚未全覆盖，扣1分"),
           ("满意度", "服务对象满意度", "群众满意度", "≥90%", "91.6%", 10, 10, "")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)
    assert total == 95.51, total
    g = gold(None, dept, 2021, "COUNTY", "陕西省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ib, ab, eb, rate_f, ab_b, eb_b, ab_p, eb_p), [], grows(ind))
    L = []
    L.append("安康市汉滨区市场监督管理局2021年度部门整体支出绩效自评报告")
    L.append("")
    L.append("一、部门基本情况")
    L.append("　　汉滨区市场监督管理局为区政府工作部门，内设股室12个，下设市场监管所28个、区市场监管综合执法大队1个，"
             "核定编制286名，年末实有人员271名。")
    L.append("")
    L.append("二、部门预算执行情况")
    L.append(f"　　2021年年初预算{ib:,.2f}万元，其中基本支出{ib_b:,.2f}万元，项目支出{ib_p:,.2f}万元；全年预算{ab:,.2f}万元，"
             f"其中基本支出{ab_b:,.2f}万元，项目支出{ab_p:,.2f}万元。全年支出{eb:,.2f}万元，其中基本支出{eb_b:,.2f}万元，"
             f"项目支出{eb_p:,.2f}万元。")
    L.append(f"　　预算执行率=全年支出÷全年预算×100%={eb:,.2f}÷{ab:,.2f}×100%={rate_f:.2f}%。")  # PLANT FORMULA
    L.append("　　未执行部分主要为年末采购的快检设备尚未完成验收付款。")
    L.append("")
    L.append("三、绩效目标完成情况")
    L.append("　　（一）全年完成食品安全监督抽检1,625批次，抽检合格率98.2%，未发生重大食品安全事故。")  # PLANT SAME_FIGURE_DIFFERS
    L.append("　　（二）“双随机、一公开”抽查市场主体1,200户，企业开办时限压缩至1.5个工作日。")
    L.append("　　（三）计划建设的12个农贸市场快检室已建成10个，江北、关庙2个快检室因场地调整尚未建成，"
             "结转至2022年继续实施。")  # PLANT NARRATIVE_NOT_DONE_FULL_MARKS
    L.append("　　（四）受理投诉举报按时办结率96%，群众满意度91.6%。")
    L.append("")
    L.append("四、绩效指标评分情况（固定宽度表格，三级指标名称过长时转下一行）")
    L.append("")
    cols = [("一级指标", 10), ("二级指标", 16), ("三级指标", 22), ("年度指标值", 12), ("实际完成值", 12), ("分值", 6),
            ("得分", 6)]

    def line(fields):
        s = ""
        for (name, wd), v in zip(cols, fields):
            s += v + " " * (wd - dw(v)) + "  "
        return s.rstrip()
    rule = "-" * (sum(wd for _, wd in cols) + 2 * (len(cols) - 1))
    L.append(rule)
    L.append(line([n for n, _ in cols]))
    L.append(rule)
    for l1, l2, l3, t, a, w, s, n in ind:
        parts = cut(l3, 22)
        L.append(line([l1, l2, parts[0], t, a, fmt(w), fmt(s)]))
        for p in parts[1:]:
            L.append(line(["", "", p, "", "", "", ""]))
    L.append(rule)
    L.append(line(["合计", "", "", "", "", "100", fmt(total)]))
    L.append(rule)
    L.append("　　扣分说明：预算编制科学性，年中追加执法装备经费，扣1分；投诉举报按时办结率96%，低于指标值2个百分点，扣2分；"
             "市场监管长效机制，信用分级分类监管尚未全覆盖，扣1分。")
    L.append("　　评分说明：预算执行率得分=执行率×10，保留两位小数；定量指标达到年度指标值的得满分，未达到的按完成比例计分，"
             "投诉举报按时办结率每低于指标值1个百分点扣1分；定性指标酌情扣分。")
    L.append("")
    L.append("五、自评结论")
    L.append(f"　　经自评，本部门2021年度部门整体支出绩效自评得分{fmt(total)}分，自评等级为“优”。评分等级：" + BANDS)
    L.append("")
    L.append("六、存在的问题及改进措施")
    L.append("　　一是预算编制精准度有待提高；二是部分项目实施进度滞后，下一步将加强项目前期论证和进度管理。")
    L.append("")
    L.append("　　　　　　　　　　　　　　　　　　　　安康市汉滨区市场监督管理局")
    L.append("　　　　　　　　　　　　　　　　　　　　　　　2022年4月15日")
    text = "\n".join(L) + "\n"
    fnd = [F("FORMULA", "预算执行率", f"预算执行率=全年支出÷全年预算×100%={eb:,.2f}÷{ab:,.2f}×100%={rate_f:.2f}%",
             f"{rate_f:.2f}%", f"{rate:.2f}%", "HIGH", "ERROR",
             f"{eb:,.2f} ÷ {ab:,.2f} = {rate:.2f}%; the formula line prints {rate_f:.2f}% (digits swapped); the 预算执行率 "
             f"row of the table prints the right {rate:.2f}% and scores {fmt(bs)} on it"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "农贸市场快检室建设数量（个）",
             "计划建设的12个农贸市场快检室已建成10个，江北、关庙2个快检室因场地调整尚未建成 / 农贸市场快检室建设数量（个） | ≥12 | 12 | 8 | 8",
             "8", "< 8", "HIGH", "WARNING",
             "三 says only 10 of the 12 快检室 were built (2 尚未建成, carried over to 2022); the table prints 12 vs ≥12 and "
             "full marks; the proportion rule gives 8 × 10 ÷ 12 = 6.67"),
           F("SAME_FIGURE_DIFFERS", "食品安全监督抽检批次（批次）",
             "全年完成食品安全监督抽检1,625批次 / 食品安全监督抽检批次（批次） | ≥1600 | 1652", "1,625批次 (三)",
             "1652批次 (table)", "HIGH", "WARNING",
             "the same count is 1,625 in 三 and 1652 in the table (digits transposed); both meet ≥1600, the score is "
             "not affected")]
    return {"stem": "h231_hanbin_shichang", "format": "txt", "text": text, "gold": g, "findings": fnd,
            "traps": [f"the table's 预算执行率 {rate:.2f}% (right) × 10 = {rate / 10:.3f} printed {fmt(bs)}",
                      "基本 + 项目 = 年初 / 全年 / 支出 in 二; both under budget",
                      "双随机抽查市场主体户数 1200 vs ≥1200 (met exactly); 企业开办办理时限 1.5 vs ≤2 (a ceiling, met); "
                      "重大食品安全事故 0 vs 0",
                      "投诉举报按时办结率 96% vs ≥98%: 8 − 2 → 6 (printed rule 每低1个百分点扣1分)",
                      "预算编制科学性 −1, 市场监管长效机制 −1 with reasons in the 扣分说明 (judgement)",
                      "三's other figures (98.2%, 1,200户, 1.5, 96%, 91.6%) agree with the table",
                      "FIXED-WIDTH table (spaces, CJK = 2 columns, dashed rules): a 三级 name longer than its column "
                      "continues on the NEXT line with every other field blank (4 of 15 names wrap, e.g. “食品安全监督抽检批次（” / "
                      "“批次）”): not rows; no 偏差原因 column (the reasons are in the 扣分说明 paragraph)",
                      f"合计 {fmt(total)} = rows"]}


ALL.append(h231())


# ============================================================ h232 淄博市张店区文旅局 (XLSX, second header row of units)

def h232():
    dept = "淄博市张店区文化和旅游局"
    unit = "淄博市张店区文化馆"
    proj = "张店区2023年公共文化服务体系建设项目"
    ia, aa, ea = 680.00, 745.00, 711.26
    rate = pct(ea, aa)
    assert rate == 95.47, rate
    bs_true = r2(rate / 10)  # 9.55
    bs = 9.8  # PLANT BUDGET_ROW_SCORE: 95.47 × 10 ÷ 100 = 9.55, the fund line prints 9.8
    ind = [("产出指标", "数量指标", "送戏下乡演出场次", "≥120", "126", 8, 8, ""),
           ("产出指标", "数量指标", "公共文化场馆免费开放天数", "≥300", "300", 6, 6, ""),
           ("产出指标", "数量指标", "新建城市书房", "≥5", "6", 8, 8, ""),
           ("产出指标", "数量指标", "群众文化培训人次", "≥8000", "8460", 6, 6, ""),
           ("产出指标", "质量指标", "文化活动备案审核合格率", "100", "100", 6, 6, ""),
           ("产出指标", "质量指标", "文物安全巡查覆盖率", "≥95", "93", 6, 5, "汛期部分野外文物点无法到达，每低1个百分点扣0.5分"),
           ("产出指标", "时效指标", "项目完成及时率", "100", "100", 5, 5, ""),
           ("产出指标", "成本指标", "场均演出补助", "≤0.8", "0.76", 5, 5, ""),
           ("效益指标", "社会效益指标", "公共文化设施年服务人次", "≥85", "88.6", 10, 10, ""),
           ("效益指标", "社会效益指标", "群众文化活动参与率", "≥60", "62.4", 10, 10, ""),
           ("效益指标", "可持续影响指标", "基层文化设施长效运营机制", "健全", "基本健全", 10, 9, "社会力量参与运营机制尚待完善，扣1分"),
           ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90", "94.2", 12, 12, "")]
    units = ["场", "天", "个", "人次", "%", "%", "%", "万元", "万人次", "%", "—", "%"]
    full = [("", "", "年度资金总额", "", f"{rate:.2f}", 10, bs, "")] + ind
    wsum = s2(full, 5)
    assert wsum == 102, wsum  # PLANT WEIGHTS_VS_FULL_MARK: the 总分 row prints 分值100, the weights add to 102
    total = s2(full, 6)
    assert total == 99.8, total
    goals = ["目标1：全年开展送戏下乡演出120场以上，新建城市书房5个以上，开展群众文化培训8000人次以上；",
             "目标2：公共文化场馆全年免费开放300天以上，文物安全巡查覆盖率达到95%以上；",
             "目标2：公共文化设施年服务85万人次以上，群众满意度达到90%以上。"]  # PLANT GOAL_LABELS (目标2 twice, no 目标3)
    g = with_project(gold(None, dept, 2023, "COUNTY", "山东省", "SELF_EVALUATION", None, total, 100, "优",
                          budget(ia, aa, ea, rate), [], grows(full)), proj, unit)
    meta = dict(dept=dept, unit=unit, proj=proj, ind=ind, units=units, total=total, ia=ia, aa=aa, ea=ea, rate=rate,
                bs=bs, goals=goals)
    fnd = [F("BUDGET_ROW_SCORE", "年度资金总额",
             f"年度资金总额 | {ia:,.2f} | {aa:,.2f} | {ea:,.2f} | 10 | {rate:.2f} | 9.8", "9.8", fmt(bs_true), "HIGH",
             "ERROR", f"{ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% (printed right, in the （%） column); the printed rule "
                      f"执行率×10 gives {fmt(bs_true)}; the line prints 9.8; the 总分 {fmt(total)} adds the 9.8"),
           F("GOAL_LABELS", "年度总体目标", "目标1：… 目标2：… 目标2：…", "目标1, 目标2, 目标2", "目标1, 目标2, 目标3", "HIGH",
             "WARNING", "the three goals of the 年度总体目标 cell are labelled 目标1, 目标2, 目标2: the third label repeats "
                        "目标2 (no goal is missing from the text)"),
           F("WEIGHTS_VS_FULL_MARK", "总分", f"总分 | 100 | {fmt(total)} | 自评等级：优", "100", "102", "HIGH", "ERROR",
             "the 分值 of the fund line (10) and the 12 indicators add to 102 (产出 50, 效益 30, 满意度 12), the 总分 row "
             "prints 100; which row carries 2 points too many is not knowable")]
    return {"stem": "h232_zhangdian_wenlv", "format": "xlsx", "write": write232, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": [f"执行率 {ea:,.2f} ÷ {aa:,.2f} = {rate:.2f} (right; printed as a bare number under the unit row "
                      "（%）)",
                      "the SECOND header row holds UNITS only: （万元） under the money columns, （分） under 分值/得分, （%） "
                      "under 执行率, and 计量单位 under the indicator header; the indicator table has a 计量单位 column "
                      "(场, 天, %, 万元 …) and targets/actuals printed as bare numbers (“≥95”, “93”): neither header row "
                      "is a row",
                      "公共文化场馆免费开放天数 300 vs ≥300 (met exactly); 场均演出补助 0.76 vs ≤0.8 万元 (a ceiling, met)",
                      "文物安全巡查覆盖率 93 vs ≥95 %: 6 − 1 → 5 (printed rule 每低1个百分点扣0.5分)",
                      "基层文化设施长效运营机制 基本健全 −1 with a reason (judgement)",
                      f"总分 {fmt(total)} = rows (with the printed 9.8)"]}


def write232(rep, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    M = rep["meta"]
    wb = Workbook()
    ws = wb.active
    ws.title = "项目支出绩效自评表"
    wb.properties.creator = "Administrator"
    wb.properties.lastModifiedBy = "Administrator"
    wb.properties.created = H.A.FIXED
    wb.properties.modified = H.A.FIXED
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    widths = [12, 16, 26, 9, 12, 12, 8, 8, 30]
    for k, wd in enumerate(widths):
        ws.column_dimensions[chr(65 + k)].width = wd
    r = [1]

    def put(vals, spans=(), bold=False, boxed=True, money=(), num=(), size=10, height=None, left=()):
        row = r[0]
        for k, v in enumerate(vals):
            if v is None:
                continue
            cell = ws.cell(row=row, column=k + 1, value=v)
            cell.font = Font(name="宋体", size=size, bold=bold)
            cell.alignment = Alignment(horizontal="center" if k and k not in left else "left", vertical="center",
                                       wrap_text=True)
            if k in money:
                cell.number_format = "#,##0.00"
            if k in num:
                cell.number_format = "0.00"
        for a, b in spans:
            ws.merge_cells(start_row=row, start_column=a + 1, end_row=row, end_column=b + 1)
        if boxed:
            for k in range(len(widths)):
                ws.cell(row=row, column=k + 1).border = box
        if height:
            ws.row_dimensions[row].height = height
        r[0] += 1
        return row

    put(["项目支出绩效自评表"], spans=[(0, 8)], bold=True, boxed=False, size=16)
    put(["（2023年度）"], spans=[(0, 8)], boxed=False)
    put([f"填报单位（盖章）：{M['unit']}", None, None, None, None, None, None, "金额单位：万元"], spans=[(0, 5), (7, 8)],
        boxed=False)
    put(["项目名称", M["proj"]], spans=[(1, 8)])
    put(["主管部门", M["dept"], None, None, "实施单位", M["unit"]], spans=[(1, 3), (5, 8)])
    top = put(["项目资金", None, None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], bold=True)
    put([None, None, None, "（万元）", "（万元）", "（万元）", "（分）", "（%）", "（分）"], bold=True)
    ws.merge_cells(start_row=top, start_column=1, end_row=top + 1, end_column=3)
    put(["年度资金总额", None, None, M["ia"], M["aa"], M["ea"], 10, M["rate"], M["bs"]], spans=[(0, 2)],
        money=(3, 4, 5), num=(7,))
    put(["年度总体目标", "\n".join(M["goals"])], spans=[(1, 8)], height=60, left=(1,))
    top = put(["一级指标", "二级指标", "三级指标", "计量单位", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
              bold=True)
    put([None, None, None, None, "（见计量单位）", "（见计量单位）", "（分）", "（分）", None], bold=True)
    for k in (0, 1, 2, 3, 8):
        ws.merge_cells(start_row=top, start_column=k + 1, end_row=top + 1, end_column=k + 1)
    first = r[0]
    for (l1, l2, l3, t, a, w, s, n), u in zip(M["ind"], M["units"]):
        put([l1, l2, l3, u, t, a, w, s, n])
    # merge 一级/二级 down their groups
    for col in (0, 1):
        start = first
        for i in range(1, len(M["ind"]) + 1):
            key = lambda j: M["ind"][j][:col + 1]  # noqa: E731
            if i == len(M["ind"]) or key(i) != key(i - 1):
                if first + i - 1 > start:
                    ws.merge_cells(start_row=start, start_column=col + 1, end_row=first + i - 1, end_column=col + 1)
                start = first + i
    put(["总分", None, None, None, None, None, 100, M["total"], "自评等级：优"], spans=[(0, 5)], bold=True)
    put(["评分说明：1.年度资金总额得分=执行率×10，保留两位小数；2.定量指标达到年度指标值的得满分，未达到的按完成比例计分，"
         "文物安全巡查覆盖率每低于指标值1个百分点扣0.5分；3.定性指标根据完成情况酌情扣分并说明理由；4.自评等级：" + BANDS],
        spans=[(0, 8)], boxed=False, height=45)
    put(["填报人：孙××　　联系电话：0533-22×××××　　填报日期：2024年3月20日"], spans=[(0, 8)], boxed=False)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(path)
    H.A.normalize_zip(path)


ALL.append(h232())


# ============================================================ h233 宜春市袁州区卫健委 (HTML, one table per 一级 after its subtotal sentence)

def h233():
    dept = "宜春市袁州区卫生健康委员会"
    ib_b, ib_p = 3080.00, 2400.00
    ab_b, ab_p = 3126.40, 2873.60
    eb_b, eb_p = 2850.12, 2891.25  # PLANT SPENDING_OVER_BUDGET: 项目支出 2,891.25 > 全年 2,873.60
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (5480.00, 6000.00, 5741.37, 95.69), (ib, ab, eb, rate)
    bs = r2(rate / 10)  # 9.57
    ind = [("决策指标", "目标设定", "绩效目标合理性", "合理", "合理", 5, 5, ""),
           ("决策指标", "决策过程", "决策程序规范性", "规范", "规范", 5, 5, ""),
           ("决策指标", "预算编制", "预算编制科学性", "科学", "基本科学", 5, 4, "年中追加公共卫生应急资金，扣1分"),
           ("过程指标", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, ""),
           ("过程指标", "财务管理", "资金使用合规性", "合规", "合规", 5, 5, ""),
           ("过程指标", "资产管理", "资产管理规范性", "规范", "规范", 5, 5, ""),
           ("产出指标", "数量指标", "家庭医生签约服务人数（人）", "≥180000", "186420", 8, 8, ""),
           ("产出指标", "数量指标", "65岁及以上老年人健康管理人数（人）", "≥52000", "52000", 6, 6, ""),
           ("产出指标", "质量指标", "高血压患者规范管理率", "≥65%", "68.2%", 8, 7, ""),  # PLANT TARGET_MET_POINTS_LOST
           ("产出指标", "质量指标", "适龄儿童免疫规划疫苗接种率", "≥95%", "93%", 8, 6, "流动儿童底数变化大，每低1个百分点扣1分"),
           ("产出指标", "时效指标", "传染病疫情报告及时率", "100%", "100%", 5, 5, ""),
           ("产出指标", "成本指标", "在职人员控制率", "≤100%", "97.5%", 5, 5, ""),
           ("效益指标", "社会效益", "居民电子健康档案建档率", "≥90%", "92.4%", 8, 8, ""),
           ("效益指标", "社会效益", "孕产妇死亡率（1/10万）", "≤15", "0", 6, 6, ""),
           ("效益指标", "可持续影响", "基层卫生服务长效机制", "健全", "基本健全", 6, 5, "乡村医生队伍稳定机制尚待完善，扣1分"),
           ("效益指标", "满意度", "群众就医满意度", "≥90%", "91.3%", 5, 5, "")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)
    assert total == 94.57, total
    names = ["决策指标", "过程指标", "产出指标", "效益指标"]
    sec = secs(ind, names)
    assert sec[1] == ("过程指标", 20, 19.57), sec
    sec_p = [list(s) for s in sec]
    sec_p[1][2] = 18.57  # PLANT SECTION_VS_ROWS: the 过程指标 sentence says 得分18.57分, its rows add to 19.57
    g = gold(None, dept, 2024, "COUNTY", "江西省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), [tuple(s) for s in sec_p], grows(ind))

    def e(s):
        return HT.escape(str(s), quote=False)

    cn = "一二三四"
    b = ['<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 部门预决算 &gt; 绩效自评</div>',
         '<div class="article">',
         f'<h1>{e(dept)}2024年度部门整体支出绩效自评表</h1>',
         f'<p class="info">发布时间：2025-05-09　来源：{e(dept)}　浏览次数：<span id="hits">—</span></p>',
         '<div class="TRS_Editor">',
         f'<p>部门（单位）名称：{e(dept)}　　　　金额单位：万元</p>',
         '<p><b>一、部门预算执行情况</b></p>',
         '<table class="yszx" border="1" cellspacing="0" cellpadding="4">',
         '<tr><td>项目</td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>执行率</td></tr>']
    for lab, i_, a_, e_ in [("合计", ib, ab, eb), ("其中：基本支出", ib_b, ab_b, eb_b), ("项目支出", ib_p, ab_p, eb_p)]:
        b.append(f"<tr><td>{lab}</td><td>{i_:,.2f}</td><td>{a_:,.2f}</td><td>{e_:,.2f}</td><td>{pct(e_, a_):.2f}%</td></tr>")
    b.append("</table>")
    b.append('<p><b>二、绩效指标完成情况</b></p>')
    for k, (nm, w, s) in enumerate(sec_p):
        b.append(f'<p class="xj">（{cn[k]}）{nm}：分值{fmt(w)}分，得分{fmt(s)}分。</p>')
        b.append('<table class="zb" border="1" cellspacing="0" cellpadding="4">')
        b.append("<tr><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td>"
                 "<td>偏差原因分析及改进措施</td></tr>")
        grp = [x for x in ind if x[0] == nm]
        for j, (l1, l2, l3, t, a, w_, s_, n) in enumerate(grp):
            span = sum(1 for x in grp if x[1] == l2)
            first = j == 0 or grp[j - 1][1] != l2
            c2 = (f'<td rowspan="{span}">{e(l2)}</td>' if span > 1 else f"<td>{e(l2)}</td>") if first else ""
            b.append(f"<tr>{c2}<td>{e(l3)}</td><td>{e(t)}</td><td>{e(a)}</td><td>{fmt(w_)}</td><td>{fmt(s_)}</td>"
                     f"<td>{e(n)}</td></tr>")
        b.append("</table>")
    b.append(f'<p><b>三、自评结论：</b>自评总分{fmt(total)}分，自评等级为“优”。</p>')
    b.append("<p>评分说明：1.预算执行率得分=执行率×10，保留两位小数；2.定量指标达到年度指标值的得满分，未达到的按完成比例计分，"
             "适龄儿童免疫规划疫苗接种率每低于指标值1个百分点扣1分；3.定性指标根据完成情况酌情扣分并说明理由；4.自评等级："
             + e(BANDS) + "</p>")
    b.append("<p>填表人：钟××　　审核人：易××　　联系电话：0795-32×××××　　填报日期：2025年4月18日</p>")
    b.append("</div>\n</div>")
    b.append('<div class="foot">主办：宜春市袁州区人民政府办公室　　赣ICP备××××××××号</div>')
    css = "table{border-collapse:collapse;margin:4px 0 10px}td{border:1px solid #999;font-size:14px}p.xj{font-weight:bold}"
    page = ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{e(dept)}2024年度部门整体支出绩效自评表_袁州区人民政府</title>\n<style>{css}</style>\n</head>\n<body>\n"
            + "\n".join(b) + "\n</body>\n</html>\n")
    fnd = [F("SECTION_VS_ROWS", "过程指标", "（二）过程指标：分值20分，得分18.57分。", "18.57", "19.57", "HIGH", "ERROR",
             f"the 过程指标 sentence states 得分18.57分; its table's rows score {fmt(bs)} + 5 + 5 = 19.57 (weights 10 + 5 + "
             f"5 = 20 agree); the 自评总分 {fmt(total)} adds the rows, not the sentence"),
           F("TARGET_MET_POINTS_LOST", "高血压患者规范管理率", "高血压患者规范管理率 | ≥65% | 68.2% | 8 | 7 |", "7", "8", "HIGH",
             "WARNING", "68.2% meets ≥65%, yet the row scores 7 of 8 and its 偏差原因 cell is empty; no printed rule "
                        "takes a point"),
           F("SPENDING_OVER_BUDGET", "项目支出", f"项目支出 | {ib_p:,.2f} | {ab_p:,.2f} | {eb_p:,.2f} | {pct(eb_p, ab_p):.2f}%",
             f"{eb_p:,.2f}万元", f"≤ {ab_p:,.2f}万元", "HIGH", "WARNING",
             f"项目支出 执行 {eb_p:,.2f} exceeds its 全年预算数 {ab_p:,.2f} ({pct(eb_p, ab_p):.2f}%, printed); the 合计 "
             f"stays under budget ({rate:.2f}%) because 基本支出 is under")]
    return {"stem": "h233_yuanzhou_weijian", "format": "html", "html": page, "gold": g, "findings": fnd,
            "traps": [f"执行率 {eb:,.2f} ÷ {ab:,.2f} = {rate:.2f}% (right) × 10 = {rate / 10:.3f} printed {fmt(bs)}",
                      f"基本 {pct(eb_b, ab_b):.2f}% right; 基本 + 项目 = 合计 in every column",
                      "65岁及以上老年人健康管理人数 52000 vs ≥52000 (met exactly); 在职人员控制率 97.5% vs ≤100% and "
                      "孕产妇死亡率 0 vs ≤15 (ceilings, met)",
                      "适龄儿童免疫规划疫苗接种率 93% vs ≥95%: 8 − 2 → 6 (printed rule 每低1个百分点扣1分)",
                      "预算编制科学性 −1, 基层卫生服务长效机制 −1 with reasons (judgement)",
                      "决策 15/14, 产出 40/37, 效益 25/24 sentences right",
                      "each 一级 is its OWN <table> (no 一级 column: 二级 | 三级 | … ) preceded by a subtotal sentence "
                      "“（一）决策指标：分值15分，得分14分。”; 二级 by rowspan",
                      f"自评总分 {fmt(total)} = rows"]}


ALL.append(h233())


def main(argv):
    run(argv, ALL, "35")  # reports22.run: gold, findings and file of each report, LibreOffice profile heldout35


if __name__ == "__main__":
    main(sys.argv[1:])
