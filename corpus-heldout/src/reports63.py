#!/usr/bin/python3
"""Round 63 (h369–h373): layouts and file features not used before, each with PLANTED audit problems, made apart from
the code by the corpus63 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report
whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 -B corpus-heldout/src/reports63.py [h369 …]
(needs python-docx, openpyxl, reportlab and the Droid Sans Fallback TrueType font; the EML, the ODS, the EMF picture and
the XLSX form-control parts are written by hand:
h369 a third-party 项目 绩效评价报告 as a PDF whose embedded font's ToUnicode maps the glyphs shared with the KANGXI
RADICALS and the CJK RADICALS SUPPLEMENT to those code points (“⽬标⼀”, “项⽬⽀出”, “部⻔”: the page shows 目标一, the text
layer does not), as PDFs exported from Word / WPS with such fonts are;
h370 an XLSX 项目 form whose 项目属性, 是否达成 and 自评等级 are EXCEL FORM CONTROLS (check boxes and option buttons in a
group box: xl/ctrlProps/ctrlPropN.xml, the legacy VML drawing with x:ClientData, the sheet's <controls>; the check boxes
linked to cells of a hidden column, the option buttons to one cell holding the chosen index);
h371 a 部门整体 form SUBMITTED BY E-MAIL: an RFC 5322 message as Foxmail saves it (.eml: headers with RFC 2047
GB18030 words, multipart/alternative with a text/plain part and a text/html part, both GB18030 in base64), the form
pasted into the HTML body as a table, the plain part its text rendering, the 财政局's notice quoted below the reply;
h372 a DOCX 部门整体 self-evaluation report whose 自评表 is pasted as a PICTURE (an ENHANCED METAFILE, word/media/image1.emf:
EMR_EXTTEXTOUTW text records and EMR_MOVETOEX / EMR_LINETO ruling, no w:tbl), as Excel's 选择性粘贴 → 图片（增强型图元文件）
puts a range into Word;
h373 an ODS 项目 form as LibreOffice Calc saves it: identical adjacent cells stored ONCE with table:number-columns-repeated
(分值 6 | 得分 6, 100% | 100%, 年初 = 全年), covered cells and empty runs with repeat counts, blank rows with
table:number-rows-repeated.)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因 …).
"""
import base64
import html as htmlmod
import io
import os
import re
import struct
import sys
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402
from heldout import fmt, budget, gold  # noqa: E402
from reports4 import pct, F  # noqa: E402
from reports22 import s2, r2, with_project, grows  # noqa: E402
from reports36_common import BANDS, grade, P, main as round_main  # noqa: E402
from reports41 import spans  # noqa: E402

ALL = []
DROID = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"


def esc(s):
    return htmlmod.escape(s, quote=True)


def no_half(x, what):
    """a figure printed to 2 decimals must not sit on a half (x.xx5), where rounding conventions differ"""
    assert abs(x * 100 - round(x * 100) - 0.5) > 1e-6 and abs(x * 100 - round(x * 100) + 0.5) > 1e-6, (what, x)


def mc(x):
    return f"{x:,.2f}"


def q(s):
    return f"{s:.2f}%"


def secs_of(ind, names):
    return [(n, s2([x for x in ind if x[0] == n], 5), s2([x for x in ind if x[0] == n], 6)) for n in names]


# ============================================================ h369 郧西县水利和湖泊局 (PDF, text layer in KANGXI RADICALS)

def radical_map():
    """unified ideograph → the radical code point a PDF producer picks for the shared glyph (the LOWER code point of
    the two a font's cmap gives one glyph): the 214 Kangxi radicals (U+2F00–U+2FD5, each NFKC-equal to its ideograph)
    and the simplified forms in the CJK Radicals Supplement (no NFKC decomposition)"""
    m = {}
    for cp in range(0x2F00, 0x2FD6):
        u = unicodedata.normalize("NFKC", chr(cp))
        assert len(u) == 1 and u != chr(cp)
        m[u] = chr(cp)
    simp = {0x2EC5: "见", 0x2EC9: "贝", 0x2ECB: "车", 0x2ED3: "长", 0x2ED4: "门", 0x2ED9: "韦", 0x2EDA: "页", 0x2EDB: "风",
            0x2EDC: "飞", 0x2EE2: "马", 0x2EE5: "鱼", 0x2EE6: "鸟", 0x2EE8: "麦", 0x2EE9: "黄", 0x2EEC: "齐", 0x2EF0: "龙"}
    for cp, u in simp.items():
        assert unicodedata.name(chr(cp)).startswith("CJK RADICAL"), hex(cp)
        assert unicodedata.normalize("NFKC", chr(cp)) == chr(cp), hex(cp)
        m[u] = chr(cp)
    return m


RAD = radical_map()


def h369():
    dept, unit = "郧西县水利和湖泊局", "郧西县农村供水管理站"
    project = "2024年郧西县农村供水保障工程"
    ev = "湖北楚天明诚项目管理咨询有限公司"
    src = [("中央水利发展资金", 1500.00, 1500.00, 1462.80), ("省级财政资金", 800.00, 960.00, 901.35),
           ("县级配套资金", 550.00, 550.00, 488.26)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    assert (ia, aa, ea, rate) == (2850.00, 3010.00, 2852.41, 94.76), (ia, aa, ea, rate)
    assert [pct(x[3], x[2]) for x in src] == [97.52, 93.89, 88.77]
    pipe_table, pipe_prose = "386.5公里", "368.5公里"  # PLANT SAME_FIGURE_DIFFERS: 三（三） says 368.5公里, the 评分表 and 四 386.5
    ind = [("决策", "项目立项", "立项依据充分性", "充分", "充分", 3, 3, ""),
           ("决策", "项目立项", "立项程序规范性", "规范", "规范", 3, 3, ""),
           ("决策", "绩效目标", "绩效目标合理性", "合理", "合理", 3, 3, ""),
           ("决策", "绩效目标", "绩效指标明确性", "明确", "部分指标未量化", 3, 2, "2项效益指标未设置量化目标值，扣1分"),
           ("决策", "资金投入", "预算编制科学性", "科学", "科学", 3, 3, ""),
           ("过程", "资金管理", "资金到位率", "100%", "100%", 5, 5, ""),
           ("过程", "资金管理", "预算执行率", "≥95%", q(rate), 5, 4, "执行率90%（含）—95%，得4分"),
           ("过程", "资金管理", "资金使用合规性", "合规", "合规", 4, 4, ""),
           ("过程", "组织实施", "管理制度健全性", "健全", "健全", 3, 3, ""),
           ("过程", "组织实施", "制度执行有效性", "有效", "部分工程档案不完整", 3, 2, "3处工程竣工资料归档不完整，扣1分"),
           ("产出", "数量指标", "新建集中供水工程", "≥14处", "14处", 8, 8, ""),
           ("产出", "数量指标", "新建及改造供水管网", "≥360公里", pipe_table, 8, 8, ""),
           ("产出", "质量指标", "工程验收合格率", "100%", "100%", 8, 8, ""),
           ("产出", "质量指标", "水质达标率", "≥92%", "93.4%", 8, 8, ""),
           ("产出", "时效指标", "工程按期完工率", "≥95%", "92.86%", 8, P(92.86, 95, 8), "1处工程因征地协调延误，按比例计分"),
           ("效益", "社会效益", "农村自来水普及率", "≥95%", "96.2%", 7, 7, ""),
           ("效益", "社会效益", "受益人口", "≥4.5万人", "4.62万人", 6, 6, ""),
           ("效益", "可持续影响", "工程长效管护机制", "健全", "基本健全", 6, 5, "部分村级管护员未落实到位，扣1分"),
           ("效益", "满意度", "受益群众满意度", "≥90%", "88.6%", 6, P(88.6, 90, 6), "按比例计分")]
    assert len(ind) == 19 and s2(ind, 5) == 100
    assert [x[6] for x in ind if "按比例计分" in x[7]] == [7.82, 5.91]
    no_half(92.86 / 95 * 8, "ontime")
    no_half(88.6 / 90 * 6, "satisf")
    names = ["决策", "过程", "产出", "效益"]
    secs_ = secs_of(ind, names)
    assert secs_ == [("决策", 15, 14), ("过程", 20, 18), ("产出", 40, 39.82), ("效益", 25, 23.91)], secs_
    total = r2(sum(s for _, _, s in secs_))
    assert total == 95.73 and grade(total) == "优"
    srates = [pct(s, w) for _, w, s in secs_]
    assert srates == [93.33, 90.0, 99.55, 95.64], srates
    shown_rates = [q(x) for x in srates]
    shown_rates[3] = "96.54%"  # PLANT SCORE_RATE: 效益 23.91 ÷ 25 = 95.64%, printed 96.54%
    goals = [("目标一", "新建集中供水工程14处，新建及改造供水管网360公里以上，工程验收合格率100%"),
             ("目标二", "农村自来水普及率达到95%以上，水质达标率92%以上"),
             ("目标三", "巩固提升4.5万农村人口供水保障水平，受益群众满意度90%以上"),
             ("目标四", "建立健全“县级统管、乡镇监管、村级管护”的工程长效管护机制")]
    results = [("目标一", "已实现。新建集中供水工程14处，新建及改造供水管网386.5公里，工程验收合格率100%。"),
               ("目标二", "已实现。农村自来水普及率96.2%，水质达标率93.4%。"),
               ("目标三", "基本实现。受益人口4.62万人，受益群众满意度88.6%，略低于90%的目标值。"),
               ("目标三", "基本实现。工程长效管护机制已建立，但部分村级管护员未落实到位。")]
    # PLANT GOAL_LABELS: 四 labels its four results 目标一, 目标二, 目标三, 目标三 (the fourth answers 目标四)
    g = gold(None, dept, 2024, "COUNTY", "湖北省", "THIRD_PARTY_EVALUATION", ev, total, 100, "优",
             budget(ia, aa, ea, rate), secs_, grows(ind))
    g = with_project(g, project, unit)
    meta = dict(dept=dept, unit=unit, project=project, ev=ev, src=src, ia=ia, aa=aa, ea=ea, rate=rate, ind=ind,
                secs=secs_, shown_rates=shown_rates, total=total, goals=goals, results=results, pipe_prose=pipe_prose)
    fnd = [F("GOAL_LABELS", "四、绩效目标实现情况",
             "一（三）：目标一：…；目标二：…；目标三：…；目标四：建立健全…长效管护机制 / 四：目标一：已实现…；目标二：已实现…；"
             "目标三：基本实现。受益人口4.62万人…；目标三：基本实现。工程长效管护机制已建立…",
             "目标一, 目标二, 目标三, 目标三", "目标一, 目标二, 目标三, 目标四", "HIGH", "WARNING",
             "一（三） sets four goals 目标一–目标四; 四 reports on them under the labels 目标一, 目标二, 目标三, 目标三: the fourth "
             "result (长效管护机制) answers 目标四, so 目标四 has no result under its own label and 目标三 has two"),
           F("SAME_FIGURE_DIFFERS", "新建及改造供水管网",
             "三（三）：…新建及改造供水管网368.5公里… / 附件 产出 | 数量指标 | 新建及改造供水管网 | 8 | ≥360公里 | 386.5公里 | 8 / "
             "四：…新建及改造供水管网386.5公里…", pipe_prose, pipe_table, "HIGH", "WARNING",
             "三（三） gives the pipes built and renewed as 368.5公里; the 评分表 row and 四's 目标一 give 386.5公里 (digits "
             "transposed); every other figure of 三 agrees with the table; ≥360公里 is met either way, so the score stands, but "
             "which length was built is for the evaluator to say"),
           F("SCORE_RATE", "效益 得分率", "表2 | 效益 | 25 | 23.91 | 96.54%", "96.54%", "95.64%", "HIGH", "ERROR",
             "表2 gives 效益 23.91 of 25: 23.91 ÷ 25 = 95.64%, printed 96.54% (digits transposed); the other three 得分率 "
             "(93.33%, 90.00%, 99.55%) and the 合计's 95.73% are right and no score depends on the rate")]
    return {"stem": "h369_yunxi_shuili", "format": "pdf", "draw": draw369, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["the body font (an embedded TrueType subset) has a ToUnicode CMap that maps every glyph shared with a "
                      "KANGXI RADICAL or a CJK RADICALS SUPPLEMENT form to that radical's code point (the lower of the two "
                      "code points the font's cmap gives the glyph): the page shows 目标一, 项目支出, 部门, 工程, 人口, 长效, "
                      "but the text layer reads “⽬标⼀”, “项⽬⽀出”, “部⻔”, “⼯程”, “⼈⼝”, “⻓效”; NFKC folds the Kangxi "
                      "radicals (U+2F00–U+2FD5) back to the ideographs but NOT the simplified radicals ⻓ (长), ⻔ (门), ⻅ "
                      "(见), ⻚ (页), ⻋ (车), which have no decomposition; digits, Latin and punctuation are untouched, so "
                      "every figure reads right; the title lines are in a second, non-embedded font (STSong-Light) and read "
                      "right",
                      f"表1: the three sources add up in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {q(rate)}, 中央 97.52%, "
                      "省级 93.89%, 县级 88.77% right; all under budget; 年初 < 全年 (省级 追加); 资金到位率 100%",
                      "预算执行率 94.76% scores 4 of 5 by the printed bands (90%（含）—95% 4分); 工程按期完工率 8 × 92.86 ÷ 95 = "
                      "7.82 and 受益群众满意度 6 × 88.6 ÷ 90 = 5.91 (proportion rule); 绩效指标明确性, 制度执行有效性 and "
                      "长效管护机制 −1 each with reasons (judgement); 新建集中供水工程 14 vs ≥14处 (met exactly)",
                      "表2: 决策 93.33%, 过程 90.00%, 产出 99.55% and 合计 95.73% right; the four 一级 scores add to 95.73 = the "
                      "评分表's 19 rows; 目标三 “基本实现” with 88.6% against 90% agrees with its proportion score; 优"]}


LIB = "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"
_KXSET = []


def kx_font():
    """the body's two fonts as Word / WPS embed them: Chinese in the CJK font (Droid Sans Fallback standing in for 宋体),
    digits, Latin and the symbols it lacks in a Latin font (Liberation Serif standing in for Times New Roman)"""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    names = pdfmetrics.getRegisteredFontNames()
    if "KX" not in names:
        f = TTFont("KX", DROID)
        pdfmetrics.registerFont(f)
        _KXSET.append(set(f.face.charToGlyph))
    if "LS" not in names:
        pdfmetrics.registerFont(TTFont("LS", LIB))
    if "STSong-Light" not in names:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))


