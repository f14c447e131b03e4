#!/usr/bin/python3
"""Round 40 (h254–h258): layouts not used before, each with PLANTED audit problems, made apart from the code by the
corpus40 session. Specs, rendering, gold and findings in this one file; every planted figure carries `# PLANT <KIND>`
with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report whose own
recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports40.py [h254 …]
(needs python-docx, openpyxl, Pillow and reportlab: h254 an OFD (GB/T 33190-2016 fixed-layout document, written by hand
as a ZIP of XML: OFD.xml → Doc_0/Document.xml → Pages/Page_N/Content.xml, text as ofd:TextObject/ofd:TextCode with
DeltaX, ruling lines as ofd:PathObject, millimetres) 部门整体 form over two pages; h255 an MHT “单个文件网页” (Word's
Save As → Single File Web Page: MIME multipart/related, the HTML part in gb2312 quoted-printable with MsoNormal markup,
a PNG part in base64 and filelist.xml) 项目 form; h256 a DOCX 项目 self-evaluation report whose indicator table is an
EMBEDDED EXCEL WORKSHEET OBJECT (w:object / o:OLEObject ProgID Excel.Sheet.12 → word/embeddings/*.xlsx, a PNG preview
picture); h257 a PDF third-party 部门整体 evaluation report set in TWO TEXT COLUMNS that the prose flows through (left
column, then right column, page after page), scores stated in the prose, a table spanning both columns at the end;
h258 an XLSX 部门整体 form whose indicator table CONTINUES over two sheets “指标表（一）” / “指标表（二）”, the header
repeated on the second.)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, note).
"""
import base64
import html as HT
import os
import struct
import sys
import unicodedata
import zipfile
import zlib

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


def m2(x):
    return f"{x:,.2f}"


def ew(s):
    """display width in em: CJK and full-width 1, others 0.5"""
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WFA" and ord(ch) > 0x2000 else 0.5 for ch in s)


def wrap_em(text, max_em):
    """Chinese line breaking by display width (digits/Latin runs kept whole, closing punctuation never first)."""
    import re
    if not text:
        return [""]
    out, cur = [], ""
    for tok in re.findall(r"[0-9A-Za-z.,%\-≥≤‰]+|.", text):
        if ew(cur + tok) > max_em and cur and tok not in "，。；、）”：%":
            out.append(cur)
            cur = tok
        else:
            cur += tok
    if cur:
        out.append(cur)
    return out


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


# ============================================================ h254 四平市水利局 (OFD, GB/T 33190-2016, 部门整体 form over 2 pages)

def h254():
    dept = "四平市水利局"
    ib_b, ib_p = 1260.00, 3840.00
    ab_b, ab_p = 1318.46, 4627.30
    eb_b, eb_p = 1309.12, 4386.41
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (5100.00, 5945.76, 5695.53, 95.79), (ib, ab, eb, rate)
    rate_p = 95.09  # PLANT EXECUTION_RATE: the budget table's 合计 line prints 95.09%; 5,695.53 ÷ 5,945.76 = 95.79%
    bs = r2(rate / 10)  # 9.58: the 预算执行率 row prints the right 95.79% and scores on it
    assert bs == 9.58
    # PLANT ROW_SCORE_OVER_WEIGHT: 资产管理规范性 分值 4, 得分 4.5 (its own reason deducts 0.5: 4 − 0.5 = 3.5)
    asset = ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 4, 4.5, "部分水利工程资产未及时入账，扣0.5分")
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 4, 4, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "基本明确", 4, 3.5, "个别效益指标未量化，扣0.5分"),
           ("决策", "预算配置", "预算编制科学性", "科学", "基本科学", 4, 3, "年中追加防汛抢险经费较多，扣1分"),
           ("决策", "预算配置", "重点支出保障率", "≥90%", "100%", 3, 3, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "部分工程款按合同约定2024年支付"),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 5, 5, ""),
           ("过程", "财务管理", "政府采购执行率", "100%", "100%", 3, 3, ""),
           ("过程", "财务管理", "“三公”经费控制率", "≤100%", "82.4%", 3, 3, ""),
           asset,
           ("产出", "数量指标", "完成中小河流治理长度（公里）", "≥45", "46.8", 8, 8, ""),
           ("产出", "数量指标", "新建改造农村供水工程（处）", "≥32", "32", 6, 6, ""),
           ("产出", "数量指标", "水土流失综合治理面积（平方公里）", "≥60", "54", 6, P(54, 60, 6), "2个小流域治理项目跨年实施"),
           ("产出", "质量指标", "水利工程质量合格率", "100%", "100%", 6, 6, ""),
           ("产出", "质量指标", "防汛物资储备达标率", "100%", "100%", 6, 6, ""),
           ("产出", "时效指标", "工程按期完工率", "≥95%", "97.1%", 8, 8, ""),
           ("效益", "社会效益", "农村自来水普及率", "≥95%", "96.3%", 5, 5, ""),
           ("效益", "社会效益", "水旱灾害造成人员死亡（人）", "0", "0", 5, 5, ""),
           ("效益", "可持续影响", "水利工程长效管护机制", "健全", "基本健全", 5, 4, "村级管护员考核办法待完善，扣1分"),
           ("效益", "满意度", "群众满意度", "≥90%", "88.5%", 5, P(88.5, 90, 5), "按完成比例计分")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)
    assert total == 96.9 and grade(total) == "优", total
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert [x[2] for x in sec] == [13.5, 25.08, 39.4, 18.92], sec
    sec_p = [list(x) for x in sec]
    sec_p[3][2] = 18.29  # PLANT SECTION_VS_ROWS: the 效益 小计 prints 18.29; its four rows add to 18.92 (the 合计 adds the rows)
    g = gold(None, dept, 2023, "PREFECTURAL", "吉林省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ib, ab, eb, rate_p, ab_b, eb_b, ab_p, eb_p), [tuple(x) for x in sec_p], grows(ind))
    meta = dict(dept=dept, ind=ind, sec=sec_p, total=total,
                bud=[("合计", ib, ab, eb, rate_p), ("其中：基本支出", ib_b, ab_b, eb_b, pct(eb_b, ab_b)),
                     ("项目支出", ib_p, ab_p, eb_p, pct(eb_p, ab_p))],
                goal="全面落实河湖长制，完成中小河流治理45公里以上、新建改造农村供水工程32处、水土流失综合治理60平方公里，"
                     "确保防汛物资储备达标，不发生水旱灾害人员死亡事件。",
                done="完成中小河流治理46.8公里，新建改造农村供水工程32处，治理水土流失54平方公里（2个小流域项目跨年实施），"
                     "防汛物资储备全部达标，全年未发生水旱灾害人员死亡事件，农村自来水普及率达到96.3%。")
    fnd = [F("EXECUTION_RATE", "合计", f"合计 | 5,100.00 | 5,945.76 | 5,695.53 | {rate_p:.2f}%", f"{rate_p:.2f}%",
             f"{rate:.2f}%", "HIGH", "ERROR",
             "5,695.53 ÷ 5,945.76 = 95.79%, the budget table's 合计 line prints 95.09%; the 预算执行率 row of the indicator "
             "table prints the right 95.79% and scores 9.58 on it; 基本 99.29% and 项目 94.79% are right"),
           F("ROW_SCORE_OVER_WEIGHT", "资产管理规范性",
             "资产管理规范性 | 规范 | 基本规范 | 4 | 4.5 | 部分水利工程资产未及时入账，扣0.5分", "4.5", "≤ 4", "HIGH", "ERROR",
             "the row scores 4.5 on a 分值 of 4; its own reason deducts 0.5 (4 − 0.5 = 3.5); the 过程 小计 25.08 and the 合计 "
             "96.9 add the printed 4.5 (95.9 with 3.5)"),
           F("SECTION_VS_ROWS", "效益", "小计 | 20 | 18.29", "18.29", "18.92", "HIGH", "ERROR",
             "效益's four rows score 5 + 5 + 4 + 4.92 = 18.92, its 小计 prints 18.29 (digits swapped); the 合计 96.9 adds the "
             "rows, not the 小计s (13.5 + 25.08 + 39.4 + 18.29 = 96.27)")]
    return {"stem": "h254_siping_shuili", "format": "ofd", "write": write254, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["the file is an OFD (GB/T 33190-2016): a ZIP holding OFD.xml → Doc_0/Document.xml → Doc_0/Pages/Page_0 "
                      "and Page_1/Content.xml; every text line is an ofd:TextObject (Boundary in mm, ofd:TextCode X/Y with "
                      "DeltaX, some DeltaX in the “g n d” short form) and every ruling line an ofd:PathObject "
                      "(AbbreviatedData “M x y L x y”): there is no table object, rows are rebuilt from coordinates",
                      "the indicator table runs over two pages, its header row repeated on page 2; 一级 and 二级 cells are "
                      "merged (text once, vertically centred in the span; the 一级 span includes its 小计 row); long cell "
                      "texts wrap onto two or three TextObjects (水土流失综合治理面积（平方公里）, the 偏差原因 texts) and "
                      "join into one cell",
                      "小计 rows are sections, not indicators; the 合计 row's “自评等级：优” is the grade; the page footer "
                      "“第 n 页 共 2 页” and the 填表人 line are not content",
                      "基本 99.29% and 项目 94.79% right; parts add up in every column (年初 1,260.00 + 3,840.00 = 5,100.00); "
                      "both under budget; 年初 5,100.00 < 全年 5,945.76 (追加)",
                      "预算执行率 row: 95.79% × 10 = 9.58 (right, the printed 说明 rule)",
                      "新建改造农村供水工程 32 vs ≥32 (met exactly); “三公”经费控制率 82.4% vs ≤100% (a ceiling, met); "
                      "水旱灾害造成人员死亡 0 vs 0; 水土流失综合治理面积 6 × 54 ÷ 60 = 5.4 and 群众满意度 5 × 88.5 ÷ 90 = "
                      "4.92 (printed proportion rule)",
                      "绩效指标明确性 −0.5, 预算编制科学性 −1, 水利工程长效管护机制 −1 with reasons (judgement)",
                      "the 决策 (15/13.5), 过程 (25/25.08, adding the printed 4.5, the ROW_SCORE_OVER_WEIGHT finding) and 产出 (40/39.4) 小计 are right; "
                      "合计 96.9 = rows"]}


OFD_NS = "http://www.ofdspec.org/2016"
PT = 25.4 / 72  # mm per point


class OfdPage:
    """One OFD page's content in millimetres (y down from the top edge): text lines and ruling segments."""

    def __init__(self):
        self.texts, self.lines = [], []

    def text(self, x, y, s, size_pt=9.0, font="song", align="l"):
        """s on one line, baseline at y; x is the left edge (align l), the centre (c) or the right edge (r)."""
        if not s:
            return
        sz = size_pt * PT
        w = ew(s) * sz
        x0 = x if align == "l" else x - w / 2 if align == "c" else x - w
        self.texts.append((round(x0, 2), round(y, 2), s, round(sz, 3), font))

    def hline(self, x1, x2, y, lw=0.25):
        self.lines.append((round(x1, 2), round(y, 2), round(x2, 2), round(y, 2), lw))

    def vline(self, x, y1, y2, lw=0.25):
        self.lines.append((round(x, 2), round(y1, 2), round(x, 2), round(y2, 2), lw))


def ofd_grid(pg, x0, ytop, cols, heights, spec, size_pt=9.0, lh=4.3):
    """A ruled grid: spec = (row, col, rowspan, colspan, text, align 'c'|'l', bold). Cell texts wrapped to the cell
    width, one TextObject per line, vertically centred; the ruling as de-duplicated segments. Returns the bottom y."""
    xs = [x0]
    for w in cols:
        xs.append(xs[-1] + w)
    ys = [ytop]
    for h in heights:
        ys.append(ys[-1] + h)
    segs = set()
    sz = size_pt * PT
    for r, k, rs, cs, s, al, b in spec:
        xa, xb, ya, yb = xs[k], xs[k + cs], ys[r], ys[r + rs]
        segs |= {("h", ya, xa, xb), ("h", yb, xa, xb), ("v", xa, ya, yb), ("v", xb, ya, yb)}
        lines = wrap_em(s, (xb - xa - 2.0) / sz) if s else []
        top = (ya + yb) / 2 - len(lines) * lh / 2
        for n, ln in enumerate(lines):
            base = top + n * lh + lh * 0.5 + sz * 0.36
            if al == "l":
                pg.text(xa + 1.0, base, ln, size_pt, "hei" if b else "song")
            elif al == "r":
                pg.text(xb - 1.0, base, ln, size_pt, "hei" if b else "song", "r")
            else:
                pg.text((xa + xb) / 2, base, ln, size_pt, "hei" if b else "song", "c")
    # merge collinear touching segments so each ruling line is drawn once
    hs, vs = {}, {}
    for kind, c, a, b in segs:
        (hs if kind == "h" else vs).setdefault(round(c, 2), []).append((round(a, 2), round(b, 2)))
    for c, parts in sorted(hs.items()):
        for a, b in _merge(parts):
            pg.hline(a, b, c)
    for c, parts in sorted(vs.items()):
        for a, b in _merge(parts):
            pg.vline(c, a, b)
    return ys[-1]


def _merge(parts):
    parts = sorted(set(parts))
    out = []
    for a, b in parts:
        if out and a <= out[-1][1] + 1e-6:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def delta_x(s, sz):
    """DeltaX of a TextCode: the advance after each glyph but the last, runs of 3 or more equal advances written in
    the standard's short form “g n d”."""
    adv = [round((1.0 if ew(ch) == 1.0 else 0.5) * sz, 3) for ch in s[:-1]]
    out, i = [], 0
    while i < len(adv):
        j = i
        while j + 1 < len(adv) and adv[j + 1] == adv[i]:
            j += 1
        n = j - i + 1
        v = f"{adv[i]:g}"
        out.append(f"g {n} {v}" if n >= 3 else " ".join([v] * n))
        i = j + 1
    return " ".join(out)


def ofd_page_xml(pg, ids):
    """Content.xml of one page; ids is a one-element list holding the next object ID (IDs unique in the document)."""
    from xml.sax.saxutils import escape
    font_id = {"song": 2, "hei": 3}
    out = ['<?xml version="1.0" encoding="UTF-8"?>', f'<ofd:Page xmlns:ofd="{OFD_NS}">', "  <ofd:Content>"]
    out.append(f'    <ofd:Layer ID="{ids[0]}" Type="Body">')
    ids[0] += 1
    for x1, y1, x2, y2, lw in pg.lines:
        bx, by = min(x1, x2), min(y1, y2)
        bw, bh = abs(x2 - x1), abs(y2 - y1)
        out.append(f'      <ofd:PathObject ID="{ids[0]}" Boundary="{bx:g} {by:g} {max(bw, lw):g} {max(bh, lw):g}" '
                   f'LineWidth="{lw:g}">')
        out.append('        <ofd:StrokeColor Value="0 0 0"/>')
        out.append(f"        <ofd:AbbreviatedData>M {x1 - bx:g} {y1 - by:g} L {x2 - bx:g} {y2 - by:g}</ofd:AbbreviatedData>")
        out.append("      </ofd:PathObject>")
        ids[0] += 1
    for x, y, s, sz, font in pg.texts:
        w = ew(s) * sz
        asc = round(sz * 0.88, 3)
        out.append(f'      <ofd:TextObject ID="{ids[0]}" Boundary="{x:g} {round(y - asc, 3):g} {round(w, 3):g} '
                   f'{round(sz * 1.2, 3):g}" Font="{font_id[font]}" Size="{sz:g}">')
        out.append('        <ofd:FillColor Value="0 0 0"/>')
        dx = delta_x(s, sz)
        dxa = f' DeltaX="{dx}"' if dx else ""
        out.append(f'        <ofd:TextCode X="0" Y="{asc:g}"{dxa}>{escape(s)}</ofd:TextCode>')
        out.append("      </ofd:TextObject>")
        ids[0] += 1
    out += ["    </ofd:Layer>", "  </ofd:Content>", "</ofd:Page>"]
    return "\n".join(out) + "\n"


def write_ofd(pages, path, title, author, date):
    """An OFD package: OFD.xml (DocInfo, DocRoot) → Doc_0/Document.xml (CommonData: MaxUnitID, PageArea A4 in mm,
    PublicRes; Pages) → Doc_0/PublicRes.xml (fonts) and Doc_0/Pages/Page_N/Content.xml. Entries stored with fixed
    dates (byte-identical on a rerun)."""
    from xml.sax.saxutils import escape
    ids = [4]
    contents = [ofd_page_xml(pg, ids) for pg in pages]
    page_ids = list(range(ids[0], ids[0] + len(pages)))
    max_id = page_ids[-1]
    ofd = (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:OFD xmlns:ofd="{OFD_NS}" Version="1.0" DocType="OFD">\n'
           "  <ofd:DocBody>\n    <ofd:DocInfo>\n      <ofd:DocID>5c1f0e9a7d3b4e21a8f6c2d94b0e7a13</ofd:DocID>\n"
           f"      <ofd:Title>{escape(title)}</ofd:Title>\n      <ofd:Author>{escape(author)}</ofd:Author>\n"
           f"      <ofd:CreationDate>{date}</ofd:CreationDate>\n      <ofd:ModDate>{date}</ofd:ModDate>\n"
           "      <ofd:Creator>政务公开OFD转换服务</ofd:Creator>\n      <ofd:CreatorVersion>2.1</ofd:CreatorVersion>\n"
           "    </ofd:DocInfo>\n    <ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>\n  </ofd:DocBody>\n</ofd:OFD>\n")
    doc = (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Document xmlns:ofd="{OFD_NS}">\n  <ofd:CommonData>\n'
           f"    <ofd:MaxUnitID>{max_id}</ofd:MaxUnitID>\n    <ofd:PageArea>\n"
           "      <ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>\n      <ofd:ApplicationBox>0 0 210 297</ofd:ApplicationBox>\n"
           "    </ofd:PageArea>\n    <ofd:PublicRes>PublicRes.xml</ofd:PublicRes>\n  </ofd:CommonData>\n  <ofd:Pages>\n"
           + "".join(f'    <ofd:Page ID="{pid}" BaseLoc="Pages/Page_{k}/Content.xml"/>\n' for k, pid in enumerate(page_ids))
           + "  </ofd:Pages>\n</ofd:Document>\n")
    res = (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res xmlns:ofd="{OFD_NS}" BaseLoc="Res">\n  <ofd:Fonts>\n'
           '    <ofd:Font ID="2" FontName="宋体" FamilyName="宋体"/>\n'
           '    <ofd:Font ID="3" FontName="黑体" FamilyName="黑体"/>\n  </ofd:Fonts>\n</ofd:Res>\n')
    entries = [("OFD.xml", ofd), ("Doc_0/Document.xml", doc), ("Doc_0/PublicRes.xml", res)]
    entries += [(f"Doc_0/Pages/Page_{k}/Content.xml", c) for k, c in enumerate(contents)]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=H.A.FIXED.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))


