#!/usr/bin/python3
"""Round 68 (h394–h398): layouts and file features not used before, each with PLANTED audit problems, made apart from
the code by the corpus68 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report
whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 -B corpus-heldout/src/reports68.py [h394 …]
(python-docx, openpyxl, fontTools (python3-fonttools, for the XPS fonts); the XPS and the PDF are written by hand:
h394 a 镇 部门整体 self-evaluation form printed to the “Microsoft XPS Document Writer”: an XPS package (OPC zip:
FixedDocumentSequence → FixedDocument → FixedPage XAML), every text run a Glyphs element (UnicodeString, Indices,
OriginX / OriginY, FontRenderingEmSize) in one of two embedded OBFUSCATED fonts (.odttf, the first 32 bytes XORed with
the GUID of the part name; a CJK subset and a Latin subset, a run split wherever the font changes), the rulings Path
elements; a 小计 row after each 一级;
h395 a 项目 form in ONE XLSX sheet laid out as TWO BLOCKS SIDE BY SIDE: left (columns A–H) the head, the fund block
and the 年度总体目标, right (columns J–Q) the indicator table and the 总分; the left block's items are merged over
two or three rows, so a sheet row holds a left-block line and an unrelated indicator;
h396 a 部门整体 self-evaluation REPORT as a PDF whose pages are in the WRONG ORDER: the file holds page 3 (the end of
the 自评表, 合计, 说明), then page 1 (the prose), then page 2 (the head of the 自评表), each page printing its true
number “第 n 页 共 3 页”; the table's header only on page 2, the 一级 cell 产出指标 broken at the page boundary;
h397 a 部门整体 self-evaluation REPORT in Word whose budget table and 一级 summary are FLOATING TABLES (w:tblpPr,
text wrapping “around”) placed SIDE BY SIDE on page 1 (horzAnchor margin, tblpXSpec left / right, vertAnchor page,
the same tblpY), the prose flowing around them; the 自评表 an ordinary table;
h398 a 部门整体 self-evaluation as a budget system's FLAT DETAIL EXPORT (明细导出, XLSX): one sheet, one ROW PER
INDICATOR, every row repeating the unit's code and name, the year, the eight budget figures, the 满分, the 自评总分
and 自评等级 and the 审核状态.)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因 …).
"""
import io
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402,F401
from heldout import fmt, budget, gold  # noqa: E402
from reports4 import pct, F  # noqa: E402
from reports22 import s2, r2, with_project, grows  # noqa: E402
from reports36_common import BANDS, grade, P, main as round_main  # noqa: E402
from reports41 import spans  # noqa: E402
from reports66 import Pdf, RawCanvas, Sheet, ind_rows, no_half, missed_ok, secs_of, mc, q, f2, pdf_str  # noqa: E402
from reports67 import UcsKit  # noqa: E402

ALL = []
ID68 = "68a4c1e07b3d4f2a9e51c6d8b2f07e68"
DROID = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
ZDATE = (2025, 4, 20, 9, 0, 0)


def zwrite(path, entries):
    """a zip written entry by entry in the given order with a fixed date (deflated)"""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=ZDATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# ============================================================ XPS: Glyphs in two embedded obfuscated fonts

class XpsKit:
    """text measured with the two fonts the XPS embeds: DroidSansFallbackFull for CJK ideographs, CJK punctuation and
    full-width forms, DejaVu Sans for everything else (ASCII, ≥ ≤ “ ” — ×); widths in points per size"""

    def __init__(self):
        from fontTools.ttLib import TTFont
        self.fonts = {}
        for key, path in (("cjk", DROID), ("lat", DEJAVU)):
            f = TTFont(path, lazy=True, recalcTimestamp=False)
            self.fonts[key] = (path, f.getBestCmap(), f["hmtx"], f["head"].unitsPerEm)
        self.used = {"cjk": set(), "lat": set()}

    @staticmethod
    def which(ch):
        o = ord(ch)
        return "cjk" if (0x3000 <= o <= 0x9FFF or 0xFF00 <= o <= 0xFFEF) else "lat"

    def adv(self, ch):
        _, cmap, hmtx, upm = self.fonts[self.which(ch)]
        assert ord(ch) in cmap, (ch, self.which(ch))
        return hmtx[cmap[ord(ch)]][0] / upm

    def width(self, s, size):
        return sum(self.adv(ch) for ch in s) * size

    def runs(self, s):
        out = []
        for ch in s:
            k = self.which(ch)
            self.used[k].add(ch)
            if out and out[-1][0] == k:
                out[-1][1] += ch
            else:
                out.append([k, ch])
        return out


class XpsCanvas(RawCanvas):
    """RawCanvas's interface (points, y up) drawing FixedPage XAML (1/96 inch, y down): a Glyphs element per font run,
    a Path per ruled rectangle or line"""
    K = 96 / 72

    def __init__(self, kit, W, Hh):
        super().__init__(kit, W, Hh)

    def X(self, x):
        return x * self.K

    def Y(self, y):
        return (self.H - y) * self.K

    def setLineWidth(self, w):
        self.lw = w

    def rect(self, x, y, w, h, stroke=1, fill=0):
        x0, x1, y0, y1 = self.X(x), self.X(x + w), self.Y(y + h), self.Y(y)
        self.ops.append(("path", f"M {x0:.2f},{y0:.2f} L {x1:.2f},{y0:.2f} {x1:.2f},{y1:.2f} {x0:.2f},{y1:.2f} Z"))

    def hline(self, x0, x1, y, w=0.6):
        self.ops.append(("path", f"M {self.X(x0):.2f},{self.Y(y):.2f} L {self.X(x1):.2f},{self.Y(y):.2f}"))

    def drawString(self, x, y, s):
        if not s:
            return
        xx = x
        for k, part in self.kit.runs(s):
            self.ops.append(("glyphs", k, self.X(xx), self.Y(y), self.size * self.K, part))
            xx += self.kit.width(part, self.size)

    def showPage(self):
        self.pages.append((self.ops, self.W, self.H))
        self.ops = []


FONT_GUIDS = {"cjk": "8B3E5C21-7A4D-4F96-B0E2-3D1C9A6F5E47", "lat": "2D7F0A93-C61B-4E58-8A3D-F4B2E9C07D15"}


def odttf(path, chars, guid):
    """the font subset to chars (glyph ids renumbered), then obfuscated as the XPS Document Writer embeds it: the first
    32 bytes XORed with the GUID's 16 bytes in reverse order"""
    from fontTools import subset
    from fontTools.ttLib import TTFont
    f = TTFont(path, recalcTimestamp=False)
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.recalc_timestamp = False
    opts.layout_features = []
    opts.drop_tables += ["FFTM"]
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=sorted(ord(c) for c in chars))
    sub.subset(f)
    buf = io.BytesIO()
    f.save(buf)
    data = bytearray(buf.getvalue())
    key = bytes.fromhex(guid.replace("-", ""))[::-1]
    for i in range(32):
        data[i] ^= key[i % 16]
    gid = {ch: f.getGlyphID(f.getBestCmap()[ord(ch)]) for ch in chars}
    return bytes(data), gid


def write_xps(canvas, path, title, author):
    kit = canvas.kit
    fonts, gids = {}, {}
    for k, p in (("cjk", DROID), ("lat", DEJAVU)):
        fonts[k], gids[k] = odttf(p, kit.used[k], FONT_GUIDS[k])
    uri = {k: f"/Documents/1/Resources/Fonts/{FONT_GUIDS[k]}.odttf" for k in fonts}
    NS = "http://schemas.microsoft.com/xps/2005/06"
    RNS = "http://schemas.openxmlformats.org/package/2006/relationships"
    entries = [("[Content_Types].xml",
                '<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                'content-types"><Default Extension="fdseq" ContentType="application/vnd.ms-package.xps-fixeddocument'
                'sequence+xml" /><Default Extension="fdoc" ContentType="application/vnd.ms-package.xps-fixeddocument+'
                'xml" /><Default Extension="fpage" ContentType="application/vnd.ms-package.xps-fixedpage+xml" />'
                '<Default Extension="odttf" ContentType="application/vnd.ms-package.obfuscated-opentype" /><Default '
                'Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml" /><Default '
                'Extension="xml" ContentType="application/vnd.ms-printing.printticket+xml" /><Override PartName="/doc'
                'Props/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml" /></Types>'),
               ("_rels/.rels",
                f'<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="{RNS}"><Relationship Type="http://'
                'schemas.microsoft.com/xps/2005/06/fixedrepresentation" Target="/FixedDocSeq.fdseq" Id="R0" />'
                '<Relationship Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-'
                'properties" Target="/docProps/core.xml" Id="R1" /></Relationships>'),
               ("FixedDocSeq.fdseq",
                f'<FixedDocumentSequence xmlns="{NS}"><DocumentReference Source="/Documents/1/FixedDoc.fdoc" />'
                '</FixedDocumentSequence>'),
               ("_rels/FixedDocSeq.fdseq.rels",
                f'<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="{RNS}"><Relationship Type="http://'
                'schemas.microsoft.com/xps/2005/06/printticket" Target="/Metadata/Job_PT.xml" Id="R0" />'
                '</Relationships>'),
               ("Metadata/Job_PT.xml",
                '<?xml version="1.0" encoding="UTF-8"?><psf:PrintTicket xmlns:psf="http://schemas.microsoft.com/'
                'windows/2003/08/printing/printschemaframework" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                'xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:psk="http://schemas.microsoft.com/windows/2003/08/'
                'printing/printschemakeywords" version="1"><psf:Feature name="psk:PageMediaSize"><psf:Option name='
                '"psk:ISOA4"><psf:ScoredProperty name="psk:MediaSizeWidth"><psf:Value xsi:type="xsd:integer">210000'
                '</psf:Value></psf:ScoredProperty><psf:ScoredProperty name="psk:MediaSizeHeight"><psf:Value xsi:type='
                '"xsd:integer">297000</psf:Value></psf:ScoredProperty></psf:Option></psf:Feature><psf:Feature name='
                '"psk:PageOrientation"><psf:Option name="psk:Portrait" /></psf:Feature><psf:Feature name="psk:'
                'JobCopiesAllDocuments"><psf:Option name="psk:Copies1" /></psf:Feature></psf:PrintTicket>')]
    pcs = []
    pages = []
    for n, (ops, W, Hh) in enumerate(canvas.pages, 1):
        w, h = W * XpsCanvas.K, Hh * XpsCanvas.K
        pcs.append(f'<PageContent Source="/Documents/1/Pages/{n}.fpage" Width="{w:.2f}" Height="{h:.2f}" />')
        body = []
        for op in ops:
            if op[0] == "path":
                body.append(f'<Path Data="{op[1]}" Stroke="#ff000000" StrokeThickness="0.8" StrokeLineJoin="Miter" />')
            else:
                _, k, x, y, em, s = op
                us = ("{}" if s.startswith("{") else "") + xesc(s)
                idx = ";".join(str(gids[k][ch]) for ch in s)
                body.append(f'<Glyphs Fill="#ff000000" FontUri="{uri[k]}" FontRenderingEmSize="{em:.4f}" '
                            f'StyleSimulations="None" OriginX="{x:.2f}" OriginY="{y:.2f}" Indices="{idx}" '
                            f'UnicodeString="{us}" />')
        pages.append((n, f'<FixedPage Width="{w:.2f}" Height="{h:.2f}" xmlns="{NS}" xml:lang="zh-CN">'
                         + "".join(body) + "</FixedPage>"))
    entries.append(("Documents/1/FixedDoc.fdoc", f'<FixedDocument xmlns="{NS}">' + "".join(pcs) + "</FixedDocument>"))
    for n, xml in pages:
        entries.append((f"Documents/1/Pages/{n}.fpage", xml))
        entries.append((f"Documents/1/Pages/_rels/{n}.fpage.rels",
                        f'<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="{RNS}">'
                        + "".join(f'<Relationship Type="http://schemas.microsoft.com/xps/2005/06/required-resource" '
                                  f'Target="{uri[k]}" Id="R{i}" />' for i, k in enumerate(("cjk", "lat")))
                        + "</Relationships>"))
    for k in ("cjk", "lat"):
        entries.append((uri[k][1:], fonts[k]))
    entries.append(("docProps/core.xml",
                    '<?xml version="1.0" encoding="utf-8"?><coreProperties xmlns:dc="http://purl.org/dc/elements/1.1/" '
                    'xmlns="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"><dc:creator>'
                    f'{xesc(author)}</dc:creator><dc:title>{xesc(title)}</dc:title></coreProperties>'))
    zwrite(path, entries)


