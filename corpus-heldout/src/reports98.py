#!/usr/bin/python3
"""Round 98 (h544–h548): publication families not used before, each with THREE PLANTED audit problems, made apart
from the code by the corpus98 session. Specs, rendering, gold and findings in this one file; every planted figure
carries `# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on every gold of a file)
refuses a report whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 -B corpus-heldout/src/reports98.py [h544 …]      # gold, findings, files
    /usr/bin/python3 -B corpus-heldout/src/reports98.py --drop         # drop each planted finding in turn
h544 a prose 部门整体 自评报告 whose 自评表 prints every indicator on TWO TABLE ROWS: a figures row (序号, 一级, 二级, 三级,
     指标值, 完成值, 分值, 得分) and beneath it a full-width row with the 评分标准 and the 偏差原因, DOCX (淇县, 鹤壁市);
h545 a third-party 项目 evaluation of a rural-road programme with a GANTT 实施进度对照表 (planned and actual bars over
     twelve months, one pair of rows per task), text PDF (枞阳县, 铜陵市);
h546 a COUNTY FINANCE BUREAU's 财政重点绩效评价 of FOUR DEPARTMENTS' 部门整体支出 scored in ONE MATRIX on a common
     indicator framework: one COLUMN GROUP per department (实际完成值 | 得分), the departments' budgets in a transposed
     block above, XLSX (彝良县, 昭通市) — four reports in one sheet;
h547 a 项目 自评报告 on a portal built from WEB COMPONENTS: the article and its tables inside custom elements whose
     content sits in DECLARATIVE SHADOW ROOTS (<template shadowrootmode="open">), captions slotted from the light DOM,
     HTML (修武县, 焦作市);
h548 a 项目 自评表 printed on a 24-pin DOT-MATRIX printer (24×24 dot characters, a worn ribbon, head-pass banding)
     and scanned at 300 dpi, an image-only PDF (隆德县, 固原市).
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因 / 说明[, 评分标准]).
"""
import datetime
import html as htmlmod
import io
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402,F401
from heldout import budget, gold, row  # noqa: E402,F401
from reports4 import pct, F  # noqa: E402,F401
from reports22 import r2, with_project  # noqa: E402
from reports36_common import grade, P, main as round_main  # noqa: E402
from reports66 import missed_ok, mc, q, f2, no_half  # noqa: E402,F401
from reports77 import ooxml_bytes, fnum, BANDS77  # noqa: E402
from reports79 import fund_row, rl_kit, below_no_reason, runs  # noqa: E402  (importing reports79 writes nothing)
from reports84 import grows, props, rates, write_bytes, ind_grid, docx_table, docx_base, html_table  # noqa: E402,F401
# round 96's helpers (importing reports96 only builds its specs; it writes nothing)
from reports96 import fix_core, ssum, secs, over, off_prop, met_lost, qual_off, docinfo, NOTE_P, SERIF, SERIF_B  # noqa: E402,F401,E501

ALL = []
E = htmlmod.escape
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


def checks(ind, off=(), ov=(), lost=(), noreason=()):
    """the helpers' lists must name exactly the rows a spec plants (or none)"""
    props(ind, skip=off)
    assert off_prop(ind) == list(off), off_prop(ind)
    assert over(ind) == list(ov), over(ind)
    assert met_lost(ind) == list(lost), met_lost(ind)
    assert below_no_reason(ind) == list(noreason), below_no_reason(ind)


# ============================================================ h544 淇县 (DOCX: 部门整体 自评报告, TWO ROWS per indicator)

def h544():
    dept = "淇县应急管理局"
    parts = [("基本支出", 612.30, 648.75, 641.02), ("项目支出", 420.00, 566.40, 509.88)]
    ini, adj, ex = (r2(parts[0][k] + parts[1][k]) for k in (1, 2, 3))
    assert (ini, adj, ex) == (1032.30, 1215.15, 1150.90), (ini, adj, ex)
    rate_true, rb, rp = rates((ex, adj), (parts[0][3], parts[0][2]), (parts[1][3], parts[1][2]))
    assert (rate_true, rb, rp) == (94.71, 98.81, 90.02), (rate_true, rb, rp)
    rate_p = 97.41  # PLANT EXECUTION_RATE: 1,150.90 ÷ 1,215.15 = 94.71%; 二, 表1's 合计 and the 预算执行率 row print 97.41%
    no_half(5 * rate_p / 100, "exec row")
    no_half(5 * rate_true / 100, "exec row true")
    R = "未达到指标值的按“实际完成值÷指标值×分值”计分"
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 3, 3, "", "目标与部门职责、年度工作计划相符得3分，否则酌情扣分"),
           ("决策", "目标设定", "绩效指标明确性", "明确", "基本明确", 3, 2.5, "部分指标未细化量化，扣0.5分",
            "指标清晰、细化、可衡量得3分，否则酌情扣分"),
           ("决策", "预算配置", "预算编制科学性", "科学", "科学", 4, 4, "", "预算编制符合规定、与工作任务匹配得4分"),
           ("过程", "预算执行", "预算执行率", "100%", q(rate_p), 5, r2(5 * rate_p / 100), "部分应急物资采购尾款年底未支付",
            "得分＝预算执行率×分值"),
           ("过程", "预算管理", "资金使用合规性", "合规", "合规", 4, 4, "", "无截留、挤占、挪用得4分，每发现一处问题扣1分"),
           ("过程", "预算管理", "政府采购规范性", "规范", "规范", 3, 3, "", "按规定程序采购得3分，否则酌情扣分"),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 4, 3, "2台应急通信设备未及时登记入账，扣1分",
            "账实相符、登记及时得4分，每发现一处问题扣0.5分"),
           ("过程", "预算管理", "“三公”经费控制率", "≤100%", "92.6%", 4, 4, "", "不超过预算得4分，超出不得分"),
           ("产出", "数量指标", "安全生产执法检查企业", "≥600家", "648家", 6, 6, "", R),
           ("产出", "数量指标", "应急救援演练", "≥30场", "27场", 6, P(27, 30, 6), "3场乡镇综合演练因汛期调整推迟至2025年", R),
           ("产出", "数量指标", "应急管理培训", "≥2000人次", "2160人次", 5, 5, "", R),
           ("产出", "数量指标", "基层应急物资储备点建设", "≥9个", "9个", 6, 6, "", R),
           ("产出", "质量指标", "重大事故隐患整改率", "100%", "100%", 6, 6, "", R),
           ("产出", "质量指标", "生产安全事故死亡人数", "≤3人", "1人", 5, 5, "", "不超过指标值得5分，超出不得分"),
           # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: the row's own second line says the 改造 was still at the 招标 stage at
           # the year end (货架 and 消防设施 not installed); the figures row prints 已完成 and the full 6
           ("产出", "时效指标", "县级应急物资储备库改造", "2024年12月底前完成", "已完成", 6, 6,
            "受追加资金下达时间影响，储备库改造年底仍处于设备招标阶段，货架及消防设施尚未安装，计划2025年3月底前完成",
            "按期完成得6分，未完成的视进度扣分"),
           ("产出", "时效指标", "灾情信息报送及时率", "≥95%", "98.2%", 5, 5, "", R),
           ("效益", "社会效益", "较大及以上生产安全事故", "0起", "0起", 7, 7, "", "未发生得7分，发生1起不得分"),
           ("效益", "社会效益", "群众应急避险知识知晓率", "≥85%", "81.6%", 6, P(81.6, 85, 6), "农村留守老人宣传覆盖不足", R),
           ("效益", "可持续影响", "应急指挥体系运行机制", "健全", "基本健全", 6, 5, "乡镇应急指挥平台联通不稳定，扣1分",
            "机制健全、运行顺畅得6分，否则酌情扣分"),
           ("效益", "满意度", "群众满意度", "≥90%", "93.5%", 6, 6, "", "满意度≥90%得6分，低于90%按比例计分")]
    ind8 = [x[:8] for x in ind]
    checks(ind8)
    assert qual_off(ind8) == ["绩效指标明确性", "资产管理规范性", "应急指挥体系运行机制"], qual_off(ind8)
    sc = secs(ind8, ["决策", "过程", "产出", "效益"])
    assert sc == [("决策", 10, 9.5), ("过程", 20, 18.87), ("产出", 45, 44.4), ("效益", 25, 23.76)], sc
    total = r2(sum(s[2] for s in sc))
    true_total = r2(total - r2(5 * rate_p / 100) + r2(5 * rate_true / 100) - 6 + 3)
    assert total == 96.53 and grade(total) == grade(true_total) == "优", (total, true_total)
    sc_p = list(sc)
    sc_p[2] = ("产出", 45, 44.04)  # PLANT SECTION_VS_ROWS: the eight 产出 rows add to 44.40; 表2 prints 44.04
    g = gold(None, dept, 2024, "COUNTY", "河南省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ini, adj, ex, rate_p, parts[0][2], parts[0][3], parts[1][2], parts[1][3]), sc_p, grows(ind8))
    M = dict(dept=dept, parts=parts, ini=ini, adj=adj, ex=ex, rate=rate_p, prates=[rb, rp], ind=ind, sc=sc_p,
             total=total)
    fnd = [F("EXECUTION_RATE", "预算执行率",
             f"全年执行{mc(ex)}万元，预算执行率{q(rate_p)} | 表1 合计 | {mc(ini)} | {mc(adj)} | {mc(ex)} | {q(rate_p)}",
             q(rate_p), q(rate_true), "HIGH", "ERROR",
             f"{mc(ex)} ÷ {mc(adj)} = {q(rate_true)}; 二, 表1's 合计 line and the 表3 row 预算执行率 all print {q(rate_p)} "
             f"(digits swapped): one figure, one finding; the row's {f2(r2(5 * rate_p / 100))} follows the printed rate "
             f"(on the true rate {f2(r2(5 * rate_true / 100))}); the parts' {q(rb)} and {q(rp)} are right"),
           F("SECTION_VS_ROWS", "产出", "表2 | 产出 | 45 | 44.04", "44.04", "44.40", "HIGH", "ERROR",
             "the eight 产出 rows of 表3 score 6 + 5.4 + 5 + 6 + 6 + 5 + 6 + 5 = 44.40; 表2 prints 44.04; its 合计 "
             f"{f2(total)} is the rows' own sum, so 表2's four lines add to 96.17, not to its 合计"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "县级应急物资储备库改造",
             "16 | 产出 | 时效指标 | 县级应急物资储备库改造 | 2024年12月底前完成 | 已完成 | 6 | 6 / 偏差原因及改进措施：受追加资金下达时间"
             "影响，储备库改造年底仍处于设备招标阶段，货架及消防设施尚未安装，计划2025年3月底前完成", "6", "< 6", "HIGH", "WARNING",
             "the row's own second line (偏差原因) says the 改造 was still at the 设备招标 stage at the year end and is to be "
             "finished by March 2025 — the 2024年12月底前 target was not met — yet the figures row above it prints 已完成 "
             "and the full 6; its 评分标准 (未完成的视进度扣分) asks for a deduction; 三（二） says the same")]
    traps = ["the 自评表 (表3) prints every indicator on TWO TABLE ROWS: a figures row (序号, 一级, 二级, 三级, 年度指标值, "
             "实际完成值, 分值, 得分) and beneath it a row merged across the 二级 to 得分 columns holding “评分标准：…” and "
             "“偏差原因及改进措施：…” (“—” where none); 序号 is merged over the pair and 一级 over its group: 20 indicators, not "
             "40 rows, and the second line of a pair is no indicator; the 评分标准 text is full of figures (得3分, 扣0.5分) that "
             "are rules, not scores",
             f"budget: 年初 612.30 + 420.00 = {mc(ini)}; 全年 648.75 + 566.40 = {mc(adj)}; 执行 641.02 + 509.88 = {mc(ex)}; "
             f"基本 {q(rb)} and 项目 {q(rp)} right; none over; 年初 < 全年 (追加)",
             "应急救援演练 6 × 27 ÷ 30 = 5.40, 群众应急避险知识知晓率 6 × 81.6 ÷ 85 = 5.76 (proportion, with reasons); "
             "绩效指标明确性 −0.5, 资产管理规范性 −1 (2 台 × 0.5), 应急指挥体系运行机制 −1 with reasons",
             "基层应急物资储备点建设 9 vs ≥9个 (met exactly); 生产安全事故死亡人数 1 vs ≤3人 and “三公”经费控制率 92.6% vs "
             "≤100% (ceilings met); 较大及以上生产安全事故 0 vs 0起 (met)",
             f"表2: 决策 10 | 9.5, 过程 20 | 18.87, 效益 25 | 23.76 equal their rows; 合计 100 | {f2(total)} = the 20 "
             "rows; 优 (also with the rate and the 储备库 row corrected)"]
    return {"stem": "h544_qixian_yingji", "format": "docx", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "write": write544}


def write544(rep, path):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    M = rep["meta"]
    d, par = docx_base(M["dept"] + "2024年度部门整体支出绩效自评报告", "李文静", datetime.datetime(2025, 4, 14, 8, 50),
                       datetime.datetime(2025, 4, 22, 17, 5))
    (nb, ib, ab, eb), (np_, ip, ap, ep) = M["parts"]
    par(M["dept"] + "2024年度部门整体支出绩效自评报告", 18, True, "c")
    par("一、部门基本情况", 14, True)
    par(f"{M['dept']}内设办公室、安全生产综合监管股、应急救援股、防汛抗旱股、政策法规股5个股室，下属县应急救援指挥中心1个事业单位，"
        "年末实有人员42人。主要职责是组织编制全县应急体系建设规划、指导安全生产类和自然灾害类应急救援、承担防汛抗旱指挥部日常工作。",
        indent=True)
    par("二、预算执行情况", 14, True)
    par(f"2024年度年初预算{mc(M['ini'])}万元，年中追加后全年预算{mc(M['adj'])}万元，全年执行{mc(M['ex'])}万元，预算执行率"
        f"{q(M['rate'])}。其中基本支出执行{mc(eb)}万元，项目支出执行{mc(ep)}万元，详见表1。", indent=True)
    par("表1　2024年度预算执行情况（单位：万元）", 11, True, "c")
    data = [["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"],
            ["合计", mc(M["ini"]), mc(M["adj"]), mc(M["ex"]), q(M["rate"])],
            ["基本支出", mc(ib), mc(ab), mc(eb), q(M["prates"][0])],
            ["项目支出", mc(ip), mc(ap), mc(ep), q(M["prates"][1])]]
    docx_table(d, data, [], [34, 30, 30, 30, 24], size=10, bold_rows=(0,))
    par("三、绩效目标完成情况", 14, True)
    par("（一）总体完成情况。全年检查生产经营单位648家，组织培训2160人次，建成基层应急物资储备点9个，重大事故隐患全部整改到位，"
        "全县未发生较大及以上生产安全事故。", indent=True)
    par("（二）未完成情况。应急救援演练完成27场，3场乡镇综合演练推迟至2025年；县级应急物资储备库改造因追加资金下达较晚，年底仍"
        "处于设备招标阶段，尚未完成；群众应急避险知识知晓率81.6%，未达到85%的目标。", indent=True)
    par("四、自评结论", 14, True)
    par(f"经自评，2024年度部门整体支出绩效自评得分{f2(M['total'])}分，自评等级为“优”（{BANDS77}）。各一级指标得分见表2，"
        "指标明细见表3。", indent=True)
    par("表2　一级指标得分情况", 11, True, "c")
    data = [["一级指标", "分值", "得分"]] + [[n, fnum(w_), fnum(s_)] for n, w_, s_ in M["sc"]] + \
        [["合计", "100", f2(M["total"])]]
    docx_table(d, data, [], [50, 30, 30], size=10, bold_rows=(0, len(data) - 1))
    par("表3　2024年度部门整体支出绩效自评表", 11, True, "c")
    ind = M["ind"]
    data = [["序号", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]]
    sp = []
    groups = {}
    for i, x in enumerate(ind):
        r0 = len(data)
        data.append([str(i + 1), x[0], x[1], x[2], x[3], x[4], fnum(x[5]), fnum(x[6])])
        data.append(["", "", f"评分标准：{x[8]}\n偏差原因及改进措施：{x[7] or '—'}", "", "", "", "", ""])
        sp.append((0, r0, 0, r0 + 1))
        sp.append((2, r0 + 1, 7, r0 + 1))
        groups.setdefault(x[0], [r0, r0 + 1])[1] = r0 + 1
    for n, (a_, b_) in groups.items():
        sp.append((1, a_, 1, b_))
        for rr in range(a_ + 1, b_ + 1):
            data[rr][1] = ""
    data.append(["合计", "", "", "", "", "", "100", f2(M["total"])])
    sp.append((0, len(data) - 1, 5, len(data) - 1))
    t = docx_table(d, data, sp, [10, 14, 20, 40, 26, 26, 12, 14], size=9, bold_rows=(0, len(data) - 1))
    # the 说明 rows: smaller, left-aligned, a pale shade (as the unit's template has them)
    from docx.shared import Pt
    for i in range(2, len(data) - 1, 2):
        c = t.cell(i, 2)
        for p_ in c.paragraphs:
            p_.alignment = 0
            for r_ in p_.runs:
                r_.font.size = Pt(8)
        tcPr = c._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), "F2F2F2")
        tcPr.append(shd)
    # the header row repeats on every page
    trPr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)
    par("说明：1.预算执行率得分＝执行率×分值；2." + NOTE_P + "；3.自评等级：" + BANDS77 + "。", 9)
    par("五、存在的问题及改进措施", 14, True)
    par("（一）部分绩效指标细化量化不够，2025年将对照职责逐项完善；（二）追加资金下达较晚影响项目进度，将提前做好项目储备和前期"
        "工作；（三）农村地区应急科普覆盖不足，将推进宣传进村入户。", indent=True)
    par(M["dept"], 12, False, "r")
    par("2025年4月22日", 12, False, "r")
    write_bytes(path, ooxml_bytes(lambda b: d.save(b)))


