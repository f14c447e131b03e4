#!/usr/bin/python3
"""Round 66 (h384–h388): layouts and file features not used before, each with PLANTED audit problems, made apart from
the code by the corpus66 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report
whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 -B corpus-heldout/src/reports66.py [h384 …]
(needs Pillow; every file is written by hand — no office library:
h384 a 项目 form as a FLAT ODF SPREADSHEET (.fods: LibreOffice's / WPS's “Flat XML ODF Spreadsheet”, one XML document,
root office:document with office:mimetype, meta, settings, styles, automatic styles and the body inline; no ZIP):
typed cells carry office:value / office:value-type beside the shown text:p, the fund block's sums, the fund line's
得分 and the 总分 are table:formula with their cached values, merged cells number-columns/rows-spanned with
table:covered-table-cell, a 计量单位 column;
h385 a 部门整体 self-evaluation REPORT as a PDF printed through a PostScript driver that sends TrueType as BITMAP
fonts: every glyph a TYPE 3 font glyph (an image mask drawn by its CharProc, 1-bit, 48 px per em), the text in
three Type 3 fonts of up to 223 glyphs each with single-byte codes, a ToUnicode CMap per font;
h386 a third-party 项目 绩效评价报告 as a PDF from an older Distiller-style workflow: the one font is the
NON-EMBEDDED STSong-Light (Adobe-GB1) under the PREDEFINED CMap GBK-EUC-H — the text strings are GBK bytes, there is
NO ToUnicode: a reader must map GBK → CID → Unicode through the Adobe-GB1 tables;
h387 a 项目 form RECEIVED BY FAX: a two-page TIFF (CCITT Group 4, 1-bit, fine mode 204 × 196 dpi, 1728 px wide) with
the sending machine's header line (date, time, sender's number and name, page n/2) on each page and a receiving
footer; no text at all;
h388 a 部门整体 form exported as “Word” by a Java system as WORD-FLAVOURED HTML under a .doc name (the o / w / v
namespaces, `<!--[if gte mso 9]><xml><w:WordDocument>` with View Print, mso- styles, @page Section1 landscape,
tables with rowspan / colspan, GBK with a gb2312 meta): neither an OLE .doc, nor RTF, nor Word 2003 XML.)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因 …).
"""
import html as htmlmod
import io
import os
import re
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402,F401
from heldout import fmt, budget, gold  # noqa: E402
from reports4 import pct, F  # noqa: E402
from reports22 import s2, r2, with_project, grows  # noqa: E402
from reports36_common import BANDS, grade, P, main as round_main  # noqa: E402
from reports41 import spans  # noqa: E402

ALL = []
DROID = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
LIB_SERIF = "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"
DEJAVU_SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
DEJAVU_SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def esc(s):
    return htmlmod.escape(s, quote=True)


def no_half(x, what):
    """a figure printed to 2 decimals must not sit on a half (x.xx5), where rounding conventions differ"""
    assert abs(x * 100 - round(x * 100) - 0.5) > 1e-6 and abs(x * 100 - round(x * 100) + 0.5) > 1e-6, (what, x)


def mc(x):
    return f"{x:,.2f}"


def q(s):
    return f"{s:.2f}%"


def f2(x):
    return f"{x:.2f}"


def secs_of(ind, names):
    return [(n, s2([x for x in ind if x[0] == n], 5), s2([x for x in ind if x[0] == n], 6)) for n in names]


def missed_ok(ind):
    """every row below a quantitative target: (三级, 得分, proportion score, has reason)"""
    out = []
    for x in ind:
        m_t = re.match(r"^([≥≤]?)(\d+(?:\.\d+)?)", x[3] or "")
        m_a = re.match(r"^(\d+(?:\.\d+)?)", x[4] or "")
        if not m_t or not m_a:
            continue
        t, a = float(m_t.group(2)), float(m_a.group(1))
        if (m_t.group(1) == "≤" and a > t) or (m_t.group(1) != "≤" and a < t):
            out.append((x[2], x[6], P(a, t, x[5]), bool(x[7])))
    return out


# ============================================================ glyph fonts: which face draws a character

_FACES = {}


def face(path, size):
    from PIL import ImageFont
    k = (path, size)
    if k not in _FACES:
        _FACES[k] = ImageFont.truetype(path, size)
    return _FACES[k]


_HAS = {}


def droid_has(ch):
    """Droid Sans Fallback draws CJK and full-width forms but not ASCII, ≥ ≤ ‰ “ ” — × (its .notdef box instead)"""
    if ch not in _HAS:
        from PIL import Image, ImageDraw
        f = face(DROID, 40)

        def m(c):
            im = Image.new("L", (70, 70), 0)
            ImageDraw.Draw(im).text((10, 10), c, font=f, fill=255)
            return im.tobytes()
        _HAS[ch] = ch.isspace() or m(ch) != m("\uE000")
    return _HAS[ch]


def pil_face(ch, size, serif=True):
    if droid_has(ch) and ord(ch) > 0x2FFF:
        return face(DROID, size)
    if ord(ch) < 128:
        return face(LIB_SERIF if serif else DEJAVU_SANS, size)
    return face(DEJAVU_SERIF if serif else DEJAVU_SANS, size)


# ============================================================ a small PDF writer (objects, streams, xref)

class Pdf:
    def __init__(self):
        self.objs = []

    def reserve(self):
        self.objs.append(None)
        return len(self.objs)

    def put(self, n, body):
        self.objs[n - 1] = body if isinstance(body, bytes) else body.encode("latin-1")

    def add(self, body):
        n = self.reserve()
        self.put(n, body)
        return n

    def stream(self, data, extra="", compress=True):
        if isinstance(data, str):
            data = data.encode("latin-1")
        if compress:
            data = zlib.compress(data, 9)
            extra = "/Filter /FlateDecode " + extra
        return self.add(f"<< {extra}/Length {len(data)} >>\nstream\n".encode("latin-1") + data + b"\nendstream")

    def bytes(self, root, info):
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offs = []
        for k, body in enumerate(self.objs, 1):
            offs.append(len(out))
            out += f"{k} 0 obj\n".encode() + body + b"\nendobj\n"
        x = len(out)
        out += f"xref\n0 {len(self.objs) + 1}\n0000000000 65535 f \n".encode()
        for o in offs:
            out += f"{o:010d} 00000 n \n".encode()
        out += (f"trailer\n<< /Size {len(self.objs) + 1} /Root {root} 0 R /Info {info} 0 R "
                f"/ID [<{ID66}> <{ID66}>] >>\nstartxref\n{x}\n%%EOF\n").encode()
        return bytes(out)


ID66 = "6b1f0e2c9d4a4f3e8a7d2c5b1e0f9a66"


def pdf_str(s):
    """a PDF text string: UTF-16BE with BOM, hex"""
    return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"


