#!/usr/bin/python3
"""Round 65 (h379–h383): layouts and file features not used before, each with PLANTED audit problems, made apart from
the code by the corpus65 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report
whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 -B corpus-heldout/src/reports65.py [h379 …]
(needs python-docx, openpyxl and reportlab; the chart caches, the report-server page and the RSS feed are written by
hand:
h379 a 项目 self-evaluation as the county FINANCE BUREAU'S OA SYSTEM prints an incoming document: page 1 the OA's
收文处理单 (来文单位, 来文字号, 收文编号, 份数 / 页数, 拟办意见, 领导批示 with names and dates, the print line), then the
department's 报送函 and its 项目支出绩效自评表 (one ruled grid);
h380 an XLSX 部门整体 form whose 一级 summary exists ONLY as a CHART SHEET (chartsheet: a clustered bar chart 分值 / 得分
per 一级 with data labels), its series pointing at HIDDEN helper columns of the form sheet (typed values, not formulas),
the chart's caches (c:strCache / c:numCache) holding what it shows and plotVisOnly 0 so the hidden cells still plot;
h381 a DOCX issue of a county finance bureau's 《预算绩效管理工作简报》 (工作简报: red 版头 with 期号, 编印单位 and date
above a red rule; a lead article with COUNTY-WIDE figures; a 【典型案例】 article carrying one department's 部门整体
self-evaluation with its 一级 table and 自评表; a 【工作动态】 item; the 版记 with 报送 / 发送 / 印发 and 共印 N 份);
h382 an HTML page saved from a budget system's REPORT-SERVER PREVIEW (帆软 FineReport style 分页预览): a toolbar
(首页 / 上一页 / 第1页/共2页 / 下一页 / 末页 / 导出 / 打印), each report page its own div with a `<table class="x-table">`
whose cells carry position ids (A1-0-0 …) and style classes, an empty spacer column and spacer rows; the indicator
grid runs over TWO report pages, its header row repeated on page 2 and the 一级 cell broken at the page boundary;
h383 an RSS 2.0 FEED (.xml) of a county portal's 预算绩效信息公开 column: channel metadata and four items; the report is
the one item whose content:encoded CDATA holds the whole article (prose, budget table, 自评表); the other items are
notices with a one-line description.)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因 …).
"""
import html as htmlmod
import io
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402
from heldout import fmt, budget, gold  # noqa: E402
from reports4 import pct, F  # noqa: E402
from reports22 import s2, r2, with_project, grows  # noqa: E402
from reports36_common import BANDS, grade, P, main as round_main  # noqa: E402
from reports41 import spans  # noqa: E402

ALL = []


def esc(s):
    return htmlmod.escape(s, quote=True)


def no_half(x, what):
    """a figure printed to 2 decimals must not sit on a half (x.xx5), where rounding conventions differ"""
    assert abs(x * 100 - round(x * 100) - 0.5) > 1e-6 and abs(x * 100 - round(x * 100) + 0.5) > 1e-6, (what, x)


def mc(x):
    return f"{x:,.2f}"


def q(s):
    return f"{s:.2f}%"


def f2(x):
    return f"{x:.2f}"


def secs_of(ind, names):
    return [(n, s2([x for x in ind if x[0] == n], 5), s2([x for x in ind if x[0] == n], 6)) for n in names]


def missed_ok(ind):
    """every row below a quantitative target carries a reason and the proportion score (the traps' rule)"""
    out = []
    for x in ind:
        m_t = re.match(r"^([≥≤]?)(\d+(?:\.\d+)?)", x[3] or "")
        m_a = re.match(r"^(\d+(?:\.\d+)?)", x[4] or "")
        if not m_t or not m_a:
            continue
        t, a = float(m_t.group(2)), float(m_a.group(1))
        if (m_t.group(1) == "≤" and a > t) or (m_t.group(1) != "≤" and a < t):
            out.append((x[2], x[6], P(a, t, x[5]), bool(x[7])))
    return out


# ============================================================ PDF helpers (reportlab, STSong-Light, invariant)

class Sheet:
    """a tiny page writer: text, wrapped paragraphs and ruled grids (every cell, a merged one once, its own rectangle)"""

    def __init__(self, c, W, Hh, x0=56.0):
        self.c, self.W, self.H, self.X0 = c, W, Hh, x0
        self.y = Hh - 64

    def txt(self, x, y, s_, size, align="l"):
        from reportlab.pdfbase import pdfmetrics
        from reports32 import FONT
        self.c.setFont(FONT, size)
        w = pdfmetrics.stringWidth(s_, FONT, size)
        self.c.drawString(x - w / 2 if align == "c" else x - w if align == "r" else x, y, s_)

    def para(self, s_, size=11, indent=True, lead=20.0, width=None):
        from reports32 import wrap
        for ln in wrap(("　　" if indent else "") + s_, width or (self.W - 2 * self.X0), size):
            self.txt(self.X0, self.y, ln, size)
            self.y -= lead

    def grid(self, rows, widths, merges=(), size=8.5, aligns=None, head_rows=(), pad=3.0, lead=10.5, x0=None):
        from reports32 import wrap
        cover = {}
        for r1, c1, r2_, c2 in merges:
            for rr in range(r1, r2_ + 1):
                for cc in range(c1, c2 + 1):
                    cover[(rr, cc)] = (r1, c1, r2_, c2)
        xs = [self.X0 if x0 is None else x0]
        for w in widths:
            xs.append(xs[-1] + w)
        heights = []
        for r, row in enumerate(rows):
            h = lead + 2 * pad + 2
            for k, s_ in enumerate(row):
                m = cover.get((r, k))
                if m and ((m[0], m[1]) != (r, k) or m[2] > m[0]):
                    continue
                span = (m[3] - m[1] + 1) if m else 1
                n = len(wrap(s_ or "", sum(widths[k:k + span]) - 2 * pad, size))
                h = max(h, n * lead + 2 * pad + 2)
            heights.append(h)
        ys = [self.y + 8]
        for h in heights:
            ys.append(ys[-1] - h)
        self.c.setLineWidth(0.6)
        for r, row in enumerate(rows):
            for k, s_ in enumerate(row):
                m = cover.get((r, k))
                if m and (m[0], m[1]) != (r, k):
                    continue
                r2_, c2 = (m[2], m[3]) if m else (r, k)
                xa, xb, ya, yb = xs[k], xs[c2 + 1], ys[r2_ + 1], ys[r]
                self.c.rect(xa, ya, xb - xa, yb - ya, stroke=1, fill=0)
                lines = wrap(s_, xb - xa - 2 * pad, size) if s_ else []
                al = "c" if (aligns is None or r in head_rows) else aligns[k]
                ty = (ya + yb) / 2 + (len(lines) - 1) * lead / 2 - size * 0.35
                for i, ln in enumerate(lines):
                    xx = (xa + xb) / 2 if al == "c" else xa + pad if al == "l" else xb - pad
                    self.txt(xx, ty - i * lead, ln, size, al)
        self.y = ys[-1] - 18
        return ys


# ============================================================ h379 临洮县农业农村局 (PDF: the finance bureau's OA 收文处理单 + the 来文)

