#!/usr/bin/python3
"""Round 96 (h534–h538): publication families not used before, each with THREE PLANTED audit problems, made apart
from the code by the corpus96 session. Specs, rendering, gold and findings in this one file; every planted figure
carries `# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a
report whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 -B corpus-heldout/src/reports96.py [h534 …]      # gold, findings, files
    /usr/bin/python3 -B corpus-heldout/src/reports96.py --drop         # drop each planted finding in turn
h534 a TOWNSHIP's (乡人民政府) 部门整体 自评表 in 元, two pages fed through a scanner's sheet feeder with the SECOND PAGE
     UPSIDE DOWN (turned 180° in the image, no /Rotate), an image-only PDF (岷县申都乡, 定西市);
h535 THREE 项目 自评表 of one 局 in ONE COMBINED SHEET: a fund table with one line per project and ONE indicator table
     whose first column 项目名称 is merged down over each project's rows, a 项目总分 row closing each block, XLSX
     (贵德县, 海南藏族自治州);
h536 a PREFECTURE's third-party evaluation of a 市级专项资金 spent by its EIGHT COUNTIES (a 分县（区） table of
     allocations, spending and outputs), prose with tables and a landscape 评分表 section, DOCX (临沧市);
h537 a prose 部门整体 自评报告 on a county portal's ACCESSIBLE (无障碍) page: a 无障碍 toolbar, tables with <caption>,
     <th id> / <td headers>, scope, and VISUALLY HIDDEN screen-reader text (.sr-only) in the cells (“已达成” /
     “未达成” behind icon marks, “分” after the points), HTML (费县, 临沂市);
h538 TWO 项目 自评表 printed on ONE A4 PAGE, one in the upper half and one in the lower half, a dashed cutting line
     between them, PDF text (同心县, 吴忠市).
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因 / 说明[, 评分标准]).
"""
import datetime
import html as htmlmod
import io
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402,F401
from heldout import budget, gold, row  # noqa: E402,F401
from reports4 import pct, F  # noqa: E402
from reports22 import r2, with_project  # noqa: E402
from reports36_common import grade, P, main as round_main  # noqa: E402
from reports66 import missed_ok, mc, q, f2, no_half  # noqa: E402,F401
from reports77 import ooxml_bytes, fnum, BANDS77  # noqa: E402
from reports79 import fund_row, rl_kit, below_no_reason, runs  # noqa: E402  (importing reports79 writes nothing)
from reports84 import grows, props, rates, write_bytes, ind_grid, docx_table, docx_base, html_table  # noqa: E402,F401

ALL = []
E = htmlmod.escape
FIXED_MOD = "2025-09-02T09:00:00Z"
SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
SERIF_B = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"


def fix_core(name, data):
    """core.xml with a fixed 'modified' (openpyxl stamps the current time on save) — copied from round 95"""
    if name == "docProps/core.xml":
        s_ = data.decode("utf-8")
        s_ = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>" + FIXED_MOD + r"\2", s_)
        return s_.encode("utf-8")
    return data


def ssum(ind, k):
    return round(sum(x[k] for x in ind if x[k] is not None) + 1e-9, 2)


def secs(ind, names):
    return [(n, ssum([x for x in ind if x[0] == n], 5), ssum([x for x in ind if x[0] == n], 6)) for n in names]


def over(ind):
    return [x[2] for x in ind if x[6] is not None and x[6] > x[5]]


def off_prop(ind):
    """rows below a quantitative target whose score is not the proportion rule's (copied from round 95)"""
    return [m[0] for m in missed_ok(ind) if m[1] is not None and abs(m[1] - m[2]) > 0.001]


def met_lost(ind):
    """rows at or above a quantitative target that lose points (copied from round 95)"""
    out = []
    for x in ind:
        m_t = re.match(r"^([≥≤]?)(\d+(?:\.\d+)?)", (x[3] or "").replace(",", ""))
        m_a = re.match(r"^(\d+(?:\.\d+)?)", (x[4] or "").replace(",", ""))
        if not m_t or not m_a or x[6] is None:
            continue
        t, a = float(m_t.group(2)), float(m_a.group(1))
        ok = a <= t if m_t.group(1) == "≤" else a >= t
        if ok and x[6] < x[5]:
            out.append(x[2])
    return out


def qual_off(ind, share=None):
    """qualitative rows (no number in the target) below full marks (copied from round 95)"""
    out = []
    for x in ind:
        if re.match(r"^[≥≤]?\d", x[3] or "") or x[6] >= x[5]:
            continue
        if share is None or abs(x[6] - r2(share * x[5])) > 0.001:
            out.append(x[2])
    return out


def docinfo(pdf_bytes, path, creator, producer, date, drop=()):
    """a PDF's docinfo set to fixed strings and dates (the keys in drop removed), saved with a static /ID (round 95)"""
    import pikepdf
    pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    for k in drop:
        if k in pdf.docinfo:
            del pdf.docinfo[k]
    pdf.docinfo["/Creator"] = creator
    pdf.docinfo["/Producer"] = producer
    pdf.docinfo["/CreationDate"] = date
    pdf.docinfo["/ModDate"] = date
    pdf.save(path, static_id=True)


def wan(x):
    """元 → 万元 for the gold, exactly (FORMAT.md: money in 万元, converted)"""
    return round(x / 10000, 6)


def yuan(x):
    return f"{x:,.2f}"


NOTE_P = ("定量指标未达到年度指标值的按“实际完成值÷年度指标值×分值”计分，超额完成不加分；定性指标未完全达成的，视情况扣分并"
          "说明原因")


# ============================================================ h534 岷县申都乡 (image PDF: ADF scan, page 2 upside down)

def h534():
    dept = "岷县申都乡人民政府"
    # amounts in 元 as the form prints them
    parts = [("基本支出", 3862400.00, 4018650.00, 4032118.60),
             # PLANT SPENDING_OVER_BUDGET: 基本支出 spends 4,032,118.60 against its 全年预算数 4,018,650.00 (100.34%)
             ("项目支出", 2150000.00, 3486300.00, 3095742.35)]
    ini, adj, ex = (r2(parts[0][k] + parts[1][k]) for k in (1, 2, 3))
    assert (ini, adj, ex) == (6012400.00, 7504950.00, 7127860.95), (ini, adj, ex)
    rate, rb, rp = rates((ex, adj), (parts[0][3], parts[0][2]), (parts[1][3], parts[1][2]))
    assert (rate, rb, rp) == (94.98, 100.34, 88.80), (rate, rb, rp)
    no_half(rate / 10, "rs")
    rs = r2(rate / 10)
    assert rs == 9.50
    ind = [("产出指标", "数量指标", "高标准农田建设面积", "≥2000亩", "2000亩", 6, 6, ""),
           ("产出指标", "数量指标", "农村人居环境整治村", "≥12个", "12个", 5, 5, ""),
           ("产出指标", "数量指标", "村组道路硬化里程", "≥8公里", "7.2公里", 6, P(7.2, 8, 6),
            "1条村组道路因群众调地未完成，已列入2025年计划"),
           ("产出指标", "数量指标", "当归、黄芪标准化种植面积", "≥1.5万亩", "1.58万亩", 5, 5, ""),
           ("产出指标", "质量指标", "农村饮水安全达标率", "100%", "100%", 5, 5, ""),
           # PLANT TARGET_MISSED_FULL_MARKS: 96.5% misses ≥98%, full 6, empty reason; proportion 5.91
           ("产出指标", "质量指标", "便民服务事项按时办结率", "≥98%", "96.5%", 6, 6, ""),
           ("产出指标", "时效指标", "惠农补贴资金兑付及时率", "≥95%", "97.2%", 5, 5, ""),
           ("产出指标", "时效指标", "乡村建设项目按期完工率", "≥90%", "92.3%", 6, 6, ""),
           ("产出指标", "成本指标", "村组道路硬化每公里补助", "≤45万元", "43.6万元", 6, 6, ""),
           ("效益指标", "经济效益", "农村居民人均可支配收入增长率", "≥7%", "7.6%", 6, 6, ""),
           ("效益指标", "经济效益", "村集体经济收入10万元以上村占比", "≥60%", "61.5%", 6, 6, ""),
           ("效益指标", "社会效益", "脱贫人口（含监测对象）务工就业人数", "≥2100人", "2136人", 6, 6, ""),
           ("效益指标", "生态效益", "农村生活垃圾收运处置体系覆盖率", "≥95%", "100%", 6, 6, ""),
           ("效益指标", "可持续影响", "村级治理长效机制", "健全", "基本健全", 6, 5, "2个村村规民约修订滞后，扣1分"),
           ("满意度指标", "服务对象满意度", "群众满意度", "≥90%", "88.6%", 10, P(88.6, 90, 10),
            "个别村群众对道路施工进度不满意，已督促整改")]
    props(ind)
    miss = P(96.5, 98, 6)
    no_half(6 * 96.5 / 98, "miss")
    assert miss == 5.91
    assert ssum(ind, 5) == 90 and [ssum([x for x in ind if x[0] == n], 5) for n in ("产出指标", "效益指标", "满意度指标")] \
        == [50, 30, 10]
    assert off_prop(ind) == ["便民服务事项按时办结率"] and over(ind) == [] and met_lost(ind) == []
    assert below_no_reason(ind) == [] and qual_off(ind) == ["村级治理长效机制"]
    rows_total = r2(ssum(ind, 6) + rs)
    assert rows_total == 97.74, rows_total
    total_p = 97.47  # PLANT TOTAL_VS_ROWS: the fund line 9.50 + the 15 rows = 97.74; the 总分 (on the upside-down page) 97.47
    true_total = r2(rows_total - 6 + miss)
    assert true_total == 97.65 and grade(total_p) == grade(rows_total) == grade(true_total) == "优"
    g = gold(None, dept, 2024, "COUNTY", "甘肃省", "SELF_EVALUATION", None, total_p, 100, "优",
             budget(wan(ini), wan(adj), wan(ex), rate, wan(parts[0][2]), wan(parts[0][3]), wan(parts[1][2]),
                    wan(parts[1][3])), [], [fund_row(rate, rs)] + grows(ind))
    M = dict(dept=dept, parts=parts, ini=ini, adj=adj, ex=ex, rate=rate, prates=[rb, rp], rs=rs, ind=ind,
             total=total_p)
    fnd = [F("TOTAL_VS_ROWS", "总分", f"总分 | 100 | {f2(total_p)} | 自评等级：优", f2(total_p), f2(rows_total), "HIGH",
             "ERROR",
             f"the 年度资金总额 line {f2(rs)} + the 15 indicator rows {f2(ssum(ind, 6))} = {f2(rows_total)}; the 总分 row "
             f"(on page 2, which the scan holds upside down) prints {f2(total_p)} (digits swapped); 优 either way (with "
             f"便民服务事项按时办结率 scored by the 说明 {f2(true_total)})"),
           F("SPENDING_OVER_BUDGET", "基本支出",
             f"基本支出 | {yuan(parts[0][1])} | {yuan(parts[0][2])} | {yuan(parts[0][3])} | — | {q(rb)} | —",
             yuan(parts[0][3]) + "元", f"≤ {yuan(parts[0][2])}元", "HIGH", "WARNING",
             f"基本支出 spends {yuan(parts[0][3])}元 against its own 全年预算数 {yuan(parts[0][2])}元 ({q(rb)}, printed "
             f"right) and the form gives no reason; the 年度资金总额 stays under budget ({q(rate)}) only because 项目支出 "
             f"underspends ({q(rp)})"),
           F("TARGET_MISSED_FULL_MARKS", "便民服务事项按时办结率",
             "产出指标 | 质量指标 | 便民服务事项按时办结率 | 6 | ≥98% | 96.5% | 6 |", "6", f2(miss), "HIGH", "WARNING",
             f"96.5% is below ≥98%, yet the row keeps 6 of 6 with an empty 偏差原因 cell; the 说明's proportion rule gives "
             f"6 × 96.5 ÷ 98 = {f2(miss)}")]
    traps = ["the file is a sheet-feeder scan of a two-page form whose SECOND PAGE WENT THROUGH UPSIDE DOWN: page 2's "
             "image is turned 180° (its repeated header row, the last three indicator rows, the 总分 row, the 说明 and the signatures read "
             "upside down from the bottom right) and the PDF carries no /Rotate; the page order is right (第1页 / 第2页 "
             "共2页 at the foot of each sheet); the header row repeated on page 2 is a print title, not a row, and the "
             "效益指标 cell printed again on page 2 is the same 一级 group split by the page break, not a new one",
             f"money in 元 (gold in 万元: {yuan(adj)}元 = {wan(adj)}万元); budget: 年初 3,862,400.00 + 2,150,000.00 = "
             f"{yuan(ini)}; 全年 4,018,650.00 + 3,486,300.00 = {yuan(adj)}; 执行 4,032,118.60 + 3,095,742.35 = "
             f"{yuan(ex)}; {q(rate)}, 基本 {q(rb)}, 项目 {q(rp)} right; 年初 < 全年 (追加); 年度资金总额 {q(rate)} × 10 = "
             f"{f2(rs)}",
             "村组道路硬化里程 6 × 7.2 ÷ 8 = 5.40, 群众满意度 10 × 88.6 ÷ 90 = 9.84 (proportion, with reasons); 村级治理长效机制 "
             "−1 with a reason",
             "高标准农田建设面积 2000 vs ≥2000亩 and 农村人居环境整治村 12 vs ≥12个 (met exactly); 村组道路硬化每公里补助 43.6 vs "
             "≤45万元 (a ceiling met; a unit subsidy in 万元 on a form in 元, not a budget figure); 农村居民人均可支配收入增长率 "
             "7.6% vs ≥7% (a growth rate on a real base, met)",
             "the form's 分值 column stands BEFORE 年度指标值 (一级 | 二级 | 三级 | 分值 | 年度指标值 | 实际完成值 | 得分 | "
             "偏差原因): the 6 / 5 in it are weights, not targets; 分值 10 + 90 = 100"]
    return {"stem": "h534_minxian_shendu", "format": "pdf", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "draw": draw534}


