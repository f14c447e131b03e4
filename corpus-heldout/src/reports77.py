#!/usr/bin/python3
"""Round 77 (h439–h443): publication families not used before, each with THREE PLANTED audit problems, made apart
from the code by the corpus77 session. Specs, rendering, gold and findings in this one file; every planted figure
carries `# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a
report whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 -B corpus-heldout/src/reports77.py [h439 …]      # gold, findings, files
    /usr/bin/python3 -B corpus-heldout/src/reports77.py --drop         # drop each planted finding in turn
(python-docx, openpyxl, reportlab, Pillow, numpy, pikepdf, chromium (headless screenshots), fonts-noto-cjk:
h439 a prose 部门整体 自评报告 delivered as a 人大常委会 MEETING DOCUMENT (会议文件 number, dateline “——在…常务委员会
第…次会议上”, the speaker, the salutation “主任、各位副主任、秘书长、各位委员：”, “请予审议”), its 自评表 as 附件 (桓台县, 淄博市);
h440 a finance bureau's FEEDBACK LETTER (反馈函, 红头, 文号) of a 财政重点绩效评价 of a project done by a firm it
commissioned: conclusion, problems, 整改要求, the 评分表 as 附件, 抄送 and 印发 lines (隆回县, 邵阳市);
h441 a 项目 自评表 XLSX with a 佐证材料 column (evidence numbers per row) and a second sheet 佐证材料清单 (蓬溪县, 遂宁市);
h442 a 部门整体 自评表 on a portal's 预决算 column page with TABS: the 2024 自评表 in the visible panel, the 2023 one in a
hidden panel (display:none) (黟县, 黄山市);
h443 a 项目 自评表 printed on two sheets, STAPLED, stamped with a 骑缝章 across the right edges and scanned: each page
carries half of the seal at its edge, the staple at the top left (南召县, 南阳市).)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因 / 评分标准[, 佐证]).
"""
import datetime
import html as htmlmod
import io
import os
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402,F401
from heldout import budget, gold  # noqa: E402
from reports4 import pct, F  # noqa: E402
from reports22 import s2, r2, with_project, grows  # noqa: E402
from reports36_common import grade, P, main as round_main  # noqa: E402
from reports66 import no_half, missed_ok, mc, q, f2  # noqa: E402
from reports69 import zwrite  # noqa: E402
from reports71 import SERIF, SERIF_B  # noqa: E402,F401

ALL = []
BANDS77 = "90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”"
E = htmlmod.escape


def reasons_missing(ind):
    """rows below their weight without a reason"""
    return [x[2] for x in ind if x[6] < x[5] and not x[7]]


def ooxml_bytes(save, edit=None):
    """an OOXML package saved by save(buf), rezipped entry by entry with a fixed date ([Content_Types].xml first)
    (round 74's helper, as rounds 75 and 76 copied it)"""
    buf = io.BytesIO()
    save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    if edit:
        items = [(n, edit(n, d)) for n, d in items]
    items.sort(key=lambda x: x[0] != "[Content_Types].xml")
    out = io.BytesIO()
    zwrite(out, items)
    return out.getvalue()


def fix_core(name, data):
    """core.xml with fixed dates (openpyxl stamps its own 'modified' on save)"""
    if name == "docProps/core.xml":
        import re
        s_ = data.decode("utf-8")
        s_ = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>" + FIXED_MOD + r"\2", s_)
        return s_.encode("utf-8")
    return data


FIXED_MOD = "2025-04-24T09:20:00Z"


def fnum(x):
    """a score as a form prints it: integers bare, else up to two decimals"""
    if float(x).is_integer():
        return str(int(x))
    s_ = f"{x:.2f}"
    return s_.rstrip("0") if s_.endswith("0") else s_


def secs(ind, names):
    return [(n, s2([x for x in ind if x[0] == n], 5), s2([x for x in ind if x[0] == n], 6)) for n in names]


