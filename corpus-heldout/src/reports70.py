#!/usr/bin/python3
"""Round 70 (h404–h408): layouts and file features not used before, each with PLANTED audit problems, made apart from
the code by the corpus70 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report
whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 -B corpus-heldout/src/reports70.py [h404 …]
(reportlab, python-docx, the 7-Zip command line `7z` (Debian p7zip-full), the Tibetan Machine Uni font (Debian
fonts-tibetan-machine); the Outlook message's compound file is written by hand with reports69's `cfb`:
h404 a 7-ZIP ARCHIVE (.7z, LZMA2, solid, as a portal's 附件下载 offers it) holding ONE 部门整体 self-evaluation report
twice — as the editable DOCX and as its stamped PDF rendering (签章版, a red seal drawn over the signature) — and a
说明.txt in GBK with CRLF; entry names in Chinese inside one folder; no timestamps stored;
h405 an OUTLOOK MESSAGE (.msg: the OLE compound file Outlook saves — __properties_version1.0 streams, MAPI property
streams __substg1.0_<tag>, a recipient storage __recip_version1.0_#00000000 (and a CC), an attachment storage
__attach_version1.0_#00000000 with the DOCX in PR_ATTACH_DATA_BIN, __nameid_version1.0): a county finance bureau's
报送 mail to the city's finance bureau whose HTML body (PR_HTML, gb2312, Word-flavoured as Outlook writes it) carries a
项目支出绩效自评表 pasted as one table, the plain body (PR_BODY) its tab-separated text, the same form attached as DOCX;
h406 a TALL SINGLE-PAGE PDF (a “长图” PDF: one page 595 pt wide and about 4,480 pt tall, as WPS's 输出为长图PDF or a
phone's “save the page as one PDF” makes): a third-party 项目 绩效评价报告 with prose, the fund table, the 一级
summary and the 评分表 (with a 评分标准 column) ruled, no page break anywhere;
h407 a portal page saved with a STALE CHARSET: `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`
left in the head by a CMS that converted its pages, while the bytes are UTF-8 (no BOM): a reader that trusts the meta
gets mojibake, a browser given the HTTP header shows it right; a 部门整体 form with a 得分率 column;
h408 a BILINGUAL TIBETAN / CHINESE 部门整体 form as a PDF (青海省玉树藏族自治州称多县): every title, label and column
header printed in Tibetan script (Tibetan Machine Uni, embedded) above the Chinese, the figures once.)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因 …).
"""
import base64
import datetime
import html as htmlmod
import io
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402,F401
from heldout import fmt, budget, gold  # noqa: E402
from reports4 import pct, F  # noqa: E402
from reports22 import s2, r2, with_project, grows  # noqa: E402
from reports34 import new_doc  # noqa: E402
from reports36_common import BANDS, grade, P, grid as docx_grid, cell_put, main as round_main  # noqa: E402
from reports41 import spans  # noqa: E402
from reports66 import Sheet, ind_rows, no_half, missed_ok, secs_of, mc, q, f2, wrap  # noqa: E402
from reports69 import zwrite, cfb, RlCanvas, rl_canvas  # noqa: E402

ALL = []
TMU = "/usr/share/fonts/truetype/tibetan-machine/TibetanMachineUni.ttf"


# ============================================================ shared: the form's tables as (rows, merges)

def ind_grid(ind, head, first=None):
    """the indicator table: a header row, then one row per indicator (一级 / 二级 merged down); first: a leading
    column label merged down the whole table (the MOF form's 绩效指标)"""
    rows = [list(head)]
    for x in ind:
        rows.append(([""] if first else []) + [x[0], x[1], x[2], x[3], x[4], fmt(x[5]), fmt(x[6]), x[7]])
    off = 1 if first else 0
    merges = [(1 + a, c + off, 1 + b, c + off) for c in (0, 1) for a, b in spans(ind, c) if b > a]
    if first:
        rows[0] = [first] + rows[0]
        merges.append((0, 0, len(ind), 0))
    return rows, merges


def docx_table(doc, rows, widths_mm, merges=(), head_rows=(0,), size=9, aligns=None):
    """python-docx table from rows + merges (r1, c1, r2, c2): the merged cells joined, the text in the origin only"""
    t = docx_grid(doc, len(rows), widths_mm)
    covered = set()
    for r1, c1, r2_, c2 in merges:
        t.cell(r1, c1).merge(t.cell(r2_, c2))
        covered |= {(rr, cc) for rr in range(r1, r2_ + 1) for cc in range(c1, c2 + 1)} - {(r1, c1)}
    for i, row_ in enumerate(rows):
        for k, v in enumerate(row_):
            if (i, k) in covered:
                continue
            al = "c" if aligns is None or i in head_rows else aligns[k]
            cell_put(t.cell(i, k), v, size, bold=i in head_rows, align=al)
    return t


def docx_bytes(doc):
    """the DOCX as bytes, rezipped entry by entry with a fixed date ([Content_Types].xml first)"""
    buf = io.BytesIO()
    doc.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    items.sort(key=lambda x: x[0] != "[Content_Types].xml")
    out = io.BytesIO()
    zwrite(out, items)
    return out.getvalue()


def dpara(doc, text, size=12, bold=False, center=False, indent=True, right=False, before=0, font=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.line_spacing = Pt(size * 1.6)
    p.paragraph_format.space_before = Pt(before)
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    if font:
        r.font.name = font
        r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    return p


class Flow:
    """reports66's Sheet on a reportlab canvas with page breaks: paragraphs flow onto new pages, grids are kept
    whole (the caller puts a grid on a fresh page when it would not fit), a centred “— n —” footer"""

    def __init__(self, cv, W, Hh, x0=62.0):
        self.cv, self.W, self.H = cv, W, Hh
        self.sh = Sheet(cv, W, Hh, x0)
        self.page = 1

    def newpage(self):
        self.sh.txt(self.W / 2, 30, f"— {self.page} —", 9, "c")
        self.cv.showPage()
        self.page += 1
        self.sh.y = self.H - 64

    def para(self, s_, size=11.5, indent=True, lead=21.0, align="l"):
        sh = self.sh
        for ln in wrap(("　　" if indent else "") + s_, self.W - 2 * sh.X0, size, self.cv.kit):
            if sh.y < 70:
                self.newpage()
            x = self.W / 2 if align == "c" else self.W - sh.X0 if align == "r" else sh.X0
            sh.txt(x, sh.y, ln, size, align)
            sh.y -= lead

    def gap(self, h):
        self.sh.y -= h

    def finish(self):
        self.sh.txt(self.W / 2, 30, f"— {self.page} —", 9, "c")
        self.cv.showPage()


def seal(c, cx, cy, name, inner="", r=44):
    """a red round official seal drawn over the signature: ring, five-pointed star, the unit's name on the arc"""
    import math
    c.saveState()
    c.setStrokeColorRGB(0.86, 0.08, 0.1)
    c.setFillColorRGB(0.86, 0.08, 0.1)
    c.setLineWidth(2.4)
    c.circle(cx, cy, r, stroke=1, fill=0)
    pts = []
    for k in range(10):
        ang = math.pi / 2 + k * math.pi / 5
        rr = 13 if k % 2 == 0 else 5.2
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    p = c.beginPath()
    p.moveTo(*pts[0])
    for pt in pts[1:]:
        p.lineTo(*pt)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    n = len(name)
    span_ = min(250.0, 22.0 * n)
    c.setFont("STSong-Light", 10.5)
    for i, ch in enumerate(name):
        ang = 90 + span_ / 2 - i * span_ / (n - 1)
        a = math.radians(ang)
        c.saveState()
        c.translate(cx + (r - 12) * math.cos(a), cy + (r - 12) * math.sin(a))
        c.rotate(ang - 90)
        c.drawCentredString(0, -4, ch)
        c.restoreState()
    if inner:
        c.setFont("STSong-Light", 8)
        c.drawCentredString(cx, cy - r * 0.55, inner)
    c.restoreState()


NOTE_RULES = ("说明：1.预算执行率得分＝预算执行率×分值；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”"
              "计分，“≤”类指标不超过指标值的得满分；3.定性指标根据完成情况酌情扣分；4.等级划分：")


# ============================================================ h404 信丰县农业农村局 (7-ZIP: DOCX + 签章版 PDF + 说明.txt)

def h404():
    dept = "信丰县农业农村局"
    ib, ip = 1802.30, 3615.00
    ab, ap = 1856.42, 4689.75
    eb, ep = 1842.16, 4362.59
    ia, aa = r2(ib + ip), r2(ab + ap)
    ea = 6214.37  # PLANT BREAKDOWN_SUM: 全年执行数 合计 6,214.37; 基本 1,842.16 + 项目 4,362.59 = 6,204.75
    assert r2(eb + ep) == 6204.75 and ea != r2(eb + ep)
    rate, rb, rp = pct(ea, aa), pct(eb, ab), pct(ep, ap)  # the 合计's rate follows the printed 6,214.37
    assert (ia, aa, rate, rb, rp) == (5417.30, 6546.17, 94.93, 99.23, 93.02), (ia, aa, rate, rb, rp)
    for a, b in ((ea, aa), (eb, ab), (ep, ap)):
        no_half(a / b * 100, (a, b))
    fs = r2(rate / 10)
    assert fs == 9.49
    ind = [("预算执行", "预算执行", "预算执行率", "≥95%", q(rate), 10, fs, "部分项目资金于12月下达，结转下年使用；按执行率×分值计分"),
           ("产出指标", "数量指标", "新建高标准农田面积", "≥2.3万亩", "2.63万亩", 6, 6, ""),
           ("产出指标", "数量指标", "农作物病虫害统防统治面积", "≥12万亩", "12.4万亩", 5, 5, ""),
           ("产出指标", "数量指标", "规模养殖场粪污处理设施改造", "≥40个", "40个", 5, 5, ""),
           ("产出指标", "数量指标", "高素质农民培训", "≥600人", "552人", 5, P(552, 600, 5),
            "部分培训班次调整至2025年一季度举办；按完成比例计分"),
           # PLANT TARGET_MET_POINTS_LOST: 96.5% against ≥90%, scored 4 of 5 with no 偏差原因
           ("产出指标", "质量指标", "动物疫病强制免疫密度", "≥90%", "96.5%", 5, 4, ""),
           ("产出指标", "质量指标", "农产品质量安全例行监测合格率", "≥98%", "99.2%", 6, 6, ""),
           ("产出指标", "质量指标", "高标准农田工程验收合格率", "100%", "100%", 6, 6, ""),
           ("产出指标", "时效指标", "耕地地力保护补贴发放及时率", "100%", "100%", 6, 6, ""),
           ("产出指标", "成本指标", "高标准农田亩均财政投入", "≤3000元/亩", "2860元/亩", 6, 6, ""),
           ("效益指标", "经济效益指标", "信丰脐橙综合产值", "≥120亿元", "126.8亿元", 6, 6, ""),
           ("效益指标", "经济效益指标", "农村居民人均可支配收入增长率", "≥7%", "6.6%", 6, P(6.6, 7, 6),
            "受农产品价格下行影响，增速低于预期；按完成比例计分"),
           ("效益指标", "社会效益指标", "粮食播种面积", "≥62万亩", "62.3万亩", 6, 6, ""),
           ("效益指标", "生态效益指标", "畜禽粪污综合利用率", "≥80%", "85.6%", 6, 6, ""),
           ("效益指标", "可持续影响指标", "高标准农田设施长效管护机制", "健全", "基本健全", 6, 5,
            "部分乡镇管护经费未落实到位，扣1分"),
           ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "93.2%", 5, 5, ""),
           ("满意度指标", "服务对象满意度指标", "新型农业经营主体满意度", "≥85%", "88.6%", 5, 5, "")]
    no_half(6 * 6.6 / 7, "增收")
    assert len(ind) == 17 and s2(ind, 5) == 100
    assert [x[:3] for x in missed_ok(ind)] == [("预算执行率", 9.49, 9.99), ("高素质农民培训", 4.6, 4.6),
                                               ("农村居民人均可支配收入增长率", 5.66, 5.66)], missed_ok(ind)
    total = s2(ind, 6)
    assert total == 96.75 and grade(total) == "优", total
    g = gold(None, dept, 2024, "COUNTY", "江西省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), [], grows(ind))
    prose_mu = "2.36"  # PLANT SAME_FIGURE_DIFFERS: 三（一） says 新建高标准农田2.36万亩; the 附件 row prints 2.63万亩
    meta = dict(dept=dept, b=(ib, ip, ab, ap, eb, ep, ia, aa, ea, rate, rb, rp), ind=ind, total=total, mu=prose_mu)
    fnd = [F("SAME_FIGURE_DIFFERS", "新建高标准农田面积",
             "三（一）：新建高标准农田2.36万亩 | 附件：新建高标准农田面积 | ≥2.3万亩 | 2.63万亩", "2.36万亩", "2.63万亩",
             "HIGH", "WARNING",
             "the report's text (三、绩效目标完成情况 （一）) gives 2.36万亩 of new 高标准农田, the 附件 form's row 2.63万亩 "
             "(digits transposed); both clear the ≥2.3万亩 target, so the row's full 6 stands either way; the DOCX and "
             "the stamped PDF in the archive print the same two figures"),
           F("BREAKDOWN_SUM", "全年执行数",
             f"合计 | {mc(ia)} | {mc(aa)} | {mc(ea)} | {q(rate)}; 基本支出 … {mc(eb)}; 项目支出 … {mc(ep)}",
             mc(ea), mc(r2(eb + ep)), "HIGH", "WARNING",
             f"基本支出 {mc(eb)} + 项目支出 {mc(ep)} = {mc(r2(eb + ep))}, but the 合计 row (and 二's text) print a 全年执行数 of "
             f"{mc(ea)} ({mc(r2(ea - eb - ep))} more); the 年初 and 全年 columns add up; the 合计's {q(rate)} follows the "
             f"printed {mc(ea)} (on the parts' sum it would be {q(pct(r2(eb + ep), aa))}, the 预算执行率 row {f2(r2(pct(r2(eb + ep), aa) / 10))}); "
             "which figure is wrong the report does not say: one finding")]
    fnd.append(F("TARGET_MET_POINTS_LOST", "动物疫病强制免疫密度",
                 "产出指标 | 质量指标 | 动物疫病强制免疫密度 | ≥90% | 96.5% | 5 | 4 |", "4", "5", "HIGH", "WARNING",
                 "96.5% clears the ≥90% target, yet the row scores 4 of 5 and its 偏差原因 cell is empty; under the 说明's "
                 "rule a met target earns the full 分值; the 总分 96.75 counts the 4 (with 5 it would be 97.75, 优 either way)"))
    return {"stem": "h404_xinfeng_nongye", "format": "7z", "write": write404, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["the file is a 7-ZIP ARCHIVE (LZMA2, solid) holding one folder with three entries: the report as "
                      "an editable DOCX, the same report as its stamped PDF rendering (签章版, a red seal over the "
                      "signature) and 说明.txt (GBK, CRLF) naming the two; the DOCX and the PDF are ONE report, not two: "
                      "the gold is one report, and the two renderings agree figure for figure (no SAME_FIGURE_DIFFERS "
                      "between them); the seal's arc text (the unit's name) is not content",
                      f"年初 and 全年 columns: 基本 + 项目 = 合计 ({mc(ia)}, {mc(aa)}); 基本 {q(rb)} and 项目 {q(rp)} right; "
                      "none over budget; 年初 < 全年 (追加)",
                      f"预算执行率 {q(rate)} × 10 = {fs} (the 说明's rule, with a reason); 高素质农民培训 5 × 552 ÷ 600 = 4.6 and "
                      "增收 6 × 6.6 ÷ 7 = 5.657 → 5.66 (proportion, with reasons); 长效管护机制 −1 with a reason (judgement)",
                      "规模养殖场粪污处理设施改造 40 vs ≥40个 (met exactly); 亩均财政投入 2860 vs ≤3000元/亩 (a ceiling, met; "
                      "a unit cost, not a budget figure); 一's 核定编制168名 = 行政22 + 事业146 (adds up)",
                      f"总分 {f2(total)} = the 17 rows as printed (the 4 included); 优"]}


def text404(M):
    """the report's paragraphs (shared by the DOCX and the PDF): [(kind, text)] kind h = heading, p = paragraph"""
    ib, ip, ab, ap, eb, ep, ia, aa, ea, rate, rb, rp = M["b"]
    return [
        ("p", "根据《信丰县财政局关于开展2024年度部门整体支出绩效自评工作的通知》（信财绩字〔2025〕3号）要求，我局对2024年度部门"
              "整体支出情况开展了绩效自评，现将自评情况报告如下。"),
        ("h", "一、部门基本情况"),
        ("p", "信丰县农业农村局是县政府工作部门，主要负责统筹研究和组织实施“三农”工作，承担粮食和重要农产品稳产保供、高标准农田"
              "建设、农产品质量安全监管、动物疫病防控和农村改革发展等职责。局机关内设办公室、计划财务股、农田建设管理股等7个股室，"
              "下属农业技术推广中心、畜牧兽医服务中心等5个事业单位。2024年末核定编制168名，其中行政编制22名、事业编制146名。"),
        ("h", "二、部门预算执行情况"),
        ("p", f"2024年度部门年初预算{mc(ia)}万元，全年预算{mc(aa)}万元，其中基本支出{mc(ab)}万元、项目支出{mc(ap)}万元。全年执行"
              f"{mc(ea)}万元，其中基本支出{mc(eb)}万元、项目支出{mc(ep)}万元，预算执行率{q(rate)}。"),
        ("h", "三、绩效目标完成情况"),
        ("p", f"（一）产出方面。全年新建高标准农田{M['mu']}万亩，完成农作物病虫害统防统治面积12.4万亩，完成规模养殖场粪污处理设施改造"
              "40个，培训高素质农民552人；动物疫病强制免疫密度达96.5%，农产品质量安全例行监测合格率99.2%，高标准农田工程验收"
              "合格率100%；耕地地力保护补贴按时足额发放到户。"),
        ("p", "（二）效益方面。信丰脐橙综合产值达126.8亿元；农村居民人均可支配收入增长6.6%；粮食播种面积稳定在62.3万亩；"
              "畜禽粪污综合利用率达85.6%。"),
        ("p", "（三）满意度方面。通过问卷调查，农户满意度93.2%，新型农业经营主体满意度88.6%。"),
        ("h", "四、自评结论"),
        ("p", f"经自评，我局2024年度部门整体支出绩效自评得分{f2(M['total'])}分，自评等级为“优”。评价等级划分：{BANDS}"
              "具体见附件。"),
        ("h", "五、存在的问题及改进措施"),
        ("p", "一是部分项目资金下达较晚，形成结转，预算执行率未达到95%的目标；二是高标准农田建后管护机制有待健全，部分乡镇管护经费"
              "未落实到位。下一步，我局将加快项目前期工作和资金支付进度，完善建后管护制度，压实乡镇管护责任。"),
    ]


def tables404(M):
    ib, ip, ab, ap, eb, ep, ia, aa, ea, rate, rb, rp = M["b"]
    brows = [["预算执行情况（万元）", "项目", "年初预算数", "全年预算数", "全年执行数", "执行率"]]
    for lab, a, b, e, rt in (("合计", ia, aa, ea, rate), ("基本支出", ib, ab, eb, rb), ("项目支出", ip, ap, ep, rp)):
        brows.append(["", lab, mc(a), mc(b), mc(e), q(rt)])
    bmerges = [(0, 0, 3, 0)]
    irows, imerges = ind_grid(M["ind"], ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                         "偏差原因分析及改进措施"))
    n = len(irows)
    irows.append(["总分", "", "", "", "", "100", f2(M["total"]), ""])
    irows.append(["自评等级", "", "", "", "", "优", "", ""])
    imerges += [(n, 0, n, 4), (n + 1, 0, n + 1, 4), (n + 1, 5, n + 1, 7)]
    return brows, bmerges, irows, imerges


