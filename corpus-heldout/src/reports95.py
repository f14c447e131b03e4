#!/usr/bin/python3
"""Round 95 (h529–h533): publication families not used before, each with THREE PLANTED audit problems, made apart
from the code by the corpus95 session. Specs, rendering, gold and findings in this one file; every planted figure
carries `# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a
report whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 -B corpus-heldout/src/reports95.py [h529 …]      # gold, findings, files
    /usr/bin/python3 -B corpus-heldout/src/reports95.py --drop         # drop each planted finding in turn
h529 a 部门整体 自评表 SCANNED WITH THE SCANNER LID OPEN (the sheet askew on a black surround, its top edge lifted and
     shadowed), an image-only PDF (巍山彝族回族自治县, 大理白族自治州);
h530 a 项目 自评表 workbook whose second sheet is the subsidy PAYMENT ROLL (补助资金发放花名册: one line per household,
     names, ID and account numbers masked, amounts in 元, a 合计 line), XLSX (紫阳县, 安康市);
h531 a third-party evaluation of a completed 政府投资 road project with an INVESTMENT-CONTROL table (批复概算 | 合同金额 |
     审定结算 | 结余, 概算执行率) and the 质量保证金 kept back from the payments, DOCX (巴东县, 恩施州);
h532 a prose 部门整体 自评报告 on a county portal whose indicator results are ONE TABLE PER 年度绩效目标, each under its
     own goal heading, HTML (宿松县, 安庆市);
h533 a prose 部门整体 自评报告 printed on the unit's LETTERHEAD STATIONERY (信笺: the unit's name in red over a red double
     rule at the head of every page, its address / 邮编 / 电话 under a red rule at the foot), PDF text (城口县, 重庆市).
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因 / 说明[, 评分标准 / goal]).
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
from heldout import budget, gold, row  # noqa: E402
from reports4 import pct, F  # noqa: E402
from reports22 import r2, with_project  # noqa: E402
from reports36_common import grade, P, main as round_main  # noqa: E402
from reports66 import missed_ok, mc, q, f2, no_half  # noqa: E402,F401
from reports77 import ooxml_bytes, fnum, BANDS77  # noqa: E402
from reports79 import fund_row, rl_kit, below_no_reason, runs  # noqa: E402  (importing reports79 writes nothing)
from reports84 import grows, props, rates, write_bytes, ind_grid, docx_table, docx_base, html_table  # noqa: E402

ALL = []
E = htmlmod.escape
FIXED_MOD = "2025-08-30T09:00:00Z"
SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
SERIF_B = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"


def fix_core(name, data):
    """core.xml with a fixed 'modified' (openpyxl stamps the current time on save) — copied from round 94"""
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
    """rows below a quantitative target whose score is not the proportion rule's"""
    return [m[0] for m in missed_ok(ind) if m[1] is not None and abs(m[1] - m[2]) > 0.001]


def met_lost(ind):
    """rows at or above a quantitative target that lose points (copied from round 94)"""
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
    """qualitative rows (no number in the target) below full marks: with share given, those whose score is not
    share × 分值 (copied from round 94)"""
    out = []
    for x in ind:
        if re.match(r"^[≥≤]?\d", x[3] or "") or x[6] >= x[5]:
            continue
        if share is None or abs(x[6] - r2(share * x[5])) > 0.001:
            out.append(x[2])
    return out


def docinfo(path_in_bytes, path, creator, producer, date, drop=()):
    """a PDF's docinfo set to fixed strings and dates (the keys in drop removed), saved with a static /ID"""
    import pikepdf
    pdf = pikepdf.open(io.BytesIO(path_in_bytes))
    for k in drop:
        if k in pdf.docinfo:
            del pdf.docinfo[k]
    pdf.docinfo["/Creator"] = creator
    pdf.docinfo["/Producer"] = producer
    pdf.docinfo["/CreationDate"] = date
    pdf.docinfo["/ModDate"] = date
    pdf.save(path, static_id=True)


NOTE_P = ("定量指标未达到年度指标值的按“实际完成值÷年度指标值×分值”计分，超额完成不加分；定性指标未完全达成的，视情况扣分并"
          "说明原因")


# ============================================================ h529 巍山县 (image PDF: a form scanned with the lid open)

def h529():
    dept = "巍山彝族回族自治县水务局"
    # PLANT SPENDING_OVER_BUDGET: 项目支出 spends 2,871.54 against its own 全年预算数 2,846.30 (100.89%), no reason given
    parts = [("基本支出", 1086.20, 1126.40, 1062.35), ("项目支出", 2460.00, 2846.30, 2871.54)]
    ini, adj, ex = (r2(parts[0][k] + parts[1][k]) for k in (1, 2, 3))
    assert (ini, adj, ex) == (3546.20, 3972.70, 3933.89), (ini, adj, ex)
    rate, rb, rp = rates((ex, adj), (parts[0][3], parts[0][2]), (parts[1][3], parts[1][2]))
    assert (rate, rb, rp) == (99.02, 94.31, 100.89), (rate, rb, rp)
    no_half(rate / 10, "rs")
    rs = r2(rate / 10)
    assert rs == 9.90
    ind = [("产出指标", "数量指标", "新建改造农村供水工程", "≥32处", "33处", 8, 8, ""),
           ("产出指标", "数量指标", "水土流失综合治理面积", "≥38平方公里", "38平方公里", 7, 7, ""),
           ("产出指标", "数量指标", "中小河流治理长度", "≥12公里", "11.2公里", 6, P(11.2, 12, 6),
            "1段河道因征地协调延期施工，已督促2025年汛前完工"),
           ("产出指标", "数量指标", "小型水库除险加固", "≥5座", "5座", 5, 5, ""),
           ("产出指标", "质量指标", "水利工程验收合格率", "100%", "100%", 7, 7, ""),
           # PLANT ROW_SCORE_OVER_WEIGHT: 5.5 of 5 “完成情况较好，加0.5分” against the 说明's 超额完成不加分
           ("产出指标", "质量指标", "农村供水工程水质检测合格率", "≥90%", "94.8%", 5, 5.5, "完成情况较好，加0.5分"),
           ("产出指标", "时效指标", "水利建设项目按期完工率", "≥95%", "96.7%", 6, 6, ""),
           ("产出指标", "成本指标", "小型水库除险加固单座平均投资", "≤180万元", "172万元", 6, 6, ""),
           # PLANT TARGET_MISSED_FULL_MARKS: 90.6% misses ≥92%, full 6, empty reason; proportion 5.91
           ("效益指标", "社会效益", "农村自来水普及率", "≥92%", "90.6%", 6, 6, ""),
           ("效益指标", "社会效益", "农村供水工程受益人口", "≥3.2万人", "3.35万人", 6, 6, ""),
           ("效益指标", "生态效益", "重要河湖水功能区水质达标率", "≥85%", "88.5%", 6, 6, ""),
           ("效益指标", "生态效益", "万元工业增加值用水量下降率", "≥3%", "3.4%", 5, 5, ""),
           ("效益指标", "可持续影响", "水利工程运行管护机制", "健全", "基本健全", 7, 6, "部分村级供水工程管护人员未落实，扣1分"),
           ("满意度指标", "服务对象满意度", "受益群众满意度", "≥90%", "92.3%", 5, 5, ""),
           ("满意度指标", "服务对象满意度", "农村用水户满意度", "≥90%", "87.4%", 5, P(87.4, 90, 5),
            "部分用水户反映供水设施维修响应不及时")]
    props(ind)
    miss = P(90.6, 92, 6)
    no_half(6 * 90.6 / 92, "miss")
    assert miss == 5.91
    assert ssum(ind, 5) == 90 and [ssum([x for x in ind if x[0] == n], 5) for n in ("产出指标", "效益指标", "满意度指标")] \
        == [50, 30, 10]
    assert off_prop(ind) == ["农村自来水普及率"] and over(ind) == ["农村供水工程水质检测合格率"] and met_lost(ind) == []
    assert below_no_reason(ind) == [] and qual_off(ind) == ["水利工程运行管护机制"]
    total = r2(ssum(ind, 6) + rs)
    assert total == 98.86, total
    true_total = r2(total - 0.5 - 6 + miss)
    assert true_total == 98.27 and grade(total) == grade(true_total) == "优", true_total
    g = gold(None, dept, 2024, "COUNTY", "云南省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ini, adj, ex, rate, parts[0][2], parts[0][3], parts[1][2], parts[1][3]), [],
             [fund_row(rate, rs)] + grows(ind))
    M = dict(dept=dept, parts=parts, ini=ini, adj=adj, ex=ex, rate=rate, prates=[rb, rp], rs=rs, ind=ind, total=total)
    fnd = [F("SPENDING_OVER_BUDGET", "项目支出",
             f"项目支出 | {mc(parts[1][1])} | {mc(parts[1][2])} | {mc(parts[1][3])} | — | {q(rp)} | —",
             mc(parts[1][3]), f"≤ {mc(parts[1][2])}", "HIGH", "WARNING",
             f"项目支出 spends {mc(parts[1][3])} against its own 全年预算数 {mc(parts[1][2])} ({q(rp)}, printed right), and "
             f"nothing in the form explains it; the 年度资金总额 stays under budget ({q(rate)}) only because 基本支出 "
             f"underspends ({q(rb)})"),
           F("TARGET_MISSED_FULL_MARKS", "农村自来水普及率", "效益指标 | 社会效益 | 农村自来水普及率 | ≥92% | 90.6% | 6 | 6 |",
             "6", f2(miss), "HIGH", "WARNING",
             f"90.6% is below ≥92%, yet the row keeps 6 of 6 with an empty 偏差原因 cell; the 说明's proportion rule gives "
             f"6 × 90.6 ÷ 92 = {f2(miss)}"),
           F("ROW_SCORE_OVER_WEIGHT", "农村供水工程水质检测合格率",
             "产出指标 | 质量指标 | 农村供水工程水质检测合格率 | ≥90% | 94.8% | 5 | 5.5 | 完成情况较好，加0.5分", "5.5",
             "≤ 5 (5)", "HIGH", "ERROR",
             "5.5 of 5 with “完成情况较好，加0.5分”, above the row's own 分值 and against the 说明's 超额完成不加分; the 总分 "
             f"{f2(total)} adds the 5.5 as printed (with both row plants corrected {f2(true_total)}, still 优)")]
    traps = ["the page is a flatbed SCAN MADE WITH THE LID OPEN: the sheet lies askew (about 1.2°) on a black surround — "
             "black wedges along the edges, the top edge lifted off the glass and shadowed, the bottom margin running off "
             "the bed; none of it is content and nothing printed is lost (the cut is below the signature line)",
             f"budget: 年初 1,086.20 + 2,460.00 = {mc(ini)}; 全年 1,126.40 + 2,846.30 = {mc(adj)}; 执行 1,062.35 + "
             f"2,871.54 = {mc(ex)}; {q(rate)}, 基本 {q(rb)}, 项目 {q(rp)} right; 年初 < 全年 (追加); 年度资金总额 "
             f"{q(rate)} × 10 = {f2(rs)}",
             "中小河流治理长度 6 × 11.2 ÷ 12 = 5.60, 农村用水户满意度 5 × 87.4 ÷ 90 = 4.86 (proportion, with reasons); "
             "水利工程运行管护机制 −1 with a reason",
             "水土流失综合治理面积 38 vs ≥38平方公里 (met exactly); 小型水库除险加固单座平均投资 172 vs ≤180万元 (a ceiling "
             "met; a unit cost, not a budget figure); 万元工业增加值用水量下降率 3.4% vs ≥3% (a reduction, met)",
             f"分值 10 + 90 = 100; 总分 {f2(total)} = the fund line + the 15 rows as printed; 优"]
    return {"stem": "h529_weishan_shuiwu", "format": "pdf", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "draw": draw529}


