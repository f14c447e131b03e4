#!/usr/bin/python3
"""Round 45 (h279–h283): layouts not used before, each with PLANTED audit problems, made apart from the code by the
corpus45 session. Specs, rendering, gold and findings in this one file; every planted figure carries `# PLANT <KIND>`
with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold, or on `check_gold` for h281 whose
table prints 扣分 only) refuses a report whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports45.py [h279 …]
(needs openpyxl, python-docx, lxml, reportlab and LibreOffice: h279 a finance bureau's XLSX 复核表 of a department's
部门整体 self-evaluation, SELF-ASSESSED and REVIEWED scores side by side (自评得分 | 复核得分 | 复核意见, 小计 and 合计 for
both); h280 a 项目 form DOCX with the finance bureau reviewer's Word COMMENTS (word/comments.xml, anchored on cells by
commentRangeStart/End) and FOOTNOTES (word/footnotes.xml) on data sources; h281 a third-party 项目 评分表 PDF whose
scored table has NO 得分 column, only 扣分 (row score = 分值 − 扣分); h282 a 部门整体 form ODT saved by LibreOffice
Writer with TRACKED CHANGES (text:tracked-changes: deletions kept in their changed-region, insertions between
change-start/change-end) on figures in the indicator table, the budget block and the 总分; h283 a budget system's
plain-text export (GB18030, CRLF) whose indicator hierarchy is an INDENTED TREE (一级 at column 0, 二级 at 2, 三级 at 4,
values in fixed-width columns, 一级/二级 lines carrying their subtotals).)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因[, extra]).
"""
import copy
import os
import re
import shutil
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402
from heldout import fmt, budget, gold, row  # noqa: E402
from reports4 import pct, F  # noqa: E402
from reports22 import s2, r2, with_project, grows  # noqa: E402
from reports32 import new_canvas, FONT, wrap  # noqa: E402
from reports34 import new_doc, para, secs  # noqa: E402
from reports36_common import BANDS, grade, P, grid, cell_put, main as round_main  # noqa: E402
from reports41 import m2, spans  # noqa: E402
from reports43 import heights_for, rl_cells  # noqa: E402

ALL = []
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def g8(ind):
    return [x[:8] for x in ind]


# ============================================================ h279 商洛市文化和旅游局 (XLSX 复核表: 自评得分 and 复核得分)

