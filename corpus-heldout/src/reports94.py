#!/usr/bin/python3
"""Round 94 (h524–h528): publication families not used before, each with THREE PLANTED audit problems, made apart
from the code by the corpus94 session. Specs, rendering, gold and findings in this one file; every planted figure
carries `# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a
report whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 -B corpus-heldout/src/reports94.py [h524 …]      # gold, findings, files
    /usr/bin/python3 -B corpus-heldout/src/reports94.py --drop         # drop each planted finding in turn
h524 an A3 部门整体 自评表 scanned on an A4 flatbed in TWO PASSES and STITCHED (a seam, the halves' skew, brightness and
     vertical offset differ), JPEG (嫩江市, 黑河市);
h525 a 项目 自评表 on a county portal whose article body is TinyMCE output (`<table style="border-collapse: collapse;
     width: 100%;" border="1">`, `<colgroup>` of percentage `<col>`s, per-cell width / height styles, `<p>&nbsp;</p>`
     spacers), HTML (开化县, 衢州市);
h526 a third-party evaluation of a MULTI-YEAR project over its whole 实施期 (2022—2024): 分年度 funds and 分年度 target
     tables, cumulative 实施期 targets in the 评分表, DOCX (竹山县, 十堰市);
h527 a 部门整体 自评表 whose 佐证材料 column holds HYPERLINKS (relative links into a 佐证材料 folder), XLSX (姚安县, 楚雄州);
h528 a prose 部门整体 自评报告 typeset in TWO COLUMNS (双栏) with a full-width 附表 page, PDF text (灵璧县, 宿州市).
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因 / 说明[, 佐证材料]).
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
from heldout import budget, gold  # noqa: E402
from reports4 import pct, F  # noqa: E402
from reports22 import r2, with_project  # noqa: E402
from reports36_common import grade, P, main as round_main  # noqa: E402
from reports66 import missed_ok, mc, q, f2, no_half  # noqa: E402,F401
from reports77 import ooxml_bytes, fnum, BANDS77  # noqa: E402
from reports79 import fund_row, rl_kit, below_no_reason, runs  # noqa: E402  (importing reports79 writes nothing)
from reports84 import grows, props, rates, write_bytes, ind_grid, docx_table, docx_base  # noqa: E402

ALL = []
E = htmlmod.escape
FIXED_MOD = "2025-08-28T09:00:00Z"
SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
SERIF_B = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"


def fix_core(name, data):
    """core.xml with a fixed 'modified' (openpyxl stamps the current time on save) — copied from round 93"""
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
    """rows at or above a quantitative target that lose points (copied from round 93)"""
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
    """qualitative rows (no number in the target) below full marks: with share given (the 60% rule), those whose
    score is not share × 分值"""
    out = []
    for x in ind:
        if re.match(r"^[≥≤]?\d", x[3] or "") or x[6] >= x[5]:
            continue
        if share is None or abs(x[6] - r2(share * x[5])) > 0.001:
            out.append(x[2])
    return out


NOTE_P = ("定量指标未达到年度指标值的按“实际完成值÷年度指标值×分值”计分，超额完成不加分；定性指标未完全达成的，视情况扣分并"
          "说明原因")


# ============================================================ h524 嫩江市 (JPEG: A3 form scanned in two passes, stitched)

def h524():
    dept = "嫩江市农业农村局"
    parts = [("基本支出", 1860.00, 1942.60, 1925.37), ("项目支出", 16400.00, 19836.80, 18952.44)]
    ini, adj, ex = (r2(parts[0][k] + parts[1][k]) for k in (1, 2, 3))
    assert (ini, adj, ex) == (18260.00, 21779.40, 20877.81), (ini, adj, ex)
    rate, rb, rp = rates((ex, adj), (parts[0][3], parts[0][2]), (parts[1][3], parts[1][2]))
    assert (rate, rb, rp) == (95.86, 99.11, 95.54), (rate, rb, rp)
    no_half(rate / 10, "rs")
    rs = r2(rate / 10)
    assert rs == 9.59
    ind = [("产出指标", "数量指标", "耕地地力保护补贴发放面积", "≥860万亩", "862.4万亩", 6, 6, ""),
           # PLANT ROW_SCORE_OVER_WEIGHT: 6.5 of 6 “超额完成加0.5分” against the 说明's 超额完成不加分
           ("产出指标", "数量指标", "黑土地保护性耕作实施面积", "≥150万亩", "152.3万亩", 6, 6.5, "超额完成，加0.5分"),
           ("产出指标", "数量指标", "高标准农田建设面积", "≥12万亩", "11.4万亩", 6, P(11.4, 12, 6),
            "2个项目区受秋汛影响延期施工，已督促2025年5月底前完工"),
           ("产出指标", "数量指标", "农业技术培训人次", "≥3000人次", "3000人次", 5, 5, ""),
           ("产出指标", "数量指标", "农机购置补贴机具数量", "≥1800台（套）", "1856台（套）", 5, 5, ""),
           ("产出指标", "质量指标", "高标准农田工程验收合格率", "100%", "100%", 6, 6, ""),
           ("产出指标", "质量指标", "畜禽强制免疫密度", "≥90%", "96.2%", 5, 5, ""),
           ("产出指标", "质量指标", "农产品质量安全例行监测合格率", "≥98%", "99.3%", 5, 5, ""),
           ("产出指标", "时效指标", "惠农补贴资金兑付及时率", "100%", "100%", 5, 5, ""),
           ("产出指标", "成本指标", "高标准农田亩均建设成本", "≤2800元/亩", "2760元/亩", 5, 5, ""),
           ("效益指标", "经济效益", "粮食总产量", "≥50亿斤", "51.6亿斤", 6, 6, ""),
           ("效益指标", "经济效益", "农村居民人均可支配收入增幅", "≥6%", "6.8%", 5, 5, ""),
           ("效益指标", "生态效益", "秸秆综合利用率", "≥93%", "94.1%", 5, 5, ""),
           ("效益指标", "社会效益", "农业生产安全事故", "0起", "0起", 4, 4, ""),
           ("效益指标", "可持续影响", "基层农技推广体系运行机制", "健全", "基本健全", 5, 4,
            "2个乡镇农技站专业人员不足，扣1分"),
           ("满意度指标", "服务对象满意度", "种植户满意度", "≥90%", "93.5%", 6, 6, ""),
           ("满意度指标", "服务对象满意度", "养殖户满意度", "≥90%", "88.2%", 5, P(88.2, 90, 5),
            "部分养殖户反映防疫技术指导频次不足")]
    props(ind)
    assert ssum(ind, 5) == 90
    assert off_prop(ind) == [] and over(ind) == ["黑土地保护性耕作实施面积"] and met_lost(ind) == []
    assert below_no_reason(ind) == [] and qual_off(ind) == ["基层农技推广体系运行机制"]
    # the 说明's 满意度 rule (the MALFORMED_RULE plant) overlaps at 80%–85%; no 满意度 row lies there
    assert all(not (80 <= float(x[4].rstrip("%")) < 85) for x in ind if x[0] == "满意度指标")
    rows_total = r2(ssum(ind, 6) + rs)
    assert rows_total == 98.69, rows_total
    total_p = 96.89  # PLANT TOTAL_VS_ROWS: the fund line 9.59 + the 18 rows 89.10 = 98.69; 总分 prints 96.89
    true_total = r2(rows_total - 0.5)
    assert true_total == 98.19 and grade(total_p) == grade(rows_total) == grade(true_total) == "优"
    rule3 = "满意度指标：满意度≥90%得满分，80%（含）—90%按“实际满意度÷90%×分值”计分，85%以下不得分"  # PLANT MALFORMED_RULE
    g = gold(None, dept, 2024, "COUNTY", "黑龙江省", "SELF_EVALUATION", None, total_p, 100, "优",
             budget(ini, adj, ex, rate, parts[0][2], parts[0][3], parts[1][2], parts[1][3]), [],
             [fund_row(rate, rs)] + grows(ind))
    M = dict(dept=dept, parts=parts, ini=ini, adj=adj, ex=ex, rate=rate, prates=[rb, rp], rs=rs, ind=ind,
             total=total_p, rule3=rule3)
    fnd = [F("MALFORMED_RULE", "说明3（满意度指标）", "说明：…3." + rule3 + "；", rule3,
             "bands that neither overlap nor leave a gap, e.g. 80%（含）—90%按比例计分，80%以下不得分", "MEDIUM",
             "WARNING",
             "the 80%（含）—90% band scores in proportion and the “85%以下不得分” band gives 0: the two overlap at 80%–85%, "
             "so a satisfaction of 80%–85% has two scores; no 满意度 row of this form lies there (93.5%, 88.2%), so no "
             "row score is affected"),
           F("ROW_SCORE_OVER_WEIGHT", "黑土地保护性耕作实施面积",
             "产出指标 | 数量指标 | 黑土地保护性耕作实施面积 | ≥150万亩 | 152.3万亩 | 6 | 6.5 | 超额完成，加0.5分", "6.5",
             "≤ 6 (6)", "HIGH", "ERROR",
             "6.5 of 6 “超额完成，加0.5分”, against the 说明's 超额完成不加分 and above the row's own 分值"),
           F("TOTAL_VS_ROWS", "总分", f"总分 | 100 | {f2(total_p)} | 自评等级：优", f2(total_p), f2(rows_total), "HIGH",
             "ERROR",
             f"the fund line 9.59 + the 18 rows as printed ({f2(ssum(ind, 6))}) = {f2(rows_total)}; the 总分 prints "
             f"{f2(total_p)} (digits swapped); with the over-weight row corrected {f2(true_total)}; 优 either way")]
    traps = ["the page is an A3 form SCANNED ON AN A4 FLATBED IN TWO PASSES and STITCHED: a vertical seam near the middle "
             "where the right half sits 4 px lower, is a little darker and skewed differently (ruled lines step at the "
             "seam); nothing is doubled or lost at the seam, and the seam is no rule of the table",
             f"budget: 年初 1,860.00 + 16,400.00 = {mc(ini)}; 全年 1,942.60 + 19,836.80 = {mc(adj)}; 执行 1,925.37 + "
             f"18,952.44 = {mc(ex)}; {q(rate)}, 基本 {q(rb)}, 项目 {q(rp)} right; none over; 年初 < 全年 (追加); 年度资金总额 "
             f"{q(rate)} × 10 = {f2(rs)}",
             "高标准农田建设面积 6 × 11.4 ÷ 12 = 5.70 (proportion, with a reason); 养殖户满意度 88.2% lies in the 80%（含）—90% "
             "band: 5 × 88.2 ÷ 90 = 4.90 (outside the overlap); 基层农技推广体系运行机制 −1 with a reason",
             "农业技术培训人次 3000 vs ≥3000人次 (met exactly); 高标准农田亩均建设成本 2760 vs ≤2800元/亩 (a ceiling met; a "
             "unit cost, not a budget figure); 农业生产安全事故 0起 (met); 农村居民人均可支配收入增幅 6.8% vs ≥6% (a "
             "growth rate on a real base, met)",
             "分值 10 + 90 = 100; 优 on the printed total, the rows' total and the corrected total"]
    return {"stem": "h524_nenjiang_nongye", "format": "jpg", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "draw": draw524}


def draw524(rep, path):
    """the A3 landscape form at 150 dpi, scanned as two A4 passes (left, right) and stitched at x = 1236"""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    M = rep["meta"]
    W, Hh = 2480, 1754
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

    def cell_text(x0, y0, x1, y1, s_, sz=20, bold=False, left=False):
        lines = wrap(s_, x1 - x0 - 12, sz)
        lh = sz + 6
        y = (y0 + y1) / 2 - lh * len(lines) / 2 + 2
        for ln in lines:
            if left:
                d.text((x0 + 6, y), ln, font=font(sz, bold), fill=(15, 15, 15))
            else:
                d.text(((x0 + x1) / 2, y), ln, font=font(sz, bold), fill=(15, 15, 15), anchor="ma")
            y += lh

    def hline(y_, x0, x1):
        d.line([(x0, y_), (x1, y_)], fill=(0, 0, 0), width=2)

    def vlines(y0, y1, xs):
        for x in xs:
            d.line([(x, y0), (x, y1)], fill=(0, 0, 0), width=2)
    L, R = 110, 2370
    d.text((W / 2, 70), "部门整体支出绩效自评表", font=font(42, True), fill=(0, 0, 0), anchor="ma")
    d.text((W / 2, 128), "（2024年度）", font=font(24), fill=(0, 0, 0), anchor="ma")
    d.text((L, 172), "部门（单位）名称（盖章）：" + M["dept"], font=font(21), fill=(0, 0, 0))
    d.text((R, 172), "金额单位：万元", font=font(21), fill=(0, 0, 0), anchor="ra")
    y = 208
    # budget block: label | line | 年初 | 全年 | 执行 | 分值 | 执行率 | 得分
    bx = [L, 420, 760, 1040, 1320, 1600, 1760, 2040, R]
    heads = ["年度预算执行情况（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    (nb, ib, ab, eb), (np_, ip, ap, ep) = M["parts"]
    lines = [heads, ["", "年度资金总额", mc(M["ini"]), mc(M["adj"]), mc(M["ex"]), "10", q(M["rate"]), f2(M["rs"])],
             ["", "其中：基本支出", mc(ib), mc(ab), mc(eb), "—", q(M["prates"][0]), "—"],
             ["", "　　　项目支出", mc(ip), mc(ap), mc(ep), "—", q(M["prates"][1]), "—"]]
    hline(y, L, R)
    y0b = y
    for k, r_ in enumerate(lines):
        for j in range(1, 8):
            cell_text(bx[j], y, bx[j + 1], y + 42, r_[j], 20, bold=(k == 0), left=(j == 1 and k > 0))
        vlines(y, y + 42, bx[1:])
        y += 42
        hline(y, bx[1], R)
    cell_text(L, y0b, bx[1], y, "年度预算执行情况（万元）", 20, True)
    vlines(y0b, y, [L])
    hline(y, L, R)
    # indicator table
    cols = [L, 260, 450, 790, 1050, 1290, 1400, 1510, R]
    ih = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    for j, v in enumerate(ih):
        cell_text(cols[j], y, cols[j + 1], y + 46, v, 20, True)
    vlines(y, y + 46, cols)
    y += 46
    hline(y, L, R)
    ind = M["ind"]
    ys = []
    for x in ind:
        hh = 56 if len(x[7]) > 38 or len(x[2]) > 13 else 50
        ys.append((y, y + hh))
        for j in range(2, 8):
            v = fnum(x[j]) if isinstance(x[j], (int, float)) else x[j]
            cell_text(cols[j], y, cols[j + 1], y + hh, v, 19, left=(j in (2, 7)))
        y += hh
        hline(y, cols[2], R)
        vlines(ys[-1][0], y, cols[2:])
    for col in (0, 1):
        for a_, b_ in runs(ind, col):
            y0_, y1_ = ys[a_][0], ys[b_][1]
            cell_text(cols[col], y0_, cols[col + 1], y1_, ind[a_][col], 19)
            hline(y1_, cols[col], cols[col + 1])
    vlines(ys[0][0], y, [L, cols[1], cols[2]])
    cell_text(L, y, cols[5], y + 46, "总分", 21, True)
    cell_text(cols[5], y, cols[6], y + 46, "100", 20, True)
    cell_text(cols[6], y, cols[7], y + 46, f2(M["total"]), 20, True)
    cell_text(cols[7], y, R, y + 46, "自评等级：优", 20, True, left=True)
    vlines(y, y + 46, [L, cols[5], cols[6], cols[7], R])
    y += 46
    hline(y, L, R)
    y += 14
    note = ("说明：1.年度资金总额得分＝执行率×10；2." + NOTE_P + "；3." + M["rule3"] + "；4.自评等级：" + BANDS77 + "。")
    for ln in wrap(note, R - L, 19):
        d.text((L, y), ln, font=font(19), fill=(0, 0, 0))
        y += 27
    y += 12
    d.text((L, y), "单位负责人：孙志刚　　财务负责人：高淑芬　　填表人：于海洋　　联系电话：0456-7362418　　"
                   "填报日期：2025年4月22日", font=font(19), fill=(0, 0, 0))
    # the two passes: each an A4 (landscape-width half) scan with its own skew, tone and noise; stitched at SEAM
    SEAM = 1236
    rs = np.random.RandomState(94524)
    base = np.asarray(page, dtype=np.float32)
    left = Image.fromarray(base.astype(np.uint8), "RGB").rotate(0.30, resample=Image.BICUBIC, center=(SEAM / 2, Hh / 2),
                                                                 fillcolor=(255, 255, 255))
    right = Image.fromarray(base.astype(np.uint8), "RGB").rotate(-0.12, resample=Image.BICUBIC,
                                                                  center=(SEAM + (W - SEAM) / 2, Hh / 2),
                                                                  fillcolor=(255, 255, 255))
    la = np.asarray(left, dtype=np.float32) * np.array([0.985, 0.978, 0.962], dtype=np.float32)
    ra = np.asarray(right, dtype=np.float32) * np.array([0.962, 0.957, 0.945], dtype=np.float32)
    ra = np.vstack([np.full((4, W, 3), 244.0, dtype=np.float32), ra[:-4]])  # the second pass 4 px lower
    out = np.concatenate([la[:, :SEAM], ra[:, SEAM:]], axis=1)
    # the seam: a faint darker column where the passes meet, a light band of uneven lid shadow beside it
    out[:, SEAM - 1:SEAM + 1] *= 0.86
    xx = np.arange(W, dtype=np.float32)
    shadow = 1 - 0.035 * np.exp(-((xx - SEAM - 6) / 9.0) ** 2)
    out = out * shadow[None, :, None]
    out = out + rs.normal(0, 3.0, (Hh, W, 1))
    img = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(0.4))
    img.save(path, "JPEG", quality=84, optimize=False, progressive=False, subsampling=2, dpi=(150, 150))


ALL.append(h524())


# ============================================================ h525 开化县 (HTML: TinyMCE article, 项目 自评表)

def h525():
    dept, unit = "开化县商务局", "开化县电子商务发展服务中心"
    project = "2024年开化县农村电商冷链物流提升项目"
    src = [("中央财政资金", 150.00, 150.00, 150.00), ("省级财政资金", 100.00, 120.00, 116.52),
           ("县级财政资金", 80.00, 110.00, 98.96)]
    ini_true, adj, ex = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    assert (ini_true, adj, ex) == (330.00, 380.00, 365.48), (ini_true, adj, ex)
    ini_p = 350.00  # PLANT BREAKDOWN_SUM: 150.00 + 100.00 + 80.00 = 330.00; the 年度资金总额 line prints 350.00
    rate, *srates = rates((ex, adj), *[(x[3], x[2]) for x in src])
    assert rate == 96.18 and srates == [100.00, 97.10, 89.96], (rate, srates)
    no_half(rate / 10, "rs")
    rs = r2(rate / 10)
    assert rs == 9.62
    ind = [("产出指标", "数量指标", "新建乡镇冷链集配中心", "≥3个", "3个", 8, 8, ""),
           ("产出指标", "数量指标", "购置冷藏运输车辆", "≥10辆", "11辆", 6, 6, ""),
           ("产出指标", "数量指标", "新建村级冷链寄递服务点", "≥40个", "36个", 7, P(36, 40, 7),
            "4个行政村选址调整，已列入2025年计划"),
           ("产出指标", "数量指标", "电商从业人员培训人次", "≥500人次", "526人次", 6, 6, ""),
           ("产出指标", "质量指标", "冷链设施验收合格率", "100%", "100%", 6, 6, ""),
           ("产出指标", "质量指标", "冷链全程温控达标率", "≥95%", "97.3%", 5, 5, ""),
           ("产出指标", "时效指标", "冷链集配中心建成投用时间", "2024年10月底前", "2024年10月25日", 5, 5, ""),
           ("产出指标", "成本指标", "冷链集配中心单体建设补助", "≤60万元/个", "58万元/个", 5, 5, ""),
           # PLANT TARGET_MISSED_FULL_MARKS: 31.6% misses ≥35%, full 6, empty reason; proportion 5.42
           ("效益指标", "经济效益", "农产品冷链流通率", "≥35%", "31.6%", 6, 6, ""),
           # PLANT RATE_OVER_ZERO_BASE: a growth rate on a base of 0 (上年库容0立方米) printed as 100%
           ("效益指标", "经济效益", "县域冷链仓储库容较上年增长率", "≥50%", "100%", 5, 5,
            "上年库容0立方米，本年新增1500立方米"),
           ("效益指标", "经济效益", "农产品网络零售额", "≥8亿元", "8.36亿元", 6, 6, ""),
           ("效益指标", "社会效益", "带动农户增收户数", "≥1500户", "1620户", 5, 5, ""),
           ("效益指标", "生态效益", "生鲜农产品产后损耗率", "≤8%", "6.5%", 5, 5, ""),
           ("效益指标", "可持续影响", "冷链设施运营管护机制", "健全", "基本健全", 5, 4, "2个服务点管护责任人未明确，扣1分"),
           ("满意度指标", "服务对象满意度", "受益农户满意度", "≥90%", "92.4%", 5, 5, ""),
           ("满意度指标", "服务对象满意度", "电商企业满意度", "≥90%", "86.7%", 5, P(86.7, 90, 5), "冷链配送时效有待提高")]
    props(ind)
    assert ssum(ind, 5) == 90
    miss = P(31.6, 35, 6)
    no_half(6 * 31.6 / 35, "miss")
    assert miss == 5.42
    assert off_prop(ind) == ["农产品冷链流通率"] and over(ind) == [] and met_lost(ind) == []
    assert below_no_reason(ind) == [] and qual_off(ind) == ["冷链设施运营管护机制"]
    total = r2(ssum(ind, 6) + rs)
    assert total == 97.74, total
    g = with_project(gold(None, dept, 2024, "COUNTY", "浙江省", "SELF_EVALUATION", None, total, 100, None,
                          budget(ini_p, adj, ex, rate), [], [fund_row(rate, rs)] + grows(ind)), project, unit)
    M = dict(dept=dept, unit=unit, project=project, src=src, srates=srates, ini=ini_p, adj=adj, ex=ex, rate=rate,
             rs=rs, ind=ind, total=total)
    fnd = [F("RATE_OVER_ZERO_BASE", "县域冷链仓储库容较上年增长率",
             "效益指标 | 经济效益 | 县域冷链仓储库容较上年增长率 | ≥50% | 100% | 5 | 5 | 上年库容0立方米，本年新增1500立方米",
             "100%", "— (上年库容 0立方米: no growth rate)", "HIGH", "WARNING",
             "the row's own note gives the base: 0立方米 last year, 1500立方米 this year; a growth rate over a zero base is "
             "undefined, so the printed 100% (and the full 5 it earns against ≥50%) rests on no figure; the indicator should "
             "be stated as 新增库容 (≥…立方米)"),
           F("TARGET_MISSED_FULL_MARKS", "农产品冷链流通率", "效益指标 | 经济效益 | 农产品冷链流通率 | ≥35% | 31.6% | 6 | 6 |",
             "6", f2(miss), "HIGH", "WARNING",
             "31.6% is below ≥35%, yet the row keeps 6 of 6 with an empty 偏差原因 cell; the 说明's proportion rule gives "
             "6 × 31.6 ÷ 35 = 5.42"),
           F("BREAKDOWN_SUM", "年度资金总额（年初预算数）",
             f"年度资金总额 | {mc(ini_p)} | {mc(adj)} | {mc(ex)} | 10 | {q(rate)} | {f2(rs)} | 其中：中央财政资金 | 150.00 … "
             f"省级财政资金 | 100.00 … 县级财政资金 | 80.00", mc(ini_p), mc(ini_true), "HIGH", "ERROR",
             f"the sources' 年初预算数 150.00 + 100.00 + 80.00 = {mc(ini_true)}, the 年度资金总额 line prints {mc(ini_p)}; "
             f"the 全年预算数 ({mc(adj)}) and 全年执行数 ({mc(ex)}) columns add up, so the rate and the fund line's score "
             "are not touched")]
    traps = ["the article body is TinyMCE output: `<table style=\"border-collapse: collapse; width: 100%;\" border=\"1\">`, a "
             "`<colgroup>` of percentage `<col>`s, width / height styles on every `<td>`, `<p>&nbsp;</p>` spacers; the "
             "portal chrome (nav, 当前位置, 发布日期 / 来源 / 浏览次数, 打印 / 关闭, footer) is not content",
             f"fund lines: 全年 150.00 + 120.00 + 110.00 = {mc(adj)}; 执行 150.00 + 116.52 + 98.96 = {mc(ex)}; {q(rate)} and the "
             f"lines' 100.00%, 97.10%, 89.96% right; none over; 年度资金总额 {q(rate)} × 10 = {f2(rs)}",
             "新建村级冷链寄递服务点 7 × 36 ÷ 40 = 6.30, 电商企业满意度 5 × 86.7 ÷ 90 = 4.82 (proportion, with reasons); "
             "冷链设施运营管护机制 −1 with a reason",
             "新建乡镇冷链集配中心 3 vs ≥3个 (met exactly); 冷链集配中心单体建设补助 58 vs ≤60万元/个 (a ceiling met; a unit "
             "subsidy, not a budget figure); 生鲜农产品产后损耗率 6.5% vs ≤8% (a ceiling met); 建成投用 2024年10月25日 vs "
             "10月底前 (met); 农产品网络零售额 8.36亿元 is sales, not spending",
             f"总分 {f2(total)} = the fund line + the 16 rows; 分值 10 + 90 = 100; a 项目 form: no grade"]
    return {"stem": "h525_kaihua_shangwu", "format": "html", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "html": html525(M)}


def mce_table(rows, widths, spans=(), head=0, left=(), hpx=32):
    """a table as TinyMCE 5 serialises it: border-collapse style with width / height, a <colgroup> of percentage cols,
    every cell with its width and height styles; spans (c0, r0, c1, r1) as rowspan / colspan; no <thead>"""
    start, covered = {}, set()
    for (c0, r0, c1, r1) in spans:
        start[(r0, c0)] = (r1 - r0 + 1, c1 - c0 + 1)
        for rr in range(r0, r1 + 1):
            for cc in range(c0, c1 + 1):
                if (rr, cc) != (r0, c0):
                    covered.add((rr, cc))
    out = [f'<table style="border-collapse: collapse; width: 100%; height: {hpx * len(rows)}px;" border="1">'
           "<colgroup>" + "".join(f'<col style="width: {w_}%;">' for w_ in widths) + "</colgroup>", "<tbody>"]
    for i, r_ in enumerate(rows):
        cells = []
        for j, v in enumerate(r_):
            if (i, j) in covered:
                continue
            rs_, cs_ = start.get((i, j), (1, 1))
            wd = sum(widths[j:j + cs_])
            st = f"width: {wd:g}%; height: {hpx * rs_}px;"
            if j not in left or i < head:
                st += " text-align: center;"
            a = (f' rowspan="{rs_}"' if rs_ > 1 else "") + (f' colspan="{cs_}"' if cs_ > 1 else "")
            txt = E(str(v)) if str(v) else "&nbsp;"
            if i < head:
                txt = f"<strong>{txt}</strong>"
            cells.append(f'<td style="{st}"{a}>{txt}</td>')
        out.append(f'<tr style="height: {hpx}px;">' + "".join(cells) + "</tr>")
    out.append("</tbody>\n</table>")
    return "\n".join(out)


def html525(M):
    w = [9, 11, 19, 11.5, 11.5, 7, 7, 24]
    rows = [["项目名称", "", M["project"], "", "", "", "", ""],
            ["主管部门", "", M["dept"], "", "实施单位", "", M["unit"], ""],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", mc(M["ini"]), mc(M["adj"]), mc(M["ex"]), "10", q(M["rate"]), f2(M["rs"])]]
    for k, (n, a, b, c) in enumerate(M["src"]):
        rows.append(["", ("其中：" if k == 0 else "") + n, mc(a), mc(b), mc(c), "—", q(M["srates"][k]), "—"])
    sp = [(0, 0, 1, 0), (2, 0, 7, 0), (0, 1, 1, 1), (2, 1, 3, 1), (4, 1, 5, 1), (6, 1, 7, 1), (0, 2, 1, 2),
          (0, 3, 0, 3 + len(M["src"]))]
    g0 = len(rows)
    rows.append(["年度总体目标", "", "预期目标", "", "", "实际完成情况", "", ""])
    rows.append(["", "", "新建乡镇冷链集配中心3个、村级冷链寄递服务点40个，购置冷藏运输车辆10辆；农产品冷链流通率达到35%以上，"
                 "冷链仓储库容较上年增长50%以上。", "", "",
                 "建成乡镇冷链集配中心3个、村级服务点36个，购置冷藏车11辆；新增冷链仓储库容1500立方米（上年为0）；全县农产品"
                 "网络零售额8.36亿元。", "", ""])
    sp += [(0, g0, 1, g0 + 1), (2, g0, 4, g0), (5, g0, 7, g0), (2, g0 + 1, 4, g0 + 1), (5, g0 + 1, 7, g0 + 1)]
    h0 = len(rows)
    rows.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    body, sp2 = ind_grid(M["ind"], (0, 1, 2, 3, 4, 5, 6, 7), h0 + 1)
    rows += body
    sp += sp2
    rows.append(["总分", "", "", "", "", "100", f2(M["total"]), ""])
    sp.append((0, len(rows) - 1, 4, len(rows) - 1))
    tab = mce_table(rows, w, sp, head=0, left=(2, 7))
    note = ("说明：1.年度资金总额得分＝执行率×10；2." + NOTE_P + "；3.总分＝年度资金总额得分＋各项绩效指标得分。")
    body_html = "\n".join([
        '<p style="text-align: center;"><span style="font-size: 18pt;"><strong>项目支出绩效自评表</strong></span></p>',
        '<p style="text-align: center;">（2024年度）</p>',
        '<p>&nbsp;</p>',
        tab,
        '<p>&nbsp;</p>',
        f"<p>{E(note)}</p>",
        "<p>单位负责人：郑卫东&nbsp;&nbsp;&nbsp;&nbsp;财务负责人：余晓红&nbsp;&nbsp;&nbsp;&nbsp;填表人：汪佳琪&nbsp;&nbsp;&nbsp;&nbsp;"
        "联系电话：0570-6512873</p>",
        '<p style="text-align: right;">开化县商务局</p>',
        '<p style="text-align: right;">2025年5月16日</p>'])
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>2024年开化县农村电商冷链物流提升项目绩效自评表_部门绩效_开化县人民政府</title>
<meta name="SiteName" content="开化县人民政府">
<meta name="ColumnName" content="部门绩效">
<meta name="PubDate" content="2025-05-16 15:42">
<style>
body{{font-family:"Microsoft YaHei",sans-serif;margin:0;background:#f4f6f9}}
.top{{background:#0b5aa8;color:#fff;padding:14px 40px;font-size:22px}}
.nav a{{color:#fff;margin-right:22px;text-decoration:none}} .nav{{background:#0a4d90;padding:8px 40px}}
.main{{width:1100px;margin:16px auto;background:#fff;padding:24px 36px}}
.position{{font-size:13px;color:#666}} .info{{text-align:center;color:#888;font-size:13px;border-bottom:1px solid #ddd;padding-bottom:8px}}
#zoom table td{{font-size:13px;padding:3px}} .foot{{text-align:center;font-size:12px;color:#666;padding:20px}}
</style>
</head>
<body>
<div class="top">开化县人民政府</div>
<div class="nav"><a href="/">首页</a><a href="/col/col1229563371/">政务公开</a><a href="/col/col1229563402/">政务服务</a><a href="/col/col1229563455/">互动交流</a><a href="/col/col1229563480/">走进开化</a></div>
<div class="main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1229563371/">政务公开</a> &gt; <a href="/col/col1229564120/">财政信息</a> &gt; 部门绩效</div>
<h1 style="text-align:center;font-size:22px">2024年开化县农村电商冷链物流提升项目绩效自评表</h1>
<div class="info">发布日期：2025-05-16 15:42　　来源：县商务局　　浏览次数：<span id="hits">126</span>　　【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</div>
<div id="zoom" class="mce-content-body">
{body_html}
</div>
<div style="text-align:right;font-size:13px"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="foot">主办：开化县人民政府办公室　　网站标识码：3308240016　　浙ICP备12049385号-1<br>浙公网安备 33082402000126号</div>
</body>
</html>
"""


