#!/usr/bin/python3
"""Round 60 (h354–h358): layouts and file features not used before, each with PLANTED audit problems, made apart from
the code by the corpus60 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report
whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 -B corpus-heldout/src/reports60.py [h354 …]
(needs python-docx, openpyxl and reportlab; the HTML and the pivot parts are written by hand:
h354 an XLSX 项目 form made from a finance bureau's TEMPLATE WITH DATA VALIDATION: 下拉列表 (list validations) for
是否达成 (是/否), 自评等级 (优/良/中/差) and 项目属性, a decimal validation on every 得分 cell (between 0 and the row's 分值,
with an input prompt and a stop alert), a whole-number validation on the 分值 cells, the sheet PROTECTED with only the
input cells unlocked; one stored 得分 breaks its validation (pasted: Excel's 圈释无效数据 would circle it);
h355 a DOCX third-party 项目 绩效评价报告 whose calculations are typed with Word's EQUATION editor (OMML: m:oMath /
m:oMathPara with m:f fractions, the figures in m:t, not w:t), inline and displayed;
h356 a PDF 部门整体 form printed by the finance platform ONTO ITS PRE-PRINTED FORM (套打): the blank form (rules, labels,
in the form's blue ink) is one Form XObject, the data the system prints (names, figures) is drawn over it in black
with the printer's OFFSET (4.8 pt right, 3.6 pt down), so some figures straddle the ruling lines of their cells;
h357 a county portal's HTML 部门整体 self-evaluation report whose 评分标准 exist only as TOOLTIPS: each 三级 name is a
<span title="评分标准：…">, the header saying “鼠标移至指标名称查看评分标准”;
h358 an XLSX 部门整体 form whose 一级 subtotals are an Excel PIVOT TABLE (pivotTable + pivotCacheDefinition +
pivotCacheRecords) on a second sheet over the form's indicator range, NOT REFRESHED after a row was corrected.)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因 …).
"""
import html as htmlmod
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


RULES = ("说明：1.年度资金总额得分＝执行率×分值；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”计分，"
         "反向指标（“≤”）不超过指标值的得满分；3.时效指标按期完成的得满分，延期完成的得分值的50%；4.定性指标根据完成情况酌情扣分；5.")


# ============================================================ h354 陆良县水务局 (XLSX, template with DATA VALIDATION)

def h354():
    dept, unit = "陆良县水务局", "陆良县农村供水管理站"
    project = "2024年陆良县农村供水保障工程项目"
    # (来源, 年初预算数, 全年预算数, 全年执行数)
    src = [("其中：中央补助资金", 800.00, 800.00, 792.40), ("　　　省级补助资金", 260.00, 320.00, 265.30),
           ("　　　县级配套资金", 150.00, 150.00, 66.20)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    assert (ia, aa, ea, rate) == (1210.00, 1270.00, 1123.90, 88.50), (ia, aa, ea, rate)
    src_rates = [pct(x[3], x[2]) for x in src]
    assert src_rates == [99.05, 82.91, 44.13], src_rates
    fs = r2(rate / 10)
    assert fs == 8.85
    water_score = 6  # PLANT TARGET_MISSED_FULL_MARKS: 水质检测合格率 93.1% against ≥95%, 是否达成 “是”, full 6
    assert P(93.1, 95, 6) == 5.88
    guar_score = 6.5  # PLANT ROW_SCORE_OVER_WEIGHT: 供水保证率 得分 6.5 in a cell validated 0 ≤ x ≤ 分值 6
    # (一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因, 是否达成 — as chosen in the drop-down)
    ind = [("产出指标", "数量指标", "新建集中供水工程", "≥6处", "5处", 8, P(5, 6, 8),
            "马街镇供水工程水源论证调整，2025年开工；按完成比例计分", "否"),
           ("产出指标", "数量指标", "改造供水管网", "≥85公里", "72公里", 8, P(72, 85, 8),
            "部分管网线路穿越国道，审批滞后；按完成比例计分", "否"),
           ("产出指标", "数量指标", "新增受益人口", "≥3.2万人", "3.05万人", 6, P(3.05, 3.2, 6),
            "受新建工程未全部完工影响；按完成比例计分", "否"),
           ("产出指标", "数量指标", "建设村级蓄水池", "≥40座", "36座", 5, P(36, 40, 5),
            "4座蓄水池用地未落实；按完成比例计分", "否"),
           ("产出指标", "质量指标", "水质检测合格率", "≥95%", "93.1%", 6, water_score, "", "是"),
           ("产出指标", "质量指标", "工程竣工验收合格率", "100%", "100%", 6, 6, "", "是"),
           ("产出指标", "时效指标", "工程完工时间", "2024年11月30日前", "2024年12月26日", 5, 2.5,
            "雨季停工，完工推迟；延期完成，得分值的50%", "否"),
           ("产出指标", "成本指标", "供水管网单位造价", "≤42万元/公里", "40.8万元/公里", 5, 5, "", "是"),
           ("效益指标", "社会效益指标", "农村自来水普及率", "≥96%", "96.4%", 8, 8, "", "是"),
           ("效益指标", "社会效益指标", "规模化供水工程覆盖农村人口比例", "≥70%", "61%", 7, P(61, 70, 7),
            "新建集中供水工程未全部建成；按完成比例计分", "否"),
           ("效益指标", "经济效益指标", "水费收缴率", "≥85%", "76.5%", 4, P(76.5, 85, 4),
            "部分村组水价改革未落地；按完成比例计分", "否"),
           ("效益指标", "社会效益指标", "供水保证率", "≥95%", "97.2%", 6, guar_score, "", "是"),
           ("效益指标", "可持续影响指标", "工程运行管护机制", "健全", "基本健全", 6, 4,
            "村级管水员报酬未纳入常态化保障，维修基金未足额提取", "否"),
           ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "84.5%", 10, P(84.5, 90, 10),
            "部分山区村停水检修通知不及时；按完成比例计分", "否")]
    assert [x[6] for x in ind if x[7] and "50%" not in x[7] and "机制" not in x[2]] == [6.67, 6.78, 5.72, 4.5, 6.1,
                                                                                      3.6, 9.39]
    assert len(ind) == 14 and s2(ind, 5) == 90
    total = r2(fs + s2(ind, 6))
    assert total == 89.61, total
    grade_chosen = "优"  # PLANT GRADE_OUTSIDE_BANDS: 89.61 is 良 on the printed bands; the drop-down cell says 优
    fixed = r2(total - guar_score + 6 - water_score + 5.88)
    assert grade(total) == "良" and grade(fixed) == "良" and fixed == 88.99
    fund = (None, None, "年度资金总额", None, f"{rate:.2f}%", 10, fs, "")
    g = gold(None, dept, 2024, "COUNTY", "云南省", "SELF_EVALUATION", None, total, 100, grade_chosen,
             budget(ia, aa, ea, rate), [], grows([fund] + [x[:8] for x in ind]))
    g = with_project(g, project, unit)
    plan = ("新建集中供水工程6处，改造供水管网85公里，建设村级蓄水池40座，新增受益人口3.2万人；水质检测合格率95%以上，农村自来水普及率"
            "96%以上，受益群众满意度90%以上。")
    done = ("新建集中供水工程5处，改造供水管网72公里，建设村级蓄水池36座，新增受益人口3.05万人；水质检测合格率93.1%，农村自来水普及率"
            "96.4%，受益群众满意度84.5%。")
    meta = dict(dept=dept, unit=unit, project=project, ind=ind, total=total, src=src, src_rates=src_rates, ia=ia,
                aa=aa, ea=ea, rate=rate, fs=fs, plan=plan, done=done, grade=grade_chosen)
    fnd = [F("ROW_SCORE_OVER_WEIGHT", "供水保证率", "效益指标 | 社会效益指标 | 供水保证率 | ≥95% | 97.2% | 是 | 6 | 6.5",
             "6.5", "≤ 6", "HIGH", "ERROR",
             "the row's 得分 6.5 is over its 分值 6: the 说明 pays a met target its full 分值 and has no bonus; the form's "
             "own data validation on the 得分 column (decimal between 0 and the 分值) would have refused it, so it was "
             "pasted in (Excel's 圈释无效数据 circles it); with 6 the 总分 would be 89.11"),
           F("TARGET_MISSED_FULL_MARKS", "水质检测合格率", "产出指标 | 质量指标 | 水质检测合格率 | ≥95% | 93.1% | 是 | 6 | 6",
             "6", "< 6", "HIGH", "WARNING",
             "93.1% is below the ≥95% target (the 实际完成情况 says 93.1% too), yet 是否达成 is set to “是” and the row "
             "scores the full 6 with no 偏差原因; the 说明's proportion rule gives 6 × 93.1 ÷ 95 = 5.88"),
           F("GRADE_OUTSIDE_BANDS", "自评等级", f"总分 | 100 | {fmt(total)} | 自评等级 | 优", grade_chosen, "良", "HIGH",
             "ERROR",
             f"the 自评等级 drop-down is set to 优 (its list offers 优, 良, 中, 差), but the 总分 {fmt(total)} is below 90: "
             f"良 on the form's own bands (80分（含）至90分); it stays 良 with the other two findings corrected "
             f"({fmt(fixed)})")]
    return {"stem": "h354_luliang_shuiwu", "format": "xlsx", "write": write354, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the template's DATA VALIDATIONS are not content: the list “优,良,中,差” of the 自评等级 cell, the list "
                      "“是,否” of the 是否达成 column and “新增项目,延续项目” of 项目属性 are the drop-downs' choices (the "
                      "chosen value is the cell's); the 得分 cells' prompt (“请输入0至该指标分值之间的数值，保留两位小数”) and "
                      "stop alert (“得分应在0至本行分值之间”) and the 分值 cells' whole-number validation are rules of the form, "
                      "not figures; the sheet is protected with only the input cells unlocked",
                      f"funds: the three sources add up in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {rate:.2f}%, "
                      f"中央 {src_rates[0]:.2f}%, 省级 {src_rates[1]:.2f}%, 县级 {src_rates[2]:.2f}% right (the 县级 rate "
                      "is low but not wrong); all under budget; 年初 < 全年 (省级 追加); 年度资金总额 88.50% × 10 = 8.85",
                      "seven rows below target scored by the proportion rule with reasons and 是否达成 “否”: 集中供水工程 "
                      "6.67, 管网 6.78 (8 × 72 ÷ 85 = 6.776), 受益人口 5.72 (5.71875), 蓄水池 4.5, 规模化覆盖 6.1, 水费收缴率 "
                      "3.6, 群众满意度 9.39 (9.3889); 工程完工时间 2.5 (延期完成, 50% of 5); 管护机制 −2 (judgement)",
                      "工程竣工验收合格率 100% vs 100% (met exactly); 供水管网单位造价 40.8 vs ≤42万元/公里 (a ceiling, met; "
                      "a unit cost, not a budget figure)",
                      f"总分 {fmt(total)} = {fmt(fs)} + the 14 rows as printed (the 6.5 and the full 6 included); the "
                      "rows' 分值 90 + 10 = 100"]}


