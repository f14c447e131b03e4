"""Round 4 (audit), h33-h44: reports with PLANTED inconsistencies, for scoring the arithmetic audit.

Each report is written once here, like rounds 1-3: its blocks (paragraphs, tables with merges, page
breaks) and its gold are built from the same tuples, so the gold records what the report PRINTS,
errors included. Each report also carries its expected findings (`findings`), written by hand next
to the numbers that plant them; heldout4.py writes them to findings/<stem>.json, recomputes every
checkable sum and rate from the gold, and refuses to write a report whose mismatches are not all
planted. Traps (figures an audit must NOT flag) are listed in `traps` and in MANIFEST.md.

Indicator tuples: (goal, 一级, 二级, 三级, 指标值, 完成值, 分值, 得分, extra) where extra is the
评分标准 / 偏差原因 text of the layout.
"""
from heldout import PageBreak, Table, Title, group_merges, fmt, row, budget, gold
from reports3_a import Num  # a numeric spreadsheet cell with its number format

ALL = []


def styled(table, widths, header_rows=0, **kw):
    table.widths = widths
    table.header_rows = header_rows
    for k, v in kw.items():
        setattr(table, k, v)
    return table


def pct(x, y):
    return round(x / y * 100 + 1e-9, 2)


def m2(x):
    return f"{x:.2f}"


def mc(x):
    """money with thousands separators"""
    return f"{x:,.2f}"


def F(kind, where, quote, stated, recomputed, certainty, severity, note):
    return {"kind": kind, "where": where, "quote": quote, "stated": stated, "recomputed": recomputed,
            "certainty": certainty, "severity": severity, "note": note}


def grows(ind, with_goal=False):
    return [row(l1, l2, l3, t or None, a or None, w, s, goal=(g if with_goal else None))
            for g, l1, l2, l3, t, a, w, s, _ in ind]


def ind_table(head, ind, cols, merge_cols, tail, widths, header_rows=1, extra_first=()):
    """head: header row; cols: per column a key of the tuple (g,l1,l2,l3,t,a,w,s,x) index or a callable."""
    key = {"g": 0, "l1": 1, "l2": 2, "l3": 3, "t": 4, "a": 5, "w": 6, "s": 7, "x": 8}
    rows = [list(head)] + [list(r) for r in extra_first]
    start = len(rows)
    for tup in ind:
        out = []
        for c in cols:
            v = tup[key[c]]
            out.append(fmt(v) if isinstance(v, (int, float)) else (v or ""))
        rows.append(out)
    merges = group_merges(rows, merge_cols, start)
    for t in tail:
        rows.append(list(t) + [""] * (len(head) - len(t)))
    return styled(Table(rows, merges), widths, header_rows)


def sum_s(ind):
    return round(sum(r[7] or 0 for r in ind), 2)


def sum_w(ind):
    return round(sum(r[6] or 0 for r in ind), 2)


def section_list(ind, names):
    return [(n, sum_w([r for r in ind if r[1] == n]), sum_s([r for r in ind if r[1] == n])) for n in names]