def h379():
    dept, unit = "临洮县农业农村局", "临洮县农业技术推广中心"
    project = "2024年临洮县马铃薯良种繁育基地建设项目"
    src = [("中央财政衔接推进乡村振兴补助资金", 500.00, 500.00, 482.60), ("省级财政衔接资金", 200.00, 260.00, 231.45),
           ("县级配套资金", 160.00, 160.00, 138.70)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    assert (ia, aa, ea, rate) == (860.00, 920.00, 852.75, 92.69), (ia, aa, ea, rate)
    srates = [pct(x[3], x[2]) for x in src]
    assert srates == [96.52, 89.02, 86.69], srates
    fs_true = r2(rate / 10)
    no_half(ea / aa * 10, "fund")
    assert fs_true == 9.27
    fs = 9.72  # PLANT BUDGET_ROW_SCORE: 年度资金总额 得分 9.72, 执行率 92.69% × 分值 10 = 9.27 (digits transposed)
    ontime = 4  # PLANT TARGET_MET_POINTS_LOST: 种薯按期供应率 96.8% ≥95% at 4 of 5, no 偏差原因
    ind = [("产出指标", "数量指标", "马铃薯原种繁育面积", "≥2000亩", "2150亩", 8, 8, ""),
           ("产出指标", "数量指标", "脱毒种薯生产量", "≥1.2万吨", "1.05万吨", 8, P(1.05, 1.2, 8),
            "6月持续干旱影响单产；按完成比例计分"),
           ("产出指标", "数量指标", "新建标准化防虫网棚", "≥40座", "40座", 6, 6, ""),
           ("产出指标", "数量指标", "培训种薯生产技术人员", "≥600人次", "620人次", 5, 5, ""),
           ("产出指标", "质量指标", "种薯质量检测合格率", "≥98%", "99.2%", 6, 6, ""),
           ("产出指标", "质量指标", "网棚建设验收合格率", "100%", "100%", 5, 5, ""),
           ("产出指标", "时效指标", "种薯按期供应率", "≥95%", "96.8%", 5, ontime, ""),
           ("产出指标", "成本指标", "网棚单位建设成本", "≤3.5万元/座", "3.38万元/座", 5, 5, ""),
           ("效益指标", "经济效益指标", "带动种植户户均增收", "≥1500元", "1420元", 7, P(1420, 1500, 7),
            "马铃薯收购价格下行；按完成比例计分"),
           ("效益指标", "社会效益指标", "带动脱贫户参与种薯生产", "≥350户", "362户", 6, 6, ""),
           ("效益指标", "生态效益指标", "化学农药使用量减少率", "≥8%", "9.1%", 5, 5, ""),
           ("效益指标", "可持续影响指标", "良种繁育体系建设", "健全", "基本健全", 6, 5, "村级种薯扩繁点管护责任未完全落实"),
           ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "92.3%", 8, 8, ""),
           ("满意度指标", "服务对象满意度指标", "种薯生产合作社满意度", "≥90%", "93.5%", 8, 8, "")]
    # PLANT WEIGHTS_VS_FULL_MARK: the 14 rows' 分值 add to 88, + 10 for the fund line = 98; the 总分 row says 100
    assert len(ind) == 14 and s2(ind, 5) == 88
    no_half(1420 / 1500 * 7, "prop")
    assert [(a, b, c) for a, b, c, d in missed_ok(ind)] == [("脱毒种薯生产量", 7.0, 7.0), ("带动种植户户均增收", 6.63, 6.63)]
    assert all(d for *_, d in missed_ok(ind))
    total = r2(fs + s2(ind, 6))
    assert total == 94.35 and grade(total) == "优" and grade(r2(total - fs + fs_true + 1)) == "优", total
    fund = (None, None, "年度资金总额", None, q(rate), 10, fs, "")
    g = gold(None, dept, 2024, "COUNTY", "甘肃省", "SELF_EVALUATION", None, total, 100, "优", budget(ia, aa, ea, rate), [],
             grows([fund] + ind))
    g = with_project(g, project, unit)
    oa = dict(bureau="临洮县财政局", no="2025-收-0386", doc_no="临农发〔2025〕31号", recv="2025年4月21日", copies="1", pages="3",
              title=f"{dept}关于报送{project}绩效自评结果的函", pri="平件",
              advice=("请预算绩效管理股审核，提出意见。", "办公室　王丽", "2025-04-21"),
              instr=("同意。请绩效股认真审核自评结果，重点核实指标得分与资金执行情况。", "李建国", "2025-04-22"),
              done="已转预算绩效管理股办理（承办人：张文涛）。", printed="打印人：王丽　　打印时间：2025-04-23 09:14:26　　临洮县财政局协同办公系统")
    meta = dict(dept=dept, unit=unit, project=project, src=src, srates=srates, ia=ia, aa=aa, ea=ea, rate=rate, fs=fs,
                ind=ind, total=total, oa=oa)
    fnd = [F("BUDGET_ROW_SCORE", "年度资金总额",
             f"年度资金总额 | {mc(ia)} | {mc(aa)} | {mc(ea)} | 10 | {q(rate)} | {f2(fs)}", f2(fs), f2(fs_true), "HIGH", "ERROR",
             f"the fund line's 得分 is 执行率 × 分值 (the form's own rule): {q(rate)} × 10 = 9.269 → 9.27; it prints 9.72 (digits "
             "transposed) and the 总分 carries the 9.72; 优 either way"),
           F("WEIGHTS_VS_FULL_MARK", "总分", f"总分 | 100 | {f2(total)} / 年度资金总额 分值 10 + 14 rows' 分值 88", "100", "98",
             "HIGH", "ERROR",
             "the 分值 the form prints add to 98 (10 for the fund line, 88 for the 14 indicator rows: 产出 48, 效益 24, 满意度 16), "
             "not the 100 its 总分 row states; the usual template gives the indicator rows 90, so 2 points of 分值 are missing "
             "(which row lost them the form does not say)"),
           F("TARGET_MET_POINTS_LOST", "种薯按期供应率", "产出指标 | 时效指标 | 种薯按期供应率 | ≥95% | 96.8% | 5 | 4", "4", "5",
             "HIGH", "WARNING",
             "96.8% meets the ≥95% target, yet the row scores 4 of 5 with no 偏差原因; a met target scores its full 5")]
    return {"stem": "h379_lintao_nongye", "format": "pdf", "draw": draw379, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["page 1 is the FINANCE BUREAU's OA 收文处理单, not the report: its 收文编号 2025-收-0386, 来文字号 临农发〔2025〕31号, "
                      "份数 1, 页数 3, 收文日期 and the dates of the 拟办意见 (2025-04-21) and 领导批示 (2025-04-22), the names (王丽, "
                      "李建国, 张文涛) and the print line (打印时间 2025-04-23 09:14:26) are the bureau's handling record; its 文件标题 "
                      "names the project; 领导批示 asks to check the scores (an instruction, not a finding)",
                      f"the 报送函 (page 2) repeats the form's 总分 {f2(total)} and 优 (the same figures, no SAME_FIGURE_DIFFERS) and "
                      "cites 临财绩〔2025〕2号",
                      f"funds: the three sources add up in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {q(rate)}, 中央 96.52%, "
                      "省级 89.02%, 县级 86.69% right; none over budget; 年初 < 全年 (省级 追加)",
                      "two rows below target scored by the proportion rule with reasons: 脱毒种薯 8 × 1.05 ÷ 1.2 = 7, 户均增收 7 × 1420 "
                      "÷ 1500 = 6.627 → 6.63; 良种繁育体系 −1 with a reason (judgement); 防虫网棚 40 vs ≥40座 and 验收合格率 100% vs "
                      "100% (met exactly); 网棚单位建设成本 3.38 vs ≤3.5万元/座 (a ceiling, met; not a budget figure)",
                      f"总分 {f2(total)} = the fund line's printed 9.72 + the 14 rows (84.63): no TOTAL_VS_ROWS; 优 on 94.35, on "
                      "93.90 with the fund line corrected and out of 98 as well"]}


def draw379(rep, path):
    from reportlab.lib.pagesizes import A4
    from reports32 import new_canvas
    M = rep["meta"]
    W, Hh = A4
    buf = io.BytesIO()
    c = new_canvas(buf, A4)
    s = Sheet(c, W, Hh)
    oa = M["oa"]
    # ---- page 1: the OA 收文处理单
    s.txt(W / 2, Hh - 80, f"{oa['bureau']}收文处理单", 20, "c")
    s.y = Hh - 120
    s.txt(s.X0, s.y, f"收文编号：{oa['no']}", 10.5)
    s.txt(W - s.X0, s.y, f"收文日期：{oa['recv']}", 10.5, "r")
    s.y -= 22
    wd = (80, 161.28, 80, 161.28)
    a1, a2 = oa["advice"], oa["instr"]
    rows = [["来文单位", M["dept"], "来文字号", oa["doc_no"]],
            ["密　　级", "无", "紧急程度", oa["pri"]],
            ["份　　数", oa["copies"], "页　　数", oa["pages"]],
            ["文件标题", oa["title"], "", ""],
            ["拟办意见", f"{a1[0]}　　{a1[1]}　{a1[2]}", "", ""],
            ["领导批示", f"{a2[0]}　　{a2[1]}　{a2[2]}", "", ""],
            ["办理情况", oa["done"], "", ""],
            ["备　　注", "", "", ""]]
    merges = [(r, 1, r, 3) for r in range(3, 8)]
    ys = s.grid(rows, wd, merges, size=11, aligns="clcl", lead=16, pad=8)
    s.txt(W / 2, 40, oa["printed"], 8.5, "c")
    c.showPage()
    # ---- page 2: the 报送函
    s.y = Hh - 90
    s.txt(W / 2, s.y, M["dept"], 18, "c")
    s.y -= 30
    s.txt(W / 2, s.y, f"关于报送{M['project']}", 15, "c")
    s.y -= 24
    s.txt(W / 2, s.y, "绩效自评结果的函", 15, "c")
    s.y -= 40
    s.para(f"{oa['bureau']}：", 12, indent=False, lead=24)
    s.para("根据《临洮县财政局关于开展2024年度预算绩效自评工作的通知》（临财绩〔2025〕2号）要求，我局组织对"
           f"{M['project']}开展了绩效自评。经自评，该项目总分{f2(M['total'])}分，自评等级为“优”。现将《项目支出绩效自评表》报送你局，"
           "请审核。", 12, lead=24)
    s.y -= 10
    s.para("附件：项目支出绩效自评表", 12, lead=24)
    s.y -= 40
    s.txt(W - s.X0 - 20, s.y, M["dept"], 12, "r")
    s.y -= 24
    s.txt(W - s.X0 - 20, s.y, "2025年4月18日", 12, "r")
    s.y -= 40
    s.para("（联系人：马红霞　联系电话：0932-2236158）", 11, lead=22)
    c.showPage()
    # ---- page 3: the 项目支出绩效自评表, one ruled grid
    s.X0 = 40.0
    s.txt(W / 2, Hh - 56, "项目支出绩效自评表", 16, "c")
    s.txt(W / 2, Hh - 76, "（2024年度）", 11, "c")
    s.y = Hh - 98
    s.txt(s.X0, s.y, f"填报单位（盖章）：{M['unit']}", 9.5)
    s.txt(W - s.X0, s.y, "金额单位：万元", 9.5, "r")
    s.y -= 16
    wd = (44, 50, 92, 60, 60, 38, 58, 52, 61.28)
    ind = M["ind"]
    rows = [["项目名称", "", M["project"], "", "", "", "", "", ""],
            ["主管部门", "", M["dept"], "", "", "实施单位", "", M["unit"], ""],
            ["项目资金（万元）", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "", "年度资金总额", mc(M["ia"]), mc(M["aa"]), mc(M["ea"]), "10", q(M["rate"]), f2(M["fs"])]]
    for (n, a, b, e), rt in zip(M["src"], M["srates"]):
        rows.append(["", "", f"其中：{n}" if n.startswith("中央") else n, mc(a), mc(b), mc(e), "—", q(rt), "—"])
    g0 = len(rows)
    rows += [["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", ""],
             ["", "建设马铃薯原种繁育基地2000亩，生产脱毒种薯1.2万吨，新建标准化防虫网棚40座，培训种薯生产技术人员600人次；种薯质量"
                  "检测合格率98%以上，带动种植户户均增收1500元以上。", "", "", "",
              "建成原种繁育基地2150亩，生产脱毒种薯1.05万吨（受6月持续干旱影响），新建防虫网棚40座，培训技术人员620人次；种薯质量"
              "检测合格率99.2%，带动种植户户均增收1420元。", "", "", ""]]
    h0 = len(rows)
    rows.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", ""])
    for x in ind:
        rows.append([x[0], x[1], x[2], x[3], x[4], fmt(x[5]), fmt(x[6]), x[7], ""])
    t0 = len(rows)
    rows.append(["总分", "", "", "", "", "100", f2(M["total"]), "自评等级：优", ""])
    merges = [(0, 0, 0, 1), (0, 2, 0, 8), (1, 0, 1, 1), (1, 2, 1, 4), (1, 5, 1, 6), (1, 7, 1, 8),
              (2, 0, g0 - 1, 1), (g0, 0, g0 + 1, 0), (g0, 1, g0, 4), (g0, 5, g0, 8), (g0 + 1, 1, g0 + 1, 4),
              (g0 + 1, 5, g0 + 1, 8), (h0, 7, h0, 8), (t0, 0, t0, 4), (t0, 7, t0, 8)]
    for r in range(h0 + 1, t0):
        merges.append((r, 7, r, 8))
    for col in (0, 1):
        for a_, b_ in spans(ind, col):
            if b_ > a_:
                merges.append((h0 + 1 + a_, col, h0 + 1 + b_, col))
    s.grid(rows, wd, merges, size=7.5, aligns="cclcccccl", head_rows=(2, g0, h0), pad=2.5, lead=9.5)
    s.para("说明：1.年度资金总额得分＝执行率×分值；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”计分，"
           "反向指标（“≤”）不超过指标值的得满分；3.定性指标根据完成情况酌情扣分；4.等级划分：" + BANDS, 8, indent=False,
           lead=12, width=W - 80)
    s.y -= 4
    s.txt(s.X0, s.y, "填报人：马红霞　　联系电话：0932-2236158　　单位负责人：赵永刚　　填报日期：2025年4月18日", 8.5)
    assert s.y > 40, s.y
    c.showPage()
    c.save()
    with open(path, "wb") as f:
        f.write(buf.getvalue())


