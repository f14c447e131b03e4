#!/usr/bin/python3
"""Round 61 (h359–h363): layouts and file features not used before, each with PLANTED audit problems, made apart from
the code by the corpus61 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report
whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 -B corpus-heldout/src/reports61.py [h359 …]
(needs python-docx, openpyxl, reportlab, pikepdf and cryptography; the HTML and the hand-made XML parts are strings:
h359 a DOCX 部门整体 self-evaluation report whose section numbers (一、 （一）) and goal labels (目标1：) are Word's
AUTOMATIC NUMBERING (w:numPr → numbering.xml), not text; the fourth goal's paragraph sits in a second list instance
that restarts, so Word shows it as 目标1 again;
h360 an XLSX 项目 form whose fund block is LINKED TO ANOTHER WORKBOOK (external references: formulas
'[1]资金汇总'!$C$6 …, xl/externalLinks/externalLink1.xml with the cached sheetDataSet, the 台账 itself not shipped);
h361 a DOCX 项目 form made from a Word template PROTECTED FOR FILLING IN FORMS, every entry a LEGACY FORM FIELD
(FORMTEXT with w:ffData: default text, status/help text, type, format; FORMDROPDOWN for 自评等级; FORMCHECKBOX for
项目属性);
h362 a third-party PDF 部门整体 绩效评价报告 carrying the evaluator's ELECTRONIC SEAL as a DIGITAL SIGNATURE (an AcroForm
signature field, SigFlags 3, its widget's appearance the red seal, /V a /Sig dictionary with /ByteRange and a detached
PKCS#7 in /Contents);
h363 a county portal's ONLINE PREVIEW of a 部门整体 form (the attachment converted to HTML in the pdf2htmlEX manner: every
text line an absolutely positioned <div> placed by CSS classes, the ruling as thin positioned divs, no <table>, the
lines in the order the source drew them, column by column).)
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
from heldout import fmt, budget, gold, row  # noqa: E402
from reports4 import pct, F  # noqa: E402
from reports22 import s2, r2, with_project, grows  # noqa: E402
from reports34 import secs, new_doc  # noqa: E402
from reports36_common import BANDS, grade, P, main as round_main  # noqa: E402
from reports41 import spans  # noqa: E402

ALL = []
WNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def esc(s):
    return htmlmod.escape(s, quote=True)


def no_half(x, what):
    """a figure printed to 2 decimals must not sit on a half (x.xx5), where rounding conventions differ"""
    assert abs(x * 100 - round(x * 100) - 0.5) > 1e-6 and abs(x * 100 - round(x * 100) + 0.5) > 1e-6, (what, x)


def mc(x):
    """money with thousands separators"""
    return f"{x:,.2f}"


def q(s):
    return f"{s:.2f}%"


RULES = ("说明：1.年度资金总额得分＝执行率×分值；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”计分，"
         "反向指标（“≤”）不超过指标值的得满分；3.定性指标根据完成情况酌情扣分；4.")


def docx_run(p, text, size=10.5, bold=False):
    from docx.shared import Pt
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    return r


def set_cell(cell, text, size=9, bold=False, align="c"):
    from docx.enum.table import WD_ALIGN_VERTICAL
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    p = cell.paragraphs[0]
    p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT, "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    if text:
        docx_run(p, text, size, bold)
    return p


def table(doc, nrows, widths_mm):
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.shared import Mm
    t = doc.add_table(rows=nrows, cols=len(widths_mm))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for j, wd in enumerate(widths_mm):
        t.columns[j].width = Mm(wd)
        for c in t.columns[j].cells:
            c.width = Mm(wd)
    return t


# ============================================================ h359 珙县卫生健康局 (DOCX, Word AUTOMATIC NUMBERING)

def h359():
    dept = "珙县卫生健康局"
    parts = {"基本支出": (2136.40, 2210.85, 2198.64), "项目支出": (3480.00, 4062.30, 3807.52)}
    ib, ab, eb = parts["基本支出"]
    ip, ap, ep = parts["项目支出"]
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    rate = pct(ea, aa)
    assert (ia, aa, ea, rate) == (5616.40, 6273.15, 6006.16, 95.74), (ia, aa, ea, rate)
    rb, rp = pct(eb, ab), pct(ep, ap)
    assert (rb, rp) == (99.45, 93.73), (rb, rp)
    fs = r2(rate / 10)
    no_half(rate / 10, "fund")
    assert fs == 9.57
    clinic_done, clinic_plan = 42, 45
    clinic_score = 8  # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: 村卫生室标准化建设 “已完成” at full 8; 三 and 五 say 42 of 45
    vacc_table, vacc_prose = "98.6%", "96.8%"  # PLANT SAME_FIGURE_DIFFERS: 接种率 98.6% in the table, 96.8% in 三（三）
    # (目标, 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因)
    ind = [("—", "投入管理", "预算执行", "预算执行率", "100%", q(rate), 10, fs, ""),
           ("—", "投入管理", "预算管理", "“三公”经费控制率", "≤100%", "86.2%", 5, 5, ""),
           ("—", "投入管理", "预算管理", "政府采购执行率", "100%", "100%", 4, 4, ""),
           ("目标1", "产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥4.2万人", "4.05万人", 8, P(4.05, 4.2, 8),
            "部分外出务工老年人未能随访；按完成比例计分"),
           ("目标1", "产出指标", "数量指标", "0—6岁儿童健康管理率", "≥90%", "92.3%", 6, 6, ""),
           ("目标1", "效益指标", "社会效益指标", "居民电子健康档案建档率", "≥90%", "91.5%", 6, 6, ""),
           ("目标2", "产出指标", "数量指标", "村卫生室标准化建设", f"{clinic_plan}个", "已完成", 8, clinic_score, ""),
           ("目标2", "产出指标", "质量指标", "达到“优质服务基层行”基本标准的乡镇卫生院", "≥8个", "9个", 6, 6, ""),
           ("目标2", "效益指标", "社会效益指标", "县域内就诊率", "≥90%", "88.4%", 7, P(88.4, 90, 7),
            "部分重症患者转诊市级医院；按完成比例计分"),
           ("目标3", "产出指标", "质量指标", "适龄儿童免疫规划疫苗接种率", "≥95%", vacc_table, 6, 6, ""),
           ("目标3", "产出指标", "时效指标", "传染病疫情网络直报及时率", "100%", "100%", 5, 5, ""),
           ("目标3", "效益指标", "社会效益指标", "重大传染病暴发流行", "0起", "0起", 5, 5, ""),
           ("目标4", "产出指标", "数量指标", "农村适龄妇女“两癌”免费筛查人数", "≥8000人", "8126人", 6, 6, ""),
           ("目标4", "效益指标", "社会效益指标", "孕产妇死亡率", "≤12/10万", "0/10万", 5, 5, ""),
           ("目标4", "效益指标", "可持续影响指标", "卫生健康人才队伍建设机制", "健全", "基本健全", 5, 4,
            "乡村医生队伍年龄老化，定向培养人员尚未到岗"),
           ("—", "满意度指标", "服务对象满意度指标", "群众就医满意度", "≥90%", "91.6%", 8, 8, "")]
    assert len(ind) == 16 and sum(x[6] for x in ind) == 100
    assert [x[7] for x in ind if x[8].endswith("计分")] == [7.71, 6.88]
    no_half(4.05 / 4.2 * 8, "elderly")
    no_half(88.4 / 90 * 7, "county")
    total = r2(sum(x[7] for x in ind))
    assert total == 98.16 and grade(total) == "优", total
    goals = [("提升基本公共卫生服务水平", "做实老年人、儿童等重点人群健康管理，65岁及以上老年人健康管理4.2万人以上，0—6岁儿童健康管理率"
              "和居民电子健康档案建档率均达到90%以上。"),
             ("增强基层医疗服务能力", "完成45个村卫生室标准化建设，8个以上乡镇卫生院达到“优质服务基层行”基本标准，县域内就诊率达到90%。"),
             ("巩固疾病预防控制成效", "适龄儿童免疫规划疫苗接种率保持在95%以上，传染病疫情网络直报及时率100%，不发生重大传染病暴发流行。"),
             ("持续提升妇幼健康服务水平", "完成农村适龄妇女“两癌”免费筛查8000人以上，孕产妇死亡率控制在12/10万以下。")]
    shown = ["目标1", "目标2", "目标3", "目标1"]  # PLANT GOAL_LABELS: the 4th goal restarts the list (a second w:num)
    g = gold(None, dept, 2024, "COUNTY", "四川省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), [],
             [row(x[1], x[2], x[3], x[4], x[5], x[6], x[7], goal=None if x[0] == "—" else x[0]) for x in ind])
    prose3 = [
        "全年为65岁及以上老年人提供健康管理服务4.05万人，0—6岁儿童健康管理率92.3%，居民电子健康档案建档率91.5%。老年人健康管理"
        "人数未达到年度目标，主要是部分外出务工返乡老年人未能按时随访。",
        f"全年完成村卫生室标准化建设{clinic_done}个（计划{clinic_plan}个），其余3个因选址调整延至2025年实施；9个乡镇卫生院达到"
        "“优质服务基层行”基本标准；县域内就诊率88.4%，较上年提高1.2个百分点。",
        f"全县适龄儿童免疫规划疫苗接种率{vacc_prose}，传染病疫情网络直报及时率100%，全年未发生重大传染病暴发流行。",
        "完成农村适龄妇女“两癌”免费筛查8126人，全年无孕产妇死亡。"]
    meta = dict(dept=dept, parts=parts, ia=ia, aa=aa, ea=ea, rate=rate, rb=rb, rp=rp, ind=ind, total=total,
                goals=goals, prose3=prose3)
    fnd = [F("GOAL_LABELS", "年度绩效目标", "目标1：提升基本公共卫生服务水平…；目标2：增强基层医疗服务能力…；目标3：巩固疾病预防控制成效…；"
             "目标1：持续提升妇幼健康服务水平…", ", ".join(shown), "目标1, 目标2, 目标3, 目标4", "HIGH", "WARNING",
             "the labels of 一（二）'s four goals are Word automatic numbering (目标%1：); the fourth paragraph belongs to a "
             "second list instance that restarts at 1, so the page shows 目标1 twice and no 目标4, while the 附表 files the "
             "妇幼 rows (两癌筛查, 孕产妇死亡率, 人才队伍) under 目标4 and 三（四） reports on the 妇幼 goal: the fourth goal "
             "is mislabelled"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "村卫生室标准化建设",
             "目标2 | 产出指标 | 数量指标 | 村卫生室标准化建设 | 45个 | 已完成 | 8 | 8 / 三（二）：全年完成村卫生室标准化建设42个（计划45个），"
             "其余3个因选址调整延至2025年实施", "8", "< 8", "HIGH", "WARNING",
             f"the row says 已完成 and scores the full 8 with no 偏差原因, while 三（二） and 五 say {clinic_done} of the "
             f"{clinic_plan} were built and 3 moved to 2025; the proportion rule would give 8 × 42 ÷ 45 = "
             f"{fmt(P(clinic_done, clinic_plan, 8))}"),
           F("SAME_FIGURE_DIFFERS", "适龄儿童免疫规划疫苗接种率",
             f"三（三）：全县适龄儿童免疫规划疫苗接种率{vacc_prose} / 目标3 | 适龄儿童免疫规划疫苗接种率 | ≥95% | {vacc_table}",
             vacc_prose, vacc_table, "HIGH", "WARNING",
             "三（三） gives the vaccination rate as 96.8%, the 附表 as 98.6% (digits transposed in one of them); both meet "
             "≥95%, so the row's full 6 stands either way, but the figure needs confirming")]
    return {"stem": "h359_gongxian_weijian", "format": "docx", "write": write359, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the section numbers (一、…五、), the sub-headings' （一）…（四） and the goal labels (目标1：…) are Word "
                      "AUTOMATIC NUMBERING (w:numPr → numbering.xml: chineseCounting “%1、” and “（%2）”, decimal “目标%1：”): "
                      "they are not in any w:t; a text reader sees unnumbered headings and bare goal sentences",
                      f"budget: 基本 + 项目 = 合计 in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {q(rate)}, 基本 {q(rb)}, "
                      f"项目 {q(rp)} right; all under budget; 年初 < 全年 (追加)",
                      f"预算执行率 row {q(rate)} × 10 = {fmt(fs)} (the 说明's rule; 95.74% is below its 100% target and the "
                      "rule pays in proportion: not TARGET_MISSED)",
                      "老年人健康管理 8 × 4.05 ÷ 4.2 = 7.714 → 7.71 and 县域内就诊率 7 × 88.4 ÷ 90 = 6.876 → 6.88 (proportion "
                      "rule, with reasons); 人才队伍建设机制 −1 with a reason (judgement)",
                      "孕产妇死亡率 0/10万 vs ≤12/10万 (a ceiling, met); 重大传染病暴发流行 0起 vs 0起 (met); 传染病直报及时率 "
                      "100% vs 100% (met exactly); 三公 86.2% vs ≤100% (a ceiling); 三's other figures (4.05万人, 92.3%, "
                      "91.5%, 9个, 88.4%, 100%, 8126人) agree with the table",
                      "the rows' 分值 add to 100 and their scores to the 总分 98.16; 优"]}


def num_xml():
    """three abstract lists and four list instances: 90 headings (一、 / （一）), 91 goals (目标1：), num 93 a second
    instance of the goals' list restarting at 1 (what copying a paragraph in from another file leaves)"""
    def lvl(i, start, fmt_, text, ind):
        return (f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt_}"/><w:lvlText w:val="{text}"/>'
                f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{ind}" w:hanging="0"/></w:pPr></w:lvl>')
    a90 = (f'<w:abstractNum xmlns:w="{WNS}" w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>'
           + lvl(0, 1, "chineseCounting", "%1、", 0) + lvl(1, 1, "chineseCounting", "（%2）", 0) + "</w:abstractNum>")
    a91 = (f'<w:abstractNum xmlns:w="{WNS}" w:abstractNumId="91"><w:multiLevelType w:val="singleLevel"/>'
           + lvl(0, 1, "decimal", "目标%1：", 0) + "</w:abstractNum>")
    nums = [f'<w:num xmlns:w="{WNS}" w:numId="90"><w:abstractNumId w:val="90"/></w:num>',
            f'<w:num xmlns:w="{WNS}" w:numId="91"><w:abstractNumId w:val="91"/></w:num>',
            f'<w:num xmlns:w="{WNS}" w:numId="93"><w:abstractNumId w:val="91"/><w:lvlOverride w:ilvl="0">'
            f'<w:startOverride w:val="1"/></w:lvlOverride></w:num>']
    return [a90, a91], nums


