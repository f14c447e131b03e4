#!/usr/bin/python3
"""Round 34 (h224–h228): issue-9 layouts not used before, each with PLANTED issue-10 problems, made apart from the
code by the corpus34 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report
whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports34.py [h224 …]
(needs python-docx, openpyxl and reportlab: h224 DOCX with one tiny table per indicator under heading paragraphs;
h225 an HTML page of <dl> definition lists written as text; h226 drawn with reportlab (rotated 一级 labels); h227 an
XLSX written cell by cell with openpyxl; h228 DOCX whose "tables" are tab-aligned paragraphs, no table object.)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, note).
"""
import html as HT
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402
import heldout3_a  # noqa: E402,F401
from heldout import fmt, budget, gold, row  # noqa: E402
from reports4 import pct, F  # noqa: E402
from reports22 import s2, r2, with_project, grows, run  # noqa: E402
from reports32 import new_canvas, wrap, FONT  # noqa: E402

ALL = []
BANDS = "90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。"


def secs(ind, names):
    return [(n, s2([r for r in ind if r[0] == n], 5), s2([r for r in ind if r[0] == n], 6)) for n in names]


def new_doc(landscape=False):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt
    doc = Document()
    cp = doc.core_properties
    cp.author, cp.last_modified_by, cp.title = "", "", ""
    cp.created, cp.modified, cp.revision = H.A.FIXED, H.A.FIXED, 1
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    else:
        sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin = sec.bottom_margin = Mm(18)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(10.5)
    rpr = normal.element.get_or_add_rPr()
    fonts = OxmlElement("w:rFonts")
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        fonts.set(qn(k), "宋体")
    rpr.append(fonts)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    return doc


def para(doc, text, bold=False, size=None, center=False, after=0, indent=False):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent:
        p.paragraph_format.first_line_indent = Pt(21)
    p.paragraph_format.space_after = Pt(after)
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    return p


def grid_table(doc, rows, widths_mm, bold_rows=(0,), size=9.5):
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.shared import Mm, Pt
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for k, wd in enumerate(widths_mm):
        t.columns[k].width = Mm(wd)
    for i, cells in enumerate(rows):
        for k, v in enumerate(cells):
            cell = t.cell(i, k)
            cell.width = Mm(widths_mm[k])
            cell.text = ""
            run = cell.paragraphs[0].add_run(str(v))
            run.font.size = Pt(size)
            run.bold = i in bold_rows
    return t


# ============================================================ h224 牡丹江市爱民区卫生健康局 (DOCX, one tiny table per indicator)

def h224():
    dept = "牡丹江市爱民区卫生健康局"
    ib_b, ib_p = 2150.00, 1480.00
    ab_b, ab_p = 2186.30, 1926.70
    eb_b, eb_p = 2171.52, 1744.86
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (3630.00, 4113.00, 3916.38, 95.22), (ib, ab, eb, rate)
    rate_p = 95.12  # PLANT EXECUTION_RATE: 3,916.38 ÷ 4,113.00 = 95.22%, the budget table's 合计 line prints 95.12%
    bs = r2(rate / 10)  # 9.52 on the right rate
    ind = [("投入指标", "预算编制", "预算编制科学性", "科学", "基本科学", 5, 4, "年中追加基本公共卫生服务补助资金，预算编制精准度不足，扣1分"),
           ("投入指标", "预算编制", "绩效目标合理性", "合理", "合理", 5, 5, ""),
           ("投入指标", "预算编制", "在职人员控制率", "≤100%", "96.8%", 5, 5, ""),
           ("过程指标", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "执行率×10"),
           ("过程指标", "财务管理", "资金使用合规性", "合规", "合规", 5, 5, ""),
           ("过程指标", "资产管理", "资产管理规范性", "规范", "规范", 5, 5, ""),
           ("产出指标", "数量指标", "0-6岁儿童健康管理人数（人）", "≥9500", "9812", 8, 8, ""),
           ("产出指标", "数量指标", "65岁及以上老年人健康体检人数（人）", "≥11000", "11000", 6, 6, ""),
           ("产出指标", "质量指标", "高血压患者规范管理率", "≥65%", "67.4%", 8, 7, ""),  # PLANT TARGET_MET_POINTS_LOST
           ("产出指标", "质量指标", "严重精神障碍患者规范管理率", "≥85%", "82%", 8, 5, "部分患者家属配合度低，每低1个百分点扣1分，扣3分"),
           ("产出指标", "时效指标", "突发公共卫生事件报告及时率", "100%", "100%", 5, 5, ""),
           ("产出指标", "成本指标", "基本公共卫生服务人均补助标准（元）", "≥89", "89", 5, 5, ""),
           ("效益指标", "社会效益", "居民电子健康档案建档率", "≥90%", "93.5%", 8, 8, ""),
           ("效益指标", "可持续影响", "基层卫生服务长效机制", "健全", "基本健全", 7, 6, "家庭医生签约服务考核激励机制尚待完善，扣1分"),
           ("效益指标", "满意度", "群众就医满意度", "≥90%", "91.2%", 10, 10, "")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)
    assert total == 93.52, total
    names = ["投入指标", "过程指标", "产出指标", "效益指标"]
    sec = secs(ind, names)
    assert sec[3] == ("效益指标", 25, 24), sec
    sec_p = [list(s) for s in sec]
    sec_p[3][2] = 23  # PLANT SECTION_VS_ROWS: the 效益指标 heading says 得分23分, its rows add to 24
    g = gold(None, dept, 2023, "COUNTY", "黑龙江省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ib, ab, eb, rate_p, ab_b, eb_b, ab_p, eb_p), [tuple(s) for s in sec_p], grows(ind))
    fnd = [F("EXECUTION_RATE", "合计", f"合计 | {ib:,.2f} | {ab:,.2f} | {eb:,.2f} | {rate_p:.2f}%", f"{rate_p:.2f}%",
             f"{rate:.2f}%", "HIGH", "ERROR",
             f"{eb:,.2f} ÷ {ab:,.2f} = {rate:.2f}%, the budget table's 合计 line prints {rate_p:.2f}%; the 预算执行率 "
             f"indicator prints the right {rate:.2f}% and scores {fmt(bs)} on it"),
           F("SECTION_VS_ROWS", "效益指标", "（四）效益指标（分值25分，得分23分）", "23", "24", "HIGH", "ERROR",
             "the 效益指标 heading states 得分23分; its three indicator tables score 8 + 6 + 10 = 24 (weights 8 + 7 + 10 = "
             f"25 agree); the 自评总分 {fmt(total)} adds the rows (24), not the heading"),
           F("TARGET_MET_POINTS_LOST", "高血压患者规范管理率", "高血压患者规范管理率 | ≥65% | 67.4% | 8 | 7 |", "7", "8",
             "HIGH", "WARNING",
             "67.4% meets ≥65%, yet the row scores 7 of 8 and its 偏差原因 cell is empty; no printed rule takes a point")]
    meta = dict(dept=dept, ind=ind, total=total, sec=sec_p,
                budget=[("合计", ib, ab, eb, rate_p), ("其中：基本支出", ib_b, ab_b, eb_b, pct(eb_b, ab_b)),
                        ("项目支出", ib_p, ab_p, eb_p, pct(eb_p, ab_p))])
    return {"stem": "h224_aimin_weijian", "format": "docx", "write": write224, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": [f"预算执行率 indicator {rate:.2f}% × 10 = {rate / 10:.3f} printed {fmt(bs)} (the right rate)",
                      f"基本 {pct(eb_b, ab_b):.2f}% and 项目 {pct(eb_p, ab_p):.2f}% right; parts add up in every "
                      "column; both under budget",
                      "65岁及以上老年人健康体检人数 11000 vs ≥11000 and 人均补助标准 89 vs ≥89 (met exactly); "
                      "在职人员控制率 96.8% vs ≤100% (a ceiling, met)",
                      "严重精神障碍患者规范管理率 82% vs ≥85%: 8 − 3 → 5 (printed rule 每低1个百分点扣1分)",
                      "预算编制科学性 −1, 基层卫生服务长效机制 −1 with reasons (judgement)",
                      "投入 15/14, 过程 20/19.52, 产出 40/36 headings right",
                      "EVERY indicator is its own 2-row table (header + values) under heading paragraphs “（一）投入指标"
                      "（分值15分，得分14分）” and “1.预算编制”: 15 tiny tables + the budget table",
                      f"自评总分 {fmt(total)} = rows"]}


