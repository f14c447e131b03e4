#!/usr/bin/python3
"""Round 55 (h329–h333): layouts and wordings not used before, each with PLANTED audit problems, made apart from the
code by the corpus55 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report
whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports55.py [h329 …]
(needs python-docx, openpyxl and reportlab; the HTML and the text are written as strings:
h329 a DOCX 部门整体 self-evaluation whose 自评表 (附件2) is preceded by the year's 绩效目标申报表 (附件1) with the SAME
13 indicators and only their 指标值 — a targets-only table that must not be read as scored rows; h330 an XLSX 项目 form
for a MULTI-YEAR project (实施周期2023—2025年): a 项目总体 and a 本年度 指标值, a 本年度 and a 累计 完成值, and a fund block
with 项目总投资 | 截至上年累计执行数 | 本年预算 | 本年执行 | 累计执行数, the 说明 saying only the 本年度 columns are scored;
h331 a TOWNSHIP (镇人民政府) report in short informal wording, one line per indicator with the points in brackets after
it (“（6分，得6分）”), section headings “（二）产出指标（50分，得49.16分）”; h332 a 街道办事处 portal report whose
indicator table numbers every level with DOTTED CODES (1 / 1.1 / 1.1.1), the 一级 lines carrying 分值 and 得分, and a
是否达成 column (是 / 否) that drives the score; h333 a PDF third-party 项目 evaluation whose appendix 评分表 has BOTH a
扣分 and a 得分 column, some rows filling only 得分, some both, some only 扣分 (得分 left blank), the 注 defining
得分 = 分值 − 扣分.)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因 / 评分依据 …).
"""
import html as htmlmod
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402
from heldout import fmt, budget, gold, row  # noqa: E402
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


def num_s(x):
    """a number as a cell shows it in the General format: 78.6, 14260, 100"""
    return fmt(x) if isinstance(x, (int, float)) else x


def with_unit(v, u):
    """a value and its 计量单位 cell joined as the gold records them (“≥85公里”, “78.6公里”); “—” is no unit"""
    return f"{num_s(v)}{'' if u in ('—', '') else u}"


# ============================================================ h329 绍兴市柯桥区司法局 (DOCX, 申报表 before the 自评表)

