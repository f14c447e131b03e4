#!/usr/bin/python3
"""Round 47 (h289–h293): layouts not used before, each with PLANTED audit problems, made apart from the code by the
corpus47 session. Specs, rendering, gold and findings in this one file; every planted figure carries `# PLANT <KIND>`
with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report whose own
recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports47.py [h289 …]
(needs reportlab, pikepdf, python-docx, lxml, Ghostscript and LibreOffice: h289 a designer / print-shop PDF whose text
is CONVERTED TO OUTLINES (转曲: reportlab draws the report with a TrueType CJK font and a Latin font, Ghostscript's
pdfwrite -dNoOutputFonts turns every glyph into a filled path; no font, no text layer, no image; ruled lines are
strokes); h290 a 2-UP IMPOSED PDF (four A4 portrait pages placed two by two, as Form XObjects, on A3 landscape sheets
with a gutter, crop and fold marks and a print-shop slug; the 评分表 starts on the left half of sheet 2 and continues,
header repeated, on its right half); h291 a DOCX 自评表 printing LAST YEAR'S and THIS YEAR'S columns side by side
(一级 | 二级 | 三级 | 2023年度 指标值 / 实际完成值 / 得分 | 2024年度 指标值 / 实际完成值 / 分值 / 得分 | 偏差原因, a two-row
header); h292 a Word 97–2003 .doc 项目 form whose indicator block is a table NESTED in a cell of the outer form table
(python-docx, then LibreOffice's MS Word 97 filter); h293 a reporting system's plain-text export (GB18030, CRLF) whose
tables are drawn with BOX-DRAWING characters, merged 一级/二级 cells shown by blank continuation cells, widths padded by
display width (CJK, full-width punctuation and the box-drawing characters 2 columns, as in a GB18030 console), long
cells wrapped onto a second line inside their box row.)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因 / 评分标准).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402
from heldout import fmt, budget, gold  # noqa: E402
from reports4 import pct, F  # noqa: E402
from reports22 import s2, r2, with_project, grows  # noqa: E402
from reports32 import new_canvas, FONT, wrap as wrap_  # noqa: E402
from reports34 import new_doc, para, secs  # noqa: E402
from reports36_common import BANDS, grade, P, grid, cell_put, main as round_main  # noqa: E402
from reports41 import m2, spans  # noqa: E402
from reports43 import heights_for, rl_cells  # noqa: E402

ALL = []


# ============================================================ mixed-font drawing for the outlined PDF (h289)

CJK_TTF = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
LAT_TTF = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
CJK_F, LAT_F = "DroidSansFallback", "DejaVuSans"


def mx_register():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if CJK_F not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(CJK_F, CJK_TTF))
        pdfmetrics.registerFont(TTFont(LAT_F, LAT_TTF))


def mx_runs(text):
    """(font, run) pieces: a character the CJK TrueType font has goes to it, every other one (digits, Latin, ≥ ≤ × ÷ %
    and the curly quotes, which Droid Sans Fallback lacks) to DejaVu Sans, as a designer's composite font does"""
    from reportlab.pdfbase import pdfmetrics
    cmap = pdfmetrics.getFont(CJK_F).face.charToGlyph
    out = []
    for ch in text:
        f = CJK_F if ord(ch) in cmap else LAT_F
        if out and out[-1][0] == f:
            out[-1][1] += ch
        else:
            out.append([f, ch])
    return out


def mx_width(text, size):
    from reportlab.pdfbase import pdfmetrics
    return sum(pdfmetrics.stringWidth(t, f, size) for f, t in mx_runs(text))


def mx_wrap(text, width, size):
    """Chinese line breaking (a run of digits / Latin never split, closing punctuation never starts a line)"""
    if not text:
        return [""]
    tokens = re.findall(r"[0-9A-Za-z.,%\-≥≤]+|.", text)
    out, cur = [], ""
    for tok in tokens:
        if mx_width(cur + tok, size) > width and cur and tok not in "，。；、）”：%":
            out.append(cur)
            cur = tok
        else:
            cur += tok
    if cur:
        out.append(cur)
    return out


def mx_draw(c, x, y, text, size, align="l", bold=False):
    from reportlab.pdfbase import pdfmetrics
    w = mx_width(text, size)
    x0 = x if align == "l" else x - w if align == "r" else x - w / 2
    for dx in ((0, 0.35) if bold else (0,)):
        xx = x0 + dx
        for f, t in mx_runs(text):
            c.setFont(f, size)
            c.drawString(xx, y, t)
            xx += pdfmetrics.stringWidth(t, f, size)


def mx_cells(c, x0, ytop, cols, heights, spec, size, lead):
    """ruled cells (each a stroked rectangle), the text wrapped inside and centred vertically; returns the bottom y"""
    xs = [x0 + sum(cols[:k]) for k in range(len(cols) + 1)]
    ys = [ytop - sum(heights[:k]) for k in range(len(heights) + 1)]
    for r, k, rs, cs, t, al, b in spec:
        c.rect(xs[k], ys[r + rs], xs[k + cs] - xs[k], ys[r] - ys[r + rs], stroke=1, fill=0)
    for r, k, rs, cs, t, al, b in spec:
        if not t:
            continue
        xa, xb, ya, yb = xs[k], xs[k + cs], ys[r], ys[r + rs]
        lines = mx_wrap(t, xb - xa - 8, size)
        mid = (ya + yb) / 2
        for j, ln in enumerate(lines):
            y = mid + len(lines) * lead / 2 - (j + 1) * lead + 0.3 * lead
            if al == "l":
                mx_draw(c, xa + 4, y, ln, size, "l", b)
            elif al == "r":
                mx_draw(c, xb - 4, y, ln, size, "r", b)
            else:
                mx_draw(c, (xa + xb) / 2, y, ln, size, "c", b)
    return ys[-1]


def outline_pdf(src, dest):
    """Ghostscript's pdfwrite with -dNoOutputFonts: every glyph becomes a filled path (转曲); then the document info
    and XMP that carry the run's date are dropped and the file saved with a static /ID (byte-identical on a rerun)."""
    import pikepdf
    tmp = dest + ".gs.pdf"
    res = subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dNoOutputFonts",
                          "-dCompatibilityLevel=1.6", "-dAutoRotatePages=/None", f"-sOutputFile={tmp}", src],
                         capture_output=True, text=True)
    if res.returncode != 0:
        sys.exit(f"gs failed: {res.stderr}")
    pdf = pikepdf.open(tmp)
    if "/Metadata" in pdf.Root:
        del pdf.Root.Metadata
    for k in list(pdf.docinfo.keys()):
        del pdf.docinfo[k]
    pdf.docinfo["/Producer"] = pikepdf.String("GPL Ghostscript 10.00.0")
    if "/ID" in pdf.trailer:  # Ghostscript's /ID is random; without it QPDF writes a static one
        del pdf.trailer.ID
    pdf.save(dest, static_id=True, compress_streams=True)
    pdf.close()
    os.remove(tmp)


# ============================================================ h289 攀枝花市住房和城乡建设局 (PDF, text CONVERTED TO OUTLINES)

def h289():
    dept = "攀枝花市住房和城乡建设局"
    ib_b, ab_b, eb_b = 2186.40, 2241.70, 2215.36
    ib_p, ab_p, eb_p = 6530.00, 7368.50, 6912.84
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    rb, rp = pct(eb_b, ab_b), pct(eb_p, ab_p)
    assert (ib, ab, eb, rate, rb, rp) == (8716.40, 9610.20, 9128.20, 94.98, 98.82, 93.82), (ib, ab, eb, rate, rb, rp)
    rate_printed = 94.89  # PLANT EXECUTION_RATE: 9,128.20 ÷ 9,610.20 = 94.98%; the budget table's 合计 prints 94.89%
    bs = r2(rate / 10)
    jz = r2(100 - rate)
    assert bs == 9.5 and jz == 5.02 and pct(r2(ab - eb), ab) == 5.02
    rule_aq = "≥95%得满分，每低1个百分点扣0.5分"
    aq_true = r2(6 - (95 - 92) * 0.5)
    aq = 4  # PLANT RULE_SCORE: 建筑施工安全检查覆盖率 92% is 3 points below 95%: 6 − 3 × 0.5 = 4.5; printed 4
    assert aq_true == 4.5
    prop = "达到目标值得满分，未达到的按完成比例得分"
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 评分标准)
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 4, 4, "目标符合部门职责、依据充分得满分，否则酌情扣分"),
           ("决策", "目标设定", "绩效指标明确性", "明确", "2项指标未量化", 4, 3, "指标细化量化得满分，每有1项未量化扣0.5分"),
           ("决策", "预算配置", "在职人员控制率", "≤100%", "97.6%", 3, 3, "≤100%得满分，否则不得分"),
           ("决策", "预算配置", "“三公”经费变动率", "≤0", "-4.2%", 4, 4, "≤0得满分，否则不得分"),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "得分＝预算执行率×分值"),
           ("过程", "预算执行", "结转结余率", "≤6%", f"{jz:.2f}%", 3, 3, "≤6%得满分，每超过1个百分点扣1分"),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 4, 4, "无违规使用得满分，发现1项扣1分"),
           ("过程", "财务管理", "政府采购执行率", "100%", "100%", 3, 3, "100%得满分，否则按比例得分"),
           ("过程", "资产管理", "资产管理规范性", "规范", "2处公租房资产未及时入账", 5, 4, "账实相符、登记及时得满分，否则酌情扣分"),
           ("产出", "数量指标", "城镇老旧小区改造（个）", "≥45", "47", 6, 6, prop),
           ("产出", "数量指标", "筹集保障性租赁住房（套）", "≥1200", "1236", 6, 6, prop),
           ("产出", "数量指标", "城市棚户区改造新开工（套）", "≥600", "540", 5, P(540, 600, 5), prop),
           ("产出", "质量指标", "房屋市政工程质量验收合格率", "100%", "100%", 6, 6, "100%得满分，否则不得分"),
           ("产出", "质量指标", "建筑施工安全检查覆盖率", "≥95%", "92%", 6, aq, rule_aq),
           ("产出", "时效指标", "工程建设项目审批按时办结率", "≥98%", "99.6%", 6, 6, "≥98%得满分，每低1个百分点扣1分"),
           ("效益", "社会效益", "改造受益居民（户）", "≥15000", "15860", 6, 6, prop),
           ("效益", "社会效益", "房屋市政工程较大及以上安全事故（起）", "0", "0", 6, 6, "未发生得满分，发生1起扣6分"),
           ("效益", "可持续影响", "城市更新长效管理机制", "健全", "基本健全", 6, 5, "机制健全得满分，否则酌情扣分"),
           ("效益", "满意度", "改造小区居民满意度", "≥90%", "88.6%", 7, 5.6, "≥90%得满分，每低1个百分点扣1分")]
    assert len(ind) == 19 and s2(ind, 5) == 100 and P(540, 600, 5) == 4.5
    assert r2(7 - (90 - 88.6) * 1) == 5.6
    rows_total = s2(ind, 6)
    assert rows_total == 92.6, rows_total
    total = 93.6  # PLANT TOTAL_VS_ROWS: the 19 rows (and the four 一级 scores of 四、自评结论) add to 92.6; 合计 prints 93.6
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert sec == [("决策", 15, 14), ("过程", 25, 23.5), ("产出", 35, 32.5), ("效益", 25, 22.6)], sec
    g = gold(None, dept, 2024, "PREFECTURAL", "四川省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ib, ab, eb, rate_printed, ab_b, eb_b, ab_p, eb_p), sec, grows(ind))
    meta = dict(dept=dept, ind=ind, total=total, sec=sec, b=(ib_b, ab_b, eb_b, rb), p=(ib_p, ab_p, eb_p, rp), ib=ib,
                ab=ab, eb=eb, rate_printed=rate_printed)
    fnd = [F("EXECUTION_RATE", "合计", f"合计 | {m2(ib)} | {m2(ab)} | {m2(eb)} | {rate_printed:.2f}%", f"{rate_printed:.2f}%",
             f"{rate:.2f}%", "HIGH", "ERROR",
             f"全年执行数 {m2(eb)} ÷ 全年预算数 {m2(ab)} = {rate:.2f}%; page 1's budget table prints {rate_printed:.2f}% on "
             f"its 合计 line (digits swapped); the 自评表's 预算执行率 row prints the right {rate:.2f}% and scores {fmt(bs)} = "
             f"10 × {rate:.2f}% (one problem); 基本 {rb:.2f}% and 项目 {rp:.2f}% are right. The page is outlined text "
             "(no text layer): read from the page image"),
           F("RULE_SCORE", "建筑施工安全检查覆盖率", f"建筑施工安全检查覆盖率 | 6 | {rule_aq} | ≥95% | 92% | {aq}", str(aq),
             fmt(aq_true), "HIGH", "ERROR",
             f"the row's own 评分标准: 92% is 3 points below 95%, 6 − 3 × 0.5 = {fmt(aq_true)}; printed {aq} (a 1-point "
             "deduction per point would give 3, not 4 either); the 产出 score 32.5 in 四、自评结论 and the rows' sum 92.6 "
             "count the printed 4"),
           F("TOTAL_VS_ROWS", "合计", f"合计 | 100 | {fmt(total)} / 自评总分{fmt(total)}分", fmt(total), fmt(rows_total),
             "HIGH", "ERROR",
             f"the 19 rows add to {fmt(rows_total)} = 决策 14 + 过程 23.5 + 产出 32.5 + 效益 22.6 (the four 一级 scores 四、"
             f"自评结论 itself states); the 合计 row and 四、's 自评总分 print {fmt(total)} (one problem, printed twice); "
             f"with the 建筑施工安全检查覆盖率 rule applied the rows would add to {fmt(r2(rows_total + 0.5))}, still not "
             f"{fmt(total)}; 优 either way")]
    return {"stem": "h289_panzhihua_zhujian", "format": "pdf", "write": write289, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the PDF's text is CONVERTED TO OUTLINES (转曲, a designer / print-shop export): every character is a "
                      "filled vector path, there is no font (pdffonts lists none), no text layer (pdftotext gives nothing) "
                      "and no image (pdfimages lists none); the ruled lines are ordinary strokes; the report must be read "
                      "from the rendered page (OCR); page 1 A4 portrait (prose and the budget table), pages 2–3 A4 "
                      "landscape (the 自评表: rows 1–14 on page 2, rows 15–19 with 合计 and 自评等级 on page 3, the header row "
                      "repeated, 产出 printed again at the top of page 3): 19 rows",
                      "the 评分标准 column is full of numbers (≥95%, 0.5分, 1个百分点, 6分) that are rules, not scores; the "
                      "page numbers — 1 — … — 3 — are furniture",
                      "budget table: parts add up in every column (年初 2,186.40 + 6,530.00 = 8,716.40; 全年 2,241.70 + "
                      "7,368.50 = 9,610.20; 执行 2,215.36 + 6,912.84 = 9,128.20); 基本 98.82% and 项目 93.82% right; 年初 < "
                      "全年 (追加); all under budget",
                      "预算执行率 row 94.98% × 10 = 9.5 (its 评分标准); 结转结余率 5.02% = (9,610.20 − 9,128.20) ÷ 9,610.20 vs "
                      "≤6% (a ceiling, met); 在职人员控制率 97.6% vs ≤100%; “三公”经费变动率 -4.2% vs ≤0 (met); 绩效指标"
                      "明确性 2 × 0.5 = 1 → 3 (its rule); 城市棚户区改造新开工 5 × 540 ÷ 600 = 4.5 (its proportion rule); "
                      "改造小区居民满意度 88.6%: 1.4 points × 1 → 5.6 (its rule); 房屋市政工程较大及以上安全事故 0 vs 0; "
                      "资产管理规范性 −1 and 城市更新长效管理机制 −1 (酌情, judgement with the 实际完成值 saying why); 城镇"
                      "老旧小区改造 47 vs ≥45 and 筹集保障性租赁住房 1236 vs ≥1200 (met)",
                      "四、自评结论's 一级 scores 决策 14, 过程 23.5, 产出 32.5, 效益 22.6 add their rows; 三、绩效目标完成情况's "
                      "figures (47, 1236, 540, 100%, 92%, 15860, 88.6%) agree with the rows; 自评等级 优 (93.6 and 92.6 both "
                      "≥ 90)"]}