ALL.append(h379())


# ============================================================ h380 南江县住房和城乡建设局 (XLSX, the 一级 summary only in a CHART SHEET)

def h380():
    dept = "南江县住房和城乡建设局"
    parts = {"基本支出": (1286.40, 1325.18, 1301.62), "项目支出": (2460.00, 3184.56, 2516.35)}
    ib, ab, eb = parts["基本支出"]
    ip, ap, ep = parts["项目支出"]
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    rate, rb, rp = pct(ea, aa), pct(eb, ab), pct(ep, ap)
    assert (ia, aa, ea, rate, rb, rp) == (3746.40, 4509.74, 3817.97, 84.66, 98.22, 79.02), (ia, aa, ea, rate, rb, rp)
    no_half(ea / aa * 10, "rate")
    gas = 6.5  # PLANT ROW_SCORE_OVER_WEIGHT: 城镇燃气管道更新改造 得分 6.5 of 分值 6
    ind = [("预算执行", "预算执行", "预算执行率", "100%", q(rate), 10, r2(rate / 10), "项目支出中2个棚改项目拨付进度滞后"),
           ("产出指标", "数量指标", "棚户区改造开工", "≥420套", "356套", 7, P(356, 420, 7), "2个片区征收未完成；按完成比例计分"),
           ("产出指标", "数量指标", "老旧小区改造", "≥12个", "10个", 7, P(10, 12, 7), "2个小区居民意见未统一；按完成比例计分"),
           ("产出指标", "数量指标", "农村危房改造", "≥85户", "78户", 6, P(78, 85, 6), "7户因外出务工未动工；按完成比例计分"),
           ("产出指标", "数量指标", "城镇燃气管道更新改造", "≥18公里", "18.6公里", 6, gas, ""),
           ("产出指标", "质量指标", "工程质量验收合格率", "100%", "100%", 6, 6, ""),
           ("产出指标", "质量指标", "建筑施工安全事故", "0起", "0起", 4, 4, ""),
           ("产出指标", "时效指标", "项目按期完工率", "≥90%", "80%", 4, P(80, 90, 4), "雨季停工；按完成比例计分"),
           ("产出指标", "成本指标", "老旧小区改造单位成本", "≤450元/平方米", "436元/平方米", 5, 5, ""),
           ("效益指标", "经济效益指标", "带动建筑业产值", "≥3.5亿元", "2.95亿元", 5, P(2.95, 3.5, 5), "棚改开工不足；按完成比例计分"),
           ("效益指标", "社会效益指标", "住房保障对象受益户数", "≥600户", "548户", 6, P(548, 600, 6), "部分房源未分配；按完成比例计分"),
           ("效益指标", "社会效益指标", "城镇生活垃圾无害化处理率", "≥95%", "91.2%", 5, P(91.2, 95, 5), "填埋场扩容未完成；按完成比例计分"),
           ("效益指标", "社会效益指标", "城市燃气普及率", "≥92%", "88.4%", 5, P(88.4, 92, 5), "新区管网未通气；按完成比例计分"),
           ("效益指标", "生态效益指标", "城市生活污水集中收集率", "≥60%", "55.6%", 5, P(55.6, 60, 5), "雨污分流改造滞后；按完成比例计分"),
           ("效益指标", "生态效益指标", "城市建成区排水管网覆盖率", "≥85%", "81.3%", 5, P(81.3, 85, 5), "新区管网未完工；按完成比例计分"),
           ("效益指标", "可持续影响指标", "住房保障长效管理机制", "健全", "基本健全", 4, 2, "保障房后续管理制度未出台，动态退出机制未建立"),
           ("满意度指标", "服务对象满意度指标", "保障对象满意度", "≥90%", "72.6%", 10, P(72.6, 90, 10), "部分安置房交付延期；按完成比例计分")]
    assert len(ind) == 17 and s2(ind, 5) == 100
    for a, t_, w in ((356, 420, 7), (10, 12, 7), (78, 85, 6), (80, 90, 4), (2.95, 3.5, 5), (91.2, 95, 5), (88.4, 92, 5),
                     (55.6, 60, 5), (81.3, 85, 5), (72.6, 90, 10)):
        no_half(a / t_ * w, "prop")
    names = ["预算执行", "产出指标", "效益指标", "满意度指标"]
    secs_true = secs_of(ind, names)
    total = s2(ind, 6)
    assert grade(total) == "良" and grade(r2(total - gas + 6)) == "良", total
    assert total == 89.57, total
    assert secs_true == [("预算执行", 10, 8.47), ("产出指标", 45, 42.33), ("效益指标", 35, 30.7), ("满意度指标", 10, 8.07)], \
        secs_true
    secs_ = list(secs_true)
    secs_[2] = ("效益指标", 35, 30.07)  # PLANT SECTION_VS_ROWS: the chart's 效益指标 得分 30.07 (helper cell typed), rows 30.70
    grade_shown = "优"  # PLANT GRADE_OUTSIDE_BANDS: 87.76 is 良 by the printed bands, the form says 优
    g = gold(None, dept, 2024, "COUNTY", "四川省", "SELF_EVALUATION", None, total, 100, grade_shown,
             budget(ia, aa, ea, rate, ab, eb, ap, ep), secs_, grows(ind))
    meta = dict(dept=dept, parts=parts, ia=ia, aa=aa, ea=ea, rate=rate, rb=rb, rp=rp, ind=ind, secs=secs_, total=total,
                grade=grade_shown)
    fnd = [F("SECTION_VS_ROWS", "效益指标", "一级指标得分（图表）| 效益指标 | 分值 35 | 得分 30.07", "30.07", "30.70", "HIGH", "ERROR",
             "the chart sheet's 效益指标 bar is labelled 30.07 (its hidden source cell M7 is a typed value, not a SUM; digits "
             "transposed); the form's seven 效益指标 rows score 4.21 + 5.48 + 4.8 + 4.8 + 4.63 + 4.78 + 2 = 30.70; the 总分 89.57 "
             "is the rows' total"),
           F("ROW_SCORE_OVER_WEIGHT", "城镇燃气管道更新改造",
             "产出指标 | 数量指标 | 城镇燃气管道更新改造 | ≥18公里 | 18.6公里 | 6 | 6.5", "6.5", "≤ 6", "HIGH", "ERROR",
             "the row scores 6.5 against a 分值 of 6 (18.6公里 exceeds ≥18公里, which earns the full 6, no more); the 总分 and the "
             "chart's 产出指标 42.33 carry the extra 0.5 (one finding)"),
           F("GRADE_OUTSIDE_BANDS", "自评等级", f"总分 | 100 | {f2(total)} | 自评等级：优 / 说明：{BANDS}", "优", "良", "HIGH", "ERROR",
             f"the 总分 {f2(total)} is below 90: the printed bands give 良 (80–90), not 优; still 良 at 89.07 with the over-weight "
             "row corrected")]
    return {"stem": "h380_nanjiang_zhujian", "format": "xlsx", "write": write380, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["the 一级 summary is ONLY in the CHART SHEET “一级指标得分” (a clustered bar chart, series 分值 and 得分, data "
                      "labels shown): its series point at the form sheet's HIDDEN columns K:M (K4:M8, headed “图表数据”), typed values; "
                      "the chart's caches (strCache / numCache) equal those cells; plotVisOnly 0 (“显示隐藏行列中的数据”) is why "
                      "hidden cells still plot; the chart's title and axis are not figures",
                      f"budget: 基本 + 项目 = 合计 in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {q(rate)}, 基本 {q(rb)}, 项目 "
                      f"{q(rp)} right (low but right); none over budget; 年初 < 全年 (追加)",
                      f"预算执行率 row: its rule 执行率 × 分值 gives {q(rate)} × 10 = 8.466 → 8.47, as printed (with a reason)",
                      "ten rows below target scored by the proportion rule with reasons (棚户区 5.93, 老旧小区 5.83, 危房 5.51, 完工率 "
                      "3.56, 产值 4.21, 受益户数 5.48, 垃圾 4.8, 燃气普及率 4.8, 污水 4.63, 排水 4.78, 满意度 10 × 72.6 ÷ 90 = 8.07); 长效管理机制 −2 "
                      "with a reason (judgement); 安全事故 0 vs 0起 (met); 单位成本 436 vs ≤450元/平方米 (a ceiling, met; not a "
                      "budget figure)",
                      "the chart's 预算执行 8.47, 产出指标 42.33 and 满意度指标 8.07 and every 分值 (10 / 45 / 35 / 10) equal the rows; "
                      f"总分 {f2(total)} = the 17 rows; the 分值 add to 100"]}


