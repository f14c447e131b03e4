#!/usr/bin/python3
"""Round 33 (h219–h223): issue-9 layouts not used before, each with PLANTED issue-10 problems, made apart from the
code by the corpus33 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report
whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports33.py [h219 …]
(needs python-docx, openpyxl and reportlab: h219 DOCX with python-docx, its tables NESTED in the cells of an outer
layout table; h220 and h222 drawn with reportlab; h221 an HTML page written as text; h223 an XLSX written cell by cell
with openpyxl.)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, note).
"""
import html as HT
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402
import heldout3_a  # noqa: E402
from heldout import Table, fmt, budget, gold  # noqa: E402
from reports4 import styled, pct, F  # noqa: E402
from reports22 import s2, r2, with_project, grows, Tab, run  # noqa: E402
from reports32 import new_canvas, wrap, group_spans, FONT  # noqa: E402

ALL = []
BANDS = "90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。"


def num(x):
    return int(x) if float(x).is_integer() else x


def blank_repeats(ind, first_cols=2):
    """一级/二级 printed once per group: '' below the first row of a run"""
    out = []
    for i, r in enumerate(ind):
        r = list(r)
        if i and ind[i - 1][0] == r[0]:
            if ind[i - 1][1] == r[1] or first_cols == 1:
                r[1] = "" if first_cols == 2 else r[1]
            r[0] = ""
        out.append(r)
    return out


# ============================================================ h219 格尔木市卫生健康委员会 (DOCX, tables NESTED in an outer layout table)

def h219():
    dept = "格尔木市卫生健康委员会"
    ib_b, ib_p = 2780.00, 3100.00
    ab_b, ab_p = 2816.40, 3604.10
    eb_b, eb_p = 2790.15, 3234.91
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    assert rate == 93.84, rate
    rate_p = 93.48  # PLANT EXECUTION_RATE: 6,025.06 ÷ 6,420.50 = 93.84%, the nested budget table's 合计 prints 93.48%
    bs = r2(rate / 10)  # 9.38: the 预算执行率 row carries the right rate
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 3, 3, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "明确", 3, 3, ""),
           ("决策", "预算编制", "预算编制科学性", "科学", "基本科学", 4, 3, "年中追加基本公共卫生服务补助资金，预算编制精准度不足，扣1分"),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "执行率×10"),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 5, 5, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 5, 4, "部分医疗设备验收后未及时登记入账，扣1分"),
           ("产出", "数量指标", "适龄儿童免疫规划疫苗接种率", "≥95%", "95%", 8, 8, ""),
           ("产出", "数量指标", "65岁及以上老年人健康管理人数（人）", "≥12000", "12436", 8, 8, ""),
           ("产出", "质量指标", "家庭医生签约服务覆盖率", "≥75%", "78.6%", 6, 6.5, "超额完成目标"),  # PLANT ROW_SCORE_OVER_WEIGHT
           ("产出", "质量指标", "孕产妇系统管理率", "≥90%", "87%", 8, 5, "流动人口孕产妇建档滞后，每低1个百分点扣1分，扣3分"),
           ("产出", "时效指标", "传染病疫情报告及时率", "100%", "100%", 6, 6, ""),
           ("产出", "成本指标", "基层医疗卫生机构人均公用经费（万元）", "≤1.2", "1.18", 4, 4, ""),
           ("效益", "社会效益", "孕产妇死亡率（1/10万）", "≤15", "0", 6, 6, ""),
           ("效益", "社会效益", "居民健康素养水平", "≥25%", "26.3%", 8, 8, ""),
           ("效益", "可持续影响", "基层医疗卫生服务长效机制", "健全", "基本健全", 6, 5, "紧密型县域医共体运行机制尚在完善，扣1分"),
           ("效益", "满意度", "群众就医满意度", "≥90%", "86%", 10, 6, "每低1个百分点扣1分，扣4分；将优化预约诊疗流程")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)
    assert total == 89.88, total
    grade = "优"  # PLANT GRADE_OUTSIDE_BANDS: 89.88 lies in 80–90, 良 by the printed bands
    g = gold(None, dept, 2023, "COUNTY", "青海省", "SELF_EVALUATION", None, total, 100, grade,
             budget(ib, ab, eb, rate_p, ab_b, eb_b, ab_p, eb_p), [], grows(ind))
    fnd = [F("EXECUTION_RATE", "合计", f"合计 | {ib:,.2f} | {ab:,.2f} | {eb:,.2f} | {rate_p:.2f}%", f"{rate_p:.2f}%",
             f"{rate:.2f}%", "HIGH", "ERROR",
             f"{eb:,.2f} ÷ {ab:,.2f} = {rate:.2f}%, the nested budget table's 合计 line prints {rate_p:.2f}% (digits "
             f"swapped); the 预算执行率 row prints the right {rate:.2f}% and scores {fmt(bs)} on it"),
           F("ROW_SCORE_OVER_WEIGHT", "家庭医生签约服务覆盖率", "家庭医生签约服务覆盖率 | ≥75% | 78.6% | 6 | 6.5 | 超额完成目标",
             "6.5", "≤ 6", "HIGH", "ERROR",
             "the row scores 6.5 on a 分值 of 6 (an over-achievement bonus the printed rules do not allow); the 合计 "
             f"{fmt(total)} adds the 6.5"),
           F("GRADE_OUTSIDE_BANDS", "自评等级", f"合计 | 100 | {fmt(total)} | 自评等级 | 优", "优", "良", "HIGH", "ERROR",
             f"{fmt(total)} (= rows) lies in the printed 80（含）–90 band, 良; with the over-weight row at 6 it would be "
             f"{fmt(r2(total - 0.5))}, still 良")]
    meta = dict(dept=dept, ind=ind, total=total, grade=grade,
                budget=[("合计", ib, ab, eb, rate_p), ("其中：基本支出", ib_b, ab_b, eb_b, pct(eb_b, ab_b)),
                        ("项目支出", ib_p, ab_p, eb_p, pct(eb_p, ab_p))])
    return {"stem": "h219_geermu_weijian", "format": "docx", "write": write219, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": [f"预算执行率 row {rate:.2f}% × 10 = {rate / 10:.3f} printed {fmt(bs)} (the right rate)",
                      f"基本 {pct(eb_b, ab_b):.2f}% and 项目 {pct(eb_p, ab_p):.2f}% right; parts add up in every column; "
                      "both under budget",
                      "适龄儿童免疫规划疫苗接种率 95% vs ≥95% and 传染病疫情报告及时率 100% vs 100% (met exactly); "
                      "人均公用经费 1.18 vs ≤1.2 and 孕产妇死亡率 0 vs ≤15 (ceilings, met)",
                      "孕产妇系统管理率 87% vs ≥90%: 8 − 3 → 5; 群众就医满意度 86%: 10 − 4 → 6 (printed rule)",
                      "预算编制科学性 −1, 资产管理规范性 −1, 长效机制 −1 with reasons (judgement)",
                      "the head block, the budget table and the indicator table sit INSIDE the cells of an outer "
                      "two-column layout table (labels 部门基本情况 / 绩效指标完成情况 / 评分说明 on the left)",
                      f"合计 {fmt(total)} = rows (with the printed 6.5)"]}