def draw529(rep, path):
    """the form printed on A4, laid on a 216 × 297 mm flatbed with the LID OPEN and scanned at 150 dpi (JPEG), the
    JPEG the only content of a one-page PDF"""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    M = rep["meta"]
    W, Hh = 1240, 1754
    page = Image.new("RGB", (W, Hh), (255, 255, 255))
    d = ImageDraw.Draw(page)
    fc = {}

    def font(sz, bold=False):
        if (sz, bold) not in fc:
            fc[(sz, bold)] = ImageFont.truetype(SERIF_B if bold else SERIF, sz, index=2)
        return fc[(sz, bold)]

    def wrap(s_, width_px, sz):
        out, cur = [], ""
        for ch in s_:
            if font(sz).getlength(cur + ch) > width_px:
                out.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            out.append(cur)
        return out or [""]

    def cell_text(x0, y0, x1, y1, s_, sz=16, bold=False, left=False):
        lines = wrap(s_, x1 - x0 - 10, sz)
        lh = sz + 5
        y = (y0 + y1) / 2 - lh * len(lines) / 2 + 2
        for ln in lines:
            if left:
                d.text((x0 + 5, y), ln, font=font(sz, bold), fill=(15, 15, 15))
            else:
                d.text(((x0 + x1) / 2, y), ln, font=font(sz, bold), fill=(15, 15, 15), anchor="ma")
            y += lh

    def hline(y_, x0, x1):
        d.line([(x0, y_), (x1, y_)], fill=(0, 0, 0), width=2)

    def vlines(y0, y1, xs):
        for x in xs:
            d.line([(x, y0), (x, y1)], fill=(0, 0, 0), width=2)
    L, R = 80, 1160
    d.text((W / 2, 92), "部门整体支出绩效自评表", font=font(34, True), fill=(0, 0, 0), anchor="ma")
    d.text((W / 2, 144), "（2024年度）", font=font(20), fill=(0, 0, 0), anchor="ma")
    d.text((L, 184), "部门（单位）名称（盖章）：" + M["dept"], font=font(17), fill=(0, 0, 0))
    d.text((R, 184), "金额单位：万元", font=font(17), fill=(0, 0, 0), anchor="ra")
    y = 216
    bx = [L, 200, 350, 500, 650, 800, 880, 1010, R]
    (nb, ib, ab, eb), (np_, ip, ap, ep) = M["parts"]
    lines = [["", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
             ["", "年度资金总额", mc(M["ini"]), mc(M["adj"]), mc(M["ex"]), "10", q(M["rate"]), f2(M["rs"])],
             ["", "其中：基本支出", mc(ib), mc(ab), mc(eb), "—", q(M["prates"][0]), "—"],
             ["", "　　　项目支出", mc(ip), mc(ap), mc(ep), "—", q(M["prates"][1]), "—"]]
    hline(y, L, R)
    y0b = y
    for k, r_ in enumerate(lines):
        for j in range(1, 8):
            cell_text(bx[j], y, bx[j + 1], y + 36, r_[j], 15, bold=(k == 0), left=(j == 1 and k > 0))
        vlines(y, y + 36, bx[1:])
        y += 36
        hline(y, bx[1], R)
    cell_text(L, y0b, bx[1], y, "年度预算执行情况（万元）", 15, True)
    vlines(y0b, y, [L])
    hline(y, L, R)
    gy0 = y
    cell_text(bx[1], y, 640, y + 30, "预期目标", 15, True)
    cell_text(640, y, R, y + 30, "实际完成情况", 15, True)
    vlines(y, y + 30, [bx[1], 640, R])
    y += 30
    hline(y, bx[1], R)
    cell_text(bx[1], y, 640, y + 96, "新建改造农村供水工程32处，治理水土流失38平方公里、中小河流12公里，完成5座小型水库除险加固；"
              "农村自来水普及率达到92%，巩固提升农村供水保障水平。", 14, left=True)
    cell_text(640, y, R, y + 96, "建成农村供水工程33处，治理水土流失38平方公里、中小河流11.2公里，5座小型水库除险加固完工；"
              "农村自来水普及率90.6%，受益人口3.35万人。", 14, left=True)
    vlines(y, y + 96, [bx[1], 640, R])
    y += 96
    cell_text(L, gy0, bx[1], y, "年度总体目标", 15, True)
    vlines(gy0, y, [L])
    hline(y, L, R)
    cols = [L, 170, 270, 450, 580, 700, 770, 840, R]
    ih = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    for j, v in enumerate(ih):
        cell_text(cols[j], y, cols[j + 1], y + 44, v, 15, True)
    vlines(y, y + 44, cols)
    y += 44
    hline(y, L, R)
    ind = M["ind"]
    ys = []
    for x in ind:
        hh = 54 if (len(x[7]) > 15 or len(x[2]) > 8 or len(x[1]) > 5) else 42
        ys.append((y, y + hh))
        for j in range(2, 8):
            v = fnum(x[j]) if isinstance(x[j], (int, float)) else x[j]
            cell_text(cols[j], y, cols[j + 1], y + hh, v, 14, left=(j in (2, 7)))
        y += hh
        hline(y, cols[2], R)
        vlines(ys[-1][0], y, cols[2:])
    for col in (0, 1):
        for a_, b_ in runs(ind, col):
            y0_, y1_ = ys[a_][0], ys[b_][1]
            cell_text(cols[col], y0_, cols[col + 1], y1_, ind[a_][col], 14)
            hline(y1_, cols[col], cols[col + 1])
    vlines(ys[0][0], y, [L, cols[1], cols[2]])
    cell_text(L, y, cols[5], y + 40, "总分", 17, True)
    cell_text(cols[5], y, cols[6], y + 40, "100", 15, True)
    cell_text(cols[6], y, cols[7], y + 40, f2(M["total"]), 15, True)
    cell_text(cols[7], y, R, y + 40, "自评等级：优", 15, True, left=True)
    vlines(y, y + 40, [L, cols[5], cols[6], cols[7], R])
    y += 40
    hline(y, L, R)
    y += 12
    for ln in wrap("说明：1.年度资金总额得分＝执行率×10；2." + NOTE_P + "；3.自评等级：" + BANDS77 + "。", R - L, 14):
        d.text((L, y), ln, font=font(14), fill=(0, 0, 0))
        y += 21
    y += 14
    d.text((L, y), "单位负责人：字正华　　财务负责人：罗春梅　　填表人：李晓东　　联系电话：0872-6121548　　"
                   "填报日期：2025年4月23日", font=font(14), fill=(0, 0, 0))
    assert y < 1690, y  # the signature line stays on the part of the sheet the bed covers
    # the scan: the sheet's top edge lifted off the glass (a shadow band fading downwards), a softer shade along the left
    # edge, paper tone; then the sheet rotated and laid on a black surround (the lid open: the room is dark)
    rs = np.random.RandomState(95529)
    a = np.asarray(page, dtype=np.float32) * np.array([0.975, 0.972, 0.962], dtype=np.float32)
    yy, xx = np.mgrid[0:Hh, 0:W].astype(np.float32)
    shade = (1 - 0.55 * np.exp(-yy / 38.0)) * (1 - 0.18 * np.exp(-xx / 16.0)) * (1 - 0.12 * np.exp(-(W - 1 - xx) / 12.0))
    a = a * shade[..., None]
    sheet = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    mask = Image.new("L", (W, Hh), 255)
    ang = 1.2
    sheet = sheet.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=(0, 0, 0))
    mask = mask.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=0)
    BW, BH = 1276, 1754  # the bed: 216 × 297 mm at 150 dpi
    bed = np.full((BH, BW, 3), 11.0, dtype=np.float32)
    bed = bed + rs.normal(0, 2.2, (BH, BW, 1))
    ox = (BW - sheet.width) // 2 + 4
    oy = (BH - sheet.height) // 2 + 18
    sh = np.asarray(sheet, dtype=np.float32)
    mk = np.asarray(mask, dtype=np.float32)[..., None] / 255.0
    # the part of the rotated sheet that falls on the bed
    x0, y0 = max(ox, 0), max(oy, 0)
    x1, y1 = min(ox + sheet.width, BW), min(oy + sheet.height, BH)
    sx0, sy0 = x0 - ox, y0 - oy
    region = bed[y0:y1, x0:x1]
    s_part = sh[sy0:sy0 + (y1 - y0), sx0:sx0 + (x1 - x0)]
    m_part = mk[sy0:sy0 + (y1 - y0), sx0:sx0 + (x1 - x0)]
    bed[y0:y1, x0:x1] = s_part * m_part + region * (1 - m_part)
    bed = bed + rs.normal(0, 2.6, (BH, BW, 1))
    img = Image.fromarray(np.clip(bed, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(0.45))
    jb = io.BytesIO()
    img.save(jb, "JPEG", quality=84, optimize=False, progressive=False, subsampling=2, dpi=(150, 150))
    pw, ph = BW / 150 * 72, BH / 150 * 72
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(pw, ph), invariant=1)
    c.drawImage(ImageReader(io.BytesIO(jb.getvalue())), 0, 0, width=pw, height=ph)
    c.showPage()
    c.save()
    docinfo(buf.getvalue(), path, "EPSON Scan", "EPSON Scan", "D:20250424101826+08'00'",
            drop=("/Title", "/Author", "/Subject", "/Keywords"))


ALL.append(h529())


# ============================================================ h530 紫阳县 (XLSX: 项目 自评表 + 补助资金发放花名册)

ROLL_PLACES = [("城关镇", "新桃村", 3), ("蒿坪镇", "金石村", 4), ("汉王镇", "马家营村", 3), ("焕古镇", "东河村", 4),
               ("向阳镇", "营梁村", 3), ("洞河镇", "麻园村", 4), ("洄水镇", "小河口村", 3), ("双桥镇", "庄房村", 4),
               ("高桥镇", "铁佛村", 3), ("红椿镇", "七里村", 3), ("毛坝镇", "染房村", 3), ("界岭镇", "松树村", 3)]


def roll530():
    """the payment roll: 40 households, 14 拆除重建 at 35,000元 and 26 修缮加固 from 15,000 to 25,000元 (520,000元 in
    all), names / IDs / accounts masked, 竣工验收 dates, 兑付 dates (37 within 30 days of 验收, 3 later); seeded"""
    import random
    rnd = random.Random(95530)
    sur = "陈王李张刘杨黄周吴徐胡朱何罗郑谢曹彭储覃邓"
    given = "华明兴国贵成德宝林春秀英桂芳强军发友福忠山清"
    rep = [35000] * 14 + [15000] * 4 + [18000] * 4 + [20000] * 10 + [22000] * 4 + [25000] * 4
    rnd.shuffle(rep)
    late = set(rnd.sample(range(40), 3))
    out, k = [], 0
    start = datetime.date(2024, 8, 12)
    for town, vil, n in ROLL_PLACES:
        for _ in range(n):
            s_ = rnd.choice(sur)
            nm = s_ + "*" + (rnd.choice(given) if rnd.random() < 0.75 else "")
            idn = "610924********" + f"{rnd.randint(0, 999):03d}" + rnd.choice("0123456789X")
            acct = "623027*********" + f"{rnd.randint(0, 9999):04d}"
            way = "拆除重建" if rep[k] == 35000 else "修缮加固"
            done = start + datetime.timedelta(days=rnd.randint(0, 107))
            paid = done + datetime.timedelta(days=(rnd.randint(31, 52) if k in late else rnd.randint(6, 28)))
            out.append(dict(town=town, vil=vil, name=nm, idn=idn, acct=acct, way=way, amt=rep[k], done=done, paid=paid))
            k += 1
    # the last 竣工验收 is the one the 时效 row names (2024年11月28日)
    last = max(range(40), key=lambda i: out[i]["done"])
    out[last]["done"] = datetime.date(2024, 11, 28)
    out[last]["paid"] = out[last]["done"] + datetime.timedelta(days=(40 if last in late else 12))
    return out


