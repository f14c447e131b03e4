#!/usr/bin/python3
"""Round 57 (h339–h343): layouts and wordings not used before, each with PLANTED audit problems, made apart from the
code by the corpus57 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report
whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports57.py [h339 …]
(needs python-docx, openpyxl and reportlab; the HTML and the text are written as strings:
h339 a portal HTML 部门整体 self-evaluation report whose article prints EVERY FIGURE IN FULL-WIDTH DIGITS AND SIGNS
(“１，３２６．４０”, “≥９５％”, “９４．２％”, “２０２４年”, scores “７．５５”), the portal chrome around it half-width; h340 a
DOCX 项目 form whose indicator table holds NESTED TABLES inside two 三级指标 cells (a 子项 table of four schools with
计划 / 完成 areas and a 合计 line; a 子项 table of three equipment items with their own 指标值, 完成值, 分值, 评分规则 and
得分 and a 小计 line), as Word allows; h341 a PDF 部门整体 form printed by a reporting system over three pages whose
indicator table closes every page with a “本页小计” line and a “过次页” running total and opens the next with “承前页”, the
合计 on the last page; h342 an XLSX 项目 form whose indicators are numbered with CIRCLED codes inside the name cells
(一级 “一、产出指标”, 二级 “⑴数量指标”, 三级 “①新建高标准农田面积”, restarting in every group), the goals and the 说明 numbered
①②③ too; h343 a township's plain-text 部门整体 report whose indicator table repeats 一级, 二级, two 分值, one 年度指标值 and
one 偏差原因 with DITTO MARKS (“〃”, “同上”) as a typed paper form does.)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因 …).
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


def esc(s):
    return htmlmod.escape(s, quote=True)


def no_half(x, what):
    """a figure printed to 2 decimals must not sit on a half (x.xx5), where rounding conventions differ"""
    assert abs(x * 100 - round(x * 100) - 0.5) > 1e-6 and abs(x * 100 - round(x * 100) + 0.5) > 1e-6, (what, x)


def mc(x):
    """money with thousands separators"""
    return f"{x:,.2f}"


FW = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def fw(s):
    """a text as a full-width input method types it: digits, the decimal point, the thousands comma and % full-width
    (≥ and ≤ have no full-width form and stay as they are)"""
    return str(s).translate(FW)


# ============================================================ h339 郴州市苏仙区水利局 (HTML, every figure in full-width digits)

def h339():
    dept = "郴州市苏仙区水利局"
    # (年初预算数, 全年预算数, 全年执行数)
    bb, bp = (1326.40, 1368.52, 1352.18), (2860.00, 3126.80, 2891.46)
    ia, aa, ea = (r2(bb[k] + bp[k]) for k in range(3))
    rate, rb, rp = pct(ea, aa), pct(bb[2], bb[1]), pct(bp[2], bp[1])
    assert (ia, aa, ea, rate, rb, rp) == (4186.40, 4495.32, 4243.64, 94.40, 98.81, 92.47), (ia, aa, ea, rate, rb, rp)
    rp_printed = 92.74  # PLANT EXECUTION_RATE: 表1 项目支出 2,891.46 ÷ 3,126.80 = 92.47%, printed ９２．７４％
    no_half(8 * rate / 100, "预算执行率 8 × rate")
    es = r2(8 * rate / 100)
    assert es == 7.55
    water_score = 6  # PLANT TARGET_MISSED_FULL_MARKS: 94.2% against ≥95%, full 6, no reason
    # (一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因) — half-width here, printed full-width
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 3, 3, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "明确", 3, 3, ""),
           ("决策", "预算配置", "预算编制科学性", "科学", "较科学", 4, 3.5, "山塘清淤项目预算测算偏粗，年中追加1次"),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 8, es, "2座小型水库除险加固工程尾款待竣工决算后支付"),
           ("过程", "预算执行", "“三公”经费控制率", "≤100%", "86.4%", 3, 3, ""),
           ("过程", "预算管理", "政府采购执行率", "100%", "100%", 3, 3, ""),
           ("过程", "资产管理", "固定资产利用率", "≥95%", "97.2%", 3, 3, ""),
           ("过程", "资产管理", "资产管理规范性", "规范", "规范", 3, 3, ""),
           ("产出", "数量指标", "小型水库除险加固", "≥8座", "8座", 6, 6, ""),
           ("产出", "数量指标", "山塘清淤整治", "≥40口", "42口", 5, 5, ""),
           ("产出", "数量指标", "农村供水工程维修养护", "≥35处", "36处", 5, 5, ""),
           ("产出", "数量指标", "河道清障保洁里程", "≥120公里", "118.5公里", 5, P(118.5, 120, 5),
            "郴江河部分河段汛期水位偏高，1.5公里清障延至2025年1月"),
           ("产出", "质量指标", "水利工程质量合格率", "100%", "100%", 6, 6, ""),
           ("产出", "质量指标", "农村集中供水工程水质达标率", "≥95%", "94.2%", 6, water_score, ""),
           ("产出", "时效指标", "防汛物资储备及时率", "100%", "100%", 4, 4, ""),
           ("产出", "成本指标", "山塘清淤单口平均成本", "≤15万元", "13.8万元", 3, 3, ""),
           ("效益", "社会效益", "农村自来水普及率", "≥90%", "92.6%", 6, 6, ""),
           ("效益", "社会效益", "重大水利工程安全事故", "0起", "0起", 6, 6, ""),
           ("效益", "生态效益", "河湖水质优良比例", "≥90%", "93.3%", 6, 6, ""),
           ("效益", "可持续影响", "水利工程长效管护机制", "健全", "基本健全", 6, 5, "小型水利工程管护经费未全部纳入预算"),
           ("效益", "满意度", "服务对象满意度", "≥90%", "92.8%", 6, 6, "")]
    assert P(118.5, 120, 5) == 4.94 and P(94.2, 95, 6) == 5.95
    assert len(ind) == 21 and s2(ind, 5) == 100
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert sec == [("决策", 10, 9.5), ("过程", 20, 19.55), ("产出", 40, 39.94), ("效益", 30, 29)], sec
    total = s2(ind, 6)
    assert total == 97.99, total
    sec_printed = [list(x) for x in sec]
    sec_printed[2][2] = 39.49  # PLANT SECTION_VS_ROWS: 四's 产出指标 ３９．４９; its eight rows add to 39.94
    sec_printed = [tuple(x) for x in sec_printed]
    shown = [(a, b, c, fw(t), fw(x), w, s, fw(n)) for a, b, c, t, x, w, s, n in ind]
    g = gold(None, dept, 2024, "COUNTY", "湖南省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ia, aa, ea, rate, bb[1], bb[2], bp[1], bp[2]), sec_printed, grows(shown))
    bud = [("合计", ia, aa, ea, rate), ("其中：基本支出", *bb, rb), ("　　　项目支出", *bp, rp_printed)]
    meta = dict(dept=dept, ind=ind, sec=sec_printed, total=total, rate=rate, ia=ia, aa=aa, ea=ea, bb=bb, bp=bp, bud=bud)
    fnd = [F("EXECUTION_RATE", "表1 项目支出 执行率",
             fw(f"项目支出 | {mc(bp[0])} | {mc(bp[1])} | {mc(bp[2])} | {rp_printed:.2f}%"), f"{rp_printed:.2f}%",
             f"{rp:.2f}%", "HIGH", "ERROR",
             f"表1's 项目支出 line (printed in full-width digits): {mc(bp[2])} ÷ {mc(bp[1])} = {rp:.2f}%, printed "
             f"{fw(f'{rp_printed:.2f}%')} (digits swapped); the 合计 line's {rate:.2f}% and the 基本支出 line's "
             f"{rb:.2f}% are right, and the amounts add up"),
           F("TARGET_MISSED_FULL_MARKS", "农村集中供水工程水质达标率",
             fw("农村集中供水工程水质达标率 | ≥95% | 94.2% | 6 | 6"), "6", "< 6", "HIGH", "WARNING",
             "94.2% (printed ９４．２％) misses the ≥95% target, yet the row scores the full 6 with no 偏差原因; the "
             "评分说明's proportion rule gives 6 × 94.2 ÷ 95 = 5.95"),
           F("SECTION_VS_ROWS", "产出指标",
             fw("其中，决策指标得分9.5分（满分10分），过程指标得分19.55分（满分20分），产出指标得分39.49分（满分40分），效益指标"
                "得分29分（满分30分）"), "39.49", "39.94", "HIGH", "ERROR",
             "表2's eight 产出 rows score 6 + 5 + 5 + 4.94 + 6 + 6 + 4 + 3 = 39.94 (四's sentence prints ３９．４９, digits "
             f"transposed); the 总分 {fmt(total)} (四 and 表2's 合计) adds the rows, so 四's four 一级 scores add to "
             f"{fmt(r2(total - 0.45))}, not to the total; one slip")]
    return {"stem": "h339_suxian_shuili", "format": "html", "html": html339(meta), "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the article prints EVERY FIGURE IN FULL-WIDTH DIGITS AND SIGNS (“４，１８６．４０”, “≥９５％”, "
                      "“９４．２％”, “７．５５”, “２０２４年”), as a full-width input method types them: they are the same "
                      "numbers as half-width; the portal chrome (发布时间 2025-05-20 09:30, ICP and 公网安备 numbers, "
                      "网站标识码) is half-width and is not part of the report",
                      f"表1: 基本 + 项目 = 合计 in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); the 合计 {rate:.2f}% and the "
                      f"基本支出 {rb:.2f}% right; all under budget; 年初 < 全年 (追加)",
                      f"预算执行率 8 × {rate:.2f}% = 7.552 → {fmt(es)} (执行率×分值, with a reason); 河道清障保洁里程 "
                      "5 × 118.5 ÷ 120 = 4.9375 → 4.94 (proportion rule, with a reason); 小型水库除险加固 8 vs ≥8座 (met "
                      "exactly); 山塘清淤单口平均成本 13.8 vs ≤15万元 (a ceiling, met; a unit cost, not a budget figure); "
                      "“三公”经费控制率 86.4% vs ≤100% (a ceiling, met); 重大水利工程安全事故 0 vs 0起 (met); 水利工程质量"
                      "合格率 100% vs 100% (met exactly); 预算编制科学性 −0.5 and 水利工程长效管护机制 −1 with reasons "
                      "(judgement)",
                      f"四's 决策, 过程 and 效益 figures add their rows (9.5, 19.55, 29); 表2 合计 100 | {fmt(total)} = the "
                      "21 rows; 优"]}


def html339(M):
    e = esc
    b = M["bud"]
    brows = []
    for k, (lab, a, b_, x, rt) in enumerate(b):
        cls = ' class="tot"' if k == 0 else ""
        brows.append(f"<tr{cls}><td class=\"l\">{lab}</td><td class=\"r\">{fw(mc(a))}</td><td class=\"r\">"
                     f"{fw(mc(b_))}</td><td class=\"r\">{fw(mc(x))}</td><td>{fw(f'{rt:.2f}%')}</td></tr>")
    ind = M["ind"]
    trs = []
    s1 = {a: b_ - a + 1 for a, b_ in spans(ind, 0)}
    s2_ = {a: b_ - a + 1 for a, b_ in spans(ind, 1)}
    for i, x in enumerate(ind):
        cells = []
        if i in s1:
            cells.append(f"<td rowspan=\"{s1[i]}\">{e(x[0])}</td>" if s1[i] > 1 else f"<td>{e(x[0])}</td>")
        if i in s2_:
            cells.append(f"<td rowspan=\"{s2_[i]}\">{e(x[1])}</td>" if s2_[i] > 1 else f"<td>{e(x[1])}</td>")
        cells += [f"<td class=\"l\">{e(x[2])}</td>", f"<td>{e(fw(x[3]))}</td>", f"<td>{e(fw(x[4]))}</td>",
                  f"<td>{fw(fmt(x[5]))}</td>", f"<td>{fw(fmt(x[6]))}</td>", f"<td class=\"l\">{e(fw(x[7]))}</td>"]
        trs.append("<tr>" + "".join(cells) + "</tr>")
    trs.append(f"<tr class=\"tot\"><td colspan=\"5\">合计</td><td>{fw(100)}</td><td>{fw(fmt(M['total']))}</td>"
               f"<td>自评等级：{grade(M['total'])}</td></tr>")
    ind_rows = "\n".join(trs)
    bud_rows = "\n".join(brows)
    s = {n: (w, s_) for n, w, s_ in M["sec"]}
    d = M["dept"]
    secs_txt = "，".join(f"{n}指标得分{fw(fmt(s[n][1]))}分（满分{fw(fmt(s[n][0]))}分）" for n in ("决策", "过程", "产出", "效益"))
    bb, bp = M["bb"], M["bp"]
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{e(d)}２０２４年度部门整体支出绩效自评报告_苏仙区人民政府</title>
<style>
body{{margin:0;font:14px/1.9 "Microsoft YaHei","SimSun",sans-serif;color:#333;background:#eef2f0}}
.top{{background:#1f6e43;color:#fff}}
.top .in{{width:1080px;margin:0 auto;padding:20px 0 14px;font-size:27px;letter-spacing:3px}}
.menu{{background:#17593a}}
.menu .in{{width:1080px;margin:0 auto;color:#e3efe8;line-height:42px}}
.menu .in span{{margin-right:36px}}
.wrap{{width:1040px;margin:14px auto;background:#fff;padding:18px 20px 40px}}
.pos{{font-size:12px;color:#777;border-bottom:1px solid #e2e2e2;padding-bottom:8px}}
h1{{font-size:22px;text-align:center;margin:22px 0 8px;color:#1f6e43}}
.meta{{text-align:center;font-size:12px;color:#888;margin-bottom:18px}}
.art p{{text-indent:2em;margin:8px 0}}
.art p.h{{font-weight:bold;text-indent:0}}
.art p.cap{{text-align:center;text-indent:0;font-weight:bold;margin-bottom:0}}
.art p.unit{{text-align:right;text-indent:0;font-size:12px;margin:0}}
.art table{{border-collapse:collapse;width:100%;font-size:13px;margin:4px 0 12px}}
.art td{{border:1px solid #666;padding:4px 6px;text-align:center}}
.art td.l{{text-align:left}}
.art td.r{{text-align:right}}
.art tr.th td{{background:#e6f0ea;font-weight:bold}}
.art tr.tot td{{font-weight:bold}}
.foot{{text-align:center;font-size:12px;color:#999;padding:18px 0;line-height:2}}
</style>
</head>
<body>
<div class="top"><div class="in">郴州市苏仙区人民政府</div></div>
<div class="menu"><div class="in"><span>首页</span><span>政务公开</span><span>政务服务</span><span>政民互动</span><span>走进苏仙</span></div></div>
<div class="wrap">
<div class="pos">您当前的位置：首页 &gt; 政务公开 &gt; 财政信息 &gt; 绩效评价</div>
<h1>{e(d)}２０２４年度部门整体支出绩效自评报告</h1>
<div class="meta">发布时间：2025-05-20 09:30　　来源：苏仙区水利局　　浏览次数：<span id="hits"></span>　　【打印】【关闭】</div>
<div class="art">
<p class="h">一、部门基本情况</p>
<p>{e(d)}是区政府工作部门，主要负责全区水资源管理、水利工程建设与运行管理、农村饮水安全、河湖管理保护、水土保持和水旱灾害防御等工作。局机关内设股室{fw(6)}个，下属区水利工程管理所、区农村饮水安全管理站、区水土保持站{fw(3)}个事业单位，年末在职人员{fw(86)}人。</p>
<p class="h">二、部门预算执行情况</p>
<p>{fw(2024)}年部门年初预算{fw(mc(M['ia']))}万元，年中追加后全年预算{fw(mc(M['aa']))}万元，全年执行{fw(mc(M['ea']))}万元，预算执行率{fw(f"{M['rate']:.2f}%")}。其中：基本支出全年预算{fw(mc(bb[1]))}万元，执行{fw(mc(bb[2]))}万元；项目支出全年预算{fw(mc(bp[1]))}万元，执行{fw(mc(bp[2]))}万元。具体见表{fw(1)}。</p>
<p class="cap">表{fw(1)}　{fw(2024)}年度部门预算执行情况</p>
<p class="unit">单位：万元</p>
<table>
<tr class="th"><td>项目</td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>执行率</td></tr>
{bud_rows}
</table>
<p class="h">三、绩效指标完成情况</p>
<p>我局对照年初设定的部门整体绩效目标，从决策、过程、产出、效益四个方面设置三级指标{fw(21)}个，满分{fw(100)}分，逐项开展自评，自评情况见表{fw(2)}。</p>
<p class="cap">表{fw(2)}　{fw(2024)}年度部门整体支出绩效自评表</p>
<table>
<tr class="th"><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td><td>偏差原因分析</td></tr>
{ind_rows}
</table>
<p>评分说明：{fw(1)}．预算执行率得分＝执行率×分值；{fw(2)}．定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”计分，反向指标（“≤”）不超过指标值的得满分；{fw(3)}．定性指标根据完成情况酌情扣分。</p>
<p class="h">四、自评结论</p>
<p>经自评，我局{fw(2024)}年度部门整体支出绩效自评得分{fw(fmt(M['total']))}分，自评等级为“{grade(M['total'])}”。其中，{secs_txt}。等级划分：{e(fw(BANDS))}</p>
<p class="h">五、存在的问题及改进措施</p>
<p>一是部分项目资金支出进度偏慢，{fw(2)}座小型水库除险加固工程尾款未支付；二是郴江河部分河段清障保洁未按期完成；三是小型水利工程管护经费保障机制尚不健全。下一步，我局将加快工程竣工决算和资金支付，合理安排清障保洁时序，推动小型水利工程管护经费纳入年度预算。</p>
<p style="text-align:right">{e(d)}<br>{fw(2025)}年{fw(5)}月{fw(16)}日</p>
</div>
</div>
<div class="foot">主办：郴州市苏仙区人民政府办公室　　承办：苏仙区政务服务和大数据中心<br>网站标识码：4310030012　　湘ICP备05001234号　　湘公网安备 43100302000123号</div>
</body>
</html>
"""


