#!/usr/bin/python3
"""Round 64 (h374–h378): layouts and file features not used before, each with PLANTED audit problems, made apart from
the code by the corpus64 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report
whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 -B corpus-heldout/src/reports64.py [h374 …]
(needs python-docx, openpyxl and reportlab; the LINK fields, the shared-workbook revision parts, the HTML and the JSON
are written by hand:
h374 a DOCX 部门整体 self-evaluation REPORT whose 表1 and 附表 are PASTE-LINKED Excel ranges (选择性粘贴 → 粘贴链接):
each table is the RESULT of a LINK field — `LINK Excel.Sheet.12 "D:\\…\\….xlsx" "自评表!R4C1:R25C8" \a \f 4 \h` — whose
fldChar begin / instrText / separate sit in the paragraph before the w:tbl and whose fldChar end sits in the paragraph
after it; the tables carry Excel's formatting (fixed dxa widths, per-cell borders and fills, 宋体 10 pt runs);
h375 an XLSX 项目 form kept as a SHARED WORKBOOK (共享工作簿) with its CHANGE HISTORY: xl/revisions/revisionHeaders.xml
(one header per saved editing session), revisionLog1–4.xml (rcc cell changes with the old value oc and the new value nc),
userNames.xml; the sheet shows the latest values, the logs hold the earlier ones;
h376 a third-party 项目 绩效评价报告 PDF CUT OUT OF THE COUNTY'S 绩效评价报告汇编 BY CROPPING: its pages are the 汇编's
pages 37–39 with their whole content (the 汇编's running head and page numbers, the END of the previous report above this
one's title, the START of the next report below its 评分表) and a /CropBox per page that shows this report only;
h377 a county portal's article page SAVED WITH SingleFile (one self-contained HTML: the “Page saved with SingleFile”
comment, styles inlined, the logo a data: URI, scripts removed, hidden elements class sf-hidden) whose report — the
attachment's online preview — is an IFRAME saved as `srcdoc`: the whole 自评表 document is one escaped attribute value;
h378 a department's 部门整体 self-evaluation as a JSON DATASET downloaded from a city's PUBLIC DATA OPEN PLATFORM
(数据开放平台): the API envelope (code / msg / data), the resource's metadata, a column dictionary of coded field names
(BMMC, YJZB, NDZBZ, FZ, DF …) with units, and one flat record per indicator repeating the department's budget (in 元),
total and grade.)
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


# ============================================================ h374 隆化县教育和体育局 (DOCX, tables PASTE-LINKED from Excel: LINK fields)

XLSX_PATH = r"D:\2024年度绩效自评\隆化县教育和体育局2024年度部门整体支出绩效自评表.xlsx"


def h374():
    dept = "隆化县教育和体育局"
    parts = {"基本支出": (21340.50, 22118.62, 22046.35), "项目支出": (6820.00, 9745.30, 8906.47)}
    ib, ab, eb = parts["基本支出"]
    ip, ap, ep = parts["项目支出"]
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    rate, rb, rp = pct(ea, aa), pct(eb, ab), pct(ep, ap)
    assert (ia, aa, ea, rate, rb, rp) == (28160.50, 31863.92, 30952.82, 97.14, 99.67, 91.39), (ia, aa, ea, rate, rb, rp)
    carry = pct(aa - ea, aa)
    assert carry == 2.86, carry
    school = 6  # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: 农村学校校舍改造 “已完成” at full 6; 三（二） says 2 of the 3 finished
    train_table, train_prose = "2680人次", "2,860人次"  # PLANT SAME_FIGURE_DIFFERS: 教师培训 2680 in the 附表, 2,860 in 三（二）
    ind = [("决策", "绩效目标", "绩效目标合理性", "合理", "合理", 4, 4, ""),
           ("决策", "绩效目标", "绩效指标明确性", "明确", "部分指标未细化", 3, 2.5, "2项效益指标未设置量化值，扣0.5分"),
           ("决策", "预算编制", "预算编制科学性", "科学", "科学", 3, 3, ""),
           ("过程", "预算执行", "预算执行率", "≥95%", q(rate), 6, 6, ""),
           ("过程", "预算执行", "结转结余率", "≤5%", q(carry), 4, 4, ""),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 4, 4, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 3, 2, "3所学校新购教学设备未及时登记入账，扣1分"),
           ("过程", "政府采购", "政府采购执行率", "100%", "100%", 3, 3, ""),
           ("产出", "数量指标", "农村学校校舍改造", "3所", "已完成", 6, school, ""),
           ("产出", "数量指标", "教师培训人次", "≥2500人次", train_table, 5, 5, ""),
           ("产出", "数量指标", "学生营养改善计划受益人数", "≥1.52万人", "1.53万人", 5, 5, ""),
           ("产出", "质量指标", "义务教育巩固率", "≥98%", "99.1%", 6, 6, ""),
           ("产出", "质量指标", "高中阶段毛入学率", "≥95%", "93.8%", 6, P(93.8, 95, 6), "部分初中毕业生外出务工；按完成比例计分"),
           ("产出", "时效指标", "学生资助资金发放及时率", "100%", "100%", 6, 6, ""),
           ("产出", "成本指标", "校舍改造单位造价", "≤2200元/平方米", "2136元/平方米", 6, 6, ""),
           ("效益", "社会效益", "家庭经济困难学生资助覆盖率", "100%", "100%", 6, 6, ""),
           ("效益", "社会效益", "中考平均分较上年提升", "≥2分", "3.4分", 6, 6, ""),
           ("效益", "社会效益", "义务教育优质均衡发展", "通过省级督导评估", "通过省级督导评估", 6, 6, ""),
           ("效益", "可持续影响", "教育信息化长效机制", "健全", "基本健全", 6, 5, "部分乡村学校智慧教室运维经费未落实，扣1分"),
           ("效益", "满意度", "学生及家长满意度", "≥90%", "92.6%", 6, 6, "")]
    assert len(ind) == 20 and s2(ind, 5) == 100
    no_half(93.8 / 95 * 6, "enrol")
    assert [x[6] for x in ind if x[7].endswith("计分")] == [5.92]
    names = ["决策", "过程", "产出", "效益"]
    secs_ = secs_of(ind, names)
    assert secs_ == [("决策", 10, 9.5), ("过程", 20, 19), ("产出", 40, 39.92), ("效益", 30, 29)], secs_
    total = s2(ind, 6)
    assert total == 97.42 and grade(total) == "优" and grade(r2(total - 2)) == "优"
    goals = ["目标1", "目标2", "目标2", "目标3"]  # PLANT GOAL_LABELS: the four goals typed 目标1, 目标2, 目标2, 目标3
    g = gold(None, dept, 2024, "COUNTY", "河北省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), secs_, grows(ind))
    meta = dict(dept=dept, parts=parts, ia=ia, aa=aa, ea=ea, rate=rate, rb=rb, rp=rp, ind=ind, secs=secs_, total=total,
                goals=goals, train_prose=train_prose)
    fnd = [F("SAME_FIGURE_DIFFERS", "教师培训人次",
             f"三（二）：全年开展教师全员培训{train_prose} / 附表 | 产出 | 数量指标 | 教师培训人次 | ≥2500人次 | {train_table} | 5 | 5",
             train_prose, train_table, "HIGH", "WARNING",
             "the report's text says 2,860人次 of teacher training, the linked 附表 says 2680人次 (digits transposed on one "
             "side); both meet ≥2500人次, so the row's full 5 stands either way; which figure is right the report does not "
             "say"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "农村学校校舍改造",
             "附表 | 产出 | 数量指标 | 农村学校校舍改造 | 3所 | 已完成 | 6 | 6 / 三（二）：全年计划完成3所农村学校校舍改造，已完工2所，"
             "郭家屯镇中心小学综合楼因冬季停工尚未完工", "6", "< 6", "HIGH", "WARNING",
             "the 附表 row says 已完成 and pays the full 6 with no 偏差原因, while 三（二） and 五 say only 2 of the 3 schools were "
             "finished (郭家屯镇中心小学 due by June 2025); in proportion it would be 6 × 2 ÷ 3 = 4"),
           F("GOAL_LABELS", "年度绩效目标", "目标1：… 目标2：… 目标2：… 目标3：…", "目标1, 目标2, 目标2, 目标3",
             "目标1, 目标2, 目标3, 目标4", "HIGH", "WARNING",
             "一（二） lists four goals but labels the third (学生资助和营养改善) 目标2 again and the fourth (义务教育优质均衡) "
             "目标3; 三 reports on them as （一）目标1 … （四）目标4, so they are 目标1–目标4")]
    return {"stem": "h374_longhua_jiaoyu", "format": "docx", "write": write374, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["表1 and the 附表 are PASTE-LINKED EXCEL RANGES: each w:tbl is the RESULT of a LINK field (fldChar begin, "
                      "instrText “LINK Excel.Sheet.12 \"D:\\\\2024年度绩效自评\\\\….xlsx\" \"预算执行!R3C1:R6C5\" \\a \\f 4 \\h” "
                      "and “\\* MERGEFORMAT”, fldChar separate in the paragraph before the table; fldChar end in the paragraph "
                      "after it): the table is the field's cached result (what Word shows, the workbook is not shipped); the "
                      "field code — the path with 2024, the ranges R3C1:R6C5 and R4C1:R25C8 — is not content; the tables "
                      "carry Excel's look (fixed dxa widths, per-cell borders, a grey header fill, 宋体 10 pt)",
                      f"表1: 基本 + 项目 = 合计 in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {q(rate)}, 基本 {q(rb)}, 项目 "
                      f"{q(rp)} right; all under budget; 年初 < 全年 (追加); 二's prose repeats the same figures",
                      f"结转结余率 ({mc(aa)} − {mc(ea)}) ÷ {mc(aa)} = {q(carry)} vs ≤5% (a ceiling, met); 预算执行率 "
                      f"{q(rate)} ≥95% (full 6); 校舍改造单位造价 2136 vs ≤2200元/平方米 (a ceiling, met; not a budget "
                      "figure); 高中阶段毛入学率 6 × 93.8 ÷ 95 = 5.924 → 5.92 (proportion rule, with a reason); "
                      "绩效指标明确性 −0.5, 资产管理 −1 and 信息化长效机制 −1 with reasons (judgement)",
                      "三's other figures (营养改善 1.53万人, 巩固率 99.1%, 毛入学率 93.8%, 中考 3.4分, 满意度 92.6%) agree with the "
                      "附表; 四's 一级 scores 决策 9.5, 过程 19, 产出 39.92, 效益 29 equal their rows and add to 97.42 = the "
                      "合计; 优"]}


def xl_run(text, bold=False, size=20):
    b = "<w:b/><w:bCs/>" if bold else ""
    return ('<w:r><w:rPr><w:rFonts w:ascii="宋体" w:eastAsia="宋体" w:hAnsi="宋体" w:cs="宋体"/>' + b +
            f'<w:color w:val="000000"/><w:kern w:val="0"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'
            f'<w:t xml:space="preserve">{esc(text)}</w:t></w:r>')


def xl_table(rows, widths, merges=(), head_rows=1, aligns=None, bold_rows=(), row_h=285):
    """an Excel range as Word pastes it (HTML format, source formatting kept): fixed layout, dxa widths, per-cell
    borders, Excel's header fill, 宋体 10 pt runs; merges are (r1, c1, r2, c2) → gridSpan / vMerge"""
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    cover, start = {}, {}
    for r1, c1, r2_, c2 in merges:
        start[(r1, c1)] = (r2_ - r1 + 1, c2 - c1 + 1)
        for rr in range(r1, r2_ + 1):
            for cc in range(c1, c2 + 1):
                if (rr, cc) != (r1, c1):
                    cover[(rr, cc)] = (r1, c1)
    total = sum(widths)
    out = [f'<w:tbl xmlns:w="{W}"><w:tblPr><w:tblW w:w="{total}" w:type="dxa"/><w:jc w:val="center"/>'
           '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="99" w:type="dxa"/><w:right w:w="99" w:type="dxa"/>'
           '</w:tblCellMar><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
           'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>']
    out += [f'<w:gridCol w:w="{w_}"/>' for w_ in widths]
    out.append("</w:tblGrid>")
    border = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for s in ("top", "left", "bottom",
                                                                                                  "right"))
    for r, row in enumerate(rows):
        out.append(f'<w:tr><w:trPr><w:trHeight w:val="{row_h if r >= head_rows else 570}"/></w:trPr>')
        c = 0
        while c < len(widths):
            if (r, c) in cover and cover[(r, c)][0] == r:  # covered by a horizontal span: no cell
                c += 1
                continue
            span_r, span_c = start.get((r, c), (1, 1))
            vm = ""
            if (r, c) in cover:  # vertically covered
                r0, c0 = cover[(r, c)]
                span_c = start[(r0, c0)][1]
                vm = '<w:vMerge/>'
            elif span_r > 1:
                vm = '<w:vMerge w:val="restart"/>'
            wd = sum(widths[c:c + span_c])
            gs = f'<w:gridSpan w:val="{span_c}"/>' if span_c > 1 else ""
            fill = '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>' if r < head_rows else ""
            al = "center" if r < head_rows or not aligns else {"c": "center", "l": "left", "r": "right"}[aligns[c]]
            txt = "" if vm == '<w:vMerge/>' else (row[c] or "")
            bold = r < head_rows or r in bold_rows
            run = xl_run(txt, bold) if txt else ""
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{wd}" w:type="dxa"/>{gs}{vm}<w:tcBorders>{border}</w:tcBorders>{fill}'
                       f'<w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:widowControl/><w:jc w:val="{al}"/></w:pPr>'
                       f'{run}</w:p></w:tc>')
            c += span_c
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def link_paras(rng):
    """the two paragraphs a LINK field whose result is a table lives in: begin / instr / separate before, end after"""
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    path = XLSX_PATH.replace("\\", "\\\\")
    instr = f' LINK Excel.Sheet.12 "{path}" "{rng}" \\a \\f 4 \\h '
    before = (f'<w:p xmlns:w="{W}"><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
              f'<w:r><w:instrText xml:space="preserve">{esc(instr)}</w:instrText></w:r>'
              '<w:r><w:instrText xml:space="preserve"> \\* MERGEFORMAT </w:instrText></w:r>'
              '<w:r><w:fldChar w:fldCharType="separate"/></w:r></w:p>')
    after = f'<w:p xmlns:w="{W}"><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    return before, after