class Sheet534:
    """one A4 page at 150 dpi drawn with Pillow: a white sheet, Noto Serif CJK, ruled cells"""

    def __init__(self):
        from PIL import Image, ImageDraw
        self.W, self.H = 1240, 1754
        self.img = Image.new("RGB", (self.W, self.H), (255, 255, 255))
        self.d = ImageDraw.Draw(self.img)
        self.fc = {}

    def font(self, sz, bold=False):
        from PIL import ImageFont
        if (sz, bold) not in self.fc:
            self.fc[(sz, bold)] = ImageFont.truetype(SERIF_B if bold else SERIF, sz, index=2)
        return self.fc[(sz, bold)]

    def wrap(self, s_, width_px, sz):
        out, cur = [], ""
        for ch in s_:
            if self.font(sz).getlength(cur + ch) > width_px:
                out.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            out.append(cur)
        return out or [""]

    def cell(self, x0, y0, x1, y1, s_, sz=15, bold=False, left=False, right=False):
        lines = self.wrap(s_, x1 - x0 - 10, sz)
        lh = sz + 5
        y = (y0 + y1) / 2 - lh * len(lines) / 2 + 2
        for ln in lines:
            if left:
                self.d.text((x0 + 5, y), ln, font=self.font(sz, bold), fill=(15, 15, 15))
            elif right:
                self.d.text((x1 - 6, y), ln, font=self.font(sz, bold), fill=(15, 15, 15), anchor="ra")
            else:
                self.d.text(((x0 + x1) / 2, y), ln, font=self.font(sz, bold), fill=(15, 15, 15), anchor="ma")
            y += lh

    def hline(self, y_, x0, x1):
        self.d.line([(x0, y_), (x1, y_)], fill=(0, 0, 0), width=2)

    def vlines(self, y0, y1, xs):
        for x in xs:
            self.d.line([(x, y0), (x, y1)], fill=(0, 0, 0), width=2)

    def text(self, xy, s_, sz, bold=False, anchor="la"):
        self.d.text(xy, s_, font=self.font(sz, bold), fill=(0, 0, 0), anchor=anchor)


def draw534(rep, path):
    """the form printed on two A4 sheets and fed through a scanner's sheet feeder at 150 dpi (grey JPEG per page); the
    second sheet went in upside down, so its image is turned 180°; the two JPEGs are the PDF's two pages"""
    import numpy as np
    from PIL import Image, ImageFilter
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    M = rep["meta"]
    ind = M["ind"]
    L, R = 80, 1160
    cols = [L, 168, 262, 470, 530, 650, 770, 840, R]
    head = ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分", "偏差原因分析及改进措施"]
    pages = [Sheet534(), Sheet534()]
    s = pages[0]
    s.text((s.W / 2, 92), "部门整体支出绩效自评表", 34, True, "ma")
    s.text((s.W / 2, 144), "（2024年度）", 20, False, "ma")
    s.text((L, 184), "部门（单位）名称（盖章）：" + M["dept"], 17)
    s.text((R, 184), "金额单位：元", 17, anchor="ra")
    y = 216
    bx = [L, 200, 350, 530, 710, 890, 960, 1060, R]
    (nb, ib, ab, eb), (np_, ip, ap, ep) = M["parts"]
    lines = [["", "项目", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
             ["", "年度资金总额", yuan(M["ini"]), yuan(M["adj"]), yuan(M["ex"]), "10", q(M["rate"]), f2(M["rs"])],
             ["", "其中：基本支出", yuan(ib), yuan(ab), yuan(eb), "—", q(M["prates"][0]), "—"],
             ["", "　　　项目支出", yuan(ip), yuan(ap), yuan(ep), "—", q(M["prates"][1]), "—"]]
    s.hline(y, L, R)
    y0b = y
    for k, r_ in enumerate(lines):
        for j in range(1, 8):
            s.cell(bx[j], y, bx[j + 1], y + 38, r_[j], 15, bold=(k == 0), left=(j == 1 and k > 0),
                   right=(k > 0 and j in (2, 3, 4)))
        s.vlines(y, y + 38, bx[1:])
        y += 38
        s.hline(y, bx[1], R)
    s.cell(L, y0b, bx[1], y, "年度预算执行情况（元）", 15, True)
    s.vlines(y0b, y, [L])
    s.hline(y, L, R)
    gy0 = y
    s.cell(bx[1], y, 640, y + 30, "预期目标", 15, True)
    s.cell(640, y, R, y + 30, "实际完成情况", 15, True)
    s.vlines(y, y + 30, [bx[1], 640, R])
    y += 30
    s.hline(y, bx[1], R)
    s.cell(bx[1], y, 640, y + 104, "保障乡机关正常运转，建设高标准农田2000亩、硬化村组道路8公里，整治12个村人居环境，巩固拓展"
           "脱贫攻坚成果，当归、黄芪标准化种植1.5万亩以上，群众满意度达到90%以上。", 14, left=True)
    s.cell(640, y, R, y + 104, "乡机关运转正常；建成高标准农田2000亩，硬化村组道路7.2公里，完成12个村人居环境整治；脱贫人口"
           "务工就业2136人，标准化种植当归、黄芪1.58万亩；群众满意度88.6%。", 14, left=True)
    s.vlines(y, y + 104, [bx[1], 640, R])
    y += 104
    s.cell(L, gy0, bx[1], y, "年度总体目标", 15, True)
    s.vlines(gy0, y, [L])
    s.hline(y, L, R)

    def header(pg, y_):
        for j, v in enumerate(head):
            pg.cell(cols[j], y_, cols[j + 1], y_ + 46, v, 15, True)
        pg.vlines(y_, y_ + 46, cols)
        pg.hline(y_ + 46, L, R)
        return y_ + 46
    y = header(s, y)
    pages[1].hline(110, L, R)
    yp = [y, header(pages[1], 110)]
    # rows: page 1 as long as they fit above the foot, the rest on page 2 (the header repeated as a print title)
    place = []
    pg = 0
    for i, x in enumerate(ind):
        hh = 88 if (len(x[7]) > 14 or len(x[2]) > 9) else 72
        if pg == 0 and yp[0] + hh > 1620:
            pg = 1
        place.append((pg, yp[pg], yp[pg] + hh))
        yp[pg] += hh
    assert [p_[0] for p_ in place].count(1) == 3, [p_[0] for p_ in place]
    for i, x in enumerate(ind):
        pg_, y0_, y1_ = place[i]
        sh = pages[pg_]
        vals = [x[0], x[1], x[2], fnum(x[5]), x[3], x[4], fnum(x[6]), x[7]]
        for j in range(2, 8):
            sh.cell(cols[j], y0_, cols[j + 1], y1_, vals[j], 14, left=(j in (2, 7)))
        sh.hline(y1_, cols[2], R)
        sh.vlines(y0_, y1_, cols[2:])
    for col in (0, 1):
        for a_, b_ in runs(ind, col):
            # a run split by the page break is printed on both pages (as a spreadsheet prints a merged cell)
            for pg_ in (0, 1):
                idx = [i for i in range(a_, b_ + 1) if place[i][0] == pg_]
                if not idx:
                    continue
                sh = pages[pg_]
                y0_, y1_ = place[idx[0]][1], place[idx[-1]][2]
                sh.cell(cols[col], y0_, cols[col + 1], y1_, ind[a_][col], 14)
                sh.hline(y1_, cols[col], cols[col + 1])
    for pg_ in (0, 1):
        first = [p_ for p_ in place if p_[0] == pg_][0][1]
        pages[pg_].vlines(first, yp[pg_], [L, cols[1], cols[2]])
    sh = pages[1]
    y = yp[1]
    sh.cell(L, y, cols[3], y + 44, "总分", 17, True)
    sh.cell(cols[3], y, cols[4], y + 44, "100", 15, True)
    sh.cell(cols[4], y, cols[6], y + 44, "", 15)
    sh.cell(cols[6], y, cols[7], y + 44, f2(M["total"]), 15, True)
    sh.cell(cols[7], y, R, y + 44, "自评等级：优", 15, True, left=True)
    sh.vlines(y, y + 44, [L, cols[3], cols[4], cols[6], cols[7], R])
    y += 44
    sh.hline(y, L, R)
    y += 16
    for ln in sh.wrap("说明：1.年度资金总额得分＝执行率×10；2." + NOTE_P + "；3.自评等级：" + BANDS77 + "。", R - L, 14):
        sh.text((L, y), ln, 14)
        y += 22
    y += 20
    sh.text((L, y), "乡　长：包建军　　财政所负责人：后彩霞　　填表人：令狐晓东　　联系电话：0932-7713526", 15)
    y += 34
    sh.text((L, y), "填报日期：2025年4月21日", 15)
    for k, pg_ in enumerate(pages):
        pg_.text((pg_.W / 2, 1690), f"第{k + 1}页　共2页", 14, anchor="ma")
    # the scans: paper tone, a slight skew per sheet, sensor noise, a soft blur; sheet 2 upside down (fed head last)
    rs = np.random.RandomState(96534)
    jpgs = []
    for k, pg_ in enumerate(pages):
        img = pg_.img.convert("L")
        ang = (0.35, -0.22)[k]
        img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=246)
        if k == 1:
            img = img.rotate(180)
        a = np.asarray(img, dtype=np.float32) * 0.965 + 4.0
        a = a + rs.normal(0, 3.2, a.shape)
        # a faint grey streak down the sheet where the feeder's glass carries a speck of dust
        a[:, 917 if k == 0 else 318] -= 22
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L").filter(ImageFilter.GaussianBlur(0.5))
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=82, optimize=False, progressive=False, dpi=(150, 150))
        jpgs.append(jb.getvalue())
    pw, ph = 1240 / 150 * 72, 1754 / 150 * 72
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(pw, ph), invariant=1)
    for jb in jpgs:
        c.drawImage(ImageReader(io.BytesIO(jb)), 0, 0, width=pw, height=ph)
        c.showPage()
    c.save()
    docinfo(buf.getvalue(), path, "PaperStream Capture", "PaperStream Capture", "D:20250422093412+08'00'",
            drop=("/Title", "/Author", "/Subject", "/Keywords"))


ALL.append(h534())


# ============================================================ h535 贵德县 (XLSX: three 项目 自评表 in ONE combined sheet)