def write224(rep, path):
    from docx.shared import Pt
    M = rep["meta"]
    doc = new_doc()
    para(doc, "2023年度部门整体支出绩效自评表", bold=True, size=16, center=True, after=6)
    para(doc, f"部门（单位）名称：{M['dept']}（盖章）　　　　　　　　　金额单位：万元", after=4)
    para(doc, "一、部门预算执行情况", bold=True, after=2)
    rows = [["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"]]
    rows += [[lab, f"{i_:,.2f}", f"{a_:,.2f}", f"{e_:,.2f}", f"{r_:.2f}%"] for lab, i_, a_, e_, r_ in M["budget"]]
    grid_table(doc, rows, [40, 32, 32, 32, 26])
    para(doc, "", after=2)
    para(doc, "二、绩效指标完成情况", bold=True, after=2)
    cn = "一二三四五六"
    head = ["三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    widths = [44, 22, 22, 12, 12, 58]
    l1_i, l2_i, last = -1, 0, (None, None)
    secmap = {n: (w, s) for n, w, s in M["sec"]}
    for l1, l2, l3, t, a, w, s, n in M["ind"]:
        if l1 != last[0]:
            l1_i += 1
            l2_i = 0
            sw, ss = secmap[l1]
            para(doc, f"（{cn[l1_i]}）{l1}（分值{fmt(sw)}分，得分{fmt(ss)}分）", bold=True, after=2).paragraph_format \
                .space_before = Pt(6)
        if (l1, l2) != last:
            l2_i += 1
            para(doc, f"{l2_i}.{l2}", after=2).paragraph_format.space_before = Pt(3)
        last = (l1, l2)
        grid_table(doc, [head, [l3, t, a, fmt(w), fmt(s), n]], widths, size=9)
        para(doc, "", size=4)
    para(doc, f"三、自评结论：自评总分{fmt(M['total'])}分，自评等级为“优”。", bold=True, after=2).paragraph_format.space_before = Pt(6)
    para(doc, "评分说明：1.预算执行率得分=执行率×10，保留两位小数；2.定量指标达到年度指标值的得满分，未达到的按完成比例计分，"
              "严重精神障碍患者规范管理率每低于指标值1个百分点扣1分；3.定性指标根据完成情况酌情扣分并说明理由；4.自评等级：" + BANDS)
    para(doc, "填表人：张××　　　审核人：王××　　　联系电话：0453-69×××××　　　填报日期：2024年4月12日", after=0)
    doc.save(path)
    H.A.normalize_zip(path)


ALL.append(h224())


# ============================================================ h225 贵港市港北区农业农村局 (HTML, one <dl> per indicator)

def h225():
    dept = "贵港市港北区农业农村局"
    unit = "贵港市港北区乡村建设服务中心"
    proj = "港北区2024年农村人居环境整治提升项目"
    ia, aa, ea = 1260.00, 1385.00, 1318.47
    rate = pct(ea, aa)
    assert rate == 95.20, rate
    bs_true = r2(rate / 10)  # 9.52
    bs = 10  # PLANT BUDGET_ROW_SCORE: 执行率 95.20% × 10 = 9.52; the fund block prints 10 (全年执行数 exceeds the 年初预算数)
    ind = [("产出指标", "数量指标", "农村户厕改造（户）", "≥1200", "1236", 8, 8, ""),
           ("产出指标", "数量指标", "新建村级污水处理设施（座）", "≥12", "12", 8, 8, ""),
           ("产出指标", "数量指标", "村庄清洁行动覆盖行政村（个）", "≥85", "87", 6, 6, ""),
           ("产出指标", "数量指标", "新建改建农村公厕（座）", "≥20", "22", 5, 5, ""),
           ("产出指标", "质量指标", "改厕质量验收合格率", "≥95%", "96.5%", 8, 8, ""),
           ("产出指标", "质量指标", "污水处理设施出水达标率", "≥90%", "86%", 6, 4, "2座设施调试期出水不稳定，每低1个百分点扣0.5分，扣2分"),
           ("产出指标", "时效指标", "项目完成及时率", "100%", "100%", 5, 5, ""),
           ("产出指标", "成本指标", "户厕改造户均补助（元）", "≤1500", "1450", 4, 4, ""),
           ("效益指标", "社会效益指标", "农村卫生厕所普及率", "≥88%", "89.2%", 8, 8, ""),
           ("效益指标", "社会效益指标", "村庄保洁员配备到位率", "100%", "100%", 6, 6, ""),
           ("效益指标", "生态效益指标", "农村生活污水治理率", "≥30%", "31.5%", 8, 8, ""),
           ("效益指标", "可持续影响指标", "农村厕所长效管护机制", "健全", "基本健全", 6, 5, "部分村管护经费未落实到位，扣1分"),
           ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "93%", 10, 10, "")]
    full = [("", "", "年度资金总额", "", f"{rate:.2f}%", 10, bs, "")] + ind
    wsum = s2(full, 5)
    assert wsum == 98, wsum  # PLANT WEIGHTS_VS_FULL_MARK: the 总分 line prints 分值100, the weights add to 98
    total = s2(full, 6)
    assert total == 95, total
    goals = [("目标1", "完成农村户厕改造1200户以上、新建改建农村公厕20座以上，改厕质量验收合格率达到95%以上；"),
             ("目标2", "新建村级污水处理设施12座，农村生活污水治理率达到30%以上；"),
             ("目标4", "建立健全农村厕所长效管护机制，受益群众满意度达到90%以上。")]  # PLANT GOAL_LABELS (目标3 skipped)
    g = with_project(gold(None, dept, 2024, "COUNTY", "广西壮族自治区", "SELF_EVALUATION", None, total, 100, "优",
                          budget(ia, aa, ea, rate), [], grows(full)), proj, unit)

    def e(s):
        return HT.escape(str(s), quote=False)

    b = []
    b.append('<div class="location">您当前的位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; '
             '<a href="/xxgk/jxgl/">预算绩效管理</a></div>')
    b.append('<div class="article">')
    b.append(f'<h1>{e(proj)}绩效自评表</h1>')
    b.append(f'<p class="source">发布日期：2025-04-22　　信息来源：{e(dept)}　　【字体：大 中 小】</p>')
    b.append('<div class="content">')
    b.append('<h2>项目支出绩效自评表（2024年度）</h2>')
    b.append('<h3>一、项目基本情况</h3>')
    b.append('<dl class="xm">')
    for k, v in [("项目名称", proj), ("主管部门", dept), ("实施单位", unit), ("填报单位", unit), ("金额单位", "万元")]:
        b.append(f"  <dt>{k}</dt><dd>{e(v)}</dd>")
    b.append("</dl>")
    b.append('<h3>二、项目资金（万元）</h3>')
    b.append('<dl class="zj">')
    b.append("  <dt>年度资金总额</dt>")
    for k, v in [("年初预算数", f"{ia:,.2f}"), ("全年预算数", f"{aa:,.2f}"), ("全年执行数", f"{ea:,.2f}"), ("分值", "10"),
                 ("执行率", f"{rate:.2f}%"), ("得分", fmt(bs))]:
        b.append(f"  <dd><span class=\"k\">{k}：</span>{v}</dd>")
    b.append("</dl>")
    b.append('<h3>三、年度总体目标</h3>')
    b.append('<dl class="mb">')
    for k, v in goals:
        b.append(f"  <dt>{k}</dt><dd>{e(v)}</dd>")
    b.append("</dl>")
    b.append('<h3>四、绩效指标完成情况</h3>')
    for l1, l2, l3, t, a, w, s, n in ind:
        b.append('<dl class="zb">')
        b.append(f"  <dt>{e(l3)}</dt>")
        for k, v in [("一级指标", l1), ("二级指标", l2), ("年度指标值", t), ("实际完成值", a), ("分值", fmt(w)),
                     ("得分", fmt(s)), ("偏差原因分析及改进措施", n or "无")]:
            b.append(f"  <dd><span class=\"k\">{k}：</span>{e(v)}</dd>")
        b.append("</dl>")
    b.append('<dl class="zf">')
    b.append("  <dt>总分</dt>")
    b.append("  <dd><span class=\"k\">分值：</span>100</dd>")  # PLANT WEIGHTS_VS_FULL_MARK
    b.append(f"  <dd><span class=\"k\">得分：</span>{fmt(total)}</dd>")
    b.append("  <dd><span class=\"k\">自评等级：</span>优</dd>")
    b.append("</dl>")
    rules = ["年度资金总额得分=执行率×10，保留两位小数；",
             "定量指标达到年度指标值的得满分，未达到的按完成比例计分；污水处理设施出水达标率每低于指标值1个百分点扣0.5分；",
             "定性指标根据完成情况酌情扣分并说明理由；",
             "自评等级：" + BANDS]
    b.append("<h3>五、评分说明</h3>")
    b.append("<ol>" + "".join(f"<li>{e(x)}</li>" for x in rules) + "</ol>")
    b.append("<p>填报人：韦××　　联系电话：0775-42×××××　　填报日期：2025年3月31日</p>")
    b.append("</div>\n</div>")
    b.append('<div class="footer">贵港市港北区人民政府办公室主办　　桂ICP备××××××××号</div>')
    css = ("dl{border:1px solid #ccc;margin:8px 0;padding:6px 10px}dt{font-weight:bold}"
           "dl.zb dd,dl.zj dd{display:inline-block;margin:0 18px 0 0}.k{color:#666}")
    page = ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{e(proj)}绩效自评表-港北区人民政府门户网站</title>\n<style>{css}</style>\n</head>\n<body>\n"
            + "\n".join(b) + "\n</body>\n</html>\n")
    fnd = [F("GOAL_LABELS", "年度总体目标", "目标1：… 目标2：… 目标4：…", "目标1, 目标2, 目标4", "目标1, 目标2, 目标3",
             "HIGH", "WARNING", "the three goals of the 年度总体目标 list are labelled 目标1, 目标2, 目标4: 目标3 is skipped "
             "(no goal is missing from the text, the third label is wrong)"),
           F("BUDGET_ROW_SCORE", "年度资金总额",
             f"年度资金总额 年初预算数：{ia:,.2f} 全年预算数：{aa:,.2f} 全年执行数：{ea:,.2f} 分值：10 执行率：{rate:.2f}% 得分：10",
             "10", fmt(bs_true), "HIGH", "ERROR",
             f"{ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% (printed right); the printed rule 执行率×10 gives {fmt(bs_true)}; the "
             f"block prints full marks (the spending exceeds the 年初预算数 {ia:,.2f}, not the 全年预算数); the 总分 "
             f"{fmt(total)} adds the 10"),
           F("WEIGHTS_VS_FULL_MARK", "总分", f"总分 分值：100 得分：{fmt(total)} 自评等级：优", "100", "98", "HIGH", "ERROR",
             "the 分值 of the fund block (10) and the 13 indicators add to 98 (产出 50, 效益 28, 满意度 10), the 总分 block "
             "prints 分值100; which indicator lost 2 points of weight is not knowable")]
    return {"stem": "h225_gangbei_nongye", "format": "html", "html": page, "gold": g, "findings": fnd,
            "traps": [f"执行率 {ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% (right)",
                      "新建村级污水处理设施 12 vs ≥12 (met exactly); 户厕改造户均补助 1450 vs ≤1500 (a ceiling, met)",
                      "污水处理设施出水达标率 86% vs ≥90%: 6 − 2 → 4 (printed rule 每低1个百分点扣0.5分)",
                      "农村厕所长效管护机制 基本健全 −1 with a reason (judgement)",
                      "EVERY indicator is its own <dl>: <dt> the 三级 name, <dd> lines “一级指标：… 二级指标：… 年度指标值：… "
                      "实际完成值：… 分值：… 得分：… 偏差原因分析及改进措施：…” (“无” when there is none); the fund block, "
                      "the goals and the 总分 are <dl>s too",
                      f"总分 {fmt(total)} = rows (with the printed 10)"]}