def docx404(rep):
    M = rep["meta"]
    from docx.enum.text import WD_BREAK
    doc = new_doc()
    dpara(doc, "信丰县农业农村局2024年度部门整体支出绩效自评报告", 16, True, center=True, font="方正小标宋简体")
    for kind, t in text404(M):
        if kind == "h":
            dpara(doc, t, 12, True, indent=True, font="黑体")
        else:
            dpara(doc, t, 12, font="仿宋_GB2312")
    dpara(doc, "附件：信丰县农业农村局2024年度部门整体支出绩效自评表", 12, indent=True, font="仿宋_GB2312")
    dpara(doc, "信丰县农业农村局", 12, right=True, before=24, font="仿宋_GB2312")
    dpara(doc, "2025年4月22日", 12, right=True, font="仿宋_GB2312")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    dpara(doc, "附件", 12, True, indent=False, font="黑体")
    dpara(doc, "2024年度部门整体支出绩效自评表", 15, True, center=True, font="方正小标宋简体")
    dpara(doc, f"填报单位（盖章）：{M['dept']}　　　　　　　　　　　　　　　　金额单位：万元", 10.5, indent=False)
    brows, bmerges, irows, imerges = tables404(M)
    docx_table(doc, brows, (30, 26, 30, 30, 30, 24), bmerges, size=9)
    dpara(doc, "", 6, indent=False)
    docx_table(doc, irows, (17, 20, 34, 20, 20, 11, 12, 36), imerges, size=8.5,
               aligns=["c", "c", "l", "c", "c", "c", "c", "l"])
    dpara(doc, NOTE_RULES + BANDS, 9, indent=False)
    dpara(doc, "填表人：刘慧敏　　审核人：曾志强　　联系电话：0797-3321856　　填报日期：2025年4月22日", 9, indent=False)
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "xfnyj"
    cp.title = "信丰县农业农村局2024年度部门整体支出绩效自评报告"
    return docx_bytes(doc)


def pdf404(rep):
    from reportlab.lib.pagesizes import A4
    M = rep["meta"]
    buf = io.BytesIO()
    c = rl_canvas(buf, "信丰县农业农村局2024年度部门整体支出绩效自评报告", "xfnyj", "Microsoft® Word 2019",
                  "Microsoft® Word 2019")
    W, Hh = A4
    cv = RlCanvas(c)
    fl = Flow(cv, W, Hh)
    sh = fl.sh
    sh.txt(W / 2, sh.y, "信丰县农业农村局2024年度部门整体支出绩效自评报告", 16, "c")
    sh.y -= 36
    for kind, t in text404(M):
        if kind == "h":
            fl.gap(4)
            fl.para(t, 12.5, indent=True)
        else:
            fl.para(t)
    fl.para("附件：信丰县农业农村局2024年度部门整体支出绩效自评表")
    fl.gap(26)
    if sh.y < 140:
        fl.newpage()
    fl.para("信丰县农业农村局", align="r", indent=False)
    ys = sh.y
    fl.para("2025年4月22日", align="r", indent=False)
    seal(c, W - sh.X0 - 52, ys + 8, "信丰县农业农村局")
    fl.newpage()
    fl.para("附件", 12, indent=False)
    sh.txt(W / 2, sh.y - 4, "2024年度部门整体支出绩效自评表", 15, "c")
    sh.y -= 30
    sh.txt(sh.X0, sh.y, f"填报单位（盖章）：{M['dept']}", 9.5)
    sh.txt(W - sh.X0, sh.y, "金额单位：万元", 9.5, "r")
    sh.y -= 16
    brows, bmerges, irows, imerges = tables404(M)
    sh.grid(brows, [86, 70, 82, 82, 82, 69], bmerges, size=8.5, head_rows=(0,),
            aligns=["c", "c", "r", "r", "r", "c"], lead=10)
    sh.y += 6
    sh.grid(irows, [44, 50, 92, 54, 52, 28, 30, 121], imerges, size=7.6, head_rows=(0,),
            aligns=["c", "c", "l", "c", "c", "c", "c", "l"], lead=9.2, pad=2.4)
    assert sh.y > 70, sh.y
    for ln in wrap(NOTE_RULES + BANDS, W - 2 * sh.X0, 8, cv.kit):
        sh.txt(sh.X0, sh.y, ln, 8)
        sh.y -= 12
    sh.txt(sh.X0, sh.y - 2, "填表人：刘慧敏　　审核人：曾志强　　联系电话：0797-3321856　　填报日期：2025年4月22日", 8)
    assert sh.y > 44, sh.y
    fl.finish()
    c.save()
    return buf.getvalue()


README404 = ("附件说明\r\n"
             "1.信丰县农业农村局2024年度部门整体支出绩效自评报告.docx：自评报告（含附件自评表）可编辑版本；\r\n"
             "2.信丰县农业农村局2024年度部门整体支出绩效自评报告（签章版）.pdf：加盖单位公章的正式版本，与可编辑版本内容一致；\r\n"
             "3.如有疑问，请联系县农业农村局计划财务股，联系人：刘慧敏，电话：0797-3321856。\r\n"
             "\r\n"
             "信丰县农业农村局\r\n"
             "2025年4月22日\r\n")


def write404(rep, path):
    folder = "信丰县农业农村局2024年度部门整体支出绩效自评"
    names = [("信丰县农业农村局2024年度部门整体支出绩效自评报告.docx", docx404(rep)),
             ("信丰县农业农村局2024年度部门整体支出绩效自评报告（签章版）.pdf", pdf404(rep)),
             ("说明.txt", README404.encode("gbk"))]
    work = tempfile.mkdtemp(prefix="r70_7z_")
    try:
        os.mkdir(os.path.join(work, folder))
        os.chmod(os.path.join(work, folder), 0o755)
        for n, data in names:
            p = os.path.join(work, folder, n)
            with open(p, "wb") as f:
                f.write(data)
            os.chmod(p, 0o644)
            os.utime(p, (1745283600, 1745283600))
        os.utime(os.path.join(work, folder), (1745283600, 1745283600))
        out = os.path.join(work, "out.7z")
        env = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8")
        subprocess.run(["7z", "a", "-t7z", "-m0=lzma2", "-mx=9", "-mmt=1", "-ms=on", "-mtm=off", "-mtc=off", "-mta=off",
                        "-bd", "-y", out, folder + "/" + names[0][0], folder + "/" + names[1][0],
                        folder + "/" + names[2][0]], cwd=work, env=env, check=True, stdout=subprocess.DEVNULL)
        shutil.copyfile(out, path)
    finally:
        shutil.rmtree(work, ignore_errors=True)