class RawCanvas:
    """the part of reportlab's canvas the page sheet uses (setFont, drawString, setLineWidth, rect, showPage), written
    to raw content streams; the text operators come from the font kit (Type 3 bitmaps or GBK-EUC-H)"""

    def __init__(self, kit, W, Hh):
        self.kit, self.W, self.H = kit, W, Hh
        self.pages, self.ops, self.size = [], [], 10

    def setFont(self, _name, size):
        self.size = size

    def setLineWidth(self, w):
        self.ops.append(f"{w:.2f} w")

    def rect(self, x, y, w, h, stroke=1, fill=0):
        self.ops.append(f"{x:.2f} {y:.2f} {w:.2f} {h:.2f} re S")

    def hline(self, x0, x1, y, w=0.6):
        self.ops.append(f"{w:.2f} w {x0:.2f} {y:.2f} m {x1:.2f} {y:.2f} l S")

    def drawString(self, x, y, s):
        if s:
            self.ops.append(self.kit.show(s, x, y, self.size))

    def setPageSize(self, size):
        self.W, self.H = size

    def showPage(self):
        self.pages.append(("\n".join(self.ops), self.W, self.H))
        self.ops = []

    def save(self, path, info):
        pdf = Pdf()
        fonts = self.kit.fonts(pdf)
        pages_n = pdf.reserve()
        kids = []
        for content, pw, ph in self.pages:
            c = pdf.stream("0 0 0 RG 0 0 0 rg 1 J 1 j\n" + content)
            kids.append(pdf.add(f"<< /Type /Page /Parent {pages_n} 0 R /MediaBox [0 0 {pw:.4f} {ph:.4f}] "
                                f"/Resources << /ProcSet [/PDF /Text /ImageB] /Font << {fonts} >> >> "
                                f"/Contents {c} 0 R >>"))
        pdf.put(pages_n, f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>")
        root = pdf.add(f"<< /Type /Catalog /Pages {pages_n} 0 R >>")
        inf = pdf.add("<< " + " ".join(f"/{k} {v}" for k, v in info) + " >>")
        with open(path, "wb") as f:
            f.write(pdf.bytes(root, inf))


class Type3Kit:
    """text as TYPE 3 BITMAP FONTS, as a PostScript printer driver that downloads TrueType as bitmaps leaves it: each
    glyph an image mask (1-bit, E px per em) painted by its CharProc; single-byte codes 0x21–0xFF, a new font every 223
    glyphs; a ToUnicode CMap per font"""
    E = 48

    def __init__(self):
        self.codes = {}  # char → (font index, code)
        self.order = []

    def adv(self, ch):
        if ord(ch) < 128:
            return int(round(face(LIB_SERIF, 1000).getlength(ch)))
        return 1000

    def width(self, s, size):
        return sum(self.adv(ch) for ch in s) * size / 1000

    def code(self, ch):
        if ch not in self.codes:
            n = len(self.order)
            self.codes[ch] = (n // 223, 0x21 + n % 223)
            self.order.append(ch)
        return self.codes[ch]

    def show(self, s, x, y, size):
        out, cur, run = [f"BT {x:.2f} {y:.2f} Td"], None, ""
        for ch in s:
            fi, cd = self.code(ch)
            if fi != cur:
                if run:
                    out.append(f"<{run}> Tj")
                out.append(f"/T3F{fi} {size:g} Tf")
                cur, run = fi, ""
            run += f"{cd:02X}"
        out.append(f"<{run}> Tj ET")
        return " ".join(out)

    def bitmap(self, ch):
        from PIL import Image, ImageDraw
        E = self.E
        a = self.adv(ch)
        wpx, hpx = max(1, round(a * E / 1000)), round(1.2 * E)
        f = pil_face(ch, E, serif=True)
        nat = max(1, int(round(f.getlength(ch))))
        im = Image.new("L", (max(nat, wpx) + E, hpx), 255)
        ImageDraw.Draw(im).text((0, round(0.95 * E)), ch, font=f, fill=0, anchor="ls")
        im = im.crop((0, 0, nat, hpx))
        if nat != wpx:
            im = im.resize((wpx, hpx), Image.LANCZOS)
        return im.point(lambda v: 0 if v < 140 else 255).convert("1"), wpx, hpx

    def fonts(self, pdf):
        refs = []
        for fi in range((len(self.order) + 222) // 223):
            chars = self.order[fi * 223:(fi + 1) * 223]
            procs, widths, diffs, cmap = [], [], [], []
            for k, ch in enumerate(chars):
                code = 0x21 + k
                bm, wpx, hpx = self.bitmap(ch)
                a = self.adv(ch)
                proc = (f"{a} 0 0 -250 {a} 950 d1\nq {a} 0 0 1200 0 -250 cm\n"
                        f"BI /IM true /W {wpx} /H {hpx} /BPC 1 /F /AHx ID\n{bm.tobytes().hex().upper()}>\nEI Q")
                procs.append(f"/g{code:02X} {pdf.stream(proc)} 0 R")
                widths.append(str(a))
                diffs.append(f"/g{code:02X}")
                cmap.append(f"<{code:02X}> <{ch.encode('utf-16-be').hex().upper()}>")
            blocks = []
            for b in range(0, len(cmap), 100):
                part = cmap[b:b + 100]
                blocks.append(f"{len(part)} beginbfchar\n" + "\n".join(part) + "\nendbfchar")
            tu = pdf.stream("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry "
                            "(Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 "
                            "def\n1 begincodespacerange\n<00> <FF>\nendcodespacerange\n" + "\n".join(blocks) +
                            "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend")
            cp = pdf.add("<< " + " ".join(procs) + " >>")
            f = pdf.add(f"<< /Type /Font /Subtype /Type3 /Name /T3F{fi} /FontBBox [0 -250 1000 950] "
                        f"/FontMatrix [0.001 0 0 0.001 0 0] /CharProcs {cp} 0 R "
                        f"/Encoding << /Type /Encoding /Differences [33 {' '.join(diffs)}] >> /FirstChar 33 "
                        f"/LastChar {32 + len(chars)} /Widths [{' '.join(widths)}] /ToUnicode {tu} 0 R "
                        f"/Resources << /ProcSet [/PDF /ImageB] >> >>")
            refs.append(f"/T3F{fi} {f} 0 R")
        return " ".join(refs)


class GbkKit:
    """text in the NON-EMBEDDED STSong-Light (Adobe-GB1) under the predefined CMap GBK-EUC-H: the strings are GBK bytes
    (ASCII one byte → the half-width CIDs 814–907, space CID 7716; everything else two bytes → full-width CIDs), no
    ToUnicode"""

    def width(self, s, size):
        return sum(500 if ord(ch) < 128 else 1000 for ch in s) * size / 1000

    def show(self, s, x, y, size):
        return f"BT /F1 {size:g} Tf {x:.2f} {y:.2f} Td <{s.encode('gbk').hex().upper()}> Tj ET"

    def fonts(self, pdf):
        fd = pdf.add("<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
                     "/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 /XHeight 616 >>")
        cid = pdf.add("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry "
                      f"(Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor {fd} 0 R /DW 1000 "
                      "/W [814 907 500 7716 [500]] >>")
        t0 = pdf.add("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-GBK-EUC-H /Encoding /GBK-EUC-H "
                     f"/DescendantFonts [{cid} 0 R] >>")
        return f"/F1 {t0} 0 R"


def wrap(text, width, size, kit):
    """Chinese line breaking by the kit's widths: a run of digits/Latin is never split, closing punctuation never
    starts a line"""
    if not text:
        return [""]
    out, cur = [], ""
    for tok in re.findall(r"[0-9A-Za-z.,%\-≥≤/]+|.", text):
        if kit.width(cur + tok, size) > width and cur and tok not in "，。；、）”：%":
            out.append(cur)
            cur = tok
        else:
            cur += tok
    if cur:
        out.append(cur)
    return out


class Sheet:
    """a tiny page writer: text, wrapped paragraphs and ruled grids (every cell, a merged one once, its own rectangle)"""

    def __init__(self, c, W, Hh, x0=56.0):
        self.c, self.W, self.H, self.X0 = c, W, Hh, x0
        self.y = Hh - 64

    def txt(self, x, y, s_, size, align="l"):
        self.c.setFont("F", size)
        w = self.c.kit.width(s_, size)
        self.c.drawString(x - w / 2 if align == "c" else x - w if align == "r" else x, y, s_)

    def para(self, s_, size=11, indent=True, lead=20.0, width=None):
        for ln in wrap(("　　" if indent else "") + s_, width or (self.W - 2 * self.X0), size, self.c.kit):
            self.txt(self.X0, self.y, ln, size)
            self.y -= lead

    def grid(self, rows, widths, merges=(), size=8.5, aligns=None, head_rows=(), pad=3.0, lead=10.5, x0=None):
        kit = self.c.kit
        cover = {}
        for r1, c1, r2_, c2 in merges:
            for rr in range(r1, r2_ + 1):
                for cc in range(c1, c2 + 1):
                    cover[(rr, cc)] = (r1, c1, r2_, c2)
        xs = [self.X0 if x0 is None else x0]
        for w in widths:
            xs.append(xs[-1] + w)
        heights = []
        for r, row in enumerate(rows):
            h = lead + 2 * pad + 2
            for k, s_ in enumerate(row):
                m = cover.get((r, k))
                if m and ((m[0], m[1]) != (r, k) or m[2] > m[0]):
                    continue
                span = (m[3] - m[1] + 1) if m else 1
                n = len(wrap(s_ or "", sum(widths[k:k + span]) - 2 * pad, size, kit))
                h = max(h, n * lead + 2 * pad + 2)
            heights.append(h)
        ys = [self.y + 8]
        for h in heights:
            ys.append(ys[-1] - h)
        self.c.setLineWidth(0.6)
        for r, row in enumerate(rows):
            for k, s_ in enumerate(row):
                m = cover.get((r, k))
                if m and (m[0], m[1]) != (r, k):
                    continue
                r2_, c2 = (m[2], m[3]) if m else (r, k)
                xa, xb, ya, yb = xs[k], xs[c2 + 1], ys[r2_ + 1], ys[r]
                self.c.rect(xa, ya, xb - xa, yb - ya, stroke=1, fill=0)
                lines = wrap(s_, xb - xa - 2 * pad, size, kit) if s_ else []
                al = "c" if (aligns is None or r in head_rows) else aligns[k]
                ty = (ya + yb) / 2 + (len(lines) - 1) * lead / 2 - size * 0.35
                for i, ln in enumerate(lines):
                    xx = (xa + xb) / 2 if al == "c" else xa + pad if al == "l" else xb - pad
                    self.txt(xx, ty - i * lead, ln, size, al)
        self.y = ys[-1] - 18
        return ys


def ind_rows(ind, merges, h0, cols=(0, 1)):
    """merges for the runs of equal 一级 / 一级+二级 of the indicator rows starting at grid row h0"""
    for col in cols:
        for a_, b_ in spans(ind, col):
            if b_ > a_:
                merges.append((h0 + a_, col, h0 + b_, col))
    return merges


# ============================================================ h384 左权县林业局 (FODS: flat ODF spreadsheet, 项目 form)

def h384():
    dept, unit = "左权县林业局", "左权县森林草原防火服务中心"
    project = "2024年左权县森林草原防火能力提升项目"
    src = [("中央财政林业草原改革发展资金", 420.00, 420.00, 411.36), ("省级森林草原防火专项资金", 180.00, 210.00, 186.74),
           ("县级配套资金", 96.00, 96.00, 90.35)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    true_rate = pct(ea, aa)
    assert (ia, aa, ea, true_rate) == (696.00, 726.00, 688.45, 94.83), (ia, aa, ea, true_rate)
    srates = [pct(x[3], x[2]) for x in src]
    assert srates == [97.94, 88.92, 94.11], srates
    rate = 94.38  # PLANT EXECUTION_RATE: 年度资金总额 执行率 typed 94.38%; 688.45 ÷ 726.00 = 94.83% (digits transposed)
    fs = r2(rate / 10)  # the fund line's 得分 is the form's formula on the typed rate: 9.44 (9.48 on the right rate)
    assert fs == 9.44 and r2(true_rate / 10) == 9.48
    # (一级, 二级, 三级, 指标值, 计量单位, 实际完成值, 分值, 得分, 偏差原因)
    raw = [("产出指标", "数量指标", "新建生物防火隔离带", "≥120", "公里", "126", 8, 8, ""),
           ("产出指标", "数量指标", "购置扑火机具装备", "≥850", "台（套）", "850", 6, 6, ""),
           ("产出指标", "数量指标", "新建森林防火检查站", "≥4", "个", "3", 6, P(3, 4, 6),
            "1处检查站因选址调整，2025年3月完工；按完成比例计分"),
           ("产出指标", "数量指标", "护林员防火业务培训", "≥1500", "人次", "1620", 5, 5, ""),
           # PLANT ROW_SCORE_OVER_WEIGHT: 隔离带建设验收合格率 得分 6.5 on a 分值 of 6
           ("产出指标", "质量指标", "隔离带建设验收合格率", "≥95", "%", "97.6", 6, 6.5, ""),
           ("产出指标", "质量指标", "扑火装备配发到位率", "100", "%", "100", 5, 5, ""),
           ("产出指标", "质量指标", "防火检查站建设达标率", "100", "%", "100", 4, 4, ""),
           ("产出指标", "时效指标", "项目按期完工率", "≥95", "%", "92.5", 5, P(92.5, 95, 5),
            "检查站选址调整致工期顺延；按完成比例计分"),
           ("产出指标", "成本指标", "隔离带单位建设成本", "≤2.6", "万元/公里", "2.48", 5, 5, ""),
           ("效益指标", "社会效益指标", "森林火灾受害率", "≤0.9", "‰", "0.12", 6, 6, ""),
           ("效益指标", "社会效益指标", "24小时森林火灾扑灭率", "≥95", "%", "100", 6, 6, ""),
           ("效益指标", "社会效益指标", "带动护林员就业", "≥260", "人", "265", 6, 6, ""),
           ("效益指标", "生态效益指标", "森林覆盖率", "≥42.5", "%", "42.8", 6, 6, ""),
           ("效益指标", "可持续影响指标", "森林防火长效管护机制", "健全", "", "基本健全", 6, 5,
            "村级护林联防责任制落实不到位，扣1分"),
           ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90", "%", "93.6", 5, 5, ""),
           ("满意度指标", "服务对象满意度指标", "护林员满意度", "≥90", "%", "88.2", 5, P(88.2, 90, 5),
            "部分护林员反映装备配发批次较晚；按完成比例计分")]
    no_half(92.5 / 95 * 5, "完工率")
    no_half(88.2 / 90 * 5, "护林员")
    # the gold's 指标值 / 完成值: the figure with its 计量单位 appended
    ind = [(a, b, c, t + u if t[-1].isdigit() else t, v + u if v[-1].isdigit() else v, w, s_, why)
           for a, b, c, t, u, v, w, s_, why in raw]
    assert len(ind) == 16 and s2(ind, 5) == 90, s2(ind, 5)
    assert [(a, b, c) for a, b, c, d in missed_ok(ind)] == [("新建森林防火检查站", 4.5, 4.5), ("项目按期完工率", 4.87, 4.87),
                                                        ("护林员满意度", 4.9, 4.9)], missed_ok(ind)
    assert all(d for *_, d in missed_ok(ind))
    total = r2(fs + s2(ind, 6))
    assert total == 97.21 and grade(total) == "优" and grade(r2(total - 0.5 - fs + 9.48)) == "优", total
    fund = (None, None, "年度资金总额", None, q(rate), 10, fs, "")
    g = gold(None, dept, 2024, "COUNTY", "山西省", "SELF_EVALUATION", None, total, 100, "优", budget(ia, aa, ea, rate),
             [], grows([fund] + ind))
    g = with_project(g, project, unit)
    # GOAL_LABELS: the 预期目标 numbers its goals 目标一, 目标二, 目标四 (no 目标三); the 实际完成情况 answers 目标一–目标三
    plan = ("目标一：新建生物防火隔离带120公里，新建森林防火检查站4个；目标二：购置扑火机具装备850台（套），开展护林员防火业务培训"
            "1500人次；目标四：森林火灾受害率控制在0.9‰以内，24小时森林火灾扑灭率达到95%以上。")  # PLANT GOAL_LABELS
    done = ("目标一：建成生物防火隔离带126公里，新建森林防火检查站3个（1个因选址调整2025年3月完工）；目标二：购置扑火机具装备850台"
            "（套），培训护林员1620人次；目标三：全年森林火灾受害率0.12‰，24小时森林火灾扑灭率100%。")
    meta = dict(dept=dept, unit=unit, project=project, src=src, srates=srates, ia=ia, aa=aa, ea=ea, rate=rate, fs=fs,
                raw=raw, total=total, plan=plan, done=done)
    fnd = [F("EXECUTION_RATE", "年度资金总额",
             f"年度资金总额 | {mc(ia)} | {mc(aa)} | {mc(ea)} | 10 | {q(rate)} | {f2(fs)}", q(rate), q(true_rate), "HIGH",
             "ERROR",
             f"全年执行数 {mc(ea)} ÷ 全年预算数 {mc(aa)} = {q(true_rate)}; the 执行率 cell is a typed value 94.38% (digits "
             "transposed; the sources' rates beside it are right) and the fund line's 得分 formula =ROUND(执行率×分值) "
             "follows it: 9.44 instead of 9.48 (one finding); the 总分 carries the 9.44; 优 either way"),
           F("ROW_SCORE_OVER_WEIGHT", "隔离带建设验收合格率",
             "产出指标 | 质量指标 | 隔离带建设验收合格率 | ≥95 | % | 97.6 | 6 | 6.5", "6.5", "≤ 6", "HIGH", "ERROR",
             "the row scores 6.5 against a 分值 of 6; a row cannot score more than its 分值 (97.6% meets ≥95%: the full 6); "
             "the 总分 formula adds the 6.5 (one finding)"),
           F("GOAL_LABELS", "年度总体目标",
             "预期目标：目标一：…；目标二：…；目标四：森林火灾受害率控制在0.9‰以内… / 实际完成情况：目标一：…；目标二：…；"
             "目标三：全年森林火灾受害率0.12‰…", "目标一, 目标二, 目标四", "目标一, 目标二, 目标三", "HIGH", "WARNING",
             "the 预期目标 numbers its three goals 目标一, 目标二, 目标四 — there is no 目标三 — while the 实际完成情况 answers the "
             "third one (火灾受害率, 扑灭率) as 目标三: the goal labels skip a number and the two cells do not match")]
    return {"stem": "h384_zuoquan_linye", "format": "fods", "text": fods384(meta), "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["a FLAT ODF spreadsheet: one XML document (office:document, office:mimetype "
                      "application/vnd.oasis.opendocument.spreadsheet), no ZIP; each number cell has office:value beside "
                      "its shown text (960 shown “960.00”, 0.9794 shown “97.94%”); the fund block's sums, the fund line's "
                      "得分 and the 总分 are table:formula cells with cached values equal to their formulas",
                      "the 计量单位 column: the gold's 指标值 / 完成值 carry the unit (≥120公里, 97.6%, ≤0.9‰)",
                      f"funds: the three sources add up in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); 中央 97.94%, 省级 "
                      "88.92%, 县级 94.11% right; none over budget; 年初 < 全年 (省级 追加)",
                      "three rows below target scored by the proportion rule with reasons: 检查站 6 × 3 ÷ 4 = 4.5, 完工率 "
                      "5 × 92.5 ÷ 95 = 4.868 → 4.87, 护林员满意度 5 × 88.2 ÷ 90 = 4.9; 长效管护机制 −1 with a reason "
                      "(judgement); 扑火机具装备 850 vs ≥850 (met exactly); 隔离带单位建设成本 2.48 vs ≤2.6万元/公里 and 森林火灾"
                      "受害率 0.12 vs ≤0.9‰ (ceilings, met)",
                      f"总分 {f2(total)} = the fund line's 9.44 + the 16 rows (no TOTAL_VS_ROWS); 分值 10 + 90 = 100; 优 on "
                      "97.21 and with both figures corrected (96.75)"]}


def fods384(M):
    """the flat ODF spreadsheet, as LibreOffice Calc 7.x writes “Flat XML ODF Spreadsheet (.fods)”"""
    NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
          'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" '
          'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" '
          'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')
    rows = []  # each row: list of cells; cell = dict(t=text, v=value, vt=type, f=formula, st=style, cs=, rs=) or None
    merges = []

    def C(t="", st="ce_txt", **kw):
        d = dict(t=t, st=st)
        d.update(kw)
        return d

    def num(v, shown, st="ce_num", f=None):
        return C(shown, st, v=v, vt="float", f=f)

    def pc(v, st="ce_pct"):
        return C(f"{v * 100:.2f}%", st, v=round(v, 6), vt="percentage")
    NC = 9
    rows.append([C("项目支出绩效自评表", "ce_title", cs=NC)] + [None] * (NC - 1))
    rows.append([C("（2024年度）", "ce_sub", cs=NC)] + [None] * (NC - 1))
    rows.append([C(f"填报单位（盖章）：{M['unit']}", "ce_left", cs=6)] + [None] * 5 + [C("金额单位：万元", "ce_right", cs=3), None,
                                                                               None])
    rows.append([C("项目名称", cs=2), None, C(M["project"], "ce_l", cs=7)] + [None] * 6)
    rows.append([C("主管部门", cs=2), None, C(M["dept"], "ce_l", cs=3), None, None, C("实施单位"),
                 C(M["unit"], "ce_l", cs=3), None, None])
    fr = len(rows)  # 0-based index of the fund header row
    rows.append([C("项目资金（万元）", cs=2, rs=6), None, C("", "ce_txt"), C("年初预算数"), C("全年预算数"), C("全年执行数"),
                 C("分值"), C("执行率"), C("得分")])
    r_tot = fr + 2  # 1-based row number of the 年度资金总额 line in the sheet
    d1, d2 = r_tot + 1, r_tot + len(M["src"])
    rows.append([None, None, C("年度资金总额"),
                 num(M["ia"], mc(M["ia"]), f=f"of:=SUM([.D{d1}:.D{d2}])"),
                 num(M["aa"], mc(M["aa"]), f=f"of:=SUM([.E{d1}:.E{d2}])"),
                 num(M["ea"], mc(M["ea"]), f=f"of:=SUM([.F{d1}:.F{d2}])"),
                 num(10, "10", "ce_int"), pc(M["rate"] / 100),
                 num(M["fs"], f2(M["fs"]), f=f"of:=ROUND([.H{r_tot}]*[.G{r_tot}];2)")])
    for (n, a, b, e), rt in zip(M["src"], M["srates"]):
        rows.append([None, None, C(f"其中：{n}" if n.startswith("中央") else n, "ce_l"), num(a, mc(a)), num(b, mc(b)),
                     num(e, mc(e)), C("—"), pc(rt / 100), C("—")])
    rows.append([None, None, C("其他资金", "ce_l"), C(""), C(""), C(""), C("—"), C(""), C("—")])
    rows.append([C("年度总体目标", rs=2), C("预期目标", cs=4), None, None, None, C("实际完成情况", cs=4), None, None, None])
    rows.append([None, C(M["plan"], "ce_wrap", cs=4), None, None, None, C(M["done"], "ce_wrap", cs=4), None, None, None])
    rows.append([C("一级指标"), C("二级指标"), C("三级指标"), C("年度指标值"), C("计量单位"), C("实际完成值"), C("分值"),
                 C("得分"), C("偏差原因分析及改进措施")])
    h0 = len(rows)
    for (a, b, c, t, u, v, w, s_, why) in M["raw"]:
        def val(x):
            return num(float(x), x, "ce_gen") if re.fullmatch(r"\d+(\.\d+)?", x) else C(x)
        rows.append([C(a), C(b), C(c, "ce_l"), C(t), C(u), val(v), num(w, fmt(w), "ce_int"), num(s_, fmt(s_), "ce_sc"),
                     C(why, "ce_wrap")])
    top = ind_rows(M["raw"], [], h0)
    for r1, c1, r2_, _ in top:
        rows[r1][c1]["rs"] = r2_ - r1 + 1
        for rr in range(r1 + 1, r2_ + 1):
            rows[rr][c1] = None
    s_first, s_last = h0 + 1, len(rows)
    rows.append([C("总分", cs=6), None, None, None, None, None,
                 num(100, "100", "ce_int", f=f"of:=[.G{r_tot}]+SUM([.G{s_first}:.G{s_last}])"),
                 num(M["total"], f2(M["total"]), "ce_sc", f=f"of:=[.I{r_tot}]+SUM([.H{s_first}:.H{s_last}])"),
                 C("自评等级：优", "ce_l")])
    rows.append([C("说明：1.年度资金总额得分＝执行率×分值；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”计分，"
                   "反向指标（“≤”）不超过指标值的得满分；3.定性指标根据完成情况酌情扣分；4.等级划分：" + BANDS, "ce_note", cs=NC)]
                + [None] * (NC - 1))
    rows.append([C("填报人：李晓峰　　联系电话：0354-8623175　　单位负责人：张国栋　　填报日期：2025年4月14日", "ce_left", cs=NC)]
                + [None] * (NC - 1))
    # check the formulas' cached values against the rows they sum
    assert r2(M["fs"] + sum(x[7] for x in M["raw"])) == M["total"] and 10 + sum(x[6] for x in M["raw"]) == 100
    del merges
    # ---- the XML
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "",
           f'<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">',
           " <office:meta><meta:creation-date>2025-04-14T09:12:37.420000000</meta:creation-date>"
           "<dc:date>2025-04-14T16:48:05.118000000</dc:date><meta:editing-duration>PT1H26M14S</meta:editing-duration>"
           "<meta:editing-cycles>7</meta:editing-cycles><meta:generator>LibreOffice/7.5.4.2$Windows_X86_64 "
           "LibreOffice_project/36ccfdc35048b057fd9854c757a8b67ec53977b6</meta:generator>"
           "<dc:creator>李晓峰</dc:creator><meta:document-statistic meta:table-count=\"1\" "
           f"meta:cell-count=\"{sum(1 for r in rows for c in r if c and c.get('t'))}\" meta:object-count=\"0\"/>"
           "</office:meta>",
           ' <office:settings><config:config-item-set config:name="ooo:view-settings"><config:config-item '
           'config:name="VisibleAreaTop" config:type="int">0</config:config-item><config:config-item '
           'config:name="VisibleAreaLeft" config:type="int">0</config:config-item></config:config-item-set>'
           '</office:settings>',
           ' <office:font-face-decls><style:font-face style:name="宋体" svg:font-family="宋体" '
           'style:font-family-generic="system" style:font-pitch="variable"/></office:font-face-decls>',
           ' <office:styles><style:default-style style:family="table-cell"><style:paragraph-properties '
           'style:tab-stop-distance="0.5in"/><style:text-properties style:font-name="宋体" fo:font-size="10pt" '
           'fo:language="zh" fo:country="CN"/></style:default-style>'
           '<number:number-style style:name="N2"><number:number number:decimal-places="2" number:min-decimal-places="2" '
           'number:min-integer-digits="1" number:grouping="true"/></number:number-style>'
           '<number:percentage-style style:name="N10"><number:number number:decimal-places="2" '
           'number:min-decimal-places="2" number:min-integer-digits="1"/><number:text>%</number:text>'
           '</number:percentage-style>'
           '<number:number-style style:name="N0"><number:number number:min-integer-digits="1"/></number:number-style>'
           '<style:style style:name="Default" style:family="table-cell"/></office:styles>',
           " <office:automatic-styles>"]
    widths = ["0.78in", "0.9in", "1.45in", "0.85in", "0.8in", "0.85in", "0.5in", "0.6in", "1.9in"]
    for k, w in enumerate(widths):
        out.append(f'  <style:style style:name="co{k + 1}" style:family="table-column"><style:table-column-properties '
                   f'fo:break-before="auto" style:column-width="{w}"/></style:style>')
    out.append('  <style:style style:name="ro1" style:family="table-row"><style:table-row-properties '
               'style:row-height="0.2in" fo:break-before="auto" style:use-optimal-row-height="true"/></style:style>')
    border = 'fo:border="0.06pt solid #000000"'
    for name, extra, dn in (("ce_title", 'fo:font-size="16pt" fo:font-weight="bold"', None),
                            ("ce_sub", 'fo:font-size="11pt"', None), ("ce_left", "", None), ("ce_right", "", None),
                            ("ce_txt", border, None), ("ce_l", border, None), ("ce_wrap", border, None),
                            ("ce_num", border, "N2"), ("ce_pct", border, "N10"), ("ce_int", border, "N0"),
                            ("ce_sc", border, None), ("ce_gen", border, None), ("ce_note", 'fo:font-size="9pt"', None)):
        ha = ("start" if name in ("ce_left", "ce_l", "ce_wrap", "ce_note") else "end" if name in ("ce_right", "ce_num")
              else "center")
        wrapx = ' fo:wrap-option="wrap"' if name in ("ce_wrap", "ce_note", "ce_l", "ce_txt") else ""
        tp = ""
        m = re.search(r'fo:font-size="[^"]+"(?: fo:font-weight="bold")?', extra)
        if m:
            tp = f"<style:text-properties {m.group(0)}/>"
            extra = extra.replace(m.group(0), "").strip()
        dn_ = f' style:data-style-name="{dn}"' if dn else ""
        out.append(f'  <style:style style:name="{name}" style:family="table-cell" style:parent-style-name="Default"{dn_}>'
                   f'<style:table-cell-properties style:vertical-align="middle"{wrapx} {extra}/>'
                   f'<style:paragraph-properties fo:text-align="{ha}"/>{tp}</style:style>'.replace("  />", "/>")
                   .replace(" />", "/>"))
    out.append(' </office:automatic-styles>')
    out.append(' <office:body>')
    out.append('  <office:spreadsheet>')
    out.append('   <table:calculation-settings table:automatic-find-labels="false" table:use-regular-expressions="false" '
               'table:use-wildcards="true"/>')
    out.append('   <table:table table:name="自评表" table:style-name="ta1">')
    for k in range(NC):
        out.append(f'    <table:table-column table:style-name="co{k + 1}" table:default-cell-style-name="Default"/>')
    covered = set()
    for r, row in enumerate(rows):
        for k, c in enumerate(row):
            if c:
                for dr in range(c.get("rs", 1)):
                    for dk in range(c.get("cs", 1)):
                        if dr or dk:
                            covered.add((r + dr, k + dk))
    for r, row in enumerate(rows):
        cells = []
        for k, c in enumerate(row):
            if (r, k) in covered:
                cells.append("<table:covered-table-cell/>")
                continue
            if c is None:
                c = C("", "ce_txt")
            at = [f'table:style-name="{c["st"]}"']
            if c.get("f"):
                at.append(f'table:formula="{esc(c["f"])}"')
            if c.get("vt") == "float":
                at.append(f'office:value-type="float" office:value="{fmt(c["v"])}" calcext:value-type="float"')
            elif c.get("vt") == "percentage":
                at.append(f'office:value-type="percentage" office:value="{fmt(c["v"])}" '
                          'calcext:value-type="percentage"')
            elif c["t"]:
                at.append('office:value-type="string" calcext:value-type="string"')
            if c.get("rs", 1) > 1 or c.get("cs", 1) > 1:
                at.append(f'table:number-columns-spanned="{c.get("cs", 1)}" table:number-rows-spanned="{c.get("rs", 1)}"')
            body = f"<text:p>{esc(c['t'])}</text:p>" if c["t"] else ""
            cells.append(f"<table:table-cell {' '.join(at)}>{body}</table:table-cell>" if body else
                         f"<table:table-cell {' '.join(at)}/>")
        out.append('    <table:table-row table:style-name="ro1">' + "".join(cells) + "</table:table-row>")
    out.append('   </table:table>')
    out.append('   <table:named-expressions/>')
    out.append('  </office:spreadsheet>')
    out.append(' </office:body>')
    out.append('</office:document>')
    return "\n".join(out) + "\n"


ALL.append(h384())


# ============================================================ h385 松阳县文化和广电旅游体育局 (PDF, TYPE 3 bitmap fonts, 部门整体 报告)

def h385():
    dept = "松阳县文化和广电旅游体育局"
    ib, ip = 2104.80, 1181.70
    ab, ap = 2236.46, 1666.28
    eb, ep = 2219.83, 1521.79
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    rate, rb, rp = pct(ea, aa), pct(eb, ab), pct(ep, ap)
    assert (ia, aa, ea, rate, rb, rp) == (3286.50, 3902.74, 3741.62, 95.87, 99.26, 91.33), (ia, aa, ea, rate, rb, rp)
    ind = [("预算执行", "预算执行", "预算执行率", "≥95%", q(rate), 10, 10, ""),
           ("产出指标", "数量指标", "文化惠民送戏下乡", "≥200场", "216场", 6, 6, ""),
           ("产出指标", "数量指标", "新建农村文化礼堂", "≥12家", "12家", 6, 6, ""),
           ("产出指标", "数量指标", "新建乡村博物馆", "≥6家", "8家", 5, 5, ""),
           ("产出指标", "数量指标", "新建改造全民健身场地设施", "≥25处", "27处", 5, 5, ""),
           # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: 已完成 at the full 6; 三（一） says 2 of the 3 were finished
           ("产出指标", "数量指标", "省级文物保护单位修缮", "3处", "已完成", 6, 6, ""),
           ("产出指标", "质量指标", "文物修缮工程验收合格率", "100%", "100%", 5, 5, ""),
           ("产出指标", "质量指标", "公共文化场馆免费开放率", "100%", "100%", 4, 4, ""),
           ("产出指标", "时效指标", "重点项目按期完成率", "≥90%", "85.7%", 4, P(85.7, 90, 4),
            "2个项目受雨季影响工期顺延；按完成比例计分"),
           ("产出指标", "成本指标", "“三公”经费控制率", "≤100%", "87.3%", 4, 4, ""),
           ("效益指标", "社会效益指标", "全县旅游接待人次增长率", "≥8%", "9.6%", 6, 6, ""),
           # PLANT RATE_OVER_ZERO_BASE: 乡村博物馆数量增长率 100% over a 2023 base of 0 (the row's own note)
           ("效益指标", "社会效益指标", "乡村博物馆数量增长率", "≥50%", "100%", 5, 5,
            "2023年末全县乡村博物馆0家，2024年新建8家"),
           ("效益指标", "社会效益指标", "群众文化活动参与人次", "≥35万人次", "38.2万人次", 6, 6, ""),
           ("效益指标", "经济效益指标", "全县旅游总收入", "≥62亿元", "58.9亿元", 6, P(58.9, 62, 6),
            "受周边景区分流影响，游客人均消费下降；按完成比例计分"),
           ("效益指标", "可持续影响指标", "文化遗产保护传承机制", "健全", "健全", 6, 6, ""),
           ("效益指标", "可持续影响指标", "体育场馆长效运营机制", "健全", "基本健全", 6, 5, "乡镇体育场馆运营管理制度尚不完善"),
           ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "94.2%", 5, 5, ""),
           ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "92.8%", 5, 5, "")]
    no_half(85.7 / 90 * 4, "按期")
    no_half(58.9 / 62 * 6, "收入")
    assert len(ind) == 18 and s2(ind, 5) == 100
    assert [(a, b, c) for a, b, c, d in missed_ok(ind)] == [("重点项目按期完成率", 3.81, 3.81), ("全县旅游总收入", 5.7, 5.7)]
    assert all(d for *_, d in missed_ok(ind))
    names = ["预算执行", "产出指标", "效益指标", "满意度指标"]
    secs = secs_of(ind, names)
    assert secs == [("预算执行", 10, 10), ("产出指标", 45, 44.81), ("效益指标", 35, 33.7), ("满意度指标", 10, 10)], secs
    shown = [(n, w, 33.07 if n == "效益指标" else s_) for n, w, s_ in secs]  # PLANT SECTION_VS_ROWS: 表2 效益指标 33.07
    total = s2(ind, 6)
    assert total == 98.51 and grade(total) == "优"
    g = gold(None, dept, 2024, "COUNTY", "浙江省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), shown, grows(ind))
    meta = dict(dept=dept, b=(ib, ip, ab, ap, eb, ep, ia, aa, ea, rate, rb, rp), ind=ind, shown=shown, total=total)
    fnd = [F("SECTION_VS_ROWS", "效益指标", "表2 | 效益指标 | 35 | 33.07", "33.07", "33.70", "HIGH", "ERROR",
             "the six 效益指标 rows of the 附件 score 6 + 5 + 6 + 5.7 + 6 + 5 = 33.70, 表2 prints 33.07 (digits transposed); "
             "the 合计 98.51 and the text use the rows' figure (the four 一级 of 表2 as printed add to 97.88: the same "
             "finding)"),
           F("RATE_OVER_ZERO_BASE", "乡村博物馆数量增长率",
             "效益指标 | 社会效益指标 | 乡村博物馆数量增长率 | ≥50% | 100% | 5 | 5 | 2023年末全县乡村博物馆0家，2024年新建8家",
             "100%", "— (base 0)", "HIGH", "WARNING",
             "the row's own note (and 三（二）) says there were 0 乡村博物馆 at the end of 2023 and 8 were built in 2024: a "
             "growth rate over a base of 0 is undefined, yet it is given as 100% and scores the full 5 against ≥50%"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "省级文物保护单位修缮",
             "产出指标 | 数量指标 | 省级文物保护单位修缮 | 3处 | 已完成 | 6 | 6 / 三（一）：计划修缮省级文物保护单位3处，已完工2处，"
             "大东坝石仓古民居修缮工程受雨季影响尚在施工", "6", "< 6", "HIGH", "WARNING",
             "the row says 已完成 and pays the full 6 with no 偏差原因, while 三（一） says 2 of the 3 were finished and one is "
             "still under construction; in proportion it would be 6 × 2 ÷ 3 = 4")]
    return {"stem": "h385_songyang_wenguanglvti", "format": "pdf", "draw": draw385, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the PDF's text is in TYPE 3 BITMAP FONTS (a PostScript driver's download of TrueType as bitmaps): "
                      "two fonts T3F0 and T3F1 (223 and 92 glyphs), single-byte codes 0x21–0xFF, every glyph an image mask; a "
                      "ToUnicode CMap per font gives the text; no TrueType / CID font at all; Info says Creator "
                      "“PScript5.dll Version 5.2.2”, Producer “GPL Ghostscript 9.27”, Title “Microsoft Word - …docx”",
                      f"budget: 基本 + 项目 = 合计 in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {q(rate)}, 基本 "
                      f"{q(rb)}, 项目 {q(rp)} right; none over budget; 年初 < 全年 (追加); the 预算执行率 row {q(rate)} ≥95%: "
                      "full 10",
                      "two rows below target scored by the proportion rule with reasons: 按期完成率 4 × 85.7 ÷ 90 = 3.809 → "
                      "3.81, 旅游总收入 6 × 58.9 ÷ 62 = 5.7; 体育场馆长效运营机制 −1 with a reason (judgement); 新建农村文化礼堂 12 "
                      "vs ≥12家 (met exactly); “三公”经费控制率 87.3% vs ≤100% (a ceiling, met)",
                      "表2's 预算执行 10, 产出指标 44.81 and 满意度指标 10 and every 分值 equal the rows; 合计 98.51 = the 18 "
                      "rows; the text's figures (216场, 12家, 8家, 27处, 38.2万人次, 9.6%, 58.9亿元) agree with the 附件; 优"]}