def h530():
    dept, unit = "紫阳县住房和城乡建设局", "紫阳县村镇建设管理站"
    project = "2024年紫阳县农村低收入群体等重点对象农房危房改造项目"
    src = [("中央财政补助资金", 60.00, 60.00, 57.20), ("省级财政补助资金", 25.00, 25.00, 23.80),
           ("县级财政配套资金", 20.00, 25.00, 20.00)]
    ini, adj, ex = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    assert (ini, adj, ex) == (105.00, 110.00, 101.00), (ini, adj, ex)
    rate, *srates = rates((ex, adj), *[(x[3], x[2]) for x in src])
    assert rate == 91.82 and srates == [95.33, 95.20, 80.00], (rate, srates)
    no_half(rate / 10, "rs")
    rs_true = r2(rate / 10)
    assert rs_true == 9.18
    no_half(ex / ini * 10, "rs on 年初")
    rs = 9.62  # PLANT BUDGET_ROW_SCORE: 执行率 91.82% × 10 = 9.18; the line prints 9.62 (= 101.00 ÷ 年初 105.00 × 10)
    assert rs == r2(ex / ini * 10)
    roll = roll530()
    assert len(roll) == 40 and sum(x["amt"] for x in roll) == 1010000 and r2(sum(x["amt"] for x in roll) / 10000) == ex
    assert sum(1 for x in roll if x["way"] == "拆除重建") == 14 and max(x["done"] for x in roll) == datetime.date(2024, 11, 28)
    on_time = sum(1 for x in roll if (x["paid"] - x["done"]).days <= 30)
    assert on_time == 37 and pct(on_time, 40) == 92.5
    ind = [  # PLANT SAME_FIGURE_DIFFERS: the row (and 实际完成情况) say 42户; the 花名册 pays 40 households (合计 40户)
           ("产出指标", "数量指标", "完成危房改造户数", "≥42户", "42户", 10, 10, ""),
           ("产出指标", "数量指标", "拆除重建户数", "≥14户", "14户", 6, 6, ""),
           ("产出指标", "数量指标", "入户房屋安全鉴定户数", "≥60户", "63户", 5, 5, ""),
           # PLANT TARGET_MET_POINTS_LOST: 100% meets 100%, yet 7 of 8 with an empty reason
           ("产出指标", "质量指标", "危房改造竣工验收合格率", "100%", "100%", 8, 7, ""),
           ("产出指标", "质量指标", "改造后房屋抗震设防达标率", "100%", "100%", 6, 6, ""),
           ("产出指标", "时效指标", "补助资金兑付及时率", "≥95%", "92.5%", 6, P(92.5, 95, 6),
            "3户因“一卡通”账户信息有误延迟兑付，已更正"),
           ("产出指标", "时效指标", "改造工程竣工时间", "2024年11月30日前", "2024年11月28日", 4, 4, ""),
           ("产出指标", "成本指标", "拆除重建户均补助标准", "≤3.5万元/户", "3.5万元/户", 5, 5, ""),
           ("效益指标", "社会效益", "农村低收入群体住房安全保障率", "100%", "100%", 10, 10, ""),
           ("效益指标", "社会效益", "受益群众人数", "≥150人", "156人", 8, 8, ""),
           ("效益指标", "可持续影响", "农房安全动态监测机制", "健全", "基本健全", 6, 5, "2个村动态监测台账更新不及时，扣1分"),
           ("效益指标", "可持续影响", "改造农户住房条件", "明显改善", "明显改善", 6, 6, ""),
           ("满意度指标", "服务对象满意度", "受益农户满意度", "≥90%", "88.6%", 10, P(88.6, 90, 10),
            "个别农户对施工进度不满意，已督促整改")]
    props(ind)
    assert ssum(ind, 5) == 90 and [ssum([x for x in ind if x[0] == n], 5) for n in ("产出指标", "效益指标", "满意度指标")] \
        == [50, 30, 10]
    assert off_prop(ind) == [] and over(ind) == [] and met_lost(ind) == ["危房改造竣工验收合格率"], met_lost(ind)
    assert below_no_reason(ind) == ["危房改造竣工验收合格率"] and qual_off(ind) == ["农房安全动态监测机制"]
    by_roll = P(40, 42, 10)
    no_half(10 * 40 / 42, "by roll")
    assert by_roll == 9.52
    total = r2(ssum(ind, 6) + rs)
    assert total == 97.30, total
    g = with_project(gold(None, dept, 2024, "COUNTY", "陕西省", "SELF_EVALUATION", None, total, 100, None,
                          budget(ini, adj, ex, rate), [], [fund_row(rate, rs)] + grows(ind)), project, unit)
    M = dict(dept=dept, unit=unit, project=project, src=src, srates=srates, ini=ini, adj=adj, ex=ex, rate=rate, rs=rs,
             ind=ind, total=total, roll=roll)
    fnd = [F("BUDGET_ROW_SCORE", "年度资金总额",
             f"年度资金总额 | {mc(ini)} | {mc(adj)} | {mc(ex)} | 10 | {q(rate)} | {f2(rs)}", f2(rs), f2(rs_true), "HIGH",
             "ERROR",
             f"the 说明's rule 年度资金总额得分＝执行率×10 gives {q(rate)} × 10 = {f2(rs_true)}; the line prints {f2(rs)}, "
             f"which is the 全年执行数 over the 年初预算数 ({mc(ex)} ÷ {mc(ini)} × 10); the rate itself ({mc(ex)} ÷ "
             f"{mc(adj)}) is right, so no EXECUTION_RATE; the 总分 adds the printed {f2(rs)}"),
           F("TARGET_MET_POINTS_LOST", "危房改造竣工验收合格率",
             "产出指标 | 质量指标 | 危房改造竣工验收合格率 | 100% | 100% | 8 | 7 |", "7", "8", "HIGH", "WARNING",
             "100% meets the target 100%, yet the row scores 7 of 8 with an empty 偏差原因 cell; the 说明 deducts only for a "
             "missed quantitative target (proportion) or a qualitative shortfall with a reason"),
           F("SAME_FIGURE_DIFFERS", "完成危房改造户数",
             "产出指标 | 数量指标 | 完成危房改造户数 | ≥42户 | 42户 | 10 | 10 | … 花名册：合计 | 40户 | … | 1,010,000.00",
             "42户", "40户 (花名册)", "HIGH", "WARNING",
             "the form says 42户 were done (the row, and the 实际完成情况's 拆除重建14户、修缮加固28户), the 补助资金发放花名册 on "
             "the second sheet pays 40 households (14 拆除重建 + 26 修缮加固, 合计 40户); its 1,010,000.00元 is the 全年执行数 "
             f"101.00万元 and its 37 payments within 30 days of 验收 are the row 补助资金兑付及时率's 92.5% (37 ÷ 40), so the "
             f"roll is the form's own evidence; by the roll the row misses ≥42户: 10 × 40 ÷ 42 = {f2(by_roll)}")]
    traps = ["the second sheet is the PAYMENT ROLL (补助资金发放花名册): one line per household with masked names (陈*华), "
             "masked ID numbers (610924********…) and masked 一卡通 accounts, 补助金额 in 元; it is evidence, not rows or "
             "budget lines; the masked digits are no figures; its 合计 1,010,000.00元 = 101.00万元 = the 全年执行数",
             f"fund lines: 年初 60.00 + 25.00 + 20.00 = {mc(ini)}; 全年 60.00 + 25.00 + 25.00 = {mc(adj)}; 执行 57.20 + "
             f"23.80 + 20.00 = {mc(ex)}; {q(rate)} and the lines' 95.33%, 95.20%, 80.00% right; none over; 年初 < 全年 (县级 "
             "追加)",
             "补助资金兑付及时率 6 × 92.5 ÷ 95 = 5.84 (its 92.5% = 37 of the roll's 40 paid within 30 days), 受益农户满意度 10 × "
             "88.6 ÷ 90 = 9.84 (proportion, with reasons); 农房安全动态监测机制 −1 with a reason",
             "拆除重建户数 14 vs ≥14户 (met exactly, and 14 拆除重建 lines in the roll); 拆除重建户均补助标准 3.5 vs "
             "≤3.5万元/户 (a ceiling met exactly; a unit subsidy = the roll's 35,000元, not a budget figure); 改造工程竣工时间 "
             "2024年11月28日 vs 11月30日前 (met; the roll's last 验收 date)",
             f"总分 {f2(total)} = the fund line as printed + the 13 rows; 分值 10 + 90 = 100; a 项目 form: no grade"]
    return {"stem": "h530_ziyang_zhujian", "format": "xlsx", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "write": write530}


