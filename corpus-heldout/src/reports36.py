#!/usr/bin/python3
"""Round 36 (h234–h238): issue-9 layouts not used before, each with PLANTED issue-10 problems, made apart from the
code by the corpus36 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report
whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports36.py [h234 …]
(needs python-docx, openpyxl and reportlab: h234 a DOCX saved with TRACKED CHANGES (w:ins / w:del, a deleted and an
inserted table row); h235 a DOCX form whose fill-in cells are CONTENT CONTROLS (w:sdt: plain text, unfilled ones
showing their placeholder, a drop-down grade, a date picker) with a floating TEXT BOX; h236 an XLSX with a HIDDEN
first sheet (last year's form), HIDDEN columns and HIDDEN rows holding last year's figures; h237 a PDF printed from a
spreadsheet TWO PAGES WIDE (page 2 holds the right-hand columns of the same rows, no row labels); h238 a WPS-style
XLSX with rich-text cells, unit number formats (General"分"), text-typed numbers and a manual page break through a
merged 一级 cell.)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, note).
"""
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
from reports36_common import BANDS, grid as table, main as round_main  # noqa: E402
from reports32 import new_canvas, wrap, FONT  # noqa: E402
from reports34 import new_doc, para, secs  # noqa: E402

ALL = []
WNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# ------------------------------------------------------------ DOCX pieces written as XML

