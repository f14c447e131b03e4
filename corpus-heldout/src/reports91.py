#!/usr/bin/python3
"""Round 91 (h509–h513): publication families not used before, each with THREE PLANTED audit problems, made apart
from the code by the corpus91 session. Specs, rendering, gold and findings in this one file; every planted figure
carries `# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a
report whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 -B corpus-heldout/src/reports91.py [h509 …]      # gold, findings, files
    /usr/bin/python3 -B corpus-heldout/src/reports91.py --drop         # drop each planted finding in turn
h509 a 部门整体 自评表 with 不适用 (not applicable) indicators whose 分值 are left out and the score RESCALED
     (折算得分＝实得分÷适用指标分值×100), XLSX (平昌县, 巴中市);
h510 a 项目 自评表 followed by a 子项目资金及产出明细表 (one line per sub-project with its budget, spending, rate and
     output), DOCX (佳县, 榆林市);
h511 a third-party 项目 评价报告 scoring its quantitative rows by a 完成率计分档位 table (stepped tiers, not the
     proportion), the appendix printing 完成率 and 计分档位 per row, PDF text (临城县, 邢台市);
h512 a prose 部门整体 自评报告 published as a portal 一问一答 (questions and answers) page, 附表 the 自评表, HTML
     (临江市, 白山市);
h513 a 部门整体 自评表 printed, clipped to its 报送函 with a metal PAPER CLIP (回形针) and scanned with the clip on,
     PDF image only (江华瑶族自治县, 永州市).
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因 / 说明[, 完成率, 档位]).
"""
import copy
import datetime
import html as htmlmod
import io
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402,F401
from heldout import budget, gold  # noqa: E402
from reports4 import F  # noqa: E402
from reports22 import s2, r2, with_project  # noqa: E402
from reports36_common import grade, P, main as round_main  # noqa: E402
from reports66 import missed_ok, mc, q, f2, no_half  # noqa: E402,F401
from reports77 import ooxml_bytes, fnum, BANDS77  # noqa: E402
from reports79 import fund_row, rl_kit, below_no_reason, runs  # noqa: E402  (importing reports79 writes nothing)
from reports84 import grows, props, rates, write_bytes, rl_build, ind_grid, docx_table, html_table, docx_base  # noqa
from reports83 import Sheet, ind_rows  # noqa: E402  (round 83's Pillow page; importing it only builds its specs)

ALL = []
E = htmlmod.escape
FIXED_MOD = "2025-08-22T09:00:00Z"


def fix_core(name, data):
    """core.xml with a fixed 'modified' (openpyxl stamps the current time on save) — copied from round 90"""
    if name == "docProps/core.xml":
        s_ = data.decode("utf-8")
        s_ = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>" + FIXED_MOD + r"\2", s_)
        return s_.encode("utf-8")
    return data


def ssum(ind, k):
    return round(sum(x[k] for x in ind if x[k] is not None) + 1e-9, 2)


def secs(ind, names):
    return [(n, ssum([x for x in ind if x[0] == n], 5), ssum([x for x in ind if x[0] == n], 6)) for n in names]


def over(ind):
    return [x[2] for x in ind if x[6] is not None and x[6] > x[5]]


def off_prop(ind):
    """rows below a quantitative target whose score is not the proportion rule's"""
    return [m[0] for m in missed_ok(ind) if m[1] is not None and abs(m[1] - m[2]) > 0.001]


def met_lost(ind):
    """rows at or above a quantitative target that lose points"""
    out = []
    for x in ind:
        m_t = re.match(r"^([≥≤]?)(\d+(?:\.\d+)?)", (x[3] or "").replace(",", ""))
        m_a = re.match(r"^(\d+(?:\.\d+)?)", (x[4] or "").replace(",", ""))
        if not m_t or not m_a or x[6] is None:
            continue
        t, a = float(m_t.group(2)), float(m_a.group(1))
        ok = a <= t if m_t.group(1) == "≤" else a >= t
        if ok and x[6] < x[5]:
            out.append(x[2])
    return out


NOTE_P = ("定量指标未达到年度指标值的按“实际完成值÷年度指标值×分值”计分，超额完成不加分；定性指标未完全达成的，视情况扣分并"
          "说明原因")


# ============================================================ h509 平昌县 (XLSX: 部门整体 with 不适用 rows and 折算得分)

def h509():
    dept = "平昌县水利局"
    parts = [("基本支出", 1210.00, 1286.40, 1302.86), ("项目支出", 2050.00, 2415.60, 2236.05)]
    # PLANT SPENDING_OVER_BUDGET: 基本支出 1,302.86 of a 全年预算数 1,286.40 (101.28%), no explanation on the form
    ini, adj, ex = (r2(sum(x[k] for x in parts)) for k in (1, 2, 3))
    assert (ini, adj, ex) == (3260.00, 3702.00, 3538.91), (ini, adj, ex)
    rate, rb, rp = rates((ex, adj), (parts[0][3], parts[0][2]), (parts[1][3], parts[1][2]))
    assert (rate, rb, rp) == (95.59, 101.28, 92.57), (rate, rb, rp)
    rs = r2(6 * rate / 100)
    no_half(6 * rate / 100, "rs")
    NA = "不适用"
    ind = [("决策", "绩效目标", "绩效目标合理性", "合理", "合理", 4, 4, ""),
           ("决策", "绩效目标", "绩效指标明确性", "明确", "基本明确", 4, 3.5, "部分产出指标未量化，扣0.5分"),
           ("决策", "预算编制", "预算编制科学性", "科学", "科学", 4, 4, ""),
           ("过程", "预算执行", "预算执行率", "100%", q(rate), 6, rs, "按执行率×分值计分"),
           ("过程", "预算管理", "资金使用合规性", "合规", "合规", 4, 4, ""),
           ("过程", "预算管理", "政府采购执行率", "100%", NA, 3, None, "本年度未编制政府采购预算，该指标不适用"),
           ("过程", "资产管理", "资产管理规范性", "规范", "规范", 3, 3, ""),
           ("过程", "内部管理", "内部控制制度健全性", "健全", "健全", 3, 3, ""),
           ("产出", "数量指标", "山洪灾害监测预警站点运维", "≥86个", "86个", 8, 8, ""),
           ("产出", "数量指标", "河道清淤疏浚长度", "≥12公里", "10.8公里", 8, P(10.8, 12, 8), "汛期影响，部分河段顺延施工"),
           # PLANT TARGET_MISSED_FULL_MARKS: 38 of ≥40处 keeps 7 of 7, empty reason; the 说明's rule gives 6.65
           ("产出", "数量指标", "农村饮水工程维修养护", "≥40处", "38处", 7, 7, ""),
           ("产出", "质量指标", "水利工程建设质量合格率", "100%", NA, 7, None, "本年度无新开工水利建设工程，该指标不适用"),
           ("产出", "时效指标", "运维资金拨付及时率", "≥95%", "97.2%", 6, 6, ""),
           ("效益", "社会效益", "农村自来水普及率", "≥88%", "89.6%", 12, 12, ""),
           ("效益", "生态效益", "主要河道水质达标率", "≥90%", "92.5%", 11, 11, ""),
           ("效益", "满意度", "受益群众满意度", "≥90%", "91.8%", 10, 10, "")]
    props(ind, skip=("农村饮水工程维修养护",))
    assert ssum(ind, 5) == 100
    assert off_prop(ind) == ["农村饮水工程维修养护"] and over(ind) == [] and met_lost(ind) == []
    assert [x[2] for x in ind if x[6] is not None and x[6] < x[5] and not x[7]] == []
    na_w = r2(sum(x[5] for x in ind if x[6] is None))
    app_w = r2(100 - na_w)
    got = ssum(ind, 6)
    conv = r2(got / app_w * 100)
    no_half(got / app_w * 100, "conv")
    conv_p = 98.72  # PLANT FORMULA: 实得分 88.44 ÷ 适用指标分值 90 × 100 = 98.27; the form prints 98.72
    assert (na_w, app_w, got, conv) == (10, 90, 88.44, 98.27), (na_w, app_w, got, conv)
    true_conv = r2((got - 7 + P(38, 40, 7)) / app_w * 100)
    assert grade(conv_p) == grade(conv) == grade(true_conv) == "优", (conv_p, conv, true_conv)
    g = gold(None, dept, 2024, "COUNTY", "四川省", "SELF_EVALUATION", None, conv_p, 100, "优",
             budget(ini, adj, ex, rate, parts[0][2], parts[0][3], parts[1][2], parts[1][3]), [], grows(ind))
    chk = copy.deepcopy(g)
    chk["totalScore"] = got  # the recheck adds the rows: they add to the printed 实得分 (合计 row)
    M = dict(dept=dept, parts=parts, ini=ini, adj=adj, ex=ex, rate=rate, prates=[rb, rp], ind=ind, got=got,
             na_w=na_w, app_w=app_w, conv_p=conv_p)
    fnd = [F("FORMULA", "折算得分（实得分÷适用指标分值×100）",
             f"合计 | 100 | {f2(got)} | 适用指标分值合计 | {fnum(app_w)} | 折算得分（实得分÷适用指标分值×100） | {f2(conv_p)}",
             f2(conv_p), f2(conv), "HIGH", "ERROR",
             f"the printed formula on its printed inputs: {f2(got)} ÷ {fnum(app_w)} × 100 = {f2(conv)}, the cell prints "
             f"{f2(conv_p)} (digits transposed); the grade 优 holds either way"),
           F("TARGET_MISSED_FULL_MARKS", "农村饮水工程维修养护",
             "产出 | 数量指标 | 农村饮水工程维修养护 | ≥40处 | 38处 | 7 | 7 |", "7", f2(P(38, 40, 7)), "HIGH", "WARNING",
             f"38 of ≥40处 is below target, yet the row keeps full marks with an empty 说明; the 说明's rule gives 7 × 38 ÷ 40 "
             f"= {f2(P(38, 40, 7))} (折算得分 {f2(conv)} → {f2(true_conv)}, still 优)"),
           F("SPENDING_OVER_BUDGET", "基本支出",
             f"其中：基本支出 | {mc(parts[0][1])} | {mc(parts[0][2])} | {mc(parts[0][3])} | {q(rb)}", mc(parts[0][3]),
             f"≤ {mc(parts[0][2])}", "HIGH", "WARNING",
             f"基本支出 spends {mc(parts[0][3])} of a 全年预算数 {mc(parts[0][2])} ({q(rb)}, printed right) with no "
             f"explanation; the 项目支出 ({q(rp)}) and the 合计 ({q(rate)}) stay within budget")]
    traps = ["the two 不适用 rows (政府采购执行率 3, 水利工程建设质量合格率 7) print 得分 “—” with a reason and are left out "
             "of the 适用指标分值 (100 − 10 = 90) by the 说明's rule: not zero scores, not missing scores, and the 合计 "
             f"实得分 {f2(got)} ≠ the 折算得分 is the rule, not a TOTAL_VS_ROWS",
             f"budget: {mc(parts[0][2])} + {mc(parts[1][2])} = {mc(adj)}; {mc(parts[0][3])} + {mc(parts[1][3])} = {mc(ex)}; "
             f"年初 {mc(parts[0][1])} + {mc(parts[1][1])} = {mc(ini)}; {q(rate)} and 项目 {q(rp)} right; 年初 < 全年 (追加)",
             f"预算执行率 6 × {q(rate)} = {f2(rs)} (the 说明's rule)",
             "河道清淤疏浚长度 8 × 10.8 ÷ 12 = 7.20 (proportion, with a reason); 绩效指标明确性 −0.5 with a reason",
             "山洪灾害监测预警站点运维 86 vs ≥86个 (met exactly)",
             f"合计 分值 100 (incl. the 不适用 10) and 实得分 {f2(got)} = the 14 scored rows; 优 by the 折算得分"]
    return {"stem": "h509_pingchang_shuili", "format": "xlsx", "meta": M, "gold": g, "check_gold": chk,
            "findings": fnd, "traps": traps, "write": write509}


