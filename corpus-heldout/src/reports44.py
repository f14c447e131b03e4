#!/usr/bin/python3
"""Round 44 (h274–h278): layouts not used before, each with PLANTED audit problems, made apart from the code by the
corpus44 session. Specs, rendering, gold and findings in this one file; every planted figure carries `# PLANT <KIND>`
with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report whose own
recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports44.py [h274 …]
(needs reportlab, pikepdf, python-docx, lxml, openpyxl and LibreOffice: h274 a 部门整体 form PDF whose every page's
content is drawn inside FORM XOBJECTS as a “fit to page” print driver writes it (page: `q 0.94 0 0 0.94 17.8 25.2 cm
/Fm1 Do Q`; Fm1 draws the page's own parts and calls a nested /Fm2 with its own /Matrix holding the indicator table,
which continues on page 2 the same way); h275 a 部门整体 form DOCX copied from last year's file with last year's
figures left in as HIDDEN TEXT (w:vanish runs beside this year's values, a hidden paragraph of last year's
conclusion); h276 a 项目 form XLSX whose CUSTOM NUMBER FORMATS make what is shown (0.00"%" on plain numbers, 0.00"分",
amounts stored in 元 and shown in 万元 by 0\\.0000, "（"0"年度）", yyyy"年"m"月"d"日", #,##0"吨") and whose titles are
centred across selection (centerContinuous) instead of merged; h277 a third-party 项目 evaluation report HTML whose
tables are CSS display:table layouts (no <table> element: display:table / table-header-group / table-row /
table-cell, merged-looking cells by visibility:hidden repeats and by a nested display:table per 一级); h278 a 项目 form
in Word 97-2003 .doc with TRACKED CHANGES left in (insertions and deletions by two reviewers on figures, a goal line
inserted, a dropped indicator's row deleted), written as DOCX w:ins/w:del by python-docx and converted by LibreOffice.)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因[, extra]).
"""
import copy
import os
import re
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402
from heldout import fmt, budget, gold  # noqa: E402
from reports4 import pct, F  # noqa: E402
from reports22 import s2, r2, with_project, grows  # noqa: E402
from reports32 import new_canvas, FONT  # noqa: E402
from reports34 import new_doc, para, secs  # noqa: E402
from reports36_common import BANDS, grade, P, grid, cell_put, main as round_main  # noqa: E402
from reports41 import m2, spans  # noqa: E402
from reports43 import heights_for, rl_cells  # noqa: E402

ALL = []
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def g8(ind):
    return [x[:8] for x in ind]


# ============================================================ h274 孝感市应急管理局 (PDF, every page inside Form XObjects)