def numbered(doc, text, num_id, ilvl, bold=False, indent=True):
    from docx.oxml import parse_xml
    from docx.shared import Pt
    p = doc.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml(f'<w:numPr xmlns:w="{WNS}"><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    if indent:
        p.paragraph_format.first_line_indent = Pt(21)
    docx_run(p, text, 12 if (num_id == 90 and ilvl == 0) else 10.5, bold)
    return p


def write359(rep, path):
    from docx.oxml import parse_xml
    from docx.shared import Pt
    M = rep["meta"]
    doc = new_doc()
    numbering = doc.part.numbering_part.element
    absn, nums = num_xml()
    first_num = numbering.find(f"{{{WNS}}}num")
    for a in absn:
        el = parse_xml(a)
        if first_num is not None:
            first_num.addprevious(el)
        else:
            numbering.append(el)
    for n in nums:
        numbering.append(parse_xml(n))

    def para(text, bold=False, size=10.5, center=False, indent=True):
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        p = doc.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if indent:
            p.paragraph_format.first_line_indent = Pt(21)
        docx_run(p, text, size, bold)
        return p
    para(f"{M['dept']}2024年度部门整体支出绩效自评报告", True, 16, True, False)
    para("")
    numbered(doc, "部门基本情况", 90, 0, True, False)
    numbered(doc, "部门职能", 90, 1, True)
    para("珙县卫生健康局是县政府工作部门，负责全县卫生健康事业发展规划、基本公共卫生服务、医疗机构管理、疾病预防控制、妇幼健康和"
         "计划生育服务等工作，下属二级预算单位14个。")
    numbered(doc, "年度绩效目标", 90, 1, True)
    para("2024年本部门整体支出设定以下四项年度绩效目标：")
    for k, (name, body) in enumerate(M["goals"]):
        numbered(doc, f"{name}。{body}", 91 if k < 3 else 93, 0)
    numbered(doc, "部门预算执行情况", 90, 0, True, False)
    b_, p_ = M["parts"]["基本支出"], M["parts"]["项目支出"]
    para(f"2024年本部门年初预算{mc(M['ia'])}万元，全年预算{mc(M['aa'])}万元，全年执行{mc(M['ea'])}万元，预算执行率"
         f"{q(M['rate'])}。其中：基本支出全年预算{mc(b_[1])}万元，执行{mc(b_[2])}万元，执行率{q(M['rb'])}；项目支出全年预算"
         f"{mc(p_[1])}万元，执行{mc(p_[2])}万元，执行率{q(M['rp'])}。")
    t = table(doc, 4, (40, 32, 32, 32, 28))
    for j, h in enumerate(("项目", "年初预算数（万元）", "全年预算数（万元）", "全年执行数（万元）", "执行率")):
        set_cell(t.cell(0, j), h, 9, True)
    lines = [("合计", M["ia"], M["aa"], M["ea"], M["rate"]), ("其中：基本支出",) + b_ + (M["rb"],),
             ("　　　项目支出",) + p_ + (M["rp"],)]
    for i, (lab, a, b, e, r_) in enumerate(lines, 1):
        set_cell(t.cell(i, 0), lab, 9, False, "l")
        for j, v in enumerate((mc(a), mc(b), mc(e), q(r_)), 1):
            set_cell(t.cell(i, j), v, 9, False, "r")
    numbered(doc, "绩效目标完成情况", 90, 0, True, False)
    heads = ["基本公共卫生服务目标完成情况", "基层医疗服务能力目标完成情况", "疾病预防控制目标完成情况", "妇幼健康服务目标完成情况"]
    for h, text in zip(heads, M["prose3"]):
        numbered(doc, h, 90, 1, True)
        para(text)
    numbered(doc, "自评结论", 90, 0, True, False)
    para(f"经对照年度绩效目标逐项自评，本部门2024年度部门整体支出绩效自评得分{fmt(M['total'])}分，自评等级为“优”（" + BANDS[:-1]
         + "）。各项指标自评情况详见附表。")
    numbered(doc, "存在的问题及改进措施", 90, 0, True, False)
    para("一是村卫生室标准化建设进度滞后，计划45个、完成42个，3个因选址调整延至2025年实施；二是县域内就诊率尚未达到90%的目标，"
         "县级医院重症救治能力有待提升；三是乡村医生队伍老化问题突出。下一步，我局将加快剩余村卫生室建设，推进紧密型县域医共体"
         "建设，落实乡村医生定向培养政策。")
    para("")
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    para(f"{M['dept']}", indent=False).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para("2025年4月18日", indent=False).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_page_break()
    para("附表", True, 12, False, False)
    para(f"{M['dept']}2024年度部门整体支出绩效自评表", True, 14, True, False)
    ind = M["ind"]
    t = table(doc, len(ind) + 2, (14, 18, 20, 40, 20, 20, 11, 11, 26))
    heads = ("绩效目标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析")
    for j, h in enumerate(heads):
        set_cell(t.cell(0, j), h, 8.5, True)
    for i, x in enumerate(ind, 1):
        for j, v in enumerate((x[3], x[4], x[5], fmt(x[6]), fmt(x[7]), x[8]), 3):
            set_cell(t.cell(i, j), v, 8, False, "l" if j in (3, 8) else "c")
    for col in (0, 1, 2):
        key = [(x[0],) if col == 0 else (x[0], x[1]) if col == 1 else (x[0], x[1], x[2]) for x in ind]
        i = 0
        while i < len(ind):
            j = i
            while j + 1 < len(ind) and key[j + 1] == key[i]:
                j += 1
            c = t.cell(i + 1, col)
            if j > i:
                c = c.merge(t.cell(j + 1, col))
            set_cell(c, ind[i][col], 8)
            i = j + 1
    last = len(ind) + 1
    c = t.cell(last, 0).merge(t.cell(last, 5))
    set_cell(c, "合计", 9, True)
    set_cell(t.cell(last, 6), "100", 9, True)
    set_cell(t.cell(last, 7), fmt(M["total"]), 9, True)
    para("注：预算执行率得分＝执行率×分值；定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”计分，反向指标"
         "（“≤”）不超过指标值的得满分；定性指标根据完成情况酌情扣分。", size=9, indent=False)
    doc.save(path)
    H.A.normalize_zip(path)


ALL.append(h359())


# ============================================================ h360 平遥县文化和旅游局 (XLSX, fund block LINKED TO ANOTHER WORKBOOK)

EXT_BOOK = "平遥县文化和旅游局2024年项目资金支付台账.xlsx"
EXT_SHEETS = ["资金汇总", "支付明细"]


def h360():
    dept, unit = "平遥县文化和旅游局", "平遥县古城文物保护中心"
    project = "2024年平遥古城文物保护修缮项目"
    # (来源, 年初预算数, 全年预算数, 全年执行数, the 台账 row the three cells link to)
    src = [("其中：中央补助资金", 1200.00, 1200.00, 1146.30, 7), ("　　　省级补助资金", 400.00, 520.00, 440.70, 8),
           ("　　　县级配套资金", 120.00, 120.00, 126.80, 9)]  # PLANT SPENDING_OVER_BUDGET: 县级 126.80 of 120.00
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    assert (ia, aa, ea, rate) == (1720.00, 1840.00, 1713.80, 93.14), (ia, aa, ea, rate)
    src_rates = [pct(x[3], x[2]) for x in src]
    assert src_rates == [95.53, 84.75, 105.67], src_rates
    shown_rates = list(src_rates)
    shown_rates[1] = 87.45  # PLANT EXECUTION_RATE: 省级 440.70 ÷ 520.00 = 84.75%, a typed 87.45% (no formula)
    no_half(rate / 10, "fund")
    fs = r2(rate / 10)
    assert fs == 9.31
    night = "100%"  # PLANT RATE_OVER_ZERO_BASE: 夜间游览游客量增长率 over a 2023 base of 0 (夜游 opened May 2024)
    ind = [("产出指标", "数量指标", "文物建筑本体修缮", "≥12处", "12处", 8, 8, ""),
           ("产出指标", "数量指标", "古城墙险情段落抢险加固", "≥850米", "812米", 7, P(812, 850, 7),
            "北城墙2段冻融病害复杂，加固方案调整；按完成比例计分"),
           ("产出指标", "数量指标", "传统民居院落保护性修缮", "≥36座", "38座", 7, 7, ""),
           ("产出指标", "数量指标", "文物数字化档案建档", "≥20处", "20处", 5, 5, ""),
           ("产出指标", "质量指标", "修缮工程竣工验收合格率", "100%", "100%", 7, 7, ""),
           ("产出指标", "质量指标", "文物本体原状保存率", "≥98%", "99.1%", 6, 6, ""),
           ("产出指标", "时效指标", "修缮工程按期完工率", "≥90%", "86.1%", 5, P(86.1, 90, 5),
            "雨季停工，4个标段顺延；按完成比例计分"),
           ("产出指标", "成本指标", "传统民居修缮单位造价", "≤1800元/平方米", "1726元/平方米", 5, 5, ""),
           ("效益指标", "经济效益指标", "古城景区门票收入", "≥1.6亿元", "1.72亿元", 6, 6, ""),
           ("效益指标", "社会效益指标", "古城夜间游览游客量增长率", "≥10%", night, 5, 5, ""),
           ("效益指标", "社会效益指标", "“非遗”展演活动场次", "≥120场", "126场", 5, 5, ""),
           ("效益指标", "社会效益指标", "文物安全事故发生数", "0起", "0起", 6, 6, ""),
           ("效益指标", "可持续影响指标", "文物保护长效管护机制", "健全", "基本健全", 6, 5, "民居修缮后日常养护责任未全部落实到户"),
           ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "92.6%", 6, 6, ""),
           ("满意度指标", "服务对象满意度指标", "古城居民满意度", "≥85%", "83.3%", 6, P(83.3, 85, 6),
            "施工期间部分街巷交通不便；按完成比例计分")]
    assert len(ind) == 15 and s2(ind, 5) == 90
    assert [x[6] for x in ind if x[7].endswith("计分")] == [6.69, 4.78, 5.88]
    for a, t_, w in ((812, 850, 7), (86.1, 90, 5), (83.3, 85, 6)):
        no_half(a / t_ * w, "prop")
    total = r2(fs + s2(ind, 6))
    assert total == 97.66 and grade(total) == "优", total
    fund = (None, None, "年度资金总额", None, q(rate), 10, fs, "")
    g = gold(None, dept, 2024, "COUNTY", "山西省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ia, aa, ea, rate), [], grows([fund] + ind))
    g = with_project(g, project, unit)
    plan = ("修缮文物建筑本体12处、传统民居院落36座，抢险加固古城墙险情段落850米，完成文物数字化档案20处；修缮工程竣工验收合格率100%，"
            "文物安全事故为0；古城景区门票收入1.6亿元以上，夜间游览游客量增长10%以上。")
    done = ("修缮文物建筑本体12处、传统民居院落38座，抢险加固古城墙812米，完成文物数字化档案20处；验收合格率100%，未发生文物安全事故；"
            "门票收入1.72亿元。2024年5月起开放古城夜间游览（2023年未开放夜间游览），全年接待夜游游客31.6万人次。")
    meta = dict(dept=dept, unit=unit, project=project, src=src, shown_rates=shown_rates, ia=ia, aa=aa, ea=ea,
                rate=rate, fs=fs, ind=ind, total=total, plan=plan, done=done)
    fnd = [F("EXECUTION_RATE", "省级补助资金 执行率", "省级补助资金 | 400.00 | 520.00 | 440.70 | — | 87.45%", "87.45%", "84.75%",
             "HIGH", "ERROR",
             "440.70 ÷ 520.00 = 84.75%; the cell holds a typed 87.45% (digits transposed) where the other lines carry "
             "the formula 执行数 ÷ 全年预算数; the line has no score, so nothing else changes"),
           F("SPENDING_OVER_BUDGET", "县级配套资金 全年执行数", "县级配套资金 | 120.00 | 120.00 | 126.80 | — | 105.67%",
             "126.80", "≤ 120.00", "HIGH", "WARNING",
             "the 县级 line spent 126.80 of a 120.00 budget (105.67%, right arithmetic on the linked figures, which "
             "come from the 支付台账 through an external link); spending over the adjusted budget needs explaining"),
           F("RATE_OVER_ZERO_BASE", "古城夜间游览游客量增长率",
             "效益指标 | 社会效益指标 | 古城夜间游览游客量增长率 | ≥10% | 100% | 5 | 5 / 实际完成情况：…2024年5月起开放古城夜间游览"
             "（2023年未开放夜间游览），全年接待夜游游客31.6万人次", night, "— (base 0)", "HIGH", "WARNING",
             "the 实际完成情况 says there was no night visiting in 2023 (a base of 0) and 31.6万人次 in 2024: a growth rate "
             "over a zero base is undefined, yet the row prints 100% and scores the full 5 against ≥10%")]
    return {"stem": "h360_pingyao_wenlv", "format": "xlsx", "write": write360, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the fund block's 年初 / 全年 / 执行 cells are FORMULAS LINKED TO ANOTHER WORKBOOK (='[1]资金汇总'!$C$7 …, "
                      f"xl/externalLinks/externalLink1.xml → “{EXT_BOOK}”, not shipped): what the sheet shows is each cell's "
                      "cached value, and the link's own cache (sheetDataSet) holds the same twelve figures, not more rows; "
                      "the 执行率 cells are formulas =F/E with cached values and the 年度资金总额 得分 =ROUND(H*G,2)",
                      f"funds: the three sources add up in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {q(rate)}, 中央 "
                      f"{q(src_rates[0])}, 县级 {q(src_rates[2])} right; 年初 < 全年 (省级 追加); 年度资金总额 {q(rate)} × 10 "
                      f"= {fmt(fs)}",
                      "three rows below target scored by the proportion rule with reasons: 城墙加固 7 × 812 ÷ 850 = 6.687 → "
                      "6.69, 按期完工率 5 × 86.1 ÷ 90 = 4.783 → 4.78, 居民满意度 6 × 83.3 ÷ 85 = 5.88; 管护机制 −1 (judgement)",
                      "文物建筑本体修缮 12 vs ≥12处 and 数字化档案 20 vs ≥20处 (met exactly); 单位造价 1726 vs ≤1800元/平方米 (a "
                      "ceiling, met; not a budget figure); 文物安全事故 0 vs 0起 (met)",
                      f"总分 {fmt(total)} = {fmt(fs)} + the 15 rows; the rows' 分值 90 + 10 = 100; 优"]}


