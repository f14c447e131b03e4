#!/usr/bin/python3
"""Round 56 (h334–h338): layouts and wordings not used before, each with PLANTED audit problems, made apart from the
code by the corpus56 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report
whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports56.py [h334 …]
(needs python-docx, openpyxl and reportlab; the HTML and the text are written as strings:
h334 a PDF 部门整体 self-evaluation report that carries, besides the department's own indicator table, a PER-PROJECT
SUMMARY TABLE (表2 项目支出绩效自评情况: 序号 | 项目名称 | 全年预算数 | 全年执行数 | 执行率 | 自评得分 | 自评等级, eight
projects and a 合计 line) — the project lines are not indicator rows; h335 an XLSX 项目 form whose indicator table
prints the ORIGINAL and the mid-year ADJUSTED target (年度指标值: 年初 | 调整后, a 绩效目标调整情况 block citing the
批复), the 说明 scoring against the adjusted one; h336 a portal HTML 部门整体 report whose budget execution is printed
BY FUNCTIONAL CLASSIFICATION (支出功能分类科目: 类 / 款 / 项 codes 208 / 20801 / 2080101, the 类 and 款 lines
subtotalling the lines under them); h337 a DOCX third-party 项目 evaluation whose 满意度 indicator is fed by a
QUESTIONNAIRE RESULTS TABLE (调查内容 | 非常满意 | 满意 | 基本满意 | 不满意 | 有效样本 | 满意度, five questions, one with a
smaller sample, and a 综合满意度 line); h338 a plain-text 项目 self-evaluation whose rate indicators are worked out in a
NUMERATOR / DENOMINATOR table (附表 比率类指标计算明细: 指标名称 | 分子项 | 分子 | 分母项 | 分母 | 计算结果).)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因 …).
"""
import html as htmlmod
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402
from heldout import fmt, budget, gold  # noqa: E402
from reports4 import pct, F  # noqa: E402
from reports22 import s2, r2, with_project, grows  # noqa: E402
from reports34 import secs  # noqa: E402
from reports36_common import BANDS, grade, P, main as round_main  # noqa: E402
from reports41 import spans  # noqa: E402

ALL = []


def esc(s):
    return htmlmod.escape(s, quote=True)


def no_half(x, what):
    """a figure printed to 2 decimals must not sit on a half (x.xx5), where rounding conventions differ"""
    assert abs(x * 100 - round(x * 100) - 0.5) > 1e-6 and abs(x * 100 - round(x * 100) + 0.5) > 1e-6, (what, x)


def mc(x):
    """money with thousands separators"""
    return f"{x:,.2f}"


def num_s(x):
    """a number as a cell shows it in the General format: 78.6, 14260, 100"""
    return fmt(x) if isinstance(x, (int, float)) else x


def with_unit(v, u):
    """a value and its 计量单位 cell joined as the gold records them (“≥80公里”, “78.6公里”); “—” is no unit"""
    return f"{num_s(v)}{'' if u in ('—', '') else u}"


# ------------------------------------------------------------ a small reportlab flow shared by h334

class Flow:
    """Portrait A4 pages with a running footer “— n —”: lines, wrapped paragraphs and ruled tables (reports41's
    form_grid; a table moves whole to the next page when it does not fit)."""

    def __init__(self, path, title):
        from reportlab.lib.pagesizes import A4
        from reports32 import new_canvas
        self.W, self.H = A4
        self.c = new_canvas(path, A4)
        self.c.setTitle(title)
        self.page = 1
        self.L, self.R = 56, self.W - 56
        self.y = self.H - 72

    def foot(self):
        from reports32 import FONT
        self.c.setFont(FONT, 8.5)
        self.c.drawCentredString(self.W / 2, 26, f"— {self.page} —")

    def newpage(self):
        self.foot()
        self.c.showPage()
        self.page += 1
        self.y = self.H - 66

    def room(self, h):
        if self.y - h < 58:
            self.newpage()

    def line(self, text, size=11, bold=False, center=False, gap=6, right=False):
        from reports32 import FONT
        self.room(size + gap + (36 if bold else 0))
        c = self.c
        c.setFont(FONT, size)
        if center:
            c.drawCentredString(self.W / 2, self.y, text)
            if bold:
                c.drawCentredString(self.W / 2 + 0.4, self.y, text)
        elif right:
            c.drawRightString(self.R, self.y, text)
        else:
            c.drawString(self.L, self.y, text)
            if bold:
                c.drawString(self.L + 0.4, self.y, text)
        self.y -= size + gap + 2

    def prose(self, text, size=10.5):
        from reports32 import FONT, wrap
        first = True
        for ln in wrap(text, self.R - self.L - 2 * size, size):
            self.room(size + 7)
            self.c.setFont(FONT, size)
            self.c.drawString(self.L + (2 * size if first else 0), self.y, ln)
            first = False
            self.y -= size + 7
        self.y -= 3

    def table(self, caption, cols, rows, size=8.5, aligns=None, bold_rows=(0,), merges=(), unit=None):
        """rows: lists of cell texts (None = covered by a merge); merges: (row, col, rowspan, colspan)"""
        from reports32 import FONT, wrap
        from reports41 import form_grid
        lh = size + 2.5
        span = {(r, k): (rs, cs) for r, k, rs, cs in merges}
        heights = []
        for i, r in enumerate(rows):
            n = 1
            for k, v in enumerate(r):
                if v is None or span.get((i, k), (1, 1))[0] > 1:
                    continue
                wdt = sum(cols[k:k + span.get((i, k), (1, 1))[1]])
                n = max(n, len(wrap(v, wdt - 5, size)) if v else 1)
            heights.append(max(19, n * lh + 7))
        self.room(sum(heights) + 34)
        c = self.c
        c.setFont(FONT, 10)
        c.drawCentredString(self.W / 2, self.y, caption)
        c.drawCentredString(self.W / 2 + 0.3, self.y, caption)
        x0 = self.L + (self.R - self.L - sum(cols)) / 2
        if unit:
            c.setFont(FONT, 8.5)
            c.drawRightString(x0 + sum(cols), self.y - 13, unit)
        top = self.y - (18 if unit else 8)
        spec = []
        for i, r in enumerate(rows):
            for k, v in enumerate(r):
                if v is None:
                    continue
                rs, cs = span.get((i, k), (1, 1))
                al = (aligns[k] if aligns else "c") if i not in bold_rows else "c"
                spec.append((i, k, rs, cs, v, al, i in bold_rows, None))
        yb, _ = form_grid(c, x0, top, cols, heights, spec, size=size, lh=lh)
        self.y = yb - 18

    def save(self):
        self.foot()
        self.c.save()


# ============================================================ h334 重庆市江津区农业农村委员会 (PDF, 部门整体 + per-project table)