def write254(rep, path):
    M = rep["meta"]
    L, R = 20.0, 190.0
    p1, p2 = OfdPage(), OfdPage()
    p1.text(105, 24, f"{M['dept']}2023年度部门整体支出绩效自评表", 16, "hei", "c")
    p1.text(L, 35, f"填报单位（盖章）：{M['dept']}", 10.5)
    p1.text(R, 35, "金额单位：万元", 10.5, align="r")
    p1.text(L, 45, "一、预算执行情况", 12, "hei")
    spec = [(0, k, 1, 1, h, "c", True) for k, h in enumerate(["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"])]
    for r, (lab, a, b, e, q) in enumerate(M["bud"], 1):
        spec += [(r, 0, 1, 1, lab, "l", False), (r, 1, 1, 1, m2(a), "r", False), (r, 2, 1, 1, m2(b), "r", False),
                 (r, 3, 1, 1, m2(e), "r", False), (r, 4, 1, 1, f"{q:.2f}%", "c", False)]
    y = ofd_grid(p1, L, 49, [46, 31, 31, 31, 31], [8] * 4, spec, 10)
    p1.text(L, y + 9, "二、年度总体目标完成情况", 12, "hei")
    spec = [(0, 0, 1, 1, "年度目标", "c", True), (0, 1, 1, 1, "实际完成情况", "c", True),
            (1, 0, 1, 1, M["goal"], "l", False), (1, 1, 1, 1, M["done"], "l", False)]
    y = ofd_grid(p1, L, y + 13, [85, 85], [8, 26], spec, 9.5, lh=4.6)
    p1.text(L, y + 9, "三、绩效指标完成情况", 12, "hei")
    cols = [14, 18, 36, 20, 20, 12, 12, 38]
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]
    sz = 9 * PT
    ind, sec = M["ind"], {n: (w, s) for n, w, s in M["sec"]}

    def rh(x):
        n = max(len(wrap_em(t, (w - 2.0) / sz)) for t, w in ((x[2], cols[2]), (x[3], cols[3]), (x[4], cols[4]),
                                                             (x[7], cols[7])))
        return max(7.0, n * 4.3 + 2.6)

    groups = spans(ind, 0)

    def part(pg, ytop, gs):
        """the header row and the groups gs (each followed by its 小计 row) as one ruled grid"""
        spec_ = [(0, k, 1, 1, h, "c", True) for k, h in enumerate(head)]
        heights = [9.0]
        r = 1
        for a, b in gs:
            r0 = r
            sub = ind[a:b + 1]
            for i, x in enumerate(sub):
                heights.append(rh(x))
                spec_ += [(r, 2, 1, 1, x[2], "l", False), (r, 3, 1, 1, x[3], "c", False), (r, 4, 1, 1, x[4], "c", False),
                          (r, 5, 1, 1, fmt(x[5]), "c", False), (r, 6, 1, 1, fmt(x[6]), "c", False),
                          (r, 7, 1, 1, x[7], "l", False)]
                r += 1
            for c, d in spans(sub, 1):
                spec_.append((r0 + c, 1, d - c + 1, 1, sub[c][1], "c", False))
            heights.append(7.0)
            w, s = sec[sub[0][0]]
            spec_ += [(r, 1, 1, 4, "小计", "c", True), (r, 5, 1, 1, fmt(w), "c", True), (r, 6, 1, 1, fmt(s), "c", True),
                      (r, 7, 1, 1, "", "c", False)]
            spec_.append((r0, 0, r - r0 + 1, 1, sub[0][0], "c", False))
            r += 1
        return spec_, heights, r

    spec, heights, _ = part(p1, 0, groups[:2])
    y1 = ofd_grid(p1, L, y + 13, cols, heights, spec, 9)
    assert y1 < 282, y1
    p1.text(105, 289, "第 1 页 共 2 页", 9, align="c")
    spec, heights, r = part(p2, 0, groups[2:])
    spec += [(r, 0, 1, 5, "合计", "c", True), (r, 5, 1, 1, "100", "c", True), (r, 6, 1, 1, fmt(M["total"]), "c", True),
             (r, 7, 1, 1, "自评等级：优", "c", True)]
    heights.append(8.0)
    y2 = ofd_grid(p2, L, 20, cols, heights, spec, 9)
    notes = ["说明：1.预算执行率得分＝执行率×10；2.定量指标未达到年度指标值的，按“实际完成值÷年度指标值×分值”计分；",
             "3.定性指标根据完成情况酌情扣分并说明理由；4.自评等级：" + BANDS]
    yy = y2 + 6
    for t in notes:
        for ln in wrap_em(t, (R - L) / (9 * PT)):
            p2.text(L, yy, ln, 9)
            yy += 4.8
    p2.text(L, yy + 5, "填表人：孙××　　审核人：赵××　　联系电话：0434-32×××××　　填报日期：2024年4月18日", 10)
    p2.text(105, 289, "第 2 页 共 2 页", 9, align="c")
    write_ofd([p1, p2], path, f"{M['dept']}2023年度部门整体支出绩效自评表", M["dept"], "2024-04-18")


ALL.append(h254())



# ============================================================ h255 三亚市农业农村局 (MHT “单个文件网页”, 项目 form, gb2312 quoted-printable)

