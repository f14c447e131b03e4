#!/usr/bin/python3
"""Round 58 (h344–h348): layouts and file features not used before, each with PLANTED audit problems, made apart from
the code by the corpus58 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report
whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports58.py [h344 …]
(needs python-docx, openpyxl, reportlab and pikepdf; the HTML is written as a string:
h344 a DOCX 部门整体 self-evaluation report saved by Word 2007 whose figures with metric units (“1286.5公里”,
“32600平方米”) and whose dates (“2025年4月15日”) are wrapped in Chinese SMART TAGS — w:smartTag chmetcnv / chsdate with
their w:smartTagPr attributes —, as Word 2003/2007 tagged them while the text was typed: the tagged figure is not a
direct run of its paragraph, one tag's SourceValue is stale; h345 a PDF 项目 form CORRECTED WITH ANNOTATIONS after
export, as a PDF editor's whiteout and typewriter tools do: white Square annotations over three printed figures,
FreeText typewriter annotations with the new ones on top, a sticky note (Text annotation with its Popup) from the
reviewer; the page content still holds the old figures; h346 an XLSX 项目 form returned by the finance bureau with its
revisions marked BY FORMATTING — rich-text cells holding the old figure struck through and the new one in red, one
indicator row struck through (deleted), a struck phrase in the goals, a legend saying so; h347 a county-level city
portal's HTML 部门整体 self-evaluation report saved after the reader clicked the site's “繁體” switch: the article
body in TRADITIONAL characters (converted by the site's script), the page title and meta tags still simplified;
h348 an XLSX 部门整体 form of a 街道办事处 whose 说明 (with the 预算执行率 formula), 自评结论 (total and grade) and
金额单位 sit in TEXT BOXES drawn on the sheet (DrawingML xdr:sp / xdr:txBody in xl/drawings/drawing1.xml), not in
cells; the table has no 合计 row.)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因 …).
"""
import html as htmlmod
import os
import re
import subprocess
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


# ============================================================ h344 晋中市太谷区交通运输局 (DOCX, figures in Word SMART TAGS)

# Word 2003/2007's Chinese smart tags: a number followed by a metric unit (chmetcnv, “Chinese measurement converter”)
# and a date (chsdate) were recognised while typing and wrapped in a w:smartTag element whose w:smartTagPr keeps the
# recognised values; the visible text is the w:r inside the tag
ST_URI = "urn:schemas-microsoft-com:office:smarttags"
ST_PAT = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日|(\d+(?:\.\d+)?)(平方米|立方米|公里|千米|千克|公顷|吨|米)")


def st_parts(text, stale=None):
    """text → [(kind, visible, attrs)]: kind '' for plain text, 'chsdate' / 'chmetcnv' for a tagged figure; stale maps
    a visible figure to the SourceValue its tag still carries (the text was typed over after Word recognised it)"""
    out, pos = [], 0
    for m in ST_PAT.finditer(text):
        if m.start() > pos:
            out.append(("", text[pos:m.start()], None))
        if m.group(1):
            attrs = [("Year", m.group(1)), ("Month", m.group(2)), ("Day", m.group(3)), ("IsLunarDate", "False"),
                     ("IsROCDate", "False")]
            out.append(("chsdate", m.group(0), attrs))
        else:
            src = (stale or {}).get(m.group(0), m.group(4))
            attrs = [("TCSC", "0"), ("NumberType", "1"), ("Negative", "False"), ("HasSpace", "False"),
                     ("SourceValue", src), ("UnitName", m.group(5))]
            out.append(("chmetcnv", m.group(0), attrs))
        pos = m.end()
    if pos < len(text):
        out.append(("", text[pos:], None))
    return out


def st_fill(p, text, size=None, bold=False, stale=None):
    """appends text to the python-docx paragraph p as runs, every recognised figure inside a w:smartTag"""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def run_el(t):
        r = OxmlElement("w:r")
        if size or bold:
            rpr = OxmlElement("w:rPr")
            if bold:
                rpr.append(OxmlElement("w:b"))
            if size:
                for tag in ("w:sz", "w:szCs"):
                    s = OxmlElement(tag)
                    s.set(qn("w:val"), str(int(round(size * 2))))
                    rpr.append(s)
            r.append(rpr)
        te = OxmlElement("w:t")
        te.text = t
        if t != t.strip():
            te.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        r.append(te)
        return r
    for kind, vis, attrs in st_parts(text, stale):
        if not kind:
            p._p.append(run_el(vis))
            continue
        tag = OxmlElement("w:smartTag")
        tag.set(qn("w:uri"), ST_URI)
        tag.set(qn("w:element"), kind)
        pr = OxmlElement("w:smartTagPr")
        for k, v in attrs:
            a = OxmlElement("w:attr")
            a.set(qn("w:name"), k)
            a.set(qn("w:val"), v)
            pr.append(a)
        tag.append(pr)
        tag.append(run_el(vis))
        p._p.append(tag)
    return p