def w_run(text, size=9, bold=False, deleted=False, style=None, color=None):
    """<w:r> with its text (w:delText inside a deletion)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    if style:
        rs = OxmlElement("w:rStyle")
        rs.set(qn("w:val"), style)
        rpr.append(rs)
    if bold:
        rpr.append(OxmlElement("w:b"))
    if color:
        c = OxmlElement("w:color")
        c.set(qn("w:val"), color)
        rpr.append(c)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), str(int(size * 2)))
    rpr.append(sz)
    r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def clear(p):
    """Empty a python-docx paragraph of its runs (keeps w:pPr)."""
    for ch in list(p._p):
        if ch.tag != f"{{{WNS}}}pPr":
            p._p.remove(ch)


class Revisions:
    """Tracked changes: each edit is (kind, text, who) with who a key of AUTH; w:id numbered in document order."""
    AUTH = {"A": ("黄岩区教育局财务科", "2024-03-18T09:32:00Z"),
            "B": ("黄岩区财政局绩效评价科", "2024-03-26T15:10:00Z"),
            "C": ("黄岩区教育局财务科", "2024-03-28T10:05:00Z")}

    def __init__(self):
        self.n = 0

    def mark(self, kind, who):
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        el = OxmlElement(f"w:{kind}")
        el.set(qn("w:id"), str(self.n))
        self.n += 1
        el.set(qn("w:author"), self.AUTH[who][0])
        el.set(qn("w:date"), self.AUTH[who][1])
        return el

    def fill(self, p, segs, size=9, bold=False):
        """segs: a str, or a list of str / ("ins"|"del", text, who)."""
        clear(p)
        for s in ([segs] if isinstance(segs, str) else segs):
            if isinstance(s, str):
                if s:
                    p._p.append(w_run(s, size, bold))
            else:
                kind, text, who = s
                m = self.mark(kind, who)
                m.append(w_run(text, size, bold, deleted=(kind == "del")))
                p._p.append(m)

    def row_mark(self, tr, kind, who):
        """Mark a whole table row inserted/deleted (w:trPr/w:ins|w:del)."""
        from docx.oxml import OxmlElement
        trpr = tr.find(f"{{{WNS}}}trPr")
        if trpr is None:
            trpr = OxmlElement("w:trPr")
            tr.insert(0, trpr)
        trpr.append(self.mark(kind, who))


def final(segs):
    """The text a reader sees once the changes are accepted: plain and inserted parts."""
    if isinstance(segs, str):
        return segs
    return "".join(s if isinstance(s, str) else (s[1] if s[0] == "ins" else "") for s in segs)


def center(cell):
    from docx.enum.table import WD_ALIGN_VERTICAL
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    for p in cell.paragraphs:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


# ============================================================ h234 台州市黄岩区教育局 (DOCX with TRACKED CHANGES)

def h234():
    dept = "台州市黄岩区教育局"
    ib_b, ib_p = 18650.00, 6420.00
    ab_b, ab_p = 18912.36, 7487.64
    eb_b, eb_p = 18705.20, 6938.45
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (25070.00, 26400.00, 25643.65, 97.14), (ib, ab, eb, rate)
    bs_right = r2(rate / 10)  # 9.71, the deleted score
    # PLANT EXECUTION_RATE: a tracked revision (区财政局, 3-26) replaces the right 97.14% by 96.45% (= 25,463.65 ÷
    # 26,400.00, the 执行数 misread) and the 得分 9.71 by 9.65; the 全年执行数 25,643.65 is left as it was
    rate_p = 96.45
    assert pct(25463.65, ab) == rate_p
    bs = 9.65
    assert bs == r2(rate_p / 10) and bs_right == 9.71
    A, B, C = "A", "B", "C"
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因) with the FINAL (accepted) text; REV holds the tracked
    # edits of a cell by (三级, column) and must read back to the final text
    ind = [("产出指标", "数量指标", "义务教育学校校舍维修改造面积（平方米）", "≥12000", "12460", 6, 6, ""),
           ("产出指标", "数量指标", "新增公办幼儿园学位（个）", "≥540", "540", 6, 6, ""),
           ("产出指标", "数量指标", "教师培训人次（人次）", "≥3200", "3385", 5, 5, ""),
           ("产出指标", "质量指标", "义务教育巩固率", "≥99%", "99.6%", 6, 6, ""),
           ("产出指标", "质量指标", "学前三年毛入园率", "≥97%", "97.3%", 6, 6, ""),  # target revised ≥98% → ≥97% (trap)
           ("产出指标", "质量指标", "高中阶段毛入学率", "≥98%", "98.9%", 5, 5, ""),
           ("产出指标", "时效指标", "学生资助资金发放及时率", "100%", "100%", 5, 5, ""),
           ("产出指标", "成本指标", "生均公用经费拨付达标率", "100%", "100%", 5, 5, ""),
           ("产出指标", "成本指标", "校舍维修改造单位造价（元/平方米）", "≤650", "628", 6, 6, ""),  # an INSERTED row
           ("效益指标", "社会效益指标", "课后服务学校覆盖率", "100%", "100%", 8, 8, ""),
           # PLANT TARGET_MET_POINTS_LOST: the actual is revised 94.2% → 95.6% (meets ≥95%) and the 偏差原因 deleted,
           # the score stays 7 of 8
           ("效益指标", "社会效益指标", "义务教育优质均衡发展县创建达标率", "≥95%", "95.6%", 8, 7, ""),
           ("效益指标", "社会效益指标", "校园安全责任事故（起）", "0", "0", 7, 7, ""),
           ("效益指标", "可持续影响指标", "教育信息化设备长效运维机制", "健全", "基本健全", 7, 6,
            "部分学校设备运维服务合同到期未及时续签，扣1分"),
           # PLANT TOTAL_VS_ROWS: the score is revised 10 → 9 (3-28) with a reason inserted; the 总分 is not revised
           ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "93.4%", 10, 9,
            "部分学校课后服务收费公示不及时，扣1分")]
    deleted_row = ("产出指标", "成本指标", "教育经费“两个只增不减”落实率", "100%", "100%", "6", "6", "")
    REV = {("学前三年毛入园率", 3): [("del", "≥98%", A), ("ins", "≥97%", A)],
           ("义务教育优质均衡发展县创建达标率", 4): [("del", "94.2%", A), ("ins", "95.6%", A)],
           ("义务教育优质均衡发展县创建达标率", 7): [("del", "未达到年度指标值，扣1分", A)],
           ("学生家长满意度", 6): [("del", "10", C), ("ins", "9", C)],
           ("学生家长满意度", 7): [("ins", "部分学校课后服务收费公示不及时，扣1分", C)]}
    inserted = {"校舍维修改造单位造价（元/平方米）"}
    for (l3, col), segs in REV.items():
        r = next(x for x in ind if x[2] == l3)
        assert final(segs) == (fmt(r[col]) if col in (5, 6) else r[col]), (l3, col)
    fund = [("年度资金总额", ib, ab, eb, "10", [("del", f"{rate:.2f}%", B), ("ins", f"{rate_p:.2f}%", B)],
             [("del", fmt(bs_right), B), ("ins", fmt(bs), B)]),
            ("其中：基本支出", ib_b, ab_b, eb_b, "—", f"{pct(eb_b, ab_b):.2f}%", "—"),
            ("项目支出", ib_p, ab_p, eb_p, "—", f"{pct(eb_p, ab_p):.2f}%", "—")]
    full = [("", "", "年度资金总额", "", f"{rate_p:.2f}%", 10, bs, "")] + ind
    assert s2(full, 5) == 100
    rows_total = s2(full, 6)
    assert rows_total == 96.65, rows_total
    total_old = r2(bs_right + s2(ind, 6) + 1)  # the first draft: 9.71 and 学生家长满意度 10
    total_p = r2(bs + s2(ind, 6) + 1)  # revised by 区财政局 for the rate, not after 3-28's change
    assert (total_old, total_p) == (97.71, 97.65), (total_old, total_p)
    total_segs = [("del", fmt(total_old), B), ("ins", fmt(total_p), B)]
    g = gold(None, dept, 2023, "COUNTY", "浙江省", "SELF_EVALUATION", None, total_p, 100, "优",
             budget(ib, ab, eb, rate_p, ab_b, eb_b, ab_p, eb_p), [], grows(full))
    fnd = [F("EXECUTION_RATE", "年度资金总额",
             f"年度资金总额 | {ib:,.2f} | {ab:,.2f} | {eb:,.2f} | 10 | {rate_p:.2f}% | {fmt(bs)}", f"{rate_p:.2f}%",
             f"{rate:.2f}%", "HIGH", "ERROR",
             f"{eb:,.2f} ÷ {ab:,.2f} = {rate:.2f}%; a tracked revision (黄岩区财政局绩效评价科) deleted the right "
             f"{rate:.2f}% and inserted {rate_p:.2f}% (= 25,463.65 ÷ {ab:,.2f}: the 执行数 misread), and the 得分 with "
             f"it ({fmt(bs_right)} → {fmt(bs)}, which follows the wrong rate); the 全年执行数 {eb:,.2f} is unchanged "
             "and the parts add up to it"),
           F("TOTAL_VS_ROWS", "总分", f"总分 | 100 | {fmt(total_p)} | 自评等级：优", fmt(total_p), fmt(rows_total), "HIGH",
             "ERROR", f"{fmt(bs)} (年度资金总额) + 87 (14 indicator rows, with the inserted 9 on 学生家长满意度) = "
                      f"{fmt(rows_total)}; the 总分 was revised {fmt(total_old)} → {fmt(total_p)} for the rate but not "
                      "for the later tracked change of 学生家长满意度 from 10 to 9"),
           F("TARGET_MET_POINTS_LOST", "义务教育优质均衡发展县创建达标率",
             "义务教育优质均衡发展县创建达标率 | ≥95% | 95.6% | 8 | 7 |", "7", "8", "HIGH", "WARNING",
             "the actual was revised (tracked) from 94.2% to 95.6%, which meets ≥95%, and the 偏差原因 “未达到年度指标值，"
             "扣1分” was deleted, yet the score stayed 7 of 8; no printed rule takes a point")]
    meta = dict(dept=dept, ind=ind, REV=REV, inserted=inserted, deleted_row=deleted_row, fund=fund,
                total_segs=total_segs)
    return {"stem": "h234_huangyan_jiaoyu", "format": "docx", "write": write234, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["every figure is read with the tracked changes ACCEPTED: inserted text (w:ins) counts, deleted "
                      "text (w:del / w:delText) does not; the deleted 97.14% and 9.71 are right figures the "
                      "revision replaced, not the report's",
                      "title year revised 2022 → 2023 (fiscalYear 2023); 学前三年毛入园率 target revised ≥98% → ≥97%: "
                      "97.3% meets the printed ≥97%",
                      "a DELETED table row (教育经费“两个只增不减”落实率, 6 / 6, w:trPr/w:del) is not a row, and the "
                      "INSERTED row 校舍维修改造单位造价（元/平方米） (≤650, 628, 6 / 6, w:trPr/w:ins) is one; weights "
                      "add to 100 with the inserted row and without the deleted one",
                      f"基本 {pct(eb_b, ab_b):.2f}% and 项目 {pct(eb_p, ab_p):.2f}% right; 基本 + 项目 = 年度资金总额 in "
                      "every column; both under budget",
                      "新增公办幼儿园学位 540 vs ≥540 (met exactly); 校舍维修改造单位造价 628 vs ≤650 and 校园安全责任事故 "
                      "0 vs 0 (ceilings, met)",
                      "教育信息化设备长效运维机制 基本健全 −1 and 学生家长满意度 −1 with reasons (judgement)",
                      "a formatting-only change (w:rPrChange) on the header cell 偏差原因分析及改进措施"]}


def write234(rep, path):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    M = rep["meta"]
    R = Revisions()
    doc = new_doc()
    p = para(doc, "", center=True, after=2)
    R.fill(p, [("del", "2022", "A"), ("ins", "2023", "A"), "年度部门整体支出绩效自评表"], size=16, bold=True)
    para(doc, f"部门（单位）名称：{M['dept']}（盖章）　　　　　　　　　　　金额单位：万元", after=4)
    # head table: budget block and 年度总体目标
    t = table(doc, 6, [40, 24, 24, 24, 14, 24, 20])
    head = ["年度预算执行情况", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    for k, v in enumerate(head):
        R.fill(t.cell(0, k).paragraphs[0], v, bold=True)
        center(t.cell(0, k))
    for i, (lab, a_, b_, e_, w_, r_, s_) in enumerate(M["fund"], 1):
        for k, v in enumerate([lab, f"{a_:,.2f}", f"{b_:,.2f}", f"{e_:,.2f}", w_, r_, s_]):
            R.fill(t.cell(i, k).paragraphs[0], v)
            if k:
                center(t.cell(i, k))
    t.cell(4, 0).merge(t.cell(5, 0))
    R.fill(t.cell(4, 0).paragraphs[0], "年度总体目标", bold=True)
    center(t.cell(4, 0))
    a = t.cell(4, 1).merge(t.cell(4, 3))
    R.fill(a.paragraphs[0], "预期目标", bold=True)
    center(a)
    b = t.cell(4, 4).merge(t.cell(4, 6))
    R.fill(b.paragraphs[0], "实际完成情况", bold=True)
    center(b)
    a = t.cell(5, 1).merge(t.cell(5, 3))
    R.fill(a.paragraphs[0], "目标1：完成义务教育学校校舍维修改造1.2万平方米，新增公办幼儿园学位540个；目标2：巩固义务教育"
                            "普及成果，学前三年毛入园率、高中阶段毛入学率稳步提高；目标3：推进义务教育优质均衡发展县创建，"
                            "学生家长满意度达到90%以上。")
    b = t.cell(5, 4).merge(t.cell(5, 6))
    R.fill(b.paragraphs[0], ["完成校舍维修改造12460平方米，新增公办幼儿园学位540个，培训教师3385人次；义务教育巩固率99.6%，"
                             "学前三年毛入园率97.3%，高中阶段毛入学率98.9%；",
                             ("del", "优质均衡创建达标率94.2%，未达到预期；", "A"),
                             ("ins", "优质均衡创建达标率95.6%；", "A"),
                             "学生家长满意度93.4%。"])
    para(doc, "", after=2)
    # indicator table: header, 14 rows + the deleted row, 总分
    rows = list(M["ind"])
    k_ins = next(i for i, r in enumerate(rows) if r[2] == "校舍维修改造单位造价（元/平方米）")
    rows.insert(k_ins + 1, M["deleted_row"])  # the old row deleted after the new one was inserted
    t = table(doc, len(rows) + 2, [18, 20, 44, 18, 18, 11, 11, 40])
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    for k, v in enumerate(head):
        R.fill(t.cell(0, k).paragraphs[0], v, bold=(k != 7))
        center(t.cell(0, k))
    # a formatting-only tracked change: the last header cell made bold by the reviewer
    r_ = t.cell(0, 7).paragraphs[0]._p.findall(qn("w:r"))[0]
    rpr = r_.find(qn("w:rPr"))
    rpr.insert(0, OxmlElement("w:b"))
    chg = R.mark("rPrChange", "B")
    old = OxmlElement("w:rPr")
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "18")
    old.append(sz)
    chg.append(old)
    rpr.append(chg)
    for i, r in enumerate(rows, 1):
        is_del = r is M["deleted_row"]
        is_ins = r[2] in M["inserted"]
        for k in range(8):
            v = r[k] if k not in (5, 6) else fmt(r[k])
            segs = M["REV"].get((r[2], k), v)
            if (is_del or is_ins) and k < 2:
                segs = ""  # inside the 一级 / 二级 cells merged down from a plain row above
            elif is_del:
                segs = [("del", v, "A")] if v else ""
            elif is_ins:
                segs = [("ins", v, "A")] if v else ""
            R.fill(t.cell(i, k).paragraphs[0], segs)
            if 3 <= k <= 6:
                center(t.cell(i, k))
        if is_del:
            R.row_mark(t.rows[i]._tr, "del", "A")
        if is_ins:
            R.row_mark(t.rows[i]._tr, "ins", "A")
    # 一级 / 二级 merged down their groups (the deleted row belongs to 产出指标 / 成本指标)
    for col in (0, 1):
        start = 1
        for i in range(2, len(rows) + 2):
            if i == len(rows) + 1 or rows[i - 1][:col + 1] != rows[start - 1][:col + 1]:
                if i - 1 > start:
                    m = t.cell(start, col).merge(t.cell(i - 1, col))
                    R.fill(m.paragraphs[0], rows[start - 1][col])
                    for extra in m.paragraphs[1:]:
                        m._tc.remove(extra._p)
                center(t.cell(start, col))
                start = i
    last = len(rows) + 1
    m = t.cell(last, 0).merge(t.cell(last, 4))
    R.fill(m.paragraphs[0], "总分", bold=True)
    for extra in m.paragraphs[1:]:
        m._tc.remove(extra._p)
    center(m)
    R.fill(t.cell(last, 5).paragraphs[0], "100", bold=True)
    R.fill(t.cell(last, 6).paragraphs[0], M["total_segs"], bold=True)
    R.fill(t.cell(last, 7).paragraphs[0], "自评等级：优", bold=True)
    for k in (5, 6):
        center(t.cell(last, k))
    para(doc, "", after=2)
    para(doc, "评分说明：1.年度资金总额得分=执行率×10，保留两位小数；2.定量指标达到年度指标值的得满分，未达到的按完成比例计分；"
              "3.定性指标根据完成情况酌情扣分并说明理由；4.自评等级：" + BANDS)
    para(doc, "填表人：陈××　　　审核人：林××　　　联系电话：0576-84×××××　　　填报日期：2024年3月28日")
    # keep tracking on, as the department's file was saved
    st = doc.settings.element
    tr = OxmlElement("w:trackRevisions")
    st.find(qn("w:defaultTabStop")).addprevious(tr)
    doc.save(path)
    H.A.normalize_zip(path)


ALL.append(h234())



# ============================================================ h235 惠州市惠阳区住建局 (DOCX form of CONTENT CONTROLS + a TEXT BOX)

PLACEHOLDER = "单击或点击此处输入文字。"


class Controls:
    """Content controls (w:sdt) written into paragraphs: plain text, placeholder (unfilled), drop-down, date."""

    def __init__(self):
        self.n = 0x2A3F1000

    def sdt(self, p, value, alias=None, size=9, bold=False, kind="text", items=(), date=None):
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls
        from xml.sax.saxutils import escape, quoteattr
        self.n += 17
        empty = value is None
        shown = PLACEHOLDER if empty else value
        pr = ""
        if alias:
            pr += f"<w:alias w:val={quoteattr(alias)}/><w:tag w:val={quoteattr(alias)}/>"
        pr += f'<w:id w:val="{self.n - 2 ** 32 if self.n >= 2 ** 31 else self.n}"/>'
        if empty:
            pr += "<w:showingPlcHdr/>"
        if kind == "text":
            pr += "<w:text/>"
        elif kind == "drop":
            pr += f"<w:dropDownList w:lastValue={quoteattr(value)}>" + "".join(
                f"<w:listItem w:displayText={quoteattr(i)} w:value={quoteattr(i)}/>" for i in items) + "</w:dropDownList>"
        elif kind == "date":
            pr += (f'<w:date w:fullDate="{date}T00:00:00Z"><w:dateFormat w:val="{items}"/><w:lid w:val="zh-CN"/>'
                   '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
        rpr = (('<w:rStyle w:val="PlaceholderText"/>' if empty else "") + ("<w:b/>" if bold else "")
               + f'<w:sz w:val="{int(size * 2)}"/>')
        xml = (f"<w:sdt {nsdecls('w')}><w:sdtPr><w:rPr><w:sz w:val=\"{int(size * 2)}\"/></w:rPr>{pr}</w:sdtPr>"
               f"<w:sdtContent><w:r><w:rPr>{rpr}</w:rPr><w:t xml:space=\"preserve\">{escape(shown)}</w:t></w:r>"
               "</w:sdtContent></w:sdt>")
        p._p.append(parse_xml(xml))


TB_NS = {"w": WNS, "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
         "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
         "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006", "v": "urn:schemas-microsoft-com:vml",
         "o": "urn:schemas-microsoft-com:office:office"}


def text_box(p, lines, docpr_id, width_mm, height_mm, size=10.5):
    """A floating text box anchored to paragraph p, right-aligned to the margin: DrawingML (wps) with the VML
    fallback Word writes beside it (the text is in the file twice)."""
    from docx.oxml import parse_xml
    from xml.sax.saxutils import escape
    cx, cy = int(width_mm * 36000), int(height_mm * 36000)
    paras = "".join(f'<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:sz w:val="{int(size * 2)}"/></w:rPr>'
                    f'<w:t xml:space="preserve">{escape(ln)}</w:t></w:r></w:p>' for ln in lines)
    a = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
    ns = " ".join(f'xmlns:{k}="{v}"' for k, v in TB_NS.items())
    xml = (f"<w:r {ns}><mc:AlternateContent><mc:Choice Requires=\"wps\">"
           f"<w:drawing><wp:anchor distT=\"0\" distB=\"0\" distL=\"114300\" distR=\"114300\" simplePos=\"0\" "
           f"relativeHeight=\"251659264\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\">"
           f"<wp:simplePos x=\"0\" y=\"0\"/><wp:positionH relativeFrom=\"margin\"><wp:align>right</wp:align>"
           f"</wp:positionH><wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV>"
           f"<wp:extent cx=\"{cx}\" cy=\"{cy}\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:wrapNone/>"
           f"<wp:docPr id=\"{docpr_id}\" name=\"文本框 {docpr_id}\"/><wp:cNvGraphicFramePr/>"
           f"<a:graphic {a}><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
           f"<wps:wsp><wps:cNvSpPr txBox=\"1\"/><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{cx}\" "
           f"cy=\"{cy}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/>"
           f"</a:ln></wps:spPr><wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx>"
           f"<wps:bodyPr rot=\"0\" vert=\"horz\" wrap=\"square\" lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\" "
           f"anchor=\"t\" anchorCtr=\"0\"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>"
           f"</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
           f"<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\">"
           f"<v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>"
           f"<v:shape id=\"文本框 {docpr_id}\" o:spid=\"_x0000_s{1025 + docpr_id}\" type=\"#_x0000_t202\" "
           f"style=\"position:absolute;margin-left:0;margin-top:0;width:{width_mm * 72 / 25.4:.2f}pt;"
           f"height:{height_mm * 72 / 25.4:.2f}pt;z-index:251659264;mso-position-horizontal:right;"
           f"mso-position-horizontal-relative:margin\" filled=\"f\" stroked=\"f\"><v:textbox inset=\"0,0,0,0\">"
           f"<w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
           f"</mc:AlternateContent></w:r>")
    p._p.append(parse_xml(xml))


def h235():
    dept = "惠州市惠阳区住房和城乡建设局"
    unit = "惠州市惠阳区城市建设服务中心"
    proj = "惠阳区2023年城镇老旧小区改造项目"
    ia_f, aa_f, ea_f = 2100.00, 2380.00, 2262.80
    ia_c, aa_c, ea_c = 300.00, 480.00, 468.50
    ia, aa, ea = r2(ia_f + ia_c), r2(aa_f + aa_c), r2(ea_f + ea_c)
    rate = pct(ea, aa)
    assert (ia, aa, ea, rate) == (2400.00, 2860.00, 2731.30, 95.50), (ia, aa, ea, rate)
    bs_true = r2(rate / 10)  # 9.55
    bs = 10  # PLANT BUDGET_ROW_SCORE: 执行率 95.50% × 10 = 9.55 by the printed rule, the fund line prints 10
    ind = [("产出指标", "数量指标", "改造老旧小区（个）", "≥21", "18", 8, 6.86,
            "惠民里、秋长街道办旧宿舍、淡水桥东3个小区因产权争议延至2024年实施"),
           ("产出指标", "数量指标", "改造建筑面积（万平方米）", "≥46.5", "40.2", 6, 5.19, "3个小区延期实施，面积相应减少"),
           # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: 实际完成情况 says 21 of the 24 elevators are in use, 3 尚未完工
           ("产出指标", "数量指标", "加装电梯（部）", "≥24", "24", 6, 6, None),
           ("产出指标", "数量指标", "改造供水、排水、燃气管网（公里）", "≥32", "33.5", 6, 6, None),
           ("产出指标", "质量指标", "工程竣工验收合格率", "100%", "100%", 8, 8, None),
           ("产出指标", "时效指标", "项目按期完工率", "≥90%", "80%", 8, 3, "受汛期及管线迁改影响，部分小区工期延误，每低1个百分点扣0.5分"),
           ("产出指标", "成本指标", "户均改造成本（万元/户）", "≤3.2", "3.05", 8, 8, None),
           ("效益指标", "经济效益指标", "带动社会资本投入（万元）", "≥300", "326", 5, 5, None),
           ("效益指标", "社会效益指标", "受益居民户数（户）", "≥8600", "6880", 8, 6.4, "3个小区延期实施，受益户数未达预期"),
           ("效益指标", "社会效益指标", "小区安全隐患整改率", "100%", "100%", 7, 7, None),
           ("效益指标", "可持续影响指标", "小区长效管理机制", "健全", "部分建立", 10, 6,
            "7个小区尚未成立业主委员会或引入物业服务企业，扣4分"),
           ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "91.5%", 10, 10, None)]
    assert (r2(8 * 18 / 21), r2(6 * 40.2 / 46.5), r2(8 * 6880 / 8600)) == (6.86, 5.19, 6.4)
    full = [("", "", "年度资金总额", "", f"{rate:.2f}%", 10, bs, "")] + ind
    assert s2(full, 5) == 100
    total = s2(full, 6)
    assert total == 87.45, total  # 良 by the printed bands
    grade_p = "优"  # PLANT GRADE_OUTSIDE_BANDS: the drop-down shows 优, 87.45 is 良
    g = with_project(gold(None, dept, 2023, "COUNTY", "广东省", "SELF_EVALUATION", None, total, 100, grade_p,
                          budget(ia, aa, ea, rate), [], grows(full)), proj, unit)
    goal = ("改造城镇老旧小区21个、建筑面积46.5万平方米，加装电梯24部，改造供水、排水、燃气等管网32公里以上；工程竣工验收"
            "合格率100%，项目按期完工率90%以上；惠及居民8600户以上，居民满意度90%以上。")
    done = ("完成18个老旧小区改造，改造建筑面积40.2万平方米，改造供水、排水、燃气管网33.5公里；计划加装电梯24部，已完成加装"
            "并投入使用21部，新桥花园小区3部因管线迁改尚未完工；惠民里、秋长街道办旧宿舍、淡水桥东3个小区因产权争议延至"
            "2024年实施，受益居民6880户；居民满意度91.5%。")  # PLANT NARRATIVE_NOT_DONE_FULL_MARKS (the 3 elevators)
    meta = dict(dept=dept, unit=unit, proj=proj, ind=ind, total=total, grade=grade_p, goal=goal, done=done,
                fund=[("年度资金总额", ia, aa, ea, "10", f"{rate:.2f}%", fmt(bs)),
                      ("其中：当年财政拨款", ia_f, aa_f, ea_f, "—", f"{pct(ea_f, aa_f):.2f}%", "—"),
                      ("上年结转资金", ia_c, aa_c, ea_c, "—", f"{pct(ea_c, aa_c):.2f}%", "—"),
                      ("其他资金", None, None, None, "—", None, "—")])
    fnd = [F("BUDGET_ROW_SCORE", "年度资金总额",
             f"年度资金总额 | {ia:,.2f} | {aa:,.2f} | {ea:,.2f} | 10 | {rate:.2f}% | {fmt(bs)}", fmt(bs), fmt(bs_true),
             "HIGH", "ERROR", f"{ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% (printed right); the printed rule 年度资金总额得分="
                              f"执行率×10 gives {fmt(bs_true)}; the line takes full marks; the 总分 {fmt(total)} adds the 10"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "加装电梯（部）",
             "计划加装电梯24部，已完成加装并投入使用21部，新桥花园小区3部因管线迁改尚未完工 / 加装电梯（部） | ≥24 | 24 | 6 | 6",
             "6", "< 6", "HIGH", "WARNING",
             "the 实际完成情况 of the 年度总体目标 says only 21 of the 24 elevators are installed and in use (3 尚未完工); "
             "the row prints 24 vs ≥24, full marks and an unfilled 偏差原因; the proportion rule gives 6 × 21 ÷ 24 = 5.25"),
           F("GRADE_OUTSIDE_BANDS", "自评等级", f"总分 | 100 | {fmt(total)} | 自评等级：优", "优", "良", "HIGH", "ERROR",
             f"{fmt(total)} (= rows) lies in the printed band 80分（含）至90分 → 良; the grade is a drop-down content "
             f"control (items 优/良/中/差) showing 优; with the fund line at {fmt(bs_true)} the total would be "
             f"{fmt(r2(total - bs + bs_true))}, still 良")]
    return {"stem": "h235_huiyang_zhujian", "format": "docx", "write": write235, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": [f"执行率 {ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% (right); 当年财政拨款 {pct(ea_f, aa_f):.2f}% and 上年结转 "
                      f"{pct(ea_c, aa_c):.2f}% right; 拨款 + 结转 = 年度资金总额 in every column",
                      "every filled cell is a CONTENT CONTROL (w:sdt, its value in w:sdtContent); UNFILLED controls show "
                      f"their placeholder “{PLACEHOLDER}” (w:showingPlcHdr, style PlaceholderText): the 其他资金 line's "
                      "amounts and rate and the 偏差原因 of the full-mark rows are EMPTY, not text",
                      "the 自评等级 is a drop-down control whose list holds 优, 良, 中 and 差: only the shown 优 is printed; "
                      "the 填报日期 a date-picker control; the 年度 “（2023年度）” a date control",
                      "“金额单位：万元” is in a floating TEXT BOX (DrawingML with its VML fallback: the words are in the "
                      "file twice)",
                      "改造老旧小区 18 vs ≥21: 8 × 18 ÷ 21 = 6.86; 改造建筑面积 40.2 vs ≥46.5: 6 × 40.2 ÷ 46.5 = 5.19; "
                      "受益居民户数 6880 vs ≥8600: 8 × 6880 ÷ 8600 = 6.4 (printed proportion rule); 项目按期完工率 80% vs "
                      "≥90%: 8 − 5 → 3 (printed rule 每低1个百分点扣0.5分)",
                      "户均改造成本 3.05 vs ≤3.2 (a ceiling, met); 小区长效管理机制 部分建立 −4 with a reason (judgement)",
                      f"总分 {fmt(total)} = rows (with the printed 10)"]}


def write235(rep, path):
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import RGBColor
    M = rep["meta"]
    C = Controls()
    doc = new_doc()
    st = doc.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
    st.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    para(doc, "项目支出绩效自评表", bold=True, size=16, center=True, after=2)
    p = para(doc, "（", center=True, after=2)
    C.sdt(p, "2023年度", "年度", size=10.5, kind="date", items="yyyy'年度'", date="2023-12-31")
    p.add_run("）")
    p = para(doc, "填报单位（盖章）：", after=4)
    C.sdt(p, M["dept"], "填报单位", size=10.5)
    text_box(p, ["金额单位：万元"], 1, 40, 6)

    def cell(c, value, alias=None, bold=False, ctl=True, mid=True):
        pp = c.paragraphs[0]
        clear(pp)
        if ctl:
            C.sdt(pp, value, alias, bold=bold)
        else:
            pp._p.append(w_run(value, 9, bold))
        if mid:
            center(c)
        else:
            from docx.enum.table import WD_ALIGN_VERTICAL
            c.vertical_alignment = WD_ALIGN_VERTICAL.CENTER

    ind = M["ind"]
    n = 3 + 1 + len(M["fund"]) + 2 + 1 + len(ind) + 1
    t = table(doc, n, [10, 14, 16, 34, 17, 17, 12, 15, 35])
    r = 0
    lab = t.cell(r, 0).merge(t.cell(r, 1))
    cell(lab, "项目名称", ctl=False, bold=True)
    cell(t.cell(r, 2).merge(t.cell(r, 8)), M["proj"], "项目名称", mid=False)
    r += 1
    cell(t.cell(r, 0).merge(t.cell(r, 1)), "主管部门", ctl=False, bold=True)
    cell(t.cell(r, 2).merge(t.cell(r, 3)), M["dept"], "主管部门", mid=False)
    cell(t.cell(r, 4), "实施单位", ctl=False, bold=True)
    cell(t.cell(r, 5).merge(t.cell(r, 8)), M["unit"], "实施单位", mid=False)
    r += 1
    cell(t.cell(r, 0).merge(t.cell(r, 1)), "项目负责人", ctl=False, bold=True)
    cell(t.cell(r, 2).merge(t.cell(r, 3)), "叶××", "项目负责人", mid=False)
    cell(t.cell(r, 4), "联系电话", ctl=False, bold=True)
    cell(t.cell(r, 5).merge(t.cell(r, 8)), "0752-33×××××", "联系电话", mid=False)
    r += 1
    top = r
    for k, v in enumerate(["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
        cell(t.cell(r, 3 + k), v, ctl=False, bold=True)
    r += 1
    for lab_, a_, b_, e_, w_, q_, s_ in M["fund"]:
        cell(t.cell(r, 2), lab_, ctl=False, mid=False)
        for k, v in enumerate([a_, b_, e_]):
            cell(t.cell(r, 3 + k), None if v is None else f"{v:,.2f}", f"{lab_}{'年初全年执行'[2 * k:2 * k + 2]}")
        cell(t.cell(r, 6), w_, ctl=False)
        cell(t.cell(r, 7), q_, f"{lab_}执行率")
        if s_ == "—":
            cell(t.cell(r, 8), s_, ctl=False)
        else:
            cell(t.cell(r, 8), s_, "年度资金总额得分")
        r += 1
    m = t.cell(top, 0).merge(t.cell(r - 1, 1))
    cell(m, "项目资金（万元）", ctl=False, bold=True)
    for extra in m.paragraphs[1:]:
        m._tc.remove(extra._p)
    cell(t.cell(top, 2), "", ctl=False)
    # 年度总体目标: a header line and the two texts
    m = t.cell(r, 0).merge(t.cell(r + 1, 1))
    cell(m, "年度总体目标", ctl=False, bold=True)
    cell(t.cell(r, 2).merge(t.cell(r, 4)), "预期目标", ctl=False, bold=True)
    cell(t.cell(r, 5).merge(t.cell(r, 8)), "实际完成情况", ctl=False, bold=True)
    cell(t.cell(r + 1, 2).merge(t.cell(r + 1, 4)), M["goal"], "预期目标", mid=False)
    cell(t.cell(r + 1, 5).merge(t.cell(r + 1, 8)), M["done"], "实际完成情况", mid=False)
    r += 2
    head = ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    for k, v in enumerate(head):
        cell(t.cell(r, k), v, ctl=False, bold=True)
    first = r + 1
    for i, (l1, l2, l3, tv, av, w_, s_, nt) in enumerate(ind):
        rr = first + i
        cell(t.cell(rr, 1), l1, ctl=False)
        cell(t.cell(rr, 2), l2, ctl=False)
        cell(t.cell(rr, 3), l3, ctl=False, mid=False)
        cell(t.cell(rr, 4), tv, ctl=False)
        cell(t.cell(rr, 5), av, f"{l3}实际完成值")
        cell(t.cell(rr, 6), fmt(w_), ctl=False)
        cell(t.cell(rr, 7), fmt(s_), f"{l3}得分")
        cell(t.cell(rr, 8), nt or None, f"{l3}偏差原因", mid=False)
    last = first + len(ind) - 1
    m = t.cell(r, 0).merge(t.cell(last, 0))
    cell(m, "绩效指标", ctl=False, bold=True)
    for extra in m.paragraphs[1:]:
        m._tc.remove(extra._p)
    for col in (1, 2):
        start = 0
        for i in range(1, len(ind) + 1):
            if i == len(ind) or ind[i][:col] != ind[start][:col]:
                if i - 1 > start:
                    mm = t.cell(first + start, col).merge(t.cell(first + i - 1, col))
                    cell(mm, ind[start][col - 1], ctl=False)
                    for extra in mm.paragraphs[1:]:
                        mm._tc.remove(extra._p)
                start = i
    r = last + 1
    cell(t.cell(r, 0).merge(t.cell(r, 5)), "总分", ctl=False, bold=True)
    cell(t.cell(r, 6), "100", ctl=False, bold=True)
    cell(t.cell(r, 7), fmt(M["total"]), "总分", bold=True)
    c = t.cell(r, 8)
    pp = c.paragraphs[0]
    clear(pp)
    pp._p.append(w_run("自评等级：", 9, True))
    C.sdt(pp, M["grade"], "自评等级", bold=True, kind="drop", items=("优", "良", "中", "差"))
    center(c)
    para(doc, "", after=2)
    para(doc, "评分说明：1.年度资金总额得分=执行率×10，保留两位小数；2.定量指标达到年度指标值的得满分，未达到的按完成比例计分，"
              "项目按期完工率每低于指标值1个百分点扣0.5分；3.定性指标根据完成情况酌情扣分并说明理由；4.自评等级：" + BANDS)
    p = para(doc, "填报人：", after=0)
    C.sdt(p, "叶××", "填报人", size=10.5)
    p.add_run("　　　填报日期：")
    C.sdt(p, "2024年3月15日", "填报日期", size=10.5, kind="date", items="yyyy'年'M'月'd'日'", date="2024-03-15")
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    doc.save(path)
    H.A.normalize_zip(path)


ALL.append(h235())


# ============================================================ h236 新乡市红旗区民政局 (XLSX, HIDDEN sheet, columns and rows)

def h236():
    dept = "新乡市红旗区民政局"
    ib_b, ib_p = 1426.00, 2180.00
    ab_b, ab_p = 1468.25, 2531.75
    eb_b, eb_p = 1452.16, 2371.94
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (3606.00, 4000.00, 3824.10, 95.60), (ib, ab, eb, rate)
    bs = r2(rate / 10)  # 9.56
    # last year's (2021) figures: the hidden column 上年执行数 and the hidden sheet “2021年度”
    py = dict(ib_b=1380.00, ib_p=1960.00, ab_b=1402.60, ab_p=2277.40, eb_b=1398.70, eb_p=2113.70)
    py_ab, py_eb = r2(py["ab_b"] + py["ab_p"]), r2(py["eb_b"] + py["eb_p"])
    py_rate = pct(py_eb, py_ab)
    assert (py_ab, py_eb, py_rate) == (3680.00, 3512.40, 95.45)
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因, 2021完成值, 2021得分); 2021 None = a row new in 2022
    rows = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 5, 5, "", "合理", 5),
            ("决策", "决策过程", "决策程序规范性", "规范", "规范", 5, 5, "", "规范", 5),
            ("决策", "预算编制", "预算编制科学性", "科学", "基本科学", 5, 4, "年中追加困难群众救助补助资金，预算编制精准度不足，扣1分",
             "基本科学", 4),
            ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "", f"{py_rate:.2f}%", r2(py_rate / 10)),
            ("过程", "财务管理", "资金使用合规性", "合规", "合规", 5, 5, "", "合规", 5),
            ("过程", "资产管理", "资产管理规范性", "规范", "规范", 5, 5, "", "规范", 5),
            ("产出", "数量指标", "城乡低保对象保障人数（人）", "≥3200", "3268", 8, 8, "", "3315", 8),
            ("产出", "数量指标", "特困人员集中供养人数（人）", "≥260", "260", 6, 6, "", "262", 6),
            ("产出", "数量指标", "社区养老服务站建设数量（个）", "≥12", "12", 6, 6, "", None, None),
            ("产出", "质量指标", "低保资金发放准确率", "100%", "100%", 6, 6, "", "100%", 6),
            ("产出", "质量指标", "婚姻登记合格率", "100%", "100%", 4, 4, "", "100%", 4),
            ("产出", "时效指标", "临时救助审批办结时限（个工作日）", "≤5", "3", 5, 5, "", "4", 5),
            ("产出", "成本指标", "特困人员供养标准达标率", "100%", "100%", 5, 5, "", "100%", 5),
            # PLANT RATE_OVER_ZERO_BASE: a growth rate over 2021's 0 人次 (the platform opened in 2022), full marks
            ("效益", "社会效益", "智慧养老服务平台服务人次增长率", "≥20%", "100%（2021年0人次）", 6, 6, "", None, None),
            ("效益", "社会效益", "困难群众救助政策知晓率", "≥90%", "92.6%", 6, 6, "", "90.8%", 6),
            ("效益", "可持续影响", "社会救助长效机制", "健全", "基本健全", 6, 5, "部分街道社会救助经办人员流动较大，扣1分", "基本健全", 5),
            ("效益", "满意度", "服务对象满意度", "≥90%", "88%", 7, 6.84, "部分养老服务站服务项目单一，按完成比例计分", "86%",
             r2(7 * 86 / 90))]
    # rows of the 2021 form that 2022 dropped: HIDDEN in the 2022 sheet (their cells keep the 2021 figures)
    dropped = {"特困人员集中供养人数（人）": ("产出", "数量指标", "冬季取暖救助发放户数（户）", "≥1500", "1420", 6,
                                       r2(6 * 1420 / 1500), "部分户籍迁出，按完成比例计分"),
               "低保资金发放准确率": ("产出", "质量指标", "疫情防控物资保障到位率", "100%", "100%", 6, 6, "")}
    ind = [r[:8] for r in rows]
    assert s2(ind, 5) == 100 and r2(7 * 88 / 90) == 6.84
    total = s2(ind, 6)
    assert total == 97.40, total
    names = ["决策", "过程", "产出", "效益"]
    sec = secs(ind, names)
    assert sec[2] == ("产出", 40, 40) and sec[3] == ("效益", 25, 23.84), sec
    sec_p = [list(x) for x in sec]
    sec_p[2][2] = 39  # PLANT SECTION_VS_ROWS: the 产出 小计 prints 得分 39 (得分率 97.50%), its rows add to 40
    rate_p = {k: pct(x[2], x[1]) for k, x in enumerate(sec_p)}
    assert rate_p[3] == 95.36
    rate_p[3] = 93.36  # PLANT SCORE_RATE: the 效益 小计 prints 得分率 93.36%, 23.84 ÷ 25 = 95.36%
    # the 2021 form (hidden sheet): the shared rows with 2021 figures, the two dropped rows, no 2022-only rows
    old = []
    for r in rows:
        if r[8] is not None:
            old.append((r[0], r[1], r[2], r[3], r[8], r[5], r[9], ""))
        if r[2] in dropped:
            old.append(dropped[r[2]])
    assert s2(old, 5) == 100, s2(old, 5)
    old_total = s2(old, 6)
    assert old_total == 96.92, old_total
    g = gold(None, dept, 2022, "COUNTY", "河南省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), [tuple(x) for x in sec_p], grows(ind))
    meta = dict(dept=dept, rows=rows, dropped=dropped, sec=sec_p, srate=rate_p, total=total, old=old,
                old_total=old_total, names=names,
                budget=[("合计", ib, ab, eb, py_eb, rate), ("其中：基本支出", ib_b, ab_b, eb_b, py["eb_b"], pct(eb_b, ab_b)),
                        ("项目支出", ib_p, ab_p, eb_p, py["eb_p"], pct(eb_p, ab_p))],
                old_budget=[("合计", r2(py["ib_b"] + py["ib_p"]), py_ab, py_eb, py_rate),
                            ("其中：基本支出", py["ib_b"], py["ab_b"], py["eb_b"], pct(py["eb_b"], py["ab_b"])),
                            ("项目支出", py["ib_p"], py["ab_p"], py["eb_p"], pct(py["eb_p"], py["ab_p"]))])
    fnd = [F("SECTION_VS_ROWS", "产出", "小计 | 40 | 39 | 97.50%", "39", "40", "HIGH", "ERROR",
             "the 产出 小计 prints 得分 39 (and 得分率 97.50%, which follows it); its seven visible rows score 8 + 6 + 6 + 6 "
             "+ 4 + 5 + 5 = 40 (weights 40 agree); the 合计 97.4 adds the rows, not the 小计s"),
           F("SCORE_RATE", "效益", "小计 | 25 | 23.84 | 93.36%", "93.36%", "95.36%", "HIGH", "ERROR",
             "23.84 ÷ 25 = 95.36%; the 效益 小计 prints 93.36% (its 分值 and 得分 are right)"),
           F("RATE_OVER_ZERO_BASE", "智慧养老服务平台服务人次增长率",
             "智慧养老服务平台服务人次增长率 | ≥20% | 100%（2021年0人次） | 6 | 6", "100%（2021年0人次）",
             "undefined (base 0)", "HIGH", "WARNING",
             "a growth rate over a base of 0 人次 (the platform began service in 2022) is undefined, not 100%; the row "
             "takes full marks on it")]
    return {"stem": "h236_hongqi_minzheng", "format": "xlsx", "write": write236, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the FIRST sheet “2021年度” is HIDDEN (sheet state hidden): last year's whole form (total "
                      f"{fmt(old_total)}, budget 3,680.00 / 3,512.40 / {py_rate:.2f}%), not the report; the report is the "
                      "visible, active sheet “2022年度”",
                      "HIDDEN columns in the 2022 sheet: E 上年实际完成值 (上年执行数 in the budget block) and H 上年得分, "
                      "both holding 2021 figures beside the 2022 ones: not read",
                      "two HIDDEN rows inside 产出 (冬季取暖救助发放户数（户） 6 / 5.68 and 疫情防控物资保障到位率 6 / 6, "
                      "2021 indicators the 2022 form dropped): not rows; the visible weights add to 100 without them",
                      f"执行率 {eb:,.2f} ÷ {ab:,.2f} = {rate:.2f}% × 10 = {fmt(bs)} (right); 基本 {pct(eb_b, ab_b):.2f}% and "
                      f"项目 {pct(eb_p, ab_p):.2f}% right; parts add up; both under budget",
                      "特困人员集中供养人数 260 vs ≥260 (met exactly); 临时救助审批办结时限 3 vs ≤5 (a ceiling, met)",
                      "服务对象满意度 88% vs ≥90%: 7 × 88 ÷ 90 = 6.84 (printed proportion rule)",
                      "预算编制科学性 −1, 社会救助长效机制 −1 with reasons (judgement)",
                      "决策 15/14 (93.33%), 过程 20/19.56 (97.80%) 小计 right; 合计 97.4 = rows"]}


def write236(rep, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    M = rep["meta"]
    wb = Workbook()
    wb.properties.creator = "Administrator"
    wb.properties.lastModifiedBy = "Administrator"
    wb.properties.created = H.A.FIXED
    wb.properties.modified = H.A.FIXED
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    cols = "ABCDEFGHIJK"
    widths = [8, 11, 28, 11, 11, 15, 7, 7, 7, 9, 32]

    def sheet(ws, year, budget_rows, ind_rows, total, secs_, srates, hidden_cols):
        for k, wd in enumerate(widths):
            ws.column_dimensions[cols[k]].width = wd
        r = [1]

        def put(vals, spans=(), bold=False, boxed=True, money=(), size=10, left=(), height=None):
            row = r[0]
            for k, v in enumerate(vals):
                if v is None:
                    continue
                c = ws.cell(row=row, column=k + 1, value=v)
                c.font = Font(name="宋体", size=size, bold=bold)
                c.alignment = Alignment(horizontal="left" if k in left else "center", vertical="center",
                                        wrap_text=True)
                if k in money:
                    c.number_format = "#,##0.00"
            for a, b in spans:
                ws.merge_cells(start_row=row, start_column=a + 1, end_row=row, end_column=b + 1)
            if boxed:
                for k in range(len(widths)):
                    ws.cell(row=row, column=k + 1).border = box
            if height:
                ws.row_dimensions[row].height = height
            r[0] += 1
            return row

        put([f"{M['dept']}{year}年度部门整体支出绩效自评表"], spans=[(0, 10)], bold=True, boxed=False, size=15)
        put([f"部门（单位）名称：{M['dept']}（盖章）", None, None, None, None, None, None, None, None, "金额单位：万元"],
            spans=[(0, 8), (9, 10)], boxed=False, left=(0,))
        put(["一、部门预算执行情况"], spans=[(0, 10)], bold=True, boxed=False, left=(0,))
        put(["项目", None, None, "年初预算数", "上年执行数", "全年预算数", "全年执行数", None, None, "执行率", "备注"],
            spans=[(0, 2), (6, 8)], bold=True)
        for lab, i_, a_, e_, pe, q in budget_rows:
            put([lab, None, None, i_, pe, a_, e_, None, None, f"{q:.2f}%", ""], spans=[(0, 2), (6, 8)],
                money=(3, 4, 5, 6), left=(0,))
        put(["二、绩效指标完成情况"], spans=[(0, 10)], bold=True, boxed=False, left=(0,))
        put(["一级指标", "二级指标", "三级指标", "年度指标值", "上年实际完成值", "实际完成值", "分值", "上年得分", "得分", "得分率",
             "偏差原因分析及改进措施"], bold=True)
        hidden_rows = []
        for nm, (w_, s_), rate_ in zip(M["names"], secs_, srates):
            grp = [x for x in ind_rows if x[0] == nm]
            first = r[0]
            for x in grp:
                tall = len(x[9]) > 17 or len(str(x[5])) > 8
                row = put([x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7], x[8], None, x[9]], left=(2, 10),
                          height=27 if tall else None)
                if x[10]:
                    hidden_rows.append(row)
            put([nm, "小计", None, None, None, None, w_[0], w_[1], s_, f"{rate_:.2f}%", None], spans=[(1, 5)], bold=True)
            ws.merge_cells(start_row=first, start_column=1, end_row=r[0] - 1, end_column=1)
            start = first  # 二级 merged down its group
            for i in range(first + 1, r[0]):
                if i == r[0] - 1 or ws.cell(row=i, column=2).value != ws.cell(row=start, column=2).value:
                    if i - 1 > start:
                        ws.merge_cells(start_row=start, start_column=2, end_row=i - 1, end_column=2)
                    start = i
        put(["合计", None, None, None, None, None, 100, total[0], total[1], f"{total[1]:.2f}%", "自评等级：优"],  # H: 上年
            spans=[(0, 5)], bold=True)
        put(["说明：1.预算执行率得分=执行率×10，保留两位小数；2.定量指标达到年度指标值的得满分，未达到的按完成比例计分；"
             "3.定性指标根据完成情况酌情扣分并说明理由；4.自评等级：" + BANDS], spans=[(0, 10)], boxed=False, left=(0,),
            height=42)
        put([f"填表人：王××　　审核人：赵××　　联系电话：0373-20×××××　　填报日期：{year + 1}年4月12日"], spans=[(0, 10)],
            boxed=False, left=(0,))
        for c in hidden_cols:
            ws.column_dimensions[c].hidden = True
        for row in hidden_rows:
            ws.row_dimensions[row].hidden = True
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True

    # the 2021 sheet: no 上年 figures of its own (its hidden columns are empty), shown as last year's form
    old = M["old"]
    o_secs = [(s2([x for x in old if x[0] == n], 5), s2([x for x in old if x[0] == n], 6)) for n in M["names"]]
    o_rows = [(x[0], x[1], x[2], x[3], "", x[4], x[5], "", x[6], x[7], False) for x in old]
    o_budget = [(lab, i_, a_, e_, None, q) for lab, i_, a_, e_, q in M["old_budget"]]
    ws0 = wb.active
    ws0.title = "2021年度"
    sheet(ws0, 2021, o_budget, o_rows, ("", M["old_total"]),
          [(w, s_) for (w, s_) in zip([(a, "") for a, _ in o_secs], [b for _, b in o_secs])],
          [pct(b, a) for a, b in o_secs], ("E", "H"))
    # the 2022 sheet: 上年 columns E and H hidden, the two dropped rows hidden in place
    rows2 = []
    for x in M["rows"]:
        rows2.append((x[0], x[1], x[2], x[3], x[8] if x[8] is not None else "—", x[4], x[5],
                      x[9] if x[9] is not None else "—", x[6], x[7], False))
        if x[2] in M["dropped"]:
            d = M["dropped"][x[2]]
            rows2.append((d[0], d[1], d[2], d[3], d[4], d[4], d[5], d[6], d[6], d[7], True))
    ws = wb.create_sheet("2022年度")
    sheet(ws, 2022, M["budget"], rows2, (M["old_total"], M["total"]),
          [((w, ""), s_) for _, w, s_ in M["sec"]], [M["srate"][k] for k in range(4)], ("E", "H"))
    ws0.sheet_state = "hidden"
    wb.active = 1
    ws0.sheet_view.tabSelected = False
    ws.sheet_view.tabSelected = True
    wb.save(path)
    H.A.normalize_zip(path)


ALL.append(h236())


# ============================================================ h237 十堰市张湾区交通运输局 (PDF printed TWO PAGES WIDE)

def h237():
    dept = "十堰市张湾区交通运输局"
    unit = "十堰市张湾区公路事业发展中心"
    proj = "张湾区2024年农村公路安全生命防护工程"
    src = [("中央车购税资金", 1000.00, 1000.00, 986.20), ("市级补助资金", 300.00, 300.00, 291.60),
           ("区级配套资金", 260.00, 420.00, 370.55)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    assert (ia, aa, ea, rate) == (1560.00, 1720.00, 1648.35, 95.83), (ia, aa, ea, rate)
    bs = r2(rate / 10)  # 9.58
    e_q_print = 307.55  # PLANT BREAKDOWN_SUM: 区级配套资金 全年执行数 prints 307.55 (rate 73.23% follows it); the three
    # sources then add to 1,585.35, the 年度资金总额 line prints 1,648.35 (a source line short by 63.00)
    src_p = src[:2] + [(src[2][0], src[2][1], src[2][2], e_q_print)]
    parts_p = r2(sum(x[3] for x in src_p))
    assert parts_p == 1585.35
    mal = "≥95%得5分；90%—95%（不含）得3分；85%以下不得分"  # PLANT MALFORMED_RULE: nothing covers 85%（含）–90%
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因, 评分标准)
    ind = [("产出指标", "数量指标", "实施安全生命防护工程里程（公里）", "≥86", "88.4", 8, 8, "",
            "完成86公里及以上得8分，每少1公里扣0.5分，扣完为止"),
           ("产出指标", "数量指标", "设置波形护栏（米）", "≥42000", "39900", 6, 5.7, "部分路段边坡不稳定，调整为设置柔性防护",
            "按完成比例计分：实际完成值÷42000×6分"),
           ("产出指标", "数量指标", "增设警示标志标牌（块）", "≥620", "648", 4, 4, "", "每少10块扣0.5分，最高扣4分"),
           ("产出指标", "数量指标", "整治急弯陡坡路段（处）", "≥35", "35", 6, 6, "", "完成35处得6分，每少1处扣1分"),
           ("产出指标", "质量指标", "工程交工验收合格率", "100%", "100%", 8, 8, "", "100%得8分，每降低1%扣2分"),
           # PLANT RULE_SCORE: the rule takes 1 point per point below 95%: 92% → 8 − 3 = 5, the row prints 7
           ("产出指标", "质量指标", "安全隐患路段整治完成率", "≥95%", "92%", 8, 7,
            "2处隐患路段涉及地质灾害点，需与水毁修复工程同步实施", "≥95%得8分，每低1个百分点扣1分，扣完为止"),
           ("产出指标", "时效指标", "项目按期完工率", "≥90%", "97%", 5, 5, "", mal),  # PLANT MALFORMED_RULE
           ("产出指标", "成本指标", "每公里综合造价（万元/公里）", "≤19.5", "18.65", 5, 5, "",
            "≤19.5万元/公里得5分，每超1%扣0.5分"),
           ("效益指标", "社会效益指标", "农村公路交通事故起数较上年下降率", "≥10%", "18.2%", 8, 8, "",
            "下降10%及以上得8分，每少1个百分点扣0.8分"),
           ("效益指标", "社会效益指标", "沿线群众出行安全保障水平", "明显提升", "明显提升", 7, 7, "",
            "明显提升得7分，有所提升得4分，无提升不得分"),
           ("效益指标", "社会效益指标", "事故多发路段平均车速降低率", "≥5%", "6.3%", 7, 7, "", "≥5%得7分，每少1个百分点扣1分"),
           ("效益指标", "可持续影响指标", "防护设施管护责任落实率", "100%", "96%", 8, 7.2, "4%路段管护责任尚未落实到村",
            "100%得8分，每降低1%扣0.2分"),
           ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "93.5%", 10, 10, "",
            "≥90%得10分，每低1个百分点扣0.5分")]
    assert r2(6 * 39900 / 42000) == 5.7 and r2(8 - 4 * 0.2) == 7.2
    full = [("", "", "年度资金总额", "", f"{rate:.2f}%", 10, bs, "")] + [x[:8] for x in ind]
    assert s2(full, 5) == 100
    total = s2(full, 6)
    assert total == 97.48, total
    g = with_project(gold(None, dept, 2024, "COUNTY", "湖北省", "SELF_EVALUATION", None, total, 100, "优",
                          budget(ia, aa, ea, rate), [], grows(full)), proj, unit)
    goal = ("实施农村公路安全生命防护工程86公里，设置波形护栏42000米、警示标志标牌620块，整治急弯陡坡路段35处；工程交工验收"
            "合格率100%，项目按期完工率90%以上；农村公路交通事故起数较上年下降10%以上，沿线群众满意度90%以上。")
    done = ("完成安全生命防护工程88.4公里，设置波形护栏39900米、警示标志标牌648块，整治急弯陡坡路段35处；交工验收合格率100%，"
            "按期完工率97%；全区农村公路交通事故起数较上年下降18.2%，沿线群众满意度93.5%。")
    meta = dict(dept=dept, unit=unit, proj=proj, ind=ind, total=total, goal=goal, done=done,
                fund=[("年度资金总额", ia, aa, ea, "10", f"{rate:.2f}%", fmt(bs))]
                + [("其中：" + n if k == 0 else n, a_, b_, e_, "—", f"{pct(e_, b_):.2f}%", "—")
                   for k, (n, a_, b_, e_) in enumerate(src_p)])
    fnd = [F("RULE_SCORE", "安全隐患路段整治完成率",
             "安全隐患路段整治完成率 | ≥95% | 92% | 8 | 7 | ≥95%得8分，每低1个百分点扣1分，扣完为止", "7", "5", "HIGH", "ERROR",
             "the printed 评分标准 takes 1 point per percentage point below 95%: 92% is 3 short, 8 − 3 = 5; the row "
             "prints 7 (its 分值/得分 and 评分标准 are on page 2, its name and values on page 1)"),
           F("MALFORMED_RULE", "项目按期完工率", f"项目按期完工率 | ≥90% | 97% | 5 | 5 | {mal}", mal,
             "no band for 85%（含）–90%", "HIGH", "WARNING",
             "the bands ≥95% → 5, 90%—95%（不含） → 3 and 85%以下 → 0 leave 85%–90% unscored; the row's 97% is in the "
             "first band, so its 5 is not affected"),
           F("BREAKDOWN_SUM", "全年执行数",
             f"年度资金总额 | {ea:,.2f} ; 其中：中央车购税资金 | 986.20 ; 市级补助资金 | 291.60 ; 区级配套资金 | {e_q_print:,.2f}",
             f"{ea:,.2f}", f"{parts_p:,.2f}", "HIGH", "WARNING",
             f"全年执行数: 986.20 + 291.60 + {e_q_print:,.2f} = {parts_p:,.2f}, the 年度资金总额 line prints {ea:,.2f} "
             f"(63.00 apart; the 区级 line's 73.23% follows its printed {e_q_print:,.2f}); the 年初 and 全年 columns add "
             f"up and the {rate:.2f}% is right on the printed total; which line is wrong is not knowable")]
    return {"stem": "h237_zhangwan_jiaotong", "format": "pdf", "draw": draw237, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the sheet is printed TWO PAGES WIDE (portrait A4, no fit-to-width, no repeated title columns): "
                      "page 1 holds columns A–E (labels, 年初预算数 / 全年预算数, 一级 … 实际完成值), page 2 columns F–I "
                      "of the SAME rows at the same heights (全年执行数 / 分值 / 执行率 / 得分 of the fund lines; 分值 / "
                      "得分 / 评分标准 / 偏差原因 of the indicators; 100 and the total of the 总分 row): page 2 has no "
                      "row labels, its rows pair with page 1's by position",
                      "the 评分标准 column (page 2, beside 分值/得分) is FULL OF NUMBERS (“每少1公里扣0.5分”, “≥95%得8分”, "
                      "“实际完成值÷42000×6分”): rules, not scores",
                      f"执行率 {ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% (right) × 10 = {rate / 10:.3f} printed {fmt(bs)}; "
                      "中央 98.62% and 市级 97.20% right; 年初 1,560.00 < 全年 1,720.00 (区级 追加 160.00)",
                      "整治急弯陡坡路段 35 vs ≥35 (met exactly); 每公里综合造价 18.65 vs ≤19.5 (a ceiling, met)",
                      "设置波形护栏 39900 vs ≥42000: 39900 ÷ 42000 × 6 = 5.7; 防护设施管护责任落实率 96%: 8 − 4 × 0.2 = "
                      "7.2 (printed rules)",
                      f"with the rule applied (5) the rows add to {fmt(r2(total - 2))}, still 优; 总分 {fmt(total)} = rows"]}


def draw237(rep, path):
    from reportlab.lib.pagesizes import A4
    M = rep["meta"]
    W, Hh = A4
    c = new_canvas(path, A4)
    fs = 8.5
    lead = fs + 3
    L, T = 36, Hh - 40
    cw = [58, 66, 160, 84, 84, 80, 56, 230, 150]  # A–I in pt; A–E fill page 1 (452 + F's 80 > 523), F–I page 2
    cut = 5  # first column of page 2
    xs = [0]
    for w_ in cw:
        xs.append(xs[-1] + w_)
    rows = []  # (cells, min height); a cell: (first col, last col, text, align, bold, rows down)

    def add(cells, h=None):
        rows.append((cells, h))

    add([(0, 4, "项目支出绩效自评表", "c", True, 1)], 26)
    add([(0, 4, "（2024年度）", "c", False, 1)], 16)
    add([(0, 4, f"填报单位（盖章）：{M['unit']}", "l", False, 1), (5, 8, "金额单位：万元", "r", False, 1)], 16)
    grid0 = len(rows)
    add([(0, 0, "项目名称", "c", True, 1), (1, 8, M["proj"], "l", False, 1)])
    add([(0, 0, "主管部门", "c", True, 1), (1, 8, M["dept"], "l", False, 1)])
    add([(0, 0, "实施单位", "c", True, 1), (1, 8, M["unit"], "l", False, 1)])
    nf = len(M["fund"])
    add([(0, 0, "项目资金（万元）", "c", True, nf + 1), (1, 2, "", "c", False, 1), (3, 3, "年初预算数", "c", True, 1),
         (4, 4, "全年预算数", "c", True, 1), (5, 5, "全年执行数", "c", True, 1), (6, 6, "分值", "c", True, 1),
         (7, 7, "执行率", "c", True, 1), (8, 8, "得分", "c", True, 1)])
    for lab, a_, b_, e_, w_, q_, s_ in M["fund"]:
        add([(1, 2, lab, "l", False, 1), (3, 3, f"{a_:,.2f}", "r", False, 1), (4, 4, f"{b_:,.2f}", "r", False, 1),
             (5, 5, f"{e_:,.2f}", "r", False, 1), (6, 6, w_, "c", False, 1), (7, 7, q_, "c", False, 1),
             (8, 8, s_, "c", False, 1)])
    add([(0, 0, "年度总体目标", "c", True, 2), (1, 4, "预期目标", "c", True, 1), (5, 8, "实际完成情况", "c", True, 1)])
    add([(1, 4, M["goal"], "l", False, 1), (5, 8, M["done"], "l", False, 1)])
    add([(0, 0, "一级指标", "c", True, 1), (1, 1, "二级指标", "c", True, 1), (2, 2, "三级指标", "c", True, 1),
         (3, 3, "年度指标值", "c", True, 1), (4, 4, "实际完成值", "c", True, 1), (5, 5, "分值", "c", True, 1),
         (6, 6, "得分", "c", True, 1), (7, 7, "评分标准", "c", True, 1), (8, 8, "偏差原因分析及改进措施", "c", True, 1)])
    ind = M["ind"]
    for i, (l1, l2, l3, tv, av, w_, s_, nt, rule) in enumerate(ind):
        cells = []
        for col in (0, 1):
            if i == 0 or ind[i - 1][:col + 1] != ind[i][:col + 1]:
                span = 1
                while i + span < len(ind) and ind[i + span][:col + 1] == ind[i][:col + 1]:
                    span += 1
                cells.append((col, col, ind[i][col], "c", False, span))
        cells += [(2, 2, l3, "l", False, 1), (3, 3, tv, "c", False, 1), (4, 4, av, "c", False, 1),
                  (5, 5, fmt(w_), "c", False, 1), (6, 6, fmt(s_), "c", False, 1), (7, 7, rule, "l", False, 1),
                  (8, 8, nt, "l", False, 1)]
        add(cells)
    add([(0, 4, "总分", "c", True, 1), (5, 5, "100", "c", True, 1), (6, 6, fmt(M["total"]), "c", True, 1),
         (7, 8, "自评等级：优", "l", True, 1)])
    grid1 = len(rows)
    add([(0, 4, "评分说明：1.年度资金总额得分=执行率×10，保留两位小数；2.各三级指标按“评分标准”列计分；3.定性指标根据完成情况"
                "酌情扣分并说明理由；4.自评等级：" + BANDS, "l", False, 1)])
    add([(0, 4, "填报人：胡××　　　联系电话：0719-82×××××　　　填报日期：2025年3月20日", "l", False, 1)])

    def lines(cell):
        a, b, text = cell[:3]
        return wrap(text, xs[b + 1] - xs[a] - 6, fs) if text else [""]
    # row heights: each row as tall as its tallest single-row cell (as the spreadsheet's auto height)
    hs = []
    for cells, h in rows:
        need = max([len(lines(x)) * lead + 6 for x in cells if x[5] == 1] + [lead + 6])
        hs.append(max(h or 0, need))
    ys = [T]
    for h in hs:
        ys.append(ys[-1] - h)
    for page in (0, 1):
        lo, hi = (0, cut) if page == 0 else (cut, len(cw))
        off = L - xs[lo]
        c.setLineWidth(0.5)
        for i, (cells, _) in enumerate(rows):
            gridded = grid0 <= i < grid1
            for a, b, text, al, bold, down in cells:
                if b < lo or a >= hi:
                    continue
                x0, x1 = xs[max(a, lo)] + off, xs[min(b + 1, hi)] + off
                y0, y1 = ys[i], ys[i + down]
                if gridded:
                    c.line(x0, y0, x1, y0)
                    c.line(x0, y1, x1, y1)
                    if a >= lo:
                        c.line(x0, y0, x0, y1)
                    if b + 1 <= hi:
                        c.line(x1, y0, x1, y1)
                if not text or a < lo:  # a cell's text is printed on the page of its first column
                    continue
                ls = lines((a, b, text))
                fsz = 15 if i == 0 else fs
                c.setFont(FONT, fsz)
                top = y0 - ((y0 - y1) - len(ls) * lead) / 2 - fs if gridded else y0 - fsz - 3
                for j, ln in enumerate(ls if i else [text]):
                    yy = top - j * lead
                    tx0, tx1 = xs[a] + off, xs[b + 1] + off
                    if al == "c":
                        c.drawCentredString((tx0 + tx1) / 2, yy, ln)
                    elif al == "r":
                        c.drawRightString(tx1 - 3, yy, ln)
                    else:
                        c.drawString(tx0 + 3, yy, ln)
        c.setFont(FONT, 9)
        c.drawCentredString(W / 2, 24, f"第 {page + 1} 页，共 2 页")
        c.showPage()
    c.save()


ALL.append(h237())


# ============================================================ h238 蚌埠市蚌山区卫健委 (WPS XLSX: rich text, unit formats, page break)

def h238():
    dept = "蚌埠市蚌山区卫生健康委员会"
    ib_b, ib_p = 2860.00, 1940.00
    ab_b, ab_p = 2905.40, 2594.60
    eb_b, eb_p = 2929.80, 2311.48  # PLANT SPENDING_OVER_BUDGET: 基本支出 2,929.80 > 全年 2,905.40
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (4800.00, 5500.00, 5241.28, 95.30), (ib, ab, eb, rate)
    rb, rp = pct(eb_b, ab_b), pct(eb_p, ab_p)
    assert (rb, rp) == (100.84, 89.09)
    bs = r2(rate / 10)  # 9.53
    # (一级, 二级, 三级 as (name, unit run), 指标值, 完成值, 分值, 得分, 偏差原因)
    ind = [("决策", "目标设定", ("绩效目标合理性", ""), "合理", "合理", 4, 4, ""),
           ("决策", "决策过程", ("决策程序规范性", ""), "规范", "规范", 4, 4, ""),
           ("决策", "预算编制", ("预算编制科学性", ""), "科学", "较科学", 4, 3.5, "年中追加疫苗采购及公共卫生应急资金，扣0.5分"),
           ("过程", "预算执行", ("预算执行率", ""), "100%", f"{rate:.2f}%", 10, bs, ""),
           ("过程", "财务管理", ("资金使用合规性", ""), "合规", "合规", 5, 5, ""),
           ("过程", "资产管理", ("政府采购规范性", ""), "规范", "规范", 5, 5, ""),
           ("产出", "数量指标", ("家庭医生签约服务人数", "（人）"), "≥98000", "101260", 8, 8, ""),
           # PLANT TARGET_MISSED_FULL_MARKS: 20150 < 21000, full marks, no 偏差原因 (proportion rule: 5.76)
           ("产出", "数量指标", ("0–6岁儿童健康管理人数", "（人）"), "≥21000", "20150", 6, 6, ""),
           ("产出", "数量指标", ("新建“健康小屋”", "（个）"), "≥8", "8", 4, 4, ""),
           # PLANT ROW_SCORE_OVER_WEIGHT: 8.5 (shown “8.5分”) of a weight of 8
           ("产出", "质量指标", ("高血压患者规范管理率", ""), "≥65%", "67.4%", 8, 8.5, ""),
           ("产出", "质量指标", ("适龄儿童国家免疫规划疫苗接种率", ""), "≥95%", "96.8%", 6, 6, ""),
           ("产出", "时效指标", ("传染病报告及时率", ""), "100%", "100%", 4, 4, ""),
           ("产出", "成本指标", ("基层医疗机构运行成本控制率", ""), "≤100%", "96.2%", 4, 4, ""),
           ("效益", "社会效益", ("居民健康素养水平", ""), "≥28%", "29.5%", 8, 8, ""),
           ("效益", "社会效益", ("孕产妇死亡率", "（1/10万）"), "≤12", "0", 6, 6, ""),
           ("效益", "可持续影响", ("基层医疗卫生服务能力提升机制", ""), "健全", "基本健全", 6, 5, "部分社区卫生服务站全科医生配备不足，扣1分"),
           ("效益", "满意度", ("群众就医满意度", ""), "≥90%", "88.4%", 8, 7.86, "部分社区卫生服务站就诊等候时间较长，按完成比例计分")]
    assert r2(8 * 88.4 / 90) == 7.86
    flat = [(a, b, n + u, t, v, w, s_, x) for a, b, (n, u), t, v, w, s_, x in ind]
    assert s2(flat, 5) == 100
    total = s2(flat, 6)
    assert total == 98.39, total
    g = gold(None, dept, 2023, "COUNTY", "安徽省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), [], grows(flat))
    meta = dict(dept=dept, ind=ind, total=total, rate=rate,
                budget=[("合计", ib, ab, eb, rate, "pct_literal"), ("其中：基本支出", ib_b, ab_b, eb_b, rb / 100, "pct"),
                        ("项目支出", ib_p, ab_p, eb_p, rp / 100, "pct")])
    fnd = [F("ROW_SCORE_OVER_WEIGHT", "高血压患者规范管理率", "高血压患者规范管理率 | ≥65% | 67.4% | 8分 | 8.5分", "8.5", "≤ 8",
             "HIGH", "ERROR", "the row scores 8.5 (a number cell shown “8.5分” by its format) of a weight of 8; the 合计 "
                              f"{fmt(total)} adds the 8.5"),
           F("SPENDING_OVER_BUDGET", "基本支出", f"其中：基本支出 | {ib_b:,.2f} | {ab_b:,.2f} | {eb_b:,.2f} | {rb:.2f}%",
             f"{eb_b:,.2f}万元", f"≤ {ab_b:,.2f}万元", "HIGH", "WARNING",
             f"基本支出 执行 {eb_b:,.2f} exceeds its 全年预算数 {ab_b:,.2f} ({rb:.2f}%, printed); the 合计 stays under "
             f"budget ({rate:.2f}%) because 项目支出 is under"),
           F("TARGET_MISSED_FULL_MARKS", "0–6岁儿童健康管理人数（人）", "0–6岁儿童健康管理人数（人） | ≥21000 | 20150 | 6分 | 6分 |",
             "6", "< 6", "HIGH", "WARNING",
             f"20150 < 21000, yet full marks and no 偏差原因; the printed proportion rule gives 6 × 20150 ÷ 21000 = "
             f"{6 * 20150 / 21000:.2f}")]
    return {"stem": "h238_bengshan_weijian", "format": "xlsx", "write": write238, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["a WPS-saved workbook (docProps/custom.xml KSOProductBuildVer): RICH-TEXT cells (the title's two "
                      "runs, the 得分 header “得分” + a small “（满分100分）” run, the unit brackets of 三级 names in a "
                      "run of their own “家庭医生签约服务人数” + “（人）”, comparators in a 宋体 run before a Times New "
                      "Roman number “≥” + “98000”): each cell's runs make ONE text",
                      "分值/得分 are NUMBER cells shown with the unit format General\"分\" (8 → “8分”, 9.53 → “9.53分”) "
                      "except the three 决策 rows, whose 分值/得分 are TEXT cells “4”, “3.5” (numbers stored as text)",
                      f"the 合计 执行率 is the number {rate} shown “95.30%” by the format 0.00\"%\", the 基本/项目 rates are "
                      f"fractions {rb / 100} / {rp / 100} shown “{rb:.2f}%” / “{rp:.2f}%” by 0.00%; the 预算执行率 row's "
                      "actual the fraction 0.953 shown “95.30%”",
                      "a manual page break (rowBreaks) inside the 产出 group: the merged 一级 cell “产出” runs over it, and "
                      "the indicator header row is a print title (repeated on page 2 when printed): not a row",
                      f"执行率 {eb:,.2f} ÷ {ab:,.2f} = {rate:.2f}% × 10 = {rate / 10:.3f} printed {fmt(bs)}; "
                      f"项目 {rp:.2f}% right; 基本 + 项目 = 合计 in every column",
                      "新建“健康小屋” 8 vs ≥8 (met exactly); 基层医疗机构运行成本控制率 96.2% vs ≤100% and 孕产妇死亡率 0 "
                      "vs ≤12 (ceilings, met)",
                      "群众就医满意度 88.4% vs ≥90%: 8 × 88.4 ÷ 90 = 7.86 (printed proportion rule)",
                      "预算编制科学性 −0.5, 基层医疗卫生服务能力提升机制 −1 with reasons (judgement)",
                      f"合计 {fmt(total)} = rows (with the printed 8.5)"]}


def write238(rep, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.worksheet.pagebreak import Break
    from xml.sax.saxutils import escape
    M = rep["meta"]
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    wb.properties.creator = "Administrator"
    wb.properties.lastModifiedBy = "WPS_1658213377"
    wb.properties.created = H.A.FIXED
    wb.properties.modified = H.A.FIXED
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    widths = [9, 12, 32, 13, 13, 9, 10, 40]
    for k, wd in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[k]].width = wd
    rich = {}  # plain text → runs [(text, font xml)]
    SONG = '<rFont val="宋体"/><charset val="134"/>'
    TNR = '<rFont val="Times New Roman"/><family val="1"/>'

    def font(size=11, bold=False, face=SONG, color=None):
        return face + ("<b/>" if bold else "") + (f'<color rgb="{color}"/>' if color else "") + f'<sz val="{size}"/>'

    def cmp_runs(t):
        m = re.match(r"^([≥≤＞＜])(.+)$", t)
        if m:
            rich[t] = [(m.group(1), font()), (m.group(2), font(face=TNR))]
    r = [1]

    def put(vals, spans=(), bold=False, boxed=True, size=11, left=(), fmts=None, height=None):
        row = r[0]
        for k, v in enumerate(vals):
            if v is None or v == "":
                continue
            c = ws.cell(row=row, column=k + 1, value=v)
            c.font = Font(name="宋体", size=size, bold=bold)
            c.alignment = Alignment(horizontal="left" if k in left else "center", vertical="center", wrap_text=True)
            if fmts and k in fmts:
                c.number_format = fmts[k]
        for a, b in spans:
            ws.merge_cells(start_row=row, start_column=a + 1, end_row=row, end_column=b + 1)
        if boxed:
            for k in range(len(widths)):
                ws.cell(row=row, column=k + 1).border = box
        if height:
            ws.row_dimensions[row].height = height
        r[0] += 1
        return row

    title = "2023年度部门整体支出绩效自评表"
    rich[M["dept"] + title] = [(M["dept"], font(16, True)), (title, font(16, True))]
    put([M["dept"] + title], spans=[(0, 7)], bold=True, boxed=False, size=16, height=30)
    put([f"填报单位（盖章）：{M['dept']}", None, None, None, None, None, "单位：万元"], spans=[(0, 5), (6, 7)], boxed=False,
        left=(0,))
    put(["一、预算执行情况"], spans=[(0, 7)], bold=True, boxed=False, left=(0,))
    put(["项目", None, "年初预算数", "全年预算数", "全年执行数", "执行率", "备注"], spans=[(0, 1), (6, 7)], bold=True)
    for lab, i_, a_, e_, q, kind in M["budget"]:
        put([lab, None, i_, a_, e_, q, ""], spans=[(0, 1), (6, 7)], left=(0,),
            fmts={2: "#,##0.00", 3: "#,##0.00", 4: "#,##0.00", 5: '0.00"%"' if kind == "pct_literal" else "0.00%"})
    put(["二、绩效指标完成情况"], spans=[(0, 7)], bold=True, boxed=False, left=(0,))
    hdr = put(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分（满分100分）", "偏差原因分析及改进措施"],
              bold=True, height=30)
    rich["得分（满分100分）"] = [("得分", font(11, True)), ("（满分100分）", font(8))]
    first = r[0]
    for l1, l2, (nm, unit), tv, av, w_, s_, nt in M["ind"]:
        name = nm + unit
        if unit:
            rich[name] = [(nm, font()), (unit, font(9))]
        cmp_runs(tv)
        if l1 == "决策":  # pasted from the budget system: numbers stored as TEXT
            wv, sv, f_ = fmt(w_), fmt(s_), {}
        else:
            wv, sv, f_ = w_, s_, {5: 'General"分"', 6: 'General"分"'}
        if nm == "预算执行率":
            av_ = round(M["rate"] / 100, 4)
            f_[4] = "0.00%"
        else:
            av_ = av
        put([l1, l2, name, tv, av_, wv, sv, nt], left=(2, 7), fmts=f_, height=30 if len(nt) > 19 else None)
    last = r[0] - 1
    ind = M["ind"]
    for col in (0, 1):
        start = 0
        for i in range(1, len(ind) + 1):
            if i == len(ind) or ind[i][:col + 1] != ind[start][:col + 1]:
                if i - 1 > start:
                    ws.merge_cells(start_row=first + start, start_column=col + 1, end_row=first + i - 1,
                                   end_column=col + 1)
                start = i
    assert last == first + len(ind) - 1
    put(["合计", None, None, None, None, 100, M["total"], "自评等级：优"], spans=[(0, 4)], bold=True,
        fmts={5: 'General"分"', 6: 'General"分"'})
    put(["说明：1.预算执行率得分=执行率×10，保留两位小数；2.定量指标达到年度指标值的得满分，未达到的按完成比例计分；"
         "3.定性指标根据完成情况酌情扣分并说明理由；4.自评等级：" + BANDS], spans=[(0, 7)], boxed=False, left=(0,), height=45)
    put(["填表人：许××　　审核人：姚××　　联系电话：0552-20×××××　　填报日期：2024年4月8日"], spans=[(0, 7)],
        boxed=False, left=(0,))
    # a manual page break inside 产出 (after its fourth row): the merged 一级 cell runs over it
    k_brk = first + next(i for i, x in enumerate(ind) if x[2][0] == "高血压患者规范管理率")
    ws.row_breaks.append(Break(id=k_brk))
    ws.print_title_rows = f"${hdr}:${hdr}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(path)
    # WPS touches: the strings moved into a shared-string table (as WPS writes it) with the rich-text runs,
    # docProps/custom.xml, the application name
    import html as HT
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i.filename) for i in z.infolist()}
    sheet_xml = parts["xl/worksheets/sheet1.xml"].decode("utf-8")
    sst, index = [], {}

    def to_sst(m):
        plain = HT.unescape(m.group(2))
        if plain not in index:
            index[plain] = len(sst)
            sst.append(plain)
        return f'{m.group(1)} t="s"><v>{index[plain]}</v></c>'
    sheet_xml, n_cells = re.subn(r'(<c r="[A-Z]+[0-9]+"(?: s="[0-9]+")?) t="inlineStr"><is><t(?: [^>]*)?>(.*?)</t></is></c>',
                                 to_sst, sheet_xml)
    assert "inlineStr" not in sheet_xml and set(rich) <= set(sst), set(rich) - set(sst)

    def si(plain):
        if plain in rich:
            assert "".join(t for t, _ in rich[plain]) == plain
            return "<si>" + "".join(f'<r><rPr>{fx}</rPr><t xml:space="preserve">{escape(t)}</t></r>'
                                    for t, fx in rich[plain]) + "</si>"
        return f"<si><t>{escape(plain)}</t></si>"
    parts["xl/worksheets/sheet1.xml"] = sheet_xml.encode("utf-8")
    parts["xl/sharedStrings.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/'
        f'spreadsheetml/2006/main" count="{n_cells}" uniqueCount="{len(sst)}">' + "".join(si(x) for x in sst)
        + "</sst>").encode("utf-8")
    wrels = parts["xl/_rels/workbook.xml.rels"].decode("utf-8")
    wrels = wrels.replace("</Relationships>", '<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/'
                                              'officeDocument/2006/relationships/sharedStrings" '
                                              'Target="sharedStrings.xml"/></Relationships>')
    parts["xl/_rels/workbook.xml.rels"] = wrels.encode("utf-8")
    parts["docProps/custom.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/'
        'officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        'docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer">'
        '<vt:lpwstr>2052-12.1.0.16120</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" '
        'pid="3" name="ICV"><vt:lpwstr>3F6A8C2D19B04E7A9C51D2E8F4A7B6C3_12</vt:lpwstr></property></Properties>'
    ).encode("utf-8")
    ct = parts["[Content_Types].xml"].decode("utf-8")
    ct = ct.replace("</Types>", '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-'
                                'officedocument.custom-properties+xml"/><Override PartName="/xl/sharedStrings.xml" '
                                'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
                                'sharedStrings+xml"/></Types>')
    parts["[Content_Types].xml"] = ct.encode("utf-8")
    rels = parts["_rels/.rels"].decode("utf-8")
    rels = rels.replace("</Relationships>", '<Relationship Id="rIdWps" Type="http://schemas.openxmlformats.org/'
                                            'officeDocument/2006/relationships/custom-properties" '
                                            'Target="docProps/custom.xml"/></Relationships>')
    parts["_rels/.rels"] = rels.encode("utf-8")
    app = parts["docProps/app.xml"].decode("utf-8")
    app = re.sub(r"<Application>[^<]*</Application>", "<Application>WPS 表格</Application>", app)
    parts["docProps/app.xml"] = app.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    H.A.normalize_zip(path)


ALL.append(h238())

def main(argv):
    round_main(argv, ALL, "36")  # reports22.run: gold, findings and file of each report, LibreOffice profile heldout36


if __name__ == "__main__":
    main(sys.argv[1:])