ALL.append(h339())




# ============================================================ h340 南充市嘉陵区教育局 (DOCX, 项目 form with NESTED tables in 三级 cells)

def h340():
    dept = "南充市嘉陵区教育局"
    unit = "南充市嘉陵区教育基建和装备服务中心"
    project = "2024年嘉陵区义务教育薄弱环节改善与能力提升项目"
    # (来源, 年初预算数, 全年预算数, 全年执行数)
    src = [("其中：中央补助资金", 1600.00, 1600.00, 1562.40),
           ("　　　省级补助资金", 500.00, 560.00, 538.70),
           ("　　　区级财政资金", 300.00, 490.00, 425.95)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    assert (ia, aa, ea, rate) == (2400.00, 2650.00, 2527.05, 95.36), (ia, aa, ea, rate)
    src_rates = [pct(x[3], x[2]) for x in src]
    assert src_rates == [97.65, 96.20, 86.93], src_rates
    no_half(rate / 10, "fund score")
    fs = r2(rate / 10)
    assert fs == 9.54
    fs_printed = 9.45  # PLANT BUDGET_ROW_SCORE: 95.36% × 10 = 9.54, the fund line prints 9.45
    # nested table 1 in the 三级 cell of 薄弱学校校舍改造面积: (学校, 改造内容, 计划面积, 完成面积)
    schools = [("龙泉镇中心小学", "教学楼抗震加固", 3200, 3260),
               ("金宝镇初级中学", "学生宿舍改造", 4100, 4180),
               ("大通镇中心学校", "食堂及餐厅改造", 2800, 2820),
               ("李渡镇中心小学", "厕所及附属用房改造", 2100, 2100)]
    plan_sum, done_sum = sum(x[2] for x in schools), sum(x[3] for x in schools)
    assert (plan_sum, done_sum) == (12200, 12360)
    done_sum_printed = 12630  # PLANT BREAKDOWN_SUM: the 子项 合计 完成面积 12630; the four schools add to 12360
    # nested table 2 in the 三级 cell of 教学仪器设备配备: (子项, 指标值, 完成值, 分值, 评分规则, 得分)
    equip = [("理科实验室仪器配备", "20所", "20所", 3, "每少1所扣0.5分", 3),
             ("多媒体教室设备", "180间", "176间", 3, "每少1间扣0.25分",
              2.5),  # PLANT RULE_SCORE: 4 rooms short × 0.25 = −1 → 2; printed 2.5 (小计 7.5, the row's 得分 7.5)
             ("图书配备", "6万册", "6.2万册", 2, "按完成比例计分，最高2分", 2)]
    equip_rule = [3, r2(3 - (180 - 176) * 0.25), 2]
    assert equip_rule == [3, 2, 2]
    eq_w, eq_s = sum(x[3] for x in equip), r2(sum(x[5] for x in equip))
    assert (eq_w, eq_s) == (8, 7.5)
    # (一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因)
    ind = [("产出指标", "数量指标", "薄弱学校校舍改造面积", "≥12000平方米", "12360平方米", 8, 8, ""),
           ("产出指标", "数量指标", "教学仪器设备配备", "全部配备到位", "基本配备到位", eq_w, eq_s,
            "大通镇中心学校4间教室因食堂改造施工占用，多媒体设备暂缓安装；2025年春季学期前完成"),
           ("产出指标", "数量指标", "新增义务教育学位", "≥540个", "585个", 6, 6, ""),
           ("产出指标", "数量指标", "运动场地改造", "≥6所", "6所", 5, 5, ""),
           ("产出指标", "数量指标", "教师信息化应用能力培训", "≥800人次", "846人次", 4, 4, ""),
           ("产出指标", "质量指标", "工程竣工验收合格率", "100%", "100%", 6, 6, ""),
           ("产出指标", "质量指标", "设备采购验收合格率", "100%", "100%", 4, 4, ""),
           ("产出指标", "时效指标", "项目按期完工率", "≥90%", "91.7%", 5, 5, ""),
           ("产出指标", "成本指标", "校舍改造单位面积成本", "≤1800元/平方米", "1726元/平方米", 5, 5, ""),
           ("效益指标", "社会效益指标", "义务教育巩固率", "≥99%", "99.6%", 6, 6, ""),
           ("效益指标", "社会效益指标", "大班额比例", "≤5%", "3.2%", 6, 6, ""),
           ("效益指标", "社会效益指标", "项目学校办学条件达标率", "100%", "94.4%", 6, P(94.4, 100, 6),
            "金宝镇初级中学宿舍改造主体完工，但配套设施年底未完成、未交付使用，该校办学条件未达标"),
           ("效益指标", "社会效益指标", "学生体质健康测试合格率", "≥92%", "93.8%", 6, 6, ""),
           ("效益指标", "可持续影响指标", "校舍及设施设备长效管护机制", "健全", "基本健全", 5, 4,
            "部分学校设施设备管护责任未落实到人；2025年建立设备管护台账"),
           ("满意度指标", "服务对象满意度指标", "师生及家长满意度", "≥90%", "93.6%", 10, 10, "")]
    assert P(94.4, 100, 6) == 5.66
    assert len(ind) == 15 and s2(ind, 5) == 90
    fund = (None, None, "年度资金总额", None, f"{rate:.2f}%", 10, fs_printed, "")
    total = r2(fs_printed + s2(ind, 6))
    assert total == 97.61, total
    g = with_project(gold(None, dept, 2024, "COUNTY", "四川省", "SELF_EVALUATION", None, total, 100, grade(total),
                          budget(ia, aa, ea, rate), [], grows([fund] + ind)), project, unit)
    plan = ("改造薄弱学校校舍12000平方米以上，配齐理科实验室仪器、多媒体教室设备和图书，新增义务教育学位540个以上，改造运动场地6所；"
            "工程竣工验收合格率100%；项目学校办学条件全部达标，大班额比例控制在5%以内，师生及家长满意度90%以上。")
    done = ("完成4所学校校舍改造12360平方米，20所学校理科实验室仪器和6.2万册图书配备到位，多媒体教室设备完成176间（4间暂缓安装），"
            "新增学位585个，改造运动场地6所；12项工程中11项按期完工（金宝镇初级中学宿舍配套设施年底未完成），工程竣工验收"
            "合格率100%；18所项目学校中17所办学条件达标，大班额比例3.2%，师生及"
            "家长满意度93.6%。")
    meta = dict(dept=dept, unit=unit, project=project, src=src, src_rates=src_rates, ia=ia, aa=aa, ea=ea, rate=rate,
                fs_printed=fs_printed, schools=schools, plan_sum=plan_sum, done_sum_printed=done_sum_printed,
                equip=equip, ind=ind, total=total, plan=plan, done=done)
    fnd = [F("BREAKDOWN_SUM", "薄弱学校校舍改造面积 子项表 合计 完成面积",
             "龙泉镇中心小学 | 3200 | 3260 / 金宝镇初级中学 | 4100 | 4180 / 大通镇中心学校 | 2800 | 2820 / 李渡镇中心小学 | "
             f"2100 | 2100 / 合计 | 12200 | {done_sum_printed}", str(done_sum_printed), str(done_sum), "HIGH", "ERROR",
             f"the table nested in the 三级 cell lists four schools whose 完成面积 add to {done_sum} (3260 + 4180 + 2820 + "
             f"2100); its 合计 line prints {done_sum_printed} (digits transposed); the row's 实际完成值 12360平方米 and the "
             "实际完成情况 agree with the schools, and the 计划面积 column adds up (12200); ≥12000 met either way, the full "
             "8 stands"),
           F("RULE_SCORE", "教学仪器设备配备",
             "多媒体教室设备 | 180间 | 176间 | 3 | 每少1间扣0.25分 | 2.5 / 小计 | 8 | 7.5 / 教学仪器设备配备 | 全部配备到位 | "
             "基本配备到位 | 8 | 7.5", "7.5", "7", "HIGH", "ERROR",
             "the row's score is the 小计 of the 子项 table nested in its 三级 cell (the 说明 says so); the 多媒体教室设备 子项 "
             "is 4 rooms short (176 of 180) and its own rule 每少1间扣0.25分 gives 3 − 1 = 2, printed 2.5; so the 小计 and "
             "the row's 得分 should be 7, not 7.5, and the 总分 97.11; the other two 子项 follow their rules (20 of 20所: 3; "
             "6.2 of 6万册, capped: 2)"),
           F("BUDGET_ROW_SCORE", "年度资金总额",
             f"年度资金总额 | {mc(ia)} | {mc(aa)} | {mc(ea)} | 10 | {rate:.2f}% | {fmt(fs_printed)}", fmt(fs_printed),
             fmt(fs), "HIGH", "ERROR",
             f"the 说明 makes the fund line's score 执行率 × 分值: {rate:.2f}% × 10 = 9.536 → {fmt(fs)}; the form prints "
             f"{fmt(fs_printed)} (digits swapped), and the 总分 {fmt(total)} adds the printed figure (on the rule: "
             f"{fmt(r2(total - fs_printed + fs))}, still 优)")]
    return {"stem": "h340_jialing_jiaoyu", "format": "docx", "write": write340, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["two 三级指标 cells hold NESTED TABLES (a w:tbl inside the w:tc, under the indicator's name): under "
                      "薄弱学校校舍改造面积 a 子项 table 学校 | 改造内容 | 计划面积（平方米） | 完成面积（平方米） (four schools "
                      "and a 合计 line), under 教学仪器设备配备 a 子项 table 子项 | 指标值 | 完成值 | 分值 | 评分规则 | 得分 "
                      "(three items and a 小计 line); the 子项 lines are not indicator rows, their 分值 / 得分 not extra "
                      "weights or scores (the 小计 8 | 7.5 is the row's own 分值 and 得分, counted once), and the school "
                      "names and areas are not part of the indicator's name",
                      "the schools' 计划面积 add to 12200, above the ≥12000 floor of the 年度指标值 (a plan above the target, "
                      "not a mismatch); 完成 12360 ≥ 12000 (met, full 8)",
                      "子项 rules right where not planted: 理科实验室仪器 20 of 20所 (met exactly, 3); 图书 6.2 of 6万册 (over, "
                      "capped at 2)",
                      f"funds: the three sources add up in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {rate:.2f}%, "
                      "中央 97.65%, 省级 96.20%, 区级 86.93% right; all under budget; 年初 < 全年 (省级 and 区级 追加)",
                      "项目按期完工率 91.7% vs ≥90% (11 of 12 工程 = 91.67%, printed to one decimal: rounding); 项目学校办学"
                      "条件达标率 6 × 94.4 ÷ 100 = 5.664 → 5.66 (proportion rule, with a reason; 17 of 18 = 94.44%); 运动"
                      "场地改造 6 vs ≥6所 (met exactly); 校舍改造单位面积成本 1726 vs ≤1800元/平方米 and 大班额比例 3.2% vs ≤5% "
                      "(ceilings, met; the unit cost is not a budget figure); 长效管护机制 −1 with a reason (judgement)",
                      f"总分 {fmt(total)} = {fmt(fs_printed)} + the 15 rows as printed (the 7.5 included); 优 (also on "
                      f"{fmt(r2(total - fs_printed + fs - 0.5))})"]}


def write340(rep, path):
    from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm
    from reports34 import new_doc, para
    from reports36_common import grid, cell_put
    M = rep["meta"]
    doc = new_doc(landscape=True)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Mm(15)
    para(doc, "项目支出绩效自评表", bold=True, size=16, center=True, after=2)
    para(doc, "（2024年度）", center=True, after=4)
    p = para(doc, f"填报单位（盖章）：{M['dept']}" + "　" * 38 + "金额单位：万元", size=10, after=2)
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    ind = M["ind"]
    widths = [20, 24, 88, 28, 28, 14, 14, 51]
    n = 2 + 1 + 1 + len(M["src"]) + 2 + 1 + len(ind) + 1
    t = grid(doc, n, widths)
    for row_ in t.rows:
        row_.height = Mm(7)
        row_.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST

    def put(r, c, text, align="c", bold=False, size=9, to=None):
        cell = t.cell(r, c)
        if to is not None and to != c:
            cell = cell.merge(t.cell(r, to))
        cell_put(cell, text, size=size, bold=bold, align=align)
        return cell

    put(0, 0, "项目名称", bold=True, to=1)
    put(0, 2, M["project"], "l", to=7)
    put(1, 0, "主管部门", bold=True, to=1)
    put(1, 2, M["dept"], "l")
    put(1, 3, "实施单位", bold=True, to=4)
    put(1, 5, M["unit"], "l", to=7)
    for k, h in ((0, "项目资金（万元）"), (2, "年初预算数"), (3, "全年预算数"), (4, "全年执行数"), (5, "分值"), (6, "执行率"),
                 (7, "得分")):
        put(2, k, h, bold=True, to=1 if k == 0 else None)
    rows = [("年度资金总额", M["ia"], M["aa"], M["ea"], "10", M["rate"], fmt(M["fs_printed"]))]
    rows += [(x[0], x[1], x[2], x[3], "—", rt, "—") for x, rt in zip(M["src"], M["src_rates"])]
    for i, (lab, a, b_, e_, w, rt, s) in enumerate(rows):
        r = 3 + i
        put(r, 0, lab, "l", to=1)
        for k, v in enumerate((a, b_, e_)):
            put(r, 2 + k, mc(v), "r")
        put(r, 5, w)
        put(r, 6, f"{rt:.2f}%")
        put(r, 7, s)
    r = 3 + len(rows)
    t.cell(r, 0).merge(t.cell(r + 1, 0))
    put(r, 0, "年度总体目标", bold=True)
    put(r, 1, "预期目标", bold=True)
    put(r, 2, M["plan"], "l", to=7)
    put(r + 1, 1, "实际完成情况", bold=True)
    put(r + 1, 2, M["done"], "l", to=7)
    r += 2
    for k, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                           "偏差原因分析及改进措施"]):
        put(r, k, h, bold=True)
    r0 = r + 1

    def nested(cell, head, body, widths_mm, aligns):
        """a small bordered table inside the cell, after the indicator's name (python-docx adds the empty paragraph
        Word wants after a table in a cell)"""
        nt = cell.add_table(rows=len(body) + 1, cols=len(head))
        nt.style = "Table Grid"
        nt.alignment = WD_TABLE_ALIGNMENT.CENTER
        nt.autofit = False
        for j, wd in enumerate(widths_mm):
            nt.columns[j].width = Mm(wd)
            for c in nt.columns[j].cells:
                c.width = Mm(wd)
        for j, h in enumerate(head):
            cell_put(nt.cell(0, j), h, size=7.5, bold=True)
        for i, cells in enumerate(body, 1):
            for j, v in enumerate(cells):
                cell_put(nt.cell(i, j), v, size=7.5, bold=cells[0] in ("合计", "小计"), align=aligns[j])
        return nt

    for i, x in enumerate(ind):
        rr = r0 + i
        c3 = put(rr, 2, x[2], "l")
        if x[2] == "薄弱学校校舍改造面积":
            body = [[s, w, str(a), str(b_)] for s, w, a, b_ in M["schools"]]
            body.append(["合计", "—", str(M["plan_sum"]), str(M["done_sum_printed"])])
            nested(c3, ["学校", "改造内容", "计划面积（平方米）", "完成面积（平方米）"], body, [24, 24, 18, 18], "llcc")
        elif x[2] == "教学仪器设备配备":
            body = [[a, b_, c, fmt(w), rule, fmt(s)] for a, b_, c, w, rule, s in M["equip"]]
            body.append(["小计", "", "", fmt(sum(e_[3] for e_ in M["equip"])), "",
                         fmt(r2(sum(e_[5] for e_ in M["equip"])))])
            nested(c3, ["子项", "指标值", "完成值", "分值", "评分规则", "得分"], body, [20, 11, 11, 8, 22, 8], "lccclc")
        put(rr, 3, x[3])
        put(rr, 4, x[4])
        put(rr, 5, fmt(x[5]))
        put(rr, 6, fmt(x[6]))
        put(rr, 7, x[7], "l", size=8)
    for col in (0, 1):
        for a, b in spans(ind, col):
            cell = t.cell(r0 + a, col)
            if b > a:
                cell = cell.merge(t.cell(r0 + b, col))
            cell_put(cell, ind[a][col], size=9)
    r = r0 + len(ind)
    put(r, 0, "总分", bold=True, to=4)
    put(r, 5, "100", bold=True)
    put(r, 6, fmt(M["total"]), bold=True)
    put(r, 7, f"自评等级：{grade(M['total'])}", bold=True)
    para(doc, "说明：1.年度资金总额得分＝执行率×分值；2.含子项的指标，子项按各自评分规则计分，指标得分为子项得分之和（见三级指标栏内"
              "子项表）；3.其他定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”计分，反向指标（“≤”）不超过"
              "指标值的得满分；4.定性指标根据完成情况酌情扣分；5." + BANDS, size=9)
    para(doc, "填报人：蒲晓燕　　审核人：何建军　　联系电话：0817-3621458　　填报日期：2025年3月31日", size=10)
    doc.save(path)
    H.A.normalize_zip(path)


