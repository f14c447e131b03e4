#!/usr/bin/python3
"""Round 59 (h349–h353): layouts and file features not used before, each with PLANTED audit problems, made apart from
the code by the corpus59 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report
whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports59.py [h349 …]
(needs python-docx, openpyxl and reportlab; the ODS and the HTML are written by hand:
h349 a DOCX 项目 form whose CHECK BOXES are Word SYMBOL characters (w:sym w:font="Wingdings 2", F052 a ticked box,
F0A3 an empty one), as Word's Insert → Symbol puts them: the 自评等级 line “☑优 □良 □中 □差”, the 项目类型 line and a
是否达到指标值 column “☑是 □否” in every indicator row; the grade exists only as which box is ticked;
h350 an ODS 部门整体 form of a school written as LibreOffice saves it, whose indicator rows give 权重 and 得分 as
PERCENTAGES OF THEIR 一级's SCORE (the 三级 weights within each 一级 adding to 100%), the 一级's 分值 and 得分 in points
printed once in merged cells beside the group;
h351 a PDF 部门整体 form of a township printed from Excel WITH ROW AND COLUMN HEADINGS (“打印行号列标”) and gridlines:
the column letters A–I across the top and the sheet's row numbers down the left of every page, the header row repeated
on page 2 as a print title WITH ITS OWN ROW NUMBER (14) above row 30;
h352 an XLSX 项目 form whose signs, units and dates are CUSTOM NUMBER FORMATS: the cells hold bare numbers (20000, 0.95,
45437) and the formats print “≥20000亩”, “≥95%”, “≤150元/亩”, “2024年5月22日”;
h353 a district portal's HTML 部门整体 self-evaluation report whose indicator results sit in a collapsible ACCORDION:
one <details> per 一级 with its <summary> giving 分值 and 得分, only the first open, the rows' tables inside.)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因 …).
"""
import datetime
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
         "反向指标（“≤”）按“年度指标值÷实际完成值×分值”计分；3.时效指标按期完成的得满分，延期完成的得分值的50%；4.定性指标根据完成"
         "情况酌情扣分；5.")


# ============================================================ h349 涞水县卫生健康局 / 涞水县医院 (DOCX, Wingdings CHECK BOXES)

# Word's Insert → Symbol check boxes: the font Wingdings 2, F052 the ticked box (☑), F0A3 the empty box (□); in the text
# below “☑” and “□” stand for them and are written as w:sym, never as the Unicode characters
SYM = {"☑": "F052", "□": "F0A3"}


def h349():
    dept, unit = "涞水县卫生健康局", "涞水县医院"
    project = "2024年涞水县医院急诊急救能力提升项目"
    # (来源, 年初预算数, 全年预算数, 全年执行数)
    src = [("其中：中央补助资金", 500.00, 500.00, 486.20), ("　　　省级补助资金", 300.00, 360.00, 342.50),
           ("　　　县级财政资金", 200.00, 200.00, 174.91)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    assert (ia, aa, ea, rate) == (1000.00, 1060.00, 1003.61, 94.68), (ia, aa, ea, rate)
    src_rates = [pct(x[3], x[2]) for x in src]
    assert src_rates == [97.24, 95.14, 87.46], src_rates
    no_half(rate / 10, "fund score")
    fs = r2(rate / 10)
    assert fs == 9.47
    fs_printed = 9.74  # PLANT BUDGET_ROW_SCORE: 年度资金总额 94.68% × 10 = 9.468 → 9.47, printed 9.74
    react_score = 5  # PLANT TARGET_MISSED_FULL_MARKS: 院前急救平均反应时间 13.5分钟 against ≤12分钟, full 5, “☑是”
    assert P(12, 13.5, 5) == 4.44
    # (一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因, 是否达到 — as ticked)
    ind = [("产出指标", "数量指标", "购置急诊急救设备", "≥32台（套）", "32台（套）", 6, 6, "", True),
           ("产出指标", "数量指标", "配置负压救护车", "≥3辆", "2辆", 5, P(2, 3, 5),
            "1辆负压救护车因厂家产能不足延期交付，2025年1月到位；按完成比例计分", False),
           ("产出指标", "数量指标", "胸痛中心、卒中中心建设", "2个", "2个", 5, 5, "", True),
           ("产出指标", "数量指标", "急诊急救人员培训", "≥400人次", "352人次", 5, P(352, 400, 5),
            "2期培训与院内等级评审冲突，延至2025年；按完成比例计分", False),
           ("产出指标", "数量指标", "院前急救网络覆盖乡镇", "≥15个", "14个", 5, P(14, 15, 5),
            "九龙镇急救站点选址调整，未建成；按完成比例计分", False),
           ("产出指标", "质量指标", "设备验收合格率", "100%", "100%", 5, 5, "", True),
           ("产出指标", "质量指标", "急救设备完好率", "≥95%", "97.6%", 5, 5, "", True),
           ("产出指标", "时效指标", "设备安装调试完成时间", "2024年10月31日前", "2024年12月20日", 4, 2,
            "CT及DSA机房改造工程延期，设备安装调试推迟；延期完成，得分值的50%", False),
           ("产出指标", "时效指标", "院前急救平均反应时间", "≤12分钟", "13.5分钟", 5, react_score, "", True),
           ("产出指标", "成本指标", "设备采购节支率", "≥3%", "1.8%", 4, P(1.8, 3, 4),
            "部分进口设备汇率上涨，采购价格高于预期；按完成比例计分", False),
           ("效益指标", "社会效益指标", "急诊抢救成功率", "≥95%", "91.2%", 6, P(91.2, 95, 6),
            "危重症患者构成比上升；按完成比例计分", False),
           ("效益指标", "社会效益指标", "县域内急危重症转诊率", "≤15%", "12.8%", 5, 5, "", True),
           ("效益指标", "社会效益指标", "胸痛患者D-to-B时间", "≤90分钟", "98分钟", 5, r2(5 * 90 / 98),
            "导管室夜间值班人员不足；按反向指标计分", False),
           ("效益指标", "社会效益指标", "急诊患者平均滞留时间", "≤6小时", "7.5小时", 5, r2(5 * 6 / 7.5),
            "住院床位紧张，急诊患者收治入院等待时间较长；按反向指标计分", False),
           ("效益指标", "社会效益指标", "急救知识普及培训群众", "≥5000人次", "3860人次", 5, P(3860, 5000, 5),
            "进村入户培训受农忙影响；按完成比例计分", False),
           ("效益指标", "可持续影响指标", "急诊急救长效运行机制", "健全", "尚未健全", 5, 3,
            "院前院内一体化信息平台尚未建成，乡镇急救站点运行经费未纳入常态化保障", False),
           ("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%", "84.6%", 6, P(84.6, 90, 6),
            "急诊候诊时间偏长；按完成比例计分", False),
           ("满意度指标", "服务对象满意度指标", "医务人员满意度", "≥85%", "78.2%", 4, P(78.2, 85, 4),
            "急诊科医护人员夜班负荷较重；按完成比例计分", False)]
    assert [x[6] for x in ind if x[7]] == [3.33, 4.4, 4.67, 2, 2.4, 5.76, 4.59, 4, 3.86, 3, 5.64, 3.68]
    assert len(ind) == 18 and s2(ind, 5) == 90
    total = r2(fs_printed + s2(ind, 6))
    assert total == 88.07, total
    grade_ticked = "优"  # PLANT GRADE_OUTSIDE_BANDS: 88.07 is 良 on the printed bands; the ticked box is 优
    assert grade(total) == "良" and grade(r2(total - fs_printed + fs - 5 + 4.44)) == "良"
    fund = (None, None, "年度资金总额", None, f"{rate:.2f}%", 10, fs_printed, "")
    g = gold(None, dept, 2024, "COUNTY", "河北省", "SELF_EVALUATION", None, total, 100, grade_ticked,
             budget(ia, aa, ea, rate), [], grows([fund] + [x[:8] for x in ind]))
    g = with_project(g, project, unit)
    plan = ("购置急诊急救设备32台（套），配置负压救护车3辆，建成胸痛中心、卒中中心，培训急诊急救人员400人次以上，院前急救网络覆盖全县15个"
            "乡镇；院前急救平均反应时间控制在12分钟以内，急诊抢救成功率95%以上，患者满意度90%以上。")
    done = ("购置急诊急救设备32台（套），配置负压救护车2辆，建成胸痛中心、卒中中心，培训急诊急救人员352人次，院前急救网络覆盖14个乡镇；"
            "院前急救平均反应时间13.5分钟，急诊抢救成功率91.2%，患者满意度84.6%。")
    bands = "90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”"
    meta = dict(dept=dept, unit=unit, project=project, ind=ind, total=total, src=src, src_rates=src_rates, ia=ia,
                aa=aa, ea=ea, rate=rate, fs=fs_printed, plan=plan, done=done, grade=grade_ticked, bands=bands)
    fnd = [F("BUDGET_ROW_SCORE", "年度资金总额",
             f"年度资金总额 | {mc(ia)} | {mc(aa)} | {mc(ea)} | 10 | {rate:.2f}% | {fmt(fs_printed)}", fmt(fs_printed),
             fmt(fs), "HIGH", "ERROR",
             f"the 说明 makes the fund line's score 执行率 × 分值: {rate:.2f}% × 10 = 9.468 → {fmt(fs)}; the form prints "
             f"{fmt(fs_printed)} (digits swapped) and the 总分 {fmt(total)} adds the printed figure (on the rule: "
             f"{fmt(r2(total - fs_printed + fs))})"),
           F("TARGET_MISSED_FULL_MARKS", "院前急救平均反应时间",
             "院前急救平均反应时间 | ≤12分钟 | 13.5分钟 | ☑是 □否 | 5 | 5", "5", "< 5", "HIGH", "WARNING",
             "13.5分钟 is over the ≤12分钟 ceiling (the 实际完成情况 says 13.5分钟 too), yet the row ticks “是” in 是否达到指标值 "
             "and scores the full 5 with no 偏差原因; the 说明's rule for a “≤” indicator gives 5 × 12 ÷ 13.5 = 4.44"),
           F("GRADE_OUTSIDE_BANDS", "自评等级",
             f"总分 | 100 | {fmt(total)} / 自评等级：☑优 □良 □中 □差 / 等级划分：{bands}", grade_ticked, "良", "HIGH",
             "ERROR",
             f"the ticked box is 优 (Wingdings 2 F052; the other three are empty boxes F0A3), but the 总分 {fmt(total)} "
             f"is below 90: 良 on the form's own bands (80分（含）至90分); it stays 良 with the other two findings "
             f"corrected ({fmt(r2(total - fs_printed + fs - 5 + 4.44))})")]
    return {"stem": "h349_laishui_weijian", "format": "docx", "write": write349, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the CHECK BOXES are Word SYMBOL characters, not text: w:sym w:font=\"Wingdings 2\" with w:char F052 "
                      "(a ticked box ☑) or F0A3 (an empty box □), as Insert → Symbol puts them; a text reader sees "
                      "nothing or private-use characters (U+F052 / U+F0A3) where the boxes are; the grade exists only "
                      "as the ticked box of “☑优 □良 □中 □差”, the 项目类型 as “□常年性项目 ☑一次性项目”, and each row's "
                      "是否达到指标值 as “☑是 □否” / “□是 ☑否” (a column the gold has no field for)",
                      f"funds: the three sources add up in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {rate:.2f}%, "
                      f"中央 {src_rates[0]:.2f}%, 省级 {src_rates[1]:.2f}%, 县级 {src_rates[2]:.2f}% right; all under "
                      "budget; 年初 < 全年 (省级 追加)",
                      "twelve rows below target scored by the printed rules, each with a reason and “□是 ☑否”: 负压救护车 "
                      "3.33, 人员培训 4.4, 网络覆盖 4.67, 节支率 2.4, 抢救成功率 5.76, 患者满意度 5.64, 医务人员满意度 "
                      "3.68, 急救知识普及 3.86 (proportion); D-to-B 5 × 90 ÷ 98 = 4.59 and 滞留时间 5 × 6 ÷ 7.5 = 4 (the "
                      "“≤” rule); 设备安装调试 2 (延期完成, 50% of 4); 长效运行机制 −2 (judgement)",
                      "购置急诊急救设备 32 vs ≥32台（套） and 胸痛中心、卒中中心建设 2 vs 2个 (met exactly); 转诊率 12.8% vs "
                      "≤15% (a ceiling, met)",
                      f"总分 {fmt(total)} = {fmt(fs_printed)} + the 18 rows as printed (the full 5 included); the ticked "
                      "优 is the GRADE finding, not a reading problem"]}


