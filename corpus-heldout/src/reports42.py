#!/usr/bin/python3
"""Round 42 (h264–h268): layouts not used before, each with PLANTED audit problems, made apart from the code by the
corpus42 session. Specs, rendering, gold and findings in this one file; every planted figure carries `# PLANT <KIND>`
with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report whose own
recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports42.py [h264 …]
(needs reportlab, openpyxl, python-docx and Pillow: h264 a "SEARCHABLE" SCANNED PDF 项目 form (the page an image
of the printed form, 200 dpi, with an INVISIBLE OCR text layer, text render mode 3, word by word at the image's word
positions); h265 a portal HTML 部门整体 form whose indicator table is RENDERED BY JAVASCRIPT from a JSON data island
(the static markup holds an empty <table>); h266 a third-party 绩效评价报告 PDF whose tables are THREE-LINE tables
(三线表: top, under-header and bottom rules only, columns by position, cells wrapping); h267 a DOCX 部门整体 form whose
indicator table is ONE WORD TABLE PER ROW (as pasted from a web page, empty paragraphs between); h268 an XLSX 项目 form
whose totals, rates and some scores are FORMULAS WITHOUT CACHED VALUES (openpyxl, never opened in Excel).)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, note).
"""
import html as HT
import io
import json
import os
import re
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
from reports41 import m2, spans, pil_font  # noqa: E402

ALL = []


# ============================================================ h264 吉安市青原区农业农村局 (searchable scanned PDF, 项目 form)

def h264():
    dept = "吉安市青原区农业农村局"
    unit = "吉安市青原区农田建设服务中心"
    proj = "2024年青原区高标准农田建设项目"
    srcs = [("其中：中央财政资金", 1200.00, 1200.00, 1168.40), ("省级财政资金", 360.00, 360.00, 342.80),
            ("区级财政资金", 180.00, 240.00, 196.30)]
    ib, ab, eb = (r2(sum(x[k] for x in srcs)) for k in (1, 2, 3))
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (1740.00, 1800.00, 1707.50, 94.86), (ib, ab, eb, rate)
    fs_true = r2(rate / 10)
    assert fs_true == 9.49
    fs = 10  # PLANT BUDGET_ROW_SCORE: the 说明's rule 执行率×分值 gives 94.86% × 10 = 9.49; the form prints 10
    ind = [(None, None, "年度资金总额", None, f"{rate:.2f}%", 10, fs, ""),
           ("产出指标", "数量指标", "新建高标准农田（万亩）", "≥1.2", "1.2", 10, 10, ""),
           ("产出指标", "数量指标", "新建及改造灌排渠道（公里）", "≥45", "42.3", 8, P(42.3, 45, 8),
            "2处渠道因征地调整顺延，按完成比例计分"),
           ("产出指标", "数量指标", "土壤改良（亩）", "≥3000", "3150", 6, 6, ""),
           # PLANT TARGET_MET_POINTS_LOST: 100% against 100%, met, yet 7 of 8 and no 偏差原因
           ("产出指标", "质量指标", "工程验收合格率", "100%", "100%", 8, 7, ""),
           ("产出指标", "质量指标", "耕地质量等级提升（等）", "≥0.5", "0.5", 6, 6, ""),
           ("产出指标", "时效指标", "项目完工及时率", "≥95%", "96%", 6, 6, ""),
           ("产出指标", "成本指标", "亩均财政投入（元/亩）", "≤1500", "1486", 6, 6, ""),
           ("效益指标", "经济效益指标", "新增粮食产能（万公斤）", "≥180", "186", 8, 8, ""),
           ("效益指标", "社会效益指标", "受益农户（户）", "≥5200", "5360", 8, 8, ""),
           ("效益指标", "生态效益指标", "节水灌溉面积占比", "≥30%", "31.5%", 8, 8, ""),
           ("效益指标", "可持续影响指标", "工程建后管护机制", "健全", "基本健全", 8, 7, "部分村管护经费未落实，扣1分"),
           ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "92.6%", 8, 8, "")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)
    assert total == 97.52, total
    g = with_project(gold(None, dept, 2024, "COUNTY", "江西省", "SELF_EVALUATION", None, total, 100, "优",
                          budget(ib, ab, eb, rate), [], grows(ind)), proj, unit)
    # PLANT GOAL_LABELS: 预期目标 目标1–目标3; 实际完成情况 目标1, 目标2, 目标2
    goal = ("目标1：新建高标准农田1.2万亩，新建及改造灌排渠道45公里，土壤改良3000亩；目标2：工程验收合格率100%，耕地质量"
            "等级提升0.5等以上；目标3：新增粮食产能180万公斤以上，受益农户5200户以上。")
    done = ("目标1：新建高标准农田1.2万亩，新建及改造灌排渠道42.3公里，土壤改良3150亩；目标2：工程全部通过验收，耕地质量"
            "等级提升0.5等；目标2：新增粮食产能186万公斤，受益农户5360户。")
    meta = dict(dept=dept, unit=unit, proj=proj, ind=ind, total=total, srcs=srcs, ib=ib, ab=ab, eb=eb, rate=rate,
                goal=goal, done=done)
    fnd = [F("BUDGET_ROW_SCORE", "年度资金总额", "年度资金总额 | 1,740.00 | 1,800.00 | 1,707.50 | 10 | 94.86% | 10", "10",
             fmt(fs_true), "HIGH", "ERROR",
             "the 说明's rule (年度资金总额得分＝执行率×分值): 94.86% × 10 = 9.49, the fund line prints full 10; the 总分 "
             "97.52 adds the printed 10 (97.01 with 9.49)"),
           F("GOAL_LABELS", "年度总体目标", "预期目标：目标1：… 目标2：… 目标3：… / 实际完成情况：目标1：… 目标2：… 目标2：…",
             "目标1, 目标2, 目标2", "目标1, 目标2, 目标3", "HIGH", "WARNING",
             "the 预期目标 cell numbers three goals 目标1–目标3; the 实际完成情况 cell reports on 目标1, 目标2 and 目标2 again: "
             "its last item (粮食产能 and 受益农户, the 预期's 目标3) is mis-numbered"),
           F("TARGET_MET_POINTS_LOST", "工程验收合格率", "工程验收合格率 | 100% | 100% | 8 | 7 |", "7", "8", "HIGH",
             "WARNING", "100% meets the 100% target, yet the row scores 7 of 8 and its 偏差原因 cell is empty; nothing in "
             "the form explains the lost point")]
    return {"stem": "h264_qingyuan_nongye", "format": "pdf", "draw": draw264, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["the PDF is a SEARCHABLE SCAN: its one page is a 200 dpi JPEG of the printed form (light noise, "
                      "paper tone, no skew), drawn over the whole A4 page, with an INVISIBLE text layer (text render mode "
                      "3, as OCR software writes it) placed word by word over the image's words: the text layer says what "
                      "the image shows; nothing else on the page is text",
                      "the fund block's 其中 lines (中央 1,200.00 + 省级 360.00 + 区级 240.00 = 1,800.00; 支出 1,168.40 + "
                      "342.80 + 196.30 = 1,707.50; rates 97.37%, 95.22%, 81.79% right) carry no 分值/得分 and are not gold "
                      "budget parts; 执行率 1,707.50 ÷ 1,800.00 = 94.86% (right); 年初 1,740.00 < 全年 1,800.00 (追加)",
                      "新建高标准农田 1.2 vs ≥1.2 and 耕地质量等级提升 0.5 vs ≥0.5 (met exactly); 亩均财政投入 1486 vs ≤1500 "
                      "(a ceiling, met; 元/亩 in the name, not a budget figure); 新建及改造灌排渠道 8 × 42.3 ÷ 45 = 7.52 "
                      "(printed proportion rule); 工程建后管护机制 −1 with a reason (judgement)",
                      "总分 97.52 = the printed rows; 自评等级 优 (97.52 ≥ 90, right under the printed bands)"]}


class Ink:
    """Draws text on a PIL image at a baseline and records every word (x, baseline, text, font size in px) for the
    invisible OCR layer. Words: runs of CJK/punctuation and runs of digits/Latin/signs, split at spaces."""
    WORD = re.compile(r"[0-9A-Za-z.,%≥≤×÷\-/]+|[^0-9A-Za-z.,%≥≤×÷\-/\s]+")

    def __init__(self, d):
        self.d, self.words = d, []

    def text(self, x, base, s, font, fill=(18, 18, 18)):
        self.d.text((x, base), s, fill=fill, font=font, anchor="ls")
        for m in self.WORD.finditer(s):
            wx = x + font.getlength(s[:m.start()])
            self.words.append((round(wx, 2), round(base, 2), m.group(), font.size, round(font.getlength(m.group()), 2)))

    def grid(self, x0, y0, cols, heights, spec, font, bold, lh, wrapper):
        xs = [x0 + sum(cols[:k]) for k in range(len(cols) + 1)]
        ys = [y0 + sum(heights[:k]) for k in range(len(heights) + 1)]
        for r, k, rs, cs, t, al, b in spec:
            xa, xb, ya, yb = xs[k], xs[k + cs], ys[r], ys[r + rs]
            self.d.rectangle([xa, ya, xb, yb], outline=(30, 30, 30), width=2)
            f = bold if b else font
            lines = wrapper(t, xb - xa - 14, f)
            top = (ya + yb) / 2 - len(lines) * lh / 2
            for n, ln in enumerate(lines):
                w = f.getlength(ln)
                x = xa + 7 if al == "l" else xb - 7 - w if al == "r" else (xa + xb - w) / 2
                self.text(x, top + n * lh + lh * 0.78, ln, f)
        return ys[-1]