ALL.append(h525())


# ============================================================ h526 竹山县 (DOCX: multi-year project, 实施期 evaluation)

def h526():
    dept = "竹山县水利和湖泊局"
    project = "竹山县2022—2024年农村供水保障提升工程"
    ev = "十堰汇诚工程项目管理咨询有限公司"
    years = [("2022年", 860.00, 812.40), ("2023年", 1120.00, 1086.25), ("2024年", 1000.00, 962.72)]
    adj, ex = r2(sum(x[1] for x in years)), r2(sum(x[2] for x in years))
    assert (adj, ex) == (2980.00, 2861.37), (adj, ex)
    rate_true, *yr = rates((ex, adj), *[(x[2], x[1]) for x in years])
    assert rate_true == 96.02 and yr == [94.47, 96.99, 96.27], (rate_true, yr)
    rate_p = 96.62  # PLANT FORMULA: 2,861.37 ÷ 2,980.00 × 100% = 96.02%; the printed formula ends 96.62%
    ind = [("决策", "项目立项", "立项依据充分性", "依据充分", "依据充分", 4, 4, ""),
           ("决策", "绩效目标", "实施期绩效目标合理性", "合理", "基本合理", 4, 3, "2023年度分年度目标未随投资调整同步修订，扣1分"),
           ("决策", "资金投入", "资金分配合理性", "合理", "合理", 3, 3, ""),
           ("决策", "资金投入", "分年度预算编制科学性", "科学", "基本科学", 4, 3.5, "2022年度预算执行率偏低，扣0.5分"),
           ("过程", "资金管理", "资金到位率", "100%", "100%", 4, 4, ""),
           ("过程", "资金管理", "实施期预算执行率", "100%", q(rate_p), 5, r2(5 * rate_p / 100), "执行率×分值"),
           ("过程", "资金管理", "资金使用合规性", "合规", "合规", 4, 4, ""),
           ("过程", "组织实施", "管理制度健全性", "健全", "健全", 3, 3, ""),
           ("过程", "组织实施", "工程建设程序规范性", "规范", "基本规范", 4, 3.5, "2处工程变更手续后补，扣0.5分"),
           ("产出", "产出数量", "新建改造集中供水工程", "≥45处", "46处", 8, 8, ""),
           ("产出", "产出数量", "新建改造供水管网", "≥380公里", "372公里", 7, P(372, 380, 7),
            "2024年度部分管网并入城区管网改造，未计入"),
           ("产出", "产出数量", "新建水厂日供水规模", "≥1.2万吨/日", "1.2万吨/日", 6, 6, ""),
           ("产出", "产出质量", "工程竣工验收合格率", "100%", "100%", 7, 7, ""),
           ("产出", "产出质量", "出厂水水质检测达标率", "≥95%", "96.8%", 6, 6, ""),
           ("产出", "产出时效", "工程按期完工率", "≥90%", "86.9%", 6, P(86.9, 90, 6), "4处工程受2023年汛期影响延期"),
           ("效益", "社会效益", "农村自来水普及率", "≥96%", "97.2%", 6, 6, ""),
           ("效益", "社会效益", "受益人口", "≥8万人", "8.62万人", 6, 6, ""),
           ("效益", "社会效益", "农村供水保证率", "≥95%", "95%", 5, 5, ""),
           ("效益", "可持续影响", "工程长效运行管护机制", "健全", "基本健全", 4, 3, "部分单村供水工程管护经费未落实，扣1分"),
           ("效益", "满意度", "受益群众满意度", "≥90%", "91.5%", 4, 4, "")]
    no_half(5 * rate_p / 100, "exec row")
    no_half(5 * rate_true / 100, "exec row true")
    props(ind)
    assert off_prop(ind) == [] and over(ind) == [] and met_lost(ind) == [] and below_no_reason(ind) == []
    sc = secs(ind, ["决策", "过程", "产出", "效益"])
    assert sc == [("决策", 15, 13.5), ("过程", 20, 19.33), ("产出", 40, 39.64), ("效益", 25, 24)], sc
    total = r2(sum(s[2] for s in sc))
    assert total == 96.47 and grade(total) == "优", total
    srate = [pct(s_, w_) for _n, w_, s_ in sc]
    assert srate == [90.00, 96.65, 99.10, 96.00], srate
    srate_p = list(srate)
    srate_p[2] = 99.01  # PLANT SCORE_RATE: 产出 39.64 ÷ 40 = 99.10%; 表3 prints 99.01%
    people_prose = "6.82万人"  # PLANT SAME_FIGURE_DIFFERS: the 评分表 prints 8.62万人 for 受益人口
    g = gold(None, dept, 2024, "COUNTY", "湖北省", "THIRD_PARTY_EVALUATION", ev, total, 100, "优",
             budget(None, adj, ex, rate_p), sc, grows(ind))
    g = with_project(g, project, dept)
    M = dict(dept=dept, project=project, ev=ev, years=years, yr=yr, adj=adj, ex=ex, rate=rate_p, ind=ind, sc=sc,
             srate=srate_p, total=total, people_prose=people_prose)
    fnd = [F("FORMULA", "实施期预算执行率（二、项目资金情况）",
             f"实施期预算执行率＝实施期累计支出÷实施期累计预算×100%＝{mc(ex)}÷{mc(adj)}×100%＝{q(rate_p)}", q(rate_p),
             q(rate_true), "HIGH", "ERROR",
             f"{mc(ex)} ÷ {mc(adj)} = {q(rate_true)}; the formula's printed inputs do not give {q(rate_p)}; the 表1 合计 line "
             f"and the 评分表's 实施期预算执行率 row restate {q(rate_p)} (one figure, one finding) and the row's "
             f"{f2(r2(5 * rate_p / 100))} follows it (on the true rate {f2(r2(5 * rate_true / 100))}); the three 分年度 rates "
             f"({', '.join(q(x) for x in yr)}) are right"),
           F("SCORE_RATE", "产出（得分率）", f"产出 | 40 | {f2(sc[2][2])} | {q(srate_p[2])}", q(srate_p[2]), q(srate[2]),
             "HIGH", "ERROR", f"表3: 产出 {f2(sc[2][2])} ÷ 40 = {q(srate[2])}, printed {q(srate_p[2])} (digits swapped); the "
                              "score itself equals the 评分表's 产出 rows"),
           F("SAME_FIGURE_DIFFERS", "受益人口",
             f"四（三）：工程实施后受益人口{people_prose} | 附件：效益 | 社会效益 | 受益人口 | 6 | ≥8万人 | 8.62万人 | 6",
             people_prose, "8.62万人 (评分表)", "HIGH", "WARNING",
             f"the same figure is {people_prose} in the analysis and 8.62万人 in the 评分表, whose full 6 follows 8.62; by "
             f"the prose the row would miss ≥8万人 and score 6 × 6.82 ÷ 8 = {f2(P(6.82, 8, 6))}")]
    traps = ["the evaluation covers the whole 实施期 2022—2024: the 分年度 figures (表1 by year, 表2 分年度目标) are the "
             "years' parts, not three reports; the gold's budget is the 实施期 total (累计预算 2,980.00, 累计支出 2,861.37; "
             "no 年初预算数)",
             f"表1: 860.00 + 1,120.00 + 1,000.00 = {mc(adj)}; 812.40 + 1,086.25 + 962.72 = {mc(ex)}; the years' "
             f"{', '.join(q(x) for x in yr)} right; none over",
             "新建改造供水管网 7 × 372 ÷ 380 = 6.85, 工程按期完工率 6 × 86.9 ÷ 90 = 5.79 (proportion, with reasons); the 决策 / "
             "过程 / 效益 deductions each with a reason",
             "新建水厂日供水规模 1.2 vs ≥1.2万吨/日 and 农村供水保证率 95% vs ≥95% (met exactly); 新建改造集中供水工程 46 vs "
             "≥45处 (met)",
             f"表3: 决策 15 | 13.5 | 90.00%, 过程 20 | 19.33 | 96.65%, 效益 25 | 24 | 96.00% right; 合计 100 | {f2(total)} = "
             "the 20 rows; 优"]
    return {"stem": "h526_zhushan_shuili", "format": "docx", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "write": write526}