def draw385(rep, path):
    M = rep["meta"]
    ib, ip, ab, ap, eb, ep, ia, aa, ea, rate, rb, rp = M["b"]
    W, Hh = 595.2756, 841.8898
    c = RawCanvas(Type3Kit(), W, Hh)
    s = Sheet(c, W, Hh, 64.0)
    foot = [0]

    def footer():
        foot[0] += 1
        s.txt(W / 2, 36, f"— {foot[0]} —", 10, "c")
        c.showPage()
        s.y = Hh - 72
    s.txt(W / 2, Hh - 96, M["dept"], 18, "c")
    s.txt(W / 2, Hh - 124, "2024年度部门整体支出绩效自评报告", 18, "c")
    s.y = Hh - 170
    s.para("根据《松阳县财政局关于开展2024年度部门（单位）预算绩效自评工作的通知》要求，我局对2024年度部门整体支出开展了绩效自评，"
           "现将有关情况报告如下。", 11.5, lead=21)
    s.para("一、部门基本情况", 12, indent=False, lead=22)
    s.para("我局为县政府工作部门，主要负责全县文化、广播电视、旅游和体育事业发展，文物保护利用和公共文化服务体系建设等工作。内设"
           "股室8个，下属事业单位6个，年末在职人员132人。", 11.5, lead=21)
    s.para("二、部门预算执行情况", 12, indent=False, lead=22)
    s.para(f"2024年度部门年初预算{mc(ia)}万元，全年预算{mc(aa)}万元（年中追加旅游宣传推广、文物保护等项目资金），全年执行"
           f"{mc(ea)}万元，预算执行率{q(rate)}。其中基本支出全年预算{mc(ab)}万元，执行{mc(eb)}万元，执行率{q(rb)}；项目支出全年"
           f"预算{mc(ap)}万元，执行{mc(ep)}万元，执行率{q(rp)}。", 11.5, lead=21)
    s.txt(W / 2, s.y, "表1  2024年度部门预算执行情况", 10.5, "c")
    s.y -= 14
    s.grid([["项目", "年初预算数（万元）", "全年预算数（万元）", "全年执行数（万元）", "执行率"],
            ["合计", mc(ia), mc(aa), mc(ea), q(rate)], ["基本支出", mc(ib), mc(ab), mc(eb), q(rb)],
            ["项目支出", mc(ip), mc(ap), mc(ep), q(rp)]], (90, 96, 96, 96, 89.28), size=9.5, aligns="crrrr",
           head_rows=(0,), lead=12)
    s.para("三、绩效目标完成情况", 12, indent=False, lead=22)
    s.para("（一）产出情况。全年开展文化惠民送戏下乡216场，新建农村文化礼堂12家、乡村博物馆8家，新建改造全民健身场地设施27处。"
           "计划修缮省级文物保护单位3处，已完工2处，大东坝石仓古民居修缮工程受雨季影响尚在施工。文物修缮工程验收合格率100%，公共文化"
           "场馆全部免费开放；重点项目按期完成率85.7%。", 11.5, lead=21)
    footer()
    s.para("（二）效益情况。全县旅游接待人次同比增长9.6%，旅游总收入58.9亿元；群众文化活动参与38.2万人次。乡村博物馆从无到有，"
           "2023年末全县乡村博物馆0家，2024年新建8家，数量增长100%。", 11.5, lead=21)
    s.para("（三）满意度情况。第三方抽样调查显示，群众满意度94.2%，游客满意度92.8%。", 11.5, lead=21)
    s.para("四、自评结果", 12, indent=False, lead=22)
    s.para(f"经自评，我局2024年度部门整体支出绩效自评得分{f2(M['total'])}分，自评等级为“优”（" + BANDS.rstrip("。") +
           "）。各一级指标得分情况见表2，自评表见附件。", 11.5, lead=21)
    s.txt(W / 2, s.y, "表2  一级指标得分情况", 10.5, "c")
    s.y -= 14
    rows = [["一级指标", "分值", "得分"]] + [[n, fmt(w), f2(sc)] for n, w, sc in M["shown"]]
    rows.append(["合计", "100", f2(M["total"])])
    s.grid(rows, (160, 120, 120), size=9.5, aligns="ccc", head_rows=(0,), lead=12, x0=(W - 400) / 2)
    s.para("五、存在的问题", 12, indent=False, lead=22)
    s.para("一是部分重点项目前期工作不够扎实，工期受天气影响较大；二是乡镇体育场馆运营管理制度尚不完善；三是旅游消费拉动作用有待"
           "提升。", 11.5, lead=21)
    s.para("六、改进措施", 12, indent=False, lead=22)
    s.para("加强项目前期论证和进度管理，健全乡镇体育场馆长效运营机制，深化文旅融合，推动绩效自评结果与预算安排挂钩。", 11.5, lead=21)
    s.y -= 10
    s.txt(W - 80, s.y, M["dept"], 11.5, "r")
    s.y -= 21
    s.txt(W - 80, s.y, "2025年4月25日", 11.5, "r")
    footer()
    s.txt(s.X0, Hh - 60, "附件", 12)
    s.txt(W / 2, Hh - 88, "松阳县文化和广电旅游体育局2024年度部门整体支出绩效自评表", 13, "c")
    s.y = Hh - 112
    s.X0 = 40.0
    ind = M["ind"]
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]]
    for x in ind:
        rows.append([x[0], x[1], x[2], x[3], x[4], fmt(x[5]), fmt(x[6]), x[7]])
    rows.append(["合计", "", "", "", "", "100", f2(M["total"]), ""])
    merges = ind_rows(ind, [(len(rows) - 1, 0, len(rows) - 1, 4)], 1)
    s.grid(rows, (50, 66, 100, 58, 58, 32, 36, 115.28), merges, size=8, aligns="cclcccccl"[:8], head_rows=(0,), pad=2.5,
           lead=10)
    assert s.y > 50, s.y
    footer()
    c.save(path, [("Title", pdf_str("Microsoft Word - 松阳县文化和广电旅游体育局2024年度部门整体支出绩效自评报告.docx")),
                  ("Author", pdf_str("wglt")), ("Creator", "(PScript5.dll Version 5.2.2)"),
                  ("Producer", "(GPL Ghostscript 9.27)"), ("CreationDate", "(D:20250425163012+08'00')"),
                  ("ModDate", "(D:20250425163012+08'00')")])