def write360(rep, path):
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
    for k, wd in enumerate((11, 13, 26, 15, 15, 13, 8, 9, 30)):
        ws.column_dimensions[chr(65 + k)].width = wd
    cached = {}

    def put(r, c, v, font=f10, h="center", fmt_=None, fill=None, cache=None):
        cell = ws.cell(row=r, column=c, value=v)
        cell.font = font
        cell.alignment = Alignment(horizontal=h, vertical="center", wrap_text=True)
        if fmt_:
            cell.number_format = fmt_
        if fill:
            cell.fill = fill
        cell.border = box
        if cache is not None:
            cached[cell.coordinate] = cache
        return cell

    def merge(r1, c1, r2_, c2):
        for rr in range(r1, r2_ + 1):
            for cc in range(c1, c2 + 1):
                ws.cell(row=rr, column=cc).border = box
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2_, end_column=c2)

    t = ws.cell(row=1, column=1, value="项目支出绩效自评表")
    t.font = Font(name="宋体", size=16, bold=True)
    t.alignment = Alignment(horizontal="center")
    ws.merge_cells("A1:I1")
    ws.cell(row=2, column=1, value="（2024年度）").alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:I2")
    ws.cell(row=3, column=1, value=f"填报单位（盖章）：{M['unit']}")
    ws.merge_cells("A3:E3")
    ws.cell(row=3, column=8, value="金额单位：万元").alignment = Alignment(horizontal="right")
    ws.merge_cells("H3:I3")
    put(4, 1, "项目名称", f10b)
    merge(4, 1, 4, 2)
    put(4, 3, M["project"], h="left")
    merge(4, 3, 4, 9)
    put(5, 1, "主管部门", f10b)
    merge(5, 1, 5, 2)
    put(5, 3, M["dept"], h="left")
    merge(5, 3, 5, 4)
    put(5, 5, "实施单位", f10b)
    put(5, 6, M["unit"], h="left")
    merge(5, 6, 5, 9)
    for k, hd in ((1, "项目资金（万元）"), (4, "年初预算数"), (5, "全年预算数"), (6, "全年执行数"), (7, "分值"), (8, "执行率"),
                  (9, "得分")):
        put(6, k, hd, f10b, fill=grey)
    merge(6, 1, 6, 3)
    # the fund lines: 年初 / 全年 / 执行 linked to the 台账's 资金汇总 (C, D, E of rows 6–9); 执行率 =F/E except 省级
    lines = [("年度资金总额", M["ia"], M["aa"], M["ea"], 6)] + [(lab, a, b, e, rr) for lab, a, b, e, rr in M["src"]]
    ext_cells = {}
    for i, (lab, a, b, e, rr) in enumerate(lines):
        r = 7 + i
        put(r, 1, lab, h="left")
        merge(r, 1, r, 3)
        for k, (v, col) in enumerate(((a, "C"), (b, "D"), (e, "E"))):
            put(r, 4 + k, f"='[1]{EXT_SHEETS[0]}'!${col}${rr}", h="right", fmt_="#,##0.00", cache=v)
            ext_cells[(rr, col)] = v
        if i == 0:
            put(r, 7, 10, fmt_="0")
            put(r, 8, f"=F{r}/E{r}", fmt_="0.00%", cache=round(e / b, 6))
            put(r, 9, f"=ROUND(H{r}*G{r},2)", fmt_="0.00", cache=M["fs"])
        else:
            put(r, 7, "—")
            sr = M["shown_rates"][i - 1]
            if abs(sr - pct(e, b)) < 1e-9:
                put(r, 8, f"=F{r}/E{r}", fmt_="0.00%", cache=round(e / b, 6))
            else:
                put(r, 8, round(sr / 100, 6), fmt_="0.00%")  # typed over the formula
            put(r, 9, "—")
    r = 11
    put(r, 1, "年度总体目标", f10b)
    merge(r, 1, r + 1, 1)
    put(r, 2, "预期目标", f10b)
    put(r, 3, M["plan"], h="left")
    merge(r, 3, r, 9)
    ws.row_dimensions[r].height = 44
    put(r + 1, 2, "实际完成情况", f10b)
    put(r + 1, 3, M["done"], h="left")
    merge(r + 1, 3, r + 1, 9)
    ws.row_dimensions[r + 1].height = 44
    r = 13
    for k, hd in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"], 1):
        put(r, k, hd, f10b, fill=grey)
    merge(r, 8, r, 9)
    first = r + 1
    ind = M["ind"]
    for i, x in enumerate(ind):
        rr = first + i
        put(rr, 3, x[2], h="left")
        put(rr, 4, x[3])
        put(rr, 5, x[4])
        put(rr, 6, x[5], fmt_="0")
        put(rr, 7, x[6], fmt_="0.00")
        put(rr, 8, x[7], f9, h="left")
        merge(rr, 8, rr, 9)
    for col in (0, 1):
        for a, b in spans(ind, col):
            put(first + a, col + 1, ind[a][col])
            if b > a:
                merge(first + a, col + 1, first + b, col + 1)
    last = first + len(ind) - 1
    r = last + 1
    put(r, 1, "总分", f10b)
    merge(r, 1, r, 5)
    put(r, 6, 100, f10b, fmt_="0")
    put(r, 7, f"=I7+SUM(G{first}:G{last})", f10b, fmt_="0.00", cache=M["total"])
    put(r, 8, f"自评等级：{grade(M['total'])}", f10b)
    merge(r, 8, r, 9)
    r += 1
    ws.cell(row=r, column=1, value=RULES + "等级划分：" + BANDS + "项目资金数据链接自《" + EXT_BOOK[:-5] + "》。").alignment = \
        Alignment(wrap_text=True, vertical="top")
    ws.cell(row=r, column=1).font = f9
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.row_dimensions[r].height = 40
    r += 1
    ws.cell(row=r, column=1, value="填报人：侯晓霞　　审核人：田文斌　　单位负责人：雷志刚　　联系电话：0354-5683217　　填报日期：2025年4月11日")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    wb.save(path)
    add_external360(path, cached, ext_cells)
    H.A.normalize_zip(path)


