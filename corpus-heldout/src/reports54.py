#!/usr/bin/python3
"""Round 54 (h324–h328): layouts and wordings not used before, each with PLANTED audit problems, made apart from the
code by the corpus54 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report
whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports54.py [h324 …]
(needs python-docx, openpyxl and reportlab; the HTML and the text are written as strings:
h324 an XLSX 项目 form whose TARGETS AND ACTUALS ARE IN DIFFERENT UNITS on the same row: 年度指标值 and 实际完成值 each
carry their own 计量单位 column under a two-row header (≥42 公里 against 43260 米, ≤85 万元/公里 against 812600 元/公里,
≥3.5 万人 against 36800 人, ≥10 分钟 against 0.2 小时); h325 a DOCX 部门整体 form with a 偏差率 COLUMN and scores by
DEVIATION BANDS (偏差率 = (实际 − 目标) ÷ 目标, 反向 indicators the other way; 0 to −5% 90% of the 分值, −5% to −10% 80%
…); h326 a PDF third-party 项目 evaluation report with RECTIFICATION tables: 表2 上年度评价问题整改情况 and 表3 the
“边评边改” 整改跟踪表 repeat indicator names with last year's and later (2025-08-31) figures beside the 评分表's; h327 a
portal HTML 部门整体 self-evaluation report whose 评分表 has NO deduction column: the deductions are in a SEPARATE
扣分明细表 (序号 | 一级指标 | 三级指标 | 扣分 | 扣分依据) with a 扣分合计, and a 一级 summary 分值 | 扣分 | 得分; h328 a
plain-text third-party 项目 evaluation report scored by WEIGHTED PERCENTAGES: each 三级 has a 权重 in per cent, an
指标评分 on a 0–100 scale and a 加权得分 = 评分 × 权重.)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因 / 评分依据 …).
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


def num_s(x):
    """a number as a cell shows it in the General format: 43260, 99.1, 0.2"""
    return fmt(x) if isinstance(x, (int, float)) else x


def with_unit(v, u):
    """a value and its unit cell joined as the gold records them (“≥42公里”, “43260米”, “100%”); “—” is no unit"""
    return f"{num_s(v)}{'' if u in ('—', '') else u}"


# ============================================================ h324 淮安市淮阴区交通运输局 (XLSX, target and actual in different units)

def h324():
    dept = "淮安市淮阴区交通运输局"
    unit = "淮安市淮阴区农村公路管理站"
    project = "2024年淮阴区农村公路提档升级工程"
    src = [("其中：省级补助资金", 1200.00, 1200.00, 1148.56), ("　　　区级财政资金", 400.00, 450.00, 413.82)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    assert (ia, aa, ea, rate) == (1600.00, 1650.00, 1562.38, 94.69), (ia, aa, ea, rate)
    src_rates = [pct(e_, b_) for _, a_, b_, e_ in src]
    assert src_rates == [95.71, 91.96], src_rates
    no_half(rate / 10, "fund score")
    fs = r2(rate / 10)
    assert fs == 9.47
    guard_score = 6  # PLANT TARGET_MISSED_FULL_MARKS: 17400米 = 17.4公里 against ≥18公里, full 6, no reason
    people_score = 4  # PLANT TARGET_MET_POINTS_LOST: 36800人 = 3.68万人 against ≥3.5万人 (met), 4 of 6, no reason
    # (一级, 二级, 三级, 指标值, 指标单位, 完成值, 完成单位, 分值, 得分, 偏差原因)
    ind = [("产出指标", "数量指标", "农村公路提档升级改造里程", "≥42", "公里", 43260, "米", 8, 8, ""),
           ("产出指标", "数量指标", "安全生命防护工程波形护栏安装长度", "≥18", "公里", 17400, "米", 6, guard_score, ""),
           ("产出指标", "数量指标", "危桥改造", "≥6", "座", 6, "座", 6, 6, ""),
           ("产出指标", "质量指标", "交工验收合格率", "100", "%", 100, "%", 6, 6, ""),
           ("产出指标", "质量指标", "路基路面压实度抽检合格率", "≥98", "%", 99.1, "%", 4, 4, ""),
           ("产出指标", "时效指标", "项目完工时间", "2024年11月30日前", "—", "2024年11月22日", "—", 6, 6, ""),
           ("产出指标", "成本指标", "提档升级单公里建设成本", "≤85", "万元/公里", 812600, "元/公里", 6, 6, ""),
           ("产出指标", "成本指标", "工程结算总金额", "≤1580", "万元", 15362480, "元", 6, 6, ""),
           ("效益指标", "社会效益指标", "沿线受益群众", "≥3.5", "万人", 36800, "人", 6, people_score, ""),
           ("效益指标", "社会效益指标", "沿线群众平均出行时间缩短", "≥10", "分钟", 0.2, "小时", 6, 6, ""),
           ("效益指标", "社会效益指标", "农村公路优良中等路率", "≥85", "%", 87.6, "%", 6, 6, ""),
           ("效益指标", "经济效益指标", "沿线农产品运输成本降低率", "≥5", "%", 4.2, "%", 4, P(4.2, 5, 4),
            "部分路段12月下旬才通车，运输成本下降效果尚未完全显现，按完成比例计分"),
           ("效益指标", "生态效益指标", "施工扬尘噪声投诉", "≤5", "件", 2, "件", 4, 4, ""),
           ("效益指标", "可持续影响指标", "农村公路管养长效机制", "健全", "—", "基本健全", "—", 6, 5,
            "“路长制”考核办法尚在修订，养护资金稳定投入机制有待完善"),
           ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90", "%", 93.2, "%", 10, 10, "")]
    assert len(ind) == 15 and sum(x[7] for x in ind) == 90 and P(4.2, 5, 4) == 3.36 and P(17.4, 18, 6) == 5.8
    # the unit conversions behind the traps and the plants
    assert 43260 / 1000 >= 42 and 17400 / 1000 < 18 and 812600 / 10000 <= 85 and 15362480 / 10000 <= 1580
    assert 36800 / 10000 >= 3.5 and 0.2 * 60 >= 10
    rows = [(x[0], x[1], x[2], with_unit(x[3], x[4]), with_unit(x[5], x[6]), x[7], x[8], x[9]) for x in ind]
    fund = (None, None, "年度资金总额", None, f"{rate:.2f}%", 10, fs, "")
    total = r2(fs + s2(rows, 6))
    assert total == 95.83, total
    g = with_project(gold(None, dept, 2024, "COUNTY", "江苏省", "SELF_EVALUATION", None, total, 100, grade(total),
                          budget(ia, aa, ea, rate), [], grows([fund] + rows)), project, unit)
    km_text = "43.62"  # PLANT SAME_FIGURE_DIFFERS: 实际完成情况 says 43.62公里; the row's 43260米 is 43.26公里
    plan = ("提档升级改造农村公路42公里以上，实施安全生命防护工程安装波形护栏18公里以上，改造危桥6座，2024年11月底前全部完工；"
            "工程交工验收合格率100%，沿线3.5万名以上群众出行条件明显改善，群众满意度90%以上。")
    done = (f"完成农村公路提档升级改造{km_text}公里，安装波形护栏17.4公里，改造危桥6座，2024年11月22日全部完工；交工验收合格率"
            "100%，工程结算总金额1536.25万元；沿线受益群众3.68万人，群众满意度93.2%。")
    meta = dict(dept=dept, unit=unit, project=project, src=src, src_rates=src_rates, ia=ia, aa=aa, ea=ea, rate=rate,
                fs=fs, ind=ind, total=total, plan=plan, done=done)
    fnd = [F("TARGET_MISSED_FULL_MARKS", "安全生命防护工程波形护栏安装长度",
             "安全生命防护工程波形护栏安装长度 | ≥18 | 公里 | 17400 | 米 | 6 | 6", "6", "< 6", "HIGH", "WARNING",
             "the target is in 公里 and the actual in 米 (each in its own 计量单位 column): 17400米 = 17.4公里 against "
             "≥18公里, missed, yet the row scores the full 6 with no 偏差原因; the 说明's proportion rule (after "
             "conversion to one unit) gives 6 × 17.4 ÷ 18 = 5.8; the 实际完成情况 itself says 安装波形护栏17.4公里"),
           F("TARGET_MET_POINTS_LOST", "沿线受益群众",
             "沿线受益群众 | ≥3.5 | 万人 | 36800 | 人 | 6 | 4", "4", "6", "HIGH", "WARNING",
             "36800人 = 3.68万人 against ≥3.5万人: the target is met (the 实际完成情况 says 3.68万人), yet the row scores 4 "
             "of 6 and gives no 偏差原因; the 说明 gives a met quantitative target the full 分值 (the total would be "
             f"{fmt(r2(total + 2))})"),
           F("SAME_FIGURE_DIFFERS", "农村公路提档升级改造里程",
             f"实际完成情况：完成农村公路提档升级改造{km_text}公里 / 农村公路提档升级改造里程 | ≥42 | 公里 | 43260 | 米",
             f"{km_text}公里", "43.26公里", "HIGH", "WARNING",
             f"the 年度总体目标's 实际完成情况 gives {km_text}公里, the indicator row 43260米 = 43.26公里 (digits swapped); "
             "the row's full 8 stands on either (both above ≥42公里)")]
    return {"stem": "h324_huaiyin_jiaotong", "format": "xlsx", "write": write324, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["TARGETS AND ACTUALS ARE IN DIFFERENT UNITS on the same row: the two-row header puts 指标值 | 计量单位 "
                      "under 年度指标值 and 完成值 | 计量单位 under 实际完成值; the 说明 says targets follow the 绩效目标申报表 "
                      "and actuals the 统计台账 / 财务核算, each in the unit of its own 计量单位 column; a row is met or "
                      "missed only after conversion",
                      "met after conversion, though the bare numbers look otherwise: 43260米 vs ≥42公里 (43.26公里); "
                      "812600元/公里 vs ≤85万元/公里 (81.26万元/公里, a ceiling, met); 15362480元 vs ≤1580万元 (1536.248万元, "
                      "a ceiling, met); 0.2小时 vs ≥10分钟 (12分钟) — all at full marks, rightly",
                      "工程结算总金额 15362480元 (1,536.25万元) is an indicator, not the 全年执行数 (1,562.38万元, which "
                      "includes 设计 / 监理 payments): two different figures, not one figure stated twice",
                      f"funds: 省级 1,200.00 + 区级 400.00 / 450.00 = 年度资金总额 {mc(ia)} / {mc(aa)}; 执行 1,148.56 + 413.82 "
                      f"= {mc(ea)}; {rate:.2f}%, 95.71% and 91.96% right; under budget; 年初 < 全年 (区级追加 50.00); 年度资金总额 "
                      f"{rate:.2f}% × 10 = 9.469 → {fmt(fs)}",
                      "危桥改造 6 vs ≥6座 (met exactly); 交工验收合格率 100 vs 100 (%, met exactly); 施工扬尘噪声投诉 2 vs "
                      "≤5件 (a ceiling, met); 沿线农产品运输成本降低率 4 × 4.2 ÷ 5 = 3.36 (proportion rule, with a reason); "
                      "农村公路管养长效机制 −1 with a reason (judgement)",
                      f"总分 {fmt(total)} = 9.47 + the 15 rows as printed (the full 6 and the 4 included); 优 (also on the "
                      "corrected figures)"]}


def write324(rep, path):
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
    grey = PatternFill("solid", fgColor="E7E6E6")
    f10, f10b, f9 = Font(name="宋体", size=10), Font(name="宋体", size=10, bold=True), Font(name="宋体", size=9)
    widths = (10, 12, 28, 12, 10, 12, 10, 7, 7, 16, 16)
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
    ws.merge_cells("A3:F3")
    put(3, 9, "金额单位：万元", h="right", border=False)
    ws.merge_cells(f"I3:{last}3")
    put(4, 1, "项目名称", f10b)
    merge(4, 1, 4, 2)
    put(4, 3, M["project"], h="left")
    merge(4, 3, 4, 11)
    put(5, 1, "主管部门", f10b)
    merge(5, 1, 5, 2)
    put(5, 3, M["dept"], h="left")
    merge(5, 3, 5, 5)
    put(5, 6, "实施单位", f10b)
    merge(5, 6, 5, 7)
    put(5, 8, M["unit"], h="left")
    merge(5, 8, 5, 11)
    for c1, c2, h in ((1, 3, "项目资金（万元）"), (4, 4, "年初预算数"), (5, 5, "全年预算数"), (6, 6, "全年执行数"), (7, 7, "分值"),
                      (8, 8, "执行率"), (9, 9, "得分"), (10, 11, "")):
        put(6, c1, h, f10b, fill=grey)
        if c2 > c1:
            merge(6, c1, 6, c2)
    r = 7
    bud = [("年度资金总额", M["ia"], M["aa"], M["ea"], 10, M["rate"], M["fs"])]
    bud += [(lab, a, b_, e_, None, rt, None) for (lab, a, b_, e_), rt in zip(M["src"], M["src_rates"])]
    for lab, a, b_, e_, w, rt, s in bud:
        put(r, 1, lab, h="left")
        merge(r, 1, r, 3)
        for k, v in enumerate((a, b_, e_)):
            put(r, 4 + k, v, h="right", fmt_="#,##0.00")
        put(r, 7, w if w is not None else "—")
        put(r, 8, round(rt / 100, 4), fmt_="0.00%")
        put(r, 9, s if s is not None else "—")
        put(r, 10, "")
        merge(r, 10, r, 11)
        r += 1
    put(r, 1, "年度总体目标", f10b)
    merge(r, 1, r + 1, 1)
    put(r, 2, "预期目标", f10b)
    put(r, 3, M["plan"], h="left")
    merge(r, 3, r, 11)
    ws.row_dimensions[r].height = 44
    put(r + 1, 2, "实际完成情况", f10b)
    put(r + 1, 3, M["done"], h="left")
    merge(r + 1, 3, r + 1, 11)
    ws.row_dimensions[r + 1].height = 44
    r += 2
    put(r, 1, "绩效指标", f10b)
    merge(r, 1, r, 11)
    r += 1
    h0 = r
    for k, h in ((1, "一级指标"), (2, "二级指标"), (3, "三级指标"), (8, "分值"), (9, "得分"), (10, "偏差原因分析及改进措施")):
        put(r, k, h, f10b, fill=grey)
        merge(r, k, r + 1, k if k != 10 else 11)
    put(r, 4, "年度指标值", f10b, fill=grey)
    merge(r, 4, r, 5)
    put(r, 6, "实际完成值", f10b, fill=grey)
    merge(r, 6, r, 7)
    for k, h in ((4, "指标值"), (5, "计量单位"), (6, "完成值"), (7, "计量单位")):
        put(r + 1, k, h, f10b, fill=grey)
    ws.row_dimensions[r].height = 18
    ws.row_dimensions[r + 1].height = 18
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
        merge(r, 10, r, 11)
        ws.row_dimensions[r].height = 36 if x[9] else 22
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
    merge(r, 1, r, 7)
    put(r, 8, 100, f10b)
    put(r, 9, M["total"], f10b)
    put(r, 10, f"自评等级：{grade(M['total'])}", f10b)
    merge(r, 10, r, 11)
    r += 2
    note = ("说明：1.年度资金总额得分＝执行率×分值；2.年度指标值按项目绩效目标申报表填列，实际完成值按统计台账和财务核算口径填列，"
            "两者计量单位不一致的，以各自“计量单位”栏为准；3.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×"
            "分值”计分（折算为同一计量单位后计算）；4.定性指标根据完成情况酌情扣分；5." + BANDS)
    put(r, 1, note, h="left", border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
    ws.row_dimensions[r].height = 58
    r += 1
    put(r, 1, "填报人：周立新　　审核人：王海燕　　联系电话：0517-84912635　　填报日期：2025年3月26日", h="left",
        border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
    ws.print_title_rows = f"{h0}:{h0 + 1}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    wb.save(path)
    H.A.normalize_zip(path)


ALL.append(h324())


# ============================================================ h325 咸宁市通山县卫生健康局 (DOCX, 偏差率 column, scores by deviation bands)

def dev(a, t, reverse=False):
    """the 说明's 偏差率: (实际 − 目标) ÷ 目标 × 100, 反向 (≤) indicators (目标 − 实际) ÷ 目标 × 100"""
    return round(((t - a) if reverse else (a - t)) / t * 100 + 1e-9, 2)


