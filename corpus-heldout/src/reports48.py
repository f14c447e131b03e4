#!/usr/bin/python3
"""Round 48 (h294–h298): layouts not used before, each with PLANTED audit problems, made apart from the code by the
corpus48 session. Specs, rendering, gold and findings in this one file; every planted figure carries `# PLANT <KIND>`
with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report whose own
recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports48.py [h294 …]
(needs Pillow, reportlab, pikepdf, openpyxl: h294 a government portal article (UTF-8 HTML) whose 自评表 exists only as
an embedded PNG picture (data: URI, a ruled table drawn by Pillow at 180 dpi with Noto Sans CJK SC 10.5 pt, ≥ / ≤ in DejaVu Sans); h295 a
SCANNED BOOKLET: every PDF page one 200 dpi grey image holding two A4 pages side by side (left, right, a gutter shadow
between), no text layer, the 自评表 starting on a left page and continued, header repeated, on the right page; h296 an
XLSX 项目 form whose 资金 block prints the amounts in figures (万元) and the 年度资金总额 line's three amounts again in
Chinese financial UPPERCASE (大写, in 元); h297 a PDF PORTFOLIO (/Collection) whose cover page lists three projects and
whose EmbeddedFiles are the three 项目 forms (small PDFs); h298 a vector PDF whose tables have a solid outer border and
DASHED inner rulings.)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因 / 评分标准).
"""
import base64
import hashlib
import io
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402
from heldout import fmt, budget, gold  # noqa: E402
from reports4 import pct, F  # noqa: E402
from reports22 import s2, r2, with_project, grows  # noqa: E402
from reports32 import new_canvas, FONT, wrap as wrap_  # noqa: E402
from reports34 import secs  # noqa: E402
from reports36_common import BANDS, grade, P, main as round_main  # noqa: E402
from reports41 import m2, spans  # noqa: E402
from reports43 import heights_for, rl_cells  # noqa: E402

ALL = []
ZIP_DATE = H.A.FIXED.timetuple()[:6]
PROP = "达到目标值得满分，未达到的按完成比例得分"


def swap2(x):
    """x printed with its last two digits swapped (the planted transpositions)"""
    s = f"{x:.2f}"
    t = s[:-2] + s[-1] + s[-2]
    assert t != s, s
    return float(t)


# ============================================================ Pillow page drawing (h294 picture, h295 scanned pages)

CJK_R = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
CJK_B = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
LAT_TTF = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def pfont(pt, dpi, bold=False):
    from PIL import ImageFont
    return ImageFont.truetype(CJK_B if bold else CJK_R, int(round(pt * dpi / 72)), index=2)  # index 2: SC


def pwrap(text, width, font):
    """Chinese line breaking by pixel width (a run of digits / Latin never split, closing punctuation never starts a
    line)"""
    import re
    if not text:
        return [""]
    out, cur = [], ""
    for tok in re.findall(r"[0-9A-Za-z.,%\-≥≤]+|.", text):
        if font.getlength(cur + tok) > width and cur and tok not in "，。；、）”：%":
            out.append(cur)
            cur = tok
        else:
            cur += tok
    if cur:
        out.append(cur)
    return out


def ptable(d, x0, y0, cols, spec, font, fontb, lead, minh, pad, lw=2, ink=0):
    """a ruled table on a Pillow ImageDraw: spec cells (r, k, rs, cs, text, align, bold); every cell's frame drawn,
    text wrapped inside and centred vertically; returns the bottom y"""
    nrows = max(r + rs for r, k, rs, cs, t, a, b in spec)
    h = [minh] * nrows
    for r, k, rs, cs, t, a, b in spec:
        need = len(pwrap(t, sum(cols[k:k + cs]) - 2 * pad, fontb if b else font)) * lead + pad
        if rs == 1:
            h[r] = max(h[r], need)
    for r, k, rs, cs, t, a, b in spec:
        if rs > 1:
            need = len(pwrap(t, sum(cols[k:k + cs]) - 2 * pad, fontb if b else font)) * lead + pad
            have = sum(h[r:r + rs])
            if have < need:
                h[r + rs - 1] += need - have
    xs = [x0 + sum(cols[:k]) for k in range(len(cols) + 1)]
    ys = [y0 + sum(h[:k]) for k in range(nrows + 1)]
    for r, k, rs, cs, t, a, b in spec:
        d.rectangle([xs[k], ys[r], xs[k + cs], ys[r + rs]], outline=ink, width=lw)
    for r, k, rs, cs, t, a, b in spec:
        if not t:
            continue
        f = fontb if b else font
        xa, xb, ya, yb = xs[k], xs[k + cs], ys[r], ys[r + rs]
        lines = pwrap(t, xb - xa - 2 * pad, f)
        top = (ya + yb) / 2 - len(lines) * lead / 2
        for j, ln in enumerate(lines):
            y = top + j * lead + lead / 2
            w = sign_width(ln, f)
            x = xa + pad if a == "l" else xb - pad - w if a == "r" else (xa + xb) / 2 - w / 2
            draw_signed(d, x, y, ln, f, ink)
    return ys[-1]


def sign_font(f):
    from PIL import ImageFont
    return ImageFont.truetype(LAT_TTF, f.size)


def sign_width(ln, f):
    if ln[:1] in "≥≤":
        return sign_font(f).getlength(ln[0]) + f.getlength(ln[1:])
    return f.getlength(ln)


def draw_signed(d, x, y, ln, f, ink):
    """a line left-aligned at x (vertically centred on y); a leading ≥ / ≤ in DejaVu Sans, the rest in the CJK font"""
    if ln[:1] in "≥≤":
        sf = sign_font(f)
        d.text((x, y), ln[0], font=sf, fill=ink, anchor="lm")
        x += sf.getlength(ln[0])
        ln = ln[1:]
    d.text((x, y), ln, font=f, fill=ink, anchor="lm")


def ptext(d, x, y, width, text, font, lead, indent=0, ink=0, align="l"):
    """a paragraph wrapped to width (first line indented by indent px); returns the y below it"""
    lines = pwrap(text, width - indent, font)
    first = lines[0]
    rest = pwrap("".join(lines[1:]), width, font) if len(lines) > 1 else []
    for j, ln in enumerate([first] + rest):
        if align == "c":
            d.text((x + width / 2, y + lead / 2), ln, font=font, fill=ink, anchor="mm")
        else:
            d.text((x + (indent if j == 0 else 0), y + lead / 2), ln, font=font, fill=ink, anchor="lm")
        y += lead
    return y


def ind_spec(ind, r0, with_reason=True):
    """the 自评表 body cells from row r0: 一级 and 二级 merged down within the given rows"""
    spec = []
    for a, b in spans(ind, 0):
        spec.append((r0 + a, 0, b - a + 1, 1, ind[a][0], "c", False))
    for a, b in spans(ind, 1):
        spec.append((r0 + a, 1, b - a + 1, 1, ind[a][1], "c", False))
    for j, x in enumerate(ind):
        r = r0 + j
        spec += [(r, 2, 1, 1, x[2], "l", False), (r, 3, 1, 1, x[3], "c", False), (r, 4, 1, 1, x[4], "c", False),
                 (r, 5, 1, 1, fmt(x[5]), "c", False), (r, 6, 1, 1, fmt(x[6]), "c", False)]
        if with_reason:
            spec.append((r, 7, 1, 1, x[7], "l", False))
    return spec


HEAD8 = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]


# ============================================================ h294 随州市民政局 (HTML, the 自评表 only as a PNG picture)