def pwrap(text, width, font):
    """Chinese line breaking by measured width (digits/Latin runs kept whole, closing punctuation never first)."""
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


def scan264(M):
    """The printed form as a 200 dpi page image (A4, 1654 × 2339 px): returns (JPEG bytes, recorded words)."""
    from PIL import Image, ImageDraw
    dpi = 200
    mm = dpi / 25.4
    Wpx, Hpx = round(210 * mm), round(297 * mm)
    img = Image.new("RGB", (Wpx, Hpx), "white")
    ink = Ink(ImageDraw.Draw(img))
    font, bold = pil_font(22), pil_font(22, True)
    lh = 30
    x0 = round(15 * mm)
    tw = Wpx - 2 * x0
    tf = pil_font(44, True)
    t = "项目支出绩效自评表"
    ink.text((Wpx - tf.getlength(t)) / 2, 150, t, tf)
    f12 = pil_font(26)
    t = "（2024年度）"
    ink.text((Wpx - f12.getlength(t)) / 2, 200, t, f12)
    f11 = pil_font(23)
    ink.text(x0, 250, f"填报单位（盖章）：{M['dept']}", f11)
    t = "金额单位：万元"
    ink.text(Wpx - x0 - f11.getlength(t), 250, t, f11)
    cw = [round(tw * f) for f in (0.13, 0.19, 0.12, 0.12, 0.12, 0.08, 0.11)]
    cw.append(tw - sum(cw))
    spec = [(0, 0, 1, 2, "项目名称", "c", True), (0, 2, 1, 6, M["proj"], "l", False),
            (1, 0, 1, 2, "主管部门", "c", True), (1, 2, 1, 2, M["dept"], "l", False),
            (1, 4, 1, 2, "实施单位", "c", True), (1, 6, 1, 2, M["unit"], "l", False),
            (2, 0, 5, 1, "项目资金（万元）", "c", True), (2, 1, 1, 1, "", "c", False)]
    spec += [(2, 2 + k, 1, 1, h, "c", True) for k, h in enumerate(["年初预算数", "全年预算数", "全年执行数", "分值",
                                                                    "执行率", "得分"])]
    lines = [("年度资金总额", M["ib"], M["ab"], M["eb"], "10", f"{M['rate']:.2f}%", fmt(M["ind"][0][6]))]
    lines += [(lab, a, b, e, "—", f"{pct(e, b):.2f}%", "—") for lab, a, b, e in M["srcs"]]
    for i, (lab, a, b, e, w, q, s_) in enumerate(lines):
        spec += [(3 + i, 1, 1, 1, lab, "l", False), (3 + i, 2, 1, 1, m2(a), "r", False),
                 (3 + i, 3, 1, 1, m2(b), "r", False), (3 + i, 4, 1, 1, m2(e), "r", False),
                 (3 + i, 5, 1, 1, w, "c", False), (3 + i, 6, 1, 1, q, "c", False), (3 + i, 7, 1, 1, s_, "c", False)]
    spec += [(7, 0, 2, 1, "年度总体目标", "c", True), (7, 1, 1, 3, "预期目标", "c", True),
             (7, 4, 1, 4, "实际完成情况", "c", True), (8, 1, 1, 3, M["goal"], "l", False),
             (8, 4, 1, 4, M["done"], "l", False)]
    y = ink.grid(x0, 280, cw, [50, 50, 46, 44, 44, 44, 44, 44, 190], spec, font, bold, lh, pwrap)
    fr = (0.045, 0.09, 0.105, 0.225, 0.085, 0.09, 0.05, 0.055)
    cw2 = [round(tw * f) for f in fr]
    cw2.append(tw - sum(cw2))
    ind = [x for x in M["ind"] if x[0]]
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    spec = [(0, 0, len(ind) + 1, 1, "绩效指标", "c", True)] + [(0, 1 + k, 1, 1, h, "c", True) for k, h in enumerate(head)]
    heights = [64]
    for i, x in enumerate(ind, 1):
        n = max(len(pwrap(x[2], cw2[3] - 14, font)), len(pwrap(x[7], cw2[8] - 14, font)), 1)
        heights.append(max(46, n * lh + 14))
        spec += [(i, 3, 1, 1, x[2], "l", False), (i, 4, 1, 1, x[3], "c", False), (i, 5, 1, 1, x[4], "c", False),
                 (i, 6, 1, 1, fmt(x[5]), "c", False), (i, 7, 1, 1, fmt(x[6]), "c", False),
                 (i, 8, 1, 1, x[7], "l", False)]
    for col in (0, 1):
        for a, b in spans(ind, col):
            spec.append((a + 1, 1 + col, b - a + 1, 1, ind[a][col], "c", False))
            need = len(pwrap(ind[a][col], cw2[1 + col] - 14, font)) * lh + 14
            have = sum(heights[a + 1:b + 2])
            if have < need:
                heights[b + 1] += need - have
    n = len(ind) + 1
    spec += [(n, 0, 1, 6, "总分", "c", True), (n, 6, 1, 1, "100", "c", True), (n, 7, 1, 1, fmt(M["total"]), "c", True),
             (n, 8, 1, 1, "自评等级：优", "c", True)]
    heights.append(48)
    y2 = ink.grid(x0, y, cw2, heights, spec, font, bold, lh, pwrap)
    note = ("说明：1.年度资金总额得分＝执行率×分值；2.定量指标未达到年度指标值的，按“实际完成值÷年度指标值×分值”计分；"
            "3.定性指标根据完成情况酌情扣分，并在偏差原因分析中说明；4.自评等级：" + BANDS)
    yy = y2 + 40
    f10 = pil_font(20)
    for ln in pwrap(note, tw, f10):
        ink.text(x0, yy, ln, f10)
        yy += 30
    ink.text(x0, yy + 24, "填报人：刘××　　　联系电话：0796-83×××××　　　填报日期：2025年4月18日", f11)
    assert yy + 60 < Hpx - 80, yy
    # the scan: paper tone and a little sensor noise (a seeded 256 px tile), specks, no skew, so the words stay where
    # the layer puts them
    import random
    from PIL import ImageChops
    rng = random.Random(264)
    tile = Image.frombytes("L", (256, 256), bytes(max(0, min(255, int(rng.gauss(128, 6)))) for _ in range(65536)))
    noise = Image.new("L", img.size)
    for tx in range(0, Wpx, 256):
        for ty in range(0, Hpx, 256):
            noise.paste(tile, (tx, ty))
    img = ImageChops.add(ImageChops.subtract(img, Image.merge("RGB", [noise] * 3), 1, 128),
                         Image.new("RGB", img.size, (0, 0, 0)))
    img = ImageChops.multiply(img, Image.new("RGB", img.size, (250, 247, 238)))
    d = ImageDraw.Draw(img)
    for _ in range(700):
        px, py = rng.randrange(Wpx), rng.randrange(Hpx)
        d.point((px, py), fill=(120, 118, 112))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=85, dpi=(dpi, dpi), optimize=False)
    return buf.getvalue(), ink.words, (Wpx, Hpx)