def band_score(d, w):
    """the 说明's bands as they were meant (the printed text overlaps at −5%, where no row falls)"""
    assert abs(d + 5) > 1e-9 and abs(d + 10) > 1e-9 and abs(d + 20) > 1e-9, d
    f = 1 if d >= 0 else 0.9 if d > -5 else 0.8 if d > -10 else 0.6 if d > -20 else 0
    return r2(w * f)


def h325():
    dept = "通山县卫生健康局"
    ib_b, ib_p = 3126.40, 3715.90
    ab_b, ab_p = 3248.75, 4067.11
    eb_b, eb_p = 3209.62, 3800.93
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate, rb, rp = pct(eb, ab), pct(eb_b, ab_b), pct(eb_p, ab_p)
    assert (ib, ab, eb, rate, rb, rp) == (6842.30, 7315.86, 7010.55, 95.83, 98.80, 93.46), (ib, ab, eb, rate, rb, rp)
    no_half(rate / 10, "fund score")
    fs = r2(rate / 10)
    assert fs == 9.58
    # (一级, 二级, 三级, 指标值, 完成值, (实际, 目标, 反向) or None, 分值, 得分 or None (= the band's), 偏差原因)
    spec = [("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥2.2万人", "2.31万人", (2.31, 2.2, False), 8, None, ""),
            ("产出指标", "数量指标", "家庭医生签约服务人数", "≥9.5万人", "8.93万人", (8.93, 9.5, False), 8, None,
             "部分乡镇家庭医生团队人员不足，签约扩面进度偏慢；2025年补充乡村医生12名"),
            ("产出指标", "数量指标", "适龄儿童国家免疫规划疫苗接种率", "≥95%", "97.2%", (97.2, 95, False), 6, None, ""),
            ("产出指标", "数量指标", "村卫生室标准化建设", "≥12个", "11个", (11, 12, False), 6,
             5.4,  # PLANT RULE_SCORE: −8.33% is in the 80% band (4.8); the row takes the 90% band's 5.4
             "1个村卫生室因选址调整未完成建设，计划2025年6月前完成"),
            ("产出指标", "质量指标", "居民电子健康档案规范化建档率", "≥90%", "88.2%", (88.2, 90, False), 6, None,
             "流动人口档案信息更新不及时，已开展专项清理"),
            ("产出指标", "质量指标", "传染病报告及时率", "100%", "100%", (100, 100, False), 4, None, ""),
            ("产出指标", "时效指标", "基本公共卫生服务补助资金拨付及时率", "100%", "100%", (100, 100, False), 4, None, ""),
            ("产出指标", "成本指标", "家庭医生上门服务单次成本", "≤60元", "56元", (56, 60, True), 4, None, ""),
            ("效益指标", "社会效益指标", "孕产妇系统管理率", "≥90%", "92.6%", (92.6, 90, False), 6, None, ""),
            ("效益指标", "社会效益指标", "严重精神障碍患者规范管理率", "≥85%", "78.2%", (78.2, 85, False), 8, None,
             "部分患者长期外出务工，随访管理难度大；已建立外出患者信息协查机制"),
            ("效益指标", "社会效益指标", "居民健康素养水平", "≥28%", "26.9%", (26.9, 28, False), 6, None,
             "农村地区健康教育覆盖面不足，2025年加大健康巡讲频次"),
            ("效益指标", "可持续影响指标", "县域医共体建设长效机制", "健全", "基本健全", None, 6, 5,
             "医共体内人员、财务统一管理尚未完全到位"),
            ("效益指标", "可持续影响指标", "每千人口执业（助理）医师数", "≥2.6人", "2.71人", (2.71, 2.6, False), 8, None, ""),
            ("满意度指标", "服务对象满意度指标", "群众就医满意度", "≥90%", "91.8%", (91.8, 90, False), 10, None, "")]
    ind, devs_true = [], []
    for l1, l2, l3, t, a, d, w, s, why in spec:
        if d is None:
            dp, sc = "—", s
            devs_true.append(None)
        else:
            dv = dev(*d)
            devs_true.append(dv)
            dp = f"{dv:.2f}%"
            sc = band_score(dv, w) if s is None else s
        ind.append([l1, l2, l3, t, a, dp, w, sc, why])
    k_lit = [x[2] for x in ind].index("居民健康素养水平")
    assert ind[k_lit][5] == "-3.93%" and band_score(-1.10, 6) == band_score(-3.93, 6) == 5.4
    ind[k_lit][5] = "-1.10%"  # PLANT FORMULA: 26.9% vs ≥28% printed −1.10% (percentage points); (26.9 − 28) ÷ 28 = −3.93%
    k_vil = [x[2] for x in ind].index("村卫生室标准化建设")
    assert ind[k_vil][5] == "-8.33%" and band_score(-8.33, 6) == 4.8 and ind[k_vil][7] == 5.4
    assert [x[5] for x in ind] == ["5.00%", "-6.00%", "2.32%", "-8.33%", "-2.00%", "0.00%", "0.00%", "6.67%", "2.89%",
                                   "-8.00%", "-1.10%", "—", "4.23%", "2.00%"], [x[5] for x in ind]
    assert len(ind) == 14 and sum(x[6] for x in ind) == 90
    rows = [tuple(x[:5]) + (x[6], x[7], x[8]) for x in ind]
    fund = (None, None, "年度资金总额", None, f"{rate:.2f}%", 10, fs, "")
    total = r2(fs + s2(rows, 6))
    assert total == 93.58, total
    g = gold(None, dept, 2024, "COUNTY", "湖北省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), [], grows([fund] + rows))
    rule = ("说明：1.年度资金总额得分＝执行率×分值；2.偏差率＝（实际完成值－年度指标值）÷年度指标值×100%，反向指标（年度指标值为"
            "“≤”的）按（年度指标值－实际完成值）÷年度指标值×100%计算，偏差率为正数或零表示完成或超额完成年度指标；3.定量指标按偏差率"
            "分档计分：偏差率≥0的得满分；偏差率小于0且不低于-5%的，得分值的90%；"
            "偏差率在-5%（含）至-10%（含）之间的，得分值的80%；"  # PLANT MALFORMED_RULE: −5% is in both the 90% and the 80% band
            "偏差率在-10%（不含）至-20%（含）之间的，得分值的60%；偏差率低于-20%的不得分；4.定性指标偏差率栏填“—”，根据完成情况酌情"
            "扣分；5." + BANDS)
    plan = ("目标1：做好基本公共卫生服务，65岁及以上老年人健康管理2.2万人以上，家庭医生签约服务9.5万人以上，适龄儿童免疫规划疫苗接种"
            "率95%以上；目标2：完成12个村卫生室标准化建设，推进县域医共体建设；目标3：提升居民健康素养水平至28%以上，群众就医满意度"
            "90%以上。")
    done = ("目标1：老年人健康管理2.31万人，家庭医生签约服务8.93万人，免疫规划疫苗接种率97.2%；目标2：完成11个村卫生室标准化建设，"
            "县域医共体基本建成；目标3：居民健康素养水平26.9%，群众就医满意度91.8%。")
    meta = dict(dept=dept, ind=ind, total=total, fs=fs, rate=rate, rule=rule, plan=plan, done=done,
                bud=[("年度资金总额", ib, ab, eb, 10, rate, fs), ("其中：基本支出", ib_b, ab_b, eb_b, None, rb, None),
                     ("　　　项目支出", ib_p, ab_p, eb_p, None, rp, None)])
    fnd = [F("FORMULA", "居民健康素养水平 偏差率",
             "居民健康素养水平 | ≥28% | 26.9% | -1.10% | 6 | 5.4", "-1.10%", "-3.93%", "HIGH", "ERROR",
             "the 说明 defines 偏差率 = (实际完成值 − 年度指标值) ÷ 年度指标值 × 100%: (26.9 − 28) ÷ 28 = −3.93%; the cell "
             "prints −1.10%, the difference in percentage points, which the other rate rows do not use (免疫接种率 "
             "(97.2 − 95) ÷ 95 = 2.32%, 建档率 −2.00%, 规范管理率 −8.00%); the score 5.4 (90% band) is the same on −3.93%, so "
             "only the printed 偏差率 is wrong"),
           F("RULE_SCORE", "村卫生室标准化建设",
             "村卫生室标准化建设 | ≥12个 | 11个 | -8.33% | 6 | 5.4", "5.4", "4.8", "HIGH", "ERROR",
             "the row's own 偏差率 −8.33% (right: (11 − 12) ÷ 12) falls in the 说明's band “-5%（含）至-10%（含）… 得分值的"
             "80%”: 6 × 80% = 4.8; the row takes the 90% band's 5.4 (the 总分 would be "
             f"{fmt(r2(total - 0.6))}); the band overlap at −5% (a separate finding) does not touch −8.33%"),
           F("MALFORMED_RULE", "说明 偏差率分档",
             "偏差率小于0且不低于-5%的，得分值的90%；偏差率在-5%（含）至-10%（含）之间的，得分值的80%",
             "不低于-5% → 90%；-5%（含）至-10%（含） → 80%", "−5% in two bands (90% and 80%)", "HIGH", "WARNING",
             "the 说明's bands overlap: a 偏差率 of exactly −5% is “不低于-5%” (90% of the 分值) and also in “-5%（含）至-10%"
             "（含）” (80%); no row of this year sits on −5% (65岁及以上老年人健康管理 is +5.00%, a positive deviation), "
             "so the overlap changes no score this year")]
    return {"stem": "h325_tongshan_weijian", "format": "docx", "write": write325, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the indicator table carries a 偏差率 COLUMN between 实际完成值 and 分值, and the 说明 scores every "
                      "quantitative row by DEVIATION BANDS (≥0 full; below 0 to −5% 90%; −5% to −10% 80%; −10% to −20% 60%; "
                      "below −20% nothing); the 偏差率 is not a score, not an actual and not an execution rate; qualitative "
                      "rows print “—”",
                      "positive 偏差率 are over-achievement, scored full: 65岁及以上老年人健康管理 (2.31 − 2.2) ÷ 2.2 = 5.00% "
                      "(exactly +5%, not the −5% boundary), 免疫接种率 2.32% (2.3158), 孕产妇系统管理率 2.89% (2.8889), "
                      "每千人口医师数 4.23% (4.2308), 满意度 2.00%; 传染病报告及时率 and 拨付及时率 0.00% (met exactly, full)",
                      "家庭医生上门服务单次成本 is a 反向 (≤) indicator: (60 − 56) ÷ 60 = 6.67%, positive = better, full 4",
                      "bands applied right: 家庭医生签约 −6.00% → 8 × 80% = 6.4; 电子健康档案 −2.00% → 6 × 90% = 5.4; "
                      "严重精神障碍 −8.00% → 8 × 80% = 6.4; 居民健康素养 −3.93% → 6 × 90% = 5.4 (the printed −1.10% gives the "
                      "same band); each with a reason; 医共体长效机制 −1 with a reason (judgement)",
                      f"budget: 基本 + 项目 = 年度资金总额 in every column ({mc(ib)}, {mc(ab)}, {mc(eb)}); {rate:.2f}%, "
                      f"{rb:.2f}% and {rp:.2f}% right; under budget; 年初 < 全年 (追加); 年度资金总额 {rate:.2f}% × 10 = "
                      f"9.583 → {fmt(fs)}",
                      f"总分 {fmt(total)} = {fmt(fs)} + the 14 rows as printed (5.4 included); 优 (also on "
                      f"{fmt(r2(total - 0.6))})"]}