def h294():
    dept = "随州市民政局"
    ib_b, ab_b, eb_b = 1862.40, 1915.80, 1896.52
    ib_p, ab_p, eb_p = 5320.00, 6148.60, 5702.38
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    rb, rp = pct(eb_b, ab_b), pct(eb_p, ab_p)
    assert (ib, ab, eb, rate) == (7182.40, 8064.40, 7598.90, 94.23), (ib, ab, eb, rate)
    rate_prose = swap2(rate)  # PLANT EXECUTION_RATE: 7,598.90 ÷ 8,064.40 = 94.23%; the prose prints 94.32%
    bs, jz = r2(rate / 10), r2(100 - rate)
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 4, 4, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "1项指标未细化", 4, 3.5, "个别指标未细化量化"),
           ("决策", "预算配置", "在职人员控制率", "≤100%", "96.4%", 3, 3, ""),
           ("决策", "预算配置", "“三公”经费变动率", "≤0", "-3.5%", 4, 4, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "部分项目资金年底拨付"),
           ("过程", "预算执行", "结转结余率", "≤6%", f"{jz:.2f}%", 3, 3, ""),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 4, 4, ""),
           ("过程", "财务管理", "政府采购执行率", "100%", "100%", 4, 4, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "1处福利院资产未及时登记", 4, 3.5, "已督促整改"),
           ("产出", "数量指标", "城乡低保对象保障（人）", "≥52000", "52860", 6, 6, ""),
           # PLANT TARGET_MISSED_FULL_MARKS: 560 < ≥600, 6 of 6, no 偏差原因 (proportion 5.6)
           ("产出", "数量指标", "新增养老机构床位（张）", "≥600", "560", 6, 6, ""),
           ("产出", "数量指标", "特困人员救助供养（人）", "≥6800", "6915", 5, 5, ""),
           ("产出", "质量指标", "低保资金社会化发放率", "100%", "100%", 6, 6, ""),
           ("产出", "质量指标", "养老机构等级评定覆盖率", "≥80%", "76.5%", 6, P(76.5, 80, 6), "部分乡镇敬老院未完成评定"),
           ("产出", "时效指标", "临时救助审批办结时限", "≤10个工作日", "平均6.5个工作日", 6, 6, ""),
           ("效益", "社会效益", "困难群众基本生活保障率", "100%", "100%", 7, 7, ""),
           ("效益", "社会效益", "民政服务机构安全责任事故（起）", "0", "0", 5, 5, ""),
           ("效益", "可持续影响", "社会救助长效机制", "健全", "基本健全", 6, 5, "救助信息共享机制待完善"),
           ("效益", "满意度", "服务对象满意度", "≥90%", "91.8%", 7, 7, "")]
    assert len(ind) == 19 and s2(ind, 5) == 100 and P(76.5, 80, 6) == 5.74 and P(560, 600, 6) == 5.6
    total = s2(ind, 6)
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert total == 97.16 and sec[1] == ("过程", 25, 23.92), (total, sec)
    rates = [pct(s, w) for _, w, s in sec]
    sr_printed = swap2(rates[1])  # PLANT SCORE_RATE: 过程 23.92 ÷ 25 = 95.68%; 四、 prints 95.86%
    rates_printed = [rates[0], sr_printed, rates[2], rates[3]]
    g = gold(None, dept, 2024, "PREFECTURAL", "湖北省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ib, ab, eb, rate_prose, ab_b, eb_b, ab_p, eb_p), sec, grows(ind))
    meta = dict(dept=dept, ind=ind, total=total, sec=sec, rates=rates_printed, ib=ib, ab=ab, eb=eb, rate=rate_prose,
                b=(ib_b, ab_b, eb_b, rb), p=(ib_p, ab_p, eb_p, rp))
    fnd = [F("EXECUTION_RATE", "预算执行率", f"全年支出{m2(eb)}万元，预算执行率{rate_prose:.2f}%", f"{rate_prose:.2f}%",
             f"{rate:.2f}%", "HIGH", "ERROR",
             f"二、预算执行情况 (prose): 全年支出 {m2(eb)} ÷ 全年预算 {m2(ab)} = {rate:.2f}%, printed {rate_prose:.2f}% (digits "
             f"swapped); the 自评表 picture's 预算执行率 row shows the right {rate:.2f}% and scores {fmt(bs)} (one problem); "
             f"基本 {rb:.2f}% and 项目 {rp:.2f}% in the same paragraph are right"),
           F("SCORE_RATE", "过程", f"过程指标25分，得{fmt(sec[1][2])}分，得分率{sr_printed:.2f}%", f"{sr_printed:.2f}%",
             f"{rates[1]:.2f}%", "HIGH", "ERROR",
             f"四、自评结论: 过程 {fmt(sec[1][2])} ÷ 25 = {rates[1]:.2f}%, printed {sr_printed:.2f}% (digits swapped); the "
             f"score 23.92 is the 过程 rows' sum in the picture; the other 得分率 ({rates[0]:.2f}%, {rates[2]:.2f}%, "
             f"{rates[3]:.2f}%) are right"),
           F("TARGET_MISSED_FULL_MARKS", "新增养老机构床位（张）", "新增养老机构床位（张） | ≥600 | 560 | 6 | 6 |", "6", "< 6",
             "HIGH", "WARNING",
             "in the 自评表 PICTURE: 560 misses ≥600, yet the row scores the full 6 and its 偏差原因分析 cell is empty; by "
             "the 说明's proportion rule 6 × 560 ÷ 600 = 5.6 (the same rule the picture applies to 养老机构等级评定覆盖率); "
             "三、's prose also says 560张")]
    return {"stem": "h294_suizhou_minzheng", "format": "html", "write": write294, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the page is a government portal article (site header, navigation, breadcrumb, 发布时间 / 来源 / 浏览次数, "
                      "share links, related articles, footer with 备案号 and 网站标识码): furniture, not the report",
                      "the 自评表 exists ONLY as a PNG picture embedded in the page (`<img src=\"data:image/png;base64,…\">`, "
                      "a screenshot of a ruled table at 180 dpi): there is no HTML table of indicators; the gold rows are what "
                      "the picture shows (19 rows, 合计 100 | 97.16, 自评等级 优); the img's alt text names the table only",
                      "the prose carries the budget (年初 7,182.40 = 1,862.40 + 5,320.00; 全年 8,064.40 = 1,915.80 + "
                      "6,148.60; 执行 7,598.90 = 1,896.52 + 5,702.38: parts add up; 基本 98.99% and 项目 92.74% right; 年初 < "
                      "全年, 追加), the four 一级 scores with 得分率 (决策 14.5 / 96.67%, 产出 34.74 / 99.26%, 效益 24 / 96.00% "
                      "right), the total 97.16 and the grade 优 = the picture's",
                      "预算执行率 row 94.23% × 10 = 9.42; 结转结余率 5.77% vs ≤6% (a ceiling, met); 在职人员控制率 96.4% vs "
                      "≤100%; “三公”经费变动率 -3.5% vs ≤0; 临时救助审批办结时限 平均6.5个工作日 vs ≤10 (met); 养老机构等级"
                      "评定覆盖率 6 × 76.5 ÷ 80 = 5.74 (proportion rule, with a reason); 民政服务机构安全责任事故 0 vs 0; "
                      "绩效指标明确性 −0.5, 资产管理规范性 −0.5, 社会救助长效机制 −1 with reasons (judgement)",
                      "the article's 浏览次数, 发布时间 2025-05-09 and the 附件 list are not figures of the report"]}


def table_png294(M, dpi=180):
    from PIL import Image, ImageDraw
    px = lambda mm: int(round(mm / 25.4 * dpi))  # noqa: E731
    cols = [px(v) for v in (16, 24, 46, 24, 30, 12, 12, 36)]
    W = sum(cols) + 2 * px(6)
    f, fb, ft = pfont(10.5, dpi), pfont(10.5, dpi, True), pfont(14, dpi, True)
    lead = int(f.size * 1.35)
    img = Image.new("L", (W, px(260)), 255)
    d = ImageDraw.Draw(img)
    y = px(6)
    d.text((W / 2, y + ft.size / 2), f"{M['dept']}2024年度部门整体支出绩效自评表", font=ft, fill=0, anchor="mm")
    y += int(ft.size * 1.8)
    d.text((px(6), y + f.size / 2), f"填报单位（盖章）：{M['dept']}", font=f, fill=0, anchor="lm")
    d.text((W - px(6), y + f.size / 2), "单位：万元、分", font=f, fill=0, anchor="rm")
    y += int(f.size * 1.8)
    ind = M["ind"]
    spec = [(0, k, 1, 1, h, "c", True) for k, h in enumerate(HEAD8)] + ind_spec(ind, 1)
    n = len(ind) + 1
    spec += [(n, 0, 1, 5, "合计", "c", True), (n, 5, 1, 1, "100", "c", True), (n, 6, 1, 1, fmt(M["total"]), "c", True),
             (n, 7, 1, 1, "", "c", False), (n + 1, 0, 1, 5, "自评等级", "c", True), (n + 1, 5, 1, 3, grade(M["total"]), "c", True)]
    bottom = ptable(d, px(6), y, cols, spec, f, fb, lead, int(lead * 1.5), px(1.5))
    return img.crop((0, 0, W, int(bottom) + px(6)))


def write294(rep, path):
    import html as htmlmod
    M = rep["meta"]
    buf = io.BytesIO()
    table_png294(M).save(buf, format="PNG", dpi=(180, 180))
    b64 = base64.b64encode(buf.getvalue()).decode("ascii")
    e = htmlmod.escape
    (ib_b, ab_b, eb_b, rb), (ib_p, ab_p, eb_p, rp) = M["b"], M["p"]
    s, r = M["sec"], M["rates"]
    paras = [
        "一、部门基本情况",
        f"{M['dept']}是市政府工作部门，主要负责社会救助、养老服务、儿童福利、社会事务和基层政权建设等工作，内设科室9个，"
        "下属事业单位4个（市社会福利院、市救助管理站、市殡仪馆、市民政事务服务中心）。",
        "二、预算执行情况",
        f"2024年度年初预算{m2(M['ib'])}万元，其中基本支出{m2(ib_b)}万元、项目支出{m2(ib_p)}万元；全年预算{m2(M['ab'])}万元，"
        f"其中基本支出{m2(ab_b)}万元、项目支出{m2(ab_p)}万元。全年支出{m2(M['eb'])}万元，预算执行率{M['rate']:.2f}%，"
        f"其中基本支出{m2(eb_b)}万元，执行率{rb:.2f}%；项目支出{m2(eb_p)}万元，执行率{rp:.2f}%。",
        "三、绩效目标完成情况",
        "全年保障城乡低保对象52860人、特困人员6915人，低保资金社会化发放率100%；新增养老机构床位560张，养老机构等级评定"
        "覆盖率76.5%；临时救助审批平均6.5个工作日办结；服务对象满意度91.8%。",
        "四、自评结论",
        f"按照部门整体支出绩效评价指标体系，决策指标15分，得{fmt(s[0][2])}分，得分率{r[0]:.2f}%；过程指标25分，得"
        f"{fmt(s[1][2])}分，得分率{r[1]:.2f}%；产出指标35分，得{fmt(s[2][2])}分，得分率{r[2]:.2f}%；效益指标25分，得"
        f"{fmt(s[3][2])}分，得分率{r[3]:.2f}%。自评总分{fmt(M['total'])}分，自评等级为“{grade(M['total'])}”。"
        "自评表见下图。",
        "五、存在问题及改进措施",
        "一是部分项目资金年底集中拨付，预算执行进度不均衡；二是乡镇敬老院等级评定推进较慢。下一步将加强预算执行监控，"
        "加快养老服务设施提档升级。",
        "说明：1.预算执行率得分＝预算执行率×分值；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”"
        "计分；3.定性指标根据完成情况酌情扣分；4." + BANDS]
    body = []
    for t in paras:
        if t[1:2] == "、" and len(t) < 16:
            body.append(f'<p class="h"><strong>{e(t)}</strong></p>')
        else:
            body.append(f"<p>{e(t)}</p>")
        if t.startswith(f"按照部门整体"):
            body.append('<p class="img"><img src="data:image/png;base64,' + b64 + '" alt="部门整体支出绩效自评表" '
                        'style="max-width:100%"></p>')
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{e(M['dept'])}2024年度部门整体支出绩效自评报告_财政资金_随州市民政局</title>
<meta name="SiteName" content="随州市民政局">
<meta name="ColumnName" content="财政资金">
<meta name="PubDate" content="2025-05-09 10:20">
<style>body{{font-family:"Microsoft YaHei",sans-serif;margin:0;background:#f2f2f2}}.top{{background:#b5121b;color:#fff;
padding:10px 40px}}.nav a{{color:#fff;margin-right:18px}}.main{{width:1000px;margin:12px auto;background:#fff;padding:24px
40px}}.crumb{{font-size:13px;color:#666}}h1{{font-size:22px;text-align:center}}.info{{text-align:center;color:#888;
font-size:13px}}p{{text-indent:2em;line-height:1.9}}p.h,p.img{{text-indent:0}}.foot{{text-align:center;font-size:12px;
color:#666;padding:20px}}</style>
</head>
<body>
<div class="top"><div class="logo">随州市民政局</div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwgk/czzj/">财政资金</a><a href="/bsfw/">办事服务</a><a href="/hdjl/">互动交流</a></div></div>
<div class="main">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/czzj/">财政资金</a> &gt; 正文</div>
<h1>{e(M['dept'])}2024年度部门整体支出绩效自评报告</h1>
<div class="info">发布时间：2025-05-09 10:20　来源：计划财务科　浏览次数：1386　【字体：大 中 小】</div>
<div class="article">
{chr(10).join(body)}
<p style="text-align:right">{e(M['dept'])}<br>2025年4月28日</p>
</div>
<div class="share">分享到：微信 微博　【打印本页】【关闭窗口】</div>
<div class="related"><strong>相关文章</strong><ul><li><a href="/zwgk/czzj/202505/t20250509_1.shtml">随州市民政局2025年部门预算公开</a></li><li><a href="/zwgk/czzj/202409/t20240912_2.shtml">随州市民政局2023年度部门决算公开</a></li></ul></div>
</div>
<div class="foot">主办：随州市民政局　地址：随州市曾都区沿河大道　联系电话：0722-3250000<br>鄂ICP备05003200号　网站标识码：4213000014　鄂公网安备 42130202000123号</div>
</body>
</html>
"""
    with open(path, "wb") as fh:
        fh.write(page.encode("utf-8"))


ALL.append(h294())


# ============================================================ h295 辽源市交通运输局 (PDF, SCANNED BOOKLET spreads)

def h295():
    dept = "辽源市交通运输局"
    ib_b, ab_b, eb_b = 1420.60, 1468.30, 1452.17
    ib_p, ab_p, eb_p = 3860.00, 4412.50, 4106.84
    ib, ab = r2(ib_b + ib_p), r2(ab_b + ab_p)
    eb_true = r2(eb_b + eb_p)
    eb = 5595.01  # PLANT BREAKDOWN_SUM: 基本 1,452.17 + 项目 4,106.84 = 5,559.01; the 合计 line prints 5,595.01
    assert (ib, ab, eb_true) == (5280.60, 5880.80, 5559.01)
    rate = pct(eb, ab)
    rb, rp = pct(eb_b, ab_b), pct(eb_p, ab_p)
    bs, jz = r2(rate / 10), r2(100 - rate)
    assert rate == 95.14 and bs == 9.51, (rate, bs)
    # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: 三、 says the station's 附属工程 is not finished and not handed over by the
    # planned 11月底; the row takes the full 7
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 4, 4, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "部分指标未量化", 4, 3.5, "2项指标未量化"),
           ("决策", "预算配置", "在职人员控制率", "≤100%", "95.8%", 3, 3, ""),
           ("决策", "预算配置", "“三公”经费变动率", "≤0", "-2.6%", 4, 4, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "部分工程款未到支付节点"),
           ("过程", "预算执行", "结转结余率", "≤8%", f"{jz:.2f}%", 3, 3, ""),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 4, 4, ""),
           ("过程", "财务管理", "政府采购执行率", "100%", "100%", 3, 3, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "规范", 5, 5, ""),
           ("产出", "数量指标", "农村公路新改建里程（公里）", "≥180", "186.5", 6, 6, ""),
           ("产出", "数量指标", "农村公路危桥改造（座）", "≥12", "12", 5, 5, ""),
           ("产出", "数量指标", "农村公路养护里程（公里）", "≥2600", "2642", 5, 5, ""),
           ("产出", "质量指标", "新改建工程交工验收合格率", "100%", "100%", 6, 6, ""),
           ("产出", "质量指标", "国省干线公路优良路率", "≥85%", "83.3%", 6, P(83.3, 85, 6), "部分路段病害集中"),
           ("产出", "时效指标", "客运站提质改造工程完工时间", "2024年11月底前", "主体完工", 7, 7, ""),
           ("效益", "社会效益", "建制村通客车率", "100%", "100%", 6, 6, ""),
           ("效益", "社会效益", "道路运输较大及以上安全事故（起）", "0", "0", 6, 6, ""),
           ("效益", "可持续影响", "农村公路管养长效机制", "健全", "基本健全", 6, 5, "部分乡镇管护经费不足"),
           ("效益", "满意度", "群众出行满意度", "≥90%", "92.4%", 7, 7, "")]
    assert len(ind) == 19 and s2(ind, 5) == 100 and P(83.3, 85, 6) == 5.88
    total = s2(ind, 6)
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert total == 97.89 and sec[2] == ("产出", 35, 34.88), (total, sec)
    sec_printed = [sec[0], sec[1], ("产出", 35, 35), sec[3]]  # PLANT SECTION_VS_ROWS: 四、 prints 产出 35分; its rows add to 34.88
    g = gold(None, dept, 2024, "PREFECTURAL", "吉林省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), sec_printed, grows(ind))
    meta = dict(dept=dept, ind=ind, total=total, sec=sec_printed, ib=ib, ab=ab, eb=eb, rate=rate,
                b=(ib_b, ab_b, eb_b, rb), p=(ib_p, ab_p, eb_p, rp))
    fnd = [F("BREAKDOWN_SUM", "全年执行数", f"合计 | {m2(ib)} | {m2(ab)} | {m2(eb)} | {rate:.2f}% / 其中：基本支出 | … | "
             f"{m2(eb_b)} / 项目支出 | … | {m2(eb_p)}", m2(eb), m2(eb_true), "HIGH", "ERROR",
             f"page 1 (left page of scan 1), 二、预算执行情况's table: 基本支出 {m2(eb_b)} + 项目支出 {m2(eb_p)} = {m2(eb_true)} ≠ the "
             f"合计 line's {m2(eb)} (digits swapped); the 合计's {rate:.2f}%, the 预算执行率 row's {rate:.2f}% / {fmt(bs)} and "
             f"the prose follow the printed {m2(eb)} (on the parts' sum the rate would be {pct(eb_true, ab):.2f}%, one "
             f"problem); the 年初 and 全年 columns add up"),
           F("SECTION_VS_ROWS", "产出", "产出指标35分，得35分", "35", "34.88", "HIGH", "ERROR",
             "四、自评结论 (page 3, left page of scan 2) gives 产出 35分 of 35; the six 产出 rows of the 自评表 add to 6 + 5 + 5 "
             "+ 6 + 5.88 + 7 = 34.88 (国省干线公路优良路率 scored 5.88 by proportion); the 合计 and 自评总分 97.89 add the "
             "rows; the four 一级 scores as printed add to 98.01 (one problem)"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "客运站提质改造工程完工时间",
             "客运站提质改造工程主体已完工，附属工程因征地问题尚未完工，未能按计划于11月底前交付使用 / 客运站提质改造工程完工时间 | "
             "2024年11月底前 | 主体完工 | 7 | 7", "7", "< 7", "HIGH", "WARNING",
             "三、绩效目标完成情况 (page 2, right page of scan 1) says the station's 附属工程 is unfinished and it was not "
             "handed over by the planned end of November, yet the row (page 4) takes the full 7 with an empty 偏差原因分析")]
    return {"stem": "h295_liaoyuan_jiaotong", "format": "pdf", "write": write295, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the PDF is a SCAN of an open booklet: each of its 2 pages is ONE 200 dpi grey image (no text layer, "
                      "no font) holding TWO A4 pages side by side — left page, a darker gutter shadow, right page — each page "
                      "slightly skewed; the report's pages run scan 1 left (p. 1), scan 1 right (p. 2), scan 2 left (p. 3), "
                      "scan 2 right (p. 4); a reader that takes a scan's lines across both halves mixes two pages",
                      "the 自评表 starts on the left page of scan 2 (p. 3: rows 1–10) and continues on the right page (p. 4: "
                      "rows 11–19) with its header row repeated and 产出 / 数量指标 printed again at the top: 19 rows, not "
                      "20 or 21; the 合计 (100 | 97.89) and 自评等级 rows and the 说明 are not indicators; page numbers "
                      "— 1 — … — 4 — and the running head are furniture",
                      "budget table: 年初 1,420.60 + 3,860.00 = 5,280.60 and 全年 1,468.30 + 4,412.50 = 5,880.80 add up; "
                      "基本 98.90% and 项目 93.07% right; 合计 95.14% right on the printed 5,595.01; 年初 < 全年 (追加)",
                      "预算执行率 row 95.14% × 10 = 9.51; 结转结余率 4.86% vs ≤8% (a ceiling, met); 在职人员控制率 95.8%; "
                      "“三公”经费变动率 -2.6% vs ≤0; 农村公路危桥改造 12 vs ≥12 (met exactly); 国省干线公路优良路率 6 × 83.3 ÷ "
                      "85 = 5.88 (proportion rule, with a reason); 道路运输较大及以上安全事故 0 vs 0; 绩效指标明确性 −0.5 "
                      "and 农村公路管养长效机制 −1 with reasons (judgement)",
                      "四、's 决策 14.5, 过程 24.51 and 效益 24 add their rows; 自评总分 97.89 = the rows = the 合计; 优; 三、's "
                      "other figures (186.5, 12, 2642, 83.3%, 92.4%) agree with the rows"]}


def page295(M, n, dpi=200):
    """one A4 page of the booklet as a Pillow image (white paper, black ink)"""
    from PIL import Image, ImageDraw
    px = lambda mm: int(round(mm / 25.4 * dpi))  # noqa: E731
    W, Hh = px(210), px(297)
    img = Image.new("L", (W, Hh), 255)
    d = ImageDraw.Draw(img)
    f, fb = pfont(10.5, dpi), pfont(10.5, dpi, True)
    fs, ft, fh = pfont(9.5, dpi), pfont(16, dpi, True), pfont(12, dpi, True)
    lead = int(f.size * 1.75)
    L, R = px(22), W - px(22)
    d.text((W / 2, px(12)), f"{M['dept']}2024年度部门整体支出绩效自评报告", font=pfont(8, dpi), fill=80, anchor="mm")
    d.line([L, px(15), R, px(15)], fill=80, width=2)
    d.text((W / 2, Hh - px(12)), f"— {n} —", font=pfont(9, dpi), fill=0, anchor="mm")
    y = px(24)
    (ib_b, ab_b, eb_b, rb), (ib_p, ab_p, eb_p, rp) = M["b"], M["p"]
    ind = M["ind"]

    def para(t, y, head=False):
        if head:
            return ptext(d, L, y + px(2), R - L, t, fh, lead)
        return ptext(d, L, y, R - L, t, f, lead, indent=2 * f.size)
    if n == 1:
        y = ptext(d, L, y + px(6), R - L, f"{M['dept']}", ft, int(ft.size * 1.6), align="c")
        y = ptext(d, L, y, R - L, "2024年度部门整体支出绩效自评报告", ft, int(ft.size * 1.6), align="c") + px(6)
        y = para("一、部门基本情况", y, True)
        y = para(f"{M['dept']}是市政府工作部门，负责全市公路、水路交通运输行业管理，内设科室8个，下属事业单位3个（市公路"
                 "事业发展中心、市道路运输服务中心、市交通运输综合行政执法支队）。", y)
        y = para("二、预算执行情况", y, True)
        y = para(f"2024年度年初预算{m2(M['ib'])}万元，全年预算{m2(M['ab'])}万元，全年执行数{m2(M['eb'])}万元，预算执行率"
                 f"{M['rate']:.2f}%。详见下表。", y) + px(2)
        cols = [px(v) for v in (40, 32, 32, 32, 30)]
        spec = [(0, k, 1, 1, h, "c", True) for k, h in enumerate(["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"])]
        for r, (lab, a, b_, e, rt) in enumerate((("合计", M["ib"], M["ab"], M["eb"], M["rate"]),
                                                 ("其中：基本支出", ib_b, ab_b, eb_b, rb),
                                                 ("项目支出", ib_p, ab_p, eb_p, rp)), 1):
            spec += [(r, 0, 1, 1, lab, "l", False), (r, 1, 1, 1, m2(a), "r", False), (r, 2, 1, 1, m2(b_), "r", False),
                     (r, 3, 1, 1, m2(e), "r", False), (r, 4, 1, 1, f"{rt:.2f}%", "r", False)]
        d.text((R, y + fs.size / 2), "单位：万元", font=fs, fill=0, anchor="rm")
        y += int(fs.size * 1.5)
        y = ptable(d, L + (R - L - sum(cols)) // 2, y, cols, spec, f, fb, lead, int(lead * 1.3), px(1.5)) + px(5)
        y = para("预算执行率未达100%的主要原因：部分农村公路建设项目工程款未到支付节点，结转下年支付。", y)
    elif n == 2:
        y = para("三、绩效目标完成情况", y, True)
        for t in ["（一）农村公路建设。全年新改建农村公路186.5公里，改造危桥12座，完成农村公路养护里程2642公里，"
                  "新改建工程交工验收合格率100%。",
                  "（二）干线公路养护。国省干线公路优良路率83.3%，未达到85%的年度目标，主要是部分路段病害集中、"
                  "大中修工程尚未实施。",
                  "（三）客运站提质改造。客运站提质改造工程主体已完工，附属工程因征地问题尚未完工，未能按计划于"
                  "11月底前交付使用，预计2025年二季度投入运营。",
                  "（四）运输服务保障。全市建制村通客车率保持100%，全年未发生道路运输较大及以上安全事故；群众出行"
                  "满意度调查结果为92.4%。",
                  "（五）预算管理。严格执行预算，“三公”经费较上年下降2.6%，在职人员控制率95.8%，资金使用合规，"
                  "政府采购执行率100%。"]:
            y = para(t, y) + px(2)
    elif n == 3:
        s = M["sec"]
        y = para("四、自评结论", y, True)
        y = para(f"经自评，决策指标15分，得{fmt(s[0][2])}分；过程指标25分，得{fmt(s[1][2])}分；产出指标35分，得"
                 f"{fmt(s[2][2])}分；效益指标25分，得{fmt(s[3][2])}分。自评总分{fmt(M['total'])}分，自评等级为"
                 f"“{grade(M['total'])}”。自评表如下：", y) + px(3)
    if n in (3, 4):
        if n == 4:
            y = ptext(d, L, y, R - L, "附：部门整体支出绩效自评表（续）", fh, lead) + px(1)
        else:
            y = ptext(d, L, y, R - L, "附：部门整体支出绩效自评表", fh, lead) + px(1)
        rows = ind[:10] if n == 3 else ind[10:]
        cols = [px(v) for v in (13, 21, 39, 24, 22, 10, 10, 27)]
        ff, ffb = pfont(9, dpi), pfont(9, dpi, True)
        ld = int(ff.size * 1.4)
        spec = [(0, k, 1, 1, h, "c", True) for k, h in enumerate(HEAD8)] + ind_spec(rows, 1)
        if n == 4:
            k = len(rows) + 1
            spec += [(k, 0, 1, 5, "合计", "c", True), (k, 5, 1, 1, "100", "c", True),
                     (k, 6, 1, 1, fmt(M["total"]), "c", True), (k, 7, 1, 1, "", "c", False),
                     (k + 1, 0, 1, 5, "自评等级", "c", True), (k + 1, 5, 1, 3, grade(M["total"]), "c", True)]
        y = ptable(d, L + (R - L - sum(cols)) // 2, y, cols, spec, ff, ffb, ld, int(ld * 1.9), px(1.2)) + px(4)
    if n == 4:
        y = para("五、存在问题及改进措施", y, True)
        y = para("一是部分项目前期工作不充分，资金支付滞后；二是干线公路病害处治不及时。下一步将加强项目储备和执行监控。", y)
        y = ptext(d, L, y + px(2), R - L, "说明：1.预算执行率得分＝预算执行率×分值；2.定量指标达到年度指标值的得满分，未达到的"
                  "按“实际完成值÷年度指标值×分值”计分；3.定性指标酌情扣分；4." + BANDS, fs, int(fs.size * 1.6))
        d.text((R, y + px(10)), M["dept"], font=f, fill=0, anchor="rm")
        d.text((R, y + px(18)), "2025年4月25日", font=f, fill=0, anchor="rm")
    return img


def spread295(left, right, tilt):
    """an open booklet scanned flat: paper tone, each page slightly skewed, a darker gutter shadow in the middle"""
    from PIL import Image, ImageChops
    W, Hh = left.size
    out = Image.new("L", (2 * W, Hh), 255)
    for k, (pg, a) in enumerate(((left, tilt), (right, -tilt))):
        out.paste(pg.rotate(a, resample=Image.BICUBIC, fillcolor=255), (k * W, 0))
    shade = Image.new("L", (2 * W, Hh), 255)
    g = 180
    col = Image.new("L", (2 * g, 1), 255)
    for x in range(2 * g):
        t = abs(x - g + 0.5) / g
        col.putpixel((x, 0), int(round(120 + 135 * t ** 0.6)))
    shade.paste(col.resize((2 * g, Hh)), (W - g, 0))
    out = ImageChops.multiply(out, shade)
    return out.point(lambda p: int(22 + p * (236 - 22) / 255))


def write295(rep, path):
    from reportlab.lib.utils import ImageReader
    M = rep["meta"]
    pages = [page295(M, n) for n in (1, 2, 3, 4)]
    sp = [spread295(pages[0], pages[1], 0.25), spread295(pages[2], pages[3], -0.2)]
    W, Hh = sp[0].size
    size = (W * 72 / 200, Hh * 72 / 200)
    c = new_canvas(path, size)
    for im in sp:
        c.drawImage(ImageReader(im), 0, 0, width=size[0], height=size[1])
        c.showPage()
    c.save()
    import pikepdf  # reportlab lists Helvetica in every page's resources; a scan carries no font: drop it
    pdf = pikepdf.open(path, allow_overwriting_input=True)
    for pg in pdf.pages:
        if "/Font" in pg.Resources:
            del pg.Resources["/Font"]
    pdf.save(path, static_id=True)
    pdf.close()


ALL.append(h295())


# ============================================================ h296 南平市建阳区农业农村局 (XLSX, amounts also in 大写)

DIG = "零壹贰叁肆伍陆柒捌玖"


def daxie(yuan):
    """an integer amount of 元 in Chinese financial uppercase, as a cheque / form prints it (人民币…元整)"""
    units = ["", "拾", "佰", "仟"]

    def four(n):
        s, zero = "", False
        for i in range(3, -1, -1):
            dgt = n // 10 ** i % 10
            if dgt == 0:
                zero = zero or bool(s)
            else:
                if zero:
                    s += "零"
                    zero = False
                s += DIG[dgt] + units[i]
        return s
    hi, lo = divmod(int(yuan), 10000)
    s = (four(hi) + "万") if hi else ""
    if lo:
        s += ("零" if hi and lo < 1000 else "") + four(lo)
    return "人民币" + s + "元整"


def h296():
    dept, unit = "南平市建阳区农业农村局", "南平市建阳区茶业发展中心"
    project = "2024年建阳区茶产业高质量发展项目"
    src = [("中央资金", 600.00, 600.00, 600.00), ("省级资金", 380.00, 420.00, 398.26), ("区级资金", 200.00, 266.50, 238.22)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    assert (ia, aa, ea) == (1180.00, 1286.50, 1236.48)
    rate = pct(ea, aa)
    fs_true = r2(rate / 10)
    fs = 9.16  # PLANT BUDGET_ROW_SCORE: 年度资金总额 96.11% × 10 = 9.61 (the 说明's rule); the form prints 9.16
    assert rate == 96.11 and fs_true == 9.61
    dx = [daxie(round(v * 10000)) for v in (ia, aa, ea)]
    dx_ea_printed = daxie(12634800)  # PLANT SAME_FIGURE_DIFFERS: 1,236.48万元 = 12,364,800元; the 大写 reads 12,634,800元
    assert dx[2] == "人民币壹仟贰佰叁拾陆万肆仟捌佰元整" and dx_ea_printed == "人民币壹仟贰佰陆拾叁万肆仟捌佰元整"
    dx_printed = [dx[0], dx[1], dx_ea_printed]
    goals_t = ["新建生态茶园5000亩以上，实施茶园绿色防控2万亩，扶持30家茶企初制所标准化改造",
               "开展茶农技术培训1500人次，茶叶质量安全抽检合格率98%以上",
               "茶产业综合产值增长6%以上，项目区茶农户均增收1800元以上",
               "茶园化肥使用量减少5%以上，受益茶农满意度90%以上"]
    goals_a = ["新建生态茶园5120亩，实施绿色防控2.06万亩，完成30家初制所标准化改造",
               "培训茶农1426人次，抽检合格率99.6%",
               "综合产值增长7.2%，户均增收1950元，带动脱贫户和监测户836户增收",
               "化肥使用量减少5.8%，受益茶农满意度93.5%"]
    labels_t = ["目标一", "目标二", "目标二", "目标四"]  # PLANT GOAL_LABELS: the 预期目标's third goal is labelled 目标二 again
    labels_a = ["目标一", "目标二", "目标三", "目标四"]
    ind = [("产出指标", "数量指标", "新建生态茶园（亩）", "≥5000", "5120", 10, 10, ""),
           ("产出指标", "数量指标", "茶园绿色防控示范面积（亩）", "≥20000", "20600", 6, 6, ""),
           ("产出指标", "数量指标", "扶持茶企初制所标准化改造（家）", "≥30", "30", 6, 6, ""),
           ("产出指标", "数量指标", "茶农技术培训（人次）", "≥1500", "1426", 5, P(1426, 1500, 5), "部分乡镇培训因茶季推迟"),
           ("产出指标", "质量指标", "茶叶质量安全抽检合格率", "≥98%", "99.6%", 6, 6, ""),
           ("产出指标", "质量指标", "项目验收合格率", "100%", "100%", 5, 5, ""),
           ("产出指标", "时效指标", "资金拨付及时率", "≥95%", "100%", 4, 4, ""),
           ("产出指标", "时效指标", "项目完成时间", "2024年12月底前", "按期完成", 4, 4, ""),
           ("产出指标", "成本指标", "生态茶园改造补助标准（元/亩）", "≤1500", "1500", 4, 4, ""),
           ("效益指标", "经济效益", "茶产业综合产值增长率", "≥6%", "7.2%", 6, 6, ""),
           ("效益指标", "经济效益", "项目区茶农户均增收（元）", "≥1800", "1950", 6, 6, ""),
           ("效益指标", "社会效益", "带动脱贫户和监测户增收（户）", "≥800", "836", 6, 6, ""),
           ("效益指标", "生态效益", "茶园化肥使用量减少率", "≥5%", "5.8%", 6, 6, ""),
           ("效益指标", "可持续影响", "茶园管护长效机制", "健全", "基本健全", 6, 5, "部分合作社管护制度待完善"),
           ("满意度指标", "服务对象满意度", "受益茶农满意度", "≥90%", "93.5%", 10, 10, "")]
    assert len(ind) == 15 and s2(ind, 5) == 90 and P(1426, 1500, 5) == 4.75
    fund = (None, None, "年度资金总额", None, f"{rate:.2f}%", 10, fs, "")
    total = r2(fs + s2(ind, 6))
    assert total == 97.91, total
    g = with_project(gold(None, dept, 2024, "COUNTY", "福建省", "SELF_EVALUATION", None, total, 100, grade(total),
                          budget(ia, aa, ea, rate), [], grows([fund] + ind)), project, unit)
    meta = dict(dept=dept, unit=unit, project=project, src=src, ia=ia, aa=aa, ea=ea, rate=rate, fs=fs, dx=dx_printed,
                ind=ind, total=total, goals=(goals_t, goals_a, labels_t, labels_a))
    fnd = [F("SAME_FIGURE_DIFFERS", "全年执行数", f"{m2(ea)} / 全年执行数（大写）：{dx_ea_printed}", dx_ea_printed,
             daxie(round(ea * 10000)), "HIGH", "WARNING",
             f"the 年度资金总额 line's 全年执行数 is {m2(ea)}万元 = 12,364,800元 (and the 其中 lines add to it, and 96.11% is "
             f"{m2(ea)} ÷ {m2(aa)}); the 大写 line below it reads 壹仟贰佰陆拾叁万肆仟捌佰元 = 12,634,800元 (1,263.48万元, "
             "two digits transposed); the 大写 of 年初 and 全年 agree with their figures; gold expenditure the figure"),
           F("BUDGET_ROW_SCORE", "年度资金总额", f"年度资金总额 | {m2(ia)} | {m2(aa)} | {m2(ea)} | 10 | {rate:.2f}% | {fmt(fs)}",
             fmt(fs), fmt(fs_true), "HIGH", "ERROR",
             f"the 说明's rule 得分＝执行率×分值: {rate:.2f}% × 10 = {fmt(fs_true)}, printed {fmt(fs)} (digits swapped); the "
             f"执行率 is right; 总分 {fmt(total)} adds the printed {fmt(fs)} (with {fmt(fs_true)} it would be "
             f"{fmt(r2(total - fs + fs_true))}); 优 either way"),
           F("GOAL_LABELS", "年度总体目标", "预期目标：目标一：… 目标二：… 目标二：… 目标四：…", "目标一, 目标二, 目标二, 目标四",
             "目标一, 目标二, 目标三, 目标四", "HIGH", "WARNING",
             "the 预期目标 cell labels its third goal (茶产业综合产值增长6%以上，项目区茶农户均增收1800元以上) 目标二 again and "
             "skips 目标三; the 实际完成情况 cell beside it numbers the same four goals 目标一–目标四")]
    return {"stem": "h296_jianyang_xiangmu", "format": "xlsx", "write": write296, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the 资金 block prints every amount in figures (万元, `#,##0.00`) and, on the line below the 年度资金总额 "
                      "line, its 年初 / 全年 / 执行 again in Chinese financial UPPERCASE (大写) in 元: 人民币壹仟壹佰捌拾万元整 "
                      "= 11,800,000元 = 1,180.00万元 and 人民币壹仟贰佰捌拾陆万伍仟元整 = 12,865,000元 = 1,286.50万元 agree with "
                      "their figures (万元 × 10,000 = 元: a reader that takes the 大写 as 万元 is off by 10,000); the gold "
                      "budget is the figures",
                      "其中 lines (中央 / 省级 / 区级) carry no 分值 / 得分 and are not gold budget parts; they add up (年初 "
                      "600.00 + 380.00 + 200.00 = 1,180.00; 全年 600.00 + 420.00 + 266.50 = 1,286.50; 执行 600.00 + 398.26 + "
                      "238.22 = 1,236.48); rates 100.00%, 94.82%, 89.39%, 96.11% right; 年初 < 全年 (追加); all under budget",
                      "the 年度资金总额 line (分值 10, 执行率, 得分) is the first indicator row; 生态茶园改造补助标准 1500 vs "
                      "≤1500 (a ceiling, met exactly; 元/亩 in the name, not a budget figure); 扶持茶企初制所标准化改造 30 vs "
                      "≥30 (met exactly); 茶农技术培训 5 × 1426 ÷ 1500 = 4.75 (proportion rule, with a reason); 茶园管护长效"
                      "机制 −1 with a reason (judgement)",
                      "the 年度总体目标 cells' figures (5120, 2.06万, 30, 1426, 99.6%, 7.2%, 1950, 836, 5.8%, 93.5%) agree "
                      "with the rows; 总分 97.91 = the rows with the printed 9.16; 自评等级 优"]}


def write296(rep, path):
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side
    M = rep["meta"]
    wb = openpyxl.Workbook()
    wb.properties.created = wb.properties.modified = H.A.FIXED
    wb.properties.creator = M["dept"]
    ws = wb.active
    ws.title = "项目支出绩效自评表"
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for col, wd in zip("ABCDEFGHI", [10, 12, 14, 30, 14, 14, 8, 10, 26]):
        ws.column_dimensions[col].width = wd
    r = [0]

    def put(cells, merges=(), fmts=None, bold=False, height=None):
        r[0] += 1
        for k, v in enumerate(cells):
            c = ws.cell(row=r[0], column=k + 1, value=v)
            c.border = box
            c.font = Font(name="宋体", size=10, bold=bold)
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            if fmts and fmts.get(k):
                c.number_format = fmts[k]
        for a, b in merges:
            ws.merge_cells(start_row=r[0], start_column=a + 1, end_row=r[0], end_column=b + 1)
        if height:
            ws.row_dimensions[r[0]].height = height
        return r[0]
    ws.cell(row=1, column=1, value="项目支出绩效自评表").font = Font(name="黑体", size=16, bold=True)
    ws.cell(row=1, column=1).alignment = Alignment(horizontal="center")
    ws.merge_cells("A1:I1")
    ws.cell(row=2, column=1, value="（2024年度）").alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:I2")
    ws.cell(row=3, column=1, value="填报单位（盖章）：" + M["dept"])
    ws.merge_cells("A3:F3")
    ws.cell(row=3, column=7, value="金额单位：万元")
    ws.merge_cells("G3:I3")
    r[0] = 3
    put(["项目名称", M["project"]] + [""] * 7, [(1, 8)])
    put(["主管部门", M["dept"], "", "", "实施单位", M["unit"], "", "", ""], [(1, 3), (5, 8)])
    money = {2: "#,##0.00", 3: "#,##0.00", 4: "#,##0.00", 6: "0.00%"}
    a = put(["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "备注"], [(0, 1)], bold=True)
    put(["", "年度资金总额", M["ia"], M["aa"], M["ea"], 10, M["rate"] / 100, M["fs"], ""], fmts=money)
    put(["", "金额大写", M["dx"][0], "", "", "", "", "", ""], [(2, 8)])
    ws.cell(row=r[0], column=3).value = (f"年初预算数（大写）：{M['dx'][0]}；全年预算数（大写）：{M['dx'][1]}；"
                                         f"全年执行数（大写）：{M['dx'][2]}")
    ws.cell(row=r[0], column=3).alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
    ws.row_dimensions[r[0]].height = 42
    for lab, i_, a_, e_ in M["src"]:
        put(["", "其中：" + lab, i_, a_, e_, "—", e_ / a_, "—", ""], fmts=money)
    ws.merge_cells(start_row=a, start_column=1, end_row=r[0], end_column=1)
    gt, ga, lt, la = M["goals"]
    put(["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", ""], [(0, 0), (1, 4), (5, 8)], bold=True)
    put(["", "\n".join(f"{l}：{t}" for l, t in zip(lt, gt)), "", "", "",
         "\n".join(f"{l}：{t}" for l, t in zip(la, ga)), "", "", ""], [(1, 4), (5, 8)], height=92)
    ws.merge_cells(start_row=r[0] - 1, start_column=1, end_row=r[0], end_column=1)
    for k in (2, 6):
        ws.cell(row=r[0], column=k).alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
    h0 = put(["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
             bold=True)
    ind = M["ind"]
    for x in ind:
        put(["", x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7]])
    for a_, b_ in spans(ind, 0):
        ws.merge_cells(start_row=h0 + 1 + a_, start_column=2, end_row=h0 + 1 + b_, end_column=2)
    for a_, b_ in spans(ind, 1):
        if b_ > a_:
            ws.merge_cells(start_row=h0 + 1 + a_, start_column=3, end_row=h0 + 1 + b_, end_column=3)
    ws.merge_cells(start_row=h0, start_column=1, end_row=r[0], end_column=1)
    put(["总分", "", "", "", "", "", 100, M["total"], f"自评等级：{grade(M['total'])}"], [(0, 5)], bold=True)
    r[0] += 1
    ws.cell(row=r[0], column=1, value="说明：1.年度资金总额得分＝执行率×分值；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷"
                                       "年度指标值×分值”计分；3.定性指标酌情扣分；4.金额大写以元为单位；5." + BANDS)
    ws.merge_cells(start_row=r[0], start_column=1, end_row=r[0], end_column=9)
    ws.cell(row=r[0], column=1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[r[0]].height = 44
    r[0] += 1
    ws.cell(row=r[0], column=1, value="填报人：刘××　　联系电话：0599-5820000　　填报日期：2025-04-16")
    ws.merge_cells(start_row=r[0], start_column=1, end_row=r[0], end_column=9)
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    buf = io.BytesIO()
    wb.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


ALL.append(h296())


# ============================================================ h297 婺源县文化广电新闻出版旅游局 (PDF PORTFOLIO of three forms)

def h297():
    dept = "婺源县文化广电新闻出版旅游局"
    R = "评分标准"
    projs = []
    # project 1: 乡村旅游提升 (TOTAL_VS_ROWS)
    src1 = [("中央资金", 300.00, 300.00, 300.00), ("省级资金", 250.00, 250.00, 245.60), ("县级资金", 250.00, 300.00, 270.74)]
    ind1 = [("产出指标", "数量指标", "旅游厕所新建改建（座）", "≥24", "24", 10, 10, PROP),
            ("产出指标", "数量指标", "乡村旅游重点村提升改造（个）", "≥6", "6", 10, 10, PROP),
            ("产出指标", "数量指标", "旅游标识标牌设置（块）", "≥300", "318", 8, 8, PROP),
            ("产出指标", "质量指标", "改造工程验收合格率", "100%", "100%", 12, 12, "100%得满分，否则不得分"),
            ("产出指标", "时效指标", "项目完工时间", "2024年10月底前", "2024年10月完工", 10, 10, "按期完工得满分，否则酌情扣分"),
            ("效益指标", "经济效益", "乡村旅游接待人次增长率", "≥8%", "9.6%", 10, 10, PROP),
            ("效益指标", "社会效益", "带动村民就业（人）", "≥450", "432", 10, P(432, 450, 10), PROP),
            ("效益指标", "可持续影响", "旅游设施管护机制", "健全", "健全", 10, 10, "健全得满分，否则酌情扣分"),
            ("满意度指标", "服务对象满意度", "游客满意度", "≥90%", "94.2%", 10, 10, "≥90%得满分，每低1个百分点扣1分")]
    t1_printed = 99.6  # PLANT TOTAL_VS_ROWS: project 1's rows add to 99.2 (带动村民就业 9.6); 总分 prints 99.6
    projs.append(("2024年婺源县乡村旅游提升项目", "婺源县旅游发展服务中心", src1, ind1, t1_printed))
    # project 2: 公共文化服务体系建设 (RULE_SCORE)
    src2 = [("省级资金", 300.00, 300.00, 296.40), ("县级资金", 220.00, 260.00, 242.32)]
    rule_db = "≥95%得满分，每低1个百分点扣2分"
    db_true = r2(12 - (95 - 92) * 2)
    db = 9  # PLANT RULE_SCORE: 92% is 3 points below 95%: 12 − 3 × 2 = 6 by the row's own 评分标准; printed 9
    assert db_true == 6
    ind2 = [("产出指标", "数量指标", "送戏下乡演出（场）", "≥120", "126", 10, 10, PROP),
            ("产出指标", "数量指标", "农家书屋补充更新图书（册）", "≥30000", "31200", 10, 10, PROP),
            ("产出指标", "数量指标", "公共文化场馆免费开放（个）", "≥18", "18", 8, 8, PROP),
            ("产出指标", "质量指标", "村级综合文化服务中心达标率", "≥95%", "92%", 12, db, rule_db),
            ("产出指标", "时效指标", "资金拨付及时率", "≥95%", "100%", 10, 10, PROP),
            ("效益指标", "社会效益", "公共文化活动参与人次（万人次）", "≥45", "47.8", 10, 10, PROP),
            ("效益指标", "社会效益", "群众文化团队培育（支）", "≥80", "83", 10, 10, PROP),
            ("效益指标", "可持续影响", "公共文化设施运行管护机制", "健全", "健全", 10, 10, "健全得满分，否则酌情扣分"),
            ("满意度指标", "服务对象满意度", "群众满意度", "≥90%", "91.5%", 10, 10, "≥90%得满分，每低1个百分点扣1分")]
    projs.append(("2024年婺源县公共文化服务体系建设项目", "婺源县文化馆", src2, ind2, None))
    # project 3: 非遗保护传承 (SPENDING_OVER_BUDGET on the 县级资金 line)
    src3 = [("省级资金", 180.00, 200.00, 186.46),
            ("县级资金", 120.00, 130.00, 135.10)]  # PLANT SPENDING_OVER_BUDGET: 县级资金 执行 135.10 > 全年 130.00
    ind3 = [("产出指标", "数量指标", "非遗传承人传习活动（场）", "≥60", "64", 10, 10, PROP),
            ("产出指标", "数量指标", "非遗项目记录整理（项）", "≥12", "12", 10, 10, PROP),
            ("产出指标", "数量指标", "非遗进校园（所）", "≥20", "22", 8, 8, PROP),
            ("产出指标", "质量指标", "传承人年度考核合格率", "≥95%", "100%", 10, 10, PROP),
            ("产出指标", "时效指标", "项目完成时间", "2024年12月底前", "按期完成", 12, 12, "按期完成得满分，否则酌情扣分"),
            ("效益指标", "社会效益", "非遗展演受众（万人次）", "≥8", "8.6", 10, 10, PROP),
            ("效益指标", "社会效益", "培养非遗学徒（人）", "≥50", "46", 10, P(46, 50, 10), PROP),
            ("效益指标", "可持续影响", "非遗传承保护长效机制", "健全", "基本健全", 10, 9, "健全得满分，否则酌情扣分"),
            ("满意度指标", "服务对象满意度", "传承人及受众满意度", "≥90%", "93.8%", 10, 10, "≥90%得满分，每低1个百分点扣1分")]
    projs.append(("2024年婺源县非物质文化遗产保护传承项目", "婺源县非物质文化遗产保护中心", src3, ind3, None))
    golds, forms = [], []
    for k, (project, unit, src, ind, tp) in enumerate(projs):
        ia, aa, ea = (r2(sum(x[j] for x in src)) for j in (1, 2, 3))
        rate = pct(ea, aa)
        fs = r2(rate / 10)
        fund = (None, None, "年度资金总额", None, f"{rate:.2f}%", 10, fs, "得分＝执行率×分值")
        rows = [fund] + ind
        assert len(ind) == 9 and s2(rows, 5) == 100
        rsum = s2(rows, 6)
        total = tp if tp is not None else rsum
        golds.append(with_project(gold(None, dept, 2024, "COUNTY", "江西省", "SELF_EVALUATION", None, total, 100,
                                       grade(total), budget(ia, aa, ea, rate), [], grows(rows)), project, unit))
        forms.append(dict(project=project, unit=unit, src=src, ia=ia, aa=aa, ea=ea, rate=rate, rows=rows, total=total,
                          rsum=rsum, n=k + 1))
    assert [f["rsum"] for f in forms] == [99.2, 96.62, 97.94], [f["rsum"] for f in forms]
    assert [(f["ia"], f["aa"], f["ea"], f["rate"]) for f in forms] == [
        (800.00, 850.00, 816.34, 96.04), (520.00, 560.00, 538.72, 96.2), (300.00, 330.00, 321.56, 97.44)]
    meta = dict(dept=dept, forms=forms)
    fnd = [F("TOTAL_VS_ROWS", "总分", "总分 | 100 | 99.6 | 自评等级：优", "99.6", "99.2", "HIGH", "ERROR",
             "report 1 of 3 (portfolio file 1, 2024年婺源县乡村旅游提升项目): the fund line 9.6 + the nine rows (带动村民就业 "
             "9.6 by proportion, 432 of 450) add to 99.2; 总分 prints 99.6; 优 either way"),
           F("RULE_SCORE", "村级综合文化服务中心达标率", f"村级综合文化服务中心达标率 | ≥95% | 92% | 12 | {db} | {rule_db}",
             str(db), fmt(db_true), "HIGH", "ERROR",
             f"report 2 of 3 (portfolio file 2, 2024年婺源县公共文化服务体系建设项目): the row's own 评分标准 — 92% is 3 points "
             f"below 95%, 12 − 3 × 2 = {fmt(db_true)}; printed {db} (a 1-point deduction per point); 总分 96.62 adds the "
             "printed 9 (with 6 it would be 93.62, still 优)"),
           F("SPENDING_OVER_BUDGET", "县级资金", "其中：县级资金 | 120.00 | 130.00 | 135.10 | — | 103.92% | —", "135.10",
             "≤ 130.00", "HIGH", "WARNING",
             "report 3 of 3 (portfolio file 3, 2024年婺源县非物质文化遗产保护传承项目): the 县级资金 line spends 135.10万元 of "
             "a 130.00万元 全年预算 (103.92%, arithmetically right); the 年度资金总额 line (321.56 of 330.00, 97.44%) stays "
             "under budget only because 省级资金 is under")]
    return {"stem": "h297_wuyuan_wenlv", "format": "pdf", "write": write297, "meta": meta, "gold": golds,
            "findings": fnd,
            "traps": ["the file is a PDF PORTFOLIO (a /Collection dictionary in the catalog, /View /D, a 序号 schema field): "
                      "its one visible page is a cover sheet (the bureau, 项目绩效自评材料汇编, a list of the three projects "
                      "with their 总分) and the three 项目 forms are EMBEDDED FILES (each a one-page PDF) in the /EmbeddedFiles "
                      "name tree, ordered by the 序号 field and by their names 01_… 02_… 03_…: THREE reports, in that "
                      "order; a reader that reads only the cover page finds no indicator rows",
                      "the cover sheet's list repeats each project's name, 实施单位 and 总分 (99.6, 96.62, 97.94 — the forms' "
                      "printed 总分s, errors included) and the 汇编 date; it is not a fourth report",
                      "every form's 其中 lines carry no 分值 / 得分 and are not gold budget parts; project 1: 300.00 + 250.00 "
                      "+ 250.00 = 800.00, 300.00 + 250.00 + 300.00 = 850.00, 300.00 + 245.60 + 270.74 = 816.34; project 2: "
                      "300.00 + 220.00 = 520.00, 300.00 + 260.00 = 560.00, 296.40 + 242.32 = 538.72; project 3: 180.00 + "
                      "120.00 = 300.00, 200.00 + 130.00 = 330.00, 186.46 + 135.10 = 321.56; the 执行率s right; 年初 < 全年 "
                      "(追加)",
                      "fund lines 96.04% × 10 = 9.6, 96.20% × 10 = 9.62, 97.44% × 10 = 9.74 (the rule printed in the line); "
                      "带动村民就业 10 × 432 ÷ 450 = 9.6 and 培养非遗学徒 10 × 46 ÷ 50 = 9.2 (their proportion rule); 非遗"
                      "传承保护长效机制 −1 (酌情); met-exactly rows (旅游厕所 24 vs ≥24, 重点村 6 vs ≥6, 场馆 18 vs ≥18, "
                      "记录整理 12 vs ≥12); projects 2 and 3 总分 = their rows (96.62, 97.94)"]}


def form297_pdf(Fm, dept):
    """one 项目 form as a one-page A4 PDF (reportlab, STSong-Light, ruled cells); returns the bytes"""
    from reportlab.lib.pagesizes import A4
    import tempfile
    W, Hh = A4
    tmp = tempfile.mktemp(suffix=".pdf")
    c = new_canvas(tmp, A4)
    c.setFont(FONT, 15)
    c.drawCentredString(W / 2, Hh - 52, "项目支出绩效自评表")
    c.setFont(FONT, 10)
    c.drawCentredString(W / 2, Hh - 70, "（2024年度）")
    c.setFont(FONT, 9)
    c.drawString(36, Hh - 88, f"填报单位（盖章）：{Fm['unit']}")
    c.drawRightString(W - 36, Hh - 88, "金额单位：万元")
    cols = [52, 56, 126, 62, 62, 30, 30, 105]
    spec = [(0, 0, 1, 2, "项目名称", "c", True), (0, 2, 1, 6, Fm["project"], "l", False),
            (1, 0, 1, 2, "主管部门", "c", True), (1, 2, 1, 2, dept, "l", False), (1, 4, 1, 1, "实施单位", "c", True),
            (1, 5, 1, 3, Fm["unit"], "l", False)]
    r = 2
    n_src = len(Fm["src"])
    spec += [(r, 0, n_src + 2, 1, "项目资金（万元）", "c", True), (r, 1, 1, 2, "", "c", False),
             (r, 3, 1, 1, "年初预算数", "c", True), (r, 4, 1, 1, "全年预算数", "c", True), (r, 5, 1, 1, "分值", "c", True),
             (r, 6, 1, 1, "得分", "c", True), (r, 7, 1, 1, "全年执行数 / 执行率", "c", True)]
    fund = Fm["rows"][0]
    spec += [(r + 1, 1, 1, 2, "年度资金总额", "l", False), (r + 1, 3, 1, 1, m2(Fm["ia"]), "r", False),
             (r + 1, 4, 1, 1, m2(Fm["aa"]), "r", False), (r + 1, 5, 1, 1, "10", "c", False),
             (r + 1, 6, 1, 1, fmt(fund[6]), "c", False), (r + 1, 7, 1, 1, f"{m2(Fm['ea'])} / {Fm['rate']:.2f}%", "c", False)]
    for j, (lab, i_, a_, e_) in enumerate(Fm["src"]):
        spec += [(r + 2 + j, 1, 1, 2, "其中：" + lab, "l", False), (r + 2 + j, 3, 1, 1, m2(i_), "r", False),
                 (r + 2 + j, 4, 1, 1, m2(a_), "r", False), (r + 2 + j, 5, 1, 1, "—", "c", False),
                 (r + 2 + j, 6, 1, 1, "—", "c", False), (r + 2 + j, 7, 1, 1, f"{m2(e_)} / {pct(e_, a_):.2f}%", "c", False)]
    r += n_src + 2
    h0 = r
    spec += [(r, k, 1, 1, h, "c", True) for k, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                               "分值", "得分", "评分标准"])]
    ind = Fm["rows"][1:]
    for a, b in spans(ind, 0):
        spec.append((h0 + 1 + a, 0, b - a + 1, 1, ind[a][0], "c", False))
    for a, b in spans(ind, 1):
        spec.append((h0 + 1 + a, 1, b - a + 1, 1, ind[a][1], "c", False))
    for j, x in enumerate(ind):
        rr = h0 + 1 + j
        spec += [(rr, 2, 1, 1, x[2], "l", False), (rr, 3, 1, 1, x[3], "c", False), (rr, 4, 1, 1, x[4], "c", False),
                 (rr, 5, 1, 1, fmt(x[5]), "c", False), (rr, 6, 1, 1, fmt(x[6]), "c", False), (rr, 7, 1, 1, x[7], "l", False)]
    rr = h0 + 1 + len(ind)
    spec += [(rr, 0, 1, 5, "总分", "c", True), (rr, 5, 1, 1, "100", "c", True), (rr, 6, 1, 1, fmt(Fm["total"]), "c", True),
             (rr, 7, 1, 1, f"自评等级：{grade(Fm['total'])}", "c", True)]
    nrows = rr + 1
    hts = heights_for(spec, cols, nrows, 8.5, 11, 20, 6)
    c.setLineWidth(0.6)
    y = rl_cells(c, 36, Hh - 96, cols, hts, spec, 8.5, 11)
    c.setFont(FONT, 8.5)
    c.drawString(36, y - 16, "说明：1.年度资金总额得分＝执行率×分值；2.其他指标按评分标准计分；")
    c.drawString(36, y - 30, "3." + BANDS)
    c.drawString(36, y - 48, "填报人：汪××　　联系电话：0793-7350000　　填报日期：2025-04-18")
    c.showPage()
    c.save()
    with open(tmp, "rb") as fh:
        data = fh.read()
    os.remove(tmp)
    return data


def write297(rep, path):
    """reportlab draws the cover sheet; pikepdf embeds the three forms (each /EmbeddedFile with /Params /Size and an MD5
    /CheckSum, a /Filespec with /F, /UF, /Desc and a /CI collection item holding its 序号) in the /EmbeddedFiles name
    tree and adds the catalog's /Collection (/Schema: 序号, 文件名, 说明; /View /D; /Sort by 序号); static /ID."""
    import pikepdf
    from reportlab.lib.pagesizes import A4
    M = rep["meta"]
    W, Hh = A4
    tmp = path + ".cover.pdf"
    c = new_canvas(tmp, A4)
    c.setFont(FONT, 18)
    c.drawCentredString(W / 2, Hh - 150, M["dept"])
    c.setFont(FONT, 20)
    c.drawCentredString(W / 2, Hh - 190, "2024年度项目支出绩效自评材料汇编")
    c.setFont(FONT, 11)
    c.drawCentredString(W / 2, Hh - 222, "（PDF文件包，内含项目支出绩效自评表3份）")
    y = Hh - 290
    c.setFont(FONT, 11)
    c.drawString(80, y, "本文件包收录以下项目的绩效自评表，请在文件包列表中依次打开：")
    for Fm in M["forms"]:
        y -= 30
        c.drawString(96, y, f"{Fm['n']}. {Fm['project']}（实施单位：{Fm['unit']}，自评总分{fmt(Fm['total'])}分）")
    c.drawString(80, y - 44, "如您的PDF阅读器无法显示文件包内容，请使用支持PDF文件包（Portfolio）的阅读器打开。")
    c.drawRightString(W - 80, 180, M["dept"])
    c.drawRightString(W - 80, 160, "2025年4月20日")
    c.showPage()
    c.save()
    pdf = pikepdf.open(tmp)
    names = []
    for Fm in M["forms"]:
        data = form297_pdf(Fm, M["dept"])
        fname = f"{Fm['n']:02d}_{Fm['project']}绩效自评表.pdf"
        ef = pikepdf.Stream(pdf, data)
        ef.Type = pikepdf.Name.EmbeddedFile
        ef.Subtype = pikepdf.Name("/application/pdf")
        ef.Params = pikepdf.Dictionary(Size=len(data), CreationDate=pikepdf.String("D:20250418150000+08'00'"),
                                       ModDate=pikepdf.String("D:20250418150000+08'00'"),
                                       CheckSum=pikepdf.String(hashlib.md5(data).digest()))
        spec = pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Filespec, F=pikepdf.String(f"{Fm['n']:02d}_xmzc_zpb.pdf"), UF=pikepdf.String(fname),
            Desc=pikepdf.String(Fm["project"]), EF=pikepdf.Dictionary(F=ef, UF=ef),
            CI=pikepdf.Dictionary(XH=Fm["n"], SM=pikepdf.String(Fm["project"]))))
        names += [pikepdf.String(fname), spec]
    pdf.Root.Names = pikepdf.Dictionary(EmbeddedFiles=pikepdf.Dictionary(Names=pikepdf.Array(names)))
    pdf.Root.Collection = pikepdf.Dictionary(
        Type=pikepdf.Name.Collection, View=pikepdf.Name.D,
        Schema=pikepdf.Dictionary(
            Type=pikepdf.Name.CollectionSchema,
            XH=pikepdf.Dictionary(Type=pikepdf.Name.CollectionField, Subtype=pikepdf.Name.N, N=pikepdf.String("序号"), O=0),
            FN=pikepdf.Dictionary(Type=pikepdf.Name.CollectionField, Subtype=pikepdf.Name.F, N=pikepdf.String("文件名"), O=1),
            SM=pikepdf.Dictionary(Type=pikepdf.Name.CollectionField, Subtype=pikepdf.Name.S, N=pikepdf.String("说明"), O=2)),
        Sort=pikepdf.Dictionary(S=pikepdf.Name.XH, A=True))
    pdf.Root.PageMode = pikepdf.Name.UseAttachments
    pdf.save(path, static_id=True)
    pdf.close()
    os.remove(tmp)


ALL.append(h297())


# ============================================================ h298 阜新市人力资源和社会保障局 (PDF, DASHED inner rulings)

def h298():
    dept = "阜新市人力资源和社会保障局"
    ib_b, ab_b, eb_b = 2630.40, 2702.10, 2688.35
    ib_p, ab_p, eb_p = 8960.00, 10386.50, 9881.92
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    rb, rp = pct(eb_b, ab_b), pct(eb_p, ab_p)
    bs, jz = r2(rate / 10), r2(100 - rate)
    assert (ib, ab, eb, rate, bs) == (11590.40, 13088.60, 12570.27, 96.04, 9.6), (ib, ab, eb, rate, bs)
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 4, 4, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "3项指标未量化", 4, 2.5, "每项未量化扣0.5分"),
           ("决策", "预算配置", "在职人员控制率", "≤100%", "98.6%", 3, 3, ""),
           ("决策", "预算配置", "“三公”经费变动率", "≤0", "-1.2%", 4, 4, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "部分就业补助资金年底拨付"),
           ("过程", "预算执行", "结转结余率", "≤5%", f"{jz:.2f}%", 3, 3, ""),
           ("过程", "财务管理", "资金使用合规性", "合规", "1项支出凭证不规范", 4, 3, "已整改"),
           ("过程", "财务管理", "政府采购执行率", "100%", "100%", 3, 3, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "规范", 5, 5, ""),
           ("产出", "数量指标", "城镇新增就业（人）", "≥8000", "8360", 6, 6, ""),
           ("产出", "数量指标", "职业技能培训（人次）", "≥12000", "11240", 6, P(11240, 12000, 6), "部分培训项目延至次年"),
           ("产出", "数量指标", "城乡居民养老保险参保人数（万人）", "≥62", "62.4", 5, 5, ""),
           ("产出", "质量指标", "失业人员再就业（人）", "≥2500", "2618", 6, 5, ""),  # PLANT TARGET_MET_POINTS_LOST: 2618 meets ≥2500, 5 of 6, no reason
           ("产出", "质量指标", "劳动保障监察举报投诉案件结案率", "≥95%", "97.2%", 6, 6, ""),
           ("产出", "时效指标", "社保待遇按时足额发放率", "100%", "100%", 6, 7, ""),  # PLANT ROW_SCORE_OVER_WEIGHT: 得分 7 of a 分值 6
           ("效益", "社会效益", "城镇调查失业率", "≤5.5%", "5.1%", 6, 6, ""),
           ("效益", "社会效益", "欠薪案件动态清零", "动态清零", "基本清零", 6, 4.5, "2起案件进入司法程序"),
           ("效益", "可持续影响", "人社公共服务长效机制", "健全", "基本健全", 6, 5, "“一窗通办”尚未全覆盖"),
           ("效益", "满意度", "服务对象满意度", "≥90%", "84.5%", 7, 1.5, "每低1个百分点扣1分")]
    assert len(ind) == 19 and s2(ind, 5) == 100 and P(11240, 12000, 6) == 5.62 and r2(7 - (90 - 84.5)) == 1.5
    total = s2(ind, 6)
    assert total == 88.72, total
    printed_grade = "优"  # PLANT GRADE_OUTSIDE_BANDS: 88.72 is 良 by the printed bands (87.72 with the 7 capped at 6)
    assert grade(total) == "良"
    g = gold(None, dept, 2024, "PREFECTURAL", "辽宁省", "SELF_EVALUATION", None, total, 100, printed_grade,
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), [], grows(ind))
    meta = dict(dept=dept, ind=ind, total=total, grade=printed_grade, ib=ib, ab=ab, eb=eb, rate=rate,
                b=(ib_b, ab_b, eb_b, rb), p=(ib_p, ab_p, eb_p, rp))
    fnd = [F("ROW_SCORE_OVER_WEIGHT", "社保待遇按时足额发放率", "社保待遇按时足额发放率 | 100% | 100% | 6 | 7", "7", "≤ 6", "HIGH",
             "ERROR", "the row's 得分 7 exceeds its 分值 6 (target met: the most it can score is 6); 合计 88.72 counts the 7"),
           F("TARGET_MET_POINTS_LOST", "失业人员再就业（人）", "失业人员再就业（人） | ≥2500 | 2618 | 6 | 5 |", "5", "6", "HIGH",
             "WARNING", "2618 meets ≥2500, yet the row scores 5 of 6 and its 偏差原因分析 cell is empty; nothing in the "
             "report explains the lost point"),
           F("GRADE_OUTSIDE_BANDS", "自评等级", f"合计 | 100 | {fmt(total)} / 自评等级 | {printed_grade} / 自评总分{fmt(total)}分，"
             f"自评等级为“{printed_grade}”", printed_grade, "良", "HIGH", "ERROR",
             f"{fmt(total)} is below 90: the bands printed in the 说明 put 80 ≤ {fmt(total)} < 90 in 良 (with the over-weight "
             "7 capped at 6 the total would be 87.72, 良 too); printed 优 in the table and in 三、自评结论 (one problem)")]
    return {"stem": "h298_fuxin_renshe", "format": "pdf", "write": write298, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["both tables are ruled with a SOLID outer border and DASHED inner lines (every inner horizontal and "
                      "vertical rule a dashed stroke, 2 on 2 off, drawn as separate segments): a reader that finds cells only "
                      "from solid lines or filled rectangles sees one big box; a dashed segment that stops is a merged cell "
                      "(一级 / 二级 merged down, 合计 and 自评等级 across); the text layer is real (STSong-Light)",
                      "page 1: title, 一、部门基本情况, 二、预算执行情况 (dashed budget table: 合计, 基本支出, 项目支出), 三、自评结论; "
                      "page 2: 附表 自评表 (19 rows, 合计 100 | 88.72, 自评等级 优), 说明 (×分值 rule, proportion rule, bands), "
                      "signature; page numbers are furniture",
                      "budget: parts add up (年初 2,630.40 + 8,960.00 = 11,590.40; 全年 2,702.10 + 10,386.50 = 13,088.60; "
                      "执行 2,688.35 + 9,881.92 = 12,570.27); 96.04%, 基本 99.49% and 项目 95.14% right; 年初 < 全年 (追加); "
                      "all under budget",
                      "预算执行率 96.04% × 10 = 9.6; 结转结余率 3.96% vs ≤5% (a ceiling, met); 城镇调查失业率 5.1% vs ≤5.5% "
                      "(a ceiling, met); 职业技能培训 6 × 11240 ÷ 12000 = 5.62 (proportion rule, with a reason); 服务对象"
                      "满意度 84.5%: 5.5 points × 1 → 1.5 (its rule in the 偏差原因 cell); 绩效指标明确性 3 × 0.5 → 2.5; "
                      "欠薪案件动态清零 −1.5, 资金使用合规性 −1, 人社公共服务长效机制 −1 with reasons (judgement); 合计 88.72 "
                      "= the rows (the 7 included)"]}