ALL.append(h225())


# ============================================================ h226 荆门市东宝区 事前绩效评估报告 (PDF, rotated 一级 labels)

def h226():
    dept = "荆门市东宝区住房和城乡建设局"
    unit = "荆门市东宝区城市更新服务中心"
    proj = "东宝区2025年城区老旧小区改造项目"
    agency = "湖北楚衡工程咨询有限公司"
    # 评估指标 rows: (一级, 二级 (scored), 评估要点, 分值, 得分, 评估意见)
    rows = [("立项必要性", "政策相符性", "是否符合国家、省、市老旧小区改造政策和东宝区“十四五”规划", 5, 5, "符合"),
            ("立项必要性", "需求迫切性", "改造需求是否经过居民意愿调查，是否具有现实迫切性", 5, 4.5, "2个小区居民意愿调查覆盖率不足80%"),
            ("立项必要性", "职能相符性", "项目内容是否与主管部门职能相符", 5, 5, "相符"),
            ("立项必要性", "非重复性", "是否与其他已安排资金的项目重复", 5, 5, "未发现重复"),
            ("投入经济性", "投入成本合理性", "单位改造成本是否参照定额和同类项目合理测算", 8, 6.5, "外墙保温单价高于同类项目约6%"),
            ("投入经济性", "预算编制规范性", "预算测算依据是否充分，明细是否完整", 6, 5, "部分零星工程量为估算"),
            ("投入经济性", "分年度资金安排合理性", "资金安排是否与实施进度相匹配", 6, 5.5, "四季度支付比例偏高"),
            ("绩效目标合理性", "目标明确性", "绩效目标是否明确、具体", 5, 4.5, "效益目标表述较笼统"),
            ("绩效目标合理性", "指标完整性", "绩效指标是否覆盖产出和效益", 5, 4, "缺少可持续影响指标"),
            ("绩效目标合理性", "指标值合理性", "指标值是否可衡量、有依据", 5, 4, "满意度指标值偏低"),
            ("绩效目标合理性", "目标与资金匹配性", "绩效目标与申请资金是否匹配", 5, 4.5, "基本匹配"),
            ("实施方案可行性", "实施内容明确性", "改造内容、范围、标准是否明确", 7, 6.5, "基本明确"),
            ("实施方案可行性", "组织管理完备性", "组织机构、管理制度是否健全", 6, 5.5, "建后管理制度待细化"),
            ("实施方案可行性", "进度安排合理性", "进度计划是否可行", 6, 5, "施工期与雨季重叠"),
            ("实施方案可行性", "风险防控措施", "是否识别主要风险并提出应对措施", 6, 4.5, "管线迁改风险应对不足"),
            ("筹资合规性", "筹资渠道合规性", "资金来源是否合规、稳定", 8, 8, "合规"),
            ("筹资合规性", "财政承受能力", "区级配套资金是否纳入预算安排", 7, 6, "区级配套资金尚未全部落实")]
    ind = [(a, None, b_, None, None, w, s, n) for a, b_, _, w, s, n in rows]
    assert s2(ind, 5) == 100
    rows_total = s2(ind, 6)
    assert rows_total == 89, rows_total
    total_p = 88  # PLANT TOTAL_VS_ROWS: the appendix 合计, the summary table's 合计 and 二's sentence print 88; rows add to 89
    names = ["立项必要性", "投入经济性", "绩效目标合理性", "实施方案可行性", "筹资合规性"]
    sec = secs(ind, names)
    rates = {n: f"{s / w * 100:.2f}%" for n, w, s in sec}
    assert rates["实施方案可行性"] == "86.00%"
    rates["实施方案可行性"] = "84.00%"  # PLANT SCORE_RATE: 21.5 ÷ 25 = 86.00%, the summary prints 84.00%
    apply_ = 2860.00
    apply_p = 2680.00  # PLANT SAME_FIGURE_DIFFERS: 一 and the 资金测算表 give 2,860.00 万元; 二's conclusion sentence 2,680.00
    src = [("中央财政城镇老旧小区改造补助资金", 1200.00), ("省级财政补助资金", 500.00), ("区级财政配套资金", 1160.00)]
    assert r2(sum(v for _, v in src)) == apply_
    cost = [("基础类改造（供排水、供电、燃气、道路等）", 1586.40), ("完善类改造（加装电梯、停车设施、适老化等）", 892.60),
            ("提升类改造（社区服务设施、智慧安防）", 236.00), ("工程建设其他费用及预备费", 145.00)]
    assert r2(sum(v for _, v in cost)) == apply_
    g = with_project(gold(None, dept, 2025, "COUNTY", "湖北省", "THIRD_PARTY_EVALUATION", agency, total_p, 100, None,
                          budget(), sec, [row(l1, None, l3, None, None, w, s) for l1, _, l3, _, _, w, s, _ in ind]),
                     proj, unit)
    prose = [
        ("H", f"{proj}"), ("H", "事前绩效评估报告"),
        ("C", f"评估机构：{agency}　　委托单位：荆门市东宝区财政局"), ("C", "报告编号：楚衡评〔2024〕第117号"),
        ("P", "荆门市东宝区财政局："),
        ("P", f"受贵局委托，我公司对{dept}申报的{proj}开展了事前绩效评估。评估组按照《湖北省预算绩效管理办法》和"
              "东宝区事前绩效评估有关规定，采取资料审核、现场踏勘、座谈访谈和问卷调查等方式，从立项必要性、投入经济性、"
              "绩效目标合理性、实施方案可行性和筹资合规性五个方面进行了评估，现将评估情况报告如下。"),
        ("B", "一、项目概况"),
        ("P", f"（一）项目内容。项目计划对城区建成于2000年以前的24个老旧小区实施改造，涉及居民4,316户、建筑面积36.8万平方米，"
              "主要内容包括供排水、供电、燃气管网改造，小区道路及雨污分流，加装电梯18部，新增停车位620个，建设社区养老托育"
              f"服务站3处。实施单位为{unit}，计划2025年3月开工、2025年12月底前完工。"),
        ("P", f"（二）资金情况。项目总投资3,420.00万元，其中申请财政资金{apply_:,.2f}万元（中央财政城镇老旧小区改造补助资金"
              "1,200.00万元、省级财政补助资金500.00万元、区级财政配套资金1,160.00万元），管线产权单位出资360.00万元，"
              "居民出资200.00万元。申请财政资金测算明细见下表。"),
        ("TABLE", [("测算内容", "金额（万元）")] + [(a, f"{v:,.2f}") for a, v in cost] + [("合计", f"{apply_:,.2f}")]),
        ("B", "二、评估结论"),
        ("P", f"经评估，该项目事前绩效评估综合得分{total_p}分。评估组认为，项目符合国家和省市老旧小区改造政策，"
              f"改造需求迫切，申请财政资金{apply_p:,.2f}万元总体合理，评估结论为“予以支持”。"),
        ("P", "评估结论分档：综合得分85分（含）以上为“予以支持”，70分（含）至85分为“调整完善后予以支持”，70分以下为“不予支持”。"
              "各一级指标得分情况如下："),
        ("TABLE", [("一级指标", "分值", "得分", "得分率")] + [(n, fmt(w), fmt(s), rates[n]) for n, w, s in sec]
         + [("合计", "100", fmt(total_p), f"{total_p:.2f}%")]),
        ("B", "三、评估发现的主要问题"),
        ("P", "（一）投入成本测算依据不够充分。外墙保温、屋面防水等单价高于近两年同类项目平均水平约6%，部分零星工程量为估算。"),
        ("P", "（二）绩效指标设置不够完整。未设置可持续影响指标，满意度指标值（85%）低于同类项目常用水平。"),
        ("P", "（三）风险应对措施不足。燃气、通信管线迁改协调难度大，施工期与雨季重叠，实施方案对进度风险考虑不足。"),
        ("B", "四、评估建议"),
        ("P", "（一）按照定额和市场询价进一步核减外墙保温等单价，细化零星工程量；（二）补充“改造小区长效管理机制建立率”等"
              "可持续影响指标，将居民满意度指标值调整为90%以上；（三）提前与管线产权单位签订迁改协议，优化施工组织。"),
        ("P", "附件：东宝区2025年城区老旧小区改造项目事前绩效评估评分表"),
        ("R", f"{agency}"), ("R", "2024年10月28日"),
    ]
    meta = dict(rows=rows, prose=prose, total=total_p, agency=agency, proj=proj)
    fnd = [F("SCORE_RATE", "实施方案可行性", "实施方案可行性 | 25 | 21.5 | 84.00%", "84.00%", "86.00%", "HIGH", "ERROR",
             "21.5 ÷ 25 = 86.00%; the summary table in 二 prints 84.00% (the four 实施方案可行性 rows of the appendix add "
             "to 6.5 + 5.5 + 5 + 4.5 = 21.5, as the table's 得分 says)"),
           F("SAME_FIGURE_DIFFERS", "申请财政资金", f"申请财政资金{apply_p:,.2f}万元总体合理", f"{apply_p:,.2f}万元",
             f"{apply_:,.2f}万元", "HIGH", "WARNING",
             f"一（二） gives 申请财政资金 {apply_:,.2f}万元 (1,200.00 + 500.00 + 1,160.00) and the 测算明细 table adds to "
             f"{apply_:,.2f}; 二's conclusion sentence says {apply_p:,.2f}万元 (digits transposed)"),
           F("TOTAL_VS_ROWS", "合计", f"合计 | 100 | {total_p}", str(total_p), fmt(rows_total), "HIGH", "ERROR",
             f"the 17 appendix rows add to {fmt(rows_total)} (and the five 一级 得分 of the summary table to "
             f"19.5 + 17 + 17 + 21.5 + 14 = {fmt(rows_total)}); the appendix 合计, the summary 合计 and 二's sentence print "
             f"{total_p}; both lie in the 予以支持 band (85 and above), the conclusion does not change")]
    return {"stem": "h226_dongbao_shiqian", "format": "pdf", "draw": draw226, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["项目总投资 3,420.00 = 申请财政资金 2,860.00 + 管线单位 360.00 + 居民 200.00 (a different figure from "
                      "the 申请资金, not a SAME_FIGURE_DIFFERS)",
                      "中央 1,200 + 省级 500 + 区级 1,160 = 2,860.00; the 测算明细 table adds to 2,860.00",
                      "summary 立项必要性 20/19.5 97.50%, 投入经济性 20/17 85.00%, 绩效目标合理性 20/17 85.00%, "
                      "筹资合规性 15/14 93.33% right; the summary's 得分 and 分值 per 一级 agree with the appendix",
                      "the 满意度指标值（85%）in 三 is the APPLICATION's proposed target, criticised by the evaluator, "
                      "not an achieved figure",
                      "an ex-ante (事前) assessment: no 实际完成值, no budget execution, no 优/良 grade (the conclusion "
                      "bands are 予以支持 / 调整完善后予以支持 / 不予支持)",
                      "the appendix's 一级 labels are drawn ROTATED 90° (reading bottom-to-top) in a narrow merged "
                      "column; 评估要点 is a description column, not a level"]}