def write526(rep, path):
    M = rep["meta"]
    d, par = docx_base(M["project"] + "实施期整体绩效评价报告", "汇诚咨询", datetime.datetime(2025, 5, 6, 9, 0),
                       datetime.datetime(2025, 6, 3, 17, 10))
    sc = {n: (w_, s_) for n, w_, s_ in M["sc"]}
    par(M["project"], 18, True, "c")
    par("实施期（2022—2024年）整体绩效评价报告", 16, True, "c")
    par("委托单位：竹山县财政局", 12, False, "c")
    par("评价机构：" + M["ev"], 12, False, "c")
    par("报告编号：十汇咨绩评〔2025〕017号", 12, False, "c")
    d.add_page_break()
    par("竹山县财政局：", 12)
    par(f"受贵局委托，我公司对{M['project']}（以下简称“项目”）实施期（2022年1月至2024年12月）整体绩效开展了评价。本次评价"
        "以项目实施期绩效目标为依据，兼顾各年度分年度目标完成情况，现将评价情况报告如下。", indent=True)
    par("一、项目概况", 14, True)
    par(f"项目由{M['dept']}组织实施，实施期三年，建设内容为新建改造集中供水工程、新建改造供水管网和新建水厂，覆盖全县17个乡镇。"
        "项目实施期绩效目标为：新建改造集中供水工程45处以上、供水管网380公里以上，农村自来水普及率达到96%以上，受益人口8万人"
        "以上。", indent=True)
    par("二、项目资金情况", 14, True)
    par(f"项目实施期累计安排预算{mc(M['adj'])}万元，累计支出{mc(M['ex'])}万元。实施期预算执行率＝实施期累计支出÷实施期累计"
        f"预算×100%＝{mc(M['ex'])}÷{mc(M['adj'])}×100%＝{q(M['rate'])}。分年度资金安排及支出情况见表1。", indent=True)
    par("表1　分年度资金安排及支出情况（单位：万元）", 11, True, "c")
    data = [["年度", "预算安排数", "实际支出数", "执行率"]]
    for (n, a, b), r_ in zip(M["years"], M["yr"]):
        data.append([n, mc(a), mc(b), q(r_)])
    data.append(["实施期合计", mc(M["adj"]), mc(M["ex"]), q(M["rate"])])
    docx_table(d, data, [], [40, 40, 40, 34], size=10, bold_rows=(0, len(data) - 1))
    par("三、分年度绩效目标完成情况", 14, True)
    par("表2　分年度绩效目标及完成情况", 11, True, "c")
    data = [["年度", "分年度绩效目标", "完成情况"],
            ["2022年", "新建改造集中供水工程12处、管网100公里", "建成12处、管网96公里"],
            ["2023年", "新建改造集中供水工程18处、管网150公里，新建水厂1座", "建成18处、管网148公里，水厂主体完工"],
            ["2024年", "新建改造集中供水工程15处、管网130公里，水厂投运", "建成16处、管网128公里，水厂投运（1.2万吨/日）"]]
    docx_table(d, data, [], [22, 70, 70], size=10, left=(1, 2), bold_rows=(0,))
    par("四、绩效评价结论及分析", 14, True)
    par(f"经综合评价，项目实施期整体绩效得分{f2(M['total'])}分，评价等级为“优”（{BANDS77}）。各一级指标得分情况见表3。",
        indent=True)
    par("表3　一级指标得分情况", 11, True, "c")
    data = [["一级指标", "分值", "得分", "得分率"]]
    for (n, w_, s_), r_ in zip(M["sc"], M["srate"]):
        data.append([n, fnum(w_), f2(s_), q(r_)])
    data.append(["合计", "100", f2(M["total"]), q(M["total"])])
    docx_table(d, data, [], [40, 30, 30, 34], size=10, bold_rows=(0, len(data) - 1))
    par(f"（一）决策（{fnum(sc['决策'][0])}分），得分{f2(sc['决策'][1])}分。项目立项依据充分，资金分配合理；2023年度投资调整后"
        "分年度目标未同步修订，2022年度预算执行率偏低，共扣1.5分。", indent=True)
    par(f"（二）过程（{fnum(sc['过程'][0])}分），得分{f2(sc['过程'][1])}分。资金及时足额到位，使用合规；实施期预算执行率"
        f"{q(M['rate'])}，按“执行率×分值”计分；2处工程变更手续后补，扣0.5分。", indent=True)
    par(f"（三）产出及效益。实施期累计新建改造集中供水工程46处、供水管网372公里，新建水厂1座（日供水规模1.2万吨），工程竣工验收"
        f"合格率100%；农村自来水普及率由2021年的93.6%提高到97.2%，工程实施后受益人口{M['people_prose']}，农村供水保证率95%，"
        "受益群众满意度91.5%。产出得分" + f2(sc["产出"][1]) + "分，效益得分" + f2(sc["效益"][1]) + "分。", indent=True)
    par("五、存在的问题", 14, True)
    par("（一）分年度目标调整不及时；（二）个别年度预算执行偏慢；（三）部分单村供水工程管护经费未落实。", indent=True)
    par("六、有关建议", 14, True)
    par("（一）建立分年度目标动态调整机制；（二）加快项目前期工作，提高资金执行效率；（三）落实单村供水工程管护主体和经费。",
        indent=True)
    par(M["ev"], 12, False, "r")
    par("2025年6月3日", 12, False, "r")
    d.add_page_break()
    par("附件", 12, True)
    par("绩效评价指标评分表", 14, True, "c")
    data = [["一级指标", "二级指标", "三级指标", "分值", "实施期目标值", "累计完成值", "得分", "评分说明"]]
    rows_, sp = ind_grid(M["ind"], (0, 1, 2, 5, 3, 4, 6, 7), 1)
    data += rows_
    data.append(["合计", "", "", "100", "", "", f2(M["total"]), ""])
    sp.append((0, len(data) - 1, 2, len(data) - 1))
    docx_table(d, data, sp, [13, 17, 32, 10, 20, 20, 11, 43], size=8.5, left=(2, 7), bold_rows=(0, len(data) - 1))
    par("注：定量指标未达到实施期目标值的按“累计完成值÷实施期目标值×分值”计分；预算执行率按“执行率×分值”计分；定性指标视完成"
        "情况扣分并说明原因。", 9)
    write_bytes(path, ooxml_bytes(lambda b: d.save(b)))