def sym_fill(p, text, size=9, bold=False):
    """appends text to the python-docx paragraph p as runs, every “☑” / “□” as a Wingdings 2 w:sym run"""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def run_el():
        r = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        if bold:
            rpr.append(OxmlElement("w:b"))
        for tag in ("w:sz", "w:szCs"):
            s = OxmlElement(tag)
            s.set(qn("w:val"), str(int(round(size * 2))))
            rpr.append(s)
        r.append(rpr)
        return r
    for part in re.split(r"([☑□])", text):
        if not part:
            continue
        r = run_el()
        if part in SYM:
            sym = OxmlElement("w:sym")
            sym.set(qn("w:font"), "Wingdings 2")
            sym.set(qn("w:char"), SYM[part])
            r.append(sym)
        else:
            te = OxmlElement("w:t")
            te.text = part
            if part != part.strip():
                te.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            r.append(te)
        p._p.append(r)
    return p


def write349(rep, path):
    from docx.enum.table import WD_ALIGN_VERTICAL, WD_ROW_HEIGHT_RULE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt
    from reports34 import new_doc
    from reports36_common import grid
    M = rep["meta"]
    doc = new_doc(landscape=True)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Mm(15)
    sec.top_margin = sec.bottom_margin = Mm(15)

    def sp(text, bold=False, size=10.5, center=False, after=0):
        p = doc.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(after)
        return sym_fill(p, text, size=size, bold=bold)

    sp("项目支出绩效自评表", bold=True, size=16, center=True, after=2)
    sp("（2024年度）", center=True, after=4)
    sp("填报单位（盖章）：" + M["unit"] + "　" * 40 + "金额单位：万元", size=10, after=2)
    ind = M["ind"]
    widths = [18, 22, 46, 28, 28, 22, 13, 13, 77]
    n = 3 + 1 + 1 + len(M["src"]) + 2 + 1 + len(ind) + 2
    t = grid(doc, n, widths)
    for row_ in t.rows:
        row_.height = Mm(6.5)
        row_.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST

    def put(r, c, text, align="c", bold=False, size=9, to=None):
        cell = t.cell(r, c)
        if to is not None and to != c:
            cell = cell.merge(t.cell(r, to))
        cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
        p = cell.paragraphs[0]
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT,
                       "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
        sym_fill(p, text, size=size, bold=bold)
        return cell

    put(0, 0, "项目名称", bold=True, to=1)
    put(0, 2, M["project"], "l", to=8)
    put(1, 0, "主管部门", bold=True, to=1)
    put(1, 2, M["dept"], "l", to=4)
    put(1, 5, "实施单位", bold=True)
    put(1, 6, M["unit"], "l", to=8)
    put(2, 0, "项目类型", bold=True, to=1)
    put(2, 2, "□常年性项目　☑一次性项目", "l", to=4)
    put(2, 5, "评价方式", bold=True)
    put(2, 6, "☑单位自评　□部门评价　□第三方评价", "l", to=8)
    for k, h, to in ((0, "项目资金（万元）", 2), (3, "年初预算数", None), (4, "全年预算数", None), (5, "全年执行数", None),
                     (6, "分值", None), (7, "执行率", None), (8, "得分", None)):
        put(3, k, h, bold=True, to=to)
    fund = [("年度资金总额", M["ia"], M["aa"], M["ea"], "10", f"{M['rate']:.2f}%", fmt(M["fs"]))]
    fund += [(lab, a, b_, e_, "—", f"{rt:.2f}%", "—") for (lab, a, b_, e_), rt in zip(M["src"], M["src_rates"])]
    for i, (lab, a, b_, e_, w, rt, s) in enumerate(fund):
        r = 4 + i
        put(r, 0, lab, "l", to=2)
        for k, v in enumerate((a, b_, e_)):
            put(r, 3 + k, mc(v), "r")
        put(r, 6, w)
        put(r, 7, rt)
        put(r, 8, s)
    r = 4 + len(fund)
    t.cell(r, 0).merge(t.cell(r + 1, 0))
    put(r, 0, "年度总体目标", bold=True)
    put(r, 1, "预期目标", bold=True)
    put(r, 2, M["plan"], "l", to=8)
    put(r + 1, 1, "实际完成情况", bold=True)
    put(r + 1, 2, M["done"], "l", to=8)
    r += 2
    for k, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "是否达到指标值", "分值", "得分",
                           "偏差原因分析及改进措施"]):
        put(r, k, h, bold=True)
    r0 = r + 1
    for i, x in enumerate(ind):
        rr = r0 + i
        put(rr, 2, x[2], "l")
        put(rr, 3, x[3])
        put(rr, 4, x[4])
        put(rr, 5, "☑是 □否" if x[8] else "□是 ☑否")
        put(rr, 6, fmt(x[5]))
        put(rr, 7, fmt(x[6]))
        put(rr, 8, x[7], "l", size=8)
    for col in (0, 1):
        for a, b in spans(ind, col):
            cell = t.cell(r0 + a, col)
            if b > a:
                cell.merge(t.cell(r0 + b, col))
            put(r0 + a, col, ind[a][col])
    r = r0 + len(ind)
    put(r, 0, "总分", bold=True, to=5)
    put(r, 6, "100", bold=True)
    put(r, 7, fmt(M["total"]), bold=True)
    put(r, 8, "", "l")
    put(r + 1, 0, "自评等级", bold=True, to=1)
    boxes = "　".join(("☑" if gname == M["grade"] else "□") + gname for gname in ("优", "良", "中", "差"))
    put(r + 1, 2, boxes, "l", size=10, to=4)
    put(r + 1, 5, "等级划分：" + M["bands"] + "。", "l", size=8, to=8)
    sp(RULES + "“是否达到指标值”栏在对应方框内打“√”。", size=9)
    sp("填报人：刘佳琪　　审核人：高振宇　　单位负责人：张文海　　联系电话：0312-4521367　　填报日期：2025年4月10日", size=10)
    doc.save(path)
    H.A.normalize_zip(path)


ALL.append(h349())


# ============================================================ h350 桂林市临桂区实验中学 (ODS, weights as PERCENTAGES of the 一级)

L1W350 = {"投入": 20, "过程": 20, "产出": 40, "效益": 20}


