"""Round 9 (audit), h77-h82: reports with PLANTED inconsistencies in layouts unlike rounds 4 and 7.

Same method as reports4.py / reports7.py: each report is written once, its blocks (or sheets, or text) and its
gold are built from the same tuples, so the gold records what the report PRINTS, errors included. Every planted
figure carries a `# PLANT <KIND>` comment and its expected finding is written next to it (`findings`); `traps`
lists what an audit must NOT flag. heldout9.py writes the files, gold/<stem>.json and findings/<stem>.json, and
refuses a report whose recomputation finds a mismatch no planted finding covers.

Indicator tuples: (goal, 一级, 二级, 三级, 指标值, 完成值, 分值, 得分, extra).
"""
from heldout import Table, Title, group_merges, fmt, row, budget, gold, render_txt
from reports3_a import Num
from reports4 import styled, pct, m2, mc, F, grows, sum_s, sum_w, section_list

ALL = []


def wan(x):
    return round(x / 10000, 6)


# ============================================================ h77 西塞山区住建局 (DOCX, 小计 row after each 一级, 预算执行率 as an indicator)
def h77():
    ini, adj, exp = 5230.00, 5618.40, 5337.48
    b_ini, b_adj, b_exp = 2050.00, 2108.40, 2106.95
    p_ini, p_adj, p_exp = 3180.00, 3510.00, 3230.53
    assert round(b_ini + p_ini, 2) == ini and round(b_adj + p_adj, 2) == adj and round(b_exp + p_exp, 2) == exp
    rate = pct(exp, adj)
    assert rate == 95.0
    ind = [
        # PLANT BUDGET_ROW_SCORE: rule 执行率≥98%得满分，每低1个百分点扣0.5分 → 95% is 3 under → 8.5; printed 9.5
        (None, "预算执行", "预算执行", "预算执行率", "≥98%", f"{rate:.2f}%", 10, 9.5, ""),
        (None, "产出指标", "数量指标", "老旧小区改造项目个数", "≥12个", "12个", 8, 8, ""),  # trap: met exactly
        (None, "产出指标", "数量指标", "城镇棚户区改造安置房建设套数", "≥450套", "462套", 8, 8, ""),
        (None, "产出指标", "数量指标", "农村危房改造户数", "60户", "60户", 6, 6, ""),
        (None, "产出指标", "质量指标", "工程竣工验收合格率", "100%", "100%", 8, 8, ""),
        (None, "产出指标", "质量指标", "房屋建筑安全隐患排查覆盖率", "≥95%", "97.5%", 6, 6, ""),
        # trap: judgement deduction (酌情扣分), reason given
        (None, "产出指标", "时效指标", "老旧小区改造按期开工率", "≥90%", "86.7%", 8, 6.5,
         "2个小区居民对改造方案意见未统一，延期至2024年开工"),
        (None, "产出指标", "成本指标", "老旧小区改造户均投资", "≤3.5万元", "3.42万元", 6, 6, ""),
        (None, "效益指标", "社会效益指标", "住房困难家庭保障户数", "≥800户", "815户", 8, 8, ""),
        (None, "效益指标", "社会效益指标", "建筑施工领域安全生产事故", "未发生较大及以上事故", "未发生较大及以上安全事故",
         7, 7, ""),  # trap
        (None, "效益指标", "经济效益指标", "带动社会投资", "≥1.2亿元", "1.35亿元", 5, 5, ""),
        (None, "效益指标", "生态效益指标", "新建绿色建筑占比", "≥70%", "73.6%", 5, 5, ""),
        (None, "效益指标", "可持续影响指标", "住宅小区物业管理覆盖率", "≥80%", "82%", 5, 5, ""),
        (None, "满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥90%", "91.8%", 10, 10, ""),
    ]
    names = ["预算执行", "产出指标", "效益指标", "满意度指标"]
    secs = section_list(ind, names)
    assert sum_w(ind) == 100 and sum_s(ind) == 98
    printed = {n: (w, s) for n, w, s in secs}
    printed["产出指标"] = (50, 50)  # PLANT SECTION_VS_ROWS: rows give 48.5 (小计 not updated after 开工率 6.5)
    secs_p = [(n, *printed[n]) for n in names]
    total = sum_s(ind)  # 98: the 总分 is the sum of the rows, not of the 小计s (99.5)
    head = ["一级指标", "二级指标", "三级指标", "分值", "年度目标值", "实际完成值", "得分", "偏差原因"]
    rows = [head]
    merges = []
    for n in names:
        start = len(rows)
        for _, l1, l2, l3, t, a, w, s, x in [r for r in ind if r[1] == n]:
            rows.append([l1, l2, l3, fmt(w), t, a, fmt(s), x])
        w, s = printed[n]
        rows.append([n, "小计", "", fmt(w), "", "", fmt(s), ""])
        merges += group_merges(rows, [1], start)
        merges.append((start, 0, len(rows) - 1, 0))
        merges.append((len(rows) - 1, 1, len(rows) - 1, 2))
    rows.append(["总分", "", "", "100", "", "", fmt(total), ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    t = styled(Table(rows, merges), [2.0, 2.4, 3.8, 1.2, 2.4, 2.6, 1.2, 3.6], 1)
    bt = styled(Table([["资金类别", "年初预算数", "调整后预算数", "实际支出数", "执行率"],
                       ["部门预算合计", m2(ini), m2(adj), m2(exp), f"{rate:.2f}%"],
                       ["基本支出", m2(b_ini), m2(b_adj), m2(b_exp), f"{pct(b_exp, b_adj):.2f}%"],
                       ["项目支出", m2(p_ini), m2(p_adj), m2(p_exp), f"{pct(p_exp, p_adj):.2f}%"]]),
                [3.5, 3, 3, 3, 2.5], 1)
    blocks = [Title("黄石市西塞山区住房和城乡建设局2023年度部门整体支出绩效自评情况表"),
              "一、预算资金执行情况（单位：万元）", bt,
              "二、绩效指标完成及评分情况", t,
              "评分规则：1.预算执行率≥98%得满分，每低1个百分点扣0.5分；2.其他指标完成年度目标值得满分，未完成的根据偏差"
              "程度及原因酌情扣分。",
              "三、自评结论：自评等级分为优（90分及以上）、良（80分至89.99分）、中（60分至79.99分）、差（60分以下）。"
              f"本单位2023年度部门整体支出绩效自评得分{fmt(total)}分，等级为“优”。",
              "填报单位：黄石市西塞山区住房和城乡建设局　　　　　　填报日期：2024年3月28日"]
    g = gold(None, "黄石市西塞山区住房和城乡建设局", 2023, "COUNTY", "湖北省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ini, adj, exp, rate, b_adj, b_exp, p_adj, p_exp), secs_p, grows(ind))
    fnd = [
        F("BUDGET_ROW_SCORE", "预算执行率", "预算执行率 | 10 | ≥98% | 95.00% | 9.5", "9.5", "8.5", "HIGH", "ERROR",
          "评分规则 1: 95.00% = 5337.48 ÷ 5618.40 is 3 points under 98% → 10 − 3 × 0.5 = 8.5 (9.5 is 95% × 10, "
          "not this template's rule); the 总分 98 and the 小计 9.5 carry it (97 by the rule): one problem"),
        F("SECTION_VS_ROWS", "产出指标", "产出指标 | 小计 | 50 | 50", "50", "48.5", "HIGH", "ERROR",
          "rows 8 + 8 + 6 + 8 + 6 + 6.5 + 6 = 48.5: the 小计 was not updated after 按期开工率 lost 1.5; the 总分 98 is "
          "the sum of the rows (the 小计s 9.5 + 50 + 30 + 10 add to 99.5): one problem"),
    ]
    traps = ["老旧小区改造项目个数 12个 vs ≥12个", "按期开工率 86.7% < ≥90% loses 1.5 with a reason under 酌情扣分 (no numeric rule)",
             "建筑施工 未发生较大及以上安全事故 full marks", "等级 优 for 98 (band ≥90)", "执行率 95.00% = 5337.48 ÷ 5618.40"]
    return {"stem": "h77_xisaishan_zhujian", "format": "docx", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": traps}


ALL.append(h77())


# ============================================================ h78 醴陵市农业农村局 (PDF, 项目 in 元, 序号 and 计分方法 columns, fund sources by level)
def h78():
    srcs = [("中央财政资金", 8000000.00, 8000000.00, 8000000.00),
            ("省级财政资金", 2400000.00, 2400000.00, 2310000.00),
            ("市县配套资金", 1600000.00, 3160000.00, 2574712.00)]
    ini, adj, exp = (round(sum(s[k] for s in srcs), 2) for k in (1, 2, 3))
    assert (ini, adj, exp) == (12000000.00, 13560000.00, 12884712.00)
    rate = pct(exp, adj)
    assert rate == 95.02
    bscore = 9.50  # 95.02% × 10 = 9.502 → 9.50 (trap: rounding)
    note_score = "9.05"  # PLANT FORMULA: 95.02% × 10 = 9.50
    P = "按完成比例计分（完成率×分值）"
    Q = "达到目标值得满分，未达到不得分"
    ind = [
        # PLANT RULE_SCORE: 1.38 / 1.5 = 92% × 15 = 13.8; printed 14.5
        (None, "产出指标", "数量指标", "新建高标准农田面积", "1.5万亩", "1.38万亩", 15, 14.5, P),
        (None, "产出指标", "数量指标", "高效节水灌溉面积", "2000亩", "1900亩", 5, 4.75, P),  # trap: 95% × 5
        (None, "产出指标", "质量指标", "工程验收合格率", "100%", "100%", 10, 10, Q),
        (None, "产出指标", "时效指标", "项目完工及时率", "≥90%", "92%", 5, 5, Q),
        (None, "产出指标", "成本指标", "亩均财政投资", "≤3000元/亩", "2980元/亩", 5, 5, Q),
        (None, "效益指标", "经济效益指标", "项目区粮食亩产增加", "≥50公斤", "55公斤", 10, 10, Q),
        (None, "效益指标", "社会效益指标", "受益农户数", "≥6000户", "6120户", 10, 10, Q),
        (None, "效益指标", "生态效益指标", "项目区化肥农药使用量", "较上年减少", "较上年减少3.2%", 10, 10, Q),
        # PLANT TARGET_MISSED_FULL_MARKS: 0.4 < ≥0.5 个等级, full marks
        (None, "效益指标", "可持续影响指标", "项目区耕地质量等级提升", "≥0.5个等级", "0.4个等级", 10, 10,
         "达到目标值得满分，未达到的酌情扣分"),
        (None, "满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "94.5%", 10, 10, "≥90%得满分，每低1个百分点扣1分"),
    ]
    assert sum_w(ind) == 90 and sum_s(ind) == 89.25
    total = round(bscore + sum_s(ind), 2)  # 98.75
    rows = [["项目名称", "2024年醴陵市高标准农田建设项目", "", "", "", "", "", "", ""],
            ["主管部门", "醴陵市农业农村局", "", "", "实施单位", "醴陵市农田建设服务中心", "", "", ""],
            ["资金来源（元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分", ""],
            ["", "合计", mc(ini), mc(adj), mc(exp), f"{rate:.2f}%", "10", f"{bscore:.2f}", ""]]
    for n, a, b, c in srcs:
        rows.append(["", n, mc(a), mc(b), mc(c), f"{pct(c, b):.2f}%", "—", "—", ""])
    merges = [(0, 1, 0, 8), (1, 1, 1, 3), (1, 5, 1, 8), (2, 0, len(rows) - 1, 0)] + \
             [(r, 7, r, 8) for r in range(2, len(rows))]
    rows.append(["序号", "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "计分方法", "得分"])
    hdr = len(rows) - 1
    start = len(rows)
    for k, (_, l1, l2, l3, t, a, w, s, x) in enumerate(ind, 1):
        rows.append([str(k), l1, l2, l3, fmt(w), t, a, x, fmt(s)])
    merges += group_merges(rows, [1, 2], start)
    rows.append(["合计", "", "", "", "100", "", "", "", fmt(total)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
    t = styled(Table(rows, merges), [1.8, 2.4, 2.6, 3.4, 2.8, 2.4, 2.4, 4.2, 1.6], 0)
    blocks = [Title("2024年度项目支出绩效自评表"), t,
              "说明：1.预算执行得分=预算执行率×10分；2.计分方法见表内各指标；3.总分=预算执行得分+各项绩效指标得分。",
              f"本项目全年执行{mc(exp)}元，预算执行率{rate:.2f}%，预算执行得分=95.02%×10={note_score}分；"
              f"绩效指标得分{fmt(sum_s(ind))}分，自评总分{fmt(total)}分。",
              "项目负责人：谭××　　联系电话：0731-232×××××　　填报日期：2025年2月20日"]
    g = gold(None, "醴陵市农业农村局", 2024, "COUNTY", "湖南省", "SELF_EVALUATION", None, total, 100, None,
             budget(wan(ini), wan(adj), wan(exp), rate), [],
             [row(None, None, "合计", None, f"{rate:.2f}%", 10, bscore)] + grows(ind))
    g["project"], g["implementingUnit"] = "2024年醴陵市高标准农田建设项目", "醴陵市农田建设服务中心"
    fnd = [
        F("RULE_SCORE", "新建高标准农田面积", "1.5万亩 | 1.38万亩 | 按完成比例计分（完成率×分值） | 14.5", "14.5", "13.8",
          "HIGH", "ERROR", "完成率 1.38 ÷ 1.5 = 92%; 92% × 15 = 13.8 (total would be 98.05)"),
        F("TARGET_MISSED_FULL_MARKS", "项目区耕地质量等级提升", "≥0.5个等级 | 0.4个等级 | 10", "10", "< 10", "HIGH",
          "WARNING", "0.4 misses ≥0.5 个等级, yet 10 of 10 under 达到目标值得满分，未达到的酌情扣分; no reason given"),
        F("FORMULA", "预算执行得分", f"预算执行得分=95.02%×10={note_score}分", note_score, "9.50", "HIGH", "ERROR",
          "95.02% × 10 = 9.502 → 9.50; the table prints 9.50 and the total uses it: only the sentence is wrong"),
    ]
    traps = ["预算执行得分 9.50 = 95.02% × 10 (rounded)", "高效节水灌溉面积 1900/2000 = 95% × 5 = 4.75 (partial by rule)",
             "亩均财政投资 2980 ≤ 3000", "省级 96.25% and 市县 81.48% rates under their budgets (no finding)"]
    return {"stem": "h78_liling_nongye", "format": "pdf", "page": "A4L", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": traps}


ALL.append(h78())


# ============================================================ h79 莱西市市场监管局 (XLSX, 序号 + 三级 first, 一级/二级 after, 权重 and 评分办法)
def h79():
    B = (3120.50, 3386.72, 3271.57)
    rate = pct(B[2], B[1])
    assert rate == 96.6
    ind = [
        (None, "预算执行", "预算执行", "预算执行率", "≥95%", f"{rate:.2f}%", 10, 10, "执行率≥95%得满分，每低1个百分点扣1分"),
        (None, "产出", "数量", "食品安全抽检批次", "≥2400批次", "2516批次", 8, 8, "完成得满分，每少10%扣2分"),
        (None, "产出", "数量", "特种设备定期检验率", "100%", "100%", 8, 8, "达到100%得满分，否则不得分"),  # trap exact
        # trap: 95% is 5 points under → 5 × 0.4 = 2 → 6
        (None, "产出", "数量", "“双随机、一公开”抽查任务完成率", "100%", "95%", 8, 6, "完成率100%得满分，每低1个百分点扣0.4分"),
        # PLANT ROW_SCORE_OVER_WEIGHT: 8.5 of 8
        (None, "产出", "质量", "抽检不合格食品核查处置率", "100%", "100%", 8, 8.5, "达到100%得满分，否则不得分"),
        (None, "产出", "时效", "投诉举报处理及时率", "≥95%", "98.2%", 6, 6, "≥95%得满分，每低1个百分点扣1分"),
        (None, "效益", "社会效益", "辖区重大食品安全事故", "未发生", "未发生", 8, 8, "未发生得满分，发生一起扣4分"),  # trap
        # PLANT TARGET_MET_POINTS_LOST: 3412 ≥ 3000, its rule gives 8; 7 with no reason
        (None, "效益", "社会效益", "市场主体净增户数", "≥3000户", "3412户", 8, 7, "完成得满分，未完成按比例得分"),
        # PLANT MALFORMED_RULE: 85%–90% both 得6分 and 不得分
        (None, "效益", "经济效益", "企业登记全程电子化率", "≥90%", "93.5%", 8, 8, "≥90%得满分；≥85%得6分；<90%不得分"),
        (None, "效益", "可持续影响", "质量强市工作机制", "持续完善", "已建立联席会议制度", 8, 8, "机制健全得满分，否则酌情扣分"),
        (None, "满意度", "服务对象满意度", "市场主体满意度", "≥90%", "92.3%", 10, 10, "≥90%得满分，每低1个百分点扣1分"),
        # trap: 83% is 2 under ≥85% → 8
        (None, "满意度", "服务对象满意度", "消费者投诉处理满意度", "≥85%", "83%", 10, 8, "≥85%得满分，每低1个百分点扣1分"),
    ]
    assert sum_w(ind) == 100
    total = sum_s(ind)
    assert total == 95.5
    rows = [["莱西市市场监督管理局2021年度整体支出绩效自评表", "", "", "", "", "", "", "", ""],
            ["金额单位：万元", "", "", "", "", "", "", "", ""],
            ["年初预算", Num(B[0], "#,##0.00"), "调整预算", Num(B[1], "#,##0.00"), "实际支出", Num(B[2], "#,##0.00"),
             "执行率", Num(rate / 100, "0.00%"), ""],
            ["序号", "三级指标", "一级指标", "二级指标", "权重", "目标值", "实际值", "评分办法", "得分"]]
    merges = [(0, 0, 0, 8), (1, 0, 1, 8), (2, 7, 2, 8)]
    for k, (_, l1, l2, l3, t, a, w, s, x) in enumerate(ind, 1):
        rows.append([Num(k), l3, l1, l2, Num(w), t, a, x, Num(s)])
    rows.append(["合计", "", "", "", Num(100), "", "", "", Num(total)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
    rows.append(["自评等级：优（≥90分）", "", "", "", "", "", "", "", ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 8))
    t = Table(rows, merges)
    t.widths = [5, 26, 9, 12, 6, 11, 16, 34, 6]
    t.first_table_row = 2
    g = gold(None, "莱西市市场监督管理局", 2021, "COUNTY", "山东省", "SELF_EVALUATION", None, total, 100, "优",
             budget(B[0], B[1], B[2], rate), [], grows(ind))
    fnd = [
        F("ROW_SCORE_OVER_WEIGHT", "抽检不合格食品核查处置率", "抽检不合格食品核查处置率 | 8 | 100% | 100% | 8.5", "8.5",
          "≤ 8", "HIGH", "ERROR", "得分 8.5 above 权重 8 (100% earns exactly 8); the 合计 95.5 is the sum of the rows "
          "as printed (95 without the extra 0.5)"),
        F("TARGET_MET_POINTS_LOST", "市场主体净增户数", "≥3000户 | 3412户 | 完成得满分，未完成按比例得分 | 7", "7", "8",
          "HIGH", "WARNING", "3412户 meets ≥3000户; its own rule gives the full 8; 1 point lost with no reason"),
        F("MALFORMED_RULE", "企业登记全程电子化率", "≥90%得满分；≥85%得6分；<90%不得分", "≥85%得6分；<90%不得分",
          "disjoint bands", "HIGH", "WARNING", "the bands overlap: 85%–90% is both 得6分 and 不得分 (the row itself, "
          "93.5% ≥ 90%, scores 8 either way)"),
    ]
    traps = ["执行率 96.60% ≥ 95% full marks", "特种设备定期检验率 100% vs 100%",
             "双随机 95% → 8 − 5 × 0.4 = 6 (partial by rule)", "消费者投诉处理满意度 83% → 8 by 每低1个百分点扣1分",
             "辖区重大食品安全事故 未发生 full marks", "质量强市工作机制 已建立 vs 持续完善 full marks under 酌情扣分"]
    return {"stem": "h79_laixi_shichang", "format": "xlsx", "sheets": [("自评表", t)], "gold": g, "findings": fnd,
            "traps": traps}


ALL.append(h79())


# ============================================================ h80 凯里市教育局 (HTML, 自评报告 with 一级 header rows carrying 分值/得分, 三公 line)
def h80():
    ini, adj, exp = 18650.00, 19872.36, 19024.90
    b_adj, b_exp = 12418.20, 12397.64
    p_adj, p_exp = 7354.16, 6627.26   # PLANT BREAKDOWN_SUM: 12418.20 + 7354.16 = 19772.36 ≠ 19872.36
    assert round(b_exp + p_exp, 2) == exp and round(b_adj + p_adj, 2) == 19772.36
    sg_b, sg_e = 48.60, 51.32          # PLANT SPENDING_OVER_BUDGET: “三公”经费 51.32 > 48.60
    rate = pct(exp, adj)
    assert rate == 95.74
    prose_exp = "19,204.90"  # PLANT SAME_FIGURE_DIFFERS: the table prints 19,024.90
    ind = [
        (None, "产出指标", "数量指标", "学前教育生均公用经费保障人数", "≥2.1万人", "2.16万人", 7, 7, ""),
        (None, "产出指标", "数量指标", "义务教育营养改善计划受益学生", "≥6.5万人", "6.52万人", 7, 7, ""),
        (None, "产出指标", "数量指标", "新建改扩建校舍面积", "≥3.6万平方米", "3.6万平方米", 7, 7, ""),  # trap exact
        (None, "产出指标", "质量指标", "九年义务教育巩固率", "≥97%", "98.3%", 8, 8, ""),
        (None, "产出指标", "质量指标", "校舍安全隐患整改率", "100%", "100%", 8, 8, ""),
        (None, "产出指标", "时效指标", "学生资助资金发放及时率", "100%", "100%", 8, 8, ""),
        (None, "效益指标", "社会效益指标", "控辍保学", "动态清零", "动态清零", 9, 9, ""),
        (None, "效益指标", "社会效益指标", "重大校园安全责任事故", "未发生", "未发生", 8, 8, ""),  # trap
        (None, "效益指标", "社会效益指标", "家庭经济困难学生资助", "应助尽助", "应助尽助", 9, 9, ""),
        # trap: "包括…等" list; judgement deduction with a reason
        (None, "效益指标", "可持续影响指标", "教师队伍建设", "持续加强", "完成教师培训1.2万人次，包括国培、省培、州培等", 9, 8.5,
         "乡村学校教师结构性缺编问题仍存在"),
        (None, "满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "93.1%", 10, 10, ""),
        (None, "预算执行指标", "预算执行", "部门预算执行率", "≥95%", f"{rate:.2f}%", 10, 10, ""),
    ]
    names = ["产出指标", "效益指标", "满意度指标", "预算执行指标"]
    secs = section_list(ind, names)
    total = sum_s(ind)
    assert sum_w(ind) == 100 and total == 99.5
    cn = "一二三四"
    rows = [["二级指标", "三级指标", "年度目标值", "实际完成值", "分值", "得分", "偏差原因"]]
    merges = []
    for i, (n, w, s) in enumerate(secs):
        rows.append([f"{cn[i]}、{n}（分值{fmt(w)}分，得分{fmt(s)}分）"] + [""] * 6)
        merges.append((len(rows) - 1, 0, len(rows) - 1, 6))
        start = len(rows)
        for _, l1, l2, l3, t, a, w_, s_, x in [r for r in ind if r[1] == n]:
            rows.append([l2, l3, t, a, fmt(w_), fmt(s_), x])
        merges += group_merges(rows, [0], start)
    rows.append(["合计", "", "", "", "100", fmt(total), ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
    t = Table(rows, merges)
    bt = Table([["项目", "年初预算数", "调整后预算数", "全年支出数", "预算执行率"],
                ["支出合计", mc(ini), mc(adj), mc(exp), f"{rate:.2f}%"],
                ["1.基本支出", "12,106.00", mc(b_adj), mc(b_exp), f"{pct(b_exp, b_adj):.2f}%"],
                ["2.项目支出", "6,544.00", mc(p_adj), mc(p_exp), f"{pct(p_exp, p_adj):.2f}%"],
                ["其中：“三公”经费", "48.60", mc(sg_b), mc(sg_e), f"{pct(sg_e, sg_b):.2f}%"]])
    assert round(12106.00 + 6544.00, 2) == ini
    blocks = [Title("凯里市教育局2025年度部门整体支出绩效自评报告"),
              "一、部门概况",
              "凯里市教育局负责全市学前教育、义务教育、普通高中教育的统筹规划和管理，下辖中小学、幼儿园共142所。",
              "二、部门预算收支情况",
              f"2025年度部门年初预算18,650.00万元，调整后预算19,872.36万元，全年支出{prose_exp}万元，"
              f"预算执行率{rate:.2f}%。单位：万元",
              bt,
              "三、绩效指标完成情况",
              "全年落实学前教育、义务教育各项经费保障政策，完成新建改扩建校舍3.6万平方米，九年义务教育巩固率98.3%，"
              "全年未发生重大校园安全责任事故。",
              t,
              "四、自评结论",
              f"经自评，本部门2025年度整体支出绩效自评得分{fmt(total)}分，评价等级为“优”。",
              "五、存在的问题及改进措施",
              "一是乡村学校教师结构性缺编；二是“三公”经费控制有待加强。下一步将加强预算执行管理。",
              "凯里市教育局　2026年3月"]
    g = gold(None, "凯里市教育局", 2025, "COUNTY", "贵州省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ini, adj, exp, rate, b_adj, b_exp, p_adj, p_exp), secs, grows(ind))
    fnd = [
        F("BREAKDOWN_SUM", "调整后预算数", "1.基本支出 | 12,418.20 … 2.项目支出 | 7,354.16 … 支出合计 | 19,872.36",
          "19,872.36", "19,772.36", "HIGH", "ERROR", "12418.20 + 7354.16 = 19772.36, 100.00 short of the printed "
          "19872.36 (the 支出 column adds up: 12397.64 + 6627.26 = 19024.90)"),
        F("SPENDING_OVER_BUDGET", "“三公”经费", "其中：“三公”经费 | 48.60 | 48.60 | 51.32 | 105.60%", "51.32", "≤ 48.60",
          "HIGH", "WARNING", "“三公”经费 支出 51.32 exceeds its 预算 48.60 by 2.72 (105.60%, printed correctly)"),
        F("SAME_FIGURE_DIFFERS", "全年支出数", f"全年支出{prose_exp}万元", f"{prose_exp}万元", "19,024.90万元", "HIGH",
          "WARNING", "the prose says 19,204.90; the table prints 19,024.90 and 95.74% = 19,024.90 ÷ 19,872.36 "
          "(digits swapped)"),
    ]
    traps = ["新建改扩建校舍面积 3.6 vs ≥3.6万平方米", "重大校园安全责任事故 未发生 full marks",
             "教师培训 “包括国培、省培、州培等” (a non-exhaustive list)", "教师队伍建设 扣0.5 with a reason, no rule",
             "section header rows (分值/得分) add to their rows"]
    return {"stem": "h80_kaili_jiaoyu", "format": "html", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": traps, "title": "凯里市教育局2025年度部门整体支出绩效自评报告"}


ALL.append(h80())


# ============================================================ h81 甘州区水务局 (DOC, 项目 in 元, 完成率(B/A) column)
def h81():
    ini, adj, exp = 6000000.00, 6480000.00, 5896800.00
    rate = pct(exp, adj)
    assert rate == 91.0
    prate = 93.0   # PLANT EXECUTION_RATE: 5,896,800.00 ÷ 6,480,000.00 = 91.00%
    bscore = 9.3   # follows the printed rate (9.1 by the true one): same problem
    R = "—"
    ind = [
        (None, "产出指标", "数量指标", "新建集中供水工程", "4处", "4处", 10, 10, "100%"),
        (None, "产出指标", "数量指标", "改造供水管网", "36公里", "33公里", 10, 9.17, "91.67%"),  # trap: 9.167 → 9.17
        # PLANT RULE_SCORE: 分值×完成率 = 10 × 90% = 9.0; printed 9.5
        (None, "产出指标", "数量指标", "安装智能水表", "3000块", "2700块", 10, 9.5, "90.00%"),
        (None, "产出指标", "质量指标", "工程质量验收合格率", "100%", "100%", 10, 10, "100%"),
        # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: 尚未安装调试, full marks
        (None, "产出指标", "质量指标", "水厂消毒设备配套", "完成配套", "设备已采购，尚未安装调试", 5, 5, R),
        (None, "产出指标", "时效指标", "工程完工时间", "2022年11月底前", "2022年11月", 5, 5, R),
        (None, "效益指标", "社会效益指标", "受益人口", "≥3.2万人", "3.26万人", 10, 10, "101.88%"),
        (None, "效益指标", "社会效益指标", "农村自来水普及率", "≥95%", "96.2%", 10, 10, R),
        (None, "效益指标", "生态效益指标", "集中式饮用水水源地水质达标率", "100%", "100%", 5, 5, "100%"),
        (None, "效益指标", "可持续影响指标", "工程运行管护机制", "建立健全", "已建立", 5, 5, R),
        (None, "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "92%", 10, 10, R),
    ]
    assert sum_w(ind) == 90 and sum_s(ind) == 88.67
    total = round(bscore + sum_s(ind), 2)  # 97.97
    rows = [["项目名称", "2022年甘州区农村供水保障工程", "", "", "", "", "", "", ""],
            ["主管部门", "张掖市甘州区水务局", "", "", "实施单位", "甘州区农村供水管理站", "", "", ""],
            ["项目资金（元）", "年初预算数", "", "全年预算数", "全年执行数", "", "执行率", "分值", "得分"],
            ["", mc(ini), "", mc(adj), mc(exp), "", f"{prate:.2f}%", "10", fmt(bscore)],
            ["一级指标", "二级指标", "三级指标", "年度指标值(A)", "实际完成值(B)", "完成率(B/A)", "分值", "得分", "未完成原因"]]
    merges = [(0, 1, 0, 8), (1, 1, 1, 3), (1, 5, 1, 8), (2, 0, 3, 0), (2, 1, 2, 2), (3, 1, 3, 2), (2, 4, 2, 5),
              (3, 4, 3, 5)]
    start = len(rows)
    reason = {"改造供水管网": "3公里管网涉及国道穿越，审批未完成", "安装智能水表": "部分农户未在家，入户安装延后",
              "水厂消毒设备配套": "设备2022年12月到货"}
    for _, l1, l2, l3, t, a, w, s, x in ind:
        rows.append([l1, l2, l3, t, a, x, fmt(w), fmt(s), reason.get(l3, "")])
    merges += group_merges(rows, [0, 1], start)
    rows.append(["总分", "", "", "", "", "", "100", fmt(total), ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
    t = styled(Table(rows, merges), [2.0, 2.2, 3.2, 2.6, 2.8, 1.8, 1.2, 1.2, 3.2], 0)
    blocks = [Title("项目支出绩效目标完成情况自评表"), "（2022年度）", t,
              "计分说明：1.预算执行率得分=执行率×10；2.数量指标得分=分值×完成率（完成率超过100%的按100%计）；"
              "3.其他指标达到目标值得满分，未达到的根据实际情况酌情扣分。",
              "填报单位：张掖市甘州区水务局（盖章）　　　　填报日期：2023年4月6日"]
    g = gold(None, "张掖市甘州区水务局", 2022, "COUNTY", "甘肃省", "SELF_EVALUATION", None, total, 100, None,
             budget(wan(ini), wan(adj), wan(exp), prate), [],
             [row(None, None, "项目资金", None, f"{prate:.2f}%", 10, bscore)] + grows(ind))
    g["project"], g["implementingUnit"] = "2022年甘州区农村供水保障工程", "甘州区农村供水管理站"
    fnd = [
        F("EXECUTION_RATE", "执行率", f"{mc(adj)} | {mc(exp)} | {prate:.2f}% | 10 | {fmt(bscore)}", f"{prate:.2f}%",
          "91.00%", "HIGH", "ERROR", "5,896,800.00 ÷ 6,480,000.00 = 91.00%; the 得分 9.3 follows the printed 93.00% "
          "(9.1 by the true rate; the 总分 97.97 would be 97.77): one problem"),
        F("RULE_SCORE", "安装智能水表", "3000块 | 2700块 | 90.00% | 10 | 9.5", "9.5", "9.0", "HIGH", "ERROR",
          "计分说明 2: 分值 × 完成率 = 10 × 2700/3000 = 9.0"),
        F("NARRATIVE_NOT_DONE_FULL_MARKS", "水厂消毒设备配套", "完成配套 | 设备已采购，尚未安装调试 | 5 | 5", "5", "< 5",
          "MEDIUM", "WARNING", "target 完成配套, actual says 尚未安装调试 (设备12月到货), yet 5 of 5"),
    ]
    traps = ["改造供水管网 33/36 = 91.67% × 10 = 9.167 printed 9.17", "受益人口 101.88% counted as 100% → 10",
             "工程完工时间 2022年11月 vs 11月底前", "完成率 column '—' for non-quantity rows"]
    return {"stem": "h81_ganzhou_shuiwu", "format": "doc", "page": "A4L", "blocks": blocks, "gold": g,
            "findings": fnd, "traps": traps}


ALL.append(h81())


# ============================================================ h82 柯城区退役军人事务局 (TXT, indicators as numbered prose lines, fund sources)
def h82():
    srcs = [("一般公共预算拨款", 1862.30, 1986.14, 1846.65),
            ("上年结转", 0.00, 49.50, 46.50),
            ("政府性基金预算拨款", 0.00, 0.00, 0.00)]   # PLANT RATE_OVER_ZERO_BASE: printed 100.00%
    ini, adj, exp = (round(sum(s[k] for s in srcs), 2) for k in (1, 2, 3))
    assert (ini, adj, exp) == (1862.30, 2035.64, 1893.15)
    rate = pct(exp, adj)
    assert rate == 93.0
    ind = [
        # trap: 2 points under 95% → 扣2 → 8 (partial by rule)
        (None, "预算执行", "预算执行", "预算执行率", "≥95%", f"{rate:.2f}%", 10, 8, ""),
        (None, "产出指标", "数量指标", "退役军人服务站规范化建设数量", "≥12个", "12个", 8, 8, ""),  # trap exact
        (None, "产出指标", "数量指标", "优抚对象抚恤补助发放人数", "≥4200人", "4236人", 8, 8, ""),
        (None, "产出指标", "质量指标", "抚恤补助发放准确率", "100%", "100%", 8, 8, ""),
        (None, "产出指标", "时效指标", "抚恤补助资金按月发放及时率", "100%", "100%", 8, 8, ""),
        (None, "产出指标", "成本指标", "退役士兵适应性培训人均成本", "≤3000元", "2860元", 8, 8, ""),
        (None, "效益指标", "社会效益指标", "退役士兵就业率", "≥85%", "81.6%", 10, 6,
         "受经济环境影响，部分退役士兵就业意向不强"),  # trap: judgement, reason given
        (None, "效益指标", "社会效益指标", "涉退役军人信访事项按期办结率", "≥95%", "92%", 10, 7,
         "个别信访事项涉及历史遗留问题，办理周期较长"),
        (None, "效益指标", "可持续影响指标", "双拥模范城创建成果", "巩固", "巩固提升", 10, 10, ""),
        (None, "满意度指标", "服务对象满意度指标", "优抚对象满意度", "≥90%", "88.5%", 10, 7.5, "部分对象对服务时效有意见"),
        (None, "满意度指标", "服务对象满意度指标", "退役军人满意度", "≥90%", "91%", 10, 10, ""),
    ]
    names = ["预算执行", "产出指标", "效益指标", "满意度指标"]
    secs = section_list(ind, names)
    assert sum_w(ind) == 100 and sum_s(ind) == 88.5
    total = 89.5  # PLANT TOTAL_VS_ROWS: rows and the four printed subtotals add to 88.5
    grade = "优"  # PLANT GRADE_OUTSIDE_BANDS: bands printed, 优 needs ≥90; 89.5 and 88.5 are both 良
    L = ["衢州市柯城区退役军人事务局2023年度部门整体支出绩效自评报告", "",
         "一、部门基本情况",
         "本局内设办公室、优抚安置科、权益维护科3个科室，下属区退役军人服务中心1个事业单位。", "",
         "二、预算资金情况（单位：万元）",
         "资金来源\t年初预算数\t全年预算数\t全年执行数\t执行率",
         f"合计\t{m2(ini)}\t{m2(adj)}\t{m2(exp)}\t{rate:.2f}%"]
    for n, a, b, c in srcs:
        r = f"{pct(c, b):.2f}%" if b else "100.00%"
        L.append(f"{n}\t{m2(a)}\t{m2(b)}\t{m2(c)}\t{r}")
    L += ["", "三、绩效指标完成情况"]
    cn = "一二三四"
    k = 0
    for i, (n, w, s) in enumerate(secs):
        L.append(f"（{cn[i]}）{n}（分值{fmt(w)}分）")
        last = None
        j = 0
        for _, l1, l2, l3, t, a, w_, s_, x in [r for r in ind if r[1] == n]:
            if l2 != last:
                j += 1
                L.append(f"{j}.{l2}")
                last = l2
            k += 1
            line = f"（{k}）{l3}：年度目标{t}，实际完成{a}，分值{fmt(w_)}分，得分{fmt(s_)}分。"
            if x:
                line += f"未完成原因：{x}。"
            L.append(line)
    sec_text = "，".join(f"{n}得{fmt(s)}分" for n, w, s in secs)
    L += ["", "四、自评结论",
          "评价等级：90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。",
          f"经自评，{sec_text}，自评总分{fmt(total)}分，自评等级为“{grade}”。", "",
          "五、存在问题及下一步打算",
          "退役士兵就业质量有待提高，信访积案化解需持续发力。下一步将加强就业创业指导，优化服务保障。", "",
          "衢州市柯城区退役军人事务局", "2024年3月15日"]
    text = "\n".join(L) + "\n"
    g = gold(None, "衢州市柯城区退役军人事务局", 2023, "COUNTY", "浙江省", "SELF_EVALUATION", None, total, 100, grade,
             budget(ini, adj, exp, rate), secs, grows(ind))
    fnd = [
        F("TOTAL_VS_ROWS", "自评总分", f"自评总分{fmt(total)}分", fmt(total), "88.5", "HIGH", "ERROR",
          "rows add to 88.5, as do the printed subtotals 8 + 40 + 23 + 17.5"),
        F("GRADE_OUTSIDE_BANDS", "自评等级", f"自评总分{fmt(total)}分，自评等级为“{grade}”", grade, "良", "HIGH", "ERROR",
          "the printed bands give 优 only from 90; 89.5 (as printed) and 88.5 (the rows) are both 良"),
        F("RATE_OVER_ZERO_BASE", "政府性基金预算拨款", "政府性基金预算拨款 | 0.00 | 0.00 | 0.00 | 100.00%", "100.00%",
          "— (base 0)", "HIGH", "WARNING", "a 执行率 printed over a 全年预算数 of 0.00"),
    ]
    traps = ["预算执行率 93.00% → 8 by 每低1个百分点扣1分 (partial by rule)", "服务站 12个 vs ≥12个",
             "就业率 / 办结率 / 优抚满意度 lose points with reasons, no numeric rule", "上年结转 年初 0.00, 全年 49.50 (93.94%)"]
    return {"stem": "h82_kecheng_tuiyijunren", "format": "txt", "text": text, "gold": g, "findings": fnd,
            "traps": traps}


ALL.append(h82())