ALL.append(h526())


# ============================================================ h527 姚安县 (XLSX: 部门整体 自评表, hyperlinked 佐证材料)

def h527():
    dept = "姚安县卫生健康局"
    parts = [("基本支出", 2360.00, 2412.80, 2398.15), ("项目支出", 4800.00, 5926.40, 5397.20)]
    ini, adj, ex = (r2(parts[0][k] + parts[1][k]) for k in (1, 2, 3))
    assert (ini, adj, ex) == (7160.00, 8339.20, 7795.35), (ini, adj, ex)
    rate_true, rb, rp = rates((ex, adj), (parts[0][3], parts[0][2]), (parts[1][3], parts[1][2]))
    assert (rate_true, rb, rp) == (93.48, 99.39, 91.07), (rate_true, rb, rp)
    rate_p = 94.38  # PLANT EXECUTION_RATE: 7,795.35 ÷ 8,339.20 = 93.48%; the block and the 预算执行率 row print 94.38%
    no_half(6 * rate_p / 100, "exec row")
    no_half(6 * rate_true / 100, "exec row true")
    ev = lambda n: "佐证材料/" + n  # noqa: E731
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 3, 3, "", ev("01_2024年度部门绩效目标批复.pdf")),
           ("决策", "目标设定", "绩效指标明确性", "明确", "基本明确", 3, 1.8, "2项指标未细化量化，按基本达成计60%",
            ev("01_2024年度部门绩效目标批复.pdf")),
           ("决策", "预算配置", "预算编制科学性", "科学", "科学", 4, 4, "", ev("02_2024年部门预算公开表.xlsx")),
           ("过程", "预算执行", "预算执行率", "100%", q(rate_p), 6, r2(6 * rate_p / 100), "执行率×分值",
            ev("03_2024年度预算执行情况表.xlsx")),
           ("过程", "预算执行", "结转结余率", "≤5%", "3.2%", 3, 3, "", ev("03_2024年度预算执行情况表.xlsx")),
           ("过程", "预算执行", "“三公经费”控制率", "≤100%", "86.5%", 3, 3, "", ev("04_三公经费支出明细.pdf")),
           ("过程", "预算执行", "政府采购执行率", "100%", "100%", 3, 3, "", ev("05_政府采购执行情况.pdf")),
           ("过程", "预算管理", "资产管理规范性", "规范", "规范", 3, 3, "", ev("06_资产盘点报告.pdf")),
           ("过程", "预算管理", "财务管理制度健全性", "健全", "健全", 2, 2, "", ev("07_财务管理制度汇编.pdf")),
           ("产出", "数量指标", "家庭医生签约服务人数", "≥6.5万人", "6.62万人", 6, 6, "", ev("08_家庭医生签约统计表.xlsx")),
           ("产出", "数量指标", "65岁及以上老年人健康管理率", "≥62%", "64.3%", 6, 6, "", ev("09_基本公卫年度考核报告.pdf")),
           ("产出", "数量指标", "适龄儿童国家免疫规划疫苗接种率", "≥90%", "97.6%", 5, 5, "", ev("09_基本公卫年度考核报告.pdf")),
           ("产出", "质量指标", "孕产妇系统管理率", "≥90%", "93.1%", 5, 5, "", ev("10_妇幼卫生年报.xlsx")),
           ("产出", "质量指标", "严重精神障碍患者规范管理率", "≥80%", "76.8%", 5, P(76.8, 80, 5),
            "部分患者外出务工，随访未按期开展", ev("09_基本公卫年度考核报告.pdf")),
           ("产出", "时效指标", "基本公共卫生服务补助资金拨付及时率", "100%", "100%", 5, 5, "", ev("11_资金拨付凭证.pdf")),
           # PLANT RULE_SCORE: 基本达成 → the 说明's 60% rule gives 3; the row keeps 4 (“扣1分”)
           ("产出", "质量指标", "乡镇卫生院标准化建设达标", "全部达标", "基本达标", 5, 4, "1所卫生院门诊楼改造未完工，扣1分",
            ev("12_卫生院标准化建设验收表.pdf")),
           ("产出", "成本指标", "人均基本公共卫生服务补助标准", "≥94元", "94元", 3, 3, "", ev("11_资金拨付凭证.pdf")),
           ("效益", "社会效益", "孕产妇死亡率", "≤15/10万", "0/10万", 5, 5, "", ev("10_妇幼卫生年报.xlsx")),
           ("效益", "社会效益", "婴儿死亡率", "≤5‰", "3.1‰", 5, 5, "", ev("10_妇幼卫生年报.xlsx")),
           ("效益", "社会效益", "居民健康素养水平", "≥27%", "28.4%", 5, 5, "", ev("13_居民健康素养监测报告.pdf")),
           ("效益", "可持续影响", "县域内就诊率", "≥90%", "88.2%", 5, P(88.2, 90, 5), "部分重症患者转诊至州级医院",
            ev("14_医共体运行监测表.xlsx")),
           ("效益", "满意度", "群众满意度", "≥90%", "91.8%", 6, 6, "", ev("15_群众满意度调查报告.pdf"))]
    ind8 = [x[:8] for x in ind]
    props(ind8)
    wsum = ssum(ind8, 5)
    assert wsum == 96, wsum  # PLANT WEIGHTS_VS_FULL_MARK: the rows' 分值 add to 96; the 合计 prints 100
    assert off_prop(ind8) == [] and over(ind8) == [] and met_lost(ind8) == [] and below_no_reason(ind8) == []
    assert qual_off(ind8, 0.6) == ["乡镇卫生院标准化建设达标"], qual_off(ind8, 0.6)
    total = ssum(ind8, 6)
    assert total == 93.16 and grade(total) == "优", total
    true_total = r2(total - 1 - r2(6 * rate_p / 100) + r2(6 * rate_true / 100))
    assert true_total == 92.11 and grade(true_total) == "优", true_total
    g = gold(None, dept, 2024, "COUNTY", "云南省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ini, adj, ex, rate_p, parts[0][2], parts[0][3], parts[1][2], parts[1][3]), [], grows(ind8))
    M = dict(dept=dept, parts=parts, ini=ini, adj=adj, ex=ex, rate=rate_p, prates=[rb, rp], ind=ind, total=total)
    fnd = [F("EXECUTION_RATE", "预算执行率",
             f"合计 | {mc(ini)} | {mc(adj)} | {mc(ex)} | {q(rate_p)} … 过程 | 预算执行 | 预算执行率 | 100% | {q(rate_p)} | 6 | "
             f"{f2(r2(6 * rate_p / 100))}", q(rate_p), q(rate_true), "HIGH", "ERROR",
             f"{mc(ex)} ÷ {mc(adj)} = {q(rate_true)}; the budget block and the 预算执行率 row both print {q(rate_p)} (one "
             f"figure restated, one finding); the row's {f2(r2(6 * rate_p / 100))} follows the printed rate (on the true "
             f"rate 6 × {q(rate_true)} = {f2(r2(6 * rate_true / 100))}); the parts' {q(rb)} and {q(rp)} are right"),
           F("RULE_SCORE", "乡镇卫生院标准化建设达标",
             "产出 | 质量指标 | 乡镇卫生院标准化建设达标 | 全部达标 | 基本达标 | 5 | 4 | 1所卫生院门诊楼改造未完工，扣1分", "4", "3.00",
             "HIGH", "ERROR",
             "a qualitative target 基本达成: the 说明's rule (完全达成得满分，基本达成得分值的60%，未达成不得分) gives 5 × 60% = 3; "
             "the row deducts 1 by its own reckoning, a score the printed rule does not give (绩效指标明确性's 1.8 = 3 × 60% "
             "follows it)"),
           F("WEIGHTS_VS_FULL_MARK", "合计（分值）", f"合计 | 100 | {f2(total)} | 自评等级：优", "100", fnum(wsum), "HIGH",
             "ERROR",
             f"the 22 rows' 分值 add to 决策 10 + 过程 20 + 产出 40 + 效益 {fnum(ssum([x for x in ind8 if x[0] == '效益'], 5))} "
             f"= {fnum(wsum)}; the 合计 row prints 100; the 合计 得分 {f2(total)} is the rows' sum")]
    traps = ["the 佐证材料 column holds HYPERLINKS (relative links into a 佐证材料 folder beside the workbook, blue and "
             "underlined): file names, not content; the numbers in them (01_ … 15_) are file numbers, no codes or figures; "
             "the links resolve to nothing here",
             f"budget: 年初 2,360.00 + 4,800.00 = {mc(ini)}; 全年 2,412.80 + 5,926.40 = {mc(adj)}; 执行 2,398.15 + "
             f"5,397.20 = {mc(ex)}; 基本 {q(rb)}, 项目 {q(rp)} right; none over",
             "严重精神障碍患者规范管理率 5 × 76.8 ÷ 80 = 4.80, 县域内就诊率 5 × 88.2 ÷ 90 = 4.90 (proportion, with reasons); "
             "绩效指标明确性 1.8 = 3 × 60% (基本达成, the 说明's rule)",
             "结转结余率 3.2% vs ≤5%, “三公经费”控制率 86.5% vs ≤100% (ceilings met); 孕产妇死亡率 0/10万 vs ≤15/10万 (a zero "
             "actual on a ceiling, met); 婴儿死亡率 3.1‰ vs ≤5‰ (PER MILLE, met); 人均基本公共卫生服务补助标准 94 vs ≥94元 (met "
             "exactly; a per-head standard, not a budget figure)",
             f"合计 得分 {f2(total)} = the 22 rows; 优 (also with the plants corrected: {f2(true_total)})"]
    return {"stem": "h527_yaoan_weijian", "format": "xlsx", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "write": write527}


def write527(rep, path):
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side
    M = rep["meta"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "部门整体支出绩效自评表"
    thin = Side(style="thin", color="000000")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)

    def put(r, c, v, bold=False, fmt=None, box=True, left=False, size=10, link=None):
        cell = ws.cell(row=r, column=c, value=v)
        cell.font = Font(name="宋体", size=size, bold=bold, color="0563C1" if link else None,
                         underline="single" if link else None)
        cell.alignment = Alignment(horizontal="left" if left else "center", vertical="center", wrap_text=True)
        if box:
            cell.border = bd
        if fmt:
            cell.number_format = fmt
        if link:
            cell.hyperlink = link
        return cell
    for c, w_ in zip("ABCDEFGHI", (10, 12, 26, 12, 12, 7, 7, 28, 30)):
        ws.column_dimensions[c].width = w_
    put(1, 1, "部门整体支出绩效自评表", True, box=False, size=16)
    ws.merge_cells("A1:I1")
    put(2, 1, "（2024年度）", box=False, size=11)
    ws.merge_cells("A2:I2")
    put(3, 1, "部门（单位）名称：" + M["dept"], box=False, left=True)
    ws.merge_cells("A3:F3")
    put(3, 7, "金额单位：万元", box=False, left=True)
    ws.merge_cells("G3:I3")
    for j, t_ in enumerate(["预算执行情况", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "", "", "佐证材料"]):
        put(4, j + 1, t_, True)
    ws.merge_cells("A4:B4")
    ws.merge_cells("F4:H4")
    (nb, ib, ab, eb), (np_, ip, ap, ep) = M["parts"]
    lines = [("合计", M["ini"], M["adj"], M["ex"], M["rate"]), ("其中：基本支出", ib, ab, eb, M["prates"][0]),
             ("　　　项目支出", ip, ap, ep, M["prates"][1])]
    for i, (n, a, b, c, rt) in enumerate(lines):
        r = 5 + i
        put(r, 1, n, i == 0, left=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        put(r, 3, a, fmt="#,##0.00")
        put(r, 4, b, fmt="#,##0.00")
        put(r, 5, c, fmt="#,##0.00")
        put(r, 6, round(rt / 100, 6), fmt="0.00%")
        put(r, 7, None)
        put(r, 8, None)
        ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=8)
    put(5, 9, "佐证材料/03_2024年度预算执行情况表.xlsx", left=True, link="佐证材料/03_2024年度预算执行情况表.xlsx")
    put(6, 9, None)
    put(7, 9, None)
    ws.merge_cells("I5:I7")
    r0 = 8
    for j, t_ in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                            "偏差原因分析及改进措施", "佐证材料"]):
        put(r0, j + 1, t_, True)
    ind = M["ind"]
    for i, x in enumerate(ind):
        r = r0 + 1 + i
        for j, v in enumerate(x[:8]):
            put(r, j + 1, v if v != "" else None,
                fmt="0.00" if j == 6 and not float(v).is_integer() else None, left=j in (2, 7))
        put(r, 9, x[8], left=True, link=x[8])
    for col in (0, 1):
        for a_, b_ in runs(ind, col):
            if b_ > a_:
                ws.merge_cells(start_row=r0 + 1 + a_, start_column=col + 1, end_row=r0 + 1 + b_, end_column=col + 1)
    rt = r0 + 1 + len(ind)
    put(rt, 1, "合计", True)
    ws.merge_cells(start_row=rt, start_column=1, end_row=rt, end_column=5)
    put(rt, 6, 100, True)
    put(rt, 7, M["total"], True, fmt="0.00")
    put(rt, 8, "自评等级：优", True)
    put(rt, 9, None)
    put(rt + 1, 1, "说明：1.预算执行率得分＝执行率×分值；2.定量指标未达到年度指标值的按“实际完成值÷年度指标值×分值”计分，超额完成不"
        "加分；3.定性指标完全达成得满分，基本达成得分值的60%，未达成不得分；4.“佐证材料”列为超链接，链接至本表同目录下“佐证材料”"
        "文件夹中的对应文件；5.自评等级：" + BANDS77 + "。", box=False, left=True, size=9)
    ws.merge_cells(start_row=rt + 1, start_column=1, end_row=rt + 1, end_column=9)
    ws.row_dimensions[rt + 1].height = 54
    put(rt + 2, 1, "单位负责人：杨丽华　　财务负责人：李建明　　填表人：自文婷　　联系电话：0878-5712306　　"
                   "填报日期：2025年4月18日", box=False, left=True, size=9)
    ws.merge_cells(start_row=rt + 2, start_column=1, end_row=rt + 2, end_column=9)
    for r in range(r0 + 1, rt):
        ws.row_dimensions[r].height = 30
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{r0}:{r0}"
    wb.properties.creator = "姚安县卫生健康局"
    wb.properties.lastModifiedBy = "自文婷"
    wb.properties.created = datetime.datetime(2025, 3, 31, 8, 40)
    write_bytes(path, ooxml_bytes(lambda b: wb.save(b), fix_core))