ALL.append(h404())


# ============================================================ h405 汝城县 (OUTLOOK .MSG: the form in the HTML body, DOCX attached)

def h405():
    dept, unit = "汝城县水利局", "汝城县农村饮水安全工程管理站"
    project = "2024年汝城县农村供水保障工程项目"
    src = [("中央水利发展资金", 1200.00, 1200.00, 1126.80), ("省级水利发展资金", 380.00, 420.00, 385.62),
           ("县级配套资金", 150.00, 150.00, 138.40)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    srates = [pct(x[3], x[2]) for x in src]
    assert (ia, aa, ea, rate) == (1730.00, 1770.00, 1650.82, 93.27) and srates == [93.90, 91.81, 92.27], (ia, aa, ea, rate)
    for x in src + [("合计", ia, aa, ea)]:
        no_half(x[3] / x[2] * 100, x[0])
        assert x[3] <= x[2]
    fs = 10  # PLANT BUDGET_ROW_SCORE: the fund line scores 10; the 说明's rule 执行率 × 分值 gives 93.27% × 10 = 9.33
    assert r2(rate / 10) == 9.33
    cover, pop = 10.40, 13.26
    cov_s = "78.34%"  # PLANT FORMULA: 10.40万人 ÷ 13.26万人 = 78.43%, printed 78.34% (实际完成情况 and the row)
    assert q(pct(cover, pop)) == "78.43%" and cov_s != q(pct(cover, pop))
    ind = [("", "", "年度资金总额", "", q(rate), 10, fs, ""),
           ("产出指标", "数量指标", "新建（改扩建）集中供水工程", "≥12处", "12处", 6, 6, ""),
           ("产出指标", "数量指标", "新建及改造供水管网", "≥85公里", "88.6公里", 6, 6, ""),
           ("产出指标", "数量指标", "农村供水工程维修养护", "≥60处", "64处", 7, 7, ""),
           ("产出指标", "数量指标", "安装水质净化消毒设备", "≥30套", "27套", 5, P(27, 30, 5),
            "3套设备因供货延迟于2025年2月安装；按完成比例计分"),
           # PLANT RATE_OVER_ZERO_BASE: growth 100% over a 2023 base of 0 stations (实际完成情况: 2023年底全县尚无在线监测站点)
           ("产出指标", "数量指标", "水质在线监测站点数量增长率", "≥50%", "100%", 4, 4, ""),
           ("产出指标", "质量指标", "工程验收合格率", "100%", "100%", 6, 6, ""),
           ("产出指标", "质量指标", "农村供水水质达标率", "≥92%", "94.6%", 6, 6, ""),
           ("产出指标", "时效指标", "项目资金拨付及时率", "100%", "100%", 5, 5, ""),
           ("产出指标", "成本指标", "单处集中供水工程平均造价", "≤95万元", "91.4万元", 5, 5, ""),
           ("效益指标", "社会效益指标", "新增受益人口", "≥3.2万人", "3.35万人", 8, 8, ""),
           ("效益指标", "社会效益指标", "农村自来水普及率", "≥90%", "91.2%", 7, 7, ""),
           ("效益指标", "社会效益指标", "规模化供水工程覆盖农村人口比例", "≥75%", cov_s, 7, 7, ""),
           ("效益指标", "可持续影响指标", "工程长效运行管护机制", "健全", "基本健全", 8, 7,
            "部分村级供水工程管护责任未落实到人，扣1分"),
           ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "93.5%", 10, 10, "")]
    assert len(ind) == 15 and s2(ind, 5) == 100
    assert [x[:3] for x in missed_ok(ind[1:])] == [("安装水质净化消毒设备", 4.5, 4.5)], missed_ok(ind)
    total = s2(ind, 6)
    assert total == 98.5 and grade(total) == "优" and grade(r2(total - 10 + 9.33)) == "优", total
    plan = ("目标1：新建（改扩建）集中供水工程12处，新建及改造供水管网85公里，维修养护农村供水工程60处，新建水质在线监测站点，"
            "安装水质净化消毒设备30套；目标2：巩固提升农村供水保障水平，新增受益人口3.2万人，农村自来水普及率达到90%以上，"
            "规模化供水工程覆盖农村人口比例达到75%以上；目标3：受益群众满意度达到90%以上。")
    done = (f"目标1：新建（改扩建）集中供水工程12处，新建及改造供水管网88.6公里，维修养护64处，新建水质在线监测站点6个（2023年底"
            f"全县尚无在线监测站点），安装水质净化消毒设备27套；目标2：新增受益人口3.35万人，农村自来水普及率达到91.2%，规模化"
            f"供水工程覆盖农村人口{f2(cover)}万人，占全县农村常住人口{f2(pop)}万人的{cov_s}；目标3：受益群众满意度93.5%。")
    g = with_project(gold(None, dept, 2024, "COUNTY", "湖南省", "SELF_EVALUATION", None, total, 100, "优",
                          budget(ia, aa, ea, rate), [], grows(ind)), project, unit)
    meta = dict(dept=dept, unit=unit, project=project, src=src, srates=srates, fund=(ia, aa, ea, rate, fs), ind=ind,
                total=total, plan=plan, done=done)
    fnd = [F("BUDGET_ROW_SCORE", "年度资金总额",
             f"年度资金总额 | {mc(ia)} | {mc(aa)} | {mc(ea)} | 10 | {q(rate)} | 10", "10", "9.33", "HIGH", "ERROR",
             f"the 说明 under the table scores the fund line 执行率 × 分值: {q(rate)} × 10 = 9.33, printed 10 (full marks "
             f"although the funds were not fully spent); the 总分 {fmt(total)} carries the 10 (with 9.33 it is 97.83, 优 "
             "either way): one finding; the same figures in the HTML body, the plain body and the attached DOCX"),
           F("FORMULA", "规模化供水工程覆盖农村人口比例",
             f"规模化供水工程覆盖农村人口{f2(cover)}万人，占全县农村常住人口{f2(pop)}万人的{cov_s}", cov_s, q(pct(cover, pop)),
             "HIGH", "ERROR",
             f"{f2(cover)} ÷ {f2(pop)} = {q(pct(cover, pop))} (78.431…), printed {cov_s} in the 实际完成情况 and as the row's "
             "实际完成值 (digits transposed); both clear the ≥75% target, so the row's full 7 stands"),
           F("RATE_OVER_ZERO_BASE", "水质在线监测站点数量增长率",
             "产出指标 | 数量指标 | 水质在线监测站点数量增长率 | ≥50% | 100% | 4 | 4; 实际完成情况：新建水质在线监测站点6个（2023年底"
             "全县尚无在线监测站点）", "100%", "— (base 0)", "HIGH", "WARNING",
             "the 实际完成情况 says the county had no on-line monitoring station at the end of 2023 and built 6 in 2024: a "
             "growth rate over a base of 0 is undefined, not 100%; the row (and its ≥50% target) should count stations "
             "(6个); its full 4 rests on a figure that cannot be computed")]
    return {"stem": "h405_rucheng_shuili", "format": "msg", "write": write405, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["the file is an OUTLOOK MESSAGE (.msg): an OLE compound file with the message's MAPI properties "
                      "(__properties_version1.0 and __substg1.0_<tag> streams), a TO and a CC recipient storage, one "
                      "attachment storage and the named-property storage; the form is in the HTML body (PR_HTML, "
                      "gb2312 as Outlook writes it, one table with rowspan / colspan), the plain body (PR_BODY) is its "
                      "tab-separated text, and the same form is attached as a DOCX: ONE report printed three times, "
                      "figure for figure the same (not SAME_FIGURE_DIFFERS); the mail's own text (salutation, the "
                      "notice it answers, the signature, the phone number) is not a row",
                      "the sender is the county finance bureau forwarding the 水利局's form to the city's finance bureau: "
                      "the gold's department is the form's 主管部门 (汝城县水利局), not the sender",
                      f"funds: the three sources add up in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {q(rate)}, 中央 "
                      "93.90%, 省级 91.81%, 县级 92.27% right; none over budget; 年初 < 全年 (省级 追加 40.00)",
                      "安装水质净化消毒设备 5 × 27 ÷ 30 = 4.5 (proportion, with a reason); 管护机制 −1 with a reason "
                      "(judgement); 新建（改扩建）集中供水工程 12 vs ≥12处 (met exactly); 单处平均造价 91.4 vs ≤95万元 (a "
                      "ceiling, met; a unit cost, not a budget figure)",
                      f"总分 {fmt(total)} = the fund line as printed + the 14 rows; 分值 10 + 90 = 100; 优"]}


def form405(M):
    """the 项目支出绩效自评表 as one 9-column grid (rows, merges): the HTML body's table and the DOCX's"""
    ia, aa, ea, rate, fs = M["fund"]
    rows = [["项目名称", M["project"]] + [""] * 7,
            ["主管部门", M["dept"], "", "", "实施单位", M["unit"], "", "", ""],
            ["项目资金（万元）", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", "", mc(ia), mc(aa), mc(ea), "10", q(rate), fmt(fs)]]
    merges = [(0, 1, 0, 8), (1, 1, 1, 3), (1, 5, 1, 8), (2, 1, 2, 2), (3, 1, 3, 2)]
    for k, (x, rt) in enumerate(zip(M["src"], M["srates"])):
        r = len(rows)
        rows.append(["", ("其中：" if k == 0 else "") + x[0], "", mc(x[1]), mc(x[2]), mc(x[3]), "—", q(rt), "—"])
        merges.append((r, 1, r, 2))
    merges.append((2, 0, len(rows) - 1, 0))
    r = len(rows)
    rows += [["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", ""],
             ["", M["plan"], "", "", "", M["done"], "", "", ""]]
    merges += [(r, 0, r + 1, 0), (r, 1, r, 4), (r, 5, r, 8), (r + 1, 1, r + 1, 4), (r + 1, 5, r + 1, 8)]
    h0 = len(rows)
    irows, imerges = ind_grid(M["ind"][1:], ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                             "偏差原因分析及改进措施"), first="绩效指标")
    rows += irows
    merges += [(a + h0, b, c + h0, d) for a, b, c, d in imerges]
    r = len(rows)
    rows.append(["总分", "", "", "", "", "", "100", fmt(M["total"]), "自评等级：优"])
    merges.append((r, 0, r, 5))
    return rows, merges


NOTE405 = ("说明：1.年度资金总额得分＝执行率×分值；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”计分；"
           "3.定性指标根据完成情况酌情扣分；4.等级划分：" + BANDS)


def docx405(rep):
    M = rep["meta"]
    doc = new_doc()
    dpara(doc, "项目支出绩效自评表", 16, True, center=True, font="方正小标宋简体")
    dpara(doc, "（2024年度）", 11, center=True)
    dpara(doc, f"填报单位（盖章）：{M['dept']}　　　　　　　　　　　　　　金额单位：万元", 10.5, indent=False)
    rows, merges = form405(M)
    docx_table(doc, rows, (14, 17, 17, 27, 18, 18, 11, 14, 34), merges, head_rows=(), size=8.5)
    dpara(doc, NOTE405, 9, indent=False)
    dpara(doc, "填报人：黄晓丽　　联系电话：0735-8223517　　填报日期：2025年4月18日", 9, indent=False)
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "rcslj"
    return docx_bytes(doc)


def word_html405(M, rows, merges):
    """the HTML body as Outlook (Word as editor) writes it: MsoNormal paragraphs, a MsoNormalTable pasted from Word"""
    def e(s):
        return htmlmod.escape(s, quote=False)

    def p(s, extra=""):
        return f"<p class=MsoNormal{extra}><span style='font-family:宋体'>{e(s)}<o:p></o:p></span></p>\n"
    origin = {(r1, c1): (r2_ - r1 + 1, c2 - c1 + 1) for r1, c1, r2_, c2 in merges}
    covered = {(rr, cc) for r1, c1, r2_, c2 in merges for rr in range(r1, r2_ + 1) for cc in range(c1, c2 + 1)} - \
        set(origin)
    tb = ["<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=680 "
          "style='width:510.0pt;border-collapse:collapse;mso-yfti-tbllook:1184'>\n"]
    for i, row_ in enumerate(rows):
        tb.append(f" <tr style='mso-yfti-irow:{i}'>\n")
        for k, v in enumerate(row_):
            if (i, k) in covered:
                continue
            rs, cs = origin.get((i, k), (1, 1))
            att = (f" colspan={cs}" if cs > 1 else "") + (f" rowspan={rs}" if rs > 1 else "")
            al = " align=left style='text-align:left'" if len(v) > 14 else " align=center style='text-align:center'"
            tb.append(f"  <td{att} valign=middle style='border:solid windowtext 1.0pt;padding:0cm 2.0pt 0cm 2.0pt'>"
                      f"<p class=MsoNormal{al}><span style='font-size:9.0pt;font-family:宋体'>{e(v) or '&nbsp;'}"
                      "<o:p></o:p></span></p></td>\n")
        tb.append(" </tr>\n")
    tb.append("</table>\n")
    head = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
            "xmlns=\"http://www.w3.org/TR/REC-html40\"><head><meta http-equiv=Content-Type content=\"text/html; "
            "charset=gb2312\"><meta name=Generator content=\"Microsoft Word 15 (filtered medium)\"><style><!--\n"
            "/* Font Definitions */\n@font-face\n\t{font-family:宋体;\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}\n"
            "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\ttext-align:justify;\n\ttext-justify:inter-ideograph;"
            "\n\tfont-size:10.5pt;\n\tfont-family:等线;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt "
            "90.0pt 72.0pt 90.0pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style><!--[if gte mso 9]><xml>\n"
            "<o:shapedefaults v:ext=\"edit\" spidmax=\"1026\" />\n</xml><![endif]--></head><body lang=ZH-CN "
            "link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word;text-justify-trim:punctuation'>"
            "<div class=WordSection1>\n")
    body = [p("郴州市财政局预算绩效管理科："),
            p("　　根据《郴州市财政局关于开展2024年度市对县转移支付项目绩效自评抽查工作的通知》要求，现将我县抽查项目“"
              f"{M['project']}”支出绩效自评表（主管部门：{M['dept']}）报送你科，自评表内容粘贴如下，Word版见附件，请审阅。"),
            p(""),
            p("项目支出绩效自评表", " align=center style='text-align:center'"),
            p("（2024年度）", " align=center style='text-align:center'"),
            p(f"填报单位（盖章）：{M['dept']}　　　　　　　　　　　　　　金额单位：万元")]
    tail = [p(NOTE405), p("填报人：黄晓丽　　联系电话：0735-8223517　　填报日期：2025年4月18日"), p(""),
            p("汝城县财政局预算绩效管理股　何文斌"), p("电话：0735-8221306"), p("2025年5月12日")]
    return head + "".join(body) + "".join(tb) + "".join(tail) + "</div></body></html>\n"