def write374(rep, path):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Pt
    from reports34 import new_doc
    M = rep["meta"]
    doc = new_doc()
    body = doc.element.body
    sect = body.find(qn("w:sectPr"))

    def para(text, size=12, bold=False, center=False, indent=True, after=0):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.JUSTIFY
        pf = p.paragraph_format
        pf.space_after = Pt(after)
        pf.line_spacing = Pt(26) if not center else None
        if indent and not center:
            pf.first_line_indent = Pt(size * 2)
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        return p

    def raw(xml):
        sect.addprevious(parse_xml(xml))

    ind, a, b = M["ind"], M["parts"]["基本支出"], M["parts"]["项目支出"]
    g1, g2, g3, g4 = M["goals"]
    para(f"{M['dept']}2024年度部门整体支出绩效自评报告", 18, True, True, after=12)
    para("一、部门基本情况", 14, True)
    para("（一）部门职能", 12, True)
    para("隆化县教育和体育局是县政府工作部门，主要负责全县学前教育、义务教育、高中阶段教育和职业教育的统筹管理，负责学生资助、教师"
         "队伍建设和教育经费的管理使用，负责全民健身和体育事业发展。局机关内设股室9个，所属学校及教育事业单位68个。")
    para("（二）年度绩效目标", 12, True)
    para(f"{g1}：保障全县教育系统正常运转，落实教职工工资福利和学校公用经费，预算执行率达到95%以上。")
    para(f"{g2}：实施农村学校校舍改造3所，改善农村学校办学条件；开展教师全员培训2500人次以上，提升教师队伍素质。")
    para(f"{g3}：落实学生资助和营养改善计划，家庭经济困难学生应助尽助，营养改善计划惠及1.52万名学生。")
    para(f"{g4}：推进县域义务教育优质均衡发展，义务教育巩固率达到98%以上，学生及家长满意度达到90%以上。")
    para("二、部门预算执行情况", 14, True)
    para(f"2024年度部门年初预算数{mc(M['ia'])}万元，全年预算数{mc(M['aa'])}万元，全年执行数{mc(M['ea'])}万元，预算执行率"
         f"{q(M['rate'])}。其中：基本支出全年预算数{mc(a[1])}万元，执行数{mc(a[2])}万元，执行率{q(M['rb'])}；项目支出全年预算数"
         f"{mc(b[1])}万元，执行数{mc(b[2])}万元，执行率{q(M['rp'])}。年中追加预算主要用于农村学校校舍改造和学生资助。具体见表1。")
    para("表1　2024年度部门预算执行情况（金额单位：万元）", 10.5, True, True, after=2)
    before, after = link_paras("预算执行!R3C1:R6C5")
    raw(before)
    rows = [["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"],
            ["合计", mc(M["ia"]), mc(M["aa"]), mc(M["ea"]), q(M["rate"])],
            ["基本支出", mc(a[0]), mc(a[1]), mc(a[2]), q(M["rb"])],
            ["项目支出", mc(b[0]), mc(b[1]), mc(b[2]), q(M["rp"])]]
    raw(xl_table(rows, (1800, 1700, 1700, 1700, 1400), aligns="crrrr", bold_rows=(1,)))
    raw(after)
    para("三、绩效目标完成情况", 14, True)
    para("（一）目标1完成情况", 12, True)
    para(f"全年保障教职工工资福利和学校正常运转，部门预算执行率{q(M['rate'])}，结转结余率2.86%，资金使用合规，政府采购全部按规定执行；"
         "3所学校新购教学设备未及时登记入账，资产管理有待规范。")
    para("（二）目标2完成情况", 12, True)
    para(f"全年计划完成3所农村学校校舍改造，已完工2所，郭家屯镇中心小学综合楼因冬季停工尚未完工，计划2025年6月底前交付使用；已完工"
         f"校舍单位造价2136元/平方米，控制在计划标准以内。全年开展教师全员培训{M['train_prose']}，培训覆盖全县所有中小学校。")
    para("（三）目标3完成情况", 12, True)
    para("全年资助家庭经济困难学生1.12万人次，资助覆盖率100%，资助资金均按时足额发放；学生营养改善计划惠及1.53万名学生。")
    para("（四）目标4完成情况", 12, True)
    para("全县义务教育巩固率99.1%，高中阶段毛入学率93.8%（部分初中毕业生外出务工，未达到95%的目标），中考平均分较上年提升3.4分，"
         "县域义务教育优质均衡发展通过省级督导评估；学生及家长满意度92.6%。")
    para("四、自评结论", 14, True)
    s = {n: (w, sc) for n, w, sc in M["secs"]}
    para(f"经自评，决策类指标满分{fmt(s['决策'][0])}分，得{fmt(s['决策'][1])}分；过程类指标满分{fmt(s['过程'][0])}分，得"
         f"{fmt(s['过程'][1])}分；产出类指标满分{fmt(s['产出'][0])}分，得{fmt(s['产出'][1])}分；效益类指标满分{fmt(s['效益'][0])}分，"
         f"得{fmt(s['效益'][1])}分。"
         f"2024年度部门整体支出绩效自评得分{f2(M['total'])}分，自评等级为“优”。评分等级：{BANDS}")
    para("五、存在的问题及改进措施", 14, True)
    para("（一）个别项目实施进度滞后。郭家屯镇中心小学综合楼改造未能在年内完工。下一步将督促施工单位加快进度，确保按期交付。"
         "（二）资产管理不够规范。将加强学校新购设备的入账管理，做到账实相符。（三）部分绩效指标不够细化。将在2025年绩效目标编制中"
         "细化量化效益指标。")
    para("隆化县教育和体育局", 12, center=False, indent=False).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para("2025年4月25日", 12, center=False, indent=False, after=12).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para(f"附表：{M['dept']}2024年度部门整体支出绩效自评表", 12, True, True, after=2)
    para("金额单位：万元", 10, False, indent=False).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    before, after = link_paras("自评表!R4C1:R25C8")
    raw(before)
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]]
    merges = []
    for x in ind:
        rows.append([x[0], x[1], x[2], x[3], x[4], fmt(x[5]), fmt(x[6]), x[7]])
    for col in (0, 1):
        for a_, b_ in spans(ind, col):
            if b_ > a_:
                merges.append((1 + a_, col, 1 + b_, col))
    rows.append(["合计", "", "", "", "", "100", f2(M["total"]), ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    assert len(rows) == 22  # the linked range R4C1:R25C8
    raw(xl_table(rows, (760, 960, 1900, 1150, 1150, 560, 620, 1900), merges, aligns="cclcccc" + "l",
                 bold_rows=(len(rows) - 1,)))
    raw(after)
    doc.save(path)
    H.A.normalize_zip(path)


ALL.append(h374())


# ============================================================ h375 建平县农业农村局 (XLSX, a SHARED WORKBOOK with its revision history)

RULES375 = ("说明：1.年度资金总额得分＝执行率×分值；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”计分，"
            "反向指标（“≤”）不超过指标值的得满分；3.定性指标根据完成情况酌情扣分；4.小杂粮加工转化率：达到指标值的得满分，每低于"
            "指标值1个百分点扣0.5分，扣完为止；5.等级划分：")
USERS375 = [("刘海军", "{5B0E2C71-9A43-4E1D-8C2F-6A7D3E91B204}", "-1387203521"),
            ("赵雪梅", "{C3F81D26-0B7E-4F59-A1D4-92E65B3C7A18}", "-946512873")]


def h375():
    dept, unit = "建平县农业农村局", "建平县农业发展服务中心"
    project = "2024年建平县小杂粮产业集群建设项目"
    src = [("其中：中央财政衔接推进乡村振兴补助资金", 800.00, 800.00, 748.30), ("　　　省级财政衔接资金", 300.00, 360.00, 250.40),
           ("　　　县级配套资金", 120.00, 120.00, 66.00)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    assert (ia, aa, ea, rate) == (1220.00, 1280.00, 1064.70, 83.18), (ia, aa, ea, rate)
    assert [pct(x[3], x[2]) for x in src] == [93.54, 69.56, 55.0]
    fs = r2(rate / 10)
    no_half(rate / 10, "fund")
    assert fs == 8.32
    water = 4.5  # PLANT TARGET_MET_POINTS_LOST: 节水灌溉面积 3200 of ≥3000亩 (met) at 4.5 of 6, no reason (revision log 3)
    conv = P(56, 60, 6)  # PLANT RULE_SCORE: 小杂粮加工转化率 scored by proportion (5.6); its own rule (说明 4) gives 6 − 4 × 0.5 = 4
    assert conv == 5.6
    ind = [("产出指标", "数量指标", "建设小杂粮标准化生产基地", "≥2万亩", "2.1万亩", 8, 8, ""),
           ("产出指标", "数量指标", "新建杂粮加工生产线", "≥5条", "3条", 7, P(3, 5, 7), "2条生产线因设备采购流标延期；按完成比例计分"),
           ("产出指标", "数量指标", "节水灌溉面积", "≥3000亩", "3200亩", 6, water, ""),
           ("产出指标", "数量指标", "培训新型职业农民", "≥800人次", "640人次", 5, P(640, 800, 5), "部分农户农忙未能参训；按完成比例计分"),
           ("产出指标", "质量指标", "良种覆盖率", "≥95%", "92.4%", 6, P(92.4, 95, 6), "部分农户自留种比例较高；按完成比例计分"),
           ("产出指标", "质量指标", "基地建设验收合格率", "100%", "100%", 5, 5, ""),
           ("产出指标", "时效指标", "项目完工及时率", "≥90%", "75%", 5, P(75, 90, 5), "2个加工车间因用地手续延迟；按完成比例计分"),
           ("产出指标", "成本指标", "亩均建设成本", "≤280元/亩", "268元/亩", 4, 4, ""),
           ("效益指标", "经济效益指标", "小杂粮加工转化率", "≥60%", "56%", 6, conv, "加工生产线未全部建成；按完成比例计分"),
           ("效益指标", "经济效益指标", "带动农户户均增收", "≥1200元", "1080元", 6, P(1080, 1200, 6), "小杂粮收购价格下行；按完成比例计分"),
           ("效益指标", "社会效益指标", "带动脱贫户就业", "≥300人", "276人", 6, P(276, 300, 6), "2条加工生产线未投产；按完成比例计分"),
           ("效益指标", "生态效益指标", "化肥使用量减少率", "≥5%", "6.2%", 6, 6, ""),
           ("效益指标", "可持续影响指标", "基地管护机制", "健全", "基本健全", 6, 4, "部分基地管护责任未落实到户，管护经费未落实"),
           ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "84.2%", 7, P(84.2, 90, 7), "部分农户对良种发放时间有意见；按完成比例计分"),
           ("满意度指标", "服务对象满意度指标", "加工企业满意度", "≥90%", "91.5%", 7, 7, "")]
    assert len(ind) == 15 and s2(ind, 5) == 90
    for a, t_, w in ((92.4, 95, 6), (75, 90, 5), (84.2, 90, 7)):
        no_half(a / t_ * w, "prop")
    assert [x[6] for x in ind if x[7].endswith("计分")] == [4.2, 4.0, 5.84, 4.17, 5.6, 5.4, 5.52, 6.55]
    rows_sum = s2(ind, 6)
    total = r2(fs + rows_sum)
    assert total == 88.1 and grade(total) == "良", total
    assert grade(r2(total + 6 - water)) == "良" and grade(r2(total + 4 - conv)) == "良"
    grade_shown = "优"  # PLANT GRADE_OUTSIDE_BANDS: 87.60 is 良; revision log 4 changed the 自评等级 cell from 良 to 优
    fund = (None, None, "年度资金总额", None, q(rate), 10, fs, "")
    g = gold(None, dept, 2024, "COUNTY", "辽宁省", "SELF_EVALUATION", None, total, 100, grade_shown,
             budget(ia, aa, ea, rate), [], grows([fund] + ind))
    g = with_project(g, project, unit)
    plan = ("建设小杂粮标准化生产基地2万亩，新建杂粮加工生产线5条，发展节水灌溉3000亩，培训新型职业农民800人次；良种覆盖率95%以上，"
            "小杂粮加工转化率达到60%，带动农户户均增收1200元以上，带动脱贫户就业300人以上。")
    done = ("建成小杂粮标准化生产基地2.1万亩，新建杂粮加工生产线3条（2条因设备采购流标延至2025年），发展节水灌溉3200亩，培训新型职业农民"
            "640人次；良种覆盖率92.4%，小杂粮加工转化率56%，带动农户户均增收1080元，带动脱贫户就业276人。")
    # the change history: (session date, user, [(cell, old, new)]) — every "new" is what the sheet now shows
    ea_old = r2(ea - 66.00 + 58.50)  # before 赵雪梅 corrected the 县级 执行数 58.50 → 66.00
    fs_old = r2(ea_old / aa * 10)
    assert (ea_old, pct(ea_old, aa), fs_old) == (1057.20, 82.59, 8.26), (ea_old, pct(ea_old, aa), fs_old)
    t0 = r2(total + 6 - water - fs + fs_old)
    hist = [("2025-04-09T17:36:05", 0, []),
            ("2025-04-10T09:12:41", 1, [("F10", 58.50, 66.00), ("H10", 0.4875, round(66.00 / 120.00, 6)),
                                        ("F7", ea_old, ea), ("H7", round(ea_old / aa, 6), round(rate / 100, 6)),
                                        ("I7", fs_old, fs), ("G29", t0, r2(t0 + fs - fs_old))]),
            ("2025-04-11T15:40:18", 0, [("G16", 6, water), ("G29", r2(total + 6 - water), total)]),
            ("2025-04-14T10:05:52", 1, [("H29", "自评等级：良", f"自评等级：{grade_shown}")])]
    assert hist[1][2][-1][2] == r2(total + 6 - water), hist
    meta = dict(dept=dept, unit=unit, project=project, src=src, ia=ia, aa=aa, ea=ea, rate=rate, fs_shown=fs, ind=ind,
                total_shown=total, grade=grade_shown, plan=plan, done=done, note=RULES375 + BANDS, hist=hist)
    fnd = [F("GRADE_OUTSIDE_BANDS", "自评等级", f"总分 | 100 | {f2(total)} | 自评等级：优 / 说明5：{BANDS}", "优", "良", "HIGH",
             "ERROR",
             f"the 总分 {f2(total)} is below 90, so the printed bands give 良 (80–90), not 优 (the workbook's change history "
             "shows the cell changed from 良 to 优 on 2025-04-14 with no change to any score); it stays 良 with the other "
             "two problems corrected (89.60 and 86.50; 88.00 with both)"),
           F("TARGET_MET_POINTS_LOST", "节水灌溉面积", "产出指标 | 数量指标 | 节水灌溉面积 | ≥3000亩 | 3200亩 | 6 | 4.5", "4.5", "6",
             "HIGH", "WARNING",
             "3200亩 meets the ≥3000亩 target, yet the row scores 4.5 of 6 with no 偏差原因 (the change history shows it cut "
             "from 6 to 4.5 on 2025-04-11 with the 总分 lowered to match); by the 说明's rule a met target scores the full 6"),
           F("RULE_SCORE", "小杂粮加工转化率",
             "效益指标 | 经济效益指标 | 小杂粮加工转化率 | ≥60% | 56% | 6 | 5.6 / 说明4：小杂粮加工转化率：达到指标值的得满分，每低于"
             "指标值1个百分点扣0.5分，扣完为止", "5.6", "4", "HIGH", "ERROR",
             "the 说明 gives this indicator its own rule: 56% is 4 points below 60%, 4 × 0.5 = 2 off, 6 − 2 = 4; the row "
             "was scored by the general proportion rule (6 × 56 ÷ 60 = 5.6) as its 偏差原因 says")]
    return {"stem": "h375_jianping_nongye", "format": "xlsx", "write": write375, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the workbook is a SHARED WORKBOOK (共享工作簿) with its CHANGE HISTORY kept: xl/revisions/revisionHeaders.xml "
                      "(four editing sessions: 刘海军 2025-04-09, 赵雪梅 2025-04-10, 刘海军 2025-04-11, 赵雪梅 2025-04-14), "
                      "revisionLog1–4.xml (cell changes rcc, each with the OLD value oc and the NEW value nc) and userNames.xml: "
                      "the sheet's cells hold the latest values; the logs' old values (县级 执行 58.50, 年度资金总额 执行 "
                      "1,057.20, 82.59%, 8.26, the 总分 89.54 and 89.60, 节水灌溉 6, “自评等级：良”) are history, not the report",
                      f"funds: the three sources add up in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {q(rate)}, 中央 93.54%, "
                      f"省级 69.56%, 县级 55.00% right (low but right); all under budget; 年初 < 全年 (省级 追加); 年度资金总额 "
                      f"{q(rate)} × 10 = 8.318 → {fmt(fs)}",
                      "eight rows below target scored by the proportion rule with reasons: 加工生产线 7 × 3 ÷ 5 = 4.2, 培训 "
                      "5 × 640 ÷ 800 = 4, 良种覆盖率 6 × 92.4 ÷ 95 = 5.836 → 5.84, 完工及时率 5 × 75 ÷ 90 = 4.167 → 4.17, "
                      "户均增收 6 × 1080 ÷ 1200 = 5.4, 脱贫户就业 6 × 276 ÷ 300 = 5.52, 种植户满意度 7 × 84.2 ÷ 90 = 6.549 → 6.55 "
                      "(and 加工转化率's 5.6, the RULE_SCORE finding); 基地管护机制 −2 with a reason (judgement)",
                      "基地建设验收合格率 100% vs 100% (met exactly); 亩均建设成本 268 vs ≤280元/亩 (a ceiling, met; not a budget "
                      f"figure); 总分 {f2(total)} = {fmt(fs)} + the 15 rows as printed (no TOTAL_VS_ROWS: the 4.5 was carried "
                      "into it); the 分值 90 + 10 = 100"]}


def write375(rep, path):
    from openpyxl.styles import Alignment, Font, PatternFill
    from reports62 import xl_form, new_book
    M = rep["meta"]
    wb, ws = new_book("项目支出绩效自评表")
    t = ws.cell(row=1, column=1, value="项目支出绩效自评表")
    t.font = Font(name="宋体", size=16, bold=True)
    t.alignment = Alignment(horizontal="center")
    ws.merge_cells("A1:I1")
    ws.cell(row=2, column=1, value="（2024年度）").alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:I2")
    ws.cell(row=3, column=1, value=f"填报单位：{M['unit']}")
    ws.merge_cells("A3:E3")
    ws.cell(row=3, column=8, value="金额单位：万元").alignment = Alignment(horizontal="right")
    ws.merge_cells("H3:I3")
    marks = xl_form(ws, M, 4, PatternFill("solid", fgColor="DDEBF7"), put_title=True)
    assert (marks["fund"], marks["head"], marks["total"], marks["note"]) == (7, 13, 29, 30), marks
    assert ws["C16"].value == "节水灌溉面积" and ws["G16"].value == 4.5, (ws["C16"].value, ws["G16"].value)
    r = marks["note"] + 1
    ws.cell(row=r, column=1, value="填报人：刘海军　　联系电话：0421-7822615　　审核人：赵雪梅　　填报日期：2025年4月14日")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    last, prev = {}, {}
    for ref, old, new in (x for s in M["hist"] for x in s[2]):
        assert ref not in last or last[ref] == old, (ref, last[ref], old)  # a cell's changes chain
        last[ref] = new
    for ref, new in last.items():  # the last change of every logged cell is what the sheet shows
        v = ws[ref].value
        assert (round(v, 6) if isinstance(v, float) else v) == new, (ref, v, new)
    wb.save(path)
    shared_history(path, M["hist"])
    H.A.normalize_zip(path)


def rev_cell(tag, ref, v):
    if isinstance(v, str):
        return f'<{tag} r="{ref}" t="inlineStr"><is><t>{esc(v)}</t></is></{tag}>'
    return f'<{tag} r="{ref}"><v>{fmt(v)}</v></{tag}>'


def shared_history(path, hist):
    """add the shared-workbook parts: revisionHeaders (one header per session), a revisionLog per session (rcc cell
    changes, old value oc / new value nc), userNames, their relationships and content types"""
    NS = ('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
    REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    with zipfile.ZipFile(path) as z:
        items = {i.filename: z.read(i.filename) for i in z.infolist()}
    guids = ["{8E2A4C51-3F7B-4D06-9B1E-5C27A0D4F6%02d}" % k for k in range(1, len(hist) + 1)]
    heads, rels, rid = [], [], 0
    for k, (when, user, changes) in enumerate(hist, 1):
        cells = []
        lo = rid + 1 if changes else None
        for ref, old, new in changes:
            rid += 1
            cells.append(f'<rcc rId="{rid}" sId="1">{rev_cell("oc", ref, old)}{rev_cell("nc", ref, new)}</rcc>')
        log = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<revisions {NS}>' + "".join(cells) +
               "</revisions>") if cells else f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<revisions {NS}/>'
        items[f"xl/revisions/revisionLog{k}.xml"] = log.encode("utf-8")
        span = f' minRId="{lo}" maxRId="{rid}"' if cells else ""
        heads.append(f'<header guid="{guids[k - 1]}" dateTime="{when}" maxSheetId="2" userName="{USERS375[user][0]}" '
                     f'r:id="rId{k}"{span}><sheetIdMap count="1"><sheetId val="1"/></sheetIdMap></header>')
        rels.append(f'<Relationship Id="rId{k}" Type="{REL}revisionLog" Target="revisionLog{k}.xml"/>')
    items["xl/revisions/revisionHeaders.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<headers {NS} guid="{guids[-1]}" '
        f'lastGuid="{guids[-2]}" shared="1" diskRevisions="1" history="1" trackRevisions="1" revisionId="{len(hist)}" '
        f'version="{len(hist)}" keepChangeHistory="1" preserveHistory="30">' + "".join(heads) + "</headers>").encode("utf-8")
    items["xl/revisions/_rels/revisionHeaders.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
        'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + "".join(rels) + "</Relationships>"
    ).encode("utf-8")
    users = "".join(f'<userInfo guid="{g_}" name="{n}" id="{i}" dateTime="{hist[0][0] if k == 0 else hist[1][0]}"/>'
                    for k, (n, g_, i) in enumerate(USERS375))
    items["xl/revisions/userNames.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<users {NS} count="{len(USERS375)}">' + users +
        "</users>").encode("utf-8")
    wr = items["xl/_rels/workbook.xml.rels"].decode("utf-8")
    wr = wr.replace("</Relationships>", f'<Relationship Id="rId91" Type="{REL}revisionHeaders" '
                                         'Target="revisions/revisionHeaders.xml"/>'
                                         f'<Relationship Id="rId92" Type="{REL}usernames" Target="revisions/userNames.xml"/>'
                                         "</Relationships>")
    items["xl/_rels/workbook.xml.rels"] = wr.encode("utf-8")
    ct = items["[Content_Types].xml"].decode("utf-8")
    base = "application/vnd.openxmlformats-officedocument.spreadsheetml."
    add = (f'<Override PartName="/xl/revisions/revisionHeaders.xml" ContentType="{base}revisionHeaders+xml"/>' +
           "".join(f'<Override PartName="/xl/revisions/revisionLog{k}.xml" ContentType="{base}revisionLog+xml"/>'
                   for k in range(1, len(hist) + 1)) +
           f'<Override PartName="/xl/revisions/userNames.xml" ContentType="{base}userNames+xml"/>')
    items["[Content_Types].xml"] = ct.replace("</Types>", add + "</Types>").encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items.items():
            z.writestr(name, data)


ALL.append(h375())


# ============================================================ h376 新宁县文化旅游广电体育局 (PDF cut out of a 汇编 by CROPPING)

def h376():
    dept, unit = "新宁县文化旅游广电体育局", "新宁县崀山旅游发展服务中心"
    project = "2024年新宁县崀山景区旅游基础设施提升项目"
    ev = "湖南邵衡联合会计师事务所有限公司"
    src = [("中央财政资金", 1500.00, 1500.00, 1468.20), ("省级财政资金", 700.00, 900.00, 862.16),
           ("县级财政资金", 400.00, 460.00, 411.00)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    assert (ia, aa, ea, rate) == (2600.00, 2860.00, 2741.36, 95.85), (ia, aa, ea, rate)
    inc23, inc24 = 16.45, 18.36
    growth = pct(inc24 - inc23, inc23)
    assert growth == 11.61, growth
    growth_shown = "11.16%"  # PLANT FORMULA: (18.36 − 16.45) ÷ 16.45 = 11.61%, printed 11.16% (三（四）, copied to the 评分表)
    # PLANT MALFORMED_RULE: 智慧景区监控点位's 评分标准 — ≥100% full, 80%（含）—100% in proportion, below 85% nothing:
    # 80%–85% falls in two bands (the row's 90% is in the proportion band either way)
    monitor_rule = "完成率≥100%得满分；80%（含）—100%按完成比例计分；低于85%不得分"
    ind = [("决策", "项目立项", "立项依据充分性", 3, "依据充分得3分，否则酌情扣分", "充分", "充分", 3, ""),
           ("决策", "项目立项", "立项程序规范性", 3, "程序规范得3分，否则酌情扣分", "规范", "规范", 3, ""),
           ("决策", "绩效目标", "绩效目标合理性", 3, "目标与实际相符得3分，否则酌情扣分", "合理", "部分指标偏低", 2.5,
            "2项数量指标值低于上年实际，扣0.5分"),
           ("决策", "绩效目标", "绩效指标明确性", 3, "指标清晰可衡量得3分，否则酌情扣分", "明确", "明确", 3, ""),
           ("决策", "资金投入", "资金分配合理性", 3, "分配依据充分、额度合理得3分", "合理", "合理", 3, ""),
           ("过程", "资金管理", "资金到位率", 4, "到位率×分值", "100%", "100%", 4, ""),
           ("过程", "资金管理", "预算执行率", 5, "执行率≥95%得满分，每低1个百分点扣0.5分", "≥95%", q(rate), 5, ""),
           ("过程", "资金管理", "资金使用合规性", 4, "使用合规得4分，发现违规不得分", "合规", "合规", 4, ""),
           ("过程", "组织实施", "管理制度健全性", 3, "制度健全得3分，否则酌情扣分", "健全", "健全", 3, ""),
           ("过程", "组织实施", "制度执行有效性", 4, "执行有效得4分，发现一处问题扣1分", "有效", "1个标段变更未及时报批", 3,
            "变更手续滞后，扣1分"),
           ("产出", "数量指标", "游步道改造", 7, "完成得满分，未完成按比例计分", "≥12公里", "12.6公里", 7, ""),
           ("产出", "数量指标", "新建旅游厕所", 5, "完成得满分，未完成按比例计分", "≥8座", "8座", 5, ""),
           ("产出", "数量指标", "智慧景区监控点位", 6, monitor_rule, "≥60个", "54个", P(54, 60, 6), "6个点位设备未到货，完成90%"),
           ("产出", "质量指标", "工程验收合格率", 6, "合格率100%得满分，每低1个百分点扣1分", "100%", "100%", 6, ""),
           ("产出", "时效指标", "项目按期完工率", 5, "达到指标值得满分，未达到按比例计分", "≥90%", "87.5%", P(87.5, 90, 5),
            "8个标段中1个标段延期"),
           ("产出", "成本指标", "游步道改造单位成本", 6, "不超过标准得满分，超出酌情扣分", "≤95万元/公里", "91.8万元/公里", 6, ""),
           ("效益", "经济效益", "景区旅游综合收入增长率", 8, "达到指标值得满分，未达到按比例计分", "≥10%", growth_shown, 8, ""),
           ("效益", "社会效益", "带动周边群众就业", 7, "达到指标值得满分，未达到按比例计分", "≥500人", "536人", 7, ""),
           ("效益", "可持续影响", "设施管护机制", 7, "机制健全得满分，否则酌情扣分", "健全", "基本健全", 6, "部分游步道管护责任未落实，扣1分"),
           ("效益", "满意度", "游客满意度", 8, "≥90%得满分，未达到按比例计分", "≥90%", "92.8%", 8, "")]
    # written in the 评分表's order (一级, 二级, 三级, 分值, 评分标准, 指标值, 完成值, 得分, 扣分原因), kept as the usual tuple
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 扣分原因) with the 评分标准 last
    ind = [(x[0], x[1], x[2], x[5], x[6], x[3], x[7], x[8], x[4]) for x in ind]
    assert len(ind) == 20 and s2(ind, 5) == 100
    assert [(x[2], x[6]) for x in ind if x[6] < x[5]] == [("绩效目标合理性", 2.5), ("制度执行有效性", 3), ("智慧景区监控点位", 5.4),
                                                       ("项目按期完工率", 4.86), ("设施管护机制", 6)]
    no_half(87.5 / 90 * 5, "ontime")
    names = ["决策", "过程", "产出", "效益"]
    secs_true = secs_of(ind, names)
    assert secs_true == [("决策", 15, 14.5), ("过程", 20, 19), ("产出", 35, 34.26), ("效益", 30, 29)], secs_true
    secs_ = list(secs_true)
    secs_[2] = ("产出", 35, 34.62)  # PLANT SECTION_VS_ROWS: 表1 prints 产出 34.62, its six rows add to 34.26
    total = s2(ind, 6)
    assert total == 96.76 and grade(total) == "优"
    srates = [pct(s, w) for _, w, s in secs_]
    assert srates == [96.67, 95.0, 98.91, 96.67], srates
    g = gold(None, dept, 2024, "COUNTY", "湖南省", "THIRD_PARTY_EVALUATION", ev, total, 100, "优",
             budget(ia, aa, ea, rate), secs_, grows([x[:8] for x in ind]))
    g = with_project(g, project, unit)
    meta = dict(dept=dept, unit=unit, project=project, ev=ev, src=src, ia=ia, aa=aa, ea=ea, rate=rate, ind=ind,
                secs=secs_, srates=srates, total=total, inc23=inc23, inc24=inc24, growth_shown=growth_shown)
    fnd = [F("SECTION_VS_ROWS", "产出", "表1 | 产出 | 35 | 34.62 | 98.91%", "34.62", "34.26", "HIGH", "ERROR",
             "the 评分表's six 产出 rows score 7 + 5 + 5.4 + 6 + 4.86 + 6 = 34.26; 表1 prints 34.62 (digits transposed) and works "
             "its 得分率 98.91% from it (97.89% on 34.26); 表1's 合计 96.76 is the rows' total, not the sum of its printed "
             "一级 (97.12), so the slip is the one cell"),
           F("FORMULA", "景区旅游综合收入增长率",
             f"三（四）：景区旅游综合收入增长率＝（{inc24}亿元－{inc23}亿元）÷{inc23}亿元×100%＝{growth_shown}", growth_shown,
             q(growth), "HIGH", "ERROR",
             f"({inc24} − {inc23}) ÷ {inc23} = 1.91 ÷ 16.45 = 0.11611 → 11.61%, not 11.16%; the 评分表 copies 11.16% as the "
             "实际完成值 (one finding); both meet ≥10%, so the row's full 8 stands"),
           F("MALFORMED_RULE", "智慧景区监控点位",
             f"评分表 | 智慧景区监控点位 | 6 | {monitor_rule}", "80%（含）—100%: in proportion; below 85%: 0",
             "bands without overlap", "HIGH", "WARNING",
             "the rule's bands overlap: a completion rate from 80% to 85% is both “80%（含）—100%按完成比例计分” and “低于85%"
             "不得分”; the row's 54 of 60 (90%) lies in the proportion band either way, so its 5.4 stands")]
    return {"stem": "h376_xinning_wenlv", "format": "pdf", "draw": draw376, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["the pages were CUT OUT OF THE COUNTY'S 汇编 (《新宁县2024年度重点项目支出绩效评价报告汇编》, pp. 37–39) "
                      "BY CROPPING: every page keeps the 汇编's A4 MediaBox and its whole content stream, and a /CropBox "
                      "shows only this report; OUTSIDE the crop box, still in the stream and read by any text extractor that "
                      "ignores the crop box, are the 汇编's running head and page numbers (“— 37 —” …), on page 1 the END OF "
                      "THE PREVIOUS REPORT (another project's 评分表 rows, its 合计 100 | 93.45, 评价等级：优, its evaluator "
                      "and date) and on page 3 the START OF THE NEXT ONE (its title, 委托单位 / 评价机构 and a paragraph with "
                      "its budget 3,860.00 / 4,120.00万元): none of it is this report",
                      f"funds: 中央 + 省级 + 县级 = {mc(ia)} / {mc(aa)} / {mc(ea)}; the prose's 预算执行率 calculation "
                      f"{mc(ea)} ÷ {mc(aa)} = {q(rate)} is right; all sources under budget; 年初 < 全年 (追加); 预算执行率 ≥95% "
                      "(full 5 by its rule)",
                      "表1: 决策 96.67%, 过程 95.00%, 效益 96.67% right (and 产出's 98.91% right on its printed 34.62); the "
                      "合计 96.76 = the 评分表's 20 rows",
                      "项目按期完工率 5 × 87.5 ÷ 90 = 4.861 → 4.86 (its proportion rule, 1 of 8 标段 late) and 智慧景区监控点位 "
                      "6 × 54 ÷ 60 = 5.4 (its proportion band); 绩效目标合理性 −0.5, 制度执行有效性 −1 (one 标段's change, "
                      "its rule's one point) and 设施管护机制 −1 with reasons (judgement); 新建旅游厕所 8 vs ≥8座 (met exactly); "
                      "单位成本 91.8 vs ≤95万元/公里 (a ceiling, met; not a budget figure); 优"]}


HUIBIAN = dict(head="新宁县2024年度重点项目支出绩效评价报告汇编", first_page=37)
PREV376 = dict(evaluator="湖南湘资工程咨询有限公司", date="2025年5月9日", total="93.45",
               rows=[["", "", "工程运行管护机制", "6", "机制健全得满分，否则酌情扣分", "健全", "基本健全", "5", "村级管护经费未落实，扣1分"],
                     ["", "满意度", "受益群众满意度", "8", "≥90%得满分，未达到按比例计分", "≥90%", "91.2%", "8", ""]])
NEXT376 = dict(title="2024年新宁县农村公路提质改造项目", evaluator="湖南中衡信工程咨询有限公司",
               para="受贵局委托，我公司对该项目开展了绩效评价。项目年初预算3,860.00万元，全年预算4,120.00万元，全年执行"
                    "3,902.55万元……")


def draw376(rep, path):
    """the 汇编's pages 37–39 as the report was cut out of them: full A4 pages (running head, page numbers, the previous
    report's tail above this one on p. 37, the next report's start below it on p. 39) with a crop box per page that
    shows this report only"""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reports32 import new_canvas, FONT, wrap
    M = rep["meta"]
    W, Hh = A4
    buf = io.BytesIO()
    c = new_canvas(buf, A4)
    X0, LEAD, TOP, BOT = 50.0, 19.0, Hh - 64, 64.0
    MID = (30, 50, W - 30, Hh - 50)  # the crop of a page wholly this report's: the 汇编's head and page number cut off
    st = {"page": HUIBIAN["first_page"], "y": TOP, "crop": None}

    def txt(x, y, s_, size, align="l"):
        c.setFont(FONT, size)
        w = pdfmetrics.stringWidth(s_, FONT, size)
        c.drawString(x - w / 2 if align == "c" else x - w if align == "r" else x, y, s_)

    def chrome():
        c.setLineWidth(0.5)
        txt(W / 2, Hh - 36, HUIBIAN["head"], 9, "c")
        c.line(X0, Hh - 42, W - X0, Hh - 42)
        txt(W / 2, 30, f"— {st['page']} —", 10, "c")

    def end_page():
        c.setCropBox(st["crop"] or MID)
        c.showPage()
        st["page"] += 1
        st["y"], st["crop"] = TOP, None

    def para(s_, size=10.5, indent=True, lead=LEAD):
        for ln in wrap(("　　" if indent else "") + s_, W - 2 * X0, size):
            if st["y"] < BOT:
                end_page()
                chrome()
            txt(X0, st["y"], ln, size)
            st["y"] -= lead

    def head(s_, size=11.5):
        st["y"] -= 3
        para(s_, size, indent=False, lead=LEAD + 1)

    def table(rows, widths, merges=(), size=8.5, aligns=None, head_rows=1, pad=3.0, lead=11.0):
        """ruled table, every cell (a merged one once) its own stroked rectangle; rows grow to their wrapped text"""
        cover = {}
        for r1, c1, r2_, c2 in merges:
            for rr in range(r1, r2_ + 1):
                for cc in range(c1, c2 + 1):
                    cover[(rr, cc)] = (r1, c1, r2_, c2)
        xs = [X0]
        for w in widths:
            xs.append(xs[-1] + w)
        heights = []
        for r, row in enumerate(rows):
            h = lead + 2 * pad + 2
            for k, s_ in enumerate(row):
                m = cover.get((r, k))
                if m and ((m[0], m[1]) != (r, k) or m[2] > m[0]):
                    continue  # covered, or merged down: the rows it spans give the height
                span = (m[3] - m[1] + 1) if m else 1
                n = len(wrap(s_ or "", sum(widths[k:k + span]) - 2 * pad, size))
                h = max(h, n * lead + 2 * pad + 2)
            heights.append(h)
        ys = [st["y"] + 8]
        for h in heights:
            ys.append(ys[-1] - h)
        c.setLineWidth(0.6)
        for r, row in enumerate(rows):
            for k, s_ in enumerate(row):
                m = cover.get((r, k))
                if m and (m[0], m[1]) != (r, k):
                    continue
                r2_, c2 = (m[2], m[3]) if m else (r, k)
                x0, x1, y0, y1 = xs[k], xs[c2 + 1], ys[r2_ + 1], ys[r]
                c.rect(x0, y0, x1 - x0, y1 - y0, stroke=1, fill=0)
                lines = wrap(s_, x1 - x0 - 2 * pad, size) if s_ else []
                al = "c" if (aligns is None or r < head_rows) else aligns[k]
                ty = (y0 + y1) / 2 + (len(lines) - 1) * lead / 2 - size * 0.35
                for i, ln in enumerate(lines):
                    xx = (x0 + x1) / 2 if al == "c" else x0 + pad if al == "l" else x1 - pad
                    txt(xx, ty - i * lead, ln, size, al)
        st["y"] = ys[-1] - 18

    SW = (34, 44, 74, 24, 118, 50, 56, 26, 69)  # the 评分表's columns, portrait: 495 pt
    # ---- page 37: the end of the previous report (cut off by the crop box), then this report
    chrome()
    prev = PREV376["rows"] + [["合计", "", "", "100", "", "", "", PREV376["total"], ""]]
    table(prev, SW, [(0, 0, 1, 0), (2, 0, 2, 2)], size=7.5, aligns="cclclcccl", head_rows=0, pad=2.5, lead=9.5)
    para(f"综合评价得分{PREV376['total']}分，评价等级为“优”。", indent=False)
    txt(W - X0, st["y"], PREV376["evaluator"], 10.5, "r")
    st["y"] -= 18
    txt(W - X0, st["y"], PREV376["date"], 10.5, "r")
    st["y"] -= 40
    st["crop"] = (30, 50, W - 30, st["y"] + 24)  # the crop's top edge: just above this report's title
    txt(W / 2, st["y"], M["project"], 16, "c")
    st["y"] -= 26
    txt(W / 2, st["y"], "绩效评价报告", 16, "c")
    st["y"] -= 32
    for s_ in ("委托单位：新宁县财政局", f"评价机构：{M['ev']}", "报告日期：2025年5月16日"):
        txt(W / 2 - 110, st["y"], s_, 10.5)
        st["y"] -= 18
    st["y"] -= 8
    para("新宁县财政局：", indent=False)
    para(f"受贵局委托，我公司对{M['project']}（以下简称“项目”）2024年度的实施情况开展了绩效评价。评价组通过资料核查、现场勘验和问卷调查"
         "等方式，按照评价指标体系进行评分，形成本报告。")
    head("一、项目基本情况")
    para("（一）项目概况", indent=False)
    para(f"项目由{M['dept']}主管、{M['unit']}具体实施，建设内容包括崀山景区游步道改造12公里、新建旅游厕所8座、智慧景区监控点位60个"
         "及配套设施，计划于2024年12月底前完工。")
    para("（二）资金情况", indent=False)
    s = M["src"]
    para(f"项目年初预算{mc(M['ia'])}万元，全年预算{mc(M['aa'])}万元，其中中央财政资金{mc(s[0][2])}万元、省级财政资金{mc(s[1][2])}万元、"
         f"县级财政资金{mc(s[2][2])}万元；全年执行{mc(M['ea'])}万元，其中中央{mc(s[0][3])}万元、省级{mc(s[1][3])}万元、县级"
         f"{mc(s[2][3])}万元。项目预算执行率＝{mc(M['ea'])}÷{mc(M['aa'])}×100%＝{q(M['rate'])}。")
    head("二、评价结论")
    para(f"经综合评价，该项目绩效评价得分为{f2(M['total'])}分，评价等级为“优”。")
    para(f"评价等级划分：{BANDS}")
    st["y"] -= 4
    txt(W / 2, st["y"], "表1　一级指标得分汇总", 10, "c")
    st["y"] -= 14
    rows = [["一级指标", "分值", "得分", "得分率"]]
    for (n, w, sc), rt in zip(M["secs"], M["srates"]):
        rows.append([n, fmt(w), f2(sc), q(rt)])
    rows.append(["合计", "100", f2(M["total"]), q(M["total"])])
    table(rows, (120, 100, 100, 100), size=9.5, aligns="cccc", lead=12)
    head("三、绩效分析")
    para("（一）决策情况", indent=False)
    para("项目立项依据充分、程序规范，资金分配合理；但2项数量指标值低于上年实际完成水平，绩效目标合理性扣0.5分。决策类指标得14.5分。")
    para("（二）过程情况", indent=False)
    para(f"项目资金全部到位，预算执行率{q(M['rate'])}，资金使用合规，管理制度健全；1个标段设计变更未及时报批，制度执行有效性扣1分。"
         "过程类指标得19分。")
    para("（三）产出情况", indent=False)
    para("完成游步道改造12.6公里，新建旅游厕所8座；智慧景区监控点位完成54个，6个点位设备未到货；工程验收合格率100%；8个标段中1个标段"
         "延期，项目按期完工率87.5%；游步道改造单位成本91.8万元/公里，低于95万元/公里的控制标准。")
    para("（四）效益情况", indent=False)
    para(f"景区旅游综合收入增长率＝（{M['inc24']}亿元－{M['inc23']}亿元）÷{M['inc23']}亿元×100%＝{M['growth_shown']}，"
         "带动周边群众就业536人，游客满意度92.8%；部分游步道管护责任未落实，设施管护机制扣1分。效益类指标得29分。")
    head("四、存在的问题")
    para("（一）部分绩效指标设置偏低，未能体现项目实际产出水平。（二）智慧景区建设进度滞后，6个监控点位设备未按期到货。（三）设施建成后"
         "管护责任落实不到位。")
    head("五、意见建议")
    para("（一）科学设置绩效目标，参照上年实际完成情况确定指标值。（二）加快智慧景区设备采购和安装进度。（三）建立游步道等设施长效管护"
         "机制，明确管护主体和经费来源。")
    st["y"] -= 8
    txt(W - X0, st["y"], M["ev"], 10.5, "r")
    st["y"] -= 18
    txt(W - X0, st["y"], "2025年5月16日", 10.5, "r")
    end_page()
    # ---- page 39 (or the next): the 评分表, then the start of the next report (cut off by the crop box)
    chrome()
    txt(W / 2, st["y"], "附件", 11, "c")
    st["y"] -= 18
    txt(W / 2, st["y"], f"{M['project']}绩效评价评分表", 11, "c")
    st["y"] -= 20
    rows = [["一级指标", "二级指标", "三级指标", "分值", "评分标准", "指标值", "实际完成值", "得分", "扣分原因"]]
    ind = M["ind"]
    for x in ind:
        rows.append([x[0], x[1], x[2], fmt(x[5]), x[8], x[3], x[4], fmt(x[6]), x[7]])
    merges = [(1 + a_, col, 1 + b_, col) for col in (0, 1) for a_, b_ in spans(ind, col) if b_ > a_]
    rows.append(["合计", "", "", "100", "", "", "", f2(M["total"]), ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    table(rows, SW, merges, size=7.5, aligns="cclclcccl", pad=2.5, lead=9.5)
    st["crop"] = (30, st["y"] + 4, W - 30, Hh - 50)  # the crop's bottom edge: just under the 评分表
    st["y"] -= 40
    st["y"] -= 30
    txt(W / 2, st["y"], NEXT376["title"], 16, "c")
    st["y"] -= 26
    txt(W / 2, st["y"], "绩效评价报告", 16, "c")
    st["y"] -= 30
    for s_ in ("委托单位：新宁县财政局", f"评价机构：{NEXT376['evaluator']}", "新宁县财政局："):
        txt(W / 2 - 110 if "单位" in s_ or "机构" in s_ else X0, st["y"], s_, 10.5)
        st["y"] -= 18
    for ln in wrap("　　" + NEXT376["para"], W - 2 * X0, 10):
        txt(X0, st["y"], ln, 10)
        st["y"] -= 16
    assert st["y"] > 24, st["y"]  # the next report's start fits above the 汇编's page number
    assert st["page"] == HUIBIAN["first_page"] + 2, st["page"]
    end_page()
    c.save()
    with open(path, "wb") as f:
        f.write(buf.getvalue())


ALL.append(h376())


# ============================================================ h377 环江毛南族自治县民政局 (HTML saved with SingleFile, the report in an IFRAME srcdoc)

SF_URL = "https://www.huanjiang.gov.cn/zwgk/czxx/yjxgk/t20250522_3187264.html"


def h377():
    dept = "环江毛南族自治县民政局"
    parts = {"基本支出": (1126.40, 1188.72, 1092.35), "项目支出": (3280.00, 4156.80, 4203.65)}
    ib, ab, eb = parts["基本支出"]
    ip, ap, ep = parts["项目支出"]  # PLANT SPENDING_OVER_BUDGET: 项目支出 执行 4,203.65 of 全年 4,156.80
    ia, aa_true, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    aa_shown = 5354.52  # PLANT BREAKDOWN_SUM: 全年预算数 合计 printed 5,354.52, its parts add to 5,345.52
    assert (ia, aa_true, ea) == (4406.40, 5345.52, 5296.00), (ia, aa_true, ea)
    rate, rb, rp = pct(ea, aa_shown), pct(eb, ab), pct(ep, ap)
    assert (rate, rb, rp, pct(ea, aa_true)) == (98.91, 91.89, 101.13, 99.07), (rate, rb, rp, pct(ea, aa_true))
    ind = [("投入管理", "预算执行", "预算执行率", "≥95%", q(rate), 6, 6, ""),
           ("投入管理", "预算管理", "“三公”经费控制率", "≤100%", "88.6%", 3, 3, ""),
           ("投入管理", "预算管理", "政府采购执行率", "100%", "100%", 3, 3, ""),
           ("投入管理", "资产管理", "资产管理规范性", "规范", "规范", 3, 3, ""),
           ("产出指标", "数量指标", "城乡低保资金按时足额发放率", "100%", "100%", 6, 6, ""),
           ("产出指标", "数量指标", "特困人员救助供养覆盖率", "100%", "100%", 6, 6, ""),
           ("产出指标", "数量指标", "临时救助人次", "≥2800人次", "2650人次", 6, P(2650, 2800, 6),
            "部分乡镇临时救助申请量少于预期；按完成比例计分"),
           ("产出指标", "数量指标", "残疾人两项补贴发放人数", "≥9500人", "9612人", 6, 6, ""),
           ("产出指标", "数量指标", "养老服务设施建设", "≥3个", "3个", 5, 5, ""),
           ("产出指标", "质量指标", "困境儿童保障覆盖率", "100%", "100%", 6, 6, ""),
           ("产出指标", "质量指标", "婚姻登记合格率", "100%", "100%", 5, 5, ""),
           ("效益指标", "社会效益指标", "城乡低保标准提高幅度", "≥5%", "6.2%", 8, 8, ""),
           ("效益指标", "社会效益指标", "农村留守老人关爱服务覆盖率", "≥90%", "86.5%", 7, P(86.5, 90, 7),
            "部分偏远村屯关爱服务未全覆盖；按完成比例计分"),
           ("效益指标", "社会效益指标", "低保对象动态管理准确率", "≥98%", "98.6%", 6, 6, ""),
           ("效益指标", "社会效益指标", "“一站式”结算办理时限", "≤3个工作日", "2个工作日", 7, 7, ""),
           ("效益指标", "可持续影响指标", "社会救助长效机制", "健全", "基本健全", 7, 6, "部分乡镇救助信息系统数据更新滞后"),
           ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "93.4%", 10, 10, "")]
    assert len(ind) == 17 and s2(ind, 5) == 100
    for a, t_, w in ((2650, 2800, 6), (86.5, 90, 7)):
        no_half(a / t_ * w, "prop")
    assert [x[6] for x in ind if x[7].endswith("计分")] == [5.68, 6.73]
    rows_total = s2(ind, 6)
    total_shown = 98.14  # PLANT TOTAL_VS_ROWS: the 合计 98.14, the 17 rows add to 98.41 (the article repeats 98.14)
    assert rows_total == 98.41 and grade(total_shown) == grade(rows_total) == "优"
    g = gold(None, dept, 2024, "COUNTY", "广西壮族自治区", "SELF_EVALUATION", None, total_shown, 100, "优",
             budget(ia, aa_shown, ea, rate, ab, eb, ap, ep), [], grows(ind))
    meta = dict(dept=dept, parts=parts, ia=ia, aa=aa_shown, ea=ea, rate=rate, rb=rb, rp=rp, ind=ind, total=total_shown)
    fnd = [F("TOTAL_VS_ROWS", "合计", f"合计 | 100 | {f2(total_shown)} / 自评得分{f2(total_shown)}分", f2(total_shown),
             f2(rows_total), "HIGH", "ERROR",
             f"the 17 rows' 得分 add to {f2(rows_total)}; the table's 合计 prints {f2(total_shown)} (digits transposed) and the "
             "article's lead sentence repeats it (one finding); 优 either way"),
           F("BREAKDOWN_SUM", "全年预算数 合计", f"合计 | {mc(ia)} | {mc(aa_shown)} | {mc(ea)} | {q(rate)}", mc(aa_shown),
             mc(aa_true), "HIGH", "ERROR",
             f"基本支出 {mc(ab)} + 项目支出 {mc(ap)} = {mc(aa_true)}, the 合计 prints {mc(aa_shown)}; the 年初 and 执行 columns add "
             f"up; the 合计's {q(rate)} is worked on the printed {mc(aa_shown)} ({q(pct(ea, aa_true))} on the parts, ≥95% "
             "either way)"),
           F("SPENDING_OVER_BUDGET", "项目支出 全年执行数", f"项目支出 | {mc(ip)} | {mc(ap)} | {mc(ep)} | {q(rp)}", mc(ep),
             f"≤ {mc(ap)}", "HIGH", "WARNING",
             f"项目支出 spent {mc(ep)} of a {mc(ap)} full-year budget ({q(rp)}, right arithmetic); spending over the adjusted "
             "budget needs explaining (the 合计 stays under budget because 基本支出 spent 91.89%)")]
    return {"stem": "h377_huanjiang_minzheng", "format": "html", "html": html377(meta), "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the page was SAVED WITH SingleFile (the “Page saved with SingleFile” comment with the url and saved date, "
                      "styles inlined, the site logo a data:image/svg+xml URI, scripts removed, a CSP meta, the share panel "
                      "class sf-hidden): the portal's header, navigation, breadcrumb, 发布时间 / 来源 / 浏览次数, 附件 link, related "
                      "links and footer (网站标识码, ICP and 公安 numbers) are not the report",
                      "the report is the attachment's ONLINE PREVIEW, an IFRAME saved as srcdoc: the whole 自评表 document (its "
                      "own <html>, <style>, title, unit line, two tables, 等级, 说明, 填报人) is ONE ATTRIBUTE VALUE, its quotes and "
                      "ampersands escaped (&quot; &amp;) as the DOM serializer writes attributes; a reader that does not parse "
                      "srcdoc sees only the article's two-sentence lead",
                      f"预算执行情况: 年初 {mc(ib)} + {mc(ip)} = {mc(ia)} and 执行 {mc(eb)} + {mc(ep)} = {mc(ea)} add up; 基本 "
                      f"{q(rb)} and 项目 {q(rp)} right (101.13% is the over-spend, not a wrong rate); 年初 < 全年 (追加)",
                      "预算执行率 row 98.91% ≥95% (full 6); 临时救助人次 6 × 2650 ÷ 2800 = 5.679 → 5.68 and 留守老人关爱 7 × 86.5 ÷ 90 "
                      "= 6.728 → 6.73 (proportion rule, with reasons); 社会救助长效机制 −1 with a reason (judgement); 养老服务"
                      "设施建设 3 vs ≥3个 (met exactly); “三公”经费控制率 88.6% vs ≤100% and 结算办理时限 2 vs ≤3个工作日 "
                      "(ceilings, met); the 分值 add to 100; 优"]}


def html377(M):
    import base64
    a, b = M["parts"]["基本支出"], M["parts"]["项目支出"]
    ind = M["ind"]
    # ---- the attachment preview (the iframe's own document)
    head = "".join(f"<th>{h}</th>" for h in ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                             "偏差原因分析及改进措施"))
    body = []
    rs0 = {a_: b_ - a_ + 1 for a_, b_ in spans(ind, 0)}
    rs1 = {a_: b_ - a_ + 1 for a_, b_ in spans(ind, 1)}
    for i, x in enumerate(ind):
        cells = []
        if i in rs0:
            cells.append(f'<td rowspan="{rs0[i]}" class="c">{esc(x[0])}</td>' if rs0[i] > 1 else f'<td class="c">{esc(x[0])}</td>')
        if i in rs1:
            cells.append(f'<td rowspan="{rs1[i]}" class="c">{esc(x[1])}</td>' if rs1[i] > 1 else f'<td class="c">{esc(x[1])}</td>')
        cells += [f"<td>{esc(x[2])}</td>", f'<td class="c">{esc(x[3])}</td>', f'<td class="c">{esc(x[4])}</td>',
                  f'<td class="c">{fmt(x[5])}</td>', f'<td class="c">{fmt(x[6])}</td>', f"<td>{esc(x[7])}</td>"]
        body.append("<tr>" + "".join(cells) + "</tr>")
    body.append(f'<tr><td colspan="5" class="c b">合计</td><td class="c b">100</td><td class="c b">{f2(M["total"])}</td><td></td></tr>')
    brow = "".join(f'<tr><td class="c">{n}</td><td class="r">{mc(x[0])}</td><td class="r">{mc(x[1])}</td>'
                   f'<td class="r">{mc(x[2])}</td><td class="r">{q(rt)}</td></tr>'
                   for n, x, rt in (("合计", (M["ia"], M["aa"], M["ea"]), M["rate"]), ("其中：基本支出", a, M["rb"]),
                                    ("项目支出", b, M["rp"])))
    inner = (
        '<!DOCTYPE html> <html lang="zh-CN"><head><meta charset="utf-8"><title>' + esc(M["dept"]) +
        '2024年度部门整体支出绩效自评表</title><style>body{margin:0;font-family:"SimSun","宋体",serif;font-size:14px;color:#000}'
        '.page{width:980px;margin:16px auto}.title{text-align:center;font-size:22px;font-weight:bold;margin:8px 0}'
        '.sub{text-align:center;margin:4px 0 10px}.line{display:flex;justify-content:space-between;margin:6px 0}'
        'table{border-collapse:collapse;width:100%;margin:6px 0 12px}td,th{border:1px solid #000;padding:4px 5px;'
        'font-size:13px}th{background:#f2f2f2}.c{text-align:center}.r{text-align:right}.b{font-weight:bold}'
        '.h2{font-weight:bold;margin:10px 0 4px}.note{font-size:13px;line-height:1.8}</style></head><body>'
        '<div class="page"><p class="title">部门整体支出绩效自评表</p><p class="sub">（2024年度）</p>'
        f'<div class="line"><span>填报单位（盖章）：{esc(M["dept"])}</span><span>金额单位：万元</span></div>'
        '<p class="h2">一、部门预算执行情况</p><table><tbody><tr><th>项目</th><th>年初预算数</th><th>全年预算数</th>'
        f'<th>全年执行数</th><th>执行率</th></tr>{brow}</tbody></table>'
        '<p class="h2">二、绩效指标完成情况</p><table><tbody><tr>' + head + "</tr>" + "".join(body) + "</tbody></table>"
        '<p class="b">自评等级：优</p><div class="note"><p>说明：1.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”计分，'
        '反向指标（“≤”）不超过指标值的得满分；2.定性指标根据完成情况酌情扣分；3.等级划分：' + BANDS + '</p>'
        '<p>填报人：韦秀兰　　联系电话：0778-8822316　　填报日期：2025年4月28日</p></div></div></body></html>')
    srcdoc = inner.replace("&", "&amp;").replace('"', "&quot;")  # as the DOM serializer writes an attribute value
    logo_svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64"><circle cx="32" cy="32" '
                'r="30" fill="#c8161d"/><path d="M32 10l6.5 13.2 14.5 2.1-10.5 10.2 2.5 14.5L32 43.2l-13 6.8 2.5-14.5L11 '
                '25.3l14.5-2.1z" fill="#ffd200"/></svg>')
    logo = "data:image/svg+xml;base64," + base64.b64encode(logo_svg.encode("utf-8")).decode("ascii")
    nav = "".join(f"<li><a href=\"https://www.huanjiang.gov.cn/{u}/\">{t}</a></li>"
                  for u, t in (("", "首页"), ("zwgk", "政务公开"), ("zwfw", "政务服务"), ("hdjl", "互动交流"), ("zjhj", "走进环江")))
    title = f"{M['dept']}2024年度部门整体支出绩效自评报告"
    return (
        '<!DOCTYPE html> <html lang="zh-CN"><!--\n Page saved with SingleFile \n url: ' + SF_URL +
        ' \n saved date: Thu Jun 12 2025 10:15:32 GMT+0800 (中国标准时间)\n--><meta charset="utf-8">\n'
        f'<title>{title}_环江毛南族自治县人民政府门户网站</title>\n'
        '<meta name="viewport" content="width=device-width,initial-scale=1">\n'
        '<meta name="SiteName" content="环江毛南族自治县人民政府门户网站"><meta name="SiteDomain" content="www.huanjiang.gov.cn">'
        '<meta name="SiteIDCode" content="4512260001"><meta name="ColumnName" content="预算绩效信息公开">'
        f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="2025-05-22 16:08">'
        '<meta name="ContentSource" content="环江毛南族自治县民政局">\n'
        '<style>body{margin:0;background:#f4f4f4;font:14px/1.6 "Microsoft YaHei",sans-serif;color:#333}a{color:#333;'
        'text-decoration:none}.top{background:#c8161d;color:#fff;height:96px}.w{width:1200px;margin:0 auto}.logo{float:left;'
        'margin:16px 0}.logo img{width:64px;height:64px;vertical-align:middle}.logo span{font-size:26px;margin-left:12px;'
        'vertical-align:middle}.nav{background:#a40f15}.nav ul{margin:0 auto;width:1200px;padding:0;list-style:none;'
        'display:flex}.nav li a{display:block;color:#fff;padding:10px 32px;font-size:16px}.crumb{padding:12px 0;color:#666}'
        '.art{background:#fff;padding:30px 50px;margin-bottom:20px}.art h1{font-size:24px;text-align:center;color:#c8161d;'
        'margin:10px 0 14px}.info{text-align:center;color:#888;font-size:13px;border-bottom:1px dashed #ccc;padding-bottom:'
        '12px}.info span{margin:0 10px}.content p{text-indent:2em;font-size:16px;line-height:2}.fj{margin:14px 0;font-size:'
        '15px}.fj a{color:#1a5fb4}.preview{border:1px solid #ddd;margin-top:10px}.related li{line-height:2}.foot{background:'
        '#333;color:#bbb;text-align:center;padding:20px 0;font-size:13px;line-height:2}.sf-hidden{display:none!important}'
        '</style>\n'
        '<meta http-equiv="content-security-policy" content="default-src \'none\'; font-src \'self\' data:; img-src \'self\' '
        'data:; style-src \'unsafe-inline\'; media-src \'self\' data:; script-src \'unsafe-inline\' data:; object-src \'self\' '
        'data:; frame-src \'self\' data:;"><style>img[src="data:,"],source[src="data:,"]{display:none!important}</style>'
        '</head>\n<body>\n<div class="top"><div class="w"><div class="logo"><img src="' + logo + '" alt="">'
        '<span>环江毛南族自治县人民政府门户网站</span></div></div></div>\n'
        f'<div class="nav"><ul>{nav}</ul></div>\n'
        '<div class="w"><div class="crumb">当前位置：<a href="https://www.huanjiang.gov.cn/">首页</a> &gt; <a '
        'href="https://www.huanjiang.gov.cn/zwgk/">政务公开</a> &gt; <a href="https://www.huanjiang.gov.cn/zwgk/czxx/">'
        '财政信息</a> &gt; <a href="https://www.huanjiang.gov.cn/zwgk/czxx/yjxgk/">预算绩效信息公开</a></div>\n'
        f'<div class="art"><h1>{title}</h1>'
        '<div class="info"><span>发布时间：2025-05-22 16:08</span><span>来源：环江毛南族自治县民政局</span>'
        '<span>浏览次数：<em id="hits">236</em></span><span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span>'
        '</div>\n<div class="content">'
        '<p>按照《环江毛南族自治县财政局关于开展2024年度预算绩效自评工作的通知》（环财绩〔2025〕3号）要求，我局对2024年度部门整体支出'
        f'开展了绩效自评，自评得分{f2(M["total"])}分，自评等级为“优”。</p><p>现将我局2024年度部门整体支出绩效自评表予以公开，'
        '详见附件。</p>'
        '<div class="fj">附件：<a href="https://www.huanjiang.gov.cn/zwgk/czxx/yjxgk/P020250522608132475118.docx">'
        f'{esc(M["dept"])}2024年度部门整体支出绩效自评表.docx</a></div>'
        '<div class="preview"><iframe id="fjyl" class="fj-preview" title="附件预览" width="100%" height="1380" '
        f'frameborder="0" scrolling="auto" srcdoc="{srcdoc}"></iframe></div></div>\n'
        '<div class="share sf-hidden">分享到：<a>微信</a> <a>微博</a></div>\n'
        '<div class="related"><h3>相关链接</h3><ul><li><a href="https://www.huanjiang.gov.cn/zwgk/czxx/yjxgk/'
        't20250520_3185511.html">环江毛南族自治县卫生健康局2024年度部门整体支出绩效自评报告</a> 2025-05-20</li>'
        '<li><a href="https://www.huanjiang.gov.cn/zwgk/czxx/yjxgk/t20250519_3184902.html">环江毛南族自治县教育局2024年度部门'
        '整体支出绩效自评报告</a> 2025-05-19</li></ul></div></div></div>\n'
        '<div class="foot">主办：环江毛南族自治县人民政府办公室　承办：环江毛南族自治县大数据发展局<br>网站标识码：4512260001　'
        '桂ICP备12003648号-1　桂公网安备 45122602000108号<br>地址：环江毛南族自治县思恩镇城东路68号　联系电话：0778-8821234</div>\n'
        '</body></html>\n')


