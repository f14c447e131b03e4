#!/usr/bin/python3
"""Round 92 (h514–h518): publication families not used before, each with THREE PLANTED audit problems, made apart
from the code by the corpus92 session. Specs, rendering, gold and findings in this one file; every planted figure
carries `# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a
report whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 -B corpus-heldout/src/reports92.py [h514 …]      # gold, findings, files
    /usr/bin/python3 -B corpus-heldout/src/reports92.py --drop         # drop each planted finding in turn
h514 a 部门整体 自评表 open in a spreadsheet program, PHOTOGRAPHED OFF THE MONITOR with a phone (拍屏: moiré bands,
     the pixel grid, keystone, glare, the bezel), JPEG (灌云县, 连云港市);
h515 a 项目 自评表 EXPORTED FROM APPLE NUMBERS to XLSX: a 导出摘要 sheet first, one worksheet per Numbers table
     (“2024年度 - 项目信息”, “2024年度 - 资金情况”, “2024年度 - 绩效指标”), XLSX (庆安县, 绥化市);
h516 a prose 部门整体 自评报告 as an INTERNET ARCHIVE (Wayback Machine) CAPTURE of the district portal's article: the
     injected toolbar, every link rewritten to /web/<timestamp>/…, the archive's closing comment, HTML (乐都区, 海东市);
h517 a third-party 项目 评价报告 written in Apple Pages and exported on macOS (Producer “… Quartz PDFContext”, Creator
     Pages; Pages-style tables: a tinted header row, horizontal rules only, banded rows), PDF text (凉城县, 乌兰察布市);
h518 a 部门整体 自评表 with a 加分项 block (bonus points for 表彰 / 经验推广, capped) added to the 指标得分 by a printed
     formula 综合得分＝指标得分＋加分, DOCX (会理市, 凉山彝族自治州).
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因 / 说明[, 评分标准]).
"""
import copy
import datetime
import html as htmlmod
import io
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402,F401
from heldout import budget, gold  # noqa: E402
from reports4 import F  # noqa: E402
from reports22 import s2, r2, with_project  # noqa: E402
from reports36_common import grade, P, main as round_main  # noqa: E402
from reports66 import missed_ok, mc, q, f2, no_half  # noqa: E402,F401
from reports77 import ooxml_bytes, fnum, BANDS77  # noqa: E402
from reports79 import fund_row, rl_kit, below_no_reason, runs  # noqa: E402  (importing reports79 writes nothing)
from reports84 import grows, props, rates, write_bytes, ind_grid, docx_table, html_table, docx_base  # noqa: E402

ALL = []
E = htmlmod.escape
FIXED_MOD = "2025-08-25T09:00:00Z"
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SANS_B = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"


def fix_core(name, data):
    """core.xml with a fixed 'modified' (openpyxl stamps the current time on save) — copied from round 91"""
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
    """rows at or above a quantitative target that lose points"""
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


NOTE_P = ("定量指标未达到年度指标值的按“实际完成值÷年度指标值×分值”计分，超额完成不加分；定性指标未完全达成的，视情况扣分并"
          "说明原因")


# ============================================================ h514 灌云县 (JPEG: 部门整体 自评表 photographed off a monitor)

def h514():
    dept = "灌云县卫生健康委员会"
    parts = [("基本支出", 4126.50, 4388.20, 4352.76), ("项目支出", 2860.00, 3514.60, 3238.45)]
    ini, adj, ex = (r2(sum(x[k] for x in parts)) for k in (1, 2, 3))
    assert (ini, adj, ex) == (6986.50, 7902.80, 7591.21), (ini, adj, ex)
    rate_true, rb, rp = rates((ex, adj), (parts[0][3], parts[0][2]), (parts[1][3], parts[1][2]))
    assert (rate_true, rb, rp) == (96.06, 99.19, 92.14), (rate_true, rb, rp)
    rate_p = 96.60  # PLANT EXECUTION_RATE: 7,591.21 ÷ 7,902.80 = 96.06%; the head block prints 96.60%
    rs = r2(rate_p / 10)  # the line's score follows the printed rate (one slip, one finding)
    assert rs == 9.66
    ind = [("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥6.2万人", "6.35万人", 6, 6, ""),
           ("产出指标", "数量指标", "家庭医生签约服务人数", "≥38万人", "36.1万人", 6, P(36.1, 38, 6),
            "部分乡镇签约团队人员调整，进度滞后"),
           ("产出指标", "数量指标", "村卫生室标准化建设", "≥24所", "24所", 6, 6, ""),
           # PLANT TARGET_MISSED_FULL_MARKS: 552 of ≥600人次 keeps 5 of 5, empty reason; the 说明's rule gives 4.60
           ("产出指标", "数量指标", "乡村医生培训", "≥600人次", "552人次", 5, 5, ""),
           ("产出指标", "质量指标", "孕产妇系统管理率", "≥90%", "93.2%", 5, 5, ""),
           ("产出指标", "质量指标", "婴儿死亡率", "≤5‰", "3.1‰", 5, 5, ""),
           ("产出指标", "时效指标", "公共卫生补助资金拨付及时率", "100%", "100%", 5, 5, ""),
           ("产出指标", "成本指标", "人均基本公共卫生服务经费补助标准", "≥94元", "94元", 4, 4, ""),
           ("效益指标", "社会效益", "居民健康素养水平", "≥30%", "31.6%", 8, 8, ""),
           ("效益指标", "社会效益", "县域内就诊率", "≥90%", "88.2%", 8, P(88.2, 90, 8), "部分重症患者转外就医"),
           ("效益指标", "社会效益", "传染病报告及时率", "≥98%", "99.6%", 6, 6, ""),
           ("效益指标", "可持续影响", "紧密型县域医共体建设", "持续推进", "基本建成", 6, 5, "医保打包付费改革尚在推进，扣1分"),
           ("满意度指标", "服务对象满意度", "患者满意度", "≥90%", "92.4%", 10, 10, ""),
           ("满意度指标", "服务对象满意度", "签约居民满意度", "≥90%", "86.4%", 10, P(86.4, 90, 10),
            "签约服务内容宣传不到位，居民知晓率不高")]
    props(ind, skip=("乡村医生培训",))
    assert ssum(ind, 5) == 90
    assert off_prop(ind) == ["乡村医生培训"] and over(ind) == [] and met_lost(ind) == []
    assert below_no_reason(ind) == []
    rows_total = r2(ssum(ind, 6) + rs)
    assert rows_total == 97.80, rows_total
    total_p = 97.08  # PLANT TOTAL_VS_ROWS: the fund line 9.66 + the 14 rows = 97.80; the 总分 prints 97.08
    true_total = r2(r2(rate_true / 10) + ssum(ind, 6) - 5 + P(552, 600, 5))
    assert grade(total_p) == grade(rows_total) == grade(true_total) == "优", (total_p, true_total)
    g = gold(None, dept, 2024, "COUNTY", "江苏省", "SELF_EVALUATION", None, total_p, 100, "优",
             budget(ini, adj, ex, rate_p, parts[0][2], parts[0][3], parts[1][2], parts[1][3]), [],
             [fund_row(rate_p, rs)] + grows(ind))
    M = dict(dept=dept, parts=parts, ini=ini, adj=adj, ex=ex, rate=rate_p, prates=[rb, rp], rs=rs, ind=ind,
             total=total_p)
    fnd = [F("EXECUTION_RATE", "年度资金总额",
             f"年度资金总额 | {mc(ini)} | {mc(adj)} | {mc(ex)} | 10 | {q(rate_p)} | {f2(rs)}", q(rate_p), q(rate_true),
             "HIGH", "ERROR",
             f"{mc(ex)} ÷ {mc(adj)} = {q(rate_true)}, the block prints {q(rate_p)} (digits swapped); the line's 得分 "
             f"{f2(rs)} follows the printed rate (the 说明's 执行率×10 gives {f2(r2(rate_true / 10))}): one slip, one "
             "finding; the parts' rates (99.19%, 92.14%) are right"),
           F("TARGET_MISSED_FULL_MARKS", "乡村医生培训", "产出指标 | 数量指标 | 乡村医生培训 | ≥600人次 | 552人次 | 5 | 5 |",
             "5", f2(P(552, 600, 5)), "HIGH", "WARNING",
             f"552 of ≥600人次 is below target, yet the row keeps full marks with an empty 偏差原因; the 说明's rule gives "
             f"5 × 552 ÷ 600 = {f2(P(552, 600, 5))}"),
           F("TOTAL_VS_ROWS", "总分", f"总分 | 100 | {f2(total_p)} | 自评等级：优", f2(total_p), f2(rows_total),
             "HIGH", "ERROR",
             f"the fund line as printed ({f2(rs)}) + the 14 rows ({f2(ssum(ind, 6))}) = {f2(rows_total)}, the 总分 prints "
             f"{f2(total_p)}; with all three plants corrected {f2(true_total)}, still 优")]
    traps = ["the file is a PHONE PHOTO OF A MONITOR (拍屏): the moiré bands, the pixel grid, the keystone, the glare, "
             "the bezel and the spreadsheet program's chrome (title bar with the file name, ribbon tabs, the formula bar "
             "showing the cell A1's text, column letters A–H, row numbers, the sheet tab “自评表”, the taskbar clock "
             "2025/4/18 15:42) are not report content; the row numbers are no indicator codes",
             f"parts: {mc(parts[0][1])} + {mc(parts[1][1])} = {mc(ini)}; {mc(parts[0][2])} + {mc(parts[1][2])} = "
             f"{mc(adj)}; {mc(parts[0][3])} + {mc(parts[1][3])} = {mc(ex)}; 基本 {q(rb)}, 项目 {q(rp)} right; none over; "
             "年初 < 全年 (追加)",
             "家庭医生签约服务人数 6 × 36.1 ÷ 38 = 5.70, 县域内就诊率 8 × 88.2 ÷ 90 = 7.84, 签约居民满意度 10 × 86.4 ÷ 90 = "
             "9.60 (proportion, with reasons); 紧密型县域医共体建设 −1 with a reason (judgement)",
             "婴儿死亡率 3.1‰ vs ≤5‰ (PER MILLE, a ceiling met); 村卫生室标准化建设 24 vs ≥24所 (met exactly); "
             "人均基本公共卫生服务经费补助标准 94 vs ≥94元 (met exactly; a per-head standard, not a budget figure)",
             "分值 10 + 90 = 100; 优 on the printed total, on the rows' sum and with the plants corrected"]
    return {"stem": "h514_guanyun_weijian", "format": "jpg", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "draw": draw514}