def plain405(M, rows, merges):
    covered = {(rr, cc) for r1, c1, r2_, c2 in merges for rr in range(r1, r2_ + 1) for cc in range(c1, c2 + 1)} - \
        {(r1, c1) for r1, c1, _, _ in merges}
    lines = ["郴州市财政局预算绩效管理科：", "",
             "　　根据《郴州市财政局关于开展2024年度市对县转移支付项目绩效自评抽查工作的通知》要求，现将我县抽查项目“"
             f"{M['project']}”支出绩效自评表（主管部门：{M['dept']}）报送你科，自评表内容粘贴如下，Word版见附件，请审阅。", "",
             "项目支出绩效自评表", "（2024年度）", f"填报单位（盖章）：{M['dept']}　　　　　　　　　　　　　　金额单位：万元"]
    for i, row_ in enumerate(rows):
        lines.append("\t".join("" if (i, k) in covered else v for k, v in enumerate(row_)).rstrip("\t"))
    lines += [NOTE405, "填报人：黄晓丽　　联系电话：0735-8223517　　填报日期：2025年4月18日", "",
              "汝城县财政局预算绩效管理股　何文斌", "电话：0735-8221306", "2025年5月12日", ""]
    return "\r\n".join(lines)


# ------------------------------------------------------------ an Outlook .msg (MS-OXMSG) on reports69's compound file

PT_LONG, PT_BOOL, PT_TIME, PT_UNI, PT_BIN = 0x0003, 0x000B, 0x0040, 0x001F, 0x0102


def filetime(y, mo, d, h, mi, s_=0):
    t = datetime.datetime(y, mo, d, h, mi, s_, tzinfo=datetime.timezone.utc)
    return int((t.timestamp() + 11644473600) * 10_000_000)


def prop_storage(props, header):
    """{stream name: bytes}: the __properties_version1.0 stream (header + 16-byte entries, ascending tags) and one
    __substg1.0_<TAG> stream per variable-length property (strings UTF-16LE, size = bytes + 2; binaries as is)"""
    out, ents = {}, [header]
    for tag, v in sorted(props.items()):
        typ = tag & 0xFFFF
        if typ == PT_LONG:
            val = struct.pack("<iI", v, 0)
        elif typ == PT_BOOL:
            val = struct.pack("<H6x", 1 if v else 0)
        elif typ == PT_TIME:
            val = struct.pack("<Q", v)
        else:
            data = v.encode("utf-16-le") if typ == PT_UNI else v
            out["__substg1.0_%08X" % tag] = data
            val = struct.pack("<II", len(data) + (2 if typ == PT_UNI else 0), 0)
        ents.append(struct.pack("<II", tag, 6) + val)
    out["__properties_version1.0"] = b"".join(ents)
    return out


def msg_bytes(props, recips, attachs):
    tree = prop_storage(props, b"\0" * 8 + struct.pack("<IIII", len(recips), len(attachs), len(recips), len(attachs))
                        + b"\0" * 8)
    for k, rp in enumerate(recips):
        tree["__recip_version1.0_#%08X" % k] = prop_storage(rp, b"\0" * 8)
    for k, at in enumerate(attachs):
        tree["__attach_version1.0_#%08X" % k] = prop_storage(at, b"\0" * 8)
    tree["__nameid_version1.0"] = {"__substg1.0_00020102": b"", "__substg1.0_00030102": b"", "__substg1.0_00040102": b""}
    return cfb(tree)


def write405(rep, path):
    M = rep["meta"]
    rows, merges = form405(M)
    htm = word_html405(M, rows, merges).encode("gbk")
    body = plain405(M, rows, merges)
    att = docx405(rep)
    subject = f"报送：{M['project']}支出绩效自评表（市对县转移支付抽查）"
    sent = filetime(2025, 5, 12, 2, 26, 14)
    frm = ("何文斌（汝城县财政局）", "rcczj_jxg@163.com")
    to = ("郴州市财政局预算绩效管理科", "czczj_jxk@163.com")
    cc = ("汝城县水利局规划计划股", "rcslj_ghjh@163.com")
    fname = f"{M['project']}支出绩效自评表.docx"
    headers = ("Received: from DESKTOP-8K2RCZJ (unknown [113.247.22.86])\r\n\tby smtp11 (Coremail) with SMTP id "
               "C8CowABHj3Z9XCFoA1kVBw--.41523S2;\r\n\tMon, 12 May 2025 10:26:18 +0800 (CST)\r\n"
               f"Subject: =?gb2312?B?{base64.b64encode(subject.encode('gbk')).decode()}?=\r\n"
               "Date: Mon, 12 May 2025 10:26:14 +0800\r\n"
               "From: =?gb2312?B?us7OxLHzo6jI6rPHz9iyxtX+vtajqQ==?= <rcczj_jxg@163.com>\r\n"
               "To: \"czczj_jxk@163.com\" <czczj_jxk@163.com>\r\n"
               "Cc: \"rcslj_ghjh@163.com\" <rcslj_ghjh@163.com>\r\n"
               "Message-ID: <000001dbc2f1$8a4e2b10$9eea8130$@163.com>\r\n"
               "MIME-Version: 1.0\r\nX-Mailer: Microsoft Outlook 16.0\r\nContent-Language: zh-cn\r\n\r\n")
    props = {0x001A001F: "IPM.Note", 0x0037001F: subject, 0x0E1D001F: subject, 0x003D001F: "",
             0x0039_0040: sent, 0x0E06_0040: sent + 40_000_000,
             0x0C1A001F: frm[0], 0x0C1E001F: "SMTP", 0x0C1F001F: frm[1], 0x0042001F: frm[0], 0x0064001F: "SMTP",
             0x0065001F: frm[1], 0x0E04001F: to[0], 0x0E03001F: cc[0], 0x0E02001F: "",
             0x1000001F: body, 0x1013_0102: htm, 0x3FDE_0003: 936, 0x3FF1_0003: 2052,
             0x0E07_0003: 0x11, 0x0E1B_000B: True, 0x0017_0003: 1, 0x0036_0003: 0, 0x340D_0003: 0x00040000 | 0x00010000,
             0x1035001F: "<000001dbc2f1$8a4e2b10$9eea8130$@163.com>", 0x007D001F: headers}
    recips = [{0x0C15_0003: 1, 0x3001001F: to[0], 0x3002001F: "SMTP", 0x3003001F: to[1], 0x39FE001F: to[1],
               0x3000_0003: 0, 0x5FF6001F: to[0]},
              {0x0C15_0003: 2, 0x3001001F: cc[0], 0x3002001F: "SMTP", 0x3003001F: cc[1], 0x39FE001F: cc[1],
               0x3000_0003: 1, 0x5FF6001F: cc[0]}]
    attachs = [{0x3705_0003: 1, 0x3707001F: fname, 0x3704001F: "2024NC~1.DOC", 0x3703001F: ".docx",
                0x3001001F: fname, 0x370E001F: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                0x3701_0102: att, 0x0E20_0003: len(att) + 256, 0x0E21_0003: 0, 0x370B_0003: -1}]
    with open(path, "wb") as f:
        f.write(msg_bytes(props, recips, attachs))


ALL.append(h405())


# ============================================================ h406 昭平县 (TALL SINGLE-PAGE “长图” PDF, third-party 项目 evaluation)