def write530(rep, path):
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side
    M = rep["meta"]
    wb = openpyxl.Workbook()
    thin = Side(style="thin", color="000000")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)

    def put(ws, r, c, v, bold=False, fmt=None, box=True, left=False, size=10):
        cell = ws.cell(row=r, column=c, value=v)
        cell.font = Font(name="宋体", size=size, bold=bold)
        cell.alignment = Alignment(horizontal="left" if left else "center", vertical="center", wrap_text=True)
        if box:
            cell.border = bd
        if fmt:
            cell.number_format = fmt
        return cell

    def box_range(ws, r0, c0, r1, c1):
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                ws.cell(row=r, column=c).border = bd

    # ---- sheet 1: the form
    ws = wb.active
    ws.title = "项目支出绩效自评表"
    for c, w_ in zip("ABCDEFGH", (11, 13, 24, 16, 16, 8, 9, 30)):
        ws.column_dimensions[c].width = w_
    put(ws, 1, 1, "项目支出绩效自评表", True, box=False, size=16)
    ws.merge_cells("A1:H1")
    put(ws, 2, 1, "（2024年度）", box=False, size=11)
    ws.merge_cells("A2:H2")
    put(ws, 3, 8, "金额单位：万元", box=False, left=True)
    put(ws, 4, 1, "项目名称", True)
    put(ws, 4, 3, M["project"], left=True)
    ws.merge_cells("A4:B4")
    ws.merge_cells("C4:H4")
    put(ws, 5, 1, "主管部门", True)
    put(ws, 5, 3, M["dept"], left=True)
    put(ws, 5, 5, "实施单位", True)
    put(ws, 5, 6, M["unit"], left=True)
    ws.merge_cells("A5:B5")
    ws.merge_cells("C5:D5")
    ws.merge_cells("F5:H5")
    for j, t_ in enumerate(["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
        put(ws, 6, j + 1, t_ if j else t_, True)
    lines = [("年度资金总额", M["ini"], M["adj"], M["ex"], 10, M["rate"], M["rs"])]
    for k, (n, a, b, c) in enumerate(M["src"]):
        lines.append((("其中：" if k == 0 else "　　　") + n, a, b, c, "—", M["srates"][k], "—"))
    for i, (n, a, b, c, w_, rt, s_) in enumerate(lines):
        r = 7 + i
        put(ws, r, 2, n, i == 0, left=True)
        put(ws, r, 3, a, fmt="#,##0.00")
        put(ws, r, 4, b, fmt="#,##0.00")
        put(ws, r, 5, c, fmt="#,##0.00")
        put(ws, r, 6, w_)
        put(ws, r, 7, round(rt / 100, 6), fmt="0.00%")
        put(ws, r, 8, s_, fmt="0.00" if isinstance(s_, float) else None)
    ws.merge_cells(start_row=6, start_column=1, end_row=6 + len(lines), end_column=1)
    box_range(ws, 6, 1, 6 + len(lines), 1)
    g0 = 7 + len(lines)
    put(ws, g0, 1, "年度总体目标", True)
    put(ws, g0, 3, "预期目标", True)
    put(ws, g0, 6, "实际完成情况", True)
    put(ws, g0 + 1, 3, "完成农村低收入群体等重点对象农房危房改造42户，其中拆除重建14户；改造后房屋全部达到安全标准，补助资金于竣工验收"
                       "合格后30日内兑付到户，受益农户满意度达到90%以上。", left=True)
    put(ws, g0 + 1, 6, "完成危房改造42户，其中拆除重建14户、修缮加固28户，全部通过竣工验收；补助资金通过“一卡通”兑付到户（发放明细见"
                       "“补助资金发放花名册”）；受益农户满意度88.6%。", left=True)
    ws.merge_cells(start_row=g0, start_column=1, end_row=g0 + 1, end_column=2)
    ws.merge_cells(start_row=g0, start_column=3, end_row=g0, end_column=5)
    ws.merge_cells(start_row=g0, start_column=6, end_row=g0, end_column=8)
    ws.merge_cells(start_row=g0 + 1, start_column=3, end_row=g0 + 1, end_column=5)
    ws.merge_cells(start_row=g0 + 1, start_column=6, end_row=g0 + 1, end_column=8)
    box_range(ws, g0, 1, g0 + 1, 8)
    ws.row_dimensions[g0 + 1].height = 66
    r0 = g0 + 2
    for j, t_ in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]):
        put(ws, r0, j + 1, t_, True)
    ind = M["ind"]
    for i, x in enumerate(ind):
        r = r0 + 1 + i
        for j, v in enumerate(x[:8]):
            put(ws, r, j + 1, v if v != "" else None, fmt="0.00" if j == 6 and not float(v).is_integer() else None,
                left=j in (2, 7))
        ws.row_dimensions[r].height = 28
    for col in (0, 1):
        for a_, b_ in runs(ind, col):
            if b_ > a_:
                ws.merge_cells(start_row=r0 + 1 + a_, start_column=col + 1, end_row=r0 + 1 + b_, end_column=col + 1)
    rt = r0 + 1 + len(ind)
    put(ws, rt, 1, "总分", True)
    ws.merge_cells(start_row=rt, start_column=1, end_row=rt, end_column=5)
    box_range(ws, rt, 1, rt, 5)
    put(ws, rt, 6, 100, True)
    put(ws, rt, 7, M["total"], True, fmt="0.00")
    put(ws, rt, 8, None)
    put(ws, rt + 1, 1, "说明：1.年度资金总额得分＝执行率×10；2." + NOTE_P + "；3.总分＝年度资金总额得分＋各项绩效指标得分；4.补助资金"
                       "发放明细见本工作簿“补助资金发放花名册”。", box=False, left=True, size=9)
    ws.merge_cells(start_row=rt + 1, start_column=1, end_row=rt + 1, end_column=8)
    ws.row_dimensions[rt + 1].height = 44
    put(ws, rt + 2, 1, "单位负责人：邹德明　　财务负责人：覃小琴　　填表人：储文杰　　联系电话：0915-4321376　　"
                       "填报日期：2025年4月25日", box=False, left=True, size=9)
    ws.merge_cells(start_row=rt + 2, start_column=1, end_row=rt + 2, end_column=8)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{r0}:{r0}"
    # ---- sheet 2: the payment roll
    w2 = wb.create_sheet("补助资金发放花名册")
    for c, w_ in zip("ABCDEFGHIJ", (6, 9, 10, 10, 22, 10, 13, 13, 13, 22)):
        w2.column_dimensions[c].width = w_
    put(w2, 1, 1, "紫阳县2024年农村低收入群体等重点对象农房危房改造补助资金发放花名册", True, box=False, size=14)
    w2.merge_cells("A1:J1")
    put(w2, 2, 1, "填报单位：" + M["unit"], box=False, left=True)
    w2.merge_cells("A2:F2")
    put(w2, 2, 9, "金额单位：元", box=False, left=True)
    w2.merge_cells("I2:J2")
    for j, t_ in enumerate(["序号", "镇", "村", "户主姓名", "身份证号码", "改造方式", "竣工验收日期", "补助金额", "兑付日期",
                            "“一卡通”账号"]):
        put(w2, 3, j + 1, t_, True)
    for i, x in enumerate(M["roll"]):
        r = 4 + i
        for j, v in enumerate([i + 1, x["town"], x["vil"], x["name"], x["idn"], x["way"], x["done"], x["amt"], x["paid"],
                               x["acct"]]):
            put(w2, r, j + 1, v, fmt={6: "yyyy-mm-dd", 7: "#,##0.00", 8: "yyyy-mm-dd"}.get(j))
    rt2 = 4 + len(M["roll"])
    put(w2, rt2, 1, "合计", True)
    w2.merge_cells(start_row=rt2, start_column=1, end_row=rt2, end_column=3)
    box_range(w2, rt2, 1, rt2, 3)
    put(w2, rt2, 4, f"{len(M['roll'])}户", True)
    put(w2, rt2, 5, None)
    put(w2, rt2, 6, None)
    put(w2, rt2, 7, None)
    put(w2, rt2, 8, sum(x["amt"] for x in M["roll"]), True, fmt="#,##0.00")
    put(w2, rt2, 9, None)
    put(w2, rt2, 10, None)
    put(w2, rt2 + 1, 1, "注：1.户主姓名、身份证号码、“一卡通”账号已作脱敏处理；2.补助标准：拆除重建每户3.5万元，修缮加固按鉴定等级和"
                        "改造内容每户1.5万元至2.5万元；3.补助资金于竣工验收合格后30日内通过“一卡通”兑付到户。", box=False, left=True,
        size=9)
    w2.merge_cells(start_row=rt2 + 1, start_column=1, end_row=rt2 + 1, end_column=10)
    w2.row_dimensions[rt2 + 1].height = 40
    put(w2, rt2 + 2, 1, "经办人：储文杰　　审核人：邹德明　　制表日期：2024年12月20日", box=False, left=True, size=9)
    w2.merge_cells(start_row=rt2 + 2, start_column=1, end_row=rt2 + 2, end_column=10)
    w2.page_setup.orientation = "landscape"
    w2.page_setup.paperSize = 9
    w2.page_setup.fitToWidth = 1
    w2.page_setup.fitToHeight = 0
    w2.sheet_properties.pageSetUpPr.fitToPage = True
    w2.print_title_rows = "3:3"
    wb.properties.creator = "紫阳县村镇建设管理站"
    wb.properties.lastModifiedBy = "储文杰"
    wb.properties.created = datetime.datetime(2025, 4, 18, 9, 5)
    write_bytes(path, ooxml_bytes(lambda b: wb.save(b), fix_core))


ALL.append(h530())


# ============================================================ h531 巴东县 (DOCX: 竣工 road project, 概算 control table)