def write289(rep, path):
    """reportlab with Droid Sans Fallback (CJK) and DejaVu Sans (digits, Latin, ≥ ≤ %) embedded, page 1 A4 portrait,
    pages 2–3 A4 landscape ruled table (10.5 pt), then Ghostscript converts the text to outlines (outline_pdf)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas
    mx_register()
    M = rep["meta"]
    ind = M["ind"]
    tmp = path + ".src.pdf"
    c = canvas.Canvas(tmp, pagesize=A4, invariant=1)
    for setter in (c.setTitle, c.setAuthor, c.setCreator, c.setProducer):
        setter("")
    c.setLineWidth(0.7)
    Wp, Hp = A4
    L = 58
    size, lead = 11, 19
    st = {"y": Hp - 64}

    def text(t, indent=True, sz=size, center=False, bold=False, ld=None):
        for ln in mx_wrap(("　　" if indent else "") + t, Wp - 2 * L, sz):
            if center:
                mx_draw(c, Wp / 2, st["y"], ln, sz, "c", bold)
            else:
                mx_draw(c, L, st["y"], ln, sz, "l", bold)
            st["y"] -= ld or lead
    text(M["dept"], indent=False, sz=16, center=True, bold=True, ld=24)
    text("2024年度部门整体支出绩效自评报告", indent=False, sz=16, center=True, bold=True, ld=30)
    text("一、部门基本情况", indent=False, bold=True)
    text("攀枝花市住房和城乡建设局负责全市住房保障、城市更新、建筑市场监管和房屋市政工程质量安全监督等工作，内设科室12个，"
         "所属事业单位4个。")
    text("二、预算执行情况", indent=False, bold=True)
    text(f"2024年部门年初预算{m2(M['ib'])}万元，年中追加后全年预算{m2(M['ab'])}万元，全年执行{m2(M['eb'])}万元，具体如下表"
         "（金额单位：万元）：")
    (ib_b, ab_b, eb_b, rb), (ib_p, ab_p, eb_p, rp) = M["b"], M["p"]
    cols = [112, 92, 92, 92, 91]
    spec = [(0, k, 1, 1, h, "c", True) for k, h in enumerate(["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"])]
    for r, (lab, a, b_, e, rt) in enumerate((("合计", M["ib"], M["ab"], M["eb"], M["rate_printed"]),
                                             ("其中：基本支出", ib_b, ab_b, eb_b, rb), ("　　　项目支出", ib_p, ab_p, eb_p, rp)), 1):
        spec += [(r, 0, 1, 1, lab, "l", False), (r, 1, 1, 1, m2(a), "r", False), (r, 2, 1, 1, m2(b_), "r", False),
                 (r, 3, 1, 1, m2(e), "r", False), (r, 4, 1, 1, f"{rt:.2f}%", "c", False)]
    st["y"] += 8
    yb = mx_cells(c, L + 1, st["y"], cols, [24] * 4, spec, 10.5, 14)
    st["y"] = yb - 22
    text("三、绩效目标完成情况", indent=False, bold=True)
    text("全年改造城镇老旧小区47个，筹集保障性租赁住房1236套，城市棚户区改造新开工540套；房屋市政工程质量验收合格率100%，"
         "建筑施工安全检查覆盖率92%；改造受益居民15860户，改造小区居民满意度88.6%。")
    text("四、自评结论", indent=False, bold=True)
    d, g_, p_, x_ = M["sec"]
    text(f"按照决策、过程、产出、效益四类指标自评：决策指标{fmt(d[1])}分，得{fmt(d[2])}分；过程指标{fmt(g_[1])}分，得"
         f"{fmt(g_[2])}分；产出指标{fmt(p_[1])}分，得{fmt(p_[2])}分；效益指标{fmt(x_[1])}分，得{fmt(x_[2])}分。自评总分"
         f"{fmt(M['total'])}分，自评等级为“{grade(M['total'])}”。各项指标得分见附表。")
    text("五、存在问题及改进措施", indent=False, bold=True)
    text("一是部分绩效指标未细化量化；二是棚户区改造受征收进度影响新开工不足；三是部分在建工地安全检查覆盖不到位。下一步将"
         "完善指标体系，加快征收安置，加强工地安全巡查。")
    text("说明：1.预算执行率得分＝预算执行率×分值；2.其他指标按附表“评分标准”计分；3.评价等级：" + BANDS, sz=10.5, ld=17)
    st["y"] -= 8
    mx_draw(c, Wp - L, st["y"], M["dept"], size, "r")
    st["y"] -= lead
    mx_draw(c, Wp - L - 14, st["y"], "2025年4月23日", size, "r")
    assert st["y"] > 56, st["y"]
    mx_draw(c, Wp / 2, 30, "— 1 —", 10.5, "c")
    c.showPage()
    # pages 2–3: the 自评表, landscape
    c.setPageSize(landscape(A4))
    Wl, Hl = landscape(A4)
    hdr = ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "年度指标值", "实际完成值", "得分"]
    cols = [52, 62, 150, 38, 206, 72, 122, 44]
    x0 = (Wl - sum(cols)) / 2
    lead_t, size_t = 14, 10.5
    rows_h = []
    for x in ind:
        cells = [x[2], fmt(x[5]), x[7], x[3], x[4], fmt(x[6])]
        need = max(len(mx_wrap(t, w - 8, size_t)) for t, w in zip(cells, [cols[2]] + cols[3:]))
        rows_h.append(max(26, need * lead_t + 10))
    pages, cur, room = [], [], Hl - 40 - 70 - 28
    for i, h in enumerate(rows_h):
        if cur and sum(rows_h[j] for j in cur) + h > room:
            pages.append(cur)
            cur = []
        cur.append(i)
    pages.append(cur)
    assert len(pages) == 2, pages
    for pn, part in enumerate(pages, 2):
        c.setLineWidth(0.7)
        y = Hl - 40
        if pn == 2:
            mx_draw(c, x0, y, "附表", 12, "l", True)
            mx_draw(c, Wl / 2, y - 4, f"{M['dept']}2024年度部门整体支出绩效自评表", 14, "c", True)
        else:
            mx_draw(c, Wl / 2, y - 4, f"{M['dept']}2024年度部门整体支出绩效自评表（续）", 12, "c", True)
        mx_draw(c, x0 + sum(cols), y - 24, "金额单位：万元", 10.5, "r")
        sub = [ind[i] for i in part]
        spec = [(0, k, 1, 1, h, "c", True) for k, h in enumerate(hdr)]
        for rr, x in enumerate(sub, 1):
            spec += [(rr, 2, 1, 1, x[2], "l", False), (rr, 3, 1, 1, fmt(x[5]), "c", False), (rr, 4, 1, 1, x[7], "l", False),
                     (rr, 5, 1, 1, x[3], "c", False), (rr, 6, 1, 1, x[4], "c", False), (rr, 7, 1, 1, fmt(x[6]), "c", False)]
        for cc in (0, 1):
            for a, b in spans(sub, cc):
                spec.append((1 + a, cc, b - a + 1, 1, sub[a][cc], "c", False))
        heights = [30] + [rows_h[i] for i in part]
        if pn == 3:
            n = len(heights)
            spec += [(n, 0, 1, 3, "合计", "c", True), (n, 3, 1, 1, "100", "c", True), (n, 4, 1, 3, "", "c", False),
                     (n, 7, 1, 1, fmt(M["total"]), "c", True),
                     (n + 1, 0, 1, 3, "自评等级", "c", True), (n + 1, 3, 1, 5, grade(M["total"]), "c", True)]
            heights += [28, 28]
        yb = mx_cells(c, x0, y - 32, cols, heights, spec, size_t, lead_t)
        if pn == 3:
            mx_draw(c, x0, yb - 22, "单位负责人：罗××　　　财务负责人：杨××　　　填表人：李××　　　联系电话：0812-33×××××", 10.5, "l")
            assert yb - 22 > 40, yb
        assert yb > 40, (pn, yb)
        mx_draw(c, Wl / 2, 24, f"— {pn} —", 10.5, "c")
        c.showPage()
    c.save()
    outline_pdf(tmp, path)
    os.remove(tmp)


ALL.append(h289())



# ============================================================ h290 嘉善县农业农村局 (PDF, 2-UP: A4 pages imposed two to an A3 sheet)

def h290():
    dept = "嘉善县农业农村局"
    unit = "嘉善县农田水利建设管理站"
    proj = "2024年嘉善县高标准农田建设项目"
    evaluator = "浙江正衡项目管理咨询有限公司"
    srcs = [("中央财政资金", 1860.00, 1860.00, 1812.46), ("省级财政资金", 920.00, 980.00, 941.28),
            ("县级财政资金", 640.00, 700.00, 617.35), ("社会资本投入", 0.00, 0.00, 0.00)]
    ib, ab, eb = (r2(sum(x[k] for x in srcs)) for k in (1, 2, 3))
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (3420.00, 3540.00, 3371.09, 95.23), (ib, ab, eb, rate)
    src_rates = [pct(x[3], x[2]) for x in srcs[:3]] + [100.00]  # PLANT RATE_OVER_ZERO_BASE: 社会资本投入 0.00 ÷ 0.00 printed 100.00%
    assert src_rates[:3] == [97.44, 96.05, 88.19], src_rates
    bs = r2(5 * rate / 100)
    assert bs == 4.76
    # PLANT TARGET_MET_POINTS_LOST: 新增高效节水灌溉面积 2150 meets ≥2000, no 扣分原因, 5 of 6 (right half of sheet 2)
    ind = [("决策", "项目立项", "立项依据充分性", "充分", "依据充分", 3, 3, ""),
           ("决策", "项目立项", "立项程序规范性", "规范", "规范", 3, 3, ""),
           ("决策", "绩效目标", "绩效目标合理性", "合理", "基本合理", 3, 2.5, "部分目标值设置偏保守，扣0.5分"),
           ("决策", "绩效目标", "绩效指标明确性", "明确", "部分未量化", 3, 2, "2项效益指标未细化量化，扣1分"),
           ("决策", "资金投入", "预算编制科学性", "科学", "科学", 3, 3, ""),
           ("过程", "资金管理", "资金到位率", "100%", "100%", 4, 4, ""),
           ("过程", "资金管理", "预算执行率", "100%", f"{rate:.2f}%", 5, bs, "县级资金支出进度偏慢"),
           ("过程", "资金管理", "资金使用合规性", "合规", "合规", 4, 4, ""),
           ("过程", "组织实施", "管理制度健全性", "健全", "健全", 3, 3, ""),
           ("过程", "组织实施", "制度执行有效性", "有效", "基本有效", 4, 3, "2个标段监理日志记录不全，扣1分"),
           ("产出", "产出数量", "新建高标准农田面积（万亩）", "≥2.5", "2.56", 10, 10, ""),
           ("产出", "产出数量", "田间道路硬化（公里）", "≥18", "16.2", 6, P(16.2, 18, 6),
            "2个片区道路工程受征地影响顺延，按完成比例得分"),
           ("产出", "产出数量", "新增高效节水灌溉面积（亩）", "≥2000", "2150", 6, 5, ""),
           ("产出", "产出质量", "工程验收合格率", "100%", "100%", 8, 8, ""),
           ("产出", "产出时效", "项目按期完工率", "≥95%", "96.4%", 6, 6, ""),
           ("产出", "产出成本", "亩均建设成本（元/亩）", "≤3000", "2890", 6, 6, ""),
           ("效益", "经济效益", "新增粮食产能（万公斤）", "≥250", "268", 6, 6, ""),
           ("效益", "社会效益", "受益农户（户）", "≥8000", "8420", 6, 6, ""),
           ("效益", "可持续影响", "工程管护机制", "健全", "基本健全", 6, 5, "部分村级管护责任未落实到人，扣1分"),
           ("效益", "满意度", "受益农户满意度", "≥90%", "91.8%", 7, 7, "")]
    assert len(ind) == 20 and P(16.2, 18, 6) == 5.4
    wsum = s2(ind, 5)
    assert wsum == 102, wsum  # PLANT WEIGHTS_VS_FULL_MARK: the 20 分值 add to 102 (产出 42, 二、's 指标体系 says 40); 合计 prints 100
    total = s2(ind, 6)
    assert total == 96.66, total
    g = with_project(gold(None, dept, 2024, "COUNTY", "浙江省", "THIRD_PARTY_EVALUATION", evaluator, total, 100,
                          grade(total), budget(ib, ab, eb, rate), [], grows(ind)), proj, unit)
    meta = dict(dept=dept, unit=unit, proj=proj, evaluator=evaluator, srcs=srcs, src_rates=src_rates, ib=ib, ab=ab,
                eb=eb, rate=rate, ind=ind, total=total)
    fnd = [F("WEIGHTS_VS_FULL_MARK", "合计", f"合计 | 100 | {fmt(total)}", "100", "102", "HIGH", "ERROR",
             "the 评分表's 20 分值 add to 决策 15 + 过程 20 + 产出 42 (10 + 6 + 6 + 8 + 6 + 6) + 效益 25 = 102; the 合计 row "
             "prints 100, and 二、's 评价指标体系 gives 产出 40分; the rows are split over the two halves of sheet 2 (rows "
             "1–12 on the left page, 13–20 on the right), so the sum needs both; no single row is identifiable as the "
             f"wrong one; the 合计 得分 {fmt(total)} adds the printed rows"),
           F("RATE_OVER_ZERO_BASE", "社会资本投入", "社会资本投入 | 0.00 | 0.00 | 0.00 | 100.00%", "100.00%",
             "— (0.00 ÷ 0.00)", "HIGH", "WARNING",
             "表1 prints an 执行率 of 100.00% for 社会资本投入 on a 全年预算数 of 0.00 (nothing budgeted, nothing spent): the "
             f"rate is undefined and should be blank or —; no score depends on it (the 合计's {rate:.2f}% and the 预算执行率 "
             f"row's {fmt(bs)} are right)"),
           F("TARGET_MET_POINTS_LOST", "新增高效节水灌溉面积（亩）", "新增高效节水灌溉面积（亩） | 6 | ≥2000 | 2150 | 5 |", "5",
             "6", "HIGH", "WARNING",
             "2150 meets ≥2000 and the 扣分原因 cell is empty, yet the row scores 5 of 6 (the 评分表's 注: targets met score "
             "in full); 四、主要绩效 also reports 2150亩; the row is on page 4 = the right half of sheet 2; the 合计 "
             f"{fmt(total)} counts the 5")]
    return {"stem": "h290_jiashan_nongye", "format": "pdf", "write": write290, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the file is a print shop's 2-UP imposition: two A3 landscape sheets, each holding two A4 portrait pages "
                      "of the report side by side (each page a Form XObject scaled to 94%, a 24 pt gutter between them, crop "
                      "marks at the page corners, fold ticks in the gutter, a slug line “JSNY-PJ-2025-06 …” at the foot of "
                      "the sheet): the report's pages run left half, right half, then the next sheet — sheet 1 = pages 1 "
                      "(title, 一、项目基本情况, 表1) and 2 (二–六), sheet 2 = pages 3 and 4 (附表 评分表); a reader that takes "
                      "a sheet's lines across both halves mixes two pages",
                      "the 评分表 starts on the left half of sheet 2 (rows 1–12) and continues on the right half (rows 13–20, "
                      "the header row repeated, 产出 and 产出数量 printed again at the top): 20 rows, not 21 or 22; the 合计 row "
                      "(100 | 96.66), the 评价等级 row and the 注 are not indicators; the running head “嘉善县高标准农田建设"
                      "项目绩效评价报告” and the page numbers — 1 — … — 4 — are furniture",
                      "表1: sources add up in every column (年初 1,860.00 + 920.00 + 640.00 + 0.00 = 3,420.00; 全年 1,860.00 + "
                      "980.00 + 700.00 + 0.00 = 3,540.00; 实际支出 1,812.46 + 941.28 + 617.35 + 0.00 = 3,371.09); rates "
                      "97.44%, 96.05%, 88.19% and 合计 95.23% right; sources are not gold budget parts; 年初 < 全年 (省级追加"
                      "60.00, 县级追加60.00)",
                      "预算执行率 5 × 95.23% = 4.76 (注 1); 田间道路硬化 6 × 16.2 ÷ 18 = 5.4 (注 2's proportion rule); 绩效目标"
                      "合理性 −0.5, 绩效指标明确性 −1, 制度执行有效性 −1, 工程管护机制 −1 with reasons (judgement); 亩均建设"
                      "成本 2890 vs ≤3000 (a ceiling, met; 元/亩 in the name, not a budget figure); 新建高标准农田面积 2.56 "
                      "vs ≥2.5, 项目按期完工率 96.4% vs ≥95% (met)",
                      "合计 得分 96.66 = the printed rows; 三、综合评价结论's 96.66 and 优 = the 评分表's; 评价等级 优; 四、"
                      "主要绩效's figures (2.56万亩, 16.2公里, 2150亩, 268万公斤, 8420户, 91.8%) agree with the rows"]}


def write290(rep, path):
    """reportlab (STSong-Light) draws the report as four A4 portrait pages; pikepdf imposes them two to a sheet: each
    A3 landscape sheet gets pages 2k−1 (left) and 2k (right) as Form XObjects (Page.add_overlay, scaled to fit a
    94% rectangle), then crop marks, fold ticks and a slug line (Helvetica) are added to the sheet's own content."""
    import pikepdf
    from reportlab.lib.pagesizes import A4
    M = rep["meta"]
    ind = M["ind"]
    tmp = path + ".a4.pdf"
    c = new_canvas(tmp, A4)
    Wp, Hp = A4
    L = 64
    size, lead = 10.5, 18
    st = {"y": Hp - 72}
    run_head = "嘉善县高标准农田建设项目绩效评价报告"

    def text(t, indent=True, sz=size, center=False, bold=False, ld=None):
        c.setFont(FONT, sz)
        for ln in wrap_(("　　" if indent else "") + t, Wp - 2 * L, sz):
            for dx in ((0, 0.35) if bold else (0,)):
                if center:
                    c.drawCentredString(Wp / 2 + dx, st["y"], ln)
                else:
                    c.drawString(L + dx, st["y"], ln)
            st["y"] -= ld or lead

    def furniture(n):
        c.setFont(FONT, 10)
        c.drawCentredString(Wp / 2, 36, f"— {n} —")
        if n > 1:
            c.setFont(FONT, 8.5)
            c.drawCentredString(Wp / 2, Hp - 40, run_head)
            c.setLineWidth(0.4)
            c.line(L, Hp - 45, Wp - L, Hp - 45)
    # page 1
    st["y"] = Hp - 110
    text(M["proj"], indent=False, sz=18, center=True, bold=True, ld=30)
    text("绩效评价报告", indent=False, sz=18, center=True, bold=True, ld=40)
    text(f"委托单位：嘉善县财政局", indent=False, sz=11, center=True, ld=20)
    text(f"评价机构：{M['evaluator']}", indent=False, sz=11, center=True, ld=20)
    text("报告日期：二〇二五年六月十二日", indent=False, sz=11, center=True, ld=44)
    text("一、项目基本情况", indent=False, bold=True)
    text(f"{M['proj']}由{M['dept']}主管、{M['unit']}组织实施，计划建设高标准农田2.5万亩，配套建设田间道路18公里、高效节水"
         "灌溉2000亩，项目区涉及姚庄镇、天凝镇、干窑镇等5个镇（街道）。")
    text(f"项目年初预算{m2(M['ib'])}万元，年中追加后全年预算{m2(M['ab'])}万元，实际支出{m2(M['eb'])}万元，预算执行率"
         f"{M['rate']:.2f}%。资金来源及支出情况见表1。")
    st["y"] -= 4
    c.setFont(FONT, 10)
    c.drawCentredString(Wp / 2, st["y"], "表1　项目资金情况（金额单位：万元）")
    st["y"] -= 8
    cols = [120, 86, 86, 86, 89]
    spec = [(0, k, 1, 1, h, "c", True) for k, h in enumerate(["资金来源", "年初预算数", "全年预算数", "实际支出", "执行率"])]
    lines = [("合计", M["ib"], M["ab"], M["eb"], M["rate"])]
    lines += [(("其中：" if j == 0 else "　　　") + s[0], s[1], s[2], s[3], rt) for j, (s, rt) in
              enumerate(zip(M["srcs"], M["src_rates"]))]
    for r, (lab, a, b_, e, rt) in enumerate(lines, 1):
        spec += [(r, 0, 1, 1, lab, "l", False), (r, 1, 1, 1, m2(a), "r", False), (r, 2, 1, 1, m2(b_), "r", False),
                 (r, 3, 1, 1, m2(e), "r", False), (r, 4, 1, 1, f"{rt:.2f}%", "c", False)]
    c.setLineWidth(0.6)
    yb = rl_cells(c, L, st["y"], cols, [22] * 6, spec, 9.5, 12)
    st["y"] = yb - 26
    text("项目资金按工程进度拨付，县级资金部分工程款待竣工决算审计后支付。")
    furniture(1)
    c.showPage()
    # page 2
    st["y"] = Hp - 80
    body = [("二、绩效评价工作开展情况", True),
            ("受嘉善县财政局委托，评价组于2025年4月至5月采取资料核查、现场勘查、问卷调查等方式开展评价，抽查项目片区12个，发放受益"
             "农户满意度问卷400份，回收有效问卷372份。评价指标体系包括决策15分、过程20分、产出40分、效益25分，共20项三级指标。",
             False),
            ("三、综合评价结论", True),
            (f"经评价，该项目综合评价得分{fmt(M['total'])}分，评价等级为“{grade(M['total'])}”。评价等级划分：" + BANDS
             + "各指标得分情况见附表。", False),
            ("四、主要绩效", True),
            ("项目新建高标准农田2.56万亩，硬化田间道路16.2公里，新增高效节水灌溉面积2150亩，工程验收合格率100%，项目按期完工率"
             "96.4%，亩均建设成本2890元；项目区新增粮食产能268万公斤，受益农户8420户，受益农户满意度91.8%。", False),
            ("五、存在的问题", True),
            ("一是部分绩效目标值设置偏保守，效益指标细化量化不足；二是2个片区田间道路工程受征地影响未按期完成；三是部分标段监理"
             "日志记录不全，村级管护责任未落实到人；四是县级资金支出进度偏慢。", False),
            ("六、有关建议", True),
            ("科学设置绩效目标，加快剩余道路工程建设，规范监理资料管理，建立“县统筹、镇监管、村落实”的管护机制，加快县级资金"
             "拨付。", False)]
    for t, b in body:
        text(t, indent=not b, bold=b)
    st["y"] -= 24
    c.setFont(FONT, size)
    c.drawRightString(Wp - L, st["y"], M["evaluator"])
    st["y"] -= lead
    c.drawRightString(Wp - L - 24, st["y"], "2025年6月12日")
    furniture(2)
    c.showPage()
    # pages 3–4: 附表 评分表, rows 1–12 then 13–20 (header repeated)
    hdr = ["一级指标", "二级指标", "三级指标", "分值", "指标值", "实际完成值", "得分", "扣分原因"]
    cols = [44, 48, 108, 28, 48, 58, 30, 103]
    gsz, glead = 9, 11.5
    for pn, part in ((3, list(range(0, 12))), (4, list(range(12, 20)))):
        y = Hp - 78
        if pn == 3:
            c.setFont(FONT, 11)
            c.drawString(L - 6, y, "附表")
            c.drawCentredString(Wp / 2, y - 20, f"{M['proj']}绩效评价指标评分表")
            y -= 34
        else:
            c.setFont(FONT, 10)
            c.drawCentredString(Wp / 2, y, "附表（续）")
            y -= 14
        sub = [ind[i] for i in part]
        spec = [(0, k, 1, 1, h, "c", True) for k, h in enumerate(hdr)]
        for rr, x in enumerate(sub, 1):
            spec += [(rr, 2, 1, 1, x[2], "l", False), (rr, 3, 1, 1, fmt(x[5]), "c", False), (rr, 4, 1, 1, x[3], "c", False),
                     (rr, 5, 1, 1, x[4], "c", False), (rr, 6, 1, 1, fmt(x[6]), "c", False), (rr, 7, 1, 1, x[7], "l", False)]
        for cc in (0, 1):
            for a, b in spans(sub, cc):
                spec.append((1 + a, cc, b - a + 1, 1, sub[a][cc], "c", False))
        n = len(sub) + 1
        if pn == 4:
            spec += [(n, 0, 1, 3, "合计", "c", True), (n, 3, 1, 1, "100", "c", True), (n, 4, 1, 2, "", "c", False),
                     (n, 6, 1, 1, fmt(M["total"]), "c", True), (n, 7, 1, 1, "", "c", False),
                     (n + 1, 0, 1, 3, "评价等级", "c", True), (n + 1, 3, 1, 5, grade(M["total"]), "c", True)]
            n += 2
        hts = heights_for(spec, cols, n, gsz, glead, 22, 8)
        c.setLineWidth(0.6)
        yb = rl_cells(c, (Wp - sum(cols)) / 2, y, cols, hts, spec, gsz, glead)
        if pn == 4:
            st["y"] = yb - 16
            text("注：1.预算执行率得分＝预算执行率×分值；2.定量指标达到目标值的得满分，未达到的按“实际完成值÷目标值×分值”计分；"
                 "3.定性指标根据完成情况酌情扣分；4.评价等级：" + BANDS, indent=False, sz=9, ld=14)
        assert yb > 60, (pn, yb)
        furniture(pn)
        c.showPage()
    c.save()
    # imposition
    src = pikepdf.open(tmp)
    assert len(src.pages) == 4
    out = pikepdf.new()
    SW, SH = 1190.55, 841.89
    s = 0.94
    pw, ph = Wp * s, Hp * s
    gut = 24
    mx = (SW - 2 * pw - gut) / 2
    my = (SH - ph) / 2
    helv = out.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                BaseFont=pikepdf.Name.Helvetica, Encoding=pikepdf.Name.WinAnsiEncoding))
    for k in range(2):
        out.add_blank_page(page_size=(SW, SH))
        sheet = out.pages[k]
        rects = [(mx, my), (mx + pw + gut, my)]
        xobjs = pikepdf.Dictionary()
        marks = []
        for side, (x, y) in enumerate(rects):
            name = f"Pg{2 * k + side + 1}"
            xobjs["/" + name] = out.copy_foreign(src.pages[2 * k + side].as_form_xobject())
            marks.append(f"q {s} 0 0 {s} {x:.2f} {y:.2f} cm /{name} Do Q")
        sheet.obj.Resources = pikepdf.Dictionary(XObject=xobjs, Font=pikepdf.Dictionary(FSlug=helv))
        marks.append("q 0.3 w 0 G")
        for x, y in rects:
            for cx, cy, dx, dy in ((x, y, -1, -1), (x + pw, y, 1, -1), (x, y + ph, -1, 1), (x + pw, y + ph, 1, 1)):
                marks.append(f"{cx + dx * 3:.2f} {cy:.2f} m {cx + dx * 15:.2f} {cy:.2f} l S")
                marks.append(f"{cx:.2f} {cy + dy * 3:.2f} m {cx:.2f} {cy + dy * 15:.2f} l S")
        fx = SW / 2
        marks.append(f"[3 2] 0 d {fx:.2f} {SH - 2:.2f} m {fx:.2f} {SH - my + 4:.2f} l S {fx:.2f} 2 m {fx:.2f} {my - 4:.2f} l S [] 0 d")
        marks.append("Q")
        slug = f"JSNY-PJ-2025-06  jiashan_gbznt_pjbg_final.pdf  2-up A3  sheet {k + 1}/2  2025-06-12 15:20"
        marks.append(f"BT /FSlug 6 Tf 0 g {mx + 18:.2f} 9 Td ({slug}) Tj ET")
        sheet.obj.Contents = out.make_stream("\n".join(marks).encode("ascii"))
    out.save(path, static_id=True)
    out.close()
    src.close()
    os.remove(tmp)