DV_SCORE_PROMPT = "请输入0至该指标分值之间的数值，保留两位小数"
DV_SCORE_ERROR = "得分应在0至本行分值之间，请重新输入"


def write354(rep, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
    from openpyxl.worksheet.datavalidation import DataValidation
    M = rep["meta"]
    wb = Workbook()
    wb.properties.created = wb.properties.modified = H.A.FIXED
    wb.properties.creator = ""
    ws = wb.active
    ws.title = "项目支出绩效自评表"
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    grey = PatternFill("solid", fgColor="E2EFDA")
    inp = PatternFill("solid", fgColor="FFF2CC")  # the template's input cells (unlocked) are light yellow
    f10, f10b, f9 = Font(name="宋体", size=10), Font(name="宋体", size=10, bold=True), Font(name="宋体", size=9)
    for k, wd in enumerate((10, 13, 24, 15, 15, 9, 7, 8, 34)):
        ws.column_dimensions[chr(65 + k)].width = wd

    def put(r, c, v, font=f10, h="center", fmt_=None, fill=None, unlocked=False):
        cell = ws.cell(row=r, column=c, value=v)
        cell.font = font
        cell.alignment = Alignment(horizontal=h, vertical="center", wrap_text=True)
        if fmt_:
            cell.number_format = fmt_
        if unlocked:
            cell.protection = Protection(locked=False)
            cell.fill = inp
        elif fill:
            cell.fill = fill
        cell.border = box
        return cell

    def merge(r1, c1, r2_, c2):
        for rr in range(r1, r2_ + 1):
            for cc in range(c1, c2 + 1):
                ws.cell(row=rr, column=cc).border = box
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2_, end_column=c2)

    dvs = []

    def dv(**kw):
        d = DataValidation(allow_blank=True, showErrorMessage=True, showInputMessage=True, **kw)
        ws.add_data_validation(d)
        dvs.append(d)
        return d

    t = ws.cell(row=1, column=1, value="项目支出绩效自评表")
    t.font = Font(name="宋体", size=16, bold=True)
    t.alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells("A1:I1")
    ws.row_dimensions[1].height = 28
    ws.cell(row=2, column=1, value="（2024年度）").alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:I2")
    ws.cell(row=3, column=1, value=f"填报单位（盖章）：{M['unit']}")
    ws.merge_cells("A3:E3")
    ws.cell(row=3, column=8, value="金额单位：万元").alignment = Alignment(horizontal="right")
    ws.merge_cells("H3:I3")
    put(4, 1, "项目名称", f10b)
    merge(4, 1, 4, 2)
    put(4, 3, M["project"], h="left", unlocked=True)
    merge(4, 3, 4, 6)
    put(4, 7, "项目属性", f10b)
    merge(4, 7, 4, 8)
    put(4, 9, "延续项目", unlocked=True)
    d = dv(type="list", formula1='"新增项目,延续项目"', promptTitle="项目属性", prompt="请从下拉列表中选择")
    d.add("I4")
    put(5, 1, "主管部门", f10b)
    merge(5, 1, 5, 2)
    put(5, 3, M["dept"], h="left", unlocked=True)
    merge(5, 3, 5, 4)
    put(5, 5, "实施单位", f10b)
    put(5, 6, M["unit"], h="left", unlocked=True)
    merge(5, 6, 5, 9)
    r = 6
    for k, hd in ((1, "项目资金（万元）"), (4, "年初预算数"), (5, "全年预算数"), (6, "全年执行数"), (7, "分值"), (8, "执行率"),
                  (9, "得分")):
        put(r, k, hd, f10b, fill=grey)
    merge(r, 1, r, 3)
    lines = [("年度资金总额", M["ia"], M["aa"], M["ea"], 10, M["rate"], M["fs"])]
    lines += [(lab, a, b_, e_, "—", rt, "—") for (lab, a, b_, e_), rt in zip(M["src"], M["src_rates"])]
    for lab, a, b_, e_, w, rt, s_ in lines:
        r += 1
        put(r, 1, lab, h="left")
        merge(r, 1, r, 3)
        for k, v in enumerate((a, b_, e_)):
            put(r, 4 + k, v, h="right", fmt_="#,##0.00", unlocked=True)
        put(r, 7, w, fmt_="0")
        put(r, 8, round(rt / 100, 6), fmt_="0.00%")
        put(r, 9, s_, fmt_="0.00", unlocked=(s_ != "—"))
    fund_row = 7
    r += 1
    put(r, 1, "年度总体目标", f10b)
    merge(r, 1, r + 1, 1)
    put(r, 2, "预期目标", f10b)
    put(r, 3, M["plan"], h="left", unlocked=True)
    merge(r, 3, r, 9)
    ws.row_dimensions[r].height = 42
    put(r + 1, 2, "实际完成情况", f10b)
    put(r + 1, 3, M["done"], h="left", unlocked=True)
    merge(r + 1, 3, r + 1, 9)
    ws.row_dimensions[r + 1].height = 42
    r += 2
    for k, hd in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "是否达成", "分值", "得分",
                            "偏差原因分析及改进措施"], 1):
        put(r, k, hd, f10b, fill=grey)
    hdr = r
    first = r + 1
    ind = M["ind"]
    for i, x in enumerate(ind):
        rr = first + i
        put(rr, 3, x[2], h="left")
        put(rr, 4, x[3])
        put(rr, 5, x[4], unlocked=True)
        put(rr, 6, x[8], unlocked=True)
        put(rr, 7, x[5], fmt_="0")
        put(rr, 8, x[6], fmt_="0.00", unlocked=True)
        put(rr, 9, x[7], f9, h="left", unlocked=True)
        if x[7]:
            ws.row_dimensions[rr].height = 27
    for col in (0, 1):
        for a, b in spans(ind, col):
            put(first + a, col + 1, ind[a][col])
            if b > a:
                merge(first + a, col + 1, first + b, col + 1)
    last = first + len(ind) - 1
    d = dv(type="list", formula1='"是,否"', promptTitle="是否达成", prompt="实际完成值达到年度指标值的选“是”，否则选“否”",
           errorTitle="输入错误", error="请从下拉列表中选择“是”或“否”")
    d.add(f"F{first}:F{last}")
    d = dv(type="decimal", operator="between", formula1="0", formula2=f"G{first}", promptTitle="得分",
           prompt=DV_SCORE_PROMPT, errorTitle="输入错误", error=DV_SCORE_ERROR, errorStyle="stop")
    d.add(f"H{first}:H{last}")
    d = dv(type="decimal", operator="between", formula1="0", formula2=f"G{fund_row}", promptTitle="得分",
           prompt="年度资金总额得分＝执行率×分值", errorTitle="输入错误", error=DV_SCORE_ERROR)
    d.add(f"I{fund_row}")
    d = dv(type="whole", operator="between", formula1="1", formula2="20", promptTitle="分值",
           prompt="三级指标分值为1至20之间的整数", errorTitle="输入错误", error="分值应为1至20之间的整数")
    d.add(f"G{first}:G{last}")
    r = last + 1
    put(r, 1, "总分", f10b)
    merge(r, 1, r, 6)
    put(r, 7, 100, f10b, fmt_="0")
    put(r, 8, M["total"], f10b, fmt_="0.00", unlocked=True)
    put(r, 9, "", f10b)
    r += 1
    put(r, 1, "自评等级", f10b)
    merge(r, 1, r, 2)
    put(r, 3, M["grade"], f10b, unlocked=True)
    d = dv(type="list", formula1='"优,良,中,差"', promptTitle="自评等级", prompt="请从下拉列表中选择自评等级",
           errorTitle="输入错误", error="请从下拉列表中选择")
    d.add(f"C{r}")
    put(r, 4, "等级划分：" + BANDS, f9, h="left")
    merge(r, 4, r, 9)
    r += 1
    ws.cell(row=r, column=1, value=RULES + "“是否达成”“自评等级”栏从下拉列表中选择；黄色单元格为填报单元格。").alignment = \
        Alignment(wrap_text=True, vertical="top")
    ws.cell(row=r, column=1).font = f9
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.row_dimensions[r].height = 40
    r += 1
    ws.cell(row=r, column=1, value="填报人：李春燕　　审核人：赵家林　　单位负责人：马永红　　联系电话：0874-6231547　　填报日期：2025年4月8日")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.print_title_rows = f"{hdr}:{hdr}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.protection.sheet = True
    ws.protection.formatCells = False
    ws.protection.formatRows = False
    wb.save(path)
    H.A.normalize_zip(path)


ALL.append(h354())


# ============================================================ h355 山丹县 高标准农田 (DOCX third-party report, EQUATIONS)