def screenshot(html_text, width, height, png, scale=1):
    """headless Chromium draws the page (round 76's helper; deterministic on one machine: checked by md5)"""
    d = tempfile.mkdtemp(prefix="r77_")
    src = os.path.join(d, "p.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html_text)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    f"--force-device-scale-factor={scale}", f"--window-size={width},{height}", f"--screenshot={png}",
                    "file://" + src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


# ============================================================ h439 桓台县 (DOCX: a 人大常委会 meeting document)

def h439():
    dept = "桓台县教育和体育局"
    ib, ip = 17420.00, 6860.00
    ab, ap_true = 18236.50, 8243.50
    eb, ep = 18102.37, 7356.42
    ia, aa, ea = r2(ib + ip), r2(ab + ap_true), r2(eb + ep)
    assert (ia, aa, ea) == (24280.00, 26480.00, 25458.79), (ia, aa, ea)
    ap = 8143.50  # PLANT BREAKDOWN_SUM: 项目支出 全年预算 printed 8,143.50: 18,236.50 + 8,143.50 = 26,380.00 ≠ 26,480.00
    assert r2(ab + ap) == 26380.00 and ep < ap
    rate = pct(ea, aa)
    no_half(ea / aa * 100, "rate")
    assert rate == 96.14, rate
    rs = r2(rate * 8 / 100)
    no_half(rate * 8 / 100, "rs")
    ind = [("决策", "绩效目标", "绩效目标合理性", "合理", "合理", 4, 4, ""),
           ("决策", "绩效目标", "绩效指标明确性", "细化、量化", "基本明确", 4, 3.5, "部分效益指标未量化，扣0.5分"),
           ("决策", "预算配置", "预算编制科学性", "科学合理", "科学合理", 4, 4, ""),
           ("决策", "预算配置", "在职人员控制率", "≤100%", "98.6%", 3, 3, ""),
           ("过程", "预算执行", "预算执行率", "100%", q(rate), 8, rs, "部分校舍维修项目未完成结算"),
           ("过程", "预算执行", "“三公”经费控制率", "≤100%", "76.4%", 4, 4, ""),
           ("过程", "预算管理", "资金使用合规性", "合规", "合规", 5, 5, ""),
           ("过程", "预算管理", "政府采购执行率", "100%", "100%", 4, 4, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 4, 3, "2所学校固定资产卡片未及时更新，扣1分"),
           # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: 三（三） says 果里镇中心幼儿园 未能按期完工; the row keeps 6 of 6
           ("产出", "数量指标", "新（改扩）建公办幼儿园", "≥3所", "3所", 6, 6, ""),
           ("产出", "数量指标", "义务教育阶段学生资助人次", "≥4200人次", "4386人次", 5, 5, ""),
           ("产出", "数量指标", "教师培训人次", "≥3000人次", "2850人次", 5, P(2850, 3000, 5),
            "部分培训项目调整至2025年，按完成比例计分"),
           ("产出", "质量指标", "义务教育巩固率", "≥99%", "99.6%", 5, 5, ""),
           ("产出", "质量指标", "学前教育毛入园率", "≥95%", "95%", 5, 5, ""),
           ("产出", "时效指标", "校舍维修项目按期完成率", "100%", "92%", 4, P(92, 100, 4),
            "2个维修项目受雨季影响延期，按完成比例计分"),
           ("产出", "成本指标", "小学生均公用经费标准", "≥720元/生·年", "720元/生·年", 5, 5, ""),
           ("效益", "社会效益", "中小学生近视率较上年下降", "≥0.5个百分点", "0.6个百分点", 6, 6, ""),
           ("效益", "社会效益", "学生体质健康合格率", "≥92%", "93.8%", 7, 7, ""),
           ("效益", "可持续影响", "县域义务教育优质均衡发展", "通过省级督导评估", "已通过省级督导评估", 5, 5, ""),
           ("效益", "满意度", "家长满意度", "≥90%", "87.5%", 7, P(87.5, 90, 7), "部分家长对课后服务内容不满意，按完成比例计分")]
    for w_, a_, t_ in ((5, 2850, 3000), (4, 92, 100), (7, 87.5, 90)):
        no_half(w_ * a_ / t_, "P")
    assert len(ind) == 20 and s2(ind, 5) == 100 and reasons_missing(ind) == []
    assert all(x[3] for x in missed_ok(ind)), missed_ok(ind)
    names = ["决策", "过程", "产出", "效益"]
    sc = secs(ind, names)
    assert [s_ for _, _, s_ in sc] == [14.5, 23.69, 34.43, 24.81], sc
    total = s2(ind, 6)
    assert total == 97.43 and grade(total) == "优", total
    psc = list(sc)
    psc[3] = ("效益", 25, 24.18)  # PLANT SECTION_VS_ROWS: 四 says 效益（25分）得24.18分; its rows add to 24.81
    assert r2(sum(s_ for _, _, s_ in psc)) == 96.80
    g = gold(None, dept, 2024, "COUNTY", "山东省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), psc, grows(ind))
    M = dict(dept=dept, fund=(ib, ip, ia, ab, ap, aa, eb, ep, ea, rate), ind=ind, secs=psc, total=total, rs=rs)
    fnd = [F("BREAKDOWN_SUM", "全年预算数",
             f"全年预算{mc(aa)}万元，其中基本支出{mc(ab)}万元、项目支出{mc(ap)}万元 | 表1 合计 | {mc(ia)} | {mc(aa)} | "
             f"{mc(ea)} … 基本支出 | {mc(ib)} | {mc(ab)} | {mc(eb)} … 项目支出 | {mc(ip)} | {mc(ap)} | {mc(ep)}",
             mc(aa), mc(r2(ab + ap)), "HIGH", "ERROR",
             f"{mc(ab)} + {mc(ap)} = {mc(r2(ab + ap))}, 100.00 short of the printed 全年预算 {mc(aa)} (in 二's text and "
             f"in 表1 alike: one finding); the 年初 ({mc(ib)} + {mc(ip)} = {mc(ia)}) and 支出 ({mc(eb)} + {mc(ep)} = "
             f"{mc(ea)}) columns add up, and {q(rate)} = {mc(ea)} ÷ {mc(aa)}"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "新（改扩）建公办幼儿园",
             "新（改扩）建公办幼儿园3所……果里镇中心幼儿园受设计变更影响，年底仅完成主体工程，未能按期完工 | "
             "新（改扩）建公办幼儿园 | ≥3所 | 3所 | 6 | 6",
             "6", "< 6", "HIGH", "WARNING",
             "三（三） says one of the three kindergartens (果里镇中心幼儿园) was not finished by year end, yet the 附件 row "
             "prints 3所 done and keeps 6 of 6 with no 偏差原因"),
           F("SECTION_VS_ROWS", "效益",
             f"其中，决策（15分）得14.5分、过程（25分）得23.69分、产出（35分）得34.43分、效益（25分）得24.18分 | "
             f"附件 效益 rows 6 + 7 + 5 + {f2(sc[3][2] - 18)}", "24.18", f2(sc[3][2]), "HIGH", "ERROR",
             f"四's sentence gives 效益 24.18, the 附件's four 效益 rows add to {f2(sc[3][2])} (two digits swapped); the "
             f"other three groups equal their rows, and the 综合自评得分 {f2(total)} is the rows' sum (the four stated "
             f"group scores add to 96.80)")]
    traps = ["the document is a 人大常委会 MEETING DOCUMENT: the file number “桓台县第十九届人大常委会第二十一次会议文件（8）”, "
             "the dateline “——2025年8月27日在桓台县第十九届人民代表大会常务委员会第二十一次会议上”, the speaker line, the "
             "salutation “主任、各位副主任、秘书长、各位委员：” and “请予审议” are the meeting's form, not report figures",
             f"表1: 年初 {mc(ib)} + {mc(ip)} = {mc(ia)}, 支出 {mc(eb)} + {mc(ep)} = {mc(ea)}; {q(rate)} = {mc(ea)} ÷ "
             f"{mc(aa)} right; no part over its budget; 年初 < 全年 (追加)",
             f"预算执行率 {q(rate)} × 8 = {f2(rs)} (the 附件's 说明); 教师培训人次 5 × 2850 ÷ 3000 = 4.75, 校舍维修项目按期完成率 "
             "4 × 92 ÷ 100 = 3.68 and 家长满意度 7 × 87.5 ÷ 90 = 6.81 (proportion, with reasons); the 决策 / 资产 "
             "deductions each with a reason",
             "在职人员控制率 98.6% vs ≤100% and “三公”经费控制率 76.4% vs ≤100% (ceilings, met); 学前教育毛入园率 95% vs ≥95% "
             "and 小学生均公用经费标准 720 vs ≥720元/生·年 (met exactly; a per-pupil standard, not a budget figure); "
             "中小学生近视率较上年下降 0.6 vs ≥0.5个百分点 (a reduction target, met)",
             f"四: 决策 14.5, 过程 23.69, 产出 34.43 equal their rows; 综合自评得分 {f2(total)} = the 20 rows = the 附件's "
             "合计; 分值 100; 优 by the bands"]
    return {"stem": "h439_huantai_jiaoti", "format": "docx", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "write": write439}


def write439(rep, path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt
    M = rep["meta"]
    ib, ip, ia, ab, ap, aa, eb, ep, ea, rate = M["fund"]
    ind, sc, total = M["ind"], M["secs"], M["total"]
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)

    def run_font(r_, face, size, bold=False):
        r_.font.size = Pt(size)
        r_.bold = bold
        r_.font.name = face
        r_._element.rPr.rFonts.set(qn("w:eastAsia"), face)

    def para(text, face="仿宋_GB2312", size=16, align=None, indent=True, bold=False, space=0):
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.line_spacing = Pt(28.9)
        pf.space_after = Pt(space)
        if indent:
            pf.first_line_indent = Pt(size * 2)
        if align:
            p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                           "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
        run_font(p.add_run(text), face, size, bold)
        return p

    para("桓台县第十九届人大常委会第二十一次会议文件（8）", "黑体", 12, "l", False)
    para("", indent=False)
    para(f"关于{M['dept']}2024年度部门整体支出绩效自评情况的报告", "方正小标宋简体", 22, "c", False)
    para("——2025年8月27日在桓台县第十九届人民代表大会常务委员会第二十一次会议上", "楷体_GB2312", 16, "c", False)
    para("桓台县教育和体育局局长　韩兆明", "楷体_GB2312", 16, "c", False, space=12)
    para("主任、各位副主任、秘书长、各位委员：", indent=False)
    para("受县人民政府委托，现将我局2024年度部门整体支出绩效自评情况报告如下，请予审议。")
    para("一、部门基本情况", "黑体")
    para("县教育和体育局是县政府工作部门，内设办公室、基础教育科、计划财务科、人事科、体育科等9个科室，管理全县中小学校、"
         "幼儿园62所，在校学生7.9万人，教职工5,863人。主要职责是贯彻落实教育和体育工作方针政策，统筹全县各级各类教育"
         "发展，推进县域义务教育优质均衡和学前教育普及普惠，组织开展全民健身和青少年体育工作。")
    para("二、部门预算及执行情况", "黑体")
    para(f"2024年年初预算{mc(ia)}万元，其中基本支出{mc(ib)}万元、项目支出{mc(ip)}万元。年中追加学前教育、校舍维修等"
         f"资金后，全年预算{mc(aa)}万元，其中基本支出{mc(ab)}万元、项目支出{mc(ap)}万元。全年支出{mc(ea)}万元，其中"
         f"基本支出{mc(eb)}万元、项目支出{mc(ep)}万元，预算执行率{q(rate)}（详见表1）。")
    para("表1　2024年度预算及支出情况（单位：万元）", "黑体", 12, "c", False)
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    data = [["项目", "年初预算数", "全年预算数", "全年支出数"], ["合计", mc(ia), mc(aa), mc(ea)],
            ["基本支出", mc(ib), mc(ab), mc(eb)], ["项目支出", mc(ip), mc(ap), mc(ep)]]
    for i, r_ in enumerate(data):
        for j, v in enumerate(r_):
            c = t.cell(i, j)
            c.width = Mm(38)
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run_font(p.add_run(v), "仿宋_GB2312", 12, i == 0)
    para("三、绩效目标完成情况", "黑体")
    para("（一）决策情况。", "楷体_GB2312")
    para("年初绩效目标与部门职责相符，依据充分，但部分效益指标未细化量化，绩效指标明确性扣0.5分；在职人员控制率98.6%，"
         "预算编制总体科学合理。")
    para("（二）过程情况。", "楷体_GB2312")
    para(f"全年预算执行率{q(rate)}，按“执行率×分值”计{f2(M['rs'])}分，部分校舍维修项目未完成结算；“三公”经费控制率76.4%；"
         "资金使用合规，政府采购全部按规定执行；2所学校固定资产卡片未及时更新，扣1分。")
    para("（三）产出情况。", "楷体_GB2312")
    para("新（改扩）建公办幼儿园3所，其中城区第五幼儿园、荆家镇中心幼儿园已于9月投入使用，果里镇中心幼儿园受设计变更"
         "影响，年底仅完成主体工程，未能按期完工。全年资助义务教育阶段学生4,386人次；完成教师培训2,850人次，部分培训"
         "项目调整至2025年实施；义务教育巩固率99.6%，学前教育毛入园率95%；校舍维修项目按期完成率92%，2个项目受雨季"
         "影响延期；小学生均公用经费按每生每年720元标准足额拨付。")
    para("（四）效益情况。", "楷体_GB2312")
    para("全县中小学生近视率较上年下降0.6个百分点，学生体质健康合格率93.8%，县域义务教育优质均衡发展通过省级督导评估。"
         "委托第三方开展的家长满意度调查结果为87.5%，家长对课后服务内容多样性的意见较为集中。")
    para("四、自评结论", "黑体")
    para(f"按照县财政局部门整体支出绩效自评工作要求，我局对照年初绩效目标逐项开展自评，综合自评得分{f2(total)}分，"
         f"自评等级为“优”。其中，决策（15分）得{fnum(sc[0][2])}分、过程（25分）得{f2(sc[1][2])}分、产出（35分）得"
         f"{f2(sc[2][2])}分、效益（25分）得{f2(sc[3][2])}分。")
    para("五、存在的问题", "黑体")
    para("一是个别工程项目前期论证不充分，设计变更影响建设进度；二是部分效益指标设置不够细化，考核的可衡量性不强；"
         "三是课后服务内容还不够丰富，家长满意度未达预期。")
    para("六、下一步工作打算", "黑体")
    para("一是加强项目前期论证和进度调度，确保果里镇中心幼儿园2025年秋季学期投入使用；二是完善绩效目标编制，提高指标"
         "的可衡量性；三是引入社会优质资源，丰富课后服务内容。")
    para("主任、各位副主任、秘书长、各位委员，我们将认真落实本次会议审议意见，进一步提升教育资金使用绩效。", indent=True)
    para("附件：桓台县教育和体育局2024年度部门整体支出绩效自评表", indent=True)
    doc.add_page_break()
    para("附件", "黑体", 16, "l", False)
    para(f"{M['dept']}2024年度部门整体支出绩效自评表", "方正小标宋简体", 18, "c", False, space=6)
    cols = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]
    widths = [14, 17, 34, 24, 24, 10, 11, 28]
    t = doc.add_table(rows=len(ind) + 2, cols=len(cols))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    rows = [cols] + [[x[0], x[1], x[2], x[3], x[4], str(x[5]), fnum(x[6]), x[7]] for x in ind] + \
        [["合计", "", "", "", "", "100", f2(total), ""]]
    for i, r_ in enumerate(rows):
        for j, v in enumerate(r_):
            c = t.cell(i, j)
            c.width = Mm(widths[j])
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT if (j in (2, 7) and i) else WD_ALIGN_PARAGRAPH.CENTER
            if v:
                run_font(p.add_run(v), "仿宋_GB2312", 9, i == 0)
    # merge 一级 / 二级 down their groups (text kept in the first cell only), 合计 across 一级–实际完成值
    for col in (0, 1):
        i = 1
        while i <= len(ind):
            j = i
            while j + 1 <= len(ind) and ind[j][:col + 1] == ind[i - 1][:col + 1]:
                j += 1
            if j > i:
                for k in range(i + 1, j + 1):
                    for p in t.cell(k, col).paragraphs:
                        for r_ in list(p.runs):
                            r_._element.getparent().remove(r_._element)
                t.cell(i, col).merge(t.cell(j, col))
            i = j + 1
    t.cell(len(ind) + 1, 0).merge(t.cell(len(ind) + 1, 4))
    hdr = t.rows[0]._tr.get_or_add_trPr()
    from docx.oxml import OxmlElement
    th = OxmlElement("w:tblHeader")
    hdr.append(th)
    para(f"说明：1.预算执行率得分＝执行率×分值；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”"
         f"计分，“≤”类指标不超过指标值的得满分；3.定性指标根据完成情况酌情扣分；4.等级划分：{BANDS77}。",
         "仿宋_GB2312", 10.5, "l", False)
    cp = doc.core_properties
    cp.author, cp.last_modified_by, cp.title, cp.comments = "县人大常委会办公室", "县人大常委会办公室", "", ""
    cp.created = datetime.datetime(2025, 8, 20, 10, 0, 0)
    cp.modified = datetime.datetime(2025, 8, 22, 17, 5, 0)
    cp.revision = 3
    data = ooxml_bytes(lambda b: doc.save(b))
    with open(path, "wb") as f:
        f.write(data)


ALL.append(h439())


# ============================================================ h440 隆回县 (PDF: a finance bureau's 反馈函 with the 评分表)

def h440():
    dept = "隆回县水利局"
    project = "2024年隆回县农村供水保障工程项目"
    unit = "隆回县农村供水管理站"
    evaluator = "湖南宝庆众信项目管理咨询有限公司"
    ini = 2100.00
    src = [("中央资金", 1500.00, 1436.52), ("省级资金", 500.00, 468.90), ("县级资金", 360.00, 298.76)]
    adj, ex = r2(sum(a for _, a, _ in src)), r2(sum(e for _, _, e in src))
    assert (adj, ex) == (2360.00, 2204.18), (adj, ex)
    true_rate = pct(ex, adj)
    no_half(ex / adj * 100, "rate")
    assert true_rate == 93.40, true_rate
    rate = 94.40  # PLANT EXECUTION_RATE: 2,204.18 ÷ 2,360.00 = 93.40%, printed 94.40% (letter and 评分表 row)
    rs = r2(5 * rate / 100)
    assert rs == 4.72
    adj_pct = pct(adj - ini, ini)
    assert round(adj_pct, 1) == 12.4
    wq_rule = "≥95%得满分，每低1个百分点扣0.5分"
    wq_true = r2(6 - 0.5 * (95 - 92))
    wq = 5.5  # PLANT RULE_SCORE: 水质检测合格率 92% is 3 points under 95%: 6 − 1.5 = 4.50 by its rule, printed 5.5
    # tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 评分标准)
    ind = [("决策", "项目立项", "立项依据充分性", "充分", "充分", 3, 3, "立项依据充分得满分，否则酌情扣分"),
           ("决策", "项目立项", "立项程序规范性", "规范", "规范", 3, 3, "程序规范得满分，否则酌情扣分"),
           ("决策", "绩效目标", "绩效目标合理性", "合理", "基本合理", 3, 2.5, "目标与实际工作内容不匹配的扣0.5—1分"),
           ("决策", "绩效目标", "绩效指标明确性", "细化量化", "2项未量化", 3, 2, "每项未量化指标扣0.5分"),
           ("决策", "资金投入", "预算编制科学性", "预算调整率≤10%", f"{round(adj_pct, 1)}%", 3, 2,
            "预算调整率超过10%的扣1分"),
           ("过程", "资金管理", "资金到位率", "100%", "100%", 4, 4, "到位率×分值"),
           ("过程", "资金管理", "预算执行率", "100%", q(rate), 5, rs, "执行率×分值"),
           ("过程", "资金管理", "资金使用合规性", "合规", "2笔支出附件不全", 5, 3, "每发现1笔不合规支出扣1分"),
           ("过程", "组织实施", "管理制度健全性", "健全", "健全", 3, 3, "制度健全得满分，否则酌情扣分"),
           ("过程", "组织实施", "制度执行有效性", "有效", "工程变更手续滞后", 3, 2, "视执行情况扣0.5—1.5分"),
           ("产出", "产出数量", "新建集中供水工程", "≥12处", "12处", 7, 7, "完成得满分，未完成按比例计分"),
           ("产出", "产出数量", "改造供水管网长度", "≥180公里", "171公里", 7, P(171, 180, 7), "完成得满分，未完成按比例计分"),
           ("产出", "产出质量", "工程竣工验收合格率", "100%", "100%", 7, 7, "合格率×分值"),
           ("产出", "产出质量", "水质检测合格率", "≥95%", "92%", 6, wq, wq_rule),
           ("产出", "产出时效", "工程按期完工率", "≥90%", "91.7%", 4, 4, "达到目标得满分，未达到按比例计分"),
           ("产出", "产出成本", "工程结算控制", "不超合同价", "2处结算超合同价", 4, 3, "每处超合同价扣0.5分"),
           ("效益", "社会效益", "新增及改善供水人口", "≥8.6万人", "7.95万人", 10, P(7.95, 8.6, 10),
            "达到目标得满分，未达到按比例计分"),
           ("效益", "社会效益", "农村自来水普及率", "≥92%", "92.8%", 8, 8, "达到目标得满分，未达到按比例计分"),
           ("效益", "可持续影响", "工程长效管护机制", "健全", "管护经费、管护人员未落实", 5, 2,
            "未落实管护经费扣2分，未落实管护人员扣1分"),
           ("效益", "满意度", "受益群众满意度", "≥90%", "82.3%", 7, P(82.3, 90, 7), "满意度÷90%×分值")]
    for w_, a_, t_ in ((7, 171, 180), (10, 7.95, 8.6), (7, 82.3, 90)):
        no_half(w_ * a_ / t_, "P")
    assert len(ind) == 20 and s2(ind, 5) == 100
    names = ["决策", "过程", "产出", "效益"]
    sc = secs(ind, names)
    assert [s_ for _, _, s_ in sc] == [12.5, 16.72, 33.15, 25.64], sc
    rows_total = s2(ind, 6)
    assert rows_total == 88.01, rows_total
    total = 89.01  # PLANT TOTAL_VS_ROWS: letter and 评分表 合计 say 89.01; the 20 rows (and the letter's four groups) add to 88.01
    assert grade(total) == grade(rows_total) == grade(r2(rows_total - wq + wq_true)) == "良"
    g = with_project(gold(None, dept, 2024, "COUNTY", "湖南省", "THIRD_PARTY_EVALUATION", evaluator, total, 100, "良",
                          budget(ini, adj, ex, rate), sc, grows(ind)), project, unit)
    M = dict(dept=dept, project=project, unit=unit, evaluator=evaluator, ini=ini, src=src, adj=adj, ex=ex,
             rate=rate, ind=ind, secs=sc, total=total, adj_pct=adj_pct)
    fnd = [F("TOTAL_VS_ROWS", "合计",
             f"项目综合得分{f2(total)}分 | 合计 | 100 | {f2(total)}", f2(total), f2(rows_total), "HIGH", "ERROR",
             f"the 评分表's 20 rows add to {f2(rows_total)} (决策 12.5 + 过程 16.72 + 产出 33.15 + 效益 25.64, the four group "
             f"scores the letter itself gives), not {f2(total)}; the letter's 一 restates the same total (one finding); "
             "良 either way"),
           F("EXECUTION_RATE", "预算执行率",
             f"实际支出{mc(ex)}万元，预算执行率{q(rate)} | 预算执行率 | 100% | {q(rate)} | 5 | {f2(rs)}",
             q(rate), q(true_rate), "HIGH", "ERROR",
             f"{mc(ex)} ÷ {mc(adj)} = {q(true_rate)}, not {q(rate)}; the row's 4.72 follows the printed rate by its "
             f"rule (the same slip: one finding; on the true rate 5 × {q(true_rate)} = {f2(r2(5 * true_rate / 100))})"),
           F("RULE_SCORE", "水质检测合格率",
             f"水质检测合格率 | 6 | ≥95% | 92% | {wq_rule} | {fnum(wq)}", fnum(wq), f2(wq_true), "HIGH", "ERROR",
             f"92% is 3 points under 95%: 6 − 3 × 0.5 = {f2(wq_true)} by the row's own rule, printed {fnum(wq)} (one "
             "point deducted instead of 1.5)")]
    traps = ["the file is a FEEDBACK LETTER (反馈函) of the 县财政局: 红头, 文号 隆财绩函〔2025〕23号, the addressee 县水利局, "
             "the 整改要求 (30 days), the signature and date, （此件主动公开）, the 抄送 / 印发 lines: the report is the "
             "评价 result it conveys, the letter's form is no figure",
             f"funds: 中央 1,500.00 + 省级 500.00 + 县级 360.00 = {mc(adj)}; 1,436.52 + 468.90 + 298.76 = {mc(ex)}; each "
             f"source under its budget; 年初 {mc(ini)} < 全年 (追加 260.00)",
             f"预算编制科学性 −1: 追加 260.00 of 2,100.00 = {round(adj_pct, 1)}% > 10% (its rule); 绩效指标明确性 −1 (2 × 0.5, "
             "its rule); 资金使用合规性 −2 (2笔 × 1, its rule); 工程结算控制 −1 (2处 × 0.5, its rule); 工程长效管护机制 −3 "
             "(2 + 1, its rule); 制度执行有效性 −1 (within its 0.5—1.5); 绩效目标合理性 −0.5 (within its 0.5—1)",
             "改造供水管网长度 7 × 171 ÷ 180 = 6.65, 新增及改善供水人口 10 × 7.95 ÷ 8.6 = 9.24, 受益群众满意度 7 × 82.3 ÷ 90 = "
             "6.40 (their rule: proportion); 新建集中供水工程 12 vs ≥12处 (met exactly); 工程按期完工率 91.7% vs ≥90% (met)",
             "the letter's group scores (决策 12.5, 过程 16.72, 产出 33.15, 效益 25.64) equal the 评分表's rows; 分值 100; "
             "良 by the bands on the printed 89.01 and on the rows' 88.01 alike"]
    return {"stem": "h440_longhui_shuili", "format": "pdf", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "draw": draw440}


def draw440(rep, path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak, Flowable)
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    M = rep["meta"]
    ind, sc, total = M["ind"], M["secs"], M["total"]
    fn = "STSong-Light"
    red = colors.HexColor("#d40000")
    st = dict(
        red=ParagraphStyle("red", fontName=fn, fontSize=30, leading=40, alignment=1, textColor=red),
        no=ParagraphStyle("no", fontName=fn, fontSize=14, leading=22, alignment=1),
        t=ParagraphStyle("t", fontName=fn, fontSize=18, leading=28, alignment=1, spaceBefore=10, spaceAfter=10),
        p=ParagraphStyle("p", fontName=fn, fontSize=13, leading=24, firstLineIndent=26, wordWrap="CJK"),
        a=ParagraphStyle("a", fontName=fn, fontSize=13, leading=24, wordWrap="CJK"),
        r=ParagraphStyle("r", fontName=fn, fontSize=13, leading=24, alignment=2),
        c=ParagraphStyle("c", fontName=fn, fontSize=8, leading=10.5, alignment=1, wordWrap="CJK"),
        cl=ParagraphStyle("cl", fontName=fn, fontSize=8, leading=10.5, wordWrap="CJK"),
        h=ParagraphStyle("h", fontName=fn, fontSize=14, leading=22),
        at=ParagraphStyle("at", fontName=fn, fontSize=14, leading=22, alignment=1, spaceAfter=6),
        s=ParagraphStyle("s", fontName=fn, fontSize=11, leading=18, wordWrap="CJK"))

    class Rule(Flowable):
        def __init__(self, w, color, th=1.6):
            super().__init__()
            self.w, self.color, self.th = w, color, th

        def wrap(self, aw, ah):
            return self.w, 4

        def draw(self):
            self.canv.setStrokeColor(self.color)
            self.canv.setLineWidth(self.th)
            self.canv.line(0, 2, self.w, 2)

    def P_(k, s_):
        return Paragraph(E(s_), st[k])

    def page_no(canv, doc):
        canv.saveState()
        canv.setFont(fn, 11)
        canv.drawCentredString(A4[0] / 2, 14 * mm, f"— {doc.page} —")
        canv.restoreState()

    ex, adj, rate, src = M["ex"], M["adj"], M["rate"], M["src"]
    s = [P_("red", "隆回县财政局"), P_("no", "隆财绩函〔2025〕23号"), Rule(154 * mm, red), Spacer(1, 6),
         P_("t", f"隆回县财政局关于反馈{M['project'].replace('2024年隆回县', '2024年度')}财政重点绩效评价结果的函"),
         P_("a", "县水利局："),
         P_("p", "根据《隆回县预算绩效管理办法》和2025年度财政重点绩效评价工作安排，我局委托"
                 f"{M['evaluator']}对你单位实施的{M['project']}开展了财政重点绩效评价。评价组通过资料核查、现场勘查、"
                 "问卷调查和座谈访谈等方式，对项目决策、过程、产出和效益进行了综合评价。现将评价结果反馈如下："),
         P_("p", f"一、评价结论。经评价，该项目综合得分{f2(total)}分，评价等级为“良”（{BANDS77}）。其中，决策得"
                 f"{fnum(sc[0][2])}分、过程得{f2(sc[1][2])}分、产出得{f2(sc[2][2])}分、效益得{f2(sc[3][2])}分。"),
         P_("p", f"二、项目资金情况。项目年初预算{mc(M['ini'])}万元，全年预算{mc(adj)}万元，其中中央资金"
                 f"{mc(src[0][1])}万元、省级资金{mc(src[1][1])}万元、县级资金{mc(src[2][1])}万元；实际支出{mc(ex)}万元"
                 f"（中央{mc(src[0][2])}万元、省级{mc(src[1][2])}万元、县级{mc(src[2][2])}万元），预算执行率{q(rate)}。"),
         P_("p", "三、存在的主要问题。（一）绩效目标编制不够精准，2项产出指标未量化，年中预算调整幅度较大；（二）资金"
                 "管理不够规范，2笔工程款支出附件不全，2处工程结算超合同价；（三）部分地区水质检测合格率未达到95%的目标，"
                 "管网改造和供水人口未完成年度目标；（四）工程建成后管护经费、管护人员未落实，长效运行存在隐患。"),
         P_("p", "四、整改要求。请你单位针对评价发现的问题，认真研究制定整改措施，于收到本函之日起30日内将整改情况书面"
                 "报送我局（绩效管理股）。评价结果将作为以后年度预算安排和政策调整的重要依据。"),
         P_("p", "附件：2024年隆回县农村供水保障工程项目财政重点绩效评价评分表"),
         Spacer(1, 18), P_("r", "隆回县财政局　　　　"), P_("r", "2025年7月15日　　　　"),
         P_("p", "（此件主动公开）"), Spacer(1, 10), Rule(154 * mm, colors.black, 0.8),
         P_("s", "抄送：县人民政府办公室，县审计局。"), Rule(154 * mm, colors.black, 0.8),
         P_("s", "隆回县财政局办公室　　　　　　　　　　　　　　2025年7月15日印发"), Rule(154 * mm, colors.black, 0.8),
         PageBreak(),
         P_("h", "附件"),
         P_("at", "2024年隆回县农村供水保障工程项目财政重点绩效评价评分表")]
    data = [["一级指标", "二级指标", "三级指标", "分值", "指标值", "实际完成值", "评分标准", "得分"]]
    for x in ind:
        data.append([x[0], x[1], x[2], str(x[5]), x[3], x[4], x[7], fnum(x[6])])
    data.append(["合计", "", "", "100", "", "", "", f2(total)])
    cells = [[Paragraph(E(c), st["cl"] if (j in (2, 6) and i) else st["c"]) for j, c in enumerate(r_)]
             for i, r_ in enumerate(data)]
    spans = []
    for col in (0, 1):
        i = 1
        while i <= len(ind):
            j = i
            while j + 1 <= len(ind) and ind[j][:col + 1] == ind[i - 1][:col + 1]:
                j += 1
            if j > i:
                spans.append(("SPAN", (col, i), (col, j)))
                for k in range(i + 1, j + 1):
                    cells[k][col] = ""
            i = j + 1
    n = len(data)
    spans.append(("SPAN", (0, n - 1), (2, n - 1)))
    t = Table(cells, colWidths=[w * mm for w in (16, 16, 26, 9, 19, 20, 38, 11)], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)] + spans))
    s.append(t)
    s.append(Spacer(1, 4))
    s.append(P_("s", f"注：评价等级划分为{BANDS77}。评价机构：{M['evaluator']}。"))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=28 * mm, rightMargin=26 * mm, topMargin=30 * mm,
                            bottomMargin=25 * mm, invariant=1, title="隆财绩函〔2025〕23号", author="隆回县财政局",
                            creator="Microsoft® Word 2016", producer="Microsoft® Word 2016")
    doc.build(s, onFirstPage=page_no, onLaterPages=page_no)