def h255():
    dept = "三亚市农业农村局"
    unit = "三亚市农业技术推广服务中心"
    proj = "2023年三亚市常年蔬菜基地建设项目"
    srcs = [("其中：省级财政资金", 500.00, 500.00, 486.30), ("市级财政资金", 360.00, 420.00, 380.20)]
    ib, ab, eb = (r2(sum(x[k] for x in srcs)) for k in (1, 2, 3))
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (860.00, 920.00, 866.50, 94.18), (ib, ab, eb, rate)
    fs_true = r2(rate / 10)  # 9.42
    fs = 10  # PLANT BUDGET_ROW_SCORE: the fund line scores 10; the 说明's rule 执行率×分值 gives 94.18% × 10 = 9.42
    ind = [(None, None, "年度资金总额", None, f"{rate:.2f}%", 10, fs, ""),
           ("产出指标", "数量指标", "新建常年蔬菜基地面积（亩）", "≥3000", "3120", 10, 10, ""),
           ("产出指标", "数量指标", "建设标准化钢架大棚（亩）", "≥800", "800", 8, 8, ""),
           ("产出指标", "数量指标", "配套建设水肥一体化设施（套）", "≥40", "36", 6, P(36, 40, 6), "4套设施因用电报装滞后顺延至2024年"),
           # PLANT TARGET_MET_POINTS_LOST: 99.2% against ≥98%, met, yet 7 of 8 and no 偏差原因
           ("产出指标", "质量指标", "蔬菜农药残留抽检合格率", "≥98%", "99.2%", 8, 7, ""),
           ("产出指标", "时效指标", "项目建设完成时限", "2023年12月底前", "2023年11月28日", 8, 8, ""),
           ("产出指标", "成本指标", "钢架大棚亩均建设补助（万元/亩）", "≤1.2", "1.15", 8, 8, ""),
           ("效益指标", "经济效益指标", "基地蔬菜年产量（万吨）", "≥6", "6.4", 8, 8, ""),
           ("效益指标", "社会效益指标", "带动农户就业（人）", "≥600", "650", 8, 8, ""),
           ("效益指标", "社会效益指标", "“菜篮子”常年蔬菜自给率", "≥30%", "28.6%", 6, P(28.6, 30, 6), "夏秋季台风影响叶菜上市量"),
           ("效益指标", "可持续影响指标", "基地长效管护机制", "健全", "基本健全", 6, 5, "部分基地管护责任未落实到经营主体，扣1分"),
           ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "93.5%", 6, 6, ""),
           ("满意度指标", "服务对象满意度指标", "市民对“菜篮子”供应满意度", "≥85%", "90.1%", 6, 6, "")]
    # PLANT WEIGHTS_VS_FULL_MARK: the rows' 分值 add to 98 (年度资金总额 10 + indicators 88); the 总分 row prints 分值 100
    wsum = s2(ind, 5)
    assert wsum == 98, wsum
    total = s2(ind, 6)
    assert total == 95.12, total
    rows = grows(ind)
    rows[0]["level1"] = rows[0]["level2"] = None
    g = with_project(gold(None, dept, 2023, "PREFECTURAL", "海南省", "SELF_EVALUATION", None, total, 100, None,
                          budget(ib, ab, eb, rate), [], rows), proj, unit)
    goal = ("新建常年蔬菜基地3000亩以上，其中标准化钢架大棚800亩，配套水肥一体化设施40套，基地蔬菜年产量达到6万吨，"
            "提升“菜篮子”常年蔬菜自给率至30%以上，带动农户就业600人以上。")
    done = ("新建常年蔬菜基地3120亩，其中标准化钢架大棚800亩，配套水肥一体化设施36套（4套顺延至2024年），基地蔬菜年产量6.4万吨，"
            "常年蔬菜自给率28.6%，带动农户就业650人，蔬菜农药残留抽检合格率99.2%。")
    meta = dict(dept=dept, unit=unit, proj=proj, ind=ind, total=total, srcs=srcs, ib=ib, ab=ab, eb=eb, rate=rate, fs=fs,
                goal=goal, done=done)
    fnd = [F("BUDGET_ROW_SCORE", "年度资金总额", "年度资金总额 | 860.00 | 920.00 | 866.50 | 10 | 94.18% | 10", "10",
             fmt(fs_true), "HIGH", "ERROR",
             "the 说明's rule (年度资金总额得分＝执行率×分值): 94.18% × 10 = 9.42, the fund line prints full 10; the 总分 95.12 "
             "adds the printed 10 (94.54 with 9.42)"),
           F("TARGET_MET_POINTS_LOST", "蔬菜农药残留抽检合格率", "蔬菜农药残留抽检合格率 | ≥98% | 99.2% | 8 | 7 |", "7", "8",
             "HIGH", "WARNING",
             "99.2% meets ≥98%, yet the row scores 7 of 8 and its 偏差原因分析 cell is empty; nothing in the form explains "
             "the lost point"),
           F("WEIGHTS_VS_FULL_MARK", "总分", "总分 | 100 | 95.12", "100", "98", "HIGH", "ERROR",
             "the 分值 column adds to 98 (年度资金总额 10 + 产出指标 48 + 效益指标 28 + 满意度指标 12) against the 总分 row's "
             "100; no row is marked as the missing 2 points")]
    return {"stem": "h255_sanya_nongye", "format": "mht", "write": write255, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["the file is an MHT / MHTML “单个文件网页” as Word's 另存为 → 单个文件网页 writes it: a MIME "
                      "multipart/related message (a Chinese preamble line for mail readers first), the HTML part in gb2312 "
                      "with Content-Transfer-Encoding quoted-printable (soft line breaks “=” inside words and numbers, "
                      "“=3D” for “=”), then the seal picture as image/png in base64 and Word's filelist.xml: only the HTML "
                      "part is the report",
                      "Word's HTML markup: every cell a <p class=MsoNormal> with <span lang=EN-US> runs around digits, "
                      "<o:p></o:p> and &nbsp; blanks, conditional comments <!--[if gte mso 9]><xml>… with the document "
                      "properties, the seal as VML (<v:shape>/<v:imagedata>) and again as an <img> fallback",
                      "table with rowspan/colspan: the 项目资金（万元）, 年度总体目标 and 绩效指标 labels and the 一级/二级 "
                      "cells span rows; 三级 spans two columns",
                      "the fund block's 其中 lines (省级 500.00 + 市级 420.00 = 920.00; 执行 486.30 + 380.20 = 866.50; rates "
                      "97.26% and 90.52% right) carry no 分值/得分 and are not gold budget parts; 执行率 866.50 ÷ 920.00 = "
                      "94.18% (right)",
                      "建设标准化钢架大棚 800 vs ≥800 (met exactly); 钢架大棚亩均建设补助 1.15 vs ≤1.2 (a ceiling, met; "
                      "万元/亩 in the name, not a budget figure); 项目建设完成时限 2023年11月28日 vs 12月底前 (met); "
                      "配套建设水肥一体化设施 6 × 36 ÷ 40 = 5.4 and “菜篮子”常年蔬菜自给率 6 × 28.6 ÷ 30 = 5.72 (printed "
                      "proportion rule); 基地长效管护机制 −1 with a reason (judgement)",
                      "总分 95.12 = the printed rows; no grade is printed on the form (gold grade null)"]}


SEAL_PNG = None