def segs(text):
    """(font, run) pieces: characters the CJK font has in KX, the rest in LS"""
    out = []
    for ch in text:
        f = "KX" if ord(ch) in _KXSET[0] else "LS"
        if out and out[-1][0] == f:
            out[-1][1] += ch
        else:
            out.append([f, ch])
    return out


def tw(text, size):
    from reportlab.pdfbase import pdfmetrics
    return sum(pdfmetrics.stringWidth(t, f, size) for f, t in segs(text))


def put(c, x, y, text, size, align="l"):
    """text drawn run by run (a font change at every script change, as a word processor's PDF export does)"""
    from reportlab.pdfbase import pdfmetrics
    w = tw(text, size)
    x = x - w if align == "r" else x - w / 2 if align == "c" else x
    for f, t in segs(text):
        c.setFont(f, size)
        c.drawString(x, y, t)
        x += pdfmetrics.stringWidth(t, f, size)


def kx_wrap(text, width, size):
    """Chinese line breaking: runs of digits / Latin kept whole, closing punctuation never starts a line"""
    if not text:
        return [""]
    toks = re.findall(r"[0-9A-Za-z.,%\-≥≤]+|.", text)
    out, cur = [], ""
    for t in toks:
        if tw(cur + t, size) > width and cur and t not in "，。；、）”：%】":
            out.append(cur)
            cur = t
        else:
            cur += t
    out.append(cur)
    return out


def draw369(rep, path):
    import reportlab.pdfbase.ttfonts as ttf
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    M = rep["meta"]
    kx_font()
    orig = ttf.makeToUnicodeCMap
    # the producer's ToUnicode: a glyph shared by an ideograph and a radical gets the radical's (lower) code point
    ttf.makeToUnicodeCMap = lambda fontname, subset: orig(fontname, [ord(RAD.get(chr(c), chr(c))) for c in subset])
    try:
        _draw369(M, path, canvas, A4)
    finally:
        ttf.makeToUnicodeCMap = orig


def _draw369(M, path, canvas, A4):
    W, Hh = A4
    X0, X1, TOP, BOT = 70.0, W - 70.0, Hh - 72.0, 78.0
    SZ, LEAD = 10.5, 19.0
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    for setter in (c.setTitle, c.setAuthor, c.setSubject, c.setProducer):
        setter("")
    c.setCreator("WPS 文字")
    st = {"y": TOP, "page": 1}
    NPAGES = 3

    def foot():
        put(c, W / 2, 44, f"第 {st['page']} 页 共 {NPAGES} 页", 9, "c")

    def new_page():
        foot()
        c.showPage()
        st["page"] += 1
        st["y"] = TOP

    def need(h):
        if st["y"] - h < BOT:
            new_page()

    def para(text, indent=True, size=SZ, bold_head=False):
        first = kx_wrap(text, X1 - X0 - (2 * size if indent else 0), size)[0]
        lines = [first] + (kx_wrap(text[len(first):], X1 - X0, size) if text[len(first):] else [])
        for k, ln in enumerate(lines):
            need(LEAD)
            put(c, X0 + (2 * size if indent and k == 0 else 0), st["y"] - size, ln, size)
            st["y"] -= LEAD

    def head(text):
        need(LEAD * 2)
        put(c, X0, st["y"] - 11, text, 11)
        st["y"] -= LEAD + 2

    def centred(text, size, font="KX", gap=None):
        need(size + 8)
        if font == "KX":
            put(c, W / 2, st["y"] - size, text, size, "c")
        else:
            c.setFont(font, size)
            c.drawCentredString(W / 2, st["y"] - size, text)
        st["y"] -= gap or size * 1.8

    def table(rows, widths, size=9.0, merges=(), aligns=None):
        scale = (X1 - X0) / sum(widths)
        xs = [X0]
        for w in widths:
            xs.append(xs[-1] + w * scale)
        cov = {}
        for r1, c1, r2_, c2 in merges:
            for rr in range(r1, r2_ + 1):
                for cc in range(c1, c2 + 1):
                    cov[(rr, cc)] = (r1, c1, r2_, c2)
        hts = []
        for i, rw in enumerate(rows):
            n = 1
            for j, t in enumerate(rw):
                m = cov.get((i, j))
                if t is None or (m and m[2] > m[0]):
                    continue
                n = max(n, len(kx_wrap(t, xs[(m[3] if m else j) + 1] - xs[j] - 6, size)))
            hts.append(n * (size + 3) + 8)
        need(sum(hts))
        ys = [st["y"]]
        for h_ in hts:
            ys.append(ys[-1] - h_)
        c.setLineWidth(0.6)
        for i, rw in enumerate(rows):
            for j, t in enumerate(rw):
                m = cov.get((i, j))
                if m and (m[0], m[1]) != (i, j):
                    continue
                r1, c1, r2_, c2 = m or (i, j, i, j)
                x0, x1, yt, yb = xs[c1], xs[c2 + 1], ys[r1], ys[r2_ + 1]
                c.rect(x0, yb, x1 - x0, yt - yb, stroke=1, fill=0)
                lines = kx_wrap(t or "", x1 - x0 - 6, size)
                yy = (yt + yb) / 2 + len(lines) * (size + 3) / 2 - size
                a = (aligns or "c" * len(rw))[j]
                for ln in lines:
                    put(c, x0 + 3 if a == "l" else x1 - 3 if a == "r" else (x0 + x1) / 2, yy, ln, size, a)
                    yy -= size + 3
        st["y"] = ys[-1] - 10

    centred(M["project"], 18, "STSong-Light", 30)
    centred("项目支出绩效评价报告", 18, "STSong-Light", 44)
    for ln in ("委托单位：郧西县财政局", f"评价机构：{M['ev']}", "报告编号：楚明诚绩评〔2025〕019号", "报告日期：2025年5月26日"):
        put(c, X0 + 110, st["y"] - 11, ln, 11)
        st["y"] -= 21
    st["y"] -= 14
    para("郧西县财政局：", indent=False)
    para(f"受贵局委托，我公司组成评价组，于2025年4月至5月对{M['dept']}（主管部门）、{M['unit']}（实施单位）实施的"
         f"{M['project']}项目开展了绩效评价。评价组采取资料核查、现场勘察、问卷调查和座谈访谈相结合的方式，依据项目支出绩效评价"
         "指标体系逐项评分。现将评价情况报告如下。")
    head("一、项目基本情况")
    para("（一）项目概况。郧西县地处鄂西北秦巴山区，农村人口居住分散，部分村组供水工程建设标准低、水源保障不足。项目主要建设内容"
         "为新建集中供水工程、新建及改造供水管网、配套水厂净化消毒设施，巩固提升农村人口供水保障水平。")
    s1, s2_, s3 = M["src"]
    para(f"（二）资金情况。项目年初预算{mc(M['ia'])}万元，全年预算（调整后）{mc(M['aa'])}万元，其中{s1[0]}{mc(s1[2])}万元、"
         f"{s2_[0]}{mc(s2_[2])}万元、{s3[0]}{mc(s3[2])}万元，资金到位{mc(M['aa'])}万元，到位率100%。截至2024年12月31日，"
         f"项目全年执行{mc(M['ea'])}万元，预算执行率{q(M['rate'])}，详见表1。")
    centred("表1　项目资金来源及执行情况（单位：万元）", 9.5, gap=16)
    t1 = [["资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率"]]
    for lab, a, b, e in M["src"]:
        t1.append([lab, mc(a), mc(b), mc(e), q(pct(e, b))])
    t1.append(["合计", mc(M["ia"]), mc(M["aa"]), mc(M["ea"]), q(M["rate"])])
    table(t1, (26, 18, 18, 18, 14), aligns="lrrrr")
    para("（三）绩效目标。项目年度绩效目标为：" + "；".join(f"{a}：{b}" for a, b in M["goals"]) + "。")
    head("二、评价结论")
    para(f"经综合评价，该项目绩效评价得分为{fmt(M['total'])}分，评价等级为“优”。各一级指标得分情况见表2，评分明细见附件。"
         "评价等级划分：" + BANDS)
    centred("表2　一级指标得分情况", 9.5, gap=16)
    t2 = [["一级指标", "分值", "得分", "得分率"]]
    for (n, w, s), r_ in zip(M["secs"], M["shown_rates"]):
        t2.append([n, fmt(w), fmt(s), r_])
    t2.append(["合计", "100", fmt(M["total"]), q(M["total"])])
    table(t2, (30, 20, 20, 20))
    head("三、绩效分析")
    para("（一）决策情况。项目立项依据充分，程序规范，预算编制科学；绩效目标总体合理，但2项效益指标未设置量化目标值，绩效指标明确性"
         "扣1分。决策类指标得14分。")
    para(f"（二）过程情况。资金到位率100%；预算执行率{q(M['rate'])}，按评分标准（90%（含）—95%得4分）得4分；资金使用合规，"
         "管理制度健全；3处工程竣工资料归档不完整，制度执行有效性扣1分。过程类指标得18分。")
    para(f"（三）产出情况。全年新建集中供水工程14处，新建及改造供水管网{M['pipe_prose']}，工程验收合格率100%，水质达标率"
         "93.4%；14处工程中13处按期完工，关防乡白家沟集中供水工程因征地协调延误于2025年1月完工，按期完工率92.86%。产出类指标得"
         "39.82分。")
    para("（四）效益情况。农村自来水普及率96.2%，受益人口4.62万人；工程长效管护机制已建立，但部分村级管护员未落实到位；受益群众"
         "满意度88.6%。效益类指标得23.91分。")
    head("四、绩效目标实现情况")
    for a, b in M["results"]:
        para(f"{a}：{b}")
    head("五、存在的问题")
    para("（一）绩效目标设置不够细化，部分效益指标缺少量化目标值。（二）个别工程前期工作不充分，征地协调滞后影响工期。（三）工程档案"
         "管理不够规范，村级管护队伍建设有待加强。")
    head("六、意见建议")
    para("（一）完善绩效目标编制，细化量化效益指标。（二）加强项目前期工作，提前做好征地协调。（三）规范工程档案管理，落实村级管护员"
         "及管护经费，确保工程长效运行。")
    st["y"] -= 10
    for ln in (M["ev"], "2025年5月26日"):
        need(LEAD)
        put(c, X1 - 20, st["y"] - SZ, ln, SZ, "r")
        st["y"] -= LEAD
    new_page()
    para("附件", indent=False)
    centred(f"{M['project']}项目绩效评价评分表", 12, gap=22)
    rows = [["一级指标", "二级指标", "三级指标", "分值", "指标值", "实际完成值", "得分", "扣分原因"]]
    merges = []
    ind = M["ind"]
    for x in ind:
        rows.append([x[0], x[1], x[2], fmt(x[5]), x[3], x[4], fmt(x[6]), x[7]])
    for a_, b_ in spans(ind, 0):
        if b_ > a_:
            merges.append((1 + a_, 0, 1 + b_, 0))
    for a_, b_ in spans(ind, 1):
        if b_ > a_:
            merges.append((1 + a_, 1, 1 + b_, 1))
    rows.append(["合计", None, None, "100", None, None, fmt(M["total"]), None])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    table(rows, (9, 11, 21, 6, 12, 15, 7, 26), size=8.0, merges=merges, aligns="ccccccc" + "l")
    para("注：1.预算执行率≥95%得满分，90%（含）—95%得4分，90%以下按“执行率×分值”计分；2.其余定量指标达到指标值的得满分，未达到的按"
         "“实际完成值÷指标值×分值”计分；3.定性指标根据完成情况酌情扣分。", indent=False, size=9)
    assert st["page"] == NPAGES, st["page"]
    foot()
    c.save()
    with open(path, "wb") as f:
        f.write(buf.getvalue())


ALL.append(h369())



# ============================================================ h370 涞源县农业农村局 (XLSX, FORM CONTROLS: check boxes and option buttons)

RULES370 = ("说明：1.年度资金总额得分＝执行率×分值；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”计分，"
            "反向指标（“≤”）不超过指标值的得满分；3.定性指标根据完成情况酌情扣分；4.“是否达成”栏勾选“达成”表示实际完成值达到"
            "年度指标值；5.自评等级：")


