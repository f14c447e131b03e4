"""Round 7 (audit), h61-h70: reports with PLANTED inconsistencies in layouts unlike round 4.

Same method as reports4.py: each report is written once, its blocks (or sheets, or text) and its gold are
built from the same tuples, so the gold records what the report PRINTS, errors included. Every planted
figure carries a `# PLANT <KIND>` comment and the expected finding is written next to it (`findings`);
`traps` lists what an audit must NOT flag. heldout7.py writes the files, gold/<stem>.json and
findings/<stem>.json, and refuses a report whose recomputation finds a mismatch no planted finding covers.

Indicator tuples: (goal, 一级, 二级, 三级, 指标值, 完成值, 分值, 得分, extra) where extra is the 评分标准 /
偏差原因 / 扣分原因 text of the layout (a dict when a layout has several such columns).
"""
from heldout import PageBreak, Table, Title, group_merges, fmt, row, budget, gold, render_txt
from reports3_a import Num
from reports4 import styled, pct, m2, mc, F, grows, ind_table, sum_s, sum_w, section_list

ALL = []


def yuan_to_wan(x):
    return round(x / 10000, 6)


def X(tup, key):
    """the extra text of a tuple: a string, or a dict of texts keyed by column."""
    x = tup[8]
    if isinstance(x, dict):
        return x.get(key, "")
    return x if key == "x" else ""