def h355():
    dept, unit = "山丹县农业农村局", "山丹县农田建设服务中心"
    project = "2024年山丹县高标准农田建设项目"
    evaluator = "甘肃正衡会计师事务所有限公司"
    # (来源, 年初预算数, 全年预算数, 全年执行数)
    src = [("中央财政资金", 2400.00, 2700.00, 2598.36), ("省级财政资金", 900.00, 1105.00, 1006.18),
           ("县级财政资金", 300.00, 300.00, 258.20)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    assert (ia, aa, ea, rate) == (3600.00, 4105.00, 3862.74, 94.10), (ia, aa, ea, rate)
    rate_printed = 94.01  # PLANT FORMULA: 预算执行率 = 3,862.74 / 4,105.00 × 100% = 94.10%, the equation prints 94.01%
    cost = r2(ea * 10000 / 28600)
    assert cost == 1350.61
    irr_rule = r2(6 - (85 - 81.6) * 0.5)
    irr_printed = P(81.6, 85, 6)  # PLANT RULE_SCORE: 灌溉保证率 scored 81.6% ÷ 85% × 6 = 5.76; its rule (−0.5 a point) gives 4.3
    assert (irr_rule, irr_printed) == (4.3, 5.76)
    # (一级, 二级, 三级, 指标值, 实际完成值, 分值, 得分, 扣分说明)
    ind = [("决策", "项目立项", "立项依据充分性", "充分", "充分", 3, 3, ""),
           ("决策", "项目立项", "立项程序规范性", "规范", "规范", 3, 3, ""),
           ("决策", "绩效目标", "绩效目标合理性", "合理", "基本合理", 3, 2.5, "部分目标值未结合往年完成情况测算"),
           ("决策", "绩效目标", "绩效指标明确性", "明确", "部分未细化", 3, 2, "效益指标未细化到片区"),
           ("决策", "资金投入", "预算编制科学性", "科学", "科学", 3, 3, ""),
           ("过程", "资金管理", "资金到位率", "100%", "100%", 4, 4, ""),
           ("过程", "资金管理", "预算执行率", "≥95%", f"{rate_printed:.2f}%", 5, 4, "执行率在90%（含）至95%之间"),
           ("过程", "资金管理", "资金使用合规性", "合规", "合规", 4, 4, ""),
           ("过程", "组织实施", "管理制度健全性", "健全", "健全", 3, 3, ""),
           ("过程", "组织实施", "制度执行有效性", "有效", "基本有效", 4, 3, "2个标段监理日志记录不全"),
           ("产出", "产出数量", "新建高标准农田面积", "≥3万亩", "2.86万亩", 10, P(2.86, 3, 10), "按完成比例计分"),
           ("产出", "产出数量", "高效节水灌溉面积", "≥1.2万亩", "1.26万亩", 6, 6, ""),
           ("产出", "产出质量", "工程验收合格率", "100%", "100%", 8, 8, ""),
           ("产出", "产出质量", "耕地质量等级提升", "≥0.5等", "0.5等", 6, 6, ""),
           ("产出", "产出时效", "项目按期完工率", "100%", "93.33%", 5, r2(5 * 28 / 30), "按完成比例计分"),
           ("产出", "产出成本", "亩均建设成本", "≤1500元/亩", f"{cost:.2f}元/亩", 5, 5, ""),
           ("效益", "经济效益", "亩均粮食增产", "≥50公斤", "56公斤", 6, 6, ""),
           ("效益", "社会效益", "灌溉保证率", "≥85%", "81.6%", 6, irr_printed, "按实际值÷目标值×分值计分"),
           ("效益", "生态效益", "新建农田防护林网面积", "≥800亩", "820亩", 4, 4, ""),
           ("效益", "可持续影响", "工程长效管护机制", "健全", "基本健全", 4, 3, "管护经费未纳入县级预算"),
           ("效益", "满意度", "受益农户满意度", "≥90%", "93.4%", 5, 5, "")]
    assert len(ind) == 21 and s2(ind, 5) == 100
    names = ["决策", "过程", "产出", "效益"]
    sec = secs(ind, names)
    assert sec == [("决策", 15, 13.5), ("过程", 20, 18), ("产出", 40, 39.2), ("效益", 25, 23.76)], sec
    total = s2(ind, 6)
    assert total == 94.46 and grade(total) == "优" and grade(r2(total - irr_printed + irr_rule)) == "优"
    rates = [f"{pct(s_, w):.2f}%" for _, w, s_ in sec]
    assert rates == ["90.00%", "90.00%", "98.00%", "95.04%"]
    rates[3] = "95.40%"  # PLANT SCORE_RATE: 效益 得分率 = 23.76 / 25 × 100% = 95.04%, printed 95.40% (equation and 表2)
    g = gold(None, dept, 2024, "COUNTY", "甘肃省", "THIRD_PARTY_EVALUATION", evaluator, total, 100, grade(total),
             budget(ia, aa, ea, rate_printed), sec, grows(ind))
    g = with_project(g, project, unit)
    meta = dict(dept=dept, unit=unit, project=project, evaluator=evaluator, ind=ind, sec=sec, rates=rates,
                total=total, src=src, ia=ia, aa=aa, ea=ea, rate_printed=rate_printed, cost=cost)
    fnd = [F("FORMULA", "预算执行率", f"预算执行率=全年执行数/全年预算数×100%={mc(ea)}/{mc(aa)}×100%={rate_printed:.2f}%",
             f"{rate_printed:.2f}%", f"{rate:.2f}%", "HIGH", "ERROR",
             f"the equation in 三（二） (a Word equation: the fraction {mc(ea)} over {mc(aa)}) works out to {rate:.2f}%, "
             f"printed {rate_printed:.2f}% (digits transposed) and copied into the 评分表's 实际完成值; the row's score 4 "
             "is right either way (the 90%（含）—95% band of the printed rule)"),
           F("SCORE_RATE", "效益", "效益 | 25 | 23.76 | 95.40%; 效益得分率=23.76/25×100%=95.40%", "95.40%", "95.04%",
             "HIGH", "ERROR",
             "23.76 ÷ 25 = 95.04%; 表2 and the equation in 三（四） both print 95.40% (digits transposed); the 效益 得分 "
             "23.76 itself is the sum of its five rows"),
           F("RULE_SCORE", "灌溉保证率",
             "灌溉保证率（6分）：≥85%得满分，每降低1个百分点扣0.5分 … 得分=81.6%/85%×6=5.76", fmt(irr_printed),
             fmt(irr_rule), "HIGH", "ERROR",
             "the indicator's own rule deducts 0.5 a percentage point below 85%: 6 − (85 − 81.6) × 0.5 = 4.3; the "
             "equation applies the proportion rule instead (81.6 ÷ 85 × 6 = 5.76, right arithmetic on the wrong rule), "
             f"and the 评分表 carries 5.76; on the rule 效益 would be 22.3 and the total {fmt(r2(total - 1.46))} (优 "
             "either way)")]
    return {"stem": "h355_shandan_nongye", "format": "docx", "write": write355, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the calculations are Word EQUATIONS (OMML m:oMath / m:oMathPara, fractions as m:f with m:num and "
                      "m:den, figures in m:t): a reader of w:t alone loses every operand and result (the 预算执行率, the "
                      "得分率 and the score equations read as bare labels); a fraction is numerator over denominator "
                      "(printed linear in the quotes as “a/b”)",
                      f"funds: 中央 + 省级 + 县级 = {mc(ia)} / {mc(aa)} / {mc(ea)}; 资金到位率 {mc(aa)}/{mc(aa)} = 100% "
                      "(right); all sources under budget; 年初 < 全年 (追加)",
                      "预算执行率 row: 4 of 5 by the printed bands (≥95% 5, 90%（含）—95% 4) on either 94.01% or 94.10%",
                      "新建高标准农田面积 2.86 ÷ 3 × 10 = 9.5333 → 9.53 and 项目按期完工率 28 ÷ 30 = 93.33%, 5 × 93.33% = "
                      "4.67 (equations, right; rounding); 亩均建设成本 38,627,400元 ÷ 28,600亩 = 1350.61元/亩 vs ≤1500 (a "
                      "ceiling, met; the cost equation is right); 耕地质量等级提升 0.5 vs ≥0.5等 (met exactly); three "
                      "qualitative deductions with reasons (judgement)",
                      "表2 决策 90.00%, 过程 90.00%, 产出 98.00% and the total 94.46 ÷ 100 = 94.46% right; the four "
                      "一级 得分 add to 94.46 = the 评分表's 21 rows; 优"]}


MNS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
WNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def omath(parts, display=False):
    """An OMML equation: parts are strings (m:r runs) and ("f", numerator, denominator) fractions."""
    from docx.oxml import parse_xml

    def run(t):
        return (f'<m:r><m:rPr><m:sty m:val="p"/></m:rPr><w:rPr><w:rFonts w:ascii="Cambria Math" '
                f'w:hAnsi="Cambria Math"/><w:sz w:val="21"/></w:rPr><m:t>{esc(t)}</m:t></m:r>')
    body = []
    for p in parts:
        if isinstance(p, tuple):
            body.append(f'<m:f><m:num>{run(p[1])}</m:num><m:den>{run(p[2])}</m:den></m:f>')
        else:
            body.append(run(p))
    xml = f'<m:oMath xmlns:m="{MNS}" xmlns:w="{WNS}">{"".join(body)}</m:oMath>'
    if display:
        xml = f'<m:oMathPara xmlns:m="{MNS}" xmlns:w="{WNS}"><m:oMathParaPr><m:jc m:val="center"/></m:oMathParaPr>' \
              f'{xml}</m:oMathPara>'
    return parse_xml(xml)


def eq_linear(parts):
    return "".join(f"{p[1]}/{p[2]}" if isinstance(p, tuple) else p for p in parts)


def write355(rep, path):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    from reports34 import new_doc
    from reports36_common import grid, cell_put
    M = rep["meta"]
    doc = new_doc()

    def para(items, bold=False, size=10.5, center=False, indent=True, after=3):
        """items: text strings and ("eq", parts) inline equations; a lone ("eqd", parts) is a displayed equation"""
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(after)
        p.paragraph_format.line_spacing = 1.35
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif indent:
            p.paragraph_format.first_line_indent = Pt(21)
        for it in ([items] if isinstance(items, str) else items):
            if isinstance(it, str):
                r = p.add_run(it)
                r.bold = bold
                r.font.size = Pt(size)
            elif it[0] == "eqd":
                p.paragraph_format.first_line_indent = None
                p._p.append(omath(it[1], display=True))
            else:
                p._p.append(omath(it[1]))
        return p

    e, ind, sec = M["evaluator"], M["ind"], M["sec"]
    para(M["project"] + "绩效评价报告", bold=True, size=18, center=True, after=10)
    para("委托单位：山丹县财政局", center=True)
    para(f"评价机构：{e}", center=True)
    para("报告编号：甘正衡绩评〔2025〕第017号", center=True)
    para("报告日期：2025年5月20日", center=True, after=12)
    para("山丹县财政局：", indent=False)
    para(f"受贵局委托，我公司组成评价组，对{M['dept']}实施的{M['project']}开展了绩效评价。评价组按照《项目支出绩效评价管理办法》"
         "的要求，采用资料核查、现场勘验和问卷调查相结合的方式开展评价，现将评价情况报告如下。")
    para("一、项目基本情况", bold=True, indent=False)
    para(f"项目主管部门为{M['dept']}，实施单位为{M['unit']}。项目计划新建高标准农田3万亩，其中高效节水灌溉面积1.2万亩，"
         "建设内容包括土地平整、灌溉与排水、田间道路、农田防护林网等。")
    s = M["src"]
    para(f"项目年初预算{mc(M['ia'])}万元，全年预算{mc(M['aa'])}万元（中央财政资金{mc(s[0][2])}万元、省级财政资金"
         f"{mc(s[1][2])}万元、县级财政资金{mc(s[2][2])}万元），截至2024年12月31日全年执行{mc(M['ea'])}万元（中央"
         f"{mc(s[0][3])}万元、省级{mc(s[1][3])}万元、县级{mc(s[2][3])}万元）。")
    para("二、评价结论", bold=True, indent=False)
    para(f"评价组依据项目支出绩效评价指标体系，从决策、过程、产出、效益四个方面进行评分，项目综合得分{fmt(M['total'])}分，评价等级为"
         f"“{grade(M['total'])}”。各一级指标得分情况见表2。")
    para("表2　一级指标得分情况", bold=True, center=True, after=2)
    t = grid(doc, 2 + len(sec), [40, 30, 30, 30])
    for k, h in enumerate(["一级指标", "分值", "得分", "得分率"]):
        cell_put(t.cell(0, k), h, bold=True)
    for i, ((n, w, s_), rt) in enumerate(zip(sec, M["rates"]), 1):
        for k, v in enumerate((n, fmt(w), fmt(s_), rt)):
            cell_put(t.cell(i, k), v)
    for k, v in enumerate(("合计", "100", fmt(M["total"]), f"{M['total']:.2f}%")):
        cell_put(t.cell(len(sec) + 1, k), v, bold=True)
    para("", after=2)
    para("三、绩效分析", bold=True, indent=False)
    rate_eq = ["预算执行率=", ("f", "全年执行数", "全年预算数"), "×100%=", ("f", mc(M["ea"]), mc(M["aa"])),
               f"×100%={M['rate_printed']:.2f}%"]
    M["rate_eq"] = eq_linear(rate_eq)
    parts = {n: [x for x in ind if x[0] == n] for n, _, _ in sec}
    for k, ((n, w, s_), rt) in enumerate(zip(sec, M["rates"])):
        para(f"（{'一二三四'[k]}）{n}指标（{fmt(w)}分），得分{fmt(s_)}分，得分率为", indent=True)
        para([("eqd", [f"{n}得分率=", ("f", fmt(s_), fmt(w)), f"×100%={rt}"])])
        if n == "决策":
            para("项目立项依据充分、程序规范；绩效目标基本合理，但部分目标值未结合往年完成情况测算，扣0.5分；效益指标未细化到片区，绩效指标"
                 "明确性扣1分。")
        elif n == "过程":
            para(["资金到位率", ("eq", ["=", ("f", mc(M["aa"]), mc(M["aa"])), "×100%=100%"]), "，得4分。预算执行率按下式计算："])
            para([("eqd", rate_eq)])
            para("评分标准：执行率≥95%得5分；90%（含）—95%得4分；85%（含）—90%得3分；85%以下不得分。该指标得4分。资金使用合规，管理制度"
                 "健全；2个标段监理日志记录不全，制度执行有效性扣1分。")
        elif n == "产出":
            para(["新建高标准农田2.86万亩，目标3万亩，按完成比例计分：得分", ("eq", ["=", ("f", "2.86", "3"), "×10=9.53"]),
                  "。高效节水灌溉面积1.26万亩，工程验收合格率100%，耕地质量等级提升0.5等，均达到目标，得满分。"])
            para(["30个标段中28个按期完工，项目按期完工率", ("eq", ["=", ("f", "28", "30"), "×100%=93.33%"]), "，得分",
                  ("eq", ["=5×93.33%=4.67"]), "。亩均建设成本按下式计算，低于1500元/亩的控制标准，得满分："])
            para([("eqd", ["亩均建设成本=", ("f", "38,627,400元", "28,600亩"), f"={M['cost']:.2f}元/亩"])])
        else:
            para("亩均粮食增产56公斤，新建农田防护林网820亩，受益农户满意度93.4%，均达到目标，得满分。工程长效管护机制基本建立，但管护经费未纳"
                 "入县级预算，扣1分。")
            para(["灌溉保证率（6分）：评分标准为“≥85%得满分，每降低1个百分点扣0.5分”。经测算，项目区灌溉保证率81.6%，得分",
                  ("eq", ["=", ("f", "81.6%", "85%"), "×6=5.76"]), "。"])
    para("四、存在的问题", bold=True, indent=False)
    para("（一）预算执行率未达到95%，部分工程款因竣工结算未完成尚未支付；（二）2个标段延期完工；（三）工程建后管护经费未落实。")
    para("五、相关建议", bold=True, indent=False)
    para("加快竣工结算和资金支付进度；强化施工组织和监理管理；将高标准农田管护经费纳入县级财政预算，建立长效管护机制。")
    para(f"{e}", indent=False, center=False).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para("2025年5月20日", indent=False).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para("附件：项目支出绩效评价评分表", bold=True, indent=False)
    heads = ["一级指标", "二级指标", "三级指标", "分值", "指标值", "实际完成值", "得分", "扣分说明"]
    t = grid(doc, 2 + len(ind), [14, 18, 30, 10, 20, 22, 12, 44])
    for k, h in enumerate(heads):
        cell_put(t.cell(0, k), h, bold=True, size=9)
    for i, x in enumerate(ind, 1):
        for k, v in ((2, x[2]), (3, fmt(x[5])), (4, x[3]), (5, x[4]), (6, fmt(x[6])), (7, x[7])):
            cell_put(t.cell(i, k), v, size=9, align="l" if k in (2, 7) else "c")
    for col in (0, 1):
        for a, b in spans(ind, col):
            cell = t.cell(1 + a, col)
            if b > a:
                cell = cell.merge(t.cell(1 + b, col))
            cell_put(cell, ind[a][col], size=9)
    last = len(ind) + 1
    c = t.cell(last, 0).merge(t.cell(last, 2))
    cell_put(c, "合计", bold=True, size=9)
    cell_put(t.cell(last, 3), "100", bold=True, size=9)
    cell_put(t.cell(last, 6), fmt(M["total"]), bold=True, size=9)
    para("注：评价等级" + BANDS, size=9, indent=False)
    doc.save(path)
    H.A.normalize_zip(path)


ALL.append(h355())



# ============================================================ h356 郸城县民政局 (PDF, data printed over the PRE-PRINTED FORM: 套打)

DX356, DY356 = 5.0, -9.0  # the platform's printer calibration (套打偏移): 1.8 mm right, 3.2 mm down
COLS356 = [58, 74, 128, 78, 82, 34, 34, 258]  # 一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析
ROWH356 = 16
NROWS356 = 18  # ruled indicator rows on the pre-printed form


def h356():
    dept = "郸城县民政局"
    bb, bp = (1286.40, 1302.60, 1318.25), (3450.00, 4016.80, 3782.15)
    ia, aa, ea = (r2(bb[k] + bp[k]) for k in range(3))
    rate, rb, rp = pct(ea, aa), pct(bb[2], bb[1]), pct(bp[2], bp[1])
    assert (ia, aa, ea, rate, rb, rp) == (4736.40, 5319.40, 5100.40, 95.88, 101.20, 94.16), (ia, aa, ea, rate, rb, rp)
    # PLANT SPENDING_OVER_BUDGET: 基本支出 全年执行数 1,318.25 over its 全年预算数 1,302.60 (101.20%, right arithmetic)
    rp_printed = 94.61  # PLANT EXECUTION_RATE: 项目支出 3,782.15 / 4,016.80 = 94.16%, printed 94.61%
    ind = [("投入管理", "预算执行", "预算执行率", "≥95%", f"{rate:.2f}%", 10, 10, ""),
           ("投入管理", "预算管理", "“三公”经费控制率", "≤100%", "87.6%", 4, 4, ""),
           ("投入管理", "预算管理", "资产管理规范性", "规范", "规范", 4, 4, ""),
           ("产出", "数量指标", "城乡低保对象保障人数", "≥12000人", "12368人", 10, 10, ""),
           ("产出", "数量指标", "特困人员供养人数", "≥2100人", "2146人", 6, 6, ""),
           ("产出", "数量指标", "临时救助人次", "≥3500人次", "3218人次", 6, P(3218, 3500, 6), "急难型救助需求下降，按比例计分"),
           ("产出", "数量指标", "敬老院改造提升", "≥5所", "5所", 6, 6, ""),
           ("产出", "质量指标", "低保资金社会化发放率", "100%", "100%", 6, 6, ""),
           ("产出", "质量指标", "特困人员生活自理能力评估率", "≥95%", "91.8%", 5, P(91.8, 95, 5), "部分分散供养对象未完成评估"),
           ("产出", "时效指标", "救助资金按月发放及时率", "100%", "100%", 5, 5, ""),
           ("产出", "成本指标", "城市低保月人均补助水平", "≥540元", "548元", 4, 4, ""),
           ("效益", "社会效益", "困难群众基本生活保障率", "100%", "100%", 8, 8, ""),
           ("效益", "社会效益", "低保动态管理准确率", "≥98%", "98.6%", 6, 6, ""),
           ("效益", "可持续影响", "社会救助长效机制", "健全", "基本健全", 6, 5, "乡镇经办力量不足，扣1分"),
           ("满意度", "服务对象满意度", "救助对象满意度", "≥90%", "92.7%", 10, 10, ""),
           ("满意度", "服务对象满意度", "社会公众满意度", "≥85%", "83.2%", 4, P(83.2, 85, 4), "政策宣传不够，按比例计分")]
    assert len(ind) == 16 <= NROWS356 and s2(ind, 5) == 100
    rows_total = s2(ind, 6)
    assert rows_total == 98.27, rows_total
    total_printed = 98.72  # PLANT TOTAL_VS_ROWS: 合计 得分 98.72; the 16 rows add to 98.27
    assert grade(total_printed) == grade(rows_total) == "优"
    g = gold(None, dept, 2024, "COUNTY", "河南省", "SELF_EVALUATION", None, total_printed, 100, grade(total_printed),
             budget(ia, aa, ea, rate, bb[1], bb[2], bp[1], bp[2]), [], grows(ind))
    bud = [("合计", ia, aa, ea, f"{rate:.2f}%"), ("其中：基本支出", *bb, f"{rb:.2f}%"),
           ("　　　项目支出", *bp, f"{rp_printed:.2f}%")]
    meta = dict(dept=dept, ind=ind, bud=bud, total=total_printed)
    fnd = [F("TOTAL_VS_ROWS", "总分", f"合计 | 100 | {fmt(total_printed)}", fmt(total_printed), fmt(rows_total), "HIGH",
             "ERROR", f"the 16 indicator rows add to {fmt(rows_total)} (投入管理 18, 产出 47.35, 效益 19, 满意度 13.92); the "
             f"合计 prints {fmt(total_printed)} (digits transposed); 优 either way"),
           F("EXECUTION_RATE", "其中：项目支出 执行率",
             f"项目支出 | {mc(bp[0])} | {mc(bp[1])} | {mc(bp[2])} | {rp_printed:.2f}%", f"{rp_printed:.2f}%",
             f"{rp:.2f}%", "HIGH", "ERROR",
             f"{mc(bp[2])} ÷ {mc(bp[1])} = {rp:.2f}%, printed {rp_printed:.2f}% (digits transposed); the 合计 and "
             "基本支出 rates are right"),
           F("SPENDING_OVER_BUDGET", "其中：基本支出 全年执行数",
             f"其中：基本支出 | {mc(bb[0])} | {mc(bb[1])} | {mc(bb[2])} | {rb:.2f}%", mc(bb[2]), f"≤ {mc(bb[1])}",
             "HIGH", "WARNING",
             f"基本支出 spent {mc(bb[2])} against a 全年预算数 of {mc(bb[1])} ({mc(r2(bb[2] - bb[1]))} over, "
             f"{rb:.2f}% — the rate itself is right arithmetic); the form gives no reason and the 预算执行率 row scores "
             "the 合计 rate in full")]
    return {"stem": "h356_dancheng_minzheng", "format": "pdf", "draw": draw356, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the page is the platform's 套打 print: the BLANK FORM (title, labels, column heads, ruling, the "
                      "合计 / 自评等级 / 填报人 labels, in blue) is one Form XObject, and the DATA (unit, year, names, figures, "
                      "in black) is drawn over it with the printer calibration OFFSET (1 0 0 1 5 -9 cm: 1.8 mm right, "
                      "3.2 mm down), so every data line sits across the lower ruling line of its cell and a reader that "
                      "puts each word in the cell holding its centre files every value one row low (the last "
                      "indicator's in a blank row, the 合计's in the 自评等级 row); the form has 18 ruled indicator rows, "
                      "the last two BLANK (not indicators)",
                      f"预算执行情况: 基本 + 项目 = 合计 in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {rate:.2f}% and "
                      f"{rb:.2f}% right; 年初 < 全年 (追加); 预算执行率 row {rate:.2f}% vs ≥95% (met on the 合计, full 10)",
                      "临时救助人次 6 × 3218 ÷ 3500 = 5.5166 → 5.52, 自理能力评估率 5 × 91.8 ÷ 95 = 4.8316 → 4.83 and 社会公众"
                      "满意度 4 × 83.2 ÷ 85 = 3.9153 → 3.92 (proportion rule, with reasons); 社会救助长效机制 −1 with a reason "
                      "(judgement); 敬老院改造提升 5 vs ≥5所 (met exactly); “三公”经费控制率 87.6% vs ≤100% (a ceiling, met); "
                      "城市低保月人均补助水平 548 vs ≥540元 (a floor on a standard, met; not a budget figure)",
                      "the rows' 分值 add to 100; 优 on either total"]}