ALL.append(h527())


# ============================================================ h528 灵璧县 (PDF text: two-column prose 自评报告)

def h528():
    dept = "灵璧县民政局"
    parts = [("基本支出", 1120.00, 1168.30, 1152.46), ("项目支出", 5300.00, 6218.20, 5227.26)]
    ini, adj, ex = (r2(parts[0][k] + parts[1][k]) for k in (1, 2, 3))
    assert (ini, adj, ex) == (6420.00, 7386.50, 6379.72), (ini, adj, ex)
    rate, rb, rp = rates((ex, adj), (parts[0][3], parts[0][2]), (parts[1][3], parts[1][2]))
    assert (rate, rb, rp) == (86.37, 98.64, 84.06), (rate, rb, rp)
    no_half(5 * rate / 100, "exec row")
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 3, 3, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "基本明确", 3, 2, "部分指标未量化，扣1分"),
           ("决策", "预算配置", "预算编制科学性", "科学", "基本科学", 4, 3, "年中追加预算较多，扣1分"),
           ("过程", "预算执行", "预算执行率", "100%", q(rate), 5, r2(5 * rate / 100), "执行率×分值"),
           ("过程", "预算管理", "资金使用合规性", "合规", "基本合规", 5, 3, "2笔临时救助资金审批手续后补，扣2分"),
           ("过程", "预算管理", "政府采购执行率", "100%", "100%", 3, 3, ""),
           ("过程", "预算管理", "管理制度健全性", "健全", "健全", 3, 3, ""),
           ("过程", "预算管理", "资产管理规范性", "规范", "基本规范", 4, 3.5, "2件固定资产未及时入账，扣0.5分"),
           ("产出", "数量指标", "城乡低保对象动态管理率", "100%", "100%", 6, 6, ""),
           ("产出", "数量指标", "特困人员救助供养覆盖率", "100%", "100%", 6, 6, ""),
           ("产出", "数量指标", "临时救助人次", "≥3000人次", "2400人次", 6, P(2400, 3000, 6), "急难型救助需求低于预期"),
           ("产出", "数量指标", "困难残疾人生活补贴发放人数", "≥9800人", "9956人", 5, 5, ""),
           # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: 二（三） says the project was not finished in the year; the row: 完成, 6 of 6
           ("产出", "时效指标", "县社会福利中心适老化改造", "年内完成", "完成", 6, 6, ""),
           ("产出", "时效指标", "社会救助资金发放及时率", "100%", "100%", 5, 5, ""),
           ("产出", "质量指标", "婚姻登记合格率", "100%", "100%", 6, 6, ""),
           ("效益", "社会效益", "困难群众基本生活保障", "有效保障", "基本保障", 6, 4, "部分低保边缘户未及时纳入，扣2分"),
           ("效益", "社会效益", "城市低保标准", "≥780元/月·人", "780元/月·人", 5, 5, ""),
           ("效益", "社会效益", "养老机构安全事故", "0起", "0起", 5, 5, ""),
           ("效益", "社会效益", "社会救助政策知晓率", "≥85%", "72.4%", 6, P(72.4, 85, 6), "村级宣传不够深入"),
           ("效益", "满意度", "服务对象满意度", "≥90%", "78.6%", 8, P(78.6, 90, 8), "部分群众对救助审批时限不满意")]
    props(ind)
    assert off_prop(ind) == [] and over(ind) == [] and met_lost(ind) == [] and below_no_reason(ind) == []
    sc_true = secs(ind, ["决策", "过程", "产出", "效益"])
    assert sc_true == [("决策", 10, 8), ("过程", 20, 16.82), ("产出", 40, 38.8), ("效益", 30, 26.1)], sc_true
    sc_p = list(sc_true)
    sc_p[1] = ("过程", 20, 18.62)  # PLANT SECTION_VS_ROWS: the 过程 rows give 16.82; the heading prints 18.62
    total = r2(sum(s[2] for s in sc_true))
    assert total == 89.72 and grade(total) == "良", total
    grade_p = "优"  # PLANT GRADE_OUTSIDE_BANDS: 89.72 lies in the printed 80–90 band (良); the report says 优
    g = gold(None, dept, 2024, "COUNTY", "安徽省", "SELF_EVALUATION", None, total, 100, grade_p,
             budget(ini, adj, ex, rate, parts[0][2], parts[0][3], parts[1][2], parts[1][3]), sc_p, grows(ind))
    M = dict(dept=dept, parts=parts, ini=ini, adj=adj, ex=ex, rate=rate, prates=[rb, rp], ind=ind, sc=sc_p,
             total=total, grade=grade_p)
    fnd = [F("SECTION_VS_ROWS", "（二）过程", "（二）过程（分值20分，得分18.62分）", "18.62", f2(sc_true[1][2]), "HIGH", "ERROR",
             "the 附表's 过程 rows give 4.32 + 3 + 3 + 3 + 3.5 = 16.82; the heading prints 18.62 (digits swapped); the "
             f"total {f2(total)} stated in 四 is the rows' total, so no TOTAL_VS_ROWS (the four headings as printed add to "
             f"{f2(r2(total + 1.8))})"),
           F("GRADE_OUTSIDE_BANDS", "自评等级", f"综合自评得分{f2(total)}分，自评等级为“优”", "优", "良", "HIGH", "WARNING",
             f"{f2(total)} lies in the report's own 80分（含）至90分 band, “良”; 优 needs 90 or more"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "县社会福利中心适老化改造",
             "二（三）：县社会福利中心适老化改造工程因消防验收未通过，年内未完工 | 附表：产出 | 时效指标 | 县社会福利中心适老化改造 | "
             "年内完成 | 完成 | 6 | 6 |", "6", "< 6", "HIGH", "WARNING",
             "the report's own account says the work was not finished within the year, the 附表 prints 完成 and full marks "
             "with no deduction; a time target missed should lose points (how many the report's rules do not fix)")]
    traps = ["the report is typeset in TWO COLUMNS (双栏): the text runs down the left column, then the right; a reader "
             "going across the page mixes two paragraphs; the 附表 is on a full-width page of its own; the 表1 budget table "
             "sits inside the left column",
             f"budget: 年初 1,120.00 + 5,300.00 = {mc(ini)}; 全年 1,168.30 + 6,218.20 = {mc(adj)}; 执行 1,152.46 + 5,227.26 "
             f"= {mc(ex)}; {q(rate)}, 基本 {q(rb)}, 项目 {q(rp)} right; none over; the 预算执行率 row 5 × {q(rate)} = "
             f"{f2(r2(5 * rate / 100))}",
             "临时救助人次 6 × 2400 ÷ 3000 = 4.80, 社会救助政策知晓率 6 × 72.4 ÷ 85 = 5.11, 服务对象满意度 8 × 78.6 ÷ 90 = 6.99 "
             "(proportion, with reasons); the 决策 / 过程 / 效益 deductions each with a reason",
             "城市低保标准 780 vs ≥780元/月·人 (met exactly; a benefit standard, not a budget figure); 养老机构安全事故 0起 "
             "(met)",
             f"决策 10 / 8, 产出 40 / 38.8, 效益 30 / 26.1 equal their rows; 综合自评得分 {f2(total)} = the 20 rows"]
    return {"stem": "h528_lingbi_minzheng", "format": "pdf", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "draw": draw528}