# ============================================================ h61 崇川区卫健委 (DOCX, 财政部 部门整体 head block, 按收入/支出性质分)
def h61():
    # 年初, 全年, 执行 (万元)
    tot = (11863.40, 12486.30, 11525.63)
    fin = (11263.40, 11806.30, 10915.63)   # 一般公共预算
    oth = (600.00, 680.00, 610.00)          # 其他资金
    bas = (4102.66, 4215.80, 4298.12)       # PLANT SPENDING_OVER_BUDGET: 基本支出 4298.12 > 4215.80
    pro = (7760.74, 8270.50, 7227.51)
    for k in range(3):
        assert round(fin[k] + oth[k], 2) == tot[k] and round(bas[k] + pro[k], 2) == tot[k]
    rate = pct(tot[2], tot[1])  # 92.31
    assert rate == 92.31
    bscore = 10  # PLANT BUDGET_ROW_SCORE: the printed rule 执行率×分值 gives 9.23
    ind = [
        (None, "产出指标", "数量指标", "家庭医生签约服务人数", "≥12万人", "12.6万人", 8, 8, ""),
        (None, "产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥3.2万人", "3.35万人", 8, 8, ""),
        # PLANT TARGET_MISSED_FULL_MARKS: 93.8% < ≥95%, full marks, no 偏差原因
        (None, "产出指标", "质量指标", "适龄儿童国家免疫规划疫苗接种率", "≥95%", "93.8%", 8, 8, ""),
        (None, "产出指标", "质量指标", "法定传染病报告及时率", "100%", "100%", 6, 6, ""),  # trap: met exactly
        (None, "产出指标", "时效指标", "基本公共卫生服务补助资金拨付及时率", "≥95%", "95%", 6, 6, ""),  # trap: at the bound
        (None, "产出指标", "成本指标", "人均基本公共卫生服务经费补助标准", "≥94元", "94元", 6, 6, ""),
        (None, "效益指标", "社会效益指标", "居民规范化电子健康档案建档率", "≥90%", "91.4%", 8, 8, ""),
        (None, "效益指标", "社会效益指标", "辖区医疗卫生机构安全生产事故", "未发生重大安全事故", "未发生安全事故", 6, 6, ""),  # trap
        (None, "效益指标", "社会效益指标", "居民健康素养水平", "≥30%", "31.2%", 6, 6, ""),
        (None, "效益指标", "可持续影响指标", "社区卫生服务中心服务能力", "持续提升", "3家中心达到国家推荐标准", 8, 8, ""),
        (None, "满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥90%", "92.5%", 10, 10, ""),
        (None, "满意度指标", "服务对象满意度指标", "医务人员满意度", "≥85%", "84.2%", 10, 9,
         "部分医务人员对绩效分配有意见，2025年优化绩效考核方案"),  # trap: judgement deduction, no rule
    ]
    assert sum_w(ind) == 90 and sum_s(ind) == 89
    total = round(bscore + sum_s(ind), 2)  # 99 (rows add to 99; with 9.23 it would be 98.23)
    prose_rate = "93.21%"  # PLANT SAME_FIGURE_DIFFERS: the table prints 92.31%
    W = 8
    rows = [["部门（单位）名称", "南通市崇川区卫生健康委员会", "", "", "", "", "", ""],
            ["年度预算资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", m2(tot[0]), m2(tot[1]), m2(tot[2]), "10", f"{rate:.2f}%", fmt(bscore)],
            ["", "按收入性质分", "", "", "", "", "", ""],
            ["", "其中：一般公共预算", m2(fin[0]), m2(fin[1]), m2(fin[2]), "—", f"{pct(fin[2], fin[1]):.2f}%", "—"],
            ["", "其他资金", m2(oth[0]), m2(oth[1]), m2(oth[2]), "—", f"{pct(oth[2], oth[1]):.2f}%", "—"],
            ["", "按支出性质分", "", "", "", "", "", ""],
            ["", "其中：基本支出", m2(bas[0]), m2(bas[1]), m2(bas[2]), "—", f"{pct(bas[2], bas[1]):.2f}%", "—"],
            ["", "项目支出", m2(pro[0]), m2(pro[1]), m2(pro[2]), "—", f"{pct(pro[2], pro[1]):.2f}%", "—"],
            ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
            ["", "做实家庭医生签约服务，落实国家基本公共卫生服务项目，提高免疫规划疫苗接种率，"
                 "提升社区卫生服务能力，保障辖区医疗卫生安全。", "", "",
             f"全年执行{m2(tot[2])}万元，预算执行率{prose_rate}；家庭医生签约12.6万人，老年人健康管理3.35万人，"
             "3家社区卫生服务中心达到国家推荐标准。", "", "", ""]]
    merges = [(0, 1, 0, 7), (1, 0, 8, 0), (3, 1, 3, 7), (6, 1, 6, 7), (9, 0, 10, 0), (9, 1, 9, 3), (9, 4, 9, 7),
              (10, 1, 10, 3), (10, 4, 10, 7)]
    rows.append(["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"])
    hdr = len(rows) - 1
    start = len(rows)
    for _, l1, l2, l3, t, a, w, s, x in ind:
        rows.append(["", l1, l2, l3, t, a, fmt(w), fmt(s)])
    merges += group_merges(rows, [1, 2], start)
    merges.append((hdr, 0, len(rows) - 1, 0))
    rows.append(["总分", "", "", "", "", "", "100", fmt(total)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
    t = styled(Table(rows, merges), [2.0, 3.6, 3.0, 4.6, 3.4, 3.6, 3.0, 1.8], 0)
    dev = styled(Table([["三级指标", "偏差原因分析及改进措施"]] +
                       [[r[3], r[8]] for r in ind if r[8]]), [4, 12], 1)
    blocks = [Title("部门整体支出绩效自评表"), "（2024年度）",
              "填报单位（盖章）：南通市崇川区卫生健康委员会", t,
              "注：预算执行率得分=执行率×分值，最高不超过分值；绩效指标得分由填报单位根据完成情况自评。",
              "偏差情况说明：", dev,
              "单位负责人：周××　　财务负责人：钱××　　填表人：孙××　　联系电话：0513-855×××××"]
    g = gold(None, "南通市崇川区卫生健康委员会", 2024, "COUNTY", "江苏省", "SELF_EVALUATION", None, total, 100, None,
             budget(tot[0], tot[1], tot[2], rate, bas[1], bas[2], pro[1], pro[2]), [],
             [row(None, None, "年度资金总额", None, f"{rate:.2f}%", 10, bscore)] + grows(ind))
    fnd = [
        F("SPENDING_OVER_BUDGET", "基本支出", "其中：基本支出 | 4102.66 | 4215.80 | 4298.12 | — | 101.95% | —",
          "4298.12", "≤ 4215.80", "HIGH", "WARNING",
          "基本支出 全年执行 4298.12 exceeds its 全年预算 4215.80 by 82.32 (101.95%, printed correctly)"),
        F("BUDGET_ROW_SCORE", "年度资金总额", "年度资金总额 | 10 | 92.31% | 10", "10", "9.23", "HIGH", "ERROR",
          "the note under the table: 得分=执行率×分值 → 92.31% × 10 = 9.23; the 总分 99 carries the same 0.77 "
          "(98.23 by the rule): one problem, no separate TOTAL_VS_ROWS"),
        F("TARGET_MISSED_FULL_MARKS", "适龄儿童国家免疫规划疫苗接种率", "≥95% | 93.8% | 8 | 8", "8", "< 8", "HIGH",
          "WARNING", "93.8% misses ≥95% yet full marks; no 偏差原因 given"),
        F("SAME_FIGURE_DIFFERS", "执行率", f"预算执行率{prose_rate}", prose_rate, f"{rate:.2f}%", "HIGH", "WARNING",
          "实际完成情况 text says 93.21%; the head block prints 92.31% = 11525.63 ÷ 12486.30 (digits swapped)"),
    ]
    traps = ["法定传染病报告及时率 100% vs 100%", "拨付及时率 95% vs ≥95% (at the bound)",
             "安全生产事故 未发生安全事故 full marks", "医务人员满意度 84.2% < 85% loses 1 with a reason, no rule"]
    return {"stem": "h61_chongchuan_weijian", "format": "docx", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": traps}


ALL.append(h61())


# ============================================================ h62 叙州区农业农村局 (PDF portrait, 项目支出, 元, formula in 说明)
def h62():
    tot = (7900000.00, 8650000.00, 8214336.50)
    cur = (7900000.00, 7900000.00, 7464336.50)   # 当年财政拨款
    car = (0.00, 750000.00, 750000.00)           # 上年结转资金
    for k in range(3):
        assert round(cur[k] + car[k], 2) == tot[k]
    rate = pct(tot[2], tot[1])  # 94.96
    assert rate == 94.96
    bscore = 9.50  # 94.96% x 10 = 9.496 -> 9.50 (trap: rounding)
    formula_rate = "95.04%"  # PLANT FORMULA: 8,214,336.50 ÷ 8,650,000.00 = 94.96%
    ind = [
        # PLANT RULE_SCORE: 1140/1200 = 95%, 5 points under, rule 每低于1个百分点扣0.5分 -> 10 - 2.5 = 7.5
        (None, "产出指标", "数量指标", "农村户用卫生厕所改造", "1200户", "1140户", 10, 8.5,
         "部分农户外出务工，改厕意愿不强"),
        (None, "产出指标", "数量指标", "村庄清洁行动覆盖村", "200个", "196个", 10, 9,
         "4个村因山体滑坡道路中断，延至次年"),  # trap: 98% -> 扣1 by the same rule
        (None, "产出指标", "数量指标", "农村生活污水治理村", "30个", "30个", 10, 10, ""),
        (None, "产出指标", "质量指标", "改厕质量验收合格率", "≥95%", "96.8%", 10, 10, ""),
        (None, "产出指标", "时效指标", "项目完工及时率", "100%", "100%", 5, 5, ""),
        (None, "产出指标", "成本指标", "户厕改造补助标准", "≤1500元/户", "1500元/户", 5, 5, ""),  # trap: at the bound
        (None, "效益指标", "社会效益指标", "农村卫生厕所普及率", "≥85%", "87.2%", 10, 10, ""),
        (None, "效益指标", "生态效益指标", "农村生活垃圾无害化处理率", "≥90%", "92.6%", 10, 10, ""),
        # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: 制定中, "尚未印发", full marks
        (None, "效益指标", "可持续影响指标", "农村公厕长效管护制度", "建立", "制定中", 5, 5,
         "管护办法尚未印发，计划2023年上半年出台"),
        (None, "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "93.4%", 15, 15, ""),
    ]
    assert sum_w(ind) == 90 and sum_s(ind) == 87.5
    total = round(bscore + sum_s(ind), 2)  # 97.0
    Y = lambda v: mc(v) if v else "0.00"
    rows = [["项目名称", "叙州区2022年农村人居环境整治提升项目", "", "", "", "", "", ""],
            ["主管部门", "宜宾市叙州区农业农村局", "", "", "实施单位", "宜宾市叙州区农业农村局", "", ""],
            ["项目资金（元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"],
            ["", "年度资金总额", Y(tot[0]), Y(tot[1]), Y(tot[2]), f"{rate:.2f}%", "10", f"{bscore:.2f}"],
            ["", "其中：当年财政拨款", Y(cur[0]), Y(cur[1]), Y(cur[2]), f"{pct(cur[2], cur[1]):.2f}%", "—", "—"],
            ["", "上年结转资金", "—", Y(car[1]), Y(car[2]), f"{pct(car[2], car[1]):.2f}%", "—", "—"],
            ["", "其他资金", "—", "—", "—", "—", "—", "—"],
            ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
            ["", "完成农村户用卫生厕所改造1200户，开展村庄清洁行动200个村，完成30个村生活污水治理，建立农村公厕长效管护机制。",
             "", "", "完成户厕改造1140户，村庄清洁行动覆盖196个村，30个村生活污水治理全部完工，农村卫生厕所普及率达87.2%。",
             "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]]
    merges = [(0, 1, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7), (2, 0, 6, 0), (7, 0, 8, 0), (7, 1, 7, 3), (7, 4, 7, 7),
              (8, 1, 8, 3), (8, 4, 8, 7)]
    start = len(rows)
    for _, l1, l2, l3, t, a, w, s, x in ind:
        rows.append([l1, l2, l3, t, a, fmt(w), fmt(s), x])
    merges += group_merges(rows, [0, 1], start)
    rows.append(["总分", "", "", "", "", "100", fmt(total), ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    t = styled(Table(rows, merges), [2.3, 2.4, 3.4, 3.4, 3.4, 2.4, 1.4, 3.7], 0)
    blocks = [Title("项目支出绩效自评表"), "（2022年度）",
              t,
              "评分说明：1.预算执行率得分=预算执行率×分值；2.数量指标按完成率计分，完成率每低于1个百分点扣0.5分，"
              "扣完为止；3.其余指标达到年度指标值得满分，未达到的视情况扣分。",
              f"资金执行情况说明：截至2022年12月31日，项目资金执行率={mc(tot[2])}÷{mc(tot[1])}×100%={formula_rate}，"
              "上年结转资金75万元已全部支出。",
              "填报人：刘××　　联系电话：0831-82×××××　　填报日期：2023年3月15日"]
    g = gold(None, "宜宾市叙州区农业农村局", 2022, "COUNTY", "四川省", "SELF_EVALUATION", None, total, 100, None,
             budget(yuan_to_wan(tot[0]), yuan_to_wan(tot[1]), yuan_to_wan(tot[2]), rate), [],
             [row(None, None, "年度资金总额", None, f"{rate:.2f}%", 10, bscore)] + grows(ind))
    g["project"], g["implementingUnit"] = "叙州区2022年农村人居环境整治提升项目", "宜宾市叙州区农业农村局"  # a project form names both (lead, issue 9 convention)
    fnd = [
        F("FORMULA", "项目资金执行率", f"项目资金执行率={mc(tot[2])}÷{mc(tot[1])}×100%={formula_rate}", formula_rate,
          "94.96%", "HIGH", "ERROR", "8,214,336.50 ÷ 8,650,000.00 = 94.96% (the head block prints 94.96% and "
          "scores 9.50 from it; only the 说明 sentence is wrong)"),
        F("RULE_SCORE", "农村户用卫生厕所改造", "1200户 | 1140户 | 10 | 8.5", "8.5", "7.5", "HIGH", "ERROR",
          "完成率 1140/1200 = 95%, 5 points under 100%; 评分说明 2: 每低于1个百分点扣0.5分 → 10 − 2.5 = 7.5 "
          "(total would be 96.0)"),
        F("NARRATIVE_NOT_DONE_FULL_MARKS", "农村公厕长效管护制度", "建立 | 制定中 | 5 | 5 | 管护办法尚未印发",
          "5", "< 5", "MEDIUM", "WARNING", "target 建立, actual 制定中 and 偏差原因 says the measure is 尚未印发, yet 5 of 5"),
    ]
    traps = ["年度资金总额 得分 9.50 = 94.96% × 10 (9.496 rounded)", "村庄清洁行动 196/200 = 98% → 扣1 → 9 (rule pays partial)",
             "户厕改造补助标准 1500元/户 vs ≤1500元/户", "其他资金 all '—' (no rate over a zero base)"]
    return {"stem": "h62_xuzhou_nongye", "format": "pdf", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": traps}


ALL.append(h62())


# ============================================================ h63 鞍山市自然资源局 (XLSX, 共性框架 决策/过程/产出/效益, 评分标准 and 得分率 columns)
def h63():
    B = (6842.17, 7306.55, 6795.09)
    rate = pct(B[2], B[1])  # 93.00
    assert rate == 93.0
    ind = [
        (None, "决策", "项目立项", "绩效目标合理性", "合理", "合理", 3, 3,
         "目标符合部门职责、依据充分得满分，每发现一处不符扣1分"),
        (None, "决策", "项目立项", "绩效指标明确性", "明确", "基本明确", 3, 2,
         "指标细化、量化、可衡量得满分，否则酌情扣分"),  # trap: judgement deduction under 酌情扣分
        (None, "决策", "资金投入", "预算编制科学性", "科学", "科学", 4, 4, "预算编制经过论证、内容完整得满分，否则酌情扣分"),
        (None, "决策", "资金投入", "资金分配合理性", "合理", "合理", 5, 5, "资金分配依据充分、与实际相适应得满分"),
        # trap: 93% -> 2 points under 95% -> 扣1 -> 4 (rule pays partial)
        (None, "过程", "资金管理", "预算执行率", "≥95%", f"{rate:.2f}%", 5, 4,
         "执行率≥95%得满分；每低于1个百分点扣0.5分"),
        # PLANT MALFORMED_RULE: the rule of 预算调整率 is written on 结转结余率
        (None, "过程", "资金管理", "预算调整率", "≤10%", "6.8%", 3, 3, "结转结余率≤5%得满分，否则不得分"),
        # trap: 7.0% = 100% − 93.00%, 2 points over ≤5% -> 扣1 -> 2 (partial by rule)
        (None, "过程", "资金管理", "结转结余率", "≤5%", "7.0%", 3, 2, "结转结余率≤5%得满分，每超过1个百分点扣0.5分"),
        (None, "过程", "资金管理", "“三公”经费控制率", "≤100%", "86.4%", 3, 3, "≤100%得满分，否则不得分"),
        (None, "过程", "组织实施", "政府采购执行率", "100%", "100%", 3, 3, "=100%得满分，否则按比例得分"),
        (None, "过程", "组织实施", "资金使用合规性", "合规", "合规", 4, 4, "无违规使用得满分，发现一处违规扣1分"),
        (None, "过程", "组织实施", "管理制度健全性", "健全", "健全", 4, 4, "制度健全且有效执行得满分，否则酌情扣分"),
        (None, "产出", "产出数量", "不动产登记业务办理量", "≥4.5万件", "4.86万件", 6, 6, "完成得满分，未完成不得分"),
        (None, "产出", "产出数量", "耕地保护目标任务完成率", "100%", "100%", 8, 8, "完成得满分，未完成不得分"),
        (None, "产出", "产出数量", "国土空间规划编制完成率", "100%", "85%", 7, 5.95, "按完成比例计分"),  # trap: 7 x 85%
        (None, "产出", "产出质量", "地质灾害隐患点巡查覆盖率", "100%", "100%", 6, 6, "=100%得满分，每低1个百分点扣1分"),
        (None, "产出", "产出时效", "不动产登记办理时限", "≤5个工作日", "5个工作日", 4, 4, "≤5个工作日得满分，否则不得分"),
        # PLANT ROW_SCORE_OVER_WEIGHT: 4.5 of 4 (its 得分率 112.50% follows it)
        (None, "产出", "产出质量", "卫片执法图斑核查整改率", "≥95%", "97.3%", 4, 4.5, "≥95%得满分，每低1个百分点扣0.5分"),
        (None, "效益", "社会效益", "耕地保有量", "≥326.5万亩", "327.1万亩", 8, 8, "达到目标值得满分，否则不得分"),
        (None, "效益", "社会效益", "地质灾害人员伤亡", "未发生", "未发生因灾人员伤亡", 5, 5,
         "未发生因灾人员伤亡得满分，否则不得分"),  # trap
        # PLANT TARGET_MET_POINTS_LOST: 1260 ≥ 1200 亩, its rule gives full marks, scored 5 with no reason
        (None, "效益", "生态效益", "历史遗留矿山生态修复面积", "≥1200亩", "1260亩", 6, 5, "完成得满分，未完成按比例得分"),
        (None, "效益", "满意度", "服务对象满意度", "≥90%", "88.6%", 6, 4,
         "≥90%得满分；80%（含）-90%得4分；<80%不得分"),  # trap: band pays 4
    ]
    assert sum_w(ind) == 100
    total = sum_s(ind)  # 93.45
    assert total == 93.45
    rates = [f"{s / w * 100:.2f}%" for *_, w, s, _x in ind]
    k_exec = 4
    rates[k_exec] = "90.00%"  # PLANT SCORE_RATE: 4 / 5 = 80.00%
    head = ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "年度目标值", "实际完成值", "得分", "得分率"]
    rows = [["鞍山市自然资源局2021年度部门整体支出绩效自评表", "", "", "", "", "", "", "", ""],
            ["单位名称：鞍山市自然资源局", "", "", "", "", "", "金额单位：万元", "", ""],
            ["年初预算数", "", Num(B[0], "#,##0.00"), "全年预算数", Num(B[1], "#,##0.00"), "全年执行数",
             Num(B[2], "#,##0.00"), "执行率", Num(rate / 100, "0.00%")],
            head]
    merges = [(0, 0, 0, 8), (1, 0, 1, 5), (1, 6, 1, 8), (2, 0, 2, 1)]
    start = len(rows)
    for k, (_, l1, l2, l3, t, a, w, s, x) in enumerate(ind):
        rv = Num(s / w, "0.00%")
        if k == k_exec:
            rv = Num(0.9, "0.00%")
        rows.append([l1, l2, l3, Num(w), x, t, a, Num(s), rv])
    # group merges need text: merge on the 一级/二级 texts
    merges += group_merges(rows, [0, 1], start)
    rows.append(["合计", "", "", Num(100), "", "", "", Num(total), Num(total / 100, "0.00%")])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    rows.append([f"自评结论：2021年度部门整体支出绩效自评得分{fmt(total)}分，自评等级为“优”。", "", "", "", "", "", "", "", ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 8))
    t = Table(rows, merges)
    t.widths = [8, 10, 22, 6, 34, 12, 14, 6, 9]
    t.first_table_row = 2
    g = gold(None, "鞍山市自然资源局", 2021, "PREFECTURAL", "辽宁省", "SELF_EVALUATION", None, total, 100, "优",
             budget(B[0], B[1], B[2], rate), [], grows(ind))
    fnd = [
        F("SCORE_RATE", "预算执行率", "预算执行率 | 5 | … | 4 | 90.00%", "90.00%", "80.00%", "HIGH", "ERROR",
          "得分率 4 ÷ 5 = 80.00%"),
        F("MALFORMED_RULE", "预算调整率", "预算调整率 | 3 | 结转结余率≤5%得满分，否则不得分", "结转结余率≤5%得满分",
          "a rule on 预算调整率 (≤10%)", "HIGH", "WARNING",
          "the 评分标准 of 预算调整率 names another indicator (结转结余率, the next row); the row cannot be rescored "
          "by its own rule"),
        F("ROW_SCORE_OVER_WEIGHT", "卫片执法图斑核查整改率", "卫片执法图斑核查整改率 | 4 | … | 4.5 | 112.50%", "4.5",
          "≤ 4", "HIGH", "ERROR", "得分 4.5 above 分值 4 (97.3% ≥ 95% earns exactly 4); the 合计 95.45 includes the "
          "extra 0.5 and is the sum of the rows as printed (92.95 without it)"),
        F("TARGET_MET_POINTS_LOST", "历史遗留矿山生态修复面积", "≥1200亩 | 1260亩 | 6 | 5 | 完成得满分，未完成按比例得分",
          "5", "6", "HIGH", "WARNING", "1260亩 meets ≥1200亩 and its own rule gives the full 6; 1 point lost with no "
          "reason (its 得分率 83.33% follows the 5)"),
    ]
    traps = ["预算执行率 93% → 4 by 每低于1个百分点扣0.5分 (partial by rule)", "国土空间规划 85% × 7 = 5.95",
             "结转结余率 7.0% (= 100% − 93.00%) → 2 by 每超过1个百分点扣0.5分", "预算调整率 6.8% = (7306.55 − 6842.17) ÷ 6842.17",
             "服务对象满意度 88.6% → 4 by its band", "地质灾害 未发生因灾人员伤亡 full marks",
             "绩效指标明确性 基本明确 loses 1 under 酌情扣分", "办理时限 5个工作日 vs ≤5个工作日", "合计 得分率 93.45%"]
    return {"stem": "h63_anshan_ziran", "format": "xlsx", "sheets": [("自评表", t)], "gold": g, "findings": fnd,
            "traps": traps}


ALL.append(h63())


# ============================================================ h64 游仙区文广旅局 (HTML, third-party 评价报告, 评分表 with 评分标准, banded grades)
def h64():
    adj, exp = 3286.42, 3190.55
    rate = pct(exp, adj)  # 97.08
    ind = [
        (None, "决策", "部门职责", "部门职责与目标匹配性", "", "", 3, 3,
         {"r": "绩效目标与部门职责、年度工作计划相符得满分", "d": ""}),
        (None, "决策", "绩效目标", "绩效指标明确性", "", "", 4, 3.5,
         {"r": "指标清晰、细化、可衡量得满分，否则酌情扣分", "d": "部分产出指标未细化量化，扣0.5分"}),  # trap
        (None, "决策", "预算配置", "预算编制科学性", "", "", 4, 4, {"r": "预算编制依据充分、测算合理得满分", "d": ""}),
        (None, "决策", "预算配置", "重点支出安排合理性", "", "", 4, 4, {"r": "重点支出保障到位得满分", "d": ""}),
        (None, "过程", "预算执行", "预算执行率", "", "", 5, 4.85,
         {"r": "得分=预算执行率×分值", "d": f"预算执行率{rate:.2f}%"}),  # trap: 4.854 -> 4.85
        (None, "过程", "预算执行", "资金使用合规性", "", "", 5, 5, {"r": "无违规使用得满分，发现一处扣1分", "d": ""}),
        (None, "过程", "预算管理", "预算管理制度健全性", "", "", 3, 3, {"r": "制度健全得满分，否则酌情扣分", "d": ""}),
        (None, "过程", "预算管理", "政府采购规范性", "", "", 3, 3, {"r": "采购程序规范得满分", "d": ""}),
        (None, "过程", "资产管理", "资产管理规范性", "", "", 4, 3,
         {"r": "账实相符、处置规范得满分，发现一处问题扣0.5分", "d": "固定资产账实不符2项，扣1分"}),  # trap: 2 x 0.5
        # PLANT RULE_SCORE (banded): 106/120 = 88.33% -> band 80%（含）-90% -> 60% x 6 = 3.6; scored 4.8 (the 80% band)
        (None, "产出", "产出数量", "公共文化活动开展场次", "", "", 6, 4.8,
         {"r": "完成率≥100%得满分；90%（含）-100%得分值的80%；80%（含）-90%得分值的60%；80%以下不得分",
          "d": "计划120场，实际开展106场，完成率88.33%"}),
        (None, "产出", "产出数量", "图书馆新增藏书量", "", "", 6, 6,
         {"r": "完成得满分，未完成按比例得分", "d": ""}),
        # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: the report body says the training 未开展; 4 of 4, no deduction
        (None, "产出", "产出数量", "非遗传承人培训", "", "", 4, 4, {"r": "按计划开展得满分，未开展不得分", "d": ""}),
        (None, "产出", "产出质量", "文物安全巡查覆盖率", "", "", 6, 6, {"r": "=100%得满分，每低1个百分点扣1分", "d": ""}),
        (None, "产出", "产出数量", "旅游市场执法检查次数", "", "", 6, 5,
         {"r": "按完成比例计分", "d": "计划48次，实际40次"}),  # trap: 40/48 x 6 = 5
        (None, "产出", "产出时效", "文化惠民工程完工率", "", "", 6, 5.7,
         {"r": "按完成比例计分", "d": "完工率95%"}),  # trap: 95% x 6
        (None, "产出", "产出质量", "广播电视户户通维护及时率", "", "", 6, 6, {"r": "≥98%得满分", "d": ""}),
        (None, "效益", "社会效益", "群众文化参与度", "", "", 5, 5, {"r": "较上年提升得满分", "d": ""}),
        (None, "效益", "经济效益", "旅游接待人次增长率", "", "", 5, 2,
         {"r": "≥10%得满分，每低1个百分点扣1分", "d": "增长7%，低于目标3个百分点，扣3分"}),  # trap
        (None, "效益", "社会效益", "文物安全事故", "", "", 5, 5, {"r": "未发生文物安全事故得满分", "d": ""}),  # trap
        (None, "效益", "满意度", "群众满意度", "", "", 10, 6,
         {"r": "≥95%得满分；90%（含）-95%得8分；85%（含）-90%得6分；85%以下不得分", "d": "问卷满意度88.2%"}),  # trap
    ]
    names = ["决策", "过程", "产出", "效益"]
    secs = section_list(ind, names)
    assert [s for _, _, s in secs] == [14.5, 18.85, 37.5, 18.0], secs
    printed = [(n, w, 19.85 if n == "过程" else s) for n, w, s in secs]  # PLANT SECTION_VS_ROWS: 过程 rows 18.85
    total = round(sum(s for *_, s in printed), 2)  # 89.85 (rows 88.85)
    grade = "优"  # PLANT GRADE_OUTSIDE_BANDS: 89.85 is 良 by the printed bands
    ev = "四川天府正信会计师事务所有限公司"
    summary = [["一级指标", "权重（分）", "评价得分（分）", "得分率"]] + \
              [[n, fmt(w), fmt(s), f"{s / w * 100:.2f}%"] for n, w, s in printed] + \
              [["合计", "100", fmt(total), f"{total:.2f}%"]]
    st = styled(Table(summary), [3, 2, 2, 2], 1)
    rows = [["一级指标", "二级指标", "三级指标", "权重", "评分标准", "评价得分", "扣分原因"]]
    for _, l1, l2, l3, t, a, w, s, x in ind:
        rows.append([f"{l1}（{fmt(dict((n, w_) for n, w_, _ in secs)[l1])}分）", l2, l3, fmt(w), x["r"], fmt(s), x["d"]])
    merges = group_merges(rows, [0, 1], 1)
    rows.append(["合计", "", "", "100", "", fmt(total), ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    sc = styled(Table(rows, merges), [2, 2, 4, 1, 6, 1, 4], 1)
    bt = styled(Table([["资金类别", "全年预算数（万元）", "实际支出数（万元）", "执行率"],
                       ["合计", mc(adj), mc(exp), f"{rate:.2f}%"],
                       ["基本支出", "1,402.18", "1,398.64", f"{pct(1398.64, 1402.18):.2f}%"],
                       ["项目支出", "1,884.24", "1,791.91", f"{pct(1791.91, 1884.24):.2f}%"]]), [3, 3, 3, 2], 1)
    assert round(1402.18 + 1884.24, 2) == adj and round(1398.64 + 1791.91, 2) == exp
    blocks = [
        Title("绵阳市游仙区文化广播电视和旅游局2023年度部门整体支出绩效评价报告"),
        f"受绵阳市游仙区财政局委托，{ev}（以下简称“我所”）于2024年4月至5月对绵阳市游仙区文化广播电视和旅游局"
        "（以下简称“区文广旅局”）2023年度部门整体支出开展了绩效评价。现将评价情况报告如下。",
        "一、部门基本情况",
        "区文广旅局内设办公室、文化艺术股、文物保护股、旅游发展股、市场管理股等股室，下属区图书馆、区文化馆等"
        "事业单位。2023年主要工作包括公共文化服务、文物保护、旅游推广和文化市场监管等。",
        "二、部门预算及执行情况",
        f"2023年区文广旅局全年预算数{mc(adj)}万元，实际支出{mc(exp)}万元，预算执行率{rate:.2f}%。具体如下：",
        bt,
        "三、绩效目标完成情况",
        "全年开展各类群众文化活动106场，包括送戏下乡、广场舞展演、读书分享会等；图书馆新增藏书1.26万册；"
        "完成文物安全巡查全覆盖；开展旅游市场执法检查40次。非遗传承人培训因区文化馆场地改造未开展，"
        "相关经费已调整用于文化活动。",
        "四、评价结论",
        "评价结果分为四个等级：综合得分90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，"
        f"60分以下为“差”。经评价，区文广旅局2023年度部门整体支出绩效评价得分{fmt(total)}分，评价等级为“{grade}”。"
        "各一级指标得分情况如下：",
        st,
        "五、存在的问题及建议",
        "（一）绩效目标设置不够细化，部分产出指标未量化。（二）公共文化活动开展场次未达计划，基层文化活动组织力量不足。"
        "（三）旅游市场执法检查频次偏低。建议细化绩效指标，加强基层文化队伍建设，提高执法检查覆盖面。",
        PageBreak(),
        "附件：绵阳市游仙区文化广播电视和旅游局2023年度部门整体支出绩效评价评分表",
        sc,
        f"评价机构：{ev}　　2024年5月28日",
    ]
    g = gold(None, "绵阳市游仙区文化广播电视和旅游局", 2023, "COUNTY", "四川省", "THIRD_PARTY_EVALUATION", ev, total,
             100, grade, budget(None, adj, exp, rate, 1402.18, 1398.64, 1884.24, 1791.91), printed, grows(ind))
    fnd = [
        F("RULE_SCORE", "公共文化活动开展场次", "公共文化活动开展场次 | 6 | … | 4.8 | 完成率88.33%", "4.8", "3.6", "HIGH",
          "ERROR", "106/120 = 88.33% falls in 80%（含）-90% → 60% of 6 = 3.6; 4.8 is the 90%-100% band"),
        F("NARRATIVE_NOT_DONE_FULL_MARKS", "非遗传承人培训", "非遗传承人培训因区文化馆场地改造未开展", "4", "0",
          "MEDIUM", "WARNING", "the body says the training 未开展; the row keeps 4 of 4 though its rule says 未开展不得分"),
        F("SECTION_VS_ROWS", "过程", "过程 | 20 | 19.85", "19.85", "18.85",
          "HIGH", "ERROR", "4.85 + 5 + 3 + 3 + 3 = 18.85; the 合计 89.85 (summary, 评分表 and prose) adds the same "
          "1.0, the rows add to 88.85: one problem"),
        F("GRADE_OUTSIDE_BANDS", "评价等级", f"得分{fmt(total)}分，评价等级为“优”", "优", "良", "HIGH", "ERROR",
          "the report's own bands: 90（含）以上 优, 80（含）-90 良; 89.85 (and 88.85 by the rows) is 良"),
    ]
    traps = ["预算执行率 97.08% × 5 = 4.854 → 4.85", "资产管理 2 × 0.5 = 1 deducted by rule",
             "旅游执法 40/48 × 6 = 5", "文化惠民工程 95% × 6 = 5.7", "旅游接待人次 7% vs ≥10% → 扣3 by rule",
             "满意度 88.2% → 6 by its band", "绩效指标明确性 扣0.5 under 酌情扣分",
             "“包括送戏下乡、广场舞展演、读书分享会等” 106场 (a non-exhaustive list)", "文物安全事故 none, full marks"]
    return {"stem": "h64_youxian_wenlv", "format": "html", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": traps, "title": "绵阳市游仙区文化广播电视和旅游局2023年度部门整体支出绩效评价报告"}


ALL.append(h64())


# ============================================================ h65 江州区民政局 (TXT, 自评报告 in prose, tab table, 元 and 万元)
def h65():
    ini, adj, exp = 21563400.00, 23418765.32, 22907112.45
    bas, bas_e = 8624310.52, 8615902.17
    pro, pro_e = 14794454.80, 14291210.28
    assert round(bas + pro, 2) == adj and round(bas_e + pro_e, 2) == exp
    rate = pct(exp, adj)  # 97.82
    assert rate == 97.82
    prose_adj = "2,381.88"  # PLANT SAME_FIGURE_DIFFERS: the table's 23,418,765.32元 is 2,341.88万元
    ind = [
        (None, "决策", "目标设定", "绩效目标合理性", "合理", "合理", 5, 5, ""),
        (None, "决策", "目标设定", "绩效指标明确性", "明确", "基本明确", 5, 4, ""),  # trap: judgement
        (None, "决策", "预算配置", "预算编制科学性", "科学", "科学", 5, 5, ""),
        (None, "决策", "预算配置", "资金分配合理性", "合理", "合理", 5, 5, ""),
        (None, "过程", "预算执行", "预算执行率", "≥95%", f"{rate:.2f}%", 5, 5, ""),
        (None, "过程", "预算管理", "资金使用合规性", "合规", "合规", 5, 5, ""),
        (None, "过程", "预算管理", "财务管理制度健全性", "健全", "健全", 5, 5, ""),
        (None, "过程", "资产管理", "资产管理规范性", "规范", "基本规范", 5, 4.5, ""),
        (None, "产出", "职责履行", "城乡低保对象动态管理率", "100%", "100%", 8, 8, ""),
        # PLANT TARGET_MET_POINTS_LOST: 100% against ≥95%, 7 of 8, no reason anywhere
        (None, "产出", "职责履行", "特困人员救助供养覆盖率", "≥95%", "100%", 8, 7, ""),
        (None, "产出", "职责履行", "临时救助审批及时率", "≥90%", "90%", 8, 8, ""),  # trap: at the bound
        (None, "产出", "职责履行", "养老机构安全检查覆盖率", "100%", "100%", 8, 8, ""),
        (None, "产出", "职责履行", "残疾人两项补贴发放准确率", "≥98%", "99.2%", 8, 8, ""),
        (None, "效益", "履职效益", "困难群众基本生活保障水平", "逐步提高", "稳步提高", 6, 6, ""),
        (None, "效益", "履职效益", "养老服务机构安全事故", "未发生重大安全事故", "未发生安全事故", 6, 6, ""),  # trap
        (None, "效益", "满意度", "服务对象满意度", "≥90%", "93.6%", 8, 8, ""),
    ]
    names = ["决策", "过程", "产出", "效益"]
    secs = section_list(ind, names)
    assert sum_w(ind) == 100 and sum_s(ind) == 97.5
    total = 98.5  # PLANT TOTAL_VS_ROWS: rows and the four prose subtotals add to 97.5
    table = Table([["一级指标", "二级指标", "三级指标", "分值", "得分", "年度指标值", "实际完成值"]] +
                  [[l1, l2, l3, fmt(w), fmt(s), t, a] for _, l1, l2, l3, t, a, w, s, _x in ind] +
                  [["合计", "", "", "100", fmt(total), "", ""]])
    btable = Table([["项目", "年初预算数（元）", "全年预算数（元）", "全年支出数（元）", "执行率"],
                    ["合计", mc(ini), mc(adj), mc(exp), f"{rate:.2f}%"],
                    ["基本支出", "8,206,500.00", mc(bas), mc(bas_e), f"{pct(bas_e, bas):.2f}%"],
                    ["项目支出", "13,356,900.00", mc(pro), mc(pro_e), f"{pct(pro_e, pro):.2f}%"]])
    assert round(8206500.00 + 13356900.00, 2) == ini
    sec_text = "；".join(f"{n}类指标{fmt(w)}分，得{fmt(s)}分" for n, w, s in secs)
    blocks = [
        "崇左市江州区民政局2022年度部门整体支出绩效自评报告",
        "",
        "一、部门基本情况",
        "（一）部门职能。崇左市江州区民政局主要负责全区社会救助、养老服务、儿童福利、社会事务和基层政权建设等工作。",
        "（二）机构人员情况。本局内设办公室、社会救助股、养老服务股、社会事务股4个股室，下属江州区社会福利院1个事业单位。"
        "核定编制21人（其中行政编制9人、事业编制10人），年末实有在职人员18人。",  # PLANT BREAKDOWN_SUM: 9 + 10 = 19
        f"（三）预算情况。2022年年初预算数2,156.34万元，全年预算数{prose_adj}万元，全年支出2,290.71万元，"
        f"预算执行率{rate:.2f}%。其中基本支出862.43万元，项目支出1,479.45万元。",
        "二、绩效目标完成情况",
        "全年保障城乡低保对象1.26万人，特困人员供养覆盖率100%，临时救助审批及时率90%，发放残疾人两项补贴准确率99.2%，"
        "养老服务机构全年未发生安全事故。财务管理方面，修订完善了《江州区民政局财务管理制度》《内部控制手册》等制度。",
        "三、预算执行情况表",
        btable,
        "四、自评结论",
        f"根据自评指标体系，{sec_text}。综合自评得分{fmt(total)}分，自评等级为“优”。自评得分情况如下：",
        table,
        "五、存在问题及改进措施",
        "一是绩效指标设置不够细化；二是资产管理存在个别资产未及时入账情况。下一步将加强绩效目标管理，规范资产登记。",
        "",
        "崇左市江州区民政局",
        "2023年4月10日",
    ]
    text = render_txt(blocks)
    g = gold(None, "崇左市江州区民政局", 2022, "COUNTY", "广西壮族自治区", "SELF_EVALUATION", None, total, 100, "优",
             budget(yuan_to_wan(ini), yuan_to_wan(adj), yuan_to_wan(exp), rate, yuan_to_wan(bas), yuan_to_wan(bas_e),
                    yuan_to_wan(pro), yuan_to_wan(pro_e)), secs, grows(ind))
    fnd = [
        F("BREAKDOWN_SUM", "核定编制", "核定编制21人（其中行政编制9人、事业编制10人）", "21人", "19人", "HIGH", "WARNING",
          "9 + 10 = 19, not 21 (no other category named)"),
        F("SAME_FIGURE_DIFFERS", "全年预算数", f"全年预算数{prose_adj}万元", f"{prose_adj}万元", "2,341.88万元", "HIGH",
          "WARNING", "the table prints 全年预算数 23,418,765.32元 = 2,341.88万元; the prose 2,381.88万元 (and "
          "2,290.71 ÷ 2,381.88 would be 96.17%, not the printed 97.82%; the prose's own parts 862.43 + 1,479.45 = "
          "2,341.88)"),
        F("TOTAL_VS_ROWS", "合计", f"合计 | 100 | {fmt(total)}", fmt(total), "97.5", "HIGH", "ERROR",
          "rows add to 97.5, as do the four prose subtotals 19 + 19.5 + 39 + 20; the prose repeats 98.5: one problem"),
        F("TARGET_MET_POINTS_LOST", "特困人员救助供养覆盖率", "≥95% | 100% | 8 | 7", "7", "8", "MEDIUM", "WARNING",
          "100% meets ≥95%, yet 1 point lost with no reason or rule given"),
    ]
    traps = ["临时救助审批及时率 90% vs ≥90%", "养老服务机构 未发生安全事故 full marks",
             "《…制度》《…手册》等 (a non-exhaustive list)", "实有18人 < 编制21人",
             "基本支出 862.43万元 = 8,624,310.52元 rounded"]
    return {"stem": "h65_jiangzhou_minzheng", "format": "txt", "text": text, "gold": g, "findings": fnd,
            "traps": traps}


ALL.append(h65())


# ============================================================ h66 宝塔区水务局 (DOC, 项目支出 with 评分标准 column, landscape)
def h66():
    tot = (1650.00, 1845.60, 1702.38)
    cur = (1650.00, 1650.00, 1506.78)
    car = (0.00, 195.60, 195.60)
    for k in range(3):
        assert round(cur[k] + car[k], 2) == tot[k]
    rate = pct(tot[2], tot[1])  # 92.24
    assert rate == 92.24
    printed_rate = "93.24%"  # PLANT EXECUTION_RATE: 1702.38 / 1845.60 = 92.24%
    bscore = 9.22  # from the true rate
    ind = [
        # PLANT RULE_SCORE: 完成得满分，未完成不得分; 11 of 12 -> 0, scored 8
        (None, "产出指标", "数量指标", "新建集中供水工程", "12处", "11处", 10, 8,
         {"r": "完成得满分，未完成不得分", "d": "1处因水源论证未通过，调整至2025年实施"}),
        (None, "产出指标", "数量指标", "新建及改造供水管网长度", "45公里", "42.3公里", 10, 9.4,
         {"r": "按完成比例计分", "d": "部分管网与道路工程同步实施，延后完成"}),  # trap: 42.3/45 x 10
        # PLANT MALFORMED_RULE: the lower band 90%（含）-95% still pays the full 10
        (None, "产出指标", "质量指标", "农村集中供水工程水质达标率", "≥95%", "96.2%", 10, 10,
         {"r": "≥95%得10分；90%（含）-95%得10分；90%以下不得分", "d": ""}),
        (None, "产出指标", "质量指标", "工程竣工验收合格率", "100%", "100%", 5, 5, {"r": "=100%得满分，否则不得分", "d": ""}),
        (None, "产出指标", "时效指标", "工程完工及时率", "≥90%", "91.7%", 5, 5,
         {"r": "≥90%得满分，每低1个百分点扣0.5分", "d": ""}),
        (None, "产出指标", "成本指标", "单处工程平均造价", "≤120万元", "118.6万元", 10, 10,
         {"r": "不超过标准得满分，超过不得分", "d": ""}),
        (None, "效益指标", "社会效益指标", "农村自来水普及率", "≥92%", "93.5%", 10, 10, {"r": "达到目标值得满分", "d": ""}),
        (None, "效益指标", "社会效益指标", "受益人口", "≥3.6万人", "3.42万人", 10, 9.5,
         {"r": "按完成比例计分", "d": "1处工程未实施，受益人口相应减少"}),  # trap: 3.42/3.6 x 10 = 9.5
        (None, "效益指标", "可持续影响指标", "工程运行管护机制", "健全", "健全", 10, 10, {"r": "机制健全得满分，否则酌情扣分", "d": ""}),
        (None, "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "94.1%", 10, 10,
         {"r": "≥90%得满分；80%（含）-90%得6分；80%以下不得分", "d": ""}),
    ]
    assert sum_w(ind) == 90 and sum_s(ind) == 86.9
    total = round(bscore + sum_s(ind), 2)  # 96.12
    rows = [["项目名称", "宝塔区2024年农村供水保障工程", "", "", "", "", "", "", ""],
            ["主管部门", "延安市宝塔区水务局", "", "", "实施单位", "延安市宝塔区农村供水管理站", "", "", ""],
            ["项目资金（万元）", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", "", m2(tot[0]), m2(tot[1]), m2(tot[2]), "10", printed_rate, m2(bscore)],
            ["", "其中：当年财政拨款", "", m2(cur[0]), m2(cur[1]), m2(cur[2]), "—", f"{pct(cur[2], cur[1]):.2f}%", "—"],
            ["", "上年结转资金", "", "—", m2(car[1]), m2(car[2]), "—", f"{pct(car[2], car[1]):.2f}%", "—"],
            ["", "其他资金", "", "—", "—", "—", "—", "—", "—"],
            ["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", ""],
            ["", "新建集中供水工程12处，新建及改造供水管网45公里，农村自来水普及率达到92%以上，受益人口3.6万人。",
             "", "", "", "建成集中供水工程11处，新建及改造管网42.3公里，农村自来水普及率93.5%，受益人口3.42万人"
             "（其中城区周边1.10万人，农村2.12万人）。", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "评分标准", "偏差原因分析及改进措施"]]
    merges = [(0, 1, 0, 8), (1, 1, 1, 3), (1, 5, 1, 8), (2, 0, 6, 0), (2, 1, 2, 2),
                                                 (3, 1, 3, 2), (4, 1, 4, 2), (5, 1, 5, 2), (6, 1, 6, 2),
              (7, 0, 8, 0), (7, 1, 7, 4), (7, 5, 7, 8), (8, 1, 8, 4), (8, 5, 8, 8)]
    start = len(rows)
    for _, l1, l2, l3, t, a, w, s, x in ind:
        rows.append([l1, l2, l3, t, a, fmt(w), fmt(s), x["r"], x["d"]])
    merges += group_merges(rows, [0, 1], start)
    rows.append(["总分", "", "", "", "", "100", fmt(total), "", ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    t = styled(Table(rows, merges), [2.2, 2.4, 4.0, 2.4, 2.4, 2.2, 1.6, 5.6, 4.6], 0)
    blocks = [Title("项目支出绩效自评表"), "（2024年度）", t,
              "注：年度资金总额得分=执行率×分值。",
              "填报单位（盖章）：延安市宝塔区水务局　　填报日期：2025年3月20日"]
    g = gold(None, "延安市宝塔区水务局", 2024, "COUNTY", "陕西省", "SELF_EVALUATION", None, total, 100, None,
             budget(tot[0], tot[1], tot[2], 93.24), [],
             [row(None, None, "年度资金总额", None, printed_rate, 10, bscore)] + grows(ind))
    g["project"], g["implementingUnit"] = "宝塔区2024年农村供水保障工程", "延安市宝塔区农村供水管理站"  # a project form names both (lead, issue 9 convention)
    fnd = [
        F("EXECUTION_RATE", "年度资金总额", f"年度资金总额 | 1650.00 | 1845.60 | 1702.38 | 10 | {printed_rate} | 9.22",
          printed_rate, "92.24%", "HIGH", "ERROR", "1702.38 ÷ 1845.60 = 92.24%; the 得分 9.22 follows the right "
          "rate (92.24% × 10), only the printed rate is wrong"),
        F("RULE_SCORE", "新建集中供水工程", "12处 | 11处 | 10 | 8 | 完成得满分，未完成不得分", "8", "0", "HIGH", "ERROR",
          "11 of 12 is not 完成; the row's own rule gives 0 (total would be 88.12)"),
        F("MALFORMED_RULE", "农村集中供水工程水质达标率", "≥95%得10分；90%（含）-95%得10分；90%以下不得分",
          "90%（含）-95%得10分", "a lower band below the full mark", "HIGH", "WARNING",
          "the lower band pays the full mark 10, the same as ≥95%; the row itself (96.2%, 10) is right"),
        F("BREAKDOWN_SUM", "受益人口", "受益人口3.42万人（其中城区周边1.10万人，农村2.12万人）", "3.42万人", "3.22万人",
          "HIGH", "WARNING", "1.10 + 2.12 = 3.22, not 3.42 (the 3.42万人 of the indicator row agrees with the total)"),
    ]
    traps = ["得分 9.22 = 92.24% × 10", "管网长度 42.3/45 × 10 = 9.4", "受益人口 3.42/3.6 × 10 = 9.5",
             "工程完工及时率 91.7% vs ≥90%", "上年结转资金 executed 100%", "其他资金 all '—'"]
    return {"stem": "h66_baota_shuiwu", "format": "doc", "page": "A4L", "blocks": blocks, "gold": g,
            "findings": fnd, "traps": traps}


ALL.append(h66())


# ============================================================ h67 义安区人社局 (PDF landscape, 部门整体, 年度绩效目标 column with 评分标准)
def h67():
    adj, exp = 5428.36, 5311.07
    bas, bas_e, pro, pro_e = 1936.40, 1930.22, 3491.96, 3380.85
    assert round(bas + pro, 2) == adj and round(bas_e + pro_e, 2) == exp
    rate = pct(exp, adj)  # 97.84
    bscore = 9.78  # 97.84% x 10 = 9.784 (trap: rounding)
    assert pct(bas_e, bas) == 99.68
    bas_rate = "96.68%"  # PLANT EXECUTION_RATE: 1930.22 / 1936.40 = 99.68%
    G1, G2, G4 = "目标一：稳定和扩大就业", "目标二：完善社会保障体系", "目标四：构建和谐劳动关系"  # PLANT GOAL_LABELS
    part = "达成得满分；部分达成按完成比例得分；未达成不得分"
    ind = [
        (G1, "产出指标", "数量指标", "城镇新增就业人数", "≥4000人", "4236人", 8, 8, part),
        # PLANT RULE_SCORE (部分达成): 2400/3000 = 80% x 8 = 6.4, scored 7.2
        (G1, "产出指标", "数量指标", "职业技能培训人次", "≥3000人次", "2400人次", 8, 7.2, part),
        (G1, "效益指标", "社会效益指标", "城镇调查失业率", "≤5.5%", "5.1%", 6, 6, part),
        (G2, "产出指标", "数量指标", "城乡居民基本养老保险参保率", "≥95%", "96.3%", 8, 8, part),
        (G2, "产出指标", "数量指标", "失业保险金发放人数", "≥1200人", "1265人", 10, 10, part),
        (G2, "产出指标", "时效指标", "社保待遇按时足额发放率", "100%", "100%", 6, 6, part),  # trap: met exactly
        (G2, "效益指标", "社会效益指标", "社保基金安全事故", "未发生", "未发生基金安全事故", 6, 6,
         "未发生得满分，发生不得分"),  # trap
        # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: "尚未投入运营", full marks
        (G4, "产出指标", "数量指标", "零工市场建设", "建成1个", "主体完工，尚未投入运营", 6, 6, part),
        (G4, "产出指标", "质量指标", "劳动人事争议仲裁结案率", "≥90%", "90%", 6, 6, part),  # trap: at the bound
        (G4, "效益指标", "社会效益指标", "根治欠薪", "欠薪案件动态清零", "动态清零", 8, 8, part),
        (G4, "效益指标", "可持续影响指标", "公共就业服务体系", "持续完善", "基本完善", 6, 5,
         "体系完善得满分，否则酌情扣分"),  # trap: judgement
        (G4, "满意度指标", "服务对象满意度指标", "办事群众满意度", "≥90%", "91.2%", 12, 12, "≥90%得满分，每低1个百分点扣1分"),
    ]
    assert sum_w(ind) == 90 and sum_s(ind) == 88.2
    total = round(bscore + sum_s(ind), 2)  # 97.98
    rows = [["部门名称", "铜陵市义安区人力资源和社会保障局", "", "", "", "", "", "", ""],
            ["年度预算资金（万元）", "", "", "全年预算数", "全年执行数", "执行率", "分值", "得分", ""],
            ["", "部门整体支出", "", m2(adj), m2(exp), f"{rate:.2f}%", "10", m2(bscore), ""],
            ["", "其中：基本支出", "", m2(bas), m2(bas_e), bas_rate, "—", "—", ""],
            ["", "项目支出", "", m2(pro), m2(pro_e), f"{pct(pro_e, pro):.2f}%", "—", "—", ""],
            ["年度总体目标", "稳定和扩大就业，新增城镇就业4000人以上；完善社会保障体系，按时足额发放社保待遇；"
                         "构建和谐劳动关系，建成零工市场1个，欠薪案件动态清零。", "", "", "", "", "", "", ""],
            ["年度绩效目标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "评分标准"]]
    merges = [(0, 1, 0, 8), (1, 0, 4, 0), (1, 1, 1, 2), (2, 1, 2, 2), (3, 1, 3, 2), (4, 1, 4, 2), (5, 1, 5, 8)]
    start = len(rows)
    for g_, l1, l2, l3, t, a, w, s, x in ind:
        rows.append([g_, l1, l2, l3, t, a, fmt(w), fmt(s), x])
    merges += group_merges(rows, [0, 1, 2], start)
    rows.append(["总分", "", "", "", "", "", "100", fmt(total), ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
    t = styled(Table(rows, merges), [3.6, 2.4, 3.0, 4.6, 3.0, 3.8, 1.7, 1.8, 5.7], 0)
    blocks = [Title("2024年度部门整体支出绩效自评表"),
              "填报单位：铜陵市义安区人力资源和社会保障局　　　　金额单位：万元", t,
              "说明：部门整体支出得分=执行率×分值；2024年零工市场主体工程已完工，配套设施正在完善。",
              "单位负责人：吴××　　填表人：郑××　　填报日期：2025年2月26日"]
    g = gold(None, "铜陵市义安区人力资源和社会保障局", 2024, "COUNTY", "安徽省", "SELF_EVALUATION", None, total, 100,
             None, budget(None, adj, exp, rate, bas, bas_e, pro, pro_e), [],
             [row(None, None, "部门整体支出", None, f"{rate:.2f}%", 10, bscore)] + grows(ind, with_goal=True))
    fnd = [
        F("GOAL_LABELS", "年度绩效目标", f"{G1} | {G2} | {G4}", "目标一, 目标二, 目标四", "目标一, 目标二, 目标三",
          "HIGH", "INFO", "no 目标三: the third goal is labelled 目标四"),
        F("RULE_SCORE", "职业技能培训人次", f"≥3000人次 | 2400人次 | 8 | 7.2 | {part}", "7.2", "6.4", "HIGH", "ERROR",
          "部分达成: 2400 ÷ 3000 = 80% × 8 = 6.4 (7.2 is 90%); total would be 97.18"),
        F("NARRATIVE_NOT_DONE_FULL_MARKS", "零工市场建设", "建成1个 | 主体完工，尚未投入运营 | 6 | 6", "6", "< 6",
          "MEDIUM", "WARNING", "target 建成1个; actual says 尚未投入运营 (and the 说明: 配套设施正在完善), yet 6 of 6 "
          "under 部分达成按完成比例得分"),
        F("EXECUTION_RATE", "基本支出", f"其中：基本支出 | 1936.40 | 1930.22 | {bas_rate}", bas_rate, "99.68%", "HIGH",
          "ERROR", "1930.22 ÷ 1936.40 = 99.68%; the unscored 基本支出 line only (部门整体 97.84% is right)"),
    ]
    traps = ["部门整体支出 得分 9.78 = 97.84% × 10 (9.784)", "社保待遇发放率 100% vs 100%",
             "劳动人事争议仲裁结案率 90% vs ≥90%", "社保基金安全事故 未发生 full marks",
             "公共就业服务体系 基本完善 loses 1 under 酌情扣分"]
    return {"stem": "h67_yian_renshe", "format": "pdf", "page": "A4L", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": traps}


ALL.append(h67())


# ============================================================ h68 丰泽区民政局 (XLSX, 元, third-party project 评分表 with 小计 rows + 资金情况 sheet)
def h68():
    B = 3500000.00
    src = [("省级补助资金", 1200000.00, 1236800.00),   # PLANT SPENDING_OVER_BUDGET: 1,236,800.00 > 1,200,000.00
           ("区级配套资金", 2300000.00, 2031650.00)]
    E = round(sum(e for _, _, e in src), 2)
    assert E == 3268450.00 and round(sum(b for _, b, _ in src), 2) == B
    rate = pct(E, B)  # 93.38
    formula = "预算执行率=3,268,450.00÷3,500,000.00×100%=94.38%"  # PLANT FORMULA: is 93.38%
    ind = [
        ("A1", "决策", "项目立项", "立项依据充分性", 4, 4, "立项符合政策规定得满分，否则酌情扣分", ""),
        ("A2", "决策", "项目立项", "立项程序规范性", 4, 4, "程序规范得满分，每发现一处问题扣1分", ""),
        ("A3", "决策", "绩效目标", "绩效目标合理性", 4, 4, "目标与实际相符得满分", ""),
        ("A4", "决策", "绩效目标", "绩效指标明确性", 4, 3, "指标细化量化得满分，否则酌情扣分", "部分指标无目标值，扣1分"),  # trap
        ("A5", "决策", "资金投入", "资金分配合理性", 4, 4, "分配依据充分得满分", ""),
        ("B1", "过程", "资金管理", "资金到位率", 4, 4, "得分=到位率×权重", "资金到位3,500,000.00元，到位率100%"),
        ("B2", "过程", "资金管理", "预算执行率", 5, 4.67, "得分=预算执行率×权重", formula),  # trap: 93.38% x 5 = 4.669
        ("B3", "过程", "资金管理", "资金使用合规性", 5, 4, "无违规得满分，发现一处不合规扣0.5分",
         "2笔补助资金未按规定公示，扣1分"),  # trap: 2 x 0.5
        ("B4", "过程", "组织实施", "管理制度健全性", 3, 3, "制度健全得满分", ""),
        ("B5", "过程", "组织实施", "制度执行有效性", 3, 2.5, "制度有效执行得满分，否则酌情扣分", "服务台账登记不完整，扣0.5分"),
        ("C1", "产出", "产出数量", "居家养老服务对象人数", 8, 8, "≥2000人得满分，未达到按比例得分", "实际服务2136人"),
        ("C2", "产出", "产出数量", "上门服务人次", 8, 7.6, "按完成比例计分",
         "计划48,000人次，实际45,600人次，完成率95%"),  # trap: 95% x 8
        ("C3", "产出", "产出数量", "社区居家养老服务站点建设", 8, 8, "完成得满分，未完成不得分", "建成站点12个，包括东海、华大、清源等街道"),
        ("C4", "产出", "产出质量", "服务质量抽查合格率", 8, 8, "≥95%得满分，每低1个百分点扣1分", "抽查合格率97.5%"),
        ("C5", "产出", "产出时效", "补助资金发放及时率", 8, 8, "=100%得满分", ""),
        ("D1", "效益", "社会效益", "老年人生活质量改善", 6, 6, "明显改善得满分，否则酌情扣分", ""),
        ("D2", "效益", "可持续影响", "服务可持续性", 6, 5, "长效机制健全得满分，否则酌情扣分", "站点运营主要依赖财政补助，扣1分"),
        # PLANT MALFORMED_RULE: the middle band "90%≤满意度<80%" is empty
        ("D3", "效益", "满意度", "服务对象满意度", 8, 8, "≥90%得满分；90%≤满意度<80%得6分；80%以下不得分", "问卷满意度93.7%"),
    ]
    tups = [(None, l1, l2, l3, None, None, w, s, x) for _, l1, l2, l3, w, s, _r, x in ind]
    names = ["决策", "过程", "产出", "效益"]
    secs = section_list(tups, names)
    assert [s for *_, s in secs] == [19, 18.17, 39.6, 19], secs
    total = 96.77  # PLANT TOTAL_VS_ROWS: the four 小计 (and the rows) add to 95.77
    ev = "福建闽信达工程咨询有限公司"
    rows = [["泉州市丰泽区2023年度社区居家养老服务补助资金绩效评价评分表", "", "", "", "", "", "", "", ""],
            [f"项目主管部门：泉州市丰泽区民政局　　评价机构：{ev}　　评价时间：2024年6月", "", "", "", "", "", "", "", ""],
            ["序号", "一级指标", "二级指标", "三级指标", "评分标准", "权重", "得分", "扣分说明", ""]]
    merges = [(0, 0, 0, 8), (1, 0, 1, 8)]
    for n, w, s in secs:
        first = len(rows)
        for code, l1, l2, l3, w_, s_, r_, x_ in ind:
            if l1 == n:
                rows.append([code, l1, l2, l3, r_, Num(w_), Num(s_), x_, ""])
        merges += group_merges(rows, [1, 2], first)
        rows.append([f"{n}小计", "", "", "", "", Num(w), Num(s), "", ""])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    rows.append(["合计", "", "", "", "", Num(100), Num(total), "", ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    rows.append([f"评价结论：综合得分{fmt(total)}分，评价等级为“优”。", "", "", "", "", "", "", "", ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 8))
    # drop the empty 9th column: keep the table 8 wide
    rows = [r[:8] for r in rows]
    merges = [(a, b, c, min(d, 7)) for a, b, c, d in merges]
    t = Table(rows, merges)
    t.widths = [6, 8, 10, 20, 34, 6, 6, 36]
    t.first_table_row = 2
    frows = [["资金来源", "预算数（元）", "实际支出数（元）", "执行率"]]
    for name, b, e in src:
        frows.append([name, Num(b, "#,##0.00"), Num(e, "#,##0.00"), Num(round(e / b, 4), "0.00%")])
    frows.append(["合计", Num(B, "#,##0.00"), Num(E, "#,##0.00"), Num(round(E / B, 4), "0.00%")])
    frows.append(["注：资金由泉州市丰泽区民政局统筹安排，用于社区居家养老服务站点运营补助和上门服务购买。", "", "", ""])
    ft = Table([["丰泽区2023年度社区居家养老服务补助资金到位及使用情况", "", "", ""]] + frows,
               [(0, 0, 0, 3), (len(frows), 0, len(frows), 3)])
    ft.widths = [22, 18, 18, 12]
    ft.first_table_row = 1
    g = gold(None, "泉州市丰泽区民政局", 2023, "COUNTY", "福建省", "THIRD_PARTY_EVALUATION", ev, total, 100, "优",
             budget(None, 350.0, yuan_to_wan(E), rate), secs,
             [row(l1, l2, l3, None, None, w, s, code=code) for code, l1, l2, l3, w, s, _r, _x in ind])
    fnd = [
        F("FORMULA", "预算执行率", formula, "94.38%", "93.38%", "HIGH", "ERROR",
          "3,268,450.00 ÷ 3,500,000.00 = 93.38% (the 资金情况 sheet prints 93.38%, and the row's 4.67 = 93.38% × 5 "
          "follows the right rate)"),
        F("SPENDING_OVER_BUDGET", "省级补助资金", "省级补助资金 | 1,200,000.00 | 1,236,800.00 | 103.07%", "1,236,800.00",
          "≤ 1,200,000.00", "HIGH", "WARNING", "省级补助资金 spent 36,800.00 above its budget (103.07%, printed right)"),
        F("TOTAL_VS_ROWS", "合计", f"合计 | 100 | {fmt(total)}", fmt(total), "95.77", "HIGH", "ERROR",
          "小计 19 + 18.17 + 39.6 + 19 = 95.77 (each 小计 matches its rows); the 评价结论 repeats 96.77: one problem"),
        F("MALFORMED_RULE", "服务对象满意度", "≥90%得满分；90%≤满意度<80%得6分；80%以下不得分", "90%≤满意度<80%",
          "80%≤满意度<90%", "HIGH", "WARNING", "the middle band is an empty range (90% ≤ x < 80%); 80%–90% is not "
          "covered. The row itself (93.7%, 8 of 8) is right"),
    ]
    traps = ["预算执行率 4.67 = 93.38% × 5 (4.669)", "上门服务人次 95% × 8 = 7.6", "资金使用合规性 2 × 0.5 = 1",
             "judgement deductions (A4, B5, D2) under 酌情扣分", "站点12个 “包括东海、华大、清源等街道” (non-exhaustive)",
             "资金到位率 100% → 4"]
    return {"stem": "h68_fengze_minzheng", "format": "xlsx", "sheets": [("评分表", t), ("资金情况", ft)], "gold": g,
            "findings": fnd, "traps": traps}


ALL.append(h68())


# ============================================================ h69 咸安区交通运输局 (HTML, 自评报告 prose, summary 得分率, detail with 评分标准)
def h69():
    adj, exp = 8962.45, 8511.37
    bas, bas_e, pro, pro_e = 2104.36, 2098.77, 6858.09, 6412.60
    assert round(bas + pro, 2) == adj and round(bas_e + pro_e, 2) == exp
    rate = pct(exp, adj)  # 94.97
    assert rate == 94.97
    band = "执行率≥95%得满分；90%（含）-95%得6分；90%以下不得分"
    ind = [
        (None, "决策", "目标设定", "绩效目标合理性", "合理", "合理", 5, 5, "目标依据充分、符合实际得满分"),
        (None, "决策", "预算配置", "预算编制科学性", "科学", "科学", 5, 5, "编制规范、测算合理得满分"),
        (None, "过程", "预算执行", "预算执行率", "≥95%", f"{rate:.2f}%", 8, 6, band),  # trap: band pays 6
        (None, "过程", "预算管理", "资金使用合规性", "合规", "合规", 6, 6, "无违规得满分，发现一处扣1分"),
        (None, "过程", "资产管理", "资产管理规范性", "规范", "基本规范", 6, 5, "管理规范得满分，否则酌情扣分"),  # trap
        (None, "产出", "产出数量", "农村公路新改建里程", "≥60公里", "51公里", 10, 8.5, "按完成比例计分"),  # trap 51/60
        (None, "产出", "产出数量", "危桥改造", "≥8座", "8座", 8, 8, "完成得满分，未完成不得分"),  # trap: exactly
        (None, "产出", "产出数量", "治超执法检查次数", "≥240次", "226次", 6, 5.65, "按完成比例计分"),  # trap 226/240
        (None, "产出", "产出质量", "公路养护优良路率", "≥85%", "87.3%", 8, 8, "达到目标值得满分"),
        (None, "产出", "产出质量", "农村客运班线通达率", "100%", "100%", 7, 7, "=100%得满分，每低1个百分点扣1分"),
        (None, "产出", "产出质量", "交通工程质量合格率", "100%", "100%", 6, 6, "=100%得满分"),
        # PLANT RATE_OVER_ZERO_BASE: a fall rate over a zero base
        (None, "效益", "社会效益", "港口危险货物安全事故下降率", "较上年下降", "100%（上年发生0起，本年0起）", 6, 6,
         "较上年下降得满分"),
        (None, "效益", "社会效益", "道路运输安全事故", "未发生较大及以上事故", "未发生", 6, 6, "未发生得满分"),  # trap
        (None, "效益", "满意度", "群众出行满意度", "≥90%", "82%", 12, 7.2,
         "≥90%得满分；80%（含）-90%得分值的60%；80%以下不得分"),  # trap: 60% x 12
    ]
    names = ["决策", "过程", "产出", "效益"]
    secs = section_list(ind, names)
    assert [(w, s) for _, w, s in secs] == [(10, 10), (20, 17), (45, 43.15), (24, 19.2)], secs
    printed = [(n, 25 if n == "效益" else w, s) for n, w, s in secs]  # PLANT WEIGHTS_VS_FULL_MARK: 效益 rows weigh 24
    total = round(sum(s for *_, s in printed), 2)  # 89.35 = rows
    assert total == sum_s(ind) == 89.35
    grade = "优"  # PLANT GRADE_OUTSIDE_BANDS: 89.35 is 良 by the printed bands
    rates = {n: f"{s / w * 100:.2f}%" for n, w, s in printed}
    rates["产出"] = "96.89%"  # PLANT SCORE_RATE: 43.15 / 45 = 95.89%
    summ = styled(Table([["一级指标", "分值", "得分", "得分率"]] +
                        [[n, fmt(w), fmt(s), rates[n]] for n, w, s in printed] +
                        [["合计", "100", fmt(total), f"{total:.2f}%"]]), [3, 2, 2, 2], 1)
    rows = [["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "评分标准", "得分"]]
    for _, l1, l2, l3, t, a, w, s, x in ind:
        rows.append([l1, l2, l3, fmt(w), t, a, x, fmt(s)])
    merges = group_merges(rows, [0, 1], 1)
    rows.append(["合计", "", "", "100", "", "", "", fmt(total)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    det = styled(Table(rows, merges), [2, 2, 4, 1, 2, 3, 5, 1], 1)
    bt = styled(Table([["项目", "全年预算数", "全年执行数", "执行率"],
                       ["部门支出合计", mc(adj), mc(exp), f"{rate:.2f}%"],
                       ["基本支出", mc(bas), mc(bas_e), f"{pct(bas_e, bas):.2f}%"],
                       ["项目支出", mc(pro), mc(pro_e), f"{pct(pro_e, pro):.2f}%"]]), [3, 3, 3, 2], 1)
    title = "咸宁市咸安区交通运输局2025年度部门整体支出绩效自评报告"
    blocks = [
        Title(title),
        "一、部门概况",
        "咸宁市咸安区交通运输局负责全区公路、水路交通运输行业管理，组织实施农村公路建设与养护、道路运输和港口管理、"
        "治超执法等工作。局机关内设股室6个，下属区公路管理局、区港航管理站、区交通运输综合执法大队3个二级单位。",
        "二、预算执行情况",
        f"2025年部门全年预算数{mc(adj)}万元，全年执行数{mc(exp)}万元，预算执行率{rate:.2f}%（单位：万元）。",
        bt,
        "三、绩效目标实现情况",
        "全年完成农村公路新改建51公里，危桥改造8座，公路养护优良路率87.3%，农村客运班线通达率100%；"
        "开展治超执法检查226次；全区未发生较大及以上道路运输安全事故，港口未发生危险货物安全事故。"
        "受部分项目征地拆迁影响，农村公路新改建里程未达年度目标。",
        "四、自评结论",
        "本次自评采用部门整体支出绩效评价指标体系，评价等级分为：综合得分≥90分为“优”，80分≤得分<90分为“良”，"
        f"60分≤得分<80分为“中”，得分<60分为“差”。经自评，本部门2025年度综合得分{fmt(total)}分，自评等级为“{grade}”。",
        summ,
        "五、存在问题及改进措施",
        "一是项目前期工作不充分，征地拆迁影响工程进度；二是群众出行满意度偏低，农村客运服务质量有待提升。"
        "下一步将加强项目储备和前期工作，提升农村客运服务水平。",
        "附表：咸宁市咸安区交通运输局2025年度部门整体支出绩效自评表",
        det,
        "咸宁市咸安区交通运输局　2026年3月18日",
    ]
    g = gold(None, "咸宁市咸安区交通运输局", 2025, "COUNTY", "湖北省", "SELF_EVALUATION", None, total, 100, grade,
             budget(None, adj, exp, rate, bas, bas_e, pro, pro_e), printed, grows(ind))
    fnd = [
        F("RATE_OVER_ZERO_BASE", "港口危险货物安全事故下降率", "100%（上年发生0起，本年0起）", "100%",
          "— (base 0)", "HIGH", "WARNING", "a fall rate over a base of 0 accidents is undefined; 0 → 0 is no change, "
          "not a 100% fall (the row's full marks under 较上年下降 are themselves doubtful)"),
        F("SCORE_RATE", "产出", "产出 | 45 | 43.15 | 96.89%", "96.89%", "95.89%", "HIGH", "ERROR", "43.15 ÷ 45 = 95.89%"),
        F("WEIGHTS_VS_FULL_MARK", "效益", "效益 | 25 | 19.2", "25", "24", "HIGH", "ERROR",
          "效益's three rows weigh 6 + 6 + 12 = 24, the summary says 25; all rows weigh 99 against the stated 100 "
          "(the 合计 分值 100): one problem"),
        F("GRADE_OUTSIDE_BANDS", "自评等级", f"综合得分{fmt(total)}分，自评等级为“优”", "优", "良", "HIGH", "ERROR",
          "its own bands: ≥90 优, 80 ≤ 得分 < 90 良; 89.35 is 良"),
    ]
    traps = ["预算执行率 94.97% → 6 by its band", "农村公路新改建 51/60 × 10 = 8.5", "治超执法 226/240 × 6 = 5.65",
             "危桥改造 8座 vs ≥8座", "群众出行满意度 82% → 60% × 12 = 7.2", "道路运输安全事故 未发生 full marks",
             "资产管理 基本规范 loses 1 under 酌情扣分"]
    return {"stem": "h69_xianan_jiaotong", "format": "html", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": traps, "title": title}


ALL.append(h69())


# ============================================================ h70 潞州区教育局 (DOCX, 项目支出, 元, 分值 before 指标值, 未完成原因 column)
def h70():
    src = [("中央资金", 4200000.00, 4200000.00, 3859000.00), ("省级资金", 1200000.00, 1650000.00, 1650000.00),
           ("区级配套资金", 1400000.00, 1400000.00, 900000.00)]
    ini, adj, exp = (round(sum(s[k] for s in src), 2) for k in (1, 2, 3))
    assert (ini, adj, exp) == (6800000.00, 7250000.00, 6409000.00)
    rate = pct(exp, adj)  # 88.40
    assert rate == 88.4
    bscore = 10  # PLANT BUDGET_ROW_SCORE: below 95% the printed rule gives 88.40% x 10 = 8.84
    ind = [
        (None, "产出指标", "数量指标", "新增普惠性学位", 10, "≥1080个", "1134个", 10, ""),  # trap: 105%, capped
        # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: "未完成竣工验收" in the actual, full marks
        (None, "产出指标", "数量指标", "农村幼儿园改扩建", 10, "5所", "5所（其中1所未完成竣工验收）", 10, ""),
        (None, "产出指标", "数量指标", "幼儿园教师培训", 8, "≥300人次", "342人次", 8, ""),  # trap: capped
        (None, "产出指标", "质量指标", "普惠性幼儿园覆盖率", 8, "≥85%", "84.2%", 7, "2所民办园普惠性认定推迟至2022年"),
        # PLANT TARGET_MISSED_FULL_MARKS: 48.6% < ≥50%, 8 of 8, no reason
        (None, "产出指标", "质量指标", "公办园在园幼儿占比", 8, "≥50%", "48.6%", 8, ""),
        (None, "产出指标", "时效指标", "资金拨付及时率", 6, "100%", "100%", 6, ""),
        (None, "产出指标", "成本指标", "生均公用经费补助标准", 6, "≥600元/生·年", "600元/生·年", 6, ""),  # trap
        (None, "效益指标", "社会效益指标", "学前三年毛入园率", 10, "≥90%", "92.4%", 10, ""),
        (None, "效益指标", "可持续影响指标", "幼儿园安全责任事故", 6, "未发生重大安全事故", "未发生", 6, ""),  # trap
        (None, "满意度指标", "服务对象满意度指标", "幼儿家长满意度", 10, "≥90%", "87.5%", 9, "部分家长对接送时段安排有意见"),
        # PLANT ROW_SCORE_OVER_WEIGHT: 9 of 8
        (None, "满意度指标", "服务对象满意度指标", "幼儿园教师满意度", 8, "≥85%", "88%", 9, ""),
    ]
    # tuple order here: (g, l1, l2, l3, 分值, 指标值, 完成值, 得分, 原因) -> normalise to reports4 order
    ind = [(g_, l1, l2, l3, t, a, w, s, x) for g_, l1, l2, l3, w, t, a, s, x in ind]
    assert sum_w(ind) == 90 and sum_s(ind) == 89
    total = round(bscore + sum_s(ind), 2)  # 99
    Y = mc
    rows = [["项目名称", "2021年学前教育发展专项资金", "", "", "", "", "", ""],
            ["主管部门", "长治市潞州区教育局", "", "", "实施单位", "长治市潞州区教育局", "", ""],
            ["预算资金（元）", "", "年初预算数", "调整后预算数", "实际支出数", "执行率", "分值", "得分"],
            ["", "年度资金总额", Y(ini), Y(adj), Y(exp), f"{rate:.2f}%", "10", fmt(bscore)]]
    for name, i, a, e in src:
        rows.append(["", f"其中：{name}" if name == "中央资金" else name, Y(i), Y(a), Y(e), f"{pct(e, a):.2f}%", "—", "—"])
    merges = [(0, 1, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7), (2, 0, len(rows) - 1, 0)]
    r0 = len(rows)
    rows += [["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
             ["", "新增普惠性学位1080个，完成5所农村幼儿园改扩建，培训幼儿园教师300人次，"
                  "学前三年毛入园率达到90%以上，公办园在园幼儿占比达到50%。", "", "",
              "新增普惠性学位1134个，5所农村幼儿园改扩建主体工程完工，培训幼儿园教师342人次，"
              "学前三年毛入园率92.4%。", "", "", ""]]
    merges += [(r0, 0, r0 + 1, 0), (r0, 1, r0, 3), (r0, 4, r0, 7), (r0 + 1, 1, r0 + 1, 3), (r0 + 1, 4, r0 + 1, 7)]
    rows.append(["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分", "未完成原因及改进措施"])
    start = len(rows)
    for _, l1, l2, l3, t, a, w, s, x in ind:
        rows.append([l1, l2, l3, fmt(w), t, a, fmt(s), x])
    merges += group_merges(rows, [0, 1], start)
    rows.append(["总分", "", "", "100", "", "", fmt(total), ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    t = styled(Table(rows, merges), [2.2, 2.4, 3.6, 2.8, 2.8, 3.2, 1.9, 3.6], 0)
    blocks = [Title("2021年度项目支出绩效自评表"), t,
              "评分说明：1.年度资金总额：预算执行率≥95%的得满分；低于95%的，得分=执行率×分值。"
              "2.数量指标得分=完成率×分值，最高不超过该指标分值。3.其余指标达到年度指标值的得满分，未达到的按偏差程度扣分。",
              "单位负责人：冯××　　项目负责人：韩××　　填报日期：2022年4月8日"]
    g = gold(None, "长治市潞州区教育局", 2021, "COUNTY", "山西省", "SELF_EVALUATION", None, total, 100, None,
             budget(yuan_to_wan(ini), yuan_to_wan(adj), yuan_to_wan(exp), rate), [],
             [row(None, None, "年度资金总额", None, f"{rate:.2f}%", 10, bscore)] + grows(ind))
    g["project"], g["implementingUnit"] = "2021年学前教育发展专项资金", "长治市潞州区教育局"  # a project form names both (lead, issue 9 convention)
    fnd = [
        F("BUDGET_ROW_SCORE", "年度资金总额", "年度资金总额 | … | 88.40% | 10 | 10", "10", "8.84", "HIGH", "ERROR",
          "评分说明 1: below 95% 得分 = 88.40% × 10 = 8.84; the 总分 99 carries the same 1.16: one problem"),
        F("NARRATIVE_NOT_DONE_FULL_MARKS", "农村幼儿园改扩建", "5所 | 5所（其中1所未完成竣工验收） | 10", "10", "< 10",
          "MEDIUM", "WARNING", "the actual says one school 未完成竣工验收 (and 实际完成情况: 主体工程完工) yet 10 of 10"),
        F("TARGET_MISSED_FULL_MARKS", "公办园在园幼儿占比", "≥50% | 48.6% | 8", "8", "< 8", "HIGH", "WARNING",
          "48.6% misses ≥50% yet 8 of 8, no reason; 评分说明 3 says a missed target loses points"),
        F("ROW_SCORE_OVER_WEIGHT", "幼儿园教师满意度", "幼儿园教师满意度 | 8 | ≥85% | 88% | 9", "9", "≤ 8", "HIGH", "ERROR",
          "得分 9 above 分值 8"),
    ]
    traps = ["新增普惠性学位 1134/1080 = 105% → capped at 10", "幼儿园教师培训 342/300 → capped at 8",
             "普惠性幼儿园覆盖率 84.2% < 85% loses 1 with a reason", "幼儿家长满意度 87.5% loses 1 with a reason",
             "生均公用经费 600 vs ≥600", "安全责任事故 未发生 full marks", "省级资金 adjusted up 1,200,000 → 1,650,000, spent 100%"]
    return {"stem": "h70_luzhou_jiaoyu", "format": "docx", "page": "A4L", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": traps}


ALL.append(h70())