def h370():
    dept, unit = "涞源县农业农村局", "涞源县农业技术推广中心"
    project = "2024年涞源县中药材种植基地建设项目"
    src = [("其中：中央财政衔接推进乡村振兴补助资金", 600.00, 600.00, 586.20), ("　　　省级财政衔接资金", 240.00, 300.00, 271.45),
           ("　　　县级配套资金", 120.00, 120.00, 96.80)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    assert (ia, aa, ea, rate) == (960.00, 1020.00, 954.45, 93.57), (ia, aa, ea, rate)
    assert [pct(x[3], x[2]) for x in src] == [97.7, 90.48, 80.67]
    fs = r2(rate / 10)
    no_half(rate / 10, "fund")
    assert fs == 9.36
    fs_shown = 9.63  # PLANT BUDGET_ROW_SCORE: 年度资金总额 93.57% × 10 = 9.36, printed 9.63 (digits transposed)
    quality = 7  # PLANT TARGET_MISSED_FULL_MARKS: 中药材质量检测合格率 91.8% of ≥95%, box “达成” ticked, full 7, no reason
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因, 达成 box ticked)
    ind = [("产出指标", "数量指标", "新建中药材标准化种植基地", "≥5000亩", "4350亩", 8, P(4350, 5000, 8),
            "2个乡镇土地流转未完成，按完成比例计分", False),
           ("产出指标", "数量指标", "建设育苗大棚", "≥20座", "20座", 6, 6, "", True),
           ("产出指标", "数量指标", "建设产地初加工车间", "≥2个", "2个", 4, 4, "", True),
           ("产出指标", "数量指标", "培训种植户", "≥800人次", "736人次", 6, P(736, 800, 6), "春季培训因疫病防控推迟，按完成比例计分",
            False),
           ("产出指标", "质量指标", "种苗成活率", "≥90%", "84.3%", 6, P(84.3, 90, 6), "春旱影响部分地块成活，按完成比例计分", False),
           ("产出指标", "质量指标", "中药材质量检测合格率", "≥95%", "91.8%", 7, quality, "", True),
           ("产出指标", "时效指标", "项目完工及时率", "100%", "80%", 5, P(80, 100, 5),
            "5个子项目中种植基地灌溉配套工程延期至2025年3月完工，按完成比例计分", False),
           ("产出指标", "成本指标", "亩均建设成本", "≤1600元/亩", "1540元/亩", 6, 6, "", True),
           ("效益指标", "经济效益指标", "带动农户户均增收", "≥2000元", "1680元", 7, P(1680, 2000, 7), "新建基地当年未进入盛产期，"
            "按完成比例计分", False),
           ("效益指标", "经济效益指标", "中药材年产值", "≥3000万元", "1960万元", 6, P(1960, 3000, 6), "黄芩、柴胡价格下行，按完成"
            "比例计分", False),
           ("效益指标", "社会效益指标", "带动脱贫人口就业", "≥300人", "246人", 6, P(246, 300, 6), "基地面积未达计划，用工减少，按"
            "完成比例计分", False),
           ("效益指标", "生态效益指标", "化肥农药使用量减少", "≥10%", "12.4%", 5, 5, "", True),
           ("效益指标", "可持续影响指标", "种植基地管护机制", "健全", "基本健全", 6, 4, "3个基地管护责任未落实到户，扣2分", False),
           ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "84.6%", 6, P(84.6, 90, 6), "按完成比例计分", False),
           ("满意度指标", "服务对象满意度指标", "合作社满意度", "≥90%", "80.4%", 6, P(80.4, 90, 6), "按完成比例计分", False)]
    assert len(ind) == 15 and s2(ind, 5) == 90
    assert [x[6] for x in ind if "计分" in x[7]] == [6.96, 5.52, 5.62, 4.0, 5.88, 3.92, 4.92, 5.64, 5.36], \
        [x[6] for x in ind if "计分" in x[7]]
    for a, t_, w in ((4350, 5000, 8), (736, 800, 6), (84.3, 90, 6), (1680, 2000, 7), (1960, 3000, 6), (246, 300, 6),
                     (84.6, 90, 6), (80.4, 90, 6), (91.8, 95, 7)):
        no_half(a / t_ * w, "prop")
    rows_sum = s2(ind, 6)
    total = r2(fs_shown + rows_sum)
    assert total == 89.45 and r2(fs + rows_sum) == 89.18, (total, r2(fs + rows_sum))
    assert grade(total) == grade(r2(fs + rows_sum)) == grade(r2(fs + rows_sum - 7 + P(91.8, 95, 7))) == "良"
    shown_grade = "优"  # PLANT GRADE_OUTSIDE_BANDS: the option button 优 is selected for 89.45 (良 by the bands)
    fund = (None, None, "年度资金总额", None, q(rate), 10, fs_shown, "")
    g = gold(None, dept, 2024, "COUNTY", "河北省", "SELF_EVALUATION", None, total, 100, shown_grade,
             budget(ia, aa, ea, rate), [], grows([fund] + [x[:8] for x in ind]))
    g = with_project(g, project, unit)
    plan = ("新建中药材标准化种植基地5000亩，建设育苗大棚20座、产地初加工车间2个，培训种植户800人次；种苗成活率90%以上，中药材质量"
            "检测合格率95%以上；带动农户户均增收2000元以上，带动脱贫人口就业300人以上。")
    done = ("新建中药材标准化种植基地4350亩，建成育苗大棚20座、产地初加工车间2个，种植基地灌溉配套工程延期至2025年3月完工；培训"
            "种植户736人次；种苗成活率84.3%；全年送检中药材样品1220批次，检测合格1120批次，合格率91.8%；带动农户户均增收1680元，带动脱贫人口就业246人。")
    meta = dict(dept=dept, unit=unit, project=project, src=src, ia=ia, aa=aa, ea=ea, rate=rate, fs_shown=fs_shown,
                ind=ind, total=total, grade=shown_grade, plan=plan, done=done, note=RULES370 + BANDS)
    fnd = [F("GRADE_OUTSIDE_BANDS", "自评等级", "总分 | 100 | 89.45 / 自评等级：(●)优 ( )良 ( )中 ( )差", "优", "良", "HIGH", "ERROR",
             "the option button 优 is the one selected (its linked cell holds 1), but 89.45 is in the printed 80–90 band: 良; "
             "with the fund line's right 9.36 the total is 89.18, and with the proportion score on 中药材质量检测合格率 88.94: 良 "
             "in every case"),
           F("TARGET_MISSED_FULL_MARKS", "中药材质量检测合格率",
             "产出指标 | 质量指标 | 中药材质量检测合格率 | ≥95% | 91.8% | [☑达成] | 7 | 7", "7", "< 7", "HIGH", "WARNING",
             "91.8% is below the ≥95% target (the 实际完成情况 gives 1120 of 1220 批次), yet the row's 达成 box is ticked and it "
             "scores the full 7 with no 偏差原因; the printed proportion rule gives 7 × 91.8 ÷ 95 = 6.76"),
           F("BUDGET_ROW_SCORE", "年度资金总额",
             f"年度资金总额 | {mc(ia)} | {mc(aa)} | {mc(ea)} | 10 | {q(rate)} | 9.63", "9.63", "9.36", "HIGH", "ERROR",
             f"the 说明's rule 得分＝执行率×分值 gives {q(rate)} × 10 = 9.357 → 9.36 ({mc(ea)} ÷ {mc(aa)} = {q(rate)} is "
             "right); the printed 9.63 has its digits transposed and the 总分 89.45 adds it as printed (89.18 with 9.36)")]
    return {"stem": "h370_laiyuan_nongye", "format": "xlsx", "write": write370, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["the 项目属性, every row's 是否达成 and the 自评等级 are EXCEL FORM CONTROLS, not cell values: check boxes "
                      "(项目属性 “新增项目” / “延续项目”, one “达成” box per indicator row) and four option buttons 优 / 良 / 中 / "
                      "差 in a group box, each control a ctrlProp part (objectType CheckBox / Radio / GBox, checked=\"Checked\" "
                      "on the ticked ones, fmlaLink) and a VML shape (x:ClientData with x:Checked, the caption in v:textbox); "
                      "the cells under them are EMPTY; every row's box carries the caption “达成” whether ticked or not (the "
                      "unticked ones are not “达成”), and the four grade captions are choices, only the selected one (优) is "
                      "the report's grade; the row boxes are linked to the hidden column K (TRUE / FALSE) and the option "
                      "buttons to K31 (1 = the first button, 优): helper cells, not content",
                      f"funds: the three sources add up in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {q(rate)}, 中央 97.70%, "
                      "省级 90.48%, 县级 80.67% right (low but right); all under budget; 年初 < 全年 (省级 追加)",
                      "nine rows below target scored by the proportion rule with reasons (种植基地 6.96, 培训 5.52, 成活率 5.62, "
                      "完工及时率 4, 户均增收 5.88, 年产值 3.92, 就业 4.92, 种植户满意度 5.64, 合作社满意度 5.36), their 达成 boxes "
                      "unticked; 种植基地管护机制 −2 with a reason (judgement); 育苗大棚 20 vs ≥20座 and 初加工车间 2 vs ≥2个 "
                      "(met exactly); 亩均建设成本 1540 vs ≤1600元/亩 (a ceiling, met; not a budget figure)",
                      "总分 88.77 = 9.63 + the 15 rows as printed (no TOTAL_VS_ROWS); the 分值 90 + 10 = 100"]}


CTRL_NS = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"
COLW370 = (10, 12, 24, 13, 13, 9, 7, 8, 18, 18, 6)  # A–K (K the hidden helper column)


def write370(rep, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    M = rep["meta"]
    wb = Workbook()
    wb.properties.created = wb.properties.modified = H.A.FIXED
    wb.properties.creator = ""
    ws = wb.active
    ws.title = "项目支出绩效自评表"
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="DDEBF7")
    f10, f10b, f9 = Font(name="宋体", size=10), Font(name="宋体", size=10, bold=True), Font(name="宋体", size=9)
    for k, wd in enumerate(COLW370):
        ws.column_dimensions[chr(65 + k)].width = wd
    ws.column_dimensions["K"].hidden = True

    def put(r, c, v, font=f10, h="center", fmt_=None, fill=None):
        cell = ws.cell(row=r, column=c, value=v)
        cell.font = font
        cell.alignment = Alignment(horizontal=h, vertical="center", wrap_text=True)
        if fmt_:
            cell.number_format = fmt_
        if fill:
            cell.fill = fill
        cell.border = box
        return cell

    def merge(r1, c1, r2_, c2):
        for rr in range(r1, r2_ + 1):
            for cc in range(c1, c2 + 1):
                ws.cell(row=rr, column=cc).border = box
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2_, end_column=c2)

    t = ws.cell(row=1, column=1, value="项目支出绩效自评表")
    t.font = Font(name="宋体", size=16, bold=True)
    t.alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells("A1:J1")
    ws.row_dimensions[1].height = 28
    ws.cell(row=2, column=1, value="（2024年度）").alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:J2")
    ws.cell(row=3, column=1, value=f"填报单位（盖章）：{M['unit']}")
    ws.merge_cells("A3:F3")
    ws.cell(row=3, column=9, value="金额单位：万元").alignment = Alignment(horizontal="right")
    ws.merge_cells("I3:J3")
    put(4, 1, "项目名称", f10b)
    merge(4, 1, 4, 2)
    put(4, 3, M["project"], h="left")
    merge(4, 3, 4, 10)
    put(5, 1, "主管部门", f10b)
    merge(5, 1, 5, 2)
    put(5, 3, M["dept"], h="left")
    merge(5, 3, 5, 5)
    put(5, 6, "实施单位", f10b)
    merge(5, 6, 5, 7)
    put(5, 8, M["unit"], h="left")
    merge(5, 8, 5, 10)
    put(6, 1, "项目属性", f10b)
    merge(6, 1, 6, 2)
    put(6, 3, None)
    merge(6, 3, 6, 10)
    ws.row_dimensions[6].height = 20
    for k, hd in ((1, "项目资金（万元）"), (4, "年初预算数"), (5, "全年预算数"), (6, "全年执行数"), (7, "分值"), (8, "执行率"),
                  (9, "得分")):
        put(7, k, hd, f10b, fill=head_fill)
    merge(7, 1, 7, 3)
    merge(7, 9, 7, 10)
    lines = [("年度资金总额", M["ia"], M["aa"], M["ea"])] + list(M["src"])
    for i, (lab, a, b, e) in enumerate(lines):
        r = 8 + i
        put(r, 1, lab, h="left")
        merge(r, 1, r, 3)
        for k, v in enumerate((a, b, e)):
            put(r, 4 + k, v, h="right", fmt_="#,##0.00")
        put(r, 7, 10 if i == 0 else "—", fmt_="0")
        put(r, 8, round((M["rate"] if i == 0 else pct(e, b)) / 100, 6), fmt_="0.00%")
        put(r, 9, M["fs_shown"] if i == 0 else "—", fmt_="0.00")
        merge(r, 9, r, 10)
    put(12, 1, "年度总体目标", f10b)
    merge(12, 1, 13, 1)
    put(12, 2, "预期目标", f10b)
    put(12, 3, M["plan"], h="left")
    merge(12, 3, 12, 10)
    put(13, 2, "实际完成情况", f10b)
    put(13, 3, M["done"], h="left")
    merge(13, 3, 13, 10)
    ws.row_dimensions[12].height = 42
    ws.row_dimensions[13].height = 54
    for k, hd in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "是否达成", "分值", "得分",
                            "偏差原因分析及改进措施"], 1):
        put(14, k, hd, f10b, fill=head_fill)
    merge(14, 9, 14, 10)
    ind = M["ind"]
    first = 15
    for i, x in enumerate(ind):
        r = first + i
        put(r, 3, x[2], h="left")
        put(r, 4, x[3])
        put(r, 5, x[4])
        put(r, 6, None)  # the 达成 check box floats over this empty cell
        put(r, 7, x[5], fmt_="0")
        put(r, 8, x[6], fmt_="0.00")
        put(r, 9, x[7] or None, f9, h="left")
        merge(r, 9, r, 10)
        ws.row_dimensions[r].height = 27 if x[7] else 18
        ws.cell(row=r, column=11, value=bool(x[8]))  # the box's linked cell (hidden column K)
    for col in (0, 1):
        for a, b in spans(ind, col):
            put(first + a, col + 1, ind[a][col])
            if b > a:
                merge(first + a, col + 1, first + b, col + 1)
    tr = first + len(ind)
    put(tr, 1, "总分", f10b)
    merge(tr, 1, tr, 6)
    put(tr, 7, 100, f10b, fmt_="0")
    put(tr, 8, M["total"], f10b, fmt_="0.00")
    put(tr, 9, None)
    merge(tr, 9, tr, 10)
    gr = tr + 1
    put(gr, 1, "自评等级", f10b)
    merge(gr, 1, gr, 3)
    put(gr, 4, None)
    merge(gr, 4, gr, 10)
    ws.row_dimensions[gr].height = 30
    ws.cell(row=gr, column=11, value="优良中差".index(M["grade"]) + 1)  # the option buttons' linked cell
    nr = gr + 1
    c = ws.cell(row=nr, column=1, value=M["note"])
    c.alignment = Alignment(wrap_text=True, vertical="top")
    c.font = f9
    ws.merge_cells(start_row=nr, start_column=1, end_row=nr, end_column=10)
    ws.row_dimensions[nr].height = 52
    ws.cell(row=nr + 1, column=1, value="填报人：郝秀芬　　联系电话：0312-7322416　　单位负责人：葛振东　　填报日期：2025年4月11日")
    ws.merge_cells(start_row=nr + 1, start_column=1, end_row=nr + 1, end_column=10)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    assert (tr, gr) == (30, 31), (tr, gr)
    wb.save(path)
    ctrls = [("CheckBox", 6, 2, 6, 4, "新增项目", False, None), ("CheckBox", 6, 4, 6, 6, "延续项目", True, None)]
    for i, x in enumerate(ind):
        ctrls.append(("CheckBox", first + i, 5, first + i, 5, "达成", bool(x[8]), f"$K${first + i}"))
    ctrls.append(("GBox", gr, 3, gr, 9, "", False, None))
    for k, lab in enumerate("优良中差"):
        ctrls.append(("Radio", gr, 4 + k, gr, 4 + k, lab, lab == M["grade"], f"$K${gr}"))
    form_controls(path, ws_heights(ws), ctrls)
    H.A.normalize_zip(path)


def ws_heights(ws):
    """row heights in points (15 where unset) for rows 1–40"""
    return {r: (ws.row_dimensions[r].height or 15.0) for r in range(1, 41)}