ALL.append(h385())


# ============================================================ h386 大埔县水务局 (PDF, GBK-EUC-H, non-embedded STSong-Light, 第三方评价)

def h386():
    dept, unit = "大埔县水务局", "大埔县河道管理所"
    project = "2024年大埔县中小河流治理项目"
    evaluator = "梅州市正衡工程咨询有限公司"
    src = [("中央水利发展资金", 1500.00, 1500.00, 1438.62), ("省级水利专项资金", 700.00, 880.00, 812.35),
           ("县级配套资金", 260.00, 300.00, 245.18)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    assert (ia, aa, ea, rate) == (2460.00, 2680.00, 2496.15, 93.14), (ia, aa, ea, rate)
    srates = [pct(x[3], x[2]) for x in src]
    assert srates == [95.91, 92.31, 81.73], srates
    no_half(ea / aa * 5, "执行率 row")
    unit_cost = r2(ea / 18.5)
    assert unit_cost == 134.93
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 扣分原因, 评分标准)
    rule_q = "符合要求得满分，每发现一处问题扣1分，扣完为止"
    rows = [("决策", "项目立项", "立项依据充分性", "充分", "充分", 3, 3, "", rule_q),
            ("决策", "项目立项", "立项程序规范性", "规范", "规范", 2, 2, "", rule_q),
            ("决策", "绩效目标", "绩效目标合理性", "合理", "合理", 3, 3, "", rule_q),
            ("决策", "绩效目标", "绩效指标明确性", "明确", "部分明确", 3, 2, "效益指标未细化量化，扣1分", rule_q),
            ("决策", "资金投入", "预算编制科学性", "科学", "科学", 2, 2, "", rule_q),
            ("决策", "资金投入", "资金分配合理性", "合理", "合理", 2, 2, "", rule_q),
            ("过程", "资金管理", "资金到位率", "100%", "100%", 4, 4, "", "资金到位率×分值"),
            ("过程", "资金管理", "预算执行率", "100%", q(rate), 5, r2(rate * 5 / 100),
             "部分工程结算尚未完成，按执行率计分", "预算执行率×分值"),
            ("过程", "资金管理", "资金使用合规性", "合规", "合规", 4, 4, "", rule_q),
            ("过程", "组织实施", "管理制度健全性", "健全", "健全", 3, 3, "", rule_q),
            ("过程", "组织实施", "制度执行有效性", "有效", "基本有效", 4, 3, "监理日志记录不完整，扣1分", rule_q),
            ("产出", "产出数量", "河道综合治理长度", "≥18.5公里", "18.5公里", 10, 10, "",
             "达到目标值得满分，未达到按完成比例计分"),
            ("产出", "产出数量", "新建加固堤防长度", "≥12.6公里", "13.1公里", 8, 8, "", "达到目标值得满分，未达到按完成比例计分"),
            ("产出", "产出质量", "工程验收合格率", "100%", "100%", 8, 8, "", "合格率100%得满分，每低1个百分点扣1分"),
            # PLANT TARGET_MET_POINTS_LOST: 工程按期完工率 96.2% ≥95%, 6 of 7, no 扣分原因
            ("产出", "产出时效", "工程按期完工率", "≥95%", "96.2%", 7, 6, "", "达到95%得满分，每低1个百分点扣0.5分"),
            ("产出", "产出成本", "单位长度治理成本", "≤150万元/公里", f"{unit_cost}万元/公里", 7, 7, "",
             "不超过目标值得满分，超出的按超出比例扣分"),
            ("效益", "社会效益", "保护人口", "≥3.2万人", "3.35万人", 6, 6, "", "达到目标值得满分，未达到按完成比例计分"),
            ("效益", "社会效益", "保护耕地", "≥1.1万亩", "1.16万亩", 5, 5, "", "达到目标值得满分，未达到按完成比例计分"),
            # PLANT MALFORMED_RULE: 河道水质达标率 bands ≥90% full, 80%（含）—85% 3分, <80% 0 — nothing for 85%–90%
            ("效益", "生态效益", "河道水质达标率", "≥90%", "92.4%", 5, 5, "",
             "达标率≥90%得满分；80%（含）—85%得3分；80%以下不得分"),
            ("效益", "可持续影响", "工程长效管护机制", "健全", "基本健全", 4, 3, "部分堤段管护责任未落实到人，扣1分", rule_q),
            ("效益", "满意度", "受益群众满意度", "≥90%", "88.5%", 5, P(88.5, 90, 5), "按完成比例计分",
             "满意度≥90%得满分，未达到按完成比例计分")]
    ind = [x[:8] for x in rows]
    no_half(88.5 / 90 * 5, "满意度")
    assert len(ind) == 21 and s2(ind, 5) == 100
    assert [(a, b, c) for a, b, c, d in missed_ok(ind)] == [("预算执行率", 4.66, 4.66), ("受益群众满意度", 4.92, 4.92)]
    assert all(d for *_, d in missed_ok(ind))
    names = ["决策", "过程", "产出", "效益"]
    secs = secs_of(ind, names)
    assert secs == [("决策", 15, 14), ("过程", 20, 18.66), ("产出", 40, 39), ("效益", 25, 23.92)], secs
    rows_total = s2(ind, 6)
    assert rows_total == 95.58
    total = 96.58  # PLANT TOTAL_VS_ROWS: 综合得分 96.58 in the text, 表2 and the 评分表; the rows (and 表2's four 一级) add to 95.58
    assert grade(total) == grade(rows_total) == grade(r2(rows_total + 1)) == "优"
    g = gold(None, dept, 2024, "COUNTY", "广东省", "THIRD_PARTY_EVALUATION", evaluator, total, 100, "优",
             budget(ia, aa, ea, rate), secs, grows(ind))
    g = with_project(g, project, unit)
    meta = dict(dept=dept, unit=unit, project=project, evaluator=evaluator, src=src, srates=srates, ia=ia, aa=aa, ea=ea,
                rate=rate, rows=rows, secs=secs, total=total, unit_cost=unit_cost)
    fnd = [F("TOTAL_VS_ROWS", "合计", f"评分表 合计 | 100 | {f2(total)} / 表2 合计 | 100 | {f2(total)} / 综合得分{f2(total)}分",
             f2(total), f2(rows_total), "HIGH", "ERROR",
             "the 21 rows of the 评分表 add to 95.58 (决策 14 + 过程 18.66 + 产出 39 + 效益 23.92, which are also 表2's four "
             "一级 scores), yet the 评分表's 合计, 表2's 合计 (with its 得分率 96.58%) and the text's 综合得分 say 96.58 (one "
             "finding, printed three times; the 一级 scores are right, so no SECTION_VS_ROWS); 优 either way"),
           F("MALFORMED_RULE", "河道水质达标率",
             "评分表 | 河道水质达标率 | 5 | 达标率≥90%得满分；80%（含）—85%得3分；80%以下不得分", "85%–90%: no band",
             "bands without a gap", "HIGH", "WARNING",
             "the rule pays the full mark from 90%, 3分 for 80%（含）—85% and 0 below 80%: a 达标率 from 85% to 90% has no "
             "score (the second band was presumably meant as 80%（含）—90%); the row's 92.4% is in the top band and its "
             "full 5 stands"),
           F("TARGET_MET_POINTS_LOST", "工程按期完工率",
             "产出 | 产出时效 | 工程按期完工率 | 7 | 达到95%得满分，每低1个百分点扣0.5分 | ≥95% | 96.2% | 6", "6", "7", "HIGH",
             "WARNING",
             "96.2% meets the ≥95% target and the row's own rule gives the full mark from 95%, yet it scores 6 of 7 with no "
             "扣分原因 (the text gives none either)")]
    return {"stem": "h386_dabu_shuiwu", "format": "pdf", "draw": draw386, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["the PDF's one font is STSong-Light (Adobe-GB1), NOT EMBEDDED, under the predefined CMap GBK-EUC-H: "
                      "the text strings are GBK bytes and there is NO ToUnicode; the Unicode text comes only from the "
                      "Adobe-GB1 tables (GBK → CID through GBK-EUC-H, CID → Unicode through Adobe-GB1-UCS2); ASCII digits "
                      "and Latin go to the half-width CIDs 814–907 — Adobe's Adobe-GB1-UCS2 gives them back as ASCII, "
                      "poppler's cidToUnicode as FULL-WIDTH forms (２０２４, ９３．１４％), so pdftotext prints the "
                      "figures in full-width digits: the same figures",
                      f"funds: the three sources add up in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {q(rate)}, 中央 "
                      "95.91%, 省级 92.31%, 县级 81.73% right; none over budget; 年初 < 全年 (省级 追加)",
                      "预算执行率 5 × 93.14% = 4.657 → 4.66 and 受益群众满意度 5 × 88.5 ÷ 90 = 4.917 → 4.92 by their rules; "
                      "绩效指标明确性, 制度执行有效性 and 工程长效管护机制 −1 each with reasons (judgement); 河道综合治理长度 18.5 "
                      "vs ≥18.5公里 (met exactly); 单位长度治理成本 134.93 = 2,496.15 ÷ 18.5 vs ≤150万元/公里 (a ceiling, met)",
                      "表2's four 一级 scores and 分值 equal the rows (so the wrong 合计 is a TOTAL_VS_ROWS, not a SECTION_VS_ROWS); "
                      "优 on 96.58 and on 95.58"]}


