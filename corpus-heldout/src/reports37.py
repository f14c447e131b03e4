#!/usr/bin/python3
"""Round 37 (h239–h243): issue-9 layouts not used before, each with PLANTED issue-10 problems, made apart from the
code by the corpus37 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report
whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports37.py [h239 …]
(needs python-docx, openpyxl and reportlab: h239 a portal HTML page whose form is ONE `<pre>` block of space-aligned
text; h240 an XLSX project form whose every indicator is a BLOCK OF THREE ROWS (names / 指标值·完成值 / 分值·得分);
h241 a DOCX self-evaluation report in 万元 whose budget table alone is in 千元 (stated only in its caption); h242 a
third-party PDF report with a score SUMMARY per 一级 on one page and a DETAIL TABLE PER 二级 on later pages; h243 an
Excel “Save as Web Page” HTML (ProgId Excel.Sheet, x:num / x:fmla attributes, mso-number-format, gb2312).)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, note).
"""
import html as HT
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402
from heldout import fmt, budget, gold  # noqa: E402
from reports4 import pct, F  # noqa: E402
from reports22 import s2, r2, with_project, grows  # noqa: E402
from reports36_common import BANDS, grade, grid, cell_put, main as round_main  # noqa: E402
from reports32 import new_canvas, wrap, FONT  # noqa: E402
from reports34 import new_doc, para, secs  # noqa: E402

ALL = []


def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def pad(s, w, al="L"):
    sp = " " * max(0, w - dw(s))
    return s + sp if al == "L" else sp + s


# ============================================================ h239 无锡市梁溪区市场监督管理局 (HTML, the form in a <pre> block)

def h239():
    dept = "无锡市梁溪区市场监督管理局"
    ib_b, ib_p = 3210.00, 1976.00
    ab_b, ab_p = 3348.50, 2293.80
    eb_b, eb_p = 3330.12, 2107.74
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (5186.00, 5642.30, 5437.86, 96.38), (ib, ab, eb, rate)
    bs = r2(rate / 10)  # 9.64
    ab_p_printed = 2239.80  # PLANT BREAKDOWN_SUM: 项目支出 全年预算数 printed 2,239.80 (digits swapped); 3,348.50 + 2,239.80
    # = 5,588.30 ≠ the 合计 5,642.30; its own 执行率 91.89% is 2,107.74 ÷ 2,293.80 (the right figure)
    P = lambda a, t, w: r2(w * a / t)  # noqa: E731  (printed proportion rule)
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 5, 5, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "部分细化", 5, 3, "部分产出指标未细化量化，扣2分"),
           ("决策", "预算编制", "预算编制科学性", "科学", "基本科学", 5, 4, "年中追加食品抽检经费，扣1分"),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, ""),
           ("过程", "财务管理", "资金使用合规性", "合规", "基本合规", 5, 4, "1笔差旅费报销附件不全，扣1分"),
           ("过程", "采购管理", "政府采购规范性", "规范", "基本规范", 5, 4, "1个项目采购意向公开滞后，扣1分"),
           ("产出", "数量指标", "食品生产经营单位监督检查户次（户次）", "≥6500", "6812", 6, 6, ""),
           ("产出", "数量指标", "食品安全抽检批次（批次）", "≥3000", "2760", 6, P(2760, 3000, 6), "检测机构更换，按比例计分"),
           ("产出", "数量指标", "计量器具强制检定数量（台件）", "≥12000", "11300", 5, P(11300, 12000, 5),
            "部分企业停产，按比例计分"),
           ("产出", "质量指标", "市场主体登记办结率", "≥98%", "99.2%", 6, 6, ""),
           ("产出", "质量指标", "特种设备定期检验率", "≥99%", "97.6%", 6, P(97.6, 99, 6), "部分设备停用待检"),
           ("产出", "质量指标", "消费纠纷调解成功率", "≥85%", "87.3%", 5, 5, ""),
           ("产出", "时效指标", "12315投诉举报按时办结率", "100%", "98.7%", 6, P(98.7, 100, 6), "疑难件办理超时"),
           ("效益", "社会效益", "食品安全评价性抽检合格率", "≥98%", "98.6%", 5, 5, ""),
           ("效益", "社会效益", "重大食品安全事故发生数（起）", "0", "0", 5, 5, ""),
           ("效益", "经济效益", "市场主体净增户数（户）", "≥4000", "2450", 5, P(2450, 4000, 5), "受经济形势影响"),
           ("效益", "可持续影响", "市场监管长效机制", "健全", "基本健全", 5, 3, "信用监管机制待完善，扣2分"),
           ("效益", "满意度", "消费环境满意度", "≥90%", "80.1%", 5, P(80.1, 90, 5), "按比例计分")]
    # (the 满意度 row sits under 效益, as the 2020 framework files it)
    assert s2(ind, 5) == 100
    total = s2(ind, 6)
    assert total == 89.22, total
    names = ["决策", "过程", "产出", "效益"]
    sec = secs(ind, names)
    srate = [pct(s, w) for _, w, s in sec]
    assert sec[1] == ("过程", 20, 17.64) and srate[1] == 88.20, (sec, srate)
    srate_p = list(srate)
    srate_p[1] = 82.80  # PLANT SCORE_RATE: the 过程 小计 prints 得分率 82.80%; 17.64 ÷ 20 = 88.20%
    grade_p = "优"  # PLANT GRADE_OUTSIDE_BANDS: 89.22 is in the printed 80–90 band, 良; printed 优
    assert grade(total) == "良"
    g = gold(None, dept, 2023, "COUNTY", "江苏省", "SELF_EVALUATION", None, total, 100, grade_p,
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p_printed, eb_p), sec, grows(ind))
    meta = dict(dept=dept, ind=ind, sec=sec, srate=srate_p, total=total, grade=grade_p,
                budget=[("合计", ib, ab, eb, rate), ("其中：基本支出", ib_b, ab_b, eb_b, pct(eb_b, ab_b)),
                        ("项目支出", ib_p, ab_p_printed, eb_p, pct(eb_p, ab_p))])
    fnd = [F("BREAKDOWN_SUM", "全年预算数", "合计 5,186.00 5,642.30 5,437.86 96.38% … 基本支出 3,348.50 … 项目支出 2,239.80 "
             "2,107.74 91.89%", "5,642.30", "5,588.30", "HIGH", "ERROR",
             "基本支出 3,348.50 + 项目支出 2,239.80 = 5,588.30, the 合计 全年预算数 prints 5,642.30 (年初 and 执行 columns add "
             "up); the 项目支出 line's own 91.89% is 2,107.74 ÷ 2,293.80, so 2,239.80 looks like 2,293.80 with digits swapped"),
           F("SCORE_RATE", "过程", "小计 | 20 | 17.64 | 82.80%", "82.80%", "88.20%", "HIGH", "ERROR",
             "过程 小计: 17.64 ÷ 20 = 88.20%, printed 82.80% (digits swapped); its 分值 and 得分 are right, the other three "
             "得分率 too"),
           F("GRADE_OUTSIDE_BANDS", "自评等级", "总分 100 89.22 自评等级：优", "优", "良", "HIGH", "ERROR",
             "89.22 (= rows) lies in the form's own 80（含）–90 band, 良; printed 优")]
    return {"stem": "h239_liangxi_shichang", "format": "html", "meta": meta, "gold": g, "findings": fnd,
            "html": html239(meta),
            "traps": ["the whole form is ONE `<pre>` block of space-aligned text (no `<table>`, no image): columns by "
                      "display width (a CJK character two columns), 一级 and 二级 printed once per group, long 三级 names "
                      "kept on one line; the rule lines of “-” and “=” are not rows; “≥” and “≤” are padded as ONE column (East "
                      "Asian width ambiguous; a CJK monospace font may draw them wider and shift the rest of that line)",
                      "the 小计 lines (决策 15/12/80.00%, 产出 40/39.07/97.68%, 效益 25/20.51/82.04%) right but for 过程's 得分率",
                      f"执行率 {eb:,.2f} ÷ {ab:,.2f} = {rate:.2f}% (right) × 10 = {fmt(bs)}; 基本 {pct(eb_b, ab_b):.2f}% right; "
                      "年初 and 执行 columns add up; both parts under budget",
                      "重大食品安全事故发生数 0 vs 0 (met); proportion rows 食品安全抽检批次 6 × 2760 ÷ 3000 = 5.52, 计量器具 "
                      "5 × 11300 ÷ 12000 = 4.71, 特种设备定期检验率 6 × 97.6 ÷ 99 = 5.92, 12315 6 × 98.7 ÷ 100 = 5.92, 市场主体净增 "
                      "5 × 2450 ÷ 4000 = 3.06, 满意度 5 × 80.1 ÷ 90 = 4.45 (printed proportion rule)",
                      "绩效指标明确性 −2, 预算编制科学性 −1, 资金使用合规性 −1, 政府采购规范性 −1, 长效机制 −2 with reasons (judgement)",
                      "the page's breadcrumb, 发布时间 and the 附件 line are not the report; 总分 89.22 = rows"]}


