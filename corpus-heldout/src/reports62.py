#!/usr/bin/python3
"""Round 62 (h364–h368): layouts and file features not used before, each with PLANTED audit problems, made apart from
the code by the corpus62 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report
whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 -B corpus-heldout/src/reports62.py [h364 …]
(needs python-docx, openpyxl, reportlab and Pillow; the HTML and the hand-made XML parts are strings:
h364 an XLSX 项目 form whose title, year, 填报单位 / 主管部门, 金额单位 and sign-off exist only in the sheet's PAGE HEADER
and FOOTER (headerFooter oddHeader / oddFooter with &L / &C / &R sections, font and size codes, &P / &N), with a print
area and print titles as defined names;
h365 a third-party 部门整体 绩效评价报告 as printed in a county GOVERNMENT GAZETTE (县人民政府公报): two-column typesetting,
running heads mirrored on odd / even pages, gazette page numbers (23–25), the previous document's tail on the first page,
full-width (通栏) tables breaking the columns;
h366 a DOCX 部门整体 form with DIAGONAL-SPLIT HEADER CELLS (斜线表头: w:tcBorders/w:tl2br, the two header words in one cell,
one right-aligned above, one left-aligned below) and DISTRIBUTED labels (w:jc distribute, and labels typed with spaces:
“填 报 单 位”);
h367 a budget-performance portal's single-page-app page saved from the browser, whose tables are ELEMENT-UI DATA GRIDS
(el-table: header, body and footer in separate <table>s, a fixed-left copy of the whole grid with the other cells
is-hidden, a gutter column, el-descriptions for the head, an el-tag for the grade);
h368 an XLSX 项目 form saved by WPS 表格 whose seal and signature are WPS CELL IMAGES (=DISPIMG("ID_…",1) cells whose
cached value is the formula's own text, xl/cellimages.xml with its relationships and media, KSOProductBuildVer in
docProps/custom.xml).)
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


RULES = ("说明：1.年度资金总额得分＝执行率×分值；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”计分，"
         "反向指标（“≤”）不超过指标值的得满分；3.定性指标根据完成情况酌情扣分；")


# ------------------------------------------------------------ a shared openpyxl project form (h364, h368)

def xl_form(ws, M, first_row, head_fill, put_title):
    """the 项目支出绩效自评表 grid from first_row on: 项目名称 (and 主管部门 | 实施单位 when put_title), the fund block, the
    年度总体目标, the indicator header and rows, 总分; returns {name: row} of the landmarks"""
    from openpyxl.styles import Alignment, Border, Font, Side
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    f10, f10b, f9 = Font(name="宋体", size=10), Font(name="宋体", size=10, bold=True), Font(name="宋体", size=9)

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

    marks = {}
    r = first_row
    put(r, 1, "项目名称", f10b)
    merge(r, 1, r, 2)
    put(r, 3, M["project"], h="left")
    merge(r, 3, r, 9)
    r += 1
    if put_title:
        put(r, 1, "主管部门", f10b)
        merge(r, 1, r, 2)
        put(r, 3, M["dept"], h="left")
        merge(r, 3, r, 4)
        put(r, 5, "实施单位", f10b)
        put(r, 6, M["unit"], h="left")
        merge(r, 6, r, 9)
        r += 1
    for k, hd in ((1, "项目资金（万元）"), (4, "年初预算数"), (5, "全年预算数"), (6, "全年执行数"), (7, "分值"), (8, "执行率"),
                  (9, "得分")):
        put(r, k, hd, f10b, fill=head_fill)
    merge(r, 1, r, 3)
    r += 1
    marks["fund"] = r
    lines = [("年度资金总额", M["ia"], M["aa"], M["ea"])] + list(M["src"])
    for i, (lab, a, b, e) in enumerate(lines):
        put(r, 1, lab, h="left")
        merge(r, 1, r, 3)
        for k, v in enumerate((a, b, e)):
            put(r, 4 + k, v, h="right", fmt_="#,##0.00")
        if i == 0:
            put(r, 7, 10, fmt_="0")
            put(r, 8, round(M["rate"] / 100, 6), fmt_="0.00%")
            put(r, 9, M["fs_shown"], fmt_="0.00")
        else:
            put(r, 7, "—")
            put(r, 8, round(pct(e, b) / 100, 6), fmt_="0.00%")
            put(r, 9, "—")
        r += 1
    put(r, 1, "年度总体目标", f10b)
    merge(r, 1, r + 1, 1)
    put(r, 2, "预期目标", f10b)
    put(r, 3, M["plan"], h="left")
    merge(r, 3, r, 9)
    ws.row_dimensions[r].height = 44
    put(r + 1, 2, "实际完成情况", f10b)
    put(r + 1, 3, M["done"], h="left")
    merge(r + 1, 3, r + 1, 9)
    ws.row_dimensions[r + 1].height = 56
    r += 2
    marks["head"] = r
    for k, hd in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"], 1):
        put(r, k, hd, f10b, fill=head_fill)
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
    r = first + len(ind)
    marks["total"] = r
    put(r, 1, "总分", f10b)
    merge(r, 1, r, 5)
    put(r, 6, 100, f10b, fmt_="0")
    put(r, 7, M["total_shown"], f10b, fmt_="0.00")
    put(r, 8, f"自评等级：{M['grade']}", f10b)
    merge(r, 8, r, 9)
    r += 1
    marks["note"] = r
    c = ws.cell(row=r, column=1, value=M["note"])
    c.alignment = Alignment(wrap_text=True, vertical="top")
    c.font = f9
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.row_dimensions[r].height = 52
    return marks


def new_book(title):
    from openpyxl import Workbook
    wb = Workbook()
    wb.properties.created = wb.properties.modified = H.A.FIXED
    wb.properties.creator = ""
    ws = wb.active
    ws.title = title
    for k, wd in enumerate((11, 13, 26, 15, 15, 13, 8, 9, 30)):
        ws.column_dimensions[chr(65 + k)].width = wd
    return wb, ws


# ============================================================ h364 雷山县农业农村局 (XLSX, identification only in the PAGE HEADER / FOOTER)

def h364():
    dept, unit = "雷山县农业农村局", "雷山县茶叶产业发展中心"
    project = "2024年雷山县茶产业提质增效项目"
    src = [("其中：中央衔接推进乡村振兴补助资金", 500.00, 500.00, 486.30), ("　　　省级财政衔接资金", 200.00, 260.00, 236.11),
           ("　　　县级配套资金", 160.00, 160.00, 140.00)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    assert (ia, aa, ea, rate) == (860.00, 920.00, 862.41, 93.74), (ia, aa, ea, rate)
    assert [pct(x[3], x[2]) for x in src] == [97.26, 90.81, 87.5]
    fs = r2(rate / 10)
    no_half(rate / 10, "fund")
    assert fs == 9.37
    fs_shown = 9.73  # PLANT BUDGET_ROW_SCORE: 年度资金总额 93.74% × 10 = 9.37, printed 9.73 (digits transposed)
    organic = 7  # PLANT TARGET_MISSED_FULL_MARKS: 有机茶园认证面积 1092 of ≥1200亩 at full 7, no reason
    study = "100%"  # PLANT RATE_OVER_ZERO_BASE: 茶旅研学接待人次增长率 over a 2023 base of 0 (研学 began June 2024)
    ind = [("产出指标", "数量指标", "低产茶园改造面积", "≥5000亩", "5120亩", 8, 8, ""),
           ("产出指标", "数量指标", "新建标准化茶叶加工厂", "≥3个", "3个", 6, 6, ""),
           ("产出指标", "数量指标", "茶叶初制所清洁化改造", "≥20家", "20家", 6, 6, ""),
           ("产出指标", "数量指标", "茶农技术培训", "≥1500人次", "1380人次", 6, P(1380, 1500, 6),
            "部分村寨农忙期集中培训参训率低；按完成比例计分"),
           ("产出指标", "质量指标", "茶叶质量安全抽检合格率", "≥98%", "99.2%", 6, 6, ""),
           ("产出指标", "质量指标", "有机茶园认证面积", "≥1200亩", "1092亩", 7, organic, ""),
           ("产出指标", "时效指标", "项目完工及时率", "≥95%", "91.4%", 5, P(91.4, 95, 5),
            "2个加工厂因设备到货延迟于2025年1月完工；按完成比例计分"),
           ("产出指标", "成本指标", "低产茶园改造亩均成本", "≤1200元/亩", "1168元/亩", 6, 6, ""),
           ("效益指标", "经济效益指标", "带动茶农户均增收", "≥1500元", "1620元", 6, 6, ""),
           ("效益指标", "经济效益指标", "茶叶综合产值增长率", "≥8%", "9.6%", 6, 6, ""),
           ("效益指标", "社会效益指标", "茶旅研学接待人次增长率", "≥10%", study, 6, 6, ""),
           ("效益指标", "社会效益指标", "带动脱贫户就业", "≥800人", "836人", 6, 6, ""),
           ("效益指标", "可持续影响指标", "茶园生态管护机制", "健全", "基本健全", 6, 5, "部分茶园管护责任未落实到户，下一步纳入村规民约"),
           ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%", "93.1%", 5, 5, ""),
           ("满意度指标", "服务对象满意度指标", "茶企满意度", "≥90%", "88.2%", 5, P(88.2, 90, 5),
            "加工厂用电增容办理周期较长；按完成比例计分")]
    assert len(ind) == 15 and s2(ind, 5) == 90
    assert [x[6] for x in ind if x[7].endswith("计分")] == [5.52, 4.81, 4.9]
    for a, t_, w in ((1380, 1500, 6), (91.4, 95, 5), (88.2, 90, 5), (1092, 1200, 7)):
        no_half(a / t_ * w, "prop")
    rows_sum = s2(ind, 6)
    total = r2(fs_shown + rows_sum)
    assert total == 97.96 and grade(total) == "优" and grade(r2(fs + rows_sum)) == "优", total
    fund = (None, None, "年度资金总额", None, q(rate), 10, fs_shown, "")
    g = gold(None, dept, 2024, "COUNTY", "贵州省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate), [], grows([fund] + ind))
    g = with_project(g, project, unit)
    plan = ("改造低产茶园5000亩，新建标准化茶叶加工厂3个，完成茶叶初制所清洁化改造20家，培训茶农1500人次，新增有机茶园认证1200亩；"
            "茶叶质量安全抽检合格率98%以上；带动茶农户均增收1500元以上，茶旅研学接待人次增长10%以上。")
    done = ("改造低产茶园5120亩，新建标准化茶叶加工厂3个，完成初制所清洁化改造20家，培训茶农1380人次，新增有机茶园认证1092亩"
            "（其余108亩转换期未满，2025年申请认证）；抽检合格率99.2%；茶农户均增收1620元。2024年6月起依托茶园开办茶旅研学（2023年"
            "未开展研学活动），全年接待研学学生1.26万人次。")
    header = {"left": (f"填报单位（盖章）：{unit}\n主管部门：{dept}", "宋体,常规", 10),
              "center": ("项目支出绩效自评表\n（2024年度）", "黑体,常规", 16),
              "right": ("金额单位：万元", "宋体,常规", 10)}
    footer = {"left": ("填报人：杨春兰　　联系电话：0855-3332618", "宋体,常规", 9),
              "center": ("第 &P 页，共 &N 页", "宋体,常规", 9),
              "right": ("填报日期：2025年4月16日", "宋体,常规", 9)}
    meta = dict(dept=dept, unit=unit, project=project, src=src, ia=ia, aa=aa, ea=ea, rate=rate, fs_shown=fs_shown,
                ind=ind, total_shown=total, grade="优", plan=plan, done=done, header=header, footer=footer,
                note=RULES + "4.等级划分：" + BANDS)
    fnd = [F("BUDGET_ROW_SCORE", "年度资金总额", f"年度资金总额 | {mc(ia)} | {mc(aa)} | {mc(ea)} | 10 | {q(rate)} | 9.73",
             "9.73", "9.37", "HIGH", "ERROR",
             f"the 说明's rule 得分＝执行率×分值 gives {q(rate)} × 10 = 9.374 → 9.37 ({mc(ea)} ÷ {mc(aa)} = {q(rate)} is right); "
             "the printed 9.73 has its digits transposed and the 总分 97.96 adds it as printed (97.60 with 9.37; 优 either "
             "way)"),
           F("TARGET_MISSED_FULL_MARKS", "有机茶园认证面积", "产出指标 | 质量指标 | 有机茶园认证面积 | ≥1200亩 | 1092亩 | 7 | 7",
             "7", "< 7", "HIGH", "WARNING",
             "1092亩 is below the ≥1200亩 target (the 实际完成情况 says the other 108亩 will apply in 2025), yet the row scores "
             "the full 7 with no 偏差原因; the printed proportion rule gives 7 × 1092 ÷ 1200 = 6.37"),
           F("RATE_OVER_ZERO_BASE", "茶旅研学接待人次增长率",
             "效益指标 | 社会效益指标 | 茶旅研学接待人次增长率 | ≥10% | 100% | 6 | 6 / 实际完成情况：2024年6月起依托茶园开办茶旅研学"
             "（2023年未开展研学活动），全年接待研学学生1.26万人次", study, "— (base 0)", "HIGH", "WARNING",
             "the 实际完成情况 says there was no 研学 in 2023 (a base of 0) and 1.26万人次 in 2024: a growth rate over a zero "
             "base is undefined, yet the row prints 100% and scores the full 6 against ≥10%")]
    return {"stem": "h364_leishan_nongye", "format": "xlsx", "write": write364, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the title, the year, the 填报单位 and 主管部门, the 金额单位 and the sign-off (填报人, 联系电话, 填报日期) are "
                      "ONLY in the sheet's PAGE HEADER and FOOTER (headerFooter oddHeader / oddFooter, &L / &C / &R sections with "
                      "&\"宋体,常规\" / &\"黑体,常规\" font and &10 / &16 size codes, &P / &N page fields): no cell holds them; the "
                      "codes are not text and “第 &P 页，共 &N 页” is not a figure; the print area A1:I26 and print titles "
                      "($9:$9) are defined names, not content",
                      f"funds: the three sources add up in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {q(rate)}, 中央 97.26%, "
                      "省级 90.81%, 县级 87.50% right; all under budget; 年初 < 全年 (省级 追加)",
                      "three rows below target scored by the proportion rule with reasons: 茶农技术培训 6 × 1380 ÷ 1500 = 5.52, "
                      "项目完工及时率 5 × 91.4 ÷ 95 = 4.811 → 4.81, 茶企满意度 5 × 88.2 ÷ 90 = 4.9; 茶园生态管护机制 −1 with a "
                      "reason (judgement)",
                      "新建标准化茶叶加工厂 3 vs ≥3个 and 初制所清洁化改造 20 vs ≥20家 (met exactly); 亩均成本 1168 vs ≤1200元/亩 "
                      "(a ceiling, met; not a budget figure); 茶叶综合产值增长率 9.6% is a growth over a real 2023 base",
                      "总分 97.96 = 9.73 + the 15 rows as printed (no TOTAL_VS_ROWS); the 分值 90 + 10 = 100; 优"]}


def write364(rep, path):
    from openpyxl.styles import PatternFill
    M = rep["meta"]
    wb, ws = new_book("项目支出绩效自评表")
    marks = xl_form(ws, M, 1, PatternFill("solid", fgColor="E2EFDA"), put_title=False)
    assert marks["head"] == 9 and marks["note"] == 26, marks
    for part, sec in (("left", ws.oddHeader.left), ("center", ws.oddHeader.center), ("right", ws.oddHeader.right)):
        sec.text, sec.font, sec.size = M["header"][part]
    for part, sec in (("left", ws.oddFooter.left), ("center", ws.oddFooter.center), ("right", ws.oddFooter.right)):
        sec.text, sec.font, sec.size = M["footer"][part]
    ws.print_title_rows = "9:9"
    ws.print_area = "A1:I26"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_margins.top, ws.page_margins.header = 1.3, 0.4
    wb.save(path)
    H.A.normalize_zip(path)


ALL.append(h364())


# ============================================================ h365 沂水县卫生健康局 (PDF, a GOVERNMENT GAZETTE's two-column pages)

def h365():
    dept, ev = "沂水县卫生健康局", "山东沂蒙明信项目管理咨询有限公司"
    parts = {"基本支出": (12106.30, 12588.42, 12540.17), "项目支出": (6314.30, 7982.60, 7405.39)}
    ib, ab, eb = parts["基本支出"]
    ip, ap, ep = parts["项目支出"]
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    rate, rb, rp = pct(ea, aa), pct(eb, ab), pct(ep, ap)
    assert (ia, aa, ea, rate, rb, rp) == (18420.60, 20571.02, 19945.56, 96.96, 99.62, 92.77), (ia, aa, ea, rate, rb, rp)
    signed, group = 21.36, 27.42
    sign_rate = pct(signed, group)
    assert sign_rate == 77.90, sign_rate
    sign_shown = "78.90%"  # PLANT FORMULA: 21.36 ÷ 27.42 = 77.90%, printed 78.90% (三（三）'s calculation, copied to 附表)
    clinic_score = 6  # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: 乡镇卫生院提升改造 按计划完成 at full 6; 三（三） and 四 say 11 of 12
    ind = [("决策", "项目立项", "绩效目标合理性", "合理", "部分指标未细化量化", 5, 4.5, "2项效益指标未设置量化值，扣0.5分"),
           ("决策", "项目立项", "决策依据充分性", "充分", "充分", 5, 5, ""),
           ("决策", "资金投入", "资金分配合理性", "合理", "合理", 5, 5, ""),
           ("过程", "资金管理", "预算执行率", "≥95%", q(rate), 6, 6, ""),
           ("过程", "资金管理", "资金使用合规性", "合规", "合规", 5, 5, ""),
           ("过程", "组织实施", "财务管理制度健全性", "健全", "健全", 4, 4, ""),
           ("过程", "组织实施", "资产管理规范性", "规范", "2处资产未及时入账", 5, 4, "2处新建业务用房未及时转固入账，扣1分"),
           ("产出", "数量指标", "65岁及以上老年人健康管理人数", "≥9.5万人", "9.21万人", 8, P(9.21, 9.5, 8),
            "按完成比例计分"),
           ("产出", "质量指标", "重点人群家庭医生签约率", "≥75%", sign_shown, 8, 8, ""),
           ("产出", "数量指标", "乡镇卫生院提升改造", "12所", "按计划完成", 6, clinic_score, ""),
           ("产出", "质量指标", "适龄儿童免疫规划疫苗接种率", "≥95%", "97.3%", 6, 6, ""),
           ("产出", "时效指标", "法定传染病报告及时率", "100%", "100%", 6, 6, ""),
           ("产出", "数量指标", "基层卫生人员培训", "≥2000人次", "1860人次", 6, P(1860, 2000, 6), "按完成比例计分"),
           ("效益", "社会效益", "县域内就诊率", "≥90%", "91.2%", 7, 7, ""),
           ("效益", "社会效益", "居民健康素养水平", "≥30%", "31.5%", 6, 6, ""),
           ("效益", "社会效益", "孕产妇死亡率", "≤10/10万", "0/10万", 6, 6, ""),
           ("效益", "可持续影响", "卫生健康服务长效机制", "健全", "基本健全", 6, 5, "村卫生室运行补助机制未完全落实，扣1分")]
    assert len(ind) == 17 and s2(ind, 5) == 100
    assert [x[6] for x in ind if x[7] == "按完成比例计分"] == [7.76, 5.58]
    no_half(9.21 / 9.5 * 8, "elderly")
    names = ["决策", "过程", "产出", "效益"]
    secs_ = [(n, s2([x for x in ind if x[0] == n], 5), s2([x for x in ind if x[0] == n], 6)) for n in names]
    assert secs_ == [("决策", 15, 14.5), ("过程", 20, 19), ("产出", 40, 39.34), ("效益", 25, 24)], secs_
    total = r2(sum(s for _, _, s in secs_))
    assert total == 96.84 and grade(total) == "优"
    srates = [pct(s, w) for _, w, s in secs_]
    assert srates == [96.67, 95.0, 98.35, 96.0], srates
    shown_rates = [q(x) for x in srates]
    shown_rates[2] = "98.53%"  # PLANT SCORE_RATE: 产出 39.34 ÷ 40 = 98.35%, printed 98.53%
    g = gold(None, dept, 2024, "COUNTY", "山东省", "THIRD_PARTY_EVALUATION", ev, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), secs_, grows(ind))
    meta = dict(dept=dept, ev=ev, parts=parts, ia=ia, aa=aa, ea=ea, rate=rate, rb=rb, rp=rp, ind=ind, secs=secs_,
                shown_rates=shown_rates, total=total, signed=signed, group=group, sign_shown=sign_shown)
    fnd = [F("SCORE_RATE", "产出 得分率", "表2 | 产出 | 40 | 39.34 | 98.53%", "98.53%", "98.35%", "HIGH", "ERROR",
             "表2 gives 产出 39.34 of 40: 39.34 ÷ 40 = 98.35%, printed 98.53% (digits transposed); the other three 得分率 "
             "(96.67%, 95.00%, 96.00%) are right and no score depends on the rate"),
           F("FORMULA", "重点人群家庭医生签约率",
             f"三（三）：重点人群家庭医生签约率＝已签约重点人群{signed}万人÷重点人群总数{group}万人＝{sign_shown}", sign_shown,
             q(sign_rate), "HIGH", "ERROR",
             f"{signed} ÷ {group} = 0.7790 → 77.90%, not 78.90%; the 附表 copies 78.90% as the 实际完成值 (one finding); "
             "both meet ≥75%, so the row's full 8 stands"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "乡镇卫生院提升改造",
             "附表 | 产出 | 数量指标 | 乡镇卫生院提升改造 | 6 | 12所 | 按计划完成 | 6 / 三（三）：全年计划提升改造乡镇卫生院12所，"
             "完成11所，高桥镇卫生院因用地手续延误，主体工程尚未完工", "6", "< 6", "HIGH", "WARNING",
             "the 评分表 row says 按计划完成 and pays the full 6 with no 扣分原因, while 三（三） and 四（二） say 11 of the 12 "
             "卫生院 were finished and 高桥镇's is not; in proportion it would be 6 × 11 ÷ 12 = 5.5")]
    return {"stem": "h365_yishui_weijian", "format": "pdf", "draw": draw365, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the pages are a county GOVERNMENT GAZETTE's (《沂水县人民政府公报》2025年第3期): the report is set in TWO "
                      "COLUMNS (read column 1 down, then column 2, band by band between the full-width tables); a reader "
                      "going line by line across the page interleaves the two columns; the running heads (公报 name, 期号, "
                      "栏目 “部门文件”) are mirrored on odd / even pages and the page numbers “— 23 —” and “— 24 —” are "
                      "the gazette's, not figures; page 23 opens with the END OF THE PREVIOUS DOCUMENT (a 县政府办公室 notice, "
                      "its signature and 2025年4月28日) which is not part of the report",
                      f"表1: 基本 + 项目 = 合计 in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {q(rate)}, 基本 {q(rb)}, "
                      f"项目 {q(rp)} right; all under budget; 年初 < 全年 (追加); the prose's 预算执行率 calculation "
                      f"{mc(ea)} ÷ {mc(aa)} = {q(rate)} is right",
                      "表2: 决策 96.67%, 过程 95.00%, 效益 96.00% right; the four 一级 scores add to 96.84 = the 附表's 17 rows",
                      "老年人健康管理 8 × 9.21 ÷ 9.5 = 7.756 → 7.76 and 基层卫生人员培训 6 × 1860 ÷ 2000 = 5.58 (the printed "
                      "proportion rule); 绩效目标合理性 −0.5, 资产管理 −1 and 长效机制 −1 with reasons (judgement); 孕产妇死亡率 "
                      "0/10万 vs ≤10/10万 (a ceiling, met); 预算执行率 96.96% ≥95% (full 6 by the rule)",
                      "the 家庭医生签约率 is 77.90% or 78.90%: ≥75% either way (its FORMULA finding changes no score); 优"]}


GZ = dict(name="沂水县人民政府公报", issue="2025年第3期", column="部门文件", first_page=23)


def draw365(rep, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reports32 import new_canvas, FONT, wrap
    M = rep["meta"]
    W, Hh = A4
    buf = io.BytesIO()
    c = new_canvas(buf, (W, Hh))
    X0, X1, GAP = 56.0, W - 56.0, 18.0
    CW = (X1 - X0 - GAP) / 2
    TOP, BOT = Hh - 78.0, 70.0
    LEAD, SZ = 15.0, 9.5
    st = {"page": GZ["first_page"], "y": TOP}

    def chrome():
        n = st["page"]
        c.setFont(FONT, 9)
        left, right = (GZ["name"], GZ["issue"]) if n % 2 else (GZ["issue"], GZ["name"])
        c.drawString(X0, Hh - 50, left)
        c.drawRightString(X1, Hh - 50, right)
        c.drawCentredString(W / 2, Hh - 50, f"【{GZ['column']}】")
        c.setLineWidth(1.2)
        c.line(X0, Hh - 56, X1, Hh - 56)
        c.setLineWidth(0.4)
        c.line(X0, Hh - 58.5, X1, Hh - 58.5)
        c.setFont(FONT, 10)
        num = f"— {n} —"
        if n % 2:
            c.drawRightString(X1, 42, num)
        else:
            c.drawString(X0, 42, num)

    def new_page():
        c.showPage()
        st["page"] += 1
        st["y"] = TOP
        chrome()

    def prose_lines(paras):
        """paragraphs wrapped to the column width, first lines indented two characters"""
        out = []
        for kind, text in paras:
            if kind == "h":
                out.append((0.0, text))
                continue
            first = wrap(text, CW - 3 * SZ, SZ)[0]  # one character's room kept for hanging punctuation
            rest = text[len(first):]
            out.append((2 * SZ, first))
            if rest:
                out += [(0.0, ln) for ln in wrap(rest, CW - SZ, SZ)]
        return out

    def columns(paras):
        lines = prose_lines(paras)
        while lines:
            cap = int((st["y"] - BOT) // LEAD)
            if cap < 2:
                new_page()
                continue
            if len(lines) <= 2 * cap:
                n1 = (len(lines) + 1) // 2
                chunk, lines = lines, []
            else:
                n1 = cap
                chunk, lines = lines[:2 * cap], lines[2 * cap:]
            c.setFont(FONT, SZ)
            for k, (ind_, ln) in enumerate(chunk):
                col, row_ = (0, k) if k < n1 else (1, k - n1)
                c.drawString(X0 + col * (CW + GAP) + ind_, st["y"] - SZ - row_ * LEAD, ln)
            st["y"] -= n1 * LEAD + 6
            if lines:
                new_page()

    def full(text, size=SZ, center=False, gap=None):
        if st["y"] - size - 4 < BOT:
            new_page()
        c.setFont(FONT, size)
        if center:
            c.drawCentredString(W / 2, st["y"] - size, text)
        else:
            c.drawString(X0, st["y"] - size, text)
        st["y"] -= gap or size * 1.7

    def table(rows, widths, merges=(), size=8.0, aligns=None):
        """a full-width ruled table: every cell a stroked rectangle (merged cells one rectangle)"""
        scale = (X1 - X0) / sum(widths)
        ws_ = [w * scale for w in widths]
        xs = [X0]
        for w in ws_:
            xs.append(xs[-1] + w)
        covered = {}
        for r1, c1, r2_, c2 in merges:
            for rr in range(r1, r2_ + 1):
                for cc in range(c1, c2 + 1):
                    covered[(rr, cc)] = (r1, c1, r2_, c2)
        heights = []
        for i, rw in enumerate(rows):
            n = 1
            for j, t in enumerate(rw):
                m = covered.get((i, j))
                if m and (m[2] > m[0]) or t is None:
                    continue
                wd = (xs[(m[3] if m else j) + 1] - xs[j]) - 6
                n = max(n, len(wrap(t, wd, size)))
            heights.append(n * (size + 3) + 7)
        if st["y"] - sum(heights) < BOT:
            new_page()
        ys = [st["y"]]
        for h_ in heights:
            ys.append(ys[-1] - h_)
        c.setLineWidth(0.6)
        for i, rw in enumerate(rows):
            for j, t in enumerate(rw):
                m = covered.get((i, j))
                if m and (m[0], m[1]) != (i, j):
                    continue
                r1, c1, r2_, c2 = m or (i, j, i, j)
                x0, x1, ytop, ybot = xs[c1], xs[c2 + 1], ys[r1], ys[r2_ + 1]
                c.rect(x0, ybot, x1 - x0, ytop - ybot, stroke=1, fill=0)
                lines = wrap(t or "", x1 - x0 - 6, size)
                hh = len(lines) * (size + 3)
                yy = (ytop + ybot) / 2 + hh / 2 - size
                c.setFont(FONT, size)
                a = (aligns or "c" * len(rw))[j]
                for ln in lines:
                    if a == "l":
                        c.drawString(x0 + 3, yy, ln)
                    elif a == "r":
                        c.drawRightString(x1 - 3, yy, ln)
                    else:
                        c.drawCentredString((x0 + x1) / 2, yy, ln)
                    yy -= size + 3
        st["y"] = ys[-1] - 8

    chrome()
    # the end of the previous document in this issue (not part of the report)
    columns([("p", "各乡镇（街道）、县直各部门要高度重视，将农村饮水安全工程管护纳入年度重点工作，明确专人负责，加强日常巡查，确保"
                   "工程长效运行。县水利局要会同县财政局做好资金保障和绩效管理，每半年通报一次工作进展。"),
             ("p", "本通知自印发之日起施行。"), ("h", "　　　　　　　　　　　　沂水县人民政府办公室"),
             ("h", "　　　　　　　　　　　　　2025年4月28日")])
    st["y"] -= 10
    full("沂水县卫生健康局2024年度部门整体支出", 15, center=True, gap=22)
    full("绩效评价报告（摘要）", 15, center=True, gap=22)
    full(f"{M['ev']}", 10, center=True, gap=22)
    a, b = M["parts"]["基本支出"], M["parts"]["项目支出"]
    columns([("p", f"受沂水县财政局委托，{M['ev']}（以下简称评价组）于2025年3月至5月对沂水县卫生健康局2024年度部门整体支出开展了绩效"
                   "评价。评价组采取资料核查、现场勘察、问卷调查和座谈访谈相结合的方式，依据部门整体支出绩效评价指标体系逐项评分。现将"
                   "评价情况摘要如下。"),
             ("h", "一、部门基本情况"),
             ("p", "沂水县卫生健康局是县政府工作部门，内设机构11个，下属事业单位29个，主要负责全县卫生健康事业发展规划、基本公共卫生"
                   "服务、疾病预防控制、妇幼健康、基层卫生和医疗服务管理等工作。"),
             ("p", f"2024年部门年初预算{mc(M['ia'])}万元，全年预算（调整后）{mc(M['aa'])}万元，全年执行{mc(M['ea'])}万元，预算执行率"
                   f"＝全年执行数÷全年预算数＝{mc(M['ea'])}÷{mc(M['aa'])}＝{q(M['rate'])}。其中基本支出执行{mc(a[2])}万元，项目支出执行"
                   f"{mc(b[2])}万元，详见表1。"),
             ("h", "二、评价结论"),
             ("p", f"经综合评价，沂水县卫生健康局2024年度部门整体支出绩效评价得分为{fmt(M['total'])}分，评价等级为“优”。各一级指标"
                   "得分情况见表2，评分明细见附表。评价等级划分：" + BANDS)])
    full("表1　2024年度部门预算执行情况（单位：万元）", 9.5, center=True, gap=15)
    table([["项目", "年初预算数", "全年预算数", "全年执行数", "预算执行率"],
           ["合计", mc(M["ia"]), mc(M["aa"]), mc(M["ea"]), q(M["rate"])],
           ["基本支出", mc(a[0]), mc(a[1]), mc(a[2]), q(M["rb"])],
           ["项目支出", mc(b[0]), mc(b[1]), mc(b[2]), q(M["rp"])]], (20, 20, 20, 20, 16), aligns="lrrrr")
    full("表2　一级指标得分情况", 9.5, center=True, gap=15)
    t2 = [["一级指标", "分值", "得分", "得分率"]]
    for (n, w, s), r_ in zip(M["secs"], M["shown_rates"]):
        t2.append([n, fmt(w), fmt(s), r_])
    t2.append(["合计", "100", fmt(M["total"]), q(M["total"])])
    table(t2, (30, 20, 20, 20))
    columns([("h", "三、绩效分析"),
             ("h", "（一）决策情况"),
             ("p", "部门制定了2024年度部门整体绩效目标，决策依据充分，资金分配合理；但2项效益指标未设置量化目标值，绩效目标合理性扣0.5分。"
                   "决策类指标得14.5分。"),
             ("h", "（二）过程情况"),
             ("p", f"部门预算执行率{q(M['rate'])}，达到95%的标准；资金使用合规，财务管理制度健全；2处新建业务用房未及时转固入账，资产管理"
                   "规范性扣1分。过程类指标得19分。"),
             ("h", "（三）产出情况"),
             ("p", "全年为65岁及以上老年人提供健康管理服务9.21万人，未达到9.5万人的目标，主要是部分外出务工返乡老年人未能按时随访。"
                   f"重点人群家庭医生签约率＝已签约重点人群{M['signed']}万人÷重点人群总数{M['group']}万人＝{M['sign_shown']}。"
                   "全年计划提升改造乡镇卫生院12所，完成11所，高桥镇卫生院因用地手续延误，主体工程尚未完工。适龄儿童免疫规划疫苗接种率"
                   "97.3%，法定传染病报告及时率100%，培训基层卫生人员1860人次。产出类指标得39.34分。"),
             ("h", "（四）效益情况"),
             ("p", "县域内就诊率91.2%，居民健康素养水平31.5%，全年无孕产妇死亡；村卫生室运行补助机制尚未完全落实，长效机制扣1分。"
                   "效益类指标得24分。"),
             ("h", "四、存在的问题"),
             ("p", "（一）部分绩效指标设置不够细化，效益指标量化不足。（二）项目实施进度不均衡，高桥镇卫生院提升改造工程未能按期完工。"
                   "（三）资产管理不够规范，新建业务用房未及时转固入账。"),
             ("h", "五、意见建议"),
             ("p", "（一）完善绩效目标编制，细化量化效益指标。（二）加快高桥镇卫生院工程建设，确保2025年6月底前完工投用。（三）加强"
                   "资产全生命周期管理，及时办理竣工决算和资产入账。")])
    st["y"] -= 6
    full("附表　沂水县卫生健康局2024年度部门整体支出绩效评价评分表", 10.5, center=True, gap=16)
    rows = [["一级指标", "二级指标", "三级指标", "分值", "指标值", "实际完成值", "得分", "扣分原因"]]
    merges = []
    ind = M["ind"]
    for i, x in enumerate(ind):
        rows.append([x[0], x[1], x[2], fmt(x[5]), x[3], x[4], fmt(x[6]), x[7]])
    for a_, b_ in spans(ind, 0):
        if b_ > a_:
            merges.append((1 + a_, 0, 1 + b_, 0))
    rows.append(["合计", None, None, "100", None, None, fmt(M["total"]), None])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    table(rows, (10, 12, 26, 7, 13, 16, 7, 30), merges=merges, size=7.5, aligns="cclcccl" + "l")
    full("（本报告全文已在沂水县人民政府门户网站“财政预决算”专栏公开）", 9, gap=18)
    c.save()
    with open(path, "wb") as f:
        f.write(buf.getvalue())


ALL.append(h365())


# ============================================================ h366 麟游县市场监督管理局 (DOCX, DIAGONAL-SPLIT HEADER CELLS, distributed labels)

def h366():
    dept = "麟游县市场监督管理局"
    parts = {"基本支出": (2206.40, 2316.80, 2342.15), "项目支出": (1380.00, 1765.20, 1602.63)}
    ib, ab, eb = parts["基本支出"]  # PLANT SPENDING_OVER_BUDGET: 基本支出 执行 2,342.15 of 全年 2,316.80
    ip, ap, ep = parts["项目支出"]
    ia_true, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    ia_shown = 3568.40  # PLANT BREAKDOWN_SUM: 年初 合计 printed 3,568.40, its parts add to 3,586.40
    assert (ia_true, aa, ea) == (3586.40, 4082.00, 3944.78), (ia_true, aa, ea)
    rate, rb, rp = pct(ea, aa), pct(eb, ab), pct(ep, ap)
    assert (rate, rb, rp) == (96.64, 101.09, 90.79), (rate, rb, rp)
    ind = [("投入", "预算执行", "预算执行率", "≥95%", q(rate), 6, 6, ""),
           ("投入", "预算配置", "在职人员控制率", "≤100%", "97.6%", 4, 4, ""),
           ("投入", "预算配置", "“三公”经费变动率", "≤0", "-8.3%", 4, 4, ""),
           ("投入", "预算管理", "结转结余率", "≤10%", "7.2%", 4, 4, ""),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 5, 5, ""),
           ("过程", "财务管理", "财务管理制度健全性", "健全", "健全", 5, 5, ""),
           ("过程", "采购管理", "政府采购执行率", "100%", "100%", 5, 5, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 5, 4, "2台执法车辆处置未及时报批"),
           ("产出", "数量指标", "食品安全监督抽检批次", "≥1800批次", "1926批次", 6, 6, ""),
           ("产出", "质量指标", "特种设备定期检验率", "≥99%", "99.4%", 6, 6, ""),
           ("产出", "数量指标", "“双随机、一公开”抽查完成率", "100%", "100%", 6, 6, ""),
           ("产出", "时效指标", "投诉举报按时办结率", "≥98%", "96.5%", 6, P(96.5, 98, 6), "年底集中投诉量大，部分超时办结；按完成比例计分"),
           ("产出", "数量指标", "药品抽检批次", "≥300批次", "300批次", 5, 5, ""),
           ("产出", "质量指标", "抽检不合格产品核查处置率", "100%", "100%", 6, 6, ""),
           ("产出", "数量指标", "计量器具强制检定数量", "≥4500台件", "4260台件", 5, P(4260, 4500, 5),
            "部分乡镇集贸市场器具停用待检；按完成比例计分"),
           ("效益", "社会效益", "食品安全事故发生数", "0起", "0起", 5, 5, ""),
           ("效益", "经济效益", "新增市场主体", "≥3000户", "3412户", 5, 5, ""),
           ("效益", "社会效益", "消费者满意度", "≥90%", "92.4%", 5, 5, ""),
           ("效益", "可持续影响", "质量基础设施长效机制", "健全", "基本健全", 5, 4, "县级计量标准器具更新滞后")]
    # PLANT WEIGHTS_VS_FULL_MARK: the 19 rows' 分值 add to 98 (投入 18), the 合计 says 100
    assert len(ind) == 19 and s2(ind, 5) == 98, s2(ind, 5)
    assert [x[6] for x in ind if x[7].endswith("计分")] == [5.91, 4.73]
    no_half(96.5 / 98 * 6, "complaint")
    no_half(4260 / 4500 * 5, "metrology")
    names = ["投入", "过程", "产出", "效益"]
    secs_ = [(n, s2([x for x in ind if x[0] == n], 5), s2([x for x in ind if x[0] == n], 6)) for n in names]
    assert secs_ == [("投入", 18, 18), ("过程", 20, 19), ("产出", 40, 39.64), ("效益", 20, 19)], secs_
    total = s2(ind, 6)
    assert total == 95.64 and grade(total) == "优"
    g = gold(None, dept, 2024, "COUNTY", "陕西省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia_shown, aa, ea, rate, ab, eb, ap, ep), secs_, grows(ind))
    meta = dict(dept=dept, parts=parts, ia_shown=ia_shown, aa=aa, ea=ea, rate=rate, rb=rb, rp=rp, ind=ind, secs=secs_,
                total=total)
    fnd = [F("WEIGHTS_VS_FULL_MARK", "合计", "合计 | 100 | 95.64 / 一级指标得分汇总 分值 | 18 | 20 | 40 | 20 | 100", "100", "98",
             "HIGH", "ERROR",
             "the 19 rows' 分值 add to 98 (投入 4 rows of 6 + 4 + 4 + 4 = 18), and the 汇总 table's own 分值 18 + 20 + 40 + 20 = "
             "98, yet both 合计 print 100: two points of weight are missing (投入 is 20 in the standard 部门整体 framework); "
             "the 95.64 is the rows' sum and stands as scored"),
           F("BREAKDOWN_SUM", "年初预算数 合计", f"合计 | {mc(ia_shown)} | {mc(aa)} | {mc(ea)} | {q(rate)}", mc(ia_shown),
             mc(ia_true), "HIGH", "ERROR",
             f"基本支出 {mc(ib)} + 项目支出 {mc(ip)} = {mc(ia_true)}, the 合计 prints {mc(ia_shown)} (digits transposed); the "
             "全年 and 执行 columns add up"),
           F("SPENDING_OVER_BUDGET", "基本支出 全年执行数", f"基本支出 | {mc(ib)} | {mc(ab)} | {mc(eb)} | {q(rb)}", mc(eb),
             f"≤ {mc(ab)}", "HIGH", "WARNING",
             f"基本支出 spent {mc(eb)} of a {mc(ab)} adjusted budget ({q(rb)}, right arithmetic); spending over the adjusted "
             "budget needs explaining (the 合计 stays under budget at 96.64% because 项目支出 spent 90.79%)")]
    return {"stem": "h366_linyou_shijian", "format": "docx", "write": write366, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["three tables open with a DIAGONAL-SPLIT HEADER CELL (斜线表头: the top-left cell's w:tcBorders/w:tl2br, "
                      "two paragraphs in it — “项目” right-aligned above the line, “支出类别” left-aligned below in 表一; “一级指标” "
                      "above, “得分情况” below in the 汇总; “指标名称” above, “指标层级” below in 表三): the two words are the "
                      "row and column captions, not a row, a column or an indicator",
                      "labels are DISTRIBUTED: the merged 一级 cells (投入, 过程, 产出, 效益) and the 表一 row labels carry w:jc "
                      "distribute (spread across the cell by Word, the text is plain), while “填 报 单 位”, “自 评 等 级”, “填 "
                      "报 人” and “审 核 人” are typed with spaces: the 部门 is the text after “填 报 单 位：”",
                      f"表一: 全年 {mc(ab)} + {mc(ap)} = {mc(aa)} and 执行 {mc(eb)} + {mc(ep)} = {mc(ea)} add up; {q(rate)} and "
                      f"项目 {q(rp)} right; the 基本 {q(rb)} is right arithmetic (the over-spend, not a wrong rate); 年初 < 全年 "
                      "(追加)",
                      "投诉举报按时办结率 6 × 96.5 ÷ 98 = 5.908 → 5.91 and 计量器具 5 × 4260 ÷ 4500 = 4.733 → 4.73 (proportion "
                      "rule, with reasons); 资产管理 −1 and 长效机制 −1 with reasons (judgement); 药品抽检 300 vs ≥300批次 (met "
                      "exactly); “三公”经费变动率 −8.3% vs ≤0, 结转结余率 7.2% vs ≤10% and 在职人员控制率 97.6% vs ≤100% "
                      "(ceilings, met); 预算执行率 96.64% ≥95% (full 6)",
                      "the 汇总 table's 一级 分值 / 得分 equal their rows (投入 18/18, 过程 20/19, 产出 40/39.64, 效益 20/19) and "
                      "add to the 合计's 95.64: the only fault there is the 100 (the WEIGHTS finding); 优"]}


def write366(rep, path):
    from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt
    from reports34 import new_doc
    M = rep["meta"]
    doc = new_doc(landscape=True)
    AL = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT, "r": WD_ALIGN_PARAGRAPH.RIGHT,
          "d": WD_ALIGN_PARAGRAPH.DISTRIBUTE}

    def para(text, size=10.5, align="l", bold=False, after=0):
        p = doc.add_paragraph()
        p.alignment = AL[align]
        p.paragraph_format.space_after = Pt(after)
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        return p

    def put(cell, text, size=9, align="c", bold=False):
        cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
        p = cell.paragraphs[0]
        p.alignment = AL[align]
        if text:
            r = p.add_run(text)
            r.font.size = Pt(size)
            r.bold = bold

    def diagonal(cell, above, below, size=9):
        """斜线表头: a top-left → bottom-right border across the cell, one caption right above it, one left below"""
        tcPr = cell._tc.get_or_add_tcPr()
        b = OxmlElement("w:tcBorders")
        d = OxmlElement("w:tl2br")
        for k, v in (("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "auto")):
            d.set(qn(k), v)
        b.append(d)
        tcPr.append(b)
        p = cell.paragraphs[0]
        p.alignment = AL["r"]
        r = p.add_run(above)
        r.font.size = Pt(size)
        p2 = cell.add_paragraph()
        p2.alignment = AL["l"]
        r = p2.add_run(below)
        r.font.size = Pt(size)

    def grid(nrows, widths):
        t = doc.add_table(rows=nrows, cols=len(widths))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for j, wd in enumerate(widths):
            t.columns[j].width = Mm(wd)
            for cl in t.columns[j].cells:
                cl.width = Mm(wd)
        return t

    para("2024年度部门整体支出绩效自评表", 16, "c", True, 6)
    para(f"填 报 单 位：{M['dept']}（盖章）　　　　　　　　　　　　　　　　　　　　　　　　　　　　　金额单位：万元", 10.5, "l", after=4)
    para("表一　部门预算执行情况", 11, "l", True, 2)
    t = grid(4, (50, 45, 45, 45, 40))
    diagonal(t.cell(0, 0), "项目", "支出类别")
    t.rows[0].height = Mm(11)
    for j, hd in enumerate(("年初预算数", "全年预算数", "全年执行数", "执行率"), 1):
        put(t.cell(0, j), hd, bold=True)
    a, b = M["parts"]["基本支出"], M["parts"]["项目支出"]
    for i, (lab, vals, rt) in enumerate((("合计", (M["ia_shown"], M["aa"], M["ea"]), M["rate"]),
                                         ("基本支出", a, M["rb"]), ("项目支出", b, M["rp"])), 1):
        put(t.cell(i, 0), lab, align="d")
        for j, v in enumerate(vals, 1):
            put(t.cell(i, j), mc(v), align="r")
        put(t.cell(i, 4), q(rt), align="r")
    para("", 6)
    para("表二　一级指标得分汇总", 11, "l", True, 2)
    t = grid(3, (50, 36, 36, 36, 36, 36))
    diagonal(t.cell(0, 0), "一级指标", "得分情况")
    t.rows[0].height = Mm(11)
    for j, hd in enumerate(("投入", "过程", "产出", "效益", "合计"), 1):
        put(t.cell(0, j), hd, bold=True)
    put(t.cell(1, 0), "分值", align="d")
    put(t.cell(2, 0), "得分", align="d")
    for j, (n, w, s) in enumerate(M["secs"], 1):
        put(t.cell(1, j), fmt(w))
        put(t.cell(2, j), fmt(s))
    put(t.cell(1, 5), "100")
    put(t.cell(2, 5), fmt(M["total"]))
    para("", 6)
    para("表三　绩效指标完成情况", 11, "l", True, 2)
    ind = M["ind"]
    t = grid(len(ind) + 2, (20, 24, 52, 28, 28, 14, 14, 67))
    diagonal(t.cell(0, 0), "指标名称", "指标层级", size=8)
    t.rows[0].height = Mm(11)
    for j, hd in enumerate(("二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"), 1):
        put(t.cell(0, j), hd, bold=True)
    for i, x in enumerate(ind, 1):
        put(t.cell(i, 2), x[2], align="l")
        put(t.cell(i, 3), x[3])
        put(t.cell(i, 4), x[4])
        put(t.cell(i, 5), fmt(x[5]))
        put(t.cell(i, 6), fmt(x[6]))
        put(t.cell(i, 7), x[7], size=8.5, align="l")
    for col in (0, 1):
        for a_, b_ in spans(ind, col):
            cl = t.cell(1 + a_, col)
            if b_ > a_:
                cl = cl.merge(t.cell(1 + b_, col))
            put(cl, ind[a_][col], align="d" if col == 0 else "c")
    last = len(ind) + 1
    cl = t.cell(last, 0).merge(t.cell(last, 4))
    put(cl, "合计", bold=True, align="d")
    put(t.cell(last, 5), "100", bold=True)
    put(t.cell(last, 6), fmt(M["total"]), bold=True)
    put(t.cell(last, 7), "")
    para("", 4)
    para(f"自 评 等 级：{grade(M['total'])}　　　　等级划分：{BANDS}", 10.5)
    para("说明：1.预算执行率≥95%得满分，低于95%按“执行率÷95%×分值”计分；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷"
         "年度指标值×分值”计分，反向指标（“≤”）不超过指标值的得满分；3.定性指标根据完成情况酌情扣分。", 9)
    para("填 报 人：韩雪梅　　　　审 核 人：赵建军　　　　单位负责人：杜立新　　　　填报日期：2025年4月22日", 10.5, after=0)
    doc.save(path)
    H.A.normalize_zip(path)


ALL.append(h366())


# ============================================================ h367 云和县民政局 (HTML, ELEMENT-UI DATA GRIDS saved from a single-page app)

def h367():
    dept = "云和县民政局"
    parts = {"基本支出": (1265.30, 1318.46, 1307.92), "项目支出": (2140.00, 2602.75, 2381.04)}
    ib, ab, eb = parts["基本支出"]
    ip, ap, ep = parts["项目支出"]
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    rate, rb, rp = pct(ea, aa), pct(eb, ab), pct(ep, ap)
    assert (ia, aa, ea, rate, rb, rp) == (3405.30, 3921.21, 3688.96, 94.08, 99.2, 91.48), (ia, aa, ea, rate, rb, rp)
    fund_score = r2(6 * rate / 100)
    no_half(6 * rate / 100, "fund")
    assert fund_score == 5.64
    marriage = 5.5  # PLANT ROW_SCORE_OVER_WEIGHT: 婚姻登记合格率 5.5 of 5 (“获评省级婚姻登记示范窗口加0.5分”, no such rule)
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 3, 3, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "部分指标未量化", 3, 2, "3项效益指标未设置量化值"),
           ("决策", "预算配置", "预算编制科学性", "科学", "基本科学", 4, 3, "年中追加项目资金462.75万元，年初预算编制不够精准"),
           ("过程", "预算执行", "预算执行率", "100%", q(rate), 6, fund_score, "得分＝执行率×分值"),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 5, 5, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 4, 3, "部分养老服务设施未纳入资产台账"),
           ("过程", "信息公开", "预决算信息公开", "及时完整", "部分未公开", 5, 3, "2个专项资金绩效目标未随预算公开"),
           ("产出", "数量指标", "特困人员集中供养率", "≥60%", "63.5%", 6, 6, ""),
           ("产出", "时效指标", "城乡低保资金按时发放率", "100%", "100%", 6, 6, ""),
           ("产出", "数量指标", "居家养老服务中心乡镇覆盖率", "≥95%", "82.1%", 7, P(82.1, 95, 7), "2个乡镇中心建设推迟；按完成比例计分"),
           ("产出", "数量指标", "困难残疾人生活补贴发放", "≥1.8万人次", "1.86万人次", 6, 6, ""),
           ("产出", "质量指标", "婚姻登记合格率", "100%", "100%", 5, marriage, "获评省级婚姻登记示范窗口加0.5分"),
           ("产出", "数量指标", "村（社区）养老服务站点建设", "≥12个", "12个", 6, 6, ""),
           ("产出", "时效指标", "临时救助审批时限", "≤10个工作日", "8个工作日", 4, 4, ""),
           ("产出", "质量指标", "节地生态安葬率", "≥20%", "14.2%", 5, P(14.2, 20, 5), "群众传统观念转变较慢；按完成比例计分"),
           ("效益", "社会效益", "困难群众基本生活保障率", "100%", "100%", 6, 6, ""),
           ("效益", "满意度", "养老服务对象满意度", "≥90%", "87.2%", 6, P(87.2, 90, 6), "按完成比例计分"),
           ("效益", "社会效益", "社会救助政策知晓率", "≥85%", "78.6%", 6, P(78.6, 85, 6), "按完成比例计分"),
           ("效益", "可持续影响", "民政服务长效机制", "健全", "有待完善", 7, 4, "养老服务人才队伍不稳定，村级站点运营机制未建立")]
    assert len(ind) == 19 and s2(ind, 5) == 100
    assert [x[6] for x in ind if x[7].endswith("计分")] == [6.05, 3.55, 5.81, 5.55]
    for a, t_, w in ((82.1, 95, 7), (87.2, 90, 6), (78.6, 85, 6)):
        no_half(a / t_ * w, "prop")
    names = ["决策", "过程", "产出", "效益"]
    secs_true = [(n, s2([x for x in ind if x[0] == n], 5), s2([x for x in ind if x[0] == n], 6)) for n in names]
    assert secs_true == [("决策", 10, 8), ("过程", 20, 16.64), ("产出", 45, 43.1), ("效益", 25, 21.36)], secs_true
    secs_ = list(secs_true)
    secs_[3] = ("效益", 25, 21.63)  # PLANT SECTION_VS_ROWS: the 汇总's 效益 21.63, its rows add to 21.36
    total = s2(ind, 6)
    assert total == 89.1 and grade(total) == "良" and grade(r2(total - 0.5)) == "良"
    shown_grade = "优"  # PLANT GRADE_OUTSIDE_BANDS: 89.10 is 良 by the printed bands, the page's tag says 优
    g = gold(None, dept, 2024, "COUNTY", "浙江省", "SELF_EVALUATION", None, total, 100, shown_grade,
             budget(ia, aa, ea, rate, ab, eb, ap, ep), secs_, grows(ind))
    meta = dict(dept=dept, parts=parts, ia=ia, aa=aa, ea=ea, rate=rate, rb=rb, rp=rp, ind=ind, secs=secs_,
                total=total, shown_grade=shown_grade)
    fnd = [F("GRADE_OUTSIDE_BANDS", "自评等级", f"自评得分 {f2(total)} | 自评等级 优 / 评分说明：{BANDS}", "优", "良", "HIGH",
             "ERROR",
             f"the total {f2(total)} is below 90, so the printed bands give 良 (80–90), not 优; capping 婚姻登记合格率 at its "
             "5 makes it 88.60, still 良"),
           F("SECTION_VS_ROWS", "效益", "一级指标得分汇总 | 效益 | 25 | 21.63", "21.63", "21.36", "HIGH", "ERROR",
             "效益's four rows score 6 + 5.81 + 5.55 + 4 = 21.36; the 汇总 grid prints 21.63 (digits transposed); the 汇总's 合计 "
             "89.10 is the rows' total, not the sum of its printed 一级 (89.37), so nothing else follows from it"),
           F("ROW_SCORE_OVER_WEIGHT", "婚姻登记合格率", "产出 | 质量指标 | 婚姻登记合格率 | 100% | 100% | 5 | 5.5 | "
             "获评省级婚姻登记示范窗口加0.5分", "5.5", "≤ 5", "HIGH", "ERROR",
             "a row cannot score more than its 分值 5; the 评分说明 has no bonus points, so the 0.5 for the 示范窗口 has no "
             "basis (产出 43.10 → 42.60, total 89.10 → 88.60)")]
    return {"stem": "h367_yunhe_minzheng", "format": "html", "html": html367(meta), "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the page is a single-page app saved from the browser, its grids ELEMENT-UI DATA GRIDS (el-table): each "
                      "grid's header, body and footer are THREE separate <table>s (el-table__header / __body / __footer, "
                      "lined up by <colgroup> widths, plus an empty “gutter” column), and the indicator grid has a FIXED-LEFT "
                      "COPY (el-table__fixed) that repeats the whole header, body and footer with every non-fixed cell "
                      "class is-hidden (its text still in the DOM, hidden by CSS): the 19 rows are in the file twice and "
                      "the header three times; the hidden-columns placeholders, the column-resize proxy, the portal's nav, "
                      "breadcrumb, 浏览 count and footer are not content",
                      "the head is an el-descriptions list (部门名称, 评价年度, 自评得分, 自评等级 as an el-tag) and the 合计 "
                      "row is the grid's summary footer (show-summary), not a body row",
                      f"预算执行: 基本 + 项目 = 合计 in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {q(rate)}, 基本 {q(rb)}, "
                      f"项目 {q(rp)} right; all under budget; 年初 < 全年 (追加 515.91 to the 基本 and 项目 parts)",
                      f"预算执行率 row {q(rate)} × 6 = 5.645 → 5.64 (its own rule 得分＝执行率×分值, printed in the row); "
                      "居家养老覆盖率 7 × 82.1 ÷ 95 = 6.049 → 6.05, 节地生态安葬率 5 × 14.2 ÷ 20 = 3.55, 养老满意度 6 × 87.2 ÷ 90 "
                      "= 5.813 → 5.81, 政策知晓率 6 × 78.6 ÷ 85 = 5.548 → 5.55 (proportion rule, with reasons); 绩效指标明确性 "
                      "−1, 预算编制 −1, 资产 −1, 公开 −2, 长效机制 −3 with reasons (judgement); 养老服务站点 12 vs ≥12个 (met "
                      "exactly); 临时救助审批时限 8 vs ≤10个工作日 (a ceiling, met)",
                      "the 汇总's 决策 8, 过程 16.64 and 产出 43.10 equal their rows (产出 with the 5.5 in it); the 合计 89.10 = "
                      "the 19 rows"]}


def el_table(tid, cols, body, footer=None, fixed=0, spans_=None):
    """an Element-UI 2.x el-table as the browser's DOM holds it: cols [(label, width, align)], body rows of texts,
    spans_ {(r, c): rowspan} for the first cell of a merged run (covered cells not rendered), an optional summary
    footer, a fixed-left copy of the whole grid when fixed > 0 (its non-fixed cells is-hidden)"""
    names = [f"el-table_{tid}_column_{tid * 10 + k + 1}" for k in range(len(cols))]
    width = sum(w for _, w, _ in cols)
    colgroup = "<colgroup>" + "".join(f'<col name="{n}" width="{w}">' for n, (_, w, _) in zip(names, cols))
    spans_ = spans_ or {}
    covered = set()
    for (r, c_), n in spans_.items():
        covered.update((r + k, c_) for k in range(1, n))

    def cls(k, hidden):
        al = {"c": "is-center", "l": "is-left", "r": "is-right"}[cols[k][2]]
        return f"{names[k]} {al} " + ("is-hidden " if hidden else "") + "el-table__cell"

    def header(hide_from):
        ths = "".join(f'<th colspan="1" rowspan="1" class="{cls(k, k >= hide_from)} is-leaf"><div class="cell">{esc(lab)}'
                      f"</div></th>" for k, (lab, _, _) in enumerate(cols))
        return (f'<table cellspacing="0" cellpadding="0" border="0" class="el-table__header" style="width: {width}px;">'
                f'{colgroup}<col name="gutter" width="0"></colgroup><thead class="has-gutter"><tr class="">{ths}'
                '<th class="el-table__cell gutter" style="width: 0px; display: none;"></th></tr></thead></table>')

    def bodyt(hide_from):
        trs = []
        for r, row_ in enumerate(body):
            tds = []
            for k, t in enumerate(row_):
                if (r, k) in covered:
                    continue
                rs = spans_.get((r, k), 1)
                tds.append(f'<td rowspan="{rs}" colspan="1" class="{cls(k, k >= hide_from)}"><div class="cell">{esc(t)}'
                           "</div></td>")
            stripe = " el-table__row--striped" if r % 2 else ""
            trs.append(f'<tr class="el-table__row{stripe}">' + "".join(tds) + "</tr>")
        return (f'<table cellspacing="0" cellpadding="0" border="0" class="el-table__body" style="width: {width}px;">'
                f"{colgroup}</colgroup><tbody>" + "".join(trs) + "</tbody></table>")

    def footert(hide_from):
        tds = "".join(f'<td colspan="1" rowspan="1" class="{cls(k, k >= hide_from)}"><div class="cell">{esc(t)}</div></td>'
                      for k, t in enumerate(footer))
        return (f'<table cellspacing="0" cellpadding="0" border="0" class="el-table__footer" style="width: {width}px;">'
                f'{colgroup}<col name="gutter" width="0"></colgroup><tbody class="has-gutter"><tr>{tds}'
                '<td class="el-table__cell gutter" style="width: 0px; display: none;"></td></tr></tbody></table>')

    n = len(cols)
    out = ['<div class="el-table el-table--fit el-table--border el-table--enable-row-hover el-table--enable-row-transition '
           'el-table--medium" style="width: 100%;">',
           '<div class="hidden-columns">' + "<div></div>" * n + "</div>",
           f'<div class="el-table__header-wrapper">{header(n)}</div>',
           f'<div class="el-table__body-wrapper is-scrolling-left">{bodyt(n)}</div>']
    if footer:
        out.append(f'<div class="el-table__footer-wrapper">{footert(n)}</div>')
    if fixed:
        fw = sum(w for _, w, _ in cols[:fixed])
        out += [f'<div class="el-table__fixed" style="width: {fw}px; height: 100%;">',
                f'<div class="el-table__fixed-header-wrapper">{header(fixed)}</div>',
                f'<div class="el-table__fixed-body-wrapper" style="top: 49px;">{bodyt(fixed)}</div>']
        if footer:
            out.append(f'<div class="el-table__fixed-footer-wrapper">{footert(fixed)}</div>')
        out.append("</div>")
    out += ['<div class="el-table__column-resize-proxy" style="display: none;"></div>', "</div>"]
    return "\n".join(out)


def html367(M):
    a, b = M["parts"]["基本支出"], M["parts"]["项目支出"]
    bt = el_table(1, [("项目", 160, "l"), ("年初预算数（万元）", 170, "r"), ("全年预算数（万元）", 170, "r"),
                      ("全年执行数（万元）", 170, "r"), ("执行率", 120, "r")],
                  [["合计", mc(M["ia"]), mc(M["aa"]), mc(M["ea"]), q(M["rate"])],
                   ["基本支出", mc(a[0]), mc(a[1]), mc(a[2]), q(M["rb"])],
                   ["项目支出", mc(b[0]), mc(b[1]), mc(b[2]), q(M["rp"])]])
    st = el_table(2, [("一级指标", 200, "c"), ("分值", 160, "c"), ("得分", 160, "c")],
                  [[n, fmt(w), f2(s)] for n, w, s in M["secs"]], footer=["合计", "100", f2(M["total"])])
    ind = M["ind"]
    body = [[x[0], x[1], x[2], x[3], x[4], fmt(x[5]), fmt(x[6]), x[7]] for x in ind]
    sp = {}
    for col in (0, 1):
        for a_, b_ in spans(ind, col):
            if b_ > a_:
                sp[(a_, col)] = b_ - a_ + 1
    it = el_table(3, [("一级指标", 90, "c"), ("二级指标", 100, "c"), ("三级指标", 200, "l"), ("年度指标值", 120, "c"),
                      ("实际完成值", 120, "c"), ("分值", 70, "c"), ("得分", 70, "c"), ("偏差原因分析", 290, "l")],
                  body, footer=["合计", "", "", "", "", "100", f2(M["total"]), ""], fixed=3, spans_=sp)
    desc = [("部门名称", M["dept"]), ("评价年度", "2024年度"), ("评价方式", "部门自评"), ("金额单位", "万元"),
            ("自评得分", f2(M["total"])),
            ("自评等级", f'<span class="el-tag el-tag--success el-tag--small el-tag--light">{M["shown_grade"]}</span>')]
    desc_html = ('<div class="el-descriptions"><div class="el-descriptions__header"><div class="el-descriptions__title">'
                 '基本信息</div></div><div class="el-descriptions__body"><table class="el-descriptions__table is-bordered '
                 'el-descriptions--small"><tbody>')
    for k in range(0, len(desc), 3):
        desc_html += "<tr class=\"el-descriptions-row\">" + "".join(
            f'<th colspan="1" class="el-descriptions-item__cell el-descriptions-item__label is-bordered-label">{esc(lab)}'
            f'</th><td colspan="1" class="el-descriptions-item__cell el-descriptions-item__content">'
            f'{val if val.startswith("<span") else esc(val)}</td>' for lab, val in desc[k:k + 3]) + "</tr>"
    desc_html += "</tbody></table></div></div>"
    css = (".el-table th.is-hidden>*,.el-table td.is-hidden>*{visibility:hidden}"
           ".el-table__fixed{position:absolute;top:0;left:0;overflow-x:hidden;box-shadow:0 0 10px rgba(0,0,0,.12)}"
           ".el-table{position:relative;overflow:hidden;font-size:14px;color:#606266}"
           ".el-table__header-wrapper,.el-table__footer-wrapper{overflow:hidden}"
           ".el-table td.el-table__cell,.el-table th.el-table__cell{padding:8px 0;border-bottom:1px solid #ebeef5}"
           ".el-table .cell{box-sizing:border-box;white-space:normal;word-break:break-all;line-height:23px;padding:0 10px}"
           ".hidden-columns{visibility:hidden;position:absolute;z-index:-1}"
           ".el-tag--success{background:#f0f9eb;border-color:#e1f3d8;color:#67c23a}"
           ".block-title{font-size:16px;font-weight:700;margin:18px 0 10px;border-left:4px solid #1f6fb2;padding-left:8px}")
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width,initial-scale=1">',
        f"<title>{M['dept']}2024年度部门整体支出绩效自评表 - 云和县预算绩效信息公开平台</title>",
        '<link href="./static/css/chunk-elementUI.68c70ad5.css" rel="stylesheet">',
        '<link href="./static/css/app.3f1b9e27.css" rel="stylesheet">', f"<style>{css}</style>", "</head>", "<body>",
        '<noscript><strong>本平台需要启用JavaScript才能正常浏览。</strong></noscript>',
        '<div id="app"><div class="portal">',
        '<div class="portal-header"><div class="logo">云和县预算绩效信息公开平台</div><ul class="el-menu--horizontal el-menu">'
        '<li class="el-menu-item">首页</li><li class="el-menu-item is-active">部门整体绩效</li><li class="el-menu-item">'
        '项目绩效</li><li class="el-menu-item">财政评价</li></ul></div>',
        '<div class="el-breadcrumb"><span class="el-breadcrumb__item">首页</span> / <span class="el-breadcrumb__item">部门整体绩效'
        '</span> / <span class="el-breadcrumb__item">2024年度</span></div>',
        '<div class="detail">', f'<h2 class="detail-title">{M["dept"]}2024年度部门整体支出绩效自评表</h2>',
        '<div class="detail-meta">发布时间：2025-05-09 15:20　来源：云和县财政局　浏览次数：<span>236</span></div>',
        desc_html,
        '<div class="block-title">一、预算执行情况</div>', bt,
        '<div class="block-title">二、一级指标得分汇总</div>', st,
        '<div class="block-title">三、绩效指标完成情况</div>', it,
        f'<div class="detail-note"><p>评分说明：1.预算执行率得分＝执行率×分值；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷'
        f'年度指标值×分值”计分，反向指标（“≤”）不超过指标值的得满分；3.定性指标根据完成情况酌情扣分。</p><p>等级划分：{BANDS}</p>'
        '<p>填报人：叶晓芬　　审核人：柳建华　　填报日期：2025年4月25日</p></div>',
        "</div>",
        '<div class="portal-footer">主办：云和县财政局　　技术支持：浙江政务服务网　　浙ICP备05000000号</div>',
        "</div></div>",
        '<script src="./static/js/chunk-vendors.9d1e6a02.js"></script>', '<script src="./static/js/app.c41f7a35.js"></script>',
        "</body>", "</html>"]) + "\n"


ALL.append(h367())


# ============================================================ h368 抚松县林业局 (XLSX saved by WPS: seal and signature as CELL IMAGES)

IMG_IDS = ("ID_8F3A6C1E2B7D4E59A0C3F1B6D2E8A714", "ID_2C9E71B04A3F4D8E96B5C07D1E3F2A68")


def h368():
    dept, unit = "抚松县林业局", "抚松县森林草原防火服务中心"
    project = "2024年抚松县森林防火能力提升项目"
    src = [("其中：中央财政资金", 1000.00, 1000.00, 978.40), ("　　　省级财政资金", 300.00, 380.00, 361.87),
           ("　　　县级配套资金", 150.00, 150.00, 122.00)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    assert (ia, aa, ea, rate) == (1450.00, 1530.00, 1462.27, 95.57), (ia, aa, ea, rate)
    assert [pct(x[3], x[2]) for x in src] == [97.84, 95.23, 81.33]
    fs = r2(rate / 10)
    no_half(rate / 10, "fund")
    assert fs == 9.56
    monitor = 4.5  # PLANT TARGET_MET_POINTS_LOST: 监控系统运行正常率 97.8% meets ≥95%, scored 4.5 of 6 with no reason
    ind = [("产出指标", "数量指标", "新建防火隔离带", "≥120公里", "126公里", 7, 7, ""),
           ("产出指标", "数量指标", "购置森林消防装备", "≥850台（套）", "850台（套）", 6, 6, ""),
           ("产出指标", "数量指标", "建设林火视频监控点", "≥24处", "22处", 7, P(22, 24, 7), "2处监控点选址位于保护区核心区，"
            "审批未完成；按完成比例计分"),
           ("产出指标", "数量指标", "扑火队员实战培训", "≥1200人次", "1356人次", 6, 6, ""),
           ("产出指标", "质量指标", "装备验收合格率", "100%", "100%", 6, 6, ""),
           ("产出指标", "质量指标", "监控系统运行正常率", "≥95%", "97.8%", 6, monitor, ""),
           ("产出指标", "时效指标", "火情24小时扑灭率", "≥95%", "100%", 6, 6, ""),
           ("产出指标", "成本指标", "防火隔离带单位成本", "≤2.8万元/公里", "2.63万元/公里", 6, 6, ""),
           ("效益指标", "社会效益指标", "森林火灾受害率", "≤0.9‰", "0.12‰", 8, 8, ""),
           ("效益指标", "生态效益指标", "森林覆盖率", "≥86.5%", "86.7%", 7, 7, ""),
           ("效益指标", "社会效益指标", "火情早期发现率", "≥90%", "93.6%", 8, 8, ""),
           ("效益指标", "可持续影响指标", "森林防火长效机制", "健全", "基本健全", 7, 6, "联防联控机制尚未覆盖全部林场"),
           ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%", "94.2%", 5, 5, ""),
           ("满意度指标", "服务对象满意度指标", "护林员满意度", "≥85%", "82.4%", 5, P(82.4, 85, 5), "巡护补助标准偏低；按完成比例计分")]
    assert len(ind) == 14 and s2(ind, 5) == 90
    assert [x[6] for x in ind if x[7].endswith("计分")] == [6.42, 4.85]
    for a, t_, w in ((22, 24, 7), (82.4, 85, 5)):
        no_half(a / t_ * w, "prop")
    total = r2(fs + s2(ind, 6))
    assert total == 96.33, total
    total_shown = 96.83  # PLANT TOTAL_VS_ROWS: 总分 96.83 (typed when 监控系统运行正常率 stood at 5), the rows add to 96.33
    assert r2(total - monitor + 5) == total_shown
    assert grade(total) == grade(total_shown) == "优"
    # PLANT MALFORMED_RULE: the 说明's 火情早期发现率 rule: 80%–85% is in both its second and third band
    fire_rule = "火情早期发现率≥90%得满分，80%（含）—90%得5分，85%以下不得分"
    fund = (None, None, "年度资金总额", None, q(rate), 10, fs, "")
    g = gold(None, dept, 2024, "COUNTY", "吉林省", "SELF_EVALUATION", None, total_shown, 100, "优",
             budget(ia, aa, ea, rate), [], grows([fund] + ind))
    g = with_project(g, project, unit)
    plan = ("新建防火隔离带120公里，购置森林消防装备850台（套），建设林火视频监控点24处，开展扑火队员实战培训1200人次；火情24小时"
            "扑灭率95%以上，森林火灾受害率控制在0.9‰以内。")
    done = ("新建防火隔离带126公里，购置森林消防装备850台（套），建成林火视频监控点22处（2处审批未完成），培训扑火队员1356人次；全年"
            "发生森林火情3起，均在24小时内扑灭，森林火灾受害率0.12‰；监控系统全年运行正常率97.8%。")
    note = (RULES + "4." + fire_rule + "；5.等级划分：" + BANDS)
    meta = dict(dept=dept, unit=unit, project=project, src=src, ia=ia, aa=aa, ea=ea, rate=rate, fs_shown=fs, ind=ind,
                total_shown=total_shown, grade="优", plan=plan, done=done, note=note)
    fnd = [F("TOTAL_VS_ROWS", "总分", "总分 | 100 | 96.83 | 自评等级：优", "96.83", "96.33", "HIGH", "ERROR",
             f"{fmt(fs)} (年度资金总额) + the 14 rows' {fmt(s2(ind, 6))} = 96.33; the printed 96.83 is what the rows gave with "
             "监控系统运行正常率 at 5 (the typed 总分 was not updated when that row was cut to 4.5); 优 either way"),
           F("TARGET_MET_POINTS_LOST", "监控系统运行正常率",
             "产出指标 | 质量指标 | 监控系统运行正常率 | ≥95% | 97.8% | 6 | 4.5", "4.5", "6", "HIGH", "WARNING",
             "97.8% meets the ≥95% target (the 实际完成情况 says the same), yet the row scores 4.5 of 6 with no 偏差原因; by the "
             "printed rule a met target scores the full 6"),
           F("MALFORMED_RULE", "火情早期发现率", f"说明：4.{fire_rule}", "80%–85%: 5 and 0", "bands without overlap",
             "HIGH", "WARNING",
             "the rule's second band (80%（含）—90%: 5分) and third band (85%以下: 0分) both cover 80%–85%, so an actual in "
             "that range has two scores (the third band was presumably meant as 80%以下); the row's 93.6% is in the top band "
             "and its full 8 stands")]
    return {"stem": "h368_fusong_linye", "format": "xlsx", "write": write368, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the file was saved by WPS 表格 (docProps/custom.xml KSOProductBuildVer 2052-12.1.0.17827): the 单位盖章 "
                      "and the 负责人签字 are WPS CELL IMAGES — cells holding the formula _xlfn.DISPIMG(\"ID_…\",1) whose cached "
                      "value (t=\"str\") is the formula's own text =DISPIMG(\"ID_…\",1), the pictures in xl/cellimages.xml "
                      "(etc:cellImage / xdr:pic named by the ID, with a descr) and xl/media; a cell-value reader sees "
                      "“=DISPIMG(…)” strings, which are not content, and Excel shows #NAME? there",
                      f"funds: the three sources add up in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {q(rate)}, 中央 97.84%, "
                      "省级 95.23%, 县级 81.33% right (低 but right); all under budget; 年初 < 全年 (省级 追加); 年度资金总额 "
                      f"{q(rate)} × 10 = 9.557 → {fmt(fs)}",
                      "视频监控点 7 × 22 ÷ 24 = 6.417 → 6.42 and 护林员满意度 5 × 82.4 ÷ 85 = 4.847 → 4.85 (proportion rule, "
                      "with reasons); 长效机制 −1 with a reason (judgement); 消防装备 850 vs ≥850台（套） (met exactly); 森林火灾"
                      "受害率 0.12‰ vs ≤0.9‰ and 单位成本 2.63 vs ≤2.8万元/公里 (ceilings, met); 火情早期发现率 93.6% in the "
                      "rule's top band (full 8, whatever the overlap below)",
                      "the rows' 分值 90 + 10 = 100; 优 on either total"]}


def png_bytes(kind):
    """a small deterministic PNG: a red seal ring with a star, or a few ink strokes for a signature"""
    from PIL import Image, ImageDraw
    if kind == "seal":
        im = Image.new("RGBA", (160, 160), (255, 255, 255, 0))
        d = ImageDraw.Draw(im)
        d.ellipse((6, 6, 154, 154), outline=(220, 30, 30, 255), width=6)
        pts = []
        import math
        for k in range(10):
            r = 30 if k % 2 == 0 else 12
            ang = -math.pi / 2 + k * math.pi / 5
            pts.append((80 + r * math.cos(ang), 80 + r * math.sin(ang)))
        d.polygon(pts, fill=(220, 30, 30, 255))
    else:
        im = Image.new("RGBA", (220, 70), (255, 255, 255, 0))
        d = ImageDraw.Draw(im)
        d.line([(10, 50), (40, 15), (55, 55), (80, 20), (100, 48), (130, 25), (160, 45), (205, 18)], fill=(20, 20, 60, 255),
               width=4)
    buf = io.BytesIO()
    im.save(buf, "PNG", optimize=False)
    return buf.getvalue()


def write368(rep, path):
    from openpyxl.styles import Alignment, Font, PatternFill
    M = rep["meta"]
    wb, ws = new_book("Sheet1")
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
    marks = xl_form(ws, M, 4, PatternFill("solid", fgColor="FCE4D6"), put_title=True)
    r = marks["note"] + 1
    ws.cell(row=r, column=1, value="单位（盖章）：")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(row=r, column=3, value=f'=_xlfn.DISPIMG("{IMG_IDS[0]}",1)')
    ws.cell(row=r, column=5, value="单位负责人（签字）：")
    ws.cell(row=r, column=6, value=f'=_xlfn.DISPIMG("{IMG_IDS[1]}",1)')
    ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=7)
    ws.row_dimensions[r].height = 62
    ws.cell(row=r + 1, column=1, value="填报人：孙丽娟　　联系电话：0439-6212375　　填报日期：2025年4月18日")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=9)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    wb.save(path)
    wps_cell_images(path, [(f"C{r}", IMG_IDS[0], "单位公章", "seal"), (f"F{r}", IMG_IDS[1], "负责人签名", "sign")])
    H.A.normalize_zip(path)


def wps_cell_images(path, cells):
    """turn the DISPIMG formula cells into WPS's form (t="str", the cached value the formula's text) and add the
    cellimages part, its relationships, the media and WPS's custom properties"""
    with zipfile.ZipFile(path) as z:
        items = {i.filename: z.read(i.filename) for i in z.infolist()}
    sheet = items["xl/worksheets/sheet1.xml"].decode("utf-8")
    for ref, iid, _, _ in cells:
        pat = re.compile(r'<c r="%s"([^>]*)><f>(_xlfn\.DISPIMG\((?:&quot;|")%s(?:&quot;|"),1\))</f><v\s*/?>(</v>)?</c>' % (ref, iid))
        new, n = pat.subn(lambda m: f'<c r="{ref}"{m.group(1)} t="str"><f>{m.group(2)}</f>'
                                    f'<v>=DISPIMG(&quot;{iid}&quot;,1)</v></c>', sheet)
        assert n == 1, (ref, sheet[sheet.find(ref) - 20: sheet.find(ref) + 200])
        sheet = new
    items["xl/worksheets/sheet1.xml"] = sheet.encode("utf-8")
    pics, rels = [], []
    for k, (ref, iid, descr, kind) in enumerate(cells, 1):
        cx, cy = (1080000, 1080000) if kind == "seal" else (1485000, 472500)
        pics.append(f'<etc:cellImage><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="{k + 1}" name="{iid}" descr="{descr}"/>'
                    '<xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill>'
                    f'<a:blip r:embed="rId{k}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm>'
                    f'<a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
                    '</a:prstGeom></xdr:spPr></xdr:pic></etc:cellImage>')
        rels.append(f'<Relationship Id="rId{k}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                    f'image" Target="media/image{k}.png"/>')
        items[f"xl/media/image{k}.png"] = png_bytes(kind)
    items["xl/cellimages.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<etc:cellImages '
        'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData">' + "".join(pics) + "</etc:cellImages>"
    ).encode("utf-8")
    items["xl/_rels/cellimages.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
        'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + "".join(rels) + "</Relationships>"
    ).encode("utf-8")
    wr = items["xl/_rels/workbook.xml.rels"].decode("utf-8")
    wr = wr.replace("</Relationships>", '<Relationship Id="rId90" Type="http://www.wps.cn/officeDocument/2020/cellImage" '
                                         'Target="cellimages.xml"/></Relationships>')
    items["xl/_rels/workbook.xml.rels"] = wr.encode("utf-8")
    items["docProps/custom.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties '
        'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer">'
        '<vt:lpwstr>2052-12.1.0.17827</vt:lpwstr></property>'
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV">'
        '<vt:lpwstr>6E1D3A0B9C4F4B2A8D57E0F3C21A9B46_12</vt:lpwstr></property></Properties>').encode("utf-8")
    rr = items["_rels/.rels"].decode("utf-8")
    rr = rr.replace("</Relationships>", '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/'
                                         '2006/relationships/custom-properties" Target="docProps/custom.xml"/>'
                                         "</Relationships>")
    items["_rels/.rels"] = rr.encode("utf-8")
    ct = items["[Content_Types].xml"].decode("utf-8")
    add = ('<Default Extension="png" ContentType="image/png"/>' if 'Extension="png"' not in ct else "")
    add += ('<Override PartName="/xl/cellimages.xml" ContentType="application/vnd.wps-officedocument.cellimage+xml"/>'
            '<Override PartName="/docProps/custom.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>')
    items["[Content_Types].xml"] = ct.replace("</Types>", add + "</Types>").encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items.items():
            z.writestr(name, data)


ALL.append(h368())


def main(argv):
    round_main(argv, ALL, "62")


if __name__ == "__main__":
    main(sys.argv[1:])