def h274():
    dept = "孝感市应急管理局"
    ib_b, ab_b, eb_b = 1862.40, 1905.70, 1893.26
    ib_p, ab_p, eb_p = 2310.00, 2684.50, 2417.38
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (4172.40, 4590.20, 4310.64, 93.91), (ib, ab, eb, rate)
    assert (pct(eb_b, ab_b), pct(eb_p, ab_p)) == (99.35, 90.05)
    rate_printed = 93.19  # PLANT EXECUTION_RATE: 4,310.64 ÷ 4,590.20 = 93.91%; the budget block's 合计 prints 93.19%
    bs = r2(rate / 10)
    assert bs == 9.39
    jz = r2(100 - rate)  # 结转结余率 = (全年 − 执行) ÷ 全年 = 6.09% (consistent)
    assert jz == 6.09 and pct(r2(ab - eb), ab) == 6.09
    over = 6.5  # PLANT ROW_SCORE_OVER_WEIGHT: 应急救援队伍培训 6.5 of a 分值 of 6 (“超额完成，加0.5分”)
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 4, 4, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "2项指标未细化", 4, 3, "部分指标未细化量化，扣1分"),
           ("决策", "预算配置", "在职人员控制率", "≤100%", "97.3%", 3, 3, ""),
           ("决策", "预算配置", "“三公”经费变动率", "≤0", "-6.2%", 3, 3, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "部分应急物资采购项目结转下年"),
           ("过程", "预算执行", "结转结余率", "≤10%", f"{jz:.2f}%", 3, 3, ""),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 4, 4, ""),
           ("过程", "财务管理", "政府采购执行率", "100%", "100%", 3, 3, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 4, 3.5, "部分应急救援装备未及时登记入账，扣0.5分"),
           ("产出", "产出数量", "安全生产执法检查（家次）", "≥2400", "2615", 6, 6, ""),
           ("产出", "产出数量", "组织综合应急演练（场）", "≥12", "12", 5, 5, ""),
           ("产出", "产出数量", "应急救援队伍培训（人次）", "≥3000", "3460", 6, over, "超额完成目标，加0.5分"),
           ("产出", "产出质量", "重大事故隐患整改完成率", "≥95%", "97.6%", 6, 6, ""),
           ("产出", "产出质量", "救灾物资储备达标率", "100%", "100%", 5, 5, ""),
           ("产出", "产出时效", "灾情信息报送及时率", "≥98%", "96.5%", 5, P(96.5, 98, 5), "2起灾情信息报送延时，按比例得分"),
           ("效益", "社会效益", "生产安全事故死亡人数下降率", "≥5%", "8.3%", 7, 7, ""),
           ("效益", "社会效益", "较大及以上生产安全事故（起）", "0", "0", 7, 7, ""),
           ("效益", "可持续影响", "应急管理长效机制", "健全", "基本健全", 7, 6, "基层应急网格员队伍不稳定，扣1分"),
           ("效益", "满意度", "群众安全感满意度", "≥90%", "92.4%", 8, 8, "")]
    assert s2(ind, 5) == 100 and len(ind) == 19 and P(96.5, 98, 5) == 4.92
    total = s2(ind, 6)
    assert total == 97.31, total
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert [x[2] for x in sec] == [13, 22.89, 33.42, 28], sec
    sec[3] = ("效益", 29, 27)  # PLANT SECTION_VS_ROWS: the 效益 小计 prints 27; its four rows add to 28
    g = gold(None, dept, 2024, "PREFECTURAL", "湖北省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ib, ab, eb, rate_printed, ab_b, eb_b, ab_p, eb_p), sec, grows(ind))
    goal = ("全面落实安全生产和应急管理职责：开展安全生产执法检查2400家次以上，组织综合应急演练12场，培训应急救援队伍3000人次以上，"
            "重大事故隐患整改完成率95%以上，救灾物资储备100%达标，生产安全事故死亡人数下降5%以上，不发生较大及以上生产安全事故。")
    done = ("全年开展安全生产执法检查2615家次，组织综合应急演练12场，培训应急救援队伍3460人次，重大事故隐患整改完成率97.6%，救灾物资"
            "储备100%达标；生产安全事故死亡人数同比下降8.3%，未发生较大及以上生产安全事故，群众安全感满意度92.4%。")
    meta = dict(dept=dept, ind=ind, total=total, sec=sec, b=(ib_b, ab_b, eb_b), p=(ib_p, ab_p, eb_p), ib=ib, ab=ab,
                eb=eb, rate_printed=rate_printed, goal=goal, done=done)
    fnd = [F("EXECUTION_RATE", "合计", f"合计 | {m2(ib)} | {m2(ab)} | {m2(eb)} | {rate_printed:.2f}%",
             f"{rate_printed:.2f}%", f"{rate:.2f}%", "HIGH", "ERROR",
             f"全年执行数 {m2(eb)} ÷ 全年预算数 {m2(ab)} = {rate:.2f}%; the budget block's 合计 line prints "
             f"{rate_printed:.2f}% (digits swapped); the 预算执行率 row prints the right {rate:.2f}% and scores 9.39 on it, "
             "so one finding; 基本 99.35% and 项目 90.05% are right"),
           F("ROW_SCORE_OVER_WEIGHT", "应急救援队伍培训（人次）", "应急救援队伍培训（人次） | ≥3000 | 3460 | 6 | 6.5 | 超额完成目标，加0.5分",
             "6.5", "≤ 6", "HIGH", "ERROR",
             "the row's 得分 6.5 exceeds its 分值 6 (a 0.5 bonus for exceeding the target, which the form's rules do not "
             "provide); the 产出 小计 33.42 of 33 and the 合计 97.31 carry it (one problem); with 6 the rows give 96.81"),
           F("SECTION_VS_ROWS", "效益", "效益 | 小计 | 29 | 27", "27", "28", "HIGH", "ERROR",
             "the four 效益 rows give 7 + 7 + 6 + 8 = 28; the 小计 prints 27; the 合计 97.31 adds the rows (the 小计s add to "
             "96.31)")]
    return {"stem": "h274_xiaogan_yingji", "format": "pdf", "draw": draw274, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["every page's content is drawn inside FORM XOBJECTS, as a “fit to page” print driver writes it: the "
                      "page's own content stream is only `q 0.94 0 0 0.94 17.8 25.2 cm /Fm1 Do Q`; Fm1 (/BBox the A4 page) "
                      "draws the title, the 填报单位 line, the budget and goal blocks (p. 1) or the 续表 heading, the 说明 and "
                      "the 填表人 line (p. 2) and the page number, and calls the nested /Fm2 (its own /Matrix, a "
                      "translation) that holds the indicator table's text and ruling lines; the table continues on p. 2 "
                      "in the same way (header repeated, the 产出 label repeated over its rows on each page)",
                      "budget block: parts add up in every column (年初 1,862.40 + 2,310.00 = 4,172.40; 全年 1,905.70 + "
                      "2,684.50 = 4,590.20; 执行 1,893.26 + 2,417.38 = 4,310.64); 基本 99.35%, 项目 90.05% right; both "
                      "under budget; 年初 < 全年 (追加)",
                      "预算执行率 row 93.91% × 10 = 9.39 (the 说明's rule); 结转结余率 6.09% = (4,590.20 − 4,310.64) ÷ "
                      "4,590.20 vs ≤10% (a ceiling, met); 在职人员控制率 97.3% vs ≤100% (a ceiling, met); “三公”经费变动率 "
                      "-6.2% vs ≤0 (a decrease, met)",
                      "组织综合应急演练 12 vs ≥12 (met exactly); 较大及以上生产安全事故 0 vs 0; 灾情信息报送及时率 5 × 96.5 ÷ 98 = "
                      "4.92 (the 说明's proportion rule)",
                      "绩效指标明确性 −1, 资产管理规范性 −0.5, 应急管理长效机制 −1 with reasons (judgement)",
                      "the 决策 (14/13), 过程 (24/22.89) and 产出 (33/33.42, over its weight only through the "
                      "ROW_SCORE_OVER_WEIGHT row) 小计s add their rows; 合计 97.31 = the rows; 自评等级 优",
                      "the goal block's figures (2615, 12, 3460, 97.6%, 100%, 8.3%, 92.4%) agree with the rows"]}


def draw274(rep, path):
    """reportlab draws the page parts (canvas A, A4) and the table parts (canvas B, one page per table part, origin at
    the table's lower left); pikepdf builds the final file: per page a Form XObject Fm1 (A's page + `q /Fm2 Do Q`) and
    a nested Form XObject Fm2 (B's page, /Matrix a translation), the page content only `q 0.94 … cm /Fm1 Do Q`."""
    import pikepdf
    from reportlab.lib.pagesizes import A4
    M = rep["meta"]
    ind = M["ind"]
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    Wp, Hp = A4
    work = tempfile.mkdtemp(prefix="h274_")
    try:
        # ---- the table parts (Fm2 of p. 1 and p. 2)
        cols = [44, 50, 116, 54, 60, 30, 34, 127]
        assert abs(sum(cols) - 515) < 0.01
        hdr = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
        sec = {s[0]: s for s in M["sec"]}
        # the rows of each part: ("row", i) or ("sub", 一级)
        part1 = [("row", i) for i in range(0, 4)] + [("sub", "决策")] + [("row", i) for i in range(4, 9)] + \
            [("sub", "过程")] + [("row", i) for i in range(9, 12)]
        part2 = [("row", i) for i in range(12, 15)] + [("sub", "产出")] + [("row", i) for i in range(15, 19)] + \
            [("sub", "效益")] + [("tot",), ("grade",)]
        parts = []
        for part in (part1, part2):
            spec = [(0, k, 1, 1, h, "c", True) for k, h in enumerate(hdr)]
            r = 1
            groups = []  # (一级, first r, last r) as drawn on this page
            for it in part:
                if it[0] == "row":
                    x = ind[it[1]]
                    spec += [(r, 2, 1, 1, x[2], "l", False), (r, 3, 1, 1, x[3], "c", False),
                             (r, 4, 1, 1, x[4], "c", False), (r, 5, 1, 1, fmt(x[5]), "c", False),
                             (r, 6, 1, 1, fmt(x[6]), "c", False), (r, 7, 1, 1, x[7], "l", False)]
                    if groups and groups[-1][0] == x[0]:
                        groups[-1][2] = r
                    else:
                        groups.append([x[0], r, r])
                elif it[0] == "sub":
                    s = sec[it[1]]
                    spec += [(r, 1, 1, 4, "小计", "c", True), (r, 5, 1, 1, fmt(s[1]), "c", True),
                             (r, 6, 1, 1, fmt(s[2]), "c", True), (r, 7, 1, 1, "", "c", False)]
                    groups[-1][2] = r
                elif it[0] == "tot":
                    spec += [(r, 0, 1, 5, "合计", "c", True), (r, 5, 1, 1, "100", "c", True),
                             (r, 6, 1, 1, fmt(M["total"]), "c", True), (r, 7, 1, 1, "", "c", False)]
                else:
                    spec += [(r, 0, 1, 5, "自评等级", "c", True), (r, 5, 1, 3, grade(M["total"]), "c", True)]
                r += 1
            nrows = r
            for l1, a, b in groups:
                spec.append((a, 0, b - a + 1, 1, l1, "c", False))
            # 二级: runs of equal (一级, 二级) among the indicator rows of this part
            rows_here = [(k + 1, it) for k, it in enumerate(part)]
            k = 0
            while k < len(rows_here):
                rr, it = rows_here[k]
                if it[0] != "row":
                    k += 1
                    continue
                j = k
                while j + 1 < len(rows_here) and rows_here[j + 1][1][0] == "row" and \
                        ind[rows_here[j + 1][1][1]][:2] == ind[it[1]][:2]:
                    j += 1
                spec.append((rr, 1, j - k + 1, 1, ind[it[1]][1], "c", False))
                k = j + 1
            hts = heights_for(spec, cols, nrows, 8, 10.2, 20, 6)
            parts.append((spec, hts))
        bdir = os.path.join(work, "b.pdf")
        cb = new_canvas(bdir, A4)
        sizes = []
        for spec, hts in parts:
            Ht = sum(hts)
            cb.setPageSize((515 + 2, Ht + 2))
            cb.setLineWidth(0.6)
            rl_cells(cb, 1, Ht + 1, cols, hts, spec, 8, 10.2)
            cb.showPage()
            sizes.append(Ht + 2)
        cb.save()
        # ---- the page parts (Fm1 of p. 1 and p. 2)
        adir = os.path.join(work, "a.pdf")
        ca = new_canvas(adir, A4)
        x0 = 40
        ca.setFont(FONT, 16)
        ca.drawCentredString(Wp / 2, Hp - 52, f"{M['dept']}2024年度部门整体支出绩效自评表")
        ca.setFont(FONT, 9.5)
        ca.drawString(x0, Hp - 76, f"填报单位（盖章）：{M['dept']}")
        ca.drawRightString(x0 + 515, Hp - 76, "金额单位：万元")
        bcols = [70, 75, 75, 75, 75, 70, 75]
        (ib_b, ab_b, eb_b), (ib_p, ab_p, eb_p) = M["b"], M["p"]
        bspec = [(0, 0, 4, 1, "预算执行情况", "c", True), (0, 1, 1, 1, "项目", "c", True),
                 (0, 2, 1, 1, "年初预算数", "c", True), (0, 3, 1, 1, "全年预算数", "c", True),
                 (0, 4, 1, 1, "全年执行数", "c", True), (0, 5, 1, 1, "执行率", "c", True), (0, 6, 1, 1, "备注", "c", True)]
        for r, (lab, vals, rt) in enumerate([("合计", (M["ib"], M["ab"], M["eb"]), M["rate_printed"]),
                                             ("其中：基本支出", (ib_b, ab_b, eb_b), pct(eb_b, ab_b)),
                                             ("项目支出", (ib_p, ab_p, eb_p), pct(eb_p, ab_p))], 1):
            bspec += [(r, 1, 1, 1, lab, "l", False)] + [(r, 2 + k, 1, 1, m2(v), "r", False) for k, v in enumerate(vals)]
            bspec += [(r, 5, 1, 1, f"{rt:.2f}%", "c", False), (r, 6, 1, 1, "", "c", False)]
        ca.setLineWidth(0.6)
        y = rl_cells(ca, x0, Hp - 84, bcols, [20, 19, 19, 19], bspec, 8.5, 10.5)
        gspec = [(0, 0, 2, 1, "年度总体目标", "c", True), (0, 1, 1, 1, "年度目标", "c", True),
                 (0, 2, 1, 1, "实际完成情况", "c", True), (1, 1, 1, 1, M["goal"], "l", False),
                 (1, 2, 1, 1, M["done"], "l", False)]
        gcols = [70, 222.5, 222.5]
        y = rl_cells(ca, x0, y - 8, gcols, heights_for(gspec, gcols, 2, 8, 10.5, 19, 6), gspec, 8, 10.5)
        ca.setFont(FONT, 10)
        ca.drawString(x0, y - 18, "三、绩效指标完成情况")
        y1 = y - 26  # Fm2's top on p. 1
        ca.setFont(FONT, 9)
        ca.drawCentredString(Wp / 2, 30, "第 1 页，共 2 页")
        ca.showPage()
        ca.setFont(FONT, 10)
        ca.drawString(x0, Hp - 50, "三、绩效指标完成情况（续表）")
        y2 = Hp - 58  # Fm2's top on p. 2
        yb = y2 - sizes[1]
        ca.setFont(FONT, 8.5)
        rules = ["说明：1.预算执行率得分＝预算执行率×10分；2.定量指标达到年度指标值得满分，未达到的按“实际完成值÷年度指标值×分值”"
                 "计分；3.定性指标根据完成情况酌情扣分，扣分原因在偏差原因分析中说明；",
                 "4.自评等级：" + BANDS]
        yy = yb - 16
        from reports32 import wrap
        for t in rules:
            for ln in wrap(t, 515, 8.5):
                ca.drawString(x0, yy, ln)
                yy -= 12
        ca.setFont(FONT, 9.5)
        ca.drawString(x0, yy - 14, "单位负责人：周××　　　财务负责人：汪××　　　填表人：黄××　　　联系电话：0712-23×××××")
        ca.drawRightString(x0 + 515, yy - 32, "填报日期：2025年3月28日")
        ca.setFont(FONT, 9)
        ca.drawCentredString(Wp / 2, 30, "第 2 页，共 2 页")
        ca.showPage()
        ca.save()
        assert y1 - sizes[0] > 50, y1 - sizes[0]
        # ---- assemble
        A = pikepdf.open(adir)
        B = pikepdf.open(bdir)
        out = pikepdf.new()

        def D(x, n=2):
            from decimal import Decimal
            return Decimal(f"{x:.{n}f}")

        def content(page):
            c = page.obj.Contents
            if isinstance(c, pikepdf.Array):
                return b"\n".join(s.read_bytes() for s in c)
            return c.read_bytes()
        for i, ytop in enumerate((y1, y2)):
            pa, pb = A.pages[i], B.pages[i]
            fm2 = pikepdf.Stream(out, content(pb))
            fm2.Type, fm2.Subtype = pikepdf.Name.XObject, pikepdf.Name.Form
            fm2.BBox = pikepdf.Array([0, 0, 517, D(sizes[i])])
            fm2.Matrix = pikepdf.Array([1, 0, 0, 1, x0 - 1, D(ytop - sizes[i] + 1)])
            fm2.Resources = out.copy_foreign(B.make_indirect(pb.obj.Resources))
            res1 = out.copy_foreign(A.make_indirect(pa.obj.Resources))
            res1.XObject = pikepdf.Dictionary(Fm2=fm2)
            fm1 = pikepdf.Stream(out, content(pa) + b"\nq /Fm2 Do Q\n")
            fm1.Type, fm1.Subtype = pikepdf.Name.XObject, pikepdf.Name.Form
            fm1.BBox = pikepdf.Array([0, 0, D(595.2756, 4), D(841.8898, 4)])
            fm1.Resources = res1
            page = pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=pa.obj.MediaBox,
                                      Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Fm1=fm1)),
                                      Contents=pikepdf.Stream(out, b"q 0.94 0 0 0.94 17.8 25.2 cm /Fm1 Do Q\n"))
            out.pages.append(pikepdf.Page(page))
        out.docinfo = out.make_indirect(pikepdf.Dictionary(Producer=pikepdf.String("PDF Printer Driver 7.2 (fit to page)")))
        out.save(path, static_id=True, compress_streams=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


ALL.append(h274())



# ============================================================ h275 萍乡市安源区司法局 (DOCX with last year's figures as HIDDEN TEXT)

def h275():
    dept = "萍乡市安源区司法局"
    ib_b, ab_b, eb_b = 786.20, 812.46, 768.15
    ib_p, ab_p = 420.00, 514.12
    eb_p = 521.37  # PLANT SPENDING_OVER_BUDGET: 项目支出 执行 521.37 > 全年预算 514.12 (101.41%)
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (1206.20, 1326.58, 1289.52, 97.21), (ib, ab, eb, rate)
    assert (pct(eb_b, ab_b), pct(eb_p, ab_p)) == (94.55, 101.41)
    bs = r2(rate / 10)
    assert bs == 9.72
    fy_true = P(538, 560, 8)
    assert fy_true == 7.69
    fy = fy_true  # PLANT TARGET_MET_POINTS_LOST: 法律援助案件 612 vs ≥560 met, scored 7.69 (= 8 × 538 ÷ 560, last year's)
    # hidden last-year values: (row key, column) → hidden text; the visible value is this year's
    ind = [("", "", "预算执行情况", "", f"{rate:.2f}%", 10, bs, ""),
           ("产出指标", "数量指标", "法律援助案件（件）", "≥560", "612", 8, fy, ""),
           ("产出指标", "数量指标", "人民调解案件（件）", "≥3200", "3468", 6, 6, ""),
           ("产出指标", "数量指标", "普法宣传活动（场次）", "≥150", "150", 6, 6, ""),
           ("产出指标", "数量指标", "社区矫正对象教育帮扶（人次）", "≥900", "936", 5, 5, ""),
           ("产出指标", "数量指标", "村（社区）公共法律服务工作站（个）", "≥60", "64", 5, 5, ""),
           ("产出指标", "质量指标", "人民调解成功率", "≥95%", "96.8%", 6, 6, ""),
           ("产出指标", "质量指标", "法律援助案件质量评估合格率", "100%", "100%", 5, 5, ""),
           ("产出指标", "质量指标", "社区矫正对象再犯罪率", "≤0.2%", "0.08%", 5, 5, ""),
           ("产出指标", "时效指标", "法律援助案件指派及时率", "≥98%", "96.5%", 5, P(96.5, 98, 5),
            "3件案件因受援人材料补正延迟指派，按比例得分"),
           ("产出指标", "成本指标", "法律援助案件平均补贴（元/件）", "≤1500", "1420", 4, 4, ""),
           ("效益指标", "社会效益指标", "矛盾纠纷化解率", "≥95%", "97.3%", 6, 6, ""),
           ("效益指标", "社会效益指标", "法治宣传覆盖率", "≥90%", "92.6%", 5, 5, ""),
           ("效益指标", "社会效益指标", "因矛盾纠纷引发的重大群体性事件（起）", "0", "0", 5, 5, ""),
           ("效益指标", "可持续影响指标", "公共法律服务体系长效机制", "健全", "基本健全", 5, 4,
            "2个社区工作站专职人员未配齐，扣1分"),
           ("满意度指标", "服务对象满意度指标", "法律援助受援人满意度", "≥90%", "94.5%", 7, 7, ""),
           ("满意度指标", "服务对象满意度指标", "人民调解当事人满意度", "≥90%", "93.1%", 7, 7, "")]
    assert s2(ind, 5) == 100 and len(ind) == 17 and P(96.5, 98, 5) == 4.92
    total_rows = s2(ind, 6)
    assert total_rows == 98.33, total_rows
    total = 98.83  # PLANT TOTAL_VS_ROWS: the 总分 (and the 自评结论) print 98.83; the rows add to 98.33
    # last year's figures left in as hidden runs (w:vanish) beside this year's visible ones — traps, not this year's
    hidden = {("预算执行情况", "ib"): "1,152.60", ("预算执行情况", "ab"): "1,208.40", ("预算执行情况", "eb"): "1,155.56",
              ("预算执行情况", "rate"): "95.63%", ("预算执行情况", "s"): "9.56",
              ("法律援助案件（件）", "a"): "538", ("人民调解案件（件）", "a"): "3105",
              ("人民调解成功率", "a"): "94.2%", ("矛盾纠纷化解率", "s"): "5.5", ("法律援助受援人满意度", "a"): "91.8%",
              ("总分", "s"): "93.72", ("title", "year"): "2023"}
    old_concl = ("自评结论：2023年度部门整体支出绩效自评得分93.72分，自评等级为“优”。法律援助案件538件，未达到年度目标560件，按比例扣0.31分；"
                 "人民调解成功率94.2%，未达到95%的目标。")
    g = gold(None, dept, 2024, "COUNTY", "江西省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), [], grows(ind))
    goal = ("1.提供法律援助服务，办理法律援助案件560件以上；2.深化人民调解，调解案件3200件以上、调解成功率95%以上；3.开展普法宣传活动"
            "150场次，推进村（社区）公共法律服务工作站建设；4.加强社区矫正对象教育帮扶，再犯罪率控制在0.2%以内。")
    done = ("1.办理法律援助案件612件；2.调解矛盾纠纷3468件，调解成功率96.8%；3.开展普法宣传活动150场次，建成村（社区）公共法律服务"
            "工作站64个；4.社区矫正对象教育帮扶936人次，再犯罪率0.08%。")
    meta = dict(dept=dept, ind=ind, total=total, b=(ib_b, ab_b, eb_b), p=(ib_p, ab_p, eb_p), ib=ib, ab=ab, eb=eb,
                rate=rate, bs=bs, hidden=hidden, old_concl=old_concl, goal=goal, done=done)
    fnd = [F("SPENDING_OVER_BUDGET", "项目支出", f"项目支出 | {m2(ib_p)} | {m2(ab_p)} | {m2(eb_p)} | — | {pct(eb_p, ab_p):.2f}%",
             m2(eb_p), f"≤ {m2(ab_p)}", "HIGH", "WARNING",
             f"项目支出 全年执行数 {m2(eb_p)} exceeds its 全年预算数 {m2(ab_p)} by {m2(r2(eb_p - ab_p))} (the printed "
             f"{pct(eb_p, ab_p):.2f}% is right as arithmetic); 基本支出 {m2(eb_b)} of {m2(ab_b)} and the 合计 {m2(eb)} of "
             f"{m2(ab)} are under"),
           F("TARGET_MET_POINTS_LOST", "法律援助案件（件）", f"法律援助案件（件） | ≥560 | 612 | 8 | {fmt(fy)} |",
             fmt(fy), "8", "HIGH", "WARNING",
             f"612 meets ≥560, the 偏差原因 cell is empty, yet the row scores {fmt(fy)} of 8; {fmt(fy)} = 8 × 538 ÷ 560, last "
             "year's proportion score (the hidden 538 beside the visible 612 is 2023's figure): the score was not updated; "
             "with 8 the rows give 98.64"),
           F("TOTAL_VS_ROWS", "总分", f"总分 | 100 | {fmt(total)} | 自评等级：优", fmt(total), fmt(total_rows), "HIGH",
             "ERROR",
             f"the 预算执行情况 line (9.72) and the 16 indicator rows add to {fmt(total_rows)}; the 总分 prints {fmt(total)} "
             "and the 自评结论 below the form repeats it (one problem); the hidden 93.72 beside it is last year's total; "
             "优 either way")]
    return {"stem": "h275_anyuan_sifa", "format": "docx", "write": write275, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["the form was copied from last year's file and last year's figures were HIDDEN, not deleted: beside "
                      "this year's visible value a run with w:rPr/w:vanish holds 2023's (title year 2023 after 2024; budget "
                      "line 1,152.60 / 1,208.40 / 1,155.56 / 95.63% / 9.56; 法律援助案件 538; 人民调解案件 3105; 人民调解成功率 "
                      "94.2%; 矛盾纠纷化解率 得分 5.5; 法律援助受援人满意度 91.8%; 总分 93.72), some before and some after the "
                      "visible run, and a whole hidden paragraph of 2023's 自评结论 (93.72分, 538件, 94.2%) sits above this "
                      "year's; Word (and LibreOffice's PDF) shows only the visible text, which is the gold; a reader that "
                      "joins every w:t gets “96.8%94.2%”, “6123105”-like cells",
                      "人民调解成功率 96.8% vs ≥95% with 6 of 6 (met; the hidden 94.2% would miss it); 矛盾纠纷化解率 6 of 6 "
                      "(the hidden 5.5 is last year's)",
                      "budget block: parts add up in every column (年初 786.20 + 420.00 = 1,206.20; 全年 812.46 + 514.12 = "
                      "1,326.58; 执行 768.15 + 521.37 = 1,289.52); 合计 97.21% and 基本 94.55% right; 年初 < 全年 (追加); the "
                      "预算执行情况 line 97.21% × 10 = 9.72 (the 说明's rule)",
                      "普法宣传活动 150 vs ≥150 (met exactly); 社区矫正对象再犯罪率 0.08% vs ≤0.2% and 法律援助案件平均补贴 "
                      "1420 vs ≤1500 (ceilings, met; 元/件 in the name, not a budget figure); 重大群体性事件 0 vs 0; "
                      "法律援助案件指派及时率 5 × 96.5 ÷ 98 = 4.92 (the 说明's proportion rule); 公共法律服务体系长效机制 −1 "
                      "with a reason (judgement)",
                      "the goal cells' figures (612, 3468, 96.8%, 150, 64, 936, 0.08%) agree with the rows"]}


def write275(rep, path):
    """python-docx: title (hidden 2023 after the visible 2024), one 8-column Word table (budget block, goals, indicator
    rows, 总分), the hidden 2023 conclusion paragraph, this year's conclusion, 说明, 填表人. Hidden runs are ordinary
    runs with w:vanish (run.font.hidden = True)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    M = rep["meta"]
    hid = M["hidden"]
    doc = new_doc()

    def runs(p, parts, size, bold=False):
        for text, hidden in parts:
            r = p.add_run(text)
            r.font.size = Pt(size)
            r.bold = bold
            if hidden:
                r.font.hidden = True
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    runs(p, [(M["dept"], False), ("2024", False), (hid[("title", "year")], True), ("年度部门整体支出绩效自评表", False)], 16,
         True)
    para(doc, f"填报单位（盖章）：{M['dept']}　　　　　　　　　　　　　　　金额单位：万元", size=10, after=4)
    ind = M["ind"]
    (ib_b, ab_b, eb_b), (ib_p, ab_p, eb_p) = M["b"], M["p"]
    # cells: (r, k, rs, cs, [(text, hidden) …], align, bold)
    spec = [(0, 0, 1, 1, [("部门名称", False)], "c", True), (0, 1, 1, 7, [(M["dept"], False)], "l", False)]
    hdr = ["项目", "年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分"]
    spec.append((1, 0, 4, 1, [("预算执行情况", False)], "c", True))
    spec += [(1, 1 + k, 1, 1, [(h, False)], "c", True) for k, h in enumerate(hdr)]
    k3 = ("预算执行情况",)
    spec += [(2, 1, 1, 1, [("合计", False)], "c", False),
             (2, 2, 1, 1, [(hid[k3 + ("ib",)], True), (m2(M["ib"]), False)], "r", False),
             (2, 3, 1, 1, [(m2(M["ab"]), False), (hid[k3 + ("ab",)], True)], "r", False),
             (2, 4, 1, 1, [(m2(M["eb"]), False), (hid[k3 + ("eb",)], True)], "r", False),
             (2, 5, 1, 1, [("10", False)], "c", False),
             (2, 6, 1, 1, [(f"{M['rate']:.2f}%", False), (hid[k3 + ("rate",)], True)], "c", False),
             (2, 7, 1, 1, [(hid[k3 + ("s",)], True), (fmt(M["bs"]), False)], "c", False)]
    for r, (lab, v) in ((3, ("基本支出", (ib_b, ab_b, eb_b))), (4, ("项目支出", (ib_p, ab_p, eb_p)))):
        spec += [(r, 1, 1, 1, [(lab, False)], "c", False)]
        spec += [(r, 2 + j, 1, 1, [(m2(x), False)], "r", False) for j, x in enumerate(v)]
        spec += [(r, 5, 1, 1, [("—", False)], "c", False), (r, 6, 1, 1, [(f"{pct(v[2], v[1]):.2f}%", False)], "c", False),
                 (r, 7, 1, 1, [("—", False)], "c", False)]
    spec += [(5, 0, 2, 1, [("年度总体目标", False)], "c", True), (5, 1, 1, 3, [("预期目标", False)], "c", True),
             (5, 4, 1, 4, [("实际完成情况", False)], "c", True), (6, 1, 1, 3, [(M["goal"], False)], "l", False),
             (6, 4, 1, 4, [(M["done"], False)], "l", False)]
    ih = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    spec += [(7, k, 1, 1, [(h, False)], "c", True) for k, h in enumerate(ih)]
    rows = ind[1:]
    r0 = 8
    for i, x in enumerate(rows):
        r = r0 + i
        a = [(x[4], False)]
        if (x[2], "a") in hid:
            a = [(x[4], False), (hid[(x[2], "a")], True)] if i % 2 else [(hid[(x[2], "a")], True), (x[4], False)]
        s = [(fmt(x[6]), False)]
        if (x[2], "s") in hid:
            s = [(fmt(x[6]), False), (hid[(x[2], "s")], True)]
        spec += [(r, 2, 1, 1, [(x[2], False)], "l", False), (r, 3, 1, 1, [(x[3], False)], "c", False),
                 (r, 4, 1, 1, a, "c", False), (r, 5, 1, 1, [(fmt(x[5]), False)], "c", False),
                 (r, 6, 1, 1, s, "c", False), (r, 7, 1, 1, [(x[7], False)], "l", False)]
    for col in (0, 1):
        for a, b in spans(rows, col):
            spec.append((r0 + a, col, b - a + 1, 1, [(rows[a][col], False)], "c", False))
    n = r0 + len(rows)
    spec += [(n, 0, 1, 5, [("总分", False)], "c", True), (n, 5, 1, 1, [("100", False)], "c", True),
             (n, 6, 1, 1, [(fmt(M["total"]), False), (hid[("总分", "s")], True)], "c", True),
             (n, 7, 1, 1, [("自评等级：" + grade(M["total"]), False)], "c", True)]
    widths = [15, 19, 33, 20, 21, 13, 18, 31]
    assert sum(widths) == 170
    t = grid(doc, n + 1, widths)
    for r, k, rs, cs, parts, al, b in spec:
        cell = t.cell(r, k)
        if rs > 1 or cs > 1:
            cell = cell.merge(t.cell(r + rs - 1, k + cs - 1))
        cell_put(cell, "", 8.5, b, al)
        runs(cell.paragraphs[0], parts, 8.5, b)
    para(doc, "", after=2)
    p = doc.add_paragraph()
    runs(p, [(M["old_concl"], True)], 10)
    para(doc, f"自评结论：2024年度部门整体支出绩效自评得分{fmt(M['total'])}分，自评等级为“{grade(M['total'])}”。", size=10, after=2)
    para(doc, "说明：1.预算执行情况得分＝执行率×10分；2.定量指标达到年度指标值得满分，未达到的按“实际完成值÷年度指标值×分值”计分；"
              "3.定性指标根据完成情况酌情扣分，并在偏差原因分析中说明；4.自评等级：" + BANDS, size=9, after=4)
    q = para(doc, "填表人：刘××　　　联系电话：0799-66×××××　　　填报日期：2025年4月2日", size=10)
    q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.save(path)
    H.A.normalize_zip(path)


ALL.append(h275())



# ============================================================ h276 巴彦县粮食和物资储备局 (XLSX, CUSTOM NUMBER FORMATS make what is shown)

# the formats (all valid in Excel; LibreOffice shows them the same way): amounts stored in 元 (integers) and shown in
# 万元 by a literal point before the last four digits; percentages stored as plain numbers with a literal % sign
FMT_WAN = '0\\.0000'          # 12600000 → 1260.0000
FMT_PCT2 = '0.00"%"'          # 94.2339 → 94.23%
FMT_PCT1 = '0.0"%"'           # 96.5 → 96.5%
FMT_SCORE = '0.00"分"'        # 9.42 → 9.42分
FMT_WEIGHT = '0"分"'          # 10 → 10分
FMT_YEAR = '"（"0"年度）"'     # 2024 → （2024年度）
FMT_DATE = 'yyyy"年"m"月"d"日"'  # 45762 → 2025年4月15日
FMT_TON = '#,##0"吨"'         # 12000 → 12,000吨


def h276():
    dept = "巴彦县粮食和物资储备局"
    unit = "巴彦县粮食储备库"
    proj = "2024年巴彦县县级储备粮轮换及保管费用补贴项目"
    # fund block in 元 (stored), shown in 万元 with four decimals
    srcs = [("其中：省级补助资金", 3000000, 3000000, 2915640), ("县级财政资金", 9000000, 9600000, 8957825)]
    ib_y, ab_y, eb_y = (sum(x[k] for x in srcs) for k in (1, 2, 3))
    ib, ab, eb = ib_y / 10000, ab_y / 10000, eb_y / 10000
    assert (ib, ab, eb) == (1200.0, 1260.0, 1187.3465), (ib, ab, eb)
    rate_stored = eb_y / ab_y * 100  # 94.2339… stored, 94.23% shown
    rate = round(rate_stored + 1e-9, 2)
    assert rate == 94.23
    fs_true = r2(rate / 10)
    assert fs_true == 9.42
    fs = 9.8  # PLANT BUDGET_ROW_SCORE: the 说明's rule gives 94.23% × 10 = 9.42; the fund line shows 9.80分
    # (一级, 二级, 三级, 指标值, 完成值 (value, format) or text, 分值, 得分, 偏差原因)
    lunhuan = 11460  # PLANT TARGET_MISSED_FULL_MARKS: 轮换储备粮 11,460吨 vs ≥12000吨 with 12 of 12 (the 说明 rule gives 12 × 11460 ÷ 12000 = 11.46)
    ind = [("产出指标", "数量指标", "轮换县级储备粮（吨）", "≥12000", (lunhuan, FMT_TON), 12, 12, ""),
           ("产出指标", "数量指标", "县级储备粮规模（吨）", "≥30000", (30000, FMT_TON), 10, 10, ""),
           ("产出指标", "数量指标", "新增低温储粮仓容（吨）", "≥5000", (4600, FMT_TON), 6, P(4600, 5000, 6),
            "1座低温仓改造未完工，按比例得分"),
           ("产出指标", "质量指标", "储备粮质量达标率", "100%", (100, FMT_PCT1), 8, 8, ""),
           ("产出指标", "质量指标", "储备粮宜存率", "≥95%", (93.8, FMT_PCT1), 6, P(93.8, 95, 6), "部分早期入库粮食品质下降，按比例得分"),
           ("产出指标", "时效指标", "轮换计划按期完成率", "≥95%", (92.4, FMT_PCT1), 6, P(92.4, 95, 6),
            "1个承储点因收购期降雨延后入库，按比例得分"),
           ("产出指标", "成本指标", "每吨储备粮年保管费用补贴（元）", "≤100", (100, '0"元"'), 6, 6, ""),
           ("效益指标", "经济效益指标", "轮换差价损失控制率", "≤3%", (2.6, FMT_PCT1), 8, 8, ""),
           ("效益指标", "社会效益指标", "粮食应急保障网点覆盖乡镇（个）", "18", (16, '0"个"'), 6, P(16, 18, 6),
            "2个乡镇网点在建，按比例得分"),
           ("效益指标", "社会效益指标", "储粮安全事故（起）", "0", (0, '0"起"'), 6, 6, ""),
           ("效益指标", "可持续影响指标", "储备粮管理长效机制", "健全", "基本健全", 6, 4,
            "智能化粮情监测系统未覆盖全部仓廒、轮换管理制度未及时修订，扣2分"),
           ("满意度指标", "服务对象满意度指标", "承储企业满意度", "≥90%", (88.4, FMT_PCT1), 6, P(88.4, 90, 6),
            "部分企业反映保管费用补贴拨付偏晚，按比例得分"),
           ("满意度指标", "服务对象满意度指标", "种粮农户满意度", "≥90%", (86.5, FMT_PCT1), 6, P(86.5, 90, 6),
            "轮换收购价格公示不够及时，按比例得分")]
    # PLANT WEIGHTS_VS_FULL_MARK: the fund line's 10 and the 13 rows' 分值 add to 102; the 总分 row's 分值 shows 100分
    full = [("", "", "年度资金总额", "", (rate_stored, FMT_PCT2), 10, fs, "")] + ind

    def shown(v):
        if isinstance(v, str):
            return v
        x, f = v
        if f == FMT_TON:
            return f"{x:,.0f}吨"
        if f == FMT_PCT1:
            return f"{x:.1f}%"
        if f == FMT_PCT2:
            return f"{x:.2f}%"
        return {'0"元"': f"{x}元", '0"起"': f"{x}起", '0"个"': f"{x}个"}[f]
    g_ind = [(a, b, c, t, shown(v), w, s, n) for a, b, c, t, v, w, s, n in full]
    assert s2(full, 5) == 102 and len(full) == 14, s2(full, 5)
    assert [P(92.4, 95, 6), P(4600, 5000, 6), P(93.8, 95, 6), P(16, 18, 6), P(88.4, 90, 6), P(86.5, 90, 6)] == \
        [5.84, 5.52, 5.92, 5.33, 5.89, 5.77]
    total = s2(full, 6)
    assert total == 98.07, total
    g = with_project(gold(None, dept, 2024, "COUNTY", "黑龙江省", "SELF_EVALUATION", None, total, 100, grade(total),
                          budget(ib, ab, eb, rate), [], grows(g_ind)), proj, unit)
    goal = ("目标1：完成县级储备粮轮换12000吨以上，保持县级储备粮规模30000吨；目标2：新增低温储粮仓容5000吨，储备粮质量达标率100%、"
            "宜存率95%以上；目标3：全年不发生储粮安全事故，粮食应急保障网点覆盖全部18个乡镇。")
    done = ("目标1：轮换县级储备粮11460吨，县级储备粮规模保持30000吨；目标2：新增低温储粮仓容4600吨，储备粮质量达标率100%、宜存率"
            "93.8%；目标3：全年未发生储粮安全事故，16个乡镇建成粮食应急保障网点，2个在建。")
    meta = dict(dept=dept, unit=unit, proj=proj, srcs=srcs, y=(ib_y, ab_y, eb_y), rate_stored=rate_stored, fs=fs,
                full=full, total=total, goal=goal, done=done)
    fnd = [F("BUDGET_ROW_SCORE", "年度资金总额", f"年度资金总额 | {ib:.4f} | {ab:.4f} | {eb:.4f} | 10分 | {rate:.2f}% | 9.80分",
             "9.8", fmt(fs_true), "HIGH", "ERROR",
             f"the 说明's rule (年度资金总额得分＝执行率×分值): {rate:.2f}% × 10 = {fmt(fs_true)}; the fund line shows 9.80分 "
             f"(the 总分 adds the 9.8)"),
           F("TARGET_MISSED_FULL_MARKS", "轮换县级储备粮（吨）", "轮换县级储备粮（吨） | ≥12000 | 11,460吨 | 12分 | 12.00分 |",
             "12", "< 12", "HIGH", "WARNING",
             f"11,460吨 against ≥12000, full marks and an empty 偏差原因 cell; the 说明's proportion rule gives 12 × 11460 ÷ "
             f"12000 = {fmt(P(11460, 12000, 12))}; the 实际完成情况 cell also says 11460吨"),
           F("WEIGHTS_VS_FULL_MARK", "总分", f"总分 | 100分 | {total:.2f}分 | 自评等级：{grade(total)}", "100", "102", "HIGH",
             "ERROR",
             "the fund line's 10分 and the 13 rows' 分值 add to 102 (产出 54, 效益 26, 满意度 12), the 总分 row shows 100分; "
             f"the 总分 {total:.2f} adds the rows")]
    return {"stem": "h276_bayan_liangshi", "format": "xlsx", "write": write276, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["what a cell SHOWS is made by its CUSTOM NUMBER FORMAT, and the gold is what Excel shows: the fund "
                      "block's amounts are stored in 元 as integers (12600000) and shown in 万元 by the format 0\\.0000 (a "
                      "literal point before the last four digits: 1260.0000); percentages are stored as plain numbers with "
                      "a literal sign (96.5 under 0.0\"%\" shows 96.5%, not 9650%); the execution rate is stored unrounded "
                      "(94.2339…) and shown 94.23% under 0.00\"%\"; 分值 under 0\"分\" and 得分 under 0.00\"分\" (12 shows "
                      "12.00分); tonnages under #,##0\"吨\" (11460 shows 11,460吨); 年度 cell 2024 under \"（\"0\"年度）\"; "
                      "填报日期 a date serial under yyyy\"年\"m\"月\"d\"日\"",
                      "the title and the 年度 line are CENTRED ACROSS SELECTION (horizontal centerContinuous over A:I), "
                      "not merged: their text sits in column A only",
                      "fund block 其中 lines (省级 300.0000 + 县级 900.0000 = 1200.0000 年初; 300.0000 + 960.0000 = 1260.0000 "
                      "全年; 291.5640 + 895.7825 = 1187.3465 执行; rates 97.19% and 93.31% right) carry no 分值/得分 and are "
                      "not gold budget parts; 年初 1200 < 全年 1260 (追加)",
                      "轮换计划按期完成率 6 × 92.4 ÷ 95 = 5.84 (printed proportion rule); 每吨储备粮年保管费用补贴 100元 vs ≤100 "
                      "(a ceiling met exactly; 元 per 吨, not a budget figure); 轮换差价损失控制率 2.6% vs ≤3% (a ceiling, "
                      "met); 储粮安全事故 0起 vs 0; 县级储备粮规模 30,000吨 vs ≥30000 (met exactly); 储备粮质量达标率 100.0% "
                      "vs 100%; 新增低温储粮仓容 6 × 4600 ÷ 5000 = 5.52, 储备粮宜存率 6 × 93.8 ÷ 95 = 5.92, 粮食应急保障网点 "
                      "6 × 16 ÷ 18 = 5.33, 承储企业满意度 6 × 88.4 ÷ 90 = 5.89, 种粮农户满意度 6 × 86.5 ÷ 90 = 5.77 (the same "
                      "rule); 储备粮管理长效机制 −2 with reasons (judgement)",
                      "the goal cells' figures (30000吨, 4600吨, 100%, 93.8%, 16个乡镇) agree with the rows; 总分 98.07 = the "
                      "rows (fund line 9.8 included); 优 (98.07 ≥ 90, and ≥ 90 with 9.42 too)"]}


def write276(rep, path):
    """openpyxl: one sheet, nine columns A–I; values typed with the formats above; title rows centerContinuous."""
    import datetime
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side
    M = rep["meta"]
    wb = openpyxl.Workbook()
    wb.properties.created = wb.properties.modified = H.A.FIXED
    wb.properties.creator = ""
    ws = wb.active
    ws.title = "项目支出绩效自评表"
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    font = Font(name="宋体", size=10)
    for col, wd in zip("ABCDEFGHI", [12, 14, 26, 14, 14, 10, 12, 12, 22]):
        ws.column_dimensions[col].width = wd

    def put(r, c, v, fmt_=None, al="center", bold=False, border=True, wrap_=True):
        cell = ws.cell(r, c, v)
        cell.font = Font(name="宋体", size=10, bold=bold)
        cell.alignment = Alignment(horizontal=al, vertical="center", wrap_text=wrap_)
        if fmt_:
            cell.number_format = fmt_
        if border:
            cell.border = box
        return cell

    def merge(r1, c1, r2, c2):
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        for rr in range(r1, r2 + 1):
            for cc in range(c1, c2 + 1):
                ws.cell(rr, cc).border = box
    # title and 年度 line: centre across selection (no merge)
    for c in range(1, 10):
        ws.cell(1, c).alignment = Alignment(horizontal="centerContinuous", vertical="center")
        ws.cell(2, c).alignment = Alignment(horizontal="centerContinuous", vertical="center")
    ws.cell(1, 1, "项目支出绩效自评表").font = Font(name="宋体", size=16, bold=True)
    c = ws.cell(2, 1, 2024)
    c.number_format = FMT_YEAR
    c.font = Font(name="宋体", size=11)
    ws.row_dimensions[1].height = 28
    put(3, 1, f"填报单位（盖章）：{M['dept']}", al="left", border=False, wrap_=False)
    put(3, 9, "金额单位：万元", al="right", border=False, wrap_=False)
    put(4, 1, "项目名称", bold=True)
    put(4, 2, M["proj"], al="left")
    merge(4, 2, 4, 9)
    put(5, 1, "主管部门", bold=True)
    put(5, 2, M["dept"], al="left")
    merge(5, 2, 5, 4)
    put(5, 5, "实施单位", bold=True)
    put(5, 6, M["unit"], al="left")
    merge(5, 6, 5, 9)
    put(6, 1, "项目资金（万元）", bold=True)
    merge(6, 1, 9, 1)
    for k, h in enumerate(["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
        put(6, 2 + k, h, bold=True)
    merge(6, 8, 6, 9)
    ib_y, ab_y, eb_y = M["y"]
    put(7, 2, "年度资金总额", al="left")
    for k, v in enumerate((ib_y, ab_y, eb_y)):
        put(7, 3 + k, v, FMT_WAN, al="right")
    put(7, 6, 10, FMT_WEIGHT)
    put(7, 7, M["rate_stored"], FMT_PCT2)
    put(7, 8, M["fs"], FMT_SCORE)
    merge(7, 8, 7, 9)
    for r, (lab, a, b, e) in enumerate(M["srcs"], 8):
        put(r, 2, lab, al="left")
        for k, v in enumerate((a, b, e)):
            put(r, 3 + k, v, FMT_WAN, al="right")
        put(r, 6, "—")
        put(r, 7, e / b * 100, FMT_PCT2)
        put(r, 8, "—")
        merge(r, 8, r, 9)
    # 年度总体目标
    put(10, 1, "年度总体目标", bold=True)
    merge(10, 1, 11, 1)
    put(10, 2, "预期目标", bold=True)
    merge(10, 2, 10, 5)
    put(10, 6, "实际完成情况", bold=True)
    merge(10, 6, 10, 9)
    put(11, 2, M["goal"], al="left")
    merge(11, 2, 11, 5)
    put(11, 6, M["done"], al="left")
    merge(11, 6, 11, 9)
    ws.row_dimensions[11].height = 66
    for k, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]):
        put(12, 1 + k, h, bold=True)
    merge(12, 8, 12, 9)
    rows = M["full"][1:]
    r0 = 13
    for i, (l1, l2, l3, t, v, w, s, n) in enumerate(rows):
        r = r0 + i
        put(r, 1, l1)
        put(r, 2, l2)
        put(r, 3, l3, al="left")
        put(r, 4, t)
        if isinstance(v, str):
            put(r, 5, v)
        else:
            put(r, 5, v[0], v[1])
        put(r, 6, w, FMT_WEIGHT)
        put(r, 7, s, FMT_SCORE)
        put(r, 8, n, al="left")
        merge(r, 8, r, 9)
    for col in (0, 1):
        for a, b in spans(rows, col):
            if b > a:
                merge(r0 + a, 1 + col, r0 + b, 1 + col)
    n = r0 + len(rows)
    put(n, 1, "总分", bold=True)
    merge(n, 1, n, 5)
    put(n, 6, 100, FMT_WEIGHT, bold=True)
    put(n, 7, M["total"], FMT_SCORE, bold=True)
    put(n, 8, "自评等级：" + grade(M["total"]), bold=True)
    merge(n, 8, n, 9)
    put(n + 1, 1, "说明：1.年度资金总额得分＝执行率×分值；2.定量指标未达到年度指标值的按“实际完成值÷年度指标值×分值”计分，达到的得满分；"
                  "3.定性指标根据完成情况酌情扣分，并在偏差原因分析中说明；4.自评等级：" + BANDS, al="left")
    merge(n + 1, 1, n + 1, 9)
    ws.row_dimensions[n + 1].height = 42
    put(n + 2, 1, "填报人：赵××　　联系电话：0451-57×××××", al="left", border=False, wrap_=False)
    put(n + 2, 7, "填报日期：", al="right", border=False, wrap_=False)
    put(n + 2, 8, datetime.datetime(2025, 4, 15), FMT_DATE, al="left", border=False, wrap_=False)
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = 9
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    wb.save(path)
    H.A.normalize_zip(path)


ALL.append(h276())



# ============================================================ h277 益阳市生态环境局赫山分局 (HTML, CSS display:table, third-party)

def h277():
    dept = "益阳市生态环境局赫山分局"
    unit = "益阳市赫山区农村人居环境整治服务中心"
    proj = "2023年赫山区农村生活污水治理项目"
    ev = "湖南中衡项目管理咨询有限公司"
    srcs = [("中央水污染防治资金", 1500.00, 1500.00, 1468.20), ("省级生态环境保护专项资金", 600.00, 600.00, 571.30),
            ("区级配套资金", 500.00, 760.00, 574.54)]
    ib, ab, eb = (r2(sum(x[k] for x in srcs)) for k in (1, 2, 3))
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (2600.00, 2860.00, 2614.04, 91.40), (ib, ab, eb, rate)
    assert [pct(x[3], x[2]) for x in srcs] == [97.88, 95.22, 75.60]
    ex = r2(rate * 4 / 100)
    assert ex == 3.66
    rule_run = "≥95%得满分，每低1个百分点扣0.5分"
    run_true = r2(5 - (95 - 91) * 0.5)
    assert run_true == 3
    run_printed = 4  # PLANT RULE_SCORE: 91% is 4 points under 95%: 5 − 4 × 0.5 = 3; the row prints 4
    prop = "达到目标值得满分，未达到按完成比例计分"
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 扣分说明, 评分标准)
    ind = [("决策", "项目立项", "立项依据充分性", "依据充分", "符合", 3, 3, "", "立项依据充分、符合规划得3分，否则酌情扣分"),
           ("决策", "项目立项", "立项程序规范性", "规范", "规范", 3, 3, "", "程序规范、审批文件齐全得3分，否则酌情扣分"),
           ("决策", "绩效目标", "绩效目标合理性", "合理", "未设置成本目标", 3, 2, "", "目标与实际工作内容相符、全面得3分，每缺1项扣1分"),
           ("决策", "绩效目标", "绩效指标明确性", "明确", "2项指标未量化", 3, 2, "", "指标清晰、细化、可衡量得3分，每有1项未量化扣0.5分"),
           ("决策", "资金投入", "预算编制科学性", "科学", "区级资金追加260万元", 4, 3, "", "预算编制经过论证、与工作量匹配得4分，否则酌情扣分"),
           ("决策", "资金投入", "资金分配合理性", "合理", "区级配套资金分配滞后", 4, 3, "", "分配依据充分、与实际相适应得4分，否则酌情扣分"),
           ("过程", "资金管理", "资金到位率", "100%", "100%", 4, 4, "", "到位率×分值"),
           ("过程", "资金管理", "预算执行率", "100%", f"{rate:.2f}%", 4, ex, "", "执行率×分值"),
           ("过程", "资金管理", "资金使用合规性", "合规", "合规", 4, 4, "", "发现1项违规扣1分"),
           ("过程", "组织实施", "管理制度健全性", "健全", "缺少运维考核办法", 4, 3.5, "", "制度健全得4分，每缺1项扣0.5分"),
           ("过程", "组织实施", "制度执行有效性", "有效", "3项工程变更未履行审批手续", 4, 3, "", "制度执行有效得4分，否则酌情扣分"),
           ("产出", "产出数量", "完成治理行政村（个）", "≥32", "32", 8, 8, "", prop),
           ("产出", "产出数量", "新建污水收集管网（公里）", "≥86", "70.2", 8, P(70.2, 86, 8), "", prop),
           ("产出", "产出质量", "工程验收合格率", "100%", "100%", 8, 8, "", "100%得满分，否则不得分"),
           ("产出", "产出时效", "项目按期完工率", "≥95%", "96.9%", 8, 8, "", rule_run),
           ("产出", "产出成本", "单村治理平均成本（万元/村）", "≤85", "81.69", 8, 8, "", "≤85得满分，超出不得分"),
           ("效益", "生态效益", "农村生活污水治理率", "≥45%", "47.2%", 5, 5, "", prop),
           ("效益", "生态效益", "污水处理设施正常运行率", "≥95%", "91%", 5, run_printed, "", rule_run),
           ("效益", "可持续影响", "设施运维长效机制", "健全", "运维经费未纳入年度预算", 5, 3, "", "机制健全得5分，否则酌情扣分"),
           ("效益", "满意度", "受益群众满意度", "≥90%", "88%", 5, 4, "", "≥90%得满分，每低1个百分点扣0.5分")]
    assert s2(ind, 5) == 100 and len(ind) == 20 and P(70.2, 86, 8) == 6.53
    assert r2(eb / 32) == 81.69  # 单村治理平均成本 = 实际支出 ÷ 32个村
    total = s2(ind, 6)
    assert total == 88.69, total
    gr = "优"  # PLANT GRADE_OUTSIDE_BANDS: 88.69 lies in the printed 80（含）—90 band, 良; the report says 优
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert [x[2] for x in sec] == [16, 18.16, 38.53, 16], sec
    rates = [f"{pct(x[2], x[1]):.2f}%" for x in sec]
    assert rates == ["80.00%", "90.80%", "96.33%", "80.00%"], rates
    rates[1] = "90.08%"  # PLANT SCORE_RATE: 过程 18.16 ÷ 20 = 90.80%; the summary prints 90.08%
    g = with_project(gold(None, dept, 2023, "COUNTY", "湖南省", "THIRD_PARTY_EVALUATION", ev, total, 100, gr,
                          budget(ib, ab, eb, rate), sec, grows(g8(ind))), proj, unit)
    meta = dict(dept=dept, unit=unit, proj=proj, ev=ev, srcs=srcs, ib=ib, ab=ab, eb=eb, rate=rate, ind=ind, total=total,
                gr=gr, sec=sec, rates=rates)
    fnd = [F("RULE_SCORE", "污水处理设施正常运行率", f"污水处理设施正常运行率 | 5 | {rule_run} | ≥95% | 91% | 4", "4",
             fmt(run_true), "HIGH", "ERROR",
             f"91% is 4 percentage points under 95%: 5 − 4 × 0.5 = 3 under the row's own 评分标准; the row prints 4; the 效益 "
             "得分 16 and the 综合得分 88.69 carry the 4 (one problem); with 3 the total is 87.69"),
           F("GRADE_OUTSIDE_BANDS", "评价等级", "综合评分88.69分，评价等级为“优”", "优", "良", "HIGH", "ERROR",
             "the report's own bands: 90分（含）以上为“优”，80（含）—90分为“良”; 88.69 is 良 (and 87.69 with the RULE_SCORE row "
             "corrected, still 良)"),
           F("SCORE_RATE", "过程", "过程 | 20 | 18.16 | 90.08%", "90.08%", "90.80%", "HIGH", "ERROR",
             "18.16 ÷ 20 = 90.80%; the summary prints 90.08% (digits swapped); the other 得分率 (80.00%, 96.33%, 80.00%, 合计 "
             "88.69%) are right")]
    return {"stem": "h277_heshan_shengtai", "format": "html", "html": html277(meta), "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the page has NO <table> element: every table is a CSS display:table layout (<div class=\"tbl\" "
                      "style=\"display:table\">, a display:table-header-group head, display:table-row rows, "
                      "display:table-cell cells); there is no colspan or rowspan: the 评分明细 puts each 一级 in one outer row "
                      "whose second cell holds a NESTED display:table of that 一级's rows (fixed column widths line the nested "
                      "cells up under the header); the 二级 column's repeated labels are in the DOM but hidden "
                      "(visibility:hidden), so a run of rows shows its 二级 once; the 合计 row is an outer row of its own",
                      "资金 table: 其中 sources add up in every column (年初 1,500.00 + 600.00 + 500.00 = 2,600.00; 全年 1,500.00 "
                      "+ 600.00 + 760.00 = 2,860.00; 支出 1,468.20 + 571.30 + 574.54 = 2,614.04); rates 97.88%, 95.22%, "
                      "75.60% and 合计 91.40% right; 年初 < 全年 (区级追加260万元, the 预算编制科学性 row says so); sources are "
                      "not gold budget parts",
                      "预算执行率 4 × 91.40% = 3.66 and 资金到位率 100% × 4 (the rows' rules); 完成治理行政村 32 vs ≥32 (met "
                      "exactly); 单村治理平均成本 81.69 vs ≤85 (a ceiling, met; 2,614.04 ÷ 32 = 81.69; 万元/村 in the name, "
                      "not a budget figure); 新建污水收集管网 8 × 70.2 ÷ 86 = 6.53 (proportion rule); 项目按期完工率 96.9% "
                      "vs ≥95% full; 受益群众满意度 88% vs ≥90%: 2 points × 0.5 = −1 → 4 (its rule)",
                      "绩效目标合理性 −1 (1项 by its rule), 绩效指标明确性 −1 (2项 × 0.5, its rule), 管理制度健全性 −0.5 (1项), "
                      "预算编制科学性 −1, 资金分配合理性 −1, 制度执行有效性 −1 and 设施运维长效机制 −2 (judgement, the 完成值 "
                      "says why)",
                      "the summary's 决策 (20/16, 80.00%), 产出 (40/38.53, 96.33%) and 效益 (20/16, 80.00%) are right and "
                      "every 一级 score adds its rows; 合计 100 / 88.69 = the rows"]}


def html277(M):
    import html as h_
    e = h_.escape
    css = """
body{font-family:"SimSun","Noto Serif CJK SC",serif;font-size:14px;margin:0;background:#f4f4f4}
.top{background:#1d5aa8;color:#fff;padding:10px 24px;font-size:18px}
.crumb{padding:8px 24px;font-size:12px;color:#666}
.art{background:#fff;width:960px;margin:0 auto 30px;padding:24px 36px}
h1{font-size:22px;text-align:center;margin:8px 0 4px}
.meta{text-align:center;font-size:12px;color:#888;margin-bottom:16px}
p{line-height:1.9;text-indent:2em;margin:6px 0}
h3{font-size:16px;margin:16px 0 6px}
.tbl{display:table;border-collapse:collapse;margin:8px auto;table-layout:fixed}
.thead{display:table-header-group;font-weight:bold;background:#eef3fa}
.tr{display:table-row}
.td{display:table-cell;border:1px solid #333;padding:4px 5px;vertical-align:middle;text-align:center;font-size:13px}
.l{text-align:left}
.hide{visibility:hidden}
.nest{padding:0;border:none}
.nest>.tbl{margin:0;width:100%}
.sum{font-weight:bold;background:#f6f6f6}
.cap{text-align:center;font-weight:bold;margin-top:14px}
"""
    def cell(t, w=None, cls="", extra=""):
        st = f' style="width:{w}px"' if w else ""
        return f'<div class="td{(" " + cls) if cls else ""}"{st}{extra}>{t}</div>'

    def tr(cells, cls=""):
        return f'<div class="tr{(" " + cls) if cls else ""}">' + "".join(cells) + "</div>"
    out = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(M['proj'])}绩效评价报告_益阳市赫山区人民政府</title>", f"<style>{css}</style>", "</head>", "<body>",
           '<div class="top">益阳市赫山区人民政府门户网站</div>',
           '<div class="crumb">首页 &gt; 政务公开 &gt; 财政信息 &gt; 预算绩效管理</div>', '<div class="art">',
           f"<h1>{e(M['proj'])}绩效评价报告</h1>",
           f'<div class="meta">发布时间：2024-06-18　来源：益阳市赫山区财政局　委托单位：益阳市赫山区财政局　评价机构：{e(M["ev"])}</div>',
           "<h3>一、项目概况</h3>",
           f"<p>为改善农村人居环境，{e(M['dept'])}2023年组织实施{e(M['proj'])}，由{e(M['unit'])}具体实施，计划完成32个行政村"
           "生活污水治理，新建污水收集管网86公里，农村生活污水治理率达到45%以上。受益赫山区财政局委托，"
           f"{e(M['ev'])}对该项目2023年度实施情况开展绩效评价。</p>",
           "<h3>二、项目资金情况</h3>",
           f"<p>项目年初预算{M['ib']:,.2f}万元，年中区级追加260.00万元，全年预算{M['ab']:,.2f}万元，实际支出{M['eb']:,.2f}万元，"
           f"预算执行率{M['rate']:.2f}%。资金来源及使用情况如下表（金额单位：万元）：</p>"]
    bw = [210, 130, 130, 130, 110]
    rows = ['<div class="tbl">', '<div class="thead">' + tr([cell(t, w) for t, w in zip(
        ["资金来源", "年初预算数", "全年预算数", "实际支出数", "执行率"], bw)]) + "</div>"]
    rows.append(tr([cell("合计"), cell(f"{M['ib']:,.2f}"), cell(f"{M['ab']:,.2f}"), cell(f"{M['eb']:,.2f}"),
                    cell(f"{M['rate']:.2f}%")], "sum"))
    for k, (n, a, b, x) in enumerate(M["srcs"]):
        rows.append(tr([cell(("其中：" if k == 0 else "") + n, cls="l"), cell(f"{a:,.2f}"), cell(f"{b:,.2f}"),
                        cell(f"{x:,.2f}"), cell(f"{pct(x, b):.2f}%")]))
    rows.append("</div>")
    out += rows
    out += ["<h3>三、评价结论</h3>",
            f"<p>评价组依据项目绩效评价指标体系，从决策、过程、产出、效益四个方面对项目进行综合评价。经评价，{e(M['proj'])}综合评分"
            f"{fmt(M['total'])}分，评价等级为“{M['gr']}”。评价结果分为四个等级：综合得分90分（含）以上为“优”，80（含）—90分为“良”，"
            "60（含）—80分为“中”，60分以下为“差”。各一级指标得分情况如下：</p>"]
    sw = [200, 120, 120, 120]
    rows = ['<div class="tbl">', '<div class="thead">' + tr([cell(t, w) for t, w in zip(
        ["一级指标", "分值", "得分", "得分率"], sw)]) + "</div>"]
    for (n, w, sc), rt in zip(M["sec"], M["rates"]):
        rows.append(tr([cell(n), cell(fmt(w)), cell(fmt(sc)), cell(rt)]))
    rows.append(tr([cell("合计"), cell("100"), cell(fmt(M["total"])), cell(f"{M['total']:.2f}%")], "sum"))
    rows.append("</div>")
    out += rows
    out += ["<h3>四、主要绩效</h3>",
            "<p>项目完成32个行政村生活污水治理，新建污水收集管网70.2公里，工程验收合格率100%，全区农村生活污水治理率由2022年的"
            "38.5%提高到47.2%；项目按期完工率96.9%，受益群众满意度88%。</p>",
            "<h3>五、存在的问题</h3>",
            "<p>一是绩效目标未设置成本指标，2项指标未量化；二是区级配套资金追加260万元，分配滞后，新建管网未完成年度目标；三是3项工程变更"
            "未履行审批手续；四是部分站点运行不正常，污水处理设施正常运行率91%，运维经费未纳入年度预算。</p>",
            "<h3>六、有关建议</h3>",
            "<p>科学设定绩效目标，完善成本指标；加快区级配套资金拨付；规范工程变更审批；建立设施运维长效机制，将运维经费纳入年度预算。</p>",
            '<div class="cap">附件：2023年赫山区农村生活污水治理项目绩效评价评分表</div>']
    # 评分明细: outer table 一级 | nested table (二级 | 三级 | 分值 | 评分标准 | 年度指标值 | 实际完成值 | 得分)
    w1 = 64
    nw = [86, 170, 50, 240, 90, 120, 56]
    hdr = ["二级指标", "三级指标", "分值", "评分标准", "年度指标值", "实际完成值", "得分"]
    nest_hdr = '<div class="tbl">' + tr([cell(t, w) for t, w in zip(hdr, nw)]) + "</div>"
    rows = ['<div class="tbl">', '<div class="thead">' + tr([cell("一级指标", w1), cell(nest_hdr, cls="nest")]) + "</div>"]
    ind = M["ind"]
    for a, b in spans(ind, 0):
        inner = ['<div class="tbl">']
        grp = ind[a:b + 1]
        for j, x in enumerate(grp):
            same_prev = j > 0 and grp[j - 1][1] == x[1]
            same_next = j + 1 < len(grp) and grp[j + 1][1] == x[1]
            st = ("border-top:none;" if same_prev else "") + ("border-bottom:none;" if same_next else "")
            txt = f'<span class="hide">{x[1]}</span>' if same_prev else x[1]
            l2 = f'<div class="td" style="width:{nw[0]}px;{st}">{txt}</div>'
            inner.append(tr([l2, cell(x[2], nw[1], "l"), cell(fmt(x[5]), nw[2]), cell(x[8], nw[3], "l"),
                             cell(x[3], nw[4]), cell(x[4], nw[5]), cell(fmt(x[6]), nw[6])]))
        inner.append("</div>")
        rows.append(tr([cell(ind[a][0], w1), cell("".join(inner), cls="nest")]))
    tot = '<div class="tbl">' + tr([cell("", nw[0]), cell("", nw[1]), cell("100", nw[2]), cell("", nw[3]),
                                     cell("", nw[4]), cell("", nw[5]), cell(fmt(M["total"]), nw[6])]) + "</div>"
    rows.append(tr([cell("合计", w1), cell(tot, cls="nest")], "sum"))
    rows.append("</div>")
    out += rows
    out += [f'<p style="text-align:right;text-indent:0">{e(M["ev"])}<br>2024年5月30日</p>', "</div>",
            '<div class="crumb" style="text-align:center">主办：益阳市赫山区人民政府办公室　网站标识码：4309030001</div>',
            "</body>", "</html>"]
    return "\n".join(out) + "\n"


ALL.append(h277())



# ============================================================ h278 奉节县退役军人事务局 (DOC with TRACKED CHANGES, 项目 form)

ZHANG = ("张××（财务股）", "2025-04-08T10:12:00Z")
LI = ("李××（优抚科）", "2025-04-09T15:30:00Z")


def h278():
    dept = "奉节县退役军人事务局"
    unit = "奉节县退役军人服务中心"
    proj = "2024年奉节县退役军人服务保障体系建设及就业创业扶持项目"
    # fund block, as accepted: (label, 年初, 全年 (old, new), 执行)
    srcs = [("其中：中央补助资金", 320.00, (None, 320.00), 316.40), ("市级补助资金", 150.00, (None, 150.00), 142.35),
            ("县级财政资金", 90.00, (106.50, 96.50), 89.52)]  # 李 revised 全年 106.50 → 96.50 (and its rate)
    ib, ab, eb = r2(sum(x[1] for x in srcs)), 576.50, r2(sum(x[3] for x in srcs))
    parts_ab = r2(sum(x[2][1] for x in srcs))
    # PLANT BREAKDOWN_SUM: 年度资金总额 全年 576.50; with 李's revision accepted the 其中 lines add to 566.50
    assert (ib, eb, parts_ab) == (560.00, 548.27, 566.50) and r2(320 + 150 + 106.50) == ab
    rate = pct(eb, ab)
    assert rate == 95.10 and pct(89.52, 106.50) == 84.06 and pct(89.52, 96.50) == 92.77
    fs = r2(rate / 10)
    assert fs == 9.51
    # indicator rows as accepted: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因, revisions)
    # revisions: {column: (old, new, who)} on figures; a row with "deleted" is not in the accepted document
    ind = [("产出指标", "数量指标", "村（社区）退役军人服务站规范化建设（个）", "≥34", "34", 8, 8, "", {}),
           ("产出指标", "数量指标", "退役军人职业技能培训（人次）", "≥300", "326", 6, 6, "", {}),
           ("产出指标", "数量指标", "自主就业退役士兵创业扶持（人）", "≥120", "128", 6, 6, "", {}),
           ("产出指标", "数量指标", "走访慰问优抚对象（人次）", "≥2600", "2745", 6, 6, "", {6: ("5", "6", ZHANG)}),
           ("产出指标", "数量指标", "退役军人信息采集完成率", "100%", "100%", 5, 5, "", "deleted"),
           # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: the 完成值 (李's revision) says 2 of 34 服务站 failed 验收; 8 of 8 stays
           ("产出指标", "质量指标", "服务站“五有”标准达标情况", "全部达标", "34个中32个达标，2个未通过验收", 8, 8, "",
            {4: ("全部达标", "34个中32个达标，2个未通过验收", LI)}),
           ("产出指标", "质量指标", "职业技能培训合格率", "≥90%", "93.6%", 5, 5, "", {}),
           ("产出指标", "时效指标", "补助资金发放及时率", "100%", "100%", 5, 5, "", {}),
           ("产出指标", "成本指标", "服务站建设平均补助（万元/个）", "≤3", "2.85", 6, 6, "", {}),
           ("效益指标", "社会效益指标", "退役军人就业率", "≥90%", "92.5%", 10, 10, "",
            {5: ("5", "10", ZHANG), 6: ("5", "10", ZHANG)}),
           ("效益指标", "社会效益指标", "创业带动就业（人）", "≥200", "186", 6, P(186, 200, 6),
            "部分创业项目投产延后，带动就业未达预期，按比例得分", {}),
           ("效益指标", "社会效益指标", "信访事项按期办结率", "100%", "100%", 6, 6, "", {}),
           ("效益指标", "可持续影响指标", "退役军人服务保障长效机制", "健全", "基本健全", 8, 7,
            "乡镇服务站专职工作人员流动较大，扣1分", {7: ("", "乡镇服务站专职工作人员流动较大，扣1分", LI)}),
           ("满意度指标", "服务对象满意度指标", "退役军人满意度", "≥90%", "94.2%", 5, 5, "", {}),
           ("满意度指标", "服务对象满意度指标", "优抚对象满意度", "≥90%", "95.1%", 5, 5, "", {})]
    live = [x for x in ind if x[8] != "deleted"]
    full = [("", "", "年度资金总额", "", f"{rate:.2f}%", 10, fs, "")] + [x[:8] for x in live]
    assert s2(full, 5) == 100 and len(full) == 15 and P(186, 200, 6) == 5.58
    total = s2(full, 6)
    assert total == 98.09, total
    old_total = 97.09  # the deleted figure (before 走访 5 → 6, 就业率 5 → 10, the dropped row's 5): a trap
    g = with_project(gold(None, dept, 2024, "COUNTY", "重庆市", "SELF_EVALUATION", None, total, 100, grade(total),
                          budget(ib, ab, eb, rate), [], grows(full)), proj, unit)
    # goals: (label, text, inserted-by or None); PLANT GOAL_LABELS: 李 inserted a 目标2 without renumbering
    goals = [("目标1：", "完成34个村（社区）退役军人服务站规范化建设，全部达到“五有”标准；", None),
             ("目标2：", "开展退役军人职业技能培训300人次以上，培训合格率90%以上；", LI),
             ("目标2：", "为自主就业退役士兵120人以上发放一次性创业扶持补助，带动就业200人以上；", None),
             ("目标3：", "走访慰问优抚对象2600人次以上，补助资金按时足额发放，退役军人就业率90%以上。", None)]
    done = [("目标1：", "建成34个村（社区）退役军人服务站，其中32个达到“五有”标准，2个未通过验收；"),
            ("目标2：", "开展职业技能培训326人次，合格率93.6%；"),
            ("目标3：", "发放一次性创业扶持补助128人，带动就业186人；"),
            ("目标4：", "走访慰问优抚对象2745人次，补助资金发放及时率100%，退役军人就业率92.5%。")]
    meta = dict(dept=dept, unit=unit, proj=proj, srcs=srcs, ib=ib, ab=ab, eb=eb, rate=rate, fs=fs, ind=ind,
                total=total, old_total=old_total, goals=goals, done=done)
    fnd = [F("BREAKDOWN_SUM", "全年预算数", "年度资金总额 | 560.00 | 576.50 | 548.27 | 10 | 95.10% | 9.51 / 其中：中央补助资金 | "
             "320.00 | 320.00 / 市级补助资金 | 150.00 | 150.00 / 县级财政资金 | 90.00 | 96.50", "576.50", "566.50", "HIGH",
             "ERROR",
             "with the tracked changes accepted the 其中 lines' 全年预算数 add to 320.00 + 150.00 + 96.50 = 566.50, the "
             "年度资金总额 line states 576.50; the revision (李××) replaced 县级 106.50 by 96.50 (and its rate 84.06% by "
             "92.77%) without touching the total; 年初 (560.00) and 执行 (548.27) add up; the 执行率 95.10% is on 576.50 "
             "(on 566.50 it would be 96.78%)"),
           F("GOAL_LABELS", "年度总体目标", "预期目标：目标1：… 目标2：开展退役军人职业技能培训… 目标2：为自主就业退役士兵… 目标3：…",
             "目标1, 目标2, 目标2, 目标3", "目标1, 目标2, 目标3, 目标4", "HIGH", "WARNING",
             "the 预期目标 cell numbers its four goals 目标1, 目标2, 目标2, 目标3: the goal inserted as a tracked change (李××) "
             "took the label 目标2 and the later goals were not renumbered; the 实际完成情况 cell numbers the same four goals "
             "目标1–目标4"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "服务站“五有”标准达标情况",
             "服务站“五有”标准达标情况 | 全部达标 | 34个中32个达标，2个未通过验收 | 8 | 8 |", "8", "< 8", "HIGH", "WARNING",
             "the 实际完成值 (a tracked revision by 李××, replacing 全部达标) says 2 of the 34 服务站 failed 验收, against the "
             "target 全部达标, yet the row keeps 8 of 8 and its 偏差原因 is empty; the 实际完成情况 cell says the same (32 of "
             "34)")]
    return {"stem": "h278_fengjie_tuiyijunren", "format": "doc", "write": write278, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the file is a Word 97-2003 .doc with TRACKED CHANGES left in (revision marks by two reviewers, "
                      "张××（财务股） and 李××（优抚科）); the gold is the document with all changes ACCEPTED (Word's "
                      "“final” view): deleted text (still in the file, shown struck through in the markup view) is not "
                      "the report's; a reader that takes every run gets “97.0998.09”, “56”, “510” in cells",
                      "revisions that are right: 总分 97.09 → 98.09 (李; 98.09 = the accepted rows); 走访慰问优抚对象 得分 5 → 6 "
                      "(张; 2745 vs ≥2600 met); 退役军人就业率 分值 5 → 10 and 得分 5 → 10 (张; 92.5% vs ≥90% met); the row "
                      "退役军人信息采集完成率 (100%, 5, 5) DELETED (张: every cell's text deleted, the row marked deleted): "
                      "not an indicator; with it gone and 就业率 at 10 the 分值 add to 100; 退役军人服务保障长效机制's 偏差原因 "
                      "inserted (李), its −1 a judgement with a reason; 县级 rate 84.06% → 92.77% (89.52 ÷ 96.50, right for "
                      "the revised 全年 — the BREAKDOWN_SUM is on the total)",
                      "fund block: 年初 320.00 + 150.00 + 90.00 = 560.00 and 执行 316.40 + 142.35 + 89.52 = 548.27 add up; "
                      "中央 98.88%, 市级 94.90% right; 执行率 548.27 ÷ 576.50 = 95.10% × 10 = 9.51 (the 说明's rule); the "
                      "其中 lines carry no 分值/得分 and are not gold budget parts",
                      "服务站规范化建设 34 vs ≥34 (met exactly); 服务站建设平均补助 2.85 vs ≤3 (a ceiling, met; 万元/个 in the "
                      "name, not a budget figure); 创业带动就业 6 × 186 ÷ 200 = 5.58 (the 说明's proportion rule)",
                      "the 实际完成情况 cell's figures (34/32, 326, 93.6%, 128, 186, 2745, 100%, 92.5%) agree with the rows; "
                      "自评等级 优 (98.09 ≥ 90)"]}


def write278(rep, path):
    """python-docx DOCX with w:ins / w:del revision marks (runs wrapped in w:ins, w:delText in w:del, a deleted row
    marked by w:trPr/w:del with every cell's text deleted, an inserted paragraph's mark by w:pPr/w:rPr/w:ins), then
    LibreOffice converts it to Word 97-2003 (.doc), which keeps the revision marks."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt
    M = rep["meta"]
    doc = new_doc()
    ids = [100]

    def mark(tag, who):
        el = OxmlElement(tag)
        ids[0] += 1
        el.set(qn("w:id"), str(ids[0]))
        el.set(qn("w:author"), who[0])
        el.set(qn("w:date"), who[1])
        return el

    def seg(p, text, kind=None, who=None, size=8.5, bold=False):
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        if kind is None:
            return
        wrap_ = mark("w:" + kind, who)
        r._r.addprevious(wrap_)
        wrap_.append(r._r)
        if kind == "del":
            for t in r._r.findall(qn("w:t")):
                t.tag = qn("w:delText")

    def fill(cell, segs, al="c", bold=False, size=8.5):
        cell_put(cell, "", size, bold, al)
        p = cell.paragraphs[0]
        for sg in segs:
            if isinstance(sg, str):
                seg(p, sg, size=size, bold=bold)
            else:
                old, new, who = sg
                if old:
                    seg(p, old, "del", who, size, bold)
                if new:
                    seg(p, new, "ins", who, size, bold)
    para(doc, "项目支出绩效自评表", bold=True, size=16, center=True, after=2)
    para(doc, "（2024年度）", size=12, center=True, after=4)
    para(doc, f"填报单位（盖章）：{M['dept']}　　　　　　　　　　金额单位：万元", size=10, after=4)
    ind = M["ind"]
    r_fund, r_goal, r_ih = 2, 7, 9
    r0 = r_ih + 1
    n = r0 + len(ind)
    nrows = n + 1
    widths = [14, 14, 16, 28, 16, 22, 12, 18, 30]
    assert sum(widths) == 170
    t = grid(doc, nrows, widths)
    cells = []  # (r, k, rs, cs, segs, al, bold)
    cells += [(0, 0, 1, 1, ["项目名称"], "c", True), (0, 1, 1, 8, [M["proj"]], "l", False),
              (1, 0, 1, 1, ["主管部门"], "c", True), (1, 1, 1, 3, [M["dept"]], "l", False),
              (1, 4, 1, 1, ["实施单位"], "c", True), (1, 5, 1, 4, [M["unit"]], "l", False)]
    cells += [(r_fund, 0, 5, 1, ["项目资金（万元）"], "c", True), (r_fund, 1, 1, 2, [""], "c", True)]
    cells += [(r_fund, 3 + k, 1, 1, [h], "c", True) for k, h in enumerate(["年初预算数", "全年预算数", "全年执行数", "分值",
                                                                            "执行率", "得分"])]
    cells += [(r_fund + 1, 1, 1, 2, ["年度资金总额"], "l", False), (r_fund + 1, 3, 1, 1, [m2(M["ib"])], "r", False),
              (r_fund + 1, 4, 1, 1, [m2(M["ab"])], "r", False), (r_fund + 1, 5, 1, 1, [m2(M["eb"])], "r", False),
              (r_fund + 1, 6, 1, 1, ["10"], "c", False), (r_fund + 1, 7, 1, 1, [f"{M['rate']:.2f}%"], "c", False),
              (r_fund + 1, 8, 1, 1, [fmt(M["fs"])], "c", False)]
    for j, (lab, a, (old, new), e) in enumerate(M["srcs"]):
        r = r_fund + 2 + j
        ab_seg = [(m2(old), m2(new), LI)] if old else [m2(new)]
        rt_seg = [(f"{pct(e, old):.2f}%", f"{pct(e, new):.2f}%", LI)] if old else [f"{pct(e, new):.2f}%"]
        cells += [(r, 1, 1, 2, [lab], "l", False), (r, 3, 1, 1, [m2(a)], "r", False), (r, 4, 1, 1, ab_seg, "r", False),
                  (r, 5, 1, 1, [m2(e)], "r", False), (r, 6, 1, 1, ["—"], "c", False), (r, 7, 1, 1, rt_seg, "c", False),
                  (r, 8, 1, 1, ["—"], "c", False)]
    cells += [(r_goal, 0, 2, 1, ["年度总体目标"], "c", True), (r_goal, 1, 1, 4, ["预期目标"], "c", True),
              (r_goal, 5, 1, 4, ["实际完成情况"], "c", True)]
    cells += [(r_ih, 0, len(ind) + 1, 1, ["绩效指标"], "c", True)]
    cells += [(r_ih, 1 + k, 1, 1, [h], "c", True) for k, h in enumerate(
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])]
    deleted_rows = []
    for i, x in enumerate(ind):
        r = r0 + i
        if x[8] == "deleted":
            deleted_rows.append(r)
            vals = [x[2], x[3], x[4], fmt(x[5]), fmt(x[6]), x[7]]
            cells += [(r, 3 + k, 1, 1, [(v, "", ZHANG)] if v else [""], "l" if k in (0, 5) else "c", False)
                      for k, v in enumerate(vals)]
            continue
        rev = x[8]

        def col(k, shown):
            if k in rev:
                old, new, who = rev[k]
                return [(old, new, who)]
            return [shown]
        cells += [(r, 3, 1, 1, [x[2]], "l", False), (r, 4, 1, 1, [x[3]], "c", False), (r, 5, 1, 1, col(4, x[4]), "c", False),
                  (r, 6, 1, 1, col(5, fmt(x[5])), "c", False), (r, 7, 1, 1, col(6, fmt(x[6])), "c", False),
                  (r, 8, 1, 1, col(7, x[7]), "l", False)]
    for cc in (0, 1):
        for a, b in spans(ind, cc):
            cells.append((r0 + a, 1 + cc, b - a + 1, 1, [ind[a][cc]], "c", False))
    cells += [(n, 0, 1, 6, ["总分"], "c", True), (n, 6, 1, 1, ["100"], "c", True),
              (n, 7, 1, 1, [(fmt(M["old_total"]), fmt(M["total"]), LI)], "c", True),
              (n, 8, 1, 1, ["自评等级：" + grade(M["total"])], "c", True)]
    for r, k, rs, cs, segs, al, b in cells:
        cell = t.cell(r, k)
        if rs > 1 or cs > 1:
            cell = cell.merge(t.cell(r + rs - 1, k + cs - 1))
        fill(cell, segs, al, b)
    # goal cells: one paragraph per goal; an inserted goal's paragraph mark is marked inserted too
    gcell = t.cell(r_goal + 1, 1).merge(t.cell(r_goal + 1, 4))
    dcell = t.cell(r_goal + 1, 5).merge(t.cell(r_goal + 1, 8))
    for cell, items in ((gcell, M["goals"]), (dcell, [(a, b, None) for a, b in M["done"]])):
        first = True
        for lab, text, who in items:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT
            seg(p, lab + text, "ins" if who else None, who)
            if who:
                ppr = p._p.get_or_add_pPr()
                rpr = OxmlElement("w:rPr")
                rpr.append(mark("w:ins", who))
                ppr.append(rpr)
    for r in deleted_rows:
        tr = t.rows[r]._tr
        trpr = tr.get_or_add_trPr()
        trpr.append(mark("w:del", ZHANG))
    para(doc, "", after=2)
    para(doc, "说明：1.年度资金总额得分＝执行率×分值；2.定量指标未达到年度指标值的按“实际完成值÷年度指标值×分值”计分，达到的得满分；"
              "3.定性指标根据完成情况酌情扣分，并在偏差原因分析中说明；4.自评等级：" + BANDS, size=9, after=4)
    q = para(doc, "填报人：陈××　　　联系电话：023-56×××××　　　填报日期：2025年4月10日", size=10)
    q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    # keep the revisions visible when opened (Word shows the markup); settings: trackRevisions on
    st = doc.settings.element
    tr_el = OxmlElement("w:trackRevisions")
    st.insert(0, tr_el)
    work = tempfile.mkdtemp(prefix="h278_")
    try:
        src = os.path.join(work, "h278.docx")
        doc.save(src)
        H.A.normalize_zip(src)
        H.A.soffice(src, "doc:MS Word 97", work)
        shutil.move(os.path.join(work, "h278.doc"), path)
    finally:
        shutil.rmtree(work, ignore_errors=True)


ALL.append(h278())


def main(argv):
    round_main(argv, ALL, "44")


if __name__ == "__main__":
    main(sys.argv[1:])