ALL.append(h544())



# ============================================================ h545 枞阳县 (PDF text: third-party 项目 evaluation with a GANTT)

# (task, planned months, actual months, 实际完成时间 note)
GANTT545 = [("前期工作（设计、审批）", (1, 2), (1, 3), "2024年3月15日初步设计批复"),
            ("工程招标", (3, 3), (3, 4), "2024年4月10日签订施工合同"),
            ("路基及排水工程", (4, 7), (5, 8), "2024年8月底完成"),
            # PLANT SAME_FIGURE_DIFFERS: the Gantt's task label gives the road length as 68.4公里; 一 and the 评分表 86.4公里
            ("路面工程（68.4公里）", (6, 9), (7, 10), "2024年10月底完成"),
            ("桥涵工程（危桥改造）", (5, 8), (5, 9), "2024年9月底完成5座"),
            ("交通安全设施", (9, 10), (10, 11), "2024年11月底完成"),
            ("交工验收", (11, 11), (12, 12), "2024年12月20日交工")]


def h545():
    dept = "枞阳县交通运输局"
    project = "2024年枞阳县农村公路提质改造工程"
    unit = "枞阳县农村公路管理服务中心"
    ev = "安徽铜信工程咨询有限公司"
    src = [("中央车购税补助资金", 2580.00, 2486.32), ("省级补助资金", 1290.00, 1236.75), ("县级配套资金", 860.00, 812.46)]
    adj, ex = r2(sum(x[1] for x in src)), r2(sum(x[2] for x in src))
    assert (adj, ex) == (4730.00, 4535.53), (adj, ex)
    rate, *srates = rates((ex, adj), *[(x[2], x[1]) for x in src])
    assert (rate, srates) == (95.89, [96.37, 95.87, 94.47]), (rate, srates)
    no_half(5 * rate / 100, "exec row")
    per_km = r2(ex / 86.4)
    assert per_km == 52.49, per_km
    sat_rule = "满意度≥90%得7分；80%（含）—90%按（满意度－80%）÷10%×7计分；低于80%不得分"
    sat_true = r2(7 * (86.2 - 80) / 10)
    no_half(7 * (86.2 - 80) / 10, "sat")
    assert sat_true == 4.34
    ind = [("决策", "项目立项", "立项依据充分性", "充分", "充分", 3, 3, "", "符合交通发展规划和农村公路建设政策得3分"),
           ("决策", "项目立项", "立项程序规范性", "规范", "基本规范", 3, 2, "初步设计批复晚于施工准备，扣1分",
            "按规定履行可研、设计、审批程序得3分，每缺一项或程序倒置扣1分"),
           ("决策", "绩效目标", "绩效目标合理性", "合理", "基本合理", 3, 2, "部分目标与年度计划衔接不够，扣1分",
            "目标与实际需求、资金量相匹配得3分，否则酌情扣分"),
           ("决策", "绩效目标", "绩效指标明确性", "明确", "明确", 3, 3, "", "指标细化量化得3分，否则酌情扣分"),
           ("决策", "资金投入", "资金分配合理性", "合理", "合理", 3, 3, "", "按路段工程量分配资金得3分"),
           ("过程", "资金管理", "资金到位率", "100%", "100%", 4, 4, "", "到位率×分值"),
           ("过程", "资金管理", "预算执行率", "100%", q(rate), 5, r2(5 * rate / 100), "部分工程款待结算审计后支付", "执行率×分值"),
           ("过程", "资金管理", "资金使用合规性", "合规", "基本合规", 4, 2, "2笔工程款支付审批手续不全，扣2分",
            "无违规得4分，每发现一笔不合规支付扣1分"),
           ("过程", "组织实施", "管理制度健全性", "健全", "健全", 3, 3, "", "制度健全得3分"),
           ("过程", "组织实施", "制度执行有效性", "有效", "基本有效", 4, 2.5, "3个标段监理日志记录不全，每个扣0.5分",
            "执行有效得4分，每发现一个标段执行不到位扣0.5分"),
           ("产出", "产出数量", "提质改造农村公路里程", "≥86公里", "86.4公里", 10, 10, "", "按“实际完成值÷指标值×分值”计分"),
           ("产出", "产出数量", "危桥改造", "≥6座", "5座", 6, P(5, 6, 6), "1座危桥涉及河道审批，推迟至2025年实施",
            "按“实际完成值÷指标值×分值”计分"),
           ("产出", "产出数量", "安装波形护栏", "≥42公里", "38.5公里", 6, P(38.5, 42, 6), "2处临水路段护栏调整至2025年实施",
            "按“实际完成值÷指标值×分值”计分"),
           ("产出", "产出质量", "工程交工验收合格率", "100%", "100%", 6, 6, "", "合格率×分值"),
           ("产出", "产出时效", "工程按期交工", "2024年11月底前", "2024年12月20日", 6, 4, "路基施工受雨季影响，逾期1个月",
            "按期交工得6分，每逾期1个月扣2分"),
           ("产出", "产出成本", "每公里平均投资", "≤55万元", f"{f2(per_km)}万元", 6, 6, "", "不超过指标值得6分"),
           ("效益", "社会效益", "沿线群众出行时间缩短", "≥20%", "22.5%", 6, 6, "", "按“实际完成值÷指标值×分值”计分"),
           ("效益", "社会效益", "沿线受益人口", "≥8.5万人", "8.8万人", 6, 6, "", "按“实际完成值÷指标值×分值”计分"),
           ("效益", "可持续影响", "公路养护长效机制", "健全", "基本健全", 6, 5, "养护资金未纳入县级预算常态化安排，扣1分",
            "养护主体、资金、制度落实得6分，否则酌情扣分"),
           # PLANT RULE_SCORE: the row's own rule interpolates between 80% and 90%: 7 × (86.2 − 80) ÷ 10 = 4.34; the row
           # gives 6.70 (= 7 × 86.2 ÷ 90, the plain proportion the rule does not use)
           ("效益", "满意度", "沿线群众满意度", "≥90%", "86.2%", 7, 6.70, "部分路段施工期间交通管制时间较长", sat_rule)]
    ind8 = [x[:8] for x in ind]
    checks(ind8, lost=["工程按期交工"])  # met_lost reads the dates' leading 2024 as a quantity: a date row, scored by its rule
    assert qual_off(ind8) == ["立项程序规范性", "绩效目标合理性", "资金使用合规性", "制度执行有效性",
                              "公路养护长效机制"], qual_off(ind8)
    sc = secs(ind8, ["决策", "过程", "产出", "效益"])
    assert sc == [("决策", 15, 13), ("过程", 20, 16.29), ("产出", 40, 36.5), ("效益", 25, 23.7)], sc
    total = r2(sum(s[2] for s in sc))
    assert total == 89.49 and grade(total) == "良" and grade(r2(total - 6.70 + sat_true)) == "良", total
    grade_p = "优"  # PLANT GRADE_OUTSIDE_BANDS: 89.49 lies in the report's own 80–90 band (良); 三 and 表3 print 优
    srates_ = rates(*[(s[2], s[1]) for s in sc])
    g = gold(None, dept, 2024, "COUNTY", "安徽省", "THIRD_PARTY_EVALUATION", ev, total, 100, grade_p,
             budget(None, adj, ex, rate), sc, grows(ind8))
    g = with_project(g, project, unit)
    M = dict(dept=dept, project=project, unit=unit, ev=ev, src=src, srates=srates, adj=adj, ex=ex, rate=rate,
             ind=ind, sc=sc, secrates=srates_, total=total, grade=grade_p, per_km=per_km)
    fnd = [F("SAME_FIGURE_DIFFERS", "提质改造农村公路里程",
             "表2 实施进度对照表 | 路面工程（68.4公里） … 一：提质改造农村公路86.4公里 | 评分表 | 提质改造农村公路里程 | ≥86公里 | "
             "86.4公里", "68.4公里", "86.4公里 (一, 评分表)", "HIGH", "WARNING",
             "the Gantt chart's task label gives the 路面工程 as 68.4公里; 一's 建设内容, 四's 产出分析 and the 评分表 row "
             "提质改造农村公路里程 print 86.4公里 (digits swapped), and the 每公里平均投资 52.49万元 = 4,535.53 ÷ 86.4; no score "
             "follows from the chart's figure"),
           F("RULE_SCORE", "沿线群众满意度",
             f"效益 | 满意度 | 沿线群众满意度 | 7 | ≥90% | 86.2% | {sat_rule} | 6.70", "6.70", f2(sat_true), "HIGH", "ERROR",
             "the row's own 评分标准 scores 80%–90% by interpolation: 7 × (86.2% − 80%) ÷ 10% = 4.34; the row gives 6.70, "
             f"the plain proportion 7 × 86.2 ÷ 90 the rule does not use (效益 and the total would be {f2(r2(sc[3][2] - 6.70 + sat_true))} "
             f"and {f2(r2(total - 6.70 + sat_true))}; 表3's 效益 23.70 is the rows' as printed, so no SECTION_VS_ROWS)"),
           F("GRADE_OUTSIDE_BANDS", "评价等级",
             f"综合评价得分{f2(total)}分，评价等级为“优” | 表3 合计 | 100 | {f2(total)} | 评价等级 | 优", "优", "良", "HIGH",
             "WARNING",
             f"{f2(total)} lies in the report's own 80分（含）至90分 band, “良”; 三 and 表3 print 优 (with the RULE_SCORE "
             f"corrected {f2(r2(total - 6.70 + sat_true))}, still 良)")]
    traps = ["表2 实施进度对照表 is a GANTT CHART: one pair of rows per task (计划 above, 实际 below), twelve month columns "
             "shaded as bars (计划 light grey, 实际 dark grey), a 实际完成时间 note column and a legend: the bars are no "
             "figures and the month numbers 1–12 are column heads, not counts; the tasks are stages of one project, not rows "
             "of the 评分表",
             f"表1: 中央 2,580.00 + 省级 1,290.00 + 县级 860.00 = {mc(adj)}; 实际支出 2,486.32 + 1,236.75 + 812.46 = "
             f"{mc(ex)}; the sources' rates " + ", ".join(q(x) for x in srates) + f" and 合计 {q(rate)} right; none over; "
             f"预算执行率 5 × {q(rate)} = {f2(r2(5 * rate / 100))}",
             "危桥改造 6 × 5 ÷ 6 = 5, 安装波形护栏 6 × 38.5 ÷ 42 = 5.50 (proportion, with reasons); 工程按期交工 20 days late "
             "counted as one month (逾期1个月) → 6 − 2 = 4, which the Gantt (交工验收 planned 11月, actual 12月) shows; the "
             "决策 / 过程 deductions each with a reason by its rule (制度执行有效性: 3 标段 × 0.5 = 1.5)",
             f"每公里平均投资 {f2(per_km)} vs ≤55万元 (a ceiling met; {mc(ex)} ÷ 86.4, not a budget figure); 提质改造农村公路里程 "
             "86.4 vs ≥86公里 (met); 路面工程 planned 6–9月 finished 10月 — a delay the 工程按期交工 row scores, not a second "
             "finding",
             "表3: 决策 15 | 13 | 86.67%, 过程 20 | 16.29 | 81.45%, 产出 40 | 36.5 | 91.25%, 效益 25 | 23.70 | 94.80% right; "
             f"合计 100 | {f2(total)} = the 20 rows"]
    return {"stem": "h545_zongyang_jiaotong", "format": "pdf", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "draw": draw545}