def dashed_cells(c, x0, ytop, cols, heights, spec, size, lead):
    """rl_cells with a solid outer border and dashed inner rulings: each cell draws its top edge (when not on the
    table's top) and its left edge (when not on the table's left) as a dashed line; the outer frame last, solid"""
    def box(c, cell, xa, yb, w, h):
        r, k = cell[0], cell[1]
        c.setDash(2, 2)
        if r > 0:
            c.line(xa, yb + h, xa + w, yb + h)
        if k > 0:
            c.line(xa, yb, xa, yb + h)
        c.setDash()
    bottom = rl_cells(c, x0, ytop, cols, heights, spec, size, lead, box=box)
    c.setFillColorRGB(0, 0, 0)
    c.setLineWidth(1.0)
    c.rect(x0, bottom, sum(cols), ytop - bottom, stroke=1, fill=0)
    c.setLineWidth(0.6)
    return bottom


def write298(rep, path):
    from reportlab.lib.pagesizes import A4
    M = rep["meta"]
    W, Hh = A4
    c = new_canvas(path, A4)
    c.setLineWidth(0.6)
    L, R = 50, W - 50

    def paras(y, items, size=10.5, lead=19):
        for t, head in items:
            c.setFont(FONT, 12 if head else size)
            lines = [t] if head else wrap_(t, R - L - 2 * size, size)
            for j, ln in enumerate(lines):
                c.drawString(L + (2 * size if (j == 0 and not head) else 0), y, ln)
                y -= lead
        return y
    c.setFont(FONT, 16)
    c.drawCentredString(W / 2, Hh - 70, f"{M['dept']}2024年度部门整体支出绩效自评报告")
    (ib_b, ab_b, eb_b, rb), (ib_p, ab_p, eb_p, rp) = M["b"], M["p"]
    y = paras(Hh - 110, [("一、部门基本情况", True),
                         (f"{M['dept']}负责全市就业创业、社会保险、人事人才、劳动关系等工作，内设科室12个，所属事业单位6个。",
                          False),
                         ("二、预算执行情况", True),
                         (f"2024年度全年预算{m2(M['ab'])}万元，全年执行数{m2(M['eb'])}万元，预算执行率{M['rate']:.2f}%，"
                          "具体如下表：", False)])
    cols = [110, 85, 85, 85, 60]
    spec = [(0, k, 1, 1, h, "c", True) for k, h in enumerate(["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"])]
    for r, (lab, a, b_, e, rt) in enumerate((("合计", M["ib"], M["ab"], M["eb"], M["rate"]),
                                             ("其中：基本支出", ib_b, ab_b, eb_b, rb), ("项目支出", ib_p, ab_p, eb_p, rp)), 1):
        spec += [(r, 0, 1, 1, lab, "l", False), (r, 1, 1, 1, m2(a), "r", False), (r, 2, 1, 1, m2(b_), "r", False),
                 (r, 3, 1, 1, m2(e), "r", False), (r, 4, 1, 1, f"{rt:.2f}%", "r", False)]
    c.setFont(FONT, 9)
    c.drawRightString(L + sum(cols) + 15, y + 4, "单位：万元")
    y = dashed_cells(c, L + 15, y - 2, cols, [22] * 4, spec, 9.5, 12) - 24
    y = paras(y, [("三、自评结论", True),
                  (f"经自评，{M['dept']}2024年度部门整体支出绩效自评总分{fmt(M['total'])}分，自评等级为“{M['grade']}”。"
                   "全年城镇新增就业8360人，失业人员再就业2618人，开展职业技能培训11240人次，城镇调查失业率5.1%。", False),
                  ("四、存在问题及改进措施", True),
                  ("一是部分就业补助资金拨付滞后；二是服务对象满意度未达目标。下一步将优化资金拨付流程，推进人社服务"
                   "“一窗通办”全覆盖。", False)])
    c.setFont(FONT, 9)
    c.drawCentredString(W / 2, 30, "— 1 —")
    c.showPage()
    c.setLineWidth(0.6)
    c.setFont(FONT, 13)
    c.drawCentredString(W / 2, Hh - 50, "附表：部门整体支出绩效自评表")
    cols = [40, 52, 128, 58, 64, 30, 30, 93]
    ind = M["ind"]
    spec = [(0, k, 1, 1, h, "c", True) for k, h in enumerate(HEAD8)] + ind_spec(ind, 1)
    n = len(ind) + 1
    spec += [(n, 0, 1, 5, "合计", "c", True), (n, 5, 1, 1, "100", "c", True), (n, 6, 1, 1, fmt(M["total"]), "c", True),
             (n, 7, 1, 1, "", "c", False), (n + 1, 0, 1, 5, "自评等级", "c", True), (n + 1, 5, 1, 3, M["grade"], "c", True)]
    hts = heights_for(spec, cols, n + 2, 8.5, 11, 22, 6)
    y = dashed_cells(c, (W - sum(cols)) / 2, Hh - 66, cols, hts, spec, 8.5, 11)
    c.setFont(FONT, 8.5)
    for j, t in enumerate(["说明：1.预算执行率得分＝预算执行率×分值；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷",
                           "年度指标值×分值”计分；3.定性指标根据完成情况酌情扣分；",
                           "4." + BANDS]):
        c.drawString((W - sum(cols)) / 2, y - 16 - 13 * j, t)
    c.drawRightString(R, y - 76, f"{M['dept']}　2025年4月24日")
    c.setFont(FONT, 9)
    c.drawCentredString(W / 2, 30, "— 2 —")
    c.showPage()
    c.save()


ALL.append(h298())


def main(argv):
    round_main(argv, ALL, "48")


if __name__ == "__main__":
    main(sys.argv[1:])