def h406():
    dept, unit = "昭平县农业农村局", "昭平县茶叶发展服务中心"
    project = "2024年昭平县茶产业高质量发展项目"
    evaluator = "广西贺信工程咨询有限公司"
    src = [("自治区财政衔接推进乡村振兴补助资金", 600.00, 600.00, 571.26), ("县级财政资金", 200.00, 240.00, 219.84)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    srates = [pct(x[3], x[2]) for x in src]
    assert (ia, aa, ea, rate) == (800.00, 840.00, 791.10, 94.18) and srates == [95.21, 91.60], (rate, srates)
    for x in src + [("合计", ia, aa, ea)]:
        no_half(x[3] / x[2] * 100, x[0])
    PR = "达到指标值得满分；未达到的按“实际完成值÷指标值×分值”计分"
    # PLANT MALFORMED_RULE: the 验收合格率 bands leave 93%–95% without a score
    BAD = "合格率≥95%得8分；90%（含）—93%得6分；85%（含）—90%得4分；85%以下不得分"
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 扣分说明, 评分标准)
    ind = [("决策", "项目立项", "立项依据充分性", "充分", "充分", 3, 3, "",
            "立项依据充分，符合国家、自治区茶产业发展规划得3分；每发现一处不符扣1分"),
           ("决策", "项目立项", "立项程序规范性", "规范", "规范", 3, 3, "", "按规定程序申报、审批、公示得3分；程序不完整的酌情扣分"),
           ("决策", "绩效目标", "绩效目标合理性", "合理", "基本合理", 3, 2, "部分目标未与资金量匹配，扣1分",
            "目标与实际工作内容相关、与预算资金量匹配得3分；否则酌情扣分"),
           ("决策", "绩效目标", "绩效指标明确性", "明确", "基本明确", 3, 2, "效益指标量化不足，扣1分",
            "指标细化、量化、可衡量得3分；否则酌情扣分"),
           ("决策", "资金投入", "预算编制科学性", "科学", "基本科学", 3, 2, "加工厂改造补助测算依据不充分，扣1分",
            "预算编制经过论证、测算依据充分得3分；否则酌情扣分"),
           ("过程", "资金管理", "资金到位率", "100%", "100%", 4, 4, "", "资金到位率×分值"),
           ("过程", "资金管理", "预算执行率", "100%", q(rate), 5, r2(5 * rate / 100), "县级资金部分尚未支付",
            "预算执行率×分值"),
           ("过程", "资金管理", "资金使用合规性", "合规", "合规", 4, 4, "", "资金使用符合规定得4分；发现一处违规扣1分"),
           ("过程", "组织实施", "管理制度健全性", "健全", "健全", 3, 3, "", "制度健全得3分；否则酌情扣分"),
           ("过程", "组织实施", "制度执行有效性", "有效", "基本有效", 4, 2.5, "3处验收资料不完整，扣1.5分",
            "按制度执行、资料完整得4分；发现一处问题扣0.5分"),
           ("产出", "产出数量", "新建生态茶园面积", "≥5000亩", "5200亩", 8, 8, "", PR),
           ("产出", "产出数量", "低产茶园提质改造面积", "≥8000亩", "6480亩", 8, P(6480, 8000, 8),
            "部分地块农户意愿变化，未按计划实施", PR),
           ("产出", "产出数量", "茶叶加工厂清洁化改造", "≥10家", "10家", 6, 6, "", PR),
           ("产出", "产出质量", "茶园建设验收合格率", "≥95%", "96.2%", 8, 8, "", BAD),
           ("产出", "产出时效", "项目完成及时率", "100%", "100%", 5, 5, "", "按期完成得5分；每延期1个月扣1分"),
           ("产出", "产出成本", "生态茶园亩均建设成本", "≤1200元/亩", "1150元/亩", 5, 5, "",
            "不超过指标值得5分；每超出5%扣1分"),
           ("效益", "经济效益", "项目区茶农户均增收", "≥2000元", "1760元", 7, P(1760, 2000, 7), "春茶受倒春寒影响减产", PR),
           ("效益", "社会效益", "带动脱贫户（监测户）参与茶产业", "≥1500户", "1620户", 6, 6, "", PR),
           ("效益", "可持续影响", "茶产业品牌影响力", "持续提升", "有所提升", 6, 3.5, "区域公用品牌推广投入不足，扣2.5分",
            "根据品牌建设、宣传推介成效酌情评分"),
           ("效益", "满意度", "受益茶农满意度", "≥90%", "87.6%", 6, r2(6 - (90 - 87.6)), "茶农对技术服务满意度偏低",
            "满意度≥90%得满分；每低1个百分点扣1分")]
    no_half(5 * rate / 100, "执行率 × 5")
    assert len(ind) == 20 and s2(ind, 5) == 100
    rsecs = secs_of(ind, ["决策", "过程", "产出", "效益"])
    assert rsecs == [("决策", 15, 12), ("过程", 20, 18.21), ("产出", 40, 38.48), ("效益", 25, 19.26)], rsecs
    # PLANT SECTION_VS_ROWS: 表2 prints 产出 38.84 (its 得分率 97.10% follows it); the six 产出 rows add to 38.48
    secs = [(n, w, 38.84 if n == "产出" else s_) for n, w, s_ in rsecs]
    srates = [q(pct(s_, w)) for n, w, s_ in secs]
    assert srates == ["80.00%", "91.05%", "97.10%", "77.04%"], srates
    total = s2(ind, 6)
    assert total == 87.95 and grade(total) == "良" and r2(sum(s_ for _, _, s_ in secs)) == 88.31, total
    printed_grade = "优"  # PLANT GRADE_OUTSIDE_BANDS: 87.95 is 良 under the printed bands (80–90)
    g = with_project(gold(None, dept, 2024, "COUNTY", "广西壮族自治区", "THIRD_PARTY_EVALUATION", evaluator, total, 100,
                          printed_grade, budget(ia, aa, ea, rate), secs, grows([x[:8] for x in ind])), project, unit)
    meta = dict(dept=dept, unit=unit, project=project, evaluator=evaluator, src=src, srates=srates,
                fund=(ia, aa, ea, rate), frates=[pct(x[3], x[2]) for x in src], ind=ind, secs=secs, total=total,
                grade=printed_grade)
    fnd = [F("SECTION_VS_ROWS", "产出",
             "表2 | 产出 | 40 | 38.84 | 97.10%", "38.84", "38.48", "HIGH", "ERROR",
             "the six 产出 rows of the 附表 score 8 + 6.48 + 6 + 8 + 5 + 5 = 38.48 (only 低产茶园提质改造面积 loses 1.52); 表2 "
             "prints 38.84 (digits transposed) and its 得分率 97.10% follows it; 表2's 合计 87.95 and 三's text add the "
             "rows, not 表2's column (12 + 18.21 + 38.84 + 19.26 = 88.31): one finding"),
           F("MALFORMED_RULE", "茶园建设验收合格率",
             f"茶园建设验收合格率 | 8 | {BAD}", BAD, "no band for 93%–95%", "HIGH", "WARNING",
             "the 评分标准's bands run ≥95% → 8, 90%–93% → 6, 85%–90% → 4: a 合格率 from 93% up to 95% has no score; the row's "
             "96.2% falls in the top band, so its 8 stands — the rule, not the score, needs correcting"),
           F("GRADE_OUTSIDE_BANDS", "评价等级",
             "经综合评价，该项目绩效评价得分87.95分，评价等级为“优”", "优", "良", "HIGH", "ERROR",
             "the report's own bands (90分（含）以上为“优”，80分（含）至90分为“良”) put 87.95 in 良; 三 and the 附表's 合计 "
             "line both print 优 (one finding); 表2's column total 88.31 would be 良 too")]
    return {"stem": "h406_zhaoping_chaye", "format": "pdf", "draw": draw406, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["the PDF is ONE TALL PAGE (595 pt wide, about 4,480 pt tall: a “长图” PDF as WPS's 输出为长图PDF or a "
                      "phone's save-as-one-page makes): the cover lines, the prose, 表1, 表2 and the 附表 评分表 follow one "
                      "another with no page break, no running header or footer, no page number; the 评分表's header is "
                      "printed once",
                      f"funds: 自治区 + 县级 = 合计 in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {q(rate)}, 95.21% and "
                      "91.60% right; none over budget; 年初 < 全年 (县级 追加 40.00)",
                      f"预算执行率 5 × {q(rate)} = 4.709 → 4.71 (its rule); 低产茶园 8 × 6480 ÷ 8000 = 6.48 and 户均增收 7 × "
                      "1760 ÷ 2000 = 6.16 (proportion, with reasons); 受益茶农满意度 87.6%: 6 − 2.4 = 3.6 (每低1个百分点扣1分, "
                      "a legitimately partial score); the judgement deductions (目标, 指标, 预算编制, 制度执行 −1.5 by its "
                      "0.5-per-issue rule, 品牌 −2.5) have reasons",
                      "茶叶加工厂清洁化改造 10 vs ≥10家 (met exactly); 亩均建设成本 1150 vs ≤1200元/亩 (a ceiling, met; a "
                      "unit cost, not a budget figure); 验收合格率 96.2% in the top band (the malformed rule does not touch "
                      "it)",
                      "表2: 决策 12 / 80.00%, 过程 18.21 / 91.05%, 效益 19.26 / 77.04% equal the rows; 合计 87.95 / 87.95% "
                      "= the 20 rows = 三's text"]}


class NullCanvas:
    """measures a layout without drawing: the Sheet's calls go nowhere, the widths are STSong-Light's"""

    def __init__(self):
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reports69 import RlKit
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        self.kit = RlKit()

    def setFont(self, *a):
        pass

    def drawString(self, *a):
        pass

    def setLineWidth(self, *a):
        pass

    def rect(self, *a, **k):
        pass

    def showPage(self):
        pass


def layout406(M, cv, W, Hh):
    """the whole report drawn down one page from the top; returns the y where it ends"""
    sh = Sheet(cv, W, Hh, 34.0)
    ia, aa, ea, rate = M["fund"]

    def para(s_, size=16, indent=True, lead=31.0, align="l", after=8):
        for ln in wrap(("　　" if indent else "") + s_, W - 2 * sh.X0, size, cv.kit):
            x = W / 2 if align == "c" else W - sh.X0 if align == "r" else sh.X0
            sh.txt(x, sh.y, ln, size, align)
            sh.y -= lead
        sh.y -= after

    def head(s_):
        sh.y -= 10
        para(s_, 17, indent=False, lead=34)

    sh.y -= 10
    para(M["project"], 20, indent=False, lead=34, align="c")
    para("绩效评价报告", 20, indent=False, lead=50, align="c")
    for s_ in ("委托单位：昭平县财政局", f"项目主管部门：{M['dept']}", f"项目实施单位：{M['unit']}", f"评价机构：{M['evaluator']}",
               "报告编号：贺信绩评〔2025〕017号", "报告日期：2025年6月20日"):
        sh.txt(120, sh.y, s_, 14)
        sh.y -= 28
    sh.y -= 18
    para("受昭平县财政局委托，广西贺信工程咨询有限公司对2024年昭平县茶产业高质量发展项目开展了绩效评价。评价组通过资料核查、"
         "现场勘验、问卷调查和座谈访谈等方式，对项目决策、过程、产出和效益进行了全面评价，现将评价情况报告如下。")
    head("一、项目基本情况")
    para("（一）项目概况。昭平县是广西重要的茶叶主产区，茶园面积逾20万亩。2024年，县农业农村局组织实施茶产业高质量发展项目，"
         "由县茶叶发展服务中心具体实施，主要建设内容包括：新建生态茶园5000亩，低产茶园提质改造8000亩，支持茶叶加工厂清洁化"
         "改造10家，开展茶叶品牌宣传推介，带动脱贫户（监测户）参与茶产业发展。")
    para(f"（二）资金情况。项目年初预算{mc(ia)}万元，全年预算{mc(aa)}万元，其中自治区财政衔接推进乡村振兴补助资金"
         f"{mc(M['src'][0][2])}万元、县级财政资金{mc(M['src'][1][2])}万元（年中追加40.00万元）；截至2024年12月31日实际支出"
         f"{mc(ea)}万元，预算执行率{q(rate)}。具体见表1。")
    para("表1　项目资金来源及执行情况（单位：万元）", 13, indent=False, lead=24, align="c")
    rows = [["资金来源", "年初预算数", "全年预算数", "实际支出数", "执行率"]]
    for x, rt in zip(M["src"], M["frates"]):
        rows.append([x[0], mc(x[1]), mc(x[2]), mc(x[3]), q(rt)])
    rows.append(["合计", mc(ia), mc(aa), mc(ea), q(rate)])
    sh.grid(rows, [187, 85, 85, 85, 85], size=11, head_rows=(0,), aligns=["l", "r", "r", "r", "c"], lead=14, pad=5)
    para("（三）项目绩效目标。通过项目实施，新建生态茶园5000亩以上，改造低产茶园8000亩以上，完成10家茶叶加工厂清洁化改造，"
         "项目区茶农户均增收2000元以上，带动脱贫户（监测户）1500户以上参与茶产业，受益茶农满意度达到90%以上。")
    head("二、绩效评价工作开展情况")
    para("评价组依据《项目支出绩效评价管理办法》（财预〔2020〕10号）和《广西壮族自治区财政支出绩效评价管理办法》，结合项目特点"
         "构建了包括决策、过程、产出、效益4个一级指标、13个二级指标、20个三级指标的评价指标体系，权重分别为15分、20分、40分和"
         "25分，评分标准见附表。评价组于2025年5月赴黄姚镇、樟木林镇、走马镇等9个乡镇实地核查项目点38个，发放调查问卷320份，"
         "收回有效问卷306份。")
    para("（一）评价原则。本次评价坚持科学规范、公正公开、分级分类和绩效相关的原则，采用定量与定性相结合的方式，以项目绩效目标"
         "为依据，以资料核查和现场勘验结果为基础开展评分。")
    para("（二）评价方法。评价组综合运用比较法、因素分析法和公众评判法：将实际完成情况与年度绩效目标进行比较；对目标未完成的"
         "指标分析内外部影响因素；通过问卷调查和座谈了解受益茶农对项目实施的评价。")
    para("（三）评价过程。评价工作分为前期准备、组织实施和分析评价三个阶段。前期准备阶段，评价组与县财政局、县农业农村局"
         "对接，收集项目立项、资金下达、招投标、合同、验收等资料，制定评价工作方案；组织实施阶段，评价组开展资料核查、现场"
         "勘验、问卷调查和座谈访谈；分析评价阶段，评价组对照评分标准逐项评分，形成评价结论并撰写评价报告，征求县财政局和"
         "县农业农村局意见后定稿。")
    head("三、综合评价结论")
    para(f"经综合评价，该项目绩效评价得分{fmt(M['total'])}分，评价等级为“{M['grade']}”。评价等级划分：{BANDS}各一级指标得分"
         "情况见表2。")
    para("表2　一级指标得分情况", 13, indent=False, lead=24, align="c")
    rows = [["一级指标", "分值", "得分", "得分率"]]
    for (n, w, s_), rt in zip(M["secs"], M["srates"]):
        rows.append([n, fmt(w), fmt(s_), rt])
    rows.append(["合计", "100", fmt(M["total"]), q(M["total"])])
    sh.grid(rows, [160, 120, 120, 127], size=12, head_rows=(0,), aligns=["c", "c", "c", "c"], lead=15, pad=5)
    head("四、绩效分析")
    para("（一）项目决策。项目立项依据充分、程序规范，但部分绩效目标未与资金量匹配，效益指标量化不足，加工厂改造补助测算依据"
         "不够充分。")
    para(f"（二）项目过程。资金全部到位，资金使用合规，管理制度健全；全年支出{mc(ea)}万元，预算执行率{q(rate)}，县级资金部分尚未"
         "支付；抽查发现3处验收资料不完整。")
    para("（三）项目产出。新建生态茶园5200亩，完成低产茶园提质改造6480亩（计划8000亩），完成10家茶叶加工厂清洁化改造，茶园建设"
         "验收合格率96.2%，项目按期完成，生态茶园亩均建设成本1150元。")
    para("（四）项目效益。项目区茶农户均增收1760元，带动脱贫户（监测户）1620户参与茶产业，茶产业品牌影响力有所提升；问卷调查"
         "显示受益茶农满意度为87.6%。")
    para("从现场核查情况看，新建生态茶园集中连片，茶苗长势良好，道路、蓄水池等配套设施基本完善；改造后的低产茶园通过补植"
         "补种、修剪施肥和病虫害绿色防控，单产有所提高；完成清洁化改造的茶叶加工厂以电代柴，加工环境明显改善。座谈中，"
         "茶农普遍反映项目对稳定茶叶收入作用明显，但希望加强采摘、加工等技术指导。")
    head("五、存在的问题")
    para("一是低产茶园提质改造未完成计划任务，部分地块农户意愿发生变化；二是预算执行率未达100%，县级资金支付进度偏慢；三是项目"
         "验收资料归档不够规范；四是区域公用品牌推广投入不足，品牌影响力提升有限。")
    head("六、意见建议")
    para("一是加强项目前期调查，及时调整实施地块；二是加快资金支付进度；三是规范验收资料管理；四是加大“昭平茶”区域公用品牌"
         "宣传推介力度，提高茶农技术服务水平。")
    head("七、其他需要说明的问题")
    para("本报告的评价结论基于被评价单位提供的资料和评价组现场核查情况作出。因评价时点距项目实施期较近，部分效益尚未完全"
         "显现，茶农增收等指标的评价结果可能存在一定局限。本报告仅供委托单位用于预算绩效管理，未经委托单位同意，不得用于"
         "其他用途。")
    sh.y -= 14
    para(M["evaluator"], 14, indent=False, align="r")
    para("2025年6月20日", 14, indent=False, align="r")
    sh.y -= 20
    para("附表：2024年昭平县茶产业高质量发展项目绩效评价评分表", 15, indent=False, lead=28, align="c")
    rows = [["一级指标", "二级指标", "三级指标", "分值", "评分标准", "指标值", "实际完成值", "得分", "扣分说明"]]
    for x in M["ind"]:
        rows.append([x[0], x[1], x[2], fmt(x[5]), x[8], x[3], x[4], fmt(x[6]), x[7]])
    merges = ind_rows(M["ind"], [], 1)
    n = len(rows)
    rows.append(["合计", "", "", "100", "", "", "", fmt(M["total"]), f"评价等级：{M['grade']}"])
    merges.append((n, 0, n, 2))
    merges.append((n, 4, n, 6))
    sh.grid(rows, [34, 40, 66, 26, 132, 48, 48, 30, 103], merges, size=11, head_rows=(0,),
            aligns=["c", "c", "l", "c", "l", "c", "c", "c", "l"], lead=15, pad=4.5)
    return sh.y