def write380(rep, path):
    from openpyxl.chart import BarChart, Reference
    from openpyxl.chart.label import DataLabelList
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from reports62 import new_book
    M = rep["meta"]
    wb, ws = new_book("自评表")
    for k, wd in enumerate((11, 15, 26, 14, 14, 8, 8, 32, 4, 4, 12, 8, 8)):
        ws.column_dimensions[chr(65 + k)].width = wd
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    f10, f10b = Font(name="宋体", size=10), Font(name="宋体", size=10, bold=True)
    head = PatternFill("solid", fgColor="F2F2F2")

    def put(r, c, v, bold=False, al="center", fill=None, fmt_=None, border=True):
        cell = ws.cell(row=r, column=c, value=v)
        cell.font = f10b if bold else f10
        cell.alignment = Alignment(horizontal=al, vertical="center", wrap_text=True)
        if border:
            cell.border = box
        if fill:
            cell.fill = fill
        if fmt_:
            cell.number_format = fmt_
        return cell

    t = ws.cell(row=1, column=1, value="部门整体支出绩效自评表")
    t.font = Font(name="宋体", size=16, bold=True)
    t.alignment = Alignment(horizontal="center")
    ws.merge_cells("A1:H1")
    ws.cell(row=2, column=1, value="（2024年度）").alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:H2")
    ws.cell(row=3, column=1, value=f"部门（单位）名称：{M['dept']}")
    ws.merge_cells("A3:E3")
    ws.cell(row=3, column=8, value="金额单位：万元").alignment = Alignment(horizontal="right")
    for k, h in enumerate(("项目", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "", "")):
        put(4, k + 1, h, True, fill=head)
    ws.merge_cells("A4:B4")
    ws.merge_cells("F4:H4")
    bl = [("部门预算合计", (M["ia"], M["aa"], M["ea"]), M["rate"]), ("其中：基本支出", M["parts"]["基本支出"], M["rb"]),
          ("　　　项目支出", M["parts"]["项目支出"], M["rp"])]
    for i, (n, v, rt) in enumerate(bl):
        r = 5 + i
        put(r, 1, n, al="left")
        put(r, 2, None)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        for k in range(3):
            put(r, 3 + k, v[k], al="right", fmt_="#,##0.00")
        put(r, 6, round(rt / 100, 6), fmt_="0.00%")
        for cc in (7, 8):
            put(r, cc, None)
        ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=8)
    h0 = 9
    for k, h in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")):
        put(h0, k + 1, h, True, fill=head)
    ind = M["ind"]
    for i, x in enumerate(ind):
        r = h0 + 1 + i
        for k in range(5):
            put(r, k + 1, x[k], al="left" if k == 2 else "center")
        put(r, 6, x[5])
        put(r, 7, x[6], fmt_="0.00" if not float(x[6]).is_integer() else "0")
        put(r, 8, x[7], al="left")
    for col in (0, 1):
        for a_, b_ in spans(ind, col):
            if b_ > a_:
                ws.merge_cells(start_row=h0 + 1 + a_, start_column=col + 1, end_row=h0 + 1 + b_, end_column=col + 1)
    tr = h0 + 1 + len(ind)
    put(tr, 1, "总分", True)
    for cc in range(2, 6):
        put(tr, cc, None)
    ws.merge_cells(start_row=tr, start_column=1, end_row=tr, end_column=5)
    put(tr, 6, 100, True)
    put(tr, 7, M["total"], True, fmt_="0.00")
    put(tr, 8, f"自评等级：{M['grade']}", True)
    note = ("说明：1.预算执行率得分＝执行率×分值；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”计分，反向指标（“≤”）"
            "不超过指标值的得满分；3.定性指标根据完成情况酌情扣分；4.各一级指标得分情况见“一级指标得分”图表；5.等级划分：" + BANDS)
    c_ = ws.cell(row=tr + 1, column=1, value=note)
    c_.font = Font(name="宋体", size=9)
    c_.alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=tr + 1, start_column=1, end_row=tr + 1, end_column=8)
    ws.row_dimensions[tr + 1].height = 42
    ws.cell(row=tr + 2, column=1, value="填报人：何晓燕　　联系电话：0827-8221736　　单位负责人：苟建平　　填报日期：2025年4月24日")
    ws.merge_cells(start_row=tr + 2, start_column=1, end_row=tr + 2, end_column=8)
    # the hidden chart source: K4:M8, typed values
    ws.cell(row=4, column=11, value="图表数据")
    ws.cell(row=4, column=12, value="分值")
    ws.cell(row=4, column=13, value="得分")
    for i, (n, w, sc) in enumerate(M["secs"]):
        ws.cell(row=5 + i, column=11, value=n)
        ws.cell(row=5 + i, column=12, value=w)
        ws.cell(row=5 + i, column=13, value=sc)
    for col in ("K", "L", "M"):
        ws.column_dimensions[col].hidden = True
    assert ws["C14"].value == "城镇燃气管道更新改造" and ws["G14"].value == 6.5 and ws["K7"].value == "效益指标"
    ws.page_setup.orientation = "landscape"
    ch = BarChart()
    ch.type = "col"
    ch.grouping = "clustered"
    ch.title = "一级指标得分情况"
    ch.y_axis.title = "分"
    ch.visible_cells_only = False
    data = Reference(ws, min_col=12, max_col=13, min_row=4, max_row=8)
    cats = Reference(ws, min_col=11, min_row=5, max_row=8)
    ch.add_data(data, titles_from_data=True)
    ch.set_categories(cats)
    ch.dataLabels = DataLabelList()
    ch.dataLabels.showVal = True
    cs = wb.create_chartsheet("一级指标得分")
    cs.add_chart(ch)
    wb.save(path)
    add_caches(path, M)
    H.A.normalize_zip(path)


def add_caches(path, M):
    """Excel writes every series' caches into the chart part; openpyxl writes only the references: add them
    (c:tx strCache, c:cat strRef + strCache, c:val numCache) so the chart part holds what Excel last drew"""
    with zipfile.ZipFile(path) as z:
        items = {i.filename: z.read(i.filename) for i in z.infolist()}
    name = [n for n in items if re.match(r"xl/charts/chart\d+\.xml$", n)]
    assert len(name) == 1, name
    x = items[name[0]].decode("utf-8")
    cats = [n for n, _, _ in M["secs"]]

    def strcache(vals):
        return (f'<strCache><ptCount val="{len(vals)}"/>' +
                "".join(f'<pt idx="{i}"><v>{esc(v)}</v></pt>' for i, v in enumerate(vals)) + "</strCache>")

    def numcache(vals):
        return (f'<numCache><formatCode>General</formatCode><ptCount val="{len(vals)}"/>' +
                "".join(f'<pt idx="{i}"><v>{fmt(v)}</v></pt>' for i, v in enumerate(vals)) + "</numCache>")
    for col, title, vals in (("L", "分值", [w for _, w, _ in M["secs"]]), ("M", "得分", [s for _, _, s in M["secs"]])):
        tx = f"<tx><strRef><f>'自评表'!{col}4</f></strRef></tx>"
        val = f"<val><numRef><f>'自评表'!${col}$5:${col}$8</f></numRef></val>"
        assert x.count(tx) == 1 and x.count(val) == 1, (tx, val)
        x = x.replace(tx, f"<tx><strRef><f>'自评表'!${col}$4</f>{strcache([title])}</strRef></tx>")
        x = x.replace(val, f"<val><numRef><f>'自评表'!${col}$5:${col}$8</f>{numcache(vals)}</numRef></val>")
    cat = "<cat><numRef><f>'自评表'!$K$5:$K$8</f></numRef></cat>"  # text categories: a string reference, as Excel writes
    assert x.count(cat) == 2, x.count(cat)
    x = x.replace(cat, f"<cat><strRef><f>'自评表'!$K$5:$K$8</f>{strcache(cats)}</strRef></cat>")
    assert x.count('<plotVisOnly val="0"/>') == 1, "plotVisOnly"
    items[name[0]] = x.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in items.items():
            z.writestr(n, data)


ALL.append(h380())


# ============================================================ h381 西峡县市场监督管理局 (DOCX, a finance bureau's 工作简报 issue)

