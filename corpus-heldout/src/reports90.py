#!/usr/bin/python3
"""Round 90 (h504–h508): publication families not used before, each with THREE PLANTED audit problems, made apart
from the code by the corpus90 session. Specs, rendering, gold and findings in this one file; every planted figure
carries `# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a
report whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 -B corpus-heldout/src/reports90.py [h504 …]      # gold, findings, files
    /usr/bin/python3 -B corpus-heldout/src/reports90.py --drop         # drop each planted finding in turn
h504 a 部门整体 自评表 of a 市属 高职院校 (a 事业单位 with its own 事业收入) that prints a 收入预算执行情况 block (收入项目 |
     年初 | 全年 | 实际收入数 | 收入完成率) before the 支出 block, XLSX (娄底市);
h505 a prose 部门整体 自评报告 that first reports how the self-evaluation was organised: 表1 自评工作小组成员及分工 and
     表2 自评工作进度安排, then the results, 附表 the 自评表, HTML (德钦县, 迪庆藏族自治州);
h506 a third-party 补贴 项目 评价报告 with a 抽样核查 (field sample) table: 乡镇 | 抽查户数 | 申报面积 | 核实面积 | 核实率 |
     面积不符户数, PDF text (武宣县, 来宾市);
h507 a 项目 自评表 of a MULTI-YEAR project (实施期 2023—2025) whose goal block prints 实施期总目标 beside the numbered
     年度目标, DOCX (和政县, 临夏回族自治州);
h508 a 部门整体 自评表 of a 县委党校 whose indicator table cites a 规则编号 (R1–R5) per row, the rules printed in a 计分规则
     table under it, ODT (通城县, 咸宁市).
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因 / 说明[, 规则编号]).
"""
import datetime
import html as htmlmod
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
from reports87 import odt_table, odt_bytes  # noqa: E402  (round 87's hand-zipped ODT; importing it writes nothing)

ALL = []
E = htmlmod.escape
FIXED_MOD = "2025-08-20T09:00:00Z"


def fix_core(name, data):
    """core.xml with a fixed 'modified' (openpyxl stamps the current time on save) — copied from round 89"""
    if name == "docProps/core.xml":
        s_ = data.decode("utf-8")
        s_ = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>" + FIXED_MOD + r"\2", s_)
        return s_.encode("utf-8")
    return data


def secs(ind, names):
    return [(n, s2([x for x in ind if x[0] == n], 5), s2([x for x in ind if x[0] == n], 6)) for n in names]


def over(ind):
    return [x[2] for x in ind if x[6] > x[5]]


def off_prop(ind):
    """rows below a quantitative target whose score is not the proportion rule's"""
    return [m[0] for m in missed_ok(ind) if abs(m[1] - m[2]) > 0.001]


# ============================================================ h504 娄底市 (XLSX: 高职院校 部门整体 with 收入预算执行)