def h334():
    dept = "重庆市江津区农业农村委员会"
    ib_b, ib_p = 2860.40, 9640.00
    ab_b, eb_b = 2948.62, 2921.35
    # 表2 项目支出绩效自评情况: (项目名称, 全年预算数, 全年执行数, 自评得分)
    projects = [("高标准农田建设项目", 3860.00, 3702.46, 96.5),
                ("耕地地力保护补贴", 2146.80, 2146.80, 98),
                ("农机购置与应用补贴", 1280.00, 1168.32, 93.2),
                ("动物疫病防控经费", 486.50, 471.26, 95.8),
                ("农村人居环境整治提升资金", 1520.00, 1396.84, 90),
                ("乡村振兴衔接资金（产业发展）", 1236.25, 1186.40, 94.6),
                ("江津花椒产业发展专项资金", 520.00, 428.60, 88.6),
                ("农业综合行政执法经费", 277.00, 241.50, 92.3)]
    ab_p, eb_p = r2(sum(x[1] for x in projects)), r2(sum(x[2] for x in projects))
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate, rb, rp = pct(eb, ab), pct(eb_b, ab_b), pct(eb_p, ab_p)
    assert (ab_p, eb_p, ib, ab, eb, rate, rb, rp) == (11326.55, 10742.18, 12500.40, 14275.17, 13663.53, 95.72, 99.08,
                                                      94.84), (ab_p, eb_p, ib, ab, eb, rate, rb, rp)
    prates = [pct(e_, b_) for _, b_, e_, _ in projects]
    assert prates == [95.92, 100.00, 91.28, 96.87, 91.90, 95.97, 82.42, 87.18], prates
    pgrades = [grade(s_) for *_, s_ in projects]
    assert pgrades == ["优"] * 6 + ["良", "优"], pgrades
    pgrades_printed = list(pgrades)
    pgrades_printed[6] = "优"  # PLANT GRADE_OUTSIDE_BANDS: 江津花椒产业发展专项资金 88.6 printed 优; the bands give 良
    eb_p_printed = 10724.18  # PLANT BREAKDOWN_SUM: 表2 合计 全年执行数; the eight lines add to 10,742.18 (表1's figure)
    assert eb_p_printed != eb_p and sorted(mc(eb_p_printed)) == sorted(mc(eb_p))
    no_half(rate / 10, "预算执行率 score")
    es = r2(rate / 10)
    assert es == 9.57
    # (一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因)
    ind = [("预算执行", "预算执行情况", "预算执行率", "100%", f"{rate:.2f}%", 10, es,
            "花椒产业专项资金部分项目验收延后，尾款结转下年支付"),
           ("产出指标", "数量指标", "新建高标准农田", "≥5.2万亩", "5.36万亩", 8, 8, ""),
           ("产出指标", "数量指标", "耕地地力保护补贴发放面积", "≥86.5万亩", "86.5万亩", 6, 6, ""),
           ("产出指标", "数量指标", "农机购置补贴机具数量", "≥1200台（套）", "1126台（套）", 6, P(1126, 1200, 6),
            "部分机具生产企业被暂停补贴资格，农户改购延后；2025年加快兑付"),
           ("产出指标", "数量指标", "动物强制免疫病种应免密度", "≥90%", "96.8%", 5, 5, ""),
           ("产出指标", "数量指标", "农村卫生户厕改造", "≥3000户", "3152户", 5, 5, ""),
           ("产出指标", "质量指标", "高标准农田工程验收合格率", "100%", "100%", 5, 5, ""),
           ("产出指标", "质量指标", "农产品质量安全例行监测合格率", "≥98%", "99.2%", 5, 5, ""),
           ("产出指标", "时效指标", "惠农补贴资金兑付及时率", "≥95%", "97.6%", 5, 5, ""),
           ("产出指标", "成本指标", "高标准农田亩均建设成本", "≤3000元/亩", "2860元/亩", 5, 5, ""),
           ("效益指标", "经济效益指标", "花椒产业综合产值", "≥55亿元", "52.6亿元", 6, P(52.6, 55, 6),
            "受花椒鲜椒收购价格下行影响，产值未达预期；加快精深加工项目建设"),
           ("效益指标", "社会效益指标", "农村常住居民人均可支配收入增长", "≥6%", "6.4%", 6, 6, ""),
           ("效益指标", "社会效益指标", "脱贫人口人均纯收入增幅", "≥8%", "9.1%", 6, 6, ""),
           ("效益指标", "生态效益指标", "农村生活垃圾收运处置体系覆盖率", "≥98%", "99.3%", 6, 6, ""),
           ("效益指标", "可持续影响指标", "农业产业长效发展机制", "健全", "基本健全", 6, 5,
            "联农带农利益联结机制在部分镇街落实不到位"),
           ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "93.5%", 10, 10, "")]
    assert P(1126, 1200, 6) == 5.63 and P(52.6, 55, 6) == 5.74
    assert len(ind) == 16 and s2(ind, 5) == 100
    sec = secs(ind, ["预算执行", "产出指标", "效益指标", "满意度指标"])
    assert sec == [("预算执行", 10, 9.57), ("产出指标", 50, 49.63), ("效益指标", 30, 28.74), ("满意度指标", 10, 10)], sec
    total = s2(ind, 6)
    assert total == 97.94, total
    sec_printed = [list(x) for x in sec]
    sec_printed[2][2] = 28.47  # PLANT SECTION_VS_ROWS: 五's 效益指标 28.47; its five rows add to 28.74
    sec_printed = [tuple(x) for x in sec_printed]
    g = gold(None, dept, 2024, "COUNTY", "重庆市", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), sec_printed, grows(ind))
    meta = dict(dept=dept, ind=ind, projects=projects, prates=prates, pgrades=pgrades_printed, sec=sec_printed,
                total=total, rate=rate, ib=ib, ab=ab, eb=eb, ab_p=ab_p, eb_p_printed=eb_p_printed, rp=rp,
                bud=[("合计", ib, ab, eb, rate), ("其中：基本支出", ib_b, ab_b, eb_b, rb),
                     ("　　　项目支出", ib_p, ab_p, eb_p, rp)])
    fnd = [F("BREAKDOWN_SUM", "表2 合计 全年执行数",
             f"合计 | {mc(ab_p)} | {mc(eb_p_printed)} | {rp:.2f}% | — | —", mc(eb_p_printed), mc(eb_p), "HIGH", "ERROR",
             f"表2's eight project lines add to {mc(eb_p)} (全年执行数), the 合计 line prints {mc(eb_p_printed)} (digits "
             f"transposed); 表1's 项目支出 全年执行数 is {mc(eb_p)}, and the 合计 line's own {rp:.2f}% is "
             f"{mc(eb_p)} ÷ {mc(ab_p)}: only the 合计 amount is off; the 全年预算数 column adds up ({mc(ab_p)} = 表1's "
             "项目支出)"),
           F("GRADE_OUTSIDE_BANDS", "表2 江津花椒产业发展专项资金 自评等级",
             "7 | 江津花椒产业发展专项资金 | 520.00 | 428.60 | 82.42% | 88.6 | 优", "优", "良", "HIGH", "ERROR",
             "表2 grades each project by the bands the report prints (90分（含）以上为“优”，80分（含）至90分为“良”…): "
             "the project scored 88.6 is “良”, printed “优”; the other seven lines agree with their scores (人居环境整治 "
             "at exactly 90 is 优); the project line is a summary of a separate 项目支出绩效自评表, not an indicator row "
             "of this report"),
           F("SECTION_VS_ROWS", "效益指标",
             "其中，预算执行得分9.57分（满分10分），产出指标得分49.63分（满分50分），效益指标得分28.47分（满分30分），满意度指标"
             "得分10分（满分10分）", "28.47", "28.74", "HIGH", "ERROR",
             "表3's five 效益指标 rows score 5.74 + 6 + 6 + 6 + 5 = 28.74 (digits transposed in 五's sentence); the 总分 "
             f"{fmt(total)} (五 and 表3) adds the rows, so 五's four 一级 scores add to 97.67, not to the total; one slip")]
    return {"stem": "h334_jiangjin_nongye", "format": "pdf", "draw": draw334, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["besides the department's own indicator table (表3) the report carries a PER-PROJECT SUMMARY TABLE "
                      "(表2 2024年度项目支出绩效自评情况: 序号 | 项目名称 | 全年预算数 | 全年执行数 | 执行率 | 自评得分 | "
                      "自评等级, eight projects and a 合计 line): each line summarises a separate 项目支出绩效自评表; its "
                      "自评得分 are the projects' own totals, not scores of this report, and the project lines are not "
                      "indicator rows, weights or sections",
                      f"表2's 全年预算数 lines add to {mc(ab_p)} = 表1's 项目支出 全年预算数 (every project of the year is "
                      "listed); each line's 执行率 right on its figures (耕地地力保护补贴 2,146.80 of 2,146.80 at exactly "
                      "100.00%; 花椒 82.42% and 执法经费 87.18% low but right); the 合计 line's 94.84% right",
                      "project grades: 人居环境整治提升资金 at exactly 90 is 优 (90分（含）以上); the other lines 优 rightly "
                      "(花椒's 88.6 aside: the finding)",
                      f"表1: 基本 + 项目 = 合计 in every column ({mc(ib)}, {mc(ab)}, {mc(eb)}); {rate:.2f}%, {rb:.2f}% and "
                      f"{rp:.2f}% right; all under budget; 年初 < 全年 (追加)",
                      f"预算执行率 {rate:.2f}% × 10 = 9.572 → 9.57 (执行率×分值, with a reason); 耕地地力保护补贴发放面积 "
                      "86.5 vs ≥86.5万亩 (met exactly); 高标准农田亩均建设成本 2860 vs ≤3000元/亩 (a ceiling, met; a unit "
                      "cost, not a budget figure); 农机购置补贴机具 6 × 1126 ÷ 1200 = 5.63 and 花椒产业综合产值 6 × 52.6 ÷ 55 "
                      "= 5.738 → 5.74 (proportion rule, each with a reason); 农业产业长效发展机制 −1 with a reason "
                      "(judgement)",
                      f"the other 一级 figures in 五 add their rows (9.57, 49.63, 10); 表3 总分 100 | {fmt(total)} = the 16 "
                      "rows; 优"]}


def draw334(rep, path):
    M = rep["meta"]
    d = M["dept"]
    fl = Flow(path, f"{d}2024年度部门整体支出绩效自评报告")
    fl.y -= 20
    fl.line(f"{d}", 17, True, True, 10)
    fl.line("2024年度部门整体支出绩效自评报告", 17, True, True, 26)
    fl.line("一、部门基本情况", 12, True)
    fl.prose(f"{d}是区政府工作部门，主要负责统筹推进乡村振兴、农业产业发展、农田建设、农业防灾减灾、动物疫病防控、农产品质量安全"
             "监管和农业综合执法等工作。内设机构12个，下属事业单位6个，年末在职人员286人。")
    fl.line("二、部门预算执行情况", 12, True)
    b = M["bud"]
    fl.prose(f"2024年部门年初预算{mc(M['ib'])}万元，年中追加后全年预算{mc(M['ab'])}万元，全年执行{mc(M['eb'])}万元，预算执行率"
             f"{M['rate']:.2f}%。其中基本支出执行{mc(b[1][3])}万元，项目支出执行{mc(b[2][3])}万元，具体见表1。")
    rows = [["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"]]
    rows += [[lab, mc(a), mc(b_), mc(x), f"{rt:.2f}%"] for lab, a, b_, x, rt in M["bud"]]
    fl.table("表1　2024年度部门预算执行情况", [120, 90, 90, 90, 70], rows, size=9, aligns="lrrrc", unit="单位：万元")
    fl.line("三、项目支出绩效自评情况", 12, True)
    fl.prose(f"2024年我委对全部{len(M['projects'])}个项目支出开展了绩效自评，覆盖项目支出预算{mc(M['ab_p'])}万元，自评覆盖率100%。"
             "各项目均按要求填报了项目支出绩效自评表，自评得分在88.6分至98分之间，具体见表2。各项目的绩效自评表另行报送，不在本报告"
             "中列示。")
    rows = [["序号", "项目名称", "全年预算数", "全年执行数", "执行率", "自评得分", "自评等级"]]
    for k, ((n, b_, e_, s_), rt, gr) in enumerate(zip(M["projects"], M["prates"], M["pgrades"]), 1):
        rows.append([str(k), n, mc(b_), mc(e_), f"{rt:.2f}%", fmt(s_), gr])
    rows.append(["", "合计", mc(M["ab_p"]), mc(M["eb_p_printed"]), f"{M['rp']:.2f}%", "—", "—"])
    fl.table("表2　2024年度项目支出绩效自评情况", [28, 150, 72, 72, 56, 50, 50], rows, size=8.5, aligns="clrrccc",
             bold_rows=(0, len(rows) - 1), unit="单位：万元")
    fl.prose("从项目执行情况看，江津花椒产业发展专项资金和农业综合行政执法经费执行率偏低，主要是花椒精深加工补助项目验收延后、执法"
             "装备采购合同年底签订，相关资金结转下年支付。")
    fl.line("四、部门整体绩效指标完成情况", 12, True)
    fl.prose("对照年初设定的部门整体绩效目标，我委从预算执行、产出、效益和满意度四个方面开展自评，设置三级指标16个，满分100分，"
             "自评情况见表3。")
    ind = M["ind"]
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]]
    merges = []
    for x in ind:
        rows.append([x[0], x[1], x[2], x[3], x[4], fmt(x[5]), fmt(x[6]), x[7]])
    for col in (0, 1):
        for a, b_ in spans(ind, col):
            if b_ > a:
                merges.append((1 + a, col, b_ - a + 1, 1))
                for i in range(a + 1, b_ + 1):
                    rows[1 + i][col] = None
    n = len(rows)
    rows.append(["总分", None, None, None, None, "100", fmt(M["total"]), f"自评等级：{grade(M['total'])}"])
    merges.append((n, 0, 1, 5))
    fl.table("表3　2024年度部门整体支出绩效自评表", [40, 44, 98, 56, 56, 26, 30, 145], rows, size=8, aligns="cclccccl",
             merges=merges, bold_rows=(0, n))
    fl.prose("评分说明：1.预算执行率得分＝执行率×分值；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”"
             "计分，反向指标（“≤”）不超过指标值的得满分；3.定性指标根据完成情况酌情扣分；4.项目支出绩效自评情况（表2）仅作情况反映，"
             "不计入部门整体自评得分。", size=9)
    fl.line("五、自评结论", 12, True)
    s = {nm: (w, s_) for nm, w, s_ in M["sec"]}
    fl.prose(f"经自评，我委2024年度部门整体支出绩效自评得分{fmt(M['total'])}分，自评等级为“{grade(M['total'])}”。其中，预算执行得分"
             f"{fmt(s['预算执行'][1])}分（满分{fmt(s['预算执行'][0])}分），产出指标得分{fmt(s['产出指标'][1])}分（满分"
             f"{fmt(s['产出指标'][0])}分），效益指标得分{fmt(s['效益指标'][1])}分（满分{fmt(s['效益指标'][0])}分），满意度指标得分"
             f"{fmt(s['满意度指标'][1])}分（满分{fmt(s['满意度指标'][0])}分）。等级划分：" + BANDS)
    fl.line("六、存在的问题及改进措施", 12, True)
    fl.prose("一是部分项目资金支出进度偏慢，花椒产业专项资金执行率仅为82.42%；二是农机购置补贴机具数量未完成年度目标；三是花椒产业"
             "综合产值受市场价格影响未达预期；四是联农带农利益联结机制有待完善。下一步，我委将加强项目前期谋划和支出进度调度，完善"
             "农机补贴兑付流程，推进花椒精深加工和品牌建设，健全联农带农长效机制。")
    fl.y -= 10
    fl.line(d, 11, right=True)
    fl.line("2025年4月22日", 11, right=True)
    fl.save()


ALL.append(h334())




# ============================================================ h335 长春市九台区交通运输局 (XLSX, original and adjusted targets)