def h344():
    dept = "晋中市太谷区交通运输局"
    # (年初预算数, 全年预算数, 全年执行数)
    bb, bp = (1486.20, 1532.64, 1518.37), (3260.00, 3684.50, 3452.18)
    ia, aa, ea = (r2(bb[k] + bp[k]) for k in range(3))
    rate, rb, rp = pct(ea, aa), pct(bb[2], bb[1]), pct(bp[2], bp[1])
    assert (ia, aa, ea, rate, rb, rp) == (4746.20, 5217.14, 4970.55, 95.27, 99.07, 93.69), (ia, aa, ea, rate, rb, rp)
    rb_printed = 99.70  # PLANT EXECUTION_RATE: the form's 基本支出 line, 1,518.37 ÷ 1,532.64 = 99.07%, printed 99.70%
    no_half(rate / 10, "fund score")
    fs = r2(rate / 10)
    assert fs == 9.53
    repair_score = 6  # PLANT TARGET_MISSED_FULL_MARKS: 县乡道路面大中修 46.5公里 against ≥48公里, full 6, no reason
    safety_prose = "126.5公里"  # PLANT SAME_FIGURE_DIFFERS: 三 says 126.5公里; the form's row and 实际完成情况 say 125.6公里
    # (一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因)
    ind = [("产出指标", "数量指标", "农村公路日常养护里程", "≥1280公里", "1286.5公里", 6, 6, ""),
           ("产出指标", "数量指标", "县乡道路面大中修", "≥48公里", "46.5公里", 6, repair_score, ""),
           ("产出指标", "数量指标", "农村公路安全生命防护工程", "≥120公里", "125.6公里", 5, 5, ""),
           ("产出指标", "数量指标", "新改建农村公路", "≥15公里", "15.8公里", 4, 4, ""),
           ("产出指标", "数量指标", "危桥改造", "≥8座", "8座", 5, 5, ""),
           ("产出指标", "数量指标", "公路绿化面积", "≥30000平方米", "32600平方米", 4, 4, ""),
           ("产出指标", "质量指标", "养护工程交工验收合格率", "100%", "100%", 5, 5, ""),
           ("产出指标", "质量指标", "国省干线公路优良路率", "≥85%", "87.3%", 5, 5, ""),
           ("产出指标", "时效指标", "大中修工程完工时间", "2024年11月30日前", "2024年11月26日", 4, 4, ""),
           ("产出指标", "时效指标", "路面病害处置及时率", "≥95%", "96.8%", 4, 4, ""),
           ("产出指标", "成本指标", "县乡道大中修平均造价", "≤65万元/公里", "61.8万元/公里", 4, 4, ""),
           ("效益指标", "社会效益指标", "农村公路列养率", "100%", "100%", 5, 5, ""),
           ("效益指标", "社会效益指标", "建制村通客车率", "100%", "100%", 5, 5, ""),
           ("效益指标", "社会效益指标", "道路运输安全事故死亡人数", "≤3人", "2人", 5, 5, ""),
           ("效益指标", "社会效益指标", "货车超限超载率", "≤2%", "1.6%", 4, 4, ""),
           ("效益指标", "生态效益指标", "新能源公交车占比", "≥60%", "58.3%", 4, P(58.3, 60, 4),
            "计划购置的12辆新能源公交车因招标延期，2025年一季度到位；按完成比例计分"),
           ("效益指标", "可持续影响指标", "农村公路管养长效机制", "健全", "基本健全", 5, 4,
            "部分村级养护员队伍不稳定，养护考核办法未全面落实"),
           ("满意度指标", "服务对象满意度指标", "群众出行满意度", "≥90%", "92.6%", 10, 10, "")]
    assert P(58.3, 60, 4) == 3.89 and P(46.5, 48, 6) == 5.81
    assert len(ind) == 18 and s2(ind, 5) == 90
    fund = (None, None, "年度资金总额", None, f"{rate:.2f}%", 10, fs, "")
    total = r2(fs + s2(ind, 6))
    assert total == 98.42, total
    g = gold(None, dept, 2024, "COUNTY", "山西省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ia, aa, ea, rate, bb[1], bb[2], bp[1], bp[2]), [], grows([fund] + ind))
    plan = ("完成农村公路日常养护1280公里以上，实施县乡道路面大中修48公里、农村公路安全生命防护工程120公里以上，新改建农村公路15公里，"
            "改造危桥8座，公路绿化30000平方米以上；大中修工程2024年11月30日前完工；农村公路列养率、建制村通客车率保持100%，群众出行"
            "满意度90%以上。")
    done = ("完成农村公路日常养护1286.5公里，实施县乡道路面大中修46.5公里、农村公路安全生命防护工程125.6公里，新改建农村公路15.8公里，"
            "改造危桥8座，公路绿化32600平方米；大中修工程2024年11月26日全部完工；农村公路列养率、建制村通客车率100%，新能源公交车"
            "占比58.3%，群众出行满意度92.6%。")
    stale = {"32600平方米": "31600"}  # trap: the table cell's tag keeps the value first typed; the text was corrected
    bud = [("年度资金总额", ia, aa, ea, "10", rate, fmt(fs)), ("其中：基本支出", *bb, "—", rb_printed, "—"),
           ("　　　项目支出", *bp, "—", rp, "—")]
    meta = dict(dept=dept, ind=ind, total=total, ia=ia, aa=aa, ea=ea, rate=rate, bb=bb, bp=bp, bud=bud, fs=fs,
                plan=plan, done=done, stale=stale, safety_prose=safety_prose)
    fnd = [F("SAME_FIGURE_DIFFERS", "农村公路安全生命防护工程",
             f"三、…完成农村公路安全生命防护工程{safety_prose}… / 附件 农村公路安全生命防护工程 | ≥120公里 | 125.6公里 | 5 | 5 / "
             "实际完成情况：…农村公路安全生命防护工程125.6公里…", safety_prose, "125.6公里", "HIGH", "WARNING",
             "the report's 三 gives the year's 安全生命防护工程 as 126.5公里; the 自评表's row and its 实际完成情况 give 125.6公里 "
             "(digits transposed); every other figure of 三 agrees with the table; ≥120公里 is met either way, so the score "
             "stands, but which length was built is for the department to say"),
           F("EXECUTION_RATE", "其中：基本支出 执行率",
             f"其中：基本支出 | {mc(bb[0])} | {mc(bb[1])} | {mc(bb[2])} | — | {rb_printed:.2f}% | —", f"{rb_printed:.2f}%",
             f"{rb:.2f}%", "HIGH", "ERROR",
             f"the fund block's 基本支出 line: {mc(bb[2])} ÷ {mc(bb[1])} = {rb:.2f}%, printed {rb_printed:.2f}% (digits "
             f"swapped); the 年度资金总额 line's {rate:.2f}% (and its score {fmt(fs)}) and the 项目支出 line's {rp:.2f}% are "
             "right, and the amounts add up"),
           F("TARGET_MISSED_FULL_MARKS", "县乡道路面大中修", "县乡道路面大中修 | ≥48公里 | 46.5公里 | 6 | 6", "6", "< 6",
             "HIGH", "WARNING",
             "46.5公里 misses the ≥48公里 target (三 and the 实际完成情况 say 46.5 too), yet the row scores the full 6 with no "
             "偏差原因; the 说明's proportion rule gives 6 × 46.5 ÷ 48 = 5.81")]
    return {"stem": "h344_taigu_jiaotong", "format": "docx", "write": write344, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["every figure with a metric unit (公里, 平方米) and every full date is wrapped in a Word SMART TAG "
                      "(w:smartTag w:uri=urn:schemas-microsoft-com:office:smarttags, w:element chmetcnv or chsdate, its "
                      "w:smartTagPr holding UnitName / SourceValue or Year / Month / Day): the visible figure is the run "
                      "INSIDE the tag, not a direct run of the paragraph, so a reader that takes only a paragraph's own "
                      "runs loses “1286.5公里” from “≥1280公里 | 1286.5公里” (leaving “≥” and nothing) and both dates of "
                      "大中修工程完工时间; the tags are recognition marks, not content",
                      "the 公路绿化面积 cell's tag keeps SourceValue 31600 while its text reads 32600平方米 (typed over after "
                      "Word recognised it): the visible 32600 is the report's figure (三 and 实际完成情况 say 32600 too); "
                      "the attribute is stale metadata",
                      f"budget: 基本 + 项目 = 年度资金总额 in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {rate:.2f}% and "
                      f"{rp:.2f}% right; all under budget; 年初 < 全年 (追加); 年度资金总额 {rate:.2f}% × 10 = 9.527 → "
                      f"{fmt(fs)}",
                      "新能源公交车占比 4 × 58.3 ÷ 60 = 3.89 (proportion rule, with a reason); 危桥改造 8 vs ≥8座 (met "
                      "exactly); 大中修工程完工时间 2024年11月26日 vs 2024年11月30日前 (met); 县乡道大中修平均造价 61.8 vs "
                      "≤65万元/公里, 货车超限超载率 1.6% vs ≤2% and 道路运输安全事故死亡人数 2 vs ≤3人 (ceilings, met; the "
                      "造价 is a unit cost, not a budget figure); 农村公路管养长效机制 −1 with a reason (judgement)",
                      f"总分 {fmt(total)} = {fmt(fs)} + the 18 rows as printed (the full 6 included); 优 (also on "
                      f"{fmt(r2(total - 6 + 5.81))})"]}


def write344(rep, path):
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_ALIGN_VERTICAL, WD_ROW_HEIGHT_RULE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt
    from reports34 import new_doc
    from reports36_common import grid
    M = rep["meta"]
    doc = new_doc()

    def sp(text, bold=False, size=None, center=False, after=0, indent=False, right=False):
        p = doc.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if right:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if indent:
            p.paragraph_format.first_line_indent = Pt(21)
        p.paragraph_format.space_after = Pt(after)
        return st_fill(p, text, size=size, bold=bold)

    d = M["dept"]
    sp(f"{d}2024年度部门整体支出绩效自评报告", bold=True, size=16, center=True, after=10)
    body = [
        ("一、部门基本情况", True),
        (f"{d}是区政府工作部门，主要负责全区公路建设与养护、道路运输管理、农村公路管理和交通运输安全监管等工作，内设股室6个，下设区"
         "公路事业发展中心、区交通运输综合行政执法队2个单位，年末在职人员118人。全区公路总里程1862.4公里，其中农村公路1386.2公里。",
         False),
        ("二、部门预算执行情况", True),
        (f"2024年部门年初预算{mc(M['ia'])}万元，年中追加后全年预算{mc(M['aa'])}万元，全年执行{mc(M['ea'])}万元，预算执行率"
         f"{M['rate']:.2f}%。其中：基本支出全年预算{mc(M['bb'][1])}万元，执行{mc(M['bb'][2])}万元；项目支出全年预算"
         f"{mc(M['bp'][1])}万元，执行{mc(M['bp'][2])}万元。", False),
        ("三、绩效目标完成情况", True),
        ("（一）产出情况。全年完成农村公路日常养护1286.5公里，实施县乡道路面大中修46.5公里，完成农村公路安全生命防护工程"
         f"{M['safety_prose']}，新改建农村公路15.8公里，改造危桥8座，完成公路绿化32600平方米。大中修工程于2024年11月26日全部完工，养护"
         "工程交工验收合格率100%，国省干线公路优良路率87.3%。", False),
        ("（二）效益情况。农村公路列养率、建制村通客车率均保持100%，全年道路运输安全事故死亡2人，货车超限超载率控制在1.6%；新能源"
         "公交车占比58.3%，未达到60%的目标；群众出行满意度92.6%。", False),
        ("四、自评结论", True),
        (f"经自评，本部门2024年度部门整体支出绩效自评得分{fmt(M['total'])}分，自评等级为“{grade(M['total'])}”。具体见附件。",
         False),
        ("五、存在的问题及改进措施", True),
        ("一是项目支出执行进度不均衡，部分工程尾款年底未支付；二是新能源公交车购置进度滞后；三是农村公路管养长效机制有待健全。下一步，"
         "我局将加快工程结算和资金支付，督促新能源公交车按期交付，落实村级养护员考核和待遇保障。", False)]
    for text, head in body:
        if head:
            sp(text, bold=True, size=12, after=2)
        else:
            sp(text, indent=True, after=4)
    sp("", after=6)
    sp(d, right=True)
    sp("2025年4月15日", right=True)

    # ---- 附件: the form, landscape
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(15)
    sec.top_margin = sec.bottom_margin = Mm(15)
    sp("附件", bold=True, size=12, after=2)
    sp("部门整体支出绩效自评表", bold=True, size=15, center=True, after=2)
    sp("（2024年度）", center=True, after=4)
    sp("填报单位（盖章）：" + d + "　" * 36 + "金额单位：万元", size=10, after=2)
    ind = M["ind"]
    widths = [20, 24, 66, 34, 34, 14, 14, 61]
    n = 1 + 1 + len(M["bud"]) + 2 + 1 + len(ind) + 1
    t = grid(doc, n, widths)
    for row_ in t.rows:
        row_.height = Mm(6.5)
        row_.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST

    def put(r, c, text, align="c", bold=False, size=9, to=None, stale=None):
        cell = t.cell(r, c)
        if to is not None and to != c:
            cell = cell.merge(t.cell(r, to))
        cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
        p = cell.paragraphs[0]
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT,
                       "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
        st_fill(p, text, size=size, bold=bold, stale=stale)
        return cell

    put(0, 0, "部门（单位）名称", bold=True, to=1)
    put(0, 2, d, "l", to=7)
    for k, h in ((0, "部门预算资金（万元）"), (2, "年初预算数"), (3, "全年预算数"), (4, "全年执行数"), (5, "分值"), (6, "执行率"),
                 (7, "得分")):
        put(1, k, h, bold=True, to=1 if k == 0 else None)
    for i, (lab, a, b_, e_, w, rt, s) in enumerate(M["bud"]):
        r = 2 + i
        put(r, 0, lab, "l", to=1)
        for k, v in enumerate((a, b_, e_)):
            put(r, 2 + k, mc(v), "r")
        put(r, 5, w)
        put(r, 6, f"{rt:.2f}%")
        put(r, 7, s)
    r = 2 + len(M["bud"])
    lab = t.cell(r, 0).merge(t.cell(r + 1, 0))
    put(r, 0, "年度总体目标", bold=True)
    put(r, 1, "预期目标", bold=True)
    put(r, 2, M["plan"], "l", to=7)
    put(r + 1, 1, "实际完成情况", bold=True)
    put(r + 1, 2, M["done"], "l", to=7)
    r += 2
    for k, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                           "偏差原因分析及改进措施"]):
        put(r, k, h, bold=True)
    r0 = r + 1
    for i, x in enumerate(ind):
        rr = r0 + i
        put(rr, 2, x[2], "l")
        put(rr, 3, x[3])
        put(rr, 4, x[4], stale=M["stale"])
        put(rr, 5, fmt(x[5]))
        put(rr, 6, fmt(x[6]))
        put(rr, 7, x[7], "l", size=8)
    for col in (0, 1):
        for a, b in spans(ind, col):
            cell = t.cell(r0 + a, col)
            if b > a:
                cell = cell.merge(t.cell(r0 + b, col))
            put(r0 + a, col, ind[a][col])
    r = r0 + len(ind)
    put(r, 0, "总分", bold=True, to=4)
    put(r, 5, "100", bold=True)
    put(r, 6, fmt(M["total"]), bold=True)
    put(r, 7, f"自评等级：{grade(M['total'])}", bold=True)
    sp("说明：1.年度资金总额得分＝执行率×分值；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”计分，"
       "反向指标（“≤”）不超过指标值的得满分；3.定性指标根据完成情况酌情扣分；4." + BANDS, size=9)
    sp("填报人：郭丽君　　审核人：王建平　　联系电话：0354-6221846　　填报日期：2025年4月15日", size=10)
    # Word 2007: the smart tag types declared in the settings, no Word 2010 compatibility settings, app version 12
    settings = doc.settings.element
    for el in list(settings.iter(qn("w:compatSetting"))):
        el.getparent().remove(el)
    anchor = settings.find(qn("w:shapeDefaults"))
    for name in ("chsdate", "chmetcnv"):
        stt = OxmlElement("w:smartTagType")
        stt.set(qn("w:namespaceuri"), ST_URI)
        stt.set(qn("w:name"), name)
        anchor.addprevious(stt)
    doc.save(path)
    app_patch(path, "Microsoft Office Word", "12.0000")
    H.A.normalize_zip(path)