def draw264(rep, path):
    """reportlab: the page image over the whole A4 page, then the OCR layer: every recorded word as its own text
    object in render mode 3 (invisible), STSong-Light at the word's size in points, horizontally scaled to the
    word's width on the image, its baseline on the image's baseline."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase.pdfmetrics import stringWidth
    jpg, words, (Wpx, Hpx) = scan264(rep["meta"])
    c = new_canvas(path, A4)
    W, Hh = A4
    k = W / Wpx
    c.drawImage(ImageReader(io.BytesIO(jpg)), 0, 0, W, Hh)
    for x, base, s, fpx, wpx in words:
        size = round(fpx * k, 2)
        sw = stringWidth(s, FONT, size)
        t = c.beginText()
        t.setTextRenderMode(3)
        t.setFont(FONT, size)
        t.setHorizScale(round(100 * wpx * k / sw, 2) if sw else 100)
        t.setTextOrigin(round(x * k, 2), round(Hh - base * k, 2))
        t.textOut(s)
        c.drawText(t)
    c.showPage()
    c.save()


ALL.append(h264())



# ============================================================ h265 池州市生态环境局 (portal HTML, indicator table rendered by JavaScript)

def h265():
    dept = "池州市生态环境局"
    ib_b, ib_p = 1860.00, 2940.00
    ab_b, ab_p = 1925.40, 3120.00
    eb_b, eb_p = 1702.18, 3146.50  # PLANT SPENDING_OVER_BUDGET: 项目支出 执行 3,146.50 > 全年预算 3,120.00
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (4800.00, 5045.40, 4848.68, 96.10), (ib, ab, eb, rate)
    rate_printed = 96.01  # PLANT EXECUTION_RATE: 4,848.68 ÷ 5,045.40 = 96.10% (the prose prints 96.01%)
    bs = r2(rate * 10 / 100)
    assert bs == 9.61
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 3, 3, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "基本明确", 3, 2.5, "个别产出指标未细化量化，扣0.5分"),
           ("决策", "预算配置", "在职人员控制率", "≤100%", "97.2%", 3, 3, ""),
           ("决策", "预算配置", "“三公”经费变动率", "≤0", "-3.6%", 3, 3, ""),
           ("决策", "预算配置", "重点支出安排率", "≥60%", "64.5%", 3, 3, ""),
           ("过程", "资金管理", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "部分项目资金结转下年使用"),
           ("过程", "资金管理", "资金使用合规性", "合规", "合规", 4, 4, ""),
           ("过程", "资金管理", "政府采购执行率", "100%", "100%", 3, 3, ""),
           ("过程", "组织实施", "管理制度健全性", "健全", "健全", 3, 3, ""),
           ("过程", "组织实施", "资产管理规范性", "规范", "基本规范", 3, 2.5, "部分监测设备未及时登记入账，扣0.5分"),
           ("产出", "产出数量", "环境空气质量监测站点运维（个）", "≥42", "42", 7, 7, ""),
           ("产出", "产出数量", "重点排污单位执法检查（家次）", "≥600", "648", 7, 7, ""),
           ("产出", "产出数量", "入河排污口整治（个）", "≥85", "78", 7, P(78, 85, 7), "7个排污口涉及跨区协调，整治顺延至2025年"),
           ("产出", "产出质量", "监测数据有效率", "≥95%", "98.3%", 7, 7, ""),
           ("产出", "产出时效", "环境信访件按期办结率", "100%", "100%", 7, 7, ""),
           ("效益", "生态效益", "地表水国考断面水质优良比例", "≥93.3%", "100%", 7, 7, ""),
           ("效益", "生态效益", "空气质量优良天数比率", "≥90%", "91.8%", 7, 7, ""),
           ("效益", "社会效益", "较大及以上突发环境事件（起）", "0", "0", 6, 6, ""),
           ("效益", "满意度", "公众生态环境满意度", "≥90%", "88.6%", 7, P(88.6, 90, 7), "部分群众对噪声扰民问题反映较多")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)
    assert total == 97.92, total
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert sec[2] == ("产出", 35, 34.42), sec
    sec[2] = ("产出", 35, 34.92)  # PLANT SECTION_VS_ROWS: the 产出 小计 row prints 34.92; its rows add to 34.42
    g = gold(None, dept, 2024, "PREFECTURAL", "安徽省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ib, ab, eb, rate_printed, ab_b, eb_b, ab_p, eb_p), sec, grows(ind))
    meta = dict(dept=dept, ind=ind, total=total, sec=sec, ib=ib, ab=ab, eb=eb, rate=rate_printed,
                b=(ib_b, ab_b, eb_b), p=(ib_p, ab_p, eb_p))
    fnd = [F("EXECUTION_RATE", "预算执行率",
             "全年实际支出4,848.68万元……预算执行率96.01%", "96.01%", f"{rate:.2f}%", "HIGH", "ERROR",
             "4,848.68 ÷ 5,045.40 = 96.10% (digits transposed in the prose); the table's 预算执行率 row prints 96.10% and "
             "scores on it (96.10% × 10 = 9.61)"),
           F("SPENDING_OVER_BUDGET", "项目支出", "项目支出3,120.00万元 … 项目支出3,146.50万元", m2(eb_p), f"≤ {m2(ab_p)}",
             "HIGH", "WARNING",
             "项目支出 执行 3,146.50 exceeds its 全年预算 3,120.00 by 26.50 (100.85%); 基本支出 1,702.18 of 1,925.40 and the "
             "total 4,848.68 of 5,045.40 are under"),
           F("SECTION_VS_ROWS", "产出", "产出 | 小计 | 35 | 34.92", "34.92", "34.42", "HIGH", "ERROR",
             "the 产出 rows give 7 + 7 + 6.42 + 7 + 7 = 34.42; the 小计 row prints 34.92 (the 合计 97.92 adds the rows, so "
             "the 小计s add to 98.42, not the 合计)")]
    return {"stem": "h265_chizhou_shengtai", "format": "html", "html": html265(meta), "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the indicator table is RENDERED BY JAVASCRIPT: the static markup holds an empty <table "
                      "id=\"zbTable\"> (an empty <tbody>), a <noscript> notice, and the data in a JSON data island "
                      "(<script type=\"application/json\" id=\"zb-data\">: rows as arrays, 小计 per 一级, 合计); an inline "
                      "script builds the header, the rows (一级 and 二级 by rowspan), a 小计 row after each 一级 and the 合计 "
                      "row on DOMContentLoaded: the table a browser shows is the report's table (19 rows, 4 小计, 合计 100 | "
                      "97.92); the title, the budget prose and the conclusion are static",
                      "portal chrome (site header, navigation, breadcrumb, 发布时间 / 来源, 打印 / 关闭, footer with 网站标识码 "
                      "and ICP number) is not the report",
                      "budget prose: 年初 1,860.00 + 2,940.00 = 4,800.00, 全年 1,925.40 + 3,120.00 = 5,045.40, 支出 1,702.18 + "
                      "3,146.50 = 4,848.68 (parts add up); 基本支出 under budget (88.41%); 年初 < 全年 (追加)",
                      "预算执行率 row 96.10% × 10 = 9.61 (its rule); 环境空气质量监测站点运维 42 vs ≥42 (met exactly); "
                      "较大及以上突发环境事件 0 vs 0 (met); 地表水国考断面水质优良比例 100% vs ≥93.3%; “三公”经费变动率 -3.6% "
                      "vs ≤0 (a decrease, met); 入河排污口整治 7 × 78 ÷ 85 = 6.42 and 公众生态环境满意度 7 × 88.6 ÷ 90 = "
                      "6.89 (the 说明's proportion rule); 绩效指标明确性 −0.5 and 资产管理规范性 −0.5 with reasons (judgement)",
                      "the 决策 (15/14.5), 过程 (23/22.11) and 效益 (27/26.89) 小计 rows are right; 合计 97.92 = rows; grade 优 "
                      "(97.92 ≥ 90)"]}


def html265(M):
    E = HT.escape
    ib_b, ab_b, eb_b = M["b"]
    ib_p, ab_p, eb_p = M["p"]
    data = {"title": "绩效指标完成情况", "unit": M["dept"],
            "columns": ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"],
            "rows": [[x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7]] for x in M["ind"]],
            "subtotal": {n: [w, s_] for n, w, s_ in M["sec"]},
            "total": [100, M["total"]]}
    blob = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    js = r"""