def h335():
    dept = "长春市九台区交通运输局"
    unit = "长春市九台区农村公路管理所"
    project = "2024年九台区农村公路危桥改造和安全生命防护工程"
    # (来源, 年初预算数, 全年预算数, 全年执行数)
    src = [("其中：中央车购税资金", 1500.00, 1300.00, 1268.56),
           ("　　　省级补助资金", 600.00, 560.00, 541.20),
           ("　　　区级财政资金", 500.00, 420.00, 386.67)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    assert (ia, aa, ea, rate) == (2600.00, 2280.00, 2196.43, 96.33), (ia, aa, ea, rate)
    src_rates = [pct(x[3], x[2]) for x in src]
    assert src_rates == [97.58, 96.64, 92.06], src_rates
    no_half(rate / 10, "fund score")
    fs = r2(rate / 10)
    assert fs == 9.63
    cost_adj = "≤175"  # PLANT SAME_FIGURE_DIFFERS: the 绩效目标调整情况 (and the 批复) adjust the unit cost to ≤180万元/座
    cost_adj_text = "≤180"
    road_score = 8  # PLANT TARGET_MISSED_FULL_MARKS: 78.6公里 against the adjusted ≥80公里, full 8, no reason
    village_score = P(108, 120, 6)  # PLANT TARGET_MET_POINTS_LOST: 108 meets the adjusted ≥105个, scored against ≥120
    assert village_score == 5.4 and P(78.6, 80, 8) == 7.86
    # (一级, 二级, 三级, 计量单位, 年初指标值, 调整后指标值, 实际完成值, 分值, 得分, 偏差原因)
    ind = [("产出指标", "数量指标", "危桥改造", "座", "12", "10", 10, 8, 8, ""),
           ("产出指标", "数量指标", "安全生命防护工程实施里程", "公里", "≥85", "≥80", 78.6, 8, road_score, ""),
           ("产出指标", "数量指标", "村道错车道建设", "个", "≥40", "—", 42, 6, 6, ""),
           ("产出指标", "数量指标", "农村公路桥梁定期检测", "座", "≥150", "—", 156, 4, 4, ""),
           ("产出指标", "质量指标", "交工验收合格率", "%", "100", "—", 100, 6, 6, ""),
           ("产出指标", "质量指标", "改造后桥梁技术状况一、二类比例", "%", "100", "—", 100, 4, 4, ""),
           ("产出指标", "时效指标", "工程完工及时率", "%", "≥95", "—", 96.2, 6, 6, ""),
           ("产出指标", "成本指标", "危桥改造单座平均造价", "万元/座", "≤165", cost_adj, 171.4, 6, 6, ""),
           ("产出指标", "成本指标", "安防工程单公里造价", "万元/公里", "≤4.5", "—", 4.32, 4, 4, ""),
           ("效益指标", "社会效益指标", "改造路段交通事故起数同比下降", "%", "≥10", "—", 13.5, 6, 6, ""),
           ("效益指标", "社会效益指标", "受益村屯", "个", "≥120", "≥105", 108, 6, village_score,
            "受益村屯108个，未达到年初目标120个，按完成比例计分"),
           ("效益指标", "经济效益指标", "沿线群众出行时间缩短", "分钟", "≥15", "—", 18, 6, 6, ""),
           ("效益指标", "可持续影响指标", "农村公路列养率", "%", "100", "—", 100, 4, 4, ""),
           ("效益指标", "可持续影响指标", "农村公路养护长效机制", "—", "健全", "—", "基本健全", 6, 5,
            "村级养护责任落实考核办法尚未全面执行，2025年纳入乡镇年度考核"),
           ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "%", "≥90", "—", 92.8, 10, 10, "")]
    assert len(ind) == 15 and s2(ind, 7) == 90
    # the target the 说明 scores against: the adjusted one where printed, else the original
    rows = [(x[0], x[1], x[2], with_unit(x[5] if x[5] != "—" else x[4], x[3]), with_unit(x[6], x[3]), x[7], x[8], x[9])
            for x in ind]
    fund = (None, None, "年度资金总额", None, f"{rate:.2f}%", 10, fs, "")
    total = r2(fs + s2(rows, 6))
    assert total == 98.03, total
    g = with_project(gold(None, dept, 2024, "COUNTY", "吉林省", "SELF_EVALUATION", None, total, 100, grade(total),
                          budget(ia, aa, ea, rate), [], grows([fund] + rows)), project, unit)
    plan0 = ("改造农村公路危桥12座，实施安全生命防护工程85公里以上，建设村道错车道40个以上，交工验收合格率100%，改善120个以上村屯"
             "群众出行条件，改造路段交通事故起数同比下降10%以上。")
    plan1 = ("改造农村公路危桥10座，实施安全生命防护工程80公里以上，建设村道错车道40个以上，交工验收合格率100%，改善105个以上村屯"
             "群众出行条件，改造路段交通事故起数同比下降10%以上。")
    done = ("完成危桥改造10座、安全生命防护工程78.6公里、村道错车道42个，交工验收合格率100%，受益村屯108个，改造路段交通事故起数"
            "同比下降13.5%。")
    adjust = ("经区财政局批复（九财绩〔2024〕17号），年中调减项目预算320.00万元并同步调整以下绩效目标：1.胜利桥、石头口门桥2座危桥"
              "纳入2025年省级危桥改造计划，危桥改造由12座调减为10座；2.安全生命防护工程实施里程由85公里以上调减为80公里以上；3.受益"
              "村屯由120个以上调减为105个以上；4.保留的10座危桥中大中桥占比提高，危桥改造单座平均造价由不高于165万元调增为不高于"
              f"{cost_adj_text[1:]}万元。其他指标未调整。")
    meta = dict(dept=dept, unit=unit, project=project, src=src, src_rates=src_rates, ia=ia, aa=aa, ea=ea, rate=rate, fs=fs,
                ind=ind, total=total, plan0=plan0, plan1=plan1, done=done, adjust=adjust)
    fnd = [F("TARGET_MISSED_FULL_MARKS", "安全生命防护工程实施里程",
             "安全生命防护工程实施里程 | 公里 | ≥85 | ≥80 | 78.6 | 8 | 8", "8", "< 8", "HIGH", "WARNING",
             "the 说明 scores against the 调整后 target where one is printed: 78.6公里 misses even the lowered ≥80公里 (the "
             "实际完成情况 says 78.6公里 too), yet the row scores the full 8 with no 偏差原因; the 说明's proportion rule "
             f"gives 8 × 78.6 ÷ 80 = {fmt(P(78.6, 80, 8))}"),
           F("TARGET_MET_POINTS_LOST", "受益村屯",
             f"受益村屯 | 个 | ≥120 | ≥105 | 108 | 6 | {fmt(village_score)}", fmt(village_score), "6", "HIGH", "WARNING",
             "108个 meets the 调整后 target ≥105个 (approved by 九财绩〔2024〕17号, listed in the 绩效目标调整情况), and the 说明 "
             "scores against the adjusted target; the row was scored in proportion to the ORIGINAL target (6 × 108 ÷ 120 = "
             f"5.4, its 偏差原因 says so): on the adjusted one it earns the full 6 and the 总分 would be {fmt(r2(total + 0.6))}"),
           F("SAME_FIGURE_DIFFERS", "危桥改造单座平均造价",
             f"绩效目标调整情况：…危桥改造单座平均造价由不高于165万元调增为不高于{cost_adj_text[1:]}万元 / 危桥改造单座平均造价 | "
             f"万元/座 | ≤165 | {cost_adj} | 171.4 | 6 | 6", f"{cost_adj}万元/座", f"{cost_adj_text}万元/座", "HIGH",
             "WARNING",
             f"the adjusted ceiling is printed twice with different values: the 绩效目标调整情况 (citing the 批复) gives "
             f"{cost_adj_text}万元/座, the indicator table's 调整后 column {cost_adj}万元/座; 171.4 is within both (and above the "
             "original ≤165), so the full 6 stands either way")]
    return {"stem": "h335_jiutai_jiaotong", "format": "xlsx", "write": write335, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the indicator table prints the ORIGINAL and the ADJUSTED target side by side (年度指标值 over 年初 | "
                      "调整后, “—” where a target was not adjusted) and the form carries a 绩效目标调整情况 block citing the "
                      "批复 (九财绩〔2024〕17号); the 说明 scores against the 调整后 target where one is printed, else the 年初 "
                      "one; gold `target` is that scored target with the 计量单位 joined",
                      "met only against the adjusted target, rightly at full marks: 危桥改造 10 vs 10座 (年初 12; met exactly), "
                      "危桥改造单座平均造价 171.4 vs ≤175 / ≤180万元/座 (年初 ≤165; a ceiling, a unit cost, not a budget "
                      "figure); 受益村屯 108 vs ≥105 (the TARGET_MET_POINTS_LOST finding)",
                      f"the budget was CUT mid-year (年初 {mc(ia)}, 全年 {mc(aa)}: 调减 320.00): 全年 < 年初 is not an error, "
                      f"and the 执行率 is on the 全年预算数: {mc(ea)} ÷ {mc(aa)} = {rate:.2f}%; the sources add up in every "
                      "column; 中央 97.58%, 省级 96.64%, 区级 92.06% right; all under budget",
                      f"年度资金总额 {rate:.2f}% × 10 = 9.633 → {fmt(fs)}; 交工验收合格率 and 桥梁技术状况 100 vs 100% (met "
                      "exactly); 安防工程单公里造价 4.32 vs ≤4.5万元/公里 (a ceiling, met); 农村公路养护长效机制 −1 with a "
                      "reason (judgement)",
                      f"总分 {fmt(total)} = {fmt(fs)} + the 15 rows as printed (the full 8 and the 5.4 included); 优 (also on "
                      f"{fmt(r2(total - 8 + 7.86 + 0.6))})"]}