def draw545(rep, path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    para, tab, _mm = rl_kit()
    M = rep["meta"]
    fn = "STSong-Light"
    c7 = ParagraphStyle("c7", fontName=fn, fontSize=7.5, leading=9.5, alignment=1, wordWrap="CJK")
    l7 = ParagraphStyle("l7", fontName=fn, fontSize=7.5, leading=9.5, wordWrap="CJK")
    sc = {n: (w_, s_) for n, w_, s_ in M["sc"]}
    st = []
    st.append(para("t", M["project"] + "绩效评价报告"))
    st.append(para("st", f"评价机构：{M['ev']}　　委托单位：枞阳县财政局　　报告编号：铜信绩评〔2025〕第021号"))
    st.append(para("h", "一、项目基本情况"))
    st.append(para("p", f"{M['project']}由{M['dept']}主管、{M['unit']}组织实施，建设内容为提质改造农村公路86.4公里，改造危桥6座，"
                        "安装波形护栏42公里，计划2024年11月底前交工。"))
    st.append(para("p", f"项目资金全年预算{mc(M['adj'])}万元，全部到位；截至2024年12月31日实际支出{mc(M['ex'])}万元，预算执行率"
                        f"{q(M['rate'])}。资金来源及使用情况见表1。"))
    st.append(para("cap", "表1　项目资金来源及使用情况（单位：万元）"))
    data = [["资金来源", "全年预算数", "实际到位", "实际支出", "执行率"]]
    for (n, a, e), r_ in zip(M["src"], M["srates"]):
        data.append([n, mc(a), mc(a), mc(e), q(r_)])
    data.append(["合计", mc(M["adj"]), mc(M["adj"]), mc(M["ex"]), q(M["rate"])])
    st.append(tab(data, [50, 30, 30, 30, 24]))
    st.append(para("p", "项目实施进度与计划对照情况见表2。"))
    st.append(para("cap", "表2　实施进度对照表（2024年）"))
    head = [Paragraph("工作内容", c7), Paragraph("", c7)] + [Paragraph(f"{m}月", c7) for m in range(1, 13)] + \
        [Paragraph("实际完成时间", c7)]
    data = [head]
    sty = [("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
           ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
           ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]
    for task, pl, ac, note in GANTT545:
        r0 = len(data)
        data.append([Paragraph(task, l7), Paragraph("计划", c7)] + [""] * 12 + [Paragraph(note, l7)])
        data.append(["", Paragraph("实际", c7)] + [""] * 12 + [""])
        sty += [("SPAN", (0, r0), (0, r0 + 1)), ("SPAN", (14, r0), (14, r0 + 1)),
                ("BACKGROUND", (1 + pl[0], r0), (1 + pl[1], r0), colors.HexColor("#cfcfcf")),
                ("BACKGROUND", (1 + ac[0], r0 + 1), (1 + ac[1], r0 + 1), colors.HexColor("#404040"))]
    t = Table(data, colWidths=[38 * mm, 10 * mm] + [7.6 * mm] * 12 + [33 * mm])
    t.setStyle(TableStyle(sty))
    st.append(t)
    st.append(Paragraph("图例：浅灰色为计划进度，深灰色为实际进度。", l7))
    st.append(para("h", "二、评价工作开展情况"))
    st.append(para("p", "评价组于2025年4月至5月，采用资料核查、现场踏勘、抽样检测和问卷调查相结合的方式开展评价，现场踏勘路段12条，"
                        "发放沿线群众问卷500份，收回有效问卷472份。"))
    st.append(para("h", "三、综合评价结论"))
    st.append(para("p", f"经综合评价，项目绩效评价得分{f2(M['total'])}分，评价等级为“{M['grade']}”（{BANDS77}）。各一级指标"
                        "得分情况见表3。"))
    st.append(para("cap", "表3　一级指标得分情况"))
    data = [["一级指标", "分值", "得分", "得分率"]]
    for (n, w_, s_), r_ in zip(M["sc"], M["secrates"]):
        data.append([n, fnum(w_), f2(s_), q(r_)])
    data += [["合计", "100", f2(M["total"]), q(M["total"])], ["评价等级", M["grade"], "", ""]]
    st.append(tab(data, [40, 30, 30, 30], spans=[(1, len(data) - 1, 3, len(data) - 1)]))
    st.append(para("h", "四、绩效分析"))
    st.append(para("p", f"（一）决策（{fnum(sc['决策'][0])}分），得分{fnum(sc['决策'][1])}分。项目符合农村公路建设规划；初步设计"
                        "批复晚于施工准备，部分目标与年度计划衔接不够。"))
    st.append(para("p", f"（二）过程（{fnum(sc['过程'][0])}分），得分{f2(sc['过程'][1])}分。资金全部到位；2笔工程款支付审批手续"
                        "不全，3个标段监理日志记录不全。"))
    st.append(para("p", f"（三）产出（{fnum(sc['产出'][0])}分），得分{f2(sc['产出'][1])}分。完成提质改造农村公路86.4公里，改造危桥"
                        "5座，安装波形护栏38.5公里，交工验收全部合格；受雨季影响，工程于2024年12月20日交工，较计划逾期。"))
    st.append(para("p", f"（四）效益（{fnum(sc['效益'][0])}分），得分{f2(sc['效益'][1])}分。沿线群众出行时间缩短22.5%，受益人口"
                        "8.8万人；沿线群众满意度86.2%。"))
    st.append(para("h", "五、存在的问题及建议"))
    st.append(para("p", "（一）前期工作滞后压缩了施工工期，建议提前开展设计审批；（二）资金支付审批不够规范，建议严格执行合同支付程序；"
                        "（三）养护资金保障不足，建议将农村公路养护资金纳入县级预算。"))
    st.append(para("r", M["ev"]))
    st.append(para("r", "2025年5月28日"))
    st.append(PageBreak())
    st.append(para("h", "附件：绩效评价指标评分表"))
    ind = M["ind"]
    data = [["一级指标", "二级指标", "三级指标", "分值", "指标值", "实际完成值", "评分标准", "得分", "扣分原因"]]
    rows_, sp = ind_grid(ind, (0, 1, 2, 5, 3, 4, 8, 6, 7), 1)
    data += rows_
    data.append(["合计", "", "", "100", "", "", "", f2(M["total"]), ""])
    sp.append((0, len(data) - 1, 2, len(data) - 1))
    st.append(tab(data, [11, 14, 22, 9, 17, 18, 40, 10, 33], spans=sp, left=(2, 6, 8)))
    st.append(para("n", "注：" + NOTE_P + "；评分标准另有规定的从其规定。"))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=13 * mm, rightMargin=13 * mm, topMargin=16 * mm,
                            bottomMargin=16 * mm, invariant=1, title=M["project"] + "绩效评价报告", author="铜信咨询",
                            creator="Microsoft® Word 2016", producer="")

    def foot(cv, d_):
        cv.setFont(fn, 8.5)
        cv.drawCentredString(A4[0] / 2, 8 * mm, f"— {cv.getPageNumber()} —")
    doc.build(st, onFirstPage=foot, onLaterPages=foot)
    docinfo(buf.getvalue(), path, "Microsoft® Word 2016", "Microsoft® Word 2016", "D:20250528094512+08'00'")


ALL.append(h545())



# ============================================================ h546 彝良县 (XLSX: 财政局's matrix of FOUR departments)

COMMON546 = [("决策", "目标设定", "绩效目标合理性", "合理", 3), ("决策", "目标设定", "绩效指标明确性", "明确", 3),
             ("决策", "预算配置", "预算编制科学性", "科学", 4), ("决策", "预算配置", "在职人员控制率", "≤100%", 2),
             ("决策", "预算配置", "“三公”经费控制率", "≤100%", 3),
             ("过程", "预算执行", "预算执行率", "100%", 8), ("过程", "预算执行", "结转结余率", "≤5%", 3),
             ("过程", "预算管理", "政府采购执行率", "100%", 3), ("过程", "预算管理", "资金使用合规性", "合规", 4),
             ("过程", "预算管理", "管理制度健全性", "健全", 3), ("过程", "资产管理", "资产管理规范性", "规范", 4),
             ("产出", "职责履行", "重点工作任务完成率", "100%", 12), ("产出", "职责履行", "部门绩效目标完成率", "≥95%", 10),
             ("产出", "职责履行", "工作质量达标率", "≥95%", 8), ("产出", "职责履行", "工作完成及时率", "≥95%", 5),
             ("效益", "社会效益", "履职效益实现程度", "显著", 10), ("效益", "可持续影响", "长效管理机制健全性", "健全", 5),
             ("效益", "满意度", "服务对象满意度", "≥90%", 10)]


def h546():
    ev = "彝良县财政局"
    # (department, 基本 年初 / 全年 / 执行, 项目 年初 / 全年 / 执行, the department's actuals and scores with reasons)
    D = [("彝良县教育体育局", (18620.40, 19245.80, 19102.36), (6200.00, 9836.50, 8912.74),
          [("合理", 3, ""), ("基本明确", 2.5, "部分学校项目绩效指标未量化"), ("科学", 4, ""), ("97.8%", 2, ""),
           ("86.4%", 3, ""), (None, None, ""), (None, 3, ""), ("100%", 3, ""), ("合规", 4, ""), ("健全", 3, ""),
           ("基本规范", 3, "部分学校资产未及时登记入账"),
           # PLANT TARGET_MISSED_FULL_MARKS: 96% of 100% at the full 12; the 主要扣分原因 cell says nothing about it
           ("96%", 12, ""), ("97.2%", 10, ""), ("98.5%", 8, ""), ("96.0%", 5, ""), ("显著", 10, ""), ("健全", 5, ""),
           ("92.8%", 10, "")]),
         ("彝良县卫生健康局", (2860.30, 2984.60, 2951.28), (3400.00, 6128.40, 5804.17),
          [("合理", 3, ""), ("明确", 3, ""), ("基本科学", 3, "年中追加预算占比较高"), ("98.6%", 2, ""), ("91.2%", 3, ""),
           (None, None, ""), (None, 3, ""), ("100%", 3, ""), ("基本合规", 3, "1笔公共卫生资金超范围列支"), ("健全", 3, ""),
           ("规范", 4, ""), ("100%", 12, ""), ("93.5%", P(93.5, 95, 10), "2项部门绩效目标未完成"), ("96.4%", 8, ""),
           ("95.2%", 5, ""), ("较显著", 8, "基层医疗服务能力提升不均衡"), ("健全", 5, ""),
           ("88.6%", P(88.6, 90, 10), "群众对基层就医便利度有意见")]),
         ("彝良县农业农村局", (1936.50, 2018.70, 1996.45), (8600.00, 14326.80, 13828.62),
          [("合理", 3, ""), ("基本明确", 2, "部分项目指标未量化"), ("科学", 4, ""), ("96.5%", 2, ""), ("94.8%", 3, ""),
           (None, None, ""), (None, 3, ""), ("98.6%", P(98.6, 100, 3), "1个项目采购意向未按时公开"), ("合规", 4, ""),
           ("健全", 3, ""), ("基本规范", 3.5, "部分农机具资产账实不符"), ("100%", 12, ""), ("96.8%", 10, ""),
           ("94.2%", P(94.2, 95, 8), "部分高标准农田工程质量整改后验收"), ("97.5%", 5, ""), ("显著", 10, ""),
           ("基本健全", 4, "高标准农田管护机制未全面落实"), ("91.6%", 10, "")]),
         ("彝良县民政局", (640.20, 668.90, 662.37), (4180.00, 5246.30, 4981.55),
          [("合理", 3, ""), ("明确", 3, ""), ("科学", 4, ""), ("99.1%", 2, ""), ("78.5%", 3, ""), (None, None, ""),
           (None, 3, ""), ("100%", 3, ""), ("合规", 4, ""), ("基本健全", 2.5, "救助资金审核制度未及时修订"), ("规范", 4, ""),
           ("100%", 12, ""), ("95.8%", 10, ""), ("97.0%", 8, ""), ("92.6%", P(92.6, 95, 5), "临时救助审批时限超期"),
           ("显著", 10, ""), ("健全", 5, ""), ("90.4%", 10, "")])]
    reps = []
    for k, (dept, b, p, vals) in enumerate(D):
        ini, adj, ex_true = r2(b[0] + p[0]), r2(b[1] + p[1]), r2(b[2] + p[2])
        ex = ex_true
        if k == 3:
            ex = 5634.92  # PLANT BREAKDOWN_SUM: 民政局's 全年执行数 prints 5,634.92; 基本 662.37 + 项目 4,981.55 = 5,643.92
        rate, rb, rp = rates((ex, adj), (b[2], b[1]), (p[2], p[1]))
        no_half(8 * rate / 100, dept)
        jz = pct(r2(adj - ex), adj)
        assert jz <= 5, (dept, jz)
        ind = []
        for (l1, l2, l3, t, w_), (a, s_, why) in zip(COMMON546, vals):
            if l3 == "预算执行率":
                a, s_, why = q(rate), r2(8 * rate / 100), "部分项目资金年底未支付完毕"
            elif l3 == "结转结余率":
                a = q(jz)
            ind.append((l1, l2, l3, t, a, w_, s_, why))
        reps.append(dict(dept=dept, b=b, p=p, ini=ini, adj=adj, ex=ex, ex_true=ex_true, rate=rate, rb=rb, rp=rp, jz=jz,
                         ind=ind))
    assert [(x["ini"], x["adj"], x["ex"]) for x in reps] == [(24820.40, 29082.30, 28015.10), (6260.30, 9113.00, 8755.45),
                                                            (10536.50, 16345.50, 15825.07), (4820.20, 5915.20, 5634.92)]
    assert [x["rate"] for x in reps] == [96.33, 96.08, 96.82, 95.26] and reps[3]["jz"] == 4.74
    assert pct(reps[3]["ex_true"], reps[3]["adj"]) == 95.41 and reps[3]["ex_true"] == 5643.92
    checks(reps[0]["ind"], off=["重点工作任务完成率"])
    for x in reps[1:]:
        checks(x["ind"])
    assert [qual_off(x["ind"]) for x in reps] == [["绩效指标明确性", "资产管理规范性"],
                                                  ["预算编制科学性", "资金使用合规性", "履职效益实现程度"],
                                                  ["绩效指标明确性", "资产管理规范性", "长效管理机制健全性"], ["管理制度健全性"]]
    for x in reps:
        assert ssum(x["ind"], 5) == 100
        x["rows"] = ssum(x["ind"], 6)
    assert [x["rows"] for x in reps] == [98.21, 95.37, 97.14, 98.99], [x["rows"] for x in reps]
    totals = [x["rows"] for x in reps]
    totals[2] = 97.41  # PLANT TOTAL_VS_ROWS: 农业农村局's 18 scores add to 97.14; its 合计 得分 prints 97.41
    miss = P(96, 100, 12)
    assert miss == 11.52 and all(grade(t) == "优" for t in totals + [r2(98.21 - 12 + miss)])
    golds = []
    for x, t in zip(reps, totals):
        x["total"] = t
        golds.append(gold(None, x["dept"], 2024, "COUNTY", "云南省", "THIRD_PARTY_EVALUATION", ev, t, 100, "优",
                          budget(x["ini"], x["adj"], x["ex"], x["rate"], x["b"][1], x["b"][2], x["p"][1], x["p"][2]), [],
                          grows(x["ind"])))
    M = dict(ev=ev, reps=reps)
    d1, d3, d4 = reps[0], reps[2], reps[3]
    fnd = [F("TARGET_MISSED_FULL_MARKS", "重点工作任务完成率",
             "产出 | 职责履行 | 重点工作任务完成率 | 100% | 12 | 彝良县教育体育局 | 96% | 12", "12", f2(miss), "HIGH", "WARNING",
             "report 1 of 4 (彝良县教育体育局): 96% is below the 100% target, yet the department's 得分 column keeps the full "
             f"12, and its 主要扣分原因 cell names no reason for it; the 说明's proportion rule gives 12 × 96 ÷ 100 = {f2(miss)} "
             f"(total {f2(r2(d1['total'] - 12 + miss))}, still 优)"),
           F("TOTAL_VS_ROWS", "合计（彝良县农业农村局）", "合计 | 100 | 彝良县农业农村局 | — | 97.41", "97.41", f2(d3["rows"]),
             "HIGH", "ERROR",
             f"report 3 of 4 (彝良县农业农村局): the department's 18 scores add to 14 + 24.21 + 34.93 + 24 = {f2(d3['rows'])}; "
             "its 合计 prints 97.41 (digits swapped); 优 either way"),
           F("BREAKDOWN_SUM", "全年执行数（彝良县民政局）",
             f"全年执行数 | 5,634.92 | 其中：基本支出 | {mc(d4['b'][2])} | 项目支出 | {mc(d4['p'][2])}", "5,634.92",
             mc(d4["ex_true"]), "HIGH", "ERROR",
             f"report 4 of 4 (彝良县民政局): 基本支出 {mc(d4['b'][2])} + 项目支出 {mc(d4['p'][2])} = {mc(d4['ex_true'])}, "
             "the 全年执行数 line prints 5,634.92 (digits swapped); the 全年预算数 and 年初 lines add up; the printed 95.26%, "
             "its 7.62 and the 结转结余率 4.74% follow the printed total (on the parts' sum 95.41%, 7.63 and 4.59%), noted, "
             "no second finding")]
    traps = ["ONE SHEET scores FOUR DEPARTMENTS on one common indicator framework (the county's 部门整体支出 共性指标): the "
             "18 indicator rows with their 指标值 and 分值 are printed once, and each department has a COLUMN GROUP of two "
             "columns (实际完成值 | 得分) under its name; the budget block above is TRANSPOSED (one line per budget field, one "
             "merged cell per department); four reports, each with its own budget, 18 rows, 合计, 评价等级 and 主要扣分原因; "
             "the 指标值 and 分值 columns belong to all four",
             "budgets: 教育体育局 18,620.40 + 6,200.00 = 24,820.40, 19,245.80 + 9,836.50 = 29,082.30, 19,102.36 + 8,912.74 "
             "= 28,015.10 (96.33%); 卫生健康局 6,260.30 / 9,113.00 / 8,755.45 (96.08%); 农业农村局 10,536.50 / 16,345.50 / "
             "15,825.07 (96.82%) — parts add up, rates right, none over; 民政局 年初 4,820.20 and 全年 5,915.20 add up",
             "预算执行率 8 × the department's rate (7.71, 7.69, 7.75, 7.62 on 民政局's printed total); 结转结余率 3.67%, "
             "3.92%, 3.18% (and 4.74% on 民政局's printed total) vs ≤5% (ceilings met); “三公”经费控制率 and 在职人员控制率 "
             "under 100% (ceilings met)",
             "proportion scores with reasons in 主要扣分原因: 卫生健康局 部门绩效目标完成率 10 × 93.5 ÷ 95 = 9.84 and 服务对象满意度 "
             "10 × 88.6 ÷ 90 = 9.84; 农业农村局 政府采购执行率 3 × 98.6% = 2.96 and 工作质量达标率 8 × 94.2 ÷ 95 = 7.93; "
             "民政局 工作完成及时率 5 × 92.6 ÷ 95 = 4.87; the qualitative deductions each named there",
             "合计: 教育体育局 98.21, 卫生健康局 95.37, 民政局 98.99 = their columns; all four 优"]
    return {"stem": "h546_yiliang_caizheng", "format": "xlsx", "meta": M, "gold": golds, "findings": fnd,
            "traps": traps, "write": write546}


def write546(rep, path):
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter as L_
    M = rep["meta"]
    reps = M["reps"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "评分汇总"
    thin = Side(style="thin", color="000000")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    fill = PatternFill("solid", fgColor="E2EFDA")

    def put(r, c, v, bold=False, fmt=None, left=False, size=10, box=True, sh=False):
        cell = ws.cell(row=r, column=c, value=v)
        cell.font = Font(name="宋体", size=size, bold=bold)
        cell.alignment = Alignment(horizontal="left" if left else "center", vertical="center", wrap_text=True)
        if box:
            cell.border = bd
        if fmt:
            cell.number_format = fmt
        if sh:
            cell.fill = fill
        return cell

    def merge(r0, c0, r1, c1):
        ws.merge_cells(start_row=r0, start_column=c0, end_row=r1, end_column=c1)
        for rr in range(r0, r1 + 1):
            for cc in range(c0, c1 + 1):
                ws.cell(row=rr, column=cc).border = bd
    for c, w_ in zip(range(1, 14), (7, 9, 18, 9, 6, 11, 8, 11, 8, 11, 8, 11, 8)):
        ws.column_dimensions[L_(c)].width = w_
    put(1, 1, "彝良县2024年度部门整体支出财政重点绩效评价评分汇总表", True, size=15, box=False)
    ws.merge_cells("A1:M1")
    ws.row_dimensions[1].height = 28
    put(2, 1, "评价单位：彝良县财政局（预算绩效管理股）", left=True, box=False)
    ws.merge_cells("A2:G2")
    put(2, 11, "金额单位：万元", left=True, box=False)
    ws.merge_cells("K2:M2")
    put(3, 1, "一、部门预算执行情况", True, left=True, box=False, size=11)
    ws.merge_cells("A3:M3")
    put(4, 1, "项目", True, sh=True)
    merge(4, 1, 4, 5)
    for k, x in enumerate(reps):
        put(4, 6 + 2 * k, x["dept"], True, sh=True)
        merge(4, 6 + 2 * k, 4, 7 + 2 * k)
    lines = [("年初预算数", lambda x: x["ini"]), ("全年预算数", lambda x: x["adj"]),
             ("其中：基本支出", lambda x: x["b"][1]), ("　　　项目支出", lambda x: x["p"][1]),
             ("全年执行数", lambda x: x["ex"]), ("其中：基本支出", lambda x: x["b"][2]),
             ("　　　项目支出", lambda x: x["p"][2]), ("预算执行率", lambda x: round(x["rate"] / 100, 6))]
    r = 5
    for lab, fx in lines:
        put(r, 1, lab, left=lab.startswith(("其中", "　")))
        merge(r, 1, r, 5)
        for k, x in enumerate(reps):
            put(r, 6 + 2 * k, fx(x), fmt="0.00%" if lab == "预算执行率" else "#,##0.00")
            merge(r, 6 + 2 * k, r, 7 + 2 * k)
        r += 1
    r += 1
    put(r, 1, "二、评分情况", True, left=True, box=False, size=11)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=13)
    r += 1
    h0 = r
    for j, t_ in enumerate(["一级指标", "二级指标", "三级指标", "指标值", "分值"]):
        put(h0, j + 1, t_, True, sh=True)
        merge(h0, j + 1, h0 + 1, j + 1)
    for k, x in enumerate(reps):
        put(h0, 6 + 2 * k, x["dept"], True, sh=True)
        merge(h0, 6 + 2 * k, h0, 7 + 2 * k)
        put(h0 + 1, 6 + 2 * k, "实际完成值", True, sh=True)
        put(h0 + 1, 7 + 2 * k, "得分", True, sh=True)
    r0 = h0 + 2
    for i, (l1, l2, l3, t, w_) in enumerate(COMMON546):
        rr = r0 + i
        put(rr, 3, l3, left=True)
        put(rr, 4, t)
        put(rr, 5, w_)
        for k, x in enumerate(reps):
            ind = x["ind"][i]
            put(rr, 6 + 2 * k, ind[4])
            put(rr, 7 + 2 * k, ind[6], fmt=None if float(ind[6]).is_integer() else "0.00")
    for col in (0, 1):
        for a_, b_ in runs([(c[0], c[1]) for c in COMMON546], col):
            put(r0 + a_, col + 1, COMMON546[a_][col])
            if b_ > a_:
                merge(r0 + a_, col + 1, r0 + b_, col + 1)
    r = r0 + len(COMMON546)
    put(r, 1, "合计", True)
    merge(r, 1, r, 4)
    put(r, 5, 100, True)
    for k, x in enumerate(reps):
        put(r, 6 + 2 * k, "—")
        put(r, 7 + 2 * k, x["total"], True, fmt="0.00")
    r += 1
    put(r, 1, "评价等级", True)
    merge(r, 1, r, 5)
    for k, x in enumerate(reps):
        put(r, 6 + 2 * k, "优", True)
        merge(r, 6 + 2 * k, r, 7 + 2 * k)
    r += 1
    put(r, 1, "主要扣分原因", True)
    merge(r, 1, r, 5)
    for k, x in enumerate(reps):
        whys = [f"{n + 1}.{y[2]}：{y[7]}" for n, y in enumerate([y for y in x["ind"] if y[7]])]
        put(r, 6 + 2 * k, "；".join(whys) + "。" if whys else "—", left=True, size=9)
        merge(r, 6 + 2 * k, r, 7 + 2 * k)
    ws.row_dimensions[r].height = 150
    r += 2
    put(r, 1, "说明：1.预算执行率得分＝预算执行率×分值；2.结转结余率＝（全年预算数－全年执行数）÷全年预算数；3." + NOTE_P
        + "；4.评价等级：" + BANDS77 + "；5.各部门自评报告及佐证材料另行归档。", left=True, box=False, size=9)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=13)
    ws.row_dimensions[r].height = 48
    put(r + 1, 1, "评价组组长：陈国荣　　复核：杨丽萍　　制表：王海燕　　联系电话：0870-6122457　　2025年6月18日", left=True,
        box=False, size=9)
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=13)
    ws.freeze_panes = "F16" if h0 == 14 else ws.cell(row=h0 + 2, column=6).coordinate
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{h0}:{h0 + 1}"
    wb.properties.creator = "王海燕"
    wb.properties.lastModifiedBy = "王海燕"
    wb.properties.created = datetime.datetime(2025, 6, 10, 9, 20)
    write_bytes(path, ooxml_bytes(lambda b: wb.save(b), fix_core))