def seal_png(size=120):
    """A red round seal as a small RGBA PNG (ring, five-pointed star), written without an imaging library."""
    import math
    cx = cy = (size - 1) / 2
    star = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = 22 if k % 2 == 0 else 9
        star.append((cx + rr * math.cos(a), cy + 4 + rr * math.sin(a)))

    def inside(x, y):
        n, c = len(star), False
        for i in range(n):
            (x1, y1), (x2, y2) = star[i], star[(i + 1) % n]
            if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                c = not c
        return c
    raw = bytearray()
    for y in range(size):
        raw.append(0)
        for x in range(size):
            d = math.hypot(x - cx, y - cy)
            on = (size / 2 - 6 <= d <= size / 2 - 1) or inside(x, y)
            raw += bytes((214, 24, 24, 225)) if on else bytes((255, 255, 255, 0))

    def chunk(t, data):
        return struct.pack(">I", len(data)) + t + data + struct.pack(">I", zlib.crc32(t + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def qp_encode(data):
    """Quoted-printable as Word writes it: CRLF lines, soft breaks “=” at 76 columns, “=3D”, bytes ≥ 0x80 as =XX."""
    out = []
    for line in data.split(b"\n"):
        cur = ""
        enc = []
        for i, b in enumerate(line):
            if b == 0x3D or b >= 0x80 or b < 0x20 and b != 0x09 or (b in (0x20, 0x09) and i == len(line) - 1):
                enc.append(f"={b:02X}")
            else:
                enc.append(chr(b))
        for tok in enc:
            if len(cur) + len(tok) > 75:
                out.append(cur + "=")
                cur = ""
            cur += tok
        out.append(cur)
    return "\r\n".join(out).encode("ascii")


def w_p(text, align=None, size=None, bold=False, extra=""):
    """A Word-HTML paragraph: <p class=MsoNormal> with ASCII runs in <span lang=EN-US>, CJK runs in plain spans."""
    import re
    st = []
    if align:
        st.append(f"text-align:{align}")
    pa = f" align={align}" if align in ("center", "right") else ""
    sty = f" style='{';'.join(st)}{extra}'" if st or extra else ""
    if not text:
        return f"<p class=MsoNormal{pa}{sty}><span lang=EN-US><o:p>&nbsp;</o:p></span></p>"
    fs = f"font-size:{size}pt;" if size else ""
    runs = []
    for tok in re.findall(r"[0-9A-Za-z.,%\-:/ ]+|[^0-9A-Za-z.,%\-:/ ]+", text):
        esc = HT.escape(tok, quote=False)
        if re.match(r"[0-9A-Za-z.,%\-:/ ]", tok):
            runs.append(f"<span lang=EN-US style='{fs}font-family:\"Times New Roman\",serif'>{esc}</span>")
        else:
            runs.append(f"<span style='{fs}font-family:宋体;mso-ascii-font-family:\"Times New Roman\";"
                        f"mso-hansi-font-family:\"Times New Roman\"'>{esc}</span>")
    body = "".join(runs)
    if bold:
        body = f"<b>{body}</b>"
    return f"<p class=MsoNormal{pa}{sty}>{body}<span lang=EN-US style='{fs}'><o:p></o:p></span></p>"


def w_td(text, width_pt, rowspan=1, colspan=1, align="center", bold=False, size=9, first_row=False, first_col=False):
    att = (f" rowspan={rowspan}" if rowspan > 1 else "") + (f" colspan={colspan}" if colspan > 1 else "")
    bt = "solid windowtext 1.0pt" if first_row else "none"
    bl = "solid windowtext 1.0pt" if first_col else "none"
    style = (f"width:{width_pt:.1f}pt;border-top:{bt};border-left:{bl};border-bottom:solid windowtext 1.0pt;"
             "border-right:solid windowtext 1.0pt;" + ("" if first_row else "mso-border-top-alt:solid windowtext .5pt;")
             + ("" if first_col else "mso-border-left-alt:solid windowtext .5pt;")
             + "mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt")
    return (f"  <td width={round(width_pt * 4 / 3)}{att} valign=middle style='{style}'>\r\n  "
            + w_p(text, align, size, bold) + "\r\n  </td>")


def write255(rep, path):
    M = rep["meta"]
    name = "h255_sanya_nongye"
    cw = [36, 64, 76, 92, 50, 82, 82, 40, 48, 146]  # pt, 10 grid columns
    rows = []

    def tr(cells, irow, height=20):
        first = irow == 0
        out = [f" <tr style='mso-yfti-irow:{irow};{'mso-yfti-firstrow:yes;' if first else ''}height:{height}pt'>"]
        col = 0
        for c in cells:
            text, span = c[0], c[1] if len(c) > 1 else 1
            rs = c[2] if len(c) > 2 else 1
            opts = c[3] if len(c) > 3 else {}
            col = opts.pop("col", col)
            out.append(w_td(text, sum(cw[col:col + span]), rs, span, first_row=first, first_col=col == 0, **opts))
            col += span
        out.append(" </tr>")
        rows.append("\r\n".join(out))

    L = {"align": "left"}
    tr([("项目名称", 2), (M["proj"], 8, 1, dict(L))], 0)
    tr([("主管部门", 2), (M["dept"], 3, 1, dict(L)), ("实施单位", 2), (M["unit"], 3, 1, dict(L))], 1)
    fund = [("年度资金总额", M["ib"], M["ab"], M["eb"], "10", f"{M['rate']:.2f}%", fmt(M["fs"]))]
    fund += [(lab, a, b, e, "—", f"{pct(e, b):.2f}%", "—") for lab, a, b, e in M["srcs"]]
    tr([("项目资金（万元）", 2, 1 + len(fund)), ("", 2), ("年初预算数", 1, 1, {"bold": True}),
        ("全年预算数", 1, 1, {"bold": True}), ("全年执行数", 1, 1, {"bold": True}), ("分值", 1, 1, {"bold": True}),
        ("执行率", 1, 1, {"bold": True}), ("得分", 1, 1, {"bold": True})], 2)
    for k, (lab, a, b, e, w, q, s) in enumerate(fund):
        tr([(lab, 2, 1, {"col": 2, "align": "left"}), (m2(a), 1, 1, {"align": "right"}), (m2(b), 1, 1, {"align": "right"}),
            (m2(e), 1, 1, {"align": "right"}), (w,), (q,), (s,)], 3 + k)
    r = 3 + len(fund)
    tr([("年度总体目标", 2, 2), ("预期目标", 4, 1, {"bold": True}), ("实际完成情况", 4, 1, {"bold": True})], r)
    tr([(M["goal"], 4, 1, {"col": 2, "align": "left"}), (M["done"], 4, 1, {"align": "left"})], r + 1, 66)
    r += 2
    ind = [x for x in M["ind"] if x[0]]
    tr([("绩效指标", 1, 1 + len(ind)), ("一级指标", 1, 1, {"bold": True}), ("二级指标", 1, 1, {"bold": True}),
        ("三级指标", 2, 1, {"bold": True}), ("年度指标值", 1, 1, {"bold": True}), ("实际完成值", 1, 1, {"bold": True}),
        ("分值", 1, 1, {"bold": True}), ("得分", 1, 1, {"bold": True}), ("偏差原因分析及改进措施", 1, 1, {"bold": True})], r)
    r += 1
    s1 = {a: b - a + 1 for a, b in spans(ind, 0)}
    s2_ = {a: b - a + 1 for a, b in spans(ind, 1)}
    for i, x in enumerate(ind):
        cells = []
        if i in s1:
            cells.append((x[0], 1, s1[i], {"col": 1}))
        if i in s2_:
            cells.append((x[1], 1, s2_[i], {"col": 2}))
        cells += [(x[2], 2, 1, {"col": 3, "align": "left"}), (x[3],), (x[4],), (fmt(x[5]),), (fmt(x[6]),),
                  (x[7], 1, 1, {"align": "left"})]
        tr(cells, r, 24)
        r += 1
    tr([("总分", 7, 1, {"bold": True}), ("100", 1, 1, {"bold": True}), (fmt(M["total"]), 1, 1, {"bold": True}), ("",)], r)
    rows[-1] = rows[-1].replace(f"mso-yfti-irow:{r};", f"mso-yfti-irow:{r};mso-yfti-lastrow:yes;")
    table = ("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 width=" + str(round(sum(cw) * 4 / 3)) +
             " style='width:" + f"{sum(cw):.1f}" + "pt;border-collapse:collapse;border:none;mso-border-alt:solid "
             "windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\r\n"
             + "\r\n".join(rows) + "\r\n <![if !supportMisalignedColumns]>\r\n <tr height=0>\r\n"
             + "\r\n".join(f"  <td width={round(w * 4 / 3)} style='border:none'></td>" for w in cw)
             + "\r\n </tr>\r\n <![endif]>\r\n</table>")
    img = (f"<span style='mso-no-proof:yes'><!--[if gte vml 1]><v:shapetype id=\"_x0000_t75\" coordsize=\"21600,21600\"\r\n"
           " o:spt=\"75\" o:preferrelative=\"t\" path=\"m@4@5l@4@11@9@11@9@5xe\" filled=\"f\" stroked=\"f\">\r\n"
           " <v:stroke joinstyle=\"miter\"/>\r\n <v:formulas>\r\n  <v:f eqn=\"if lineDrawn pixelLineWidth 0\"/>\r\n"
           "  <v:f eqn=\"sum @0 1 0\"/>\r\n  <v:f eqn=\"sum 0 0 @1\"/>\r\n  <v:f eqn=\"prod @2 1 2\"/>\r\n"
           "  <v:f eqn=\"prod @3 21600 pixelWidth\"/>\r\n  <v:f eqn=\"prod @3 21600 pixelHeight\"/>\r\n"
           "  <v:f eqn=\"sum @0 0 1\"/>\r\n  <v:f eqn=\"prod @6 1 2\"/>\r\n  <v:f eqn=\"prod @7 21600 pixelWidth\"/>\r\n"
           "  <v:f eqn=\"sum @8 21600 0\"/>\r\n  <v:f eqn=\"prod @7 21600 pixelHeight\"/>\r\n"
           "  <v:f eqn=\"sum @10 21600 0\"/>\r\n </v:formulas>\r\n"
           " <v:path o:extrusionok=\"f\" gradientshapeok=\"t\" o:connecttype=\"rect\"/>\r\n"
           " <o:lock v:ext=\"edit\" aspectratio=\"t\"/>\r\n</v:shapetype><v:shape id=\"图片_x0020_1\" o:spid=\"_x0000_s1026\"\r\n"
           " type=\"#_x0000_t75\" style='position:absolute;left:0;text-align:left;margin-left:520pt;margin-top:-24pt;\r\n"
           " width:90pt;height:90pt;z-index:251659264;visibility:visible;mso-wrap-style:square;\r\n"
           " mso-position-horizontal-relative:text;mso-position-vertical-relative:text'>\r\n"
           f" <v:imagedata src=\"{name}.files/image001.png\" o:title=\"\"/>\r\n</v:shape><![endif]--><![if !vml]><span\r\n"
           "style='mso-ignore:vglayout;position:absolute;z-index:251659264;left:0px;margin-left:693px;margin-top:-32px;\r\n"
           f"width:120px;height:120px'><img width=120 height=120 src=\"{name}.files/image001.png\" v:shapes=\"图片_x0020_1\"></span><![endif]></span>")
    body = [w_p("附件2", size=12, bold=True),
            w_p("项目支出绩效自评表", "center", 18, True),
            w_p("（2023年度）", "center", 12),
            w_p("填报单位（盖章）：" + M["dept"] + "　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　金额单位：万元", size=10.5),
            table,
            w_p("说明：1.年度资金总额得分＝执行率×分值；2.定量指标未达到年度指标值的，按“实际完成值÷年度指标值×分值”计分；"
                "3.定性指标根据完成情况酌情扣分，并在偏差原因分析中说明。", size=9),
            "<p class=MsoNormal>" + img + "<span style='font-size:10.5pt;font-family:宋体'>填报人：符××　　联系电话："
            "</span><span lang=EN-US style='font-size:10.5pt'>0898-88</span><span style='font-size:10.5pt;font-family:宋体'>"
            "××××××　　填报日期：</span><span lang=EN-US style='font-size:10.5pt'>2024</span><span style='font-size:10.5pt;"
            "font-family:宋体'>年</span><span lang=EN-US style='font-size:10.5pt'>4</span><span style='font-size:10.5pt;"
            "font-family:宋体'>月</span><span lang=EN-US style='font-size:10.5pt'>12</span><span style='font-size:10.5pt;"
            "font-family:宋体'>日</span><span lang=EN-US style='font-size:10.5pt'><o:p></o:p></span></p>"]
    html = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\"\r\nxmlns:o=\"urn:schemas-microsoft-com:office:office\"\r\n"
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\"\r\n"
            "xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\"\r\n"
            "xmlns=\"http://www.w3.org/TR/REC-html40\">\r\n\r\n<head>\r\n"
            "<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">\r\n"
            "<meta name=ProgId content=Word.Document>\r\n<meta name=Generator content=\"Microsoft Word 15\">\r\n"
            "<meta name=Originator content=\"Microsoft Word 15\">\r\n"
            f"<link rel=File-List href=\"{name}.files/filelist.xml\">\r\n"
            f"<title>{M['proj']}项目支出绩效自评表</title>\r\n"
            "<!--[if gte mso 9]><xml>\r\n <o:DocumentProperties>\r\n  <o:Author>nyj</o:Author>\r\n"
            "  <o:LastAuthor>nyj</o:LastAuthor>\r\n  <o:Revision>3</o:Revision>\r\n  <o:TotalTime>42</o:TotalTime>\r\n"
            "  <o:Created>2024-04-12T02:10:00Z</o:Created>\r\n  <o:LastSaved>2024-04-12T03:05:00Z</o:LastSaved>\r\n"
            "  <o:Pages>2</o:Pages>\r\n  <o:Company>三亚市农业农村局</o:Company>\r\n  <o:Version>16.00</o:Version>\r\n"
            " </o:DocumentProperties>\r\n</xml><![endif]-->\r\n"
            "<!--[if gte mso 9]><xml>\r\n <w:WordDocument>\r\n  <w:View>Print</w:View>\r\n"
            "  <w:SpellingState>Clean</w:SpellingState>\r\n  <w:GrammarState>Clean</w:GrammarState>\r\n"
            "  <w:PunctuationKerning/>\r\n  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>\r\n"
            "  <w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery>\r\n"
            "  <w:DisplayVerticalDrawingGridEvery>2</w:DisplayVerticalDrawingGridEvery>\r\n"
            "  <w:Compatibility>\r\n   <w:SpaceForUL/>\r\n   <w:BalanceSingleByteDoubleByteWidth/>\r\n"
            "   <w:DoNotLeaveBackslashAlone/>\r\n   <w:ULTrailSpace/>\r\n   <w:DoNotExpandShiftReturn/>\r\n"
            "   <w:UseFELayout/>\r\n  </w:Compatibility>\r\n </w:WordDocument>\r\n</xml><![endif]-->\r\n"
            "<style>\r\n<!--\r\n /* Font Definitions */\r\n @font-face\r\n\t{font-family:宋体;\r\n"
            "\tpanose-1:2 1 6 0 3 1 1 1 1 1;\r\n\tmso-font-alt:SimSun;\r\n\tmso-font-charset:134;\r\n"
            "\tmso-generic-font-family:auto;\r\n\tmso-font-pitch:variable;}\r\n"
            " /* Style Definitions */\r\n p.MsoNormal, li.MsoNormal, div.MsoNormal\r\n\t{mso-style-unhide:no;\r\n"
            "\tmso-style-qformat:yes;\r\n\tmso-style-parent:\"\";\r\n\tmargin:0cm;\r\n\ttext-align:justify;\r\n"
            "\ttext-justify:inter-ideograph;\r\n\tmso-pagination:none;\r\n\tfont-size:10.5pt;\r\n"
            "\tmso-bidi-font-size:11.0pt;\r\n\tfont-family:\"Times New Roman\",serif;\r\n"
            "\tmso-fareast-font-family:宋体;\r\n\tmso-font-kerning:1.0pt;}\r\n"
            "table.MsoTableGrid\r\n\t{mso-style-name:网格型;\r\n\tmso-tstyle-rowband-size:0;\r\n"
            "\tmso-tstyle-colband-size:0;\r\n\tmso-style-priority:39;\r\n\tborder:solid windowtext 1.0pt;\r\n"
            "\tmso-border-alt:solid windowtext .5pt;}\r\n"
            " @page WordSection1\r\n\t{size:841.9pt 595.3pt;\r\n\tmso-page-orientation:landscape;\r\n"
            "\tmargin:64.0pt 56.0pt 56.0pt 56.0pt;\r\n\tmso-header-margin:42.55pt;\r\n\tmso-footer-margin:49.6pt;\r\n"
            "\tmso-paper-source:0;\r\n\tlayout-grid:15.6pt;}\r\ndiv.WordSection1\r\n\t{page:WordSection1;}\r\n-->\r\n"
            "</style>\r\n</head>\r\n\r\n<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>\r\n\r\n"
            "<div class=WordSection1 style='layout-grid:15.6pt'>\r\n\r\n" + "\r\n\r\n".join(body) +
            "\r\n\r\n</div>\r\n\r\n</body>\r\n\r\n</html>\r\n")
    boundary = "----=_NextPart_01DA8C6E.5F3A2B70"
    loc = "file:///C:/F8B2C1D4/" + name
    filelist = (f"<xml xmlns:o=\"urn:schemas-microsoft-com:office:office\">\r\n <o:MainFile HRef=\"../{name}.htm\"/>\r\n"
                " <o:File HRef=\"image001.png\"/>\r\n <o:File HRef=\"filelist.xml\"/>\r\n</xml>")
    b64 = base64.b64encode(seal_png()).decode("ascii")
    b64 = "\r\n".join(b64[i:i + 76] for i in range(0, len(b64), 76))
    pre = "此文档为“单个文件网页”，也称为“Web 档案”文件。如果您看到此消息，但是您的浏览器或编辑器不支持“Web 档案”文件。请下载支持“Web 档案”的浏览器。"
    out = (b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"" + boundary.encode() + b"\"\r\n\r\n"
           + pre.encode("gb2312") + b"\r\n\r\n"
           + f"--{boundary}\r\nContent-Location: {loc}.htm\r\nContent-Transfer-Encoding: quoted-printable\r\n"
             "Content-Type: text/html; charset=\"gb2312\"\r\n\r\n".encode()
           + qp_encode(html.replace("\r\n", "\n").encode("gb2312", "xmlcharrefreplace")) + b"\r\n\r\n"
           + f"--{boundary}\r\nContent-Location: {loc}.files/image001.png\r\nContent-Transfer-Encoding: base64\r\n"
             "Content-Type: image/png\r\n\r\n".encode() + b64.encode() + b"\r\n\r\n"
           + f"--{boundary}\r\nContent-Location: {loc}.files/filelist.xml\r\nContent-Transfer-Encoding: quoted-printable\r\n"
             "Content-Type: text/xml; charset=\"utf-8\"\r\n\r\n".encode()
           + qp_encode(filelist.replace("\r\n", "\n").encode("utf-8")) + b"\r\n\r\n"
           + f"--{boundary}--\r\n".encode())
    with open(path, "wb") as f:
        f.write(out)


ALL.append(h255())


# ============================================================ h256 佳木斯市交通运输局 (DOCX, indicator table only in an EMBEDDED EXCEL WORKSHEET)

def h256():
    dept = "佳木斯市交通运输局"
    unit = "佳木斯市公路事业发展中心"
    proj = "2023年佳木斯市农村公路养护工程"
    srcs = [("其中：中央车购税资金", 2600.00, 2600.00, 2536.80), ("省级资金", 800.00, 950.00, 902.45),
            ("市级配套资金", 400.00, 450.00, 401.35)]
    ib, ab, eb = (r2(sum(x[k] for x in srcs)) for k in (1, 2, 3))
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (3800.00, 4000.00, 3840.60, 96.02), (ib, ab, eb, rate)
    bs = r2(rate / 10)
    assert bs == 9.6
    miles_wb, miles_prose = "1268", "1,286"  # PLANT SAME_FIGURE_DIFFERS: 二's prose says 1,286公里, the workbook row 1268
    guard_true = P(132, 150, 8)  # 7.04
    ind = [("预算执行", "资金执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, ""),
           ("产出指标", "数量指标", "完成农村公路养护里程（公里）", "≥1200", miles_wb, 10, 10, ""),
           ("产出指标", "数量指标", "实施危桥改造（座）", "≥12", "12", 8, 8, ""),
           # PLANT TARGET_MISSED_FULL_MARKS: 132 km against ≥150 km and full 8, no 偏差原因 (the 说明's rule gives 7.04)
           ("产出指标", "数量指标", "实施安全生命防护工程（公里）", "≥150", "132", 8, 8, ""),
           ("产出指标", "质量指标", "养护工程质量合格率", "≥98%", "99.1%", 8, 8, ""),
           ("产出指标", "时效指标", "养护工程按期完工率", "≥95%", "96.4%", 8, 8, ""),
           ("产出指标", "成本指标", "农村公路日常养护单价（万元/公里）", "≤0.8", "0.76", 8, 8, ""),
           ("效益指标", "社会效益指标", "农村公路优良中等路率", "≥85%", "83.2%", 10, P(83.2, 85, 10), "部分县道受冻融影响路况下降"),
           ("效益指标", "社会效益指标", "路域环境整治达标率", "≥90%", "92%", 10, 10, ""),
           ("效益指标", "可持续影响指标", "农村公路养护长效机制", "健全", "基本健全", 10, 9, "乡村两级养护考核未全覆盖，扣1分"),
           ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "91.7%", 10, 10, "")]
    assert s2(ind, 5) == 100
    rows_total = s2(ind, 6)
    assert rows_total == 98.39 and grade(rows_total) == "优", rows_total
    total_p = 98.93  # PLANT TOTAL_VS_ROWS: the workbook's 总分 row and 三's prose print 98.93; the eleven rows add to 98.39
    g = with_project(gold(None, dept, 2023, "PREFECTURAL", "黑龙江省", "SELF_EVALUATION", None, total_p, 100, "优",
                          budget(ib, ab, eb, rate), [], grows(ind)), proj, unit)
    meta = dict(dept=dept, unit=unit, proj=proj, ind=ind, total=total_p, srcs=srcs, ib=ib, ab=ab, eb=eb, rate=rate,
                miles_prose=miles_prose)
    fnd = [F("TOTAL_VS_ROWS", "总分", "总分 | 100 | 98.93", "98.93", "98.39", "HIGH", "ERROR",
             "the embedded workbook's eleven rows score 9.6 + 50 + 28.79 + 10 = 98.39, its 总分 row prints 98.93 (digits "
             "swapped) and 三's prose repeats it; 优 either way"),
           F("TARGET_MISSED_FULL_MARKS", "实施安全生命防护工程（公里）", "实施安全生命防护工程（公里） | ≥150 | 132 | 8 | 8 |",
             "8", "< 8", "HIGH", "WARNING",
             f"132 公里 against ≥150 公里, full marks and no 偏差原因; the workbook's own 说明 (定量指标未达到年度指标值的按“实际"
             f"完成值÷年度指标值×分值”计分) gives 8 × 132 ÷ 150 = {fmt(guard_true)}; 二's prose says the target was missed"),
           F("SAME_FIGURE_DIFFERS", "完成农村公路养护里程（公里）",
             f"全年完成农村公路养护里程{miles_prose}公里 / 完成农村公路养护里程（公里） | ≥1200 | {miles_wb} | 10 | 10",
             f"{miles_prose}公里", f"{miles_wb}公里", "HIGH", "WARNING",
             "二 (prose) states 1,286 公里 of rural roads maintained, the embedded workbook's row 1268 (digits swapped): one "
             "of them is misprinted; both meet ≥1200, so the row's 10 holds either way")]
    return {"stem": "h256_jiamusi_jiaotong", "format": "docx", "write": write256, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the scored rows are NOT in a Word table: 三 holds an EMBEDDED EXCEL WORKSHEET OBJECT (插入→对象: "
                      "w:object with a VML v:shape / v:imagedata preview picture (PNG) and o:OLEObject Type=Embed "
                      "ProgID=Excel.Sheet.12, r:id → word/embeddings/Microsoft_Excel_Worksheet.xlsx): the rows live only in "
                      "that workbook (sheet “Sheet1”, merged 一级/二级 cells, oleSize A1:H14); the body's one Word table is "
                      "表1 (the fund sources); the preview PNG is a picture of the same rows, not a second copy to read",
                      "表1's 其中 lines (中央车购税 2,600.00 + 省级 950.00 + 市级 450.00 = 4,000.00; 支出 2,536.80 + 902.45 + "
                      "401.35 = 3,840.60; rates 97.57%, 94.99%, 89.19% right) are fund sources, not gold budget parts; "
                      "执行率 3,840.60 ÷ 4,000.00 = 96.02% (right) × 10 = 9.6 (the 预算执行率 row, printed rule)",
                      "实施危桥改造 12 vs ≥12 (met exactly); 农村公路日常养护单价 0.76 vs ≤0.8 (a ceiling, met; 万元/公里 in "
                      "the name, not a budget figure); 农村公路优良中等路率 10 × 83.2 ÷ 85 = 9.79 (printed proportion rule); "
                      "农村公路养护长效机制 −1 with a reason (judgement)",
                      "二's other figures (危桥 12座, 优良中等路率 83.2%, 满意度 91.7%) agree with the workbook; 年初 3,800.00 < "
                      "全年 4,000.00 (追加)"]}


def preview_png(cols_pt, heights_pt, spec, scale=2, bare_rows=()):
    """A picture of a ruled grid (the OLE object's cached preview, as Excel paints it): spec = (row, col, rowspan,
    colspan, text, align, bold); Noto Sans CJK SC; deterministic PNG bytes."""
    import io
    from PIL import Image, ImageDraw, ImageFont
    fontp = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
    fontb = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
    fs = 9 * scale
    xs = [0]
    for w in cols_pt:
        xs.append(xs[-1] + w * scale)
    ys = [0]
    for h in heights_pt:
        ys.append(ys[-1] + h * scale)
    im = Image.new("RGB", (int(xs[-1]) + 1, int(ys[-1]) + 1), "white")
    d = ImageDraw.Draw(im)
    f_reg = ImageFont.truetype(fontp, fs, index=2)
    f_b = ImageFont.truetype(fontb, fs, index=2) if os.path.exists(fontb) else f_reg
    for r, k, rs, cs, t, al, b in spec:
        x0, x1, y0, y1 = xs[k], xs[k + cs], ys[r], ys[r + rs]
        if r not in bare_rows:
            d.rectangle([x0, y0, x1, y1], outline="black", width=1)
        lines = wrap_em(t, (x1 - x0 - 6) / fs) if t else []
        lh = fs * 1.3
        top = (y0 + y1) / 2 - len(lines) * lh / 2
        for n, ln in enumerate(lines):
            f = f_b if b else f_reg
            w = d.textlength(ln, font=f)
            x = x0 + 4 if al == "l" else (x0 + x1 - w) / 2
            d.text((x, top + n * lh), ln, fill="black", font=f)
    buf = io.BytesIO()
    im.save(buf, "PNG", optimize=False)
    return buf.getvalue(), xs[-1] / scale, ys[-1] / scale


def workbook256(M):
    """The embedded workbook (openpyxl): one sheet, the indicator table with merged 一级/二级 cells, a 总分 row and a
    说明 row; returns (xlsx bytes, grid spec for the preview, column widths pt, row heights pt, last cell ref)."""
    import io
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter
    wb = Workbook()
    wb.properties.creator = wb.properties.lastModifiedBy = "jmsjt"
    wb.properties.created = wb.properties.modified = H.A.FIXED
    ws = wb.active
    ws.title = "Sheet1"
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    cols_pt = [44, 52, 120, 50, 52, 28, 30, 104]
    for k, w in enumerate(cols_pt, 1):
        ws.column_dimensions[get_column_letter(k)].width = round((w - 3.75) / 5.25, 2)
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]
    ind = M["ind"]
    spec = [(0, k, 1, 1, h, "c", True) for k, h in enumerate(head)]
    heights = [22]
    for i, x in enumerate(ind, 1):
        n = max(len(wrap_em(t, (cols_pt[k] - 6) / 9)) for k, t in ((1, x[1]), (2, x[2]), (7, x[7])))
        heights.append(18 if n == 1 else 28)
        spec += [(i, 2, 1, 1, x[2], "l", False), (i, 3, 1, 1, x[3], "c", False), (i, 4, 1, 1, x[4], "c", False),
                 (i, 5, 1, 1, fmt(x[5]), "c", False), (i, 6, 1, 1, fmt(x[6]), "c", False), (i, 7, 1, 1, x[7], "l", False)]
    for a, b in spans(ind, 0):
        spec.append((a + 1, 0, b - a + 1, 1, ind[a][0], "c", False))
    for a, b in spans(ind, 1):
        spec.append((a + 1, 1, b - a + 1, 1, ind[a][1], "c", False))
    n = len(ind) + 1
    spec += [(n, 0, 1, 5, "总分", "c", True), (n, 5, 1, 1, "100", "c", True), (n, 6, 1, 1, fmt(M["total"]), "c", True),
             (n, 7, 1, 1, "", "c", False)]
    heights.append(20)
    heights.append(30)
    note = ("说明：预算执行率得分＝执行率×10；定量指标未达到年度指标值的，按“实际完成值÷年度指标值×分值”计分；定性指标根据"
            "完成情况酌情扣分。")
    spec.append((n + 1, 0, 1, 8, note, "l", False))
    spec_wb = spec
    for r, k, rs, cs, t, al, b in spec_wb:
        c = ws.cell(row=r + 1, column=k + 1)
        if t != "":
            num = None
            if k in (5, 6) and r >= 1 and r <= n:
                num = float(t)
                num = int(num) if num.is_integer() else num
            c.value = num if num is not None else t
        c.font = Font(name="宋体", size=9, bold=b)
        c.alignment = Alignment(horizontal={"c": "center", "l": "left"}[al], vertical="center", wrap_text=True)
        if rs > 1 or cs > 1:
            ws.merge_cells(start_row=r + 1, start_column=k + 1, end_row=r + rs, end_column=k + cs)
    for r in range(1, n + 2):
        for k in range(1, 9):
            ws.cell(row=r, column=k).border = border
    for r, h in enumerate(heights, 1):
        ws.row_dimensions[r].height = h
    for k in range(1, 9):
        ws.cell(row=n + 2, column=k).border = Border()
    last = f"H{n + 2}"
    buf = io.BytesIO()
    wb.save(buf)
    # Excel writes <oleSize> (the range the object shows) into an embedded workbook; openpyxl does not
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        names = sorted(zin.namelist(), key=lambda x: (x != "[Content_Types].xml", 0))
        for name in names:
            data = zin.read(name)
            if name == "xl/workbook.xml":
                txt = data.decode("utf-8")
                assert "<oleSize" not in txt
                tag = "</workbook>"
                import re
                m = re.search(r"<calcPr[^>]*/>|<calcPr.*?</calcPr>", txt)
                ins = f'<oleSize ref="A1:{last}"/>'
                txt = txt[:m.end()] + ins + txt[m.end():] if m else txt.replace(tag, ins + tag)
                data = txt.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=H.A.FIXED.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return out.getvalue(), spec, cols_pt, heights, last