def draw386(rep, path):
    M = rep["meta"]
    W, Hh = 595.2756, 841.8898
    c = RawCanvas(GbkKit(), W, Hh)
    s = Sheet(c, W, Hh, 64.0)
    page = [0]

    def footer(w=W):
        page[0] += 1
        s.txt(w / 2, 34, f"第 {page[0]} 页 共 4 页", 9, "c")
        c.showPage()
        s.y = Hh - 72
    s.txt(W / 2, Hh - 150, M["project"], 20, "c")
    s.txt(W / 2, Hh - 182, "支出绩效评价报告", 20, "c")
    s.y = Hh - 330
    for k, v in (("委托单位", "大埔县财政局"), ("项目单位", M["dept"]), ("评价机构", M["evaluator"]), ("报告编号", "ZH-JX-2025-017"),
                 ("报告日期", "2025年6月12日")):
        s.txt(170, s.y, f"{k}：{v}", 13)
        s.y -= 30
    footer()
    s.para("一、项目基本情况", 12, indent=False, lead=22)
    s.para(f"（一）项目概况。{M['project']}由{M['dept']}主管、{M['unit']}实施，治理梅潭河大埔段及其支流河道18.5公里，新建加固"
           "堤防13.1公里，工程于2024年3月开工，2024年12月完工验收。", 11, lead=20)
    s.para(f"（二）资金情况。项目年初预算{mc(M['ia'])}万元，全年预算{mc(M['aa'])}万元（省级追加180.00万元、县级追加40.00万元），"
           f"全年执行{mc(M['ea'])}万元，预算执行率{q(M['rate'])}，资金来源及执行情况见表1。", 11, lead=20)
    s.txt(W / 2, s.y, "表1  项目资金来源及执行情况（单位：万元）", 10, "c")
    s.y -= 14
    rows = [["资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率"]]
    for (n, a, b, e), rt in zip(M["src"], M["srates"]):
        rows.append([n, mc(a), mc(b), mc(e), q(rt)])
    rows.append(["合计", mc(M["ia"]), mc(M["aa"]), mc(M["ea"]), q(M["rate"])])
    s.grid(rows, (130, 85, 85, 85, 82.28), size=9.5, aligns="lrrrr", head_rows=(0,), lead=12)
    s.para("（三）绩效目标。治理河道18.5公里，新建加固堤防12.6公里以上，工程验收合格率100%，按期完工率95%以上；保护人口3.2万人、"
           "耕地1.1万亩以上，河道水质达标率90%以上，受益群众满意度90%以上。", 11, lead=20)
    s.para("二、评价工作情况", 12, indent=False, lead=22)
    s.para("评价组采用资料核查、现场勘查、问卷调查（发放问卷320份，回收有效问卷306份）和座谈访谈相结合的方法，按照“决策、过程、产出、"
           "效益”四个维度构建指标体系，共21项三级指标，满分100分。", 11, lead=20)
    s.para("三、综合评价结论", 12, indent=False, lead=22)
    s.para(f"经综合评价，该项目综合得分{f2(M['total'])}分，评价等级为“优”（" + BANDS.rstrip("。") + "）。各一级指标得分见表2。",
           11, lead=20)
    s.txt(W / 2, s.y, "表2  一级指标得分情况", 10, "c")
    s.y -= 14
    rows = [["一级指标", "分值", "得分", "得分率"]]
    for n, w, sc in M["secs"]:
        rows.append([n, fmt(w), f2(sc), q(sc / w * 100)])
    rows.append(["合计", "100", f2(M["total"]), q(M["total"])])
    s.grid(rows, (140, 90, 90, 90), size=9.5, aligns="cccc", head_rows=(0,), lead=12, x0=(W - 410) / 2)
    footer()
    s.para("四、绩效分析", 12, indent=False, lead=22)
    s.para("（一）决策。项目立项依据充分、程序规范，绩效目标总体合理，但效益指标未细化量化，绩效指标明确性扣1分。决策得分14分。",
           11, lead=20)
    s.para(f"（二）过程。资金到位率100%，预算执行率{q(M['rate'])}，部分工程结算尚未完成；监理日志记录不完整，制度执行有效性扣1分。"
           "过程得分18.66分。", 11, lead=20)
    s.para(f"（三）产出。完成河道综合治理18.5公里，新建加固堤防13.1公里，工程验收合格率100%，工程按期完工率96.2%；单位长度治理成本"
           f"{M['unit_cost']}万元/公里，低于150万元/公里的目标值。产出得分39分。", 11, lead=20)
    s.para("（四）效益。工程保护人口3.35万人、耕地1.16万亩，河道水质达标率92.4%；部分堤段管护责任未落实到人，长效管护机制扣1分；"
           "受益群众满意度88.5%。效益得分23.92分。", 11, lead=20)
    s.para("五、存在的问题", 12, indent=False, lead=22)
    s.para("一是绩效目标编制不够细化，效益指标量化不足；二是工程结算滞后，影响预算执行进度；三是工程建成后管护责任落实不到位。", 11,
           lead=20)
    s.para("六、意见建议", 12, indent=False, lead=22)
    s.para("一是细化量化绩效指标；二是加快工程结算和资金支付；三是建立健全河道堤防长效管护机制，落实管护经费和责任人。", 11, lead=20)
    s.y -= 10
    s.txt(W - 80, s.y, M["evaluator"], 11, "r")
    s.y -= 20
    s.txt(W - 80, s.y, "2025年6月12日", 11, "r")
    footer()
    # ---- the 评分表 on a landscape page
    LW, LH = Hh, W
    c.setPageSize((LW, LH))
    t = Sheet(c, LW, LH, 40.0)
    t.txt(40, LH - 44, "附件", 11)
    t.txt(LW / 2, LH - 62, f"{M['project']}绩效评价评分表", 13, "c")
    t.y = LH - 84
    rows = [["一级指标", "二级指标", "三级指标", "分值", "评分标准", "指标值", "实际完成值", "得分", "扣分原因"]]
    for x in M["rows"]:
        rows.append([x[0], x[1], x[2], fmt(x[5]), x[8], x[3], x[4], fmt(x[6]), x[7]])
    rows.append(["合计", "", "", "100", "", "", "", f2(M["total"]), ""])
    merges = ind_rows(M["rows"], [(len(rows) - 1, 0, len(rows) - 1, 2)], 1)
    t.grid(rows, (40, 52, 90, 30, 214, 66, 66, 34, 169.89), merges, size=7.5, aligns="cclclcccl",
           head_rows=(0,), pad=2.0, lead=9)
    assert t.y > 40, t.y
    page[0] += 1
    t.txt(LW / 2, 24, f"第 {page[0]} 页 共 4 页", 9, "c")
    c.showPage()
    c.save(path, [("Title", pdf_str(f"{M['project']}支出绩效评价报告")), ("Author", pdf_str("zhpg")),
                  ("Creator", "(PScript5.dll Version 5.2.2)"), ("Producer", "(Acrobat Distiller 9.0.0 \\(Windows\\))"),
                  ("CreationDate", "(D:20250612094511+08'00')"), ("ModDate", "(D:20250612094511+08'00')")])