def draw406(rep, path):
    M = rep["meta"]
    probe = 20000.0
    end = layout406(M, NullCanvas(), 595.0, probe)
    Hh = float(round(probe - end + 36))
    buf = io.BytesIO()
    c = rl_canvas(buf, "2024年昭平县茶产业高质量发展项目绩效评价报告", "hxzx", "WPS 文字", "WPS 文字",
                  pagesize=(595.0, Hh))
    last = layout406(M, RlCanvas(c), 595.0, Hh)
    assert abs(last - 36) < 1, last
    c.showPage()
    c.save()
    with open(path, "wb") as f:
        f.write(buf.getvalue())


ALL.append(h406())


# ============================================================ h407 泰宁县市场监督管理局 (HTML: STALE gb2312 meta over UTF-8 bytes)

def h407():
    dept = "泰宁县市场监督管理局"
    ib, ip = 1426.50, 612.00
    ab, ap = 1488.32, 805.60
    eb, ep = 1472.05, 748.13
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    rate, rb, rp = pct(ea, aa), pct(eb, ab), pct(ep, ap)
    assert (ia, aa, ea, rate, rb, rp) == (2038.50, 2293.92, 2220.18, 96.79, 98.91, 92.87), (rate, rb, rp)
    for a, b in ((ea, aa), (eb, ab), (ep, ap)):
        no_half(a / b * 100, (a, b))
    carry = q(r2(100 - rate))
    assert carry == "3.21%"
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 4, 4, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "基本明确", 3, 2.5, "部分产出指标未细化到季度，扣0.5分"),
           ("决策", "预算编制", "预算编制科学性", "科学", "科学", 3, 3, ""),
           ("过程", "预算执行", "预算执行率", "≥95%", q(rate), 6, 6, ""),
           ("过程", "预算执行", "结转结余率", "≤5%", carry, 4, 4, ""),
           ("过程", "预算管理", "“三公”经费控制率", "≤100%", "88.6%", 3, 3, ""),
           ("过程", "预算管理", "政府采购执行率", "100%", "100%", 4, 4, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 3, 2.5, "2台执法记录仪报废处置手续滞后，扣0.5分"),
           ("产出", "数量指标", "食品安全监督抽检批次", "≥1200批次", "1286批次", 6, 6, ""),
           ("产出", "数量指标", "特种设备定期检验", "≥1500台", "1500台", 6, 6, ""),
           ("产出", "数量指标", "“双随机、一公开”抽查户次", "≥600户次", "624户次", 5, 5, ""),
           # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: 4个 of ≥4个 at full 6, while 三（二） says the 杉城镇 market's
           # 智慧化改造 had not passed 竣工验收 by the end of 2024
           ("产出", "数量指标", "农贸市场智慧化改造", "≥4个", "4个", 6, 6, ""),
           ("产出", "质量指标", "抽检不合格食品核查处置率", "100%", "100%", 6, 6, ""),
           ("产出", "质量指标", "投诉举报按期办结率", "≥98%", "99.3%", 6, 6, ""),
           ("产出", "时效指标", "行政许可承诺办结时限", "≤5个工作日", "3个工作日", 5, 5, ""),
           ("效益", "社会效益", "市场主体增长率", "≥6%", "7.2%", 6, 6, ""),
           ("效益", "社会效益", "重大食品安全事故", "0起", "0起", 6, 6, ""),
           ("效益", "社会效益", "产品质量监督抽查合格率", "≥95%", "93.6%", 6, P(93.6, 95, 6),
            "部分小作坊产品标签标识不规范；按完成比例计分"),
           ("效益", "可持续影响", "信用监管长效机制", "健全", "基本健全", 4, 3.5, "信用分级分类监管尚未覆盖全部行业，扣0.5分"),
           ("效益", "满意度", "群众满意度", "≥90%", "91.8%", 8, 8, "")]
    no_half(6 * 93.6 / 95, "合格率")
    assert len(ind) == 20 and s2(ind, 5) == 100
    assert [x[:3] for x in missed_ok(ind)] == [("产品质量监督抽查合格率", 5.91, 5.91)], missed_ok(ind)
    rates = [q(pct(x[6], x[5])) for x in ind]
    k = [x[2] for x in ind].index("产品质量监督抽查合格率")
    assert rates[k] == "98.50%"
    rates[k] = "98.05%"  # PLANT SCORE_RATE: 5.91 ÷ 6 = 98.50%, printed 98.05%
    rows_total = s2(ind, 6)
    total = 98.14  # PLANT TOTAL_VS_ROWS: 合计 得分 98.14 (and 得分率 98.14%); the 20 rows add to 98.41
    assert rows_total == 98.41 and grade(total) == "优" and grade(rows_total) == "优", rows_total
    g = gold(None, dept, 2024, "COUNTY", "福建省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), [], grows(ind))
    meta = dict(dept=dept, b=(ib, ip, ab, ap, eb, ep, ia, aa, ea, rate, rb, rp), ind=ind, rates=rates, total=total)
    fnd = [F("TOTAL_VS_ROWS", "合计",
             "合计 | 100 | 98.14 | 98.14%", "98.14", f2(rows_total), "HIGH", "ERROR",
             "the 20 rows score 9.5 (决策) + 19.5 (过程) + 40 (产出) + 29.41 (效益) = 98.41; the 合计 row and the 自评结论 "
             "print 98.14 (digits transposed), the 合计's 得分率 98.14% following the wrong figure; 优 either way"),
           F("SCORE_RATE", "产品质量监督抽查合格率",
             "效益 | 社会效益 | 产品质量监督抽查合格率 | ≥95% | 93.6% | 6 | 5.91 | 98.05%", "98.05%", "98.50%", "HIGH", "ERROR",
             "the 得分率 column is 得分 ÷ 分值: 5.91 ÷ 6 = 98.50%, printed 98.05%; the 5.91 itself follows the proportion "
             "rule (6 × 93.6 ÷ 95 = 5.911); every other row's 得分率 is right"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "农贸市场智慧化改造",
             "产出 | 数量指标 | 农贸市场智慧化改造 | ≥4个 | 4个 | 6 | 6 | 100.00%; 三（二）：杉城镇城区农贸市场智慧化改造项目因消防"
             "设施整改，截至2024年底尚未完成竣工验收", "6", "< 6", "HIGH", "WARNING",
             "the table counts 4 markets done and gives the full 6, but the report's own 存在的问题 says the 杉城镇 market's "
             "改造 had not passed its 竣工验收 by the end of 2024 (to open in 2025 Q2): at most 3 were finished in the year, "
             "so the target was missed and the row should lose points (by the proportion rule 6 × 3 ÷ 4 = 4.5)")]
    return {"stem": "h407_taining_shijian", "format": "html", "html": html407(meta), "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the page's bytes are UTF-8 (no BOM) while its head still declares `<meta http-equiv=\"Content-Type\" "
                      "content=\"text/html; charset=gb2312\">` — a STALE CHARSET left by the CMS's conversion; read as "
                      "GB2312 / GBK it is mojibake (and undecodable in places), read as UTF-8 (as the server's HTTP header "
                      "says and a browser shows it) every character is right; the encoding is a property of the file, not "
                      "a finding",
                      f"budget: 基本 + 项目 = 合计 in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {q(rate)}, 基本 {q(rb)}, "
                      f"项目 {q(rp)} right; none over budget; 年初 < 全年 (追加)",
                      f"预算执行率 {q(rate)} ≥95% (full 6); 结转结余率 {carry} = 100% − {q(rate)} vs ≤5% and “三公”经费控制率 "
                      "88.6% vs ≤100% (ceilings, met); 行政许可承诺办结时限 3 vs ≤5个工作日 (smaller is better, met)",
                      "特种设备定期检验 1500 vs ≥1500台 (met exactly); 重大食品安全事故 0 vs 0起 (met); 产品质量监督抽查合格率 "
                      "6 × 93.6 ÷ 95 = 5.911 → 5.91 (proportion, with a reason); 指标明确性, 资产管理, 信用监管 −0.5 each "
                      "with reasons (judgement); every other 得分率 = 得分 ÷ 分值 (100.00%, 83.33%, 87.50%)"]}