ALL.append(h340())





# ============================================================ h341 岳池县民政局 (PDF, 本页小计 / 过次页 / 承前页 over three pages)

L341 = dict(cols=[50, 62, 170, 80, 80, 40, 40, 240], size=9, lh=11.5, minh=26, bottom=54,
            heads=["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"])


def l341_height(cells):
    """a grid row's height: cells = (first column, column span, text)"""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reports32 import FONT, wrap
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    cols, size = L341["cols"], L341["size"]
    n = 1
    for k, cs, v in cells:
        if v:
            n = max(n, len(wrap(v, sum(cols[k:k + cs]) - 5, size)))
    return max(L341["minh"], n * L341["lh"] + 8)


def l341_row(x):
    return [(2, 1, x[2]), (3, 1, x[3]), (4, 1, x[4]), (5, 1, fmt(x[5])), (6, 1, fmt(x[6])), (7, 1, x[7])]


def l341_tops():
    """where the indicator grid starts on page 1 (under the title, the 填报单位 line and 表一) and on later pages"""
    from reportlab.lib.pagesizes import A4, landscape
    _, Hh = landscape(A4)
    return Hh - 58 - 20 - 20 - 16 - 8 - 4 * 19 - 20 - 8, Hh - 58


def l341_pages(ind):
    """the rows a system prints on each page: as many as fit above the bottom margin with the page's 本页小计 and
    过次页 lines under them (the header, and from page 2 the 承前页 line, above)"""
    top1, top = l341_tops()
    head = l341_height([(k, 1, h) for k, h in enumerate(L341["heads"])])
    summ = L341["minh"]
    pages, a, y = [], 0, top1
    while a < len(ind):
        room = y - L341["bottom"] - head - (summ if pages else 0) - 2 * summ
        b = a
        while b < len(ind) and room - l341_height(l341_row(ind[b])) >= 0:
            room -= l341_height(l341_row(ind[b]))
            b += 1
        assert b > a
        pages.append((a, b))
        a, y = b, top
    return pages


