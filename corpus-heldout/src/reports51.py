#!/usr/bin/python3
"""Round 51 (h309–h313): layouts and wordings not used before, each with PLANTED audit problems, made apart from the
code by the corpus51 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report
whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports51.py [h309 …]
(needs python-docx, openpyxl and reportlab; the HTML and the text are written as strings:
h309 a provincial department's report on a portal page whose budget table mixes 亿元 and 万元 ROW BY ROW (a 单位
column; 亿元 to four decimals); h310 a 项目 form (DOCX) whose figures carry NOTE MARKERS in their cells (“3.26①”,
“92.4%” + a superscript ②, “120.00*”), the notes under the tables; h311 a plain-text COPY from a PDF viewer in which
every table came out COLUMN BY COLUMN, one cell per line, page by page; h312 an XLSX tree grid whose indicator levels
are only FORMATTING (the name cell's alignment indent 0 / 1 / 2, bold 一级, row outline levels with the summary rows
above), the 一级 and 二级 lines carrying subtotals; h313 a third-party evaluation report (PDF) whose 一级 scores and
得分率 appear only in two vector BAR CHARTS with data labels.)
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


def swap2(x):
    """x printed with its last two digits swapped (the planted transpositions)"""
    s = f"{x:.2f}"
    t = s[:-2] + s[-1] + s[-2]
    assert t != s, s
    return float(t)


def esc(s):
    return htmlmod.escape(s, quote=True)


def no_half(x, what):
    """a product printed to 2 decimals must not sit on a half (x.xx5), where rounding conventions differ"""
    assert abs(x * 100 - round(x * 100) - 0.5) > 1e-6 and abs(x * 100 - round(x * 100) + 0.5) > 1e-6, (what, x)


def mc(x):
    """money with thousands separators"""
    return f"{x:,.2f}"


def yi(wan):
    """万元 (a whole number of 万元) printed in 亿元 to four decimals"""
    assert abs(wan - round(wan)) < 1e-6, wan
    return f"{round(wan) / 10000:.4f}"


# ============================================================ h309 江西省交通运输厅 (HTML, 亿元 and 万元 mixed by row)

def h309():
    dept = "江西省交通运输厅"
    # 基本支出 in 万元; 项目支出 and its larger 其中 lines in 亿元 (whole 万元); the 合计 in 万元
    ib_b, ab_b, eb_b = 37980.60, 38642.35, 38215.78
    ib_p, ab_p, eb_p = 886100.0, 964528.0, 931846.0
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate, rb, rp = pct(eb, ab), pct(eb_b, ab_b), pct(eb_p, ab_p)
    assert (ib, ab, eb, rate, rb, rp) == (924080.60, 1003170.35, 970061.78, 96.70, 98.90, 96.61), \
        (ib, ab, eb, rate, rb, rp)
    # 项目支出 其中 (name, unit, 年初, 全年, 执行 in 万元)
    parts = [("公路建设及养护", "亿元", 765200.0, 823615.0, 795271.0),
             ("水运建设", "亿元", 112800.0, 128760.0, 125431.0),
             ("运输服务与安全监管", "万元", 6180.00, 7412.50, 6928.40),
             ("信息化建设", "万元", 1920.00, 4740.50, 4215.60)]
    for k, tot in ((2, ib_p), (3, ab_p), (4, eb_p)):
        assert r2(sum(x[k] for x in parts)) == tot, (k, sum(x[k] for x in parts))
    water_printed = 124531.0  # PLANT BREAKDOWN_SUM: 水运建设 全年执行数 printed 12.4531亿元 (12.5431 makes the 其中 lines
    # add to 项目支出 93.1846亿元; as printed they add to 93.0946亿元)
    parts_p = [x if x[0] != "水运建设" else x[:4] + (water_printed,) for x in parts]
    parts_sum = r2(sum(x[4] for x in parts_p))
    assert parts_sum == 930946.0
    bs, jz = r2(rate / 10), r2(100 - rate)
    no_half(rate / 10, "预算执行率 score")
    assert (bs, jz) == (9.67, 3.30)
    rate_prose = swap2(rate)  # PLANT FORMULA: 二's worked formula 970,061.78万元 ÷ 1,003,170.35万元 prints 96.07%
    basic_exec_prose = "3.28"  # PLANT SAME_FIGURE_DIFFERS: 二 says 基本支出 执行3.28亿元, the table 38,215.78万元 (3.82亿元)
    assert f"{eb_b / 10000:.2f}" == "3.82"
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 5, 5, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "部分指标未细化", 5, 4.5, "部分效益指标未细化量化"),
           ("决策", "预算配置", "重点支出安排率", "≥80%", "92.6%", 5, 5, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "部分水运项目按合同进度拨付"),
           ("过程", "预算执行", "结转结余率", "≤5%", f"{jz:.2f}%", 5, 5, ""),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 5, 5, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 5, 4.5, "1处服务区闲置房产未及时处置"),
           ("产出", "产出数量", "完成交通固定资产投资", "≥700亿元", "726.4亿元", 6, 6, ""),
           ("产出", "产出数量", "新改建高速公路里程", "≥150公里", "156公里", 6, 6, ""),
           ("产出", "产出数量", "普通国省道路面改造", "≥1200公里", "1200公里", 5, 5, ""),
           ("产出", "产出数量", "农村公路提质改造", "≥3000公里", "2860公里", 6, P(2860, 3000, 6),
            "部分县（市、区）配套资金到位较晚，140公里结转2025年实施"),
           ("产出", "产出质量", "交通建设工程交工验收合格率", "100%", "100%", 6, 6, ""),
           ("产出", "产出时效", "重点项目按期开工率", "≥95%", "96.2%", 6, 6, ""),
           ("效益", "经济效益", "带动社会资本投入", "≥150亿元", "162.8亿元", 5, 5, ""),
           ("效益", "社会效益", "道路运输较大及以上安全事故", "≤1起", "0起", 5, 5, ""),
           ("效益", "社会效益", "建制村通双车道公路比例", "≥55%", "57.3%", 5, 5, ""),
           ("效益", "生态效益", "新增城市公交车中新能源车比例", "≥90%", "93.5%", 5, 5, ""),
           ("效益", "满意度", "社会公众满意度", "≥90%", "92.4%", 5, 5, "")]
    assert len(ind) == 18 and s2(ind, 5) == 100 and P(2860, 3000, 6) == 5.72
    total = s2(ind, 6)
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert total == 98.39 and sec == [("决策", 15, 14.5), ("过程", 25, 24.17), ("产出", 35, 34.72), ("效益", 25, 25)], \
        (total, sec)
    g = gold(None, dept, 2024, "PROVINCIAL", "江西省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), sec, grows(ind))
    formula = f"预算执行率＝全年执行数÷全年预算数×100%＝{mc(eb)}万元÷{mc(ab)}万元×100%＝{rate_prose:.2f}%"
    lines = [("部门支出合计", "万元", ib, ab, eb), ("其中：基本支出", "万元", ib_b, ab_b, eb_b),
             ("　　　项目支出", "亿元", ib_p, ab_p, eb_p)]
    lines += [(("其中：" if k == 0 else "　　　") + n, u, a, b_, e) for k, (n, u, a, b_, e) in enumerate(parts_p)]
    meta = dict(dept=dept, ind=ind, total=total, sec=sec, lines=lines, formula=formula, basic_exec=basic_exec_prose,
                ib=ib, ab=ab, eb=eb, b=(ib_b, ab_b, eb_b), p=(ib_p, ab_p, eb_p))
    water_line = next(x for x in lines if x[0].endswith("水运建设"))
    fnd = [F("BREAKDOWN_SUM", "项目支出 全年执行数",
             f"项目支出 | 亿元 | {yi(ib_p)} | {yi(ab_p)} | {yi(eb_p)} / 其中：公路建设及养护 | 亿元 | … | "
             f"{yi(parts_p[0][4])} / 水运建设 | 亿元 | … | {yi(water_printed)} / 运输服务与安全监管 | 万元 | … | "
             f"{mc(parts_p[2][4])} / 信息化建设 | 万元 | … | {mc(parts_p[3][4])}", f"{yi(eb_p)}亿元",
             f"{yi(parts_sum)}亿元", "HIGH", "ERROR",
             f"附表1's 项目支出 其中 lines are in two units (the 单位 column): in 万元 their 全年执行数 are "
             f"{mc(parts_p[0][4])} + {mc(water_printed)} + {mc(parts_p[2][4])} + {mc(parts_p[3][4])} = "
             f"{mc(parts_sum)}万元 = {yi(parts_sum)}亿元, 900万元 short of the 项目支出 line's {yi(eb_p)}亿元 "
             f"({mc(eb_p)}万元, which with 基本支出 38,215.78万元 makes the 合计 970,061.78万元); 水运建设's "
             f"{yi(water_printed)} looks transposed from {yi(125431.0)} (its own 执行率 {pct(water_printed, 128760.0):.2f}% "
             f"follows the printed figure); the 年初 and 全年 columns add up with the units applied"),
           F("FORMULA", "预算执行率", formula, f"{rate_prose:.2f}%", f"{rate:.2f}%", "HIGH", "ERROR",
             f"{mc(eb)} ÷ {mc(ab)} × 100% = {rate:.2f}%; 二、部门预算及执行情况's worked formula prints "
             f"{rate_prose:.2f}% (digits swapped); 附表1's 合计 line and 附表2's 预算执行率 row print the right "
             f"{rate:.2f}% (and score {fmt(bs)} on it), so gold executionRate is {rate:.2f}"),
           F("SAME_FIGURE_DIFFERS", "基本支出 全年执行数",
             f"全年执行97.01亿元，其中基本支出{basic_exec_prose}亿元、项目支出93.18亿元 / 其中：基本支出 | 万元 | "
             f"{mc(ib_b)} | {mc(ab_b)} | {mc(eb_b)} | {rb:.2f}%", f"{basic_exec_prose}亿元", "3.82亿元", "HIGH",
             "WARNING",
             f"二 gives 基本支出's 全年执行数 as {basic_exec_prose}亿元; 附表1's 基本支出 line (in 万元) gives {mc(eb_b)}万元 "
             f"= 3.82亿元 (digits transposed in the prose); the prose's own parts then fail to add: {basic_exec_prose} + "
             "93.18 = 96.46 against its 97.01亿元, while 3.82 + 93.18 = 97.00 (rounding); the prose's other figures "
             "(92.41, 3.80, 88.61, 100.32, 3.86, 96.45, 97.01, 93.18亿元) are the table's rounded to 亿元 two decimals")]
    return {"stem": "h309_jiangxi_jiaotong", "format": "html", "write": write309, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["附表1 (部门预算执行情况表) mixes units ROW BY ROW: a 单位 column says 万元 or 亿元 for each line — 部门"
                      "支出合计 and 基本支出 in 万元 (two decimals), 项目支出 in 亿元 (four decimals: 96.4528亿元 = "
                      "964,528万元), its 其中 lines 公路建设及养护 / 水运建设 in 亿元 and 运输服务与安全监管 / 信息化建设 in "
                      "万元; the 注 under the table says so (“金额单位见各行‘单位’栏，以亿元列示的金额保留四位小数”); a "
                      "reader adding the printed numbers without the units gets nonsense (38,215.78 + 93.1846); with the units applied: 合计 = 基本 + 项目 in every "
                      "column (924,080.60 = 37,980.60 + 886,100; 1,003,170.35 = 38,642.35 + 964,528; 970,061.78 = "
                      "38,215.78 + 931,846)",
                      f"the 其中 lines add to 项目支出 in the 年初 (76.5200 + 11.2800亿元 + 6,180.00 + 1,920.00万元 = "
                      f"88.6100亿元) and 全年 (82.3615 + 12.8760亿元 + 7,412.50 + 4,740.50万元 = 96.4528亿元) columns; "
                      f"every line's 执行率 is right on its own figures (合计 {rate:.2f}%, 基本 {rb:.2f}%, 项目 {rp:.2f}%, "
                      f"公路 {pct(parts[0][4], parts[0][3]):.2f}%, 水运 {pct(water_printed, 128760.0):.2f}% on the printed "
                      f"figure, 运输服务 {pct(parts[2][4], parts[2][3]):.2f}%, 信息化 {pct(parts[3][4], parts[3][3]):.2f}%); "
                      "all under budget; 年初 < 全年 (追加)",
                      "二's 亿元 figures are the table's rounded to two decimals (924,080.60万元 → 92.41亿元, 100.3170 → "
                      "100.32, 97.0062 → 97.01, 96.4528 → 96.45, 93.1846 → 93.18): rounding, and so is 3.86 + 96.45 = "
                      "100.31 against 100.32 (the parts rounded separately)",
                      f"预算执行率 row {rate:.2f}% × 10 = 9.670 → 9.67; 结转结余率 {jz:.2f}% vs ≤5% (a ceiling, met); 普通国省道"
                      "路面改造 1200公里 vs ≥1200公里 (met exactly); 农村公路提质改造 6 × 2860 ÷ 3000 = 5.72 (proportion rule, "
                      "with a reason); 道路运输较大及以上安全事故 0起 vs ≤1起 (a ceiling, met); 绩效指标明确性 and 资产管理"
                      "规范性 −0.5 with reasons (judgement)",
                      "完成交通固定资产投资 726.4亿元 and 带动社会资本投入 162.8亿元 are outcomes, not budget figures; 四's "
                      "一级 sentence (决策 15 / 14.5, 过程 25 / 24.17, 产出 35 / 34.72, 效益 25 / 25) adds its rows; 合计 "
                      "98.39 = the 18 rows; 优 in 四 and in 附表2"]}


def write309(rep, path):
    M = rep["meta"]
    e = esc
    ib_b, ab_b, eb_b = M["b"]
    ib_p, ab_p, eb_p = M["p"]

    def amount(u, v):
        return yi(v) if u == "亿元" else mc(v)

    t1 = ['<table class="tb" border="1" cellspacing="0" cellpadding="0" width="100%">',
          '<caption>附表1　江西省交通运输厅2024年度部门预算执行情况表</caption>',
          '<tr class="hd"><td width="26%">项　　目</td><td width="8%">单位</td><td width="17%">年初预算数</td>'
          '<td width="17%">全年预算数</td><td width="17%">全年执行数</td><td width="15%">执行率</td></tr>']
    for lab, u, a, b_, x in M["lines"]:
        t1.append(f'<tr><td class="l">{e(lab)}</td><td>{u}</td><td class="r">{amount(u, a)}</td>'
                  f'<td class="r">{amount(u, b_)}</td><td class="r">{amount(u, x)}</td><td>{pct(x, b_):.2f}%</td></tr>')
    t1.append("</table>")
    t1.append('<p class="note">注：金额单位见各行“单位”栏，以亿元列示的金额保留四位小数；执行率＝全年执行数÷全年预算数×100%。</p>')
    ind = M["ind"]
    sp1, sp2 = dict(spans(ind, 0)), dict(spans(ind, 1))
    t2 = ['<table class="tb" border="1" cellspacing="0" cellpadding="0" width="100%">',
          '<caption>附表2　江西省交通运输厅2024年度部门整体支出绩效自评表</caption>',
          '<tr class="hd"><td width="7%">一级指标</td><td width="9%">二级指标</td><td width="20%">三级指标</td>'
          '<td width="11%">年度指标值</td><td width="11%">实际完成值</td><td width="6%">分值</td><td width="6%">得分</td>'
          '<td>偏差原因分析及改进措施</td></tr>']
    for i, x in enumerate(ind):
        cells = ""
        if i in sp1:
            cells += f'<td rowspan="{sp1[i] - i + 1}">{x[0]}</td>'
        if i in sp2:
            cells += f'<td rowspan="{sp2[i] - i + 1}">{x[1]}</td>'
        cells += (f'<td class="l">{e(x[2])}</td><td>{e(x[3])}</td><td>{e(x[4])}</td><td>{fmt(x[5])}</td>'
                  f'<td>{fmt(x[6])}</td><td class="l">{e(x[7])}</td>')
        t2.append(f"<tr>{cells}</tr>")
    t2.append(f'<tr><td colspan="5">合　　计</td><td>100</td><td>{fmt(M["total"])}</td><td></td></tr>')
    t2.append(f'<tr><td colspan="5">自评等级</td><td colspan="3">{grade(M["total"])}</td></tr>')
    t2.append("</table>")
    t2.append(f'<p class="note">{e(RULES.format(fund="预算执行率指标"))}</p>')
    s = M["sec"]

    def yy(v):
        return f"{v / 10000:.2f}"
    paras = [
        "根据《江西省省级部门整体支出绩效评价管理办法》和省财政厅关于开展2024年度绩效自评工作的通知要求，我厅对2024年度部门"
        "整体支出开展了绩效自评，现将自评情况报告如下。",
        "<b>一、部门基本情况</b>",
        "江西省交通运输厅是省政府组成部门，主要负责全省公路、水路交通运输行业规划、建设、管理和运输服务保障工作。2024年度"
        "纳入部门决算编报范围的单位共16个，其中厅机关1个、所属事业单位15个。",
        "<b>二、部门预算及执行情况</b>",
        f"2024年度部门年初预算{yy(M['ib'])}亿元，其中基本支出{yy(ib_b)}亿元、项目支出{yy(ib_p)}亿元；年中追加调整后全年预算"
        f"{yy(M['ab'])}亿元，其中基本支出{yy(ab_b)}亿元、项目支出{yy(ab_p)}亿元。全年执行{yy(M['eb'])}亿元，其中基本支出"
        f"{M['basic_exec']}亿元、项目支出{yy(eb_p)}亿元。{M['formula']}。分项执行情况见附表1。",
        "<b>三、绩效目标完成情况</b>",
        "（一）产出方面。全年完成交通固定资产投资726.4亿元，新改建高速公路156公里，完成普通国省道路面改造1200公里、农村公路"
        "提质改造2860公里，交通建设工程交工验收合格率100%，重点项目按期开工率96.2%。",
        "（二）效益方面。带动社会资本投入162.8亿元，全年未发生道路运输较大及以上安全事故，建制村通双车道公路比例达到57.3%，"
        "新增城市公交车中新能源车比例93.5%，社会公众满意度92.4%。",
        "<b>四、自评结论</b>",
        f"经自评，我厅2024年度部门整体支出绩效自评得分{fmt(M['total'])}分，自评等级为“{grade(M['total'])}”。其中决策指标"
        f"{fmt(s[0][1])}分，得{fmt(s[0][2])}分；过程指标{fmt(s[1][1])}分，得{fmt(s[1][2])}分；产出指标{fmt(s[2][1])}分，得"
        f"{fmt(s[2][2])}分；效益指标{fmt(s[3][1])}分，得{fmt(s[3][2])}分。具体见附表2。",
        "<b>五、存在的问题及改进措施</b>",
        "一是部分效益指标设置不够细化，下一步将完善指标体系；二是个别项目受地方配套资金到位时间影响，执行进度偏慢，下一步将"
        "加强项目前期工作和调度督导；三是部分闲置资产处置不及时，将按规定加快处置。"]
    body = "\n".join(f"<p>{x}</p>" if x.startswith("<b>") else f'<p class="t">{e(x)}</p>' for x in paras)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="江西省交通运输厅">
<meta name="ArticleTitle" content="江西省交通运输厅2024年度部门整体支出绩效自评报告">
<meta name="PubDate" content="2025-05-16 10:20">
<meta name="ContentSource" content="厅财务审计处">
<title>江西省交通运输厅2024年度部门整体支出绩效自评报告_财政资金_江西省交通运输厅</title>
<style>
body{{margin:0;font-family:"Microsoft YaHei",SimSun,sans-serif;background:#f5f5f5;color:#222}}
.top{{background:#0b4f9c;color:#fff;padding:14px 0;text-align:center;font-size:24px;letter-spacing:2px}}
.nav{{background:#0a3f7d;text-align:center}}.nav a{{color:#fff;display:inline-block;padding:8px 16px;text-decoration:none}}
.main{{width:1000px;margin:14px auto;background:#fff;padding:24px 40px}}
.crumb{{font-size:13px;color:#666;border-bottom:1px solid #ddd;padding-bottom:8px}}
h1{{font-size:22px;text-align:center;margin:20px 0 10px}}
.info{{text-align:center;font-size:13px;color:#888;border-bottom:1px dashed #ccc;padding-bottom:10px}}
.content p.t{{text-indent:2em;line-height:2;font-size:16px;margin:4px 0}}
.content p{{line-height:2;font-size:16px;margin:4px 0}}
table.tb{{border-collapse:collapse;margin:12px 0;font-size:13px}}
table.tb td{{border:1px solid #333;padding:4px 3px;text-align:center}}
table.tb td.l{{text-align:left}}table.tb td.r{{text-align:right}}
table.tb tr.hd td{{font-weight:bold;background:#eef3f9}}
table.tb caption{{font-weight:bold;font-size:15px;padding:6px}}
p.note{{font-size:13px;color:#333;line-height:1.7}}
.foot{{text-align:center;color:#888;font-size:12px;padding:16px}}
</style>
</head>
<body>
<div class="top">江西省交通运输厅</div>
<div class="nav"><a href="/index.html">首页</a><a href="/col/col22740/index.html">政务公开</a>
<a href="/col/col22762/index.html">财政资金</a><a href="/col/col22781/index.html">政务服务</a></div>
<div class="main">
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 财政资金 &gt; 绩效评价</div>
<h1>江西省交通运输厅2024年度部门整体支出绩效自评报告</h1>
<div class="info">发布时间：2025-05-16　来源：厅财务审计处　字号：[大 中 小]</div>
<div class="content">
{body}
{"".join(t1)}
{"".join(t2)}
<p style="text-align:right">江西省交通运输厅</p>
<p style="text-align:right">2025年5月12日</p>
</div>
</div>
<div class="foot">主办单位：江西省交通运输厅　承办：江西省交通运输厅办公室</div>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(page)


ALL.append(h309())


# ============================================================ h310 梅州市农业农村局 (DOCX, note markers on figures in cells)

def h310():
    dept, unit = "梅州市农业农村局", "梅州市农业技术推广中心"
    project = "2024年梅州市金柚产业提质增效项目"
    # 资金 lines (name, 年初, 全年, 执行, 全年 as printed, 执行 as printed)
    src = [("当年财政拨款", 1800.00, 1800.00, 1712.36, "1,800.00", "1,712.36"),
           ("上年结转资金", 0.00, 120.00, 108.50, "120.00*", "108.50**"),
           ("其他资金", 0.00, 0.00, 0.00, "0.00", "0.00")]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    rates = [pct(x[3], x[2]) if x[2] else None for x in src]
    assert (ia, aa, ea, rate, rates) == (1800.00, 1920.00, 1820.86, 94.84, [95.13, 90.42, None]), (ia, aa, ea, rate,
                                                                                                 rates)
    no_half(rate / 10, "fund score")
    fs_right = r2(rate / 10)
    fs = r2(rates[0] / 10)  # PLANT BUDGET_ROW_SCORE: 年度资金总额 scores 9.51 = 当年财政拨款's 95.13% × 10; its own
    # 94.84% × 10 = 9.48
    assert (fs, fs_right) == (9.51, 9.48)
    fruit_rule = 6 - (85 - 83) * 1
    fruit_printed = 5  # PLANT RULE_SCORE: 金柚商品果率 83% against ≥85%, note ③'s rule 每低1个百分点扣1分 gives 6 − 2 = 4
    # note ⑤'s bands overlap: 95%（含）以上 10分 and 90%（含）—96% 8分 (95–96 in both)
    sat_rule = "⑤果农满意度评分细则：满意度95%（含）以上得10分，90%（含）—96%得8分，90%以下不得分。"  # PLANT MALFORMED_RULE
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因, marker on the 完成值, marker as superscript)
    ind = [("产出指标", "数量指标", "建设金柚标准化示范基地（万亩）", "≥3", "3.26", 8, 8, "", "①", False),
           ("产出指标", "数量指标", "推广绿色防控技术面积（万亩）", "≥20", "21.5", 7, 7, "", "", False),
           ("产出指标", "数量指标", "开展果农技术培训（人次）", "≥5000", "5360", 5, 5, "", "", False),
           ("产出指标", "数量指标", "新建金柚冷链仓储库容（吨）", "≥2000", "1850", 6, P(1850, 2000, 6),
            "1座冷库因用地调整延至2025年3月建成", "", False),
           ("产出指标", "质量指标", "绿色防控技术覆盖率", "≥90%", "92.4%", 6, 6, "", "②", True),
           ("产出指标", "质量指标", "金柚商品果率", "≥85%", "83%", 6, fruit_printed,
            "7月持续高温干旱，部分果园裂果、日灼果增加", "③", False),
           ("产出指标", "时效指标", "项目资金拨付及时率", "100%", "100%", 6, 6, "", "", False),
           ("产出指标", "成本指标", "示范基地亩均补助标准（元/亩）", "≤300", "296", 6, 6, "", "", False),
           ("效益指标", "经济效益", "示范基地亩均增收（元）", "≥800", "856", 8, 8, "", "", False),
           ("效益指标", "经济效益", "金柚出口量（万吨）", "≥10", "10.6", 7, 7, "", "④", False),
           ("效益指标", "社会效益", "带动农户增收（户）", "≥12000", "12480", 7, 7, "", "", False),
           ("效益指标", "可持续影响", "金柚产业技术服务长效机制", "健全", "基本健全", 8, 7, "镇级技术服务站人员配备不足",
            "", False),
           ("满意度指标", "服务对象满意度", "果农满意度", "≥90%", "96.8%", 10, 10, "", "⑤", False)]
    assert len(ind) == 13 and s2(ind, 5) == 90 and P(1850, 2000, 6) == 5.55 and fruit_rule == 4
    assert round(21.5 / 23.27 * 100, 1) == 92.4
    total = r2(fs + s2(ind, 6))
    assert total == 97.06, total
    fund = (None, None, "年度资金总额", None, f"{rate:.2f}%", 10, fs, "")
    g = with_project(gold(None, dept, 2024, "PREFECTURAL", "广东省", "SELF_EVALUATION", None, total, 100, grade(total),
                          budget(ia, aa, ea, rate), [], grows([fund] + [x[:8] for x in ind])), project, unit)
    notes_fund = ["注：*上年结转资金为2023年度省级乡村振兴（金柚产业）资金结余，经市财政局批复于2024年4月调入本项目。",
                  "**为截至2024年12月31日实际支付数，另有已签订合同、待验收后支付的质保金11.50万元。"]
    notes_ind = ["注：①示范基地面积以市农业农村局组织的2024年度验收汇总数为准，含平远县补建的0.12万亩。",
                 "②覆盖率＝绿色防控技术推广面积÷全市金柚种植面积＝21.5万亩÷23.27万亩。",
                 "③金柚商品果率评分细则：达到年度指标值得满分，每低于年度指标值1个百分点扣1分，扣完为止。",
                 "④出口量数据来源：梅州海关2024年度金柚出口统计。", sat_rule]
    goals_t = ("建设金柚标准化示范基地3万亩以上，推广绿色防控技术20万亩以上，培训果农5000人次以上，新建冷链仓储库容2000吨；"
               "金柚商品果率85%以上，示范基地亩均增收800元以上，金柚出口量10万吨以上，带动农户12000户增收。")
    goals_a = ("建成标准化示范基地3.26万亩，推广绿色防控技术21.5万亩，培训果农5360人次，新建冷链仓储库容1850吨；"
               "商品果率83%，示范基地亩均增收856元，出口金柚10.6万吨，带动12480户农户增收。")
    meta = dict(dept=dept, unit=unit, project=project, src=src, rates=rates, ia=ia, aa=aa, ea=ea, rate=rate, fs=fs,
                ind=ind, total=total, notes_fund=notes_fund, notes_ind=notes_ind, goals_t=goals_t, goals_a=goals_a)
    fnd = [F("BUDGET_ROW_SCORE", "年度资金总额",
             f"年度资金总额 | {mc(ia)} | {mc(aa)} | {mc(ea)} | 10 | {rate:.2f}% | {fmt(fs)}", fmt(fs), fmt(fs_right),
             "HIGH", "ERROR",
             f"the 说明 makes the 年度资金总额 line's score 执行率 × 分值: {rate:.2f}% × 10 = {fmt(fs_right)}; it prints "
             f"{fmt(fs)}, which is the 其中 当年财政拨款 line's {rates[0]:.2f}% × 10 (the 上年结转资金 brought in by the "
             f"note * was left out of the score, not of the rate); 总分 would be {fmt(r2(total - fs + fs_right))}"),
           F("RULE_SCORE", "金柚商品果率",
             f"金柚商品果率 | ≥85% | 83%③ | 6 | {fruit_printed} / ③金柚商品果率评分细则：达到年度指标值得满分，每低于年度指标值"
             "1个百分点扣1分，扣完为止。", str(fruit_printed), str(fruit_rule), "HIGH", "ERROR",
             f"note ③ under the table (its marker is on the row's 实际完成值) gives the row's own rule: 83% is 2 points "
             f"below 85%, 6 − 2 × 1 = {fruit_rule}; the row scores {fruit_printed}; the 说明's general proportion rule "
             "(6 × 83 ÷ 85 = 5.86) gives way to a 细则 in the notes (说明 2), and 5 follows neither"),
           F("MALFORMED_RULE", "果农满意度", f"果农满意度 | ≥90% | 96.8%⑤ | 10 | 10 / {sat_rule}",
             "95%（含）以上得10分，90%（含）—96%得8分",
             "overlapping bands: a rate from 95% to just under 96% is in both (10 or 8)", "HIGH", "WARNING",
             "note ⑤'s bands overlap: 95%（含）以上 scores 10 and 90%（含）—96% scores 8, so 95.0%–95.9% has two scores "
             "(meant 90%（含）—95%); the row's 96.8% lies only in the top band, so its 10 is unaffected")]
    return {"stem": "h310_meizhou_nongye", "format": "docx", "write": write310, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["figures carry NOTE MARKERS in their cells, the notes printed under the tables: circled numbers in "
                      "the same run as the figure (“3.26①”, “83%③”, “10.6④”, “96.8%⑤”), one set as a SUPERSCRIPT run "
                      "after the figure (“92.4%” + superscript “②”: read without formatting, “92.4%②”), asterisks on the "
                      "fund lines (“120.00*”, “108.50**”); the markers are not part of the figures (3.26, 92.4%, 120.00, "
                      "108.50); the notes under the fund table (*, **) and under the indicator table (①–⑤) are not rows",
                      "note ② 21.5 ÷ 23.27 = 92.39% → 92.4% (rounding); note ① the 0.12万亩 is inside the 3.26; note ** "
                      "the 质保金 11.50万元 is not spent money (108.50 + 11.50 = 120.00, the 结转 line's budget); note ④ "
                      "a data source",
                      f"资金: 其中 lines add up (1,800.00 + 0.00 + 0.00 = 1,800.00; 1,800.00 + 120.00 + 0.00 = 1,920.00; "
                      f"1,712.36 + 108.50 + 0.00 = 1,820.86); 执行率 {rate:.2f}%, 95.13% and 90.42% right; 其他资金 0.00 "
                      "with 执行率 —; 年初 < 全年 (结转 brought in)",
                      "新建金柚冷链仓储库容 6 × 1850 ÷ 2000 = 5.55 (proportion rule, with a reason); 示范基地亩均补助标准 "
                      "296 vs ≤300 (a ceiling, met; 元/亩, not a budget figure); 金柚产业技术服务长效机制 −1 with a reason "
                      "(judgement); 果农满意度 96.8% → 10 under either reading of note ⑤",
                      f"总分 {fmt(total)} = {fmt(fs)} + the 13 rows (as printed); 优; the 实际完成情况 figures (3.26, 21.5, "
                      "5360, 1850, 83%, 856, 10.6, 12480) agree with the rows"]}


def docx_run(p, text, size=9, bold=False, sup=False):
    from docx.shared import Pt
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    if sup:
        r.font.superscript = True
    return r


def write310(rep, path):
    from docx.enum.table import WD_ALIGN_VERTICAL
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    from reports34 import new_doc, para
    from reports36_common import grid
    M = rep["meta"]
    doc = new_doc()

    def put(cell, parts, align="c", size=9, bold=False):
        """parts: text or [(text, superscript)]"""
        cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
        p = cell.paragraphs[0]
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT,
                       "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
        for text, sup in ([(parts, False)] if isinstance(parts, str) else parts):
            docx_run(p, text, size, bold, sup)

    para(doc, "项目支出绩效自评表", bold=True, size=16, center=True)
    para(doc, "（2024年度）", size=11, center=True, after=4)
    para(doc, f"填报单位（盖章）：{M['dept']}　　　　　　　　　　　　金额单位：万元", size=10, after=2)
    t = grid(doc, 9, [22, 34, 20, 20, 20, 14, 18, 22])
    t.cell(0, 1).merge(t.cell(0, 7))
    put(t.cell(0, 0), "项目名称", bold=True)
    put(t.cell(0, 1), M["project"], "l")
    t.cell(1, 1).merge(t.cell(1, 3))
    t.cell(1, 4).merge(t.cell(1, 5))
    t.cell(1, 6).merge(t.cell(1, 7))
    put(t.cell(1, 0), "主管部门", bold=True)
    put(t.cell(1, 1), M["dept"], "l")
    put(t.cell(1, 4), "实施单位", bold=True)
    put(t.cell(1, 6), M["unit"], "l")
    t.cell(2, 0).merge(t.cell(6, 0))
    put(t.cell(2, 0), "项目资金（万元）", bold=True)
    for k, h in enumerate(["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
        put(t.cell(2, 2 + k), h, bold=True)
    put(t.cell(3, 1), "年度资金总额", "l")
    for k, (v, al) in enumerate([(mc(M["ia"]), "r"), (mc(M["aa"]), "r"), (mc(M["ea"]), "r"), ("10", "c"),
                                 (f"{M['rate']:.2f}%", "c"), (fmt(M["fs"]), "c")]):
        put(t.cell(3, 2 + k), v, al)
    for i, ((lab, a, b_, e_, bp, ep), q) in enumerate(zip(M["src"], M["rates"])):
        r = 4 + i
        put(t.cell(r, 1), ("其中：" if i == 0 else "　　　") + lab, "l")
        for k, (v, al) in enumerate([(mc(a), "r"), (bp, "r"), (ep, "r"), ("—", "c"),
                                     (f"{q:.2f}%" if q is not None else "—", "c"), ("—", "c")]):
            put(t.cell(r, 2 + k), v, al)
    t.cell(7, 0).merge(t.cell(8, 0))
    put(t.cell(7, 0), "年度总体目标", bold=True)
    t.cell(7, 1).merge(t.cell(7, 3))
    t.cell(7, 4).merge(t.cell(7, 7))
    t.cell(8, 1).merge(t.cell(8, 3))
    t.cell(8, 4).merge(t.cell(8, 7))
    put(t.cell(7, 1), "预期目标", bold=True)
    put(t.cell(7, 4), "实际完成情况", bold=True)
    put(t.cell(8, 1), M["goals_t"], "l")
    put(t.cell(8, 4), M["goals_a"], "l")
    for ln in M["notes_fund"]:
        para(doc, ln, size=9)
    para(doc, "", size=6)
    ind = M["ind"]
    n = len(ind)
    t2 = grid(doc, n + 2, [10, 14, 16, 31, 18, 19, 11, 15, 36])
    for k, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                           "偏差原因分析及改进措施"]):
        put(t2.cell(0, 1 + k), h, bold=True)
    t2.cell(0, 0).merge(t2.cell(n, 0))
    put(t2.cell(0, 0), "绩效指标", bold=True)
    for a, b in spans(ind, 0):
        if b > a:
            t2.cell(a + 1, 1).merge(t2.cell(b + 1, 1))
        put(t2.cell(a + 1, 1), ind[a][0])
    for a, b in spans(ind, 1):
        if b > a:
            t2.cell(a + 1, 2).merge(t2.cell(b + 1, 2))
        put(t2.cell(a + 1, 2), ind[a][1])
    for i, x in enumerate(ind, 1):
        put(t2.cell(i, 3), x[2], "l")
        put(t2.cell(i, 4), x[3])
        put(t2.cell(i, 5), [(x[4], False)] + ([(x[8], x[9])] if x[8] else []))
        put(t2.cell(i, 6), fmt(x[5]))
        put(t2.cell(i, 7), fmt(x[6]))
        put(t2.cell(i, 8), x[7], "l")
    t2.cell(n + 1, 0).merge(t2.cell(n + 1, 5))
    put(t2.cell(n + 1, 0), "总分", bold=True)
    put(t2.cell(n + 1, 6), "100", bold=True)
    put(t2.cell(n + 1, 7), fmt(M["total"]), bold=True)
    put(t2.cell(n + 1, 8), f"自评等级：{grade(M['total'])}", bold=True)
    for ln in M["notes_ind"]:
        para(doc, ln, size=9)
    para(doc, RULES.format(fund="年度资金总额").replace("计分；3.", "计分，注中列有评分细则的按细则计分；3."), size=9)
    para(doc, "填报人：李志强　　联系电话：0753-2183156　　填报日期：2025年3月28日", size=10)
    doc.save(path)
    H.A.normalize_zip(path)


ALL.append(h310())


# ============================================================ h311 达州市通川区民政局 (TXT copied from a PDF viewer, by column)

def hard_wrap(text, n):
    """a paragraph as a PDF viewer's copy gives it: cut at the page's line ends (a line about n 10.5-pt characters
    wide; reports32.wrap's Chinese line breaking: figures kept whole, no closing punctuation at a line's start)"""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reports32 import wrap, FONT
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    return wrap(text, n * 10.5, 10.5)


def h311():
    dept = "达州市通川区民政局"
    ib_b, ab_b, eb_b = 642.80, 668.15, 661.27
    ib_p, ab_p, eb_p = 643.60, 800.60, 741.04
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate, rb, rp = pct(eb, ab), pct(eb_b, ab_b), pct(eb_p, ab_p)
    assert (ib, ab, eb, rate, rb, rp) == (1286.40, 1468.75, 1402.31, 95.48, 98.97, 92.56), (ib, ab, eb, rate, rb, rp)
    bs, jz = r2(rate / 10), r2(100 - rate)
    no_half(rate / 10, "预算执行率 score")
    assert (bs, jz) == (9.55, 4.52)
    beds_score = 5  # PLANT TARGET_MISSED_FULL_MARKS: 特困人员供养床位 560 against ≥600, the full 5 and 偏差原因 “无”
    std_weight = 3  # PLANT WEIGHTS_VS_FULL_MARK: 城市低保标准 carries 分值 3 (the other 产出 rows 5): the rows' 分值 add
    # to 98, the 合计 prints 100
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 4, 4, "无"),
           ("决策", "目标设定", "绩效指标明确性", "明确", "个别指标未量化", 4, 3.5, "2项效益指标未细化量化"),
           ("决策", "预算配置", "在职人员控制率", "≤100%", "97.2%", 4, 4, "无"),
           ("决策", "预算配置", "“三公”经费变动率", "≤0", "-4.6%", 3, 3, "无"),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "部分养老服务项目按进度付款"),
           ("过程", "预算执行", "结转结余率", "≤5%", f"{jz:.2f}%", 4, 4, "无"),
           ("过程", "预算管理", "资金使用合规性", "合规", "合规", 4, 4, "无"),
           ("过程", "预算管理", "政府采购执行率", "100%", "100%", 3, 3, "无"),
           ("过程", "资产管理", "资产管理规范性", "规范", "规范", 4, 4, "无"),
           ("产出", "产出数量", "城乡低保保障人数（人）", "≥8500", "8626", 5, 5, "无"),
           ("产出", "产出数量", "特困人员供养床位（张）", "≥600", "560", 5, beds_score, "无"),
           ("产出", "产出数量", "临时救助（人次）", "≥1200", "1318", 5, 5, "无"),
           ("产出", "产出质量", "低保金社会化发放率", "100%", "100%", 5, 5, "无"),
           ("产出", "产出质量", "养老机构服务质量达标率", "≥90%", "93.5%", 5, 5, "无"),
           ("产出", "产出时效", "救助资金发放及时率", "100%", "100%", 5, 5, "无"),
           ("产出", "产出成本", "城市低保标准（元/月）", "≥780", "780", std_weight, 3, "无"),
           ("效益", "社会效益", "困难群众救助覆盖率", "100%", "100%", 6, 6, "无"),
           ("效益", "社会效益", "社区养老服务覆盖率", "≥80%", "78.4%", 6, P(78.4, 80, 6), "2个新建小区养老服务站未投用"),
           ("效益", "可持续影响", "社会救助长效机制", "健全", "健全", 6, 6, "无"),
           ("效益", "满意度", "服务对象满意度", "≥90%", "94.2%", 7, 7, "无")]
    assert len(ind) == 20 and s2(ind, 5) == 98 and P(78.4, 80, 6) == 5.88 and P(560, 600, 5) == 4.67
    rows_total = s2(ind, 6)
    total = swap2(rows_total)  # PLANT TOTAL_VS_ROWS: the 合计 得分 prints 96.39, the 20 rows add to 96.93
    assert (rows_total, total) == (96.93, 96.39), (rows_total, total)
    g = gold(None, dept, 2024, "COUNTY", "四川省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), [], grows(ind))
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    L = [f"{dept}2024年度部门整体支出绩效自评表", f"填报单位（盖章）：{dept}", "金额单位：万元", "一、部门预算执行情况"]
    bud = [("合计", ib, ab, eb, rate), ("其中：基本支出", ib_b, ab_b, eb_b, rb), ("项目支出", ib_p, ab_p, eb_p, rp)]
    for k, h in enumerate(["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"]):
        L.append(h)
        L += [x[0] if k == 0 else (f"{x[4]:.2f}%" if k == 4 else mc(x[k])) for x in bud]
    L.append("二、年度总体目标完成情况")
    L += hard_wrap("2024年，我局保障城乡低保对象8626人，实施临时救助1318人次，低保金全部实行社会化发放，救助资金发放及时率"
                   "100%；特困人员供养床位达到560张；社区养老服务覆盖率78.4%，困难群众救助覆盖率100%，服务对象满意度94.2%。",
                   38)
    L.append("三、绩效指标完成情况")

    def page_block(rows, last):
        out = []
        for k, h in enumerate(head):
            out.append(h)
            out += [fmt(x[k]) if k in (5, 6) else x[k] for x in rows]
            if last and k == 0:
                out.append("合计")
            if last and k == 5:
                out.append("100")
            if last and k == 6:
                out.append(fmt(total))
        return out
    L += page_block(ind[:9], False)
    L += ["", "第 1 页 共 2 页", ""]
    L += page_block(ind[9:], True)
    L.append(f"自评等级：{grade(total)}")
    L += hard_wrap(RULES.format(fund="预算执行率指标"), 40)
    L.append("填报人：王晓梅　　审核人：陈国华　　填报日期：2025年4月16日")
    L += ["", "第 2 页 共 2 页"]
    text = "\n".join(L) + "\n"
    meta = dict(dept=dept)
    fnd = [F("TOTAL_VS_ROWS", "合计", f"合计 | 100 | {fmt(total)}", fmt(total), fmt(rows_total), "HIGH", "ERROR",
             f"the 20 rows' 得分 (the 得分 column of both pages, copied one per line) add to 14.5 + {fmt(r2(bs + 19))} + 33 "
             f"+ 24.88 = {fmt(rows_total)}; the 合计 row prints {fmt(total)} (digits swapped); 优 either way"),
           F("WEIGHTS_VS_FULL_MARK", "合计", "合计 | 100 | … / 城市低保标准（元/月） | ≥780 | 780 | 3 | 3", "100", "98",
             "HIGH", "ERROR",
             "the 20 rows' 分值 add to 15 + 25 + 33 + 25 = 98, the 合计 row prints 100; 产出 is the short 一级 (its six "
             "other rows carry 5 each, 城市低保标准 3; 35 is the usual 产出 weight), but the report cannot say which row "
             "lost the 2 points; independent of the TOTAL_VS_ROWS (the rows' 得分 add to 96.93, inside 98)"),
           F("TARGET_MISSED_FULL_MARKS", "特困人员供养床位（张）", f"特困人员供养床位（张） | ≥600 | 560 | 5 | {beds_score} | 无",
             str(beds_score), "< 5", "HIGH", "WARNING",
             f"560 beds against a target of ≥600, yet the row keeps its full 5 and its 偏差原因 says 无; by the 说明's "
             f"proportion rule 5 × 560 ÷ 600 = {fmt(P(560, 600, 5))} (the rule the form applies to 社区养老服务覆盖率: "
             "6 × 78.4 ÷ 80 = 5.88); 二's paragraph also says 560张")]
    return {"stem": "h311_tongchuan_minzheng", "format": "txt", "text": text, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the text is a COPY from a PDF viewer of a two-page form whose tables came out COLUMN BY COLUMN, one "
                      "cell per line: the budget table's 项目 column (项目, 合计, 其中：基本支出, 项目支出), then its 年初预算数 "
                      "column, and so on; the indicator table page by page — page 1's 一级指标 column (its header and "
                      "nine cells), then its 二级指标 column … to 偏差原因分析及改进措施, the footer “第 1 页 共 2 页”, then "
                      "page 2's columns (header repeated, eleven cells each; the 合计 row's label at the foot of the 一级 "
                      "column, its 100 and total at the foot of 分值 and 得分); a row is the k-th line of every column "
                      "block; 一级 / 二级 are printed on every row (no merged cells) and every 偏差原因 cell holds text "
                      "(“无”), so every block has its page's number of lines",
                      "the 年度总体目标 paragraph and the 说明 are hard-wrapped at the page's line ends (a line break "
                      "there is not a new line of content)",
                      f"budget: parts add up (年初 642.80 + 643.60 = 1,286.40; 全年 668.15 + 800.60 = 1,468.75; 执行 661.27 "
                      f"+ 741.04 = 1,402.31); {rate:.2f}%, {rb:.2f}% and {rp:.2f}% right; all under budget; 年初 < 全年 "
                      f"(追加); 预算执行率 row {rate:.2f}% × 10 = 9.548 → 9.55; 结转结余率 {jz:.2f}% vs ≤5% (a ceiling, met)",
                      "在职人员控制率 97.2% vs ≤100%; “三公”经费变动率 -4.6% vs ≤0; 城市低保标准 780 vs ≥780 (met exactly; "
                      "元/月, not a budget figure); 社区养老服务覆盖率 6 × 78.4 ÷ 80 = 5.88 (proportion rule, with a "
                      "reason); 绩效指标明确性 −0.5 with a reason (judgement); 优 on either total"]}


ALL.append(h311())


# ============================================================ h312 张家口市崇礼区文化广电和旅游局 (XLSX, levels by indent)

def h312():
    dept = "张家口市崇礼区文化广电和旅游局"
    ib_b, ab_b, eb_b = 1126.50, 1158.24, 1149.63
    ib_p, ab_p, eb_p = 1719.80, 2354.40, 2248.44
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate, rb, rp = pct(eb, ab), pct(eb_b, ab_b), pct(eb_p, ab_p)
    assert (ib, ab, eb, rate, rb, rp) == (2846.30, 3512.64, 3398.07, 96.74, 99.26, 95.50), (ib, ab, eb, rate, rb, rp)
    bs, jz = r2(rate / 10), r2(100 - rate)
    no_half(rate / 10, "预算执行率 score")
    assert (bs, jz) == (9.67, 3.26)
    scenic = 6.5  # PLANT ROW_SCORE_OVER_WEIGHT: A级景区服务质量达标率 scores 6.5 of its 分值 6 (its 二级 产出质量 still
    # reads 11.78 of 12 because 文物安全巡查覆盖率 lost 0.72)
    venue_reason = "云顶场馆群游客服务中心改造主体已完工，消防验收未通过，尚未投入使用"  # PLANT NARRATIVE_NOT_DONE_FULL_MARKS
    # (the row's own 偏差原因 says the work is not in use; 完成率 100% and the full 6)
    inbound = ("入境滑雪游客增长率", "≥20%", "100%", 6, 6, "2023年无入境滑雪旅游团组，2024年接待入境滑雪游客2360人次")
    # PLANT RATE_OVER_ZERO_BASE: a growth rate over a zero base (2023: none) printed 100%, scored full
    tree = [("决策", [("目标设定", [("绩效目标合理性", "合理", "合理", 4, 4, ""),
                                 ("绩效指标明确性", "明确", "个别指标未量化", 4, 3.5, "2项效益指标未细化量化")]),
                    ("预算配置", [("在职人员控制率", "≤100%", "96.8%", 4, 4, ""),
                                 ("“三公”经费变动率", "≤0", "-6.2%", 3, 3, "")])]),
            ("过程", [("预算执行", [("预算执行率", "100%", f"{rate:.2f}%", 10, bs, "部分冰雪赛事补助按结算进度支付"),
                                 ("结转结余率", "≤5%", f"{jz:.2f}%", 4, 4, "")]),
                    ("预算管理", [("资金使用合规性", "合规", "合规", 3, 3, ""), ("政府采购执行率", "100%", "100%", 3, 3, "")]),
                    ("资产管理", [("资产管理规范性", "规范", "1处固定资产未及时入账", 5, 4.5, "已于2025年1月补登入账")])]),
            ("产出", [("产出数量", [("举办冰雪赛事活动（场次）", "≥40", "46", 6, 6, ""),
                                 ("开展“文化惠民”演出（场）", "≥120", "128", 5, 5, ""),
                                 ("新增旅游公共服务设施（处）", "≥15", "15", 6, 6, "")]),
                    ("产出质量", [("文物安全巡查覆盖率", "100%", "88%", 6, P(88, 100, 6), "3处田野文物点冬季巡查频次不足"),
                                 ("A级景区服务质量达标率", "≥95%", "98.2%", 6, scenic, "全区A级景区均达标，较上年提高2.1个百分点")]),
                    ("产出时效", [("冬奥场馆赛后利用改造按期完成率", "100%", "100%", 6, 6, venue_reason)])]),
            ("效益", [("社会效益", [("接待游客（万人次）", "≥800", "862.5", 6, 6, ""), inbound]),
                    ("经济效益", [("旅游综合收入（亿元）", "≥90", "94.6", 5, 5, "")]),
                    ("满意度", [("游客满意度", "≥90%", "93.1%", 8, 8, "")])])]
    ind = [(l1, l2) + x for l1, g2 in tree for l2, g3 in g2 for x in g3]
    assert len(ind) == 19 and s2(ind, 5) == 100 and P(88, 100, 6) == 5.28
    total = s2(ind, 6)
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert total == 98.45 and sec == [("决策", 15, 14.5), ("过程", 25, 24.17), ("产出", 35, 34.78), ("效益", 25, 25)], \
        (total, sec)
    sub2 = {(x[0], x[1]): (s2([y for y in ind if y[:2] == x[:2]], 5), s2([y for y in ind if y[:2] == x[:2]], 6))
            for x in ind}
    assert sub2[("产出", "产出质量")] == (12, 11.78)
    g = gold(None, dept, 2024, "COUNTY", "河北省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ib, ab, eb, rate, ab_b, eb_b, ab_p, eb_p), sec, grows(ind))
    meta = dict(dept=dept, tree=tree, sec=dict((n, (w, s_)) for n, w, s_ in sec), sub2=sub2, total=total,
                bud=[("合计", ib, ab, eb), ("其中：基本支出", ib_b, ab_b, eb_b), ("项目支出", ib_p, ab_p, eb_p)])
    fnd = [F("ROW_SCORE_OVER_WEIGHT", "A级景区服务质量达标率",
             f"A级景区服务质量达标率 | ≥95% | 98.2% | 6 | {fmt(scenic)} | 全区A级景区均达标，较上年提高2.1个百分点",
             fmt(scenic), "≤ 6", "HIGH", "ERROR",
             "a row cannot score more than its 分值: 98.2% meets ≥95% and earns the full 6, the row prints 6.5 with no rule "
             "for extra points; the subtotal lines hide it — 产出质量 (the 二级 line above it, indent 1) reads 11.78 of "
             "12 because 文物安全巡查覆盖率 lost 0.72, and 产出 34.78 of 35; with 6 the total would be 97.95 (优)"),
           F("RATE_OVER_ZERO_BASE", "入境滑雪游客增长率",
             f"入境滑雪游客增长率 | ≥20% | 100% | 6 | 6 | {inbound[5]}", "100%", "— (base 0)", "HIGH", "WARNING",
             "the row's own 偏差原因 cell says there were no inbound ski groups in 2023 (the base), so a growth rate over "
             "2023 is undefined (2360人次 over 0), not 100%; the target ≥20% cannot be judged on a rate and the full 6 "
             "rests on no measurable figure"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "冬奥场馆赛后利用改造按期完成率",
             f"冬奥场馆赛后利用改造按期完成率 | 100% | 100% | 6 | 6 | {venue_reason}", "6", "< 6", "HIGH", "WARNING",
             "the row's own 偏差原因分析 cell says the 游客服务中心 renovation failed its fire inspection and is not in "
             "use, yet the row reports 100% on time and keeps the full 6; what the cell describes is not 按期完成")]
    return {"stem": "h312_chongli_wenlv", "format": "xlsx", "write": write312, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the indicator part is a TREE GRID whose levels are ONLY FORMATTING: one name column 指标名称 in which "
                      "a 一级 line (决策, 过程, 产出, 效益) is bold with no indent on a grey fill, a 二级 line has the cell "
                      "alignment indent 1 and a 三级 line indent 2 — no numbering, no leading spaces, no level column, no "
                      "codes; the rows carry Excel OUTLINE levels (二级 1, 三级 2, summary rows ABOVE the detail: "
                      "summaryBelow off), all expanded; 一级 and 二级 lines print 分值 and 得分 SUBTOTALS (no 指标值 / "
                      "完成值); only the 19 三级 lines are indicators; the 合计 and 自评等级 lines are not",
                      "every 一级 and 二级 subtotal adds its lines as printed (目标设定 8 | 7.5, 预算配置 7 | 7, 预算执行 14 | "
                      "13.67, 预算管理 6 | 6, 资产管理 5 | 4.5, 产出数量 17 | 17, 产出质量 12 | 11.78, 产出时效 6 | 6, 社会"
                      "效益 12 | 12, 经济效益 5 | 5, 满意度 8 | 8; 决策 15 | 14.5, 过程 25 | 24.17, 产出 35 | 34.78, 效益 25 | "
                      "25); 合计 100 | 98.45 = the 19 rows (the 6.5 included)",
                      f"budget (amounts numeric #,##0.00, rates numeric 0.00%): parts add up (年初 1,126.50 + 1,719.80 = "
                      f"2,846.30; 全年 1,158.24 + 2,354.40 = 3,512.64; 执行 1,149.63 + 2,248.44 = 3,398.07); {rate:.2f}%, "
                      f"{rb:.2f}% and {rp:.2f}% right; all under budget; 年初 < 全年 (追加); 预算执行率 row {rate:.2f}% × 10 "
                      f"= 9.674 → 9.67; 结转结余率 {jz:.2f}% vs ≤5% (a ceiling, met)",
                      "新增旅游公共服务设施 15 vs ≥15 (met exactly); 文物安全巡查覆盖率 6 × 88 ÷ 100 = 5.28 (proportion "
                      "rule, with a reason); 资产管理规范性 −0.5 and 绩效指标明确性 −0.5 with reasons (judgement); 在职人员"
                      "控制率 96.8% vs ≤100%; “三公”经费变动率 -6.2% vs ≤0; 旅游综合收入 94.6亿元 is an outcome, not a "
                      "budget figure; 优"]}


def write312(rep, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.worksheet.properties import Outline
    M = rep["meta"]
    wb = Workbook()
    wb.properties.created = wb.properties.modified = H.A.FIXED
    wb.properties.creator = ""
    ws = wb.active
    ws.title = "部门整体绩效自评表"
    ws.sheet_properties.outlinePr = Outline(summaryBelow=False, summaryRight=True)
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    grey = PatternFill("solid", fgColor="E7E6E6")
    f10, f10b = Font(name="宋体", size=10), Font(name="宋体", size=10, bold=True)
    for col, wd in zip("ABCDEF", (34, 14, 20, 8, 8, 40)):
        ws.column_dimensions[col].width = wd

    def put(r, c, v, font=f10, h="center", indent=0, fmt_=None, fill=None, border=True):
        cell = ws.cell(row=r, column=c, value=v)
        cell.font = font
        cell.alignment = Alignment(horizontal=h, vertical="center", indent=indent, wrap_text=True)
        if fmt_:
            cell.number_format = fmt_
        if fill:
            cell.fill = fill
        if border:
            cell.border = box
        return cell
    put(1, 1, f"{M['dept']}2024年度部门整体支出绩效自评表", Font(name="宋体", size=14, bold=True), border=False)
    ws.merge_cells("A1:F1")
    ws.row_dimensions[1].height = 28
    put(2, 1, f"填报单位（盖章）：{M['dept']}", h="left", border=False)
    ws.merge_cells("A2:D2")
    put(2, 5, "金额单位：万元", h="right", border=False)
    ws.merge_cells("E2:F2")
    put(3, 1, "一、部门预算执行情况", f10b, h="left", border=False)
    for k, h in enumerate(["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"]):
        put(4, 1 + k, h, f10b, fill=grey)
    r = 5
    for lab, a, b_, e_ in M["bud"]:
        put(r, 1, lab, h="left")
        for k, v in enumerate((a, b_, e_)):
            put(r, 2 + k, v, h="right", fmt_="#,##0.00")
        put(r, 5, round(e_ / b_, 4), h="right", fmt_="0.00%")
        r += 1
    put(r + 1, 1, "二、绩效指标完成情况", f10b, h="left", border=False)
    r += 2
    for k, h in enumerate(["指标名称", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]):
        put(r, 1 + k, h, f10b, fill=grey)
    r += 1
    for l1, g2 in M["tree"]:
        w1, s1 = M["sec"][l1]
        put(r, 1, l1, f10b, h="left", fill=grey)
        put(r, 2, None, fill=grey)
        put(r, 3, None, fill=grey)
        put(r, 4, w1, f10b, fill=grey)
        put(r, 5, s1, f10b, fill=grey)
        put(r, 6, None, fill=grey)
        r += 1
        for l2, g3 in g2:
            w2, sc2 = M["sub2"][(l1, l2)]
            put(r, 1, l2, h="left", indent=1)
            put(r, 2, None)
            put(r, 3, None)
            put(r, 4, w2)
            put(r, 5, sc2)
            put(r, 6, None)
            ws.row_dimensions[r].outlineLevel = 1
            r += 1
            for name, t, a, w, s_, why in g3:
                put(r, 1, name, h="left", indent=2)
                put(r, 2, t)
                put(r, 3, a)
                put(r, 4, w)
                put(r, 5, s_)
                put(r, 6, why or None, h="left")
                ws.row_dimensions[r].outlineLevel = 2
                if len(why) > 20:
                    ws.row_dimensions[r].height = 27
                r += 1
    put(r, 1, "合计", f10b)
    put(r, 2, None)
    put(r, 3, None)
    put(r, 4, 100, f10b)
    put(r, 5, M["total"], f10b)
    put(r, 6, None)
    r += 1
    put(r, 1, "自评等级", f10b)
    put(r, 2, grade(M["total"]), f10b)
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
    r += 2
    put(r, 1, RULES.format(fund="预算执行率指标"), h="left", border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.row_dimensions[r].height = 44
    r += 1
    put(r, 1, "填报人：赵丽娜　　联系电话：0313-4652218　　填报日期：2025年4月18日", h="left", border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.freeze_panes = None
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    wb.save(path)
    H.A.normalize_zip(path)


ALL.append(h312())


# ============================================================ h313 恩施州水利和湖泊局 (PDF, third party, 一级 scores in charts)

def h313():
    dept, unit = "恩施土家族苗族自治州水利和湖泊局", "恩施州农村供水工程管理站"
    project = "2024年恩施州农村供水保障工程项目"
    evaluator = "湖北鼎信华诚工程咨询有限公司"
    src = [("中央水利发展资金", 2800.00, 2800.00, 2800.00), ("省级财政资金", 900.00, 1135.00, 1062.38),
           ("州级财政资金", 500.00, 700.00, 550.20)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    rates = [pct(x[3], x[2]) for x in src]
    assert (ia, aa, ea, rate, rates) == (4200.00, 4635.00, 4412.58, 95.20, [100.00, 93.60, 78.60]), (ia, aa, ea, rate,
                                                                                                   rates)
    bs = r2(5 * rate / 100)
    no_half(5 * rate / 100, "预算执行率 score")
    ind = [("决策", "项目立项", "立项依据充分性", "充分", "充分", 3, 3, ""),
           ("决策", "项目立项", "立项程序规范性", "规范", "规范", 3, 3, ""),
           ("决策", "绩效目标", "绩效目标合理性", "合理", "基本合理", 3, 2, "年度目标未按总体目标分解到县市"),
           ("决策", "绩效目标", "绩效指标明确性", "明确", "3项未量化", 3, 2, "3项效益指标未细化量化"),
           ("决策", "资金投入", "预算编制科学性", "科学", "基本科学", 3, 2, "部分管网单价测算依据不充分"),
           ("过程", "资金管理", "资金到位率", "100%", "100%", 4, 4, ""),
           ("过程", "资金管理", "预算执行率", "100%", f"{rate:.2f}%", 5, bs, "部分工程尾款未到支付节点"),
           ("过程", "资金管理", "资金使用合规性", "合规", "1个标段超进度付款", 4, 3, "1个标段超合同进度支付工程款"),
           ("过程", "组织实施", "管理制度健全性", "健全", "健全", 3, 3, ""),
           ("过程", "组织实施", "制度执行有效性", "有效", "基本有效", 4, 2.5, "3个标段监理日志不全，1个标段未按规定开展材料抽检"),
           ("产出", "产出数量", "新建改造农村供水工程（处）", "≥120", "112", 8, P(112, 120, 8), "8处工程因水源调整未开工"),
           ("产出", "产出数量", "新建改造供水管网（公里）", "≥680", "652", 8, P(652, 680, 8), "部分山区管线路由调整"),
           ("产出", "产出数量", "巩固提升受益人口（万人）", "≥18", "17.2", 6, P(17.2, 18, 6), "未开工工程对应人口未受益"),
           ("产出", "产出质量", "工程验收合格率", "100%", "100%", 6, 6, ""),
           ("产出", "产出质量", "农村供水水质达标率", "≥90%", "88.5%", 6, P(88.5, 90, 6), "部分小型工程消毒设施运行不正常"),
           ("产出", "产出时效", "工程按期完工率", "≥95%", "86.6%", 6, P(86.6, 95, 6), "雨季施工受阻，部分工程延期"),
           ("效益", "社会效益", "农村自来水普及率", "≥93%", "93.6%", 6, 6, ""),
           ("效益", "社会效益", "规模化供水工程覆盖农村人口比例", "≥55%", "53.1%", 6, P(53.1, 55, 6), "部分规模化工程未完工"),
           ("效益", "可持续影响", "工程运行管护机制", "健全", "管护经费未足额落实", 6, 3.5, "部分村级管水员报酬和维修养护经费未落实"),
           ("效益", "满意度", "受益群众满意度", "≥90%", "86.4%", 7, P(86.4, 90, 7), "部分农户反映停水检修频繁")]
    for a, t, w in ((112, 120, 8), (652, 680, 8), (17.2, 18, 6), (86.6, 95, 6), (53.1, 55, 6)):
        no_half(w * a / t, "proportion")
    assert len(ind) == 20 and s2(ind, 5) == 100
    total = s2(ind, 6)
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert total == 89.51 and sec == [("决策", 15, 12), ("过程", 20, 17.26), ("产出", 40, 38.24), ("效益", 25, 22.01)], \
        (total, sec)
    sec_p = list(sec)
    sec_p[2] = ("产出", 40, swap2(sec[2][2]))  # PLANT SECTION_VS_ROWS: 图1 labels (and draws) 产出's 得分 38.42; its six
    # rows in the 评分表 add to 38.24
    rates_p = [pct(s_, w) for _, w, s_ in sec_p]
    assert rates_p == [80.00, 86.30, 96.05, 88.04], rates_p
    eff_rate_right = rates_p[3]
    rates_p[3] = swap2(rates_p[3])  # PLANT SCORE_RATE: 图2 labels 效益's 得分率 88.40% (22.01 ÷ 25 = 88.04%)
    grade_printed = "优"  # PLANT GRADE_OUTSIDE_BANDS: 89.51 is 良 by the report's own bands (90分（含）以上为优)
    assert grade(total) == "良"
    fund = ia, aa, ea
    g = with_project(gold(None, dept, 2024, "PREFECTURAL", "湖北省", "THIRD_PARTY_EVALUATION", evaluator, total, 100,
                          grade_printed, budget(ia, aa, ea, rate), sec_p, grows(ind)), project, unit)
    meta = dict(dept=dept, unit=unit, project=project, evaluator=evaluator, src=src, rates=rates, fund=fund, rate=rate,
                ind=ind, total=total, sec=sec_p, srates=rates_p, grade=grade_printed)
    fnd = [F("SECTION_VS_ROWS", "产出", f"图1 产出 | 分值 40 | 得分 {fmt(sec_p[2][2])}", fmt(sec_p[2][2]),
             fmt(sec[2][2]), "HIGH", "ERROR",
             f"图1 (二、评价结论's bar chart of 一级 分值 and 得分) labels 产出's 得分 bar {fmt(sec_p[2][2])} and draws it at "
             f"that height; the six 产出 rows of the 附件 评分表 add to 7.47 + 7.67 + 5.73 + 6 + 5.9 + 5.47 = "
             f"{fmt(sec[2][2])} (digits swapped); 图2's 产出 得分率 96.05% = {fmt(sec_p[2][2])} ÷ 40 follows the wrong "
             f"label (one problem; {fmt(sec[2][2])} ÷ 40 = 95.60%); the 总分 {fmt(total)} adds the rows, the other three "
             "bars agree with them"),
           F("SCORE_RATE", "效益", f"图2 效益 | {rates_p[3]:.2f}% / 图1 效益 | 分值 25 | 得分 {fmt(sec[3][2])}",
             f"{rates_p[3]:.2f}%", f"{eff_rate_right:.2f}%", "HIGH", "ERROR",
             f"图2 (得分率 by 一级, horizontal bars) labels 效益 {rates_p[3]:.2f}%; 图1 gives 效益 {fmt(sec[3][2])} of 25 "
             f"(its four rows agree), and {fmt(sec[3][2])} ÷ 25 = {eff_rate_right:.2f}% (digits swapped); the bar is drawn at "
             "the printed 88.40%; 决策 80.00% and 过程 86.30% are right"),
           F("GRADE_OUTSIDE_BANDS", "评价等级", f"综合得分{fmt(total)}分，评价等级为“{grade_printed}” / 合计 | 100 | "
             f"{fmt(total)} / 评价等级 | {grade_printed}", grade_printed, grade(total), "HIGH", "ERROR",
             f"the report's own bands (二: 90分（含）以上为优, 80分（含）—90分为良) make {fmt(total)} 良; it prints 优 in 二 and "
             f"under the 评分表 (one problem); the chart's 产出 label would not change it ({fmt(r2(total + 0.18))} on the "
             "printed 38.42 is 良 too)")]
    return {"stem": "h313_enshi_shuili", "format": "pdf", "draw": draw313, "meta": meta, "gold": g, "findings": fnd,
            "traps": ["the 一级 scores exist only in two VECTOR BAR CHARTS on page 2 (二、评价结论): 图1 paired vertical "
                      "bars per 一级 (分值 grey, 得分 blue) with data labels above the bars, a y-axis 0–50 with gridlines "
                      "and tick labels, category labels under the axis and a legend; 图2 horizontal bars of 得分率 per "
                      "一级 on a 0%–100% axis with the rate printed at each bar's end; the tick labels (0, 10 … 50; 0% … "
                      "100%), the legend and the captions are not figures; bars are drawn at their labelled values; the "
                      "prose says only “见图1、图2”",
                      f"图1: 分值 15 + 20 + 40 + 25 = 100; 决策 12, 过程 17.26 and 效益 22.01 agree with their rows; 图2: "
                      f"决策 80.00% and 过程 86.30% right; 产出 96.05% follows 图1's 38.42 (the SECTION_VS_ROWS, not a second "
                      "problem)",
                      f"表1 资金: 中央 2,800.00 + 省级 900.00 + 州级 500.00 = 4,200.00 (年初); 2,800.00 + 1,135.00 + 700.00 "
                      f"= 4,635.00 (全年); 2,800.00 + 1,062.38 + 550.20 = 4,412.58 (实际支出); {rate:.2f}%, 100.00%, "
                      "93.60% and 78.60% right (州级's low rate is explained in the prose, not a finding); 年初 < 全年 "
                      f"(追加); 预算执行率 5 × {rate:.2f}% = 4.76",
                      "proportion-rule partial scores (the 附件's 注: 完成值 ÷ 指标值 × 分值): 8 × 112 ÷ 120 = 7.47, 8 × 652 ÷ "
                      "680 = 7.67, 6 × 17.2 ÷ 18 = 5.73, 6 × 88.5 ÷ 90 = 5.9, 6 × 86.6 ÷ 95 = 5.47, 6 × 53.1 ÷ 55 = 5.79, "
                      "7 × 86.4 ÷ 90 = 6.72; the qualitative deductions with 扣分原因 (绩效目标合理性, 绩效指标明确性, "
                      "预算编制科学性, 资金使用合规性, 制度执行有效性, 工程运行管护机制) are judgement; 农村自来水普及率 93.6% "
                      "vs ≥93%",
                      f"合计 {fmt(total)} = the 20 rows; 89.51 is close to 90 but under it (the grade is the finding, not "
                      "the total)"]}


def bar_charts(c, x0, ytop, M, FONT):
    """图1 (paired vertical bars: 分值 grey, 得分 blue, labels above) and 图2 (horizontal 得分率 bars); returns the y
    under 图2's caption"""
    names = [n for n, _, _ in M["sec"]]
    # ---- 图1
    cw, ch = 400, 190
    bx, by = x0 + 40, ytop - 30 - ch  # plot area's lower left
    c.setFont(FONT, 9)
    c.setFillGray(0.72)
    c.rect(bx + 120, ytop - 16, 9, 7, stroke=0, fill=1)
    c.setFillColorRGB(0.18, 0.42, 0.72)
    c.rect(bx + 190, ytop - 16, 9, 7, stroke=0, fill=1)
    c.setFillGray(0)
    c.drawString(bx + 133, ytop - 16, "分值")
    c.drawString(bx + 203, ytop - 16, "得分")
    c.setLineWidth(0.4)
    for k in range(6):
        y = by + ch * k * 10 / 50
        c.setStrokeGray(0.82 if k else 0)
        c.line(bx, y, bx + cw, y)
        c.setFont(FONT, 8)
        c.drawRightString(bx - 4, y - 3, str(k * 10))
    c.setStrokeGray(0)
    c.line(bx, by, bx, by + ch)
    gw = cw / len(names)
    for k, (n, w, s_) in enumerate(M["sec"]):
        cx = bx + gw * (k + 0.5)
        for dx, v, col in ((-26, w, None), (2, s_, (0.18, 0.42, 0.72))):
            hgt = ch * v / 50
            if col:
                c.setFillColorRGB(*col)
            else:
                c.setFillGray(0.72)
            c.rect(cx + dx, by, 24, hgt, stroke=0, fill=1)
            c.setFillGray(0)
            c.setFont(FONT, 8)
            c.drawCentredString(cx + dx + 12, by + hgt + 3, fmt(v))
        c.setFont(FONT, 9)
        c.drawCentredString(cx, by - 13, n)
    c.setFont(FONT, 9.5)
    c.drawCentredString(bx + cw / 2, by - 30, "图1　一级指标分值及得分情况")
    # ---- 图2
    top2 = by - 52
    bw, bh = 330, 4 * 26
    bx2, by2 = x0 + 70, top2 - bh
    c.setLineWidth(0.4)
    for k in range(6):
        x = bx2 + bw * k / 5
        c.setStrokeGray(0.82 if k else 0)
        c.line(x, by2, x, by2 + bh)
        c.setFont(FONT, 8)
        c.drawCentredString(x, by2 - 11, f"{k * 20}%")
    c.setStrokeGray(0)
    c.line(bx2, by2, bx2 + bw, by2)
    for k, (n, q) in enumerate(zip(names, M["srates"])):
        yb = by2 + bh - 26 * (k + 1) + 6
        c.setFillColorRGB(0.18, 0.42, 0.72)
        c.rect(bx2, yb, bw * q / 100, 14, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont(FONT, 9)
        c.drawRightString(bx2 - 6, yb + 4, n)
        c.setFont(FONT, 8)
        c.drawString(bx2 + bw * q / 100 + 4, yb + 4, f"{q:.2f}%")
    c.setFont(FONT, 9.5)
    c.drawCentredString(bx2 + bw / 2, by2 - 28, "图2　一级指标得分率")
    return by2 - 40


def draw313(rep, path):
    from reportlab.lib.pagesizes import A4
    from reports32 import new_canvas, wrap, FONT
    from reports41 import form_grid
    M = rep["meta"]
    W, Hh = A4
    L, R = 62, W - 62
    c = new_canvas(path, A4)
    c.setTitle(f"{M['project']}绩效评价报告")
    npages = 4
    page = [1]
    title_short = f"{M['project']}绩效评价报告"

    def foot():
        c.setFont(FONT, 8.5)
        c.drawCentredString(W / 2, 30, f"第 {page[0]} 页 共 {npages} 页")
        if page[0] > 1:
            c.drawString(L, Hh - 36, title_short)
            c.setLineWidth(0.5)
            c.line(L, Hh - 40, R, Hh - 40)

    def newpage():
        foot()
        c.showPage()
        page[0] += 1

    def paragraph(y, text, size=10.5, indent=True, bold=False, lh=None):
        lh = lh or size * 1.75
        first = ("　　" if indent else "") + text
        for ln in wrap(first, R - L, size):
            c.setFont(FONT, size)
            c.drawString(L, y, ln)
            if bold:
                c.drawString(L + 0.3, y, ln)
            y -= lh
        return y - 2

    ia, aa, ea = M["fund"]
    # ---- page 1
    c.setFont(FONT, 18)
    for dy, ln in ((0, M["project"]), (28, "绩效评价报告")):
        c.drawCentredString(W / 2, Hh - 90 - dy, ln)
        c.drawCentredString(W / 2 + 0.4, Hh - 90 - dy, ln)
    c.setFont(FONT, 10.5)
    y = Hh - 150
    for ln in ("委托单位：恩施州财政局", f"评价机构：{M['evaluator']}", "报告编号：鼎信绩评〔2025〕第021号",
               "报告日期：2025年6月20日"):
        c.drawString(W / 2 - 110, y, ln)
        y -= 18
    y -= 14
    y = paragraph(y, "恩施州财政局：", indent=False)
    y = paragraph(y, f"受贵局委托，我公司对{M['dept']}（以下简称州水利和湖泊局）实施的{M['project']}开展了绩效评价。评价组"
                     "采用资料核查、现场勘查、问卷调查等方法，按照项目绩效评价指标体系进行了评分，现将评价情况报告如下。")
    y = paragraph(y, "一、项目概况", indent=False, bold=True)
    y = paragraph(y, f"该项目由{M['dept']}主管、{M['unit']}组织实施，主要建设内容为新建改造农村供水工程、配套供水管网及水质"
                     f"净化消毒设施。2024年项目年初预算{mc(ia)}万元，全年预算调整为{mc(aa)}万元，实际支出{mc(ea)}万元，预算"
                     f"执行率{M['rate']:.2f}%。州级财政资金支出进度较慢，主要是部分工程延期、尾款未到支付节点。资金来源及执行情况"
                     "见表1。")
    c.setFont(FONT, 10)
    c.drawCentredString(W / 2, y - 4, "表1　项目资金来源及执行情况（金额单位：万元）")
    cols = [130, 85, 85, 85, 86]
    spec = [(0, k, 1, 1, h, "c", True, None) for k, h in enumerate(["资金来源", "年初预算数", "全年预算数", "实际支出数",
                                                                   "预算执行率"])]
    lines = [("合计", ia, aa, ea, M["rate"])] + [(n, a, b_, e_, q) for (n, a, b_, e_), q in zip(M["src"], M["rates"])]
    for i, (n, a, b_, e_, q) in enumerate(lines, 1):
        spec += [(i, 0, 1, 1, ("其中：" if i == 2 else "") + n, "l", False, None), (i, 1, 1, 1, mc(a), "r", False, None),
                 (i, 2, 1, 1, mc(b_), "r", False, None), (i, 3, 1, 1, mc(e_), "r", False, None),
                 (i, 4, 1, 1, f"{q:.2f}%", "c", False, None)]
    y, _ = form_grid(c, L, y - 12, cols, [20] * 5, spec, 9.5)
    newpage()
    # ---- page 2
    y = Hh - 70
    y = paragraph(y, "二、评价结论", indent=False, bold=True)
    y = paragraph(y, f"经综合评价，该项目绩效评价综合得分{fmt(M['total'])}分，评价等级为“{M['grade']}”。根据《湖北省财政"
                     "支出绩效评价管理办法》，评价结果分为四个等级：综合得分90分（含）以上为“优”，80分（含）—90分为“良”，"
                     "60分（含）—80分为“中”，60分以下为“差”。各一级指标分值及得分情况见图1，得分率见图2，具体评分见附件。")
    y = bar_charts(c, L + 10, y - 6, M, FONT)
    newpage()
    # ---- page 3
    y = Hh - 70
    y = paragraph(y, "三、主要绩效", indent=False, bold=True)
    y = paragraph(y, "项目实施后，全州新建改造农村供水工程112处、供水管网652公里，巩固提升17.2万农村人口供水保障水平，工程验收"
                     "合格率100%。农村自来水普及率达到93.6%，规模化供水工程覆盖农村人口比例53.1%，受益群众满意度86.4%。")
    y = paragraph(y, "四、存在的问题", indent=False, bold=True)
    y = paragraph(y, "（一）年度绩效目标未按总体目标分解到县市，3项效益指标未细化量化；（二）部分工程受水源调整和雨季影响未按期"
                     "完工，8处工程未开工；（三）1个标段超合同进度支付工程款，3个标段监理日志不全；（四）部分村级管水员报酬和"
                     "维修养护经费未落实，工程运行管护机制不健全。")
    y = paragraph(y, "五、有关建议", indent=False, bold=True)
    y = paragraph(y, "（一）科学设置绩效目标，细化量化效益指标；（二）加强工程建设进度调度，确保结转工程尽快完工；（三）严格按合同"
                     "进度拨付资金，规范监理和材料抽检；（四）落实工程运行管护经费和管水员报酬，建立长效管护机制。")
    c.setFont(FONT, 10.5)
    c.drawRightString(R, y - 30, M["evaluator"])
    c.drawRightString(R, y - 50, "2025年6月20日")
    newpage()
    # ---- page 4: 附件 评分表
    y = Hh - 66
    c.setFont(FONT, 11)
    c.drawString(L, y, "附件")
    c.drawCentredString(W / 2, y - 20, f"{M['project']}绩效评价评分表")
    cols = [34, 50, 112, 30, 50, 62, 34, 99]
    assert sum(cols) == 471, sum(cols)
    ind = M["ind"]
    spec = [(0, k, 1, 1, h, "c", True, None) for k, h in enumerate(["一级指标", "二级指标", "三级指标", "分值", "指标值",
                                                                   "完成值", "得分", "扣分原因"])]
    heights = [22]
    for i, x in enumerate(ind, 1):
        n = max(len(wrap(x[2], cols[2] - 5, 8.5)), len(wrap(x[4], cols[5] - 5, 8.5)),
                len(wrap(x[7], cols[7] - 5, 8.5)) if x[7] else 1)
        heights.append(max(20, n * 11 + 6))
        for k, (v, al) in enumerate([(x[2], "l"), (fmt(x[5]), "c"), (x[3], "c"), (x[4], "c"), (fmt(x[6]), "c"),
                                     (x[7], "l")]):
            spec.append((i, 2 + k, 1, 1, v, al, False, None))
    for col in (0, 1):
        for a, b in spans(ind, col):
            spec.append((a + 1, col, b - a + 1, 1, ind[a][col], "c", False, None))
    n = len(ind) + 1
    spec += [(n, 0, 1, 3, "合计", "c", True, None), (n, 3, 1, 1, "100", "c", True, None), (n, 4, 1, 2, "", "c", False, None),
             (n, 6, 1, 1, fmt(M["total"]), "c", True, None), (n, 7, 1, 1, "", "c", False, None),
             (n + 1, 0, 1, 3, "评价等级", "c", True, None), (n + 1, 3, 1, 5, M["grade"], "c", True, None)]
    heights += [20, 20]
    y2, _ = form_grid(c, L, y - 32, cols, heights, spec, 8.5)
    y2 = paragraph(y2 - 16, "注：定量指标达到指标值的得满分，未达到的按“完成值÷指标值×分值”计分；定性指标按评价要点酌情扣分。",
                   size=9, indent=False)
    assert y2 > 40, y2
    foot()
    c.showPage()
    c.save()


ALL.append(h313())


def main(argv):
    round_main(argv, ALL, "51")


if __name__ == "__main__":
    main(sys.argv[1:])