ALL.append(h440())


# ============================================================ h441 蓬溪县 (XLSX: a 项目 自评表 with a 佐证材料 column)

def h441():
    dept = "蓬溪县卫生健康局"
    project = "2024年蓬溪县基层医疗卫生机构能力提升项目"
    unit = "蓬溪县卫生健康局"
    src = [("中央财政资金", 800.00, 800.00, 772.40), ("省级财政资金", 300.00, 300.00, 281.13),
           ("县级财政资金", 180.00, 250.00, 223.30)]
    ini, adj, ex = (r2(sum(x[i] for x in src)) for i in (1, 2, 3))
    assert (ini, adj, ex) == (1280.00, 1350.00, 1276.83)
    rate = pct(ex, adj)
    no_half(ex / adj * 100, "rate")
    assert rate == 94.58, rate
    for _, _, a_, e_ in src:
        no_half(e_ / a_ * 100, "src")
    fs_true = r2(10 * rate / 100)
    no_half(10 * rate / 100, "fs")
    assert fs_true == 9.46
    fs = 9.64  # PLANT BUDGET_ROW_SCORE: 10 × 94.58% = 9.46; printed 9.64 (the 总分 adds the 9.64)
    # tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因, 佐证材料)
    ind = [("产出指标", "数量指标", "为乡镇卫生院配置DR设备", "≥8台", "8台", 6, 6, "", "ZZ-01"),
           ("产出指标", "数量指标", "配置全自动生化分析仪", "≥10台", "10台", 6, 6, "", "ZZ-01"),
           ("产出指标", "数量指标", "村卫生室标准化改造", "≥36个", "33个", 6, P(33, 36, 6),
            "3个村卫生室因选址调整推迟至2025年", "ZZ-02"),
           # PLANT TARGET_MISSED_FULL_MARKS: 26 of ≥30人, 5 of 5, no reason (the proportion rule gives 4.33)
           ("产出指标", "数量指标", "基层卫生人员进修培训", "≥30人", "26人", 5, 5, "", "ZZ-03"),
           ("产出指标", "质量指标", "设备验收合格率", "100%", "100%", 6, 6, "", "ZZ-01"),
           ("产出指标", "质量指标", "村卫生室标准化达标率", "≥95%", "97%", 5, 5, "", "ZZ-02"),
           ("产出指标", "时效指标", "设备到位及时率", "≥95%", "95%", 5, 5, "", "ZZ-04"),
           ("产出指标", "成本指标", "DR设备单台采购价", "≤58万元/台", "56.8万元/台", 5, 5, "", "ZZ-01"),
           ("效益指标", "社会效益指标", "乡镇卫生院门急诊人次增长率", "≥5%", "6.3%", 6, 6, "", "ZZ-05"),
           ("效益指标", "社会效益指标", "县域内就诊率", "≥90%", "88.2%", 6, P(88.2, 90, 6), "部分疑难重症患者上转", "ZZ-05"),
           ("效益指标", "社会效益指标", "基层首诊人次占比", "≥65%", "66.1%", 6, 6, "", "ZZ-05"),
           ("效益指标", "可持续影响指标", "设备运维管护机制", "健全", "健全", 6, 6, "", "ZZ-06"),
           ("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%", "91.6%", 10, 10, "", "ZZ-07"),
           ("满意度指标", "服务对象满意度指标", "基层医务人员满意度", "≥85%", "84.2%", 10, P(84.2, 85, 10),
            "部分人员对培训时间安排有意见", "ZZ-07")]
    for w_, a_, t_ in ((6, 33, 36), (6, 88.2, 90), (10, 84.2, 85), (5, 26, 30)):
        no_half(w_ * a_ / t_, "P")
    mo = missed_ok([x[:8] for x in ind])
    assert [x[0] for x in mo if not x[3]] == ["基层卫生人员进修培训"], mo
    wsum = 10 + s2(ind, 5)
    assert wsum == 98, wsum  # PLANT WEIGHTS_VS_FULL_MARK: 10 + 88 = 98, the 总分 row prints 分值 100
    total = r2(fs + s2(ind, 6))
    assert total == 96.93 and grade(total) == grade(r2(total - fs + fs_true)) == "优", total
    rows = [dict(goal=None, code=None, level1=None, level2=None, level3="年度资金总额", target=None, actual=q(rate),
                 weight=10, score=fs)] + grows([x[:8] for x in ind])
    g = with_project(gold(None, dept, 2024, "COUNTY", "四川省", "SELF_EVALUATION", None, total, 100, "优",
                          budget(ini, adj, ex, rate), [], rows), project, unit)
    M = dict(dept=dept, project=project, unit=unit, src=src, ini=ini, adj=adj, ex=ex, rate=rate, fs=fs, ind=ind,
             total=total)
    fnd = [F("BUDGET_ROW_SCORE", "年度资金总额",
             f"年度资金总额 | {mc(ini)} | {mc(adj)} | {mc(ex)} | 10 | {q(rate)} | {f2(fs)}", f2(fs), f2(fs_true),
             "HIGH", "ERROR",
             f"10 × {q(rate)} = {f2(fs_true)} by the 说明's rule (年度资金总额得分＝执行率×分值), printed {f2(fs)} (two digits "
             f"swapped); the rate itself ({mc(ex)} ÷ {mc(adj)}) is right; the 总分 adds the {f2(fs)}"),
           F("TARGET_MISSED_FULL_MARKS", "基层卫生人员进修培训",
             "基层卫生人员进修培训 | ≥30人 | 26人 | 5 | 5 |  | ZZ-03", "5", f2(P(26, 30, 5)), "HIGH", "WARNING",
             "26 of a ≥30人 target kept the full 5 with the 偏差原因 cell empty; the 说明's proportion rule gives "
             f"5 × 26 ÷ 30 = {f2(P(26, 30, 5))}"),
           F("WEIGHTS_VS_FULL_MARK", "总分",
             f"总分 | 100 | {f2(total)}", "100", f"{wsum:g}", "HIGH", "ERROR",
             "分值 10 (年度资金总额) + 44 (产出) + 24 (效益) + 20 (满意度) = 98, the 总分 row prints 100 (the 得分 column "
             f"does add to {f2(total)}); which row lost its 2 points the form does not say")]
    traps = ["the 佐证材料 column (ZZ-01 … ZZ-07) and the second sheet 佐证材料清单 (编号, 材料名称, 对应指标, 页数) list the "
             "evidence kept for each row: the numbers are evidence numbers, not indicator codes, the 页数 are no scores",
             f"funds: 中央 800.00 + 省级 300.00 + 县级 180.00 = {mc(ini)}; 800.00 + 300.00 + 250.00 = {mc(adj)}; "
             f"772.40 + 281.13 + 223.30 = {mc(ex)}; the sources' rates 96.55%, 93.71%, 89.32% right; none over; "
             "年初 < 全年 (县级 追加 70.00)",
             "村卫生室标准化改造 6 × 33 ÷ 36 = 5.50, 县域内就诊率 6 × 88.2 ÷ 90 = 5.88 and 基层医务人员满意度 10 × 84.2 ÷ 85 = "
             "9.91 (proportion, with reasons)",
             "DR设备单台采购价 56.8 vs ≤58万元/台 (a ceiling, met; a unit price, not a budget figure); 设备到位及时率 95% vs "
             "≥95% (met exactly); 为乡镇卫生院配置DR设备 8 vs ≥8台 and 配置全自动生化分析仪 10 vs ≥10台 (met exactly)",
             f"总分 {f2(total)} = the fund line as printed + the 14 rows; 优 on the printed and on the recomputed "
             f"{f2(r2(total - fs + fs_true))} alike"]
    return {"stem": "h441_pengxi_weijian", "format": "xlsx", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "write": write441}