def draw514(rep, path):
    """the form as a spreadsheet window on a 1920 × 1080 screen (drawn at 1.25 ×), then the phone photo of it"""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    M = rep["meta"]
    S = 1.25
    SW, SH = int(1920 * S), int(1080 * S)
    scr = Image.new("RGB", (SW, SH), (255, 255, 255))
    d = ImageDraw.Draw(scr)
    fcache = {}

    def font(sz, bold=False):
        k = (sz, bold)
        if k not in fcache:
            fcache[k] = ImageFont.truetype(SANS_B if bold else SANS, int(sz * S), index=2)
        return fcache[k]

    def T(x, y, s_, sz=13, bold=False, fill=(0, 0, 0), anchor="la"):
        d.text((int(x * S), int(y * S)), s_, font=font(sz, bold), fill=fill, anchor=anchor)

    def R(x0, y0, x1, y1, fill=None, outline=None, w=1):
        d.rectangle([int(x0 * S), int(y0 * S), int(x1 * S), int(y1 * S)], fill=fill, outline=outline, width=w)
    # window chrome: title bar, ribbon tabs, ribbon, formula bar
    R(0, 0, 1920, 30, fill=(33, 115, 70))
    T(960, 7, "2024年度部门整体支出绩效自评表（灌云县卫健委）.xlsx  -  Excel", 13, fill=(255, 255, 255), anchor="ma")
    R(0, 30, 1920, 56, fill=(243, 243, 243))
    for k, t_ in enumerate(["文件", "开始", "插入", "页面布局", "公式", "数据", "审阅", "视图", "帮助"]):
        T(20 + k * 78, 35, t_, 13, fill=(60, 60, 60))
    R(0, 56, 1920, 150, fill=(248, 248, 248))
    for k in range(14):
        R(20 + k * 90, 66, 80 + k * 90, 120, fill=(232, 232, 232))
    R(0, 150, 1920, 178, fill=(255, 255, 255), outline=(210, 210, 210))
    T(10, 155, "A1", 13, fill=(40, 40, 40))
    T(120, 155, "fx", 13, fill=(110, 110, 110))
    T(160, 155, "2024年度部门整体支出绩效自评表", 13, fill=(20, 20, 20))
    # column letters and row numbers
    cw = [40, 170, 150, 290, 150, 150, 80, 80, 440]  # row-number column, then A–H
    xs = [0]
    for w_ in cw:
        xs.append(xs[-1] + w_)
    top = 178
    R(0, top, 1920, top + 22, fill=(240, 240, 240))
    for j, L in enumerate("ABCDEFGH"):
        T((xs[j + 1] + xs[j + 2]) / 2, top + 3, L, 12, fill=(80, 80, 80), anchor="ma")
        d.line([int(xs[j + 2] * S), int(top * S), int(xs[j + 2] * S), int((top + 22) * S)], fill=(200, 200, 200))
    rh = 22.5
    y0 = top + 22
    ind = M["ind"]
    (nb, ib, ab, eb), (np_, ip, ap, ep) = M["parts"]
    sheet = [(["2024年度部门整体支出绩效自评表"], "title"),
             (["部门（单位）名称（盖章）：" + M["dept"], "", "", "", "", "", "金额单位：万元"], "plain"),
             (["年度预算执行情况（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], "head"),
             (["", "年度资金总额", mc(M["ini"]), mc(M["adj"]), mc(M["ex"]), "10", q(M["rate"]), f2(M["rs"])], "cell"),
             (["", "其中：基本支出", mc(ib), mc(ab), mc(eb), "—", q(M["prates"][0]), "—"], "cell"),
             (["", "　　　项目支出", mc(ip), mc(ap), mc(ep), "—", q(M["prates"][1]), "—"], "cell"),
             (["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"], "head")]
    prev = (None, None)
    for x in ind:
        l1 = x[0] if x[0] != prev[0] else ""
        l2 = x[1] if (x[0], x[1]) != prev else ""
        prev = (x[0], x[1])
        sheet.append(([l1, l2, x[2], x[3], x[4], fnum(x[5]), fnum(x[6]), x[7]], "cell"))
    sheet.append((["总分", "", "", "", "", "100", f2(M["total"]), "自评等级：优"], "head"))
    sheet.append((["说明：1.年度资金总额得分＝执行率×10；2." + NOTE_P + "；3." + BANDS77 + "。"], "note"))
    for i, (cells, kind) in enumerate(sheet):
        y = y0 + i * rh
        R(0, y, cw[0], y + rh, fill=(240, 240, 240), outline=(210, 210, 210))
        T(cw[0] / 2, y + 4, str(i + 1), 11, fill=(90, 90, 90), anchor="ma")
        for j in range(8):
            R(xs[j + 1], y, xs[j + 2], y + rh, outline=(226, 226, 226))
        if kind == "title":
            T((xs[1] + xs[9]) / 2, y + 1, cells[0], 15, True, anchor="ma")
            continue
        if kind == "note":
            T(xs[1] + 4, y + 4, cells[0], 11)
            continue
        if kind in ("head", "cell"):
            for j in range(8):
                R(xs[j + 1], y, xs[j + 2], y + rh, outline=(0, 0, 0))
        for j, c in enumerate(cells):
            if not c:
                continue
            if kind == "head":
                R(xs[j + 1] + 1, y + 1, xs[j + 2] - 1, y + rh - 1, fill=(221, 235, 247))
            left = kind == "plain" or (kind == "cell" and j in (2, 7)) or (j == 1 and kind == "cell" and i < 7)
            sz = 12 if len(c) < 22 else 10.5
            if left:
                T(xs[j + 1] + 4, y + 4, c, sz, kind == "head")
            else:
                T((xs[j + 1] + xs[j + 2]) / 2, y + 4, c, sz, kind == "head", anchor="ma")
    yb = y0 + len(sheet) * rh
    R(0, SH / S - 72, 1920, SH / S - 48, fill=(240, 240, 240))
    R(40, SH / S - 72, 140, SH / S - 48, fill=(255, 255, 255), outline=(180, 180, 180))
    T(90, SH / S - 68, "自评表", 12, fill=(33, 115, 70), anchor="ma")
    R(0, SH / S - 48, 1920, SH / S, fill=(32, 32, 40))
    T(1850, SH / S - 44, "15:42", 12, fill=(230, 230, 230), anchor="ma")
    T(1850, SH / S - 25, "2025/4/18", 11, fill=(230, 230, 230), anchor="ma")
    assert yb < SH / S - 80, yb
    # the photo: pixel grid, moiré, keystone, glare, bezel, noise; seeded and fixed
    a = np.asarray(scr, dtype=np.float32)
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    grid_ = 0.93 + 0.07 * (np.cos(2 * np.pi * xx / 2.5) * 0.5 + 0.5)
    moire = 1.0 + 0.075 * np.cos(2 * np.pi * (0.0061 * xx + 0.0094 * yy) + 0.8) * np.cos(2 * np.pi * 0.0023 * (xx - yy))
    tint = np.array([1.0, 0.985, 1.03], dtype=np.float32)
    a = a * grid_[..., None] * moire[..., None] * tint
    a = 25 + a * 0.86  # the screen's black is not black
    scr2 = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    PW, PH = 3000, 2000
    photo = Image.new("RGB", (PW, PH), (24, 24, 26))
    dd = ImageDraw.Draw(photo)
    # bezel and desk
    dd.rectangle([0, 1880, PW, PH], fill=(92, 78, 64))
    quad_dst = [(120, 70), (2890, 120), (2850, 1800), (150, 1850)]  # where the screen's corners land
    dd.polygon([(80, 30), (2935, 80), (2895, 1850), (105, 1895)], fill=(18, 18, 20))
    # PIL's QUAD maps the output rectangle to a quad in the input: build the screen warped into a bounding box
    bx0, by0 = min(p[0] for p in quad_dst), min(p[1] for p in quad_dst)
    bx1, by1 = max(p[0] for p in quad_dst), max(p[1] for p in quad_dst)
    BW, BH = bx1 - bx0, by1 - by0
    # perspective coefficients: output (box) point → input (screen) point
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    dst = [(x - bx0, y - by0) for x, y in quad_dst]
    A_, B_ = [], []
    for (X, Y), (u, v) in zip(dst, src):
        A_.append([X, Y, 1, 0, 0, 0, -u * X, -u * Y])
        B_.append(u)
        A_.append([0, 0, 0, X, Y, 1, -v * X, -v * Y])
        B_.append(v)
    coef = np.linalg.solve(np.array(A_, dtype=np.float64), np.array(B_, dtype=np.float64))
    warped = scr2.transform((BW, BH), Image.PERSPECTIVE, tuple(float(c) for c in coef), resample=Image.BICUBIC)
    mask = Image.new("L", (BW, BH), 0)
    ImageDraw.Draw(mask).polygon(dst, fill=255)
    photo.paste(warped, (bx0, by0), mask)
    p = np.asarray(photo, dtype=np.float32)
    yy, xx = np.mgrid[0:PH, 0:PW].astype(np.float32)
    glare = 34 * np.exp(-(((xx - 2300) / 700) ** 2 + ((yy - 420) / 420) ** 2))
    vign = 1 - 0.22 * (((xx - PW / 2) / (PW / 2)) ** 2 + ((yy - PH / 2) / (PH / 2)) ** 2)
    rs = np.random.RandomState(92514)
    p = (p * vign[..., None] + glare[..., None]) + rs.normal(0, 4.0, (PH, PW, 1))
    img = Image.fromarray(np.clip(p, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(0.7))
    img = img.rotate(-0.6, resample=Image.BICUBIC, fillcolor=(24, 24, 26))
    img.save(path, "JPEG", quality=88, optimize=False, progressive=False, subsampling=2, dpi=(72, 72))


ALL.append(h514())


# ============================================================ h515 庆安县 (XLSX exported from Apple Numbers)

def h515():
    dept, unit = "庆安县农业农村局", "庆安县农业技术推广中心"
    project = "2024年庆安县水稻智能化育秧大棚建设项目"
    src = [("中央财政资金", 800.00, 800.00, 788.42), ("省级财政资金", 300.00, 400.00, 375.92),
           ("县级配套资金", 100.00, 150.00, 132.20)]
    ini, adj, ex = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    assert (ini, adj, ex) == (1200.00, 1350.00, 1296.54), (ini, adj, ex)
    rate, = rates((ex, adj))
    srates = rates(*[(x[3], x[2]) for x in src])
    assert rate == 96.04 and srates == [98.55, 93.98, 88.13], (rate, srates)
    zero_rate_p = "100.00%"  # PLANT RATE_OVER_ZERO_BASE: 社会资本 0.00 / 0.00 / 0.00 printed with 执行率 100.00%
    rs_true = r2(rate / 10)
    rs_p = 10  # PLANT BUDGET_ROW_SCORE: the 说明 says 执行率×10 → 9.60; the sheet prints 10
    ind = [# PLANT ROW_SCORE_OVER_WEIGHT: 9 of 8 “超额完成，加1分” against the 说明's 超额完成不加分
           ("产出指标", "数量指标", "智能化育秧大棚建设数量", "≥60栋", "64栋", 8, 9, "超额完成4栋，加1分"),
           ("产出指标", "数量指标", "智能温控设备安装", "≥60套", "60套", 6, 6, ""),
           ("产出指标", "数量指标", "育秧供秧面积", "≥4.5万亩", "4.2万亩", 6, P(4.2, 4.5, 6), "部分农户仍自育秧苗，订单减少"),
           ("产出指标", "质量指标", "大棚工程验收合格率", "100%", "100%", 6, 6, ""),
           ("产出指标", "质量指标", "秧苗素质达标率", "≥95%", "96.8%", 5, 5, ""),
           ("产出指标", "时效指标", "大棚建成投用时间", "2024年4月15日前", "2024年4月12日", 5, 5, ""),
           ("产出指标", "成本指标", "单栋大棚建设成本", "≤18万元/栋", "17.6万元/栋", 6, 6, ""),
           ("效益指标", "经济效益", "育秧环节亩均节本", "≥40元", "45元", 8, 8, ""),
           ("效益指标", "经济效益", "水稻亩均增产", "≥30公斤", "27公斤", 7, P(27, 30, 7), "8月低温寡照，增产幅度低于预期"),
           ("效益指标", "社会效益", "带动农户", "≥1,500户", "1,620户", 6, 6, ""),
           ("效益指标", "生态效益", "育秧基质循环利用率", "≥80%", "82.5%", 5, 5, ""),
           ("效益指标", "可持续影响", "大棚运行管护机制", "健全", "基本健全", 5, 4, "管护经费来源未完全落实，扣1分"),
           ("满意度指标", "服务对象满意度", "受益农户满意度", "≥90%", "93.5%", 8, 8, ""),
           ("满意度指标", "服务对象满意度", "合作社满意度", "≥90%", "88.2%", 9, P(88.2, 90, 9), "部分合作社反映设备操作培训不足")]
    props(ind)
    assert s2(ind, 5) == 90 and off_prop(ind) == [] and over(ind) == ["智能化育秧大棚建设数量"]
    assert met_lost(ind) == [] and below_no_reason(ind) == []
    total = r2(s2(ind, 6) + rs_p)
    true_total = r2(total - rs_p + rs_true - 1)
    assert (total, true_total) == (98.72, 97.32), (total, true_total)
    g = with_project(gold(None, dept, 2024, "COUNTY", "黑龙江省", "SELF_EVALUATION", None, total, 100, None,
                          budget(ini, adj, ex, rate), [], [fund_row(rate, rs_p)] + grows(ind)), project, unit)
    M = dict(dept=dept, unit=unit, project=project, src=src, srates=srates, ini=ini, adj=adj, ex=ex, rate=rate,
             rs=rs_p, ind=ind, total=total, zero=zero_rate_p)
    fnd = [F("RATE_OVER_ZERO_BASE", "社会资本（合作社自筹）",
             f"社会资本（合作社自筹） | 0.00 | 0.00 | 0.00 | {zero_rate_p}", zero_rate_p, "— (0.00 ÷ 0.00: no rate)",
             "HIGH", "ERROR",
             "a line with no budget and no spending (0.00 / 0.00) is printed with an execution rate of 100.00%: a rate "
             "over a zero base is undefined (“—”), not full execution; the 年度资金总额 and its rate do not include it"),
           F("BUDGET_ROW_SCORE", "年度资金总额",
             f"年度资金总额 | {mc(ini)} | {mc(adj)} | {mc(ex)} | {q(rate)} | 10 | {fnum(rs_p)}", fnum(rs_p), f2(rs_true),
             "HIGH", "ERROR",
             f"the 说明's rule 年度资金总额得分＝执行率×10: {q(rate)} × 10 = {f2(rs_true)}, the sheet prints {fnum(rs_p)}; "
             f"总分 {f2(total)} → {f2(true_total)} with the over-weight row also corrected"),
           F("ROW_SCORE_OVER_WEIGHT", "智能化育秧大棚建设数量",
             "产出指标 | 数量指标 | 智能化育秧大棚建设数量 | ≥60栋 | 64栋 | 8 | 9 | 超额完成4栋，加1分", "9", "≤ 8 (8)", "HIGH",
             "ERROR", "a row scored above its 分值 (9 of 8) for over-fulfilment, against the 说明's 超额完成不加分")]
    traps = ["the workbook is an APPLE NUMBERS EXPORT: the first sheet “导出摘要” (the export note and the list Numbers "
             "工作表 | Numbers 表格 | Excel 工作表) is not report content and no second report; the report's three "
             "Numbers tables are three worksheets (“2024年度 - 项目信息”, “2024年度 - 资金情况”, “2024年度 - 绩效指标”) "
             "of ONE 项目 form, whose 总分 is on the third",
             f"fund lines: {' + '.join(mc(x[1]) for x in src)} = {mc(ini)}; {' + '.join(mc(x[2]) for x in src)} = "
             f"{mc(adj)}; {' + '.join(mc(x[3]) for x in src)} = {mc(ex)}; {q(rate)} and the lines' rates "
             f"({', '.join(q(x) for x in srates)}) right; 县级配套 {q(srates[2])} is low but under budget; 年初 < 全年 (追加)",
             "育秧供秧面积 6 × 4.2 ÷ 4.5 = 5.60, 水稻亩均增产 7 × 27 ÷ 30 = 6.30, 合作社满意度 9 × 88.2 ÷ 90 = 8.82 "
             "(proportion, with reasons); 大棚运行管护机制 −1 with a reason",
             "智能温控设备安装 60 vs ≥60套 (met exactly); 大棚建成投用时间 4月12日 vs 4月15日前 (met, a date); 单栋大棚建设成本 "
             "17.6 vs ≤18万元/栋 (a ceiling met; a unit cost, not a budget figure)",
             f"总分 {f2(total)} = the fund line as printed + the 14 rows; 分值 10 + 90 = 100; a 项目 form: no grade"]
    return {"stem": "h515_qingan_nongye", "format": "xlsx", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "write": write515}


def write515(rep, path):
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side, PatternFill
    M = rep["meta"]
    wb = openpyxl.Workbook()
    thin = Side(style="thin", color="A6A6A6")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="D9E6F2")
    FN = "PingFang SC"

    def put(ws, r, c, v, bold=False, fmt=None, box=True, left=False, size=10, fill=None):
        cell = ws.cell(row=r, column=c, value=v)
        cell.font = Font(name=FN, size=size, bold=bold)
        cell.alignment = Alignment(horizontal="left" if left else "center", vertical="center", wrap_text=True)
        if box:
            cell.border = bd
        if fmt:
            cell.number_format = fmt
        if fill:
            cell.fill = fill
        return cell
    # the export summary Numbers writes first
    ws0 = wb.active
    ws0.title = "导出摘要"
    ws0.column_dimensions["A"].width = 22
    ws0.column_dimensions["B"].width = 22
    ws0.column_dimensions["C"].width = 30
    put(ws0, 1, 1, "此文稿已从 Numbers 导出。每个表格都已转换为一个 Excel 工作表。每个 Numbers 工作表上的所有其他对象都已放在单独"
                   "的工作表上。请注意，在 Excel 中公式计算可能有所不同。", box=False, left=True)
    ws0.merge_cells("A1:C1")
    ws0.row_dimensions[1].height = 48
    put(ws0, 3, 1, "Numbers 工作表名称", True)
    put(ws0, 3, 2, "Numbers 表格名称", True)
    put(ws0, 3, 3, "Excel 工作表名称", True)
    names = ["项目信息", "资金情况", "绩效指标"]
    for k, n in enumerate(names):
        put(ws0, 4 + k, 1, "2024年度" if k == 0 else "")
        put(ws0, 4 + k, 2, n)
        put(ws0, 4 + k, 3, "2024年度 - " + n)
    # 1: 项目信息
    ws1 = wb.create_sheet("2024年度 - 项目信息")
    for c, w_ in zip("ABCD", (16, 34, 16, 34)):
        ws1.column_dimensions[c].width = w_
    put(ws1, 1, 1, "项目支出绩效自评表（2024年度）", True, box=False, size=14)
    ws1.merge_cells("A1:D1")
    put(ws1, 2, 1, "项目名称", True)
    put(ws1, 2, 2, M["project"], left=True)
    ws1.merge_cells("B2:D2")
    put(ws1, 3, 1, "主管部门", True)
    put(ws1, 3, 2, M["dept"], left=True)
    put(ws1, 3, 3, "实施单位", True)
    put(ws1, 3, 4, M["unit"], left=True)
    put(ws1, 4, 1, "年度总体目标", True)
    put(ws1, 4, 2, "预期目标", True)
    ws1.merge_cells("B4:C4")
    put(ws1, 4, 4, "实际完成情况", True)
    put(ws1, 5, 1, "")
    put(ws1, 5, 2, "新建智能化育秧大棚60栋，配套智能温控设备60套，供秧面积4.5万亩以上，带动农户1,500户以上，水稻亩均增产30公斤"
                   "以上。", left=True)
    put(ws1, 5, 4, "建成智能化育秧大棚64栋，安装智能温控设备60套，供秧面积4.2万亩，带动农户1,620户，水稻亩均增产27公斤。",
        left=True)
    ws1.merge_cells("B5:C5")
    ws1.merge_cells("A4:A5")
    ws1.row_dimensions[5].height = 64
    # 2: 资金情况
    ws2 = wb.create_sheet("2024年度 - 资金情况")
    for c, w_ in zip("ABCDEFG", (26, 13, 13, 13, 10, 8, 8)):
        ws2.column_dimensions[c].width = w_
    put(ws2, 1, 1, "项目资金（万元）", True, box=False, left=True, size=12)
    for j, t_ in enumerate(["资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"]):
        put(ws2, 2, j + 1, t_, True, fill=head_fill)
    money = "#,##0.00"
    lines = [("年度资金总额", M["ini"], M["adj"], M["ex"], M["rate"], 10, M["rs"])]
    for k, (n, a, b, c) in enumerate(M["src"]):
        lines.append((("其中：" if k == 0 else "　　　") + n, a, b, c, M["srates"][k], "—", "—"))
    lines.append(("　　　社会资本（合作社自筹）", 0.0, 0.0, 0.0, float(M["zero"].rstrip("%")), "—", "—"))
    for i, (n, a, b, c, rt, w_, s_) in enumerate(lines):
        r = 3 + i
        put(ws2, r, 1, n, i == 0, left=True)
        for j, v in enumerate((a, b, c)):
            put(ws2, r, 2 + j, v, fmt=money)
        put(ws2, r, 5, round(rt / 100, 6) if isinstance(rt, float) else rt, fmt="0.00%")
        put(ws2, r, 6, w_)
        put(ws2, r, 7, s_, fmt="0.00" if isinstance(s_, float) else None)
    # 3: 绩效指标
    ws3 = wb.create_sheet("2024年度 - 绩效指标")
    for c, w_ in zip("ABCDEFGH", (11, 13, 24, 15, 15, 7, 7, 30)):
        ws3.column_dimensions[c].width = w_
    put(ws3, 1, 1, "绩效指标完成情况", True, box=False, left=True, size=12)
    for j, t_ in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                            "偏差原因分析及改进措施"]):
        put(ws3, 2, j + 1, t_, True, fill=head_fill)
    for i, x in enumerate(M["ind"]):
        r = 3 + i
        for j, v in enumerate(x[:8]):
            put(ws3, r, j + 1, v if v != "" else None, fmt="0.00" if j == 6 and not float(v).is_integer() else None,
                left=j in (2, 7))
    for col in (0, 1):
        for a_, b_ in runs(M["ind"], col):
            if b_ > a_:
                ws3.merge_cells(start_row=3 + a_, start_column=col + 1, end_row=3 + b_, end_column=col + 1)
    r = 3 + len(M["ind"])
    put(ws3, r, 1, "总分", True)
    ws3.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    put(ws3, r, 6, 100, True)
    put(ws3, r, 7, M["total"], True, fmt="0.00")
    put(ws3, r, 8, "")
    put(ws3, r + 1, 1, "说明：1.年度资金总额得分＝执行率×10；2." + NOTE_P + "；3.总分＝年度资金总额得分＋各项绩效指标得分。",
        box=False, left=True, size=9)
    ws3.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=8)
    ws3.row_dimensions[r + 1].height = 40
    put(ws3, r + 2, 1, "填报人：孙丽娟　　联系电话：0455-5821736　　填报日期：2025年4月22日", box=False, left=True, size=9)
    ws3.merge_cells(start_row=r + 2, start_column=1, end_row=r + 2, end_column=8)
    wb.properties.creator = "孙丽娟"
    wb.properties.lastModifiedBy = "孙丽娟"
    wb.properties.created = datetime.datetime(2025, 4, 21, 8, 40)
    write_bytes(path, ooxml_bytes(lambda b: wb.save(b), fix_core))