# ============================================================ h394 丰宁满族自治县大阁镇人民政府 (XPS, 部门整体 form with 小计 rows)

def h394():
    dept = "丰宁满族自治县大阁镇人民政府"
    ib, ip = 1268.40, 1906.20
    ab, ap = 1312.56, 2354.80
    eb, ep = 1298.17, 2240.65
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    true_rate, rb, rp = pct(ea, aa), pct(eb, ab), pct(ep, ap)
    assert (ia, aa, ea, true_rate, rb, rp) == (3174.60, 3667.36, 3538.82, 96.50, 98.90, 95.15), \
        (ia, aa, ea, true_rate, rb, rp)
    rate = 96.05  # PLANT EXECUTION_RATE: 合计 执行率 96.05%; 3,538.82 ÷ 3,667.36 = 96.50%
    assert eb < ab and ep < ap
    ind = [("预算执行", "预算执行", "预算执行率", "≥95%", q(rate), 10, 10, ""),
           ("产出指标", "数量指标", "农村人居环境整治村数", "≥18个", "18个", 6, 6, ""),
           ("产出指标", "数量指标", "农村道路硬化里程", "≥12公里", "12.6公里", 6, 6, ""),
           ("产出指标", "数量指标", "高标准农田建设面积", "≥3000亩", "2780亩", 6, P(2780, 3000, 6),
            "2个地块土地流转未完成，顺延至2025年；按完成比例计分"),
           ("产出指标", "数量指标", "困难群众临时救助", "≥120人次", "134人次", 5, 5, ""),
           ("产出指标", "数量指标", "森林防火巡查", "≥1200人次", "1286人次", 5, 5, ""),
           ("产出指标", "质量指标", "道路硬化工程验收合格率", "100%", "100%", 5, 5, ""),
           ("产出指标", "质量指标", "农村生活垃圾无害化处理率", "≥95%", "96.3%", 5, 5, ""),
           # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: the 完成值 says 2 villages slipped to 2025, full 6, no 偏差原因
           ("产出指标", "时效指标", "人居环境整治项目完工时间", "2024年10月底前", "16个村按期完工，2个村延至2025年3月完工",
            6, 6, ""),
           ("产出指标", "成本指标", "道路硬化单位造价", "≤52万元/公里", "49.8万元/公里", 6, 6, ""),
           ("效益指标", "社会效益指标", "农村卫生厕所普及率", "≥85%", "86.4%", 6, 6, ""),
           ("效益指标", "社会效益指标", "较大及以上安全生产事故", "0起", "0起", 6, 6, ""),
           ("效益指标", "经济效益指标", "集体经济收入10万元以上村占比", "≥60%", "55.6%", 6, P(55.6, 60, 6),
            "3个村光伏收益未到账；按完成比例计分"),
           ("效益指标", "生态效益指标", "森林覆盖率", "≥63%", "63.2%", 6, 6, ""),
           ("效益指标", "可持续影响指标", "基层治理长效机制", "健全", "基本健全", 6, 5, "网格化管理考核办法待完善，扣1分"),
           ("满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥90%", "93.2%", 5, 5, ""),
           ("满意度指标", "服务对象满意度指标", "个体工商户满意度", "≥90%", "88.5%", 5, P(88.5, 90, 5),
            "部分商户反映集贸市场停车难；按完成比例计分")]
    for a, t, w in ((2780, 3000, 6), (55.6, 60, 6), (88.5, 90, 5)):
        no_half(a / t * w, (a, t))
    assert len(ind) == 17 and s2(ind, 5) == 100
    assert [x[:3] for x in missed_ok(ind) if x[0] != "人居环境整治项目完工时间"] == [
        ("高标准农田建设面积", 5.56, 5.56), ("集体经济收入10万元以上村占比", 5.56, 5.56), ("个体工商户满意度", 4.92, 4.92)], missed_ok(ind)
    names = ["预算执行", "产出指标", "效益指标", "满意度指标"]
    rsecs = secs_of(ind, names)
    assert rsecs == [("预算执行", 10, 10), ("产出指标", 50, 49.56), ("效益指标", 30, 28.56), ("满意度指标", 10, 9.92)], rsecs
    # PLANT SECTION_VS_ROWS: the 产出指标 小计 row prints 49.65; its rows add to 49.56
    secs = [(n, w, 49.65 if n == "产出指标" else s_) for n, w, s_ in rsecs]
    total = s2(ind, 6)
    assert total == 98.04 and grade(total) == "优", total
    g = gold(None, dept, 2024, "COUNTY", "河北省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), secs, grows(ind))
    meta = dict(dept=dept, b=(ib, ip, ab, ap, eb, ep, ia, aa, ea, rate, rb, rp), ind=ind, secs=secs, total=total)
    fnd = [F("EXECUTION_RATE", "合计",
             f"合计 | {mc(ia)} | {mc(aa)} | {mc(ea)} | {q(rate)} / 预算执行 | 预算执行 | 预算执行率 | ≥95% | {q(rate)} | 10 | 10",
             q(rate), q(true_rate), "HIGH", "ERROR",
             f"全年执行数 {mc(ea)} ÷ 全年预算数 {mc(aa)} = {q(true_rate)}; the budget table's 合计 prints {q(rate)} (digits "
             "transposed) and the 预算执行率 row copies it (one finding); ≥95% either way, so its full 10 stands; the 基本 "
             f"({q(rb)}) and 项目 ({q(rp)}) rates are right"),
           F("SECTION_VS_ROWS", "产出指标 小计",
             "产出指标小计 | 50 | 49.65", "49.65", "49.56", "HIGH", "ERROR",
             "the nine 产出指标 rows score 6 + 6 + 5.56 + 5 + 5 + 5 + 5 + 6 + 6 = 49.56; the 小计 row prints 49.65 (digits "
             f"transposed); the 合计 {f2(total)} adds the rows (10 + 49.56 + 28.56 + 9.92), not the 小计s"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "人居环境整治项目完工时间",
             "产出指标 | 时效指标 | 人居环境整治项目完工时间 | 2024年10月底前 | 16个村按期完工，2个村延至2025年3月完工 | 6 | 6",
             "6", "< 6", "HIGH", "WARNING",
             "the 实际完成值 itself says 2 of the 18 villages' works slipped to March 2025 — the 10月底前 target was not met — "
             "yet the row scores the full 6 with no 偏差原因; the 说明 has the time target scored on completion")]
    return {"stem": "h394_fengning_zhengfu", "format": "xps", "draw": draw394, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the file is an XPS document (Microsoft XPS Document Writer): an OPC zip of FixedDocumentSequence → "
                      "FixedDocument → two FixedPages; every text run a Glyphs element (UnicodeString, Indices, OriginX / "
                      "OriginY) in one of two embedded OBFUSCATED fonts (.odttf: the first 32 bytes XORed with the part "
                      "name's GUID) — a CJK subset and a Latin subset: a cell's text is split into several Glyphs "
                      "wherever the font changes (“≥”, digits, “%” in the Latin font; 个, 公里, 亩 in the CJK font); "
                      "the rulings are Path elements; the header row is repeated on page 2",
                      "a 小计 row after each 一级 (预算执行 10 | 10, 产出指标 50 | 49.65, 效益指标 30 | 28.56, 满意度指标 10 | "
                      "9.92): subtotals, not indicators; the 合计 and 自评等级 rows are not indicators",
                      f"budget: 基本 + 项目 = 合计 in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); 基本 {q(rb)} and 项目 "
                      f"{q(rp)} right; none over budget; 年初 < 全年 (追加)",
                      "three rows below target scored by the proportion rule with reasons: 高标准农田 6 × 2780 ÷ 3000 = 5.56, "
                      "集体经济 6 × 55.6 ÷ 60 = 5.56, 个体工商户满意度 5 × 88.5 ÷ 90 = 4.917 → 4.92; 基层治理长效机制 −1 with a "
                      "reason (judgement); 人居环境整治村数 18 vs ≥18个 (met exactly); 道路硬化单位造价 49.8 vs ≤52万元/公里 "
                      "(a ceiling, met; a unit cost, not a budget figure); 安全生产事故 0 vs 0起",
                      f"合计 {f2(total)} = the 17 rows; the other 小计s equal their rows; 分值 100; 优"]}