ALL.append(h546())



# ============================================================ h547 修武县 (HTML: 项目 自评报告 in DECLARATIVE SHADOW DOM)

def h547():
    dept = "修武县文化广电和旅游局"
    project = "2024年修武县云台山研学旅行基地建设项目"
    unit = "修武县旅游发展服务中心"
    src = [("中央旅游发展基金", 300.00, 300.00, 291.60), ("省级文化旅游发展资金", 150.00, 150.00, 146.25),
           ("县级配套资金", 80.00, 120.00, 104.46)]
    ini, adj, ex = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    assert (ini, adj, ex) == (530.00, 570.00, 542.31), (ini, adj, ex)
    rate_true, *srates = rates((ex, adj), *[(x[3], x[2]) for x in src])
    assert (rate_true, srates) == (95.14, [97.20, 97.50, 87.05]), (rate_true, srates)
    # PLANT FORMULA: 二 prints 预算执行率＝542.31÷570.00×100%＝95.41% (the quotient is 95.14%); the fund line copies 95.41%
    rate_p = 95.41
    no_half(rate_p / 10, "rs")
    no_half(rate_true / 10, "rs true")
    rs, rs_true = r2(rate_p / 10), r2(rate_true / 10)
    assert (rs, rs_true) == (9.54, 9.51)
    ind = [("产出指标", "数量指标", "新建研学实践教室", "≥6间", "6间", 8, 8, ""),
           ("产出指标", "数量指标", "开发研学课程", "≥20门", "22门", 7, 7, ""),
           ("产出指标", "数量指标", "接待研学学生", "≥3万人次", "2.82万人次", 7, P(2.82, 3, 7), "暑期受强降雨影响停训12天"),
           ("产出指标", "质量指标", "研学导师持证上岗率", "100%", "100%", 7, 7, ""),
           ("产出指标", "质量指标", "研学安全责任事故", "0起", "0起", 7, 7, ""),
           ("产出指标", "时效指标", "基地建成投用时间", "2024年6月底前", "2024年6月18日", 7, 7, ""),
           ("产出指标", "成本指标", "研学教室单间建设成本", "≤28万元", "26.4万元", 7, 7, ""),
           ("效益指标", "经济效益", "带动景区综合旅游收入", "≥1500万元", "1620万元", 8, 8, ""),
           # PLANT RATE_OVER_ZERO_BASE: the base year had no 研学 visitors (基地2023年未运营，接待人次为0), so no growth rate
           ("效益指标", "社会效益", "研学旅行接待人次较上年增长率", "≥10%", "100%", 7, 7,
            "2023年基地未运营，接待人次为0，2024年接待2.82万人次"),
           # PLANT ROW_SCORE_OVER_WEIGHT: 8.5 of 8 “加0.5分” against the 说明's 超额完成不加分
           ("效益指标", "社会效益", "研学实践教育基地创建", "市级", "省级", 8, 8.5, "获评省级中小学生研学实践教育基地，加0.5分"),
           ("效益指标", "可持续影响", "基地运营管护机制", "健全", "基本健全", 7, 6, "运营主体委托合同到期未续签，扣1分"),
           ("满意度指标", "服务对象满意度", "研学学生及家长满意度", "≥90%", "94.2%", 10, 10, "")]
    props(ind)
    assert off_prop(ind) == [] and over(ind) == ["研学实践教育基地创建"], (off_prop(ind), over(ind))
    assert met_lost(ind) == [] and below_no_reason(ind) == [] and qual_off(ind) == ["基地运营管护机制"], qual_off(ind)
    assert ssum(ind, 5) == 90 and [ssum([x for x in ind if x[0] == n], 5) for n in ("产出指标", "效益指标", "满意度指标")] \
        == [50, 30, 10]
    total = r2(ssum(ind, 6) + rs)
    assert total == 98.62, total
    g = with_project(gold(None, dept, 2024, "COUNTY", "河南省", "SELF_EVALUATION", None, total, 100, None,
                          budget(ini, adj, ex, rate_p), [], [fund_row(rate_p, rs)] + grows(ind)), project, unit)
    M = dict(dept=dept, project=project, unit=unit, src=src, srates=srates, ini=ini, adj=adj, ex=ex, rate=rate_p,
             rs=rs, ind=ind, total=total)
    fnd = [F("FORMULA", "预算执行率", f"预算执行率＝全年执行数÷全年预算数×100%＝{mc(ex)}÷{mc(adj)}×100%＝{q(rate_p)}",
             q(rate_p), q(rate_true), "HIGH", "ERROR",
             f"二's formula: {mc(ex)} ÷ {mc(adj)} × 100% = {q(rate_true)}, not {q(rate_p)}; the 年度资金总额 line of the "
             f"自评表 copies {q(rate_p)} and scores {f2(rs)} by it (on the true rate {f2(rs_true)}, total "
             f"{f2(r2(total - rs + rs_true))}): one wrong quotient, one finding; the sources' rates are right"),
           F("RATE_OVER_ZERO_BASE", "研学旅行接待人次较上年增长率",
             "效益指标 | 社会效益 | 研学旅行接待人次较上年增长率 | ≥10% | 100% | 7 | 7 | 2023年基地未运营，接待人次为0，2024年接待2.82万人次",
             "100%", "— (上年0人次: no growth rate)", "HIGH", "WARNING",
             "the row's own note says the base year had no 研学 visitors (接待人次为0): a growth rate over a zero base is "
             "undefined, not 100%, and the full 7 rests on it; the row measures nothing the 接待研学学生 row does not"),
           F("ROW_SCORE_OVER_WEIGHT", "研学实践教育基地创建",
             "效益指标 | 社会效益 | 研学实践教育基地创建 | 市级 | 省级 | 8 | 8.5 | 获评省级中小学生研学实践教育基地，加0.5分", "8.5",
             "≤ 8 (8)", "HIGH", "ERROR",
             "8.5 of 8 with “加0.5分” for exceeding the 市级 target: above the row's own 分值 and against the 说明's 超额完成不加分; "
             f"the 总分 {f2(total)} counts the 8.5 as printed (corrected {f2(r2(total - 0.5))})")]
    traps = ["the page is built from WEB COMPONENTS rendered on the server with DECLARATIVE SHADOW DOM: the article body is "
             "a <gov-article> element whose content sits in a <template shadowrootmode=\"open\"> (a browser attaches it as "
             "the element's shadow root and shows it; the template is not inert markup to skip), each table a <perf-table> "
             "element with its own shadow root, its caption in the light DOM (<span slot=\"caption\">) and shown through a "
             "<slot>; the components' <style> blocks and the site's <gov-header> / <gov-footer> are chrome; one report",
             f"fund block: 年初 300.00 + 150.00 + 80.00 = {mc(ini)}; 全年 300.00 + 150.00 + 120.00 = {mc(adj)}; 执行 291.60 "
             f"+ 146.25 + 104.46 = {mc(ex)}; the sources' rates " + ", ".join(q(x) for x in srates) + "; none over; "
             "县级 年初 < 全年 (追加)",
             "接待研学学生 7 × 2.82 ÷ 3 = 6.58 (proportion, with a reason); 基地运营管护机制 −1 with a reason",
             "新建研学实践教室 6 vs ≥6间 (met exactly); 研学教室单间建设成本 26.4 vs ≤28万元 (a ceiling met; a unit cost, not a "
             "budget figure); 研学安全责任事故 0 vs 0起 (met); 基地建成投用时间 6月18日 vs 6月底前 (met)",
             f"总分 {f2(total)} = the fund line {f2(rs)} + the 12 rows; 分值 10 + 50 + 30 + 10 = 100; 项目 form: no grade"]
    return {"stem": "h547_xiuwu_wenlv", "format": "html", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "html": html547(M)}