def h341():
    dept = "岳池县民政局"
    bb, bp = (1186.30, 1224.65, 1210.88), (5420.00, 6038.40, 5712.36)
    ia, aa, ea = (r2(bb[k] + bp[k]) for k in range(3))
    rate, rb, rp = pct(ea, aa), pct(bb[2], bb[1]), pct(bp[2], bp[1])
    assert (ia, aa, ea, rate, rb, rp) == (6606.30, 7263.05, 6923.24, 95.32, 98.88, 94.60), (ia, aa, ea, rate, rb, rp)
    no_half(6 * rate / 100, "预算执行率 6 × rate")
    es = r2(6 * rate / 100)
    carry = r2(100 - rate)
    assert (es, carry) == (5.72, 4.68)
    acc_score = 4.5  # PLANT ROW_SCORE_OVER_WEIGHT: 社会救助资金发放准确率 分值 4, 得分 4.5 (“加0.5分”)
    # PLANT MALFORMED_RULE: the 满意度 bands overlap on 80%–85% (4 points and nothing); the row's 94.6% is unaffected
    sat_rule = "服务对象满意度≥90%得6分，80%（含）—90%得4分，85%以下不得分"
    # (一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因)
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 2, 2, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "较明确", 2, 1.5, "部分效益指标未细化量化，2025年编报时细化"),
           ("决策", "预算配置", "预算编制科学性", "科学", "科学", 3, 3, ""),
           ("决策", "预算配置", "重点支出安排率", "≥80%", "86.4%", 3, 3, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 6, es,
            "居家养老服务站建设补助部分资金待验收后拨付，年底结转"),
           ("过程", "预算执行", "结转结余率", "≤5%", f"{carry:.2f}%", 3, 3, ""),
           ("过程", "预算执行", "“三公”经费控制率", "≤100%", "78.5%", 2, 2, ""),
           ("过程", "预算管理", "政府采购执行率", "100%", "100%", 3, 3, ""),
           ("过程", "预算管理", "资产管理规范性", "规范", "基本规范", 3, 2.5, "部分社会捐赠物资未及时登记入账"),
           ("过程", "预算管理", "预决算信息公开", "按规定公开", "按规定公开", 3, 3, ""),
           ("产出", "重点工作", "城乡低保金按时足额发放率", "100%", "100%", 6, 6, ""),
           ("产出", "重点工作", "特困人员集中供养率", "≥40%", "42.3%", 5, 5, ""),
           ("产出", "重点工作", "临时救助", "≥1500人次", "1632人次", 4, 4, ""),
           ("产出", "重点工作", "居家养老服务站建设", "≥12个", "12个", 5, 5, ""),
           ("产出", "重点工作", "社会救助资金发放准确率", "≥99%", "99.6%", 4, acc_score, "全年未发生错发漏发，加0.5分"),
           ("产出", "重点工作", "婚姻登记合格率", "100%", "100%", 4, 4, ""),
           ("产出", "履职效能", "惠民殡葬政策覆盖率", "≥95%", "96.8%", 4, 4, ""),
           ("产出", "履职效能", "经济困难高龄失能老年人补贴发放", "≥3200人", "3056人", 4, P(3056, 3200, 4),
            "部分老年人年内去世或迁出，补贴对象动态减少；按完成比例计分"),
           ("产出", "履职效能", "养老机构等级评定达标率", "≥60%", "62.5%", 4, 4, ""),
           ("效益", "社会效益", "困难群众基本生活保障率", "100%", "100%", 8, 8, ""),
           ("效益", "社会效益", "社区养老服务设施覆盖率", "≥90%", "93.4%", 6, 6, ""),
           ("效益", "社会效益", "养老机构护理型床位占比", "≥55%", "58.2%", 5, 5, ""),
           ("效益", "可持续影响", "民政服务长效机制", "健全", "基本健全", 5, 4,
            "村（社区）儿童主任、养老服务专干队伍不够稳定，2025年落实补贴保障"),
           ("效益", "满意度", "服务对象满意度", "≥90%", "94.6%", 6, 6, "")]
    assert P(3056, 3200, 4) == 3.82
    assert len(ind) == 24 and s2(ind, 5) == 100
    rows_total = s2(ind, 6)
    assert rows_total == 98.04, rows_total
    pages = l341_pages(ind)
    sums = [(s2(ind[a:b], 5), s2(ind[a:b], 6)) for a, b in pages]
    assert pages == PAGES341 and sums == SUMS341, (pages, sums)
    printed = [list(x) for x in sums]
    printed[1][1] = PAGE2_PRINTED  # PLANT TOTAL_VS_ROWS: page 2's 本页小计 得分 (digits transposed), carried into the 合计
    cum, run_w, run_s = [], 0, 0
    for w, s in printed:
        run_w, run_s = r2(run_w + w), r2(run_s + s)
        cum.append((run_w, run_s))
    total = cum[-1][1]
    assert total == TOTAL341, (cum, total)
    g = gold(None, dept, 2024, "COUNTY", "四川省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ia, aa, ea, rate, bb[1], bb[2], bp[1], bp[2]), [], grows(ind))
    meta = dict(dept=dept, ind=ind, pages=pages, printed=printed, cum=cum, total=total, sat_rule=sat_rule,
                bud=[("合计", ia, aa, ea, rate), ("其中：基本支出", *bb, rb), ("　　　项目支出", *bp, rp)])
    (w1, s1), (w2, s2_), (w3, s3) = sums
    (c1w, c1s), (c2w, c2s), _ = cum
    fnd = [F("TOTAL_VS_ROWS", "合计",
             f"第2页 本页小计 | {fmt(w2)} | {fmt(PAGE2_PRINTED)} / 过次页 | {fmt(c2w)} | {fmt(c2s)} / 第3页 承前页 | "
             f"{fmt(c2w)} | {fmt(c2s)} / 本页小计 | {fmt(w3)} | {fmt(s3)} / 合计 | 100 | {fmt(total)} | 自评等级："
             f"{grade(total)}", fmt(total), fmt(rows_total), "HIGH", "ERROR",
             f"the 24 indicator rows add to {fmt(rows_total)}; the 合计 {fmt(total)} is page 3's 承前页 {fmt(c2s)} + its "
             f"本页小计 {fmt(s3)}, and the running total went wrong on page 2, whose {pages[1][1] - pages[1][0]} rows add to "
             f"{fmt(s2_)} while its 本页小计 prints {fmt(PAGE2_PRINTED)} (digits transposed), carried into its 过次页 "
             f"({fmt(c2s)} for {fmt(r2(c1s + s2_))}), page 3's 承前页 and the 合计; page 1's and page 3's 本页小计 and "
             "every 分值 line are right; one slip; 优 either way"),
           F("ROW_SCORE_OVER_WEIGHT", "社会救助资金发放准确率",
             f"社会救助资金发放准确率 | ≥99% | 99.6% | 4 | {fmt(acc_score)} | 全年未发生错发漏发，加0.5分", fmt(acc_score),
             "≤ 4", "HIGH", "ERROR",
             "a row cannot score above its 分值 (4); the 说明 has no bonus points, so “加0.5分” for a year without "
             "errors is outside the scheme: 99.6% ≥ 99% earns the full 4; page 2's 本页小计 (and so the 合计) includes the "
             "4.5"),
           F("MALFORMED_RULE", "说明 服务对象满意度", sat_rule, "80%（含）—90%得4分，85%以下不得分",
             "80%–85% in two bands (4 and 0)", "HIGH", "WARNING",
             "the 说明's bands for 服务对象满意度 overlap: a rate from 80% up to (not including) 85% is both “80%（含）—90%"
             "得4分” and “85%以下不得分” (the last band should read 80%以下); the row's 94.6% is in the top band, so no score "
             "changes")]
    return {"stem": "h341_yuechi_minzheng", "format": "pdf", "draw": draw341, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the indicator table runs over THREE landscape PAGES printed by a reporting system, the column header "
                      "repeated on each: every page but the last closes with a “本页小计” line (分值 and 得分 of that page's "
                      "rows) and a “过次页” line (the running total so far), the next page opens with a “承前页” line (the "
                      "same running total brought forward), and the last page closes with its 本页小计 and the “合计”; "
                      "these lines are not indicators and not 一级 sections; adding them to the rows would count rows two or "
                      "three times",
                      f"page 1: {pages[0][1]} rows, 本页小计 {fmt(w1)} | {fmt(s1)} = its rows = its 过次页; page 3: 承前页 "
                      f"{fmt(c2w)} | {fmt(c2s)} = page 2's 过次页, 本页小计 {fmt(w3)} | {fmt(s3)} = its rows, 合计 100 | "
                      f"{fmt(total)} = 承前页 + 本页小计; every 分值 figure right ({fmt(w1)}, {fmt(w2)}, {fmt(w3)}; "
                      f"{fmt(c2w)}; 100 = the rows' 分值)",
                      "a 一级 / 二级 group cut by a page break is printed again at the top of the next page (过程 / 预算管理 "
                      "on pages 1–2, 效益 on pages 2–3): one group, not two; page 3 holds one row (服务对象满意度) above "
                      "its 本页小计 and the 合计",
                      f"表一: 基本 + 项目 = 合计 in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {rate:.2f}%, {rb:.2f}% and "
                      f"{rp:.2f}% right; all under budget; 年初 < 全年 (追加)",
                      f"预算执行率 6 × {rate:.2f}% = 5.7192 → {fmt(es)} (执行率×分值, with a reason); 结转结余率 "
                      f"{carry:.2f}% (= 100% − the 执行率) vs ≤5% (a ceiling, met); “三公”经费控制率 78.5% vs ≤100% (a "
                      "ceiling, met); 居家养老服务站建设 12 vs ≥12个 (met exactly); 经济困难高龄失能老年人补贴发放 4 × 3056 ÷ "
                      "3200 = 3.82 (proportion rule, with a reason); 绩效指标明确性, 资产管理规范性 −0.5 and 民政服务长效机制 "
                      "−1 with reasons (judgement)",
                      "the system line (岳池县预算绩效管理信息系统, 打印时间 2025-04-18 15:32) and the footers “第 n 页 共 3 页” "
                      "are not content"]}