def app_patch(path, application, version):
    """docProps/app.xml's Application and AppVersion set to the saving program's (rewrites the zip in place)"""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, data in items:
        if name == "docProps/app.xml":
            s = data.decode("utf-8")
            s = re.sub(r"<Application>[^<]*</Application>", f"<Application>{application}</Application>", s)
            s = re.sub(r"<AppVersion>[^<]*</AppVersion>", f"<AppVersion>{version}</AppVersion>", s)
            data = s.encode("utf-8")
        out.append((name, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in out:
            z.writestr(name, data)


ALL.append(h344())


# ============================================================ h345 浠水县卫生健康局 / 浠水县人民医院 (PDF corrected with ANNOTATIONS)

L345 = dict(fund=[112, 68, 68, 68, 40, 68, 99], ind=[42, 50, 112, 62, 62, 28, 28, 139], size=8.5, lh=10.8)


def h345():
    dept = "浠水县卫生健康局"
    unit = "浠水县人民医院"
    project = "2024年浠水县人民医院重点专科建设及医疗设备更新项目"
    # (来源, 年初预算数, 全年预算数, 全年执行数)
    src = [("其中：中央补助资金", 800.00, 800.00, 768.30),
           ("　　　省级补助资金", 420.00, 560.00, 495.72),
           ("　　　县级财政资金", 600.00, 600.00,
            612.40)]  # PLANT SPENDING_OVER_BUDGET: 县级财政资金 执行 612.40 over its 全年预算 600.00 (102.07%)
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    assert (ia, aa, ea, rate) == (1820.00, 1960.00, 1876.42, 95.74), (ia, aa, ea, rate)
    src_rates = [pct(x[3], x[2]) for x in src]
    assert src_rates == [96.04, 88.52, 102.07], src_rates
    no_half(rate / 10, "fund score")
    fs = r2(rate / 10)
    assert fs == 9.57
    consult = 4  # PLANT RULE_SCORE: 县域医共体远程会诊 2160 of ≥2400例, the proportion rule gives 5 × 2160 ÷ 2400 = 4.5
    # the row corrected after export by the 卫健局's reviewer with a PDF editor: the printed (exported) actual and score
    # under white-out squares, the corrected ones typed over them (the annotations are what a reader sees)
    stay_old, stay_new = ("8.4天", 5), ("8.7天", P(8.5, 8.7, 5))
    assert stay_new[1] == 4.89  # ≤ target missed: 年度指标值 ÷ 实际完成值 × 分值 = 5 × 8.5 ÷ 8.7 = 4.885
    # (一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因) — as a reader sees them (corrections applied)
    ind = [("产出指标", "数量指标", "重点专科建设", "≥3个", "3个", 5, 5, ""),
           ("产出指标", "数量指标", "购置更新医疗设备", "≥46台（套）", "48台（套）", 5, 5, ""),
           ("产出指标", "数量指标", "开展新技术新项目", "≥12项", "13项", 5, 5, ""),
           ("产出指标", "数量指标", "医务人员进修培训", "≥150人次", "138人次", 5, P(138, 150, 5),
            "12名医师因疫情后门诊量回升推迟至2025年上半年进修；按完成比例计分"),
           ("产出指标", "数量指标", "县域医共体远程会诊", "≥2400例", "2160例", 5, consult,
            "部分乡镇卫生院远程会诊设备2024年9月才安装到位，会诊量低于预期"),
           ("产出指标", "质量指标", "设备验收合格率", "100%", "100%", 5, 5, ""),
           ("产出指标", "质量指标", "三四级手术占比", "≥45%", "47.2%", 5, 5, ""),
           ("产出指标", "质量指标", "医院感染发生率", "≤3%", "1.8%", 5, 5, ""),
           ("产出指标", "时效指标", "设备采购到位及时率", "≥95%", "96.4%", 4, 4, ""),
           ("产出指标", "成本指标", "设备采购资金节约率", "≥3%", "4.6%", 4, 4, ""),
           ("效益指标", "社会效益指标", "县域内住院率", "≥90%", "91.6%", 6, 6, ""),
           ("效益指标", "社会效益指标", "平均住院日", "≤8.5天", stay_new[0], 5, stay_new[1], ""),
           ("效益指标", "社会效益指标", "危急重症抢救成功率", "≥95%", "96.7%", 6, 6, ""),
           ("效益指标", "社会效益指标", "县外转诊率", "≤10%", "8.6%", 5, 5, ""),
           ("效益指标", "经济效益指标", "医疗服务收入占医疗收入比例", "≥35%", "37.4%", 5, 5, ""),
           ("效益指标", "可持续影响指标", "人才梯队建设机制", "健全", "基本健全", 5, 4,
            "高层次学科带头人引进不足，2025年落实人才引进补贴"),
           ("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%", "93.2%", 10, 10, "")]
    assert P(138, 150, 5) == 4.6 and P(2160, 2400, 5) == 4.5
    assert len(ind) == 17 and s2(ind, 5) == 90
    printed = [x if x[2] != "平均住院日" else x[:4] + (stay_old[0], x[5], stay_old[1], x[7]) for x in ind]
    # PLANT TOTAL_VS_ROWS: the exported 总分 adds the old 5; the typewriter changed the row only
    total = r2(fs + s2(printed, 6))
    rows_total = r2(fs + s2(ind, 6))
    assert (total, rows_total) == (97.17, 97.06), (total, rows_total)
    fund = (None, None, "年度资金总额", None, f"{rate:.2f}%", 10, fs, "")
    g = with_project(gold(None, dept, 2024, "COUNTY", "湖北省", "SELF_EVALUATION", None, total, 100, grade(total),
                          budget(ia, aa, ea, rate), [], grows([fund] + ind)), project, unit)
    plan = ("建成心血管内科、呼吸与危重症医学科、骨科3个县级重点专科；购置更新CT、彩超、内镜等医疗设备46台（套）以上，开展新技术新项目"
            "12项以上；县域内住院率达到90%以上，危急重症抢救成功率95%以上，患者满意度90%以上。")
    done = ("3个重点专科通过市级评审；购置更新医疗设备48台（套），全部验收合格并投入使用；开展新技术新项目13项，县域医共体远程会诊2160例；"
            "县域内住院率91.6%，危急重症抢救成功率96.7%，县外转诊率降至8.6%，患者满意度93.2%。")
    note = ("平均住院日以病案首页统计年报为准，为8.7天，未达到≤8.5天的目标，按评分规则应得4.89分；原填8.4天、5分有误，已直接更正。")
    meta = dict(dept=dept, unit=unit, project=project, src=src, src_rates=src_rates, ia=ia, aa=aa, ea=ea, rate=rate,
                fs=fs, ind=ind, printed=printed, total=total, plan=plan, done=done, note=note,
                date_old="2025年4月3日", date_new="2025年4月8日")
    fnd = [F("TOTAL_VS_ROWS", "总分",
             f"总分 | 100 | {fmt(total)} | 自评等级：{grade(total)} / 平均住院日 | ≤8.5天 | {stay_new[0]} | 5 | "
             f"{fmt(stay_new[1])} (typewriter corrections)", fmt(total), fmt(rows_total), "HIGH", "ERROR",
             f"the form as it reads: the fund line {fmt(fs)} + the 17 rows = {fmt(rows_total)}, but the 总分 prints "
             f"{fmt(total)}; the 平均住院日 row was corrected after export with the PDF editor's white-out and typewriter "
             f"(8.4天 and 5 covered, 8.7天 and {fmt(stay_new[1])} typed over them), and the 总分 was left as exported, "
             "adding the old 5; one slip; 优 either way"),
           F("RULE_SCORE", "县域医共体远程会诊",
             f"县域医共体远程会诊 | ≥2400例 | 2160例 | 5 | {consult} / 说明：…未达到的按“实际完成值÷年度指标值×分值”计分",
             str(consult), "4.5", "HIGH", "ERROR",
             "the 说明's proportion rule gives 5 × 2160 ÷ 2400 = 4.5 (90% of the target); the row scores 4 with a reason "
             "that explains the shortfall but not a further deduction; the other missed row (医务人员进修培训 138 of 150: "
             "4.6) and the typewriter-corrected 平均住院日 (5 × 8.5 ÷ 8.7 = 4.89) follow the rules"),
           F("SPENDING_OVER_BUDGET", "其中：县级财政资金 全年执行数",
             f"县级财政资金 | {mc(src[2][1])} | {mc(src[2][2])} | {mc(src[2][3])} | — | {src_rates[2]:.2f}% | —",
             mc(src[2][3]), f"≤ {mc(src[2][2])}", "HIGH", "WARNING",
             f"the 县级财政资金 line spends {mc(src[2][3])}万元 against a 全年预算 of {mc(src[2][2])}万元 ({src_rates[2]:.2f}%, "
             "printed right): 12.40万元 over its budget with no 追加 and no explanation, while the 省级 line is under-spent; "
             f"the 年度资金总额 ({mc(ea)} of {mc(aa)}, {rate:.2f}%) is within budget")]
    return {"stem": "h345_xishui_yiyuan", "format": "pdf", "draw": draw345, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the form was corrected AFTER export with a PDF editor: three WHITE-OUT Square annotations (white "
                      "fill, white border) cover the printed 平均住院日 实际完成值 “8.4天”, its 得分 “5” and the 填报日期 "
                      "“2025年4月3日”, and three FreeText TYPEWRITER annotations on top of them read “8.7天”, “4.89” and "
                      "“2025年4月8日”; the page content still holds the old figures under the white-outs (a reader of the "
                      "content stream gets 8.4天 and 5; poppler's pdftotext, which also draws the annotations' appearance "
                      "streams, gets the old and the new figures both): what the page shows is the corrected form",
                      "a Text annotation (sticky note, with its Popup) by the reviewer explains the correction; its text "
                      "(“原填8.4天、5分有误”) is a comment, not report content, and its figures are not the report's",
                      "the covered figures agree with the printed 总分 (97.17 = 9.57 + the rows with the old 5): the 总分 is "
                      "what the correction left behind (the TOTAL_VS_ROWS finding), not a second figure to reconcile",
                      f"funds: the three sources add up in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {rate:.2f}%, "
                      "中央 96.04%, 省级 88.52% and 县级 102.07% right on their figures (the 102.07% is arithmetic, the "
                      "overspend is the finding); 年初 < 全年 (省级 追加 140.00); 年度资金总额 95.74% × 10 = 9.574 → 9.57",
                      "医务人员进修培训 5 × 138 ÷ 150 = 4.6 (proportion rule, with a reason); 平均住院日 8.7 vs ≤8.5天: "
                      "5 × 8.5 ÷ 8.7 = 4.89 (the 说明's rule for a missed ceiling); 重点专科建设 3 vs ≥3个 (met exactly); "
                      "医院感染发生率 1.8% vs ≤3% and 县外转诊率 8.6% vs ≤10% (ceilings, met); 人才梯队建设机制 −1 with a "
                      "reason (judgement)"]}


def l345_rows(M):
    """the page's grids as (cols, rows): rows = [[(col, colspan, text, align, bold)]], rowspans separately"""
    fund_head = [(0, 1, "项目资金（万元）", "c", True)] + [(1 + k, 1, h, "c", True) for k, h in
                                                        enumerate(["年初预算数", "全年预算数", "全年执行数", "分值",
                                                                   "执行率", "得分"])]
    fund = [fund_head, [(0, 1, "年度资金总额", "l", False), (1, 1, mc(M["ia"]), "r", False),
                        (2, 1, mc(M["aa"]), "r", False), (3, 1, mc(M["ea"]), "r", False), (4, 1, "10", "c", False),
                        (5, 1, f"{M['rate']:.2f}%", "c", False), (6, 1, fmt(M["fs"]), "c", False)]]
    for (lab, a, b, e), rt in zip(M["src"], M["src_rates"]):
        fund.append([(0, 1, lab, "l", False), (1, 1, mc(a), "r", False), (2, 1, mc(b), "r", False),
                     (3, 1, mc(e), "r", False), (4, 1, "—", "c", False), (5, 1, f"{rt:.2f}%", "c", False),
                     (6, 1, "—", "c", False)])
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    ind = [[(k, 1, h, "c", True) for k, h in enumerate(heads)]]
    for x in M["printed"]:
        ind.append([(2, 1, x[2], "l", False), (3, 1, x[3], "c", False), (4, 1, x[4], "c", False),
                    (5, 1, fmt(x[5]), "c", False), (6, 1, fmt(x[6]), "c", False), (7, 1, x[7], "l", False)])
    ind.append([(0, 5, "总分", "c", True), (5, 1, "100", "c", True), (6, 1, fmt(M["total"]), "c", True),
                (7, 1, f"自评等级：{grade(M['total'])}", "c", True)])
    return fund, ind


def grid_heights(cols, rows, size, lh, minh=17):
    from reports32 import wrap
    out = []
    for ln in rows:
        n = 1
        for k, cs, v, _, _ in ln:
            if v:
                n = max(n, len(wrap(v, sum(cols[k:k + cs]) - 5, size)))
        out.append(max(minh, n * lh + 6))
    return out


def draw345(rep, path):
    from reportlab.lib.pagesizes import A4
    from reports32 import FONT, new_canvas, wrap
    from reports41 import form_grid
    M = rep["meta"]
    W, Hh = A4
    c = new_canvas(path, A4)
    c.setTitle("项目支出绩效自评表")
    fc, ic, size, lh = L345["fund"], L345["ind"], L345["size"], L345["lh"]
    assert sum(fc) == sum(ic) == 523
    x0 = (W - 523) / 2
    xr = x0 + 523
    y = Hh - 50
    c.setFont(FONT, 16)
    c.drawCentredString(W / 2, y, "项目支出绩效自评表")
    c.drawCentredString(W / 2 + 0.4, y, "项目支出绩效自评表")
    y -= 19
    c.setFont(FONT, 10.5)
    c.drawCentredString(W / 2, y, "（2024年度）")
    y -= 17
    c.setFont(FONT, 9.5)
    c.drawString(x0, y, f"填报单位（盖章）：{M['unit']}")
    c.drawRightString(xr, y, "金额单位：万元")
    y -= 6
    # head: 项目名称 / 主管部门 | 实施单位
    hc = [112, 411]
    spec = [(0, 0, 1, 1, "项目名称", "c", True, None), (0, 1, 1, 1, M["project"], "l", False, None)]
    y, _ = form_grid(c, x0, y, hc, [18], spec, size=size, lh=lh)
    hc2 = [112, 170, 71, 170]
    spec = [(0, 0, 1, 1, "主管部门", "c", True, None), (0, 1, 1, 1, M["dept"], "l", False, None),
            (0, 2, 1, 1, "实施单位", "c", True, None), (0, 3, 1, 1, M["unit"], "l", False, None)]
    y, _ = form_grid(c, x0, y, hc2, [18], spec, size=size, lh=lh)
    fund, ind = l345_rows(M)
    fh = grid_heights(fc, fund, size, lh)
    spec = [(i, k, 1, cs, v, al, b, None) for i, ln in enumerate(fund) for k, cs, v, al, b in ln]
    y, _ = form_grid(c, x0, y, fc, fh, spec, size=size, lh=lh)
    gc = [52, 60, 411]
    goal = [[(1, 1, "预期目标", "c", True), (2, 1, M["plan"], "l", False)],
            [(1, 1, "实际完成情况", "c", True), (2, 1, M["done"], "l", False)]]
    gh = grid_heights(gc, goal, size, lh)
    spec = [(0, 0, 2, 1, "年度总体目标", "c", True, None)]
    spec += [(i, k, 1, cs, v, al, b, None) for i, ln in enumerate(goal) for k, cs, v, al, b in ln]
    y, _ = form_grid(c, x0, y, gc, gh, spec, size=size, lh=lh)
    ih = grid_heights(ic, ind, size, lh)
    ytop = y
    spec = [(i, k, 1, cs, v, al, b, None) for i, ln in enumerate(ind) for k, cs, v, al, b in ln]
    body = M["printed"]
    for col in (0, 1):
        for a, b in spans(body, col):
            spec.append((1 + a, col, b - a + 1, 1, body[a][col], "c", False, None))
    y, _ = form_grid(c, x0, y, ic, ih, spec, size=size, lh=lh)
    # the cells the reviewer corrected: 平均住院日's 实际完成值 and 得分
    k = next(i for i, x in enumerate(body) if x[2] == "平均住院日")
    ys = [ytop - sum(ih[:j]) for j in range(len(ih) + 1)]
    xs = [x0 + sum(ic[:j]) for j in range(len(ic) + 1)]
    cell = lambda r, col: (xs[col], ys[r + 1], xs[col + 1], ys[r])  # noqa: E731
    fixes = [(cell(1 + k, 4), M["ind"][k][4]), (cell(1 + k, 6), fmt(M["ind"][k][6]))]
    y -= 14
    note = ("说明：1.年度资金总额得分＝执行率×分值；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”计分，"
            "反向指标（“≤”）不超过指标值的得满分，超过的按“年度指标值÷实际完成值×分值”计分；3.定性指标根据完成情况酌情扣分；4."
            + BANDS)
    c.setFont(FONT, 8.5)
    for ln in wrap(note, 523, 8.5):
        c.drawString(x0, y, ln)
        y -= 12
    y -= 8
    c.setFont(FONT, 9.5)
    lead = "填报人：汪晓红　　审核人：蔡文斌　　联系电话：0713-4221307　　填报日期："
    c.drawString(x0, y, lead)
    from reportlab.pdfbase.pdfmetrics import stringWidth
    dx = x0 + stringWidth(lead, FONT, 9.5) + 4  # the date a field of its own after the label
    c.drawString(dx, y, M["date_old"])
    fixes.append(((dx - 1, y - 3, dx + stringWidth(M["date_old"], FONT, 9.5) + 2, y + 10), M["date_new"]))
    assert y > 40, y
    c.showPage()
    c.save()
    annotate345(path, fixes, M["note"], (xr + 4, ys[1 + k] - 20, xr + 22, ys[1 + k] - 2))


def annotate345(path, fixes, note, note_rect):
    """the reviewer's edits as a PDF editor saves them: for every fix a white-out Square annotation over the printed
    text and a FreeText typewriter annotation with the new text on top (both with appearance streams, print flag set);
    one Text annotation (sticky note) with its Popup. Saved with a static ID."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reports32 import FONT
    pdf = pikepdf.open(path)
    pg = pdf.pages[0]
    font = next(f for _, f in pg.Resources.Font.items() if str(f.get("/BaseFont")) == "/STSong-Light")
    when = String("D:20250408101526+08'00'")
    who = String("浠水县卫生健康局 规划财务股 蔡文斌")
    annots = []

    def form(ops, w, h, res=None):
        s = pikepdf.Stream(pdf, ("\n".join(ops) + "\n").encode("ascii"))
        s.Type, s.Subtype, s.FormType = Name.XObject, Name.Form, 1
        s.BBox = Array([0, 0, w, h])
        if res is not None:
            s.Resources = res
        return s
    size = 9
    for n, ((x0, y0, x1, y1), text) in enumerate(fixes, 1):
        x0, y0, x1, y1 = (round(v + d, 2) for v, d in zip((x0, y0, x1, y1), (1.0, 1.0, -1.0, -1.0)))
        w, h = round(x1 - x0, 2), round(y1 - y0, 2)
        sq = Dictionary(Type=Name.Annot, Subtype=Name.Square, Rect=Array([x0, y0, x1, y1]), F=4, P=pg.obj,
                        C=Array([1, 1, 1]), IC=Array([1, 1, 1]), BS=Dictionary(W=0), CA=1, T=who,
                        Subj=String("矩形"), NM=String(f"4b1c9e0a-58f3-4d7e-9a21-0000000000{n:02d}"), M=when,
                        CreationDate=when,
                        AP=Dictionary(N=form(["1 g", f"0 0 {w:.2f} {h:.2f} re f"], w, h)))
        annots.append(pdf.make_indirect(sq))
        tw = stringWidth(text, FONT, size)
        tx, ty = round((w - tw) / 2, 2), round((h - size) / 2 + 1.5, 2)
        ops = ["/Tx BMC", "q", "BT", f"/STSong {size} Tf", "0 g",
               f"1 0 0 1 {tx:.2f} {ty:.2f} Tm <{text.encode('utf-16-be').hex().upper()}> Tj", "ET", "Q", "EMC"]
        ft = Dictionary(Type=Name.Annot, Subtype=Name.FreeText, IT=Name.FreeTextTypewriter,
                        Rect=Array([x0, y0, x1, y1]), F=4, P=pg.obj, Contents=String(text),
                        DA=String(f"0 g /STSong {size} Tf"), DS=String(f"font: STSong-Light {size}pt; color:#000000"),
                        Q=1, BS=Dictionary(W=0), T=who, Subj=String("打字机"),
                        NM=String(f"9d27f3b6-1e44-4c0b-8f5a-0000000001{n:02d}"), M=when, CreationDate=when,
                        AP=Dictionary(N=form(ops, w, h, Dictionary(Font=Dictionary(STSong=font)))))
        annots.append(pdf.make_indirect(ft))
    nx0, ny0, nx1, ny1 = note_rect
    icon = form(["1 0.82 0.1 rg", "0.4 0.3 0 RG", "0.6 w", f"0.3 0.3 {nx1 - nx0 - 0.6:.2f} {ny1 - ny0 - 0.6:.2f} re B",
                 "0.4 0.3 0 RG", "3 11 m 15 11 l S", "3 8 m 15 8 l S", "3 5 m 11 5 l S"], round(nx1 - nx0, 2),
                round(ny1 - ny0, 2))
    txt = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Text, Name=Name.Comment,
                                       Rect=Array([nx0, ny0, nx1, ny1]), F=28, P=pg.obj, Contents=String(note), T=who,
                                       Subj=String("附注"), NM=String("c3f0a7d2-6b19-4e85-b7c4-000000000201"),
                                       M=when, CreationDate=when, C=Array([1, 0.82, 0.1]), Open=False,
                                       AP=Dictionary(N=icon)))
    pop = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Popup,
                                       Rect=Array([round(nx0 - 184, 2), round(ny0 - 80, 2), round(nx0 - 4, 2), ny1]),
                                       F=28, Parent=txt, Open=False))
    txt.Popup = pop
    annots += [txt, pop]
    pg.Annots = Array(annots)
    info = pdf.docinfo
    for key in list(info.keys()):
        del info[key]
    info.Title = String("项目支出绩效自评表")
    info.Creator = String("WPS 表格")
    info.Producer = String("Foxit PhantomPDF Printer Version 10.1.0.37527")
    info.CreationDate = String("D:20250403163012+08'00'")
    info.ModDate = when
    tmp = path + ".tmp"
    pdf.save(tmp, static_id=True)
    pdf.close()
    os.replace(tmp, path)


ALL.append(h345())


# ============================================================ h346 会同县林业局 / 会同县国有林场 (XLSX, revisions in FORMATTING)

RED = "FFFF0000"


def h346():
    dept = "会同县林业局"
    unit = "会同县国有林场"
    project = "2024年会同县国有林场森林抚育及防火能力提升项目"
    # (来源, 年初预算数, 全年预算数, 全年执行数 as returned, 全年执行数 as first filed or None)
    src = [("其中：中央财政资金", 620.00, 640.00, 598.76, 612.40),
           ("　　　省级财政资金", 300.00, 300.00, 291.50, None),
           ("　　　县级财政资金", 80.00, 100.00, 86.20, None)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    ea_old = r2(sum(x[4] or x[3] for x in src))
    rate, rate_old = pct(ea, aa), pct(ea_old, aa)
    assert (ia, aa, ea, ea_old, rate, rate_old) == (1000.00, 1040.00, 976.46, 990.10, 93.89, 95.20)
    src_rates = [pct(x[3], x[2]) for x in src]
    src_rates_old = [pct(x[4], x[2]) if x[4] else None for x in src]
    assert src_rates == [93.56, 97.17, 86.20] and src_rates_old[0] == 95.69, (src_rates, src_rates_old)
    no_half(rate / 10, "fund score")
    fs, fs_old = r2(rate / 10), r2(rate_old / 10)
    assert (fs, fs_old) == (9.39, 9.52)
    fs_printed = fs_old  # PLANT BUDGET_ROW_SCORE: the reviewer cut 执行数 and 执行率 (red) but left the 得分 9.52 (95.20% × 10)
    # (一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因) as returned (the revisions accepted); REV gives
    # the struck-through first-filed value of a revised cell: {三级: {column: old}}
    ind = [("产出指标", "数量指标", "森林抚育面积", "≥2.5万亩", "2.56万亩", 6,
            8, ""),  # PLANT ROW_SCORE_OVER_WEIGHT: 分值 revised 8 → 6, the 得分 8 left: 8 of 6
           ("产出指标", "数量指标", "防火隔离带建设", "≥36公里", "38.5公里", 8, 8, ""),
           ("产出指标", "数量指标", "森林防火视频监控点", "≥24个", "22个", 5, P(22, 24, 5),
            "2个监控点因供电线路未接通，年底未投入使用；按完成比例计分"),
           ("产出指标", "数量指标", "林区防火道路维修", "≥18公里", "18公里", 5, 5, ""),
           ("产出指标", "数量指标", "专业扑火队伍培训", "≥240人次", "256人次", 4, 4, ""),
           ("产出指标", "质量指标", "抚育作业质量合格率", "≥95%", "97.3%", 6, 6, ""),
           ("产出指标", "质量指标", "造林苗木合格率", "100%", "100%", 4, 4, ""),
           ("产出指标", "时效指标", "抚育任务完成及时率", "100%", "100%", 4, 4, ""),
           ("产出指标", "成本指标", "亩均抚育成本", "≤260元/亩", "248元/亩", 4, 4, ""),
           ("效益指标", "生态效益指标", "森林覆盖率", "≥70.5%", "70.86%", 6, 6, ""),
           ("效益指标", "生态效益指标", "森林火灾受害率", "≤0.9‰", "0.12‰", 5, 5, ""),
           ("效益指标", "生态效益指标", "林业有害生物成灾率", "≤3‰", "1.6‰", 5, 5, ""),
           ("效益指标", "社会效益指标", "护林员巡护覆盖率", "100%", "100%", 7,
            4, ""),  # PLANT TARGET_MET_POINTS_LOST: 分值 revised 4 → 7, the 得分 4 left: met, 4 of 7
           ("效益指标", "社会效益指标", "带动周边农户务工", "≥300人次", "318人次", 6, 6, ""),
           ("效益指标", "可持续影响指标", "森林资源管护长效机制", "健全", "基本健全", 5, 4,
            "部分管护站点人员不足，巡护考核办法有待细化"),
           ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "94.1%", 10, 10, "")]
    REV = {"森林抚育面积": {5: 8}, "防火隔离带建设": {5: 5, 6: 5}, "森林防火视频监控点": {4: "24个", 6: 5, 7: ""},
           "护林员巡护覆盖率": {5: 4}}
    dropped = ("产出指标", "数量指标", "林下经济示范基地建设", "≥1个", "1个", 4, 4, "")  # struck through: deleted
    dropped_at = 5  # printed after 专业扑火队伍培训, inside 数量指标
    assert P(22, 24, 5) == 4.58
    assert len(ind) == 16 and s2(ind, 5) == 90
    first = []
    for x in ind:
        y = list(x)
        for k, v in REV.get(x[2], {}).items():
            y[k] = v
        first.append(tuple(y))
    first.insert(dropped_at, dropped)
    assert s2(first, 5) == 90  # the form as first filed: 17 rows, the same 90 points
    total = r2(fs_printed + s2(ind, 6))
    total_old = r2(fs_old + s2(first, 6))
    assert (total, total_old) == (97.1, 98.52), (total, total_old)
    fund = (None, None, "年度资金总额", None, f"{rate:.2f}%", 10, fs_printed, "")
    g = with_project(gold(None, dept, 2024, "COUNTY", "湖南省", "SELF_EVALUATION", None, total, 100, grade(total),
                          budget(ia, aa, ea, rate), [], grows([fund] + ind)), project, unit)
    plan = ("完成森林抚育2.5万亩以上，新建防火隔离带36公里以上，建设森林防火视频监控点24个，维修林区防火道路18公里，培训专业扑火队员"
            "240人次以上；森林覆盖率保持在70.5%以上，森林火灾受害率控制在0.9‰以内，护林员巡护全覆盖，周边群众满意度90%以上。")
    # the goals' 实际完成情况 as returned: (text, mark) runs, mark '' plain, 'del' struck (deleted), 'new' red (inserted)
    done = [("完成森林抚育2.56万亩，新建防火隔离带38.5公里，建成森林防火视频监控点", ""), ("24", "del"), ("22", "new"),
            ("个，维修林区防火道路18公里，培训专业扑火队员256人次", ""), ("，建成林下经济示范基地1个", "del"),
            ("；森林覆盖率70.86%，全年森林火灾受害率0.12‰，护林员巡护覆盖率100%，带动周边农户务工318人次，周边群众满意度"
             "94.1%。", "")]
    review = ("审核意见（会同县财政局绩效评价股，2025年4月11日）：1.中央财政资金执行数中13.64万元为预付工程款，未形成实际支出，"
              "予以调减；2.“林下经济示范基地建设”不属于本项目资金支出内容，予以删除，其分值4分及“森林抚育面积”调减的2分，分别调增至"
              "“防火隔离带建设”（+3分）和“护林员巡护覆盖率”（+3分）；3.森林防火视频监控点以实际投入使用数量为准。")
    meta = dict(dept=dept, unit=unit, project=project, src=src, src_rates=src_rates, src_rates_old=src_rates_old,
                ia=ia, aa=aa, ea=ea, ea_old=ea_old, rate=rate, rate_old=rate_old, fs_printed=fs_printed, ind=ind,
                REV=REV, dropped=dropped, dropped_at=dropped_at, total=total, total_old=total_old, plan=plan,
                done=done, review=review)
    fnd = [F("BUDGET_ROW_SCORE", "年度资金总额",
             f"年度资金总额 | {mc(ia)} | {mc(aa)} | {mc(ea)} | 10 | {rate:.2f}% | {fmt(fs_printed)} (执行数 and 执行率 revised "
             f"from {mc(ea_old)} and {rate_old:.2f}%)", fmt(fs_printed), fmt(fs), "HIGH", "ERROR",
             f"the returned form cuts the 全年执行数 to {mc(ea)} and the 执行率 to {rate:.2f}% (red, the first-filed "
             f"{mc(ea_old)} and {rate_old:.2f}% struck through), but the fund line's 得分 still prints {fmt(fs_printed)}, "
             f"which is the struck {rate_old:.2f}% × 10; on the 说明's rule {rate:.2f}% × 10 = 9.389 → {fmt(fs)}; the revised "
             f"总分 {fmt(total)} adds the stale {fmt(fs_printed)}"),
           F("ROW_SCORE_OVER_WEIGHT", "森林抚育面积",
             "森林抚育面积 | ≥2.5万亩 | 2.56万亩 | 6 | 8 (分值 revised from 8)", "8", "≤ 6", "HIGH", "ERROR",
             "the review cut this row's 分值 from 8 to 6 (red, the 8 struck through; 审核意见 2) but left its 得分 at 8: a "
             "row cannot score above its 分值; the target is met, so the row should score its full 6 and the 总分 falls "
             "by 2"),
           F("TARGET_MET_POINTS_LOST", "护林员巡护覆盖率",
             "护林员巡护覆盖率 | 100% | 100% | 7 | 4 (分值 revised from 4)", "4", "7", "HIGH", "WARNING",
             "the review raised this row's 分值 from 4 to 7 (red, the 4 struck through; 审核意见 2: +3分) but left its 得分 "
             "at 4; the target 100% is met exactly and there is no 偏差原因, so the row should score its full 7; the "
             "same review updated 防火隔离带建设 (分值 and 得分 5 → 8) consistently")]
    return {"stem": "h346_huitong_linchang", "format": "xlsx", "write": write346, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the form was RETURNED WITH REVISIONS MARKED BY FORMATTING (the legend under the table says so: red "
                      "is the review's text, struck-through text is deleted): rich-text cells hold the first-filed figure "
                      "STRUCK THROUGH and the revised one in red (“612.40” struck + “598.76”, “24个” struck + “22个”, "
                      "“98.52” struck + “97.1”); the report is the form with the revisions ACCEPTED: a struck figure is "
                      "not the report's, and a cell holding two figures is not a range or a pair",
                      "the row 林下经济示范基地建设 (≥1个 | 1个 | 4 | 4) is struck through in every cell: deleted by the "
                      "review (审核意见 2), not an indicator; with it gone the 分值 still add to 90 + 10 = 100 (its 4 and "
                      "森林抚育面积's 2 moved to 防火隔离带建设 and 护林员巡护覆盖率)",
                      "the struck first-filed figures are consistent among themselves (990.10 ÷ 1,040.00 = 95.20%, × 10 "
                      "= 9.52; the first 总分 98.52 = 9.52 + the 17 first-filed rows): they are history, not a second set "
                      "of figures to reconcile; the red 总分 97.1 adds the rows as returned (the stale 9.52, 8 and 4 "
                      "included)",
                      f"funds as returned: the three sources add up in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); "
                      f"{rate:.2f}%, 中央 93.56%, 省级 97.17%, 县级 86.20% right; all under budget; 年初 < 全年 (中央 and "
                      "县级 追加)",
                      "森林防火视频监控点 revised to 22个 with its 得分 revised by the proportion rule (5 × 22 ÷ 24 = 4.58) "
                      "and a red 偏差原因; 防火隔离带建设 分值 and 得分 both revised 5 → 8 (met); 林区防火道路维修 18 vs "
                      "≥18公里 (met exactly); 护林员巡护覆盖率 and 造林苗木合格率 100% vs 100% (met exactly); 亩均抚育成本 "
                      "248 vs ≤260元/亩, 森林火灾受害率 0.12‰ vs ≤0.9‰ and 林业有害生物成灾率 1.6‰ vs ≤3‰ (ceilings, met; "
                      "‰ is per mille); 森林资源管护长效机制 −1 with a reason (judgement)",
                      "the 审核意见 paragraph (the finance bureau's, in red) explains the revisions; its figures (13.64万元, "
                      "+3分) are the review's, consistent with the form, and not indicators"]}


def write346(rep, path):
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
    red10 = Font(name="宋体", size=10, color=RED)
    del10 = Font(name="宋体", size=10, color=RED, strike=True)
    for k, wd in enumerate((12, 16, 26, 13, 14, 10, 10, 17, 17)):
        ws.column_dimensions[chr(65 + k)].width = wd
    rich = {}  # placeholder → [(text, mark)]

    def richv(parts):
        key = f"@@R{len(rich) + 1:02d}@@"
        rich[key] = parts
        return key

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

    def rev(old, new):
        """a revised cell: the old text struck through, then a space and the new one in red (an empty old: only the
        red new text)"""
        return richv([(old, "del"), (" " + new, "new")] if old != "" else [(new, "new")])

    put(1, 1, "项目支出绩效自评表", Font(name="宋体", size=16, bold=True), border=False)
    ws.merge_cells("A1:I1")
    ws.row_dimensions[1].height = 28
    put(2, 1, "（2024年度）", border=False)
    ws.merge_cells("A2:I2")
    put(3, 1, f"填报单位（盖章）：{M['unit']}", h="left", border=False)
    ws.merge_cells("A3:E3")
    put(3, 7, "金额单位：万元", h="right", border=False)
    ws.merge_cells("G3:I3")
    put(4, 1, "项目名称", f10b)
    merge(4, 1, 4, 2)
    put(4, 3, M["project"], h="left")
    merge(4, 3, 4, 9)
    put(5, 1, "主管部门", f10b)
    merge(5, 1, 5, 2)
    put(5, 3, M["dept"], h="left")
    merge(5, 3, 5, 4)
    put(5, 5, "实施单位", f10b)
    merge(5, 5, 5, 6)
    put(5, 7, M["unit"], h="left")
    merge(5, 7, 5, 9)
    for c1, c2, h in ((1, 3, "项目资金（万元）"), (4, 4, "年初预算数"), (5, 5, "全年预算数"), (6, 6, "全年执行数"),
                      (7, 7, "分值"), (8, 8, "执行率"), (9, 9, "得分")):
        put(6, c1, h, f10b, fill=grey)
        if c2 > c1:
            merge(6, c1, 6, c2)
    r = 7
    put(r, 1, "年度资金总额", h="left")
    merge(r, 1, r, 3)
    put(r, 4, M["ia"], h="right", fmt_="#,##0.00")
    put(r, 5, M["aa"], h="right", fmt_="#,##0.00")
    put(r, 6, rev(mc(M["ea_old"]), mc(M["ea"])), h="right")
    put(r, 7, 10)
    put(r, 8, rev(f"{M['rate_old']:.2f}%", f"{M['rate']:.2f}%"))
    put(r, 9, M["fs_printed"])
    for (lab, a, b_, e_, old), rt, rto in zip(M["src"], M["src_rates"], M["src_rates_old"]):
        r += 1
        put(r, 1, lab, h="left")
        merge(r, 1, r, 3)
        put(r, 4, a, h="right", fmt_="#,##0.00")
        put(r, 5, b_, h="right", fmt_="#,##0.00")
        if old is None:
            put(r, 6, e_, h="right", fmt_="#,##0.00")
            put(r, 8, round(rt / 100, 4), fmt_="0.00%")
        else:
            put(r, 6, rev(mc(old), mc(e_)), h="right")
            put(r, 8, rev(f"{rto:.2f}%", f"{rt:.2f}%"))
        put(r, 7, "—")
        put(r, 9, "—")
    r += 1
    put(r, 1, "年度总体目标", f10b)
    merge(r, 1, r + 1, 1)
    put(r, 2, "预期目标", f10b)
    put(r, 3, M["plan"], h="left")
    merge(r, 3, r, 9)
    put(r + 1, 2, "实际完成情况", f10b)
    put(r + 1, 3, richv(M["done"]), h="left")
    merge(r + 1, 3, r + 1, 9)
    ws.row_dimensions[r].height = ws.row_dimensions[r + 1].height = 46
    r += 2
    for k, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"], 1):
        put(r, k, h, f10b, fill=grey)
    put(r, 8, "偏差原因分析及改进措施", f10b, fill=grey)
    merge(r, 8, r, 9)
    h0 = r
    r += 1
    top = r
    ind = list(M["ind"])
    shown = ind[:M["dropped_at"]] + [M["dropped"]] + ind[M["dropped_at"]:]
    for x in shown:
        deleted = x is M["dropped"]
        rv = M["REV"].get(x[2], {})
        vals = [x[2], x[3], x[4], x[5], x[6], x[7]]
        for k, col in enumerate((3, 4, 5, 6, 7, 8)):
            v = vals[k]
            key = k + 2  # tuple index of the value
            if deleted:
                put(r, col, fmt(v) if k in (3, 4) else v, del10, h="left" if col in (3, 8) else "center")
            elif key in rv:
                old = rv[key]
                put(r, col, rev(fmt(old) if k in (3, 4) else old, fmt(v) if k in (3, 4) else v),
                    f9 if col == 8 else f10, h="left" if col in (3, 8) else "center")
            else:
                put(r, col, v, f9 if col == 8 else f10, h="left" if col in (3, 8) else "center")
        merge(r, 8, r, 9)
        ws.row_dimensions[r].height = 30 if x[7] or x[2] in M["REV"] else 18
        r += 1
    for col in (0, 1):
        for a, b in spans(shown, col):
            put(top + a, col + 1, shown[a][col])
            if b > a:
                merge(top + a, col + 1, top + b, col + 1)
    put(r, 1, "总分", f10b)
    merge(r, 1, r, 5)
    put(r, 6, 100, f10b)
    put(r, 7, rev(fmt(M["total_old"]), fmt(M["total"])), f10b)
    put(r, 8, f"自评等级：{grade(M['total'])}", f10b)
    merge(r, 8, r, 9)
    r += 2
    note = ("说明：1.年度资金总额得分＝执行率×分值；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”计分，"
            "反向指标（“≤”）不超过指标值的得满分；3.定性指标根据完成情况酌情扣分；4." + BANDS)
    put(r, 1, note, h="left", border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.row_dimensions[r].height = 40
    r += 1
    put(r, 1, "填报人：杨秀梅　　审核人：粟建国　　联系电话：0745-8621573　　填报日期：2025年4月2日", h="left", border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    r += 2
    put(r, 1, M["review"], red10, h="left", border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.row_dimensions[r].height = 54
    r += 1
    put(r, 1, "注：本表经会同县财政局绩效评价股审核，红色字体为审核修改内容，加删除线的为删除内容。", red10, h="left",
        border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.print_title_rows = f"{h0}:{h0}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    wb.save(path)
    rich_strings(path, rich)
    H.A.normalize_zip(path)


def rich_strings(path, rich):
    """replaces the placeholder strings (openpyxl 3.0 writes them inline, <is><t>…</t></is>) by rich-text inline
    strings: a 'del' run struck through in red, a 'new' run red, a '' run plain (宋体 10, a run's rPr in Excel's
    order: rFont, charset, family, strike, color, sz)"""
    import zipfile
    from xml.sax.saxutils import escape as xesc
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, data in items:
        if name == "xl/worksheets/sheet1.xml":
            s = data.decode("utf-8")
            for key, parts in rich.items():
                runs = []
                for text, mark in parts:
                    pr = '<rFont val="宋体"/><charset val="134"/><family val="3"/>'
                    if mark == "del":
                        pr += f'<strike/><color rgb="{RED}"/>'
                    elif mark == "new":
                        pr += f'<color rgb="{RED}"/>'
                    pr += '<sz val="10"/>'
                    sp_ = ' xml:space="preserve"' if text != text.strip() else ""
                    runs.append(f"<r><rPr>{pr}</rPr><t{sp_}>{xesc(text)}</t></r>")
                old = f"<is><t>{key}</t></is>"
                assert s.count(old) == 1, key
                s = s.replace(old, "<is>" + "".join(runs) + "</is>")
            data = s.encode("utf-8")
        out.append((name, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in out:
            z.writestr(name, data)


ALL.append(h346())


# ============================================================ h347 开平市文化广电旅游体育局 (HTML saved in the portal's 繁體 view)

# the site's 简/繁 switch converts the page body in the browser to Taiwan-standard traditional characters; the
# conversion here is OpenCC's s2tw for the text of this page, written out as a phrase list applied first (empty: no
# character of this page converts two ways) and a character table (S2T_FROM → S2T_TO); when the opencc command is
# installed (Debian package opencc), s2t()'s output is checked against `opencc -c s2tw` (it must be identical)
S2T_PHRASES = []
S2T_FROM = ("万与业东个为举乡书争产亿从价众优会传体余养内况划办务动协单发号后员响图场备实对将属布带广开当总托执护报据数无时术机权来标"
            "检楼沟测济游滞满电监码碍简粤级经结统绩续综缮网职艺见视计认训论设评识说调负财责质费赛转达过运进遗镇长门问际难页项预题额馆"
            "验")
S2T_TO = ("萬與業東個為舉鄉書爭產億從價眾優會傳體餘養內況劃辦務動協單發號後員響圖場備實對將屬佈帶廣開當總託執護報據數無時術機權來標"
          "檢樓溝測濟遊滯滿電監碼礙簡粵級經結統績續綜繕網職藝見視計認訓論設評識說調負財責質費賽轉達過運進遺鎮長門問際難頁項預題額館"
          "驗")


def s2t(s):
    for a, b in S2T_PHRASES:
        s = s.replace(a, b)
    return s.translate(str.maketrans(S2T_FROM, S2T_TO))


def opencc_check(simplified, converted):
    """the conversion must equal OpenCC s2tw's where the opencc command exists (Debian package opencc)"""
    try:
        out = subprocess.run(["opencc", "-c", "s2tw"], input=simplified, capture_output=True, text=True,
                             check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return
    assert out == converted, [(a, b) for a, b in zip(out, converted) if a != b][:20]


def h347():
    dept = "开平市文化广电旅游体育局"
    bb, bp = (1286.40, 1312.68, 1301.25), (2450.00, 2836.20, 2684.37)
    ia, aa, ea = (r2(bb[k] + bp[k]) for k in range(3))
    rate, rb, rp = pct(ea, aa), pct(bb[2], bb[1]), pct(bp[2], bp[1])
    assert (ia, aa, ea, rate, rb, rp) == (3736.40, 4148.88, 3985.62, 96.06, 99.13, 94.65), (ia, aa, ea, rate, rb, rp)
    no_half(6 * rate / 100, "预算执行率 6 × rate")
    es = r2(6 * rate / 100)
    carry = r2(100 - rate)
    assert (es, carry) == (5.76, 3.94)
    diaolou_score = 6  # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: 15座 planned, 一 and 五 say 13 done and 2 not started; full 6
    # (一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因) — simplified here, printed through s2t()
    ind = [("预算执行指标", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 6, es, "部分文物修缮工程尾款待竣工结算后支付"),
           ("预算执行指标", "预算执行", "结转结余率", "≤5%", f"{carry:.2f}%", 2, 2, ""),
           ("预算执行指标", "预算执行", "“三公”经费控制率", "≤100%", "78.6%", 2, 2, ""),
           ("产出指标", "数量指标", "开平碉楼与村落修缮保护", "修缮碉楼15座", "按计划完成", 6, diaolou_score, ""),
           ("产出指标", "数量指标", "公共文化惠民演出", "≥120场", "136场", 5, 5, ""),
           ("产出指标", "数量指标", "乡镇综合文化站提升改造", "≥6个", "6个", 5, 5, ""),
           ("产出指标", "数量指标", "文物安全巡查", "≥48次", "52次", 4, 4, ""),
           ("产出指标", "数量指标", "全民健身赛事活动", "≥30场", "32场", 4, 4, ""),
           ("产出指标", "数量指标", "非遗传承人培训", "≥200人次", "186人次", 4, P(186, 200, 4),
            "2期培训因场地改造延至2025年初举办，按完成比例计分"),
           ("产出指标", "数量指标", "旅游市场执法检查", "≥300家次", "300家次", 4, 4, ""),
           ("产出指标", "质量指标", "文物修缮工程验收合格率", "100%", "100%", 5, 5, ""),
           ("产出指标", "质量指标", "公共文化场馆免费开放率", "100%", "100%", 5, 5, ""),
           ("产出指标", "时效指标", "文化活动信息发布及时率", "≥95%", "98.2%", 4, 4, ""),
           ("产出指标", "成本指标", "单座碉楼平均修缮成本", "≤45万元", "42.6万元", 4, 4, ""),
           ("效益指标", "经济效益", "接待游客人次", "≥780万人次", "812.6万人次", 6, 6, ""),
           ("效益指标", "经济效益", "旅游总收入增长率", "≥8%", "9.3%", 5, 5, ""),
           ("效益指标", "社会效益", "公共图书馆年到馆人次", "≥45万人次", "47.8万人次", 5, 5, ""),
           ("效益指标", "社会效益", "文旅消费季带动消费额", "≥1.2亿元", "1.36亿元", 4, 4, ""),
           ("效益指标", "可持续影响", "世界文化遗产监测预警系统正常运行率", "≥98%", "99.1%", 5, 5, ""),
           ("效益指标", "可持续影响", "文物保护长效机制", "健全", "基本健全", 5, 4,
            "部分碉楼产权分散、业主旅居海外，日常管护责任难以落实"),
           ("满意度指标", "服务对象满意度", "游客满意度", "≥90%", "93.5%", 5, 5, ""),
           ("满意度指标", "服务对象满意度", "群众文化活动满意度", "≥90%", "94.2%", 5, 5, "")]
    assert P(186, 200, 4) == 3.72
    assert len(ind) == 22 and s2(ind, 5) == 100
    names = ["预算执行指标", "产出指标", "效益指标", "满意度指标"]
    sec = secs(ind, names)
    assert sec == [("预算执行指标", 10, 9.76), ("产出指标", 50, 49.72), ("效益指标", 30, 29), ("满意度指标", 10, 10)], sec
    total = s2(ind, 6)
    assert total == 98.48, total
    sec_printed = [list(x) for x in sec]
    sec_printed[1][2] = 49.27  # PLANT SECTION_VS_ROWS: 表3 产出指标 得分 49.27; its 11 rows add to 49.72
    rates = [f"{pct(s_, w):.2f}%" for _, w, s_ in sec_printed]
    assert rates == ["97.60%", "98.54%", "96.67%", "100.00%"], rates  # 产出's rate on its printed 49.27
    rates[2] = "96.76%"  # PLANT SCORE_RATE: 表3 效益指标 29 ÷ 30 = 96.67%, printed 96.76%
    tr = lambda x: s2t(x) if isinstance(x, str) else x  # noqa: E731
    shown = [tuple(tr(v) for v in x) for x in ind]
    g = gold(None, s2t(dept), 2024, "COUNTY", "广东省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ia, aa, ea, rate, bb[1], bb[2], bp[1], bp[2]), [(s2t(n), w, s_) for n, w, s_ in sec_printed],
             grows(shown))
    meta = dict(dept=dept, ind=ind, sec=sec_printed, rates=rates, total=total, ia=ia, aa=aa, ea=ea, rate=rate,
                bb=bb, bp=bp, bud=[("合计", ia, aa, ea, rate), ("其中：基本支出", *bb, rb), ("　　　项目支出", *bp, rp)])
    T = s2t
    fnd = [F("SECTION_VS_ROWS", T("产出指标"),
             T(f"表3 产出指标 | 50 | {fmt(sec_printed[1][2])} | {rates[1]}"), fmt(sec_printed[1][2]), "49.72", "HIGH",
             "ERROR",
             "表2's eleven 產出指標 rows score 6 + 5 + 5 + 4 + 4 + 3.72 + 4 + 5 + 5 + 4 + 4 = 49.72; 表3 prints 49.27 "
             f"(digits transposed) and its 得分率 {rates[1]} is worked out on the wrong figure; the 合計 {fmt(total)} (表2, "
             "表3 and 四) adds the rows, so 表3's four lines add to 98.03, not to its own 合計; one slip"),
           F("SCORE_RATE", T("表3 效益指标 得分率"), T(f"效益指标 | 30 | 29 | {rates[2]}"), rates[2], "96.67%", "HIGH",
             "ERROR",
             f"表3's 得分率 is 得分 ÷ 分值: 29 ÷ 30 = 96.67%, printed {rates[2]} (digits swapped); 預算執行指標 97.60% and "
             "滿意度指標 100.00% are right, and 產出指標's 98.54% is right on its (wrong) printed 49.27"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", T("开平碉楼与村落修缮保护"),
             T(f"开平碉楼与村落修缮保护 | 修缮碉楼15座 | 按计划完成 | 6 | {diaolou_score} / 一、…全年完成13座碉楼修缮，另有2座因"
               "产权人意见不统一，年底尚未开工 / 五、…二是2座碉楼修缮工程因产权人意见不统一，年底尚未开工"), str(diaolou_score), "< 6", "HIGH",
             "WARNING",
             "the target is 15 碉樓; the row reports “按計劃完成” and scores the full 6 with no 偏差原因, while 一 and 五 say "
             "13 were repaired and 2 had not been started at year end; 13 of 15 in proportion would give 6 × 13 ÷ 15 = "
             "5.2; how much to deduct is a call")]
    page = html347(meta)
    return {"stem": "h347_kaiping_wenlv", "format": "html", "html": page, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the page was SAVED IN THE PORTAL'S 繁體 VIEW: the site's 简/繁 switch (a script) converted the page "
                      "body to TRADITIONAL characters (部門整體支出績效自評報告, 產出指標, 預算執行率, 滿意度); they are the "
                      "same words as the simplified ones, and the figures, signs and units in Latin script are unchanged; "
                      "the page <title> and the CMS meta tags (ArticleTitle, ContentSource, description, keywords) were "
                      "not converted and stay simplified; the switch link itself reads “简体” (the way back)",
                      f"表1: 基本 + 项目 = 合计 in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {rate:.2f}%, {rb:.2f}% and "
                      f"{rp:.2f}% right; all under budget; 年初 < 全年 (追加)",
                      f"预算执行率 6 × {rate:.2f}% = 5.7636 → {fmt(es)} (执行率×分值, with a reason); 结转结余率 "
                      f"{carry:.2f}% (= 100% − the 执行率) vs ≤5% (a ceiling, met); 非遗传承人培训 4 × 186 ÷ 200 = 3.72 "
                      "(proportion rule, with a reason); 旅游市场执法检查 300 vs ≥300家次 and 乡镇综合文化站提升改造 6 vs "
                      "≥6个 (met exactly); 单座碉楼平均修缮成本 42.6 vs ≤45万元 and “三公”经费控制率 78.6% vs ≤100% "
                      "(ceilings, met; the 成本 is a unit cost, not a budget figure); 文物保护长效机制 −1 with a reason "
                      "(judgement)",
                      f"表3's 预算执行指标, 效益指标 and 满意度指标 得分 add their rows (9.76, 29, 10); 表2 合计 100 | "
                      f"{fmt(total)} = the 22 rows; 四 {fmt(total)} / 优"]}


def html347(M):
    """the page as the browser saved it after the 繁體 switch: <head> untouched (simplified), the body converted"""
    e = esc
    d = M["dept"]
    brows = []
    for k, (lab, a, b_, x, rt) in enumerate(M["bud"]):
        cls = ' class="hj"' if k == 0 else ""
        brows.append(f"<tr{cls}><td class=\"l\">{lab}</td><td class=\"r\">{mc(a)}</td><td class=\"r\">{mc(b_)}</td>"
                     f"<td class=\"r\">{mc(x)}</td><td>{rt:.2f}%</td></tr>")
    ind = M["ind"]
    trs = []
    s1 = {a: b_ - a + 1 for a, b_ in spans(ind, 0)}
    s2_ = {a: b_ - a + 1 for a, b_ in spans(ind, 1)}
    for i, x in enumerate(ind):
        cells = []
        if i in s1:
            cells.append(f"<td rowspan=\"{s1[i]}\">{e(x[0])}</td>" if s1[i] > 1 else f"<td>{e(x[0])}</td>")
        if i in s2_:
            cells.append(f"<td rowspan=\"{s2_[i]}\">{e(x[1])}</td>" if s2_[i] > 1 else f"<td>{e(x[1])}</td>")
        cells += [f"<td class=\"l\">{e(x[2])}</td>", f"<td>{e(x[3])}</td>", f"<td>{e(x[4])}</td>",
                  f"<td>{fmt(x[5])}</td>", f"<td>{fmt(x[6])}</td>", f"<td class=\"l\">{e(x[7])}</td>"]
        trs.append("<tr>" + "".join(cells) + "</tr>")
    trs.append(f"<tr class=\"hj\"><td colspan=\"5\">合计</td><td>100</td><td>{fmt(M['total'])}</td>"
               f"<td>自评等级：{grade(M['total'])}</td></tr>")
    t3 = [f"<tr><td>{n}</td><td>{fmt(w)}</td><td>{fmt(s_)}</td><td>{rt}</td></tr>"
          for (n, w, s_), rt in zip(M["sec"], M["rates"])]
    t3.append(f"<tr class=\"hj\"><td>合计</td><td>100</td><td>{fmt(M['total'])}</td><td>{M['total']:.2f}%</td></tr>")
    bb, bp = M["bb"], M["bp"]
    ind_rows, bud_rows, t3_rows = "\n".join(trs), "\n".join(brows), "\n".join(t3)
    title = f"{d}2024年度部门整体支出绩效自评报告"
    body = f"""<div class="top"><div class="in"><span class="logo">开平市人民政府</span><span class="tools"><a href="/">首页</a> | <a id="StranLink" href="javascript:StranBody()">@@JIAN@@</a> | <a href="/wza/">无障碍</a></span></div></div>
<div class="nav"><div class="in"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjkp/">走进开平</a></div></div>
<div class="wrap">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/czxx/">财政信息</a> &gt; 绩效评价</div>
<h1>{e(title)}</h1>
<div class="info">发布日期：2025-06-10　　来源：{e(d)}　　字号：【大 中 小】　　【打印本页】</div>
<div class="content" id="zoom">
<p class="bt">一、部门基本情况</p>
<p>{e(d)}是市政府工作部门，主要负责全市文化艺术、广播电视、旅游、体育和文物保护管理等工作，负责开平碉楼与村落世界文化遗产的保护管理。内设股室8个，下属市图书馆、市文化馆、市碉楼文化研究中心等6个事业单位，年末在职人员165人。2024年计划修缮碉楼15座，全年完成13座碉楼修缮，另有2座因产权人意见不统一，年底尚未开工。</p>
<p class="bt">二、部门预算执行情况</p>
<p>2024年部门年初预算{mc(M['ia'])}万元，年中追加后全年预算{mc(M['aa'])}万元，全年执行{mc(M['ea'])}万元，预算执行率{M['rate']:.2f}%。其中：基本支出全年预算{mc(bb[1])}万元，执行{mc(bb[2])}万元；项目支出全年预算{mc(bp[1])}万元，执行{mc(bp[2])}万元。具体见表1。</p>
<p class="cap">表1　2024年度部门预算执行情况（单位：万元）</p>
<table class="tb">
<tr class="th"><td>项目</td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>执行率</td></tr>
{bud_rows}
</table>
<p class="bt">三、绩效指标完成情况</p>
<p>我局对照年初设定的部门整体绩效目标，从预算执行、产出、效益、满意度四个方面设置三级指标22个，满分100分，逐项开展自评，自评情况见表2。</p>
<p class="cap">表2　2024年度部门整体支出绩效自评表</p>
<table class="tb">
<tr class="th"><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td><td>偏差原因分析</td></tr>
{ind_rows}
</table>
<p>评分说明：1.预算执行率得分＝执行率×分值；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”计分，反向指标（“≤”）不超过指标值的得满分；3.定性指标根据完成情况酌情扣分。</p>
<p class="bt">四、自评结论</p>
<p>经自评，我局2024年度部门整体支出绩效自评得分{fmt(M['total'])}分，自评等级为“{grade(M['total'])}”。各一级指标得分情况见表3。等级划分：{e(BANDS)}</p>
<p class="cap">表3　一级指标得分情况</p>
<table class="tb">
<tr class="th"><td>一级指标</td><td>分值</td><td>得分</td><td>得分率</td></tr>
{t3_rows}
</table>
<p class="bt">五、存在的问题及改进措施</p>
<p>一是部分文物修缮工程结算滞后，项目支出执行率偏低；二是2座碉楼修缮工程因产权人意见不统一，年底尚未开工；三是部分碉楼产权分散、业主旅居海外，文物保护长效机制有待健全。下一步，我局将加快工程结算，会同镇（街）做好产权人沟通协调，力争2025年上半年开工，探索建立碉楼托管和认养机制。</p>
<p class="qm">{e(d)}<br>2025年6月5日</p>
</div>
</div>
<div class="foot">主办：开平市人民政府办公室　　承办：开平市政务服务数据管理局<br>网站标识码：4407830001　　粤ICP备05034468号　　粤公网安备 44078302000115号</div>
"""
    conv = s2t(body)
    opencc_check(body, conv)
    conv = conv.replace("@@JIAN@@", "简体")
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{e(title)}_开平市人民政府门户网站</title>
<meta name="SiteName" content="开平市人民政府门户网站">
<meta name="ColumnName" content="绩效评价">
<meta name="ArticleTitle" content="{e(title)}">
<meta name="PubDate" content="2025-06-10 16:20">
<meta name="ContentSource" content="{e(d)}">
<meta name="keywords" content="绩效自评,部门整体支出">
<meta name="description" content="{e(title)}">
<style>
body{{margin:0;font:14px/1.9 "Microsoft YaHei","SimSun",sans-serif;color:#333;background:#f3f3f3}}
.top{{background:#9e1c20;color:#fff}}
.top .in,.nav .in{{width:1100px;margin:0 auto}}
.top .in{{padding:18px 0 12px;overflow:hidden}}
.top .logo{{font-size:28px;letter-spacing:4px}}
.top .tools{{float:right;font-size:13px;margin-top:10px}}
.top a{{color:#fff;text-decoration:none}}
.nav{{background:#7d1215}}
.nav a{{color:#f6e5e5;margin-right:40px;line-height:42px;text-decoration:none}}
.wrap{{width:1060px;margin:14px auto;background:#fff;padding:16px 20px 40px}}
.crumb{{font-size:12px;color:#777;border-bottom:1px solid #e5e5e5;padding-bottom:8px}}
.crumb a{{color:#777;text-decoration:none}}
h1{{font-size:22px;text-align:center;margin:22px 0 8px;color:#9e1c20}}
.info{{text-align:center;font-size:12px;color:#888;margin-bottom:18px}}
.content p{{text-indent:2em;margin:8px 0}}
.content p.bt{{font-weight:bold;text-indent:0}}
.content p.cap{{text-align:center;text-indent:0;font-weight:bold;margin-bottom:4px}}
.content p.qm{{text-align:right}}
table.tb{{border-collapse:collapse;width:100%;font-size:13px;margin:4px 0 12px}}
table.tb td{{border:1px solid #666;padding:4px 6px;text-align:center}}
table.tb td.l{{text-align:left}}
table.tb td.r{{text-align:right}}
table.tb tr.th td{{background:#f7e9e9;font-weight:bold}}
table.tb tr.hj td{{font-weight:bold}}
.foot{{text-align:center;font-size:12px;color:#999;padding:18px 0;line-height:2}}
</style>
<script src="/js/jquery-1.11.3.min.js"></script>
<script src="/js/StranJF.js"></script>
</head>
<body>
{conv}<script>var Default_isFT = 0; var StranIt_Delay = 0;</script>
</body>
</html>
"""


ALL.append(h347())


# ============================================================ h348 苏州市姑苏区双塔街道办事处 (XLSX, 说明 and 自评结论 in TEXT BOXES)

def h348():
    dept = "苏州市姑苏区双塔街道办事处"
    bb, bp = (1862.30, 1905.46, 1893.12), (2180.00, 2457.04, 2136.26)
    ia, aa, ea = (r2(bb[k] + bp[k]) for k in range(3))
    rate, rb, rp = pct(ea, aa), pct(bb[2], bb[1]), pct(bp[2], bp[1])
    assert (ia, aa, ea, rate, rb, rp) == (4042.30, 4362.50, 4029.38, 92.36, 99.35, 86.94), (ia, aa, ea, rate, rb, rp)
    rate_formula = 92.63  # PLANT FORMULA: the 说明 text box's 4,029.38÷4,362.50×100%＝92.63%; it is 92.36%
    no_half(8 * rate / 100, "预算执行率 8 × rate")
    es = r2(8 * rate / 100)
    assert es == 7.39
    # (一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因)
    ind = [("投入", "预算编制", "预算编制科学性", "科学", "较科学", 3, 2, "部分项目预算测算依据不充分，年中调整较多"),
           ("投入", "预算编制", "重点支出保障率", "≥80%", "88.5%", 2, 2, ""),
           ("投入", "目标设定", "绩效目标合理性", "合理", "合理", 3, 3, ""),
           ("投入", "目标设定", "绩效指标明确性", "明确", "部分明确", 2, 1.5, "部分社区治理类指标未细化量化"),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 8, es, "老旧小区整治项目部分工程款待审计后支付"),
           ("过程", "预算执行", "“三公”经费控制率", "≤100%", "82.4%", 3, 3, ""),
           ("过程", "预算管理", "政府采购执行率", "100%", "100%", 3, 3, ""),
           ("过程", "预算管理", "资产管理规范性", "规范", "基本规范", 3, 1.5, "社区固定资产账实不符，部分资产未及时登记"),
           ("过程", "预算管理", "预决算信息公开", "按规定公开", "基本按规定公开", 3, 2.5, "项目支出预算公开不够细化"),
           ("产出", "重点工作", "老旧小区综合整治", "≥6个", "6个", 6, 6, ""),
           ("产出", "重点工作", "背街小巷环境整治", "≥28条", "25条", 5, P(25, 28, 5),
            "3条背街小巷因管线迁改延至2025年实施；按完成比例计分"),
           ("产出", "重点工作", "居家养老助餐服务", "≥52000人次", "47800人次", 5, P(47800, 52000, 5),
            "2个社区助餐点装修改造停业2个月；按完成比例计分"),
           ("产出", "重点工作", "网格化巡查事件办结率", "≥98%", "98.6%", 5, 5, ""),
           ("产出", "重点工作", "垃圾分类居民小区达标率", "≥95%", "92.1%", 5, P(92.1, 95, 5),
            "部分开放式老旧小区分类投放点设置不足；按完成比例计分"),
           ("产出", "重点工作", "12345热线工单按期办结率", "≥95%", "92.4%", 4, P(92.4, 95, 4),
            "部分涉及历史遗留问题的工单办理周期较长；按完成比例计分"),
           ("产出", "履职效能", "社区“微更新”项目", "≥10个", "5个", 4, P(5, 10, 4),
            "5个项目因居民意见未统一暂缓实施；按完成比例计分"),
           ("产出", "履职效能", "平安社区创建达标率", "100%", "95.2%", 4, P(95.2, 100, 4),
            "1个社区未通过区级验收；按完成比例计分"),
           ("产出", "履职效能", "消防安全隐患整改率", "100%", "97.5%", 4, P(97.5, 100, 4),
            "部分群租房隐患整改需业主配合，延至2025年完成；按完成比例计分"),
           ("效益", "社会效益", "辖区居民登记失业率", "≤3%", "2.6%", 5, 5, ""),
           ("效益", "社会效益", "刑事治安警情同比下降", "≥5%", "3.2%", 5, P(3.2, 5, 5),
            "辖区商业街区人流量回升，盗窃类警情有所反弹；按完成比例计分"),
           ("效益", "生态效益", "生活垃圾回收利用率", "≥40%", "36.5%", 5, P(36.5, 40, 5),
            "再生资源回收网点布局调整；按完成比例计分"),
           ("效益", "可持续影响", "基层治理长效机制", "健全", "有待健全", 5, 3,
            "社区工作者队伍流动性大，网格员待遇保障不足"),
           ("效益", "满意度", "居民满意度", "≥90%", "85.1%", 10, P(85.1, 90, 10),
            "老旧小区整治施工期间对居民出行影响较大；按完成比例计分")]
    assert [P(25, 28, 5), P(47800, 52000, 5), P(92.1, 95, 5), P(92.4, 95, 4), P(5, 10, 4), P(95.2, 100, 4),
            P(97.5, 100, 4), P(3.2, 5, 5), P(36.5, 40, 5), P(85.1, 90, 10)] == \
        [4.46, 4.6, 4.85, 3.89, 2, 3.81, 3.9, 3.2, 4.56, 9.46]
    weights = s2(ind, 5)
    assert len(ind) == 23 and weights == 102  # PLANT WEIGHTS_VS_FULL_MARK: the 分值 add to 102; the 自评结论 says 满分100分
    sec = secs(ind, ["投入", "过程", "产出", "效益"])
    assert [w for _, w, _ in sec] == [10, 20, 42, 30], sec
    total = s2(ind, 6)
    assert total == 89.62, total
    grade_printed = "优"  # PLANT GRADE_OUTSIDE_BANDS: 89.62 is 良 on the printed bands (80–90); the 自评结论 says 优
    assert grade(total) == "良"
    g = gold(None, dept, 2024, "COUNTY", "江苏省", "SELF_EVALUATION", None, total, 100, grade_printed,
             budget(ia, aa, ea, rate, bb[1], bb[2], bp[1], bp[2]), [], grows(ind))
    formula = (f"预算执行率＝全年执行数÷全年预算数×100%＝{mc(ea)}÷{mc(aa)}×100%＝{rate_formula:.2f}%")
    shuoming = ["说明：",
                f"1.{formula}，预算执行率指标得分＝预算执行率×分值；",
                "2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”计分，反向指标（“≤”）不超过指标值的得满分；",
                "3.定性指标根据完成情况酌情扣分；",
                "4.自评等级：" + BANDS]
    jielun = ["自评结论：",
              f"经自评，{dept}2024年度部门整体支出绩效自评得分{fmt(total)}分（满分100分），自评等级为“{grade_printed}”。"]
    meta = dict(dept=dept, ind=ind, total=total, ia=ia, aa=aa, ea=ea, rate=rate, bb=bb, bp=bp, shuoming=shuoming,
                jielun=jielun, bud=[("合计", ia, aa, ea, rate), ("其中：基本支出", *bb, rb), ("　　　项目支出", *bp, rp)])
    fnd = [F("FORMULA", "说明 预算执行率", formula, f"{rate_formula:.2f}%", f"{rate:.2f}%", "HIGH", "ERROR",
             f"the 说明 text box works the rate out as {mc(ea)} ÷ {mc(aa)} × 100% and prints {rate_formula:.2f}%; the "
             f"division gives {rate:.2f}% (digits swapped), which is what the 预算执行情况 table's 合计 line and the "
             f"预算执行率 row print (and score: 8 × {rate:.2f}% = {fmt(es)})"),
           F("WEIGHTS_VS_FULL_MARK", "自评结论 满分",
             f"自评结论：经自评，…自评得分{fmt(total)}分（满分100分）…", "100", fmt(weights), "HIGH", "ERROR",
             "the 23 rows' 分值 add to 102 (投入 10 + 过程 20 + 产出 42 + 效益 30), but the 自评结论 gives the full mark as "
             "100; the 产出 group's nine rows carry 42 points where the framework's 40 would make 100; the table has no "
             "合计 row, so the only full mark printed is the text box's"),
           F("GRADE_OUTSIDE_BANDS", "自评等级", jielun[1] + " / 4.自评等级：" + BANDS, grade_printed, "良", "HIGH",
             "ERROR",
             f"the 自评结论 gives {fmt(total)}分 and 优, but the 说明's own bands put 80分（含）至90分 at 良: {fmt(total)} < "
             "90 is 良 (rounded or not); the score itself adds up from the rows")]
    return {"stem": "h348_shuangta_jiedao", "format": "xlsx", "write": write348, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the 说明 (with the 预算执行率 formula and the grade bands), the 自评结论 (the total 89.62, 满分100分 and "
                      "the grade) and “金额单位：万元” are TEXT BOXES drawn on the sheet (xl/drawings/drawing1.xml: "
                      "xdr:twoCellAnchor → xdr:sp with txBox=1 → xdr:txBody → a:p / a:r / a:t), not cell values; the "
                      "cells under them are empty; the indicator table has NO 合计 row: the total and the grade exist only "
                      "in the 自评结论 box; a reader of cells alone finds no total, no full mark and no grade",
                      f"预算执行情况: 基本 + 项目 = 合计 in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {rate:.2f}%, "
                      f"{rb:.2f}% and {rp:.2f}% right; all under budget; 年初 < 全年 (追加); the 预算执行率 row prints the "
                      f"right {rate:.2f}% and scores 8 × {rate:.2f}% = 7.3888 → {fmt(es)}",
                      "ten rows below target scored by the proportion rule, each with a reason: 背街小巷 4.46, 居家养老助餐 "
                      "4.6, 垃圾分类 4.85, 12345热线 3.89, 社区“微更新” 2, 平安社区 3.81, 消防隐患 3.9, 刑事治安警情 3.2 "
                      "(3.2% of a ≥5% fall), 生活垃圾回收利用率 4.56, 居民满意度 9.46 (85.1 of 90); qualitative rows −0.5 "
                      "to −2 with reasons (judgement); 老旧小区综合整治 6 vs ≥6个 (met exactly); 登记失业率 2.6% vs ≤3% and "
                      "“三公”经费控制率 82.4% vs ≤100% (ceilings, met)",
                      f"the rows' scores add to the 自评结论's {fmt(total)} (no TOTAL_VS_ROWS); {fmt(total)} is just under 90: "
                      "良, not 优 (the GRADE finding), whatever the weights"]}


def write348(rep, path):
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
    grey = PatternFill("solid", fgColor="F2F2F2")
    f10, f10b, f9 = Font(name="宋体", size=10), Font(name="宋体", size=10, bold=True), Font(name="宋体", size=9)
    widths = (9, 11, 26, 14, 14, 8, 8, 18, 18)
    for k, wd in enumerate(widths):
        ws.column_dimensions[chr(65 + k)].width = wd
    heights = {}

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

    def height(r, h):
        ws.row_dimensions[r].height = h
        heights[r] = h

    put(1, 1, "部门整体支出绩效自评表", Font(name="宋体", size=16, bold=True), border=False)
    ws.merge_cells("A1:I1")
    height(1, 28)
    put(2, 1, "（2024年度）", border=False)
    ws.merge_cells("A2:I2")
    put(3, 1, f"填报单位（盖章）：{M['dept']}", h="left", border=False)
    ws.merge_cells("A3:F3")
    put(4, 1, "一、预算执行情况", f10b, h="left", border=False)
    ws.merge_cells("A4:C4")
    r = 5
    for c1, c2, hd in ((1, 3, "项目"), (4, 4, "年初预算数"), (5, 5, "全年预算数"), (6, 6, "全年执行数"), (7, 9, "执行率")):
        put(r, c1, hd, f10b, fill=grey)
        if c2 > c1:
            merge(r, c1, r, c2)
    for lab, a, b_, x, rt in M["bud"]:
        r += 1
        put(r, 1, lab, h="left")
        merge(r, 1, r, 3)
        for k, v in enumerate((a, b_, x)):
            put(r, 4 + k, v, h="right", fmt_="#,##0.00")
        put(r, 7, round(rt / 100, 4), fmt_="0.00%")
        merge(r, 7, r, 9)
    r += 2
    put(r, 1, "二、绩效指标完成情况", f10b, h="left", border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    r += 1
    for k, hd in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"], 1):
        put(r, k, hd, f10b, fill=grey)
    put(r, 8, "偏差原因分析", f10b, fill=grey)
    merge(r, 8, r, 9)
    h0 = r
    r += 1
    first = r
    ind = M["ind"]
    for x in ind:
        put(r, 3, x[2], h="left")
        put(r, 4, x[3])
        put(r, 5, x[4])
        put(r, 6, x[5])
        put(r, 7, x[6])
        put(r, 8, x[7], f9, h="left")
        merge(r, 8, r, 9)
        height(r, 30 if x[7] else 18)
        r += 1
    for col in (0, 1):
        for a, b in spans(ind, col):
            put(first + a, col + 1, ind[a][col])
            if b > a:
                merge(first + a, col + 1, first + b, col + 1)
    last = r - 1
    # rows left empty under the table: the two text boxes are drawn over them
    box_rows = list(range(last + 2, last + 14))
    for rr in box_rows:
        height(rr, 15)
    r = box_rows[-1] + 2
    put(r, 1, "填报人：顾雯　　审核人：陆振华　　单位负责人：钱国平　　联系电话：0512-65213487　　填报日期：2025年4月20日", h="left",
        border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.print_title_rows = f"{h0}:{h0}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    wb.save(path)
    # the text boxes: (name, first col, first row, last col, last row (0-based, exclusive ends), paragraphs, size,
    # align, border)
    boxes = [("文本框 1", 6, 2, 9, 3, ["金额单位：万元"], 1000, "r", False),
             ("文本框 2", 0, box_rows[0] - 1, 9, box_rows[7] - 1, M["shuoming"], 900, "l", True),
             ("文本框 3", 0, box_rows[8] - 1, 9, box_rows[-1], M["jielun"], 1050, "l", True)]
    add_textboxes(path, boxes, widths, heights)
    H.A.normalize_zip(path)


def add_textboxes(path, boxes, widths, heights):
    """draws text boxes on sheet1: xl/drawings/drawing1.xml (xdr:wsDr with one xdr:twoCellAnchor per box holding an
    xdr:sp whose cNvSpPr has txBox=1 and whose xdr:txBody carries the paragraphs), its relationship from the sheet, the
    sheet's <drawing r:id>, and the content type, as Excel writes an inserted text box"""
    import zipfile
    from xml.sax.saxutils import escape as xesc
    emu_col = [round((w * 7 + 5) * 9525) for w in widths]
    emu_row = lambda r: round(heights.get(r + 1, 13.5) * 12700)  # noqa: E731  (0-based row → its height)
    anchors = []
    for n, (name, c0, r0, c1, r1, paras, sz, al, border) in enumerate(boxes, 2):
        x = sum(emu_col[:c0])
        y = sum(emu_row(k) for k in range(r0))
        cx = sum(emu_col[c0:c1])
        cy = sum(emu_row(k) for k in range(r0, r1))
        ps = []
        for t in paras:
            algn = ' algn="r"' if al == "r" else ""
            ps.append(f'<a:p><a:pPr{algn}/><a:r><a:rPr lang="zh-CN" altLang="en-US" sz="{sz}"><a:latin typeface="宋体"/>'
                      f'<a:ea typeface="宋体"/></a:rPr><a:t>{xesc(t)}</a:t></a:r></a:p>')
        ln = ('<a:ln w="9525" cmpd="sng"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln>' if border else
              '<a:ln><a:noFill/></a:ln>')
        anchors.append(
            f'<xdr:twoCellAnchor><xdr:from><xdr:col>{c0}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>{r0}</xdr:row>'
            f'<xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>{c1}</xdr:col><xdr:colOff>0</xdr:colOff>'
            f'<xdr:row>{r1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:sp macro="" textlink="">'
            f'<xdr:nvSpPr><xdr:cNvPr id="{n}" name="{name}"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>'
            f'<xdr:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>{ln}'
            f'</xdr:spPr><xdr:txBody><a:bodyPr vertOverflow="clip" horzOverflow="clip" wrap="square" lIns="72000" '
            f'tIns="36000" rIns="72000" bIns="36000" rtlCol="0" anchor="t"/><a:lstStyle/>{"".join(ps)}</xdr:txBody>'
            f'</xdr:sp><xdr:clientData/></xdr:twoCellAnchor>')
    drawing = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
               'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' + "".join(anchors) + '</xdr:wsDr>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" '
            'Target="../drawings/drawing1.xml"/></Relationships>')
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    names = [nm for nm, _ in items]
    assert "xl/worksheets/_rels/sheet1.xml.rels" not in names and "xl/drawings/drawing1.xml" not in names
    out = []
    for name, data in items:
        if name == "xl/worksheets/sheet1.xml":
            s = data.decode("utf-8")
            assert "<tableParts" not in s and "<extLst" not in s and "<legacyDrawing" not in s
            if 'xmlns:r="' not in s:
                s = s.replace("<worksheet ", '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
                              'relationships" ', 1)
            s = s.replace("</worksheet>", '<drawing r:id="rId1"/></worksheet>')
            data = s.encode("utf-8")
        elif name == "[Content_Types].xml":
            s = data.decode("utf-8")
            s = s.replace("</Types>", '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/'
                                      'vnd.openxmlformats-officedocument.drawing+xml"/></Types>')
            data = s.encode("utf-8")
        out.append((name, data))
    out += [("xl/worksheets/_rels/sheet1.xml.rels", rels.encode("utf-8")),
            ("xl/drawings/drawing1.xml", drawing.encode("utf-8"))]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in out:
            z.writestr(name, data)


ALL.append(h348())


def main(argv):
    round_main(argv, ALL, "58")


if __name__ == "__main__":
    main(sys.argv[1:])