def draw356(rep, path):
    from reportlab.lib.pagesizes import A4, landscape
    from reports32 import new_canvas, FONT
    M = rep["meta"]
    W, Hh = landscape(A4)
    c = new_canvas(path, (W, Hh))
    x0 = (W - sum(COLS356)) / 2
    xs = [x0 + sum(COLS356[:k]) for k in range(len(COLS356) + 1)]
    BLUE = (0.12, 0.32, 0.66)
    # the pre-printed blank form: one Form XObject
    ytitle = Hh - 46
    yb0 = Hh - 100  # top of the budget block
    bcols = [xs[0], xs[2], xs[3] + 20, xs[4] + 40, xs[5] + 60, xs[8]]  # 项目 | 年初 | 全年 | 执行 | 执行率
    bcols = [xs[0], xs[0] + 190, xs[0] + 330, xs[0] + 470, xs[0] + 610, xs[8]]
    ybi = yb0 - 18 - ROWH356 * 4  # top of the indicator block
    yrows = [ybi - 20 - ROWH356 * k for k in range(NROWS356 + 1)]
    yend = yrows[-1]
    c.beginForm("TPL356")
    c.setStrokeColorRGB(*BLUE)
    c.setFillColorRGB(*BLUE)
    c.setLineWidth(0.7)
    c.setFont(FONT, 17)
    c.drawCentredString(W / 2, ytitle, "部门整体支出绩效自评表")
    c.setFont(FONT, 10.5)
    c.drawCentredString(W / 2, ytitle - 20, "（　　　　　年度）")
    c.drawString(xs[0], yb0 + 8, "填报单位（盖章）：")
    c.drawRightString(xs[8], yb0 + 8, "金额单位：万元")
    c.setFont(FONT, 9.5)
    c.drawString(xs[0], yb0 - 13, "一、预算执行情况")
    yb = yb0 - 18
    for k in range(5):
        for j in range(5):
            c.rect(bcols[j], yb - ROWH356 * (k + 1), bcols[j + 1] - bcols[j], ROWH356)
    for j, h in enumerate(["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"]):
        c.drawCentredString((bcols[j] + bcols[j + 1]) / 2, yb - ROWH356 + 4.5, h)
    for k, lab in enumerate(["合计", "其中：基本支出", "　　　项目支出"]):
        c.drawString(bcols[0] + 4, yb - ROWH356 * (k + 2) + 4.5, lab)
    ybi = yb - ROWH356 * 5 - 6
    c.drawString(xs[0], ybi - 11, "二、绩效指标完成情况")
    yh = ybi - 16
    for j, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]):
        c.rect(xs[j], yh - 20, xs[j + 1] - xs[j], 20)
        c.drawCentredString((xs[j] + xs[j + 1]) / 2, yh - 13.5, h)
    yrows = [yh - 20 - ROWH356 * k for k in range(NROWS356 + 3)]
    for k in range(NROWS356):
        for j in range(8):
            c.rect(xs[j], yrows[k + 1], xs[j + 1] - xs[j], ROWH356)
    # 合计 row and 自评等级 row
    ysum, ygr = yrows[NROWS356], yrows[NROWS356 + 1]
    c.rect(xs[0], ygr, xs[5] - xs[0], ROWH356)
    c.drawCentredString((xs[0] + xs[5]) / 2, ygr + 4.5, "合计")
    for j in (5, 6, 7):
        c.rect(xs[j], ygr, xs[j + 1] - xs[j], ROWH356)
    yg2 = yrows[NROWS356 + 2]
    c.rect(xs[0], yg2, xs[2] - xs[0], ROWH356)
    c.drawCentredString((xs[0] + xs[2]) / 2, yg2 + 4.5, "自评等级")
    c.rect(xs[2], yg2, xs[3] - xs[2], ROWH356)
    c.rect(xs[3], yg2, xs[8] - xs[3], ROWH356)
    c.setFont(FONT, 8)
    c.drawString(xs[3] + 4, yg2 + 9, "评分说明：预算执行率≥95%得满分，每低1个百分点扣1分；定量指标未达到指标值的按“实际完成值÷指标值×分值”计分；")
    c.drawString(xs[3] + 4, yg2 + 1.5, "定性指标酌情扣分。" + BANDS)
    c.setFont(FONT, 9.5)
    c.drawString(xs[0], yg2 - 20, "填报人：　　　　　　　审核人：　　　　　　　单位负责人：　　　　　　　填报日期：")
    c.endForm()
    c.doForm("TPL356")
    # the data the platform prints, with the printer calibration
    c.saveState()
    c.translate(DX356, DY356)
    c.setFillColorRGB(0, 0, 0)
    c.setFont(FONT, 10.5)
    c.drawCentredString(W / 2 - 22, ytitle - 20, "2024")
    c.drawString(xs[0] + 96, yb0 + 8, M["dept"])
    c.setFont(FONT, 9)
    for k, (lab, a, b_, e_, rt) in enumerate(M["bud"]):
        y = yb - ROWH356 * (k + 2) + 4.5
        for j, v in enumerate((mc(a), mc(b_), mc(e_), rt)):
            c.drawRightString(bcols[j + 2] - 6, y, v)
    for i, x in enumerate(M["ind"]):
        y = yrows[i + 1] + 4.5
        for j, v in ((0, x[0]), (1, x[1]), (3, x[3]), (4, x[4]), (5, fmt(x[5])), (6, fmt(x[6]))):
            c.drawCentredString((xs[j] + xs[j + 1]) / 2, y, v)
        c.drawString(xs[2] + 4, y, x[2])
        c.setFont(FONT, 8.5)
        c.drawString(xs[7] + 4, y, x[7])
        c.setFont(FONT, 9)
    c.drawCentredString((xs[5] + xs[6]) / 2, ygr + 4.5, "100")
    c.drawCentredString((xs[6] + xs[7]) / 2, ygr + 4.5, fmt(M["total"]))
    c.drawCentredString((xs[2] + xs[3]) / 2, yg2 + 4.5, grade(M["total"]))
    c.setFont(FONT, 9.5)
    for xx, v in ((40, "王淑芬"), (150, "陈国庆"), (272, "刘建设"), (372, "2025年4月16日")):
        c.drawString(xs[0] + xx, yg2 - 20, v)
    c.restoreState()
    c.showPage()
    c.save()


