#!/usr/bin/python3
"""Round 38 (h244–h248): layouts not used before, each with PLANTED audit problems, made apart from the code by the
corpus38 session. Specs, rendering, gold and findings in this one file; every planted figure carries `# PLANT <KIND>`
with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report whose own
recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports38.py [h244 …]
(needs python-docx, openpyxl and reportlab: h244 a third-party PDF report with a 目录 page and PDF BOOKMARKS whose
评分表 is a vector grid with every cell's text drawn in SHUFFLED order; h245 a portal HTML 项目 form whose narrow
headers and 一级/二级 cells are set with CSS `writing-mode: vertical-rl`; h246 a BILINGUAL Chinese/Uyghur DOCX
部门整体 form; h247 an XLSX whose indicator table is an Excel TABLE (ListObject: filter buttons, banded style, no merged
cells, 一级/二级 repeated on every row) with a 评分标准 column; h248 a budget-system export named .doc that is really
RTF, written by hand (\\uN escapes, \\clvmgf/\\clvmrg vertical merges).)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, note).
"""
import html as HT
import os
import random
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

ALL = []


# ============================================================ h244 莆田市荔城区卫生健康局 (PDF, 目录 + bookmarks, table text drawn in shuffled order)

def h244():
    dept = "莆田市荔城区卫生健康局"
    evaluator = "福建莆阳会计师事务所有限公司"
    ib = 8420.00
    ab_b, ab_p, eb_b, eb_p = 5210.30, 3926.20, 5198.44, 3676.18
    ab, eb = r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    assert (ab, eb, rate) == (9136.50, 8874.62, 97.13), (ab, eb, rate)
    rate_p = 97.31  # PLANT EXECUTION_RATE: printed 97.31% (二's prose, 表1 and the 评分表's 预算执行率 row); 8,874.62 ÷ 9,136.50 = 97.13%
    bs = r2(rate_p / 10)  # 9.73: the row follows the printed rate (9.71 with 97.13%)
    done_late = "未完成（延至2024年3月）"
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 3, 3, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "基本明确", 3, 2, "部分产出指标未量化，扣1分"),
           ("决策", "预算编制", "预算编制科学性", "科学", "基本科学", 5, 4, "年中追加疫苗冷链设备经费，扣1分"),
           ("决策", "预算编制", "重点支出安排合理性", "合理", "合理", 4, 4, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate_p:.2f}%", 10, bs, "执行率×10"),
           ("过程", "财务管理", "资金使用合规性", "合规", "基本合规", 5, 4, "1笔会议费报销单据不全，扣1分"),
           ("过程", "资产管理", "资产管理规范性", "规范", "规范", 5, 5, ""),
           ("产出", "数量指标", "65岁及以上老年人健康管理人数（人）", "≥36000", "37215", 6, 6, ""),
           ("产出", "数量指标", "适龄儿童免疫规划疫苗接种率", "≥95%", "98.6%", 6, 6, ""),
           ("产出", "数量指标", "家庭医生签约服务人数（人）", "≥110000", "104500", 6, P(104500, 110000, 6), "按完成比例计分"),
           ("产出", "质量指标", "孕产妇系统管理率", "≥90%", "93.2%", 6, 6, ""),
           ("产出", "质量指标", "基层医疗机构标准化建设达标率", "100%", "100%", 5, 5, ""),
           # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: 实际完成值 and 三's prose say the platform upgrade was NOT finished in 2023
           # (延至2024年3月), the row still scores 5 of 5
           ("产出", "时效指标", "区域卫生信息平台升级改造完成时间", "2023年12月底前", done_late, 5, 5, ""),
           ("产出", "成本指标", "基本公共卫生服务人均补助标准（元）", "≥89", "89", 6, 6, ""),
           ("效益", "社会效益", "居民健康素养水平", "≥28%", "29.4%", 8, 8, ""),
           ("效益", "社会效益", "甲乙类传染病报告发病率（1/10万）", "≤180", "152.3", 6, 6, ""),
           ("效益", "可持续影响", "医共体运行长效机制", "健全", "基本健全", 5, 4, "医保打包支付机制待完善，扣1分"),
           ("效益", "满意度", "群众就医满意度", "≥90%", "87.6%", 6, P(87.6, 90, 6), "按完成比例计分")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)
    assert total == 95.27, total
    total_p = 95.72  # PLANT TOTAL_VS_ROWS: 二 and the 评分表's 合计 print 95.72; the eighteen rows add to 95.27
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert [x[2] for x in sec] == [13, 18.73, 39.70, 23.84], sec
    g = gold(None, dept, 2023, "COUNTY", "福建省", "THIRD_PARTY_EVALUATION", evaluator, total_p, 100, "优",
             budget(ib, ab, eb, rate_p, ab_b, eb_b, ab_p, eb_p), sec, grows(ind))
    meta = dict(dept=dept, evaluator=evaluator, ind=ind, sec=sec, total=total_p, ib=ib, ab=ab, eb=eb, rate=rate_p,
                bud=[("合计", ib, ab, eb, rate_p), ("其中：基本支出", 5120.00, ab_b, eb_b, pct(eb_b, ab_b)),
                     ("项目支出", r2(ib - 5120.00), ab_p, eb_p, pct(eb_p, ab_p))])
    fnd = [F("EXECUTION_RATE", "预算执行率", "全年预算数9,136.50万元，全年执行数8,874.62万元，预算执行率97.31%", "97.31%",
             "97.13%", "HIGH", "ERROR",
             "8,874.62 ÷ 9,136.50 = 97.13%; 二's prose, 表1's 合计 line and the 评分表's 预算执行率 row all print 97.31% "
             "(digits swapped); the row's 9.73 follows the misprint (9.71 with 97.13%), one problem"),
           F("TOTAL_VS_ROWS", "总分", "合计 | 100 | 95.72", "95.72", "95.27", "HIGH", "ERROR",
             "the eighteen rows of the 评分表 add to 95.27 (决策 13 + 过程 18.73 + 产出 39.70 + 效益 23.84, as 二's 一级 "
             "sentence prints them); 二 and the 合计 row print 95.72 (digits swapped); 优 either way"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "区域卫生信息平台升级改造完成时间",
             f"区域卫生信息平台升级改造完成时间 | 2023年12月底前 | {done_late} | 5 | 5", "5", "< 5", "HIGH", "WARNING",
             "the row's own 实际完成值 and 三's prose (“平台升级改造因系统对接延至2024年3月完成”) say the time target was missed, "
             "the row keeps 5 of 5 and gives no 扣分 reason")]
    return {"stem": "h244_licheng_weijian", "format": "pdf", "draw": draw244, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the PDF carries a 目录 page and BOOKMARKS (outline entries 封面 … 附件 评分表, two levels) and a "
                      "running footer “第 n 页 共 5 页”: none is report content; the 目录's dotted leaders and page numbers are "
                      "not scores",
                      "the 表1 budget grid and the 附件 评分表 are vector line drawings (no image) whose cell texts are drawn in "
                      "a SHUFFLED order (seeded; the content stream's order is not the reading order, a wrapped cell's "
                      "lines may be drawn apart): a reader must place text by position; 一级 and 二级 cells are merged "
                      "(text once, vertically centred in the span)",
                      f"表1's parts add up in every column (年初 5,120.00 + 3,300.00 = 8,420.00); both parts under budget; "
                      f"基本 {pct(eb_b, ab_b):.2f}% and 项目 {pct(eb_p, ab_p):.2f}% right",
                      "家庭医生签约服务人数 6 × 104500 ÷ 110000 = 5.70 and 群众就医满意度 6 × 87.6 ÷ 90 = 5.84 (printed "
                      "proportion rule); 基本公共卫生服务人均补助标准 89 vs ≥89 (met exactly; 元, not a budget figure); 甲乙类"
                      "传染病报告发病率 152.3 vs ≤180 (a ceiling, met)",
                      "绩效指标明确性 −1, 预算编制科学性 −1, 资金使用合规性 −1, 医共体运行长效机制 −1 with reasons (judgement)",
                      "二's 一级 sentence (决策13分、过程18.73分、产出39.7分、效益23.84分) is right and adds to 95.27 (the 95.72 beside it does not)"]}