def h350():
    dept = "桂林市临桂区实验中学"
    bb, bp = (2860.40, 2918.65, 2905.12), (420.00, 586.30, 552.48)
    ia, aa, ea = (r2(bb[k] + bp[k]) for k in range(3))
    rate, rb, rp = pct(ea, aa), pct(bb[2], bb[1]), pct(bp[2], bp[1])
    assert (ia, aa, ea, rate, rb, rp) == (3280.40, 3504.95, 3457.60, 98.65, 99.54, 94.23), (ia, aa, ea, rate, rb, rp)
    visit_score = 17.5  # PLANT ROW_SCORE_OVER_WEIGHT: 家校共育活动 得分 17.5% of 效益 against its 权重 15% (3.5 of 3 points)
    parent_score = 12  # PLANT TARGET_MET_POINTS_LOST: 家长满意度 93.7% meets ≥90%, 得分 12% against 权重 15%, no reason
    # (一级, 二级, 三级, 指标值, 完成值, 权重%, 得分%, 偏差原因) — 权重 and 得分 in % of the 一级's 分值
    pc = [("投入", "目标设定", "绩效目标合理性", "合理", "合理", 25, 25, ""),
          ("投入", "目标设定", "绩效指标明确性", "明确", "基本明确", 25, 20, "部分教学质量类指标未细化到年级、学科"),
          ("投入", "预算配置", "在职人员控制率", "≤100%", "96.8%", 25, 25, ""),
          ("投入", "预算配置", "“三公”经费变动率", "≤0", "-12.5%", 25, 25, ""),
          ("过程", "资金管理", "预算执行率", "≥95%", f"{rate:.2f}%", 30, 30, ""),
          ("过程", "资金管理", "资金使用合规性", "合规", "合规", 20, 20, ""),
          ("过程", "组织实施", "管理制度健全性", "健全", "健全", 20, 20, ""),
          ("过程", "组织实施", "资产管理规范性", "规范", "基本规范", 15, 10, "部分教学设备报废处置未及时办理"),
          ("过程", "组织实施", "政府采购规范性", "规范", "规范", 15, 15, ""),
          ("产出", "数量指标", "在校学生人数", "≥2800人", "2856人", 10, 10, ""),
          ("产出", "数量指标", "教师培训", "≥600人次", "642人次", 10, 10, ""),
          ("产出", "数量指标", "新增多媒体教室", "≥24间", "24间", 10, 10, ""),
          ("产出", "数量指标", "课后服务学生参与率", "≥90%", "93.6%", 15, 15, ""),
          ("产出", "质量指标", "学业水平考试合格率", "≥95%", "96.4%", 15, 15, ""),
          ("产出", "质量指标", "学生体质健康测试达标率", "≥92%", "90.3%", 10, 9.8,
           "部分学生肥胖、近视问题较突出；按完成比例计分"),
          ("产出", "质量指标", "教学安全责任事故", "0起", "0起", 10, 10, ""),
          ("产出", "时效指标", "校舍维修工程完工时间", "2024年8月25日前", "2024年8月20日", 10, 10, ""),
          ("产出", "成本指标", "校舍维修单位面积成本", "≤380元/平方米", "362元/平方米", 10, 10, ""),
          ("效益", "社会效益指标", "学生综合素质评价良好率", "≥90%", "92.5%", 20, 20, ""),
          ("效益", "社会效益指标", "中考总平均分全区排名", "前3名", "第2名", 20, 20, ""),
          ("效益", "社会效益指标", "家校共育活动", "≥12次", "14次", 15, visit_score, ""),
          ("效益", "可持续影响指标", "教师队伍稳定率", "≥95%", "97.2%", 15, 15, ""),
          ("效益", "满意度指标", "学生满意度", "≥90%", "94.1%", 15, 15, ""),
          ("效益", "满意度指标", "家长满意度", "≥90%", "93.7%", 15, parent_score, "")]
    assert round(10 * 90.3 / 92, 1) == 9.8  # the proportion rule in % of the 一级, printed to one decimal (9.815%)
    names = list(L1W350)
    for n in names:
        assert round(sum(x[5] for x in pc if x[0] == n), 6) == 100, n
    ind = [x[:5] + (r2(L1W350[x[0]] * x[5] / 100), r2(L1W350[x[0]] * x[6] / 100), x[7]) for x in pc]
    assert [x[5] for x in ind[18:]] == [4, 4, 3, 3, 3, 3] and (ind[20][6], ind[23][6]) == (3.5, 2.4)
    assert len(ind) == 24 and s2(ind, 5) == 100
    sec = secs(ind, names)
    assert sec == [("投入", 20, 19), ("过程", 20, 19), ("产出", 40, 39.92), ("效益", 20, 19.9)], sec
    total = s2(ind, 6)
    assert total == 97.82, total
    sec_printed = [list(x) for x in sec]
    sec_printed[2][2] = 39.29  # PLANT SECTION_VS_ROWS: 产出 一级指标得分 39.29; 40 × 99.8% (its nine rows) = 39.92
    g = gold(None, dept, 2024, "COUNTY", "广西壮族自治区", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ia, aa, ea, rate, bb[1], bb[2], bp[1], bp[2]), sec_printed, grows(ind))
    meta = dict(dept=dept, pc=pc, sec=sec_printed, total=total, rate=rate,
                bud=[("合计", ia, aa, ea, rate), ("其中：基本支出", *bb, rb), ("　　　项目支出", *bp, rp)])
    fnd = [F("SECTION_VS_ROWS", "产出", "产出 | … | 40 | 39.29 (一级指标分值 | 一级指标得分, beside rows whose 得分（%） are "
             "10, 10, 10, 15, 15, 9.8, 10, 10, 10)", "39.29", "39.92", "HIGH", "ERROR",
             "the note under the table makes a 一级's score its 分值 × the sum of its rows' 得分（%）: 40 × (10 + 10 + 10 + 15 + "
             "15 + 9.8 + 10 + 10 + 10)% = 40 × 99.8% = 39.92, printed 39.29 (digits transposed); the 合计 97.82 is worked "
             "on the rows (19 + 19 + 39.92 + 19.9), so the four printed 一级 scores add to 97.19, not to it; one slip"),
           F("ROW_SCORE_OVER_WEIGHT", "家校共育活动", "效益 | 社会效益指标 | 家校共育活动 | ≥12次 | 14次 | 15.0% | 17.5%",
             "17.5%", "≤ 15%", "HIGH", "ERROR",
             "the row's 得分（%） 17.5% is over its own 权重 15% (3.5 of 3 points of 效益's 20): the 说明 pays a met target its "
             "full 权重 and has no bonus for exceeding it (14 of ≥12次); with the row at 15% 效益's 得分 would be 19.4 "
             "(97%) and the 合计 97.32"),
           F("TARGET_MET_POINTS_LOST", "家长满意度", "效益 | 满意度指标 | 家长满意度 | ≥90% | 93.7% | 15.0% | 12.0%",
             "12%", "15%", "HIGH", "WARNING",
             "93.7% meets the ≥90% target, yet the row is given 12% of 效益 for its 权重 15% (2.4 of 3 points) with no "
             "偏差原因; the 说明 pays a met quantitative target its full 权重")]
    return {"stem": "h350_lingui_shiyanzhongxue", "format": "ods", "write": write350, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the 三级 rows give 权重（%） and 得分（%） as PERCENTAGES OF THEIR 一级's 分值 (the weights within each 一级 "
                      "adding to 100%), not points: 投入 and 过程 20, 产出 40, 效益 20; a row's points are the 一级's 分值 × its "
                      "percentage (教师培训 10% of 40 = 4; 家校共育活动 15% of 20 = 3); the 一级's 分值 and 得分 in points are "
                      "printed ONCE in merged cells (H, I) beside the group; adding the rows' percentages across the table "
                      "(400%) is not a weight total",
                      f"预算执行情况: 基本 + 项目 = 合计 in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {rate:.2f}%, "
                      f"{rb:.2f}% and {rp:.2f}% right; all under budget; 年初 < 全年 (追加); 预算执行率 {rate:.2f}% meets "
                      "≥95% (full 30%)",
                      "学生体质健康测试达标率 10% × 90.3 ÷ 92 = 9.815% printed 9.8% (the proportion rule, one decimal; 3.92 "
                      "points), with a reason; 绩效指标明确性 20% of 25% and 资产管理规范性 10% of 15% with reasons "
                      "(judgement); 新增多媒体教室 24 vs ≥24间 (met exactly); 教学安全责任事故 0 vs 0起 (met); 在职人员控制率 "
                      "96.8% vs ≤100%, “三公”经费变动率 −12.5% vs ≤0 and 单位面积成本 362 vs ≤380元/平方米 (ceilings, met); "
                      "中考排名 第2名 vs 前3名 (met)",
                      "投入 19 (95% of 20), 过程 19 (95% of 20) and 效益 19.9 (99.5% of 20, the over-weight row in it) are "
                      f"their rows; 合计 100 | {fmt(total)} = the 24 rows in points; 优"]}


def ods_cell(text, vtype="string", value=None, style=None, span=None, rspan=None):
    a = []
    if style:
        a.append(f'table:style-name="{style}"')
    if span and span > 1:
        a.append(f'table:number-columns-spanned="{span}"')
    if rspan and rspan > 1:
        a.append(f'table:number-rows-spanned="{rspan}"')
    if vtype == "float":
        a.append(f'office:value-type="float" office:value="{value}" calcext:value-type="float"')
    elif vtype == "percentage":
        a.append(f'office:value-type="percentage" office:value="{value}" calcext:value-type="percentage"')
    elif text != "":
        a.append('office:value-type="string" calcext:value-type="string"')
    inner = "".join(f"<text:p>{esc(ln)}</text:p>" for ln in text.split("\n")) if text != "" else ""
    return f"<table:table-cell {' '.join(a)}>{inner}</table:table-cell>" if inner else \
        f"<table:table-cell {' '.join(a)}/>"