def write509(rep, path):
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side, PatternFill
    M = rep["meta"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "部门整体绩效自评表"
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    for j, w in enumerate([11, 12, 26, 13, 13, 9, 9, 34]):
        ws.column_dimensions[chr(65 + j)].width = w
    r = [1]

    def nxt(cells, merges=(), bold=False, box=True, fmt=None, left=(), fill=None, size=10, height=None):
        rr = r[0]
        for j, v in enumerate(cells):
            c = ws.cell(row=rr, column=j + 1, value=v if v != "" else None)
            c.font = Font(name="宋体", size=size, bold=bold)
            c.alignment = Alignment(horizontal="left" if j in left else "center", vertical="center", wrap_text=True)
            if box:
                c.border = bd
            if fill:
                c.fill = PatternFill("solid", fgColor=fill)
            if fmt and j in fmt and isinstance(v, (int, float)):
                c.number_format = fmt[j]
        for a, b in merges:
            ws.merge_cells(start_row=rr, start_column=a + 1, end_row=rr, end_column=b + 1)
        if height:
            ws.row_dimensions[rr].height = height
        r[0] += 1
        return rr
    nxt(["2024年度部门整体支出绩效自评表"], [(0, 7)], True, False, size=16)
    nxt(["部门名称：" + M["dept"], "", "", "", "", "金额单位：万元"], [(0, 4), (5, 7)], box=False, left=(0,))
    money = {3: "#,##0.00", 4: "#,##0.00", 5: "#,##0.00", 6: "0.00%"}
    nxt(["预算执行情况", "", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "备注"], [(0, 2)], True, fill="DDEBF7")
    nxt(["部门预算合计", "", "", M["ini"], M["adj"], M["ex"], round(M["rate"] / 100, 6), ""], [(0, 2)], fmt=money,
        left=(0,))
    for k, ((n, a, b, e), pr) in enumerate(zip(M["parts"], M["prates"])):
        nxt([("其中：" if k == 0 else "　　　") + n, "", "", a, b, e, round(pr / 100, 6), ""], [(0, 2)], fmt=money,
            left=(0,))
    h0 = nxt(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因及说明"], bold=True,
             fill="DDEBF7")
    base = r[0]
    for x in M["ind"]:
        nxt([x[0], x[1], x[2], x[3], x[4], x[5], "—" if x[6] is None else x[6], x[7]], fmt={5: "0", 6: "0.00"},
            left=(2, 7))
    for col in (0, 1):
        for a_, b_ in runs(M["ind"], col):
            if b_ > a_:
                ws.merge_cells(start_row=base + a_, start_column=col + 1, end_row=base + b_, end_column=col + 1)
    nxt(["合计", "", "", "", "", 100, M["got"], "实得分"], [(0, 4)], True, fmt={5: "0", 6: "0.00"}, left=(7,))
    nxt(["其中：不适用指标分值", "", "", "", "", M["na_w"], "", "政府采购执行率3分、水利工程建设质量合格率7分"],
        [(0, 4)], fmt={5: "0"}, left=(0, 7))
    nxt(["适用指标分值合计", "", "", "", "", M["app_w"], "", ""], [(0, 4)], fmt={5: "0"}, left=(0,))
    nxt(["折算得分（实得分÷适用指标分值×100）", "", "", "", "", "", M["conv_p"], ""], [(0, 5)], True,
        fmt={6: "0.00"}, left=(0,))
    nxt(["自评等级", "", "", "", "", "", "优", ""], [(0, 5)], True, left=(0,))
    nxt(["说明：1.预算执行率得分＝执行率×分值；2." + NOTE_P + "；3.因客观原因不适用的指标，得分栏填“—”并在说明栏注明原因，"
         "其分值不计入适用指标分值，自评得分按“实得分÷适用指标分值×100”折算；4.自评等级按折算得分确定：" + BANDS77 + "。"],
        [(0, 7)], box=False, left=(0,), height=58)
    nxt(["单位负责人：何志强　　财务负责人：苟晓琴　　填表人：岳明亮　　联系电话：0827-6222915　　填报日期：2025年4月23日"],
        [(0, 7)], box=False, left=(0,))
    ws.print_title_rows = f"{h0}:{h0}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    wb.properties.creator = wb.properties.lastModifiedBy = "岳明亮"
    wb.properties.created = datetime.datetime(2025, 4, 17, 9, 12)
    write_bytes(path, ooxml_bytes(lambda b: wb.save(b), fix_core))


ALL.append(h509())


# ============================================================ h510 佳县 (DOCX: 项目 自评表 + 子项目资金及产出明细表)

def h510():
    dept, unit = "佳县农业农村局", "佳县红枣产业发展服务中心"
    project = "2024年佳县红枣产业提质增效项目"
    src = [("中央财政衔接推进乡村振兴补助资金", 600.00, 600.00, 586.40), ("省级财政资金", 300.00, 300.00, 281.94)]
    ini, adj, ex = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    assert (ini, adj, ex) == (900.00, 900.00, 868.34), (ini, adj, ex)
    rate, = rates((ex, adj))
    srates = rates(*[(x[3], x[2]) for x in src])
    assert rate == 96.48 and srates == [97.73, 93.98], (rate, srates)
    rs_true = r2(rate / 10)
    rs_p = 10  # PLANT BUDGET_ROW_SCORE: the 说明 says 执行率×10 → 9.65; the form prints 10
    subs = [("低产枣园提质改造", "通镇、木头峪镇等8个镇", 380.00, 371.26, "改造低产枣园2.06万亩"),
            ("红枣烘干设施建设", "坑镇、螅镇", 220.00, 208.45, "建成烘干房12座"),
            ("枣园节水灌溉", "朱官寨镇、刘国具镇", 180.00, 168.89, "铺设滴灌3,150亩"),
            ("红枣品牌营销推介", "县城及西安、北京", 120.00, 109.74, "举办推介活动3场")]
    sb, se = r2(sum(x[2] for x in subs)), r2(sum(x[3] for x in subs))
    assert sb == adj and se == 858.34, (sb, se)
    se_p = ex  # PLANT BREAKDOWN_SUM: the 子项目 table's 合计 prints 868.34 (the head block's); its lines add to 858.34
    subr = rates(*[(x[3], x[2]) for x in subs])
    ind = [("产出指标", "数量指标", "低产枣园提质改造面积", "≥2万亩", "2.06万亩", 8, 8, ""),
           ("产出指标", "数量指标", "红枣烘干设施建设", "≥12座", "12座", 7, 7, ""),
           # PLANT TARGET_MET_POINTS_LOST: 3,150 of ≥3,000亩 met, scored 5 of 6, empty reason
           ("产出指标", "数量指标", "枣园节水灌溉面积", "≥3,000亩", "3,150亩", 6, 5, ""),
           ("产出指标", "数量指标", "红枣品牌营销推介活动", "≥4场", "3场", 5, P(3, 4, 5), "1场推介会因展会延期未举办"),
           ("产出指标", "质量指标", "改造枣园验收合格率", "≥95%", "97.3%", 6, 6, ""),
           ("产出指标", "质量指标", "烘干设施验收合格率", "100%", "100%", 6, 6, ""),
           ("产出指标", "时效指标", "项目建设按期完工率", "≥95%", "92%", 6, P(92, 95, 6), "2处滴灌工程受冻土影响顺延"),
           ("产出指标", "成本指标", "低产枣园改造亩均补助", "≤180元/亩", "175元/亩", 6, 6, ""),
           ("效益指标", "经济效益", "带动枣农亩均增收", "≥150元", "162元", 8, 8, ""),
           ("效益指标", "经济效益", "红枣商品率", "≥65%", "63.5%", 7, P(63.5, 65, 7), "秋季连阴雨裂果增加"),
           ("效益指标", "社会效益", "带动脱贫户（监测户）参与", "≥1,200户", "1,236户", 5, 5, ""),
           ("效益指标", "生态效益", "节水灌溉年节水量", "≥15万立方米", "16.2万立方米", 5, 5, ""),
           ("效益指标", "可持续影响", "红枣产业长效发展机制", "健全", "基本健全", 5, 4, "枣园托管服务机制尚在试点，扣1分"),
           ("满意度指标", "服务对象满意度", "枣农满意度", "≥90%", "93.6%", 10, 10, "")]
    props(ind)
    assert s2(ind, 5) == 90 and off_prop(ind) == [] and over(ind) == []
    assert met_lost(ind) == ["枣园节水灌溉面积"] and below_no_reason(ind) == ["枣园节水灌溉面积"]
    total = r2(s2(ind, 6) + rs_p)
    true_total = r2(total - rs_p + rs_true + 1)
    g = with_project(gold(None, dept, 2024, "COUNTY", "陕西省", "SELF_EVALUATION", None, total, 100, None,
                          budget(ini, adj, ex, rate), [], [fund_row(rate, rs_p)] + grows(ind)), project, unit)
    M = dict(dept=dept, unit=unit, project=project, src=src, srates=srates, ini=ini, adj=adj, ex=ex, rate=rate,
             rs=rs_p, subs=subs, subr=subr, sb=sb, se_p=se_p, ind=ind, total=total)
    fnd = [F("BREAKDOWN_SUM", "子项目资金及产出明细表 合计（全年执行数）",
             "合计 | " + " | ".join(mc(x[3]) for x in subs) + f" | 合计 {mc(se_p)}", mc(se_p), mc(se), "HIGH", "ERROR",
             f"the four sub-project lines spend {' + '.join(mc(x[3]) for x in subs)} = {mc(se)}, the table's 合计 prints "
             f"{mc(se_p)} (the head block's 全年执行数); 10.00万元 of the project's spending is in no sub-project (the "
             f"budgets add: {mc(sb)}); the 合计 line's printed rate {q(rate)} is the head block's, {q(r2(se / sb * 100))} "
             "by the lines"),
           F("TARGET_MET_POINTS_LOST", "枣园节水灌溉面积", "产出指标 | 数量指标 | 枣园节水灌溉面积 | ≥3,000亩 | 3,150亩 | 6 | 5 |",
             "5", "6", "HIGH", "WARNING",
             "3,150亩 meets ≥3,000亩 (the 子项目 table also says 铺设滴灌3,150亩), yet the row loses 1 point with an empty "
             "偏差原因; no rule of the 说明 takes points from a met quantitative target"),
           F("BUDGET_ROW_SCORE", "年度资金总额",
             f"年度资金总额 | {mc(ini)} | {mc(adj)} | {mc(ex)} | 10 | {q(rate)} | {fnum(rs_p)}", fnum(rs_p), f2(rs_true),
             "HIGH", "ERROR", f"the 说明's rule 年度资金总额得分＝执行率×10: {q(rate)} × 10 = {f2(rs_true)}, the form prints "
                              f"{fnum(rs_p)}; 总分 {f2(total)} → {f2(true_total)} with the other plant also corrected")]
    traps = [f"fund lines: {mc(src[0][1])} + {mc(src[1][1])} = {mc(ini)}; {mc(src[0][3])} + {mc(src[1][3])} = {mc(ex)}; "
             f"{q(rate)}, {q(srates[0])}, {q(srates[1])} right; 年初 = 全年",
             f"子项目 budgets add to {mc(sb)} and each line's rate is right ({', '.join(q(x) for x in subr)}); the 主要产出 "
             "column (2.06万亩, 12座, 3,150亩, 3场) agrees with the rows",
             "红枣品牌营销推介活动 5 × 3 ÷ 4 = 3.75, 项目建设按期完工率 6 × 92 ÷ 95 = 5.81, 红枣商品率 7 × 63.5 ÷ 65 = 6.84 "
             "(proportion, with reasons); 红枣产业长效发展机制 −1 with a reason",
             "红烘干设施建设 12 vs ≥12座 and 烘干设施验收合格率 100% vs 100% (met exactly); 低产枣园改造亩均补助 175 vs "
             "≤180元/亩 (a ceiling met; a unit subsidy, not a budget figure)",
             f"总分 {f2(total)} = the fund line as printed + the 14 rows; 分值 10 + 90 = 100; a 项目 form: no grade"]
    traps[3] = traps[3].replace("红烘干", "红枣烘干")
    return {"stem": "h510_jiaxian_hongzao", "format": "docx", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "write": write510}


def write510(rep, path):
    M = rep["meta"]
    d, par = docx_base("项目支出绩效自评表", "高建文", datetime.datetime(2025, 4, 9, 9, 30),
                       datetime.datetime(2025, 4, 21, 16, 15))
    par("项目支出绩效自评表", 18, True, "c")
    par("（2024年度）", 12, False, "c")
    par(f"填报单位（盖章）：{M['dept']}　　　　　　　　　　　　　　金额单位：万元", 10.5)
    data = [["项目名称", M["project"], "", "", "", "", "", ""],
            ["主管部门", M["dept"], "", "", "实施单位", M["unit"], "", ""],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", mc(M["ini"]), mc(M["adj"]), mc(M["ex"]), "10", q(M["rate"]), fnum(M["rs"])]]
    for k, ((n, a, b, c), sr) in enumerate(zip(M["src"], M["srates"])):
        data.append(["", ("其中：" if k == 0 else "") + n, mc(a), mc(b), mc(c), "—", q(sr), "—"])
    sp = [(1, 0, 7, 0), (1, 1, 3, 1), (5, 1, 7, 1), (0, 2, 1, 2), (0, 3, 0, len(data) - 1)]
    g0 = len(data)
    data.append(["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", ""])
    data.append(["", "改造低产枣园2万亩，建设红枣烘干设施12座，发展枣园节水灌溉3,000亩，开展品牌营销推介4场，带动枣农亩均增收"
                     "150元以上。", "", "", "",
                 "改造低产枣园2.06万亩，建成烘干房12座，铺设滴灌3,150亩，举办推介活动3场，枣农亩均增收162元。", "", ""])
    sp += [(0, g0, 0, g0 + 1), (1, g0, 4, g0), (5, g0, 7, g0), (1, g0 + 1, 4, g0 + 1), (5, g0 + 1, 7, g0 + 1)]
    h_ = len(data)
    data.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    rows_, sp2 = ind_grid(M["ind"], [0, 1, 2, 3, 4, 5, 6, 7], len(data))
    data += rows_
    sp += sp2
    data.append(["总分", "", "", "", "", "100", f2(M["total"]), ""])
    sp.append((0, len(data) - 1, 4, len(data) - 1))
    docx_table(d, data, sp, [20, 24, 34, 22, 22, 13, 16, 34], 9, left=(1, 2, 7), bold_rows=(2, g0, h_, len(data) - 1))
    par("说明：1.年度资金总额得分＝执行率×10；2." + NOTE_P + "；3.子项目资金及产出情况见附表。", 9)
    par("单位负责人：张继平　　财务负责人：乔海燕　　填表人：高建文　　联系电话：0912-6721538　　填报日期：2025年4月21日", 9)
    par("附表", 12, True)
    par("子项目资金及产出明细表", 14, True, "c")
    par("金额单位：万元", 9, False, "r")
    data = [["序号", "子项目名称", "实施地点", "全年预算数", "全年执行数", "执行率", "主要产出"]]
    for k, ((n, loc, b, e, o), sr) in enumerate(zip(M["subs"], M["subr"])):
        data.append([str(k + 1), n, loc, mc(b), mc(e), q(sr), o])
    data.append(["合计", "", "", mc(M["sb"]), mc(M["se_p"]), q(M["rate"]), ""])
    docx_table(d, data, [(0, len(data) - 1, 2, len(data) - 1)], [12, 34, 34, 22, 22, 18, 40], 9, left=(1, 2, 6),
               bold_rows=(0, len(data) - 1))
    write_bytes(path, ooxml_bytes(lambda b: d.save(b)))


ALL.append(h510())


# ============================================================ h511 临城县 (PDF: third-party, 完成率计分档位)

TIERS = [(100, 100), (95, 90), (90, 80), (80, 60), (0, 0)]
TIER_TXT = [("完成率≥100%", "100%"), ("95%≤完成率<100%", "90%"), ("90%≤完成率<95%", "80%"), ("80%≤完成率<90%", "60%"),
            ("完成率<80%", "0")]


def tier(rate_):
    for lo, pc in TIERS:
        if rate_ >= lo - 1e-9:
            return pc


def h511():
    dept = "临城县教育局"
    project = "2024年临城县农村义务教育学生营养改善计划项目"
    ev = "河北衡岳项目管理咨询有限公司"
    src = [("中央财政资金", 720.00, 691.42), ("省级财政资金", 180.00, 142.30), ("县级财政资金", 120.00, 70.00)]
    adj, ex = r2(sum(x[1] for x in src)), r2(sum(x[2] for x in src))
    assert (adj, ex) == (1020.00, 903.72), (adj, ex)
    rate, = rates((ex, adj))
    assert rate == 88.60, rate

    def qt(name, l1, t, a, w, ceiling=False, reason=""):
        tv = float(re.match(r"[≥≤]?([\d.,]+)", t).group(1).replace(",", ""))
        av = float(re.match(r"([\d.,]+)", a).group(1).replace(",", ""))
        if ceiling:
            cr, cr_t = 100.0, "达标"
            assert av <= tv
        else:
            cr = r2(av / tv * 100)
            no_half(av / tv * 100, name)
            cr_t = q(cr)
        pc = tier(cr)
        return [l1, "", name, t, a, w, r2(w * pc / 100), reason, cr_t, f"{pc}%" if pc else "0"]

    def ql(name, l1, t, a, w, s, reason=""):
        return [l1, "", name, t, a, w, s, reason, "—", "—"]
    ind = [ql("立项依据充分性", "决策", "充分", "充分", 4, 4),
           ql("绩效目标合理性", "决策", "合理", "合理", 4, 4),
           ql("绩效指标明确性", "决策", "明确", "部分明确", 3, 1.5, "效益指标未量化，扣1.5分"),
           ql("资金分配合理性", "决策", "合理", "合理", 4, 4),
           qt("资金到位率", "过程", "100%", "100%", 4),
           qt("预算执行率", "过程", "100%", q(rate), 5, reason="县级资金拨付滞后"),
           ql("资金使用合规性", "过程", "合规", "基本合规", 5, 4, "2所学校食堂台账不全，扣1分"),
           ql("食品安全管理制度健全性", "过程", "健全", "健全", 3, 3),
           ql("供餐档案完整性", "过程", "完整", "基本完整", 3, 2.5, "1所学校缺留样记录，扣0.5分"),
           qt("受益学生人数", "产出", "≥16,000人", "16,000人", 8),
           qt("供餐学校覆盖率", "产出", "100%", "100%", 6),
           qt("营养膳食补助标准", "产出", "≥5元/生/天", "5元/生/天", 5),
           qt("学校食堂改造", "产出", "≥16所", "15所", 6, reason="1所学校食堂因选址调整未改造"),
           qt("学生年供餐天数", "产出", "≥200天", "196天", 5, reason="冬季流感停课4天"),
           qt("食品安全抽检合格率", "产出", "≥98%", "99.2%", 5),
           qt("学生贫血率", "效益", "≤8%", "7.6%", 6, ceiling=True),
           qt("学生体质健康测试合格率", "效益", "≥92%", "81.5%", 8, reason="部分学校体育课时不足"),
           ql("食品安全事故发生数", "效益", "0起", "0起", 6, 6),
           qt("学生满意度", "效益", "≥90%", "82.3%", 5, reason="菜品花样偏少"),
           qt("家长满意度", "效益", "≥90%", "91.5%", 5)]
    k_ = [x[2] for x in ind].index("学校食堂改造")
    assert ind[k_][8] == "93.75%" and ind[k_][9] == "80%" and ind[k_][6] == 4.8
    ind[k_][6] = 5.4  # PLANT RULE_SCORE: 完成率 93.75%, 档位 80% printed → 6 × 80% = 4.80; the row prints 5.4
    ind = [tuple(x) for x in ind]
    assert s2(ind, 5) == 100 and over(ind) == []
    assert [x[2] for x in ind if x[6] < x[5] and not x[7]] == []
    total = s2(ind, 6)
    assert total == 89.70, total
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert sec == [("决策", 15, 13.5), ("过程", 20, 16.5), ("产出", 35, 33.9), ("效益", 30, 25.8)], sec
    sec_p = [list(x) for x in sec]
    sec_p[3][2] = 25.3  # PLANT SECTION_VS_ROWS: 表1 prints 效益 25.3; its five rows add to 25.8
    sec_p = [tuple(x) for x in sec_p]
    grade_p = "优"  # PLANT GRADE_OUTSIDE_BANDS: 89.70 is 良 by the report's own bands (80–90); it prints 优
    assert grade(total) == grade(r2(total - 0.6)) == "良"
    srate = [r2(s / w * 100) for _, w, s in sec_p]
    g = with_project(gold(None, dept, 2024, "COUNTY", "河北省", "THIRD_PARTY_EVALUATION", ev, total, 100, grade_p,
                          budget(None, adj, ex, rate), sec_p, grows(ind)), project, dept)
    M = dict(dept=dept, project=project, ev=ev, src=src, adj=adj, ex=ex, rate=rate, ind=ind, total=total, sec=sec_p,
             srate=srate)
    fnd = [F("RULE_SCORE", "学校食堂改造", "产出 | 学校食堂改造 | 6 | ≥16所 | 15所 | 93.75% | 80% | 5.4 | 1所学校食堂因选址调整未改造",
             "5.4", "4.80", "HIGH", "ERROR",
             "the row's own printed 完成率 93.75% falls in the 档位 90%≤完成率<95% (80%) of 表3, and the row prints 档位 80%: "
             "6 × 80% = 4.80, not 5.4 (5.4 is the 90% tier); 总分 89.70 → 89.10"),
           F("SECTION_VS_ROWS", "效益", "效益 | 30 | 25.3 | 84.33%", "25.3", "25.8", "HIGH", "ERROR",
             "表1 prints 效益 25.3 (得分率 84.33%, consistent with its 25.3); the appendix's five 效益 rows give 6 + 4.8 + 6 "
             "+ 4 + 5 = 25.8; 表1's 合计 89.70 is the rows' total, so its four lines add to 89.20, not to its own 合计"),
           F("GRADE_OUTSIDE_BANDS", "评价等级", f"综合评价得分{f2(total)}分，评价等级为“优” | {BANDS77}", "优", "良", "HIGH",
             "ERROR", f"by the report's own bands (90分（含）以上为“优”，80分（含）至90分为“良”) {f2(total)} is 良; the "
                      "corrected 89.10 is 良 too")]
    traps = ["表3 完成率计分档位: quantitative rows score their 档位's share, NOT the proportion: 预算执行率 88.60% → 60% → "
             "5 × 60% = 3 (not 4.43); 学生年供餐天数 196 ÷ 200 = 98.00% → 90% → 4.5 (not 4.9); 学生体质健康测试合格率 "
             "81.5 ÷ 92 = 88.59% → 60% → 4.8; 学生满意度 82.3 ÷ 90 = 91.44% → 80% → 4",
             "受益学生人数 16,000 vs ≥16,000人 and 营养膳食补助标准 5 vs ≥5元/生/天 (met exactly, 完成率 100.00%); 5元 is "
             "a unit subsidy, not a budget figure; 学生贫血率 7.6% vs ≤8% (a ceiling met, 完成率 printed 达标)",
             "绩效指标明确性 −1.5, 资金使用合规性 −1, 供餐档案完整性 −0.5 with reasons",
             f"funds: 720.00 + 180.00 + 120.00 = {mc(adj)}; 691.42 + 142.30 + 70.00 = {mc(ex)}; {q(rate)} right (the "
             "县级 line's 58.33% is why the rate is low)",
             "表1's 得分率 are right for the figures it prints (" + ", ".join(q(x) for x in srate) + ")",
             f"合计 {f2(total)} = the 20 rows"]
    return {"stem": "h511_lincheng_yingyang", "format": "pdf", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "draw": draw511}


def draw511(rep, path):
    from reportlab.platypus import PageBreak, Spacer
    M = rep["meta"]
    para, tab, mm = rl_kit()
    sd = {n: (w, s) for n, w, s in M["sec"]}
    st = [Spacer(1, 40 * mm), para("t", M["project"]), para("t", "绩效评价报告"), Spacer(1, 60 * mm),
          para("st", "委托单位：临城县财政局"), para("st", "评价机构：" + M["ev"]),
          para("st", "报告编号：衡岳绩评〔2025〕第031号"), Spacer(1, 20 * mm), para("st", "二〇二五年六月"), PageBreak()]
    st += [para("t", M["project"] + "绩效评价报告"), para("pl", "临城县财政局："),
           para("p", f"受贵局委托，我公司组成评价组，对{M['dept']}实施的{M['project']}开展了绩效评价。现将评价情况报告如下。"),
           para("h", "一、项目基本情况"),
           para("p", "项目为全县农村义务教育阶段学生提供营养膳食补助，标准为每生每天5元，全年按在校天数计算，由学校食堂"
                     "供餐，县教育局负责资金管理和食品安全监管。"),
           para("p", f"项目全年预算{mc(M['adj'])}万元，其中中央财政资金720.00万元、省级财政资金180.00万元、县级财政资金120.00"
                     f"万元；全年支出{mc(M['ex'])}万元（中央691.42万元、省级142.30万元、县级70.00万元），预算执行率"
                     f"{q(M['rate'])}。"),
           para("h", "二、评价工作开展情况"),
           para("p", "评价组采用案卷研究、现场核查和问卷调查相结合的方法，抽查学校12所，发放学生问卷600份、家长问卷400份。"
                     "定量指标按完成率对应的计分档位计分（见表3），定性指标按评分标准扣分并说明理由。"),
           para("cap", "表3　完成率计分档位")]
    st.append(tab([["完成率区间", "得分（占指标分值比例）"]] + [list(x) for x in TIER_TXT], [60, 50]))
    st.append(para("n", "注：完成率＝实际完成值÷年度指标值×100%；反向指标（≤）实际完成值不高于指标值的为“达标”，按100%计分。"))
    st += [para("h", "三、综合评价结论"),
           para("p", f"经综合评价，项目绩效评价得分{f2(M['total'])}分，评价等级为“优”。评价等级标准：{BANDS77}。"
                     "各一级指标得分见表1。"),
           para("cap", "表1　一级指标得分情况")]
    data = [["一级指标", "分值", "得分", "得分率"]]
    for (n, w, sc), sr in zip(M["sec"], M["srate"]):
        data.append([n, fnum(w), fnum(sc), q(sr)])
    data.append(["合计", "100", f2(M["total"]), ""])
    st.append(tab(data, [40, 30, 30, 30]))
    st += [para("h", "四、绩效分析"),
           para("p", "（一）决策。项目立项依据充分，资金按在校学生数分配；效益类指标未量化。"),
           para("p", "（二）过程。中央、省级资金及时到位，县级资金拨付70.00万元，拨付滞后；2所学校食堂台账不全，1所学校缺少"
                     "食品留样记录。"),
           para("p", "（三）产出。全年受益学生16,000人，覆盖全部农村义务教育学校，年供餐196天；改造学校食堂15所，1所因选址"
                     "调整未改造；食品安全抽检合格率99.2%。"),
           para("p", "（四）效益。学生贫血率降至7.6%，未发生食品安全事故；学生体质健康测试合格率81.5%，学生满意度82.3%，家长"
                     "满意度91.5%。"),
           para("h", "五、存在问题及建议"),
           para("p", "一是县级配套资金拨付滞后；二是部分学校菜品单一、体育课时不足。建议将县级资金纳入年初预算足额安排，"
                     "推行“营养食谱”并加强体育课程管理。"),
           Spacer(1, 8 * mm), para("r", M["ev"]), para("r", "2025年6月12日"), PageBreak(),
           para("pl", "附件"), para("cap", "项目绩效评价指标体系及评分表")]
    data = [["一级指标", "三级指标", "分值", "指标值", "完成值", "完成率", "计分档位", "得分", "扣分说明"]]
    sp = []
    base = 1
    for x in M["ind"]:
        data.append([x[0], x[2], fnum(x[5]), x[3], x[4], x[8], x[9], fnum(x[6]), x[7]])
    for a_, b_ in runs(M["ind"], 0):
        if b_ > a_:
            sp.append((0, base + a_, 0, base + b_))
            for k in range(a_ + 1, b_ + 1):
                data[base + k][0] = ""
    data.append(["合计", "", "100", "", "", "", "", f2(M["total"]), ""])
    sp.append((0, len(data) - 1, 1, len(data) - 1))
    st.append(tab(data, [14, 32, 10, 20, 20, 15, 13, 12, 38], spans=sp, left=(1, 8)))
    st.append(para("n", "说明：定量指标按表3完成率计分档位计分；定性指标视完成情况扣分并说明原因。"))
    rl_build(path, st, M["project"] + "绩效评价报告", M["ev"], "Microsoft® Word 2019")


ALL.append(h511())


# ============================================================ h512 临江市 (HTML: 自评报告 as 一问一答)

def h512():
    dept = "临江市文化广播电视和旅游局"
    parts = [("基本支出", 862.10, 851.46), ("项目支出", 386.20, 352.18)]
    ini = 1126.50
    adj, ex = r2(sum(x[1] for x in parts)), r2(sum(x[2] for x in parts))
    assert (adj, ex) == (1248.30, 1203.64), (adj, ex)
    rate, rb, rp = rates((ex, adj), (parts[0][2], parts[0][1]), (parts[1][2], parts[1][1]))
    rs = r2(6 * rate / 100)
    no_half(6 * rate / 100, "rs")
    ind = [("决策", "绩效目标", "绩效目标合理性", "合理", "合理", 4, 4, ""),
           ("决策", "绩效目标", "绩效指标明确性", "明确", "基本明确", 4, 3, "满意度指标未明确调查方式，扣1分"),
           ("决策", "预算编制", "预算编制科学性", "科学", "科学", 4, 4, ""),
           ("过程", "预算执行", "预算执行率", "100%", q(rate), 6, rs, "按执行率×分值计分"),
           ("过程", "预算管理", "资金使用合规性", "合规", "合规", 5, 5, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 4, 3.5, "部分演出设备未贴资产标签，扣0.5分"),
           ("过程", "内部管理", "内部控制制度健全性", "健全", "健全", 5, 5, ""),
           # PLANT SAME_FIGURE_DIFFERS: 答三 says 送戏下乡演出126场; the 附表 prints 162场
           ("产出", "数量指标", "送戏下乡演出", "≥150场", "162场", 8, 8, ""),
           ("产出", "数量指标", "公共图书馆图书外借", "≥12万册次", "12万册次", 6, 6, ""),
           ("产出", "数量指标", "非遗项目传承培训", "≥20期", "17期", 6, P(17, 20, 6), "部分传承人年老体弱，培训减少"),
           # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: 答五 says the works stopped for winter and are not finished
           ("产出", "时效指标", "图书馆少儿阅览区改造", "年内完工", "按计划推进", 6, 6, ""),
           ("产出", "质量指标", "A级旅游景区安全检查覆盖率", "100%", "100%", 6, 6, ""),
           ("产出", "成本指标", "送戏下乡场均补助", "≤0.8万元", "0.76万元", 4, 4, ""),
           ("效益", "社会效益", "接待游客人次增长率", "≥8%", "9.6%", 12, 12, ""),
           ("效益", "社会效益", "公共文化设施免费开放率", "100%", "100%", 10, 10, ""),
           ("效益", "满意度", "群众文化活动满意度", "≥90%", "88.5%", 10, P(88.5, 90, 10), "部分偏远村演出场次偏少")]
    props(ind)
    assert s2(ind, 5) == 100 and off_prop(ind) == [] and over(ind) == [] and met_lost(ind) == []
    rows_total = s2(ind, 6)
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    total_p = r2(rows_total + 0.5)  # PLANT TOTAL_VS_ROWS: 答四 and the 附表 合计 print the rows' total + 0.50
    assert grade(total_p) == grade(rows_total) == "优", (rows_total, total_p)
    g = gold(None, dept, 2024, "COUNTY", "吉林省", "SELF_EVALUATION", None, total_p, 100, "优",
             budget(ini, adj, ex, rate, parts[0][1], parts[0][2], parts[1][1], parts[1][2]), sec, grows(ind))
    M = dict(dept=dept, parts=parts, ini=ini, adj=adj, ex=ex, rate=rate, prates=[rb, rp], ind=ind, total_p=total_p,
             sec=sec)
    fnd = [F("TOTAL_VS_ROWS", "合计（自评得分）", f"合计 | 100 | {f2(total_p)}", f2(total_p), f2(rows_total), "HIGH", "ERROR",
             f"the 16 rows of the 附表 add to {f2(rows_total)}, and 答四's four 一级 scores ({' + '.join(fnum(s) for _, _, s in sec)})"
             f" also give {f2(rows_total)}; 答四 and the 附表's 合计 print {f2(total_p)} (one figure restated); 优 either way"),
           F("SAME_FIGURE_DIFFERS", "送戏下乡演出", "答三：……全年开展送戏下乡演出126场…… | 送戏下乡演出 | ≥150场 | 162场 | 8 | 8",
             "126场", "162场 (附表)", "HIGH", "WARNING",
             "the answer reports 126 performances, the 附表 162 (digits transposed); 126 would miss ≥150场 and cost points "
             "(8 × 126 ÷ 150 = 6.72), 162 meets it — which is true the report does not say"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "图书馆少儿阅览区改造",
             "答五：……图书馆少儿阅览区改造工程受冬季停工影响，年底尚未完工…… | 图书馆少儿阅览区改造 | 年内完工 | 按计划推进 | 6 | 6",
             "6", "< 6 (e.g. 3: 年内完工 not met)", "HIGH", "WARNING",
             "the target is 年内完工; the report's own answer says the works were not finished by the year's end, yet the row "
             "prints the vague 按计划推进 and keeps full marks with no reason")]
    traps = ["the page is questions and answers (问一 … 问六): the question numbers are no indicator codes and no goals; "
             "答四's 一级 scores 决策 11, 过程 " + fnum(sec[1][2]) + ", 产出 " + fnum(sec[2][2]) + ", 效益 "
             + fnum(sec[3][2]) + " each equal their rows",
             f"budget: {mc(parts[0][1])} + {mc(parts[1][1])} = {mc(adj)}; {mc(parts[0][2])} + {mc(parts[1][2])} = "
             f"{mc(ex)}; {q(rate)}, 基本 {q(rb)}, 项目 {q(rp)} right; 年初 {mc(ini)} < 全年 (追加)",
             f"预算执行率 6 × {q(rate)} = {f2(rs)} (the rule)",
             "非遗项目传承培训 6 × 17 ÷ 20 = 5.10 and 群众文化活动满意度 10 × 88.5 ÷ 90 = 9.83 (proportion, with reasons); "
             "绩效指标明确性 −1 and 资产管理规范性 −0.5 with reasons",
             "公共图书馆图书外借 12 vs ≥12万册次 (met exactly); 送戏下乡场均补助 0.76 vs ≤0.8万元 (a ceiling met; a unit cost, "
             "not a budget figure); 接待游客人次增长率 9.6% is a growth rate over 2023's visitors (stated), not a zero base"]
    return {"stem": "h512_linjiang_wenlv", "format": "html", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "html": html512}


def html512(M):
    ind, sec = M["ind"], M["sec"]
    sd = {n: (w, s) for n, w, s in sec}
    data = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因及扣分说明"]]
    rows_, sp = ind_grid(ind, [0, 1, 2, 3, 4, 5, 6, 7], 1)
    data += rows_ + [["合计", "", "", "", "", "100", f2(M["total_p"]), ""]]
    sp.append((0, len(data) - 1, 4, len(data) - 1))
    tb = html_table(data, sp, left=(2, 7))
    qa = [("问一：临江市文化广播电视和旅游局主要承担哪些职责？",
           "答：我局负责全市文化、广播电视、旅游和文物工作，下设市图书馆、文化馆、非遗保护中心等3个事业单位，2024年末"
           "在职人员68人。"),
          ("问二：2024年度部门预算安排和执行情况如何？",
           f"答：年初预算{mc(M['ini'])}万元，年中追加后全年预算{mc(M['adj'])}万元，其中基本支出{mc(M['parts'][0][1])}万元、"
           f"项目支出{mc(M['parts'][1][1])}万元；全年支出{mc(M['ex'])}万元，其中基本支出{mc(M['parts'][0][2])}万元、项目支出"
           f"{mc(M['parts'][1][2])}万元，预算执行率{q(M['rate'])}。"),
          ("问三：全年完成了哪些主要工作？",
           "答：全年开展送戏下乡演出126场，公共图书馆图书外借12万册次，举办非遗项目传承培训17期，A级旅游景区安全检查实现"
           "全覆盖；全市接待游客人次同比增长9.6%。"),
          ("问四：自评结果如何？",
           f"答：经自评，决策指标（{fnum(sd['决策'][0])}分）得{fnum(sd['决策'][1])}分，过程指标（{fnum(sd['过程'][0])}分）得"
           f"{fnum(sd['过程'][1])}分，产出指标（{fnum(sd['产出'][0])}分）得{fnum(sd['产出'][1])}分，效益指标"
           f"（{fnum(sd['效益'][0])}分）得{fnum(sd['效益'][1])}分，自评总分{f2(M['total_p'])}分，自评等级为“优”（"
           f"{BANDS77}）。详见附表。"),
          ("问五：存在哪些问题？",
           "答：一是非遗传承培训期数未达目标；二是图书馆少儿阅览区改造工程受冬季停工影响，年底尚未完工；三是偏远村屯文化"
           "活动场次偏少。"),
          ("问六：下一步如何改进？",
           "答：加快少儿阅览区改造工程进度，力争2025年6月底前投入使用；优化送戏下乡场次安排，向偏远村屯倾斜。")]
    body = "\n".join(f'<p class="q">{E(a)}</p>\n<p class="a">{E(b)}</p>' for a, b in qa)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>一问一答：临江市文化广播电视和旅游局2024年度部门整体支出绩效自评情况_临江市人民政府</title>
<style>
body{{font-family:"Microsoft YaHei",SimSun,sans-serif;margin:0;background:#f4f4f4}}
.top{{background:#b40f12;color:#fff;padding:14px 40px;font-size:22px}}
.crumb{{width:1000px;margin:10px auto;font-size:13px;color:#666}}
.art{{width:1000px;margin:0 auto;background:#fff;padding:24px 40px}}
h1{{font-size:22px;text-align:center}} .info{{text-align:center;color:#888;font-size:13px;border-bottom:1px solid #ddd;padding-bottom:8px}}
p.q{{font-weight:bold;color:#b40f12;margin:18px 0 4px}} p.a{{text-indent:2em;line-height:1.8;margin:0}}
table.t{{border-collapse:collapse;width:100%;font-size:13px}} table.t td,table.t th{{border:1px solid #333;text-align:center}}
table.t td.l{{text-align:left}} .foot{{text-align:center;font-size:12px;color:#777;padding:20px}}
</style>
</head>
<body>
<div class="top">临江市人民政府　　<small>www.linjiang.gov.cn</small></div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 财政信息 &gt; 绩效信息</div>
<div class="art">
<h1>一问一答：临江市文化广播电视和旅游局2024年度部门整体支出绩效自评情况</h1>
<div class="info">来源：临江市文化广播电视和旅游局　　发布时间：2025-05-16 09:30　　【字号：大 中 小】</div>
{body}
<p class="q">附表：2024年度部门整体支出绩效自评表</p>
<p style="text-align:right;font-size:13px">金额单位：万元</p>
{tb}
<p style="font-size:13px">说明：预算执行率得分＝执行率×分值；{E(NOTE_P)}。</p>
<p style="text-align:right">临江市文化广播电视和旅游局<br>2025年5月12日</p>
</div>
<div class="foot">主办：临江市人民政府办公室　　网站标识码：2206810002　　吉ICP备05003862号</div>
</body>
</html>
"""


_r = h512()
_r["html"] = html512(_r["meta"])
ALL.append(_r)


# ============================================================ h513 江华瑶族自治县 (scan PDF: 部门整体 with a paper clip)

NOTE_13 = ("说明：1.年度资金总额得分＝执行率×10；2." + NOTE_P + "；3.自评等级：" + BANDS77 + "。")


def h513():
    dept = "江华瑶族自治县林业局"
    parts = [("基本支出", 1360.00, 1420.60, 1398.27), ("项目支出", 1980.00, 2153.80, 2036.55)]
    adj_sum = r2(parts[0][2] + parts[1][2])
    assert adj_sum == 3574.40, adj_sum
    adj_p = 3547.40  # PLANT BREAKDOWN_SUM: 基本 1,420.60 + 项目 2,153.80 = 3,574.40; the 年度资金总额 line prints 3,547.40
    ini, ex = r2(parts[0][1] + parts[1][1]), r2(parts[0][3] + parts[1][3])
    assert (ini, ex) == (3340.00, 3434.82), (ini, ex)
    rate, rb, rp = rates((ex, adj_p), (parts[0][3], parts[0][2]), (parts[1][3], parts[1][2]))
    rate_true, = rates((ex, adj_sum))
    assert (rate, rb, rp, rate_true) == (96.83, 98.43, 94.56, 96.10), (rate, rb, rp, rate_true)
    rs = r2(rate / 10)
    no_half(rate / 10, "rs")
    fp, fp_true = 5.85, P(38, 40, 6)  # PLANT FORMULA: the cell's 38÷40×6 prints 5.85; it is 5.70
    assert fp_true == 5.7
    ind = [("产出指标", "数量指标", "新增人工造林面积", "≥1.2万亩", "1.26万亩", 8, 8, ""),
           ("产出指标", "数量指标", "森林抚育面积", "≥3万亩", "3.05万亩", 7, 7, ""),
           ("产出指标", "数量指标", "生态护林员选聘", "≥420人", "420人", 6, 6, ""),
           ("产出指标", "数量指标", "林业有害生物防治面积", "≥40千亩", "38千亩", 6, fp, "按38÷40×6计分，得5.85分"),
           ("产出指标", "质量指标", "造林成活率", "≥90%", "93.4%", 6, 6, ""),
           # PLANT ROW_SCORE_OVER_WEIGHT: 6 of 5 “超额完成加1分”, against the 说明's no-bonus rule
           ("产出指标", "质量指标", "林业有害生物成灾率", "≤3‰", "1.2‰", 5, 6, "超额完成，加1分"),
           ("产出指标", "时效指标", "生态护林员补助发放及时率", "100%", "100%", 6, 6, ""),
           ("产出指标", "成本指标", "人工造林亩均成本", "≤1,100元/亩", "1,064元/亩", 6, 6, ""),
           ("效益指标", "生态效益", "森林覆盖率", "≥78.8%", "78.9%", 10, 10, ""),
           ("效益指标", "生态效益", "森林火灾受害率", "≤0.8‰", "0.3‰", 7, 7, ""),
           ("效益指标", "社会效益", "带动脱贫人口就业", "≥500人", "468人", 7, P(468, 500, 7), "部分护林员岗位调整为公益岗"),
           ("效益指标", "可持续影响", "林长制责任体系", "健全", "健全", 6, 6, ""),
           ("满意度指标", "服务对象满意度", "林农满意度", "≥90%", "92.7%", 5, 5, ""),
           ("满意度指标", "服务对象满意度", "生态护林员满意度", "≥90%", "87.5%", 5, P(87.5, 90, 5), "补助标准偏低")]
    props(ind, skip=("林业有害生物防治面积",))
    assert s2(ind, 5) == 90 and over(ind) == ["林业有害生物成灾率"] and met_lost(ind) == [], (s2(ind, 5), over(ind), met_lost(ind))
    assert off_prop(ind) == ["林业有害生物防治面积"]
    total = r2(s2(ind, 6) + rs)
    true_total = r2(total - 1 - fp + fp_true)
    assert grade(total) == grade(true_total) == "优", (total, true_total)
    g = gold(None, dept, 2024, "COUNTY", "湖南省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ini, adj_p, ex, rate, parts[0][2], parts[0][3], parts[1][2], parts[1][3]), [],
             [fund_row(rate, rs)] + grows(ind))
    M = dict(dept=dept, parts=parts, ini=ini, adj=adj_p, ex=ex, rate=rate, prates=[rb, rp], rs=rs, ind=ind, total=total)
    fnd = [F("BREAKDOWN_SUM", "年度资金总额（全年预算数）",
             f"年度资金总额 | {mc(ini)} | {mc(adj_p)} | {mc(ex)} | 10 | {q(rate)} | {f2(rs)} | 其中：基本支出 | "
             f"{mc(parts[0][2])} | 项目支出 | {mc(parts[1][2])}", mc(adj_p), mc(adj_sum), "HIGH", "ERROR",
             f"基本 {mc(parts[0][2])} + 项目 {mc(parts[1][2])} = {mc(adj_sum)}, the 年度资金总额 line prints {mc(adj_p)} "
             f"(digits transposed; 年初 and 执行 add up); its 执行率 {q(rate)} is computed on the wrong base — "
             f"{mc(ex)} ÷ {mc(adj_sum)} = {q(rate_true)}, so the line's score {f2(rs)} would be {f2(r2(rate_true / 10))}"),
           F("ROW_SCORE_OVER_WEIGHT", "林业有害生物成灾率", "产出指标 | 质量指标 | 林业有害生物成灾率 | ≤3‰ | 1.2‰ | 5 | 6 | 超额完成，加1分",
             "6", "≤ 5 (5)", "HIGH", "ERROR",
             "a row scored above its 分值 (6 of 5) for over-fulfilment, against the 说明's 超额完成不加分"),
           F("FORMULA", "林业有害生物防治面积", "林业有害生物防治面积 | ≥40千亩 | 38千亩 | 6 | 5.85 | 按38÷40×6计分，得5.85分",
             "5.85", f2(fp_true), "HIGH", "ERROR",
             f"the printed formula on its printed inputs: 38 ÷ 40 × 6 = {f2(fp_true)}, the cell and the 得分 print 5.85; 总分 "
             f"{f2(total)} → {f2(true_total)} with the over-weight row also corrected, still 优")]
    traps = [f"the metal paper clip (回形针) at the top-left corner and its shadow are on the paper, not the form: no text "
             f"under it; execution and 年初 parts add: {mc(parts[0][1])} + {mc(parts[1][1])} = {mc(ini)}; "
             f"{mc(parts[0][3])} + {mc(parts[1][3])} = {mc(ex)}; the line's {q(rate)} = {mc(ex)} ÷ {mc(adj_p)} as "
             f"printed (so no EXECUTION_RATE beside the BREAKDOWN_SUM); 基本 {q(rb)} and 项目 {q(rp)} right; none over",
             f"年度资金总额 得分 {q(rate)} × 10 = {f2(rs)} (the 说明's rule on the printed rate)",
             "林业有害生物成灾率 1.2‰ vs ≤3‰ and 森林火灾受害率 0.3‰ vs ≤0.8‰ (PER MILLE, ceilings met); 生态护林员选聘 420 vs "
             "≥420人 (met exactly); 人工造林亩均成本 1,064 vs ≤1,100元/亩 (a unit cost, not a budget figure); 森林覆盖率 "
             "78.9% vs ≥78.8% (met by 0.1)",
             "带动脱贫人口就业 7 × 468 ÷ 500 = 6.55 and 生态护林员满意度 5 × 87.5 ÷ 90 = 4.86 (proportion, with reasons)",
             f"总分 {f2(total)} = the fund line + the 14 rows as printed; 分值 10 + 90 = 100; 优"]
    return {"stem": "h513_jianghua_linye", "format": "pdf", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "draw": draw513}


def draw513(rep, path):
    import numpy as np
    import pikepdf
    from PIL import Image, ImageDraw, ImageFilter
    M = rep["meta"]
    ind = M["ind"]
    (nb, ib, ab, eb), (np_, ip, ap, ep) = M["parts"]
    x0 = 130
    p1 = Sheet()
    p1.text(847, 200, "部门整体支出绩效自评表", 46, True, "ma")
    p1.text(847, 272, "（2024年度）", 30, False, "ma")
    p1.text(x0, 340, "部门（单位）名称（盖章）：" + M["dept"], 26)
    p1.text(1574, 340, "金额单位：万元", 26, anchor="ra")
    hw = [250, 230, 190, 190, 190, 90, 140, 144]
    hb = [["年度预算执行情况（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
          ["", "年度资金总额", mc(M["ini"]), mc(M["adj"]), mc(M["ex"]), "10", q(M["rate"]), f2(M["rs"])],
          ["", "其中：基本支出", mc(ib), mc(ab), mc(eb), "—", q(M["prates"][0]), "—"],
          ["", "　　　项目支出", mc(ip), mc(ap), mc(ep), "—", q(M["prates"][1]), "—"]]
    y = p1.table(x0, 390, hw, hb, cont={(1, 0), (2, 0), (3, 0)})
    goal = [["年度总体目标", "预期目标", None, None, None, "实际完成情况", None, None],
            ["", "完成人工造林1.2万亩、森林抚育3万亩，选聘生态护林员420人，森林覆盖率稳定在78.8%以上，无重大森林火灾和"
                 "林业有害生物灾害。", None, None, None,
             "完成人工造林1.26万亩、森林抚育3.05万亩，选聘生态护林员420人，森林覆盖率78.9%，未发生重大森林火灾。", None, None]]
    y = p1.table(x0, y, hw, goal, cont={(1, 0)}, left=(1, 5))
    W = [150, 170, 270, 170, 160, 90, 90, 324]
    head = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]]
    n1 = 8
    data, cont = ind_rows(ind, (0, 1, 2, 3, 4, 5, 6, 7))
    y = p1.table(x0, y, W, head + data[:n1], cont={(r + 1, c) for r, c in cont if r < n1}, left=(2, 7))
    assert y < 2200, y
    p1.text(847, 2250, "第 1 页 共 2 页", 24, anchor="ma")
    p2 = Sheet()
    rest = head + data[n1:] + [["总分", None, None, None, None, "100", f2(M["total"]), "自评等级：优"]]
    cont2 = {(r - n1 + 1, c) for r, c in cont if r >= n1}
    # 效益指标 starts on page 2, so no merged cell is cut by the page break
    y = p2.table(x0, 170, W, rest, cont=cont2, left=(2, 7))
    yy = y + 30
    for ln in p2.wrap(NOTE_13, 1444, 24):
        p2.text(x0, yy, ln, 24)
        yy += 38
    p2.text(x0, yy + 40, "单位负责人：盘志刚　　财务负责人：李春梅　　填表人：赵文斌　　联系电话：0746-2322851", 24)
    p2.text(1574, yy + 100, "填报日期：2025年4月24日", 24, anchor="ra")
    p2.text(847, 2250, "第 2 页 共 2 页", 24, anchor="ma")
    rs = np.random.RandomState(91513)
    pages = []
    for k, sh in enumerate((p1, p2)):
        a = np.asarray(sh.im, dtype=np.float32)
        rgb = np.minimum(np.stack([a, a, a], axis=2), np.array([247.0, 245.0, 240.0]))
        img = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")
        if k == 0:
            # the 回形针: a silver wire clip over the top-left corner (x 150–250, y 20–250 at 200 dpi, above the title
            # line and left of it: no text under it), its soft shadow, the inner loop on top of the paper edge
            cl = Image.new("RGBA", (200, 320), (0, 0, 0, 0))
            sd_ = ImageDraw.Draw(cl)
            sd_.rounded_rectangle([46, 26, 140, 296], radius=46, outline=(0, 0, 0, 90), width=9)
            sd_.rounded_rectangle([64, 60, 124, 236], radius=30, outline=(0, 0, 0, 90), width=9)
            cl = cl.filter(ImageFilter.GaussianBlur(6))
            cd = ImageDraw.Draw(cl)
            for off, col in ((0, (118, 122, 128, 255)), (2, (176, 180, 186, 255)), (4, (214, 216, 220, 255))):
                cd.rounded_rectangle([38 + off, 16 + off, 132 - off, 286 - off], radius=46, outline=col, width=7 - off)
                cd.rounded_rectangle([56 + off, 50 + off, 116 - off, 226 - off], radius=30, outline=col, width=7 - off)
            cl = cl.rotate(14, resample=Image.BICUBIC, expand=True)
            img.paste(cl, (118, 0), cl)
        arr = np.asarray(img, dtype=np.float32) + rs.normal(0, 3.0, (img.size[1], img.size[0], 1))
        img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(0.5))
        img = img.rotate((0.27, -0.19)[k], resample=Image.BICUBIC, fillcolor=(236, 236, 232))
        pages.append(img)
    pdf = pikepdf.new()
    for im in pages:
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=80, optimize=False, progressive=False, dpi=(200, 200), subsampling=2)
        w, h = im.size
        img = pikepdf.Stream(pdf, buf.getvalue())
        img.Type, img.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
        img.Width, img.Height, img.ColorSpace = w, h, pikepdf.Name.DeviceRGB
        img.BitsPerComponent, img.Filter = 8, pikepdf.Name.DCTDecode
        pw, ph = 595.28, 841.89
        content = pikepdf.Stream(pdf, f"q {pw} 0 0 {ph} 0 0 cm /Im0 Do Q".encode())
        page = pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=[0, 0, pw, ph], Contents=content,
                                  Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=img)))
        pdf.pages.append(pikepdf.Page(page))
    pdf.docinfo["/Producer"] = "SHARP MX-M3158N"
    pdf.docinfo["/Creator"] = "SHARP MX-M3158N"
    pdf.docinfo["/CreationDate"] = "D:20250509083817+08'00'"
    pdf.save(path, static_id=True)


ALL.append(h513())


def drop_test():
    """for every planted finding in turn: would write_gold's recheck stop without it? (nothing is written)"""
    import heldout4
    for rep in sorted(ALL, key=lambda r: r["stem"]):
        seen = heldout4.recheck(rep.get("check_gold") or rep["gold"])
        for f in rep["findings"]:
            rest = {x["kind"] for x in rep["findings"] if x is not f}
            left = [f"{k}: {w}" for k, w in seen if not H.COVERS[k] & rest]
            print(rep["stem"], "without", f["kind"], "->", "stops with " + "; ".join(left) if left else
                  "passes (beyond the recheck; asserted in the spec)")


def main(argv):
    if argv == ["--drop"]:
        return drop_test()
    if argv == ["--table"]:
        for rep in sorted(ALL, key=lambda r: r["stem"]):
            print(rep["stem"], "|", "; ".join(f"{f['kind']} {f['where']} {f['stated']} → {f['recomputed']} "
                                               f"({f['certainty']}, {f['severity']})" for f in rep["findings"]), "|",
                  " ; ".join(rep["traps"]))
        return None
    round_main(argv, sorted(ALL, key=lambda r: r["stem"]), "91")


if __name__ == "__main__":
    main(sys.argv[1:])
