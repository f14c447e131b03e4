#!/usr/bin/python3
"""Round 53 (h319–h323): layouts and wordings not used before, each with PLANTED audit problems, made apart from the
code by the corpus53 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report
whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports53.py [h319 …]
(needs python-docx, openpyxl and reportlab; the HTML and the text are written as strings:
h319 a PDF third-party 项目 evaluation report scored by an EXPERT PANEL: the appendix 评分表 prints three experts'
scores per indicator (专家一 / 专家二 / 专家三 under a merged 专家评分 header) and the 得分 as their ARITHMETIC MEAN to two
decimals, each expert's column totalled in the 合计 row; h320 an XLSX 部门整体 form whose indicator table carries
DEVIATION-CAUSE TICK COLUMNS: a merged header 偏差原因类型 over 经费保障 / 制度保障 / 人员保障 / 硬件条件保障 / 其他, “√” in
the cause's column, then the 偏差原因说明及改进措施 text; h321 a DOCX 项目 form with NO 分值 COLUMN: every weight is
written inside the name cell (“开展技术培训（人次）（6分）” under the header 三级指标（分值）, the fund line
“年度资金总额（10分）”), unit brackets and weight brackets side by side; h322 a portal HTML 部门整体 self-evaluation report
whose budget execution is printed BY QUARTER (表2 分季度支出进度表: 当季支出, 累计支出, 累计执行进度 against the 序时进度
25% / 50% / 75% / 100%, 是否达到) and scored by a 预算执行进度 indicator; h323 a plain-text 部门整体 self-evaluation report
whose indicators are organised by the DEPARTMENT'S DUTIES: 职责（领域） | 工作活动 | 绩效指标 (部门运行管理, three 职责
of the 应急管理局, 服务对象满意度), a 小计 line under each block.)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因 / 评分标准 …).
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


def f2(x):
    """a score as the tables print it: up to two decimals, no trailing zeros"""
    return fmt(r2(x))


# ============================================================ h319 乐山市五通桥区文化广播电视和旅游局 (PDF, expert panel)

def h319():
    dept = "乐山市五通桥区文化广播电视和旅游局"
    unit = "乐山市五通桥区文化馆"
    project = "2024年五通桥区公共文化服务体系建设补助资金"
    evaluator = "四川嘉州正信工程管理咨询有限公司"
    src = [("中央补助资金", 300.00), ("省级补助资金", 180.00), ("区级配套资金", 200.00)]
    ia, aa, ea = 620.00, r2(sum(x[1] for x in src)), 648.36
    rate = pct(ea, aa)
    assert (aa, rate) == (680.00, 95.35), (aa, rate)
    no_half(4 * rate / 100, "预算执行率 4 × rate")
    bs = r2(4 * rate / 100)
    assert bs == 3.81
    rule_dec = "依据充分、符合规划得满分，每发现1处不足扣0.5分"
    rule_tm = ("完成及时率≥95%得8分；90%（含）—95%得6分；80%（含）—85%得3分；"  # PLANT MALFORMED_RULE: no band for 85%–90%
               "80%以下不得分")
    # (一级, 二级, 三级, 指标值, 完成值, 分值, (专家一, 专家二, 专家三), 评分标准)
    ind = [("决策", "项目立项", "立项依据充分性", "—", "—", 3, (3, 3, 3), rule_dec),
           ("决策", "项目立项", "立项程序规范性", "—", "—", 2, (2, 2, 2), "程序规范、审批文件齐全得满分，否则酌情扣分"),
           ("决策", "绩效目标", "绩效目标合理性", "—", "—", 3, (2.5, 2, 2.5), "目标与项目内容、预算相匹配得满分，否则酌情扣分"),
           ("决策", "绩效目标", "绩效指标明确性", "—", "—", 3, (2, 1.5, 2), "指标细化量化、可衡量得满分，每项不明确扣0.5分"),
           ("决策", "资金投入", "预算编制科学性", "—", "—", 2, (2, 1.5, 1.5), "预算测算依据充分得满分，否则酌情扣分"),
           ("决策", "资金投入", "资金分配合理性", "—", "—", 2, (2, 2, 2), "分配依据充分、与实际相适应得满分"),
           ("过程", "资金管理", "资金到位率", "100%", "100%", 4, (4, 4, 4), "到位率×分值"),
           ("过程", "资金管理", "预算执行率", "100%", f"{rate:.2f}%", 4, (bs, bs, bs), "执行率×分值"),
           ("过程", "资金管理", "资金使用合规性", "—", "—", 4, (3.5, 3, 3), "资金使用符合规定得满分，每发现1处不规范扣0.5分"),
           ("过程", "组织实施", "管理制度健全性", "—", "—", 4, (3.5, 3.5, 3), "制度健全得满分，否则酌情扣分"),
           ("过程", "组织实施", "制度执行有效性", "—", "—", 4, (3, 2.5, 3), "制度执行有效、资料齐全得满分，否则酌情扣分"),
           ("产出", "产出数量", "送戏下乡演出场次", "≥120场", "126场", 8, (8, 8, 8), "达到目标值得满分，未达到按比例计分"),
           ("产出", "产出数量", "村（社区）综合性文化服务中心提档升级数量", "≥18个", "18个", 8, (8, 8, 8),
            "达到目标值得满分，未达到按比例计分"),
           ("产出", "产出质量", "提档升级项目验收合格率", "100%", "100%", 8, (8, 8, 8), "合格率×分值"),
           ("产出", "产出时效", "项目完成及时率", "≥95%", "94.4%", 8, (6, 6, 6), rule_tm),
           ("产出", "产出成本", "单个服务中心提档升级成本", "≤12万元", "11.6万元", 8, (8, 8, 8), "不超过标准得满分，超出不得分"),
           ("效益", "社会效益", "群众文化活动参与人次", "≥15万人次", "13.8万人次", 8, (P(13.8, 15, 8),) * 3,
            "达到目标值得满分，未达到按“实际完成值÷年度指标值×分值”计分"),
           ("效益", "社会效益", "公共文化设施免费开放率", "100%", "100%", 5, (5, 5, 5), "开放率×分值"),
           ("效益", "可持续影响", "基层文化设施运行管护机制", "健全", "基本健全", 6, (4, 4, 3.5),
            "机制健全、落实到位得满分，否则酌情扣分"),
           ("效益", "满意度", "群众满意度", "≥90%", "87.6%", 6, (3.6, 3.6, 3.6), "≥90%得满分，每低1个百分点扣1分")]
    assert len(ind) == 20 and s2(ind, 5) == 100 and P(13.8, 15, 8) == 7.36 and r2(6 - (90 - 87.6)) == 3.6
    mean = [r2(sum(x[6]) / 3) for x in ind]
    for x, m in zip(ind, mean):
        no_half(sum(x[6]) / 3, x[2])
        assert m <= x[5]
    printed = list(mean)
    k_rule = [x[2] for x in ind].index("资金使用合规性")
    assert mean[k_rule] == 3.17
    printed[k_rule] = 3.71  # PLANT RULE_SCORE: 资金使用合规性 prints 3.71; the experts' 3.5, 3, 3 average 3.17
    rows = [x[:6] + (p, x[7]) for x, p in zip(ind, printed)]
    total = s2(rows, 6)
    true_total = s2([x[:6] + (m,) for x, m in zip(ind, mean)], 6)
    sec = secs(rows, ["决策", "过程", "产出", "效益"])
    exp_tot = [r2(sum(x[6][k] for x in ind)) for k in range(3)]
    assert total == 88.3 and true_total == 87.76, (total, true_total)
    assert sec == [("决策", 15, 12.83), ("过程", 20, 17.68), ("产出", 40, 38), ("效益", 25, 19.79)], sec
    assert exp_tot == [89.27, 86.77, 87.27], exp_tot
    assert r2(sum(exp_tot) / 3) == 87.77  # the mean of the experts' totals; the rows' rounded means give 87.76
    grade_printed = "优"  # PLANT GRADE_OUTSIDE_BANDS: 88.3 printed 优; the printed bands give 良 (80–90)
    assert grade(total) == "良" and grade(true_total) == "良"
    g = with_project(gold(None, dept, 2024, "COUNTY", "四川省", "THIRD_PARTY_EVALUATION", evaluator, total, 100,
                          grade_printed, budget(ia, aa, ea, rate), sec, grows(rows)), project, unit)
    meta = dict(dept=dept, unit=unit, project=project, evaluator=evaluator, src=src, ia=ia, aa=aa, ea=ea, rate=rate,
                ind=ind, printed=printed, total=total, sec=sec, exp_tot=exp_tot, grade=grade_printed)
    fnd = [F("RULE_SCORE", "资金使用合规性",
             "资金使用合规性 | 4 | … | 3.5 | 3 | 3 | 3.71", "3.71", "3.17", "HIGH", "ERROR",
             "二 and the 评分表's 注 make each 得分 the arithmetic mean of the three experts' scores (two decimals): "
             "(3.5 + 3 + 3) ÷ 3 = 3.17, the 得分 column prints 3.71 (digits swapped); the 过程 score 17.68, the 合计 "
             f"{fmt(total)} and 三's 综合得分 carry the 3.71 (with 3.17: 过程 17.14, total {fmt(true_total)}); the mean of "
             "the experts' 合计 (89.27, 86.77, 87.27) is 87.77, 0.01 from the rows' rounded means (87.76): rounding, "
             "not part of the finding"),
           F("MALFORMED_RULE", "项目完成及时率",
             "完成及时率≥95%得8分；90%（含）—95%得6分；80%（含）—85%得3分；80%以下不得分", "90%（含）—95%；80%（含）—85%",
             "no band for 85%–90%", "HIGH", "WARNING",
             "the 评分标准 of 项目完成及时率 jumps from the 90%–95% band to 80%–85%: a rate from 85% to under 90% has no "
             "score; the row's own 94.4% falls in 90%–95% (6 of 8, as the three experts give), so the gap does not "
             "change this year's score"),
           F("GRADE_OUTSIDE_BANDS", "评价等级", f"综合得分{fmt(total)}分，评价等级为“优”", "优", "良", "HIGH", "ERROR",
             f"三 prints the bands (90分（含）以上为“优”，80分（含）至90分为“良”…) and grades {fmt(total)} “优”; by those "
             f"bands {fmt(total)} is 良 (so is {fmt(true_total)}, the total with the experts' true mean for "
             "资金使用合规性); the grade is printed once, in 三")]
    return {"stem": "h319_wutongqiao_wenlv", "format": "pdf", "draw": draw319, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the 评分表 (appendix, A4 landscape, pages 3–4) is scored by an EXPERT PANEL: under a merged header "
                      "专家评分 three columns 专家一 / 专家二 / 专家三 hold each expert's score, and the 得分 column their "
                      "arithmetic mean to two decimals; the experts' columns are not the score, the 合计 row totals each "
                      "expert's column (89.27, 86.77, 87.27) as well as the 得分 column",
                      "the means are rounded to two decimals: 绩效目标合理性 (2.5 + 2 + 2.5) ÷ 3 = 2.333 → 2.33, "
                      "绩效指标明确性 5.5 ÷ 3 → 1.83, 预算编制科学性 5 ÷ 3 → 1.67, 管理制度健全性 10 ÷ 3 → 3.33, "
                      "制度执行有效性 8.5 ÷ 3 → 2.83, 基层文化设施运行管护机制 11.5 ÷ 3 → 3.83; so the 得分 合计 is not the "
                      "mean of the experts' 合计 (87.77) even without the planted slip: the rows' rounded means add to 87.76",
                      "the table runs over two landscape pages: page 4 starts with 附件（续） and the two header rows "
                      "again (not rows); the 效益 / 社会效益 group is cut by the page break, its merged cells printed again "
                      "on page 4",
                      "the experts disagree only on the judgement rows (立项, 目标, 预算编制, 合规, 制度, 管护机制); on the rule "
                      "rows all three give the rule's score",
                      f"预算执行率 4 × {rate:.2f}% = 3.814 → 3.81 (执行率×分值, the row's rule); 群众文化活动参与人次 "
                      "8 × 13.8 ÷ 15 = 7.36 (proportion rule); 群众满意度 87.6%: 6 − 2.4 = 3.6 (每低1个百分点扣1分); "
                      "项目完成及时率 94.4% → 6 (the 90%–95% band)",
                      "提档升级数量 18 vs ≥18个 (met exactly); 单个服务中心提档升级成本 11.6 vs ≤12万元 (a ceiling, met; a "
                      "unit cost, not a budget figure)",
                      "funds: 中央 300.00 + 省级 180.00 + 区级 200.00 = 全年预算 680.00万元 (年初 620.00: 追加); 支出 648.36 ÷ "
                      f"680.00 = {rate:.2f}%; under budget",
                      "三's 一级 sentence (决策 12.83, 过程 17.68, 产出 38, 效益 19.79) adds the printed rows, 3.71 included; "
                      f"合计 {fmt(total)} = the 20 rows as printed"]}


def draw319(rep, path):
    from reportlab.lib.pagesizes import A4, landscape
    from reports32 import new_canvas, wrap, FONT
    from reports41 import form_grid
    M = rep["meta"]
    W, Hh = A4
    c = new_canvas(path, A4)
    c.setTitle(f"{M['project']}绩效评价报告")
    page = [1]

    def foot():
        w_ = c._pagesize[0]
        c.setFont(FONT, 8.5)
        c.drawCentredString(w_ / 2, 24, f"— {page[0]} —")

    def newpage(size=A4):
        foot()
        c.showPage()
        c.setPageSize(size)
        page[0] += 1

    L, R = 62, W - 62
    y = [Hh - 80]

    def line(text, size=11, bold=False, center=False, gap=6):
        c.setFont(FONT, size)
        for ln in wrap(text, R - L - (0 if center else 22), size) if not center else [text]:
            if y[0] < (110 if bold else 70):
                newpage()
                y[0] = Hh - 70
                c.setFont(FONT, size)
            if center:
                c.drawCentredString(W / 2, y[0], ln)
                if bold:
                    c.drawCentredString(W / 2 + 0.4, y[0], ln)
            else:
                c.drawString(L, y[0], ln)
                if bold:
                    c.drawString(L + 0.4, y[0], ln)
            y[0] -= size + gap
        y[0] -= 2

    def prose(text, size=11):
        c.setFont(FONT, size)
        lines = wrap(text, R - L - 2 * size, size)
        first = True
        for ln in lines:
            if y[0] < 70:
                newpage()
                y[0] = Hh - 70
                c.setFont(FONT, size)
            c.drawString(L + (2 * size if first else 0), y[0], ln)
            first = False
            y[0] -= size + 7
        y[0] -= 3

    # ---- cover block and body
    y[0] = Hh - 120
    line(f"{M['project']}", 17, True, True, 12)
    line("绩效评价报告", 17, True, True, 40)
    for lab, v in (("委托单位", "乐山市五通桥区财政局"), ("项目主管部门", M["dept"]), ("项目实施单位", M["unit"]),
                   ("评价机构", M["evaluator"]), ("报告编号", "嘉州正信绩评〔2025〕第023号"),
                   ("报告日期", "2025年6月16日")):
        c.setFont(FONT, 12)
        c.drawString(150, y[0], f"{lab}：")
        c.drawString(245, y[0], v)
        y[0] -= 26
    y[0] -= 14
    srcs = "、".join(f"{n}{mc(v)}万元" for n, v in M["src"])
    secs_s = "；".join(f"{n}指标满分{fmt(w)}分，得分{fmt(s)}分" for n, w, s in M["sec"])
    body = [
        ("h", "一、项目概况"),
        ("p", f"{M['project']}由{M['dept']}主管、{M['unit']}具体实施，主要用于开展送戏下乡演出、村（社区）综合性文化服务中心"
              "提档升级和公共文化设施免费开放。项目年初预算" + f"{mc(M['ia'])}万元，年中追加后全年预算{mc(M['aa'])}万元，其中"
              f"{srcs}。截至2024年12月31日，项目实际支出{mc(M['ea'])}万元，预算执行率{M['rate']:.2f}%。"),
        ("h", "二、评价工作开展情况"),
        ("p", f"受乐山市五通桥区财政局委托，{M['evaluator']}组成评价组，于2025年4月至6月对该项目2024年度实施情况开展绩效评价。"
              "评价组按决策、过程、产出、效益四类指标设置评价指标体系（满分100分），采用专家评议法评分：聘请文化管理、财务管理和"
              "工程管理方面专家各1名，在查阅资料、现场核查和问卷调查的基础上依据评分标准独立打分，各指标得分取3名专家评分的算术平均"
              "值（保留两位小数），综合得分为各指标得分之和。专家评分情况见附件。"),
        ("h", "三、评价结论"),
        ("p", f"经专家评议，该项目综合得分{fmt(M['total'])}分，评价等级为“{M['grade']}”。其中：{secs_s}。"),
        ("p", "评价等级划分：" + BANDS),
        ("h", "四、主要绩效"),
        ("p", "全年开展送戏下乡演出126场，完成18个村（社区）综合性文化服务中心提档升级，验收合格率100%；公共文化设施全部免费"
              "开放，全年群众文化活动参与13.8万人次，群众满意度87.6%。"),
        ("h", "五、存在的问题"),
        ("p", "一是绩效指标设置不够细化，部分指标难以衡量；二是个别支出凭证附件不全，资金使用管理有待规范；三是1个村级服务中心"
              "提档升级工程延期完工；四是群众文化活动参与人次和群众满意度未达到年度目标。"),
        ("h", "六、有关建议"),
        ("p", "细化量化绩效目标，加强资金使用全过程管理，建立基层文化设施运行管护长效机制，提高公共文化服务供给质量。"),
    ]
    for kind, text in body:
        if kind == "h":
            y[0] -= 4
            line(text, 12, True)
        else:
            prose(text)
    y[0] -= 20
    c.setFont(FONT, 11)
    c.drawRightString(R, y[0], M["evaluator"])
    c.drawRightString(R, y[0] - 20, "2025年6月16日")
    # ---- appendix: landscape 评分表
    LW, LH = landscape(A4)
    newpage(landscape(A4))
    x0 = 36
    cols = [38, 52, 112, 28, 214, 58, 58, 40, 40, 40, 46]
    heads = ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "年度指标值", "实际完成值", "专家一", "专家二", "专家三",
             "得分"]
    size = 8

    def header_spec():
        sp = []
        for k, h in enumerate(heads):
            if 7 <= k <= 9:
                sp.append((1, k, 1, 1, h, "c", True, None))
            else:
                sp.append((0, k, 2, 1, h, "c", True, None))
        sp.append((0, 7, 1, 3, "专家评分", "c", True, None))
        return sp

    rows = [x[:7] + (p, x[7]) for x, p in zip(M["ind"], M["printed"])]
    heights = []
    for x in rows:
        n = max(len(wrap(x[8], cols[4] - 5, size)), len(wrap(x[2], cols[2] - 5, size)), 1)
        heights.append(max(22, n * 10.5 + 8))
    # paginate: first page holds the title block, then as many rows as fit
    pages, cur, room = [], [], LH - 150 - 40
    for i, h in enumerate(heights):
        if sum(heights[j] for j in cur) + h > room:
            pages.append(cur)
            cur, room = [], LH - 80 - 40 - 60
        cur.append(i)
    pages.append(cur)
    for pn, idx in enumerate(pages):
        if pn:
            newpage(landscape(A4))
        top = LH - 50
        c.setFont(FONT, 11)
        if pn == 0:
            c.drawString(x0, top, "附件")
            c.setFont(FONT, 14)
            t = f"{M['project']}绩效评价专家评分表"
            c.drawCentredString(LW / 2, top - 26, t)
            c.drawCentredString(LW / 2 + 0.4, top - 26, t)
            c.setFont(FONT, 9.5)
            c.drawString(x0, top - 50, f"项目实施单位：{M['unit']}")
            c.drawRightString(LW - x0, top - 50, "评价时间：2025年5月")
            ytop = top - 58
        else:
            c.drawString(x0, top, "附件（续）")
            ytop = top - 10
        spec = header_spec()
        hs = [16, 16]
        r = 2
        # merged 一级 / 二级 cells within the page
        for col in (0, 1):
            grp = []
            for i in idx:
                key = rows[i][0] if col == 0 else (rows[i][0], rows[i][1])
                if grp and grp[-1][0] == key:
                    grp[-1][1].append(i)
                else:
                    grp.append((key, [i]))
            for key, members in grp:
                r0 = 2 + idx.index(members[0])
                spec.append((r0, col, len(members), 1, rows[members[0]][col], "c", False, None))
        for i in idx:
            x = rows[i]
            e = M["ind"][i][6]
            vals = [(2, x[2], "l"), (3, fmt(x[5]), "c"), (4, x[8], "l"), (5, x[3], "c"), (6, x[4], "c"),
                    (7, f2(e[0]), "c"), (8, f2(e[1]), "c"), (9, f2(e[2]), "c"), (10, fmt(x[7]), "c")]
            for k, v, al in vals:
                spec.append((r, k, 1, 1, v, al, False, None))
            hs.append(heights[i])
            r += 1
        last = pn == len(pages) - 1
        if last:
            spec.append((r, 0, 1, 3, "合计", "c", True, None))
            spec.append((r, 3, 1, 1, "100", "c", True, None))
            spec.append((r, 4, 1, 3, "", "c", False, None))
            for k, v in enumerate(M["exp_tot"]):
                spec.append((r, 7 + k, 1, 1, fmt(v), "c", True, None))
            spec.append((r, 10, 1, 1, fmt(M["total"]), "c", True, None))
            hs.append(22)
        yb, _ = form_grid(c, x0, ytop, cols, hs, spec, size=size, lh=10.5)
        if last:
            c.setFont(FONT, 9)
            c.drawString(x0, yb - 16, "注：1.得分为3名专家评分的算术平均值，保留两位小数；2.定量指标按评分标准计分，定性指标由专家根据"
                                      "核查情况酌情扣分。")
            c.drawString(x0, yb - 32, "专家签字：（略）　　　　　　　　　　　　　　　　评价机构：" + M["evaluator"])
    foot()
    c.save()


ALL.append(h319())



# ============================================================ h320 张家口市宣化区民政局 (XLSX, deviation-cause tick columns)

CAUSES = ["经费保障", "制度保障", "人员保障", "硬件条件保障", "其他"]


def h320():
    dept = "张家口市宣化区民政局"
    ib_b, ib_p = 3086.40, 2310.00
    ab_b, ab_p = 3200.50, 2846.30
    eb_b = 3105.26
    eb_p = 2871.64  # PLANT SPENDING_OVER_BUDGET: 项目支出 全年执行数 2,871.64 above its 全年预算数 2,846.30
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate, rb, rp = pct(eb, ab), pct(eb_b, ab_b), pct(eb_p, ab_p)
    assert (ib, ab, eb, rate, rb, rp) == (5396.40, 6046.80, 5976.90, 98.84, 97.02, 100.89), (ib, ab, eb, rate, rb, rp)
    no_half(rate / 10, "fund score")
    fs = r2(rate / 10)
    assert fs == 9.88
    home_score = 8  # PLANT TARGET_MISSED_FULL_MARKS: 居家养老服务补贴发放人数 2480 against ≥2600, full 8, no tick, no reason
    pay_score = 6.5  # PLANT ROW_SCORE_OVER_WEIGHT: 低保资金社会化发放率 scores 6.5 of its 分值 6
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因说明, ticks)
    ind = [("产出指标", "数量指标", "城乡低保对象保障人数（人）", "≥9800", "9862", 8, 8, "", ()),
           ("产出指标", "数量指标", "特困人员救助供养人数（人）", "≥1150", "1168", 6, 6, "", ()),
           ("产出指标", "数量指标", "居家养老服务补贴发放人数（人）", "≥2600", "2480", 8, home_score, "", ()),
           ("产出指标", "数量指标", "新建社区养老服务站（个）", "≥12", "12", 6, 6, "", ()),
           ("产出指标", "质量指标", "低保资金社会化发放率", "100%", "100%", 6, pay_score, "", ()),
           ("产出指标", "质量指标", "供养服务机构护理型床位占比", "≥55%", "51.2%", 6, P(51.2, 55, 6),
            "区社会福利中心护理型床位改造受场地限制推迟，2025年上半年完成", ("硬件条件保障",)),
           ("产出指标", "时效指标", "临时救助审批办结及时率", "≥95%", "96.3%", 6, 6, "", ()),
           ("产出指标", "成本指标", "特困人员集中供养年人均成本（元）", "≤36000", "35280", 6, 6, "", ()),
           ("效益指标", "社会效益指标", "困难群众应保尽保率", "100%", "100%", 8, 8, "", ()),
           ("效益指标", "社会效益指标", "婚姻登记合格率", "100%", "100%", 6, 6, "", ()),
           ("效益指标", "可持续影响指标", "社会救助信息化管理水平", "持续提升", "基本实现", 6, 5,
            "“一门受理、协同办理”平台升级资金未足额到位，专业运维人员不足", ("经费保障", "人员保障")),
           ("效益指标", "可持续影响指标", "养老服务长效运营机制", "健全", "基本健全", 8, 7,
            "社区养老服务站运营补贴办法尚未出台，已列入2025年工作计划", ("制度保障",)),
           ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", "93.6%", 10, 10, "", ())]
    assert len(ind) == 13 and s2(ind, 5) == 90 and P(51.2, 55, 6) == 5.59 and P(2480, 2600, 8) == 7.63
    fund = (None, None, "年度资金总额", None, f"{rate:.2f}%", 10, fs, "")
    total = r2(fs + s2(ind, 6))
    assert total == 97.97, total
    g = gold(None, dept, 2024, "COUNTY", "河北省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), [], grows([fund] + [x[:8] for x in ind]))
    meta = dict(dept=dept, ind=ind, total=total, fs=fs, rate=rate,
                bud=[("年度资金总额", ib, ab, eb, 10, fs), ("其中：基本支出", ib_b, ab_b, eb_b, None, None),
                     ("　　　项目支出", ib_p, ab_p, eb_p, None, None)])
    fnd = [F("TARGET_MISSED_FULL_MARKS", "居家养老服务补贴发放人数（人）",
             "居家养老服务补贴发放人数（人） | ≥2600 | 2480 | 8 | 8 | （无√） | （空）", "8", "< 8", "HIGH", "WARNING",
             "2480 against ≥2600: the target is missed, yet the row scores the full 8, ticks no 偏差原因类型 and leaves "
             "the 偏差原因说明及改进措施 cell empty; the 说明 under the table scores a missed quantitative target "
             "实际完成值÷年度指标值×分值 = "
             "8 × 2480 ÷ 2600 = 7.63"),
           F("ROW_SCORE_OVER_WEIGHT", "低保资金社会化发放率", "低保资金社会化发放率 | 100% | 100% | 6 | 6.5", "6.5", "≤ 6",
             "HIGH", "ERROR",
             f"分值 6, 得分 6.5: a score above the row's own weight; the 总分 {fmt(total)} includes the 6.5 (with 6 it "
             f"would be {fmt(r2(total - 0.5))})"),
           F("SPENDING_OVER_BUDGET", "项目支出 全年执行数",
             f"项目支出 | {mc(ib_p)} | {mc(ab_p)} | {mc(eb_p)} | — | {rp:.2f}% | —", mc(eb_p), f"≤ {mc(ab_p)}", "HIGH",
             "ERROR",
             f"项目支出's 全年执行数 {mc(eb_p)} exceeds its 全年预算数 {mc(ab_p)} by {mc(r2(eb_p - ab_p))}万元 (执行率 "
             f"{rp:.2f}%, printed as such); nothing in the form explains an 调剂; 基本支出 ({rb:.2f}%) and the 年度资金总额 "
             f"({rate:.2f}%) are under budget and 基本 + 项目 = 年度资金总额 in every column")]
    return {"stem": "h320_xuanhua_minzheng", "format": "xlsx", "write": write320, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the indicator table carries DEVIATION-CAUSE TICK COLUMNS: a merged header 偏差原因类型（在对应栏内打"
                      "“√”） over five narrow columns 经费保障 | 制度保障 | 人员保障 | 硬件条件保障 | 其他, a “√” in the "
                      "cause's column of a row that deviates, then the 偏差原因说明及改进措施 text; the ticks are not values, "
                      "scores or names, and the five sub-headers are not indicators; one row ticks two causes (社会救助信息化"
                      "管理水平: 经费保障 and 人员保障)",
                      "the 年度资金总额 line (分值 10, 得分 9.88 = 98.84% × 10 → 9.884) sits in the budget block above the "
                      "indicator table and is a row; its 其中 lines carry “—” for 分值 and 得分",
                      f"budget: 基本 + 项目 = 年度资金总额 in every column ({mc(ib)}, {mc(ab)}, {mc(eb)}); {rate:.2f}% and "
                      f"基本 {rb:.2f}% right (项目's {rp:.2f}% is right on its figures: the overspend is the finding); "
                      "年初 < 全年 (追加)",
                      "新建社区养老服务站 12 vs ≥12 (met exactly); 特困人员集中供养年人均成本 35280 vs ≤36000 (a ceiling, "
                      "met; 元 per person, not a budget figure); 供养服务机构护理型床位占比 6 × 51.2 ÷ 55 = 5.59 (proportion "
                      "rule, 硬件条件保障 ticked, with a reason); 社会救助信息化管理水平 −1 and 养老服务长效运营机制 −1 with "
                      "ticks and reasons (judgement)",
                      f"总分 {fmt(total)} = 9.88 + the 13 rows as printed (6.5 and the full 8 included); 优 (also on the "
                      "corrected figures)"]}


def write320(rep, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    M = rep["meta"]
    wb = Workbook()
    wb.properties.created = wb.properties.modified = H.A.FIXED
    wb.properties.creator = ""
    ws = wb.active
    ws.title = "部门整体支出绩效自评表"
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    grey = PatternFill("solid", fgColor="EDEDED")
    f10, f10b, f9 = Font(name="宋体", size=10), Font(name="宋体", size=10, bold=True), Font(name="宋体", size=9)
    widths = (11, 13, 26, 10, 10, 7, 7, 6, 6, 6, 8, 6, 34)
    for k, wd in enumerate(widths):
        ws.column_dimensions[chr(65 + k)].width = wd
    last = chr(64 + len(widths))

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

    put(1, 1, "部门整体支出绩效自评表", Font(name="宋体", size=16, bold=True), border=False)
    ws.merge_cells(f"A1:{last}1")
    ws.row_dimensions[1].height = 28
    put(2, 1, "（2024年度）", border=False)
    ws.merge_cells(f"A2:{last}2")
    put(3, 1, f"部门（单位）名称：{M['dept']}", h="left", border=False)
    ws.merge_cells("A3:G3")
    put(3, 11, "金额单位：万元", h="right", border=False)
    ws.merge_cells(f"K3:{last}3")
    heads = [(1, 3, "部门预算资金（万元）"), (4, 4, "年初预算数"), (5, 5, "全年预算数"), (6, 6, "全年执行数"), (7, 7, "分值"),
             (8, 9, "执行率"), (10, 11, "得分"), (12, 13, "")]
    for c1, c2, h in heads:
        put(4, c1, h, f10b, fill=grey)
        if c2 > c1:
            merge(4, c1, 4, c2)
    r = 5
    for lab, a, b_, e_, w, s in M["bud"]:
        put(r, 1, lab, h="left")
        merge(r, 1, r, 3)
        for k, v in enumerate((a, b_, e_)):
            put(r, 4 + k, v, h="right", fmt_="#,##0.00")
        put(r, 7, w if w is not None else "—")
        put(r, 8, round(e_ / b_, 4), fmt_="0.00%")
        merge(r, 8, r, 9)
        put(r, 10, s if s is not None else "—")
        merge(r, 10, r, 11)
        put(r, 12, "")
        merge(r, 12, r, 13)
        r += 1
    put(r, 1, "年度总体目标", f10b)
    merge(r, 1, r + 1, 1)
    put(r, 2, "预期目标", f10b)
    put(r, 3, "目标1：落实城乡低保、特困人员救助供养等社会救助政策，做到应保尽保；目标2：发放居家养老服务补贴2600人以上，新建社区"
              "养老服务站12个；目标3：提升社会救助信息化和养老服务管理水平，救助对象满意度90%以上。", h="left")
    merge(r, 3, r, 13)
    ws.row_dimensions[r].height = 44
    put(r + 1, 2, "实际完成情况", f10b)
    put(r + 1, 3, "目标1：保障城乡低保对象9862人、特困人员1168人，应保尽保率100%；目标2：发放居家养老服务补贴2480人，新建社区养老"
                  "服务站12个；目标3：社会救助信息化平台基本建成，救助对象满意度93.6%。", h="left")
    merge(r + 1, 3, r + 1, 13)
    ws.row_dimensions[r + 1].height = 44
    r += 2
    put(r, 1, "绩效指标", f10b)
    merge(r, 1, r, 13)
    r += 1
    h0 = r
    for k, h in ((1, "一级指标"), (2, "二级指标"), (3, "三级指标"), (4, "年度指标值"), (5, "实际完成值"), (6, "分值"),
                 (7, "得分"), (13, "偏差原因说明及改进措施")):
        put(r, k, h, f10b, fill=grey)
        merge(r, k, r + 1, k)
    put(r, 8, "偏差原因类型（在对应栏内打“√”）", f10b, fill=grey)
    merge(r, 8, r, 12)
    for k, h in enumerate(CAUSES):
        put(r + 1, 8 + k, h, f9 if len(h) > 4 else f10b, fill=grey)
    ws.row_dimensions[r].height = 20
    ws.row_dimensions[r + 1].height = 30
    r += 2
    first = r
    ind = M["ind"]
    for x in ind:
        put(r, 3, x[2], h="left")
        put(r, 4, x[3])
        put(r, 5, x[4])
        put(r, 6, x[5])
        put(r, 7, x[6])
        for k, cause in enumerate(CAUSES):
            put(r, 8 + k, "√" if cause in x[8] else "")
        put(r, 13, x[7], f9, h="left")
        ws.row_dimensions[r].height = 30 if x[7] else 20
        r += 1
    for a, b in spans(ind, 0):
        put(first + a, 1, ind[a][0])
        if b > a:
            merge(first + a, 1, first + b, 1)
    for a, b in spans(ind, 1):
        put(first + a, 2, ind[a][1])
        if b > a:
            merge(first + a, 2, first + b, 2)
    put(r, 1, "总分", f10b)
    merge(r, 1, r, 5)
    put(r, 6, 100, f10b)
    put(r, 7, M["total"], f10b)
    put(r, 8, f"自评等级：{grade(M['total'])}", f10b)
    merge(r, 8, r, 13)
    r += 2
    note = ("说明：1.年度资金总额得分＝执行率×分值；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”计分；"
            "3.定性指标根据完成情况酌情扣分；4.指标未完成或存在偏差的，在“偏差原因类型”对应栏内打“√”，并说明原因及改进措施；5."
            + BANDS)
    put(r, 1, note, h="left", border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=13)
    ws.row_dimensions[r].height = 58
    r += 1
    put(r, 1, "填报人：郝文静　　审核人：贾志刚　　联系电话：0313-3056271　　填报日期：2025年4月10日", h="left",
        border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=13)
    ws.print_title_rows = f"{h0}:{h0 + 1}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    wb.save(path)
    H.A.normalize_zip(path)


ALL.append(h320())


# ============================================================ h321 荆门市掇刀区农业农村局 (DOCX, weights inside the name cells)

def h321():
    dept, unit = "荆门市掇刀区农业农村局", "荆门市掇刀区农业技术推广中心"
    project = "2024年掇刀区稻渔综合种养示范项目"
    src = [("其中：中央财政资金", 600.00, 600.00, 574.20), ("　　　省级财政资金", 200.00, 200.00, 186.50),
           ("　　　区级财政资金", 100.00, 150.00, 132.84),
           ("　　　上年结转资金", 0.00, 0.00, 0.00)]  # PLANT RATE_OVER_ZERO_BASE: 0.00 | 0.00 | 0.00 printed 执行率 100.00%
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    assert (ia, aa, ea, rate) == (900.00, 950.00, 893.54, 94.06), (ia, aa, ea, rate)
    src_rates = [f"{pct(e_, b_):.2f}%" if b_ else "100.00%" for _, a_, b_, e_ in src]
    assert src_rates == ["95.70%", "93.25%", "88.56%", "100.00%"], src_rates
    no_half(rate / 10, "fund score")
    fs_right = r2(rate / 10)
    assert fs_right == 9.41
    fs = 10  # PLANT BUDGET_ROW_SCORE: 年度资金总额（10分） scores the full 10 at 94.06% (执行率 × 分值 = 9.41)
    ind = [("产出指标", "数量指标", "稻渔综合种养示范面积", "≥3000亩", "3120亩", 8, 8, ""),
           ("产出指标", "数量指标", "新建稻渔综合种养示范基地（个）", "≥5", "5", 6, 6, ""),
           ("产出指标", "数量指标", "开展技术培训（人次）", "≥600", "648", 6, 6, ""),
           ("产出指标", "质量指标", "示范基地建设验收合格率", "100%", "100%", 8, 8, ""),
           ("产出指标", "质量指标", "示范区稻米质量安全抽检合格率", "≥98%", "99.2%", 6, 6, ""),
           ("产出指标", "时效指标", "项目建设完成时间", "2024年10月底前", "2024年10月25日", 6, 6, ""),
           ("产出指标", "成本指标", "示范面积亩均补助标准（元/亩）", "≤2000", "1850", 6, 6, ""),
           ("效益指标", "经济效益指标", "示范区亩均增收（元）", "≥1500", "1420", 8, P(1420, 1500, 8),
            "小龙虾上市集中、价格低于预期，按完成比例计分"),
           ("效益指标", "社会效益指标", "带动农户（户）", "≥400", "436", 6, 6, ""),
           ("效益指标", "社会效益指标", "辐射带动稻渔种养面积（亩）", "≥5000", "5230", 8, 8, ""),
           ("效益指标", "生态效益指标", "示范区化肥农药使用量减少", "≥20%", "22.5%", 4, 4, ""),
           ("效益指标", "可持续影响指标", "稻渔综合种养技术推广服务机制", "健全", "基本健全", 8, 7,
            "村级技术指导员队伍不稳定，2025年建立固定联系制度"),
           ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥90%", "94.5%", 8, 8, "")]
    # PLANT WEIGHTS_VS_FULL_MARK: the bracketed weights add to 10 + 88 = 98 against the 总分 row's 满分100分
    assert len(ind) == 13 and s2(ind, 5) == 88 and P(1420, 1500, 8) == 7.57
    total = r2(fs + s2(ind, 6))
    assert total == 96.57, total
    fund = (None, None, "年度资金总额", None, f"{rate:.2f}%", 10, fs, "")
    g = with_project(gold(None, dept, 2024, "COUNTY", "湖北省", "SELF_EVALUATION", None, total, 100, grade(total),
                          budget(ia, aa, ea, rate), [], grows([fund] + ind)), project, unit)
    meta = dict(dept=dept, unit=unit, project=project, src=src, src_rates=src_rates, ia=ia, aa=aa, ea=ea, rate=rate,
                fs=fs, ind=ind, total=total)
    fnd = [F("WEIGHTS_VS_FULL_MARK", "总分", "总分（满分100分） | 96.57", "100", "98", "HIGH", "ERROR",
             "the weights are written only inside the name cells: 年度资金总额（10分） plus the 13 三级 brackets (8 + 6 + 6 + 8 + "
             "6 + 6 + 6 = 46 产出, 8 + 6 + 8 + 4 + 8 = 34 效益, 8 满意度) add to 98, while the 总分 row says 满分100分; no "
             "bracket is missing, so 2 points of the full mark belong to no indicator"),
           F("BUDGET_ROW_SCORE", "年度资金总额",
             f"年度资金总额（10分） | {mc(ia)} | {mc(aa)} | {mc(ea)} | {rate:.2f}% | 10", "10", fmt(fs_right), "HIGH",
             "ERROR",
             f"the 说明 makes the 年度资金总额 score 执行率 × 分值: {rate:.2f}% × 10 = {fmt(fs_right)}; the line scores the "
             f"full 10; the 总分 would be {fmt(r2(total - fs + fs_right))}"),
           F("RATE_OVER_ZERO_BASE", "上年结转资金 执行率", "上年结转资金 | 0.00 | 0.00 | 0.00 | 100.00% | —", "100.00%",
             "— (base 0)", "HIGH", "WARNING",
             "an 执行率 printed over a 全年预算数 of 0.00: 0.00 ÷ 0.00 is undefined, not 100%; the line has no money and "
             "no score, so nothing else follows from it")]
    return {"stem": "h321_duodao_nongye", "format": "docx", "write": write321, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["there is NO 分值 COLUMN: every weight is written in a bracket after the name, under the header "
                      "三级指标（分值） (“开展技术培训（人次）（6分）”, “稻渔综合种养示范面积（8分）”), and the fund line's weight in "
                      "its label “年度资金总额（10分）”; a name may carry a UNIT bracket before the weight bracket (“（个）”, "
                      "“（人次）”, “（元/亩）”, “（户）”, “（亩）”, “（元）”): the unit is part of the name, the “（N分）” "
                      "is the weight; the 一级 and 二级 cells carry no weight",
                      "the fund block has no 分值 column either: 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 "
                      "| 得分; the 其中 lines print “—” as 得分 and are not rows or gold budget parts",
                      f"funds: 中央 600.00 + 省级 200.00 + 区级 150.00 + 上年结转 0.00 = {mc(aa)} (年初 {mc(ia)}: 区级追加 "
                      f"50.00); 支出 574.20 + 186.50 + 132.84 = {mc(ea)}; {rate:.2f}%, 95.70%, 93.25% and 88.56% right; all "
                      "under budget",
                      "新建稻渔综合种养示范基地 5 vs ≥5 (met exactly); 示范面积亩均补助标准 1850 vs ≤2000 (a ceiling, met; "
                      "元/亩, not a budget figure); 项目建设完成时间 2024年10月25日 vs 10月底前 (met); 示范区亩均增收 "
                      "8 × 1420 ÷ 1500 = 7.57 (proportion rule, with a reason); 技术推广服务机制 −1 with a reason "
                      "(judgement)",
                      f"总分 {fmt(total)} = 10 + the 13 rows as printed; 优 (also on {fmt(r2(total - fs + fs_right))} with the fund "
                      "line at 9.41)"]}


def write321(rep, path):
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm
    from reports34 import new_doc, para
    from reports36_common import grid, cell_put
    M = rep["meta"]
    doc = new_doc()
    para(doc, "项目支出绩效自评表", bold=True, size=16, center=True, after=2)
    para(doc, "（2024年度）", center=True, after=4)
    p = para(doc, f"填报单位（盖章）：{M['unit']}　　　　　　　　　　　　　　　　　　金额单位：万元", size=10, after=2)
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    ind = M["ind"]
    n = 11 + len(ind) + 1
    t = grid(doc, n, [18, 20, 46, 22, 24, 16, 24])
    for row_ in t.rows:
        row_.height = Mm(7)
        row_.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST

    def put(r, c, text, align="c", bold=False, size=9, to=None):
        cell = t.cell(r, c)
        if to is not None and to != c:
            cell = cell.merge(t.cell(r, to))
        cell_put(cell, text, size=size, bold=bold, align=align)
        return cell

    put(0, 0, "项目名称", bold=True)
    put(0, 1, M["project"], "l", to=6)
    put(1, 0, "主管部门", bold=True)
    put(1, 1, M["dept"], "l", to=2)
    put(1, 3, "实施单位", bold=True)
    put(1, 4, M["unit"], "l", to=6)
    for k, h in ((0, "项目资金（万元）"), (2, "年初预算数"), (3, "全年预算数"), (4, "全年执行数"), (5, "执行率"), (6, "得分")):
        put(2, k, h, bold=True, to=1 if k == 0 else None)
    put(3, 0, "年度资金总额（10分）", "l", to=1)
    for k, v in enumerate((M["ia"], M["aa"], M["ea"])):
        put(3, 2 + k, mc(v), "r")
    put(3, 5, f"{M['rate']:.2f}%")
    put(3, 6, fmt(M["fs"]))
    for i, ((lab, a, b_, e_), rt) in enumerate(zip(M["src"], M["src_rates"])):
        r = 4 + i
        put(r, 0, lab, "l", to=1)
        for k, v in enumerate((a, b_, e_)):
            put(r, 2 + k, mc(v), "r")
        put(r, 5, rt)
        put(r, 6, "—")
    t.cell(8, 0).merge(t.cell(9, 0))
    put(8, 0, "年度总体目标", bold=True)
    put(8, 1, "预期目标", bold=True, to=3)
    put(8, 4, "实际完成情况", bold=True, to=6)
    put(9, 1, "建设稻渔综合种养示范基地5个、示范面积3000亩以上，开展技术培训600人次以上；示范区亩均增收1500元以上，带动农户"
              "400户以上，化肥农药使用量减少20%以上。", "l", to=3)
    put(9, 4, "建成示范基地5个、示范面积3120亩，培训648人次；示范区亩均增收1420元，带动农户436户，化肥农药使用量减少22.5%。",
        "l", to=6)
    for k, h in enumerate(["一级指标", "二级指标", "三级指标（分值）", "年度指标值", "实际完成值", "得分", "偏差原因分析及改进措施"]):
        put(10, k, h, bold=True)
    r0 = 11
    for i, x in enumerate(ind):
        r = r0 + i
        put(r, 2, f"{x[2]}（{fmt(x[5])}分）", "l")
        put(r, 3, x[3])
        put(r, 4, x[4])
        put(r, 5, fmt(x[6]))
        put(r, 6, x[7], "l", size=8)
    for col in (0, 1):
        for a, b in spans(ind, col):
            cell = t.cell(r0 + a, col)
            if b > a:
                cell = cell.merge(t.cell(r0 + b, col))
            cell_put(cell, ind[a][col], size=9)
    r = r0 + len(ind)
    put(r, 0, "总分（满分100分）", bold=True, to=4)
    put(r, 5, fmt(M["total"]), bold=True)
    put(r, 6, f"自评等级：{grade(M['total'])}", bold=True)
    para(doc, "说明：1.各指标分值标注在指标名称后的括号内；2.年度资金总额得分＝执行率×分值；3.定量指标达到年度指标值的得满分，未达到"
              "的按“实际完成值÷年度指标值×分值”计分；4.定性指标根据完成情况酌情扣分；5." + BANDS, size=9)
    para(doc, "填报人：刘建军　　联系电话：0724-2378105　　填报日期：2025年3月28日", size=10)
    doc.save(path)
    H.A.normalize_zip(path)


ALL.append(h321())


# ============================================================ h322 渭南市临渭区交通运输局 (HTML, budget execution by quarter)

def h322():
    dept = "渭南市临渭区交通运输局"
    ib_b, ib_p = 1862.40, 5420.00
    ab_b, ab_p = 1905.60, 6906.98
    eb_b, eb_p = 1880.22, 6546.15
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate, rb, rp = pct(eb, ab), pct(eb_b, ab_b), pct(eb_p, ab_p)
    assert (ib, ab, eb, rate, rb, rp) == (7282.40, 8812.58, 8426.37, 95.62, 98.67, 94.78), (ib, ab, eb, rate, rb, rp)
    rate_formula = 95.16  # PLANT FORMULA: 二's formula line ends 8,426.37÷8,812.58×100%=95.16% (is 95.62%)
    q = [1702.36, 2921.14, 2136.47]
    q.append(r2(eb - sum(q)))
    cum = [r2(sum(q[:k + 1])) for k in range(4)]
    prog = [pct(x, ab) for x in cum]
    assert q[3] == 1666.40 and cum[3] == eb and prog == [19.32, 52.46, 76.71, 95.62], (q, cum, prog)
    q_printed = list(q)
    q_printed[2] = 2163.47  # PLANT BREAKDOWN_SUM: 三季度 当季支出 printed 2,163.47; the four quarters then add to 8,453.37
    prog_printed = list(prog)
    prog_printed[1] = 54.26  # PLANT EXECUTION_RATE: 二季度末 累计执行进度 printed 54.26%; 4,623.50 ÷ 8,812.58 = 52.46%
    seq = [25, 50, 75, 100]
    met = ["是" if p >= s_ else "否" for p, s_ in zip(prog, seq)]
    assert met == ["否", "是", "是", "否"] and met == ["是" if p >= s_ else "否" for p, s_ in zip(prog_printed, seq)]
    no_half(rate / 10, "预算执行率 score")
    bs, jz = r2(rate / 10), r2(100 - rate)
    assert (bs, jz) == (9.56, 4.38)
    jd = 5 - met.count("否")
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 5, 5, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "个别指标未量化", 5, 4.5, "“农村公路管养水平”指标未量化，下年度修订"),
           ("决策", "预算配置", "重点支出安排率", "≥80%", "88.6%", 5, 5, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "部分农村公路建设项目按合同约定尾款次年支付"),
           ("过程", "预算执行", "预算执行进度", "各季度末达到序时进度", "2个季度达到", 5, jd,
            "一季度末19.32%、四季度末95.62%未达到序时进度，按评分标准扣2分"),
           ("过程", "预算管理", "结转结余率", "≤5%", f"{jz:.2f}%", 5, 5, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "规范", 5, 5, ""),
           ("产出", "产出数量", "农村公路养护里程（公里）", "≥1850", "1862", 7, 7, ""),
           ("产出", "产出数量", "危桥改造（座）", "≥6", "6", 7, 7, ""),
           ("产出", "产出质量", "农村公路优良中等路率", "≥85%", "87.3%", 7, 7, ""),
           ("产出", "产出时效", "交通建设项目按期完工率", "≥90%", "91.7%", 7, 7, ""),
           ("产出", "产出成本", "农村公路日常养护单位成本（万元/公里）", "≤1.2", "1.16", 7, 7, ""),
           ("效益", "社会效益", "建制村通客车率", "100%", "100%", 8, 8, ""),
           ("效益", "社会效益", "道路运输安全事故死亡人数（人）", "≤3", "2", 5, 5, ""),
           ("效益", "可持续影响", "农村公路管养长效机制", "健全", "基本健全", 5, 4, "镇村两级养护考核办法尚需完善"),
           ("效益", "满意度", "群众出行满意度", "≥90%", "92.6%", 7, 7, "")]
    assert len(ind) == 16 and s2(ind, 5) == 100 and jd == 3
    total = s2(ind, 6)
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert total == 96.06 and sec == [("决策", 15, 14.5), ("过程", 25, 22.56), ("产出", 35, 35), ("效益", 25, 24)], \
        (total, sec)
    g = gold(None, dept, 2024, "COUNTY", "陕西省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), sec, grows(ind))
    meta = dict(dept=dept, ind=ind, total=total, sec=sec, rate=rate, rate_formula=rate_formula, q=q_printed,
                cum=cum, prog=prog_printed, seq=seq, met=met, ab=ab, eb=eb,
                bud=[("合计", ib, ab, eb, rate), ("其中：基本支出", ib_b, ab_b, eb_b, rb),
                     ("　　　项目支出", ib_p, ab_p, eb_p, rp)])
    fnd = [F("BREAKDOWN_SUM", "表2 当季支出 全年合计",
             f"一季度 {mc(q[0])} | 二季度 {mc(q[1])} | 三季度 {mc(q_printed[2])} | 四季度 {mc(q[3])} | 全年合计 {mc(eb)}",
             mc(eb), mc(r2(sum(q_printed))), "HIGH", "ERROR",
             f"表2's four 当季支出 add to {mc(r2(sum(q_printed)))}, the 全年合计 line (and 表1's 全年执行数) says {mc(eb)}; "
             f"the 累计支出 column grows by {mc(q[2])} in the third quarter ({mc(cum[1])} → {mc(cum[2])}), so the "
             f"三季度 当季支出 {mc(q_printed[2])} is the slip (digits swapped); the 累计 column and the 全年 figures agree"),
           F("EXECUTION_RATE", "表2 二季度末累计执行进度",
             f"二季度 | {mc(q[1])} | {mc(cum[1])} | {prog_printed[1]:.2f}% | 50% | 是", f"{prog_printed[1]:.2f}%",
             f"{prog[1]:.2f}%", "HIGH", "ERROR",
             f"the column is headed 累计执行进度（累计支出÷全年预算数）: {mc(cum[1])} ÷ {mc(ab)} = {prog[1]:.2f}%, printed "
             f"{prog_printed[1]:.2f}%; both are above the 50% 序时进度, so the 是 and the 预算执行进度 score stand"),
           F("FORMULA", "预算执行率",
             f"预算执行率=全年执行数÷全年预算数×100%={mc(eb)}÷{mc(ab)}×100%={rate_formula:.2f}%", f"{rate_formula:.2f}%",
             f"{rate:.2f}%", "HIGH", "ERROR",
             f"二's worked formula: {mc(eb)} ÷ {mc(ab)} × 100% = {rate:.2f}%, the line ends {rate_formula:.2f}%; 表1's 合计 "
             f"line and the 预算执行率 row print {rate:.2f}% and score {fmt(bs)} on it (gold executionRate is 表1's)")]
    return {"stem": "h322_linwei_jiaotong", "format": "html", "html": html322(meta), "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["budget execution is printed BY QUARTER: 表2 分季度支出进度表 季度 | 当季支出 | 累计支出 | 累计执行进度"
                      "（累计支出÷全年预算数） | 序时进度 | 是否达到, four quarter lines and a 全年合计 line; its amounts are "
                      "not the budget (表1 is), its percentages are not the 执行率 (表1's 合计 95.62% is); the quarter lines "
                      "are not indicators",
                      f"一季度末 {prog[0]:.2f}% < 25% and 四季度末 {prog[3]:.2f}% < 100% are 否, rightly; 三季度末 "
                      f"{prog[2]:.2f}% ≥ 75% 是; the 预算执行进度 row 5 − 2 = 3 follows its printed rule (每有1个季度未达到扣1分): a "
                      "legitimate partial score, with its reason",
                      f"表1: 基本 + 项目 = 合计 in every column ({mc(ib)}, {mc(ab)}, {mc(eb)}); {rate:.2f}%, {rb:.2f}% and "
                      f"{rp:.2f}% right; all under budget; 年初 < 全年 (追加); 预算执行率 row {rate:.2f}% × 10 = "
                      f"{rate / 10:.3f} → {fmt(bs)}; 结转结余率 {jz:.2f}% vs ≤5% (a ceiling, met)",
                      "危桥改造 6 vs ≥6 (met exactly); 农村公路日常养护单位成本 1.16 vs ≤1.2 (a ceiling, met; 万元/公里, not "
                      "a budget figure); 道路运输安全事故死亡人数 2 vs ≤3 (a ceiling, met); 绩效指标明确性 −0.5 and 农村公路"
                      "管养长效机制 −1 with reasons (judgement)",
                      f"四's 一级 sentence (决策 15 / 14.5, 过程 25 / 22.56, 产出 35 / 35, 效益 25 / 24) adds the rows; 合计 100 "
                      f"| {fmt(total)} = the 16 rows; 优"]}


def html322(M):
    e = esc
    bud_rows = "\n".join(
        f"<tr><td class=\"l\">{e(lab)}</td><td class=\"r\">{mc(a)}</td><td class=\"r\">{mc(b_)}</td>"
        f"<td class=\"r\">{mc(x)}</td><td>{rt:.2f}%</td></tr>" for lab, a, b_, x, rt in M["bud"])
    qn = ["一季度", "二季度", "三季度", "四季度"]
    q_rows = "\n".join(
        f"<tr><td>{qn[k]}</td><td class=\"r\">{mc(M['q'][k])}</td><td class=\"r\">{mc(M['cum'][k])}</td>"
        f"<td>{M['prog'][k]:.2f}%</td><td>{M['seq'][k]}%</td><td>{M['met'][k]}</td></tr>" for k in range(4))
    q_rows += (f"\n<tr><td><b>全年合计</b></td><td class=\"r\">{mc(M['eb'])}</td><td class=\"r\">{mc(M['eb'])}</td>"
               f"<td>{M['rate']:.2f}%</td><td>100%</td><td>—</td></tr>")
    ind = M["ind"]
    trs = []
    s1 = {a: b for a, b in spans(ind, 0)}
    s2_ = {a: b for a, b in spans(ind, 1)}
    for i, x in enumerate(ind):
        cells = []
        if i in s1:
            cells.append(f"<td rowspan=\"{s1[i] - i + 1}\">{e(x[0])}</td>")
        if i in s2_:
            cells.append(f"<td rowspan=\"{s2_[i] - i + 1}\">{e(x[1])}</td>")
        cells += [f"<td class=\"l\">{e(x[2])}</td>", f"<td>{e(x[3])}</td>", f"<td>{e(x[4])}</td>",
                  f"<td>{fmt(x[5])}</td>", f"<td>{fmt(x[6])}</td>", f"<td class=\"l\">{e(x[7])}</td>"]
        trs.append("<tr>" + "".join(cells) + "</tr>")
    trs.append(f"<tr><td colspan=\"5\"><b>合计</b></td><td><b>100</b></td><td><b>{fmt(M['total'])}</b></td>"
               "<td></td></tr>")
    ind_rows = "\n".join(trs)
    secs_s = "；".join(f"{n}指标{fmt(w)}分，得{fmt(s)}分" for n, w, s in M["sec"])
    d = M["dept"]
    b = M["bud"][0]
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{e(d)}2024年度部门整体支出绩效自评报告_渭南市临渭区人民政府</title>
<style>
body{{font-family:"Microsoft YaHei",SimSun,sans-serif;font-size:14px;color:#333;margin:0}}
.top{{background:#b71c1c;color:#fff;padding:10px 40px;font-size:20px}}
.crumb{{padding:8px 40px;font-size:12px;color:#666}}
.article{{width:960px;margin:0 auto}}
h1{{text-align:center;font-size:22px}}
.meta{{text-align:center;font-size:12px;color:#888;border-bottom:1px solid #ddd;padding-bottom:8px}}
.content p{{text-indent:2em;line-height:1.9}}
.content table{{border-collapse:collapse;margin:6px auto 14px;font-size:13px}}
.content td,.content th{{border:1px solid #000;padding:4px 6px;text-align:center}}
.content td.l{{text-align:left}}
.content td.r{{text-align:right}}
.cap{{text-align:center;font-weight:bold;text-indent:0}}
.foot{{background:#eee;text-align:center;font-size:12px;padding:12px;margin-top:30px}}
</style>
</head>
<body>
<div class="top">渭南市临渭区人民政府</div>
<div class="crumb">您当前的位置：首页 &gt; 政务公开 &gt; 法定主动公开内容 &gt; 财政资金 &gt; 绩效评价</div>
<div class="article">
<h1>{e(d)}2024年度部门整体支出绩效自评报告</h1>
<div class="meta">发布日期：2025-05-16　信息来源：临渭区交通运输局　浏览次数：</div>
<div class="content">
<h3>一、部门基本情况</h3>
<p>{e(d)}是区政府工作部门，主要负责全区公路、水路交通行业管理，农村公路建设养护，道路运输和交通安全监管等工作，内设6个股室，下属区农村公路管理所、区道路运输服务中心等二级单位4个，年末在职人员142人。</p>
<h3>二、部门预算执行情况</h3>
<p>2024年部门年初预算{mc(b[1])}万元，年中追加后全年预算{mc(b[2])}万元，全年执行{mc(b[3])}万元。预算执行率=全年执行数÷全年预算数×100%={mc(b[3])}÷{mc(b[2])}×100%={M['rate_formula']:.2f}%。分项情况见表1。</p>
<p class="cap">表1　2024年度部门预算执行情况（单位：万元）</p>
<table>
<tr><th>项目</th><th>年初预算数</th><th>全年预算数</th><th>全年执行数</th><th>执行率</th></tr>
{bud_rows}
</table>
<p>按照区财政局预算执行进度管理要求，各季度末累计执行进度应分别达到25%、50%、75%和100%的序时进度。全年分季度支出情况见表2，一季度受项目开工时间影响、四季度因部分工程尾款按合同次年支付，执行进度未达到序时要求。</p>
<p class="cap">表2　2024年度分季度支出进度表（单位：万元）</p>
<table>
<tr><th>季度</th><th>当季支出</th><th>累计支出</th><th>累计执行进度<br>（累计支出÷全年预算数）</th><th>序时进度</th><th>是否达到</th></tr>
{q_rows}
</table>
<h3>三、绩效指标完成情况</h3>
<p>全年完成农村公路养护1862公里，改造危桥6座，农村公路优良中等路率87.3%，交通建设项目按期完工率91.7%；建制村通客车率保持100%，道路运输安全事故死亡2人，群众出行满意度92.6%。各项指标完成情况见表3。</p>
<p class="cap">表3　2024年度部门整体支出绩效指标完成情况表</p>
<table>
<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th><th>实际完成值</th><th>分值</th><th>得分</th><th>偏差原因分析</th></tr>
{ind_rows}
</table>
<p>评分说明：预算执行率得分＝执行率×分值；预算执行进度各季度末累计执行进度达到序时进度（25%、50%、75%、100%）的不扣分，每有1个季度未达到扣1分；其他定量指标达到年度指标值的得满分，未达到的按完成比例计分；定性指标根据完成情况酌情扣分。</p>
<h3>四、自评结论</h3>
<p>经自评，本部门2024年度部门整体支出绩效自评得分{fmt(M['total'])}分，自评等级为“{grade(M['total'])}”。其中：{secs_s}。</p>
<p>等级划分：{e(BANDS)}</p>
<h3>五、存在的问题及改进措施</h3>
<p>一是预算执行进度不均衡，一季度支出偏慢，年底形成结转；二是个别绩效指标设置不够细化。下一步将加强项目前期工作，按序时进度拨付资金，完善绩效指标体系，将自评结果运用于下年度预算安排。</p>
<p style="text-align:right">{e(d)}</p>
<p style="text-align:right">2025年5月12日</p>
</div>
</div>
<div class="foot">主办单位：渭南市临渭区人民政府办公室　　网站标识码：6105020001　　陕ICP备05004296号</div>
</body>
</html>
"""