def html407(M):
    ib, ip, ab, ap, eb, ep, ia, aa, ea, rate, rb, rp = M["b"]
    e = htmlmod.escape
    L = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
         '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
         '<html xmlns="http://www.w3.org/1999/xhtml">', "<head>",
         '<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />',
         '<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7" />',
         f"<title>{M['dept']}2024年度部门整体支出绩效自评表_财政预决算_泰宁县人民政府</title>",
         '<meta name="SiteName" content="泰宁县人民政府" />', '<meta name="ColumnName" content="财政预决算" />',
         '<meta name="ArticleTitle" content="泰宁县市场监督管理局2024年度部门整体支出绩效自评表" />',
         '<meta name="PubDate" content="2025-06-10 16:05" />',
         '<link href="/images/2016/css/common.css" rel="stylesheet" type="text/css" />',
         '<script type="text/javascript" src="/images/2016/js/jquery-1.8.3.min.js"></script>',
         "<style type=\"text/css\">#zoom table{border-collapse:collapse;margin:0 auto;}#zoom td{border:1px solid #000;"
         "padding:3px 4px;font-size:13px;text-align:center;}#zoom td.l{text-align:left;}#zoom td.r{text-align:right;}</style>",
         "</head>", "<body>",
         '<div class="top"><div class="logo"><a href="/"><img src="/images/2016/images/logo.png" alt="泰宁县人民政府" /></a>'
         '</div><div class="topr"><a href="/">网站首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a> | '
         '<a href="/bsfw/">办事服务</a></div></div>',
         '<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zjtn/">走进泰宁'
         '</a></li><li><a href="/tzzy/">投资泰宁</a></li><li><a href="/lytn/">旅游泰宁</a></li></ul></div>',
         '<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/czxx/">'
         '财政预决算</a> &gt; <a href="/zwgk/czxx/bmjxzp/">部门绩效自评</a></div>',
         '<div class="article">', f"<h1>{M['dept']}2024年度部门整体支出绩效自评表</h1>",
         f'<div class="info">发布时间：2025-06-10 16:05　　来源：{M["dept"]}　　浏览次数：<span id="hits">1127</span>　　'
         '【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> '
         '<a href="javascript:doZoom(12)">小</a>】</div>',
         '<div class="content" id="zoom">',
         "<p>　　根据泰宁县财政局《关于开展2024年度部门整体支出绩效自评工作的通知》要求，我局对2024年度部门整体支出开展了绩效"
         "自评，现将自评结果公开如下。</p>",
         "<p><strong>一、部门预算执行情况</strong></p>",
         '<p style="text-align:right">金额单位：万元</p>',
         '<table width="96%" cellspacing="0" cellpadding="0">',
         "<tr><td>项目</td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>执行率</td></tr>"]
    for lab, a, b, x, rt in (("合计", ia, aa, ea, rate), ("其中：基本支出", ib, ab, eb, rb), ("项目支出", ip, ap, ep, rp)):
        L.append(f'<tr><td class="l">{lab}</td><td class="r">{mc(a)}</td><td class="r">{mc(b)}</td><td class="r">{mc(x)}</td>'
                 f"<td>{q(rt)}</td></tr>")
    L += ["</table>", "<p><strong>二、绩效指标完成情况</strong></p>", '<table width="96%" cellspacing="0" cellpadding="0">',
          "<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td>"
          "<td>得分率</td><td>偏差原因分析</td></tr>"]
    ind = M["ind"]
    rs0 = {a: b - a + 1 for a, b in spans(ind, 0)}
    rs1 = {a: b - a + 1 for a, b in spans(ind, 1)}
    for i, x in enumerate(ind):
        cells = []
        if i in rs0:
            cells.append(f'<td rowspan="{rs0[i]}">{e(x[0])}</td>' if rs0[i] > 1 else f"<td>{e(x[0])}</td>")
        if i in rs1:
            cells.append(f'<td rowspan="{rs1[i]}">{e(x[1])}</td>' if rs1[i] > 1 else f"<td>{e(x[1])}</td>")
        cells += [f'<td class="l">{e(x[2])}</td>', f"<td>{e(x[3])}</td>", f"<td>{e(x[4])}</td>", f"<td>{fmt(x[5])}</td>",
                  f"<td>{fmt(x[6])}</td>", f"<td>{M['rates'][i]}</td>", f'<td class="l">{e(x[7]) or "&nbsp;"}</td>']
        L.append("<tr>" + "".join(cells) + "</tr>")
    L += [f'<tr><td colspan="5">合计</td><td>100</td><td>{f2(M["total"])}</td><td>{q(M["total"])}</td><td>&nbsp;</td></tr>',
          '<tr><td colspan="5">自评等级</td><td colspan="4">优</td></tr>', "</table>",
          "<p>　　评分说明：预算执行率≥95%得满分；定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”计分，"
          "“≤”类指标不超过指标值的得满分；定性指标根据完成情况酌情扣分；得分率＝得分÷分值。</p>",
          "<p><strong>三、自评结论</strong></p>",
          f"<p>　　（一）自评结果。经自评，我局2024年度部门整体支出绩效自评得分{f2(M['total'])}分，自评等级为“优”。评价等级划分："
          f"{BANDS}</p>",
          "<p>　　（二）存在的问题。一是部分年度目标完成质量有待提高，杉城镇城区农贸市场智慧化改造项目因消防设施整改，截至2024年"
          "底尚未完成竣工验收，计划于2025年第二季度投入使用；二是小作坊产品质量监督抽查合格率未达预期，部分产品标签标识不规范；"
          "三是信用分级分类监管尚未覆盖全部行业。</p>",
          "<p>　　（三）改进措施。加快推进农贸市场智慧化改造收尾工作，加强对食品小作坊的帮扶指导，完善信用监管长效机制，"
          "进一步提高财政资金使用效益。</p>",
          f'<p style="text-align:right">{M["dept"]}</p>', '<p style="text-align:right">2025年5月30日</p>',
          "</div>", '<div class="share">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">'
          "关闭窗口</a>】</div>", "</div>",
          '<div class="footer"><p>主办：泰宁县人民政府办公室　　承办：泰宁县融媒体中心</p><p>地址：泰宁县杉城镇状元街　　'
          "邮编：354400　　网站标识码：3504290001</p><p>闽ICP备05019758号　　闽公网安备 35042902000118号</p></div>",
          "</body>", "</html>", ""]
    return "\r\n".join(L)


ALL.append(h407())


# ============================================================ h408 称多县农牧和科技局 (BILINGUAL TIBETAN / CHINESE PDF)

def is_tib(ch):
    return "\u0f00" <= ch <= "\u0fff"


def runs(s_):
    """the string cut into runs of Tibetan and of everything else"""
    out = []
    for ch in s_:
        t = is_tib(ch)
        if out and out[-1][0] == t:
            out[-1][1] += ch
        else:
            out.append([t, ch])
    return out


class MixKit:
    def width(self, s_, size):
        from reportlab.pdfbase import pdfmetrics
        return sum(pdfmetrics.stringWidth(r, "TMU" if t else "STSong-Light", size * (TIBSCALE if t else 1))
                   for t, r in runs(s_))


TIBSCALE = 1.15  # Tibetan Machine Uni's letters sit small on their em beside 宋体: set 15% larger


class MixCanvas(RlCanvas):
    """Tibetan runs in Tibetan Machine Uni (embedded TrueType subset, no OpenType shaping: stacks are drawn as the
    font's zero-width subjoined glyphs), everything else in STSong-Light"""

    def __init__(self, c):
        super().__init__(c)
        self.kit = MixKit()
        self.size = 10

    def setFont(self, _name, size):
        self.size = size

    def drawString(self, x, y, s_):
        for t, r in runs(s_):
            sz = self.size * (TIBSCALE if t else 1)
            self.c.setFont("TMU" if t else "STSong-Light", sz)
            self.c.drawString(x, y, r)
            x += self.kit.width(r, self.size)


def wrap2(text, width, size, kit):
    """line breaking for mixed Tibetan / Chinese: explicit newlines kept, a Tibetan syllable (with its tsheg or
    shad) never split, as reports66's wrap otherwise"""
    out = []
    for part in (text or "").split("\n"):
        cur = ""
        for tok in re.findall(r"[\u0f40-\u0fbc\u0f71-\u0f84\u0f90-\u0fbc]+[\u0f0b\u0f0d\u0f14]*|[\u0f00-\u0fff]|"
                              r"[0-9A-Za-z.,%\-≥≤/]+|.", part):
            if kit.width(cur + tok, size) > width and cur and tok not in "，。；、）”：%":
                out.append(cur)
                cur = tok
            else:
                cur += tok
        out.append(cur)
    return out


class TSheet(Sheet):
    """reports66's Sheet with cells of several lines (Tibetan above Chinese): newlines honoured by wrap2"""

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
        for r, row_ in enumerate(rows):
            h = lead + 2 * pad + 2
            for k, s_ in enumerate(row_):
                m = cover.get((r, k))
                if m and ((m[0], m[1]) != (r, k) or m[2] > m[0]):
                    continue
                span = (m[3] - m[1] + 1) if m else 1
                n = len(wrap2(s_ or "", sum(widths[k:k + span]) - 2 * pad, size, kit))
                h = max(h, n * lead + 2 * pad + 2)
            heights.append(h)
        ys = [self.y + 8]
        for h in heights:
            ys.append(ys[-1] - h)
        self.c.setLineWidth(0.6)
        for r, row_ in enumerate(rows):
            for k, s_ in enumerate(row_):
                m = cover.get((r, k))
                if m and (m[0], m[1]) != (r, k):
                    continue
                r2_, c2 = (m[2], m[3]) if m else (r, k)
                xa, xb, ya, yb = xs[k], xs[c2 + 1], ys[r2_ + 1], ys[r]
                self.c.rect(xa, ya, xb - xa, yb - ya, stroke=1, fill=0)
                lines = wrap2(s_, xb - xa - 2 * pad, size, kit) if s_ else []
                al = "c" if (aligns is None or r in head_rows) else aligns[k]
                ty = (ya + yb) / 2 + (len(lines) - 1) * lead / 2 - size * 0.35
                for i, ln in enumerate(lines):
                    xx = (xa + xb) / 2 if al == "c" else xa + pad if al == "l" else xb - pad
                    self.txt(xx, ty - i * lead, ln, size, al)
        self.y = ys[-1] - 18
        return ys


# the Tibetan of the form's titles, labels and headers (an invented rendering, see MANIFEST)
TB = {"title": "༢༠༢༤ལོའི་སྡེ་ཚན་ཧྲིལ་པོའི་འགྲོ་སོང་གི་ལས་དོན་གྲུབ་འབྲས་རང་དཔྱད་རེའུ་མིག",
      "unit": "སྙན་ཞུ་བྱེད་མཁན་ལས་ཁུངས། ཁྲི་འདུ་རྫོང་ཞིང་འབྲོག་དང་ཚན་རྩལ་ཅུས།", "money": "དངུལ་གྲངས་ཚད་གཞི། སྒོར་ཁྲི།",
      "block": "ལོ་འཁོར་སྔོན་རྩིས་ལག་བསྟར་གནས་ཚུལ།", "item": "རྣམ་གྲངས།", "initial": "ལོ་འགོའི་སྔོན་རྩིས་གྲངས།",
      "adjusted": "ལོ་ཧྲིལ་པོའི་སྔོན་རྩིས་གྲངས།", "exec": "ལོ་ཧྲིལ་པོའི་ལག་བསྟར་གྲངས།", "weight": "སྐར་གྲངས།",
      "rate": "ལག་བསྟར་ཚད།", "score": "ཐོབ་སྐར།", "fund": "ལོ་འཁོར་མ་དངུལ་བསྡོམས།", "basic": "དེའི་ནང་། རྨང་གཞིའི་འགྲོ་སོང་།",
      "project": "རྣམ་གྲངས་ཀྱི་འགྲོ་སོང་།", "goal": "ལོ་འཁོར་སྤྱིའི་དམིགས་ཡུལ།", "plan": "རེ་སྒུག་དམིགས་ཡུལ།",
      "done": "དངོས་སུ་ལེགས་གྲུབ་བྱུང་བའི་གནས་ཚུལ།", "l1": "རིམ་པ་དང་པོའི་ཚད་གཞི།", "l2": "རིམ་པ་གཉིས་པའི་ཚད་གཞི།",
      "l3": "རིམ་པ་གསུམ་པའི་ཚད་གཞི།", "target": "ལོ་འཁོར་ཚད་གཞིའི་གྲངས་ཐང་།", "actual": "དངོས་སུ་ལེགས་གྲུབ་གྲངས་ཐང་།",
      "reason": "ཁྱད་མཚམས་ཀྱི་རྒྱུ་རྐྱེན་དབྱེ་ཞིབ།", "sum": "སྐར་གྲངས་བསྡོམས།", "grade": "རང་དཔྱད་རིམ་པ།",
      "优": "ཡག་པོ།", "note": "གསལ་བཤད།", "sign": "རེའུ་མིག་འགོད་མཁན། ཞིབ་བཤེར་བ། ཁ་པར། སྙན་ཞུའི་ཚེས་གྲངས།",
      "indic": "གྲུབ་འབྲས་ཚད་གཞི།",
      "产出指标": "ཐོན་ཚད་ཀྱི་ཚད་གཞི།", "效益指标": "ཕན་འབྲས་ཀྱི་ཚད་གཞི།", "满意度指标": "ཡིད་ཚིམ་ཚད་ཀྱི་ཚད་གཞི།",
      "数量指标": "གྲངས་འབོར་ཚད་གཞི།", "质量指标": "སྤུས་ཚད་ཚད་གཞི།", "时效指标": "དུས་ཚོད་ཚད་གཞི།",
      "成本指标": "མ་རྩའི་ཚད་གཞི།", "经济效益指标": "དཔལ་འབྱོར་ཕན་འབྲས་ཚད་གཞི།",
      "生态效益指标": "སྐྱེ་ཁམས་ཕན་འབྲས་ཚད་གཞི།", "社会效益指标": "སྤྱི་ཚོགས་ཕན་འབྲས་ཚད་གཞི།",
      "可持续影响指标": "རྒྱུན་འཁྱོངས་ཤུགས་རྐྱེན་ཚད་གཞི།", "服务对象满意度指标": "ཞབས་ཞུའི་ཡུལ་གྱི་ཡིད་ཚིམ་ཚད།"}


def bi(key, zh):
    """a bilingual label: the Tibetan line above the Chinese"""
    return TB[key] + "\n" + zh