def write325(rep, path):
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm
    from reports34 import new_doc, para
    from reports36_common import grid, cell_put
    M = rep["meta"]
    doc = new_doc(landscape=True)
    para(doc, "部门整体支出绩效自评表", bold=True, size=16, center=True, after=2)
    para(doc, "（2024年度）", center=True, after=4)
    p = para(doc, f"填报单位（盖章）：{M['dept']}" + "　" * 34 + "金额单位：万元", size=10, after=2)
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    ind = M["ind"]
    n = 1 + 1 + 3 + 2 + 1 + len(ind) + 1
    t = grid(doc, n, [20, 22, 50, 24, 24, 20, 14, 14, 69])
    for row_ in t.rows:
        row_.height = Mm(7)
        row_.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST

    def put(r, c, text, align="c", bold=False, size=9, to=None):
        cell = t.cell(r, c)
        if to is not None and to != c:
            cell = cell.merge(t.cell(r, to))
        cell_put(cell, text, size=size, bold=bold, align=align)
        return cell

    put(0, 0, "部门（单位）名称", bold=True, to=1)
    put(0, 2, M["dept"], "l", to=8)
    for k, h in ((0, "部门预算资金（万元）"), (3, "年初预算数"), (4, "全年预算数"), (5, "全年执行数"), (6, "分值"), (7, "执行率"),
                 (8, "得分")):
        put(1, k, h, bold=True, to=2 if k == 0 else None)
    for i, (lab, a, b_, e_, w, rt, s) in enumerate(M["bud"]):
        r = 2 + i
        put(r, 0, lab, "l", to=2)
        for k, v in enumerate((a, b_, e_)):
            put(r, 3 + k, mc(v), "r")
        put(r, 6, fmt(w) if w is not None else "—")
        put(r, 7, f"{rt:.2f}%")
        put(r, 8, fmt(s) if s is not None else "—")
    t.cell(5, 0).merge(t.cell(6, 0))
    put(5, 0, "年度总体目标", bold=True)
    put(5, 1, "预期目标", bold=True)
    put(5, 2, M["plan"], "l", to=8)
    put(6, 1, "实际完成情况", bold=True)
    put(6, 2, M["done"], "l", to=8)
    for k, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差率", "分值", "得分",
                           "偏差原因分析及改进措施"]):
        put(7, k, h, bold=True)
    r0 = 8
    for i, x in enumerate(ind):
        r = r0 + i
        put(r, 2, x[2], "l")
        put(r, 3, x[3])
        put(r, 4, x[4])
        put(r, 5, x[5])
        put(r, 6, fmt(x[6]))
        put(r, 7, fmt(x[7]))
        put(r, 8, x[8], "l", size=8)
    for col in (0, 1):
        for a, b in spans(ind, col):
            cell = t.cell(r0 + a, col)
            if b > a:
                cell = cell.merge(t.cell(r0 + b, col))
            cell_put(cell, ind[a][col], size=9)
    r = r0 + len(ind)
    put(r, 0, "总分", bold=True, to=5)
    put(r, 6, "100", bold=True)
    put(r, 7, fmt(M["total"]), bold=True)
    put(r, 8, f"自评等级：{grade(M['total'])}", bold=True)
    para(doc, M["rule"], size=9)
    para(doc, "填报人：陈雅琴　　审核人：阮志强　　联系电话：0715-2362418　　填报日期：2025年4月16日", size=10)
    doc.save(path)
    H.A.normalize_zip(path)