ALL.append(h322())


# ============================================================ h323 肥城市应急管理局 (TXT, indicators by the department's duties)

def h323():
    dept = "肥城市应急管理局"
    ib_b, ib_p = 1186.20, 960.60
    ab_b, ab_p = 1268.34, 1266.28
    eb_b, eb_p = 1251.60, 1179.45
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate, rb, rp = pct(eb, ab), pct(eb_b, ab_b), pct(eb_p, ab_p)
    assert (ib, ab, eb, rate, rb, rp) == (2146.80, 2534.62, 2431.05, 95.91, 98.68, 93.14), (ib, ab, eb, rate, rb, rp)
    no_half(6 * rate / 100, "预算执行率 score")
    bs, jz = r2(6 * rate / 100), r2(100 - rate)
    assert (bs, jz) == (5.75, 4.09)
    checks_table, checks_prose = 1268, 1286  # PLANT SAME_FIGURE_DIFFERS: 一 says 1286家次, the table's 实际完成值 1268家次
    ind = [("部门运行管理", "预算管理", "预算执行率", "100%", f"{rate:.2f}%", 6, bs, "部分应急物资采购项目尾款次年支付"),
           ("部门运行管理", "预算管理", "结转结余率", "≤5%", f"{jz:.2f}%", 4, 4, ""),
           ("部门运行管理", "财务管理", "资金使用合规性", "合规", "合规", 4, 4, ""),
           ("部门运行管理", "资产管理", "资产管理规范性", "规范", "基本规范", 3, 2.5, "部分应急物资出入库登记不及时"),
           ("部门运行管理", "运行成本", "“三公”经费控制率", "≤100%", "92.6%", 3, 3, ""),
           ("安全生产监督管理", "执法检查", "安全生产执法检查企业（家次）", "≥1200", str(checks_table), 8, 8, ""),
           ("安全生产监督管理", "执法检查", "重大事故隐患整改率", "100%", "100%", 8, 8, ""),
           ("安全生产监督管理", "宣传培训", "安全生产培训（人次）", "≥5000", "5360", 6, 6, ""),
           ("安全生产监督管理", "事故防控", "生产安全事故死亡人数（人）", "≤4", "3", 8, 8, ""),
           ("应急救援", "队伍建设", "应急救援队伍训练演练（次）", "≥24", "24", 7, 7, ""),
           ("应急救援", "物资保障", "应急物资储备达标率", "≥95%", "92.4%", 6, P(92.4, 95, 6),
            "部分防汛物资采购合同延至2025年1月交货"),
           ("应急救援", "指挥调度", "应急值守到岗率", "100%", "100%", 6, 6, ""),
           ("应急救援", "指挥调度", "突发事件信息报送及时率", "100%", "100%", 6, 6, ""),
           ("防灾减灾救灾", "风险防控", "自然灾害风险隐患点监测覆盖率", "100%", "100%", 5, 5, ""),
           ("防灾减灾救灾", "减灾创建", "综合减灾示范社区创建（个）", "≥3", "3", 5, 5, ""),
           ("防灾减灾救灾", "灾害救助", "受灾群众基本生活救助及时率", "100%", "100%", 5, 5, ""),
           ("服务对象满意度", "满意度调查", "企业和群众满意度", "≥90%", "91.8%", 10, 10, "")]
    names = ["部门运行管理", "安全生产监督管理", "应急救援", "防灾减灾救灾", "服务对象满意度"]
    assert len(ind) == 17 and s2(ind, 5) == 100 and P(92.4, 95, 6) == 5.84
    total = s2(ind, 6)
    sec_rows = secs(ind, names)
    assert total == 99.09 and sec_rows == [("部门运行管理", 20, 19.25), ("安全生产监督管理", 30, 30), ("应急救援", 25, 24.84),
                                           ("防灾减灾救灾", 15, 15), ("服务对象满意度", 10, 10)], (total, sec_rows)
    sec = [(n, w, 24.48 if n == "应急救援" else s_) for n, w, s_ in sec_rows]
    # PLANT SECTION_VS_ROWS: the 应急救援 小计 prints 24.48; its rows 7 + 5.84 + 6 + 6 = 24.84
    goals = [("目标一（安全生产监督管理）", "开展安全生产执法检查1200家次以上，重大事故隐患全部整改，生产安全事故死亡人数控制在4人以内",
              "执法检查1268家次，重大事故隐患整改率100%，生产安全事故死亡3人"),
             ("目标二（应急救援）", "应急救援队伍训练演练24次以上，应急物资储备达标率95%以上",
              "训练演练24次，应急物资储备达标率92.4%"),
             ("目标二（防灾减灾救灾）", "自然灾害风险隐患点监测全覆盖，创建综合减灾示范社区3个",
              "风险隐患点监测覆盖率100%，创建综合减灾示范社区3个")]
    # PLANT GOAL_LABELS: the third goal is labelled 目标二 again (目标一, 目标二, 目标二; no 目标三)
    g = gold(None, dept, 2024, "COUNTY", "山东省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), sec, grows(ind))
    meta = dict(dept=dept, ind=ind, total=total, sec=sec, names=names, goals=goals, checks_prose=checks_prose,
                rate=rate, bud=[("合计", ib, ab, eb, rate), ("其中：基本支出", ib_b, ab_b, eb_b, rb),
                                ("　　　项目支出", ib_p, ab_p, eb_p, rp)])
    fnd = [F("SECTION_VS_ROWS", "应急救援 小计",
             "应急救援 | … 7 / 5.84 / 6 / 6 | 小计 | 25 | 24.48", "24.48", "24.84", "HIGH", "ERROR",
             "表2's 小计 line under the 应急救援 block adds its four rows: 7 + 5.84 + 6 + 6 = 24.84, printed 24.48 (digits "
             f"swapped); the 合计 {fmt(total)} and 五's 总分 add the rows (the 小计 lines give 98.73), so only the 小计 is "
             "wrong; the other four 小计 lines add up"),
           F("GOAL_LABELS", "年度绩效目标",
             "目标一（安全生产监督管理）：… / 目标二（应急救援）：… / 目标二（防灾减灾救灾）：…",
             "目标一, 目标二, 目标二", "目标一, 目标二, 目标三", "HIGH", "WARNING",
             "三 numbers the department's three duty goals 目标一, 目标二 and 目标二 again: the 防灾减灾救灾 goal (the third "
             "职责 in 表2) is labelled 目标二 and there is no 目标三"),
           F("SAME_FIGURE_DIFFERS", "安全生产执法检查企业（家次）",
             f"一：全年开展安全生产执法检查{checks_prose}家次 / 表2：安全生产执法检查企业（家次） | ≥1200 | {checks_table}",
             f"{checks_prose}", f"{checks_table}", "HIGH", "WARNING",
             f"一's prose gives {checks_prose}家次, 表2's 实际完成值 and 三's 完成情况 give {checks_table} (two digits "
             "swapped); the row's full 8 stands on either (both above ≥1200)")]
    return {"stem": "h323_feicheng_yingji", "format": "txt", "text": text323(meta), "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the indicators are organised by the DEPARTMENT'S DUTIES, not 产出 / 效益: 表2's columns are 职责（领域） "
                      "| 工作活动 | 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因; the first column names a block "
                      "(部门运行管理, the three 职责 安全生产监督管理 / 应急救援 / 防灾减灾救灾, 服务对象满意度) = 一级, the "
                      "工作活动 = 二级; in the tab-separated text a block's name and an activity's name are printed once, on "
                      "their first line (empty fields below them mean “same as above”)",
                      "a 小计 line closes every block (the block column empty, “小计” in the 工作活动 column, 分值 and 得分): "
                      "they are the 一级 subtotals, not indicators; four of the five add their rows (20 / 19.25, 30 / 30, "
                      "15 / 15, 10 / 10); the 合计 line 100 | 99.09 adds the 17 rows",
                      f"表1: 基本 + 项目 = 合计 in every column ({mc(ib)}, {mc(ab)}, {mc(eb)}); {rate:.2f}%, {rb:.2f}% and "
                      f"{rp:.2f}% right; all under budget; 年初 < 全年 (追加); 预算执行率 6 × {rate:.2f}% = 5.7546 → 5.75 "
                      "(执行率×分值); 结转结余率 4.09% vs ≤5% (a ceiling, met)",
                      "应急救援队伍训练演练 24 vs ≥24 and 综合减灾示范社区 3 vs ≥3 (met exactly); 生产安全事故死亡人数 3 vs "
                      "≤4 and “三公”经费控制率 92.6% vs ≤100% (ceilings, met); 应急物资储备达标率 6 × 92.4 ÷ 95 = 5.84 "
                      "(proportion rule, with a reason); 资产管理规范性 −0.5 with a reason (judgement)",
                      f"the goal texts in 三 agree with 表2 (1268, 100%, 3人, 24次, 92.4%, 3个); 五 gives the total {fmt(total)} and "
                      "优, no 一级 scores"]}