def draw394(rep, path):
    M = rep["meta"]
    ib, ip, ab, ap, eb, ep, ia, aa, ea, rate, rb, rp = M["b"]
    kit = XpsKit()
    W, Hh = 595.28, 841.89
    c = XpsCanvas(kit, W, Hh)
    s = Sheet(c, W, Hh, x0=48.0)
    s.y = Hh - 62
    s.txt(W / 2, s.y, "2024年度部门整体支出绩效自评表", 16, "c")
    s.y -= 24
    s.txt(W / 2, s.y, "（2024年度）", 11, "c")
    s.y -= 22
    s.txt(48, s.y, f"填报单位（盖章）：{M['dept']}", 9.5)
    s.txt(W - 48, s.y, "金额单位：万元", 9.5, "r")
    s.y -= 14
    s.grid([["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"],
            ["合计", mc(ia), mc(aa), mc(ea), q(rate)],
            ["其中：基本支出", mc(ib), mc(ab), mc(eb), q(rb)],
            ["　　　项目支出", mc(ip), mc(ap), mc(ep), q(rp)]],
           (123.28, 94, 94, 94, 94), aligns="lrrrr", head_rows=(0,), size=9)
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]
    widths = (52, 52, 86, 58, 74, 30, 32, 115.28)
    ind = M["ind"]
    secs = {n: (w, s_) for n, w, s_ in M["secs"]}

    def block(groups, extra=()):
        rows, merges = [head], []
        for name in groups:
            part = [x for x in ind if x[0] == name]
            h0 = len(rows)
            for x in part:
                rows.append([x[0], x[1], x[2], x[3], x[4], fmt(x[5]), fmt(x[6]), x[7]])
            ind_rows(part, merges, h0)
            w, s_ = secs[name]
            merges.append((len(rows), 0, len(rows), 4))
            rows.append([f"{name}小计", "", "", "", "", fmt(w), f2(s_), ""])
        for r in extra:
            merges.append((len(rows), 0, len(rows), 4))
            if r[7] == "":
                merges.append((len(rows), 6, len(rows), 7))
            rows.append(r)
        return rows, merges
    rows, merges = block(["预算执行", "产出指标"])
    s.grid(rows, widths, merges, size=8.5, aligns="cclccccl", head_rows=(0,))
    c.setFont("F", 8)
    s.txt(W / 2, 30, "第 1 页 共 2 页", 8, "c")
    c.showPage()
    s.y = Hh - 56
    rows, merges = block(["效益指标", "满意度指标"],
                         [["合计", "", "", "", "", "100", f2(M["total"]), "—"],
                          ["自评等级", "", "", "", "", "", "优", ""]])
    s.grid(rows, widths, merges, size=8.5, aligns="cclccccl", head_rows=(0,))
    s.y -= 4
    for t in ("说明：1.预算执行率≥95%得满分，每低1个百分点扣1分；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”"
              "计分，“≤”指标不超过指标值的得满分；时效指标按期完成得满分，未按期完成的按完成比例计分；3.定性指标根据完成情况酌情扣分；"
              "4.等级划分：" + BANDS,):
        s.para(t, 9, indent=False, lead=14)
    s.y -= 10
    s.txt(48, s.y, "填表人：孟凡军　　审核人：张淑芬　　联系电话：0314-8022316　　填报日期：2025年4月15日", 9.5)
    s.txt(W / 2, 30, "第 2 页 共 2 页", 8, "c")
    c.showPage()
    write_xps(c, path, "Microsoft Word - 大阁镇2024年度部门整体支出绩效自评表.docx", "dgzcz")


ALL.append(h394())


# ============================================================ h395 宁都县水利局 (XLSX: two blocks side by side, 项目 form)

def h395():
    dept, unit = "宁都县水利局", "宁都县水利工程运行管理中心"
    project = "2024年宁都县小型水库除险加固项目"
    src = [("中央水利发展资金", 1200.00, 1200.00, 1146.85), ("省级水利专项资金", 300.00, 360.00, 331.52),
           ("县级配套资金", 180.00, 180.00, 165.40)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    assert (ia, aa, ea, rate) == (1680.00, 1740.00, 1643.77, 94.47), (ia, aa, ea, rate)
    srates = [pct(x[3], x[2]) for x in src]
    assert srates == [95.57, 92.09, 91.89], srates
    right_fs = r2(ea / aa * 10)
    no_half(ea / aa * 10, "fund")
    assert right_fs == 9.45
    fs = 9.54  # PLANT BUDGET_ROW_SCORE: 年度资金总额 94.47% × 10 = 9.45; the fund line prints 9.54
    ind = [# PLANT SAME_FIGURE_DIFFERS: the table says 18座, the 实际完成情况 text (left block) 16座
           ("产出指标", "数量指标", "小型水库除险加固", "≥16座", "18座", 6, 6, ""),
           ("产出指标", "数量指标", "大坝防渗处理", "≥12处", "12处", 6, 6, ""),
           ("产出指标", "数量指标", "溢洪道改造", "≥8座", "7座", 6, P(7, 8, 6), "1座因征地协调滞后未完工，按完成比例计分"),
           ("产出指标", "数量指标", "新建防汛道路", "≥6公里", "6.4公里", 6, 6, ""),
           ("产出指标", "数量指标", "安装雨水情测报设施", "≥18套", "20套", 5, 5, ""),
           ("产出指标", "质量指标", "工程验收合格率", "100%", "100%", 6, 6, ""),
           ("产出指标", "质量指标", "大坝安全鉴定达标率", "≥95%", "97.2%", 5, 5, ""),
           # PLANT TARGET_MET_POINTS_LOST: 92.5% meets ≥90%, the row scores 4 of 5 with no 偏差原因
           ("产出指标", "时效指标", "汛前主体工程完工率", "≥90%", "92.5%", 5, 4, ""),
           ("产出指标", "成本指标", "单座水库除险加固平均投资", "≤95万元/座", "91.3万元/座", 5, 5, ""),
           ("效益指标", "社会效益指标", "保护下游人口", "≥5.2万人", "5.36万人", 6, 6, ""),
           ("效益指标", "社会效益指标", "水库安全度汛率", "100%", "100%", 6, 6, ""),
           ("效益指标", "经济效益指标", "恢复和改善灌溉面积", "≥1.8万亩", "1.62万亩", 6, P(1.62, 1.8, 6),
            "2座水库灌区渠系配套未完成，按完成比例计分"),
           ("效益指标", "生态效益指标", "库区水质达标率", "≥90%", "93%", 6, 6, ""),
           ("效益指标", "可持续影响指标", "工程运行管护机制", "健全", "基本健全", 6, 5, "部分水库管护人员未落实到岗，扣1分"),
           ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "91.6%", 5, 5, ""),
           ("满意度指标", "服务对象满意度指标", "库区群众满意度", "≥90%", "87.3%", 5, P(87.3, 90, 5),
            "施工期间交通不便，部分群众有意见；按完成比例计分")]
    for a, t, w in ((7, 8, 6), (1.62, 1.8, 6), (87.3, 90, 5)):
        no_half(a / t * w, (a, t))
    assert len(ind) == 16 and s2(ind, 5) == 90
    assert [x[:3] for x in missed_ok(ind)] == [("溢洪道改造", 5.25, 5.25), ("恢复和改善灌溉面积", 5.4, 5.4),
                                               ("库区群众满意度", 4.85, 4.85)], missed_ok(ind)
    assert r2(ea / 18) == 91.32
    total = r2(fs + s2(ind, 6))
    assert total == 96.04 and grade(total) == grade(r2(total - fs + right_fs + 1)) == "优", total
    fund = (None, None, "年度资金总额", None, q(rate), 10, fs, "")
    g = gold(None, dept, 2024, "COUNTY", "江西省", "SELF_EVALUATION", None, total, 100, "优", budget(ia, aa, ea, rate),
             [], grows([fund] + ind))
    g = with_project(g, project, unit)
    plan = ("完成16座小型水库除险加固，实施大坝防渗处理12处、溢洪道改造8座，新建防汛道路6公里，安装雨水情测报设施18套；工程验收合格率"
            "100%，汛前主体工程完工率90%以上，恢复和改善灌溉面积1.8万亩，保障下游5.2万人防洪安全。")
    done = ("完成16座小型水库除险加固，实施大坝防渗处理12处、溢洪道改造7座，新建防汛道路6.4公里，安装雨水情测报设施20套；"
            "工程验收合格率100%，汛前主体工程完工率92.5%，恢复和改善灌溉面积1.62万亩，保护下游5.36万人。")
    meta = dict(dept=dept, unit=unit, project=project, src=src, srates=srates, ia=ia, aa=aa, ea=ea, rate=rate, fs=fs,
                ind=ind, total=total, plan=plan, done=done)
    fnd = [F("BUDGET_ROW_SCORE", "年度资金总额",
             f"年度资金总额 | {mc(ia)} | {mc(aa)} | {mc(ea)} | 10 | {q(rate)} | {f2(fs)} / 说明：年度资金总额得分＝执行率×分值",
             f2(fs), f2(right_fs), "HIGH", "ERROR",
             f"the 说明's rule gives {q(rate)} × 10 = {ea / aa * 10:.4f} → {f2(right_fs)}; the fund line prints "
             f"{f2(fs)} (digits transposed); the 总分 {f2(total)} carries it (one finding; {f2(r2(total - fs + right_fs))} "
             "corrected, 优 either way)"),
           F("TARGET_MET_POINTS_LOST", "汛前主体工程完工率",
             "产出指标 | 时效指标 | 汛前主体工程完工率 | ≥90% | 92.5% | 5 | 4", "4", "5", "HIGH", "WARNING",
             "92.5% meets the ≥90% target, yet the row scores 4 of 5 and its 偏差原因 cell is empty; the 说明 gives full "
             "marks to a quantitative target that is met"),
           F("SAME_FIGURE_DIFFERS", "小型水库除险加固",
             "年度总体目标 实际完成情况：完成16座小型水库除险加固… / 产出指标 | 数量指标 | 小型水库除险加固 | ≥16座 | 18座 | 6 | 6",
             "16座", "18座", "HIGH", "WARNING",
             "the 实际完成情况 (left block) reports 16 reservoirs reinforced, the indicator table (right block) 18座; both "
             "meet ≥16座, so the full 6 stands either way — which is right the form does not say (the 单座 平均投资 "
             "91.3万元/座 = 1,643.77 ÷ 18 follows the table's 18)")]
    return {"stem": "h395_ningdu_shuili", "format": "xlsx", "write": write395, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["ONE sheet laid out as TWO BLOCKS SIDE BY SIDE: left (A–H) 项目名称 / 主管部门 / 实施单位 (each merged over "
                      "two rows), the fund block (项目资金（万元） merged down, 年度资金总额 and three sources) and 年度总体目标 "
                      "(预期目标 / 实际完成情况, each text merged over three rows); right (J–Q) the indicator table from row 4 "
                      "and the 总分 row; column I empty; the two blocks' rows do not line up: sheet row 11 holds the fund "
                      "line 年度资金总额 on the left and 大坝安全鉴定达标率 on the right — a row-by-row reader joins them",
                      f"funds: the three sources add up in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {q(rate)}, 中央 "
                      "95.57%, 省级 92.09%, 县级 91.89% right; none over budget; 年初 < 全年 (省级 追加 60.00)",
                      "溢洪道改造 6 × 7 ÷ 8 = 5.25, 灌溉面积 6 × 1.62 ÷ 1.8 = 5.4, 库区群众满意度 5 × 87.3 ÷ 90 = 4.85 "
                      "(proportion, with reasons); 工程运行管护机制 −1 with a reason (judgement); 大坝防渗处理 12 vs ≥12处 "
                      "(met exactly); 单座水库除险加固平均投资 91.3 vs ≤95万元/座 (a ceiling, met; a unit cost = 1,643.77 ÷ 18, "
                      "not a budget figure)",
                      f"总分 {f2(total)} = the printed 9.54 + the 16 rows (no TOTAL_VS_ROWS); 分值 10 + 90 = 100; 优"]}