ALL.append(h325())


# ============================================================ h326 温州市瓯海区住房和城乡建设局 (PDF, third-party, rectification tables)

def h326():
    dept = "温州市瓯海区住房和城乡建设局"
    unit = "温州市瓯海区城市更新服务中心"
    project = "2024年瓯海区城镇老旧小区改造项目"
    evaluator = "浙江瓯信工程咨询有限公司"
    src = [("中央补助资金", 3000.00), ("省级补助资金", 1800.00), ("区级财政资金", 4400.00)]
    ia, aa, ea = 8600.00, r2(sum(x[1] for x in src)), 8734.52
    rate = pct(ea, aa)
    assert (aa, rate) == (9200.00, 94.94), (aa, rate)
    no_half(5 * rate / 100, "预算执行率 5 × rate")
    bs = r2(5 * rate / 100)
    assert bs == 4.75
    prop = "达到目标值得满分，未达到按“实际完成值÷年度指标值×分值”计分"
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 评分标准, 评分依据及扣分原因)
    ind = [("决策", "项目立项", "立项依据充分性", "—", "—", 3, 3, "立项依据充分、符合上级政策和区级规划得满分，否则酌情扣分",
            "项目列入区城镇老旧小区改造规划，依据充分"),
           ("决策", "项目立项", "立项程序规范性", "—", "—", 3, 3, "按规定程序申报审批、资料齐全得满分，否则酌情扣分",
            "经区政府常务会议审议，程序规范"),
           ("决策", "绩效目标", "绩效目标合理性", "—", "—", 3, 2.5, "目标与项目内容、预算相匹配得满分，否则酌情扣分",
            "部分目标值设置偏保守，扣0.5分"),
           ("决策", "绩效目标", "绩效指标明确性", "—", "—", 3, 2, "指标细化量化得满分，每有1项指标不可衡量扣0.5分",
            "2项效益指标不可衡量，扣1分"),
           ("决策", "资金投入", "预算编制科学性", "—", "—", 3, 2.5, "预算测算依据充分、与改造内容匹配得满分，否则酌情扣分",
            "部分小区改造内容测算偏粗，扣0.5分"),
           ("过程", "资金管理", "资金到位率", "100%", "100%", 4, 4, "到位率×分值", "各级资金全部到位"),
           ("过程", "资金管理", "预算执行率", "100%", f"{rate:.2f}%", 5, bs, "执行率×分值",
            f"支出{mc(ea)}万元，执行率{rate:.2f}%"),
           ("过程", "资金管理", "资金使用合规性", "—", "—", 4, 3.5, "资金使用符合规定得满分，每发现1处不规范扣0.5分",
            "1笔工程款支付凭证附件不全，扣0.5分"),
           ("过程", "组织实施", "管理制度健全性", "—", "—", 3, 3, "制度健全得满分，否则酌情扣分", "制定项目管理和资金管理办法"),
           ("过程", "组织实施", "制度执行有效性", "—", "—", 4, 3, "制度执行有效、资料齐全得满分，否则酌情扣分",
            "4个小区施工变更未及时报批，扣1分"),
           ("产出", "产出数量", "完成改造小区数量", "≥42个", "42个", 8, 8, prop, "42个小区全部完成改造"),
           ("产出", "产出数量", "惠及居民户数", "≥6800户", "7126户", 6, 6, prop, "超额完成"),
           ("产出", "产出数量", "加装电梯数量", "≥50台", "46台", 6, P(46, 50, 6), prop, "完成46台，6×46÷50=5.52"),
           ("产出", "产出质量", "工程竣工验收合格率", "100%", "100%", 8, 8, "合格率×分值", "已完工小区全部验收合格"),
           ("产出", "产出时效", "项目完工及时率", "≥95%", "90.5%", 6, 3.75, "≥95%得满分，每低1个百分点扣0.5分",
            "4个小区延期完工，低4.5个百分点，扣2.25分"),
           ("产出", "产出成本", "单位面积改造成本", "≤350元/平方米", "332元/平方米", 6, 6, "不超过标准得满分，超出不得分",
            "未超标准"),
           ("效益", "社会效益", "小区基础设施完好率提升", "≥20个百分点", "24个百分点", 6, 6, prop, "超额完成"),
           ("效益", "社会效益", "改造小区消防安全隐患整改率", "100%", "100%", 5, 5, "整改率×分值", "隐患全部整改"),
           ("效益", "可持续影响", "改造后长效管理机制", "建立", "已建立", 5,
            5,  # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: 六 and 表3 say 12 of the 42 小区 have no 物业管理 in place
            "建立物业管理等长效管理机制并落实到位得满分，否则酌情扣分", "制定改造后小区长效管理办法"),
           ("效益", "满意度", "居民满意度", "≥90%", "92.4%", 9, 9, "≥90%得满分，每低1个百分点扣1分", "有效问卷386份")]
    assert len(ind) == 20 and s2(ind, 5) == 100 and P(46, 50, 6) == 5.52 and r2(6 - 0.5 * (95 - 90.5)) == 3.75
    assert r2(38 / 42 * 100) == 90.48  # 38 of 42 on time, printed 90.5%
    true_total = s2(ind, 6)
    assert true_total == 93.52, true_total
    total = 93.25  # PLANT TOTAL_VS_ROWS: 三, 表1's 合计 and the 评分表's 合计 print 93.25; the 20 rows add to 93.52
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert sec == [("决策", 15, 13), ("过程", 20, 18.25), ("产出", 40, 37.27), ("效益", 25, 25)], sec
    rates = [f"{pct(s_, w):.2f}%" for _, w, s_ in sec]
    assert rates == ["86.67%", "91.25%", "93.18%", "100.00%"], rates
    rates[2] = "93.81%"  # PLANT SCORE_RATE: 表1's 产出 得分率 93.81%; 37.27 ÷ 40 = 93.18%
    tot_rate = f"{total:.2f}%"
    g = with_project(gold(None, dept, 2024, "COUNTY", "浙江省", "THIRD_PARTY_EVALUATION", evaluator, total, 100,
                          grade(total), budget(ia, aa, ea, rate), sec, grows([x[:8] for x in ind])), project, unit)
    last_year = [("1", "项目实施进度滞后，部分小区未按期完工", "项目完工及时率", "72.0%", "90.5%", "部分整改"),
                 ("2", "加装电梯推进缓慢", "加装电梯数量", "完成21台（目标40台）", "完成46台（目标50台）", "整改中"),
                 ("3", "绩效指标设置不够细化", "绩效指标明确性", "3项指标不可衡量", "2项指标不可衡量", "部分整改"),
                 ("4", "资金支付进度偏慢", "预算执行率", "86.30%", f"{rate:.2f}%", "已整改"),
                 ("5", "居民参与程度不高", "居民满意度", "87.5%", "92.4%", "已整改")]
    follow = [("1", "加装电梯数量", "46台", "53台", "对意见不一致的单元逐户协调，2025年新增加装7台", "已完成"),
              ("2", "项目完工及时率", "90.5%", "100%", "延期的4个小区已于2025年7月全部完工", "已完成"),
              ("3", "改造后长效管理机制", "30个小区落实物业管理（12个未落实）", "37个小区落实物业管理",
               "对无物业小区推行街道托管、居民自治等方式", "整改中"),
              ("4", "预算执行率", f"{rate:.2f}%", "99.12%", "结转资金已于2025年上半年支付", "已完成"),
              ("5", "绩效指标明确性", "2项指标不可衡量", "已修订", "修订2025年度项目绩效目标表", "已完成")]
    meta = dict(dept=dept, unit=unit, project=project, evaluator=evaluator, src=src, ia=ia, aa=aa, ea=ea, rate=rate,
                ind=ind, total=total, sec=sec, rates=rates, tot_rate=tot_rate, last_year=last_year, follow=follow)
    fnd = [F("TOTAL_VS_ROWS", "综合得分",
             f"综合得分{fmt(total)}分 / 表1 合计 | 100 | {fmt(total)} | {tot_rate} / 评分表 合计 | 100 | {fmt(total)}",
             fmt(total), fmt(true_total), "HIGH", "ERROR",
             f"the 评分表's 20 rows add to {fmt(true_total)} (决策 13 + 过程 18.25 + 产出 37.27 + 效益 25, as 表1's own 一级 "
             f"lines say), but the 评分表's 合计, 表1's 合计 (and its {tot_rate}) and 三's 综合得分 print {fmt(total)} (digits "
             "swapped); one slip printed three times; the grade 优 stands on either"),
           F("SCORE_RATE", "表1 产出 得分率", f"产出 | 40 | 37.27 | {rates[2]}", rates[2], "93.18%", "HIGH", "ERROR",
             "表1's 得分率 is 得分 ÷ 分值: 37.27 ÷ 40 = 93.18%, printed 93.81% (digits swapped); the other 一级 rates "
             "(86.67%, 91.25%, 100.00%) are right"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "改造后长效管理机制",
             "改造后长效管理机制 | 建立 | 已建立 | 5 | 5 / 六：仍有12个小区未落实物业管理等长效管理措施", "5", "< 5", "HIGH",
             "WARNING",
             "the row's 评分标准 gives full marks only when the 长效管理机制 is 建立 … 并落实到位, and the row scores the full 5; "
             "the report's own 六、存在的问题 says 12 of the 42 改造 小区 still have no 物业管理 or other 长效管理 in place, "
             "and 表3 lists the same row at 评价时 “30个小区落实物业管理（12个未落实）”, 整改中; full marks contradict "
             "the report's own narrative (how much to deduct is the evaluator's judgement)")]
    return {"stem": "h326_ouhai_zhujian", "format": "pdf", "draw": draw326, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the report carries two RECTIFICATION tables that repeat indicator names with OTHER YEARS' or LATER "
                      "figures: 表2 上年度绩效评价发现问题整改情况 (涉及指标 | 上年度评价情况 | 本年度情况 | 整改状态: 项目完工"
                      "及时率 72.0% → 90.5%, 加装电梯 21台 → 46台, 预算执行率 86.30% → 94.94%, 居民满意度 87.5% → 92.4%) "
                      "and 表3 “边评边改”整改跟踪情况（截至2025年8月31日） (评价时完成值 | 跟踪核实值: 加装电梯 46台 → 53台, "
                      "完工及时率 90.5% → 100%, 预算执行率 94.94% → 99.12%); their rows are not indicators, their 2023 and "
                      "2025 figures are not this evaluation's actuals, and the report says the 跟踪核实值 is not a basis of the "
                      "score; the 本年度情况 and 评价时完成值 columns agree with the 评分表",
                      "the 评分表 is an appendix on two landscape pages (附件（续） and the header again on the second)",
                      f"预算执行率 5 × {rate:.2f}% = 4.747 → 4.75 (执行率×分值); 加装电梯数量 6 × 46 ÷ 50 = 5.52 (proportion "
                      "rule); 项目完工及时率 90.5%: 6 − 0.5 × 4.5 = 3.75 (每低1个百分点扣0.5分); 绩效指标明确性 2 items × 0.5 = "
                      "1 (its rule)",
                      "项目完工及时率 90.5%: 38 of 42 小区 on time = 90.48%, printed to one decimal (rounding); "
                      "完成改造小区数量 42 vs ≥42个 (met exactly; 4 of them late, which the 及时率 row scores); 单位面积改造成本 "
                      "332 vs ≤350元/平方米 (a ceiling, met; not a budget figure)",
                      f"funds: 中央 3,000.00 + 省级 1,800.00 + 区级 4,400.00 = 全年预算 {mc(aa)} (年初 {mc(ia)}: 追加); 支出 "
                      f"{mc(ea)} ÷ {mc(aa)} = {rate:.2f}%; under budget",
                      "表1's 一级 scores (13, 18.25, 37.27, 25) add the rows; 决策 86.67%, 过程 91.25%, 效益 100.00% right; "
                      f"the 合计 得分率 {tot_rate} follows the printed total (part of the TOTAL_VS_ROWS finding, not a second "
                      "problem); 优 on either total"]}