def write256(rep, path):
    import io
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    M = rep["meta"]
    doc = new_doc()
    doc.core_properties.comments = ""
    para(doc, M["dept"], bold=True, size=16, center=True, after=2)
    para(doc, f"{M['proj']}项目支出绩效自评报告", bold=True, size=16, center=True, after=10)
    para(doc, "一、项目基本情况", bold=True, size=12, after=2)
    para(doc, f"（一）项目概况。{M['proj']}项目主管部门为{M['dept']}，实施单位为{M['unit']}。项目主要用于全市农村公路日常养护、"
              "危桥改造和安全生命防护工程建设，保障农村公路安全畅通。", size=10.5, indent=True)
    para(doc, f"（二）资金情况。项目年初预算{m2(M['ib'])}万元，年中追加省级、市级资金后全年预算{m2(M['ab'])}万元，"
              f"实际支出{m2(M['eb'])}万元，预算执行率{M['rate']:.2f}%。资金来源及支出情况见表1。", size=10.5, indent=True,
         after=4)
    para(doc, "表1　项目资金情况（单位：万元）", bold=True, size=10.5, center=True, after=2)
    t = grid(doc, 2 + len(M["srcs"]), [44, 30, 30, 30, 28])
    for k, h in enumerate(["资金来源", "年初预算数", "全年预算数", "实际支出数", "执行率"]):
        cell_put(t.cell(0, k), h, 9.5, True)
    lines = [("合计", M["ib"], M["ab"], M["eb"])] + list(M["srcs"])
    for r, (lab, a, b, e) in enumerate(lines, 1):
        cell_put(t.cell(r, 0), lab, 9.5, align="l")
        for k, v in enumerate((a, b, e), 1):
            cell_put(t.cell(r, k), m2(v), 9.5, align="r")
        cell_put(t.cell(r, 4), f"{pct(e, b):.2f}%", 9.5)
    para(doc, "", after=4)
    para(doc, "二、绩效目标完成情况", bold=True, size=12, after=2)
    para(doc, f"2023年全年完成农村公路养护里程{M['miles_prose']}公里，实施危桥改造12座，实施安全生命防护工程132公里，未达到"
              "150公里的年度目标；养护工程质量合格率99.1%，按期完工率96.4%。全市农村公路优良中等路率83.2%，路域环境整治达标率"
              "92%，沿线群众满意度91.7%。", size=10.5, indent=True, after=4)
    para(doc, "三、自评得分情况", bold=True, size=12, after=2)
    para(doc, f"按照项目支出绩效自评指标体系，经自评，项目得分{fmt(M['total'])}分，自评等级为“优”。各项指标完成及评分情况见"
              "表2。", size=10.5, indent=True, after=4)
    para(doc, "表2　项目绩效指标自评表", bold=True, size=10.5, center=True, after=2)
    xlsx, spec, cols_pt, heights, last = workbook256(M)
    png, wpt, hpt = preview_png(cols_pt, heights, spec, bare_rows=(len(heights) - 1,))
    pkg = doc.part.package
    emb = Part(PackURI("/word/embeddings/Microsoft_Excel_Worksheet.xlsx"),
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx, pkg)
    rid_obj = doc.part.relate_to(emb, RT.PACKAGE)
    rid_img, _ = doc.part.get_or_add_image(io.BytesIO(png))
    p = para(doc, "", after=4)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
    xml = (f'<w:r {ns}><w:object w:dxaOrig="{round(wpt * 20)}" w:dyaOrig="{round(hpt * 20)}">'
           '<v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" o:preferrelative="t" '
           'path="m@4@5l@4@11@9@11@9@5xe" filled="f" stroked="f"><v:stroke joinstyle="miter"/><v:formulas>'
           '<v:f eqn="if lineDrawn pixelLineWidth 0"/><v:f eqn="sum @0 1 0"/><v:f eqn="sum 0 0 @1"/>'
           '<v:f eqn="prod @2 1 2"/><v:f eqn="prod @3 21600 pixelWidth"/><v:f eqn="prod @3 21600 pixelHeight"/>'
           '<v:f eqn="sum @0 0 1"/><v:f eqn="prod @6 1 2"/><v:f eqn="prod @7 21600 pixelWidth"/>'
           '<v:f eqn="sum @8 21600 0"/><v:f eqn="prod @7 21600 pixelHeight"/><v:f eqn="sum @10 21600 0"/></v:formulas>'
           '<v:path o:extrusionok="f" gradientshapeok="t" o:connecttype="rect"/><o:lock v:ext="edit" aspectratio="t"/>'
           f'</v:shapetype><v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:{wpt:g}pt;height:{hpt:g}pt" '
           f'o:ole=""><v:imagedata r:id="{rid_img}" o:title=""/></v:shape>'
           f'<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" DrawAspect="Content" '
           f'ObjectID="_1770385214" r:id="{rid_obj}"/></w:object></w:r>')
    p._p.append(parse_xml(xml))
    para(doc, "四、存在的问题及改进措施", bold=True, size=12, after=2)
    for s_ in ["（一）安全生命防护工程未完成年度目标。受汛期影响部分路段施工窗口期缩短，下一步将提前做好项目前期工作，合理安排工期。",
               "（二）部分县道路况受冻融影响下降。下一步将加强春融期巡查和预防性养护，提高优良中等路率。",
               "（三）乡村两级养护考核未全覆盖。下一步将完善“路长制”考核办法，推动农村公路养护长效化。"]:
        para(doc, s_, size=10.5, indent=True)
    para(doc, "", after=6)
    for s_ in [M["dept"], "2024年3月28日"]:
        q = para(doc, s_, size=10.5)
        q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.save(path)
    H.A.normalize_zip(path)