def h531():
    dept, unit = "巴东县交通运输局", "巴东县农村公路建设养护中心"
    project = "巴东县沿渡河镇至绿葱坡镇农村公路提档升级工程"
    ev = "湖北清江信衡工程咨询有限公司"
    src = [("中央车购税资金", 2400.00, 2400.00), ("省级交通专项资金", 900.00, 846.60), ("县级配套资金", 600.00, 500.00)]
    adj, ex = r2(sum(x[1] for x in src)), r2(sum(x[2] for x in src))
    assert (adj, ex) == (3900.00, 3746.60), (adj, ex)
    rate, *srates = rates((ex, adj), *[(x[2], x[1]) for x in src])
    assert rate == 96.07 and srates == [100.00, 94.07, 83.33], (rate, srates)
    # the investment control: 批复概算 | 合同金额 | 审定结算 by 费用项目 (预备费: no contract)
    inv = [("建筑安装工程费", 3560.00, 3468.52, 3420.36), ("工程建设其他费", 420.00, 386.40, 402.11),
           ("预备费", 140.00, None, 40.00)]
    est, con, fin = r2(sum(x[1] for x in inv)), r2(sum(x[2] or 0 for x in inv)), r2(sum(x[3] for x in inv))
    assert (est, con, fin) == (4120.00, 3854.92, 3862.47), (est, con, fin)
    save = [r2(x[1] - x[3]) for x in inv]
    assert save == [139.64, 17.89, 100.00] and r2(est - fin) == 257.53
    lrates = rates(*[(x[3], x[1]) for x in inv])
    assert lrates == [96.08, 95.74, 28.57], lrates
    ctrl_true = pct(fin, est)
    no_half(fin / est * 100, "ctrl")
    assert ctrl_true == 93.75
    ctrl_p = 93.57  # PLANT FORMULA: 3,862.47 ÷ 4,120.00 × 100% = 93.75%; the printed formula ends 93.57%
    retain = r2(fin * 0.03)
    no_half(fin * 3, "retain")
    assert retain == 115.87 and r2(fin - retain) == ex and r2(adj - ex - retain) == 37.53
    assert pct(r2(est - fin), est) == 6.25  # the 概算编制科学性 deduction's 节余6.25% follows the true 93.75%
    no_half(5 * rate / 100, "exec row")
    R = "按“实际完成值÷指标值×分值”计分，超额完成不加分"
    ind = [("决策", "项目立项", "立项依据充分性", "充分", "充分", 3, 3, "", "立项符合规划和部门职责、依据充分得3分，否则酌情扣分"),
           ("决策", "项目立项", "立项程序规范性", "规范", "规范", 3, 3, "", "按规定履行工可、初步设计及概算批复程序得3分，缺一项扣1分"),
           ("决策", "绩效目标", "绩效目标合理性", "合理", "基本合理", 3, 2, "绩效目标未区分建设期和运营期，扣1分",
            "目标明确、与实际相符得3分，否则酌情扣分"),
           ("决策", "绩效目标", "绩效指标明确性", "明确", "明确", 3, 3, "", "指标细化、量化得3分，否则酌情扣分"),
           ("决策", "资金投入", "概算编制科学性", "科学", "基本科学", 3, 2.5, "结算较概算节余6.25%，概算编制偏宽，扣0.5分",
            "审定结算与批复概算偏差在±5%以内得3分，超出的酌情扣分"),
           ("过程", "资金管理", "资金到位率", "100%", "100%", 4, 4, "", "到位率×分值"),
           ("过程", "资金管理", "预算执行率", "100%", q(rate), 5, r2(5 * rate / 100),
            f"质量保证金{mc(retain)}万元待缺陷责任期满后支付", "执行率×分值"),
           ("过程", "资金管理", "资金使用合规性", "合规", "合规", 4, 4, "", "按合同和进度拨付、无违规使用得4分，每发现一处违规扣1分"),
           ("过程", "组织实施", "招投标及合同管理规范性", "规范", "规范", 4, 4, "", "依法招标、合同要素完整得4分，否则酌情扣分"),
           ("过程", "组织实施", "设计变更管理规范性", "规范", "基本规范", 4, 3, "2项设计变更未按程序报批，扣1分",
            "设计变更按程序报批得4分，每发现一项未报批扣0.5分"),
           ("过程", "组织实施", "质量保证金预留规范性", "规范", "规范", 4, 4, "", "按合同约定预留3%质量保证金得4分，否则不得分"),
           ("产出", "产出数量", "路面提档升级里程", "≥28.6公里", "28.6公里", 7, 7, "", R),
           ("产出", "产出数量", "新建及改造桥梁", "≥3座", "3座", 5, 5, "", R),
           ("产出", "产出数量", "安防工程（波形护栏）", "≥12公里", "12.8公里", 5, 5, "", R),
           ("产出", "产出质量", "交工验收质量评定", "合格", "合格", 6, 6, "", "交工验收评定合格得6分，不合格不得分"),
           # PLANT RULE_SCORE: 2 months over the 合同工期 → the rule (每超期1个月扣1分) gives 6 − 2 = 4; the row gives 5
           ("产出", "产出时效", "工程按合同工期完工", "合同工期8个月", "实际工期10个月", 6, 5, "超合同工期2个月，扣1分",
            "按期完工得6分，每超期1个月扣1分，扣完为止"),
           ("产出", "产出成本", "投资控制率（审定结算÷批复概算）", "≤100%", q(ctrl_p), 6, 6, "",
            "投资控制率≤100%得6分，每超出1个百分点扣1分"),
           ("效益", "社会效益", "沿线受益群众", "≥4.2万人", "4.36万人", 5, 5, "", R),
           ("效益", "社会效益", "沿线乡镇间平均通行时间缩短", "≥20分钟", "25分钟", 5, 5, "", R),
           ("效益", "经济效益", "沿线农产品运输成本降低率", "≥10%", "12.5%", 5, 5, "", R),
           ("效益", "可持续影响", "公路管养责任落实", "落实", "落实", 5, 5, "", "管养主体、经费落实得5分，否则酌情扣分"),
           ("效益", "满意度", "沿线群众满意度", "≥90%", "88.2%", 5, P(88.2, 90, 5), "部分群众反映施工期间出行不便",
            "满意度≥90%得5分，低于90%按“满意度÷90%×分值”计分")]
    ind8 = [x[:8] for x in ind]
    props(ind8)
    assert off_prop(ind8) == [] and over(ind8) == [] and met_lost(ind8) == [] and below_no_reason(ind8) == []
    assert qual_off(ind8) == ["绩效目标合理性", "概算编制科学性", "设计变更管理规范性", "工程按合同工期完工"]
    rule_true = 4
    sc = secs(ind8, ["决策", "过程", "产出", "效益"])
    assert sc == [("决策", 15, 13.5), ("过程", 25, 23.8), ("产出", 35, 34), ("效益", 25, 24.9)], sc
    total = r2(sum(s[2] for s in sc))
    assert total == 96.20 and grade(total) == grade(r2(total - 1)) == "优", total
    sc_p = list(sc)
    sc_p[1] = ("过程", sc[1][1], 23.08)  # PLANT SECTION_VS_ROWS: the 过程 rows give 23.80; 表3 and 四（二） print 23.08
    g = gold(None, dept, 2024, "COUNTY", "湖北省", "THIRD_PARTY_EVALUATION", ev, total, 100, "优",
             budget(None, adj, ex, rate), sc_p, grows(ind8))
    g = with_project(g, project, unit)
    M = dict(dept=dept, unit=unit, project=project, ev=ev, src=src, srates=srates, adj=adj, ex=ex, rate=rate, inv=inv,
             est=est, con=con, fin=fin, save=save, lrates=lrates, ctrl=ctrl_p, retain=retain, ind=ind, sc=sc_p,
             total=total)
    fnd = [F("FORMULA", "投资控制率（二、项目资金及投资控制情况）",
             f"投资控制率＝审定结算金额÷批复概算×100%＝{mc(fin)}÷{mc(est)}×100%＝{q(ctrl_p)}", q(ctrl_p), q(ctrl_true),
             "HIGH", "ERROR",
             f"{mc(fin)} ÷ {mc(est)} = {q(ctrl_true)}; the printed formula's inputs do not give {q(ctrl_p)} (digits swapped); "
             f"表2's 合计 line and the 评分表 row 投资控制率 restate {q(ctrl_p)} (one figure, one finding); the row's full 6 stands "
             f"either way (≤100%); the 概算编制科学性 deduction's 节余6.25% (257.53 ÷ 4,120.00) matches {q(ctrl_true)}, and "
             "表2's three line rates (96.08%, 95.74%, 28.57%) are right"),
           F("SECTION_VS_ROWS", "过程（表3）", "过程 | 25 | 23.08", "23.08", "23.80", "HIGH", "ERROR",
             f"the 评分表's 过程 rows give 4 + {f2(r2(5 * rate / 100))} + 4 + 4 + 3 + 4 = 23.80; 表3 prints 23.08 (digits "
             f"swapped) and 四（二） repeats it (one figure, one finding); 表3's 合计 {f2(total)} is the rows' total, so no "
             f"TOTAL_VS_ROWS (表3's four scores as printed add to {f2(r2(total - 0.72))})"),
           F("RULE_SCORE", "工程按合同工期完工",
             "产出 | 产出时效 | 工程按合同工期完工 | 6 | 按期完工得6分，每超期1个月扣1分，扣完为止 | 合同工期8个月 | 实际工期10个月 | 5 | "
             "超合同工期2个月，扣1分", "5", f2(rule_true), "HIGH", "ERROR",
             "the row's own 评分标准 takes 1 point per month over the 合同工期; 10 months against 8 is 2 months over (一 also "
             "says 2024年2月开工, 11月交工, 较合同工期延后2个月) → 6 − 2 = 4; the row deducts only 1")]
    traps = ["the INVESTMENT-CONTROL table (表2: 批复概算 4,120.00 | 合同金额 3,854.92 | 审定结算 3,862.47 | 结余 257.53) is the "
             "project's investment, not its budget: the budget is 表1's 2024 预算安排 3,900.00 and 实际支出 3,746.60; the "
             "合同金额 and 审定结算 are no gold fields",
             f"表1: 2,400.00 + 900.00 + 600.00 = {mc(adj)}; 2,400.00 + 846.60 + 500.00 = {mc(ex)}; {q(rate)} and the lines' "
             f"100.00%, 94.07%, 83.33% right; none over; 实际支出 {mc(ex)} = 审定结算 {mc(fin)} − the 3% 质量保证金 "
             f"{mc(retain)} (kept back, not spent); 未支付 153.40 = {mc(retain)} + 结余 37.53",
             "表2: 3,560.00 + 420.00 + 140.00 = 4,120.00; 3,468.52 + 386.40 = 3,854.92 (预备费 no contract: “—”); 3,420.36 + "
             "402.11 + 40.00 = 3,862.47; 结余 139.64, 17.89, 100.00 = 257.53; the line rates 96.08%, 95.74%, 28.57% right; "
             "no line over its 概算 (the 预备费 drawn for 变更 only in part)",
             "预算执行率 row 5 × 96.07% = 4.80 (its rule, with its reason); 沿线群众满意度 5 × 88.2 ÷ 90 = 4.90 (its rule, with "
             "a reason); 设计变更管理规范性 2 × 0.5 = 1 (its rule); 绩效目标合理性 −1 and 概算编制科学性 −0.5 with reasons",
             "路面提档升级里程 28.6 vs ≥28.6公里 and 新建及改造桥梁 3 vs ≥3座 (met exactly); 投资控制率 ≤100% (a ceiling met "
             "whichever rate is right); 沿线农产品运输成本降低率 12.5% vs ≥10% (a reduction, met)",
             f"表3: 决策 15 | 13.5, 产出 35 | 34, 效益 25 | 24.9 equal their rows; 合计 100 | {f2(total)} = the 22 rows; 优 "
             f"(also with the RULE_SCORE corrected: {f2(r2(total - 1))})"]
    return {"stem": "h531_badong_jiaotong", "format": "docx", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "write": write531}


def write531(rep, path):
    M = rep["meta"]
    d, par = docx_base(M["project"] + "绩效评价报告", "清江信衡", datetime.datetime(2025, 5, 12, 9, 0),
                       datetime.datetime(2025, 6, 9, 16, 40))
    sc = {n: (w_, s_) for n, w_, s_ in M["sc"]}
    par(M["project"], 18, True, "c")
    par("绩效评价报告", 18, True, "c")
    for _ in range(3):
        par("", 12)
    par("委托单位：巴东县财政局", 13, False, "c")
    par("评价机构：" + M["ev"], 13, False, "c")
    par("报告编号：鄂清信衡绩评〔2025〕第021号", 13, False, "c")
    par("二〇二五年六月", 13, False, "c")
    d.add_page_break()
    par("巴东县财政局：", 12)
    par(f"受贵局委托，我公司组成评价组，对{M['project']}（以下简称“项目”）开展了绩效评价。本次评价以项目批复的建设内容、投资概算"
        "和绩效目标为依据，重点关注投资控制和建设管理情况，现将评价情况报告如下。", indent=True)
    par("一、项目概况", 14, True)
    par(f"项目由{M['dept']}主管、{M['unit']}组织实施，建设内容为沿渡河镇至绿葱坡镇农村公路路面提档升级28.6公里（四级改三级，"
        "沥青混凝土路面），新建及改造桥梁3座，增设波形护栏等安防工程12公里。项目于2024年2月开工，合同工期8个月，2024年11月通过"
        "交工验收，较合同工期延后2个月；2025年4月完成结算审计。", indent=True)
    par("二、项目资金及投资控制情况", 14, True)
    par(f"项目批复概算{mc(M['est'])}万元。2024年安排预算资金{mc(M['adj'])}万元，实际支出{mc(M['ex'])}万元，预算执行率"
        f"{q(M['rate'])}；未支付{mc(r2(M['adj'] - M['ex']))}万元，其中质量保证金{mc(M['retain'])}万元（审定结算金额的3%）待"
        f"缺陷责任期满后支付，结余{mc(r2(M['adj'] - M['ex'] - M['retain']))}万元。资金来源及支出情况见表1。", indent=True)
    par("表1　项目资金来源及支出情况（单位：万元）", 11, True, "c")
    data = [["资金来源", "预算安排数", "实际支出数", "执行率"]]
    for (n, a, b), r_ in zip(M["src"], M["srates"]):
        data.append([n, mc(a), mc(b), q(r_)])
    data.append(["合计", mc(M["adj"]), mc(M["ex"]), q(M["rate"])])
    docx_table(d, data, [], [48, 36, 36, 30], size=10, bold_rows=(0, len(data) - 1))
    par(f"项目合同金额{mc(M['con'])}万元，经审计审定结算金额{mc(M['fin'])}万元。投资控制率＝审定结算金额÷批复概算×100%＝"
        f"{mc(M['fin'])}÷{mc(M['est'])}×100%＝{q(M['ctrl'])}，结算较概算节余{mc(r2(M['est'] - M['fin']))}万元。投资控制"
        "情况见表2。", indent=True)
    par("表2　项目投资控制情况（单位：万元）", 11, True, "c")
    data = [["费用项目", "批复概算", "合同金额", "审定结算", "结算较概算节余", "结算占概算比例"]]
    for (n, a, b, c), s_, r_ in zip(M["inv"], M["save"], M["lrates"]):
        data.append([n, mc(a), mc(b) if b is not None else "—", mc(c), mc(s_), q(r_)])
    data.append(["合计", mc(M["est"]), mc(M["con"]), mc(M["fin"]), mc(r2(M["est"] - M["fin"])), q(M["ctrl"])])
    docx_table(d, data, [], [34, 26, 26, 26, 28, 28], size=10, bold_rows=(0, len(data) - 1))
    par("注：预备费动用40.00万元，用于K12+300段挡土墙加高等2项设计变更。", 9)
    par("三、绩效评价工作开展情况", 14, True)
    par("评价组采用资料核查、现场勘查和问卷调查相结合的方式开展评价，核查了项目批复、招投标、合同、变更、计量支付、交工验收和结算"
        "审计资料，现场抽查路段6公里、桥梁3座，向沿线群众发放问卷300份，收回有效问卷286份。", indent=True)
    par("四、绩效评价结论", 14, True)
    par(f"经综合评价，项目绩效评价得分{f2(M['total'])}分，评价等级为“优”（{BANDS77}）。各一级指标得分情况见表3。",
        indent=True)
    par("表3　一级指标得分情况", 11, True, "c")
    data = [["一级指标", "分值", "得分"]]
    for n, w_, s_ in M["sc"]:
        data.append([n, fnum(w_), f2(s_)])
    data.append(["合计", "100", f2(M["total"])])
    docx_table(d, data, [], [50, 36, 36], size=10, bold_rows=(0, len(data) - 1))
    par(f"（一）决策（{fnum(sc['决策'][0])}分），得分{f2(sc['决策'][1])}分。项目立项依据充分、程序规范；绩效目标未区分建设期和"
        "运营期，概算编制偏宽，共扣1.5分。", indent=True)
    par(f"（二）过程（{fnum(sc['过程'][0])}分），得分{f2(sc['过程'][1])}分。资金足额到位，使用合规，按约定预留质量保证金；"
        "2项设计变更未按程序报批，扣1分。", indent=True)
    par(f"（三）产出（{fnum(sc['产出'][0])}分），得分{f2(sc['产出'][1])}分。路面提档升级28.6公里、桥梁3座全部完成，波形护栏"
        "完成12.8公里，交工验收评定合格；工程超合同工期2个月。", indent=True)
    par(f"（四）效益（{fnum(sc['效益'][0])}分），得分{f2(sc['效益'][1])}分。沿线受益群众4.36万人，乡镇间平均通行时间缩短25分钟，"
        "农产品运输成本降低12.5%；沿线群众满意度88.2%。", indent=True)
    par("五、存在的问题", 14, True)
    par("（一）概算编制偏宽，审定结算较批复概算节余较多；（二）设计变更管理不够规范，2项变更先实施后报批；（三）工期控制不力，"
        "较合同工期延后2个月。", indent=True)
    par("六、有关建议", 14, True)
    par("（一）加强前期工作深度，提高概算编制精度；（二）严格执行设计变更审批程序；（三）强化施工组织和进度考核。", indent=True)
    par(M["ev"], 12, False, "r")
    par("2025年6月9日", 12, False, "r")
    d.add_page_break()
    par("附件", 12, True)
    par("绩效评价指标评分表", 14, True, "c")
    data = [["一级指标", "二级指标", "三级指标", "分值", "评分标准", "指标值", "完成值", "得分", "扣分原因"]]
    rows_, sp = ind_grid(M["ind"], (0, 1, 2, 5, 8, 3, 4, 6, 7), 1)
    data += rows_
    data.append(["合计", "", "", "100", "", "", "", f2(M["total"]), ""])
    sp.append((0, len(data) - 1, 2, len(data) - 1))
    docx_table(d, data, sp, [11, 14, 26, 9, 38, 17, 17, 10, 32], size=8, left=(2, 4, 8), bold_rows=(0, len(data) - 1))
    par("注：评分标准中“按比例计分”的定量指标，超额完成不加分；定性指标按评分标准并结合核查情况评分。", 9)
    write_bytes(path, ooxml_bytes(lambda b: d.save(b)))