def html239(M):
    W = [10, 12, 38, 12, 12, 6, 7]
    L = []
    L.append(" " * 22 + f"{M['dept']}2023年度部门整体支出绩效自评表")
    L.append("")
    L.append(pad(f"填报单位（盖章）：{M['dept']}", 84) + "金额单位：万元")
    L.append("=" * 110)
    L.append("一、部门预算执行情况")
    L.append("-" * 110)
    L.append(pad("项目", 22) + pad("年初预算数", 14, "R") + pad("全年预算数", 14, "R") + pad("全年执行数", 14, "R")
             + pad("执行率", 12, "R"))
    for lab, i_, a_, e_, q in M["budget"]:
        L.append(pad(lab if lab == "合计" else ("  " if lab.startswith("其中") else "        ") + lab, 22) + pad(f"{i_:,.2f}", 14, "R") + pad(f"{a_:,.2f}", 14, "R")
                 + pad(f"{e_:,.2f}", 14, "R") + pad(f"{q:.2f}%", 12, "R"))
    L.append("-" * 110)
    L.append("二、绩效指标完成情况")
    L.append("-" * 110)
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    L.append("".join(pad(h, w) for h, w in zip(heads, W)) + "偏差原因分析")
    L.append("-" * 110)
    ind = M["ind"]
    for k, (nm, w_, s_) in enumerate(M["sec"]):
        grp = [x for x in ind if x[0] == nm]
        for i, x in enumerate(grp):
            l1 = x[0] if i == 0 else ""
            l2 = x[1] if i == 0 or grp[i - 1][1] != x[1] else ""
            cells = [l1, l2, x[2], x[3], x[4], fmt(x[5]), fmt(x[6])]
            L.append(("".join(pad(c, w) for c, w in zip(cells, W)) + x[7]).rstrip())
        L.append(pad("", W[0]) + pad("小计", W[1] + W[2] + W[3] + W[4]) + pad(fmt(w_), W[5]) + pad(fmt(s_), W[6])
                 + f"得分率 {M['srate'][k]:.2f}%")
        L.append("-" * 110)
    L.append(pad("总分", sum(W[:5])) + pad("100", W[5]) + pad(fmt(M["total"]), W[6]) + f"自评等级：{M['grade']}")
    L.append("=" * 110)
    L.append("说明：1.预算执行率得分＝执行率×10，保留两位小数；2.定量指标达到年度指标值的得满分，未达到的按完成比例计分；")
    L.append("      3.定性指标根据完成情况酌情扣分并说明理由；4.自评等级：" + BANDS)
    L.append("")
    L.append("填表人：钱××        审核人：陆××        联系电话：0510-8××××××        填报日期：2024年4月26日")
    pre = HT.escape("\n".join(L), quote=False)
    title = f"{M['dept']}2023年度部门整体支出绩效自评情况"
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title}_梁溪区人民政府</title>
<style>
body {{ font-family: "Microsoft YaHei", sans-serif; margin: 0 auto; width: 1100px; }}
.crumb {{ font-size: 13px; color: #666; }}
.info {{ font-size: 13px; color: #888; text-align: center; }}
pre {{ font-family: "SimSun", "NSimSun", monospace; font-size: 13px; line-height: 1.5; }}
</style>
</head>
<body>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 财政预决算 &gt; 绩效评价</div>
<h1 style="text-align:center;font-size:22px">{title}</h1>
<div class="info">发布时间：2024-05-17　　来源：梁溪区市场监督管理局　　浏览次数：312</div>
<hr>
<p>　　根据《无锡市梁溪区财政局关于开展2023年度部门整体支出绩效自评工作的通知》要求，我局对2023年度部门整体支出情况开展了绩效自评，现将自评结果公开如下：</p>
<pre>
{pre}
</pre>
<p>附件：<a href="#">2023年度部门整体支出绩效自评报告.pdf</a></p>
<div class="crumb">【打印本页】　【关闭窗口】</div>
</body>
</html>
"""


ALL.append(h239())


# ============================================================ h240 烟台市芝罘区海洋发展和渔业局 (XLSX, THREE ROWS per indicator)

def h240():
    dept = "烟台市芝罘区海洋发展和渔业局"
    unit = "烟台市芝罘区渔港管理服务中心"
    proj = "芝罘区2023年渔港环境综合整治项目"
    fund = [("其中：财政拨款", 800.00, 900.00, 845.20), ("上年结转资金", 60.00, 80.00, 72.64)]
    ib, ab, eb = (r2(sum(x[k] for x in fund)) for k in (1, 2, 3))
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (860.00, 980.00, 917.84, 93.66), (ib, ab, eb, rate)
    bs = r2(rate / 10)
    assert bs == 9.37
    bs_p = 9.73  # PLANT BUDGET_ROW_SCORE: the 年度资金总额 line prints 得分 9.73; the rule 执行率×10 gives 93.66% → 9.37
    P = lambda a, t, w: r2(w * a / t)  # noqa: E731
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因, 完成率 as printed in the block's second row)
    rows = [("产出指标", "数量指标", "港池清淤疏浚量（万立方米）", "≥4.2", "4.35", 10, 10, "", "103.57%"),
            ("产出指标", "数量指标", "码头护岸修复长度（米）", "≥680", "692", 8, 8, "", "101.76%"),
            ("产出指标", "数量指标", "新增渔船垃圾收集点（个）", "≥24", "24", 6, 6, "", "100.00%"),
            ("产出指标", "质量指标", "清淤工程验收合格率", "100%", "100%", 8, 8, "", "100.00%"),
            # PLANT TARGET_MISSED_FULL_MARKS: 91.5% misses ≥95%, full 6 points, no 偏差原因
            ("产出指标", "质量指标", "港池垃圾日清运率", "≥95%", "91.5%", 6, 6, "", "96.32%"),
            ("产出指标", "时效指标", "工程完工时间", "2023年10月底前", "2023年11月20日", 6, 4,
             "受台风“杜苏芮”外围影响停工，完工推迟20天，扣2分", "—"),
            ("产出指标", "成本指标", "清淤单位成本（元/立方米）", "≤65", "61.8", 6, 6, "", "—"),
            ("效益指标", "经济效益指标", "渔港年卸港量增长率", "≥3%", "4.6%", 8, 8, "", "153.33%"),
            ("效益指标", "社会效益指标", "渔船安全停泊能力（艘）", "≥420", "436", 8, 8, "", "103.81%"),
            ("效益指标", "生态效益指标", "港区水质达标率", "≥90%", "86.4%", 8, P(86.4, 90, 8), "雨季面源污染入港，按比例计分",
             "96.00%"),
            ("效益指标", "可持续影响指标", "港区环境长效保洁机制", "建立", "基本建立", 6, 5, "保洁经费来源尚未固定，扣1分", "—"),
            ("满意度指标", "服务对象满意度指标", "渔民群众满意度", "≥90%", "93.2%", 10, 10, "", "103.56%")]
    ind = [("", "", "年度资金总额", "", f"{rate:.2f}%", 10, bs_p, "")] + [r[:8] for r in rows]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)
    assert total == 96.41, total
    goal = ("目标1：完成芝罘湾渔港港池清淤疏浚4.2万立方米，修复码头护岸680米；"
            "目标2：新增渔船垃圾收集点24个，港池垃圾日清运率达到95%以上；"
            "目标4：港区水质达标率达到90%以上，渔民群众满意度达到90%以上。")  # PLANT GOAL_LABELS: 目标1, 目标2, 目标4
    done = ("目标1：完成清淤疏浚4.35万立方米，修复码头护岸692米；"
            "目标2：新增渔船垃圾收集点24个，港池垃圾日清运率91.5%；"
            "目标4：港区水质达标率86.4%，渔民群众满意度93.2%。")
    g = with_project(gold(None, dept, 2023, "COUNTY", "山东省", "SELF_EVALUATION", None, total, 100, "优",
                          budget(ib, ab, eb, rate), [], grows(ind)), proj, unit)
    g["indicators"][0]["level1"] = g["indicators"][0]["level2"] = None
    meta = dict(dept=dept, unit=unit, proj=proj, rows=rows, total=total, goal=goal, done=done,
                fund=[("年度资金总额", ib, ab, eb, 10, f"{rate:.2f}%", bs_p)]
                + [(lab, a, b, e, "—", f"{pct(e, b):.2f}%", "—") for lab, a, b, e in fund])
    for x in rows:  # the printed 完成率 is 完成值 ÷ 指标值 where both are numbers
        if x[8] != "—":
            assert x[8] == f"{pct(float(x[4].rstrip('%')), float(x[3].lstrip('≥').rstrip('%'))):.2f}%", x
    fnd = [F("BUDGET_ROW_SCORE", "年度资金总额", "年度资金总额 | 860.00 | 980.00 | 917.84 | 10 | 93.66% | 9.73", "9.73", "9.37",
             "HIGH", "ERROR", "评分说明: 年度资金总额得分＝执行率×分值; 917.84 ÷ 980.00 = 93.66% (printed right) × 10 = 9.37, "
             "printed 9.73 (digits swapped); the 总分 96.41 adds the printed 9.73 (96.05 with 9.37, still 优)"),
           F("TARGET_MISSED_FULL_MARKS", "港池垃圾日清运率", "港池垃圾日清运率 | ≥95% | 91.5% | 6 | 6", "6", "< 6", "HIGH",
             "WARNING", "91.5% misses ≥95% (its own 完成率 96.32%), yet the row keeps full 6 points and its 偏差原因 is "
             "empty; the 评分说明's proportion rule gives 6 × 91.5 ÷ 95 = 5.78"),
           F("GOAL_LABELS", "年度总体目标", "目标1：完成芝罘湾渔港港池清淤疏浚… 目标2：新增渔船垃圾收集点… 目标4：港区水质达标率…",
             "目标1, 目标2, 目标4", "目标1, 目标2, 目标3", "HIGH", "WARNING",
             "the 预期目标 (and the 实际完成情况 after it) number three goals 目标1, 目标2, 目标4: 目标3 is missing, no "
             "third goal is stated anywhere else")]
    return {"stem": "h240_zhifu_yuye", "format": "xlsx", "write": write240, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["every indicator is a BLOCK OF THREE ROWS under one merged 序号 cell: row 1 一级指标 | name | 二级指标 | "
                      "name | 三级指标 | name; row 2 年度指标值 | value | 实际完成值 | value | 完成率 | value; row 3 分值 | n | 得分 "
                      "| n | 偏差原因 | text; one indicator = one gold row",
                      "the 完成率 cell (完成值 ÷ 指标值, “—” for qualitative, time and ceiling rows) is neither a target nor a "
                      "score (渔港年卸港量增长率 153.33%)",
                      "其中：财政拨款 845.20 ÷ 900.00 = 93.91%, 上年结转资金 72.64 ÷ 80.00 = 90.80%; parts add up to 年度资金总额 "
                      "in every column",
                      "新增渔船垃圾收集点 24 vs ≥24 (met exactly); 清淤单位成本 61.8 vs ≤65 (a ceiling, met)",
                      "港区水质达标率 86.4% vs ≥90%: 8 × 86.4 ÷ 90 = 7.68 (printed proportion rule)",
                      "工程完工时间 −2 (late by 20 days, reason) and 长效保洁机制 −1 with reasons (judgement)",
                      "分值/得分 are NUMBER cells; 总分 96.41 = rows (with the printed 9.73)"]}


def write240(rep, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side, PatternFill
    M = rep["meta"]
    wb = Workbook()
    wb.properties.creator = wb.properties.lastModifiedBy = "zfhy"
    wb.properties.created = wb.properties.modified = H.A.FIXED
    ws = wb.active
    ws.title = "项目自评表"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    grey = PatternFill("solid", fgColor="F2F2F2")
    widths = [6, 15, 14, 12, 14, 11, 9, 30]
    for k, wd in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[k]].width = wd
    r = [1]

    def put(vals, spans=(), bold=False, boxed=True, money=(), size=10, left=(), height=None, shade=()):
        row = r[0]
        for k, v in enumerate(vals):
            if v is None:
                continue
            c = ws.cell(row=row, column=k + 1, value=v)
            c.font = Font(name="宋体", size=size, bold=bold or k in shade)
            c.alignment = Alignment(horizontal="left" if k in left else "center", vertical="center", wrap_text=True)
            if k in money:
                c.number_format = "#,##0.00"
            if k in shade:
                c.fill = grey
        for a, b in spans:
            ws.merge_cells(start_row=row, start_column=a + 1, end_row=row, end_column=b + 1)
        if boxed:
            for k in range(len(widths)):
                ws.cell(row=row, column=k + 1).border = box
        if height:
            ws.row_dimensions[row].height = height
        r[0] += 1
        return row

    put(["项目支出绩效自评表"], spans=[(0, 7)], bold=True, boxed=False, size=16, height=28)
    put(["（2023年度）"], spans=[(0, 7)], boxed=False)
    put([f"填报单位（盖章）：{M['unit']}", None, None, None, None, None, "金额单位：万元"], spans=[(0, 5), (6, 7)],
        boxed=False, left=(0,))
    put(["项目名称", None, M["proj"]], spans=[(0, 1), (2, 7)], left=(2,), shade=(0,))
    put(["主管部门", None, M["dept"], None, "实施单位", None, M["unit"]], spans=[(0, 1), (2, 3), (4, 5), (6, 7)],
        left=(2, 6), shade=(0, 4))
    f0 = r[0]
    put(["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"], bold=True)
    for lab, a, b, e, w_, q, s_ in M["fund"]:
        put([None, lab, a, b, e, q, w_, s_], money=(2, 3, 4), left=(1,))
    ws.merge_cells(start_row=f0, start_column=1, end_row=r[0] - 1, end_column=1)
    g0 = r[0]
    put(["年度总体目标", "预期目标", M["goal"]], spans=[(2, 7)], left=(2,), height=48)
    put([None, "实际完成情况", M["done"]], spans=[(2, 7)], left=(2,), height=48)
    ws.merge_cells(start_row=g0, start_column=1, end_row=g0 + 1, end_column=1)
    put(["绩效指标完成情况"], spans=[(0, 7)], bold=True)
    for n, (l1, l2, l3, tv, av, w_, s_, nt, cr) in enumerate(M["rows"], 1):
        a = put([n, "一级指标", l1, "二级指标", l2, "三级指标", l3], spans=[(6, 7)], left=(6,), shade=(1, 3, 5))
        put([None, "年度指标值", tv, "实际完成值", av, "完成率", cr], spans=[(6, 7)], shade=(1, 3, 5))
        put([None, "分值", w_, "得分", s_, "偏差原因", nt], spans=[(6, 7)], left=(6,), shade=(1, 3, 5),
            height=27 if len(nt) > 18 else None)
        ws.merge_cells(start_row=a, start_column=1, end_row=a + 2, end_column=1)
    put(["总分", None, 100, "自评得分", M["total"], "自评等级", "优"], spans=[(0, 1), (6, 7)], bold=True)
    put(["评分说明：1.年度资金总额得分＝执行率×分值，保留两位小数；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”"
         "计分；3.定性指标及时效指标根据完成情况酌情扣分并说明理由；4.自评等级：" + BANDS], spans=[(0, 7)], boxed=False,
        left=(0,), height=54)
    put(["填报人：孙××　　联系电话：0535-66×××××　　填报日期：2024年3月29日"], spans=[(0, 7)], boxed=False, left=(0,))
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(path)
    H.A.normalize_zip(path)


ALL.append(h240())


# ============================================================ h241 肇庆市端州区教育局 (DOCX report in 万元, its budget table in 千元)

def h241():
    dept = "肇庆市端州区教育局"
    ib_b, ib_p = 11960.00, 4860.00
    ab_b, ab_p = 12406.30, 6236.20
    eb_b, eb_p = 12169.90, 5816.24
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (16820.00, 18642.50, 17986.14, 96.48), (ib, ab, eb, rate)
    bs = r2(rate / 10)
    assert bs == 9.65
    rate_formula = 96.84  # PLANT FORMULA: 二's formula prints =96.84%; 17,986.14 ÷ 18,642.50 = 96.48% (the table is right)
    eb_p_prose = 5812.64  # PLANT SAME_FIGURE_DIFFERS: 二 prints 项目支出 5,812.64万元; the 千元 table 58,162.4 = 5,816.24万元
    P = lambda a, t, w: r2(w * a / t)  # noqa: E731
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 5, 5, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "明确", 5, 5, ""),
           ("决策", "预算编制", "预算编制科学性", "科学", "基本科学", 5, 4.5, "年中追加校舍维修资金，预算调整幅度较大，扣0.5分"),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, ""),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 5, 5, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "规范", 5, 5, ""),
           ("产出", "数量指标", "义务教育阶段学位供给数（个）", "≥52000", "52860", 8, 8, ""),
           ("产出", "数量指标", "教师培训人次（人次）", "≥4500", "4620", 6, 5, ""),  # PLANT TARGET_MET_POINTS_LOST: 4620 meets
           # ≥4500, 1 point lost, no reason
           ("产出", "数量指标", "校舍维修改造面积（平方米）", "≥18000", "18400", 6, 6, ""),
           ("产出", "质量指标", "学前教育毛入园率", "≥97%", "98.1%", 6, 6, ""),
           ("产出", "质量指标", "义务教育巩固率", "≥99%", "99.6%", 6, 6, ""),
           ("产出", "成本指标", "小学生均公用经费拨款标准（元/生·年）", "≥720", "760", 8, 8, ""),
           ("效益", "社会效益", "义务教育优质均衡发展督导评估", "通过", "通过", 8, 8, ""),
           ("效益", "社会效益", "学生体质健康达标率", "≥92%", "90.6%", 6, P(90.6, 92, 6), "部分学校体育课时落实不到位，按比例计分"),
           ("效益", "可持续影响", "教育经费保障长效机制", "健全", "基本健全", 5, 4, "区级教育附加使用管理办法待修订，扣1分"),
           ("效益", "满意度", "学生家长满意度", "≥90%", "94.3%", 6, 6, "")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)
    assert total == 97.06, total
    # gold from the 千元 table converted to 万元 (÷10): every 千元 figure has one decimal, so the 万元 figure is exact
    k = lambda x: f"{x * 10:,.1f}"  # noqa: E731  (a 万元 figure printed in 千元)
    g = gold(None, dept, 2023, "COUNTY", "广东省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), [], grows(ind))
    meta = dict(dept=dept, ind=ind, total=total, rate=rate, rate_formula=rate_formula, eb_p_prose=eb_p_prose,
                ab=ab, eb=eb, ib=ib, ab_b=ab_b, ab_p=ab_p, eb_b=eb_b, eb_p=eb_p,
                table=[("合计", k(ib), k(ab), k(eb), f"{rate:.2f}%"),
                       ("其中：基本支出", k(ib_b), k(ab_b), k(eb_b), f"{pct(eb_b, ab_b):.2f}%"),
                       ("　　　项目支出", k(ib_p), k(ab_p), k(eb_p), f"{pct(eb_p, ab_p):.2f}%")])
    fnd = [F("FORMULA", "预算执行率", f"预算执行率＝全年执行数÷全年预算数×100%＝{eb:,.2f}÷{ab:,.2f}×100%＝{rate_formula:.2f}%",
             f"{rate_formula:.2f}%", f"{rate:.2f}%", "HIGH", "ERROR",
             f"{eb:,.2f} ÷ {ab:,.2f} = {rate:.2f}%, the formula in 二 prints {rate_formula:.2f}% (digits swapped); 表1 "
             f"(in 千元) and the 自评表's 预算执行率 row print the right {rate:.2f}% and score {fmt(bs)} on it"),
           F("SAME_FIGURE_DIFFERS", "项目支出 全年执行数", f"项目支出{eb_p_prose:,.2f}万元 … 表1（金额单位：千元） 项目支出 | "
             f"{k(ib_p)} | {k(ab_p)} | {k(eb_p)}", f"{eb_p_prose:,.2f}万元", f"{eb_p:,.2f}万元", "HIGH", "WARNING",
             f"二 (prose, 万元) prints 项目支出执行 {eb_p_prose:,.2f}万元; 表1 (千元) prints {k(eb_p)}千元 = {eb_p:,.2f}万元 "
             f"(digits swapped). 表1's parts add to its 合计 ({eb_b:,.2f} + {eb_p:,.2f} = {eb:,.2f}); the prose's do not "
             f"({eb_b:,.2f} + {eb_p_prose:,.2f} = {r2(eb_b + eb_p_prose):,.2f}), so the prose figure is the wrong one"),
           F("TARGET_MET_POINTS_LOST", "教师培训人次（人次）", "教师培训人次（人次） | ≥4500 | 4620 | 6 | 5", "5", "6", "HIGH",
             "WARNING", "4620 meets ≥4500 (评分说明: 达到年度指标值的得满分), yet 1 point is lost with the 偏差原因 cell "
             "blank")]
    return {"stem": "h241_duanzhou_jiaoyu", "format": "docx", "write": write241, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the report's money is in 万元 (“本报告金额单位除注明外均为万元”; the 附表 header “金额单位：万元”), but "
                      "表1's caption alone says “（金额单位：千元）” and its figures are TEN TIMES the 万元 figures "
                      f"(全年预算数 {k(ab)}千元 = {ab:,.2f}万元, as 二 says): not a discrepancy; the gold's budget is in 万元",
                      f"表1's 执行率 ({rate:.2f}%, 基本 {pct(eb_b, ab_b):.2f}%, 项目 {pct(eb_p, ab_p):.2f}%) are the same in "
                      "either unit; 表1's parts add up in every column; both parts under budget",
                      f"年初 {ib:,.2f} < 全年 {ab:,.2f} (追加 in 二's prose, 校舍维修 and 教师培训)",
                      "小学生均公用经费拨款标准 is in 元/生·年 (760 vs ≥720), not a budget figure",
                      "学生体质健康达标率 90.6% vs ≥92%: 6 × 90.6 ÷ 92 = 5.91 (printed proportion rule)",
                      "预算编制科学性 −0.5, 教育经费保障长效机制 −1 with reasons (judgement)",
                      "义务教育优质均衡发展督导评估 通过 vs 通过 (qualitative, met); 自评得分 97.06 = rows, 优"]}


def write241(rep, path):
    from docx.enum.text import WD_BREAK
    M = rep["meta"]
    doc = new_doc()
    para(doc, f"{M['dept']}2023年度部门整体支出绩效自评报告", bold=True, size=16, center=True, after=12)
    para(doc, "一、部门基本情况", bold=True)
    para(doc, "肇庆市端州区教育局是区政府工作部门，主管全区教育工作。2023年末全区共有公办中小学38所、公办幼儿园21所，在校学生"
              "61,240人，在编教职工4,186人。本部门编制2023年度部门预算的单位包括局机关及所属中小学、幼儿园共60个预算单位。",
         indent=True)
    para(doc, "二、部门预算及执行情况", bold=True)
    para(doc, "（本报告金额单位除注明外均为万元）")
    para(doc, f"2023年初部门预算{M['ib']:,.2f}万元，年中追加校舍维修改造和教师培训等资金后，全年预算数为{M['ab']:,.2f}万元，"
              f"其中基本支出{M['ab_b']:,.2f}万元、项目支出{M['ab_p']:,.2f}万元。全年执行数{M['eb']:,.2f}万元，其中基本支出"
              f"{M['eb_b']:,.2f}万元、项目支出{M['eb_p_prose']:,.2f}万元。"  # the prose 项目支出 (PLANT SAME_FIGURE_DIFFERS)
              f"预算执行率＝全年执行数÷全年预算数×100%＝{M['eb']:,.2f}÷{M['ab']:,.2f}×100%＝{M['rate_formula']:.2f}%"
              "（详见表1）。", indent=True)
    para(doc, "表1  2023年度部门预算执行情况（金额单位：千元）", bold=True, center=True, size=10)
    t = grid(doc, 1 + len(M["table"]), [44, 30, 30, 30, 24])
    for j, h in enumerate(["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"]):
        cell_put(t.cell(0, j), h, bold=True)
    for i, row in enumerate(M["table"], 1):
        for j, v in enumerate(row):
            cell_put(t.cell(i, j), v, align="l" if j == 0 else "r")
    para(doc, "")
    para(doc, "三、绩效目标完成情况", bold=True)
    para(doc, "2023年，全区义务教育阶段提供学位52,860个，学前教育毛入园率98.1%，义务教育巩固率99.6%；完成校舍维修改造"
              "18,400平方米，组织教师培训4,620人次；小学生均公用经费按每生每年760元足额拨付。全区顺利通过义务教育优质均衡发展"
              "督导评估，学生家长满意度94.3%。学生体质健康达标率90.6%，未达到92%的年度目标。", indent=True)
    para(doc, "四、自评结论", bold=True)
    para(doc, f"经自评，2023年度部门整体支出绩效自评得分{fmt(M['total'])}分，自评等级为“优”（{BANDS}）。具体评分见附表。",
         indent=True)
    para(doc, "五、存在问题及改进措施", bold=True)
    para(doc, "一是预算编制的前瞻性有待加强，年中追加资金占比较高；二是学校体育课时落实不够到位，学生体质健康达标率未达目标。"
              "下一步将加强项目储备和预算论证，督促各校开足开齐体育课程。", indent=True)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para(doc, "附表", bold=True)
    para(doc, f"{M['dept']}2023年度部门整体支出绩效自评表", bold=True, size=14, center=True, after=4)
    para(doc, f"填报单位：{M['dept']}　　　　　　　　　　　　　　　　　　　　金额单位：万元")
    ind = M["ind"]
    t = grid(doc, 2 + len(ind), [15, 18, 39, 20, 20, 12, 14, 32])
    for j, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]):
        cell_put(t.cell(0, j), h, bold=True)
    for i, x in enumerate(ind, 1):
        for j in range(8):
            if j < 2 and i > 1 and ind[i - 2][:j + 1] == x[:j + 1]:
                continue
            v = fmt(x[j]) if j in (5, 6) else x[j]
            cell_put(t.cell(i, j), v, align="l" if j in (2, 7) else "c", size=8.5 if j == 7 else 9)
    for j in (0, 1):  # merge 一级 / 二级 down their runs
        i = 0
        while i < len(ind):
            e = i
            while e + 1 < len(ind) and ind[e + 1][:j + 1] == ind[i][:j + 1]:
                e += 1
            if e > i:
                t.cell(i + 1, j).merge(t.cell(e + 1, j))
            i = e + 1
    last = len(ind) + 1
    c = t.cell(last, 0).merge(t.cell(last, 4))
    cell_put(c, "合计", bold=True)
    cell_put(t.cell(last, 5), "100", bold=True)
    cell_put(t.cell(last, 6), fmt(M["total"]), bold=True)
    cell_put(t.cell(last, 7), "自评等级：优", bold=True)
    para(doc, "评分说明：1.预算执行率得分＝执行率×10，保留两位小数；2.定量指标达到年度指标值的得满分，未达到的按完成比例计分；"
              "3.定性指标根据完成情况酌情扣分并说明理由。", size=9)
    para(doc, "")
    para(doc, "肇庆市端州区教育局", center=False)
    para(doc, "2024年4月18日")
    doc.save(path)
    H.A.normalize_zip(path)


ALL.append(h241())


# ============================================================ h242 衡阳市蒸湘区医疗保障局 (PDF, third party: 一级 summary + a table per 二级)

def h242():
    dept = "衡阳市蒸湘区医疗保障局"
    unit = "衡阳市蒸湘区医疗保障事务中心"
    proj = "蒸湘区2023年城乡医疗救助资金"
    evaluator = "湖南衡诚会计师事务所有限公司"
    ib, ab, eb = 1120.00, 1268.00, 1196.45
    rate = pct(eb, ab)
    assert rate == 94.36
    bs = r2(5 * rate / 100)
    assert bs == 4.72
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 评分依据及扣分原因)
    ind = [("决策", "项目立项", "立项依据充分性", "充分", "充分", 3, 3, "符合《湖南省医疗救助办法》，依据充分，得满分"),
           ("决策", "项目立项", "立项程序规范性", "规范", "规范", 2, 2, "经区政府常务会议研究，程序规范，得满分"),
           ("决策", "绩效目标", "绩效目标合理性", "合理", "基本合理", 3, 2, "目标未区分资助参保与直接救助，扣1分"),
           ("决策", "绩效目标", "绩效指标明确性", "明确", "明确", 2, 2, "指标细化量化，得满分"),
           ("决策", "资金投入", "预算编制科学性", "科学", "基本科学", 5, 4.5, "年中追加148万元，测算依据不足，扣0.5分"),
           ("过程", "资金管理", "资金到位率", "100%", "100%", 4, 4, "全年预算1,268.00万元全部到位，得满分"),
           ("过程", "资金管理", "预算执行率", "100%", f"{rate:.2f}%", 5, bs, f"执行率×分值＝{rate:.2f}%×5＝{fmt(bs)}分"),
           ("过程", "资金管理", "资金使用合规性", "合规", "合规", 4, 4, "抽查凭证86笔，未发现违规，得满分"),
           ("过程", "组织实施", "管理制度健全性", "健全", "健全", 3, 3, "制定救助资金管理办法，得满分"),
           ("过程", "组织实施", "制度执行有效性", "有效", "基本有效", 4, 3, "2户救助对象动态调整不及时，扣1分"),
           ("产出", "产出数量", "医疗救助人次（人次）", "≥9500", "9820", 8, 8, "完成目标，得满分"),
           ("产出", "产出数量", "资助参保人数（人）", "≥12600", "12600", 6, 6, "完成目标，得满分"),
           # PLANT RULE_SCORE: 99.2% with the printed 每低1个百分点扣2分: 6 − 0.8 × 2 = 4.4; printed 5.4
           ("产出", "产出质量", "救助对象认定准确率", "100%", "99.2%", 6, 5.4,
            "抽查500户，4户认定依据不充分；每低1个百分点扣2分"),
           ("产出", "产出时效", "救助资金“一站式”结算率", "≥95%", "97.5%", 6, 6, "完成目标，得满分"),
           ("产出", "产出时效", "救助审批办结时限（个工作日）", "≤10", "7", 6, 6, "完成目标，得满分"),
           ("产出", "产出成本", "政策范围内住院费用救助比例", "≥70%", "70%", 8, 8, "达到目标，得满分"),
           ("效益", "社会效益", "救助对象个人负担减轻率", "≥10%", "12.6%", 7, 7, "完成目标，得满分"),
           ("效益", "社会效益", "因病致贫返贫发生数（户）", "0", "0", 6, 6, "未发生，得满分"),
           ("效益", "可持续影响", "医疗救助长效机制", "健全", "基本健全", 4, 3.5, "防范因病返贫监测预警机制待完善，扣0.5分"),
           # PLANT WEIGHTS_VS_FULL_MARK: the 效益 rows weigh 7 + 6 + 4 + 6 = 23 (满意度 6, not the framework's 8); the
           # summary prints 效益 23 and still 合计 100: 15 + 20 + 40 + 23 = 98
           ("效益", "满意度", "救助对象满意度", "≥90%", "92.8%", 6, 6, "问卷调查420份，满意度92.8%，得满分")]
    assert r2(6 - (100 - 99.2) * 2) == 4.4
    assert s2(ind, 5) == 98
    total_rows = s2(ind, 6)
    assert total_rows == 94.12, total_rows
    names = ["决策", "过程", "产出", "效益"]
    sec = secs(ind, names)
    assert sec[1] == ("过程", 20, 18.72), sec
    sec_p = [list(x) for x in sec]
    sec_p[1][2] = 18.27  # PLANT SECTION_VS_ROWS: 表1 prints 过程 得分 18.27; its five rows (表3-1, 表3-2) add to 18.72
    total_p = r2(sum(x[2] for x in sec_p))  # the 合计 and 二's 综合得分 add the summary, 93.67
    assert total_p == 93.67
    g = with_project(gold(None, dept, 2023, "COUNTY", "湖南省", "THIRD_PARTY_EVALUATION", evaluator, total_p, 100, "优",
                          budget(ib, ab, eb, rate), [tuple(x) for x in sec_p], grows(ind)), proj, unit)
    meta = dict(dept=dept, unit=unit, proj=proj, evaluator=evaluator, ind=ind, sec=sec_p, total=total_p, ib=ib, ab=ab,
                eb=eb, rate=rate, names=names)
    fnd = [F("SECTION_VS_ROWS", "过程", "表1 | 过程 | 20 | 18.27 | 91.35%", "18.27", "18.72", "HIGH", "ERROR",
             "表1's 过程 line prints 得分 18.27; its five rows in 表3-1 and 表3-2 score 4 + 4.72 + 4 + 3 + 3 = 18.72 (digits "
             "swapped; 得分率 91.35% follows the misprint); the 合计 and 二's 综合得分 93.67 add the summary, the twenty rows add "
             "to 94.12 (one problem, 优 either way)"),
           F("WEIGHTS_VS_FULL_MARK", "合计", "表1 | 合计 | 100 | 93.67", "100", "98", "HIGH", "ERROR",
             "表1's 分值 column 15 + 20 + 40 + 23 = 98 (效益 23: 表5-1 7 + 6, 表5-2 4, 表5-3 6), its 合计 prints 100; the "
             "twenty rows' 分值 add to 98 too"),
           F("RULE_SCORE", "救助对象认定准确率", "救助对象认定准确率 | 100% | 99.2% | 6 | 5.4 | …每低1个百分点扣2分", "5.4", "4.4",
             "HIGH", "ERROR", "the row's own rule: 100% − 99.2% = 0.8 个百分点 × 2 = 1.6 off 6 = 4.4, printed 5.4")]
    return {"stem": "h242_zhengxiang_yibao", "format": "pdf", "draw": draw242, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["third-party report whose scores are NOT in one table: 表1 (p. 2) is a SUMMARY per 一级 (一级指标 | 分值 | "
                      "得分 | 得分率) and the rows are in TWELVE DETAIL TABLES, one per 二级 (表2-1 项目立项 … 表5-3 满意度) on "
                      "pp. 3–5, each headed by its caption (the 二级) under a chapter heading naming the 一级; the detail tables "
                      "have no 一级/二级 columns",
                      "表1's 得分率 column (决策 90.00% … 合计 93.67%) is not a score; the cover's 报告编号 〔2024〕第017号 and 二's "
                      "fund sources (中央 836.00 + 省级 252.00 + 区级 180.00 = 1,268.00) are not gold fields",
                      "the 评分依据 column is full of numbers (“抽查凭证86笔”, “问卷调查420份”, “追加148万元”, the 预算执行率 formula "
                      f"“{rate:.2f}%×5＝{fmt(bs)}分”): not scores",
                      f"执行率 {eb:,.2f} ÷ {ab:,.2f} = {rate:.2f}% (right) × 5 = {fmt(bs)}; 年初 {ib:,.2f} + 追加 148.00 = 全年",
                      "资助参保人数 12600 vs ≥12600 and 住院费用救助比例 70% vs ≥70% (met exactly); 办结时限 7 vs ≤10 (a "
                      "ceiling, met); 因病致贫返贫发生数 0 vs 0",
                      "绩效目标合理性 −1, 预算编制科学性 −0.5, 制度执行有效性 −1, 医疗救助长效机制 −0.5 with reasons (judgement)",
                      "决策 15/13.5, 产出 40/39.4, 效益 23/22.5 in 表1 right"]}


def draw242(rep, path):
    from reportlab.lib.pagesizes import A4
    M = rep["meta"]
    W, Hh = A4
    c = new_canvas(path, A4)
    L, R = 56, W - 56
    page = [1]

    def footer():
        c.setFont(FONT, 9)
        c.drawCentredString(W / 2, 30, f"— {page[0]} —")

    def newpage():
        footer()
        c.showPage()
        page[0] += 1
        return Hh - 64

    def text(y, s, size=10.5, indent=True, bold=False):
        lines = wrap(("　　" if indent else "") + s, R - L, size)
        c.setFont(FONT, size)
        for ln in lines:
            c.drawString(L, y, ln)
            if bold:
                c.drawString(L + 0.35, y, ln)
            y -= size + 7
        return y

    def table(y, widths, rows, size=9, heads=1, aligns=None):
        lead = size + 3
        xs = [L]
        for w_ in widths:
            xs.append(xs[-1] + w_)
        c.setLineWidth(0.6)
        for n, cells in enumerate(rows):
            wrapped = [wrap(str(v), widths[j] - 6, size) for j, v in enumerate(cells)]
            h = max(len(x) for x in wrapped) * lead + 8
            c.setFont(FONT, size)
            for j, lines in enumerate(wrapped):
                ty = y - (h - len(lines) * lead) / 2 - size
                for ln in lines:
                    al = "c" if n < heads else (aligns[j] if aligns else "c")
                    if al == "l":
                        c.drawString(xs[j] + 3, ty, ln)
                    elif al == "r":
                        c.drawRightString(xs[j + 1] - 3, ty, ln)
                    else:
                        c.drawCentredString((xs[j] + xs[j + 1]) / 2, ty, ln)
                    if n < heads:
                        c.drawCentredString((xs[j] + xs[j + 1]) / 2 + 0.3, ty, ln)
                    ty -= lead
            c.line(xs[0], y, xs[-1], y)
            for x in xs:
                c.line(x, y, x, y - h)
            y -= h
        c.line(xs[0], y, xs[-1], y)
        return y - 18

    # p. 1 cover
    c.setFont(FONT, 22)
    c.drawCentredString(W / 2, Hh - 250, M["proj"])
    c.drawCentredString(W / 2, Hh - 290, "绩效评价报告")
    c.setFont(FONT, 12)
    y = Hh - 420
    for s in ["报告编号：湘衡诚绩评〔2024〕第017号", "委托单位：衡阳市蒸湘区财政局", f"项目主管部门：{M['dept']}",
              f"项目实施单位：{M['unit']}", f"评价机构：{M['evaluator']}", "报告日期：二〇二四年六月"]:
        c.drawString(170, y, s)
        y -= 28
    y = newpage()
    # p. 2 overview and conclusion with the summary table
    c.setFont(FONT, 15)
    c.drawCentredString(W / 2, y, f"{M['proj']}绩效评价报告")
    y -= 34
    y = text(y, "受衡阳市蒸湘区财政局委托，我公司组成评价组，于2024年4月至5月对蒸湘区2023年城乡医疗救助资金开展了绩效评价。"
                "现将评价情况报告如下。")
    y = text(y - 4, "一、项目基本情况", indent=False, bold=True)
    y = text(y, "城乡医疗救助资金用于资助特困人员、低保对象等困难群众参加城乡居民医疗保险，并对其经基本医疗保险、大病保险报销后"
                "政策范围内的个人自付费用给予救助。")
    y = text(y, f"2023年该项目年初预算{M['ib']:,.2f}万元，年中追加148.00万元，全年预算{M['ab']:,.2f}万元（中央补助"
                f"836.00万元、省级补助252.00万元、区级配套180.00万元），资金全部到位；全年实际支出{M['eb']:,.2f}万元，"
                f"预算执行率{M['rate']:.2f}%。")
    y = text(y - 4, "二、评价结论", indent=False, bold=True)
    y = text(y, "评价组采用“决策、过程、产出、效益”四类指标构建评价指标体系，依据评分标准逐项打分。经评价，该项目综合得分"
                f"{fmt(M['total'])}分，评价等级为“优”。各一级指标得分情况见表1。")
    c.setFont(FONT, 10.5)
    c.drawCentredString(W / 2, y - 6, "表1  综合评分汇总表")
    y -= 14
    rows = [["一级指标", "分值", "得分", "得分率"]]
    for nm, w_, s_ in M["sec"]:
        rows.append([nm, fmt(w_), fmt(s_), f"{pct(s_, w_):.2f}%"])
    rows.append(["合计", "100", fmt(M["total"]), f"{M['total']:.2f}%"])  # PLANT WEIGHTS_VS_FULL_MARK (the sections add to 98)
    y = table(y, [160, 100, 100, 123], rows, size=10)
    y = text(y, "评价等级：" + BANDS.replace("“", "").replace("”", ""), size=9.5)
    y = newpage()
    # pp. 3–5 one table per 二级
    heads = {"决策": "（一）决策指标", "过程": "（二）过程指标", "产出": "（三）产出指标", "效益": "（四）效益指标"}
    chap = {"决策": 2, "过程": 3, "产出": 4, "效益": 5}
    y = text(y, "三、绩效指标分析", indent=False, bold=True)
    ind = M["ind"]
    for nm in M["names"]:
        if nm in ("产出", "效益"):
            y = newpage()
        y = text(y - 4, heads[nm], indent=False, bold=True)
        l2s = []
        for x in ind:
            if x[0] == nm and x[1] not in l2s:
                l2s.append(x[1])
        for k, l2 in enumerate(l2s, 1):
            c.setFont(FONT, 10)
            c.drawCentredString(W / 2, y - 4, f"表{chap[nm]}-{k}  {l2}指标评分明细")
            y -= 12
            rows = [["三级指标", "指标值", "完成值", "分值", "得分", "评分依据及扣分原因"]]
            rows += [[x[2], x[3], x[4], fmt(x[5]), fmt(x[6]), x[7]] for x in ind if x[0] == nm and x[1] == l2]
            y = table(y, [118, 58, 62, 34, 34, 177], rows, size=9, aligns=["l", "c", "c", "c", "c", "l"])
    y = text(y - 4, "四、存在的主要问题", indent=False, bold=True)
    y = text(y, "（一）部分救助对象身份认定依据不充分，动态调整不够及时；（二）防范因病返贫监测预警机制有待完善；"
                "（三）年中追加资金测算依据不足。")
    y = text(y - 4, "五、相关建议", indent=False, bold=True)
    y = text(y, "加强与民政、乡村振兴部门的数据共享，完善救助对象动态管理；健全因病返贫监测预警机制；科学测算救助资金需求。")
    c.setFont(FONT, 10.5)
    c.drawRightString(R, y - 20, M["evaluator"])
    c.drawRightString(R, y - 40, "2024年6月12日")
    footer()
    c.showPage()
    c.save()


ALL.append(h242())


# ============================================================ h243 吉安市吉州区文广新旅局 (HTML saved by Excel: x:num, x:fmla, gb2312)

def h243():
    dept = "吉安市吉州区文化广电新闻出版旅游局"
    ib_b, ib_p = 1086.00, 1274.00
    ab_b, ab_p = 1142.30, 1542.20
    eb_b, eb_p = 1136.84, 1434.44
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)
    assert (ib, ab, eb, rate) == (2360.00, 2684.50, 2571.28, 95.78), (ib, ab, eb, rate)
    rate_p = 97.58  # PLANT EXECUTION_RATE: the 合计 执行率 is a TYPED 0.9758 (“97.58%”, no x:fmla, where the 基本/项目 rates
    # are formulas); 2,571.28 ÷ 2,684.50 = 95.78%. The 预算执行率 row takes 97.58% and scores 9.76 on it (one problem)
    bs_p = r2(rate_p / 10)
    prop = 6 * 96.5 / 98  # stored unrounded (x:num), shown 5.91
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 5, 5, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "明确", 5, 5, ""),
           ("决策", "预算编制", "预算编制科学性", "科学", "基本科学", 5, 4, "年中追加文化惠民演出经费，扣1分"),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate_p:.2f}%", 10, bs_p, ""),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 5, 5, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 5, 4.5, "部分文物保护设备未及时入账，扣0.5分"),
           ("产出", "数量指标", "公益性文化活动场次（场）", "≥360", "384", 8, 8, ""),
           ("产出", "数量指标", "农家书屋出版物补充更新（种）", "≥6000", "6240", 6, 6, ""),
           ("产出", "质量指标", "文物安全巡查覆盖率", "100%", "100%", 6, 6, ""),
           ("产出", "质量指标", "广播电视户户通运行维护率", "≥98%", "96.5%", 6, r2(prop), "部分偏远村组设备老化，按比例计分"),
           ("产出", "时效指标", "公共文化场馆免费开放天数（天）", "≥300", "312", 6, 6, ""),
           ("产出", "成本指标", "文化惠民演出单场成本（万元）", "≤1.5", "1.42", 8, 8, ""),
           ("效益", "社会效益", "旅游接待人次增长率", "≥8%", "11.3%", 6, 6, ""),
           # PLANT RATE_OVER_ZERO_BASE: a growth rate over 2021's 0 个 (the first 智慧导览 points went up in 2022), full marks
           ("效益", "社会效益", "智慧旅游导览点位增长率", "≥20%", "100%（2021年0个）", 5, 5, ""),
           ("效益", "可持续影响", "文物保护长效机制", "健全", "基本健全", 6, 5, "文物保护员队伍待稳定，扣1分"),
           ("效益", "满意度", "群众满意度", "≥90%", "91.6%", 8, 8, "")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)
    assert total == 97.17, total
    total_p = 96.71  # PLANT TOTAL_VS_ROWS: the 合计 得分 is a TYPED 96.71 (no x:fmla); the rows add to 97.17
    g = gold(None, dept, 2022, "COUNTY", "江西省", "SELF_EVALUATION", None, total_p, 100, "优",
             budget(ib, ab, eb, rate_p, ab_b, eb_b, ab_p, eb_p), [], grows(ind))
    meta = dict(dept=dept, ind=ind, total_p=total_p, prop=prop,
                budget=[("合计", ib, ab, eb, rate_p / 100, None),
                        ("其中：基本支出", ib_b, ab_b, eb_b, eb_b / ab_b, "=F6/E6"),
                        ("项目支出", ib_p, ab_p, eb_p, eb_p / ab_p, "=F7/E7")])
    fnd = [F("EXECUTION_RATE", "执行率", f"合计 | {ib:,.2f} | {ab:,.2f} | {eb:,.2f} | {rate_p:.2f}%", f"{rate_p:.2f}%",
             f"{rate:.2f}%", "HIGH", "ERROR",
             f"{eb:,.2f} ÷ {ab:,.2f} = {rate:.2f}%; the 合计 line prints {rate_p:.2f}% (a typed value, where the 基本/项目 "
             f"rates are formulas); the 预算执行率 row takes {rate_p:.2f}% and scores {fmt(bs_p)} (9.58 with the right rate): "
             "one problem"),
           F("TOTAL_VS_ROWS", "合计", f"合计 | 100 | {fmt(total_p)} | 自评等级：优", fmt(total_p), fmt(total), "HIGH", "ERROR",
             f"the sixteen 得分 add to {fmt(total)} (14 + 19.26 + 39.91 + 24); the 合计 prints {fmt(total_p)} (typed, digits "
             "swapped; the 分值 合计 beside it is a SUM formula, 100); 优 either way"),
           F("RATE_OVER_ZERO_BASE", "智慧旅游导览点位增长率", "智慧旅游导览点位增长率 | ≥20% | 100%（2021年0个） | 5 | 5",
             "100%（2021年0个）", "undefined (base 0)", "HIGH", "WARNING",
             "a growth rate over a base of 0 个 (the first points were built in 2022) is undefined, not 100%; the row takes "
             "full marks on it")]
    return {"stem": "h243_jizhou_wenlv", "format": "html", "html": html243(meta), "encoding": "gb2312", "meta": meta,
            "gold": g, "findings": fnd,
            "traps": ["an Excel “Save as Web Page” file (charset gb2312, ProgId Excel.Sheet, Generator Microsoft Excel 15, "
                      "xl… classes with mso-number-format, the `<!--[if gte mso 9]>` workbook XML naming the sheet 自评表, the “从 EXCEL 发布网页” "
                      "comments): the table's cells carry the STORED value in x:num (0.9952…, 5.90816326530612, 2684.5) and "
                      "the DISPLAYED text as content (99.52%, 5.91, 2,684.50): the report prints the displayed text",
                      "x:fmla attributes (=F6/E6, =F7/E7, =SUM(F10:F25)) are formulas, not text; the hidden last row "
                      "`<tr height=0 style='display:none'>` of empty width cells (supportMisalignedColumns) is not a row",
                      "the 备注 cells' “—”, outside gb2312, are written as the numeric reference &#8212; (empty cells as &nbsp;)",
                      f"基本 {pct(eb_b, ab_b):.2f}% and 项目 {pct(eb_p, ab_p):.2f}% right; parts add up in every column; both "
                      "under budget",
                      "广播电视户户通运行维护率 96.5% vs ≥98%: 6 × 96.5 ÷ 98 = 5.908… shown 5.91 (printed proportion rule; the "
                      "stored 5.90816… is not a finding)",
                      "文化惠民演出单场成本 1.42 vs ≤1.5 (a ceiling, met; 万元 in the name, not a budget figure)",
                      "预算编制科学性 −1, 资产管理规范性 −0.5, 文物保护长效机制 −1 with reasons (judgement)"]}


def html243(M):
    sid = "17893"
    cw = [64, 72, 210, 80, 96, 64, 64, 200]  # px
    pt = [w * 3 // 4 for w in cw]
    styles = {"t": "font-size:16.0pt;font-weight:700;text-align:center;", "n": "text-align:left;",
              "h": "font-weight:700;text-align:center;border:.5pt solid windowtext;white-space:normal;",
              "c": "text-align:center;border:.5pt solid windowtext;white-space:normal;",
              "l": "text-align:left;border:.5pt solid windowtext;white-space:normal;",
              "m": 'mso-number-format:"\\#\\,\\#\\#0\\.00";text-align:right;border:.5pt solid windowtext;',
              "p": 'mso-number-format:"0\\.00%";text-align:center;border:.5pt solid windowtext;',
              "d": 'mso-number-format:"0\\.00";text-align:center;border:.5pt solid windowtext;',
              "g": "mso-number-format:General;text-align:center;border:.5pt solid windowtext;"}
    cls = {k: f"xl{65 + i}{sid}" for i, k in enumerate(styles)}
    css = "\n".join(f".{cls[k]}\n\t{{padding-top:1px;padding-right:1px;padding-left:1px;mso-ignore:padding;color:black;"
                    f"font-size:10.0pt;font-family:宋体;mso-font-charset:134;vertical-align:middle;{v}}}"
                    for k, v in styles.items())
    rows = []

    def tr(h, cells):
        out = [f" <tr height={h} style='height:{h * 3 / 4:.1f}pt'>"]
        for cell in cells:
            text, k = cell[0], cell[1]
            opt = cell[2] if len(cell) > 2 else {}
            at = ""
            if opt.get("cs"):
                at += f" colspan={opt['cs']}"
            if opt.get("rs"):
                at += f" rowspan={opt['rs']}"
            at += f" class={cls[k]}"
            if "num" in opt:
                at += f' x:num="{opt["num"]}"'
            if "fmla" in opt:
                at += f' x:fmla="{opt["fmla"]}"'
            out.append(f"  <td{at}>{HT.escape(text, quote=False) if text else '&nbsp;'}</td>")
        out.append(" </tr>")
        rows.append("\n".join(out))

    def num(x):
        return repr(float(x)).rstrip("0").rstrip(".") if isinstance(x, float) else str(x)

    tr(40, [(f"{M['dept']}2022年度部门整体支出绩效自评表", "t", {"cs": 8})])
    tr(24, [(f"部门（单位）名称：{M['dept']}", "n", {"cs": 6}), ("金额单位：万元", "n", {"cs": 2})])
    tr(24, [("一、部门预算执行情况", "n", {"cs": 8})])
    tr(24, [("项目", "h", {"cs": 3}), ("年初预算数", "h"), ("全年预算数", "h"), ("全年执行数", "h"), ("执行率", "h"),
            ("备注", "h")])
    for lab, i_, a_, e_, q, fm in M["budget"]:
        qo = {"num": num(q)}
        if fm:
            qo["fmla"] = fm
        tr(24, [(lab, "l", {"cs": 3}), (f"{i_:,.2f}", "m", {"num": num(i_)}), (f"{a_:,.2f}", "m", {"num": num(a_)}),
                (f"{e_:,.2f}", "m", {"num": num(e_)}), (f"{q * 100:.2f}%", "p", qo), ("—", "c")])
    tr(24, [("二、绩效指标完成情况", "n", {"cs": 8})])
    tr(36, [("一级指标", "h"), ("二级指标", "h"), ("三级指标", "h"), ("年度指标值", "h"), ("实际完成值", "h"), ("分值", "h"),
            ("得分", "h"), ("偏差原因分析及改进措施", "h")])
    ind = M["ind"]
    first = 10  # Excel row of the first indicator (title 1, unit 2, 一 3, head 4, budget 5–7, 二 8, head 9)
    for i, x in enumerate(ind):
        cells = []
        for col in (0, 1):
            if i == 0 or ind[i - 1][:col + 1] != x[:col + 1]:
                span = 1
                while i + span < len(ind) and ind[i + span][:col + 1] == x[:col + 1]:
                    span += 1
                cells.append((x[col], "c", {"rs": span} if span > 1 else {}))
        if x[2] == "预算执行率":
            actual = (x[4], "p", {"num": num(float(x[4].rstrip("%")) / 100)})
        else:
            actual = (x[4], "c")
        score = (fmt(x[6]), "g", {"num": num(x[6])})
        if x[2] == "广播电视户户通运行维护率":
            score = (f"{x[6]:.2f}", "d", {"num": num(M["prop"])})
        cells += [(x[2], "l"), (x[3], "c"), actual, (fmt(x[5]), "g", {"num": num(x[5])}), score, (x[7], "l")]
        tr(36 if len(x[7]) > 14 else 24, cells)
    last = first + len(ind) - 1
    tr(28, [("合计", "h", {"cs": 5}), ("100", "g", {"num": "100", "fmla": f"=SUM(F{first}:F{last})"}),
            (fmt(M["total_p"]), "g", {"num": num(M["total_p"])}), ("自评等级：优", "h")])
    tr(60, [("说明：1.预算执行率得分＝执行率×10，保留两位小数；2.定量指标达到年度指标值的得满分，未达到的按完成比例计分；"
             "3.定性指标根据完成情况酌情扣分并说明理由；4.自评等级：" + BANDS, "n", {"cs": 8})])
    tr(24, [("填表人：刘××　　审核人：曾××　　联系电话：0796-82×××××　　填报日期：2023年4月20日", "n", {"cs": 8})])
    cols = "\n".join(f" <col width={w} style='mso-width-source:userset;width:{p}pt'>" for w, p in zip(cw, pt))
    hidden = "\n".join(f"  <td width={w} style='width:{p}pt'></td>" for w, p in zip(cw, pt))
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="Microsoft Excel 15">
<link rel=File-List href="2022年度部门整体支出绩效自评表.files/filelist.xml">
<!--[if gte mso 9]><xml>
 <x:ExcelWorkbook>
  <x:ExcelWorksheets>
   <x:ExcelWorksheet>
    <x:Name>自评表</x:Name>
    <x:WorksheetOptions>
     <x:FitToPage/>
     <x:Print><x:FitHeight>0</x:FitHeight><x:ValidPrinterInfo/><x:PaperSizeIndex>9</x:PaperSizeIndex></x:Print>
     <x:Selected/>
    </x:WorksheetOptions>
   </x:ExcelWorksheet>
  </x:ExcelWorksheets>
  <x:ActiveSheet>0</x:ActiveSheet>
 </x:ExcelWorkbook>
</xml><![endif]-->
<style id="自评表_{sid}_Styles">
<!--table
\t{{mso-displayed-decimal-separator:"\\.";
\tmso-displayed-thousand-separator:"\\,";}}
{css}
-->
</style>
</head>

<body>
<!--[if !excel]>&nbsp;&nbsp;<![endif]-->
<!--下列信息由 Microsoft Excel 的发布为网页向导生成。-->
<!--如果同一条目从 Excel 中重新发布，则所有位于 DIV 标记之间的信息均将被替换。-->
<!----------------------------->
<!--“从 EXCEL 发布网页”向导开始-->
<!----------------------------->

<div id="自评表_{sid}" align=center x:publishsource="Excel">

<table border=0 cellpadding=0 cellspacing=0 width={sum(cw)} style='border-collapse:
 collapse;table-layout:fixed;width:{sum(pt)}pt'>
{cols}
{chr(10).join(rows)}
 <![if supportMisalignedColumns]>
 <tr height=0 style='display:none'>
{hidden}
 </tr>
 <![endif]>
</table>

</div>


<!----------------------------->
<!--“从 EXCEL 发布网页”向导结束-->
<!----------------------------->
</body>

</html>
"""


ALL.append(h243())


def main(argv):
    round_main(argv, ALL, "37")  # reports22.run: gold, findings and file of each report, LibreOffice profile heldout37


if __name__ == "__main__":
    main(sys.argv[1:])