ALL.append(h515())


# ============================================================ h516 乐都区 (HTML: a Wayback Machine capture of the article)

WB_TS = "20250614032157"
WB_URL = "http://www.ledu.gov.cn/html/zwgk/czxx/jxxx/2025/0528/8126.html"


def h516():
    dept = "海东市乐都区教育局"
    parts = [("基本支出", 9840.00, 10326.40, 10298.15), ("项目支出", 3620.00, 5172.80, 4688.36)]
    ini, adj, ex = (r2(sum(x[k] for x in parts)) for k in (1, 2, 3))
    assert (ini, adj, ex) == (13460.00, 15499.20, 14986.51), (ini, adj, ex)
    rate, rb, rp = rates((ex, adj), (parts[0][3], parts[0][2]), (parts[1][3], parts[1][2]))
    assert (rate, rb, rp) == (96.69, 99.73, 90.63), (rate, rb, rp)
    rs = r2(8 * rate / 100)
    no_half(8 * rate / 100, "rs")
    ind = [("决策", "绩效目标", "绩效目标合理性", "合理", "基本合理", 4, 3, "部分目标与预算资金规模不匹配，扣1分"),
           ("决策", "绩效目标", "绩效指标明确性", "明确", "基本明确", 4, 3, "部分产出指标未细化量化，扣1分"),
           ("决策", "预算编制", "预算编制科学性", "科学", "基本科学", 4, 3, "年中追加项目资金较多，扣1分"),
           ("决策", "预算编制", "重点支出安排合理性", "合理", "基本合理", 3, 2, "薄弱学校改善支出占比偏低，扣1分"),
           ("过程", "预算执行", "预算执行率", "100%", q(rate), 8, rs, "按执行率×分值计分"),
           ("过程", "预算管理", "资金使用合规性", "合规", "基本合规", 5, 4, "个别学校公用经费列支不规范，扣1分"),
           ("过程", "预算管理", "政府采购规范性", "规范", "基本规范", 4, 3, "1个采购项目未按时公开采购意向，扣1分"),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 4, 2.5, "部分学校资产卡片未及时更新，扣1.5分"),
           ("过程", "内部管理", "内控制度有效性", "有效", "基本有效", 4, 3, "内控制度执行检查覆盖不全，扣1分"),
           ("产出", "数量指标", "新建改扩建校舍面积", "≥2.4万平方米", "2.4万平方米", 7, 7, ""),
           ("产出", "数量指标", "教师培训人次", "≥3000人次", "2760人次", 7, P(2760, 3000, 7), "部分集中培训调整为线上，参训人次减少"),
           ("产出", "质量指标", "学前三年毛入园率", "≥92%", "93.8%", 7, 7, ""),
           ("产出", "质量指标", "义务教育巩固率", "≥98%", "97.2%", 7, P(97.2, 98, 7), "个别学生外出务工流动"),
           ("产出", "成本指标", "营养改善计划补助标准", "5元/生·天", "5元/生·天", 7, 7, ""),
           ("效益", "社会效益", "高中阶段毛入学率", "≥93%", "91.2%", 8, P(91.2, 93, 8), "中职招生计划未完成"),
           ("效益", "社会效益", "学生体质健康达标率", "≥92%", "86.8%", 8, P(86.8, 92, 8), "体育课时落实不到位"),
           ("效益", "满意度", "家长满意度", "≥90%", "84.6%", 9, P(84.6, 90, 9), "课后服务覆盖面不足")]
    props(ind)
    assert s2(ind, 5) == 100 and off_prop(ind) == [] and over(ind) == [], (off_prop(ind), over(ind))
    assert met_lost(ind) == [], met_lost(ind)
    assert below_no_reason(ind) == []
    total = ssum(ind, 6)
    assert total == 89.48 and grade(total) == "良", total
    grade_p = "优"  # PLANT GRADE_OUTSIDE_BANDS: 88.76 in the printed 80–90 band is 良; the report prints 优
    sc = secs(ind, ["决策", "过程", "产出", "效益"])
    srate = [r2(s_ / w_ * 100) for _, w_, s_ in sc]
    for _, w_, s_ in sc:
        no_half(s_ / w_ * 100, "srate")
    assert srate == [73.33, 80.96, 98.23, 95.44], srate
    srate_p = list(srate)
    srate_p[3] = 94.54  # PLANT SCORE_RATE: 效益 23.86 ÷ 25 = 95.44%; the table prints 94.54%
    prose_train = "2670人次"  # PLANT SAME_FIGURE_DIFFERS: 四 says 2,670人次, the 附表 2,760人次 (its score follows 2,760)
    g = gold(None, dept, 2024, "COUNTY", "青海省", "SELF_EVALUATION", None, total, 100, grade_p,
             budget(ini, adj, ex, rate, parts[0][2], parts[0][3], parts[1][2], parts[1][3]),
             [(n, w_, s_) for n, w_, s_ in sc], grows(ind))
    M = dict(dept=dept, parts=parts, ini=ini, adj=adj, ex=ex, rate=rate, prates=[rb, rp], ind=ind, total=total,
             sc=sc, srate=srate_p, grade=grade_p, prose_train=prose_train)
    fnd = [F("SCORE_RATE", "效益（得分率）", f"效益 | 25 | {f2(sc[3][2])} | {q(srate_p[3])}", q(srate_p[3]), q(srate[3]),
             "HIGH", "ERROR", f"{f2(sc[3][2])} ÷ 25 = {q(srate[3])}, the summary table prints {q(srate_p[3])}; the "
                              "other three 得分率 are right"),
           F("SAME_FIGURE_DIFFERS", "教师培训人次",
             f"四（三）：全年开展教师培训{prose_train} | 附表：产出 | 数量指标 | 教师培训人次 | ≥3000人次 | 2760人次 | 7 | "
             f"{f2(P(2760, 3000, 7))}", prose_train, "2760人次 (附表)", "HIGH", "WARNING",
             f"the same figure is {prose_train} in the prose and 2760人次 in the 附表, whose score 7 × 2760 ÷ 3000 = "
             f"{f2(P(2760, 3000, 7))} follows the 附表; by the prose the row would score {f2(P(2670, 3000, 7))}"),
           F("GRADE_OUTSIDE_BANDS", "自评等级", f"自评得分{f2(total)}分，自评等级为“{grade_p}” | " + BANDS77, grade_p,
             grade(total), "HIGH", "WARNING",
             f"{f2(total)} lies in the report's own band 80分（含）至90分 = 良; it prints 优 (the 附表's 合计 and the four "
             "一级 scores agree with the rows, so the grade alone is off)")]
    traps = ["the page is an INTERNET ARCHIVE (Wayback Machine) capture: the injected toolbar (the archived URL, "
             "“62 captures”, the capture calendar, the timestamps), the rewritten links (/web/" + WB_TS + "/http://…), the "
             "archive's scripts and its closing “FILE ARCHIVED ON …” comment are not report content; the capture date "
             "(2025-06-14) is not the report's date or year",
             f"二: {mc(parts[0][2])} + {mc(parts[1][2])} = {mc(adj)}; {mc(parts[0][3])} + {mc(parts[1][3])} = {mc(ex)}; "
             f"年初 {mc(parts[0][1])} + {mc(parts[1][1])} = {mc(ini)}; {q(rate)}, 基本 {q(rb)}, 项目 {q(rp)} right; none "
             "over; 年初 < 全年 (追加: the 预算编制科学性 deduction's reason)",
             f"预算执行率 8 × {q(rate)} = {f2(rs)} (its rule)",
             "教师培训人次 7 × 2760 ÷ 3000 = 6.44, 义务教育巩固率 7 × 97.2 ÷ 98 = 6.94, 高中阶段毛入学率 8 × 91.2 ÷ 93 = 7.85, "
             "学生体质健康达标率 8 × 86.8 ÷ 92 = 7.55, 家长满意度 9 × 84.6 ÷ 90 = 8.46 (proportion, with reasons); the "
             "决策 / 过程 deductions each with a reason",
             "新建改扩建校舍面积 2.4 vs ≥2.4万平方米 (met exactly); 营养改善计划补助标准 5元/生·天 = 5元/生·天 (a unit "
             "standard, not a budget figure)",
             f"表1: 决策 15 | {f2(sc[0][2])} | {q(srate[0])}, 过程 25 | {f2(sc[1][2])} | {q(srate[1])}, 产出 35 | "
             f"{f2(sc[2][2])} | {q(srate[2])} right; every 一级 得分 equals its rows; 合计 100 | {f2(total)} = the 17 rows"]
    return {"stem": "h516_ledu_jiaoyu", "format": "html", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "html": html516(M)}