ALL.append(h531())


# ============================================================ h532 宿松县 (HTML: 自评报告, one table per 年度绩效目标)

def goal_groups(ind):
    """h532's four goal tables: the rows of each goal (the fourth goal's label repeats the third's, so by position)"""
    return [ind[a:b] for a, b in ((0, 5), (5, 9), (9, 13), (13, 16))]


def h532():
    dept = "宿松县卫生健康委员会"
    parts = [("基本支出", 3268.40, 3412.56, 3398.21), ("项目支出", 5620.00, 6844.30, 5400.00)]
    ini, adj, ex = (r2(parts[0][k] + parts[1][k]) for k in (1, 2, 3))
    assert (ini, adj, ex) == (8888.40, 10256.86, 8798.21), (ini, adj, ex)
    rate, rb, rp = rates((ex, adj), (parts[0][3], parts[0][2]), (parts[1][3], parts[1][2]))
    assert (rate, rb, rp) == (85.78, 99.58, 78.90), (rate, rb, rp)
    no_half(rate / 10, "rs")
    rs = r2(rate / 10)
    assert rs == 8.58
    G1 = "目标一：提升基本公共卫生服务均等化水平"
    G2 = "目标二：加强疾病预防控制和妇幼健康服务"
    G3 = "目标三：推进县域医共体和基层医疗机构能力建设"
    G4 = "目标三：提高群众就医获得感和满意度"  # PLANT GOAL_LABELS: the fourth goal is labelled 目标三 again (目标四 missing)
    ind = [("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥5.8万人", "6.02万人", 6, 6, "", G1),
           ("产出指标", "数量指标", "家庭医生签约服务人数", "≥24万人", "20.4万人", 6, P(20.4, 24, 6),
            "部分外出务工人员未能签约，下一步推进线上签约", G1),
           ("产出指标", "数量指标", "0—6岁儿童健康管理率", "≥90%", "93.2%", 4, 4, "", G1),
           ("产出指标", "质量指标", "高血压患者基层规范管理服务率", "≥65%", "52%", 5, P(52, 65, 5),
            "村医随访能力不足，规范管理率偏低", G1),
           ("效益指标", "社会效益", "居民电子健康档案建档率", "≥90%", "92.4%", 6, 6, "", G1),
           ("产出指标", "数量指标", "适龄儿童免疫规划疫苗接种率", "≥90%", "98.1%", 6, 6, "", G2),
           ("产出指标", "质量指标", "孕产妇系统管理率", "≥90%", "78%", 6, P(78, 90, 6), "部分孕产妇县外分娩，系统管理信息缺失",
            G2),
           ("效益指标", "社会效益", "孕产妇死亡率", "≤12/10万", "0/10万", 6, 6, "", G2),
           ("效益指标", "可持续影响", "突发公共卫生事件应急处置机制", "健全", "基本健全", 6, 4.5,
            "应急物资储备不足，扣1.5分", G2),
           ("产出指标", "数量指标", "村卫生室标准化建设", "≥24个", "16个", 6, P(16, 24, 6), "8个村卫生室用地未落实，顺延至2025年",
            G3),
           # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: 三（三） says the works failed 消防验收 and are not in use; the row: 已完工, 6 of 6
           ("产出指标", "时效指标", "县中医院传染病区改造", "2024年底前完工", "已完工", 6, 6, "", G3),
           ("产出指标", "质量指标", "乡镇卫生院“优质服务基层行”推荐标准达标", "≥8家", "6家", 5, P(6, 8, 5),
            "2家卫生院设备配置未达推荐标准", G3),
           ("效益指标", "可持续影响", "县域内就诊率", "≥90%", "81.9%", 6, P(81.9, 90, 6), "部分重症患者转诊至省市医院", G3),
           ("效益指标", "社会效益", "基层医疗卫生机构诊疗量占比", "≥60%", "52.8%", 6, P(52.8, 60, 6), "基层首诊意识有待提高",
            G4),
           ("满意度指标", "服务对象满意度", "门诊患者满意度", "≥90%", "91.5%", 5, 5, "", G4),
           ("满意度指标", "服务对象满意度", "基层群众满意度", "≥90%", "79.2%", 5, P(79.2, 90, 5), "部分群众对村医服务时间不满意",
            G4)]
    ind8 = [x[:8] for x in ind]
    props(ind8)
    assert off_prop(ind8) == [] and over(ind8) == [] and met_lost(ind8) == [] and below_no_reason(ind8) == []
    assert qual_off(ind8) == ["突发公共卫生事件应急处置机制"]
    assert [len(g_) for g_ in goal_groups(ind)] == [5, 4, 4, 3] and all(len({x[8] for x in g_}) == 1 for g_ in
                                                                        goal_groups(ind))
    exec_row = ("预算执行", "", "预算执行率", "", q(rate), 10, rs, "")
    allr = [exec_row] + ind8
    sc = secs(allr, ["预算执行", "产出指标", "效益指标", "满意度指标"])
    assert [s[1] for s in sc] == [10, 50, 30, 10], sc
    total = r2(sum(s[2] for s in sc))
    assert total == 89.27 and grade(total) == "良", total
    grade_p = "优"  # PLANT GRADE_OUTSIDE_BANDS: 89.27 lies in the printed 80–90 band (良); the report says 优
    rows_g = [row("预算执行", None, "预算执行率", None, q(rate), 10, rs)] + \
        [row(x[0], x[1], x[2], x[3], x[4], x[5], x[6], goal=x[8]) for x in ind]
    g = gold(None, dept, 2024, "COUNTY", "安徽省", "SELF_EVALUATION", None, total, 100, grade_p,
             budget(ini, adj, ex, rate, parts[0][2], parts[0][3], parts[1][2], parts[1][3]), sc, rows_g)
    M = dict(dept=dept, parts=parts, ini=ini, adj=adj, ex=ex, rate=rate, prates=[rb, rp], rs=rs, ind=ind, sc=sc,
             total=total, grade=grade_p, goals=[G1, G2, G3, G4])
    fnd = [F("GOAL_LABELS", "年度绩效目标", f"（一）{G1} | （二）{G2} | （三）{G3} | （四）{G4}", "目标一, 目标二, 目标三, 目标三",
             "目标一, 目标二, 目标三, 目标四", "HIGH", "WARNING",
             "三 sets out four goals, each heading its own table, numbered （一）–（四） by the outline but labelled 目标一, 目标二, "
             "目标三, 目标三: the fourth goal (群众就医获得感和满意度) repeats 目标三 and 目标四 is missing (一 also says the bureau set "
             "四项年度绩效目标)"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "县中医院传染病区改造",
             "三（三）：县中医院传染病区改造工程主体已完工，但消防验收未通过，尚未完成竣工验收，未投入使用 | 产出指标 | 时效指标 | "
             "县中医院传染病区改造 | 2024年底前完工 | 已完工 | 6 | 6 |", "6", "< 6", "HIGH", "WARNING",
             "the report's own account says the works have not passed 竣工验收 and are not in use, the goal table prints 已完工 "
             "and full marks with no deduction; a time target not met by the year's end should lose points (how many the "
             "report's rules do not fix)"),
           F("GRADE_OUTSIDE_BANDS", "自评等级", f"综合自评得分{f2(total)}分，自评等级为“优” | 表6 … 合计 | 100 | {f2(total)} | 优",
             "优", "良", "HIGH", "WARNING",
             f"{f2(total)} lies in the report's own 80分（含）至90分 band, “良”; 优 needs 90 or more (with the narrative row "
             "corrected the total only falls further)")]
    traps = ["the indicator results are ONE TABLE PER 年度绩效目标 (表2–表5 under the goal headings （一）–（四）): the four "
             "tables are one indicator set, not four reports; 一级 names repeat across goals (产出指标 in every table) and are no "
             "section breaks; each goal table's 小计 row is the goal's subtotal ("
             + ", ".join(f"{f2(ssum(g_, 6))} of {fnum(ssum(g_, 5))}" for g_ in goal_groups(ind8)) + "), "
             "not a 一级 section and not a total; the portal chrome (nav, 当前位置, 发布时间 / 来源 / 浏览次数, footer) is not content",
             f"budget: 年初 3,268.40 + 5,620.00 = {mc(ini)}; 全年 3,412.56 + 6,844.30 = {mc(adj)}; 执行 3,398.21 + "
             f"5,400.00 = {mc(ex)}; {q(rate)}, 基本 {q(rb)}, 项目 {q(rp)} right; none over; the 预算执行率 line 10 × "
             f"{q(rate)} = {f2(rs)}",
             "家庭医生签约服务人数 6 × 20.4 ÷ 24 = 5.10, 高血压患者基层规范管理服务率 5 × 52 ÷ 65 = 4.00, 孕产妇系统管理率 6 × 78 ÷ "
             "90 = 5.20, 村卫生室标准化建设 6 × 16 ÷ 24 = 4.00, “优质服务基层行” 5 × 6 ÷ 8 = 3.75, 县域内就诊率 6 × 81.9 ÷ 90 = "
             "5.46, 基层诊疗量占比 6 × 52.8 ÷ 60 = 5.28, 基层群众满意度 5 × 79.2 ÷ 90 = 4.40 (proportion, each with a reason); "
             "应急处置机制 −1.5 with a reason",
             "孕产妇死亡率 0/10万 vs ≤12/10万 (a zero actual on a ceiling, met); 65岁及以上老年人健康管理人数 6.02 vs ≥5.8万人 "
             "(met)",
             f"表6: 预算执行 10 | {f2(rs)}, 产出 50, 效益 30, 满意度 10 equal their rows; 合计 {f2(total)} = the 预算执行率 line + "
             "the 16 goal rows"]
    return {"stem": "h532_susong_weijian", "format": "html", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "html": html532(M)}