def write395(rep, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from heldout3_a import normalize_zip
    M = rep["meta"]
    wb = Workbook()
    wb.properties.created = wb.properties.modified = H.A.FIXED
    wb.properties.creator = ""
    ws = wb.active
    ws.title = "项目自评表"
    for col, wd in zip("ABCDEFGHIJKLMNOPQ", (10, 16, 11, 11, 11, 6, 9, 7, 2, 9, 10, 20, 11, 12, 6, 7, 24)):
        ws.column_dimensions[col].width = wd
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    f9, f9b = Font(name="宋体", size=9), Font(name="宋体", size=9, bold=True)

    def put(ref, v, font=f9, h="center", fmt_=None, border=True):
        c = ws[ref]
        c.value = v
        c.font = font
        c.alignment = Alignment(horizontal=h, vertical="center", wrap_text=True)
        if fmt_:
            c.number_format = fmt_
        return c

    def frame(rng):
        for row in ws[rng]:
            for c in row:
                c.border = box

    def merge(rng, v, **kw):
        put(rng.split(":")[0], v, **kw)
        ws.merge_cells(rng)
        frame(rng)
    put("A1", "项目支出绩效自评表", Font(name="宋体", size=16, bold=True))
    ws.merge_cells("A1:Q1")
    put("A2", "（2024年度）", Font(name="宋体", size=11))
    ws.merge_cells("A2:Q2")
    put("A3", f"填报单位（盖章）：{M['unit']}", h="left")
    ws.merge_cells("A3:H3")
    put("Q3", "金额单位：万元", h="right")
    # left block
    for r, (lab, val) in zip((4, 6, 8), (("项目名称", M["project"]), ("主管部门", M["dept"]), ("实施单位", M["unit"]))):
        merge(f"A{r}:A{r + 1}", lab, font=f9b)
        merge(f"B{r}:H{r + 1}", val, h="left")
    merge("A10:A14", "项目资金（万元）", font=f9b)
    for col, h in zip("BCDEFGH", ("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        put(f"{col}10", h or None, f9b)
    frame("B10:H14")
    put("B11", "年度资金总额", h="left")
    for col, v, fm in (("C", M["ia"], "#,##0.00"), ("D", M["aa"], "#,##0.00"), ("E", M["ea"], "#,##0.00"),
                       ("F", 10, "0"), ("G", M["rate"] / 100, "0.00%"), ("H", M["fs"], "0.00")):
        put(f"{col}11", v, fmt_=fm, h="right" if col in "CDE" else "center")
    for k, ((n, a, b, e), rt) in enumerate(zip(M["src"], M["srates"])):
        r = 12 + k
        put(f"B{r}", ("其中：" if k == 0 else "　　　") + n, h="left")
        for col, v, fm in (("C", a, "#,##0.00"), ("D", b, "#,##0.00"), ("E", e, "#,##0.00"), ("F", "—", None),
                           ("G", rt / 100, "0.00%"), ("H", "—", None)):
            put(f"{col}{r}", v, fmt_=fm, h="right" if col in "CDE" else "center")
    merge("A15:A22", "年度总体目标", font=f9b)
    merge("B15:H15", "预期目标", font=f9b)
    merge("B16:H18", M["plan"], h="left")
    merge("B19:H19", "实际完成情况", font=f9b)
    merge("B20:H22", M["done"], h="left")
    # right block
    for col, h in zip("JKLMNOPQ", ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                  "偏差原因分析及改进措施")):
        put(f"{col}4", h, f9b)
    ind = M["ind"]
    first = 5
    for i, x in enumerate(ind):
        r = first + i
        put(f"L{r}", x[2], h="left")
        put(f"M{r}", x[3])
        put(f"N{r}", x[4])
        put(f"O{r}", x[5], fmt_="0")
        put(f"P{r}", x[6], fmt_="0.00")
        put(f"Q{r}", x[7] or None, h="left")
    for col, letter in ((0, "J"), (1, "K")):
        for a, b in spans(ind, col):
            put(f"{letter}{first + a}", ind[a][col])
            if b > a:
                ws.merge_cells(f"{letter}{first + a}:{letter}{first + b}")
    tr = first + len(ind)
    assert tr == 21
    put(f"J{tr}", "总分", f9b)
    ws.merge_cells(f"J{tr}:N{tr}")
    put(f"O{tr}", 100, f9b, fmt_="0")
    put(f"P{tr}", M["total"], f9b, fmt_="0.00")
    put(f"Q{tr}", "自评等级：优", f9b, h="left")
    frame(f"J4:Q{tr}")
    put("A24", "说明：1.年度资金总额得分＝执行率×分值（保留两位小数）；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×"
               "分值”计分，“≤”指标不超过指标值的得满分；3.定性指标根据完成情况酌情扣分；4.等级划分：" + BANDS, h="left")
    ws.merge_cells("A24:Q24")
    ws.row_dimensions[24].height = 40
    put("A25", "填报人：赖文华　　联系电话：0797-6832517　　单位负责人：曾庆林　　填报日期：2025年4月11日", h="left")
    ws.merge_cells("A25:Q25")
    for r in (16, 17, 18, 20, 21, 22):
        ws.row_dimensions[r].height = 24
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(path)
    normalize_zip(path)


ALL.append(h395())


# ============================================================ h396 蒙阴县卫生健康局 (PDF, pages in the WRONG ORDER: 3, 1, 2)

class Pdf68(Pdf):
    def bytes(self, root, info):
        from reports66 import ID66
        return super().bytes(root, info).replace(ID66.encode(), ID68.encode())


def save_pages(canvas, path, info, order):
    """RawCanvas.save with the pages written in the given order (page numbers 1-based, as drawn)"""
    pdf = Pdf68()
    fonts = canvas.kit.fonts(pdf)
    pages_n = pdf.reserve()
    kids = []
    for n in order:
        content, pw, ph = canvas.pages[n - 1]
        c = pdf.stream("0 0 0 RG 0 0 0 rg 1 J 1 j\n" + content)
        kids.append(pdf.add(f"<< /Type /Page /Parent {pages_n} 0 R /MediaBox [0 0 {pw:.4f} {ph:.4f}] "
                            f"/Resources << /ProcSet [/PDF /Text] /Font << {fonts} >> >> /Contents {c} 0 R >>"))
    pdf.put(pages_n, f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>")
    root = pdf.add(f"<< /Type /Catalog /Pages {pages_n} 0 R >>")
    inf = pdf.add("<< " + " ".join(f"/{k} {v}" for k, v in info) + " >>")
    with open(path, "wb") as f:
        f.write(pdf.bytes(root, inf))


def h396():
    dept = "蒙阴县卫生健康局"
    ib, ip = 4862.30, 3215.70
    ab, ap = 5026.44, 4385.16
    eb, ep = 4998.27, 4091.58
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    true_rate, rb, rp = pct(ea, aa), pct(eb, ab), pct(ep, ap)
    assert (ia, aa, ea, true_rate, rb, rp) == (8078.00, 9411.60, 9089.85, 96.58, 99.44, 93.31), \
        (ia, aa, ea, true_rate, rb, rp)
    rate = 96.85  # PLANT FORMULA: 预算执行率=9,089.85÷9,411.60×100%=96.85% (it is 96.58%); 表1 and the row copy it
    carry = pct(r2(aa - ea), aa)
    assert carry == 3.42, carry
    ind = [("决策", "项目立项", "绩效目标合理性", "合理", "合理", 4, 4, ""),
           ("决策", "项目立项", "绩效指标明确性", "明确", "基本明确", 3, 2.5, "部分指标未细化量化，扣0.5分"),
           ("决策", "资金投入", "预算编制科学性", "科学", "科学", 3, 3, ""),
           ("过程", "资金管理", "预算执行率", "≥95%", q(rate), 8, 8, ""),
           ("过程", "资金管理", "结转结余率", "≤5%", q(carry), 4, 4, ""),
           ("过程", "资金管理", "资金使用合规性", "合规", "合规", 4, 4, ""),
           ("过程", "组织实施", "资产管理规范性", "规范", "基本规范", 4, 3.5, "个别卫生院资产账实不符，扣0.5分"),
           ("产出指标", "数量指标", "家庭医生签约服务人数", "≥6.5万人", "6.72万人", 6, 6, ""),
           ("产出指标", "数量指标", "65岁以上老年人健康管理人数", "≥3.2万人", "3.05万人", 6, P(3.05, 3.2, 6),
            "部分老年人外出务工未能体检，按完成比例计分"),
           ("产出指标", "数量指标", "村卫生室标准化建设", "≥24个", "24个", 5, 5, ""),
           ("产出指标", "质量指标", "适龄儿童免疫规划疫苗接种率", "≥95%", "98.6%", 6, 6, ""),
           # PLANT TARGET_MISSED_FULL_MARKS: 孕产妇系统管理率 88.2% of ≥90% at the full 6, no 偏差原因
           ("产出指标", "质量指标", "孕产妇系统管理率", "≥90%", "88.2%", 6, 6, ""),
           ("产出指标", "质量指标", "传染病网络直报及时率", "100%", "100%", 6, 6, ""),
           ("产出指标", "成本指标", "人均基本公共卫生服务经费补助标准", "≥94元", "94元", 5, 5, ""),
           ("效益指标", "社会效益指标", "居民健康素养水平", "≥30%", "31.6%", 8, 8, ""),
           ("效益指标", "社会效益指标", "重大传染病疫情暴发流行", "0起", "0起", 6, 6, ""),
           ("效益指标", "可持续影响指标", "基层医疗机构门急诊占比", "≥65%", "62.4%", 8, P(62.4, 65, 8),
            "县域医共体分级诊疗仍在推进，按完成比例计分"),
           ("效益指标", "满意度指标", "群众就医满意度", "≥90%", "92.8%", 8, 8, "")]
    for a, t, w in ((3.05, 3.2, 6), (62.4, 65, 8), (88.2, 90, 6)):
        no_half(a / t * w, (a, t))
    assert len(ind) == 18 and s2(ind, 5) == 100
    assert [x[:3] for x in missed_ok(ind)] == [("65岁以上老年人健康管理人数", 5.72, 5.72), ("孕产妇系统管理率", 6, 5.88),
                                               ("基层医疗机构门急诊占比", 7.68, 7.68)], missed_ok(ind)
    rows_total = s2(ind, 6)
    assert rows_total == 98.40, rows_total
    total = 98.04  # PLANT TOTAL_VS_ROWS: 合计 and 四、自评结论 98.04; the 18 rows add to 98.40
    assert grade(total) == grade(rows_total) == grade(r2(rows_total - 0.12)) == "优"
    g = gold(None, dept, 2024, "COUNTY", "山东省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), [], grows(ind))
    prop = "达到指标值得满分，未达到的按“实际完成值÷指标值×分值”计分"
    rules = {"绩效目标合理性": "目标与部门职责、年度工作任务相符且合理的得满分，否则酌情扣分",
             "绩效指标明确性": "指标细化、量化、可衡量的得满分，否则酌情扣分",
             "预算编制科学性": "预算编制经过论证、内容与工作任务匹配的得满分，否则酌情扣分",
             "预算执行率": "≥95%得满分，低于95%的按“执行率÷95%×分值”计分",
             "结转结余率": "≤5%得满分，每超过1个百分点扣1分",
             "资金使用合规性": "资金使用符合财经制度规定的得满分，发现违规一项扣1分",
             "资产管理规范性": "资产管理制度健全、账实相符的得满分，否则酌情扣分",
             "重大传染病疫情暴发流行": "未发生的得满分，发生的不得分"}
    meta = dict(dept=dept, b=(ib, ip, ab, ap, eb, ep, ia, aa, ea, rate, rb, rp), ind=ind, total=total, carry=carry,
                rules=[rules.get(x[2], prop) for x in ind])
    fnd = [F("FORMULA", "预算执行率",
             f"预算执行率=全年执行数÷全年预算数×100%={mc(ea)}÷{mc(aa)}×100%={q(rate)}", q(rate), q(true_rate), "HIGH",
             "ERROR",
             f"{mc(ea)} ÷ {mc(aa)} = {true_rate / 100:.6f}… = {q(true_rate)}, not {q(rate)} (digits transposed); 表1's 合计 "
             "执行率 and the 自评表's 预算执行率 row copy it (one finding); ≥95% either way, so the row's full 8 stands; "
             f"the 结转结余率 {q(carry)} in the 自评表 is right on the figures"),
           F("TOTAL_VS_ROWS", "合计",
             f"合计 | 100 | {f2(total)} / 四、自评结论：…自评得分{f2(total)}分", f2(total), f2(rows_total), "HIGH", "ERROR",
             "the 18 rows score 决策 9.5 + 过程 19.5 + 产出 39.72 + 效益 29.68 = 98.40; the 合计 row (on page 3, which the "
             f"file puts first) and 四、自评结论 print {f2(total)} (digits transposed); 优 either way"),
           F("TARGET_MISSED_FULL_MARKS", "孕产妇系统管理率",
             "产出指标 | 质量指标 | 孕产妇系统管理率 | ≥90% | 88.2% | 6 | 6", "6", "< 6", "HIGH", "WARNING",
             "88.2% is below the ≥90% target, yet the row scores the full 6 with no 偏差原因; the 说明's proportion rule "
             "gives 6 × 88.2 ÷ 90 = 5.88 (the row sits at the top of page 3, its 一级 and 二级 cells blank: they continue "
             "产出指标 / 质量指标 from page 2)")]
    return {"stem": "h396_mengyin_weijian", "format": "pdf", "draw": draw396, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["the PDF's pages are in the WRONG ORDER: the file holds page 3 first (the end of the 自评表 — 7 rows "
                      "without a header, 合计, 自评等级, 说明, signature), then page 1 (the report's prose and 表1), then "
                      "page 2 (附件 title and the head of the 自评表, rows 1–11 under the header); each page prints its true "
                      "number “第 n 页 共 3 页”; read in file order the table's tail comes before its header and before "
                      "the report's title",
                      "the table is broken at the page boundary inside 产出指标 / 质量指标: the first two rows of page 3 "
                      "carry empty 一级 and 二级 cells (the merged cells continue from page 2; Word prints their text once) "
                      "— they are 产出指标 / 质量指标, not rows without a level",
                      f"budget: 基本 + 项目 = 合计 in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); 基本 {q(rb)} and 项目 "
                      f"{q(rp)} right; none over budget; 年初 < 全年 (追加); 结转结余率 {q(carry)} = ({mc(aa)} − {mc(ea)}) ÷ "
                      f"{mc(aa)} (right, though 100 − 96.85 = 3.15: it follows the true rate)",
                      "老年人健康管理 6 × 3.05 ÷ 3.2 = 5.719 → 5.72 and 门急诊占比 8 × 62.4 ÷ 65 = 7.68 (proportion, with "
                      "reasons); 绩效指标明确性 −0.5 and 资产管理规范性 −0.5 with reasons (judgement); 村卫生室标准化建设 24 vs "
                      "≥24个 and 人均基本公共卫生服务经费补助标准 94 vs ≥94元 (met exactly; a standard per head, not a budget "
                      "figure); 重大传染病疫情 0 vs 0起",
                      "三's figures (6.72万人, 3.05万人, 98.6%, 88.2%, 31.6%, 62.4%, 92.8%) agree with the 自评表; 分值 100; 优"]}


def draw396(rep, path):
    M = rep["meta"]
    ib, ip, ab, ap, eb, ep, ia, aa, ea, rate, rb, rp = M["b"]
    kit = UcsKit()
    W, Hh = 595.28, 841.89
    c = RawCanvas(kit, W, Hh)
    s = Sheet(c, W, Hh, x0=62.0)

    def foot(n):
        s.txt(W / 2, 36, f"第 {n} 页 共 3 页", 9, "c")
        c.showPage()
        s.y = Hh - 64

    def head(t):
        s.y -= 4
        s.txt(62, s.y, t, 12)
        s.y -= 22
    s.y = Hh - 70
    s.txt(W / 2, s.y, f"{M['dept']}2024年度部门整体支出绩效自评报告", 15, "c")
    s.y -= 34
    head("一、部门基本情况")
    s.para("蒙阴县卫生健康局是县政府工作部门，内设办公室、规划发展与信息化股、疾病预防控制股、基层卫生健康股等10个股室，下属县疾病预防控制"
           "中心、县妇幼保健院等二级单位6个，乡镇卫生院12处。主要职责是组织实施全县基本公共卫生服务、疾病预防控制、妇幼健康和基层医疗卫生"
           "服务体系建设等工作。", 10.5, lead=17)
    head("二、部门预算执行情况")
    s.para(f"2024年度年初预算{mc(ia)}万元，年中追加{mc(r2(aa - ia))}万元，全年预算{mc(aa)}万元，其中基本支出{mc(ab)}万元、项目支出"
           f"{mc(ap)}万元；全年执行{mc(ea)}万元，其中基本支出{mc(eb)}万元、项目支出{mc(ep)}万元。预算执行率=全年执行数÷全年预算数×100%="
           f"{mc(ea)}÷{mc(aa)}×100%={q(rate)}。", 10.5, lead=17)
    s.y -= 2
    s.txt(W / 2, s.y, "表1　2024年度部门预算执行情况（万元）", 10, "c")
    s.y -= 14
    s.grid([["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"],
            ["合计", mc(ia), mc(aa), mc(ea), q(rate)],
            ["其中：基本支出", mc(ib), mc(ab), mc(eb), q(rb)],
            ["　　　项目支出", mc(ip), mc(ap), mc(ep), q(rp)]],
           (111.28, 90, 90, 90, 90), aligns="lrrrr", head_rows=(0,), size=9.5)
    head("三、绩效目标完成情况")
    s.para("全年家庭医生签约服务6.72万人，65岁以上老年人健康管理3.05万人，完成24个村卫生室标准化建设；适龄儿童免疫规划疫苗接种率98.6%，"
           "孕产妇系统管理率88.2%，传染病网络直报及时率100%；居民健康素养水平达到31.6%，基层医疗机构门急诊占比62.4%，全年未发生重大传染病"
           "疫情暴发流行，群众就医满意度92.8%。", 10.5, lead=17)
    head("四、自评结论")
    s.para(f"经自评，本部门2024年度部门整体支出绩效自评得分{f2(M['total'])}分，自评等级为“优”（{BANDS}）。自评表见附件。",
           10.5, lead=17)
    head("五、存在问题及改进措施")
    s.para("一是老年人健康管理覆盖面仍需扩大，部分外出务工老年人未能按时体检；二是分级诊疗推进不够，基层医疗机构门急诊占比未达目标。下一步将"
           "加强家庭医生上门服务，深化县域医共体建设，提升基层服务能力。", 10.5, lead=17)
    foot(1)
    # the 自评表: page 2 rows 1–11 under the header, page 3 rows 12–18 (no header), 合计, 等级
    ind = M["ind"]
    head_row = ["一级指标", "二级指标", "三级指标", "评分标准", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]
    widths = (40, 44, 78, 108, 50, 48, 26, 28, 73.28)
    rule_of = dict(zip((x[2] for x in ind), M["rules"]))
    s.X0 = 50.0
    s.y = Hh - 64
    s.txt(50, s.y, "附件", 11)
    s.y -= 24
    s.txt(W / 2, s.y, f"{M['dept']}2024年度部门整体支出绩效自评表", 13, "c")
    s.y -= 22
    s.txt(W - 50, s.y, "金额单位：万元", 9.5, "r")
    s.y -= 14

    def part(rows_ind, cont=None, blank2=0, header=True, extra=()):
        """cont: the 一级 continued from the page before (its cell blank on this page, as Word prints a merged cell
        broken by a page); blank2: the number of leading rows whose 二级 continues too"""
        rows, merges = ([head_row] if header else []), []
        h0 = len(rows)
        keyed = [("" if x[0] == cont else x[0], "" if i < blank2 else x[1]) + x[2:] for i, x in enumerate(rows_ind)]
        for x in keyed:
            rows.append([x[0], x[1], x[2], rule_of[x[2]], x[3], x[4], fmt(x[5]), fmt(x[6]), x[7]])
        ind_rows(keyed, merges, h0)
        for r in extra:
            merges.append((len(rows), 0, len(rows), 5))
            if r[8] == "":
                merges.append((len(rows), 7, len(rows), 8))
            rows.append(r)
        return rows, merges
    rows, merges = part(ind[:11])
    s.grid(rows, widths, merges, size=8.5, aligns="ccllccccl", head_rows=(0,), lead=12.2, pad=4.5)
    foot(2)
    s.X0 = 50.0
    s.y = Hh - 60
    rows, merges = part(ind[11:], cont="产出指标", blank2=2, header=False,
                        extra=[["合计", "", "", "", "", "", "100", f2(M["total"]), "—"],
                               ["自评等级", "", "", "", "", "", "", "优", ""]])
    s.grid(rows, widths, merges, size=8.5, aligns="ccllccccl", lead=12.2, pad=4.5)
    s.y -= 4
    s.para("说明：1.预算执行率≥95%得满分，低于95%的按“预算执行率÷95%×分值”计分；结转结余率≤5%得满分；2.定量指标达到年度指标值的得满分，"
           "未达到的按“实际完成值÷年度指标值×分值”计分；3.定性指标根据完成情况酌情扣分；4.等级划分：" + BANDS, 9, indent=False, lead=14)
    s.y -= 12
    s.txt(50, s.y, "填表人：公丕强　　审核人：刘文静　　联系电话：0539-4271836　　填报日期：2025年4月17日", 9.5)
    foot(3)
    save_pages(c, path, [("Title", pdf_str(f"{M['dept']}2024年度部门整体支出绩效自评报告")),
                         ("Producer", "(PDFsam Basic v5.2.1)"), ("Creator", "(PDFsam Basic v5.2.1)"),
                         ("CreationDate", "(D:20250418163522+08'00')"), ("ModDate", "(D:20250418163522+08'00')")],
               order=[3, 1, 2])


ALL.append(h396())


# ============================================================ h397 东兰县文化体育和旅游局 (DOCX: floating tables side by side)

def h397():
    dept = "东兰县文化体育和旅游局"
    ib, ip = 840.00, 1120.00
    ab, ap = 862.45, 1436.80
    eb, ep = 851.20, 1349.37
    aa, ea = r2(ab + ap), r2(eb + ep)
    right_ia = r2(ib + ip)
    ia = 1906.00  # PLANT BREAKDOWN_SUM: 表1 年初预算数 合计 1,906.00; 840.00 + 1,120.00 = 1,960.00
    rate, rb, rp = pct(ea, aa), pct(eb, ab), pct(ep, ap)
    assert (right_ia, aa, ea, rate, rb, rp) == (1960.00, 2299.25, 2200.57, 95.71, 98.70, 93.91), \
        (right_ia, aa, ea, rate, rb, rp)
    fs = r2(ea / aa * 10)
    no_half(ea / aa * 10, "fund")
    assert fs == 9.57
    ind = [("预算执行", "预算执行", "预算执行率", "100%", q(rate), 10, fs, "部分文化场馆维修项目未完成结算"),
           ("产出指标", "数量指标", "公共文化活动场次", "≥320场", "336场", 5, 5, ""),
           ("产出指标", "数量指标", "文艺演出送戏下乡", "≥60场", "42场", 5, P(42, 60, 5), "受汛期和演出队伍调整影响，按完成比例计分"),
           ("产出指标", "数量指标", "全民健身赛事活动", "≥12项", "12项", 5, 5, ""),
           ("产出指标", "数量指标", "村级综合文化服务中心提升", "≥15个", "13个", 5, P(13, 15, 5), "2个村选址调整顺延，按完成比例计分"),
           # PLANT ROW_SCORE_OVER_WEIGHT: 非遗传承人培训 scores 5.5 of its 5
           ("产出指标", "数量指标", "非遗传承人及骨干培训", "≥150人次", "162人次", 5, 5.5, "超额完成培训任务"),
           ("产出指标", "质量指标", "公共文化场馆免费开放率", "100%", "100%", 5, 5, ""),
           ("产出指标", "质量指标", "体育设施验收合格率", "100%", "100%", 5, 5, ""),
           ("产出指标", "时效指标", "文体活动按计划开展率", "≥95%", "91%", 5, P(91, 95, 5), "部分活动受天气影响延期，按完成比例计分"),
           ("产出指标", "成本指标", "送戏下乡场均成本", "≤1.2万元/场", "1.08万元/场", 5, 5, ""),
           ("效益指标", "社会效益指标", "公共文化场馆年接待人次", "≥45万人次", "36.5万人次", 7, P(36.5, 45, 7),
            "县图书馆闭馆改造4个月，按完成比例计分"),
           ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "≥38%", "38.6%", 7, 7, ""),
           ("效益指标", "经济效益指标", "旅游接待人次增长率", "≥10%", "3.2%", 7, P(3.2, 10, 7), "周边景区分流明显，按完成比例计分"),
           ("效益指标", "可持续影响指标", "文旅融合发展长效机制", "健全", "基本健全", 7, 5.5, "景区运营管理机制尚未理顺，扣1.5分"),
           ("效益指标", "可持续影响指标", "文物安全责任事故", "0起", "0起", 7, 7, ""),
           ("满意度指标", "服务对象满意度指标", "群众文化服务满意度", "≥90%", "84.2%", 5, P(84.2, 90, 5),
            "基层文化活动形式较单一，按完成比例计分"),
           ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "83.5%", 5, P(83.5, 90, 5), "旅游旺季景区停车难，按完成比例计分")]
    for a, t, w in ((42, 60, 5), (13, 15, 5), (91, 95, 5), (36.5, 45, 7), (3.2, 10, 7), (84.2, 90, 5), (83.5, 90, 5)):
        no_half(a / t * w, (a, t))
    assert len(ind) == 17 and s2(ind, 5) == 100
    names = ["预算执行", "产出指标", "效益指标", "满意度指标"]
    secs = secs_of(ind, names)
    total = s2(ind, 6)
    assert total == 89.43 and grade(total) == grade(r2(total - 0.5)) == "良", total
    shown_grade = "优"  # PLANT GRADE_OUTSIDE_BANDS: 四 and the 自评表 say 优 on a total below 90 (bands: 80–90 良)
    g = gold(None, dept, 2024, "COUNTY", "广西壮族自治区", "SELF_EVALUATION", None, total, 100, shown_grade,
             budget(ia, aa, ea, rate, ab, eb, ap, ep), secs, grows(ind))
    meta = dict(dept=dept, b=(ib, ip, ab, ap, eb, ep, ia, aa, ea, rate, rb, rp), ind=ind, secs=secs, total=total,
                grade=shown_grade)
    fnd = [F("GRADE_OUTSIDE_BANDS", "自评等级",
             f"四、自评结论：…综合得分{f2(total)}分，自评等级为“优” / 自评等级 | 优 / 说明：{BANDS}", "优", "良", "HIGH",
             "ERROR",
             f"{f2(total)} lies in the printed band 80分（含）至90分 → 良, not 优 (also {f2(r2(total - 0.5))} without the "
             "over-weight 0.5); the report states 优 in 四 and in the 自评表 (one finding)"),
           F("ROW_SCORE_OVER_WEIGHT", "非遗传承人及骨干培训",
             "产出指标 | 数量指标 | 非遗传承人及骨干培训 | ≥150人次 | 162人次 | 5 | 5.5 | 超额完成培训任务", "5.5", "≤ 5",
             "HIGH", "ERROR",
             "the row's 分值 is 5 but it scores 5.5 for over-fulfilment (“超额完成”); the 说明 caps a met target at full "
             "marks; 表2's 产出指标 and the 合计 carry the 0.5 (one finding)"),
           F("BREAKDOWN_SUM", "表1 年初预算数 合计",
             f"表1 | 合计 | {mc(ia)} | … / 其中：基本支出 | {mc(ib)} / 项目支出 | {mc(ip)} / 二：年初预算{mc(ia)}万元",
             mc(ia), mc(right_ia), "HIGH", "WARNING",
             f"基本支出 {mc(ib)} + 项目支出 {mc(ip)} = {mc(right_ia)}, the 合计 prints {mc(ia)} (two digits swapped; the "
             f"prose of 二 repeats it); the 全年预算数 ({mc(aa)}) and 全年执行数 ({mc(ea)}) columns add up and the rate "
             "does not depend on the 年初 figure")]
    return {"stem": "h397_donglan_wenlv", "format": "docx", "write": write397, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["表1 (预算执行情况) and 表2 (一级指标得分情况) are FLOATING TABLES (w:tblpPr: text wrapping “around”, "
                      "horzAnchor margin, tblpXSpec left / right, vertAnchor page, the same tblpY, tblOverlap never) placed "
                      "SIDE BY SIDE on page 1 with the prose of 二 flowing around them; in the XML they sit one after the "
                      "other between the heading 二 and its paragraph, their captions in a merged first row; the 附件 "
                      "自评表 is an ordinary table on page 2",
                      f"表1: 全年 {mc(ab)} + {mc(ap)} = {mc(aa)} and 执行 {mc(eb)} + {mc(ep)} = {mc(ea)} add up; 合计 "
                      f"{q(rate)}, 基本 {q(rb)}, 项目 {q(rp)} right; none over budget; 年初 < 全年 (追加)",
                      f"预算执行率 row 10 × {q(rate)} = {ea / aa * 10:.4f} → {f2(fs)} (its rule, with a reason); seven rows "
                      "below target scored by the proportion rule with reasons (送戏下乡 3.5, 文化服务中心 4.33, 开展率 4.79, "
                      "接待人次 5.68, 旅游增长率 2.24, 群众满意度 4.68, 游客满意度 4.64); 文旅融合长效机制 −1.5 with a reason "
                      "(judgement); 全民健身赛事 12 vs ≥12项 (met exactly); 送戏下乡场均成本 1.08 vs ≤1.2万元/场 (a ceiling, "
                      "met; a unit cost, not a budget figure); 文物安全责任事故 0 vs 0起",
                      f"表2's 一级 subtotals equal the rows (产出指标 {f2(secs[1][2])} with the 5.5 in it); 合计 {f2(total)} "
                      "= the 17 rows = 四's text; 分值 100"]}


def float_table(t, spec, y_twips):
    """turn a python-docx table into a floating table (text wrapping around), as Word writes it after the table was
    dragged by its move handle: w:tblpPr after w:tblStyle, w:tblOverlap never, no w:jc"""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    pr = t._tbl.tblPr
    for jc in pr.findall(qn("w:jc")):
        pr.remove(jc)
    pp = OxmlElement("w:tblpPr")
    for k, v in (("w:leftFromText", "142"), ("w:rightFromText", "142"), ("w:vertAnchor", "page"),
                 ("w:horzAnchor", "margin"), ("w:tblpXSpec", spec), ("w:tblpY", str(y_twips))):
        pp.set(qn(k), v)
    ov = OxmlElement("w:tblOverlap")
    ov.set(qn("w:val"), "never")
    st = pr.find(qn("w:tblStyle"))
    idx = list(pr).index(st) + 1 if st is not None else 0
    pr.insert(idx, pp)
    pr.insert(idx + 1, ov)


def write397(rep, path):
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt
    from reports34 import new_doc
    from reports36_common import grid, cell_put
    from heldout3_a import normalize_zip
    M = rep["meta"]
    ib, ip, ab, ap, eb, ep, ia, aa, ea, rate, rb, rp = M["b"]
    doc = new_doc()

    def para(t, size=12, center=False, bold=False, indent=True):
        p = doc.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.line_spacing = Pt(24)
        r = p.add_run(("　　" if indent and not center else "") + t)
        r.font.size = Pt(size)
        r.bold = bold
        return p
    para(f"{M['dept']}2024年度部门整体支出绩效自评报告", 16, True, True)
    para("一、部门基本情况", 12, bold=True, indent=False)
    para("东兰县文化体育和旅游局为县人民政府工作部门，内设办公室、文化艺术股、体育股、旅游发展股、文物和非物质文化遗产股等6个股室，下属县图书馆、"
         "县文化馆、县民族博物馆、县体育场馆管理中心4个二级单位。主要职责是统筹全县文化事业、体育事业和旅游业发展，组织实施公共文化服务、"
         "全民健身、文物和非物质文化遗产保护等工作。")
    para("二、部门预算执行情况", 12, bold=True, indent=False)
    ind = M["ind"]
    t1 = grid(doc, 5, (22, 19, 19, 19, 17))
    t1.cell(0, 0).merge(t1.cell(0, 4))
    cell_put(t1.cell(0, 0), "表1　2024年度部门预算执行情况（万元）", 9, True)
    for r, row in enumerate((["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"],
                             ["合计", mc(ia), mc(aa), mc(ea), q(rate)],
                             ["基本支出", mc(ib), mc(ab), mc(eb), q(rb)],
                             ["项目支出", mc(ip), mc(ap), mc(ep), q(rp)]), 1):
        for k, v in enumerate(row):
            cell_put(t1.cell(r, k), v, 9, r == 1, "c" if (r == 1 or k == 0) else "r")
    float_table(t1, "left", 5670)
    doc.add_paragraph()
    secs = M["secs"]
    t2 = grid(doc, 7, (26, 16, 18))
    t2.cell(0, 0).merge(t2.cell(0, 2))
    cell_put(t2.cell(0, 0), "表2　一级指标得分情况", 9, True)
    for r, row in enumerate([["一级指标", "分值", "得分"]] + [[n, fmt(w), f2(s_)] for n, w, s_ in secs]
                            + [["合计", "100", f2(M["total"])]], 1):
        for k, v in enumerate(row):
            cell_put(t2.cell(r, k), v, 9, r == 1)
    float_table(t2, "right", 5670)
    para(f"2024年度本部门年初预算{mc(ia)}万元，年中追加预算后全年预算{mc(aa)}万元，其中基本支出{mc(ab)}万元、项目支出{mc(ap)}万元；"
         f"全年执行{mc(ea)}万元，其中基本支出{mc(eb)}万元、项目支出{mc(ep)}万元，预算执行率{q(rate)}（见表1）。未执行部分主要是县图书馆"
         "维修改造项目和部分文化场馆设备采购项目尚未完成结算。各一级指标得分情况见表2。")
    para("三、绩效目标完成情况", 12, bold=True, indent=False)
    para("（一）产出情况。全年开展公共文化活动336场，文艺演出送戏下乡42场，举办全民健身赛事活动12项，提升村级综合文化服务中心13个，"
         "开展非遗传承人及骨干培训162人次；公共文化场馆免费开放率100%，文体活动按计划开展率91%。")
    para("（二）效益情况。公共文化场馆全年接待36.5万人次，经常参加体育锻炼人数比例38.6%，旅游接待人次增长3.2%，全年未发生文物安全"
         "责任事故；群众文化服务满意度84.2%，游客满意度83.5%。")
    para("四、自评结论", 12, bold=True, indent=False)
    para(f"根据部门整体支出绩效自评指标体系，经自评，本部门2024年度综合得分{f2(M['total'])}分，自评等级为“{M['grade']}”。")
    para("五、存在问题及改进措施", 12, bold=True, indent=False)
    para("一是送戏下乡和旅游接待等指标未完成年度目标；二是文旅融合发展长效机制有待健全。下一步将优化活动安排，加强景区运营管理，"
         "提升公共文化服务质量。")
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p.add_run("附件").font.size = Pt(12)
    para(f"{M['dept']}2024年度部门整体支出绩效自评表", 14, True, True)
    nrows = 1 + len(ind) + 2
    t = grid(doc, nrows, (18, 21, 35, 20, 22, 11, 12, 31))
    for k, h in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析")):
        cell_put(t.cell(0, k), h, 9, True)
    for i, x in enumerate(ind, 1):
        for k, v, al in ((2, x[2], "l"), (3, x[3], "c"), (4, x[4], "c"), (5, fmt(x[5]), "c"), (6, fmt(x[6]), "c"),
                         (7, x[7], "l")):
            if v:
                cell_put(t.cell(i, k), v, 9, align=al)
    for col in (0, 1):
        for a, b in spans(ind, col):
            cell_put(t.cell(1 + a, col), ind[a][col], 9)
            if b > a:
                t.cell(1 + a, col).merge(t.cell(1 + b, col))
    tr = 1 + len(ind)
    c = t.cell(tr, 0).merge(t.cell(tr, 4))
    cell_put(c, "合计", 9, True)
    cell_put(t.cell(tr, 5), "100", 9, True)
    cell_put(t.cell(tr, 6), f2(M["total"]), 9, True)
    c = t.cell(tr + 1, 0).merge(t.cell(tr + 1, 4))
    cell_put(c, "自评等级", 9, True)
    c = t.cell(tr + 1, 5).merge(t.cell(tr + 1, 7))
    cell_put(c, M["grade"], 9, True)
    p = doc.add_paragraph()
    r = p.add_run("说明：1.预算执行率得分＝预算执行率×分值；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”计分，"
                  "“≤”指标不超过指标值的得满分，各指标得分不超过其分值；3.定性指标根据完成情况酌情扣分；4.等级划分：" + BANDS)
    r.font.size = Pt(9)
    p = doc.add_paragraph()
    r = p.add_run("填报人：韦丽萍　　审核人：覃海军　　联系电话：0778-6322815　　填报日期：2025年4月22日")
    r.font.size = Pt(10.5)
    doc.save(path)
    normalize_zip(path)


ALL.append(h397())


# ============================================================ h398 天柱县民政局 (XLSX: a budget system's flat detail export, one row per indicator)

def h398():
    dept, code = "天柱县民政局", "527627013"
    ia = 6240.00
    ab, ap = 1342.60, 5663.40
    eb = 1186.35
    ep = 5702.18  # PLANT SPENDING_OVER_BUDGET: 项目支出执行数 5,702.18 over its 全年预算数 5,663.40 (every row)
    aa, ea = r2(ab + ap), r2(eb + ep)
    rate, carry = pct(ea, aa), pct(r2(aa - ea), aa)
    assert (aa, ea, rate, carry) == (7006.00, 6888.53, 98.32, 1.68), (aa, ea, rate, carry)
    assert ep > ap and eb < ab and ea < aa
    lin = "达到指标值得满分，未达到的按“实际完成值÷指标值×分值”计分"
    qual = "根据完成情况酌情扣分"
    rule_low = "≥95%得满分，每低于指标值1个百分点扣1分"
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 5, 5, "", qual),
           ("决策", "目标设定", "绩效指标明确性", "明确", "基本明确", 5, 4.5, "个别指标未量化，扣0.5分", qual),
           ("决策", "决策过程", "预算编制科学性", "科学", "科学", 5, 5, "", qual),
           ("过程", "资金管理", "预算执行率", "≥95%", q(rate), 6, 6, "", "≥95%得满分，每低1个百分点扣1分"),
           ("过程", "资金管理", "结转结余率", "≤5%", q(carry), 4, 4, "", "≤5%得满分，每超过1个百分点扣1分"),
           ("过程", "资金管理", "资金使用合规性", "合规", "合规", 5, 5, "", qual),
           ("过程", "组织实施", "资产管理规范性", "规范", "基本规范", 5, 4.5, "部分救助站资产未及时入账，扣0.5分", qual),
           ("过程", "组织实施", "政府采购执行规范性", "规范", "规范", 5, 5, "", qual),
           ("产出", "数量指标", "城乡低保资金按时足额发放率", "100%", "100%", 5, 5, "", lin),
           ("产出", "数量指标", "特困人员救助供养人数", "≥1280人", "1296人", 5, 5, "", lin),
           ("产出", "数量指标", "临时救助人次", "≥900人次", "846人次", 5, P(846, 900, 5), "急难型救助需求下降，按完成比例计分", lin),
           ("产出", "质量指标", "困难残疾人生活补贴发放准确率", "100%", "100%", 4, 4, "", lin),
           # PLANT RULE_SCORE: 抽查复核率 92% of ≥95%, its own rule “每低于指标值1个百分点扣1分”: 5 − 3 = 2; scored 3
           ("产出", "质量指标", "低保动态管理抽查复核率", "≥95%", "92%", 5, 3, "乡镇复核进度滞后，按评分规则扣分", rule_low),
           ("产出", "质量指标", "养老机构等级评定", "≥6家", "6家", 4, 4, "", lin),
           ("产出", "时效指标", "婚姻登记办结及时率", "100%", "100%", 5, 5, "", lin),
           ("效益", "社会效益指标", "困难群众基本生活保障率", "100%", "100%", 6, 6, "", lin),
           ("效益", "社会效益指标", "社区居家养老服务覆盖率", "≥70%", "66.5%", 6, P(66.5, 70, 6), "2个社区养老服务站未建成，按完成比例计分",
            lin),
           ("效益", "可持续影响指标", "社会救助政策知晓率", "≥90%", "91.2%", 6, 6, "", lin),
           ("效益", "满意度指标", "服务对象满意度", "≥90%", "92.4%", 7, 7, "", lin)]
    for a, t, w in ((846, 900, 5), (66.5, 70, 6)):
        no_half(a / t * w, (a, t))
    rule_rs = 5 - (95 - 92)
    assert rule_rs == 2
    # PLANT WEIGHTS_VS_FULL_MARK: the rows' 分值 add to 98 (产出 33); every row's 满分 column says 100
    assert len(ind) == 19 and s2(ind, 5) == 98 and secs_of(ind, ["产出"])[0][1] == 33
    assert [x[:3] for x in missed_ok(ind)] == [("临时救助人次", 4.7, 4.7), ("低保动态管理抽查复核率", 3, 4.84),
                                               ("社区居家养老服务覆盖率", 5.7, 5.7)], missed_ok(ind)
    total = s2(ind, 6)
    assert total == 94.4 and grade(total) == grade(r2(total - 1)) == "优", total
    g = gold(None, dept, 2024, "COUNTY", "贵州省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), [], grows([x[:8] for x in ind]))
    meta = dict(dept=dept, code=code, b=(ia, ab, ap, eb, ep, aa, ea, rate), ind=ind, total=total)
    fnd = [F("WEIGHTS_VS_FULL_MARK", "满分",
             "满分 | 100 (every row) / 分值 of the 19 rows: 决策 15 + 过程 25 + 产出 33 + 效益 25", "100", "98", "HIGH",
             "ERROR",
             "the 19 indicator rows' 分值 add to 98 (决策 15, 过程 25, 产出 33, 效益 25), not the 100 the 满分 column repeats "
             "on every row; the usual 共性 framework gives 产出 35 — which 产出 row lost its 2 points the export does not say"),
           F("SPENDING_OVER_BUDGET", "项目支出",
             f"项目支出全年预算数（万元） | {mc(ap)} / 项目支出执行数（万元） | {mc(ep)} (every row)", mc(ep), f"≤ {mc(ap)}",
             "HIGH", "WARNING",
             f"项目支出 spent {mc(ep)} against a 全年预算数 of {mc(ap)} ({pct(ep, ap):.2f}%, {mc(r2(ep - ap))} over); the "
             f"export gives no reason; 基本支出 ({pct(eb, ab):.2f}%) and the whole ({q(rate)}) are under budget"),
           F("RULE_SCORE", "低保动态管理抽查复核率",
             f"产出 | 质量指标 | 低保动态管理抽查复核率 | ≥95% | 92% | 5 | 3 | {rule_low}", "3", "2", "HIGH", "ERROR",
             "the row's own 评分规则 deducts 1 point per percentage point below 95%: 92% is 3 points below, 5 − 3 = 2, not 3; "
             "the 自评总分 carries the 3 (one finding; 93.40 corrected, 优 either way)")]
    return {"stem": "h398_tianzhu_minzheng", "format": "xlsx", "write": write398, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the file is a budget system's FLAT DETAIL EXPORT (明细导出): one sheet, a title line and a 查询条件 / "
                      "导出时间 line, then a header and ONE ROW PER INDICATOR; every row repeats the 单位编码 and 单位名称, "
                      "the year, the eight budget figures, the 满分, the 自评总分, the 自评等级 and the 审核状态 — they are "
                      "the report's head figures printed 19 times, not 19 budgets; no 合计 row, no merged cells",
                      f"budget: 全年 {mc(ab)} + {mc(ap)} = {mc(aa)} and 执行 {mc(eb)} + {mc(ep)} = {mc(ea)} add up; 预算执行率 "
                      f"{q(rate)} right; 基本 under budget; 年初 {mc(ia)} < 全年 (追加); 结转结余率 {q(carry)} = "
                      f"({mc(aa)} − {mc(ea)}) ÷ {mc(aa)} vs ≤5% (a ceiling, met)",
                      "临时救助人次 5 × 846 ÷ 900 = 4.7 and 社区居家养老服务覆盖率 6 × 66.5 ÷ 70 = 5.7 (each row's own "
                      "proportion 评分规则, with reasons); 绩效指标明确性 and 资产管理规范性 −0.5 with reasons (judgement); "
                      "养老机构等级评定 6 vs ≥6家 (met exactly); 预算执行率 98.32% ≥95% (full 6)",
                      f"自评总分 {f2(total)} = the 19 rows as printed (the 3 included); 优 (93.40 corrected)"]}