ALL.append(h377())


# ============================================================ h378 宁城县水利局 (JSON dataset from a PUBLIC DATA OPEN PLATFORM)

COLS378 = [("ID", "记录标识", "varchar(32)"), ("XH", "序号", "int"), ("BMMC", "部门名称", "varchar(100)"),
           ("TYSHXYDM", "统一社会信用代码", "varchar(18)"), ("ND", "年度", "varchar(4)"), ("YJZB", "一级指标", "varchar(50)"),
           ("EJZB", "二级指标", "varchar(50)"), ("SJZB", "三级指标", "varchar(200)"), ("NDZBZ", "年度指标值", "varchar(100)"),
           ("SJWCZ", "实际完成值", "varchar(100)"), ("FZ", "分值", "decimal(5,2)"), ("DF", "得分", "decimal(5,2)"),
           ("PCYY", "偏差原因分析及改进措施", "varchar(500)"), ("NCYSS", "年初预算数（元）", "decimal(18,2)"),
           ("QNYSS", "全年预算数（元）", "decimal(18,2)"), ("QNZXS", "全年执行数（元）", "decimal(18,2)"),
           ("YSZXL", "预算执行率（%）", "decimal(5,2)"), ("JBZCYSS", "基本支出全年预算数（元）", "decimal(18,2)"),
           ("JBZCZXS", "基本支出全年执行数（元）", "decimal(18,2)"), ("XMZCYSS", "项目支出全年预算数（元）", "decimal(18,2)"),
           ("XMZCZXS", "项目支出全年执行数（元）", "decimal(18,2)"), ("ZPMF", "满分", "decimal(5,2)"),
           ("ZPZF", "自评总分", "decimal(5,2)"), ("ZPDJ", "自评等级", "varchar(10)"), ("TBRQ", "填报日期", "date"),
           ("SJGXSJ", "数据更新时间", "datetime")]