def wb(u):
    return f"/web/{WB_TS}/{u}"


def html516(M):
    ind, sc = M["ind"], M["sc"]
    (nb, ib, ab, eb), (np_, ip, ap, ep) = M["parts"]
    summ = [["一级指标", "分值", "得分", "得分率"]] + [[n, fnum(w_), f2(s_), q(r_)] for (n, w_, s_), r_ in
                                                   zip(sc, M["srate"])] + [["合计", "100", f2(M["total"]),
                                                                          q(M["total"])]]
    data = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因及扣分说明"]]
    rows_, sp = ind_grid(ind, (0, 1, 2, 3, 4, 5, 6, 7), 1)
    data += rows_ + [["合计", "", "", "", "", "100", f2(M["total"]), ""]]
    sp.append((0, len(data) - 1, 4, len(data) - 1))
    btab = [["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"],
            ["合计", mc(M["ini"]), mc(M["adj"]), mc(M["ex"]), q(M["rate"])],
            ["基本支出", mc(ib), mc(ab), mc(eb), q(M["prates"][0])],
            ["项目支出", mc(ip), mc(ap), mc(ep), q(M["prates"][1])]]
    P_ = lambda s_: f"<p>{E(s_)}</p>"  # noqa: E731
    body = "\n".join([
        P_("一、部门基本情况"),
        P_("乐都区教育局是区政府工作部门，负责全区学前教育、义务教育、普通高中教育和职业教育的统筹管理。局机关内设6个股室，"
           "所属学校及教育事业单位68个，2024年末在校学生4.26万人，在编教职工3,418人。"),
        P_("二、部门整体支出情况"),
        P_(f"2024年年初预算{mc(M['ini'])}万元，全年预算{mc(M['adj'])}万元，其中基本支出{mc(ab)}万元、项目支出{mc(ap)}万元；"
           f"全年实际支出{mc(M['ex'])}万元，其中基本支出{mc(eb)}万元、项目支出{mc(ep)}万元，预算执行率{q(M['rate'])}。"),
        '<p class="cap">表1　2024年部门预算执行情况（单位：万元）</p>',
        html_table(btab, []),
        P_("三、绩效自评结论"),
        P_(f"根据部门整体支出绩效评价指标体系，我局2024年度部门整体支出绩效自评得分{f2(M['total'])}分，自评等级为“{M['grade']}”"
           f"（{BANDS77}）。各一级指标得分情况见表2。"),
        '<p class="cap">表2　一级指标得分情况</p>',
        html_table(summ, []),
        P_("四、绩效指标完成情况分析"),
        P_(f"（一）决策方面。绩效目标与部门职能相符，但部分目标与预算资金规模不匹配、部分产出指标未细化量化；年中追加项目资金较多，薄弱学校改善支出占比偏低。"
           f"该部分满分15分，得{fnum(sc[0][2])}分。"),
        P_(f"（二）过程方面。全年预算执行率{q(M['rate'])}；个别学校公用经费列支不规范，1个采购项目未按时公开采购意向，部分学校资产卡片未及时更新。该部分满分25分，"
           f"得{fnum(sc[1][2])}分。"),
        P_(f"（三）产出方面。全年新建改扩建校舍2.4万平方米；全年开展教师培训{M['prose_train']}，部分集中培训调整为线上；学前三年毛入园率"
           f"93.8%，义务教育巩固率97.2%；营养改善计划按每生每天5元标准足额落实。该部分满分35分，得{fnum(sc[2][2])}分。"),
        P_(f"（四）效益方面。高中阶段毛入学率91.2%，学生体质健康达标率86.8%，家长满意度84.6%，均未达到年度目标。该部分满分25分，"
           f"得{fnum(sc[3][2])}分。"),
        P_("五、存在的问题"),
        P_("一是预算编制的前瞻性不足，年中追加较多；二是学校资产管理基础工作薄弱；三是课后服务和体育课时落实不到位。"),
        P_("六、下一步改进措施"),
        P_("加强项目库建设和预算编制论证，压减年中追加；开展学校资产清查；落实体育课时，扩大课后服务覆盖面。"),
        '<p class="cap">附表　2024年度部门整体支出绩效自评表</p>',
        html_table(data, sp, left=(2, 7)),
        P_("说明：1.预算执行率得分＝执行率×分值；2." + NOTE_P + "；3." + BANDS77 + "。"),
        '<p style="text-align:right">海东市乐都区教育局<br>2025年5月26日</p>'])
    toolbar = f"""<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<script>__wm.rw(0);</script>
<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;">
<div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">
<div id="wm-ipp-inside">
  <div id="wm-logo" style="float:left;width:110px;padding-top:12px;">
    <a href="/web/" title="Wayback Machine home page"><img src="/_static/images/toolbar/wayback-toolbar-logo-200.png" alt="Wayback Machine" style="width:100px" border="0" /></a>
  </div>
  <div class="c" style="float:left;">
    <form target="_top" method="get" action="/web/submit" name="wmtb" id="wmtb"><input type="text" name="url" id="wmtbURL" value="{WB_URL}" onfocus="this.focus();this.select();" /><input type="hidden" name="type" value="replay" /><input type="hidden" name="date" value="{WB_TS}" /><input type="submit" value="Go" /></form>
    <div id="wm-nav-captures"><a class="t" href="/web/{WB_TS}*/{WB_URL}" title="See a list of every capture for this URL">62 captures</a>
      <div class="r" title="Timespan for captures of this URL">14 Jun 2025 - 02 Aug 2025</div></div>
  </div>
  <div class="c" style="float:left;">
    <table class="c"><tbody><tr class="y"><td class="b">MAY</td><td class="c"><a href="/web/{WB_TS}/{WB_URL}">JUN</a></td><td class="f"><a href="/web/20250802111406/{WB_URL}">AUG</a></td></tr>
    <tr class="d"><td class="b"></td><td class="c">14</td><td class="f"></td></tr>
    <tr class="y"><td class="b">2024</td><td class="c">2025</td><td class="f">2026</td></tr></tbody></table>
  </div>
  <div class="r" style="float:right;"><a href="https://archive.org/account/login">success</a> <a href="https://archive.org/about/">About this capture</a></div>
</div></div></div>
<div id="wm-ipp-print">The Wayback Machine - https://web.archive.org/web/{WB_TS}/{WB_URL}</div>
<script type="text/javascript">//<![CDATA[
__wm.bt(700,27,25,2,"web","{WB_URL}","{WB_TS}",1996,"/_static/",["/_static/css/banner-styles.css?v=1utQkbB3","/_static/css/iconochive.css?v=3PDvdIFv"], false);
  __wm.rw(1);
//]]></script>
<!-- END WAYBACK TOOLBAR INSERT -->"""
    title = "乐都区教育局2024年度部门整体支出绩效自评报告"
    return f"""<!DOCTYPE html>
<html><head><script type="text/javascript" src="/_static/js/bundle-playback.js?v=HxkREWBo" charset="utf-8"></script>
<script type="text/javascript" src="/_static/js/wombat.js?v=txqj7nKC" charset="utf-8"></script>
<script>window.RufflePlayer=window.RufflePlayer||{{}};window.RufflePlayer.config={{"autoplay":"on","unmuteOverlay":"hidden"}};</script>
<script type="text/javascript" src="/_static/js/ruffle/ruffle.js"></script>
<script type="text/javascript">
    __wm.init("https://web.archive.org/web");
  __wm.wombat("{WB_URL}","{WB_TS}","https://web.archive.org/","web","/_static/",
	      "1749871317");
</script>
<link rel="stylesheet" type="text/css" href="/_static/css/banner-styles.css?v=1utQkbB3" />
<link rel="stylesheet" type="text/css" href="/_static/css/iconochive.css?v=3PDvdIFv" />
<!-- End Wayback Rewrite JS Include -->

<meta charset="utf-8">
<title>{E(title)}-乐都区人民政府</title>
<link rel="stylesheet" href="{wb('http://www.ledu.gov.cn/static/css/article.css')}">
<style>table.t{{border-collapse:collapse;margin:6px auto}}table.t th,table.t td{{border:1px solid #333;padding:3px 6px;font-size:14px}}td.l{{text-align:left}}p.cap{{text-align:center;font-weight:bold}}</style>
</head>
<body>
{toolbar}
<div class="top"><a href="{wb('http://www.ledu.gov.cn/')}">乐都区人民政府</a> | <a href="{wb('http://www.haidong.gov.cn/')}">海东市人民政府</a></div>
<div class="nav"><a href="{wb('http://www.ledu.gov.cn/')}">首页</a> <a href="{wb('http://www.ledu.gov.cn/html/zwgk/')}">政务公开</a> <a href="{wb('http://www.ledu.gov.cn/html/zwfw/')}">政务服务</a> <a href="{wb('http://www.ledu.gov.cn/html/hdjl/')}">互动交流</a></div>
<div class="crumb">当前位置：<a href="{wb('http://www.ledu.gov.cn/')}">首页</a> &gt; <a href="{wb('http://www.ledu.gov.cn/html/zwgk/')}">政务公开</a> &gt; <a href="{wb('http://www.ledu.gov.cn/html/zwgk/czxx/')}">财政信息</a> &gt; 绩效信息</div>
<div class="article">
<h1>{E(title)}</h1>
<div class="info">发布时间：2025-05-28　来源：区教育局　浏览次数：<span id="hits">418</span></div>
<div class="content">
{body}
</div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="footer">主办：海东市乐都区人民政府办公室　网站标识码：6321020001　青ICP备05000318号<br><img src="{wb('http://www.ledu.gov.cn/static/images/dzjg.png')}" alt="党政机关"></div>
</body>
</html>
<!--
     FILE ARCHIVED ON 03:21:57 Jun 14, 2025 AND RETRIEVED FROM THE
     INTERNET ARCHIVE ON 02:16:44 Aug 21, 2025.
     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.

     ALL OTHER CONTENT MAY ALSO BE PROTECTED BY COPYRIGHT (17 U.S.C.
     SECTION 108(a)(3)).
-->
<!--
playback timings (ms):
  captures_list: 0.612
  exclusion.robots: 0.027
  exclusion.robots.policy: 0.013
  esindex: 0.011
  cdx.remote: 36.482
  LoadShardBlock: 311.905 (3)
  PetaboxLoader3.datanode: 244.163 (4)
  load_resource: 181.220
  PetaboxLoader3.resolve: 103.517
-->
"""