EVID441 = [("ZZ-01", "DR设备、全自动生化分析仪采购合同、到货验收单", "配置DR设备；配置生化分析仪；设备验收合格率；DR设备单台采购价", 46),
           ("ZZ-02", "村卫生室标准化改造竣工验收资料", "村卫生室标准化改造；村卫生室标准化达标率", 38),
           ("ZZ-03", "基层卫生人员进修培训通知、结业名单", "基层卫生人员进修培训", 12),
           ("ZZ-04", "设备到货签收记录表", "设备到位及时率", 9),
           ("ZZ-05", "2024年卫生健康统计年报（节选）", "门急诊人次增长率；县域内就诊率；基层首诊人次占比", 15),
           ("ZZ-06", "医疗设备运维管理制度及维保合同", "设备运维管护机制", 21),
           ("ZZ-07", "满意度问卷调查分析报告", "患者满意度；基层医务人员满意度", 18)]


def write441(rep, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    M = rep["meta"]
    wb = Workbook()
    ws = wb.active
    ws.title = "项目自评表"
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    song = Font(name="宋体", size=10)
    bold = Font(name="宋体", size=10, bold=True)
    ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)
    lft = Alignment(horizontal="left", vertical="center", wrap_text=True)
    for col, w in zip("ABCDEFGHI", (12, 14, 24, 13, 13, 8, 8, 24, 10)):
        ws.column_dimensions[col].width = w

    def put(r, c, v, fmt=None, align=ctr, border=True, font=song):
        cell = ws.cell(row=r, column=c, value=v)
        cell.font, cell.alignment = font, align
        if border:
            cell.border = bd
        if fmt:
            cell.number_format = fmt
        return cell

    def box(r1, c1, r2_, c2, v, align=ctr, font=song):
        for rr in range(r1, r2_ + 1):
            for cc in range(c1, c2 + 1):
                put(rr, cc, None)
        put(r1, c1, v, align=align, font=font)
        if (r1, c1) != (r2_, c2):
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2_, end_column=c2)

    ws.merge_cells("A1:I1")
    put(1, 1, "项目支出绩效自评表", border=False, font=Font(name="方正小标宋简体", size=16))
    ws.merge_cells("A2:I2")
    put(2, 1, "（2024年度）", border=False)
    ws.merge_cells("A3:E3")
    put(3, 1, "填报单位（盖章）：蓬溪县卫生健康局", align=lft, border=False)
    ws.merge_cells("G3:I3")
    put(3, 7, "金额单位：万元", border=False, align=Alignment(horizontal="right"))
    box(4, 1, 4, 2, "项目名称")
    box(4, 3, 4, 9, M["project"], align=lft)
    box(5, 1, 5, 2, "主管部门")
    box(5, 3, 5, 4, M["dept"], align=lft)
    box(5, 5, 5, 6, "实施单位")
    box(5, 7, 5, 9, M["unit"], align=lft)
    box(6, 1, 10, 2, "项目资金（万元）")
    for j, h in enumerate(("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        put(6, 3 + j, h, font=bold)
    put(7, 3, "年度资金总额")
    for j, v in enumerate((M["ini"], M["adj"], M["ex"])):
        put(7, 4 + j, v, "#,##0.00")
    put(7, 7, 10)
    put(7, 8, M["rate"] / 100, "0.00%")
    put(7, 9, M["fs"], "0.00")
    for i, (nm, a_, b_, e_) in enumerate(M["src"]):
        r = 8 + i
        put(r, 3, ("其中：" if i == 0 else "　　　") + nm, align=lft)
        put(r, 4, a_, "#,##0.00")
        put(r, 5, b_, "#,##0.00")
        put(r, 6, e_, "#,##0.00")
        put(r, 7, "—")
        put(r, 8, round(e_ / b_, 4), "0.00%")
        put(r, 9, "—")
    box(11, 1, 12, 1, "年度总体目标")
    box(11, 2, 11, 5, "预期目标")
    box(11, 6, 11, 9, "实际完成情况")
    box(12, 2, 12, 5, "为8个乡镇卫生院配置DR设备、10台全自动生化分析仪，完成36个村卫生室标准化改造，培训基层卫生人员30人，"
                      "提升基层医疗卫生机构服务能力，县域内就诊率达到90%以上。", align=lft)
    box(12, 6, 12, 9, "配置DR设备8台、全自动生化分析仪10台，完成33个村卫生室标准化改造，进修培训基层卫生人员26人；"
                      "县域内就诊率88.2%，基层首诊人次占比66.1%。", align=lft)
    ws.row_dimensions[12].height = 66
    hdr = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", "佐证材料"]
    for j, h in enumerate(hdr):
        put(13, 1 + j, h, font=bold)
    r0 = 14
    ind = M["ind"]
    for i, x in enumerate(ind):
        r = r0 + i
        put(r, 1, x[0])
        put(r, 2, x[1])
        put(r, 3, x[2], align=lft)
        put(r, 4, x[3])
        put(r, 5, x[4])
        put(r, 6, x[5])
        put(r, 7, x[6], "0.00" if not float(x[6]).is_integer() else "0")
        put(r, 8, x[7] or None, align=lft)
        put(r, 9, x[8])
    for col in (1, 2):
        i = 0
        while i < len(ind):
            j = i
            while j + 1 < len(ind) and ind[j + 1][:col] == ind[i][:col]:
                j += 1
            if j > i:
                ws.merge_cells(start_row=r0 + i, start_column=col, end_row=r0 + j, end_column=col)
            i = j + 1
    last = r0 + len(ind)
    box(last, 1, last, 5, "总分")
    put(last, 6, 100)
    put(last, 7, M["total"], "0.00")
    box(last, 8, last, 9, "自评等级：优")
    ws.merge_cells(start_row=last + 1, start_column=1, end_row=last + 1, end_column=9)
    put(last + 1, 1, "说明：1.年度资金总额得分＝执行率×分值；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度"
                     "指标值×分值”计分，“≤”类指标不超过指标值的得满分；3.定性指标根据完成情况酌情扣分；4.佐证材料编号见"
                     f"“佐证材料清单”工作表；5.等级划分：{BANDS77}。", align=lft, border=False)
    ws.row_dimensions[last + 1].height = 54
    ws.merge_cells(start_row=last + 2, start_column=1, end_row=last + 2, end_column=9)
    put(last + 2, 1, "填表人：何晓琴　　联系电话：0825-5426318　　填报日期：2025年4月24日", align=lft, border=False)
    ws.print_title_rows = "13:13"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    w2 = wb.create_sheet("佐证材料清单")
    for col, w in zip("ABCDE", (7, 10, 40, 48, 8)):
        w2.column_dimensions[col].width = w
    w2.merge_cells("A1:E1")
    c = w2.cell(row=1, column=1, value=f"{M['project']}绩效自评佐证材料清单")
    c.font, c.alignment = Font(name="宋体", size=13, bold=True), ctr
    for j, h in enumerate(("序号", "编号", "材料名称", "对应指标", "页数")):
        c = w2.cell(row=2, column=1 + j, value=h)
        c.font, c.alignment, c.border = bold, ctr, bd
    for i, (code, nm, tgt, pages) in enumerate(EVID441):
        for j, v in enumerate((i + 1, code, nm, tgt, pages)):
            c = w2.cell(row=3 + i, column=1 + j, value=v)
            c.font, c.alignment, c.border = song, (lft if j in (2, 3) else ctr), bd
    w2.cell(row=4 + len(EVID441), column=1, value="注：佐证材料原件存蓬溪县卫生健康局规划财务股备查。").font = song
    wb.properties.creator = "何晓琴"
    wb.properties.lastModifiedBy = "何晓琴"
    wb.properties.created = datetime.datetime(2025, 4, 22, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2025, 4, 24, 17, 20, 0)
    data = ooxml_bytes(lambda b: wb.save(b), fix_core)
    with open(path, "wb") as f:
        f.write(data)


ALL.append(h441())


# ============================================================ h442 黟县 (HTML: a portal 预决算 page with tabs)

def h442():
    dept = "黟县文化旅游体育局"
    ib, ip = 1460.00, 2380.00
    ab, ap = 1532.60, 3107.40
    eb, ep = 1521.84, 2918.37
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    assert (ia, aa, ea) == (3840.00, 4640.00, 4440.21)
    rate, rb, rp = pct(ea, aa), pct(eb, ab), pct(ep, ap)
    for a_, e_ in ((aa, ea), (ab, eb), (ap, ep)):
        no_half(e_ / a_ * 100, "rate")
    assert (rate, rb, rp) == (95.69, 99.30, 93.92), (rate, rb, rp)
    fs = r2(10 * rate / 100)
    no_half(10 * rate / 100, "fs")
    n_cert, n_all = 1862, 1930
    f_true = pct(n_cert, n_all)
    no_half(n_cert / n_all * 100, "f")
    assert f_true == 96.48, f_true
    f_printed = 97.48  # PLANT FORMULA: 1,862 ÷ 1,930 = 96.48%, printed 97.48% (≥95% either way)
    ind = [("产出指标", "数量指标", "举办全县性文体赛事活动", "≥20场", "24场", 5, 5, ""),
           ("产出指标", "数量指标", "送戏进村演出场次", "≥72场", "72场", 5, 5, ""),
           ("产出指标", "数量指标", "古村落文物保护修缮项目", "≥6个", "5个", 6, P(5, 6, 6), "1个项目因文物部门方案审批延后"),
           ("产出指标", "数量指标", "新增全民健身路径", "≥15条", "16条", 5, 5, ""),
           ("产出指标", "质量指标", "公共文化场馆免费开放率", "100%", "100%", 5, 5, ""),
           # PLANT TARGET_MET_POINTS_LOST: 99.2% of ≥98%, 4 of 5, no reason
           ("产出指标", "质量指标", "旅游投诉按时办结率", "≥98%", "99.2%", 5, 4, ""),
           ("产出指标", "质量指标", "旅游从业人员持证上岗率", "≥95%", f"{q(f_printed)}（{n_cert:,}÷{n_all:,}）", 5, 5, ""),
           ("产出指标", "时效指标", "文物修缮项目按期完成率", "≥90%", "83.3%", 5, P(83.3, 90, 5), "1个修缮项目工期延后"),
           ("产出指标", "成本指标", "送戏进村场均补助标准", "≤0.8万元/场", "0.8万元/场", 4, 4, ""),
           ("效益指标", "经济效益指标", "全县旅游接待人次增长率", "≥5%", "7.8%", 6, 6, ""),
           ("效益指标", "经济效益指标", "旅游综合收入", "≥60亿元", "63.2亿元", 6, 6, ""),
           ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "≥38%", "38.6%", 6, 6, ""),
           ("效益指标", "社会效益指标", "非遗传承人带徒传习人次", "≥120人次", "132人次", 6, 6, ""),
           ("效益指标", "可持续影响指标", "徽州古村落保护长效机制", "健全", "健全", 6, 6, ""),
           ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "92.4%", 8, 8, ""),
           # PLANT ROW_SCORE_OVER_WEIGHT: 7.5 of 7 with “加0.5分”; the 说明 has no bonus points
           ("满意度指标", "服务对象满意度指标", "群众文化活动满意度", "≥90%", "93.1%", 7, 7.5, "活动获省级表彰，加0.5分")]
    for w_, a_, t_ in ((6, 5, 6), (5, 83.3, 90)):
        no_half(w_ * a_ / t_, "P")
    assert all(x[3] for x in missed_ok(ind)), missed_ok(ind)
    assert reasons_missing(ind) == ["旅游投诉按时办结率"]
    assert 10 + s2(ind, 5) == 100
    total = r2(fs + s2(ind, 6))
    assert total == 97.70 and grade(total) == "优", total
    rows = [dict(goal=None, code=None, level1=None, level2=None, level3="年度资金总额", target=None, actual=q(rate),
                 weight=10, score=fs)] + grows(ind)
    g = gold(None, dept, 2024, "COUNTY", "安徽省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), [], rows)
    M = dict(dept=dept, fund=(ib, ip, ia, ab, ap, aa, eb, ep, ea, rate, rb, rp), fs=fs, ind=ind, total=total)
    fnd = [F("ROW_SCORE_OVER_WEIGHT", "群众文化活动满意度",
             "群众文化活动满意度 | ≥90% | 93.1% | 7 | 7.5 | 活动获省级表彰，加0.5分", "7.5", "≤ 7", "HIGH", "ERROR",
             "a score over the row's 分值 7; the 说明 provides no bonus points; the 总分 adds the 7.5"),
           F("TARGET_MET_POINTS_LOST", "旅游投诉按时办结率",
             "旅游投诉按时办结率 | ≥98% | 99.2% | 5 | 4 | ", "4", "5", "HIGH", "WARNING",
             "99.2% meets the ≥98% target, yet 1 of 5 is lost with the 偏差原因 cell empty"),
           F("FORMULA", "旅游从业人员持证上岗率",
             f"旅游从业人员持证上岗率 | ≥95% | {q(f_printed)}（{n_cert:,}÷{n_all:,}） | 5 | 5", q(f_printed), q(f_true),
             "HIGH", "ERROR",
             f"{n_cert:,} ÷ {n_all:,} = {q(f_true)}, not {q(f_printed)}; the 5 of 5 stands (≥95% either way)")]
    traps = ["the page is the portal's 预决算公开 column with TABS (部门预算 / 部门决算 / 绩效自评（2024年度） / 绩效自评（2023"
             "年度））: only the 2024 panel is shown; the 2023 自评表 sits in a HIDDEN panel (display:none) with its own figures "
             "(总分 93.86, 2023's budget): last year's report, not this one; the 部门预算 / 部门决算 panels hold only links; "
             "the site's header, breadcrumb, 浏览次数, 打印 / 关闭 links and footer are the portal's",
             f"budget: 基本 + 项目 = 年度资金总额 in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {q(rate)}, 基本 {q(rb)}, "
             f"项目 {q(rp)} right; none over; 年初 < 全年 (追加)",
             f"年度资金总额 {q(rate)} × 10 = {f2(fs)} (the 说明's rule); 古村落文物保护修缮项目 6 × 5 ÷ 6 = 5 and 文物修缮项目"
             "按期完成率 5 × 83.3 ÷ 90 = 4.63 (proportion, with reasons)",
             "送戏进村演出场次 72 vs ≥72场 (met exactly); 送戏进村场均补助标准 0.8 vs ≤0.8万元/场 (a ceiling met exactly; a "
             "unit subsidy, not a budget figure); 经常参加体育锻炼人数比例 38.6% vs ≥38%; 旅游综合收入 63.2亿元 (a county's "
             "tourism income, not a budget figure)",
             f"总分 {f2(total)} = the fund line + the 16 rows as printed; 分值 10 + 90 = 100; 优"]
    return {"stem": "h442_yixian_wenlv", "format": "html", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "html": html442(M)}


def html442(M):
    ib, ip, ia, ab, ap, aa, eb, ep, ea, rate, rb, rp = M["fund"]
    ind, total = M["ind"], M["total"]
    o = ['<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
         '<title>黟县文化旅游体育局预决算公开_黟县人民政府</title>\n'
         '<meta name="SiteName" content="黟县人民政府">\n<meta name="ColumnName" content="预决算">\n'
         "<style>\nbody{margin:0;font-family:'Microsoft YaHei',sans-serif;background:#f3f3f3}\n"
         ".top{background:#0b5ba8;color:#fff;padding:14px 40px;font-size:22px}\n"
         ".crumb{width:1100px;margin:10px auto;font-size:13px;color:#555}\n"
         ".box{width:1100px;margin:0 auto 20px;background:#fff;padding:20px 30px;box-sizing:border-box}\n"
         ".tabs{list-style:none;margin:0;padding:0;border-bottom:2px solid #0b5ba8;overflow:hidden}\n"
         ".tabs li{float:left;padding:8px 22px;cursor:pointer;font-size:15px}\n"
         ".tabs li.on{background:#0b5ba8;color:#fff}\n.panel{padding:16px 0}\n"
         "table.zp{border-collapse:collapse;width:100%;font-size:13px}\n"
         "table.zp td{border:1px solid #333;padding:4px 5px;text-align:center}\n"
         "table.zp td.l{text-align:left}\n.info{font-size:12px;color:#888;text-align:center;margin:6px 0 12px}\n"
         ".foot{background:#0b5ba8;color:#dfe9f5;text-align:center;font-size:12px;padding:16px}\n</style>\n"
         "<script>\nfunction tab(n){for(var i=1;i<=4;i++){document.getElementById('p'+i).style.display="
         "(i==n?'block':'none');document.getElementById('t'+i).className=(i==n?'on':'');}}\n</script>\n"
         '</head>\n<body>\n<div class="top">黟县人民政府　<small>www.yixian.gov.cn</small></div>\n'
         '<div class="crumb">当前位置：首页 &gt; 信息公开 &gt; 部门信息公开 &gt; 黟县文化旅游体育局 &gt; 预决算</div>\n'
         '<div class="box">\n<h2 style="text-align:center;font-size:22px">黟县文化旅游体育局预决算公开</h2>\n'
         '<div class="info">发布机构：黟县文化旅游体育局　　发布日期：2025-05-30　　浏览次数：<span>386</span>'
         '　　【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>\n'
         '<ul class="tabs">\n<li id="t1" onclick="tab(1)">部门预算</li>\n<li id="t2" onclick="tab(2)">部门决算</li>\n'
         '<li id="t3" class="on" onclick="tab(3)">绩效自评（2024年度）</li>\n'
         '<li id="t4" onclick="tab(4)">绩效自评（2023年度）</li>\n</ul>\n'
         '<div class="panel" id="p1" style="display:none">\n<p><a href="/group/yjs/2025bmys.pdf">黟县文化旅游体育局'
         '2025年部门预算.pdf</a></p>\n</div>\n'
         '<div class="panel" id="p2" style="display:none">\n<p><a href="/group/yjs/2024bmjs.pdf">黟县文化旅游体育局'
         '2024年度部门决算.pdf</a></p>\n</div>\n'
         '<div class="panel" id="p3" style="display:block">\n'
         '<h3 style="text-align:center;font-size:19px">部门整体支出绩效自评表</h3>\n'
         '<p style="text-align:center">（2024年度）</p>\n'
         '<p style="font-size:13px">填报单位（盖章）：黟县文化旅游体育局<span style="float:right">金额单位：万元</span></p>\n'
         '<table class="zp">\n<tr><td rowspan="4">预算执行情况（万元）</td><td></td><td>年初预算数</td><td>全年预算数</td>'
         '<td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>\n'
         f'<tr><td>年度资金总额</td><td>{mc(ia)}</td><td>{mc(aa)}</td><td>{mc(ea)}</td><td>10</td><td>{q(rate)}</td>'
         f'<td>{f2(M["fs"])}</td></tr>\n'
         f'<tr><td class="l">其中：基本支出</td><td>{mc(ib)}</td><td>{mc(ab)}</td><td>{mc(eb)}</td><td>—</td>'
         f'<td>{q(rb)}</td><td>—</td></tr>\n'
         f'<tr><td class="l">　　　项目支出</td><td>{mc(ip)}</td><td>{mc(ap)}</td><td>{mc(ep)}</td><td>—</td>'
         f'<td>{q(rp)}</td><td>—</td></tr>\n'
         '<tr><td rowspan="2">年度总体目标</td><td colspan="3">预期目标</td><td colspan="4">实际完成情况</td></tr>\n'
         '<tr><td colspan="3" class="l">举办全县性文体赛事活动20场以上，送戏进村72场，完成6个古村落文物保护修缮项目，'
         '新增全民健身路径15条；旅游接待人次增长5%以上，游客满意度达到90%以上。</td>'
         '<td colspan="4" class="l">举办文体赛事活动24场，送戏进村72场，完成文物保护修缮项目5个，新增全民健身路径16条；'
         '旅游接待人次增长7.8%，旅游综合收入63.2亿元，游客满意度92.4%。</td></tr>\n</table>\n'
         '<table class="zp" style="margin-top:-1px">\n'
         '<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td>'
         '<td>得分</td><td>偏差原因分析及改进措施</td></tr>\n']
    i = 0
    while i < len(ind):
        x = ind[i]
        o.append("<tr>")
        if i == 0 or ind[i - 1][0] != x[0]:
            n1 = sum(1 for y in ind if y[0] == x[0])
            o.append(f'<td rowspan="{n1}">{x[0]}</td>')
        if i == 0 or ind[i - 1][:2] != x[:2]:
            n2 = sum(1 for y in ind if y[:2] == x[:2])
            o.append(f'<td rowspan="{n2}">{x[1]}</td>' if n2 > 1 else f"<td>{x[1]}</td>")
        o.append(f'<td class="l">{x[2]}</td><td>{x[3]}</td><td>{x[4]}</td><td>{x[5]}</td><td>{fnum(x[6])}</td>'
                 f'<td class="l">{x[7]}</td></tr>\n')
        i += 1
    o.append(f'<tr><td colspan="5">总分</td><td>100</td><td>{f2(total)}</td><td>自评等级：优</td></tr>\n</table>\n'
             '<p style="font-size:12px">说明：1.年度资金总额得分＝执行率×分值；2.定量指标达到年度指标值的得满分，未达到的按'
             '“实际完成值÷年度指标值×分值”计分，“≤”类指标不超过指标值的得满分；3.定性指标根据完成情况酌情扣分；4.等级划分：'
             f'{BANDS77}。</p>\n<p style="font-size:13px">填表人：汪晓燕　　联系电话：0559-5521738　　填报日期：2025年4月25日'
             '</p>\n</div>\n')
    # the 2023 form, in a hidden panel: last year's report
    o.append('<div class="panel" id="p4" style="display:none">\n'
             '<h3 style="text-align:center;font-size:19px">部门整体支出绩效自评表</h3>\n'
             '<p style="text-align:center">（2023年度）</p>\n<table class="zp">\n'
             '<tr><td>项目</td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>执行率</td><td>分值</td>'
             '<td>得分</td></tr>\n<tr><td>年度资金总额</td><td>3,520.00</td><td>4,186.30</td><td>3,962.55</td>'
             '<td>94.66%</td><td>10</td><td>9.47</td></tr>\n</table>\n<table class="zp" style="margin-top:-1px">\n'
             '<tr><td>一级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr>\n'
             '<tr><td rowspan="3">产出指标</td><td>举办全县性文体赛事活动</td><td>≥18场</td><td>20场</td><td>15</td>'
             '<td>15</td></tr>\n<tr><td>送戏进村演出场次</td><td>≥70场</td><td>70场</td><td>15</td><td>15</td></tr>\n'
             '<tr><td>古村落文物保护修缮项目</td><td>≥5个</td><td>4个</td><td>15</td><td>12</td></tr>\n'
             '<tr><td rowspan="2">效益指标</td><td>全县旅游接待人次增长率</td><td>≥5%</td><td>6.1%</td><td>15</td>'
             '<td>15</td></tr>\n<tr><td>徽州古村落保护长效机制</td><td>健全</td><td>基本健全</td><td>15</td>'
             '<td>12.39</td></tr>\n<tr><td>满意度指标</td><td>游客满意度</td><td>≥90%</td><td>91.2%</td><td>15</td>'
             '<td>15</td></tr>\n<tr><td colspan="4">总分</td><td>100</td><td>93.86</td></tr>\n</table>\n</div>\n')
    o.append('</div>\n<div class="foot">主办：黟县人民政府办公室　　承办：黟县数据资源管理局<br>'
             '网站标识码：3410230004　　皖ICP备05017324号　　皖公网安备 34102302000118号</div>\n</body>\n</html>\n')
    return "".join(o)


ALL.append(h442())


# ============================================================ h443 南召县 (PDF scan: stapled, 骑缝章)

def h443():
    dept = "南召县林业局"
    project = "2024年南召县辛夷产业发展项目"
    unit = "南召县林业技术推广站"
    src = [("中央财政资金", 400.00, 400.00, 372.40), ("省级财政资金", 120.00, 160.00, 99.44),
           ("县级财政资金", 80.00, 120.00, 126.52)]  # PLANT SPENDING_OVER_BUDGET: 县级 126.52 > 120.00 (105.43%)
    ini, adj, ex = (r2(sum(x[i] for x in src)) for i in (1, 2, 3))
    assert (ini, adj, ex) == (600.00, 680.00, 598.36), (ini, adj, ex)
    rate = pct(ex, adj)
    no_half(ex / adj * 100, "rate")
    assert rate == 87.99
    for _, _, a_, e_ in src:
        no_half(e_ / a_ * 100, "src")
    src_rates = [pct(e_, a_) for _, _, a_, e_ in src]
    assert src_rates == [93.10, 62.15, 105.43], src_rates
    fs = r2(10 * rate / 100)
    no_half(10 * rate / 100, "fs")
    assert fs == 8.80
    # PLANT MALFORMED_RULE: the 说明's band rule for 苗木成活率: 80%（含）—85% and 75%（含）—85% overlap
    rule_bad = "苗木成活率≥85%的得满分，80%（含）—85%的得5分，75%（含）—85%的得3分，75%以下不得分"
    ind = [("产出指标", "数量指标", "新建辛夷标准化示范基地", "≥3000亩", "3000亩", 8, 8, ""),
           ("产出指标", "数量指标", "低产辛夷园改造", "≥5000亩", "4100亩", 7, P(4100, 5000, 7), "部分地块土地流转未完成"),
           ("产出指标", "数量指标", "发放辛夷优质苗木", "≥30万株", "28.5万株", 6, P(28.5, 30, 6), "部分农户补植推迟至秋季"),
           ("产出指标", "数量指标", "开展辛夷种植技术培训", "≥20期", "18期", 5, P(18, 20, 5), "2期培训因汛期取消"),
           ("产出指标", "质量指标", "苗木成活率", "≥85%", "88.6%", 7, 7, ""),
           ("产出指标", "质量指标", "示范基地建设验收合格率", "100%", "96%", 6, P(96, 100, 6), "4%地块补植后复验"),
           ("产出指标", "时效指标", "苗木栽植完成时间", "2024年4月底前", "2024年5月15日", 5, 3, "受春季干旱影响推迟栽植，扣2分"),
           ("产出指标", "成本指标", "示范基地亩均建设补助", "≤800元/亩", "780元/亩", 6, 6, ""),
           ("效益指标", "经济效益指标", "项目区辛夷亩均增收", "≥300元", "218元", 8, P(218, 300, 8), "辛夷花蕾收购价格下跌"),
           ("效益指标", "社会效益指标", "带动脱贫户增收户数", "≥1200户", "1080户", 7, P(1080, 1200, 7), "部分脱贫户外出务工"),
           ("效益指标", "生态效益指标", "项目区水土流失治理面积", "≥2000亩", "1860亩", 7, P(1860, 2000, 7), "部分地块整地推迟"),
           ("效益指标", "可持续影响指标", "辛夷产业联农带农机制", "健全", "部分合作社运行不规范", 8, 5.5,
            "3家合作社账目不规范、分红不及时，扣2.5分"),
           ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "82.5%", 5, P(82.5, 90, 5), "对收购价格波动有意见"),
           ("满意度指标", "服务对象满意度指标", "合作社满意度", "≥90%", "91.3%", 5, 5, "")]
    for w_, a_, t_ in ((7, 4100, 5000), (6, 28.5, 30), (5, 18, 20), (6, 96, 100), (8, 218, 300), (7, 1080, 1200),
                       (7, 1860, 2000), (5, 82.5, 90)):
        no_half(w_ * a_ / t_, "P")
    assert all(x[3] for x in missed_ok(ind)), missed_ok(ind)
    assert reasons_missing(ind) == []
    assert 10 + s2(ind, 5) == 100
    total = r2(fs + s2(ind, 6))
    assert total == 88.20, total
    printed_grade = "优"  # PLANT GRADE_OUTSIDE_BANDS: 88.19 is in the printed 80–90 band (良); the form says 优
    assert grade(total) == "良"
    rows = [dict(goal=None, code=None, level1=None, level2=None, level3="年度资金总额", target=None, actual=q(rate),
                 weight=10, score=fs)] + grows(ind)
    g = with_project(gold(None, dept, 2024, "COUNTY", "河南省", "SELF_EVALUATION", None, total, 100, printed_grade,
                          budget(ini, adj, ex, rate), [], rows), project, unit)
    M = dict(dept=dept, project=project, unit=unit, src=src, src_rates=src_rates, ini=ini, adj=adj, ex=ex, rate=rate,
             fs=fs, ind=ind, total=total, grade=printed_grade, rule_bad=rule_bad)
    fnd = [F("SPENDING_OVER_BUDGET", "县级财政资金",
             "其中：县级财政资金 | 80.00 | 120.00 | 126.52 | — | 105.43% | —", "126.52", "≤ 120.00", "HIGH", "WARNING",
             "the 县级 source spent 126.52 of a 全年预算 of 120.00 (105.43%) with no explanation; the fund as a whole is "
             f"under its budget ({mc(ex)} of {mc(adj)}, {q(rate)})"),
           F("MALFORMED_RULE", "苗木成活率",
             f"说明：3.{rule_bad} | 苗木成活率 | ≥85% | 88.6% | 7 | 7", "80%（含）—85% 5分；75%（含）—85% 3分",
             "overlapping bands", "HIGH", "WARNING",
             "the bands 80%（含）—85% (5分) and 75%（含）—85% (3分) overlap: a rate of 82% gets both 5 and 3 (the second band "
             "should end at 80%); the row's 88.6% → 7 is above both and right"),
           F("GRADE_OUTSIDE_BANDS", "自评等级",
             f"总分 | 100 | {f2(total)} | 自评等级：{printed_grade} | {BANDS77}", printed_grade, grade(total), "HIGH",
             "WARNING", f"{f2(total)} falls in the form's own 80–90 band (良); the score is the rows' sum and right")]
    traps = ["the PDF is a SCAN of a two-page form that was STAPLED (the staple's shadow at the top left of both pages) and "
             "stamped with a 骑缝章 across the right edges: each page carries one half of the round seal of 南召县林业局 at "
             "its right edge, and the whole seal sits over 填报单位 on page 2: the seal is not text; “第 1 页 / 共 2 页” are "
             "page numbers",
             f"funds: 400.00 + 120.00 + 80.00 = {mc(ini)}; 400.00 + 160.00 + 120.00 = {mc(adj)}; 372.40 + 99.44 + 126.52 = "
             f"{mc(ex)}; {q(rate)}, 中央 93.10%, 省级 62.15% right; 年初 < 全年 (省级 and 县级 追加)",
             f"年度资金总额 {q(rate)} × 10 = {f2(fs)} (the 说明's rule); 8 proportion rows (低产辛夷园改造 5.74, 发放辛夷优质"
             "苗木 5.70, 技术培训 4.50, 验收合格率 5.76, 亩均增收 5.81, 带动脱贫户 6.30, 水土流失治理 6.51, 种植户满意度 "
             "4.58), each with a reason; 苗木栽植完成时间 −2 and 联农带农机制 −2.5 with reasons",
             "新建辛夷标准化示范基地 3000 vs ≥3000亩 (met exactly); 示范基地亩均建设补助 780 vs ≤800元/亩 (a ceiling, met; a "
             "unit subsidy, not a budget figure); 苗木成活率 88.6% → 7 (above every band of its rule)",
             f"总分 {f2(total)} = the fund line + the 14 rows; 分值 10 + 90 = 100"]
    return {"stem": "h443_nanzhao_linye", "format": "pdf", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "draw": draw443}