def form_controls(path, heights, ctrls):
    """add Excel form controls to sheet1 as Excel 2010+ saves them: one ctrlProp part per control, the legacy VML drawing
    (x:ClientData with the anchor, the caption, x:Checked, x:FmlaLink) and the sheet's <legacyDrawing> and <controls>.
    ctrls: (objectType, row, col0, row, col0_end, caption, checked, fmlaLink), rows 1-based, columns 0-based"""
    px = [int(w * 7 + 5) for w in COLW370]
    colx = [sum(px[:k]) for k in range(len(px) + 1)]

    def rowy(r):  # top of 1-based row r in px
        return sum(heights[k] * 4 / 3 for k in range(1, r))

    with zipfile.ZipFile(path) as z:
        items = {i.filename: z.read(i.filename) for i in z.infolist()}
    vml, xml_ctrls, rels = [], [], []
    for n, (kind, r1, c1, r2_, c2, cap, checked, link) in enumerate(ctrls, 1):
        sid = 1024 + n
        h_ = heights[r1] * 4 / 3
        if kind == "GBox":
            x0, x1, y0, y1 = colx[c1] + 4, colx[c2 + 1] - 4, rowy(r1) + 1, rowy(r1) + h_ - 1
        else:
            x0 = colx[c1] + 6
            x1 = min(x0 + 14 + 13 * len(cap) + 8, colx[c2 + 1] - 2)
            y0, y1 = rowy(r1) + (h_ - 17) / 2, rowy(r1) + (h_ + 17) / 2
        ac = [int(v) for v in (x0, x1, y0, y1)]
        cl = max(k for k in range(len(colx) - 1) if colx[k] <= ac[0])
        cr = max(k for k in range(len(colx) - 1) if colx[k] <= ac[1])
        anchor = (cl, ac[0] - colx[cl], r1 - 1, int(ac[2] - rowy(r1)), cr, ac[1] - colx[cr], r1 - 1, int(ac[3] - rowy(r1)))
        name = {"CheckBox": "Check Box", "Radio": "Option Button", "GBox": "Group Box"}[kind] + f" {n}"
        vtype = {"CheckBox": "Checkbox", "Radio": "Radio", "GBox": "GBox"}[kind]
        cd = [f"<x:Anchor>\n    {', '.join(str(v) for v in anchor)}</x:Anchor>", "<x:AutoFill>False</x:AutoFill>",
              "<x:AutoLine>False</x:AutoLine>"]
        if kind != "GBox":
            cd.append("<x:TextVAlign>Center</x:TextVAlign>")
        if link:
            cd.append(f"<x:FmlaLink>{link}</x:FmlaLink>")
        if checked:
            cd.append("<x:Checked>1</x:Checked>")
        if kind == "Radio" and cap == "优":
            cd.append("<x:FirstButton/>")
        cd.append("<x:NoThreeD/>")
        style = (f"position:absolute;margin-left:{ac[0] * 0.75:.2f}pt;margin-top:{ac[2] * 0.75:.2f}pt;"
                 f"width:{(ac[1] - ac[0]) * 0.75:.2f}pt;height:{(ac[3] - ac[2]) * 0.75:.2f}pt;z-index:{n};"
                 "mso-wrap-style:tight")
        text = (f'<v:textbox style="mso-direction-alt:auto" o:singleclick="f"><div style="text-align:left"><font '
                f'face="宋体" size="180" color="auto">{esc(cap)}</font></div></v:textbox>' if cap else "")
        vml.append(f'<v:shape id="_x0000_s{sid}" type="#_x0000_t{201 if kind != "GBox" else 201}" style="{style}" '
                   'filled="f" fillcolor="window [65]" stroked="f" strokecolor="windowText [64]" o:insetmode="auto">'
                   '<v:path shadowok="t" strokeok="t" fillok="t"/><o:lock v:ext="edit" rotation="t"/>'
                   f'{text}<x:ClientData ObjectType="{vtype}">' + "".join(cd) + "</x:ClientData></v:shape>")
        attrs = [f'objectType="{kind}"']
        if checked:
            attrs.append('checked="Checked"')
        if kind == "Radio" and cap == "优":
            attrs.append('firstButton="1"')
        if link:
            attrs.append(f'fmlaLink="{link}"')
        if kind != "GBox":
            attrs.append('lockText="1"')
        attrs.append('noThreeD="1"')
        items[f"xl/ctrlProps/ctrlProp{n}.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<formControlPr xmlns="{CTRL_NS}" '
            + " ".join(attrs) + "/>").encode("utf-8")
        rid = f"rId{n + 1}"
        rels.append(f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                    f'ctrlProp" Target="../ctrlProps/ctrlProp{n}.xml"/>')
        a = anchor
        xml_ctrls.append(
            '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
            f'<mc:Choice Requires="x14"><control shapeId="{sid}" r:id="{rid}" name="{name}"><controlPr defaultSize="0" '
            'autoFill="0" autoLine="0" autoPict="0"><anchor moveWithCells="1">'
            f'<from><xdr:col>{a[0]}</xdr:col><xdr:colOff>{a[1] * 9525}</xdr:colOff><xdr:row>{a[2]}</xdr:row>'
            f'<xdr:rowOff>{a[3] * 9525}</xdr:rowOff></from><to><xdr:col>{a[4]}</xdr:col><xdr:colOff>{a[5] * 9525}'
            f'</xdr:colOff><xdr:row>{a[6]}</xdr:row><xdr:rowOff>{a[7] * 9525}</xdr:rowOff></to></anchor></controlPr>'
            "</control></mc:Choice></mc:AlternateContent>")
    items["xl/drawings/vmlDrawing1.vml"] = (
        '<xml xmlns:v="urn:schemas-microsoft-com:vml"\n xmlns:o="urn:schemas-microsoft-com:office:office"\n'
        ' xmlns:x="urn:schemas-microsoft-com:office:excel">\n <o:shapelayout v:ext="edit">\n  <o:idmap v:ext="edit" '
        'data="1"/>\n </o:shapelayout><v:shapetype id="_x0000_t201" coordsize="21600,21600" o:spt="201"\n  '
        'path="m,l,21600r21600,l21600,xe">\n  <v:stroke joinstyle="miter"/>\n  <v:path shadowok="f" o:extrusionok="f" '
        'strokeok="f" fillok="f" o:connecttype="rect"/>\n  <o:lock v:ext="edit" shapetype="t"/>\n </v:shapetype>'
        + "".join("\n " + v for v in vml) + "</xml>").encode("utf-8")
    rels.insert(0, '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                   'vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>')
    assert "xl/worksheets/_rels/sheet1.xml.rels" not in items
    items["xl/worksheets/_rels/sheet1.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
        'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + "".join(rels) + "</Relationships>"
    ).encode("utf-8")
    sh = items["xl/worksheets/sheet1.xml"].decode("utf-8")
    root_end = sh.index(">", sh.index("<worksheet")) + 1
    root = sh[:root_end]
    add_ns = ""
    for pfx, uri in (("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
                     ("mc", "http://schemas.openxmlformats.org/markup-compatibility/2006"),
                     ("x14", CTRL_NS), ("xdr", "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing")):
        if f"xmlns:{pfx}=" not in root:
            add_ns += f' xmlns:{pfx}="{uri}"'
    root = root[:-1] + add_ns + ">"
    sh = root + sh[root_end:]
    tail = ('<legacyDrawing r:id="rId1"/><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/'
            'markup-compatibility/2006"><mc:Choice Requires="x14"><controls>' + "".join(xml_ctrls) +
            "</controls></mc:Choice></mc:AlternateContent>")
    assert sh.count("</worksheet>") == 1 and "<legacyDrawing" not in sh and "<tableParts" not in sh
    sh = sh.replace("</worksheet>", tail + "</worksheet>")
    items["xl/worksheets/sheet1.xml"] = sh.encode("utf-8")
    ct = items["[Content_Types].xml"].decode("utf-8")
    add = '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>'
    add += "".join(f'<Override PartName="/xl/ctrlProps/ctrlProp{n}.xml" '
                   'ContentType="application/vnd.ms-excel.controlproperties+xml"/>' for n in range(1, len(ctrls) + 1))
    items["[Content_Types].xml"] = ct.replace("</Types>", add + "</Types>").encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items.items():
            z.writestr(name, data)


ALL.append(h370())


# ============================================================ h371 屏南县卫生健康局 (EML: the form pasted into a Foxmail reply)

RULES371 = ("评分说明：1.预算执行率≥95%得满分，低于95%按“执行率÷95%×分值”计分；2.定量指标达到年度指标值的得满分，未达到的按“实际"
            "完成值÷年度指标值×分值”计分，反向指标（“≤”）不超过指标值的得满分；3.孕产妇系统管理率每低于年度指标值1个百分点扣1分，"
            "扣完为止；4.定性指标根据完成情况酌情扣分；5.")


def h371():
    dept = "屏南县卫生健康局"
    parts = {"基本支出": (3860.20, 4012.64, 3986.15), "项目支出": (1520.00, 2236.80, 2120.48)}
    ib, ab, eb = parts["基本支出"]
    ip, ap, ep = parts["项目支出"]
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    rate, rb, rp = pct(ea, aa), pct(eb, ab), pct(ep, ap)
    assert (ia, aa, ea, rate, rb, rp) == (5380.20, 6249.44, 6106.63, 97.71, 99.34, 94.8), (ia, aa, ea, rate, rb, rp)
    rate_shown = 97.17  # PLANT EXECUTION_RATE: 合计 6,106.63 ÷ 6,249.44 = 97.71%, printed 97.17% (the 预算执行率 row copies it)
    maternal = P(87.5, 90, 6)  # PLANT RULE_SCORE: 孕产妇系统管理率 scored by the proportion rule; its own rule (−1 a point) gives 3.5
    assert maternal == 5.83
    ind = [("投入", "预算执行", "预算执行率", "≥95%", q(rate_shown), 8, 8, ""),
           ("投入", "预算管理", "结转结余率", "≤10%", "4.6%", 4, 4, ""),
           ("投入", "预算管理", "“三公”经费控制率", "≤100%", "91.3%", 4, 4, ""),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 5, 5, ""),
           ("过程", "财务管理", "财务管理制度健全性", "健全", "健全", 4, 4, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 4, 3, "部分医疗设备未及时登记入账"),
           ("过程", "采购管理", "政府采购执行率", "100%", "100%", 3, 3, ""),
           ("产出", "数量指标", "家庭医生签约服务人数", "≥5.2万人", "5.36万人", 6, 6, ""),
           ("产出", "数量指标", "乡村医生培训", "≥600人次", "540人次", 5, P(540, 600, 5), "部分乡村医生年老，集中培训参训率低"),
           ("产出", "质量指标", "孕产妇系统管理率", "≥90%", "87.5%", 6, maternal, "流动孕产妇早孕建册不及时"),
           ("产出", "质量指标", "65岁及以上老年人健康管理率", "≥70%", "72.6%", 6, 6, ""),
           ("产出", "质量指标", "适龄儿童免疫规划疫苗接种率", "≥95%", "97.8%", 6, 6, ""),
           ("产出", "时效指标", "法定传染病报告及时率", "100%", "100%", 5, 5, ""),
           ("效益", "社会效益", "居民健康素养水平", "≥28%", "29.4%", 7, 7, ""),
           ("效益", "社会效益", "县域内就诊率", "≥90%", "88.2%", 7, P(88.2, 90, 7), "部分重症患者外转就医"),
           ("效益", "可持续影响", "卫生健康服务长效机制", "健全", "基本健全", 6, 5, "村卫生室运行补助机制未完全落实"),
           ("满意度", "服务对象满意度", "群众就医满意度", "≥90%", "93.5%", 7, 7, ""),
           ("满意度", "服务对象满意度", "医务人员满意度", "≥85%", "83.3%", 7, P(83.3, 85, 7), "基层医务人员待遇保障有待提高")]
    assert len(ind) == 18 and s2(ind, 5) == 100
    assert [x[6] for x in ind if x[7] and x[2] not in ("资产管理规范性", "卫生健康服务长效机制")] == [4.5, 5.83, 6.86, 6.86]
    for a, t_, w in ((540, 600, 5), (87.5, 90, 6), (88.2, 90, 7), (83.3, 85, 7)):
        no_half(a / t_ * w, "prop")
    rows_sum = s2(ind, 6)
    assert rows_sum == 97.05, rows_sum
    total_shown = 97.50  # PLANT TOTAL_VS_ROWS: 合计 printed 97.50, the 18 rows add to 97.05
    assert grade(total_shown) == grade(rows_sum) == grade(r2(rows_sum - maternal + 3.5)) == "优"
    g = gold(None, dept, 2024, "COUNTY", "福建省", "SELF_EVALUATION", None, total_shown, 100, "优",
             budget(ia, aa, ea, rate_shown, ab, eb, ap, ep), [], grows(ind))
    meta = dict(dept=dept, parts=parts, ia=ia, aa=aa, ea=ea, rate_shown=rate_shown, rb=rb, rp=rp, ind=ind,
                total_shown=total_shown, note=RULES371 + "自评等级：" + BANDS)
    fnd = [F("EXECUTION_RATE", "合计 执行率", f"合计 | {mc(ia)} | {mc(aa)} | {mc(ea)} | 97.17%", "97.17%", q(rate),
             "HIGH", "ERROR",
             f"{mc(ea)} ÷ {mc(aa)} = 97.71%, printed 97.17% (digits transposed); the 预算执行率 row copies 97.17% as its 实际完成值 "
             f"(one finding); both meet ≥95%, so its full 8 stands; the 基本支出 {q(rb)} and 项目支出 {q(rp)} are right and the "
             "amounts add up"),
           F("RULE_SCORE", "孕产妇系统管理率",
             "产出 | 质量指标 | 孕产妇系统管理率 | ≥90% | 87.5% | 6 | 5.83 / 评分说明：3.孕产妇系统管理率每低于年度指标值1个百分点"
             "扣1分，扣完为止", "5.83", "3.5", "HIGH", "ERROR",
             "the row's own rule (说明 3) takes 1 point for each percentage point below 90%: 90 − 87.5 = 2.5 points, so 6 − 2.5 "
             "= 3.5; the 5.83 is the general proportion rule (6 × 87.5 ÷ 90 = 5.833), which the specific rule overrides; with "
             "3.5 the rows add to 94.72 (优 either way)"),
           F("TOTAL_VS_ROWS", "合计", "合计 | 100 | 97.50 / 自评等级：优", "97.50", "97.05", "HIGH", "ERROR",
             "the 18 rows as printed add to 97.05 (投入 16 + 过程 15 + 产出 33.33 + 效益 18.86 + 满意度 13.86); the 合计 prints "
             "97.50 (digits transposed); the reply's text repeats the table's 97.50; 优 either way")]
    return {"stem": "h371_pingnan_weijian", "format": "eml", "write": write371, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["the file is an E-MAIL (RFC 5322, as Foxmail saves a message to .eml): the headers' 发件人 / 收件人 / 主题 "
                      "are RFC 2047 encoded words (=?GB18030?B?…?=), the body multipart/alternative with a text/plain and a "
                      "text/html part, both GB18030 in base64: the form is in the message TWICE (the HTML table and its "
                      "plain-text rendering, cells separated by tabs) — one report, not two",
                      "the reply QUOTES the 财政局's notice (发件人 / 发送时间 / 收件人 / 主题 block, then the notice): its dates, "
                      "its 文号 屏财绩〔2025〕3号 and its worked example (执行率93.5%，分值8分，得分8×93.5%÷95%＝7.87分) are not "
                      "the report's figures; the message headers (Date, Message-ID, boundary) and the signature's phone number "
                      "are not figures either",
                      f"预算执行情况: 基本 + 项目 = 合计 in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); 基本 {q(rb)} and 项目 "
                      f"{q(rp)} right; all under budget; 年初 < 全年 (追加)",
                      "乡村医生培训 5 × 540 ÷ 600 = 4.5, 县域内就诊率 7 × 88.2 ÷ 90 = 6.86 and 医务人员满意度 7 × 83.3 ÷ 85 = "
                      "6.86 (proportion rule, with reasons); 资产管理规范性 −1 and 长效机制 −1 with reasons (judgement); "
                      "结转结余率 4.6% vs ≤10% and “三公”经费控制率 91.3% vs ≤100% (ceilings, met); 65岁老年人健康管理率 72.6% "
                      "vs ≥70% (met)",
                      "the rows' 分值 add to 100; 优 on either total (and with 孕产妇 at 3.5)"]}


BOUNDARY371 = "----=_001_NextPart461280357915_=----"


def b64_lines(data):
    s = base64.b64encode(data).decode("ascii")
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def enc_word(text):
    return "=?GB18030?B?" + base64.b64encode(text.encode("gb18030")).decode("ascii") + "?="


def form371(M):
    """the form as the Excel range pasted into the mail: rows of (text, colspan, rowspan, align, bold) cells"""
    rows = [[("部门整体支出绩效自评表", 8, 1, "c", True)], [("（2024年度）", 8, 1, "c", False)],
            [(f"部门名称：{M['dept']}", 5, 1, "l", False), ("金额单位：万元", 3, 1, "r", False)],
            [("一、预算执行情况", 8, 1, "l", True)],
            [("项目", 3, 1, "c", True), ("年初预算数", 1, 1, "c", True), ("全年预算数", 1, 1, "c", True),
             ("全年执行数", 1, 1, "c", True), ("执行率", 2, 1, "c", True)]]
    (ib, ab, eb), (ip, ap, ep) = M["parts"]["基本支出"], M["parts"]["项目支出"]
    for lab, a, b_, e, r_ in (("合计", M["ia"], M["aa"], M["ea"], M["rate_shown"]), ("其中：基本支出", ib, ab, eb, M["rb"]),
                              ("　　　项目支出", ip, ap, ep, M["rp"])):
        rows.append([(lab, 3, 1, "l", False), (mc(a), 1, 1, "r", False), (mc(b_), 1, 1, "r", False),
                     (mc(e), 1, 1, "r", False), (q(r_), 2, 1, "r", False)])
    rows.append([("二、绩效指标完成情况", 8, 1, "l", True)])
    rows.append([(h, 1, 1, "c", True) for h in ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                                "偏差原因分析")])
    ind = M["ind"]
    g1 = {a: b - a + 1 for a, b in spans(ind, 0)}
    g2 = {a: b - a + 1 for a, b in spans(ind, 1)}
    for i, x in enumerate(ind):
        row = []
        if i in g1:
            row.append((x[0], 1, g1[i], "c", False))
        if i in g2:
            row.append((x[1], 1, g2[i], "c", False))
        row += [(x[2], 1, 1, "l", False), (x[3], 1, 1, "c", False), (x[4], 1, 1, "c", False), (fmt(x[5]), 1, 1, "c", False),
                (f"{x[6]:.2f}", 1, 1, "c", False), (x[7], 1, 1, "l", False)]
        rows.append(row)
    rows.append([("合计", 5, 1, "c", True), ("100", 1, 1, "c", True), (f"{M['total_shown']:.2f}", 1, 1, "c", True),
                 ("", 1, 1, "c", False)])
    rows.append([("自评等级", 3, 1, "c", True), ("优", 5, 1, "l", False)])
    rows.append([(M["note"], 8, 1, "l", False)])
    rows.append([("填报人：林美华　　联系电话：0593-3312486　　单位负责人：陈德峰　　填报日期：2025年4月9日", 8, 1, "l", False)])
    return rows