ALL.append(h516())


# ============================================================ h517 凉城县 (PDF: third-party 项目 report from Apple Pages)

def h517():
    dept = "凉城县水利局"
    project = "2024年凉城县高效节水灌溉项目"
    evaluator = "内蒙古正衡项目管理咨询有限公司"
    src = [("中央财政水利发展资金", 1000.00, 968.42), ("自治区财政资金", 400.00, 384.72), ("县级配套资金", 160.00, 134.18)]
    adj, ex = r2(sum(x[1] for x in src)), r2(sum(x[2] for x in src))
    assert (adj, ex) == (1560.00, 1487.32), (adj, ex)
    rate, = rates((ex, adj))
    srates = rates(*[(x[2], x[1]) for x in src])
    assert rate == 95.34 and srates == [96.84, 96.18, 83.86], (rate, srates)
    rs = r2(6 * rate / 100)
    no_half(6 * rate / 100, "rs")
    ind = [("决策", "项目立项", "立项依据充分性", "充分", "充分", 3, 3, "", "依据充分、符合规划得3分，否则酌情扣分"),
           ("决策", "绩效目标", "绩效目标合理性", "合理", "合理", 4, 4, "", "目标与实际需求相符得4分，否则酌情扣分"),
           ("决策", "绩效目标", "绩效指标明确性", "明确", "2项指标未量化", 4, 3, "2项效益指标未量化",
            "每有1项指标未细化量化扣0.5分"),
           ("决策", "资金投入", "预算编制科学性", "科学", "科学", 4, 4, "", "预算经过论证、测算依据充分得4分"),
           ("过程", "资金管理", "资金到位率", "100%", "100%", 4, 4, "", "到位率×分值"),
           ("过程", "资金管理", "预算执行率", "100%", q(rate), 6, rs, "县级配套资金未足额支出", "执行率×分值"),
           ("过程", "资金管理", "资金使用合规性", "合规", "1项不合规", 5, 4, "1笔监理费超进度支付", "每发现1项不合规扣1分"),
           ("过程", "组织实施", "管理制度执行有效性", "有效", "有效", 5, 5, "", "制度执行到位得5分，每发现1项问题扣1分"),
           ("产出", "数量指标", "新增高效节水灌溉面积", "≥3.2万亩", "3.2万亩", 10, 10, "", "完成值÷指标值×分值"),
           ("产出", "数量指标", "输水管道铺设长度", "≥420公里", "436公里", 8, 8, "", "完成值÷指标值×分值，超额不加分"),
           ("产出", "质量指标", "工程验收合格率", "100%", "100%", 8, 8, "", "合格率100%得8分，每降低1个百分点扣2分"),
           # PLANT MALFORMED_RULE: the 90%（含）–95% band pays the full 7 like the ≥95% band
           ("产出", "时效指标", "项目完工及时率", "≥95%", "91%", 7, 7, "4处田间工程受春灌影响延后",
            "≥95%得7分；90%（含）-95%得7分；85%（含）-90%得4分；<85%不得分"),
           ("产出", "成本指标", "亩均建设成本", "≤1,600元/亩", "1,540元/亩", 7, 7, "", "不超过标准得7分，超过不得分"),
           ("效益", "生态效益", "灌溉水有效利用系数", "≥0.65", "0.66", 6, 6, "", "达到目标值得6分，否则按比例计分"),
           ("效益", "经济效益", "亩均节水量", "≥80立方米", "72立方米", 7, P(72, 80, 7), "部分地块滴灌带铺设后当年未满负荷运行",
            "完成值÷指标值×分值"),
           ("效益", "经济效益", "受益农户亩均增收", "≥150元", "162元", 6, 6, "", "达到目标值得6分，否则按比例计分"),
           # PLANT RULE_SCORE: 86.4% under ≥90% by 3.6 points × 0.5 → 6 − 1.8 = 4.20; scored 5.5
           ("效益", "满意度", "受益农户满意度", "≥90%", "86.4%", 6, 5.5, "部分农户对管护收费有意见",
            "≥90%得6分，每低1个百分点扣0.5分")]
    assert s2(ind, 5) == 100, s2(ind, 5)
    assert over(ind) == [] and met_lost(ind) == [] and below_no_reason(ind) == []
    rule_true = r2(6 - (90 - 86.4) * 0.5)
    assert rule_true == 4.2
    total = ssum(ind, 6)
    sc = secs(ind, ["决策", "过程", "产出", "效益"])
    assert total == 96.52 and [x[2] for x in sc] == [14, 18.72, 40, 23.8], (total, sc)
    sc_p = [list(x) for x in sc]
    sc_p[1][2] = 18.27  # PLANT SECTION_VS_ROWS: 表1's 过程 得分 18.27; its rows give 18.72 (表1's 合计 is the rows' 96.22)
    srate_p = [r2(x[2] / x[1] * 100) for x in sc_p]
    for x in sc_p:
        no_half(x[2] / x[1] * 100, "srate")
    true_total = r2(total - 5.5 + rule_true - 7 + 4)
    assert grade(total) == grade(true_total) == "优", (total, true_total)
    g = with_project(gold(None, dept, 2024, "COUNTY", "内蒙古自治区", "THIRD_PARTY_EVALUATION", evaluator, total, 100,
                          "优", budget(None, adj, ex, rate), [tuple(x) for x in sc_p], grows(ind)), project, dept)
    M = dict(dept=dept, project=project, evaluator=evaluator, src=src, srates=srates, adj=adj, ex=ex, rate=rate,
             ind=ind, total=total, sc=sc_p, srate=srate_p)
    fnd = [F("MALFORMED_RULE", "项目完工及时率（评分标准）",
             "项目完工及时率 | 7 | ≥95% | 91% | ≥95%得7分；90%（含）-95%得7分；85%（含）-90%得4分；<85%不得分 | 7",
             "90%（含）-95%得7分", "a band below ≥95% must pay less than the full 7", "HIGH", "WARNING",
             "the printed rule pays the full 7 in its lower band 90%（含）-95% as in the top band, so missing the target "
             "costs nothing; the row (91%) gets 7 by this rule — the defect is the rule's, the score follows it"),
           F("RULE_SCORE", "受益农户满意度", "受益农户满意度 | 6 | ≥90% | 86.4% | ≥90%得6分，每低1个百分点扣0.5分 | 5.5",
             "5.5", f2(rule_true), "HIGH", "ERROR",
             f"86.4% is 3.6 points under 90%: 3.6 × 0.5 = 1.8 off 6 → {f2(rule_true)} by the row's own rule; 5.5 is "
             "only 0.5 off"),
           F("SECTION_VS_ROWS", "过程（表1）", f"过程 | 20 | {f2(sc_p[1][2])} | {q(srate_p[1])}", f2(sc_p[1][2]),
             f2(sc[1][2]), "HIGH", "ERROR",
             f"the 附件 rows of 过程 add to 4 + {f2(rs)} + 4 + 5 = {f2(sc[1][2])}, 表1 prints {f2(sc_p[1][2])} (digits "
             f"swapped; its 得分率 {q(srate_p[1])} follows the printed figure); 表1's 合计 {f2(total)} is the rows' total, "
             "so its four lines do not add to it")]
    traps = ["the PDF was written in APPLE PAGES and exported on macOS (Creator “Pages”, Producer “macOS 版本15.3.1（版号 "
             "24D70） Quartz PDFContext”): the Pages table style (a tinted header row, horizontal rules only, banded rows) "
             "is the format; the cover page and the running footer “第 n 页” are not rows",
             f"funds: {' + '.join(mc(x[1]) for x in src)} = {mc(adj)}; {' + '.join(mc(x[2]) for x in src)} = {mc(ex)}; "
             f"{q(rate)} and the sources' rates ({', '.join(q(x) for x in srates)}) right; none over; the report states "
             "no 年初预算数",
             f"预算执行率 6 × {q(rate)} = {f2(rs)} (its rule); 资金到位率 100% → 4",
             "绩效指标明确性 −1 (2 unquantified × 0.5, its rule) and 资金使用合规性 −1 (1 item, its rule), with reasons",
             "亩均节水量 7 × 72 ÷ 80 = 6.30 (its rule: proportion, with a reason); 输水管道铺设长度 436 vs ≥420公里 (over: no "
             "bonus, 8); 新增高效节水灌溉面积 3.2 vs ≥3.2万亩 (met exactly); 灌溉水有效利用系数 0.66 vs ≥0.65 (met, no unit); "
             "亩均建设成本 1,540 vs ≤1,600元/亩 (a ceiling met; a unit cost, not a budget figure)",
             "项目完工及时率 91% at 7: the printed band gives 7 (the rule is the finding, not the score)",
             f"表1: 决策 15 | 14 | 93.33%, 产出 40 | 40 | 100.00%, 效益 25 | 23.8 | 95.20% right; 合计 100 | {f2(total)} = "
             "the 17 rows; 优 by the printed bands (also with the plants corrected)"]
    return {"stem": "h517_liangcheng_shuili", "format": "pdf", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "draw": draw517}