def h381():
    dept = "西峡县市场监督管理局"
    parts = {"基本支出": (2168.30, 2236.54, 2201.88), "项目支出": (586.00, 912.40, 836.27)}
    ib, ab, eb = parts["基本支出"]
    ip, ap, ep = parts["项目支出"]
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    rate, rb, rp = pct(ea, aa), pct(eb, ab), pct(ep, ap)
    assert (ia, aa, ea, rate, rb, rp) == (2754.30, 3148.94, 3038.15, 96.48, 98.45, 91.66), (ia, aa, ea, rate, rb, rp)
    market = 6  # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: 农贸市场标准化改造 “8个 / 已完成” at full 6; the article says 6 of 8 done
    ind = [("决策", "绩效目标", "绩效目标合理性", "合理", "合理", 4, 4, ""),
           ("决策", "绩效目标", "绩效指标明确性", "明确", "明确", 3, 3, ""),
           ("决策", "预算编制", "预算编制科学性", "科学", "部分项目预算偏大", 3, 2.5, "2个项目年中调减预算，扣0.5分"),
           ("过程", "预算执行", "预算执行率", "≥95%", q(rate), 6, 6, ""),
           ("过程", "预算执行", "“三公”经费控制率", "≤100%", "86.4%", 4, 4, ""),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 4, 4, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 4, 3, "快检设备未及时登记入账，扣1分"),
           ("过程", "政府采购", "政府采购执行率", "100%", "100%", 2, 2, ""),
           ("产出", "数量指标", "食品安全监督抽检批次", "≥2600批次", "2712批次", 8, 8, ""),
           ("产出", "数量指标", "农贸市场标准化改造", "8个", "已完成", 6, market, ""),
           ("产出", "数量指标", "特种设备定期检验", "≥3200台", "3046台", 6, P(3046, 3200, 6), "部分企业设备停用未报检；按完成比例计分"),
           ("产出", "质量指标", "抽检不合格食品核查处置率", "100%", "100%", 7, 7, ""),
           ("产出", "时效指标", "投诉举报按时办结率", "≥98%", "99.3%", 7, 7, ""),
           ("产出", "成本指标", "食品抽检批次平均成本", "≤1200元/批次", "1136元/批次", 6, 6, ""),
           ("效益", "社会效益", "食品安全评价性抽检合格率", "≥98%", "98.6%", 8, 8, ""),
           ("效益", "社会效益", "新增市场主体", "≥4500户", "4218户", 7, P(4218, 4500, 7), "个体工商户新设放缓；按完成比例计分"),
           ("效益", "可持续影响", "智慧监管长效机制", "健全", "基本健全", 7, 6, "移动执法终端配备不足，扣1分"),
           ("效益", "满意度", "群众满意度", "≥90%", "93.1%", 8, 8, "")]
    assert len(ind) == 18 and s2(ind, 5) == 100
    for a, t_, w in ((3046, 3200, 6), (4218, 4500, 7)):
        no_half(a / t_ * w, "prop")
    names = ["决策", "过程", "产出", "效益"]
    secs_ = secs_of(ind, names)
    assert secs_ == [("决策", 10, 9.5), ("过程", 20, 19), ("产出", 40, 39.71), ("效益", 30, 28.56)], secs_
    srates = [pct(s, w) for _, w, s in secs_]
    assert srates == [95.0, 95.0, 99.28, 95.2], srates
    srates_shown = list(srates)
    srates_shown[2] = 99.82  # PLANT SCORE_RATE: 表1 产出 得分率 99.82%, 39.71 ÷ 40 = 99.28%
    rows_total = s2(ind, 6)
    total_shown = 97.67  # PLANT TOTAL_VS_ROWS: the 自评表's 合计 (and 表1's 合计, the article's text) 97.67, rows add to 96.77
    assert rows_total == 96.77 and grade(rows_total) == grade(total_shown) == "优"
    g = gold(None, dept, 2024, "COUNTY", "河南省", "SELF_EVALUATION", None, total_shown, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), secs_, grows(ind))
    meta = dict(dept=dept, parts=parts, ia=ia, aa=aa, ea=ea, rate=rate, rb=rb, rp=rp, ind=ind, secs=secs_,
                srates=srates_shown, total=total_shown)
    fnd = [F("SCORE_RATE", "产出", "表1 | 产出 | 40 | 39.71 | 99.82%", "99.82%", "99.28%", "HIGH", "ERROR",
             "表1's 得分率 is 得分 ÷ 分值: 39.71 ÷ 40 = 99.28%, printed 99.82% (digits transposed); the other three rates are right"),
           F("TOTAL_VS_ROWS", "合计", f"合计 | 100 | {f2(total_shown)} / 表1 合计 | 100 | {f2(total_shown)} / 自评得分{f2(total_shown)}分",
             f2(total_shown), f2(rows_total), "HIGH", "ERROR",
             f"the 18 rows' 得分 add to {f2(rows_total)}, and so do 表1's four 一级 scores (9.5 + 19 + 39.71 + 28.56); the "
             f"自评表's 合计, 表1's 合计 (with its 得分率 {q(total_shown)}) and the article's text all print "
             f"{f2(total_shown)} (one finding); 优 either way"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "农贸市场标准化改造",
             "产出 | 数量指标 | 农贸市场标准化改造 | 8个 | 已完成 | 6 | 6 / 全年计划改造农贸市场8个，已完成改造6个，丁河镇、西坪镇2个市场因"
             "产权移交未完成尚在施工", "6", "< 6", "HIGH", "WARNING",
             "the row says 已完成 and pays the full 6 with no 偏差原因, while the article says 6 of the 8 markets were finished; "
             "in proportion it would be 6 × 6 ÷ 8 = 4.5")]
    return {"stem": "h381_xixia_shijian", "format": "docx", "write": write381, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["the file is an issue of the county FINANCE BUREAU's 《预算绩效管理工作简报》 (2025年第4期, 总第37期): the red "
                      "版头, the 期号, 编印单位 and date, the lead article's COUNTY-WIDE figures (62个预算部门, 318个项目, 涉及资金"
                      "28.64亿元, 部门整体自评平均得分93.26分, 优55个 良7个), the 【工作动态】 item (15个重点项目, 2.36亿元, 发现问题23个) "
                      "and the 版记 (报送 / 发送, 2025年5月20日印发, 共印60份) are the bulletin's, not the report; the report is the "
                      "【典型案例】 article with its two tables",
                      f"预算执行: 基本 + 项目 = 合计 in the prose ({mc(ia)}, {mc(aa)}, {mc(ea)}); {q(rate)}, 基本 {q(rb)}, 项目 "
                      f"{q(rp)} right; none over budget; 年初 < 全年 (追加)",
                      "表1: 决策 95.00%, 过程 95.00%, 效益 95.20% right; its four 一级 scores and 分值 equal the rows",
                      "特种设备定期检验 6 × 3046 ÷ 3200 = 5.711 → 5.71 and 新增市场主体 7 × 4218 ÷ 4500 = 6.561 → 6.56 (proportion, "
                      "with reasons); 预算编制 −0.5, 资产管理 −1 and 智慧监管 −1 with reasons (judgement); “三公”经费控制率 86.4% vs "
                      "≤100% and 平均成本 1136 vs ≤1200元/批次 (ceilings, met; not budget figures); the article's other figures "
                      "(2712批次, 99.3%, 98.6%, 93.1%) agree with the 自评表"]}


def write381(rep, path):
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor
    from reports34 import new_doc
    from reports36_common import grid, cell_put
    M = rep["meta"]
    doc = new_doc()
    RED = RGBColor(0xE6, 0x00, 0x12)

    def para(text, size=12, bold=False, align="j", indent=True, color=None, font=None, after=0, before=0, line=None):
        p = doc.add_paragraph()
        p.alignment = {"j": WD_ALIGN_PARAGRAPH.JUSTIFY, "c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT,
                       "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
        pf = p.paragraph_format
        pf.space_after, pf.space_before = Pt(after), Pt(before)
        if line:
            pf.line_spacing = Pt(line)
        if indent and align == "j":
            pf.first_line_indent = Pt(size * 2)
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        if color:
            r.font.color.rgb = color
        if font:
            r.font.name = font
            r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
        return p

    def rule(p, where="bottom", color="E60012", sz=18):
        ppr = p._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        b = OxmlElement(f"w:{where}")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), str(sz))
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), color)
        bdr.append(b)
        ppr.append(bdr)

    # ---- 版头
    para("预算绩效管理工作简报", 30, True, "c", color=RED, font="方正小标宋简体", before=24, after=10)
    para("2025年第4期（总第37期）", 14, False, "c", font="楷体", after=10)
    p = para("西峡县财政局编　　　　　　　　　　　　　　　　　　　　2025年5月20日", 12, False, "l", indent=False, after=14)
    rule(p)
    para("全县2024年度预算绩效自评工作全面完成", 16, True, "c", before=10, after=8, font="黑体")
    para("按照《西峡县财政局关于开展2024年度预算绩效自评工作的通知》要求，全县62个预算部门、318个项目全部完成2024年度绩效自评，涉及资金"
         "28.64亿元。部门整体支出自评平均得分93.26分，其中自评等级为“优”的55个、“良”的7个。县财政局对自评结果开展抽查复核，对自评"
         "依据不充分、得分偏高的部门责令限期整改。", line=26)
    para("【典型案例】", 14, True, "l", indent=False, before=8, after=4, color=RED, font="黑体")
    para(f"{M['dept']}2024年度部门整体支出绩效自评情况", 15, True, "c", after=8, font="黑体")
    a, b = M["parts"]["基本支出"], M["parts"]["项目支出"]
    para(f"{M['dept']}认真开展2024年度部门整体支出绩效自评。全年部门年初预算{mc(M['ia'])}万元，全年预算{mc(M['aa'])}万元，全年执行"
         f"{mc(M['ea'])}万元，预算执行率{q(M['rate'])}；其中基本支出全年预算{mc(a[1])}万元、执行{mc(a[2])}万元，项目支出全年预算"
         f"{mc(b[1])}万元、执行{mc(b[2])}万元。", line=26)
    para("全年完成食品安全监督抽检2712批次，抽检不合格食品全部核查处置，投诉举报按时办结率99.3%；特种设备定期检验3046台，部分企业设备停用"
         "未报检；全年计划改造农贸市场8个，已完成改造6个，丁河镇、西坪镇2个市场因产权移交未完成尚在施工。食品安全评价性抽检合格率98.6%，"
         "新增市场主体4218户，群众满意度93.1%。", line=26)
    para(f"经自评，该局2024年度部门整体支出绩效自评得分{f2(M['total'])}分，自评等级为“优”。一级指标得分见表1，自评表见表2。", line=26)
    para("表1　一级指标得分情况", 11, True, "c", before=6, after=4)
    t = grid(doc, 6, (40, 30, 30, 30))
    for k, h in enumerate(("一级指标", "分值", "得分", "得分率")):
        cell_put(t.cell(0, k), h, 10, True)
    for i, ((n, w, sc), rt) in enumerate(zip(M["secs"], M["srates"])):
        for k, v in enumerate((n, fmt(w), f2(sc), q(rt))):
            cell_put(t.cell(1 + i, k), v, 10)
    for k, v in enumerate(("合计", "100", f2(M["total"]), q(M["total"]))):
        cell_put(t.cell(5, k), v, 10, True)
    para("表2　部门整体支出绩效自评表", 11, True, "c", before=8, after=4)
    ind = M["ind"]
    t = grid(doc, len(ind) + 2, (14, 20, 38, 24, 24, 11, 11, 28))
    for k, h in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因")):
        cell_put(t.cell(0, k), h, 9, True)
    for i, x in enumerate(ind):
        for k, v in enumerate((x[0], x[1], x[2], x[3], x[4], fmt(x[5]), fmt(x[6]), x[7])):
            if k < 2 and i > 0 and ind[i - 1][k] == x[k] and (k == 0 or ind[i - 1][0] == x[0]):
                continue
            cell_put(t.cell(1 + i, k), v, 9, align="l" if k in (2, 7) else "c")
    for col in (0, 1):
        for a_, b_ in spans(ind, col):
            if b_ > a_:
                t.cell(1 + a_, col).merge(t.cell(1 + b_, col))
    last = len(ind) + 1
    t.cell(last, 0).merge(t.cell(last, 4))
    cell_put(t.cell(last, 0), "合计", 9, True)
    cell_put(t.cell(last, 5), "100", 9, True)
    cell_put(t.cell(last, 6), f2(M["total"]), 9, True)
    para("说明：定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”计分，反向指标（“≤”）不超过指标值的得满分；定性指标"
         "根据完成情况酌情扣分。等级划分：" + BANDS, 9, False, "l", indent=False, before=4, after=6)
    para("【工作动态】", 14, True, "l", indent=False, before=8, after=4, color=RED, font="黑体")
    para("5月上旬，县财政局委托第三方机构对15个重点项目开展财政重点绩效评价，涉及资金2.36亿元，发现问题23个，已全部反馈相关部门整改。",
         line=26)
    # ---- 版记
    p = para("报送：县委办公室，县人大常委会办公室，县政府办公室，县政协办公室。", 11, False, "l", indent=False, before=30)
    rule(p, "top", "000000", 8)
    para("发送：各乡镇人民政府，县直各预算单位。", 11, False, "l", indent=False)
    p = para("西峡县财政局办公室　　　　　　　　　　　　　　　　2025年5月20日印发", 11, False, "l", indent=False)
    rule(p, "top", "000000", 8)
    rule(p, "bottom", "000000", 8)
    para("（共印60份）", 11, False, "r", indent=False)
    for tb in doc.tables:
        tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    doc.save(path)
    H.A.normalize_zip(path)