def h329():
    dept = "绍兴市柯桥区司法局"
    ib_b, ib_p = 2146.30, 1140.20
    ab_b, ab_p = 2218.64, 1215.56
    eb_b, eb_p = 2196.42, 1044.45
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate, rb, rp = pct(eb, ab), pct(eb_b, ab_b), pct(eb_p, ab_p)
    assert (ib, ab, eb, rate, rb, rp) == (3286.50, 3434.20, 3240.87, 94.37, 99.00, 85.92), (ib, ab, eb, rate, rb, rp)
    no_half(rate / 10, "fund score")
    fs_rule = r2(rate / 10)
    assert fs_rule == 9.44
    rate_init = pct(eb, ib)
    assert rate_init == 98.61
    fs = r2(rate_init / 10)  # PLANT BUDGET_ROW_SCORE: 9.86 = 执行数 ÷ 年初预算 (98.61%) × 10; the 说明's rule gives 9.44
    assert fs == 9.86
    aid_filed = "≥1200件"
    aid_target = "≥1000件"  # PLANT SAME_FIGURE_DIFFERS: the 申报表 (and the 自评表's own 预期目标) give ≥1200件
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因)
    ind = [("产出指标", "数量指标", "法律援助案件办理数", aid_target, "1086件", 10, 10, ""),
           ("产出指标", "数量指标", "人民调解案件受理数", "≥3500件", "3862件", 8, 8, ""),
           ("产出指标", "数量指标", "社区矫正对象教育帮扶", "≥400人次", "436人次", 6, 6, ""),
           ("产出指标", "数量指标", "开展“八五”普法宣传活动", "≥150场", "162场", 6, 6, ""),
           ("产出指标", "质量指标", "人民调解成功率", "≥98%", "98.6%", 6, 6, ""),
           ("产出指标", "质量指标", "法律援助案件质量评估合格率", "≥95%", "96.3%", 6, 6, ""),
           ("产出指标", "质量指标", "社区矫正对象再犯罪率", "≤0.2%", "0.1%", 6, 6, ""),
           ("产出指标", "时效指标", "法律援助申请审查办结时限", "≤7个工作日", "5个工作日", 4, 4, ""),
           ("产出指标", "成本指标", "法律援助案件平均办案补贴", "≤2000元/件", "1860元/件", 4, 4, ""),
           ("效益指标", "社会效益指标", "矛盾纠纷化解率", "≥95%", "96.8%", 8, 8, ""),
           ("效益指标", "社会效益指标", "公民法治素养基本达标率", "≥28%", "26.4%", 8, P(26.4, 28, 8),
            "农村和外来务工人员法治宣传覆盖不足；2025年开展“法治进企业、进工地”专项行动"),
           ("效益指标", "可持续影响指标", "公共法律服务体系建设长效机制", "健全", "基本健全", 8, 7,
            "村（社区）法律顾问履职考核办法尚在制定，镇街公共法律服务站运行经费保障机制有待完善"),
           ("满意度指标", "服务对象满意度指标", "公共法律服务群众满意度", "≥90%", "95.1%", 10, 10, "")]
    assert len(ind) == 13 and s2(ind, 5) == 90 and P(26.4, 28, 8) == 7.54
    filed = {x[2]: x[3] for x in ind}
    filed["法律援助案件办理数"] = aid_filed
    assert [k for k in filed if filed[k] != dict((x[2], x[3]) for x in ind)[k]] == ["法律援助案件办理数"]
    fund = (None, None, "年度资金总额", None, f"{rate:.2f}%", 10, fs, "")
    total = r2(fs + s2(ind, 6))
    assert total == 98.40 and r2(total - fs + fs_rule) == 97.98, total
    g = gold(None, dept, 2024, "COUNTY", "浙江省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), [], grows([fund] + ind))
    plan = ("目标1：加强法律援助和公共法律服务，全年办理法律援助案件1200件以上，法律援助案件质量评估合格率95%以上；目标2：深化矛盾纠纷"
            "多元化解，受理人民调解案件3500件以上，调解成功率98%以上；目标3：推进“八五”普法和社区矫正工作，开展普法宣传活动150场以上，"
            "公民法治素养基本达标率达到28%。")
    done_labels = ("目标1", "目标3", "目标3")  # PLANT GOAL_LABELS: the 实际完成情况 labels its goals 目标1, 目标3, 目标3
    done = (f"{done_labels[0]}：办理法律援助案件1086件，质量评估合格率96.3%；{done_labels[1]}：受理人民调解案件3862件，调解成功率"
            f"98.6%，矛盾纠纷化解率96.8%；{done_labels[2]}：开展普法宣传活动162场，教育帮扶社区矫正对象436人次，公民法治素养基本"
            "达标率26.4%。")
    meta = dict(dept=dept, ind=ind, filed=filed, total=total, fs=fs, rate=rate, plan=plan, done=done,
                ib=ib, ab=ab, eb=eb, req=[("资金总额", ib), ("其中：基本支出", ib_b), ("　　　项目支出", ib_p)],
                bud=[("年度资金总额", ib, ab, eb, 10, rate, fs), ("其中：基本支出", ib_b, ab_b, eb_b, None, rb, None),
                     ("　　　项目支出", ib_p, ab_p, eb_p, None, rp, None)])
    fnd = [F("GOAL_LABELS", "年度总体目标 实际完成情况",
             "预期目标：目标1…；目标2…；目标3… / 实际完成情况：目标1：办理法律援助案件1086件…；目标3：受理人民调解案件3862件…；"
             "目标3：开展普法宣传活动162场…", "目标1, 目标3, 目标3", "目标1, 目标2, 目标3", "HIGH", "WARNING",
             "the 自评表's 预期目标 (and the 申报表) number the year's goals 目标1–目标3; the 实际完成情况 beside it labels its "
             "three parts 目标1, 目标3, 目标3: the second (人民调解, 矛盾纠纷) answers 目标2, so 目标2 has no reported result "
             "under its own label and 目标3 has two"),
           F("SAME_FIGURE_DIFFERS", "法律援助案件办理数",
             f"附件1 申报表：法律援助案件办理数 | {aid_filed} / 附件2 自评表：法律援助案件办理数 | {aid_target} | 1086件 | 10 | 10",
             aid_target, aid_filed, "HIGH", "WARNING",
             f"the same indicator's 指标值 is {aid_filed} in the 绩效目标申报表 (附件1; the 自评表's own 预期目标 says "
             f"“1200件以上”, and 三 says the targets were not adjusted during the year) but {aid_target} in the 自评表, whose "
             "说明 says its 年度指标值 are taken from the 申报表; 1086件 meets the lowered target and scores the full 10, "
             f"but misses the filed one (the 说明's proportion rule would give 10 × 1086 ÷ 1200 = {fmt(P(1086, 1200, 10))})"),
           F("BUDGET_ROW_SCORE", "年度资金总额",
             f"年度资金总额 | {mc(ib)} | {mc(ab)} | {mc(eb)} | 10 | {rate:.2f}% | {fmt(fs)}", fmt(fs), fmt(fs_rule),
             "HIGH", "ERROR",
             f"the 说明 makes the fund line's score 执行率 × 分值: {rate:.2f}% × 10 = {fmt(fs_rule)}; the form prints "
             f"{fmt(fs)}, which is 执行数 ÷ 年初预算数 ({mc(eb)} ÷ {mc(ib)} = {rate_init:.2f}%) × 10 — the 申报表's budget, "
             f"not the 全年预算数 the printed {rate:.2f}% uses; the 总分 would be {fmt(r2(total - fs + fs_rule))} (still 优)")]
    return {"stem": "h329_keqiao_sifa", "format": "docx", "write": write329, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["附件1 is the year's 部门整体支出绩效目标申报表 with the SAME 13 indicators as the 自评表 and only their "
                      "指标值 (一级 | 二级 | 三级 | 指标值): no actuals, no 分值, no 得分; its rows are targets filed at budget "
                      "time, not scored rows, and must not be read as indicators or counted twice",
                      f"the 申报表's 年度预算申请 ({mc(ib)} = 基本 {mc(ib_b)} + 项目 {mc(ib_p)}) is the 年初预算, not the 全年预算 "
                      f"({mc(ab)}): the difference is the year's 追加, not a figure stated twice",
                      "twelve of the thirteen 申报表 指标值 equal the 自评表's (only 法律援助案件办理数 differs: the finding)",
                      f"budget: 基本 + 项目 = 年度资金总额 in every column ({mc(ib)}, {mc(ab)}, {mc(eb)}); {rate:.2f}%, "
                      f"{rb:.2f}% and {rp:.2f}% right; under budget; 年初 < 全年 (追加)",
                      "社区矫正对象再犯罪率 0.1% vs ≤0.2%, 办结时限 5 vs ≤7个工作日, 平均办案补贴 1860 vs ≤2000元/件 (ceilings, "
                      "met; the 补贴 is a unit cost, not a budget figure); 公民法治素养基本达标率 8 × 26.4 ÷ 28 = 7.54 "
                      "(proportion rule, with a reason); 公共法律服务体系建设长效机制 −1 with a reason (judgement)",
                      f"总分 {fmt(total)} = {fmt(fs)} + the 13 rows as printed; 优 (also on {fmt(r2(total - fs + fs_rule))})"]}


def write329(rep, path):
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm
    from reports34 import new_doc, para
    from reports36_common import grid, cell_put
    M = rep["meta"]
    ind = M["ind"]
    doc = new_doc()
    para(doc, f"{M['dept']}2024年度部门整体支出绩效自评报告", bold=True, size=16, center=True, after=10)
    body = [
        ("一、部门基本情况", True),
        (f"{M['dept']}是区政府工作部门，主要负责全区法治宣传教育、人民调解、社区矫正、法律援助和公共法律服务体系建设等工作，内设"
         "科室7个，下设司法所16个、公共法律服务中心1个，年末在职人员142人。", False),
        ("二、部门预算及执行情况", True),
        (f"2024年部门年初预算{mc(M['ib'])}万元，年中追加后全年预算{mc(M['ab'])}万元，全年执行{mc(M['eb'])}万元，预算执行率"
         f"{M['rate']:.2f}%。其中基本支出执行{mc(M['bud'][1][3])}万元，项目支出执行{mc(M['bud'][2][3])}万元。", False),
        ("三、绩效目标设定及完成情况", True),
        ("年初，我局按要求编制了2024年度部门整体支出绩效目标申报表（附件1），设定年度绩效目标3个、绩效指标13项，经区财政局审核后随"
         "部门预算一并批复，年度执行中未申请调整绩效目标。年度终了，我局对照申报的绩效目标开展自评，自评情况见附件2。", False),
        ("四、自评结论", True),
        (f"经自评，本部门2024年度部门整体支出绩效自评得分{fmt(M['total'])}分，自评等级为“{grade(M['total'])}”。", False),
        ("五、存在的问题及改进措施", True),
        ("一是项目支出执行进度偏慢，部分政府购买法律服务项目年底未完成结算；二是公民法治素养基本达标率未达到年度目标；三是公共法律"
         "服务长效机制有待健全。下一步，我局将加快项目结算进度，加大面向农村和企业的普法力度，完善村（社区）法律顾问考核机制。", False)]
    for text, head in body:
        if head:
            para(doc, text, bold=True, size=12, after=2)
        else:
            para(doc, text, indent=True, after=4)
    para(doc, "", after=6)
    for text in (M["dept"], "2025年4月18日"):
        para(doc, text, after=0).alignment = WD_ALIGN_PARAGRAPH.RIGHT

    # ---- 附件1: the 申报表 (portrait, new page)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    para(doc, "附件1", bold=True, size=12, after=4)
    para(doc, "2024年度部门整体支出绩效目标申报表", bold=True, size=15, center=True, after=6)
    para(doc, f"填报单位（盖章）：{M['dept']}　　　　　　　　　　　　　　　金额单位：万元", size=10, after=2)
    n = 1 + 3 + 1 + 1 + len(ind)
    t = grid(doc, n, [28, 32, 72, 38])
    for row_ in t.rows:
        row_.height = Mm(7)
        row_.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST

    def put(tb, r, c, text, align="c", bold=False, size=9, to=None):
        cell = tb.cell(r, c)
        if to is not None and to != c:
            cell = cell.merge(tb.cell(r, to))
        cell_put(cell, text, size=size, bold=bold, align=align)
        return cell

    put(t, 0, 0, "部门名称", bold=True)
    put(t, 0, 1, M["dept"], "l", to=3)
    lab = t.cell(1, 0).merge(t.cell(3, 0))
    cell_put(lab, "年度预算申请", size=9, bold=True)
    for i, (k, v) in enumerate(M["req"]):
        put(t, 1 + i, 1, k, "l")
        put(t, 1 + i, 2, mc(v), "r", to=3)
    put(t, 4, 0, "年度绩效目标", bold=True)
    put(t, 4, 1, M["plan"], "l", to=3)
    for k, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值"]):
        put(t, 5, k, h, bold=True)
    r0 = 6
    for i, x in enumerate(ind):
        put(t, r0 + i, 2, x[2], "l")
        put(t, r0 + i, 3, M["filed"][x[2]])
    for col in (0, 1):
        for a, b in spans(ind, col):
            cell = t.cell(r0 + a, col)
            if b > a:
                cell = cell.merge(t.cell(r0 + b, col))
            cell_put(cell, ind[a][col], size=9)
    para(doc, "填报人：沈丽娟　　审核人：金国平　　联系电话：0575-84125706　　填报日期：2023年11月20日", size=10)

    # ---- 附件2: the 自评表 (landscape, new page)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    para(doc, "附件2", bold=True, size=12, after=4)
    para(doc, "2024年度部门整体支出绩效自评表", bold=True, size=15, center=True, after=6)
    para(doc, f"填报单位（盖章）：{M['dept']}" + "　" * 36 + "金额单位：万元", size=10, after=2)
    n = 1 + 1 + 3 + 2 + 1 + len(ind) + 1
    t = grid(doc, n, [22, 26, 56, 28, 28, 16, 16, 65])
    for row_ in t.rows:
        row_.height = Mm(7)
        row_.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    put(t, 0, 0, "部门（单位）名称", bold=True, to=1)
    put(t, 0, 2, M["dept"], "l", to=7)
    for k, h in ((0, "部门预算资金（万元）"), (2, "年初预算数"), (3, "全年预算数"), (4, "全年执行数"), (5, "分值"), (6, "执行率"),
                 (7, "得分")):
        put(t, 1, k, h, bold=True, to=1 if k == 0 else None)
    for i, (lab_, a, b_, e_, w, rt, s) in enumerate(M["bud"]):
        r = 2 + i
        put(t, r, 0, lab_, "l", to=1)
        for k, v in enumerate((a, b_, e_)):
            put(t, r, 2 + k, mc(v), "r")
        put(t, r, 5, fmt(w) if w is not None else "—")
        put(t, r, 6, f"{rt:.2f}%")
        put(t, r, 7, fmt(s) if s is not None else "—")
    lab = t.cell(5, 0).merge(t.cell(6, 0))
    cell_put(lab, "年度总体目标", size=9, bold=True)
    put(t, 5, 1, "预期目标", bold=True)
    put(t, 5, 2, M["plan"], "l", to=7)
    put(t, 6, 1, "实际完成情况", bold=True)
    put(t, 6, 2, M["done"], "l", to=7)
    for k, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                           "偏差原因分析及改进措施"]):
        put(t, 7, k, h, bold=True)
    r0 = 8
    for i, x in enumerate(ind):
        r = r0 + i
        put(t, r, 2, x[2], "l")
        put(t, r, 3, x[3])
        put(t, r, 4, x[4])
        put(t, r, 5, fmt(x[5]))
        put(t, r, 6, fmt(x[6]))
        put(t, r, 7, x[7], "l", size=8)
    for col in (0, 1):
        for a, b in spans(ind, col):
            cell = t.cell(r0 + a, col)
            if b > a:
                cell = cell.merge(t.cell(r0 + b, col))
            cell_put(cell, ind[a][col], size=9)
    r = r0 + len(ind)
    put(t, r, 0, "总分", bold=True, to=4)
    put(t, r, 5, "100", bold=True)
    put(t, r, 6, fmt(M["total"]), bold=True)
    put(t, r, 7, f"自评等级：{grade(M['total'])}", bold=True)
    para(doc, "说明：1.年度资金总额得分＝执行率×分值；2.年度指标值按本部门年度绩效目标申报表（附件1）填列；3.定量指标达到年度指标值的得"
              "满分，未达到的按“实际完成值÷年度指标值×分值”计分，反向指标（“≤”）不超过指标值的得满分；4.定性指标根据完成情况酌情"
              "扣分；5." + BANDS, size=9)
    para(doc, "填报人：沈丽娟　　审核人：金国平　　联系电话：0575-84125706　　填报日期：2025年4月18日", size=10)
    doc.save(path)
    H.A.normalize_zip(path)


ALL.append(h329())



# ============================================================ h330 宿州市埇桥区水利局 (XLSX, multi-year project: 本年 and 累计)