def draw226(rep, path):
    from reportlab.lib.pagesizes import A4, landscape
    M = rep["meta"]
    W, Hh = A4
    c = new_canvas(path, A4)
    L, R = 64, W - 64
    page = [1]
    y = [Hh - 80]

    def footer():
        c.setFont(FONT, 9)
        c.drawCentredString(c._pagesize[0] / 2, 30, f"— {page[0]} —")

    def newpage(size=A4):
        footer()
        c.showPage()
        c.setPageSize(size)
        page[0] += 1
        y[0] = size[1] - 70

    for kind, val in M["prose"]:
        if kind == "TABLE":
            ncol = len(val[0])
            xs = [L + 20, L + 20 + (290 if ncol == 2 else 140)]
            step = (R - 20 - xs[1]) / (ncol - 1)
            xs += [xs[1] + step * k for k in range(1, ncol)]
            rh = 18
            if y[0] - rh * len(val) < 60:
                newpage()
            top = y[0]
            c.setLineWidth(0.5)
            for cells in val:
                c.line(xs[0], y[0], xs[-1], y[0])
                c.setFont(FONT, 9.5)
                for k, v in enumerate(cells):
                    if k == 0 and ncol == 2:
                        c.drawString(xs[0] + 4, y[0] - 12.5, v)
                    else:
                        c.drawCentredString((xs[k] + xs[k + 1]) / 2, y[0] - 12.5, v)
                y[0] -= rh
            c.line(xs[0], y[0], xs[-1], y[0])
            for x in xs:
                c.line(x, top, x, y[0])
            y[0] -= 14
            continue
        if kind == "H":
            c.setFont(FONT, 17)
            c.drawCentredString(W / 2, y[0], val)
            y[0] -= 28
            continue
        if kind == "C":
            c.setFont(FONT, 10.5)
            c.drawCentredString(W / 2, y[0], val)
            y[0] -= 20
            continue
        if kind == "R":
            c.setFont(FONT, 11)
            c.drawRightString(R, y[0], val)
            y[0] -= 20
            continue
        size = 12 if kind == "B" else 11
        ind = 0 if (kind == "B" or val.endswith("：") and len(val) < 20) else 22
        lines = wrap(val, R - L - ind, size)
        for i, ln in enumerate(lines):
            if y[0] < 60:
                newpage()
            c.setFont(FONT, size)
            c.drawString(L + (ind if i == 0 else 0), y[0], ln)
            y[0] -= 19
        y[0] -= 3
    # appendix on its own landscape page
    newpage(landscape(A4))
    LW, LH = landscape(A4)
    c.setFont(FONT, 14)
    c.drawCentredString(LW / 2, LH - 50, "附件")
    c.drawCentredString(LW / 2, LH - 72, M["proj"] + "事前绩效评估评分表")
    xs = [40, 80, 190, 470, 520, 570, LW - 40]
    heads = ["一级指标", "二级指标", "评估要点", "分值", "得分", "评估意见"]
    top = LH - 92
    rh = 24
    c.setLineWidth(0.6)
    c.setFont(FONT, 9.5)
    c.line(xs[0], top, xs[-1], top)
    for k, h in enumerate(heads):
        if k == 0:
            c.drawCentredString((xs[0] + xs[1]) / 2, top - 10, "一级")
            c.drawCentredString((xs[0] + xs[1]) / 2, top - 21, "指标")
        else:
            c.drawCentredString((xs[k] + xs[k + 1]) / 2, top - 15, h)
    yy = top - rh
    c.line(xs[0], yy, xs[-1], yy)
    rows = M["rows"]
    i = 0
    while i < len(rows):
        j = i
        while j + 1 < len(rows) and rows[j + 1][0] == rows[i][0]:
            j += 1
        gtop = yy
        for r_ in rows[i:j + 1]:
            _, l2, pt, w, s, n = r_
            c.setFont(FONT, 9)
            c.drawCentredString((xs[1] + xs[2]) / 2, yy - 15, l2)
            pl = wrap(pt, xs[3] - xs[2] - 8, 8.5)
            c.setFont(FONT, 8.5)
            for q, ln in enumerate(pl[:2]):
                c.drawString(xs[2] + 4, yy - (15 if len(pl) == 1 else 10 + q * 10), ln)
            c.setFont(FONT, 9.5)
            c.drawCentredString((xs[3] + xs[4]) / 2, yy - 15, fmt(w))
            c.drawCentredString((xs[4] + xs[5]) / 2, yy - 15, fmt(s))
            c.setFont(FONT, 9)
            c.drawString(xs[5] + 4, yy - 15, n)
            yy -= rh
            c.line(xs[1], yy, xs[-1], yy)
        c.line(xs[0], yy, xs[1], yy)
        # the 一级 label, rotated 90° (reads bottom-to-top), centred in the merged cell
        c.saveState()
        cx, cy = (xs[0] + xs[1]) / 2, (gtop + yy) / 2
        c.translate(cx + 4, cy)
        c.rotate(90)
        fs = min(11.0, (gtop - yy - 6) / len(rows[i][0]))
        c.setFont(FONT, fs)
        c.drawCentredString(0, 0, rows[i][0])
        c.restoreState()
        i = j + 1
    c.setFont(FONT, 10)
    c.drawCentredString((xs[0] + xs[3]) / 2, yy - 15, "合计")
    c.drawCentredString((xs[3] + xs[4]) / 2, yy - 15, "100")
    c.drawCentredString((xs[4] + xs[5]) / 2, yy - 15, fmt(M["total"]))  # PLANT TOTAL_VS_ROWS
    c.drawString(xs[5] + 4, yy - 15, "评估结论：予以支持")
    yy2 = yy - rh
    c.line(xs[0], yy2, xs[-1], yy2)
    for x in xs:
        c.line(x, top, x, yy2 if x in (xs[0], xs[3], xs[4], xs[5], xs[-1]) else yy)
    c.setFont(FONT, 9)
    c.drawString(xs[0], yy2 - 16, "评分标准：各二级指标按评估要点逐项评分，完全符合得满分，部分符合酌情扣分；综合得分85分（含）以上为“予以支持”，"
                 "70分（含）至85分为“调整完善后予以支持”，70分以下为“不予支持”。")
    footer()
    c.showPage()
    c.save()


