#!/usr/bin/python3
"""Round 41 (h259–h263): layouts not used before, each with PLANTED audit problems, made apart from the code by the
corpus41 session. Specs, rendering, gold and findings in this one file; every planted figure carries `# PLANT <KIND>`
with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report whose own
recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports41.py [h259 …]
(needs reportlab, pikepdf, openpyxl, python-docx and Pillow: h259 a FILLABLE PDF FORM (AcroForm) 项目 form as a 填报
system exports it: the page content holds only the ruled grid and the fixed labels, every filled value a text field's
/V with its appearance stream (the fields added with pikepdf to a reportlab page); h260 an XLSX 部门整体 form whose
indicator table is TRANSPOSED (one column per 三级指标, a 小计 column per 一级 and a 合计 column; the fields run down
the rows, 一级/二级 merged across); h261 a PDF 部门整体 self-evaluation report whose 附表 page is a PORTRAIT page
holding the landscape table SET SIDEWAYS (the text itself drawn rotated 90°, no /Rotate on the page); h262 a DOCX 项目
self-evaluation report whose 自评表 is a PICTURE (a 200 dpi JPEG scan of the stamped form, inline, a red seal over part
of it); h263 a portal HTML 部门整体 form whose indicator table is split into one <table> PER 一级 (each with its own
<caption>, its own <thead> header row and a 小计 row in <tfoot>) plus a separate small 合计 table.)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, note).
"""
import html as HT
import io
import math
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402
from heldout import fmt, budget, gold  # noqa: E402
from reports4 import pct, F  # noqa: E402
from reports22 import s2, r2, with_project, grows  # noqa: E402
from reports32 import new_canvas, wrap, FONT  # noqa: E402
from reports34 import new_doc, para, secs  # noqa: E402
from reports36_common import BANDS, grade, P, grid, cell_put, main as round_main  # noqa: E402

ALL = []
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
SANS_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


def m2(x):
    return f"{x:,.2f}"


def spans(ind, col):
    """(first, last) index runs of equal 一级 (col 0) or 一级+二级 (col 1)"""
    out, i = [], 0
    while i < len(ind):
        j = i
        while j + 1 < len(ind) and ind[j + 1][0] == ind[i][0] and (col == 0 or ind[j + 1][1] == ind[i][1]):
            j += 1
        out.append((i, j))
        i = j + 1
    return out


# ============================================================ h259 济宁市任城区水务局 (fillable PDF form: AcroForm, 项目 form)

def h259():
    dept = "济宁市任城区水务局"
    unit = "济宁市任城区农村供水保障服务中心"
    proj = "2023年任城区农村供水提质增效工程"
    srcs = [("其中：当年财政拨款", 1850.00, 1850.00, 1761.26), ("上年结转资金", 0.00, 270.00, 222.20),
            ("其他资金", 0.00, 0.00, 0.00)]
    ib, ab, eb = (r2(sum(x[k] for x in srcs)) for k in (1, 2, 3))
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (1850.00, 2120.00, 1983.46, 93.56), (ib, ab, eb, rate)
    fs_true = r2(rate / 10)
    assert fs_true == 9.36
    fs = 10  # PLANT BUDGET_ROW_SCORE: the 年度资金总额 得分 field holds 10; the 说明's rule 执行率×分值 gives 93.56% × 10 = 9.36
    ind = [(None, None, "年度资金总额", None, f"{rate:.2f}%", 10, fs, ""),
           ("产出指标", "数量指标", "新建改造农村供水管网（公里）", "≥180", "186", 10, 10, ""),
           ("产出指标", "数量指标", "改造提升农村供水工程（处）", "≥24", "24", 8, 8, ""),
           ("产出指标", "数量指标", "安装智能远传水表（户）", "≥12000", "11400", 6, P(11400, 12000, 6),
            "部分村庄入户安装受阻，按完成比例计分"),
           # PLANT TARGET_MET_POINTS_LOST: 100% against 100%, met, yet 7 of 8 and the 偏差原因 field empty
           ("产出指标", "质量指标", "工程竣工验收合格率", "100%", "100%", 8, 7, ""),
           ("产出指标", "质量指标", "农村供水水质达标率", "≥95%", "97.8%", 8, 8, ""),
           ("产出指标", "时效指标", "工程完工及时率", "≥95%", "96.2%", 6, 6, ""),
           ("产出指标", "成本指标", "供水管网建设单位成本（万元/公里）", "≤6.5", "6.32", 6, 6, ""),
           ("效益指标", "经济效益指标", "农村供水管网漏损率降低（百分点）", "≥2", "2.3", 8, 8, ""),
           ("效益指标", "社会效益指标", "受益农村人口（万人）", "≥8.5", "8.76", 8, 8, ""),
           ("效益指标", "社会效益指标", "农村自来水普及率", "≥98%", "98.6%", 6, 6, ""),
           ("效益指标", "可持续影响指标", "供水工程长效运维管护机制", "健全", "基本健全", 8, 7,
            "部分村级管水员考核办法未落实，扣1分"),
           ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "93.2%", 8, 8, "")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)
    assert total == 97.7, total
    rows = grows(ind)
    g = with_project(gold(None, dept, 2023, "COUNTY", "山东省", "SELF_EVALUATION", None, total, 100, None,
                          budget(ib, ab, eb, rate), [], rows), proj, unit)
    # PLANT GOAL_LABELS: the 预期目标 field numbers 目标1–目标4; the 实际完成情况 field reports 目标1, 目标2, 目标3, 目标3
    goal = ("目标1：新建改造农村供水管网180公里以上，改造提升农村供水工程24处；目标2：安装智能远传水表12000户，农村供水水质达标率"
            "95%以上；目标3：农村自来水普及率达到98%以上，受益农村人口8.5万人以上；目标4：建立健全供水工程长效运维管护机制。")
    done = ("目标1：新建改造农村供水管网186公里，改造提升农村供水工程24处；目标2：安装智能远传水表11400户，水质达标率97.8%；"
            "目标3：农村自来水普及率98.6%，受益农村人口8.76万人；目标3：出台农村供水工程运维管护办法，村级管水员考核办法待落实。")
    meta = dict(dept=dept, unit=unit, proj=proj, ind=ind, total=total, srcs=srcs, ib=ib, ab=ab, eb=eb, rate=rate, fs=fs,
                goal=goal, done=done)
    fnd = [F("BUDGET_ROW_SCORE", "年度资金总额", "年度资金总额 | 1,850.00 | 2,120.00 | 1,983.46 | 10 | 93.56% | 10", "10",
             fmt(fs_true), "HIGH", "ERROR",
             "the 说明's rule (年度资金总额得分＝执行率×分值): 93.56% × 10 = 9.36, the fund line's 得分 field holds full 10; the "
             "总分 97.7 adds the printed 10 (97.06 with 9.36)"),
           F("GOAL_LABELS", "年度总体目标",
             "预期目标：目标1：… 目标2：… 目标3：… 目标4：… / 实际完成情况：目标1：… 目标2：… 目标3：… 目标3：…",
             "目标1, 目标2, 目标3, 目标3", "目标1, 目标2, 目标3, 目标4", "HIGH", "WARNING",
             "the 预期目标 field numbers four goals 目标1–目标4; the 实际完成情况 field reports on 目标1, 目标2, 目标3 and 目标3 "
             "again: its last item (the 运维管护 mechanism, the 预期's 目标4) is mis-numbered"),
           F("TARGET_MET_POINTS_LOST", "工程竣工验收合格率", "工程竣工验收合格率 | 100% | 100% | 8 | 7 |", "7", "8",
             "HIGH", "WARNING",
             "100% meets the 100% target, yet the row scores 7 of 8 and its 偏差原因 field is empty; nothing in the form "
             "explains the lost point")]
    return {"stem": "h259_rencheng_shuiwu", "format": "pdf", "draw": draw259, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["the form is a FILLABLE PDF (AcroForm) as the 预算绩效管理 填报 system exports it: the page content "
                      "stream draws only the ruled grid and the template's fixed labels (title, 项目名称/主管部门/实施单位, "
                      "the fund block's line labels, 一级/二级/三级 names, headers, 说明); every filled value (project name, "
                      "units, amounts, 执行率, 指标值, 实际完成值, 分值, 得分, 偏差原因, goals, 总分, 填报人) is a text field "
                      "(widget annotation /FT /Tx, read-only) whose /V holds the value and whose /AP appearance stream "
                      "draws it in the cell; the widgets carry field names (xm_mc, zj_r1_nc, zb05_sj …), not labels: "
                      "they are placed by their /Rect inside the grid",
                      "the fund block's 其中 lines (当年财政拨款 1,850.00 + 上年结转资金 270.00 + 其他资金 0.00 = 2,120.00; "
                      "支出 1,761.26 + 222.20 + 0.00 = 1,983.46; rates 95.20% and 82.30% right, 其他资金 “—”) carry no "
                      "分值/得分 and are not gold budget parts; 执行率 1,983.46 ÷ 2,120.00 = 93.56% (right); 年初 1,850.00 < "
                      "全年 2,120.00 (上年结转)",
                      "改造提升农村供水工程 24 vs ≥24 (met exactly); 供水管网建设单位成本 6.32 vs ≤6.5 (a ceiling, met; "
                      "万元/公里 in the name, not a budget figure); 安装智能远传水表 6 × 11400 ÷ 12000 = 5.7 (printed "
                      "proportion rule); 供水工程长效运维管护机制 −1 with a reason (judgement)",
                      "总分 97.7 = the printed rows; no grade is printed on the form (gold grade null)"]}


def form_grid(c, x0, ytop, cols, heights, spec, size=8.5, lh=None):
    """A ruled grid whose cells are either fixed labels drawn in the page content or FIELD cells left empty (only their
    ruling drawn). spec = (row, col, rowspan, colspan, text, align 'c'|'l'|'r', bold, field name or None). Returns the
    bottom y and {field name: (rect, align)}."""
    lh = lh or size + 2.5
    xs = [x0 + sum(cols[:k]) for k in range(len(cols) + 1)]
    ys = [ytop - sum(heights[:k]) for k in range(len(heights) + 1)]
    c.setLineWidth(0.6)
    fields = {}
    for r, k, rs, cs, s, al, b, fname in spec:
        xa, xb, ya, yb = xs[k], xs[k + cs], ys[r], ys[r + rs]
        c.rect(xa, yb, xb - xa, ya - yb)
        if fname:
            fields[fname] = ((round(xa + 0.8, 2), round(yb + 0.8, 2), round(xb - 0.8, 2), round(ya - 0.8, 2)), al)
            continue
        lines = wrap(s, xb - xa - 5, size) if s else []
        mid = (ya + yb) / 2 + len(lines) * lh / 2 - size + 1
        c.setFont(FONT, size)
        for n, ln in enumerate(lines):
            yy = mid - n * lh
            if al == "l":
                c.drawString(xa + 3, yy, ln)
            elif al == "r":
                c.drawRightString(xb - 3, yy, ln)
            else:
                c.drawCentredString((xa + xb) / 2, yy, ln)
            if b:
                c.drawCentredString((xa + xb) / 2 + 0.3, yy, ln) if al == "c" else c.drawString(xa + 3.3, yy, ln)
    return ys[-1], fields


