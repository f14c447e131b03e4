"""Round 14 (h111–h118): issue-9 layouts not used before, each with PLANTED issue-10 inconsistencies, made apart from
the code by the corpus14 session.

Each report is written once here; its printed cells / text and its gold come from the same tuples, so the gold
records what the report PRINTS (planted errors included). Every planted figure carries a `# PLANT <KIND>` comment and
its expected finding is written next to it (`findings`); `traps` lists what an audit must NOT flag. heldout14.py
checks (heldout4.recheck against the planted kinds), writes gold/findings and renders the files.

Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, extra) — extra is the 偏差原因 / 评分标准 / 说明 of the
layout.
"""
from heldout import PageBreak, Table, Title, group_merges, fmt, row, budget, gold
from reports3_a import Num
from reports4 import styled, pct, F

ALL = []


def s2(ind, k):
    return round(sum(r[k] for r in ind), 2)


def with_project(g, project, unit):
    out = {}
    for k, v in g.items():
        out[k] = v
        if k == "department":
            out["project"] = project
            out["implementingUnit"] = unit
    return out


def grows(ind, two_level=False):
    return [row(l1, None if two_level else l2, l3, t if t not in ("", "—") else None,
                a if a not in ("", "—") else None, w, s)
            for l1, l2, l3, t, a, w, s, _ in ind]


def r2(x):
    return round(x + 1e-9, 2)


# ============================================================ h111 九江市濂溪区 (DOCX: 3 项目 forms, 资金来源 block)

class P111:
    def __init__(self, name, code, dept, unit, funds, plan, done, ind, total=None):
        self.name, self.code, self.dept, self.unit, self.funds, self.plan, self.done = \
            name, code, dept, unit, funds, plan, done
        _, self.b, self.e = funds[0]
        for k in (1, 2):
            assert abs(sum(f[k] for f in funds[1:]) - funds[0][k]) < 0.001, (name, k)
        self.rate = pct(self.e, self.b)
        bs = r2(self.rate / 10)
        self.ind = [("预算执行情况", "预算执行", "预算执行率", "100%", f"{self.rate:.2f}%", 10, bs, "")] + ind
        assert s2(self.ind, 5) == 100, (name, s2(self.ind, 5))
        self.rows_total = s2(self.ind, 6)
        self.total = total if total is not None else self.rows_total

    def grade(self):
        return "优" if self.total >= 90 else "良" if self.total >= 80 else "中" if self.total >= 60 else "差"

    def gold(self):
        g = gold(None, self.dept, 2021, "COUNTY", "江西省", "SELF_EVALUATION", None, self.total, 100, self.grade(),
                 budget(None, self.b, self.e, self.rate), [], grows(self.ind))
        return with_project(g, self.name, self.unit)

    def table(self):
        rows = [["项目名称", self.name, "", "", "", "项目编码", self.code, ""],
                ["主管部门", self.dept, "", "", "", "实施单位", self.unit, ""],
                ["项目类别", "专项业务类", "", "", "", "实施期限", "2021年1月—2021年12月", ""],
                ["资金情况（万元）", "资金来源", "", "预算数", "", "执行数", "", "执行率"]]
        merges = [(0, 1, 0, 4), (0, 6, 0, 7), (1, 1, 1, 4), (1, 6, 1, 7), (2, 1, 2, 4), (2, 6, 2, 7),
                  (3, 1, 3, 2), (3, 3, 3, 4), (3, 5, 3, 6)]
        for k, (label, b, e) in enumerate(self.funds):
            r = len(rows)
            rate = f"{pct(e, b):.2f}%" if b else "—"
            rows.append(["", label, "", f"{b:.2f}", "", f"{e:.2f}", "", rate])
            merges += [(r, 1, r, 2), (r, 3, r, 4), (r, 5, r, 6)]
        merges.append((3, 0, len(rows) - 1, 0))
        g = len(rows)
        rows += [["绩效目标完成情况", "年初绩效目标", "", "", "实际完成情况", "", "", ""],
                 ["", self.plan, "", "", self.done, "", "", ""]]
        merges += [(g, 0, g + 1, 0), (g, 1, g, 3), (g, 4, g, 7), (g + 1, 1, g + 1, 3), (g + 1, 4, g + 1, 7)]
        rows.append(["一级指标", "二级指标", "三级指标", "权重", "年度目标值", "实际完成值", "得分", "偏差原因及改进措施"])
        start = len(rows)
        for l1, l2, l3, t, a, w, s, n in self.ind:
            rows.append([l1, l2, l3, fmt(w), t, a, fmt(s), n])
        merges += group_merges(rows, [0, 1], start)
        rows.append(["合计", "", "", "100", "", "", f"{self.total:.2f}", ""])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
        rows.append(["自评等级", self.grade(), "", "", "", "", "", ""])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 7))
        return styled(Table(rows, merges), [2.2, 2.2, 3.6, 1.3, 2.4, 2.6, 1.5, 3.6], header_rows=0)