ALL.append(h290())



# ============================================================ h291 都匀市教育局 (DOCX, 2023 and 2024 columns SIDE BY SIDE)

def h291():
    dept = "都匀市教育局"
    ib_b, ab_b, eb_b = 21460.30, 21738.90, 21602.15
    ib_p, ab_p, eb_p = 12140.00, 13986.50, 12921.68
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    rb, rp = pct(eb_b, ab_b), pct(eb_p, ab_p)
    assert (ib, ab, eb, rate, rb, rp) == (33600.30, 35725.40, 34523.83, 96.64, 99.37, 92.39), (ib, ab, eb, rate, rb, rp)
    y23 = (31862.40, 33015.70, 31204.66)  # last year's 合计 column: comparison only
    rate23 = pct(y23[2], y23[1])
    assert rate23 == 94.51
    bs, jz = r2(rate / 10), r2(100 - rate)
    assert bs == 9.66 and jz == 3.36 and pct(r2(ab - eb), ab) == 3.36
    # (一级, 二级, 三级, 2024指标值, 2024完成值, 分值, 2024得分, 偏差原因, (2023指标值, 2023完成值, 2023得分))
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 4, 4, "", ("合理", "合理", 4)),
           ("决策", "目标设定", "绩效指标明确性", "明确", "基本明确", 4, 3.5, "1项效益指标未细化量化", ("明确", "部分未量化", 2.5)),
           ("决策", "预算配置", "在职人员控制率", "≤100%", "98.2%", 3, 3, "", ("≤100%", "98.9%", 3)),
           ("决策", "预算配置", "“三公”经费变动率", "≤0", "-3.1%", 4, 4, "", ("≤0", "-2.6%", 4)),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "部分校舍建设项目跨年实施",
            ("100%", f"{rate23:.2f}%", r2(rate23 / 10))),
           ("过程", "预算执行", "结转结余率", "≤6%", f"{jz:.2f}%", 3, 3, "", ("≤8%", "5.49%", 3)),
           # TRAP: the 2023 得分 5 is above this year's 分值 4 (last year's weights differed; the 说明 says so)
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 4, 4, "", ("合规", "合规", 5)),
           ("过程", "财务管理", "政府采购执行率", "100%", "100%", 3, 3, "", ("100%", "100%", 3)),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 5, 4, "部分教学设备未及时登记入账", ("规范", "基本规范", 4)),
           # PLANT SAME_FIGURE_DIFFERS: the table's 2024 完成值 3.68; 三、绩效目标完成情况 says 3.86万平方米
           ("产出", "数量指标", "新建改扩建校舍面积（万平方米）", "≥3.5", "3.68", 6, 6, "", ("≥3.0", "3.12", 6)),
           # TRAP: 2023 target ≥12 missed (10) at full marks: last year's report, not this one
           ("产出", "数量指标", "义务教育学校标准化改造（所）", "≥15", "15", 6, 6, "", ("≥12", "10", 6)),
           # PLANT TARGET_MISSED_FULL_MARKS: 2024 5012 < ≥5500, 5 of 5, no 偏差原因
           ("产出", "数量指标", "教师培训（人次）", "≥5500", "5012", 5, 5, "", ("≥5000", "5320", 5)),
           ("产出", "质量指标", "义务教育巩固率", "≥98%", "98.4%", 6, 6, "", ("≥97%", "97.8%", 6)),
           ("产出", "质量指标", "学前三年毛入园率", "≥93%", "93.6%", 6, 6, "", ("≥92%", "93.1%", 6)),
           ("产出", "时效指标", "学生资助资金按时发放率", "100%", "100%", 6, 6, "", ("100%", "100%", 6)),
           ("效益", "社会效益", "控辍保学动态清零", "清零", "清零", 5, 5, "", ("清零", "清零", 5)),
           ("效益", "社会效益", "家庭经济困难学生资助覆盖率", "100%", "100%", 5, 5, "", ("100%", "100%", 5)),
           # PLANT ROW_SCORE_OVER_WEIGHT: 2024 得分 6 of a 分值 5 (the 2023 column's 6, under last year's weight 6)
           ("效益", "社会效益", "校园安全责任事故（起）", "0", "0", 5, 6, "", ("0", "0", 6)),
           ("效益", "可持续影响", "教育信息化应用长效机制", "健全", "基本健全", 4, 3, "部分农村学校智慧教室使用率不高",
            ("健全", "基本健全", 2)),
           ("效益", "满意度", "学生家长满意度", "≥90%", "92.5%", 6, 6, "", ("≥90%", "88.5%", 4))]
    assert len(ind) == 20 and s2(ind, 5) == 100
    total = s2(ind, 6)
    assert total == 98.16, total
    total23 = r2(sum(x[8][2] for x in ind))
    assert total23 == 94.95, total23
    ind8 = [x[:8] for x in ind]
    g = gold(None, dept, 2024, "COUNTY", "贵州省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), [], grows(ind8))
    prose_area = "3.86"
    meta = dict(dept=dept, ind=ind, total=total, total23=total23, b=(ib_b, ab_b, eb_b, rb), p=(ib_p, ab_p, eb_p, rp),
                ib=ib, ab=ab, eb=eb, rate=rate, y23=y23, rate23=rate23, prose_area=prose_area)
    fnd = [F("ROW_SCORE_OVER_WEIGHT", "校园安全责任事故（起）", "校园安全责任事故（起） | 0 | 0 | 6 | 0 | 0 | 5 | 6", "6", "≤ 5",
             "HIGH", "ERROR",
             "the 2024 得分 6 exceeds the row's 分值 5 (this year's weight; no printed rule pays a bonus); it equals the "
             "2023 column's 得分 6, scored under last year's weight — apparently carried over; the 合计 98.16 includes it "
             "(97.16 with 5)"),
           F("TARGET_MISSED_FULL_MARKS", "教师培训（人次）", "教师培训（人次） | ≥5000 | 5320 | 5 | ≥5500 | 5012 | 5 | 5 |", "5",
             "< 5", "HIGH", "WARNING",
             "the 2024 实际完成值 5012 misses the 2024 年度指标值 ≥5500, yet 5 of 5 with no 偏差原因; the 说明's proportion rule "
             "would give 5 × 5012 ÷ 5500 = 4.56; the 2023 columns beside it (5320 vs ≥5000, 5) are last year's and met; "
             "三、绩效目标完成情况 also says 5012人次"),
           F("SAME_FIGURE_DIFFERS", "新建改扩建校舍面积（万平方米）",
             f"三、…新建改扩建校舍{prose_area}万平方米 / 新建改扩建校舍面积（万平方米） | ≥3.5 | 3.68 | 6 | 6", f"{prose_area}万平方米",
             "3.68", "HIGH", "WARNING",
             f"the prose's 2024 figure {prose_area}万平方米 and the table's 2024 实际完成值 3.68 differ (digits transposed; "
             "both meet ≥3.5, so the row's 6 is unaffected); the prose's “上年3.12万平方米” agrees with the 2023 column; "
             "gold actual is the table's 3.68")]
    return {"stem": "h291_duyun_jiaoyu", "format": "docx", "write": write291, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the 自评表 prints LAST YEAR'S and THIS YEAR'S results SIDE BY SIDE: a two-row header 一级指标 | 二级指标 | "
                      "三级指标 | 2023年度（上年） over 年度指标值 / 实际完成值 / 得分 (shaded grey) | 2024年度（本年） over 年度指标值 / "
                      "实际完成值 / 分值 / 得分 | 偏差原因分析; the report is the 2024 one (title, prose, 自评结论): a row's "
                      "target, actual, weight and score are the 2024 columns; the 2023 columns are comparison only (their 合计 "
                      "94.95 and 等级 优 too); the table has one 分值 column, this year's",
                      "2023 figures that would be problems if they were this year's: 资金使用合规性 2023 得分 5 above the 2024 "
                      "分值 4 (last year's weights differed, the 说明 says so); 义务教育学校标准化改造 2023 target ≥12, actual 10, "
                      "得分 6 (a target missed at full marks — last year's report); 学生家长满意度 2023 88.5% vs ≥90% scored 4; "
                      "预算执行率 2023 94.51% × 10 = 9.45 (on 表1's 2023 column, right)",
                      "表1 prints 2023 (合计 only) and 2024 (合计, 基本支出, 项目支出) side by side: the gold budget is the 2024 "
                      "columns; 2024 parts add up (年初 21,460.30 + 12,140.00 = 33,600.30; 全年 21,738.90 + 13,986.50 = "
                      "35,725.40; 执行 21,602.15 + 12,921.68 = 34,523.83); 96.64%, 99.37%, 92.39% and 2023's 94.51% right; 年初 "
                      "< 全年 (追加); all under budget",
                      "预算执行率 96.64% × 10 = 9.66 (the 说明's rule); 结转结余率 3.36% = (35,725.40 − 34,523.83) ÷ 35,725.40 vs "
                      "≤6% (a ceiling, met); 在职人员控制率 98.2% vs ≤100%; “三公”经费变动率 -3.1% vs ≤0 (met); 义务教育学校"
                      "标准化改造 15 vs ≥15 (met exactly); 校园安全责任事故 0 vs 0; 绩效指标明确性 −0.5, 资产管理规范性 −1, "
                      "教育信息化应用长效机制 −1 with reasons (judgement)",
                      "合计 2024 得分 98.16 = the 2024 rows (the 6 included); 四、自评结论's 98.16 / 优 and 上年 94.95 / 优 = the "
                      "合计 and 等级 rows; 三、's other figures (15所, 5012人次, 98.4%, 93.6%, 92.5%) agree with the 2024 "
                      "columns"]}