def h408():
    dept = "称多县农牧和科技局"
    ib, ip = 1350.00, 2020.00
    ab, ap = 1402.75, 2584.30
    eb = 1318.20
    ep = 2613.46  # PLANT SPENDING_OVER_BUDGET: 项目支出 执行 2,613.46 over its 全年预算数 2,584.30 (101.13%)
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    rate, rb, rp = pct(ea, aa), pct(eb, ab), pct(ep, ap)
    assert (ia, aa, ea, rate, rb, rp) == (3370.00, 3987.05, 3931.66, 98.61, 93.97, 101.13), (rate, rb, rp)
    assert ep > ap and eb < ab and ea < aa
    for a, b in ((ea, aa), (eb, ab), (ep, ap)):
        no_half(a / b * 100, (a, b))
    fs = r2(rate / 10)
    assert fs == 9.86
    ind = [("", "", "年度资金总额", "", q(rate), 10, fs, ""),
           ("产出指标", "数量指标", "重大动物疫病强制免疫数量", "≥68万头（只）", "69.4万头（只）", 6, 6, ""),
           ("产出指标", "数量指标", "草原鼠害防治面积", "≥45万亩", "46.2万亩", 6, 6, ""),
           ("产出指标", "数量指标", "人工种草面积", "≥3.5万亩", "3.5万亩", 5, 5, ""),
           # PLANT TARGET_MISSED_FULL_MARKS: 736 of ≥800人次, full 5, no 偏差原因 (the proportion rule gives 4.6)
           ("产出指标", "数量指标", "农牧民实用技术培训", "≥800人次", "736人次", 5, 5, ""),
           ("产出指标", "数量指标", "聘用草原生态管护员", "≥1240名", "1256名", 5, 5, ""),
           ("产出指标", "质量指标", "畜禽免疫抗体合格率", "≥70%", "82.5%", 6, 6, ""),
           ("产出指标", "质量指标", "饲草种子质量合格率", "≥95%", "97.8%", 5, 5, ""),
           ("产出指标", "时效指标", "草原生态保护补助奖励资金发放及时率", "100%", "100%", 6, 6, ""),
           ("产出指标", "成本指标", "人工种草亩均成本", "≤180元/亩", "172元/亩", 6, 6, ""),
           ("效益指标", "经济效益指标", "农牧民人均可支配收入增长率", "≥7%", "7.4%", 6, 6, ""),
           ("效益指标", "生态效益指标", "草原综合植被盖度", "≥52%", "52.6%", 6, 6, ""),
           ("效益指标", "社会效益指标", "重大动物疫情发生", "0起", "0起", 6, 6, ""),
           ("效益指标", "社会效益指标", "畜产品质量安全抽检合格率", "≥98%", "96.4%", 6, P(96.4, 98, 6),
            "部分散养户兽药休药期执行不到位；按完成比例计分"),
           ("效益指标", "可持续影响指标", "草原生态保护长效机制", "健全", "基本健全", 6, 5, "草畜平衡监管机制尚需完善，扣1分"),
           # PLANT RULE_SCORE: 86% against ≥90% under the 说明's 每低1个百分点扣1分 gives 10 − 4 = 6; printed 8
           ("满意度指标", "服务对象满意度指标", "农牧民群众满意度", "≥90%", "86%", 10, 8,
            "部分牧户对补助资金发放标准宣传解读不够满意")]
    assert r2(10 - (90 - 86) * 1) == 6
    assert len(ind) == 16 and s2(ind, 5) == 100
    assert [x[:3] for x in missed_ok(ind[1:])] == [("农牧民实用技术培训", 5, 4.6), ("畜产品质量安全抽检合格率", 5.9, 5.9),
                                                   ("农牧民群众满意度", 8, 9.56)], missed_ok(ind)
    total = s2(ind, 6)
    assert total == 96.76 and grade(total) == "优" and grade(r2(total - 0.4 - 2)) == "优", total
    plan = ("目标1：完成重大动物疫病强制免疫68万头（只）以上，草原鼠害防治45万亩，人工种草3.5万亩，开展农牧民实用技术培训800人次，"
            "聘用草原生态管护员1240名以上；目标2：草原生态保护补助奖励资金按时足额发放，畜产品质量安全抽检合格率达到98%以上，草原"
            "综合植被盖度达到52%以上；目标3：农牧民群众满意度达到90%以上。")
    done = ("目标1：完成重大动物疫病强制免疫69.4万头（只），草原鼠害防治46.2万亩，人工种草3.5万亩，开展农牧民实用技术培训736人次，"
            "聘用草原生态管护员1256名；目标2：补助奖励资金按时足额发放到户，畜产品质量安全抽检合格率96.4%，草原综合植被盖度52.6%；"
            "目标3：农牧民群众满意度86%。")
    g = gold(None, dept, 2024, "COUNTY", "青海省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), [], grows(ind))
    meta = dict(dept=dept, b=(ib, ip, ab, ap, eb, ep, ia, aa, ea, rate, rb, rp), fs=fs, ind=ind, total=total, plan=plan,
                done=done)
    fnd = [F("SPENDING_OVER_BUDGET", "项目支出",
             f"项目支出 | {mc(ip)} | {mc(ap)} | {mc(ep)} | — | {q(rp)} | —", mc(ep), f"≤ {mc(ap)}", "HIGH", "WARNING",
             f"项目支出 spent {mc(ep)} against a 全年预算数 of {mc(ap)} ({q(rp)}, {mc(r2(ep - ap))} over) with no 调整 or reason "
             f"given anywhere on the form; 基本支出 ({q(rb)}) and the whole ({q(rate)}) are under budget, so the fund line's "
             f"{f2(fs)} (执行率 × 分值) stands"),
           F("RULE_SCORE", "农牧民群众满意度",
             "满意度指标 | 服务对象满意度指标 | 农牧民群众满意度 | ≥90% | 86% | 10 | 8; 说明：满意度指标每低于指标值1个百分点扣1分",
             "8", "6", "HIGH", "ERROR",
             "the 说明 scores 满意度 by deduction: 90% − 86% = 4 points below → 10 − 4 = 6; the form prints 8 (as if 每低2个"
             "百分点扣1分); the 总分 96.76 counts the 8 (with 6 it is 94.76, 优 either way): one finding"),
           F("TARGET_MISSED_FULL_MARKS", "农牧民实用技术培训",
             "产出指标 | 数量指标 | 农牧民实用技术培训 | ≥800人次 | 736人次 | 5 | 5 |", "5", "< 5", "HIGH", "WARNING",
             "736人次 falls short of the ≥800人次 target (92%; the 实际完成情况 repeats 736) yet the row keeps its full 5 with "
             "no 偏差原因; the 说明's proportion rule gives 5 × 736 ÷ 800 = 4.6")]
    return {"stem": "h408_chenduo_nongmu", "format": "pdf", "draw": draw408, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["the form is BILINGUAL: every title, label and column header (and the 一级 / 二级 names, the 总分 / "
                      "自评等级 labels, the grade) is printed in Tibetan script above the Chinese, in Tibetan Machine Uni "
                      "(an embedded TrueType subset with its ToUnicode map); the figures, the 三级 names, the targets, "
                      "actuals, reasons and the goal texts are printed once, in Chinese and Arabic digits; the Tibetan "
                      "lines are translations, not extra rows or cells; the title's year is in Tibetan digits (༢༠༢༤) "
                      "in the Tibetan line and 2024 in the Chinese",
                      f"budget: 基本 + 项目 = 年度资金总额 in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {q(rate)}, 基本 "
                      f"{q(rb)} and 项目 {q(rp)} (over 100%: the finding, arithmetically right) right; the whole and 基本 "
                      "under budget; 年初 < 全年 (追加)",
                      f"年度资金总额 {q(rate)} × 10 = 9.861 → {f2(fs)} (the 说明's rule); 畜产品质量安全抽检合格率 6 × 96.4 ÷ "
                      "98 = 5.902 → 5.9 (proportion, with a reason); 长效机制 −1 with a reason (judgement); 人工种草面积 "
                      "3.5 vs ≥3.5万亩 (met exactly); 人工种草亩均成本 172 vs ≤180元/亩 (a ceiling, met; a unit cost); "
                      "重大动物疫情 0 vs 0起 (met)",
                      f"总分 {f2(total)} = the fund line + the 15 rows as printed (the 5 and the 8 included); 分值 10 + 90 = "
                      "100; 优"]}


def draw408(rep, path):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    M = rep["meta"]
    ib, ip, ab, ap, eb, ep, ia, aa, ea, rate, rb, rp = M["b"]
    buf = io.BytesIO()
    c = rl_canvas(buf, "称多县农牧和科技局2024年度部门整体支出绩效自评表", "cdxnmkj", "Microsoft® Word 2016",
                  "Microsoft® Word 2016", pagesize=landscape(A4))
    pdfmetrics.registerFont(TTFont("TMU", TMU))
    W, Hh = landscape(A4)
    cv = MixCanvas(c)
    sh = TSheet(cv, W, Hh, 40.0)
    sh.y = Hh - 50
    sh.txt(W / 2, sh.y, TB["title"], 14, "c")
    sh.y -= 26
    sh.txt(W / 2, sh.y, "2024年度部门整体支出绩效自评表", 17, "c")
    sh.y -= 30
    sh.txt(sh.X0, sh.y, TB["unit"], 10)
    sh.txt(W - sh.X0, sh.y, TB["money"], 10, "r")
    sh.y -= 17
    sh.txt(sh.X0, sh.y, f"填报单位（盖章）：{M['dept']}", 10.5)
    sh.txt(W - sh.X0, sh.y, "金额单位：万元", 10.5, "r")
    sh.y -= 18
    rows = [[bi("block", "年度预算执行情况（万元）"), bi("item", "项目"), bi("initial", "年初预算数"), bi("adjusted", "全年预算数"),
             bi("exec", "全年执行数"), bi("weight", "分值"), bi("rate", "执行率"), bi("score", "得分")],
            ["", bi("fund", "年度资金总额"), mc(ia), mc(aa), mc(ea), "10", q(rate), f2(M["fs"])],
            ["", bi("basic", "其中：基本支出"), mc(ib), mc(ab), mc(eb), "—", q(rb), "—"],
            ["", bi("project", "项目支出"), mc(ip), mc(ap), mc(ep), "—", q(rp), "—"]]
    sh.grid(rows, [130, 160, 92, 92, 92, 56, 70, 70], [(0, 0, 3, 0)], size=9.5, head_rows=(0,),
            aligns=["c", "l", "r", "r", "r", "c", "c", "c"], lead=13, pad=4)
    sh.y += 4
    rows = [[bi("goal", "年度总体目标"), bi("plan", "预期目标"), bi("done", "实际完成情况")], ["", M["plan"], M["done"]]]
    sh.grid(rows, [130, 316, 316], [(0, 0, 1, 0)], size=9.5, head_rows=(0,), aligns=["c", "l", "l"], lead=14, pad=5)
    sh.txt(W / 2, 28, "第 1 页 共 2 页　ཤོག་ངོས་ ༡", 8.5, "c")
    assert sh.y > 50, sh.y
    c.showPage()
    sh.y = Hh - 40
    ind = M["ind"][1:]
    rows = [[bi("l1", "一级指标"), bi("l2", "二级指标"), bi("l3", "三级指标"), bi("target", "年度指标值"),
             bi("actual", "实际完成值"), bi("weight", "分值"), bi("score", "得分"), bi("reason", "偏差原因分析及改进措施")]]
    for x in ind:
        rows.append([bi(x[0], x[0]), bi(x[1], x[1]), x[2], x[3], x[4], fmt(x[5]), fmt(x[6]), x[7]])
    merges = ind_rows(ind, [], 1)
    n = len(rows)
    rows.append([bi("sum", "总分"), "", "", "", "", "100", f2(M["total"]), ""])
    rows.append([bi("grade", "自评等级"), "", "", "", "", bi("优", "优"), "", ""])
    merges += [(n, 0, n, 4), (n + 1, 0, n + 1, 4), (n + 1, 5, n + 1, 7)]
    sh.grid(rows, [92, 104, 170, 82, 82, 40, 40, 152], merges, size=8.5, head_rows=(0,),
            aligns=["c", "c", "l", "c", "c", "c", "c", "l"], lead=11, pad=2.6)
    sh.y += 6
    for ln in wrap2(TB["note"] + "　" + NOTE_RULES + BANDS +
                    "5.满意度指标每低于指标值1个百分点扣1分。", W - 2 * sh.X0, 8.5, cv.kit):
        sh.txt(sh.X0, sh.y, ln, 8.5)
        sh.y -= 13
    sh.txt(sh.X0, sh.y, TB["sign"], 8.5)
    sh.y -= 13
    sh.txt(sh.X0, sh.y, "填表人：才仁多杰　　审核人：尼玛扎西　　联系电话：0976-8862317　　填报日期：2025年4月25日", 8.5)
    assert sh.y > 40, sh.y
    sh.txt(W / 2, 22, "第 2 页 共 2 页　ཤོག་ངོས་ ༢", 8.5, "c")
    c.showPage()
    c.save()
    with open(path, "wb") as f:
        f.write(buf.getvalue())


ALL.append(h408())


def main(argv):
    round_main(argv, ALL, "70")


if __name__ == "__main__":
    main(sys.argv[1:])