def page443(M, k):
    """the HTML of page k (1 or 2) of the printed form, A4 at 96 css px per inch"""
    ind = M["ind"]
    css = ("<style>body{margin:0;background:#fff;font-family:'Noto Serif CJK SC','Noto Sans CJK SC',serif;color:#111}"
           ".pg{width:794px;height:1123px;box-sizing:border-box;padding:62px 60px 50px 66px;position:relative}"
           "table{border-collapse:collapse;width:100%;font-size:12px}td{border:1px solid #000;padding:4px 4px;"
           "text-align:center;line-height:1.35}td.l{text-align:left}.ft{position:absolute;bottom:34px;width:668px;"
           "text-align:center;font-size:12px}</style>")
    o = [f"<!DOCTYPE html><html><head><meta charset='utf-8'>{css}</head><body><div class='pg'>"]
    hdr = ("<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td>"
           "<td>得分</td><td>偏差原因分析及改进措施</td></tr>")

    def rows_html(part):
        s_ = []
        for i, x in enumerate(part):
            s_.append("<tr>")
            if i == 0 or part[i - 1][0] != x[0]:
                s_.append(f"<td rowspan='{sum(1 for y in part if y[0] == x[0])}'>{x[0]}</td>")
            if i == 0 or part[i - 1][:2] != x[:2]:
                s_.append(f"<td rowspan='{sum(1 for y in part if y[:2] == x[:2])}'>{x[1]}</td>")
            s_.append(f"<td class='l'>{x[2]}</td><td>{x[3]}</td><td>{x[4]}</td><td>{x[5]}</td><td>{fnum(x[6])}</td>"
                      f"<td class='l'>{x[7]}</td></tr>")
        return "".join(s_)
    if k == 1:
        o.append("<div style='text-align:center;font-size:24px;letter-spacing:2px'>项目支出绩效自评表</div>"
                 "<div style='text-align:center;font-size:14px;margin:4px 0 8px'>（2024年度）</div>"
                 "<div style='font-size:13px;margin-bottom:4px'>填报单位（盖章）：南召县林业局<span style='float:right'>"
                 "金额单位：万元</span></div><table>"
                 f"<tr><td colspan='2'>项目名称</td><td colspan='6' class='l'>{M['project']}</td></tr>"
                 f"<tr><td colspan='2'>主管部门</td><td colspan='2' class='l'>{M['dept']}</td><td colspan='1'>实施单位</td>"
                 f"<td colspan='3' class='l'>{M['unit']}</td></tr>"
                 "<tr><td rowspan='5'>项目资金（万元）</td><td></td><td>年初预算数</td><td>全年预算数</td>"
                 "<td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>"
                 f"<tr><td>年度资金总额</td><td>{mc(M['ini'])}</td><td>{mc(M['adj'])}</td><td>{mc(M['ex'])}</td><td>10</td>"
                 f"<td>{q(M['rate'])}</td><td>{f2(M['fs'])}</td></tr>")
        for i, ((nm, a_, b_, e_), r_) in enumerate(zip(M["src"], M["src_rates"])):
            o.append(f"<tr><td class='l'>{'其中：' if i == 0 else '　　　'}{nm}</td><td>{mc(a_)}</td><td>{mc(b_)}</td>"
                     f"<td>{mc(e_)}</td><td>—</td><td>{q(r_)}</td><td>—</td></tr>")
        o.append("<tr><td rowspan='2'>年度总体目标</td><td colspan='3'>预期目标</td><td colspan='4'>实际完成情况</td></tr>"
                 "<tr><td colspan='3' class='l' style='height:92px'>新建辛夷标准化示范基地3000亩，改造低产辛夷园5000亩，"
                 "发放优质苗木30万株，开展技术培训20期；项目区辛夷亩均增收300元以上，带动1200户脱贫户增收。</td>"
                 "<td colspan='4' class='l'>新建示范基地3000亩，改造低产园4100亩，发放苗木28.5万株，开展培训18期；"
                 "受收购价格下跌影响，亩均增收218元，带动脱贫户1080户增收。</td></tr></table>"
                 "<table style='margin-top:-1px'>" + hdr + rows_html(ind[:8]) + "</table>"
                 "<div class='ft'>第 1 页　共 2 页</div>")
    else:
        o.append("<table>" + hdr + rows_html(ind[8:]) +
                 f"<tr><td colspan='5'>总分</td><td>100</td><td>{f2(M['total'])}</td><td>自评等级：{M['grade']}</td></tr>"
                 "</table><div style='font-size:12.5px;line-height:1.7;margin-top:10px'>说明：1.年度资金总额得分＝执行率×"
                 "分值；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”计分，“≤”类指标不超过指标值"
                 f"的得满分；3.{M['rule_bad']}；4.定性指标根据完成情况酌情扣分；5.等级划分：{BANDS77}。</div>"
                 "<div style='font-size:13.5px;margin-top:34px;line-height:2.2'>填报单位（盖章）：南召县林业局<br>"
                 "填表人：李春阳　　审核人：王德胜　　联系电话：0377-66921453<br>填报日期：2025年4月23日</div>"
                 "<div class='ft'>第 2 页　共 2 页</div>")
    o.append("</div></body></html>")
    return "".join(o)