def props(doc, author, when):
    """core properties as the department's own file: its author, the form's date (fixed: byte-identical reruns)"""
    import datetime
    cp = doc.core_properties
    cp.author = cp.last_modified_by = author
    cp.comments = ""
    cp.created = cp.modified = datetime.datetime(*when)


def shade(cell, fill="E7E6E6"):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcpr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcpr.append(sh)


def header_rows(t, n):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    for r in range(n):
        trpr = t.rows[r]._tr.get_or_add_trPr()
        trpr.append(OxmlElement("w:tblHeader"))
        el = OxmlElement("w:cantSplit")
        trpr.append(el)


def put_cells(t, cells, size=8.5, grey=()):
    """cells: (r, k, rs, cs, text, align, bold); origin cells merged over their span; columns in grey shaded"""
    for r, k, rs, cs, text, al, b in cells:
        cell = t.cell(r, k)
        if rs > 1 or cs > 1:
            cell = cell.merge(t.cell(r + rs - 1, k + cs - 1))
        cell_put(cell, text, size, b, al)
        if k in grey:
            shade(cell)


def write291(rep, path):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    M = rep["meta"]
    ind = M["ind"]
    doc = new_doc(landscape=True)
    props(doc, "吴××", (2025, 4, 15, 16, 10))
    para(doc, f"{M['dept']}2024年度部门整体支出绩效自评报告", bold=True, size=16, center=True, after=8)
    para(doc, "一、部门基本情况", bold=True, size=11, after=2)
    para(doc, "都匀市教育局负责全市学前教育、义务教育、普通高中教育和教师队伍建设等工作，内设股室10个，管理中小学及幼儿园"
              "126所。", size=10.5, indent=True, after=2)
    para(doc, "二、预算执行情况", bold=True, size=11, after=2)
    para(doc, f"2024年部门年初预算{m2(M['ib'])}万元，年中追加后全年预算{m2(M['ab'])}万元，全年执行{m2(M['eb'])}万元，预算执行率"
              f"{M['rate']:.2f}%（上年{M['rate23']:.2f}%）。两年预算执行情况见表1。", size=10.5, indent=True, after=4)
    para(doc, "表1　预算执行情况（金额单位：万元）", size=10, center=True, after=2)
    (ib_b, ab_b, eb_b, rb), (ib_p, ab_p, eb_p, rp) = M["b"], M["p"]
    y23 = M["y23"]
    t1 = grid(doc, 6, [40, 40, 40, 40, 40])
    cells = [(0, 0, 2, 1, "项目", "c", True), (0, 1, 1, 1, "2023年度（上年）", "c", True),
             (0, 2, 1, 3, "2024年度（本年）", "c", True), (1, 1, 1, 1, "合计", "c", True), (1, 2, 1, 1, "合计", "c", True),
             (1, 3, 1, 1, "其中：基本支出", "c", True), (1, 4, 1, 1, "其中：项目支出", "c", True)]
    lines = [("年初预算数", y23[0], M["ib"], ib_b, ib_p), ("全年预算数", y23[1], M["ab"], ab_b, ab_p),
             ("全年执行数", y23[2], M["eb"], eb_b, eb_p)]
    for r, (lab, *vals) in enumerate(lines, 2):
        cells += [(r, 0, 1, 1, lab, "c", False)] + [(r, 1 + k, 1, 1, m2(v), "r", False) for k, v in enumerate(vals)]
    cells += [(5, 0, 1, 1, "预算执行率", "c", False)] + [(5, 1 + k, 1, 1, f"{v:.2f}%", "r", False)
                                                      for k, v in enumerate([M["rate23"], M["rate"], rb, rp])]
    put_cells(t1, cells, 9.5, grey=(1,))
    para(doc, "", after=2)
    para(doc, "三、绩效目标完成情况", bold=True, size=11, after=2)
    para(doc, f"2024年，全市新建改扩建校舍{M['prose_area']}万平方米（上年3.12万平方米），完成15所义务教育学校标准化改造，开展教师"
              "培训5012人次；义务教育巩固率98.4%，学前三年毛入园率93.6%，学生资助资金按时足额发放，控辍保学保持动态清零，"
              "全年未发生校园安全责任事故，学生家长满意度92.5%。", size=10.5, indent=True, after=2)
    para(doc, "四、自评结论", bold=True, size=11, after=2)
    para(doc, f"经自评，2024年度部门整体支出绩效自评总分{fmt(M['total'])}分，自评等级为“{grade(M['total'])}”；上年（2023年度）"
              f"自评得分{fmt(M['total23'])}分，等级为“{grade(M['total23'])}”。各项指标两年对比情况见表2。", size=10.5,
         indent=True, after=2)
    para(doc, "五、存在的问题及改进措施", bold=True, size=11, after=2)
    para(doc, "一是个别效益指标细化量化不够；二是部分校舍建设项目跨年实施，项目支出进度偏慢；三是部分农村学校智慧教室使用率不高。"
              "下一步将完善绩效指标体系，加快项目建设和资金支付进度，加强信息化应用培训。", size=10.5, indent=True, after=6)
    para(doc, "表2　2024年度部门整体支出绩效自评表（含2023年度对比）", size=10, center=True, bold=True, after=2)
    widths = [15, 18, 40, 17, 19, 13, 17, 19, 11, 13, 55]
    n = len(ind)
    t = grid(doc, n + 4, widths)
    cells = [(0, 0, 2, 1, "一级指标", "c", True), (0, 1, 2, 1, "二级指标", "c", True), (0, 2, 2, 1, "三级指标", "c", True),
             (0, 3, 1, 3, "2023年度（上年）", "c", True), (0, 6, 1, 4, "2024年度（本年）", "c", True),
             (0, 10, 2, 1, "偏差原因分析", "c", True)]
    cells += [(1, 3 + k, 1, 1, h, "c", True) for k, h in enumerate(["年度指标值", "实际完成值", "得分"])]
    cells += [(1, 6 + k, 1, 1, h, "c", True) for k, h in enumerate(["年度指标值", "实际完成值", "分值", "得分"])]
    for i, x in enumerate(ind):
        r = 2 + i
        t23, a23, s23 = x[8]
        cells += [(r, 2, 1, 1, x[2], "l", False), (r, 3, 1, 1, t23, "c", False), (r, 4, 1, 1, a23, "c", False),
                  (r, 5, 1, 1, fmt(s23), "c", False), (r, 6, 1, 1, x[3], "c", False), (r, 7, 1, 1, x[4], "c", False),
                  (r, 8, 1, 1, fmt(x[5]), "c", False), (r, 9, 1, 1, fmt(x[6]), "c", False), (r, 10, 1, 1, x[7], "l", False)]
    for cc in (0, 1):
        for a, b in spans(ind, cc):
            cells.append((2 + a, cc, b - a + 1, 1, ind[a][cc], "c", False))
    r = 2 + n
    cells += [(r, 0, 1, 3, "合计", "c", True), (r, 3, 1, 1, "—", "c", False), (r, 4, 1, 1, "—", "c", False),
              (r, 5, 1, 1, fmt(M["total23"]), "c", True), (r, 6, 1, 1, "—", "c", False), (r, 7, 1, 1, "—", "c", False),
              (r, 8, 1, 1, "100", "c", True), (r, 9, 1, 1, fmt(M["total"]), "c", True), (r, 10, 1, 1, "", "c", False)]
    cells += [(r + 1, 0, 1, 3, "自评等级", "c", True), (r + 1, 3, 1, 3, grade(M["total23"]), "c", True),
              (r + 1, 6, 1, 4, grade(M["total"]), "c", True), (r + 1, 10, 1, 1, "", "c", False)]
    put_cells(t, cells, 8.5, grey=(3, 4, 5))
    header_rows(t, 2)
    para(doc, "", after=2)
    para(doc, "说明：1.表中“2023年度（上年）”各栏为上年自评结果，仅作对比，其得分按上年指标体系计算（上年分值与本年不尽相同），"
              "本年分值见“分值”栏；2.预算执行率得分＝预算执行率×分值；3.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷"
              "年度指标值×分值”计分；4.定性指标根据完成情况酌情扣分；5.评价等级：" + BANDS, size=9, after=4)
    q = para(doc, "填报单位：都匀市教育局（盖章）　　　填表人：吴××　　　联系电话：0854-82×××××　　　填报日期：2025年4月15日",
             size=10)
    q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.save(path)
    H.A.normalize_zip(path)