def draw244(rep, path):
    from reportlab.lib.pagesizes import A4
    M = rep["meta"]
    W, Hh = A4
    c = new_canvas(path, A4)
    rnd = random.Random(38244)
    L, R = 56, W - 56
    NP = 5
    page = [1]

    def foot():
        c.setFont(FONT, 9)
        c.drawCentredString(W / 2, 30, f"第 {page[0]} 页 共 {NP} 页")

    def nextpage():
        foot()
        c.showPage()
        page[0] += 1

    def text(x, y, s, size=11):
        c.setFont(FONT, size)
        c.drawString(x, y, s)

    def prose(y, s, size=11, indent=True):
        lines = wrap(("　　" if indent else "") + s, R - L, size)
        for ln in lines:
            text(L, y, ln, size)
            y -= size + 7
        return y

    def mark(key, title, level=0):
        c.bookmarkPage(key)
        c.addOutlineEntry(title, key, level=level)

    # p. 1 cover
    mark("cover", "封面")
    c.setFont(FONT, 22)
    c.drawCentredString(W / 2, Hh - 230, "莆田市荔城区卫生健康局")
    c.drawCentredString(W / 2, Hh - 268, "2023年度部门整体支出绩效评价报告")
    c.setFont(FONT, 13)
    for k, s in enumerate(["委托单位：莆田市荔城区财政局", f"评价机构：{M['evaluator']}", "报告日期：2024年6月20日"]):
        c.drawCentredString(W / 2, Hh - 420 - 26 * k, s)
    nextpage()
    # p. 2 目录
    mark("toc", "目录")
    c.setFont(FONT, 16)
    c.drawCentredString(W / 2, Hh - 80, "目　　录")
    toc = [("一、部门基本情况", 3, 0), ("（一）部门职能", 3, 1), ("（二）预算及执行情况", 3, 1), ("二、评价结论", 3, 0),
           ("三、绩效目标完成情况", 3, 0), ("四、存在的问题及建议", 4, 0), ("附件：部门整体支出绩效评价评分表", 5, 0)]
    y = Hh - 130
    for s, pg, lv in toc:
        c.setFont(FONT, 12)
        x = L + 24 * lv
        c.drawString(x, y, s)
        wds = c.stringWidth(s, FONT, 12)
        dots = "." * int((R - 20 - x - wds) / c.stringWidth(".", FONT, 12))
        c.drawString(x + wds + 2, y, dots)
        c.drawRightString(R, y, str(pg))
        y -= 28
    nextpage()
    # p. 3 一、二、三
    mark("c1", "一、部门基本情况")
    y = Hh - 70
    c.setFont(FONT, 14)
    c.drawString(L, y, "一、部门基本情况")
    y -= 24
    text(L, y, "（一）部门职能", 12)
    c.addOutlineEntry("（一）部门职能", "c1", level=1)
    y -= 20
    y = prose(y, "莆田市荔城区卫生健康局负责全区卫生健康事业发展规划、公共卫生、基层医疗卫生和计划生育服务管理等工作，"
                 "下辖区疾病预防控制中心、区卫生健康综合监督执法大队及8家乡镇（街道）卫生院。")
    y -= 6
    text(L, y, "（二）预算及执行情况", 12)
    c.addOutlineEntry("（二）预算及执行情况", "c1", level=1)
    y -= 20
    y = prose(y, f"2023年度部门年初预算数{M['ib']:,.2f}万元，年中追加疫苗冷链设备、家庭医生签约服务等经费后全年预算数"
                 f"{M['ab']:,.2f}万元，全年执行数{M['eb']:,.2f}万元，预算执行率{M['rate']:.2f}%。详见表1。")
    y -= 4
    c.setFont(FONT, 10.5)
    c.drawCentredString(W / 2, y, "表1　2023年度部门预算执行情况（单位：万元）")
    y -= 8
    cols = [120, 90, 90, 90, 93]
    head = ["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"]
    cells = [head] + [[lab, f"{a:,.2f}", f"{b:,.2f}", f"{e:,.2f}", f"{q:.2f}%"] for lab, a, b, e, q in M["bud"]]
    y = shuffled_grid(c, rnd, L, y, cols, [20] * len(cells),
                      [(r, k, 1, 1, s) for r, row in enumerate(cells) for k, s in enumerate(row)], 10)
    y -= 22
    mark("c2", "二、评价结论")
    c.setFont(FONT, 14)
    c.drawString(L, y, "二、评价结论")
    y -= 22
    s = "、".join(f"{n}{fmt(sc)}分" for n, _, sc in M["sec"])
    y = prose(y, f"经评价组综合评分，莆田市荔城区卫生健康局2023年度部门整体支出绩效评价得分{fmt(M['total'])}分，评价等级为“优”。"
                 f"其中{s}。评价等级标准：{BANDS}")
    y -= 6
    mark("c3", "三、绩效目标完成情况")
    c.setFont(FONT, 14)
    c.drawString(L, y, "三、绩效目标完成情况")
    y -= 22
    y = prose(y, "2023年全区完成65岁及以上老年人健康管理37215人，适龄儿童免疫规划疫苗接种率98.6%，孕产妇系统管理率93.2%，"
                 "家庭医生签约服务104500人，未达到年度目标110000人。区域卫生信息平台升级改造因系统对接延至2024年3月完成，"
                 "未能在2023年底前完成。居民健康素养水平29.4%，群众就医满意度87.6%。")
    nextpage()
    # p. 4 四
    mark("c4", "四、存在的问题及建议")
    y = Hh - 70
    c.setFont(FONT, 14)
    c.drawString(L, y, "四、存在的问题及建议")
    y -= 22
    for s in ["（一）预算编制不够精准，年中追加经费较多，建议加强项目前期论证。",
              "（二）家庭医生签约服务推进不平衡，建议完善签约激励机制。",
              "（三）信息化项目建设进度滞后，建议压实建设单位责任，按期完成平台升级。"]:
        y = prose(y, s)
    y -= 30
    c.setFont(FONT, 11)
    c.drawRightString(R, y, M["evaluator"])
    c.drawRightString(R, y - 20, "2024年6月20日")
    nextpage()
    # p. 5 评分表
    mark("att", "附件：部门整体支出绩效评价评分表")
    c.setFont(FONT, 13)
    c.drawCentredString(W / 2, Hh - 60, "附件：莆田市荔城区卫生健康局2023年度部门整体支出绩效评价评分表")
    cols = [34, 46, 146, 58, 74, 28, 34, 63]
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "扣分原因"]
    ind = M["ind"]
    heights = [24] + [max(18, 11 * max(len(wrap(x[2], cols[2] - 4, 8)), len(wrap(x[4], cols[4] - 4, 8)),
                                       len(wrap(x[7], cols[7] - 4, 8))) + 6) for x in ind] + [20]
    spec = [(0, k, 1, 1, h) for k, h in enumerate(head)]
    i = 0
    while i < len(ind):
        j = i
        while j + 1 < len(ind) and ind[j + 1][0] == ind[i][0]:
            j += 1
        spec.append((i + 1, 0, j - i + 1, 1, ind[i][0]))
        k = i
        while k <= j:
            m = k
            while m + 1 <= j and ind[m + 1][1] == ind[k][1]:
                m += 1
            spec.append((k + 1, 1, m - k + 1, 1, ind[k][1]))
            k = m + 1
        i = j + 1
    for r, x in enumerate(ind, 1):
        for k, v in ((2, x[2]), (3, x[3]), (4, x[4]), (5, fmt(x[5])), (6, fmt(x[6])), (7, x[7])):
            spec.append((r, k, 1, 1, v))
    n = len(ind) + 1
    spec += [(n, 0, 1, 5, "合计"), (n, 5, 1, 1, "100"), (n, 6, 1, 1, fmt(M["total"])), (n, 7, 1, 1, "")]
    y = shuffled_grid(c, rnd, L - 16, Hh - 78, cols, heights, spec, 8)
    c.setFont(FONT, 9)
    c.drawString(L - 16, y - 16, "评分说明：预算执行率得分＝执行率×10；定量指标未达目标的按完成比例计分；定性及时效指标未完成的酌情扣分。")
    foot()
    c.showOutline()
    c.showPage()
    c.save()