def draw443(rep, path):
    import numpy as np
    import pikepdf
    from PIL import Image, ImageFilter
    from reports74 import seal_image
    M = rep["meta"]
    d = tempfile.mkdtemp(prefix="r77_443_")
    scale = 200 / 96
    seal, _ = seal_image("南召县林业局", 330, 4431)
    red = Image.new("RGB", seal.size, (214, 40, 46))
    pdf = pikepdf.new()
    for k in (1, 2):
        png = os.path.join(d, f"p{k}.png")
        screenshot(page443(M, k), 794, 1123, png, scale)
        im = Image.open(png).convert("RGB").resize((1654, 2339), Image.LANCZOS)
        W, Hh = im.size
        # 骑缝章: the seal straddling the right edge of the fanned pages: page 1 shows its left half, page 2 its right
        half = seal.size[0] // 2
        sy = 1060
        part = seal.crop((0, 0, half, seal.size[1])) if k == 1 else seal.crop((half, 0, seal.size[0], seal.size[1]))
        im.paste(red.crop((0, 0) + part.size), (W - part.size[0] - 8, sy), part)
        if k == 2:
            im.paste(red, (391, 1008), seal)  # the unit's seal over 填报单位
        a = np.asarray(im, np.float32)
        rs = np.random.RandomState(4430 + k)
        # staple: two short dark bars and their shadow at the top left
        for (x0, y0) in ((92, 58),):
            a[y0:y0 + 7, x0:x0 + 96] *= 0.25
            a[y0 + 7:y0 + 12, x0 + 4:x0 + 100] *= 0.75
        a = a * np.array([0.975, 0.968, 0.945]) + rs.normal(0, 6, a.shape)
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.6)).rotate(
            (0.31, -0.22)[k - 1], resample=Image.BICUBIC, fillcolor=(246, 244, 238))
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=72, optimize=False, progressive=False, subsampling=2, dpi=(200, 200))
        img = pikepdf.Stream(pdf, buf.getvalue())
        img.Type, img.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
        img.Width, img.Height, img.ColorSpace = W, Hh, pikepdf.Name.DeviceRGB
        img.BitsPerComponent, img.Filter = 8, pikepdf.Name.DCTDecode
        pw, ph = 595.28, 841.89
        content = pikepdf.Stream(pdf, f"q {pw} 0 0 {ph} 0 0 cm /Im0 Do Q".encode())
        page = pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=[0, 0, pw, ph], Contents=content,
                                  Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=img)))
        pdf.pages.append(pikepdf.Page(page))
    pdf.docinfo["/Producer"] = "EPSON Scan"
    pdf.docinfo["/Creator"] = "EPSON Scan"
    pdf.docinfo["/CreationDate"] = "D:20250428091536+08'00'"
    pdf.save(path, static_id=True)


ALL.append(h443())


def drop_test():
    """for every planted finding in turn: would write_gold's recheck stop without it? (nothing is written)"""
    import heldout4
    for rep in sorted(ALL, key=lambda r: r["stem"]):
        seen = heldout4.recheck(rep["gold"])
        for f in rep["findings"]:
            rest = {x["kind"] for x in rep["findings"] if x is not f}
            left = [f"{k}: {w}" for k, w in seen if not H.COVERS[k] & rest]
            print(rep["stem"], "without", f["kind"], "->", "stops with " + "; ".join(left) if left else
                  "passes (beyond the recheck; asserted in the spec)")


def main(argv):
    if argv == ["--drop"]:
        return drop_test()
    round_main(argv, sorted(ALL, key=lambda r: r["stem"]), "77")


if __name__ == "__main__":
    main(sys.argv[1:])