def write335(rep, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    M = rep["meta"]
    wb = Workbook()
    wb.properties.created = wb.properties.modified = H.A.FIXED
    wb.properties.creator = ""
    ws = wb.active
    ws.title = "项目支出绩效自评表"
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    grey = PatternFill("solid", fgColor="E2EFDA")
    f10, f10b, f9 = Font(name="宋体", size=10), Font(name="宋体", size=10, bold=True), Font(name="宋体", size=9)
    widths = (10, 12, 26, 10, 11, 11, 12, 8, 8, 34)
    for k, wd in enumerate(widths):
        ws.column_dimensions[chr(65 + k)].width = wd

    def put(r, c, v, font=f10, h="center", fmt_=None, fill=None, border=True):
        cell = ws.cell(row=r, column=c, value=v)
        cell.font = font
        cell.alignment = Alignment(horizontal=h, vertical="center", wrap_text=True)
        if fmt_:
            cell.number_format = fmt_
        if fill:
            cell.fill = fill
        if border:
            cell.border = box
        return cell

    def merge(r1, c1, r2_, c2):
        for rr in range(r1, r2_ + 1):
            for cc in range(c1, c2 + 1):
                ws.cell(row=rr, column=cc).border = box
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2_, end_column=c2)

    put(1, 1, "项目支出绩效自评表", Font(name="宋体", size=16, bold=True), border=False)
    ws.merge_cells("A1:J1")
    ws.row_dimensions[1].height = 28
    put(2, 1, "（2024年度）", border=False)
    ws.merge_cells("A2:J2")
    put(3, 1, f"填报单位（盖章）：{M['unit']}", h="left", border=False)
    ws.merge_cells("A3:F3")
    put(3, 8, "金额单位：万元", h="right", border=False)
    ws.merge_cells("H3:J3")
    put(4, 1, "项目名称", f10b)
    merge(4, 1, 4, 2)
    put(4, 3, M["project"], h="left")
    merge(4, 3, 4, 10)
    put(5, 1, "主管部门", f10b)
    merge(5, 1, 5, 2)
    put(5, 3, M["dept"], h="left")
    merge(5, 3, 5, 5)
    put(5, 6, "实施单位", f10b)
    put(5, 7, M["unit"], h="left")
    merge(5, 7, 5, 10)
    for c1, c2, h in ((1, 3, "项目资金（万元）"), (4, 4, "年初预算数"), (5, 5, "全年预算数"), (6, 6, "全年执行数"),
                      (7, 7, "分值"), (8, 8, "执行率"), (9, 10, "得分")):
        put(6, c1, h, f10b, fill=grey)
        if c2 > c1:
            merge(6, c1, 6, c2)
    r = 7
    bud = [("年度资金总额", M["ia"], M["aa"], M["ea"], 10, M["rate"], M["fs"])]
    bud += [(x[0], x[1], x[2], x[3], None, rt, None) for x, rt in zip(M["src"], M["src_rates"])]
    for lab, a, b_, e_, w, rt, s in bud:
        put(r, 1, lab, h="left")
        merge(r, 1, r, 3)
        for k, v in enumerate((a, b_, e_)):
            put(r, 4 + k, v, h="right", fmt_="#,##0.00")
        put(r, 7, w if w is not None else "—")
        put(r, 8, round(rt / 100, 4), fmt_="0.00%")
        put(r, 9, s if s is not None else "—")
        merge(r, 9, r, 10)
        r += 1
    put(r, 1, "年度总体目标", f10b)
    merge(r, 1, r + 2, 1)
    for k, (lab, text) in enumerate((("年初目标", M["plan0"]), ("调整后目标", M["plan1"]), ("实际完成情况", M["done"]))):
        put(r + k, 2, lab, f10b)
        put(r + k, 3, text, h="left")
        merge(r + k, 3, r + k, 10)
        ws.row_dimensions[r + k].height = 32
    r += 3
    put(r, 1, "绩效目标调整情况", f10b)
    merge(r, 1, r, 2)
    put(r, 3, M["adjust"], h="left")
    merge(r, 3, r, 10)
    ws.row_dimensions[r].height = 58
    r += 1
    h0 = r
    for k, h in ((1, "一级指标"), (2, "二级指标"), (3, "三级指标"), (4, "计量单位"), (7, "实际完成值"), (8, "分值"),
                 (9, "得分"), (10, "偏差原因分析及改进措施")):
        put(r, k, h, f10b, fill=grey)
        merge(r, k, r + 1, k)
    put(r, 5, "年度指标值", f10b, fill=grey)
    merge(r, 5, r, 6)
    put(r + 1, 5, "年初", f10b, fill=grey)
    put(r + 1, 6, "调整后", f10b, fill=grey)
    r += 2
    first = r
    ind = M["ind"]
    for x in ind:
        put(r, 3, x[2], h="left")
        put(r, 4, x[3])
        put(r, 5, x[4])
        put(r, 6, x[5])
        put(r, 7, x[6])
        put(r, 8, x[7])
        put(r, 9, x[8])
        put(r, 10, x[9], f9, h="left")
        ws.row_dimensions[r].height = 30 if x[9] else 18
        r += 1
    for col in (0, 1):
        for a, b in spans(ind, col):
            put(first + a, col + 1, ind[a][col])
            if b > a:
                merge(first + a, col + 1, first + b, col + 1)
    put(r, 1, "总分", f10b)
    merge(r, 1, r, 7)
    put(r, 8, 100, f10b)
    put(r, 9, M["total"], f10b)
    put(r, 10, f"自评等级：{grade(M['total'])}", f10b)
    r += 2
    note = ("说明：1.年度资金总额得分＝执行率×分值；2.年中经批复调整的绩效目标，“调整后”栏填列调整后的指标值，未调整的填“—”；"
            "3.定量指标以调整后指标值（未调整的以年初指标值）为评分依据，达到的得满分，未达到的按“实际完成值÷指标值×分值”计分，"
            "反向指标（“≤”）不超过指标值的得满分；4.定性指标根据完成情况酌情扣分；5." + BANDS)
    put(r, 1, note, h="left", border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    ws.row_dimensions[r].height = 60
    r += 1
    put(r, 1, "填报人：王立新　　审核人：赵春雷　　联系电话：0431-82321576　　填报日期：2025年3月27日", h="left",
        border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    ws.print_title_rows = f"{h0}:{h0 + 1}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    wb.save(path)
    H.A.normalize_zip(path)


ALL.append(h335())




# ============================================================ h336 莆田市涵江区人社局 (HTML, budget by 支出功能分类科目)

def h336():
    dept = "莆田市涵江区人力资源和社会保障局"
    # 支出功能分类科目 (项 lines): (编码, 名称, 年初预算数, 全年预算数, 全年执行数, 基本 / 项目)
    items = [("2080101", "行政运行", 612.40, 638.25, 632.18, "基本"),
             ("2080102", "一般行政管理事务", 85.00, 96.40, 88.26, "项目"),
             ("2080109", "社会保险经办机构", 326.80, 341.62, 335.47, "基本"),
             ("2080150", "事业运行", 198.50, 204.36, 201.88, "基本"),
             ("2080199", "其他人力资源和社会保障管理事务支出", 40.00, 0.00, 0.00, "项目"),
             ("2080505", "机关事业单位基本养老保险缴费支出", 186.20, 192.48, 192.48, "基本"),
             ("2080506", "机关事业单位职业年金缴费支出", 74.50, 76.99, 76.99, "基本"),
             ("2080705", "公益性岗位补贴", 420.00, 468.30, 441.62, "项目"),
             ("2080711", "就业见习补贴", 60.00, 72.50,
              78.36, "项目"),  # PLANT SPENDING_OVER_BUDGET: 就业见习补贴 执行 78.36 against its 全年预算 72.50
             ("2080799", "其他就业补助支出", 150.00, 186.40, 172.35, "项目"),
             ("2101101", "行政单位医疗", 32.60, 33.84, 33.84, "基本"),
             ("2101102", "事业单位医疗", 28.40, 29.52, 29.52, "基本"),
             ("2210201", "住房公积金", 96.80, 98.64, 98.64, "基本")]
    names = {"208": "社会保障和就业支出", "20801": "人力资源和社会保障管理事务", "20805": "行政事业单位养老支出",
             "20807": "就业补助", "210": "卫生健康支出", "21011": "行政事业单位医疗", "221": "住房保障支出",
             "22102": "住房改革支出"}

    def tot(pref):
        m = [x for x in items if x[0].startswith(pref)]
        return tuple(r2(sum(x[k] for x in m)) for k in (2, 3, 4))
    lines = []  # (编码, 名称, level 1/2/3, 年初, 全年, 执行, printed rate)
    seen = set()
    for x in items:
        for pref in (x[0][:3], x[0][:5]):
            if pref not in seen:
                seen.add(pref)
                lines.append([pref, names[pref], len(pref) // 2, *tot(pref), None])
        lines.append([x[0], x[1], 3, x[2], x[3], x[4], None])
    ia, aa, ea = tot("")
    rate = pct(ea, aa)
    assert (ia, aa, ea, rate) == (2311.20, 2439.30, 2381.59, 97.63), (ia, aa, ea, rate)
    for ln in lines:
        ln[6] = f"{pct(ln[5], ln[4]):.2f}%" if ln[4] else "—"
    by = {ln[0]: ln for ln in lines}
    assert by["2080711"][6] == "108.08%" and by["20807"][3:6] == [630.00, 727.20, 692.33] and by["20807"][6] == "95.20%"
    by["2080199"][6] = "100.00%"  # PLANT RATE_OVER_ZERO_BASE: 0.00 / 0.00 (全年预算 cut to nil), printed 100.00%
    by["20807"][6] = "95.02%"  # PLANT EXECUTION_RATE: 20807 就业补助 692.33 ÷ 727.20 = 95.20%, printed 95.02%
    ab_b, eb_b = (r2(sum(x[k] for x in items if x[5] == "基本")) for k in (3, 4))
    ab_p, eb_p = (r2(sum(x[k] for x in items if x[5] == "项目")) for k in (3, 4))
    ib_b, ib_p = (r2(sum(x[2] for x in items if x[5] == p)) for p in ("基本", "项目"))
    assert (ab_b, eb_b, ab_p, eb_p, ib_b, ib_p) == (1615.70, 1601.00, 823.60, 780.59, 1556.20, 755.00)
    assert r2(ab_b + ab_p) == aa and r2(eb_b + eb_p) == ea and eb_p < ab_p and eb_b < ab_b
    no_half(6 * rate / 100, "预算执行率 6 × rate")
    es = r2(6 * rate / 100)
    carry = r2(100 - rate)
    assert es == 5.86 and carry == 2.37
    # (一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因)
    ind = [("决策", "绩效目标", "绩效目标合理性", "合理", "合理", 3, 3, ""),
           ("决策", "绩效目标", "绩效指标明确性", "明确", "较明确", 3, 2.5, "部分效益指标未细化量化；2025年细化指标值"),
           ("决策", "预算配置", "预算编制科学性", "科学", "科学", 4, 4, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 6, es, "部分就业补助资金年底结转"),
           ("过程", "预算执行", "结转结余率", "≤5%", f"{carry:.2f}%", 4, 4, ""),
           ("过程", "预算执行", "“三公”经费控制率", "≤100%", "82.6%", 3, 3, ""),
           ("过程", "预算管理", "资产管理规范性", "规范", "基本规范", 3, 2.5, "2台办公设备报废未及时在资产系统中核销"),
           ("过程", "预算管理", "政府采购执行率", "100%", "100%", 4, 4, ""),
           ("产出", "重点工作", "城镇新增就业人数", "≥6500人", "6842人", 8, 8, ""),
           ("产出", "重点工作", "失业人员再就业人数", "≥1800人", "1865人", 6, 6, ""),
           ("产出", "重点工作", "补贴性职业技能培训人次", "≥5000人次", "4620人次", 6, P(4620, 5000, 6),
            "部分培训机构年内被暂停培训资质，培训计划延后；2025年扩大定点机构范围"),
           ("产出", "重点工作", "公益性岗位安置人数", "≥400人", "412人", 5, 5, ""),
           ("产出", "履职效能", "劳动人事争议仲裁结案率", "≥95%", "96.8%", 5, 5, ""),
           ("产出", "履职效能", "社会保险待遇按时足额发放率", "100%", "100%", 5, 5, ""),
           ("产出", "履职效能", "劳动保障监察举报投诉按期结案率", "≥98%", "98%", 5, 5, ""),
           ("效益", "社会效益", "城镇登记失业率", "≤3.5%", "3.1%", 8, 8, ""),
           ("效益", "社会效益", "企业职工基本养老保险参保人数", "≥8.6万人", "8.74万人", 8, 8, ""),
           ("效益", "社会效益", "因欠薪引发的重大群体性事件", "0起", "0起", 6, 6, ""),
           ("效益", "满意度", "服务对象满意度", "≥90%", "92.6%", 8, 8, "")]
    assert P(4620, 5000, 6) == 5.54 and len(ind) == 19 and s2(ind, 5) == 100
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert sec == [("决策", 10, 9.5), ("过程", 20, 19.36), ("产出", 40, 39.54), ("效益", 30, 30)], sec
    total = s2(ind, 6)
    assert total == 98.4, total
    g = gold(None, dept, 2024, "COUNTY", "福建省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ia, aa, ea, rate, ab_b, eb_b, ab_p, eb_p), sec, grows(ind))
    meta = dict(dept=dept, lines=lines, ind=ind, sec=sec, total=total, rate=rate, ia=ia, aa=aa, ea=ea, ab_b=ab_b,
                eb_b=eb_b, ab_p=ab_p, eb_p=eb_p, ib_b=ib_b, ib_p=ib_p)
    k = by["20807"]
    z = by["2080199"]
    o = by["2080711"]
    fnd = [F("SPENDING_OVER_BUDGET", "表1 2080711 就业见习补贴 全年执行数",
             f"2080711 | 就业见习补贴 | {mc(o[3])} | {mc(o[4])} | {mc(o[5])} | {o[6]}", mc(o[5]), f"≤ {mc(o[4])}", "HIGH",
             "WARNING",
             f"the 项 line 2080711 就业见习补贴 spent {mc(o[5])} against its 全年预算数 {mc(o[4])} ({o[6]}, right on its "
             f"figures): {mc(r2(o[5] - o[4]))} over the line's budget; the 款 20807 就业补助 and the 合计 stay under budget "
             "only because the other lines are under; spending above a 科目's adjusted budget needs a 预算调剂 the report "
             "does not mention (worth asking)"),
           F("RATE_OVER_ZERO_BASE", "表1 2080199 其他人力资源和社会保障管理事务支出 执行率",
             f"2080199 | 其他人力资源和社会保障管理事务支出 | {mc(z[3])} | {mc(z[4])} | {mc(z[5])} | {z[6]}", z[6],
             "— (base 0)", "HIGH", "WARNING",
             f"the line's 年初预算 {mc(z[3])} was adjusted to a 全年预算数 of 0.00 and nothing was spent: a rate over a zero "
             "base is undefined (no other line of 表1 has a zero budget), yet the line prints 100.00%; it carries no "
             "score"),
           F("EXECUTION_RATE", "表1 20807 就业补助 执行率",
             f"20807 | 就业补助 | {mc(k[3])} | {mc(k[4])} | {mc(k[5])} | {k[6]}", k[6],
             f"{pct(k[5], k[4]):.2f}%", "HIGH", "ERROR",
             f"the 款 line 20807 就业补助: {mc(k[5])} ÷ {mc(k[4])} = {pct(k[5], k[4]):.2f}%, printed {k[6]} (digits "
             "swapped); its amounts add its three 项 lines (630.00, 727.20, 692.33) and the 合计 rate "
             f"{rate:.2f}% is right")]
    return {"stem": "h336_hanjiang_renshe", "format": "html", "html": html336(meta), "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["budget execution is printed BY FUNCTIONAL CLASSIFICATION: 表1 科目编码 | 科目名称 | 年初预算数 | "
                      "全年预算数 | 全年执行数 | 执行率 with 类 (208, 210, 221), 款 (20801 …) and 项 (2080101 …) lines; a 类 "
                      "line is the sum of its 款 lines and a 款 line the sum of its 项 lines, so the 合计 is the three 类 "
                      "lines only (adding every line would count each 项 three times); the 科目 lines are not indicators "
                      "and not gold budget parts; 基本 / 项目 come from 二's prose",
                      f"表1: every 类 and 款 line adds the lines under it in all three columns; 合计 {mc(ia)} | {mc(aa)} | "
                      f"{mc(ea)} | {rate:.2f}% right; 年初 < 全年 (追加), one 项 line cut to nil (2080199, the zero base); "
                      "the other rates right, 100.00% on fully spent lines (养老保险缴费, 职业年金, 医疗, 住房公积金)",
                      f"二's prose: 基本 {mc(ab_b)} + 项目 {mc(ab_p)} = {mc(aa)}; {mc(eb_b)} + {mc(eb_p)} = {mc(ea)}; both under "
                      "budget",
                      f"预算执行率 6 × {rate:.2f}% = 5.8578 → {fmt(es)} (执行率×分值, with a reason); 结转结余率 {carry:.2f}% "
                      "(= 100% − the 执行率) vs ≤5% (a ceiling, met); “三公”经费控制率 82.6% vs ≤100% and 城镇登记失业率 3.1% vs "
                      "≤3.5% (ceilings, met); 劳动保障监察举报投诉按期结案率 98% vs ≥98% (met exactly); 因欠薪引发的重大"
                      "群体性事件 0 vs 0起 (met); 补贴性职业技能培训 6 × 4620 ÷ 5000 = 5.544 → 5.54 (proportion rule, with a "
                      "reason); 绩效指标明确性 and 资产管理规范性 −0.5 with reasons (judgement)",
                      f"四's 一级 sentence adds the rows (9.5, 19.36, 39.54, 30); 合计 100 | {fmt(total)} = the 19 rows; 优"]}


def html336(M):
    e = esc
    brows = [f"<tr class=\"tot\"><td colspan=\"2\">合计</td><td class=\"r\">{mc(M['ia'])}</td><td class=\"r\">"
             f"{mc(M['aa'])}</td><td class=\"r\">{mc(M['ea'])}</td><td>{M['rate']:.2f}%</td></tr>"]
    for code, name, lvl, a, b_, x, rt in M["lines"]:
        cls = {1: "lei", 2: "kuan", 3: "xiang"}[lvl]
        brows.append(f"<tr class=\"{cls}\"><td class=\"l\">{code}</td><td class=\"l\">{'　' * (lvl - 1)}{e(name)}</td>"
                     f"<td class=\"r\">{mc(a)}</td><td class=\"r\">{mc(b_)}</td><td class=\"r\">{mc(x)}</td>"
                     f"<td>{rt}</td></tr>")
    ind = M["ind"]
    trs = []
    s1 = {a: b - a + 1 for a, b in spans(ind, 0)}
    s2_ = {a: b - a + 1 for a, b in spans(ind, 1)}
    for i, x in enumerate(ind):
        cells = []
        if i in s1:
            cells.append(f"<td rowspan=\"{s1[i]}\">{e(x[0])}</td>" if s1[i] > 1 else f"<td>{e(x[0])}</td>")
        if i in s2_:
            cells.append(f"<td rowspan=\"{s2_[i]}\">{e(x[1])}</td>" if s2_[i] > 1 else f"<td>{e(x[1])}</td>")
        cells += [f"<td class=\"l\">{e(x[2])}</td>", f"<td>{e(x[3])}</td>", f"<td>{e(x[4])}</td>",
                  f"<td>{fmt(x[5])}</td>", f"<td>{fmt(x[6])}</td>", f"<td class=\"l\">{e(x[7])}</td>"]
        trs.append("<tr>" + "".join(cells) + "</tr>")
    trs.append(f"<tr class=\"tot\"><td colspan=\"5\">合计</td><td>100</td><td>{fmt(M['total'])}</td>"
               f"<td>自评等级：{grade(M['total'])}</td></tr>")
    ind_rows = "\n".join(trs)
    bud_rows = "\n".join(brows)
    s = {n: (w, s_) for n, w, s_ in M["sec"]}
    d = M["dept"]
    secs_txt = "，".join(f"{n}指标{fmt(s[n][1])}分（满分{fmt(s[n][0])}分）" for n in ("决策", "过程", "产出", "效益"))
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{e(d)}2024年度部门整体支出绩效自评报告 - 莆田市涵江区人民政府</title>
<style>
body{{margin:0;font:14px/1.8 "Microsoft YaHei","SimSun",sans-serif;color:#222;background:#f4f6f9}}
.hd{{background:#0d4f8b;color:#fff;padding:18px 0}}
.hd .in{{width:1100px;margin:0 auto;font-size:26px;letter-spacing:2px}}
.nav{{background:#1565a8;height:40px}}
.nav .in{{width:1100px;margin:0 auto;color:#dfeaf5;line-height:40px;font-size:14px}}
.main{{width:1060px;margin:16px auto;background:#fff;padding:20px 20px 36px}}
.crumb{{font-size:12px;color:#888;border-bottom:1px dashed #ccc;padding-bottom:8px}}
h1{{font-size:22px;text-align:center;margin:20px 0 6px;color:#0d4f8b}}
.info{{text-align:center;font-size:12px;color:#888;margin-bottom:16px}}
.content p{{text-indent:2em;margin:8px 0}}
.content p.t{{font-weight:bold;text-indent:0}}
.content p.c{{text-align:center;text-indent:0;font-weight:bold}}
.content p.u{{text-align:right;text-indent:0;font-size:12px;margin:0}}
.content table{{border-collapse:collapse;width:100%;font-size:13px;margin:4px 0 12px}}
.content td{{border:1px solid #777;padding:4px 6px;text-align:center}}
.content td.l{{text-align:left}}
.content td.r{{text-align:right}}
.content tr.th td{{background:#e8eef5;font-weight:bold}}
.content tr.tot td,.content tr.lei td{{font-weight:bold}}
.content tr.kuan td{{background:#fafafa}}
.ft{{text-align:center;font-size:12px;color:#999;padding:20px 0}}
</style>
</head>
<body>
<div class="hd"><div class="in">莆田市涵江区人民政府</div></div>
<div class="nav"><div class="in">首页　　政务公开　　政务服务　　互动交流　　走进涵江</div></div>
<div class="main">
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 财政预决算 &gt; 部门绩效自评</div>
<h1>{e(d)}2024年度部门整体支出绩效自评报告</h1>
<div class="info">发布时间：2025-05-28 10:15　　来源：涵江区人社局　　【字体：大 中 小】</div>
<div class="content">
<p class="t">一、部门基本情况</p>
<p>{e(d)}是区政府工作部门，主要负责全区就业创业、社会保险、人才人事、劳动关系和劳动保障监察等工作，内设股室9个，下属区劳动就业中心、区社会保险中心、区劳动保障监察大队3个事业单位，年末在职人员118人。</p>
<p class="t">二、部门预算执行情况</p>
<p>2024年部门年初预算{mc(M['ia'])}万元，年中追加后全年预算{mc(M['aa'])}万元，全年执行{mc(M['ea'])}万元，预算执行率{M['rate']:.2f}%。其中：基本支出全年预算{mc(M['ab_b'])}万元，执行{mc(M['eb_b'])}万元；项目支出全年预算{mc(M['ab_p'])}万元，执行{mc(M['eb_p'])}万元。按支出功能分类科目的执行情况见表1。</p>
<p class="c">表1　2024年度部门预算执行情况（按支出功能分类科目）</p>
<p class="u">单位：万元</p>
<table>
<tr class="th"><td>科目编码</td><td>科目名称</td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>执行率</td></tr>
{bud_rows}
</table>
<p>注：类级、款级科目金额为所属下级科目金额合计；2080199其他人力资源和社会保障管理事务支出年初安排的40.00万元，年中调剂用于公益性岗位补贴。</p>
<p class="t">三、部门整体绩效指标完成情况</p>
<p>我局对照年初设定的部门整体绩效目标，从决策、过程、产出、效益四个方面设置三级指标19个，满分100分，逐项开展自评，自评情况见表2。</p>
<p class="c">表2　2024年度部门整体支出绩效自评表</p>
<table>
<tr class="th"><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td><td>偏差原因分析</td></tr>
{ind_rows}
</table>
<p>评分说明：预算执行率得分＝执行率×分值；定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”计分，反向指标（“≤”）不超过指标值的得满分；定性指标根据完成情况酌情扣分。</p>
<p class="t">四、自评结论</p>
<p>经自评，我局2024年度部门整体支出绩效自评得分{fmt(M['total'])}分，自评等级为“{grade(M['total'])}”。其中{secs_txt}。等级划分：{e(BANDS)}</p>
<p class="t">五、存在的问题及改进措施</p>
<p>一是个别科目预算调剂不够及时，部分就业补助资金年底结转；二是补贴性职业技能培训人次未完成年度目标；三是资产管理还需加强。下一步，我局将加强预算执行监控和科目调剂管理，扩大职业技能培训定点机构范围，规范资产管理。</p>
<p style="text-align:right">{e(d)}<br>2025年5月26日</p>
</div>
</div>
<div class="ft">主办单位：莆田市涵江区人民政府办公室　　闽ICP备05012345号　　网站标识码：3503030001</div>
</body>
</html>
"""


ALL.append(h336())




# ============================================================ h337 盐城市盐都区民政局 (DOCX, third-party, a questionnaire table)

def h337():
    dept = "盐城市盐都区民政局"
    unit = "盐城市盐都区养老服务指导中心"
    project = "2024年盐都区居家和社区养老服务项目"
    evaluator = "江苏盐诚工程项目管理咨询有限公司"
    src = [("省级补助资金", 420.00), ("区级财政资金", 860.00)]
    ia, aa, ea = 1200.00, r2(sum(x[1] for x in src)), 1196.58
    rate = pct(ea, aa)
    assert (aa, rate) == (1280.00, 93.48), (aa, rate)
    no_half(5 * rate / 100, "预算执行率 5 × rate")
    bs = r2(5 * rate / 100)
    assert bs == 4.67
    # 表2 服务对象满意度调查结果: (调查内容, 非常满意, 满意, 基本满意, 不满意)
    survey = [("上门服务及时性", 186, 172, 41, 13),
              ("助餐服务质量", 198, 170, 32, 12),
              ("服务人员态度", 224, 160, 22, 6),
              ("家庭适老化改造效果", 120, 128, 28, 10),
              ("对居家养老服务的总体评价", 190, 176, 36, 10)]
    srates = [pct(a + b, a + b + c + d) for _, a, b, c, d in survey]
    assert srates == [86.89, 89.32, 93.20, 86.71, 88.83], srates
    assert [a + b + c + d for _, a, b, c, d in survey] == [412, 412, 412, 286, 412]
    sat = r2(sum(srates) / len(srates))
    pooled = pct(sum(a + b for _, a, b, _, _ in survey), sum(a + b + c + d for _, a, b, c, d in survey))
    assert sat == 88.99 and pooled == 89.14 and r2(sum(a + b for _, a, b, _, _ in survey) / 1) == 1724
    sat_rule = 4  # the row's bands: ≥90% 6; 85%（含）—90% 4; 80%（含）—85% 2; below 80% 0
    sat_score = 5  # PLANT RULE_SCORE: 88.99% sits in the 85%–90% band: 4, printed 5
    assert 85 <= sat < 90 and 85 <= pooled < 90
    prop = "达到目标值得满分，未达到按“实际完成值÷年度指标值×分值”计分"
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 评分标准, 扣分原因)
    ind = [("决策", "项目立项", "立项依据充分性", "—", "—", 3, 3, "符合国家和省养老服务政策、与部门职责相符得满分，否则酌情扣分", ""),
           ("决策", "项目立项", "立项程序规范性", "—", "—", 2, 2, "按规定程序申报、审批得满分，否则酌情扣分", ""),
           ("决策", "绩效目标", "绩效目标合理性", "—", "—", 3, 2.5, "目标与资金量、工作任务相匹配得满分，否则酌情扣分",
            "助餐服务人次目标低于上年实际完成值"),
           ("决策", "绩效目标", "绩效指标明确性", "—", "—", 2, 1.5, "指标细化量化得满分，每有1项不可衡量扣0.5分",
            "满意度指标未明确调查对象和口径"),
           ("决策", "资金投入", "预算编制科学性", "—", "—", 3, 3, "预算编制依据充分、测算合理得满分，否则酌情扣分", ""),
           ("决策", "资金投入", "资金分配合理性", "—", "—", 2, 2, "按服务量和绩效分配资金得满分，否则酌情扣分", ""),
           ("过程", "资金管理", "资金到位率", "100%", "100%", 3, 3, "到位率×分值", ""),
           ("过程", "资金管理", "预算执行率", "100%", f"{rate:.2f}%", 5, bs, "执行率×分值", f"执行率{rate:.2f}%"),
           ("过程", "资金管理", "资金使用合规性", "—", "—", 4, 3.5, "资金使用符合规定得满分，每发现1处不规范扣0.5分",
            "1笔助餐补贴未附就餐签名台账"),
           ("过程", "组织实施", "管理制度健全性", "—", "—", 4, 4, "制度健全得满分，否则酌情扣分", ""),
           ("过程", "组织实施", "制度执行有效性", "—", "—", 4, 3, "制度执行有效得满分，否则酌情扣分",
            "服务机构考核结果未与补贴拨付挂钩"),
           ("产出", "产出数量", "居家上门服务人次", "≥36万人次", "37.2万人次", 6, 6, prop, ""),
           ("产出", "产出数量", "老年助餐服务人次", "≥18万人次", "16.5万人次", 6, P(16.5, 18, 6), prop,
            "2个助餐点下半年才投入运营"),
           ("产出", "产出数量", "特殊困难老年人家庭适老化改造", "≥300户", "300户", 5, 5, prop, ""),
           ("产出", "产出数量", "新建社区养老服务站点", "≥12个", "14个", 5, 5, prop, ""),
           ("产出", "产出质量", "服务对象回访合格率", "≥95%", "96.4%", 4, 4, prop, ""),
           ("产出", "产出时效", "补贴资金拨付及时率", "100%", "100%", 4, 4, "及时率×分值", ""),
           ("产出", "产出成本", "助餐服务人均补贴标准", "≤8元/餐", "7.5元/餐", 5, 5, "不超过标准得满分，超出不得分", ""),
           ("效益", "社会效益", "居家养老服务覆盖率", "≥60%", "63.8%", 6, 6, prop, ""),
           ("效益", "社会效益", "失能半失能老年人照护服务覆盖率", "≥50%", "46.2%", 6, P(46.2, 50, 6), prop,
            "农村地区照护服务供给不足"),
           ("效益", "社会效益", "养老服务从业人员培训持证率", "≥80%", "84.5%", 6, 6, prop, ""),
           ("效益", "可持续影响", "养老服务运营长效机制", "健全", "基本健全", 6, 5, "机制健全得满分，否则酌情扣分",
            "社区站点运营补贴与服务绩效挂钩机制尚未建立"),
           ("效益", "满意度", "服务对象满意度", "≥90%", f"{sat:.2f}%", 6, sat_score,
            "≥90%得6分；85%（含）—90%得4分；80%（含）—85%得2分；80%以下不得分", f"问卷调查综合满意度{sat:.2f}%")]
    assert P(16.5, 18, 6) == 5.5 and P(46.2, 50, 6) == 5.54
    assert len(ind) == 23 and s2(ind, 5) == 100
    total_rows = s2(ind, 6)
    assert total_rows == 94.21, total_rows
    total = 94.12  # PLANT TOTAL_VS_ROWS: the 23 rows add to 94.21; 三, 表1's 合计 and the 评分表's 合计 print 94.12
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert sec == [("决策", 15, 14), ("过程", 20, 18.17), ("产出", 35, 34.5), ("效益", 30, 27.54)], sec
    rates = [f"{pct(s_, w):.2f}%" for _, w, s_ in sec]
    assert rates == ["93.33%", "90.85%", "98.57%", "91.80%"], rates
    rates[3] = "91.08%"  # PLANT SCORE_RATE: 表1 效益 27.54 ÷ 30 = 91.80%, printed 91.08%
    g = with_project(gold(None, dept, 2024, "COUNTY", "江苏省", "THIRD_PARTY_EVALUATION", evaluator, total, 100,
                          grade(total), budget(ia, aa, ea, rate), sec, grows([x[:8] for x in ind])), project, unit)
    meta = dict(dept=dept, unit=unit, project=project, evaluator=evaluator, src=src, ia=ia, aa=aa, ea=ea, rate=rate,
                survey=survey, srates=srates, sat=sat, ind=ind, total=total, sec=sec, rates=rates)
    fnd = [F("RULE_SCORE", "服务对象满意度",
             f"服务对象满意度 | 6 | ≥90%得6分；85%（含）—90%得4分；80%（含）—85%得2分；80%以下不得分 | ≥90% | {sat:.2f}% | "
             f"{sat_score}", str(sat_score), str(sat_rule), "HIGH", "ERROR",
             f"the row's own rule puts {sat:.2f}% (表2's 综合满意度) in the 85%（含）—90% band: 4 points; the 评分表 prints "
             f"{sat_score}; the 效益 line of 表1 and the 合计 add the printed {sat_score}"),
           F("TOTAL_VS_ROWS", "综合得分",
             f"综合得分{fmt(total)}分 / 表1 合计 | 100 | {fmt(total)} / 评分表 合计 | 100 | {fmt(total)}", fmt(total),
             fmt(total_rows), "HIGH", "ERROR",
             f"the 23 rows of the 评分表 add to {fmt(total_rows)} (决策 14 + 过程 18.17 + 产出 34.5 + 效益 27.54, 表1's own "
             f"一级 lines), but 三, 表1's 合计 and the 评分表's 合计 print {fmt(total)} (digits transposed; 表1's 合计 "
             f"得分率 {total:.2f}% follows the slip); one slip printed three times; 优 either way"),
           F("SCORE_RATE", "表1 效益 得分率", f"效益 | 30 | 27.54 | {rates[3]}", rates[3], "91.80%", "HIGH", "ERROR",
             f"表1's 得分率 is 得分 ÷ 分值: 27.54 ÷ 30 = 91.80%, printed {rates[3]} (digits swapped); 决策 93.33%, 过程 "
             "90.85% and 产出 98.57% are right on their lines")]
    return {"stem": "h337_yandu_minzheng", "format": "docx", "write": write337, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the 满意度 indicator is fed by a QUESTIONNAIRE RESULTS TABLE (表2 服务对象满意度调查结果: 调查内容 | "
                      "非常满意 | 满意 | 基本满意 | 不满意 | 有效样本 | 满意度, five questions and a 综合满意度 line): its lines "
                      "are survey questions with head counts, not indicators; its counts are not scores or weights",
                      "each question's 满意度 = (非常满意 + 满意) ÷ 有效样本 (the 注): 358 ÷ 412 = 86.89%, 368 ÷ 412 = 89.32%, "
                      "384 ÷ 412 = 93.20%, 248 ÷ 286 = 86.71%, 366 ÷ 412 = 88.83% (88.835 → 88.83); question 4 was "
                      "answered only by the 286 households with an 适老化改造 (a smaller sample, not a missing count); "
                      f"the 综合满意度 is the arithmetic MEAN of the five rates (the 注): {sat:.2f}%, not the pooled "
                      f"1724 ÷ 1934 = {pooled:.2f}% — both in the 85%–90% band; 430 问卷 sent, 412 valid (95.81%)",
                      f"预算执行率 5 × {rate:.2f}% = 4.674 → {fmt(bs)} (执行率×分值); 老年助餐服务人次 6 × 16.5 ÷ 18 = 5.5 and "
                      "失能半失能老年人照护服务覆盖率 6 × 46.2 ÷ 50 = 5.544 → 5.54 (proportion rule, with reasons); "
                      "适老化改造 300 vs ≥300户 (met exactly); 助餐服务人均补贴标准 7.5 vs ≤8元/餐 (a ceiling, met; a unit "
                      "cost, not a budget figure); 绩效目标合理性, 指标明确性, 合规性, 制度执行, 长效机制 deductions with "
                      "reasons (judgement)",
                      f"funds: 省级 420.00 + 区级 860.00 = 全年预算 {mc(aa)} (年初 {mc(ia)}: 追加 80.00); 支出 {mc(ea)} ÷ "
                      f"{mc(aa)} = {rate:.2f}%; under budget",
                      "表1's 一级 lines add their rows (14, 18.17, 34.5, 27.54); 决策, 过程 and 产出 得分率 right; 优 on 94.12, "
                      "94.21 or 93.21"]}


def write337(rep, path):
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm
    from reports34 import new_doc, para
    from reports36_common import grid, cell_put
    M = rep["meta"]
    doc = new_doc()

    def put(tb, r, c, text, align="c", bold=False, size=9, to=None):
        cell = tb.cell(r, c)
        if to is not None and to != c:
            cell = cell.merge(tb.cell(r, to))
        cell_put(cell, text, size=size, bold=bold, align=align)
        return cell

    def table(rows, widths, aligns, bold_rows=(0,), size=9.5):
        t = grid(doc, len(rows), widths)
        for i, r in enumerate(rows):
            t.rows[i].height = Mm(7)
            t.rows[i].height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
            for k, v in enumerate(r):
                put(t, i, k, v, "c" if i in bold_rows else aligns[k], i in bold_rows, size)
        return t

    def body(text):
        para(doc, text, indent=True, after=4)

    def head(text):
        para(doc, text, bold=True, size=12, after=2)

    def cap(text):
        para(doc, text, bold=True, size=10.5, center=True, after=2)

    para(doc, "", after=40)
    para(doc, M["project"], bold=True, size=20, center=True, after=8)
    para(doc, "绩效评价报告", bold=True, size=20, center=True, after=60)
    for lab, v in (("委托单位", "盐城市盐都区财政局"), ("项目主管部门", M["dept"]), ("项目实施单位", M["unit"]),
                   ("评价机构", M["evaluator"]), ("报告日期", "2025年7月25日")):
        p = para(doc, f"{lab}：{v}", size=13, after=8)
        p.paragraph_format.left_indent = Mm(30)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    head("一、项目概况")
    srcs = "、".join(f"{n}{mc(v)}万元" for n, v in M["src"])
    body(f"居家和社区养老服务项目主要用于居家上门服务、老年助餐、特殊困难老年人家庭适老化改造和社区养老服务站点建设运营补贴，由"
         f"{M['dept']}主管，{M['unit']}具体实施。2024年项目年初预算{mc(M['ia'])}万元，年中区级追加80.00万元，全年预算"
         f"{mc(M['aa'])}万元，其中{srcs}。截至2024年12月31日，实际支出{mc(M['ea'])}万元，预算执行率{M['rate']:.2f}%。")
    head("二、评价工作开展情况")
    body(f"受盐城市盐都区财政局委托，{M['evaluator']}于2025年5月至7月对该项目开展绩效评价。评价采用案卷研究、数据核查、实地"
         "走访和问卷调查相结合的方法，指标体系由决策、过程、产出、效益4个一级指标和23个三级指标构成，满分100分。评价组在全区"
         "12个镇（街道）随机抽取服务对象发放问卷430份，回收有效问卷412份，有效回收率95.81%。")
    head("三、评价结论")
    body(f"经评价，该项目综合得分{fmt(M['total'])}分，评价等级为“{grade(M['total'])}”。各一级指标得分情况见表1。")
    cap("表1　一级指标得分情况")
    rows = [["一级指标", "分值", "得分", "得分率"]]
    rows += [[n, fmt(w), fmt(s_), rt] for (n, w, s_), rt in zip(M["sec"], M["rates"])]
    rows.append(["合计", "100", fmt(M["total"]), f"{M['total']:.2f}%"])
    table(rows, [40, 30, 30, 34], "cccc", bold_rows=(0, len(rows) - 1))
    para(doc, "评价等级划分：" + BANDS, size=10, after=6)
    head("四、绩效分析")
    body("（一）决策情况。项目立项依据充分、程序规范，预算编制和资金分配较为合理；但部分绩效目标值偏低，满意度指标未明确调查口径。")
    body(f"（二）过程情况。资金全部到位，预算执行率{M['rate']:.2f}%；抽查发现1笔助餐补贴未附就餐签名台账，服务机构考核结果未与"
         "补贴拨付挂钩。")
    body("（三）产出情况。全年提供居家上门服务37.2万人次，老年助餐服务16.5万人次，完成特殊困难老年人家庭适老化改造300户，新建社区"
         "养老服务站点14个，服务对象回访合格率96.4%。")
    body(f"（四）效益情况。全区居家养老服务覆盖率63.8%，失能半失能老年人照护服务覆盖率46.2%。评价组对服务对象开展满意度问卷调查，"
         f"调查结果见表2，综合满意度为{M['sat']:.2f}%。")
    cap("表2　服务对象满意度调查结果")
    rows = [["调查内容", "非常满意", "满意", "基本满意", "不满意", "有效样本", "满意度"]]
    for (q, a, b, c, d), rt in zip(M["survey"], M["srates"]):
        rows.append([q, str(a), str(b), str(c), str(d), str(a + b + c + d), f"{rt:.2f}%"])
    rows.append(["综合满意度", "—", "—", "—", "—", "—", f"{M['sat']:.2f}%"])
    table(rows, [52, 18, 16, 18, 16, 18, 20], "lcccccc", bold_rows=(0, len(rows) - 1), size=9)
    para(doc, "注：1.各题满意度＝（非常满意人数＋满意人数）÷有效样本数×100%；2.综合满意度为各题满意度的算术平均值；3.第4题仅由已"
              "实施或申请适老化改造的286户服务对象作答。", size=9, after=6)
    head("五、存在的问题")
    body("（一）绩效目标设置不够科学，助餐服务人次目标低于上年实际完成值，满意度指标口径不明确。（二）老年助餐服务覆盖不足，2个助餐点"
         "下半年才投入运营。（三）农村地区失能半失能老年人照护服务供给不足。（四）社区站点运营补贴与服务绩效挂钩机制尚未建立。"
         "（五）服务对象综合满意度未达到90%的目标，上门服务及时性和适老化改造效果满意度相对较低。")
    head("六、有关建议")
    body("科学设定绩效目标；加快助餐点布局和运营；加大农村照护服务供给；建立以服务绩效为导向的运营补贴机制；针对上门服务及时性"
         "和适老化改造效果，完善服务派单和质量回访制度。")
    para(doc, "", after=6)
    for text in (M["evaluator"], "2025年7月25日"):
        para(doc, text, after=0).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    # ---- appendix: landscape 评分表
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    para(doc, "附件", bold=True, size=12, after=4)
    para(doc, f"{M['project']}绩效评价评分表", bold=True, size=15, center=True, after=6)
    ind = M["ind"]
    t = grid(doc, 1 + len(ind) + 1, [18, 22, 44, 12, 62, 24, 24, 12, 39])
    for row_ in t.rows:
        row_.height = Mm(7)
        row_.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    for k, h in enumerate(["一级指标", "二级指标", "三级指标", "分值", "评分标准", "年度指标值", "实际完成值", "得分",
                           "扣分原因"]):
        put(t, 0, k, h, bold=True)
    for i, x in enumerate(ind):
        r = 1 + i
        put(t, r, 2, x[2], "l")
        put(t, r, 3, fmt(x[5]))
        put(t, r, 4, x[7], "l", size=8)
        put(t, r, 5, x[3])
        put(t, r, 6, x[4])
        put(t, r, 7, fmt(x[6]))
        put(t, r, 8, x[8], "l", size=8)
    for col in (0, 1):
        for a, b in spans(ind, col):
            cell = t.cell(1 + a, col)
            if b > a:
                cell = cell.merge(t.cell(1 + b, col))
            cell_put(cell, ind[a][col], size=9)
    r = 1 + len(ind)
    put(t, r, 0, "合计", bold=True, to=2)
    put(t, r, 3, "100", bold=True)
    put(t, r, 4, "", to=6)
    put(t, r, 7, fmt(M["total"]), bold=True)
    put(t, r, 8, "")
    para(doc, "评价组成员签字：（略）", size=10)
    doc.save(path)
    H.A.normalize_zip(path)


ALL.append(h337())




# ============================================================ h338 洛阳市偃师区卫健委 (TXT, numerator / denominator table)

def h338():
    dept = "洛阳市偃师区卫生健康委员会"
    unit = "洛阳市偃师区基层卫生服务指导中心"
    project = "2024年偃师区基本公共卫生服务项目"
    # (来源, 年初预算数, 全年预算数, 全年执行数)
    src = [("中央补助资金", 2140.00, 2186.40, 2108.52), ("省级补助资金", 486.00, 486.00, 468.30),
           ("市级配套资金", 121.50, 121.50, 118.60), ("区级配套资金", 232.50, 243.00, 223.20)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    assert (ia, aa, ea, rate) == (2980.00, 3036.90, 2918.62, 96.11), (ia, aa, ea, rate)
    src_rates = [pct(x[3], x[2]) for x in src]
    no_half(rate / 10, "预算执行率 score")
    es = r2(rate / 10)
    assert es == 9.61
    # 附表 比率类指标计算明细: (指标名称, 分子项, 分子, 分母项, 分母)
    calc = [("居民电子健康档案建档率", "建立电子健康档案人数", 532468, "辖区常住人口数", 583460),
            ("65岁及以上老年人健康管理率", "年内接受健康管理的65岁及以上常住居民数", 61838, "辖区65岁及以上常住居民数",
             90380),
            ("高血压患者基层规范管理服务率", "按照规范要求进行高血压患者健康管理的人数", 18426, "年内已管理的高血压患者人数",
             24310),
            ("2型糖尿病患者基层规范管理服务率", "按照规范要求进行2型糖尿病患者健康管理的人数", 6942,
             "年内已管理的2型糖尿病患者人数", 9729),
            ("0～6岁儿童健康管理率", "年度辖区内接受1次及以上随访的0～6岁儿童数", 28146, "年度辖区内0～6岁儿童数", 30045),
            ("孕产妇系统管理率", "辖区内按照规范要求接受系统管理的产妇人数", 4522, "辖区内活产数", 4893),
            ("严重精神障碍患者规范管理率", "年内按照规范要求进行管理的严重精神障碍患者人数", 2184,
             "年内辖区内登记在册的确诊严重精神障碍患者人数", 2533),
            ("肺结核患者规范管理率", "已完成治疗的规则服药肺结核患者人数", 412, "同期辖区内已完成治疗的肺结核患者人数", 431),
            ("重点人群家庭医生签约服务覆盖率", "签约服务的重点人群数", 137526, "辖区重点人群数", 178330),
            ("居民电子健康档案动态使用率", "有动态记录的档案份数", 342382, "建立电子健康档案份数", 532468)]
    cres = [pct(a, b) for _, _, a, _, b in calc]
    assert cres == [91.26, 68.42, 75.80, 71.35, 93.68, 92.42, 86.22, 95.59, 77.12, 64.30], cres
    assert calc[-1][4] == calc[0][2]  # the 动态使用率's denominator is the 建档人数 (trap)
    cprint = [f"{x:.2f}%" for x in cres]
    cprint[2] = "78.50%"  # PLANT FORMULA: 18,426 ÷ 24,310 = 75.80%, printed 78.50% (and copied into 表2)
    res = {c[0]: p for c, p in zip(calc, cprint)}
    clinic_score = 4  # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: 20 村卫生室 targeted, 一 and 五 say 3 not finished; full 4
    # (一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因)
    ind = [("预算执行", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, es, "部分村卫生室标准化建设尾款待竣工验收后支付"),
           ("产出指标", "数量指标", "居民电子健康档案建档率", "≥90%", res["居民电子健康档案建档率"], 5, 5, ""),
           ("产出指标", "数量指标", "65岁及以上老年人健康管理率", "≥70%", res["65岁及以上老年人健康管理率"], 5,
            P(68.42, 70, 5), "部分行动不便老年人未能到点体检，上门体检覆盖不足；2025年增加巡回体检"),
           ("产出指标", "数量指标", "高血压患者基层规范管理服务率", "≥62%", res["高血压患者基层规范管理服务率"], 5, 5, ""),
           ("产出指标", "数量指标", "2型糖尿病患者基层规范管理服务率", "≥62%", res["2型糖尿病患者基层规范管理服务率"], 5, 5,
            ""),
           ("产出指标", "数量指标", "0～6岁儿童健康管理率", "≥90%", res["0～6岁儿童健康管理率"], 4, 4, ""),
           ("产出指标", "数量指标", "孕产妇系统管理率", "≥90%", res["孕产妇系统管理率"], 4, 4, ""),
           ("产出指标", "数量指标", "严重精神障碍患者规范管理率", "≥80%", res["严重精神障碍患者规范管理率"], 4, 4, ""),
           ("产出指标", "数量指标", "肺结核患者规范管理率", "≥90%", res["肺结核患者规范管理率"], 4, 4, ""),
           ("产出指标", "数量指标", "村卫生室标准化建设", "完成20个", "基本完成", 4, clinic_score, ""),
           ("产出指标", "质量指标", "适龄儿童国家免疫规划疫苗接种率", "≥90%", "96.8%", 4, 4, ""),
           ("产出指标", "时效指标", "传染病和突发公共卫生事件报告及时率", "≥95%", "100%", 3, 3, ""),
           ("产出指标", "成本指标", "人均基本公共卫生服务经费补助标准", "≥94元", "94元", 3, 3, ""),
           ("效益指标", "社会效益指标", "居民健康素养水平", "≥28%", "29.6%", 8, 8, ""),
           ("效益指标", "社会效益指标", "重点人群家庭医生签约服务覆盖率", "≥75%", res["重点人群家庭医生签约服务覆盖率"], 8, 8,
            ""),
           ("效益指标", "社会效益指标", "居民电子健康档案动态使用率", "≥60%", res["居民电子健康档案动态使用率"], 8, 8, ""),
           ("效益指标", "可持续影响指标", "基本公共卫生服务长效机制", "健全", "基本健全", 6, 5,
            "乡村医生基本公共卫生服务补助按绩效拨付机制尚未全面落实"),
           ("满意度指标", "服务对象满意度指标", "城乡居民对基本公共卫生服务满意度", "≥85%", "91.4%", 10, 10, "")]
    assert P(68.42, 70, 5) == 4.89 and len(ind) == 18 and s2(ind, 5) == 100
    total = s2(ind, 6)
    assert total == 98.5, total
    # PLANT MALFORMED_RULE: the 建档率 bands leave 80%–85% uncovered (the row's 91.26% is unaffected)
    rule_doc = "居民电子健康档案建档率：≥90%得5分，85%（含）—90%得3分，75%（含）—80%得1分，75%以下不得分"
    g = with_project(gold(None, dept, 2024, "COUNTY", "河南省", "SELF_EVALUATION", None, total, 100, grade(total),
                          budget(ia, aa, ea, rate), [], grows(ind)), project, unit)
    meta = dict(dept=dept, unit=unit, project=project, src=src, src_rates=src_rates, ia=ia, aa=aa, ea=ea, rate=rate,
                calc=calc, cprint=cprint, ind=ind, total=total, rule_doc=rule_doc)
    fnd = [F("FORMULA", "附表 高血压患者基层规范管理服务率 计算结果",
             "高血压患者基层规范管理服务率 | 按照规范要求进行高血压患者健康管理的人数 | 18,426 | 年内已管理的高血压患者人数 | "
             "24,310 | 78.50%", "78.50%", "75.80%", "HIGH", "ERROR",
             "the 附表 works each rate out as 分子 ÷ 分母: 18,426 ÷ 24,310 = 75.80%, printed 78.50% (digits swapped), and 表2 "
             "copies 78.50% as the row's 实际完成值; both exceed ≥62%, so the row's full 5 stands; the other nine 计算结果 "
             "are right"),
           F("MALFORMED_RULE", "评分说明 居民电子健康档案建档率", rule_doc,
             "≥90%：5；85%（含）—90%：3；75%（含）—80%：1", "no band for 80%–85%", "HIGH", "WARNING",
             "the rule's bands leave a gap: a 建档率 from 80% up to (not including) 85% falls in none of them (the third "
             "band should start at 80% or end at 85%); the row's 91.26% is in the top band, so no score changes"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "村卫生室标准化建设",
             "村卫生室标准化建设 | 完成20个 | 基本完成 | 4 | 4 / 一、…完成17个村卫生室标准化建设，3个因选址调整仍在建设 / 五、…"
             "有3个因选址调整至年底尚未竣工验收", "4", "< 4", "HIGH", "WARNING",
             "the target is 20 村卫生室; the row reports only “基本完成” and scores the full 4 with no 偏差原因, while 一 and 五 "
             "say 17 were finished and 3 were still being built at year end (the 预算执行率 row's reason names their "
             "unpaid 尾款); in proportion 4 × 17 ÷ 20 = 3.4")]
    return {"stem": "h338_yanshi_weijian", "format": "txt", "text": text338(meta), "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the rate indicators are worked out in a NUMERATOR / DENOMINATOR table (附表 比率类指标计算明细: 指标名称 | "
                      "分子项 | 分子 | 分母项 | 分母 | 计算结果, ten lines, after the signature): its lines are calculations "
                      "behind 表2's 实际完成值, not indicators; its head counts (532,468 …) are not scores, weights or money",
                      "nine of the ten 计算结果 equal 分子 ÷ 分母 to two decimals and 表2's 实际完成值 (91.26%, 68.42%, 71.35%, "
                      "93.68%, 92.42%, 86.22%, 95.59%, 77.12%, 64.30%); the 动态使用率's 分母 (532,468 建档份数) is the 建档率's "
                      "分子: one figure used twice, rightly; 孕产妇系统管理率's 分母 is 活产数, not a head count of 孕产妇 "
                      "(the national 口径)",
                      f"funds: the four sources add up in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {rate:.2f}% right; "
                      "年初 < 全年 (中央 and 区级 追加); all under budget; 预算执行率 96.11% × 10 = 9.611 → 9.61 (with a reason)",
                      "65岁及以上老年人健康管理率 5 × 68.42 ÷ 70 = 4.887 → 4.89 (proportion rule, with a reason); 人均基本公共"
                      "卫生服务经费补助标准 94 vs ≥94元 (met exactly; a floor on a unit standard, not a budget figure); 报告及时率 "
                      "100% vs ≥95%; 基本公共卫生服务长效机制 −1 with a reason (judgement)",
                      f"总分 {fmt(total)} = the 18 rows as printed; 优 (also on {fmt(r2(total - 0.6))})"]}


def text338(M):
    L = []
    d = M["dept"]
    L.append(f"{M['project']}绩效自评报告")
    L.append("")
    L.append(f"项目主管部门：{d}")
    L.append(f"项目实施单位：{M['unit']}")
    L.append("")
    L.append("一、项目基本情况")
    L.append("　　基本公共卫生服务项目面向辖区全体常住居民免费提供居民健康档案管理、健康教育、预防接种、0～6岁儿童和孕产妇健康管理、"
             "老年人健康管理、慢性病患者健康管理、严重精神障碍患者管理和肺结核患者健康管理等服务，由区卫生健康委员会统筹、区基层"
             "卫生服务指导中心具体组织，全区14个乡镇卫生院（社区卫生服务中心）和336个村卫生室承担。2024年同步实施村卫生室标准化"
             "建设20个，年内完成17个村卫生室标准化建设，3个因选址调整仍在建设。")
    L.append(f"　　2024年项目年初预算{mc(M['ia'])}万元，全年预算{mc(M['aa'])}万元，全年执行{mc(M['ea'])}万元，预算执行率"
             f"{M['rate']:.2f}%。资金来源及执行情况见表1。")
    L.append("表1　项目资金情况（单位：万元）")
    L.append("资金来源\t年初预算数\t全年预算数\t全年执行数\t执行率")
    for (n, a, b, e_), rt in zip(M["src"], M["src_rates"]):
        L.append(f"{n}\t{mc(a)}\t{mc(b)}\t{mc(e_)}\t{rt:.2f}%")
    L.append(f"合计\t{mc(M['ia'])}\t{mc(M['aa'])}\t{mc(M['ea'])}\t{M['rate']:.2f}%")
    L.append("")
    L.append("二、绩效目标完成情况")
    L.append("　　2024年，全区居民电子健康档案建档率91.26%，65岁及以上老年人健康管理率68.42%，0～6岁儿童健康管理率93.68%，孕产妇"
             "系统管理率92.42%，重点人群家庭医生签约服务覆盖率77.12%，居民健康素养水平29.6%。各比率类指标的分子、分母及计算结果"
             "见附表。")
    L.append("")
    L.append("三、绩效指标完成情况及自评得分")
    L.append("表2　项目支出绩效自评表")
    L.append("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析")
    for x in M["ind"]:
        L.append("\t".join([x[0], x[1], x[2], x[3], x[4], fmt(x[5]), fmt(x[6]), x[7]]))
    L.append(f"总分\t\t\t\t\t100\t{fmt(M['total'])}\t自评等级：{grade(M['total'])}")
    L.append("评分说明：1.预算执行率得分＝执行率×分值；2." + M["rule_doc"] + "；3.其他定量指标达到年度指标值的得满分，未达到的按"
             "“实际完成值÷年度指标值×分值”计分；4.定性指标根据完成情况酌情扣分。")
    L.append("")
    L.append("四、自评结论")
    L.append(f"　　经自评，2024年偃师区基本公共卫生服务项目绩效自评得分{fmt(M['total'])}分，自评等级为“{grade(M['total'])}”。"
             "（等级划分：" + BANDS.rstrip("。") + "）")
    L.append("")
    L.append("五、存在的问题及改进措施")
    L.append("　　一是65岁及以上老年人健康管理率未达到年度目标，行动不便老年人上门体检覆盖不足；二是20个村卫生室标准化建设中，有3个因"
             "选址调整至年底尚未竣工验收，相应尾款未支付；三是乡村医生补助按绩效拨付的机制尚未全面落实。下一步，我委将增加巡回体检"
             "频次，督促剩余3个村卫生室尽快完工验收，完善乡村医生补助绩效考核办法。")
    L.append("")
    L.append(d)
    L.append("2025年4月8日")
    L.append("")
    L.append("附表　比率类指标计算明细")
    L.append("指标名称\t分子项\t分子\t分母项\t分母\t计算结果")
    for (n, nu, a, de, b), p in zip(M["calc"], M["cprint"]):
        L.append(f"{n}\t{nu}\t{a:,}\t{de}\t{b:,}\t{p}")
    L.append("注：计算结果＝分子÷分母×100%，保留两位小数。")
    return "\n".join(L) + "\n"


ALL.append(h338())


def main(argv):
    round_main(argv, ALL, "56")


if __name__ == "__main__":
    main(sys.argv[1:])