def add_external360(path, cached, ext_cells):
    """the formula cells' cached values, the external link part (its cache of the twelve linked cells), its
    relationship to the 台账, the workbook's <externalReferences> and the content type"""
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sh = parts["xl/worksheets/sheet1.xml"].decode("utf-8")
    for ref, v in cached.items():
        pat = re.compile(rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v\s*/>|<c r="{ref}"([^>]*)><f>(.*?)</f><v></v>')
        m = pat.search(sh)
        assert m, ref
        attrs, f_ = (m.group(1), m.group(2)) if m.group(2) is not None else (m.group(3), m.group(4))
        sh = sh[:m.start()] + f'<c r="{ref}"{attrs}><f>{f_}</f><v>{repr(float(v))}</v>' + sh[m.end():]
    assert "<v></v>" not in sh and "<v/>" not in sh
    parts["xl/worksheets/sheet1.xml"] = sh.encode("utf-8")
    rows = {}
    for (rr, col), v in sorted(ext_cells.items()):
        rows.setdefault(rr, []).append(f'<cell r="{col}{rr}"><v>{repr(float(v))}</v></cell>')
    sd = "".join(f'<row r="{rr}">{"".join(cs)}</row>' for rr, cs in sorted(rows.items()))
    names = "".join(f'<sheetName val="{s}"/>' for s in EXT_SHEETS)
    ext = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<externalLink xmlns="{ns}" xmlns:r="{rns}">'
           f'<externalBook r:id="rId1"><sheetNames>{names}'
           f'</sheetNames><sheetDataSet><sheetData sheetId="0">{sd}</sheetData><sheetData sheetId="1"/></sheetDataSet>'
           f'</externalBook></externalLink>')
    parts["xl/externalLinks/externalLink1.xml"] = ext.encode("utf-8")
    parts["xl/externalLinks/_rels/externalLink1.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/'
        f'package/2006/relationships"><Relationship Id="rId1" Type="{rns}/externalLinkPath" Target="{EXT_BOOK}" '
        'TargetMode="External"/></Relationships>').encode("utf-8")
    wbx = parts["xl/workbook.xml"].decode("utf-8")
    assert "</sheets>" in wbx and "externalReferences" not in wbx
    wbx = wbx.replace("</sheets>", '</sheets><externalReferences><externalReference r:id="rIdExt1"/></externalReferences>',
                      1)
    if "xmlns:r=" not in wbx[:wbx.index(">", wbx.index("<workbook"))]:
        wbx = wbx.replace("<workbook ", f'<workbook xmlns:r="{rns}" ', 1)
    wbx = wbx.replace(' fullCalcOnLoad="1"', "")  # the values as saved (cached), not recalculated on opening
    parts["xl/workbook.xml"] = wbx.encode("utf-8")
    wr = parts["xl/_rels/workbook.xml.rels"].decode("utf-8")
    parts["xl/_rels/workbook.xml.rels"] = wr.replace(
        "</Relationships>", f'<Relationship Id="rIdExt1" Type="{rns}/externalLink" '
        'Target="externalLinks/externalLink1.xml"/></Relationships>').encode("utf-8")
    ct = parts["[Content_Types].xml"].decode("utf-8")
    parts["[Content_Types].xml"] = ct.replace("</Types>", '<Override PartName="/xl/externalLinks/externalLink1.xml" '
                                              'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
                                              'externalLink+xml"/></Types>').encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)


ALL.append(h360())


# ============================================================ h361 拜泉县水务局 (DOCX, Word form PROTECTED, LEGACY FORM FIELDS)

def h361():
    dept, unit = "拜泉县水务局", "拜泉县水土保持工作站"
    project = "2024年拜泉县侵蚀沟综合治理项目"
    src = [("其中：中央补助资金", 2000.00, 2000.00, 1946.38), ("　　　省级补助资金", 400.00, 550.00, 528.24),
           ("　　　县级配套资金", 200.00, 300.00, 239.80)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    assert (ia, aa, ea, rate) == (2600.00, 2850.00, 2714.42, 95.24), (ia, aa, ea, rate)
    src_rates = [pct(x[3], x[2]) for x in src]
    assert src_rates == [97.32, 96.04, 79.93], src_rates
    fs = r2(rate / 10)
    assert fs == 9.52
    gully_score = 8.5  # PLANT ROW_SCORE_OVER_WEIGHT: 治理侵蚀沟 8.5 of 8 (“超额完成，加0.5分”; no bonus in the 说明)
    area_score = 8  # PLANT TARGET_MISSED_FULL_MARKS: 治理水土流失面积 30.6 of ≥32平方公里 at full 8, no reason
    surv_rule = r2(6 - (85 - 82.5) * 1)
    surv_score = P(82.5, 85, 6)  # PLANT RULE_SCORE: 造林成活率 scored 82.5 ÷ 85 × 6 = 5.82; its rule (−1 a point) gives 3.5
    assert (surv_rule, surv_score) == (3.5, 5.82)
    ind = [("产出指标", "数量指标", "治理侵蚀沟", "≥260条", "268条", 8, gully_score, "超额完成8条，加0.5分"),
           ("产出指标", "数量指标", "治理水土流失面积", "≥32平方公里", "30.6平方公里", 8, area_score, ""),
           ("产出指标", "数量指标", "修建谷坊", "≥420座", "436座", 6, 6, ""),
           ("产出指标", "数量指标", "营造水土保持林", "≥1500亩", "1500亩", 6, 6, ""),
           ("产出指标", "质量指标", "工程验收合格率", "100%", "100%", 6, 6, ""),
           ("产出指标", "质量指标", "造林成活率", "≥85%", "82.5%", 6, surv_score, "春季干旱，部分苗木未成活，秋季已补植"),
           ("产出指标", "时效指标", "工程完工及时率", "≥95%", "92%", 5, P(92, 95, 5), "2处沟道因征地协调延期；按完成比例计分"),
           ("产出指标", "成本指标", "侵蚀沟治理单位成本", "≤9.5万元/条", "8.86万元/条", 6, 6, ""),
           ("效益指标", "经济效益指标", "治理区年保土量", "≥12万吨", "12.4万吨", 6, 6, ""),
           ("效益指标", "社会效益指标", "保护耕地面积", "≥2.4万亩", "2.28万亩", 6, P(2.28, 2.4, 6),
            "治理面积未全部完成；按完成比例计分"),
           ("效益指标", "社会效益指标", "受益农户", "≥3200户", "3260户", 6, 6, ""),
           ("效益指标", "生态效益指标", "治理区林草覆盖率提高", "≥3个百分点", "3.2个百分点", 6, 6, ""),
           ("效益指标", "可持续影响指标", "工程后期管护责任落实", "落实", "基本落实", 6, 5, "部分村管护责任人未签订管护协议"),
           ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "94.2%", 9, 9, "")]
    assert len(ind) == 14 and s2(ind, 5) == 90
    no_half(92 / 95 * 5, "timely")
    assert [x[6] for x in ind if x[7].endswith("计分")] == [4.84, 5.7]
    total = r2(fs + s2(ind, 6))
    assert total == 98.38 and grade(total) == "优", total
    fixed = r2(total - gully_score + 8 - area_score + P(30.6, 32, 8) - surv_score + surv_rule)
    assert grade(fixed) == "优", fixed
    fund = (None, None, "年度资金总额", None, q(rate), 10, fs, "")
    g = gold(None, dept, 2024, "COUNTY", "黑龙江省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate), [], grows([fund] + ind))
    g = with_project(g, project, unit)
    plan = ("治理侵蚀沟260条、水土流失面积32平方公里，修建谷坊420座，营造水土保持林1500亩；工程验收合格率100%，造林成活率85%以上；"
            "保护耕地2.4万亩，治理区年保土量12万吨以上。")
    done = ("治理侵蚀沟268条、水土流失面积30.6平方公里，修建谷坊436座，营造水土保持林1500亩；工程验收合格率100%，造林成活率82.5%；"
            "保护耕地2.28万亩，治理区年保土量12.4万吨。")
    surv_text = "造林成活率≥85%得满分，每低1个百分点扣1分"
    meta = dict(dept=dept, unit=unit, project=project, src=src, src_rates=src_rates, ia=ia, aa=aa, ea=ea, rate=rate,
                fs=fs, ind=ind, total=total, plan=plan, done=done, surv_text=surv_text)
    fnd = [F("ROW_SCORE_OVER_WEIGHT", "治理侵蚀沟", "产出指标 | 数量指标 | 治理侵蚀沟 | ≥260条 | 268条 | 8 | 8.50 | 超额完成8条，加0.5分",
             "8.5", "≤ 8", "HIGH", "ERROR",
             "the row's 得分 8.50 is over its 分值 8: the 说明 pays a met target its full 分值 and provides no bonus for "
             "exceeding it; the form field's own status text says the 得分 may not exceed the 分值"),
           F("TARGET_MISSED_FULL_MARKS", "治理水土流失面积", "产出指标 | 数量指标 | 治理水土流失面积 | ≥32平方公里 | 30.6平方公里 | 8 | 8.00",
             "8", "< 8", "HIGH", "WARNING",
             "30.6 is below the ≥32平方公里 target (the 实际完成情况 says 30.6 too), yet the row scores the full 8 with "
             f"no 偏差原因; the 说明's proportion rule gives 8 × 30.6 ÷ 32 = {fmt(P(30.6, 32, 8))}"),
           F("RULE_SCORE", "造林成活率", f"造林成活率 | ≥85% | 82.5% | 6 | 5.82 / 说明：…5.{surv_text}。", fmt(surv_score),
             fmt(surv_rule), "HIGH", "ERROR",
             "the 说明's own rule for this indicator deducts 1 point a percentage point below 85%: 6 − (85 − 82.5) × 1 = "
             "3.5; the row carries the proportion rule's 6 × 82.5 ÷ 85 = 5.82 instead")]
    return {"stem": "h361_baiquan_shuiwu", "format": "docx", "write": write361, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the form is a Word template PROTECTED FOR FILLING IN FORMS (w:documentProtection w:edit=forms): every "
                      "entry is a LEGACY FORM FIELD — FORMTEXT with w:ffData (name, default text, status-bar and F1 help "
                      "texts, type number / regular, format 0.00), FORMDROPDOWN for 自评等级, FORMCHECKBOX for 项目属性; what "
                      "the page shows is each field's RESULT (between w:fldChar separate and end): the w:default texts (“0.00” in "
                      "28 numeric fields), the status-bar and help texts and the drop-down's other entries are not content; empty 偏差原因 fields show "
                      "Word's five blank spaces; the drop-down's first entry is “请选择” (its default), the chosen one 优; "
                      "项目属性 has 延续项目 ticked",
                      f"funds: the three sources add up in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {q(rate)}, 中央 "
                      f"{q(src_rates[0])}, 省级 {q(src_rates[1])}, 县级 {q(src_rates[2])} right; all under budget; 年初 < "
                      f"全年 (追加); 年度资金总额 {q(rate)} × 10 = 9.524 → 9.52 (rounding)",
                      "工程完工及时率 5 × 92 ÷ 95 = 4.842 → 4.84 and 保护耕地面积 6 × 2.28 ÷ 2.4 = 5.7 (proportion rule, with "
                      "reasons); 管护责任落实 −1 with a reason (judgement); 造林成活率's reason (干旱) explains the miss but the "
                      "score is still the rule's",
                      "营造水土保持林 1500 vs ≥1500亩 (met exactly); 工程验收合格率 100% vs 100%; 单位成本 8.86 vs ≤9.5万元/条 "
                      "(a ceiling, met; not a budget figure)",
                      f"总分 {fmt(total)} = {fmt(fs)} + the 14 rows as printed (the 8.5, the full 8 and the 5.82 included); "
                      f"优 (still 优, {fmt(fixed)}, with the three corrected)"]}


FF_N = [0]