def h330():
    dept = "宿州市埇桥区水利局"
    unit = "宿州市埇桥区城乡供水服务中心"
    project = "埇桥区城乡供水一体化工程"
    # (来源, 项目总投资, 截至上年累计执行数, 本年年初预算数, 本年全年预算数, 本年执行数)
    src = [("其中：中央预算内投资", 4000.00, 1600.00, 1500.00, 1500.00, 1425.60),
           ("　　　省级补助资金", 2400.00, 800.00, 900.00, 960.00, 905.24),
           ("　　　专项债券资金", 3000.00, 3000.00, 0.00, 0.00, 0.00),
           ("　　　区级财政资金", 3200.00, 860.00, 1400.00, 1650.00,
            1712.46)]  # PLANT SPENDING_OVER_BUDGET: 区级 本年执行 1,712.46 against its 本年全年预算 1,650.00
    tot = tuple(r2(sum(x[k] for x in src)) for k in range(1, 6))
    assert tot == (12600.00, 6260.00, 3800.00, 4110.00, 4043.30), tot
    inv, prior, ia, aa, ea = tot
    rate = pct(ea, aa)
    assert rate == 98.38, rate
    src_rates = []
    for n, _, _, _, b_, e_ in src:
        if b_ == 0:
            src_rates.append(100.00)  # PLANT RATE_OVER_ZERO_BASE: 专项债券资金 0.00 / 0.00 printed 100.00%
        else:
            src_rates.append(pct(e_, b_))
    assert src_rates == [95.04, 94.30, 100.00, 103.79], src_rates
    cum = [r2(x[2] + x[5]) for x in src]
    assert cum == [3025.60, 1705.24, 3000.00, 2572.46] and r2(sum(cum)) == r2(prior + ea) == 10303.30
    assert all(c <= x[1] for c, x in zip(cum, src))  # 累计 within each source's 总投资 (trap)
    no_half(rate / 10, "fund score")
    fs = r2(rate / 10)
    assert fs == 9.84
    main_score = 8  # PLANT TARGET_MISSED_FULL_MARKS: 主管网 本年完成 78.6 against 本年度 ≥85公里, full 8, no reason
    # (一级, 二级, 三级, 计量单位, 项目总体指标值, 本年度指标值, 本年完成值, 累计完成值, 分值, 得分, 偏差原因)
    ind = [("产出指标", "数量指标", "新建规模化水厂", "座", "2", "1", 1, 1, 8, 8, ""),
           ("产出指标", "数量指标", "铺设供水主管网", "公里", "≥240", "≥85", 78.6, 156.4, 8, main_score, ""),
           ("产出指标", "数量指标", "改造入户管网", "户", "≥36000", "≥14000", 14260, 25380, 8, 8, ""),
           ("产出指标", "数量指标", "新建加压泵站", "座", "6", "≥2", 2, 4, 4, 4, ""),
           ("产出指标", "数量指标", "新建水质在线监测点", "个", "≥30", "≥12", 12, 21, 4, 4, ""),
           ("产出指标", "质量指标", "单位工程验收合格率", "%", "100", "100", 100, 100, 6, 6, ""),
           ("产出指标", "质量指标", "出厂水水质达标率", "%", "≥95", "≥95", 98.2, "—", 4, 4, ""),
           ("产出指标", "时效指标", "年度建设任务完成率", "%", "—", "≥90", 93.1, "—", 6, 6, ""),
           ("产出指标", "成本指标", "主管网单位造价", "万元/公里", "≤62", "≤62", 58.7, 59.3, 6, 6, ""),
           ("效益指标", "社会效益指标", "新增农村集中供水受益人口", "万人", "≥12.5", "≥4.8", 5.06, 8.92, 8, 8, ""),
           ("效益指标", "社会效益指标", "农村自来水普及率", "%", "≥98", "≥95", 96.2, "—", 6, 6, ""),
           ("效益指标", "生态效益指标", "地下水开采量压减", "万立方米", "≥300", "≥120", 112, 198, 6, P(112, 120, 6),
            "第二地表水厂12月通水，部分村庄地下水源井尚未关停，压减量未达本年度目标；2025年一季度完成关停"),
           ("效益指标", "可持续影响指标", "城乡供水一体化运营管护机制", "—", "健全", "健全", "基本健全", "—", 6, 5,
            "统一运营管理办法已出台，水费收缴和维修养护资金保障机制尚在完善"),
           ("满意度指标", "服务对象满意度指标", "受益群众满意度", "%", "≥90", "≥90", 93.6, "—", 10, 10, "")]
    assert len(ind) == 14 and s2(ind, 8) == 90 and P(112, 120, 6) == 5.6 and P(78.6, 85, 8) == 7.4
    assert 78.6 < 85 and 156.4 < 240 and 5.06 >= 4.8 and 8.92 < 12.5 and 96.2 < 98
    rows = [(x[0], x[1], x[2], with_unit(x[5], x[3]), with_unit(x[6], x[3]), x[8], x[9], x[10]) for x in ind]
    fund = (None, None, "年度资金总额", None, f"{rate:.2f}%", 10, fs, "")
    total = r2(fs + s2(rows, 6))
    assert total == 98.44, total
    g = with_project(gold(None, dept, 2024, "COUNTY", "安徽省", "SELF_EVALUATION", None, total, 100, grade(total),
                          budget(ia, aa, ea, rate), [], grows([fund] + rows)), project, unit)
    overall = ("2023—2025年新建规模化水厂2座、加压泵站6座，铺设供水主管网240公里以上，改造入户管网3.6万户以上，新增农村集中供水受益"
               "人口12.5万人以上，农村自来水普及率达到98%以上，实现城乡供水同源、同网、同质、同价。")
    plan = ("2024年新建规模化水厂1座、加压泵站2座，铺设供水主管网85公里以上，改造入户管网1.4万户以上，新增受益人口4.8万人以上，"
            "农村自来水普及率达到95%以上。")
    done = ("建成埇桥区第二地表水厂1座、加压泵站2座，铺设供水主管网78.6公里，改造入户管网14260户，新增受益人口5.06万人，农村自来水"
            "普及率96.2%；截至2024年末累计铺设主管网156.4公里，累计完成投资10,303.30万元。")
    meta = dict(dept=dept, unit=unit, project=project, src=src, src_rates=src_rates, cum=cum, inv=inv, prior=prior,
                ia=ia, aa=aa, ea=ea, rate=rate, fs=fs, ind=ind, total=total, overall=overall, plan=plan, done=done)
    fnd = [F("SPENDING_OVER_BUDGET", "区级财政资金 本年执行数",
             "区级财政资金 | 3,200.00 | 860.00 | 1,400.00 | 1,650.00 | 1,712.46 | 103.79% | 2,572.46", "1,712.46",
             "≤ 1,650.00", "HIGH", "WARNING",
             "the 区级财政资金 line spent 1,712.46 this year against its 本年全年预算数 1,650.00 (103.79%, right on its "
             "figures): 62.46 over the year's budget for that source; the 年度资金总额 (4,043.30 of 4,110.00) stays under "
             "only because the other sources are under; the line's 累计 2,572.46 is within its 项目总投资 3,200.00, which "
             "does not make the year's overspend good (the figure may be right and the spending irregular, or a "
             "payment booked to the wrong source: worth asking)"),
           F("RATE_OVER_ZERO_BASE", "专项债券资金 本年执行率",
             "专项债券资金 | 3,000.00 | 3,000.00 | 0.00 | 0.00 | 0.00 | 100.00% | 3,000.00", "100.00%", "— (base 0)",
             "HIGH", "WARNING",
             "the 专项债券资金 line has 0.00 本年全年预算 and 0.00 本年执行 (the bond money was all spent before 2024: 截至上年"
             "累计执行 3,000.00 = its 项目总投资): a rate over a zero base is undefined, yet the line prints 100.00%; it carries "
             "no score"),
           F("TARGET_MISSED_FULL_MARKS", "铺设供水主管网",
             "铺设供水主管网 | 公里 | ≥240 | ≥85 | 78.6 | 156.4 | 8 | 8", "8", "< 8", "HIGH", "WARNING",
             "the 说明 scores quantitative rows on the 本年度 columns: 本年完成 78.6公里 against the 本年度指标值 ≥85公里 is "
             f"missed (the form's own 本年实际完成情况 says 78.6公里), yet the row scores the full 8 with no 偏差原因; the "
             f"说明's proportion rule gives 8 × 78.6 ÷ 85 = {fmt(P(78.6, 85, 8))}; the 累计 156.4 against the 项目总体 ≥240 "
             "is the three-year figure and not scored")]
    return {"stem": "h330_yongqiao_shuili", "format": "xlsx", "write": write330, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["a MULTI-YEAR project (实施周期2023年—2025年): the indicator table carries a 项目总体 and a 本年度 指标值 and "
                      "a 本年度 and a 累计（截至本年末） 完成值 under a two-row header; the 说明 says only the 本年度 columns are "
                      "scored (the 项目总体 / 累计 columns are for reference); gold target / actual are the 本年度 ones with the "
                      "计量单位 joined",
                      "累计 below the 项目总体 target is not a miss (one year of three left): 新建规模化水厂 1 of 2, 主管网 156.4 of "
                      "≥240, 入户管网 25380 of ≥36000, 加压泵站 4 of 6, 监测点 21 of ≥30, 受益人口 8.92 of ≥12.5万人, 地下水压减 "
                      "198 of ≥300; 农村自来水普及率 96.2% meets the 本年度 ≥95 though not the 2025 ≥98",
                      "met exactly: 新建规模化水厂 1 vs 1, 加压泵站 2 vs ≥2, 监测点 12 vs ≥12, 验收合格率 100 vs 100; 主管网单位造价 "
                      "58.7 (累计 59.3) vs ≤62万元/公里 (a ceiling, met; a unit cost, not a budget figure)",
                      "the fund block's 项目总投资 12,600.00 and 累计执行数 10,303.30 are the whole project's figures, not the "
                      f"year's budget; each line: 截至上年累计 + 本年执行 = 累计执行数 (6,260.00 + {mc(ea)} = 10,303.30), each 累计 "
                      "within its 项目总投资; the 专项债券资金 was fully spent before 2024",
                      f"年度资金总额: sources add up in every column (12,600.00, 6,260.00, {mc(ia)}, {mc(aa)}, {mc(ea)}); "
                      f"{rate:.2f}% right; 年初 < 全年 (省级 and 区级 追加); {rate:.2f}% × 10 = 9.838 → {fmt(fs)}; 中央 95.04%, "
                      "省级 94.30% and 区级 103.79% right on their figures",
                      "地下水开采量压减 6 × 112 ÷ 120 = 5.6 (proportion rule, with a reason); 运营管护机制 −1 with a reason "
                      f"(judgement); 总分 {fmt(total)} = {fmt(fs)} + the 14 rows as printed (the full 8 included); 优 (also on "
                      f"{fmt(r2(total - 8 + P(78.6, 85, 8)))})"]}