def write350(rep, path):
    M = rep["meta"]
    NCOL = 10
    rows = []  # (height cm, [cell xml … covering NCOL columns])
    cov = '<table:covered-table-cell/>'

    def line(cells, h="0.6"):
        rows.append((h, cells))

    def full(text, style, h="0.6"):
        line([ods_cell(text, style=style, span=NCOL)] + [cov] * (NCOL - 1), h)
    full("部门整体支出绩效自评表", "ceTitle", "1.0")
    full("（2024年度）", "ceC")
    line([ods_cell(f"填报单位（盖章）：{M['dept']}", style="ceL", span=6)] + [cov] * 5 +
         [ods_cell("金额单位：万元", style="ceR", span=4)] + [cov] * 3)
    full("一、预算执行情况", "ceHL")
    hd = [ods_cell("项目", style="ceH", span=3), cov, cov, ods_cell("年初预算数", style="ceH"),
          ods_cell("全年预算数", style="ceH"), ods_cell("全年执行数", style="ceH"),
          ods_cell("执行率", style="ceH", span=4), cov, cov, cov]
    line(hd)
    for lab, a, b_, x, rt in M["bud"]:
        line([ods_cell(lab, style="ceBL", span=3), cov, cov] +
             [ods_cell(mc(v), "float", v, "ceMoney") for v in (a, b_, x)] +
             [ods_cell(f"{rt:.2f}%", "percentage", round(rt / 100, 6), "cePct2", span=4), cov, cov, cov])
    full("二、绩效指标完成情况", "ceHL")
    line([ods_cell(h, style="ceH") for h in ("一级指标", "二级指标", "三级指标", "指标值", "完成值", "权重（%）", "得分（%）",
                                              "一级指标分值", "一级指标得分", "偏差原因分析")], "1.0")
    pc = M["pc"]
    g1 = {a: b - a + 1 for a, b in spans(pc, 0)}
    g2 = {a: b - a + 1 for a, b in spans(pc, 1)}
    secd = {n: (w, s_) for n, w, s_ in M["sec"]}
    for i, x in enumerate(pc):
        cells = []
        cells.append(ods_cell(x[0], style="ceB", rspan=g1[i]) if i in g1 else cov)
        cells.append(ods_cell(x[1], style="ceB", rspan=g2[i]) if i in g2 else cov)
        cells += [ods_cell(x[2], style="ceBL"), ods_cell(x[3], style="ceB"), ods_cell(x[4], style="ceB"),
                  ods_cell(f"{x[5]:.1f}%", "percentage", round(x[5] / 100, 6), "cePct1"),
                  ods_cell(f"{x[6]:.1f}%", "percentage", round(x[6] / 100, 6), "cePct1")]
        if i in g1:
            w, s_ = secd[x[0]]
            cells += [ods_cell(fmt(w), "float", w, "ceNum", rspan=g1[i]),
                      ods_cell(fmt(s_), "float", s_, "ceNum", rspan=g1[i])]
        else:
            cells += [cov, cov]
        cells.append(ods_cell(x[7], style="ceSmall"))
        line(cells, "0.9" if x[7] else "0.6")
    t = M["total"]
    line([ods_cell("合计", style="ceH", span=5), cov, cov, cov, cov, ods_cell("—", style="ceB"), ods_cell("—", style="ceB"),
          ods_cell("100", "float", 100, "ceNum"), ods_cell(fmt(t), "float", t, "ceNum"),
          ods_cell(f"自评等级：{grade(t)}", style="ceB")])
    full("注：三级指标的权重、得分均为占所属一级指标分值的百分比，各一级指标下三级指标权重之和为100%；一级指标得分＝一级指标分值×该一级指标下"
         "三级指标得分（%）之和，合计得分为各一级指标得分之和。", "ceNote", "0.9")
    full("评分说明：1.定量指标达到指标值的得该指标全部权重，未达到的按“完成值÷指标值×权重”计算得分（%），反向指标（“≤”）不超过指标值的得全部权重；"
         "2.定性指标根据完成情况酌情扣减权重；3." + BANDS, "ceNote", "0.9")
    full("填报人：韦丽萍　　审核人：秦志强　　学校负责人：莫建华　　联系电话：0773-5582316　　填报日期：2025年3月28日", "ceL")
    widths = ["1.8cm", "2.2cm", "4.6cm", "2.6cm", "2.6cm", "1.8cm", "1.8cm", "2.0cm", "2.0cm", "5.2cm"]
    colstyles = "".join(f'<style:style style:name="co{k}" style:family="table-column"><style:table-column-properties '
                        f'fo:break-before="auto" style:column-width="{w}"/></style:style>' for k, w in enumerate(widths))
    rowstyles = "".join(f'<style:style style:name="ro{h.replace(".", "_")}" style:family="table-row">'
                        f'<style:table-row-properties style:row-height="{h}cm" fo:break-before="auto" '
                        f'style:use-optimal-row-height="false"/></style:style>'
                        for h in sorted({h for h, _ in rows}))
    border = 'fo:border="0.06pt solid #000000"'

    def cst(name, align="center", bold=False, size="10pt", b=True, dstyle=None, wrap=True):
        ds = f' style:data-style-name="{dstyle}"' if dstyle else ""
        wr = ' fo:wrap-option="wrap"' if wrap else ""
        bo = ' fo:font-weight="bold" style:font-weight-asian="bold"' if bold else ""
        return (f'<style:style style:name="{name}" style:family="table-cell" style:parent-style-name="Default"{ds}>'
                f'<style:table-cell-properties style:vertical-align="middle" {border if b else ""}'
                f'{wr}/>'
                f'<style:paragraph-properties fo:text-align="{align}"/>'
                f'<style:text-properties fo:font-size="{size}" style:font-name="宋体" style:font-name-asian="宋体"'
                f'{bo}/></style:style>')
    cellstyles = "".join([cst("ceTitle", bold=True, size="16pt", b=False), cst("ceC", b=False),
                          cst("ceL", "start", b=False), cst("ceR", "end", b=False),
                          cst("ceHL", "start", bold=True, b=False), cst("ceH", bold=True), cst("ceB"),
                          cst("ceBL", "start"), cst("ceSmall", "start", size="9pt"),
                          cst("ceNote", "start", size="9pt", b=False),
                          cst("ceMoney", "end", dstyle="N4"), cst("cePct2", dstyle="N10"),
                          cst("cePct1", dstyle="N11"), cst("ceNum", dstyle="N0")])
    datastyles = ('<number:number-style style:name="N0"><number:number number:min-integer-digits="1"/></number:number-style>'
                  '<number:number-style style:name="N4"><number:number number:decimal-places="2" '
                  'number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>'
                  '<number:percentage-style style:name="N10"><number:number number:decimal-places="2" '
                  'number:min-decimal-places="2" number:min-integer-digits="1"/><number:text>%</number:text>'
                  '</number:percentage-style>'
                  '<number:percentage-style style:name="N11"><number:number number:decimal-places="1" '
                  'number:min-decimal-places="1" number:min-integer-digits="1"/><number:text>%</number:text>'
                  '</number:percentage-style>')
    body = []
    for h, cells in rows:
        assert sum(1 for c in cells) == NCOL
        body.append(f'<table:table-row table:style-name="ro{h.replace(".", "_")}">' + "".join(cells) +
                    "</table:table-row>")
    NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"')
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS} office:version="1.3">'
               '<office:font-face-decls><style:font-face style:name="宋体" svg:font-family="宋体" '
               'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>'
               f'<office:automatic-styles>{colstyles}{rowstyles}'
               '<style:style style:name="ta1" style:family="table" style:master-page-name="Default">'
               '<style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>'
               f'{datastyles}{cellstyles}</office:automatic-styles>'
               '<office:body><office:spreadsheet><table:calculation-settings table:automatic-find-labels="false"/>'
               '<table:table table:name="部门整体支出绩效自评表" table:style-name="ta1">'
               + "".join(f'<table:table-column table:style-name="co{k}" table:default-cell-style-name="Default"/>'
                         for k in range(NCOL))
               + "".join(body) + "</table:table></office:spreadsheet></office:body></office:document-content>")
    styles = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {NS} office:version="1.3">'
              '<office:styles><style:default-style style:family="table-cell"><style:text-properties '
              'style:font-name-asian="宋体"/></style:default-style><style:style style:name="Default" '
              'style:family="table-cell"/></office:styles><office:automatic-styles><style:page-layout style:name="pm1">'
              '<style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21.001cm" '
              'style:print-orientation="landscape" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="1.5cm" '
              'fo:margin-right="1.5cm" style:scale-to-X="1" style:scale-to-Y="0"/></style:page-layout>'
              '</office:automatic-styles><office:master-styles><style:master-page style:name="Default" '
              'style:page-layout-name="pm1"/></office:master-styles></office:document-styles>')
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {NS} office:version="1.3"><office:meta>'
            '<meta:creation-date>2025-03-28T10:12:36</meta:creation-date><dc:date>2025-03-28T16:40:05</dc:date>'
            '<meta:editing-cycles>3</meta:editing-cycles><meta:generator>LibreOffice/7.4.7.2$Linux_X86_64 '
            'LibreOffice_project/40$Build-2</meta:generator>'
            '<meta:document-statistic meta:table-count="1"/></office:meta></office:document-meta>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    date = H.A.FIXED.timetuple()[:6]
    with zipfile.ZipFile(path, "w") as z:
        zi = zipfile.ZipInfo("mimetype", date_time=date)
        zi.compress_type = zipfile.ZIP_STORED
        z.writestr(zi, "application/vnd.oasis.opendocument.spreadsheet")
        for name, data in (("content.xml", content), ("styles.xml", styles), ("meta.xml", meta),
                           ("META-INF/manifest.xml", manifest)):
            zi = zipfile.ZipInfo(name, date_time=date)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))


ALL.append(h350())


# ============================================================ h351 于都县银坑镇人民政府 (PDF printed from Excel WITH ROW AND COLUMN HEADINGS)

COLS351 = [46, 62, 128, 84, 84, 40, 40, 150, 70]  # A–I in points as printed
LETTERS = "ABCDEFGHI"