# the natural page breaks of the landscape print (l341_pages), the pages' sums, and the planted page-2 figure
PAGES341 = [(0, 9), (9, 23), (23, 24)]
SUMS341 = [(27, 25.72), (67, 66.32), (6, 6)]
PAGE2_PRINTED = 66.23  # PLANT TOTAL_VS_ROWS: page 2's 本页小计 得分 66.23; its 14 rows add to 66.32
TOTAL341 = 97.95


def draw341(rep, path):
    from reportlab.lib.pagesizes import A4, landscape
    from reports32 import FONT, new_canvas, wrap
    from reports41 import form_grid
    M = rep["meta"]
    W, Hh = landscape(A4)
    c = new_canvas(path, (W, Hh))
    c.setTitle("部门整体支出绩效自评表")
    cols, size, lh = L341["cols"], L341["size"], L341["lh"]
    x0 = (W - sum(cols)) / 2
    xr = x0 + sum(cols)
    pages = M["pages"]
    npages = len(pages)
    ind = M["ind"]
    top1, top = l341_tops()
    for pno, (a, b) in enumerate(pages, 1):
        c.setFont(FONT, 8)
        c.drawString(x0, Hh - 34, "岳池县预算绩效管理信息系统")
        c.drawRightString(xr, Hh - 34, "打印时间：2025-04-18 15:32")
        c.setLineWidth(0.4)
        c.line(x0, Hh - 38, xr, Hh - 38)
        if pno == 1:
            y = Hh - 58
            c.setFont(FONT, 16)
            c.drawCentredString(W / 2, y, "部门整体支出绩效自评表")
            c.drawCentredString(W / 2 + 0.4, y, "部门整体支出绩效自评表")
            y -= 20
            c.setFont(FONT, 10.5)
            c.drawCentredString(W / 2, y, "（2024年度）")
            y -= 20
            c.setFont(FONT, 9.5)
            c.drawString(x0, y, f"填报单位（盖章）：{M['dept']}")
            c.drawRightString(xr, y, "金额单位：万元")
            y -= 16
            c.setFont(FONT, 10)
            c.drawString(x0, y, "一、部门预算执行情况")
            y -= 8
            bcols = [200, 130, 130, 130, 172]
            spec = [(0, k, 1, 1, h, "c", True, None) for k, h in enumerate(["项目", "年初预算数", "全年预算数", "全年执行数",
                                                                          "执行率"])]
            for i, (lab, ia_, aa_, ea_, rt) in enumerate(M["bud"], 1):
                spec += [(i, 0, 1, 1, lab, "l", False, None)]
                spec += [(i, 1 + k, 1, 1, mc(v), "r", False, None) for k, v in enumerate((ia_, aa_, ea_))]
                spec += [(i, 4, 1, 1, f"{rt:.2f}%", "c", False, None)]
            y, _ = form_grid(c, x0 + (sum(cols) - sum(bcols)) / 2, y, bcols, [19] * 4, spec, size=9, lh=11)
            y -= 20
            c.setFont(FONT, 10)
            c.drawString(x0, y, "二、绩效指标完成情况")
            y -= 8
            assert abs(y - top1) < 0.01, (y, top1)
        else:
            y = top
        lines = [[(k, 1, h, "c", True) for k, h in enumerate(L341["heads"])]]
        if pno > 1:
            w_, s_ = M["cum"][pno - 2]
            lines.append([(0, 5, "承前页", "c", True), (5, 1, fmt(w_), "c", True), (6, 1, fmt(s_), "c", True),
                          (7, 1, "", "c", False)])
        first = len(lines)
        part = ind[a:b]
        aligns = {2: "l", 7: "l"}
        for x in part:
            lines.append([(k, cs, v, aligns.get(k, "c"), False) for k, cs, v in l341_row(x)])
        pw, ps = M["printed"][pno - 1]
        lines.append([(0, 5, "本页小计", "c", True), (5, 1, fmt(pw), "c", True), (6, 1, fmt(ps), "c", True),
                      (7, 1, "", "c", False)])
        cw, cs_ = M["cum"][pno - 1]
        if pno < npages:
            lines.append([(0, 5, "过次页", "c", True), (5, 1, fmt(cw), "c", True), (6, 1, fmt(cs_), "c", True),
                          (7, 1, "", "c", False)])
        else:
            lines.append([(0, 5, "合计", "c", True), (5, 1, fmt(cw), "c", True), (6, 1, fmt(cs_), "c", True),
                          (7, 1, f"自评等级：{grade(cs_)}", "c", True)])
        heights = [l341_height([(k, cs, v) for k, cs, v, _, _ in ln]) for ln in lines]
        assert y - sum(heights) >= L341["bottom"] - 0.01, (pno, y - sum(heights))
        if pno < npages:  # the page is full: the next row would not have fitted
            assert y - sum(heights) - l341_height(l341_row(ind[b])) < L341["bottom"], pno
        spec = []
        for i, ln in enumerate(lines):
            for k, cs, v, al, bold in ln:
                spec.append((i, k, 1, cs, v, al, bold, None))
        for col in (0, 1):
            for p_, q in spans(part, col):
                spec.append((first + p_, col, q - p_ + 1, 1, part[p_][col], "c", False, None))
        y, _ = form_grid(c, x0, y, cols, heights, spec, size=size, lh=lh)
        if pno == npages:
            y -= 16
            note = ("说明：1.预算执行率得分＝执行率×分值；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”"
                    "计分，反向指标（“≤”）不超过指标值的得满分；3." + M["sat_rule"] + "；4.定性指标根据完成情况酌情扣分；5.本表"
                    "跨页打印，“本页小计”为本页所列指标的分值、得分合计，“过次页”“承前页”为截至本页的累计数，“合计”为全部指标"
                    "的分值、得分合计；6.自评等级：" + BANDS)
            c.setFont(FONT, 9)
            for ln in wrap(note, sum(cols), 9):
                c.drawString(x0, y, ln)
                y -= 13
            y -= 10
            c.setFont(FONT, 9.5)
            c.drawString(x0, y, "填报人：唐晓梅　　审核人：蒋国华　　单位负责人：刘志明　　联系电话：0826-5221736　　"
                                "填报日期：2025年4月18日")
            assert y > 40, y
        c.setFont(FONT, 8.5)
        c.drawCentredString(W / 2, 26, f"第 {pno} 页 共 {npages} 页")
        c.showPage()
    c.save()