def write371(rep, path):
    M = rep["meta"]
    rows = form371(M)
    widths = (62, 72, 150, 80, 80, 40, 48, 150)
    bd = "border:.5pt solid windowtext;"
    trs = []
    for k, row in enumerate(rows):
        tds = []
        for text, cs, rs, al, b in row:
            boxed = k >= 4 and not (len(row) == 1 and cs == 8 and text.startswith(("一、", "二、"))) and k < len(rows) - 1
            st = ("font-size:10.0pt;font-family:宋体;vertical-align:middle;white-space:normal;"
                  + ("text-align:center;" if al == "c" else "text-align:right;" if al == "r" else "text-align:left;")
                  + (bd if boxed else "") + ("font-weight:700;" if b else ""))
            if k == 0:
                st = st.replace("font-size:10.0pt", "font-size:16.0pt")
            attrs = (f' colspan="{cs}"' if cs > 1 else "") + (f' rowspan="{rs}"' if rs > 1 else "")
            num = re.fullmatch(r"[\d,]+\.\d+|\d+", text or "")
            xnum = f' x:num="{text.replace(",", "")}"' if num else ""
            tds.append(f'<td{attrs}{xnum} style="{st}">{esc(text) if text else "&nbsp;"}</td>')
        trs.append("<tr height=\"22\" style=\"height:16.5pt\">" + "".join(tds) + "</tr>")
    cols = "".join(f'<col width="{w}" style="width:{w * 0.75:.2f}pt">' for w in widths)
    table = ('<table border="0" cellpadding="0" cellspacing="0" width="682" style="border-collapse:collapse;width:511.50pt">'
             + cols + "".join(trs) + "</table>")
    notice = [("各预算单位：", False),
              ("根据《中华人民共和国预算法》和县委、县政府关于全面实施预算绩效管理的有关要求，现就开展2024年度部门整体支出绩效自评工作"
               "通知如下：", True),
              ("一、各单位对照2024年度部门整体绩效目标，如实填报《部门整体支出绩效自评表》，于2025年4月10日前将电子版发送至本邮箱，"
               "盖章纸质件报送县财政局绩效股。", True),
              ("二、评分要求。预算执行率指标得分按自评表说明计算（如：执行率93.5%，分值8分，得分8×93.5%÷95%＝7.87分）；其余指标按"
               "自评表评分说明计分；自评等级" + BANDS, True),
              ("三、自评结果将作为2026年预算安排的重要参考。", True),
              ("屏南县财政局", False), ("2025年3月20日", False)]
    html_body = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=GB18030"><style>body { line-height: 1.5; }'
        'blockquote { margin-top: 0px; margin-bottom: 0px; margin-left: 0.5em; }body { font-size: 10.5pt; font-family: '
        '\'Microsoft YaHei UI\'; color: rgb(0, 0, 0); line-height: 1.5; }</style></head><body>\r\n'
        "<div><span></span>县财政局绩效股：</div>"
        "<div>&nbsp; &nbsp; &nbsp; &nbsp;根据《关于开展2024年度部门整体支出绩效自评工作的通知》（屏财绩〔2025〕3号）要求，现将我局"
        "2024年度部门整体支出绩效自评表报送如下，盖章纸质件另行报送。请审阅。</div><div>&nbsp;</div>\r\n"
        f"<div>{table}</div>\r\n<div>&nbsp;</div>"
        '<hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">\r\n'
        '<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt"><div>屏南县卫生健康局财务股　林美华</div>'
        "<div>电话：0593-3312486</div></div></span></div>\r\n"
        '<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit"><div>&nbsp;</div>'
        '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><div style="PADDING-RIGHT: 8px; '
        "PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: 8px; "
        'PADDING-TOP: 8px"><div><b>发件人：</b>&nbsp;<a href="mailto:pnczjxg@163.com">屏南县财政局绩效股</a></div>'
        "<div><b>发送时间：</b>&nbsp;2025-03-20&nbsp;09:15</div><div><b>收件人：</b>&nbsp;各预算单位</div>"
        "<div><b>主题：</b>&nbsp;关于开展2024年度部门整体支出绩效自评工作的通知</div></div></div><div>&nbsp;</div>\r\n"
        "<div>" + "".join(f"<div>{'&nbsp; &nbsp; &nbsp; &nbsp;' if ind_ else ''}{esc(t)}</div>" for t, ind_ in notice)
        + "</div></blockquote>\r\n</body></html>\r\n")
    plain = ["县财政局绩效股：", "        根据《关于开展2024年度部门整体支出绩效自评工作的通知》（屏财绩〔2025〕3号）要求，现将我局2024年度部门"
             "整体支出绩效自评表报送如下，盖章纸质件另行报送。请审阅。", ""]
    covered = {}
    for k, row in enumerate(rows):
        cells, col, it = [], 0, iter(row)
        while col < 8:
            if covered.get((k, col)):
                cells.append("")
                col += 1
                continue
            c_ = next(it, None)
            if c_ is None:
                break
            text, cs, rs, _, _ = c_
            for rr in range(1, rs):
                covered[(k + rr, col)] = True
            cells.append(text)
            cells += [""] * (cs - 1)
            col += cs
        plain.append("\t".join(cells).rstrip("\t"))
    plain += ["", "", "屏南县卫生健康局财务股　林美华", "电话：0593-3312486", "",
              "发件人： 屏南县财政局绩效股", "发送时间： 2025-03-20 09:15", "收件人： 各预算单位",
              "主题： 关于开展2024年度部门整体支出绩效自评工作的通知", ""] + [("        " if i_ else "") + t for t, i_ in notice]
    plain_text = "\r\n".join(plain) + "\r\n"
    head = [f'Date: Thu, 10 Apr 2025 16:42:18 +0800',
            f'From: "{enc_word("屏南县卫生健康局财务股")}" <pnxwjj_cwg@163.com>',
            f'To: "{enc_word("屏南县财政局绩效股")}" <pnczjxg@163.com>',
            f'Subject: {enc_word("回复：关于开展2024年度部门整体支出绩效自评工作的通知")}',
            "References: <202503200915421126834@163.com>",
            "In-Reply-To: <202503200915421126834@163.com>",
            "X-Priority: 3", "X-GUID: 3C7A1E52-8D4B-4F0E-9A61-2B5D7C9E0F14", "X-Has-Attach: no",
            "X-Mailer: Foxmail 7.2.25.375[cn]", "Mime-Version: 1.0",
            "Message-ID: <202504101642186235718@163.com>",
            "Content-Type: multipart/alternative;", f'\tboundary="{BOUNDARY371}"']
    msg = ("\r\n".join(head) + "\r\n\r\nThis is a multi-part message in MIME format.\r\n\r\n"
           f"--{BOUNDARY371}\r\nContent-Type: text/plain;\r\n\tcharset=\"GB18030\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           + b64_lines(plain_text.encode("gb18030")) + "\r\n\r\n"
           f"--{BOUNDARY371}\r\nContent-Type: text/html;\r\n\tcharset=\"GB18030\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           + b64_lines(html_body.encode("gb18030")) + "\r\n\r\n"
           f"--{BOUNDARY371}--\r\n\r\n\r\n")
    with open(path, "wb") as f:
        f.write(msg.encode("ascii"))


ALL.append(h371())


# ============================================================ h372 遂川县交通运输局 (DOCX, the 自评表 pasted as an ENHANCED METAFILE picture)