def text323(M):
    d = M["dept"]
    b = M["bud"][0]
    L = []
    L.append(f"{d}2024年度部门整体支出绩效自评报告")
    L.append("")
    L.append("一、部门基本情况")
    L.append(f"　　{d}是市政府工作部门，主要职责包括安全生产综合监督管理、应急救援和防灾减灾救灾等，内设8个科室，下属市应急救援指挥"
             f"保障中心1个二级单位，年末在职人员64人。2024年，全市未发生较大及以上生产安全事故，全年开展安全生产执法检查"
             f"{M['checks_prose']}家次，组织应急救援队伍训练演练24次，创建综合减灾示范社区3个。")
    L.append("")
    L.append("二、部门预算执行情况")
    L.append(f"　　2024年部门年初预算{mc(b[1])}万元，年中追加后全年预算{mc(b[2])}万元，全年执行{mc(b[3])}万元，预算执行率"
             f"{M['rate']:.2f}%。")
    L.append("表1　2024年度部门预算执行情况（单位：万元）")
    L.append("\t".join(["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"]))
    for lab, a, b_, x, rt in M["bud"]:
        L.append("\t".join([lab, mc(a), mc(b_), mc(x), f"{rt:.2f}%"]))
    L.append("")
    L.append("三、年度绩效目标完成情况")
    L.append("　　本部门按照“三定”规定的职责设置年度绩效目标，各项目标完成情况如下：")
    for lab, t, a in M["goals"]:
        L.append(f"　　{lab}：{t}。完成情况：{a}。")
    L.append("")
    L.append("四、绩效指标完成情况")
    L.append("　　按照部门职责和主要工作活动设置绩效指标，部门运行管理和服务对象满意度作为共性内容单列，满分100分。")
    L.append("表2　2024年度部门整体支出绩效指标完成情况表")
    L.append("\t".join(["职责（领域）", "工作活动", "绩效指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]))
    ind = M["ind"]
    sec = {n: (w, s_) for n, w, s_ in M["sec"]}
    prev1 = prev2 = None
    for i, x in enumerate(ind):
        c1 = x[0] if x[0] != prev1 else ""
        c2 = x[1] if (x[0], x[1]) != (prev1, prev2) else ""
        L.append("\t".join([c1, c2, x[2], x[3], x[4], fmt(x[5]), fmt(x[6]), x[7]]))
        prev1, prev2 = x[0], x[1]
        if i + 1 == len(ind) or ind[i + 1][0] != x[0]:
            w, s_ = sec[x[0]]
            L.append("\t".join(["", "小计", "", "", "", fmt(w), fmt(s_), ""]))
    L.append("\t".join(["合计", "", "", "", "", "100", fmt(M["total"]), ""]))
    L.append("　　评分说明：预算执行率得分＝执行率×分值；定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”"
             "计分；定性指标根据完成情况酌情扣分。")
    L.append("")
    L.append("五、自评结论")
    L.append(f"　　经自评，本部门2024年度部门整体支出绩效自评总分{fmt(M['total'])}分，自评等级为“{grade(M['total'])}”。"
             + "等级划分：" + BANDS)
    L.append("")
    L.append("六、存在的问题和改进措施")
    L.append("　　一是应急物资采购进度偏慢，部分防汛物资年底前未能交货；二是应急物资出入库管理不够规范。下一步，将提前谋划物资采购，"
             "加强应急物资全过程管理，把自评结果作为下年度预算安排的重要依据。")
    L.append("")
    L.append(f"{d}")
    L.append("2025年4月25日")
    return "\n".join(L) + "\n"


ALL.append(h323())

def main(argv):
    round_main(argv, ALL, "53")


if __name__ == "__main__":
    main(sys.argv[1:])