def h279():
    dept = "商洛市文化和旅游局"
    ib_b, ab_b, eb_b = 1452.80, 1486.30, 1402.75
    ib_p, ab_p, eb_p = 1980.00, 2215.40, 2231.68  # PLANT SPENDING_OVER_BUDGET: 项目支出 执行 2,231.68 > 全年 2,215.40
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (3432.80, 3701.70, 3634.43, 98.18), (ib, ab, eb, rate)
    rb, rp = pct(eb_b, ab_b), pct(eb_p, ab_p)
    assert (rb, rp) == (94.38, 100.73), (rb, rp)
    bs = r2(rate / 10)
    assert bs == 9.82
    jz = r2(100 - rate)
    assert jz == 1.82 and pct(r2(ab - eb), ab) == 1.82
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 自评得分, 自评偏差说明, (复核得分, 复核意见))
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 4, 4, "", (4, "")),
           ("决策", "目标设定", "绩效指标明确性", "明确", "2项指标未量化", 4, 3, "", (3, "同意自评扣分")),
           ("决策", "预算配置", "在职人员控制率", "≤100%", "96.4%", 3, 3, "", (3, "")),
           ("决策", "预算配置", "“三公”经费变动率", "≤0", "-3.8%", 4, 4, "", (4, "")),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "", (bs, "")),
           ("过程", "预算执行", "结转结余率", "≤5%", f"{jz:.2f}%", 3, 3, "", (3, "")),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 4, 4, "",
            (3.5, "抽查发现1笔差旅费报销附件不全，扣0.5分")),
           ("过程", "财务管理", "政府采购执行率", "100%", "100%", 3, 3, "", (3, "")),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 5, 4.5, "",
            (4, "固定资产账实不符2项，在自评基础上再扣0.5分")),
           ("产出", "数量指标", "公共文化惠民演出（场）", "≥300", "326", 6, 6, "", (6, "")),
           ("产出", "数量指标", "A级旅游景区质量等级复核（家）", "≥24", "24", 5, 5, "", (5, "")),
           # PLANT TARGET_MISSED_FULL_MARKS: 1436 < ≥1500, 自评 6 of 6 (the 复核 5.74 is the reviewer's, a trap)
           ("产出", "数量指标", "非遗保护传承培训（人次）", "≥1500", "1436", 6, 6, "",
            (P(1436, 1500, 6), "实际完成1436人次，未达年度指标值，按比例计5.74分")),
           ("产出", "质量指标", "文物安全巡查覆盖率", "100%", "100%", 6, 6, "", (6, "")),
           ("产出", "质量指标", "公共图书馆文化馆免费开放达标率", "100%", "100%", 6, 6, "", (6, "")),
           ("产出", "时效指标", "文旅项目资金拨付及时率", "≥95%", "97.2%", 6, 6, "", (6, "")),
           ("效益", "经济效益", "接待游客人次增长率", "≥8%", "11.6%", 6, 6, "", (6, "")),
           ("效益", "社会效益", "文物安全事故（起）", "0", "0", 6, 6, "", (6, "")),
           ("效益", "可持续影响", "文旅融合发展长效机制", "健全", "基本健全", 6, 5, "",
            (4.5, "数字文旅平台运维经费未纳入预算，扣1.5分")),
           ("效益", "满意度", "游客满意度", "≥90%", "93.5%", 7, 7, "", (7, ""))]
    assert s2(ind, 5) == 100 and len(ind) == 19 and P(1436, 1500, 6) == 5.74
    total = s2(ind, 6)
    assert total == 97.32, total
    rv = [(x[0], x[1], x[2], x[3], x[4], x[5], x[8][0], "") for x in ind]
    rtotal = s2(rv, 6)
    assert rtotal == 95.56, rtotal
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert [x[2] for x in sec] == [14, 24.32, 35, 24], sec
    sec[1] = ("过程", 25, 24.23)  # PLANT SECTION_VS_ROWS: the 过程 小计 自评得分 prints 24.23; its five rows add to 24.32
    rsec = secs(rv, ["决策", "过程", "产出", "效益"])
    assert [x[2] for x in rsec] == [14, 23.32, 34.74, 23.5], rsec
    g = gold(None, dept, 2024, "PREFECTURAL", "陕西省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), sec, grows(g8(ind)))
    meta = dict(dept=dept, ind=ind, total=total, rtotal=rtotal, sec=sec, rsec=rsec, b=(ib_b, ab_b, eb_b, rb),
                p=(ib_p, ab_p, eb_p, rp), ib=ib, ab=ab, eb=eb, rate=rate)
    fnd = [F("SPENDING_OVER_BUDGET", "项目支出", f"项目支出 | {m2(ib_p)} | {m2(ab_p)} | {m2(eb_p)} | {rp:.2f}%",
             m2(eb_p), f"≤ {m2(ab_p)}", "HIGH", "WARNING",
             f"项目支出 全年执行数 {m2(eb_p)} exceeds its 全年预算数 {m2(ab_p)} by {m2(eb_p - ab_p)} ({rp:.2f}%, right as "
             "arithmetic, so no EXECUTION_RATE); 基本支出 and the 合计 are under budget; the 复核意见 column says nothing "
             "about it"),
           F("SECTION_VS_ROWS", "过程", "过程 | 小计 | 25 | 24.23 | 23.32", "24.23", "24.32", "HIGH", "ERROR",
             f"the five 过程 rows' 自评得分 give 9.82 + 3 + 4 + 3 + 4.5 = 24.32; the 小计 prints 24.23 (digits swapped); "
             f"the 自评 合计 {fmt(total)} adds the rows (the 小计s add to 97.23); the 复核得分 小计 23.32 is right for "
             "the 复核 column"),
           F("TARGET_MISSED_FULL_MARKS", "非遗保护传承培训（人次）", "非遗保护传承培训（人次） | 6 | ≥1500 | 1436 | 6 | 5.74 | "
             "实际完成1436人次，未达年度指标值，按比例计5.74分", "6", "< 6", "HIGH", "WARNING",
             "1436 misses the target ≥1500, yet the 自评得分 is the full 6 (no 偏差 stated); the reviewer's 复核得分 "
             "5.74 = 6 × 1436 ÷ 1500 and the 复核意见 say the same; the report's own (自评) score is the 6")]
    return {"stem": "h279_shangluo_wenlv", "format": "xlsx", "write": write279, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the sheet is the finance bureau's 复核表 of the department's self-evaluation: 自评得分 (the "
                      "department's, the report's own scores: gold) and 复核得分 (the reviewer's) side by side, with a "
                      "复核意见 column; the 复核得分 differ on four rows (资金使用合规性 3.5, 资产管理规范性 4, 非遗保护传承培训 "
                      "5.74, 文旅融合发展长效机制 4.5), each with its reason: the reviewer's judgement, not a finding",
                      "复核 小计 决策 14, 过程 23.32, 产出 34.74, 效益 23.5 and 复核 合计 95.56 add the 复核 column; the 复核结论 "
                      "paragraph's 97.32 and 95.56 and 复核等级 优 agree with the two 合计s; 自评等级 优 (97.32 ≥ 90)",
                      "budget block: parts add up in every column (年初 1,452.80 + 1,980.00 = 3,432.80; 全年 1,486.30 + "
                      "2,215.40 = 3,701.70; 执行 1,402.75 + 2,231.68 = 3,634.43); 合计 98.18%, 基本 94.38% and 项目 100.73% "
                      "right as arithmetic; 年初 < 全年 (追加)",
                      "预算执行率 98.18% × 10 = 9.82 (the 说明's rule); 结转结余率 1.82% = (3,701.70 − 3,634.43) ÷ 3,701.70 vs "
                      "≤5% (a ceiling, met); 在职人员控制率 96.4% vs ≤100%; “三公”经费变动率 -3.8% vs ≤0 (a decrease, met)",
                      "A级旅游景区质量等级复核 24 vs ≥24 (met exactly); 文物安全事故 0 vs 0; 绩效指标明确性 −1, 资产管理规范性 "
                      "−0.5, 文旅融合发展长效机制 −1 in the 自评 (judgement; the 实际完成值 says why)",
                      "the 决策 (15/14), 产出 (35/35) and 效益 (25/24) 自评 小计s add their rows; 自评 合计 97.32 = the rows"]}


def write279(rep, path):
    """openpyxl: one sheet “复核表”, columns A–I (一级 | 二级 | 三级 | 分值 | 年度指标值 | 实际完成值 | 自评得分 | 复核得分 |
    复核意见); the budget block above; 一级 merged down over its rows and its 小计 row, 二级 over its runs; 合计 and 等级
    rows for both score columns; the 复核结论 paragraph merged across; numbers numeric (0.00 / 0.00% formats)."""
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side, PatternFill
    M = rep["meta"]
    wb = openpyxl.Workbook()
    wb.properties.created = wb.properties.modified = H.A.FIXED
    wb.properties.creator = ""
    ws = wb.active
    ws.title = "复核表"
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    grey = PatternFill("solid", fgColor="D9E1F2")
    for col, wd in zip("ABCDEFGHI", [9, 11, 26, 10, 11, 13, 10, 10, 34]):
        ws.column_dimensions[col].width = wd

    def put(r, c, v, nf=None, al="center", bold=False, fill=None):
        cell = ws.cell(r, c, v)
        cell.font = Font(name="宋体", size=10, bold=bold)
        cell.alignment = Alignment(horizontal=al, vertical="center", wrap_text=True)
        cell.border = box
        if nf:
            cell.number_format = nf
        if fill:
            cell.fill = fill
        return cell

    def merge(r1, c1, r2_, c2):
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2_, end_column=c2)
        for rr in range(r1, r2_ + 1):
            for cc in range(c1, c2 + 1):
                ws.cell(rr, cc).border = box

    def num(x):
        return int(x) if float(x).is_integer() else x
    ws.cell(1, 1, f"{M['dept']}2024年度部门整体支出绩效自评复核表").font = Font(name="宋体", size=16, bold=True)
    ws.cell(1, 1).alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells("A1:I1")
    ws.row_dimensions[1].height = 30
    ws.cell(2, 1, f"被复核单位：{M['dept']}　　　　复核单位：商洛市财政局　　　　金额单位：万元").font = Font(name="宋体", size=10)
    ws.merge_cells("A2:I2")
    r = 3
    put(r, 1, "一、预算执行情况", al="left", bold=True)
    merge(r, 1, r, 9)
    r += 1
    for k, h in enumerate(["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"]):
        c0 = [1, 4, 5, 6, 7][k]
        put(r, c0, h, bold=True, fill=grey)
    merge(r, 1, r, 3)
    put(r, 8, "复核意见", bold=True, fill=grey)
    merge(r, 8, r, 9)
    (ib_b, ab_b, eb_b, rb), (ib_p, ab_p, eb_p, rp) = M["b"], M["p"]
    for lab, a, b_, e, rt in (("合计", M["ib"], M["ab"], M["eb"], M["rate"]), ("其中：基本支出", ib_b, ab_b, eb_b, rb),
                              ("　　　项目支出", ib_p, ab_p, eb_p, rp)):
        r += 1
        put(r, 1, lab, al="left")
        merge(r, 1, r, 3)
        put(r, 4, a, "#,##0.00", "right")
        put(r, 5, b_, "#,##0.00", "right")
        put(r, 6, e, "#,##0.00", "right")
        put(r, 7, rt / 100, "0.00%")
        put(r, 8, "与决算报表核对一致" if lab == "合计" else "")
        merge(r, 8, r, 9)
    r += 1
    put(r, 1, "二、绩效指标自评及复核情况", al="left", bold=True)
    merge(r, 1, r, 9)
    r += 1
    for k, h in enumerate(["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "自评得分", "复核得分", "复核意见"]):
        put(r, k + 1, h, bold=True, fill=grey)
    hdr_row = r
    ind = M["ind"]
    sec = {s[0]: s for s in M["sec"]}
    rsec = {s[0]: s for s in M["rsec"]}
    r += 1
    for l1 in ["决策", "过程", "产出", "效益"]:
        rows = [x for x in ind if x[0] == l1]
        first = r
        for x in rows:
            put(r, 1, l1)
            put(r, 2, x[1])
            put(r, 3, x[2], al="left")
            put(r, 4, num(x[5]), "0")
            put(r, 5, x[3])
            put(r, 6, x[4])
            put(r, 7, num(x[6]), "0.00" if not float(x[6]).is_integer() else "0")
            put(r, 8, num(x[8][0]), "0.00" if not float(x[8][0]).is_integer() else "0")
            put(r, 9, x[8][1], al="left")
            if len(x[8][1]) > 16:
                ws.row_dimensions[r].height = 27
            r += 1
        # 二级 runs
        k = first
        while k < r:
            j = k
            while j + 1 < r and ws.cell(j + 1, 2).value == ws.cell(k, 2).value:
                j += 1
            if j > k:
                merge(k, 2, j, 2)
            k = j + 1
        s, rs_ = sec[l1], rsec[l1]
        put(r, 1, l1)
        put(r, 2, "小计", bold=True)
        merge(r, 2, r, 3)
        put(r, 4, num(s[1]), "0", bold=True)
        put(r, 5, "")
        put(r, 6, "")
        put(r, 7, num(s[2]), "0.00" if not float(s[2]).is_integer() else "0", bold=True)
        put(r, 8, num(rs_[2]), "0.00" if not float(rs_[2]).is_integer() else "0", bold=True)
        put(r, 9, "")
        merge(first, 1, r, 1)
        r += 1
    put(r, 1, "合计", bold=True)
    merge(r, 1, r, 3)
    put(r, 4, 100, "0", bold=True)
    put(r, 5, "")
    put(r, 6, "")
    put(r, 7, M["total"], "0.00", bold=True)
    put(r, 8, M["rtotal"], "0.00", bold=True)
    put(r, 9, "")
    r += 1
    put(r, 1, "等级", bold=True)
    merge(r, 1, r, 6)
    put(r, 7, grade(M["total"]), bold=True)
    put(r, 8, grade(M["rtotal"]), bold=True)
    put(r, 9, "")
    r += 1
    put(r, 1, "三、复核结论", al="left", bold=True)
    merge(r, 1, r, 9)
    r += 1
    concl = (f"经复核，{M['dept']}2024年度部门整体支出绩效自评得分{fmt(M['total'])}分，复核得分{fmt(M['rtotal'])}分，复核等级为"
             f"“{grade(M['rtotal'])}”。复核调整事项：资金使用合规性、资产管理规范性、非遗保护传承培训、文旅融合发展长效机制4项"
             "指标复核得分低于自评得分，原因见复核意见栏。")
    put(r, 1, concl, al="left")
    merge(r, 1, r, 9)
    ws.row_dimensions[r].height = 44
    r += 1
    put(r, 1, "说明：1.自评得分为被复核单位自评填报数，复核得分为财政部门复核认定数；2.预算执行率得分＝预算执行率×分值；3.等级：" + BANDS,
        al="left")
    merge(r, 1, r, 9)
    ws.row_dimensions[r].height = 44
    r += 1
    ws.cell(r, 1, "复核人：王××　　　审核人：赵××　　　复核日期：2025年6月12日").font = Font(name="宋体", size=10)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{hdr_row}:{hdr_row}"
    wb.save(path)
    H.A.normalize_zip(path)


ALL.append(h279())


# ============================================================ h280 三明市沙县区农业农村局 (DOCX with reviewer COMMENTS and FOOTNOTES)

REVIEWER = ("沙县区财政局绩效股", "2025-04-25T10:12:00Z", "CZJ")


def h280():
    dept = "三明市沙县区农业农村局"
    unit = "三明市沙县区农业技术推广中心"
    proj = "2024年沙县区耕地地力保护与化肥减量增效项目"
    srcs = [("其中：中央财政资金", 2310.00, 2310.00, 2246.52), ("省级财政资金", 420.00, 420.00, 386.90),
            ("区级财政资金", 230.00, 270.00, 230.68)]
    ib, ab, eb = (r2(sum(x[k] for x in srcs)) for k in (1, 2, 3))
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (2960.00, 3000.00, 2864.10, 95.47), (ib, ab, eb, rate)
    assert [pct(x[3], x[2]) for x in srcs] == [97.25, 92.12, 85.44]
    rate_printed = 95.74  # PLANT EXECUTION_RATE: 2,864.10 ÷ 3,000.00 = 95.47%; the 年度资金总额 line prints 95.74%
    fs = r2(rate / 10)  # scored on the right rate (the reviewer's comment on the cell says 95.47%: a trap)
    assert fs == 9.55
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因, the footnote its data source is in, or None)
    ind = [("产出指标", "数量指标", "耕地地力保护补贴发放面积（万亩）", "≥26.5", "26.82", 8, 8, "", 2),
           ("产出指标", "数量指标", "测土配方施肥技术推广面积（万亩）", "≥30", "31.4", 6, 6, "", None),
           ("产出指标", "数量指标", "建设化肥减量增效示范片（个）", "≥12", "12", 6, 6, "", None),
           # PLANT TARGET_MET_POINTS_LOST: 5.6 meets ≥5, no 偏差原因, 5 of 6
           ("产出指标", "数量指标", "有机肥替代化肥推广面积（万亩）", "≥5", "5.6", 6, 5, "", None),
           # PLANT RULE_SCORE: 说明 2 (proportion): 8 × 91.2 ÷ 95 = 7.68; printed 7
           ("产出指标", "质量指标", "测土配方施肥技术覆盖率", "≥95%", "91.2%", 8, 7, "部分山区乡镇取土化验进度滞后", None),
           ("产出指标", "质量指标", "补贴资金兑付准确率", "100%", "100%", 6, 6, "", None),
           ("产出指标", "时效指标", "补贴资金兑付及时率", "≥98%", "99.1%", 5, 5, "", None),
           ("产出指标", "成本指标", "示范片亩均物化补助（元/亩）", "≤120", "115", 5, 5, "", None),
           ("效益指标", "经济效益指标", "主要农作物化肥使用量减少（吨）", "≥800", "836", 6, 6, "", None),
           ("效益指标", "经济效益指标", "示范区亩均节本增效（元）", "≥60", "52", 6, P(52, 60, 6),
            "受稻谷收购价格下行影响，按比例得分", None),
           ("效益指标", "生态效益指标", "示范区化肥利用率", "≥42%", "42.3%", 6, 6, "", None),
           ("效益指标", "社会效益指标", "补贴政策知晓率", "≥95%", "96.8%", 5, 5, "", None),
           ("效益指标", "可持续影响指标", "耕地质量保护长效机制", "健全", "基本健全", 6, 5, "耕地质量监测点布局不够完善，扣1分", None),
           ("满意度指标", "服务对象满意度指标", "种粮农户满意度", "≥90%", "93.3%", 5, 5, "", 3),
           ("满意度指标", "服务对象满意度指标", "新型农业经营主体满意度", "≥90%", "91.6%", 6, 6, "", None)]
    assert P(52, 60, 6) == 5.2 and P(91.2, 95, 8) == 7.68 and pct(571, 612) == 93.30
    full = [("", "", "年度资金总额", "", f"{rate_printed:.2f}%", 10, fs, "")] + g8(ind)
    assert s2(full, 5) == 100 and len(full) == 16
    total = s2(full, 6)
    assert total == 95.75, total
    g = with_project(gold(None, dept, 2024, "COUNTY", "福建省", "SELF_EVALUATION", None, total, 100, grade(total),
                          budget(ib, ab, eb, rate_printed), [], grows(full)), proj, unit)
    goals = ("目标1：落实耕地地力保护补贴政策，补贴面积26.5万亩以上，资金兑付准确率100%；目标2：推广测土配方施肥30万亩以上，"
             "技术覆盖率95%以上，建设化肥减量增效示范片12个；目标3：有机肥替代化肥5万亩以上，主要农作物化肥使用量减少800吨以上。")
    done = ("目标1：核定发放补贴面积26.82万亩，兑付准确率100%、及时率99.1%；目标2：推广测土配方施肥31.4万亩，技术覆盖率91.2%，"
            "建成示范片12个；目标3：有机肥替代化肥5.6万亩，化肥使用量减少836吨，示范区化肥利用率42.3%。")
    footnotes = {1: "资金来源：中央财政耕地地力保护补贴资金2,310.00万元、省级化肥减量增效资金420.00万元、区级配套资金270.00万元"
                    "（年初安排230.00万元，年中追加40.00万元）。",
                 2: "数据来源：沙县区2024年度耕地地力保护补贴面积核定汇总表，核定面积26.82万亩，涉及农户3.46万户。",
                 3: "数据来源：区农业农村局委托开展的电话抽样调查，有效样本612份，其中满意及基本满意571份。"}
    fn_line = ["数据来源：项目资金数据取自沙县区财政国库集中支付系统", "，补贴发放面积取自面积核定汇总表",
               "，满意度取自委托开展的电话抽样调查"]
    # comments by the finance bureau's reviewer: (anchor, text); anchors name a cell of the form
    comments = [("rate", "执行率应为95.47%（2,864.10÷3,000.00），请核改。"),
                ("score:耕地质量保护长效机制", "建议得分调整为4分：区级耕地质量监测点仅完成布设计划的80%。"),
                ("actual:示范区亩均节本增效（元）", "请附测产报告，52元的测算口径请说明。"),
                ("total", "请根据复核意见重新合计总分（调整后为94.75分）。")]
    meta = dict(dept=dept, unit=unit, proj=proj, srcs=srcs, ib=ib, ab=ab, eb=eb, rate_printed=rate_printed, fs=fs,
                ind=ind, total=total, goals=goals, done=done, footnotes=footnotes, comments=comments,
                fn_line=fn_line)
    fnd = [F("EXECUTION_RATE", "年度资金总额", f"年度资金总额 | {m2(ib)} | {m2(ab)} | {m2(eb)} | 10 | {rate_printed:.2f}% | "
             f"{fmt(fs)}", f"{rate_printed:.2f}%", f"{rate:.2f}%", "HIGH", "ERROR",
             f"全年执行数 {m2(eb)} ÷ 全年预算数 {m2(ab)} = {rate:.2f}%; the line prints {rate_printed:.2f}% (digits "
             f"swapped); its 得分 {fmt(fs)} is 10 × {rate:.2f}% (the right rate), so one problem; the 其中 lines' rates are "
             "right (the reviewer's Word comment on the cell gives the same 95.47%, but comments are not the report)"),
           F("RULE_SCORE", "测土配方施肥技术覆盖率", "测土配方施肥技术覆盖率 | ≥95% | 91.2% | 8 | 7 | 部分山区乡镇取土化验进度滞后",
             "7", "7.68", "HIGH", "ERROR",
             "说明 2: a quantitative indicator that misses its target scores 实际完成值 ÷ 年度指标值 × 分值 = 91.2 ÷ 95 × 8 = "
             "7.68; printed 7 (a whole point docked); the 总分 95.75 adds the printed 7 (96.43 with 7.68)"),
           F("TARGET_MET_POINTS_LOST", "有机肥替代化肥推广面积（万亩）", "有机肥替代化肥推广面积（万亩） | ≥5 | 5.6 | 6 | 5 |",
             "5", "6", "HIGH", "WARNING",
             "5.6万亩 meets ≥5 (说明 2: a met target scores full marks) and the 偏差原因 cell is empty, yet the row scores 5 "
             "of 6; the 实际完成情况 cell also says 5.6万亩")]
    return {"stem": "h280_shaxian_nongye", "format": "docx", "write": write280, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the finance bureau's reviewer (沙县区财政局绩效股) left four Word COMMENTS (word/comments.xml, "
                      "anchored by commentRangeStart/End on cells, shown in the margin): on the 执行率 cell “执行率应为95.47%"
                      "（2,864.10÷3,000.00），请核改。”, on 耕地质量保护长效机制's 得分 “建议得分调整为4分：…仅完成布设计划的80%。”, "
                      "on 示范区亩均节本增效's 完成值 “请附测产报告，52元的测算口径请说明。”, on the 总分 “…（调整后为94.75分）。”: "
                      "comments are the reviewer's, not the report's figures (gold: 95.74% printed, 5, 95.75)",
                      "three FOOTNOTES (word/footnotes.xml; superscript marks 1–3 in the 数据来源 line under the table, after "
                      "its three clauses: 资金, 补贴发放面积, 满意度) explain data sources: fn1 2,310.00 + 420.00 + 270.00 (230.00 + 40.00 追加) = the "
                      "其中 lines' 全年; fn2 26.82万亩, 3.46万户; fn3 571 ÷ 612 = 93.30% = the row's 93.3%: all agree; the "
                      "marks (1–3) are footnote numbers, not figures",
                      "fund block: 其中 lines 年初 2,310.00 + 420.00 + 230.00 = 2,960.00; 全年 2,310.00 + 420.00 + 270.00 = "
                      "3,000.00; 执行 2,246.52 + 386.90 + 230.68 = 2,864.10; rates 97.25%, 92.12%, 85.44% right; they carry no "
                      "分值/得分 and are not gold budget parts; 年初 < 全年 (区级追加40.00)",
                      "建设化肥减量增效示范片 12 vs ≥12 (met exactly); 示范片亩均物化补助 115 vs ≤120 (a ceiling, met; 元/亩 in "
                      "the name, not a budget figure); 示范区亩均节本增效 6 × 52 ÷ 60 = 5.2 (说明 2's proportion rule); "
                      "耕地质量保护长效机制 −1 with a reason (judgement)",
                      "the goal cells' figures (26.82, 31.4, 91.2%, 12, 5.6, 836, 42.3%) agree with the rows; 总分 95.75 = "
                      "the printed rows (fund line 9.55 included); 自评等级 优"]}