ALL.append(h341())




# ============================================================ h342 曲靖市沾益区农业农村局 (XLSX, 项目 form, CIRCLED codes in the name cells)

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
PAREN = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽"
CN_NUM = "一二三四五六"


def coded(ind):
    """(一级, 二级, 三级 …) → the labels as printed: “一、产出指标”, “⑴数量指标”, “①新建高标准农田面积”, numbering
    restarting in every group; returns [(l1 printed, l2 printed, code, l3 printed)]"""
    out, n1, n2, n3, prev = [], -1, -1, -1, (None, None)
    for x in ind:
        if x[0] != prev[0]:
            n1, n2 = n1 + 1, -1
        if x[:2] != prev:
            n2, n3 = n2 + 1, -1
        n3 += 1
        prev = x[:2]
        out.append((f"{CN_NUM[n1]}、{x[0]}", f"{PAREN[n2]}{x[1]}", CIRCLED[n3], f"{CIRCLED[n3]}{x[2]}"))
    return out


def h342():
    from heldout import row
    dept = "曲靖市沾益区农业农村局"
    unit = "曲靖市沾益区农田建设服务中心"
    project = "2024年沾益区高标准农田建设项目"
    src = [("其中：中央财政资金", 2880.00, 2880.00, 2812.56),
           ("　　　省级财政资金", 960.00, 960.00, 921.40),
           ("　　　区级财政资金", 360.00, 420.00, 386.25)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)
    assert (ia, aa, ea, rate) == (4200.00, 4260.00, 4120.21, 96.72), (ia, aa, ea, rate)
    src_rates = [pct(x[3], x[2]) for x in src]
    assert src_rates == [97.66, 95.98, 91.96], src_rates
    no_half(rate / 10, "fund score")
    fs = r2(rate / 10)
    assert fs == 9.67
    unit_cost = round(aa * 10000 / 32600)  # 亩均财政投入 = 全年预算 ÷ 3.26万亩, in 元/亩
    assert unit_cost == 1307
    grade_score = 4  # PLANT TARGET_MET_POINTS_LOST: 0.6等 meets ≥0.5等, scored 4 of 5 with no reason
    ecom = "100%"  # PLANT RATE_OVER_ZERO_BASE: the 2023 电商销售额 was 0 (实际完成情况), a growth rate over it is undefined
    # (一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因)
    ind = [("产出指标", "数量指标", "新建高标准农田面积", "≥3.2万亩", "3.26万亩", 8, 8, ""),
           ("产出指标", "数量指标", "高效节水灌溉面积", "≥0.6万亩", "0.62万亩", 6, 6, ""),
           ("产出指标", "数量指标", "5G物联网墒情监测站点", "≥12个", "12个", 4, 4, ""),
           ("产出指标", "数量指标", "新建及改造田间道路", "≥48公里", "46.5公里", 5, P(46.5, 48, 5),
            "1.5公里机耕路因涉及基本农田调整未实施，按完成比例计分"),
           ("产出指标", "数量指标", "新建小型蓄水池", "≥36座", "38座", 5, 5, ""),
           ("产出指标", "质量指标", "工程质量验收合格率", "100%", "100%", 6, 6, ""),
           ("产出指标", "质量指标", "耕地质量等级提升", "≥0.5等", "0.6等", 5, grade_score, ""),
           ("产出指标", "时效指标", "项目按期完工率", "≥95%", "96.3%", 5, 5, ""),
           ("产出指标", "成本指标", "亩均财政投入", "≤1500元/亩", f"{unit_cost}元/亩", 5, 5, ""),
           ("效益指标", "经济效益指标", "项目区粮食亩均增产", "≥50公斤", "58公斤", 6, 6, ""),
           ("效益指标", "经济效益指标", "项目区农产品电商销售额增长率", "≥20%", ecom, 5, 5, ""),
           ("效益指标", "社会效益指标", "受益农户", "≥1.2万户", "1.26万户", 5, 5, ""),
           ("效益指标", "生态效益指标", "项目区化肥使用量减少", "≥5%", "6.2%", 5, 5, ""),
           ("效益指标", "生态效益指标", "项目区节水率", "≥15%", "18%", 5, 5, ""),
           ("效益指标", "可持续影响指标", "工程设施管护机制", "健全", "基本健全", 5, 4,
            "部分村组管护责任未落实到人，管护经费渠道尚未固定"),
           ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", "93.2%", 10, 10, "")]
    assert P(46.5, 48, 5) == 4.84
    assert len(ind) == 16 and s2(ind, 5) == 90
    codes = coded(ind)
    assert [c for _, _, c, _ in codes] == list("①②③④⑤①②①①①②①①②①①"), codes
    total = r2(fs + s2(ind, 6))
    assert total == 97.51, total
    rows = [row(None, None, "年度资金总额", None, f"{rate:.2f}%", 10, fs)]
    rows += [row(x[0], x[1], x[2], x[3], x[4], x[5], x[6], code=c[2]) for x, c in zip(ind, codes)]
    g = with_project(gold(None, dept, 2024, "COUNTY", "云南省", "SELF_EVALUATION", None, total, 100, grade(total),
                          budget(ia, aa, ea, rate), [], rows), project, unit)
    goals = ["新建高标准农田3.2万亩以上，其中高效节水灌溉0.6万亩以上",
             "配套建设田间道路48公里、小型蓄水池36座以上和物联网墒情监测站点12个，工程质量验收合格率100%",
             "项目区粮食亩均增产50公斤以上，受益农户1.2万户以上，化肥使用量减少5%以上",
             "建立健全工程设施管护机制，项目区农户满意度90%以上"]
    dones = ["建成高标准农田3.26万亩，其中高效节水灌溉0.62万亩",
             "建成田间道路46.5公里、小型蓄水池38座和物联网墒情监测站点12个，27个标段中26个按期完工，工程质量验收合格率"
             "100%，项目区耕地质量平均提升0.6个等级",
             "项目区粮食亩均增产58公斤，受益农户1.26万户，化肥使用量减少6.2%；项目区2023年无农产品电商销售（销售额为0），"
             "2024年通过电商平台销售农产品286万元",
             "工程设施管护机制基本建立，项目区农户满意度93.2%"]
    done_labels = ["①", "②", "②", "④"]  # PLANT GOAL_LABELS: the third result is labelled ② (the 预期目标 number ①–④)
    plan = "；".join(f"{CIRCLED[k]}{t}" for k, t in enumerate(goals)) + "。"
    done = "；".join(f"{lab}{t}" for lab, t in zip(done_labels, dones)) + "。"
    meta = dict(dept=dept, unit=unit, project=project, src=src, src_rates=src_rates, ia=ia, aa=aa, ea=ea, rate=rate,
                fs=fs, ind=ind, codes=codes, total=total, plan=plan, done=done)
    fnd = [F("GOAL_LABELS", "年度总体目标 实际完成情况",
             "预期目标：①新建高标准农田3.2万亩以上…；②配套建设田间道路48公里…；③项目区粮食亩均增产50公斤以上…；④建立健全"
             "工程设施管护机制… / 实际完成情况：①建成高标准农田3.26万亩…；②建成田间道路46.5公里…；②项目区粮食亩均增产58公斤…；"
             "④工程设施管护机制基本建立…",
             "①, ②, ②, ④", "①, ②, ③, ④", "HIGH", "WARNING",
             "the 预期目标 numbers the year's goals ①–④ (circled, as the form numbers everything); the 实际完成情况 beside "
             "it labels its four parts ①, ②, ②, ④: the third (粮食增产, 受益农户, 化肥减量, 电商) answers goal ③, so ③ "
             "has no reported result under its own label and ② has two"),
           F("TARGET_MET_POINTS_LOST", "耕地质量等级提升",
             f"⑵质量指标 | ②耕地质量等级提升 | ≥0.5等 | 0.6等 | 5 | {grade_score}", str(grade_score), "5", "HIGH",
             "WARNING",
             "0.6等 meets the ≥0.5等 target (the 实际完成情况 says the same), yet the row scores 4 of 5 with no 偏差原因; the "
             "说明 gives a met quantitative row its full 分值, so the 总分 would be 98.51"),
           F("RATE_OVER_ZERO_BASE", "项目区农产品电商销售额增长率",
             f"⑴经济效益指标 | ②项目区农产品电商销售额增长率 | ≥20% | {ecom} | 5 | 5 / 实际完成情况：…项目区2023年无农产品电商"
             "销售（销售额为0），2024年通过电商平台销售农产品286万元", ecom, "— (base 0)", "HIGH", "WARNING",
             "the 实际完成情况 says the project area had no e-commerce sales in 2023 (0) and 286万元 in 2024: a growth "
             "rate over a zero base is undefined, yet the row prints 100% and scores the full 5 against ≥20%; the target "
             "cannot be assessed as a rate (the 286万元 itself is the result)")]
    return {"stem": "h342_zhanyi_nongye", "format": "xlsx", "write": write342, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the indicators are numbered with CIRCLED codes INSIDE the name cells: 一级 “一、产出指标”, 二级 "
                      "“⑴数量指标”, 三级 “①新建高标准农田面积”, the 三级 numbering restarting in every 二级 group (① appears "
                      f"{[c for _, _, c, _ in codes].count('①')} times, ② {[c for _, _, c, _ in codes].count('②')} times) "
                      "and the 二级 numbering in every 一级 (the 说明 says so); the codes are "
                      "not part of the names, and “③5G物联网墒情监测站点” is code ③ + the name “5G物联网墒情监测站点” (the 5 "
                      "belongs to the name, not to the code or a figure)",
                      "the 预期目标, the 实际完成情况 and the 说明 are numbered ①②③ too: goals and notes, not indicators",
                      f"亩均财政投入 {unit_cost}元/亩 = the 全年预算 {mc(aa)}万元 ÷ 3.26万亩 = 1306.75 → {unit_cost} (a ceiling "
                      "≤1500, met; a unit cost, not a budget figure); 项目按期完工率 96.3% = 26 of 27 标段 (96.30%)",
                      f"funds: the three sources add up in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {rate:.2f}%, 中央 "
                      "97.66%, 省级 95.98%, 区级 91.96% right; all under budget; 年初 < 全年 (区级 追加 60.00)",
                      f"年度资金总额 {rate:.2f}% × 10 = 9.672 → {fmt(fs)}; 新建及改造田间道路 5 × 46.5 ÷ 48 = 4.84 "
                      "(proportion rule, with a reason); 5G物联网墒情监测站点 12 vs ≥12个 (met exactly); 工程质量验收合格率 "
                      "100% vs 100% (met exactly); 工程设施管护机制 −1 with a reason (judgement)",
                      f"总分 {fmt(total)} = {fmt(fs)} + the 16 rows as printed (the 4 and the full 5 included); 优"]}