def h378():
    dept = "宁城县水利局"
    parts = {"基本支出": (18426350.00, 18302117.64), "项目支出": (46210800.00, 42930556.20)}
    ab, eb = parts["基本支出"]
    ap, ep = parts["项目支出"]
    ia = 52180000.00
    aa, ea = r2(ab + ap), r2(eb + ep)
    rate = pct(ea, aa)
    assert (aa, ea, rate) == (64637150.00, 61232673.84, 94.73), (aa, ea, rate)
    rate_shown = 97.43  # PLANT EXECUTION_RATE: 61,232,673.84 ÷ 64,637,150.00 = 94.73%, every record's YSZXL says 97.43
    zero = "100%"  # PLANT RATE_OVER_ZERO_BASE: 标准化管理达标数量增长率 over a 2023 base of 0 (PCYY says none in 2023)
    supply = 6  # PLANT TARGET_MISSED_FULL_MARKS: 农村集中供水率 90.6% of ≥92% at full 6, no 偏差原因
    ind = [("预算执行", "预算执行", "预算执行率", "≥90%", f"{rate_shown:.2f}%", 10, 10, ""),
           ("产出指标", "数量指标", "农村饮水安全巩固提升工程", "≥12处", "12处", 6, 6, ""),
           ("产出指标", "数量指标", "新增恢复灌溉面积", "≥1.5万亩", "1.62万亩", 6, 6, ""),
           ("产出指标", "数量指标", "水土流失综合治理面积", "≥45平方公里", "41.4平方公里", 6, P(41.4, 45, 6),
            "部分治理区春季干旱推迟造林，按完成比例计分"),
           ("产出指标", "数量指标", "河湖“清四乱”问题整改", "≥30处", "30处", 5, 5, ""),
           ("产出指标", "质量指标", "工程验收合格率", "100%", "100%", 6, 6, ""),
           ("产出指标", "质量指标", "农村集中供水率", "≥92%", "90.6%", 6, supply, ""),
           ("产出指标", "时效指标", "项目按期开工率", "100%", "100%", 5, 5, ""),
           ("产出指标", "时效指标", "防汛物资储备到位及时率", "100%", "100%", 5, 5, ""),
           ("产出指标", "成本指标", "小型水库除险加固单位成本", "≤180万元/座", "172万元/座", 5, 5, ""),
           ("效益指标", "社会效益指标", "农村自来水普及率", "≥90%", "91.3%", 6, 6, ""),
           ("效益指标", "社会效益指标", "水利工程标准化管理达标数量增长率", "≥10%", zero, 6, 6,
            "2023年未开展标准化管理达标创建，2024年新创建达标工程4处"),
           ("效益指标", "生态效益指标", "水土保持率", "≥70%", "70.8%", 6, 6, ""),
           ("效益指标", "经济效益指标", "农田灌溉水有效利用系数", "≥0.56", "0.57", 6, 6, ""),
           ("效益指标", "可持续影响指标", "工程运行管护机制", "健全", "基本健全", 6, 5, "部分村级供水工程管护经费不足，扣1分"),
           ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "91.6%", 10, 10, "")]
    assert len(ind) == 16 and s2(ind, 5) == 100
    assert P(41.4, 45, 6) == 5.52 and P(90.6, 92, 6) == 5.91
    no_half(90.6 / 92 * 6, "supply")
    total = s2(ind, 6)
    assert total == 98.52 and grade(total) == "优"
    def wy(x):  # 元 → 万元, at full precision
        return round(x / 10000, 6)
    g = gold(None, dept, 2024, "COUNTY", "内蒙古自治区", "SELF_EVALUATION", None, total, 100, "优",
             budget(wy(ia), wy(aa), wy(ea), rate_shown, wy(ab), wy(eb), wy(ap), wy(ep)), [], grows(ind))
    meta = dict(dept=dept, parts=parts, ia=ia, aa=aa, ea=ea, rate_shown=rate_shown, ind=ind, total=total)
    fnd = [F("EXECUTION_RATE", "预算执行率", f"QNYSS 64637150.00 | QNZXS 61232673.84 | YSZXL {rate_shown:.2f}",
             f"{rate_shown:.2f}%", q(rate), "HIGH", "ERROR",
             f"全年执行数 61,232,673.84元 ÷ 全年预算数 64,637,150.00元 = 94.73%, every record's YSZXL says {rate_shown:.2f} "
             "(digits transposed) and the 预算执行率 record repeats it as its 实际完成值 (one finding); ≥90% either way, so "
             "that row's full 10 stands"),
           F("RATE_OVER_ZERO_BASE", "水利工程标准化管理达标数量增长率",
             "效益指标 | 社会效益指标 | 水利工程标准化管理达标数量增长率 | ≥10% | 100% | 6 | 6 | 2023年未开展标准化管理达标创建，"
             "2024年新创建达标工程4处", zero, "— (base 0)", "HIGH", "WARNING",
             "the record's own PCYY says no project reached the 标准化管理 standard in 2023 (a base of 0) and 4 did in 2024: a "
             "growth rate over a zero base is undefined, yet it is given as 100% and scores the full 6 against ≥10%"),
           F("TARGET_MISSED_FULL_MARKS", "农村集中供水率", "产出指标 | 质量指标 | 农村集中供水率 | ≥92% | 90.6% | 6 | 6", "6", "< 6",
             "HIGH", "WARNING",
             "90.6% is below the ≥92% target, yet the record scores the full 6 with an empty PCYY; the proportion rule the "
             "other missed record uses gives 6 × 90.6 ÷ 92 = 5.91")]
    return {"stem": "h378_ningcheng_shuili", "format": "json", "text": json378(meta), "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the file is an OPEN-DATA PLATFORM's JSON download: an API envelope (code 200, msg 操作成功, success), the "
                      "resource's metadata (resourceName, resourceCode, provider 宁城县财政局, dataSource, openCondition, "
                      "publishTime …), a column dictionary (code → Chinese name, data type; units in the names: 元, %) and 16 "
                      "flat records with CODED keys (XH, YJZB, EJZB, SJZB, NDZBZ, SJWCZ, FZ, DF, PCYY): the report is in the "
                      "records, read through the dictionary",
                      "every record REPEATS the department's fields (BMMC, TYSHXYDM, ND, the budget in 元, YSZXL, ZPMF, ZPZF, "
                      "ZPDJ, TBRQ): one report, not sixteen; the repeated figures agree in every record (no SAME_FIGURE_DIFFERS); "
                      "the record IDs, the 统一社会信用代码 11150429011583527K, the resourceCode, the dates and times are not "
                      "figures of the report",
                      "the amounts are in 元 (NCYSS 52180000.00, QNYSS 64637150.00 …; 5,218.00 / 6,463.715 / 6,123.267384 万元): "
                      "基本 18,426,350.00 + 项目 46,210,800.00 = 64,637,150.00 and 执行 18,302,117.64 + 42,930,556.20 = "
                      "61,232,673.84 add up; both parts under budget; 年初 < 全年 (追加)",
                      "水土流失综合治理面积 6 × 41.4 ÷ 45 = 5.52 (proportion, with a reason); 工程运行管护机制 −1 with a reason "
                      "(judgement); 饮水工程 12 vs ≥12处 and 清四乱 30 vs ≥30处 (met exactly); 单位成本 172 vs ≤180万元/座 (a "
                      "ceiling, met; not a budget figure); ZPZF 98.52 = the 16 DF; the FZ add to 100 = ZPMF; 优"]}