def ffield(kind, result, default="", status="", helptext="", ftype="regular", fmt_="", maxlen=0, entries=(),
           checked=False, size=8):
    """the runs of one legacy form field (FORMTEXT / FORMDROPDOWN / FORMCHECKBOX) as Word writes them"""
    FF_N[0] += 1
    name = {"text": "Text", "drop": "Dropdown", "check": "Check"}[kind] + str(FF_N[0])
    rpr = f'<w:rPr><w:rFonts w:hint="eastAsia"/><w:sz w:val="{int(size * 2)}"/></w:rPr>'
    ff = f'<w:ffData><w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/>'
    if helptext:
        ff += f'<w:helpText w:type="text" w:val="{esc(helptext)}"/>'
    if status:
        ff += f'<w:statusText w:type="text" w:val="{esc(status)}"/>'
    if kind == "text":
        ff += f'<w:textInput><w:type w:val="{ftype}"/>' if ftype != "regular" else "<w:textInput>"
        if default:
            ff += f'<w:default w:val="{esc(default)}"/>'
        if maxlen:
            ff += f'<w:maxLength w:val="{maxlen}"/>'
        if fmt_:
            ff += f'<w:format w:val="{esc(fmt_)}"/>'
        ff += "</w:textInput>"
        instr = " FORMTEXT "
    elif kind == "drop":
        ff += f'<w:ddList><w:result w:val="{entries.index(result)}"/><w:default w:val="0"/>'
        ff += "".join(f'<w:listEntry w:val="{esc(e)}"/>' for e in entries) + "</w:ddList>"
        instr = " FORMDROPDOWN "
    else:
        ff += ('<w:checkBox><w:sizeAuto/><w:default w:val="0"/>' + ('<w:checked/>' if checked else "")
               + "</w:checkBox>")
        instr = " FORMCHECKBOX "
    ff += "</w:ffData>"
    out = (f'<w:r>{rpr}<w:fldChar w:fldCharType="begin">{ff}</w:fldChar></w:r>'
           f'<w:r>{rpr}<w:instrText xml:space="preserve">{instr}</w:instrText></w:r>')
    if kind == "text":
        shown = result if result else "\u2002" * 5
        out += (f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>'
                f'<w:r>{rpr}<w:t xml:space="preserve">{esc(shown)}</w:t></w:r>')
    out += f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>'
    return out


def put_runs(p, xml_runs):
    from docx.oxml import parse_xml
    for el in parse_xml(f'<w:p xmlns:w="{WNS}">{xml_runs}</w:p>'):
        p._p.append(el)


def fcell(cell, kind, result, align="c", text_after="", **kw):
    p = set_cell(cell, "", 8, False, align)
    put_runs(p, ffield(kind, result, **kw))
    if text_after:
        docx_run(p, text_after, 8)
    return p


def write361(rep, path):
    from docx.oxml import parse_xml
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    M = rep["meta"]
    FF_N[0] = 0
    doc = new_doc(landscape=True)

    def para(text, bold=False, size=10.5, center=False):
        p = doc.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        docx_run(p, text, size, bold)
        return p
    para("项目支出绩效自评表", True, 16, True)
    para("（2024年度）", False, 11, True)
    p = para("填报单位（盖章）：", False, 10)
    put_runs(p, ffield("text", M["unit"], status="请填写项目实施单位全称", size=10))
    docx_run(p, "　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　金额单位：万元", 10)
    W6 = (40, 36, 36, 36, 22, 30, 28)
    t = table(doc, 8, W6 + (29,))
    set_cell(t.cell(0, 0), "项目名称", 9, True)
    fcell(t.cell(0, 1).merge(t.cell(0, 4)), "text", M["project"], "l", status="请填写项目全称")
    set_cell(t.cell(0, 5), "项目属性", 9, True)
    c = t.cell(0, 6).merge(t.cell(0, 7))
    p = set_cell(c, "", 8)
    put_runs(p, ffield("check", None, status="新增项目"))
    docx_run(p, "新增项目　", 8)
    put_runs(p, ffield("check", None, status="延续项目", checked=True))
    docx_run(p, "延续项目", 8)
    set_cell(t.cell(1, 0), "主管部门", 9, True)
    fcell(t.cell(1, 1).merge(t.cell(1, 3)), "text", M["dept"], "l", status="请填写主管部门全称")
    set_cell(t.cell(1, 4), "实施单位", 9, True)
    fcell(t.cell(1, 5).merge(t.cell(1, 7)), "text", M["unit"], "l", status="请填写实施单位全称")
    for j, h in enumerate(("项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "")):
        if h:
            set_cell(t.cell(2, j), h, 9, True)
    t.cell(2, 6).merge(t.cell(2, 7))
    lines = [("年度资金总额", M["ia"], M["aa"], M["ea"], M["rate"])] + [
        (lab, a, b, e, r_) for (lab, a, b, e), r_ in zip(M["src"], M["src_rates"])]
    for i, (lab, a, b, e, r_) in enumerate(lines):
        r = 3 + i
        set_cell(t.cell(r, 0), lab, 8.5, False, "l")
        for j, v in enumerate((a, b, e), 1):
            fcell(t.cell(r, j), "text", mc(v), "r", default="0.00", ftype="number", fmt_="#,##0.00",
                  status="单位：万元，保留两位小数")
        set_cell(t.cell(r, 4), "10" if i == 0 else "—", 8.5)
        fcell(t.cell(r, 5), "text", q(r_), default="0.00%", ftype="number", fmt_="0.00%", status="执行率＝全年执行数÷全年预算数")
        c = t.cell(r, 6).merge(t.cell(r, 7))
        if i == 0:
            fcell(c, "text", fmt(M["fs"]), default="0.00", ftype="number", fmt_="0.00", status="年度资金总额得分＝执行率×分值")
        else:
            set_cell(c, "—", 8.5)
    set_cell(t.cell(7, 0), "年度总体目标", 9, True)
    c = t.cell(7, 1).merge(t.cell(7, 7))
    p = set_cell(c, "", 8, False, "l")
    docx_run(p, "预期目标：", 8, True)
    put_runs(p, ffield("text", M["plan"], status="请填写年度预期目标"))
    p2 = c.add_paragraph()
    docx_run(p2, "实际完成情况：", 8, True)
    put_runs(p2, ffield("text", M["done"], status="请填写年度实际完成情况"))
    doc.add_paragraph()
    ind = M["ind"]
    t = table(doc, len(ind) + 3, (24, 30, 44, 30, 30, 14, 16, 69))
    for j, h in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")):
        set_cell(t.cell(0, j), h, 9, True)
    for i, x in enumerate(ind, 1):
        fcell(t.cell(i, 2), "text", x[2], "l", status="请填写三级指标名称")
        fcell(t.cell(i, 3), "text", x[3], status="请填写年度指标值")
        fcell(t.cell(i, 4), "text", x[4], status="请填写实际完成值")
        set_cell(t.cell(i, 5), fmt(x[5]), 8.5)
        fcell(t.cell(i, 6), "text", f"{x[6]:.2f}", default="0.00", ftype="number", fmt_="0.00", maxlen=5,
              status="请填写得分，得分不得超过该指标分值", helptext="得分按表下说明计分，保留两位小数")
        fcell(t.cell(i, 7), "text", x[7], "l", status="未完成指标值的须填写偏差原因")
    for col in (0, 1):
        for a, b in spans(ind, col):
            c = t.cell(a + 1, col)
            if b > a:
                c = c.merge(t.cell(b + 1, col))
            set_cell(c, ind[a][col], 8.5)
    r = len(ind) + 1
    set_cell(t.cell(r, 0).merge(t.cell(r, 4)), "总分", 9, True)
    set_cell(t.cell(r, 5), "100", 9, True)
    fcell(t.cell(r, 6), "text", fmt(M["total"]), default="0.00", ftype="number", fmt_="0.00", status="总分＝年度资金总额得分＋各指标得分")
    r += 1
    set_cell(t.cell(r, 0).merge(t.cell(r, 4)), "自评等级", 9, True)
    fcell(t.cell(r, 5).merge(t.cell(r, 6)), "drop", "优", entries=("请选择", "优", "良", "中", "差"),
          status="请选择自评等级")
    set_cell(t.cell(r, 7), "等级划分：" + BANDS, 7.5, False, "l")
    p = para(RULES + M["surv_text"] + "。", False, 9)
    p.paragraph_format.space_before = Pt(4)
    para("填报人：孙丽娟　　审核人：王立新　　单位负责人：赵国富　　联系电话：0452-7023164　　填报日期：2025年4月15日", False, 10)
    st = doc.settings.element
    dts = st.find(f"{{{WNS}}}defaultTabStop")
    prot = parse_xml(f'<w:documentProtection xmlns:w="{WNS}" w:edit="forms" w:enforcement="1"/>')
    if dts is not None:
        dts.addprevious(prot)
    else:
        st.append(prot)
    doc.save(path)
    H.A.normalize_zip(path)


ALL.append(h361())


# ============================================================ h362 闽清县教育局 (PDF third-party report, ELECTRONIC SEAL as a DIGITAL SIGNATURE)

def h362():
    dept = "闽清县教育局"
    evaluator = "福建榕信会计师事务所有限公司"
    parts = {"基本支出": (18236.50, 19108.72, 19034.16), "项目支出": (6420.00, 7865.40, 7312.88)}
    ib, ab, eb = parts["基本支出"]
    ip, ap, ep = parts["项目支出"]
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    rate = pct(ea, aa)
    assert (ia, aa, ea, rate) == (24656.50, 26974.12, 26347.04, 97.68), (ia, aa, ea, rate)
    rb, rp = pct(eb, ab), pct(ep, ap)
    trained, staff = 2418, 2536
    cover = pct(trained, staff)
    cover_printed = 95.53  # PLANT FORMULA: 2,418 ÷ 2,536 × 100% = 95.35%, the calculation prints 95.53%
    assert cover == 95.35
    preschool = 4  # PLANT TARGET_MET_POINTS_LOST: 学前教育毛入园率 93.6% meets ≥92%, scored 4 of 5, no reason
    consol_rule = "义务教育巩固率：≥99%得5分；97%（含）—99%得3分；98%以下不得分"  # PLANT MALFORMED_RULE: 97%–98% in two bands
    ind = [("决策", "项目立项", "部门职责与年度目标匹配性", "匹配", "匹配", 4, 4, ""),
           ("决策", "绩效目标", "绩效目标合理性", "合理", "基本合理", 4, 3.5, "部分目标偏保守"),
           ("决策", "绩效目标", "绩效指标明确性", "明确", "明确", 3, 3, ""),
           ("决策", "资金投入", "预算编制科学性", "科学", "科学", 4, 4, ""),
           ("过程", "资金管理", "预算执行率", "≥95%", q(rate), 6, 6, ""),
           ("过程", "资金管理", "资金使用合规性", "合规", "合规", 5, 5, ""),
           ("过程", "组织实施", "管理制度健全性", "健全", "健全", 4, 4, ""),
           ("过程", "组织实施", "资产管理规范性", "规范", "基本规范", 5, 4, "2所学校资产未及时登记"),
           ("产出", "产出数量", "教师培训覆盖率", "≥95%", q(cover_printed), 6, 6, ""),
           ("产出", "产出数量", "义务教育学校标准化建设", "≥6所", "6所", 6, 6, ""),
           ("产出", "产出质量", "义务教育巩固率", "≥99%", "99.3%", 5, 5, ""),
           ("产出", "产出质量", "学前教育毛入园率", "≥92%", "93.6%", 5, preschool, ""),
           ("产出", "产出质量", "教师本科以上学历比例", "≥75%", "72.8%", 6, P(72.8, 75, 6), "按完成比例计分"),
           ("产出", "产出时效", "学生资助资金发放及时率", "100%", "100%", 6, 6, ""),
           ("产出", "产出成本", "生均公用经费拨付标准", "≥省定标准", "达到省定标准", 6, 6, ""),
           ("效益", "社会效益", "家庭经济困难学生资助覆盖率", "100%", "100%", 6, 6, ""),
           ("效益", "社会效益", "学生体质健康达标率", "≥92%", "90.4%", 5, P(90.4, 92, 5), "按完成比例计分"),
           ("效益", "可持续影响", "教育质量监测机制", "健全", "基本健全", 4, 3, "监测结果运用不充分"),
           ("效益", "满意度", "学生家长满意度", "≥90%", "93.1%", 5, 5, ""),
           ("效益", "满意度", "教师满意度", "≥90%", "91.2%", 5, 5, "")]
    assert len(ind) == 20 and s2(ind, 5) == 100
    no_half(72.8 / 75 * 6, "degree")
    no_half(90.4 / 92 * 5, "health")
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert sec == [("决策", 15, 14.5), ("过程", 20, 19), ("产出", 40, 38.82), ("效益", 25, 23.91)], sec
    total = s2(ind, 6)
    assert total == 96.23 and grade(total) == "优"
    rates = [q(pct(s_, w)) for _, w, s_ in sec]
    assert rates == ["96.67%", "95.00%", "97.05%", "95.64%"], rates
    g = gold(None, dept, 2024, "COUNTY", "福建省", "THIRD_PARTY_EVALUATION", evaluator, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), sec, grows(ind))
    meta = dict(dept=dept, evaluator=evaluator, parts=parts, ia=ia, aa=aa, ea=ea, rate=rate, rb=rb, rp=rp, ind=ind,
                sec=sec, rates=rates, total=total, trained=trained, staff=staff, cover_printed=cover_printed,
                consol_rule=consol_rule)
    fnd = [F("TARGET_MET_POINTS_LOST", "学前教育毛入园率", "产出 | 产出质量 | 学前教育毛入园率 | 5 | ≥92% | 93.6% | 4", "4", "5", "HIGH",
             "WARNING",
             "93.6% meets the ≥92% target (三（三） says the same), yet the row scores 4 of 5 with no 扣分原因; the "
             "评分标准 give a met quantitative indicator its full 分值, so 产出 would be 39.82 and the total 97.23"),
           F("FORMULA", "教师培训覆盖率",
             f"教师培训覆盖率＝参训教师人数÷在编教师总数×100%＝{trained:,}÷{staff:,}×100%＝{q(cover_printed)}", q(cover_printed),
             q(cover), "HIGH", "ERROR",
             f"{trained:,} ÷ {staff:,} = {q(cover)}; 三（三） prints {q(cover_printed)} (digits transposed) and the 评分表's "
             "实际完成值 copies it; the row's full 6 stands either way (≥95%)"),
           F("MALFORMED_RULE", "义务教育巩固率", consol_rule + "。", "≥99% → 5; 97%（含）—99% → 3; < 98% → 0",
             "97%–98% in two bands", "HIGH", "WARNING",
             "the rule's last band (98%以下不得分) overlaps the middle one (97%（含）—99%得3分): a rate of 97.5% would get both "
             "3 and 0 (the last band was presumably meant to read 97%以下); the row's 99.3% is in the top band, so its 5 "
             "stands")]
    return {"stem": "h362_minqing_jiaoyu", "format": "pdf", "draw": draw362, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["the evaluator's ELECTRONIC SEAL is a DIGITAL SIGNATURE: an AcroForm signature field (SigFlags 3) whose "
                      "widget's appearance stream draws the red seal (the evaluator's name round the rim, a star, "
                      "“绩效评价专用章”) over the signature line, and whose /V is a /Sig dictionary (/Filter Adobe.PPKLite, "
                      "/SubFilter adbe.pkcs7.detached, /ByteRange, /Contents a detached PKCS#7 over the whole file but "
                      "the /Contents hole, /Name, /Reason, /M 2025-05-20); the seal's text (which poppler's pdftotext does "
                      "output, the rim's characters one by one, and “绩效评价专用章”) and the dictionary's /Name and /Reason "
                      "are not report content; the signature covers the file as it is (no later revision) and verifies",
                      f"表1: 基本 + 项目 = 合计 in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {q(rate)}, 基本 {q(rb)}, "
                      f"项目 {q(rp)} right; all under budget; 年初 < 全年 (追加)",
                      "表2: 决策 96.67%, 过程 95.00%, 产出 97.05%, 效益 95.64% right (14.5/15, 19/20, 38.82/40, 23.91/25); "
                      "the four 一级 scores add to 96.23 = the 评分表's 20 rows",
                      "教师本科以上学历比例 6 × 72.8 ÷ 75 = 5.824 → 5.82 and 学生体质健康达标率 5 × 90.4 ÷ 92 = 4.913 → 4.91 "
                      "(the printed proportion rule, with reasons); 资产管理 −1, 绩效目标合理性 −0.5, 教育质量监测机制 −1 "
                      "with reasons (judgement)",
                      "义务教育学校标准化建设 6 vs ≥6所 (met exactly); 学生资助资金发放及时率 100% vs 100%; 预算执行率 97.68% "
                      "≥95% (full 6 by its rule)"]}


def seal_key():
    """a fixed RSA key (primes drawn from a seeded generator) and a self-signed certificate for the synthetic seal:
    deterministic, so the file is byte-identical on a rerun; no real key or certificate is involved"""
    import datetime
    import random
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    rng = random.Random(20250520)
    small = [p for p in range(3, 2000) if all(p % d for d in range(2, int(p ** 0.5) + 1))]

    def probable_prime(n):
        if any(n % p == 0 for p in small):
            return False
        d, s_ = n - 1, 0
        while d % 2 == 0:
            d //= 2
            s_ += 1
        for a in small[:24]:
            x = pow(a, d, n)
            if x in (1, n - 1):
                continue
            for _ in range(s_ - 1):
                x = pow(x, 2, n)
                if x == n - 1:
                    break
            else:
                return False
        return True

    def prime(bits):
        while True:
            n = rng.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
            if (n - 1) % 65537 and probable_prime(n):
                return n
    p, q_ = prime(1024), prime(1024)
    n, e = p * q_, 65537
    d = pow(e, -1, (p - 1) * (q_ - 1))
    key = rsa.RSAPrivateNumbers(p, q_, d, d % (p - 1), d % (q_ - 1), pow(q_, -1, p),
                                rsa.RSAPublicNumbers(e, n)).private_key()
    name = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "福建榕信会计师事务所有限公司"),
                      x509.NameAttribute(NameOID.COMMON_NAME, "福建榕信会计师事务所有限公司（绩效评价专用章）")])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(0x2025052001).not_valid_before(datetime.datetime(2025, 1, 1))
            .not_valid_after(datetime.datetime(2027, 12, 31)).sign(key, hashes.SHA256()))
    return key, cert