def write342(rep, path):
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
    grey = PatternFill("solid", fgColor="DDEBF7")
    f10, f10b, f9 = Font(name="宋体", size=10), Font(name="宋体", size=10, bold=True), Font(name="宋体", size=9)
    for k, wd in enumerate((13, 17, 30, 13, 13, 8, 8, 17, 17)):
        ws.column_dimensions[chr(65 + k)].width = wd

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
    ws.merge_cells("A1:I1")
    ws.row_dimensions[1].height = 28
    put(2, 1, "（2024年度）", border=False)
    ws.merge_cells("A2:I2")
    put(3, 1, f"填报单位（盖章）：{M['unit']}", h="left", border=False)
    ws.merge_cells("A3:E3")
    put(3, 7, "金额单位：万元", h="right", border=False)
    ws.merge_cells("G3:I3")
    put(4, 1, "项目名称", f10b)
    merge(4, 1, 4, 2)
    put(4, 3, M["project"], h="left")
    merge(4, 3, 4, 9)
    put(5, 1, "主管部门", f10b)
    merge(5, 1, 5, 2)
    put(5, 3, M["dept"], h="left")
    merge(5, 3, 5, 4)
    put(5, 5, "实施单位", f10b)
    merge(5, 5, 5, 6)
    put(5, 7, M["unit"], h="left")
    merge(5, 7, 5, 9)
    for c1, c2, h in ((1, 3, "项目资金（万元）"), (4, 4, "年初预算数"), (5, 5, "全年预算数"), (6, 6, "全年执行数"),
                      (7, 7, "分值"), (8, 8, "执行率"), (9, 9, "得分")):
        put(6, c1, h, f10b, fill=grey)
        if c2 > c1:
            merge(6, c1, 6, c2)
    r = 7
    bud = [("年度资金总额", M["ia"], M["aa"], M["ea"], 10, M["rate"], M["fs"])]
    bud += [(x[0], x[1], x[2], x[3], None, rt, None) for x, rt in zip(M["src"], M["src_rates"])]
    for lab, a, b_, e_, w, rt, s in bud:
        put(r, 1, lab, h="left")
        merge(r, 1, r, 3)
        for k, v in enumerate((a, b_, e_)):
            put(r, 4 + k, v, h="right", fmt_="#,##0.00")
        put(r, 7, w if w is not None else "—")
        put(r, 8, round(rt / 100, 4), fmt_="0.00%")
        put(r, 9, s if s is not None else "—")
        r += 1
    put(r, 1, "年度总体目标", f10b)
    merge(r, 1, r + 1, 1)
    for k, (lab, text) in enumerate((("预期目标", M["plan"]), ("实际完成情况", M["done"]))):
        put(r + k, 2, lab, f10b)
        put(r + k, 3, text, h="left")
        merge(r + k, 3, r + k, 9)
        ws.row_dimensions[r + k].height = 58
    r += 2
    for k, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"], 1):
        put(r, k, h, f10b, fill=grey)
    put(r, 8, "偏差原因分析及改进措施", f10b, fill=grey)
    merge(r, 8, r, 9)
    h0 = r
    r += 1
    first = r
    ind, codes = M["ind"], M["codes"]
    for x, (_, _, _, l3) in zip(ind, codes):
        put(r, 3, l3, h="left")
        put(r, 4, x[3])
        put(r, 5, x[4])
        put(r, 6, x[5])
        put(r, 7, x[6])
        put(r, 8, x[7], f9, h="left")
        merge(r, 8, r, 9)
        ws.row_dimensions[r].height = 30 if x[7] else 18
        r += 1
    for col in (0, 1):
        for a, b in spans(ind, col):
            put(first + a, col + 1, codes[a][col])
            if b > a:
                merge(first + a, col + 1, first + b, col + 1)
    put(r, 1, "总分", f10b)
    merge(r, 1, r, 5)
    put(r, 6, 100, f10b)
    put(r, 7, M["total"], f10b)
    put(r, 8, f"自评等级：{grade(M['total'])}", f10b)
    merge(r, 8, r, 9)
    r += 2
    note = ("说明：①年度资金总额得分＝执行率×分值；②定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”计分，"
            "反向指标（“≤”）不超过指标值的得满分；③定性指标根据完成情况酌情扣分；④一级指标以“一、二、三”，二级指标以“⑴⑵⑶”，"
            "三级指标以“①②③”编号，三级指标在各二级指标内分别编号；⑤" + BANDS)
    put(r, 1, note, h="left", border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.row_dimensions[r].height = 62
    r += 1
    put(r, 1, "填报人：杨丽萍　　审核人：浦志刚　　联系电话：0874-3051629　　填报日期：2025年4月2日", h="left", border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.print_title_rows = f"{h0}:{h0}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    wb.save(path)
    H.A.normalize_zip(path)


ALL.append(h342())




# ============================================================ h343 舒城县干汊河镇人民政府 (TXT, a typed form with DITTO MARKS)

DITTO = "〃"


def h343():
    dept = "舒城县干汊河镇人民政府"
    bb, bp = (1468.20, 1502.36, 1496.84), (2140.00, 2386.50, 2231.62)
    ia, aa, ea = (r2(bb[k] + bp[k]) for k in range(3))
    rate, rb, rp = pct(ea, aa), pct(bb[2], bb[1]), pct(bp[2], bp[1])
    assert (ia, aa, ea, rate, rb, rp) == (3608.20, 3888.86, 3728.46, 95.88, 99.63, 93.51), (ia, aa, ea, rate, rb, rp)
    no_half(6 * rate / 100, "预算执行率 6 × rate")
    es = r2(6 * rate / 100)
    carry = r2(100 - rate)
    assert (es, carry) == (5.75, 4.12)
    village_score = 5  # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: 完成2个 targeted, 一 and 五 say 三岗 unfinished; full 5
    reason_rate = "美丽乡村中心村建设项目部分工程款年底未结算"
    # (一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因)
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 3, 3, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "基本明确", 3, 2.5, "部分指标未量化"),
           ("决策", "预算配置", "预算编制科学性", "科学", "科学", 4, 4, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 6, es, reason_rate),
           ("过程", "预算执行", "结转结余率", "≤5%", f"{carry:.2f}%", 3, 3, reason_rate),
           ("过程", "预算执行", "“三公”经费控制率", "≤100%", "81.3%", 3, 3, ""),
           ("过程", "预算管理", "政府采购执行率", "100%", "100%", 3, 3, ""),
           ("过程", "预算管理", "资产管理规范性", "规范", "规范", 3, 3, ""),
           ("过程", "预算管理", "财务管理制度健全性", "健全", "健全", 2, 2, ""),
           ("产出", "重点工作", "高标准农田建设", "≥3000亩", "3120亩", 5, 5, ""),
           ("产出", "重点工作", "美丽乡村中心村建设", "完成2个", "完成", 5, village_score, ""),
           ("产出", "重点工作", "农村生活垃圾无害化处理率", "≥95%", "97.5%", 4, 4, ""),
           ("产出", "重点工作", "农村公路养护里程", "≥86公里", "86公里", 4, 4, ""),
           ("产出", "民生保障", "城乡居民基本医疗保险参保率", "≥96%", "97.2%", 4, 4, ""),
           ("产出", "民生保障", "城乡居民基本养老保险参保率", "≥96%", "96.8%", 4, 4, ""),
           ("产出", "民生保障", "低保、特困等救助资金按时发放率", "100%", "100%", 4, 4, ""),
           ("产出", "安全稳定", "较大以上安全生产事故", "0起", "0起", 4, 4, ""),
           ("产出", "安全稳定", "信访事项按期办结率", "≥95%", "98.6%", 4, 4, ""),
           ("效益", "社会效益", "农村居民人均可支配收入增长率", "≥6%", "6.8%", 6, 6, ""),
           ("效益", "社会效益", "村级集体经济收入10万元以上村占比", "100%", "100%", 6, 6, ""),
           ("效益", "生态效益", "秸秆综合利用率", "≥93%", "94.6%", 6, 6, ""),
           ("效益", "可持续影响", "基层治理长效机制", "健全", "基本健全", 6, 5, "部分村网格员队伍不稳定，待遇保障不足"),
           ("效益", "满意度", "群众满意度", "≥90%", "92.3%", 6, 6, "")]
    weights = s2(ind, 5)
    assert len(ind) == 23 and weights == 98  # PLANT WEIGHTS_VS_FULL_MARK: the rows' 分值 add to 98; 合计 and 四 say 100
    total = s2(ind, 6)
    assert total == 96.25, total
    sec = secs(ind, ["决策", "过程", "产出", "效益"])
    assert sec == [("决策", 10, 9.5), ("过程", 20, 19.75), ("产出", 38, 38), ("效益", 30, 29)], sec
    rates = [f"{pct(s_, w):.2f}%" for _, w, s_ in sec]
    assert rates == ["95.00%", "98.75%", "100.00%", "96.67%"], rates
    rates[1] = "98.57%"  # PLANT SCORE_RATE: 表3 过程 19.75 ÷ 20 = 98.75%, printed 98.57%
    # the table as typed: a cell equal to the one above (same group) printed as a ditto mark
    ditto_w = {"“三公”经费控制率", "资产管理规范性"}  # 分值 3 under a 3
    ditto_t = {"城乡居民基本养老保险参保率"}  # ≥96% under ≥96%
    ditto_r = {"结转结余率"}  # the same 偏差原因 as the row above: “同上”
    typed = []
    for i, x in enumerate(ind):
        p = ind[i - 1] if i else None
        l1 = DITTO if p and p[0] == x[0] else x[0]
        l2 = DITTO if p and p[:2] == x[:2] else x[1]
        t = DITTO if x[2] in ditto_t else x[3]
        w = DITTO if x[2] in ditto_w else fmt(x[5])
        rs = "同上" if x[2] in ditto_r else x[7]
        if x[2] in ditto_t:
            assert p[3] == x[3] and p[:2] == x[:2]
        if x[2] in ditto_w:
            assert p[5] == x[5] and p[:2] == x[:2]
        if x[2] in ditto_r:
            assert p[7] == x[7]
        typed.append([l1, l2, x[2], t, x[4], w, fmt(x[6]), rs])
    g = gold(None, dept, 2024, "COUNTY", "安徽省", "SELF_EVALUATION", None, total, 100, grade(total),
             budget(ia, aa, ea, rate, bb[1], bb[2], bp[1], bp[2]), sec, grows(ind))
    meta = dict(dept=dept, ind=ind, typed=typed, sec=sec, rates=rates, total=total, ia=ia, aa=aa, ea=ea, rate=rate,
                bud=[("合计", ia, aa, ea, rate), ("其中：基本支出", *bb, rb), ("　　　项目支出", *bp, rp)])
    fnd = [F("WEIGHTS_VS_FULL_MARK", "合计",
             f"合计 | 100 | {fmt(total)} | 自评等级：{grade(total)} / 表3 合计 | 100 | {fmt(total)} | {total:.2f}% / "
             f"四、…自评得分{fmt(total)}分（满分100分）", "100", fmt(weights), "HIGH", "ERROR",
             "表2's 23 rows' 分值 add to 98 (决策 10 + 过程 20 + 产出 38 + 效益 30, reading the two “〃” 分值 cells as the 3 "
             "above them; 表3's own 一级 lines print the same 10, 20, 38 and 30), but the 合计 rows of 表2 and 表3 and 四 "
             "give the full mark as 100; 2 points are missing, apparently in 产出 (nine rows, 38); the 合计 得分率 "
             f"{total:.2f}% divides by the printed 100 (part of this finding)"),
           F("SCORE_RATE", "表3 过程 得分率", f"过程 | 20 | 19.75 | {rates[1]}", rates[1], "98.75%", "HIGH", "ERROR",
             f"表3's 得分率 is 得分 ÷ 分值: 19.75 ÷ 20 = 98.75%, printed {rates[1]} (digits swapped); 决策 95.00%, 产出 "
             "100.00% and 效益 96.67% are right on their lines"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "美丽乡村中心村建设",
             "美丽乡村中心村建设 | 完成2个 | 完成 | 5 | 5 / 一、…桃园中心村已建成并通过县级验收，三岗中心村因征地调整，年底仅"
             "完成主体工程的60% / 五、…三岗中心村建设进度滞后，年底未完工", "5", "< 5", "HIGH", "WARNING",
             "the target is 2 中心村; the row reports “完成” and scores the full 5 with no 偏差原因, while 一 and 五 say only "
             "桃园 was finished and 三岗 was about 60% built at year end (the 预算执行率 row's reason names its unpaid "
             "工程款); one of two done, in proportion 5 × 1 ÷ 2 = 2.5; how much to deduct is a call")]
    return {"stem": "h343_ganchahe_zhengfu", "format": "txt", "text": text343(meta), "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["the indicator table is typed as a paper form is, with DITTO MARKS: a 一级 or 二级 equal to the row "
                      "above is printed “〃” (every row after the first of its group), two 分值 cells print “〃” for the 3 "
                      "above them (“三公”经费控制率, 资产管理规范性), one 年度指标值 prints “〃” for the ≥96% above it "
                      "(城乡居民基本养老保险参保率) and one 偏差原因 prints “同上” (结转结余率); a ditto mark repeats the cell "
                      "above: it is not a value of its own, not an empty cell and not a zero",
                      "the 分值 read with the two “〃” as 3 add to 98 (the WEIGHTS_VS_FULL_MARK finding); read as nothing they "
                      "would add to 92, which is not what the form says",
                      f"表1: 基本 + 项目 = 合计 in every column ({mc(ia)}, {mc(aa)}, {mc(ea)}); {rate:.2f}%, {rb:.2f}% and "
                      f"{rp:.2f}% right; all under budget; 年初 < 全年 (追加)",
                      f"预算执行率 6 × {rate:.2f}% = 5.7528 → {fmt(es)} (执行率×分值, with a reason); 结转结余率 {carry:.2f}% "
                      "(= 100% − the 执行率) vs ≤5% (a ceiling, met; its “同上” reason explains the carried-over money, no "
                      "deduction); 农村公路养护里程 86 vs ≥86公里 (met exactly); 较大以上安全生产事故 0 vs 0起 (met); "
                      "“三公”经费控制率 81.3% vs ≤100% (a ceiling, met); “村级集体经济收入10万元以上村占比” has a figure in "
                      "its name, not a target; 绩效指标明确性 −0.5 and 基层治理长效机制 −1 with reasons (judgement)",
                      f"表3's 一级 lines add their rows (9.5, 19.75, 38, 29); 决策, 产出 and 效益 得分率 right; 表2 合计 "
                      f"{fmt(total)} = the 23 rows; 优"]}