def shuffled_grid(c, rnd, x0, ytop, cols, heights, spec, size):
    """Draws a ruled grid: spec = (row, col, rowspan, colspan, text). The lines are drawn first (each cell's box), then
    every text line of every cell in a seeded SHUFFLED order; returns the bottom y."""
    xs = [x0 + sum(cols[:k]) for k in range(len(cols) + 1)]
    ys = [ytop - sum(heights[:k]) for k in range(len(heights) + 1)]
    c.setLineWidth(0.6)
    ops = []
    for r, k, rs, cs, s in spec:
        xa, xb, ya, yb = xs[k], xs[k + cs], ys[r], ys[r + rs]
        c.rect(xa, yb, xb - xa, ya - yb)
        lines = [ln for ln in wrap(s, xb - xa - 4, size)] if s else []
        mid = (ya + yb) / 2 + (len(lines) * (size + 3)) / 2 - size + 1
        for n, ln in enumerate(lines):
            ops.append(((xa + xb) / 2, mid - n * (size + 3), ln))
    rnd.shuffle(ops)
    c.setFont(FONT, size)
    for x, y, ln in ops:
        c.drawCentredString(x, y, ln)
    return ys[-1]


ALL.append(h244())



# ============================================================ h245 丽江市古城区农业农村局 (HTML, CSS writing-mode: vertical-rl headers)

def h245():
    dept = "丽江市古城区农业农村局"
    unit = "丽江市古城区农业技术推广中心"
    proj = "古城区2023年高原特色农业产业发展项目"
    ib, ab, eb = 500.00, 600.00, 571.32
    rate = pct(eb, ab)
    assert rate == 95.22
    fs = r2(rate / 10)
    assert fs == 9.52
    fs_p = 9.25  # PLANT BUDGET_ROW_SCORE: 年度资金总额 得分 printed 9.25; the printed rule 执行率×分值 gives 95.22% × 10 = 9.52
    ind = [(None, None, "年度资金总额", None, f"{rate:.2f}%", 10, fs_p, ""),
           # PLANT TARGET_MISSED_FULL_MARKS: 276 亩 against ≥300 亩, full 10 (the printed proportion rule gives 9.2)
           ("产出指标", "数量指标", "高原特色水果种植基地建设面积（亩）", "≥300", "276", 10, 10, "部分地块流转未完成"),
           ("产出指标", "数量指标", "培训新型职业农民（人次）", "≥800", "846", 8, 8, ""),
           ("产出指标", "质量指标", "种苗成活率", "≥90%", "93.5%", 8, 8, ""),
           ("产出指标", "质量指标", "项目验收合格率", "100%", "100%", 8, 8, ""),
           ("产出指标", "时效指标", "项目完工及时率", "100%", "100%", 8, 8, ""),
           ("产出指标", "成本指标", "每亩建设补助标准（元）", "≤2000", "1850", 8, 8, ""),
           ("效益指标", "经济效益指标", "带动农户户均增收（元/户）", "≥1500", "1620", 8, 8, ""),
           # PLANT ROW_SCORE_OVER_WEIGHT: 6.5 points on a row worth 6 (128 vs ≥120 “超额完成”)
           ("效益指标", "社会效益指标", "带动脱贫户（监测户）就业人数（人）", "≥120", "128", 6, 6.5, "超额完成目标"),
           ("效益指标", "生态效益指标", "化肥使用量减少率", "≥5%", "4.2%", 8, P(4.2, 5, 8), "部分基地仍沿用传统施肥，按比例计分"),
           ("效益指标", "可持续影响指标", "基地后续管护机制", "健全", "基本健全", 8, 7, "管护责任未全部落实到户，扣1分"),
           ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "95.6%", 10, 10, "")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)
    assert total == 97.47, total
    rows = grows(ind)
    rows[0]["level1"] = rows[0]["level2"] = None
    g = with_project(gold(None, dept, 2023, "COUNTY", "云南省", "SELF_EVALUATION", None, total, 100, "优",
                          budget(ib, ab, eb, rate), [], rows), proj, unit)
    meta = dict(dept=dept, unit=unit, proj=proj, ind=ind, total=total, ib=ib, ab=ab, eb=eb, rate=rate, fs=fs_p,
                fund=[("年度资金总额", ib, ab, eb, 10, rate, fs_p), ("其中：中央财政资金", 300.00, 300.00, 292.60, None, pct(292.60, 300), None),
                      ("省级财政资金", 120.00, 180.00, 168.52, None, pct(168.52, 180), None),
                      ("区级财政资金", 80.00, 120.00, 110.20, None, pct(110.20, 120), None)])
    assert r2(292.60 + 168.52 + 110.20) == eb
    fnd = [F("BUDGET_ROW_SCORE", "年度资金总额", "年度资金总额 | 500.00 | 600.00 | 571.32 | 10 | 95.22% | 9.25", "9.25", "9.52",
             "HIGH", "ERROR", "the form's own rule (说明 1: 得分＝执行率×分值): 95.22% × 10 = 9.52, printed 9.25 (digits swapped); "
             "the 总分 97.47 adds the printed 9.25"),
           F("ROW_SCORE_OVER_WEIGHT", "带动脱贫户（监测户）就业人数（人）",
             "带动脱贫户（监测户）就业人数（人） | ≥120 | 128 | 6 | 6.5 | 超额完成目标", "6.5", "≤ 6", "HIGH", "ERROR",
             "6.5 points on a row worth 6 (over-fulfilment is not paid above the 分值); the 总分 97.47 includes the extra 0.5"),
           F("TARGET_MISSED_FULL_MARKS", "高原特色水果种植基地建设面积（亩）",
             "高原特色水果种植基地建设面积（亩） | ≥300 | 276 | 10 | 10 | 部分地块流转未完成", "10", "< 10", "HIGH", "WARNING",
             "276 亩 against ≥300 亩 (the reason column says why) and still full marks; the form's proportion rule (说明 2) "
             "gives 10 × 276 ÷ 300 = 9.2")]
    return {"stem": "h245_gucheng_nongye", "format": "html", "meta": meta, "gold": g, "findings": fnd,
            "html": html245(meta),
            "traps": ["the column headers 一级指标, 二级指标, 分值, 得分, 执行率 and the row labels 项目资金（万元）, 年度总体目标, "
                      "绩效指标 are set with CSS `writing-mode: vertical-rl` (and the 一级 rowspan cells too): the DOM text is "
                      "ordinary text, only the display is vertical; the 二级 cells are horizontal",
                      "the fund block's 其中 lines (中央 300.00 / 省级 180.00 / 区级 120.00 = 600.00; 执行 292.60 + 168.52 + 110.20 "
                      "= 571.32) carry no 分值/得分 and are not gold budget parts (basic/project null)",
                      "化肥使用量减少率 8 × 4.2 ÷ 5 = 6.72 (printed proportion rule); 每亩建设补助标准 1850 vs ≤2000 (a ceiling, "
                      "met; 元, not a budget figure); 项目验收合格率 100% vs 100% (met exactly)",
                      "基地后续管护机制 −1 with a reason (judgement); 年度资金总额 is the first indicator row (level1/2 null)",
                      "the page's breadcrumb, 发布时间, 字号 switcher and 附件 line are not the report"]}