def draw326(rep, path):
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
        c.drawCentredString(w_ / 2, 24, f"第 {page[0]} 页")

    def newpage(size=A4):
        foot()
        c.showPage()
        c.setPageSize(size)
        page[0] += 1

    L, R = 62, W - 62
    y = [Hh - 80]

    def room(h):
        if y[0] - h < 60:
            newpage()
            y[0] = Hh - 70

    def line(text, size=11, bold=False, center=False, gap=6):
        c.setFont(FONT, size)
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
        lines = wrap(text, R - L - 2 * size, size)
        first = True
        for ln in lines:
            room(size + 7)
            c.setFont(FONT, size)
            c.drawString(L + (2 * size if first else 0), y[0], ln)
            first = False
            y[0] -= size + 7
        y[0] -= 3

    def table(caption, cols, rows, size=9):
        """a ruled table with a bold header row, each row as tall as its longest wrapped cell"""
        hs = []
        for r in rows:
            n = max(len(wrap(v, w - 5, size)) for v, w in zip(r, cols))
            hs.append(max(20, n * (size + 2.5) + 8))
        room(sum(hs) + 30)
        c.setFont(FONT, 10)
        c.drawCentredString(W / 2, y[0], caption)
        c.drawCentredString(W / 2 + 0.3, y[0], caption)
        spec = [(i, k, 1, 1, v, "c", i == 0, None) for i, r in enumerate(rows) for k, v in enumerate(r)]
        x0 = L + (R - L - sum(cols)) / 2
        yb, _ = form_grid(c, x0, y[0] - 8, cols, hs, spec, size=size, lh=size + 2.5)
        y[0] = yb - 20

    y[0] = Hh - 110
    line(M["project"], 17, True, True, 12)
    line("绩效评价报告", 17, True, True, 34)
    for lab, v in (("委托单位", "温州市瓯海区财政局"), ("项目主管部门", M["dept"]), ("项目实施单位", M["unit"]),
                   ("评价机构", M["evaluator"]), ("报告编号", "瓯信绩评〔2025〕第041号"), ("报告日期", "2025年9月10日")):
        c.setFont(FONT, 12)
        c.drawString(140, y[0], f"{lab}：")
        c.drawString(235, y[0], v)
        y[0] -= 24
    y[0] -= 14
    srcs = "、".join(f"{n}{mc(v)}万元" for n, v in M["src"])
    line("一、项目基本情况", 12, True)
    prose("瓯海区2024年计划改造城镇老旧小区42个，涉及居民7000余户、建筑面积约58万平方米，主要内容包括小区基础设施改造、加装电梯、"
          f"消防设施完善和公共服务设施配套。项目由{M['dept']}主管，{M['unit']}具体实施。")
    prose(f"项目年初预算{mc(M['ia'])}万元，年中追加后全年预算{mc(M['aa'])}万元，其中{srcs}。截至2024年12月31日，项目实际支出"
          f"{mc(M['ea'])}万元，预算执行率{M['rate']:.2f}%。")
    line("二、绩效评价工作开展情况", 12, True)
    prose(f"受温州市瓯海区财政局委托，{M['evaluator']}组成评价组，于2025年5月至7月对该项目2024年度实施情况开展绩效评价，采用案卷"
          "研究、现场核查和问卷调查等方法，按决策、过程、产出、效益四类指标（满分100分）评分。评价过程中，评价组将发现的问题及时反馈"
          "项目单位，实行“边评边改”。")
    line("三、综合评价结论", 12, True)
    prose(f"经评价，该项目综合得分{fmt(M['total'])}分，评价等级为“{grade(M['total'])}”。各一级指标得分情况见表1。")
    rows = [["一级指标", "分值", "得分", "得分率"]]
    rows += [[n, fmt(w), fmt(s_), rt] for (n, w, s_), rt in zip(M["sec"], M["rates"])]
    rows.append(["合计", "100", fmt(M["total"]), M["tot_rate"]])
    table("表1　综合评分汇总表", [150, 100, 100, 120], rows)
    prose("评价等级划分：" + BANDS)
    line("四、绩效分析", 12, True)
    prose("2024年完成42个老旧小区改造，惠及居民7126户，加装电梯46台，已完工小区竣工验收合格率100%，小区基础设施完好率提升24个"
          "百分点，改造小区消防安全隐患全部整改，居民满意度92.4%。受部分小区施工变更影响，4个小区延期完工，项目完工及时率90.5%。")
    line("五、上年度绩效评价发现问题整改情况", 12, True)
    prose("2024年，区财政局委托对该项目2023年度资金开展了绩效评价，发现问题5个。本次评价对上年度问题的整改情况进行了核查，"
          "具体见表2。")
    rows = [["序号", "上年度评价发现的问题", "涉及指标", "上年度评价情况", "本年度情况", "整改状态"]]
    rows += [list(x) for x in M["last_year"]]
    table("表2　上年度绩效评价发现问题整改情况", [30, 130, 80, 90, 90, 50], rows)
    line("六、存在的问题", 12, True)
    prose("（一）绩效指标仍不够细化，2项效益指标不可衡量。（二）项目实施进度仍有滞后，4个小区延期完工；加装电梯46台，未完成50台的"
          "年度目标。（三）改造后长效管理机制落实不到位，改造完成的42个小区中仍有12个小区未落实物业管理等长效管理措施。（四）个别"
          "支出凭证附件不全，资金使用管理有待规范。")
    line("七、有关建议", 12, True)
    prose("细化量化绩效目标；加强施工组织和变更管理，确保按期完工；推动改造后小区物业管理全覆盖，建立“改管结合”的长效机制；"
          "规范资金支付审核。")
    line("八、“边评边改”整改跟踪情况", 12, True)
    prose("评价组于2025年7月向项目单位反馈评价发现的问题，项目单位随即开展整改。截至2025年8月31日的整改跟踪情况见表3。表中"
          "“评价时完成值”为评价基准日（2024年12月31日）数据，“跟踪核实值”为整改跟踪核实数据，不作为本次评分依据。")
    rows = [["序号", "指标名称", "评价时完成值", "跟踪核实值", "整改措施", "整改状态"]]
    rows += [list(x) for x in M["follow"]]
    table("表3　“边评边改”整改跟踪情况表（截至2025年8月31日）", [30, 80, 100, 80, 130, 50], rows)
    room(60)
    c.setFont(FONT, 11)
    c.drawRightString(R, y[0], M["evaluator"])
    c.drawRightString(R, y[0] - 20, "2025年9月10日")
    # ---- appendix: landscape 评分表
    LW, LH = landscape(A4)
    newpage(landscape(A4))
    x0 = 40
    cols = [38, 50, 104, 30, 176, 66, 66, 34, 198]
    heads = ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "年度指标值", "实际完成值", "得分", "评分依据及扣分原因"]
    size = 8
    ind = M["ind"]
    heights = []
    for x in ind:
        n = max(len(wrap(x[7], cols[4] - 5, size)), len(wrap(x[8], cols[8] - 5, size)),
                len(wrap(x[2], cols[2] - 5, size)), 1)
        heights.append(max(22, n * 10.5 + 8))
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
            c.drawString(x0, top - 50, f"项目实施单位：{M['unit']}")
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
            for k, v, al in ((2, x[2], "l"), (3, fmt(x[5]), "c"), (4, x[7], "l"), (5, x[3], "c"), (6, x[4], "c"),
                             (7, fmt(x[6]), "c"), (8, x[8], "l")):
                spec.append((r, k, 1, 1, v, al, False, None))
            hs.append(heights[i])
            r += 1
        last = pn == len(pages) - 1
        if last:
            spec.append((r, 0, 1, 3, "合计", "c", True, None))
            spec.append((r, 3, 1, 1, "100", "c", True, None))
            spec.append((r, 4, 1, 3, "", "c", False, None))
            spec.append((r, 7, 1, 1, fmt(M["total"]), "c", True, None))
            spec.append((r, 8, 1, 1, "", "c", False, None))
            hs.append(22)
        yb, _ = form_grid(c, x0, ytop, cols, hs, spec, size=size, lh=10.5)
        if last:
            c.setFont(FONT, 9)
            c.drawString(x0, yb - 16, "注：评分以评价基准日（2024年12月31日）数据为准；评价后整改情况见报告正文表3，不调整本表得分。")
            c.drawString(x0, yb - 32, "评价组成员签字：（略）　　　　　　　　　　　　　　评价机构：" + M["evaluator"])
    foot()
    c.save()