def text343(M):
    L = []
    d = M["dept"]
    L.append(f"{d}2024年度部门整体支出绩效自评报告")
    L.append("")
    L.append("一、部门基本情况")
    L.append("　　干汊河镇位于舒城县东部，辖12个村（社区），户籍人口5.2万人。镇政府内设党政办公室、经济发展办公室、社会事务办公室"
             "等7个机构，下设便民服务中心等4个事业单位，年末在职人员96人。2024年，我镇全年计划建设桃园、三岗2个美丽乡村中心村，"
             "桃园中心村已建成并通过县级验收，三岗中心村因征地调整，年底仅完成主体工程的60%；新建高标准农田3120亩，养护农村公路"
             "86公里。")
    L.append("")
    L.append("二、部门预算执行情况")
    L.append(f"　　2024年部门年初预算{mc(M['ia'])}万元，年中追加后全年预算{mc(M['aa'])}万元，全年执行{mc(M['ea'])}万元，"
             f"预算执行率{M['rate']:.2f}%。具体见表1。")
    L.append("表1　2024年度部门预算执行情况（单位：万元）")
    L.append("项目\t年初预算数\t全年预算数\t全年执行数\t执行率")
    for lab, a, b_, x, rt in M["bud"]:
        L.append(f"{lab}\t{mc(a)}\t{mc(b_)}\t{mc(x)}\t{rt:.2f}%")
    L.append("")
    L.append("三、绩效指标完成情况")
    L.append("　　我镇对照年初设定的部门整体绩效目标，从决策、过程、产出、效益四个方面设置三级指标23个，逐项开展自评，自评情况见表2。")
    L.append("表2　2024年度部门整体支出绩效自评表")
    L.append("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析")
    for cells in M["typed"]:
        L.append("\t".join(cells))
    L.append(f"合计\t\t\t\t\t100\t{fmt(M['total'])}\t自评等级：{grade(M['total'])}")
    L.append("评分说明：1.预算执行率得分＝执行率×分值；2.定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×分值”"
             "计分，反向指标（“≤”）不超过指标值的得满分；3.定性指标根据完成情况酌情扣分。")
    L.append("")
    L.append("四、自评结论")
    L.append(f"　　经自评，我镇2024年度部门整体支出绩效自评得分{fmt(M['total'])}分（满分100分），自评等级为“{grade(M['total'])}”。"
             "各一级指标得分情况见表3。等级划分：" + BANDS)
    L.append("表3　一级指标得分情况")
    L.append("一级指标\t分值\t得分\t得分率")
    for (n, w, s_), rt in zip(M["sec"], M["rates"]):
        L.append(f"{n}\t{fmt(w)}\t{fmt(s_)}\t{rt}")
    L.append(f"合计\t100\t{fmt(M['total'])}\t{M['total']:.2f}%")
    L.append("")
    L.append("五、存在的问题及改进措施")
    L.append("　　一是三岗中心村建设进度滞后，年底未完工，相应工程款未结算；二是部分绩效指标设置不够量化；三是部分村网格员队伍不稳定，"
             "基层治理长效机制有待健全。下一步，我镇将加快三岗中心村建设，力争2025年6月底前完工验收；细化量化绩效指标；落实网格员"
             "待遇保障。")
    L.append("")
    L.append(d)
    L.append("2025年4月10日")
    return "\n".join(L) + "\n"


ALL.append(h343())


def main(argv):
    round_main(argv, ALL, "57")


if __name__ == "__main__":
    main(sys.argv[1:])