def html245(M):
    V = ' class="v"'

    def td(x, cls="", span=""):
        return f"<td{cls}{span}>{HT.escape(str(x))}</td>"

    out = []
    fund = M["fund"]
    out.append("<tr>" + f'<td{V} rowspan="{len(fund) + 1}">项目资金（万元）</td>' + td("", span=' colspan="2"') + td("年初预算数") + td("全年预算数")
               + td("全年执行数") + f"<td{V}>分值</td><td{V}>执行率</td><td{V}>得分</td>" + "</tr>")
    for lab, a, b, e, w_, q, s_ in fund:
        out.append("<tr>" + td(lab, ' class="l"', ' colspan="2"') + td(f"{a:,.2f}", ' class="n"') + td(f"{b:,.2f}", ' class="n"')
                   + td(f"{e:,.2f}", ' class="n"') + td(fmt(w_) if w_ else "—") + td(f"{q:.2f}%") + td(fmt(s_) if s_ else "—") + "</tr>")
    goal = ("通过建设高原特色水果种植基地300亩，培训新型职业农民800人次以上，推广绿色种植技术，带动脱贫户（监测户）就业120人以上，"
            "促进农户增收。")
    done = ("建成高原特色水果种植基地276亩，培训新型职业农民846人次，带动脱贫户（监测户）就业128人，户均增收1620元。")
    out.append(f'<tr><td{V} rowspan="2">年度总体目标</td><td>预期目标</td><td class="l" colspan="7">{goal}</td></tr>')
    out.append(f'<tr><td>实际完成情况</td><td class="l" colspan="7">{done}</td></tr>')
    ind = [x for x in M["ind"] if x[0]]
    out.append(f'<tr><td{V} rowspan="{len(ind) + 1}">绩效指标</td><td{V}>一级指标</td><td{V}>二级指标</td><td>三级指标</td>'
               f'<td>年度指标值</td><td>实际完成值</td><td{V}>分值</td><td{V}>得分</td><td>偏差原因分析及改进措施</td></tr>')
    for i, x in enumerate(ind):
        cells = ""
        if i == 0 or ind[i - 1][0] != x[0]:
            n = sum(1 for y in ind if y[0] == x[0])
            cells += f'<td{V} rowspan="{n}">{x[0]}</td>'
        if i == 0 or ind[i - 1][1] != x[1] or ind[i - 1][0] != x[0]:
            n = sum(1 for y in ind if y[0] == x[0] and y[1] == x[1])
            cells += f'<td rowspan="{n}">{x[1]}</td>' if n > 1 else f"<td>{x[1]}</td>"
        cells += td(x[2], ' class="l"') + td(x[3]) + td(x[4]) + td(fmt(x[5])) + td(fmt(x[6])) + td(x[7], ' class="l"')
        out.append("<tr>" + cells + "</tr>")
    out.append(f'<tr><td colspan="6">总分</td><td>100</td><td>{fmt(M["total"])}</td><td>自评等级：优</td></tr>')
    rows = "\n".join(out)
    title = f"{M['proj']}绩效自评表"
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title} - 丽江市古城区人民政府</title>
<style>
body {{ font-family: "Microsoft YaHei", sans-serif; width: 1000px; margin: 0 auto; }}
.crumb, .info {{ font-size: 13px; color: #777; }}
.info {{ text-align: center; }}
table.zp {{ border-collapse: collapse; table-layout: fixed; width: 100%; font-size: 13px; }}
table.zp td {{ border: 1px solid #333; padding: 3px 5px; text-align: center; }}
table.zp td.l {{ text-align: left; }}
table.zp td.n {{ text-align: right; }}
table.zp td.v {{ writing-mode: vertical-rl; -webkit-writing-mode: vertical-rl; text-orientation: upright; letter-spacing: 2px; width: 1.6em; }}
</style>
</head>
<body>
<div class="crumb">您当前的位置：首页 &gt; 信息公开 &gt; 法定主动公开内容 &gt; 财政资金 &gt; 绩效评价</div>
<h2 style="text-align:center">{title}</h2>
<div class="info">发布时间：2024-04-22 16:08　　信息来源：古城区农业农村局　　【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<p style="text-align:center;font-weight:bold;font-size:18px">项目支出绩效自评表</p>
<p style="text-align:center">（2023年度）</p>
<table class="zp">
<colgroup><col style="width:2.2em"><col style="width:6em"><col style="width:7em"><col style="width:17em"><col style="width:7em"><col style="width:7em"><col style="width:2.6em"><col style="width:3.6em"><col style="width:13em"></colgroup>
<tr><td colspan="2">项目名称</td><td class="l" colspan="7">{M['proj']}</td></tr>
<tr><td colspan="2">主管部门</td><td class="l" colspan="3">{M['dept']}</td><td colspan="2">实施单位</td><td class="l" colspan="2">{M['unit']}</td></tr>
{rows}
</table>
<p>说明：1.年度资金总额得分＝执行率×分值，保留两位小数；2.定量指标未达到年度指标值的按“实际完成值÷年度指标值×分值”计分；3.定性指标根据完成情况酌情扣分；4.自评等级：{BANDS}</p>
<p>填报人：和××　　联系电话：0888-51×××××　　填报日期：2024年3月28日</p>
<p>附件：<a href="#">古城区2023年高原特色农业产业发展项目绩效自评报告.docx</a></p>
</body>
</html>
"""


ALL.append(h245())



# ============================================================ h246 阿克苏市教育局 (DOCX, bilingual Chinese / Uyghur labels)

UG = {"一级指标": "بىرىنچى دەرىجىلىك كۆرسەتكۈچ", "二级指标": "ئىككىنچى دەرىجىلىك كۆرسەتكۈچ",
      "三级指标": "ئۈچىنچى دەرىجىلىك كۆرسەتكۈچ", "年度指标值": "يىللىق كۆرسەتكۈچ قىممىتى",
      "实际完成值": "ئەمەلىي تاماملانغان قىممەت", "分值": "نومۇر قىممىتى", "得分": "ئالغان نومۇر",
      "偏差原因": "پەرق سەۋەبى", "项目": "تۈر", "年初预算数": "يىل بېشىدىكى خامچوت", "全年预算数": "يىللىق خامچوت",
      "全年执行数": "يىللىق ئىجرا سانى", "执行率": "ئىجرا نىسبىتى", "合计": "جەمئىي", "其中：基本支出": "ئاساسىي چىقىم",
      "项目支出": "تۈر چىقىمى", "小计": "كىچىك جەمئىي", "总分": "ئومۇمىي نومۇر", "自评等级": "ئۆزىنى باھالاش دەرىجىسى",
      "优": "ئەلا", "决策": "قارار", "过程": "جەريان", "产出": "مەھسۇلات", "效益": "ئۈنۈم"}


def h246():
    dept = "阿克苏市教育局"
    ib_b, ib_p = 12100.00, 6500.00
    ab_b, ab_p = 12480.60, 7350.40
    eb_b = 12402.35
    eb_p = 7386.20  # PLANT SPENDING_OVER_BUDGET: 项目支出 全年执行数 7,386.20 > 全年预算数 7,350.40 (执行率 100.49%)
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (18600.00, 19831.00, 19788.55, 99.79), (ib, ab, eb, rate)
    bs = r2(rate / 10)
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "基本合理", 5, 4, "个别目标与年度任务衔接不够，扣1分"),
           ("决策", "目标设定", "绩效指标明确性", "明确", "部分明确", 5, 3, "部分指标未量化，扣2分"),
           ("决策", "预算编制", "预算编制科学性", "科学", "基本科学", 5, 4, "年中追加校舍建设资金，扣1分"),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "执行率×10"),
           ("过程", "财务管理", "资金使用合规性", "合规", "基本合规", 5, 4, "2笔培训费附件不全，扣1分"),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 5, 4, "部分设备未及时入账，扣1分"),
           ("产出", "数量指标", "义务教育阶段在校学生数（人）", "≥68000", "69240", 8, 8, ""),
           ("产出", "数量指标", "新建改扩建校舍面积（平方米）", "≥24000", "19800", 8, P(19800, 24000, 8), "2所学校工程跨年度实施"),
           ("产出", "质量指标", "义务教育巩固率", "≥98%", "98.7%", 8, 8, ""),
           ("产出", "质量指标", "国家通用语言文字教学普及率", "100%", "100%", 8, 8, ""),
           ("产出", "时效指标", "学生资助资金发放及时率", "100%", "96%", 8, P(96, 100, 8), "部分学生银行卡信息变更"),
           ("效益", "社会效益", "义务教育学校标准化达标率", "≥95%", "91.2%", 8, P(91.2, 95, 8), "新建校舍未全部投用"),
           ("效益", "社会效益", "高中阶段毛入学率", "≥92%", "93.1%", 6, 6, ""),
           ("效益", "可持续影响", "教师队伍建设长效机制", "健全", "基本健全", 5, 3, "乡村教师补充机制待完善，扣2分"),
           ("效益", "满意度", "学生家长满意度", "≥90%", "86.4%", 6, P(86.4, 90, 6), "按完成比例计分")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)
    assert total == 89.70 and grade(total) == "良", total
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert sec[2] == ("产出", 40, 38.28), sec
    sec_p = [list(x) for x in sec]
    sec_p[2][2] = 38.82  # PLANT SECTION_VS_ROWS: the 产出 小计 prints 38.82; its five rows add to 38.28 (the 总分 adds the rows)
    grade_p = "优"  # PLANT GRADE_OUTSIDE_BANDS: 89.70 lies in the printed 80–90 band, 良; printed 优 (ئەلا)
    g = gold(None, dept, 2023, "COUNTY", "新疆维吾尔自治区", "SELF_EVALUATION", None, total, 100, grade_p,
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), [tuple(x) for x in sec_p], grows(ind))
    meta = dict(dept=dept, ind=ind, sec=sec_p, total=total, grade=grade_p,
                bud=[("合计", ib, ab, eb, rate), ("其中：基本支出", ib_b, ab_b, eb_b, pct(eb_b, ab_b)),
                     ("项目支出", ib_p, ab_p, eb_p, pct(eb_p, ab_p))])
    fnd = [F("SPENDING_OVER_BUDGET", "项目支出", f"项目支出 | 6,500.00 | 7,350.40 | 7,386.20 | {pct(eb_p, ab_p):.2f}%",
             "7,386.20", "≤ 7,350.40", "HIGH", "WARNING",
             f"项目支出 全年执行数 7,386.20 exceeds its 全年预算数 7,350.40 by 35.80 (执行率 {pct(eb_p, ab_p):.2f}%); the 合计 "
             "(19,788.55 of 19,831.00) stays under budget only because 基本支出 is under"),
           F("SECTION_VS_ROWS", "产出", "小计 | 40 | 38.82", "38.82", "38.28", "HIGH", "ERROR",
             "产出's five rows score 8 + 6.6 + 8 + 8 + 7.68 = 38.28, its 小计 prints 38.82 (digits swapped); the 总分 89.70 "
             "adds the rows, not the 小计s (11 + 17.98 + 38.82 + 22.44 = 90.24)"),
           F("GRADE_OUTSIDE_BANDS", "自评等级", "总分 100 89.70 自评等级 优（ئەلا）", "优", "良", "HIGH", "ERROR",
             "89.70 (= rows) lies in the form's own 80（含）–90 band, 良; printed 优. (The 小计s' 90.24 would be 优, but the "
             "总分 itself prints 89.70.)")]
    return {"stem": "h246_akesu_jiaoyu", "format": "docx", "write": write246, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["BILINGUAL form (新疆): the title, the unit line, every column header, the budget labels, the 一级 "
                      "names, 小计/总分/自评等级 and the grade carry a Uyghur (Arabic-script, right-to-left) line in "
                      "parentheses under the Chinese in the same cell (a second paragraph with w:bidi / w:rtl); the gold's "
                      "names are the Chinese text only (level1 决策, not 决策（قارار）); the 三级 names are Chinese only",
                      "the Uyghur text holds no figures; the numbers are Western digits in left-to-right runs",
                      f"执行率 19,788.55 ÷ 19,831.00 = {rate:.2f}% (right) × 10 = {fmt(bs)}; parts add up in every column; "
                      f"基本 {pct(eb_b, ab_b):.2f}% right; 年初 18,600.00 < 全年 19,831.00 (追加)",
                      "新建改扩建校舍面积 8 × 19800 ÷ 24000 = 6.6, 学生资助资金发放及时率 8 × 96 ÷ 100 = 7.68, 标准化达标率 "
                      "8 × 91.2 ÷ 95 = 7.68, 家长满意度 6 × 86.4 ÷ 90 = 5.76 (printed proportion rule)",
                      "绩效目标合理性 −1, 绩效指标明确性 −2, 预算编制科学性 −1, 资金使用合规性 −1, 资产管理规范性 −1, 教师队伍"
                      "建设长效机制 −2 with reasons (judgement)",
                      "the 决策 (15/11), 过程 (20/17.98) and 效益 (25/22.44) 小计 are right"]}


def _ug(cell, ug, size=7.5):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = cell.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    ppr = p._p.get_or_add_pPr()
    ppr.append(OxmlElement("w:bidi"))
    r = p.add_run(f"（{ug}）")
    r.font.size = Pt(size)
    rpr = r._r.get_or_add_rPr()
    fonts = OxmlElement("w:rFonts")
    fonts.set(qn("w:cs"), "Microsoft Uighur")
    rpr.insert(0, fonts)
    rpr.append(OxmlElement("w:rtl"))


def bi(cell, zh, size=9, bold=False):
    for q in cell.paragraphs[1:]:  # the empty paragraphs a merge leaves behind
        if not q.text:
            q._p.getparent().remove(q._p)
    cell_put(cell, zh, size, bold)
    if zh in UG:
        _ug(cell, UG[zh])


def write246(rep, path):
    M = rep["meta"]
    doc = new_doc(landscape=True)
    para(doc, f"{M['dept']}2023年度部门整体支出绩效自评表", bold=True, size=16, center=True)
    p = para(doc, "（ئاقسۇ شەھەرلىك مائارىپ ئىدارىسىنىڭ 2023-يىللىق تارماق ئومۇمىي چىقىم ئۈنۈمىنى ئۆزى باھالاش جەدۋىلى）",
             size=11, center=True)
    from docx.oxml import OxmlElement
    p._p.get_or_add_pPr().append(OxmlElement("w:bidi"))
    para(doc, f"填报单位（盖章）：{M['dept']}（ئاقسۇ شەھەرلىك مائارىپ ئىدارىسى）　　　　金额单位：万元（سومما بىرلىكى: تۈمەن يۈەن）",
         size=10, after=4)
    t = grid(doc, 4, [70, 45, 45, 45, 40])
    for k, h in enumerate(["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"]):
        bi(t.cell(0, k), h, bold=True)
    for r, (lab, a, b, e, q) in enumerate(M["bud"], 1):
        bi(t.cell(r, 0), lab)
        for k, v in enumerate([f"{a:,.2f}", f"{b:,.2f}", f"{e:,.2f}", f"{q:.2f}%"], 1):
            cell_put(t.cell(r, k), v)
    para(doc, "", after=6)
    ind = M["ind"]
    n = len(ind) + len(M["sec"]) + 2
    widths = [24, 24, 62, 26, 28, 18, 18, 57]
    t = grid(doc, n, widths)
    for k, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]):
        bi(t.cell(0, k), h, size=8.5, bold=True)
    r = 1
    for (nm, w_, s_) in M["sec"]:
        grp = [x for x in ind if x[0] == nm]
        top = r
        k0 = r
        for i, x in enumerate(grp):
            if i > 0 and x[1] != grp[i - 1][1]:
                if r - 1 > k0:
                    t.cell(k0, 1).merge(t.cell(r - 1, 1))
                k0 = r
            if i == 0 or x[1] != grp[i - 1][1]:
                cell_put(t.cell(r, 1), x[1], 8.5)
            for k, v in ((2, x[2]), (3, x[3]), (4, x[4]), (5, fmt(x[5])), (6, fmt(x[6])), (7, x[7])):
                cell_put(t.cell(r, k), v, 8.5, align="l" if k in (2, 7) else "c")
            r += 1
        if r - 1 > k0:
            t.cell(k0, 1).merge(t.cell(r - 1, 1))
        bi(t.cell(r, 1), "小计", size=8.5)
        t.cell(r, 1).merge(t.cell(r, 4))
        cell_put(t.cell(r, 5), fmt(w_), 8.5, bold=True)
        cell_put(t.cell(r, 6), fmt(s_), 8.5, bold=True)
        m = t.cell(top, 0).merge(t.cell(r, 0))
        bi(m, nm, size=8.5)
        r += 1
    bi(t.cell(r, 0), "总分", bold=True)
    t.cell(r, 0).merge(t.cell(r, 4))
    cell_put(t.cell(r, 5), "100", bold=True)
    cell_put(t.cell(r, 6), fmt(M["total"]), bold=True)
    c = t.cell(r, 7)
    for q in c.paragraphs[1:]:
        q._p.getparent().remove(q._p)
    cell_put(c, f"自评等级：{M['grade']}", bold=True)
    _ug(c, f"ئۆزىنى باھالاش دەرىجىسى: {UG[M['grade']]}")
    para(doc, "", after=4)
    para(doc, "说明：1.预算执行率得分＝执行率×10；2.定量指标未达到年度指标值的按“实际完成值÷年度指标值×分值”计分；"
              "3.定性指标酌情扣分并说明理由；4.自评等级：" + BANDS, size=9)
    para(doc, "填表人：艾××　　审核人：王××　　联系电话：0997-21×××××　　填报日期：2024年4月10日", size=9)
    doc.save(path)
    H.A.normalize_zip(path)


ALL.append(h246())



# ============================================================ h247 遂宁市船山区交通运输局 (XLSX, indicators as an Excel TABLE / ListObject)

def h247():
    dept = "遂宁市船山区交通运输局"
    unit = "遂宁市船山区农村公路养护中心"
    proj = "船山区2023年农村公路养护工程"
    ib, ab, eb = 760.00, 820.00, 796.54
    rate = pct(eb, ab)
    assert rate == 97.14
    fs = r2(rate / 10)
    R1 = "完成年度指标值得满分，未完成按比例计分"
    R3 = "≥95%得10分；85%（含）—90%得6分；85%以下不得分"  # PLANT MALFORMED_RULE: no band for 90%（含）–95%
    R6 = "≥85%得满分，每低1个百分点扣2分，扣完为止"
    ind = [(None, None, "年度资金总额", None, f"{rate:.2f}%", 10, fs, "执行率×分值", ""),
           ("产出指标", "数量指标", "农村公路养护里程（公里）", "≥460", "468", 12, 12, R1, ""),
           ("产出指标", "数量指标", "危桥改造数量（座）", "≥6", "6", 10, 10, R1, ""),
           ("产出指标", "质量指标", "路面病害处治合格率", "≥95%", "96.8%", 10, 10, R3, ""),
           ("产出指标", "时效指标", "养护工程按期完工率", "100%", "100%", 8, 8, "按期完成得满分，每延期1个月扣2分", ""),
           ("产出指标", "成本指标", "每公里年度养护成本（万元）", "≤1.8", "1.72", 10, 10, "不超过标准得满分", ""),
           # PLANT RULE_SCORE: 82% against ≥85% with 每低1个百分点扣2分: 10 − 3 × 2 = 4; printed 7 (1 point a percentage point)
           ("效益指标", "社会效益指标", "农村公路优良中等路率", "≥85%", "82%", 10, 7, R6, "部分路段重载车辆通行，路况下降"),
           ("效益指标", "社会效益指标", "因路况原因发生交通事故数（起）", "0", "0", 8, 8, "发生1起扣4分", ""),
           ("效益指标", "可持续影响指标", "农村公路养护长效机制", "健全", "健全", 10, 10, "机制健全得满分，不健全酌情扣分", ""),
           ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "92.3%", 10, 10, "≥90%得满分，未达到按比例计分", "")]
    # PLANT WEIGHTS_VS_FULL_MARK: the rows weigh 10 + 50 + 28 + 10 = 98, the 合计 row prints 分值 100
    assert r2(10 - (85 - 82) * 2) == 4
    w = s2([x[:5] + x[5:7] + ("",) for x in ind], 5)
    assert w == 98, w
    total = s2([x[:5] + x[5:7] + ("",) for x in ind], 6)
    assert total == 94.71, total
    rows = grows([x[:7] + ("",) for x in ind])
    g = with_project(gold(None, dept, 2023, "COUNTY", "四川省", "SELF_EVALUATION", None, total, 100, "优",
                          budget(ib, ab, eb, rate), [], rows), proj, unit)
    meta = dict(dept=dept, unit=unit, proj=proj, ind=ind, total=total, ib=ib, ab=ab, eb=eb, rate=rate, fs=fs)
    fnd = [F("WEIGHTS_VS_FULL_MARK", "合计", "合计 | 100 | 94.71", "100", "98", "HIGH", "ERROR",
             "the 分值 column adds to 98 (年度资金总额 10 + 产出 12 + 10 + 10 + 8 + 10 = 50 + 效益 10 + 8 + 10 = 28 + 满意度 10); "
             "the 合计 row prints 100; the 得分 94.71 adds the rows"),
           F("RULE_SCORE", "农村公路优良中等路率", f"农村公路优良中等路率 | ≥85% | 82% | 10 | 7 | {R6}", "7", "4", "HIGH", "ERROR",
             "the row's own rule: 85% − 82% = 3 个百分点 × 2 = 6 off 10 = 4, printed 7 (1 point a percentage point); with 4 the "
             "得分 would be 91.71, still 优"),
           F("MALFORMED_RULE", "路面病害处治合格率", f"路面病害处治合格率 | ≥95% | 96.8% | 10 | 10 | {R3}", R3,
             "no band for 90%（含）–95%", "HIGH", "WARNING",
             "the bands ≥95% → 10, 85%（含）—90% → 6 and 85%以下 → 0 leave 90%–95% unscored; the row's 96.8% is in the first band, "
             "so its 10 is not affected")]
    return {"stem": "h247_chuanshan_jiaotong", "format": "xlsx", "write": write247, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the indicator part is an Excel TABLE (ListObject “绩效指标表”, style TableStyleMedium2, banded rows, "
                      "filter buttons on its header row): a table cannot hold merged cells, so 一级 and 二级 are REPEATED on "
                      "every row; the 合计 row sits under the table, outside it; the fund block above is ordinary cells",
                      "年度资金总额 is a table row too, its 一级/二级 cells empty (level1/2 null), actual 97.14%: 796.54 ÷ 820.00 "
                      "= 97.14% × 10 = 9.71 (right)",
                      "the 评分标准 column holds each row's rule (not a target, not a score); 危桥改造数量 6 vs ≥6 (met exactly); "
                      "每公里年度养护成本 1.72 vs ≤1.8 (a ceiling, met; 万元 in the name, not a budget figure); 因路况原因发生"
                      "交通事故数 0 vs 0",
                      "the 年度资金总额 line's 其中 fund sources (省级 500.00 + 区级 320.00 = 820.00) carry no 分值 and are not gold "
                      "budget parts"]}


def write247(rep, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.worksheet.table import Table, TableStyleInfo
    M = rep["meta"]
    wb = Workbook()
    wb.properties.creator = wb.properties.lastModifiedBy = "csjt"
    wb.properties.created = wb.properties.modified = H.A.FIXED
    ws = wb.active
    ws.title = "项目支出绩效自评表"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for k, wd in enumerate([12, 16, 30, 11, 11, 8, 8, 36, 26]):
        ws.column_dimensions["ABCDEFGHI"[k]].width = wd
    wrap_ = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)

    def put(r, vals, bold=False, boxed=True, money=(), lefts=()):
        for k, v in enumerate(vals):
            if v is None:
                continue
            c = ws.cell(row=r, column=k + 1, value=v)
            c.font = Font(name="宋体", size=10, bold=bold)
            c.alignment = left if k in lefts else wrap_
            if k in money:
                c.number_format = "#,##0.00"
            if boxed:
                c.border = box

    ws.cell(row=1, column=1, value="项目支出绩效自评表").font = Font(name="宋体", size=16, bold=True)
    ws.merge_cells("A1:I1")
    ws["A1"].alignment = wrap_
    ws.cell(row=2, column=1, value="（2023年度）").alignment = wrap_
    ws.merge_cells("A2:I2")
    put(3, [f"填报单位：{M['unit']}", None, None, None, None, None, None, "金额单位：万元"], boxed=False, lefts=(0,))
    ws.merge_cells("A3:G3")
    put(4, ["项目名称", M["proj"]], lefts=(1,))
    ws.merge_cells("B4:I4")
    put(5, ["主管部门", M["dept"], None, None, "实施单位", None, M["unit"]], lefts=(1, 6))
    ws.merge_cells("B5:D5"); ws.merge_cells("E5:F5"); ws.merge_cells("G5:I5")
    put(6, ["项目资金", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], bold=True)
    put(7, [None, "年度资金总额", M["ib"], M["ab"], M["eb"], 10, f"{M['rate']:.2f}%", M["fs"]], money=(2, 3, 4))
    put(8, [None, "其中：省级资金", 500.00, 500.00, 489.30, None, "97.86%", None], money=(2, 3, 4), lefts=(1,))
    put(9, [None, "区级资金", 260.00, 320.00, 307.24, None, "96.01%", None], money=(2, 3, 4), lefts=(1,))
    assert r2(489.30 + 307.24) == M["eb"]
    ws.merge_cells("A6:A9")
    put(10, ["年度总体目标", "完成全区468公里农村公路日常养护和6座危桥改造，路面病害及时处治，农村公路优良中等路率不低于85%，保障群众安全便捷出行。"],
        lefts=(1,))
    ws.merge_cells("B10:I10")
    ws.row_dimensions[10].height = 32
    hdr = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "评分标准", "偏差原因分析"]
    r0 = 12
    put(11, ["绩效指标完成情况"], bold=True, boxed=False, lefts=(0,))
    for k, h in enumerate(hdr):
        ws.cell(row=r0, column=k + 1, value=h)
    for i, x in enumerate(M["ind"], 1):
        vals = [x[0] or "", x[1] or "", x[2], x[3] or "—", x[4], x[5], x[6], x[7], x[8]]
        for k, v in enumerate(vals):
            c = ws.cell(row=r0 + i, column=k + 1, value=v)
            c.alignment = left if k in (2, 7, 8) else wrap_
        ws.row_dimensions[r0 + i].height = 30
    last = r0 + len(M["ind"])
    tab = Table(displayName="绩效指标表", ref=f"A{r0}:I{last}")
    tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True, showColumnStripes=False)
    ws.add_table(tab)
    put(last + 1, ["合计", None, None, None, None, 100, M["total"], "自评等级：优"], bold=True)
    ws.merge_cells(f"A{last + 1}:E{last + 1}")
    ws.merge_cells(f"H{last + 1}:I{last + 1}")
    put(last + 3, ["说明：1.年度资金总额得分＝执行率×分值；2.各指标按“评分标准”列计分；3.自评等级：" + BANDS], boxed=False,
        lefts=(0,))
    ws.merge_cells(f"A{last + 3}:I{last + 3}")
    ws.row_dimensions[last + 3].height = 30
    put(last + 4, ["填报人：蒋××　　联系电话：0825-22×××××　　填报日期：2024年3月25日"], boxed=False, lefts=(0,))
    ws.merge_cells(f"A{last + 4}:I{last + 4}")
    ws.freeze_panes = f"A{r0 + 1}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(path)
    H.A.normalize_zip(path)


ALL.append(h247())



# ============================================================ h248 黄冈市黄州区民政局 (.doc that is really hand-written RTF, a system export)

def h248():
    dept = "黄冈市黄州区民政局"
    ib_b, ib_p = 1860.00, 3420.00
    ab_b, ab_p = 1912.40, 4186.30
    eb_b, eb_p = 1897.65, 4025.18
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (5280.00, 6098.70, 5922.83, 97.12), (ib, ab, eb, rate)
    eb_b_p = 1879.65  # PLANT BREAKDOWN_SUM: 基本支出 全年执行数 printed 1,879.65; 1,879.65 + 4,025.18 = 5,904.83 ≠ 合计 5,922.83
    # (its own 执行率 99.23% is 1,897.65 ÷ 1,912.40: the 合计 and the rate are right, the part is misprinted)
    ab_prose = 6089.70  # PLANT SAME_FIGURE_DIFFERS: the 部门概况 line states 全年预算数 6,089.70万元; the budget table 6,098.70
    bs = r2(rate / 10)
    ind = [("部门决策", "目标设定", "绩效目标合理性", "合理", "合理", 4, 4, ""),
           ("部门决策", "目标设定", "绩效指标明确性", "明确", "明确", 4, 4, ""),
           ("部门决策", "预算编制", "预算编制科学性", "科学", "基本科学", 4, 3, "年中追加临时救助资金"),
           ("部门管理", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, ""),
           ("部门管理", "财务管理", "资金使用合规性", "合规", "合规", 6, 6, ""),
           ("部门管理", "资产管理", "资产管理规范性", "规范", "基本规范", 4, 3, "部分资产卡片信息不全"),
           ("部门产出", "数量指标", "城乡低保对象保障人数（人）", "≥9800", "9936", 8, 8, ""),
           ("部门产出", "数量指标", "特困人员集中供养人数（人）", "≥520", "548", 6, 6, ""),
           # PLANT TARGET_MET_POINTS_LOST: 100% against 100%, the row scores 5 of 6 and gives no reason
           ("部门产出", "质量指标", "低保资金社会化发放率", "100%", "100%", 6, 5, ""),
           ("部门产出", "质量指标", "养老机构服务质量达标率", "≥90%", "93.5%", 6, 6, ""),
           ("部门产出", "时效指标", "临时救助审批办结时限（个工作日）", "≤15", "9", 6, 6, ""),
           ("部门效益", "社会效益", "困难群众基本生活保障率", "100%", "100%", 10, 10, ""),
           ("部门效益", "社会效益", "社区养老服务设施覆盖率", "≥90%", "86%", 8, P(86, 90, 8), "2个社区设施未建成"),
           ("部门效益", "可持续影响", "社会救助长效机制", "健全", "基本健全", 8, 7, "救助对象动态监测机制待完善"),
           ("部门效益", "满意度", "救助对象满意度", "≥90%", "95.2%", 10, 10, "")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)
    assert total == 95.35, total
    g = gold(None, dept, 2023, "COUNTY", "湖北省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ib, ab, eb, rate, ab_b, eb_b_p, ab_p, eb_p), [], grows(ind))
    meta = dict(dept=dept, ind=ind, total=total, ab_prose=ab_prose, eb=eb, rate=rate,
                bud=[("合计", ib, ab, eb, rate), ("基本支出", ib_b, ab_b, eb_b_p, pct(eb_b, ab_b)),
                     ("项目支出", ib_p, ab_p, eb_p, pct(eb_p, ab_p))])
    fnd = [F("BREAKDOWN_SUM", "全年执行数", "合计 | 5,280.00 | 6,098.70 | 5,922.83 | 97.12% … 基本支出 | 1,860.00 | 1,912.40 | "
             "1,879.65 | 99.23%", "5,922.83", "5,904.83", "HIGH", "ERROR",
             "基本支出 1,879.65 + 项目支出 4,025.18 = 5,904.83, the 合计 全年执行数 prints 5,922.83 (the other columns add up); "
             "the 基本支出 line's own 99.23% is 1,897.65 ÷ 1,912.40, so 1,879.65 looks like 1,897.65 with digits swapped"),
           F("SAME_FIGURE_DIFFERS", "全年预算数", "部门概况：…2023年度全年预算数6,089.70万元… / 合计 | 5,280.00 | 6,098.70",
             "6,089.70", "6,098.70", "HIGH", "WARNING",
             "the 部门概况 line and the budget table state the same 全年预算数 differently (6,089.70 vs 6,098.70, digits swapped); "
             "the table's parts (1,912.40 + 4,186.30) and its 97.12% agree with 6,098.70"),
           F("TARGET_MET_POINTS_LOST", "低保资金社会化发放率", "低保资金社会化发放率 | 100% | 100% | 6 | 5", "5", "6", "HIGH",
             "WARNING", "the target 100% is met exactly and the row loses 1 point with no 偏差原因 given")]
    return {"stem": "h248_huangzhou_minzheng", "format": "doc", "write": write248, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the file is named .doc but is RTF (starts “{\\rtf1\\ansi\\ansicpg936”), as budget-system exports often "
                      "are: written by hand, no styles, every Chinese character as a \\uN? escape (\\uc1, “?” fallback), a "
                      "GB2312 font table (\\fcharset134), tables as \\trowd … \\cellx … \\cell … \\row with 一级 merged down by "
                      "\\clvmgf / \\clvmrg (the continuation cells are empty), the header row marked \\trhdr",
                      "a system header line (系统导出 / 导出时间 2024-04-18 10:32:05 / 数据状态：已审核) and a closing “本表由预算"
                      "管理一体化系统生成” line are not report fields",
                      f"执行率 5,922.83 ÷ 6,098.70 = {rate:.2f}% (right) × 10 = {fmt(bs)}; 项目支出 {pct(eb_p, ab_p):.2f}% right; "
                      "年初 and 全年 columns add up; both parts under budget",
                      "社区养老服务设施覆盖率 8 × 86 ÷ 90 = 7.64 (printed proportion rule); 临时救助审批办结时限 9 vs ≤15 (a "
                      "ceiling, met); 困难群众基本生活保障率 100% vs 100%",
                      "预算编制科学性 −1, 资产管理规范性 −1, 社会救助长效机制 −1 with reasons (judgement)",
                      "the 一级 names are 部门决策 / 部门管理 / 部门产出 / 部门效益 (no 小计 rows)"]}


def rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
    return "".join(out)


def write248(rep, path):
    M = rep["meta"]
    L = ["{\\rtf1\\ansi\\ansicpg936\\deff0\\uc1{\\fonttbl{\\f0\\fnil\\fcharset134 \\u23435?\\u20307?;}{\\f1\\fnil\\fcharset134 "
         "\\u40657?\\u20307?;}}", "\\paperw11906\\paperh16838\\margl1134\\margr1134\\margt1134\\margb1134\\f0\\fs21"]

    def par(t, size=21, bold=False, center=False):
        L.append("\\pard\\plain" + ("\\qc" if center else "") + f"\\f0\\fs{size}" + ("\\b" if bold else "") + " "
                 + rtf_esc(t) + "\\par")

    def trow(cells, xs, merge=None, head=False, bold=False):
        merge = merge or {}
        d = "\\trowd\\trgaph60\\trleft0" + ("\\trhdr" if head else "")
        for k, x in enumerate(xs):
            m = merge.get(k, "")
            d += (f"{m}\\clvertalc\\clbrdrt\\brdrs\\brdrw10\\clbrdrl\\brdrs\\brdrw10\\clbrdrb\\brdrs\\brdrw10"
                  f"\\clbrdrr\\brdrs\\brdrw10\\cellx{x}")
        body = "".join("\\pard\\intbl\\qc\\f0\\fs18" + ("\\b " if bold else " ") + rtf_esc(c) + "\\cell" for c in cells)
        L.append(d + "\n" + body + "\\row")

    par("\u7cfb\u7edf\u5bfc\u51fa\u3000\u5bfc\u51fa\u65f6\u95f4\uff1a2024-04-18 10:32:05\u3000\u6570\u636e\u72b6\u6001\uff1a\u5df2\u5ba1\u6838", 16)
    par(f"{M['dept']}2023年度部门整体支出绩效自评表", 32, True, True)
    par(f"部门概况：{M['dept']}内设7个股室，下属区社会福利院、区救助管理站等4个二级单位。2023年度全年预算数"
        f"{M['ab_prose']:,.2f}万元，全年执行数{M['eb']:,.2f}万元，预算执行率{M['rate']:.2f}%。", 21)
    par("金额单位：万元", 18)
    xs = [2400, 4300, 6200, 8100, 9600]
    trow(["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"], xs, head=True, bold=True)
    for lab, a, b, e, q in M["bud"]:
        trow([lab, f"{a:,.2f}", f"{b:,.2f}", f"{e:,.2f}", f"{q:.2f}%"], xs)
    par("", 12)
    xs = [1100, 2300, 4700, 5750, 6800, 7400, 8000, 9600]
    trow(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"], xs, head=True, bold=True)
    ind = M["ind"]
    for i, x in enumerate(ind):
        first = i == 0 or ind[i - 1][0] != x[0]
        more = i + 1 < len(ind) and ind[i + 1][0] == x[0]
        m0 = "\\clvmgf" if first and more else ("\\clvmrg" if not first else "")
        trow([x[0] if first else "", x[1], x[2], x[3], x[4], fmt(x[5]), fmt(x[6]), x[7]], xs, merge={0: m0})
    trow(["合计", "100", fmt(M["total"]), "自评等级：优"], [6800, 7400, 8000, 9600], bold=True)
    par("说明：1.预算执行率得分＝执行率×10；2.定量指标未达到年度指标值的按“实际完成值÷年度指标值×分值”计分；3.定性指标酌情扣分；"
        "4.自评等级：" + BANDS, 18)
    par("填表人：胡××　　审核人：周××　　联系电话：0713-86×××××", 18)
    par("本表由预算管理一体化系统生成", 16)
    L.append("}")
    with open(path, "w", encoding="ascii", newline="\r\n") as f:
        f.write("\n".join(L) + "\n")


ALL.append(h248())


def main(argv):
    round_main(argv, ALL, "38")


if __name__ == "__main__":
    main(sys.argv[1:])