ALL.append(h356())



# ============================================================ h357 崇仁县文化广电新闻出版旅游局 (HTML, 评分标准 as TOOLTIPS)

def h357():
    dept = "崇仁县文化广电新闻出版旅游局"
    bb, bp = (812.30, 836.45, 830.12), (1450.00, 1692.80, 1540.36)
    ia, aa, ea = (r2(bb[k] + bp[k]) for k in range(3))
    rate, rb, rp = pct(ea, aa), pct(bb[2], bb[1]), pct(bp[2], bp[1])
    assert (ia, aa, ea, rate, rb, rp) == (2262.30, 2529.25, 2370.48, 93.72, 99.24, 90.99), (ia, aa, ea, rate, rb, rp)
    fs = r2(10 * rate / 100)
    assert fs == 9.37
    fs_printed = 9.73  # PLANT BUDGET_ROW_SCORE: 预算执行率 row, tooltip rule 执行率 × 分值 = 93.72% × 10 = 9.37, printed 9.73
    shows_prose = 186  # PLANT SAME_FIGURE_DIFFERS: 三 says 送戏下乡演出186场; the table's 实际完成值 is 168场
    open_rule = "评分标准：免费开放率≥98%得5分；90%（含）—95%得3分；90%以下不得分。"  # PLANT MALFORMED_RULE: 95%–98% in no band
    # (一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因, tooltip)
    ind = [("投入管理", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, fs_printed, "部分项目资金年底下达，未及时支付",
            "评分标准：得分＝预算执行率×分值。"),
           ("投入管理", "预算管理", "“三公”经费控制率", "≤100%", "91.4%", 5, 5, "",
            "评分标准：“三公”经费支出不超过预算的得满分，超出的不得分。"),
           ("投入管理", "预算管理", "政府采购规范性", "规范", "规范", 5, 5, "", "评分标准：政府采购程序规范的得满分，发现1项不规范扣1分。"),
           ("产出", "数量指标", "送戏下乡演出场次", "≥160场", "168场", 8, 8, "", "评分标准：达到160场得满分，未达到的按完成比例计分。"),
           ("产出", "数量指标", "农家书屋图书更新", "≥12000册", "12600册", 6, 6, "",
            "评分标准：更新12000册以上得满分，未达到的按完成比例计分。"),
           ("产出", "数量指标", "文物安全巡查次数", "≥48次", "46次", 5, 4, "汛期2次巡查因道路中断取消",
            "评分标准：全年巡查48次以上得满分，每少1次扣0.5分。"),
           ("产出", "数量指标", "农村数字电影放映场次", "≥1800场", "1752场", 6, P(1752, 1800, 6), "部分行政村放映点合并；按完成比例计分",
            "评分标准：放映1800场以上得满分，未达到的按完成比例计分。"),
           ("产出", "质量指标", "公共文化场馆免费开放率", "≥98%", "99.2%", 5, 5, "", open_rule),
           ("产出", "质量指标", "旅游安全事故", "0起", "0起", 5, 5, "", "评分标准：未发生旅游安全事故的得满分，发生1起不得分。"),
           ("产出", "时效指标", "文化惠民活动按时完成率", "100%", "100%", 5, 5, "", "评分标准：按时完成的得满分，每延期1项扣1分。"),
           ("产出", "成本指标", "送戏下乡场均补助", "≤0.8万元", "0.75万元", 5, 5, "",
            "评分标准：场均补助不超过0.8万元的得满分，超出的按“指标值÷实际值×分值”计分。"),
           ("效益", "社会效益指标", "接待游客人次增长率", "≥8%", "9.6%", 8, 8, "",
            "评分标准：增长8%以上得满分，未达到的按完成比例计分。"),
           ("效益", "经济效益指标", "旅游综合收入", "≥28亿元", "26.6亿元", 7, P(26.6, 28, 7), "暑期旅游旺季受持续高温影响；按完成比例计分",
            "评分标准：达到28亿元得满分，未达到的按完成比例计分。"),
           ("效益", "可持续影响指标", "文化旅游融合发展机制", "健全", "基本健全", 5, 4, "景区运营市场化机制尚在探索",
            "评分标准：机制健全得满分，基本健全得4分，不健全不得分。"),
           ("满意度", "服务对象满意度", "群众文化活动满意度", "≥90%", "94.3%", 10, 10, "",
            "评分标准：≥90%得满分，未达到的按完成比例计分。"),
           ("满意度", "服务对象满意度", "游客满意度", "≥90%", "91.5%", 5, 5, "", "评分标准：≥90%得满分，未达到的按完成比例计分。")]
    assert len(ind) == 16 and s2(ind, 5) == 100
    names = ["投入管理", "产出", "效益", "满意度"]
    sec = secs(ind, names)
    assert sec == [("投入管理", 20, 19.73), ("产出", 45, 43.84), ("效益", 20, 18.65), ("满意度", 15, 15)], sec
    total = s2(ind, 6)
    assert total == 97.22 and grade(total) == "优"
    g = gold(None, dept, 2024, "COUNTY", "江西省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ia, aa, ea, rate, bb[1], bb[2], bp[1], bp[2]), sec, grows([x[:8] for x in ind]))
    bud = [("合计", ia, aa, ea, rate), ("其中：基本支出", *bb, rb), ("　　　项目支出", *bp, rp)]
    meta = dict(dept=dept, ind=ind, sec=sec, total=total, bud=bud, rate=rate, shows_prose=shows_prose)
    fnd = [F("BUDGET_ROW_SCORE", "预算执行率", f"投入管理 | 预算执行 | 预算执行率 | 100% | {rate:.2f}% | 10 | {fmt(fs_printed)} "
             "(评分标准：得分＝预算执行率×分值。)", fmt(fs_printed), fmt(fs), "HIGH", "ERROR",
             f"the row's own rule (its tooltip) makes the score 执行率 × 分值: {rate:.2f}% × 10 = 9.372 → {fmt(fs)}; the table "
             f"prints {fmt(fs_printed)} (digits transposed), and 投入管理 19.73 and the total {fmt(total)} add the printed "
             f"figure (on the rule: 19.37 and {fmt(r2(total - fs_printed + fs))}); one slip"),
           F("SAME_FIGURE_DIFFERS", "送戏下乡演出场次", "三、…全年开展送戏下乡演出186场… / 送戏下乡演出场次 | ≥160场 | 168场",
             f"{shows_prose}场", "168场", "HIGH", "WARNING",
             "the 三 prose gives 186 performances, the table's 实际完成值 168 (digits transposed in one of them); the row "
             "scores the full 8 on either (≥160场), so no score changes, but the figure needs confirming"),
           F("MALFORMED_RULE", "公共文化场馆免费开放率", open_rule, "≥98% → 5; 90%（含）—95% → 3; < 90% → 0",
             "95%–98% in no band", "HIGH", "WARNING",
             "the rule (shown only as the tooltip of the indicator's name) has no band between 95% and 98%: a rate of, "
             "say, 96.5% gets no score from it; the row's 99.2% is in the top band, so its 5 stands")]
    return {"stem": "h357_chongren_wenlv", "format": "html", "html": html357(meta), "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the 评分标准 are TOOLTIPS: each 三级 name is a <span class=\"bz\" title=\"评分标准：…\">, shown only when "
                      "the mouse is over it (the header says “鼠标移至指标名称查看评分标准”); the thresholds in them (160场, "
                      "12000册, 48次, 0.8万元, 98%, 90%) are rules, not figures, and a text reader that keeps attributes "
                      "must not take them for cells",
                      f"表1: 基本 + 项目 = 合计 in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {rate:.2f}%, {rb:.2f}% and "
                      f"{rp:.2f}% right; all under budget; 年初 < 全年 (追加)",
                      "文物安全巡查次数 4 of 5 by its own rule (46 of 48次: 2 × 0.5 = 1 off), 文化旅游融合发展机制 4 of 5 by its "
                      "rule (基本健全得4分): partial marks the rules give; 数字电影 6 × 1752 ÷ 1800 = 5.84 and 旅游综合收入 7 × "
                      "26.6 ÷ 28 = 6.65 (proportion rule, with reasons)",
                      "送戏下乡场均补助 0.75 vs ≤0.8万元 and “三公”经费控制率 91.4% vs ≤100% (ceilings, met; a unit cost, not a "
                      "budget figure); 旅游安全事故 0 vs 0起 (met)",
                      "the 六's 一级 scores (19.73, 43.84, 18.65, 15) add to the 97.22 and each is its rows as printed; 优"]}