def draw517(rep, path):
    import pikepdf
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    M = rep["meta"]
    para, _tab, _mm = rl_kit()
    from reportlab.lib.styles import ParagraphStyle
    fn = "STSong-Light"
    c_ = ParagraphStyle("pc", fontName=fn, fontSize=8.5, leading=11, alignment=1, wordWrap="CJK")
    cl_ = ParagraphStyle("pcl", fontName=fn, fontSize=8.5, leading=11, wordWrap="CJK")
    ch_ = ParagraphStyle("pch", fontName=fn, fontSize=8.5, leading=11, alignment=1, wordWrap="CJK",
                         textColor=colors.white)

    def pages_tab(data, widths, left=(), spans=()):
        """a Pages-style table: tinted header row with white text, horizontal rules only, banded body rows"""
        cells = [[Paragraph(E(str(v)), ch_ if i == 0 else (cl_ if j in left else c_)) for j, v in enumerate(r_)]
                 for i, r_ in enumerate(data)]
        t = Table(cells, colWidths=[w_ * mm for w_ in widths], repeatRows=1)
        st = [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#3C6E8F")),
              ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#9FB6C6")),
              ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.HexColor("#3C6E8F")),
              ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
              ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        for i in range(1, len(data)):
            if i % 2 == 0:
                st.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#EEF3F7")))
        for s_ in spans:
            st.append(("SPAN", (s_[0], s_[1]), (s_[2], s_[3])))
        t.setStyle(TableStyle(st))
        return t
    sc, total = M["sc"], M["total"]
    story = [Spacer(1, 60 * mm), para("t", M["project"]), para("t", "绩效评价报告"), Spacer(1, 40 * mm),
             para("st", "委托单位：凉城县财政局"), para("st", "评价机构：" + M["evaluator"]),
             para("st", "报告编号：正衡绩评〔2025〕017号"), para("st", "二〇二五年六月"), PageBreak(),
             para("h", "凉城县财政局："),
             para("p", f"受贵局委托，我公司组成评价组，对{M['project']}的实施情况开展了绩效评价。现将评价情况报告如下。"),
             para("h", "一、项目基本情况"),
             para("p", f"项目由凉城县水利局组织实施，在岱海流域周边4个乡镇新建高效节水灌溉工程。2024年全年预算{mc(M['adj'])}万元，"
                       f"其中{M['src'][0][0]}{mc(M['src'][0][1])}万元、{M['src'][1][0]}{mc(M['src'][1][1])}万元、"
                       f"{M['src'][2][0]}{mc(M['src'][2][1])}万元；实际支出{mc(M['ex'])}万元，预算执行率{q(M['rate'])}。"),
             pages_tab([["资金来源", "全年预算数（万元）", "实际支出（万元）", "执行率"]] +
                       [[n, mc(a), mc(b), q(r_)] for (n, a, b), r_ in zip(M["src"], M["srates"])] +
                       [["合计", mc(M["adj"]), mc(M["ex"]), q(M["rate"])]], [56, 38, 38, 30]),
             para("h", "二、评价工作情况"),
             para("p", "评价组采用比较法、因素分析法和公众评判法，查阅项目资料，实地查看12个灌溉片区，发放农户满意度问卷300份，回收"
                       "有效问卷286份。"),
             para("h", "三、评价结论"),
             para("p", f"经综合评价，项目得分{f2(total)}分，评价等级为“优”（{BANDS77}）。各一级指标得分见表1。"),
             para("cap", "表1　一级指标得分情况"),
             pages_tab([["一级指标", "分值", "得分", "得分率"]] +
                       [[n, fnum(w_), f2(s_), q(r_)] for (n, w_, s_), r_ in zip(sc, M["srate"])] +
                       [["合计", "100", f2(total), q(total)]], [40, 30, 30, 30]),
             para("h", "四、绩效分析"),
             para("p", "（一）决策。项目立项依据充分，绩效目标合理，但2项效益指标未细化量化，扣1分。"),
             para("p", f"（二）过程。资金全部到位，预算执行率{q(M['rate'])}；抽查发现1笔监理费超进度支付，扣1分。"),
             para("p", "（三）产出。新增高效节水灌溉面积3.2万亩，铺设输水管道436公里，工程验收全部合格；项目完工及时率91%，4处田间"
                       "工程受春灌影响延后；亩均建设成本1,540元。"),
             para("p", "（四）效益。灌溉水有效利用系数达到0.66，亩均节水72立方米，受益农户亩均增收162元；受益农户满意度86.4%。"),
             para("h", "五、存在的问题"),
             para("p", "一是部分绩效指标未量化；二是资金支付与工程进度衔接不紧；三是田间工程管护收费机制尚未理顺。"),
             para("h", "六、意见建议"),
             para("p", "完善绩效指标体系；严格按进度支付资金；建立用水户协会参与的管护机制。"),
             para("r", M["evaluator"] + "　　2025年6月20日"), PageBreak(),
             para("h", "附件：绩效评价指标评分表")]
    data = [["一级指标", "二级指标", "三级指标", "分值", "指标值", "完成值", "评分标准", "得分", "扣分说明"]]
    rows_, sp = ind_grid(M["ind"], (0, 1, 2, 5, 3, 4, 8, 6, 7), 1)
    data += rows_ + [["合计", "", "", "100", "", "", "", f2(total), ""]]
    sp.append((0, len(data) - 1, 2, len(data) - 1))
    story.append(pages_tab(data, [13, 16, 24, 10, 18, 18, 44, 11, 22], left=(2, 6, 8), spans=sp))
    story.append(para("n", "注：评分表得分按四舍五入保留两位小数。"))
    buf = io.BytesIO()
    kw = dict(pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=20 * mm, bottomMargin=18 * mm,
              invariant=1)

    def footer(canv, _doc):
        n = canv.getPageNumber()
        if n > 1:
            canv.setFont(fn, 9)
            canv.drawCentredString(A4[0] / 2, 10 * mm, f"第 {n} 页")
    doc = SimpleDocTemplate(buf, title=M["project"] + "绩效评价报告", author="正衡咨询", creator="Pages", producer="",
                            **kw)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    pdf = pikepdf.open(io.BytesIO(buf.getvalue()))
    pdf.docinfo["/Producer"] = "macOS 版本15.3.1（版号24D70） Quartz PDFContext"
    pdf.docinfo["/Creator"] = "Pages"
    pdf.docinfo["/CreationDate"] = "D:20250620071532Z00'00'"
    pdf.docinfo["/ModDate"] = "D:20250620071532Z00'00'"
    pdf.save(path, static_id=True)