def h504():
    dept = "娄底市湘中职业技术学院"
    inc = [("财政拨款收入", 5860.00, 6420.50, 6420.50), ("事业收入（学费、住宿费）", 3200.00, 3200.00, 3384.60),
           # PLANT RATE_OVER_ZERO_BASE: 其他收入 has 年初 / 全年预算数 0.00; the block prints 收入完成率 100.00%
           ("其他收入", 0.00, 0.00, 48.60)]
    inc_t = tuple(r2(sum(x[k] for x in inc)) for k in (1, 2, 3))
    assert inc_t == (9060.00, 9620.50, 9853.70), inc_t
    irates = rates((inc[0][3], inc[0][2]), (inc[1][3], inc[1][2]), (inc_t[2], inc_t[1]))
    assert irates == [100.00, 105.77, 102.42], irates
    irate_p = "100.00%"
    parts = [("基本支出", 5310.00, 5480.20, 5412.36), ("项目支出", 3750.00, 4140.30, 3886.15)]
    ini, adj, ex = (r2(sum(x[k] for x in parts)) for k in (1, 2, 3))
    assert (ini, adj, ex) == (9060.00, 9620.50, 9298.51), (ini, adj, ex)
    rate, rb, rp = rates((ex, adj), (parts[0][3], parts[0][2]), (parts[1][3], parts[1][2]))
    assert (rate, rb, rp) == (96.65, 98.76, 93.86), (rate, rb, rp)
    rp_p = 95.86  # PLANT EXECUTION_RATE: 项目支出 3,886.15 ÷ 4,140.30 = 93.86%; the line prints 95.86%
    rs = r2(6 * rate / 100)
    no_half(6 * rate / 100, "rs")
    ind = [("决策", "绩效目标", "绩效目标合理性", "合理", "合理", 4, 4, ""),
           ("决策", "绩效目标", "绩效指标明确性", "明确", "基本明确", 4, 3.5, "部分产出指标未细化到专业，扣0.5分"),
           ("决策", "预算编制", "预算编制科学性", "科学", "科学", 4, 4, ""),
           ("过程", "预算执行", "预算执行率", "100%", q(rate), 6, rs, "按执行率×分值计分"),
           ("过程", "预算管理", "资金使用合规性", "合规", "合规", 4, 4, ""),
           ("过程", "预算管理", "政府采购规范性", "规范", "规范", 3, 3, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 4, 3.5, "实训设备卡片信息不全，扣0.5分"),
           ("过程", "内部管理", "内部控制制度健全性", "健全", "健全", 3, 3, ""),
           ("产出", "数量指标", "全日制在校生规模", "≥12,000人", "12,460人", 6, 6, ""),
           ("产出", "数量指标", "新增校企合作订单班", "≥15个", "12个", 5, P(12, 15, 5), "3家合作企业用工计划调整"),
           ("产出", "数量指标", "国家助学金资助人次", "≥3,600人次", "3,600人次", 5, 5, ""),
           # PLANT TARGET_MISSED_FULL_MARKS: 2 of ≥3个 keeps 5 of 5 with no reason; the 说明's rule gives 3.33
           ("产出", "数量指标", "校内实训基地建设", "≥3个", "2个", 5, 5, ""),
           ("产出", "质量指标", "职业技能等级证书获取率", "≥60%", "63.5%", 5, 5, ""),
           ("产出", "质量指标", "教学事故发生率", "≤1‰", "0.3‰", 5, 5, ""),
           ("产出", "时效指标", "资助资金发放及时率", "100%", "100%", 5, 5, ""),
           ("产出", "成本指标", "生均财政拨款水平", "≥12,000元", "12,860元", 4, 4, ""),
           ("效益", "社会效益", "毕业生初次就业率", "≥90%", "92.6%", 8, 8, ""),
           ("效益", "社会效益", "毕业生本地就业率", "≥45%", "41.4%", 6, P(41.4, 45, 6), "部分毕业生赴粤港澳大湾区就业"),
           ("效益", "社会效益", "面向社会开展职业培训人次", "≥8,000人次", "8,650人次", 6, 6, ""),
           ("效益", "满意度", "在校学生满意度", "≥90%", "93.1%", 4, 4, ""),
           ("效益", "满意度", "用人单位满意度", "≥90%", "88.2%", 4, P(88.2, 90, 4), "个别专业实践能力培养不足")]
    props(ind, skip=("校内实训基地建设",))
    assert s2(ind, 5) == 100
    assert off_prop(ind) == ["校内实训基地建设"] and over(ind) == [] and below_no_reason(ind) == []
    total = s2(ind, 6)
    true_total = r2(total - 5 + P(2, 3, 5))
    assert grade(total) == grade(true_total) == "优", (total, true_total)
    g = gold(None, dept, 2024, "PREFECTURAL", "湖南省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ini, adj, ex, rate, parts[0][2], parts[0][3], parts[1][2], parts[1][3]), [], grows(ind))
    M = dict(dept=dept, inc=inc, inc_t=inc_t, irates=irates, irate_p=irate_p, parts=parts, ini=ini, adj=adj, ex=ex,
             rate=rate, prates=[rb, rp_p], ind=ind, total=total)
    fnd = [F("RATE_OVER_ZERO_BASE", "其他收入（收入完成率）",
             f"其中：其他收入 | {mc(0)} | {mc(0)} | {mc(inc[2][3])} | {irate_p}", irate_p,
             "— (全年预算数 0.00: no rate)", "HIGH", "WARNING",
             f"the 其他收入 line has no budget (年初 and 全年 0.00) and {mc(inc[2][3])} received; a 收入完成率 over a base of "
             "0 is undefined, the 100.00% printed is no quotient of the line's figures (the line should read “—” and "
             "its receipts be explained as unbudgeted income)"),
           F("EXECUTION_RATE", "项目支出（执行率）",
             f"项目支出 | {mc(parts[1][1])} | {mc(parts[1][2])} | {mc(parts[1][3])} | {q(rp_p)}", q(rp_p), q(rp), "HIGH",
             "ERROR", f"{mc(parts[1][3])} ÷ {mc(parts[1][2])} = {q(rp)}, the line prints {q(rp_p)}; the 支出合计 "
                      f"{q(rate)} and the 基本支出 {q(rb)} are right"),
           F("TARGET_MISSED_FULL_MARKS", "校内实训基地建设",
             "产出 | 数量指标 | 校内实训基地建设 | ≥3个 | 2个 | 5 | 5 |", "5", f2(P(2, 3, 5)), "HIGH", "WARNING",
             "2 of ≥3个 is below target, yet the row keeps full marks with an empty 偏差原因; the 说明's rule 实际完成值÷"
             f"年度指标值×分值 gives 5 × 2 ÷ 3 = {f2(P(2, 3, 5))}; the grade 优 holds ({f2(total)} → {f2(true_total)})")]
    traps = [f"the 收入预算执行情况 block is the college's INCOME: 事业收入 {mc(inc[1][3])} above its budget "
             f"{mc(inc[1][2])} ({q(irates[1])}) and 收入合计 {q(irates[2])} are receipts above plan, not spending over "
             f"budget; 收入 lines add: {mc(inc[0][1])} + {mc(inc[1][1])} + 0.00 = {mc(inc_t[0])}; {mc(inc[0][2])} + "
             f"{mc(inc[1][2])} + 0.00 = {mc(inc_t[1])}; {mc(inc[0][3])} + {mc(inc[1][3])} + {mc(inc[2][3])} = "
             f"{mc(inc_t[2])}; 财政拨款收入 {q(irates[0])} right",
             f"支出: {mc(parts[0][2])} + {mc(parts[1][2])} = {mc(adj)}; {mc(parts[0][3])} + {mc(parts[1][3])} = {mc(ex)}; "
             f"年初 {mc(parts[0][1])} + {mc(parts[1][1])} = {mc(ini)}; 合计 {q(rate)} and 基本 {q(rb)} right; none over; "
             "the 支出 budget equals the 收入 budget (9,620.50), the income surplus is not spent",
             f"预算执行率 6 × {q(rate)} = {f2(rs)} (the row's rule)",
             "新增校企合作订单班 5 × 12 ÷ 15 = 4.00, 毕业生本地就业率 6 × 41.4 ÷ 45 = 5.52, 用人单位满意度 4 × 88.2 ÷ 90 = 3.92 "
             "(proportion, with reasons); 绩效指标明确性 −0.5 and 资产管理规范性 −0.5 with reasons",
             "教学事故发生率 0.3‰ vs ≤1‰ (PER MILLE, a ceiling met); 国家助学金资助人次 3,600 vs ≥3,600人次 (met exactly); "
             "生均财政拨款水平 12,860元 is a per-student amount, not a budget figure",
             f"合计 {f2(total)} = the 21 rows; 分值 12 + 20 + 40 + 28 = 100; 优"]
    return {"stem": "h504_loudi_zhiyuan", "format": "xlsx", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "write": write504}


def write504(rep, path):
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side, PatternFill
    M = rep["meta"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2024年部门整体绩效自评表"
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    for j, w in enumerate([12, 14, 28, 14, 14, 12, 10, 30]):
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
    nxt(["部门整体支出绩效自评表"], [(0, 7)], True, False, size=16)
    nxt(["（2024年度）"], [(0, 7)], False, False)
    nxt(["部门（单位）名称：" + M["dept"], "", "", "", "", "金额单位：万元"], [(0, 4), (5, 7)], box=False, left=(0,))
    money = {3: "#,##0.00", 4: "#,##0.00", 5: "#,##0.00", 6: "0.00%"}
    nxt(["一、收入预算执行情况", "", "", "年初预算数", "全年预算数", "实际收入数", "收入完成率", "备注"], [(0, 2)], True,
        fill="D9D9D9")
    nxt(["收入合计", "", "", M["inc_t"][0], M["inc_t"][1], M["inc_t"][2], round(M["irates"][2] / 100, 6), ""], [(0, 2)],
        fmt=money, left=(0,))
    notes = ["", "学费、住宿费按实收数填列", "非同级财政拨款及社会捐赠"]
    for k, (n, a, b, e) in enumerate(M["inc"]):
        if k < 2:
            v = round(M["irates"][k] / 100, 6)
        else:
            v = 1.0  # the printed 100.00% over a 0.00 budget (PLANT RATE_OVER_ZERO_BASE)
        nxt([("其中：" if k == 0 else "　　　") + n, "", "", a, b, e, v, notes[k]], [(0, 2)], fmt=money, left=(0, 7))
    nxt(["二、支出预算执行情况", "", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "备注"], [(0, 2)], True,
        fill="D9D9D9")
    nxt(["支出合计", "", "", M["ini"], M["adj"], M["ex"], round(M["rate"] / 100, 6), ""], [(0, 2)], fmt=money,
        left=(0,))
    for k, ((n, a, b, e), pr) in enumerate(zip(M["parts"], M["prates"])):
        nxt([("其中：" if k == 0 else "　　　") + n, "", "", a, b, e, round(pr / 100, 6), ""], [(0, 2)], fmt=money,
            left=(0,))
    nxt(["三、绩效指标完成情况"], [(0, 7)], True, fill="D9D9D9", left=(0,))
    h0 = nxt(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"], bold=True,
             fill="D9D9D9")
    base = r[0]
    for x in M["ind"]:
        nxt(list(x[:8]), fmt={5: "0", 6: "0.00"}, left=(2, 7))
    for col in (0, 1):
        for a_, b_ in runs(M["ind"], col):
            if b_ > a_:
                ws.merge_cells(start_row=base + a_, start_column=col + 1, end_row=base + b_, end_column=col + 1)
    nxt(["合计", "", "", "", "", 100, M["total"], "自评等级：优"], [(0, 4)], True, fmt={5: "0", 6: "0.00"})
    nxt(["说明：1.预算执行率得分＝执行率×分值；2.定量指标未达到年度指标值的按“实际完成值÷年度指标值×分值”计分，超额完成不"
         "加分；3.定性指标未完全达成的，视情况扣分并说明原因；4.收入完成率＝实际收入数÷全年预算数×100%；"
         f"5.自评等级：{BANDS77}。"], [(0, 7)], box=False, left=(0,), height=48)
    nxt(["单位负责人：肖卫东　　财务负责人：龚丽娟　　填表人：曾志勇　　联系电话：0738-8216407　　填报日期：2025年4月24日"],
        [(0, 7)], box=False, left=(0,))
    ws.print_title_rows = f"{h0}:{h0}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = wb.properties.lastModifiedBy = "曾志勇"
    wb.properties.created = datetime.datetime(2025, 4, 16, 10, 5)
    write_bytes(path, ooxml_bytes(lambda b: wb.save(b), fix_core))


ALL.append(h504())


# ============================================================ h505 德钦县 (HTML: prose 自评报告 with 自评工作组织 tables)

def h505():
    dept = "德钦县档案馆"
    parts = [("基本支出", 238.20, 236.45), ("项目支出", 104.40, 94.73)]
    ini = 286.40
    adj, ex = r2(sum(x[1] for x in parts)), r2(sum(x[2] for x in parts))
    assert (adj, ex) == (342.60, 331.18), (adj, ex)
    rate, rb, rp = rates((ex, adj), (parts[0][2], parts[0][1]), (parts[1][2], parts[1][1]))
    assert (rate, rb, rp) == (96.67, 99.27, 90.74), (rate, rb, rp)
    rs = r2(6 * rate / 100)
    no_half(6 * rate / 100, "rs")
    ind = [("决策", "绩效目标", "绩效目标合理性", "合理", "合理", 5, 5, ""),
           ("决策", "绩效目标", "绩效指标明确性", "明确", "基本明确", 5, 4, "数字化指标未分年度细化，扣1分"),
           ("决策", "预算编制", "预算编制科学性", "科学", "科学", 5, 5, ""),
           ("过程", "预算执行", "预算执行率", "100%", q(rate), 6, rs, "按执行率×分值计分"),
           ("过程", "预算管理", "资金使用合规性", "合规", "合规", 5, 5, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 5, 4.5, "2台密集架未及时登记入账，扣0.5分"),
           ("过程", "内部管理", "制度执行有效性", "有效", "有效", 4, 4, ""),
           ("产出", "数量指标", "接收档案进馆", "≥1,200卷", "1,260卷", 6, 6, ""),
           ("产出", "数量指标", "馆藏档案数字化", "≥15万画幅", "13.5万画幅", 6, P(13.5, 15, 6), "扫描设备故障停工1个月"),
           # PLANT SAME_FIGURE_DIFFERS: 四（二） says 接待查档利用3,280人次; the 附表 prints 3,820人次
           ("产出", "数量指标", "查档利用服务人次", "≥3,500人次", "3,820人次", 6, 6, ""),
           ("产出", "数量指标", "开放档案鉴定", "≥2,000件", "2,000件", 5, 5, ""),
           # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: 四（二） says the 库房消防改造 failed its 消防验收 and is not in use
           ("产出", "质量指标", "档案库房消防设施改造", "完成1处", "完成1处", 6, 6, ""),
           ("产出", "质量指标", "档案库房温湿度达标率", "≥95%", "96.4%", 6, 6, ""),
           ("产出", "质量指标", "档案安全事故发生数", "0起", "0起", 5, 5, ""),
           ("效益", "社会效益", "档案编研成果", "≥2部", "2部", 5, 5, ""),
           ("效益", "社会效益", "查档平均办理时长", "≤2个工作日", "1.5个工作日", 5, 5, ""),
           ("效益", "可持续影响", "档案安全保管长效机制", "健全", "健全", 5, 5, ""),
           ("效益", "满意度", "查档群众满意度", "≥95%", "97.2%", 10, 10, "")]
    props(ind)
    assert s2(ind, 5) == 100 and off_prop(ind) == [] and over(ind) == [] and below_no_reason(ind) == []
    sec = secs(ind, ("决策", "过程", "产出", "效益"))
    total = s2(ind, 6)
    assert [x[2] for x in sec] == [14, 19.30, 39.40, 25] and total == 97.70, (sec, total)
    sec_p = [list(x) for x in sec]
    sec_p[1][2] = 19.03  # PLANT SECTION_VS_ROWS: 过程 rows 5.80 + 5 + 4.5 + 4 = 19.30; 四（一） prints 19.03
    sec_p = [tuple(x) for x in sec_p]
    true_total = r2(total - 6 + 3)
    assert grade(total) == grade(true_total) == "优", (total, true_total)
    g = gold(None, dept, 2024, "COUNTY", "云南省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ini, adj, ex, rate, parts[0][1], parts[0][2], parts[1][1], parts[1][2]), sec_p, grows(ind))
    M = dict(dept=dept, parts=parts, ini=ini, adj=adj, ex=ex, rate=rate, prates=[rb, rp], ind=ind, sec=sec_p,
             total=total, visits_prose="3,280")
    fnd = [F("SECTION_VS_ROWS", "过程", "（二）过程指标（分值20分，自评得分19.03分）; 附表 过程: 5.8 | 5 | 4.5 | 4",
             "19.03", "19.30", "HIGH", "ERROR",
             f"the 附表's four 过程 rows score {f2(rs)} + 5 + 4.5 + 4 = 19.30; 四（二）'s heading prints 19.03 (digits "
             f"swapped); the other three headings match their rows and the total {f2(total)} is the rows' sum"),
           F("SAME_FIGURE_DIFFERS", "查档利用服务人次",
             "四（三）…全年接待查档利用3,280人次…; 附表: 查档利用服务人次 | ≥3,500人次 | 3,820人次 | 6 | 6", "3,280人次",
             "3,820人次 (附表)", "HIGH", "WARNING",
             "the prose and the 附表 give different figures for the same count; on the prose figure the target ≥3,500人次 "
             f"is missed (6 × 3,280 ÷ 3,500 = {f2(P(3280, 3500, 6))}), on the table's it is met — which is right cannot be "
             "told from the page"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "档案库房消防设施改造",
             "附表: 档案库房消防设施改造 | 完成1处 | 完成1处 | 6 | 6 |; 四（三）…库房消防设施改造主体已完工，但2024年12月消防"
             "验收未通过，正在整改，尚未投入使用", "6", "< 6 (e.g. 3: the works done, not accepted)", "HIGH", "WARNING",
             "the report's own account says the 改造 failed its 消防验收 and is not in use at the year end, yet the row "
             "reports 完成1处 at full marks with no deviation noted; the amount to deduct is the evaluator's call (a "
             f"qualitative row); with 3 deducted the total is {f2(true_total)}, still 优")]
    traps = ["表1 自评工作小组成员及分工 and 表2 自评工作进度安排 are about how the self-evaluation was organised: names, "
             "duties, dates (2025年2月…4月) — no scores and no budget figures; 表2's 阶段 numbers 1–4 are no goals",
             f"budget: {mc(parts[0][1])} + {mc(parts[1][1])} = {mc(adj)}; {mc(parts[0][2])} + {mc(parts[1][2])} = "
             f"{mc(ex)}; {q(rate)}, 基本 {q(rb)}, 项目 {q(rp)} right; none over; 年初 {mc(ini)} < 全年 (追加 for the "
             "消防改造)",
             f"预算执行率 6 × {q(rate)} = {f2(rs)} (the row's rule)",
             "馆藏档案数字化 6 × 13.5 ÷ 15 = 5.40 (proportion, with a reason); 绩效指标明确性 −1 and 资产管理规范性 −0.5 with "
             "reasons",
             "开放档案鉴定 2,000 vs ≥2,000件 and 档案编研成果 2 vs ≥2部 (met exactly); 查档平均办理时长 1.5 vs ≤2个工作日 (a "
             "ceiling met); 档案安全事故发生数 0 vs 0起 (met)",
             f"四's headings 决策 14, 产出 39.40, 效益 25 match their rows; 总分 {f2(total)} = the 18 rows; 优"]
    return {"stem": "h505_deqin_dangan", "format": "html", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "html": html505(M)}


def html505(M):
    (nb, ab, eb), (np_, ap, ep) = M["parts"]
    secd = {n: (w, sc) for n, w, sc in M["sec"]}
    t1 = [["序号", "姓名", "职务", "小组职务", "分工"],
          ["1", "扎西次仁", "馆长", "组长", "全面负责自评工作"],
          ["2", "李春梅", "副馆长", "副组长", "组织指标核实和报告审核"],
          ["3", "和建华", "办公室主任", "成员", "预算执行和财务资料核查"],
          ["4", "卓玛拉姆", "业务股股长", "成员", "业务指标数据采集"],
          ["5", "杨志刚", "信息化专干", "成员", "数字化和信息化指标核实"]]
    t2 = [["阶段", "时间", "主要工作"],
          ["1.前期准备", "2025年2月10日—2月20日", "成立自评工作小组，制定自评方案"],
          ["2.数据采集", "2025年2月21日—3月15日", "收集预算执行、业务台账和满意度调查资料"],
          ["3.综合评价", "2025年3月16日—4月10日", "对照指标逐项评分，形成自评报告初稿"],
          ["4.审核报送", "2025年4月11日—4月25日", "领导小组审定，报送县财政局"]]
    data = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因及扣分说明"]]
    rows_, sp = ind_grid(M["ind"], [0, 1, 2, 3, 4, 5, 6, 7], 1)
    data += rows_ + [["合计", "", "", "", "", "100", f2(M["total"]), ""]]
    sp.append((0, len(data) - 1, 4, len(data) - 1))

    def hd(n, label):
        w, sc = secd[n]
        return f"{label}（分值{fnum(w)}分，自评得分{fnum(sc)}分）"
    ps = [
        ("h", "一、部门基本情况"),
        ("p", "德钦县档案馆为县委直属公益一类事业单位，负责全县档案的接收、保管、开发利用和档案信息化建设，内设办公室、业务股"
              "和信息化股，年末在职人员11人。馆藏档案4.6万卷，其中民国档案及藏文历史档案1,180卷。"),
        ("h", "二、自评工作开展情况"),
        ("p", "根据县财政局关于开展2024年度预算绩效自评工作的通知，我馆成立了以馆长为组长的自评工作领导小组，下设自评工作小组，"
              "按照“单位自评、小组复核、领导审定”的程序开展自评。自评工作小组成员及分工见表1，工作进度安排见表2。"),
        ("cap", "表1　自评工作小组成员及分工"), ("t1", None),
        ("cap", "表2　自评工作进度安排"), ("t2", None),
        ("h", "三、预算执行情况"),
        ("p", f"2024年年初预算{mc(M['ini'])}万元，年中追加档案库房消防设施改造资金等，全年预算{mc(M['adj'])}万元，其中基本支出"
              f"{mc(ab)}万元、项目支出{mc(ap)}万元。全年支出{mc(M['ex'])}万元，其中基本支出{mc(eb)}万元、项目支出{mc(ep)}万元，"
              f"预算执行率{q(M['rate'])}。项目支出执行率{q(M['prates'][1])}，主要是消防改造尾款按合同约定在验收合格后支付。"),
        ("h", "四、绩效目标完成情况及自评得分"),
        ("p", hd("决策", "（一）决策指标") + "。绩效目标与部门职责相符，预算编制依据充分；数字化指标未按年度细化，扣1分。"),
        ("p", hd("过程", "（二）过程指标") + "。资金使用合规，政府采购规范；2台密集架未及时登记入账，扣0.5分；预算执行率得分按"
                                      "执行率×分值计算。"),
        ("p", hd("产出", "（三）产出指标") + "。全年接收档案进馆1,260卷，完成馆藏档案数字化13.5万画幅，鉴定开放档案2,000件，"
              f"全年接待查档利用{M['visits_prose']}人次。库房温湿度达标率96.4%，全年未发生档案安全事故。档案库房消防设施改造"
              "主体已完工，但2024年12月消防验收未通过，正在整改，尚未投入使用。"),
        ("p", hd("效益", "（四）效益指标") + "。完成《德钦县藏文历史档案选编》等编研成果2部，查档平均办理时长1.5个工作日，"
                                      "查档群众满意度97.2%。"),
        ("h", "五、自评结论"),
        ("p", f"综上，我馆2024年度部门整体支出绩效自评得分{f2(M['total'])}分，自评等级为“优”（{BANDS77}）。"),
        ("h", "六、存在的问题及改进措施"),
        ("p", "一是数字化进度滞后，二是资产登记不及时，三是消防改造验收未通过。下一步将督促施工单位完成整改并申请复验，"
              "细化年度指标，加强资产管理。"),
        ("r", M["dept"]), ("r", "2025年4月25日"),
        ("h", "附表　德钦县档案馆2024年度部门整体支出绩效自评表"),
        ("p0", "金额单位：万元"),
        ("t3", None),
        ("p0", "说明：定量指标未达到年度指标值的按“实际完成值÷年度指标值×分值”计分，超额完成不加分；预算执行率按“执行率×分值”"
               "计分；定性指标未完全达成的视情况扣分并说明原因。"),
    ]
    body = []
    for k, v in ps:
        if k == "h":
            body.append(f"<h3>{E(v)}</h3>")
        elif k == "p":
            body.append(f"<p class=\"zw\">{E(v)}</p>")
        elif k == "p0":
            body.append(f"<p>{E(v)}</p>")
        elif k == "r":
            body.append(f"<p style=\"text-align:right\">{E(v)}</p>")
        elif k == "cap":
            body.append(f"<p class=\"cap\">{E(v)}</p>")
        elif k == "t1":
            body.append(html_table(t1, [], cls="bg"))
        elif k == "t2":
            body.append(html_table(t2, [], cls="bg", left=(2,)))
        elif k == "t3":
            body.append(html_table(data, sp, cls="bg", left=(2, 7)))
    title = f"{M['dept']}2024年度部门整体支出绩效自评报告"
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(title)}</title>
<style>
body{{font-family:"Microsoft YaHei",SimSun,sans-serif;margin:0;color:#222}}
.hd{{background:#1f5c99;color:#fff;padding:10px 30px;font-size:20px}}
.nav{{background:#e9eef5;padding:6px 30px;font-size:13px}}
.art{{max-width:960px;margin:16px auto;padding:0 24px}}
h1{{font-size:21px;text-align:center}}
.info{{text-align:center;font-size:13px;color:#777;border-bottom:1px dashed #bbb;padding-bottom:8px}}
h3{{font-size:16px;margin:16px 0 6px}}
p.zw{{text-indent:2em;line-height:1.9}}
p.cap{{text-align:center;font-weight:bold;margin:8px 0 2px}}
table.bg{{border-collapse:collapse;width:100%;font-size:13px;margin:4px 0 10px}}
table.bg th,table.bg td{{border:1px solid #444;padding:4px 5px;text-align:center}}
table.bg td.l{{text-align:left}}
.ft{{border-top:2px solid #1f5c99;text-align:center;font-size:12px;color:#666;padding:12px}}
</style>
</head>
<body>
<div class="hd">德钦县人民政府</div>
<div class="nav">首页 &gt; 信息公开 &gt; 法定主动公开内容 &gt; 财政预决算 &gt; 绩效自评</div>
<div class="art">
<h1>{E(title)}</h1>
<div class="info">来源：德钦县档案馆　发布时间：2025-05-09 16:20　浏览次数：<span id="hits">126</span></div>
{chr(10).join(body)}
</div>
<div class="ft">德钦县人民政府办公室主办　网站标识码：5334220002　滇ICP备05003196号-3</div>
</body>
</html>
"""


ALL.append(h505())


# ============================================================ h506 武宣县 (PDF text: third party with 抽样核查 table)

SAMPLE = [("二塘镇", 40, 612.5, 603.2, 1), ("三里镇", 35, 528.0, 520.4, 1), ("桐岭镇", 30, 446.8, 446.8, 0),
          ("通挽镇", 30, 402.6, 395.1, 1), ("禄新镇", 25, 338.1, 338.1, 0)]


def h506():
    dept = "武宣县农业农村局"
    project = "2024年武宣县糖料蔗良种良法技术推广补贴项目"
    evaluator = "广西桂中明诚项目管理咨询有限公司"
    src = [("中央财政资金", 1200.00, 1200.00), ("自治区财政资金", 300.00, 300.00)]
    ini, adj = r2(sum(x[1] for x in src)), r2(sum(x[2] for x in src))
    ex = 1462.35
    rate, = rates((ex, adj))
    assert (ini, adj, rate) == (1500.00, 1500.00, 97.49), (ini, adj, rate)
    samp = [(n, h, a, b, d, rates((b, a))[0]) for n, h, a, b, d in SAMPLE]
    st = (sum(x[1] for x in samp), r2(sum(x[2] for x in samp)), r2(sum(x[3] for x in samp)), sum(x[4] for x in samp))
    st_rate, = rates((st[2], st[1]))
    assert st == (160, 2328.0, 2303.6, 3) and st_rate == 98.95, (st, st_rate)
    rs = r2(5 * rate / 100)
    no_half(5 * rate / 100, "rs")
    RULE_AREA = "每发现1户申报面积与核实面积不符扣1分，扣完为止"
    # PLANT RULE_SCORE: 3 户 不符 (the 抽样核查 table) gives 6 − 3 = 3 by the row's printed rule; scored 4.5
    area_p, area_true = 4.5, 6 - st[3]
    ind = [("决策", "项目立项", "立项依据充分性", "充分", "充分", 3, 3, ""),
           ("决策", "项目立项", "立项程序规范性", "规范", "规范", 3, 3, ""),
           ("决策", "绩效目标", "绩效目标合理性", "合理", "合理", 3, 3, ""),
           ("决策", "绩效目标", "绩效指标明确性", "明确", "基本明确", 3, 2, "效益指标未量化到农户，扣1分"),
           ("决策", "资金投入", "补贴标准合理性", "合理", "合理", 3, 3, ""),
           ("过程", "资金管理", "资金到位率", "100%", "100%", 3, 3, ""),
           ("过程", "资金管理", "预算执行率", "100%", q(rate), 5, rs, "按执行率×分值计分"),
           ("过程", "资金管理", "补贴面积核实准确性", "准确", "抽查3户面积不符", 6, area_p,
            f"{RULE_AREA}；抽查发现3户申报面积与核实面积不符，扣1.5分"),
           ("过程", "组织实施", "公示制度执行", "村级公示不少于7天", "公示7天", 3, 3, ""),
           ("过程", "组织实施", "档案资料完整性", "完整", "基本完整", 3, 2.5, "2个村申报表缺农户签字，扣0.5分"),
           ("产出", "数量指标", "良种推广面积", "≥12万亩", "12.6万亩", 8, 8, ""),
           ("产出", "数量指标", "脱毒健康种苗推广面积", "≥2万亩", "1.8万亩", 6, P(1.8, 2, 6), "部分种苗繁育基地供苗不足"),
           ("产出", "数量指标", "机械化深耕深松面积", "≥8万亩", "8万亩", 6, 6, ""),
           ("产出", "数量指标", "技术培训人次", "≥3,000人次", "3,260人次", 5, 5, ""),
           ("产出", "质量指标", "补贴发放准确率", "≥98%", "98.95%", 5, 5, ""),
           ("产出", "时效指标", "补贴资金兑付及时率", "≥95%", "92%", 5, P(92, 95, 5), "第二批补贴核实时间延长"),
           ("产出", "成本指标", "良种补贴标准", "≤100元/亩", "100元/亩", 5, 5, ""),
           ("效益", "经济效益", "糖料蔗亩产提高", "≥0.3吨", "0.32吨", 8, 8, ""),
           ("效益", "经济效益", "蔗农亩均增收", "≥150元", "168元", 6, 6, ""),
           ("效益", "可持续影响", "良种覆盖率", "≥85%", "86.2%", 5, 5, ""),
           ("效益", "满意度", "蔗农满意度", "≥90%", "88.6%", 6, P(88.6, 90, 6), "部分蔗农对补贴兑付时间有意见")]
    props(ind)
    assert s2(ind, 5) == 100 and off_prop(ind) == [] and over(ind) == [] and below_no_reason(ind) == []
    sec = secs(ind, ("决策", "过程", "产出", "效益"))
    rows_total = s2(ind, 6)
    assert [x[2] for x in sec] == [14, 17.87, 39.24, 24.91] and rows_total == 96.02, (sec, rows_total)
    total_p = 96.20  # PLANT TOTAL_VS_ROWS: the 21 rows (and 表1's four 一级) add to 96.02; 合计 / 三 print 96.20
    srate = [rates((sc, w))[0] for _, w, sc in sec]
    assert srate == [93.33, 89.35, 98.10, 99.64], srate
    srate_p = list(srate)
    srate_p[3] = 96.64  # PLANT SCORE_RATE: 效益 24.91 ÷ 25 = 99.64%; 表1 prints 96.64%
    true_total = r2(rows_total - area_p + area_true)
    assert grade(total_p) == grade(rows_total) == grade(true_total) == "优", true_total
    g = with_project(gold(None, dept, 2024, "COUNTY", "广西壮族自治区", "THIRD_PARTY_EVALUATION", evaluator, total_p,
                          100, "优", budget(ini, adj, ex, rate), sec, grows(ind)), project, dept)
    M = dict(dept=dept, project=project, evaluator=evaluator, src=src, ini=ini, adj=adj, ex=ex, rate=rate, samp=samp,
             st=st, st_rate=st_rate, ind=ind, sec=sec, srate=srate_p, total=total_p, rule_area=RULE_AREA)
    fnd = [F("TOTAL_VS_ROWS", "合计（评价得分）", f"合计 | 100 | {f2(total_p)}; 三：综合评价得分{f2(total_p)}分",
             f2(total_p), f2(rows_total), "HIGH", "ERROR",
             f"the 21 rows of the 评分表 add to {f2(rows_total)}, and so do 表1's four 一级 scores ({' + '.join(fnum(x[2]) for x in sec)}); the 合计 row, 表1's 合计 and 三's prose print {f2(total_p)} (digits swapped): one slip, one finding; 优 "
             "on either"),
           F("RULE_SCORE", "补贴面积核实准确性",
             f"过程 | 资金管理 | 补贴面积核实准确性 | 6 | 准确 | 抽查3户面积不符 | 4.5 | {RULE_AREA}；抽查发现3户申报面积与"
             "核实面积不符，扣1.5分", "4.5", f2(area_true), "HIGH", "ERROR",
             "the row's own rule deducts 1 point per household whose 申报面积 ≠ 核实面积; the 抽样核查 table (表2) and the "
             f"row both count 3 such households, so 6 − 3 = {f2(area_true)}; the 扣分说明 deducts 1.5 (0.5 each), not the "
             f"rule's; with it corrected the total is {f2(true_total)}, still 优"),
           F("SCORE_RATE", "效益（得分率）", f"效益 | 25 | 24.91 | {q(srate_p[3])}", q(srate_p[3]), q(srate[3]), "HIGH",
             "ERROR", f"24.91 ÷ 25 = {q(srate[3])}, 表1 prints {q(srate_p[3])}; 决策 {q(srate[0])}, 过程 {q(srate[1])}, 产出 "
                      f"{q(srate[2])} right")]
    traps = [f"表2 抽样核查情况 (乡镇 | 抽查户数 | 申报面积 | 核实面积 | 核实率 | 面积不符户数) is the evaluator's field sample: "
             "areas in 亩 of 160 households, not the programme's 12.6万亩 and no budget figure; each 核实率 = 核实 ÷ 申报 right "
             f"(98.48%, 98.56%, 100.00%, 98.14%, 100.00%; 合计 {mc(st[1])} → {mc(st[2])}, {q(st_rate)}); 核实率 below 100% is "
             "what the sample found, scored through 补贴面积核实准确性 (the plant), not a missed target of the index",
             f"funds: 中央 {mc(1200)} + 自治区 {mc(300)} = {mc(adj)} (年初 = 全年); 支出 {mc(ex)}, {q(rate)} right; 预算执行率 "
             f"5 × {q(rate)} = {f2(rs)} (the row's rule)",
             "脱毒健康种苗推广面积 6 × 1.8 ÷ 2 = 5.40, 补贴资金兑付及时率 5 × 92 ÷ 95 = 4.84, 蔗农满意度 6 × 88.6 ÷ 90 = 5.91 "
             "(proportion, with reasons); 绩效指标明确性 −1 and 档案资料完整性 −0.5 with reasons",
             "机械化深耕深松面积 8 vs ≥8万亩 (met exactly); 良种补贴标准 100 vs ≤100元/亩 (a ceiling met exactly; a unit "
             "subsidy, not a budget figure); 补贴发放准确率 98.95% = the sample's 核实率, vs ≥98% (met)",
             f"表1: 决策 15 | {fnum(sec[0][2])} | {q(srate[0])}, 过程 20 | {fnum(sec[1][2])} | {q(srate[1])}, 产出 40 | "
             f"{fnum(sec[2][2])} | {q(srate[2])} right; the four add to {f2(rows_total)}"]
    return {"stem": "h506_wuxuan_nongye", "format": "pdf", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "draw": draw506}


def draw506(rep, path):
    from reportlab.platypus import PageBreak, Spacer
    M = rep["meta"]
    para, tab, mm = rl_kit()
    st = [Spacer(1, 40 * mm), para("t", M["project"]), para("t", "绩效评价报告"), Spacer(1, 60 * mm),
          para("st", "委托单位：武宣县财政局"), para("st", "评价机构：" + M["evaluator"]),
          para("st", "报告编号：桂中明诚绩评〔2025〕017号"), Spacer(1, 20 * mm), para("st", "二〇二五年六月"), PageBreak()]
    st += [para("t", M["project"] + "绩效评价报告"), para("pl", "武宣县财政局："),
           para("p", f"受贵局委托，我公司组成评价组，对{M['dept']}实施的{M['project']}开展了绩效评价。现将评价情况报告如下。"),
           para("h", "一、项目基本情况"),
           para("p", "项目对全县糖料蔗种植户推广良种和脱毒健康种苗、机械化深耕深松给予补贴，补贴标准为良种每亩100元，由乡镇"
                     "组织农户申报、村级公示、县级核实后按面积兑付。"),
           para("p", f"项目年初预算{mc(M['ini'])}万元，全年预算{mc(M['adj'])}万元（其中中央财政资金1,200.00万元、自治区财政资金"
                     f"300.00万元），全年支出{mc(M['ex'])}万元，预算执行率{q(M['rate'])}。"),
           para("h", "二、评价工作开展情况"),
           para("p", "评价组采用案卷研究、抽样核查、问卷调查相结合的方法。按乡镇申报面积规模分层，在5个乡镇随机抽取160户蔗农，"
                     "逐户实地丈量核实补贴面积，核查结果见表2。"),
           para("h", "三、综合评价结论"),
           para("p", f"经综合评价，项目绩效评价得分{f2(M['total'])}分，评价等级为“优”（{BANDS77}）。各一级指标得分见表1。"),
           para("cap", "表1　一级指标得分情况")]
    data = [["一级指标", "分值", "得分", "得分率"]]
    for (n, w, sc), sr in zip(M["sec"], M["srate"]):
        data.append([n, fnum(w), fnum(sc), q(sr)])
    data.append(["合计", "100", f2(M["total"]), ""])
    st.append(tab(data, [40, 30, 30, 30]))
    st += [para("h", "四、抽样核查情况"),
           para("p", f"抽查{M['st'][0]}户，申报补贴面积{M['st'][1]:,.1f}亩，实地核实面积{M['st'][2]:,.1f}亩，面积核实率"
                     f"{q(M['st_rate'])}；发现{M['st'][3]}户申报面积大于实际种植面积，已移交乡镇核减。"),
           para("cap", "表2　补贴面积抽样核查情况")]
    data = [["乡镇", "抽查户数", "申报面积（亩）", "核实面积（亩）", "核实率", "面积不符户数"]]
    for n, h, a, b, d, rt in M["samp"]:
        data.append([n, str(h), f"{a:,.1f}", f"{b:,.1f}", q(rt), str(d)])
    data.append(["合计", str(M["st"][0]), f"{M['st'][1]:,.1f}", f"{M['st'][2]:,.1f}", q(M["st_rate"]), str(M["st"][3])])
    st.append(tab(data, [28, 22, 28, 28, 22, 26]))
    sd = {n: (w, sc) for n, w, sc in M["sec"]}
    st += [para("h", "五、绩效分析"),
           para("p", f"（一）决策。立项依据充分，补贴标准合理；效益指标未量化到农户（{fnum(sd['决策'][0])}分，得"
                     f"{fnum(sd['决策'][1])}分）。"),
           para("p", f"（二）过程。资金全部到位，公示制度执行到位；抽查发现3户面积不符，2个村申报表缺农户签字（"
                     f"{fnum(sd['过程'][0])}分，得{fnum(sd['过程'][1])}分）。"),
           para("p", f"（三）产出。推广良种12.6万亩、脱毒健康种苗1.8万亩，机械化深耕深松8万亩，培训3,260人次（"
                     f"{fnum(sd['产出'][0])}分，得{fnum(sd['产出'][1])}分）。"),
           para("p", f"（四）效益。糖料蔗亩产提高0.32吨，蔗农亩均增收168元，蔗农满意度88.6%（{fnum(sd['效益'][0])}分，得"
                     f"{fnum(sd['效益'][1])}分）。"),
           para("h", "六、存在问题及建议"),
           para("p", "一是乡镇初审把关不严，个别农户虚报面积；二是第二批补贴兑付偏慢。建议推行卫星遥感辅助核实，压缩兑付时限。"),
           Spacer(1, 8 * mm), para("r", M["evaluator"]), para("r", "2025年6月18日"), PageBreak(),
           para("pl", "附件"), para("cap", "项目绩效评价指标体系及评分表")]
    data = [["一级指标", "二级指标", "三级指标", "分值", "指标值", "完成值", "得分", "扣分说明"]]
    rows_, sp = ind_grid(M["ind"], [0, 1, 2, 5, 3, 4, 6, 7], 1)
    data += rows_ + [["合计", "", "", "100", "", "", f2(M["total"]), ""]]
    sp.append((0, len(data) - 1, 2, len(data) - 1))
    st.append(tab(data, [16, 18, 36, 10, 24, 22, 12, 42], spans=sp, left=(2, 7)))
    st.append(para("n", "说明：定量指标未达到指标值的按“完成值÷指标值×分值”计分，超额完成不加分；预算执行率按“执行率×分值”计分；"
                        "定性指标视完成情况扣分并说明原因；扣分说明栏列明本指标评分标准的，按该标准计分。"))
    rl_build(path, st, M["project"] + "绩效评价报告", M["evaluator"], "Microsoft® Word 2016")


ALL.append(h506())


# ============================================================ h507 和政县 (DOCX: multi-year 项目 with 实施期总目标)

def h507():
    dept, unit = "和政县农业农村局", "和政县乡村建设服务中心"
    project = "和政县农村人居环境整治提升三年行动项目（2023—2025年）"
    src = [("中央财政衔接推进乡村振兴补助资金", 1100.00, 1100.00, 1082.46), ("省级财政资金", 300.00, 360.00, 338.20),
           ("县级财政资金", 200.00, 240.00, 221.92)]
    ini, adj, ex = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    assert (ini, adj, ex) == (1600.00, 1700.00, 1642.58), (ini, adj, ex)
    rate, = rates((ex, adj))
    srates = rates(*[(x[3], x[2]) for x in src])
    assert rate == 96.62 and srates == [98.41, 93.94, 92.47], (rate, srates)
    rs_true = r2(rate / 10)
    rs_p = 10  # PLANT BUDGET_ROW_SCORE: the 说明 says 执行率×10 → 9.66; the form prints 10
    # PLANT GOAL_LABELS: the 年度目标 are labelled 目标1, 目标2, 目标4, 目标3 (out of order)
    goals = [("目标1", "新建改建农村卫生户厕2,400座，改造公厕12座"), ("目标2", "建成村级生活污水处理设施8处"),
             ("目标4", "健全村庄保洁长效管护机制，群众满意度达到90%以上"), ("目标3", "完成60个村庄清洁行动和村容村貌提升")]
    ind = [("产出指标", "数量指标", "新建改建农村卫生户厕", "≥2,400座", "2,400座", 8, 8, ""),
           ("产出指标", "数量指标", "改造农村公厕", "≥12座", "12座", 5, 5, ""),
           ("产出指标", "数量指标", "村级生活污水处理设施", "≥8处", "7处", 6, P(7, 8, 6), "1处因选址调整顺延至2025年"),
           ("产出指标", "数量指标", "村庄清洁行动覆盖村数", "≥60个", "60个", 6, 6, ""),
           ("产出指标", "质量指标", "户厕改造验收合格率", "≥95%", "97.5%", 6, 6, ""),
           # PLANT ROW_SCORE_OVER_WEIGHT: 污水处理设施出水达标率 6 of 分值 5 (超额完成 — the 说明 says no extra points)
           ("产出指标", "质量指标", "污水处理设施出水达标率", "≥90%", "96%", 5, 6, "超额完成"),
           ("产出指标", "时效指标", "年度建设任务完成及时率", "≥95%", "93%", 5, P(93, 95, 5), "冬季停工影响"),
           ("产出指标", "成本指标", "户厕改造户均补助", "≤2,500元/户", "2,350元/户", 5, 5, ""),
           ("效益指标", "社会效益指标", "农村卫生厕所普及率", "≥80%", "82.4%", 8, 8, ""),
           ("效益指标", "生态效益指标", "农村生活污水治理率", "≥30%", "27.6%", 8, P(27.6, 30, 8), "1处设施未建成"),
           ("效益指标", "生态效益指标", "农村生活垃圾收运处置体系覆盖率", "≥95%", "95%", 6, 6, ""),
           ("效益指标", "可持续影响指标", "村庄保洁长效管护机制", "健全", "基本健全", 6, 5, "3个村保洁员经费未足额落实，扣1分"),
           ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "93.2%", 6, 6, "")]
    props(ind)
    assert s2(ind, 5) == 80, s2(ind, 5)
    ind.append(("满意度指标", "服务对象满意度指标", "村干部满意度", "≥90%", "94.5%", 4, 4, ""))
    ind.insert(8, ("产出指标", "成本指标", "污水处理设施单处造价", "≤65万元/处", "61.8万元/处", 6, 6, ""))
    assert s2(ind, 5) == 90 and off_prop(ind) == [] and below_no_reason(ind) == []
    assert over(ind) == ["污水处理设施出水达标率"]
    total = r2(rs_p + s2(ind, 6))
    true_total = r2(rs_true + s2(ind, 6) - 1)
    assert grade(total) == grade(true_total) == "优", (total, true_total)
    g = with_project(gold(None, dept, 2024, "COUNTY", "甘肃省", "SELF_EVALUATION", None, total, 100, None,
                          budget(ini, adj, ex, rate), [], [fund_row(rate, rs_p)] + grows(ind)), project, unit)
    M = dict(dept=dept, unit=unit, project=project, src=src, srates=srates, ini=ini, adj=adj, ex=ex, rate=rate,
             rs=rs_p, ind=ind, total=total, goals=goals)
    gq = "；".join(f"{a}：{b}" for a, b in goals)
    fnd = [F("GOAL_LABELS", "年度目标", gq.replace("新建改建农村卫生户厕2,400座，改造公厕12座", "…")
             .replace("建成村级生活污水处理设施8处", "…").replace("完成60个村庄清洁行动和村容村貌提升", "…"),
             "目标1, 目标2, 目标4, 目标3", "目标1, 目标2, 目标3, 目标4", "HIGH", "WARNING",
             "the four 年度目标 in the goal block are numbered out of order (目标4 before 目标3); the 实际完成情况 cell "
             "answers them as 目标1–目标4 in order, so 目标3 / 目标4 of the two cells do not pair up line by line"),
           F("ROW_SCORE_OVER_WEIGHT", "污水处理设施出水达标率",
             "产出指标 | 质量指标 | 污水处理设施出水达标率 | ≥90% | 96% | 5 | 6 | 超额完成", "6", "≤ 5 (5)", "HIGH",
             "ERROR", "the row scores 6 against its own 分值 5; the 说明 says 超额完成不加分, so 96% of ≥90% gives 5"),
           F("BUDGET_ROW_SCORE", "年度资金总额",
             f"年度资金总额 | {mc(ini)} | {mc(adj)} | {mc(ex)} | 10 | {q(rate)} | 10", "10", f2(rs_true), "HIGH", "ERROR",
             f"the 说明 says 年度资金总额得分＝执行率×10: {q(rate)} × 10 = {f2(rs_true)}; the form gives full marks 10 and "
             f"the 总分 adds them; with both score plants corrected the total is {f2(true_total)}")]
    traps = ["the goal block prints 实施期总目标 (2023—2025: 7,000座 户厕, 24处 污水设施, 180个村) beside the 年度目标: the "
             "three-year figures are the whole project's, not this year's targets and not missed ones",
             f"fund lines: 年初 {mc(1100)} + {mc(300)} + {mc(200)} = {mc(ini)}; 全年 {mc(1100)} + {mc(360)} + {mc(240)} = "
             f"{mc(adj)}; 执行 {mc(1082.46)} + {mc(338.20)} + {mc(221.92)} = {mc(ex)}; {q(rate)} and the lines' "
             f"{q(srates[0])}, {q(srates[1])}, {q(srates[2])} right; none over",
             "村级生活污水处理设施 6 × 7 ÷ 8 = 5.25, 年度建设任务完成及时率 5 × 93 ÷ 95 = 4.89, 农村生活污水治理率 8 × 27.6 ÷ "
             "30 = 7.36 (proportion, with reasons); 村庄保洁长效管护机制 −1 with a reason",
             "新建改建农村卫生户厕 2,400 vs ≥2,400座, 改造农村公厕 12 vs ≥12座, 村庄清洁行动覆盖村数 60 vs ≥60个, "
             "垃圾收运处置体系覆盖率 95% vs ≥95% (met exactly); 户厕改造户均补助 2,350 vs ≤2,500元/户 and 污水处理设施单处造价 "
             "61.8 vs ≤65万元/处 (ceilings met; unit amounts, not budget figures)",
             f"总分 {f2(total)} = the fund line as printed + the 15 rows; 分值 10 + 90 = 100; a 项目 form: no grade"]
    return {"stem": "h507_hezheng_nongye", "format": "docx", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "write": write507}


def write507(rep, path):
    M = rep["meta"]
    d, par = docx_base("项目支出绩效自评表", "马晓军", datetime.datetime(2025, 4, 11, 8, 50),
                       datetime.datetime(2025, 4, 22, 17, 40))
    par("项目支出绩效自评表", 18, True, "c")
    par("（2024年度）", 12, False, "c")
    par(f"填报单位（盖章）：{M['dept']}　　　　　　　　　　　　　　金额单位：万元", 10.5)
    data = [["项目名称", M["project"], "", "", "", "", "", ""],
            ["主管部门", M["dept"], "", "", "实施单位", M["unit"], "", ""],
            ["实施期限", "2023年1月—2025年12月（本年为第2年）", "", "", "实施期总投资", "5,000.00", "", ""],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", mc(M["ini"]), mc(M["adj"]), mc(M["ex"]), "10", q(M["rate"]), fnum(M["rs"])]]
    for k, ((n, a, b, c), sr) in enumerate(zip(M["src"], M["srates"])):
        data.append(["", ("其中：" if k == 0 else "") + n, mc(a), mc(b), mc(c), "—", q(sr), "—"])
    sp = [(1, 0, 7, 0), (1, 1, 3, 1), (5, 1, 7, 1), (1, 2, 3, 2), (5, 2, 7, 2), (0, 3, 1, 3),
          (0, 4, 0, len(data) - 1)]
    g0 = len(data)
    data.append(["绩效目标", "实施期总目标", "", "", "年度目标", "", "实际完成情况", ""])
    data.append(["", "到2025年底，全县新建改建农村卫生户厕7,000座，建成村级生活污水处理设施24处，180个村庄完成清洁行动，"
                     "农村卫生厕所普及率达到85%以上，建立村庄保洁长效管护机制。", "", "",
                 "\n".join(f"{a}：{b}；" for a, b in M["goals"]), "",
                 "目标1：新建改建户厕2,400座，改造公厕12座；目标2：建成污水处理设施7处，1处顺延；目标3：完成60个村庄清洁行动；"
                 "目标4：长效管护机制基本健全，群众满意度93.2%。", ""])
    sp += [(0, g0, 0, g0 + 1), (1, g0, 3, g0), (4, g0, 5, g0), (6, g0, 7, g0), (1, g0 + 1, 3, g0 + 1),
           (4, g0 + 1, 5, g0 + 1), (6, g0 + 1, 7, g0 + 1)]
    h_ = len(data)
    data.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    rows_, sp2 = ind_grid(M["ind"], [0, 1, 2, 3, 4, 5, 6, 7], len(data))
    data += rows_
    sp += sp2
    data.append(["总分", "", "", "", "", "100", f2(M["total"]), ""])
    sp.append((0, len(data) - 1, 4, len(data) - 1))
    docx_table(d, data, sp, [20, 24, 34, 22, 22, 13, 16, 34], 9, left=(1, 2, 4, 6, 7), bold_rows=(3, g0, h_, len(data) - 1))
    par("说明：1.年度资金总额得分＝执行率×10；2.定量指标未达到年度指标值的按“实际完成值÷年度指标值×分值”计分，超额完成不"
        "加分；3.定性指标未完全达成的，视情况扣分并说明原因；4.实施期总目标为项目三年目标，年度目标为本年度分解目标。", 9)
    par("单位负责人：马国良　　财务负责人：祁秀英　　填表人：马晓军　　联系电话：0930-5532718　　填报日期：2025年4月22日", 9)
    write_bytes(path, ooxml_bytes(lambda b: d.save(b)))


ALL.append(h507())


# ============================================================ h508 通城县 (ODT: 县委党校 部门整体 with 规则编号)

RULES = [("R1", "预算执行率", "得分＝执行率×分值"),
         # PLANT MALFORMED_RULE: “超额完成不加分” and “最高不超过分值的120%” contradict each other
         ("R2", "定量指标（正向）", "得分＝实际完成值÷年度指标值×分值，超额完成不加分，最高不超过分值的120%"),
         ("R3", "定量指标（反向）", "实际完成值不高于年度指标值的得满分，否则不得分"),
         ("R4", "定性指标", "达成得满分，基本达成得分值的80%，未达成不得分"),
         ("R5", "满意度指标", "≥90%得满分，低于90%的按“实际完成值÷90%×分值”计分")]


def h508():
    dept = "中共通城县委党校"
    parts = [("基本支出", 512.40, 518.66), ("项目支出", 236.80, 210.35)]
    # PLANT SPENDING_OVER_BUDGET: 基本支出 518.66 of a 全年预算 512.40 (101.22%), no explanation
    ini = 702.00
    adj, ex = r2(sum(x[1] for x in parts)), r2(sum(x[2] for x in parts))
    assert (adj, ex) == (749.20, 729.01), (adj, ex)
    rate, rb, rp = rates((ex, adj), (parts[0][2], parts[0][1]), (parts[1][2], parts[1][1]))
    assert (rate, rb, rp) == (97.31, 101.22, 88.83), (rate, rb, rp)
    rs = r2(6 * rate / 100)
    no_half(6 * rate / 100, "rs")
    ind = [("决策", "绩效目标", "绩效目标合理性", "合理", "合理", 4, 4, "", "R4"),
           ("决策", "绩效目标", "绩效指标明确性", "明确", "基本明确", 4, 3.2, "培训质量指标未量化", "R4"),
           ("决策", "预算编制", "预算编制科学性", "科学", "科学", 4, 4, "", "R4"),
           ("过程", "预算执行", "预算执行率", "100%", q(rate), 6, rs, "", "R1"),
           ("过程", "预算执行", "“三公”经费控制率", "≤100%", "86.4%", 4, 4, "", "R3"),
           ("过程", "预算管理", "资金使用合规性", "合规", "合规", 6, 6, "", "R4"),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 4, 3.2, "教学设备未定期盘点", "R4"),
           ("过程", "内部管理", "内部控制制度健全性", "健全", "健全", 4, 4, "", "R4"),
           ("产出", "数量指标", "主体班次培训", "≥24期", "24期", 6, 6, "", "R2"),
           ("产出", "数量指标", "主体班培训学员", "≥1,500人次", "1,620人次", 6, 6, "", "R2"),
           ("产出", "数量指标", "送教下乡（进村）场次", "≥40场", "36场", 5, P(36, 40, 5), "汛期暂停送教", "R2"),
           ("产出", "数量指标", "决策咨询报告", "≥6篇", "7篇", 5, 5, "", "R2"),
           ("产出", "质量指标", "学员结业考核合格率", "≥98%", "99.3%", 6, 6, "", "R2"),
           ("产出", "质量指标", "课题结项", "≥3项", "2项", 5, P(2, 3, 5), "1项省级课题延期结项", "R2"),
           ("产出", "成本指标", "人均培训成本", "≤1,200元", "1,086元", 4, 4, "", "R3"),
           ("效益", "社会效益", "干部理论素养提升", "明显提升", "明显提升", 8, 8, "", "R4"),
           ("效益", "社会效益", "决策咨询成果获县领导批示", "≥2篇", "3篇", 6, 6, "", "R2"),
           ("效益", "可持续影响", "教学科研长效机制", "健全", "健全", 5, 5, "", "R4"),
           ("效益", "满意度", "参训学员满意度", "≥90%", "87.3%", 10, r2(10 * 87.3 / 90), "", "R5")]
    # PLANT WEIGHTS_VS_FULL_MARK: the 19 rows' 分值 add to 102 (12 + 24 + 37 + 29); the 合计 and 说明 say 100
    assert s2(ind, 5) == 102, s2(ind, 5)
    props(ind, skip=("参训学员满意度",))
    no_half(10 * 87.3 / 90, "满意度")
    assert off_prop(ind) == [] and over(ind) == []
    # rows below their weight carry a reason or follow R1 / R5 by their rule code
    assert [x[2] for x in ind if x[6] < x[5] and not x[7]] == ["预算执行率", "参训学员满意度"]
    total = s2(ind, 6)
    assert grade(total) == "优", total
    g = gold(None, dept, 2024, "COUNTY", "湖北省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ini, adj, ex, rate, parts[0][1], parts[0][2], parts[1][1], parts[1][2]), [], grows(ind))
    M = dict(dept=dept, parts=parts, ini=ini, adj=adj, ex=ex, rate=rate, prates=[rb, rp], ind=ind, total=total)
    wsum = s2(ind, 5)
    fnd = [F("SPENDING_OVER_BUDGET", "基本支出",
             f"其中：基本支出 | {mc(parts[0][1])} | {mc(parts[0][2])} | {q(rb)}", mc(parts[0][2]), f"≤ {mc(parts[0][1])}",
             "HIGH", "WARNING",
             f"基本支出 spends {mc(parts[0][2])} of a 全年预算数 {mc(parts[0][1])} ({q(rb)}, printed right) with no "
             f"explanation on the form; the 项目支出 ({q(rp)}) and the 合计 ({q(rate)}) stay within budget"),
           F("WEIGHTS_VS_FULL_MARK", "合计（分值）", f"合计 | 100 | {f2(total)} | 自评等级：优", "100", fnum(wsum), "HIGH",
             "ERROR", f"the 19 rows' 分值 add to {fnum(wsum)} (决策 12, 过程 24, 产出 37, 效益 29), while the 合计 row and the "
                      f"说明 (满分100分) print 100; the {f2(total)} is the rows' own sum, so no TOTAL_VS_ROWS"),
           F("MALFORMED_RULE", "R2（定量指标（正向））", "R2 | 定量指标（正向） | " + RULES[1][2], RULES[1][2],
             "one cap: 超额完成不加分 (得分不超过分值)", "MEDIUM", "WARNING",
             "R2 says both that over-fulfilment earns no extra points and that the score may reach 120% of the 分值: the "
             "rule contradicts itself; every R2 row at or over target is scored exactly its 分值, so the scores agree "
             "with the no-bonus reading")]
    traps = [f"the 规则编号 column ties each row to the 计分规则 table: R4 rows 基本明确 / 基本规范 scored 4 × 80% = 3.2 "
             f"(the rule, with reasons); 参训学员满意度 87.3% scored by R5 10 × 87.3 ÷ 90 = {f2(r2(10 * 87.3 / 90))}, as "
             f"R5 prints (its empty 偏差原因 is covered by the rule code); 预算执行率 6 × {q(rate)} = {f2(rs)} (R1)",
             "送教下乡（进村）场次 5 × 36 ÷ 40 = 4.50 and 课题结项 5 × 2 ÷ 3 = 3.33 by R2, with reasons",
             "“三公”经费控制率 86.4% vs ≤100% and 人均培训成本 1,086 vs ≤1,200元 (R3 ceilings met; 1,086元 a unit cost, "
             "not a budget figure); 主体班次培训 24 vs ≥24期 (met exactly)",
             f"budget: {mc(parts[0][1])} + {mc(parts[1][1])} = {mc(adj)}; {mc(parts[0][2])} + {mc(parts[1][2])} = "
             f"{mc(ex)}; {q(rate)}, 项目 {q(rp)} right; 年初 {mc(ini)} < 全年 (追加)",
             f"合计 得分 {f2(total)} = the 19 rows as printed; 优 (the total stays ≥ 90 whatever the weights' slip)"]
    return {"stem": "h508_tongcheng_dangxiao", "format": "odt", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "write": write508}


def write508(rep, path):
    M = rep["meta"]

    def p(text, st="Body"):
        return f'<text:p text:style-name="{st}">{E(text)}</text:p>'
    data = [["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"],
            ["部门预算合计", mc(M["ini"]), mc(M["adj"]), mc(M["ex"]), q(M["rate"])],
            ["其中：基本支出", "—", mc(M["parts"][0][1]), mc(M["parts"][0][2]), q(M["prates"][0])],
            ["　　　项目支出", "—", mc(M["parts"][1][1]), mc(M["parts"][1][2]), q(M["prates"][1])]]
    t1, s1 = odt_table("表格1", data, [], [4.4, 3.0, 3.0, 3.0, 2.6], left=(0,), bold_rows=(0,))
    data = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "规则编号", "偏差原因"]]
    rows_, sp = ind_grid(M["ind"], [0, 1, 2, 3, 4, 5, 6, 8, 7], 1)
    data += rows_ + [["合计", "", "", "", "", "100", f2(M["total"]), "", "自评等级：优"]]
    sp.append((0, len(data) - 1, 4, len(data) - 1))
    t2, s2_ = odt_table("表格2", data, sp, [1.5, 1.8, 3.3, 1.9, 1.9, 1.0, 1.1, 1.2, 2.6], left=(2, 8),
                        bold_rows=(0, len(data) - 1))
    t3, s3 = odt_table("表格3", [["规则编号", "适用指标", "计分规则"]] + [list(x) for x in RULES], [], [1.8, 3.4, 11.0],
                       left=(2,), bold_rows=(0,))
    body = (p("部门整体支出绩效自评表", "Title") + p("（2024年度）", "Sub")
            + p(f"部门名称：{M['dept']}　　　　　　　　　　　　　　　　　　　金额单位：万元")
            + p("一、预算执行情况") + t1 + p("二、绩效指标完成情况") + t2 + p("三、计分规则") + t3
            + p(f"说明：满分100分。各三级指标按“规则编号”栏所列规则计分。自评等级：{BANDS77}。")
            + p("单位负责人：黎建国　　财务负责人：方雪梅　　填表人：吴俊峰　　联系电话：0715-4322806　　填报日期：2025年4月18日"))
    write_bytes(path, odt_bytes(body, s1 + s2_ + s3, "部门整体支出绩效自评表", "吴俊峰", "2025-04-14T09:20:11.410000000",
                                "2025-04-18T16:02:37.215000000",
                                "LibreOffice/7.6.4.1$Windows_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1"))


ALL.append(h508())


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
    round_main(argv, sorted(ALL, key=lambda r: r["stem"]), "90")


if __name__ == "__main__":
    main(sys.argv[1:])