ALL.append(h256())


# ============================================================ h257 景德镇市卫生健康委员会 (PDF, third-party report in TWO TEXT COLUMNS, scores in prose)

def h257():
    dept = "景德镇市卫生健康委员会"
    evaluator = "江西景瓷会计师事务所有限公司"
    ib_b, ib_p = 8950.00, 15650.00
    ab_b, ab_p = 9386.25, 18970.15
    eb_b, eb_p = 9302.18, 16818.67
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (24600.00, 28356.40, 26120.85, 92.12), (ib, ab, eb, rate)
    bs = r2(rate * 8 / 100)
    assert bs == 7.37
    # (一级, 二级, 三级, None, None, 分值, 得分, the paragraph's text before its score sentence)
    ind = [("决策", "目标设定", "绩效目标合理性", None, None, 4, 4,
            "部门年度绩效目标与“健康景德镇”建设规划和年度工作任务相符，目标设定依据充分"),
           ("决策", "目标设定", "绩效指标明确性", None, None, 4, 2.5,
            "部分绩效指标未细化量化，“医疗服务能力提升”“公共卫生体系建设”等3项指标仅有定性表述，每项扣0.5分"),
           ("决策", "预算配置", "预算编制科学性", None, None, 4, 2.5,
            "年中追加预算3,756.40万元，占年初预算的15.27%，预算编制的前瞻性不足，扣1.5分"),
           ("决策", "预算配置", "重点支出保障率", None, None, 3, 3,
            "基本公共卫生服务、重大传染病防控等重点支出足额安排"),
           ("过程", "预算执行", "预算执行率", None, None, 8, bs,
            f"全年预算{m2(ab)}万元，实际支出{m2(eb)}万元，预算执行率{rate:.2f}%，按“执行率×分值”计算"),
           ("过程", "预算执行", "预算调整率", None, None, 3, 2,
            "年中预算调整幅度较大，部分项目资金在不同科目间调剂，扣1分"),
           ("过程", "财务管理", "资金使用合规性", None, None, 5, 3,
            "抽查凭证发现2笔培训费未附签到表、1笔专家咨询费超标准列支，扣2分"),
           ("过程", "财务管理", "财务管理制度健全性", None, None, 3, 3,
            "已制定财务管理、内部控制、专项资金管理等制度，制度健全"),
           ("过程", "资产管理", "资产管理规范性", None, None, 3, 2.5,
            "部分医疗设备未及时登记入账，资产卡片信息不完整，扣0.5分"),
           ("过程", "资产管理", "政府采购规范性", None, None, 3, 3,
            "政府采购项目均按规定程序实施，采购文件齐全"),
           ("产出", "产出数量", "家庭医生签约服务人数", None, None, 6, P(53.6, 55, 6),
            "年度目标签约55万人，实际签约53.6万人，按完成比例计分"),
           ("产出", "产出数量", "65岁及以上老年人健康管理人数", None, None, 6, P(9.3, 9.8, 6),
            "年度目标9.8万人，实际完成9.3万人，按完成比例计分"),
           # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: the paragraph says 2 of 24 卫生院 were not finished and not accepted, yet full 6
           ("产出", "产出质量", "基层医疗卫生机构标准化建设达标率", None, None, 6, 6,
            "年度计划完成24所乡镇卫生院标准化建设并通过达标验收，截至2023年底22所通过验收，浮梁县2所卫生院改扩建工程尚未"
            "完工，未开展达标验收"),
           ("产出", "产出质量", "传染病报告及时率", None, None, 6, 6,
            "法定传染病网络直报及时率99.6%，高于95%的目标"),
           ("产出", "产出时效", "突发公共卫生事件处置及时率", None, None, 5, 5,
            "全年发生的突发公共卫生事件均在规定时限内报告和处置，及时率100%"),
           ("产出", "产出成本", "人均基本公共卫生服务经费补助标准", None, None, 6, 6,
            "人均基本公共卫生服务经费补助标准89元，与年度目标89元一致"),
           ("效益", "社会效益", "孕产妇死亡率", None, None, 5, 5,
            "全市孕产妇死亡率为0，控制在10/10万以内"),
           ("效益", "社会效益", "婴儿死亡率", None, None, 5, 5,
            "全市婴儿死亡率2.6‰，低于4‰的控制目标"),
           ("效益", "可持续影响", "卫生健康服务长效机制", None, None, 5, 3.5,
            "紧密型县域医共体运行机制尚不健全，医防融合考核办法未出台，扣1.5分"),
           ("效益", "满意度", "群众就医满意度", None, None, 10, P(81, 90, 10),
            "第三方问卷调查群众就医满意度81%，低于90%的目标，按完成比例计分")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)
    assert total == 89.91 and grade(total) == "良", total
    grade_p = "优"  # PLANT GRADE_OUTSIDE_BANDS: 三 grades 89.91 “优”; its own bands (90分（含）以上为“优”) give 良
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert [x[2] for x in sec] == [12, 20.87, 34.54, 22.5], sec
    srate = {n: pct(sc, w) for n, w, sc in sec}
    assert srate["过程"] == 83.48
    srate_p = dict(srate)
    srate_p["过程"] = 83.84  # PLANT SCORE_RATE: the closing table prints 过程 得分率 83.84%; 20.87 ÷ 25 = 83.48%
    g = gold(None, dept, 2023, "PREFECTURAL", "江西省", "THIRD_PARTY_EVALUATION", evaluator, total, 100, grade_p,
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), sec, grows([x[:7] + ("",) for x in ind]))
    meta = dict(dept=dept, evaluator=evaluator, ind=ind, sec=sec, srate=srate_p, total=total, grade=grade_p,
                ib=ib, ab=ab, eb=eb, rate=rate, parts=(ib_b, ib_p, ab_b, ab_p, eb_b, eb_p))
    fnd = [F("GRADE_OUTSIDE_BANDS", "评价等级", f"综合评分{fmt(total)}分，评价等级为“优” / 90分（含）以上为“优”，80分（含）至90分为“良”",
             "优", "良", "HIGH", "ERROR",
             "三 states 89.91 and grades it 优; the bands printed in the same paragraph put 80 ≤ 89.91 < 90 in 良 (the "
             "score itself is the rows' sum and the closing table's 合计)"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "基层医疗卫生机构标准化建设达标率",
             "基层医疗卫生机构标准化建设达标率（6分）。…截至2023年底22所通过验收，浮梁县2所卫生院改扩建工程尚未完工，"
             "未开展达标验收，得6分。", "6", "< 6", "HIGH", "WARNING",
             "the paragraph says 2 of the 24 planned 乡镇卫生院 were neither finished nor accepted (达标率 22 ÷ 24 = 91.67% "
             "against the planned 100%), yet the indicator takes full marks"),
           F("SCORE_RATE", "过程", "过程 | 25 | 20.87 | 83.84%", "83.84%", "83.48%", "HIGH", "ERROR",
             "the closing table (一级指标得分情况): 过程 20.87 ÷ 25 = 83.48%, printed 83.84% (digits swapped); its 分值 and 得分 "
             "agree with the six 过程 paragraphs (7.37 + 2 + 3 + 3 + 2.5 + 3 = 20.87); the other rates and 合计 89.91% are right")]
    return {"stem": "h257_jingdezhen_weijian", "format": "pdf", "draw": draw257, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the body is set in TWO TEXT COLUMNS like a journal page (title block and 摘要 full width on p. 1): the "
                      "prose runs down the left column, then down the right column, then on to the next page; paragraphs "
                      "are cut at column ends (an indicator's name and weight at the foot of one column, its 得N分 at the "
                      "top of the next); a reader that takes each printed line across the page interleaves the two columns",
                      "the scored rows are PARAGRAPHS “（n）名称（W分）。…，得S分。” under 一级 headings “（一）决策（15分，得"
                      "12分）” and 二级 headings “1.目标设定”: no score table for the rows; target and actual null in the gold "
                      "(as h05)",
                      "the running head (the report's title and a rule) and the page numbers are not content; the table at "
                      "the end spans both columns and holds the 一级 subtotals only",
                      "the 摘要 repeats the total (89.91) and the budget: the same figures",
                      "budget in prose only: 基本 + 项目 = 年初 / 全年 / 支出 (8,950.00 + 15,650.00 = 24,600.00; 9,386.25 + "
                      "18,970.15 = 28,356.40; 9,302.18 + 16,818.67 = 26,120.85); 92.12% right; both parts under budget; "
                      "预算执行率 92.12% × 8 = 7.37 (the paragraph's rule 执行率×分值)",
                      "家庭医生签约服务人数 6 × 53.6 ÷ 55 = 5.85, 65岁及以上老年人健康管理人数 6 × 9.3 ÷ 9.8 = 5.69 and 群众"
                      "就医满意度 10 × 81 ÷ 90 = 9 (stated proportion rule); 人均基本公共卫生服务经费补助标准 89元 vs 89元 "
                      "(met exactly; 元, not a budget figure); 孕产妇死亡率 0 vs ≤10/10万 and 婴儿死亡率 2.6‰ vs ≤4‰ "
                      "(ceilings, met); 传染病报告及时率 99.6% vs 95%",
                      "绩效指标明确性 −1.5 (3 × 0.5), 预算编制科学性 −1.5, 预算调整率 −1, 资金使用合规性 −2, 资产管理规范性 "
                      "−0.5, 卫生健康服务长效机制 −1.5 with reasons (judgement)",
                      "the 一级 headings' scores (12, 20.87, 34.54, 22.5) add up to 89.91 and match the paragraphs; the table's "
                      "决策 80.00%, 产出 98.69%, 效益 90.00% and 合计 89.91% are right"]}


