#!/usr/bin/python3
"""Round 39 (h249–h253): layouts not used before, each with PLANTED audit problems, made apart from the code by the
corpus39 session. Specs, rendering, gold and findings in this one file; every planted figure carries `# PLANT <KIND>`
with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report whose own
recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports39.py [h249 …]
(needs python-docx, lxml and reportlab, and LibreOffice for h253: h249 a portal HTML third-party project report whose
评分表 is an inline SVG drawing (<rect> borders, <text>/<tspan> cells written COLUMN BY COLUMN); h250 a DOCX
部门整体 form whose indicator table sits inside a floating TEXT BOX (wps:txbx, with the VML fallback repeating it);
h251 a budget-system export named .xls that is an Excel 2003 XML SPREADSHEET (SpreadsheetML: ss:MergeAcross /
ss:MergeDown, ss:Index skipping covered cells, full-precision numbers under number formats, a cached ss:Formula);
h252 a PDF self-evaluation report with a diagonal text WATERMARK on every page and a red ELECTRONIC SEAL (arc text,
a 13-digit seal code) drawn over the signature and the form's 填报单位 line; h253 a provincial 部门整体 report (DOC)
with a 重点项目 sub-form per key project in the same file, the department's tables in 万元 and the project forms in 元.)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, note).
"""
import html as HT
import math
import os
import shutil
import sys
import tempfile
import unicodedata

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
    """display width in em: CJK and full-width 1, others 0.55"""
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WFA" and ord(ch) > 0x2000 else 0.55 for ch in s)


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


# ============================================================ h249 宁波市鄞州区 (HTML, third-party project report, 评分表 as inline SVG)

def h249():
    dept = "宁波市鄞州区文化和广电旅游体育局"
    unit = "宁波市鄞州区文化馆"
    proj = "鄞州区2023年“15分钟品质文化生活圈”建设专项资金"
    evaluator = "宁波甬信会计师事务所有限公司"
    ib, ab, eb = 1500.00, 1680.00, 1596.84
    rate = pct(eb, ab)
    assert rate == 95.05, rate
    srcs = [("其中：省级补助资金", 300.00, 300.00, 300.00), ("区级财政资金", 1200.00, 1380.00, 1296.84)]
    assert r2(sum(x[1] for x in srcs)) == ib and r2(sum(x[2] for x in srcs)) == ab and r2(sum(x[3] for x in srcs)) == eb
    bs = r2(rate * 5 / 100)
    assert bs == 4.75
    # PLANT MALFORMED_RULE: the rule's top band pays 8 points on a row whose 分值 is 6 (the row is scored 6, capped silently)
    rule_bad = "≥4000场得8分；3500（含）—4000场得5分；3500场以下不得分"
    ind = [("决策", "项目立项", "立项依据充分性", "充分", "充分", 3, 3, "依据充分得3分，否则酌情扣分"),
           ("决策", "项目立项", "立项程序规范性", "规范", "规范", 2, 2, "程序规范得2分，否则不得分"),
           ("决策", "绩效目标", "绩效目标合理性", "合理", "基本合理", 3, 2.5, "目标与任务匹配得3分，否则酌情扣分"),
           ("决策", "绩效目标", "绩效指标明确性", "明确", "2项指标未量化", 3, 2, "指标细化量化得3分，每有1项未量化扣0.5分"),
           ("决策", "资金投入", "预算编制科学性", "科学", "科学", 2, 2, "编制科学得2分，否则酌情扣分"),
           ("决策", "资金投入", "资金分配合理性", "合理", "合理", 2, 2, "分配合理得2分，否则酌情扣分"),
           ("过程", "资金管理", "资金到位率", "100%", "100%", 3, 3, "到位率×3分"),
           ("过程", "资金管理", "预算执行率", "100%", f"{rate:.2f}%", 5, bs, "执行率×5分"),
           ("过程", "资金管理", "资金使用合规性", "合规", "1笔劳务费未附签收单", 4, 3, "发现1项不合规扣1分"),
           ("过程", "组织实施", "管理制度健全性", "健全", "健全", 4, 4, "制度健全得4分，否则酌情扣分"),
           ("过程", "组织实施", "制度执行有效性", "有效", "基本有效", 4, 3.5, "执行有效得4分，否则酌情扣分"),
           ("产出", "产出数量", "新建城市书房（家）", "≥12", "12", 8, 8, "完成得8分，每少1家扣2分"),
           ("产出", "产出数量", "建成“15分钟品质文化生活圈”（个）", "≥30", "27", 8, P(27, 30, 8), "按完成比例计分"),
           ("产出", "产出数量", "开展公益文化活动（场次）", "≥4000", "4210", 6, 6, rule_bad),
           ("产出", "产出质量", "城市书房达标验收率", "100%", "100%", 6, 6, "100%得6分，每降低1个百分点扣1分"),
           ("产出", "产出质量", "文化活动群众参与人次（万人次）", "≥45", "48.6", 6, 6, "按完成比例计分"),
           ("产出", "产出时效", "项目完工及时率", "100%", "100%", 6, 6, "按时完工得6分，每延期1个月扣1分"),
           # PLANT RATE_OVER_ZERO_BASE: the platform went live in March 2023 (三: “2022年无访问量”); a growth rate over 0 is undefined
           ("效益", "社会效益", "数字文化服务平台访问量增长率", "≥20%", "100%", 6, 6, "增长率≥20%得6分，否则按比例计分"),
           ("效益", "社会效益", "居民文化活动参与率", "≥35%", "32.4%", 6, P(32.4, 35, 6), "按完成比例计分"),
           ("效益", "可持续影响", "长效运营管理机制", "健全", "基本健全", 6, 4, "健全得6分，基本健全得4分，未建立不得分"),
           ("效益", "满意度", "群众满意度", "≥90%", "93.8%", 7, 7, "≥90%得7分，每低1个百分点扣0.5分")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)
    assert total == 93.5 and grade(total) == "优", total
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert [x[2] for x in sec] == [13.5, 18.25, 39.2, 22.55], sec
    srate = {n: pct(s, w) for n, w, s in sec}
    assert srate["过程"] == 91.25
    srate_p = dict(srate)
    srate_p["过程"] = 92.15  # PLANT SCORE_RATE: 表2 prints 过程 得分率 92.15%; 18.25 ÷ 20 = 91.25%
    g = with_project(gold(None, dept, 2023, "COUNTY", "浙江省", "THIRD_PARTY_EVALUATION", evaluator, total, 100, "优",
                          budget(ib, ab, eb, rate), sec, grows(ind)), proj, unit)
    meta = dict(dept=dept, unit=unit, proj=proj, evaluator=evaluator, ind=ind, sec=sec, srate=srate_p, total=total,
                ib=ib, ab=ab, eb=eb, rate=rate, srcs=srcs)
    fnd = [F("SCORE_RATE", "过程", "过程 | 20 | 18.25 | 92.15%", "92.15%", "91.25%", "HIGH", "ERROR",
             "表2 (一级指标得分情况): 过程 18.25 ÷ 20 = 91.25%, printed 92.15% (digits swapped); its 分值 and 得分 agree with "
             "the 评分表's five 过程 rows (3 + 4.75 + 3 + 4 + 3.5 = 18.25), the other three 得分率 and the 合计 93.50% are right"),
           F("RATE_OVER_ZERO_BASE", "数字文化服务平台访问量增长率",
             "数字文化服务平台访问量增长率 | 6 | … | ≥20% | 100% | 6; “平台于2023年3月上线运行（2022年无访问量）”", "100%",
             "undefined (base 0)", "HIGH", "WARNING",
             "三 says the platform went live in March 2023 and had no visits in 2022: a growth rate over a base of 0 is "
             "undefined, not 100%; the row takes full marks (6) on it"),
           F("MALFORMED_RULE", "开展公益文化活动（场次）", f"开展公益文化活动（场次） | 6 | {rule_bad} | ≥4000 | 4210 | 6",
             "≥4000场得8分", "≤ 6 (the row's 分值)", "HIGH", "WARNING",
             "the 评分标准's top band pays 8 points on a row whose 分值 is 6; the row (4210 ≥ 4000) is scored 6, so the rule "
             "was not applied as printed (capped silently) and the score is not affected")]
    return {"stem": "h249_yinzhou_wenlv", "format": "html", "meta": meta, "gold": g, "findings": fnd,
            "html": html249(meta),
            "traps": ["the 评分表 (附件) is an inline SVG drawing, no <table> and no image: <rect> cell borders, every cell text a "
                      "<text> element at its x/y (wrapped cells as <tspan> lines), written COLUMN BY COLUMN (all 一级 texts, then "
                      "all 二级 …): the source order is not the reading order; 一级/二级 are merged cells (text once, centred "
                      "in the span); the 评分标准 column (between 分值 and 指标值) holds rules full of numbers, not scores",
                      "表1's 其中 fund lines (省级 300.00 + 区级 1,380.00 = 1,680.00; 支出 300.00 + 1,296.84 = 1,596.84) carry "
                      "no scores and are not gold budget parts (basic/project null)",
                      f"执行率 1,596.84 ÷ 1,680.00 = {rate:.2f}% (right) × 5 = {fmt(bs)} (the row's printed rule 执行率×5分)",
                      "绩效指标明确性 3 − 2 × 0.5 = 2 (the row's rule); 建成“15分钟品质文化生活圈” 8 × 27 ÷ 30 = 7.2 and 居民文化"
                      "活动参与率 6 × 32.4 ÷ 35 = 5.55 (printed proportion rule); 长效运营管理机制 基本健全 → 4 (the row's rule); "
                      "新建城市书房 12 vs ≥12 (met exactly)",
                      "绩效目标合理性 −0.5, 资金使用合规性 −1 (1笔, the row's rule), 制度执行有效性 −0.5 with reasons in 三 (judgement)",
                      "表2's 决策 90.00%, 产出 98.00%, 效益 90.20% and 合计 93.50% are right; 综合得分 93.5 = the rows, 优",
                      "the page's breadcrumb, 发布时间, 浏览次数, 分享 links and the 附件 download line are not the report"]}


def svg_table(cols, head, body, fs=12, lh=16, pad=6, title=""):
    """An SVG drawing of a ruled table. head: list of header texts; body: list of (row, col, rowspan, colspan, text,
    align). Borders as <rect> per cell; texts COLUMN BY COLUMN (header first in each column), each a <text> with
    <tspan> lines. Returns (svg, height)."""
    xs = [0]
    for w in cols:
        xs.append(xs[-1] + w)
    cells = [(0, k, 1, 1, h, "m", True) for k, h in enumerate(head)]
    cells += [(r + 1, k, rs, cs, t, al, False) for r, k, rs, cs, t, al in body]
    nrows = 1 + max(r + rs for r, k, rs, cs, t, al in body)
    lines = {}
    for r, k, rs, cs, t, al, b in cells:
        width = xs[k + cs] - xs[k] - 2 * pad
        lines[(r, k)] = wrap_em(t, width / fs) if t else []
    hts = [0] * nrows
    for r, k, rs, cs, t, al, b in cells:
        if rs == 1:
            hts[r] = max(hts[r], len(lines[(r, k)]) * lh + 2 * pad)
    for r, k, rs, cs, t, al, b in cells:
        if rs > 1:
            need = len(lines[(r, k)]) * lh + 2 * pad
            have = sum(hts[r:r + rs])
            if need > have:
                hts[r + rs - 1] += need - have
    ys = [0]
    for h in hts:
        ys.append(ys[-1] + h)
    x0, y0 = 1, 1
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{xs[-1] + 2}" height="{ys[-1] + 2}" '
           f'viewBox="0 0 {xs[-1] + 2} {ys[-1] + 2}" font-family="SimSun, \'Songti SC\', serif" font-size="{fs}" '
           f'role="img" aria-label="{HT.escape(title)}">', f"<title>{HT.escape(title)}</title>",
           '<g class="border" fill="none" stroke="#000" stroke-width="0.8">']
    for r, k, rs, cs, t, al, b in cells:
        out.append(f'<rect x="{x0 + xs[k]}" y="{y0 + ys[r]}" width="{xs[k + cs] - xs[k]}" height="{ys[r + rs] - ys[r]}"/>')
    out.append("</g>")
    out.append('<g class="text" fill="#000">')
    for k in range(len(cols)):
        out.append(f"<!-- 第{k + 1}列 -->")
        for r, kk, rs, cs, t, al, b in sorted(c for c in cells if c[1] == k):
            ls = lines[(r, kk)]
            if not ls:
                continue
            top = y0 + (ys[r] + ys[r + rs]) / 2 - len(ls) * lh / 2 + lh * 0.78
            if al == "l":
                x, anchor = x0 + xs[kk] + pad, "start"
            else:
                x, anchor = x0 + (xs[kk] + xs[kk + cs]) / 2, "middle"
            weight = ' font-weight="bold"' if b else ""
            if len(ls) == 1:
                out.append(f'<text x="{x:g}" y="{top:.1f}" text-anchor="{anchor}"{weight}>{HT.escape(ls[0])}</text>')
            else:
                sp = "".join(f'<tspan x="{x:g}" dy="{0 if i == 0 else lh}">{HT.escape(s)}</tspan>' for i, s in enumerate(ls))
                out.append(f'<text x="{x:g}" y="{top:.1f}" text-anchor="{anchor}"{weight}>{sp}</text>')
    out.append("</g>")
    out.append("</svg>")
    return "\n".join(out), ys[-1]