(function () {
  function td(tr, text, cls, rs, cs) {
    var c = document.createElement('td');
    c.textContent = text === null || text === undefined ? '' : String(text);
    if (cls) { c.className = cls; }
    if (rs && rs > 1) { c.rowSpan = rs; }
    if (cs && cs > 1) { c.colSpan = cs; }
    tr.appendChild(c);
    return c;
  }
  function render() {
    var d = JSON.parse(document.getElementById('zb-data').textContent);
    var t = document.getElementById('zbTable');
    var head = t.createTHead().insertRow(-1);
    for (var k = 0; k < d.columns.length; k++) {
      var th = document.createElement('th');
      th.textContent = d.columns[k];
      head.appendChild(th);
    }
    var body = t.tBodies[0];
    var rows = d.rows, i = 0;
    while (i < rows.length) {
      var j = i;
      while (j + 1 < rows.length && rows[j + 1][0] === rows[i][0]) { j++; }
      for (var r = i; r <= j; r++) {
        var tr = body.insertRow(-1);
        if (r === i) { td(tr, rows[i][0], 'yj', j - i + 2); }
        if (r === i || rows[r][1] !== rows[r - 1][1]) {
          var n = 1;
          while (r + n <= j && rows[r + n][1] === rows[r][1]) { n++; }
          td(tr, rows[r][1], 'ej', n);
        }
        for (var c = 2; c < 8; c++) { td(tr, rows[r][c], c === 2 || c === 7 ? 'l' : 'c'); }
      }
      var st = body.insertRow(-1);
      st.className = 'xj';
      td(st, '小计', 'c', 1, 4);
      td(st, d.subtotal[rows[i][0]][0], 'c');
      td(st, d.subtotal[rows[i][0]][1], 'c');
      td(st, '', '');
      i = j + 1;
    }
    var tot = body.insertRow(-1);
    tot.className = 'hj';
    td(tot, '合计', 'c', 1, 5);
    td(tot, d.total[0], 'c');
    td(tot, d.total[1], 'c');
    td(tot, '', '');
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', render);
  } else {
    render();
  }
})();
"""
    out = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
           '<meta name="SiteName" content="池州市生态环境局">', '<meta name="ColumnName" content="绩效管理">',
           f'<meta name="ArticleTitle" content="{M["dept"]}2024年度部门整体支出绩效自评报告">',
           '<meta name="PubDate" content="2025-05-12 09:40">',
           f"<title>{M['dept']}2024年度部门整体支出绩效自评报告_池州市生态环境局</title>",
           "<style>",
           "body{margin:0;font-family:'Microsoft YaHei',SimSun,sans-serif;color:#333;background:#eef3ef}",
           ".top{background:#1f7a4d;color:#fff;padding:18px 0;text-align:center;font-size:26px;letter-spacing:3px}",
           ".nav{background:#2a8f5c;text-align:center}.nav a{color:#fff;display:inline-block;padding:10px 22px;"
           "text-decoration:none}",
           ".wrap{width:1100px;margin:0 auto;background:#fff;padding:20px 40px 40px}",
           ".crumb{font-size:13px;color:#666;border-bottom:1px solid #ddd;padding-bottom:8px}",
           "h1{font-size:22px;text-align:center;margin:26px 0 12px}",
           ".info{text-align:center;font-size:13px;color:#888;border-bottom:1px dashed #ccc;padding-bottom:10px}",
           ".article p{font-size:15px;line-height:1.9;margin:6px 0;text-indent:2em}",
           ".article h3{font-size:16px;margin:14px 0 4px}",
           "table.zb{border-collapse:collapse;width:100%;margin:4px 0 14px;font-size:13px}",
           "table.zb th,table.zb td{border:1px solid #666;padding:4px 6px}table.zb th{background:#e8f1ec}",
           "td.c,td.yj,td.ej{text-align:center}td.l{text-align:left}tr.xj td,tr.hj td{font-weight:bold;background:#f7f7f7}",
           ".foot{background:#1f7a4d;color:#e6f0ea;text-align:center;font-size:12px;line-height:24px;padding:14px 0}",
           "</style>", "</head>", "<body>",
           '<div class="top">池州市生态环境局</div>',
           '<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/hjzl/">环境质量</a>'
           '<a href="/zwgk/czzj/">财政资金</a><a href="/hdjl/">互动交流</a></div>',
           '<div class="wrap">',
           '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
           '<a href="/zwgk/czzj/">财政资金</a> &gt; 绩效管理</div>',
           f"<h1>{E(M['dept'])}2024年度部门整体支出绩效自评报告</h1>",
           '<div class="info">发布时间：2025-05-12 09:40　　来源：池州市生态环境局　　'
           '<a href="javascript:window.print()">【打印】</a>　<a href="javascript:window.close()">【关闭】</a></div>',
           '<div class="article">',
           "<h3>一、部门基本情况</h3>",
           f"<p>{E(M['dept'])}为市政府工作部门，主要负责全市生态环境监督管理、环境质量监测、污染防治和生态环境执法等工作，"
           "内设科室9个，下属生态环境保护综合行政执法支队、环境监测站等单位。</p>",
           "<h3>二、部门预算及执行情况</h3>",
           f"<p>2024年度部门年初预算{m2(ib_b + ib_p)}万元，其中基本支出{m2(ib_b)}万元、项目支出{m2(ib_p)}万元；年中追加"
           f"中央大气和水污染防治资金后，全年预算{m2(M['ab'])}万元，其中基本支出{m2(ab_b)}万元、项目支出{m2(ab_p)}万元。"
           f"全年实际支出{m2(M['eb'])}万元，其中基本支出{m2(eb_b)}万元、项目支出{m2(eb_p)}万元，预算执行率"
           f"{M['rate']:.2f}%。</p>",
           "<h3>三、绩效指标完成情况</h3>",
           "<p>部门整体支出绩效指标完成情况见下表（金额单位：万元）。</p>",
           '<noscript><p style="color:#c00">本页表格需启用浏览器JavaScript后显示。</p></noscript>',
           '<table id="zbTable" class="zb"><tbody></tbody></table>',
           f'<script type="application/json" id="zb-data">{blob}</script>',
           f"<script>{js}</script>",
           "<p>说明：预算执行率得分＝执行率×10；定量指标未达到年度指标值的，按“实际完成值÷年度指标值×分值”计分；定性指标"
           "酌情扣分并说明理由。</p>",
           "<h3>四、自评结论</h3>",
           f"<p>经自评，{E(M['dept'])}2024年度部门整体支出绩效自评得分{fmt(M['total'])}分，自评等级为“{grade(M['total'])}”"
           f"（{BANDS[:-1]}）。</p>",
           "<h3>五、存在的问题及改进措施</h3>",
           "<p>一是项目支出管理需加强，个别项目支出超出全年预算，下一步将严格按预算批复执行，确需调整的按程序报批；二是部分"
           "入河排污口整治进度滞后，将建立跨区协调机制；三是噪声扰民问题群众反映较多，将加大执法和信息公开力度。</p>",
           '<p style="text-align:right">池州市生态环境局<br>2025年5月12日</p>',
           "</div>", "</div>",
           '<div class="foot">主办单位：池州市生态环境局　　网站标识码：3417000012　　皖ICP备05000000号-1</div>',
           "</body>", "</html>"]
    return "\n".join(out) + "\n"


ALL.append(h265())



# ============================================================ h266 眉山市东坡区教育局 (third-party report PDF, 三线表 tables)

def h266():
    dept = "眉山市东坡区教育局"
    ev = "四川蜀信项目管理咨询有限公司"
    ib_b, ib_p = 28650.00, 9420.00
    ab_b, ab_p = 29312.46, 11836.20
    eb_b, eb_p = 29105.33, 10872.41
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (38070.00, 41148.66, 39977.74, 97.15), (ib, ab, eb, rate)
    bs = r2(rate * 8 / 100)
    assert bs == 7.77
    tz_rule = "≥92%得满分，每低1个百分点扣1分"
    tz_true = 8 - (92 - 90) * 1
    tz = 7  # PLANT RULE_SCORE: 90% is 2 points below 92%, the rule gives 8 − 2 = 6; the 评分表 prints 7
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 评分标准)
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 3, 3, "目标依据充分、与部门职责相符得3分，否则酌情扣分"),
           ("决策", "目标设定", "绩效指标明确性", "明确", "2项指标未量化", 3, 2, "指标细化量化得3分，每有1项未量化扣0.5分"),
           ("决策", "预算配置", "预算编制科学性", "科学", "年中追加较多", 3, 2, "预算编制科学合理得3分，否则酌情扣分"),
           ("决策", "预算配置", "在职人员控制率", "≤100%", "98.6%", 3, 3, "≤100%得3分，否则不得分"),
           ("决策", "预算配置", "“三公”经费变动率", "≤0", "-2.8%", 3, 3, "≤0得3分，否则不得分"),
           ("过程", "资金管理", "预算执行率", "100%", f"{rate:.2f}%", 8, bs, "得分＝预算执行率×8"),
           ("过程", "资金管理", "资金使用合规性", "合规", "1项支出凭证不规范", 4, 3, "发现1项不合规扣1分"),
           ("过程", "资金管理", "政府采购执行率", "100%", "100%", 4, 4, "100%得满分，否则按比例得分"),
           ("过程", "组织实施", "管理制度健全性", "健全", "健全", 2, 2, "制度健全并有效执行得2分，否则酌情扣分"),
           ("过程", "组织实施", "资产管理规范性", "账实相符", "部分资产未及时入账", 2, 1.5, "账实相符得2分，否则酌情扣分"),
           ("产出", "产出数量", "新增义务教育学位（个）", "≥3200", "3360", 8, 8, "达到目标值得满分，否则按比例得分"),
           ("产出", "产出数量", "教师培训（人次）", "≥6000", "5580", 8, P(5580, 6000, 8), "达到目标值得满分，否则按比例得分"),
           ("产出", "产出质量", "义务教育巩固率", "≥99%", "99.6%", 8, 8, "≥99%得满分，每低0.1个百分点扣0.5分"),
           ("产出", "产出质量", "学生体质健康达标率", "≥92%", "90%", 8, tz, tz_rule),
           ("产出", "产出时效", "学生资助资金发放及时率", "100%", "100%", 8, 8, "100%得满分，每低1个百分点扣0.5分"),
           ("效益", "社会效益", "学前教育毛入园率", "≥92%", "93.5%", 7, 7, "达到目标值得满分，否则按比例得分"),
           ("效益", "社会效益", "城乡学校结对帮扶覆盖率", "100%", "100%", 6, 6, "100%得满分，否则按比例得分"),
           ("效益", "可持续影响", "教育信息化建设长效机制", "健全", "基本健全", 6, 5, "机制健全得满分，否则酌情扣分"),
           ("效益", "满意度", "学生家长满意度", "≥90%", "92.4%", 6, 6, "≥90%得满分，每低1个百分点扣0.5分")]
    ind8 = [x[:7] + ("",) for x in ind]
    assert s2(ind8, 5) == 100
    rows_total = s2(ind8, 6)
    assert rows_total == 93.71, rows_total
    total = r2(rows_total + 1)  # PLANT TOTAL_VS_ROWS: the rows (and 表2's 一级 scores) add to 93.71; printed 94.71
    sec = secs(ind8, ["决策", "过程", "产出", "效益"])
    assert [x[2] for x in sec] == [13, 18.27, 38.44, 24], sec
    srate = {n: pct(sc, w) for n, w, sc in sec}
    assert srate["产出"] == 96.10
    srate["产出"] = 97.10  # PLANT SCORE_RATE: 表2 产出 得分率 97.10%; 38.44 ÷ 40 = 96.10%
    g = gold(None, dept, 2023, "COUNTY", "四川省", "THIRD_PARTY_EVALUATION", ev, total, 100, grade(total),
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), sec, grows(ind8))
    meta = dict(dept=dept, ev=ev, ind=ind, total=total, sec=sec, srate=srate, rate=rate, ib=ib, ab=ab, eb=eb,
                b=(ib_b, ab_b, eb_b), p=(ib_p, ab_p, eb_p))
    fnd = [F("TOTAL_VS_ROWS", "合计", "合计 | 100 | 94.71", fmt(total), fmt(rows_total), "HIGH", "ERROR",
             "the 附件 评分表's 19 rows add to 93.71 (决策 13 + 过程 18.27 + 产出 38.44 + 效益 24, 表2's own 一级 scores); the "
             "评分表's and 表2's 合计 and the conclusion print 94.71 (one problem, printed three times); 优 either way"),
           F("RULE_SCORE", "学生体质健康达标率", f"学生体质健康达标率 | 8 | {tz_rule} | ≥92% | 90% | 7", "7", fmt(tz_true),
             "HIGH", "ERROR", "90% is 2 percentage points below 92%; the row's own 评分标准 (每低1个百分点扣1分) gives 8 − 2 = "
             "6, the row scores 7 (the 产出 scores 38.44 use the printed 7)"),
           F("SCORE_RATE", "产出", "产出 | 40 | 38.44 | 97.10%", "97.10%", "96.10%", "HIGH", "ERROR",
             "表2: 38.44 ÷ 40 = 96.10%, printed 97.10% (决策 86.67%, 过程 91.35%, 效益 96.00% right)")]
    return {"stem": "h266_dongpo_jiaoyu", "format": "pdf", "draw": draw266, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["every table is a THREE-LINE table (三线表): a thick rule above the header, a thin rule under it and a "
                      "thick rule under the last row, no vertical lines and no rules between rows; columns only by "
                      "position; in the 附件 评分表 (19 rows) 一级 and 二级 are printed once, on the first row of their "
                      "group (blank below), and long 三级 names, 评分标准 and 实际完成值 wrap onto two lines within their "
                      "column; the 合计 row sits above the bottom rule like any row",
                      "表1 预算执行情况: parts add up in every column (年初 28,650.00 + 9,420.00 = 38,070.00); 基本 99.29% and "
                      "项目 91.86% right, 合计 97.15% right; both under budget; 年初 < 全年 (追加)",
                      "预算执行率 97.15% × 8 = 7.77 (its rule); 新增义务教育学位 3360 vs ≥3200; 教师培训 8 × 5580 ÷ 6000 = "
                      "7.44 (the row's proportion rule); 义务教育巩固率 99.6% vs ≥99% full; 在职人员控制率 98.6% vs ≤100% "
                      "and “三公”经费变动率 -2.8% vs ≤0 (met); 绩效指标明确性 −1 (2项未量化 × 0.5, its rule), 资金使用合规性 "
                      "−1 (1项, its rule), 预算编制科学性 −1, 资产管理规范性 −0.5, 教育信息化建设长效机制 −1 (judgement)",
                      "表2's 决策 (15/13, 86.67%), 过程 (20/18.27, 91.35%) and 效益 (25/24, 96.00%) are right; the "
                      "evaluator's name and the report's date are not figures; the prose's figures (3360个学位, 5580人次, "
                      "90%, 97.15%) agree with the tables"]}


def tl_table(c, x, ytop, widths, header, rows, aligns, size=8, lh=10.5, pad=3.5, bold_last=False):
    """A three-line table (三线表): thick rule above the header, thin rule under it, thick rule under the last row; no
    vertical lines and no rules between rows; every cell wrapped within its column, its lines centred vertically in
    the row. Returns the y of the bottom rule."""
    xs = [x + sum(widths[:k]) for k in range(len(widths) + 1)]
    tw = sum(widths)

    def line(y, wd):
        c.setLineWidth(wd)
        c.line(x, y, x + tw, y)

    def draw_row(cells, y, font_size, bold=False):
        wrapped = [wrap(str(t), widths[k] - 4, font_size) if t != "" else [] for k, t in enumerate(cells)]
        n = max(1, max(len(w_) for w_ in wrapped))
        h = n * lh + 2 * pad
        c.setFont(FONT, font_size)
        for k, lines in enumerate(wrapped):
            top = y - pad - (n - len(lines)) * lh / 2 - font_size + 0.5
            for j, ln in enumerate(lines):
                yy = top - j * lh
                al = aligns[k]
                if al == "l":
                    c.drawString(xs[k] + 2, yy, ln)
                elif al == "r":
                    c.drawRightString(xs[k + 1] - 2, yy, ln)
                else:
                    c.drawCentredString((xs[k] + xs[k + 1]) / 2, yy, ln)
                if bold:
                    c.drawCentredString((xs[k] + xs[k + 1]) / 2 + 0.25, yy, ln) if al == "c" else None
        return y - h

    line(ytop, 1.5)
    y = draw_row(header, ytop, size, True)
    line(y, 0.6)
    for i, r in enumerate(rows):
        y = draw_row(r, y, size, bold_last and i == len(rows) - 1)
    line(y, 1.5)
    return y


def draw266(rep, path):
    from reportlab.lib.pagesizes import A4
    M = rep["meta"]
    ind = M["ind"]
    ib_b, ab_b, eb_b = M["b"]
    ib_p, ab_p, eb_p = M["p"]
    c = new_canvas(path, A4)
    W, Hh = A4
    L, R = 62, W - 62

    def paras(y, texts, size=10.5, lead=19, indent=True):
        for t in texts:
            lines = wrap(("　　" if indent else "") + t, R - L, size)
            c.setFont(FONT, size)
            for ln in lines:
                c.drawString(L, y, ln)
                y -= lead
        return y

    def head(y, t):
        c.setFont(FONT, 12)
        c.drawString(L, y, t)
        c.drawString(L + 0.3, y, t)
        return y - 22

    def foot(n):
        c.setFont(FONT, 9)
        c.drawCentredString(W / 2, 34, f"— {n} —")

    # p. 1
    c.setFont(FONT, 17)
    for k, t in enumerate([f"{M['dept']}2023年度", "部门整体支出绩效评价报告"]):
        c.drawCentredString(W / 2, Hh - 88 - k * 28, t)
        c.drawCentredString(W / 2 + 0.35, Hh - 88 - k * 28, t)
    c.setFont(FONT, 10.5)
    c.drawCentredString(W / 2, Hh - 160, f"委托单位：眉山市东坡区财政局　　评价机构：{M['ev']}")
    c.drawCentredString(W / 2, Hh - 178, "报告日期：2024年6月")
    y = head(Hh - 216, "一、基本情况")
    y = paras(y, [f"{M['dept']}是区政府工作部门，负责全区各级各类教育的统筹规划和管理，下辖公办中小学及幼儿园共86所。"
                  f"2023年度部门年初预算{m2(M['ib'])}万元，年中追加学位建设、学生资助等资金后全年预算{m2(M['ab'])}万元，"
                  f"全年执行{m2(M['eb'])}万元，预算执行率{M['rate']:.2f}%，具体见表1。"])
    c.setFont(FONT, 9.5)
    c.drawCentredString(W / 2, y - 4, "表1　2023年度部门预算执行情况（单位：万元）")
    rows1 = [["合计", m2(M["ib"]), m2(M["ab"]), m2(M["eb"]), f"{M['rate']:.2f}%"],
             ["基本支出", m2(ib_b), m2(ab_b), m2(eb_b), f"{pct(eb_b, ab_b):.2f}%"],
             ["项目支出", m2(ib_p), m2(ab_p), m2(eb_p), f"{pct(eb_p, ab_p):.2f}%"]]
    y = tl_table(c, L + 20, y - 14, [80, 80, 80, 80, 67], ["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"], rows1,
                 ["c", "r", "r", "r", "c"], size=9, lh=12)
    y = head(y - 26, "二、评价结论")
    y = paras(y, [f"评价组按照“决策、过程、产出、效益”四个维度构建评价指标体系，经资料核查、现场查看和问卷调查，{M['dept']}"
                  f"2023年度部门整体支出绩效评价综合得分{fmt(M['total'])}分，评价等级为“{grade(M['total'])}”（{BANDS[:-1]}）。各一级"
                  "指标得分情况见表2，评分明细见附件。"])
    c.setFont(FONT, 9.5)
    c.drawCentredString(W / 2, y - 4, "表2　一级指标得分情况")
    rows2 = [[n, fmt(w), fmt(sc), f"{M['srate'][n]:.2f}%"] for n, w, sc in M["sec"]]
    rows2.append(["合计", "100", fmt(M["total"]), f"{M['total']:.2f}%"])
    y = tl_table(c, L + 60, y - 14, [95, 80, 80, 92], ["一级指标", "分值", "得分", "得分率"], rows2, ["c", "c", "c", "c"],
                 size=9, lh=12)
    foot(1)
    c.showPage()
    # p. 2
    y = head(Hh - 70, "三、绩效分析")
    y = paras(y, ["（一）决策情况。部门绩效目标与职责相符，但2项产出指标未细化量化；年中追加预算较多，预算编制的科学性有待提高。",
                  "（二）过程情况。预算执行率97.15%；抽查发现1项支出凭证不规范，部分资产未及时登记入账。",
                  "（三）产出情况。全年新增义务教育学位3360个，开展教师培训5580人次，义务教育巩固率99.6%，学生资助资金全部"
                  "按时发放；学生体质健康达标率90%，未达到92%的年度目标。",
                  "（四）效益情况。学前教育毛入园率93.5%，城乡学校结对帮扶实现全覆盖，学生家长满意度92.4%；教育信息化建设长效"
                  "机制基本建立。"])
    y = head(y - 8, "四、存在的问题")
    y = paras(y, ["一是绩效目标编制不够细化，部分指标难以考核；二是预算编制与实际需求衔接不够，年中追加较多；三是学生体质健康"
                  "工作仍有短板，达标率未完成年度目标。"])
    y = head(y - 8, "五、意见建议")
    y = paras(y, ["一是细化量化绩效指标，提高目标的可衡量性；二是加强预算编制论证，减少年中追加；三是落实每天校园体育活动时间，"
                  "提升学生体质健康水平；四是规范财务凭证和资产管理。"])
    c.setFont(FONT, 10.5)
    c.drawRightString(R, y - 30, M["ev"])
    c.drawRightString(R - 30, y - 50, "2024年6月18日")
    foot(2)
    c.showPage()
    # p. 3 附件 评分表
    c.setFont(FONT, 12)
    c.drawString(L - 20, Hh - 60, "附件")
    c.setFont(FONT, 13)
    t = f"{M['dept']}2023年度部门整体支出绩效评价指标体系及评分表"
    c.drawCentredString(W / 2, Hh - 86, t)
    c.drawCentredString(W / 2 + 0.3, Hh - 86, t)
    rows3 = []
    for i, x in enumerate(ind):
        l1 = x[0] if i == 0 or ind[i - 1][0] != x[0] else ""
        l2 = x[1] if i == 0 or ind[i - 1][:2] != x[:2] else ""
        rows3.append([l1, l2, x[2], fmt(x[5]), x[7], x[3], x[4], fmt(x[6])])
    rows3.append(["合计", "", "", "100", "", "", "", fmt(M["total"])])
    widths = [40, 46, 84, 28, 126, 46, 70, 32]
    tl_table(c, (W - sum(widths)) / 2, Hh - 104, widths,
             ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "年度指标值", "实际完成值", "得分"], rows3,
             ["c", "c", "l", "c", "l", "c", "c", "c"], size=8, lh=10.5)
    foot(3)
    c.showPage()
    c.save()


ALL.append(h266())



# ============================================================ h267 鹤壁市淇滨区卫生健康委员会 (DOCX, one Word table per indicator row)

def h267():
    dept = "鹤壁市淇滨区卫生健康委员会"
    ib_b, ib_p = 2480.00, 4360.00
    ab_b, ab_p = 2563.72, 5218.40
    eb_b, eb_p = 2541.06, 4802.35
    ib, eb = r2(ib_b + ib_p), r2(eb_b + eb_p)
    ab_true = r2(ab_b + ab_p)
    assert (ib, ab_true, eb) == (6840.00, 7782.12, 7343.41)
    ab = 7882.12  # PLANT BREAKDOWN_SUM: 全年预算数 合计 7,882.12; 基本 2,563.72 + 项目 5,218.40 = 7,782.12
    rate = pct(eb, ab)  # the printed rate follows the printed 合计
    assert rate == 93.17, rate
    bs = r2(rate * 10 / 100)
    assert bs == 9.32
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 3, 3, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "明确", 3, 3, ""),
           ("决策", "预算配置", "在职人员控制率", "≤100%", "96.9%", 3, 3, ""),
           ("决策", "预算配置", "重点支出保障率", "≥90%", "100%", 3, 3, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "部分基本公共卫生服务资金结转下年"),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 4, 4, ""),
           ("过程", "财务管理", "政府采购执行率", "100%", "100%", 3, 3, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 3, 2.5, "部分医疗设备未及时登记入账，扣0.5分"),
           # PLANT ROW_SCORE_OVER_WEIGHT: 分值 6, 得分 6.5 (the 说明's proportion rule pays no bonus)
           ("产出", "数量指标", "重点人群家庭医生签约服务覆盖率", "≥75%", "78.4%", 6, 6.5, "超额完成目标，加0.5分"),
           ("产出", "数量指标", "孕产妇系统管理率", "≥90%", "93.6%", 6, 6, ""),
           ("产出", "数量指标", "适龄儿童免疫规划疫苗接种率", "≥95%", "98.2%", 6, 6, ""),
           ("产出", "数量指标", "65岁及以上老年人健康管理率", "≥70%", "66.5%", 6, P(66.5, 70, 6), "部分老年人外出务工、随子女居住"),
           ("产出", "质量指标", "基层医疗卫生机构标准化建设（所）", "≥4", "4", 6, 6, ""),
           # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: due by 2024年12月底, the row's own reason says it went live in 2025年2月
           ("产出", "时效指标", "区域全民健康信息平台升级", "2024年12月底前上线运行", "已上线运行", 5, 5,
            "受招标延期影响，平台于2025年2月上线运行"),
           ("产出", "质量指标", "居民电子健康档案建档率", "≥90%", "92.1%", 5, 5, ""),
           ("效益", "社会效益", "孕产妇死亡率", "≤10/10万", "0", 6, 6, ""),
           ("效益", "社会效益", "居民健康素养水平", "≥30%", "31.2%", 6, 6, ""),
           ("效益", "可持续影响", "基层卫生服务长效机制", "健全", "基本健全", 6, 5, "乡村医生队伍老化，补充机制待完善，扣1分"),
           ("效益", "满意度", "群众满意度", "≥90%", "91.3%", 10, 10, "")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)
    assert total == 98.02, total
    g = gold(None, dept, 2024, "COUNTY", "河南省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), [], grows(ind))
    meta = dict(dept=dept, ind=ind, total=total, ib=ib, ab=ab, eb=eb, rate=rate, b=(ib_b, ab_b, eb_b),
                p=(ib_p, ab_p, eb_p))
    fnd = [F("BREAKDOWN_SUM", "全年预算数", "合计 | 6,840.00 | 7,882.12 | 7,343.41 … 基本支出 | 2,563.72 … 项目支出 | 5,218.40",
             "7,882.12", "7,782.12", "HIGH", "ERROR",
             "2,563.72 + 5,218.40 = 7,782.12, 100.00 short of the printed 合计 7,882.12 (年初 2,480.00 + 4,360.00 = 6,840.00 "
             "and 执行 2,541.06 + 4,802.35 = 7,343.41 add up); the printed 93.17% is 7,343.41 ÷ the printed 7,882.12 (94.36% "
             "on 7,782.12; the 预算执行率 row's 9.32 follows the printed rate)"),
           F("ROW_SCORE_OVER_WEIGHT", "重点人群家庭医生签约服务覆盖率",
             "重点人群家庭医生签约服务覆盖率 | ≥75% | 78.4% | 6 | 6.5 | 超额完成目标，加0.5分", "6.5", "≤ 6", "HIGH", "ERROR",
             "得分 6.5 exceeds the row's 分值 6; the 说明 pays no bonus for beating a target (the 合计 98.02 adds the printed "
             "6.5)"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "区域全民健康信息平台升级",
             "区域全民健康信息平台升级 | 2024年12月底前上线运行 | 已上线运行 | 5 | 5 | 受招标延期影响，平台于2025年2月上线运行",
             "5", "< 5", "HIGH", "WARNING",
             "the target is “2024年12月底前上线运行”; the row's own 偏差原因 says the platform went live in February 2025, yet "
             "it scores full 5 (its rule: 定性指标酌情扣分)")]
    return {"stem": "h267_qibin_weijian", "format": "docx", "write": write267, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the indicator table is ONE WORD TABLE PER ROW, as pasted from a web page: the header row is a "
                      "1-row table of its own, each of the 19 indicator rows a separate 1-row table (8 cells, the same "
                      "column widths), the 合计 row another; an empty paragraph between every two tables; 一级 printed only "
                      "on the first row of its group (blank cells below), 二级 repeated on every row: one indicator table "
                      "of 19 rows",
                      "the 预算执行情况 table (an ordinary Word table) and the 年度总体目标 paragraphs; parts add up in the 年初 "
                      "and 执行 columns; 基本 99.12% and 项目 92.03% right; both under budget; 年初 < 全年 (追加)",
                      "预算执行率 row 93.17% × 10 = 9.32 (the printed rate, the 说明's rule); 基层医疗卫生机构标准化建设 4 vs ≥4 "
                      "(met exactly); 孕产妇死亡率 0 vs ≤10/10万 (a ceiling, met); 65岁及以上老年人健康管理率 6 × 66.5 ÷ 70 = "
                      "5.7 (the proportion rule); 资产管理规范性 −0.5 and 基层卫生服务长效机制 −1 with reasons (judgement)",
                      "合计 98.02 = the printed rows; 自评等级 优 (98.02 ≥ 90)"]}


def write267(rep, path):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    M = rep["meta"]
    ind = M["ind"]
    ib_b, ab_b, eb_b = M["b"]
    ib_p, ab_p, eb_p = M["p"]
    doc = new_doc()
    para(doc, f"{M['dept']}2024年度部门整体支出绩效自评表", bold=True, size=16, center=True, after=6)
    para(doc, f"填报单位（盖章）：{M['dept']}　　　　　　　　　　金额单位：万元", size=10, after=4)
    para(doc, "一、预算执行情况", bold=True, size=12, after=2)
    bud = [("项目", "年初预算数", "全年预算数", "全年执行数", "执行率"),
           ("合计", m2(M["ib"]), m2(M["ab"]), m2(M["eb"]), f"{M['rate']:.2f}%"),
           ("其中：基本支出", m2(ib_b), m2(ab_b), m2(eb_b), f"{pct(eb_b, ab_b):.2f}%"),
           ("项目支出", m2(ib_p), m2(ab_p), m2(eb_p), f"{pct(eb_p, ab_p):.2f}%")]
    t = grid(doc, len(bud), [38, 33, 33, 33, 33])
    for r, row_ in enumerate(bud):
        for k, v in enumerate(row_):
            cell_put(t.cell(r, k), v, 9.5, r == 0, "c" if r == 0 or k in (0, 4) else "r")
    para(doc, "", after=2)
    para(doc, "二、年度总体目标完成情况", bold=True, size=12, after=2)
    para(doc, "年度目标：全面落实基本公共卫生服务项目，重点人群家庭医生签约服务覆盖率达到75%以上，完成4所基层医疗卫生机构标准化"
              "建设，2024年12月底前完成区域全民健康信息平台升级并上线运行，群众满意度90%以上。", size=10.5, indent=True)
    para(doc, "完成情况：重点人群家庭医生签约服务覆盖率78.4%，孕产妇系统管理率93.6%，完成4所基层医疗卫生机构标准化建设，"
              "区域全民健康信息平台升级于2025年2月上线运行，群众满意度91.3%。", size=10.5, indent=True, after=4)
    para(doc, "三、绩效指标完成情况", bold=True, size=12, after=2)
    widths = [18, 20, 40, 21, 21, 11, 11, 28]

    def one_row(cells, bold=False):
        tb = grid(doc, 1, widths)
        for k, v in enumerate(cells):
            cell_put(tb.cell(0, k), v, 9, bold, "l" if k in (2, 7) and not bold else "c")
        para(doc, "")
    one_row(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"], True)
    for i, x in enumerate(ind):
        l1 = x[0] if i == 0 or ind[i - 1][0] != x[0] else ""
        one_row([l1, x[1], x[2], x[3], x[4], fmt(x[5]), fmt(x[6]), x[7]])
    one_row(["合计", "", "", "", "", "100", fmt(M["total"]), ""], True)
    para(doc, f"自评等级：{grade(M['total'])}", bold=True, size=10.5, after=2)
    para(doc, "说明：1.预算执行率得分＝执行率×10；2.定量指标未达到年度指标值的，按“实际完成值÷年度指标值×分值”计分，达到的"
              "得满分；3.定性指标根据完成情况酌情扣分并说明理由；4.自评等级：" + BANDS, size=9, after=4)
    q = para(doc, "填表人：张××　　审核人：王××　　填报日期：2025年4月25日", size=10)
    q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.save(path)
    H.A.normalize_zip(path)


ALL.append(h267())


# ============================================================ h268 乌兰察布市交通运输局 (XLSX, formulas without cached values, 项目 form)

def h268():
    dept = "乌兰察布市交通运输局"
    unit = "乌兰察布市公路养护中心"
    proj = "2024年乌兰察布市农村牧区公路养护工程"
    srcs = [("其中：中央车购税资金", 2400.00, 2400.00, 2316.80), ("自治区财政资金", 600.00, 600.00, 552.40),
            ("市级财政资金", 300.00, 380.00, 318.62)]
    ib, ab, eb = (r2(sum(x[k] for x in srcs)) for k in (1, 2, 3))
    frac = round(eb / ab, 4)  # =ROUND(E7/D7,4)
    rate = round(frac * 100, 2)
    assert (ib, ab, eb, rate) == (3300.00, 3380.00, 3187.82, 94.31), (ib, ab, eb, rate)
    fs = round(10 * frac + 1e-9, 2)  # =ROUND(F7*G7,2)
    assert fs == 9.43
    # rows: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因, proportion (actual, target) or None)
    ind = [(None, None, "年度资金总额", None, f"{rate:.2f}%", 10, fs, "", None),
           # PLANT WEIGHTS_VS_FULL_MARK: 分值 typed 12 (the 分值 add to 102; the 总分 分值 cell is a typed 100)
           ("产出指标", "数量指标", "农村牧区公路日常养护里程（公里）", "≥2600", "2380", 12, None, "部分路段冬季封冻期延长",
            (2380, 2600)),
           ("产出指标", "数量指标", "实施公路养护工程（公里）", "≥180", "150", 10, None, "2个标段开工滞后", (150, 180)),
           ("产出指标", "数量指标", "危桥改造（座）", "≥12", "10", 8, None, "2座危桥设计变更，顺延至2025年", (10, 12)),
           ("产出指标", "质量指标", "养护工程交工验收合格率", "100%", "92%", 8, None, "2个标段首次验收未通过，整改后复验",
            (92, 100)),
           # PLANT TARGET_MISSED_FULL_MARKS: 76.5% against ≥80%, full 10 (the proportion rule gives 9.56)
           ("产出指标", "质量指标", "农村公路优良中等路率", "≥80%", "76.5%", 10, 10, "", None),
           ("产出指标", "时效指标", "养护工程按期完工率", "≥95%", "88%", 6, None, "受雨季影响工期延误", (88, 95)),
           ("产出指标", "成本指标", "公路养护单位成本（万元/公里）", "≤1.3", "1.21", 6, 6, "", None),
           ("效益指标", "经济效益指标", "降低农牧民出行成本", "有效降低", "部分路段改善不明显", 6, 5, "扣1分", None),
           ("效益指标", "社会效益指标", "养护路段安全事故（起）", "0", "1", 6, 3, "发生1起安全事故，扣3分", None),
           ("效益指标", "社会效益指标", "受益行政村覆盖率", "≥95%", "86%", 6, None, "部分偏远嘎查村未覆盖", (86, 95)),
           ("效益指标", "可持续影响指标", "公路养护长效机制", "健全", "养护考核机制未建立", 6, 3.5, "扣2.5分", None),
           ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "78.6%", 8, None, "部分路段养护不及时", (78.6, 90))]
    full = []
    for x in ind:
        sc = x[6] if x[8] is None else round(x[5] * x[8][0] / x[8][1] + 1e-9, 2)  # =ROUND(G*a/t,2)
        full.append(x[:6] + (sc, x[7]))
    weights = s2(full, 5)
    assert weights == 102, weights
    total = s2(full, 6)
    assert total == 88.25, total
    shown_grade = "优"  # PLANT GRADE_OUTSIDE_BANDS: the 总分 formula gives 88.25, 良 under the printed bands
    g = with_project(gold(None, dept, 2024, "PREFECTURAL", "内蒙古自治区", "SELF_EVALUATION", None, total, 100,
                          shown_grade, budget(ib, ab, eb, rate), [], grows(full)), proj, unit)
    goal = ("目标1：完成农村牧区公路日常养护2600公里以上，实施养护工程180公里，改造危桥12座；目标2：养护工程交工验收合格率100%，"
            "农村公路优良中等路率80%以上；目标3：受益行政村覆盖率95%以上，沿线群众满意度90%以上。")
    done = ("目标1：完成日常养护2380公里，实施养护工程150公里，改造危桥10座；目标2：交工验收合格率92%，优良中等路率76.5%；"
            "目标3：受益行政村覆盖率86%，沿线群众满意度78.6%。")
    meta = dict(dept=dept, unit=unit, proj=proj, ind=ind, srcs=srcs, goal=goal, done=done, grade=shown_grade)
    fnd = [F("WEIGHTS_VS_FULL_MARK", "总分", "总分 | 100 | =H7+SUM(H14:H25)", "100", fmt(weights), "HIGH", "ERROR",
             "分值 10 (年度资金总额) + 12 + 10 + 8 + 8 + 10 + 6 + 6 + 6 + 6 + 6 + 6 + 8 = 102, the 总分 row's 分值 cell (typed, "
             "not a formula) says 100; the 日常养护里程 row carries 12"),
           F("GRADE_OUTSIDE_BANDS", "自评等级", "总分 | 100 | 88.25 … 自评等级 | 优", "优", "良", "HIGH", "ERROR",
             "the 总分 得分 formula =H7+SUM(H14:H25) gives 88.25 (no cached value: Excel computes it on opening); under the "
             "说明's bands 80分（含）至90分 is “良”, the typed grade cell says 优"),
           F("TARGET_MISSED_FULL_MARKS", "农村公路优良中等路率", "农村公路优良中等路率 | ≥80% | 76.5% | 10 | 10 |", "10", "< 10",
             "HIGH", "WARNING",
             "76.5% misses the ≥80% target, yet the row scores full 10 (a typed number, no 偏差原因); the 说明's proportion "
             "rule gives 10 × 76.5 ÷ 80 = 9.56")]
    return {"stem": "h268_wulanchabu_jiaotong", "format": "xlsx", "write": write268, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the workbook was written by a budget system's exporter and never opened in Excel: every total, rate "
                      "and proportion score is a FORMULA WITHOUT A CACHED VALUE (年度资金总额 =SUM(C8:C10) …, 执行率 "
                      "=ROUND(E7/D7,4) under 0.00%, 得分 =ROUND(F7*G7,2), the proportion rows =ROUND(G15*2380/2600,2) …, "
                      "总分 =H7+SUM(H14:H25)); a reader of cached values sees empty cells; the values are what Excel shows "
                      "(9.43, 94.31%, 10.98 …, 88.25); the inputs (amounts, 分值, typed scores) are numbers",
                      "the fund block's 其中 lines (中央 2,400.00 + 自治区 600.00 + 市级 380.00 = 3,380.00; 支出 2,316.80 + "
                      "552.40 + 318.62 = 3,187.82; rate formulas 96.53%, 92.07%, 83.85%) carry no 分值/得分 and are not gold "
                      "budget parts; 执行率 3,187.82 ÷ 3,380.00 = 94.31% × 10 = 9.43 (right); 年初 3,300.00 < 全年 3,380.00",
                      "the proportion-rule scores (formulas) follow the 说明's rule: 12 × 2380 ÷ 2600 = 10.98, 10 × 150 ÷ 180 = "
                      "8.33, 8 × 10 ÷ 12 = 6.67, 8 × 92 ÷ 100 = 7.36, 6 × 88 ÷ 95 = 5.56, 6 × 86 ÷ 95 = 5.43, 8 × 78.6 ÷ 90 = "
                      "6.99; 公路养护单位成本 1.21 vs ≤1.3 (a ceiling, met; 万元/公里 in the name, not a budget figure); 养护路段"
                      "安全事故 1 vs 0 −3, 降低农牧民出行成本 −1 and 公路养护长效机制 −2.5 with reasons (judgement)",
                      "the 总分 得分 88.25 = the rows (the formula adds them)"]}


def write268(rep, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    M = rep["meta"]
    wb = Workbook()
    wb.properties.creator = wb.properties.lastModifiedBy = "预算管理一体化系统"
    wb.properties.created = wb.properties.modified = H.A.FIXED
    ws = wb.active
    ws.title = "项目支出绩效自评表"
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    right = Alignment(horizontal="right", vertical="center")

    def put(r, c, v, bold=False, al=ctr, b=True, size=10, fmt_=None):
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

    for col, wd in zip("ABCDEFGHI", (8, 12, 14, 24, 13, 13, 9, 9, 26)):
        ws.column_dimensions[col].width = wd
    put(1, 1, "项目支出绩效自评表", True, b=False, size=16)
    merge(1, 1, 1, 9, box=False)
    put(2, 1, "（2024年度）", b=False, size=11)
    merge(2, 1, 2, 9, box=False)
    put(3, 1, f"填报单位（盖章）：{M['dept']}", al=left, b=False)
    merge(3, 1, 3, 6, box=False)
    put(3, 7, "金额单位：万元", al=right, b=False)
    merge(3, 7, 3, 9, box=False)
    put(4, 1, "项目名称", True)
    merge(4, 1, 4, 2)
    put(4, 3, M["proj"], al=left)
    merge(4, 3, 4, 9)
    put(5, 1, "主管部门", True)
    merge(5, 1, 5, 2)
    put(5, 3, M["dept"], al=left)
    merge(5, 3, 5, 4)
    put(5, 5, "实施单位", True)
    put(5, 6, M["unit"], al=left)
    merge(5, 6, 5, 9)
    put(6, 1, "项目资金（万元）", True)
    merge(6, 1, 10, 1)
    put(6, 2, "")
    for k, h in enumerate(["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
        put(6, 3 + k, h, True)
    put(6, 9, "")
    put(7, 2, "年度资金总额", al=left)
    for k, col in enumerate("CDE"):
        put(7, 3 + k, f"=SUM({col}8:{col}10)", al=right, fmt_="#,##0.00")
    put(7, 6, 10)
    put(7, 7, "=ROUND(E7/D7,4)", fmt_="0.00%")
    put(7, 8, "=ROUND(F7*G7,2)", fmt_="0.00")
    put(7, 9, "")
    for r, (lab, a, b_, e) in enumerate(M["srcs"], 8):
        put(r, 2, lab, al=left)
        for k, v in enumerate((a, b_, e)):
            put(r, 3 + k, v, al=right, fmt_="#,##0.00")
        put(r, 6, "—")
        put(r, 7, f"=ROUND(E{r}/D{r},4)", fmt_="0.00%")
        put(r, 8, "—")
        put(r, 9, "")
    put(11, 1, "年度总体目标", True)
    merge(11, 1, 12, 1)
    put(11, 2, "预期目标", True)
    merge(11, 2, 11, 5)
    put(11, 6, "实际完成情况", True)
    merge(11, 6, 11, 9)
    put(12, 2, M["goal"], al=left)
    merge(12, 2, 12, 5)
    put(12, 6, M["done"], al=left)
    merge(12, 6, 12, 9)
    ws.row_dimensions[12].height = 96
    put(13, 1, "绩效指标", True)
    for k, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                           "偏差原因分析及改进措施"]):
        put(13, 2 + k, h, True)
    rows = [x for x in M["ind"] if x[0]]
    r0 = 14
    for i, x in enumerate(rows):
        r = r0 + i
        put(r, 4, x[2], al=left)
        put(r, 5, x[3])
        put(r, 6, x[4])
        put(r, 7, x[5])
        put(r, 8, x[6] if x[8] is None else f"=ROUND(G{r}*{fmt(x[8][0])}/{fmt(x[8][1])},2)", fmt_="0.00")
        put(r, 9, x[7], al=left)
    last = r0 + len(rows) - 1
    assert last == 25
    merge(13, 1, last, 1)
    for col in (0, 1):
        for a, b in spans(rows, col):
            put(r0 + a, 2 + col, rows[a][col])
            merge(r0 + a, 2 + col, r0 + b, 2 + col)
    put(26, 1, "总分", True)
    merge(26, 1, 26, 6)
    put(26, 7, 100, True)
    put(26, 8, f"=H7+SUM(H{r0}:H{last})", True, fmt_="0.00")
    put(26, 9, "")
    put(27, 1, "自评等级", True)
    merge(27, 1, 27, 6)
    put(27, 7, M["grade"], True)
    merge(27, 7, 27, 9)
    note = ("说明：1.年度资金总额得分＝执行率×分值；2.定量指标未达到年度指标值的，按“实际完成值÷年度指标值×分值”计分；3.定性"
            "指标根据完成情况酌情扣分，并在偏差原因分析中说明；4.自评等级：" + BANDS)
    put(28, 1, note, al=left, b=False, size=9)
    merge(28, 1, 28, 9, box=False)
    ws.row_dimensions[28].height = 42
    put(29, 1, "填报人：乌××　　联系电话：0474-83×××××　　填报日期：2025年3月28日", al=left, b=False)
    merge(29, 1, 29, 9, box=False)
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_area = "A1:I29"
    wb.save(path)
    H.A.normalize_zip(path)


ALL.append(h268())


def main(argv):
    round_main(argv, ALL, "42")


if __name__ == "__main__":
    main(sys.argv[1:])