def write330(rep, path):
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
    grey = PatternFill("solid", fgColor="DDEBF7")
    f10, f10b, f9 = Font(name="宋体", size=10), Font(name="宋体", size=10, bold=True), Font(name="宋体", size=9)
    widths = (10, 12, 24, 10, 12, 12, 12, 12, 11, 11, 8, 16)
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

    put(1, 1, "项目支出绩效自评表", Font(name="宋体", size=16, bold=True), border=False)
    ws.merge_cells(f"A1:{last}1")
    ws.row_dimensions[1].height = 28
    put(2, 1, "（2024年度）", border=False)
    ws.merge_cells(f"A2:{last}2")
    put(3, 1, f"填报单位（盖章）：{M['unit']}", h="left", border=False)
    ws.merge_cells("A3:G3")
    put(3, 10, "金额单位：万元", h="right", border=False)
    ws.merge_cells(f"J3:{last}3")
    put(4, 1, "项目名称", f10b)
    merge(4, 1, 4, 2)
    put(4, 3, M["project"], h="left")
    merge(4, 3, 4, 7)
    put(4, 8, "项目类型", f10b)
    put(4, 9, "跨年度项目", h="left")
    merge(4, 9, 4, 12)
    put(5, 1, "主管部门", f10b)
    merge(5, 1, 5, 2)
    put(5, 3, M["dept"], h="left")
    merge(5, 3, 5, 7)
    put(5, 8, "实施单位", f10b)
    put(5, 9, M["unit"], h="left")
    merge(5, 9, 5, 12)
    put(6, 1, "实施周期", f10b)
    merge(6, 1, 6, 2)
    put(6, 3, "2023年1月—2025年12月", h="left")
    merge(6, 3, 6, 7)
    put(6, 8, "项目总投资", f10b)
    put(6, 9, M["inv"], h="left", fmt_="#,##0.00")
    merge(6, 9, 6, 12)
    heads = ((1, 3, "项目资金（万元）"), (4, 4, "项目总投资"), (5, 5, "截至上年累计执行数"), (6, 6, "本年年初预算数"),
             (7, 7, "本年全年预算数"), (8, 8, "本年执行数"), (9, 9, "本年执行率"), (10, 10, "累计执行数"), (11, 11, "分值"),
             (12, 12, "得分"))
    for c1, c2, h in heads:
        put(7, c1, h, f10b, fill=grey)
        if c2 > c1:
            merge(7, c1, 7, c2)
    ws.row_dimensions[7].height = 30
    r = 8
    bud = [("年度资金总额", M["inv"], M["prior"], M["ia"], M["aa"], M["ea"], M["rate"], r2(M["prior"] + M["ea"]), 10,
            M["fs"])]
    bud += [(x[0], x[1], x[2], x[3], x[4], x[5], rt, c, None, None) for x, rt, c in zip(M["src"], M["src_rates"],
                                                                                         M["cum"])]
    for lab, inv, prior, a, b_, e_, rt, c, w, s in bud:
        put(r, 1, lab, h="left")
        merge(r, 1, r, 3)
        for k, v in enumerate((inv, prior, a, b_, e_)):
            put(r, 4 + k, v, h="right", fmt_="#,##0.00")
        put(r, 9, round(rt / 100, 4), fmt_="0.00%")
        put(r, 10, c, h="right", fmt_="#,##0.00")
        put(r, 11, w if w is not None else "—")
        put(r, 12, s if s is not None else "—")
        r += 1
    put(r, 1, "绩效目标", f10b)
    merge(r, 1, r + 2, 1)
    for k, (lab, text) in enumerate((("项目总体目标", M["overall"]), ("本年度目标", M["plan"]),
                                     ("本年实际完成情况", M["done"]))):
        put(r + k, 2, lab, f10b)
        put(r + k, 3, text, h="left")
        merge(r + k, 3, r + k, 12)
        ws.row_dimensions[r + k].height = 40
    r += 3
    put(r, 1, "绩效指标", f10b)
    merge(r, 1, r, 12)
    r += 1
    h0 = r
    for k, h in ((1, "一级指标"), (2, "二级指标"), (3, "三级指标"), (4, "计量单位"), (9, "分值"), (10, "得分"),
                 (11, "偏差原因分析及改进措施")):
        put(r, k, h, f10b, fill=grey)
        merge(r, k, r + 1, k if k != 11 else 12)
    put(r, 5, "指标值", f10b, fill=grey)
    merge(r, 5, r, 6)
    put(r, 7, "完成值", f10b, fill=grey)
    merge(r, 7, r, 8)
    for k, h in ((5, "项目总体"), (6, "本年度"), (7, "本年度"), (8, "累计（截至本年末）")):
        put(r + 1, k, h, f10b, fill=grey)
    ws.row_dimensions[r].height = 18
    ws.row_dimensions[r + 1].height = 28
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
        put(r, 10, x[9])
        put(r, 11, x[10], f9, h="left")
        merge(r, 11, r, 12)
        ws.row_dimensions[r].height = 40 if x[10] else 20
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
    merge(r, 1, r, 8)
    put(r, 9, 100, f10b)
    put(r, 10, M["total"], f10b)
    put(r, 11, f"自评等级：{grade(M['total'])}", f10b)
    merge(r, 11, r, 12)
    r += 2
    note = ("说明：1.本表“本年度”各栏反映2024年度预算安排和绩效目标完成情况；“项目总投资”“截至上年累计执行数”“累计执行数”及"
            "“项目总体”“累计（截至本年末）”各栏反映项目实施周期（2023—2025年）的总体目标和截至2024年末的累计完成情况，仅作参考，"
            "不参与本年度评分；2.年度资金总额得分＝本年执行率×分值；3.定量指标按本年度指标值评分，达到的得满分，未达到的按“本年"
            "完成值÷本年度指标值×分值”计分，反向指标（“≤”）不超过指标值的得满分；4.定性指标根据完成情况酌情扣分；5." + BANDS)
    put(r, 1, note, h="left", border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
    ws.row_dimensions[r].height = 72
    r += 1
    put(r, 1, "填报人：孙晓东　　审核人：李卫民　　联系电话：0557-3026814　　填报日期：2025年3月31日", h="left",
        border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
    ws.print_title_rows = f"{h0}:{h0 + 1}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    wb.save(path)
    H.A.normalize_zip(path)


ALL.append(h330())



# ============================================================ h331 桐城市范岗镇人民政府 (TXT, township, informal lines with bracketed points)

def h331():
    dept = "桐城市范岗镇人民政府"
    ab_b, ab_p = 1002.60, 859.80
    eb_b, eb_p = 986.20, 807.26
    ia = 1705.00
    ab, eb = r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    assert (ab, eb, rate, r2(ab - ia)) == (1862.40, 1793.46, 96.30, 157.40), (ab, eb, rate)
    no_half(rate / 10, "预算执行率 score")
    es = r2(rate / 10)
    assert es == 9.63
    # (一级, 三级, 目标, 完成 verb, 完成值, remark, 分值, 得分)
    spec = [("预算执行", "预算执行率", "100%", "实际", f"{rate:.2f}%", "", 10, es),
            ("产出指标", "一事一议村级公益项目", "12个", "完成", "12个", "", 6, 6),
            ("产出指标", "农村道路硬化", "8公里", "完成", "8.3公里", "", 6, 6),
            ("产出指标", "农村危房改造", "15户", "实际", "已全部开工", "",
             5, 5),  # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: 三 says 3 of the 15 户 were not finished by year end
            ("产出指标", "农村改厕", "320户", "完成", "302户", "，剩下18户今年开春接着改", 6, P(302, 320, 6)),
            ("产出指标", "生活垃圾清运", "5000吨", "完成", "5260吨", "", 5, 5),
            ("产出指标", "防汛抗旱物资储备", "储备到位", "实际", "全部到位", "，还多备了一批编织袋和救生衣",
             4, 4.5),  # PLANT ROW_SCORE_OVER_WEIGHT: 4.5 of 4
            ("产出指标", "高标准农田管护", "1.2万亩", "完成", "1.2万亩", "", 6, 6),
            ("产出指标", "森林防火", "不发生森林火灾", "实际", "未发生", "", 4, 4),
            ("产出指标", "民生资金发放准确率", "100%", "实际", "100%", "", 4, 4),
            ("产出指标", "村干部培训", "4期", "完成", "3期", "，有1期因防汛推迟到今年", 4, P(3, 4, 4)),
            ("效益指标", "村集体经济收入", "每村不低于10万元", "实际", "11个村（社区）都超过10万元", "", 8, 8),
            ("效益指标", "农村人居环境整治考核", "全市前十", "实际", "排第7名", "", 6, 6),
            ("效益指标", "信访矛盾化解率", "95%以上", "实际", "96.2%", "", 6, 6),
            ("效益指标", "长效管护机制", "健全", "实际", "基本建立", "，还要继续完善", 5, 4),
            ("效益指标", "安全生产", "不发生较大以上事故", "实际", "未发生", "", 5, 5),
            ("满意度指标", "群众满意度", "90%以上", "实际", "93%", "（发放问卷300份）", 10, 10)]
    assert P(302, 320, 6) == 5.66 and P(3, 4, 4) == 3
    ind = [(l1, None, l3, t, a, w, s_, rm) for l1, l3, t, _, a, rm, w, s_ in spec]
    assert len(ind) == 17 and s2(ind, 5) == 100
    sec = secs(ind, ["预算执行", "产出指标", "效益指标", "满意度指标"])
    assert sec == [("预算执行", 10, 9.63), ("产出指标", 50, 49.16), ("效益指标", 30, 29), ("满意度指标", 10, 10)], sec
    rows_total = s2(ind, 6)
    assert rows_total == 97.79, rows_total
    total = 97.97  # PLANT TOTAL_VS_ROWS: 合计 and 四 print 97.97; the sections and the 17 lines add to 97.79
    g = gold(None, dept, 2024, "COUNTY", "安徽省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ia, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), sec, grows(ind))
    meta = dict(dept=dept, spec=spec, sec=sec, total=total, ia=ia, ab=ab, eb=eb, rate=rate, ab_b=ab_b, ab_p=ab_p,
                eb_b=eb_b, eb_p=eb_p)
    fnd = [F("ROW_SCORE_OVER_WEIGHT", "防汛抗旱物资储备",
             "防汛抗旱物资储备：目标储备到位，实际全部到位，还多备了一批编织袋和救生衣（4分，得4.5分）", "4.5", "≤ 4",
             "HIGH", "ERROR",
             "the line's own bracket gives it 4分 and scores it 4.5: a row cannot score above its 分值 (extra stock is no "
             "reason for a bonus the scheme does not have); the 产出指标 heading (50分，得49.16分) and the 合计 include the "
             "4.5"),
           F("TOTAL_VS_ROWS", "合计得分",
             f"合计得分：{fmt(total)}分 / 四、自评结论：自评得分{fmt(total)}分", fmt(total), fmt(rows_total), "HIGH", "ERROR",
             f"the four section headings (9.63 + 49.16 + 29 + 10) and the 17 lines add to {fmt(rows_total)}; 二's 合计得分 "
             f"and 四 print {fmt(total)} (digits swapped); one slip printed twice; 优 either way"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "农村危房改造",
             "农村危房改造：目标15户，实际已全部开工（5分，得5分） / 三：15户危房改造中还有3户到年底没有竣工验收", "5", "< 5",
             "MEDIUM", "WARNING",
             "the target is 15户 改造; the line reports only that all 15 were started (已全部开工) and takes the full 5, while "
             "三、存在的问题 says 3 of the 15 had not been finished and accepted by year end; on the 产出 lines' own practice "
             f"(农村改厕 and 村干部培训 scored in proportion) 12 of 15 would give {fmt(P(12, 15, 5))}; MEDIUM because the "
             "line reports 开工, not 完工, and how much to deduct is the township's call")]
    return {"stem": "h331_fangang_zhen", "format": "txt", "text": text331(meta), "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["a TOWNSHIP report in short informal wording: one line per indicator, “名称：目标X，完成Y（N分，得M分）”, the "
                      "points in brackets at the end of the line; section headings carry their own points “（二）产出指标（50分，"
                      "得49.16分）”; remarks after the figure (“，剩下18户今年开春接着改”, “（发放问卷300份）”) are not part of "
                      "the actual; no 二级 indicators",
                      "a township is not a county: its report is filed with the county-level city (桐城市) finance bureau; "
                      "gold adminLevel COUNTY (the nearest level the gold knows)",
                      f"budget prose: 基本 {mc(ab_b)} + 项目 {mc(ab_p)} = 全年 {mc(ab)} (年初 {mc(ia)} + 追加 157.40); 支出 "
                      f"{mc(eb_b)} + {mc(eb_p)} = {mc(eb)}; {rate:.2f}% right; both parts under budget; 预算执行率 96.30% × 10 "
                      f"= {fmt(es)}",
                      "农村改厕 6 × 302 ÷ 320 = 5.66 and 村干部培训 4 × 3 ÷ 4 = 3 (proportion, each with its reason in the line); "
                      "长效管护机制 −1 (基本建立, judgement); 高标准农田管护 1.2 vs 1.2万亩 (met exactly); 农村人居环境整治考核 "
                      "第7名 vs 全市前十 (met: a rank, lower is better); 森林防火 and 安全生产 “未发生” (met)",
                      "the section headings add their lines (9.63, 49.16 — the 4.5 included —, 29, 10) and their weights "
                      "to 100"]}


def text331(M):
    L = []
    L.append(f"{M['dept']}2024年度部门整体支出绩效自评报告")
    L.append("")
    L.append("一、基本情况")
    L.append("　　范岗镇位于桐城市东南部，辖9个村、2个社区，总人口4.2万人。镇政府内设党政办、经济发展办、社会事务办等7个办公室，"
             "在编人员68人。")
    L.append(f"　　2024年全镇年初预算{mc(M['ia'])}万元，年中追加157.40万元，全年预算{mc(M['ab'])}万元，实际支出{mc(M['eb'])}万元，"
             f"执行率{M['rate']:.2f}%。其中：基本支出预算{mc(M['ab_b'])}万元，支出{mc(M['eb_b'])}万元；项目支出预算"
             f"{mc(M['ab_p'])}万元，支出{mc(M['eb_p'])}万元。")
    L.append("")
    L.append("二、自评得分情况（满分100分）")
    heads = {"预算执行": "（一）", "产出指标": "（二）", "效益指标": "（三）", "满意度指标": "（四）"}
    for name, w, sc in M["sec"]:
        L.append(f"{heads[name]}{name}（{fmt(w)}分，得{fmt(sc)}分）")
        k = 0
        for l1, l3, t, verb, a, rm, wt, s_ in M["spec"]:
            if l1 != name:
                continue
            k += 1
            L.append(f"{k}.{l3}：目标{t}，{verb}{a}{rm}（{fmt(wt)}分，得{fmt(s_)}分）")
    L.append(f"合计得分：{fmt(M['total'])}分。")
    L.append("")
    L.append("三、存在的问题")
    L.append("　　一是危房改造进度偏慢，15户危房改造中还有3户到年底没有竣工验收；二是改厕还差18户没有完成；三是村干部培训少办了1期；"
             "四是长效管护机制还不够健全，部分村保洁员、管护员的报酬没有稳定来源。")
    L.append("")
    L.append("四、自评结论")
    L.append(f"　　经自评，我镇2024年度部门整体支出绩效自评得分{fmt(M['total'])}分，等级为“{grade(M['total'])}”。"
             "（评分等级：" + BANDS.rstrip("。") + "）")
    L.append("")
    L.append("五、下步打算")
    L.append("　　抓紧完成剩余3户危房改造的竣工验收和18户改厕任务；加快项目资金拨付；把村级保洁、管护经费纳入村级预算，建立长效管护机制。")
    L.append("")
    L.append(M["dept"])
    L.append("2025年3月20日")
    return "\n".join(L) + "\n"


ALL.append(h331())



# ============================================================ h332 成都市武侯区玉林街道办事处 (HTML, dotted codes, 是否达成 column)

def h332():
    dept = "成都市武侯区玉林街道办事处"
    ib_b, ib_p = 1526.40, 860.00
    ab_b, ab_p = 1588.72, 1046.35
    eb_b, eb_p = 1571.06, 958.37
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate, rb, rp = pct(eb, ab), pct(eb_b, ab_b), pct(eb_p, ab_p)
    assert (ib, ab, eb, rate, rb, rp) == (2386.40, 2635.07, 2529.43, 95.99, 98.89, 91.59), (ib, ab, eb, rate, rb, rp)
    rp_printed = 95.19  # PLANT EXECUTION_RATE: 表1 项目支出 958.37 ÷ 1,046.35 = 91.59%, printed 95.19%
    no_half(rate / 10, "预算执行率 score")
    es = r2(rate / 10)
    assert es == 9.6
    hazard_score = 5  # PLANT TARGET_MET_POINTS_LOST: 1236 vs ≥1200家次, 是否达成 “是”, 5 of 6, no reason
    # (code, 一级, 二级, 三级, 指标值, 完成值, 是否达成, 分值, 得分, 原因)
    L1 = {"1": "产出指标", "2": "效益指标", "3": "满意度指标", "4": "预算执行"}
    L2 = {"1.1": "数量指标", "1.2": "质量指标", "1.3": "时效指标", "1.4": "成本指标", "2.1": "社会效益指标",
          "2.2": "生态效益指标", "2.3": "可持续影响指标", "3.1": "服务对象满意度指标", "4.1": "预算执行情况"}
    spec = [("1.1.1", "网格员入户走访", "≥12000户次", "12640户次", "是", 6, 6, ""),
            ("1.1.2", "辖区企业安全生产隐患排查", "≥1200家次", "1236家次", "是", 6, hazard_score, ""),
            ("1.1.3", "老旧院落改造", "≥6个", "6个", "是", 6, 6, ""),
            ("1.1.4", "社区长者食堂助餐服务", "≥36000人次", "33480人次", "否", 6, P(33480, 36000, 6),
             "玉林北路长者食堂8月才建成运营，助餐人次未达目标；2025年增设2个助餐点"),
            ("1.2.1", "生活垃圾分类居民知晓率", "≥95%", "97.3%", "是", 6, 6, ""),
            ("1.2.2", "矛盾纠纷调解成功率", "≥98%", "98.4%", "是", 6, 6, ""),
            ("1.3.1", "12345市民服务热线工单按时办结率", "≥98%", "99.1%", "是", 6, 6, ""),
            ("1.4.1", "老旧院落改造户均成本", "≤1.8万元", "1.62万元", "是", 4, 4, ""),
            ("1.4.2", "“三公”经费控制率", "≤100%", "86.4%", "是", 4, 4, ""),
            ("2.1.1", "辖区刑事案件发案率同比下降", "≥5%", "6.8%", "是", 6, 6, ""),
            ("2.1.2", "就业困难人员帮扶就业", "≥120人", "126人", "是", 6, 6, ""),
            ("2.2.1", "背街小巷环境卫生达标率", "≥95%", "96.5%", "是", 6, 6, ""),
            ("2.3.1", "社区治理长效机制", "健全", "基本健全", "否", 6, 5,
             "小区院落自治组织运行经费保障机制尚未建立，2025年纳入社区保障激励资金统筹"),
            ("2.3.2", "居民议事会制度运行", "常态化", "常态化", "是", 6, 6, ""),
            ("3.1.1", "辖区居民满意度", "≥90%", "94.2%", "是", 10, 10, ""),
            ("4.1.1", "预算执行率", "100%", f"{rate:.2f}%", "否", 10, es,
             "部分老旧院落改造项目尾款待审计结算后支付")]
    assert P(33480, 36000, 6) == 5.58
    ind = [(L1[c.split(".")[0]], L2[".".join(c.split(".")[:2])], l3, t, a, w, s_, why, c, ok)
           for c, l3, t, a, ok, w, s_, why in spec]
    assert len(ind) == 16 and s2(ind, 5) == 100
    sec = secs(ind, ["产出指标", "效益指标", "满意度指标", "预算执行"])
    assert sec == [("产出指标", 50, 48.58), ("效益指标", 30, 29), ("满意度指标", 10, 10), ("预算执行", 10, 9.6)], sec
    sec_printed = [list(x) for x in sec]
    sec_printed[1][2] = 28.5  # PLANT SECTION_VS_ROWS: the “2 效益指标” line prints 28.5; its five rows add to 29
    sec_printed = [tuple(x) for x in sec_printed]
    total = s2(ind, 6)
    assert total == 97.18, total
    g = gold(None, dept, 2024, "COUNTY", "四川省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), sec_printed,
             [row(l1, l2, l3, t, a, w, s_, code=c) for l1, l2, l3, t, a, w, s_, _, c, _ in ind])
    meta = dict(dept=dept, ind=ind, L1=L1, L2=L2, sec=sec_printed, total=total, rate=rate,
                bud=[("合计", ib, ab, eb, rate), ("其中：基本支出", ib_b, ab_b, eb_b, rb),
                     ("　　　项目支出", ib_p, ab_p, eb_p, rp_printed)])
    fnd = [F("TARGET_MET_POINTS_LOST", "辖区企业安全生产隐患排查",
             "1.1.2 辖区企业安全生产隐患排查 | ≥1200家次 | 1236家次 | 是 | 6 | 5", "5", "6", "HIGH", "WARNING",
             "1236家次 meets ≥1200家次 and the row itself says 是否达成 “是”; the 说明 gives a 达成 row the full 分值, yet it "
             f"scores 5 of 6 with no reason in 未达成原因; the 合计 would be {fmt(r2(total + 1))}"),
           F("SECTION_VS_ROWS", "2 效益指标",
             "2 效益指标 | 30 | 28.5", "28.5", "29", "HIGH", "ERROR",
             "the 一级 line “2 效益指标” prints 得分 28.5; its rows 2.1.1–2.3.2 add to 6 + 6 + 6 + 5 + 6 = 29 (the 说明 "
             "makes a 一级 score the sum of its 三级 rows); the 合计 97.18 and 五 follow the rows, so the four 一级 lines add "
             "to 96.68, not to the 合计; one slip (as if 2.3.1 had been scored 4.5 and later raised to 5)"),
           F("EXECUTION_RATE", "表1 项目支出 执行率",
             f"项目支出 | {mc(ib_p)} | {mc(ab_p)} | {mc(eb_p)} | {rp_printed:.2f}%", f"{rp_printed:.2f}%", f"{rp:.2f}%",
             "HIGH", "ERROR",
             f"表1's 项目支出 line: {mc(eb_p)} ÷ {mc(ab_p)} = {rp:.2f}%, printed {rp_printed:.2f}% (digits swapped); the 合计 "
             f"{rate:.2f}% and 基本支出 {rb:.2f}% are right, and the 4.1.1 row scores the 合计 rate")]
    return {"stem": "h332_yulin_jiedao", "format": "html", "html": html332(meta), "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["every level is numbered with DOTTED CODES in the one 指标 column: “1 产出指标” (一级 line, with the group's "
                      "分值 and 得分), “1.1 数量指标” (二级 line, a heading across the table), “1.1.1 网格员入户走访” (三级, a "
                      "scored row); the 一级 and 二级 lines are not indicators; gold `code` is the 三级 code and `level3` the name "
                      "after it",
                      "“1.3.1 12345市民服务热线工单按时办结率”: 12345 is part of the name (the hotline), not part of the code",
                      "the 是否达成 column (是 / 否) is no score: a 否 row is scored by the 说明's rules — 社区长者食堂助餐服务 "
                      "6 × 33480 ÷ 36000 = 5.58 (with a reason), 社区治理长效机制 −1 (qualitative, with a reason), 预算执行率 "
                      f"{rate:.2f}% × 10 = {fmt(es)} (执行率×分值, with a reason) — legitimate partial scores",
                      "老旧院落改造 6 vs ≥6个 (met exactly, 是); 户均成本 1.62 vs ≤1.8万元 and “三公”经费控制率 86.4% vs ≤100% "
                      "(ceilings, met, 是; the 户均成本 is a unit cost, not a budget figure)",
                      f"表1: 基本 + 项目 = 合计 in every column ({mc(ib)}, {mc(ab)}, {mc(eb)}); 合计 {rate:.2f}% and 基本 "
                      f"{rb:.2f}% right; all under budget; 年初 < 全年 (追加)",
                      f"the other 一级 lines add their rows (50 / 48.58, 10 / 10, 10 / 9.6); 合计 100 | {fmt(total)} = the 16 "
                      "rows; 优"]}


def html332(M):
    e = esc
    bud_rows = "\n".join(
        f"<tr><td class=\"l\">{e(lab)}</td><td class=\"r\">{mc(a)}</td><td class=\"r\">{mc(b_)}</td>"
        f"<td class=\"r\">{mc(x)}</td><td>{rt:.2f}%</td></tr>" for lab, a, b_, x, rt in M["bud"])
    secd = {n: (w, s_) for n, w, s_ in M["sec"]}
    inv1 = {v: k for k, v in M["L1"].items()}
    trs, seen1, seen2 = [], set(), set()
    for l1, l2, l3, t, a, w, s_, why, c, ok in M["ind"]:
        c1, c2 = c.split(".")[0], ".".join(c.split(".")[:2])
        if c1 not in seen1:
            seen1.add(c1)
            w1, s1 = secd[l1]
            assert inv1[l1] == c1
            trs.append(f"<tr class=\"l1\"><td class=\"l\">{c1} {e(l1)}</td><td></td><td></td><td></td>"
                       f"<td>{fmt(w1)}</td><td>{fmt(s1)}</td><td></td></tr>")
        if c2 not in seen2:
            seen2.add(c2)
            trs.append(f"<tr class=\"l2\"><td class=\"l\" colspan=\"7\">{c2} {e(l2)}</td></tr>")
        trs.append(f"<tr><td class=\"l\">{c} {e(l3)}</td><td>{e(t)}</td><td>{e(a)}</td><td>{ok}</td><td>{fmt(w)}</td>"
                   f"<td>{fmt(s_)}</td><td class=\"l\">{e(why)}</td></tr>")
    trs.append(f"<tr class=\"l1\"><td>合计</td><td></td><td></td><td></td><td>100</td><td>{fmt(M['total'])}</td>"
               "<td></td></tr>")
    ind_rows = "\n".join(trs)
    d = M["dept"]
    b = M["bud"][0]
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{e(d)}2024年度部门整体支出绩效自评报告_成都市武侯区人民政府</title>
<style>
body{{margin:0;font:14px/1.8 "PingFang SC","Microsoft YaHei",sans-serif;color:#333;background:#fff}}
.top{{height:86px;background:#a4161a;color:#fff;font-size:24px;line-height:86px;padding-left:60px;letter-spacing:3px}}
.menu{{background:#7f1013;color:#f3dcdc;padding:0 60px;line-height:36px;font-size:13px}}
.wrap{{width:1000px;margin:0 auto}}
.pos{{font-size:12px;color:#999;padding:10px 0;border-bottom:1px solid #eee}}
.title{{text-align:center;font-size:22px;font-weight:bold;margin:22px 0 8px}}
.attr{{text-align:center;font-size:12px;color:#999;margin-bottom:18px}}
.view p{{text-indent:2em;margin:6px 0}}
.view .h{{font-weight:bold;text-indent:0;margin-top:14px}}
.view .cap{{text-align:center;font-weight:bold;text-indent:0}}
.view table{{border-collapse:collapse;width:100%;font-size:13px;margin:6px 0 12px}}
.view td{{border:1px solid #666;padding:4px 6px;text-align:center}}
.view td.l{{text-align:left}}
.view td.r{{text-align:right}}
.view tr.hd td{{background:#f2f2f2;font-weight:bold}}
.view tr.l1 td{{font-weight:bold;background:#fafafa}}
.view tr.l2 td{{color:#555}}
.bottom{{margin-top:30px;background:#f5f5f5;text-align:center;font-size:12px;color:#888;padding:18px}}
</style>
</head>
<body>
<div class="top">成都市武侯区人民政府</div>
<div class="menu">首页　|　政务公开　|　政务服务　|　互动交流　|　走进武侯</div>
<div class="wrap">
<div class="pos">您现在的位置：首页 &gt; 政务公开 &gt; 财政信息 &gt; 绩效评价结果</div>
<div class="title">{e(d)}2024年度部门整体支出绩效自评报告</div>
<div class="attr">发布时间：2025-05-23　　信息来源：玉林街道办事处　　浏览次数：</div>
<div class="view">
<p class="h">一、部门基本情况</p>
<p>{e(d)}是武侯区人民政府派出机关，辖9个社区，常住人口约8.6万人，主要承担党建引领基层治理、公共服务、平安建设、城市管理和社区发展等职责。内设党政办公室、社区发展办公室、社会事务办公室等8个机构，年末在职人员96人。</p>
<p class="h">二、部门预算执行情况</p>
<p>2024年部门年初预算{mc(b[1])}万元，年中追加后全年预算{mc(b[2])}万元，全年执行{mc(b[3])}万元，预算执行率{M['rate']:.2f}%。具体见表1。</p>
<p class="cap">表1　2024年度预算执行情况（单位：万元）</p>
<table>
<tr class="hd"><td>项目</td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>执行率</td></tr>
{bud_rows}
</table>
<p class="h">三、绩效目标完成情况</p>
<p>2024年，街道围绕“党建引领、治理有效、服务精准”目标，完成老旧院落改造6个，网格员入户走访12640户次，开展企业安全生产隐患排查1236家次，辖区刑事案件发案率同比下降6.8%，居民满意度94.2%。社区长者食堂助餐服务因新建食堂投运较晚，未完成年度目标。</p>
<p class="h">四、绩效自评情况</p>
<p>本部门对照年度绩效目标，按产出、效益、满意度和预算执行四类指标开展自评，满分100分，各级指标按编号逐级列示，自评情况见表2。</p>
<p class="cap">表2　2024年度部门整体支出绩效自评表</p>
<table>
<tr class="hd"><td>指标</td><td>年度指标值</td><td>实际完成值</td><td>是否达成</td><td>分值</td><td>得分</td><td>未达成原因及改进措施</td></tr>
{ind_rows}
</table>
<p>说明：1.“是否达成”栏，实际完成值达到年度指标值的填“是”，未达到的填“否”；2.达成（填“是”）的指标得满分；未达成（填“否”）的定量指标按“实际完成值÷年度指标值×分值”计分，定性指标根据完成情况酌情扣分；3.预算执行率得分＝执行率×分值；4.一级指标得分为所属三级指标得分之和。</p>
<p class="h">五、自评结论</p>
<p>经自评，本部门2024年度部门整体支出绩效自评得分{fmt(M['total'])}分，自评等级为“{grade(M['total'])}”。等级划分：{e(BANDS)}</p>
<p class="h">六、存在的问题及改进措施</p>
<p>一是项目支出执行进度偏慢，老旧院落改造项目结算周期较长；二是社区长者食堂助餐服务覆盖面不足；三是小区院落自治组织运行保障机制有待健全。下一步，街道将加快项目结算和资金支付，新增助餐服务点，完善院落自治经费保障机制。</p>
<p style="text-align:right">{e(d)}<br>2025年5月19日</p>
</div>
</div>
<div class="bottom">主办：成都市武侯区人民政府办公室　　承办：武侯区大数据中心　　蜀ICP备09012345号</div>
</body>
</html>
"""


ALL.append(h332())



# ============================================================ h333 郴州市北湖区人社局 (PDF, third-party, 扣分 and 得分 columns half filled)

def h333():
    dept = "郴州市北湖区人力资源和社会保障局"
    unit = "郴州市北湖区就业服务中心"
    project = "2024年北湖区就业补助资金"
    evaluator = "湖南郴信项目管理咨询有限公司"
    src = [("中央补助资金", 1280.00), ("省级补助资金", 456.00), ("区级财政资金", 390.00)]
    ia, aa, ea = 1850.00, r2(sum(x[1] for x in src)), 2003.18
    rate = pct(ea, aa)
    assert (aa, rate) == (2126.00, 94.22), (aa, rate)
    no_half(5 * rate / 100, "预算执行率 5 × rate")
    bs = r2(5 * rate / 100)
    assert bs == 4.71
    prop = "达到目标值得满分，未达到按“实际完成值÷年度指标值×分值”计分"
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 评分标准, 扣分 printed or None, 得分 printed or None, 扣分原因)
    spec = [("决策", "项目立项", "立项依据充分性", "—", "—", 3, "符合国家和省就业政策、与部门职责相符得满分，否则酌情扣分",
             None, 3, ""),
            ("决策", "项目立项", "立项程序规范性", "—", "—", 3, "按规定程序申报、审批得满分，否则酌情扣分", None, 3, ""),
            ("决策", "绩效目标", "绩效目标合理性", "—", "—", 3, "目标与资金量、工作任务相匹配得满分，否则酌情扣分", 0.5, 2.5,
             "部分目标值低于上年实际完成值"),
            ("决策", "绩效目标", "绩效指标明确性", "—", "—", 3, "指标细化量化得满分，每有1项不可衡量扣0.5分", 1, None,
             "2项效益指标未量化"),
            ("决策", "资金投入", "资金分配合理性", "—", "—", 3, "按因素法分配、与任务量匹配得满分，否则酌情扣分", None, 3, ""),
            ("过程", "资金管理", "资金到位率", "100%", "100%", 4, "到位率×分值", None, 4, ""),
            ("过程", "资金管理", "预算执行率", "100%", f"{rate:.2f}%", 5, "执行率×分值", r2(5 - bs), bs,
             f"执行率{rate:.2f}%"),
            ("过程", "资金管理", "资金使用合规性", "—", "—", 4, "资金使用符合规定得满分，每发现1处不规范扣0.5分", 0.5, None,
             "1笔职业培训补贴申领资料不全"),
            ("过程", "组织实施", "管理制度健全性", "—", "—", 3, "制度健全得满分，否则酌情扣分", None, 3, ""),
            ("过程", "组织实施", "制度执行有效性", "—", "—", 4, "制度执行有效得满分，否则酌情扣分", 1, 3, "补贴发放公示不及时"),
            ("产出", "产出数量", "城镇新增就业人数", "≥4500人", "4826人",
             8,  # PLANT WEIGHTS_VS_FULL_MARK: the 产出 rows' 分值 add to 42, all rows to 102, against 满分100分
             prop, None, 8, ""),
            ("产出", "产出数量", "职业技能培训人次", "≥3200人次", "2944人次", 6, prop, r2(6 - P(2944, 3200, 6)),
             P(2944, 3200, 6), "完成2944人次，6×2944÷3200＝5.52"),
            ("产出", "产出数量", "一次性吸纳就业补贴企业数", "≥120户", "126户", 6, prop, None, 6, ""),
            ("产出", "产出质量", "培训后取证率", "≥80%", "83.6%", 6, "≥80%得满分，每低1个百分点扣0.5分", 0, 6, ""),
            ("产出", "产出质量", "补贴资金发放准确率", "100%", "100%", 6, "准确率×分值", None, 6, ""),
            ("产出", "产出时效", "补贴资金发放及时率", "≥98%", "95%", 6, "≥98%得满分，每低1个百分点扣0.5分", 1.5,
             4,  # PLANT RULE_SCORE: 扣分 1.5 by the rule (3 points × 0.5), 得分 printed 4; 6 − 1.5 = 4.5
             "3笔补贴超过规定时限发放"),
            ("产出", "产出成本", "人均培训补贴标准", "≤1800元", "1650元", 4, "不超过标准得满分，超出不得分", None, 4, ""),
            ("效益", "社会效益", "城镇登记失业率", "≤4.5%", "3.8%", 6, "不超过控制目标得满分，超出不得分", None, 6, ""),
            ("效益", "社会效益", "零就业家庭动态清零率", "100%", "100%", 5, "清零率×分值", None, 5, ""),
            ("效益", "社会效益", "就业困难人员实现就业人数", "≥600人", "652人", 5, prop, None, 5, ""),
            ("效益", "可持续影响", "就业服务长效机制", "健全", "基本健全", 4, "机制健全得满分，否则酌情扣分", 1, None,
             "基层就业服务平台运行经费未纳入常态保障"),
            ("效益", "满意度", "服务对象满意度", "≥90%", "88.5%", 5, "≥90%得满分，每低1个百分点扣1分", 1.5, 3.5,
             "有效问卷412份，满意度88.5%")]
    assert P(2944, 3200, 6) == 5.52 and r2(6 - 5.52) == 0.48
    # the row's score: the printed 得分, or 分值 − 扣分 where only the 扣分 is printed (the 注: 得分＝分值－扣分)
    ind = [(l1, l2, l3, t, a, w, s_ if s_ is not None else r2(w - d), rule, d, s_, why)
           for l1, l2, l3, t, a, w, rule, d, s_, why in spec]
    assert len(ind) == 22 and s2(ind, 5) == 102
    # every row but the planted one: 得分 = 分值 − 扣分 where both are printed, 扣分 blank or 0 where 得分 = 分值
    for x in ind:
        if x[8] is not None and x[9] is not None and x[2] != "补贴资金发放及时率":
            assert r2(x[5] - x[8]) == x[9], x
        if x[8] in (None, 0):
            assert x[9] == x[5], x
    assert r2(6 - 0.5 * (98 - 95)) == 4.5 and r2(5 - 1 * (90 - 88.5)) == 3.5
    total = s2(ind, 6)
    assert total == 93.73, total
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert sec == [("决策", 15, 13.5), ("过程", 20, 18.21), ("产出", 42, 39.52), ("效益", 25, 22.5)], sec
    rates = [f"{pct(s_, w):.2f}%" for _, w, s_ in sec]
    assert rates == ["90.00%", "91.05%", "94.10%", "90.00%"], rates
    rates[1] = "90.15%"  # PLANT SCORE_RATE: 表1 过程 18.21 ÷ 20 = 91.05%, printed 90.15%
    g = with_project(gold(None, dept, 2024, "COUNTY", "湖南省", "THIRD_PARTY_EVALUATION", evaluator, total, 100,
                          grade(total), budget(ia, aa, ea, rate), sec, grows([x[:8] for x in ind])), project, unit)
    meta = dict(dept=dept, unit=unit, project=project, evaluator=evaluator, src=src, ia=ia, aa=aa, ea=ea, rate=rate,
                ind=ind, total=total, sec=sec, rates=rates)
    fnd = [F("RULE_SCORE", "补贴资金发放及时率",
             "补贴资金发放及时率 | 6 | ≥98%得满分，每低1个百分点扣0.5分 | ≥98% | 95% | 1.5 | 4", "4", "4.5", "HIGH", "ERROR",
             "the row's rule gives 95% against ≥98% a deduction of 3 × 0.5 = 1.5, which the 扣分 column prints; the 注 "
             "defines 得分 = 分值 − 扣分 = 6 − 1.5 = 4.5, but the 得分 column prints 4 (the 合计 93.73 and 表1 add the printed "
             "4; with 4.5 the total would be 94.23)"),
           F("WEIGHTS_VS_FULL_MARK", "总分",
             "表1：产出 | 42 | … / 合计 | 100 | 93.73 / 评分表 合计 | 100 | 93.73", "100", "102", "HIGH", "ERROR",
             "二 says the indicator system is out of 100 and 表1 and the 评分表 print a 合计 分值 of 100, but the 22 rows' 分值 "
             "add to 102: 决策 15 + 过程 20 + 产出 42 + 效益 25 (表1's own 一级 lines print 42 for 产出 and add to 102); 2 "
             "points too many somewhere in 产出, so a perfect project would score 102 (表1's 合计 得分率 93.73% divides by "
             "the printed 100: part of this finding)"),
           F("SCORE_RATE", "表1 过程 得分率", "过程 | 20 | 18.21 | 90.15%", "90.15%", "91.05%", "HIGH", "ERROR",
             "表1's 得分率 is 得分 ÷ 分值: 18.21 ÷ 20 = 91.05%, printed 90.15% (digits swapped); 决策 90.00%, 产出 94.10% "
             "(39.52 ÷ 42) and 效益 90.00% are right on their lines")]
    return {"stem": "h333_beihu_renshe", "format": "pdf", "draw": draw333, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the appendix 评分表 has BOTH a 扣分 and a 得分 column, filled unevenly: rows without a deduction print "
                      "only the 得分 (扣分 blank; 培训后取证率 prints 扣分 0); rows with a deduction print both (绩效目标合理性 "
                      "0.5 / 2.5, 预算执行率 0.29 / 4.71, 制度执行有效性 1 / 3, 职业技能培训人次 0.48 / 5.52, 服务对象满意度 "
                      "1.5 / 3.5) or ONLY the 扣分 with the 得分 cell left blank (绩效指标明确性 1, 资金使用合规性 0.5, 就业服务"
                      "长效机制 1): a blank 得分 is not 0 and not missing — the 注's 得分＝分值－扣分 gives 2, 3.5 and 3, which the "
                      "一级 lines and the 合计 include",
                      f"预算执行率 5 × {rate:.2f}% = 4.711 → 4.71, 扣0.29 (执行率×分值); 职业技能培训人次 6 × 2944 ÷ 3200 = 5.52 "
                      "(proportion rule); 服务对象满意度 88.5% vs ≥90%: 5 − 1.5 = 3.5 (每低1个百分点扣1分); 绩效目标合理性, "
                      "指标明确性, 合规性, 制度执行, 长效机制 deductions with reasons (judgement)",
                      "城镇登记失业率 3.8% vs ≤4.5% and 人均培训补贴标准 1650 vs ≤1800元 (ceilings, met; the 标准 is a unit "
                      "cost, not a budget figure); 培训后取证率 83.6% vs ≥80% (扣分 0, full 6)",
                      f"funds: 中央 1,280.00 + 省级 456.00 + 区级 390.00 = 全年预算 {mc(aa)} (年初 {mc(ia)}: 追加 276.00); 支出 "
                      f"{mc(ea)} ÷ {mc(aa)} = {rate:.2f}%; under budget",
                      "表1's 一级 lines add the rows (13.5, 18.21, 39.52, 22.5 = 93.73); 决策, 产出 and 效益 得分率 right; 合计 "
                      "93.73 = the 22 rows (the three 扣分-only rows at 分值 − 扣分); 优 on either 93.73 or 94.23"]}


def draw333(rep, path):
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

    L, R = 64, W - 64
    y = [Hh - 80]

    def room(h):
        if y[0] - h < 60:
            newpage()
            y[0] = Hh - 70

    def line(text, size=11, bold=False, center=False, gap=6):
        room(size + gap + (40 if bold else 0))
        c.setFont(FONT, size)
        if center:
            c.drawCentredString(W / 2, y[0], text)
            if bold:
                c.drawCentredString(W / 2 + 0.4, y[0], text)
        else:
            c.drawString(L, y[0], text)
            if bold:
                c.drawString(L + 0.4, y[0], text)
        y[0] -= size + gap + 2

    def prose(text, size=11):
        first = True
        for ln in wrap(text, R - L - 2 * size, size):
            room(size + 7)
            c.setFont(FONT, size)
            c.drawString(L + (2 * size if first else 0), y[0], ln)
            first = False
            y[0] -= size + 7
        y[0] -= 3

    def table(caption, cols, rows, size=9.5):
        hs = [22] * len(rows)
        room(sum(hs) + 30)
        c.setFont(FONT, 10)
        c.drawCentredString(W / 2, y[0], caption)
        c.drawCentredString(W / 2 + 0.3, y[0], caption)
        spec = [(i, k, 1, 1, v, "c", i in (0, len(rows) - 1), None) for i, r in enumerate(rows) for k, v in enumerate(r)]
        x0 = L + (R - L - sum(cols)) / 2
        yb, _ = form_grid(c, x0, y[0] - 8, cols, hs, spec, size=size, lh=size + 2.5)
        y[0] = yb - 20

    y[0] = Hh - 120
    line(M["project"], 18, True, True, 14)
    line("绩效评价报告", 18, True, True, 40)
    for lab, v in (("委托单位", "郴州市北湖区财政局"), ("项目主管部门", M["dept"]), ("项目实施单位", M["unit"]),
                   ("评价机构", M["evaluator"]), ("报告编号", "郴信绩评〔2025〕第018号"), ("报告日期", "2025年8月15日")):
        c.setFont(FONT, 12)
        c.drawString(120, y[0], f"{lab}：")
        c.drawString(215, y[0], v)
        y[0] -= 24
    y[0] -= 16
    srcs = "、".join(f"{n}{mc(v)}万元" for n, v in M["src"])
    line("一、项目概况", 12, True)
    prose(f"就业补助资金主要用于职业培训补贴、社会保险补贴、一次性吸纳就业补贴、公益性岗位补贴和就业见习补贴等，由{M['dept']}主管，"
          f"{M['unit']}具体实施。2024年项目年初预算{mc(M['ia'])}万元，年中追加后全年预算{mc(M['aa'])}万元，其中{srcs}。截至2024年"
          f"12月31日，实际支出{mc(M['ea'])}万元，预算执行率{M['rate']:.2f}%。")
    line("二、评价工作开展情况", 12, True)
    prose(f"受郴州市北湖区财政局委托，{M['evaluator']}于2025年6月至8月对该项目开展绩效评价。评价采用案卷研究、数据核查、实地走访和"
          "问卷调查等方法，指标体系由决策、过程、产出、效益4个一级指标和22个三级指标构成，满分100分。评分表设“扣分”“得分”两栏，"
          "得分＝分值－扣分。")
    line("三、综合评价结论", 12, True)
    prose(f"经评价，该项目综合得分{fmt(M['total'])}分，评价等级为“{grade(M['total'])}”。各一级指标得分情况见表1。")
    rows = [["一级指标", "分值", "得分", "得分率"]]
    rows += [[n, fmt(w), fmt(s_), rt] for (n, w, s_), rt in zip(M["sec"], M["rates"])]
    rows.append(["合计", "100", fmt(M["total"]), f"{M['total']:.2f}%"])
    table("表1　一级指标得分情况", [140, 100, 100, 120], rows)
    prose("评价等级划分：" + BANDS)
    line("四、主要绩效", 12, True)
    prose("2024年全区城镇新增就业4826人，开展职业技能培训2944人次，发放一次性吸纳就业补贴126户，帮扶就业困难人员实现就业652人，零"
          "就业家庭动态清零，城镇登记失业率控制在3.8%，补贴资金发放准确率100%。")
    line("五、存在的问题", 12, True)
    prose("（一）绩效指标设置不够细化，2项效益指标未量化。（二）职业技能培训人次未完成年度目标，培训项目与市场需求衔接不够紧密。（三）"
          "补贴资金发放时效有待提高，3笔补贴超过规定时限发放，发放公示不及时。（四）基层就业服务平台运行经费未纳入常态保障，长效机制"
          "有待健全。（五）服务对象满意度88.5%，未达到90%的目标。")
    line("六、有关建议", 12, True)
    prose("细化量化绩效目标；围绕重点产业和企业用工需求开展订单式培训；优化补贴申领审核流程，落实限时办结和按月公示；将基层就业"
          "服务平台运行经费纳入预算保障；加强政策宣传和跟踪服务，提升服务对象满意度。")
    room(60)
    c.setFont(FONT, 11)
    c.drawRightString(R, y[0] - 10, M["evaluator"])
    c.drawRightString(R, y[0] - 30, "2025年8月15日")
    # ---- appendix: landscape 评分表
    LW, LH = landscape(A4)
    newpage(landscape(A4))
    x0 = 36
    cols = [40, 46, 92, 28, 162, 56, 56, 30, 30, 230]
    heads = ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "年度指标值", "实际完成值", "扣分", "得分", "扣分原因"]
    size = 8
    ind = M["ind"]
    heights = []
    for x in ind:
        n = max(len(wrap(x[7], cols[4] - 5, size)), len(wrap(x[10], cols[9] - 5, size)),
                len(wrap(x[2], cols[2] - 5, size)), 1)
        heights.append(max(21, n * 10.5 + 7))
    pages, cur, avail = [], [], LH - 150 - 40
    for i, h in enumerate(heights):
        if sum(heights[j] for j in cur) + h > avail:
            pages.append(cur)
            cur, avail = [], LH - 80 - 40 - 60
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
            t = f"{M['project']}绩效评价评分表"
            c.drawCentredString(LW / 2, top - 26, t)
            c.drawCentredString(LW / 2 + 0.4, top - 26, t)
            c.setFont(FONT, 9.5)
            c.drawString(x0, top - 50, f"项目主管部门：{M['dept']}")
            c.drawRightString(x0 + sum(cols), top - 50, "评价基准日：2024年12月31日")
            ytop = top - 58
        else:
            c.drawString(x0, top, "附件（续）")
            ytop = top - 10
        spec = [(0, k, 1, 1, h, "c", True, None) for k, h in enumerate(heads)]
        hs = [22]
        for col in (0, 1):
            grp = []
            for i in idx:
                key = ind[i][0] if col == 0 else (ind[i][0], ind[i][1])
                if grp and grp[-1][0] == key:
                    grp[-1][1].append(i)
                else:
                    grp.append((key, [i]))
            for key, members in grp:
                spec.append((1 + idx.index(members[0]), col, len(members), 1, ind[members[0]][col], "c", False, None))
        r = 1
        for i in idx:
            x = ind[i]
            ded = "" if x[8] is None else fmt(x[8])
            sco = "" if x[9] is None else fmt(x[9])
            for k, v, al in ((2, x[2], "l"), (3, fmt(x[5]), "c"), (4, x[7], "l"), (5, x[3], "c"), (6, x[4], "c"),
                             (7, ded, "c"), (8, sco, "c"), (9, x[10], "l")):
                spec.append((r, k, 1, 1, v, al, False, None))
            hs.append(heights[i])
            r += 1
        last = pn == len(pages) - 1
        if last:
            spec.append((r, 0, 1, 3, "合计", "c", True, None))
            spec.append((r, 3, 1, 1, "100", "c", True, None))
            spec.append((r, 4, 1, 4, "", "c", False, None))
            spec.append((r, 8, 1, 1, fmt(M["total"]), "c", True, None))
            spec.append((r, 9, 1, 1, "", "c", False, None))
            hs.append(22)
        yb, _ = form_grid(c, x0, ytop, cols, hs, spec, size=size, lh=10.5)
        if last:
            c.setFont(FONT, 9)
            c.drawString(x0, yb - 16, "注：得分＝分值－扣分；未扣分的指标扣分栏不填。")
            c.drawString(x0, yb - 32, "评价组成员签字：（略）　　　　　　　　　　　　　　评价机构：" + M["evaluator"])
    foot()
    c.save()


ALL.append(h333())


def main(argv):
    round_main(argv, ALL, "55")


if __name__ == "__main__":
    main(sys.argv[1:])