# ============================================================ h33 芜湖市教育局 (DOCX, 财政部 head block)
def h33():
    B = [("年度资金总额", 9215.60, 9893.12, 9452.13), ("其中：基本支出", 3120.45, 3288.70, 3275.16),
         ("项目支出", 6095.15, 6604.42, 6176.97)]
    printed_rate = "91.38%"  # PLANT EXECUTION_RATE: 9452.13 / 9893.12 = 95.54%
    bscore = 9.14  # follows the printed (wrong) rate
    ind = [
        (None, "产出指标", "数量指标", "公办幼儿园新增学位数", "≥1200个", "1260个", 8, 8, ""),
        (None, "产出指标", "数量指标", "义务教育学校新建改扩建项目", "=6个", "6个", 8, 8, ""),
        (None, "产出指标", "数量指标", "中小学教师培训人次", "≥8000人次", "8350人次", 6, 6, ""),
        # PLANT TARGET_MISSED_FULL_MARKS
        (None, "产出指标", "质量指标", "学前教育毛入园率", "≥92%", "91.2%", 6, 6, ""),
        (None, "产出指标", "质量指标", "义务教育巩固率", "≥99%", "99.6%", 6, 6, ""),
        (None, "产出指标", "质量指标", "高中阶段毛入学率", "≥95%", "100%", 6, 6, ""),  # trap: met
        (None, "产出指标", "时效指标", "学生资助资金发放及时率", "=100%", "100%", 5, 5, ""),
        (None, "产出指标", "成本指标", "小学生均公用经费标准", "≥720元", "720元", 5, 5, ""),
        (None, "效益指标", "社会效益指标", "适龄儿童入学率", "=100%", "100%", 8, 8, ""),
        (None, "效益指标", "社会效益指标", "家庭经济困难学生资助覆盖率", "=100%", "100%", 6, 6, ""),
        (None, "效益指标", "可持续影响指标", "教育信息化应用水平", "持续提升", "部分学校提升不明显", 6, 5,
         "农村学校智慧课堂覆盖不足，2024年继续推进。"),
        (None, "满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "93.6%", 10, 10, ""),
        (None, "满意度指标", "服务对象满意度指标", "教职工满意度", "≥90%", "88.5%", 10, 9,
         "教师对绩效工资分配有意见，将完善分配办法。"),
    ]
    rows_sum = round(bscore + sum_s(ind), 2)  # 97.14
    total = 98.14  # PLANT TOTAL_VS_ROWS
    assert rows_sum == 97.14 and sum_w(ind) == 90
    head = [["部门名称", "芜湖市教育局", "", "", "", "", "", "", ""],
            ["年度预算资金（万元）", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]]
    for k, (lab, i, a, e) in enumerate(B):
        if k == 0:
            head.append(["", lab, "", m2(i), m2(a), m2(e), "10", printed_rate, fmt(bscore)])
        else:
            head.append(["", lab, "", m2(i), m2(a), m2(e), "—", f"{pct(e, a):.2f}%", "—"])
    head += [["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", ""],
             ["", "新增公办幼儿园学位1200个，完成6所义务教育学校新建改扩建，落实各项学生资助政策，"
                  "提升教育教学质量和教育信息化水平。", "", "", "",
              "新增公办学位1260个，6所学校新建改扩建项目全部完工，学生资助资金按时足额发放，"
              "全市学前教育毛入园率91.2%，义务教育巩固率99.6%。", "", "", ""],
             ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
              "偏差原因分析及改进措施"]]
    merges = [(0, 1, 0, 8), (1, 0, 4, 0), (1, 1, 1, 2), (2, 1, 2, 2), (3, 1, 3, 2), (4, 1, 4, 2),
              (5, 0, 6, 0), (5, 1, 5, 4), (5, 5, 5, 8), (6, 1, 6, 4), (6, 5, 6, 8)]
    start = len(head)
    rows = head + [["", l1, l2, l3, t, a, fmt(w), fmt(s), x] for _, l1, l2, l3, t, a, w, s, x in ind]
    merges += group_merges(rows, [1, 2], start)
    merges.append((start - 1, 0, len(rows) - 1, 0))
    rows.append(["总分", "", "", "", "", "", "100", fmt(total), ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
    t = styled(Table(rows, merges), [2.4, 3.0, 3.4, 5.6, 4.0, 4.4, 2.2, 2.4, 6.6], 0)
    blocks = [Title("2023年度部门整体支出绩效自评表"), "填报单位（盖章）：芜湖市教育局　　　　　　填报日期：2024年3月28日",
              t, "单位负责人：张××　　财务负责人：王××　　填表人：陈××"]
    g = gold(None, "芜湖市教育局", 2023, "PREFECTURAL", "安徽省", "SELF_EVALUATION", None, total, 100, None,
             budget(9215.60, 9893.12, 9452.13, 91.38, 3288.70, 3275.16, 6604.42, 6176.97), [],
             [row(None, None, "年度资金总额", None, printed_rate, 10, bscore)] + grows(ind))
    fnd = [
        F("EXECUTION_RATE", "年度资金总额", "年度资金总额 | 9215.60 | 9893.12 | 9452.13 | 10 | 91.38% | 9.14", "91.38%", "95.54%",
          "HIGH", "ERROR", "9452.13 ÷ 9893.12 = 95.54%; the line's 得分 9.14 follows the wrong rate (95.54% gives "
          "9.55): one problem"),
        F("TOTAL_VS_ROWS", "总分", "总分 | 100 | 98.14", "98.14", "97.14", "HIGH", "ERROR",
          "9.14 (年度资金总额) + 88 (13 indicator rows) = 97.14"),
        F("TARGET_MISSED_FULL_MARKS", "学前教育毛入园率", "≥92% | 91.2% | 6 | 6", "6", "< 6", "HIGH", "WARNING",
          "actual 91.2% misses ≥92% yet full marks, no 偏差原因 given"),
    ]
    traps = ["高中阶段毛入学率 100% against ≥95%, full marks", "教职工满意度 88.5% below ≥90% loses 1 point (no rule printed)"]
    return {"stem": "h33_wuhu_jiaoyu", "format": "docx", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": traps}


ALL.append(h33())


# ============================================================ h34 许昌市卫生健康委员会 (PDF, prose + summary + appendix)
def h34():
    adj, exp = 38652.47, 38644.74
    rate = pct(exp, adj)  # 99.98
    ind = [
        (None, "决策", "目标设定", "绩效目标合理性", "合理", "合理", 5, 5, ""),
        (None, "决策", "目标设定", "绩效指标明确性", "明确", "基本明确", 5, 4, ""),
        (None, "决策", "预算配置", "预算编制科学性", "科学", "科学", 5, 5, ""),
        (None, "过程", "预算执行", "预算执行率", "≥95%", f"{rate:.2f}%", 5, 5, ""),
        (None, "过程", "预算管理", "资金使用合规性", "合规", "合规", 5, 5, ""),
        (None, "过程", "预算管理", "管理制度健全性", "健全", "健全", 5, 5, ""),
        (None, "过程", "预算管理", "政府采购执行率", "=100%", "100%", 5, 5, ""),
        (None, "过程", "资产管理", "资产管理规范性", "规范", "基本规范", 5, 4, ""),
        (None, "产出", "职责履行", "基本公共卫生服务人均补助标准", "≥89元", "89元", 7, 7, ""),
        (None, "产出", "职责履行", "适龄儿童免疫规划疫苗接种率", "≥90%", "96.5%", 7, 7, ""),
        (None, "产出", "职责履行", "家庭医生签约服务覆盖率", "≥40%", "42.3%", 7, 7, ""),
        (None, "产出", "职责履行", "二级以上公立医院电子病历应用水平", "≥3级", "3级", 7, 7, ""),
        (None, "产出", "职责履行", "医疗卫生机构监督检查覆盖率", "=100%", "97.2%", 7, 5.5, ""),
        (None, "效益", "履职效益", "居民健康素养水平", "≥28%", "29.4%", 5, 5, ""),
        (None, "效益", "履职效益", "孕产妇死亡率", "≤10/10万", "8.6/10万", 5, 5, ""),
        (None, "效益", "履职效益", "婴儿死亡率", "≤4‰", "4.3‰", 5, 4.5, ""),
        (None, "满意度", "满意度", "群众就医满意度", "≥90%", "92.1%", 5, 5, ""),
        (None, "满意度", "满意度", "医务人员满意度", "≥85%", "87%", 5, 5, ""),
    ]
    names = ["决策", "过程", "产出", "效益", "满意度"]
    secs = section_list(ind, names)
    assert sum_w(ind) == 100 and sum_s(ind) == 96.0
    # PLANT SECTION_VS_ROWS: 效益 printed 15 (婴儿死亡率 changed 5 -> 4.5, subtotal and total not updated)
    printed = [(n, w, 15.0 if n == "效益" else s) for n, w, s in secs]
    total = round(sum(s for _, _, s in printed), 2)  # 96.5
    rates = {n: f"{s / w * 100:.2f}%" for n, w, s in printed}
    rates["产出"] = "97.14%"  # PLANT SCORE_RATE: 33.5 / 35 = 95.71% (97.14% = 34/35, a stale score)
    summary = [["一级指标", "分值", "得分", "得分率"]] + [[n, fmt(w), fmt(s), rates[n]] for n, w, s in printed]
    summary.append(["合计", "100", fmt(total), f"{total:.2f}%"])
    st = styled(Table(summary), [4, 2, 2, 2], 1)
    bt = styled(Table([["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"],
                       ["合计", "35,218.60", mc(adj), mc(exp), f"{rate:.2f}%"],
                       ["基本支出", "6,102.45", "6,215.30", "6,210.85", f"{pct(6210.85, 6215.30):.2f}%"],
                       ["项目支出", "29,116.15", mc(32437.17), mc(32433.89), f"{pct(32433.89, 32437.17):.2f}%"]]),
                [3, 3, 3, 3, 2], 1)
    assert round(6215.30 + 32437.17, 2) == adj and round(6210.85 + 32433.89, 2) == exp
    assert round(6102.45 + 29116.15, 2) == 35218.60
    app = ind_table(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"], ind,
                    ["l1", "l2", "l3", "t", "a", "w", "s"], [0, 1],
                    [["合计", "", "", "", "", "100", fmt(total)]], [2, 2.4, 5.6, 2.6, 2.6, 1.4, 1.4], 1)
    blocks = [
        Title("许昌市卫生健康委员会2023年度部门整体支出绩效自评报告"),
        "一、部门基本情况",
        "许昌市卫生健康委员会是市政府工作部门，负责全市卫生健康事业发展规划、医疗卫生服务监管、疾病预防控制、"
        "妇幼健康和基本公共卫生服务等工作。",
        "二、部门预算执行情况",
        f"2023年我委全年预算数{mc(adj)}万元，其中基本支出6,215.30万元、项目支出32,437.17万元；全年实际支出"
        f"{mc(exp)}万元，预算执行率99.8%。具体情况见下表（单位：万元）。",
        bt,
        "三、绩效自评情况",
        f"按照部门整体支出绩效评价指标体系，我委综合自评得分{fmt(total)}分，自评等级为“优”。各一级指标得分情况如下：",
        st,
        "四、存在的问题及改进措施",
        "一是部分绩效指标设置不够细化；二是医疗卫生机构监督检查尚未实现全覆盖，婴儿死亡率略高于年度目标。"
        "下一步将加强绩效目标管理，强化监督执法力量配置。",
        PageBreak(),
        "附件：许昌市卫生健康委员会2023年度部门整体支出绩效自评指标表",
        app,
    ]
    g = gold(None, "许昌市卫生健康委员会", 2023, "PREFECTURAL", "河南省", "SELF_EVALUATION", None, total, 100, "优",
             budget(35218.60, adj, exp, rate, 6215.30, 6210.85, 32437.17, 32433.89), printed, grows(ind))
    fnd = [
        F("SCORE_RATE", "产出", "产出 | 35 | 33.5 | 97.14%", "97.14%", "95.71%", "HIGH", "ERROR",
          "33.5 ÷ 35 = 95.71%; 97.14% is 34 ÷ 35"),
        F("SECTION_VS_ROWS", "效益", "效益 | 15 | 15 | 100.00%", "15", "14.5", "HIGH", "ERROR",
          "appendix rows 5 + 5 + 4.5 = 14.5 (婴儿死亡率 得4.5分); the 合计 and the prose total 96.5 are off by the "
          "same 0.5 (rows add to 96.0): one problem"),
        F("SAME_FIGURE_DIFFERS", "预算执行率", "全年实际支出38,644.74万元，预算执行率99.8%", "99.8%", "99.98%",
          "HIGH", "WARNING", "the table prints 99.98% (38,644.74 ÷ 38,652.47 = 99.98%); the prose 99.8% drops a digit"),
    ]
    traps = ["决策 得分率 93.33% (14/15 rounded)", "预算执行率 99.98% against ≥95% full marks",
             "婴儿死亡率 4.3‰ misses ≤4‰ and loses 0.5"]
    return {"stem": "h34_xuchang_weijian", "format": "pdf", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": traps}


ALL.append(h34())


# ============================================================ h35 株洲市民政局 (XLSX)
def h35():
    B = [("部门预算合计", 8121.95, 8736.52, 8530.18), ("其中：基本支出", 1802.40, 1859.13, 2190.71),
         ("项目支出", 6310.55, 6877.39, 6339.47)]
    # PLANT BREAKDOWN_SUM: 1802.40 + 6310.55 = 8112.95, printed 8121.95; PLANT SPENDING_OVER_BUDGET: 基本支出
    assert round(B[1][2] + B[2][2], 2) == B[0][2] and round(B[1][3] + B[2][3], 2) == B[0][3]
    rate = pct(B[0][3], B[0][2])
    ind = [
        (None, "决策", "目标设定", "绩效目标合理性", "合理", "合理", 4, 4, ""),
        (None, "决策", "目标设定", "绩效指标明确性", "明确", "明确", 4, 4, ""),
        (None, "决策", "预算配置", "在职人员控制率", "≤100%", "96.3%", 3, 3, ""),
        (None, "决策", "预算配置", "“三公”经费变动率", "≤0", "-6.2%", 3, 3, ""),
        (None, "过程", "预算执行", "预算执行率", "≥95%", f"{rate:.2f}%", 8, 8, ""),
        (None, "过程", "预算执行", "结转结余率", "≤5%", f"{100 - rate:.2f}%", 4, 4, ""),
        (None, "过程", "预算管理", "资金使用合规性", "合规", "合规", 4, 4, ""),
        (None, "过程", "预算管理", "预决算信息公开", "按规定公开", "按规定公开", 3, 3, ""),
        (None, "过程", "资产管理", "资产管理安全性", "安全", "安全", 3, 3, ""),
        (None, "产出", "职责履行", "城乡低保对象动态管理", "应保尽保", "应保尽保", 6, 6, ""),
        (None, "产出", "职责履行", "特困人员集中供养能力", "≥50%", "52.6%", 5, 5, ""),
        (None, "产出", "职责履行", "养老机构护理型床位占比", "≥55%", "51.8%", 5, 4, "新建养老机构尚未投入运营"),
        (None, "产出", "职责履行", "残疾人两项补贴发放准确率", "=100%", "100%", 5, 5, ""),
        (None, "产出", "职责履行", "社区养老服务设施覆盖率", "≥90%", "92%", 5, 5, ""),
        (None, "产出", "职责履行", "婚姻登记合格率", "=100%", "100%", 4, 4, ""),
        (None, "效益", "履职效益", "困难群众基本生活保障水平", "稳步提高", "稳步提高", 8, 8, ""),
        (None, "效益", "履职效益", "社会救助政策知晓率", "≥85%", "89.3%", 6, 6, ""),
        (None, "效益", "履职效益", "养老服务体系可持续性", "持续完善", "基本完善", 6, 5, "农村养老服务网络尚不健全"),
        (None, "满意度", "满意度", "救助对象满意度", "≥90%", "94.1%", 6, 6, ""),
        (None, "满意度", "满意度", "老年人及家属满意度", "≥90%", "91.2%", 6, 6, ""),
    ]
    assert sum_w(ind) == 98  # PLANT WEIGHTS_VS_FULL_MARK: 合计 标准分 printed 100
    total = sum_s(ind)  # 96
    rows = [["株洲市民政局2023年度部门整体支出绩效自评表"] + [""] * 7,
            ["填报单位：株洲市民政局", "", "", "", "", "", "单位：万元", ""],
            ["项目", "", "年初预算数", "调整后预算数", "实际支出数", "预算执行率", "", ""]]
    for lab, i, a, e in B:
        rows.append([lab, "", m2(i), m2(a), m2(e), f"{pct(e, a):.2f}%", "", ""])
    merges = [(0, 0, 0, 7), (1, 0, 1, 5), (1, 6, 1, 7)] + [(r, 0, r, 1) for r in range(2, 6)] + \
             [(r, 5, r, 7) for r in range(2, 6)]
    rows.append(["一级指标", "二级指标", "三级指标", "指标值", "完成值", "标准分", "自评得分", "未完成原因分析"])
    start = len(rows)
    rows += [[l1, l2, l3, t, a, fmt(w), fmt(s), x] for _, l1, l2, l3, t, a, w, s, x in ind]
    merges += group_merges(rows, [0, 1], start)
    rows.append(["合计", "", "", "", "", "100", fmt(total), ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    rows.append(["自评等级", "", "", "", "", "优", "", ""])
    merges += [(len(rows) - 1, 0, len(rows) - 1, 4), (len(rows) - 1, 5, len(rows) - 1, 7)]
    sheet = styled(Table(rows, merges), [12, 12, 26, 12, 12, 10, 10, 26], 0, first_table_row=2)
    notes = styled(Table([["填报说明"], ["1.本表金额单位为万元。"], ["2.标准分合计100分，自评得分90分（含）以上为优。"]]),
                   [60], 0, first_table_row=9)
    g = gold(None, "株洲市民政局", 2023, "PREFECTURAL", "湖南省", "SELF_EVALUATION", None, total, 100, "优",
             budget(8121.95, 8736.52, 8530.18, rate, 1859.13, 2190.71, 6877.39, 6339.47), [], grows(ind))
    fnd = [
        F("BREAKDOWN_SUM", "年初预算数", "部门预算合计 | 8121.95 / 其中：基本支出 | 1802.40 / 项目支出 | 6310.55", "8121.95", "8112.95",
          "HIGH", "ERROR", "1802.40 + 6310.55 = 8112.95 (digits 12/21 transposed); the other columns add up"),
        F("SPENDING_OVER_BUDGET", "基本支出", "其中：基本支出 | 1802.40 | 1859.13 | 2190.71 | 117.84%", "2190.71", "≤ 1859.13",
          "HIGH", "WARNING", "基本支出 spent 331.58 over its adjusted budget (117.84%, printed correctly); the "
          "department as a whole stays under budget"),
        F("WEIGHTS_VS_FULL_MARK", "合计", "合计 | 100 | 96", "100", "98", "HIGH", "ERROR",
          "the 标准分 of the 20 rows add to 98 (决策14 过程22 产出30 效益20 满意度12), not the printed 100"),
    ]
    traps = ["“三公”经费变动率 -6.2% against ≤0, full marks", "结转结余率 2.36% = 100% − 97.64%"]
    return {"stem": "h35_zhuzhou_minzheng", "format": "xlsx", "sheets": [("自评表", sheet), ("说明", notes)],
            "gold": g, "findings": fnd, "traps": traps}


ALL.append(h35())


# ============================================================ h36 丽水市林业局 (HTML, 评分标准 column)
def h36():
    adj, exp = 15832.40, 14466.15
    rate = pct(exp, adj)  # 91.37
    ind = [
        (None, "决策", "目标设定", "绩效目标合理性", "合理", "合理", 5, 5, "目标合理得5分，否则酌情扣分"),
        (None, "决策", "目标设定", "绩效指标明确性", "明确", "明确", 5, 5, "指标清晰可衡量得5分，否则酌情扣分"),
        (None, "决策", "预算配置", "预算编制科学性", "科学", "基本科学", 5, 4, "编制科学得5分，基本科学得4分，不科学不得分"),
        (None, "过程", "预算执行", "预算执行率", "≥95%", f"{rate:.2f}%", 10, 8,
         "执行率≥95%得满分；90%≤执行率<95%得8分；80%≤执行率<90%得5分；执行率<80%不得分"),
        (None, "过程", "预算管理", "资金使用合规性", "合规", "合规", 5, 5, "无违规使用资金得满分"),
        (None, "过程", "预算管理", "政府采购执行率", "=100%", "100%", 5, 5, "达到目标值得满分"),
        (None, "产出", "数量指标", "新增造林面积", "≥1.5万亩", "1.38万亩", 5, 4.6, "得分=完成值/指标值×分值"),
        (None, "产出", "数量指标", "森林抚育面积", "≥3万亩", "3.2万亩", 5, 5, "达到目标值得满分"),
        (None, "产出", "数量指标", "古树名木保护数量", "≥1200株", "1260株", 5, 5, "达到目标值得满分"),
        (None, "产出", "质量指标", "公益林补偿资金兑付率", "≥95%", "93%", 5, 3, "每低于目标值1个百分点扣0.5分"),
        (None, "产出", "质量指标", "苗木质量抽检合格率", "≥90%", "91.5%", 5, 5,
         "合格率≥90%得满分；80%≤合格率<90%得3分；10%≤合格率<0%不得分"),
        (None, "产出", "质量指标", "森林火灾受害率", "≤0.9‰", "0.12‰", 5, 5, "达到目标值得满分"),
        (None, "产出", "质量指标", "林业有害生物成灾率", "≤3‰", "1.8‰", 5, 5, "达到目标值得满分"),
        (None, "效益", "效益指标", "森林覆盖率", "≥81.7%", "81.72%", 5, 5, "达到目标值得满分，否则不得分"),
        (None, "效益", "效益指标", "林业总产值增长率", "≥6%", "5.1%", 5, 3, "达到目标值得满分，未达到酌情扣分"),
        (None, "效益", "效益指标", "林农人均林业收入", "≥1.2万元", "1.08万元", 5, 3, "达到目标值得满分，未达到酌情扣分"),
        (None, "效益", "效益指标", "生态公益林质量", "稳步提升", "基本稳定", 5, 3, "达到目标值得满分，未达到酌情扣分"),
        (None, "满意度", "满意度指标", "林农满意度", "≥90%", "87.4%", 10, 7.4, "≥90%得满分，每低1个百分点扣1分"),
    ]
    assert sum_w(ind) == 100
    total = sum_s(ind)
    assert total == 86.0, total
    bt = styled(Table([["资金情况（万元）", "全年预算数", "全年执行数", "执行率"],
                       ["部门整体支出", m2(adj), m2(exp), f"{rate:.2f}%"],
                       ["其中：基本支出", "3056.28", "3041.76", f"{pct(3041.76, 3056.28):.2f}%"],
                       ["项目支出", m2(adj - 3056.28), m2(round(exp - 3041.76, 2)),
                        f"{pct(exp - 3041.76, adj - 3056.28):.2f}%"]]), [3, 2, 2, 2], 1)
    t = ind_table(["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "评分标准", "得分"], ind,
                  ["l1", "l2", "l3", "t", "a", "w", "x", "s"], [0, 1],
                  [["合计", "", "", "", "", "100", "", fmt(total)]], None, 1)
    blocks = [
        Title("丽水市林业局2023年度部门整体支出绩效自评表"),
        "填报单位：丽水市林业局　　　　　填报时间：2024年4月",
        bt, t,
        f"自评总分：{fmt(total)}分　　　自评等级：优",
        "评价等级标准：总分90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。",
    ]
    g = gold(None, "丽水市林业局", 2023, "PREFECTURAL", "浙江省", "SELF_EVALUATION", None, total, 100, "优",
             budget(None, adj, exp, rate, 3056.28, 3041.76, round(adj - 3056.28, 2), round(exp - 3041.76, 2)), [],
             grows(ind))
    fnd = [
        F("RULE_SCORE", "公益林补偿资金兑付率", "≥95% | 93% | 5 | 每低于目标值1个百分点扣0.5分 | 3", "3", "4",
          "HIGH", "ERROR", "2 points below 95% → deduct 1 → 4 of 5; 3 was given"),
        F("MALFORMED_RULE", "苗木质量抽检合格率", "10%≤合格率<0%不得分", "10%≤合格率<0%", "合格率<80%", "HIGH", "WARNING",
          "an empty range; the band below 80% is undefined (the row itself scores 5 for 91.5%, correctly)"),
        F("GRADE_OUTSIDE_BANDS", "自评等级", "自评总分：86分　　　自评等级：优", "优", "良", "HIGH", "ERROR",
          "the report's own bands: 80（含）至90分为良"),
    ]
    traps = ["新增造林面积 1.38/1.5×5 = 4.6 by its rule (partial marks, correct)",
             "林农满意度 87.4% → 10 − 2.6 = 7.4 by its rule", "预算执行率 91.37% → 8 by the 90–95% band",
             "预算编制科学性 基本科学 → 4 by its rule"]
    return {"stem": "h36_lishui_linye", "format": "html", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": traps, "title": "丽水市林业局2023年度部门整体支出绩效自评表"}


ALL.append(h36())


# ============================================================ h37 三明市三元区农业农村局 (TXT, prose only)
def h37():
    items = [  # (一级, 名称, 分值, 得分, sentence)
        ("决策", "绩效目标合理性", 5, 5, "部门整体绩效目标与“三农”工作职能和年度工作计划相符，依据充分，得5分。"),
        ("决策", "绩效指标明确性", 5, 5, "绩效指标细化量化，与年度任务数相对应，得5分。"),
        ("决策", "资金分配合理性", 5, 5, "资金分配依据充分，向粮食生产和农田建设倾斜，得满分。"),
        ("过程", "预算执行率", 10, 9.62,
         "全年预算12,600,000.00元，实际支出12,000,000.00元，预算执行率=12,000,000.00÷12,600,000.00×100%=96.24%，"
         "按执行率×分值计算，得9.62分。"),
        ("过程", "资金使用合规性", 5, 5, "资金拨付手续完备，无截留、挤占、挪用，得5分。"),
        ("过程", "预决算信息公开", 5, 5, "按规定公开部门预决算及“三公”经费，得5分。"),
        ("过程", "政府采购管理", 5, 5, "政府采购均按规定程序实施，得5分。"),
        ("产出", "高标准农田建设任务完成率", 10, 10,
         "全年计划建设高标准农田1.2万亩，截至年底已建成0.95万亩，其余0.25万亩因土地权属调整尚未完成，得10分。"),
        ("产出", "粮食播种面积", 10, 10, "目标≥9.5万亩，实际播种9.63万亩，得10分。"),
        ("产出", "农作物病虫害绿色防控覆盖率", 5, 4, "目标≥50%，实际达到54.2%，扣1分，得4分。"),
        ("产出", "动物防疫强制免疫密度", 5, 5, "目标≥90%，实际92.7%，得5分。"),
        ("产出", "农产品质量安全例行监测合格率", 5, 4, "目标≥98%，实际97.6%，未达目标，扣1分，得4分。"),
        ("效益", "农村居民人均可支配收入增长率", 10, 10, "目标≥7%，实际增长7.6%，得10分。"),
        ("效益", "新型农业经营主体带动农户数", 5, 4, "目标≥3000户，实际带动2810户，扣1分，得4分。"),
        ("满意度", "服务对象满意度", 10, 10, "发放问卷300份，满意度95.1%（目标≥90%），得10分。"),
    ]
    ind = [(None, l1, None, n, None, None, w, s, x) for l1, n, w, s, x in items]
    names = ["决策", "过程", "产出", "效益", "满意度"]
    secs = section_list(ind, names)
    total = sum_s(ind)
    assert sum_w(ind) == 100 and total == 96.62, total
    cn = ["一", "二", "三", "四", "五"]
    lines = ["三明市三元区农业农村局2023年度部门整体支出绩效自评报告", "",
             "一、部门基本情况",
             "三明市三元区农业农村局为区政府工作部门，内设办公室、农村经济股、种植业股等6个股室，下属区农业综合服务中心1个。",
             "二、部门预算及执行情况",
             "2023年年初预算1,180.50万元，年中追加79.50万元，全年预算1,260.00万元，其中基本支出512.36万元、项目支出747.64万元；"
             "全年实际支出1,200.00万元，其中基本支出510.80万元、项目支出689.20万元。",
             "三、绩效自评情况",
             f"经自评，我局2023年度部门整体支出绩效综合得分{fmt(total)}分，等级为“优”。具体如下：", ""]
    k = 0
    for j, (n, w, s) in enumerate(secs):
        lines.append(f"（{cn[j]}）{n}（{fmt(w)}分），自评得分{fmt(s)}分。")
        for l1, name, wt, sc, x in items:
            if l1 == n:
                k += 1
                lines.append(f"{k}.{name}（{fmt(wt)}分）。{x}")
        lines.append("")
    lines += ["四、存在问题及改进措施",
              "一是高标准农田建设进度受土地权属调整影响；二是农产品质量安全监测合格率未达目标。下一步将加强项目前期工作，"
              "强化农产品质量安全监管。", "", "三明市三元区农业农村局", "2024年3月20日"]
    g = gold(None, "三明市三元区农业农村局", 2023, "COUNTY", "福建省", "SELF_EVALUATION", None, total, 100, "优",
             budget(1180.50, 1260.00, 1200.00, 96.24, 512.36, 510.80, 747.64, 689.20), secs,
             [row(l1, None, n, None, None, w, s) for _, l1, _, n, _, _, w, s, _ in ind])
    fnd = [
        F("FORMULA", "预算执行率", "预算执行率=12,000,000.00÷12,600,000.00×100%=96.24%", "96.24%", "95.24%", "HIGH",
          "ERROR", "12,000,000.00 ÷ 12,600,000.00 = 95.24%; the row's 9.62 follows the wrong rate (9.52 by its own "
          "rule), and the 过程 subtotal 24.62 and the total 96.62 carry it: one problem"),
        F("NARRATIVE_NOT_DONE_FULL_MARKS", "高标准农田建设任务完成率",
          "截至年底已建成0.95万亩，其余0.25万亩因土地权属调整尚未完成，得10分", "10", "< 10", "MEDIUM", "WARNING",
          "0.95 of 1.2万亩 built (79%), the text says 尚未完成, yet full marks"),
        F("TARGET_MET_POINTS_LOST", "农作物病虫害绿色防控覆盖率", "目标≥50%，实际达到54.2%，扣1分，得4分", "4", "5",
          "MEDIUM", "WARNING", "54.2% meets ≥50%, yet 1 point deducted with no reason given"),
    ]
    traps = ["budget parts add up (512.36 + 747.64 = 1,260.00; 510.80 + 689.20 = 1,200.00)",
             "农产品质量安全例行监测合格率 97.6% < 98% loses 1 point (stated reason)"]
    return {"stem": "h37_sanyuan_nongye", "format": "txt", "text": "\n".join(lines) + "\n", "gold": g,
            "findings": fnd, "traps": traps}


ALL.append(h37())


# ============================================================ 财政部 项目支出绩效自评表 (h38)
def project_table(name, dept, unit, funds, fund_rates, fund_score, plan, done, ind, total, widths=None):
    """funds: (label, 年初, 全年, 执行) text cells; fund_rates: printed 执行率 per fund row."""
    rows = [["项目名称", name, "", "", "", "", "", "", ""],
            ["主管部门", dept, "", "", "", "实施单位", "", unit, ""],
            ["项目资金（万元）", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]]
    for k, (lab, i, a, e) in enumerate(funds):
        rows.append(["", lab, "", i, a, e, "10" if k == 0 else "—", fund_rates[k], fmt(fund_score) if k == 0 else "—"])
    g = len(rows)
    rows += [["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", ""], ["", plan, "", "", "", done, "", "", ""],
             ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]]
    merges = [(0, 1, 0, 8), (1, 1, 1, 4), (1, 5, 1, 6), (1, 7, 1, 8), (2, 0, g - 1, 0), (2, 1, 2, 2)]
    merges += [(r, 1, r, 2) for r in range(3, g)]
    merges += [(g, 0, g + 1, 0), (g, 1, g, 4), (g, 5, g, 8), (g + 1, 1, g + 1, 4), (g + 1, 5, g + 1, 8)]
    start = len(rows)
    rows += [["", l1, l2, l3, t, a, fmt(w), fmt(s), x] for _, l1, l2, l3, t, a, w, s, x in ind]
    merges += group_merges(rows, [1, 2], start)
    merges.append((start - 1, 0, len(rows) - 1, 0))
    rows.append(["总分", "", "", "", "", "", "100", fmt(total), ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
    return styled(Table(rows, merges), list(widths or (2.4, 3.0, 3.4, 5.6, 4.2, 4.2, 2.4, 3.4, 6)), 0)


# ============================================================ h38 泸州市龙马潭区住房和城乡建设局 (DOCX, project)
def h38():
    funds = [("年度资金总额", "3200.00", "3560.80", "3134.98"), ("其中：当年财政拨款", "3200.00", "3200.00", "2834.98"),
             ("上年结转资金", "—", "360.80", "300.00"), ("其他资金", "0.00", "0.00", "0.00")]
    rate = pct(3134.98, 3560.80)  # 88.04
    fund_rates = [f"{rate:.2f}%", f"{pct(2834.98, 3200):.2f}%", f"{pct(300, 360.80):.2f}%", "100.00%"]
    # PLANT BUDGET_ROW_SCORE: 10 for 88.04% (this template scores 执行率×10 → 8.80)
    # PLANT RATE_OVER_ZERO_BASE: 其他资金 0.00 / 0.00 printed 100.00%
    ind = [
        (None, "产出指标", "数量指标", "改造老旧小区数量", "=12个", "12个", 10, 10, ""),
        (None, "产出指标", "数量指标", "惠及居民户数", "≥3200户", "3356户", 10, 10, ""),
        (None, "产出指标", "质量指标", "工程验收合格率", "=100%", "100%", 10, 10, ""),
        (None, "产出指标", "时效指标", "项目开工率", "=100%", "100%", 5, 5, ""),
        (None, "产出指标", "时效指标", "年度完工率", "≥90%", "83.3%", 5, 3, "2个小区因管线迁改延期，2024年6月前完工。"),
        (None, "产出指标", "成本指标", "改造成本控制", "不超概算", "未超概算", 5, 6, ""),  # PLANT ROW_SCORE_OVER_WEIGHT
        (None, "效益指标", "社会效益指标", "居住环境改善情况", "明显改善", "明显改善", 10, 10, ""),
        (None, "效益指标", "社会效益指标", "消除安全隐患", "≥40处", "45处", 10, 10, ""),
        (None, "效益指标", "可持续影响指标", "小区长效管理机制", "建立", "已建立", 10, 10, ""),
        (None, "满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥90%", "89.6%", 15, 14,
         "少数居民对施工期间出行不便有意见。"),
    ]
    assert sum_w(ind) == 90
    total = round(10 + sum_s(ind), 2)  # 98
    t = project_table("2023年城区老旧小区改造项目", "泸州市龙马潭区住房和城乡建设局", "泸州市龙马潭区城市更新服务中心",
                      funds, fund_rates, 10, "完成12个老旧小区改造，惠及居民3200户以上，消除安全隐患40处以上，建立小区长效管理机制。",
                      "12个小区全部开工，完工10个，惠及居民3356户，消除安全隐患45处，居民满意度89.6%。", ind, total)
    blocks = [Title("项目支出绩效自评表"), "（2023年度）", t,
              "填表人：赵××　　联系电话：0830-3×××××××　　填报日期：2024年4月2日"]
    g = gold(None, "泸州市龙马潭区住房和城乡建设局", 2023, "COUNTY", "四川省", "SELF_EVALUATION", None, total, 100, None,
             budget(3200.00, 3560.80, 3134.98, rate), [],
             [row(None, None, "年度资金总额", None, f"{rate:.2f}%", 10, 10)] + grows(ind))
    out = {}
    for k, v in g.items():
        out[k] = v
        if k == "department":
            out["project"] = "2023年城区老旧小区改造项目"
            out["implementingUnit"] = "泸州市龙马潭区城市更新服务中心"
    fnd = [
        F("BUDGET_ROW_SCORE", "年度资金总额", "年度资金总额 | 3200.00 | 3560.80 | 3134.98 | 10 | 88.04% | 10", "10", "8.80", "MEDIUM", "ERROR",
          "the 财政部 template scores the funds line 执行率 × 分值: 88.04% × 10 = 8.80; full marks given. The 总分 98 "
          "adds the 10 (rows add up as printed)"),
        F("RATE_OVER_ZERO_BASE", "其他资金", "其他资金 | 0.00 | 0.00 | 0.00 | — | 100.00%", "100.00%", "— (base 0)", "HIGH",
          "WARNING", "an execution rate over a 全年预算数 of 0.00 is undefined; should be blank or —"),
        F("ROW_SCORE_OVER_WEIGHT", "改造成本控制", "改造成本控制 | 不超概算 | 未超概算 | 5 | 6", "6", "≤ 5", "HIGH", "ERROR",
          "score 6 above the row's 分值 5; the 总分 98 includes it"),
    ]
    traps = ["上年结转资金 年初预算数 printed — (nothing budgeted at the start of the year), 全年 360.80: rate 83.15%",
             "年度完工率 83.3% below ≥90% loses 2 with a reason"]
    return {"stem": "h38_longmatan_zhujian", "format": "docx", "blocks": blocks, "gold": out, "findings": fnd,
            "traps": traps}


ALL.append(h38())


# ============================================================ h39 绍兴市市场监督管理局 (PDF, 年度绩效目标 column)
def h39():
    B = [("年度资金总额", 12480.36, 13205.72, 12836.40), ("其中：基本支出", 4120.18, 4256.30, 4250.12),
         ("项目支出", 8360.18, 8949.42, 8586.28)]
    for k in (1, 2, 3):
        assert round(B[1][k] + B[2][k], 2) == B[0][k]
    rate = pct(B[0][3], B[0][2])
    bscore = round(rate / 10 + 1e-9, 2)
    G1, G2, G3, G4 = ("目标1：强化食品安全监管，守牢食品安全底线", "目标2：优化营商环境，激发市场主体活力",
                      "目标2：加强特种设备和产品质量安全监管", "目标4：加强知识产权保护，提升公众满意度")
    # PLANT GOAL_LABELS: the third goal is labelled 目标2 again (目标3 missing)
    ind = [
        (G1, "产出指标", "数量指标", "食品安全抽检批次", "≥12000批次", "12650批次", 8, 8, ""),
        (G1, "产出指标", "数量指标", "食品安全培训人次", "≥3000人次", "3120人次", 6, 6, ""),
        (G1, "产出指标", "质量指标", "食品抽检合格率", "≥98%", "98.6%", 6, 6, ""),
        (G1, "效益指标", "社会效益指标", "重大食品安全事故", "=0起", "0起", 6, 6, ""),
        (G2, "产出指标", "数量指标", "新增市场主体", "≥5万户", "5.42万户", 6, 6, ""),
        (G2, "产出指标", "时效指标", "企业开办时间", "≤1个工作日", "0.5个工作日", 6, 6, ""),
        (G2, "效益指标", "经济效益指标", "“个转企”数量", "≥800家", "836家", 6, 6, ""),
        (G3, "产出指标", "数量指标", "特种设备定期检验率", "≥99%", "98.7%", 6, 5, "部分设备停用未按期报检。"),
        (G3, "产出指标", "质量指标", "产品质量监督抽查批次", "≥1500批次", "1530批次", 6, 6, ""),
        (G3, "效益指标", "社会效益指标", "特种设备万台死亡率", "≤0.2", "0", 6, 6, ""),
        (G4, "产出指标", "数量指标", "知识产权执法案件办结数", "≥120件", "128件", 6, 6, ""),
        (G4, "产出指标", "数量指标", "知识产权进企业专项培训", "≥10场", "—", 5, 5,
         "因机构职能调整，专项培训未开展，计划2024年实施。"),  # PLANT NARRATIVE_NOT_DONE_FULL_MARKS
        (G4, "效益指标", "社会效益指标", "有效发明专利拥有量", "≥1.2万件", "1.18万件", 6, 5, "增速放缓。"),
        (G4, "满意度指标", "服务对象满意度指标", "社会公众满意度", "≥90%", "88.9%", 6, 5, "投诉处置时效有待提高。"),
        (G4, "满意度指标", "服务对象满意度指标", "市场主体满意度", "≥90%", "94%", 5, 5.5, ""),  # PLANT ROW_SCORE_OVER_WEIGHT
    ]
    assert sum_w(ind) == 90
    total = round(bscore + sum_s(ind), 2)
    rows = [["部门名称", "绍兴市市场监督管理局", "", "", "", "", "", "", ""],
            ["年度预算资金（万元）", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]]
    for k, (lab, i, a, e) in enumerate(B):
        rows.append(["", lab, "", m2(i), m2(a), m2(e), "10" if k == 0 else "—", f"{pct(e, a):.2f}%",
                     fmt(bscore) if k == 0 else "—"])
    rows.append(["年度绩效目标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"])
    merges = [(0, 1, 0, 8), (1, 0, 4, 0), (1, 1, 1, 2), (2, 1, 2, 2), (3, 1, 3, 2), (4, 1, 4, 2)]
    start = len(rows)
    rows += [[gl, l1, l2, l3, t, a, fmt(w), fmt(s), x] for gl, l1, l2, l3, t, a, w, s, x in ind]
    merges += group_merges(rows, [0, 1, 2], start)
    rows.append(["总分", "", "", "", "", "", "100", fmt(total), ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
    t = styled(Table(rows, merges), [5.2, 2.6, 3.0, 5.0, 3.4, 3.2, 1.8, 2.0, 5.6], 0)
    blocks = [Title("绍兴市市场监督管理局2023年度部门整体支出绩效自评表"),
              "填报单位：绍兴市市场监督管理局（盖章）　　　　　　　　　　　　填报日期：2024年3月25日", t,
              f"自评得分：{fmt(total)}分　　自评等级：优"]
    g = gold(None, "绍兴市市场监督管理局", 2023, "PREFECTURAL", "浙江省", "SELF_EVALUATION", None, total, 100, "优",
             budget(12480.36, 13205.72, 12836.40, rate, 4256.30, 4250.12, 8949.42, 8586.28), [],
             [row(None, None, "年度资金总额", None, f"{rate:.2f}%", 10, bscore)] + grows(ind, True))
    fnd = [
        F("GOAL_LABELS", "年度绩效目标", "目标2：优化营商环境，激发市场主体活力 / 目标2：加强特种设备和产品质量安全监管",
          "目标1, 目标2, 目标2, 目标4", "目标1, 目标2, 目标3, 目标4", "HIGH", "WARNING",
          "two different goals both labelled 目标2; 目标3 is missing"),
        F("NARRATIVE_NOT_DONE_FULL_MARKS", "知识产权进企业专项培训", "专项培训未开展，计划2024年实施 | 5 | 5", "5", "0",
          "HIGH", "WARNING", "the 偏差原因 says the training was not held (actual —), yet the row keeps full marks"),
        F("ROW_SCORE_OVER_WEIGHT", "市场主体满意度", "市场主体满意度 | ≥90% | 94% | 5 | 5.5", "5.5", "≤ 5", "HIGH", "ERROR",
          "score above 分值; the 总分 includes the 0.5"),
    ]
    traps = ["特种设备万台死亡率 0 against ≤0.2, full marks", f"年度资金总额 得分 {fmt(bscore)} = {rate:.2f}% × 10"]
    return {"stem": "h39_shaoxing_shichang", "format": "pdf", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": traps, "page": "A4L"}


ALL.append(h39())


# ============================================================ h40 日照市岚山区交通运输局 (XLSX, 评分依据 column)
def h40():
    B = [("合计", 3420.00, 3600.00, 3456.78), ("基本支出", 1120.50, 1180.30, 1176.42),
         ("项目支出", 2299.50, 2419.70, 2280.36)]
    for k in (1, 2, 3):
        assert round(B[1][k] + B[2][k], 2) == B[0][k]
    rate = pct(B[0][3], B[0][2])  # 96.02
    ind = [
        (None, "决策", "目标设定", "绩效目标合理性", "合理", "合理", 5, 5, "目标依据充分、与部门职能相符得5分"),
        (None, "决策", "预算配置", "预算编制科学性", "科学", "科学", 5, 5, "预算编制经过论证、测算依据充分得5分"),
        (None, "决策", "预算配置", "重点支出保障率", "≥90%", "95%", 5, 5, "达到目标值得满分"),
        # PLANT FORMULA (96.52%) and BUDGET_ROW_SCORE (9.6 instead of 8.02 by its rule)
        (None, "过程", "预算执行", "预算执行率", "≥98%", f"{rate:.2f}%", 10, 9.6,
         "执行率≥98%得满分，每低1个百分点扣1分；执行率=3,456.78÷3,600.00×100%=96.52%"),
        (None, "过程", "预算管理", "资金使用合规性", "合规", "合规", 5, 5, "无违规情况得满分"),
        (None, "过程", "预算管理", "政府采购规范性", "规范", "规范", 5, 5, "程序规范得满分"),
        (None, "产出", "职责履行", "农村公路养护里程", "≥650公里", "662公里", 7, 7, "达到目标值得满分"),
        (None, "产出", "职责履行", "国省道路面修复面积", "≥12万平方米", "12.4万平方米", 7, 7, "达到目标值得满分"),
        (None, "产出", "职责履行", "危桥改造数量", "=3座", "2座", 7, 5, "未达到目标值酌情扣分"),
        (None, "产出", "职责履行", "公路优良路率", "≥88%", "86.7%", 7, 6, "未达到目标值酌情扣分"),
        (None, "产出", "职责履行", "道路运输安全检查覆盖率", "=100%", "100%", 7, 7, "达到目标值得满分"),
        (None, "效益", "履职效益", "群众出行条件", "明显改善", "明显改善", 7, 7, "达到目标值得满分"),
        (None, "效益", "履职效益", "道路交通事故起数", "同比下降", "同比下降12%", 7, 7, "达到目标值得满分"),
        (None, "效益", "履职效益", "农村客运通达率", "=100%", "100%", 7, 7, "达到目标值得满分"),
        (None, "满意度", "满意度", "沿线群众满意度", "≥90%", "91.3%", 6, 6, "≥90%得满分"),
        (None, "满意度", "满意度", "运输企业满意度", "≥90%", "88%", 5, 4, "未达到目标值酌情扣分"),
    ]
    assert sum_w(ind) == 102  # PLANT WEIGHTS_VS_FULL_MARK: 合计 分值 printed 100
    total = sum_s(ind)
    assert total == 97.6, total
    rows = [["日照市岚山区交通运输局2023年度部门整体支出绩效自评表"] + [""] * 7,
            ["单位：万元"] + [""] * 7,
            ["资金来源", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "", ""]]
    for lab, i, a, e in B:  # numeric cells, as typed in Excel: #,##0.00 amounts, 0.00% rates
        rows.append([lab, "", Num(i, "#,##0.00"), Num(a, "#,##0.00"), Num(e, "#,##0.00"), Num(e / a, "0.00%"), "", ""])
    merges = [(0, 0, 0, 7), (1, 0, 1, 7)] + [(r, 0, r, 1) for r in range(2, 6)] + [(r, 5, r, 7) for r in range(2, 6)]
    rows.append(["一级指标", "二级指标", "三级指标", "指标值", "完成值", "分值", "得分", "评分依据"])
    start = len(rows)
    rows += [[l1, l2, l3, t, a, Num(w), Num(s), x] for _, l1, l2, l3, t, a, w, s, x in ind]
    merges += group_merges(rows, [0, 1], start)
    rows.append(["合计", "", "", "", "", Num(100), Num(total), ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    rows.append(["评价等级：优", "", "", "", "", "", "", ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 7))
    sheet = styled(Table(rows, merges), [10, 10, 22, 12, 12, 8, 8, 40], 0, first_table_row=2)
    g = gold(None, "日照市岚山区交通运输局", 2023, "COUNTY", "山东省", "SELF_EVALUATION", None, total, 100, "优",
             budget(3420.00, 3600.00, 3456.78, rate, 1180.30, 1176.42, 2419.70, 2280.36), [], grows(ind))
    fnd = [
        F("FORMULA", "预算执行率", "执行率=3,456.78÷3,600.00×100%=96.52%", "96.52%", "96.02%", "HIGH", "ERROR",
          "3,456.78 ÷ 3,600.00 = 96.02% (as the budget block and the 完成值 print it); the formula's result is wrong"),
        F("BUDGET_ROW_SCORE", "预算执行率", "执行率≥98%得满分，每低1个百分点扣1分 | 96.02% | 10 | 9.6", "9.6", "8.02",
          "MEDIUM", "ERROR", "1.98 points below 98% → 10 − 1.98 = 8.02 (8 if whole points only); 9.6 is 执行率×10, "
          "another rule; the total 97.6 includes it"),
        F("WEIGHTS_VS_FULL_MARK", "合计", "合计 | 100 | 97.6", "100", "102", "HIGH", "ERROR",
          "the 16 rows' 分值 add to 102 (决策15 过程20 产出35 效益21 满意度11)"),
    ]
    traps = ["道路交通事故起数 同比下降12% against 同比下降", "危桥改造 2 of 3 loses 2 under 酌情扣分 (judgement)"]
    return {"stem": "h40_lanshan_jiaotong", "format": "xlsx", "sheets": [("自评表", sheet)], "gold": g,
            "findings": fnd, "traps": traps}


ALL.append(h40())


# ============================================================ h41 玉林市住房和城乡建设局 (HTML, prose + score table)
def h41():
    adj, exp = 5236.40, 5102.68
    assert round(1386.25 + 3850.15, 2) == adj and round(1380.12 + 3722.56, 2) == exp
    rate = pct(exp, adj)  # 97.45
    items = [
        ("决策", "目标设定", "绩效目标合理性", 5, 4), ("决策", "目标设定", "绩效指标明确性", 5, 3),
        ("决策", "预算配置", "预算编制科学性", 5, 4), ("决策", "预算配置", "资金分配合理性", 5, 4),
        ("过程", "预算执行", "预算执行率", 5, 5), ("过程", "预算执行", "结转结余控制", 5, 4),
        ("过程", "预算管理", "资金使用合规性", 5, 5), ("过程", "预算管理", "管理制度执行有效性", 5, 3),
        ("过程", "资产管理", "资产管理规范性", 5, 3),
        ("产出", "职责履行", "保障性租赁住房筹集任务完成率", 6, 5), ("产出", "职责履行", "城镇老旧小区改造完成率", 6, 4),
        ("产出", "职责履行", "建筑工程质量监督覆盖率", 6, 6), ("产出", "职责履行", "建筑施工安全检查覆盖率", 6, 5),
        ("产出", "职责履行", "农村危房改造完成率", 6, 4),
        ("效益", "履职效益", "住房保障水平", 5, 4), ("效益", "履职效益", "城市人居环境改善", 5, 4),
        ("效益", "履职效益", "建筑业产值增长", 5, 3),
        ("满意度", "满意度", "服务对象满意度", 10, 8.5),
    ]
    ind = [(None, l1, l2, l3, None, None, w, s, "") for l1, l2, l3, w, s in items]
    assert sum_w(ind) == 100 and sum_s(ind) == 78.5
    total = 79.5  # PLANT TOTAL_VS_ROWS; PLANT GRADE_OUTSIDE_BANDS (良 for 79.5, no bands printed)
    bt = styled(Table([["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"],
                       ["合计", "4,980.00", mc(adj), mc(exp), f"{rate:.2f}%"],
                       ["基本支出", "1,352.60", "1,386.25", "1,380.12", f"{pct(1380.12, 1386.25):.2f}%"],
                       ["项目支出", "3,627.40", "3,850.15", "3,722.56", f"{pct(3722.56, 3850.15):.2f}%"]]),
                [3, 2, 2, 2, 2], 1)
    t = ind_table(["一级指标", "二级指标", "三级指标", "分值", "得分"], ind, ["l1", "l2", "l3", "w", "s"], [0, 1],
                  [["合计", "", "", "100", fmt(total)]], [2, 2, 5, 1.5, 1.5], 1)
    blocks = [
        Title("玉林市住房和城乡建设局2023年度部门整体支出绩效自评报告"),
        "一、部门概况",
        "玉林市住房和城乡建设局为市人民政府工作部门，内设办公室、住房保障科、城市建设科等9个科室。"
        "本部门核定编制56人（行政编制18人，参照公务员法管理事业编制12人，事业编制24人），年末实有人员53人。",
        "二、部门预算收支情况",
        f"2023年本部门全年预算数5,263.40万元，其中基本支出1,386.25万元，项目支出3,850.15万元；全年支出{mc(exp)}万元，"
        f"预算执行率{rate:.2f}%。收支明细如下表（单位：万元）：",
        bt,
        "三、绩效自评结果",
        f"经自评，本部门2023年度部门整体支出绩效综合得分{fmt(total)}分，评定等级为“良”。各项指标得分见下表：",
        t,
        "四、存在的问题",
        "绩效目标设置不够细化，部分项目实施进度滞后，城镇老旧小区改造和农村危房改造未全部完成年度任务。",
        "五、改进措施",
        "加强绩效目标审核，建立项目进度月调度机制，强化绩效评价结果运用。",
    ]
    g = gold(None, "玉林市住房和城乡建设局", 2023, "PREFECTURAL", "广西壮族自治区", "SELF_EVALUATION", None, total, 100,
             "良", budget(4980.00, adj, exp, rate, 1386.25, 1380.12, 3850.15, 3722.56), [], grows(ind))
    fnd = [
        F("BREAKDOWN_SUM", "核定编制", "核定编制56人（行政编制18人，参照公务员法管理事业编制12人，事业编制24人）", "56人", "54人",
          "HIGH", "WARNING", "18 + 12 + 24 = 54"),
        F("SAME_FIGURE_DIFFERS", "全年预算数", "全年预算数5,263.40万元", "5,263.40", "5,236.40", "HIGH", "WARNING",
          "the budget table prints 5,236.40 (= 1,386.25 + 3,850.15, and 97.45% = 5,102.68 ÷ 5,236.40): the prose "
          "transposes two digits"),
        F("TOTAL_VS_ROWS", "合计", "合计 | 100 | 79.5", "79.5", "78.5", "HIGH", "ERROR",
          "the 18 rows' scores add to 78.5; the prose repeats 79.5: one problem"),
        F("GRADE_OUTSIDE_BANDS", "评定等级", "综合得分79.5分，评定等级为“良”", "良", "中", "MEDIUM", "ERROR",
          "no bands printed; under the standard 优≥90/良80–90/中60–80 both 79.5 (stated) and 78.5 (rows) are 中"),
    ]
    traps = ["budget parts add up; 97.45% = 5,102.68 ÷ 5,236.40", "实有人员53人 below 编制 56 is normal"]
    return {"stem": "h41_yulin_zhujian", "format": "html", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": traps, "title": "玉林市住房和城乡建设局2023年度部门整体支出绩效自评报告"}


ALL.append(h41())


# ============================================================ h42 襄阳市襄州区水利和湖泊局 (TXT, third party)
def h42():
    items = [  # (一级, 二级, 指标名称, 权重, 评分标准, 得分)
        ("决策", "项目立项", "立项依据充分性", 4, "立项依据充分得满分，每发现一处不足扣1分", 4),
        ("决策", "项目立项", "立项程序规范性", 4, "程序规范得满分，否则酌情扣分", 4),
        ("决策", "绩效目标", "绩效目标合理性", 4, "目标与职能、实际需求相符得满分，否则酌情扣分", 3.5),
        ("决策", "绩效目标", "绩效指标明确性", 4, "指标细化、量化得满分，每一项未量化扣0.5分", 3),
        ("决策", "资金投入", "预算编制科学性", 4, "测算依据充分得满分，否则酌情扣分", 3),
        ("过程", "资金管理", "预算执行率", 5, "执行率≥90%得满分，低于90%按比例得分", 5),
        ("过程", "资金管理", "资金使用合规性", 5, "无违规使用得满分，发现一处扣1分", 5),
        ("过程", "组织实施", "管理制度健全性", 5, "制度健全得满分，否则酌情扣分", 4),
        ("过程", "组织实施", "制度执行有效性", 5, "严格执行得满分，每发现一处问题扣1分", 4),
        ("过程", "组织实施", "项目质量管理", 5, "质量管理措施到位得满分，否则酌情扣分", 4),
        ("产出", "产出数量", "河道综合治理长度", 8, "完成目标得满分，未完成按比例扣分", 8),
        ("产出", "产出数量", "水毁工程修复数量", 6, "完成目标得满分，未完成酌情扣分", 5),
        ("产出", "产出质量", "工程质量合格率", 6, "合格率≥95%得6分；90%（含）-95%得6分；90%以下不得分", 6),
        ("产出", "产出时效", "工程完工及时率", 5, "按期完工得满分，每延期一项扣1分", 4),
        ("产出", "产出成本", "成本控制情况", 5, "不超预算得满分，否则酌情扣分", 4),
        ("效益", "项目效益", "防洪能力提升", 5, "达到设计标准得满分，否则酌情扣分", 4),
        ("效益", "项目效益", "农田灌溉条件改善", 5, "达到预期得满分，否则酌情扣分", 4),
        ("效益", "项目效益", "长效管护机制", 5, "机制健全得满分，否则酌情扣分", 4),
        ("满意度", "满意度", "受益群众满意度", 10, "满意度≥90%得满分，每降低1个百分点扣0.5分", 6.5),
    ]
    ind = [(None, l1, l2, l3, None, None, w, s, x) for l1, l2, l3, w, x, s in items]
    names = ["决策", "过程", "产出", "效益", "满意度"]
    secs = section_list(ind, names)
    total = sum_s(ind)
    assert sum_w(ind) == 100 and total == 85.0, total
    printed = [(n, w, 18.0 if n == "决策" else s) for n, w, s in secs]  # PLANT SECTION_VS_ROWS (rows 17.5)
    rates = {n: f"{s / w * 100:.2f}%" for n, w, s in printed}
    rates["产出"] = "92.00%"  # PLANT SCORE_RATE: 27 / 30 = 90.00%
    lines = ["襄阳市襄州区水利和湖泊局2022年度部门整体支出绩效评价报告", "",
             "委托单位：襄阳市襄州区财政局", "评价机构：湖北楚信达会计师事务所有限公司", "报告日期：2023年6月", "",
             "一、基本情况",
             "襄阳市襄州区水利和湖泊局主要负责全区水资源管理、水利工程建设与运行管理、防汛抗旱、河湖长制等工作。",
             "2022年部门年初预算4,860.00万元，调整后预算5,372.65万元，其中基本支出1,126.40万元、项目支出4,246.25万元；"
             "全年实际支出5,068.22万元，其中基本支出1,120.85万元、项目支出3,947.37万元，预算执行率104.28%。",
             "二、评价结论",
             f"评价组依据部门整体支出绩效评价指标体系，对襄阳市襄州区水利和湖泊局2022年度部门整体支出进行了综合评价，"
             f"综合得分{fmt(total)}分，评价等级为“良”。各一级指标得分情况如下：", "",
             "一级指标\t权重\t得分\t得分率"]
    lines += [f"{n}\t{fmt(w)}\t{fmt(s)}\t{rates[n]}" for n, w, s in printed]
    lines += [f"合计\t100\t{fmt(total)}\t{total:.2f}%", "",
              "三、绩效分析",
              "（一）决策方面。项目立项依据充分，程序规范；部分绩效指标未细化量化，预算测算依据不够充分。",
              "（二）过程方面。资金拨付及时，未发现违规使用资金；项目质量管理和制度执行存在一定薄弱环节。",
              "（三）产出方面。全年完成河道综合治理18.6公里，修复水毁工程23处（目标25处），工程质量合格率100%，"
              "1项工程延期完工。",
              "（四）效益方面。项目区防洪能力有所提升，灌溉条件改善，但长效管护机制尚需完善。",
              "（五）满意度方面。评价组发放问卷300份，受益群众满意度为83%。",
              "四、存在问题及建议",
              "建议进一步细化绩效目标，加强项目进度管理，健全工程长效管护机制。", "",
              "附件：指标体系及评分表", "",
              "一级指标\t二级指标\t指标名称\t权重\t评分标准\t得分"]
    prev = (None, None)
    for l1, l2, l3, w, x, s in items:
        lines.append(f"{l1 if l1 != prev[0] else ''}\t{l2 if (l1, l2) != prev else ''}\t{l3}\t{fmt(w)}\t{x}\t{fmt(s)}")
        prev = (l1, l2)
    lines += [f"合计\t\t\t100\t\t{fmt(total)}", "", "湖北楚信达会计师事务所有限公司", "2023年6月20日"]
    g = gold(None, "襄阳市襄州区水利和湖泊局", 2022, "COUNTY", "湖北省", "THIRD_PARTY_EVALUATION", "湖北楚信达会计师事务所有限公司",
             total, 100, "良", budget(4860.00, 5372.65, 5068.22, 104.28, 1126.40, 1120.85, 4246.25, 3947.37), printed,
             [row(l1, l2, l3, None, None, w, s) for _, l1, l2, l3, _, _, w, s, _ in ind])
    fnd = [
        F("EXECUTION_RATE", "预算执行率", "调整后预算5,372.65万元……全年实际支出5,068.22万元……预算执行率104.28%", "104.28%",
          "94.33%", "MEDIUM", "ERROR", "5,068.22 ÷ 5,372.65 = 94.33%; 104.28% divides by the 年初预算 4,860.00 "
          "(the wrong base). The row 预算执行率 keeps 5 of 5 either way (≥90%)"),
        F("SECTION_VS_ROWS", "决策", "决策 | 20 | 18 | 90.00%", "18", "17.5", "HIGH", "ERROR",
          "appendix rows 4 + 4 + 3.5 + 3 + 3 = 17.5; the summary's 合计 85 is right (the five subtotals as printed "
          "add to 85.5): one problem"),
        F("SCORE_RATE", "产出", "产出 | 30 | 27 | 92.00%", "92.00%", "90.00%", "HIGH", "ERROR", "27 ÷ 30 = 90.00%"),
        F("MALFORMED_RULE", "工程质量合格率", "合格率≥95%得6分；90%（含）-95%得6分；90%以下不得分", "90%（含）-95%得6分",
          "a lower band below full marks", "HIGH", "WARNING", "the lower band pays the same full marks as the top band"),
    ]
    traps = ["受益群众满意度 83% → 10 − 7 × 0.5 = 6.5 by its rule", "决策 得分率 90.00% = 18/20 as printed (the "
             "subtotal itself is the finding)", "水毁工程修复 23 of 25 loses 1 under 酌情扣分 (judgement)"]
    return {"stem": "h42_xiangzhou_shuili", "format": "txt", "text": "\n".join(lines) + "\n", "gold": g,
            "findings": fnd, "traps": traps}


ALL.append(h42())


# ============================================================ h43 赤壁市水利和湖泊局 (DOCX, project with 评分标准)
def h43():
    F_ = [("年度资金总额", 1850.00, 2075.60, 2009.96), ("其中：财政拨款", 1850.00, 1955.60, 1874.36),
          ("上年结转资金", None, 120.00, 135.60)]  # PLANT SPENDING_OVER_BUDGET
    assert round(F_[1][2] + F_[2][2], 2) == F_[0][2] and round(F_[1][3] + F_[2][3], 2) == F_[0][3]
    rate = pct(F_[0][3], F_[0][2])  # 96.84
    bscore = 9.68  # 96.84% x 10 = 9.684
    ind = [
        (None, "产出指标", "数量指标", "改造供水管网长度", "≥86公里", "70.5公里", 10, 9, "得分=完成值/指标值×分值"),  # PLANT RULE_SCORE
        (None, "产出指标", "数量指标", "新建加压泵站", "=4座", "4座", 5, 5, "完成得满分，否则不得分"),
        (None, "产出指标", "质量指标", "管网水压合格率", "≥95%", "97.2%", 10, 10, "达标得满分，每低1个百分点扣2分"),
        (None, "产出指标", "质量指标", "工程验收合格率", "=100%", "100%", 5, 5, "达标得满分，否则不得分"),
        (None, "产出指标", "时效指标", "项目完工及时率", "≥90%", "92%", 5, 4, "根据完成情况酌情评分"),  # PLANT TARGET_MET_POINTS_LOST
        (None, "产出指标", "成本指标", "单位长度改造成本", "≤28万元/公里", "27.6万元/公里", 5, 5, "不超标准得满分"),
        (None, "效益指标", "社会效益指标", "受益人口", "≥6.5万人", "6.72万人", 10, 10, "达标得满分，未达标按比例得分"),
        (None, "效益指标", "社会效益指标", "管网漏损率", "≤10%", "9.6%", 10, 10, "达标得满分，每高1个百分点扣2分"),
        (None, "效益指标", "经济效益指标", "节约群众取水时间", "明显", "明显", 10, 10, "达到预期得满分"),
        (None, "效益指标", "可持续影响指标", "供水保障长效机制", "健全", "健全", 10, 10, "健全得满分，基本健全得6分"),
        (None, "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "103%", 10, 10, "≥90%得满分，每低1个百分点扣1分"),  # PLANT OTHER
    ]
    assert sum_w(ind) == 90
    total = round(bscore + sum_s(ind), 2)  # 97.68
    rows = [["项目名称", "2023年城乡供水管网改造项目", "", "", "", "", "", ""],
            ["主管部门", "赤壁市水利和湖泊局", "", "", "实施单位", "赤壁市城乡供水服务中心", "", ""],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"]]
    for k, (lab, i, a, e) in enumerate(F_):
        rows.append([lab, "", "—" if i is None else m2(i), m2(a), m2(e), f"{pct(e, a):.2f}%",
                     "10" if k == 0 else "—", fmt(bscore) if k == 0 else "—"])
    merges = [(0, 1, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7)] + [(r, 0, r, 1) for r in range(2, 6)]
    rows.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "评分标准"])
    start = len(rows)
    rows += [[l1, l2, l3, t, a, fmt(w), fmt(s), x] for _, l1, l2, l3, t, a, w, s, x in ind]
    merges += group_merges(rows, [0, 1], start)
    rows.append(["总分", "", "", "", "", "100", fmt(total), ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    t = styled(Table(rows, merges), [2.6, 3.0, 4.4, 3.2, 3.2, 1.8, 1.8, 6.0], 0)
    blocks = [Title("赤壁市2023年度项目支出绩效自评表"), "填报单位（盖章）：赤壁市水利和湖泊局", t,
              "项目负责人：周××　　填表人：吴××　　填报日期：2024年3月30日"]
    g = gold(None, "赤壁市水利和湖泊局", 2023, "COUNTY", "湖北省", "SELF_EVALUATION", None, total, 100, None,
             budget(1850.00, 2075.60, 2009.96, rate), [],
             [row(None, None, "年度资金总额", None, f"{rate:.2f}%", 10, bscore)] + grows(ind))
    out = {}
    for k, v in g.items():
        out[k] = v
        if k == "department":
            out["project"] = "2023年城乡供水管网改造项目"
            out["implementingUnit"] = "赤壁市城乡供水服务中心"
    fnd = [
        F("RULE_SCORE", "改造供水管网长度", "≥86公里 | 70.5公里 | 10 | 9 | 得分=完成值/指标值×分值", "9", "8.20", "HIGH", "ERROR",
          "70.5 ÷ 86 × 10 = 8.20"),
        F("TARGET_MET_POINTS_LOST", "项目完工及时率", "≥90% | 92% | 5 | 4", "4", "5", "MEDIUM", "WARNING",
          "92% meets ≥90% yet 1 point lost, no 偏差原因 given"),
        F("SPENDING_OVER_BUDGET", "上年结转资金", "上年结转资金 | — | 120.00 | 135.60 | 113.00%", "135.60", "≤ 120.00", "HIGH",
          "WARNING", "the carried-over funds line spent 15.60 more than its budget (113.00%)"),
        F("OTHER", "受益群众满意度", "受益群众满意度 | ≥90% | 103%", "103%", "≤ 100%", "HIGH", "WARNING",
          "a satisfaction rate above 100% is impossible; probably 93%"),
    ]
    traps = ["年度资金总额 得分 9.68 = 96.84% × 10 (9.684 rounded)", "管网漏损率 9.6% against ≤10%, full marks",
             "上年结转资金 年初预算数 —"]
    return {"stem": "h43_chibi_shuili", "format": "docx", "blocks": blocks, "gold": out, "findings": fnd,
            "traps": traps}


ALL.append(h43())


# ============================================================ h44 漳州市文化和旅游局 (PDF landscape, goals column)
def h44():
    B = [("年度资金总额", 8652.30, 9318.75, 9047.16), ("其中：基本支出", 2310.40, 2398.66, 2391.08),
         ("项目支出", 6341.90, 6920.09, 6656.08)]
    for k in (1, 2, 3):
        assert round(B[1][k] + B[2][k], 2) == B[0][k]
    rate = pct(B[0][3], B[0][2])
    bscore = round(rate / 10 + 1e-9, 2)
    G1, G3, G2 = "目标一：繁荣公共文化服务", "目标三：推动文旅产业高质量发展", "目标二：加强文物保护利用"  # PLANT GOAL_LABELS
    ind = [
        (G1, "产出指标", "数量指标", "公共图书馆年流通人次", "≥120万人次", "112.6万人次", 8, 8, ""),  # PLANT TARGET_MISSED_FULL_MARKS
        (G1, "产出指标", "数量指标", "文化惠民演出场次", "≥300场", "318场", 8, 8, ""),
        (G1, "产出指标", "质量指标", "公共文化设施免费开放率", "=100%", "100%", 6, 6, ""),
        (G1, "效益指标", "社会效益指标", "群众文化活动参与人次", "≥50万人次", "53.2万人次", 8, 8, ""),
        (G3, "产出指标", "数量指标", "接待游客人次", "≥4800万人次", "4926万人次", 8, 8, ""),
        (G3, "效益指标", "经济效益指标", "旅游总收入增长率", "≥8%", "9.3%", 8, 8, ""),
        (G3, "效益指标", "经济效益指标", "新增A级旅游景区数量增长率", "≥10%", "100%（上年新增0家，本年新增2家）", 6, 6, ""),  # PLANT RATE_OVER_ZERO_BASE
        (G3, "产出指标", "时效指标", "旅游投诉按时办结率", "≥95%", "100%", 8, 8, ""),
        (G2, "产出指标", "数量指标", "文物保护单位安全巡查覆盖率", "=100%", "100%", 6, 6, ""),
        (G2, "产出指标", "数量指标", "文物修缮项目完成数", "≥5个", "5个", 6, 6, ""),
        (G2, "效益指标", "社会效益指标", "文物安全事故", "=0起", "0起", 6, 6, ""),
        (G2, "满意度指标", "服务对象满意度指标", "社会公众满意度", "≥90%", "95.6%", 6, 6, ""),
        (G2, "满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "89.1%", 6, 5, "旺季景区拥堵，服务设施不足。"),
    ]
    assert sum_w(ind) == 90
    total = round(bscore + sum_s(ind), 2)
    rows = [["部门名称", "漳州市文化和旅游局", "", "", "", "", "", "", ""],
            ["年度预算资金（万元）", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]]
    for k, (lab, i, a, e) in enumerate(B):
        rows.append(["", lab, "", m2(i), m2(a), m2(e), "10" if k == 0 else "—", f"{pct(e, a):.2f}%",
                     fmt(bscore) if k == 0 else "—"])
    rows += [["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", ""],
             ["", "完善公共文化服务体系，推动文旅融合发展，加强文物保护利用，接待游客4800万人次以上。", "", "", "",
              "全年接待游客4926万人次，旅游总收入增长9.3%，完成文物修缮项目5个，未发生文物安全事故。", "", "", ""],
             ["年度绩效目标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]]
    merges = [(0, 1, 0, 8), (1, 0, 4, 0), (1, 1, 1, 2), (2, 1, 2, 2), (3, 1, 3, 2), (4, 1, 4, 2),
              (5, 0, 6, 0), (5, 1, 5, 4), (5, 5, 5, 8), (6, 1, 6, 4), (6, 5, 6, 8)]
    start = len(rows)
    rows += [[gl, l1, l2, l3, t, a, fmt(w), fmt(s), x] for gl, l1, l2, l3, t, a, w, s, x in ind]
    merges += group_merges(rows, [0, 1, 2], start)
    rows.append(["总分", "", "", "", "", "", "100", fmt(total), ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
    t = styled(Table(rows, merges), [4.6, 2.6, 3.0, 5.0, 3.0, 4.6, 1.8, 2.0, 5.0], 0)
    blocks = [Title("2023年度部门整体支出绩效自评表"), "填报单位（盖章）：漳州市文化和旅游局", t,
              f"自评得分：{fmt(total)}分　　　自评等级：优"]
    g = gold(None, "漳州市文化和旅游局", 2023, "PREFECTURAL", "福建省", "SELF_EVALUATION", None, total, 100, "优",
             budget(8652.30, 9318.75, 9047.16, rate, 2398.66, 2391.08, 6920.09, 6656.08), [],
             [row(None, None, "年度资金总额", None, f"{rate:.2f}%", 10, bscore)] + grows(ind, True))
    fnd = [
        F("GOAL_LABELS", "年度绩效目标", "目标一：繁荣公共文化服务 / 目标三：推动文旅产业高质量发展 / 目标二：加强文物保护利用",
          "目标一, 目标三, 目标二", "目标一, 目标二, 目标三", "HIGH", "INFO", "goal labels out of order"),
        F("TARGET_MISSED_FULL_MARKS", "公共图书馆年流通人次", "≥120万人次 | 112.6万人次 | 8 | 8", "8", "< 8", "HIGH",
          "WARNING", "112.6万 misses ≥120万 (93.8%) yet full marks, no 偏差原因"),
        F("RATE_OVER_ZERO_BASE", "新增A级旅游景区数量增长率", "100%（上年新增0家，本年新增2家）", "100%",
          "undefined (base 0)", "HIGH", "WARNING", "a growth rate over a base of 0 is undefined (and would not be "
          "100%); the row keeps 6 of 6 on it"),
    ]
    traps = ["旅游投诉按时办结率 100% against ≥95%", "文物安全事故 0起 against =0起", "游客满意度 89.1% loses 1 with a reason"]
    return {"stem": "h44_zhangzhou_wenlv", "format": "pdf", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": traps, "page": "A4L"}


ALL.append(h44())