def add_acroform(path, page_fields, size=8.5):
    """Turns the reportlab PDF at path into a fillable form: for every page, its fields {name: (rect, align, value)}
    become read-only text-field widgets (/FT /Tx, /V, /DA, /Q, multiline where the value wraps) with an appearance
    stream drawing the value in the page's STSong-Light (UniGB-UCS2-H) font; the AcroForm dictionary lists them in
    tab order, /DR names the font, /NeedAppearances false. Saved with a static ID (byte-identical on a rerun)."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String
    from reportlab.pdfbase.pdfmetrics import stringWidth
    pdf = pikepdf.open(path)
    font = None
    for pg in pdf.pages:
        for _, f in pg.Resources.Font.items():
            if str(f.get("/BaseFont")) == "/STSong-Light":
                font = f
    assert font is not None
    every = []
    for pg, fields in zip(pdf.pages, page_fields):
        annots = []
        for name, ((x0, y0, x1, y1), al, value) in fields.items():
            w, h = round(x1 - x0, 2), round(y1 - y0, 2)
            lines = wrap(value, w - 7, size) if value else []
            lh = size + 2.2
            ops = ["/Tx BMC", "q", f"1 1 {w - 2:.2f} {h - 2:.2f} re W n", "BT", f"/STSong {size:g} Tf", "0 g"]
            top = h / 2 + len(lines) * lh / 2 - size + 1.2
            for n, ln in enumerate(lines):
                tw = stringWidth(ln, FONT, size)
                tx = 2.0 if al == "l" else (w - tw) / 2 if al == "c" else w - 2.0 - tw
                ops.append(f"1 0 0 1 {tx:.2f} {top - n * lh:.2f} Tm <{ln.encode('utf-16-be').hex().upper()}> Tj")
            ops += ["ET", "Q", "EMC"]
            ap = pikepdf.Stream(pdf, ("\n".join(ops) + "\n").encode("ascii"))
            ap.Type, ap.Subtype, ap.FormType = Name.XObject, Name.Form, 1
            ap.BBox = Array([0, 0, w, h])
            ap.Resources = Dictionary(Font=Dictionary(STSong=font))
            ff = 1 | (4096 if len(lines) > 1 else 0)
            wid = Dictionary(Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx, T=String(name), V=String(value),
                             Rect=Array([x0, y0, x1, y1]), F=4, Ff=ff, P=pg.obj,
                             DA=String(f"/STSong {size:g} Tf 0 g"), Q={"l": 0, "c": 1, "r": 2}[al],
                             MK=Dictionary(), AP=Dictionary(N=ap))
            annots.append(pdf.make_indirect(wid))
        pg.Annots = Array(annots)
        every += annots
    pdf.Root.AcroForm = Dictionary(Fields=Array(every), DR=Dictionary(Font=Dictionary(STSong=font)),
                                   DA=String(f"/STSong {size:g} Tf 0 g"), NeedAppearances=False)
    info = pdf.docinfo
    for k in list(info.keys()):
        del info[k]
    info.Title = String("项目支出绩效自评表")
    info.Producer = String("预算管理一体化系统 绩效自评表单导出")
    tmp = path + ".tmp"
    pdf.save(tmp, static_id=True)
    pdf.close()
    os.replace(tmp, path)


def draw259(rep, path):
    from reportlab.lib.pagesizes import A4
    M = rep["meta"]
    W, Hh = A4
    c = new_canvas(path, A4)
    L = round((W - 523) / 2, 2)
    R = L + 523
    c.setFont(FONT, 17)
    c.drawCentredString(W / 2, Hh - 58, "项目支出绩效自评表")
    c.drawCentredString(W / 2 + 0.35, Hh - 58, "项目支出绩效自评表")
    c.setFont(FONT, 11)
    c.drawCentredString(W / 2, Hh - 78, "（2023年度）")
    c.setFont(FONT, 9.5)
    c.drawString(L, Hh - 96, "填报单位（盖章）：")
    c.drawRightString(R, Hh - 96, "金额单位：万元")
    fields = {}
    # head: 项目名称 / 主管部门 / 实施单位 and the fund block (8 columns)
    cw = [66, 104, 62, 62, 62, 40, 59, 68]
    assert abs(sum(cw) - (R - L)) < 0.01
    spec = [(0, 0, 1, 2, "项目名称", "c", True, None), (0, 2, 1, 6, "", "l", False, "xm_mc"),
            (1, 0, 1, 2, "主管部门", "c", True, None), (1, 2, 1, 2, "", "l", False, "xm_zgbm"),
            (1, 4, 1, 2, "实施单位", "c", True, None), (1, 6, 1, 2, "", "l", False, "xm_ssdw"),
            (2, 0, 5, 1, "项目资金（万元）", "c", True, None), (2, 1, 1, 1, "", "c", False, None)]
    spec += [(2, 2 + k, 1, 1, h, "c", True, None) for k, h in enumerate(["年初预算数", "全年预算数", "全年执行数", "分值",
                                                                         "执行率", "得分"])]
    vals = {"xm_mc": M["proj"], "xm_zgbm": M["dept"], "xm_ssdw": M["unit"]}
    lines = [("年度资金总额", M["ib"], M["ab"], M["eb"], "10", f"{M['rate']:.2f}%", fmt(M["fs"]))]
    lines += [(lab, a, b, e, "—", f"{pct(e, b):.2f}%" if b else "—", "—") for lab, a, b, e in M["srcs"]]
    for i, (lab, a, b, e, w, q, s) in enumerate(lines):
        r = 3 + i
        spec.append((r, 1, 1, 1, lab, "l", False, None))
        for k, (key, v, al) in enumerate([("nc", m2(a), "r"), ("qn", m2(b), "r"), ("zx", m2(e), "r"), ("fz", w, "c"),
                                          ("zxl", q, "c"), ("df", s, "c")]):
            fname = f"zj_r{i + 1}_{key}"
            spec.append((r, 2 + k, 1, 1, "", al, False, fname))
            vals[fname] = v
    spec += [(7, 0, 2, 1, "年度总体目标", "c", True, None), (7, 1, 1, 3, "预期目标", "c", True, None),
             (7, 4, 1, 4, "实际完成情况", "c", True, None), (8, 1, 1, 3, "", "l", False, "mb_yq"),
             (8, 4, 1, 4, "", "l", False, "mb_sj")]
    vals["mb_yq"], vals["mb_sj"] = M["goal"], M["done"]
    heights = [18, 26, 18, 17, 17, 17, 17, 17, 82]
    y, f1 = form_grid(c, L, Hh - 104, cw, heights, spec, 8.5)
    fields.update(f1)
    # indicator block: 绩效指标 | 一级 | 二级 | 三级 | 指标值 | 实际完成值 | 分值 | 得分 | 偏差原因
    cw2 = [22, 48, 62, 118, 50, 52, 28, 28, 115]
    assert abs(sum(cw2) - (R - L)) < 0.01
    ind = [x for x in M["ind"] if x[0]]
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    spec = [(0, 0, len(ind) + 1, 1, "绩效指标", "c", True, None)]
    spec += [(0, 1 + k, 1, 1, h, "c", True, None) for k, h in enumerate(head)]
    heights = [24]
    for i, x in enumerate(ind, 1):
        n = max(len(wrap(x[2], cw2[3] - 5, 8.5)), len(wrap(x[7], cw2[8] - 4, 8.5)) if x[7] else 1)
        heights.append(max(18, n * 11 + 6))
        spec.append((i, 3, 1, 1, x[2], "l", False, None))
        for k, (key, v, al) in enumerate([("zbz", x[3], "c"), ("sj", x[4], "c"), ("fz", fmt(x[5]), "c"),
                                          ("df", fmt(x[6]), "c"), ("pcyy", x[7], "l")]):
            fname = f"zb{i:02d}_{key}"
            spec.append((i, 4 + k, 1, 1, "", al, False, fname))
            vals[fname] = v
    for a, b in spans(ind, 0):
        spec.append((a + 1, 1, b - a + 1, 1, ind[a][0], "c", False, None))
    for a, b in spans(ind, 1):
        spec.append((a + 1, 2, b - a + 1, 1, ind[a][1], "c", False, None))
    for col in (0, 1):  # a merged 一级/二级 label must fit in its rows
        for a, b in spans(ind, col):
            need = len(wrap(ind[a][col], cw2[1 + col] - 5, 8.5)) * 11 + 6
            have = sum(heights[a + 1:b + 2])
            if have < need:
                heights[b + 1] += need - have
    n = len(ind) + 1
    spec += [(n, 0, 1, 6, "总分", "c", True, None), (n, 6, 1, 1, "", "c", False, "zf_fz"),
             (n, 7, 1, 1, "", "c", False, "zf_df"), (n, 8, 1, 1, "", "c", False, None)]
    vals["zf_fz"], vals["zf_df"] = "100", fmt(M["total"])
    heights.append(20)
    y2, f2 = form_grid(c, L, y, cw2, heights, spec, 8.5)
    fields.update(f2)
    notes = ["说明：1.年度资金总额得分＝执行率×分值；2.定量指标未达到年度指标值的，按“实际完成值÷年度指标值×分值”计分；"
             "3.定性指标根据完成情况酌情扣分，并在偏差原因分析中说明。"]
    yy = y2 - 13
    c.setFont(FONT, 8.5)
    for t in notes:
        for ln in wrap(t, R - L, 8.5):
            c.drawString(L, yy, ln)
            yy -= 12
    c.setFont(FONT, 9.5)
    c.drawString(L, yy - 8, "填报人：")
    c.drawString(L + 150, yy - 8, "联系电话：")
    c.drawString(L + 330, yy - 8, "填报日期：")
    fields["tbr"] = ((L + 38, yy - 12, L + 140, yy + 4), "l")
    fields["lxdh"] = ((L + 198, yy - 12, L + 320, yy + 4), "l")
    fields["tbrq"] = ((L + 378, yy - 12, R, yy + 4), "l")
    vals["tbr"], vals["lxdh"], vals["tbrq"] = "王××", "0537-22×××××", "2024年4月16日"
    # the 填报单位 field beside its label
    fields["tbdw"] = ((L + 84, Hh - 100, L + 300, Hh - 86), "l")
    vals["tbdw"] = M["dept"]
    assert yy - 14 > 40, yy
    c.setFont(FONT, 8)
    c.drawCentredString(W / 2, 26, "第 1 页 共 1 页")
    c.showPage()
    c.save()
    order = ["tbdw"] + [k for k in fields if k != "tbdw"]
    add_acroform(path, [{k: (fields[k][0], fields[k][1], vals[k]) for k in order}])


ALL.append(h259())


# ============================================================ h260 湛江市赤坎区民政局 (XLSX, the indicator table TRANSPOSED)

def h260():
    dept = "湛江市赤坎区民政局"
    ib_b, ib_p = 1286.40, 2460.00
    ab_b, ab_p = 1342.75, 2915.60
    eb_b, eb_p = 1331.08, 2702.37
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (3746.40, 4258.35, 4033.45, 94.72), (ib, ab, eb, rate)
    rate_p = 94.27  # PLANT EXECUTION_RATE: the budget block's 合计 line shows 94.27%; 4,033.45 ÷ 4,258.35 = 94.72%
    bs = r2(rate / 10)
    assert bs == 9.47
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 3, 3, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "基本明确", 3, 2.5, "2项效益指标未细化量化，扣0.5分"),
           ("决策", "预算配置", "在职人员控制率", "≤100%", "96.4%", 3, 3, ""),
           ("决策", "预算配置", "“三公”经费变动率", "≤0", "-4.8%", 3, 3, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "部分养老服务站点建设补助按进度2025年拨付"),
           ("过程", "预算执行", "预决算信息公开性", "公开", "公开", 3, 3, ""),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 4, 4, ""),
           ("过程", "财务管理", "政府采购执行率", "100%", "100%", 3, 3, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 3, 2.5, "部分养老服务设施资产未及时登记入账，扣0.5分"),
           ("产出", "数量指标", "城乡低保保障对象（人）", "≥2600", "2648", 6, 6, ""),
           ("产出", "数量指标", "临时救助（人次）", "≥800", "736", 5, P(736, 800, 5), "按完成比例计分"),
           ("产出", "数量指标", "社区居家养老服务站点建设（个）", "≥10", "10", 6, 6, ""),
           ("产出", "质量指标", "低保资金发放准确率", "100%", "100%", 6, 6, ""),
           ("产出", "质量指标", "养老机构消防安全达标率", "100%", "100%", 4, 4, ""),
           ("产出", "时效指标", "救助资金发放及时率", "100%", "100%", 4, 4, ""),
           ("产出", "成本指标", "社区居家养老服务站点建设补助（万元/个）", "≤20", "18.6", 4, 4, ""),
           ("效益", "社会效益", "困难群众救助覆盖率", "≥98%", "99.2%", 6, 6, ""),
           # PLANT RATE_OVER_ZERO_BASE: a growth rate of 100% over a year with no service at all (the row's own reason)
           ("效益", "社会效益", "社区养老服务站服务人次增长率", "≥20%", "100%", 6, 6,
            "服务站2024年4月投入运营，2023年无服务人次"),
           ("效益", "可持续影响", "社会救助长效机制", "健全", "基本健全", 6, 5, "低收入人口动态监测预警机制待完善，扣1分"),
           ("效益", "满意度", "救助对象满意度", "≥90%", "92.6%", 6, 6, ""),
           ("效益", "满意度", "老年人满意度", "≥90%", "87.3%", 6, P(87.3, 90, 6), "按完成比例计分")]
    assert s2(ind, 5) == 100 and len(ind) == 21
    total = s2(ind, 6)
    assert total == 96.89 and grade(total) == "优", total
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert [x[1:] for x in sec] == [(12, 11.5), (23, 21.97), (35, 34.6), (30, 28.82)], sec
    sec_p = [list(x) for x in sec]
    sec_p[2][2] = 34.06  # PLANT SECTION_VS_ROWS: the 产出 小计 column's 得分 shows 34.06; its seven columns add to 34.6
    g = gold(None, dept, 2024, "COUNTY", "广东省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ib, ab, eb, rate_p, ab_b, eb_b, ab_p, eb_p), [tuple(x) for x in sec_p], grows(ind))
    meta = dict(dept=dept, ind=ind, sec=sec_p, total=total,
                bud=[("合计", ib, ab, eb, rate_p), ("其中：基本支出", ib_b, ab_b, eb_b, pct(eb_b, ab_b)),
                     ("项目支出", ib_p, ab_p, eb_p, pct(eb_p, ab_p))],
                goal="保障城乡低保对象2600人以上基本生活，及时实施临时救助，建设社区居家养老服务站点10个，健全社会救助长效机制，"
                     "困难群众救助覆盖率98%以上。",
                done="全年保障城乡低保对象2648人，实施临时救助736人次，建成社区居家养老服务站点10个，困难群众救助覆盖率99.2%，"
                     "救助对象满意度92.6%。")
    fnd = [F("EXECUTION_RATE", "合计", f"合计 | 3,746.40 | 4,258.35 | 4,033.45 | {rate_p:.2f}%", f"{rate_p:.2f}%",
             f"{rate:.2f}%", "HIGH", "ERROR",
             "4,033.45 ÷ 4,258.35 = 94.72%, the budget block's 合计 line shows 94.27% (a typed value, not a formula); the "
             "预算执行率 column of the indicator table prints the right 94.72% and scores 9.47 on it; 基本 99.13% and 项目 "
             "92.69% are right"),
           F("SECTION_VS_ROWS", "产出", "产出 | 小计 | 35 | 34.06", "34.06", "34.6", "HIGH", "ERROR",
             "产出's seven indicator columns score 6 + 4.6 + 6 + 6 + 4 + 4 + 4 = 34.6, its 小计 column shows 34.06; the 合计 "
             "column's 96.89 adds the indicators (with the 小计s: 11.5 + 21.97 + 34.06 + 28.82 = 96.35)"),
           F("RATE_OVER_ZERO_BASE", "社区养老服务站服务人次增长率",
             "社区养老服务站服务人次增长率 | ≥20% | 100% | 6 | 6 | 服务站2024年4月投入运营，2023年无服务人次", "100%",
             "undefined (base 0)", "HIGH", "WARNING",
             "the column's own 偏差原因 says the stations opened in April 2024 and had no service in 2023: a growth rate over "
             "a base of 0 is undefined, not 100%; the indicator takes full marks (6) on it")]
    return {"stem": "h260_chikan_minzheng", "format": "xlsx", "write": write260, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the indicator table is TRANSPOSED: one COLUMN per 三级指标 (columns B–AA), the fields DOWN the rows "
                      "(一级指标 / 二级指标 / 三级指标 / 年度指标值 / 实际完成值 / 分值 / 得分 / 偏差原因分析, labels in column "
                      "A); 一级 and 二级 merged ACROSS their columns; after each 一级's columns a 小计 column (一级 merged over "
                      "it too, “小计” merged down the 二级/三级 rows, its 分值 and 得分 only) and a final 合计 column (100 | "
                      "96.89): 21 indicator columns, the 小计 and 合计 columns are not rows",
                      "a normal (not transposed) budget block above it (项目 | 年初 | 全年 | 执行 | 执行率, each heading merged "
                      "over two columns, amounts numeric #,##0.00, rates numeric 0.00%) and a 年度总体目标 block; the grade "
                      "in a row of its own under the table",
                      "基本 99.13% and 项目 92.69% right; parts add up in every column (年初 1,286.40 + 2,460.00 = 3,746.40); "
                      "both under budget; 年初 < 全年 (追加)",
                      "预算执行率 column: 94.72% × 10 = 9.47 (the printed rule); 在职人员控制率 96.4% vs ≤100% and 社区居家"
                      "养老服务站点建设补助 18.6 vs ≤20 (ceilings, met; 万元/个 in the name, not a budget figure); “三公”经费"
                      "变动率 -4.8% vs ≤0 (a decrease, met); 社区居家养老服务站点建设 10 vs ≥10 (met exactly); 临时救助 5 × "
                      "736 ÷ 800 = 4.6 and 老年人满意度 6 × 87.3 ÷ 90 = 5.82 (printed proportion rule)",
                      "绩效指标明确性 −0.5, 资产管理规范性 −0.5, 社会救助长效机制 −1 with reasons (judgement)",
                      "the 决策 (12/11.5), 过程 (23/21.97) and 效益 (30/28.82) 小计 columns are right; 合计 96.89 = the "
                      "indicator columns"]}


def write260(rep, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter as CL
    M = rep["meta"]
    ind = M["ind"]
    wb = Workbook()
    wb.properties.creator = wb.properties.lastModifiedBy = "ckqmzj"
    wb.properties.created = wb.properties.modified = H.A.FIXED
    ws = wb.active
    ws.title = "部门整体支出绩效自评表"
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    right = Alignment(horizontal="right", vertical="center")

    def put(r, c, v, bold=False, al=ctr, b=True, size=9, fmt_=None):
        cell = ws.cell(row=r, column=c, value=v)
        cell.font = Font(name="宋体", size=size, bold=bold)
        cell.alignment = al
        if b:
            cell.border = border
        if fmt_:
            cell.number_format = fmt_
        return cell

    def merge(r1, c1, r2_, c2, box=True):
        if (r1, c1) != (r2_, c2):
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2_, end_column=c2)
        if box:
            for r in range(r1, r2_ + 1):
                for c in range(c1, c2 + 1):
                    ws.cell(row=r, column=c).border = border

    # column plan of the transposed table: per 一级 its indicators then a 小计 column, then 合计
    groups = spans(ind, 0)
    plan = []  # ("ind", i) | ("sub", gi) | ("tot",)
    for gi, (a, b) in enumerate(groups):
        plan += [("ind", i) for i in range(a, b + 1)] + [("sub", gi)]
    plan.append(("tot",))
    ncol = 1 + len(plan)
    ws.column_dimensions["A"].width = 11
    for k in range(2, ncol + 1):
        ws.column_dimensions[CL(k)].width = 9.5
    last = CL(ncol)
    put(1, 1, f"{M['dept']}2024年度部门整体支出绩效自评表", True, b=False, size=16)
    merge(1, 1, 1, ncol, box=False)
    ws.row_dimensions[1].height = 30
    put(2, 1, f"填报单位（盖章）：{M['dept']}", al=left, b=False, size=10)
    merge(2, 1, 2, 10, box=False)
    put(2, ncol - 3, "金额单位：万元", al=Alignment(horizontal="right", vertical="center"), b=False, size=10)
    merge(2, ncol - 3, 2, ncol, box=False)
    put(3, 1, "一、预算执行情况", True, al=left, b=False, size=11)
    merge(3, 1, 3, 6, box=False)
    heads = ["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"]
    for k, h in enumerate(heads):
        put(4, 1 + 2 * k, h, True)
        merge(4, 1 + 2 * k, 4, 2 + 2 * k)
    for r, (lab, a, b_, e, q) in enumerate(M["bud"], 5):
        put(r, 1, lab, al=left)
        merge(r, 1, r, 2)
        for k, v in enumerate((a, b_, e)):
            put(r, 3 + 2 * k, v, al=right, fmt_="#,##0.00")
            merge(r, 3 + 2 * k, r, 4 + 2 * k)
        put(r, 9, round(q / 100, 4), fmt_="0.00%")
        merge(r, 9, r, 10)
    put(9, 1, "二、年度总体目标完成情况", True, al=left, b=False, size=11)
    merge(9, 1, 9, 6, box=False)
    for r, (lab, txt) in enumerate([("年度目标", M["goal"]), ("实际完成情况", M["done"])], 10):
        put(r, 1, lab, True)
        merge(r, 1, r, 2)
        put(r, 3, txt, al=left)
        merge(r, 3, r, 16)
        ws.row_dimensions[r].height = 30
    put(13, 1, "三、绩效指标完成情况", True, al=left, b=False, size=11)
    merge(13, 1, 13, 6, box=False)
    labels = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]
    R0 = 14
    for k, lab in enumerate(labels):
        put(R0 + k, 1, lab, True)
    sec = {n: (w, s) for n, w, s in M["sec"]}
    for j, p in enumerate(plan):
        col = 2 + j
        if p[0] == "ind":
            x = ind[p[1]]
            vals = [None, None, x[2], x[3], x[4], x[5], x[6], x[7]]
            for k, v in enumerate(vals):
                if k < 2:
                    continue
                put(R0 + k, col, v, al=ctr if k != 7 else left)
        elif p[0] == "sub":
            name = groups[p[1]]
            w, s_ = sec[ind[name[0]][0]]
            put(R0 + 1, col, "小计", True)
            merge(R0 + 1, col, R0 + 2, col)
            put(R0 + 3, col, "—")
            put(R0 + 4, col, "—")
            put(R0 + 5, col, w, True)
            put(R0 + 6, col, s_, True)
            put(R0 + 7, col, "")
        else:
            put(R0, col, "合计", True)
            merge(R0, col, R0 + 2, col)
            put(R0 + 3, col, "—")
            put(R0 + 4, col, "—")
            put(R0 + 5, col, 100, True)
            put(R0 + 6, col, M["total"], True)
            put(R0 + 7, col, "")
    # 一级 merged across its indicators and its 小计 column; 二级 merged across its indicators
    j = 0
    for gi, (a, b) in enumerate(groups):
        c1 = 2 + plan.index(("ind", a))
        c2 = 2 + plan.index(("sub", gi))
        put(R0, c1, ind[a][0], True)
        merge(R0, c1, R0, c2)
        for a2, b2 in spans(ind[a:b + 1], 1):
            d1 = 2 + plan.index(("ind", a + a2))
            d2 = 2 + plan.index(("ind", a + b2))
            put(R0 + 1, d1, ind[a + a2][1])
            merge(R0 + 1, d1, R0 + 1, d2)
    for k, h in enumerate([20, 20, 62, 20, 20, 18, 18, 66]):
        ws.row_dimensions[R0 + k].height = h
    r = R0 + 9
    put(r, 1, "自评等级", True)
    put(r, 2, "优", True)
    merge(r, 2, r, 3)
    put(r, 4, f"自评得分{fmt(M['total'])}分", al=left)
    merge(r, 4, r, ncol)
    note = ("说明：1.本表绩效指标按列排列，每列为一个三级指标；2.预算执行率得分＝执行率×10；3.定量指标未达到年度指标值的，按“实际完成值"
            "÷年度指标值×分值”计分；4.定性指标根据完成情况酌情扣分并说明理由；5.自评等级：" + BANDS)
    put(r + 2, 1, note, al=left, b=False, size=9)
    merge(r + 2, 1, r + 2, ncol, box=False)
    ws.row_dimensions[r + 2].height = 28
    put(r + 3, 1, "填表人：梁××　　审核人：陈××　　联系电话：0759-31×××××　　填报日期：2025年3月20日", al=left, b=False, size=10)
    merge(r + 3, 1, r + 3, ncol, box=False)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A3
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_area = f"A1:{last}{r + 3}"
    ws.freeze_panes = "B1"
    wb.save(path)
    H.A.normalize_zip(path)


ALL.append(h260())


# ============================================================ h261 渭南市农业农村局 (PDF, the 附表 page a landscape table SET SIDEWAYS on a portrait page)

def h261():
    dept = "渭南市农业农村局"
    ib_b, ib_p = 5210.00, 13430.00
    ab_b, ab_p = 5386.20, 16800.32
    eb_b, eb_p = 5362.41, 15584.77
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (18640.00, 22186.52, 20947.18, 94.41), (ib, ab, eb, rate)
    rate_f = 94.14  # PLANT FORMULA: 二's formula line ends “＝94.14%”; 20,947.18 ÷ 22,186.52 = 94.41% (表1 and the 附表 print 94.41%)
    bs = r2(rate / 10)
    assert bs == 9.44
    pest_rule = "≥45%得满分，每低1个百分点扣1分"
    pest_true = 6 - (45 - 42) * 1
    pest_p = 5  # PLANT RULE_SCORE: 42% is 3 points under ≥45%: 6 − 3 = 3 by the row's own 评分标准; the row deducts 1 and prints 5
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 扣分原因, 评分标准)
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 3, 3, "", "目标与部门职责、发展规划相符得3分，否则酌情扣分"),
           ("决策", "目标设定", "绩效指标明确性", "明确", "1项未量化", 3, 2.5, "“农业产业化水平”指标未量化，扣0.5分",
            "指标细化量化得3分，每有1项未量化扣0.5分"),
           ("决策", "预算配置", "预算编制科学性", "科学", "基本科学", 4, 3, "年中追加高标准农田建设资金较多，扣1分",
            "预算编制科学合理得4分，否则酌情扣分"),
           ("决策", "预算配置", "重点支出保障率", "≥90%", "100%", 5, 5, "", "≥90%得满分，否则按比例计分"),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "部分高标准农田项目按合同2024年结算",
            "得分＝执行率×10"),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 4, 4, "", "发现1项不合规扣1分"),
           ("过程", "财务管理", "管理制度健全性", "健全", "健全", 3, 3, "", "制度健全得3分，否则酌情扣分"),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 3, 2.5, "部分农机具资产卡片信息不全，扣0.5分",
            "规范得3分，否则酌情扣分"),
           ("产出", "数量指标", "建设高标准农田（万亩）", "≥32", "32", 8, 8, "", "完成得满分，否则按比例计分"),
           ("产出", "数量指标", "农作物病虫害统防统治覆盖率", "≥45%", "42%", 6, pest_p, "受夏季持续降雨影响作业进度，扣1分",
            pest_rule),
           ("产出", "数量指标", "培育高素质农民（人）", "≥2000", "1860", 6, P(1860, 2000, 6), "部分培训班次顺延至2024年",
            "完成得满分，否则按比例计分"),
           ("产出", "质量指标", "农产品质量安全例行监测合格率", "≥98%", "99.3%", 6, 6, "", "≥98%得满分，否则按比例计分"),
           ("产出", "质量指标", "高标准农田项目验收合格率", "100%", "100%", 5, 5, "", "100%得满分，否则不得分"),
           ("产出", "时效指标", "惠农补贴资金发放及时率", "100%", "100%", 4, 4, "", "按时发放得满分，否则不得分"),
           ("产出", "成本指标", "高标准农田亩均财政投入（元）", "≤1500", "1480", 5, 5, "", "不超过标准得满分，否则不得分"),
           ("效益", "经济效益", "粮食总产量（万吨）", "≥140", "143.6", 5, 5, "", "达到目标得满分，否则按比例计分"),
           ("效益", "社会效益", "农村居民人均可支配收入增长率", "≥6%", "7.4%", 5, 5, "", "达到目标得满分，否则按比例计分"),
           ("效益", "生态效益", "畜禽粪污综合利用率", "≥90%", "91.5%", 5, 5, "", "达到目标得满分，否则按比例计分"),
           ("效益", "可持续影响", "农业农村发展长效机制", "健全", "基本健全", 5, 4, "联农带农利益联结机制待完善，扣1分",
            "健全得5分，否则酌情扣分"),
           ("效益", "满意度", "服务对象满意度", "≥90%", "88.2%", 5, P(88.2, 90, 5), "按完成比例计分",
            "≥90%得满分，否则按比例计分")]
    ind8 = [x[:8] for x in ind]
    assert s2(ind8, 5) == 100 and len(ind8) == 20
    rows_total = s2(ind8, 6)
    assert rows_total == 94.92 and grade(rows_total) == "优", rows_total
    total_p = 94.29  # PLANT TOTAL_VS_ROWS: the 附表's 合计 row and 四's prose print 94.29; the twenty rows add to 94.92
    sec = secs(ind8, ["决策", "过程", "产出", "效益"])
    assert [x[1:] for x in sec] == [(15, 13.5), (20, 18.94), (40, 38.58), (25, 23.9)], sec
    g = gold(None, dept, 2023, "PREFECTURAL", "陕西省", "SELF_EVALUATION", None, total_p, 100, "优",
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), sec, grows(ind8))
    meta = dict(dept=dept, ind=ind, sec=sec, total=total_p, ib=ib, ab=ab, eb=eb, rate=rate, rate_f=rate_f,
                parts=(ib_b, ib_p, ab_b, ab_p, eb_b, eb_p))
    fnd = [F("FORMULA", "预算执行率",
             f"预算执行率＝全年执行数÷全年预算数×100%＝20,947.18÷22,186.52×100%＝{rate_f:.2f}%", f"{rate_f:.2f}%",
             f"{rate:.2f}%", "HIGH", "ERROR",
             "20,947.18 ÷ 22,186.52 = 94.41%; the formula line in 二 prints 94.14% (digits swapped); 表1's 合计 line and the "
             "附表's 预算执行率 row print the right 94.41% and score 9.44 on it"),
           F("RULE_SCORE", "农作物病虫害统防统治覆盖率",
             f"农作物病虫害统防统治覆盖率 | 6 | {pest_rule} | ≥45% | 42% | {pest_p} | 受夏季持续降雨影响作业进度，扣1分",
             str(pest_p), str(pest_true), "HIGH", "ERROR",
             f"the row's own 评分标准 “{pest_rule}”: 42% is 3 points under 45%, 6 − 3 = 3; the row deducts 1 and prints 5. "
             "With the rule applied 产出 is 36.58 and the rows add to 92.92, still 优"),
           F("TOTAL_VS_ROWS", "合计", f"合计 | 100 | {fmt(total_p)} | 自评等级：优", fmt(total_p), fmt(rows_total), "HIGH",
             "ERROR",
             "the 附表's twenty rows score 13.5 + 18.94 + 38.58 + 23.9 = 94.92 (四's own 一级 sentence gives the same four "
             "subtotals), the 合计 row prints 94.29 (digits swapped) and 四 repeats it; 优 either way")]
    return {"stem": "h261_weinan_nongye", "format": "pdf", "draw": draw261, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["pages 1–2 are upright prose; page 3 is a PORTRAIT page (MediaBox 595 × 842, no /Rotate) holding the "
                      "landscape 附表 SET SIDEWAYS: the table's text and rules are drawn under a 90° rotation of the "
                      "coordinate system (cm 0 1 -1 0 595.2756 0), so every line of table text runs bottom-to-top and the "
                      "table's top faces the page's left edge; only the page number “— 3 —” at the foot is upright; a "
                      "reader must turn the page (or read by the text direction) to rebuild the rows",
                      "一级 and 二级 merged (label once, centred in the span); the 评分标准 column between 分值 and 年度指标值 "
                      "holds rules full of numbers, not scores; long 三级 names and 扣分原因 wrap onto two lines",
                      "表1 (upright, p. 1): parts add up in every column (年初 5,210.00 + 13,430.00 = 18,640.00); 基本 99.56% and "
                      "项目 92.76% right; both under budget; 年初 < 全年 (追加)",
                      "预算执行率 94.41% × 10 = 9.44 (the row's rule); 建设高标准农田 32 vs ≥32 (met exactly); 高标准农田亩均"
                      "财政投入 1480元 vs ≤1500 (a ceiling, met; 元/亩, not a budget figure); 培育高素质农民 6 × 1860 ÷ 2000 "
                      "= 5.58 and 服务对象满意度 5 × 88.2 ÷ 90 = 4.9 (the rows' proportion rule); 粮食总产量 143.6万吨 an "
                      "outcome",
                      "绩效指标明确性 −0.5 (its rule, 1 item), 预算编制科学性 −1, 资产管理规范性 −0.5, 农业农村发展长效机制 −1 "
                      "with reasons (judgement)",
                      "四's 一级 sentence (决策（15分）13.5分, 过程（20分）18.94分, 产出（40分）38.58分, 效益（25分）23.9分) "
                      "matches the rows"]}


def draw261(rep, path):
    from reportlab.lib.pagesizes import A4
    M = rep["meta"]
    W, Hh = A4
    c = new_canvas(path, A4)
    L, R = 72, W - 72
    ib_b, ib_p, ab_b, ab_p, eb_b, eb_p = M["parts"]
    pno = [1]

    def foot():
        c.setFont(FONT, 10)
        c.drawCentredString(W / 2, 40, f"— {pno[0]} —")

    def newpage():
        foot()
        c.showPage()
        pno[0] += 1
        return Hh - 76

    def prose(y, t, size=11.5, indent=True, lead=21):
        for ln in wrap(("　　" if indent else "") + t, R - L, size):
            if y < 70:
                y = newpage()
            c.setFont(FONT, size)
            c.drawString(L, y, ln)
            y -= lead
        return y

    def heading(y, t):
        if y < 100:
            y = newpage()
        c.setFont(FONT, 12.5)
        c.drawString(L, y, t)
        c.drawString(L + 0.35, y, t)
        return y - 24

    c.setFont(FONT, 18)
    c.drawCentredString(W / 2, Hh - 80, M["dept"])
    c.drawCentredString(W / 2, Hh - 106, "2023年度部门整体支出绩效自评报告")
    y = Hh - 146
    y = heading(y, "一、部门基本情况")
    y = prose(y, "渭南市农业农村局是市政府工作部门，主要负责统筹研究和组织实施全市“三农”工作发展战略、中长期规划和重大政策，"
                 "承担粮食和重要农产品稳产保供、高标准农田建设、农业防灾减灾和农产品质量安全监管等职责。局机关内设科室14个，"
                 "下属事业单位6个。")
    y = heading(y, "二、部门预算及执行情况")
    y = prose(y, f"2023年部门年初预算{m2(M['ib'])}万元，其中基本支出{m2(ib_b)}万元、项目支出{m2(ib_p)}万元；年中追加高标准农田"
                 f"建设、农业防灾减灾等资金后，全年预算{m2(M['ab'])}万元，其中基本支出{m2(ab_b)}万元、项目支出{m2(ab_p)}万元。全年"
                 f"执行{m2(M['eb'])}万元，其中基本支出{m2(eb_b)}万元、项目支出{m2(eb_p)}万元。")
    y = prose(y, f"预算执行率＝全年执行数÷全年预算数×100%＝{m2(M['eb'])}÷{m2(M['ab'])}×100%＝{M['rate_f']:.2f}%。")
    y -= 4
    c.setFont(FONT, 10.5)
    c.drawCentredString(W / 2, y, "表1　2023年度部门预算执行情况")
    c.drawRightString(R, y - 16, "单位：万元")
    rows = [("项目", "年初预算数", "全年预算数", "全年执行数", "执行率"),
            ("合计", m2(M["ib"]), m2(M["ab"]), m2(M["eb"]), f"{M['rate']:.2f}%"),
            ("其中：基本支出", m2(ib_b), m2(ab_b), m2(eb_b), f"{pct(eb_b, ab_b):.2f}%"),
            ("项目支出", m2(ib_p), m2(ab_p), m2(eb_p), f"{pct(eb_p, ab_p):.2f}%")]
    spec = []
    for r, row_ in enumerate(rows):
        for k, v in enumerate(row_):
            spec.append((r, k, 1, 1, v, "c" if r == 0 or k == 4 else ("l" if k == 0 else "r"), r == 0, None))
    y, _ = form_grid(c, L, y - 22, [100, 88, 88, 88, 87], [20] * 4, spec, 10)
    y -= 26
    y = heading(y, "三、绩效目标完成情况")
    y = prose(y, "全年建设高标准农田32万亩，农作物病虫害统防统治覆盖率42%，培育高素质农民1860人，农产品质量安全例行监测合格率"
                 "99.3%，惠农补贴资金全部按时发放。全市粮食总产量143.6万吨，农村居民人均可支配收入增长7.4%，畜禽粪污综合利用率"
                 "91.5%，服务对象满意度88.2%。")
    y = heading(y, "四、自评结论")
    y = prose(y, f"按照部门整体支出绩效自评指标体系，经自评，我局2023年度部门整体支出自评得分{fmt(M['total'])}分，自评等级为“优”。"
                 "其中" + "、".join(f"{n}指标（{fmt(w)}分）得{fmt(sc)}分" for n, w, sc in M["sec"])
                 + f"。各项指标评分情况见附表。自评等级标准：{BANDS}")
    y = heading(y, "五、存在的问题及改进措施")
    for t in ["（一）预算编制精准度有待提高。年中追加资金规模较大，下一步将加强项目储备和前期论证，提高年初预算到位率。",
              "（二）部分任务完成进度滞后。农作物病虫害统防统治、高素质农民培育未完成年度目标，下一步将加强调度，确保按期完成。",
              "（三）资产管理基础工作薄弱。部分农机具资产卡片信息不全，下一步将开展资产清查，规范资产登记。"]:
        y = prose(y, t)
    y -= 20
    if y < 110:
        y = newpage()
    c.setFont(FONT, 11.5)
    c.drawRightString(R, y, M["dept"])
    c.drawRightString(R - 8, y - 22, "2024年4月22日")
    foot()
    c.showPage()
    pno[0] += 1
    # page 3: the landscape 附表 set sideways on the portrait page (the coordinate system turned 90°, no /Rotate)
    c.saveState()
    c.translate(W, 0)
    c.rotate(90)
    LW, LH = Hh, W  # landscape width (up the page) and height (across it)
    lx = 50
    c.setFont(FONT, 13)
    c.drawCentredString(LW / 2, LH - 44, f"附表　{M['dept']}2023年度部门整体支出绩效自评表")
    c.drawCentredString(LW / 2 + 0.35, LH - 44, f"附表　{M['dept']}2023年度部门整体支出绩效自评表")
    c.setFont(FONT, 9)
    c.drawString(lx, LH - 62, f"填报单位（盖章）：{M['dept']}")
    cols = [40, 52, 118, 28, 150, 52, 56, 30, 200]
    assert sum(cols) <= LW - 2 * lx + 0.01, sum(cols)
    lx = round((LW - sum(cols)) / 2, 2)
    head = ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "年度指标值", "实际完成值", "得分", "扣分原因"]
    ind = M["ind"]
    spec = [(0, k, 1, 1, h, "c", True, None) for k, h in enumerate(head)]
    heights = [22]
    for i, x in enumerate(ind, 1):
        n = max(len(wrap(t, cols[k] - 5, 8)) for k, t in ((2, x[2]), (4, x[8]), (8, x[7])) if t)
        heights.append(max(19, n * 10 + 6))
        for k, v, al in ((2, x[2], "l"), (3, fmt(x[5]), "c"), (4, x[8], "l"), (5, x[3], "c"), (6, x[4], "c"),
                         (7, fmt(x[6]), "c"), (8, x[7], "l")):
            spec.append((i, k, 1, 1, v, al, False, None))
    for a, b in spans(ind, 0):
        spec.append((a + 1, 0, b - a + 1, 1, ind[a][0], "c", False, None))
    for a, b in spans(ind, 1):
        spec.append((a + 1, 1, b - a + 1, 1, ind[a][1], "c", False, None))
    n = len(ind) + 1
    spec += [(n, 0, 1, 3, "合计", "c", True, None), (n, 3, 1, 1, "100", "c", True, None), (n, 4, 1, 3, "", "c", False, None),
             (n, 7, 1, 1, fmt(M["total"]), "c", True, None), (n, 8, 1, 1, "自评等级：优", "c", True, None)]
    heights.append(20)
    yb, _ = form_grid(c, lx, LH - 70, cols, heights, spec, 8, lh=10)
    assert yb > 46, yb
    c.setFont(FONT, 8.5)
    note = "说明：定量指标未达到年度指标值的，除评分标准另有规定外按“实际完成值÷年度指标值×分值”计分；自评等级：" + BANDS
    for k, ln in enumerate(wrap(note, sum(cols), 8.5)):
        c.drawString(lx, yb - 14 - 12 * k, ln)
    assert yb - 14 - 12 * k > 30
    c.restoreState()
    foot()
    c.showPage()
    c.save()


ALL.append(h261())


# ============================================================ h262 商丘市梁园区文化广电和旅游局 (DOCX, the 自评表 a PICTURE: a stamped scan)

def h262():
    dept = "商丘市梁园区文化广电和旅游局"
    unit = "商丘市梁园区文化馆"
    proj = "2024年梁园区公共文化服务体系建设补助资金"
    srcs = [("其中：中央补助资金", 420.00, 420.00, 405.18), ("省级补助资金", 160.00, 180.00, 171.40),
            ("区级财政资金", 100.00, 160.00, 135.78)]
    ib, ab, eb = (r2(sum(x[k] for x in srcs)) for k in (1, 2, 3))
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (680.00, 760.00, 712.36, 93.73), (ib, ab, eb, rate)
    fs = r2(rate / 10)
    assert fs == 9.37
    shows_pic, shows_prose = "302", "320"  # PLANT SAME_FIGURE_DIFFERS: 二's prose says 送戏下乡演出320场, the scanned form's row 302
    book_true = P(48, 60, 8)  # 6.4
    ind = [(None, None, "年度资金总额", None, f"{rate:.2f}%", 10, fs, ""),
           ("产出指标", "数量指标", "送戏下乡演出（场）", "≥300", shows_pic, 8, 8, ""),
           ("产出指标", "数量指标", "公共文化场馆免费开放（个）", "≥46", "46", 8, 8, ""),
           # PLANT TARGET_MISSED_FULL_MARKS: 48 against ≥60 and full 8, the 偏差原因 cell empty (the 说明's rule gives 6.4)
           ("产出指标", "数量指标", "农家书屋数字化提升（个）", "≥60", "48", 8, 8, ""),
           ("产出指标", "数量指标", "开展全民阅读活动（场次）", "≥120", "126", 6, 6, ""),
           ("产出指标", "质量指标", "场馆免费开放服务达标率", "≥95%", "97%", 6, 6, ""),
           ("产出指标", "时效指标", "补助资金拨付及时率", "100%", "85%", 6, P(85, 100, 6), "第四季度部分资金拨付滞后"),
           ("产出指标", "成本指标", "送戏下乡场均补助（万元/场）", "≤0.8", "0.78", 6, 6, ""),
           ("效益指标", "社会效益指标", "公共文化设施年服务人次（万人次）", "≥85", "58", 8, P(58, 85, 8),
            "区文化馆改造闭馆3个月"),
           ("效益指标", "社会效益指标", "群众文化活动参与率", "≥60%", "45%", 8, P(45, 60, 8), "按完成比例计分"),
           ("效益指标", "社会效益指标", "非遗项目保护传承（项）", "≥15", "12", 8, P(12, 15, 8), "3个项目传承人认定未完成"),
           ("效益指标", "可持续影响指标", "公共文化服务长效运行机制", "健全", "基本健全", 8, 6, "基层文化管理员队伍不稳定，扣2分"),
           ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "80%", 10, P(80, 90, 10), "按完成比例计分")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)
    assert total == 89.22 and grade(total) == "良", total
    grade_p = "优"  # PLANT GRADE_OUTSIDE_BANDS: 三 grades 89.22 “优”; the bands it prints (90分（含）以上为“优”) give 良
    g = with_project(gold(None, dept, 2024, "COUNTY", "河南省", "SELF_EVALUATION", None, total, 100, grade_p,
                          budget(ib, ab, eb, rate), [], grows(ind)), proj, unit)
    goal = ("开展送戏下乡演出300场以上，全区46个公共文化场馆免费开放，完成农家书屋数字化提升60个，开展全民阅读活动120场次以上，"
            "公共文化设施年服务85万人次以上，群众满意度90%以上。")
    done = ("开展送戏下乡演出302场，46个公共文化场馆全部免费开放，完成农家书屋数字化提升48个，开展全民阅读活动126场次，公共文化"
            "设施年服务58万人次，群众满意度80%。")
    meta = dict(dept=dept, unit=unit, proj=proj, ind=ind, total=total, srcs=srcs, ib=ib, ab=ab, eb=eb, rate=rate,
                goal=goal, done=done, grade=grade_p, shows_prose=shows_prose)
    fnd = [F("SAME_FIGURE_DIFFERS", "送戏下乡演出（场）",
             f"全年开展送戏下乡演出{shows_prose}场 / 送戏下乡演出（场） | ≥300 | {shows_pic} | 8 | 8", f"{shows_prose}场",
             f"{shows_pic}场", "HIGH", "WARNING",
             "二 (prose) states 320 送戏下乡 performances, the scanned 自评表 (the picture) 302 (digits swapped): one of them is "
             "misprinted; both meet ≥300, so the row's 8 holds either way"),
           F("TARGET_MISSED_FULL_MARKS", "农家书屋数字化提升（个）", "农家书屋数字化提升（个） | ≥60 | 48 | 8 | 8 |", "8", "< 8",
             "HIGH", "WARNING",
             f"48 against ≥60, full marks and an empty 偏差原因 cell; the form's own 说明 (定量指标未达到年度指标值的按“实际完成值"
             f"÷年度指标值×分值”计分) gives 8 × 48 ÷ 60 = {fmt(book_true)}; 二's prose says only 48 were finished"),
           F("GRADE_OUTSIDE_BANDS", "自评等级",
             f"项目自评得分{fmt(total)}分，自评等级为“优” / 90分（含）以上为“优”，80分（含）至90分为“良”", "优", "良", "HIGH",
             "ERROR",
             "三 states 89.22 (the scanned form's 总分, = the rows) and grades it 优; the bands printed in the same paragraph "
             "put 80 ≤ 89.22 < 90 in 良")]
    return {"stem": "h262_liangyuan_wenlv", "format": "docx", "write": write262, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the 项目支出绩效自评表 is NOT a Word table: it is a PICTURE (an inline JPEG, 200 dpi, a scan of the "
                      "printed and stamped form, slightly skewed, off-white paper) inserted after 三; its rows, fund block, "
                      "goals and 总分 exist only as pixels; a red round seal (the department's name along the arc) lies over "
                      "the lower right of the form: the last rows' 得分 / 偏差原因 cells, the 总分 row and the 填报日期; the "
                      "body's real text is the title, the prose (budget, goals, conclusion) and the closing",
                      "the picture's fund block 其中 lines (中央 420.00 + 省级 180.00 + 区级 160.00 = 760.00; 支出 405.18 + 171.40 "
                      "+ 135.78 = 712.36; rates 96.47%, 95.22%, 84.86% right) are fund sources, not gold budget parts; 执行率 "
                      "712.36 ÷ 760.00 = 93.73% (right) × 10 = 9.37 (the 说明's rule); 年初 680.00 < 全年 760.00 (追加)",
                      "公共文化场馆免费开放 46 vs ≥46 (met exactly); 送戏下乡场均补助 0.78 vs ≤0.8 (a ceiling, met; 万元/场 in "
                      "the name, not a budget figure); 补助资金拨付及时率 6 × 85 ÷ 100 = 5.1, 公共文化设施年服务人次 8 × 58 ÷ 85 = "
                      "5.46, 群众文化活动参与率 8 × 45 ÷ 60 = 6, 非遗项目保护传承 8 × 12 ÷ 15 = 6.4 and 群众满意度 10 × 80 ÷ 90 = "
                      "8.89 (printed proportion rule); 公共文化服务长效运行机制 −2 with a reason (judgement)",
                      "二's other figures (46个场馆, 农家书屋48个, 阅读活动126场次, 58万人次, 满意度80%) agree with the picture; "
                      "the prose states the budget in 万元 as the picture does; 总分 89.22 = the rows"]}


def pil_font(size, bold=False):
    from PIL import ImageFont
    return ImageFont.truetype(SANS_TTC if not bold else "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", size,
                              index=2)


def pil_wrap(text, width, font):
    """Chinese line breaking by measured width (digits/Latin runs kept whole, closing punctuation never first)."""
    import re
    if not text:
        return []
    out, cur = [], ""
    for tok in re.findall(r"[0-9A-Za-z.,%\-≥≤/]+|.", text):
        if font.getlength(cur + tok) > width and cur and tok not in "，。；、）”：%":
            out.append(cur)
            cur = tok
        else:
            cur += tok
    if cur:
        out.append(cur)
    return out


def pil_grid(d, x0, y0, cols, heights, spec, font, bold, lh):
    """A ruled grid drawn on a PIL image: spec = (row, col, rowspan, colspan, text, align 'c'|'l'|'r', bold)."""
    xs = [x0 + sum(cols[:k]) for k in range(len(cols) + 1)]
    ys = [y0 + sum(heights[:k]) for k in range(len(heights) + 1)]
    for r, k, rs, cs, t, al, b in spec:
        xa, xb, ya, yb = xs[k], xs[k + cs], ys[r], ys[r + rs]
        d.rectangle([xa, ya, xb, yb], outline=(30, 30, 30), width=2)
        f = bold if b else font
        lines = pil_wrap(t, xb - xa - 14, f)
        top = (ya + yb) / 2 - len(lines) * lh / 2
        for n, ln in enumerate(lines):
            w = f.getlength(ln)
            x = xa + 7 if al == "l" else xb - 7 - w if al == "r" else (xa + xb - w) / 2
            d.text((x, top + n * lh + 2), ln, fill=(20, 20, 20), font=f)
    return ys[-1]


def seal_image(diam, name, code="4114020016583"):
    """A red round official seal on a transparent ground: ring, star, the unit's name along the upper arc, a code
    along the lower arc (RGBA, drawn at 2× and reduced)."""
    from PIL import Image, ImageDraw
    S = diam * 2
    im = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    red = (205, 22, 30, 215)
    cx = cy = S / 2
    r = S / 2 - 6
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=max(6, S // 55))
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = S * 0.16 if k % 2 == 0 else S * 0.064
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=red)
    fsz = int(S * 0.105)
    f = pil_font(fsz, True)
    n = len(name)
    span = 250.0
    for k, ch in enumerate(name):
        ang = -90 - span / 2 + k * span / (n - 1)
        g = Image.new("RGBA", (fsz * 2, fsz * 2), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((fsz / 2, fsz / 4), ch, fill=red, font=f)
        g = g.rotate(-(ang + 90), resample=Image.BICUBIC)
        rr = r - fsz * 0.95
        px, py = cx + rr * math.cos(math.radians(ang)), cy + rr * math.sin(math.radians(ang))
        im.alpha_composite(g, (int(px - fsz), int(py - fsz)))
    f2 = pil_font(int(S * 0.045))
    m = len(code)
    span = 70.0
    for k, ch in enumerate(code):
        ang = 90 + span / 2 - k * span / (m - 1)
        g = Image.new("RGBA", (int(S * 0.09), int(S * 0.09)), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((S * 0.025, S * 0.01), ch, fill=red, font=f2)
        g = g.rotate(-(ang - 90), resample=Image.BICUBIC)
        rr = r - S * 0.07
        px, py = cx + rr * math.cos(math.radians(ang)), cy + rr * math.sin(math.radians(ang))
        im.alpha_composite(g, (int(px - S * 0.045), int(py - S * 0.045)))
    return im.resize((diam, diam), Image.LANCZOS)


def scan262(M):
    """The stamped 自评表 as a 200 dpi scan: the form drawn at 200 dpi (Noto Sans CJK), the seal multiplied over its
    lower right, a 0.3° skew, an off-white paper tone and a light blur; JPEG bytes (deterministic)."""
    from PIL import Image, ImageChops, ImageDraw, ImageFilter
    dpi = 200
    mm = dpi / 25.4
    Wpx = int(180 * mm)
    font, bold = pil_font(23), pil_font(23, True)
    lh = 31
    img = Image.new("RGB", (Wpx, int(262 * mm)), "white")
    d = ImageDraw.Draw(img)
    tf = pil_font(46, True)
    t = "项目支出绩效自评表"
    d.text(((Wpx - tf.getlength(t)) / 2, 40), t, fill=(15, 15, 15), font=tf)
    t = "（2024年度）"
    f12 = pil_font(28)
    d.text(((Wpx - f12.getlength(t)) / 2, 112), t, fill=(15, 15, 15), font=f12)
    x0 = int(6 * mm)
    d.text((x0, 165), f"填报单位（盖章）：{M['dept']}", fill=(15, 15, 15), font=pil_font(24))
    t = "金额单位：万元"
    d.text((Wpx - x0 - pil_font(24).getlength(t), 165), t, fill=(15, 15, 15), font=pil_font(24))
    tw = Wpx - 2 * x0
    # head and fund block: 8 columns
    cw = [int(tw * f) for f in (0.13, 0.19, 0.12, 0.12, 0.12, 0.08, 0.11)]
    cw.append(tw - sum(cw))
    spec = [(0, 0, 1, 2, "项目名称", "c", True), (0, 2, 1, 6, M["proj"], "l", False),
            (1, 0, 1, 2, "主管部门", "c", True), (1, 2, 1, 2, M["dept"], "l", False),
            (1, 4, 1, 2, "实施单位", "c", True), (1, 6, 1, 2, M["unit"], "l", False),
            (2, 0, 5, 1, "项目资金（万元）", "c", True), (2, 1, 1, 1, "", "c", False)]
    spec += [(2, 2 + k, 1, 1, h, "c", True) for k, h in enumerate(["年初预算数", "全年预算数", "全年执行数", "分值", "执行率",
                                                                    "得分"])]
    lines = [("年度资金总额", M["ib"], M["ab"], M["eb"], "10", f"{M['rate']:.2f}%", fmt(M["ind"][0][6]))]
    lines += [(lab, a, b, e, "—", f"{pct(e, b):.2f}%", "—") for lab, a, b, e in M["srcs"]]
    for i, (lab, a, b, e, w, q, s_) in enumerate(lines):
        spec += [(3 + i, 1, 1, 1, lab, "l", False), (3 + i, 2, 1, 1, m2(a), "r", False), (3 + i, 3, 1, 1, m2(b), "r", False),
                 (3 + i, 4, 1, 1, m2(e), "r", False), (3 + i, 5, 1, 1, w, "c", False), (3 + i, 6, 1, 1, q, "c", False),
                 (3 + i, 7, 1, 1, s_, "c", False)]
    spec += [(7, 0, 2, 1, "年度总体目标", "c", True), (7, 1, 1, 3, "预期目标", "c", True), (7, 4, 1, 4, "实际完成情况", "c", True),
             (8, 1, 1, 3, M["goal"], "l", False), (8, 4, 1, 4, M["done"], "l", False)]
    y = pil_grid(d, x0, 215, cw, [52, 70, 48, 46, 46, 46, 46, 46, 170], spec, font, bold, lh)
    # indicator block: 绩效指标 | 一级 | 二级 | 三级 | 指标值 | 实际完成值 | 分值 | 得分 | 偏差原因
    fr = (0.045, 0.09, 0.105, 0.225, 0.085, 0.09, 0.05, 0.055)
    cw2 = [int(tw * f) for f in fr]
    cw2.append(tw - sum(cw2))
    ind = [x for x in M["ind"] if x[0]]
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    spec = [(0, 0, len(ind) + 1, 1, "绩效指标", "c", True)] + [(0, 1 + k, 1, 1, h, "c", True) for k, h in enumerate(head)]
    heights = [66]
    for i, x in enumerate(ind, 1):
        n = max(len(pil_wrap(x[2], cw2[3] - 14, font)), len(pil_wrap(x[7], cw2[8] - 14, font)), 1)
        heights.append(max(48, n * lh + 16))
        spec += [(i, 3, 1, 1, x[2], "l", False), (i, 4, 1, 1, x[3], "c", False), (i, 5, 1, 1, x[4], "c", False),
                 (i, 6, 1, 1, fmt(x[5]), "c", False), (i, 7, 1, 1, fmt(x[6]), "c", False), (i, 8, 1, 1, x[7], "l", False)]
    for a, b in spans(ind, 0):
        spec.append((a + 1, 1, b - a + 1, 1, ind[a][0], "c", False))
    for a, b in spans(ind, 1):
        spec.append((a + 1, 2, b - a + 1, 1, ind[a][1], "c", False))
    for col in (0, 1):
        for a, b in spans(ind, col):
            need = len(pil_wrap(ind[a][col], cw2[1 + col] - 14, font)) * lh + 16
            have = sum(heights[a + 1:b + 2])
            if have < need:
                heights[b + 1] += need - have
    n = len(ind) + 1
    spec += [(n, 0, 1, 6, "总分", "c", True), (n, 6, 1, 1, "100", "c", True), (n, 7, 1, 1, fmt(M["total"]), "c", True),
             (n, 8, 1, 1, "", "c", False)]
    heights.append(50)
    y2 = pil_grid(d, x0, y + 0, cw2, heights, spec, font, bold, lh)
    note = ("说明：1.年度资金总额得分＝执行率×分值；2.定量指标未达到年度指标值的，按“实际完成值÷年度指标值×分值”计分；3.定性指标"
            "根据完成情况酌情扣分，并在偏差原因分析中说明。")
    yy = y2 + 18
    for ln in pil_wrap(note, tw, pil_font(21)):
        d.text((x0, yy), ln, fill=(15, 15, 15), font=pil_font(21))
        yy += 30
    yy += 16
    d.text((x0, yy), "填报人：杨××　　　联系电话：0370-26×××××　　　填报日期：2025年4月10日", fill=(15, 15, 15),
           font=pil_font(24))
    img = img.crop((0, 0, Wpx, yy + 70))
    # the seal, multiplied over the lower right (the last rows' 得分 / 偏差原因, the 总分 row, the 填报日期)
    seal = seal_image(int(42 * mm), M["dept"])
    layer = Image.new("RGB", img.size, "white")
    sx, sy = Wpx - x0 - int(42 * mm) - int(10 * mm), y2 - int(33 * mm)
    layer.paste(seal, (sx, sy), seal)
    img = ImageChops.multiply(img, layer)
    # scan: paper tone, a 0.3° skew, a light blur
    paper = Image.new("RGB", img.size, (247, 245, 238))
    img = ImageChops.multiply(img, paper)
    img = img.rotate(-0.3, resample=Image.BICUBIC, expand=True, fillcolor=(247, 245, 238))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=88, dpi=(dpi, dpi), optimize=False)
    return buf.getvalue(), img.size


def write262(rep, path):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm
    M = rep["meta"]
    doc = new_doc()
    para(doc, M["dept"], bold=True, size=16, center=True, after=2)
    para(doc, f"{M['proj']}项目支出绩效自评报告", bold=True, size=16, center=True, after=10)
    para(doc, "一、项目基本情况", bold=True, size=12, after=2)
    para(doc, f"（一）项目概况。{M['proj']}由{M['dept']}主管，{M['unit']}具体实施，主要用于送戏下乡、公共文化场馆免费开放、"
              "农家书屋数字化提升、全民阅读和非物质文化遗产保护传承等基本公共文化服务。", size=10.5, indent=True)
    (c1, a1, b1, e1), (c2, a2, b2, e2), (c3, a3, b3, e3) = M["srcs"]
    para(doc, f"（二）资金情况。项目年初预算{m2(M['ib'])}万元，其中中央补助资金{m2(a1)}万元、省级补助资金{m2(a2)}万元、区级财政"
              f"资金{m2(a3)}万元；年中追加省级、区级资金后全年预算{m2(M['ab'])}万元。全年实际支出{m2(M['eb'])}万元，预算执行率"
              f"{M['rate']:.2f}%。", size=10.5, indent=True, after=4)
    para(doc, "二、绩效目标完成情况", bold=True, size=12, after=2)
    para(doc, f"2024年全年开展送戏下乡演出{M['shows_prose']}场，全区46个公共文化场馆全部实现免费开放，服务达标率97%；完成农家书屋"
              "数字化提升48个，未完成60个的年度目标；开展全民阅读活动126场次。受区文化馆改造闭馆影响，公共文化设施全年服务58万"
              "人次，群众文化活动参与率45%，群众满意度80%，均未达到年度目标。", size=10.5, indent=True, after=4)
    para(doc, "三、自评结论", bold=True, size=12, after=2)
    para(doc, f"根据项目支出绩效自评指标体系，经自评，项目自评得分{fmt(M['total'])}分，自评等级为“{M['grade']}”（自评等级标准："
              f"{BANDS}）。项目支出绩效自评表（盖章扫描件）如下：", size=10.5, indent=True, after=4)
    jpg, (wpx, hpx) = scan262(M)
    width_mm = 170
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run()
    run.add_picture(io.BytesIO(jpg), width=Mm(width_mm))
    docpr = run._r.xpath(".//wp:docPr")[0]
    docpr.set("name", "图片 1")
    docpr.set("descr", "")
    para(doc, "四、存在的问题及改进措施", bold=True, size=12, after=2)
    for s_ in ["（一）部分任务未完成年度目标。农家书屋数字化提升、非遗项目传承人认定进度滞后，下一步将建立任务台账，按月调度。",
               "（二）资金拨付不够及时。第四季度部分补助资金拨付滞后，下一步将加快资金拨付进度，提高资金使用效益。",
               "（三）公共文化服务效能有待提升。下一步将丰富活动形式，稳定基层文化管理员队伍，提高群众参与率和满意度。"]:
        para(doc, s_, size=10.5, indent=True)
    para(doc, "", after=6)
    for s_ in [M["dept"], "2025年4月10日"]:
        q = para(doc, s_, size=10.5)
        q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.save(path)
    H.A.normalize_zip(path)


ALL.append(h262())


# ============================================================ h263 郴州市人力资源和社会保障局 (portal HTML, one <table> PER 一级 + a 合计 table)

def h263():
    dept = "郴州市人力资源和社会保障局"
    ib_b, ib_p = 4126.30, 6850.00
    ab_b, ab_p = 4288.64, 9412.85
    eb_b, eb_p = 4251.07, 8896.52
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (10976.30, 13701.49, 13147.59, 95.96), (ib, ab, eb, rate)
    bs = r2(rate * 8 / 100)
    assert bs == 7.68
    arb_rule = "≥95%得满分；90%（含）-96%得3分；90%以下不得分"  # PLANT MALFORMED_RULE: the bands overlap (95%–96% lies in two)
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因, 评分标准)
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 3, 3, "", "目标与部门职责相符得3分，否则酌情扣分"),
           ("决策", "目标设定", "绩效指标明确性", "明确", "明确", 3, 3, "", "指标细化量化得3分，每有1项未量化扣0.5分"),
           ("决策", "预算配置", "预算编制科学性", "科学", "基本科学", 3, 2, "就业补助资金年中追加较多，扣1分",
            "预算编制科学合理得3分，否则酌情扣分"),
           ("决策", "预算配置", "在职人员控制率", "≤100%", "95.8%", 3, 3, "", "≤100%得满分，否则不得分"),
           ("决策", "预算配置", "重点支出保障率", "≥90%", "100%", 3, 3, "", "≥90%得满分，否则按比例计分"),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 8, bs, "部分就业补助资金按进度2024年拨付", "得分＝执行率×8"),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 4, 4, "", "发现1项不合规扣1分"),
           ("过程", "财务管理", "政府采购执行率", "100%", "100%", 3, 3, "", "100%得满分，否则按比例计分"),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 3, 2.5, "部分办公设备未及时登记入账，扣0.5分",
            "规范得3分，否则酌情扣分"),
           ("过程", "信息公开", "预决算信息公开性", "公开", "公开", 2, 2, "", "按规定公开得2分，否则不得分"),
           # PLANT ROW_SCORE_OVER_WEIGHT: 分值 6, 得分 7 (“超额完成目标任务，加1分”: the 评分标准 pays no bonus)
           ("产出", "数量指标", "城镇新增就业人数（万人）", "≥2.6", "3.05", 6, 7, "超额完成目标任务，加1分",
            "完成得满分，否则按比例计分"),
           ("产出", "数量指标", "补贴性职业技能培训（人次）", "≥28000", "26600", 6, P(26600, 28000, 6),
            "部分培训项目因开班人数不足延期", "完成得满分，否则按比例计分"),
           ("产出", "数量指标", "发放创业担保贷款（亿元）", "≥6", "5.4", 5, P(5.4, 6, 5), "部分合作银行放贷审核趋严",
            "完成得满分，否则按比例计分"),
           ("产出", "质量指标", "城镇调查失业率", "≤5.5%", "5.5%", 5, 5, "", "≤5.5%得满分，否则不得分"),
           ("产出", "质量指标", "劳动人事争议仲裁结案率", "≥95%", "97.3%", 5, 5, "", arb_rule),
           ("产出", "时效指标", "就业补助资金拨付及时率", "100%", "95%", 5, P(95, 100, 5), "第四季度部分资金拨付滞后",
            "按时拨付得满分，否则按比例计分"),
           # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: the row's own reason says the platform was NOT launched by 12月底, yet full 4
           ("产出", "时效指标", "人社一体化信息平台上线时间", "2023年12月底前", "完成系统开发", 4, 4,
            "与省级平台接口联调未完成，延至2024年3月上线", "按期上线得满分，否则酌情扣分"),
           ("产出", "成本指标", "职业技能培训人均补贴标准（元）", "≤1500", "1380", 4, 4, "", "不超过标准得满分，否则不得分"),
           ("效益", "社会效益", "城乡居民基本养老保险参保率", "≥95%", "96.8%", 5, 5, "", "≥95%得满分，否则按比例计分"),
           ("效益", "社会效益", "零就业家庭动态清零率", "100%", "100%", 5, 5, "", "100%得满分，否则不得分"),
           ("效益", "社会效益", "拖欠农民工工资案件结案率", "≥95%", "98.2%", 5, 5, "", "≥95%得满分，否则按比例计分"),
           ("效益", "可持续影响", "就业创业服务长效机制", "健全", "基本健全", 5, 4, "零工市场运营机制待完善，扣1分",
            "健全得5分，否则酌情扣分"),
           ("效益", "满意度", "服务对象满意度", "≥90%", "91.4%", 5, 5, "", "≥90%得满分，否则按比例计分")]
    ind8 = [x[:8] for x in ind]
    assert s2(ind8, 5) == 100 and len(ind8) == 23
    total = s2(ind8, 6)
    assert total == 97.13 and grade(total) == "优", total
    sec = secs(ind8, ["决策", "过程", "产出", "效益"])
    assert [x[1:] for x in sec] == [(15, 14), (20, 19.18), (40, 39.95), (25, 24)], sec
    g = gold(None, dept, 2023, "PREFECTURAL", "湖南省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), sec, grows(ind8))
    meta = dict(dept=dept, ind=ind, sec=sec, total=total,
                bud=[("合计", ib, ab, eb, rate), ("其中：基本支出", ib_b, ab_b, eb_b, pct(eb_b, ab_b)),
                     ("项目支出", ib_p, ab_p, eb_p, pct(eb_p, ab_p))],
                goal="实现城镇新增就业2.6万人以上，开展补贴性职业技能培训2.8万人次，城镇调查失业率控制在5.5%以内，城乡居民基本养老"
                     "保险参保率95%以上，建成人社一体化信息平台。",
                done="全年城镇新增就业3.05万人，开展补贴性职业技能培训2.66万人次，城镇调查失业率5.5%，城乡居民基本养老保险参保率"
                     "96.8%，人社一体化信息平台完成系统开发。")
    fnd = [F("ROW_SCORE_OVER_WEIGHT", "城镇新增就业人数（万人）",
             "城镇新增就业人数（万人） | 完成得满分，否则按比例计分 | ≥2.6 | 3.05 | 6 | 7 | 超额完成目标任务，加1分", "7", "≤ 6",
             "HIGH", "ERROR",
             "the row scores 7 on a 分值 of 6 (its reason adds a bonus point for exceeding the target; the 评分标准 “完成得满分” "
             "pays no bonus); the 产出 小计 39.95 and the 合计 97.13 add the printed 7 (38.95 and 96.13 with 6)"),
           F("MALFORMED_RULE", "劳动人事争议仲裁结案率", f"劳动人事争议仲裁结案率 | {arb_rule} | ≥95% | 97.3% | 5 | 5",
             "90%（含）-96%得3分", "bands overlap (95%–96% in both ≥95% and 90%（含）-96%)", "HIGH", "WARNING",
             "the 评分标准's second band runs up to 96% while the first starts at 95%: a rate between 95% and 96% would earn "
             "both full marks and 3 points; the row (97.3%) lies in the first band only, so its 5 is not affected"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "人社一体化信息平台上线时间",
             "人社一体化信息平台上线时间 | 按期上线得满分，否则酌情扣分 | 2023年12月底前 | 完成系统开发 | 4 | 4 | "
             "与省级平台接口联调未完成，延至2024年3月上线", "4", "< 4", "HIGH", "WARNING",
             "the row's own 偏差原因 says the platform was not launched by the end of 2023 (延至2024年3月上线), the target; "
             "二's 实际完成情况 says only the development was finished; yet the row takes full marks")]
    return {"stem": "h263_chenzhou_renshe", "format": "html", "html": html263(meta), "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the indicator table is split into FIVE <table> elements on the portal page: one per 一级 (决策, 过程, "
                      "产出, 效益), each with its own <caption> (“表3-n　（一）决策指标”), its own <thead> header row "
                      "一级指标 | 二级指标 | 三级指标 | 评分标准 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析 (repeated in "
                      "every table), the 一级 cell by rowspan over its rows and 二级 by rowspan, and its 小计 row in a "
                      "<tfoot>; then a small separate 合计 table (项目 | 分值 | 得分 | 自评等级: 合计 | 100 | 97.13 | 优): one "
                      "indicator table of 23 rows; the repeated header rows are not rows, the 小计 rows are sections",
                      "portal chrome (site header, navigation, breadcrumb, 发布时间 / 来源 / 浏览次数, 字号 大中小, 打印 / 关闭, "
                      "related links, footer with 网站标识码 and ICP number) is not the report",
                      "a 评分标准 column between 三级指标 and 年度指标值 holds rules full of numbers, not scores",
                      "budget table: parts add up in every column (年初 4,126.30 + 6,850.00 = 10,976.30); 基本 99.12%, 项目 "
                      "94.51% and 合计 95.96% right; both under budget; 年初 < 全年 (追加); 预算执行率 95.96% × 8 = 7.68 "
                      "(the row's rule)",
                      "城镇调查失业率 5.5% vs ≤5.5% (a ceiling met exactly); 在职人员控制率 95.8% vs ≤100% and 职业技能培训"
                      "人均补贴标准 1380元 vs ≤1500 (ceilings, met; 元, not a budget figure); 零就业家庭动态清零率 100% vs "
                      "100%; 补贴性职业技能培训 6 × 26600 ÷ 28000 = 5.7, 发放创业担保贷款 5 × 5.4 ÷ 6 = 4.5 and 就业补助资金"
                      "拨付及时率 5 × 95 ÷ 100 = 4.75 (the rows' proportion rule); 发放创业担保贷款 5.4亿元 is an outcome, not "
                      "a budget figure",
                      "预算编制科学性 −1, 资产管理规范性 −0.5, 就业创业服务长效机制 −1 with reasons (judgement)",
                      "the 决策 (15/14), 过程 (20/19.18), 产出 (40/39.95, adding the printed 7) and 效益 (25/24) 小计 rows add up; "
                      "合计 97.13 = rows"]}


def html263(M):
    E = HT.escape
    ind = M["ind"]
    sec = {n: (w, s_) for n, w, s_ in M["sec"]}
    out = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
           '<meta name="SiteName" content="郴州市人力资源和社会保障局">',
           '<meta name="ColumnName" content="绩效评价">',
           f'<meta name="ArticleTitle" content="{M["dept"]}2023年度部门整体支出绩效自评表">',
           '<meta name="PubDate" content="2024-05-16 10:20">',
           f"<title>{M['dept']}2023年度部门整体支出绩效自评表_郴州市人力资源和社会保障局</title>",
           "<style>",
           "body{margin:0;font-family:'Microsoft YaHei',SimSun,sans-serif;color:#333;background:#f4f6f9}",
           ".top{background:#0b5aa8;color:#fff;padding:18px 0;text-align:center;font-size:26px;letter-spacing:3px}",
           ".nav{background:#0d6cc4;text-align:center}.nav a{color:#fff;display:inline-block;padding:10px 22px;"
           "text-decoration:none}",
           ".wrap{width:1100px;margin:0 auto;background:#fff;padding:20px 40px 40px}",
           ".crumb{font-size:13px;color:#666;border-bottom:1px solid #ddd;padding-bottom:8px}",
           "h1{font-size:22px;text-align:center;margin:26px 0 12px}",
           ".info{text-align:center;font-size:13px;color:#888;border-bottom:1px dashed #ccc;padding-bottom:10px}",
           ".article p{font-size:15px;line-height:1.9;margin:6px 0}",
           "table{border-collapse:collapse;width:100%;margin:4px 0 14px;font-size:13px}",
           "caption{caption-side:top;text-align:left;font-weight:bold;font-size:14px;padding:6px 0}",
           "th,td{border:1px solid #555;padding:4px 5px;text-align:center;vertical-align:middle}",
           "th{background:#eef3f9}td.l{text-align:left}",
           ".related{margin-top:30px;font-size:13px}.related li{line-height:1.9}",
           ".foot{background:#e9eef4;color:#666;font-size:12px;text-align:center;padding:16px;line-height:1.9}",
           "</style>", "</head>", "<body>",
           '<div class="top">郴州市人力资源和社会保障局</div>',
           '<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a>'
           '<a href="/jyfw/">就业创业</a><a href="/shbx/">社会保险</a><a href="/hdjl/">互动交流</a></div>',
           '<div class="wrap">',
           '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
           '<a href="/zwgk/czzj/">财政资金</a> &gt; <a href="/zwgk/czzj/jxpj/">绩效评价</a></div>',
           f"<h1>{M['dept']}2023年度部门整体支出绩效自评表</h1>",
           '<div class="info">发布时间：2024-05-16 10:20&nbsp;&nbsp;&nbsp;来源：规划财务科&nbsp;&nbsp;&nbsp;浏览次数：'
           '<span id="views">1287</span>&nbsp;&nbsp;&nbsp;字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>'
           '&nbsp;&nbsp;&nbsp;<a href="javascript:window.print()">打印</a> <a href="javascript:window.close()">关闭</a></div>',
           '<div class="article">',
           f"<p>填报单位（盖章）：{M['dept']}&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;金额单位：万元</p>",
           "<p><strong>一、预算执行情况</strong></p>",
           '<table class="ys">',
           "<tr><th>项目</th><th>年初预算数</th><th>全年预算数</th><th>全年执行数</th><th>执行率</th></tr>"]
    for lab, a, b, e, q in M["bud"]:
        out.append(f'<tr><td class="l">{lab}</td><td>{m2(a)}</td><td>{m2(b)}</td><td>{m2(e)}</td><td>{q:.2f}%</td></tr>')
    out += ["</table>", "<p><strong>二、年度总体目标完成情况</strong></p>", '<table class="mb">',
            f'<tr><th style="width:14%">年度目标</th><td class="l">{E(M["goal"])}</td></tr>',
            f'<tr><th>实际完成情况</th><td class="l">{E(M["done"])}</td></tr>', "</table>",
            "<p><strong>三、绩效指标完成情况</strong></p>"]
    head = ["一级指标", "二级指标", "三级指标", "评分标准", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]
    widths = [7, 8, 15, 19, 9, 9, 5, 5, 23]
    cn = "一二三四"
    for gi, (a, b) in enumerate(spans(ind, 0)):
        name = ind[a][0]
        w, s_ = sec[name]
        out.append(f'<table class="zb" id="zb{gi + 1}">')
        out.append(f"<caption>表3-{gi + 1}　（{cn[gi]}）{name}指标</caption>")
        out.append("<colgroup>" + "".join(f'<col style="width:{x}%">' for x in widths) + "</colgroup>")
        out.append("<thead><tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr></thead>")
        out.append("<tbody>")
        sub = ind[a:b + 1]
        s2_ = {c: d - c + 1 for c, d in spans(sub, 1)}
        for i, x in enumerate(sub):
            cells = []
            if i == 0:
                cells.append(f'<td rowspan="{len(sub)}">{name}</td>')
            if i in s2_:
                rs = f' rowspan="{s2_[i]}"' if s2_[i] > 1 else ""
                cells.append(f"<td{rs}>{x[1]}</td>")
            cells += [f'<td class="l">{E(x[2])}</td>', f'<td class="l">{E(x[8])}</td>', f"<td>{E(x[3])}</td>",
                      f"<td>{E(x[4])}</td>", f"<td>{fmt(x[5])}</td>", f"<td>{fmt(x[6])}</td>",
                      f'<td class="l">{E(x[7]) if x[7] else "&nbsp;"}</td>']
            out.append("<tr>" + "".join(cells) + "</tr>")
        out.append("</tbody>")
        out.append(f'<tfoot><tr><th colspan="6">小计</th><th>{fmt(w)}</th><th>{fmt(s_)}</th><th>&nbsp;</th></tr></tfoot>')
        out.append("</table>")
    out += ['<table class="hj">', f"<caption>表3-5　（五）合计</caption>",
            "<tr><th>项目</th><th>分值</th><th>得分</th><th>自评等级</th></tr>",
            f"<tr><td>合计</td><td>100</td><td>{fmt(M['total'])}</td><td>优</td></tr>", "</table>",
            "<p>说明：1.预算执行率得分＝执行率×8；2.定量指标未达到年度指标值的，除评分标准另有规定外，按“实际完成值÷年度指标值×"
            "分值”计分；3.定性指标根据完成情况酌情扣分并说明理由；4.自评等级：" + BANDS + "</p>",
            "<p>填表人：李××&nbsp;&nbsp;&nbsp;&nbsp;审核人：刘××&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0735-22×××××&nbsp;&nbsp;&nbsp;&nbsp;"
            "填报日期：2024年4月28日</p>",
            "</div>",
            '<div class="related"><strong>相关链接</strong><ul>'
            '<li><a href="/zwgk/czzj/jxpj/2024/0510/2023bmjx.html">郴州市人力资源和社会保障局2023年度部门决算公开</a></li>'
            '<li><a href="/zwgk/czzj/jxpj/2023/0518/2022zp.html">郴州市人力资源和社会保障局2022年度部门整体支出绩效自评表</a></li>'
            "</ul></div>",
            "</div>",
            '<div class="foot">主办单位：郴州市人力资源和社会保障局&nbsp;&nbsp;&nbsp;地址：郴州市北湖区××路×号<br>'
            "网站标识码：4310000021&nbsp;&nbsp;&nbsp;湘ICP备05000000号-1&nbsp;&nbsp;&nbsp;湘公网安备 43100202000000号</div>",
            "</body>", "</html>"]
    return "\n".join(out) + "\n"


ALL.append(h263())


def main(argv):
    round_main(argv, ALL, "41")


if __name__ == "__main__":
    main(sys.argv[1:])