def html532(M):
    (nb, ib, ab, eb), (np_, ip, ap, ep) = M["parts"]
    sc = {n: (w_, s_) for n, w_, s_ in M["sc"]}
    out = []
    P_ = lambda s_: out.append(f"<p>{E(s_)}</p>")  # noqa: E731
    Hh = lambda s_: out.append(f"<h3>{E(s_)}</h3>")  # noqa: E731
    Hh("一、部门基本情况")
    P_(f"{M['dept']}内设股室9个，下属县疾病预防控制中心、县妇幼保健院等事业单位6个，年末在职人员126人。2024年度，本部门围绕"
       "基本公共卫生服务、疾病预防控制和妇幼健康、县域医共体和基层能力建设、群众就医获得感四个方面设定四项年度绩效目标。")
    Hh("二、预算执行情况")
    P_(f"2024年度年初预算{mc(M['ini'])}万元，年中追加后全年预算{mc(M['adj'])}万元，全年执行{mc(M['ex'])}万元，预算执行率"
       f"{q(M['rate'])}。其中基本支出执行{mc(eb)}万元，项目支出执行{mc(ep)}万元，项目支出执行偏慢主要是县中医院传染病区改造工程"
       f"尚未完成竣工结算。预算执行率指标分值10分，按“执行率×分值”计得{f2(M['rs'])}分。")
    out.append('<p class="cap">表1　2024年度预算执行情况（单位：万元）</p>')
    out.append(html_table([["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"],
                           ["合计", mc(M["ini"]), mc(M["adj"]), mc(M["ex"]), q(M["rate"])],
                           ["基本支出", mc(ib), mc(ab), mc(eb), q(M["prates"][0])],
                           ["项目支出", mc(ip), mc(ap), mc(ep), q(M["prates"][1])]], [], cls="tb"))
    Hh("三、绩效目标完成情况")
    P_("本部门逐项对照年度绩效目标及其指标开展自评，各目标指标完成情况如下。")
    intro = {0: "全年为辖区老年人、儿童、慢性病患者提供基本公共卫生服务，家庭医生签约和高血压规范管理仍有差距。",
             1: "免疫规划和妇幼健康服务总体平稳，全年未发生孕产妇死亡，应急物资储备仍显不足。",
             2: "县中医院传染病区改造工程主体已完工，但消防验收未通过，尚未完成竣工验收，未投入使用；8个村卫生室因用地未落实，"
                "标准化建设顺延至2025年。",
             3: "门诊患者满意度保持较高水平，基层首诊和群众对村医服务的满意度有待提高。"}
    num = ["（一）", "（二）", "（三）", "（四）"]
    for k, gname in enumerate(M["goals"]):
        grp = goal_groups(M["ind"])[k]
        assert all(x[8] == gname for x in grp)
        out.append(f"<h4>{num[k]}{E(gname)}</h4>")
        P_(intro[k])
        data = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]]
        rows_, sp = ind_grid(grp, (0, 1, 2, 3, 4, 5, 6, 7), 1)
        data += rows_
        data.append(["小计", "", "", "", "", fnum(ssum(grp, 5)), f2(ssum(grp, 6)), ""])
        sp.append((0, len(data) - 1, 4, len(data) - 1))
        out.append(f'<p class="cap">表{k + 2}　{E(gname)}指标完成情况</p>')
        out.append(html_table(data, sp, cls="tb", left=(2, 7)))
    Hh("四、自评结论")
    P_(f"经自评，本部门2024年度部门整体支出综合自评得分{f2(M['total'])}分，自评等级为“{M['grade']}”（{BANDS77}）。"
       "一级指标得分情况见表6。")
    data = [["一级指标", "分值", "得分"]]
    for n, w_, s_ in M["sc"]:
        data.append([n, fnum(w_), f2(s_)])
    data.append(["合计", "100", f2(M["total"])])
    data.append(["自评等级", M["grade"], ""])
    out.append('<p class="cap">表6　一级指标得分汇总</p>')
    out.append(html_table(data, [(1, len(data) - 1, 2, len(data) - 1)], cls="tb"))
    Hh("五、存在的问题及改进措施")
    P_("（一）项目支出执行偏慢。将加快工程竣工验收和结算，提高预算执行率。（二）基层服务能力不足。将加强村医培训，推进家庭医生"
       "签约和慢病规范管理。（三）基础设施建设滞后。将协调落实村卫生室用地，督促县中医院传染病区改造工程尽快通过消防验收。")
    Hh("六、自评结果应用")
    P_("自评结果将在县政府门户网站公开，并作为2026年度部门预算编制和项目安排的重要参考。")
    out.append(f'<p class="r">{E(M["dept"])}</p>')
    out.append('<p class="r">2025年4月28日</p>')
    body = "\n".join(out)
    title = f"{M['dept']}2024年度部门整体支出绩效自评报告"
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{E(title)}_部门预决算_宿松县人民政府</title>
<meta name="SiteName" content="宿松县人民政府">
<meta name="ColumnName" content="部门预决算">
<meta name="PubDate" content="2025-05-06 10:15">
<style>
body{{font-family:"Microsoft YaHei",sans-serif;margin:0;background:#eef2f6}}
.head{{background:#1d5fa8;color:#fff;padding:16px 40px;font-size:24px}} .nav{{background:#17508f;padding:8px 40px}}
.nav a{{color:#fff;margin-right:24px;text-decoration:none;font-size:15px}}
.wrap{{width:1080px;margin:18px auto;background:#fff;padding:26px 40px}} .pos{{font-size:13px;color:#666}}
h1{{text-align:center;font-size:22px;margin:18px 0 8px}} .meta{{text-align:center;color:#888;font-size:13px;border-bottom:1px solid #ddd;padding-bottom:8px}}
.article p{{font-size:16px;line-height:1.9;text-indent:2em;margin:6px 0}} .article p.cap{{text-indent:0;text-align:center;font-weight:bold;font-size:14px}}
.article p.r{{text-align:right}} .article h3{{font-size:17px;margin:16px 0 6px}} .article h4{{font-size:16px;margin:14px 0 4px;text-indent:2em}}
table.tb{{border-collapse:collapse;margin:6px auto;width:100%}} table.tb th,table.tb td{{border:1px solid #333;font-size:13px;padding:4px 5px;text-align:center}}
table.tb td.l{{text-align:left}} table.tb th{{background:#f0f0f0}} .foot{{text-align:center;font-size:12px;color:#666;padding:22px}}
</style>
</head>
<body>
<div class="head">宿松县人民政府</div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjss/">走进宿松</a></div>
<div class="wrap">
<div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/czzj/">财政资金</a> &gt; 部门预决算</div>
<h1>{E(title)}</h1>
<div class="meta">发布时间：2025-05-06 10:15　　来源：县卫生健康委　　浏览次数：<span id="views">218</span>　　【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="article">
{body}
</div>
</div>
<div class="foot">主办：宿松县人民政府办公室　　网站标识码：3408260004　　皖ICP备05016728号<br>皖公网安备 34082602000118号</div>
</body>
</html>
"""


ALL.append(h532())


# ============================================================ h533 城口县 (PDF text: 自评报告 on the unit's 信笺 letterhead)

RULE533 = "时效指标：按期完成的得满分；延期1个月以内（含）的得分值的80%；延期3个月以上的不得分"  # PLANT MALFORMED_RULE


def h533():
    dept = "城口县农业农村委员会"
    parts = [("基本支出", 1486.30, 1532.60, 1528.44), ("项目支出", 8620.00, 10246.80, 9612.37)]
    ini_true, adj, ex = (r2(parts[0][k] + parts[1][k]) for k in (1, 2, 3))
    assert (ini_true, adj, ex) == (10106.30, 11779.40, 11140.81), (ini_true, adj, ex)
    ini_p = 10160.30  # PLANT BREAKDOWN_SUM: 1,486.30 + 8,620.00 = 10,106.30; the 合计 (二 and 表1) prints 10,160.30
    rate_true, rb, rp = rates((ex, adj), (parts[0][3], parts[0][2]), (parts[1][3], parts[1][2]))
    assert (rate_true, rb, rp) == (94.58, 99.73, 93.81), (rate_true, rb, rp)
    rate_p = 95.48  # PLANT EXECUTION_RATE: 11,140.81 ÷ 11,779.40 = 94.58%; 二, 表1 and the 预算执行率 row print 95.48%
    no_half(5 * rate_p / 100, "exec row")
    no_half(5 * rate_true / 100, "exec row true")
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 3, 3, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "基本明确", 3, 2, "2项指标未量化，扣1分"),
           ("决策", "预算配置", "预算编制科学性", "科学", "科学", 4, 4, ""),
           ("过程", "预算执行", "预算执行率", "100%", q(rate_p), 5, r2(5 * rate_p / 100), "执行率×分值"),
           ("过程", "预算管理", "资金使用合规性", "合规", "合规", 4, 4, ""),
           ("过程", "预算管理", "政府采购执行率", "100%", "100%", 3, 3, ""),
           ("过程", "预算管理", "管理制度健全性", "健全", "健全", 3, 3, ""),
           ("过程", "预算管理", "资产管理规范性", "规范", "基本规范", 5, 4, "3件固定资产未及时登记入账，扣1分"),
           ("产出", "数量指标", "高标准农田建设面积", "≥3.2万亩", "3.2万亩", 6, 6, ""),
           ("产出", "数量指标", "粮食播种面积", "≥24.5万亩", "24.8万亩", 6, 6, ""),
           ("产出", "数量指标", "农业社会化服务面积", "≥5万亩", "4.6万亩", 6, P(4.6, 5, 6), "山区地块分散，托管服务推进较慢"),
           ("产出", "质量指标", "农作物病虫害统防统治覆盖率", "≥45%", "46.8%", 5, 5, ""),
           ("产出", "质量指标", "动物强制免疫密度", "≥90%", "95.2%", 5, 5, ""),
           ("产出", "时效指标", "高标准农田建设项目完工时间", "按期（2024年11月底前）完工", "延期20天（2024年12月20日完工）",
            6, 4.8, "受连续降雨影响延期20天，按说明4延期1个月以内得分值的80%"),
           ("产出", "质量指标", "农产品质量安全例行监测合格率", "≥98%", "99.1%", 6, 6, ""),
           ("效益", "经济效益", "农村居民人均可支配收入增长率", "≥6%", "6.6%", 6, 6, ""),
           ("效益", "社会效益", "带动农户增收户数", "≥1.2万户", "1.26万户", 5, 5, ""),
           ("效益", "生态效益", "化肥使用量减少", "≥2%", "2.3%", 5, 5, ""),
           ("效益", "可持续影响", "农业面源污染防治长效机制", "健全", "基本健全", 5, 4, "部分乡镇畜禽粪污收运体系未建立，扣1分"),
           ("效益", "满意度", "服务对象满意度", "≥90%", "86.5%", 9, P(86.5, 90, 9), "部分农户对农技服务到户频次不满意")]
    props(ind)
    assert off_prop(ind) == [] and over(ind) == [] and met_lost(ind) == [] and below_no_reason(ind) == []
    assert qual_off(ind) == ["绩效指标明确性", "资产管理规范性", "高标准农田建设项目完工时间", "农业面源污染防治长效机制"]
    sc = secs(ind, ["决策", "过程", "产出", "效益"])
    assert [s[1] for s in sc] == [10, 20, 40, 30], sc
    total = r2(sum(s[2] for s in sc))
    assert total == 94.74 and grade(total) == "优", total
    true_total = r2(total - r2(5 * rate_p / 100) + r2(5 * rate_true / 100))
    assert grade(true_total) == "优"
    g = gold(None, dept, 2024, "COUNTY", "重庆市", "SELF_EVALUATION", None, total, 100, "优",
             budget(ini_p, adj, ex, rate_p, parts[0][2], parts[0][3], parts[1][2], parts[1][3]), sc, grows(ind))
    M = dict(dept=dept, parts=parts, ini=ini_p, adj=adj, ex=ex, rate=rate_p, prates=[rb, rp], ind=ind, sc=sc,
             total=total)
    fnd = [F("MALFORMED_RULE", "说明4（时效指标）", "说明：…4." + RULE533 + "；", RULE533,
             "bands that leave no gap, e.g. 延期1个月以上3个月以内（含）的得分值的50%", "HIGH", "WARNING",
             "the rule scores a delay of up to one month (80%) and one of more than three months (0), but says nothing of a "
             "delay between one and three months: a gap in the bands; the one 时效 row that is late (20 days) lies in the "
             "first band and its 4.8 = 6 × 80% follows the rule, so no row score is affected"),
           F("BREAKDOWN_SUM", "年初预算数（合计）",
             f"合计 | {mc(ini_p)} | {mc(adj)} | {mc(ex)} | {q(rate_p)} … 基本支出 | {mc(parts[0][1])} … 项目支出 | "
             f"{mc(parts[1][1])}", mc(ini_p), mc(ini_true), "HIGH", "ERROR",
             f"基本支出 {mc(parts[0][1])} + 项目支出 {mc(parts[1][1])} = {mc(ini_true)}; 二（一） and 表1 print the 年初预算 合计 "
             f"as {mc(ini_p)} (digits swapped); the 全年预算数 and 全年执行数 columns add up"),
           F("EXECUTION_RATE", "预算执行率",
             f"全年执行{mc(ex)}万元，预算执行率{q(rate_p)} | 表1 合计 … {q(rate_p)} | 附表 过程 | 预算执行 | 预算执行率 | 100% | "
             f"{q(rate_p)} | 5 | {f2(r2(5 * rate_p / 100))}", q(rate_p), q(rate_true), "HIGH", "ERROR",
             f"{mc(ex)} ÷ {mc(adj)} = {q(rate_true)}; 二（一）, 表1 and the 附表's 预算执行率 row all print {q(rate_p)} (one "
             f"figure restated, one finding); the row's {f2(r2(5 * rate_p / 100))} follows the printed rate (on the true "
             f"rate 5 × {q(rate_true)} = {f2(r2(5 * rate_true / 100))}, total {f2(true_total)}, still 优); the parts' "
             f"{q(rb)} and {q(rp)} are right")]
    traps = ["the report is printed on the unit's LETTERHEAD (信笺): every page opens with “重庆市城口县农业农村委员会” in red "
             "over a red double rule and closes with a red rule over the unit's address, 邮政编码 405900 and 电话 "
             "023-59222568; the letterhead is stationery, repeated on every page — no title, no figures of the report",
             f"budget: 全年 1,532.60 + 10,246.80 = {mc(adj)}; 执行 1,528.44 + 9,612.37 = {mc(ex)}; 基本 {q(rb)}, 项目 "
             f"{q(rp)} right; none over; 年初 < 全年 (追加)",
             "农业社会化服务面积 6 × 4.6 ÷ 5 = 5.52, 服务对象满意度 9 × 86.5 ÷ 90 = 8.65 (proportion, with reasons); 高标准农田"
             "建设项目完工时间 4.8 = 6 × 80% (20 days late, the 说明4's first band — partial marks legitimately paid); the 决策 / "
             "过程 / 效益 deductions each with a reason",
             "高标准农田建设面积 3.2 vs ≥3.2万亩 (met exactly); 化肥使用量减少 2.3% vs ≥2% (a reduction, met)",
             f"三's headings 决策 10 / 9, 过程 20 / {f2(sc[1][2])}, 产出 40 / {fnum(sc[2][2])}, 效益 30 / {fnum(sc[3][2])} equal "
             f"their rows; 综合自评得分 {f2(total)} = the 20 rows; 优"]
    return {"stem": "h533_chengkou_nongye", "format": "pdf", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "draw": draw533}


def draw533(rep, path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate, Spacer
    M = rep["meta"]
    para, tab, _mm = rl_kit()
    sc = {n: (w_, s_) for n, w_, s_ in M["sc"]}
    (nb, ib, ab, eb), (np_, ip, ap, ep) = M["parts"]
    Wp, Hp = A4
    red = colors.HexColor("#d7000f")

    def letterhead(canv, doc):
        canv.saveState()
        canv.setFillColor(red)
        canv.setStrokeColor(red)
        canv.setFont("STSong-Light", 24)
        name = "重庆市城口县农业农村委员会"
        canv.drawCentredString(Wp / 2, Hp - 24 * mm, name, charSpace=3)
        canv.setLineWidth(2.2)
        canv.line(16 * mm, Hp - 29 * mm, Wp - 16 * mm, Hp - 29 * mm)
        canv.setLineWidth(0.6)
        canv.line(16 * mm, Hp - 30.4 * mm, Wp - 16 * mm, Hp - 30.4 * mm)
        canv.setLineWidth(0.6)
        canv.line(16 * mm, 17 * mm, Wp - 16 * mm, 17 * mm)
        canv.setFont("STSong-Light", 8.5)
        canv.drawCentredString(Wp / 2, 12 * mm, "地址：重庆市城口县葛城街道北大街84号　　邮政编码：405900　　电话：023-59222568")
        canv.setFillColor(colors.black)
        canv.setFont("STSong-Light", 9)
        canv.drawCentredString(Wp / 2, 20 * mm, f"— {canv.getPageNumber()} —")
        canv.restoreState()
    frame = Frame(20 * mm, 25 * mm, Wp - 40 * mm, Hp - 60 * mm, id="body")
    doc = BaseDocTemplate(io.BytesIO(), pagesize=A4, invariant=1)
    doc.addPageTemplates([PageTemplate("xj", [frame], onPage=letterhead)])
    p = lambda s_: para("p", s_)  # noqa: E731
    h = lambda s_: para("h", s_)  # noqa: E731
    story = [para("t", M["dept"] + "2024年度部门整体支出绩效自评报告"),
             h("一、部门基本情况"),
             p("城口县农业农村委员会内设科室10个，下属事业单位4个，年末在职人员112人。主要职责是统筹推进全县乡村振兴、粮食和重要农产品"
               "稳产保供、高标准农田建设、农业技术推广和动物防疫等工作。"),
             h("二、部门整体支出及绩效目标完成情况"),
             p("（一）预算执行情况"),
             p(f"2024年度年初预算{mc(M['ini'])}万元，其中基本支出{mc(ib)}万元、项目支出{mc(ip)}万元；年中追加高标准农田建设等专项"
               f"资金后，全年预算{mc(M['adj'])}万元，全年执行{mc(M['ex'])}万元，预算执行率{q(M['rate'])}。其中基本支出全年预算"
               f"{mc(ab)}万元，执行{mc(eb)}万元；项目支出全年预算{mc(ap)}万元，执行{mc(ep)}万元。"),
             para("cap", "表1　2024年度预算执行情况（万元）"),
             tab([["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"],
                  ["合计", mc(M["ini"]), mc(M["adj"]), mc(M["ex"]), q(M["rate"])],
                  ["基本支出", mc(ib), mc(ab), mc(eb), q(M["prates"][0])],
                  ["项目支出", mc(ip), mc(ap), mc(ep), q(M["prates"][1])]], [30, 34, 34, 34, 28], head=1),
             Spacer(1, 3 * mm),
             p("（二）绩效目标完成情况"),
             p("全年建成高标准农田3.2万亩，粮食播种面积稳定在24.8万亩，农作物病虫害统防统治覆盖率46.8%，动物强制免疫密度95.2%，"
               "农产品质量安全例行监测合格率99.1%；农村居民人均可支配收入增长6.6%，带动1.26万户农户增收。"),
             p("（三）未完成的目标及原因"),
             p("农业社会化服务面积4.6万亩，未达到5万亩的年度目标，主要是山区地块分散、托管服务推进较慢；高标准农田建设项目受连续降雨"
               "影响，较计划延期20天完工。"),
             h("三、绩效自评情况"),
             p("本部门按照决策、过程、产出、效益四个方面设置指标，逐项对照年度指标值自评，评分明细见附表。"),
             p(f"（一）决策（分值{fnum(sc['决策'][0])}分，得分{fnum(sc['决策'][1])}分）。绩效目标与部门职责相符；2项指标未量化，"
               "扣1分。"),
             p(f"（二）过程（分值{fnum(sc['过程'][0])}分，得分{f2(sc['过程'][1])}分）。预算执行率{q(M['rate'])}，按“执行率×分值”"
               "计分；3件固定资产未及时登记入账，扣1分。"),
             p(f"（三）产出（分值{fnum(sc['产出'][0])}分，得分{fnum(sc['产出'][1])}分）。农业社会化服务面积未达目标，按比例计分；"
               "高标准农田建设项目延期20天完工，按说明计分值的80%。"),
             p(f"（四）效益（分值{fnum(sc['效益'][0])}分，得分{fnum(sc['效益'][1])}分）。部分乡镇畜禽粪污收运体系未建立，扣1分；"
               "服务对象满意度86.5%，按比例计分。"),
             h("四、自评结论"),
             p(f"综合自评得分{f2(M['total'])}分，自评等级为“优”（{BANDS77}）。"),
             h("五、存在的问题及改进措施"),
             p("（一）项目前期工作不够扎实，年中追加较多。下一步将提前谋划项目，提高年初预算到位率。（二）社会化服务推进较慢。将培育"
               "农业社会化服务组织，扩大托管服务面积。（三）资产管理有待加强。将定期盘点，及时登记入账。"),
             h("六、自评结果应用"),
             p("自评结果在县政府门户网站公开，并作为2026年部门预算安排和改进管理的重要依据。"),
             para("r", M["dept"]), para("r", "2025年4月24日"),
             PageBreak(),
             para("h", "附表"), para("t", M["dept"] + "2024年度部门整体支出绩效自评表")]
    data = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因及扣分说明"]]
    rows_, sp = ind_grid(M["ind"], (0, 1, 2, 3, 4, 5, 6, 7), 1)
    data += rows_
    data.append(["合计", "", "", "", "", "100", f2(M["total"]), ""])
    sp.append((0, len(data) - 1, 4, len(data) - 1))
    story.append(tab(data, [13, 16, 30, 24, 24, 10, 11, 42], head=1, spans=sp, left=(2, 7)))
    story.append(Spacer(1, 2 * mm))
    story.append(para("n", "说明：1.预算执行率得分＝执行率×分值；2." + NOTE_P + "；3.满意度指标未达到年度指标值的按比例计分；4."
                           + RULE533 + "；5.自评等级：" + BANDS77 + "。"))
    story.append(para("n", "填表人：向春燕　　联系电话：023-59222568　　填报日期：2025年4月24日"))
    buf = io.BytesIO()
    doc.filename = buf
    doc.title, doc.author, doc.creator, doc.producer = "部门整体支出绩效自评报告", "向春燕", "Microsoft® Word 2019", ""
    doc.build(story)
    docinfo(buf.getvalue(), path, "Microsoft® Word 2019", "Microsoft® Word 2019", "D:20250424162000+08'00'")


ALL.append(h533())


def drop_test():
    """for every planted finding in turn: would write_gold's recheck stop without it? (nothing is written)"""
    import heldout4
    for rep in sorted(ALL, key=lambda r: r["stem"]):
        seen = heldout4.recheck(rep.get("check_gold") or rep["gold"])
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
    round_main(argv, sorted(ALL, key=lambda r: r["stem"]), "95")


if __name__ == "__main__":
    main(sys.argv[1:])