ALL.append(h517())


# ============================================================ h518 会理市 (DOCX: 部门整体 自评表 with a 加分项 block)

def h518():
    dept = "会理市交通运输局"
    parts = [("基本支出", 1860.00, 1942.30, 1930.84), ("项目支出", 6240.00, 8715.60, 8126.47)]
    ini, adj, ex_sum = (r2(sum(x[k] for x in parts)) for k in (1, 2, 3))
    assert (ini, adj, ex_sum) == (8100.00, 10657.90, 10057.31), (ini, adj, ex_sum)
    ex_p = 10075.31  # PLANT BREAKDOWN_SUM: the parts spend 10,057.31; the 年度资金总额 line prints 10,075.31
    rate, rb, rp = rates((ex_p, adj), (parts[0][3], parts[0][2]), (parts[1][3], parts[1][2]))
    rate_sum, = rates((ex_sum, adj))
    assert (rate, rb, rp, rate_sum) == (94.53, 99.41, 93.24, 94.36), (rate, rb, rp, rate_sum)
    rs = r2(rate / 10)
    ind = [("产出指标", "数量指标", "农村公路新改建里程", "≥120公里", "126公里", 7, 7, ""),
           ("产出指标", "数量指标", "危桥改造", "≥8座", "6座", 6, P(6, 8, 6), "2座受汛期影响顺延至2025年"),
           ("产出指标", "数量指标", "农村公路日常养护里程", "≥2,460公里", "2,460公里", 6, 6, ""),
           ("产出指标", "质量指标", "新改建农村公路交工验收合格率", "100%", "100%", 6, 6, ""),
           ("产出指标", "质量指标", "农村公路优良中等路率", "≥85%", "86.7%", 6, 6, ""),
           ("产出指标", "时效指标", "建设项目按期完工率", "≥90%", "92%", 5, 5, ""),
           ("产出指标", "成本指标", "农村公路养护补助标准", "≤7,000元/公里", "7,000元/公里", 4, 4, ""),
           ("效益指标", "社会效益", "建制村通客车率", "100%", "100%", 8, 8, ""),
           ("效益指标", "社会效益", "较大及以上道路运输安全事故", "0起", "0起", 8, 8, ""),
           ("效益指标", "经济效益", "农村物流快递网点覆盖率", "≥90%", "87%", 7, P(87, 90, 7), "2个偏远乡镇网点尚在建设"),
           ("效益指标", "生态效益", "新能源公交车占比", "≥60%", "64.5%", 5, 5, ""),
           ("效益指标", "可持续影响", "农村公路管护长效机制", "健全", "基本健全", 5, 4, "村级管护员待遇保障不足，扣1分"),
           ("满意度指标", "服务对象满意度", "群众出行满意度", "≥90%", "91.6%", 8, 8, ""),
           ("满意度指标", "服务对象满意度", "运输企业满意度", "≥85%", "83.2%", 7, P(83.2, 85, 7), "部分企业反映审批时限偏长")]
    props(ind)
    # PLANT WEIGHTS_VS_FULL_MARK: the fund line's 10 + the rows' 88 = 98; the 合计 prints 分值 100
    assert s2(ind, 5) == 88 and off_prop(ind) == [] and over(ind) == [] and met_lost(ind) == []
    assert below_no_reason(ind) == []
    got = r2(s2(ind, 6) + rs)
    assert got == 94.57, got
    bonus = [("获评省级“四好农村路”示范县", 2), ("农村客货邮融合发展经验被省交通运输厅推广", 1)]
    bsum = sum(b for _, b in bonus)
    conv = r2(got + bsum)
    conv_p = 97.75  # PLANT FORMULA: 综合得分＝指标得分94.57＋加分3＝97.57; the form prints 97.75
    assert conv == 97.57
    assert grade(conv_p) == grade(conv) == grade(got) == "优"
    g = gold(None, dept, 2024, "COUNTY", "四川省", "SELF_EVALUATION", None, conv_p, 100, "优",
             budget(ini, adj, ex_p, rate, parts[0][2], parts[0][3], parts[1][2], parts[1][3]), [],
             [fund_row(rate, rs)] + grows(ind))
    chk = copy.deepcopy(g)
    chk["totalScore"] = got  # the recheck adds the rows: they add to the printed 指标得分 (合计 row)
    M = dict(dept=dept, parts=parts, ini=ini, adj=adj, ex=ex_p, rate=rate, prates=[rb, rp], rs=rs, ind=ind, got=got,
             bonus=bonus, bsum=bsum, conv_p=conv_p)
    fnd = [F("WEIGHTS_VS_FULL_MARK", "合计（分值）", f"合计 | 100 | {f2(got)}", "100", "98", "HIGH", "ERROR",
             "the 分值 printed on the form add to 98: the 年度资金总额 line 10 + 产出指标 40 + 效益指标 33 + 满意度指标 15; the "
             f"合计 row states 100 (the 指标得分 {f2(got)} is the rows' sum, so not TOTAL_VS_ROWS)"),
           F("BREAKDOWN_SUM", "年度资金总额（全年执行数）",
             f"年度资金总额 | {mc(ini)} | {mc(adj)} | {mc(ex_p)} | 10 | {q(rate)} | {f2(rs)} | 其中：基本支出 | "
             f"{mc(parts[0][3])} | 项目支出 | {mc(parts[1][3])}", mc(ex_p), mc(ex_sum), "HIGH", "ERROR",
             f"基本 {mc(parts[0][3])} + 项目 {mc(parts[1][3])} = {mc(ex_sum)}, the 年度资金总额 line prints {mc(ex_p)} "
             f"(digits swapped; 年初 and 全年 add up); its {q(rate)} and {f2(rs)} are computed on the printed figure — "
             f"on the parts' sum {q(rate_sum)} and {f2(r2(rate_sum / 10))}"),
           F("FORMULA", "综合得分（指标得分＋加分）",
             f"综合得分＝指标得分＋加分＝{f2(got)}＋{bsum}＝{f2(conv_p)}", f2(conv_p), f2(conv), "HIGH", "ERROR",
             f"the printed formula on its printed inputs: {f2(got)} + {bsum} = {f2(conv)}, the form prints {f2(conv_p)}; "
             "the grade 优 holds either way")]
    traps = [f"the 加分项 block (最高5分，加分后综合得分不超过100分): two bonus lines, 2 + 1 = {bsum}, within the cap; they are "
             "not indicator rows and carry no 分值 in the 合计; 综合得分 ≠ 合计 指标得分 is the rule (指标得分＋加分), not a "
             "TOTAL_VS_ROWS",
             f"parts: 年初 {mc(parts[0][1])} + {mc(parts[1][1])} = {mc(ini)}; 全年 {mc(parts[0][2])} + {mc(parts[1][2])} = "
             f"{mc(adj)} add up; 基本 {q(rb)} and 项目 {q(rp)} right; none over; 年初 < 全年 (追加); 年度资金总额 得分 = "
             f"{q(rate)} × 10 = {f2(rs)} (the 说明's rule on the printed rate)",
             "危桥改造 6 × 6 ÷ 8 = 4.50, 农村物流快递网点覆盖率 7 × 87 ÷ 90 = 6.77, 运输企业满意度 7 × 83.2 ÷ 85 = 6.85 "
             "(proportion, with reasons); 农村公路管护长效机制 −1 with a reason",
             "农村公路日常养护里程 2,460 vs ≥2,460公里 (met exactly); 农村公路养护补助标准 7,000 vs ≤7,000元/公里 (a ceiling "
             "met exactly; a unit subsidy, not a budget figure); 较大及以上道路运输安全事故 0起 vs 0起 (met)",
             f"合计 得分 {f2(got)} = the fund line + the 14 rows as printed; 优 on {f2(conv_p)}, {f2(conv)} and {f2(got)}"]
    return {"stem": "h518_huili_jiaotong", "format": "docx", "meta": M, "gold": g, "check_gold": chk, "findings": fnd,
            "traps": traps, "write": write518}