def draw362(rep, path):
    from reportlab.lib.pagesizes import A4
    from reports32 import new_canvas, FONT, wrap
    M = rep["meta"]
    W, Hh = A4
    buf = io.BytesIO()
    c = new_canvas(buf, (W, Hh))
    X0, X1 = 62, W - 62
    y = [Hh - 70]

    def line(text, size=10.5, x=None, center=False, bold=False, gap=None):
        c.setFont(FONT, size)
        if center:
            c.drawCentredString(W / 2, y[0], text)
        else:
            c.drawString(x if x is not None else X0, y[0], text)
        y[0] -= gap or size * 1.75

    def prose(text, size=10.5):
        lines = wrap(text, X1 - X0 - 2 * size, size)
        for k, ln in enumerate(lines):
            line(ln, size, X0 + (2 * size if k == 0 else 0))

    def grid(rows, widths, size=8, h=17, heads=1, aligns=None):
        xs = [X0 + sum(widths[:k]) for k in range(len(widths) + 1)]
        xs = [x + (X1 - xs[-1]) / 2 for x in xs]
        c.setLineWidth(0.6)
        for i, cells in enumerate(rows):
            wrapped = [wrap(str(v), widths[k] - 4, size) for k, v in enumerate(cells)]
            hh = max(h, max(len(w_) for w_ in wrapped) * (size + 3) + 6)
            for k, w_ in enumerate(wrapped):
                c.rect(xs[k], y[0] - hh, xs[k + 1] - xs[k], hh, stroke=1, fill=0)
                c.setFont(FONT, size)
                top = y[0] - (hh - len(w_) * (size + 3)) / 2 - size
                for j, ln in enumerate(w_):
                    a = (aligns or "c" * len(cells))[k] if i >= heads else "c"
                    yy = top - j * (size + 3) + 1
                    if a == "l":
                        c.drawString(xs[k] + 3, yy, ln)
                    elif a == "r":
                        c.drawRightString(xs[k + 1] - 3, yy, ln)
                    else:
                        c.drawCentredString((xs[k] + xs[k + 1]) / 2, yy, ln)
            y[0] -= hh
        y[0] -= 12
    # ---- page 1
    line(f"{M['dept']}2024年度部门整体支出绩效评价报告", 16, center=True, gap=30)
    line(f"委托单位：闽清县财政局　　评价机构：{M['evaluator']}", 10, center=True, gap=16)
    line("报告编号：榕信绩评〔2025〕第017号　　报告日期：2025年5月20日", 10, center=True, gap=30)
    line("闽清县财政局：", 10.5)
    prose(f"受贵局委托，我公司对{M['dept']}2024年度部门整体支出开展了绩效评价。评价工作依据《项目支出绩效评价管理办法》"
          "（财预〔2020〕10号）和《闽清县部门整体支出绩效评价实施方案》，采用资料审核、现场核查、问卷调查相结合的方法。现将评价情况"
          "报告如下：")
    line("一、部门基本情况", 12)
    b_, p_ = M["parts"]["基本支出"], M["parts"]["项目支出"]
    prose(f"{M['dept']}负责全县学前教育、义务教育和普通高中教育的统筹管理，下属中小学、幼儿园52所。2024年部门年初预算"
          f"{mc(M['ia'])}万元，全年预算{mc(M['aa'])}万元，全年执行{mc(M['ea'])}万元，预算执行率{q(M['rate'])}（见表1）。")
    line("表1　2024年度部门预算执行情况　　　　　　　　　　　　　　　　　　　　单位：万元", 9, gap=14)
    grid([("项目", "年初预算数", "全年预算数", "全年执行数", "执行率"),
          ("合计", mc(M["ia"]), mc(M["aa"]), mc(M["ea"]), q(M["rate"])),
          ("其中：基本支出",) + tuple(mc(v) for v in b_) + (q(M["rb"]),),
          ("　　　项目支出",) + tuple(mc(v) for v in p_) + (q(M["rp"]),)], (110, 90, 90, 90, 80), 9, 19,
         aligns="lrrrr")
    line("二、评价结论", 12)
    prose(f"经综合评价，{M['dept']}2024年度部门整体支出绩效评价得分{fmt(M['total'])}分，评价等级为“优”。各一级指标得分情况"
          "见表2。")
    line("表2　一级指标得分情况", 9, gap=14)
    rows = [("一级指标", "分值", "得分", "得分率")] + [(n, fmt(w), fmt(s_), r_) for (n, w, s_), r_ in
                                                  zip(M["sec"], M["rates"])]
    rows.append(("合计", "100", fmt(M["total"]), q(M["total"])))
    grid(rows, (130, 90, 90, 90), 9, 19)
    prose("评价等级划分：" + BANDS)
    c.showPage()
    # ---- page 2
    y[0] = Hh - 70
    line("三、绩效分析", 12)
    line("（一）决策情况", 10.5)
    prose("部门职责与年度目标匹配，预算编制依据充分；部分绩效目标设定偏保守，未充分结合上年完成情况，扣0.5分。")
    line("（二）过程情况", 10.5)
    prose(f"预算执行率＝全年执行数÷全年预算数×100%＝{mc(M['ea'])}÷{mc(M['aa'])}×100%＝{q(M['rate'])}，达到95%的目标。"
          "资金使用合规，管理制度健全；抽查发现2所学校新购设备未及时登记入账，资产管理规范性扣1分。")
    line("（三）产出情况", 10.5)
    prose(f"全年组织教师全员培训，教师培训覆盖率＝参训教师人数÷在编教师总数×100%＝{M['trained']:,}÷{M['staff']:,}×100%＝"
          f"{q(M['cover_printed'])}。完成6所义务教育学校标准化建设；义务教育巩固率99.3%，学前教育毛入园率93.6%，均达到年度目标；"
          "教师本科以上学历比例72.8%，未达到75%的目标。学生资助资金均按时足额发放。")
    line("（四）效益情况", 10.5)
    prose("家庭经济困难学生资助实现全覆盖；学生体质健康达标率90.4%，未达到92%的目标；教育质量监测结果运用不够充分。问卷调查"
          "显示学生家长满意度93.1%、教师满意度91.2%。")
    line("四、存在的问题", 12)
    prose("一是教师学历结构有待优化，本科以上学历比例低于目标；二是学生体质健康达标率未达目标；三是资产登记不及时。")
    line("五、建议", 12)
    prose("一是加大教师学历提升支持力度；二是落实学生每天校内体育活动一小时；三是完善资产管理制度，做到账实相符。")
    y[0] -= 30
    line(M["evaluator"], 10.5, x=X1 - 170)
    line("2025年5月20日", 10.5, x=X1 - 140)
    seal_at = (X1 - 170, y[0] + 4)
    c.showPage()
    # ---- page 3
    y[0] = Hh - 60
    line("附件", 12)
    line(f"{M['dept']}2024年度部门整体支出绩效评价评分表", 13, center=True, gap=22)
    rows = [("一级指标", "二级指标", "三级指标", "分值", "指标值", "实际完成值", "得分", "扣分原因")]
    rows += [(x[0], x[1], x[2], fmt(x[5]), x[3], x[4], fmt(x[6]), x[7]) for x in M["ind"]]
    rows.append(("合计", "", "", "100", "", "", fmt(M["total"]), ""))
    grid(rows, (40, 48, 112, 26, 56, 62, 30, 90), 7.5, 16, aligns="ccllcccl")
    line("评分标准（摘录）：", 9, gap=14)
    for t_ in ("1.预算执行率：≥95%得满分，90%（含）—95%得4分，90%以下不得分。",
               "2.定量指标达到指标值的得满分；未达到的按“实际完成值÷指标值×分值”计分。",
               "3." + M["consol_rule"] + "。", "4.定性指标根据核查情况酌情扣分。"):
        line(t_, 8.5, gap=13)
    c.showPage()
    c.save()
    sign362(buf.getvalue(), path, seal_at, M["evaluator"])