ALL.append(h291())



# ============================================================ h292 庆阳市水务局 (.doc, the indicator block a table NESTED in the form)

def h292():
    dept = "庆阳市水务局"
    unit = "庆阳市农村饮水安全管理中心"
    proj = "2024年庆阳市农村供水保障工程项目"
    srcs = [("中央财政资金", 2000.00, 2000.00, 1946.80), ("省级财政资金", 800.00, 850.00, 812.25),
            ("市级财政资金", 400.00, 600.00, 473.60)]
    ib, ab, eb = (r2(sum(x[k] for x in srcs)) for k in (1, 2, 3))
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (3200.00, 3450.00, 3232.65, 93.70), (ib, ab, eb, rate)
    assert [pct(x[3], x[2]) for x in srcs] == [97.34, 95.56, 78.93]
    fs_true = r2(rate / 10)
    fs = 9.73  # PLANT BUDGET_ROW_SCORE: 年度资金总额 93.70% × 10 = 9.37 (the 说明's rule); the form prints 9.73
    assert fs_true == 9.37
    prop = "完成目标得满分，未完成按比例得分"
    bad_rule = "100%得6分；90%（含）—98%得3分；90%以下不得分"  # PLANT MALFORMED_RULE: no band for 98%–100%
    ind = [("产出指标", "数量指标", "新建集中供水工程（处）", "≥24", "24", 7, 7, prop),
           ("产出指标", "数量指标", "改造更新供水管网（公里）", "≥360", "338", 7, P(338, 360, 7), prop),
           ("产出指标", "数量指标", "新增配备消毒设备（套）", "≥60", "64", 5, 5, prop),
           ("产出指标", "数量指标", "新增巩固提升受益人口（万人）", "≥8.5", "7.9", 4, P(7.9, 8.5, 4), prop),
           ("产出指标", "质量指标", "工程验收合格率", "100%", "100%", 6, 6, "100%得满分，否则不得分"),
           ("产出指标", "质量指标", "农村集中供水水质达标率", "100%", "96.5%", 6, 3, bad_rule),
           ("产出指标", "时效指标", "工程按期完工率", "≥95%", "91.5%", 6, 2.5, "≥95%得满分，每低1个百分点扣1分"),
           ("产出指标", "成本指标", "单位管网造价（万元/公里）", "≤6.5", "6.28", 5, 5, "≤6.5得满分，超出不得分"),
           ("产出指标", "成本指标", "工程投资控制率", "≤100%", "98.6%", 4, 4, "≤100%得满分，否则不得分"),
           ("效益指标", "社会效益指标", "农村自来水普及率", "≥93%", "93.6%", 7, 7, prop),
           ("效益指标", "社会效益指标", "供水保证率", "≥95%", "95.3%", 6, 6, prop),
           ("效益指标", "社会效益指标", "群众饮水安全事件（起）", "0", "0", 5, 5, "未发生得满分，发生1起扣5分"),
           ("效益指标", "生态效益指标", "水源地保护区划定率", "100%", "100%", 5, 5, "100%得满分，否则按比例得分"),
           ("效益指标", "可持续影响指标", "工程运行管护机制", "健全", "部分乡镇管护经费未落实", 7, 5, "机制健全得满分，否则酌情扣分"),
           ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "85.4%", 10, 5.4, "≥90%得满分，每低1个百分点扣1分")]
    assert (P(338, 360, 7), P(7.9, 8.5, 4)) == (6.57, 3.72)
    assert r2(6 - (95 - 91.5)) == 2.5 and r2(10 - (90 - 85.4)) == 5.4
    full = [("", "", "年度资金总额", "", f"{rate:.2f}%", 10, fs, "")] + ind
    assert len(full) == 16 and s2(full, 5) == 100
    total = s2(full, 6)
    assert total == 85.92, total
    printed_grade = "优"  # PLANT GRADE_OUTSIDE_BANDS: 85.92 is 良 by the printed bands (85.56 with the fund score corrected)
    assert grade(total) == "良" and grade(r2(total - fs + fs_true)) == "良"
    g = with_project(gold(None, dept, 2024, "PREFECTURAL", "甘肃省", "SELF_EVALUATION", None, total, 100, printed_grade,
                          budget(ib, ab, eb, rate), [], grows(full)), proj, unit)
    meta = dict(dept=dept, unit=unit, proj=proj, srcs=srcs, ib=ib, ab=ab, eb=eb, rate=rate, fs=fs, ind=ind, total=total,
                printed_grade=printed_grade)
    fnd = [F("BUDGET_ROW_SCORE", "年度资金总额", f"年度资金总额 | {m2(ib)} | {m2(ab)} | {m2(eb)} | 10 | {rate:.2f}% | {fmt(fs)}",
             fmt(fs), fmt(fs_true), "HIGH", "ERROR",
             f"说明 1: 年度资金总额得分＝执行率×分值 = {rate:.2f}% × 10 = {fmt(fs_true)}; the form prints {fmt(fs)} (digits "
             f"swapped); the 执行率 {rate:.2f}% = {m2(eb)} ÷ {m2(ab)} is right; the 总分 {fmt(total)} adds the printed "
             f"{fmt(fs)} ({fmt(r2(total - fs + fs_true))} with {fmt(fs_true)})"),
           F("MALFORMED_RULE", "农村集中供水水质达标率", f"农村集中供水水质达标率 | 100% | 96.5% | 6 | 3 | {bad_rule}", bad_rule,
             "no band for 98%–100% (a rate of 98.0%–99.9% scores nothing by this rule)", "MEDIUM", "WARNING",
             "the rule's bands are 100% → 6, 90%（含）–98% → 3, below 90% → 0: a rate from 98% up to just under 100% falls "
             "in no band; the row itself (96.5% → 3) reads the same whichever way the gap is closed"),
           F("GRADE_OUTSIDE_BANDS", "自评结论", f"总分 | 100 | {fmt(total)} | 自评结论：{printed_grade}", printed_grade, "良",
             "HIGH", "ERROR",
             f"the form's own 说明: 80分（含）至90分为“良”; {fmt(total)} is 良 (and {fmt(r2(total - fs + fs_true))} with the "
             "年度资金总额 score corrected); printed 优")]
    return {"stem": "h292_qingyang_shuiwu", "format": "doc", "write": write292, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the file is a Word 97–2003 binary .doc (OLE compound file) whose form is ONE outer table (项目名称, 主管部门 / "
                      "实施单位, the 项目资金 block, 年度总体目标, 绩效指标, 偏差原因分析及改进措施, 总分) with the indicator block "
                      "a table NESTED inside the 绩效指标 row's wide cell (一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | "
                      "分值 | 得分 | 评分标准, 一级/二级 merged down inside it), as old forms are built; a reader that sees only the "
                      "outer table's rows gets a single cell holding all 15 indicators' text; a reader that flattens both "
                      "tables mixes the outer rows' cells with the inner ones",
                      "the 年度资金总额 line of the 项目资金 block is the first indicator row (分值 10, its 执行率 and 得分); the "
                      "其中 lines (中央 / 省级 / 市级) carry no 分值 / 得分 (—) and are not gold budget parts; they add up "
                      "(年初 2,000.00 + 800.00 + 400.00 = 3,200.00; 全年 2,000.00 + 850.00 + 600.00 = 3,450.00; 执行 1,946.80 "
                      "+ 812.25 + 473.60 = 3,232.65); rates 97.34%, 95.56%, 78.93% and 93.70% right; 年初 < 全年 (追加)",
                      "the 评分标准 column's numbers (6分, 3分, 1个百分点, 6.5) are rules, not scores; 改造更新供水管网 7 × 338 ÷ "
                      "360 = 6.57 and 新增巩固提升受益人口 4 × 7.9 ÷ 8.5 = 3.72 (their proportion rule); 工程按期完工率 91.5%: "
                      "3.5 points × 1 → 2.5 (its rule); 受益群众满意度 85.4%: 4.6 × 1 → 5.4 (its rule); 农村集中供水水质达标率 "
                      "96.5% → 3 (its 90%–98% band); 工程运行管护机制 −2 (酌情, judgement, the 实际完成值 says why); 单位管网"
                      "造价 6.28 vs ≤6.5 (a ceiling, met; 万元/公里 in the name, not a budget figure); 工程投资控制率 98.6% vs "
                      "≤100%; 新建集中供水工程 24 vs ≥24 (met exactly); 群众饮水安全事件 0 vs 0",
                      "the 年度总体目标 cells' figures (24, 338, 7.9, 96.5%, 91.5%, 93.6%, 95.3%, 85.4%) agree with the rows; "
                      "总分 85.92 = the printed rows (the 9.73 included)"]}