ALL.append(h381())


# ============================================================ h382 湄潭县交通运输局 (HTML, a report-server 分页预览 saved from the browser)

def h382():
    dept = "湄潭县交通运输局"
    parts = {"基本支出": (1042.60, 1086.42, 1052.37), "项目支出": (4860.00, 6524.80, 6107.55)}
    ib, ab, eb = parts["基本支出"]
    ip, ap, ep = parts["项目支出"]
    ia, aa, ea_true = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    assert (ia, aa, ea_true) == (5902.60, 7611.22, 7159.92), (ia, aa, ea_true)
    ea = 7195.92  # PLANT BREAKDOWN_SUM: 全年执行数 合计 7,195.92, 基本 1,052.37 + 项目 6,107.55 = 7,159.92
    rate, rb, rp = pct(ea, aa), pct(eb, ab), pct(ep, ap)
    assert (rate, rb, rp, pct(ea_true, aa)) == (94.54, 96.87, 93.61, 94.07), (rate, rb, rp, pct(ea_true, aa))
    upkeep_rule = "达到指标值得满分，每低于指标值1个百分点扣1分，扣完为止"
    upkeep = P(95, 98, 6)  # PLANT RULE_SCORE: 农村公路列养率 95% of ≥98%: by proportion 5.82; its own rule 6 − 3 × 1 = 3
    bus = 6  # PLANT TARGET_MISSED_FULL_MARKS: 建制村通客车率 98.6% of 100% at full 6, no 偏差原因
    gen = "达到指标值得满分，未达到的按“实际完成值÷年度指标值×分值”计分"
    ind = [("预算执行", "预算执行", "预算执行率", "≥90%", q(rate), 10, 10, "执行率达到指标值得满分", ""),
           ("产出指标", "数量指标", "农村公路提质改造", "≥120公里", "126.4公里", 8, 8, gen, ""),
           ("产出指标", "数量指标", "危旧桥梁改造", "≥6座", "5座", 6, P(5, 6, 6), gen, "1座桥梁因汛期停工，按完成比例计分"),
           ("产出指标", "数量指标", "农村公路安全生命防护工程", "≥85公里", "88.2公里", 6, 6, gen, ""),
           ("产出指标", "数量指标", "农村公路列养率", "≥98%", "95%", 6, upkeep, upkeep_rule, "部分通组路未纳入养护；按完成比例计分"),
           ("产出指标", "质量指标", "交工验收合格率", "100%", "100%", 6, 6, gen, ""),
           ("产出指标", "质量指标", "优良路率", "≥80%", "82.6%", 5, 5, gen, ""),
           ("产出指标", "时效指标", "项目按期完工率", "≥90%", "92.3%", 5, 5, gen, ""),
           ("产出指标", "成本指标", "农村公路提质改造单位成本", "≤95万元/公里", "91.6万元/公里", 4, 4, "不超过指标值得满分", ""),
           ("效益指标", "社会效益指标", "建制村通客车率", "100%", "98.6%", 6, bus, gen, ""),
           ("效益指标", "社会效益指标", "交通事故死亡人数下降率", "≥5%", "6.8%", 6, 6, gen, ""),
           ("效益指标", "经济效益指标", "带动茶叶运输成本下降", "≥8%", "8.5%", 6, 6, gen, ""),
           ("效益指标", "生态效益指标", "公路绿化率", "≥85%", "87.2%", 5, 5, gen, ""),
           ("效益指标", "可持续影响指标", "农村公路管养长效机制", "健全", "基本健全", 7, 6, "机制健全得满分，否则酌情扣分",
            "村级护路员经费未足额落实"),
           ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "94.2%", 7, 7, gen, ""),
           ("满意度指标", "服务对象满意度指标", "客运企业满意度", "≥90%", "91.8%", 7, 7, gen, "")]
    # stored as the usual tuple (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因) + 评分标准 last
    ind = [(x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[8], x[7]) for x in ind]
    assert len(ind) == 16 and s2(ind, 5) == 100
    no_half(95 / 98 * 6, "upkeep")
    no_half(98.6 / 100 * 6, "bus")
    assert (upkeep, P(98.6, 100, 6), P(5, 6, 6)) == (5.82, 5.92, 5.0)
    total = s2(ind, 6)
    assert total == 97.82 and grade(total) == "优" and grade(r2(total - upkeep + 3 - 6 + 5.92)) == "优", total
    g = gold(None, dept, 2024, "COUNTY", "贵州省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), [], grows([x[:8] for x in ind]))
    meta = dict(dept=dept, parts=parts, ia=ia, aa=aa, ea=ea, rate=rate, rb=rb, rp=rp, ind=ind, total=total)
    fnd = [F("BREAKDOWN_SUM", "全年执行数 合计", f"部门预算合计 | {mc(ia)} | {mc(aa)} | {mc(ea)} | {q(rate)}", mc(ea),
             mc(ea_true), "HIGH", "ERROR",
             f"基本支出 {mc(eb)} + 项目支出 {mc(ep)} = {mc(ea_true)}, the 合计 prints {mc(ea)} (digits transposed); the 年初 and "
             f"全年 columns add up; the 合计's {q(rate)} and the 预算执行率 row are worked on the printed {mc(ea)} "
             f"({q(pct(ea_true, aa))} on the parts; ≥90% either way, so the row's full 10 stands)"),
           F("RULE_SCORE", "农村公路列养率",
             f"产出指标 | 数量指标 | 农村公路列养率 | ≥98% | 95% | 6 | {fmt(upkeep)} | 评分标准：{upkeep_rule}", fmt(upkeep), "3",
             "HIGH", "ERROR",
             "the row's own 评分标准 deducts 1 point per percentage point below the target: 95% is 3 points below 98%, 6 − 3 = 3; "
             "the row was scored by the general proportion rule (6 × 95 ÷ 98 = 5.82), as its 偏差原因 says"),
           F("TARGET_MISSED_FULL_MARKS", "建制村通客车率", "效益指标 | 社会效益指标 | 建制村通客车率 | 100% | 98.6% | 6 | 6", "6", "< 6",
             "HIGH", "WARNING",
             "98.6% is below the 100% target, yet the row scores the full 6 with no 偏差原因; its 评分标准 (the proportion) gives "
             "6 × 98.6 ÷ 100 = 5.92")]
    return {"stem": "h382_meitan_jiaotong", "format": "html", "html": html382(meta), "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the page is a budget system's REPORT-SERVER PREVIEW (分页预览, FineReport style) saved from the browser: the "
                      "toolbar (首页 / 上一页 / 第1页/共2页 / 下一页 / 末页 / 导出 / 打印), the system's title bar, the report's name "
                      "and parameters (预算年度 2024, 单位编码 520328001) and the cell position ids (A1-0-0 …) are not content; every "
                      "report page is its own div and `<table class=\"x-table\">` with an empty spacer column A and spacer rows",
                      "the indicator grid runs over TWO report pages: page 2 repeats the header row (重复标题行) and prints 效益指标 "
                      "again at its top (the merged 一级 cell is broken at the page boundary): one 效益指标 group, one row set — "
                      "the repeated header is not a row",
                      f"budget: 年初 {mc(ib)} + {mc(ip)} = {mc(ia)} and 全年 {mc(ab)} + {mc(ap)} = {mc(aa)} add up; 基本 {q(rb)}, "
                      f"项目 {q(rp)} right; the 合计's {q(rate)} right on its printed {mc(ea)}; none over budget; 年初 < 全年",
                      "危旧桥梁改造 6 × 5 ÷ 6 = 5 (its proportion rule, with a reason); 管养长效机制 −1 with a reason (judgement); "
                      "单位成本 91.6 vs ≤95万元/公里 (a ceiling, met; not a budget figure); the 分值 add to 100; 总分 97.82 = the 16 "
                      "rows; 优 (also with both scores corrected: 96.92)"]}


