#!/usr/bin/python3
"""Round 52 (h314–h318): layouts and wordings not used before, each with PLANTED audit problems, made apart from the
code by the corpus52 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report
whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports52.py [h314 …]
(needs python-docx, openpyxl and reportlab; the HTML and the text are written as strings:
h314 a DOCX self-evaluation report whose 评分表 is an APPENDIX in a LANDSCAPE SECTION (portrait body, section break,
landscape appendix) with TWO repeated header rows and a 小计 row after every 二级 group; h315 an XLSX 项目 form in
which every indicator takes TWO PHYSICAL ROWS (names / 指标值 / 完成值 on the first, 分值 / 得分 / 偏差原因 on the
second, matching a two-row header); h316 a PDF 部门整体 form whose indicator table has a ROTATED HEADER ROW (the narrow
columns' headers set vertically, reading bottom to top); h317 a plain-text self-evaluation report whose weights,
scores, targets, actuals and rates are written in CHINESE NUMERALS (“权重五分，得分四点五分”, “百分之九十六点零九”);
h318 a third-party evaluation report on a portal page, PROSE ONLY, each indicator under a numbered heading carrying its
weight (“2.新建学生宿舍床位（6分）”) and scored only by a DEDUCTION sentence (“扣0.3分” / “不扣分”), the score left
implicit as weight − deduction.)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因 / 扣分原因 …).
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
RULES = ("说明：1.{fund}得分＝执行率×分值；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”计分；"
         "3.定性指标根据完成情况酌情扣分；4." + BANDS)


def esc(s):
    return htmlmod.escape(s, quote=True)


def no_half(x, what):
    """a product printed to 2 decimals must not sit on a half (x.xx5), where rounding conventions differ"""
    assert abs(x * 100 - round(x * 100) - 0.5) > 1e-6 and abs(x * 100 - round(x * 100) + 0.5) > 1e-6, (what, x)


def mc(x):
    """money with thousands separators"""
    return f"{x:,.2f}"


def sub2(ind):
    """二级 groups in order: [(一级, 二级, [rows])]"""
    out = []
    for a, b in spans(ind, 1):
        out.append((ind[a][0], ind[a][1], ind[a:b + 1]))
    return out


# ---------------------------------------------------------------- Chinese numerals (h317)

CD = "零一二三四五六七八九"


def cn4(n):
    """0 < n < 10000 in Chinese numerals (no leading 一十 handling)"""
    out, zero = "", False
    for unit, p in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
        d = n // p % 10
        if d:
            if zero and out:
                out += "零"
            out += CD[d] + unit
            zero = False
        else:
            zero = True
    return out


def cn_int(n):
    assert 0 <= n < 10 ** 8, n
    if n == 0:
        return "零"
    hi, lo = divmod(n, 10000)
    s = ""
    if hi:
        s = cn4(hi) + "万"
        if lo:
            s += ("零" if lo < 1000 else "") + cn4(lo)
    else:
        s = cn4(lo)
    if s.startswith("一十"):
        s = s[1:]
    return s


def cn(x):
    """a figure as printed (int, float or its decimal string) in Chinese numerals: 14.5 → 十四点五, 96.09 → 九十六点零九"""
    s = x if isinstance(x, str) else fmt(x)
    ip, _, dp = s.partition(".")
    return cn_int(int(ip)) + ("点" + "".join(CD[int(d)] for d in dp) if dp else "")


def cnp(x):
    """a rate: 百分之 + cn"""
    return "百分之" + cn(x)


assert (cn(10), cn(14.5), cn("96.09"), cn(3682), cn(230000), cn("23.6"), cn(100), cn(1005), cn("0.5")) == \
    ("十", "十四点五", "九十六点零九", "三千六百八十二", "二十三万", "二十三点六", "一百", "一千零五", "零点五")


# ============================================================ h314 黄山市屯溪区卫生健康委员会 (DOCX, landscape appendix)

def h314():
    dept = "黄山市屯溪区卫生健康委员会"
    ib_b, ib_p = 2386.40, 3412.60
    ab_b, ab_p = 2512.35, 4186.90
    eb_b = 2531.08  # PLANT SPENDING_OVER_BUDGET: 基本支出 全年执行数 2,531.08 above its 全年预算数 2,512.35
    eb_p = 3874.52
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate, rb, rp = pct(eb, ab), pct(eb_b, ab_b), pct(eb_p, ab_p)
    assert (ib, ab, eb, rate, rb, rp) == (5799.00, 6699.25, 6405.60, 95.62, 100.75, 92.54), (ib, ab, eb, rate, rb, rp)
    no_half(rate / 10, "预算执行率 score")
    bs, jz = r2(rate / 10), r2(100 - rate)
    assert (bs, jz) == (9.56, 4.38)
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 5, 5, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "部分指标未细化", 5, 4.5, "个别公共卫生服务指标未细化量化，下年度修订指标体系"),
           ("决策", "预算配置", "重点支出安排率", "≥80%", "86.4%", 5, 5, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "部分基本公共卫生服务项目资金按考核结果于次年拨付"),
           ("过程", "预算执行", "结转结余率", "≤5%", f"{jz:.2f}%", 5, 5, ""),
           ("过程", "预算管理", "资金使用合规性", "合规", "合规", 5, 5, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 5, 4.5, "2台报废设备未及时办理资产核销"),
           ("产出", "产出数量", "家庭医生签约服务人数（人）", "≥48000", "49260", 6, 6, ""),
           ("产出", "产出数量", "65岁及以上老年人健康管理人数（人）", "≥15000", "15420", 6, 6, ""),
           ("产出", "产出质量", "适龄儿童免疫规划疫苗接种率", "≥95%", "98.6%", 6, 6, ""),
           ("产出", "产出质量", "严重精神障碍患者规范管理率", "≥85%", "83.4%", 6, P(83.4, 85, 6),
            "部分患者外出务工失访，已协调公安、社区加强随访"),
           ("产出", "产出质量", "基层医疗卫生机构标准化建设达标率", "≥90%", "92%", 5,
            4, ""),  # PLANT TARGET_MET_POINTS_LOST: 92% against ≥90% (met), 4 of 5, no reason given
           ("产出", "产出时效", "传染病疫情网络直报及时率", "100%", "100%", 6, 6, ""),
           ("效益", "社会效益", "居民健康素养水平", "≥30%", "31.2%", 5, 5, ""),
           ("效益", "社会效益", "孕产妇死亡率（1/10万）", "≤10", "0", 5, 5, ""),
           ("效益", "可持续影响", "紧密型县域医共体建设长效机制", "健全", "基本健全", 5, 4, "医共体内人员统筹使用机制尚需完善"),
           ("效益", "满意度", "群众就医满意度", "≥90%", "93.1%", 10, 10, "")]
    assert len(ind) == 17 and s2(ind, 5) == 100 and P(83.4, 85, 6) == 5.89
    total = s2(ind, 6)
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert total == 96.45 and sec == [("决策", 15, 14.5), ("过程", 25, 24.06), ("产出", 35, 33.89), ("效益", 25, 24)], \
        (total, sec)
    subs = [(a, b, s2(rows, 5), s2(rows, 6)) for a, b, rows in sub2(ind)]
    sub_printed = {"预算执行": 14.65}  # PLANT SECTION_VS_ROWS: 预算执行 小计 prints 14.65, its rows 9.56 + 5 = 14.56
    assert dict((b, s) for _, b, _, s in subs)["预算执行"] == 14.56
    g = gold(None, dept, 2024, "COUNTY", "安徽省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), sec, grows(ind))
    meta = dict(dept=dept, ind=ind, total=total, sec=sec, subs=subs, sub_printed=sub_printed, bs=bs,
                bud=[("合计", ib, ab, eb), ("其中：基本支出", ib_b, ab_b, eb_b), ("　　　项目支出", ib_p, ab_p, eb_p)],
                rate=rate)
    fnd = [F("SECTION_VS_ROWS", "预算执行 小计",
             f"预算执行率 | 100% | {rate:.2f}% | 10 | {fmt(bs)} / 结转结余率 | ≤5% | {jz:.2f}% | 5 | 5 / 小计 | 15 | 14.65",
             "14.65", "14.56", "HIGH", "ERROR",
             f"附件 评分表 (landscape section, page 2): the 小计 row after the 二级 预算执行 adds its two rows: {fmt(bs)} + 5 "
             "= 14.56, printed 14.65 (digits swapped); the other ten 二级 小计 rows add up, and 四's 过程 24.06 and the 合计 "
             f"{fmt(total)} add the rows (14.56 + 5 + 4.5 = 24.06), so only the 小计 is wrong"),
           F("SPENDING_OVER_BUDGET", "基本支出 全年执行数",
             f"其中：基本支出 | {mc(ib_b)} | {mc(ab_b)} | {mc(eb_b)} | {rb:.2f}%", mc(eb_b), f"≤ {mc(ab_b)}", "HIGH",
             "ERROR",
             f"表1: 基本支出's 全年执行数 {mc(eb_b)} exceeds its 全年预算数 {mc(ab_b)} by {mc(r2(eb_b - ab_b))}万元 "
             f"(执行率 {rb:.2f}%, printed as such); no 调剂 is explained in 二; the 合计 ({rate:.2f}%) and 项目支出 "
             f"({rp:.2f}%) are under budget and 基本 + 项目 = 合计 in every column"),
           F("TARGET_MET_POINTS_LOST", "基层医疗卫生机构标准化建设达标率",
             "产出质量 | 基层医疗卫生机构标准化建设达标率 | ≥90% | 92% | 5 | 4 | （空）", "4", "5", "HIGH", "WARNING",
             "92% meets the ≥90% target, yet the row scores 4 of 5 with an empty 偏差原因 cell; the 说明 gives full marks "
             "to a met quantitative target; the 产出质量 小计 (17 | 15.89) and 四's 产出 33.89 follow the 4")]
    return {"stem": "h314_tunxi_weijian", "format": "docx", "write": write314, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the 评分表 is an APPENDIX in a LANDSCAPE SECTION: the body (page 1) is portrait, a section break "
                      "starts a landscape section (297 × 210 mm) holding the 附件 title and the table; the table's TWO "
                      "header rows (绩效指标 over 一级 / 二级 / 三级, the other headers merged down both rows) are marked "
                      "to repeat, so page 3 (as LibreOffice lays it out) starts with them again: they are not rows",
                      "a 小计 row follows EVERY 二级 group (eleven of them, one-row groups included: 预算配置 5 | 5, "
                      "预算管理 5 | 5, 资产管理 5 | 4.5, 产出时效 6 | 6, 可持续影响 5 | 4, 满意度 10 | 10); they are not "
                      "indicators; the 一级 cell is merged down over its rows and their 小计 rows; ten of the eleven add "
                      "their rows (目标设定 10 | 9.5, 产出数量 12 | 12, 产出质量 17 | 15.89, 社会效益 10 | 10 …); no 一级 "
                      "subtotal row (四 gives the 一级 scores)",
                      f"budget: 合计 = 基本 + 项目 in every column ({mc(ib)}, {mc(ab)}, {mc(eb)}); {rate:.2f}% and "
                      f"{rp:.2f}% right (基本's {rb:.2f}% is right on its figures: the overspend is the finding); 年初 < 全年 "
                      f"(追加); 预算执行率 row {rate:.2f}% × 10 = {rate / 10:.3f} → {fmt(bs)}; 结转结余率 {jz:.2f}% vs ≤5% "
                      "(a ceiling, met)",
                      "严重精神障碍患者规范管理率 6 × 83.4 ÷ 85 = 5.89 (proportion rule, with a reason); 孕产妇死亡率 0 vs "
                      "≤10 (a ceiling, met); 绩效指标明确性 and 资产管理规范性 −0.5, 医共体长效机制 −1, with reasons "
                      "(judgement); 家庭医生签约 49260 and 老年人健康管理 15420 are people, not money",
                      f"合计 100 | {fmt(total)} = the 17 rows; 四's 一级 sentence (决策 15 / 14.5, 过程 25 / 24.06, 产出 35 / "
                      "33.89, 效益 25 / 24) adds the rows; 优 in 四 and in the 自评等级 row"]}


def write314(rep, path):
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT, WD_ALIGN_VERTICAL, WD_ROW_HEIGHT_RULE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.shared import Mm, Pt
    from reports34 import new_doc, para
    M = rep["meta"]
    doc = new_doc()

    def table(nrows, widths):
        t = doc.add_table(rows=nrows, cols=len(widths))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for j, wd in enumerate(widths):
            t.columns[j].width = Mm(wd)
            for c in t.columns[j].cells:
                c.width = Mm(wd)
        return t

    def put(cell, text, align="c", size=9, bold=False):
        cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
        p = cell.paragraphs[0]
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT, "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold

    d, tot, sec = M["dept"], M["total"], M["sec"]
    para(doc, f"{d}2024年度部门整体支出绩效自评报告", bold=True, size=16, center=True, after=10)
    body = [
        ("一、部门基本情况", None),
        (None, f"{d}是区政府工作部门，主要负责全区医疗卫生、疾病预防控制、妇幼健康、老龄健康和基层卫生等工作，内设7个"
               "股室，下属区疾病预防控制中心、区妇幼保健计划生育服务中心等二级单位5个，年末在职人员186人。"),
        ("二、部门预算及执行情况", None),
        (None, f"2024年部门年初预算{mc(M['bud'][0][1])}万元，年中追加后全年预算{mc(M['bud'][0][2])}万元，全年执行"
               f"{mc(M['bud'][0][3])}万元，预算执行率{M['rate']:.2f}%。分项情况见表1。"),
        ("TABLE1", None),
        ("三、绩效目标完成情况", None),
        (None, "全年家庭医生签约服务49260人，65岁及以上老年人健康管理15420人，适龄儿童免疫规划疫苗接种率98.6%，严重精神障碍"
               "患者规范管理率83.4%，传染病疫情网络直报及时率100%；居民健康素养水平提高到31.2%，全年无孕产妇死亡，群众就医"
               "满意度93.1%。"),
        ("四、自评结论", None),
        (None, f"经自评，本部门2024年度部门整体支出绩效自评得分{fmt(tot)}分，自评等级为“{grade(tot)}”。其中：" +
               "，".join(f"{n}指标分值{fmt(w)}分、得分{fmt(s)}分" for n, w, s in sec) + "。各项指标得分详见附件。"),
        ("五、存在的问题", None),
        (None, "一是部分基本公共卫生服务项目资金按年度考核结果拨付，年底形成结转；二是个别绩效指标设置不够细化；三是资产"
               "管理还有薄弱环节。"),
        ("六、改进措施", None),
        (None, "加快资金拨付进度，完善绩效指标体系，加强资产全生命周期管理，将自评结果运用于下年度预算安排。"),
        (None, f"附件：{d}2024年度部门整体支出绩效自评表"),
        ("SIGN", None)]
    for head, text in body:
        if head == "TABLE1":
            para(doc, "表1　2024年度部门预算执行情况（金额单位：万元）", size=10, center=True, after=2)
            t = table(4, [42, 30, 30, 30, 24])
            for k, h in enumerate(["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"]):
                put(t.cell(0, k), h, bold=True)
            for i, (lab, a, b_, e_) in enumerate(M["bud"], start=1):
                put(t.cell(i, 0), lab, "l")
                for k, v in enumerate((a, b_, e_)):
                    put(t.cell(i, 1 + k), mc(v), "r")
                put(t.cell(i, 4), f"{pct(e_, b_):.2f}%")
        elif head == "SIGN":
            para(doc, "", after=6)
            p = para(doc, d)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p = para(doc, "2025年4月22日")
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif head:
            para(doc, head, bold=True, size=12, after=2)
        else:
            para(doc, text, indent=True, after=2)
    # ---- the landscape section
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Mm(297), Mm(210)
    s.left_margin = s.right_margin = Mm(20)
    s.top_margin = s.bottom_margin = Mm(18)
    para(doc, "附件", bold=True, size=12)
    para(doc, f"{d}2024年度部门整体支出绩效自评表", bold=True, size=15, center=True, after=2)
    para(doc, f"填报单位（盖章）：{d}　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　金额单位：万元",
         size=10, after=2)
    ind, subs, sp = M["ind"], M["subs"], M["sub_printed"]
    groups = sub2(ind)
    nrows = 2 + len(ind) + len(groups) + 2
    t = table(nrows, [18, 22, 52, 26, 28, 14, 14, 83])
    for row_ in t.rows:
        row_.height = Mm(8)
        row_.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    for r in (0, 1):
        trPr = t.rows[r]._tr.get_or_add_trPr()
        el = OxmlElement("w:tblHeader")
        trPr.append(el)
    t.cell(0, 0).merge(t.cell(0, 2))
    put(t.cell(0, 0), "绩效指标", bold=True)
    for k, h in ((0, "一级指标"), (1, "二级指标"), (2, "三级指标")):
        put(t.cell(1, k), h, bold=True)
    for k, h in ((3, "年度指标值"), (4, "实际完成值"), (5, "分值"), (6, "得分"), (7, "偏差原因分析及改进措施")):
        t.cell(0, k).merge(t.cell(1, k))
        put(t.cell(0, k), h, bold=True)
    r = 2
    l1_first = {}
    for (l1, l2, rows), (_, _, sw, ss) in zip(groups, subs):
        l1_first.setdefault(l1, r)
        g0 = r
        for x in rows:
            for k, v in ((2, x[2]), (3, x[3]), (4, x[4]), (5, fmt(x[5])), (6, fmt(x[6])), (7, x[7])):
                put(t.cell(r, k), v, "l" if k in (2, 7) else "c")
            r += 1
        if r - 1 > g0:
            t.cell(g0, 1).merge(t.cell(r - 1, 1))
        put(t.cell(g0, 1), l2)
        t.cell(r, 1).merge(t.cell(r, 4))
        put(t.cell(r, 1), "小计", bold=True)
        put(t.cell(r, 5), fmt(sw), bold=True)
        put(t.cell(r, 6), fmt(sp.get(l2, ss)), bold=True)
        r += 1
        nxt = groups.index((l1, l2, rows)) + 1
        if nxt == len(groups) or groups[nxt][0] != l1:
            t.cell(l1_first[l1], 0).merge(t.cell(r - 1, 0))
            put(t.cell(l1_first[l1], 0), l1)
    t.cell(r, 0).merge(t.cell(r, 4))
    put(t.cell(r, 0), "合计", bold=True)
    put(t.cell(r, 5), "100", bold=True)
    put(t.cell(r, 6), fmt(M["total"]), bold=True)
    r += 1
    t.cell(r, 0).merge(t.cell(r, 4))
    put(t.cell(r, 0), "自评等级", bold=True)
    t.cell(r, 5).merge(t.cell(r, 7))
    put(t.cell(r, 5), grade(M["total"]), bold=True)
    para(doc, RULES.format(fund="预算执行率指标"), size=9)
    para(doc, "填报人：汪晓燕　　审核人：程建华　　联系电话：0559-2516038　　填报日期：2025年4月22日", size=10)
    doc.save(path)
    H.A.normalize_zip(path)


ALL.append(h314())


# ============================================================ h315 随州市曾都区农业农村局 (XLSX, two physical rows per indicator)

def h315():
    dept, unit = "随州市曾都区农业农村局", "随州市曾都区特色产业发展服务中心"
    project = "2024年曾都区香菇产业提质发展项目"
    src = [("其中：财政拨款", 1500.00, 1600.00, 1512.36), ("　　　其他资金", 0.00, 80.00, 70.40)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    assert (ia, aa, ea, rate) == (1500.00, 1680.00, 1582.76, 94.21), (ia, aa, ea, rate)
    no_half(rate / 10, "fund score")
    fs_right = r2(rate / 10)
    fs = 10  # PLANT BUDGET_ROW_SCORE: 年度资金总额 scores the full 10 at 94.21% (执行率 × 分值 = 9.42)
    store_score = 6  # PLANT TARGET_MISSED_FULL_MARKS: 新建香菇保鲜冷库 9 座 against ≥10, full 6 (6 × 9 ÷ 10 = 5.4)
    timely_score = 5.5  # PLANT ROW_SCORE_OVER_WEIGHT: 项目完工及时率 scores 5.5 of its 分值 5
    ind = [("产出指标", "数量指标", "新建香菇标准化菌棒生产线（条）", "≥3", "3", 8, 8, ""),
           ("产出指标", "数量指标", "扶持香菇种植户（户）", "≥1200", "1236", 7, 7, ""),
           ("产出指标", "数量指标", "新建香菇保鲜冷库（座）", "≥10", "9", 6, store_score, ""),
           ("产出指标", "质量指标", "菌棒成品率", "≥95%", "96.3%", 7, 7, ""),
           ("产出指标", "质量指标", "冷库建设验收合格率", "100%", "100%", 6, 6, ""),
           ("产出指标", "时效指标", "项目完工及时率", "100%", "100%", 5, timely_score, ""),
           ("产出指标", "成本指标", "菌棒生产线单条建设成本（万元）", "≤180", "176.4", 6, 6, ""),
           ("效益指标", "经济效益指标", "项目区种植户户均增收（元）", "≥3000", "3280", 8, 8, ""),
           ("效益指标", "经济效益指标", "香菇产业综合产值（亿元）", "≥85", "83.6", 7, P(83.6, 85, 7),
            "下半年香菇干品收购价格回落，产值略低于预期"),
           ("效益指标", "社会效益指标", "带动脱贫户和监测户就业（人）", "≥300", "318", 7, 7, ""),
           ("效益指标", "生态效益指标", "菌渣资源化利用率", "≥80%", "82.5%", 6, 6, ""),
           ("效益指标", "可持续影响指标", "香菇产业技术服务体系", "健全", "基本健全", 7, 6, "镇级技术服务站专业人员不足，2025年补充"),
           ("满意度指标", "服务对象满意度指标", "香菇种植户满意度", "≥90%", "94.2%", 10, 10, "")]
    assert len(ind) == 13 and s2(ind, 5) == 90 and P(83.6, 85, 7) == 6.88
    total = r2(fs + s2(ind, 6))
    assert total == 99.38, total
    fund = (None, None, "年度资金总额", None, f"{rate:.2f}%", 10, fs, "")
    g = with_project(gold(None, dept, 2024, "COUNTY", "湖北省", "SELF_EVALUATION", None, total, 100, grade(total),
                          budget(ia, aa, ea, rate), [], grows([fund] + ind)), project, unit)
    meta = dict(dept=dept, unit=unit, project=project, src=src, ia=ia, aa=aa, ea=ea, rate=rate, fs=fs, ind=ind,
                total=total)
    fnd = [F("BUDGET_ROW_SCORE", "年度资金总额",
             f"年度资金总额 | {mc(ia)} | {mc(aa)} | {mc(ea)} | 10 | {rate:.2f}% | 10", "10", fmt(fs_right), "HIGH",
             "ERROR",
             f"the 说明 makes the 年度资金总额 score 执行率 × 分值: {rate:.2f}% × 10 = {fmt(fs_right)}; the line scores "
             f"the full 10; 总分 would be {fmt(r2(total - fs + fs_right))}"),
           F("TARGET_MISSED_FULL_MARKS", "新建香菇保鲜冷库（座）",
             "新建香菇保鲜冷库（座） | ≥10 | 9 / 6 | 6 | （空）", "6", "< 6", "HIGH", "WARNING",
             "9 座 against ≥10: the target is missed, yet the second line of the row gives 得分 6 of 分值 6 and an empty "
             "偏差原因; the 说明's proportion rule gives 6 × 9 ÷ 10 = 5.4"),
           F("ROW_SCORE_OVER_WEIGHT", "项目完工及时率",
             "项目完工及时率 | 100% | 100% / 5 | 5.5", "5.5", "≤ 5", "HIGH", "ERROR",
             "the row's second line prints 分值 5 and 得分 5.5: a score above the row's own weight; the 总分 "
             f"{fmt(total)} includes the 5.5 (with 5 it would be {fmt(r2(total - 0.5))})")]
    return {"stem": "h315_zengdu_nongye", "format": "xlsx", "write": write315, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["every indicator takes TWO PHYSICAL ROWS: the first carries 序号 (merged down both), 一级, 二级, "
                      "三级, 年度指标值 and 实际完成值; the SECOND carries 分值 (under 一级), 得分 (under 二级) and the "
                      "偏差原因分析及改进措施 (merged across the rest), as the two-row header says (row 1 序号 | 一级指标 | "
                      "二级指标 | 三级指标 | 年度指标值 | 实际完成值; row 2 分值 | 得分 | 偏差原因分析及改进措施); a second "
                      "line is not an indicator, and its numbers are not names; 13 indicators in 26 lines",
                      "the 分值 / 得分 numbers sit in the 一级 / 二级 columns of the second line (numeric cells): a reader "
                      "taking columns by the first header row reads weights as 一级 names; 一级 and 二级 are printed on "
                      "every first line (no merges)",
                      f"资金: 财政拨款 1,500.00 / 1,600.00 / 1,512.36 + 其他资金 0.00 / 80.00 / 70.40 = 年度资金总额 "
                      f"{mc(ia)} / {mc(aa)} / {mc(ea)}; {rate:.2f}%, 94.52% and 88.00% right; 年初 < 全年 (其他资金 brought "
                      "in); all under budget",
                      "新建香菇标准化菌棒生产线 3 vs ≥3 (met exactly); 菌棒生产线单条建设成本 176.4 vs ≤180 (a ceiling, met; "
                      "万元 per line, not a budget figure); 香菇产业综合产值 7 × 83.6 ÷ 85 = 6.88 (proportion rule, with a "
                      "reason); 香菇产业技术服务体系 −1 with a reason (judgement)",
                      f"总分 {fmt(total)} = 10 + the 13 rows as printed (5.5 and the full 6 included); 优 (also on 9.42)"]}


def write315(rep, path):
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
    grey = PatternFill("solid", fgColor="F2F2F2")
    f10, f10b = Font(name="宋体", size=10), Font(name="宋体", size=10, bold=True)
    for col, wd in zip("ABCDEFGH", (6, 12, 14, 22, 11, 11, 11, 11)):
        ws.column_dimensions[col].width = wd

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
    ws.merge_cells("A1:H1")
    ws.row_dimensions[1].height = 26
    put(2, 1, "（2024年度）", border=False)
    ws.merge_cells("A2:H2")
    put(3, 1, f"填报单位（盖章）：{M['unit']}", h="left", border=False)
    ws.merge_cells("A3:F3")
    put(3, 7, "金额单位：万元", h="right", border=False)
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
    ws.row_dimensions[5].height = 28
    heads = ["项目资金（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    for k, h in enumerate(heads):
        put(6, 1 + k, h, f10b, fill=grey)
    merge(6, 1, 6, 2)
    put(7, 1, "年度资金总额", h="left")
    merge(7, 1, 7, 2)
    for k, v in enumerate((M["ia"], M["aa"], M["ea"])):
        put(7, 3 + k, v, h="right", fmt_="#,##0.00")
    put(7, 6, 10)
    put(7, 7, round(M["ea"] / M["aa"], 4), fmt_="0.00%")
    put(7, 8, M["fs"])
    r = 8
    for lab, a, b_, e_ in M["src"]:
        put(r, 1, lab, h="left")
        merge(r, 1, r, 2)
        for k, v in enumerate((a, b_, e_)):
            put(r, 3 + k, v, h="right", fmt_="#,##0.00")
        put(r, 6, "—")
        put(r, 7, round(e_ / b_, 4), fmt_="0.00%")
        put(r, 8, "—")
        r += 1
    put(r, 1, "年度总体目标", f10b)
    merge(r, 1, r + 1, 1)
    put(r, 2, "预期目标", f10b)
    put(r, 3, "新建香菇标准化菌棒生产线3条，扶持种植户1200户以上，新建保鲜冷库10座；菌棒成品率95%以上；带动项目区种植户户均增收"
              "3000元以上，香菇产业综合产值85亿元以上。", h="left")
    merge(r, 3, r, 8)
    ws.row_dimensions[r].height = 42
    put(r + 1, 2, "实际完成情况", f10b)
    put(r + 1, 3, "建成菌棒生产线3条，扶持种植户1236户，建成保鲜冷库9座；菌棒成品率96.3%；项目区种植户户均增收3280元，香菇"
                  "产业综合产值83.6亿元。", h="left")
    merge(r + 1, 3, r + 1, 8)
    ws.row_dimensions[r + 1].height = 42
    r += 2
    put(r, 1, "绩效指标", f10b)
    merge(r, 1, r, 8)
    r += 1
    # the two-row header: line 1 names / 指标值 / 完成值, line 2 分值 / 得分 / 偏差原因
    put(r, 1, "序号", f10b, fill=grey)
    merge(r, 1, r + 1, 1)
    for k, h in ((2, "一级指标"), (3, "二级指标"), (4, "三级指标"), (6, "年度指标值"), (7, "实际完成值")):
        put(r, k, h, f10b, fill=grey)
    merge(r, 4, r, 5)
    merge(r, 7, r, 8)
    put(r + 1, 2, "分值", f10b, fill=grey)
    put(r + 1, 3, "得分", f10b, fill=grey)
    put(r + 1, 4, "偏差原因分析及改进措施", f10b, fill=grey)
    merge(r + 1, 4, r + 1, 8)
    r += 2
    for n, x in enumerate(M["ind"], start=1):
        put(r, 1, n)
        merge(r, 1, r + 1, 1)
        put(r, 2, x[0])
        put(r, 3, x[1])
        put(r, 4, x[2], h="left")
        merge(r, 4, r, 5)
        put(r, 6, x[3])
        put(r, 7, x[4])
        merge(r, 7, r, 8)
        put(r + 1, 2, x[5])
        put(r + 1, 3, x[6])
        put(r + 1, 4, x[7], h="left")
        merge(r + 1, 4, r + 1, 8)
        ws.row_dimensions[r].height = 28
        ws.row_dimensions[r + 1].height = 16
        r += 2
    put(r, 1, "总分", f10b)
    put(r, 2, 100, f10b)
    put(r, 3, M["total"], f10b)
    put(r, 4, f"自评等级：{grade(M['total'])}", f10b)
    merge(r, 4, r, 8)
    r += 2
    put(r, 1, RULES.format(fund="年度资金总额"), h="left", border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.row_dimensions[r].height = 58
    r += 1
    put(r, 1, "填报人：周海波　　联系电话：0722-3287016　　填报日期：2025年3月31日", h="left", border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    wb.save(path)
    H.A.normalize_zip(path)


ALL.append(h315())


# ============================================================ h316 吕梁市离石区市场监督管理局 (PDF, rotated header row)

def h316():
    dept = "吕梁市离石区市场监督管理局"
    ib_b, ib_p = 1642.80, 586.20
    ab_b, ab_p = 1702.45, 948.60
    eb_b, eb_p = 1690.12, 888.76
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate, rb, rp = pct(eb, ab), pct(eb_b, ab_b), pct(eb_p, ab_p)
    assert (ib, ab, eb, rate, rb, rp) == (2229.00, 2651.05, 2578.88, 97.28, 99.28, 93.69), (ib, ab, eb, rate, rb, rp)
    rate_printed = 97.82  # PLANT EXECUTION_RATE: the budget table's 合计 执行率 prints 97.82%; 2,578.88 ÷ 2,651.05 = 97.28%
    no_half(rate / 10, "预算执行率 score")
    bs, jz = r2(rate / 10), r2(100 - rate)
    assert (bs, jz) == (9.73, 2.72)
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 5, 5, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "明确", 5, 5, ""),
           ("决策", "预算配置", "重点支出安排率", "≥80%", "85.2%", 5, 5, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "个别项目按合同约定尾款次年支付"),
           ("过程", "预算执行", "结转结余率", "≤5%", f"{jz:.2f}%", 5, 5, ""),
           ("过程", "预算管理", "“三公”经费变动率", "≤0", "-3.8%", 5, 5, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 5, 4.5, "部分执法装备未及时登记入账"),
           ("产出", "产出数量", "食品安全监督抽检（批次）", "≥1800", "1872", 6, 6, ""),
           ("产出", "产出数量", "“双随机、一公开”抽查市场主体（户）", "≥600", "612", 6, 6, ""),
           ("产出", "产出质量", "特种设备定期检验率", "≥99%", "99.4%", 6, 6, ""),
           ("产出", "产出质量", "投诉举报按期办结率", "100%", "98.6%", 6, P(98.6, 100, 6), "12件疑难投诉延期办结"),
           ("产出", "产出时效", "行政许可按时办结率", "100%", "100%", 5, 5, ""),
           ("产出", "产出成本", "食品快检室年运行维护成本（万元）", "≤30", "28.6", 6, 6, ""),
           ("效益", "社会效益", "重大食品安全事故（起）", "0", "0", 5, 5, ""),
           ("效益", "经济效益", "新增市场主体（户）", "≥3500", "3628", 5, 5, ""),
           ("效益", "可持续影响", "智慧监管平台覆盖率", "≥90%", "86%", 5, P(86, 90, 5), "城郊农贸市场接入延至2025年"),
           ("效益", "满意度", "市场主体满意度", "≥90%", "92.8%", 10, 10, "")]
    assert len(ind) == 17 and s2(ind, 5) == 100 and (P(98.6, 100, 6), P(86, 90, 5)) == (5.92, 4.78)
    total = s2(ind, 6)
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert total == 98.93 and sec == [("决策", 15, 15), ("过程", 25, 24.23), ("产出", 35, 34.92), ("效益", 25, 24.78)], \
        (total, sec)
    total_printed = 98.39  # PLANT TOTAL_VS_ROWS: the 合计 row prints 98.39, the 17 rows add to 98.93
    goals_t = ["目标1：完成食品安全监督抽检1800批次以上，特种设备定期检验率99%以上",
               "目标2：开展“双随机、一公开”抽查600户以上，投诉举报按期办结",
               "目标4：推进智慧监管平台建设，覆盖率达到90%以上"]  # PLANT GOAL_LABELS: 目标1, 目标2, 目标4 (no 目标3)
    goals_a = ["目标1：完成食品安全监督抽检1872批次，特种设备定期检验率99.4%",
               "目标2：抽查市场主体612户，投诉举报按期办结率98.6%",
               "目标3：智慧监管平台覆盖率86%，城郊农贸市场接入延至2025年"]
    g = gold(None, dept, 2024, "COUNTY", "山西省", "SELF_EVALUATION", None, total_printed, 100, grade(total_printed),
             budget(ib, ab, eb, rate_printed, ab_b, eb_b, ab_p, eb_p), [], grows(ind))
    meta = dict(dept=dept, ind=ind, total=total_printed, rate_printed=rate_printed, goals_t=goals_t, goals_a=goals_a,
                bud=[("合计", ib, ab, eb, rate_printed), ("其中：基本支出", ib_b, ab_b, eb_b, rb),
                     ("　　　项目支出", ib_p, ab_p, eb_p, rp)])
    fnd = [F("TOTAL_VS_ROWS", "总分", f"合计 | 100 | {fmt(total_printed)}", fmt(total_printed), fmt(total), "HIGH",
             "ERROR",
             "the 17 rows' 得分 (rotated-header table, page 2) add to 15 + 24.23 + 34.92 + 24.78 = "
             f"{fmt(total)}; the 合计 row prints {fmt(total_printed)} (digits transposed); 优 on either"),
           F("EXECUTION_RATE", "合计 执行率",
             f"合计 | {mc(ib)} | {mc(ab)} | {mc(eb)} | {rate_printed:.2f}%", f"{rate_printed:.2f}%", f"{rate:.2f}%",
             "HIGH", "ERROR",
             f"{mc(eb)} ÷ {mc(ab)} × 100% = {rate:.2f}%; the budget table's 合计 line prints {rate_printed:.2f}% (digits "
             f"swapped); the indicator table's 预算执行率 row prints the right {rate:.2f}% and scores {fmt(bs)} on it "
             f"(one finding); gold executionRate is the table's printed {rate_printed:.2f}"),
           F("GOAL_LABELS", "年度总体目标",
             "预期目标 目标1：… 目标2：… 目标4：… | 实际完成情况 目标1：… 目标2：… 目标3：…", "目标1, 目标2, 目标4",
             "目标1, 目标2, 目标3", "HIGH", "WARNING",
             "the 预期目标 cell numbers its three goals 目标1, 目标2, 目标4 (no 目标3); the 实际完成情况 cell beside it "
             "answers them as 目标1, 目标2, 目标3 — the third goal (智慧监管平台) is labelled 目标4 on one side and 目标3 "
             "on the other")]
    return {"stem": "h316_lishi_shichang", "format": "pdf", "draw": draw316, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["the indicator table's HEADER ROW IS ROTATED: the narrow columns' headers (序号, 一级指标, 二级指标, "
                      "年度指标值, 实际完成值, 分值, 得分) are set vertically, reading bottom to top, in a tall header row; "
                      "三级指标 and 偏差原因分析及改进措施 are horizontal; a text extraction gives the rotated headers as "
                      "vertical runs or out of line with the horizontal ones; the body is horizontal, 一级 and 二级 "
                      "merged down their rows (printed once, in the middle of the span)",
                      f"budget: 基本 + 项目 = 合计 in every column ({mc(ib)}, {mc(ab)}, {mc(eb)}); 基本 {rb:.2f}% and 项目 "
                      f"{rp:.2f}% right; all under budget; 年初 < 全年 (追加); 预算执行率 row {rate:.2f}% × 10 = "
                      f"{rate / 10:.3f} → {fmt(bs)}; 结转结余率 {jz:.2f}% vs ≤5% (a ceiling, met)",
                      "投诉举报按期办结率 6 × 98.6 ÷ 100 = 5.92 and 智慧监管平台覆盖率 5 × 86 ÷ 90 = 4.78 (proportion rule, "
                      "with reasons); 资产管理规范性 −0.5 with a reason (judgement); “三公”经费变动率 -3.8% vs ≤0 (a decrease, "
                      "met); 食品快检室年运行维护成本 28.6 vs ≤30 (a ceiling, met; 万元 but not a budget line); 重大食品安全"
                      "事故 0 vs 0 (met)",
                      "the 实际完成情况 goal texts agree with the rows (1872, 99.4%, 612, 98.6%, 86%); 目标3 in 实际 "
                      "against 目标4 in 预期 is the GOAL_LABELS finding, not a missing goal",
                      f"优 on the printed {fmt(total_printed)} and on the rows' {fmt(total)}"]}


def draw316(rep, path):
    from reportlab.lib.pagesizes import A4
    from reports32 import new_canvas, wrap, FONT
    from reports41 import form_grid
    M = rep["meta"]
    W, Hh = A4
    L = 40
    c = new_canvas(path, A4)
    c.setTitle(f"{M['dept']}2024年度部门整体支出绩效自评表")

    def foot(n):
        c.setFont(FONT, 8.5)
        c.drawCentredString(W / 2, 28, f"第 {n} 页 共 2 页")

    # ---- page 1: title, budget, goals
    c.setFont(FONT, 15)
    t = f"{M['dept']}2024年度部门整体支出绩效自评表"
    c.drawCentredString(W / 2, Hh - 70, t)
    c.drawCentredString(W / 2 + 0.4, Hh - 70, t)
    c.setFont(FONT, 10)
    c.drawString(L, Hh - 100, f"填报单位（盖章）：{M['dept']}")
    c.drawRightString(W - L, Hh - 100, "金额单位：万元")
    c.drawString(L, Hh - 124, "一、部门预算执行情况")
    cols = [135, 95, 95, 95, 95]
    spec = [(0, k, 1, 1, h, "c", True, None) for k, h in enumerate(["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"])]
    for i, (lab, a, b_, e_, rt) in enumerate(M["bud"], start=1):
        spec.append((i, 0, 1, 1, lab, "l", False, None))
        for k, v in enumerate((a, b_, e_)):
            spec.append((i, 1 + k, 1, 1, mc(v), "r", False, None))
        spec.append((i, 4, 1, 1, f"{rt:.2f}%", "c", False, None))
    y, _ = form_grid(c, L, Hh - 132, cols, [20] * 4, spec, size=9.5)
    c.setFont(FONT, 10)
    c.drawString(L, y - 26, "二、年度总体目标完成情况")
    gcols = [257, 258]
    gt = "；".join(M["goals_t"]) + "。"
    ga = "；".join(M["goals_a"]) + "。"
    nl = max(len(wrap(gt, 250, 9.5)), len(wrap(ga, 250, 9.5)))
    spec = [(0, 0, 1, 1, "预期目标", "c", True, None), (0, 1, 1, 1, "实际完成情况", "c", True, None),
            (1, 0, 1, 1, gt, "l", False, None), (1, 1, 1, 1, ga, "l", False, None)]
    y, _ = form_grid(c, L, y - 34, gcols, [20, nl * 13 + 10], spec, size=9.5, lh=13)
    c.setFont(FONT, 10)
    c.drawString(L, y - 26, "三、绩效指标完成情况（见第2页）")
    foot(1)
    c.showPage()
    # ---- page 2: the indicator table with a rotated header row
    c.setFont(FONT, 10)
    c.drawString(L, Hh - 56, "三、绩效指标完成情况")
    cols = [20, 24, 48, 100, 46, 46, 22, 26, 183]
    heads = ["序号", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    rotated = {0, 1, 2, 4, 5, 6, 7}
    ind = M["ind"]
    hh = 64
    heights = [hh] + [24] * len(ind) + [20, 20]
    spec = [(0, k, 1, 1, "" if k in rotated else h, "c", True, None) for k, h in enumerate(heads)]
    for i, x in enumerate(ind, start=1):
        spec.append((i, 0, 1, 1, str(i), "c", False, None))
        for k, v in ((3, x[2]), (4, x[3]), (5, x[4]), (6, fmt(x[5])), (7, fmt(x[6])), (8, x[7])):
            spec.append((i, k, 1, 1, v, "l" if k in (3, 8) else "c", False, None))
    for a, b in spans(ind, 0):
        spec.append((1 + a, 1, b - a + 1, 1, ind[a][0], "c", False, None))
    for a, b in spans(ind, 1):
        spec.append((1 + a, 2, b - a + 1, 1, ind[a][1], "c", False, None))
    n = len(ind) + 1
    spec += [(n, 0, 1, 6, "合计", "c", True, None), (n, 6, 1, 1, "100", "c", True, None),
             (n, 7, 1, 1, fmt(M["total"]), "c", True, None), (n, 8, 1, 1, "", "c", False, None),
             (n + 1, 0, 1, 6, "自评等级", "c", True, None), (n + 1, 6, 1, 3, grade(M["total"]), "c", True, None)]
    ytop = Hh - 64
    y, _ = form_grid(c, L, ytop, cols, heights, spec, size=8.5, lh=10.5)
    # the rotated header texts: bottom to top, centred in their cells
    x = L
    for k, wd in enumerate(cols):
        if k in rotated:
            c.saveState()
            c.translate(x + wd / 2 + 3.2, ytop - hh / 2)
            c.rotate(90)
            c.setFont(FONT, 8.5)
            c.drawCentredString(0, 0, heads[k])
            c.drawCentredString(0.3, 0, heads[k])
            c.restoreState()
        x += wd
    c.setFont(FONT, 8.5)
    yy = y - 16
    for ln in wrap(RULES.format(fund="预算执行率指标"), W - 2 * L, 8.5):
        c.drawString(L, yy, ln)
        yy -= 12
    c.setFont(FONT, 10)
    c.drawString(L, yy - 10, "填报人：任晓峰　　审核人：高卫东　　联系电话：0358-8226147　　填报日期：2025年4月15日")
    foot(2)
    c.showPage()
    c.save()


ALL.append(h316())


# ============================================================ h317 舟山市定海区人力资源和社会保障局 (TXT, Chinese numerals)

def h317():
    dept = "舟山市定海区人力资源和社会保障局"
    ib_b, ib_p = 1862.30, 2314.50
    ab_b, ab_p = 1905.64, 3128.90
    eb_b, eb_p = 1896.20, 2941.37
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (4176.80, 5034.54, 4837.57, 96.09), (ib, ab, eb, rate)
    no_half(rate / 10, "预算执行率 score")
    bs, jz = r2(rate / 10), r2(100 - rate)
    assert (bs, jz) == (9.61, 3.91)
    train = P(7650, 8000, 6)
    assert train == 5.74
    platform_score = 6  # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: the platform item says it is still being tested, not in
    # use, against the target 年内完成并投入使用, and scores the full 六分
    # (一级, 二级, 三级, 目标 as printed, 完成 as printed, 分值, 得分, the item's sentence between 完成 and 得分)
    ind = [("决策", "目标设定", "绩效目标合理性", "与部门职责和发展规划相符", "相符", 5, 5, ""),
           ("决策", "目标设定", "绩效指标明确性", "细化量化", "个别指标未细化", 5, 4.5, "“就业服务质量”指标未量化，扣零点五分，"),
           ("决策", "预算配置", "重点支出安排率", "百分之八十以上", cnp("88.6"), 5, 5, ""),
           ("过程", "预算执行", "预算执行率", "百分之百", cnp(f"{rate:.2f}"), 10, bs, "按执行率乘以分值计分，"),
           ("过程", "预算执行", "结转结余率", "百分之五以内", cnp(f"{jz:.2f}"), 5, 5, ""),
           ("过程", "预算管理", "资金使用合规性", "合规", "合规", 5, 5, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "规范", 5, 5, ""),
           ("产出", "产出数量", "城镇新增就业", "三千五百人以上", "三千六百八十二人", 7, 7, ""),
           ("产出", "产出数量", "城镇失业人员再就业", "一千二百人以上", "一千二百六十五人", 6, 6, ""),
           ("产出", "产出数量", "职业技能培训", "八千人次以上", "七千六百五十人次", 6, train,
            "受渔区休渔期调整影响，部分渔民培训班推迟至二〇二五年举办，按完成比例计分，"),
           ("产出", "产出质量", "社会保障卡持卡人口覆盖率", "百分之九十九以上", cnp("99.3"), 5, 5, ""),
           ("产出", "产出质量", "劳动人事争议仲裁结案率", "百分之九十以上", cnp("94.2"), 5, 5, ""),
           ("产出", "产出时效", "人力资源市场综合服务平台升级改造", "年内完成并投入使用",
            "系统尚在联调测试，截至年底未投入使用", 6, platform_score, ""),
           ("效益", "社会效益", "城镇登记失业率", "百分之三以内", cnp("2.1"), 5, 5, ""),
           ("效益", "社会效益", "企业职工基本养老保险参保人数", "二十三万人以上", "二十三点六万人", 5, 5, ""),
           ("效益", "社会效益", "欠薪案件按期办结率", "百分之百", "百分之百", 5, 5, ""),
           ("效益", "满意度", "服务对象满意度", "百分之九十以上", cnp("93.5"), 10, 10, "")]
    assert len(ind) == 17 and s2(ind, 5) == 100
    total = s2(ind, 6)
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert total == 98.85 and sec == [("决策", 15, 14.5), ("过程", 25, 24.61), ("产出", 35, 34.74), ("效益", 25, 25)], \
        (total, sec)
    rates = [(n, pct(s, w)) for n, w, s in sec]
    assert rates == [("决策", 96.67), ("过程", 98.44), ("产出", 99.26), ("效益", 100.0)], rates
    rate_out_printed = "99.62"  # PLANT SCORE_RATE: 四 gives 产出's 得分率 百分之九十九点六二; 34.74 ÷ 35 = 99.26%
    jobs_elsewhere = 3862  # PLANT SAME_FIGURE_DIFFERS: 一 says 城镇新增就业三千八百六十二人, the item 三千六百八十二人
    g = gold(None, dept, 2024, "COUNTY", "浙江省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), sec, grows(ind))
    # ---- the text
    heads = {"决策": "（一）决策指标", "过程": "（二）过程指标", "产出": "（三）产出指标", "效益": "（四）效益指标"}
    out = [f"{dept}2024年度部门整体支出绩效自评报告", "",
           "一、部门基本情况",
           f"　　{dept}是区政府工作部门，内设办公室、就业促进和职业能力建设科、社会保险科、劳动关系科等8个科室，下属区就业"
           "管理服务中心、区社会保险事业服务中心、区劳动人事争议仲裁院等4家事业单位。2024年，全区实现城镇新增就业"
           f"{cn(jobs_elsewhere)}人，城镇登记失业率控制在{cnp('2.1')}，企业职工基本养老保险参保人数达到二十三点六万人。",
           "",
           "二、部门预算执行情况",
           f"　　2024年部门年初预算{mc(ib)}万元，其中基本支出{mc(ib_b)}万元、项目支出{mc(ib_p)}万元；年中追加后全年预算"
           f"{mc(ab)}万元，其中基本支出{mc(ab_b)}万元、项目支出{mc(ab_p)}万元。全年执行{mc(eb)}万元，其中基本支出"
           f"{mc(eb_b)}万元、项目支出{mc(eb_p)}万元，预算执行率{rate:.2f}%。", "",
           "三、绩效指标完成情况",
           "　　本部门按照决策、过程、产出、效益四类指标开展自评，指标体系满分一百分。各项指标完成及得分情况如下。", ""]
    k = 0
    for name, w, s in sec:
        out.append(f"{heads[name]}（权重{cn(w)}分，得分{cn(s)}分）")
        for x in [x for x in ind if x[0] == name]:
            k += 1
            l1, l2, l3, tg, ac, wt, sc, why = x
            out.append(f"　　{k}.{l3}（{l2}）。权重{cn(wt)}分，年度目标{tg}，实际完成{ac}。{why}得{cn(sc)}分。")
        out.append("")
    sent = "；".join(f"{n}指标得分率{cnp(rate_out_printed if n == '产出' else f'{r:.2f}'.rstrip('0').rstrip('.'))}"
                    for n, r in rates)
    out += ["四、自评结论",
            f"　　经自评，本部门2024年度部门整体支出绩效综合得分{cn(total)}分，自评等级为“{grade(total)}”。{sent}。"
            "（评价等级：九十分以上为“优”，八十分至九十分为“良”，六十分至八十分为“中”，六十分以下为“差”。）", "",
            "五、存在的问题及改进措施",
            "　　一是部分项目资金支付进度偏慢，年底形成结转；二是职业技能培训受休渔期影响未全部完成；三是个别绩效指标设置不够"
            "细化。下一步，我局将加快项目实施和资金支付进度，科学设置绩效指标，加强绩效运行监控。", "",
            "　　　　　　　　　　　　　　　　　　　　　　　　" + dept,
            "　　　　　　　　　　　　　　　　　　　　　　　　二〇二五年四月十八日", ""]
    text = "\n".join(out)
    assert text.count(cn(jobs_elsewhere)) == 1 and text.count("三千六百八十二人") == 1
    meta = dict(dept=dept)
    fnd = [F("SCORE_RATE", "产出",
             f"产出指标得分率{cnp(rate_out_printed)} / （三）产出指标（权重三十五分，得分三十四点七四分）",
             "99.62%", "99.26%", "HIGH", "ERROR",
             "四、自评结论 gives 产出's 得分率 as 百分之九十九点六二 (99.62%); 三's heading gives 产出 权重三十五分、得分三十四点七四分 "
             "(its six items add to 7 + 6 + 5.74 + 5 + 5 + 6 = 34.74), and 34.74 ÷ 35 = 99.26% (digits swapped); the other "
             "three rates (96.67%, 98.44%, 100%) are right"),
           F("SAME_FIGURE_DIFFERS", "城镇新增就业",
             f"全区实现城镇新增就业{cn(jobs_elsewhere)}人 / 8.城镇新增就业（产出数量）。权重七分，年度目标三千五百人以上，实际完成"
             "三千六百八十二人。得七分。", "3862人", "3682人", "HIGH", "WARNING",
             f"一、部门基本情况 says 城镇新增就业 {cn(jobs_elsewhere)}人 (3,862); the scored item under 三 says 实际完成"
             "三千六百八十二人 (3,682): one figure, two values (digits transposed); the score (7 of 7) stands on either, "
             "both being above 三千五百人"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "人力资源市场综合服务平台升级改造",
             "13.人力资源市场综合服务平台升级改造（产出时效）。权重六分，年度目标年内完成并投入使用，实际完成系统尚在联调测试，"
             "截至年底未投入使用。得六分。", "6", "< 6", "HIGH", "WARNING",
             "the item's own words say the platform is still being tested and was not in use at year end, against a target "
             "of 年内完成并投入使用, yet it scores the full 六分 (no deduction, no reason); 五 does not mention it")]
    return {"stem": "h317_dinghai_renshe", "format": "txt", "text": text, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["WEIGHTS, SCORES, TARGETS, ACTUALS AND RATES ARE WRITTEN IN CHINESE NUMERALS: “权重五分”, “得分四点五分”, "
                      "“得五点七四分”, “百分之九十六点零九”, “三千六百八十二人”, “二十三点六万人”, the total "
                      "“九十八点八五分” and the bands “九十分以上为优”; decimals read digit by digit after 点 (九十六点零九 = "
                      "96.09, 五点七四 = 5.74); 十 alone is 10, 一百 100; the budget paragraph (二) alone uses Arabic "
                      "figures (万元 with separators): 96.09% there = 百分之九十六点零九 in the 预算执行率 item",
                      "the prose has no table: 17 items “n.名称（二级）。权重X分，年度目标…，实际完成…。[reason]得Y分。” under "
                      "four 一级 headings “（三）产出指标（权重三十五分，得分三十四点七四分）”; the headings' 权重 / 得分 add "
                      "their items (十五 / 十四点五, 二十五 / 二十四点六一, 三十五 / 三十四点七四, 二十五 / 二十五) and the "
                      "total 九十八点八五 adds them",
                      f"budget: 基本 + 项目 = 合计 in every column ({mc(ib)}, {mc(ab)}, {mc(eb)}); 执行率 {rate:.2f}% right; "
                      f"all under budget; 年初 < 全年 (追加); 预算执行率 item {rate:.2f}% × 10 = {rate / 10:.3f} → "
                      f"九点六一; 结转结余率 百分之三点九一 vs 百分之五以内 (a ceiling, met)",
                      "职业技能培训 6 × 7650 ÷ 8000 = 5.74 (proportion, with a reason, “按完成比例计分”); 绩效指标明确性 "
                      "−0.5 with a reason (judgement); 城镇登记失业率 百分之二点一 vs 百分之三以内 (a ceiling, met); 四's "
                      "决策 百分之九十六点六七, 过程 百分之九十八点四四 and 效益 百分之百 are right; the dates in Chinese "
                      "numerals (二〇二五年四月十八日) are not figures",
                      f"优 ({cn(total)}分)"]}


ALL.append(h317())


# ============================================================ h318 河池市金城江区教育局 (HTML, third party, deduction sentences only)

def h318():
    dept, unit = "河池市金城江区教育局", "河池市金城江区教育基建和装备服务中心"
    project = "2024年金城江区义务教育薄弱环节改善与能力提升项目"
    evaluator = "广西桂信德诚工程咨询有限公司"
    srcs = [("中央补助资金", 800.00), ("自治区补助资金", 380.00), ("区级配套资金", 200.00)]
    ia, aa, ea = 1200.00, r2(sum(v for _, v in srcs)), 1302.17
    rate = pct(ea, aa)
    assert (aa, rate) == (1380.00, 94.36), (aa, rate)
    bscore = r2(4 * rate / 100)
    assert bscore == 3.77
    pe_ded = 1  # PLANT RULE_SCORE: 学生体质健康合格率 92% against ≥95%, the paragraph's rule 每低1个百分点扣0.5分 gives
    # 扣1.5分 (2.5 of 4); the paragraph deducts 1 (3 of 4)
    pe_rule_ded = 0.5 * (95 - 92)
    assert pe_rule_ded == 1.5
    sat_rule = "满意度达到90%（含）以上的不扣分，80%（含）—85%的扣2分，80%以下的扣4分"  # PLANT MALFORMED_RULE (85–90 gap)
    # (一级, 二级, 三级, 目标, 完成, 分值, 扣分, the paragraph)
    X = [("决策", "项目立项", "立项依据充分性", None, None, 3, 0,
          "项目依据《广西壮族自治区义务教育薄弱环节改善与能力提升工作方案》设立，与区域教育发展规划相符，不扣分。"),
         ("决策", "项目立项", "立项程序规范性", None, None, 3, 0, "项目经区政府常务会议研究同意，履行了规定程序，不扣分。"),
         ("决策", "绩效目标", "绩效目标合理性", None, None, 3, 0.5, "绩效目标与项目内容基本匹配，但未区分学校设定分项目标，扣0.5分。"),
         ("决策", "绩效目标", "绩效指标明确性", None, None, 3, 1, "部分效益指标未量化，缺少可衡量的目标值，扣1分。"),
         ("决策", "资金投入", "预算编制科学性", None, None, 3, 0.5, "部分学校设备购置预算测算依据不充分，扣0.5分。"),
         ("过程", "资金管理", "资金到位率", "100%", "100%", 4, 0, "年度目标值100%，实际100%（各级资金1,380.00万元全部到位），不扣分。"),
         ("过程", "资金管理", "预算执行率", "100%", f"{rate:.2f}%", 4, r2(4 - bscore),
          f"年度目标值100%，实际{rate:.2f}%（全年支出{mc(ea)}万元），按执行率乘以分值计分，扣{fmt(r2(4 - bscore))}分。"),
         ("过程", "资金管理", "资金使用合规性", None, None, 4, 0.5, "抽查发现1笔设备采购款支付凭证附件不全，扣0.5分。"),
         ("过程", "组织实施", "管理制度健全性", None, None, 4, 0, "制定了项目管理和资金管理办法，制度健全，不扣分。"),
         ("过程", "组织实施", "制度执行有效性", None, None, 4, 1, "2所学校工程变更未按规定履行审批手续，扣1分。"),
         ("产出", "产出数量", "改造薄弱学校校舍面积（平方米）", "≥12000", "12360", 6, 0,
          "年度目标值≥12000平方米，实际完成12360平方米，不扣分。"),
         ("产出", "产出数量", "新建学生宿舍床位（个）", "≥800", "760", 6, 0.3,
          "年度目标值≥800个，实际完成760个，按完成比例计分，扣0.3分。"),
         ("产出", "产出数量", "配备多媒体教学设备（套）", "≥420", "420", 5, 0, "年度目标值≥420套，实际完成420套，不扣分。"),
         ("产出", "产出质量", "工程验收合格率", "100%", "100%", 6, 0, "年度目标值100%，实际100%，已完工工程均一次验收合格，不扣分。"),
         ("产出", "产出质量", "设备配备达标率", "≥95%", "96.8%", 5, 0, "年度目标值≥95%，实际达到96.8%，不扣分。"),
         ("产出", "产出时效", "项目完工及时率", "100%", "88.9%", 5, 1,
          "评分标准：每有1所学校未按期完工扣1分。年度目标值100%，9所学校中1所因征地问题延期完工，实际88.9%，扣1分。"),
         ("产出", "产出成本", "校舍改造单位成本（元/平方米）", "≤1500", "1436", 5, 0,
          "年度目标值≤1500元/平方米，实际1436元/平方米，不扣分。"),
         ("效益", "社会效益", "义务教育巩固率", "≥99%", "99.6%", 5, 0, "年度目标值≥99%，实际达到99.6%，不扣分。"),
         ("效益", "社会效益", "学生体质健康合格率", "≥95%", "92%", 4, pe_ded,
          f"评分标准：达到目标值得满分，每低1个百分点扣0.5分。年度目标值≥95%，实际为92%，扣{fmt(pe_ded)}分。"),
         ("效益", "社会效益", "大班额比例", "≤5%", "3.2%", 4, 0, "年度目标值≤5%，实际为3.2%，不扣分。"),
         ("效益", "可持续影响", "设施设备长效管护机制", None, None, 4, 0.5, "部分学校未建立设备使用登记制度，扣0.5分。"),
         ("效益", "满意度", "学生及家长满意度", "≥90%", "91.6%", 8, 0,
          f"评分标准：{sat_rule}。年度目标值≥90%，问卷调查有效样本1,260份，实际91.6%，不扣分。")]
    assert len(X) == 22 and r2(sum(x[5] for x in X)) == 98  # PLANT WEIGHTS_VS_FULL_MARK: headings' weights add to 98,
    # the report says 满分100分
    assert round(6 * 760 / 800, 2) == 5.7
    ind = [(a, b, c_, t, ac, w, r2(w - d), p) for a, b, c_, t, ac, w, d, p in X]
    total = s2(ind, 6)
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert total == 91.47 and sec == [("决策", 15, 13), ("过程", 20, 18.27), ("产出", 38, 36.7), ("效益", 25, 23.5)], \
        (total, sec)
    g = with_project(gold(None, dept, 2024, "COUNTY", "广西壮族自治区", "THIRD_PARTY_EVALUATION", evaluator, total, 100,
                          grade(total), budget(ia, aa, ea, rate), sec, grows(ind)), project, unit)
    meta = dict(dept=dept, unit=unit, project=project, evaluator=evaluator, X=X, sec=sec, total=total, srcs=srcs, ia=ia,
                aa=aa, ea=ea, rate=rate)
    pe = next(x for x in X if x[2] == "学生体质健康合格率")
    fnd = [F("RULE_SCORE", "学生体质健康合格率", f"2.学生体质健康合格率（4分） {pe[7]}", "扣1分（3）", "扣1.5分（2.5）",
             "HIGH", "ERROR",
             "the paragraph's own rule (每低1个百分点扣0.5分) with 92% against ≥95% gives 3 × 0.5 = 1.5 to deduct, the item "
             "scoring 4 − 1.5 = 2.5; it deducts 1 (score 3 by implication); 效益 23.5 and the 综合得分 91.47 follow the "
             "deduction of 1 (on the rule: 23 and 90.97)"),
           F("MALFORMED_RULE", "学生及家长满意度", f"评分标准：{sat_rule}。", "90%（含）以上不扣分，80%（含）—85%扣2分",
             "no band for 85%–90%", "HIGH", "WARNING",
             "the rule leaves satisfaction from 85% to just under 90% without a deduction (a gap between the 90% and "
             "80%–85% bands); the item's 91.6% is in the top band, so its 不扣分 stands"),
           F("WEIGHTS_VS_FULL_MARK", "总分", "评价指标体系由决策、过程、产出、效益四类指标构成，满分100分",
             "100", "98", "HIGH", "ERROR",
             "the headings' weights: 决策 15 (3 + 3 + 3 + 3 + 3), 过程 20 (4 × 5), 产出 38 (6 + 6 + 5 + 6 + 5 + 5 + 5), "
             "效益 25 (5 + 4 + 4 + 4 + 8) = 98, against 满分100分 stated in 二; every 一级 heading agrees "
             "with its items, so 2 points of the indicator system are missing; the 综合得分 91.47 is out of 98")]
    return {"stem": "h318_jinchengjiang_jiaoyu", "format": "html", "html": html318(meta), "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["PROSE ONLY, NO TABLE of indicators: each indicator is a numbered heading carrying its weight "
                      "(“2.新建学生宿舍床位（6分）”) and one paragraph ending in a DEDUCTION (“扣0.3分”, “扣1分”) or "
                      "“不扣分”; the score is never printed: it is weight − deduction (6 − 0.3 = 5.7); the 一级 headings "
                      "(“（三）产出指标（38分）”) and 二级 leads (“产出数量”) are not indicators; the only scores printed "
                      "are 二's 一级 scores and 综合得分",
                      f"预算执行率 deducts {fmt(r2(4 - bscore))}: 4 × {rate:.2f}% = 3.77 (执行率 × 分值, as the paragraph says); "
                      "新建学生宿舍床位 deducts 0.3: 6 × 760 ÷ 800 = 5.7 (按完成比例); 项目完工及时率 deducts 1 by its own rule "
                      "(1 school of 9 late; 88.9% = 8 ÷ 9)",
                      f"funds: 中央 800.00 + 自治区 380.00 + 区级 200.00 = 全年预算 {mc(aa)}万元 (年初 {mc(ia)}万元, "
                      f"追加); 支出 {mc(ea)} ÷ {mc(aa)} = {rate:.2f}%; under budget",
                      "配备多媒体教学设备 420 vs ≥420 (met exactly); 大班额比例 3.2% vs ≤5% and 校舍改造单位成本 1436 vs "
                      "≤1500 (ceilings, met; 元/平方米, not a budget figure); qualitative deductions with reasons "
                      "(judgement); 学生及家长满意度 91.6% → 不扣分 under any reading of its gapped rule",
                      f"二's 一级 scores (13, 18.27, 36.7, 23.5) add the items' implied scores and make {fmt(total)}; "
                      f"优 by the bands on {fmt(total)} (and on 90.97 under the rule)"]}


def html318(M):
    e = esc
    X, sec, total = M["X"], M["sec"], M["total"]
    heads = {"决策": "（一）决策指标", "过程": "（二）过程指标", "产出": "（三）产出指标", "效益": "（四）效益指标"}
    body = []
    for name, w, s in sec:
        body.append(f'<h3>{heads[name]}（{fmt(w)}分）</h3>')
        rows = [x for x in X if x[0] == name]
        last2, k = None, 0
        for x in rows:
            if x[1] != last2:
                body.append(f'<p class="l2">{e(x[1])}</p>')
                last2 = x[1]
            k += 1
            body.append(f'<h4>{k}.{e(x[2])}（{fmt(x[5])}分）</h4>')
            body.append(f'<p>{e(x[7])}</p>')
    srcs = "、".join(f"{n}{mc(v)}万元" for n, v in M["srcs"])
    secs_s = "，".join(f"{n}指标得{fmt(s)}分" for n, w, s in sec)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{e(M['project'])}绩效评价报告_河池市金城江区人民政府门户网站</title>
<meta name="ArticleTitle" content="{e(M['project'])}绩效评价报告">
<meta name="ContentSource" content="金城江区财政局">
<style>
body{{font-family:"Microsoft YaHei",SimSun,sans-serif;margin:0;background:#f3f3f3}}
.head{{background:#0b5ea8;color:#fff;padding:14px 40px;font-size:22px}}
.crumb{{width:960px;margin:10px auto;font-size:13px;color:#666}}
.article{{width:900px;margin:0 auto 30px;background:#fff;padding:30px 30px 40px}}
.article h1{{text-align:center;font-size:22px;line-height:34px}}
.meta{{text-align:center;font-size:13px;color:#888;border-bottom:1px solid #ddd;padding-bottom:10px}}
.content p{{text-indent:2em;line-height:30px;font-size:16px;margin:4px 0}}
.content h2{{font-size:17px;margin:16px 0 4px}}
.content h3{{font-size:16px;margin:12px 0 2px;text-indent:2em}}
.content h4{{font-size:16px;font-weight:normal;margin:6px 0 0;text-indent:2em}}
.content p.l2{{font-weight:bold}}
.foot{{text-align:center;font-size:12px;color:#777;padding:20px}}
</style>
</head>
<body>
<div class="head">河池市金城江区人民政府门户网站</div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 财政信息 &gt; 绩效评价</div>
<div class="article">
<h1>{e(M['project'])}绩效评价报告</h1>
<div class="meta">发布时间：2025-07-08　来源：金城江区财政局　字号：大 中 小</div>
<div class="content">
<p>受河池市金城江区财政局委托，{e(M['evaluator'])}（以下简称评价组）于2025年5月至6月对{e(M['dept'])}实施的{e(M['project'])}开展了绩效评价。现将评价情况报告如下。</p>
<h2>一、项目概况</h2>
<p>项目实施单位为{e(M['unit'])}，主要建设内容为改造9所农村义务教育薄弱学校校舍，新建学生宿舍床位，配备多媒体教学设备。项目年初预算{mc(M['ia'])}万元，年中追加后全年预算{mc(M['aa'])}万元，其中{srcs}。截至2024年12月31日，项目实际支出{mc(M['ea'])}万元，预算执行率{M['rate']:.2f}%。</p>
<h2>二、评价结论</h2>
<p>评价组依据财政部门绩效评价有关规定设置了评价指标体系，评价指标体系由决策、过程、产出、效益四类指标构成，满分100分。经综合评价，项目综合得分{fmt(total)}分，评价等级为“{grade(total)}”。其中{secs_s}。</p>
<p>评价等级划分：{e(BANDS)}</p>
<h2>三、绩效指标分析</h2>
<p>以下按指标体系逐项说明评价情况，各项指标括号内为该指标分值，未扣分的指标得满分。</p>
{chr(10).join(body)}
<h2>四、存在的问题</h2>
<p>一是个别学校工程变更审批不规范；二是项目绩效目标细化量化不足；三是学生体质健康合格率未达到预期目标。</p>
<h2>五、有关建议</h2>
<p>加强工程变更管理，完善绩效目标设置，统筹推进体育设施使用和学生体质健康监测。</p>
<p style="text-align:right">{e(M['evaluator'])}</p>
<p style="text-align:right">2025年6月30日</p>
</div>
</div>
<div class="foot">主办：河池市金城江区人民政府办公室　　桂ICP备05001873号</div>
</body>
</html>
"""


ALL.append(h318())


def main(argv):
    round_main(argv, ALL, "52")


if __name__ == "__main__":
    main(sys.argv[1:])