ALL.append(h386())


# ============================================================ h387 翁牛特旗农牧局 (TIFF fax, G4, 204 × 196 dpi, 项目 form)

def h387():
    dept, unit = "翁牛特旗农牧局", "翁牛特旗家畜改良工作站"
    project = "2024年翁牛特旗肉牛良种繁育补贴项目"
    src = [("中央财政畜牧业发展资金", 600.00, 600.00, 538.60), ("自治区财政配套资金", 240.00, 300.00, 231.80),
           ("旗级配套资金", 120.00, 120.00, 92.45)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    assert (ia, aa, ea, rate) == (960.00, 1020.00, 862.85, 84.59), (ia, aa, ea, rate)
    srates = [pct(x[3], x[2]) for x in src]
    assert srates == [89.77, 77.27, 77.04], srates
    fs = r2(ea / aa * 10)
    no_half(ea / aa * 10, "fund")
    assert fs == 8.46
    ind = [("产出指标", "数量指标", "肉牛冷配改良头数", "≥3.5万头", "2.86万头", 10, P(2.86, 3.5, 10),
            "受旱情影响基础母牛存栏下降；按完成比例计分"),
           ("产出指标", "数量指标", "新增良种犊牛", "≥2.2万头", "1.74万头", 7, P(1.74, 2.2, 7), "冷配头数减少；按完成比例计分"),
           ("产出指标", "数量指标", "建设人工授精站点", "≥24个", "24个", 6, 6, ""),
           ("产出指标", "数量指标", "培训配种员", "≥180人次", "152人次", 5, P(152, 180, 5), "部分苏木培训延至2025年；按比例计分"),
           ("产出指标", "质量指标", "冻精质量合格率", "100%", "100%", 6, 6, ""),
           # PLANT TARGET_MISSED_FULL_MARKS: 母牛受胎率 61.2% of ≥65% at the full 8, no 偏差原因
           ("产出指标", "质量指标", "母牛受胎率", "≥65%", "61.2%", 8, 8, ""),
           ("产出指标", "时效指标", "补贴资金兑付及时率", "≥95%", "86.4%", 5, P(86.4, 95, 5), "自治区资金下达较晚；按比例计分"),
           ("产出指标", "成本指标", "每头改良补贴标准", "≤40元/头", "40元/头", 5, 5, ""),
           ("效益指标", "经济效益指标", "养殖户户均增收", "≥2800元", "2240元", 8, P(2240, 2800, 8), "牛价下行；按比例计分"),
           ("效益指标", "社会效益指标", "带动养殖户", "≥5200户", "4360户", 7, P(4360, 5200, 7), "按完成比例计分"),
           ("效益指标", "社会效益指标", "犊牛成活率", "≥92%", "93.4%", 5, 5, ""),
           ("效益指标", "生态效益指标", "秸秆饲料化利用率", "≥85%", "86.5%", 5, 5, ""),
           ("效益指标", "可持续影响指标", "良种繁育体系建设", "健全", "基本健全", 5, 2, "苏木级改良站点人员不足，扣3分"),
           ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "86.2%", 5, P(86.2, 90, 5), "按比例计分"),
           ("满意度指标", "服务对象满意度指标", "配种员满意度", "≥90%", "87.5%", 5, P(87.5, 90, 5), "按比例计分")]
    for a, t, w in ((2.86, 3.5, 10), (1.74, 2.2, 7), (152, 180, 5), (86.4, 95, 5), (2240, 2800, 8), (4360, 5200, 7),
                    (86.2, 90, 5), (87.5, 90, 5), (61.2, 65, 8)):
        no_half(a / t * w, (a, t))
    # PLANT WEIGHTS_VS_FULL_MARK: the 15 rows' 分值 add to 92 (产出 52, 效益 30, 满意度 10) + 10 = 102; 总分 row says 100
    assert len(ind) == 15 and s2(ind, 5) == 92 and secs_of(ind, ["产出指标"])[0][1] == 52
    mo = missed_ok(ind)
    assert [x[0] for x in mo if x[1] != x[2]] == ["母牛受胎率"] and all(x[3] for x in mo if x[0] != "母牛受胎率"), mo
    total = r2(fs + s2(ind, 6))
    assert total == 89.86, total
    grade_printed = "优"  # PLANT GRADE_OUTSIDE_BANDS: 自评等级 优 on a 总分 of 89.67 (良 by the printed bands)
    assert grade(total) == "良" and grade(r2(total - 8 + P(61.2, 65, 8))) == "良"
    fund = (None, None, "年度资金总额", None, q(rate), 10, fs, "")
    g = gold(None, dept, 2024, "COUNTY", "内蒙古自治区", "SELF_EVALUATION", None, total, 100, grade_printed,
             budget(ia, aa, ea, rate), [], grows([fund] + ind))
    g = with_project(g, project, unit)
    meta = dict(dept=dept, unit=unit, project=project, src=src, srates=srates, ia=ia, aa=aa, ea=ea, rate=rate, fs=fs,
                ind=ind, total=total, grade=grade_printed)
    fnd = [F("WEIGHTS_VS_FULL_MARK", "总分", f"总分 | 100 | {f2(total)} / 年度资金总额 分值 10 + 15 rows' 分值 92", "100", "102",
             "HIGH", "ERROR",
             "the 分值 the form prints add to 102 (10 for the fund line, 92 for the 15 indicator rows: 产出 52, 效益 30, 满意度 "
             "10), not the 100 its 总分 row states; the usual template gives 产出 50, so 2 points of 分值 too many sit in "
             "产出 (which row carries them the form does not say)"),
           F("TARGET_MISSED_FULL_MARKS", "母牛受胎率", "产出指标 | 质量指标 | 母牛受胎率 | ≥65% | 61.2% | 8 | 8", "8", "< 8", "HIGH",
             "WARNING",
             "61.2% is below the ≥65% target, yet the row scores the full 8 with no 偏差原因; the proportion rule the form's "
             "说明 states (and its other missed rows use) gives 8 × 61.2 ÷ 65 = 7.53"),
           F("GRADE_OUTSIDE_BANDS", "自评等级", f"总分 | 100 | {f2(total)} | 自评等级：优", "优", "良", "HIGH", "ERROR",
             f"{f2(total)} lies in the 80（含）–90 band the form's own 说明 calls 良, yet the grade is 优 (良 also on 89.39 "
             "with 母牛受胎率 scored by its rule, and on the 102-point 分值 scaled to 100)")]
    return {"stem": "h387_wengniute_nongmu", "format": "tif", "write": write387, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["a FAX received as a TIFF: two pages, CCITT Group 4, 1-bit, 204 × 196 dpi (fine mode), 1728 px wide, "
                      "no text layer at all; each page starts with the SENDING machine's header line (2025-04-17 15:26, "
                      "FROM 0476-4322815 WNTQ NMJ, TO 0476-4321106, P.1/2) and ends with the receiving machine's line: "
                      "transmission data, not the report; the 填报单位（盖章） line carries no seal",
                      "the indicator table runs over the two pages, its header row repeated at the top of page 2: not a row",
                      f"funds: the three sources add up in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {q(rate)}, 中央 "
                      "89.77%, 自治区 77.27%, 旗级 77.04% right (low but right); none over budget; 年初 < 全年 (自治区 追加); "
                      "the fund line 84.59% × 10 = 8.459 → 8.46 (its rule)",
                      "eight rows below target scored by the proportion rule with reasons (冷配 8.17, 犊牛 5.54, 培训 4.22, "
                      "兑付 4.55, 增收 6.4, 带动 5.87, 养殖户满意度 4.79, 配种员满意度 4.86); 良种繁育体系 −3 with a reason "
                      "(judgement); 人工授精站点 24 vs ≥24个 (met exactly); 补贴标准 40 vs ≤40元/头 (a ceiling, met exactly)",
                      f"总分 {f2(total)} = 8.46 + the 15 rows as printed (no TOTAL_VS_ROWS)"]}