ALL.append(h226())


# ============================================================ h227 陕西省林业局 (XLSX, provincial, 二级单位 per budget line and per row)

def h227():
    dept = "陕西省林业局"
    ab_b, eb_b = 15820.30, 15906.84  # PLANT SPENDING_OVER_BUDGET: 基本支出 执行 15,906.84 > 全年 15,820.30 (100.55%)
    ab_p, eb_p = 32896.10, 30373.74
    ib_b, ib_p = 15640.00, 28920.00
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    assert (ab, eb, rate) == (48716.40, 46280.58, 95.00), (ab, eb, rate)
    # 二级预算单位 lines: (单位, 年初, 全年, 执行)
    units = [("陕西省林业局机关", 21436.20, 21630.50, 20618.37),
             ("陕西省森林资源管理局", 9012.40, 9842.30, 9315.62),
             ("陕西省林业科学院", 5826.00, 6218.70, 5903.44),
             ("陕西省治沙研究所", 4318.50, 4906.20, 4672.31),
             ("陕西省林业调查规划院", 2297.60, 3512.60, 3335.08),
             ("陕西省森林病虫害防治检疫总站", 1669.30, 2506.10, 2435.76)]
    assert r2(sum(u[1] for u in units)) == ib and r2(sum(u[3] for u in units)) == eb
    units_ab = r2(sum(u[2] for u in units))
    assert units_ab == r2(ab - 100), units_ab  # PLANT BREAKDOWN_SUM: the six units' 全年预算 add to 48,616.40, 合计 48,716.40
    bs = r2(rate / 10)
    ind = [("决策", "目标设定", "绩效目标合理性", "局机关规划财务处", "合理", "基本合理", 3, 2.5, "部分二级单位绩效目标与年度任务衔接不够紧密，扣0.5分"),
           ("决策", "预算编制", "预算编制科学性", "局机关规划财务处", "科学", "基本科学", 4, 3, "年中追加中央林业改革发展资金较多，扣1分"),
           ("决策", "预算编制", "重点支出安排率", "局机关规划财务处", "≥80%", "84.6%", 3, 3, ""),
           ("过程", "预算执行", "预算执行率", "局机关及所属二级单位", "100%", f"{rate:.2f}%", 10, bs, "执行率×10"),
           ("过程", "财务管理", "资金使用合规性", "局机关规划财务处", "合规", "合规", 4, 4, ""),
           ("过程", "财务管理", "政府采购合规性", "各二级单位", "合规", "基本合规", 3, 2, "2个采购项目合同未及时公开，扣1分"),
           ("过程", "资产管理", "资产管理规范性", "各二级单位", "规范", "基本规范", 3, 2, "部分科研设备未及时入账，扣1分"),
           ("产出", "数量指标", "完成营造林面积（万亩）", "局机关生态保护修复处", "≥480", "512.6", 6, 6, ""),
           ("产出", "数量指标", "森林抚育面积（万亩）", "省森林资源管理局", "≥300", "300", 5, 5, ""),
           ("产出", "数量指标", "治理沙化土地面积（万亩）", "省治沙研究所", "≥60", "63.2", 5, 5, ""),
           ("产出", "质量指标", "造林成活率", "局机关生态保护修复处", "≥85%", "88.7%", 6, 6, ""),
           ("产出", "质量指标", "林业有害生物成灾率", "省森林病虫害防治检疫总站", "≤3.5‰", "1.2‰", 6, 6, ""),
           ("产出", "时效指标", "森林督查图斑核查完成及时率", "省林业调查规划院", "100%", "96%", 6, 4, "汛期部分图斑无法到达现场，每低1个百分点扣0.5分，扣2分"),
           ("产出", "成本指标", "人工造林每亩中央补助标准（元）", "局机关规划财务处", "≤500", "500", 6, 6, ""),
           ("效益", "生态效益", "森林覆盖率", "局机关生态保护修复处", "≥45%", "45.2%", 8, 8, ""),
           ("效益", "社会效益", "选聘生态护林员（人）", "局机关规划财务处", "≥50000", "51236", 6, 6, ""),
           ("效益", "可持续影响", "林长制长效运行机制", "局机关林长制工作处", "健全", "基本健全", 6, 5, "部分县区林长巡林制度落实不到位，扣1分"),
           ("效益", "满意度", "社会公众满意度", "局机关办公室", "≥90%", "87%", 10, 7, "每低1个百分点扣1分，扣3分")]
    core = [(a, b_, c_, t, act, w, s, n) for a, b_, c_, _, t, act, w, s, n in ind]
    assert s2(core, 5) == 100
    total = s2(core, 6)
    assert total == 90, total
    grade = "良"  # PLANT GRADE_OUTSIDE_BANDS: 90.00 is in the printed 90分（含）以上 band, 优
    sec = secs(core, ["决策", "过程", "产出", "效益"])
    g = gold(None, dept, 2022, "PROVINCIAL", "陕西省", "SELF_EVALUATION", None, total, 100, grade,
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), [], grows(core))
    fnd = [F("SPENDING_OVER_BUDGET", "基本支出", f"其中：基本支出 | {ib_b:,.2f} | {ab_b:,.2f} | {eb_b:,.2f} | "
             f"{pct(eb_b, ab_b):.2f}%", f"{eb_b:,.2f}", f"≤ {ab_b:,.2f}", "HIGH", "WARNING",
             f"基本支出 spends {eb_b:,.2f} against a 全年预算 of {ab_b:,.2f} ({pct(eb_b, ab_b):.2f}%, printed right); the "
             f"合计 ({rate:.2f}%) and 项目支出 ({pct(eb_p, ab_p):.2f}%) are under budget"),
           F("BREAKDOWN_SUM", "全年预算数（按二级预算单位）", f"合计 | {ib:,.2f} | {ab:,.2f} | {eb:,.2f} | {rate:.2f}%",
             f"{ab:,.2f}", f"{units_ab:,.2f}", "HIGH", "WARNING",
             f"the six 二级预算单位 lines' 全年预算数 add to {units_ab:,.2f}, the 合计 prints {ab:,.2f} (基本 {ab_b:,.2f} + "
             f"项目 {ab_p:,.2f} = {ab:,.2f}); their 年初预算数 and 全年执行数 add up; which unit line is short by 100.00 is "
             "not knowable"),
           F("GRADE_OUTSIDE_BANDS", "自评等级", f"合计 | 100 | {fmt(total)} | 自评等级：良", "良", "优", "HIGH", "ERROR",
             f"{total:.2f} (= rows) lies in the printed “90分（含）以上为优” band; the form grades it 良")]
    meta = dict(dept=dept, ind=ind, total=total, grade=grade, sec=sec, units=units,
                budget=[("合计", ib, ab, eb, rate), ("其中：基本支出", ib_b, ab_b, eb_b, pct(eb_b, ab_b)),
                        ("　　　项目支出", ib_p, ab_p, eb_p, pct(eb_p, ab_p))])
    return {"stem": "h227_shaanxi_linye", "format": "xlsx", "write": write227, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": [f"执行率 {eb:,.2f} ÷ {ab:,.2f} = {rate:.2f}% (right on the printed 合计, which is the basic + "
                      f"project sum) × 10 = {fmt(bs)}; 项目支出 {pct(eb_p, ab_p):.2f}% right",
                      "the six unit lines' 年初预算数 and 全年执行数 add to the 合计; each unit's 执行率 right and under "
                      "budget",
                      "森林抚育面积 300 vs ≥300 and 人工造林每亩补助 500 vs ≤500 (met exactly); 林业有害生物成灾率 1.2‰ "
                      "vs ≤3.5‰ (a ceiling, met)",
                      "森林督查图斑核查完成及时率 96% vs 100%: 6 − 2 → 4 (printed rule 每低1个百分点扣0.5分); 社会公众满意度 "
                      "87%: 10 − 3 → 7 (printed rule)",
                      "绩效目标合理性 −0.5, 预算编制科学性 −1, 政府采购合规性 −1, 资产管理规范性 −1, 林长制 −1 with reasons "
                      "(judgement)",
                      "a 责任单位 column names the 处室 or 二级预算单位 on every row; it is not a level (the gold's level2 is "
                      "the 二级指标)",
                      "a provincial department (PROVINCIAL) whose budget block lists the 二级预算单位 under 其中 lines",
                      f"合计 {total:.2f} = rows"]}