def h535():
    dept = "贵德县水利局"
    R_ = "超额完成不加分"
    projects = []
    # ---- project 1: the fund line's score
    p1 = dict(name="2024年贵德县农村牧区供水工程维修养护项目", unit="贵德县农村牧区供水管理站", ini=180.00, adj=210.00,
              ex=202.59)
    rate1 = rates((p1["ex"], p1["adj"]))[0]
    assert rate1 == 96.47
    no_half(rate1 / 10, "rs1")
    rs1_true = r2(rate1 / 10)
    assert rs1_true == 9.65
    rs1 = 9.56  # PLANT BUDGET_ROW_SCORE: 执行率 96.47% × 10 = 9.65; the fund table prints 9.56 (digits swapped)
    ind1 = [("产出指标", "数量指标", "维修养护集中供水工程", "≥46处", "48处", 10, 10, ""),
            ("产出指标", "数量指标", "更换老化供水管网", "≥32公里", "29.6公里", 8, P(29.6, 32, 8),
             "2处管网因冻土期提前到来停工，2025年4月复工"),
            ("产出指标", "质量指标", "维修工程验收合格率", "100%", "100%", 8, 8, ""),
            ("产出指标", "质量指标", "供水水质检测合格率", "≥95%", "96.8%", 7, 7, ""),
            ("产出指标", "时效指标", "供水故障维修及时率", "≥95%", "97.5%", 7, 7, ""),
            ("产出指标", "成本指标", "单处工程平均维修费用", "≤4.5万元", "4.22万元", 10, 10, ""),
            ("效益指标", "社会效益", "农村牧区供水保证率", "≥95%", "96%", 10, 10, ""),
            ("效益指标", "社会效益", "受益人口", "≥8.6万人", "8.72万人", 10, 10, ""),
            ("效益指标", "可持续影响", "工程长效运行管护机制", "健全", "基本健全", 10, 9, "部分村管水员报酬未落实，扣1分"),
            ("满意度指标", "服务对象满意度", "受益群众满意度", "≥90%", "92.4%", 10, 10, "")]
    # ---- project 2: the 分值 add to 95
    p2 = dict(name="2024年贵德县河湖管护公益性岗位补助项目", unit="贵德县河湖保护服务中心", ini=96.00, adj=96.00, ex=93.41)
    rate2 = rates((p2["ex"], p2["adj"]))[0]
    assert rate2 == 97.30
    no_half(rate2 / 10, "rs2")
    rs2 = r2(rate2 / 10)
    assert rs2 == 9.73
    # PLANT WEIGHTS_VS_FULL_MARK: the fund line 10 + the rows' 分值 85 = 95; the 项目总分 row prints 分值 100
    ind2 = [("产出指标", "数量指标", "聘用河湖管护员", "≥160名", "160名", 10, 10, ""),
            ("产出指标", "数量指标", "河湖日常巡查", "≥1.9万人次", "2.06万人次", 8, 8, ""),
            ("产出指标", "质量指标", "河湖“四乱”问题发现处置率", "≥95%", "97.6%", 8, 8, ""),
            ("产出指标", "质量指标", "管护员岗前培训覆盖率", "100%", "100%", 7, 7, ""),
            ("产出指标", "时效指标", "补助资金按月发放率", "100%", "91.7%", 6, P(91.7, 100, 6),
             "12月补助因年末资金清算延至2025年1月发放"),
            ("产出指标", "成本指标", "管护员月补助标准", "≤500元/人·月", "500元/人·月", 6, 6, ""),
            ("效益指标", "社会效益", "带动脱贫人口（监测对象）就业", "≥120人", "126人", 10, 10, ""),
            ("效益指标", "生态效益", "县域河湖水质优良比例", "100%", "100%", 10, 10, ""),
            ("效益指标", "可持续影响", "河湖管护长效机制", "健全", "健全", 10, 10, ""),
            ("满意度指标", "服务对象满意度", "沿河群众满意度", "≥90%", "93.5%", 10, 10, "")]
    # ---- project 3: a growth rate over a zero base
    p3 = dict(name="2024年贵德县取用水在线计量监测能力建设项目", unit="贵德县水资源服务中心", ini=120.00, adj=150.00,
              ex=138.62)
    rate3 = rates((p3["ex"], p3["adj"]))[0]
    assert rate3 == 92.41
    no_half(rate3 / 10, "rs3")
    rs3 = r2(rate3 / 10)
    assert rs3 == 9.24
    ind3 = [("产出指标", "数量指标", "新建取水计量在线监测点位", "≥36个", "38个", 10, 10, ""),
            ("产出指标", "数量指标", "接入省级水资源监控平台点位", "≥36个", "38个", 8, 8, ""),
            ("产出指标", "质量指标", "计量设施检定（校准）合格率", "100%", "100%", 8, 8, ""),
            ("产出指标", "质量指标", "在线监测数据上传完整率", "≥95%", "93.1%", 8, P(93.1, 95, 8),
             "冬季3个点位通信中断，已加装备用电源"),
            ("产出指标", "时效指标", "项目完工时间", "2024年10月底前", "2024年10月28日", 8, 8, ""),
            ("产出指标", "成本指标", "单个监测点位建设成本", "≤3.8万元", "3.52万元", 8, 8, ""),
            ("效益指标", "社会效益", "规模以上取水户在线计量覆盖率", "≥90%", "95%", 10, 10, ""),
            # PLANT RATE_OVER_ZERO_BASE: the row's own note: 2023年全县无在线监测点位 (base 0); the rate printed 100%
            ("效益指标", "社会效益", "取水计量在线监测点位较上年增长率", "≥50%", "100%", 10, 10,
             "2023年全县无在线监测点位，本年新建38个"),
            ("效益指标", "可持续影响", "监测设施运行维护机制", "健全", "基本健全", 10, 9, "运维经费未纳入年度预算，扣1分"),
            ("满意度指标", "服务对象满意度", "取水户满意度", "≥90%", "88.4%", 10, P(88.4, 90, 10),
             "部分取水户对计量设施安装位置有意见")]
    for ind in (ind1, ind2, ind3):
        props(ind)
        assert over(ind) == [] and met_lost(ind) == [] and below_no_reason(ind) == [] and off_prop(ind) == []
    assert ssum(ind1, 5) == 90 and ssum(ind3, 5) == 90 and ssum(ind2, 5) == 85
    assert [ssum([x for x in ind2 if x[0] == n], 5) for n in ("产出指标", "效益指标", "满意度指标")] == [45, 30, 10]
    assert qual_off(ind1) == ["工程长效运行管护机制"] and qual_off(ind2) == [] and qual_off(ind3) == ["监测设施运行维护机制"]
    tot1, tot2, tot3 = (r2(ssum(i_, 6) + s_) for i_, s_ in ((ind1, rs1), (ind2, rs2), (ind3, rs3)))
    assert (tot1, tot2, tot3) == (97.96, 94.23, 97.90), (tot1, tot2, tot3)
    assert r2(tot1 - rs1 + rs1_true) == 98.05
    for p_, rt, sc, ind, tot in ((p1, rate1, rs1, ind1, tot1), (p2, rate2, rs2, ind2, tot2), (p3, rate3, rs3, ind3, tot3)):
        p_.update(rate=rt, rs=sc, ind=ind, total=tot)
        projects.append(p_)
    s_ini, s_adj, s_ex = (r2(sum(p_[k] for p_ in projects)) for k in ("ini", "adj", "ex"))
    assert (s_ini, s_adj, s_ex) == (396.00, 456.00, 434.62), (s_ini, s_adj, s_ex)
    s_rate = rates((s_ex, s_adj))[0]
    assert s_rate == 95.31
    golds = [with_project(gold(None, dept, 2024, "COUNTY", "青海省", "SELF_EVALUATION", None, p_["total"], 100, None,
                               budget(p_["ini"], p_["adj"], p_["ex"], p_["rate"]), [],
                               [fund_row(p_["rate"], p_["rs"])] + grows(p_["ind"])), p_["name"], p_["unit"])
             for p_ in projects]
    M = dict(dept=dept, projects=projects, s_ini=s_ini, s_adj=s_adj, s_ex=s_ex, s_rate=s_rate)
    fnd = [F("BUDGET_ROW_SCORE", "年度资金总额（得分）",
             f"{p1['name']} | {p1['unit']} | {mc(p1['ini'])} | {mc(p1['adj'])} | {mc(p1['ex'])} | 10 | {q(rate1)} | "
             f"{f2(rs1)}", f2(rs1), f2(rs1_true), "HIGH", "ERROR",
             f"report 1 of 3 ({p1['name']}): the 说明's rule 年度资金总额得分＝执行率×10 gives {q(rate1)} × 10 = "
             f"{f2(rs1_true)}; the fund table prints {f2(rs1)} (digits swapped); the rate itself ({mc(p1['ex'])} ÷ "
             f"{mc(p1['adj'])}) is right, so no EXECUTION_RATE; the project's 总分 {f2(tot1)} adds the printed "
             f"{f2(rs1)}, so no TOTAL_VS_ROWS (corrected {f2(r2(tot1 - rs1 + rs1_true))})"),
           F("WEIGHTS_VS_FULL_MARK", "项目总分（分值）",
             f"{p2['name']} … 项目总分（含年度资金总额得分） | 100 | {f2(tot2)}", "100", "95", "HIGH", "ERROR",
             f"report 2 of 3 ({p2['name']}): the fund line's 10 and the project's ten indicator rows' 分值 (产出 45, 效益 30, "
             f"满意度 10) add to 95, but the block's 项目总分 row prints 分值 100 (the other two projects' rows do add to "
             f"90 + 10); the 得分 {f2(tot2)} is the rows' own total, so it is out of 95, not 100"),
           F("RATE_OVER_ZERO_BASE", "取水计量在线监测点位较上年增长率",
             "效益指标 | 社会效益 | 取水计量在线监测点位较上年增长率 | ≥50% | 100% | 10 | 10 | 2023年全县无在线监测点位，本年新建38个",
             "100%", "— (上年0个: no growth rate)", "HIGH", "WARNING",
             f"report 3 of 3 ({p3['name']}): the row's own note says the county had no online metering points in 2023 "
             "(a base of 0) and 38 in 2024: a growth rate over a zero base is undefined, yet the row prints 100% and "
             "scores the full 10 against ≥50%; the achievement is already counted by 新建取水计量在线监测点位 (38 vs ≥36个)")]
    traps = ["ONE SHEET holds THREE 项目 自评表: a fund table (一、年度资金总额执行情况) with one line per project and a 合计 line, "
             "then ONE indicator table (二、项目绩效指标完成情况) whose first column 项目名称 is MERGED DOWN over each project's "
             "ten rows; each block ends with a 项目总分（含年度资金总额得分） row; three reports, the 合计 line of the fund table "
             "is no report and scores nothing; 一级 names repeat in every block",
             f"fund table: {mc(p1['ex'])} ÷ {mc(p1['adj'])} = {q(rate1)}, {mc(p2['ex'])} ÷ {mc(p2['adj'])} = {q(rate2)}, "
             f"{mc(p3['ex'])} ÷ {mc(p3['adj'])} = {q(rate3)}; 合计 180.00 + 96.00 + 120.00 = {mc(s_ini)}, 210.00 + 96.00 + "
             f"150.00 = {mc(s_adj)}, 202.59 + 93.41 + 138.62 = {mc(s_ex)}, {q(s_rate)} right; none over; the fund lines "
             f"of projects 2 and 3 score {f2(rs2)} and {f2(rs3)} by 执行率 × 10",
             "更换老化供水管网 8 × 29.6 ÷ 32 = 7.40, 补助资金按月发放率 6 × 91.7 ÷ 100 = 5.50, 在线监测数据上传完整率 8 × 93.1 ÷ "
             "95 = 7.84, 取水户满意度 10 × 88.4 ÷ 90 = 9.82 (proportion, with reasons); 工程长效运行管护机制 and 监测设施运行"
             "维护机制 −1 with reasons",
             "管护员月补助标准 500 vs ≤500元/人·月 (a ceiling met exactly; a unit standard, not a budget figure); 单处工程平均"
             "维修费用 4.22 vs ≤4.5万元 and 单个监测点位建设成本 3.52 vs ≤3.8万元 (ceilings met; unit costs); 项目完工时间 "
             "2024年10月28日 vs 10月底前 (met)",
             f"项目总分: project 1 {f2(tot1)} = {f2(rs1)} + the rows, project 2 {f2(tot2)}, project 3 {f2(tot3)} = the fund "
             "line + the rows; 项目 forms: no grade"]
    return {"stem": "h535_guide_shuili", "format": "xlsx", "meta": M, "gold": golds, "findings": fnd, "traps": traps,
            "write": write535}