def html357(M):
    e = esc
    d = M["dept"]
    brows = "\n".join(f'<tr><td class="l">{e(n)}</td><td class="r">{mc(a)}</td><td class="r">{mc(b_)}</td>'
                      f'<td class="r">{mc(x)}</td><td>{rt:.2f}%</td></tr>' for n, a, b_, x, rt in M["bud"])
    trs = []
    ind = M["ind"]
    sp0 = dict(spans(ind, 0))
    sp1 = dict(spans(ind, 1))
    for i, x in enumerate(ind):
        cells = []
        if i in sp0:
            cells.append(f'<td rowspan="{sp0[i] - i + 1}">{e(x[0])}</td>')
        if i in sp1:
            cells.append(f'<td rowspan="{sp1[i] - i + 1}">{e(x[1])}</td>')
        cells.append(f'<td class="l"><span class="bz" title="{e(x[8])}">{e(x[2])}</span></td>')
        cells += [f"<td>{e(x[3])}</td>", f"<td>{e(x[4])}</td>", f"<td>{fmt(x[5])}</td>", f"<td>{fmt(x[6])}</td>",
                  f'<td class="l">{e(x[7])}</td>']
        trs.append("<tr>" + "".join(cells) + "</tr>")
    sec = M["sec"]
    secs_txt = "、".join(f"{n}指标{fmt(s_)}分（分值{fmt(w)}分）" for n, w, s_ in sec)
    t = M["total"]
    title = f"{d}2024年度部门整体支出绩效自评报告"
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{e(title)}_崇仁县人民政府</title>
<meta name="SiteName" content="崇仁县人民政府">
<meta name="ColumnName" content="部门绩效评价">
<meta name="ArticleTitle" content="{e(title)}">
<meta name="PubDate" content="2025-05-29 16:20">
<style>
body{{margin:0;font:14px/1.8 "Microsoft YaHei",SimSun,sans-serif;color:#333;background:#f4f1ea}}
.top{{background:#a3171b;color:#fff;padding:16px 0;text-align:center;font-size:26px;letter-spacing:4px}}
.wrap{{width:1000px;margin:0 auto;background:#fff;padding:20px 32px 36px}}
.crumb{{font-size:12px;color:#777;border-bottom:1px solid #eee;padding-bottom:8px}}
h1{{font-size:21px;text-align:center;color:#a3171b;margin:18px 0 6px}}
.info{{text-align:center;font-size:12px;color:#999;margin-bottom:14px}}
.con p{{text-indent:2em;margin:6px 0}}
.con h3{{font-size:15px;margin:14px 0 4px}}
.cap{{text-align:center;font-weight:bold;text-indent:0!important}}
table.sj{{border-collapse:collapse;width:100%;font-size:13px;margin:6px 0 12px}}
table.sj td,table.sj th{{border:1px solid #999;padding:4px 5px;text-align:center}}
table.sj th{{background:#f2e6d9}}
table.sj td.l{{text-align:left}}
table.sj td.r{{text-align:right}}
span.bz{{border-bottom:1px dashed #a3171b;cursor:help}}
.note{{font-size:12px;color:#888;text-indent:0!important}}
.foot{{text-align:center;font-size:12px;color:#888;padding:18px 0;line-height:2}}
</style>
</head>
<body>
<div class="top">崇仁县人民政府</div>
<div class="wrap">
<div class="crumb">您现在的位置：首页 &gt; 政务公开 &gt; 财政预决算 &gt; 部门绩效评价</div>
<h1>{e(title)}</h1>
<div class="info">发布时间：2025-05-29　来源：{e(d)}　字号：[大 中 小]　【打印】【关闭】</div>
<div class="con">
<h3>一、部门基本情况</h3>
<p>{e(d)}是县政府工作部门，负责全县文化、广播电视、新闻出版、文物和旅游工作，内设股室6个，下属县图书馆、县文化馆、县博物馆等二级单位4个，年末在职人员96人。</p>
<h3>二、部门预算执行情况</h3>
<p>2024年部门年初预算{mc(M['bud'][0][1])}万元，全年预算{mc(M['bud'][0][2])}万元，全年执行{mc(M['bud'][0][3])}万元，预算执行率{M['rate']:.2f}%。</p>
<p class="cap">表1　2024年度部门预算执行情况（单位：万元）</p>
<table class="sj">
<tr><th>项目</th><th>年初预算数</th><th>全年预算数</th><th>全年执行数</th><th>执行率</th></tr>
{brows}
</table>
<h3>三、绩效目标完成情况</h3>
<p>全年开展送戏下乡演出{M['shows_prose']}场，更新农家书屋图书12600册，放映农村数字电影1752场，开展文物安全巡查46次；公共文化场馆免费开放率99.2%，全年未发生旅游安全事故；接待游客人次同比增长9.6%，实现旅游综合收入26.6亿元。</p>
<h3>四、绩效指标完成情况</h3>
<p class="cap">表2　2024年度部门整体支出绩效指标完成情况</p>
<table class="sj">
<tr><th>一级指标</th><th>二级指标</th><th>三级指标<br><span style="font-weight:normal;font-size:12px">（鼠标移至指标名称查看评分标准）</span></th><th>年度指标值</th><th>实际完成值</th><th>分值</th><th>得分</th><th>偏差原因分析</th></tr>
{chr(10).join(trs)}
<tr><td colspan="5"><b>合计</b></td><td><b>100</b></td><td><b>{fmt(t)}</b></td><td></td></tr>
</table>
<h3>五、存在的问题及改进措施</h3>
<p>一是部分项目资金下达较晚，预算执行率未达到100%；二是旅游综合收入未达到年度目标；三是文化旅游融合发展机制有待完善。下一步，我局将加快项目资金支付进度，加大旅游宣传推介力度，完善景区市场化运营机制。</p>
<h3>六、自评结论</h3>
<p>经自评，{secs_txt}，2024年度部门整体支出绩效自评得分{fmt(t)}分，自评等级为“{grade(t)}”。等级划分：{e(BANDS)}</p>
<p style="text-align:right">{e(d)}<br>2025年5月26日</p>
</div>
</div>
<div class="foot">主办单位：崇仁县人民政府办公室　　网站标识码：3610240001<br>赣ICP备05004127号　　赣公网安备 36102402000115号</div>
</body>
</html>
"""


ALL.append(h357())



# ============================================================ h358 霍邱县教育局 (XLSX, 一级 subtotals as a STALE PIVOT TABLE)

HEAD358 = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]


def h358():
    dept = "霍邱县教育局"
    bb, bp = (18620.40, 19105.36, 18986.42), (8450.00, 9836.70, 9449.73)
    ia, aa = r2(bb[0] + bp[0]), r2(bb[1] + bp[1])
    ea_parts = r2(bb[2] + bp[2])
    assert (ia, aa, ea_parts) == (27070.40, 28942.06, 28436.15)
    ea = 28463.15  # PLANT BREAKDOWN_SUM: 合计 全年执行数 28,463.15; 基本 18,986.42 + 项目 9,449.73 = 28,436.15
    rate, rb, rp = pct(ea, aa), pct(bb[2], bb[1]), pct(bp[2], bp[1])
    assert (rate, rb, rp, pct(ea_parts, aa)) == (98.35, 99.38, 96.07, 98.25)
    ind = [("投入", "预算编制", "预算编制科学性", "科学", "科学", 5, 5, ""),
           ("投入", "目标设定", "绩效目标合理性", "合理", "合理", 5, 5, ""),
           ("过程", "预算执行", "预算执行率", "≥95%", f"{rate:.2f}%", 10, 10, ""),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 5, 5, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 5, 4, "部分学校资产处置未及时报批"),
           ("产出", "数量指标", "义务教育在校生人数", "≥92000人", "93460人", 6, 6, ""),
           ("产出", "数量指标", "学生资助人次", "≥21000人次", "21540人次", 6, 6, ""),
           ("产出", "数量指标", "新建改扩建校舍面积", "≥36000平方米", "33800平方米", 6, P(33800, 36000, 6),
            "2所学校项目跨年度实施；按完成比例计分"),
           ("产出", "质量指标", "义务教育巩固率", "≥99%", "99.3%", 6, 6, ""),
           ("产出", "质量指标", "教师培训合格率", "≥95%", "97.1%", 5, 5, ""),
           ("产出", "时效指标", "资助资金发放及时率", "100%", "100%", 5, 5, ""),
           ("产出", "成本指标", "生均公用经费标准", "≥720元", "720元", 6, 6, ""),
           ("效益", "社会效益", "适龄儿童入学率", "100%", "100%", 8, 8, ""),
           ("效益", "社会效益", "高中阶段毛入学率", "≥93%", "91.6%", 6, P(91.6, 93, 6), "部分初中毕业生外出务工；按完成比例计分"),
           ("效益", "可持续影响", "教育均衡发展机制", "健全", "基本健全", 6, 5, "城乡教师交流轮岗未常态化"),
           ("效益", "满意度", "家长满意度", "≥90%", "93.8%", 8, 8, "")]
    assert len(ind) == 16
    wsum = s2(ind, 5)
    assert wsum == 98  # PLANT WEIGHTS_VS_FULL_MARK: the rows' 分值 add to 98, the 合计 row prints 100 (and 满分100分)
    names = ["投入", "过程", "产出", "效益"]
    sec = secs(ind, names)
    assert sec == [("投入", 10, 10), ("过程", 20, 19), ("产出", 40, 39.63), ("效益", 28, 26.91)], sec
    total = s2(ind, 6)
    assert total == 95.54 and grade(total) == "优"
    # the pivot cache was last refreshed when 资产管理规范性 still scored 5 (corrected to 4 afterwards, not refreshed)
    stale = [x[6] if x[2] != "资产管理规范性" else 5 for x in ind]  # PLANT SECTION_VS_ROWS: pivot 过程 得分 20, rows 19
    piv = [(n, s2([x for x in ind if x[0] == n], 5), r2(sum(v for x, v in zip(ind, stale) if x[0] == n))) for n in names]
    assert piv == [("投入", 10, 10), ("过程", 20, 20), ("产出", 40, 39.63), ("效益", 28, 26.91)], piv
    g = gold(None, dept, 2024, "COUNTY", "安徽省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ia, aa, ea, rate, bb[1], bb[2], bp[1], bp[2]), piv, grows(ind))
    bud = [("合计", ia, aa, ea, rate), ("其中：基本支出", *bb, rb), ("　　　项目支出", *bp, rp)]
    meta = dict(dept=dept, ind=ind, stale=stale, piv=piv, total=total, bud=bud)
    fnd = [F("SECTION_VS_ROWS", "过程", "一级指标汇总（数据透视表） | 过程 | 20 | 20", "20", "19", "HIGH", "ERROR",
             "the 一级指标汇总 sheet is a PIVOT TABLE over the 自评表's rows, last refreshed before 资产管理规范性 was "
             "corrected from 5 to 4: its 过程 得分 20 (and its 总计 96.54) are the stale cache, the rows now add to 19 "
             f"(预算执行率 10 + 资金使用合规性 5 + 资产管理规范性 4) and the 自评表's 合计 to {fmt(total)}; one stale summary"),
           F("WEIGHTS_VS_FULL_MARK", "合计 分值", "合计 | 100 | 95.54 (rows' 分值 5+5+10+5+5+6+6+6+6+5+5+6+8+6+6+8)",
             "100", "98", "HIGH", "ERROR",
             "the 16 rows' 分值 add to 98 (投入 10, 过程 20, 产出 40, 效益 28), the 合计 row prints 100 (typed, not summed) "
             "and the pivot's own 求和项:分值 总计 shows 98; 2 points of the 100-point system are missing from the rows"),
           F("BREAKDOWN_SUM", "合计 全年执行数", f"合计 | {mc(ia)} | {mc(aa)} | {mc(ea)} | {rate:.2f}% / 其中：基本支出 | … | "
             f"{mc(bb[2])} / 项目支出 | … | {mc(bp[2])}", mc(ea), mc(ea_parts), "HIGH", "ERROR",
             f"基本支出 {mc(bb[2])} + 项目支出 {mc(bp[2])} = {mc(ea_parts)}, the 合计 prints {mc(ea)} (digits transposed); "
             f"its {rate:.2f}% is worked on the printed 合计 (on the parts: {pct(ea_parts, aa):.2f}%, still ≥95%, so "
             "the 预算执行率 row's 10 stands); the 年初 and 全年 columns add up")]
    return {"stem": "h358_huoqiu_jiaoyu", "format": "xlsx", "write": write358, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the 一级指标汇总 sheet is an Excel PIVOT TABLE (xl/pivotTables/pivotTable1.xml over "
                      "xl/pivotCache/pivotCacheDefinition1.xml and pivotCacheRecords1.xml, source 自评表!A11:H27): its "
                      "cells are Excel's rendering of the CACHE, “行标签”, “求和项:分值”, “求和项:得分” and “总计” are the "
                      "pivot's captions, not indicators; the cache records are a copy of the rows (16 records, one stale "
                      "score), not more rows; 一级 and 二级 are printed on every row of the 自评表 (no merges: a pivot "
                      "source)",
                      f"预算执行情况: 年初 and 全年 parts add up ({mc(ia)}, {mc(aa)}); {rb:.2f}% and {rp:.2f}% right; all "
                      "under budget; 年初 < 全年 (追加)",
                      "新建改扩建校舍面积 6 × 33800 ÷ 36000 = 5.6333 → 5.63 and 高中阶段毛入学率 6 × 91.6 ÷ 93 = 5.9097 → 5.91 "
                      "(proportion rule, with reasons); 资产管理规范性 and 教育均衡发展机制 −1 with reasons (judgement); "
                      "生均公用经费标准 720 vs ≥720元 (met exactly; a standard, not a budget figure)",
                      f"the pivot's 投入 10, 产出 39.63 and 效益 26.91 equal their rows; 合计 得分 {fmt(total)} = the rows; 优 "
                      "(also on the pivot's stale 96.54)"]}


def write358(rep, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    M = rep["meta"]
    wb = Workbook()
    wb.properties.created = wb.properties.modified = H.A.FIXED
    wb.properties.creator = ""
    ws = wb.active
    ws.title = "自评表"
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    grey = PatternFill("solid", fgColor="D9E1F2")
    f10, f10b, f9 = Font(name="宋体", size=10), Font(name="宋体", size=10, bold=True), Font(name="宋体", size=9)
    for k, wd in enumerate((10, 12, 22, 15, 14, 8, 8, 32)):
        ws.column_dimensions[chr(65 + k)].width = wd

    def put(r, c, v, font=f10, h="center", fmt_=None, fill=None):
        cell = ws.cell(row=r, column=c, value=v)
        cell.font = font
        cell.alignment = Alignment(horizontal=h, vertical="center", wrap_text=True)
        if fmt_:
            cell.number_format = fmt_
        if fill:
            cell.fill = fill
        cell.border = box
        return cell

    ws.cell(row=1, column=1, value=f"{M['dept']}2024年度部门整体支出绩效自评表").font = Font(name="宋体", size=15, bold=True)
    ws.cell(row=1, column=1).alignment = Alignment(horizontal="center")
    ws.merge_cells("A1:H1")
    ws.cell(row=2, column=1, value=f"填报单位：{M['dept']}")
    ws.cell(row=2, column=8, value="金额单位：万元").alignment = Alignment(horizontal="right")
    ws.cell(row=3, column=1, value="一、预算执行情况").font = f10b
    for k, hd in enumerate(["项目", "", "年初预算数", "全年预算数", "全年执行数", "执行率"], 1):
        if hd:
            put(4, k, hd, f10b, fill=grey)
    ws.merge_cells("A4:B4")
    for i, (lab, a, b_, e_, rt) in enumerate(M["bud"]):
        r = 5 + i
        put(r, 1, lab, h="left")
        put(r, 2, "")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        for k, v in enumerate((a, b_, e_)):
            put(r, 3 + k, v, h="right", fmt_="#,##0.00")
        put(r, 6, round(rt / 100, 6), fmt_="0.00%")
    ws.cell(row=9, column=1, value="二、绩效指标完成情况（满分100分）").font = f10b
    hdr = 11
    ws.cell(row=10, column=1, value="（一级指标汇总见“一级指标汇总”表）").font = f9
    for k, hd in enumerate(HEAD358, 1):
        put(hdr, k, hd, f10b, fill=grey)
    for i, x in enumerate(M["ind"]):
        rr = hdr + 1 + i
        for k, v in enumerate(x[:8], 1):
            put(rr, k, v, f9 if k == 8 else f10, h="left" if k in (3, 8) else "center",
                fmt_="0" if k == 6 else ("0.00" if k == 7 else None))
    last = hdr + len(M["ind"])
    r = last + 1
    put(r, 1, "合计", f10b)
    for k in range(2, 6):
        put(r, k, "")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    put(r, 6, 100, f10b, fmt_="0")
    put(r, 7, M["total"], f10b, fmt_="0.00")
    put(r, 8, f"自评等级：{grade(M['total'])}", f10b)
    ws.cell(row=r + 1, column=1, value="说明：预算执行率≥95%得满分；定量指标未达到指标值的按“实际完成值÷指标值×分值”计分；定性指标酌情扣分。"
            + BANDS).font = f9
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=8)
    ws.cell(row=r + 2, column=1, value="填报人：周文静　　审核人：孙立军　　单位负责人：汪志刚　　填报日期：2025年4月22日")
    ws.merge_cells(start_row=r + 2, start_column=1, end_row=r + 2, end_column=8)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    # the pivot's sheet: Excel's rendering of the (stale) cache
    ps = wb.create_sheet("一级指标汇总")
    ps.column_dimensions["A"].width = 12
    ps.column_dimensions["B"].width = 14
    ps.column_dimensions["C"].width = 14
    ps.cell(row=1, column=1, value="2024年度部门整体支出绩效自评一级指标汇总").font = Font(name="宋体", size=12, bold=True)
    bold = Font(bold=True)
    for k, v in enumerate(["行标签", "求和项:分值", "求和项:得分"], 1):
        ps.cell(row=3, column=k, value=v).font = bold
    for i, (n, w, s_) in enumerate(M["piv"]):
        ps.cell(row=4 + i, column=1, value=n)
        ps.cell(row=4 + i, column=2, value=w)
        ps.cell(row=4 + i, column=3, value=s_)
    n = len(M["piv"])
    ps.cell(row=4 + n, column=1, value="总计").font = bold
    ps.cell(row=4 + n, column=2, value=s2(M["piv"], 1)).font = bold
    ps.cell(row=4 + n, column=3, value=s2(M["piv"], 2)).font = bold
    wb.save(path)
    add_pivot358(path, M, f"A{hdr}:H{last}", f"A3:C{4 + n}")
    H.A.normalize_zip(path)


def add_pivot358(path, M, src_ref, loc):
    """adds the pivot cache (definition + records, the stale scores) and the pivot table on sheet 2 to the saved XLSX"""
    NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    RNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    PR = "http://schemas.openxmlformats.org/package/2006/relationships"
    ind, stale = M["ind"], M["stale"]
    l1 = []
    for x in ind:
        if x[0] not in l1:
            l1.append(x[0])
    fields = []
    for k, name in enumerate(HEAD358):
        if k == 0:
            items = "".join(f'<s v="{esc(v)}"/>' for v in l1)
            fields.append(f'<cacheField name="{name}" numFmtId="0"><sharedItems count="{len(l1)}">{items}</sharedItems>'
                          f'</cacheField>')
        elif k in (5, 6):
            vals = [x[5] for x in ind] if k == 5 else stale
            fields.append(f'<cacheField name="{name}" numFmtId="0"><sharedItems containsSemiMixedTypes="0" '
                          f'containsString="0" containsNumber="1" minValue="{fmt(min(vals))}" '
                          f'maxValue="{fmt(max(vals))}"/></cacheField>')
        else:
            blank = ' containsBlank="1"' if k == 7 else ""
            fields.append(f'<cacheField name="{name}" numFmtId="0"><sharedItems{blank}/></cacheField>')
    recs = []
    for x, sv in zip(ind, stale):
        cells = [f'<x v="{l1.index(x[0])}"/>'] + [f'<s v="{esc(v)}"/>' for v in x[1:5]] + \
                [f'<n v="{fmt(x[5])}"/>', f'<n v="{fmt(sv)}"/>', f'<s v="{esc(x[7])}"/>' if x[7] else "<m/>"]
        recs.append("<r>" + "".join(cells) + "</r>")
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    cdef = (f'{head}<pivotCacheDefinition xmlns="{NS}" xmlns:r="{RNS}" r:id="rId1" refreshedBy="周文静" '
            f'refreshedDate="45398.4375" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" '
            f'recordCount="{len(ind)}"><cacheSource type="worksheet"><worksheetSource ref="{src_ref}" sheet="自评表"/>'
            f'</cacheSource><cacheFields count="{len(HEAD358)}">{"".join(fields)}</cacheFields></pivotCacheDefinition>')
    crec = f'{head}<pivotCacheRecords xmlns="{NS}" xmlns:r="{RNS}" count="{len(ind)}">{"".join(recs)}</pivotCacheRecords>'
    pf = []
    for k in range(len(HEAD358)):
        if k == 0:
            its = "".join(f'<item x="{i}"/>' for i in range(len(l1)))
            pf.append(f'<pivotField axis="axisRow" showAll="0"><items count="{len(l1) + 1}">{its}<item t="default"/>'
                      f'</items></pivotField>')
        elif k in (5, 6):
            pf.append('<pivotField dataField="1" showAll="0"/>')
        else:
            pf.append('<pivotField showAll="0"/>')
    rows = "".join(f'<i><x v="{i}"/></i>' if i else "<i><x/></i>" for i in range(len(l1)))
    ptab = (f'{head}<pivotTableDefinition xmlns="{NS}" name="数据透视表1" cacheId="1" applyNumberFormats="0" '
            f'applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" '
            f'applyWidthHeightFormats="1" dataCaption="值" updatedVersion="6" minRefreshableVersion="3" '
            f'useAutoFormatting="1" itemPrintTitles="1" createdVersion="6" indent="0" outline="1" outlineData="1" '
            f'multipleFieldFilters="0"><location ref="{loc}" firstHeaderRow="0" firstDataRow="1" firstDataCol="1"/>'
            f'<pivotFields count="{len(HEAD358)}">{"".join(pf)}</pivotFields><rowFields count="1"><field x="0"/>'
            f'</rowFields><rowItems count="{len(l1) + 1}">{rows}<i t="grand"><x/></i></rowItems><colFields count="1">'
            f'<field x="-2"/></colFields><colItems count="2"><i><x/></i><i i="1"><x v="1"/></i></colItems>'
            f'<dataFields count="2"><dataField name="求和项:分值" fld="5" baseField="0" baseItem="0"/>'
            f'<dataField name="求和项:得分" fld="6" baseField="0" baseItem="0"/></dataFields>'
            f'<pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" '
            f'showColStripes="0" showLastColumn="1"/></pivotTableDefinition>')

    def rels(*items):
        return (f'{head}<Relationships xmlns="{PR}">' + "".join(
            f'<Relationship Id="{i}" Type="{RNS}/{t}" Target="{tg}"/>' for i, t, tg in items) + "</Relationships>")
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    ct = parts["[Content_Types].xml"].decode("utf-8")
    add = "".join(f'<Override PartName="{pn}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
                  f'{t}+xml"/>' for pn, t in (("/xl/pivotCache/pivotCacheDefinition1.xml", "pivotCacheDefinition"),
                                               ("/xl/pivotCache/pivotCacheRecords1.xml", "pivotCacheRecords"),
                                               ("/xl/pivotTables/pivotTable1.xml", "pivotTable")))
    parts["[Content_Types].xml"] = ct.replace("</Types>", add + "</Types>").encode("utf-8")
    wbx = parts["xl/workbook.xml"].decode("utf-8")
    assert "<pivotCaches" not in wbx and "</workbook>" in wbx
    pc = '<pivotCaches><pivotCache cacheId="1" r:id="rIdPivot1"/></pivotCaches>'
    m = re.search(r"<calcPr[^>]*/>", wbx)
    wbx = wbx[:m.end()] + pc + wbx[m.end():] if m else wbx.replace("</workbook>", pc + "</workbook>")
    if "xmlns:r=" not in wbx[:wbx.index(">", wbx.index("<workbook"))]:
        wbx = wbx.replace("<workbook ", f'<workbook xmlns:r="{RNS}" ', 1)
    parts["xl/workbook.xml"] = wbx.encode("utf-8")
    wr = parts["xl/_rels/workbook.xml.rels"].decode("utf-8")
    parts["xl/_rels/workbook.xml.rels"] = wr.replace("</Relationships>", f'<Relationship Id="rIdPivot1" Type="{RNS}/'
                                                     'pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/>'
                                                     "</Relationships>").encode("utf-8")
    assert "xl/worksheets/_rels/sheet2.xml.rels" not in parts
    parts["xl/worksheets/_rels/sheet2.xml.rels"] = rels(("rId1", "pivotTable", "../pivotTables/pivotTable1.xml")).encode()
    parts["xl/pivotTables/pivotTable1.xml"] = ptab.encode("utf-8")
    parts["xl/pivotTables/_rels/pivotTable1.xml.rels"] = rels(
        ("rId1", "pivotCacheDefinition", "../pivotCache/pivotCacheDefinition1.xml")).encode()
    parts["xl/pivotCache/pivotCacheDefinition1.xml"] = cdef.encode("utf-8")
    parts["xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels"] = rels(
        ("rId1", "pivotCacheRecords", "pivotCacheRecords1.xml")).encode()
    parts["xl/pivotCache/pivotCacheRecords1.xml"] = crec.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)


ALL.append(h358())


def main(argv):
    round_main(argv, ALL, "60")


if __name__ == "__main__":
    main(sys.argv[1:])