def write518(rep, path):
    M = rep["meta"]
    d, par = docx_base("部门整体支出绩效自评表", "罗建华", datetime.datetime(2025, 4, 10, 9, 0),
                       datetime.datetime(2025, 4, 23, 17, 5))
    par("部门整体支出绩效自评表", 18, True, "c")
    par("（2024年度）", 12, False, "c")
    par(f"部门（单位）名称（盖章）：{M['dept']}　　　　　　　　　　　金额单位：万元", 10.5)
    (nb, ib, ab, eb), (np_, ip, ap, ep) = M["parts"]
    data = [["年度预算执行情况（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", mc(M["ini"]), mc(M["adj"]), mc(M["ex"]), "10", q(M["rate"]), f2(M["rs"])],
            ["", "其中：基本支出", mc(ib), mc(ab), mc(eb), "—", q(M["prates"][0]), "—"],
            ["", "　　　项目支出", mc(ip), mc(ap), mc(ep), "—", q(M["prates"][1]), "—"]]
    sp = [(0, 0, 0, 3)]
    h0 = len(data)
    data.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    rows_, sp2 = ind_grid(M["ind"], (0, 1, 2, 3, 4, 5, 6, 7), h0 + 1)
    data += rows_
    sp += sp2
    r_tot = len(data)
    data.append(["合计", "", "", "", "", "100", f2(M["got"]), "指标得分"])
    sp.append((0, r_tot, 4, r_tot))
    r_b = len(data)
    data.append(["加分项（最高5分，加分后综合得分不超过100分）", "", "", "", "", "", "加分", "加分依据"])
    sp.append((0, r_b, 5, r_b))
    for k, (t_, b_) in enumerate(M["bonus"]):
        data.append([f"{k + 1}.{t_}", "", "", "", "", "", str(b_),
                     ["四川省交通运输厅等四部门通报（川交发〔2024〕52号）", "省交通运输厅简报2024年第37期"][k]])
        sp.append((0, len(data) - 1, 5, len(data) - 1))
    data.append(["加分合计", "", "", "", "", "", str(M["bsum"]), ""])
    sp.append((0, len(data) - 1, 5, len(data) - 1))
    data.append([f"综合得分＝指标得分＋加分＝{f2(M['got'])}＋{M['bsum']}＝{f2(M['conv_p'])}", "", "", "", "", "", "", ""])
    sp.append((0, len(data) - 1, 7, len(data) - 1))
    data.append(["自评等级", "", "", "", "", "", "优", ""])
    sp.append((0, len(data) - 1, 5, len(data) - 1))
    docx_table(d, data, sp, [22, 22, 36, 22, 22, 12, 14, 32], size=8.5, left=(2, 7),
               bold_rows=(0, h0, r_tot, r_b))
    par("说明：1.年度资金总额得分＝执行率×10；2." + NOTE_P + "；3.获得省级及以上表彰或工作经验被省级及以上部门推广的，每项加1–2分，"
        "加分合计最高5分，综合得分＝指标得分＋加分，最高不超过100分；4.自评等级按综合得分确定：" + BANDS77 + "。", 9)
    par("单位负责人：吉志明　　财务负责人：王秀英　　填表人：罗建华　　联系电话：0834-5623418　　填报日期：2025年4月23日", 9)
    write_bytes(path, ooxml_bytes(lambda b: d.save(b)))


ALL.append(h518())


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
    round_main(argv, sorted(ALL, key=lambda r: r["stem"]), "92")


if __name__ == "__main__":
    main(sys.argv[1:])