def _runs(s):
    """a string cut into runs drawn by one face each (Droid for CJK, DejaVu Sans for ASCII and ≥ ≤ “ ” …)"""
    out = []
    for ch in s:
        d = droid_has(ch) and ord(ch) > 0x2FFF
        if out and out[-1][0] == d:
            out[-1][1] += ch
        else:
            out.append([d, ch])
    return out


def plen(s, size):
    return sum(face(DROID if d else DEJAVU_SANS, size).getlength(t) for d, t in _runs(s))


def ptext(dr, x, y, s, size):
    """text with its baseline at y"""
    for d, t in _runs(s):
        f = face(DROID if d else DEJAVU_SANS, size)
        dr.text((x, y), t, font=f, fill=0, anchor="ls")
        x += f.getlength(t)


def pwrap(text, width, size):
    if not text:
        return []
    out, cur = [], ""
    for tok in re.findall(r"[0-9A-Za-z.,%\-≥≤/]+|.", text):
        if plen(cur + tok, size) > width and cur and tok not in "，。；、）”：%":
            out.append(cur)
            cur = tok
        else:
            cur += tok
    if cur:
        out.append(cur)
    return out


def pgrid(dr, x0, y0, widths, rows, merges, size, aligns, lh, pad=10, minh=None, row_aligns=None):
    """a ruled grid on a page image; merged cells drawn once; returns the bottom y"""
    cover = {}
    for r1, c1, r2_, c2 in merges:
        for rr in range(r1, r2_ + 1):
            for cc in range(c1, c2 + 1):
                cover[(rr, cc)] = (r1, c1, r2_, c2)
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    hs = []
    for r, row in enumerate(rows):
        h = minh or lh + 2 * pad
        for k, t in enumerate(row):
            m = cover.get((r, k))
            if m and ((m[0], m[1]) != (r, k) or m[2] > m[0]):
                continue
            span = (m[3] - m[1] + 1) if m else 1
            h = max(h, len(pwrap(t, sum(widths[k:k + span]) - 2 * pad, size)) * lh + 2 * pad)
        hs.append(h)
    ys = [y0]
    for h in hs:
        ys.append(ys[-1] + h)
    for r, row in enumerate(rows):
        for k, t in enumerate(row):
            m = cover.get((r, k))
            if m and (m[0], m[1]) != (r, k):
                continue
            r2_, c2 = (m[2], m[3]) if m else (r, k)
            xa, xb, ya, yb = xs[k], xs[c2 + 1], ys[r], ys[r2_ + 1]
            dr.rectangle([xa, ya, xb, yb], outline=0, width=2)
            lines = pwrap(t, xb - xa - 2 * pad, size)
            top = (ya + yb) / 2 - len(lines) * lh / 2
            for i, ln in enumerate(lines):
                w = plen(ln, size)
                al = (row_aligns or {}).get(r, aligns)[k]
                x = xa + pad if al == "l" else xb - pad - w if al == "r" else (xa + xb - w) / 2
                ptext(dr, x, top + i * lh + lh * 0.78, ln, size)
    return ys[-1]


def write387(rep, path):
    import random
    from PIL import Image, ImageDraw
    M = rep["meta"]
    WPX, HSQ = 1728, 2385  # 204 dpi across; A4 height at 204 dpi, reduced to 196 lines per inch after drawing
    rnd = random.Random(387)
    pages = []
    ind = M["ind"]
    cols = (150, 170, 250, 150, 150, 80, 90, 528)
    aligns = "cclccccl"
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    split = 8  # page 1 carries the 产出 rows, page 2 the rest
    for pg in (1, 2):
        im = Image.new("L", (WPX, HSQ), 255)
        dr = ImageDraw.Draw(im)
        ptext(dr, 40, 34, f"2025-04-17 15:{26 + pg - 1:02d}    FROM:0476-4322815 WNTQ NMJ        TO:0476-4321106"
                          f"          P.{pg}/2", 22)
        x0 = 70
        if pg == 1:
            t = "项目支出绩效自评表"
            ptext(dr, (WPX - plen(t, 46)) / 2, 150, t, 46)
            t = "（2024年度）"
            ptext(dr, (WPX - plen(t, 30)) / 2, 200, t, 30)
            ptext(dr, x0, 262, f"填报单位（盖章）：{M['unit']}", 26)
            t = "金额单位：万元"
            ptext(dr, WPX - x0 - plen(t, 26), 262, t, 26)
            rows = [["项目名称", "", M["project"], "", "", "", "", ""],
                    ["主管部门", "", M["dept"], "", "", "实施单位", "", M["unit"]],
                    ["项目资金（万元）", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]]
            # the head block has its own columns: 2 + 1 (label) + 6 figures
            hw = (150, 170, 390, 170, 170, 170, 80, 140, 128)
            rows = [r + [""] * (9 - len(r)) for r in rows]
            rows[0] = ["项目名称", "", M["project"], "", "", "", "", "", ""]
            rows[1] = ["主管部门", "", M["dept"], "", "", "实施单位", "", M["unit"], ""]
            rows.append(["", "", "年度资金总额", mc(M["ia"]), mc(M["aa"]), mc(M["ea"]), "10", q(M["rate"]), f2(M["fs"])])
            for (n, a, b, e), rt in zip(M["src"], M["srates"]):
                rows.append(["", "", f"其中：{n}" if n.startswith("中央") else n, mc(a), mc(b), mc(e), "—", q(rt), "—"])
            g0 = len(rows)
            rows += [["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", ""],
                     ["", "完成肉牛冷配改良3.5万头，新增良种犊牛2.2万头，建设人工授精站点24个，培训配种员180人次；母牛受胎率65%"
                          "以上，带动养殖户5200户、户均增收2800元以上。", "", "", "",
                      "完成冷配改良2.86万头，新增良种犊牛1.74万头，建成人工授精站点24个，培训配种员152人次；母牛受胎率61.2%，"
                      "带动养殖户4360户，户均增收2240元。", "", "", ""]]
            merges = [(0, 0, 0, 1), (0, 2, 0, 8), (1, 0, 1, 1), (1, 2, 1, 4), (1, 5, 1, 6), (1, 7, 1, 8),
                      (2, 0, g0 - 1, 1), (g0, 0, g0 + 1, 0), (g0, 1, g0, 4), (g0, 5, g0, 8), (g0 + 1, 1, g0 + 1, 4),
                      (g0 + 1, 5, g0 + 1, 8)]
            y = pgrid(dr, x0, 290, hw, rows, merges, 25, "cclrrrccc", 36, minh=58,
                      row_aligns={g0 + 1: "cllllllll"})
            part = ind[:split]
        else:
            y = 90
            part = ind[split:]
        rows = [head] + [[x[0], x[1], x[2], x[3], x[4], fmt(x[5]), fmt(x[6]), x[7]] for x in part]
        merges = ind_rows(part, [], 1)
        if pg == 2:
            rows.append(["总分", "", "", "", "", "100", f2(M["total"]), f"自评等级：{M['grade']}"])
            merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
        y = pgrid(dr, x0, y, cols, rows, merges, 25, aligns, 36, minh=58, row_aligns={0: "c" * 8})
        if pg == 2:
            y += 50
            note = ("说明：1.年度资金总额得分＝执行率×分值；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”"
                    "计分，反向指标（“≤”）不超过指标值的得满分；3.定性指标根据完成情况酌情扣分；4.等级划分：" + BANDS)
            for ln in pwrap(note, WPX - 2 * x0, 24):
                ptext(dr, x0, y, ln, 24)
                y += 36
            y += 24
            ptext(dr, x0, y, "填报人：包玉梅    联系电话：0476-4322815    单位负责人：乌力吉    填报日期：2025年4月17日", 25)
        assert y < HSQ - 120, y
        ptext(dr, 40, HSQ - 40, f"RX 2025/04/17 15:{27 + pg - 1:02d}   0476-4321106 翁牛特旗财政局   第{pg}页", 20)
        # sensor specks, as a fax line adds them
        px = im.load()
        for _ in range(260):
            x, y_ = rnd.randrange(WPX), rnd.randrange(HSQ)
            px[x, y_] = 0
        im = im.resize((WPX, round(HSQ * 196 / 204)), Image.LANCZOS).point(lambda v: 0 if v < 150 else 255).convert("1")
        pages.append(im)
    pages[0].save(path, format="TIFF", compression="group4", save_all=True, append_images=pages[1:], dpi=(204, 196))


ALL.append(h387())


# ============================================================ h388 辰溪县医疗保障局 (Word-flavoured HTML under .doc, 部门整体 form)