def html382(M):
    ind = M["ind"]
    a, b = M["parts"]["基本支出"], M["parts"]["项目支出"]
    COLS = "ABCDEFGHIJ"
    widths = (18, 70, 90, 150, 80, 80, 44, 44, 150, 150)  # column A a spacer
    page_rows = {1: [], 2: []}
    cls = {"t": "fr-c1", "h": "fr-c2", "l": "fr-c3", "c": "fr-c4", "r": "fr-c5", "n": "fr-c6", "L": "fr-c7", "R": "fr-c8"}

    def row(pg, cells, height=26):
        page_rows[pg].append((cells, height))

    def cell(text, k="c", cs=1, rs=1):
        return (text, k, cs, rs)
    row(1, [cell("", "n", 9)], 12)
    row(1, [cell("部门整体支出绩效自评表", "t", 9)], 40)
    row(1, [cell("（2024年度）", "c", 9)], 22)
    row(1, [cell(f"部门（单位）名称：{M['dept']}", "l", 6), cell("金额单位：万元", "r", 3)], 22)
    row(1, [cell("项目", "h", 2), cell("年初预算数", "h", 2), cell("全年预算数", "h", 2), cell("全年执行数", "h", 2),
            cell("执行率", "h")])
    for n, v, rt in (("部门预算合计", (M["ia"], M["aa"], M["ea"]), M["rate"]), ("其中：基本支出", a, M["rb"]),
                     ("　　　项目支出", b, M["rp"])):
        row(1, [cell(n, "L", 2), cell(mc(v[0]), "R", 2), cell(mc(v[1]), "R", 2), cell(mc(v[2]), "R", 2), cell(q(rt), "c")])
    row(1, [cell("", "n", 9)], 10)
    HEAD = [cell(h, "h") for h in ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "评分标准",
                                    "偏差原因分析及改进措施")]
    split = 11  # rows 0–10 on page 1, 11–15 on page 2 (repeated header, 效益指标 printed again)
    for pg, part in ((1, ind[:split]), (2, ind[split:])):
        if pg == 2:
            row(2, [cell("", "n", 9)], 12)
        row(pg, HEAD)
        s0 = {a_: b_ - a_ + 1 for a_, b_ in spans(part, 0)}
        s1 = {a_: b_ - a_ + 1 for a_, b_ in spans(part, 1)}
        for i, x in enumerate(part):
            cs_ = []
            if i in s0:
                cs_.append(cell(x[0], "c", 1, s0[i]))
            if i in s1:
                cs_.append(cell(x[1], "c", 1, s1[i]))
            cs_ += [cell(x[2], "L"), cell(x[3]), cell(x[4]), cell(fmt(x[5])), cell(fmt(x[6])), cell(x[8], "L"), cell(x[7], "L")]
            row(pg, cs_, 30)
    row(2, [cell("总分", "h", 5), cell("100", "h"), cell(f2(M["total"]), "h"), cell("自评等级：优", "h", 2)])
    row(2, [cell("说明：1.预算执行率达到指标值得满分；2.定量指标按各指标评分标准计分，反向指标（“≤”）不超过指标值的得满分；3.定性指标根据完成情况"
                 "酌情扣分；4.等级划分：" + BANDS, "L", 9)], 44)
    row(2, [cell("填报人：王光辉　　联系电话：0851-24223618　　单位负责人：冯德明　　填报日期：2025年4月27日", "l", 9)], 24)
    assert ind[split][0] == ind[split - 1][0] == "效益指标" and ind[split][2] == "带动茶叶运输成本下降"
    pages = []
    for pg in (1, 2):
        out, occ = [], set()
        for r, (cells, hgt) in enumerate(page_rows[pg]):
            tds, col = [], 1
            for text, k, cs, rs in cells:
                while (r, col) in occ:
                    col += 1
                for dr in range(rs):
                    for dc in range(cs):
                        occ.add((r + dr, col + dc))
                span = (f' colspan="{cs}"' if cs > 1 else "") + (f' rowspan="{rs}"' if rs > 1 else "")
                tds.append(f'<td id="{COLS[col]}{r + 1}-{pg - 1}-0" class="{cls[k]}"{span}>{esc(text)}</td>')
                col += cs
            out.append(f'<tr tridx="{r}" style="height:{hgt}px;"><td id="A{r + 1}-{pg - 1}-0" class="fr-c0"></td>'
                       + "".join(tds) + "</tr>")
        colg = "".join(f'<col style="width:{w}px;"/>' for w in widths)
        pages.append(f'<div class="page-container" id="page{pg}" data-page="{pg}"><div class="sheet-container">'
                     f'<table class="x-table" cellspacing="0" cellpadding="0"><colgroup>{colg}</colgroup><tbody>'
                     + "\n".join(out) + "</tbody></table></div>"
                     f'<div class="page-number">第{pg}页/共2页</div></div>')
    css = (".fr-toolbar{height:34px;background:#f5f7fa;border-bottom:1px solid #dcdfe6;padding:0 12px;font:12px 'Microsoft YaHei'}"
           ".fr-btn{display:inline-block;margin:6px 4px;padding:3px 8px;border:1px solid #ccd;background:#fff}"
           ".fr-title{font:14px 'Microsoft YaHei';padding:8px 12px;background:#1f5f99;color:#fff}"
           ".page-container{width:880px;margin:16px auto;background:#fff;box-shadow:0 0 6px #aaa;padding:20px}"
           ".x-table{border-collapse:collapse;table-layout:fixed}.x-table td{font:12px 'SimSun';padding:2px 3px;overflow:hidden}"
           ".fr-c1{font:bold 20px 'SimSun'!important;text-align:center}.fr-c2{border:1px solid #000;text-align:center;"
           "font-weight:bold!important;background:#f2f2f2}.fr-c3{text-align:left}.fr-c4{border:1px solid #000;text-align:center}"
           ".fr-c5{text-align:right}.fr-c6,.fr-c0{border:none}.fr-c7{border:1px solid #000;text-align:left}"
           ".fr-c8{border:1px solid #000;text-align:right}.page-number{text-align:center;color:#666;font:12px 'SimSun';"
           "margin-top:10px}")
    body = "\n".join(pages)
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
            '<title>部门整体支出绩效自评表 - 湄潭县预算管理一体化系统</title>\n'
            f'<style type="text/css">{css}</style>\n</head>\n<body style="margin:0;background:#e9ecef">\n'
            '<div class="fr-title">湄潭县预算管理一体化系统　›　绩效管理　›　绩效自评　›　部门整体支出绩效自评表（报表预览）</div>\n'
            '<div class="fr-toolbar"><span class="fr-btn">首页</span><span class="fr-btn">上一页</span>'
            '<span class="fr-page-info">第<input class="fr-page-num" value="1" size="2">页/共2页</span>'
            '<span class="fr-btn">下一页</span><span class="fr-btn">末页</span><span class="fr-btn">导出[Excel]</span>'
            '<span class="fr-btn">导出[PDF]</span><span class="fr-btn">导出[Word]</span><span class="fr-btn">打印[PDF]</span></div>\n'
            '<div class="fr-params">报表：BMZTJXZPB_2024.cpt　　预算年度：2024　　单位编码：520328001　　'
            f'单位名称：{esc(M["dept"])}</div>\n'
            f'<div id="content-container">\n{body}\n</div>\n</body>\n</html>\n')


ALL.append(h382())


# ============================================================ h383 弥勒市司法局 (an RSS 2.0 feed of a portal column; the report in one item)