def draw257(rep, path):
    from reportlab.lib.pagesizes import A4
    M = rep["meta"]
    W, Hh = A4
    c = new_canvas(path, A4)
    L, R = 56, W - 56
    gut = 20
    CW = (R - L - gut) / 2
    BODY, LEAD = 10, 16.5
    BOTTOM = 66
    ib_b, ib_p, ab_b, ab_p, eb_b, eb_p = M["parts"]
    paras = [("h1", "一、部门基本情况"),
             ("p", "景德镇市卫生健康委员会是市政府工作部门，主要负责拟订全市卫生健康政策措施，统筹规划卫生健康资源配置，"
                   "组织实施疾病预防控制、基本公共卫生服务和医疗服务管理等工作。委机关内设科室12个，所属事业单位9个，2023年末"
                   "在职人员1,186人。"),
             ("h1", "二、部门预算及执行情况"),
             ("p", f"2023年部门年初预算{m2(M['ib'])}万元，其中基本支出{m2(ib_b)}万元、项目支出{m2(ib_p)}万元；年中追加"
                   f"疫情防控、公立医院改革等资金后全年预算{m2(M['ab'])}万元，其中基本支出{m2(ab_b)}万元、项目支出{m2(ab_p)}"
                   f"万元。全年实际支出{m2(M['eb'])}万元，其中基本支出{m2(eb_b)}万元、项目支出{m2(eb_p)}万元，预算执行率"
                   f"{M['rate']:.2f}%。"),
             ("h1", "三、评价结论"),
             ("p", f"评价组按照部门整体支出绩效评价指标体系，从决策、过程、产出、效益四个方面对{M['dept']}2023年度部门整体"
                   f"支出进行了评价，综合评分{fmt(M['total'])}分，评价等级为“{M['grade']}”。其中"
                   + "、".join(f"{n}{fmt(sc)}分" for n, _, sc in M["sec"]) + f"。评价等级标准：{BANDS}"),
             ("h1", "四、评价指标分析")]
    cn = "一二三四"
    for gi, (a, b) in enumerate(spans(M["ind"], 0)):
        n, w, sc = M["sec"][gi]
        paras.append(("h2", f"（{cn[gi]}）{n}（{fmt(w)}分，得{fmt(sc)}分）"))
        sub = M["ind"][a:b + 1]
        for si, (c1, c2) in enumerate(spans(sub, 1)):
            paras.append(("h3", f"{si + 1}.{sub[c1][1]}"))
            for j, x in enumerate(sub[c1:c2 + 1]):
                paras.append(("p", f"（{j + 1}）{x[2]}（{fmt(x[5])}分）。{x[7]}，得{fmt(x[6])}分。"))
    paras += [("h1", "五、存在的主要问题"),
              ("p", "（一）预算编制精准度不高。年中追加预算占年初预算比重较大，预算调整较频繁，年初预算对全年工作的统筹不够。"),
              ("p", "（二）部分项目推进滞后。乡镇卫生院标准化建设、家庭医生签约服务等任务未全部按期完成。"),
              ("p", "（三）财务和资产管理有待加强。个别支出凭证不完整，部分医疗设备未及时登记入账。"),
              ("h1", "六、有关建议"),
              ("p", "（一）提高预算编制的科学性，加强项目前期论证，减少年中追加和调整。"),
              ("p", "（二）加快在建项目实施进度，建立重点任务月调度机制，确保年度目标按期完成。"),
              ("p", "（三）健全内部控制制度，规范支出报销和资产登记管理，推动紧密型县域医共体和医防融合机制建设。")]
    lines = []
    for kind, t in paras:
        if kind == "p":
            for ln in wrap("　　" + t, CW, BODY):
                lines.append(("p", ln, LEAD))
        else:
            for ln in wrap(t, CW, 10.5):
                lines.append((kind, ln, LEAD + (4 if kind == "h1" else 1)))
    title = f"{M['dept']}2023年度部门整体支出绩效评价报告"

    def header(pno):
        if pno > 1:
            c.setFont(FONT, 8)
            c.drawString(L, Hh - 40, title)
            c.drawRightString(R, Hh - 40, M["evaluator"])
            c.setLineWidth(0.5)
            c.line(L, Hh - 45, R, Hh - 45)
        c.setFont(FONT, 9)
        c.drawCentredString(W / 2, 36, f"— {pno} —")

    # page 1 title block (full width)
    c.setFont(FONT, 17)
    c.drawCentredString(W / 2, Hh - 78, M["dept"])
    c.drawCentredString(W / 2, Hh - 102, "2023年度部门整体支出绩效评价报告")
    c.setFont(FONT, 10)
    c.drawCentredString(W / 2, Hh - 124, f"评价机构：{M['evaluator']}　　委托单位：景德镇市财政局")
    abstract = (f"【摘要】受景德镇市财政局委托，{M['evaluator']}对{M['dept']}2023年度部门整体支出开展了绩效评价。部门全年预算"
                f"{m2(M['ab'])}万元，实际支出{m2(M['eb'])}万元，预算执行率{M['rate']:.2f}%。经评价，综合评分{fmt(M['total'])}分。"
                "报告分析了预算编制、项目推进和财务管理等方面存在的问题，并提出了改进建议。")
    y = Hh - 148
    for ln in wrap(abstract, R - L - 24, 9):
        c.setFont(FONT, 9)
        c.drawString(L + 12, y, ln)
        y -= 14
    c.setLineWidth(0.5)
    c.line(L, y + 4, R, y + 4)
    top1 = y - 14
    top = Hh - 70
    # flow: left column, then right column, then the next page; on the last page the two columns are balanced
    pages = []
    i, t = 0, top1
    while i < len(lines):
        cols = []
        for _ in range(2):
            yy, col = t, []
            while i < len(lines) and yy - lines[i][2] >= BOTTOM - LEAD:
                col.append(lines[i])
                yy -= lines[i][2]
                i += 1
            cols.append(col)
        pages.append((t, cols))
        t = top
    # balance the last page so the table can sit under both columns
    t_last, (c0, c1) = pages[-1]
    rest = c0 + c1
    h_all = sum(x[2] for x in rest)
    acc, cut = 0, 0
    for j, x in enumerate(rest):
        if acc + x[2] > h_all / 2 + 1:
            break
        acc += x[2]
        cut = j + 1
    pages[-1] = (t_last, [rest[:cut], rest[cut:]])
    for pno, (t, cols) in enumerate(pages, 1):
        header(pno)
        for ci, col in enumerate(cols):
            x = L + ci * (CW + gut)
            yy = t
            for kind, ln, lead in col:
                if kind == "h1":
                    yy -= 4
                c.setFont(FONT, BODY if kind == "p" else 10.5)
                c.drawString(x, yy, ln)
                if kind in ("h1", "h2"):
                    c.drawString(x + 0.35, yy, ln)
                yy -= lead if kind != "h1" else lead - 4
        if pno < len(pages):
            c.showPage()
    yb = min(t - sum(x[2] for x in cols[0]), t - sum(x[2] for x in cols[1])) - 10
    # the closing table spans both columns
    c.setFont(FONT, 10.5)
    c.drawCentredString(W / 2, yb, "附表　一级指标得分情况")
    yb -= 10
    cols_w = [150, 90, 90, 110]
    x0 = L + (R - L - sum(cols_w)) / 2
    rows = [("一级指标", "分值", "得分", "得分率")] + [(n, fmt(w), fmt(sc), f"{M['srate'][n]:.2f}%") for n, w, sc in M["sec"]]
    rows.append(("合计", "100", fmt(M["total"]), f"{M['total']:.2f}%"))
    c.setLineWidth(0.6)
    rh = 19
    for r, row_ in enumerate(rows):
        xx = x0
        for k2, v in enumerate(row_):
            c.rect(xx, yb - rh * (r + 1), cols_w[k2], rh)
            c.setFont(FONT, 10)
            c.drawCentredString(xx + cols_w[k2] / 2, yb - rh * (r + 1) + 6, v)
            if r == 0:
                c.drawCentredString(xx + cols_w[k2] / 2 + 0.3, yb - rh * (r + 1) + 6, v)
            xx += cols_w[k2]
    yend = yb - rh * len(rows) - 30
    assert yend > 70, yend
    c.setFont(FONT, 10.5)
    c.drawRightString(R, yend, M["evaluator"])
    c.drawRightString(R - 20, yend - 20, "2024年6月12日")
    c.showPage()
    c.save()


ALL.append(h257())


# ============================================================ h258 连云港市海州区教育局 (XLSX, the indicator table CONTINUES over two sheets)