def write227(rep, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    M = rep["meta"]
    wb = Workbook()
    ws = wb.active
    ws.title = "部门整体支出绩效自评表"
    wb.properties.creator = "Administrator"
    wb.properties.lastModifiedBy = "Administrator"
    wb.properties.created = H.A.FIXED
    wb.properties.modified = H.A.FIXED
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    NC = 9
    r = [1]

    def put(vals, spans=(), boxed=True, bold=False, size=10, align=None, height=None, money=()):
        rr = r[0]
        for k, v in enumerate(vals, 1):
            if v is None:
                continue
            cell = ws.cell(row=rr, column=k, value=v)
            cell.font = Font(name="宋体", size=size, bold=bold)
            cell.alignment = Alignment(horizontal=align or ("left" if isinstance(v, str) and len(v) > 14 else "center"),
                                       vertical="center", wrap_text=True)
            if k in money and isinstance(v, float):
                cell.number_format = "#,##0.00"
        if boxed:
            for k in range(1, NC + 1):
                ws.cell(row=rr, column=k).border = box
        for a, b in spans:
            ws.merge_cells(start_row=rr, start_column=a, end_row=rr, end_column=b)
        if height:
            ws.row_dimensions[rr].height = height
        r[0] += 1
        return rr

    put(["2022年度陕西省林业局部门整体支出绩效自评表"], [(1, NC)], boxed=False, bold=True, size=16, align="center", height=30)
    put([f"部门（单位）名称：{M['dept']}（含所属二级预算单位6个）", None, None, None, None, None, None, "金额单位：万元"],
        [(1, 7), (8, 9)], boxed=False, align="left")
    put(["一、部门预算执行情况"], [(1, NC)], boxed=False, bold=True, align="left")
    put(["项目", None, None, "年初预算数", "全年预算数", "全年执行数", "执行率", "备注"], [(1, 3), (8, 9)], bold=True)
    for lab, i_, a_, e_, rt in M["budget"]:
        put([lab, None, None, i_, a_, e_, f"{rt:.2f}%", ""], [(1, 3), (8, 9)], money=(4, 5, 6))
    first = r[0]
    for k, (u, i_, a_, e_) in enumerate(M["units"]):
        put(["其中：按二级预算单位" if k == 0 else None, u, None, i_, a_, e_, f"{pct(e_, a_):.2f}%", ""],
            [(2, 3), (8, 9)], money=(4, 5, 6))
    ws.merge_cells(start_row=first, start_column=1, end_row=r[0] - 1, end_column=1)
    put(["二、绩效指标完成情况"], [(1, NC)], boxed=False, bold=True, align="left")
    put(["一级指标", "二级指标", "三级指标", "责任单位", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        bold=True, height=30)
    first = r[0]
    for l1, l2, l3, unit, t, a, w, s, n in M["ind"]:
        put([l1, l2, l3, unit, t, a, w, s, n], height=30 if len(n) > 14 else None)
    ind = M["ind"]
    for col, key in ((1, lambda x: x[0]), (2, lambda x: (x[0], x[1]))):
        i = 0
        while i < len(ind):
            j = i
            while j + 1 < len(ind) and key(ind[j + 1]) == key(ind[i]):
                j += 1
            if j > i:
                for rr in range(first + i + 1, first + j + 1):
                    ws.cell(row=rr, column=col).value = None
                ws.merge_cells(start_row=first + i, start_column=col, end_row=first + j, end_column=col)
            i = j + 1
    put(["合计", None, None, None, None, None, 100, M["total"], f"自评等级：{M['grade']}"], [(1, 6)])  # PLANT GRADE
    put(["评分说明：1.预算执行率得分=执行率×10，保留两位小数；2.定量指标达到年度指标值的得满分，未达到的按完成比例计分，森林督查图斑"
         "核查完成及时率每低于指标值1个百分点扣0.5分，社会公众满意度每低于指标值1个百分点扣1分；3.定性指标根据完成情况酌情扣分并说明"
         "理由；4.自评等级：" + BANDS], [(1, NC)], boxed=False, align="left", height=56)
    put(["填表人：李××　　　　审核人：赵××　　　　联系电话：029-88×××××　　　　填报日期：2023年4月20日"], [(1, NC)],
        boxed=False, align="left")
    for k, wdt in enumerate([12, 16, 30, 24, 12, 12, 8, 8, 36], 1):
        ws.column_dimensions[chr(64 + k)].width = wdt
    wb.save(path)
    H.A.normalize_zip(path)


ALL.append(h227())


# ============================================================ h228 威海市环翠区交通运输局 (DOCX, tab-aligned paragraphs, no table object)

def h228():
    dept = "威海市环翠区交通运输局"
    unit = "威海市环翠区公共交通服务中心"
    proj = "环翠区2021年城乡公交一体化运营补贴项目"
    ia, aa, ea = 860.00, 920.00, 889.36
    rate = pct(ea, aa)
    assert rate == 96.67, rate
    bs = r2(rate / 10)
    zero = "100%（2020年0人次）"  # PLANT RATE_OVER_ZERO_BASE: the lines opened in 2021, the 2020 base is 0
    ind = [("产出指标", "数量指标", "城乡公交线路运营（条）", "≥42", "42", 8, 8, ""),
           ("产出指标", "数量指标", "年运营里程（万公里）", "≥1150", "1086", 8, 8, ""),  # PLANT TARGET_MISSED_FULL_MARKS
           ("产出指标", "数量指标", "新辟镇村公交线路（条）", "≥3", "4", 6, 6, ""),
           ("产出指标", "质量指标", "公交车辆安全检查合格率", "100%", "100%", 8, 8, ""),
           ("产出指标", "质量指标", "公交车辆准点率", "≥90%", "87%", 8, 7, "早晚高峰城区路段拥堵"),  # PLANT RULE_SCORE (→ 5)
           ("产出指标", "时效指标", "运营补贴拨付及时率", "100%", "100%", 5, 5, ""),
           ("产出指标", "成本指标", "每公里运营补贴（元）", "≤8.5", "8.2", 5, 5, ""),
           ("效益指标", "经济效益指标", "新辟线路客运量增长率", "≥10%", zero, 6, 6, ""),
           ("效益指标", "社会效益指标", "建制村公交通达率", "100%", "100%", 8, 8, ""),
           ("效益指标", "社会效益指标", "公交出行分担率", "≥28%", "29.1%", 6, 6, ""),
           ("效益指标", "生态效益指标", "新能源公交车占比", "≥80%", "85.7%", 6, 6, ""),
           ("效益指标", "可持续影响指标", "城乡公交长效运营机制", "健全", "基本健全", 6, 5, "票价与补贴联动机制尚待完善，扣1分"),
           ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%", "92.6%", 10, 10, "")]
    full = [("", "", "年度资金总额", "", f"{rate:.2f}%", 10, bs, "")] + ind
    assert s2(full, 5) == 100
    total = s2(full, 6)
    assert total == 97.67, total
    g = with_project(gold(None, dept, 2021, "COUNTY", "山东省", "SELF_EVALUATION", None, total, 100, "优",
                          budget(ia, aa, ea, rate), [], grows(full)), proj, unit)
    meta = dict(dept=dept, unit=unit, proj=proj, ind=ind, total=total, ia=ia, aa=aa, ea=ea, rate=rate, bs=bs)
    fnd = [F("RATE_OVER_ZERO_BASE", "新辟线路客运量增长率", f"新辟线路客运量增长率 | ≥10% | {zero} | 6 | 6", zero,
             "undefined (base 0)", "HIGH", "WARNING",
             "a growth rate over a base of 0 人次 (the new lines opened in 2021) is undefined, not 100%; the row takes "
             "full marks on it"),
           F("RULE_SCORE", "公交车辆准点率", "公交车辆准点率 | ≥90% | 87% | 8 | 7 | 早晚高峰城区路段拥堵", "7", "5", "HIGH",
             "ERROR", "the printed rule takes 1 point per percentage point below the target: 87% is 3 points short, "
             "8 − 3 = 5; the row prints 7"),
           F("TARGET_MISSED_FULL_MARKS", "年运营里程（万公里）", "年运营里程（万公里） | ≥1150 | 1086 | 8 | 8 |", "8", "< 8",
             "HIGH", "WARNING",
             f"1086 < 1150, yet full marks and no 偏差原因; the printed proportion rule gives 8 × 1086 ÷ 1150 = "
             f"{8 * 1086 / 1150:.2f}")]
    return {"stem": "h228_huancui_jiaotong", "format": "docx", "write": write228, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": [f"执行率 {ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% × 10 = {rate / 10:.3f} printed {fmt(bs)}",
                      "城乡公交线路运营 42 vs ≥42 (met exactly); 每公里运营补贴 8.2 vs ≤8.5 (a ceiling, met)",
                      "城乡公交长效运营机制 基本健全 −1 with a reason (judgement)",
                      "the whole form is TAB-ALIGNED PARAGRAPHS (custom tab stops, `\\t` between fields, no `w:tbl`): one "
                      "paragraph per row, header lines in bold with a bottom border; 一级/二级 printed once per group "
                      "(empty fields, consecutive tabs, below); a long 偏差原因 wraps under its own tab stop",
                      f"总分 {fmt(total)} = rows (with the printed 7)"]}


def write228(rep, path):
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt
    M = rep["meta"]
    doc = new_doc(landscape=True)

    def tabbed(fields, stops, bold=False, border=False, size=9.5, hang=None):
        p = doc.add_paragraph()
        pf = p.paragraph_format
        for x, al in stops:
            pf.tab_stops.add_tab_stop(Mm(x), al)
        pf.space_after = Pt(2)
        if hang is not None:
            pf.left_indent = Mm(hang)
            pf.first_line_indent = Mm(-hang)
        run = p.add_run("\t".join(fields))
        run.bold = bold
        run.font.size = Pt(size)
        if border:
            pPr = p._p.get_or_add_pPr()
            bdr = OxmlElement("w:pBdr")
            b = OxmlElement("w:bottom")
            for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
                b.set(qn(k), v)
            bdr.append(b)
            pPr.append(bdr)
        return p

    L, C = WD_TAB_ALIGNMENT.LEFT, WD_TAB_ALIGNMENT.CENTER
    para(doc, "项目支出绩效自评表", bold=True, size=16, center=True)
    para(doc, "（2021年度）", center=True, after=4)
    tabbed([f"填报单位（盖章）：{M['unit']}", "金额单位：万元"], [(215, L)])
    tabbed(["项目名称", M["proj"]], [(30, L)])
    tabbed(["主管部门", M["dept"], "实施单位", M["unit"]], [(30, L), (130, L), (155, L)], border=True)
    fstops = [(50, C), (80, C), (110, C), (135, C), (160, C), (185, C)]
    tabbed(["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], fstops, bold=True,
           border=True)
    tabbed(["年度资金总额", f"{M['ia']:,.2f}", f"{M['aa']:,.2f}", f"{M['ea']:,.2f}", "10", f"{M['rate']:.2f}%",
            fmt(M["bs"])], fstops)
    tabbed(["　　其中：财政拨款", f"{M['ia']:,.2f}", f"{M['aa']:,.2f}", f"{M['ea']:,.2f}", "—", f"{M['rate']:.2f}%", "—"],
           fstops)
    tabbed(["　　　　　其他资金", "0.00", "0.00", "0.00", "—", "—", "—"], fstops, border=True)
    tabbed(["年度总体目标", "目标1：保障全区42条城乡公交线路正常运营，年运营里程1150万公里以上，新辟镇村公交线路3条以上；"],
           [(30, L)], hang=30)
    tabbed(["", "目标2：公交车辆准点率达到90%以上，建制村公交通达率保持100%；"], [(30, L)], hang=30)
    tabbed(["", "目标3：提升城乡公交服务水平，乘客满意度达到90%以上。"], [(30, L)], hang=30, border=True)
    istops = [(24, L), (62, L), (118, C), (150, C), (175, C), (187, C), (198, L)]
    tabbed(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
           istops, bold=True, border=True)
    prev = (None, None)
    for l1, l2, l3, t, a, w, s, n in M["ind"]:
        f1 = l1 if l1 != prev[0] else ""
        f2 = l2 if (l1, l2) != prev else ""
        prev = (l1, l2)
        tabbed([f1, f2, l3, t, a, fmt(w), fmt(s), n], istops, hang=198)
    tabbed(["总分", "100", fmt(M["total"]), "自评等级：优"], [(175, C), (187, C), (198, L)], bold=True, border=True)
    para(doc, "评分说明：1.年度资金总额得分=执行率×10，保留两位小数；2.定量指标达到年度指标值的得满分，未达到的按完成比例计分，"
              "公交车辆准点率每低于指标值1个百分点扣1分；3.定性指标根据完成情况酌情扣分并说明理由；4.自评等级：" + BANDS,
         size=9.5).paragraph_format.space_before = Pt(6)
    para(doc, "填报人：于××　　　　联系电话：0631-52×××××　　　　填报日期：2022年3月25日", size=9.5)
    doc.save(path)
    H.A.normalize_zip(path)


ALL.append(h228())


def main(argv):
    run(argv, ALL, "34")  # reports22.run: gold, findings and file of each report, LibreOffice profile heldout34


if __name__ == "__main__":
    main(sys.argv[1:])