def h383():
    dept = "弥勒市司法局"
    parts = {"基本支出": (1412.60, 1468.20, 1482.36), "项目支出": (520.00, 848.28, 772.54)}
    ib, ab, eb = parts["基本支出"]  # PLANT SPENDING_OVER_BUDGET: 基本支出 执行 1,482.36 of 全年 1,468.20
    ip, ap, ep = parts["项目支出"]
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    rate, rb, rp = pct(ea, aa), pct(eb, ab), pct(ep, ap)
    assert (ia, aa, ea, rate, rb, rp) == (1932.60, 2316.48, 2254.90, 97.34, 100.96, 91.07), (ia, aa, ea, rate, rb, rp)
    carry = pct(aa - ea, aa)
    assert carry == 2.66, carry
    carry_shown = "2.56%"  # PLANT FORMULA: 结转结余率 (2,316.48 − 2,254.90) ÷ 2,316.48 = 2.66%, printed 2.56% (copied to the table)
    aid_table, aid_prose = "1263件", "1,236件"  # PLANT SAME_FIGURE_DIFFERS: 法律援助案件 1,236 in the text, 1263 in the table
    ind = [("部门管理", "资金投入", "基本支出预算执行率", "≥95%", q(rb), 4, 4, ""),
           ("部门管理", "资金投入", "项目支出预算执行率", "≥90%", q(rp), 4, 4, ""),
           ("部门管理", "资金投入", "结转结余率", "≤5%", carry_shown, 4, 4, ""),
           ("部门管理", "财务管理", "“三公”经费控制率", "≤100%", "82.7%", 4, 4, ""),
           ("部门管理", "财务管理", "财务管理制度健全性", "健全", "健全", 4, 4, ""),
           ("产出指标", "数量指标", "办理法律援助案件", "≥1200件", aid_table, 8, 8, ""),
           ("产出指标", "数量指标", "人民调解案件", "≥3500件", "3618件", 7, 7, ""),
           ("产出指标", "数量指标", "社区矫正对象监管", "100%", "100%", 6, 6, ""),
           ("产出指标", "数量指标", "“八五”普法宣传活动", "≥150场次", "136场次", 6, P(136, 150, 6), "疫后集中活动减少；按完成比例计分"),
           ("产出指标", "质量指标", "人民调解成功率", "≥96%", "97.8%", 7, 7, ""),
           ("产出指标", "时效指标", "法律援助案件指派及时率", "100%", "100%", 6, 6, ""),
           ("效益指标", "社会效益指标", "社区矫正对象再犯罪率", "≤0.2%", "0.12%", 8, 8, ""),
           ("效益指标", "社会效益指标", "公共法律服务实体平台覆盖率", "100%", "100%", 7, 7, ""),
           ("效益指标", "可持续影响指标", "矛盾纠纷多元化解机制", "健全", "基本健全", 7, 6, "部分行业性调解组织作用发挥不充分"),
           ("满意度指标", "服务对象满意度指标", "法律援助受援人满意度", "≥95%", "96.4%", 8, 8, ""),
           ("满意度指标", "服务对象满意度指标", "群众安全感满意度", "≥90%", "92.7%", 10, 10, "")]
    assert len(ind) == 16 and s2(ind, 5) == 100
    no_half(136 / 150 * 6, "prop")
    total = s2(ind, 6)
    assert total == 98.44 and grade(total) == "优", total
    g = gold(None, dept, 2024, "COUNTY", "云南省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), [], grows(ind))
    meta = dict(dept=dept, parts=parts, ia=ia, aa=aa, ea=ea, rate=rate, rb=rb, rp=rp, ind=ind, total=total,
                carry_shown=carry_shown, aid_prose=aid_prose)
    fnd = [F("SPENDING_OVER_BUDGET", "基本支出 全年执行数", f"基本支出 | {mc(ib)} | {mc(ab)} | {mc(eb)} | {q(rb)}", mc(eb),
             f"≤ {mc(ab)}", "HIGH", "WARNING",
             f"基本支出 spent {mc(eb)} of a {mc(ab)} full-year budget ({q(rb)}, right arithmetic; the 基本支出预算执行率 row "
             "repeats it and scores the full 4 against ≥95%); spending over the adjusted budget needs explaining (the 合计 stays "
             "under budget because 项目支出 spent 91.07%)"),
           F("FORMULA", "结转结余率",
             f"结转结余率＝（全年预算数－全年执行数）÷全年预算数×100%＝（{mc(aa)}－{mc(ea)}）÷{mc(aa)}×100%＝{carry_shown}",
             carry_shown, q(carry), "HIGH", "ERROR",
             f"({mc(aa)} − {mc(ea)}) ÷ {mc(aa)} = 61.58 ÷ 2,316.48 = 2.66%, not 2.56%; the 自评表 copies 2.56% as the row's "
             "实际完成值 (one finding); ≤5% either way, so the row's full 4 stands"),
           F("SAME_FIGURE_DIFFERS", "办理法律援助案件",
             f"全年办理法律援助案件{aid_prose} / 产出指标 | 数量指标 | 办理法律援助案件 | ≥1200件 | {aid_table} | 8 | 8",
             aid_prose, aid_table, "HIGH", "WARNING",
             "the article's text says 1,236 legal-aid cases, its 自评表 says 1263 (digits transposed on one side); both meet "
             "≥1200件, so the row's full 8 stands; which is right the report does not say")]
    return {"stem": "h383_mile_sifa", "format": "xml", "text": rss383(meta), "meta": meta, "gold": g, "findings": fnd,
            "traps": ["the file is the portal column's RSS 2.0 FEED (预算绩效信息公开): the channel's title, link, description, "
                      "language, copyright, lastBuildDate, ttl and the other three items (a 预算公开 notice, the 财政局's 自评工作 "
                      "notice with its deadline 2025年4月30日, a 政府采购意向 notice with 96.5万元) are not the report; the report is "
                      "the item whose content:encoded CDATA holds the article; its <description> is the article's first sentence "
                      "(自评得分98.44分, 优: the same figures)",
                      f"budget: 年初 {mc(ib)} + {mc(ip)} = {mc(ia)}, 全年 {mc(ab)} + {mc(ap)} = {mc(aa)}, 执行 {mc(eb)} + {mc(ep)} = "
                      f"{mc(ea)} add up; {q(rate)}, 基本 {q(rb)} (the over-spend, right arithmetic) and 项目 {q(rp)} right; the two "
                      "执行率 rows repeat them; 年初 < 全年 (追加)",
                      "普法宣传活动 6 × 136 ÷ 150 = 5.44 (proportion, with a reason); 多元化解机制 −1 with a reason (judgement); "
                      "“三公”经费控制率 82.7% vs ≤100%, 再犯罪率 0.12% vs ≤0.2% (ceilings, met); the article's other figures "
                      "(3618件, 97.8%, 96.4%, 92.7%) agree with the 自评表; 总分 98.44 = the 16 rows; 优"]}


def rss383(M):
    a, b = M["parts"]["基本支出"], M["parts"]["项目支出"]
    ind = M["ind"]
    head = "".join(f"<th>{h}</th>" for h in ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                             "偏差原因分析"))
    rs0 = {a_: b_ - a_ + 1 for a_, b_ in spans(ind, 0)}
    rs1 = {a_: b_ - a_ + 1 for a_, b_ in spans(ind, 1)}
    trs = []
    for i, x in enumerate(ind):
        tds = []
        if i in rs0:
            tds.append(f'<td rowspan="{rs0[i]}">{esc(x[0])}</td>')
        if i in rs1:
            tds.append(f'<td rowspan="{rs1[i]}">{esc(x[1])}</td>')
        tds += [f"<td>{esc(v)}</td>" for v in (x[2], x[3], x[4], fmt(x[5]), fmt(x[6]), x[7])]
        trs.append("<tr>" + "".join(tds) + "</tr>")
    trs.append(f'<tr><td colspan="5">合计</td><td>100</td><td>{f2(M["total"])}</td><td></td></tr>')
    brow = "".join(f"<tr><td>{n}</td><td>{mc(v[0])}</td><td>{mc(v[1])}</td><td>{mc(v[2])}</td><td>{q(rt)}</td></tr>"
                   for n, v, rt in (("合计", (M["ia"], M["aa"], M["ea"]), M["rate"]), ("基本支出", a, M["rb"]),
                                    ("项目支出", b, M["rp"])))
    lead = (f"按照弥勒市财政局统一部署，{M['dept']}对2024年度部门整体支出开展了绩效自评，自评得分{f2(M['total'])}分，自评等级为“优”。")
    content = (
        f'<p style="text-indent:2em">{lead}</p>'
        '<p style="text-indent:2em"><strong>一、部门预算执行情况</strong></p>'
        f'<p style="text-indent:2em">2024年度部门年初预算{mc(M["ia"])}万元，全年预算{mc(M["aa"])}万元，全年执行{mc(M["ea"])}万元，预算执行率'
        f'{q(M["rate"])}。其中：基本支出全年预算{mc(a[1])}万元，执行{mc(a[2])}万元，主要是年中增人增资及退休人员一次性补助增加；项目支出全年'
        f'预算{mc(b[1])}万元，执行{mc(b[2])}万元。结转结余率＝（全年预算数－全年执行数）÷全年预算数×100%＝（{mc(M["aa"])}－'
        f'{mc(M["ea"])}）÷{mc(M["aa"])}×100%＝{M["carry_shown"]}。</p>'
        '<p style="text-align:center">表1　2024年度预算执行情况（单位：万元）</p>'
        '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;width:100%"><tbody>'
        '<tr><th>项目</th><th>年初预算数</th><th>全年预算数</th><th>全年执行数</th><th>执行率</th></tr>' + brow +
        '</tbody></table>'
        '<p style="text-indent:2em"><strong>二、绩效目标完成情况</strong></p>'
        f'<p style="text-indent:2em">全年办理法律援助案件{M["aid_prose"]}，受援人满意度96.4%；调解各类矛盾纠纷3618件，调解成功率97.8%；社区矫正'
        '对象监管率100%，再犯罪率0.12%；开展“八五”普法宣传活动136场次，未达到年初计划；群众安全感满意度92.7%。</p>'
        '<p style="text-indent:2em"><strong>三、自评结果</strong></p>'
        '<p style="text-align:center">表2　2024年度部门整体支出绩效自评表</p>'
        '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;width:100%"><tbody>'
        f"<tr>{head}</tr>" + "".join(trs) + "</tbody></table>"
        '<p>说明：定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”计分，反向指标（“≤”）不超过指标值的得满分；'
        f"定性指标根据完成情况酌情扣分。等级划分：{BANDS}</p>"
        '<p style="text-align:right">弥勒市司法局</p><p style="text-align:right">2025年5月12日</p>')
    assert "]]>" not in content
    base = "http://www.ynml.gov.cn/ml/yjxxgk"
    items = [
        (f"{M['dept']}2024年度部门整体支出绩效自评报告", f"{base}/202505/t20250514_1186342.html", "Wed, 14 May 2025 16:32:08 +0800",
         M["dept"], lead, content),
        ("弥勒市2025年市级部门预算公开情况说明", f"{base}/202505/t20250509_1185120.html", "Fri, 09 May 2025 10:05:41 +0800",
         "弥勒市财政局", "弥勒市2025年市级部门预算已按规定在市人民政府门户网站集中公开，公开部门范围为市级一级预算单位。", None),
        ("弥勒市财政局关于开展2024年度预算绩效自评工作的通知", f"{base}/202503/t20250318_1179006.html",
         "Tue, 18 Mar 2025 09:40:17 +0800", "弥勒市财政局",
         "各预算单位须于2025年4月30日前完成2024年度部门整体支出和项目支出绩效自评，并将自评报告报送市财政局。", None),
        ("弥勒市司法局2025年政府采购意向公开", f"{base}/202502/t20250226_1176513.html", "Wed, 26 Feb 2025 15:12:55 +0800",
         M["dept"], "弥勒市司法局公开2025年3月至6月政府采购意向，采购项目1个，预算金额96.5万元。", None)]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           "<channel>",
           "<title>弥勒市人民政府 - 预算绩效信息公开</title>",
           f"<link>{base}/</link>",
           f'<atom:link href="{base}/rss.xml" rel="self" type="application/rss+xml"/>',
           "<description>弥勒市人民政府门户网站预算绩效信息公开栏目</description>",
           "<language>zh-cn</language>",
           "<copyright>弥勒市人民政府办公室 版权所有</copyright>",
           "<lastBuildDate>Thu, 15 May 2025 08:00:00 +0800</lastBuildDate>",
           "<ttl>60</ttl>"]
    for title, link, date, who, desc, body in items:
        out += ["<item>", f"<title>{esc(title)}</title>", f"<link>{link}</link>", f'<guid isPermaLink="true">{link}</guid>',
                f"<pubDate>{date}</pubDate>", f"<dc:creator>{esc(who)}</dc:creator>", "<category>预算绩效信息公开</category>",
                f"<description>{esc(desc)}</description>"]
        if body:
            out.append(f"<content:encoded><![CDATA[{body}]]></content:encoded>")
        out.append("</item>")
    out += ["</channel>", "</rss>", ""]
    return "\n".join(out)


ALL.append(h383())


def main(argv):
    round_main(argv, ALL, "65")


if __name__ == "__main__":
    main(sys.argv[1:])