def draw528(rep, path):
    import pikepdf
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageBreak, PageTemplate,
                                    Spacer)
    M = rep["meta"]
    para, tab, _mm = rl_kit()
    sc = {n: (w_, s_) for n, w_, s_ in M["sc"]}
    (nb, ib, ab, eb), (np_, ip, ap, ep) = M["parts"]
    Wp, Hp = A4
    lm, rm, tm, bm, gap = 18 * mm, 18 * mm, 18 * mm, 18 * mm, 8 * mm
    cw = (Wp - lm - rm - gap) / 2
    title_h = 34 * mm
    f_title = Frame(lm, Hp - tm - title_h, Wp - lm - rm, title_h, id="title", showBoundary=0)
    f_l1 = Frame(lm, bm, cw, Hp - tm - bm - title_h, id="l1")
    f_r1 = Frame(lm + cw + gap, bm, cw, Hp - tm - bm - title_h, id="r1")
    f_l = Frame(lm, bm, cw, Hp - tm - bm, id="l")
    f_r = Frame(lm + cw + gap, bm, cw, Hp - tm - bm, id="r")
    f_full = Frame(lm, bm, Wp - lm - rm, Hp - tm - bm, id="full")

    def deco(canv, doc):
        canv.saveState()
        canv.setFont("STSong-Light", 9)
        canv.drawCentredString(Wp / 2, 10 * mm, f"— {canv.getPageNumber()} —")
        if doc.pageTemplate.id in ("first", "cols"):
            canv.setLineWidth(0.4)
            x = lm + cw + gap / 2
            top = Hp - tm - (title_h if doc.pageTemplate.id == "first" else 0)
            canv.line(x, bm, x, top)
        canv.restoreState()
    doc = BaseDocTemplate(io.BytesIO(), pagesize=A4, invariant=1)
    doc.addPageTemplates([PageTemplate("first", [f_title, f_l1, f_r1], onPage=deco),
                          PageTemplate("cols", [f_l, f_r], onPage=deco),
                          PageTemplate("full", [f_full], onPage=deco)])
    p = lambda s_: para("p", s_)  # noqa: E731
    h = lambda s_: para("h", s_)  # noqa: E731
    story = [para("t", M["dept"] + "2024年度部门整体支出绩效自评报告"), para("st", "（2025年4月）"), FrameBreak(),
             NextPageTemplate("cols"),
             h("一、部门基本情况"),
             p("灵璧县民政局内设股室7个，下属事业单位3个（县社会福利中心、县殡葬管理所、县救助管理站），年末实有人员86人。主要职能"
               "是负责全县社会救助、养老服务、儿童福利、社会事务和基层政权建设等工作。"),
             h("二、部门整体支出及绩效目标完成情况"),
             p("（一）预算执行情况"),
             p(f"2024年度年初预算{mc(M['ini'])}万元，年中追加专项资金后全年预算{mc(M['adj'])}万元，全年执行{mc(M['ex'])}万元，"
               f"预算执行率{q(M['rate'])}。其中基本支出全年预算{mc(ab)}万元，执行{mc(eb)}万元；项目支出全年预算{mc(ap)}万元，"
               f"执行{mc(ep)}万元。"),
             para("cap", "表1　2024年度预算执行情况（万元）"),
             tab([["项目", "年初预算", "全年预算", "全年执行", "执行率"],
                  ["合计", mc(M["ini"]), mc(M["adj"]), mc(M["ex"]), q(M["rate"])],
                  ["基本支出", mc(ib), mc(ab), mc(eb), q(M["prates"][0])],
                  ["项目支出", mc(ip), mc(ap), mc(ep), q(M["prates"][1])]], [14, 17, 17, 17, 14], head=1),
             Spacer(1, 3 * mm),
             p("（二）绩效目标完成情况"),
             p("全年城乡低保对象动态管理率、特困人员救助供养覆盖率均达100%；实施临时救助2400人次；发放困难残疾人生活补贴9956人；"
               "城市低保标准提高到每人每月780元；全年养老机构未发生安全事故。"),
             p("（三）未完成的目标及原因"),
             p("县社会福利中心适老化改造工程因消防验收未通过，年内未完工，预计2025年6月投入使用；急难型临时救助需求低于预期，"
               "临时救助人次未达目标。"),
             h("三、绩效自评情况"),
             p("本部门按照决策、过程、产出、效益四个方面设置指标，逐项对照年度指标值自评，评分明细见附表。"),
             p(f"（一）决策（分值{fnum(sc['决策'][0])}分，得分{fnum(sc['决策'][1])}分）。绩效目标与部门职能相符；部分指标未量化，"
               "扣1分；年中追加预算较多，预算编制科学性扣1分。"),
             p(f"（二）过程（分值{fnum(sc['过程'][0])}分，得分{f2(sc['过程'][1])}分）。预算执行率{q(M['rate'])}，按“执行率×分值”"
               "计分；2笔临时救助资金审批手续后补，扣2分；2件固定资产未及时入账，扣0.5分。"),
             p(f"（三）产出（分值{fnum(sc['产出'][0])}分，得分{fnum(sc['产出'][1])}分）。临时救助人次未达年度指标值，按比例计分；"
               "其余产出指标均已完成。"),
             p(f"（四）效益（分值{fnum(sc['效益'][0])}分，得分{fnum(sc['效益'][1])}分）。部分低保边缘户未及时纳入，扣2分；社会救助"
               "政策知晓率、服务对象满意度未达目标，按比例计分。"),
             h("四、自评结论"),
             p(f"综合自评得分{f2(M['total'])}分，自评等级为“{M['grade']}”（{BANDS77}）。"),
             h("五、存在的问题及改进措施"),
             p("（一）预算编制精准度不够，年中追加较多。下一步将加强项目前期论证，提高年初预算到位率。（二）救助审批时限偏长。"
               "将推行“先行救助”和“一门受理、协同办理”，缩短审批时间。（三）政策宣传不够深入。将依托村（社区）网格员开展入户宣传。"),
             h("六、自评结果应用"),
             p("自评结果在县政府门户网站公开，并作为2026年部门预算安排和改进管理的重要依据。"),
             para("r", M["dept"]), para("r", "2025年4月25日"),
             NextPageTemplate("full"), PageBreak(),
             para("h", "附表"), para("t", M["dept"] + "2024年度部门整体支出绩效自评表")]
    data = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因及扣分说明"]]
    rows_, sp = ind_grid(M["ind"], (0, 1, 2, 3, 4, 5, 6, 7), 1)
    data += rows_
    data.append(["合计", "", "", "", "", "100", f2(M["total"]), ""])
    sp.append((0, len(data) - 1, 4, len(data) - 1))
    story.append(tab(data, [15, 18, 36, 21, 20, 10, 11, 43], head=1, spans=sp, left=(2, 7)))
    story.append(Spacer(1, 2 * mm))
    story.append(para("n", "说明：定量指标未达到年度指标值的按“实际完成值÷年度指标值×分值”计分，超额完成不加分；预算执行率得分＝"
                           "执行率×分值；定性指标未完全达成的视情况扣分并说明原因。"))
    story.append(para("n", "填表人：朱海燕　　联系电话：0557-6023157　　填报日期：2025年4月25日"))
    buf = io.BytesIO()
    doc.filename = buf
    doc.title, doc.author, doc.creator, doc.producer = "部门整体支出绩效自评报告", "朱海燕", "WPS 文字", ""
    doc.build(story)
    pdf = pikepdf.open(io.BytesIO(buf.getvalue()))
    pdf.docinfo["/Producer"] = "WPS 文字"
    pdf.docinfo["/Creator"] = "WPS 文字"
    pdf.docinfo["/CreationDate"] = "D:20250425153000+08'00'"
    pdf.docinfo["/ModDate"] = "D:20250425153000+08'00'"
    pdf.save(path, static_id=True)


ALL.append(h528())


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
    round_main(argv, sorted(ALL, key=lambda r: r["stem"]), "94")


if __name__ == "__main__":
    main(sys.argv[1:])