def write280(rep, path):
    """python-docx: the form as one 9-column Word table (as h278's layout), then lxml adds the comment anchors
    (commentRangeStart / commentRangeEnd around a cell's runs and a commentReference run) and the footnote reference
    runs; the package gets word/comments.xml and word/footnotes.xml (separator and continuationSeparator footnotes
    0 and 1, then the footnotes 2–4, shown as 1–3), their relationships and content types, and settings' w:footnotePr."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt
    M = rep["meta"]
    doc = new_doc()
    para(doc, "项目支出绩效自评表", bold=True, size=16, center=True, after=2)
    para(doc, "（2024年度）", size=12, center=True, after=4)
    para(doc, f"填报单位（盖章）：{M['dept']}　　　　　　　　　　金额单位：万元", size=10, after=4)
    ind = M["ind"]
    r_fund, r_goal, r_ih = 2, 7, 9
    r0 = r_ih + 1
    n = r0 + len(ind)
    t = grid(doc, n + 1, [16, 15, 16, 26, 17, 17, 12, 16, 35])
    cells = [(0, 0, 1, 1, "项目名称", "c", True), (0, 1, 1, 8, M["proj"], "l", False),
             (1, 0, 1, 1, "主管部门", "c", True), (1, 1, 1, 3, M["dept"], "l", False),
             (1, 4, 1, 1, "实施单位", "c", True), (1, 5, 1, 4, M["unit"], "l", False),
             (r_fund, 0, 5, 1, "项目资金（万元）", "c", True), (r_fund, 1, 1, 2, "", "c", True)]
    cells += [(r_fund, 3 + k, 1, 1, h, "c", True) for k, h in enumerate(["年初预算数", "全年预算数", "全年执行数", "分值",
                                                                         "执行率", "得分"])]
    cells += [(r_fund + 1, 1, 1, 2, "年度资金总额", "l", False), (r_fund + 1, 3, 1, 1, m2(M["ib"]), "r", False),
              (r_fund + 1, 4, 1, 1, m2(M["ab"]), "r", False), (r_fund + 1, 5, 1, 1, m2(M["eb"]), "r", False),
              (r_fund + 1, 6, 1, 1, "10", "c", False), (r_fund + 1, 7, 1, 1, f"{M['rate_printed']:.2f}%", "c", False),
              (r_fund + 1, 8, 1, 1, fmt(M["fs"]), "c", False)]
    for j, (lab, a, b_, e) in enumerate(M["srcs"]):
        r = r_fund + 2 + j
        cells += [(r, 1, 1, 2, lab, "l", False), (r, 3, 1, 1, m2(a), "r", False), (r, 4, 1, 1, m2(b_), "r", False),
                  (r, 5, 1, 1, m2(e), "r", False), (r, 6, 1, 1, "—", "c", False),
                  (r, 7, 1, 1, f"{pct(e, b_):.2f}%", "c", False), (r, 8, 1, 1, "—", "c", False)]
    cells += [(r_goal, 0, 2, 1, "年度总体目标", "c", True), (r_goal, 1, 1, 4, "预期目标", "c", True),
              (r_goal, 5, 1, 4, "实际完成情况", "c", True), (r_goal + 1, 1, 1, 4, M["goals"], "l", False),
              (r_goal + 1, 5, 1, 4, M["done"], "l", False)]
    cells += [(r_ih, 0, len(ind) + 1, 1, "绩效指标", "c", True)]
    cells += [(r_ih, 1 + k, 1, 1, h, "c", True) for k, h in enumerate(
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])]
    for i, x in enumerate(ind):
        r = r0 + i
        cells += [(r, 3, 1, 1, x[2], "l", False), (r, 4, 1, 1, x[3], "c", False), (r, 5, 1, 1, x[4], "c", False),
                  (r, 6, 1, 1, fmt(x[5]), "c", False), (r, 7, 1, 1, fmt(x[6]), "c", False), (r, 8, 1, 1, x[7], "l", False)]
    for cc in (0, 1):
        for a, b in spans(ind, cc):
            cells.append((r0 + a, 1 + cc, b - a + 1, 1, ind[a][cc], "c", False))
    cells += [(n, 0, 1, 6, "总分", "c", True), (n, 6, 1, 1, "100", "c", True), (n, 7, 1, 1, fmt(M["total"]), "c", True),
              (n, 8, 1, 1, "自评等级：" + grade(M["total"]), "c", True)]
    where = {}
    for r, k, rs, cs, text, al, b in cells:
        cell = t.cell(r, k)
        if rs > 1 or cs > 1:
            cell = cell.merge(t.cell(r + rs - 1, k + cs - 1))
        cell_put(cell, text, 8.5, b, al)
        where[(r, k)] = cell
    # anchors
    anchor = {"rate": where[(r_fund + 1, 7)], "total": where[(n, 7)]}
    for i, x in enumerate(ind):
        anchor[f"score:{x[2]}"] = where[(r0 + i, 7)]
        anchor[f"actual:{x[2]}"] = where[(r0 + i, 5)]
        anchor[f"name:{x[2]}"] = where[(r0 + i, 3)]
    anchor["name:年度资金总额"] = where[(r_fund + 1, 1)]

    def el(tag, **attrs):
        e = OxmlElement(tag)
        for k_, v in attrs.items():
            e.set(qn(k_), v)
        return e
    for cid, (a, _) in enumerate(M["comments"]):
        p = anchor[a].paragraphs[0]._p
        rs_ = p.findall(qn("w:r"))
        rs_[0].addprevious(el("w:commentRangeStart", **{"w:id": str(cid)}))
        end = el("w:commentRangeEnd", **{"w:id": str(cid)})
        rs_[-1].addnext(end)
        ref = el("w:r")
        rpr = el("w:rPr")
        rpr.append(el("w:sz", **{"w:val": "16"}))
        ref.append(rpr)
        ref.append(el("w:commentReference", **{"w:id": str(cid)}))
        end.addnext(ref)
    para(doc, "", after=2)
    # the data-source line: its three footnote marks (LibreOffice 7.4 drops the text of footnotes referenced from table
    # cells, so the marks sit in a body paragraph, where Word and LibreOffice both show them)
    src = para(doc, "", size=9, after=2)
    for k, text in enumerate(M["fn_line"]):
        r_ = src.add_run(text)
        r_.font.size = Pt(9)
        ref = el("w:r")
        rpr = el("w:rPr")
        rpr.append(el("w:vertAlign", **{"w:val": "superscript"}))
        rpr.append(el("w:sz", **{"w:val": "18"}))
        ref.append(rpr)
        ref.append(el("w:footnoteReference", **{"w:id": str(k + 2)}))
        src._p.append(ref)
    r_ = src.add_run("。")
    r_.font.size = Pt(9)
    para(doc, "说明：1.年度资金总额得分＝执行率×分值；2.定量指标未达到年度指标值的，按“实际完成值÷年度指标值×分值”计分，达到的"
              "得满分；3.定性指标根据完成情况酌情扣分，并在偏差原因分析中说明；4.自评等级：" + BANDS, size=9, after=4)
    q = para(doc, "填报人：罗××　　　联系电话：0598-58×××××　　　填报日期：2025年4月18日", size=10)
    q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    st = doc.settings.element
    fpr = el("w:footnotePr")
    fpr.append(el("w:footnote", **{"w:id": "0"}))
    fpr.append(el("w:footnote", **{"w:id": "1"}))
    comp = st.find(qn("w:compat"))
    if comp is not None:
        comp.addprevious(fpr)
    else:
        st.append(fpr)
    doc.save(path)
    W = 'xmlns:w="%s"' % W_NS
    who, date, ini = REVIEWER
    com = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {W}>']
    for cid, (_, text) in enumerate(M["comments"]):
        com.append(f'<w:comment w:id="{cid}" w:author="{who}" w:date="{date}" w:initials="{ini}"><w:p><w:r><w:rPr>'
                   f'<w:sz w:val="16"/></w:rPr><w:annotationRef/></w:r><w:r><w:rPr><w:sz w:val="18"/></w:rPr>'
                   f'<w:t>{text}</w:t></w:r></w:p></w:comment>')
    com.append("</w:comments>")
    fns = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>',
           '<w:footnote w:type="separator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
           'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
           '<w:footnote w:type="continuationSeparator" w:id="1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
           'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for fid, text in sorted(M["footnotes"].items()):
        fns.append(f'<w:footnote w:id="{fid + 1}"><w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:vertAlign '
                   f'w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="18"/>'
                   f'</w:rPr><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>')
    fns.append("</w:footnotes>")
    with zipfile.ZipFile(path) as z:
        items = {i.filename: z.read(i.filename) for i in z.infolist()}
    rels = items["word/_rels/document.xml.rels"].decode("utf-8")
    rels = rels.replace("</Relationships>",
                        '<Relationship Id="rId901" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                        'relationships/comments" Target="comments.xml"/><Relationship Id="rId902" Type="http://'
                        'schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                        "</Relationships>")
    ct = items["[Content_Types].xml"].decode("utf-8")
    ct = ct.replace("</Types>",
                    '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                    'wordprocessingml.comments+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/'
                    'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
    items["word/_rels/document.xml.rels"] = rels.encode("utf-8")
    items["[Content_Types].xml"] = ct.encode("utf-8")
    items["word/comments.xml"] = "".join(com).encode("utf-8")
    items["word/footnotes.xml"] = "".join(fns).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(items, key=lambda s: (s != "[Content_Types].xml", s)):
            info = zipfile.ZipInfo(name, date_time=H.A.FIXED.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, items[name])


ALL.append(h280())


# ============================================================ h281 金寨县水利局 (PDF, third-party 评分表 with 扣分 only, no 得分)

def h281():
    dept = "金寨县水利局"
    unit = "金寨县农村供水服务中心"
    proj = "2024年金寨县农村饮水安全巩固提升工程"
    evaluator = "安徽明远项目管理咨询有限公司"
    srcs = [("中央水利发展资金", 1600.00, 1600.00, 1536.80), ("省级财政资金", 500.00, 500.00, 468.20),
            ("县级财政资金", 400.00, 460.00, 407.36)]
    ib, ab, eb = (r2(sum(x[k] for x in srcs)) for k in (1, 2, 3))
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (2500.00, 2560.00, 2412.36, 94.23), (ib, ab, eb, rate)
    assert [pct(x[3], x[2]) for x in srcs] == [96.05, 93.64, 88.56]
    rate_formula = "94.83%"  # PLANT FORMULA: the prose's 2,412.36 ÷ 2,560.00 × 100% = 94.23%, printed 94.83%
    d_rate = r2(5 - r2(5 * rate / 100))
    d_pipe = r2(8 - P(112.6, 120, 8))
    assert (d_rate, d_pipe) == (0.29, 0.49), (d_rate, d_pipe)
    std_q = "完成年度目标得满分，未完成的按完成比例计分"
    # (一级, 二级, 三级, 分值, 评分标准, 评价要点/完成情况, 扣分, 扣分原因)
    ind = [("决策", "项目立项", "立项依据充分性", 3, "符合国家法律法规、发展规划及部门职责的得3分，每有一项不符扣1分",
            "依据《安徽省“十四五”农村供水保障规划》立项，依据充分", 0, ""),
           ("决策", "项目立项", "立项程序规范性", 3, "按规定程序申请设立、审批文件齐全得3分，否则酌情扣分",
            "经县发展改革委批复实施方案，程序规范", 0, ""),
           ("决策", "绩效目标", "绩效目标合理性", 3, "目标与项目内容相关、预期产出和效益合理得3分，否则酌情扣分",
            "绩效目标与项目实施内容相符", 0, ""),
           ("决策", "绩效目标", "绩效指标明确性", 3, "绩效指标细化、量化、可衡量得3分，每有1项未量化扣0.5分",
            "2项效益指标未设置量化目标值", 1, "2项指标未量化，每项扣0.5分"),
           ("决策", "资金投入", "预算编制科学性", 3, "预算编制经过科学论证、内容与项目匹配得3分，否则酌情扣分",
            "年中追加县级资金60.00万元，年初预算测算不够充分", 0.5, "预算编制不够精准"),
           ("过程", "资金管理", "资金到位率", 4, "资金到位率100%得满分，每低1个百分点扣0.2分",
            "应到位2,560.00万元，实际到位2,560.00万元，到位率100%", 0, ""),
           ("过程", "资金管理", "预算执行率", 5, "得分＝预算执行率×分值",
            f"实际支出{m2(eb)}万元，预算执行率{rate:.2f}%", d_rate, "执行率未达100%"),
           ("过程", "资金管理", "资金使用合规性", 4, "资金使用符合财经制度、无截留挪用得4分，每发现1处问题扣1分",
            "抽查发现1笔工程款支付凭证不全", 1, "1笔工程款支付凭证不全"),
           ("过程", "组织实施", "管理制度健全性", 3, "建立健全项目管理和资金管理制度得3分，否则酌情扣分",
            "制定项目管理办法和资金管理办法", 0, ""),
           ("过程", "组织实施", "制度执行有效性", 4, "严格执行招投标、监理、验收等制度得4分，每发现1处问题扣0.5分",
            "2处工程监理日志记录不全", 1, "2处问题，每处扣0.5分"),
           ("产出", "产出数量", "新建改造集中供水工程（处）", 8, std_q, "目标18处，完成18处", 0, ""),
           ("产出", "产出数量", "更新改造供水管网（公里）", 8, std_q, "目标120公里，完成112.6公里", d_pipe,
            "受汛期影响2个乡镇管网延至2025年实施，按完成比例扣分"),
           ("产出", "产出质量", "工程验收合格率", 8, "合格率100%得满分，每低1个百分点扣1分", "18处工程验收合格率100%", 0, ""),
           # PLANT MALFORMED_RULE: the 90%（含）—95% band pays 4, more than the 95%（含）—98% band's 3
           ("产出", "产出质量", "农村供水保证率", 5, "供水保证率≥98%得5分；95%（含）—98%得3分；90%（含）—95%得4分；90%以下不得分",
            "抽查供水保证率99.2%", 0, ""),
           ("产出", "产出时效", "工程按期完工率", 6, "≥95%得满分，每低1个百分点扣0.5分", "纳入年度计划的18处供水工程均按期完工，"
            "完工率100%", 0, ""),
           ("产出", "产出成本", "单位管网造价（万元/公里）", 5, "不超过概算标准14万元/公里得满分，每超1%扣0.5分",
            "实际单位造价13.2万元/公里", 0, ""),
           ("效益", "社会效益", "农村供水受益人口（万人）", 6, "达到目标值得满分，未达到的按完成比例计分", "目标8.5万人，实际受益8.76万人",
            0, ""),
           ("效益", "社会效益", "农村自来水普及率", 5, "≥92%得满分，每低1个百分点扣1分", "全县农村自来水普及率93.1%", 0, ""),
           ("效益", "可持续影响", "工程运行管护机制", 6, "建立县级统管、乡镇监管、村级管护机制的得6分，否则酌情扣分",
            "部分村级管水员报酬未落实", 1, "管护机制落实不到位"),
           ("效益", "满意度", "受益群众满意度", 8, "≥90%得满分，每低1个百分点扣1分", "抽样调查满意度88.0%", 2,
            "满意度低于90%，低2个百分点")]
    assert len(ind) == 20 and s2(ind, 3) == 100
    ded = s2(ind, 6)
    assert ded == 7.28, ded
    total_true = r2(100 - ded)
    ded_printed = 6.28  # PLANT TOTAL_VS_ROWS: the 扣分 合计 prints 6.28 (rows add to 7.28), 综合得分 93.72 = 100 − 6.28
    total = r2(100 - ded_printed)
    assert (total_true, total) == (92.72, 93.72)
    names = ["决策", "过程", "产出", "效益"]
    sec = [(n, s2([x for x in ind if x[0] == n], 3), r2(s2([x for x in ind if x[0] == n], 3) -
                                                        s2([x for x in ind if x[0] == n], 6))) for n in names]
    sded = [s2([x for x in ind if x[0] == n], 6) for n in names]
    assert [s[2] for s in sec] == [13.5, 17.71, 39.51, 22] and sded == [1.5, 2.29, 0.49, 3], (sec, sded)
    rows = [row(l1, l2, l3, None, done, w, r2(w - d)) for (l1, l2, l3, w, std, done, d, why) in ind]
    g = with_project(gold(None, dept, 2024, "COUNTY", "安徽省", "THIRD_PARTY_EVALUATION", evaluator, total, 100,
                          grade(total), budget(ib, ab, eb, rate), sec, rows), proj, unit)
    meta = dict(dept=dept, unit=unit, proj=proj, evaluator=evaluator, srcs=srcs, ib=ib, ab=ab, eb=eb, rate=rate,
                rate_formula=rate_formula, ind=ind, ded_printed=ded_printed, total=total, sec=sec, sded=sded)
    fnd = [F("TOTAL_VS_ROWS", "综合得分", "合计 | 100 | 6.28 / 综合得分93.72分", fmt(total), fmt(total_true), "HIGH", "ERROR",
             "the 评分表's 扣分 column adds to 1 + 0.5 + 0.29 + 1 + 1 + 0.49 + 1 + 2 = 7.28, so the rows' scores "
             "(分值 − 扣分) add to 92.72; the 合计 row prints 扣分 6.28 and the 综合得分 93.72 (under the table, in the "
             "一级 summary's 合计 and in the 评价结论 prose: one problem); the 一级 summary's four 扣分 (1.5, 2.29, 0.49, "
             "3) themselves add to 7.28; the grade 优 is unaffected (92.72 ≥ 90)"),
           F("FORMULA", "预算执行率", f"预算执行率＝实际支出÷全年预算×100%＝{m2(eb)}÷{m2(ab)}×100%＝{rate_formula}",
             rate_formula, f"{rate:.2f}%", "HIGH", "ERROR",
             f"{m2(eb)} ÷ {m2(ab)} × 100% = {rate:.2f}%; the prose's worked formula prints {rate_formula}; the 资金 "
             f"table's 合计 line and the 评分表's 预算执行率 row print the right {rate:.2f}% (扣分 0.29 = 5 − 5 × "
             f"{rate:.2f}%), so gold executionRate is {rate:.2f}"),
           F("MALFORMED_RULE", "农村供水保证率", "农村供水保证率 | 5 | 供水保证率≥98%得5分；95%（含）—98%得3分；90%（含）—95%得4分；"
             "90%以下不得分 | 抽查供水保证率99.2% |", "95%（含）—98%得3分；90%（含）—95%得4分", "bands not monotonic "
             "(90%–95% pays 4 > 95%–98%'s 3)", "HIGH", "WARNING",
             "the 评分标准 pays 4 points for 90%（含）—95% but only 3 for the better 95%（含）—98%: a worse result scores "
             "higher; the row's 99.2% lies in the top band, so its 扣分 0 is unaffected")]
    return {"stem": "h281_jinzhai_shuili", "format": "pdf", "draw": draw281, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the 评分表 has NO 得分 column: 一级 | 二级 | 三级指标 | 分值 | 评分标准 | 评价要点/完成情况 | 扣分 | 扣分原因; a "
                      "row's score is 分值 − 扣分 (a blank 扣分 is 0; the gold's row score is that difference); the 合计 row "
                      "prints 分值 100 and the 扣分 total; 综合得分 under the table (and in the prose) is 100 − that total",
                      "the 评分标准 column is full of numbers (3分, 0.5分, 98%, 14万元/公里) that are rules, not scores; the "
                      "评价要点/完成情况 column holds the targets and actuals as prose (目标18处，完成18处)",
                      "资金 table: sources add up in every column (年初 1,600.00 + 500.00 + 400.00 = 2,500.00; 全年 1,600.00 "
                      "+ 500.00 + 460.00 = 2,560.00; 实际支出 1,536.80 + 468.20 + 407.36 = 2,412.36); rates 96.05%, 93.64%, "
                      "88.56% and 合计 94.23% right; sources are not gold budget parts; 年初 < 全年 (县级追加60.00万元, the "
                      "预算编制科学性 row says so)",
                      "预算执行率 扣分 0.29 = 5 − 5 × 94.23% (4.71); 更新改造供水管网 扣分 0.49 = 8 − 8 × 112.6 ÷ 120 (7.51, its "
                      "proportion rule); 受益群众满意度 88.0%: 2 points below 90% × 1 = 扣2 (its rule); 绩效指标明确性 2 × 0.5 = 1 "
                      "and 制度执行有效性 2 × 0.5 = 1 (their rules); 资金使用合规性 1 处 × 1 (its rule); 预算编制科学性 −0.5 and "
                      "工程运行管护机制 −1 (酌情, judgement with reasons)",
                      "新建改造集中供水工程 18 of 18 (met exactly); 单位管网造价 13.2 ≤ 14 (a ceiling, met; 万元/公里 in the "
                      "name, not a budget figure); 农村供水受益人口 8.76 ≥ 8.5; 工程按期完工率 100% (the 18 planned works)",
                      "the 一级 summary: 决策 15 | 1.5 | 13.5, 过程 20 | 2.29 | 17.71, 产出 40 | 0.49 | 39.51, 效益 25 | 3 | 22 "
                      "are right (each 一级's rows); 评价等级 优 (93.72 and 92.72 both ≥ 90)"]}


def draw281(rep, path):
    """reportlab, STSong-Light: pp. 1–2 A4 portrait (the report's prose, the 资金 table and the 一级 summary, ruled),
    pp. 3–4 A4 landscape (附件 评分表, ruled, header repeated, 一级/二级 merged within a page)."""
    from reportlab.lib.pagesizes import A4, landscape
    M = rep["meta"]
    c = new_canvas(path, A4)
    Wp, Hp = A4
    L = 56
    size, lead = 10.5, 17
    state = {"y": Hp - 60, "page": 1}

    def foot():
        c.setFont(FONT, 9)
        c.drawCentredString(c._pagesize[0] / 2, 30, f"— {state['page']} —")

    def newpage(size_=A4):
        foot()
        c.showPage()
        c.setPageSize(size_)
        state["page"] += 1
        state["y"] = size_[1] - 60

    def text(t, bold=False, indent=True, sz=size, center=False):
        c.setFont(FONT, sz)
        lines = wrap(("　　" if indent else "") + t, Wp - 2 * L, sz)
        for ln in lines:
            if state["y"] < 60:
                newpage()
                c.setFont(FONT, sz)
            for dx in ((0, 0.3) if bold else (0,)):
                if center:
                    c.drawCentredString(Wp / 2 + dx, state["y"], ln)
                else:
                    c.drawString(L + dx, state["y"], ln)
            state["y"] -= sz * 1.62
    c.setFont(FONT, 17)
    for dx in (0, 0.4):
        c.drawCentredString(Wp / 2 + dx, state["y"], M["proj"])
    state["y"] -= 26
    for dx in (0, 0.4):
        c.drawCentredString(Wp / 2 + dx, state["y"], "绩效评价报告")
    state["y"] -= 30
    text(f"委托单位：金寨县财政局　　　评价机构：{M['evaluator']}　　　报告日期：2025年5月26日", indent=False, sz=9.5,
         center=True)
    state["y"] -= 6
    text("一、项目基本情况", bold=True, indent=False)
    text(f"{M['proj']}由{M['dept']}主管、{M['unit']}组织实施，主要建设内容为新建改造集中供水工程18处、更新改造供水管网120公里，"
         "巩固提升8.5万农村人口的供水保障水平。")
    text(f"项目年初预算{m2(M['ib'])}万元，年中县级追加60.00万元，全年预算{m2(M['ab'])}万元；截至2024年12月31日实际支出"
         f"{m2(M['eb'])}万元，预算执行率＝实际支出÷全年预算×100%＝{m2(M['eb'])}÷{m2(M['ab'])}×100%＝{M['rate_formula']}。"
         "资金来源及支出情况见表1。")
    text("表1　项目资金情况（金额单位：万元）", indent=False, sz=9.5, center=True)
    cols = [150, 82, 82, 82, 87]
    spec = [(0, k, 1, 1, h, "c", True) for k, h in enumerate(["资金来源", "年初预算数", "全年预算数", "实际支出", "执行率"])]
    lines_ = [("合计", M["ib"], M["ab"], M["eb"])] + [(("其中：" if j == 0 else "　　　") + s[0], s[1], s[2], s[3])
                                                    for j, s in enumerate(M["srcs"])]
    for r, (lab, a, b_, e) in enumerate(lines_, 1):
        spec += [(r, 0, 1, 1, lab, "l", False), (r, 1, 1, 1, m2(a), "r", False), (r, 2, 1, 1, m2(b_), "r", False),
                 (r, 3, 1, 1, m2(e), "r", False), (r, 4, 1, 1, f"{pct(e, b_):.2f}%", "c", False)]
    c.setLineWidth(0.6)
    hts = heights_for(spec, cols, 5, 9, 11, 18, 6)
    state["y"] = rl_cells(c, L, state["y"] + 4, cols, hts, spec, 9, 11) - 22
    text("二、绩效评价工作开展情况", bold=True, indent=False)
    text("受金寨县财政局委托，评价组于2025年4月至5月采取资料核查、现场勘查、问卷调查等方式开展评价，共抽查供水工程8处，"
         "发放满意度调查问卷400份，回收有效问卷386份。评价采用扣分制，各指标得分为分值减去扣分。")
    text("三、综合评价结论", bold=True, indent=False)
    text(f"经评价，该项目扣分合计{fmt(M['ded_printed'])}分，综合得分{fmt(M['total'])}分，评价等级为“{grade(M['total'])}”。"
         "评价等级划分：" + BANDS + "各一级指标得分情况见表2。")
    text("表2　一级指标得分情况", indent=False, sz=9.5, center=True)
    cols = [150, 110, 110, 113]
    spec = [(0, k, 1, 1, h, "c", True) for k, h in enumerate(["一级指标", "分值", "扣分", "得分"])]
    for r, ((n, w, s), d) in enumerate(zip(M["sec"], M["sded"]), 1):
        spec += [(r, 0, 1, 1, n, "c", False), (r, 1, 1, 1, fmt(w), "c", False), (r, 2, 1, 1, fmt(d), "c", False),
                 (r, 3, 1, 1, fmt(s), "c", False)]
    spec += [(5, 0, 1, 1, "合计", "c", True), (5, 1, 1, 1, "100", "c", True), (5, 2, 1, 1, fmt(M["ded_printed"]), "c", True),
             (5, 3, 1, 1, fmt(M["total"]), "c", True)]
    hts = heights_for(spec, cols, 6, 9, 11, 18, 6)
    if state["y"] - sum(hts) < 60:
        newpage()
    state["y"] = rl_cells(c, L, state["y"] + 4, cols, hts, spec, 9, 11) - 22
    text("四、主要绩效", bold=True, indent=False)
    text("项目完成新建改造集中供水工程18处，工程验收合格率100%；更新改造供水管网112.6公里；全县农村自来水普及率达到93.1%，"
         "抽查供水保证率99.2%，8.76万农村人口受益。")
    text("五、存在的问题", bold=True, indent=False)
    text("一是2个乡镇管网工程受汛期影响未能按计划完成；二是部分工程款支付凭证不全、监理日志记录不完整；三是部分村级管水员"
         "报酬未落实，长效管护机制有待健全；四是受益群众满意度88.0%，未达到90%的目标。")
    text("六、有关建议", bold=True, indent=False)
    text("加快推进剩余管网工程建设，规范工程资金支付和监理资料管理，落实村级管水员报酬，完善“县级统管、乡镇监管、村级管护”"
         "的运行管护机制。")
    text("附件：项目绩效评价评分表", indent=False)
    state["y"] -= 10
    text(M["evaluator"], indent=False, sz=10.5)
    text("2025年5月26日", indent=False, sz=10.5)
    # ---- 附件 评分表, landscape
    ind = M["ind"]
    LW, LH = landscape(A4)
    cols = [40, 50, 92, 30, 200, 190, 34, 134]
    assert abs(sum(cols) - 770) < 0.01
    hdr = ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "评价要点/完成情况", "扣分", "扣分原因"]
    parts = [list(range(0, 10)), list(range(10, 20))]
    for pi, part in enumerate(parts):
        newpage(landscape(A4))
        y = LH - 50
        if pi == 0:
            c.setFont(FONT, 14)
            for dx in (0, 0.35):
                c.drawCentredString(LW / 2 + dx, y, f"{M['proj']}绩效评价评分表")
            y -= 20
        else:
            c.setFont(FONT, 10)
            c.drawString(36, y, "评分表（续）")
            y -= 14
        spec = [(0, k, 1, 1, h, "c", True) for k, h in enumerate(hdr)]
        for rr, i in enumerate(part, 1):
            x = ind[i]
            spec += [(rr, 2, 1, 1, x[2], "l", False), (rr, 3, 1, 1, fmt(x[3]), "c", False),
                     (rr, 4, 1, 1, x[4], "l", False), (rr, 5, 1, 1, x[5], "l", False),
                     (rr, 6, 1, 1, fmt(x[6]) if x[6] else "", "c", False), (rr, 7, 1, 1, x[7], "l", False)]
        sub = [ind[i] for i in part]
        for cc in (0, 1):
            for a, b in spans(sub, cc):
                spec.append((1 + a, cc, b - a + 1, 1, sub[a][cc], "c", False))
        nrows = len(part) + 1
        if pi == 1:
            spec += [(nrows, 0, 1, 3, "合计", "c", True), (nrows, 3, 1, 1, "100", "c", True), (nrows, 4, 1, 2, "", "c", False),
                     (nrows, 6, 1, 1, fmt(M["ded_printed"]), "c", True), (nrows, 7, 1, 1, "", "c", False)]
            nrows += 1
        hts = heights_for(spec, cols, nrows, 8, 10.2, 20, 7)
        c.setLineWidth(0.6)
        yb = rl_cells(c, 36, y, cols, hts, spec, 8, 10.2)
        assert yb > 60, yb
        if pi == 1:
            c.setFont(FONT, 10.5)
            for dx in (0, 0.3):
                c.drawString(36 + dx, yb - 20, f"综合得分：{fmt(M['total'])}分（100－扣分合计{fmt(M['ded_printed'])}）　　评价等级："
                             f"{grade(M['total'])}")
            c.setFont(FONT, 8.5)
            c.drawString(36, yb - 36, "注：各指标得分＝分值－扣分，扣分栏空白表示不扣分。")
    foot()
    c.showPage()
    c.save()


ALL.append(h281())


# ============================================================ h282 本溪市教育局 (ODT with TRACKED CHANGES, 部门整体 form)

LIU = ("刘××（计划财务科）", "2025-04-14T09:20:00Z")
SUN = ("孙××（基础教育科）", "2025-04-15T15:45:00Z")


def h282():
    dept = "本溪市教育局"
    ib_b, ab_b, eb_b = 9865.20, 10126.40, 9987.65
    ib_p, ab_p_old, ab_p, eb_p = 8375.30, 9016.80, 9106.80, 7040.93  # 刘 revised 项目 全年 9,016.80 → 9,106.80
    ib, ab_old, ab = r2(ib_b + ib_p), r2(ab_b + ab_p_old), r2(ab_b + ab_p)
    eb_parts = r2(eb_b + eb_p)
    eb = 17037.58  # PLANT BREAKDOWN_SUM: 合计 全年执行数 17,037.58; 基本 9,987.65 + 项目 7,040.93 = 17,028.58
    assert (ib, ab_old, ab, eb_parts) == (18240.50, 19143.20, 19233.20, 17028.58), (ib, ab_old, ab, eb_parts)
    rate, rate_old = pct(eb, ab), pct(eb, ab_old)
    rb, rp, rp_old = pct(eb_b, ab_b), pct(eb_p, ab_p), pct(eb_p, ab_p_old)
    assert (rate, rate_old, rb, rp, rp_old) == (88.58, 89.00, 98.63, 77.32, 78.09), (rate, rate_old, rb, rp, rp_old)
    rs, rs_old = r2(rate / 10), r2(rate_old / 10)
    assert (rs, rs_old) == (8.86, 8.9)
    reason_zj = "审计发现学生资助资金拨付不及时、挤占公用经费2项问题，扣3分"
    reason_jh = "农村学校教师结构性缺编问题尚未解决，扣3分"
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因, {tuple index: (old, new, who)})
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 4, 4, "", {}),
           ("决策", "目标设定", "绩效指标明确性", "明确", "个别指标未细化", 4, 3, "2项指标未细化量化，扣1分", {}),
           ("决策", "预算配置", "在职人员控制率", "≤100%", "98.2%", 3, 3, "", {}),
           ("决策", "预算配置", "“三公”经费变动率", "≤0", "-5.6%", 3, 3, "", {}),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, rs, "部分校舍改造项目跨年实施，资金结转下年",
            {4: (f"{rate_old:.2f}%", f"{rate:.2f}%", LIU), 6: (fmt(rs_old), fmt(rs), LIU)}),
           ("过程", "预算执行", "预决算信息公开性", "按时公开", "按时公开", 3, 3, "", {}),
           ("过程", "财务管理", "资金使用合规性", "合规", "审计发现2项问题", 4, 1, reason_zj,
            {4: ("合规", "审计发现2项问题", LIU), 6: ("4", "1", LIU), 7: ("", reason_zj, LIU)}),
           ("过程", "财务管理", "政府采购执行率", "100%", "96.5%", 3, P(96.5, 100, 3), "部分采购项目未按计划实施，按比例得分",
            {}),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 4, 3, "部分教学设备未及时登记入账，扣1分", {}),
           ("产出", "数量指标", "新建改扩建幼儿园（所）", "≥6", "4", 5, P(4, 6, 5), "2所幼儿园受征地影响未完工，按比例得分",
            {}),
           ("产出", "数量指标", "义务教育学校标准化改造（所）", "≥15", "12", 5, P(12, 15, 5), "3所学校改造延至2025年，按比例得分",
            {}),
           # PLANT WEIGHTS_VS_FULL_MARK: 孙 raised 教师培训's 分值 4 → 6 (and 得分 4 → 6) without lowering another row:
           # the accepted 分值 add to 102 against the 总分 row's 100
           ("产出", "数量指标", "教师培训（人次）", "≥8000", "8640", 6, 6, "", {5: ("4", "6", SUN), 6: ("4", "6", SUN)}),
           ("产出", "质量指标", "义务教育巩固率", "≥99%", "99.6%", 5, 5, "", {}),
           ("产出", "质量指标", "学前三年毛入园率", "≥95%", "93.8%", 5, P(93.8, 95, 5), "部分农村幼儿园学位不足，按比例得分",
            {4: ("98.3%", "93.8%", SUN), 6: ("5", fmt(P(93.8, 95, 5)), SUN), 7: ("", "部分农村幼儿园学位不足，按比例得分", SUN)}),
           ("产出", "时效指标", "学生资助资金发放及时率", "100%", "100%", 5, 5, "", {}),
           ("效益", "社会效益", "家庭经济困难学生资助覆盖率", "100%", "100%", 6, 6, "", {}),
           ("效益", "社会效益", "校园安全责任事故（起）", "0", "0", 6, 6, "", {}),
           ("效益", "可持续影响", "教育均衡发展长效机制", "健全", "基本健全", 6, 3, reason_jh,
            {6: ("6", "3", SUN), 7: ("", reason_jh, SUN)}),
           ("效益", "满意度", "家长满意度", "≥90%", "85.5%", 8, P(85.5, 90, 8), "部分家长对课后服务质量不满意，按比例得分", {}),
           ("效益", "满意度", "教师满意度", "≥90%", "92.6%", 7, 7, "", {})]
    assert len(ind) == 20 and s2(ind, 5) == 102
    assert (P(96.5, 100, 3), P(4, 6, 5), P(12, 15, 5), P(93.8, 95, 5), P(85.5, 90, 8)) == (2.9, 3.33, 4, 4.94, 7.6)
    total = s2(ind, 6)
    assert total == 89.63, total
    old = [list(x[:8]) for x in ind]
    for o, x in zip(old, ind):
        for k, (a, b, who) in x[8].items():
            if k in (5, 6):
                o[k] = float(a)
    assert s2(old, 5) == 100
    old_total = s2(old, 6)
    assert old_total == 93.73, old_total
    printed_grade = "优"  # PLANT GRADE_OUTSIDE_BANDS: 总分 revised 93.73 → 89.63, the 自评等级 优 left as it was (→ 良)
    assert grade(total) == "良" and grade(old_total) == printed_grade
    g = gold(None, dept, 2024, "PREFECTURAL", "辽宁省", "SELF_EVALUATION", None, total, 100, printed_grade,
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), [], grows(g8(ind)))
    meta = dict(dept=dept, ind=ind, total=total, old_total=old_total, printed_grade=printed_grade,
                b=(ib_b, ab_b, eb_b, rb), p=(ib_p, ab_p_old, ab_p, eb_p, rp_old, rp), ib=ib, ab_old=ab_old, ab=ab,
                eb=eb, rate=rate, rate_old=rate_old)
    fnd = [F("BREAKDOWN_SUM", "全年执行数", f"合计 | {m2(ib)} | {m2(ab)} | {m2(eb)} | {rate:.2f}% / 基本支出 | … | {m2(eb_b)} / "
             f"项目支出 | … | {m2(eb_p)}", m2(eb), m2(eb_parts), "HIGH", "ERROR",
             f"基本支出 {m2(eb_b)} + 项目支出 {m2(eb_p)} = {m2(eb_parts)}; the 合计 line's 全年执行数 prints {m2(eb)} (9.00 "
             f"more); no tracked change touches this column (the revisions in the block are on 全年预算数 and the rates, "
             f"which add up: {m2(ab_b)} + {m2(ab_p)} = {m2(ab)}); the 合计 执行率 {rate:.2f}% is on the printed {m2(eb)}"),
           F("WEIGHTS_VS_FULL_MARK", "总分", "总分 | 100 | 89.63 (教师培训（人次） | ≥8000 | 8640 | 6 | 6, revised from 4 | 4)",
             "100", "102", "HIGH", "ERROR",
             "with the tracked changes accepted the 20 rows' 分值 add to 14 + 24 + 31 + 33 = 102 against the 总分 row's 100: "
             "孙××'s revision raised 教师培训（人次）'s 分值 from 4 to 6 (and its 得分 4 → 6) without lowering another row "
             "(before the revisions they added to 100); the 总分 89.63 adds the accepted rows"),
           F("GRADE_OUTSIDE_BANDS", "自评等级", f"总分 | 100 | {fmt(total)} / 自评等级 | 优", "优", "良", "HIGH", "ERROR",
             f"the 说明's bands: 90分（含）以上为“优”，80分（含）至90分为“良”; the accepted 总分 {fmt(total)} is 良; the 总分 "
             f"was revised from {fmt(old_total)} (优) to {fmt(total)} as a tracked change (刘××/孙××) but the 自评等级 cell was "
             "not revised")]
    return {"stem": "h282_benxi_jiaoyu", "format": "odt", "write": write282, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["the ODT (LibreOffice Writer) carries TRACKED CHANGES by two reviewers (刘××（计划财务科）, 孙××（基础"
                      "教育科）): content.xml's text:tracked-changes holds a text:changed-region per change — a deletion's "
                      "old text is kept INSIDE its region (text:deletion), the body holds only a text:change mark where it "
                      "was; an insertion's text stays in the body between text:change-start and text:change-end; the gold is "
                      "the document with all changes ACCEPTED (deleted text out, inserted text in)",
                      "the deleted old figures are not the report's: 全年预算数 项目支出 9,016.80 and 合计 19,143.20, the rates "
                      "89.00% and 78.09%, the 预算执行率 row's 89.00% and 8.9, 资金使用合规性 合规 / 4, 教师培训 4 / 4, 学前三年毛"
                      "入园率 98.3% / 5, 教育均衡发展长效机制 6, 总分 93.73; a reader that takes every text node (or the "
                      "regions' text too) gets “9,016.809,106.80”, “93.7389.63”-like cells",
                      "revisions that are right: 项目支出 全年 9,016.80 → 9,106.80 with 合计 19,143.20 → 19,233.20 (10,126.40 "
                      "+ 9,106.80 = 19,233.20) and the rates 77.32% / 88.58% (on the revised 全年); 预算执行率 row 88.58% × 10 "
                      "= 8.86; 资金使用合规性 4 → 1 with its inserted reason (judgement); 学前三年毛入园率 98.3% → 93.8% with 5 → "
                      "4.94 = 5 × 93.8 ÷ 95 (the 说明's proportion rule); 教育均衡发展长效机制 6 → 3 with its reason "
                      "(judgement); 总分 93.73 → 89.63 = the accepted rows",
                      "budget block: 年初 9,865.20 + 8,375.30 = 18,240.50 and 全年 add up; 基本 98.63% right; 年初 < 全年 "
                      "(追加)",
                      "政府采购执行率 3 × 96.5 ÷ 100 = 2.9, 新建改扩建幼儿园 5 × 4 ÷ 6 = 3.33, 义务教育学校标准化改造 5 × 12 ÷ 15 "
                      "= 4, 家长满意度 8 × 85.5 ÷ 90 = 7.6 (the 说明's proportion rule); 在职人员控制率 98.2% vs ≤100% and "
                      "“三公”经费变动率 -5.6% vs ≤0 (met); 校园安全责任事故 0 vs 0; 绩效指标明确性 −1 and 资产管理规范性 −1 with "
                      "reasons (judgement)"]}


def write282(rep, path):
    """python-docx DOCX with w:ins / w:del revision marks on runs (as h278's writer), LibreOffice 7.4 converts it to
    ODT (writer8), which keeps them as text:tracked-changes; then the package is made reproducible: meta.xml's dates
    and generator fixed, the random rsid attributes and settings items dropped, entries re-zipped with a fixed date,
    mimetype first and stored."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt
    M = rep["meta"]
    doc = new_doc()
    ids = [200]

    def mark(tag, who):
        el = OxmlElement(tag)
        ids[0] += 1
        el.set(qn("w:id"), str(ids[0]))
        el.set(qn("w:author"), who[0])
        el.set(qn("w:date"), who[1])
        return el

    def seg(p, text, kind=None, who=None, size=8.5, bold=False):
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        if kind is None:
            return
        wrap_ = mark("w:" + kind, who)
        r._r.addprevious(wrap_)
        wrap_.append(r._r)
        if kind == "del":
            for t in r._r.findall(qn("w:t")):
                t.tag = qn("w:delText")

    def fill(cell, segs, al="c", bold=False, size=8.5):
        cell_put(cell, "", size, bold, al)
        p = cell.paragraphs[0]
        for sg in segs:
            if isinstance(sg, str):
                seg(p, sg, size=size, bold=bold)
            else:
                old, new, who = sg
                if old:
                    seg(p, old, "del", who, size, bold)
                if new:
                    seg(p, new, "ins", who, size, bold)

    def put_cells(t, cells):
        for r, k, rs, cs, segs, al, b in cells:
            cell = t.cell(r, k)
            if rs > 1 or cs > 1:
                cell = cell.merge(t.cell(r + rs - 1, k + cs - 1))
            fill(cell, segs, al, b)
    para(doc, f"{M['dept']}2024年度部门整体支出绩效自评表", bold=True, size=16, center=True, after=4)
    para(doc, f"填报单位（盖章）：{M['dept']}　　　　　　　　　　　　　　　金额单位：万元", size=10, after=4)
    para(doc, "一、预算执行情况", bold=True, size=10.5, after=2)
    (ib_b, ab_b, eb_b, rb), (ib_p, ab_p_old, ab_p, eb_p, rp_old, rp) = M["b"], M["p"]
    t1 = grid(doc, 4, [50, 30, 30, 30, 30])
    cells = [(0, k, 1, 1, [h], "c", True) for k, h in enumerate(["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"])]
    cells += [(1, 0, 1, 1, ["合计"], "c", False), (1, 1, 1, 1, [m2(M["ib"])], "r", False),
              (1, 2, 1, 1, [(m2(M["ab_old"]), m2(M["ab"]), LIU)], "r", False), (1, 3, 1, 1, [m2(M["eb"])], "r", False),
              (1, 4, 1, 1, [(f"{M['rate_old']:.2f}%", f"{M['rate']:.2f}%", LIU)], "c", False),
              (2, 0, 1, 1, ["其中：基本支出"], "l", False), (2, 1, 1, 1, [m2(ib_b)], "r", False),
              (2, 2, 1, 1, [m2(ab_b)], "r", False), (2, 3, 1, 1, [m2(eb_b)], "r", False),
              (2, 4, 1, 1, [f"{rb:.2f}%"], "c", False),
              (3, 0, 1, 1, ["　　　项目支出"], "l", False), (3, 1, 1, 1, [m2(ib_p)], "r", False),
              (3, 2, 1, 1, [(m2(ab_p_old), m2(ab_p), LIU)], "r", False), (3, 3, 1, 1, [m2(eb_p)], "r", False),
              (3, 4, 1, 1, [(f"{rp_old:.2f}%", f"{rp:.2f}%", LIU)], "c", False)]
    put_cells(t1, cells)
    para(doc, "", after=2)
    para(doc, "二、绩效指标完成情况", bold=True, size=10.5, after=2)
    ind = M["ind"]
    n = 1 + len(ind)
    t2 = grid(doc, n + 2, [16, 20, 36, 18, 22, 12, 14, 32])
    cells = [(0, k, 1, 1, [h], "c", True) for k, h in enumerate(
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"])]
    for i, x in enumerate(ind):
        r = 1 + i
        rev = x[8]

        def col(k, shown):
            return [rev[k]] if k in rev else [shown]
        cells += [(r, 2, 1, 1, [x[2]], "l", False), (r, 3, 1, 1, [x[3]], "c", False), (r, 4, 1, 1, col(4, x[4]), "c", False),
                  (r, 5, 1, 1, col(5, fmt(x[5])), "c", False), (r, 6, 1, 1, col(6, fmt(x[6])), "c", False),
                  (r, 7, 1, 1, col(7, x[7]), "l", False)]
    for cc in (0, 1):
        for a, b in spans(ind, cc):
            cells.append((1 + a, cc, b - a + 1, 1, [ind[a][cc]], "c", False))
    cells += [(n, 0, 1, 5, ["总分"], "c", True), (n, 5, 1, 1, ["100"], "c", True),
              (n, 6, 1, 1, [(fmt(M["old_total"]), fmt(M["total"]), SUN)], "c", True), (n, 7, 1, 1, [""], "c", False),
              (n + 1, 0, 1, 5, ["自评等级"], "c", True), (n + 1, 5, 1, 3, [M["printed_grade"]], "c", True)]
    put_cells(t2, cells)
    para(doc, "", after=2)
    para(doc, "说明：1.预算执行率得分＝预算执行率×分值；2.定量指标未达到年度指标值的，按“实际完成值÷年度指标值×分值”计分，达到的"
              "得满分；3.定性指标根据完成情况酌情扣分，并在偏差原因分析中说明；4.自评等级：" + BANDS, size=9, after=4)
    q = para(doc, "填表人：高××　　　联系电话：024-42×××××　　　填报日期：2025年4月16日", size=10)
    q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    st = doc.settings.element
    st.insert(0, OxmlElement("w:trackRevisions"))
    work = tempfile.mkdtemp(prefix="h282_")
    try:
        src = os.path.join(work, "h282.docx")
        doc.save(src)
        H.A.normalize_zip(src)
        H.A.soffice(src, "odt:writer8", work)
        fix_odt(os.path.join(work, "h282.odt"), path)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def fix_odt(src, dest):
    """Makes LibreOffice's ODT reproducible: meta.xml's dates, editing cycles/duration and generator fixed; the
    per-session random rsid attributes (officeooo:rsid / paragraph-rsid) and the settings' Rsid / RsidRoot items
    dropped; the changed-regions' ids (ct + a memory address) renumbered ct1, ct2 … in order of first use; mimetype first (stored), the other entries deflated with a fixed date."""
    with zipfile.ZipFile(src) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, data in items:
        if name in ("content.xml", "styles.xml"):
            s = data.decode("utf-8")
            s = re.sub(r' officeooo:(?:paragraph-)?rsid="[0-9a-f]+"', "", s)
            ids = {}
            s = re.sub(r'"ct(\d+)"', lambda m: '"ct%d"' % ids.setdefault(m.group(1), len(ids) + 1), s)
            data = s.encode("utf-8")
        elif name == "meta.xml":
            s = data.decode("utf-8")
            s = re.sub(r"<meta:creation-date>[^<]*</meta:creation-date>",
                       "<meta:creation-date>2025-04-16T10:30:00</meta:creation-date>", s)
            s = re.sub(r"<dc:date>[^<]*</dc:date>", "<dc:date>2025-04-16T10:30:00</dc:date>", s)
            s = re.sub(r"<meta:editing-duration>[^<]*</meta:editing-duration>",
                       "<meta:editing-duration>PT0S</meta:editing-duration>", s)
            s = re.sub(r"<meta:editing-cycles>[^<]*</meta:editing-cycles>",
                       "<meta:editing-cycles>1</meta:editing-cycles>", s)
            data = s.encode("utf-8")
        elif name == "settings.xml":
            s = data.decode("utf-8")
            s = re.sub(r'<config:config-item config:name="Rsid(?:Root)?" config:type="int">\d+</config:config-item>', "",
                       s)
            s = re.sub(r'<config:config-item config:name="PrinterSetup" config:type="base64Binary">[^<]*'
                       r'</config:config-item>', "", s)
            data = s.encode("utf-8")
        out.append((name, data))
    out.sort(key=lambda x: x[0] != "mimetype")
    with zipfile.ZipFile(dest, "w") as z:
        for name, data in out:
            info = zipfile.ZipInfo(name, date_time=H.A.FIXED.timetuple()[:6])
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(info, data)


ALL.append(h282())


# ============================================================ h283 梅河口市民政局 (TXT export, GB18030, indicator INDENTED TREE)

def h283():
    dept = "梅河口市民政局"
    ib_b, ab_b, eb_b = 1236.50, 1268.40, 1241.18
    ib_p, ab_p, eb_p = 5605.80, 6050.20, 5691.57
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    rb, rp = pct(eb_b, ab_b), pct(eb_p, ab_p)
    assert (ib, ab, eb, rate, rb, rp) == (6842.30, 7318.60, 6932.75, 94.73, 97.85, 94.07), (ib, ab, eb, rate, rb, rp)
    jz = r2(100 - rate)
    assert jz == 5.27 and pct(r2(ab - eb), ab) == 5.27
    bs_true = r2(rate / 10)
    bs = 9.74  # PLANT BUDGET_ROW_SCORE: 预算执行率 94.73% × 10 = 9.47 (说明 1); the line prints 9.74
    assert bs_true == 9.47
    over = 7.5  # PLANT ROW_SCORE_OVER_WEIGHT: 临时救助审批及时率 7.5 of a 分值 of 7 (no printed rule pays a bonus)
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 4, 4, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "基本明确", 4, 3.5, ""),
           ("决策", "预算配置", "在职人员控制率", "≤100%", "95.7%", 3, 3, ""),
           ("决策", "预算配置", "“三公”经费变动率", "≤0", "-2.9%", 4, 4, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, ""),
           ("过程", "预算执行", "结转结余率", "≤10%", f"{jz:.2f}%", 3, 3, ""),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 4, 4, ""),
           ("过程", "财务管理", "政府采购执行率", "100%", "100%", 3, 3, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 5, 4.5, ""),
           # PLANT SAME_FIGURE_DIFFERS: the 年度总体目标完成情况 text says 4,862人; the line's 完成值 is 4682
           ("产出", "产出数量", "城乡低保对象动态管理（人）", "≥4600", "4682", 6, 6, ""),
           ("产出", "产出数量", "特困人员救助供养（人）", "≥1100", "1136", 5, 5, ""),
           ("产出", "产出数量", "养老服务设施建设（个）", "≥8", "8", 5, 5, ""),
           ("产出", "产出质量", "低保资金发放准确率", "100%", "100%", 6, 6, ""),
           ("产出", "产出质量", "特困人员集中供养率", "≥50%", "53.6%", 6, 6, ""),
           ("产出", "产出时效", "临时救助审批及时率", "≥95%", "97.1%", 7, over, ""),
           ("效益", "社会效益", "困难群众救助覆盖率", "100%", "100%", 6, 6, ""),
           ("效益", "社会效益", "养老机构安全责任事故（起）", "0", "0", 6, 6, ""),
           ("效益", "可持续影响", "社会救助长效机制", "健全", "基本健全", 6, 5, ""),
           ("效益", "满意度", "救助对象满意度", "≥90%", "93.2%", 7, 7, "")]
    assert len(ind) == 19 and s2(ind, 5) == 100
    total = s2(ind, 6)
    assert total == 98.24, total
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert [x[2] for x in sec] == [14.5, 24.24, 35.5, 24], sec
    g = gold(None, dept, 2024, "COUNTY", "吉林省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), sec, grows(ind))
    done = ("2024年，全年保障城乡低保对象4,862人、特困供养人员1,136人，低保资金发放准确率100%，特困人员集中供养率53.6%；"
            "新建养老服务设施8个，临时救助审批及时率97.1%，全年未发生养老机构安全责任事故，救助对象满意度93.2%。")
    meta = dict(dept=dept, ind=ind, total=total, sec=sec, b=(ib_b, ab_b, eb_b, rb), p=(ib_p, ab_p, eb_p, rp), ib=ib,
                ab=ab, eb=eb, rate=rate, done=done)
    fnd = [F("ROW_SCORE_OVER_WEIGHT", "临时救助审批及时率", "临时救助审批及时率 ≥95% 97.1% 7 7.5", "7.5", "≤ 7", "HIGH", "ERROR",
             "the line's 得分 7.5 exceeds its 分值 7 (97.1% meets ≥95%: 7 at most; no printed rule pays a bonus); its 二级 "
             "产出时效 (7 / 7.5), its 一级 产出 (35 / 35.5) and the 合计 98.24 carry it (one problem); with 7 the lines give "
             "97.74"),
           F("BUDGET_ROW_SCORE", "预算执行率", f"预算执行率 100% {rate:.2f}% 10 {fmt(bs)}", fmt(bs), fmt(bs_true), "HIGH",
             "ERROR",
             f"说明 1: 预算执行率得分＝预算执行率×分值 = {rate:.2f}% × 10 = {fmt(bs_true)}; the line prints {fmt(bs)} "
             f"(digits swapped); its 二级 预算执行 (13 / 12.74), its 一级 过程 (25 / 24.24) and the 合计 carry it (one "
             f"problem); the budget block's {rate:.2f}% is right"),
           F("SAME_FIGURE_DIFFERS", "城乡低保对象动态管理（人）", "[年度总体目标完成情况] 全年保障城乡低保对象4,862人 / "
             "城乡低保对象动态管理（人） ≥4600 4682 6 6", "4,862人", "4682", "HIGH", "WARNING",
             "the 年度总体目标完成情况 text says 4,862 低保对象, the indicator line's 完成值 4682 (digits transposed; both "
             "meet ≥4600, so the line's 6 is unaffected); gold actual is the line's 4682")]
    return {"stem": "h283_meihekou_minzheng", "format": "txt", "write": write283, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the file is a budget system's plain-text export in GB18030 (CRLF line ends), not UTF-8; the indicator "
                      "hierarchy is an INDENTED TREE, not columns: 一级 names at column 0, 二级 at 2 spaces, 三级 at 4; only "
                      "三级 lines carry 指标值 and 完成值; every line carries 分值 and 得分 in fixed-width columns (一级 and 二级 "
                      "lines their subtotals); the columns line up by display width (a CJK character is two columns, two "
                      "bytes in GB18030); a header line above, a 合计 line and the 自评等级 line below",
                      "the 二级 subtotal lines (目标设定 8 / 7.5, 预算配置 7 / 7, 预算执行 13 / 12.74, 财务管理 7 / 7, 资产管理 5 / 4.5, "
                      "产出数量 16 / 16, 产出质量 12 / 12, 产出时效 7 / 7.5, 社会效益 12 / 12, 可持续影响 6 / 5, 满意度 7 / 7) and the "
                      "一级 lines (决策 15 / 14.5, 过程 25 / 24.24, 产出 35 / 35.5, 效益 25 / 24) add their children as printed; "
                      "they are not indicators (gold sections = the 一级 lines); 合计 100 / 98.24 = the 三级 lines; 自评等级 优",
                      "budget block: 合计 = 基本 + 项目 in every column (年初 1,236.50 + 5,605.80 = 6,842.30; 全年 1,268.40 + "
                      "6,050.20 = 7,318.60; 执行 1,241.18 + 5,691.57 = 6,932.75); 94.73%, 97.85%, 94.07% right; 年初 < 全年 "
                      "(追加)",
                      "结转结余率 5.27% = (7,318.60 − 6,932.75) ÷ 7,318.60 vs ≤10% (a ceiling, met); 在职人员控制率 95.7% vs "
                      "≤100%; “三公”经费变动率 -2.9% vs ≤0 (met); 养老服务设施建设 8 vs ≥8 (met exactly); 养老机构安全责任事故 "
                      "0 vs 0; 绩效指标明确性 −0.5, 资产管理规范性 −0.5, 社会救助长效机制 −1 (judgement; the export has no 偏差 "
                      "column)",
                      "the 年度总体目标完成情况 text's other figures (1,136, 100%, 53.6%, 8, 97.1%, 93.2%) agree with the lines; "
                      "the 单位编码 311006 and the export time are not figures of the report"]}


def _w(s):
    """display width = GB18030 byte length (a CJK character is two columns and two bytes)"""
    return len(s.encode("gb18030"))


def _l(s, w):
    return s + " " * max(0, w - _w(s))


def _r(s, w):
    return " " * max(0, w - _w(s)) + s


def text283(M):
    rule = "=" * 96
    line = "-" * 96
    out = [rule, _l(" " * 24 + f"{M['dept']}2024年度部门整体支出绩效自评结果", 96).rstrip(), rule,
           _l("导出系统：吉林省预算管理一体化系统（绩效管理）", 56) + "导出时间：2025-04-22 09:31:07",
           _l("单位编码：311006", 28) + _l(f"单位名称：{M['dept']}", 28) + "评价年度：2024",
           "金额单位：万元", line, "[预算执行情况]",
           _l("项目", 18) + _r("年初预算数", 14) + _r("全年预算数", 14) + _r("全年执行数", 14) + _r("执行率", 12)]
    (ib_b, ab_b, eb_b, rb), (ib_p, ab_p, eb_p, rp) = M["b"], M["p"]
    for lab, a, b_, e, rt in (("合计", M["ib"], M["ab"], M["eb"], M["rate"]), ("  基本支出", ib_b, ab_b, eb_b, rb),
                              ("  项目支出", ib_p, ab_p, eb_p, rp)):
        out.append(_l(lab, 18) + _r(m2(a), 14) + _r(m2(b_), 14) + _r(m2(e), 14) + _r(f"{rt:.2f}%", 12))
    out += [line, "[年度总体目标完成情况]"]
    txt = M["done"]
    while txt:  # the export wraps long text at 88 columns
        k = 0
        while k < len(txt) and _w(txt[:k + 1]) <= 88:
            k += 1
        out.append(txt[:k])
        txt = txt[k:]
    W1, W2, W3, W4, W5 = 44, 14, 14, 10, 10
    out += [line, "[绩效指标完成情况]",
            _l("指标名称", W1) + _l("指标值", W2) + _l("完成值", W3) + _r("分值", W4) + _r("得分", W5), line]
    ind = M["ind"]
    sec = {s[0]: s for s in M["sec"]}
    for l1 in ["决策", "过程", "产出", "效益"]:
        s = sec[l1]
        out.append(_l(l1, W1 + W2 + W3) + _r(fmt(s[1]), W4) + _r(fmt(s[2]), W5))
        rows = [x for x in ind if x[0] == l1]
        for l2 in dict.fromkeys(x[1] for x in rows):
            sub = [x for x in rows if x[1] == l2]
            out.append(_l("  " + l2, W1 + W2 + W3) + _r(fmt(s2(sub, 5)), W4) + _r(fmt(s2(sub, 6)), W5))
            for x in sub:
                out.append(_l("    " + x[2], W1) + _l(x[3], W2) + _l(x[4], W3) + _r(fmt(x[5]), W4) + _r(fmt(x[6]), W5))
    out += [line, _l("合计", W1 + W2 + W3) + _r("100", W4) + _r(fmt(M["total"]), W5),
            f"自评等级：{grade(M['total'])}", line,
            "说明：1.预算执行率得分＝预算执行率×分值；2.定量指标未达到年度指标值的按“实际完成值÷年度指标值×分值”计分，",
            "　　　达到的得满分；3.定性指标酌情扣分；4.自评等级：90分（含）以上为“优”，80分（含）至90分为“良”，",
            "　　　60分（含）至80分为“中”，60分以下为“差”。",
            "填报人：姜××　　审核人：于××　　联系电话：0435-42×××××", rule]
    return "\r\n".join(x.rstrip() for x in out) + "\r\n"


def write283(rep, path):
    with open(path, "wb") as f:
        f.write(text283(rep["meta"]).encode("gb18030"))


ALL.append(h283())


def main(argv):
    round_main(argv, ALL, "45")


if __name__ == "__main__":
    main(sys.argv[1:])