def h351():
    dept = "于都县银坑镇人民政府"
    bb, bp = (612.30, 648.72, 641.05), (1280.00, 1536.40, 1398.27)
    ia, aa, ea = (r2(bb[k] + bp[k]) for k in range(3))
    rate, rb, rp = pct(ea, aa), pct(bb[2], bb[1]), pct(bp[2], bp[1])
    assert (ia, aa, ea, rate, rb, rp) == (1892.30, 2185.12, 2039.32, 93.33, 98.82, 91.01), (ia, aa, ea, rate, rb, rp)
    rb_printed = 98.28  # PLANT EXECUTION_RATE: 基本支出 641.05 ÷ 648.72 = 98.82%, printed 98.28%
    no_half(10 * rate / 100, "预算执行率 10 × rate")
    es = r2(10 * rate / 100)
    assert es == 9.33
    sewer_score = 6  # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: 圩镇污水管网改造 “已完成” at full 6; 2.1 of 3.2公里 built
    # (一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因)
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 3, 3, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "明确", 3, 3, ""),
           ("决策", "预算编制", "预算编制科学性", "科学", "较科学", 4, 3, "年中追加项目较多，年初预算编制不够精准"),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, es, "部分项目工程款待审计结算后支付"),
           ("过程", "预算管理", "“三公”经费控制率", "≤100%", "76.5%", 4, 4, ""),
           ("过程", "预算管理", "资产管理规范性", "规范", "规范", 3, 3, ""),
           ("过程", "预算管理", "政府采购执行率", "100%", "100%", 3, 3, ""),
           ("产出", "重点工作", "圩镇污水管网改造", "完成3.2公里", "已完成", 6, sewer_score, ""),
           ("产出", "重点工作", "高标准农田建设", "≥3000亩", "3120亩", 6, 6, ""),
           ("产出", "重点工作", "脐橙低产园改造", "≥1500亩", "1380亩", 5, P(1380, 1500, 5),
            "部分农户补植苗木推迟至2025年春季；按完成比例计分"),
           ("产出", "重点工作", "农村人居环境整治村", "≥18个", "18个", 5, 5, ""),
           ("产出", "民生保障", "低保资金按时足额发放率", "100%", "100%", 5, 5, ""),
           ("产出", "民生保障", "高龄津贴发放", "≥8600人次", "8712人次", 4, 4, ""),
           ("产出", "民生保障", "乡村道路养护里程", "≥86公里", "86.4公里", 5, 5, ""),
           ("产出", "民生保障", "村级组织运转经费保障标准", "≥12万元/村", "12万元/村", 4, 4, ""),
           ("效益", "社会效益", "农村生活污水治理率", "≥35%", "36.2%", 5, 5, ""),
           ("效益", "经济效益", "农村居民人均可支配收入增长率", "≥7%", "7.4%", 5, 5, ""),
           ("效益", "社会效益", "安全生产事故", "≤1起", "0起", 5, 5, ""),
           ("效益", "生态效益", "森林覆盖率", "≥76%", "76.3%", 5, 5, ""),
           ("效益", "可持续影响", "基层治理长效机制", "健全", "基本健全", 4, 3, "部分村综治中心人员不足，网格员待遇保障不到位"),
           ("效益", "满意度", "群众满意度", "≥90%", "92.8%", 6, 6, "")]
    assert P(1380, 1500, 5) == 4.6
    assert len(ind) == 21 and s2(ind, 5) == 100
    rows_total = s2(ind, 6)
    assert rows_total == 96.93, rows_total
    total_printed = 96.39  # PLANT TOTAL_VS_ROWS: 合计 得分 96.39; the 21 rows add to 96.93
    g = gold(None, dept, 2024, "COUNTY", "江西省", "SELF_EVALUATION", None, total_printed, 100, grade(total_printed),
             budget(ia, aa, ea, rate, bb[1], bb[2], bp[1], bp[2]), [], grows(ind))
    plan = ("完成圩镇污水管网改造3.2公里，建设高标准农田3000亩、脐橙低产园改造1500亩，整治农村人居环境村18个，养护乡村道路86公里；"
            "保障低保、高龄津贴按时足额发放，农村居民人均可支配收入增长7%以上，群众满意度90%以上。")
    done = ("圩镇污水管网改造完成管网铺设2.1公里，建成高标准农田3120亩，改造脐橙低产园1380亩，整治农村人居环境村18个，养护乡村道路"
            "86.4公里；低保资金按时足额发放，发放高龄津贴8712人次，农村居民人均可支配收入增长7.4%，群众满意度92.8%。")
    issues = ("一是圩镇污水管网改造工程受雨季和征地协调影响，年底仅完成管网铺设2.1公里（计划3.2公里），剩余1.1公里未完工；二是脐橙低产园"
              "改造进度滞后；三是基层治理长效机制有待健全。下一步将督促施工单位于2025年6月底前完成管网改造，加强村级综治力量。")
    # the sheet: (height pt, [(first col, last col, text, align, bold, size, border)])
    S = []

    def add(h, *cells):
        S.append((h, list(cells)))
        return len(S)
    add(28, (0, 8, "部门整体支出绩效自评表", "c", True, 15, False))
    add(18, (0, 8, "（2024年度）", "c", False, 10, False))
    add(18, (0, 5, f"填报单位（盖章）：{dept}", "l", False, 9.5, False), (6, 8, "金额单位：万元", "r", False, 9.5, False))
    add(18, (0, 2, "一、预算执行情况", "l", True, 10, False))
    add(20, (0, 2, "项目", "c", True, 9, True), (3, 3, "年初预算数", "c", True, 9, True),
        (4, 4, "全年预算数", "c", True, 9, True), (5, 6, "全年执行数", "c", True, 9, True),
        (7, 8, "执行率", "c", True, 9, True))
    for lab, a, b_, x, rt in (("合计", ia, aa, ea, rate), ("其中：基本支出", *bb, rb_printed),
                              ("　　　项目支出", *bp, rp)):
        add(18, (0, 2, lab, "l", False, 9, True), (3, 3, mc(a), "r", False, 9, True), (4, 4, mc(b_), "r", False, 9, True),
            (5, 6, mc(x), "r", False, 9, True), (7, 8, f"{rt:.2f}%", "c", False, 9, True))
    add(18, (0, 2, "二、年度总体目标", "l", True, 10, False))
    add(38, (0, 1, "预期目标", "c", True, 9, True), (2, 8, plan, "l", False, 9, True))
    add(38, (0, 1, "实际完成情况", "c", True, 9, True), (2, 8, done, "l", False, 9, True))
    add(18, (0, 2, "三、绩效指标完成情况", "l", True, 10, False))
    hdr = add(22, *[(k, k, h, "c", True, 9, True) for k, h in enumerate(
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"])], (7, 8, "偏差原因分析", "c", True, 9, True))
    first = len(S) + 1
    for x in ind:
        add(26 if x[7] else 18, (0, 0, x[0], "c", False, 9, True), (1, 1, x[1], "c", False, 9, True),
            (2, 2, x[2], "l", False, 9, True), (3, 3, x[3], "c", False, 9, True), (4, 4, x[4], "c", False, 9, True),
            (5, 5, fmt(x[5]), "c", False, 9, True), (6, 6, fmt(x[6]), "c", False, 9, True),
            (7, 8, x[7], "l", False, 8, True))
    add(20, (0, 4, "合计", "c", True, 9, True), (5, 5, "100", "c", True, 9, True),
        (6, 6, fmt(total_printed), "c", True, 9, True), (7, 8, f"自评等级：{grade(total_printed)}", "c", True, 9, True))
    add(40, (0, 1, "存在问题及改进措施", "c", True, 9, True), (2, 8, issues, "l", False, 9, True))
    add(46, (0, 8, RULES + BANDS, "l", False, 8.5, False))
    add(18, (0, 8, "填报人：钟晓燕　　审核人：刘志勇　　单位负责人：谢春华　　联系电话：0797-6721035　　填报日期：2025年4月18日",
             "l", False, 9, False))
    # the sheet's 一级 / 二级 cells are merged down their groups (vertical merges), added here
    vmerge = []
    for col in (0, 1):
        for a, b in spans(ind, col):
            if b > a:
                vmerge.append((first + a, first + b, col))
    brk = first + 7  # a manual page break (分页符) before 产出: page 1 rows 1–20, page 2 the title row and rows 21–
    assert S[brk - 1][1][0][2] == "产出"
    meta = dict(dept=dept, ind=ind, S=S, hdr=hdr, first=first, vmerge=vmerge, brk=brk, total=total_printed,
                rows_total=rows_total)
    fnd = [F("TOTAL_VS_ROWS", "总分", f"合计 | 100 | {fmt(total_printed)} | 自评等级：{grade(total_printed)}",
             fmt(total_printed), fmt(rows_total), "HIGH", "ERROR",
             f"the 21 rows add to {fmt(rows_total)} (决策 9 + 过程 19.33 + 产出 39.6 + 效益 29); the 合计 prints "
             f"{fmt(total_printed)} (digits transposed); 优 either way"),
           F("EXECUTION_RATE", "其中：基本支出 执行率",
             f"其中：基本支出 | {mc(bb[0])} | {mc(bb[1])} | {mc(bb[2])} | {rb_printed:.2f}%", f"{rb_printed:.2f}%",
             f"{rb:.2f}%", "HIGH", "ERROR",
             f"{mc(bb[2])} ÷ {mc(bb[1])} = {rb:.2f}%, printed {rb_printed:.2f}% (digits swapped); the 合计's {rate:.2f}% "
             f"and 项目支出's {rp:.2f}% are right and the amounts add up"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "圩镇污水管网改造",
             "圩镇污水管网改造 | 完成3.2公里 | 已完成 | 6 | 6 / 实际完成情况：圩镇污水管网改造完成管网铺设2.1公里… / 存在问题及改进措施："
             "…年底仅完成管网铺设2.1公里（计划3.2公里），剩余1.1公里未完工…", "6", "< 6", "HIGH", "WARNING",
             "the row reports “已完成” and scores the full 6 with no 偏差原因, while the form's own 实际完成情况 and 存在问题 say "
             "2.1 of the 3.2公里 were laid and 1.1公里 is unfinished; 2.1 ÷ 3.2 in proportion would give 6 × 2.1 ÷ 3.2 = "
             "3.94; how much to deduct is a call")]
    return {"stem": "h351_yinkeng_zhengfu", "format": "pdf", "draw": draw351, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the sheet was printed WITH ROW AND COLUMN HEADINGS (页面设置 → 工作表 → 行号列标) and gridlines: every "
                      "page carries the column letters A–I across the top and the sheet's row numbers down the left "
                      "(1–20 on page 1, 21–38 on page 2); they are Excel's, not the report's: the row numbers are not "
                      "序号, not 分值 and not figures, the letters not codes",
                      "page 2 repeats the header row as a print title ($13:$13) WITH ITS OWN ROW NUMBER 13, so the row "
                      "numbers on page 2 run 13, 21, 22, …, 38; the repeated header is not a second table",
                      "a manual page break before 产出 (rows 1–20, then 21–38); the 一级 / 二级 cells are merged down their "
                      "groups and no merge is cut by the break",
                      f"预算执行情况: 基本 + 项目 = 合计 in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {rate:.2f}% and "
                      f"{rp:.2f}% right; all under budget; 年初 < 全年 (追加); 预算执行率 10 × {rate:.2f}% = 9.333 → "
                      f"{fmt(es)} (with a reason)",
                      "脐橙低产园改造 5 × 1380 ÷ 1500 = 4.6 (proportion rule, with a reason); 农村人居环境整治村 18 vs ≥18个 and "
                      "村级组织运转经费 12 vs ≥12万元/村 (met exactly); “三公”经费控制率 76.5% vs ≤100% and 安全生产事故 0 vs "
                      "≤1起 (ceilings, met); 预算编制科学性 and 基层治理长效机制 −1 with reasons (judgement)",
                      f"the 合计's 优 agrees with {fmt(total_printed)} and with the rows' {fmt(rows_total)}"]}


def draw351(rep, path):
    from reportlab.lib.pagesizes import A4, landscape
    from reports32 import new_canvas, wrap, FONT
    M = rep["meta"]
    S = M["S"]
    W, Hh = landscape(A4)
    c = new_canvas(path, (W, Hh))
    HW, HH = 24, 14  # the row-heading column's width, the column-heading row's height
    x0, ytop = 30, Hh - 40
    xs = [x0 + HW + sum(COLS351[:k]) for k in range(len(COLS351) + 1)]
    pages = [list(range(1, M["brk"])), [M["hdr"]] + list(range(M["brk"], len(S) + 1))]
    vm = {(a, col): b for a, b, col in M["vmerge"]}
    inside = {(r, col) for a, b, col in M["vmerge"] for r in range(a + 1, b + 1)}
    for pno, rows in enumerate(pages, 1):
        ys = {}
        y = ytop - HH
        for r in rows:
            ys[r] = (y, y - S[r - 1][0])
            y -= S[r - 1][0]
        ybot = y
        # gridlines (light grey lines, Excel's 网格线): every column and row boundary of the printed range
        c.setStrokeColorRGB(0.75, 0.75, 0.75)
        c.setLineWidth(0.3)
        for xx in xs:
            c.line(xx, ytop - HH, xx, ybot)
        for r in rows:
            c.line(xs[0], ys[r][1], xs[-1], ys[r][1])
        # headings: the corner, the column letters, the row numbers, each in a grey-ruled box
        c.setStrokeColorRGB(0.55, 0.55, 0.55)
        c.setFont(FONT, 8)
        c.setFillColorRGB(0.35, 0.35, 0.35)
        c.rect(x0, ytop - HH, HW, HH)
        for k, L in enumerate(LETTERS):
            c.rect(xs[k], ytop - HH, xs[k + 1] - xs[k], HH)
            c.drawCentredString((xs[k] + xs[k + 1]) / 2, ytop - HH + 4, L)
        for r in rows:
            ya, yb = ys[r]
            c.rect(x0, yb, HW, ya - yb)
            c.drawCentredString(x0 + HW / 2, (ya + yb) / 2 - 3, str(r))
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(0.6)
        for r in rows:
            h, cells = S[r - 1]
            for k1, k2, text, al, bold, size, border in cells:
                if (r, k1) in inside:
                    continue
                ya, yb = ys[r]
                if (r, k1) in vm:
                    last = vm[(r, k1)]
                    yb = ys[last][1] if last in ys else yb
                xa, xb = xs[k1], xs[k2 + 1]
                if border:
                    c.setFillColorRGB(1, 1, 1)
                    c.rect(xa, yb, xb - xa, ya - yb, stroke=1, fill=1)
                    c.setFillColorRGB(0, 0, 0)
                elif k2 > k1:  # a merged cell without borders: no gridlines inside it (a white fill, no outline)
                    c.setFillColorRGB(1, 1, 1)
                    c.rect(xa + 0.4, yb + 0.4, xb - xa - 0.8, ya - yb - 0.8, stroke=0, fill=1)
                    c.setFillColorRGB(0, 0, 0)
                if not text:
                    continue
                lines = wrap(text, xb - xa - 6, size)
                lh = size + 2.5
                mid = (ya + yb) / 2 + len(lines) * lh / 2 - size + 1
                c.setFont(FONT, size)
                for n, ln in enumerate(lines):
                    yy = mid - n * lh
                    if al == "l":
                        c.drawString(xa + 3, yy, ln)
                    elif al == "r":
                        c.drawRightString(xb - 3, yy, ln)
                    else:
                        c.drawCentredString((xa + xb) / 2, yy, ln)
                    if bold:
                        c.drawCentredString((xa + xb) / 2 + 0.3, yy, ln) if al == "c" else c.drawString(xa + 3.3, yy, ln)
        c.setFont(FONT, 9)
        c.drawCentredString(W / 2, 24, f"第 {pno} 页，共 {len(pages)} 页")
        assert ybot > 40, (pno, ybot)
        c.showPage()
    c.save()


ALL.append(h351())


# ============================================================ h352 望奎县农业农村局 / 望奎县农业技术推广中心 (XLSX, CUSTOM NUMBER FORMATS)

def h352():
    dept, unit = "望奎县农业农村局", "望奎县农业技术推广中心"
    project = "2024年望奎县大豆玉米带状复合种植技术推广项目"
    src = [("其中：中央补助资金", 600.00, 600.00, 588.40), ("　　　省级补助资金", 240.00, 300.00, 276.35),
           ("　　　县级配套资金", 80.00, 80.00,
            86.20)]  # PLANT SPENDING_OVER_BUDGET: 县级配套资金 执行 86.20 over its 全年预算 80.00 (107.75%)
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    assert (ia, aa, ea, rate) == (920.00, 980.00, 950.95, 97.04), (ia, aa, ea, rate)
    src_rates = [pct(x[3], x[2]) for x in src]
    assert src_rates == [98.07, 92.12, 107.75], src_rates
    no_half(rate / 10, "fund score")
    fs = r2(rate / 10)
    assert fs == 9.7
    train_score = 4.2  # PLANT RULE_SCORE: 技术培训农户 1320 of ≥1500人次, the proportion rule gives 5 × 1320 ÷ 1500 = 4.4
    assert P(1320, 1500, 5) == 4.4 and P(538, 550, 5) == 4.89
    D = datetime.date
    # (一级, 二级, 三级, 指标值 (value, format), 完成值 (value, format), 分值, 得分, 偏差原因)
    spec = [("产出指标", "数量指标", "带状复合种植推广面积", (20000, '"≥"0"亩"'), (20500, '0"亩"'), 6, 6, ""),
            ("产出指标", "数量指标", "技术培训农户", (1500, '"≥"0"人次"'), (1320, '0"人次"'), 5, train_score,
             "部分农户外出务工，冬季集中培训参训人数不足"),
            ("产出指标", "数量指标", "建设百亩示范片", (10, '"≥"0"个"'), (10, '0"个"'), 5, 5, ""),
            ("产出指标", "数量指标", "专用播种机具购置补贴", (40, '"≥"0"台"'), (42, '0"台"'), 4, 4, ""),
            ("产出指标", "质量指标", "大豆平均亩产", (110, '"≥"0"公斤"'), (116.5, '0.0"公斤"'), 5, 5, ""),
            ("产出指标", "质量指标", "玉米平均亩产", (550, '"≥"0"公斤"'), (538, '0"公斤"'), 5, P(538, 550, 5),
             "7月下旬局地低温寡照，玉米灌浆受影响；按完成比例计分"),
            ("产出指标", "质量指标", "种子纯度合格率", (0.98, '"≥"0%'), (0.991, '0.0%'), 4, 4, ""),
            ("产出指标", "质量指标", "除草剂药害发生率", (0.02, '"≤"0%'), (0.014, '0.0%'), 4, 4, ""),
            ("产出指标", "时效指标", "播种完成时间", (D(2024, 5, 25), 'yyyy"年"m"月"d"日前"'),
             (D(2024, 5, 22), 'yyyy"年"m"月"d"日"'), 4, 4, ""),
            ("产出指标", "成本指标", "亩均补贴标准", (150, '"≤"0"元/亩"'), (150, '0"元/亩"'), 4, 4, ""),
            ("效益指标", "经济效益指标", "带状复合种植亩均增收", (80, '"≥"0"元"'), (96, '0"元"'), 6, 6, ""),
            ("效益指标", "经济效益指标", "大豆玉米总产值", (4200, '"≥"0"万元"'), (4386, '0"万元"'), 4, 4, ""),
            ("效益指标", "经济效益指标", "参与种植新型经营主体数量增长率", (0.2, '"≥"0%'), (1, '0%'), 5, 5,
             ""),  # PLANT RATE_OVER_ZERO_BASE: 100% over a 2023 base of 0 (the 实际完成情况 says none in 2023)
            ("效益指标", "社会效益指标", "带动农户", (1200, '"≥"0"户"'), (1265, '0"户"'), 5, 5, ""),
            ("效益指标", "社会效益指标", "技术入户率", (0.95, '"≥"0%'), (0.968, '0.0%'), 4, 4, ""),
            ("效益指标", "生态效益指标", "化肥使用量减少", (0.05, '"≥"0%'), (0.062, '0.0%'), 5, 5, ""),
            ("效益指标", "可持续影响指标", "带状复合种植技术推广机制", ("健全", None), ("基本健全", None), 5, 4,
             "农机农艺融合的社会化服务体系尚不完善"),
            ("满意度指标", "服务对象满意度指标", "种植户满意度", (0.9, '"≥"0%'), (0.924, '0.0%'), 10, 10, "")]
    ind = [(a, b, c_, show(t), show(x), w, s_, n) for a, b, c_, t, x, w, s_, n in spec]
    assert [x[3] for x in ind[:2]] + [ind[6][3], ind[7][3], ind[8][3], ind[9][3]] == \
        ["≥20000亩", "≥1500人次", "≥98%", "≤2%", "2024年5月25日前", "≤150元/亩"], [x[3] for x in ind]
    assert [ind[4][4], ind[6][4], ind[8][4], ind[12][4]] == ["116.5公斤", "99.1%", "2024年5月22日", "100%"]
    assert len(ind) == 18 and s2(ind, 5) == 90
    total = r2(fs + s2(ind, 6))
    assert total == 97.79, total
    fund = (None, None, "年度资金总额", None, f"{rate:.2f}%", 10, fs, "")
    g = gold(None, dept, 2024, "COUNTY", "黑龙江省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ia, aa, ea, rate), [], grows([fund] + ind))
    g = with_project(g, project, unit)
    plan = ("推广大豆玉米带状复合种植2万亩，建设百亩示范片10个，培训农户1500人次以上，补贴专用播种机具40台；大豆亩产110公斤、玉米亩产"
            "550公斤以上，带动农户1200户，亩均增收80元以上，参与种植的新型经营主体数量增长20%以上。")
    done = ("推广大豆玉米带状复合种植2.05万亩，建设百亩示范片10个，培训农户1320人次，补贴专用播种机具42台；大豆平均亩产116.5公斤、玉米平均"
            "亩产538公斤，带动农户1265户，亩均增收96元。2023年我县无新型经营主体开展带状复合种植（0家），2024年发展合作社、家庭农场等"
            "18家参与种植。")
    meta = dict(dept=dept, unit=unit, project=project, spec=spec, ind=ind, total=total, src=src, src_rates=src_rates,
                ia=ia, aa=aa, ea=ea, rate=rate, fs=fs, plan=plan, done=done)
    fnd = [F("RULE_SCORE", "技术培训农户", "技术培训农户 | ≥1500人次 | 1320人次 | 5 | 4.20", "4.2", "4.4", "HIGH", "ERROR",
             "the 说明's proportion rule gives 5 × 1320 ÷ 1500 = 4.4; the row prints 4.20 (the reason explains the shortfall, "
             f"not a further deduction); the 总分 {fmt(total)} adds the printed figure (on the rule {fmt(r2(total + 0.2))})"),
           F("SPENDING_OVER_BUDGET", "其中：县级配套资金 全年执行数",
             f"县级配套资金 | {mc(src[2][1])} | {mc(src[2][2])} | {mc(src[2][3])} | — | {src_rates[2]:.2f}% | —",
             mc(src[2][3]), f"≤ {mc(src[2][2])}", "HIGH", "WARNING",
             f"the 县级配套资金 line spent {mc(src[2][3])} against a 全年预算数 of {mc(src[2][2])} ({src_rates[2]:.2f}%, "
             f"right arithmetic), 6.20 over; the 年度资金总额 line stays under budget ({mc(ea)} of {mc(aa)}, {rate:.2f}%) "
             "because the 省级 funds were not all spent; an overspend of a source needs a 预算调整 the form does not show"),
           F("RATE_OVER_ZERO_BASE", "参与种植新型经营主体数量增长率",
             "参与种植新型经营主体数量增长率 | ≥20% | 100% | 5 | 5.00 / 实际完成情况：…2023年我县无新型经营主体开展带状复合种植（0家），"
             "2024年发展合作社、家庭农场等18家参与种植", "100%", "— (base 0)", "HIGH", "WARNING",
             "the 实际完成情况 says no 新型经营主体 took part in 2023 (0) and 18 in 2024: a growth rate over a zero base is "
             "undefined, yet the row prints 100% (the cell holds 1 with format 0%) and scores the full 5 against ≥20%; "
             "the 18家 is the result, not a rate")]
    return {"stem": "h352_wangkui_nongji", "format": "xlsx", "write": write352, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the signs, units and dates of the targets and actuals are CUSTOM NUMBER FORMATS: the cells hold bare "
                      "numbers (20000, 0.98, 150, 45437) and the formats print them “≥20000亩”, “≥98%”, “≤150元/亩”, "
                      "“2024年5月25日前”, “2024年5月22日”; a reader of cell values alone gets 20000, 0.98 and a date serial; "
                      "the gold's target / actual are the DISPLAYED texts; the 得分 cells show two decimals (“6.00”, "
                      "“4.89”), the 分值 none",
                      f"funds: the three sources add up in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {rate:.2f}%, "
                      f"中央 {src_rates[0]:.2f}% and 省级 {src_rates[1]:.2f}% right; 年初 < 全年 (省级 追加); 年度资金总额 "
                      f"{rate:.2f}% × 10 = 9.704 → {fmt(fs)}",
                      "玉米平均亩产 5 × 538 ÷ 550 = 4.89 (proportion rule, with a reason); 建设百亩示范片 10 vs ≥10个 (met "
                      "exactly); 亩均补贴标准 150 vs ≤150元/亩 (a ceiling, met exactly; a unit cost, not a budget figure); "
                      "除草剂药害发生率 1.4% vs ≤2% (a ceiling, met); 播种完成时间 2024年5月22日 vs 2024年5月25日前 (met); "
                      "带状复合种植技术推广机制 −1 with a reason (judgement)",
                      f"总分 {fmt(total)} = {fmt(fs)} + the 18 rows as printed (the 4.2 included); 优"]}


def show(v):
    """a cell's value as its number format displays it (the formats h352 uses)"""
    val, code = v
    if code is None:
        return val
    if isinstance(val, datetime.date):
        return re.sub(r'"([^"]*)"', r"\1", code.replace("yyyy", str(val.year)).replace("m", str(val.month), 1)
                      .replace("d", str(val.day), 1))
    m = re.fullmatch(r'(?:"([^"]*)")?(0(?:\.(0+))?)(%)?(?:"([^"]*)")?', code)
    assert m, code
    pre, _, dec, pc, post = m.groups()
    x = val * 100 if pc else val
    nd = len(dec) if dec else 0
    assert abs(x * 10 ** nd - round(x * 10 ** nd)) < 1e-6, (val, code)  # displayed exactly, no rounding
    return f"{pre or ''}{x:.{nd}f}{pc or ''}{post or ''}"


def write352(rep, path):
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
    for k, wd in enumerate((10, 13, 26, 15, 15, 8, 10, 36)):
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

    def merge(r1, c1, r2_, c2):
        for rr in range(r1, r2_ + 1):
            for cc in range(c1, c2 + 1):
                ws.cell(row=rr, column=cc).border = box
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2_, end_column=c2)

    t = ws.cell(row=1, column=1, value="项目支出绩效自评表")
    t.font = Font(name="宋体", size=16, bold=True)
    t.alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells("A1:H1")
    ws.row_dimensions[1].height = 28
    ws.cell(row=2, column=1, value="（2024年度）").alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:H2")
    ws.cell(row=3, column=1, value=f"填报单位（盖章）：{M['unit']}")
    ws.merge_cells("A3:E3")
    ws.cell(row=3, column=7, value="金额单位：万元").alignment = Alignment(horizontal="right")
    ws.merge_cells("G3:H3")
    put(4, 1, "项目名称", f10b)
    merge(4, 1, 4, 2)
    put(4, 3, M["project"], h="left")
    merge(4, 3, 4, 8)
    put(5, 1, "主管部门", f10b)
    merge(5, 1, 5, 2)
    put(5, 3, M["dept"], h="left")
    merge(5, 3, 5, 4)
    put(5, 5, "实施单位", f10b)
    put(5, 6, M["unit"], h="left")
    merge(5, 6, 5, 8)
    r = 6
    for k, hd in enumerate(["项目资金（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], 1):
        if hd:
            put(r, k, hd, f10b, fill=grey)
    merge(r, 1, r, 2)
    lines = [("年度资金总额", M["ia"], M["aa"], M["ea"], 10, M["rate"], M["fs"])]
    lines += [(lab, a, b_, e_, "—", rt, "—") for (lab, a, b_, e_), rt in zip(M["src"], M["src_rates"])]
    for lab, a, b_, e_, w, rt, s_ in lines:
        r += 1
        put(r, 1, lab, h="left")
        merge(r, 1, r, 2)
        for k, v in enumerate((a, b_, e_)):
            put(r, 3 + k, v, h="right", fmt_="#,##0.00")
        put(r, 6, w, fmt_="0")
        put(r, 7, round(rt / 100, 6), fmt_="0.00%")
        put(r, 8, s_, fmt_="0.00")
    r += 1
    put(r, 1, "年度总体目标", f10b)
    merge(r, 1, r + 1, 1)
    put(r, 2, "预期目标", f10b)
    put(r, 3, M["plan"], h="left")
    merge(r, 3, r, 8)
    ws.row_dimensions[r].height = 42
    put(r + 1, 2, "实际完成情况", f10b)
    put(r + 1, 3, M["done"], h="left")
    merge(r + 1, 3, r + 1, 8)
    ws.row_dimensions[r + 1].height = 56
    r += 2
    for k, hd in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"], 1):
        put(r, k, hd, f10b, fill=grey)
    hdr = r
    first = r + 1
    spec = M["spec"]
    for i, (a, b, c_, tv, xv, w, s_, n) in enumerate(spec):
        rr = first + i
        put(rr, 3, c_, h="left")
        put(rr, 4, tv[0], fmt_=tv[1])
        put(rr, 5, xv[0], fmt_=xv[1])
        put(rr, 6, w, fmt_="0")
        put(rr, 7, s_, fmt_="0.00")
        put(rr, 8, n, f9, h="left")
        if n:
            ws.row_dimensions[rr].height = 27
    for col in (0, 1):
        for a, b in spans(spec, col):
            put(first + a, col + 1, spec[a][col])
            if b > a:
                merge(first + a, col + 1, first + b, col + 1)
    r = first + len(spec)
    put(r, 1, "总分", f10b)
    merge(r, 1, r, 5)
    put(r, 6, 100, f10b, fmt_="0")
    put(r, 7, M["total"], f10b, fmt_="0.00")
    put(r, 8, f"自评等级：{grade(M['total'])}", f10b)
    r += 1
    ws.cell(row=r, column=1, value=RULES + BANDS).alignment = Alignment(wrap_text=True, vertical="top")
    ws.cell(row=r, column=1).font = f9
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.row_dimensions[r].height = 40
    r += 1
    ws.cell(row=r, column=1, value="填报人：孙雅楠　　审核人：于德明　　单位负责人：王立新　　联系电话：0455-6523178　　填报日期：2025年3月25日")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.print_title_rows = f"{hdr}:{hdr}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    wb.save(path)
    H.A.normalize_zip(path)


ALL.append(h352())


# ============================================================ h353 包头市石拐区应急管理局 (HTML, indicators in an ACCORDION of <details>)

def h353():
    dept = "包头市石拐区应急管理局"
    bb, bp = (1026.50, 1058.36, 1049.82), (860.00, 1124.60, 1036.47)
    ia, aa, ea = (r2(bb[k] + bp[k]) for k in range(3))
    rate, rb, rp = pct(ea, aa), pct(bb[2], bb[1]), pct(bp[2], bp[1])
    assert (ia, aa, ea, rate, rb, rp) == (1886.50, 2182.96, 2086.29, 95.57, 99.19, 92.16), (ia, aa, ea, rate, rb, rp)
    no_half(8 * rate / 100, "预算执行率 8 × rate")
    es = r2(8 * rate / 100)
    assert es == 7.65
    # 表2 主要项目支出: (项目, 全年预算数, 全年执行数); the lines add to 表1's 项目支出
    projs = [("安全生产监管执法专项经费", 286.40, 272.15), ("应急物资储备库建设及物资补充", 452.80, 418.36),
             ("森林草原防灭火专项经费", 235.00, 221.74), ("基层应急救援队伍建设", 150.40, 124.22)]
    assert (r2(sum(x[1] for x in projs)), r2(sum(x[2] for x in projs))) == (bp[1], bp[2])
    proj_total_exec = 1063.47  # PLANT BREAKDOWN_SUM: 表2 合计 全年执行数 1,063.47; its four lines add to 1,036.47
    labels_done = ["目标1", "目标2", "目标2", "目标4"]  # PLANT GOAL_LABELS: 四's results labelled 目标1, 2, 2, 4
    drill_rule = ("应急演练参与率：≥95%得满分；85%（含）—95%得3分；90%以下不得分")  # PLANT MALFORMED_RULE: 85%–90% in two bands
    ind = [("投入管理指标", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 8, es, "部分物资采购合同尾款待验收后支付"),
           ("投入管理指标", "预算执行", "“三公”经费控制率", "≤100%", "81.3%", 4, 4, ""),
           ("投入管理指标", "预算管理", "政府采购执行率", "100%", "100%", 4, 4, ""),
           ("投入管理指标", "预算管理", "资产管理规范性", "规范", "基本规范", 4, 3, "应急物资出入库台账登记不及时"),
           ("产出指标", "数量指标", "安全生产执法检查企业", "≥260家次", "284家次", 6, 6, ""),
           ("产出指标", "数量指标", "应急演练组织场次", "≥24场", "24场", 5, 5, ""),
           ("产出指标", "数量指标", "应急物资储备补充", "≥3200件（套）", "3060件（套）", 5, P(3060, 3200, 5),
            "部分物资供货延迟至2025年1月；按完成比例计分"),
           ("产出指标", "数量指标", "应急救援队伍培训", "≥600人次", "652人次", 5, 5, ""),
           ("产出指标", "质量指标", "应急演练参与率", "≥95%", "96.5%", 5, 5, ""),
           ("产出指标", "质量指标", "重大事故隐患整改闭环率", "≥98%", "98.6%", 5, 5, ""),
           ("产出指标", "时效指标", "事故信息报送及时率", "100%", "100%", 5, 5, ""),
           ("产出指标", "成本指标", "单场演练平均成本", "≤1.5万元", "1.36万元", 4, 4, ""),
           ("效益指标", "社会效益", "生产安全事故死亡人数", "≤2人", "1人", 8, 8, ""),
           ("效益指标", "社会效益", "较大及以上生产安全事故", "0起", "0起", 6, 6, ""),
           ("效益指标", "社会效益", "森林草原火灾受害率", "≤0.9‰", "0.2‰", 6, 6, ""),
           ("效益指标", "社会效益", "群众安全知识知晓率", "≥85%", "83.6%", 5, P(83.6, 85, 5),
            "农牧区群众宣传覆盖不足；按完成比例计分"),
           ("效益指标", "可持续影响", "应急管理长效机制", "健全", "基本健全", 5, 4, "基层应急管理力量配备不足，网格化应急责任未全面落实"),
           ("满意度指标", "服务对象满意度", "企业满意度", "≥90%", "93.2%", 5, 5, ""),
           ("满意度指标", "服务对象满意度", "群众满意度", "≥90%", "91.7%", 5, 5, "")]
    assert (P(3060, 3200, 5), P(83.6, 85, 5)) == (4.78, 4.92)
    assert len(ind) == 19 and s2(ind, 5) == 100
    names = ["投入管理指标", "产出指标", "效益指标", "满意度指标"]
    sec = secs(ind, names)
    assert sec == [("投入管理指标", 20, 18.65), ("产出指标", 40, 39.78), ("效益指标", 30, 28.92), ("满意度指标", 10, 10)], sec
    total = s2(ind, 6)
    assert total == 97.35, total
    g = gold(None, dept, 2024, "COUNTY", "内蒙古自治区", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ia, aa, ea, rate, bb[1], bb[2], bp[1], bp[2]), sec, grows(ind))
    goals = ["目标1：全年开展安全生产执法检查260家次以上，较大及以上生产安全事故“零发生”，生产安全事故死亡人数控制在2人以内。",
             "目标2：补充应急物资3200件（套），组织各类应急演练24场以上，培训应急救援队伍600人次以上。",
             "目标3：森林草原火灾受害率控制在0.9‰以内，群众安全知识知晓率达到85%以上。",
             "目标4：完善应急管理长效机制，企业和群众满意度均达到90%以上。"]
    results = ["全年开展安全生产执法检查284家次，未发生较大及以上生产安全事故，生产安全事故死亡1人。",
               "补充应急物资3060件（套），组织应急演练24场，培训应急救援队伍652人次。",
               "森林草原火灾受害率0.2‰，群众安全知识知晓率83.6%。",
               "应急管理长效机制基本健全，企业满意度93.2%，群众满意度91.7%。"]
    meta = dict(dept=dept, ind=ind, sec=sec, total=total, ia=ia, aa=aa, ea=ea, rate=rate, bb=bb, bp=bp, projs=projs,
                proj_total_exec=proj_total_exec, goals=goals, results=results, labels_done=labels_done,
                drill_rule=drill_rule, bud=[("合计", ia, aa, ea, rate), ("其中：基本支出", *bb, rb),
                                            ("　　　项目支出", *bp, rp)])
    fnd = [F("BREAKDOWN_SUM", "表2 主要项目支出情况 合计 全年执行数",
             " / ".join(f"{n} | {mc(b_)} | {mc(x)}" for n, b_, x in projs) +
             f" / 合计 | {mc(bp[1])} | {mc(proj_total_exec)}", mc(proj_total_exec), mc(bp[2]), "HIGH", "ERROR",
             f"表2's four projects spent {' + '.join(mc(x) for _, _, x in projs)} = {mc(bp[2])}; its 合计 line prints "
             f"{mc(proj_total_exec)} (digits transposed); the 全年预算数 column adds up ({mc(bp[1])}), and 表1's 项目支出 "
             f"执行数 {mc(bp[2])} agrees with the lines"),
           F("GOAL_LABELS", "四、绩效目标完成情况",
             "二、…目标1：…；目标2：…；目标3：…；目标4：… / 四、目标1完成情况：…；目标2完成情况：…补充应急物资…；目标2完成情况："
             "森林草原火灾受害率0.2‰，群众安全知识知晓率83.6%；目标4完成情况：…", "目标1, 目标2, 目标2, 目标4",
             "目标1, 目标2, 目标3, 目标4", "HIGH", "WARNING",
             "二 sets four goals 目标1–目标4; 四 reports on them under the labels 目标1, 目标2, 目标2, 目标4: the third result "
             "(森林草原火灾受害率, 安全知识知晓率) answers 目标3, so 目标3 has no result under its own label and 目标2 has two"),
           F("MALFORMED_RULE", "评分规则 应急演练参与率", drill_rule, "85%（含）—95%得3分；90%以下不得分",
             "85%–90% in two bands (3 and 0)", "HIGH", "WARNING",
             "the rule's bands overlap: a rate from 85% up to (not including) 90% is both “85%（含）—95%得3分” and “90%以下不得分” "
             "(the last band should read 85%以下); the row's 96.5% is in the top band, so no score changes")]
    return {"stem": "h353_shiguai_yingji", "format": "html", "html": html353(meta), "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the indicator results sit in an ACCORDION: one <details> per 一级, its <summary> (“（一）投入管理指标　分值20分"
                      "　得分18.65分”) the only line a visitor sees until it is clicked; only the first <details> carries "
                      "`open`; the rows' <table>s are inside the closed <details> too and are the report's rows (a reader that "
                      "takes only what is rendered open gets 4 of 19 rows); the summaries give the sections",
                      f"表1: 基本 + 项目 = 合计 in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {rate:.2f}%, {rb:.2f}% and "
                      f"{rp:.2f}% right; all under budget; 年初 < 全年 (追加); 表2's 全年预算数 add to {mc(bp[1])}",
                      f"预算执行率 8 × {rate:.2f}% = 7.6456 → {fmt(es)} (执行率×分值, with a reason); 应急物资储备补充 5 × 3060 "
                      "÷ 3200 = 4.78 and 群众安全知识知晓率 5 × 83.6 ÷ 85 = 4.92 (proportion rule, with reasons); "
                      "应急演练组织场次 24 vs ≥24场 (met exactly); 较大及以上生产安全事故 0 vs 0起 (met); 单场演练平均成本 1.36 vs "
                      "≤1.5万元, 森林草原火灾受害率 0.2‰ vs ≤0.9‰ and 死亡人数 1 vs ≤2人 (ceilings, met); 资产管理规范性 and "
                      "应急管理长效机制 −1 with reasons (judgement)",
                      f"the four summaries add their rows (18.65, 39.78, 28.92, 10) and to the 六's {fmt(total)}; 优"]}


def html353(M):
    e = esc
    d = M["dept"]
    brows = "\n".join(f"<tr><td class=\"l\">{lab}</td><td class=\"r\">{mc(a)}</td><td class=\"r\">{mc(b_)}</td>"
                      f"<td class=\"r\">{mc(x)}</td><td>{rt:.2f}%</td></tr>" for lab, a, b_, x, rt in M["bud"])
    prows = "\n".join(f"<tr><td class=\"l\">{e(n)}</td><td class=\"r\">{mc(b_)}</td><td class=\"r\">{mc(x)}</td>"
                      f"<td>{pct(x, b_):.2f}%</td></tr>" for n, b_, x in M["projs"])
    bp = M["bp"]
    prows += (f"\n<tr class=\"hj\"><td>合计</td><td class=\"r\">{mc(bp[1])}</td><td class=\"r\">"
              f"{mc(M['proj_total_exec'])}</td><td>{pct(bp[2], bp[1]):.2f}%</td></tr>")
    ind = M["ind"]
    acc = []
    cn = "一二三四"
    for k, (n, w, s_) in enumerate(M["sec"]):
        rows = [x for x in ind if x[0] == n]
        sp2 = {a: b - a + 1 for a, b in spans(rows, 1)}
        trs = []
        for i, x in enumerate(rows):
            c2 = ""
            if i in sp2:
                c2 = f"<td rowspan=\"{sp2[i]}\">{e(x[1])}</td>" if sp2[i] > 1 else f"<td>{e(x[1])}</td>"
            trs.append(f"<tr>{c2}<td class=\"l\">{e(x[2])}</td><td>{e(x[3])}</td><td>{e(x[4])}</td><td>{fmt(x[5])}</td>"
                       f"<td>{fmt(x[6])}</td><td class=\"l\">{e(x[7])}</td></tr>")
        op = " open" if k == 0 else ""
        acc.append(f"""<details class="zb"{op}>
<summary>（{cn[k]}）{e(n)}<span class="fz">分值{fmt(w)}分</span><span class="df">得分{fmt(s_)}分</span></summary>
<table class="tb">
<tr class="th"><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td><td>偏差原因分析</td></tr>
{chr(10).join(trs)}
</table>
</details>""")
    goals = "\n".join(f"<p>{e(x)}</p>" for x in M["goals"])
    res = "\n".join(f"<p>{lab}完成情况：{e(x)}</p>" for lab, x in zip(M["labels_done"], M["results"]))
    title = f"{d}2024年度部门整体支出绩效自评报告"
    t = M["total"]
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)}-包头市石拐区人民政府</title>
<meta name="ArticleTitle" content="{e(title)}">
<meta name="PubDate" content="2025-06-18 10:05">
<meta name="ContentSource" content="{e(d)}">
<style>
body{{margin:0;font:15px/1.85 "PingFang SC","Microsoft YaHei",sans-serif;color:#222;background:#eef2f6}}
.hd{{background:#0b4f8a;color:#fff;padding:14px 0}}
.hd .in,.main{{max-width:1000px;margin:0 auto}}
.hd .site{{font-size:24px;letter-spacing:3px}}
.pos{{font-size:12px;color:#666;padding:10px 0}}
.main{{background:#fff;padding:18px 28px 40px}}
h1{{font-size:22px;text-align:center;color:#0b4f8a;margin:14px 0 6px}}
.meta{{text-align:center;font-size:12px;color:#888;border-bottom:1px dashed #ccc;padding-bottom:10px}}
.art p{{text-indent:2em;margin:8px 0}}
.art h3{{font-size:16px;margin:18px 0 6px}}
.cap{{text-align:center;font-weight:bold;margin:6px 0 2px}}
table.tb{{border-collapse:collapse;width:100%;font-size:13px;margin:4px 0 12px}}
table.tb td{{border:1px solid #8a9bb0;padding:4px 6px;text-align:center}}
table.tb td.l{{text-align:left}}
table.tb td.r{{text-align:right}}
table.tb tr.th td{{background:#e3edf7;font-weight:bold}}
table.tb tr.hj td{{font-weight:bold}}
details.zb{{border:1px solid #b8c6d6;border-radius:4px;margin:8px 0}}
details.zb summary{{cursor:pointer;background:#f3f7fb;padding:8px 12px;font-weight:bold;list-style:none}}
details.zb summary::before{{content:"▶";font-size:11px;color:#0b4f8a;margin-right:8px}}
details.zb[open] summary::before{{content:"▼"}}
details.zb summary .fz,details.zb summary .df{{font-weight:normal;margin-left:24px;color:#444}}
details.zb table.tb{{margin:0;width:100%}}
.tip{{font-size:12px;color:#888;text-indent:0!important}}
.ft{{text-align:center;font-size:12px;color:#888;padding:20px 0;line-height:2}}
</style>
</head>
<body>
<div class="hd"><div class="in"><span class="site">包头市石拐区人民政府</span></div></div>
<div class="pos" style="max-width:1000px;margin:0 auto">当前位置：首页 &gt; 信息公开 &gt; 法定主动公开内容 &gt; 财政资金 &gt; 绩效管理</div>
<div class="main">
<h1>{e(title)}</h1>
<div class="meta">发布时间：2025-06-18　　信息来源：{e(d)}　　浏览次数：<span id="views">312</span></div>
<div class="art">
<h3>一、部门基本情况</h3>
<p>{e(d)}是区政府工作部门，负责全区应急管理、安全生产综合监管、防灾减灾救灾和森林草原防灭火等工作，内设股室5个，下设区应急管理综合行政执法大队、区应急救援保障中心2个单位，年末在职人员68人。</p>
<h3>二、年度绩效目标</h3>
{goals}
<h3>三、部门预算执行情况</h3>
<p>2024年部门年初预算{mc(M['ia'])}万元，年中追加后全年预算{mc(M['aa'])}万元，全年执行{mc(M['ea'])}万元，预算执行率{M['rate']:.2f}%。其中：基本支出全年预算{mc(M['bb'][1])}万元，执行{mc(M['bb'][2])}万元；项目支出全年预算{mc(bp[1])}万元，执行{mc(bp[2])}万元，主要项目支出情况见表2。</p>
<p class="cap">表1　2024年度部门预算执行情况（单位：万元）</p>
<table class="tb">
<tr class="th"><td>项目</td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>执行率</td></tr>
{brows}
</table>
<p class="cap">表2　2024年度主要项目支出情况（单位：万元）</p>
<table class="tb">
<tr class="th"><td>项目名称</td><td>全年预算数</td><td>全年执行数</td><td>执行率</td></tr>
{prows}
</table>
<h3>四、绩效目标完成情况</h3>
{res}
<h3>五、绩效指标自评情况</h3>
<p>我局对照年初设定的部门整体绩效目标，从投入管理、产出、效益、满意度四个方面设置三级指标19个，满分100分，逐项开展自评。各一级指标得分及三级指标完成情况如下（点击展开查看）：</p>
{chr(10).join(acc)}
<p class="tip">评分规则：1.预算执行率得分＝执行率×分值；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”计分，反向指标（“≤”）不超过指标值的得满分；3.{e(M['drill_rule'])}；4.定性指标根据完成情况酌情扣分。</p>
<h3>六、自评结论</h3>
<p>经自评，我局2024年度部门整体支出绩效自评得分{fmt(t)}分，自评等级为“{grade(t)}”。等级划分：{e(BANDS)}</p>
<h3>七、存在的问题及改进措施</h3>
<p>一是部分应急物资采购供货滞后，项目支出执行率偏低；二是农牧区群众安全知识宣传覆盖不足；三是基层应急管理力量配备不足。下一步，我局将加快物资采购和验收进度，开展“安全宣传五进”活动，推动应急管理力量向镇（街道）延伸。</p>
<p style="text-align:right">{e(d)}<br>2025年6月12日</p>
</div>
</div>
<div class="ft">主办：包头市石拐区人民政府办公室　　网站标识码：1502050001<br>蒙ICP备05003621号　　蒙公网安备 15020502000108号</div>
</body>
</html>
"""


ALL.append(h353())


def main(argv):
    round_main(argv, ALL, "59")


if __name__ == "__main__":
    main(sys.argv[1:])