def h372():
    dept = "遂川县交通运输局"
    parts = {"基本支出": (2140.50, 2268.30, 2241.76), "项目支出": (5860.00, 7412.60, 7125.13)}
    ib, ab, eb = parts["基本支出"]
    ip, ap, ep = parts["项目支出"]
    ia, aa, ea_true = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    ea_shown = 9368.69  # PLANT BREAKDOWN_SUM: 全年执行数 合计 printed 9,368.69, its parts add to 9,366.89
    rate, rb, rp = pct(ea_shown, aa), pct(eb, ab), pct(ep, ap)
    assert (ia, aa, ea_true, rate, rb, rp) == (8000.50, 9680.90, 9366.89, 96.77, 98.83, 96.12), (ia, aa, ea_true, rate, rb, rp)
    assert pct(ea_true, aa) == 96.76
    bridge = 6  # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: 危桥改造 按计划完成 at full 6; 三 and 五 say 4 of 5, one not finished
    ind = [("投入", "预算执行", "预算执行率", "≥95%", q(rate), 10, 10, ""),
           ("投入", "预算管理", "结转结余率", "≤10%", "6.3%", 5, 5, ""),
           ("投入", "预算管理", "“三公”经费控制率", "≤100%", "88.6%", 5, 5, ""),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 5, 5, ""),
           ("过程", "财务管理", "财务管理制度健全性", "健全", "健全", 5, 5, ""),
           ("过程", "项目管理", "工程质量监督覆盖率", "100%", "100%", 5, 5, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 5, 4, "部分公路附属设施未及时登记入账"),
           ("产出", "数量指标", "农村公路提质改造", "≥120公里", "126.4公里", 7, 7, ""),
           ("产出", "数量指标", "危桥改造", "5座", "按计划完成", 6, bridge, ""),
           ("产出", "数量指标", "县乡道路面大中修", "≥45公里", "42.3公里", 6, P(42.3, 45, 6), "2段路面因汛期水毁，资金调整用于灾毁抢修"),
           ("产出", "质量指标", "公路列养率", "100%", "100%", 5, 5, ""),
           ("产出", "质量指标", "工程交工验收合格率", "100%", "100%", 6, 6, ""),
           ("产出", "时效指标", "项目按期完工率", "≥95%", "96.2%", 5, 5, ""),
           ("效益", "社会效益", "建制村通客车率", "100%", "100%", 6, 6, ""),
           ("效益", "社会效益", "公路交通事故起数下降率", "≥5%", "7.8%", 6, 6, ""),
           ("效益", "可持续影响", "农村公路长效养护机制", "健全", "基本健全", 6, 5, "部分乡镇养护资金配套不到位"),
           ("效益", "满意度", "服务对象满意度", "≥90%", "88.4%", 7, P(88.4, 90, 7), "部分路段施工期间通行不便")]
    assert len(ind) == 17 and s2(ind, 5) == 100
    no_half(42.3 / 45 * 6, "repair")
    no_half(88.4 / 90 * 7, "satisf")
    names = ["投入", "过程", "产出", "效益"]
    secs_ = secs_of(ind, names)
    assert secs_ == [("投入", 20, 20), ("过程", 20, 19), ("产出", 35, 34.64), ("效益", 25, 23.88)], secs_
    total = s2(ind, 6)
    assert total == 97.52 and grade(total) == grade(r2(total - 6 + 4.8)) == "优"
    secs_shown = list(secs_)
    secs_shown[3] = ("效益", 25, 24.88)  # PLANT SECTION_VS_ROWS: 效益 小计 24.88 (left from before 长效养护机制 was cut to 5)
    g = gold(None, dept, 2024, "COUNTY", "江西省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea_shown, rate, ab, eb, ap, ep), secs_shown, grows(ind))
    meta = dict(dept=dept, parts=parts, ia=ia, aa=aa, ea_shown=ea_shown, rate=rate, rb=rb, rp=rp, ind=ind,
                secs=secs_shown, total=total)
    fnd = [F("SECTION_VS_ROWS", "效益", "效益 … 小计 | 25 | 24.88", "24.88", "23.88", "HIGH", "ERROR",
             "效益's four rows add to 6 + 6 + 5 + 6.88 = 23.88; its 小计 prints 24.88, what the rows gave before 农村公路长效养护机制 "
             "was cut from 6 to 5 (the 小计 was not updated); the 合计 97.52 and 四's 97.52 are the rows' total, so the slip is "
             "the one 小计"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "危桥改造",
             "附件 | 产出 | 数量指标 | 危桥改造 | 5座 | 按计划完成 | 6 | 6 / 三：全年计划改造危桥5座，完成4座，衙前镇长岭桥因汛期停工，"
             "主体工程尚未完工", "6", "< 6", "HIGH", "WARNING",
             "the 自评表 row says 按计划完成 and pays the full 6 with no 偏差原因, while 三 and 五 say 4 of the 5 危桥 were finished "
             "and 长岭桥 is not; in proportion it would be 6 × 4 ÷ 5 = 4.8"),
           F("BREAKDOWN_SUM", "全年执行数 合计", f"合计 | {mc(ia)} | {mc(aa)} | {mc(ea_shown)} | {q(rate)}", mc(ea_shown),
             mc(ea_true), "HIGH", "ERROR",
             f"基本支出 {mc(eb)} + 项目支出 {mc(ep)} = {mc(ea_true)}, the 合计 prints {mc(ea_shown)} (digits transposed) and so "
             f"does 二's prose; the 执行率 {q(rate)} is worked out on the printed 合计 (on the parts it is 96.76%; ≥95% either way, "
             "so the 预算执行率 row's full 10 stands); the 年初 and 全年 columns add up")]
    return {"stem": "h372_suichuan_jiaotong", "format": "docx", "write": write372, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["the 附件 自评表 is NOT a Word table: it is a PICTURE, an ENHANCED METAFILE (word/media/image1.emf, "
                      "image/x-emf, placed inline by a wp:inline / pic:pic) as Excel's 选择性粘贴 → 图片（增强型图元文件） puts a "
                      "range into Word: its text is in EMR_EXTTEXTOUTW records (UTF-16, each with its reference point, clip "
                      "rectangle and advance widths), its ruling in EMR_MOVETOEX / EMR_LINETO records; the document body has one "
                      "w:tbl (表1), and a reader of w:t finds none of the 自评表's rows; the 一级 / 二级 texts are drawn once in "
                      "their merged cells (no ruling between the rows they span), and a long 偏差原因 is two text records (two "
                      "lines) in one cell",
                      f"表1: 年初 {mc(ib)} + {mc(ip)} = {mc(ia)} and 全年 {mc(ab)} + {mc(ap)} = {mc(aa)} add up; 基本 {q(rb)}, "
                      f"项目 {q(rp)} right and under budget; 年初 < 全年 (追加)",
                      "县乡道路面大中修 6 × 42.3 ÷ 45 = 5.64 and 服务对象满意度 7 × 88.4 ÷ 90 = 6.876 → 6.88 (proportion rule, "
                      "with reasons); 资产管理规范性 −1 and 长效养护机制 −1 with reasons (judgement); 结转结余率 6.3% vs ≤10% "
                      "and “三公”经费控制率 88.6% vs ≤100% (ceilings, met); 项目按期完工率 96.2% ≥95% (25 of 26 projects)",
                      "the 小计 of 投入 20/20, 过程 20/19 and 产出 35/34.64 equal their rows; the 合计 97.52 = the 17 rows = 四's "
                      "自评得分; the 分值 add to 100; 优 on any reading"]}


# ------------------------------------------------------------ a small EMF writer (the records Excel's picture copy uses)

def emr(rtype, payload):
    assert len(payload) % 4 == 0
    return struct.pack("<II", rtype, 8 + len(payload)) + payload


def utf16z(s):
    b = s.encode("utf-16-le")
    return b + b"\0" * ((4 - len(b) % 4) % 4)


def emf_bytes(lines, texts, width, height, fonts):
    """lines: (x0, y0, x1, y1); texts: (x, y, string, font index, clip rect); fonts: (height, weight); device units are
    96-dpi pixels. Returns the EMF: header, mode / colour records, one pen, the fonts, the ruling, the text, EOF."""
    recs = [emr(18, struct.pack("<I", 1)),  # EMR_SETBKMODE TRANSPARENT
            emr(22, struct.pack("<I", 0)),  # EMR_SETTEXTALIGN TA_LEFT | TA_TOP
            emr(24, struct.pack("<I", 0)),  # EMR_SETTEXTCOLOR black
            emr(38, struct.pack("<IIiiI", 1, 0, 1, 0, 0))]  # EMR_CREATEPEN #1 solid, 1 px, black
    for k, (fh, weight) in enumerate(fonts):
        face = "宋体".encode("utf-16-le").ljust(64, b"\0")
        lf = struct.pack("<iiiii8B", -fh, 0, 0, 0, weight, 0, 0, 0, 134, 0, 0, 0, 0) + face
        recs.append(emr(82, struct.pack("<I", 2 + k) + lf))  # EMR_EXTCREATEFONTINDIRECTW
    recs.append(emr(37, struct.pack("<I", 1)))  # EMR_SELECTOBJECT pen
    for x0, y0, x1, y1 in lines:
        recs.append(emr(27, struct.pack("<ii", x0, y0)))  # EMR_MOVETOEX
        recs.append(emr(54, struct.pack("<ii", x1, y1)))  # EMR_LINETO
    cur = None
    for x, y, s_, fk, clip in texts:
        if fk != cur:
            recs.append(emr(37, struct.pack("<I", 2 + fk)))
            cur = fk
        fh = fonts[fk][0]
        dx = [fh if ord(ch) > 0x2000 else (fh + 1) // 2 for ch in s_]
        sb = utf16z(s_)
        off_s = 76
        off_dx = off_s + len(sb)
        body = struct.pack("<iiii", x, y, x + sum(dx), y + fh)  # bounds
        body += struct.pack("<Iff", 1, 26.458334, 26.458334)  # GM_COMPATIBLE, .01 mm per pixel
        body += struct.pack("<iiIII", x, y, len(s_), off_s, 4)  # reference, chars, offString, ETO_CLIPPED
        body += struct.pack("<iiii", *clip) + struct.pack("<I", off_dx)
        body += sb + struct.pack(f"<{len(dx)}i", *dx)
        recs.append(emr(84, body))  # EMR_EXTTEXTOUTW
    for k in range(len(fonts) + 1):
        recs.append(emr(40, struct.pack("<I", 1 + k)))  # EMR_DELETEOBJECT
    recs.append(emr(14, struct.pack("<III", 0, 16, 20)))  # EMR_EOF
    desc = utf16z("Microsoft Excel\0遂川县交通运输局\0")
    hdr_len = 108
    total = hdr_len + len(desc) + sum(len(r) for r in recs)
    mm = (width * 254 // 960, height * 254 // 960)
    header = struct.pack("<II", 1, hdr_len + len(desc))
    header += struct.pack("<iiii", 0, 0, width - 1, height - 1)
    header += struct.pack("<iiii", 0, 0, int(width * 2540 / 96), int(height * 2540 / 96))
    header += struct.pack("<IIIIHHIII", 0x464D4520, 0x10000, total, len(recs) + 1, len(fonts) + 2, 0,
                          len(desc) // 2, hdr_len, 0)
    header += struct.pack("<iiii", 1920, 1080, 508, 286)
    header += struct.pack("<III", 0, 0, 0)
    header += struct.pack("<II", 508000, 286000)
    assert len(header) == hdr_len, len(header)
    del mm
    return header + desc + b"".join(recs)


def text_w(s_, fh):
    return sum(fh if ord(ch) > 0x2000 else (fh + 1) // 2 for ch in s_)


def wrap_px(s_, width, fh):
    out, cur = [], ""
    for ch in s_:
        if cur and text_w(cur + ch, fh) > width and ch not in "，。；、）":
            out.append(cur)
            cur = ch
        else:
            cur += ch
    return out + [cur] if cur or not out else out


COLS372 = (64, 80, 170, 90, 96, 44, 52, 150)


def emf372(M):
    """the 自评表 range drawn as Excel draws it into a picture: returns (emf bytes, width, height)"""
    FH, FT = 13, 21
    xs = [0]
    for w in COLS372:
        xs.append(xs[-1] + w)
    W = xs[-1] + 1
    lines, texts = [], []
    y = 0

    def centre_text(txt, x0, x1, yy, fk, fh):
        texts.append((int((x0 + x1 - text_w(txt, fh)) / 2), yy, txt, fk, (x0, yy, x1, yy + fh + 2)))

    centre_text("部门整体支出绩效自评表", 0, W, 6, 2, FT)
    centre_text("（2024年度）", 0, W, 36, 0, FH)
    texts.append((4, 60, f"填报单位（盖章）：{M['dept']}", 0, (0, 60, xs[5], 75)))
    texts.append((W - 4 - text_w("金额单位：万元", FH), 60, "金额单位：万元", 0, (xs[6], 60, W, 75)))
    y = 80
    # grid rows: (cells, height); a cell (col0, col1, text, align, font, rowspan-group key)
    rows = [([(0, 0, "一级指标", "c", 1), (1, 1, "二级指标", "c", 1), (2, 2, "三级指标", "c", 1), (3, 3, "年度指标值", "c", 1),
              (4, 4, "实际完成值", "c", 1), (5, 5, "分值", "c", 1), (6, 6, "得分", "c", 1), (7, 7, "偏差原因分析", "c", 1)], 26)]
    ind, secs = M["ind"], {n: (w, s_) for n, w, s_ in M["secs"]}
    body_rows = []  # (kind, item)
    for n in ("投入", "过程", "产出", "效益"):
        for x in [x for x in ind if x[0] == n]:
            body_rows.append(("row", x))
        body_rows.append(("sub", n))
    heights = []
    for kind, it in body_rows:
        if kind == "row":
            nl = len(wrap_px(it[7], COLS372[7] - 8, FH)) if it[7] else 1
            heights.append(max(24, nl * (FH + 4) + 8))
        else:
            heights.append(24)
    ys = [y + 26]
    for h_ in heights:
        ys.append(ys[-1] + h_)
    # header row
    for c0, c1, t, a, fk in rows[0][0]:
        lines += [(xs[c0], y, xs[c1 + 1], y), (xs[c0], y, xs[c0], y + 26)]
        centre_text(t, xs[c0], xs[c1 + 1], y + 6, fk, FH)
    # 一级 cells span their rows and their 小计; 二级 cells span runs of equal 二级 within an 一级
    k = 0
    spans1, spans2 = [], []
    while k < len(body_rows):
        kind, it = body_rows[k]
        n = it[0] if kind == "row" else it
        j = k
        while j + 1 < len(body_rows) and (body_rows[j + 1][1][0] if body_rows[j + 1][0] == "row"
                                          else body_rows[j + 1][1]) == n:
            j += 1
        spans1.append((k, j, n))
        k = j + 1
    k = 0
    while k < len(body_rows):
        kind, it = body_rows[k]
        if kind == "sub":
            k += 1
            continue
        j = k
        while j + 1 < len(body_rows) and body_rows[j + 1][0] == "row" and body_rows[j + 1][1][:2] == it[:2]:
            j += 1
        spans2.append((k, j, it[1]))
        k = j + 1
    for a, b, n in spans1:
        lines += [(xs[0], ys[a], xs[1], ys[a]), (xs[0], ys[a], xs[0], ys[b + 1])]
        centre_text(n, xs[0], xs[1], int((ys[a] + ys[b + 1]) / 2 - FH / 2), 0, FH)
    for a, b, n in spans2:
        lines += [(xs[1], ys[a], xs[2], ys[a]), (xs[1], ys[a], xs[1], ys[b + 1])]
        centre_text(n, xs[1], xs[2], int((ys[a] + ys[b + 1]) / 2 - FH / 2), 0, FH)
    for i, (kind, it) in enumerate(body_rows):
        y0, y1 = ys[i], ys[i + 1]
        mid = int((y0 + y1) / 2 - FH / 2)
        if kind == "row":
            cells = [(2, it[2], "l"), (3, it[3], "c"), (4, it[4], "c"), (5, fmt(it[5]), "c"), (6, f"{it[6]:.2f}", "c"),
                     (7, it[7], "l")]
            for c_, t, a in cells:
                lines += [(xs[c_], y0, xs[c_ + 1], y0), (xs[c_], y0, xs[c_], y1)]
                if not t:
                    continue
                if c_ == 7:
                    wl = wrap_px(t, COLS372[7] - 8, FH)
                    yy = int((y0 + y1) / 2 - len(wl) * (FH + 4) / 2 + 2)
                    for ln in wl:
                        texts.append((xs[c_] + 4, yy, ln, 0, (xs[c_], y0, xs[c_ + 1], y1)))
                        yy += FH + 4
                elif a == "l":
                    texts.append((xs[c_] + 4, mid, t, 0, (xs[c_], y0, xs[c_ + 1], y1)))
                else:
                    centre_text(t, xs[c_], xs[c_ + 1], mid, 0, FH)
        else:
            w_, s_ = secs[it]
            lines += [(xs[1], y0, xs[5], y0), (xs[1], y0, xs[1], y1)]
            centre_text("小计", xs[1], xs[5], mid, 1, FH)
            for c_, t in ((5, fmt(w_)), (6, f"{s_:.2f}"), (7, "")):
                lines += [(xs[c_], y0, xs[c_ + 1], y0), (xs[c_], y0, xs[c_], y1)]
                if t:
                    centre_text(t, xs[c_], xs[c_ + 1], mid, 1, FH)
    y = ys[-1]
    tail = [((0, 4, "合计"), (5, 5, "100"), (6, 6, f"{M['total']:.2f}"), (7, 7, "")),
            ((0, 2, "自评等级"), (3, 7, "优"))]
    for row in tail:
        for c0, c1, t in row:
            lines += [(xs[c0], y, xs[c1 + 1], y), (xs[c0], y, xs[c0], y + 24)]
            if t:
                centre_text(t, xs[c0], xs[c1 + 1], y + 6, 1, FH)
        y += 24
    lines += [(xs[-1], 80, xs[-1], y), (0, y, xs[-1], y)]
    note = ("说明：1.预算执行率≥95%得满分，低于95%按“执行率÷95%×分值”计分；2.定量指标达到年度指标值的得满分，未达到的按“实际完成"
            "值÷年度指标值×分值”计分，反向指标（“≤”）不超过指标值的得满分；3.定性指标根据完成情况酌情扣分；4." + BANDS)
    y += 6
    for ln in wrap_px(note, W - 8, 12):
        texts.append((4, y, ln, 3, (0, y, W, y + 14)))
        y += 16
    H_ = y + 6
    return emf_bytes(lines, texts, W, H_, [(FH, 400), (FH, 700), (FT, 700), (12, 400)]), W, H_


def write372(rep, path):
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml.shape import CT_Inline
    from docx.shared import Emu, Mm, Pt
    from reports34 import new_doc
    from reports36_common import cell_put
    M = rep["meta"]
    doc = new_doc()

    def para(text, size=12, align="j", bold=False, indent=True, after=0):
        p_ = doc.add_paragraph()
        p_.alignment = {"j": WD_ALIGN_PARAGRAPH.JUSTIFY, "c": WD_ALIGN_PARAGRAPH.CENTER,
                        "r": WD_ALIGN_PARAGRAPH.RIGHT, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
        pf = p_.paragraph_format
        pf.space_after = Pt(after)
        pf.line_spacing = Pt(26) if size >= 12 else None
        if indent:
            pf.first_line_indent = Pt(size * 2)
        r_ = p_.add_run(text)
        r_.font.size = Pt(size)
        r_.bold = bold
        return p_

    para(f"{M['dept']}2024年度部门整体支出绩效自评报告", 18, "c", True, False, 12)
    para("一、部门基本情况", 12, "l", True, False)
    para("遂川县交通运输局是县政府工作部门，内设办公室、规划建设股、财务审计股等7个股室，下属县公路事业发展中心、县交通运输综合"
         "行政执法大队等4个二级单位。主要职责是负责全县公路、水路交通行业管理，组织农村公路建设、养护和管理，负责道路运输和水路"
         "运输市场监管等工作。")
    para("二、部门预算执行情况", 12, "l", True, False)
    (ib, ab, eb), (ip, ap, ep) = M["parts"]["基本支出"], M["parts"]["项目支出"]
    para(f"2024年部门年初预算{mc(M['ia'])}万元，全年预算（调整后）{mc(M['aa'])}万元，全年执行{mc(M['ea_shown'])}万元，预算执行率"
         f"{q(M['rate'])}。其中基本支出执行{mc(eb)}万元，项目支出执行{mc(ep)}万元，详见表1。")
    para("表1　2024年度部门预算执行情况（单位：万元）", 10.5, "c", True, False)
    from reports36_common import grid as dgrid
    t = dgrid(doc, 4, (40, 32, 32, 32, 26))
    rows = [("项目", "年初预算数", "全年预算数", "全年执行数", "预算执行率"),
            ("合计", mc(M["ia"]), mc(M["aa"]), mc(M["ea_shown"]), q(M["rate"])),
            ("基本支出", mc(ib), mc(ab), mc(eb), q(M["rb"])),
            ("项目支出", mc(ip), mc(ap), mc(ep), q(M["rp"]))]
    for i, rw in enumerate(rows):
        for j, v in enumerate(rw):
            cell_put(t.cell(i, j), v, 10, bold=(i == 0), align="c" if i == 0 or j == 0 else "r")
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    para("三、绩效目标完成情况", 12, "l", True, False)
    para("（一）投入和过程。部门预算执行率96.77%，结转结余率6.3%，“三公”经费控制在预算以内；资金使用合规，财务管理制度健全；"
         "部分公路附属设施未及时登记入账，资产管理有待规范。")
    para("（二）产出。全年完成农村公路提质改造126.4公里；全年计划改造危桥5座，完成4座，衙前镇长岭桥因汛期停工，主体工程尚未完工；"
         "完成县乡道路面大中修42.3公里，2段路面因汛期水毁，资金调整用于灾毁抢修；公路列养率100%，工程交工验收合格率100%，26个项目中"
         "25个按期完工。")
    para("（三）效益。全县建制村通客车率保持100%，公路交通事故起数同比下降7.8%；农村公路长效养护机制基本建立，部分乡镇养护资金"
         "配套不到位；服务对象满意度88.4%。")
    para("四、自评结论", 12, "l", True, False)
    para(f"按照部门整体支出绩效评价指标体系逐项自评，我局2024年度部门整体支出绩效自评得分{fmt(M['total'])}分，自评等级为“优”。"
         "自评表见附件。")
    para("五、存在问题及改进措施", 12, "l", True, False)
    para("（一）个别工程进度滞后。衙前镇长岭桥危桥改造受汛期影响未能按期完工，下一步将倒排工期，确保2025年6月底前完工。（二）农村"
         "公路养护资金配套不足。将积极争取上级资金，督促乡镇落实配套。（三）资产管理不够规范。将开展资产清查，及时办理入账。")
    para("遂川县交通运输局", 12, "r", False, False)
    para("2025年4月18日", 12, "r", False, False)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin = sec.bottom_margin = Mm(15)
    para("附件", 12, "l", True, False, 6)
    blob, wpx, hpx = emf372(M)
    part = Part(PackURI("/word/media/image1.emf"), "image/x-emf", blob, doc.part.package)
    rid = doc.part.relate_to(part, RT.IMAGE)
    cx, cy = Emu(wpx * 9525), Emu(hpx * 9525)
    inline = CT_Inline.new_pic_inline(1, rid, "image1.emf", cx, cy)
    inline.docPr.name = "图片 1"
    p_ = doc.add_paragraph()
    p_.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p_.add_run()._r.add_drawing(inline)
    doc.save(path)
    H.A.normalize_zip(path)


ALL.append(h372())


# ============================================================ h373 西吉县林业和草原局 (ODS as LibreOffice saves it: REPEATED cells)

def h373():
    dept, unit = "西吉县林业和草原局", "西吉县林业技术推广服务中心"
    project = "2024年西吉县退化林修复项目"
    src = [("其中：中央财政林业改革发展资金", 1200.00, 1200.00, 1163.52), ("　　　自治区财政资金", 300.00, 380.00, 352.18),
           ("　　　县级配套资金", 100.00, 100.00, 84.60)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    assert (ia, aa, ea, rate) == (1600.00, 1680.00, 1600.30, 95.26), (ia, aa, ea, rate)
    assert [pct(x[3], x[2]) for x in src] == [96.96, 92.68, 84.6]
    fs = r2(rate / 10)
    no_half(rate / 10, "fund")
    assert fs == 9.53
    survival = 8.5  # PLANT ROW_SCORE_OVER_WEIGHT: 造林成活率 scored 8.5 of 8 (“超额完成目标，加0.5分”; the 说明 has no bonus)
    crowd = 4  # PLANT TARGET_MET_POINTS_LOST: 周边群众满意度 93.6% meets ≥90%, scored 4 of 5 with no reason
    # PLANT MALFORMED_RULE: the 说明's 林木保存率 rule leaves 75%–80% without a band
    keep_rule = "林木保存率≥80%得满分，70%（含）—75%得4分，70%以下不得分"
    ind = [("产出指标", "数量指标", "退化林修复面积", "≥3.5万亩", "3.62万亩", 8, 8, ""),
           ("产出指标", "数量指标", "新造林面积", "≥1.2万亩", "1.2万亩", 6, 6, ""),
           ("产出指标", "数量指标", "补植补造苗木", "≥150万株", "158万株", 6, 6, ""),
           ("产出指标", "质量指标", "造林成活率", "≥85%", "88.6%", 8, survival, "超额完成目标，加0.5分"),
           ("产出指标", "质量指标", "苗木质量合格率", "100%", "100%", 6, 6, ""),
           ("产出指标", "时效指标", "项目完工及时率", "100%", "100%", 5, 5, ""),
           ("产出指标", "成本指标", "亩均修复成本", "≤350元/亩", "338元/亩", 6, 6, ""),
           ("效益指标", "生态效益指标", "森林覆盖率提高", "≥0.3个百分点", "0.34个百分点", 7, 7, ""),
           ("效益指标", "生态效益指标", "林木保存率", "≥80%", "83.2%", 6, 6, ""),
           ("效益指标", "社会效益指标", "带动农民务工", "≥600人", "652人", 6, 6, ""),
           ("效益指标", "经济效益指标", "带动务工增收", "≥500万元", "468万元", 5, P(468, 500, 5), "部分工程采用机械化作业，用工减少"),
           ("效益指标", "可持续影响指标", "造林地管护机制", "健全", "健全", 6, 6, ""),
           ("效益指标", "可持续影响指标", "护林员巡护覆盖率", "100%", "100%", 5, 5, ""),
           ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "93.6%", 5, crowd, ""),
           ("满意度指标", "服务对象满意度指标", "护林员满意度", "≥85%", "81.2%", 5, P(81.2, 85, 5), "巡护补助标准偏低")]
    assert len(ind) == 15 and s2(ind, 5) == 90, s2(ind, 5)
    assert [x[6] for x in ind if x[7] and x[6] < x[5]] == [4.68, 4.78]
    no_half(81.2 / 85 * 5, "ranger")
    rows_sum = s2(ind, 6)
    total = r2(fs + rows_sum)
    assert total == 98.49 and grade(total) == grade(r2(total - 0.5 + 1)) == "优", total
    fund = (None, None, "年度资金总额", None, q(rate), 10, fs, "")
    g = gold(None, dept, 2024, "COUNTY", "宁夏回族自治区", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate), [], grows([fund] + ind))
    g = with_project(g, project, unit)
    plan = ("完成退化林修复3.5万亩、新造林1.2万亩，补植补造苗木150万株；造林成活率85%以上，林木保存率80%以上；带动农民务工600人"
            "以上，务工增收500万元以上。")
    done = ("完成退化林修复3.62万亩、新造林1.2万亩，补植补造苗木158万株；造林成活率88.6%，林木保存率83.2%；带动农民务工652人，"
            "务工增收468万元；周边群众满意度93.6%。")
    note = ("说明：1.年度资金总额得分＝执行率×分值；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”计分，"
            f"反向指标（“≤”）不超过指标值的得满分；3.定性指标根据完成情况酌情扣分；4.{keep_rule}；5.等级划分：" + BANDS)
    meta = dict(dept=dept, unit=unit, project=project, src=src, ia=ia, aa=aa, ea=ea, rate=rate, fs=fs, ind=ind,
                total=total, plan=plan, done=done, note=note)
    fnd = [F("ROW_SCORE_OVER_WEIGHT", "造林成活率", "产出指标 | 质量指标 | 造林成活率 | ≥85% | 88.6% | 8 | 8.5 | 超额完成目标，加0.5分",
             "8.5", "≤ 8", "HIGH", "ERROR",
             "the row's 得分 8.5 exceeds its 分值 8: the 说明 has no bonus for beating a target (a met target scores the full "
             "mark); the 总分 98.49 adds the 8.5 (97.99 with 8; 优 either way)"),
           F("TARGET_MET_POINTS_LOST", "周边群众满意度", "满意度指标 | 服务对象满意度指标 | 周边群众满意度 | ≥90% | 93.6% | 5 | 4",
             "4", "5", "HIGH", "WARNING",
             "93.6% meets the ≥90% target (the 实际完成情况 says the same), yet the row scores 4 of 5 with no 偏差原因; by the "
             "printed rule a met target scores the full 5"),
           F("MALFORMED_RULE", "林木保存率", f"说明：4.{keep_rule}", "75%–80%: no band", "bands without a gap",
             "HIGH", "WARNING",
             "the rule pays the full mark from 80%, 4分 for 70%（含）—75% and 0 below 70%: an actual between 75% and 80% has no "
             "score (the second band was presumably meant as 70%（含）—80%); the row's 83.2% is in the top band and its full 6 "
             "stands")]
    return {"stem": "h373_xiji_linye", "format": "ods", "write": write373, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["the file is an ODS as LibreOffice Calc saves it (content.xml run-length encoded): IDENTICAL ADJACENT "
                      "CELLS are stored ONCE with table:number-columns-repeated — every full-mark row's 分值 and 得分 (“6”, "
                      "“6” → one cell repeated twice), a target equal to its actual (“100%” | “100%”, “健全” | “健全”), the "
                      "年初 and 全年 of the 中央 and 县级 lines (1,200.00, 100.00) — and runs of covered cells under a merge "
                      "(the 一级 and 二级 cells covered together: one covered-table-cell repeated twice); a reader that takes "
                      "one element as one cell shifts every later column of those rows (a full-mark row then shows its 得分 "
                      "under 偏差原因); the two blank rows above the 说明 are one element with table:number-rows-repeated 2, and the "
                      "sheet ends with one empty row repeated 1,048,543 times holding 1,024 empty cells (not content, not to "
                      "be expanded)",
                      f"funds: the three sources add up in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {q(rate)}, 中央 96.96%, "
                      "自治区 92.68%, 县级 84.60% right; all under budget; 年初 < 全年 (自治区 追加); 年度资金总额 "
                      f"{q(rate)} × 10 = 9.526 → 9.53",
                      "带动务工增收 5 × 468 ÷ 500 = 4.68 and 护林员满意度 5 × 81.2 ÷ 85 = 4.776 → 4.78 (proportion rule, with "
                      "reasons); 新造林面积 1.2 vs ≥1.2万亩 (met exactly); 亩均修复成本 338 vs ≤350元/亩 (a ceiling, met; not a "
                      "budget figure); 林木保存率 83.2% in its rule's top band (full 6, whatever the gap below)",
                      "总分 98.49 = 9.53 + the 15 rows as printed (8.5 included; no TOTAL_VS_ROWS); the 分值 90 + 10 = 100; 优 "
                      "on any reading"]}


def ods_c(text="", vtype=None, value=None, style="Default", span=1, rspan=1):
    return {"kind": "cell", "text": text, "vtype": vtype, "value": value, "style": style, "span": span, "rspan": rspan}


def ods_cov(style="Default"):
    return {"kind": "cov", "style": style}


def ods_xml(c, n):
    rep = f' table:number-columns-repeated="{n}"' if n > 1 else ""
    st = f' table:style-name="{c["style"]}"' if c["style"] != "Default" else ""
    if c["kind"] == "cov":
        return f"<table:covered-table-cell{rep}{st}/>"
    a = st + rep
    if c["span"] > 1 or c["rspan"] > 1:
        a += f' table:number-columns-spanned="{c["span"]}" table:number-rows-spanned="{c["rspan"]}"'
    if c["vtype"] == "float":
        a += f' office:value-type="float" office:value="{fmt(c["value"])}" calcext:value-type="float"'
    elif c["vtype"] == "percentage":
        a += f' office:value-type="percentage" office:value="{c["value"]}" calcext:value-type="percentage"'
    elif c["text"] != "":
        a += ' office:value-type="string" calcext:value-type="string"'
    if c["text"] == "":
        return f"<table:table-cell{a}/>"
    return f"<table:table-cell{a}>" + "".join(f"<text:p>{esc(ln)}</text:p>" for ln in c["text"].split("\n")) + \
        "</table:table-cell>"


def ods_row(cells, style):
    """a row as LibreOffice writes it: equal neighbours (same kind, style, type, value, text and no span) folded into one
    element with table:number-columns-repeated"""
    out, k = [], 0
    while k < len(cells):
        c = cells[k]
        n = 1
        while (k + n < len(cells) and cells[k + n] == c and c.get("span", 1) == 1 and c.get("rspan", 1) == 1):
            n += 1
        out.append(ods_xml(c, n))
        k += n
    return f'<table:table-row table:style-name="{style}">' + "".join(out) + "</table:table-row>"


def write373(rep, path):
    M = rep["meta"]
    NC = 9
    rows = []  # (row style, cells)

    def full(text, style, rs="ro1"):
        rows.append((rs, [ods_c(text, style=style, span=NC)] + [ods_cov(style)] * (NC - 1)))

    full("项目支出绩效自评表", "ce1", "ro2")
    full("（2024年度）", "ce2")
    rows.append(("ro1", [ods_c(f"填报单位（盖章）：{M['unit']}", style="ce3", span=6)] + [ods_cov("ce3")] * 5 +
                 [ods_c("金额单位：万元", style="ce4", span=3)] + [ods_cov("ce4")] * 2))
    rows.append(("ro1", [ods_c("项目名称", style="ce6", span=2), ods_cov("ce6"), ods_c(M["project"], style="ce7", span=7)] +
                 [ods_cov("ce7")] * 6))
    rows.append(("ro1", [ods_c("主管部门", style="ce6", span=2), ods_cov("ce6"), ods_c(M["dept"], style="ce7", span=2),
                         ods_cov("ce7"), ods_c("实施单位", style="ce6"), ods_c(M["unit"], style="ce7", span=4)] +
                 [ods_cov("ce7")] * 3))
    rows.append(("ro1", [ods_c("项目资金（万元）", style="ce6", span=3), ods_cov("ce6"), ods_cov("ce6")] +
                 [ods_c(h, style="ce6") for h in ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")]))
    lines = [("年度资金总额", M["ia"], M["aa"], M["ea"])] + list(M["src"])
    for i, (lab, a, b, e) in enumerate(lines):
        cells = [ods_c(lab, style="ce7", span=3), ods_cov("ce7"), ods_cov("ce7")]
        cells += [ods_c(mc(v), "float", v, "ce8") for v in (a, b, e)]
        r_ = M["rate"] if i == 0 else pct(e, b)
        if i == 0:
            cells += [ods_c("10", "float", 10, "ce9"), ods_c(q(r_), "percentage", round(r_ / 100, 6), "ce10"),
                      ods_c(fmt(M["fs"]), "float", M["fs"], "ce9")]
        else:
            cells += [ods_c("—", style="ce9"), ods_c(q(r_), "percentage", round(r_ / 100, 6), "ce10"), ods_c("—", style="ce9")]
        rows.append(("ro1", cells))
    rows.append(("ro3", [ods_c("年度总体目标", style="ce6", rspan=2), ods_c("预期目标", style="ce6"),
                         ods_c(M["plan"], style="ce7", span=7)] + [ods_cov("ce7")] * 6))
    rows.append(("ro3", [ods_cov("ce6"), ods_c("实际完成情况", style="ce6"), ods_c(M["done"], style="ce7", span=7)] +
                 [ods_cov("ce7")] * 6))
    rows.append(("ro1", [ods_c(h, style="ce6") for h in ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                                                          "得分")] + [ods_c("偏差原因分析及改进措施", style="ce6", span=2),
                                                                      ods_cov("ce6")]))
    ind = M["ind"]
    g1 = {a: b - a + 1 for a, b in spans(ind, 0)}
    g2 = {a: b - a + 1 for a, b in spans(ind, 1)}
    for i, x in enumerate(ind):
        cells = [ods_c(x[0], style="ce5", rspan=g1[i]) if i in g1 else ods_cov("ce5"),
                 ods_c(x[1], style="ce5", rspan=g2[i]) if i in g2 else ods_cov("ce5"),
                 ods_c(x[2], style="ce7"), ods_c(x[3], style="ce5"), ods_c(x[4], style="ce5"),
                 ods_c(fmt(x[5]), "float", x[5], "ce9"), ods_c(fmt(x[6]), "float", x[6], "ce9"),
                 ods_c(x[7], style="ce11", span=2), ods_cov("ce11")]
        rows.append(("ro3" if x[7] else "ro1", cells))
    rows.append(("ro1", [ods_c("总分", style="ce6", span=5)] + [ods_cov("ce6")] * 4 +
                 [ods_c("100", "float", 100, "ce9"), ods_c(fmt(M["total"]), "float", M["total"], "ce9"),
                  ods_c("自评等级：优", style="ce6", span=2), ods_cov("ce6")]))
    rows.append(("ro1", [ods_c()] * NC))
    rows.append(("ro1", [ods_c()] * NC))
    full(M["note"], "ce12", "ro4")
    full("填报人：马玉兰　　联系电话：0954-3012587　　单位负责人：苏建国　　填报日期：2025年4月15日", "ce3")
    body, k = [], 0
    while k < len(rows):
        n = 1
        while k + n < len(rows) and rows[k + n] == rows[k] and all(c == ods_c() for c in rows[k][1]):
            n += 1
        xml = ods_row(rows[k][1], rows[k][0])
        if n > 1:
            xml = xml.replace('"><table:table-cell', f'" table:number-rows-repeated="{n}"><table:table-cell', 1)
        body.append(xml)
        k += n
    used = len(rows)
    assert 1048576 - used == 1048543, used
    body.append(f'<table:table-row table:style-name="ro1" table:number-rows-repeated="{1048576 - used}">'
                '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>')
    widths = ["2.3cm", "2.6cm", "4.2cm", "2.6cm", "2.6cm", "1.6cm", "1.6cm", "3.2cm", "3.2cm"]
    colstyles = "".join(f'<style:style style:name="co{k + 1}" style:family="table-column"><style:table-column-properties '
                        f'fo:break-before="auto" style:column-width="{w}"/></style:style>' for k, w in
                        enumerate(sorted(set(widths), key=widths.index)))
    wname = {w: f"co{k + 1}" for k, w in enumerate(sorted(set(widths), key=widths.index))}
    cols, k = [], 0
    while k < NC:
        n = 1
        while k + n < NC and widths[k + n] == widths[k]:
            n += 1
        rep_ = f' table:number-columns-repeated="{n}"' if n > 1 else ""
        cols.append(f'<table:table-column table:style-name="{wname[widths[k]]}"{rep_} '
                    'table:default-cell-style-name="Default"/>')
        k += n
    cols.append('<table:table-column table:style-name="co2" table:number-columns-repeated="1015" '
                'table:default-cell-style-name="Default"/>')
    rowstyles = "".join(f'<style:style style:name="{n}" style:family="table-row"><style:table-row-properties '
                        f'style:row-height="{h}" fo:break-before="auto" style:use-optimal-row-height="{u}"/></style:style>'
                        for n, h, u in (("ro1", "0.6cm", "true"), ("ro2", "1.0cm", "false"), ("ro3", "1.2cm", "false"),
                                        ("ro4", "1.8cm", "false")))
    border = 'fo:border="0.06pt solid #000000"'

    def cst(name, align="center", bold=False, size="10pt", b=True, dstyle=None):
        ds = f' style:data-style-name="{dstyle}"' if dstyle else ""
        bo = ' fo:font-weight="bold" style:font-weight-asian="bold"' if bold else ""
        return (f'<style:style style:name="{name}" style:family="table-cell" style:parent-style-name="Default"{ds}>'
                f'<style:table-cell-properties style:vertical-align="middle" {border if b else ""} fo:wrap-option="wrap"/>'
                f'<style:paragraph-properties fo:text-align="{align}"/>'
                f'<style:text-properties fo:font-size="{size}" style:font-name-asian="宋体"{bo}/></style:style>')
    cellstyles = "".join([cst("ce1", bold=True, size="16pt", b=False), cst("ce2", b=False), cst("ce3", "start", b=False),
                          cst("ce4", "end", b=False), cst("ce5"), cst("ce6", bold=True), cst("ce7", "start"),
                          cst("ce8", "end", dstyle="N4"), cst("ce9", dstyle="N0"), cst("ce10", "end", dstyle="N10"),
                          cst("ce11", "start", size="9pt"), cst("ce12", "start", size="9pt", b=False)])
    datastyles = ('<number:number-style style:name="N0"><number:number number:min-integer-digits="1"/></number:number-style>'
                  '<number:number-style style:name="N4"><number:number number:decimal-places="2" '
                  'number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>'
                  '<number:percentage-style style:name="N10"><number:number number:decimal-places="2" '
                  'number:min-decimal-places="2" number:min-integer-digits="1"/><number:text>%</number:text>'
                  '</number:percentage-style>')
    NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"')
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS} office:version="1.3">'
               '<office:scripts/><office:font-face-decls><style:font-face style:name="宋体" svg:font-family="宋体" '
               'style:font-family-generic="system" style:font-pitch="variable"/></office:font-face-decls>'
               f'<office:automatic-styles>{colstyles}{rowstyles}'
               '<style:style style:name="ta1" style:family="table" style:master-page-name="Default">'
               '<style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>'
               f'{datastyles}{cellstyles}</office:automatic-styles>'
               '<office:body><office:spreadsheet><table:calculation-settings table:automatic-find-labels="false" '
               'table:use-regular-expressions="false" table:use-wildcards="true"/>'
               '<table:table table:name="项目支出绩效自评表" table:style-name="ta1"><office:forms form:automatic-focus="false" '
               'form:apply-design-mode="false" xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0"/>'
               + "".join(cols) + "".join(body) +
               "</table:table><table:named-expressions/></office:spreadsheet></office:body></office:document-content>")
    styles = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {NS} office:version="1.3">'
              '<office:font-face-decls><style:font-face style:name="宋体" svg:font-family="宋体" '
              'style:font-family-generic="system" style:font-pitch="variable"/></office:font-face-decls>'
              '<office:styles><style:default-style style:family="table-cell"><style:paragraph-properties '
              'style:tab-stop-distance="1.25cm"/><style:text-properties style:font-name-asian="宋体"/></style:default-style>'
              '<style:style style:name="Default" style:family="table-cell"/></office:styles><office:automatic-styles>'
              '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="29.7cm" '
              'fo:page-height="21.001cm" style:print-orientation="landscape" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" '
              'fo:margin-left="1.5cm" fo:margin-right="1.5cm" style:scale-to-X="1" style:scale-to-Y="0"/>'
              '</style:page-layout></office:automatic-styles><office:master-styles><style:master-page style:name="Default" '
              'style:page-layout-name="pm1"/></office:master-styles></office:document-styles>')
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {NS} office:version="1.3"><office:meta>'
            '<meta:creation-date>2025-04-14T09:26:41</meta:creation-date><dc:date>2025-04-15T17:08:12</dc:date>'
            '<meta:editing-cycles>4</meta:editing-cycles><meta:editing-duration>PT1H12M</meta:editing-duration>'
            '<meta:generator>LibreOffice/7.5.9.2$Linux_X86_64 LibreOffice_project/50$Build-2</meta:generator>'
            '<meta:document-statistic meta:table-count="1" meta:cell-count="180" meta:object-count="0"/>'
            "</office:meta></office:document-meta>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    date = H.A.FIXED.timetuple()[:6]
    with zipfile.ZipFile(path, "w") as z:
        zi = zipfile.ZipInfo("mimetype", date_time=date)
        zi.compress_type = zipfile.ZIP_STORED
        z.writestr(zi, "application/vnd.oasis.opendocument.spreadsheet")
        for name, data in (("content.xml", content), ("styles.xml", styles), ("meta.xml", meta),
                           ("META-INF/manifest.xml", manifest)):
            zi = zipfile.ZipInfo(name, date_time=date)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))


ALL.append(h373())

def main(argv):
    round_main(argv, ALL, "63")


if __name__ == "__main__":
    main(sys.argv[1:])