H111 = [
    P111("濂溪区2021年城乡居民最低生活保障资金", "36040221-0018", "九江市濂溪区民政局", "九江市濂溪区社会救助服务中心",
         [("合计", 1286.40, 1271.58), ("本级财政资金", 386.40, 371.58), ("上级补助资金", 900.00, 900.00),
          ("其他资金", 0.00, 0.00)],
         "保障城乡低保对象3200人以上基本生活，低保资金按月足额社会化发放。",
         "全年保障城乡低保对象3286人，低保资金按月通过“一卡通”足额发放，未发生冒领骗取案件。",
         [("产出指标", "数量指标", "保障对象人数", "≥3200人", "3286人", 15, 15, ""),
          ("产出指标", "质量指标", "低保资金社会化发放率", "100%", "100%", 10, 10, ""),
          ("产出指标", "质量指标", "动态管理核查覆盖率", "≥95%", "96.8%", 10, 10, ""),
          ("产出指标", "时效指标", "资金按月发放及时率", "100%", "100%", 10, 10, ""),
          ("产出指标", "成本指标", "城市低保月人均补助标准", "≥620元", "620元", 5, 5, ""),
          ("效益指标", "社会效益指标", "困难群众基本生活保障率", "100%", "100%", 15, 15, ""),
          ("效益指标", "社会效益指标", "冒领骗取低保资金案件", "0起", "未发生", 15, 15, ""),
          ("满意度指标", "服务对象满意度指标", "低保对象满意度", "≥90%", "89.1%", 10, 9,
           "部分对象对入户核查频次有意见，下年度优化核查方式")]),
    P111("濂溪区2021年城镇老旧小区改造项目", "36040221-0031", "九江市濂溪区住房和城乡建设局", "九江市濂溪区城市建设服务中心",
         [("合计", 2460.00, 2287.80), ("本级财政资金", 860.00, 687.80), ("上级补助资金", 1600.00, 1600.00),
          ("其他资金", 0.00, 0.00)],
         "完成20个老旧小区改造，惠及居民2800户以上，同步实施小区雨污分流改造。",
         # the text says the 雨污分流 work was not done (the row keeps full marks: PLANT below)
         "完成20个老旧小区水电气、道路、绿化等改造，惠及居民2946户；小区雨污分流改造因片区管网规划调整未完成，延至2022年实施。",
         [("产出指标", "数量指标", "改造老旧小区个数", "20个", "20个", 10, 10, ""),
          ("产出指标", "数量指标", "惠及居民户数", "≥2800户", "2946户", 10, 10, ""),
          # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: 完成值 "未完成，延至2022年实施", full 10 points, no reason
          ("产出指标", "质量指标", "小区雨污分流改造", "完成", "未完成，延至2022年实施", 10, 10, ""),
          ("产出指标", "质量指标", "工程竣工验收合格率", "100%", "100%", 10, 10, ""),
          ("产出指标", "时效指标", "年度开工率", "100%", "100%", 5, 5, ""),
          ("产出指标", "成本指标", "户均改造成本", "≤0.85万元", "0.78万元", 5, 5, ""),
          ("效益指标", "社会效益指标", "小区居住环境", "明显改善", "明显改善", 15, 15, ""),
          ("效益指标", "可持续影响指标", "长效管理机制建立率", "100%", "90%", 15, 13,
           "2个小区物业管理尚未落实，正协调街道引入物业服务"),
          ("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%", "92.5%", 10, 10, "")],
         total=98.30),  # PLANT TOTAL_VS_ROWS: the rows add to 97.30
    P111("濂溪区2021年公共文化服务体系建设项目", "36040221-0045", "九江市濂溪区文化广电新闻出版旅游局", "九江市濂溪区文化馆",
         [("合计", 368.00, 368.00), ("本级财政资金", 268.00, 268.00), ("上级补助资金", 100.00, 100.00),
          ("其他资金", 0.00, 0.00)],
         "开展送戏下乡120场以上，新增公共图书馆藏书1.5万册，建成基层综合文化服务中心8个。",
         "全年开展送戏下乡、读书月、广场舞展演等活动，其中送戏下乡126场；新增藏书1.52万册；建成基层综合文化服务中心8个。",
         [("产出指标", "数量指标", "送戏下乡场次", "≥120场", "126场", 10, 10, ""),
          ("产出指标", "数量指标", "公共图书馆新增藏书", "≥1.5万册", "1.52万册", 10, 10, ""),
          ("产出指标", "数量指标", "基层综合文化服务中心建设个数", "8个", "8个", 10, 10, ""),
          ("产出指标", "质量指标", "文化活动安全事故", "0起", "0起", 10, 10, ""),
          ("产出指标", "时效指标", "年度任务完成及时率", "100%", "100%", 10, 10, ""),
          ("效益指标", "社会效益指标", "公共文化设施免费开放率", "100%", "100%", 10, 10, ""),
          ("效益指标", "社会效益指标", "群众参与文化活动人次", "≥15万人次", "14.2万人次", 10, 9,
           "受疫情防控影响，部分大型广场活动取消，下年度增加线上活动"),
          ("效益指标", "可持续影响指标", "基层文化队伍建设", "持续提升", "持续提升", 10, 10, ""),
          ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95.6%", 10, 10, "")]),
]


def h111():
    blocks = [Title("九江市濂溪区2021年度项目支出绩效自评结果"),
              "根据《九江市濂溪区财政局关于开展2021年度项目支出绩效自评工作的通知》要求，现将区民政局、区住房和城乡建设局、"
              "区文化广电新闻出版旅游局3个项目的绩效自评表公开如下（金额单位：万元）。"]
    for k, p in enumerate(H111):
        if k:
            blocks.append(PageBreak())
        blocks += [f"表{k + 1}", Title("2021年度项目支出绩效自评表"), p.table(),
                   f"填报单位（盖章）：{p.dept}　　　　联系人：{['刘××', '邹××', '涂××'][k]}　　"
                   f"联系电话：0792-{['8571036', '8562217', '8579340'][k]}"]
    golds = [p.gold() for p in H111]
    p2 = H111[1]
    fnd = [
        F("TOTAL_VS_ROWS", "合计", "合计 | 100 | 98.30", "98.30", "97.30", "HIGH", "ERROR",
          f"report 2 of 3 ({p2.name}): 9.3 (预算执行率) + 10 + 10 + 10 + 10 + 5 + 5 + 15 + 13 + 10 = 97.30, "
          "the 合计 row prints 98.30 (grade 优 either way)"),
        F("NARRATIVE_NOT_DONE_FULL_MARKS", "小区雨污分流改造", "小区雨污分流改造 | 10 | 完成 | 未完成，延至2022年实施 | 10",
          "10", "< 10", "HIGH", "WARNING",
          f"report 2 of 3 ({p2.name}): the 实际完成值 says 未完成 (and the 实际完成情况 text: 雨污分流改造…未完成，延至2022年实施) "
          "against the target 完成, yet the row keeps its full 10 points and gives no 偏差原因"),
    ]
    return {"stem": "h111_lianxi_xiangmu", "format": "docx", "blocks": blocks, "gold": golds, "findings": fnd,
            "traps": ["reports 1 and 3 are consistent (no finding)",
                      "预算执行率 × 10: 98.85% → 9.89 (rounding), 93.00% → 9.3, 100.00% → 10",
                      "城市低保月人均补助标准 620 vs ≥620元; 基层综合文化服务中心 8 vs 8个; 改造老旧小区 20 vs 20个",
                      "冒领骗取低保资金案件 未发生 / 文化活动安全事故 0起 full marks",
                      "低保对象满意度 89.1% < 90% loses 1, 长效管理机制 90% loses 2, 群众参与人次 14.2 < 15万 loses 1, "
                      "each with a reason, no numeric rule",
                      "户均改造成本 0.78 = 2287.80 ÷ 2946 ≤ 0.85万元; 其他资金 0.00 / 0.00 printed “—”",
                      "“开展送戏下乡、读书月、广场舞展演等活动” list"]}


ALL.append(h111())


# ============================================================ h112 晋中市榆次区 (XLSX: 部门整体, 三级 first, 一级 late)

def h112():
    dept = "晋中市榆次区自然资源局"
    blk = [("合计", 2846.30, 3012.85, 2918.64),
           ("基本支出", 1624.50, 1688.20, 1702.35),  # PLANT SPENDING_OVER_BUDGET: 执行 1702.35 > 全年预算 1688.20
           ("项目支出", 1221.80, 1324.65, 1216.29)]
    for k in (1, 2, 3):
        assert round(blk[1][k] + blk[2][k], 2) == blk[0][k]
    rate = pct(blk[0][3], blk[0][2])
    assert rate == 96.87
    bs = r2(rate / 10)
    # (一级, 二级, 三级, 目标, 实际, 分值, 得分, 扣分说明) printed as 序号|三级|分值|得分|二级|一级|目标|实际|说明
    ind = [("投入管理", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "得分=预算执行率×分值"),
           ("投入管理", "预算控制", "“三公”经费控制率", "≤100%", "82.6%", 5, 5, ""),
           ("投入管理", "政府采购", "政府采购执行率", "100%", "100%", 5, 5, ""),
           # PLANT ROW_SCORE_OVER_WEIGHT: 10.5 of 10 ("超额完成加0.5分" — no bonus exists in the form)
           ("产出指标", "数量指标", "不动产登记办件量", "≥1.8万件", "2.13万件", 10, 10.5, "超额完成，加0.5分"),
           ("产出指标", "数量指标", "耕地保护目标任务完成率", "100%", "100%", 10, 10, ""),
           ("产出指标", "质量指标", "国土空间规划编制完成率", "100%", "70%", 10, 7, "按完成比例计分：70%×10=7分"),
           ("产出指标", "质量指标", "违法用地查处率", "≥95%", "97.3%", 10, 10, ""),
           ("产出指标", "时效指标", "登记业务办结时限", "≤5个工作日", "5个工作日", 5, 5, ""),
           ("效果指标", "社会效益指标", "地质灾害造成人员伤亡", "0人", "未发生", 10, 10, ""),
           ("效果指标", "经济效益指标", "新增建设用地供应面积", "≥1200亩", "1036亩", 10, 8, "受项目落地进度影响，酌情扣2分"),
           ("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥95%", "93.8%", 15, 13,
            "窗口高峰期排队时间较长，酌情扣2分")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)
    assert total == 93.19
    g_printed = "优"  # PLANT GRADE_OUTSIDE_BANDS: the printed bands put 85 ≤ 93.19 < 95 in 良
    W = 9
    rows = [["2024年度部门整体支出绩效自评表"] + [""] * 8,
            [f"部门名称：{dept}", "", "", "", "", "", "", "金额单位：万元", ""],
            ["一、预算执行情况"] + [""] * 8,
            ["资金类别", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "", "", ""]]
    merges = [(0, 0, 0, 8), (1, 0, 1, 6), (1, 7, 1, 8), (2, 0, 2, 8), (3, 0, 3, 1), (3, 5, 3, 8)]
    for label, i, a, e in blk:
        r = len(rows)
        rows.append([label, "", Num(i, "#,##0.00"), Num(a, "#,##0.00"), Num(e, "#,##0.00"),
                     Num(round(pct(e, a) / 100, 4), "0.00%"), "", "", ""])
        merges += [(r, 0, r, 1), (r, 5, r, 8)]
    r = len(rows)
    rows += [["二、年度总体目标完成情况"] + [""] * 8,
             ["全年完成不动产登记2.13万件，耕地保有量和永久基本农田保护面积全面落实，国土空间总体规划编制完成70%，违法用地查处率97.3%。"]
             + [""] * 8,
             ["三、绩效指标完成情况"] + [""] * 8,
             ["序号", "三级指标", "分值", "得分", "二级指标", "一级指标", "年度指标值", "实际完成值", "扣分说明"]]
    merges += [(r, 0, r, 8), (r + 1, 0, r + 1, 8), (r + 2, 0, r + 2, 8)]
    for k, (l1, l2, l3, t, a, w, s, n) in enumerate(ind):
        rows.append([Num(k + 1), l3, Num(w), Num(s), l2, l1, t, a, n])
    rows.append(["合计", "", Num(100), Num(total, "0.00"), "", "", "", "", ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
    rows.append(["自评等级", "", g_printed, "", "", "", "", "", ""])
    merges += [(len(rows) - 1, 0, len(rows) - 1, 1), (len(rows) - 1, 2, len(rows) - 1, 8)]
    rows.append(["评分说明：等级划分为优（95分及以上）、良（85分（含）—95分）、中（70分（含）—85分）、差（70分以下）。"]
                + [""] * 8)
    merges.append((len(rows) - 1, 0, len(rows) - 1, 8))
    rows.append(["填报人：王××　　审核人：张××　　填报日期：2025年3月21日"] + [""] * 8)
    merges.append((len(rows) - 1, 0, len(rows) - 1, 8))
    t = styled(Table(rows, merges), [6, 26, 7, 7, 14, 11, 13, 13, 30])
    t.first_table_row = 1
    g = gold(None, dept, 2024, "COUNTY", "山西省", "SELF_EVALUATION", None, total, 100, g_printed,
             budget(blk[0][1], blk[0][2], blk[0][3], rate, blk[1][2], blk[1][3], blk[2][2], blk[2][3]), [],
             grows(ind))
    fnd = [
        F("SPENDING_OVER_BUDGET", "基本支出", "基本支出 | 1,624.50 | 1,688.20 | 1,702.35 | 100.84%", "1,702.35",
          "≤ 1,688.20", "HIGH", "WARNING",
          "基本支出 全年执行数 1,702.35 exceeds its 全年预算数 1,688.20 by 14.15 (执行率 100.84%); the 合计 (96.87%) hides it "
          "because 项目支出 is under-spent"),
        F("ROW_SCORE_OVER_WEIGHT", "不动产登记办件量", "不动产登记办件量 | 10 | 10.5 | 超额完成，加0.5分", "10.5", "≤ 10",
          "HIGH", "ERROR", "score 10.5 above the row's 分值 10; the form has no bonus points (the 合计 93.19 counts the 10.5)"),
        F("GRADE_OUTSIDE_BANDS", "自评等级", "合计 100 93.19 | 自评等级 优 | 优（95分及以上）、良（85分（含）—95分）", "优", "良",
          "HIGH", "ERROR",
          "the printed bands put 93.19 (and 92.69 with the over-weight 0.5 removed) in 良 (85–95), not 优 (≥95)"),
    ]
    return {"stem": "h112_yuci_ziran", "format": "xlsx", "sheets": [("自评表", t)], "gold": g, "findings": fnd,
            "traps": ["预算执行率 96.87% × 10 = 9.687 printed 9.69", "96.87% = 2,918.64 ÷ 3,012.85",
                      "国土空间规划编制完成率 70% × 10 = 7 (partial by its printed rule)",
                      "登记业务办结时限 5 vs ≤5个工作日", "地质灾害造成人员伤亡 未发生 full marks",
                      "新增建设用地 1036 < 1200亩 loses 2, 满意度 93.8% < 95% loses 2, 酌情扣分 (no numeric rule)",
                      "基本 + 项目 = 合计 in all three columns; 项目支出 91.82% under budget"]}


ALL.append(h112())


# ============================================================ h113 荆州市沙市区 (PDF: third party, appendix score table)

def h113():
    dept = "荆州市沙市区农业农村局"
    proj = "沙市区2023年农村人居环境整治提升项目"
    unit = "荆州市沙市区乡村振兴服务中心"
    ev = "湖北楚信项目管理咨询有限公司"
    budget_, spent = 1850.00, 1702.00
    true_rate = pct(spent, budget_)
    assert true_rate == 92.00
    stated_rate = 93.20  # PLANT FORMULA: 17,020,000.00 ÷ 18,500,000.00 × 100% = 92.00%, the sentence says 93.20%
    # (一级, 二级, 三级, 目标, 实际, 分值, 得分, 评分标准)
    ind = [("项目决策", "项目立项", "立项依据充分性", "—", "—", 3, 3, "立项依据充分得3分，每缺一项依据扣1分"),
           ("项目决策", "项目立项", "立项程序规范性", "—", "—", 2, 2, "程序规范、审批文件齐全得2分，否则酌情扣分"),
           ("项目决策", "绩效目标", "绩效目标合理性", "—", "—", 3, 2.5,
            "目标与实际工作内容相关、与预算匹配的得满分，否则酌情扣分"),
           ("项目决策", "绩效目标", "绩效指标明确性", "—", "—", 3, 3, "指标细化、量化、可衡量的得满分，否则酌情扣分"),
           ("项目决策", "资金投入", "预算编制科学性", "—", "—", 2, 2, "预算经过论证、测算依据充分得2分"),
           ("项目决策", "资金投入", "资金分配合理性", "—", "—", 2, 2, "分配依据充分、额度与任务匹配得2分"),
           ("项目过程", "资金管理", "资金到位率", "100%", "100%", 4, 4, "资金到位率×4分"),
           ("项目过程", "资金管理", "预算执行率", "≥95%", f"{true_rate:.2f}%", 5, 3.5,
            "执行率≥95%得满分，每低于1个百分点扣0.5分"),
           ("项目过程", "资金管理", "资金使用合规性", "合规", "合规", 4, 4, "发现违规使用资金的不得分"),
           ("项目过程", "组织实施", "管理制度健全性", "健全", "健全", 3, 3, "制度健全得3分，每缺一项扣1分"),
           ("项目过程", "组织实施", "制度执行有效性", "有效", "2处资料不全", 4, 3, "每发现一处问题扣0.5分"),
           ("项目产出", "产出数量", "农村户厕改造数量", "≥3000户", "3120户", 10, 10, "完成目标得满分，未完成按比例计分"),
           ("项目产出", "产出数量", "村庄清洁行动覆盖行政村", "62个", "62个", 8, 8, "全覆盖得满分，每少1个扣0.5分"),
           # PLANT RULE_SCORE: 91% is 4 points below 95% → 8 − 4 × 1 = 4, printed 6
           ("项目产出", "产出质量", "户厕改造验收合格率", "≥95%", "91%", 8, 6, "达到目标值得满分，每低于1个百分点扣1分"),
           ("项目产出", "产出时效", "项目完成及时性", "按期完成", "按期完成", 7, 7, "按期完成得满分，逾期不得分"),
           ("项目产出", "产出成本", "户厕改造户均成本", "≤3500元", "3420元", 7, 7, "不超过标准得满分，超出酌情扣分"),
           ("项目效益", "社会效益", "农村生活垃圾无害化处理率", "≥90%", "93.6%", 8, 8, "达到目标值得满分"),
           ("项目效益", "生态效益", "农村生活污水治理率", "≥40%", "38.2%", 6, 5, "达到目标值得满分，未达到酌情扣分"),
           ("项目效益", "可持续影响", "长效管护机制", "建立", "已建立，包括村级保洁员、积分制管理等", 5, 5,
            "机制健全得满分，否则酌情扣分"),
           ("项目效益", "满意度", "受益群众满意度", "≥90%", "92.3%", 6, 6, "≥90%得满分，每低1个百分点扣1分")]
    names = ["项目决策", "项目过程", "项目产出", "项目效益"]
    secs = []
    for n in names:
        m = [r for r in ind if r[0] == n]
        secs.append([n, s2(m, 5), s2(m, 6)])
    assert [s[1] for s in secs] == [15, 20, 40, 25] and secs[1][2] == 17.5
    secs[1][2] = 18.5  # PLANT SECTION_VS_ROWS: 过程 items add to 17.5, its 小计 prints 18.5 (and the total follows it)
    total = round(sum(s[2] for s in secs), 2)
    assert total == 95.0
    rows = [["一级指标", "二级指标", "三级指标", "分值", "评分标准", "目标值", "实际完成值", "得分"]]
    merges = []
    for n, w, sc in secs:
        start = len(rows)
        for l1, l2, l3, t, a, wt, s, rule in ind:
            if l1 == n:
                rows.append([l1, l2, l3, fmt(wt), rule, t, a, fmt(s)])
        merges += group_merges(rows, [0, 1], start)
        rows.append(["小计", "", "", fmt(w), "", "", "", fmt(sc)])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    rows.append(["合计", "", "", "100", "", "", "", f"{total:.1f}"])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    table = styled(Table(rows, merges), [1.7, 1.6, 2.6, 1.0, 4.2, 1.5, 2.4, 1.1], header_rows=1)
    blocks = [Title("沙市区2023年农村人居环境整治提升项目"), Title("绩效评价报告"), "",
              "报告编号：楚信绩评〔2024〕第017号", "", f"委托单位：荆州市沙市区财政局", f"项目单位：{dept}",
              f"评价机构：{ev}", "", "二〇二四年五月", PageBreak(),
              Title("沙市区2023年农村人居环境整治提升项目绩效评价报告"),
              "荆州市沙市区财政局：",
              f"受贵局委托，我公司对{dept}实施的“{proj}”开展了绩效评价，现将评价情况报告如下。",
              "一、项目基本情况",
              f"（一）项目概况。项目由{dept}主管，{unit}具体实施，主要内容为农村户厕改造、村庄清洁行动和农村生活污水治理，"
              "覆盖全区62个行政村。",
              f"（二）资金情况。项目预算资金{budget_:,.2f}万元，均为区级财政资金，当年到位{budget_:,.2f}万元，实际支出"
              f"{spent:,.2f}万元，预算执行率=17,020,000.00÷18,500,000.00×100%={stated_rate:.2f}%。",
              "二、绩效评价工作开展情况",
              "评价组按照《项目支出绩效评价管理办法》（财预〔2020〕10号），从项目决策、项目过程、项目产出和项目效益四个方面设置"
              "评价指标体系，采用资料核查、现场勘查与问卷调查相结合的方法，抽查12个行政村、发放满意度问卷420份。",
              "三、综合评价结论",
              f"经评价，该项目综合得分{total:.1f}分，评价等级为“优”。其中项目决策{secs[0][2]}分、项目过程{secs[1][2]}分、"
              f"项目产出{secs[2][2]:g}分、项目效益{secs[3][2]:g}分，详见附件。等级标准：90分（含）以上为优，80分（含）至90分为良，"
              "60分（含）至80分为中，60分以下为差。",
              "四、存在的问题",
              "（一）部分户厕改造质量不高，验收合格率91%，低于95%的目标；（二）预算执行率未达到95%；（三）2个村档案资料不全。",
              "五、相关建议",
              "加强施工过程监管和竣工验收，加快资金支付进度，完善项目档案管理。",
              f"{ev}", "2024年5月20日",
              "附件：沙市区2023年农村人居环境整治提升项目绩效评价指标体系及评分表",
              table,
              "注：“—”表示该指标为定性评价，无目标值。"]
    g = gold(None, dept, 2023, "COUNTY", "湖北省", "THIRD_PARTY_EVALUATION", ev, total, 100, "优",
             budget(None, budget_, spent, stated_rate), secs, grows(ind))
    g = with_project(g, proj, unit)
    fnd = [
        F("FORMULA", "预算执行率", "预算执行率=17,020,000.00÷18,500,000.00×100%=93.20%", "93.20%", "92.00%", "HIGH",
          "ERROR", "17,020,000.00 ÷ 18,500,000.00 = 92.00% (1,702.00 ÷ 1,850.00 万元); the appendix 预算执行率 row prints "
          "92.00% and scores it 3.5, which fits 92.00%"),
        F("SECTION_VS_ROWS", "项目过程", "小计 | 20 | 18.5", "18.5", "17.5", "HIGH", "ERROR",
          "项目过程 rows 4 + 3.5 + 4 + 3 + 3 = 17.5, the 小计 prints 18.5; the 合计 95.0 (and the prose 综合得分95.0分 / "
          "项目过程18.5分) follow the subtotal, rows add to 94.0 with the printed 6 (one problem)"),
        F("RULE_SCORE", "户厕改造验收合格率", "户厕改造验收合格率 | 8 | 每低于1个百分点扣1分 | ≥95% | 91% | 6", "6", "4",
          "HIGH", "ERROR", "95% − 91% = 4 points below → 8 − 4 × 1 = 4, printed 6 (the total would fall by 2 more)"),
    ]
    return {"stem": "h113_shashi_nongye", "format": "pdf", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": ["预算执行率 92.00% → 5 − 3 × 0.5 = 3.5 (partial by rule)",
                      "制度执行有效性 2处 × 0.5 = 1 deducted (rule)", "绩效目标合理性 酌情扣0.5, 污水治理率 38.2% < 40% 酌情扣1 "
                      "(judgement, no numeric rule)", "村庄清洁行动 62 vs 62个", "长效管护机制 “包括村级保洁员、积分制管理等” list",
                      "户均成本 3420 ≤ 3500元", "决策 items have no target/actual (“—”)"]}


ALL.append(h113())


# ============================================================ h114 三明市三元区 (HTML: Word "Save as", gb2312, 2-row header)

def h114():
    dept = "三明市三元区文体旅游局"
    proj = "三元区2022年全民健身设施建设项目"
    unit = "三明市三元区全民健身服务中心"
    funds = [("年度资金总额", 300.00, 320.00, 291.20), ("其中：财政拨款", 280.00, 300.00, 271.20),
             ("其他资金", 20.00, 20.00, 20.00)]
    rate = pct(funds[0][3], funds[0][2])
    assert rate == 91.00
    bs_printed = 9.5  # PLANT BUDGET_ROW_SCORE: 91.00% × 10 = 9.1
    ind = [("产出指标", "数量指标", "新建笼式多功能运动场", "≥6个", "6个", 10, 10, ""),
           ("产出指标", "数量指标", "更新健身路径器材", "≥40套", "42套", 10, 10, ""),
           ("产出指标", "质量指标", "器材安装验收合格率", "100%", "100%", 10, 10, ""),
           # PLANT TARGET_MISSED_FULL_MARKS: 完工 2022年12月底, target 10月底前, full marks, no reason
           ("产出指标", "时效指标", "项目完工时间", "2022年10月底前", "2022年12月底", 10, 10, ""),
           ("产出指标", "成本指标", "运动场单个建设成本", "≤35万元", "33.8万元", 10, 10, ""),
           ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "≥38%", "39.5%", 10, 10, ""),
           ("效益指标", "社会效益指标", "服务覆盖范围", "覆盖全区", "覆盖全区12个乡镇（街道），包括城关、白沙、富兴堡等", 10, 10, ""),
           ("效益指标", "可持续影响指标", "设施日常管护责任落实", "落实", "落实", 10, 10, ""),
           ("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥90%", "88.6%", 10, 9, "部分场地夜间照明不足，已增设灯光")]
    assert s2(ind, 5) == 90
    total = round(bs_printed + s2(ind, 6), 2)
    assert total == 98.5

    td = 'style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"'

    def p(text, align="center"):
        t = text if text else "&nbsp;"
        return (f'<p class=MsoNormal align={align} style="text-align:{align}"><span style="font-size:9.0pt;'
                f'font-family:宋体">{t}</span></p>')

    def cell(text, cs=1, rs=1, align="center", w=None):
        a = (f" colspan={cs}" if cs > 1 else "") + (f" rowspan={rs}" if rs > 1 else "") + \
            (f" width={w}" if w else "")
        return f"  <td{a} valign=middle {td}>{p(text, align)}</td>"

    trs = []

    def tr(*cells):
        trs.append(" <tr>\n" + "\n".join(cells) + "\n </tr>")

    tr(cell("项目名称", 2), cell(proj, 6, align="left"))
    tr(cell("主管部门", 2), cell(dept, 3, align="left"), cell("实施单位", 1), cell(unit, 2, align="left"))
    tr(cell("项目资金<br>（万元）", 1, len(funds) + 1), cell(""), cell("年初预算数"), cell("全年预算数"),
       cell("全年执行数"), cell("分值"), cell("执行率"), cell("得分"))
    for k, (label, i, a, e) in enumerate(funds):
        if k == 0:
            tr(cell(label), cell(f"{i:.2f}"), cell(f"{a:.2f}"), cell(f"{e:.2f}"), cell("10"), cell(f"{rate:.2f}%"),
               cell(f"{bs_printed}"))
        else:
            tr(cell(label), cell(f"{i:.2f}"), cell(f"{a:.2f}"), cell(f"{e:.2f}"), cell("—"), cell(f"{pct(e, a):.2f}%"),
               cell("—"))
    tr(cell("年度总体目标", 2, 2), cell("预期目标", 3), cell("实际完成情况", 3))
    tr(cell("新建笼式多功能运动场6个以上，更新健身路径器材40套以上，10月底前全部完工并投入使用。", 3, align="left"),
       cell("新建笼式多功能运动场6个、更新健身路径器材42套，均已验收合格并向群众免费开放；项目于12月底全部完工。", 3,
            align="left"))
    tr(cell("绩效指标", 3), cell("指标值", 2), cell("分值", 1, 2), cell("得分", 1, 2), cell("偏差原因分析及改进措施", 1, 2))
    tr(cell("一级指标"), cell("二级指标"), cell("三级指标"), cell("年度指标值"), cell("实际完成值"))
    groups = {}
    for r_ in ind:
        groups.setdefault(r_[0], []).append(r_)
    for l1, members in groups.items():
        sub = {}
        for r_ in members:
            sub.setdefault(r_[1], []).append(r_)
        first1 = True
        for l2, ms in sub.items():
            first2 = True
            for (_, _, l3, t, a, w, s, n) in ms:
                cs = []
                if first1:
                    cs.append(cell(l1, 1, len(members)))
                    first1 = False
                if first2:
                    cs.append(cell(l2, 1, len(ms)))
                    first2 = False
                cs += [cell(l3, align="left"), cell(t), cell(a), cell(f"{w}分"), cell(f"{fmt(s)}分"),
                       cell(n, align="left")]
                tr(*cs)
    tr(cell("总分", 5), cell("100分"), cell(f"{total}分"), cell(""))
    tr(cell("自评结论", 2), cell("自评得分98.5分，自评等级为“优”。", 6, align="left"))
    title = f"{proj}支出绩效自评表"
    html = f"""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<title>{title}</title>
<style>
<!--
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;margin-bottom:.0001pt;text-align:justify;text-justify:inter-ideograph;
	font-size:10.5pt;font-family:"Times New Roman",serif;}}
@page WordSection1 {{size:595.3pt 841.9pt;margin:72.0pt 54.0pt 72.0pt 54.0pt;}}
div.WordSection1 {{page:WordSection1;}}
-->
</style>
</head>

<body lang=ZH-CN style='text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:15.6pt'>

<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:16.0pt;font-family:方正小标宋简体'>项目支出绩效自评表</span></b></p>

<p class=MsoNormal align=center style='text-align:center'><span style='font-size:12.0pt;font-family:楷体_GB2312'>（2022年度）</span></p>

<p class=MsoNormal align=right style='text-align:right'><span style='font-size:10.5pt;font-family:宋体'>填报日期：2023年3月28日&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span></p>

<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=640
 style='border-collapse:collapse;border:none'>
{chr(10).join(trs)}
</table>

<p class=MsoNormal><span style='font-size:10.5pt;font-family:宋体'>说明：年度资金总额得分=执行率×分值；总分=资金得分+绩效指标得分。90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。</span></p>

<p class=MsoNormal><span lang=EN-US>&nbsp;</span></p>

</div>

</body>

</html>
"""
    g = gold(None, dept, 2022, "COUNTY", "福建省", "SELF_EVALUATION", None, total, 100, "优",
             budget(funds[0][1], funds[0][2], funds[0][3], rate), [],
             [row(None, None, "年度资金总额", None, f"{rate:.2f}%", 10, bs_printed)] + grows(ind))
    g = with_project(g, proj, unit)
    fnd = [
        F("BUDGET_ROW_SCORE", "年度资金总额", "年度资金总额 | 300.00 | 320.00 | 291.20 | 10 | 91.00% | 9.5", "9.5", "9.1",
          "HIGH", "ERROR", "91.00% (291.20 ÷ 320.00) × 10 = 9.1, printed 9.5 by the form's own rule 得分=执行率×分值; the "
          "总分 98.5 counts the 9.5 (rows with 9.1 give 98.1), one problem"),
        F("TARGET_MISSED_FULL_MARKS", "项目完工时间", "项目完工时间 | 2022年10月底前 | 2022年12月底 | 10分 | 10分", "10分",
          "< 10", "HIGH", "WARNING",
          "completed at the end of December against 10月底前 (two months late, also said in the 实际完成情况 text), full 10 "
          "points and no 偏差原因"),
    ]
    return {"stem": "h114_sanyuan_wenti", "format": "html", "html": html, "gold": g, "findings": fnd,
            "encoding": "gb2312",
            "traps": ["新建笼式多功能运动场 6 vs ≥6个", "服务覆盖范围 “包括城关、白沙、富兴堡等” list",
                      "健身群众满意度 88.6% < 90% loses 1 with a reason (no numeric rule)",
                      "财政拨款 271.20 ÷ 300.00 = 90.40%, 其他资金 100.00%; parts add to 年度资金总额 in all columns",
                      "运动场单个建设成本 33.8 ≤ 35万元"]}


ALL.append(h114())


# ============================================================ h115 宜宾市翠屏区 (DOC: summary table + items in prose)

def h115():
    dept = "宜宾市翠屏区司法局"
    blk = [("合计", 1402.50, 1468.20, 1412.36), ("基本支出", 1088.30, 1105.40, 1096.82),
           ("项目支出", 314.20, 362.80, 315.54)]
    for k in (1, 2, 3):
        assert round(blk[1][k] + blk[2][k], 2) == blk[0][k]
    rate = pct(blk[0][3], blk[0][2])
    assert rate == 96.20
    prose_budget = "1,486.20"  # PLANT SAME_FIGURE_DIFFERS: the 收支表 prints 调整后预算 1,468.20
    bs = r2(rate * 8 / 100)
    assert bs == 7.70
    # (一级, 二级, 三级, 目标, 实际, 分值, 得分, 评分规则/说明)
    ind = [("投入管理", "预算管理", "预算执行率", "100%", f"{rate:.2f}%", 8, bs, "评分规则：执行率×标准分。"),
           ("投入管理", "预算管理", "“三公”经费控制率", "≤100%", "78.3%", 4, 4, ""),
           ("投入管理", "资产管理", "资产管理规范性", "规范", "规范", 4, 4, ""),
           ("投入管理", "财务管理", "财务制度执行情况", "健全有效", "健全有效", 4, 4, ""),
           ("产出指标", "数量指标", "人民调解案件受理数", "≥2000件", "2186件", 8, 8, ""),
           ("产出指标", "数量指标", "法律援助案件办结数", "≥450件", "450件", 8, 8, ""),
           ("产出指标", "数量指标", "普法宣传活动场次", "≥120场", "118场", 6, 5,
            "因2场集中宣传活动受天气影响取消，酌情扣1分。"),
           # PLANT MALFORMED_RULE: the 95%–98% band pays the full 6 points, the same as ≥98%
           ("产出指标", "质量指标", "人民调解成功率", "≥98%", "98.5%", 6, 6,
            "评分规则：调解成功率≥98%得6分；95%（含）至98%得6分；低于95%不得分。"),
           ("产出指标", "质量指标", "社区矫正对象再犯罪率", "≤0.2%", "0.1%", 6, 6, ""),
           ("产出指标", "时效指标", "法律援助案件指派及时率", "100%", "100%", 6, 6, ""),
           ("效果指标", "社会效益指标", "因矛盾纠纷引发的重大群体性事件", "0起", "未发生", 10, 10, ""),
           ("效果指标", "社会效益指标", "公民法治素养", "持续提升", "持续提升", 10, 10, ""),
           ("效果指标", "可持续影响指标", "公共法律服务实体平台覆盖率", "100%", "100%", 10, 10, ""),
           ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥95%", "96.4%", 10, 10, "")]
    names = ["投入管理", "产出指标", "效果指标", "满意度指标"]
    secs = [(n, s2([r for r in ind if r[0] == n], 5), s2([r for r in ind if r[0] == n], 6)) for n in names]
    assert [s[1] for s in secs] == [20, 40, 30, 10]
    total = s2(ind, 6)
    assert total == 98.70
    t1 = [["序号", "评价维度", "标准分", "自评分"]]
    for k, (n, w, s) in enumerate(secs):
        t1.append([str(k + 1), n, fmt(w), fmt(s)])
    t1.append(["合计", "", "100", f"{total:.2f}"])
    t1 = styled(Table(t1, [(len(t1) - 1, 0, len(t1) - 1, 1)]), [1, 3, 2, 2], header_rows=1)
    t2 = [["项目", "年初预算", "调整后预算", "决算支出", "执行率"]]
    for label, i, a, e in blk:
        t2.append([label, f"{i:,.2f}", f"{a:,.2f}", f"{e:,.2f}", f"{pct(e, a):.2f}%"])
    t2 = styled(Table(t2), [3, 2, 2, 2, 2], header_rows=1)
    cn = "一二三四"
    blocks = [Title("宜宾市翠屏区司法局2024年度部门整体支出绩效自评报告"),
              "一、部门基本情况",
              "翠屏区司法局内设办公室、法治督察与行政复议股、人民参与和促进法治股等6个股室，下辖司法所15个、公共法律服务中心1个。"
              "主要职责是统筹推进全面依法治区，负责人民调解、社区矫正、法律援助、普法宣传和公共法律服务体系建设等工作。",
              "二、部门预算收支情况",
              f"2024年全年预算数{prose_budget}万元，决算支出{blk[0][3]:,.2f}万元。其中基本支出决算{blk[1][3]:,.2f}万元，"
              f"主要用于人员工资福利和日常公用经费；项目支出决算{blk[2][3]:,.2f}万元，主要用于法律援助、人民调解以奖代补和社区矫正工作经费。"
              "收支情况见表2。",
              "表2　2024年度部门收支情况表（单位：万元）", t2,
              "三、绩效自评情况",
              "本单位按照区财政局印发的部门整体支出绩效评价指标框架开展自评，指标体系由投入管理、产出指标、效果指标和满意度指标"
              "4个维度构成，标准分合计100分。各维度得分汇总见表1。",
              "表1　部门整体支出绩效自评得分汇总表", t1,
              "各项指标完成情况如下："]
    for k, (n, w, s) in enumerate(secs):
        blocks.append(f"（{cn[k]}）{n}")
        l2s = []
        for r_ in ind:
            if r_[0] == n and r_[1] not in l2s:
                l2s.append(r_[1])
        num = 0
        for j, l2 in enumerate(l2s):
            blocks.append(f"{j + 1}.{l2}")
            for l1, l2_, l3, t, a, wt, sc, note in ind:
                if l1 == n and l2_ == l2:
                    num += 1
                    blocks.append(f"（{num}）{l3}（标准分{fmt(wt)}分）。年度目标：{t}；完成情况：{a}。{note}"
                                  f"本项自评{fmt(sc)}分。")
    blocks += ["四、自评结论",
               f"经自评，翠屏区司法局2024年度部门整体支出绩效自评得分{total:.2f}分，自评等级为“优”"
               "（90分及以上为优，80—90分为良，60—80分为中，60分以下为差）。",
               "五、存在问题及改进措施",
               "一是预算执行进度前松后紧，四季度支出占比偏高；二是普法宣传活动受天气影响未全部按计划开展。下一步将加强预算执行监控，"
               "科学安排活动计划。",
               "宜宾市翠屏区司法局", "2025年4月15日"]
    g = gold(None, dept, 2024, "COUNTY", "四川省", "SELF_EVALUATION", None, total, 100, "优",
             budget(blk[0][1], blk[0][2], blk[0][3], rate, blk[1][2], blk[1][3], blk[2][2], blk[2][3]),
             secs, grows(ind))
    fnd = [
        F("SAME_FIGURE_DIFFERS", "全年预算数", "2024年全年预算数1,486.20万元 | 表2 合计 调整后预算 1,468.20", "1,486.20万元",
          "1,468.20万元", "HIGH", "WARNING",
          "the prose gives the year's budget as 1,486.20万元, 表2 as 1,468.20 (transposed digits); 执行率 96.20% = "
          "1,412.36 ÷ 1,468.20 uses the table figure (1,486.20 would give 95.03%)"),
        F("MALFORMED_RULE", "人民调解成功率", "调解成功率≥98%得6分；95%（含）至98%得6分；低于95%不得分", "95%–98% → 6",
          "< 6", "HIGH", "WARNING",
          "the lower band 95%–98% pays the full 6 points, the same as ≥98%, so the target ≥98% never costs a point; the "
          "row's own score (98.5% → 6) is right either way"),
    ]
    return {"stem": "h115_cuiping_sifa", "format": "doc", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": ["预算执行率 96.20% × 8 = 7.696 printed 7.70", "法律援助案件办结数 450 vs ≥450件",
                      "重大群体性事件 未发生 full marks", "普法宣传活动 118 < 120场 酌情扣1分 (judgement, no rule)",
                      "表1 维度 rows add to their items and to 98.70", "基本 + 项目 = 合计 in all three columns of 表2"]}


ALL.append(h115())


# ============================================================ h116 温州市鹿城区 (PDF drawn: no rules, 一级 as heading lines)

def h116():
    dept = "温州市鹿城区人力资源和社会保障局"
    src = [("合计", 38624500.00, 36718235.60), ("一般公共预算", 37824500.00, 35918235.60),
           ("政府性基金预算", 0.00, 0.00), ("其他资金", 800000.00, 800000.00)]
    for k in (1, 2):
        assert abs(sum(s[k] for s in src[1:]) - src[0][k]) < 0.001
    true_rate = pct(src[0][2], src[0][1])
    assert true_rate == 95.06
    printed_rate = 95.60  # PLANT EXECUTION_RATE: 36,718,235.60 ÷ 38,624,500.00 = 95.06%
    rates = [f"{printed_rate:.2f}%", f"{pct(src[1][2], src[1][1]):.2f}%",
             "100.00%",  # PLANT RATE_OVER_ZERO_BASE: 0.00 ÷ 0.00 printed 100.00%
             f"{pct(src[3][2], src[3][1]):.2f}%"]
    bs = r2(printed_rate / 10)
    # (一级, 二级, 三级, 目标, 实际, 分值, 得分, 得分率 printed)
    ind = [("预算执行", "资金执行", "预算执行率", "100%", f"{printed_rate:.2f}%", 10, bs, None),
           ("产出指标", "数量指标", "城镇新增就业人数", "≥1.2万人", "1.35万人", 10, 10, None),
           ("产出指标", "数量指标", "职业技能培训人次", "≥8000人次", "8426人次", 8, 8, None),
           ("产出指标", "质量指标", "城镇登记失业率", "≤3.5%", "2.8%", 8, 8, None),
           ("产出指标", "质量指标", "劳动人事争议仲裁结案率", "≥92%", "93.1%", 8, 8, None),
           ("产出指标", "时效指标", "社保待遇按时足额发放率", "100%", "100%", 6, 6, None),
           ("效益指标", "社会效益指标", "零就业家庭", "动态清零", "动态清零", 10, 10, None),
           ("效益指标", "社会效益指标", "重大欠薪群体性事件", "0起", "未发生", 10, 10, None),
           ("效益指标", "社会效益指标", "基本养老保险参保率", "≥95%", "94.2%", 10, 9, None),
           ("效益指标", "可持续影响指标", "公共就业服务平台运行", "持续运行", "持续运行", 10, 10, None),
           # PLANT SCORE_RATE: 5 ÷ 6 = 83.33%, printed 85.33%
           ("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥90%", "88.6%", 6, 5, "85.33%"),
           ("满意度指标", "服务对象满意度指标", "用人单位满意度", "≥90%", "92%", 4, 4, None)]
    names = ["预算执行", "产出指标", "效益指标", "满意度指标"]
    secs = [(n, s2([r for r in ind if r[0] == n], 5), s2([r for r in ind if r[0] == n], 6)) for n in names]
    total = s2(ind, 6)
    assert total == 97.56 and s2(ind, 5) == 100
    cn = "一二三四"

    def money(x):
        return f"{x:,.2f}"

    lines = []
    for k, (n, w, s) in enumerate(secs):
        lines.append(("H", f"{cn[k]}、{n}（分值{fmt(w)}分，得分{fmt(s)}分）"))
        for l1, l2, l3, t, a, wt, sc, rp in ind:
            if l1 == n:
                lines.append(("R", [l2, l3, t, a, fmt(wt), fmt(sc), rp or f"{pct(sc, wt):.2f}%"]))
    d = {"title": "2021年度部门整体支出绩效自评表",
         "info": [f"填报单位：{dept}", "金额单位：元"],
         "budget_head": ["资金来源", "全年预算数", "全年执行数", "执行率"],
         "budget_rows": [[lab, money(b), money(e), r] for (lab, b, e), r in zip(src, rates)],
         "goal": ["年度总体目标完成情况：全年城镇新增就业1.35万人，开展职业技能培训8426人次，城镇登记失业率控制在2.8%，",
                  "社会保险待遇按时足额发放，劳动人事争议仲裁结案率93.1%，未发生重大欠薪群体性事件。"],
         "head": ["二级指标", "三级指标", "年度目标值", "实际完成值", "分值", "得分", "得分率"],
         "lines": lines,
         "total": ["合计", "", "", "", "100", f"{total:.2f}", f"{total:.2f}%"],
         "after": ["自评等级：优（90分及以上为优，80—89.99分为良，60—79.99分为中，60分以下为差）",
                   "说明：预算执行率得分=执行率×分值；其余指标达到目标值得满分，未达到的视完成情况酌情扣分。",
                   "单位负责人：陈××　　财务负责人：林××　　填表人：郑××　　填报日期：2022年3月30日"]}
    g = gold(None, dept, 2021, "COUNTY", "浙江省", "SELF_EVALUATION", None, total, 100, "优",
             budget(None, src[0][1] / 10000, src[0][2] / 10000, printed_rate), secs, grows(ind))
    fnd = [
        F("EXECUTION_RATE", "执行率", "合计 | 38,624,500.00 | 36,718,235.60 | 95.60%", "95.60%", "95.06%", "HIGH", "ERROR",
          "36,718,235.60 ÷ 38,624,500.00 = 95.06%, printed 95.60% in the budget block and on the 预算执行率 row; the row's "
          "9.56 = 95.60% × 10 follows the wrong rate (9.51 with 95.06%): one problem"),
        F("SCORE_RATE", "办事群众满意度", "办事群众满意度 | 6 | 5 | 85.33%", "85.33%", "83.33%", "HIGH", "ERROR",
          "5 ÷ 6 = 83.33%, the 得分率 column prints 85.33%"),
        F("RATE_OVER_ZERO_BASE", "政府性基金预算", "政府性基金预算 | 0.00 | 0.00 | 100.00%", "100.00%", "— (0 ÷ 0)", "HIGH",
          "WARNING", "a 执行率 printed over a zero budget (0.00 ÷ 0.00 is undefined); no score depends on it"),
    ]
    return {"stem": "h116_lucheng_renshe", "format": "pdf", "drawn116": d, "gold": g, "findings": fnd,
            "traps": ["一般公共预算 94.96%, 其他资金 100.00% on a real base; parts add to 合计 in both columns",
                      "every other 得分率 = 得分 ÷ 分值 (90.00% for 养老保险参保率 9 of 10)",
                      "合计 得分率 97.56% = 97.56 ÷ 100", "重大欠薪群体性事件 未发生 full marks",
                      "养老保险参保率 94.2% < 95% and 群众满意度 88.6% < 90% lose 1 each, 酌情扣分 (no numeric rule)",
                      "section headings (分值/得分) add up to their rows"]}


ALL.append(h116())


# ============================================================ h117 大理市 (TXT: a system export, one record per indicator)

def h117():
    dept = "大理市应急管理局"
    proj = "大理市2023年森林草原防灭火专项经费"
    unit = "大理市应急救援保障中心"
    funds = [("年度资金总额", 520.00, 560.00, 537.60), ("其中：财政拨款", 520.00, 540.00, 517.60),
             ("上年结转资金", 0.00, 20.00, 20.00), ("其他资金", 0.00, 0.00, 0.00)]
    for k in (1, 2, 3):
        assert abs(sum(f[k] for f in funds[1:]) - funds[0][k]) < 0.001
    rate = pct(funds[0][3], funds[0][2])
    assert rate == 96.00
    bs = r2(rate / 10)
    rule_frac = "达成得满分，部分达成得50%，未达成不得分"
    # (一级, 二级, 三级, 目标, 实际, 分值, 得分, 评分标准|偏差原因)
    ind = [("产出指标", "数量指标", "专业扑火队员配备人数", "≥120人", "120人", 10, 10, ""),
           # PLANT RULE_SCORE: 部分达成 → 50% × 8 = 4, printed 6
           ("产出指标", "数量指标", "防火隔离带建设", "达成（100公里）", "部分达成（85公里）", 8, 6,
            f"评分标准：{rule_frac}。偏差原因：部分地段林权争议未解决，15公里顺延至2024年"),
           ("产出指标", "数量指标", "森林防火宣传活动", "≥50场", "56场", 7, 7, ""),
           ("产出指标", "质量指标", "扑火物资储备达标率", "100%", "100%", 8, 8, ""),
           ("产出指标", "时效指标", "火情处置响应时间", "≤30分钟", "25分钟", 8, 8, ""),
           ("产出指标", "成本指标", "防火物资采购成本控制率", "≤100%", "97.4%", 4, 4, ""),
           ("效益指标", "社会效益指标", "森林火灾受害率", "≤0.9‰", "0.12‰", 15, 15, ""),
           ("效益指标", "生态效益指标", "重特大森林草原火灾", "0起", "未发生", 15, 15, ""),
           ("效益指标", "可持续影响指标", "联防联控机制", "健全", "健全，包括州市县乡四级联动、护林员网格化巡护等", 5, 5, ""),
           ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%", "91.2%", 10, 10, "")]
    assert s2(ind, 5) == 90
    total = round(bs + s2(ind, 6), 2)
    assert total == 97.6
    goals = [("目标一", "配备专业、半专业扑火队员120人，建设防火隔离带100公里，储备扑火物资达标；"),
             ("目标二", "开展森林防火宣传50场以上，提高林区群众防火意识；"),
             # PLANT GOAL_LABELS: 目标一, 目标二, 目标二 (目标三 missing, 目标二 repeated)
             ("目标二", "森林火灾受害率控制在0.9‰以内，不发生重特大森林草原火灾。")]
    bar = "=" * 72
    dash = "-" * 72
    L = ["项目支出绩效自评表", "（2023年度）", "",
         "系统名称：云南省预算管理一体化系统——绩效管理模块",
         "导出时间：2024-03-18 15:42:07        导出用户：dlsyjj_cw01        单据状态：已审核", bar,
         "【基本信息】",
         f"  项目名称：{proj}",
         f"  主管部门：{dept}",
         f"  实施单位：{unit}",
         "  项目属性：经常性项目        项目期限：2023-01-01 至 2023-12-31", dash,
         "【项目资金】（单位：万元）",
         "  资金来源            年初预算数    全年预算数    全年执行数    分值    执行率     得分"]
    for k, (lab, i, a, e) in enumerate(funds):
        pad = " " * (20 - len(lab) * 2) if lab else ""
        if k == 0:
            tail = f"{'10':>8}{rate:>9.2f}%{bs:>9}"
        else:
            tail = f"{'—':>7}{'—':>9}{'—':>9}"
        L.append(f"  {lab}{pad}{i:>10.2f}{a:>14.2f}{e:>14.2f}{tail}")
    L += [dash, "【年度总体目标】", "  预期目标："]
    L += [f"    {n}：{t}" for n, t in goals]
    L += ["  实际完成情况：",
          # PLANT BREAKDOWN_SUM: 80 + 30 = 110, not 120
          "    配备专业扑火队员120人（专业队80人、半专业队30人），建成防火隔离带85公里，开展宣传活动56场，全年森林火灾受害率0.12‰，"
          "未发生重特大森林草原火灾。",
          dash, "【绩效指标】（共10项，指标分值合计90分；年度资金总额分值10分）", dash]
    for k, (l1, l2, l3, t, a, w, s, n) in enumerate(ind):
        L += [f"[{k + 1:02d}] 一级指标：{l1}    二级指标：{l2}",
              f"     三级指标：{l3}",
              f"     年度指标值：{t}    全年实际值：{a}",
              f"     分值：{fmt(w)}    得分：{fmt(s)}"]
        if n:
            for part in n.split("。"):
                if part:
                    L.append(f"     {part}")
        else:
            L.append("     偏差原因：—")
        L.append("")
    L += [dash, f"【总分】  分值：100    得分：{total}    自评等级：优", dash,
          "评分说明：年度资金总额得分=执行率×10；等级标准：90（含）—100分为优，80（含）—90分为良，60（含）—80分为中，60分以下为差。",
          "单位负责人：杨××    财务负责人：段××    填表人：李××", "— 第 1 页 / 共 1 页 —", ""]
    text = "\n".join(L)
    g = gold(None, dept, 2023, "COUNTY", "云南省", "SELF_EVALUATION", None, total, 100, "优",
             budget(funds[0][1], funds[0][2], funds[0][3], rate), [],
             [row(None, None, "年度资金总额", None, f"{rate:.2f}%", 10, bs)] + grows(ind))
    g = with_project(g, proj, unit)
    fnd = [
        F("RULE_SCORE", "防火隔离带建设", "防火隔离带建设 | 达成（100公里） | 部分达成（85公里） | 分值：8 | 得分：6 | "
          "达成得满分，部分达成得50%，未达成不得分", "6", "4", "HIGH", "ERROR",
          "the row's own rule: 部分达成 earns 50% of 8 = 4, printed 6 (the 总分 would be 95.6)"),
        F("BREAKDOWN_SUM", "实际完成情况", "配备专业扑火队员120人（专业队80人、半专业队30人）", "120人", "110人", "HIGH",
          "ERROR", "80 + 30 = 110, not 120 (the [01] row also gives 120人)"),
        F("GOAL_LABELS", "年度总体目标", "目标一 | 目标二 | 目标二", "目标一, 目标二, 目标二", "目标一, 目标二, 目标三", "HIGH",
          "WARNING", "the third goal repeats the label 目标二; 目标三 is missing"),
    ]
    return {"stem": "h117_dali_yingji", "format": "txt", "text": text, "gold": g, "findings": fnd,
            "traps": ["专业扑火队员配备人数 120 vs ≥120人", "执行率 96.00% × 10 = 9.6 (537.60 ÷ 560.00)",
                      "重特大森林草原火灾 未发生 full marks", "联防联控机制 “包括…等” list",
                      "森林火灾受害率 0.12‰ ≤ 0.9‰", "fund parts add to 年度资金总额 in all three columns"]}


ALL.append(h117())


# ============================================================ h118 合肥市包河区 (DOCX: prose-only 自评报告, quoted items)

def h118():
    dept = "合肥市包河区城市管理局"
    bud = (6842.15, 6589.03, 2316.48, 2298.70, 4525.67, 4290.33)
    assert round(bud[2] + bud[4], 2) == bud[0] and round(bud[3] + bud[5], 2) == bud[1]
    rate = pct(bud[1], bud[0])
    assert rate == 96.30
    bs = r2(rate / 10)
    ind = [("投入管理指标", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "按“执行率×10”计分，"),
           ("投入管理指标", "预算管理", "“三公”经费控制率", "≤100%", "91.2%", 5, 5, ""),
           ("投入管理指标", "预算管理", "政府采购执行率", "100%", "100%", 5, 5, ""),
           ("产出指标", "数量指标", "道路清扫保洁面积", "不低于1,280万平方米", "1,296万平方米", 10, 10, ""),
           ("产出指标", "质量指标", "生活垃圾无害化处理率", "100%", "100%", 10, 10, ""),
           # PLANT TARGET_MET_POINTS_LOST: 97.6% meets ≥95%, 9 of 10, no reason, no rule
           ("产出指标", "质量指标", "市容环境问题处置率", "不低于95%", "97.6%", 10, 9, ""),
           ("产出指标", "数量指标", "新增公共停车泊位", "不少于1,500个", "1,462个", 10, 9,
            "主要是2处地块征迁滞后，扣1分，"),
           ("效益指标", "社会效益指标", "数字城管案件结案率", "不低于95%", "96.8%", 10, 10, ""),
           ("效益指标", "社会效益指标", "城市管理领域重大安全事故", "0起", "0起", 10, 10, "全年未发生此类事故，"),
           ("效益指标", "社会效益指标", "市容市貌考核排名", "全市前三", "全市第二", 10, 10, ""),
           ("满意度指标", "服务对象满意度指标", "市民满意度", "不低于90%", "92.4%", 8, 8, "")]
    names = ["投入管理指标", "产出指标", "效益指标", "满意度指标"]
    secs = [(n, s2([r for r in ind if r[0] == n], 5), s2([r for r in ind if r[0] == n], 6)) for n in names]
    wsum = s2(ind, 5)
    assert wsum == 98  # PLANT WEIGHTS_VS_FULL_MARK: the report says the system totals 100分
    total = s2(ind, 6)
    assert total == 95.63
    cn = "一二三四"
    blocks = [Title("合肥市包河区城市管理局2025年度部门整体支出绩效自评报告"),
              "一、部门概况",
              "包河区城市管理局是区政府工作部门，承担全区市容环境卫生、市政设施管理、城市管理综合执法和数字化城市管理等职责，"
              "内设机构7个，下属事业单位3个。",
              "二、预算执行情况",
              f"2025年度部门全年预算数{bud[0]:,.2f}万元，其中基本支出{bud[2]:,.2f}万元、项目支出{bud[4]:,.2f}万元；"
              f"全年执行数{bud[1]:,.2f}万元，其中基本支出{bud[3]:,.2f}万元、项目支出{bud[5]:,.2f}万元，预算执行率{rate:.2f}%。",
              "三、绩效指标完成情况",
              "我局对照年初批复的部门整体绩效目标，从投入管理、产出、效益、满意度四个方面设置评价指标，指标体系总分100分。"
              "各项指标完成情况如下："]
    for k, (n, w, s) in enumerate(secs):
        blocks.append(f"（{cn[k]}）{n}（满分{fmt(w)}分，自评{fmt(s)}分）")
        for l1, l2, l3, t, a, wt, sc, note in ind:
            if l1 == n:
                q = l3 if l3.startswith("“") else f"“{l3}”"  # “三公”经费控制率 is not quoted twice
                blocks.append(f"{q}指标，属{l2}，年度目标值为{t}，实际完成{a}，该指标满分{fmt(wt)}分，{note}"
                              f"自评得{fmt(sc)}分。")
    blocks += ["四、自评结论",
               f"综上，我局2025年度部门整体支出绩效自评得分{total}分，自评等级为“优”（得分90分以上为“优”，80—90分为“良”，"
               "60—80分为“中”，60分以下为“差”）。",
               "五、存在的问题和改进方向",
               "一是部分停车泊位建设受征迁影响进度滞后；二是项目支出执行进度不够均衡。下一步将加强与属地街道的协调，"
               "建立支出进度月度通报机制。",
               "合肥市包河区城市管理局", "2026年3月20日"]
    g = gold(None, dept, 2025, "COUNTY", "安徽省", "SELF_EVALUATION", None, total, 100, "优",
             budget(None, bud[0], bud[1], rate, bud[2], bud[3], bud[4], bud[5]), secs, grows(ind))
    fnd = [
        F("WEIGHTS_VS_FULL_MARK", "指标体系总分", "指标体系总分100分 | 满分20分 / 40分 / 30分 / 8分", "100", "98", "HIGH",
          "ERROR", "the four sections' 满分 20 + 40 + 30 + 8 = 98 (and so do the eleven items), the text says the system "
                   "totals 100分; the 95.63 is scored out of 98"),
        F("TARGET_MET_POINTS_LOST", "市容环境问题处置率", "“市容环境问题处置率”指标，…年度目标值为不低于95%，实际完成97.6%，该指标满分10分，"
          "自评得9分", "9", "10", "HIGH", "WARNING",
          "97.6% meets the target 不低于95% yet 1 point is taken off, with no reason and no printed rule"),
    ]
    return {"stem": "h118_baohe_chengguan", "format": "docx", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": ["预算执行率 96.30% × 10 = 9.63 (rule in the text)", "96.30% = 6,589.03 ÷ 6,842.15",
                      "基本 + 项目 = 全年 in both figures; each part under its budget",
                      "新增公共停车泊位 1,462 < 1,500 loses 1 with a reason (no numeric rule)",
                      "城市管理领域重大安全事故 0起 vs 0起, “全年未发生此类事故” full marks", "市容市貌 全市第二 meets 全市前三",
                      "section sentences (满分/自评) add up to their items"]}


ALL.append(h118())