def seal_stream(name, font):
    """the seal's appearance: a red ring, the name round the upper rim (each character rotated), a star, 绩效评价专用章"""
    import math
    R = 46
    ops = ["q 0.86 0.08 0.08 RG 0.86 0.08 0.08 rg 2.2 w"]
    k = 0.5523 * R
    cx = cy = 50
    ops.append(f"{cx + R} {cy} m {cx + R} {cy + k} {cx + k} {cy + R} {cx} {cy + R} c {cx - k} {cy + R} {cx - R} {cy + k} "
               f"{cx - R} {cy} c {cx - R} {cy - k} {cx - k} {cy - R} {cx} {cy - R} c {cx + k} {cy - R} {cx + R} {cy - k} "
               f"{cx + R} {cy} c S")
    pts = []
    for i in range(10):
        a = math.pi / 2 + i * math.pi / 5
        rr = 13 if i % 2 == 0 else 5.2
        pts.append((cx + rr * math.cos(a), cy + 4 + rr * math.sin(a)))
    ops.append(f"{pts[0][0]:.2f} {pts[0][1]:.2f} m " + " ".join(f"{x:.2f} {y:.2f} l" for x, y in pts[1:]) + " h f")
    n = len(name)
    for i, ch in enumerate(name):
        a = math.radians(210 - i * 240 / (n - 1))
        x, y = cx + 35 * math.cos(a), cy + 35 * math.sin(a)
        rot = a - math.pi / 2
        cs, sn = math.cos(rot), math.sin(rot)
        ops.append(f"BT /{font} 9.5 Tf {cs:.4f} {sn:.4f} {-sn:.4f} {cs:.4f} {x - 4.75 * cs:.2f} {y - 4.75 * sn:.2f} Tm "
                   f"<{ch.encode('utf-16-be').hex()}> Tj ET")
    lab = "绩效评价专用章"
    ops.append(f"BT /{font} 7 Tf 1 0 0 1 {cx - 3.5 * len(lab):.2f} {cy - 24} Tm <{lab.encode('utf-16-be').hex()}> Tj ET")
    ops.append("Q")
    return "\n".join(ops).encode("ascii")


def sign362(data, path, seal_at, name):
    import pikepdf
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.serialization import pkcs7
    from pikepdf import Array, Dictionary, Name, String
    pdf = pikepdf.open(io.BytesIO(data))
    page = pdf.pages[1]
    fonts = page.Resources.Font
    fkey = next(k for k in fonts.keys() if "STSong" in str(fonts[k].get("/BaseFont", "")))
    ap = pikepdf.Stream(pdf, seal_stream(name, fkey[1:]))
    ap.Type, ap.Subtype, ap.BBox = Name.XObject, Name.Form, Array([0, 0, 100, 100])
    ap.Resources = Dictionary(Font=Dictionary({fkey: fonts[fkey]}))
    hole = 8192
    sig = pdf.make_indirect(Dictionary(
        Type=Name.Sig, Filter=Name("/Adobe.PPKLite"), SubFilter=Name("/adbe.pkcs7.detached"),
        Name=String(name), Reason=String("绩效评价报告电子签章"), Location=String("福州"),
        M=String("D:20250520103000+08'00'"), ByteRange=Array([0, 1111111111, 1111111111, 1111111111]),
        Contents=String(b"\x00" * hole)))
    x, y = seal_at
    widget = pdf.make_indirect(Dictionary(
        Type=Name.Annot, Subtype=Name.Widget, FT=Name.Sig, T=String("Signature1"), V=sig, F=132,
        Rect=Array([x, y - 38, x + 100, y + 62]), P=page.obj, AP=Dictionary(N=ap)))
    page.Annots = Array([widget])
    pdf.Root.AcroForm = Dictionary(Fields=Array([widget]), SigFlags=3)
    out = io.BytesIO()
    pdf.save(out, static_id=True, compress_streams=True)
    b = bytearray(out.getvalue())
    m = re.search(rb"/ByteRange \[ 0 1111111111 1111111111 1111111111 \]", b)
    cm = re.search(rb"/Contents <(0{%d})>" % (2 * hole), b)
    assert m and cm, "placeholders"
    a0, a1 = cm.start(1) - 1, cm.end(1) + 1
    br = f"/ByteRange [ 0 {a0} {a1} {len(b) - a1} ]".encode()
    br = br + b" " * (m.end() - m.start() - len(br))
    b[m.start():m.end()] = br
    key, cert = seal_key()
    signed = bytes(b[:a0]) + bytes(b[a1:])
    der = (pkcs7.PKCS7SignatureBuilder().set_data(signed).add_signer(cert, key, hashes.SHA256())
           .sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.NoAttributes,
                                              pkcs7.PKCS7Options.Binary]))
    hx = der.hex().encode()
    assert len(hx) <= 2 * hole
    b[a0 + 1:a1 - 1] = hx + b"0" * (2 * hole - len(hx))
    with open(path, "wb") as f:
        f.write(bytes(b))


ALL.append(h362())


# ============================================================ h363 利川市交通运输局 (HTML ONLINE PREVIEW: positioned divs)

def h363():
    dept = "利川市交通运输局"
    ib, ab, eb = 1046.30, 1088.45, 1079.32
    ip, ap, ep = 6912.00, 7320.05, 6991.46
    ia, ea = r2(ib + ip), r2(eb + ep)
    parts_aa = r2(ab + ap)
    aa = 8480.50  # PLANT BREAKDOWN_SUM: 全年预算数 合计 8,480.50; 基本 1,088.45 + 项目 7,320.05 = 8,408.50
    assert (ia, parts_aa, ea) == (7958.30, 8408.50, 8070.78)
    rate = pct(ea, aa)
    rb, rp = pct(eb, ab), pct(ep, ap)
    assert (rate, pct(ea, parts_aa), rb, rp) == (95.17, 95.98, 99.16, 95.51), (rate, pct(ea, parts_aa), rb, rp)
    ind = [("投入管理", "预算执行", "预算执行率", "≥95%", q(rate), 10, 10),
           ("投入管理", "预算管理", "“三公”经费控制率", "≤100%", "92.8%", 5, 5),
           ("投入管理", "预算管理", "政府采购执行率", "100%", "100%", 5, 5),
           ("产出指标", "数量指标", "农村公路新改建里程", "≥180公里", "186.4公里", 8, 8),
           ("产出指标", "数量指标", "危桥改造", "≥12座", "11座", 7, P(11, 12, 7)),
           ("产出指标", "数量指标", "农村公路安全生命防护工程", "≥150公里", "150公里", 6, 6),
           ("产出指标", "质量指标", "交工验收合格率", "100%", "100%", 8, 8),
           ("产出指标", "质量指标", "公路优良路率", "≥85%", "87.3%", 6, 6),
           ("产出指标", "时效指标", "重点项目按期完工率", "≥90%", "84.6%", 5, P(84.6, 90, 5)),
           ("产出指标", "成本指标", "公路新改建单位造价", "≤85万元/公里", "81.2万元/公里", 5, 5),
           ("效益指标", "社会效益指标", "建制村通双车道比例", "≥62%", "63.5%", 7, 7),
           ("效益指标", "社会效益指标", "交通安全事故死亡人数", "较上年下降", "下降12%", 6, 6),
           ("效益指标", "经济效益指标", "客运站旅客发送量", "≥210万人次", "196万人次", 6, P(196, 210, 6)),
           ("效益指标", "可持续影响指标", "农村公路管养机制", "健全", "基本健全", 6, 5),
           ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "92.4%", 10, 10)]
    ind = [x + ("",) for x in ind]
    assert len(ind) == 15 and s2(ind, 5) == 100
    no_half(11 / 12 * 7, "bridge")
    sec = secs(ind, ["投入管理", "产出指标", "效益指标", "满意度指标"])
    assert sec == [("投入管理", 20, 20), ("产出指标", 45, 44.12), ("效益指标", 25, 23.6), ("满意度指标", 10, 10)], sec
    shown_sec = list(sec)
    shown_sec[2] = ("效益指标", 25, 23.06)  # PLANT SECTION_VS_ROWS: 效益指标 小计 23.06, its rows add to 23.60
    rows_total = s2(ind, 6)
    total = 97.27  # PLANT TOTAL_VS_ROWS: 合计 97.27, the rows add to 97.72 (and the printed 小计 to 97.18)
    assert rows_total == 97.72 and r2(sum(x[2] for x in shown_sec)) == 97.18
    assert grade(total) == grade(rows_total) == "优"
    g = gold(None, dept, 2024, "COUNTY", "湖北省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), shown_sec, grows(ind))
    meta = dict(dept=dept, ib=ib, ab=ab, eb=eb, ip=ip, ap=ap, ep=ep, ia=ia, aa=aa, ea=ea, rate=rate, rb=rb, rp=rp,
                ind=ind, sec=shown_sec, total=total)
    fnd = [F("TOTAL_VS_ROWS", "总分", f"合计 | 100 | {fmt(total)}", fmt(total), fmt(rows_total), "HIGH", "ERROR",
             f"the fifteen rows add to {fmt(rows_total)} (digits transposed in the 合计 {fmt(total)}); it is not the sum of "
             "the printed 小计 either (97.18, with 效益指标's slip); 优 either way"),
           F("SECTION_VS_ROWS", "效益指标", "效益指标小计 | 25 | 23.06", "23.06", "23.6", "HIGH", "ERROR",
             "the four 效益指标 rows add to 7 + 6 + 5.6 + 5 = 23.6; the 小计 prints 23.06 (a slip of its own: the 合计 "
             "does not use it)"),
           F("BREAKDOWN_SUM", "全年预算数 合计", f"合计 | {mc(ia)} | {mc(aa)} | {mc(ea)} | {q(rate)} / 其中：基本支出 | {mc(ib)} | "
             f"{mc(ab)} … 项目支出 | {mc(ip)} | {mc(ap)}", mc(aa), mc(parts_aa), "HIGH", "ERROR",
             f"基本支出 {mc(ab)} + 项目支出 {mc(ap)} = {mc(parts_aa)}, the 合计 prints {mc(aa)} (digits transposed); the "
             f"printed {q(rate)} is worked on the printed 合计 ({q(pct(ea, parts_aa))} on the parts; ≥95% either way, so the "
             "预算执行率 row's 10 stands); the 年初 and 执行 columns add up")]
    return {"stem": "h363_lichuan_jiaotong", "format": "html", "html": html363(meta), "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the page is the portal's ONLINE PREVIEW of the attachment: the form converted to HTML in the "
                      "pdf2htmlEX manner, every text line an absolutely positioned <div class=\"t x… y… fs…\"> whose left and "
                      "bottom come from CSS classes, the ruling thin positioned divs, no <table>; the divs come in the order the "
                      "source drew them (each table column by column), so DOM order is not reading order; a 三级 name too long "
                      "for its cell (农村公路安全生命防护工程) is two divs on two lines; the 一级 names are centred in merged "
                      "cells; the portal's own chrome (附件下载, 预览说明) is not content",
                      f"预算执行情况: 年初 {mc(ib)} + {mc(ip)} = {mc(ia)} and 执行 {mc(eb)} + {mc(ep)} = {mc(ea)} add up; "
                      f"基本 {q(rb)} and 项目 {q(rp)} right; all under budget; 年初 < 全年 (追加)",
                      "危桥改造 7 × 11 ÷ 12 = 6.417 → 6.42, 按期完工率 5 × 84.6 ÷ 90 = 4.7 and 客运站旅客发送量 6 × 196 ÷ 210 = 5.6 "
                      "(proportion rule); 管养机制 −1 (judgement)",
                      "安全生命防护工程 150 vs ≥150公里 (met exactly); 单位造价 81.2 vs ≤85万元/公里 (a ceiling, met; not a "
                      "budget figure); 交通安全事故死亡人数 下降12% vs 较上年下降 (met)",
                      "the 小计 of 投入管理 (20), 产出指标 (44.12) and 满意度指标 (10) equal their rows; the 分值 add to 100"]}