def write398(rep, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from heldout3_a import normalize_zip
    M = rep["meta"]
    ia, ab, ap, eb, ep, aa, ea, rate = M["b"]
    wb = Workbook()
    wb.properties.created = wb.properties.modified = H.A.FIXED
    wb.properties.creator = "bgt_export"
    ws = wb.active
    ws.title = "绩效自评明细"
    heads = [("序号", 6), ("单位编码", 11), ("单位名称", 14), ("评价年度", 8), ("年初预算数（万元）", 12), ("全年预算数（万元）", 12),
             ("全年执行数（万元）", 12), ("预算执行率", 10), ("基本支出全年预算数（万元）", 13), ("基本支出执行数（万元）", 13),
             ("项目支出全年预算数（万元）", 13), ("项目支出执行数（万元）", 13), ("一级指标", 8), ("二级指标", 12), ("三级指标", 24),
             ("指标值", 10), ("实际完成值", 10), ("分值", 6), ("得分", 6), ("评分规则", 34), ("偏差原因", 28), ("满分", 6),
             ("自评总分", 9), ("自评等级", 8), ("审核状态", 12)]
    thin = Side(style="thin", color="FFBFBFBF")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    f9 = Font(name="微软雅黑", size=9)
    ws["A1"] = "部门整体支出绩效自评明细表（2024年度）"
    ws["A1"].font = Font(name="微软雅黑", size=12, bold=True)
    ws["A2"] = (f"查询条件：评价年度=2024；单位编码={M['code']}（{M['dept']}）　　导出时间：2025-04-23 10:16:42　　"
                "导出人：杨秀梅")
    ws["A2"].font = f9
    for k, (h, wd) in enumerate(heads, 1):
        c = ws.cell(row=3, column=k, value=h)
        c.font = Font(name="微软雅黑", size=9, bold=True)
        c.fill = PatternFill("solid", fgColor="FFDDEBF7")
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = box
        ws.column_dimensions[c.column_letter].width = wd
    for i, x in enumerate(M["ind"], 1):
        vals = [(i, "0"), (M["code"], None), (M["dept"], None), (2024, "0"), (ia, "#,##0.00"), (aa, "#,##0.00"),
                (ea, "#,##0.00"), (rate / 100, "0.00%"), (ab, "#,##0.00"), (eb, "#,##0.00"), (ap, "#,##0.00"),
                (ep, "#,##0.00"), (x[0], None), (x[1], None), (x[2], None), (x[3], None), (x[4], None), (x[5], "General"),
                (x[6], "General"), (x[8], None), (x[7] or None, None), (100, "0"), (M["total"], "0.00"), ("优", None),
                ("已审核（财政）", None)]
        for k, (v, fm) in enumerate(vals, 1):
            c = ws.cell(row=3 + i, column=k, value=v)
            c.font = f9
            c.border = box
            c.alignment = Alignment(vertical="center", wrap_text=k in (15, 20, 21))
            if fm:
                c.number_format = fm
    ws.freeze_panes = "D4"
    ws.auto_filter.ref = f"A3:Y{3 + len(M['ind'])}"
    wb.save(path)
    normalize_zip(path)


ALL.append(h398())


def main(argv):
    round_main(argv, ALL, "68")


if __name__ == "__main__":
    main(sys.argv[1:])