ALL.append(h326())


# ============================================================ h327 锦州市凌河区市场监督管理局 (HTML, separate 扣分明细表)

def h327():
    dept = "锦州市凌河区市场监督管理局"
    ib_b, ib_p = 1486.20, 620.00
    ab_b, ab_p = 1532.68, 846.50
    eb_b, eb_p = 1498.24, 724.40
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate, rb, rp = pct(eb, ab), pct(eb_b, ab_b), pct(eb_p, ab_p)
    assert (ib, ab, eb, rate, rb, rp) == (2106.20, 2379.18, 2222.64, 93.42, 97.75, 85.58), (ib, ab, eb, rate, rb, rp)
    carry = r2(100 - rate)
    assert carry == 6.58
    no_half(rate / 10, "预算执行率 score")
    exec_right = r2(rate / 10)
    assert exec_right == 9.34
    exec_score = 10  # PLANT BUDGET_ROW_SCORE: 预算执行率 10 of 10 at 93.42% (执行率×分值 = 9.34); not in the 扣分明细 either
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 扣分依据 (empty: no deduction))
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "较合理", 5, 4, "部分绩效目标与部门职能匹配度不高，酌情扣1分"),
           ("决策", "目标设定", "绩效指标明确性", "明确", "较明确", 5, 4.5, "1项指标未细化量化，每项扣0.5分，扣0.5分"),
           ("决策", "预算配置", "预算编制科学性", "科学", "科学", 5, 5, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, exec_score, ""),
           ("过程", "预算执行", "结转结余率", "≤5%", f"{carry:.2f}%", 5, r2(5 - (carry - 5)),
            f"结转结余率{carry:.2f}%，超过5%的部分每1个百分点扣1分，扣{fmt(r2(carry - 5))}分"),
           ("过程", "预算管理", "资金使用合规性", "合规", "合规", 5, 5, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "较规范", 5, 4.5, "2台执法记录仪未及时登记入账，扣0.5分"),
           ("产出", "产出数量", "食品安全监督抽检批次", "≥1800批次", "1862批次", 7, 7, ""),
           ("产出", "产出数量", "“双随机、一公开”抽查市场主体户数", "≥600户", "552户", 7, P(552, 600, 7),
            f"完成552户，按完成比例计分7×552÷600={fmt(P(552, 600, 7))}分，扣{fmt(r2(7 - P(552, 600, 7)))}分"),
           ("产出", "产出质量", "特种设备定期检验率", "≥98%", "98.6%", 7, 7, ""),
           ("产出", "产出质量", "抽检不合格食品核查处置率", "100%", "100%", 7, 7, ""),
           ("产出", "产出时效", "投诉举报按时办结率", "≥98%", "96.5%", 7, 5.5, "低于指标值1.5个百分点，每1个百分点扣1分，扣1.5分"),
           ("效益", "社会效益", "重大食品安全事故发生数", "0起", "0起", 6, 6, ""),
           ("效益", "社会效益", "市场主体增长率", "≥5%", "6.2%", 6, 6, ""),
           ("效益", "可持续影响", "智慧监管平台应用水平", "持续提升", "基本实现", 5, 4, "平台与省级系统数据尚未全部打通，酌情扣1分"),
           ("效益", "满意度", "群众满意度", "≥90%", "85.8%", 8, 3.8, "低于指标值4.2个百分点，每1个百分点扣1分，扣4.2分")]
    assert len(ind) == 16 and s2(ind, 5) == 100 and P(552, 600, 7) == 6.44
    ded = [(x[0], x[2], r2(x[5] - x[6]), x[7]) for x in ind if x[7]]
    assert all(d > 0 for _, _, d, _ in ded) and all(x[5] == x[6] for x in ind if not x[7] and x[2] != "预算执行率")
    ded_total = r2(sum(d for _, _, d, _ in ded))
    total = s2(ind, 6)
    assert total == 89.16 and ded_total == 10.84 and r2(100 - ded_total) == total, (total, ded_total)
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert sec == [("决策", 15, 13.5), ("过程", 25, 22.92), ("产出", 35, 32.94), ("效益", 25, 19.8)], sec
    sec_printed = [list(s_) for s_ in sec]
    sec_printed[2][2] = 32.4  # PLANT SECTION_VS_ROWS: 表3's 产出 line prints 扣分 2.6 / 得分 32.4; the rows give 2.06 / 32.94
    sec_printed = [tuple(s_) for s_ in sec_printed]
    grade_printed = "优"  # PLANT GRADE_OUTSIDE_BANDS: 89.16 is 良 by the printed bands
    assert grade(total) == "良" and grade(r2(total - 10 + exec_right)) == "良"
    g = gold(None, dept, 2024, "COUNTY", "辽宁省", "SELF_EVALUATION", None, total, 100, grade_printed,
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), sec_printed, grows(ind))
    meta = dict(dept=dept, ind=ind, total=total, sec=sec_printed, ded=ded, ded_total=ded_total, rate=rate,
                grade=grade_printed, carry=carry,
                bud=[("合计", ib, ab, eb, rate), ("其中：基本支出", ib_b, ab_b, eb_b, rb), ("　　　项目支出", ib_p, ab_p, eb_p, rp)])
    fnd = [F("BUDGET_ROW_SCORE", "预算执行率",
             f"预算执行率 | 10 | 100% | {rate:.2f}% | 10", "10", fmt(exec_right), "HIGH", "ERROR",
             f"the 评分说明 makes the 预算执行率 score 执行率 × 分值: {rate:.2f}% × 10 = {fmt(exec_right)}; the 评分表 gives the "
             "full 10 and the 扣分明细表 lists no deduction for the row (so the 扣分合计 10.84 agrees with the printed total, "
             f"not with the rule); with 9.34 the total would be {fmt(r2(total - 10 + exec_right))}"),
           F("SECTION_VS_ROWS", "表3 产出", "产出 | 35 | 2.6 | 32.4", "32.4", "32.94", "HIGH", "ERROR",
             "表3's 产出 line prints 扣分 2.6 and 得分 32.4; the 评分表's five 产出 rows add to 32.94 (7 + 6.44 + 7 + 7 + 5.5) and "
             "the 扣分明细表's 产出 deductions to 2.06 (0.56 + 1.5); 表3's own 合计 (10.84 / 89.16) follows the rows, so its "
             "lines no longer add to it; one slip (2.06 / 32.94 written 2.6 / 32.4)"),
           F("GRADE_OUTSIDE_BANDS", "自评等级", f"自评得分{fmt(total)}分，自评等级为“优”", "优", "良", "HIGH", "ERROR",
             f"四 prints the bands (90分（含）以上为“优”，80分（含）至90分为“良”…) and grades {fmt(total)} “优”; by those bands "
             f"{fmt(total)} is 良 (so is {fmt(r2(total - 10 + exec_right))}, the total with the 预算执行率 row at 9.34)")]
    return {"stem": "h327_linghe_shichang", "format": "html", "html": html327(meta), "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the 评分表 (表2) has NO deduction or reason column: 一级 | 二级 | 三级 | 分值 | 年度指标值 | 实际完成值 | 得分; "
                      "every deduction is in a SEPARATE 扣分明细表 (表4: 序号 | 一级指标 | 三级指标 | 扣分 | 扣分依据, eight "
                      "items and a 扣分合计 10.84), and 表3 sums them per 一级 (分值 | 扣分 | 得分); the 扣分明细 lines are not "
                      "indicators and their 扣分 are not scores",
                      "every 扣分 in 表4 equals 分值 − 得分 of its row in 表2 (绩效目标合理性 1, 绩效指标明确性 0.5, 结转结余率 "
                      "1.58, 资产管理规范性 0.5, 双随机抽查 0.56, 投诉举报按时办结率 1.5, 智慧监管平台 1, 群众满意度 4.2); "
                      "rows not in 表4 have full marks (预算执行率 aside: the BUDGET_ROW_SCORE finding); 扣分合计 10.84 = 100 − "
                      f"{fmt(total)}",
                      f"结转结余率 {carry:.2f}% (= 100% − {rate:.2f}%) vs ≤5%: 5 − 1.58 = 3.42 by its rule (a legitimate partial "
                      "score); 双随机抽查 7 × 552 ÷ 600 = 6.44 (proportion); 投诉举报 96.5% vs ≥98%: 7 − 1.5 = 5.5 and 群众满意度 "
                      "85.8% vs ≥90%: 8 − 4.2 = 3.8 (每1个百分点扣1分); 重大食品安全事故 0 vs 0起 (met exactly)",
                      f"表1: 基本 + 项目 = 合计 in every column ({mc(ib)}, {mc(ab)}, {mc(eb)}); {rate:.2f}%, {rb:.2f}% and "
                      f"{rp:.2f}% right; all under budget; 年初 < 全年 (追加)",
                      "表3's 决策 1.5 / 13.5, 过程 2.08 / 22.92, 效益 5.2 / 19.8 and 合计 10.84 / 89.16 agree with the rows (过程 "
                      "includes the full 10 of 预算执行率)"]}