def tw(text, size):
    """approximate advance of a line: CJK and full-width characters one em, the rest half"""
    return sum(size if ord(ch) > 0x2000 else size * 0.5 for ch in text)


def wrap_px(text, width, size):
    out, cur = [], ""
    for ch in text:
        if cur and tw(cur + ch, size) > width:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    return out + [cur]


def html363(M):
    PW, PH = 893, 1263
    texts, lines = [], []  # texts: (left, baseline-from-top, size, text); lines: (x, y, w, h)

    def put(x, y, size, t, how="l", width=0):
        if how == "c":
            x = x + (width - tw(t, size)) / 2
        elif how == "r":
            x = x + width - tw(t, size)
        texts.append((round(x, 2), round(y, 2), size, t))

    put(0, 92, 24, "部门整体支出绩效自评表", "c", PW)
    put(0, 122, 14, "（2024年度）", "c", PW)
    put(110, 156, 13, f"填报单位（盖章）：{M['dept']}")
    put(640, 156, 13, "金额单位：万元", "r", 143)
    put(110, 186, 14, "一、预算执行情况")

    def grid(top, widths, rows, size=12, rowh=26, merges=(), order_cols=True, aligns=None):
        """rows: lists of cell texts, None for a cell covered by a merge; merges: (r0, c0, r1, c1)"""
        xs = [110 + sum(widths[:k]) for k in range(len(widths) + 1)]
        heights = []
        for r in rows:
            n = 1
            for k, v in enumerate(r):
                if v:
                    span = next((m for m in merges if (m[0], m[1]) == (len(heights), k)), None)
                    wd = (xs[span[3] + 1] - xs[k]) if span else widths[k]
                    n = max(n, len(wrap_px(v, wd - 8, size)) if not span or span[2] == span[0] else 1)
            heights.append(rowh if n == 1 else rowh + (n - 1) * (size + 4))
        ys = [top + sum(heights[:i]) for i in range(len(rows) + 1)]
        covered = {}
        for r0, c0, r1, c1 in merges:
            for i in range(r0, r1 + 1):
                for k in range(c0, c1 + 1):
                    covered[(i, k)] = (r0, c0, r1, c1)
        # ruling: each cell's four sides, drawn once
        hs, vs = set(), set()
        for i in range(len(rows)):
            for k in range(len(widths)):
                r0, c0, r1, c1 = covered.get((i, k), (i, k, i, k))
                if (i, k) != (r0, c0):
                    continue
                x0, x1, y0, y1 = xs[c0], xs[c1 + 1], ys[r0], ys[r1 + 1]
                hs.update({(x0, x1, y0), (x0, x1, y1)})
                vs.update({(x0, y0, y1), (x1, y0, y1)})
        for x0, x1, y in sorted(hs):
            lines.append((x0, y, x1 - x0, 1))
        for x, y0, y1 in sorted(vs):
            lines.append((x, y0, 1, y1 - y0))
        cells = []
        for i, r in enumerate(rows):
            for k, v in enumerate(r):
                if v is None or v == "":
                    continue
                r0, c0, r1, c1 = covered.get((i, k), (i, k, i, k))
                x0, x1, y0, y1 = xs[c0], xs[c1 + 1], ys[r0], ys[r1 + 1]
                ls = wrap_px(v, x1 - x0 - 8, size)
                base = (y0 + y1) / 2 - (len(ls) - 1) * (size + 4) / 2 + size * 0.38
                a = (aligns[k] if aligns and i > 0 else "c")
                for j, ln in enumerate(ls):
                    cells.append((c0, i, j, x0 + 4, base + j * (size + 4), ln, a, x1 - x0 - 8))
        cells.sort(key=(lambda c: (c[0], c[1], c[2])) if order_cols else (lambda c: (c[1], c[0], c[2])))
        for c0, i, j, x, y, ln, a, wd in cells:
            put(x, y, size, ln, a, wd)
        return ys[-1]

    b = [("项目", "年初预算数", "全年预算数", "全年执行数", "执行率"),
         ("合计", mc(M["ia"]), mc(M["aa"]), mc(M["ea"]), q(M["rate"])),
         ("其中：基本支出", mc(M["ib"]), mc(M["ab"]), mc(M["eb"]), q(M["rb"])),
         ("　　　项目支出", mc(M["ip"]), mc(M["ap"]), mc(M["ep"]), q(M["rp"]))]
    y = grid(198, (160, 120, 120, 120, 110), b, aligns="lrrrr")
    put(110, y + 32, 14, "二、绩效指标完成情况")
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]]
    merges = []
    ind, k = M["ind"], 0
    for name, w, s_ in M["sec"]:
        grp = [x for x in ind if x[0] == name]
        r0 = len(rows)
        for j, x in enumerate(grp):
            rows.append([x[0] if j == 0 else None, x[1], x[2], x[3], x[4], fmt(x[5]), fmt(x[6])])
        if len(grp) > 1:
            merges.append((r0, 0, r0 + len(grp) - 1, 0))
        rows.append([f"{name}小计", None, None, None, None, fmt(w), fmt(s_)])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    rows.append(["合计", None, None, None, None, "100", fmt(M["total"])])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    y = grid(y + 44, (78, 96, 130, 112, 112, 50, 62), rows, merges=merges)
    put(110, y + 28, 13, f"自评等级：优　　　　　等级划分：{BANDS}")
    for j, t in enumerate(("说明：1.预算执行率≥95%得满分，90%（含）—95%得8分，90%以下不得分；2.定量指标达到年度指标值的得满分，未达到",
                           "的按“实际完成值÷年度指标值×分值”计分，反向指标（“≤”）不超过指标值的得满分；3.定性指标根据完成情况酌情扣分。")):
        put(110, y + 54 + j * 20, 12, t)
    put(110, y + 110, 13, "填报人：向红梅　　审核人：谭家兴　　单位负责人：冉光明　　填报日期：2025年4月21日")
    assert y + 130 < PH
    xsv = sorted({t[0] for t in texts})
    ysv = sorted({t[1] for t in texts})
    fsv = sorted({t[2] for t in texts})
    css = ["#page-container{position:relative;margin:0 auto;width:%dpx;background:#9e9e9e;padding:12px 0}" % (PW + 24),
           ".pf{position:relative;width:%dpx;height:%dpx;margin:0 auto;background:#fff;overflow:hidden;"
           "box-shadow:1px 1px 3px 1px #333}" % (PW, PH),
           ".pc{position:absolute;left:0;top:0;width:100%;height:100%}",
           ".t{position:absolute;white-space:pre;line-height:1;transform-origin:0 100%}",
           ".ln{position:absolute;background:#000}", ".ff1{font-family:'SimSun','宋体',serif}", ".fc0{color:#000}",
           ".m0{transform:none}", ".ls0{letter-spacing:0}", ".ws0{word-spacing:0}", ".sc0{text-shadow:none}"]
    css += [".x%d{left:%spx}" % (i, fmt(v)) for i, v in enumerate(xsv)]
    css += [".y%d{bottom:%spx}" % (i, fmt(r2(PH - v))) for i, v in enumerate(ysv)]
    css += [".fs%d{font-size:%spx}" % (i, fmt(v)) for i, v in enumerate(fsv)]
    divs = ['<div class="ln" style="left:%spx;bottom:%spx;width:%spx;height:%spx"></div>'
            % (fmt(x), fmt(r2(PH - y_ - h)), fmt(w), fmt(h)) for x, y_, w, h in lines]
    divs += ['<div class="t m0 x%d h%d y%d ff1 fs%d fc0 sc0 ls0 ws0">%s</div>'
             % (xsv.index(x), fsv.index(sz), ysv.index(y_), fsv.index(sz), esc(t)) for x, y_, sz, t in texts]
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8"/>',
        f"<title>{M['dept']}2024年度部门整体支出绩效自评表 - 在线预览</title>",
        '<meta name="generator" content="DocPreview 3.2 (pdf2htmlEX 0.14.6)"/>',
        "<style>", "\n".join(css), "</style>", "</head>", "<body>",
        '<div class="preview-bar">利川市人民政府门户网站 · 附件在线预览　|　<a href="/attach/2025/04/'
        '2024bmztzxjxzpb.pdf">附件下载</a>　|　预览效果可能与原文件存在差异，请以下载的原文件为准</div>',
        '<div id="page-container">', '<div id="pf1" class="pf w0 h0" data-page-no="1">', '<div class="pc pc1 w0 h0">']
        + divs + ["</div>", "</div>", "</div>", "</body>", "</html>"]) + "\n"


ALL.append(h363())


def main(argv):
    round_main(argv, ALL, "61")


if __name__ == "__main__":
    main(sys.argv[1:])