def h258():
    dept = "连云港市海州区教育局"
    ib_b, ib_p = 21460.00, 8540.00
    ab_b, ab_p = 22318.75, 10926.40
    eb_b, eb_p = 22406.12, 10211.36  # PLANT SPENDING_OVER_BUDGET: 基本支出 执行 22,406.12 > 全年预算 22,318.75 (100.39%)
    ib_p_total = 30100.00  # PLANT BREAKDOWN_SUM: the 合计 line's 年初预算数 prints 30,100.00; 21,460.00 + 8,540.00 = 30,000.00
    ib = r2(ib_b + ib_p)
    assert ib == 30000.00
    ab, eb = r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    assert (ab, eb, rate) == (33245.15, 32617.48, 98.11), (ab, eb, rate)
    bs = r2(rate * 8 / 100)
    assert bs == 7.85
    tr_rule = "≥95%得满分，每低1个百分点扣1分"
    tr_true = 6 - (95 - 92) * 1  # 3
    tr_p = 4  # PLANT RULE_SCORE: 92% is 3 points under ≥95%: 6 − 3 = 3 by the row's own 评分标准; the row prints 4 (“扣2分”)
    ind = [("投入", "目标设定", "绩效目标合理性", "合理", "合理", 3, 3, "目标与部门职责相符得3分，否则酌情扣分", ""),
           ("投入", "目标设定", "绩效指标明确性", "明确", "1项指标未量化", 3, 2.5, "指标细化量化得3分，每有1项未量化扣0.5分",
            "“教育质量提升”指标未量化，扣0.5分"),
           ("投入", "预算配置", "在职人员控制率", "≤100%", "97.8%", 3, 3, "≤100%得满分，否则不得分", ""),
           ("投入", "预算配置", "“三公”经费变动率", "≤0", "-6.2%", 3, 3, "≤0得满分，否则不得分", ""),
           ("投入", "预算配置", "重点支出安排率", "≥80%", "86.5%", 3, 3, "≥80%得满分，否则按比例计分", ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 8, bs, "得分＝执行率×8", ""),
           ("过程", "预算执行", "预决算信息公开性", "公开", "公开", 3, 3, "按规定公开得3分，否则不得分", ""),
           ("过程", "财务管理", "资金使用合规性", "合规", "基本合规", 4, 3, "发现1项不合规扣1分", "1所学校食堂采购票据不全，扣1分"),
           ("过程", "财务管理", "管理制度健全性", "健全", "健全", 3, 3, "制度健全得3分，否则酌情扣分", ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 3, 2.5, "规范得3分，否则酌情扣分", "部分教学设备未及时入账，扣0.5分"),
           ("过程", "资产管理", "固定资产利用率", "≥95%", "97.2%", 4, 4, "≥95%得满分，否则按比例计分", ""),
           ("产出", "数量指标", "义务教育学校标准化建设（所）", "≥8", "8", 5, 5, "完成得满分，每少1所扣1分", ""),
           ("产出", "数量指标", "新增公办幼儿园学位（个）", "≥1200", "1350", 5, 5, "完成得满分，否则按比例计分", ""),
           ("产出", "数量指标", "家庭经济困难学生资助（人次）", "≥5600", "5820", 5, 5, "完成得满分，否则按比例计分", ""),
           ("产出", "质量指标", "义务教育巩固率", "≥99%", "99.6%", 5, 5, "≥99%得满分，否则按比例计分", ""),
           ("产出", "质量指标", "教师培训完成率", "≥95%", "92%", 6, tr_p, tr_rule, "部分教师因教学任务未参训，扣2分"),
           ("产出", "质量指标", "校舍安全隐患整改率", "100%", "100%", 4, 4, "100%得满分，否则不得分", ""),
           ("产出", "时效指标", "资助资金发放及时率", "100%", "100%", 5, 5, "按时发放得满分，否则不得分", ""),
           ("产出", "成本指标", "小学生均公用经费拨付标准（元）", "≥720", "760", 5, 5, "达到标准得满分，否则不得分", ""),
           ("效益", "社会效益", "适龄儿童入学率", "100%", "100%", 5, 5, "100%得满分，否则按比例计分", ""),
           ("效益", "社会效益", "学前三年毛入园率", "≥95%", "93.1%", 5, P(93.1, 95, 5), "≥95%得满分，否则按比例计分",
            "部分外来务工人员子女未入园"),
           ("效益", "可持续影响", "教育优质均衡发展长效机制", "健全", "基本健全", 5, 4, "健全得5分，否则酌情扣分",
            "集团化办学考核办法待完善，扣1分"),
           ("效益", "满意度", "家长满意度", "≥90%", "92.3%", 5, 5, "≥90%得满分，否则按比例计分", "")]
    ind8 = [x[:7] + (x[8],) for x in ind]
    assert s2(ind8, 5) == 100 and len(ind8) == 23
    total = s2(ind8, 6)
    assert total == 94.75 and grade(total) == "优", total
    g = gold(None, dept, 2023, "COUNTY", "江苏省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ib_p_total, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), [], grows(ind8))
    meta = dict(dept=dept, ind=ind, total=total, split=15,
                bud=[("合计", ib_p_total, ab, eb, rate), ("其中：基本支出", ib_b, ab_b, eb_b, pct(eb_b, ab_b)),
                     ("项目支出", ib_p, ab_p, eb_p, pct(eb_p, ab_p))],
                goal="推进义务教育学校标准化建设8所，新增公办幼儿园学位1200个以上，落实家庭经济困难学生资助政策，完成教师全员"
                     "培训，巩固义务教育发展成果，办好人民满意的教育。",
                done="完成义务教育学校标准化建设8所，新增公办幼儿园学位1350个，资助家庭经济困难学生5820人次，教师培训完成率92%，"
                     "义务教育巩固率99.6%，家长满意度92.3%。")
    fnd = [F("SPENDING_OVER_BUDGET", "基本支出", f"其中：基本支出 | 21,460.00 | 22,318.75 | 22,406.12 | {pct(eb_b, ab_b):.2f}%",
             "22,406.12", "≤ 22,318.75", "HIGH", "WARNING",
             "the 基本支出 line spends 22,406.12万元 of a 22,318.75万元 全年预算 (100.39%, arithmetically right); the 合计 "
             "(98.11%) stays under budget only because 项目支出 (93.46%) is under"),
           F("BREAKDOWN_SUM", "年初预算数", "合计 | 30,100.00 / 其中：基本支出 | 21,460.00 / 项目支出 | 8,540.00", "30,100.00",
             "30,000.00", "HIGH", "ERROR",
             "年初预算数 column: 基本 21,460.00 + 项目 8,540.00 = 30,000.00, the 合计 line prints 30,100.00; the 全年预算数 "
             "and 全年执行数 columns add up (22,318.75 + 10,926.40 = 33,245.15; 22,406.12 + 10,211.36 = 32,617.48)"),
           F("RULE_SCORE", "教师培训完成率", f"教师培训完成率 | 6 | {tr_rule} | ≥95% | 92% | {tr_p} | 部分教师因教学任务未参训，扣2分",
             str(tr_p), str(tr_true), "HIGH", "ERROR",
             f"the row's own 评分标准 “{tr_rule}”: 92% is 3 points under 95%, 6 − 3 = 3; the row deducts 2 and prints 4 (the "
             "first row of 指标表（二）). With the rule applied the rows add to 93.75, still 优")]
    return {"stem": "h258_haizhou_jiaoyu", "format": "xlsx", "write": write258, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the indicator table CONTINUES OVER TWO SHEETS: “指标表（一）” holds rows 1–15 (投入, 过程 and the first "
                      "four 产出 rows), “指标表（二）” rows 16–23, the 合计 row and the grade; the column header is REPEATED at "
                      "the top of the second sheet (with the caption “三、绩效指标完成情况（续）”) and the 一级 “产出” and 二级 "
                      "“质量指标” cells are written again there (merged over the continuing rows): one table, 23 rows, the "
                      "second sheet's header row is not a row and 产出/质量指标 is one group; the budget block and the 年度总体目标 "
                      "are on a sheet of their own, “预算执行情况” (the first tab)",
                      "each sheet's print setup repeats the header (print titles) and fits one A4 landscape page; a 评分标准 "
                      "column sits between 分值 and 年度指标值 (rules full of numbers, not scores)",
                      "“三公”经费变动率 -6.2% vs ≤0 (a decrease, met); 在职人员控制率 97.8% vs ≤100% (a ceiling, met); "
                      "义务教育学校标准化建设 8 vs ≥8 (met exactly); 学前三年毛入园率 5 × 93.1 ÷ 95 = 4.9 (the row's rule); "
                      "预算执行率 98.11% × 8 = 7.85 (the row's rule); 小学生均公用经费拨付标准 760元 vs ≥720 (元, not a budget "
                      "figure)",
                      "绩效指标明确性 −0.5 (its rule, 1 item), 资金使用合规性 −1 (its rule, 1 item), 资产管理规范性 −0.5, "
                      "教育优质均衡发展长效机制 −1 with reasons (judgement)",
                      "项目 93.46% and 合计 98.11% right; 基本 100.39% right as arithmetic (the SPENDING_OVER_BUDGET finding); "
                      "合计 94.75 = rows"]}


def write258(rep, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter
    M = rep["meta"]
    wb = Workbook()
    wb.properties.creator = wb.properties.lastModifiedBy = "hzjyj"
    wb.properties.created = wb.properties.modified = H.A.FIXED
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)

    def put(ws, r, c, v, bold=False, al=ctr, b=True, size=10, fmt_=None):
        cell = ws.cell(row=r, column=c, value=v)
        cell.font = Font(name="宋体", size=size, bold=bold)
        cell.alignment = al
        if b:
            cell.border = border
        if fmt_:
            cell.number_format = fmt_
        return cell

    def box(ws, r1, c1, r2, c2):
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                ws.cell(row=r, column=c).border = border

    # sheet 1: 预算执行情况
    ws = wb.active
    ws.title = "预算执行情况"
    for k, w in enumerate([22, 16, 16, 16, 12], 1):
        ws.column_dimensions[get_column_letter(k)].width = w
    put(ws, 1, 1, f"{M['dept']}2023年度部门整体支出绩效自评表", True, b=False, size=16)
    ws.merge_cells("A1:E1")
    ws.row_dimensions[1].height = 30
    put(ws, 2, 1, f"填报单位（盖章）：{M['dept']}", al=left, b=False)
    ws.merge_cells("A2:C2")
    put(ws, 2, 4, "金额单位：万元", al=Alignment(horizontal="right"), b=False)
    ws.merge_cells("D2:E2")
    put(ws, 3, 1, "一、预算执行情况", True, al=left, b=False, size=11)
    for k, h in enumerate(["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"], 1):
        put(ws, 4, k, h, True)
    for r, (lab, a, b_, e, q) in enumerate(M["bud"], 5):
        put(ws, r, 1, lab, al=left)
        for k, v in enumerate((a, b_, e), 2):
            put(ws, r, k, v, al=Alignment(horizontal="right", vertical="center"), fmt_="#,##0.00")
        put(ws, r, 5, f"{q:.2f}%")
    put(ws, 9, 1, "二、年度总体目标完成情况", True, al=left, b=False, size=11)
    put(ws, 10, 1, "年度目标", True)
    put(ws, 10, 2, M["goal"], al=left)
    ws.merge_cells("B10:E10")
    put(ws, 11, 1, "实际完成情况", True)
    put(ws, 11, 2, M["done"], al=left)
    ws.merge_cells("B11:E11")
    box(ws, 10, 1, 11, 5)
    ws.row_dimensions[10].height = ws.row_dimensions[11].height = 48
    put(ws, 12, 1, "注：绩效指标完成情况见“指标表（一）”“指标表（二）”。", al=left, b=False, size=9)
    ws.merge_cells("A12:E12")
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4

    head = ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "年度指标值", "实际完成值", "得分", "偏差原因分析"]
    widths = [9, 11, 28, 6, 30, 11, 13, 7, 30]
    ind = M["ind"]
    parts = [ind[:M["split"]], ind[M["split"]:]]
    for pi, part in enumerate(parts):
        ws = wb.create_sheet(f"指标表（{'一二'[pi]}）")
        for k, w in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(k)].width = w
        cap = "三、绩效指标完成情况" + ("（续）" if pi else "")
        put(ws, 1, 1, cap, True, al=left, b=False, size=11)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=9)
        for k, h in enumerate(head, 1):
            put(ws, 2, k, h, True)
        ws.row_dimensions[2].height = 24
        r0 = 3
        for i, x in enumerate(part):
            r = r0 + i
            vals = [x[0], x[1], x[2], x[5], x[7], x[3], x[4], x[6], x[8]]
            for k, v in enumerate(vals, 1):
                put(ws, r, k, v, al=left if k in (3, 5, 9) else ctr)
            ws.row_dimensions[r].height = 30
        for a, b_ in spans(part, 0):
            if b_ > a:
                ws.merge_cells(start_row=r0 + a, start_column=1, end_row=r0 + b_, end_column=1)
        for a, b_ in spans(part, 1):
            if b_ > a:
                ws.merge_cells(start_row=r0 + a, start_column=2, end_row=r0 + b_, end_column=2)
        ws.print_title_rows = "2:2"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 1
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        if pi == 1:
            r = r0 + len(part)
            put(ws, r, 1, "合计", True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
            put(ws, r, 4, 100, True)
            put(ws, r, 5, "", True)
            ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=7)
            put(ws, r, 8, M["total"], True)
            put(ws, r, 9, "自评等级：优", True)
            box(ws, r, 1, r, 9)
            put(ws, r + 1, 1, "说明：1.本表为“指标表（一）”的续表；2.自评等级：" + BANDS, al=left, b=False, size=9)
            ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=9)
            put(ws, r + 2, 1, "填表人：陈××　　审核人：周××　　联系电话：0518-85×××××　　填报日期：2024年3月26日",
                al=left, b=False, size=10)
            ws.merge_cells(start_row=r + 2, start_column=1, end_row=r + 2, end_column=9)
    wb.active = 0
    wb.save(path)
    H.A.normalize_zip(path)


ALL.append(h258())

def main(argv):
    round_main(argv, ALL, "40")


if __name__ == "__main__":
    main(sys.argv[1:])