def html327(M):
    e = esc
    bud_rows = "\n".join(
        f"<tr><td class=\"l\">{e(lab)}</td><td class=\"r\">{mc(a)}</td><td class=\"r\">{mc(b_)}</td>"
        f"<td class=\"r\">{mc(x)}</td><td>{rt:.2f}%</td></tr>" for lab, a, b_, x, rt in M["bud"])
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
        cells += [f"<td class=\"l\">{e(x[2])}</td>", f"<td>{fmt(x[5])}</td>", f"<td>{e(x[3])}</td>",
                  f"<td>{e(x[4])}</td>", f"<td>{fmt(x[6])}</td>"]
        trs.append("<tr>" + "".join(cells) + "</tr>")
    trs.append(f"<tr><td colspan=\"3\"><b>合计</b></td><td><b>100</b></td><td></td><td></td>"
               f"<td><b>{fmt(M['total'])}</b></td></tr>")
    ind_rows = "\n".join(trs)
    sec_rows = "\n".join(f"<tr><td>{e(n)}</td><td>{fmt(w)}</td><td>{f2(w - s_)}</td><td>{fmt(s_)}</td></tr>"
                         for n, w, s_ in M["sec"])
    sec_rows += (f"\n<tr><td><b>合计</b></td><td><b>100</b></td><td><b>{fmt(M['ded_total'])}</b></td>"
                 f"<td><b>{fmt(M['total'])}</b></td></tr>")
    ded_rows = "\n".join(f"<tr><td>{k + 1}</td><td>{e(l1)}</td><td class=\"l\">{e(l3)}</td><td>{fmt(d)}</td>"
                         f"<td class=\"l\">{e(why)}</td></tr>" for k, (l1, l3, d, why) in enumerate(M["ded"]))
    ded_rows += (f"\n<tr><td colspan=\"3\"><b>扣分合计</b></td><td><b>{fmt(M['ded_total'])}</b></td>"
                 "<td></td></tr>")
    d = M["dept"]
    b = M["bud"][0]
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{e(d)}2024年度部门整体支出绩效自评报告-锦州市凌河区人民政府</title>
<style>
body{{font-family:"Microsoft YaHei",SimSun,sans-serif;font-size:14px;color:#222;margin:0;background:#f4f6f9}}
.head{{background:#0b4f8a;color:#fff;padding:14px 48px;font-size:22px;letter-spacing:2px}}
.nav{{background:#e8eef5;padding:6px 48px;font-size:12px;color:#555}}
.main{{width:980px;margin:14px auto;background:#fff;padding:20px 36px}}
h1{{text-align:center;font-size:21px;color:#0b4f8a}}
.info{{text-align:center;font-size:12px;color:#888;border-bottom:1px dashed #ccc;padding-bottom:8px}}
.txt p{{text-indent:2em;line-height:2}}
.txt h4{{margin:14px 0 4px}}
.txt table{{border-collapse:collapse;margin:6px auto 16px;font-size:13px}}
.txt td{{border:1px solid #333;padding:4px 7px;text-align:center}}
.txt td.l{{text-align:left}}
.txt td.r{{text-align:right}}
.txt tr.th td{{background:#dde6f0;font-weight:bold}}
.cap{{text-align:center;font-weight:bold;text-indent:0!important}}
.foot{{text-align:center;font-size:12px;color:#777;padding:16px}}
</style>
</head>
<body>
<div class="head">锦州市凌河区人民政府</div>
<div class="nav">当前位置：首页 &gt; 政务公开 &gt; 财政信息 &gt; 预算绩效管理</div>
<div class="main">
<h1>{e(d)}2024年度部门整体支出绩效自评报告</h1>
<div class="info">发布时间：2025-05-20　来源：凌河区市场监督管理局　字号：[大 中 小]</div>
<div class="txt">
<h4>一、部门基本情况</h4>
<p>{e(d)}是区政府工作部门，主要负责全区市场综合监督管理、食品安全监督管理、特种设备安全监察、知识产权和价格监督检查等工作，内设9个科室，下设市场监督管理所6个，年末在职人员118人。</p>
<h4>二、部门预算执行情况</h4>
<p>2024年部门年初预算{mc(b[1])}万元，年中追加后全年预算{mc(b[2])}万元，全年执行{mc(b[3])}万元，预算执行率{M['rate']:.2f}%，结转结余率{M['carry']:.2f}%。</p>
<p class="cap">表1　2024年度部门预算执行情况（单位：万元）</p>
<table>
<tr class="th"><td>项目</td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>执行率</td></tr>
{bud_rows}
</table>
<h4>三、绩效自评情况</h4>
<p>本部门按照决策、过程、产出、效益四类指标开展自评，满分100分。各指标得分见表2，一级指标得分汇总见表3，扣分指标及扣分依据见表4扣分明细表。</p>
<p class="cap">表2　2024年度部门整体支出绩效自评评分表</p>
<table>
<tr class="th"><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>分值</td><td>年度指标值</td><td>实际完成值</td><td>得分</td></tr>
{ind_rows}
</table>
<p>评分说明：预算执行率得分＝执行率×分值；结转结余率≤5%的得满分，超过5%的部分每1个百分点扣1分；定量指标未达到年度指标值的按“实际完成值÷年度指标值×分值”计分，投诉举报按时办结率和群众满意度每低于年度指标值1个百分点扣1分；定性指标根据完成情况酌情扣分。</p>
<p class="cap">表3　一级指标得分汇总表</p>
<table>
<tr class="th"><td>一级指标</td><td>分值</td><td>扣分</td><td>得分</td></tr>
{sec_rows}
</table>
<p class="cap">表4　扣分明细表</p>
<table>
<tr class="th"><td>序号</td><td>一级指标</td><td>三级指标</td><td>扣分</td><td>扣分依据</td></tr>
{ded_rows}
</table>
<h4>四、自评结论</h4>
<p>经自评，本部门2024年度部门整体支出绩效自评得分{fmt(M['total'])}分，自评等级为“{M['grade']}”。等级划分：{e(BANDS)}</p>
<h4>五、存在的问题及改进措施</h4>
<p>一是项目支出执行进度偏慢，部分食品抽检经费年底未能支付；二是“双随机、一公开”抽查户数未达到年度目标；三是群众满意度有待提高。下一步，我局将加快预算执行进度，科学制定抽查计划，畅通投诉举报渠道，提升群众满意度。</p>
<p style="text-align:right;text-indent:0">{e(d)}<br>2025年5月16日</p>
</div>
</div>
<div class="foot">主办：锦州市凌河区人民政府办公室　　辽ICP备05001962号</div>
</body>
</html>
"""


ALL.append(h327())


# ============================================================ h328 玉林市福绵区水利局 (TXT, third-party, weighted percentages)

def h328():
    dept = "玉林市福绵区水利局"
    unit = "玉林市福绵区水利工程管理站"
    project = "2024年福绵区农村供水保障工程"
    evaluator = "广西玉诚工程咨询有限公司"
    ia = 2200.00
    # (来源, 全年预算数, 实际支出)
    src = [("中央水利发展资金", 1200.00, 1152.40), ("自治区补助资金", 600.00, 566.18), ("市级补助资金", 180.00, 160.20),
           ("区级配套资金", 400.00, 358.00)]
    aa, ea = r2(sum(x[1] for x in src)), r2(sum(x[2] for x in src))
    rate = pct(ea, aa)
    assert (aa, ea, rate) == (2380.00, 2236.78, 93.98), (aa, ea, rate)
    src_printed = list(src)
    src_printed[3] = ("区级配套资金", 400.00, 385.00)  # PLANT BREAKDOWN_SUM: 区级 实际支出 385.00 (358.00); the lines add to 2,263.78
    src_rates = [f"{pct(e_, b_):.2f}%" for _, b_, e_ in src_printed]
    assert src_rates == ["96.03%", "94.36%", "89.00%", "96.25%"], src_rates
    rate_printed = 96.98  # PLANT EXECUTION_RATE: 表1's 合计 执行率 96.98%; 2,236.78 ÷ 2,380.00 = 93.98% (the prose and the row say so)
    prop = "达到目标值得100分，未达到按完成比例计分"

    def wt(w, s):
        no_half(w * s / 100, (w, s))
        return r2(w * s / 100)
    # (一级, 二级, 三级, 指标值, 完成值, 权重 (%), 指标评分 (百分制), 评分说明)
    spec = [("决策", "项目立项", "立项依据充分性", "—", "—", 4, 100, "依据充分得100分，否则酌情扣分"),
            ("决策", "项目立项", "立项程序规范性", "—", "—", 3, 100, "程序规范得100分，否则酌情扣分"),
            ("决策", "绩效目标", "绩效目标合理性", "—", "—", 4, 87.5, "目标明确、合理得100分，每发现1处不足扣12.5分"),
            ("决策", "资金投入", "预算编制科学性", "—", "—", 4, 75, "测算依据充分得100分，每发现1处不足扣12.5分"),
            ("过程", "资金管理", "资金到位率", "100%", "100%", 4, 100, "到位率×100"),
            ("过程", "资金管理", "预算执行率", "100%", f"{rate:.2f}%", 6, rate, "执行率×100"),
            ("过程", "资金管理", "资金使用合规性", "—", "—", 5, 90, "合规得100分，每发现1处不规范扣10分"),
            ("过程", "组织实施", "制度执行有效性", "—", "—", 5, 80, "执行有效得100分，每发现1处不足扣10分"),
            ("产出", "产出数量", "新建集中供水工程", "≥8处", "8处", 8, 100, prop),
            ("产出", "产出数量", "改造供水管网长度", "≥65公里", "61.2公里", 8, r2(61.2 / 65 * 100), prop),
            ("产出", "产出质量", "工程验收合格率", "100%", "100%", 8, 100, "合格率×100"),
            ("产出", "产出时效", "工程按期完工率", "≥95%", "100%", 6, 100, prop),
            ("产出", "产出成本", "工程投资控制率", "≤100%", "97.6%", 8, 100, "结算不超概算得100分，超出不得分"),
            ("效益", "社会效益", "工程受益人口", "≥4.2万人", "4.36万人", 7, 100, prop),
            ("效益", "社会效益", "农村自来水普及率", "≥92%", "93.5%", 6, 100, prop),
            ("效益", "可持续影响", "工程运行管护机制", "健全", "基本健全", 6, 80, "健全得100分，否则酌情扣分"),
            ("效益", "满意度", "受益群众满意度", "≥90%", "88.6%", 6, r2(88.6 / 90 * 100), prop)]
    # PLANT WEIGHTS_VS_FULL_MARK: the 三级 权重 add to 98% (产出 38%) against 满分100分 / 合计 100%
    assert sum(x[5] for x in spec) == 98 and [x[6] for x in spec if x[2] in ("改造供水管网长度", "受益群众满意度")] == \
        [94.15, 98.44]
    ind = [(l1, l2, l3, t, a, w, wt(w, s), s, why) for l1, l2, l3, t, a, w, s, why in spec]
    assert [x[6] for x in ind if x[2] in ("预算执行率", "改造供水管网长度", "受益群众满意度")] == [5.64, 7.53, 5.91]
    total = s2(ind, 6)
    assert total == 92.88, total
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert sec == [("决策", 15, 13.5), ("过程", 20, 18.14), ("产出", 38, 37.53), ("效益", 25, 23.71)], sec
    sec_rates = [f"{pct(s_, w):.2f}%" for _, w, s_ in sec]
    assert sec_rates == ["90.00%", "90.70%", "98.76%", "94.84%"], sec_rates
    g = with_project(gold(None, dept, 2024, "COUNTY", "广西壮族自治区", "THIRD_PARTY_EVALUATION", evaluator, total, 100,
                          grade(total), budget(ia, aa, ea, rate_printed), sec, grows([x[:8] for x in ind])),
                     project, unit)
    meta = dict(dept=dept, unit=unit, project=project, evaluator=evaluator, ia=ia, aa=aa, ea=ea, rate=rate,
                rate_printed=rate_printed, src=src_printed, src_rates=src_rates, ind=ind, total=total, sec=sec,
                sec_rates=sec_rates)
    fnd = [F("WEIGHTS_VS_FULL_MARK", "表3 合计",
             f"合计 | 100% | … | {fmt(total)} / 综合得分满分100分", "100", "98", "HIGH", "ERROR",
             "二 says the weights (层次分析法) add to 100% and the 综合得分 is out of 100, and 表2 / 表3 print a 合计 权重 of "
             "100%; the 17 三级 权重 add to 98% (决策 15 + 过程 20 + 产出 38 + 效益 25; 表2's own 一级 lines add to 98% too): "
             "2% of the full mark belongs to no indicator, so even a perfect project would score 98 (表2's 合计 得分率 "
             "92.88% divides by the printed 100%: part of this finding)"),
           F("EXECUTION_RATE", "表1 合计 执行率",
             f"合计 | {mc(aa)} | {mc(ea)} | {rate_printed:.2f}%", f"{rate_printed:.2f}%", f"{rate:.2f}%", "HIGH", "ERROR",
             f"表1's 合计 line: {mc(ea)} ÷ {mc(aa)} = {rate:.2f}%, printed {rate_printed:.2f}%; 一's prose and the 预算执行率 "
             f"row of 表3 give {rate:.2f}% and score it (6% × {rate:.2f} = 5.64), so only 表1's 合计 rate is wrong"),
           F("BREAKDOWN_SUM", "表1 实际支出",
             "中央水利发展资金 1,152.40 | 自治区补助资金 566.18 | 市级补助资金 160.20 | 区级配套资金 385.00 | 合计 2,236.78",
             mc(ea), "2,263.78", "HIGH", "ERROR",
             f"表1's 实际支出 lines add to 1,152.40 + 566.18 + 160.20 + 385.00 = 2,263.78, not the 合计 {mc(ea)} that 一's "
             "prose and the 预算执行率 use; 27.00 apart, as 358.00 written 385.00 on the 区级 line would be (its 96.25% is "
             "computed on the printed 385.00); the 全年预算数 lines add up (2,380.00)")]
    return {"stem": "h328_fumian_shuili", "format": "txt", "text": text328(meta), "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the score is WEIGHTED: each 三级 has a 权重 in per cent, an 指标评分 on a 0–100 scale (百分制) and a "
                      "加权得分 = 指标评分 × 权重; the 加权得分 is the row's score and the 权重 its full mark (4% = 4 of 100); the "
                      "指标评分 column (100, 87.5, 93.98 …) is not a score out of the weight and must not be added up",
                      "加权得分 rounded to two decimals: 预算执行率 6% × 93.98 = 5.6388 → 5.64; 改造供水管网长度 评分 61.2 ÷ 65 × "
                      "100 = 94.15, 8% × 94.15 = 7.532 → 7.53; 受益群众满意度 评分 88.6 ÷ 90 × 100 = 98.44, 6% × 98.44 = "
                      "5.9064 → 5.91; 绩效目标合理性 4% × 87.5 = 3.5 and 预算编制科学性 4% × 75 = 3 (12.5 per 不足, its rule)",
                      "表2's 得分率 = 加权得分 ÷ 权重: 决策 13.5 ÷ 15 = 90.00%, 过程 18.14 ÷ 20 = 90.70%, 产出 37.53 ÷ 38 = "
                      "98.76%, 效益 23.71 ÷ 25 = 94.84% (right); 表2 and 表3 carry the 权重 with a % sign",
                      "新建集中供水工程 8 vs ≥8处 (met exactly); 工程投资控制率 97.6% vs ≤100% (a ceiling, met); 工程按期完工率 "
                      "100% vs ≥95%",
                      f"funds: the 全年预算数 lines add to {mc(aa)} (年初 {mc(ia)}: 追加); the 其中 lines' own rates are right on "
                      "their printed figures (96.03%, 94.36%, 89.00%, 96.25%)",
                      f"综合得分 {fmt(total)} = the 17 加权得分; 优"]}


def text328(M):
    L = []
    L.append(f"{M['project']}")
    L.append("绩效评价报告")
    L.append("")
    L.append("委托单位：玉林市福绵区财政局")
    L.append(f"项目主管部门：{M['dept']}")
    L.append(f"项目实施单位：{M['unit']}")
    L.append(f"评价机构：{M['evaluator']}")
    L.append("报告日期：2025年7月18日")
    L.append("")
    L.append("一、项目概况")
    L.append(f"　　为巩固提升农村供水保障水平，{M['dept']}2024年实施农村供水保障工程，新建集中供水工程8处，改造供水管网65公里，由"
             f"{M['unit']}具体实施。项目年初预算{mc(M['ia'])}万元，年中追加后全年预算{mc(M['aa'])}万元，截至2024年12月31日实际支出"
             f"{mc(M['ea'])}万元，预算执行率{M['rate']:.2f}%。资金来源及使用情况见表1。")
    L.append("表1　资金来源及使用情况（单位：万元）")
    L.append("\t".join(["资金来源", "全年预算数", "实际支出", "执行率"]))
    for (n, b_, e_), rt in zip(M["src"], M["src_rates"]):
        L.append("\t".join([n, mc(b_), mc(e_), rt]))
    L.append("\t".join(["合计", mc(M["aa"]), mc(M["ea"]), f"{M['rate_printed']:.2f}%"]))
    L.append("")
    L.append("二、评价工作开展情况")
    L.append(f"　　受玉林市福绵区财政局委托，{M['evaluator']}于2025年5月至7月对该项目开展绩效评价。评价指标体系由决策、过程、产出、"
             "效益4个一级指标和17个三级指标构成，采用层次分析法确定各指标权重（权重合计100%）。各三级指标按百分制评分（0—100分），"
             "指标加权得分＝指标评分×指标权重，综合得分为各指标加权得分之和，满分100分。")
    L.append("")
    L.append("三、评价结论")
    L.append(f"　　经评价，该项目综合得分{fmt(M['total'])}分，评价等级为“{grade(M['total'])}”。各一级指标得分情况见表2。")
    L.append("表2　一级指标得分情况")
    L.append("\t".join(["一级指标", "权重", "加权得分", "得分率"]))
    for (n, w, s_), rt in zip(M["sec"], M["sec_rates"]):
        L.append("\t".join([n, f"{fmt(w)}%", fmt(s_), rt]))
    L.append("\t".join(["合计", "100%", fmt(M["total"]), f"{M['total']:.2f}%"]))
    L.append("　　评价等级划分：" + BANDS)
    L.append("")
    L.append("四、绩效分析")
    L.append("　　项目新建集中供水工程8处，改造供水管网61.2公里，工程验收合格率100%，按期完工率100%；工程受益人口4.36万人，农村"
             "自来水普及率93.5%，受益群众满意度88.6%。各指标评分情况见表3。")
    L.append("表3　绩效评价指标评分表")
    L.append("\t".join(["一级指标", "二级指标", "三级指标", "权重", "年度指标值", "实际完成值", "指标评分", "加权得分", "评分说明"]))
    for l1, l2, l3, t, a, w, s_, sc, why in M["ind"]:
        L.append("\t".join([l1, l2, l3, f"{fmt(w)}%", t, a, f2(sc), fmt(s_), why]))
    L.append("\t".join(["合计", "", "", "100%", "", "", "", fmt(M["total"]), ""]))
    L.append("　　注：指标评分为百分制，加权得分＝指标评分×权重，保留两位小数。")
    L.append("")
    L.append("五、存在的问题")
    L.append("　　一是部分村屯管网改造因征地协调问题调减建设内容，改造长度未达到年度目标；二是预算编制测算依据不够充分，个别工程概算调整较大；三是"
             "工程建成后管护责任落实不到位，运行管护机制有待健全；四是受益群众满意度未达到90%的目标。")
    L.append("")
    L.append("六、有关建议")
    L.append("　　加强项目前期工作和预算测算，加快管网改造进度；落实工程产权和管护责任，健全“以水养水”的运行管护机制；加强水质检测和"
             "供水服务，提高群众满意度。")
    L.append("")
    L.append(M["evaluator"])
    L.append("2025年7月18日")
    return "\n".join(L) + "\n"


ALL.append(h328())


def main(argv):
    round_main(argv, ALL, "54")


if __name__ == "__main__":
    main(sys.argv[1:])