def h388():
    dept = "辰溪县医疗保障局"
    ib, ip = 1108.30, 874.30
    ab, ap = 1152.40, 1675.97
    eb, ep = 1146.25, 1598.06
    ia, ea = r2(ib + ip), r2(eb + ep)
    aa_true = r2(ab + ap)
    aa = 2846.37  # PLANT BREAKDOWN_SUM: 全年预算数 合计 2,846.37; 基本 1,152.40 + 项目 1,675.97 = 2,828.37
    assert (ia, aa_true, ea) == (1982.60, 2828.37, 2744.31), (ia, aa_true, ea)
    rate, rb, rp = pct(ea, aa), pct(eb, ab), pct(ep, ap)
    assert (rate, rb, rp, pct(ea, aa_true)) == (96.41, 99.47, 95.35, 97.03), (rate, rb, rp, pct(ea, aa_true))
    sg_prev, sg_now = 68.40, 59.86
    sg_true = pct(sg_prev - sg_now, sg_prev)
    assert sg_true == 12.49, sg_true
    sg = 12.35  # PLANT FORMULA: “三公”经费下降率 （68.40－59.86）÷68.40 printed 12.35%; it is 12.49%
    settle_rule = r2(6 - (98 - 95.6) * 1)
    assert settle_rule == 3.6 and P(95.6, 98, 6) == 5.85
    prop = "达到目标值得满分，未达到按完成比例计分"
    qual = "符合要求得满分，发现问题酌情扣分"
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因, 评分标准)
    rows = [("部门管理", "预算执行", "预算执行率", "≥95%", q(rate), 5, 5, "", "≥95%得满分，每低1个百分点扣0.5分"),
            ("部门管理", "预算管理", "“三公”经费下降率", "≥5%", f"{sg}%", 5, 5,
             f"（{f2(sg_prev)}－{f2(sg_now)}）÷{f2(sg_prev)}＝{sg}%", "≥5%得满分，未达到按完成比例计分"),
            ("部门管理", "资产管理", "资产管理规范性", "规范", "规范", 5, 5, "", qual),
            ("部门管理", "财务管理", "财务管理制度健全性", "健全", "基本健全", 5, 4, "内部控制制度未及时修订，扣1分", qual),
            ("产出指标", "数量指标", "城乡居民医保参保人数", "≥41.5万人", "41.86万人", 8, 8, "", prop),
            ("产出指标", "数量指标", "追回违规医保基金", "≥300万元", "346.8万元", 8, 8, "", prop),
            ("产出指标", "质量指标", "定点医药机构监督检查覆盖率", "100%", "100%", 6, 6, "", prop),
            # PLANT RULE_SCORE: 医保基金结算及时率 95.6% of ≥98%: its rule (−1 per point) gives 3.6; printed 5.85 (proportion)
            ("产出指标", "质量指标", "医保基金结算及时率", "≥98%", "95.6%", 6, 5.85, "部分定点机构申报资料不全，结算延后",
             "≥98%得满分，每低1个百分点扣1分"),
            ("产出指标", "质量指标", "异地就医直接结算率", "≥90%", "92.3%", 6, 6, "", prop),
            ("产出指标", "时效指标", "医保待遇按时支付率", "100%", "100%", 6, 6, "", prop),
            ("效益指标", "社会效益指标", "城乡居民医保参保率", "≥95%", "96.8%", 8, 8, "", prop),
            ("效益指标", "社会效益指标", "住院费用政策范围内报销比例", "≥70%", "70%", 8, 8, "", prop),
            ("效益指标", "社会效益指标", "大病保险覆盖率", "100%", "100%", 7, 7, "", prop),
            ("效益指标", "可持续影响指标", "医保基金运行平稳", "当年收支平衡", "收支平衡略有结余", 7, 7, "", qual),
            ("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%", "91.2%", 5, 5, "", prop),
            ("满意度指标", "服务对象满意度指标", "定点医药机构满意度", "≥85%", "83.4%", 5, P(83.4, 85, 5),
             "部分机构反映结算周期偏长；按完成比例计分", prop)]
    ind = [x[:8] for x in rows]
    no_half(83.4 / 85 * 5, "满意度")
    no_half(95.6 / 98 * 6, "结算")
    assert len(ind) == 16 and s2(ind, 5) == 100
    assert missed_ok(ind) == [("医保基金结算及时率", 5.85, 5.85, True), ("定点医药机构满意度", 4.91, 4.91, True)]
    total = s2(ind, 6)
    assert total == 98.76 and grade(total) == grade(r2(total - 5.85 + 3.6)) == "优", total
    g = gold(None, dept, 2024, "COUNTY", "湖南省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), [], grows(ind))
    meta = dict(dept=dept, b=(ib, ip, ab, ap, eb, ep, ia, aa, ea, rate, rb, rp), rows=rows, total=total)
    fnd = [F("BREAKDOWN_SUM", "全年预算数 合计", f"合计 | {mc(ia)} | {mc(aa)} | {mc(ea)} | {q(rate)} / 基本支出 | {mc(ib)} | "
             f"{mc(ab)} | … / 项目支出 | {mc(ip)} | {mc(ap)} | …", mc(aa), mc(aa_true), "HIGH", "ERROR",
             f"基本支出 {mc(ab)} + 项目支出 {mc(ap)} = {mc(aa_true)}, the 合计 prints {mc(aa)} (a digit slipped: 2→4); the 年初 and "
             f"执行 columns add up; the 合计's 执行率 {q(rate)} and the 预算执行率 row follow the printed 合计 (one finding: on "
             f"{mc(aa_true)} it is 97.03%); ≥95% either way, so the row's full 5 stands"),
           F("FORMULA", "“三公”经费下降率", f"部门管理 | 预算管理 | “三公”经费下降率 | ≥5% | {sg}% | 5 | 5 | （{f2(sg_prev)}－"
             f"{f2(sg_now)}）÷{f2(sg_prev)}＝{sg}%", f"{sg}%", q(sg_true), "HIGH", "ERROR",
             f"the row's own calculation: ({f2(sg_prev)} − {f2(sg_now)}) ÷ {f2(sg_prev)} = 8.54 ÷ 68.40 = 12.49%, not 12.35%; "
             "the 实际完成值 copies 12.35% (one finding); ≥5% either way, so the full 5 stands"),
           F("RULE_SCORE", "医保基金结算及时率",
             "产出指标 | 质量指标 | 医保基金结算及时率 | ≥98% | 95.6% | 6 | 5.85 | ≥98%得满分，每低1个百分点扣1分", "5.85", "3.6",
             "HIGH", "ERROR",
             "the row's own 评分标准 deducts 1 point per percentage point below 98%: 95.6% is 2.4 points short, so 6 − 2.4 = "
             "3.6; the 5.85 printed is the proportion 6 × 95.6 ÷ 98 (the rule of other rows, not this one's); the 总分 "
             "carries the 5.85 (one finding); 优 either way (96.51)")]
    return {"stem": "h388_chenxi_yibao", "format": "doc", "html": html388(meta), "encoding": "gbk", "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the .doc is WORD-FLAVOURED HTML (a Java system's “export to Word”): GBK bytes under a gb2312 meta, "
                      "the o / w / v namespaces, `<!--[if gte mso 9]><xml><w:WordDocument>` (View Print, Zoom 90), "
                      "mso- styles and an @page Section1 in landscape; no OLE header, no RTF, no Word 2003 XML — Word opens "
                      "it as a web page in print layout; the conditional-comment XML (o:DocumentProperties, author, "
                      "dates) is not content",
                      f"budget: 年初 {mc(ib)} + {mc(ip)} = {mc(ia)} and 执行 {mc(eb)} + {mc(ep)} = {mc(ea)} add up; 基本 "
                      f"{q(rb)}, 项目 {q(rp)} right; the 合计's {q(rate)} right on its printed 全年 (the BREAKDOWN_SUM "
                      "finding); none over; 年初 < 全年 (追加)",
                      "预算执行率 96.41% ≥95% (97.03% on the corrected 合计): full 5; 定点医药机构满意度 5 × 83.4 ÷ 85 = 4.906 "
                      "→ 4.91 (its proportion rule, with a reason); 财务管理制度健全性 −1 with a reason (judgement); 住院费用"
                      "政策范围内报销比例 70% vs ≥70% (met exactly); 医保基金运行平稳 “收支平衡略有结余” against “当年收支平衡” "
                      "(met)",
                      f"总分 {f2(total)} = the 16 rows; the 分值 add to 100; 优"]}


def html388(M):
    ib, ip, ab, ap, eb, ep, ia, aa, ea, rate, rb, rp = M["b"]
    td = ('<td style="border:solid windowtext 1.0pt;border-top:none;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt '
          '0cm 5.4pt"{span}><p class=MsoNormal align={al} style="text-align:{al}"><span style="font-size:10.5pt;'
          'font-family:宋体;mso-ascii-font-family:\'Times New Roman\'">{t}</span></p></td>')

    def cell(t, al="center", span=""):
        return td.format(span=span, al=al, t=esc(t) if t else "<o:p>&nbsp;</o:p>")
    out = ['<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
           'xmlns="http://www.w3.org/TR/REC-html40">',
           "<head>",
           '<meta http-equiv=Content-Type content="text/html; charset=gb2312">',
           '<meta name=ProgId content=Word.Document>',
           '<meta name=Generator content="Microsoft Word 14">',
           '<meta name=Originator content="Microsoft Word 14">',
           f"<title>{esc(M['dept'])}2024年度部门整体支出绩效自评表</title>",
           "<!--[if gte mso 9]><xml>",
           " <o:DocumentProperties>",
           "  <o:Author>admin</o:Author>",
           "  <o:Created>2025-04-22T02:16:00Z</o:Created>",
           "  <o:Company>辰溪县医疗保障局</o:Company>",
           "  <o:Version>14.00</o:Version>",
           " </o:DocumentProperties>",
           "</xml><![endif]--><!--[if gte mso 9]><xml>",
           " <w:WordDocument>",
           "  <w:View>Print</w:View>",
           "  <w:Zoom>90</w:Zoom>",
           "  <w:SpellingState>Clean</w:SpellingState>",
           "  <w:GrammarState>Clean</w:GrammarState>",
           "  <w:PunctuationKerning/>",
           "  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>",
           "  <w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery>",
           "  <w:DisplayVerticalDrawingGridEvery>2</w:DisplayVerticalDrawingGridEvery>",
           "  <w:ValidateAgainstSchemas/>",
           "  <w:Compatibility>",
           "   <w:SpaceForUL/>",
           "   <w:BalanceSingleByteDoubleByteWidth/>",
           "   <w:DoNotLeaveBackslashAlone/>",
           "   <w:UseFELayout/>",
           "  </w:Compatibility>",
           " </w:WordDocument>",
           "</xml><![endif]-->",
           "<style>",
           "<!--",
           " /* Font Definitions */",
           " @font-face",
           "\t{font-family:宋体;",
           "\tpanose-1:2 1 6 0 3 1 1 1 1 1;",
           "\tmso-font-alt:SimSun;",
           "\tmso-font-charset:134;",
           "\tmso-generic-font-family:auto;",
           "\tmso-font-pitch:variable;}",
           " /* Style Definitions */",
           " p.MsoNormal, li.MsoNormal, div.MsoNormal",
           "\t{mso-style-parent:\"\";",
           "\tmargin:0cm;",
           "\tmargin-bottom:.0001pt;",
           "\ttext-align:justify;",
           "\ttext-justify:inter-ideograph;",
           "\tmso-pagination:none;",
           "\tfont-size:10.5pt;",
           "\tmso-bidi-font-size:12.0pt;",
           "\tfont-family:\"Times New Roman\";",
           "\tmso-fareast-font-family:宋体;",
           "\tmso-font-kerning:1.0pt;}",
           "@page Section1",
           "\t{size:841.9pt 595.3pt;",
           "\tmso-page-orientation:landscape;",
           "\tmargin:72.0pt 54.0pt 72.0pt 54.0pt;",
           "\tmso-header-margin:42.55pt;",
           "\tmso-footer-margin:49.6pt;",
           "\tmso-paper-source:0;",
           "\tlayout-grid:15.6pt;}",
           "div.Section1",
           "\t{page:Section1;}",
           "-->",
           "</style>",
           "</head>",
           "",
           "<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>",
           "",
           "<div class=Section1 style='layout-grid:15.6pt'>",
           "",
           "<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:18.0pt;font-family:宋体'>"
           "部门整体支出绩效自评表<span lang=EN-US><o:p></o:p></span></span></b></p>",
           "",
           "<p class=MsoNormal align=center style='text-align:center'><span style='font-size:12.0pt;font-family:宋体'>"
           "（<span lang=EN-US>2024</span>年度）<span lang=EN-US><o:p></o:p></span></span></p>",
           "",
           f"<p class=MsoNormal><span style='font-size:12.0pt;font-family:宋体'>部门（单位）名称：{esc(M['dept'])}"
           "<span lang=EN-US>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
           "&nbsp;&nbsp;&nbsp;&nbsp;</span>金额单位：万元<span lang=EN-US><o:p></o:p></span></span></p>",
           "",
           "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=960 style='width:720.0pt;"
           "border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>"]
    out.append(" <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>" + "".join(
        cell(t) for t in ("项目", "年初预算数", "全年预算数", "全年执行数", "执行率")) + "</tr>")
    for n, a, b, e, r_ in (("合计", ia, aa, ea, rate), ("其中：基本支出", ib, ab, eb, rb), ("项目支出", ip, ap, ep, rp)):
        out.append(" <tr>" + cell(n, "left") + "".join(cell(mc(v), "right") for v in (a, b, e)) + cell(q(r_), "right")
                   + "</tr>")
    out.append("</table>")
    out.append("")
    out.append("<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>")
    out.append("")
    out.append("<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=960 style='width:720.0pt;"
               "border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-padding-alt:0cm 5.4pt 0cm "
               "5.4pt'>")
    out.append(" <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>" + "".join(
        cell(t) for t in ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "评分标准",
                          "偏差原因分析")) + "</tr>")
    rows = M["rows"]
    first0 = {a: b - a + 1 for a, b in spans(rows, 0)}
    first1 = {a: b - a + 1 for a, b in spans(rows, 1)}
    for i, x in enumerate(rows):
        cs = []
        if i in first0:
            cs.append(cell(x[0], span=f" rowspan={first0[i]}" if first0[i] > 1 else ""))
        if i in first1:
            cs.append(cell(x[1], span=f" rowspan={first1[i]}" if first1[i] > 1 else ""))
        cs += [cell(x[2], "left"), cell(x[3]), cell(x[4]), cell(fmt(x[5])), cell(fmt(x[6])), cell(x[8], "left"),
               cell(x[7], "left")]
        out.append(" <tr>" + "".join(cs) + "</tr>")
    out.append(" <tr style='mso-yfti-lastrow:yes'>" + cell("总分", span=" colspan=5") + cell("100") + cell(f2(M["total"]))
               + cell("自评等级：优", "left", " colspan=2") + "</tr>")
    out.append("</table>")
    out.append("")
    out.append("<p class=MsoNormal><span style='font-size:10.5pt;font-family:宋体'>说明：<span lang=EN-US>1.</span>"
               "各指标按“评分标准”列计分；<span lang=EN-US>2.</span>等级划分：" + esc(BANDS) +
               "<span lang=EN-US><o:p></o:p></span></span></p>")
    out.append("")
    out.append("<p class=MsoNormal><span style='font-size:10.5pt;font-family:宋体'>填报人：向红梅<span lang=EN-US>"
               "&nbsp;&nbsp;&nbsp;&nbsp;</span>联系电话：<span lang=EN-US>0745-5223718&nbsp;&nbsp;&nbsp;&nbsp;</span>"
               "单位负责人：舒志勇<span lang=EN-US>&nbsp;&nbsp;&nbsp;&nbsp;</span>填报日期：<span lang=EN-US>2025</span>年"
               "<span lang=EN-US>4</span>月<span lang=EN-US>22</span>日<span lang=EN-US><o:p></o:p></span></span></p>")
    out.append("")
    out.append("</div>")
    out.append("")
    out.append("</body>")
    out.append("")
    out.append("</html>")
    return "\r\n".join(out) + "\r\n"


ALL.append(h388())


def main(argv):
    round_main(argv, ALL, "66")


if __name__ == "__main__":
    main(sys.argv[1:])