def html547(M):
    ind = M["ind"]
    fund = [["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", mc(M["ini"]), mc(M["adj"]), mc(M["ex"]), "10", q(M["rate"]), f2(M["rs"])]]
    for k, ((n, a, b, e), r_) in enumerate(zip(M["src"], M["srates"])):
        fund.append(["", ("其中：" if k == 0 else "") + n, mc(a), mc(b), mc(e), "—", q(r_), "—"])
    t1 = html_table(fund, [(0, 0, 1, 0), (0, 1, 0, len(fund) - 1)], "t", left=(1,))
    data = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]]
    rows_, sp = ind_grid(ind, (0, 1, 2, 3, 4, 5, 6, 7), 1)
    data += rows_
    data.append(["总分", "", "", "", "", "100", f2(M["total"]), ""])
    sp.append((0, len(data) - 1, 4, len(data) - 1))
    t2 = html_table(data, sp, "t", left=(2, 7))
    style_t = ("<style>:host{display:block;margin:8px 0 14px} .cap{text-align:center;font-weight:bold;font-size:14px;"
               "margin:6px 0} table.t{border-collapse:collapse;width:100%} table.t th,table.t td{border:1px solid #9bb;"
               "padding:4px 6px;font-size:13px;text-align:center} table.t th{background:#eef5f5} table.t td.l{text-align:"
               "left}</style>")

    def ptable(cap, body):
        return (f'<perf-table>\n<template shadowrootmode="open">{style_t}<div class="cap"><slot name="caption"></slot></div>'
                f'\n{body}\n</template>\n<span slot="caption">{E(cap)}</span>\n</perf-table>')
    P_ = lambda s_: f"<p>{E(s_)}</p>"  # noqa: E731
    H_ = lambda s_: f"<h3>{E(s_)}</h3>"  # noqa: E731
    body = "\n".join([
        H_("一、项目基本情况"),
        P_(f"{M['project']}由{M['dept']}主管、{M['unit']}实施，依托云台山景区建设研学实践教室6间，开发研学课程，面向省内中小学生"
           "开展研学旅行服务。项目于2024年6月18日建成投用。"),
        H_("二、项目资金情况"),
        P_(f"项目年初预算{mc(M['ini'])}万元，县级追加40.00万元后全年预算{mc(M['adj'])}万元，全年执行{mc(M['ex'])}万元，预算执行率"
           f"＝全年执行数÷全年预算数×100%＝{mc(M['ex'])}÷{mc(M['adj'])}×100%＝{q(M['rate'])}。"),
        H_("三、绩效目标完成情况"),
        P_("全年新建研学实践教室6间，开发研学课程22门，接待研学学生2.82万人次；研学导师全部持证上岗，未发生安全责任事故；带动景区综合"
           "旅游收入1620万元；基地获评省级中小学生研学实践教育基地；研学学生及家长满意度94.2%。"),
        H_("四、自评结论"),
        P_(f"经自评，项目总分{f2(M['total'])}分。项目支出绩效自评表如下。"),
        ptable("2024年度项目支出绩效自评表（一）项目资金", t1),
        ptable("2024年度项目支出绩效自评表（二）绩效指标", t2),
        P_("说明：1.年度资金总额得分＝执行率×10；2." + NOTE_P + "；3.总分＝年度资金总额得分＋各项绩效指标得分。"),
        H_("五、存在的问题及改进措施"),
        P_("（一）汛期停训影响接待量，将完善室内课程和应急调课机制；（二）运营委托合同到期未及时续签，将尽快确定运营主体并签订合同。"),
        f'<p class="r">{E(M["dept"])}<br>2025年5月6日</p>'])
    title = f"{M['project']}绩效自评报告"
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(title)}_修武县人民政府</title>
<meta name="ArticleTitle" content="{E(title)}">
<meta name="PubDate" content="2025-05-09 16:02">
<meta name="ContentSource" content="修武县文化广电和旅游局">
<script type="module" src="/static/components/gov-components.js"></script>
<style>
body{{margin:0;background:#f3f5f4;font-family:"Microsoft YaHei",sans-serif;color:#333}}
gov-article{{display:block;width:1080px;margin:16px auto;background:#fff}}
</style>
</head>
<body>
<gov-header site="修武县人民政府">
<template shadowrootmode="open"><style>:host{{display:block;background:#1d6b5f;color:#fff;padding:16px 60px;font-size:26px}} nav a{{color:#fff;margin-right:20px;font-size:15px}}</style><div><slot name="site"></slot></div><nav><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjxw/">走进修武</a></nav></template>
<span slot="site">修武县人民政府</span>
</gov-header>
<gov-breadcrumb path="首页/政务公开/财政资金/预算绩效"></gov-breadcrumb>
<gov-article article-id="20250509-0318" pub-date="2025-05-09" source="修武县文化广电和旅游局">
<template shadowrootmode="open">
<style>:host{{display:block;padding:26px 46px}} h1{{font-size:22px;text-align:center;color:#1d6b5f}} .info{{text-align:center;font-size:13px;color:#888;border-bottom:1px dashed #ccc;padding-bottom:10px}} p{{font-size:16px;line-height:1.9;text-indent:2em;margin:6px 0}} p.r{{text-align:right}} h3{{font-size:17px;margin:14px 0 6px}}</style>
<h1><slot name="title"></slot></h1>
<div class="info">发布时间：2025-05-09　　来源：修武县文化广电和旅游局　　浏览次数：<slot name="views"></slot></div>
{body}
</template>
<span slot="title">{E(title)}</span>
<span slot="views">163</span>
</gov-article>
<gov-footer>
<template shadowrootmode="open"><style>:host{{display:block;text-align:center;font-size:12px;color:#777;padding:18px}}</style><slot></slot></template>
主办：修武县人民政府办公室　　网站标识码：4108210003　　豫ICP备12019746号
</gov-footer>
</body>
</html>
"""


ALL.append(h547())



# ============================================================ h548 隆德县 (image PDF: a DOT-MATRIX print, scanned)

def h548():
    dept = "隆德县农业农村局"
    project = "2024年隆德县沙塘镇中药材标准化种植基地建设项目"
    unit = "隆德县沙塘镇人民政府"
    src = [("中央财政衔接推进乡村振兴补助资金", 200.00, 200.00, 196.40), ("自治区财政衔接资金", 60.00, 60.00, 57.80),
           # PLANT SPENDING_OVER_BUDGET: the 县级 source spends 26.35 against its 全年预算数 25.00 (105.40%)
           ("县级配套资金", 20.00, 25.00, 26.35)]
    ini, adj, ex = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    assert (ini, adj, ex) == (280.00, 285.00, 280.55), (ini, adj, ex)
    rate, *srates = rates((ex, adj), *[(x[3], x[2]) for x in src])
    assert (rate, srates) == (98.44, [98.20, 96.33, 105.40]), (rate, srates)
    no_half(rate / 10, "rs")
    rs_true = r2(rate / 10)
    rs = 9.48  # PLANT BUDGET_ROW_SCORE: 98.44% × 10 = 9.84; the 年度资金总额 line prints 9.48
    assert rs_true == 9.84
    ind = [("产出指标", "数量指标", "建设中药材标准化种植基地", "≥3000亩", "3000亩", 10, 10, ""),
           ("产出指标", "数量指标", "推广黄芪等道地药材品种", "≥2000亩", "2150亩", 10, 10, ""),
           ("产出指标", "数量指标", "开展种植技术培训", "≥12期", "11期", 8, P(11, 12, 8), "1期培训因秋收农忙推迟"),
           ("产出指标", "质量指标", "种苗移栽成活率", "≥90%", "92.6%", 8, 8, ""),
           ("产出指标", "时效指标", "项目完工时间", "2024年10月底前", "2024年10月25日", 7, 7, ""),
           ("产出指标", "成本指标", "亩均种苗及农资补助", "≤800元", "800元", 7, 7, ""),
           ("效益指标", "经济效益", "带动种植户户均增收", "≥2000元", "2260元", 10, 10, ""),
           ("效益指标", "社会效益", "带动脱贫户（监测户）参与", "≥150户", "142户", 10, P(142, 150, 10), "部分脱贫户劳动力外出务工"),
           ("效益指标", "可持续影响", "基地管护机制", "健全", "基本健全", 8, 7, "村集体管护协议未全部签订，扣1分"),
           ("满意度指标", "服务对象满意度", "种植户满意度", "≥90%", "93.8%", 10, 10, "")]
    checks(ind)
    assert qual_off(ind) == ["基地管护机制"]
    # PLANT WEIGHTS_VS_FULL_MARK: the 总分 row prints 分值 100; the fund line 10 + the rows 50 + 28 + 10 = 98
    wsum = r2(10 + ssum(ind, 5))
    assert wsum == 98 and [ssum([x for x in ind if x[0] == n], 5) for n in ("产出指标", "效益指标", "满意度指标")] == [50, 28, 10]
    total = r2(ssum(ind, 6) + rs)
    assert total == 95.28, total
    g = with_project(gold(None, dept, 2024, "COUNTY", "宁夏回族自治区", "SELF_EVALUATION", None, total, 100, None,
                          budget(ini, adj, ex, rate), [], [fund_row(rate, rs)] + grows(ind)), project, unit)
    M = dict(dept=dept, project=project, unit=unit, src=src, srates=srates, ini=ini, adj=adj, ex=ex, rate=rate, rs=rs,
             ind=ind, total=total)
    fnd = [F("BUDGET_ROW_SCORE", "年度资金总额（得分）",
             f"年度资金总额 | {mc(ini)} | {mc(adj)} | {mc(ex)} | 10 | {q(rate)} | {f2(rs)}", f2(rs), f2(rs_true), "HIGH",
             "ERROR",
             f"the 说明 scores the line 执行率 × 10: {q(rate)} × 10 = {f2(rs_true)}; the line prints {f2(rs)} (digits "
             f"swapped); the rate itself is right ({mc(ex)} ÷ {mc(adj)}), so not EXECUTION_RATE; the 总分 {f2(total)} adds the "
             f"printed {f2(rs)} (on {f2(rs_true)}: {f2(r2(total - rs + rs_true))})"),
           F("SPENDING_OVER_BUDGET", "县级配套资金",
             "县级配套资金 | 20.00 | 25.00 | 26.35 | — | 105.40% | —", "26.35", "≤ 25.00", "HIGH", "WARNING",
             "the 县级 source spends 26.35 against its own 全年预算数 25.00 (105.40%, printed right) and the form gives no "
             f"reason; the whole stays under budget ({q(rate)}) only because the 中央 and 自治区 sources underspend"),
           F("WEIGHTS_VS_FULL_MARK", "总分（分值）", "总分 | 100 | 95.28", "100", "98", "HIGH", "ERROR",
             "the 分值 printed add to 10 (年度资金总额) + 50 (产出) + 28 (效益) + 10 (满意度) = 98, the 总分 row prints 100; "
             "which row is short the form does not show (效益 28 where the usual 30), so the finding is the full mark")]
    traps = ["the form was printed on a 24-PIN DOT-MATRIX printer (针式打印机) and scanned: every character is a 24 × 24 "
             "(digits and Latin 12 × 24) grid of round dots, the ruling lines are rows of dots, the worn ribbon prints some "
             "lines paler than others and the print head's passes leave faint banding; the dots are no noise to clean "
             "away and a pale line is printed, not blank",
             f"fund block: 年初 200.00 + 60.00 + 20.00 = {mc(ini)}; 全年 200.00 + 60.00 + 25.00 = {mc(adj)}; 执行 196.40 + "
             f"57.80 + 26.35 = {mc(ex)}; {q(rate)} and the sources' 98.20%, 96.33% right; 县级 年初 < 全年 (追加)",
             "开展种植技术培训 8 × 11 ÷ 12 = 7.33, 带动脱贫户（监测户）参与 10 × 142 ÷ 150 = 9.47 (proportion, with reasons); "
             "基地管护机制 −1 with a reason",
             "建设中药材标准化种植基地 3000 vs ≥3000亩 (met exactly); 亩均种苗及农资补助 800 vs ≤800元 (a ceiling met exactly; "
             "a unit subsidy, not a budget figure); 项目完工时间 10月25日 vs 10月底前 (met)",
             f"总分 {f2(total)} = the fund line {f2(rs)} + the 10 rows as printed; 项目 form: no grade"]
    return {"stem": "h548_longde_nongye", "format": "pdf", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "draw": draw548}


class DotPage:
    """one A4 page at 300 dpi as a 24-pin dot-matrix printer prints it: characters from a 24 × 24 dot font (half width
    12 × 24 for ASCII), dots on a 1/171-inch pitch, ruling lines as rows of dots; ink accumulates in self.ink (0..1)"""
    PITCH = 1.75  # px at 300 dpi between dot centres

    def __init__(self, seed):
        import numpy as np
        self.W, self.H = 2480, 3508
        self.ink = np.zeros((self.H, self.W), dtype=np.float32)
        self.stamps = {}
        self.rs = np.random.RandomState(seed)

    def stamp(self, ch, scale):
        """the 300-dpi image of one character's dots (cached)"""
        import numpy as np
        from PIL import Image, ImageDraw, ImageFont
        key = (ch, scale)
        if key in self.stamps:
            return self.stamps[key]
        half = ch.isascii()
        w = 12 if half else 24
        g = Image.new("L", (24, 24), 0)
        f = ImageFont.truetype(SANS, 22, index=2)
        ImageDraw.Draw(g).text((12, 12), ch, font=f, fill=255, anchor="mm")
        if half:  # a half-width glyph is the character squeezed into 12 × 24 dots, as the printer's ASCII font is
            bb = g.getbbox() or (6, 0, 18, 24)
            g = g.crop((min(bb[0], 6), 0, max(bb[2], 18), 24)).resize((12, 24), Image.BILINEAR)
        m = np.asarray(g) > 72
        p = self.PITCH * scale
        S = 4
        cw, chh = int(w * p * S) + 8, int(24 * p * S) + 8
        big = Image.new("L", (cw, chh), 0)
        d = ImageDraw.Draw(big)
        rad = 0.55 * self.PITCH * S * (1.0 if scale == 1 else 1.6)
        for i, j in zip(*np.nonzero(m)):
            cx, cy = 4 + (j + 0.5) * p * S, 4 + (i + 0.5) * p * S
            d.ellipse([cx - rad, cy - rad, cx + rad, cy + rad], fill=255)
        small = big.resize((cw // S, chh // S), Image.BOX)
        arr = np.asarray(small, dtype=np.float32) / 255.0
        self.stamps[key] = (arr, w * p)
        return self.stamps[key]

    def put(self, arr, x, y, dens):
        h, w = arr.shape
        x, y = int(round(x)), int(round(y))
        reg = self.ink[y:y + h, x:x + w]
        self.ink[y:y + h, x:x + w] = self.ink[y:y + h, x:x + w] if reg.shape != arr.shape else \
            reg + arr * dens - reg * arr * dens

    def width(self, s_, scale=1):
        return sum((12 if c.isascii() else 24) * self.PITCH * scale for c in s_)

    def text(self, x, y, s_, scale=1, anchor="l", dens=None):
        """y is the top of the 24-dot line"""
        dens = dens if dens is not None else 0.80 + 0.15 * self.rs.rand()
        w = self.width(s_, scale)
        x = x - w / 2 if anchor == "c" else x - w if anchor == "r" else x
        x += self.rs.randint(-1, 2)  # the head's passes do not register exactly
        for c in s_:
            if c != " " and c != "　":
                arr, adv = self.stamp(c, scale)
                self.put(arr, x, y, dens)
            x += (12 if c.isascii() else 24) * self.PITCH * scale

    def wrap(self, s_, width):
        out, cur = [], ""
        for c in s_:
            if c == "\n":
                out.append(cur)
                cur = ""
            elif self.width(cur + c) > width:
                out.append(cur)
                cur = c
            else:
                cur += c
        return out + [cur] if cur else out or [""]

    def cell(self, x0, y0, x1, y1, s_, left=False, right=False):
        lines = self.wrap(s_, x1 - x0 - 16)
        lh = 24 * self.PITCH + 8
        y = (y0 + y1) / 2 - lh * len(lines) / 2 + 4
        for ln in lines:
            if left:
                self.text(x0 + 8, y, ln)
            elif right:
                self.text(x1 - 8, y, ln, anchor="r")
            else:
                self.text((x0 + x1) / 2, y, ln, anchor="c")
            y += lh

    def hline(self, y, x0, x1):
        import numpy as np
        xs = np.arange(x0, x1, self.PITCH)
        for x in xs:
            self.ink[int(y):int(y) + 2, int(x):int(x) + 2] = np.maximum(self.ink[int(y):int(y) + 2, int(x):int(x) + 2],
                                                                        0.85)

    def vline(self, x, y0, y1):
        import numpy as np
        for y in np.arange(y0, y1, self.PITCH):
            self.ink[int(y):int(y) + 2, int(x):int(x) + 2] = np.maximum(self.ink[int(y):int(y) + 2, int(x):int(x) + 2],
                                                                        0.85)


def draw548(rep, path):
    """the form printed on a dot-matrix printer (24-dot characters, worn ribbon, head-pass banding), scanned grey at
    300 dpi, one page"""
    import numpy as np
    from PIL import Image, ImageFilter
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    M = rep["meta"]
    ind = M["ind"]
    s = DotPage(98548)
    L, R = 130, 2350
    s.text(s.W / 2, 120, "项目支出绩效自评表", scale=2, anchor="c", dens=0.9)
    s.text(s.W / 2, 230, "（2024年度）", anchor="c")
    y = 300
    rows_h = 80

    def grid_row(y, xs, vals, h=rows_h, left=(), right=()):
        for j in range(len(vals)):
            if vals[j] is not None:
                s.cell(xs[j], y, xs[j + 1], y + h, vals[j], left=j in left, right=j in right)
        for x in xs:
            s.vline(x, y, y + h)
        s.hline(y + h, xs[0], xs[-1])
        return y + h
    s.hline(y, L, R)
    y = grid_row(y, [L, 470, R], ["项目名称", M["project"]], left=(1,))
    y = grid_row(y, [L, 470, 1190, 1530, R], ["主管部门", M["dept"], "实施单位", M["unit"]], left=(1, 3))
    bx = [L, 470, 1020, 1270, 1520, 1770, 1900, 2130, R]
    y0 = y
    y = grid_row(y, bx[1:], ["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
    y = grid_row(y, bx[1:], ["年度资金总额", mc(M["ini"]), mc(M["adj"]), mc(M["ex"]), "10", q(M["rate"]), f2(M["rs"])],
                 left=(0,), right=(1, 2, 3))
    for k, ((n, a, b, e), r_) in enumerate(zip(M["src"], M["srates"])):
        y = grid_row(y, bx[1:], [("其中：" if k == 0 else "　　　") + n, mc(a), mc(b), mc(e), "—", q(r_), "—"], h=110,
                     left=(0,), right=(1, 2, 3))
    s.cell(L, y0, bx[1], y, "项目资金\n（万元）")
    s.vline(L, y0, y)
    gy = y
    y = grid_row(y, [470, 1310, R], ["预期目标", "实际完成情况"])
    goal = "建设中药材标准化种植基地3000亩，推广黄芪等道地药材2000亩，开展技术培训12期，带动150户脱贫户（监测户）参与，户均增收2000元以上。"
    done = "建成基地3000亩，推广道地药材2150亩，培训11期；带动142户脱贫户（监测户）参与，户均增收2260元；种植户满意度93.8%。"
    y = grid_row(y, [470, 1310, R], [goal, done], h=260, left=(0, 1))
    s.cell(L, gy, 470, y, "年度总体目标")
    s.vline(L, gy, y)
    cols = [L, 370, 570, 1020, 1280, 1540, 1660, 1830, R]
    y = grid_row(y, cols, ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
                 h=110)
    place = []
    for x in ind:
        h = 150 if max(len(x[2]), len(x[7]) / 1.6, len(x[3]) * 0.9, len(x[4]) * 0.9) > 8 else 100
        place.append((y, y + h))
        y += h
    for i, x in enumerate(ind):
        a_, b_ = place[i]
        vals = [None, None, x[2], x[3], x[4], fnum(x[5]), fnum(x[6]), x[7]]
        grid_row(a_, cols[2:], vals[2:], h=b_ - a_, left=(0, 5))
    for col in (0, 1):
        for a_, b_ in runs(ind, col):
            s.cell(cols[col], place[a_][0], cols[col + 1], place[b_][1], ind[a_][col])
            s.hline(place[b_][1], cols[col], cols[col + 1])
    s.vline(L, place[0][0], y)
    s.vline(cols[1], place[0][0], y)
    y = grid_row(y, [L, 1540, 1660, 1830, R], ["总分", "100", f2(M["total"]), ""], h=90)
    assert y < 3180, y
    y += 24
    for ln in s.wrap("说明：1.年度资金总额得分＝执行率×10；2." + NOTE_P + "；3.总分＝年度资金总额得分＋各项绩效指标得分。", R - L):
        s.text(L, y, ln)
        y += 50
    y += 16
    s.text(L, y, "单位负责人：马志强　　财务负责人：禹晓梅　　填表人：海文斌　　电话：0954-6011735　　2025年4月23日")
    assert y < 3420, y
    # the printout: worn-ribbon density bands, the paper, then the scanner
    ink = s.ink
    band = 1.0 - 0.10 * (0.5 + 0.5 * np.sin(np.arange(s.H, dtype=np.float32) / 97.0))[:, None]
    ink = ink * band * (0.92 + 0.08 * s.rs.rand(s.H, s.W).astype(np.float32))
    page = 246.0 - ink * 226.0
    img = Image.fromarray(np.clip(page, 0, 255).astype(np.uint8), "L")
    img = img.rotate(0.22, resample=Image.BICUBIC, expand=False, fillcolor=246)
    b = np.asarray(img, dtype=np.float32) + s.rs.normal(0, 2.2, (s.H, s.W))
    img = Image.fromarray(np.clip(b, 0, 255).astype(np.uint8), "L").filter(ImageFilter.GaussianBlur(0.35))
    jb = io.BytesIO()
    img.save(jb, "JPEG", quality=82, optimize=False, progressive=False, dpi=(300, 300))
    pw, ph = s.W / 300 * 72, s.H / 300 * 72
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(pw, ph), invariant=1)
    c.drawImage(ImageReader(io.BytesIO(jb.getvalue())), 0, 0, width=pw, height=ph)
    c.showPage()
    c.save()
    docinfo(buf.getvalue(), path, "Canon ScanGear", "Canon ScanGear", "D:20250424113015+08'00'",
            drop=("/Title", "/Author", "/Subject", "/Keywords"))


ALL.append(h548())


def drop_test():
    """for every planted finding in turn: would write_gold's recheck stop without it? (nothing is written)"""
    import heldout4
    for rep in sorted(ALL, key=lambda r: r["stem"]):
        golds = rep["gold"] if isinstance(rep["gold"], list) else [rep["gold"]]
        seen = [x for g_ in golds for x in heldout4.recheck(g_)]
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
    round_main(argv, sorted(ALL, key=lambda r: r["stem"]), "98")


if __name__ == "__main__":
    main(sys.argv[1:])