def html249(M):
    ind = M["ind"]
    body = []
    i = 0
    while i < len(ind):
        j = i
        while j + 1 < len(ind) and ind[j + 1][0] == ind[i][0]:
            j += 1
        body.append((i, 0, j - i + 1, 1, ind[i][0], "m"))
        k = i
        while k <= j:
            m = k
            while m + 1 <= j and ind[m + 1][1] == ind[k][1]:
                m += 1
            body.append((k, 1, m - k + 1, 1, ind[k][1], "m"))
            k = m + 1
        i = j + 1
    for r, x in enumerate(ind):
        body += [(r, 2, 1, 1, x[2], "l"), (r, 3, 1, 1, fmt(x[5]), "m"), (r, 4, 1, 1, x[7], "l"), (r, 5, 1, 1, x[3], "m"),
                 (r, 6, 1, 1, x[4], "m"), (r, 7, 1, 1, fmt(x[6]), "m")]
    n = len(ind)
    body += [(n, 0, 1, 3, "合计", "m"), (n, 3, 1, 1, "100", "m"), (n, 4, 1, 3, "", "m"), (n, 7, 1, 1, fmt(M["total"]), "m")]
    svg, _ = svg_table([58, 70, 190, 44, 250, 78, 118, 48],
                       ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "指标值", "实际完成值", "得分"], body,
                       title=f"{M['proj']}绩效评价评分表")
    t1 = [("合计", M["ib"], M["ab"], M["eb"], M["rate"])] + [(a, b, c, d, pct(d, c)) for a, b, c, d in M["srcs"]]
    t1h = "\n".join(f"<tr><td class=\"l\">{a}</td><td class=\"n\">{m2(b)}</td><td class=\"n\">{m2(c)}</td>"
                    f"<td class=\"n\">{m2(d)}</td><td>{q:.2f}%</td></tr>" for a, b, c, d, q in t1)
    t2h = "\n".join(f"<tr><td>{n}</td><td>{fmt(w)}</td><td>{fmt(s)}</td><td>{M['srate'][n]:.2f}%</td></tr>"
                    for n, w, s in M["sec"])
    tot = M["total"]
    title = f"{M['proj']}绩效评价报告"
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2024-06-28 10:15">
<meta name="ContentSource" content="鄞州区财政局">
<title>{title}_鄞州区人民政府</title>
<style>
body {{ font-family: "Microsoft YaHei", sans-serif; width: 1000px; margin: 0 auto; color: #222; }}
.crumb, .info {{ font-size: 13px; color: #888; }}
.info {{ text-align: center; border-bottom: 1px solid #ddd; padding-bottom: 8px; }}
.article p {{ text-indent: 2em; line-height: 1.9; font-size: 16px; }}
.article p.c {{ text-indent: 0; text-align: center; }}
table.t {{ border-collapse: collapse; margin: 0 auto; font-size: 14px; }}
table.t td, table.t th {{ border: 1px solid #333; padding: 4px 10px; text-align: center; }}
table.t td.l {{ text-align: left; }}
table.t td.n {{ text-align: right; }}
.svgbox {{ overflow-x: auto; margin: 10px 0; }}
</style>
</head>
<body>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">财政信息</a> &gt; <a href="#">绩效评价</a></div>
<h1 style="text-align:center;font-size:24px">{title}</h1>
<div class="info">发布时间：2024-06-28　来源：鄞州区财政局　浏览次数：<span>1362</span>　【<a href="#">打印</a>】【<a href="#">关闭</a>】　分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="article">
<p class="c">委托单位：宁波市鄞州区财政局　　评价机构：{M['evaluator']}</p>
<p>受宁波市鄞州区财政局委托，{M['evaluator']}对{M['proj']}开展了绩效评价，现将评价情况报告如下。</p>
<p><strong>一、项目基本情况</strong></p>
<p>（一）项目概况。项目主管部门为{M['dept']}，实施单位为{M['unit']}。项目主要用于新建城市书房、建设“15分钟品质文化生活圈”、开展公益文化活动和建设“鄞州文化云”数字文化服务平台。</p>
<p>（二）资金情况。项目年初预算{m2(M['ib'])}万元，年中追加180.00万元，全年预算{m2(M['ab'])}万元，实际支出{m2(M['eb'])}万元，预算执行率{M['rate']:.2f}%。资金来源及使用情况见表1。</p>
<p class="c">表1　项目资金情况（单位：万元）</p>
<table class="t">
<tr><th>资金来源</th><th>年初预算数</th><th>全年预算数</th><th>实际支出数</th><th>执行率</th></tr>
{t1h}
</table>
<p><strong>二、评价结论</strong></p>
<p>评价组按照项目绩效评价指标体系，对项目决策、过程、产出和效益四个方面进行了评价，项目综合得分{fmt(tot)}分，评价等级为“优”。各一级指标得分情况见表2。评价等级标准：{BANDS}</p>
<p class="c">表2　一级指标得分情况</p>
<table class="t">
<tr><th>一级指标</th><th>分值</th><th>得分</th><th>得分率</th></tr>
{t2h}
<tr><td>合计</td><td>100</td><td>{fmt(tot)}</td><td>{tot:.2f}%</td></tr>
</table>
<p><strong>三、绩效分析</strong></p>
<p>（一）决策。项目立项依据充分、程序规范；绩效目标与年度任务基本匹配，部分目标表述较笼统，扣0.5分；“文化活动品牌影响力”“设施利用水平”2项指标未量化，扣1分。</p>
<p>（二）过程。资金到位率100%，预算执行率{M['rate']:.2f}%；抽查发现1笔劳务费未附签收单，扣1分；部分城市书房运营考核未按制度按月开展，扣0.5分。</p>
<p>（三）产出。全年新建城市书房12家，建成“15分钟品质文化生活圈”27个（目标30个，3个因选址调整延至2024年），开展公益文化活动4210场，群众参与48.6万人次，城市书房全部通过达标验收。</p>
<p>（四）效益。“鄞州文化云”数字文化服务平台于2023年3月上线运行（2022年无访问量），全年访问量38.6万人次；居民文化活动参与率32.4%，未达到35%的目标；长效运营管理机制基本健全，社会力量参与运营的考核办法尚未出台；群众满意度93.8%。</p>
<p><strong>四、存在的问题</strong></p>
<p>一是部分生活圈选址调整导致建设进度滞后；二是社会化运营机制不够健全；三是居民参与率有待提高。</p>
<p><strong>五、有关建议</strong></p>
<p>加强项目前期论证，完善社会力量参与运营的考核激励办法，丰富活动供给，提高居民参与度。</p>
<p>附件：评分表</p>
<div class="svgbox">
{svg}
</div>
<p style="text-align:right;text-indent:0">{M['evaluator']}<br>2024年6月18日</p>
</div>
<div class="info" style="border:0">附件下载：<a href="#">鄞州区2023年“15分钟品质文化生活圈”建设专项资金绩效评价报告.pdf</a></div>
<div class="crumb" style="text-align:center">主办：宁波市鄞州区人民政府办公室　　浙ICP备05000000号</div>
</body>
</html>
"""


ALL.append(h249())


# ============================================================ h250 乐山市市中区应急管理局 (DOCX, the indicator table inside a TEXT BOX)

def h250():
    dept = "乐山市市中区应急管理局"
    ib_b, ib_p = 1720.00, 1140.00
    ab_b, ab_p = 1786.30, 1460.20
    eb_b, eb_p = 1779.84, 1342.82
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (2860.00, 3246.50, 3122.66, 96.19), (ib, ab, eb, rate)
    rate_p = 96.91  # PLANT EXECUTION_RATE: the budget table's 合计 line prints 96.91%; 3,122.66 ÷ 3,246.50 = 96.19%
    bs = r2(rate / 10)  # 9.62: the 预算执行率 row prints the right 96.19% and scores on it
    assert bs == 9.62
    drills_true = P(52, 60, 8)  # 6.93
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 4, 4, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "基本明确", 4, 3.5, "个别指标未细化量化，扣0.5分"),
           ("决策", "预算配置", "预算编制科学性", "科学", "基本科学", 4, 3, "年中追加森林防灭火物资经费，扣1分"),
           ("决策", "预算配置", "重点支出保障率", "≥90%", "100%", 3, 3, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "部分物资采购项目年底前未完成支付"),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 4, 4, ""),
           ("过程", "财务管理", "“三公”经费控制率", "≤100%", "87.6%", 3, 3, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 3, 2.5, "应急物资台账更新不及时，扣0.5分"),
           ("产出", "数量指标", "开展安全生产执法检查（家次）", "≥1200", "1286", 8, 8, ""),
           # PLANT TARGET_MISSED_FULL_MARKS: 52 场 against ≥60 场 and full 8 (the 说明's proportion rule gives 8 × 52 ÷ 60 = 6.93)
           ("产出", "数量指标", "组织应急演练（场次）", "≥60", "52", 8, 8, ""),
           ("产出", "数量指标", "安全生产培训（人次）", "≥5000", "5320", 6, 6, ""),
           ("产出", "质量指标", "安全隐患整改率", "≥95%", "97.8%", 6, 6, ""),
           ("产出", "质量指标", "应急物资储备达标率", "100%", "100%", 6, 6, ""),
           ("产出", "时效指标", "事故信息报送及时率", "100%", "100%", 6, 6, ""),
           ("效益", "社会效益", "生产安全事故死亡人数（人）", "≤3", "1", 7, 7, ""),
           ("效益", "社会效益", "较大及以上生产安全事故（起）", "0", "0", 6, 6, ""),
           ("效益", "可持续影响", "应急管理长效机制", "健全", "基本健全", 6, 5, "基层应急站点值守制度待完善，扣1分"),
           ("效益", "满意度", "企业及群众满意度", "≥90%", "88.2%", 6, P(88.2, 90, 6), "按完成比例计分")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)
    assert total == 96.5 and grade(total) == "优", total
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert [x[2] for x in sec] == [13.5, 19.12, 40, 23.88], sec
    sec_p = [list(x) for x in sec]
    sec_p[3][2] = 23.38  # PLANT SECTION_VS_ROWS: the 效益 小计 prints 23.38; its four rows add to 23.88 (the 合计 adds the rows)
    g = gold(None, dept, 2023, "COUNTY", "四川省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ib, ab, eb, rate_p, ab_b, eb_b, ab_p, eb_p), [tuple(x) for x in sec_p], grows(ind))
    meta = dict(dept=dept, ind=ind, sec=sec_p, total=total,
                bud=[("合计", ib, ab, eb, rate_p), ("其中：基本支出", ib_b, ab_b, eb_b, pct(eb_b, ab_b)),
                     ("项目支出", ib_p, ab_p, eb_p, pct(eb_p, ab_p))])
    fnd = [F("EXECUTION_RATE", "合计", f"合计 | 2,860.00 | 3,246.50 | 3,122.66 | {rate_p:.2f}%", f"{rate_p:.2f}%",
             f"{rate:.2f}%", "HIGH", "ERROR",
             "3,122.66 ÷ 3,246.50 = 96.19%, the budget table's 合计 line prints 96.91% (digits swapped); the 预算执行率 row "
             "of the indicator table prints the right 96.19% and scores 9.62 on it; 基本 99.64% and 项目 91.96% are right"),
           F("SECTION_VS_ROWS", "效益", "小计 | 25 | 23.38", "23.38", "23.88", "HIGH", "ERROR",
             "效益's four rows score 7 + 6 + 5 + 5.88 = 23.88, its 小计 prints 23.38; the 合计 96.5 adds the rows, not the "
             "小计s (13.5 + 19.12 + 40 + 23.38 = 96)"),
           F("TARGET_MISSED_FULL_MARKS", "组织应急演练（场次）", "组织应急演练（场次） | ≥60 | 52 | 8 | 8 |", "8", "< 8",
             "HIGH", "WARNING",
             f"52 场 against ≥60 场, full marks and no 偏差原因; the form's own 说明 (定量指标未达到年度指标值的按“实际完成值÷"
             f"年度指标值×分值”计分) gives 8 × 52 ÷ 60 = {fmt(drills_true)}")]
    return {"stem": "h250_shizhong_yingji", "format": "docx", "write": write250, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the INDICATOR TABLE is not in the document body: it sits in a floating TEXT BOX (文本框: wp:anchor / "
                      "wps:wsp / wps:txbx / w:txbxContent, wrap top-and-bottom) anchored to the paragraph under the heading "
                      "“三、绩效指标完成情况”; Word also writes the VML fallback (mc:Fallback / v:textbox) holding the SAME "
                      "table, so the table's XML is in the file TWICE: its rows are read once; the body holds only the "
                      "budget table (python-docx's document.tables sees one table)",
                      "the 一级 cells are merged down over their rows and their 小计 row (vMerge); 小计 rows are sections, "
                      "not indicators; the 合计 row's “自评等级：优” is the grade",
                      f"基本 {pct(eb_b, ab_b):.2f}% and 项目 {pct(eb_p, ab_p):.2f}% right; parts add up in every column "
                      "(年初 1,720.00 + 1,140.00 = 2,860.00); both under budget; 年初 2,860.00 < 全年 3,246.50 (追加)",
                      "预算执行率 row: 96.19% × 10 = 9.62 (right, the printed 说明 rule)",
                      "生产安全事故死亡人数 1 vs ≤3 (a ceiling, met); 较大及以上生产安全事故 0 vs 0; “三公”经费控制率 87.6% vs "
                      "≤100% (a ceiling, met); 企业及群众满意度 6 × 88.2 ÷ 90 = 5.88 (printed proportion rule)",
                      "绩效指标明确性 −0.5, 预算编制科学性 −1, 资产管理规范性 −0.5, 应急管理长效机制 −1 with reasons (judgement)",
                      "the 决策 (15/13.5), 过程 (20/19.12) and 产出 (40/40) 小计 are right"]}


def tbox_run(inner_xml, docpr_id, width_mm, height_mm):
    """A <w:r> holding a floating text box (wp:anchor, wrap top-and-bottom, auto-grow) whose content is inner_xml
    (block-level WordprocessingML: paragraphs and tables), with the VML fallback Word writes beside it: inner_xml is
    in the run twice."""
    from docx.oxml import parse_xml
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"')
    cx, cy = int(width_mm * 36000), int(height_mm * 36000)
    xml = (f"<w:r {ns}><mc:AlternateContent><mc:Choice Requires=\"wps\">"
           f"<w:drawing><wp:anchor distT=\"0\" distB=\"72000\" distL=\"0\" distR=\"0\" simplePos=\"0\" "
           f"relativeHeight=\"251660288\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"0\">"
           f"<wp:simplePos x=\"0\" y=\"0\"/><wp:positionH relativeFrom=\"margin\"><wp:align>center</wp:align>"
           f"</wp:positionH><wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>36000</wp:posOffset></wp:positionV>"
           f"<wp:extent cx=\"{cx}\" cy=\"{cy}\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:wrapTopAndBottom/>"
           f"<wp:docPr id=\"{docpr_id}\" name=\"文本框 {docpr_id}\"/><wp:cNvGraphicFramePr/>"
           f"<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
           f"<wps:wsp><wps:cNvSpPr txBox=\"1\"/><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{cx}\" "
           f"cy=\"{cy}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/>"
           f"</a:ln></wps:spPr><wps:txbx><w:txbxContent>{inner_xml}</w:txbxContent></wps:txbx>"
           f"<wps:bodyPr rot=\"0\" vert=\"horz\" wrap=\"square\" lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\" "
           f"anchor=\"t\" anchorCtr=\"0\"><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>"
           f"</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
           f"<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\">"
           f"<v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>"
           f"<v:shape id=\"文本框 {docpr_id}\" o:spid=\"_x0000_s{1025 + docpr_id}\" type=\"#_x0000_t202\" "
           f"style=\"position:absolute;margin-left:0;margin-top:2.85pt;width:{width_mm * 72 / 25.4:.2f}pt;"
           f"height:{height_mm * 72 / 25.4:.2f}pt;z-index:251660288;mso-wrap-distance-bottom:5.65pt;"
           f"mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical-relative:text;"
           f"mso-fit-shape-to-text:t\" filled=\"f\" stroked=\"f\"><v:textbox style=\"mso-fit-shape-to-text:t\" "
           f"inset=\"0,0,0,0\"><w:txbxContent>{inner_xml}</w:txbxContent></v:textbox>"
           f"<w10:wrap type=\"topAndBottom\" xmlns:w10=\"urn:schemas-microsoft-com:office:word\"/></v:shape></w:pict>"
           f"</mc:Fallback></mc:AlternateContent></w:r>")
    return parse_xml(xml)


def merge_v(t, c, r1, r2_):
    if r2_ > r1:
        t.cell(r1, c).merge(t.cell(r2_, c))


def write250(rep, path):
    from docx.enum.text import WD_BREAK
    from lxml import etree
    M = rep["meta"]
    doc = new_doc()
    doc.core_properties.comments = ""
    para(doc, f"{M['dept']}2023年度部门整体支出绩效自评表", bold=True, size=16, center=True, after=6)
    para(doc, f"填报单位（盖章）：{M['dept']}　　　　　　　　　　　金额单位：万元", size=10.5, after=4)
    para(doc, "一、预算执行情况", bold=True, size=12, after=3)
    t = grid(doc, 4, [40, 32, 32, 32, 34])
    for k, h in enumerate(["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"]):
        cell_put(t.cell(0, k), h, 10, True)
    for r, (lab, a, b, e, q) in enumerate(M["bud"], 1):
        cell_put(t.cell(r, 0), lab, 10, align="l")
        for k, v in enumerate((a, b, e), 1):
            cell_put(t.cell(r, k), m2(v), 10, align="r")
        cell_put(t.cell(r, 4), f"{q:.2f}%", 10)
    para(doc, "", after=4)
    para(doc, "二、年度总体目标完成情况", bold=True, size=12, after=3)
    para(doc, "年度目标：深入开展安全生产专项整治和执法检查，组织各类应急演练，完善应急物资储备，提升基层应急处置能力，"
              "杜绝较大及以上生产安全事故。", size=10.5, indent=True)
    para(doc, "完成情况：全年开展安全生产执法检查1286家次，组织应急演练52场，培训5320人次，安全隐患整改率97.8%，"
              "应急物资储备全部达标；全年发生生产安全事故死亡1人，未发生较大及以上生产安全事故。", size=10.5, indent=True)
    p = para(doc, "")
    p.runs[0].add_break(WD_BREAK.PAGE)
    para(doc, "三、绩效指标完成情况", bold=True, size=12, after=2)
    # the indicator table, built in the body and moved into a text box
    ind, sec = M["ind"], M["sec"]
    groups = [n for n, _, _ in sec]
    nrows = 1 + len(ind) + len(groups) + 1
    widths = [14, 18, 40, 17, 19, 12, 15, 35]
    t = grid(doc, nrows, widths)
    for k, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]):
        cell_put(t.cell(0, k), h, 9, True)
    r = 1
    for n, w, s in sec:
        rows = [x for x in ind if x[0] == n]
        r0 = r
        k = 0
        while k < len(rows):
            m = k
            while m + 1 < len(rows) and rows[m + 1][1] == rows[k][1]:
                m += 1
            cell_put(t.cell(r0 + k, 1), rows[k][1], 9)
            merge_v(t, 1, r0 + k, r0 + m)
            k = m + 1
        for x in rows:
            cell_put(t.cell(r, 2), x[2], 9, align="l")
            cell_put(t.cell(r, 3), x[3], 9)
            cell_put(t.cell(r, 4), x[4], 9)
            cell_put(t.cell(r, 5), fmt(x[5]), 9)
            cell_put(t.cell(r, 6), fmt(x[6]), 9)
            cell_put(t.cell(r, 7), x[7], 8, align="l")
            r += 1
        cell_put(t.cell(r, 1), "小计", 9, True)
        t.cell(r, 1).merge(t.cell(r, 4))
        cell_put(t.cell(r, 5), fmt(w), 9, True)
        cell_put(t.cell(r, 6), fmt(s), 9, True)
        cell_put(t.cell(r0, 0), n, 9)
        merge_v(t, 0, r0, r)
        r += 1
    cell_put(t.cell(r, 0), "合计", 9, True)
    t.cell(r, 0).merge(t.cell(r, 4))
    cell_put(t.cell(r, 5), "100", 9, True)
    cell_put(t.cell(r, 6), fmt(M["total"]), 9, True)
    cell_put(t.cell(r, 7), "自评等级：优", 9, True)
    tbl = t._tbl
    tbl.getparent().remove(tbl)
    inner = etree.tostring(tbl, encoding="unicode") + '<w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>'
    anchor = para(doc, "")
    anchor._p.append(tbox_run(inner, 7, sum(widths), 8.2 * nrows))
    para(doc, "说明：1.预算执行率得分＝执行率×10；2.定量指标未达到年度指标值的按“实际完成值÷年度指标值×分值”计分；"
              "3.定性指标根据完成情况酌情扣分并说明理由；4.自评等级：" + BANDS, size=9, after=4)
    para(doc, "填表人：王××　　　审核人：李××　　　联系电话：0833-21×××××　　　填报日期：2024年3月22日", size=10)
    doc.save(path)
    H.A.normalize_zip(path)


ALL.append(h250())


# ============================================================ h251 丹东市农业农村局 (.xls that is an Excel 2003 XML Spreadsheet, SpreadsheetML)

def h251():
    dept = "丹东市农业农村局"
    unit = "丹东市农业发展服务中心"
    proj = "丹东市2023年草莓产业集群建设项目"
    srcs = [("其中：中央财政资金", 2000.00, 2000.00, 1912.60), ("省级财政资金", 300.00, 450.00, 390.55),
            ("市级财政资金", 100.00, 200.00, 179.20)]
    ib, ab, eb = (r2(sum(x[k] for x in srcs)) for k in (1, 2, 3))
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (2400.00, 2650.00, 2482.35, 93.67), (ib, ab, eb, rate)
    fs_true = r2(rate / 10)  # 9.37
    fs = 10  # PLANT BUDGET_ROW_SCORE: the fund line scores 10; the 说明's rule 执行率×分值 gives 93.67% × 10 = 9.37
    ind = [(None, None, "年度资金总额", None, f"{rate:.2f}%", 10, fs, ""),
           ("产出指标", "数量指标", "新建改造草莓标准化生产基地（亩）", "≥5000", "5160", 10, 10, ""),
           ("产出指标", "数量指标", "建设冷链仓储保鲜设施（座）", "≥20", "20", 10, 10, ""),
           ("产出指标", "数量指标", "培训种植户（人次）", "≥1500", "1380", 8, P(1380, 1500, 8), "部分乡镇培训班合并举办"),
           ("产出指标", "质量指标", "脱毒种苗推广覆盖率", "≥60%", "57.2%", 10, P(57.2, 60, 10), "部分农户仍自繁自育种苗"),
           ("产出指标", "质量指标", "项目验收合格率", "100%", "100%", 10, 10, ""),
           ("产出指标", "时效指标", "项目完工及时率", "100%", "100%", 8, 8, ""),
           ("产出指标", "成本指标", "冷链设施单位建设成本（万元/座）", "≤35", "33.8", 6, 6, ""),
           ("效益指标", "经济效益指标", "草莓产业集群总产值（亿元）", "≥60", "62.4", 8, 8, ""),
           ("效益指标", "社会效益指标", "带动农户户均增收（元）", "≥3000", "2860", 8, P(2860, 3000, 8), "受鲜果市场价格波动影响"),
           ("效益指标", "可持续影响指标", "冷链设施运营管护机制", "健全", "基本健全", 6, 5, "部分设施管护责任未落实到经营主体，扣1分"),
           ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "92.4%", 8, 8, "")]
    # PLANT WEIGHTS_VS_FULL_MARK: the rows' 分值 add to 102 (10 + 92); the 总分 row prints 分值 100
    wsum = s2(ind, 5)
    assert wsum == 102, wsum
    total = s2(ind, 6)
    assert total == 99.52, total
    rows = grows(ind)
    rows[0]["level1"] = rows[0]["level2"] = None
    g = with_project(gold(None, dept, 2023, "PREFECTURAL", "辽宁省", "SELF_EVALUATION", None, total, 100, None,
                          budget(ib, ab, eb, rate), [], rows), proj, unit)
    goal = ("目标1：新建改造草莓标准化生产基地5000亩以上，推广脱毒种苗，覆盖率达到60%；"
            "目标2：建设冷链仓储保鲜设施20座，完善产地初加工和冷链物流体系；"
            "目标3：培训种植户1500人次，带动农户户均增收3000元以上。")
    # PLANT GOAL_LABELS: the 实际完成情况 labels its third goal 目标4 (the 预期目标 has 目标1–3, no 目标4 anywhere)
    done = ("目标1：新建改造标准化生产基地5160亩，脱毒种苗推广覆盖率57.2%；"
            "目标2：建成冷链仓储保鲜设施20座，全部通过验收并投入使用；"
            "目标4：培训种植户1380人次，带动农户户均增收2860元。")
    meta = dict(dept=dept, unit=unit, proj=proj, ind=ind, total=total, srcs=srcs, ib=ib, ab=ab, eb=eb, fs=fs,
                goal=goal, done=done)
    fnd = [F("BUDGET_ROW_SCORE", "年度资金总额", "年度资金总额 | 2,400.00 | 2,650.00 | 2,482.35 | 10 | 93.67% | 10", "10",
             f"{fmt(fs_true)}", "HIGH", "ERROR",
             "the 说明's rule (年度资金总额得分＝执行率×分值): 93.67% × 10 = 9.37, the fund line prints full 10; the 总分 99.52 "
             "adds the printed 10 (98.89 with 9.37)"),
           F("GOAL_LABELS", "年度总体目标", "预期目标：目标1：… 目标2：… 目标3：… / 实际完成情况：目标1：… 目标2：… 目标4：…",
             "目标1, 目标2, 目标4", "目标1, 目标2, 目标3", "HIGH", "WARNING",
             "the 预期目标 cell numbers three goals 目标1–目标3; the 实际完成情况 cell reports on 目标1, 目标2 and 目标4: its third "
             "label (培训种植户 / 户均增收, the 预期's 目标3) is mis-numbered, no 目标4 is set anywhere"),
           F("WEIGHTS_VS_FULL_MARK", "总分", "总分 | 100 | 99.52", "100", "102", "HIGH", "ERROR",
             "the 分值 column adds to 102 (年度资金总额 10 + indicators 92: 产出 62, 效益 22, 满意度 8) against the 总分 row's 100; "
             "the 得分 total 99.52 is the cached =SUM of the printed scores")]
    return {"stem": "h251_dandong_nongye", "format": "xls", "write": write251, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["the file is named .xls but is an Excel 2003 XML Spreadsheet (SpreadsheetML: “<?mso-application "
                      "progid=\"Excel.Sheet\"?>”, urn:schemas-microsoft-com:office:spreadsheet), as budget systems export: "
                      "merged cells are ss:MergeAcross / ss:MergeDown on the first cell, and a cell covered by a MergeDown "
                      "from above is simply ABSENT, the next written cell carrying ss:Index (a reader that ignores ss:Index "
                      "shifts the row left); the 绩效指标 label and the 一级 cells are merged down that way",
                      "numbers are stored at full precision under the number formats: the 执行率 cells hold fractions "
                      "(0.936735849056604 shown “93.67%”), amounts under #,##0.00; the 总分 得分 is an ss:Formula "
                      "(=R7C9+SUM(R14C:R24C)) with its cached value 99.52; the gold reads what is shown",
                      "the second worksheet “填报说明” (the system's filling instructions) and the DocumentProperties "
                      "(Author 预算管理一体化系统) are not the report",
                      "the fund block's 其中 lines (中央 2,000.00 + 省级 450.00 + 市级 200.00 = 2,650.00; 执行 1,912.60 + 390.55 + "
                      "179.20 = 2,482.35) carry no 分值/得分 and are not gold budget parts; their rates 95.63%, 86.79%, 89.60% "
                      "are right",
                      "培训种植户 8 × 1380 ÷ 1500 = 7.36, 脱毒种苗推广覆盖率 10 × 57.2 ÷ 60 = 9.53, 带动农户户均增收 8 × 2860 ÷ "
                      "3000 = 7.63 (printed proportion rule); 建设冷链仓储保鲜设施 20 vs ≥20 (met exactly); 冷链设施单位建设成本 "
                      "33.8 vs ≤35 (a ceiling, met; 万元/座 in the name, not a budget figure); 草莓产业集群总产值 62.4亿元 is "
                      "an outcome, not money of the project",
                      "冷链设施运营管护机制 −1 with a reason (judgement); 总分 99.52 = the printed rows"]}


def write251(rep, path):
    """SpreadsheetML 2003 written as text (UTF-8, CRLF as Excel writes it)."""
    from xml.sax.saxutils import escape
    M = rep["meta"]
    NCOL = 10
    out = []

    def cell(v, style, across=0, down=0, index=None, formula=None):
        a = f' ss:Index="{index}"' if index else ""
        a += f' ss:MergeAcross="{across}"' if across else ""
        a += f' ss:MergeDown="{down}"' if down else ""
        a += f' ss:StyleID="{style}"'
        if formula:
            a += f' ss:Formula="{formula}"'
        if v is None or v == "":
            return f"<Cell{a}/>"
        if isinstance(v, (int, float)):
            return f'<Cell{a}><Data ss:Type="Number">{v!r}</Data></Cell>'
        return f'<Cell{a}><Data ss:Type="String">{escape(v)}</Data></Cell>'

    def row(cells, height=None):
        h = f' ss:AutoFitHeight="0" ss:Height="{height}"' if height else ""
        out.append(f"   <Row{h}>")
        out.extend("    " + c for c in cells)
        out.append("   </Row>")

    row([cell("项目支出绩效自评表", "sTitle", across=NCOL - 1)], 27)
    row([cell("（2023年度）", "sSub", across=NCOL - 1)], 18)
    row([cell(f"填报单位（盖章）：{M['dept']}", "sLeft", across=5), cell("金额单位：万元", "sRight", index=8, across=2)], 18)
    row([cell("项目名称", "sB", across=1), cell(M["proj"], "sBL", across=7)], 20)
    row([cell("主管部门", "sB", across=1), cell(M["dept"], "sBL", across=2), cell("实施单位", "sB", across=1),
         cell(M["unit"], "sBL", across=2)], 20)
    row([cell("项目资金（万元）", "sB", across=1, down=4), cell("", "sB"), cell("年初预算数", "sBH"), cell("全年预算数", "sBH"),
         cell("全年执行数", "sBH"), cell("分值", "sBH"), cell("执行率", "sBH"), cell("得分", "sBH", across=1)], 20)
    fund = [("年度资金总额", M["ib"], M["ab"], M["eb"], 10, M["eb"] / M["ab"], M["fs"])] + \
        [(lab, a, b, e, None, e / b, None) for lab, a, b, e in M["srcs"]]
    for lab, a, b, e, w, q, s in fund:
        row([cell(lab, "sBL", index=3), cell(a, "sM"), cell(b, "sM"), cell(e, "sM"), cell(w, "sN"), cell(q, "sP"),
             cell(s, "sN", across=1)], 18)
    row([cell("年度总体目标", "sB", down=1), cell("预期目标", "sBH", across=4), cell("实际完成情况", "sBH", across=3)], 18)
    row([cell(M["goal"], "sBL", index=2, across=4), cell(M["done"], "sBL", across=3)], 84)
    ind = [x for x in M["ind"] if x[0]]
    first = 13
    row([cell("绩效指标", "sB", down=len(ind)), cell("一级指标", "sBH"), cell("二级指标", "sBH"),
         cell("三级指标", "sBH", across=1), cell("年度指标值", "sBH"), cell("实际完成值", "sBH"), cell("分值", "sBH"),
         cell("得分", "sBH"), cell("偏差原因分析及改进措施", "sBH")], 30)
    for i, x in enumerate(ind):
        cs = []
        new1 = i == 0 or ind[i - 1][0] != x[0]
        new2 = new1 or ind[i - 1][1] != x[1]
        if new1:
            n1 = 0
            while i + n1 < len(ind) and ind[i + n1][0] == x[0]:
                n1 += 1
            cs.append(cell(x[0], "sB", down=n1 - 1, index=2))
        if new2:
            n2 = 0
            while i + n2 < len(ind) and ind[i + n2][0] == x[0] and ind[i + n2][1] == x[1]:
                n2 += 1
            cs.append(cell(x[1], "sB", down=n2 - 1, index=None if new1 else 3))
        cs.append(cell(x[2], "sBL", across=1, index=None if new2 else 4))
        cs += [cell(x[3], "sB"), cell(x[4], "sB"), cell(x[5], "sN"), cell(x[6], "sN"), cell(x[7], "sBL")]
        row(cs, 30)
    last = first + len(ind)
    row([cell("总分", "sBH", across=6), cell(100, "sN"), cell(M["total"], "sN", formula=f"=R7C9+SUM(R{first + 1}C:R{last}C)"),
         cell("", "sB")], 20)
    row([cell("说明：1.年度资金总额得分＝执行率×分值，保留两位小数；2.定量指标未达到年度指标值的，按“实际完成值÷年度指标值×分值”"
              "计分；3.定性指标根据完成情况酌情扣分，并在偏差原因分析中说明。", "sNote", across=NCOL - 1)], 42)
    row([cell("填报人：刘××　　联系电话：0415-21×××××　　填报日期：2024年4月10日", "sLeft", across=NCOL - 1)], 18)
    nrows = last + 3
    widths = [40, 54, 72, 66, 84, 60, 60, 50, 50, 140]
    cols = "\r\n".join(f'   <Column ss:AutoFitWidth="0" ss:Width="{w}"/>' for w in widths)
    style = lambda sid, body: f'  <Style ss:ID="{sid}">\r\n{body}\r\n  </Style>'  # noqa: E731
    border = ('   <Borders>\r\n' + "\r\n".join(f'    <Border ss:Position="{p}" ss:LineStyle="Continuous" ss:Weight="1"/>'
                                             for p in ("Bottom", "Left", "Right", "Top")) + '\r\n   </Borders>')
    font = '   <Font ss:FontName="宋体" x:CharSet="134" ss:Size="10"/>'
    fontb = '   <Font ss:FontName="宋体" x:CharSet="134" ss:Size="10" ss:Bold="1"/>'
    ctr = '   <Alignment ss:Horizontal="Center" ss:Vertical="Center" ss:WrapText="1"/>'
    lft = '   <Alignment ss:Horizontal="Left" ss:Vertical="Center" ss:WrapText="1"/>'
    styles = [style("Default\" ss:Name=\"Normal", '   <Alignment ss:Vertical="Center"/>\r\n   <Borders/>\r\n' + font +
                    '\r\n   <Interior/>\r\n   <NumberFormat/>\r\n   <Protection/>'),
              style("sTitle", '   <Alignment ss:Horizontal="Center" ss:Vertical="Center"/>\r\n'
                              '   <Font ss:FontName="宋体" x:CharSet="134" ss:Size="16" ss:Bold="1"/>'),
              style("sSub", '   <Alignment ss:Horizontal="Center" ss:Vertical="Center"/>\r\n' + font),
              style("sLeft", '   <Alignment ss:Horizontal="Left" ss:Vertical="Center"/>\r\n' + font),
              style("sRight", '   <Alignment ss:Horizontal="Right" ss:Vertical="Center"/>\r\n' + font),
              style("sNote", lft + "\r\n" + font),
              style("sB", ctr + "\r\n" + border + "\r\n" + font),
              style("sBH", ctr + "\r\n" + border + "\r\n" + fontb),
              style("sBL", lft + "\r\n" + border + "\r\n" + font),
              style("sM", '   <Alignment ss:Horizontal="Right" ss:Vertical="Center"/>\r\n' + border + "\r\n" + font +
                    '\r\n   <NumberFormat ss:Format="#,##0.00"/>'),
              style("sP", ctr + "\r\n" + border + "\r\n" + font + '\r\n   <NumberFormat ss:Format="0.00%"/>'),
              style("sN", ctr + "\r\n" + border + "\r\n" + font + '\r\n   <NumberFormat ss:Format="General"/>')]
    note_rows = ["一、本表由预算管理一体化系统“绩效自评”模块导出，导出后请勿修改表格结构。",
                 "二、项目资金按资金来源分别填列，执行率由系统自动计算。",
                 "三、绩效指标应与批复的绩效目标一致，偏差原因须逐项说明。",
                 "四、自评结果报同级财政部门备案，并按规定公开。"]
    notes = "\r\n".join(f'   <Row>\r\n    <Cell ss:StyleID="sLeft"><Data ss:Type="String">{escape(s)}</Data></Cell>\r\n   </Row>'
                        for s in note_rows)
    xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<?mso-application progid=\"Excel.Sheet\"?>\r\n"
           "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"\r\n"
           " xmlns:o=\"urn:schemas-microsoft-com:office:office\"\r\n"
           " xmlns:x=\"urn:schemas-microsoft-com:office:excel\"\r\n"
           " xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\"\r\n"
           " xmlns:html=\"http://www.w3.org/TR/REC-html40\">\r\n"
           " <DocumentProperties xmlns=\"urn:schemas-microsoft-com:office:office\">\r\n"
           "  <Author>预算管理一体化系统</Author>\r\n  <LastAuthor>预算管理一体化系统</LastAuthor>\r\n"
           "  <Created>2024-04-10T01:21:33Z</Created>\r\n  <Company>丹东市财政局</Company>\r\n"
           "  <Version>12.00</Version>\r\n </DocumentProperties>\r\n"
           " <ExcelWorkbook xmlns=\"urn:schemas-microsoft-com:office:excel\">\r\n"
           "  <WindowHeight>9000</WindowHeight>\r\n  <WindowWidth>18000</WindowWidth>\r\n"
           "  <ActiveSheet>0</ActiveSheet>\r\n  <ProtectStructure>False</ProtectStructure>\r\n"
           "  <ProtectWindows>False</ProtectWindows>\r\n </ExcelWorkbook>\r\n"
           " <Styles>\r\n" + "\r\n".join(styles) + "\r\n </Styles>\r\n"
           " <Names>\r\n  <NamedRange ss:Name=\"Print_Titles\" ss:RefersTo=\"=项目支出绩效自评表!R13\"/>\r\n </Names>\r\n"
           " <Worksheet ss:Name=\"项目支出绩效自评表\">\r\n"
           f"  <Table ss:ExpandedColumnCount=\"{NCOL}\" ss:ExpandedRowCount=\"{nrows}\" x:FullColumns=\"1\"\r\n"
           "   x:FullRows=\"1\" ss:DefaultColumnWidth=\"54\" ss:DefaultRowHeight=\"14.25\">\r\n"
           + cols + "\r\n" + "\r\n".join(out) + "\r\n  </Table>\r\n"
           "  <WorksheetOptions xmlns=\"urn:schemas-microsoft-com:office:excel\">\r\n"
           "   <PageSetup>\r\n    <Layout x:Orientation=\"Landscape\"/>\r\n"
           "    <PageMargins x:Bottom=\"0.75\" x:Left=\"0.5\" x:Right=\"0.5\" x:Top=\"0.75\"/>\r\n   </PageSetup>\r\n"
           "   <FitToPage/>\r\n   <Print>\r\n    <FitWidth>1</FitWidth>\r\n    <FitHeight>0</FitHeight>\r\n    <ValidPrinterInfo/>\r\n"
           "    <PaperSizeIndex>9</PaperSizeIndex>\r\n   </Print>\r\n   <Selected/>\r\n"
           "   <ProtectObjects>False</ProtectObjects>\r\n   <ProtectScenarios>False</ProtectScenarios>\r\n"
           "  </WorksheetOptions>\r\n </Worksheet>\r\n"
           " <Worksheet ss:Name=\"填报说明\">\r\n"
           f"  <Table ss:ExpandedColumnCount=\"1\" ss:ExpandedRowCount=\"{len(note_rows)}\" x:FullColumns=\"1\" x:FullRows=\"1\">\r\n"
           "   <Column ss:AutoFitWidth=\"0\" ss:Width=\"480\"/>\r\n" + notes + "\r\n  </Table>\r\n"
           "  <WorksheetOptions xmlns=\"urn:schemas-microsoft-com:office:excel\">\r\n"
           "   <ProtectObjects>False</ProtectObjects>\r\n   <ProtectScenarios>False</ProtectScenarios>\r\n"
           "  </WorksheetOptions>\r\n </Worksheet>\r\n</Workbook>\r\n")
    with open(path, "wb") as f:
        f.write(xml.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8"))


ALL.append(h251())


# ============================================================ h252 平江县林业局 (PDF, diagonal WATERMARK on every page, red ELECTRONIC SEAL)

def h252():
    dept = "平江县林业局"
    ib_b, ib_p = 1860.00, 2120.00
    ab_b, ab_p = 1912.45, 2438.15
    eb_b, eb_p = 1905.38, 2281.34
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (3980.00, 4350.60, 4186.72, 96.23), (ib, ab, eb, rate)
    rate_formula = 96.32  # PLANT FORMULA: 二's formula line ends “＝96.32%”; 4,186.72 ÷ 4,350.60 × 100% = 96.23% (表1 and the 附表 print 96.23%)
    bs = r2(rate / 10)
    assert bs == 9.62
    cover_table, cover_prose = "68.24%", "68.42%"  # PLANT SAME_FIGURE_DIFFERS: 三 says 森林覆盖率68.42%, the 附表 row 68.24%
    pine_rule = "松材线虫病疫木清理完成率每低于目标值1个百分点扣1分"
    pine_true = 8 - (98 - 95) * 1  # 5
    pine_p = 6  # PLANT RULE_SCORE: 95% is 3 points below ≥98%: 8 − 3 = 5 by the 说明's rule; the row prints 6 (“扣2分”)
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 5, 5, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "基本明确", 5, 4, "部分产出指标未量化，扣1分"),
           ("决策", "预算编制", "预算编制科学性", "科学", "基本科学", 5, 4.5, "年中追加森林防火经费，扣0.5分"),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, ""),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 5, 5, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 5, 4.5, "林业机械台账登记不全，扣0.5分"),
           ("产出", "数量指标", "完成人工造林（万亩）", "≥1.5", "1.56", 8, 8, ""),
           ("产出", "数量指标", "完成森林抚育（万亩）", "≥3", "3", 6, 6, ""),
           ("产出", "质量指标", "松材线虫病疫木清理完成率", "≥98%", "95%", 8, pine_p, "受除治季节限制，扣2分"),
           ("产出", "质量指标", "森林覆盖率", "≥68%", cover_table, 6, 6, ""),
           ("产出", "质量指标", "森林火灾受害率", "≤0.9‰", "0.21‰", 6, 6, ""),
           ("产出", "时效指标", "林业有害生物防治任务完成时限", "2023年10月底前", "2023年10月25日", 6, 6, ""),
           ("效益", "经济效益", "林业产业总产值（亿元）", "≥52", "53.6", 7, 7, ""),
           ("效益", "社会效益", "生态护林员人均增收（元）", "≥10000", "10000", 6, 6, ""),
           ("效益", "可持续影响", "生态保护长效机制", "健全", "基本健全", 6, 5, "林长制考核结果运用不充分，扣1分"),
           ("效益", "满意度", "林农满意度", "≥90%", "86.5%", 6, P(86.5, 90, 6), "按完成比例计分")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)
    assert total == 94.39 and grade(total) == "优" and grade(total - 1) == "优", total
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert [x[2] for x in sec] == [13.5, 19.12, 38, 23.77], sec
    g = gold(None, dept, 2023, "COUNTY", "湖南省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), sec, grows(ind))
    meta = dict(dept=dept, ind=ind, sec=sec, total=total, ib=ib, ab=ab, eb=eb, rate=rate, rate_formula=rate_formula,
                cover_prose=cover_prose, pine_rule=pine_rule,
                bud=[("合计", ib, ab, eb, rate), ("其中：基本支出", ib_b, ab_b, eb_b, pct(eb_b, ab_b)),
                     ("项目支出", ib_p, ab_p, eb_p, pct(eb_p, ab_p))])
    fnd = [F("FORMULA", "预算执行率",
             f"预算执行率＝全年执行数÷全年预算数×100%＝4,186.72÷4,350.60×100%＝{rate_formula:.2f}%", f"{rate_formula:.2f}%",
             f"{rate:.2f}%", "HIGH", "ERROR",
             "4,186.72 ÷ 4,350.60 = 96.23%; the formula line in 二 prints 96.32% (digits swapped); 表1's 合计 line and the "
             "附表's 预算执行率 row print the right 96.23% and score 9.62 on it"),
           F("SAME_FIGURE_DIFFERS", "森林覆盖率", f"全县森林覆盖率达到{cover_prose} / 森林覆盖率 | ≥68% | {cover_table} | 6 | 6",
             cover_prose, cover_table, "HIGH", "WARNING",
             "三 (prose) states 森林覆盖率 68.42%, the 附表 row 68.24% (digits swapped): one of them is misprinted; both meet "
             "≥68%, so the row's 6 holds either way"),
           F("RULE_SCORE", "松材线虫病疫木清理完成率", f"松材线虫病疫木清理完成率 | ≥98% | 95% | 8 | {pine_p} | 受除治季节限制，扣2分",
             str(pine_p), str(pine_true), "HIGH", "ERROR",
             f"the 附表's 说明 3: “{pine_rule}”: 95% is 3 points under ≥98%, 8 − 3 = 5; the row deducts 2 and prints 6. With the "
             "rule applied the rows add to 93.39 (产出 37), still 优")]
    return {"stem": "h252_pingjiang_linye", "format": "pdf", "draw": draw252, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["every page carries a diagonal light-grey WATERMARK drawn as text over the content (“平江县人民政府信息公开"
                      "专用　2024-05-08 16:42”, six times per page, rotated 35°): its date and time are not report figures, "
                      "and its characters sit on top of the prose and table text in the text layer",
                      "a red ELECTRONIC SEAL (circle, star, the name 平江县林业局 set character by character along the upper "
                      "arc, the 13-digit seal code 4306260012784 along the lower arc) is drawn over the signature on p. 2 and "
                      "over the 附表's 填报单位（盖章） line and the top of its header row on p. 3: the seal's characters and "
                      "digits are not report content",
                      f"表1: parts add up in every column (年初 1,860.00 + 2,120.00 = 3,980.00); 基本 {pct(eb_b, ab_b):.2f}% and "
                      f"项目 {pct(eb_p, ab_p):.2f}% right; both under budget; 年初 3,980.00 < 全年 4,350.60 (追加)",
                      "预算执行率 row 96.23% × 10 = 9.62 (right); the gold's executionRate is 表1's 96.23% (the prose formula "
                      "is the FORMULA finding)",
                      "完成森林抚育 3 vs ≥3 and 生态护林员人均增收 10000 vs ≥10000 (met exactly); 森林火灾受害率 0.21‰ vs ≤0.9‰ "
                      "(a ceiling, met, per mille); 林农满意度 6 × 86.5 ÷ 90 = 5.77 (printed proportion rule); 林业有害生物"
                      "防治任务完成时限 2023年10月25日 vs 10月底前 (met); 林业产业总产值 53.6亿元 is an outcome, not a budget figure",
                      "绩效指标明确性 −1, 预算编制科学性 −0.5, 资产管理规范性 −0.5, 生态保护长效机制 −1 with reasons (judgement)",
                      "四's 一级 sentence (决策13.5分、过程19.12分、产出38分、效益23.77分) adds to the 94.39 it states; 优"]}


def draw_seal(c, cx, cy, name, code, r=44):
    """A red official seal: ring, five-pointed star, the unit's name character by character along the upper arc, the
    seal code digit by digit along the lower arc (drawn semi-transparent over whatever is below)."""
    c.saveState()
    c.setStrokeColorRGB(0.85, 0.05, 0.05)
    c.setFillColorRGB(0.85, 0.05, 0.05)
    c.setStrokeAlpha(0.85)
    c.setFillAlpha(0.85)
    c.setLineWidth(2.6)
    c.circle(cx, cy, r, stroke=1, fill=0)
    pts = []
    for k in range(10):
        a = math.pi / 2 + k * math.pi / 5
        rr = 14 if k % 2 == 0 else 5.6
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    p = c.beginPath()
    p.moveTo(*pts[0])
    for q in pts[1:]:
        p.lineTo(*q)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    n = len(name)
    span = 210.0
    for k, ch in enumerate(name):
        ang = 90 + span / 2 - k * span / (n - 1)
        c.saveState()
        c.translate(cx, cy)
        c.rotate(ang - 90)
        c.setFont(FONT, 12)
        c.drawCentredString(0, r - 15, ch)
        c.restoreState()
    m = len(code)
    span = 110.0
    for k, ch in enumerate(code):
        ang = 270 - span / 2 + k * span / (m - 1)
        c.saveState()
        c.translate(cx, cy)
        c.rotate(ang + 90)
        c.setFont(FONT, 6)
        c.drawCentredString(0, -(r - 9), ch)
        c.restoreState()
    c.restoreState()


def draw_watermark(c, W, Hh, text):
    c.saveState()
    c.setFillColorRGB(0.55, 0.55, 0.55)
    c.setFillAlpha(0.18)
    c.setFont(FONT, 20)
    for x in (W * 0.28, W * 0.72):
        for y in (Hh * 0.2, Hh * 0.5, Hh * 0.8):
            c.saveState()
            c.translate(x, y)
            c.rotate(35)
            c.drawCentredString(0, 0, text)
            c.restoreState()
    c.restoreState()


def ruled_grid(c, x0, ytop, cols, heights, spec, size, lh=None):
    """A ruled grid in reading order: spec = (row, col, rowspan, colspan, text, align 'c'|'l', bold)."""
    lh = lh or size + 3
    xs = [x0 + sum(cols[:k]) for k in range(len(cols) + 1)]
    ys = [ytop - sum(heights[:k]) for k in range(len(heights) + 1)]
    c.setLineWidth(0.6)
    for r, k, rs, cs, s, al, b in spec:
        xa, xb, ya, yb = xs[k], xs[k + cs], ys[r], ys[r + rs]
        c.rect(xa, yb, xb - xa, ya - yb)
        lines = wrap(s, xb - xa - 5, size) if s else []
        mid = (ya + yb) / 2 + len(lines) * lh / 2 - size + 1
        c.setFont(FONT, size)
        for n, ln in enumerate(lines):
            if al == "l":
                c.drawString(xa + 3, mid - n * lh, ln)
            else:
                c.drawCentredString((xa + xb) / 2, mid - n * lh, ln)
    return ys[-1]


def draw252(rep, path):
    from reportlab.lib.pagesizes import A4
    M = rep["meta"]
    W, Hh = A4
    c = new_canvas(path, A4)
    L, R = 62, W - 62
    WM = "平江县人民政府信息公开专用　2024-05-08 16:42"
    NP = 3
    page = [1]

    def finish():
        c.setFont(FONT, 9)
        c.drawCentredString(W / 2, 30, f"— {page[0]} —")
        draw_watermark(c, W, Hh, WM)

    def nextpage():
        finish()
        c.showPage()
        page[0] += 1

    def prose(y, s, size=11.5, indent=True, bold=False):
        for ln in wrap(("　　" if indent else "") + s, R - L, size):
            c.setFont(FONT, size)
            c.drawString(L, y, ln)
            if bold:
                c.drawString(L + 0.3, y, ln)
            y -= size + 8
        return y

    def heading(y, s):
        c.setFont(FONT, 13)
        c.drawString(L, y, s)
        c.drawString(L + 0.35, y, s)
        return y - 24

    # p. 1
    y = Hh - 78
    c.setFont(FONT, 18)
    c.drawCentredString(W / 2, y, "平江县林业局")
    c.drawCentredString(W / 2, y - 28, "2023年度部门整体支出绩效自评报告")
    y -= 70
    y = heading(y, "一、部门基本情况")
    y = prose(y, "平江县林业局主要负责全县森林资源保护、国土绿化、森林防火、林业有害生物防治、自然保护地管理和林业产业发展"
                 "等工作，内设办公室、计划财务股、生态修复股、森林资源管理股等7个股室，下属平江县林业综合服务中心、幕阜山"
                 "国有林场等4个二级单位。2023年末在职人员186人。")
    y -= 4
    y = heading(y, "二、部门预算及执行情况")
    y = prose(y, f"2023年度部门年初预算{m2(M['ib'])}万元，年中追加森林防火、松材线虫病防治等经费后全年预算{m2(M['ab'])}"
                 f"万元，全年执行{m2(M['eb'])}万元。其中基本支出执行1,905.38万元，项目支出执行2,281.34万元。")
    y = prose(y, f"预算执行率＝全年执行数÷全年预算数×100%＝4,186.72÷4,350.60×100%＝{M['rate_formula']:.2f}%。")
    y -= 2
    c.setFont(FONT, 10.5)
    c.drawCentredString(W / 2, y, "表1　2023年度部门预算执行情况")
    c.drawRightString(R, y - 14, "单位：万元")
    y -= 20
    cells = [[("项目", "c", True), ("年初预算数", "c", True), ("全年预算数", "c", True), ("全年执行数", "c", True),
              ("执行率", "c", True)]]
    cells += [[(lab, "l", False), (m2(a), "c", False), (m2(b), "c", False), (m2(e), "c", False), (f"{q:.2f}%", "c", False)]
              for lab, a, b, e, q in M["bud"]]
    spec = [(r, k, 1, 1, s, al, b) for r, row_ in enumerate(cells) for k, (s, al, b) in enumerate(row_)]
    y = ruled_grid(c, L, y, [111, 90, 90, 90, 90], [20] * len(cells), spec, 10)
    y -= 22
    y = heading(y, "三、绩效目标完成情况")
    y = prose(y, f"2023年全县完成人工造林1.56万亩、森林抚育3万亩，全县森林覆盖率达到{M['cover_prose']}，森林火灾受害率0.21‰，"
                 "控制在0.9‰以内。松材线虫病疫木清理完成率95%，受除治季节限制未达到98%的目标。林业产业总产值53.6亿元，"
                 "生态护林员人均增收10000元，林农满意度86.5%。")
    nextpage()
    # p. 2
    y = Hh - 70
    y = heading(y, "四、自评结论")
    s = "、".join(f"{n}{fmt(sc)}分" for n, _, sc in M["sec"])
    y = prose(y, f"根据部门整体支出绩效评价指标体系，经自评，平江县林业局2023年度部门整体支出绩效自评得分{fmt(M['total'])}分，"
                 f"自评等级为“优”。其中{s}。自评等级标准：{BANDS}")
    y -= 4
    y = heading(y, "五、存在的问题及改进措施")
    for t in ["（一）预算编制精准度不够。年中追加经费较多，下一步将加强项目前期论证，提高预算编制的科学性。",
              "（二）松材线虫病防控压力较大。疫木清理受季节限制未完成目标，下一步将科学安排除治时间，压实属地责任。",
              "（三）资产管理有待加强。部分林业机械台账登记不全，下一步将开展资产清查，做到账实相符。"]:
        y = prose(y, t)
    y -= 30
    c.setFont(FONT, 12)
    c.drawRightString(R - 20, y, "平江县林业局")
    c.drawRightString(R - 8, y - 22, "2024年4月15日")
    draw_seal(c, R - 58, y - 6, "平江县林业局", "4306260012784")
    nextpage()
    # p. 3 附表
    y = Hh - 56
    c.setFont(FONT, 14)
    c.drawCentredString(W / 2, y, "附表：平江县林业局2023年度部门整体支出绩效自评表")
    y -= 24
    c.setFont(FONT, 10.5)
    c.drawString(L - 22, y, f"填报单位（盖章）：{M['dept']}")
    c.drawRightString(R + 22, y, "金额单位：万元")
    seal_at = (L + 120, y - 8)
    y -= 8
    cols = [34, 48, 124, 66, 70, 28, 30, 111]
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "扣分原因"]
    ind = M["ind"]
    heights = [26] + [max(20, 11 * max(len(wrap(x[2], cols[2] - 5, 8.5)), len(wrap(x[3], cols[3] - 5, 8.5)),
                                       len(wrap(x[4], cols[4] - 5, 8.5)), len(wrap(x[7], cols[7] - 5, 8.5))) + 8)
                      for x in ind] + [22]
    spec = [(0, k, 1, 1, h, "c", True) for k, h in enumerate(head)]
    i = 0
    while i < len(ind):
        j = i
        while j + 1 < len(ind) and ind[j + 1][0] == ind[i][0]:
            j += 1
        spec.append((i + 1, 0, j - i + 1, 1, ind[i][0], "c", False))
        k = i
        while k <= j:
            m = k
            while m + 1 <= j and ind[m + 1][1] == ind[k][1]:
                m += 1
            spec.append((k + 1, 1, m - k + 1, 1, ind[k][1], "c", False))
            k = m + 1
        i = j + 1
    for r, x in enumerate(ind, 1):
        spec += [(r, 2, 1, 1, x[2], "l", False), (r, 3, 1, 1, x[3], "c", False), (r, 4, 1, 1, x[4], "c", False),
                 (r, 5, 1, 1, fmt(x[5]), "c", False), (r, 6, 1, 1, fmt(x[6]), "c", False), (r, 7, 1, 1, x[7], "l", False)]
    n = len(ind) + 1
    spec += [(n, 0, 1, 5, "合计", "c", True), (n, 5, 1, 1, "100", "c", True), (n, 6, 1, 1, fmt(M["total"]), "c", True),
             (n, 7, 1, 1, "自评等级：优", "c", True)]
    y = ruled_grid(c, L - 22, y, cols, heights, spec, 8.5)
    y -= 16
    for t in ["说明：1.预算执行率得分＝执行率×10；2.定量指标未达到年度指标值的，按“实际完成值÷年度指标值×分值”计分；",
              f"3.{M['pine_rule']}；4.定性指标根据完成情况酌情扣分并说明理由。",
              "填表人：吴××　　审核人：钟××　　联系电话：0730-62×××××　　填报日期：2024年4月15日"]:
        c.setFont(FONT, 9)
        c.drawString(L - 22, y, t)
        y -= 15
    draw_seal(c, *seal_at, "平江县林业局", "4306260012784")
    finish()
    c.showPage()
    c.save()


ALL.append(h252())


# ============================================================ h253 广西壮族自治区体育局 (DOC, 部门整体 report + a 项目 form per key project, 万元 and 元)

def y2w(x):
    """元 → 万元, not rounded (gold convention)"""
    return round(x / 10000, 6)


def h253():
    dept = "广西壮族自治区体育局"
    # ---- report 1: 部门整体 (万元)
    ib_b, ib_p = 9860.00, 38760.00
    ab_b, ab_p = 10124.80, 42261.60
    eb_b, eb_p = 10086.37, 40161.46
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (48620.00, 52386.40, 50247.83, 95.92), (ib, ab, eb, rate)
    eb_p_p = 40116.46  # PLANT BREAKDOWN_SUM: 项目支出 全年执行数 printed 40,116.46; 10,086.37 + 40,116.46 = 50,202.83 ≠ 合计 50,247.83
    # (the 项目支出 line's own 执行率 95.03% is 40,161.46 ÷ 42,261.60: the part is misprinted, the 合计 and its rate are right)
    assert pct(eb_p, ab_p) == 95.03 and r2(eb_b + eb_p_p) == 50202.83
    bs = r2(rate / 10)
    assert bs == 9.59
    ind1 = [(None, None, "年度资金总额", None, f"{rate:.2f}%", 10, bs, ""),
            ("产出指标", "数量指标", "举办自治区级全民健身赛事活动（项次）", "≥120", "136", 8, 8, ""),
            ("产出指标", "数量指标", "新建改建公共体育场地设施（个）", "≥180", "187", 8, 8, ""),
            ("产出指标", "数量指标", "参加全国性比赛获得奖牌（枚）", "≥150", "163", 8, 8, ""),
            ("产出指标", "质量指标", "国民体质监测合格率", "≥92%", "92.8%", 8, 8, ""),
            ("产出指标", "质量指标", "体育彩票销量（亿元）", "≥72", "74.35", 6, 6, ""),
            ("产出指标", "时效指标", "重点项目资金支付及时率", "≥90%", "91.5%", 6, 6, ""),
            ("产出指标", "成本指标", "“三公”经费控制率", "≤100%", "86.4%", 6, 6, ""),
            ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "≥38%", "38.6%", 10, 10, ""),
            ("效益指标", "经济效益指标", "体育产业总规模（亿元）", "≥1500", "1466", 10, P(1466, 1500, 10), "受消费市场恢复不及预期影响"),
            ("效益指标", "可持续影响指标", "全民健身公共服务长效机制", "健全", "基本健全", 10, 9,
             "社会力量参与场馆运营的机制尚不完善，扣1分"),
            ("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥90%", "93.1%", 10, 10, "")]
    assert s2(ind1, 5) == 100
    tot1 = s2(ind1, 6)
    assert tot1 == 98.36 and grade(tot1) == "优", tot1
    rows1 = grows(ind1)
    rows1[0]["level1"] = rows1[0]["level2"] = None
    g1 = gold(None, dept, 2023, "PROVINCIAL", "广西壮族自治区", "SELF_EVALUATION", None, tot1, 100, "优",
              budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p_p), [], rows1)
    # ---- report 2: 全民健身场地设施建设补助资金 (元)
    p1 = "全民健身场地设施建设补助资金"
    u1 = "广西壮族自治区体育局"
    f1 = [("其中：中央财政资金", 30000000.00, 30000000.00, 29412300.00), ("自治区本级资金", 8600000.00, 12600000.00, 11481260.00),
          ("其他资金", 0.00, 0.00, 0.00)]
    i1, a1, e1 = (r2(sum(x[k] for x in f1)) for k in (1, 2, 3))
    q1 = pct(e1, a1)
    assert (i1, a1, e1, q1) == (38600000.00, 42600000.00, 40893560.00, 95.99), (i1, a1, e1, q1)
    s1 = r2(q1 / 10)
    assert s1 == 9.60
    ind2 = [(None, None, "年度资金总额", None, f"{q1:.2f}%", 10, s1, ""),
            ("产出指标", "数量指标", "支持建设体育公园（个）", "≥12", "12", 10, 10, ""),
            ("产出指标", "数量指标", "建设社会足球场（块）", "≥40", "43", 10, 10, ""),
            ("产出指标", "数量指标", "建设健身步道（公里）", "≥150", "162.5", 10, 10, ""),
            ("产出指标", "质量指标", "项目验收合格率", "100%", "100%", 10, 10, ""),
            ("产出指标", "时效指标", "场地设施按期建成率", "≥90%", "86%", 10, P(86, 90, 10), "部分项目受用地审批影响延期"),
            ("效益指标", "社会效益指标", "新增体育场地面积（万平方米）", "≥60", "64.8", 10, 10, ""),
            ("效益指标", "社会效益指标", "人均体育场地面积（平方米）", "≥2.6", "2.71", 10, 10, ""),
            ("效益指标", "可持续影响指标", "场地设施免费开放率", "100%", "100%", 10, 10, ""),
            ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "94.2%", 10, 10, "")]
    assert s2(ind2, 5) == 100
    rows_tot2 = s2(ind2, 6)
    assert rows_tot2 == 99.16, rows_tot2
    tot2 = 99.61  # PLANT TOTAL_VS_ROWS: 表3's 总分 (and 三's prose) print 99.61; the ten rows add to 99.16
    rows2 = grows(ind2)
    rows2[0]["level1"] = rows2[0]["level2"] = None
    g2 = with_project(gold(None, dept, 2023, "PROVINCIAL", "广西壮族自治区", "SELF_EVALUATION", None, tot2, 100, None,
                           budget(y2w(i1), y2w(a1), y2w(e1), q1), [], rows2), p1, u1)
    # ---- report 3: 大型体育场馆免费低收费开放补助资金 (元)
    p2 = "大型体育场馆免费低收费开放补助资金"
    u2 = "广西体育中心"
    carry = ("上年结转资金", 2000000.00, 3000000.00, 3270000.00)  # PLANT SPENDING_OVER_BUDGET: 3,270,000.00 spent of 3,000,000.00
    f2 = [("其中：当年财政拨款", 10000000.00, 10500000.00, 9892800.00), carry, ("其他资金", 0.00, 0.00, 0.00)]
    i2, a2, e2 = (r2(sum(x[k] for x in f2)) for k in (1, 2, 3))
    q2 = pct(e2, a2)
    assert (i2, a2, e2, q2) == (12000000.00, 13500000.00, 13162800.00, 97.50), (i2, a2, e2, q2)
    s2_ = r2(q2 / 10)
    ind3 = [(None, None, "年度资金总额", None, f"{q2:.2f}%", 10, s2_, ""),
            ("产出指标", "数量指标", "免费低收费开放天数（天）", "≥330", "338", 10, 10, ""),
            ("产出指标", "数量指标", "接待健身群众（万人次）", "≥260", "271.4", 10, 10, ""),
            ("产出指标", "数量指标", "举办公益性体育赛事活动（场次）", "≥80", "76", 10, P(76, 80, 10), "2场赛事因台风天气取消"),
            ("产出指标", "质量指标", "场馆设施安全检查合格率", "100%", "100%", 10, 10, ""),
            ("产出指标", "成本指标", "场馆单位面积运营补助（元/平方米）", "≤45", "42.6", 10, 10, ""),
            ("效益指标", "社会效益指标", "场馆安全责任事故（起）", "0", "0", 10, 10, ""),
            ("效益指标", "社会效益指标", "全民健身活动参与人次增长率", "≥5%", "6.2%", 10, 10, ""),
            ("效益指标", "可持续影响指标", "场馆运营管理机制", "健全", "基本健全", 10, 9, "预约系统与智慧场馆平台未打通，扣1分"),
            ("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥90%", "92.6%", 10, 10, "")]
    assert s2(ind3, 5) == 100
    tot3 = s2(ind3, 6)
    assert tot3 == 98.25, tot3
    rows3 = grows(ind3)
    rows3[0]["level1"] = rows3[0]["level2"] = None
    g3 = with_project(gold(None, dept, 2023, "PROVINCIAL", "广西壮族自治区", "SELF_EVALUATION", None, tot3, 100, None,
                           budget(y2w(i2), y2w(a2), y2w(e2), q2), [], rows3), p2, u2)
    meta = dict(dept=dept, ind1=ind1, tot1=tot1, rate=rate, ib=ib, ab=ab, eb=eb, bs=bs,
                bud=[("年度资金总额", ib, ab, eb, 10, rate, bs), ("其中：基本支出", ib_b, ab_b, eb_b, None, pct(eb_b, ab_b), None),
                     ("项目支出", ib_p, ab_p, eb_p_p, None, pct(eb_p, ab_p), None)],
                projects=[dict(name=p1, unit=u1, fund=[("年度资金总额", i1, a1, e1, 10, q1, s1)] +
                               [(lab, a, b, e, None, pct(e, b) if b else None, None) for lab, a, b, e in f1],
                               ind=ind2, total=tot2,
                               goal="支持各地建设体育公园12个、社会足球场40块、健身步道150公里，完善城乡全民健身场地设施网络。",
                               done="支持建设体育公园12个、社会足球场43块、健身步道162.5公里，新增体育场地面积64.8万平方米，"
                                    "其中6个项目受用地审批影响延期建成。"),
                          dict(name=p2, unit=u2, fund=[("年度资金总额", i2, a2, e2, 10, q2, s2_)] +
                               [(lab, a, b, e, None, pct(e, b) if b else None, None) for lab, a, b, e in f2],
                               ind=ind3, total=tot3,
                               goal="广西体育中心主体育场、体育馆、游泳跳水馆等场馆全年免费或低收费开放330天以上，接待健身群众"
                                    "260万人次以上。",
                               done="全年免费低收费开放338天，接待健身群众271.4万人次，举办公益性体育赛事活动76场，未发生安全"
                                    "责任事故。")])
    fnd = [F("BREAKDOWN_SUM", "全年执行数",
             "年度资金总额 | 48,620.00 | 52,386.40 | 50,247.83 | 10 | 95.92% | 9.59 / 其中：基本支出 | … | 10,086.37 | … | 99.62% / "
             "项目支出 | 38,760.00 | 42,261.60 | 40,116.46 | … | 95.03%", "50,247.83", "50,202.83", "HIGH", "ERROR",
             "report 1 of 3 (部门整体): 基本支出 10,086.37 + 项目支出 40,116.46 = 50,202.83 ≠ the 年度资金总额 line's 50,247.83 "
             "(表1); the 项目支出 line's own 95.03% is 40,161.46 ÷ 42,261.60, so the part is misprinted (digits swapped); "
             "the 合计, its 95.92%, the 9.59 and 二's prose agree with 50,247.83"),
           F("TOTAL_VS_ROWS", "总分", "总分 | 100 | 99.61", "99.61", "99.16", "HIGH", "ERROR",
             "report 2 of 3 (全民健身场地设施建设补助资金, 表3): the fund line 9.60 + the nine indicator rows 89.56 = 99.16, "
             "the 总分 row prints 99.61 (digits swapped) and 三's prose repeats it"),
           F("SPENDING_OVER_BUDGET", "上年结转资金",
             "上年结转资金 | 2,000,000.00 | 3,000,000.00 | 3,270,000.00 | … | 109.00%", "3,270,000.00元",
             "≤ 3,000,000.00元", "HIGH", "WARNING",
             "report 3 of 3 (大型体育场馆免费低收费开放补助资金, 表4): the 上年结转资金 line spends 3,270,000.00元 of a "
             "3,000,000.00元 全年预算 (109.00%, arithmetically right); the 年度资金总额 line (13,162,800.00 of 13,500,000.00, "
             "97.50%) stays under budget only because 当年财政拨款 is under")]
    return {"stem": "h253_guangxi_tiyu", "format": "doc", "write": write253, "meta": meta, "gold": [g1, g2, g3],
            "findings": fnd,
            "traps": ["ONE FILE, THREE REPORTS (gold array): the department's 部门整体 self-evaluation (表1 budget block with "
                      "the scored 年度资金总额 line, 表2 indicators, 总分 98.36, 优) and, under 三、重点项目绩效自评情况, a full "
                      "项目支出绩效自评表 for each of two key projects (表3, 表4: their own fund block, goals, indicators and 总分; "
                      "no grade): the project forms are reports of their own, not indicator rows of the department",
                      "UNITS DIFFER BY TABLE: the prose and 表1/表2 are in 万元, 表3 and 表4 in 元 (“金额单位：元” above each); "
                      "三's prose states the projects in 万元 (全年预算4,260.00万元 = 42,600,000.00元; 实际支出4,089.36万元 = "
                      "40,893,560.00元 rounded to the printed precision): the same figures, no SAME_FIGURE_DIFFERS",
                      "表1's 年初 and 全年 columns add up (9,860.00 + 38,760.00 = 48,620.00; 10,124.80 + 42,261.60 = 52,386.40); "
                      "执行率 50,247.83 ÷ 52,386.40 = 95.92% (right) × 10 = 9.59; 基本 99.62% right",
                      "表3: 中央 + 自治区本级 + 其他 = 年度资金总额 in every column; 95.99% × 10 = 9.60; 场地设施按期建成率 "
                      "10 × 86 ÷ 90 = 9.56 (printed proportion rule); 支持建设体育公园 12 vs ≥12 (met exactly)",
                      "表4: 当年财政拨款 + 上年结转 + 其他 = 年度资金总额 in every column; 97.50% × 10 = 9.75; the 其他资金 lines "
                      "(0.00) print “—” for their rate (no rate over a zero base); 举办公益性体育赛事活动 10 × 76 ÷ 80 = 9.5; "
                      "场馆单位面积运营补助 42.6 vs ≤45 (a ceiling, met; 元/平方米, not a budget figure); 场馆安全责任事故 0 vs 0",
                      "表2: 体育产业总规模 10 × 1466 ÷ 1500 = 9.77 (printed proportion rule); 体育彩票销量 74.35亿元 and 体育产业"
                      "总规模 1466亿元 are outcomes, not budget figures; “三公”经费控制率 86.4% vs ≤100% (a ceiling, met)",
                      "全民健身公共服务长效机制 −1 and 场馆运营管理机制 −1 with reasons (judgement)"]}


def write253(rep, path):
    from docx.enum.text import WD_BREAK
    M = rep["meta"]
    doc = new_doc()
    doc.core_properties.comments = ""

    def caption(s, unit):
        para(doc, s, bold=True, size=11, center=True, after=2)
        p = para(doc, unit, size=9, after=2)
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    def vmerge(t, c, a, b):
        if b > a:
            t.cell(a, c).merge(t.cell(b, c))

    para(doc, f"{M['dept']}2023年度部门整体支出绩效自评报告", bold=True, size=16, center=True, after=10)
    para(doc, "一、部门基本情况", bold=True, size=12, after=2)
    para(doc, "广西壮族自治区体育局是自治区人民政府直属机构，主要负责统筹推进全民健身、竞技体育、青少年体育和体育产业发展，"
              "指导和管理全区体育场地设施建设。局机关内设办公室、政策法规处、群众体育处、竞技体育处、青少年体育处、体育经济处等"
              "处室，所属广西体育中心等事业单位。", size=10.5, indent=True, after=4)
    para(doc, "二、部门整体支出绩效自评情况", bold=True, size=12, after=2)
    para(doc, f"（一）预算执行情况。2023年度部门年初预算{m2(M['ib'])}万元，全年预算{m2(M['ab'])}万元，全年执行"
              f"{m2(M['eb'])}万元，预算执行率{M['rate']:.2f}%。", size=10.5, indent=True)
    para(doc, f"（二）绩效目标完成情况。全年举办自治区级全民健身赛事活动136项次，新建改建公共体育场地设施187个，在全国性比赛中"
              f"获得奖牌163枚，全区经常参加体育锻炼人数比例达到38.6%。经自评，部门整体支出绩效自评得分{fmt(M['tot1'])}分，自评等级"
              "为“优”。详见表1、表2。", size=10.5, indent=True, after=4)
    caption("表1　2023年度部门预算执行情况", "金额单位：万元")
    t = grid(doc, 4, [34, 26, 26, 26, 14, 20, 24])
    for k, h in enumerate(["项目", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
        cell_put(t.cell(0, k), h, 9, True)
    for r, (lab, a, b, e, w, q, s) in enumerate(M["bud"], 1):
        cell_put(t.cell(r, 0), lab, 9, align="l")
        for k, v in enumerate((a, b, e), 1):
            cell_put(t.cell(r, k), m2(v), 9, align="r")
        cell_put(t.cell(r, 4), fmt(w) if w else "", 9)
        cell_put(t.cell(r, 5), f"{q:.2f}%", 9)
        cell_put(t.cell(r, 6), fmt(s) if s else "", 9)
    para(doc, "", after=4)
    caption("表2　2023年度部门整体支出绩效指标完成情况", "")
    ind = [x for x in M["ind1"] if x[0]]
    widths = [16, 20, 42, 18, 18, 11, 14, 31]
    t = grid(doc, len(ind) + 2, widths)
    for k, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]):
        cell_put(t.cell(0, k), h, 9, True)
    fill_indicators(t, ind, 1, 0, vmerge)
    n = len(ind) + 1
    cell_put(t.cell(n, 0), "总分（含年度资金总额得分）", 9, True)
    t.cell(n, 0).merge(t.cell(n, 4))
    cell_put(t.cell(n, 5), "100", 9, True)
    cell_put(t.cell(n, 6), fmt(M["tot1"]), 9, True)
    cell_put(t.cell(n, 7), "自评等级：优", 9, True)
    para(doc, "说明：年度资金总额得分＝执行率×10；定量指标未达到年度指标值的，按“实际完成值÷年度指标值×分值”计分；定性指标根据完成"
              "情况酌情扣分。自评等级：" + BANDS, size=9, after=6)
    para(doc, "三、重点项目绩效自评情况", bold=True, size=12, after=2)
    para(doc, "2023年我局对全民健身场地设施建设补助资金、大型体育场馆免费低收费开放补助资金2个重点项目开展了绩效自评，项目自评表"
              "金额单位为元。", size=10.5, indent=True, after=2)
    for k, pj in enumerate(M["projects"]):
        f0 = pj["fund"][0]
        cn = "一二"[k]
        p = para(doc, "")
        p.runs[0].add_break(WD_BREAK.PAGE)
        para(doc, f"（{cn}）{pj['name']}。该项目全年预算{m2(f0[2] / 10000)}万元，实际支出{m2(f0[3] / 10000)}万元，预算执行率"
                  f"{f0[5]:.2f}%，自评得分{fmt(pj['total'])}分。", size=10.5, indent=True, after=4)
        para(doc, "项目支出绩效自评表", bold=True, size=13, center=True)
        para(doc, "（2023年度）", size=10.5, center=True)
        caption(f"表{3 + k}　{pj['name']}", "金额单位：元")
        write_project_form(doc, M["dept"], pj, vmerge)
    para(doc, "", after=4)
    para(doc, "四、存在的问题及改进措施", bold=True, size=12, after=2)
    for s in ["（一）部分场地设施项目受用地审批影响建设进度滞后，下一步将加强与自然资源部门的协调，提前做好项目储备。",
              "（二）体育产业发展受消费市场影响较大，下一步将培育体育消费新业态，扩大体育消费。",
              "（三）场馆智慧化管理水平有待提升，下一步将推动场馆预约系统与智慧场馆平台互联互通。"]:
        para(doc, s, size=10.5, indent=True)
    para(doc, "", after=6)
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    for s in [M["dept"], "2024年5月10日"]:
        p = para(doc, s, size=10.5)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    work = tempfile.mkdtemp(prefix="h253_")
    try:
        src = os.path.join(work, "h253_guangxi_tiyu.docx")
        doc.save(src)
        H.A.soffice(src, "doc:MS Word 97", work)
        shutil.move(os.path.join(work, "h253_guangxi_tiyu.doc"), path)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def fill_indicators(t, ind, r0, c0, vmerge, size=9):
    """一级 | 二级 | 三级 | 指标值 | 完成值 | 分值 | 得分 | 偏差原因 from column c0, rows from r0; 一级/二级 merged down."""
    i = 0
    while i < len(ind):
        j = i
        while j + 1 < len(ind) and ind[j + 1][0] == ind[i][0]:
            j += 1
        cell_put(t.cell(r0 + i, c0), ind[i][0], size)
        vmerge(t, c0, r0 + i, r0 + j)
        k = i
        while k <= j:
            m = k
            while m + 1 <= j and ind[m + 1][1] == ind[k][1]:
                m += 1
            cell_put(t.cell(r0 + k, c0 + 1), ind[k][1], size)
            vmerge(t, c0 + 1, r0 + k, r0 + m)
            k = m + 1
        i = j + 1
    for n, x in enumerate(ind):
        r = r0 + n
        cell_put(t.cell(r, c0 + 2), x[2], size, align="l")
        cell_put(t.cell(r, c0 + 3), x[3], size)
        cell_put(t.cell(r, c0 + 4), x[4], size)
        cell_put(t.cell(r, c0 + 5), fmt(x[5]), size)
        cell_put(t.cell(r, c0 + 6), fmt(x[6]), size)
        cell_put(t.cell(r, c0 + 7), x[7], 8, align="l")


def write_project_form(doc, dept, pj, vmerge):
    ind = [x for x in pj["ind"] if x[0]]
    fund = pj["fund"]
    nf = len(fund)
    n = 2 + 1 + nf + 2 + 1 + len(ind) + 1
    t = grid(doc, n, [8, 13, 15, 30, 26, 27, 11, 17, 23])
    cell_put(t.cell(0, 0), "项目名称", 9)
    t.cell(0, 0).merge(t.cell(0, 1))
    cell_put(t.cell(0, 2), pj["name"], 9, align="l")
    t.cell(0, 2).merge(t.cell(0, 8))
    cell_put(t.cell(1, 0), "主管部门", 9)
    t.cell(1, 0).merge(t.cell(1, 1))
    cell_put(t.cell(1, 2), dept, 9, align="l")
    t.cell(1, 2).merge(t.cell(1, 4))
    cell_put(t.cell(1, 5), "实施单位", 9)
    t.cell(1, 5).merge(t.cell(1, 6))
    cell_put(t.cell(1, 7), pj["unit"], 9, align="l")
    t.cell(1, 7).merge(t.cell(1, 8))
    r = 2
    cell_put(t.cell(r, 0), "项目资金（元）", 9)
    for k, h in enumerate(["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
        cell_put(t.cell(r, 3 + k), h, 9, True)
    t.cell(r, 1).merge(t.cell(r, 2))
    for i, (lab, a, b, e, w, q, s) in enumerate(fund, 1):
        cell_put(t.cell(r + i, 1), lab, 9, align="l")
        t.cell(r + i, 1).merge(t.cell(r + i, 2))
        for k, v in enumerate((a, b, e)):
            cell_put(t.cell(r + i, 3 + k), m2(v), 8.5, align="r")
        cell_put(t.cell(r + i, 6), fmt(w) if w else "—", 9)
        cell_put(t.cell(r + i, 7), f"{q:.2f}%" if q is not None else "—", 9)
        cell_put(t.cell(r + i, 8), fmt(s) if s else "—", 9)
    vmerge(t, 0, r, r + nf)
    r += nf + 1
    cell_put(t.cell(r, 0), "年度总体目标", 9)
    vmerge(t, 0, r, r + 1)
    cell_put(t.cell(r, 1), "预期目标", 9, True)
    t.cell(r, 1).merge(t.cell(r, 4))
    cell_put(t.cell(r, 5), "实际完成情况", 9, True)
    t.cell(r, 5).merge(t.cell(r, 8))
    cell_put(t.cell(r + 1, 1), pj["goal"], 9, align="l")
    t.cell(r + 1, 1).merge(t.cell(r + 1, 4))
    cell_put(t.cell(r + 1, 5), pj["done"], 9, align="l")
    t.cell(r + 1, 5).merge(t.cell(r + 1, 8))
    r += 2
    cell_put(t.cell(r, 0), "绩效指标", 9)
    for k, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]):
        cell_put(t.cell(r, 1 + k), h, 9, True)
    fill_indicators(t, ind, r + 1, 1, vmerge)
    vmerge(t, 0, r, r + len(ind))
    r += len(ind) + 1
    cell_put(t.cell(r, 0), "总分", 9, True)
    t.cell(r, 0).merge(t.cell(r, 5))
    cell_put(t.cell(r, 6), "100", 9, True)
    cell_put(t.cell(r, 7), fmt(pj["total"]), 9, True)


ALL.append(h253())


def main(argv):
    round_main(argv, ALL, "39")


if __name__ == "__main__":
    main(sys.argv[1:])