def write292(rep, path):
    """python-docx: the outer form table (grid of 9 columns) and, in the 绩效指标 row's merged cell, a second table made
    by _Cell.add_table (the cell's leading empty paragraph removed, its trailing one kept as Word requires); LibreOffice
    converts the DOCX to Word 97–2003 (.doc, “MS Word 97” filter), which keeps the nested table."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm
    M = rep["meta"]
    ind = M["ind"]
    doc = new_doc()
    props(doc, "马××", (2025, 4, 17, 9, 30))
    para(doc, "项目支出绩效自评表", bold=True, size=16, center=True, after=2)
    para(doc, "（2024年度）", size=12, center=True, after=4)
    para(doc, f"填报单位（盖章）：{M['dept']}　　　　　　　　　　　　　　金额单位：万元", size=10, after=4)
    widths = [18, 12, 14, 24, 19, 21, 12, 18, 32]
    assert sum(widths) == 170
    r_fund, r_goal, r_ind = 2, 7, 9
    t = grid(doc, 12, widths)
    cells = [(0, 0, 1, 1, "项目名称", "c", True), (0, 1, 1, 8, M["proj"], "l", False),
             (1, 0, 1, 1, "主管部门", "c", True), (1, 1, 1, 3, M["dept"], "l", False),
             (1, 4, 1, 1, "实施单位", "c", True), (1, 5, 1, 4, M["unit"], "l", False),
             (r_fund, 0, 5, 1, "项目资金（万元）", "c", True), (r_fund, 1, 1, 2, "", "c", True)]
    cells += [(r_fund, 3 + k, 1, 1, h, "c", True) for k, h in enumerate(["年初预算数", "全年预算数", "全年执行数", "分值", "执行率",
                                                                         "得分"])]
    cells += [(r_fund + 1, 1, 1, 2, "年度资金总额", "l", False), (r_fund + 1, 3, 1, 1, m2(M["ib"]), "r", False),
              (r_fund + 1, 4, 1, 1, m2(M["ab"]), "r", False), (r_fund + 1, 5, 1, 1, m2(M["eb"]), "r", False),
              (r_fund + 1, 6, 1, 1, "10", "c", False), (r_fund + 1, 7, 1, 1, f"{M['rate']:.2f}%", "c", False),
              (r_fund + 1, 8, 1, 1, fmt(M["fs"]), "c", False)]
    for j, (lab, a, b_, e) in enumerate(M["srcs"]):
        r = r_fund + 2 + j
        cells += [(r, 1, 1, 2, ("其中：" if j == 0 else "　　　") + lab, "l", False), (r, 3, 1, 1, m2(a), "r", False),
                  (r, 4, 1, 1, m2(b_), "r", False), (r, 5, 1, 1, m2(e), "r", False), (r, 6, 1, 1, "—", "c", False),
                  (r, 7, 1, 1, f"{pct(e, b_):.2f}%", "c", False), (r, 8, 1, 1, "—", "c", False)]
    goals = ("目标1：新建集中供水工程24处，改造更新供水管网360公里，新增巩固提升受益人口8.5万人；目标2：农村集中供水水质达标率"
             "100%，工程按期完工率95%以上；目标3：农村自来水普及率达到93%，供水保证率95%以上，受益群众满意度90%以上。")
    done = ("目标1：新建集中供水工程24处，改造更新供水管网338公里，新增巩固提升受益人口7.9万人；目标2：水质达标率96.5%，工程"
            "按期完工率91.5%；目标3：农村自来水普及率93.6%，供水保证率95.3%，受益群众满意度85.4%。")
    cells += [(r_goal, 0, 2, 1, "年度总体目标", "c", True), (r_goal, 1, 1, 4, "预期目标", "c", True),
              (r_goal, 5, 1, 4, "实际完成情况", "c", True), (r_goal + 1, 1, 1, 4, goals, "l", False),
              (r_goal + 1, 5, 1, 4, done, "l", False)]
    cells += [(r_ind, 0, 1, 1, "绩效指标", "c", True)]
    why = ("改造更新供水管网、新增巩固提升受益人口受征地及群众投劳进度影响未完成年度目标，按比例得分；部分小型供水工程消毒设备运行"
           "不规范，水质达标率96.5%；2处工程受汛期影响延期，按期完工率91.5%；部分乡镇管护经费未落实；部分群众对供水时段不满意。"
           "下一步将加快剩余管网建设，规范水质检测和消毒设备运行，落实管护经费，优化供水调度。")
    cells += [(r_ind + 1, 0, 1, 1, "偏差原因分析及改进措施", "c", True), (r_ind + 1, 1, 1, 8, why, "l", False),
              (r_ind + 2, 0, 1, 6, "总分", "c", True), (r_ind + 2, 6, 1, 1, "100", "c", True),
              (r_ind + 2, 7, 1, 1, fmt(M["total"]), "c", True),
              (r_ind + 2, 8, 1, 1, "自评结论：" + M["printed_grade"], "c", True)]
    put_cells(t, cells, 9)
    # the nested indicator table, inside the 绩效指标 row's wide cell
    host = t.cell(r_ind, 1).merge(t.cell(r_ind, 8))
    inner_w = [12, 14, 27, 14, 17, 10, 12, 42]
    assert sum(inner_w) == sum(widths[1:]) - 4
    nt = host.add_table(len(ind) + 1, len(inner_w))
    host._tc.remove(host.paragraphs[0]._p)
    nt.style = "Table Grid"
    nt.autofit = False
    for k, wd in enumerate(inner_w):
        nt.columns[k].width = Mm(wd)
        for cc in nt.columns[k].cells:
            cc.width = Mm(wd)
    icells = [(0, k, 1, 1, h, "c", True) for k, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                                "分值", "得分", "评分标准"])]
    for i, x in enumerate(ind, 1):
        icells += [(i, 2, 1, 1, x[2], "l", False), (i, 3, 1, 1, x[3], "c", False), (i, 4, 1, 1, x[4], "c", False),
                   (i, 5, 1, 1, fmt(x[5]), "c", False), (i, 6, 1, 1, fmt(x[6]), "c", False), (i, 7, 1, 1, x[7], "l", False)]
    for cc in (0, 1):
        for a, b in spans(ind, cc):
            icells.append((1 + a, cc, b - a + 1, 1, ind[a][cc], "c", False))
    put_cells(nt, icells, 8)
    para(doc, "", after=2)
    para(doc, "说明：1.年度资金总额得分＝执行率×分值；2.各项绩效指标按“评分标准”计分，定性指标根据完成情况酌情扣分，并在偏差原因"
              "分析中说明；3.自评结论按总分划分：" + BANDS, size=9, after=4)
    q = para(doc, "填报人：马××　　　联系电话：0934-86×××××　　　填报日期：2025年4月17日", size=10)
    q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    work = tempfile.mkdtemp(prefix="h292_")
    try:
        src = os.path.join(work, "h292.docx")
        doc.save(src)
        H.A.normalize_zip(src)
        H.A.soffice(src, "doc:MS Word 97", work)
        shutil.move(os.path.join(work, "h292.doc"), path)
    finally:
        shutil.rmtree(work, ignore_errors=True)


ALL.append(h292())



# ============================================================ box-drawing text tables (h293)

def dw(t):
    """display width in a GB18030 console: the byte length (CJK, full-width punctuation, ≥ ≤ and the box-drawing
    characters 2 columns, ASCII 1)"""
    return len(t.encode("gb18030"))


def dwrap(text, width):
    """wrap to display width; a run of digits / Latin is not split, closing punctuation does not start a line"""
    if not text:
        return [""]
    tokens = re.findall(r"[0-9A-Za-z.,%\-≥≤]+|.", text)
    out, cur = [], ""
    for tok in tokens:
        if dw(cur + tok) > width and cur:
            if tok in "，。；、）”：%":  # a closing mark never starts a line: it takes the character before it along
                out.append(cur[:-1])
                cur = cur[-1] + tok
            else:
                out.append(cur)
                cur = tok
        else:
            cur += tok
    if cur:
        out.append(cur)
    assert all(dw(x) <= width for x in out), (text, width)
    return out


JOIN = {(0, 1, 0, 1): "┌", (0, 1, 1, 0): "┐", (1, 0, 0, 1): "└", (1, 0, 1, 0): "┘", (1, 1, 0, 1): "├", (1, 1, 1, 0): "┤",
        (0, 1, 1, 1): "┬", (1, 0, 1, 1): "┴", (1, 1, 1, 1): "┼", (1, 1, 0, 0): "│", (0, 0, 1, 1): "─", (0, 0, 0, 0): "  "}
JOIN2 = {(0, 1, 0, 1): "╒", (0, 1, 1, 0): "╕", (1, 0, 0, 1): "╘", (1, 0, 1, 0): "╛", (1, 1, 0, 1): "╞", (1, 1, 1, 0): "╡",
         (0, 1, 1, 1): "╤", (1, 0, 1, 1): "╧", (1, 1, 1, 1): "╪", (1, 1, 0, 0): "│", (0, 0, 1, 1): "═", (0, 0, 0, 0): "  "}


def box_table(widths, nrows, spec, head_rows=1):
    """spec: (r, k, rs, cs, text, align) cells covering an nrows × len(widths) grid; widths in display columns (even,
    since a box character is 2 wide). A vertically merged cell prints its text in its first row and leaves the rows
    below blank, the separator lines passing under it blank too; a horizontally merged cell has no bar inside; long
    texts wrap onto more lines of the same box row. The line under the header rows is drawn double (═)."""
    n = len(widths)
    assert all(w % 2 == 0 for w in widths)
    owner = [[None] * n for _ in range(nrows)]
    for idx, (r, k, rs, cs, t, al) in enumerate(spec):
        for rr in range(r, r + rs):
            for kk in range(k, k + cs):
                assert owner[rr][kk] is None, (rr, kk, t)
                owner[rr][kk] = idx
    assert all(o is not None for row in owner for o in row)

    def cw(idx):
        r, k, rs, cs, t, al = spec[idx]
        return sum(widths[k:k + cs]) + 2 * (cs - 1)

    def vedge(r, b):
        return b == 0 or b == n or owner[r][b - 1] != owner[r][b]

    def hseg(r, k):
        return r == 0 or r == nrows or owner[r - 1][k] != owner[r][k]

    def sep(r):
        table = JOIN2 if r == head_rows else JOIN
        bar = "═" if r == head_rows else "─"
        out = ""
        for b in range(n + 1):
            arms = (int(r > 0 and vedge(r - 1, b)), int(r < nrows and vedge(r, b)), int(b > 0 and hseg(r, b - 1)),
                    int(b < n and hseg(r, b)))
            out += table[arms]
            if b < n:
                out += (bar if hseg(r, b) else "  ") * (widths[b] // 2)
        return out.rstrip()
    lines = []
    for r in range(nrows):
        lines.append(sep(r))
        texts = {}
        for idx, (r0, k, rs, cs, t, al) in enumerate(spec):
            if r0 == r:
                texts[idx] = dwrap(t, cw(idx))
        h = max(len(v) for v in texts.values())
        for j in range(h):
            out = ""
            for k in range(n):
                if vedge(r, k):
                    out += "│"
                idx = owner[r][k]
                if spec[idx][1] == k:
                    t = texts.get(idx, [])
                    t = t[j] if j < len(t) else ""
                    pad = cw(idx) - dw(t)
                    al = spec[idx][5]
                    out += (" " * pad + t) if al == "r" else (" " * (pad // 2) + t + " " * (pad - pad // 2)) if al == "c" \
                        else (t + " " * pad)
            lines.append(out + "│")
    lines.append(sep(nrows))
    return lines


# ============================================================ h293 镇雄县卫生健康局 (TXT, GB18030, CRLF, BOX-DRAWING tables)

def h293():
    dept = "镇雄县卫生健康局"
    ib_b, ab_b, eb_b = 6820.50, 6952.30, 6498.30
    ib_p, ab_p, eb_p = 11360.00, 12485.60, 12546.12  # PLANT SPENDING_OVER_BUDGET: 项目支出 12,546.12 > 全年预算 12,485.60
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    rb, rp = pct(eb_b, ab_b), pct(eb_p, ab_p)
    assert (ib, ab, eb, rate, rb, rp) == (18180.50, 19437.90, 19044.42, 97.98, 93.47, 100.48), (ib, ab, eb, rate, rb, rp)
    rate_formula = "97.89%"  # PLANT FORMULA: 19,044.42 ÷ 19,437.90 × 100% = 97.98%; the line under the budget box prints 97.89%
    bs, jz = r2(rate / 10), r2(100 - rate)
    assert bs == 9.8 and jz == 2.02 and pct(r2(ab - eb), ab) == 2.02
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 4, 4, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "基本明确", 4, 3.5, "个别产出指标未细化量化"),
           ("决策", "预算配置", "在职人员控制率", "≤100%", "97.1%", 3, 3, ""),
           ("决策", "预算配置", "“三公”经费变动率", "≤0", "-2.8%", 4, 4, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "部分项目资金年底拨付"),
           ("过程", "预算执行", "结转结余率", "≤5%", f"{jz:.2f}%", 3, 3, ""),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 4, 4, ""),
           ("过程", "财务管理", "政府采购执行率", "100%", "100%", 3, 3, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 5, 4.5, "部分医疗设备未及时登记入账"),
           ("产出", "数量指标", "孕产妇系统管理率", "≥90%", "93.2%", 6, 6, ""),
           ("产出", "数量指标", "0-6岁儿童健康管理率", "≥90%", "92.6%", 6, 6, ""),
           ("产出", "数量指标", "65岁及以上老年人健康管理（人）", "≥28000", "26880", 6, P(26880, 28000, 6),
            "部分偏远村组老年人随子女外出务工，健康体检覆盖不足，按比例得分"),
           ("产出", "质量指标", "适龄儿童国家免疫规划疫苗接种率", "≥95%", "97.3%", 6, 6, ""),
           ("产出", "质量指标", "乡镇卫生院标准化建设达标（所）", "≥5", "5", 6, 6, ""),
           ("产出", "时效指标", "传染病报告及时率", "≥95%", "99.1%", 5, 5, ""),
           ("效益", "社会效益", "孕产妇死亡率（1/10万）", "≤30", "21.6", 5, 5, ""),
           ("效益", "社会效益", "婴儿死亡率（‰）", "≤6", "4.8", 5, 5, ""),
           ("效益", "社会效益", "重大突发公共卫生事件（起）", "0", "0", 5, 5, ""),
           ("效益", "可持续影响", "医疗卫生服务长效机制", "健全", "基本健全", 5, 4, "部分村卫生室乡村医生老龄化，服务能力不足"),
           ("效益", "满意度", "群众满意度", "≥90%", "88.4%", 5, P(88.4, 90, 5), "部分群众对县医院就诊等候时间不满意，按比例得分")]
    assert len(ind) == 20 and s2(ind, 5) == 100 and (P(26880, 28000, 6), P(88.4, 90, 5)) == (5.76, 4.91)
    total = s2(ind, 6)
    assert total == 97.47, total
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert sec == [("决策", 15, 14.5), ("过程", 25, 24.3), ("产出", 35, 34.76), ("效益", 25, 23.91)], sec
    sec[2] = ("产出", 35, 35)  # PLANT SECTION_VS_ROWS: the 产出 小计 prints 35; its six rows add to 34.76
    g = gold(None, dept, 2024, "COUNTY", "云南省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), sec, grows(ind))
    meta = dict(dept=dept, ind=ind, total=total, sec=sec, b=(ib_b, ab_b, eb_b, rb), p=(ib_p, ab_p, eb_p, rp), ib=ib,
                ab=ab, eb=eb, rate=rate, rate_formula=rate_formula)
    fnd = [F("SPENDING_OVER_BUDGET", "项目支出", f"项目支出 | {m2(ib_p)} | {m2(ab_p)} | {m2(eb_p)} | {rp:.2f}%", f"{m2(eb_p)}万元",
             f"≤ {m2(ab_p)}万元", "HIGH", "WARNING",
             f"项目支出 全年执行数 {m2(eb_p)} exceeds its 全年预算数 {m2(ab_p)} by {m2(r2(eb_p - ab_p))} (执行率 {rp:.2f}%, "
             f"printed, right as arithmetic); the whole ({m2(eb)} ≤ {m2(ab)}, {rate:.2f}%) and 基本支出 ({rb:.2f}%) are "
             "under budget"),
           F("SECTION_VS_ROWS", "产出", "产出 | 小计 | 35 | 35", "35", "34.76", "HIGH", "ERROR",
             "the 产出 小计 line prints 得分 35, its six rows add to 6 + 6 + 5.76 + 6 + 6 + 5 = 34.76 (65岁及以上老年人健康管理 "
             "lost 0.24 by the proportion rule); the four 小计 add to 97.71, the 合计 97.47 adds the rows (one problem)"),
           F("FORMULA", "预算执行率", f"预算执行率＝全年执行数÷全年预算数×100%＝{m2(eb)}÷{m2(ab)}×100%＝{rate_formula}",
             rate_formula, f"{rate:.2f}%", "HIGH", "ERROR",
             f"{m2(eb)} ÷ {m2(ab)} × 100% = {rate:.2f}%; the worked formula under the budget box prints {rate_formula}; the "
             f"box's 合计 line and the 预算执行率 row print the right {rate:.2f}% (and score {fmt(bs)} on it), so gold "
             f"executionRate is {rate:.2f}")]
    return {"stem": "h293_zhenxiong_weijian", "format": "txt", "write": write293, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the file is a reporting system's plain-text export in GB18030 (not valid UTF-8) with CRLF line ends; its "
                      "two tables are drawn with BOX-DRAWING characters (┌ ─ ┬ ┐ │ ├ ┼ ┤ └ ┴ ┘, the line under the header "
                      "double: ╞ ═ ╪ ╡); widths are padded by display width as a GB18030 console shows them (CJK, full-width "
                      "punctuation, ≥ ≤ ‰ and the box characters 2 columns, ASCII 1: every column an even width); a reader "
                      "that counts characters, or takes the box characters as 1 column wide, misplaces the columns",
                      "merged cells are blank continuation cells inside the box: an 一级 / 二级 name is printed in the first "
                      "row of its group only, the rows below leave the cell blank and the separator lines between them pass "
                      "under it blank (├ / │ instead of ┼); the 小计 label spans 二级–实际完成值 and the 合计 / 自评等级 labels "
                      "span 一级–实际完成值 (no bars inside); long cells (the 三级 names 65岁及以上老年人健康管理（人）, 适龄儿童国家"
                      "免疫规划疫苗接种率, 乡镇卫生院标准化建设达标（所）, 重大突发公共卫生事件（起） and three 偏差原因 texts) "
                      "wrap onto a second or third line within the same box row: 20 indicator rows, not more",
                      "the 小计 rows (one per 一级) are sections, the 合计 row the total, the 自评等级 row the grade — none is an "
                      "indicator; the export's header (单位编码 532128001, 导出时间 2025-04-21 10:32:15, 导出人) and footer "
                      "(第 1 页 共 1 页) are furniture",
                      "budget box: parts add up in every column (年初 6,820.50 + 11,360.00 = 18,180.50; 全年 6,952.30 + "
                      "12,485.60 = 19,437.90; 执行 6,498.30 + 12,546.12 = 19,044.42); 97.98%, 93.47% and 100.48% right; 年初 "
                      "< 全年 (追加)",
                      "预算执行率 97.98% × 10 = 9.8 (the 说明's rule); 结转结余率 2.02% = (19,437.90 − 19,044.42) ÷ 19,437.90 "
                      "vs ≤5% (a ceiling, met); 在职人员控制率 97.1% vs ≤100%; “三公”经费变动率 -2.8% vs ≤0 (met); 65岁及以上"
                      "老年人健康管理 6 × 26880 ÷ 28000 = 5.76 and 群众满意度 5 × 88.4 ÷ 90 = 4.91 (the 说明's proportion "
                      "rule, with reasons); 孕产妇死亡率 21.6 vs ≤30 and 婴儿死亡率 4.8 vs ≤6 (ceilings, met; 1/10万 and ‰ "
                      "in the names); 乡镇卫生院标准化建设达标 5 vs ≥5 (met exactly); 重大突发公共卫生事件 0 vs 0; 绩效指标"
                      "明确性 −0.5, 资产管理规范性 −0.5, 医疗卫生服务长效机制 −1 with reasons (judgement)",
                      "the 决策 (15 / 14.5), 过程 (25 / 24.3) and 效益 (25 / 23.91) 小计 add their rows; 合计 97.47 = the rows = "
                      "the 自评结论 line; 自评等级 优"]}


def write293(rep, path):
    M = rep["meta"]
    ind = M["ind"]
    (ib_b, ab_b, eb_b, rb), (ib_p, ab_p, eb_p, rp) = M["b"], M["p"]
    out = ["云南省预算管理一体化系统　绩效管理模块",
           "报表名称：部门整体支出绩效自评表（导出）",
           f"单位编码：532128001　　单位名称：{M['dept']}",
           "预算年度：2024　　金额单位：万元　　导出时间：2025-04-21 10:32:15　　导出人：zxwjj_cw01",
           "",
           "一、预算执行情况"]
    bw = [16, 14, 14, 14, 10]
    spec = [(0, k, 1, 1, h, "c") for k, h in enumerate(["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"])]
    for r, (lab, a, b_, e, rt) in enumerate((("合计", M["ib"], M["ab"], M["eb"], M["rate"]),
                                             ("其中：基本支出", ib_b, ab_b, eb_b, rb), ("　　　项目支出", ib_p, ab_p, eb_p, rp)), 1):
        spec += [(r, 0, 1, 1, lab, "l"), (r, 1, 1, 1, m2(a), "r"), (r, 2, 1, 1, m2(b_), "r"), (r, 3, 1, 1, m2(e), "r"),
                 (r, 4, 1, 1, f"{rt:.2f}%", "r")]
    out += box_table(bw, 4, spec)
    out += [f"注：预算执行率＝全年执行数÷全年预算数×100%＝{m2(M['eb'])}÷{m2(M['ab'])}×100%＝{M['rate_formula']}。",
            "",
            "二、绩效指标完成情况"]
    widths = [8, 10, 22, 10, 10, 6, 6, 26]
    spec = [(0, k, 1, 1, h, "c") for k, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                                                        "得分", "偏差原因"])]
    r = 1
    for name, w, sc in M["sec"]:
        rows = [x for x in ind if x[0] == name]
        spec.append((r, 0, len(rows) + 1, 1, name, "c"))
        for a, b in spans(rows, 1):
            spec.append((r + a, 1, b - a + 1, 1, rows[a][1], "l"))
        for j, x in enumerate(rows):
            spec += [(r + j, 2, 1, 1, x[2], "l"), (r + j, 3, 1, 1, x[3], "l"), (r + j, 4, 1, 1, x[4], "l"),
                     (r + j, 5, 1, 1, fmt(x[5]), "r"), (r + j, 6, 1, 1, fmt(x[6]), "r"), (r + j, 7, 1, 1, x[7], "l")]
        r += len(rows)
        spec += [(r, 1, 1, 4, "小计", "c"), (r, 5, 1, 1, fmt(w), "r"), (r, 6, 1, 1, fmt(sc), "r"), (r, 7, 1, 1, "", "l")]
        r += 1
    spec += [(r, 0, 1, 5, "合计", "c"), (r, 5, 1, 1, "100", "r"), (r, 6, 1, 1, fmt(M["total"]), "r"), (r, 7, 1, 1, "", "l"),
             (r + 1, 0, 1, 5, "自评等级", "c"), (r + 1, 5, 1, 3, grade(M["total"]), "c")]
    out += box_table(widths, r + 2, spec)
    out += [f"自评结论：{M['dept']}2024年度部门整体支出绩效自评总分{fmt(M['total'])}分，自评等级为“{grade(M['total'])}”。",
            "说明：1.预算执行率得分＝预算执行率×分值；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”",
            "　　　计分；3.定性指标根据完成情况酌情扣分；4.评价等级：" + BANDS,
            "",
            "单位负责人：陇××　　财务负责人：王××　　填报人：朱××　　填报日期：2025-04-21",
            "",
            "第 1 页 共 1 页",
            ""]
    data = "\r\n".join(out).encode("gb18030")
    with open(path, "wb") as f:
        f.write(data)


ALL.append(h293())


def main(argv):
    round_main(argv, ALL, "47")


if __name__ == "__main__":
    main(sys.argv[1:])