def jnum(x, nd=2):
    return f"{x:.{nd}f}"


def jstr(s):
    import json
    return json.dumps(s, ensure_ascii=False)


def json378(M):
    """the platform API's JSON, compact, as its 下载JSON button returns it (decimals keep their scale)"""
    ind = M["ind"]
    a, b = M["parts"]["基本支出"], M["parts"]["项目支出"]
    res = [("resourceId", jstr("8f3c2a61d0e94b7c9a15e6f2b0c47d38")), ("resourceCode", jstr("150429-CZ-JX-2025-0137")),
           ("resourceName", jstr(f"{M['dept']}2024年度部门整体支出绩效自评表")),
           ("description", jstr(f"{M['dept']}2024年度部门整体支出绩效自评结果，包括绩效指标完成情况、预算执行情况及自评得分等级。")),
           ("provider", jstr("宁城县财政局")), ("dataSource", jstr("宁城县预算管理一体化系统")),
           ("themeCategory", jstr("财税金融")), ("openCondition", jstr("无条件开放")), ("updateFrequency", jstr("每年")),
           ("publishTime", jstr("2025-06-18 10:23:41")), ("platform", jstr("赤峰市公共数据开放平台")),
           ("fileFormat", jstr("json"))]
    cols = ",".join("{" + f'"name":{jstr(n)},"comment":{jstr(c)},"type":{jstr(t)}' + "}" for n, c, t in COLS378)
    recs = []
    for k, x in enumerate(ind, 1):
        f = [("ID", jstr(f"d41c{k:02d}7a9e3b4f0c8a2e6b51f90c{k * 37 % 100:02d}e4")), ("XH", str(k)), ("BMMC", jstr(M["dept"])),
             ("TYSHXYDM", jstr("11150429011583527K")), ("ND", jstr("2024")), ("YJZB", jstr(x[0])), ("EJZB", jstr(x[1])),
             ("SJZB", jstr(x[2])), ("NDZBZ", jstr(x[3])), ("SJWCZ", jstr(x[4])), ("FZ", jnum(x[5])), ("DF", jnum(x[6])),
             ("PCYY", jstr(x[7])), ("NCYSS", jnum(M["ia"])), ("QNYSS", jnum(M["aa"])), ("QNZXS", jnum(M["ea"])),
             ("YSZXL", jnum(M["rate_shown"])), ("JBZCYSS", jnum(a[0])), ("JBZCZXS", jnum(a[1])), ("XMZCYSS", jnum(b[0])),
             ("XMZCZXS", jnum(b[1])), ("ZPMF", jnum(100)), ("ZPZF", jnum(M["total"])), ("ZPDJ", jstr("优")),
             ("TBRQ", jstr("2025-04-22")), ("SJGXSJ", jstr("2025-06-18 10:23:41"))]
        assert [n for n, _ in f] == [n for n, _, _ in COLS378]
        recs.append("{" + ",".join(f'"{n}":{v}' for n, v in f) + "}")
    resource = "{" + ",".join(f'"{k}":{v}' for k, v in res) + "}"
    return ('{"code":200,"msg":"操作成功","success":true,"data":{"resource":' + resource + ',"columns":[' + cols + '],'
            f'"total":{len(recs)},"pageNum":1,"pageSize":100,"records":[' + ",".join(recs) + "]}}\n")


ALL.append(h378())


def main(argv):
    round_main(argv, ALL, "64")


if __name__ == "__main__":
    main(sys.argv[1:])
