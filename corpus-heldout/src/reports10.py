"""Round 10 (audit), h83-h88: reports with PLANTED inconsistencies in layouts unlike rounds 4, 7 and 9.

Same method as reports4.py / reports7.py / reports9.py: each report is written once, its blocks (or sheets, or
text) and its gold are built from the same tuples, so the gold records what the report PRINTS, errors included.
Every planted figure carries a `# PLANT <KIND>` comment and its expected finding is written next to it
(`findings`); `traps` lists what an audit must NOT flag. heldout10.py writes the files, gold and findings, and
refuses a report whose recomputation finds a mismatch no planted finding covers.

Indicator tuples: (goal, 一级, 二级, 三级, 指标值, 完成值, 分值, 得分, extra).
"""
from heldout import Table, Title, group_merges, fmt, row, budget, gold
from reports3_a import Num
from reports4 import styled, pct, m2, mc, F, grows, sum_s, sum_w, section_list

ALL = []


def wan(x):
    return round(x / 10000, 6)


# ============================================================ h83 南浔区文化和旅游局 (DOCX, 一级 cell carries its weight, budget as a scored strip)
def h83():
    ini, adj, exp = 2860.00, 3125.60, 3000.58
    rate = pct(exp, adj)
    assert rate == 96.0
    prose_exp = "3,060.58"  # PLANT SAME_FIGURE_DIFFERS: the table prints 3,000.58
    ind = [
        (None, "产出指标", "数量指标", "公共文化场馆免费开放数量", "≥12个", "12个", 8, 8, ""),  # trap: met exactly
        (None, "产出指标", "数量指标", "送戏下乡演出场次", "≥120场", "126场", 8, 8, ""),
        (None, "产出指标", "质量指标", "文物安全事故", "不发生", "未发生文物安全事故", 6, 6, ""),  # trap
        (None, "产出指标", "质量指标", "A级旅游景区复核通过率", "100%", "100%", 6, 6, ""),
        # PLANT RULE_SCORE: 92% is 3 under 95%, 每低1个百分点扣1分 → 8 − 3 = 5; printed 6
        (None, "产出指标", "时效指标", "文化惠民项目完成及时率", "≥95%", "92%", 8, 6, "≥95%得满分，每低1个百分点扣1分"),
        (None, "产出指标", "成本指标", "公共文化活动场均成本", "≤1.2万元", "1.15万元", 4, 4, ""),
        (None, "效益指标", "社会效益指标", "群众文化活动参与人次", "≥50万人次", "52.3万人次", 10, 10, ""),
        (None, "效益指标", "社会效益指标", "非遗传承活动", "包括展演、培训、进校园等", "开展非遗活动65场", 6, 6, ""),  # trap
        (None, "效益指标", "经济效益指标", "接待游客人次同比增长", "≥8%", "6.5%", 8, 6.5,
         "受疫情影响，二季度景区阶段性关闭，酌情扣1.5分"),  # trap: judgement with a reason
        (None, "效益指标", "可持续影响指标", "文旅融合发展机制", "持续完善", "出台文旅融合发展扶持办法", 6, 6, ""),
        (None, "满意度指标", "服务对象满意度指标", "群众文化服务满意度", "≥90%", "93.2%", 10, 10, ""),
        (None, "满意度指标", "服务对象满意度指标", "游客满意度", "≥85%", "88%", 10, 10, ""),
    ]
    assert sum_w(ind) == 90 and sum_s(ind) == 86.5
    bscore = 10  # trap: 96.00% ≥ 95% full marks
    total = round(bscore + sum_s(ind), 2)  # 96.5
    secw = {n: w for n, w, s in section_list(ind, ["产出指标", "效益指标", "满意度指标"])}
    bt = styled(Table([["年初预算数（万元）", "全年预算数（万元）", "全年执行数（万元）", "预算执行率", "分值", "得分"],
                       [m2(ini), m2(adj), m2(exp), f"{rate:.2f}%", "10", fmt(bscore)]]), [3, 3, 3, 2.4, 1.4, 1.4], 1)
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "扣分原因及评分依据"]]
    start = 1
    for _, l1, l2, l3, t, a, w, s, x in ind:
        rows.append([f"{l1}（{fmt(secw[l1])}分）", l2, l3, t, a, fmt(w), fmt(s), x])
    merges = group_merges(rows, [0, 1], start)
    rows.append(["合计（含预算执行10分）", "", "", "", "", "100", fmt(total), ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    t = styled(Table(rows, merges), [2.6, 2.4, 3.6, 2.6, 3.0, 1.2, 1.2, 4.0], 1)
    blocks = [Title("湖州市南浔区文化和旅游局2022年度部门整体支出绩效自评表"),
              "（一）预算执行情况", bt,
              f"2022年度本部门全年预算3,125.60万元，全年实际支出{prose_exp}万元，预算执行率96.00%，按“执行率≥95%得满分”"
              "计10分。",
              "（二）绩效指标完成情况", t,
              "自评结论：90分（含）以上为优，80分（含）—90分为良，60分（含）—80分为中，60分以下为差。"
              f"本部门2022年度整体支出绩效自评得分{fmt(total)}分，等级“优”。",
              "填报人：沈××　　审核人：钱××　　填报日期：2023年3月20日"]
    g = gold(None, "湖州市南浔区文化和旅游局", 2022, "COUNTY", "浙江省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ini, adj, exp, rate), [],
             [row(None, None, "预算执行率", None, f"{rate:.2f}%", 10, bscore)] + grows(ind))
    fnd = [
        F("RULE_SCORE", "文化惠民项目完成及时率", "≥95% | 92% | 8 | 6 | ≥95%得满分，每低1个百分点扣1分", "6", "5", "HIGH",
          "ERROR", "92% is 3 points under 95% → 8 − 3 × 1 = 5; printed 6 (the 合计 96.5 carries it, 95.5 by the rule)"),
        F("SAME_FIGURE_DIFFERS", "全年执行数", f"全年实际支出{prose_exp}万元", f"{prose_exp}万元", "3,000.58万元", "HIGH",
          "WARNING", "the prose says 3,060.58; the table prints 3,000.58, and 96.00% = 3,000.58 ÷ 3,125.60 (3,060.58 would "
          "give 97.92%)"),
    ]
    traps = ["公共文化场馆 12个 vs ≥12个", "文物安全事故 未发生 full marks", "非遗 “包括展演、培训、进校园等” list",
             "游客人次增长 6.5% < 8% loses 1.5 with a reason, no numeric rule", "执行率 96.00% ≥ 95% → 10",
             "一级 cells print the section weight (产出指标（40分）…), no section scores"]
    return {"stem": "h83_nanxun_wenlv", "format": "docx", "blocks": blocks, "gold": g, "findings": fnd, "traps": traps}


ALL.append(h83())


# ============================================================ h84 邛崃市卫生健康局 (PDF portrait, 元, fund block as label/value rows)
def h84():
    ini, adj, exp = 4500000.00, 4860000.00, 4549932.00
    rate = pct(exp, adj)
    assert rate == 93.62
    prate = 96.32   # PLANT EXECUTION_RATE: 4,549,932.00 ÷ 4,860,000.00 = 93.62%
    bscore = 9.63   # follows the printed rate (9.36 by the true one): same problem
    ind = [
        (None, "产出指标", "数量指标", "购置DR设备台数", "4台", "4台", 10, 10, ""),  # trap exact
        (None, "产出指标", "数量指标", "购置全自动生化分析仪台数", "6台", "6台", 10, 10, ""),
        # PLANT ROW_SCORE_OVER_WEIGHT: 10.5 of 10
        (None, "产出指标", "质量指标", "设备验收合格率", "100%", "100%", 10, 10.5, ""),
        # PLANT NARRATIVE_NOT_DONE_FULL_MARKS
        (None, "产出指标", "时效指标", "设备安装调试完成时间", "2023年10月底前", "设备已全部到货，3台尚未完成安装调试", 10, 10, ""),
        (None, "产出指标", "成本指标", "单台DR设备采购成本", "≤80万元", "78.6万元", 10, 10, ""),
        (None, "效益指标", "社会效益指标", "开展DR检查的乡镇卫生院数", "≥12家", "12家", 10, 10, ""),
        (None, "效益指标", "社会效益指标", "基层医疗机构诊疗人次同比增长", "≥5%", "4.2%", 10, 8,
         "部分设备投入使用时间较晚，酌情扣2分"),  # trap: judgement with a reason
        (None, "效益指标", "可持续影响指标", "设备完好率", "≥95%", "97%", 10, 10, ""),
        (None, "满意度指标", "服务对象满意度指标", "就诊患者满意度", "≥90%", "92.6%", 10, 10, ""),
    ]
    assert sum_w(ind) == 90 and sum_s(ind) == 88.5
    total = round(bscore + sum_s(ind), 2)  # 98.13
    rows = [["项目名称", "2023年基层医疗卫生机构设备购置项目", "", "", "", "", ""],
            ["主管部门", "邛崃市卫生健康局", "", "实施单位", "邛崃市基层卫生服务中心", "", ""],
            ["年初预算数（元）", mc(ini), "", "全年预算数（元）", mc(adj), "", ""],
            ["全年执行数（元）", mc(exp), "", "预算执行率", f"{prate:.2f}%", "", ""],
            ["预算执行分值", "10", "", "预算执行得分", fmt(bscore), "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]]
    merges = [(0, 1, 0, 6)] + [(r, 1, r, 2) for r in range(1, 5)] + [(r, 4, r, 6) for r in range(1, 5)]
    start = len(rows)
    for _, l1, l2, l3, t, a, w, s, x in ind:
        rows.append([l1, l2, l3, t, a, fmt(w), fmt(s)])
    merges += group_merges(rows, [0, 1], start)
    rows.append(["总分", "", "", "", "", "100", fmt(total)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    t = styled(Table(rows, merges), [2.4, 2.4, 3.6, 2.8, 3.6, 1.2, 1.2], 0)
    blocks = [Title("项目支出绩效自评表"), "（2023年度）", t,
              "偏差说明：基层医疗机构诊疗人次同比增长4.2%，未达到年度目标，主要原因是部分设备投入使用时间较晚，酌情扣2分。",
              "评分说明：预算执行得分=预算执行率×10分；其他指标达到目标值得满分，未达到的根据偏差程度酌情扣分。",
              "单位负责人：杨××　　财务负责人：罗××　　填表人：李××　　填报日期：2024年3月12日"]
    g = gold(None, "邛崃市卫生健康局", 2023, "COUNTY", "四川省", "SELF_EVALUATION", None, total, 100, None,
             budget(wan(ini), wan(adj), wan(exp), prate), [],
             [row(None, None, "预算执行", None, f"{prate:.2f}%", 10, bscore)] + grows(ind))
    g["project"], g["implementingUnit"] = "2023年基层医疗卫生机构设备购置项目", "邛崃市基层卫生服务中心"
    fnd = [
        F("EXECUTION_RATE", "预算执行率", f"全年预算数 {mc(adj)} | 全年执行数 {mc(exp)} | 预算执行率 {prate:.2f}%",
          f"{prate:.2f}%", "93.62%", "HIGH", "ERROR", "4,549,932.00 ÷ 4,860,000.00 = 93.62% (digits swapped); the 预算执行得分 "
          "9.63 follows the printed rate (9.36 by the true one, 总分 97.86): one problem"),
        F("ROW_SCORE_OVER_WEIGHT", "设备验收合格率", "设备验收合格率 | 100% | 100% | 10 | 10.5", "10.5", "≤ 10", "HIGH",
          "ERROR", "得分 10.5 above 分值 10; the 总分 98.13 is the sum as printed"),
        F("NARRATIVE_NOT_DONE_FULL_MARKS", "设备安装调试完成时间", "2023年10月底前 | 设备已全部到货，3台尚未完成安装调试 | 10 | 10",
          "10", "< 10", "MEDIUM", "WARNING", "the actual says 3 units 尚未完成安装调试 by the 10月底 target, yet 10 of 10"),
    ]
    traps = ["DR 4台 vs 4台, 卫生院 12家 vs ≥12家", "诊疗人次增长 4.2% < 5% loses 2 with a reason (酌情扣分)",
             "单台成本 78.6 ≤ 80万元", "fund block printed as label/value rows in 元"]
    return {"stem": "h84_qionglai_weijian", "format": "pdf", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": traps}


ALL.append(h84())


# ============================================================ h85 沙坪坝区民政局 (XLSX, three sheets: 预算执行 / 指标 / 评分汇总)
def h85():
    ini, adj, exp = 8120.00, 8642.30, 8390.15
    b_ini, b_adj, b_exp = 3150.00, 3215.80, 3208.44
    p_ini, p_adj, p_exp = 4970.00, 5326.50, 5181.71  # PLANT BREAKDOWN_SUM: 3215.80 + 5326.50 = 8542.30 ≠ 8642.30
    assert round(b_ini + p_ini, 2) == ini and round(b_exp + p_exp, 2) == exp and round(b_adj + p_adj, 2) == 8542.30
    rate = pct(exp, adj)
    assert rate == 97.08
    ind = [
        (None, "产出指标", "数量指标", "城乡低保对象保障人数", "≥1.2万人", "1.23万人", 10, 10, ""),
        (None, "产出指标", "数量指标", "特困人员供养人数", "≥850人", "850人", 8, 8, ""),  # trap exact
        # PLANT TARGET_MISSED_FULL_MARKS: 5 < 6 个, full marks, no reason
        (None, "产出指标", "数量指标", "社区养老服务设施新建数", "6个", "5个", 8, 8, ""),
        (None, "产出指标", "质量指标", "低保资金社会化发放率", "100%", "100%", 8, 8, ""),
        (None, "产出指标", "时效指标", "救助资金按时发放率", "≥98%", "99.5%", 8, 8, ""),
        (None, "产出指标", "成本指标", "特困人员集中供养年人均标准", "≤2.4万元", "2.36万元", 8, 8, ""),
        (None, "效益指标", "社会效益指标", "困难群众基本生活", "有效保障", "有效保障，未发生冲击社会道德底线事件", 10, 10, ""),
        (None, "效益指标", "社会效益指标", "养老机构重大安全责任事故", "未发生", "未发生", 10, 10, ""),  # trap
        (None, "效益指标", "可持续影响指标", "社会救助“一门受理、协同办理”机制", "持续运行", "持续运行", 10, 10, ""),
        (None, "满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", "88.5%", 10, 8.5,
         "个别救助对象对审核时限有意见，酌情扣1.5分"),  # trap: judgement with a reason
        (None, "满意度指标", "服务对象满意度指标", "养老服务对象满意度", "≥90%", "93%", 10, 10, ""),
    ]
    names = ["产出指标", "效益指标", "满意度指标"]
    secs = section_list(ind, names)
    total = sum_s(ind)
    assert sum_w(ind) == 100 and total == 98.5
    printed = {n: (w, s) for n, w, s in secs}
    printed["满意度指标"] = (20, 19.5)  # PLANT SECTION_VS_ROWS: rows 8.5 + 10 = 18.5
    secs_p = [(n, *printed[n]) for n in names]
    N = "#,##0.00"
    s1 = [["重庆市沙坪坝区民政局2024年度预算执行情况", "", "", "", ""], ["单位：万元", "", "", "", ""],
          ["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"],
          ["合计", Num(ini, N), Num(adj, N), Num(exp, N), Num(rate / 100, "0.00%")],
          ["（一）基本支出", Num(b_ini, N), Num(b_adj, N), Num(b_exp, N), Num(pct(b_exp, b_adj) / 100, "0.00%")],
          ["（二）项目支出", Num(p_ini, N), Num(p_adj, N), Num(p_exp, N), Num(pct(p_exp, p_adj) / 100, "0.00%")]]
    t1 = Table(s1, [(0, 0, 0, 4), (1, 0, 1, 4)])
    t1.widths = [16, 14, 14, 14, 10]
    t1.first_table_row = 2
    s2 = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]]
    for _, l1, l2, l3, t, a, w, s, x in ind:
        s2.append([l1, l2, l3, t, a, Num(w), Num(s), x])
    t2 = Table(s2, group_merges(s2, [0, 1], 1))
    t2.widths = [11, 14, 30, 12, 30, 6, 6, 34]
    s3 = [["一级指标", "分值", "得分", "得分率"]]
    for n in names:
        w, s = printed[n]
        s3.append([n, Num(w), Num(s), Num(s / w, "0.00%")])
    s3 += [["总分", Num(100), Num(total), Num(total / 100, "0.00%")], ["评价等级", "优", "", ""],
           ["等级标准：90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差", "", "", ""]]
    t3 = Table(s3, [(len(s3) - 1, 0, len(s3) - 1, 3), (len(s3) - 2, 1, len(s3) - 2, 3)])
    t3.widths = [16, 10, 10, 10]
    g = gold(None, "重庆市沙坪坝区民政局", 2024, "COUNTY", "重庆市", "SELF_EVALUATION", None, total, 100, "优",
             budget(ini, adj, exp, rate, b_adj, b_exp, p_adj, p_exp), secs_p, grows(ind))
    fnd = [
        F("BREAKDOWN_SUM", "全年预算数", "（一）基本支出 | 3,215.80 … （二）项目支出 | 5,326.50 … 合计 | 8,642.30", "8,642.30",
          "8,542.30", "HIGH", "ERROR", "3215.80 + 5326.50 = 8542.30, 100.00 short of the printed 合计 8642.30 (年初 "
          "3150 + 4970 = 8120 and 执行 3208.44 + 5181.71 = 8390.15 add up)"),
        F("SECTION_VS_ROWS", "满意度指标", "满意度指标 | 20 | 19.5", "19.5", "18.5", "HIGH", "ERROR",
          "sheet 评分汇总: rows 8.5 + 10 = 18.5; the 总分 98.5 is the sum of the rows (the summary's 50 + 30 + 19.5 "
          "add to 99.5): one problem"),
        F("TARGET_MISSED_FULL_MARKS", "社区养老服务设施新建数", "6个 | 5个 | 8 | 8", "8", "< 8", "HIGH", "WARNING",
          "5 of the 6 planned facilities, yet full 8 and no 偏差原因"),
    ]
    traps = ["特困人员 850 vs ≥850", "养老机构事故 未发生 full marks", "救助对象满意度 88.5% < 90% loses 1.5 with a reason",
             "执行率 97.08% = 8390.15 ÷ 8642.30 (computed against the printed 合计)", "得分率 column (18.5 / 20 etc.)"]
    return {"stem": "h85_shapingba_minzheng", "format": "xlsx",
            "sheets": [("预算执行", t1), ("绩效指标", t2), ("评分汇总", t3)], "gold": g, "findings": fnd,
            "traps": traps}


ALL.append(h85())


# ============================================================ h86 城东区城市管理局 (HTML, 元, 评分标准 column, sections as spanning rows)
def h86():
    ini, adj, exp = 3600000.00, 3950000.00, 3689300.00
    rate = pct(exp, adj)
    assert rate == 93.4
    PROP = "按完成比例计分（完成值÷目标值×分值）"
    FULL = "达到目标值得满分，未达到不得分"
    ind = [
        # PLANT BUDGET_ROW_SCORE: step rule → 93.40% is in 90%–95% → 8; printed 9.34 (= 执行率 × 10)
        (None, "预算执行", "预算执行", "预算执行率", "≥95%", f"{rate:.2f}%", 10, 9.34,
         "执行率≥95%得10分；90%（含）—95%得8分；低于90%不得分"),
        (None, "产出指标", "数量指标", "更换LED节能路灯数量", "2000盏", "1850盏", 10, 9.25, PROP),  # 92.5% × 10
        (None, "产出指标", "数量指标", "新建智慧照明控制箱", "≥40台", "40台", 8, 8, FULL),  # trap exact
        (None, "产出指标", "质量指标", "主次干道亮灯率", "≥98%", "99.2%", 8, 8, FULL),
        (None, "产出指标", "质量指标", "工程验收合格率", "100%", "100%", 8, 8, FULL),
        # PLANT MALFORMED_RULE: 90%–95% both 得5分 and 不得分
        (None, "产出指标", "时效指标", "路灯故障修复及时率", "≥95%", "97%", 8, 8, "≥95%得满分；90%—95%得5分；低于95%不得分"),
        (None, "产出指标", "成本指标", "单盏路灯改造成本", "≤1800元", "1760元", 8, 8, FULL),
        (None, "效益指标", "经济效益指标", "年节约电费", "≥60万元", "63.5万元", 10, 10, FULL),
        (None, "效益指标", "社会效益指标", "因照明原因引发的交通事故", "未发生", "未发生", 10, 10, FULL),  # trap
        (None, "效益指标", "生态效益指标", "年节电量", "≥110万千瓦时", "96万千瓦时", 10, 8.73, PROP),  # trap 8.727
        (None, "满意度指标", "服务对象满意度指标", "沿街居民及商户满意度", "≥90%", "91%", 10, 10, "≥90%得满分，每低1个百分点扣1分"),
    ]
    total = sum_s(ind)
    assert sum_w(ind) == 100 and total == 97.32
    formula = "1,850÷2,000=95.5%"  # PLANT FORMULA: 1850 ÷ 2000 = 92.5%
    rows = [["二级指标", "三级指标", "评分标准", "分值", "年度目标", "实际完成", "得分"]]
    merges = []
    cn = "一二三四"
    for i, n in enumerate(["预算执行", "产出指标", "效益指标", "满意度指标"]):
        rows.append([f"{cn[i]}、{n}"] + [""] * 6)
        merges.append((len(rows) - 1, 0, len(rows) - 1, 6))
        start = len(rows)
        for _, l1, l2, l3, t, a, w, s, x in [r for r in ind if r[1] == n]:
            rows.append([l2, l3, x, fmt(w), t, a, fmt(s)])
        merges += group_merges(rows, [0], start)
    rows.append(["自评总分", "", "", "100", "", "", fmt(total)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    bt = Table([["项目名称", "2022年城东区城市道路照明提升改造项目", "", ""],
                ["主管部门", "西宁市城东区城市管理局", "实施单位", "城东区市政设施管理所"],
                ["年初预算（元）", mc(ini), "全年预算（元）", mc(adj)],
                ["全年执行（元）", mc(exp), "预算执行率", f"{rate:.2f}%"]], [(0, 1, 0, 3)])
    blocks = [Title("2022年城东区城市道路照明提升改造项目绩效自评报告"),
              "一、项目基本情况", bt,
              "二、绩效目标完成情况",
              f"全年更换LED节能路灯1,850盏，完成率={formula}，按完成比例计9.25分；年节电量96万千瓦时，未达到110万千瓦时的"
              "年度目标，主要原因是部分路段改造于四季度完工。",
              "三、绩效自评评分表", Table(rows, merges),
              "四、自评结论",
              f"本项目自评总分{fmt(total)}分，自评等级为“优”（90分及以上为优）。",
              "西宁市城东区城市管理局　2023年4月"]
    g = gold(None, "西宁市城东区城市管理局", 2022, "COUNTY", "青海省", "SELF_EVALUATION", None, total, 100, "优",
             budget(wan(ini), wan(adj), wan(exp), rate), [], grows(ind))
    g["project"], g["implementingUnit"] = "2022年城东区城市道路照明提升改造项目", "城东区市政设施管理所"
    fnd = [
        F("BUDGET_ROW_SCORE", "预算执行率", "预算执行率 | 执行率≥95%得10分；90%（含）—95%得8分；低于90%不得分 | 10 | 93.40% | 9.34",
          "9.34", "8", "HIGH", "ERROR", "3,689,300.00 ÷ 3,950,000.00 = 93.40%, in the 90%–95% band → 8 (9.34 is 执行率 × 10, "
          "not this row's rule); the 总分 97.32 carries it (95.98 by the rule)"),
        F("FORMULA", "更换LED节能路灯数量", f"完成率={formula}", "95.5%", "92.5%", "HIGH", "ERROR",
          "1850 ÷ 2000 = 92.5%; the 得分 9.25 = 92.5% × 10 is right, only the printed 完成率 is wrong"),
        F("MALFORMED_RULE", "路灯故障修复及时率", "≥95%得满分；90%—95%得5分；低于95%不得分", "90%—95%得5分；低于95%不得分",
          "disjoint bands", "HIGH", "WARNING", "the bands overlap: 90%–95% is both 得5分 and 不得分 (97% scores 8 either way)"),
    ]
    traps = ["智慧照明控制箱 40 vs ≥40", "年节电量 96/110 = 87.27% × 10 = 8.727 printed 8.73 (partial by rule, rounding)",
             "LED 路灯 92.5% × 10 = 9.25 (partial by rule)", "交通事故 未发生 full marks", "单盏成本 1760 ≤ 1800"]
    return {"stem": "h86_chengdong_chengguan", "format": "html", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": traps, "title": "2022年城东区城市道路照明提升改造项目绩效自评报告"}


ALL.append(h86())


# ============================================================ h87 肥西县自然资源和规划局 (DOC, 万元, 经济分类 fund table, 执行率×10 row)
def h87():
    ini, adj, exp = 4200.00, 4536.80, 4402.16
    b_ini, b_adj, b_exp = 1780.00, 1836.80, 1852.40   # PLANT SPENDING_OVER_BUDGET: 1852.40 > 1836.80
    p_ini, p_adj, p_exp = 2420.00, 2700.00, 2549.76
    assert round(b_ini + p_ini, 2) == ini and round(b_adj + p_adj, 2) == adj and round(b_exp + p_exp, 2) == exp
    rate = pct(exp, adj)
    assert rate == 97.03
    ind = [
        (None, "预算执行", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, 9.70, "执行率×10"),  # trap 9.703
        (None, "产出指标", "数量指标", "不动产登记业务办理量", "≥2.5万件", "2.68万件", 8, 8, ""),
        (None, "产出指标", "数量指标", "耕地保护动态巡查覆盖率", "100%", "100%", 8, 8, ""),
        (None, "产出指标", "数量指标", "违法用地查处", "依法查处，包括卫片执法、群众举报等线索", "立案查处42宗，结案40宗", 6, 6, ""),
        (None, "产出指标", "质量指标", "国土空间规划成果通过审查率", "100%", "100%", 8, 8, ""),
        (None, "产出指标", "时效指标", "不动产一般登记办理时限", "≤3个工作日", "3个工作日", 6, 6, ""),  # trap exact
        (None, "产出指标", "成本指标", "地质灾害隐患点单点治理成本", "≤35万元", "33.8万元", 4, 4, ""),
        (None, "效益指标", "社会效益指标", "地质灾害造成人员伤亡", "未发生", "未发生", 8, 8, ""),  # trap
        (None, "效益指标", "经济效益指标", "国有土地出让收入", "≥25亿元", "21.6亿元", 8, 5.5,
         "受房地产市场下行影响，部分地块流拍"),  # trap: judgement with a reason
        (None, "效益指标", "生态效益指标", "新增造林面积", "≥3000亩", "3150亩", 8, 8, ""),
        (None, "效益指标", "可持续影响指标", "耕地保有量", "不低于上级下达任务", "完成上级下达任务", 6, 6, ""),
        (None, "满意度指标", "服务对象满意度指标", "不动产登记办事群众满意度", "≥95%", "96.8%", 10, 10, ""),
        (None, "满意度指标", "服务对象满意度指标", "被征地群众满意度", "≥90%", "90%", 10, 10, ""),  # trap exact
    ]
    assert sum_w(ind) == 100 and sum_s(ind) == 97.2
    total = 98.2  # PLANT TOTAL_VS_ROWS: rows add to 97.2
    bt = styled(Table([["支出类别", "年初预算数", "全年预算数", "全年支出数", "执行率"],
                       ["合计", m2(ini), m2(adj), m2(exp), f"{rate:.2f}%"],
                       ["一、基本支出", m2(b_ini), m2(b_adj), m2(b_exp), f"{pct(b_exp, b_adj):.2f}%"],
                       ["　其中：人员经费", "1,512.00", "1,556.30", "1,553.10", f"{pct(1553.10, 1556.30):.2f}%"],
                       ["　　　　公用经费", "268.00", "280.50", "299.30", f"{pct(299.30, 280.50):.2f}%"],
                       ["二、项目支出", m2(p_ini), m2(p_adj), m2(p_exp), f"{pct(p_exp, p_adj):.2f}%"]]),
                [3.4, 2.6, 2.6, 2.6, 2.0], 1)
    assert round(1512 + 268, 2) == b_ini and round(1556.30 + 280.50, 2) == b_adj and round(1553.10 + 299.30, 2) == b_exp
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "全年实际值", "分值", "得分", "偏差原因及改进措施"]]
    for _, l1, l2, l3, t, a, w, s, x in ind:
        rows.append([l1, l2, l3, t, a, fmt(w), fmt(s), x])
    merges = group_merges(rows, [0, 1], 1)
    rows.append(["总分", "", "", "", "", "100", fmt(total), ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    t = styled(Table(rows, merges), [2.2, 2.4, 3.6, 3.0, 3.0, 1.2, 1.2, 3.6], 1)
    blocks = [Title("肥西县自然资源和规划局2021年度部门整体支出绩效自评表"),
              "表一  部门预算执行情况（单位：万元）", bt,
              "表二  部门整体绩效指标完成情况", t,
              "注：预算执行率得分=预算执行率×10（保留两位小数）；其余指标完成目标得满分，未完成的结合偏差原因酌情扣分。"
              "评价等级：90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。",
              f"自评结论：本部门2021年度整体支出绩效自评得分{fmt(total)}分，评价等级为“优”。",
              "肥西县自然资源和规划局（盖章）　　　　2022年3月30日"]
    g = gold(None, "肥西县自然资源和规划局", 2021, "COUNTY", "安徽省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ini, adj, exp, rate, b_adj, b_exp, p_adj, p_exp), [], grows(ind))
    fnd = [
        F("SPENDING_OVER_BUDGET", "基本支出", "一、基本支出 | 1780.00 | 1836.80 | 1852.40 | 100.85%", "1852.40", "≤ 1836.80",
          "HIGH", "WARNING", "基本支出 执行 1852.40 exceeds its 全年预算 1836.80 by 15.60 (公用经费 299.30 > 280.50, "
          "106.70%); the rates are printed correctly"),
        F("TOTAL_VS_ROWS", "总分", f"总分 | 100 | {fmt(total)}", fmt(total), "97.2", "HIGH", "ERROR",
          "9.70 + 40 + 27.5 + 20 = 97.2 (13 rows); printed 98.2 (grade 优 either way)"),
    ]
    traps = ["预算执行率 97.03% × 10 = 9.703 printed 9.70", "办理时限 3 vs ≤3个工作日, 被征地群众满意度 90% vs ≥90%",
             "违法用地 “包括卫片执法、群众举报等” list", "土地出让收入 21.6 < 25亿元 loses 2.5 with a reason (酌情扣分)",
             "地质灾害人员伤亡 未发生 full marks", "人员 + 公用 = 基本 in all three columns"]
    return {"stem": "h87_feixi_ziranziyuan", "format": "doc", "page": "A4L", "blocks": blocks, "gold": g,
            "findings": fnd, "traps": traps}


ALL.append(h87())


# ============================================================ h88 永泰县住建局 (TXT, 元, a pdftotext-like space-aligned grid)
def h88():
    ini, adj, exp = 12000000.00, 12000000.00, 10836000.00
    rate = pct(exp, adj)
    assert rate == 90.3
    bscore = 9.03
    ind = [
        # PLANT RULE_SCORE: 比例计分 27 ÷ 30 = 90% × 15 = 13.5; printed 14
        (None, "产出指标", "数量指标", "完成治理行政村数", "30个", "27个", 15, 14, ""),
        # PLANT TARGET_MET_POINTS_LOST: 46.2 ≥ 45 → 10 by 说明 2 (capped at 100%); printed 9, no reason
        (None, "产出指标", "数量指标", "新建污水收集管网长度", "≥45公里", "46.2公里", 10, 9, ""),
        (None, "产出指标", "质量指标", "出水水质达标率", "≥90%", "90%", 10, 10, ""),  # trap exact
        (None, "产出指标", "时效指标", "年度项目完工率", "100%", "90%", 5, 4.5, ""),  # trap 90% × 5
        (None, "产出指标", "成本指标", "村均治理成本", "≤40万元", "38.5万元", 5, 5, ""),
        (None, "效益指标", "生态效益指标", "农村生活污水治理率", "≥75%", "72.4%", 10, 9.65, ""),  # trap 9.653
        (None, "效益指标", "社会效益指标", "受益农户数", "≥8000户", "7600户", 10, 9.5, ""),  # trap 95% × 10
        (None, "效益指标", "社会效益指标", "因污水直排引发的群众投诉", "未发生", "未发生", 5, 5, ""),  # trap
        (None, "效益指标", "可持续影响指标", "设施长效运维机制", "建立", "已委托第三方专业运维", 10, 10, ""),
        (None, "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "86%", 10, 6, ""),  # trap 4 under → 6
    ]
    assert sum_w(ind) == 90 and sum_s(ind) == 82.65
    total = round(bscore + sum_s(ind), 2)
    assert total == 91.68
    grade = "良"  # PLANT GRADE_OUTSIDE_BANDS: 91.68 ≥ 90 is 优 by the printed bands

    def w(s, n):
        return s + " " * max(2, n - sum(2 if ord(c) > 127 else 1 for c in s))

    L = ["2025年度项目支出绩效自评表", "",
         "项目名称：2025年永泰县农村生活污水治理项目",
         "主管部门：永泰县住房和城乡建设局            实施单位：永泰县村镇建设服务中心",
         "自评时间：2026年2月", "",
         "一、项目资金情况（单位：元）",
         w("年初预算数", 18) + w("全年预算数", 18) + w("全年执行数", 18) + w("执行率", 10) + w("分值", 6) + "得分",
         w(mc(ini), 18) + w(mc(adj), 18) + w(mc(exp), 18) + w(f"{rate:.2f}%", 10) + w("10", 6) + fmt(bscore), "",
         "二、绩效指标完成情况",
         w("一级指标", 12) + w("二级指标", 16) + w("三级指标", 28) + w("年度指标值", 14) + w("实际完成值", 24)
         + w("分值", 6) + "得分"]
    last1 = last2 = None
    for _, l1, l2, l3, t, a, w_, s, x in ind:
        c1 = l1 if l1 != last1 else ""
        c2 = l2 if (l1, l2) != last2 else ""
        last1, last2 = l1, (l1, l2)
        L.append(w(c1, 12) + w(c2, 16) + w(l3, 28) + w(t, 14) + w(a, 24) + w(fmt(w_), 6) + fmt(s))
    L += [w("总分", 12 + 16 + 28 + 14 + 24) + w("100", 6) + fmt(total), "",
          "评分说明：1.预算执行率得分=执行率×10；2.数量指标、时效指标、生态效益指标及受益农户数按完成比例计分"
          "（完成值÷目标值×分值，超过100%的按100%计）；3.满意度≥90%得满分，每低1个百分点扣1分；4.其他指标达到目标值"
          "得满分，未达到的酌情扣分。",
          "等级划分：90分（含）以上为优，80分（含）—90分为良，60分（含）—80分为中，60分以下为差。", "",
          "三、偏差原因分析",
          "1.受汛期影响，3个行政村治理工程延至2026年一季度完工；2.部分村庄人口外流，受益农户数未达预期；"
          "3.部分农户对接户管施工影响出行有意见，满意度偏低。", "",
          f"四、自评结论：本项目自评得分{fmt(total)}分，自评等级为“{grade}”。", "",
          "填报人：黄××    联系电话：0591-248×××××"]
    text = "\n".join(L) + "\n"
    g = gold(None, "永泰县住房和城乡建设局", 2025, "COUNTY", "福建省", "SELF_EVALUATION", None, total, 100, grade,
             budget(wan(ini), wan(adj), wan(exp), rate), [],
             [row(None, None, "项目资金", None, f"{rate:.2f}%", 10, bscore)] + grows(ind))
    g["project"], g["implementingUnit"] = "2025年永泰县农村生活污水治理项目", "永泰县村镇建设服务中心"
    fnd = [
        F("RULE_SCORE", "完成治理行政村数", "完成治理行政村数 30个 27个 15 14", "14", "13.5", "HIGH", "ERROR",
          "评分说明 2: 27 ÷ 30 = 90% × 15 = 13.5; printed 14 (总分 91.68 carries it)"),
        F("TARGET_MET_POINTS_LOST", "新建污水收集管网长度", "新建污水收集管网长度 ≥45公里 46.2公里 10 9", "9", "10", "HIGH",
          "WARNING", "46.2 meets ≥45公里; 评分说明 2 caps the ratio at 100% → 10; 1 point lost with no reason"),
        F("GRADE_OUTSIDE_BANDS", "自评等级", f"自评得分{fmt(total)}分，自评等级为“{grade}”", grade, "优", "HIGH", "ERROR",
          "by the printed bands 91.68 ≥ 90 is 优 (also after the two row fixes: 91.68 − 0.5 + 1 = 92.18)"),
    ]
    traps = ["预算执行 90.30% × 10 = 9.03", "出水水质达标率 90% vs ≥90%", "完工率 90% × 5 = 4.5",
             "治理率 72.4/75 × 10 = 9.653 printed 9.65", "受益农户 7600/8000 × 10 = 9.5", "满意度 86% → 10 − 4 = 6",
             "投诉 未发生 full marks"]
    return {"stem": "h88_yongtai_zhujian", "format": "txt", "text": text, "gold": g, "findings": fnd, "traps": traps}


ALL.append(h88())