def write535(rep, path):
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    M = rep["meta"]
    wb = openpyxl.Workbook()
    thin = Side(style="thin", color="000000")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    grey = PatternFill("solid", fgColor="F2F2F2")
    ws = wb.active
    ws.title = "项目支出绩效自评表"

    def put(r, c, v, bold=False, fmt=None, box=True, left=False, size=10, fill=False):
        cell = ws.cell(row=r, column=c, value=v)
        cell.font = Font(name="宋体", size=size, bold=bold)
        cell.alignment = Alignment(horizontal="left" if left else "center", vertical="center", wrap_text=True)
        if box:
            cell.border = bd
        if fmt:
            cell.number_format = fmt
        if fill:
            cell.fill = grey
        return cell

    def box_range(r0, c0, r1, c1):
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                ws.cell(row=r, column=c).border = bd
    for c, w_ in zip("ABCDEFGHI", (24, 11, 12, 26, 15, 15, 9, 9, 30)):
        ws.column_dimensions[c].width = w_
    put(1, 1, M["dept"] + "2024年度项目支出绩效自评表", True, box=False, size=16)
    ws.merge_cells("A1:I1")
    ws.row_dimensions[1].height = 30
    put(2, 1, "（2024年度）", box=False, size=11)
    ws.merge_cells("A2:I2")
    put(3, 1, "填报单位（盖章）：" + M["dept"], box=False, left=True)
    ws.merge_cells("A3:F3")
    put(3, 8, "金额单位：万元", box=False, left=True)
    ws.merge_cells("H3:I3")
    put(4, 1, "一、年度资金总额执行情况", True, box=False, left=True, size=11)
    ws.merge_cells("A4:I4")
    for j, t_ in enumerate(["项目名称", "实施单位", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
        if t_:
            put(5, j + 1, t_, True, fill=True)
    ws.merge_cells("B5:C5")
    box_range(5, 1, 5, 9)
    r = 6
    for p_ in M["projects"]:
        put(r, 1, p_["name"], left=True)
        put(r, 2, p_["unit"], left=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        put(r, 4, p_["ini"], fmt="#,##0.00")
        put(r, 5, p_["adj"], fmt="#,##0.00")
        put(r, 6, p_["ex"], fmt="#,##0.00")
        put(r, 7, 10)
        put(r, 8, round(p_["rate"] / 100, 6), fmt="0.00%")
        put(r, 9, p_["rs"], fmt="0.00")
        box_range(r, 1, r, 9)
        ws.row_dimensions[r].height = 30
        r += 1
    put(r, 1, "合计", True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    put(r, 4, M["s_ini"], True, fmt="#,##0.00")
    put(r, 5, M["s_adj"], True, fmt="#,##0.00")
    put(r, 6, M["s_ex"], True, fmt="#,##0.00")
    put(r, 7, "—")
    put(r, 8, round(M["s_rate"] / 100, 6), True, fmt="0.00%")
    put(r, 9, "—")
    box_range(r, 1, r, 9)
    r += 2
    put(r, 1, "二、项目绩效指标完成情况", True, box=False, left=True, size=11)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    r += 1
    hr = r
    for j, t_ in enumerate(["项目名称", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                            "偏差原因分析及改进措施"]):
        put(r, j + 1, t_, True, fill=True)
    r += 1
    for p_ in M["projects"]:
        r0 = r
        ind = p_["ind"]
        for i, x in enumerate(ind):
            for j, v in enumerate(x[:8]):
                put(r + i, j + 2, v if v != "" else None,
                    fmt="0.00" if j == 6 and not float(v).is_integer() else None, left=j in (2, 7))
            ws.row_dimensions[r + i].height = 27
        for col in (0, 1):
            for a_, b_ in runs(ind, col):
                if b_ > a_:
                    ws.merge_cells(start_row=r + a_, start_column=col + 2, end_row=r + b_, end_column=col + 2)
        r += len(ind)
        put(r, 2, "项目总分（含年度资金总额得分）", True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        box_range(r, 2, r, 6)
        put(r, 7, 100, True)
        put(r, 8, p_["total"], True, fmt="0.00")
        put(r, 9, None)
        put(r0, 1, p_["name"], True)
        ws.merge_cells(start_row=r0, start_column=1, end_row=r, end_column=1)
        box_range(r0, 1, r, 1)
        r += 1
    put(r, 1, "说明：1.年度资金总额得分＝执行率×10（分值10分）；2." + NOTE_P + "；3.项目总分＝年度资金总额得分＋各项绩效指标得分，"
              "满分100分。", box=False, left=True, size=9)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.row_dimensions[r].height = 40
    put(r + 1, 1, "单位负责人：才让东智　　财务负责人：马秀兰　　填表人：韩永福　　联系电话：0974-8552316　　填报日期：2025年4月"
                  "28日", box=False, left=True, size=9)
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=9)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{hr}:{hr}"
    wb.properties.creator = "韩永福"
    wb.properties.lastModifiedBy = "韩永福"
    wb.properties.created = datetime.datetime(2025, 4, 21, 15, 20)
    write_bytes(path, ooxml_bytes(lambda b: wb.save(b), fix_core))


ALL.append(h535())


# ============================================================ h536 临沧市 (DOCX: 市级专项资金 evaluation with a 分县 table)

COUNTIES536 = [("临翔区", 200.00, 192.36, 0.62, 4), ("凤庆县", 380.00, 362.80, 1.58, 8), ("云县", 300.00, 281.54, 1.06, 6),
               ("永德县", 240.00, 228.26, 0.82, 5), ("镇康县", 160.00, 146.45, 0.48, 3), ("双江县", 280.00, 268.90, 1.12, 6),
               ("耿马县", 220.00, 205.33, 0.70, 4), ("沧源县", 220.00, 207.82, 0.62, 4)]


def h536():
    dept = "临沧市农业农村局"
    project = "2024年临沧市茶产业高质量发展市级专项资金"
    ev = "云南沧信工程项目管理咨询有限公司"
    ini, add = 1800.00, 200.00
    adj = r2(ini + add)
    cty = COUNTIES536
    alloc, spent = r2(sum(x[1] for x in cty)), r2(sum(x[2] for x in cty))
    area, plants = r2(sum(x[3] for x in cty)), sum(x[4] for x in cty)
    assert (adj, alloc, spent, area, plants) == (2000.00, 2000.00, 1893.46, 7.00, 40), (adj, alloc, spent, area, plants)
    ex = spent
    rate, *crates = rates((ex, adj), *[(x[2], x[1]) for x in cty])
    assert rate == 94.67, rate
    fq_prose = "1.85万亩"  # PLANT SAME_FIGURE_DIFFERS: 五（三） says 凤庆县 改造生态茶园1.85万亩; 表1 (and the 7.00 total) 1.58
    no_half(4 * rate / 100, "exec row")
    R = "按“实际完成值÷指标值×分值”计分，超额完成不加分"
    ind = [("决策", "项目立项", "立项依据充分性", "充分", "充分", 3, 3, "", "符合产业规划和部门职责得3分，否则酌情扣分"),
           ("决策", "绩效目标", "绩效目标合理性", "合理", "基本合理", 3, 2, "绩效目标未分解到县（区），扣1分",
            "目标明确、分解到县并与资金量匹配得3分，否则酌情扣分"),
           ("决策", "绩效目标", "绩效指标明确性", "明确", "明确", 3, 3, "", "指标细化、量化得3分，否则酌情扣分"),
           ("决策", "资金投入", "资金分配科学性", "科学", "基本科学", 3, 2.5, "因素法未考虑各县茶园面积变化，扣0.5分",
            "按因素法分配且因素选取合理得3分，否则酌情扣分"),
           ("决策", "资金投入", "预算编制科学性", "科学", "科学", 3, 3, "", "预算编制有依据、与任务匹配得3分，否则酌情扣分"),
           ("过程", "资金管理", "资金到位率", "100%", "100%", 4, 4, "", "到位率×分值"),
           ("过程", "资金管理", "预算执行率", "100%", q(rate), 4, r2(4 * rate / 100), "2个县初制所改造尾款未支付",
            "执行率×分值"),
           # PLANT RULE_SCORE: 20 days late; the rule (每延迟10日扣1分) gives 4 − 2 = 2; the row gives 3
           ("过程", "资金管理", "资金下达及时性", "预算批复后30日内下达", "延迟20日下达", 4, 3, "资金延迟下达，扣1分",
            "预算批复后30日内分配下达得4分，每延迟10日扣1分，扣完为止"),
           ("过程", "资金管理", "资金使用合规性", "合规", "合规", 4, 4, "", "无截留、挤占、挪用得4分，每发现一处违规扣1分"),
           ("过程", "组织实施", "项目管理制度执行有效性", "有效", "基本有效", 4, 3.5, "2个县项目验收资料不全，扣0.5分",
            "制度健全并有效执行得4分，否则酌情扣分"),
           ("产出", "产出数量", "生态茶园改造面积", "≥7万亩", "7万亩", 8, 8, "", R),
           ("产出", "产出数量", "茶叶初制所规范化改造", "≥40个", "40个", 8, 8, "", R),
           ("产出", "产出数量", "茶叶品牌推介活动", "≥8场", "7场", 6, P(7, 8, 6), "1场境外推介活动取消", R),
           ("产出", "产出质量", "改造茶园验收合格率", "≥95%", "97.2%", 6, 6, "", R),
           ("产出", "产出质量", "初制所SC认证通过率", "≥90%", "87.5%", 6, P(87.5, 90, 6), "5个初制所SC认证尚在审核", R),
           ("产出", "产出时效", "项目完成及时率", "≥95%", "96%", 6, 6, "", R),
           ("效益", "经济效益", "茶农人均茶叶收入增长率", "≥6%", "6.8%", 6, 6, "", R),
           ("效益", "经济效益", "茶叶综合产值增长率", "≥5%", "5.6%", 5, 5, "", R),
           ("效益", "社会效益", "带动茶农户数", "≥3.2万户", "3.36万户", 5, 5, "", R),
           ("效益", "可持续影响", "茶园绿色生态管护机制", "健全", "基本健全", 4, 3, "部分改造茶园管护责任未落实到户，扣1分",
            "管护主体、责任和经费落实得4分，否则酌情扣分"),
           ("效益", "满意度", "茶农满意度", "≥90%", "89.1%", 5, P(89.1, 90, 5), "部分茶农反映补助兑现较慢",
            "满意度≥90%得5分，低于90%按“满意度÷90%×分值”计分")]
    ind8 = [x[:8] for x in ind]
    props(ind8)
    assert off_prop(ind8) == [] and over(ind8) == [] and met_lost(ind8) == [] and below_no_reason(ind8) == []
    assert qual_off(ind8) == ["绩效目标合理性", "资金分配科学性", "资金下达及时性", "项目管理制度执行有效性", "茶园绿色生态管护机制"]
    rule_true = 2
    sc = secs(ind8, ["决策", "过程", "产出", "效益"])
    assert sc == [("决策", 15, 13.5), ("过程", 20, 18.29), ("产出", 40, 39.08), ("效益", 25, 23.95)], sc
    total = r2(sum(s[2] for s in sc))
    assert total == 94.82 and grade(total) == grade(r2(total - 1)) == "优", total
    srates = rates(*[(s[2], s[1]) for s in sc])
    assert srates == [90.00, 91.45, 97.70, 95.80], srates
    srates_p = list(srates)
    srates_p[3] = 95.08  # PLANT SCORE_RATE: 效益 23.95 ÷ 25 = 95.80%; 表2 prints 95.08%
    g = gold(None, dept, 2024, "PREFECTURAL", "云南省", "THIRD_PARTY_EVALUATION", ev, total, 100, "优",
             budget(ini, adj, ex, rate), sc, grows(ind8))
    g = with_project(g, project, None)
    M = dict(dept=dept, project=project, ev=ev, ini=ini, add=add, adj=adj, ex=ex, rate=rate, cty=cty, crates=crates,
             area=area, plants=plants, ind=ind, sc=sc, srates=srates_p, total=total, fq_prose=fq_prose)
    fnd = [F("SCORE_RATE", "效益（得分率）", f"效益 | 25 | {f2(sc[3][2])} | {q(srates_p[3])}", q(srates_p[3]), q(srates[3]),
             "HIGH", "ERROR",
             f"表2: {f2(sc[3][2])} ÷ 25 = {q(srates[3])}; the line prints {q(srates_p[3])} (digits swapped); the other "
             f"three 得分率 ({q(srates[0])}, {q(srates[1])}, {q(srates[2])}) are right and 效益's 得分 {f2(sc[3][2])} "
             "equals its rows"),
           F("SAME_FIGURE_DIFFERS", "凤庆县生态茶园改造面积",
             f"五（三）：凤庆县改造生态茶园{fq_prose} | 表1 凤庆县 | 380.00 | 362.80 | {q(crates[1])} | 1.58", fq_prose,
             "1.58万亩 (表1)", "HIGH", "WARNING",
             f"the prose gives 凤庆县's 生态茶园改造 as {fq_prose}, 表1 as 1.58万亩; 表1's eight counties add to 7.00万亩 with "
             f"1.58, which is the 评分表 row 生态茶园改造面积's 7万亩 (with {fq_prose} they would add to 7.27), so the prose "
             "figure is the odd one (digits swapped)"),
           F("RULE_SCORE", "资金下达及时性",
             "过程 | 资金管理 | 资金下达及时性 | 4 | 预算批复后30日内分配下达得4分，每延迟10日扣1分，扣完为止 | 预算批复后30日内下达 | "
             "延迟20日下达 | 3 | 资金延迟下达，扣1分", "3", f2(rule_true), "HIGH", "ERROR",
             "the row's own 评分标准 takes 1 point per 10 days' delay; 20 days late (二 also says the funds went out 50 days "
             f"after the budget was approved) → 4 − 2 = 2; the row deducts 1 (过程 would be {f2(r2(sc[1][2] - 1))} and the "
             f"total {f2(r2(total - 1))}, still 优; 表2's 过程 18.29 is the rows' as printed, so no SECTION_VS_ROWS)")]
    traps = ["the report evaluates ONE 市级 fund spent by EIGHT COUNTIES: 表1 分县（区）资金分配及使用情况 lists each county's "
             "分配资金, 实际支出, 执行率 and outputs — the counties' lines are parts of one fund, not eight reports and not "
             "budget fields; the fund's budget is 二's 年初 1,800.00 + 追加 200.00 = 2,000.00",
             f"表1: the 分配资金 add to {mc(alloc)}, the 实际支出 to {mc(ex)} ({q(rate)}), the counties' rates "
             + ", ".join(q(r_) for r_ in crates) + f" right; none over; 生态茶园 {f2(area)}万亩, 初制所 {plants}个 = the "
             "评分表's 7万亩 and 40个",
             f"预算执行率 row 4 × {q(rate)} = {f2(r2(4 * rate / 100))} (its rule); 茶叶品牌推介活动 6 × 7 ÷ 8 = 5.25, 初制所SC认证"
             "通过率 6 × 87.5 ÷ 90 = 5.83, 茶农满意度 5 × 89.1 ÷ 90 = 4.95 (its rules, with reasons); the other 决策 / 过程 / "
             "效益 deductions with reasons",
             "生态茶园改造面积 7 vs ≥7万亩 and 茶叶初制所规范化改造 40 vs ≥40个 (met exactly); 茶叶综合产值增长率 5.6% vs ≥5% "
             "(met)",
             f"表2: 决策 15 | 13.5 | 90.00%, 过程 20 | 18.29 | 91.45%, 产出 40 | 39.08 | 97.70% right; 合计 100 | "
             f"{f2(total)} = the 21 rows; 优 (also with the RULE_SCORE corrected: {f2(r2(total - 1))}); the 评分表 sits in a "
             "landscape section of its own (the 附件), not a second report"]
    return {"stem": "h536_lincang_nongye", "format": "docx", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "write": write536}


def write536(rep, path):
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Mm
    M = rep["meta"]
    d, par = docx_base(M["project"] + "绩效评价报告", "沧信咨询", datetime.datetime(2025, 5, 26, 9, 0),
                       datetime.datetime(2025, 6, 20, 17, 10))
    sc = {n: (w_, s_) for n, w_, s_ in M["sc"]}
    par(M["project"], 18, True, "c")
    par("绩效评价报告", 18, True, "c")
    for _ in range(3):
        par("", 12)
    par("委托单位：临沧市财政局", 13, False, "c")
    par("主管部门：" + M["dept"], 13, False, "c")
    par("评价机构：" + M["ev"], 13, False, "c")
    par("报告编号：沧信绩评〔2025〕第009号", 13, False, "c")
    par("二〇二五年六月", 13, False, "c")
    d.add_page_break()
    par("临沧市财政局：", 12)
    par(f"受贵局委托，我公司组成评价组，对{M['project']}（以下简称“专项资金”）2024年度的分配、使用和绩效目标实现情况开展了"
        "重点绩效评价，现将评价情况报告如下。", indent=True)
    par("一、项目概况", 14, True)
    par(f"专项资金由{M['dept']}主管，按因素法分配到临翔区、凤庆县、云县、永德县、镇康县、双江县、耿马县和沧源县8个县（区），由"
        "各县（区）农业农村局组织实施，主要用于生态茶园改造、茶叶初制所规范化改造和茶叶品牌推介。年度绩效目标为：改造生态茶园"
        "7万亩，规范化改造初制所40个，开展品牌推介活动8场，带动茶农3.2万户以上增收。", indent=True)
    par("二、资金分配及使用情况", 14, True)
    par(f"2024年市级财政年初安排专项资金{mc(M['ini'])}万元，年中追加{mc(M['add'])}万元，全年预算{mc(M['adj'])}万元，于预算"
        f"批复后第50日分配下达各县（区）。截至2024年12月31日，各县（区）实际支出{mc(M['ex'])}万元，预算执行率{q(M['rate'])}。"
        "分县（区）资金分配及使用情况见表1。", indent=True)
    par("表1　分县（区）资金分配及使用情况（金额单位：万元）", 11, True, "c")
    data = [["县（区）", "分配资金", "实际支出", "执行率", "生态茶园改造（万亩）", "初制所规范化改造（个）"]]
    for (n, a, b, ar, pl), r_ in zip(M["cty"], M["crates"]):
        data.append([n, mc(a), mc(b), q(r_), f2(ar), str(pl)])
    data.append(["合计", mc(M["adj"]), mc(M["ex"]), q(M["rate"]), f2(M["area"]), str(M["plants"])])
    docx_table(d, data, [], [24, 26, 26, 22, 36, 36], size=10, bold_rows=(0, len(data) - 1))
    par("三、评价工作开展情况", 14, True)
    par("评价组采用资料核查、现场核验和问卷调查相结合的方式，核查了资金分配文件、拨付凭证和项目验收资料，现场抽查凤庆县、双江县、"
        "云县和沧源县4个县的生态茶园12片、初制所10个，向茶农发放问卷600份，收回有效问卷572份。", indent=True)
    par("四、评价结论", 14, True)
    par(f"经综合评价，专项资金绩效评价得分{f2(M['total'])}分，评价等级为“优”（{BANDS77}）。各一级指标得分情况见表2。",
        indent=True)
    par("表2　一级指标得分情况", 11, True, "c")
    data = [["一级指标", "分值", "得分", "得分率"]]
    for (n, w_, s_), r_ in zip(M["sc"], M["srates"]):
        data.append([n, fnum(w_), f2(s_), q(r_)])
    data.append(["合计", "100", f2(M["total"]), q(M["total"])])
    docx_table(d, data, [], [40, 30, 30, 30], size=10, bold_rows=(0, len(data) - 1))
    par("五、绩效分析", 14, True)
    par(f"（一）决策（{fnum(sc['决策'][0])}分），得分{fnum(sc['决策'][1])}分。专项资金设立符合全市茶产业发展规划；绩效目标"
        "未分解到县（区），因素法分配未考虑各县茶园面积变化，共扣1.5分。", indent=True)
    par(f"（二）过程（{fnum(sc['过程'][0])}分），得分{f2(sc['过程'][1])}分。资金足额到位，使用合规；资金延迟下达，2个县项目"
        "验收资料不全。", indent=True)
    par(f"（三）产出（{fnum(sc['产出'][0])}分），得分{f2(sc['产出'][1])}分。全市改造生态茶园7万亩，其中凤庆县改造生态茶园"
        f"{M['fq_prose']}、双江县1.12万亩、云县1.06万亩；规范化改造初制所40个，35个通过SC认证；开展品牌推介活动7场。",
        indent=True)
    par(f"（四）效益（{fnum(sc['效益'][0])}分），得分{f2(sc['效益'][1])}分。茶农人均茶叶收入增长6.8%，茶叶综合产值增长5.6%，"
        "带动茶农3.36万户；茶农满意度89.1%。", indent=True)
    par("六、存在的问题", 14, True)
    par("（一）资金下达不及时，影响县（区）项目实施进度；（二）绩效目标未分解到县（区），县级目标约束不足；（三）部分改造茶园"
        "管护责任未落实到户。", indent=True)
    par("七、有关建议", 14, True)
    par("（一）在预算批复后30日内完成资金分配下达；（二）将年度绩效目标分解到县（区）并纳入考核；（三）建立改造茶园管护台账。",
        indent=True)
    par(M["ev"], 12, False, "r")
    par("2025年6月20日", 12, False, "r")
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(15)
    sec.top_margin = sec.bottom_margin = Mm(15)
    par("附件", 12, True)
    par("绩效评价指标评分表", 14, True, "c")
    data = [["一级指标", "二级指标", "三级指标", "分值", "指标值", "实际完成值", "评分标准", "得分", "扣分原因"]]
    rows_, sp = ind_grid(M["ind"], (0, 1, 2, 5, 3, 4, 8, 6, 7), 1)
    data += rows_
    data.append(["合计", "", "", "100", "", "", "", f2(M["total"]), ""])
    sp.append((0, len(data) - 1, 2, len(data) - 1))
    docx_table(d, data, sp, [13, 17, 36, 10, 30, 30, 60, 11, 52], size=8, left=(2, 6, 8), bold_rows=(0, len(data) - 1))
    par("注：评分标准中按比例计分的定量指标，超额完成不加分；定性指标按评分标准并结合核查情况评分。", 9)
    write_bytes(path, ooxml_bytes(lambda b: d.save(b)))


ALL.append(h536())


# ============================================================ h537 费县 (HTML: 自评报告 on an ACCESSIBLE page, sr-only text)

def h537():
    dept = "费县文化和旅游局"
    parts = [("基本支出", 1286.40, 1342.75, 1330.18), ("项目支出", 1460.00, 1986.30, 1702.47)]
    ini, adj, ex = (r2(parts[0][k] + parts[1][k]) for k in (1, 2, 3))
    assert (ini, adj, ex) == (2746.40, 3329.05, 3032.65), (ini, adj, ex)
    rate_true, rb, rp = rates((ex, adj), (parts[0][3], parts[0][2]), (parts[1][3], parts[1][2]))
    assert (rate_true, rb, rp) == (91.10, 99.06, 85.71), (rate_true, rb, rp)
    rate_p = 93.10  # PLANT EXECUTION_RATE: 3,032.65 ÷ 3,329.05 = 91.10%; 二, 表1 and the 预算执行率 row print 93.10%
    no_half(10 * rate_p / 100, "exec row")
    no_half(10 * rate_true / 100, "exec row true")
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 3, 3, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "基本明确", 3, 2, "4项指标未量化，扣1分"),
           ("决策", "预算配置", "预算编制科学性", "科学", "基本科学", 4, 3, "年中追加项目资金较多，预算编制不够精准，扣1分"),
           ("过程", "预算执行", "预算执行率", "100%", q(rate_p), 10, r2(10 * rate_p / 100), "执行率×分值"),
           ("过程", "预算执行", "结转结余率", "≤5%", "3.6%", 3, 3, ""),
           ("过程", "预算管理", "资金使用合规性", "合规", "合规", 4, 4, ""),
           ("过程", "预算管理", "政府采购执行规范性", "规范", "规范", 3, 3, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 5, 3.5, "文物藏品账实核对未完成，扣1.5分"),
           ("产出", "数量指标", "送戏下乡演出场次", "≥360场", "372场", 6, 6, ""),
           ("产出", "数量指标", "城市书房建设", "≥6个", "4个", 6, P(4, 6, 6), "2个城市书房选址调整，顺延至2025年"),
           ("产出", "数量指标", "非遗传承人培训", "≥300人次", "225人次", 5, P(225, 300, 5), "2期培训因场地改造延期"),
           ("产出", "数量指标", "新创建A级旅游景区", "≥2个", "1个", 6, P(1, 2, 6), "1个景区评定顺延至2025年"),
           ("产出", "质量指标", "公共文化设施免费开放率", "100%", "100%", 5, 5, ""),
           ("产出", "质量指标", "旅游景区安全检查覆盖率", "100%", "100%", 6, 6, ""),
           # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: 三（二） says the 布展 was not finished and the hall is not open; row 已完成 6/6
           ("产出", "时效指标", "沂蒙红色文化展示馆布展提升", "2024年10月底前完成并开放", "已完成", 6, 6, ""),
           ("效益", "经济效益", "接待游客人次增长率", "≥8%", "9.2%", 5, 5, ""),
           ("效益", "经济效益", "旅游综合收入增长率", "≥8%", "5.6%", 5, P(5.6, 8, 5), "过夜游客占比偏低，人均消费增长不足"),
           ("效益", "社会效益", "公共文化服务参与人次", "≥120万人次", "126.5万人次", 5, 5, ""),
           ("效益", "社会效益", "文化市场重大安全事故", "0起", "0起", 3, 3, ""),
           ("效益", "满意度", "群众文化服务满意度", "≥90%", "82.8%", 7, P(82.8, 90, 7), "乡镇综合文化站活动频次偏少")]
    props(ind)
    assert off_prop(ind) == [] and over(ind) == [] and met_lost(ind) == [] and below_no_reason(ind) == []
    assert qual_off(ind) == ["绩效指标明确性", "预算编制科学性", "资产管理规范性"]
    sc = secs(ind, ["决策", "过程", "产出", "效益"])
    assert sc == [("决策", 10, 8), ("过程", 25, 22.81), ("产出", 40, 33.75), ("效益", 25, 22.94)], sc
    total = r2(sum(s[2] for s in sc))
    assert total == 87.50 and grade(total) == "良", total
    true_total = r2(total - r2(10 * rate_p / 100) + r2(10 * rate_true / 100))
    assert true_total == 87.30 and grade(true_total) == "良"
    grade_p = "优"  # PLANT GRADE_OUTSIDE_BANDS: 87.50 lies in the printed 80–90 band (良); 四 and 表3 print 优
    g = gold(None, dept, 2024, "COUNTY", "山东省", "SELF_EVALUATION", None, total, 100, grade_p,
             budget(ini, adj, ex, rate_p, parts[0][2], parts[0][3], parts[1][2], parts[1][3]), sc, grows(ind))
    M = dict(dept=dept, parts=parts, ini=ini, adj=adj, ex=ex, rate=rate_p, prates=[rb, rp], ind=ind, sc=sc,
             total=total, grade=grade_p)
    fnd = [F("EXECUTION_RATE", "预算执行率",
             f"全年执行{mc(ex)}万元，预算执行率{q(rate_p)} | 表1 合计 | {mc(ini)} | {mc(adj)} | {mc(ex)} | {q(rate_p)} | 过程 | "
             f"预算执行 | 预算执行率 | 100% | {q(rate_p)} | 10 | {f2(r2(10 * rate_p / 100))}", q(rate_p), q(rate_true),
             "HIGH", "ERROR",
             f"{mc(ex)} ÷ {mc(adj)} = {q(rate_true)}; 二, 表1's 合计 line and the 预算执行率 row print {q(rate_p)} (one "
             f"figure restated, one finding); the row's {f2(r2(10 * rate_p / 100))} follows the printed rate (on the true "
             f"rate 10 × {q(rate_true)} = {f2(r2(10 * rate_true / 100))}, total {f2(true_total)}); the parts' {q(rb)} and "
             f"{q(rp)} are right"),
           F("GRADE_OUTSIDE_BANDS", "自评等级",
             f"综合自评得分{f2(total)}分，自评等级为“{grade_p}” | 表3 … 合计 | 100 | {f2(total)} | 自评等级 | {grade_p}", grade_p,
             "良", "HIGH", "WARNING",
             f"{f2(total)} lies in the report's own 80分（含）至90分 band, “良”; 优 needs 90 or more (with the rate "
             f"corrected {f2(true_total)}, still 良)"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "沂蒙红色文化展示馆布展提升",
             "三（二）：沂蒙红色文化展示馆布展提升工程因展陈大纲调整，截至年底布展尚未完成，展馆暂未对外开放 | 产出 | 时效指标 | "
             "沂蒙红色文化展示馆布展提升 | 2024年10月底前完成并开放 | 已完成 | 已达成 | 6 | 6", "6", "< 6", "HIGH",
             "WARNING",
             "the report's own account says the exhibition was not finished by the year's end and the hall is not open, "
             "the table prints 已完成 (its screen-reader mark 已达成) and full marks with no deduction; a time target missed "
             "should lose points (how many the report's rules do not fix)")]
    traps = ["the page is the portal's ACCESSIBLE (无障碍) version: a 无障碍 toolbar (声音, 语速, 配色, 放大, 缩小, 大鼠标, 十字线, "
             "大字幕, 纯文本, 重置, 退出), a skip link and landmarks are the site's, not the report; the tables carry "
             "<caption>, <th id> / <td headers> and scope; VISUALLY HIDDEN screen-reader text (class sr-only, clipped to "
             "1 px) sits in the cells: “已达成” / “未达成” behind the ✔ / ✘ marks of the 是否达成 column and “分” after every "
             "分值 and 得分 — text in the file, not extra figures or rows",
             f"budget: 年初 1,286.40 + 1,460.00 = {mc(ini)}; 全年 1,342.75 + 1,986.30 = {mc(adj)}; 执行 1,330.18 + 1,702.47 "
             f"= {mc(ex)}; 基本 {q(rb)}, 项目 {q(rp)} right; none over; 年初 < 全年 (追加)",
             "城市书房建设 6 × 4 ÷ 6 = 4, 非遗传承人培训 5 × 225 ÷ 300 = 3.75, 新创建A级旅游景区 6 × 1 ÷ 2 = 3, 旅游综合收入增长率 "
             "5 × 5.6 ÷ 8 = 3.50, 群众文化服务满意度 7 × 82.8 ÷ 90 = 6.44 (proportion, with reasons); the 决策 / 过程 "
             "deductions each with a reason",
             "结转结余率 3.6% vs ≤5% (a ceiling met); 文化市场重大安全事故 0起 vs 0起 (met); 接待游客人次增长率 9.2% vs ≥8% "
             "(a growth rate on a real base, met)",
             f"表3: 决策 10 | 8, 过程 25 | {f2(sc[1][2])}, 产出 40 | {f2(sc[2][2])}, 效益 25 | {f2(sc[3][2])} equal their "
             f"rows; 合计 {f2(total)} = the 20 rows"]
    return {"stem": "h537_feixian_wenlv", "format": "html", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "html": html537(M)}


SR = '<span class="sr-only">{}</span>'


def acc_table(tid, caption, head_rows, body, note_id=None):
    """an accessible table: head_rows a list of rows of (text, id, colspan, rowspan, headers); body rows of cells
    (kind, text, attrs) with kind th / td; ids, headers and scope written as given"""
    out = [f'<table class="acc" id="{tid}"' + (f' aria-describedby="{note_id}"' if note_id else "") + ">",
           f"<caption>{E(caption)}</caption>", "<thead>"]
    for r_ in head_rows:
        cells = []
        for text, id_, cs, rs, hd in r_:
            a = f' id="{id_}"' + (f' colspan="{cs}"' if cs > 1 else "") + (f' rowspan="{rs}"' if rs > 1 else "")
            a += ' scope="colgroup"' if cs > 1 else ' scope="col"'
            if hd:
                a += f' headers="{hd}"'
            cells.append(f"<th{a}>{E(text)}</th>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</thead>")
    out.append("<tbody>")
    for r_ in body:
        out.append("<tr>" + "".join(f"<{k}{a}>{t}</{k}>" for k, t, a in r_) + "</tr>")
    out.append("</tbody>")
    out.append("</table>")
    return "\n".join(out)


def html537(M):
    (nb, ib, ab, eb), (np_, ip, ap, ep) = M["parts"]
    sc = {n: (w_, s_) for n, w_, s_ in M["sc"]}
    out = []
    P_ = lambda s_: out.append(f"<p>{E(s_)}</p>")  # noqa: E731
    Hh = lambda s_: out.append(f"<h2>{E(s_)}</h2>")  # noqa: E731
    pts = lambda v: E(fnum(v)) + SR.format("分")  # noqa: E731
    Hh("一、部门基本情况")
    P_(f"{M['dept']}内设股室8个，下属县图书馆、县文化馆、县博物馆、县文物保护中心等事业单位5个，年末在职人员118人。主要职责是"
       "统筹全县公共文化服务、文物保护利用、文化市场管理和旅游业发展。")
    Hh("二、部门整体支出及预算执行情况")
    P_(f"2024年度年初预算{mc(M['ini'])}万元，其中基本支出{mc(ib)}万元、项目支出{mc(ip)}万元；年中追加文旅融合发展等项目资金后，"
       f"全年预算{mc(M['adj'])}万元，全年执行{mc(M['ex'])}万元，预算执行率{q(M['rate'])}。预算执行情况见表1。")
    t1 = [[("项目", "b-x", 1, 1, ""), ("年初预算数", "b-ini", 1, 1, ""), ("全年预算数", "b-adj", 1, 1, ""),
           ("全年执行数", "b-ex", 1, 1, ""), ("执行率", "b-rt", 1, 1, "")]]
    body = []
    for k, (n, a, b, c, r_) in enumerate([("合计", M["ini"], M["adj"], M["ex"], M["rate"]),
                                           ("基本支出", ib, ab, eb, M["prates"][0]),
                                           ("项目支出", ip, ap, ep, M["prates"][1])]):
        rid = f"b-r{k}"
        body.append([("th", E(n), f' id="{rid}" scope="row"')] +
                    [("td", E(v), f' headers="{h} {rid}"') for v, h in
                     ((mc(a), "b-ini"), (mc(b), "b-adj"), (mc(c), "b-ex"), (q(r_), "b-rt"))])
    out.append(acc_table("tb1", "表1　2024年度预算执行情况（单位：万元）", t1, body))
    Hh("三、绩效目标完成情况")
    P_("（一）总体完成情况。全年开展送戏下乡演出372场，公共文化设施全部免费开放，公共文化服务参与126.5万人次；接待游客人次增长"
       "9.2%，旅游综合收入增长5.6%，未发生文化市场重大安全事故。")
    P_("（二）未完成的目标及原因。2个城市书房因选址调整顺延至2025年；非遗传承人培训2期因场地改造延期；1个A级旅游景区评定顺延至"
       "2025年；沂蒙红色文化展示馆布展提升工程因展陈大纲调整，截至年底布展尚未完成，展馆暂未对外开放，预计2025年6月开放。")
    P_("（三）自评表。各项指标完成及评分情况见表2，“是否达成”栏中“✔”表示达到年度指标值，“✘”表示未达到。")
    t2h = [[("绩效指标", "g-zb", 3, 1, ""), ("年度指标值", "c-t", 1, 2, ""), ("实际完成值", "c-a", 1, 2, ""),
            ("是否达成", "c-ok", 1, 2, ""), ("分值", "c-w", 1, 2, ""), ("得分", "c-s", 1, 2, ""),
            ("偏差原因及扣分说明", "c-n", 1, 2, "")],
           [("一级指标", "c-l1", 1, 1, "g-zb"), ("二级指标", "c-l2", 1, 1, "g-zb"), ("三级指标", "c-l3", 1, 1, "g-zb")]]
    ind = M["ind"]
    start0 = {a_: b_ for a_, b_ in runs(ind, 0)}
    start1 = {a_: b_ for a_, b_ in runs(ind, 1)}
    l1id, l2id = {}, {}
    body = []
    for i, x in enumerate(ind):
        cells = []
        if i in start0:
            l1id[x[0]] = f"l1-{len(l1id) + 1}"
            cells.append(("th", E(x[0]), f' id="{l1id[x[0]]}" scope="rowgroup"' +
                          (f' rowspan="{start0[i] - i + 1}"' if start0[i] > i else "")))
        if i in start1:
            key = (x[0], x[1])
            l2id[key] = f"l2-{len(l2id) + 1}"
            cells.append(("th", E(x[1]), f' id="{l2id[key]}" scope="rowgroup" headers="{l1id[x[0]]}"' +
                          (f' rowspan="{start1[i] - i + 1}"' if start1[i] > i else "")))
        rid = f"r{i + 1}"
        rh = f"{l1id[x[0]]} {l2id[(x[0], x[1])]} {rid}"
        cells.append(("th", E(x[2]), f' id="{rid}" scope="row" headers="{l1id[x[0]]} {l2id[(x[0], x[1])]}"'))
        ok = x[6] >= x[5]
        mark = ('<span class="ico ok" aria-hidden="true">✔</span>' + SR.format("已达成")) if ok else \
            ('<span class="ico no" aria-hidden="true">✘</span>' + SR.format("未达成"))
        for v, h in ((E(x[3]), "c-t"), (E(x[4]), "c-a"), (mark, "c-ok"), (pts(x[5]), "c-w"), (pts(x[6]), "c-s"),
                     (E(x[7]), "c-n")):
            cells.append(("td", v, f' headers="{h} {rh}"' + (' class="l"' if h == "c-n" else "")))
        body.append(cells)
    body.append([("th", "合计", ' id="r-sum" scope="row" colspan="6"'), ("td", pts(100), ' headers="c-w r-sum"'),
                 ("td", E(f2(M["total"])) + SR.format("分"), ' headers="c-s r-sum"'), ("td", "", "")])
    out.append(acc_table("tb2", f"表2　{M['dept']}2024年度部门整体支出绩效自评表", t2h, body, "tb2-note"))
    out.append('<p class="note" id="tb2-note">评分说明：1.预算执行率得分＝执行率×分值；2.' + E(NOTE_P) + "。</p>")
    Hh("四、自评结论")
    P_(f"经自评，本部门2024年度部门整体支出综合自评得分{f2(M['total'])}分，自评等级为“{M['grade']}”（{BANDS77}）。各一级指标"
       "得分情况见表3。")
    t3h = [[("一级指标", "s-x", 1, 1, ""), ("分值", "s-w", 1, 1, ""), ("得分", "s-s", 1, 1, "")]]
    body = []
    for k, (n, w_, s_) in enumerate(M["sc"]):
        body.append([("th", E(n), f' id="s-r{k}" scope="row"'), ("td", pts(w_), f' headers="s-w s-r{k}"'),
                     ("td", E(f2(s_)) + SR.format("分"), f' headers="s-s s-r{k}"')])
    body.append([("th", "合计", ' id="s-sum" scope="row"'), ("td", pts(100), ' headers="s-w s-sum"'),
                 ("td", E(f2(M["total"])) + SR.format("分"), ' headers="s-s s-sum"')])
    body.append([("th", "自评等级", ' id="s-g" scope="row"'), ("td", E(M["grade"]), ' colspan="2" headers="s-g"')])
    out.append(acc_table("tb3", "表3　一级指标得分情况", t3h, body))
    Hh("五、存在的问题及改进措施")
    P_("（一）预算编制不够精准，年中追加较多。将提前谋划项目，提高年初预算编制质量。（二）部分项目推进滞后。将加快城市书房和"
       "展示馆布展提升建设进度。（三）资产管理有待加强。将完成文物藏品账实核对。")
    Hh("六、自评结果应用")
    P_("自评结果在县政府门户网站公开，并作为2026年部门预算安排的重要参考。")
    out.append(f'<p class="r">{E(M["dept"])}</p>')
    out.append('<p class="r">2025年4月30日</p>')
    body_html = "\n".join(out)
    title = f"{M['dept']}2024年度部门整体支出绩效自评报告"
    tools = ["声音", "语速", "阅读方式", "配色", "放大", "缩小", "大鼠标", "十字线", "大字幕", "纯文本", "重置", "退出服务"]
    bar = "".join(f'<button type="button" class="wza-btn" aria-label="{t}">{t}</button>' for t in tools)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{E(title)}_财政预决算_费县人民政府</title>
<meta name="SiteName" content="费县人民政府">
<meta name="ColumnName" content="财政预决算">
<meta name="PubDate" content="2025-05-08 09:40">
<style>
body{{font-family:"Microsoft YaHei",sans-serif;margin:0;background:#f3f5f8;color:#222}}
.sr-only{{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}}
.skip{{position:absolute;left:-9999px}} .skip:focus{{left:10px;top:10px;background:#ff0;padding:4px}}
#wza-toolbar{{background:#222;padding:6px 30px}} .wza-btn{{background:#444;color:#fff;border:0;margin-right:6px;padding:4px 10px;font-size:14px}}
.head{{background:#a3161b;color:#fff;padding:16px 40px;font-size:24px}} .nav a{{color:#a3161b;margin-right:20px;text-decoration:none}}
.nav{{background:#fff;padding:8px 40px;border-bottom:2px solid #a3161b}}
main{{display:block;width:1080px;margin:18px auto;background:#fff;padding:24px 40px}} .pos{{font-size:13px;color:#666}}
h1{{text-align:center;font-size:22px}} .meta{{text-align:center;color:#777;font-size:13px;border-bottom:1px solid #ddd;padding-bottom:8px}}
.article p{{font-size:16px;line-height:1.9;text-indent:2em;margin:6px 0}} .article p.r{{text-align:right}} .article p.note{{font-size:13px;text-indent:0}}
.article h2{{font-size:17px;margin:16px 0 6px}}
table.acc{{border-collapse:collapse;width:100%;margin:8px 0}} table.acc caption{{font-weight:bold;font-size:14px;padding:6px}}
table.acc th,table.acc td{{border:1px solid #333;font-size:13px;padding:4px 5px;text-align:center}} table.acc thead th{{background:#eee}}
table.acc tbody th{{font-weight:normal}} table.acc td.l{{text-align:left}} .ico.ok{{color:#1a7f37}} .ico.no{{color:#c62828}}
.foot{{text-align:center;font-size:12px;color:#666;padding:20px}}
</style>
</head>
<body>
<a class="skip" href="#main">跳转到主要内容</a>
<div id="wza-toolbar" role="toolbar" aria-label="无障碍工具条">{bar}</div>
<header class="head" role="banner">费县人民政府</header>
<nav class="nav" aria-label="主导航"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjfx/">走进费县</a></nav>
<main id="main" role="main">
<nav class="pos" aria-label="当前位置">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/czyjs/">财政预决算</a> &gt; 部门预决算</nav>
<h1>{E(title)}</h1>
<div class="meta">发布时间：2025-05-08 09:40　　来源：县文化和旅游局　　浏览次数：<span id="hits">163</span>　　【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="article">
{body_html}
</div>
</main>
<footer class="foot" role="contentinfo">主办：费县人民政府办公室　　网站标识码：3713250019　　鲁ICP备05024187号<br>鲁公网安备 37132502000211号</footer>
</body>
</html>
"""


ALL.append(h537())


# ============================================================ h538 同心县 (PDF text: two 项目 自评表 on one A4 page)

def h538():
    dept = "同心县农业农村局"
    # ---- report 1 (upper half)
    src1 = [("中央财政资金", 300.00, 300.00, 296.40), ("自治区财政资金", 120.00, 150.00, 146.25),
            ("县级财政资金", 50.00, 60.00, 52.90)]
    ini1, adj1, ex1 = (r2(sum(x[k] for x in src1)) for k in (1, 2, 3))
    assert (ini1, adj1, ex1) == (470.00, 510.00, 495.55), (ini1, adj1, ex1)
    rate1, *sr1 = rates((ex1, adj1), *[(x[3], x[2]) for x in src1])
    assert rate1 == 97.17 and sr1 == [98.80, 97.50, 88.17], (rate1, sr1)
    no_half(rate1 / 10, "rs1")
    rs1 = r2(rate1 / 10)
    assert rs1 == 9.72
    ind1 = [  # PLANT ROW_SCORE_OVER_WEIGHT: 8.5 of 8 “超额完成，加0.5分” against the 说明's 超额完成不加分
            ("产出指标", "数量指标", "扩群补助基础母羊", "≥12000只", "13260只", 8, 8.5, "超额完成，加0.5分"),
            ("产出指标", "数量指标", "良种公羊调换", "≥600只", "612只", 7, 7, ""),
            ("产出指标", "数量指标", "受益养殖户", "≥1500户", "1486户", 7, P(1486, 1500, 7), "14户因外出务工放弃申报"),
            ("产出指标", "质量指标", "补助羊只耳标佩戴率", "100%", "100%", 7, 7, ""),
            ("产出指标", "质量指标", "基础母羊强制免疫密度", "≥90%", "96%", 7, 7, ""),
            ("产出指标", "时效指标", "补助资金兑付及时率", "≥95%", "96.4%", 7, 7, ""),
            ("产出指标", "成本指标", "每只基础母羊补助标准", "≤300元/只", "300元/只", 7, 7, ""),
            ("效益指标", "经济效益", "养殖户户均增收", "≥3000元", "3260元", 10, 10, ""),
            ("效益指标", "经济效益", "滩羊饲养量增长率", "≥5%", "6.1%", 10, 10, ""),
            ("效益指标", "生态效益", "畜禽粪污资源化利用率", "≥85%", "82%", 10, P(82, 85, 10), "部分散养户粪污收集设施不足"),
            ("满意度指标", "服务对象满意度", "养殖户满意度", "≥90%", "88.5%", 10, P(88.5, 90, 10), "个别养殖户对补助标准有意见")]
    # ---- report 2 (lower half)
    src2 = [("中央财政资金", 200.00, 200.00, 192.60), ("自治区财政资金", 80.00, 80.00, 76.40),
            ("县级财政资金", 20.00, 30.00, 24.50)]
    ini2, adj2, ex2_parts = (r2(sum(x[k] for x in src2)) for k in (1, 2, 3))
    assert (ini2, adj2, ex2_parts) == (300.00, 310.00, 293.50), (ini2, adj2, ex2_parts)
    ex2 = 295.30  # PLANT BREAKDOWN_SUM: the sources' 全年执行数 add to 293.50; the 年度资金总额 line prints 295.30
    rate2, rate2_true, *sr2 = rates((ex2, adj2), (ex2_parts, adj2), *[(x[3], x[2]) for x in src2])
    assert (rate2, rate2_true, sr2) == (95.26, 94.68, [96.30, 95.50, 81.67]), (rate2, rate2_true, sr2)
    no_half(rate2 / 10, "rs2")
    no_half(rate2_true / 10, "rs2 true")
    rs2 = r2(rate2 / 10)
    assert rs2 == 9.53 and r2(rate2_true / 10) == 9.47
    ind2 = [  # PLANT TARGET_MET_POINTS_LOST: 5.2万亩 meets ≥5万亩, yet 7 of 8 with an empty reason
            ("产出指标", "数量指标", "推广旱作节水技术面积", "≥5万亩", "5.2万亩", 8, 7, ""),
            ("产出指标", "数量指标", "建设核心示范点", "≥10个", "10个", 7, 7, ""),
            ("产出指标", "数量指标", "培训农民", "≥2000人次", "2150人次", 7, 7, ""),
            ("产出指标", "质量指标", "废旧地膜回收率", "≥85%", "86.5%", 7, 7, ""),
            ("产出指标", "质量指标", "技术到位率", "≥95%", "92%", 7, P(92, 95, 7), "偏远村组技术指导覆盖不足"),
            ("产出指标", "时效指标", "播种按期完成率", "100%", "100%", 7, 7, ""),
            ("产出指标", "成本指标", "亩均物化补助", "≤60元/亩", "58元/亩", 7, 7, ""),
            ("效益指标", "经济效益", "示范区亩均增产率", "≥8%", "9.3%", 10, 10, ""),
            ("效益指标", "生态效益", "水分生产率提高", "≥0.1千克/立方米", "0.12千克/立方米", 10, 10, ""),
            ("效益指标", "可持续影响", "旱作节水技术推广长效机制", "健全", "基本健全", 10, 9, "部分乡镇农技人员不足，扣1分"),
            ("满意度指标", "服务对象满意度", "农户满意度", "≥90%", "91.6%", 10, 10, "")]
    for ind in (ind1, ind2):
        props(ind)
        assert ssum(ind, 5) == 90 and [ssum([x for x in ind if x[0] == n], 5) for n in ("产出指标", "效益指标", "满意度指标")] \
            == [50, 30, 10]
        assert off_prop(ind) == [] and qual_off(ind) == [x[2] for x in ind if x[3] == "健全" and x[6] < x[5]]
    assert over(ind1) == ["扩群补助基础母羊"] and over(ind2) == [] and met_lost(ind1) == []
    assert met_lost(ind2) == ["推广旱作节水技术面积"] and below_no_reason(ind2) == ["推广旱作节水技术面积"]
    assert below_no_reason(ind1) == []
    tot1, tot2 = r2(ssum(ind1, 6) + rs1), r2(ssum(ind2, 6) + rs2)
    assert (tot1, tot2) == (99.63, 97.31), (tot1, tot2)
    p1 = dict(name="2024年同心县滩羊基础母羊扩群提质项目", unit="同心县畜牧技术推广服务中心", src=src1, srates=sr1,
              ini=ini1, adj=adj1, ex=ex1, rate=rate1, rs=rs1, ind=ind1, total=tot1,
              goal="补助扩群基础母羊1.2万只以上，调换良种公羊600只，带动1500户养殖户增收，户均增收3000元以上。",
              done="补助扩群基础母羊13260只，调换良种公羊612只，受益养殖户1486户，户均增收3260元。",
              sign="单位负责人：马占福　　财务负责人：杨桂芳　　填表人：李文斌　　联系电话：0953-8022614")
    p2 = dict(name="2024年同心县旱作节水农业技术推广项目", unit="同心县农业技术推广服务中心", src=src2, srates=sr2,
              ini=ini2, adj=adj2, ex=ex2, rate=rate2, rs=rs2, ind=ind2, total=tot2,
              goal="推广旱作节水技术5万亩，建设核心示范点10个，培训农民2000人次，示范区亩均增产8%以上。",
              done="推广旱作节水技术5.2万亩，建成核心示范点10个，培训农民2150人次，示范区亩均增产9.3%。",
              sign="单位负责人：马占福　　财务负责人：杨桂芳　　填表人：丁海燕　　联系电话：0953-8023107")
    golds = [with_project(gold(None, dept, 2024, "COUNTY", "宁夏回族自治区", "SELF_EVALUATION", None, p_["total"], 100,
                               None, budget(p_["ini"], p_["adj"], p_["ex"], p_["rate"]), [],
                               [fund_row(p_["rate"], p_["rs"])] + grows(p_["ind"])), p_["name"], p_["unit"])
             for p_ in (p1, p2)]
    M = dict(dept=dept, projects=[p1, p2])
    fnd = [F("ROW_SCORE_OVER_WEIGHT", "扩群补助基础母羊",
             "产出指标 | 数量指标 | 扩群补助基础母羊 | ≥12000只 | 13260只 | 8 | 8.5 | 超额完成，加0.5分", "8.5", "≤ 8 (8)",
             "HIGH", "ERROR",
             f"report 1 of 2 ({p1['name']}, the upper form): 8.5 of 8 with “超额完成，加0.5分”, above the row's own 分值 "
             f"and against the 说明's 超额完成不加分; the 总分 {f2(tot1)} adds the 8.5 as printed (corrected "
             f"{f2(r2(tot1 - 0.5))})"),
           F("TARGET_MET_POINTS_LOST", "推广旱作节水技术面积",
             "产出指标 | 数量指标 | 推广旱作节水技术面积 | ≥5万亩 | 5.2万亩 | 8 | 7 |", "7", "8", "HIGH", "WARNING",
             f"report 2 of 2 ({p2['name']}, the lower form): 5.2万亩 meets ≥5万亩 (the 实际完成情况 says 5.2万亩 too), yet "
             "the row scores 7 of 8 with an empty 偏差原因 cell; the 说明 deducts only for a missed target"),
           F("BREAKDOWN_SUM", "年度资金总额（全年执行数）",
             f"年度资金总额 | {mc(ini2)} | {mc(adj2)} | {mc(ex2)} | 10 | {q(rate2)} | {f2(rs2)} … 中央财政资金 … "
             f"{mc(src2[0][3])} … 自治区财政资金 … {mc(src2[1][3])} … 县级财政资金 … {mc(src2[2][3])}", mc(ex2),
             mc(ex2_parts), "HIGH", "ERROR",
             f"report 2 of 2 ({p2['name']}, the lower form): the three sources' 全年执行数 {mc(src2[0][3])} + "
             f"{mc(src2[1][3])} + {mc(src2[2][3])} = {mc(ex2_parts)}, the 年度资金总额 line prints {mc(ex2)} (digits "
             f"swapped); the 年初 and 全年 columns add up and each source's own rate is right; the line's {q(rate2)} and "
             f"{f2(rs2)} follow the printed total (on the sources' sum {q(rate2_true)} and {f2(r2(rate2_true / 10))}, "
             f"total {f2(r2(tot2 - rs2 + r2(rate2_true / 10)))})")]
    traps = ["ONE A4 PAGE holds TWO 项目 自评表, one in the upper half and one in the lower half, a dashed cutting line "
             "(dashes either side of “裁　剪　线”) between them: two reports, each with its own title, 项目名称, 实施单位, fund block, "
             "indicator table, 总分, 说明 and signature line; a reader that takes the page as one form merges them",
             f"upper form: 年初 300.00 + 120.00 + 50.00 = {mc(ini1)}; 全年 300.00 + 150.00 + 60.00 = {mc(adj1)}; 执行 "
             f"296.40 + 146.25 + 52.90 = {mc(ex1)}; {q(rate1)} and the sources' " + ", ".join(q(x) for x in sr1)
             + f" right; none over; 年度资金总额 {q(rate1)} × 10 = {f2(rs1)}",
             f"lower form: 年初 200.00 + 80.00 + 20.00 = {mc(ini2)}; 全年 200.00 + 80.00 + 30.00 = {mc(adj2)}; the sources' "
             "rates " + ", ".join(q(x) for x in sr2) + f" right; none over; 县级 年初 < 全年 (追加)",
             "受益养殖户 7 × 1486 ÷ 1500 = 6.93, 畜禽粪污资源化利用率 10 × 82 ÷ 85 = 9.65, 养殖户满意度 10 × 88.5 ÷ 90 = 9.83, "
             "技术到位率 7 × 92 ÷ 95 = 6.78 (proportion, with reasons); 旱作节水技术推广长效机制 −1 with a reason",
             "每只基础母羊补助标准 300 vs ≤300元/只 (a ceiling met exactly; a unit subsidy, not a budget figure); 亩均物化补助 "
             "58 vs ≤60元/亩 (a ceiling met); 建设核心示范点 10 vs ≥10个 (met exactly); 水分生产率提高 0.12 vs "
             f"≥0.1千克/立方米 (met); 总分 {f2(tot1)} and {f2(tot2)} = each form's fund line + its 11 rows as printed; "
             "项目 forms: no grade"]
    return {"stem": "h538_tongxin_nongye", "format": "pdf", "meta": M, "gold": golds, "findings": fnd, "traps": traps,
            "draw": draw538}


def draw538(rep, path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.platypus.flowables import Flowable
    M = rep["meta"]
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    fn = "STSong-Light"
    st = dict(t=ParagraphStyle("t", fontName=fn, fontSize=12, leading=15, alignment=1),
              st=ParagraphStyle("st", fontName=fn, fontSize=8, leading=10, alignment=1),
              c=ParagraphStyle("c", fontName=fn, fontSize=6.6, leading=8, alignment=1, wordWrap="CJK"),
              cl=ParagraphStyle("cl", fontName=fn, fontSize=6.6, leading=8, wordWrap="CJK"),
              n=ParagraphStyle("n", fontName=fn, fontSize=6.3, leading=8, wordWrap="CJK"))
    P1 = lambda k, s_: Paragraph(E(s_), st[k])  # noqa: E731

    class Cut(Flowable):
        """the dashed cutting line between the two forms, with its label"""

        def wrap(self, aw, ah):
            self.aw = aw
            return aw, 14

        def draw(self):
            c = self.canv
            c.saveState()
            c.setDash(3, 2)
            c.setLineWidth(0.5)
            c.setStrokeColor(colors.HexColor("#666666"))
            c.line(0, 7, self.aw / 2 - 26, 7)
            c.line(self.aw / 2 + 26, 7, self.aw, 7)
            c.setFont(fn, 6.5)
            c.setFillColor(colors.HexColor("#666666"))
            c.drawCentredString(self.aw / 2, 5, "裁　剪　线")
            c.restoreState()
    W = [17, 17, 31, 20, 20, 11, 11, 47]  # mm: 一级 | 二级 | 三级 | 指标值 | 完成值 | 分值 | 得分 | 偏差原因

    def form(p_):
        story = [P1("t", "项目支出绩效自评表"), P1("st", "（2024年度）")]
        data, sp, sty = [], [], []
        cl = lambda s_: P1("cl", s_)  # noqa: E731
        c = lambda s_: P1("c", s_)  # noqa: E731
        data.append([c("项目名称"), "", cl(p_["name"]), "", "", "", "", ""])
        sp += [(0, 0, 1, 0), (2, 0, 7, 0)]
        data.append([c("主管部门"), "", cl(M["dept"]), "", c("实施单位"), cl(p_["unit"]), "", ""])
        sp += [(0, 1, 1, 1), (2, 1, 3, 1), (5, 1, 7, 1)]
        data.append([c("项目资金（万元）"), "", c("年初预算数"), c("全年预算数"), c("全年执行数"), c("分值"), c("执行率"),
                     c("得分")])
        data.append(["", c("年度资金总额"), c(mc(p_["ini"])), c(mc(p_["adj"])), c(mc(p_["ex"])), c("10"),
                     c(q(p_["rate"])), c(f2(p_["rs"]))])
        for k, ((n, a, b, e), r_) in enumerate(zip(p_["src"], p_["srates"])):
            data.append(["", cl(("其中：" if k == 0 else "") + n), c(mc(a)), c(mc(b)), c(mc(e)), c("—"), c(q(r_)),
                         c("—")])
        sp.append((0, 2, 0, 3 + len(p_["src"])))  # 项目资金（万元） merged down over the head and the fund lines
        g0 = len(data)
        data.append([c("年度总体目标"), "", c("预期目标"), "", "", c("实际完成情况"), "", ""])
        data.append(["", "", cl(p_["goal"]), "", "", cl(p_["done"]), "", ""])
        sp += [(0, g0, 1, g0 + 1), (2, g0, 4, g0), (5, g0, 7, g0), (2, g0 + 1, 4, g0 + 1), (5, g0 + 1, 7, g0 + 1)]
        h0 = len(data)
        data.append([c(t_) for t_ in ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                      "偏差原因分析及改进措施")])
        sty.append(("BACKGROUND", (0, h0), (-1, h0), colors.HexColor("#eeeeee")))
        rows_, isp = ind_grid(p_["ind"], (0, 1, 2, 3, 4, 5, 6, 7), h0 + 1)
        for r_ in rows_:
            data.append([cl(v) if j in (2, 7) else c(v) for j, v in enumerate(r_)])
        sp += isp
        t0 = len(data)
        data.append([c("总分"), "", "", "", "", c("100"), c(f2(p_["total"])), ""])
        sp.append((0, t0, 4, t0))
        t = Table(data, colWidths=[w_ * mm for w_ in W])
        style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                 ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                 ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)] + sty
        for (c0, r0, c1, r1) in sp:
            style.append(("SPAN", (c0, r0), (c1, r1)))
        t.setStyle(TableStyle(style))
        story += [Spacer(1, 1.5 * mm), t, Spacer(1, 1 * mm),
                  P1("n", "说明：1.年度资金总额得分＝执行率×10；2." + NOTE_P + "；3.总分＝年度资金总额得分＋各项绩效指标得分。"),
                  P1("n", p_["sign"] + "　　填报日期：2025年4月25日")]
        return story
    story = form(M["projects"][0]) + [Spacer(1, 2.5 * mm), Cut(), Spacer(1, 2.5 * mm)] + form(M["projects"][1])
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=13 * mm, rightMargin=13 * mm, topMargin=9 * mm,
                            bottomMargin=8 * mm, invariant=1, title="项目支出绩效自评表", author="李文斌",
                            creator="Microsoft® Excel® 2016", producer="")
    pages = []
    doc.build(story, onFirstPage=lambda cv, d_: pages.append(1), onLaterPages=lambda cv, d_: pages.append(2))
    assert pages == [1], pages  # both forms on one page
    docinfo(buf.getvalue(), path, "Microsoft® Excel® 2016", "Microsoft® Excel® 2016", "D:20250425110502+08'00'")


ALL.append(h538())


def drop_test():
    """for every planted finding in turn: would write_gold's recheck stop without it? (nothing is written)"""
    import heldout4
    for rep in sorted(ALL, key=lambda r: r["stem"]):
        golds = rep["gold"] if isinstance(rep["gold"], list) else [rep["gold"]]
        seen = [x for g_ in golds for x in heldout4.recheck(g_)]
        for f in rep["findings"]:
            rest = {x["kind"] for x in rep["findings"] if x is not f}
            left = [f"{k}: {w}" for k, w in seen if not H.COVERS[k] & rest]
            print(rep["stem"], "without", f["kind"], "->", "stops with " + "; ".join(left) if left else
                  "passes (beyond the recheck; asserted in the spec)")


def main(argv):
    if argv == ["--drop"]:
        return drop_test()
    if argv == ["--table"]:
        for rep in sorted(ALL, key=lambda r: r["stem"]):
            print(rep["stem"], "|", "; ".join(f"{f['kind']} {f['where']} {f['stated']} → {f['recomputed']} "
                                               f"({f['certainty']}, {f['severity']})" for f in rep["findings"]), "|",
                  " ; ".join(rep["traps"]))
        return None
    round_main(argv, sorted(ALL, key=lambda r: r["stem"]), "96")


if __name__ == "__main__":
    main(sys.argv[1:])