def write219(rep, path):
    """A4 landscape; a bordered outer 3×2 layout table: left the block labels, right the content with NESTED tables."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt
    M = rep["meta"]
    doc = Document()
    cp = doc.core_properties
    cp.author, cp.last_modified_by, cp.title = "", "", ""
    cp.created, cp.modified, cp.revision = H.A.FIXED, H.A.FIXED, 1
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(18)
    sec.top_margin = sec.bottom_margin = Mm(16)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(10)
    rpr = normal.element.get_or_add_rPr()
    fonts = OxmlElement("w:rFonts")
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        fonts.set(qn(k), "宋体")
    rpr.append(fonts)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(f"{M['dept']}2023年度部门整体支出绩效自评表")
    r.bold, r.font.size = True, Pt(16)
    doc.add_paragraph("")
    left, right = 24, 237
    outer = doc.add_table(rows=3, cols=2)
    outer.style = doc.styles["Table Grid"]
    outer.alignment = WD_TABLE_ALIGNMENT.CENTER
    outer.autofit = False
    outer.columns[0].width, outer.columns[1].width = Mm(left), Mm(right)
    for rr in range(3):
        outer.cell(rr, 0).width = Mm(left)
        outer.cell(rr, 1).width = Mm(right)
        outer.cell(rr, 0).vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    for k, lab in enumerate(["部门基本情况", "绩效指标完成情况", "评分说明"]):
        c0 = outer.cell(k, 0).paragraphs[0]
        c0.alignment = WD_ALIGN_PARAGRAPH.CENTER
        c0.add_run(lab).bold = True

    class Host:  # heldout3_a.add_table adds its table to whatever has add_table and styles: here a cell
        def __init__(self, cell):
            self.cell = cell
            self.styles = doc.styles

        def add_table(self, rows, cols):
            return self.cell.add_table(rows=rows, cols=cols)

    c1 = outer.cell(0, 1)
    c1.paragraphs[0].add_run(f"部门（单位）名称：{M['dept']}　　　　　　　　联系人：马××　　　　联系电话：0979-84×××××")
    c1.add_paragraph("部门主要职能：贯彻执行卫生健康工作方针政策，统筹全市医疗卫生和健康服务资源，组织实施基本公共卫生服务、"
                     "疾病预防控制、妇幼健康和基层卫生健康工作，下设疾病预防控制中心、妇幼保健计划生育服务中心等二级单位6个。")
    c1.add_paragraph("一、部门预算执行情况　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　金额单位：万元")
    bt = Tab(5)
    bt.add(["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"])
    for lab, i_, a_, e_, r_ in M["budget"]:
        bt.add([lab, f"{i_:,.2f}", f"{a_:,.2f}", f"{e_:,.2f}", f"{r_:.2f}%"])
    heldout3_a.add_table(Host(c1), styled(Table(bt.rows, bt.merges), [3, 2, 2, 2, 1.6], header_rows=0), 150)
    c1.add_paragraph("注：执行率=全年执行数÷全年预算数×100%。")
    c2 = outer.cell(1, 1)
    c2.paragraphs[0].add_run("二、绩效指标完成情况")
    T = Tab(8)
    T.add(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    first = len(T.rows)
    ind = M["ind"]
    for l1, l2, l3, t, a, w, s, n in ind:
        T.add([l1, l2, l3, t, a, fmt(w), fmt(s), n])
    T.merges += [(a, 0, b, 0) for a, b in group_spans(ind, 0, first) if b > a]
    T.merges += [(a, 1, b, 1) for a, b in group_spans(ind, 1, first) if b > a]
    for col in (0, 1):
        for a, b in group_spans(ind, col, first):
            for rr in range(a + 1, b + 1):
                T.rows[rr][col] = ""
    T.add(["合计", "", "", "", "", "100", fmt(M["total"]), ""], [(0, 4)])
    T.add(["自评等级", "", "", "", "", M["grade"], "", ""], [(0, 4), (5, 7)])
    heldout3_a.add_table(Host(c2), styled(Table(T.rows, T.merges), [1.6, 1.9, 4.4, 1.7, 1.7, 1.0, 1.25, 5.2],
                                          header_rows=1), 226)
    c3 = outer.cell(2, 1)
    c3.paragraphs[0].add_run("1.预算执行率得分=执行率×10，保留两位小数；2.定量指标达到年度指标值的得满分，孕产妇系统管理率、"
                             "群众就医满意度每低于指标值1个百分点扣1分；3.定性指标根据完成情况酌情扣分并说明理由；4.自评等级："
                             + BANDS)
    doc.add_paragraph("")
    doc.add_paragraph("填表人：韩××　　　　审核人：马××　　　　填报日期：2024年3月20日")
    doc.save(path)
    H.A.normalize_zip(path)


ALL.append(h219())


# ============================================================ h220 儋州市教育局 (PDF drawn like a browser print, the table in TWO HALVES side by side)

def h220():
    dept = "儋州市教育局"
    ib_b, ib_p = 8000.00, 4600.00
    ab_b, ab_p = 8210.60, 5210.20
    eb_b, eb_p = 8168.32, 4678.03
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    assert rate == 95.72, rate
    rate_p = 96.72  # PLANT FORMULA: 二's formula 12,846.35÷13,420.80×100% prints =96.72%, it is 95.72%
    bs = r2(rate / 10)  # 9.57: the table's 预算执行率 row carries the right rate
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 3, 3, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "明确", 3, 3, ""),
           ("决策", "预算编制", "预算编制科学性", "科学", "基本科学", 4, 3, "年中追加校舍维修资金，预算编制不够精准，扣1分"),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, ""),
           ("过程", "预算执行", "结转结余率", "≤5%", f"{r2(100 - rate):.2f}%", 3, 3, ""),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 4, 4, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 3, 2, "部分学校新购设备未及时登记入账，扣1分"),
           ("产出", "数量指标", "学前三年毛入园率", "≥88%", "88%", 6, 6, ""),
           ("产出", "数量指标", "义务教育巩固率", "≥97%", "97.6%", 6, 6, ""),
           ("产出", "数量指标", "教师培训人次（人次）", "≥3000", "3268", 8, 8, ""),
           ("产出", "质量指标", "校舍维修改造项目完工率", "100%", "100%", 10, 10, ""),  # PLANT NARRATIVE_NOT_DONE_FULL_MARKS
           ("产出", "质量指标", "义务教育大班额比例", "≤5%", "3.2%", 4, 4, ""),
           ("产出", "时效指标", "学生资助资金发放及时率", "100%", "97%", 6, 3, "每低1个百分点扣1分，扣3分"),
           ("效益", "社会效益", "适龄残疾儿童少年入学率", "≥95%", "96.5%", 8, 8, ""),
           ("效益", "社会效益", "义务教育控辍保学动态清零", "清零", "清零", 6, 6, ""),
           ("效益", "可持续影响", "教育质量监测长效机制", "健全", "基本健全", 6, 5, "监测结果运用机制尚不完善，扣1分"),
           ("效益", "满意度", "学生家长满意度", "≥90%", "92.4%", 10, 10, "")]
    assert s2(ind, 5) == 100
    rows_total = s2(ind, 6)
    assert rows_total == 93.57, rows_total
    total = 94.57  # PLANT TOTAL_VS_ROWS: the 17 rows add to 93.57; 合计 and 四's sentence print 94.57
    g = gold(None, dept, 2022, "PREFECTURAL", "海南省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ib, ab, eb, rate_p, ab_b, eb_b, ab_p, eb_p), [], grows(ind))
    prose = [
        ("H", f"{dept}2022年度部门整体支出绩效自评报告"),
        ("P", "一、部门基本情况"),
        ("T", f"{dept}是儋州市人民政府工作部门，主要负责全市学前教育、义务教育、普通高中教育、职业教育和民办教育的统筹管理，"
              "内设办公室、计划财务科、基础教育科、职业与成人教育科、教师工作科等9个科室，所属学校及事业单位142个。"),
        ("P", "二、部门预算执行情况"),
        ("T", f"2022年年初预算{ib:,.2f}万元，全年预算{ab:,.2f}万元，其中基本支出{ab_b:,.2f}万元、项目支出{ab_p:,.2f}万元；"
              f"全年支出{eb:,.2f}万元，其中基本支出{eb_b:,.2f}万元、项目支出{eb_p:,.2f}万元。"),
        ("T", f"预算执行率=全年执行数÷全年预算数×100%={eb:,.2f}÷{ab:,.2f}×100%={rate_p:.2f}%。"  # PLANT FORMULA
              "项目支出未全部执行的主要原因是部分校舍维修改造工程按进度拨款，年末尚有结转。"),
        ("P", "三、绩效目标完成情况"),
        ("T", "（一）学前和义务教育。学前三年毛入园率88%，义务教育巩固率97.6%，适龄残疾儿童少年入学率96.5%，"
              "控辍保学实现动态清零，义务教育大班额比例降至3.2%。"),
        ("T", "（二）校舍维修改造。全年安排17所学校校舍维修改造，其中15所已完工并通过验收；那大镇第二小学、王五镇中心学校"  # PLANT NARRATIVE_NOT_DONE_FULL_MARKS
              "2所学校维修工程因雨季延误工期，截至年底尚未完工，计划于2023年春季学期开学前完成。"),
        ("T", "（三）教师队伍和学生资助。开展各级各类教师培训3,268人次；学生资助资金发放及时率97%，个别学校因信息核对"
              "延迟发放。学生家长满意度调查满意度92.4%。"),
        ("P", "四、自评结论"),
        ("T", f"经自评，{dept}2022年度部门整体支出绩效自评得分{fmt(total)}分，自评等级为“优”。评分等级：" + BANDS
              + "自评表附后（因版面所限，指标表分左右两栏排列，左栏第1—9项、右栏第10—17项）。"),
        ("P", "五、存在的问题及改进措施"),
        ("T", "一是预算编制精准度有待提高，年中追加资金较多；二是部分校舍维修工程进度滞后；三是学生资助资金发放时效有待提升。"
              "下一步将加强项目前期论证，细化工程进度管理，完善资助资金发放台账。"),
    ]
    fnd = [F("FORMULA", "预算执行率",
             f"预算执行率=全年执行数÷全年预算数×100%={eb:,.2f}÷{ab:,.2f}×100%={rate_p:.2f}%", f"{rate_p:.2f}%",
             f"{rate:.2f}%", "HIGH", "ERROR",
             f"{eb:,.2f} ÷ {ab:,.2f} = {rate:.2f}%, the formula in 二 prints {rate_p:.2f}%; the table's 预算执行率 row "
             f"prints the right {rate:.2f}% and scores {fmt(bs)} on it (结转结余率 {r2(100 - rate):.2f}% follows it too)"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "校舍维修改造项目完工率", "校舍维修改造项目完工率 | 100% | 100% | 10 | 10",
             "10", "< 10", "HIGH", "WARNING",
             "三（二） says 15 of the 17 schools' works were finished and 2 (那大镇第二小学、王五镇中心学校) 截至年底尚未完工 "
             "(15 ÷ 17 = 88.24%), yet the row prints 完工率 100% and full marks"),
           F("TOTAL_VS_ROWS", "合计", f"合计 | 100 | {fmt(total)}", fmt(total), fmt(rows_total), "HIGH", "ERROR",
             f"the 17 rows (left half 1–9, right half 10–17) add to {fmt(rows_total)}: 决策 9 + 过程 18.57 + 产出 37 + "
             f"效益 29; the 合计 line and 四's sentence print {fmt(total)} (one problem printed twice)")]
    meta = dict(dept=dept, ind=ind, total=total, prose=prose)
    return {"stem": "h220_danzhou_jiaoyu", "format": "pdf", "draw": draw220, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": [f"预算执行率 row {rate:.2f}% × 10 = {rate / 10:.3f} printed {fmt(bs)} (the right rate); 结转结余率 "
                      f"{r2(100 - rate):.2f}% vs ≤5% (a ceiling, met)",
                      "基本 + 项目 = 全年 for budget and spending in 二, both under budget",
                      "学前三年毛入园率 88% vs ≥88% and 控辍保学 清零 vs 清零 (met exactly); 大班额比例 3.2% vs ≤5% (a ceiling)",
                      "学生资助资金发放及时率 97% vs 100%: 6 − 3 → 3 (printed rule 每低1个百分点扣1分)",
                      "预算编制科学性 −1, 资产管理规范性 −1, 长效机制 −1 with reasons (judgement)",
                      "三's other figures (88%, 97.6%, 96.5%, 3.2%, 3,268人次, 97%, 92.4%) agree with the table",
                      "the table is printed in TWO HALVES side by side (rows 1–9 left, 10–17 right, each half with its own "
                      "header and 序号), the 合计 line under both; browser-print header and footer lines"]}


def draw220(rep, path):
    from reportlab.lib.pagesizes import A4, landscape
    M = rep["meta"]
    c = new_canvas(path, A4)
    stamp, url = "2023/6/8 09:42", "http://www.danzhou.gov.cn/danzhou/xxgk/zfxxgkzl/fdzdgknr/czxx/202306/t20230608_3421.html"
    title = f"{M['dept']}2022年度部门整体支出绩效自评报告"

    def browser(W, Hh, n):
        c.setFont(FONT, 7.5)
        c.drawString(28, Hh - 20, stamp)
        c.drawCentredString(W / 2, Hh - 20, title)
        c.drawString(28, 16, url)
        c.drawRightString(W - 28, 16, f"{n}/2")

    W, Hh = A4
    browser(W, Hh, 1)
    L, R = 60, W - 60
    y = Hh - 70
    for kind, text in M["prose"]:
        if kind == "H":
            c.setFont(FONT, 15)
            c.drawCentredString(W / 2, y, text)
            y -= 30
            continue
        size = 10.5 if kind == "P" else 10
        c.setFont(FONT, size)
        lines = wrap(("" if kind == "P" else "　　") + text, R - L, size)
        for ln in lines:
            c.drawString(L, y, ln)
            y -= size + 7
        y -= 3
    c.showPage()
    W, Hh = landscape(A4)
    c.setPageSize((W, Hh))
    browser(W, Hh, 2)
    c.setFont(FONT, 12)
    c.drawCentredString(W / 2, Hh - 52, f"附表：{M['dept']}2022年度部门整体支出绩效自评表")
    c.setFont(FONT, 8.5)
    c.drawRightString(W - 30, Hh - 68, "金额单位：万元")
    ind = M["ind"]
    halves = [(1, ind[:9]), (10, ind[9:])]
    gap = 10
    L0 = 30
    half_w = (W - 2 * L0 - gap) / 2
    rel = [0, 21, 57, 107, 222, 264, 306, 334, 362]
    scale = half_w / rel[-1]
    top = Hh - 76
    rh = 24
    bottoms = []
    for h_i, (start, rows) in enumerate(halves):
        x0 = L0 + h_i * (half_w + gap)
        xs = [x0 + v * scale for v in rel]
        y = top
        data = [["序号", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]]
        for k, (l1, l2, l3, t, a, w, s, n) in enumerate(rows):
            data.append([str(start + k), l1, l2, l3, t, a, fmt(w), fmt(s)])
        c.setLineWidth(0.5)
        for r_i, cells in enumerate(data):
            c.line(xs[0], y, xs[-1], y)
            for k, v in enumerate(cells):
                size = 8
                c.setFont(FONT, size)
                lines = wrap(v, xs[k + 1] - xs[k] - 4, size)
                yy = y - rh / 2 - size * 0.35 + (len(lines) - 1) * (size + 1.5) / 2
                for ln in lines:
                    if k == 3 and r_i:
                        c.drawString(xs[k] + 2, yy, ln)
                    else:
                        c.drawCentredString((xs[k] + xs[k + 1]) / 2, yy, ln)
                    yy -= size + 1.5
            y -= rh
        c.line(xs[0], y, xs[-1], y)
        for x in xs:
            c.line(x, top, x, y)
        bottoms.append(y)
    y = min(bottoms) - 6
    x0, x1 = L0, W - L0
    c.setFont(FONT, 9)
    for lab, val in (("合计", f"分值：100　　　　得分：{fmt(M['total'])}"), ("自评等级", "优")):
        c.line(x0, y, x1, y)
        c.drawCentredString(x0 + 60, y - 14, lab)
        c.drawString(x0 + 140, y - 14, val)
        c.line(x0, y - 20, x1, y - 20)
        c.line(x0, y, x0, y - 20)
        c.line(x0 + 120, y, x0 + 120, y - 20)
        c.line(x1, y, x1, y - 20)
        y -= 20
    y -= 16
    c.setFont(FONT, 8.5)
    notes = ["扣分说明：" + "；".join(f"第{k + 1}项{n}" for k, r in enumerate(ind) for n in [r[7]] if n) + "。",
             "评分规则：1.预算执行率得分=执行率×10，保留两位小数；2.定量指标达到年度指标值的得满分，学生资助资金发放及时率每低于"
             "指标值1个百分点扣1分；3.定性指标根据完成情况酌情扣分并说明理由；4.自评等级：" + BANDS,
             "填表人：符××　　　　审核人：王××　　　　联系电话：0898-23×××××　　　　填报日期：2023年5月26日"]
    for note in notes:
        for ln in wrap(note, x1 - x0, 8.5):
            c.drawString(x0, y, ln)
            y -= 13
    c.showPage()
    c.save()


ALL.append(h220())


# ============================================================ h221 毕节市七星关区交通运输局 (HTML, ONE body row: every column one cell of <br>-separated lines)

def h221():
    dept = "毕节市七星关区交通运输局"
    unit = "毕节市七星关区农村公路管理所"
    proj = "七星关区2024年农村公路养护工程"
    parts = [("其中：中央车购税资金", 1200.00, 1200.00, 1152.40), ("省级资金", 600.00, 686.00, 612.35),
             ("区级资金", 600.00, 700.00, 597.82)]
    ia, aa, ea = (r2(sum(p[k] for p in parts)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    assert (ia, aa, ea, rate) == (2400.00, 2586.00, 2362.57, 91.36), (ia, aa, ea, rate)
    budget_rule = "执行率≥95%得10分；90%（含）—95%得8分；85%（含）—90%得6分；85%以下得4分"
    bs_true = 8  # 91.36% lies in the 90%（含）—95% band
    bs = 9.14  # PLANT BUDGET_ROW_SCORE: the printed rule is banded (91.36% → 8), the fund line prints 9.14 (执行率×10)
    bad_rule = "≥95%得满分；90%（含）—95%得3分；85%（含）—90%得4分；85%以下不得分"  # PLANT MALFORMED_RULE (lower band pays more)
    ind = [("产出指标", "数量指标", "农村公路日常养护里程（公里）", "≥1850", "1760", 10, 10, ""),  # PLANT TARGET_MISSED_FULL_MARKS
           ("产出指标", "数量指标", "危桥改造（座）", "≥8", "8", 8, 8, ""),
           ("产出指标", "数量指标", "安全生命防护工程（公里）", "≥45", "48.6", 7, 7, ""),
           ("产出指标", "质量指标", "优良中等路率", "≥85%", "82%", 8, 5, "部分通组公路路面破损，每低1个百分点扣1分，扣3分"),
           ("产出指标", "质量指标", "路面病害养护及时率", "≥95%", "96%", 6, 6, ""),
           ("产出指标", "时效指标", "水毁路段24小时内抢通率", "100%", "100%", 6, 6, ""),
           ("产出指标", "成本指标", "日常养护每公里年均成本（万元）", "≤0.9", "0.86", 5, 5, ""),
           ("效益指标", "社会效益指标", "农村群众平均出行时间缩短（分钟）", "≥5", "6", 6, 6, ""),
           ("效益指标", "社会效益指标", "农村公路交通事故起数同比下降", "≥5%", "6.8%", 8, 8, ""),
           ("效益指标", "经济效益指标", "带动群众务工就业（人次）", "≥800", "856", 8, 8, ""),
           ("效益指标", "可持续影响指标", "农村公路管护长效机制", "健全", "基本健全", 8, 7, "村级护路员考核机制尚待完善，扣1分"),
           ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "93.2%", 10, 10, "")]
    full = [("", "", "年度资金总额", "", f"{rate:.2f}%", 10, bs, "")] + ind
    assert s2(full, 5) == 100
    total = s2(full, 6)
    assert total == 95.14, total
    g = with_project(gold(None, dept, 2024, "COUNTY", "贵州省", "SELF_EVALUATION", None, total, 100, "优",
                          budget(ia, aa, ea, rate), [], grows(full)), proj, unit)

    def e(s):
        return HT.escape(str(s), quote=False)

    def col(vals):
        return "<br>".join(e(v) if v else "&nbsp;" for v in vals)
    shown = blank_repeats(ind)
    body = []
    body.append('<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
                '<a href="/zwgk/czzj/">财政资金</a> &gt; 绩效评价</div>')
    body.append(f'<h1 class="tit">{e(proj)}绩效自评表</h1>')
    body.append(f'<div class="info">发布时间：2025-04-18　　来源：{e(dept)}　　浏览次数：<span>236</span></div>')
    body.append('<div class="TRS_Editor">')
    body.append('<p style="text-align:center"><b>项目支出绩效自评表</b></p>')
    body.append('<p style="text-align:center">（2024年度）</p>')
    body.append(f'<p>填报单位（盖章）：{e(unit)}　　　　　　　　　　　　金额单位：万元</p>')
    body.append('<table border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse">')
    body.append(f'<tr><td>项目名称</td><td colspan="7">{e(proj)}</td></tr>')
    body.append(f'<tr><td>主管部门</td><td colspan="3">{e(dept)}</td><td>实施单位</td><td colspan="3">{e(unit)}</td></tr>')
    body.append('<tr><td>项目资金（万元）</td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td>'
                '<td>执行率</td><td colspan="2">得分</td></tr>')
    flines = [("年度资金总额", ia, aa, ea, "10", f"{rate:.2f}%", fmt(bs))] + [
        (lab, i_, a_, e_, "—", f"{pct(e_, a_):.2f}%", "—") for lab, i_, a_, e_ in parts]
    body.append("<tr>" + "".join(
        f'<td{" colspan=2" if k == 6 else ""} valign="top">{col(v)}</td>'
        for k, v in enumerate([[x[0] for x in flines], [f"{x[1]:,.2f}" for x in flines],
                               [f"{x[2]:,.2f}" for x in flines], [f"{x[3]:,.2f}" for x in flines],
                               [x[4] for x in flines], [x[5] for x in flines], [x[6] for x in flines]])) + "</tr>")
    body.append('<tr><td>年度总体目标</td><td colspan="7">目标1：完成全区1850公里以上农村公路日常养护，改造危桥8座，实施安全生命'
                '防护工程45公里以上；<br>目标2：优良中等路率达到85%以上，水毁路段24小时内抢通；<br>目标3：改善农村群众出行条件，'
                '沿线群众满意度达到90%以上。</td></tr>')
    body.append('<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td>'
                '<td>得分</td><td>偏差原因分析及改进措施</td></tr>')
    cols = list(zip(*[(r[0], r[1], r[2], r[3], r[4], fmt(r[5]), fmt(r[6]), r[7]) for r in shown]))
    body.append("<tr>" + "".join(f'<td valign="top" style="line-height:24px;white-space:nowrap">{col(v)}</td>'
                                 for v in cols) + "</tr>")
    body.append(f'<tr><td colspan="5">总分</td><td>100</td><td>{fmt(total)}</td><td>自评等级：优</td></tr>')
    body.append("</table>")
    rules = ["年度资金总额：" + budget_rule + "。",
             "定量指标达到年度指标值的得满分，未达到的按完成比例计分；优良中等路率每低于指标值1个百分点扣1分。",
             "路面病害养护及时率：" + bad_rule + "。",
             "定性指标根据完成情况酌情扣分并说明理由。",
             "自评等级：" + BANDS]
    body.append("<p>评分说明：</p>")
    body += [f"<p>{k}.{e(x)}</p>" for k, x in enumerate(rules, 1)]
    body.append("<p>填报人：龙××　　　联系电话：0857-82×××××　　　填报日期：2025年3月28日</p>")
    body.append("</div>")
    body.append('<div class="foot">主办单位：毕节市七星关区人民政府办公室　　黔ICP备××××××××号</div>')
    page = ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{e(proj)}绩效自评表_七星关区人民政府</title>\n</head>\n<body>\n" + "\n".join(body)
            + "\n</body>\n</html>\n")
    fnd = [F("BUDGET_ROW_SCORE", "年度资金总额",
             f"年度资金总额 | {ia:,.2f} | {aa:,.2f} | {ea:,.2f} | 10 | {rate:.2f}% | {fmt(bs)}", fmt(bs), fmt(bs_true),
             "HIGH", "ERROR",
             f"{ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% (printed right); the printed rule is banded ({budget_rule}): "
             f"{rate:.2f}% earns 8; the line prints {fmt(bs)} (执行率×10); the 总分 {fmt(total)} adds the {fmt(bs)}"),
           F("MALFORMED_RULE", "路面病害养护及时率", "路面病害养护及时率：" + bad_rule, "90%（含）—95%得3分；85%（含）—90%得4分",
             "a lower band pays more than the band above it", "HIGH", "WARNING",
             "the rule pays 3 points for 90%–95% but 4 for 85%–90%: not monotonic; the row (96%) is in the full band, "
             "its score 6 does not depend on the slip"),
           F("TARGET_MISSED_FULL_MARKS", "农村公路日常养护里程（公里）", "农村公路日常养护里程（公里） | ≥1850 | 1760 | 10 | 10 |",
             "10", "< 10", "HIGH", "WARNING",
             f"1760 < 1850, yet full marks and no 偏差原因; the printed proportion rule gives 10 × 1760 ÷ 1850 = "
             f"{10 * 1760 / 1850:.2f}")]
    return {"stem": "h221_qixingguan_jiaotong", "format": "html", "html": page, "gold": g, "findings": fnd,
            "traps": [f"执行率 {ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% (right); 中央 + 省级 + 区级 = 年度资金总额 in every "
                      "column (rates 96.03%, 89.26%, 85.40% right)",
                      "危桥改造 8 vs ≥8 (met exactly); 日常养护每公里年均成本 0.86 vs ≤0.9 (a ceiling, met)",
                      "优良中等路率 82% vs ≥85%: 8 − 3 → 5 (printed rule)",
                      "农村公路管护长效机制 基本健全 −1 with a reason (judgement)",
                      "the fund block and the indicator block are each ONE table row whose cells hold all lines "
                      "separated by <br> (&nbsp; for an empty line; 一级/二级 printed once per group, &nbsp; below)",
                      f"总分 {fmt(total)} = rows (with the printed {fmt(bs)})"]}


ALL.append(h221())


# ============================================================ h222 武威市凉州区 (PDF drawn, third-party report, the appendix on a page turned by /Rotate 90)

def h222():
    comm = "武威市凉州区财政局"
    dept = "武威市凉州区农业农村局"
    unit = "武威市凉州区农田建设服务中心"
    proj = "凉州区2022年高标准农田建设项目"
    ev = "甘肃恒信中正会计师事务所有限公司"
    src = [("中央财政资金", 3640.00, 3840.00), ("省级财政资金", 960.00, 960.00), ("区级财政资金", 400.00, 600.00)]
    ia, aa = r2(sum(x[1] for x in src)), r2(sum(x[2] for x in src))
    ea = 5186.42
    rate = pct(ea, aa)
    assert (ia, aa, rate) == (5000.00, 5400.00, 96.04), (ia, aa, rate)
    bs = r2(rate * 5 / 100)  # 4.80
    ok_true = 4  # 91% vs ≥95%: 4 points below, 每低1个百分点扣1分 → 8 − 4
    ok_p = 6  # PLANT RULE_SCORE: 工程验收合格率 prints 6
    area_prose = "3.50"  # PLANT SAME_FIGURE_DIFFERS: 三 says 3.50万亩, the appendix 3.05
    ind = [("决策", "项目立项", "立项依据充分性", "充分", "充分", 4, 4, ""),
           ("决策", "项目立项", "立项程序规范性", "规范", "规范", 3, 3, ""),
           ("决策", "绩效目标", "绩效目标合理性", "合理", "基本合理", 4, 3, "部分效益指标未细化量化"),
           ("决策", "资金投入", "资金分配合理性", "合理", "合理", 4, 4, ""),
           ("过程", "资金管理", "资金到位率", "100%", "100%", 5, 5, ""),
           ("过程", "资金管理", "预算执行率", "100%", f"{rate:.2f}%", 5, bs, "执行率×分值"),
           ("过程", "资金管理", "资金使用合规性", "合规", "合规", 5, 5, ""),
           ("过程", "组织实施", "项目管理制度执行有效性", "有效", "基本有效", 5, 4, "2个标段监理日志记录不完整"),
           ("产出", "产出数量", "新建高标准农田面积（万亩）", "≥3.0", "3.05", 10, 10, ""),
           ("产出", "产出数量", "新建高效节水灌溉面积（万亩）", "≥1.2", "1.2", 6, 6, ""),
           ("产出", "产出质量", "工程验收合格率", "≥95%", "91%", 8, ok_p, "3个单项工程首次验收未通过，整改后复验合格"),
           ("产出", "产出时效", "项目按期完工率", "≥95%", "92%", 8, 6.5, "每低1个百分点扣0.5分，扣1.5分"),
           ("产出", "产出成本", "亩均建设成本（元/亩）", "≤1500", "1486", 8, 8, ""),
           ("效益", "经济效益", "项目区亩均粮食产能提升（公斤）", "≥100", "112", 8, 8, ""),
           ("效益", "生态效益", "灌溉水有效利用系数", "≥0.57", "0.58", 6, 6, ""),
           ("效益", "可持续影响", "建后管护机制", "健全", "基本健全", 5, 4, "管护经费未全部落实"),
           ("效益", "满意度", "受益农户满意度", "≥90%", "91.5%", 6, 6, "")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)
    assert total == 93.30, total
    secs = [(n, num(s2([r for r in ind if r[0] == n], 5)), num(s2([r for r in ind if r[0] == n], 6)))
            for n in ("决策", "过程", "产出", "效益")]
    rates = {n: f"{pct(s, w):.2f}%" for n, w, s in secs}
    rates["产出"] = "92.15%"  # PLANT SCORE_RATE: 产出 36.5 ÷ 40 = 91.25%, the summary table prints 92.15%
    assert pct(36.5, 40) == 91.25 and dict((n, s) for n, w, s in secs)["产出"] == 36.5
    g = with_project(gold(None, dept, 2022, "COUNTY", "甘肃省", "THIRD_PARTY_EVALUATION", ev, total, 100, "优",
                          budget(ia, aa, ea, rate), secs, grows(ind)), proj, unit)
    prose = [
        ("H", proj),
        ("H", "绩效评价报告"),
        ("C", f"评价机构：{ev}　　委托单位：{comm}"),
        ("C", "报告编号：甘恒信绩评〔2023〕第017号"),
        ("T", f"{comm}："),
        ("T", f"受贵局委托，我公司对{proj}开展了绩效评价。评价采用“决策、过程、产出、效益”四个一级指标、17个三级指标的"
              "评价体系，通过资料核查、现场勘查和问卷调查等方式形成评价结论。现将评价情况报告如下。"),
        ("P", "一、项目概况"),
        ("T", f"项目主管部门为{dept}，实施单位为{unit}。项目在凉州区清源镇、永昌镇、黄羊镇等6个镇实施，建设内容包括土地平整、"
              "灌溉与排水、田间道路、农田输配电等工程。"),
        ("T", f"项目年初预算{ia:,.2f}万元，年中追加中央财政资金200.00万元、区级财政资金200.00万元，全年预算{aa:,.2f}万元，其中中央财政资金{src[0][2]:,.2f}万元、"
              f"省级财政资金{src[1][2]:,.2f}万元、区级财政资金{src[2][2]:,.2f}万元；截至2022年12月31日实际支出{ea:,.2f}万元，"
              f"预算执行率{rate:.2f}%。"),
        ("P", "二、评价结论"),
        ("T", f"经综合评价，{proj}绩效评价得分{fmt(total)}分，评价等级为“优”。评价等级划分：" + BANDS
              + "各一级指标得分情况如下表。"),
        ("TABLE", [["一级指标", "分值", "得分", "得分率"]]
         + [[n, fmt(w), fmt(s), rates[n]] for n, w, s in secs]
         + [["合计", "100", fmt(total), f"{pct(total, 100):.2f}%"]]),
        ("P", "三、绩效分析"),
        ("T", f"（一）产出情况。项目新建高标准农田{area_prose}万亩，新建高效节水灌溉面积1.2万亩；工程验收合格率91%，有3个单项"
              "工程首次验收未通过，经整改后复验合格；项目按期完工率92%；亩均建设成本1,486元。"),
        ("T", "（二）效益情况。项目区亩均粮食产能提升112公斤，灌溉水有效利用系数由0.55提高到0.58；抽样调查受益农户420户，"
              "满意度91.5%。"),
        ("P", "四、存在的问题"),
        ("T", "一是部分单项工程施工质量不高，首次验收合格率偏低；二是部分标段监理日志记录不完整；三是建后管护经费未全部落实，"
              "管护责任主体不够明确。"),
        ("P", "五、有关建议"),
        ("T", "一是加强施工过程质量监管，落实监理旁站制度；二是规范项目档案管理；三是将管护经费纳入区级财政预算，明确管护主体。"),
        ("T", "附件：绩效评价指标评分表"),
        ("R", f"{ev}"),
        ("R", "2023年6月15日"),
    ]
    fnd = [F("SCORE_RATE", "产出", "产出 | 40 | 36.5 | 92.15%", "92.15%", "91.25%", "HIGH", "ERROR",
             "the summary table's 产出 line: 36.5 ÷ 40 = 91.25%, printed 92.15% (digits swapped); the other 得分率 are "
             "right (the 36.5 carries the RULE_SCORE row's printed 6: with 4 it would be 34.5, 86.25%)"),
           F("SAME_FIGURE_DIFFERS", "新建高标准农田面积（万亩）",
             f"三：项目新建高标准农田{area_prose}万亩 / 附表：新建高标准农田面积（万亩） | ≥3.0 | 3.05", f"{area_prose}万亩",
             "3.05万亩", "HIGH", "WARNING",
             "三 prints 3.50万亩, the appendix row 3.05 (digits swapped); both meet ≥3.0, the score 10 is not touched; "
             "which figure is the slip is not knowable"),
           F("RULE_SCORE", "工程验收合格率", "工程验收合格率 | ≥95% | 91% | 8 | 6 | 3个单项工程首次验收未通过", fmt(ok_p),
             fmt(ok_true), "HIGH", "ERROR",
             "the printed rule 每低于目标值1个百分点扣1分: 91% is 4 points below 95% → 8 − 4 = 4; the row prints 6; the 产出 "
             f"subtotal 36.5 and the total {fmt(total)} carry the 6 (with 4: {fmt(r2(total - 2))}, still 优)")]
    meta = dict(ind=ind, total=total, prose=prose, title=proj)
    return {"stem": "h222_liangzhou_nongye", "format": "pdf", "draw": draw222, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": [f"预算执行率 {ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% (right) × 5 = {rate * 5 / 100:.3f} printed {fmt(bs)}; "
                      "中央 + 省级 + 区级 = 全年预算; 年初 5,000.00 + 追加 200.00 + 200.00 = 全年 5,400.00",
                      "新建高效节水灌溉面积 1.2 vs ≥1.2 (met exactly); 亩均建设成本 1486 vs ≤1500 (a ceiling, met)",
                      "项目按期完工率 92% vs ≥95%: 8 − 1.5 → 6.5 (printed rule 每低1个百分点扣0.5分)",
                      "绩效目标合理性 −1, 项目管理制度执行有效性 −1, 建后管护机制 −1 with reasons (judgement)",
                      "summary 决策 15/14 93.33%, 过程 20/18.8 94.00%, 效益 25/24 96.00%, 合计 93.30% right; the summary "
                      "table is not indicator rows",
                      "三's other figures (1.2万亩, 91%, 92%, 1,486元, 112公斤, 0.58, 91.5%) agree with the appendix; "
                      "灌溉水有效利用系数 0.55 is the pre-project base, not a target",
                      "the appendix is a LANDSCAPE table on a portrait page turned by /Rotate 90 (the text is drawn "
                      "sideways in the page's own coordinates)"]}


def draw222(rep, path):
    """pp. 1–2 portrait prose; p. 3 the appendix: a portrait MediaBox with /Rotate 90, the table drawn sideways."""
    from reportlab.lib.pagesizes import A4
    M = rep["meta"]
    W, Hh = A4
    c = new_canvas(path, A4)
    L, R = 64, W - 64
    page = [1]
    y = Hh - 80

    def footer():
        c.setFont(FONT, 9)
        c.drawCentredString(W / 2, 30, f"— {page[0]} —")

    def newpage():
        nonlocal y
        footer()
        c.showPage()
        page[0] += 1
        y = Hh - 70

    for kind, val in M["prose"]:
        if kind == "TABLE":
            xs = [L + 40, L + 150, L + 230, L + 310, L + 400]
            rh = 18
            if y - rh * len(val) < 60:
                newpage()
            top = y
            c.setLineWidth(0.5)
            for r_i, cells in enumerate(val):
                c.line(xs[0], y, xs[-1], y)
                c.setFont(FONT, 9.5)
                for k, v in enumerate(cells):
                    c.drawCentredString((xs[k] + xs[k + 1]) / 2, y - 12.5, v)
                y -= rh
            c.line(xs[0], y, xs[-1], y)
            for x in xs:
                c.line(x, top, x, y)
            y -= 14
            continue
        if kind == "H":
            c.setFont(FONT, 17)
            c.drawCentredString(W / 2, y, val)
            y -= 32
            continue
        if kind == "C":
            c.setFont(FONT, 10.5)
            c.drawCentredString(W / 2, y, val)
            y -= 20
            if val.startswith("报告编号"):
                y -= 16
            continue
        if kind == "R":
            c.setFont(FONT, 10.5)
            c.drawRightString(R, y, val)
            y -= 18
            continue
        size = 11 if kind == "P" else 10.5
        lines = wrap(("" if kind == "P" or val.endswith("：") else "　　") + val, R - L, size)
        for ln in lines:
            if y < 60:
                newpage()
            c.setFont(FONT, size)
            c.drawString(L, y, ln)
            y -= size + 8
        y -= 2
    footer()
    c.showPage()
    # ---- p. 3: landscape content on a portrait page, /Rotate 90
    page[0] += 1
    c.setPageSize((Hh, W))  # reportlab swaps a /Rotate 90 page's MediaBox: this keeps it PORTRAIT (595 × 842)
    c.setPageRotation(90)
    c.saveState()
    c.translate(W, 0)
    c.rotate(90)  # logical (X, Y) in an 842 × 595 landscape frame → raw (W − Y, X)
    LW, LH = Hh, W
    c.setFont(FONT, 13)
    c.drawCentredString(LW / 2, LH - 44, f"附件：{M['title']}绩效评价指标评分表")
    xs = [40, 92, 160, 330, 410, 490, 530, 570, LW - 40]
    head = ["一级指标", "二级指标", "三级指标", "目标值", "实际完成值", "分值", "得分", "扣分原因"]
    ind = M["ind"]
    s1 = {a for a, b in group_spans(ind, 0, 0)}
    s2_ = {a for a, b in group_spans(ind, 1, 0)}
    e1 = {b for a, b in group_spans(ind, 0, 0)}
    e2 = {b for a, b in group_spans(ind, 1, 0)}
    rh = 24
    y = LH - 60
    top = y
    c.setLineWidth(0.5)
    rows = [head] + [[l1 if i in s1 else "", l2 if i in s2_ else "", l3, t, a, fmt(w), fmt(s), n]
                     for i, (l1, l2, l3, t, a, w, s, n) in enumerate(ind)]
    for r_i, cells in enumerate(rows):
        for k, v in enumerate(cells):
            if not v:
                continue
            size = 8.5
            c.setFont(FONT, size)
            lines = wrap(v, xs[k + 1] - xs[k] - 5, size)
            yy = y - rh / 2 - size * 0.35 + (len(lines) - 1) * (size + 1.5) / 2
            for ln in lines:
                if k in (2, 7) and r_i:
                    c.drawString(xs[k] + 3, yy, ln)
                else:
                    c.drawCentredString((xs[k] + xs[k + 1]) / 2, yy, ln)
                yy -= size + 1.5
        y -= rh
        j = r_i - 1
        x_from = xs[0] if (r_i == 0 or j in e1) else xs[1] if j in e2 else xs[2]
        c.line(x_from, y, xs[-1], y)
    c.line(xs[0], top, xs[-1], top)
    c.setFont(FONT, 9)
    c.drawCentredString((xs[0] + xs[5]) / 2, y - 15, "合计")
    c.drawCentredString((xs[5] + xs[6]) / 2, y - 15, "100")
    c.drawCentredString((xs[6] + xs[7]) / 2, y - 15, fmt(M["total"]))
    c.drawString(xs[7] + 3, y - 15, "评价等级：优")
    y -= 22
    c.line(xs[0], y, xs[-1], y)
    for k, x in enumerate(xs):
        c.line(x, top, x, y if k in (0, 5, 6, 7, 8) else y + 22)
    c.setFont(FONT, 8.5)
    y -= 16
    for ln in ["评分标准：1.预算执行率得分=执行率×分值；2.定量指标达到目标值的得满分；工程验收合格率每低于目标值1个百分点扣1分，"
               "项目按期完工率每低于目标值1个百分点扣0.5分；3.定性指标按完成情况分档评分，并说明扣分原因。"]:
        for part in wrap(ln, xs[-1] - xs[0], 8.5):
            c.drawString(xs[0], y, part)
            y -= 13
    c.restoreState()
    c.setFont(FONT, 9)
    c.saveState()
    c.translate(W, 0)
    c.rotate(90)
    c.drawCentredString(LW / 2, 26, f"— {page[0]} —")
    c.restoreState()
    c.showPage()
    c.save()


ALL.append(h222())


# ============================================================ h223 宁德市蕉城区住房和城乡建设局 (XLSX, 续建 project, 得分 column in WORDS: “满分” / “扣N分”)

def h223():
    dept = "宁德市蕉城区住房和城乡建设局"
    unit = "宁德市蕉城区市政设施管护中心"
    proj = "蕉城区城区雨污分流改造工程（续建）"
    parts = [("其中：上年结转资金（2022年度安排）", 0.00, 542.80, 530.12), ("本年安排资金（2023年度）", 3200.00, 3020.00, 2957.34)]
    ia = r2(sum(p[1] for p in parts))
    aa = 3652.80  # PLANT BREAKDOWN_SUM: 542.80 + 3,020.00 = 3,562.80, the 年度资金总额 line prints 3,652.80
    assert r2(sum(p[2] for p in parts)) == 3562.80
    ea = r2(sum(p[3] for p in parts))
    rate = pct(ea, aa)  # on the printed total, as the form computes it
    assert (ia, ea, rate) == (3200.00, 3487.46, 95.47), (ia, ea, rate)
    bs = r2(rate / 10)  # 9.55
    # 得分 printed as words: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分 (implied), note, printed 得分)
    ind = [("产出指标", "数量指标", "新建雨污分流管网（公里）", "≥18", "18.6", 10, 10, "", "满分"),
           ("产出指标", "数量指标", "改造老旧排水检查井（座）", "≥420", "420", 8, 8, "", "满分"),
           ("产出指标", "数量指标", "完成雨污分流改造小区（个）", "≥24", "26", 8, 7, "", "扣1分"),  # PLANT TARGET_MET_POINTS_LOST
           ("产出指标", "质量指标", "管网工程验收合格率", "100%", "100%", 8, 8, "", "满分"),
           ("产出指标", "时效指标", "年度建设计划完成率", "≥90%", "86%", 6, 4,
            "受征迁影响2个片区开工滞后，每低1个百分点扣0.5分", "扣2分"),
           ("产出指标", "成本指标", "管网单位造价（万元/公里）", "≤165", "158.2", 6, 6, "", "满分"),
           ("效益指标", "社会效益指标", "城区污水收集率", "≥70%", "72.5%", 8, 8, "", "满分"),
           ("效益指标", "社会效益指标", "施工期间交通疏导投诉（件）", "≤10", "7", 4, 4, "", "满分"),
           ("效益指标", "生态效益指标", "消除旱天污水直排口（个）", "≥15", "17", 8, 8, "", "满分"),
           ("效益指标", "生态效益指标", "污水处理厂进水COD浓度（mg/L）", "≥180", "196", 6, 6, "", "满分"),
           ("效益指标", "可持续影响指标", "管网长效管护机制", "健全", "基本健全", 6, 5,
            "管网移交接管程序尚未完成，专业化管护队伍未全部到位", "扣1分"),
           ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%", "91.8%", 10, 10, "", "满分")]
    for r in ind:
        assert (r[8] == "满分" and r[6] == r[5]) or r[8] == f"扣{fmt(r2(r[5] - r[6]))}分", r
    full = [("", "", "年度资金总额", "", f"{rate:.2f}%", 10, bs, "", fmt(bs))] + ind
    weights = s2(full, 5)
    assert weights == 98  # PLANT WEIGHTS_VS_FULL_MARK: the 分值 add to 98, the 总分 line prints 100
    total = s2(full, 6)
    assert total == 93.55, total
    g = with_project(gold(None, dept, 2023, "COUNTY", "福建省", "SELF_EVALUATION", None, total, 100, "优",
                          budget(ia, aa, ea, rate), [], grows([r[:8] for r in full])), proj, unit)
    fnd = [F("BREAKDOWN_SUM", "全年预算数",
             f"年度资金总额 | {ia:,.2f} | {aa:,.2f} | {ea:,.2f} / 其中：上年结转资金（2022年度安排） | 0.00 | 542.80 | 530.12 / "
             "本年安排资金（2023年度） | 3,200.00 | 3,020.00 | 2,957.34", f"{aa:,.2f}", "3,562.80", "HIGH", "WARNING",
             "上年结转 542.80 + 本年安排 3,020.00 = 3,562.80 万元, the 年度资金总额 line prints 3,652.80 (digits swapped; "
             f"the 年初 and 执行 columns add up); the {rate:.2f}% and its {fmt(bs)} are right on the printed total "
             "(on 3,562.80 they would be 97.89% and 9.79)"),
           F("TARGET_MET_POINTS_LOST", "完成雨污分流改造小区（个）", "完成雨污分流改造小区（个） | ≥24 | 26 | 8 | 扣1分 |", "7",
             "8", "HIGH", "WARNING",
             "26 meets ≥24, yet the 得分 cell reads 扣1分 (7 of 8) with no 偏差原因 (the rule: 达到年度指标值的得满分)"),
           F("WEIGHTS_VS_FULL_MARK", "总分", f"总分 | 100 | {fmt(total)} | 自评等级：优", "100", fmt(weights), "HIGH",
             "ERROR",
             f"年度资金总额 10 + the 12 rows' 分值 (产出 46, 效益 32, 满意度 10) = 98, the 总分 line prints 100; the 得分 "
             f"{fmt(total)} = 10-point line 9.55 + the rows' 分值 88 − 扣分 4 (as the 注 defines it)")]
    meta = dict(dept=dept, unit=unit, proj=proj, full=full, parts=parts, ia=ia, aa=aa, ea=ea, rate=rate, bs=bs,
                total=total)
    return {"stem": "h223_jiaocheng_zhujian", "format": "xlsx", "write": write223, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": [f"执行率 {ea:,.2f} ÷ {aa:,.2f} (the printed total) = {rate:.2f}% × 10 = {rate / 10:.3f} printed "
                      f"{fmt(bs)} (no EXECUTION_RATE: the rate follows the printed total); the 年初 (0.00 + 3,200.00) and "
                      "执行 (530.12 + 2,957.34) columns add up; 上年结转 97.66% and 本年安排 97.93% right",
                      "续建 project: 项目总投资 9,800.00, 建设期 2022—2024, 累计完成投资 6,126.35 are the whole project's "
                      "figures, not the year's budget (no SPENDING_OVER_BUDGET)",
                      "改造老旧排水检查井 420 vs ≥420 (met exactly); 管网单位造价 158.2 vs ≤165 and 交通疏导投诉 7 vs ≤10 "
                      "(ceilings, met)",
                      "年度建设计划完成率 86% vs ≥90%: 扣2分 → 4 of 6 (printed rule 每低1个百分点扣0.5分)",
                      "管网长效管护机制 基本健全 扣1分 with a reason (judgement)",
                      "the 得分 column holds WORDS (“满分” = the row's 分值, “扣N分” = 分值 − N, per the 注); the 年度资金总额 "
                      "score and the 总分 are figures"]}


def write223(rep, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    M = rep["meta"]
    wb = Workbook()
    ws = wb.active
    ws.title = "项目支出绩效自评表"
    wb.properties.creator = "Administrator"
    wb.properties.lastModifiedBy = "Administrator"
    wb.properties.created = H.A.FIXED
    wb.properties.modified = H.A.FIXED
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    r = [1]
    merges = []

    def put(vals, spans=(), boxed=True, bold=False, size=10, align=None, height=None):
        row = r[0]
        for k, v in enumerate(vals, 1):
            if v is None:
                continue
            cell = ws.cell(row=row, column=k, value=v)
            cell.font = Font(name="宋体", size=size, bold=bold)
            cell.alignment = Alignment(horizontal=align or ("left" if isinstance(v, str) and len(v) > 16 else "center"),
                                       vertical="center", wrap_text=True)
            if isinstance(v, float) and k in (2, 3, 4):
                cell.number_format = "#,##0.00"
        if boxed:
            for k in range(1, 9):
                ws.cell(row=row, column=k).border = box
        for a, b in spans:
            ws.merge_cells(start_row=row, start_column=a, end_row=row, end_column=b)
        if height:
            ws.row_dimensions[row].height = height
        r[0] += 1
        return row

    put(["项目支出绩效自评表"], [(1, 8)], boxed=False, bold=True, size=16, align="center", height=28)
    put(["（2023年度）"], [(1, 8)], boxed=False, align="center")
    put([f"填报单位（盖章）：{M['unit']}", None, None, None, None, None, "金额单位：万元"], [(1, 6), (7, 8)], boxed=False,
        align="left")
    put(["项目名称", M["proj"]], [(2, 8)])
    put(["主管部门", M["dept"], None, None, "实施单位", M["unit"]], [(2, 4), (6, 8)])
    put(["项目类型", "续建项目（建设期2022年—2024年）", None, None, "项目总投资", "9,800.00（截至2023年底累计完成投资6,126.35）"],
        [(2, 4), (6, 8)])
    put(["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], [(7, 8)])
    put(["年度资金总额", M["ia"], M["aa"], M["ea"], 10, f"{M['rate']:.2f}%", M["bs"]], [(7, 8)])
    for lab, i_, a_, e_ in M["parts"]:
        put([lab, i_, a_, e_, "—", f"{pct(e_, a_):.2f}%" if a_ else "—", "—"], [(7, 8)], height=28)
    put(["年度总体目标", "目标1：完成城区18公里雨污分流管网建设和420座老旧检查井改造，完成24个小区雨污分流改造；\n"
                    "目标2：城区污水收集率达到70%以上，消除旱天污水直排口15个以上；\n"
                    "目标3：周边居民满意度达到90%以上。"], [(2, 8)], height=54)
    put(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"], bold=True)
    first = r[0]
    ind = M["full"][1:]
    for l1, l2, l3, t, a, w, s, n, shown in ind:
        put([l1, l2, l3, t, a, w, shown, n], height=30 if len(n) > 16 else None)
    for col in (1, 2):
        for a, b in group_spans(ind, col - 1, first):
            if b > a:
                for rr in range(a + 1, b + 1):
                    ws.cell(row=rr, column=col).value = None
                ws.merge_cells(start_row=a, start_column=col, end_row=b, end_column=col)
    put(["总分", None, None, None, None, 100, M["total"], "自评等级：优"], [(1, 5)])
    put(["注：“得分”栏填“满分”的，得该项全部分值；填“扣×分”的，得分为该项分值减去所扣分值。"], [(1, 8)], boxed=False, align="left")
    put(["评分说明：1.年度资金总额得分=执行率×10，保留两位小数；2.定量指标达到年度指标值的得满分，未达到的按完成比例计分，"
         "年度建设计划完成率每低于指标值1个百分点扣0.5分；3.定性指标根据完成情况酌情扣分并说明理由；4.自评等级：" + BANDS],
        [(1, 8)], boxed=False, align="left", height=42)
    put(["填报人：林××　　　　联系电话：0593-28×××××　　　　填报日期：2024年4月10日"], [(1, 8)], boxed=False, align="left")
    for k, wdt in enumerate([14, 14, 30, 12, 12, 8, 10, 36], 1):
        ws.column_dimensions[chr(64 + k)].width = wdt
    wb.save(path)
    H.A.normalize_zip(path)


ALL.append(h223())


def main(argv):
    run(argv, ALL, "33")  # reports22.run: gold, findings and file of each report, LibreOffice profile heldout33


if __name__ == "__main__":
    main(sys.argv[1:])
