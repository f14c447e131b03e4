#!/usr/bin/python3
"""Round 21 (h159–h163): issue-9 layouts not used before, each with PLANTED issue-10 problems, made apart from the
code by the corpus21 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; heldout14.write_gold refuses a report whose own recomputation
(heldout4.recheck) finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports21.py [h159 …]
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, note).
"""
import html as HT
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402
from heldout import Table, Title, PageBreak, group_merges, fmt, row, budget, gold  # noqa: E402
from reports3_a import Num  # noqa: E402
from reports4 import styled, pct, F  # noqa: E402

H.A.LO_PROFILE = "file:///tmp/jixiao_heldout21_lo"
ALL = []


def s2(ind, k):
    return round(sum(r[k] for r in ind) + 1e-9, 2)


def r2(x):
    return round(x + 1e-9, 2)


def with_project(g, project, unit):
    out = {}
    for k, v in g.items():
        out[k] = v
        if k == "department":
            out["project"] = project
            out["implementingUnit"] = unit
    return out


def grows(ind):
    def v(x):
        return None if x in ("", "—", None) else x
    return [row(v(l1), v(l2), l3, v(t), v(a), w, s) for (l1, l2, l3, t, a, w, s, _) in ind]


class Tab:
    def __init__(self, W):
        self.W, self.rows, self.merges = W, [], []

    def add(self, cells, spans=()):
        r = len(self.rows)
        self.rows.append(list(cells) + [""] * (self.W - len(cells)))
        self.merges.extend((r, c1, r, c2) for c1, c2 in spans)
        return r


BANDS = "综合得分90分（含）以上为“优”，80分（含）—90分为“良”，60分（含）—80分为“中”，60分以下为“差”。"


# ============================================================ h159 上海市金山区 (DOCX, 2 tables: goals+budget, indicators)

def h159():
    dept = "上海市金山区绿化和市容管理局"
    unit = "上海市金山区环境卫生管理所"
    proj = "2023年金山区生活垃圾分类运营补贴"
    ib, ab, eb = 1080.00, 1200.00, 1152.00
    rate = pct(eb, ab)  # 96.00
    rate_s = "96.50%"  # PLANT EXECUTION_RATE: 1,152.00 ÷ 1,200.00 = 96.00%
    bs = r2(rate / 10)  # 9.6
    goals = [("目标1", "全区湿垃圾分出量达到每日260吨以上，可回收物回收量达到每日120吨以上。",
              "湿垃圾日均分出量260吨，可回收物日均回收量126吨。"),
             ("目标2", "居住区垃圾分类达标率保持95%以上，分类准确率达到95%以上。",
              "居住区分类达标率96.8%，分类准确率93.8%。"),
             ("目标4", "中转站、压缩站全年安全运行，居民对垃圾分类工作满意度达到90%以上。",  # PLANT GOAL_LABELS
              "全年未发生安全生产事故，居民满意度92.3%。")]
    ind = [("产出指标", "数量指标", "湿垃圾日均分出量", "≥260吨", "260吨", 10, 10, ""),
           ("产出指标", "数量指标", "可回收物日均回收量", "≥120吨", "126吨", 10, 10, ""),
           ("产出指标", "数量指标", "分类驳运车辆配置数", "≥48辆", "50辆", 5, 5, ""),
           ("产出指标", "质量指标", "居住区垃圾分类达标率", "≥95%", "96.8%", 10, 10, ""),
           ("产出指标", "质量指标", "生活垃圾分类准确率", "≥95%", "93.8%", 10, 10,  # PLANT TARGET_MISSED_FULL_MARKS
            "部分老旧小区混投现象仍有反弹"),
           ("产出指标", "时效指标", "补贴资金按季拨付率", "100%", "100%", 5, 5, ""),
           ("效益指标", "社会效益指标", "中转站安全生产事故", "0起", "未发生", 10, 10, ""),
           ("效益指标", "生态效益指标", "生活垃圾资源化利用率", "≥45%", "44%", 10, 9.78, "可回收物价格下行，部分回收点暂停收运"),
           ("效益指标", "可持续影响指标", "分类长效管理机制", "健全", "健全", 5, 5, ""),
           ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "92.3%", 15, 15, "")]
    full = [("", "", "预算执行率", "", rate_s, 10, bs, "")] + ind
    assert s2(full, 5) == 100
    total = s2(full, 6)  # 99.38
    g = with_project(gold(None, dept, 2023, "COUNTY", "上海市", "SELF_EVALUATION", None, total, 100, "优",
                          budget(ib, ab, eb, 96.50), [], grows(full)), proj, unit)
    T = Tab(6)
    T.add(["项目名称", proj, "", "", "", ""], [(1, 5)])
    T.add(["主管部门", dept, "", "实施单位", unit, ""], [(1, 2), (4, 5)])
    T.add(["项目负责人", "顾××", "", "联系电话", "021-57××××××", ""], [(1, 2), (4, 5)])
    b0 = T.add(["资金执行情况（万元）", "年初预算数", fmt(f"{ib:,.2f}"), "全年预算数", f"{ab:,.2f}", ""], [(4, 5)])
    T.add(["", "全年执行数", f"{eb:,.2f}", "预算执行率", rate_s, ""], [(4, 5)])
    T.add(["", "分值", "10", "得分", fmt(bs), ""], [(4, 5)])
    T.merges.append((b0, 0, b0 + 2, 0))
    g0 = T.add(["年度绩效目标", "序号", "年初设定目标", "", "全年实际完成情况", ""], [(2, 3), (4, 5)])
    for lab, plan, done in goals:
        T.add(["", lab, plan, "", done, ""], [(2, 3), (4, 5)])
    T.merges.append((g0, 0, len(T.rows) - 1, 0))
    t1 = styled(Table(T.rows, T.merges), [3.0, 2.4, 4.0, 2.6, 4.0, 1.0])
    U = Tab(9)
    U.add(["序号", "一级指标", "二级指标", "三级指标", "年度目标值", "分值", "实际完成值", "得分", "偏差原因分析"])
    st = 1
    for k, (l1, l2, l3, t, av, w, s, n) in enumerate(ind):
        U.add([str(k + 1), l1, l2, l3, t, fmt(w), av, fmt(s), n])
    U.merges += group_merges(U.rows, [1, 2], st)
    U.add(["合计（含预算执行率10分）", "", "", "", "", "100", "", fmt(total), ""], [(0, 4)])
    U.add(["自评等级", "", "", "", "优", "", "", "", ""], [(0, 3), (4, 8)])
    t2 = styled(Table(U.rows, U.merges), [1.0, 2.0, 2.2, 3.4, 2.0, 1.2, 2.0, 1.2, 3.6], header_rows=1)
    blocks = [Title("项目支出绩效自评表"), "（2023年度）",
              f"填报单位（盖章）：{unit}　　　　　　　　　　填报日期：2024年3月22日",
              "一、项目基本信息、资金执行及年度绩效目标", t1,
              "二、绩效指标完成情况", t2,
              "说明：1.预算执行率得分=全年执行数÷全年预算数×10分；2.定量指标未达年度目标值的，按完成比例计分；"
              "3." + BANDS]
    fnd = [F("EXECUTION_RATE", "预算执行率", f"全年预算数 | {ab:,.2f} | 全年执行数 | {eb:,.2f} | 预算执行率 | {rate_s}",
             rate_s, f"{rate:.2f}%", "HIGH", "ERROR",
             f"1,152.00 ÷ 1,200.00 = {rate:.2f}%, printed {rate_s}; the 得分 {fmt(bs)} = {rate:.2f}% × 10 follows the "
             "right rate"),
           F("GOAL_LABELS", "年度绩效目标", "目标1 | 目标2 | 目标4", "目标1、目标2、目标4", "目标1、目标2、目标3",
             "HIGH", "WARNING", "three goals labelled 目标1, 目标2, 目标4: 目标3 is skipped (a goal dropped or mislabelled)"),
           F("TARGET_MISSED_FULL_MARKS", "生活垃圾分类准确率", "生活垃圾分类准确率 | ≥95% | 10 | 93.8% | 10",
             "10", "< 10", "HIGH", "WARNING",
             "93.8% < 95% target, yet full marks 10; by the printed 按完成比例计分 rule 93.8 ÷ 95 × 10 = 9.87 "
             "(the 合计 99.38 adds the 10; the goal text also reports 93.8%)")]
    return {"stem": "h159_jinshan_lvrong", "format": "docx", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": ["湿垃圾日均分出量 260 vs ≥260吨 (met exactly)", "中转站安全生产事故 0起 vs 未发生, full marks",
                      "生活垃圾资源化利用率 44% vs ≥45%: 44 ÷ 45 × 10 = 9.778 printed 9.78 (printed 按完成比例 rule, rounding)",
                      "预算执行率 score 9.6 = 96.00% × 10 (right); 合计 9.6 + 89.78 = 99.38 right; 优"]}


ALL.append(h159())


# ============================================================ h160 琼海市教育局 (XLS, 部门整体, 一级 merged, 小计 + 合计)

def h160():
    dept = "琼海市教育局"
    ib, ab, eb = 20980.00, 21356.40, 21588.12  # PLANT SPENDING_OVER_BUDGET: 基本支出 21,588.12 > 21,356.40
    ip, ap, ep = 7600.00, 9820.60, 8742.30
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    rate = pct(ea, aa)
    bs = r2(rate / 10)
    rule_train = "每低1个百分点扣0.5分"
    ind = [("投入", "预算配置", "财政供养人员控制率", "≤100%", "98.6%", 5, 5, "", "≤100%得满分，否则不得分"),
           ("投入", "预算配置", "“三公经费”变动率", "≤0", "-3.2%", 5, 5, "", "≤0得满分"),
           ("投入", "预算配置", "重点支出安排率", "≥60%", "71.4%", 5, 5, "", "达标得满分"),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "", "得分=执行率×分值"),
           ("过程", "预算执行", "结转结余率", "≤5%", "3.6%", 5, 5, "", "≤5%得满分"),
           ("过程", "预算管理", "政府采购执行率", "100%", "100%", 5, 5, "", "100%得满分"),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 5, 4, "2所学校固定资产账实不符", "视情况扣分"),
           ("产出", "职责履行", "义务教育巩固率", "≥97%", "98.9%", 10, 10, "", "达标得满分"),
           ("产出", "职责履行", "高中阶段毛入学率", "≥92%", "93.5%", 8, 8, "", "达标得满分"),
           ("产出", "职责履行", "校舍维修改造面积", "≥2.4万平方米", "2.4万平方米", 7, 7, "", "达标得满分"),
           ("产出", "职责履行", "中小学教师培训完成率", "100%", "96%", 5, 3, "部分乡村教师因教学任务未参训", rule_train),
           ("效益", "社会效益", "控辍保学动态清零", "清零", "清零", 10, 10, "", "达标得满分"),
           ("效益", "社会效益", "学生资助应助尽助率", "100%", "100%", 10, 10, "", "达标得满分"),
           ("效益", "社会效益", "校园安全责任事故", "0起", "未发生", 5, 5, "", "发生1起扣5分"),
           ("效益", "满意度", "学生家长满意度", "≥90%", "88.4%", 5, 4, "部分家长对课后服务时段有意见", "视情况扣分")]
    ind8 = [x[:8] for x in ind]
    assert s2(ind8, 5) == 100
    rows_total = s2(ind8, 6)
    secs = []
    for n in ["投入", "过程", "产出", "效益"]:
        rs = [r for r in ind8 if r[0] == n]
        secs.append([n, s2(rs, 5), s2(rs, 6)])
    out_true = secs[2][2]
    secs[2][2] = r2(out_true + 1)  # PLANT SECTION_VS_ROWS: 产出 小计 rows 10 + 8 + 7 + 3 = 28
    total = r2(rows_total - 1)  # PLANT TOTAL_VS_ROWS: rows add to rows_total (the printed 小计s to rows_total + 1)
    g = gold(None, dept, 2024, "COUNTY", "海南省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), [tuple(s) for s in secs], grows(ind8))
    m = lambda x: Num(x, "#,##0.00")  # noqa: E731
    T = Tab(9)
    T.add(["部门整体支出绩效自评表"], [(0, 8)])
    T.add(["（2024年度）"], [(0, 8)])
    T.add([f"部门名称：{dept}", "", "", "", "", "", "", "金额单位：万元", ""], [(0, 6), (7, 8)])
    b0 = T.add(["预算执行情况", "支出类别", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "备注", ""],
               [(1, 2), (7, 8)])
    for lab, a, b, c in [("合计", ia, aa, ea), ("其中：基本支出", ib, ab, eb), ("项目支出", ip, ap, ep)]:
        T.add(["", lab, "", m(a), m(b), m(c), f"{pct(c, b):.2f}%", "", ""], [(1, 2), (7, 8)])
    T.merges.append((b0, 0, len(T.rows) - 1, 0))
    T.add(["一级指标", "二级指标", "三级指标", "分值", "指标值", "实际值", "评分标准", "得分", "扣分原因"])
    st = len(T.rows)
    for sn, w, s in secs:
        g0 = len(T.rows)
        for l1, l2, l3, t, av, wt, sc, n, rule in ind:
            if l1 == sn:
                T.add([l1, l2, l3, Num(wt), t, av, rule, Num(sc), n])
        T.add([sn, "小计", "", Num(w), "", "", "", Num(s), ""], [(1, 2)])
        T.merges.append((g0, 0, len(T.rows) - 1, 0))
        for r in range(g0 + 1, len(T.rows)):
            T.rows[r][0] = ""
    sub = [(r1, c1, r2_, c2) for r1, c1, r2_, c2 in group_merges([x[:] for x in T.rows], [1], st)
           if T.rows[r1][1] != "小计"]
    for r1, c1, r2_, c2 in sub:
        for r in range(r1 + 1, r2_ + 1):
            T.rows[r][1] = ""
    T.merges += sub
    T.add(["合计", "", "", Num(100), "", "", "", Num(total), ""], [(0, 2)])
    T.add(["自评等级", "", "", "优", "", "", "", "", ""], [(0, 2), (3, 8)])
    T.add(["备注：" + BANDS], [(0, 8)])
    t = styled(Table(T.rows, T.merges), [8, 10, 22, 8, 12, 12, 22, 8, 24])
    t.first_table_row = 3
    sec_p = secs[2]
    fnd = [F("SPENDING_OVER_BUDGET", "其中：基本支出", f"其中：基本支出 | {ib:,.2f} | {ab:,.2f} | {eb:,.2f} | "
             f"{pct(eb, ab):.2f}%", f"{eb:,.2f}万元", f"≤ {ab:,.2f}万元", "HIGH", "WARNING",
             f"基本支出 executed {eb:,.2f} against a 全年预算 of {ab:,.2f} ({pct(eb, ab):.2f}%, {eb - ab:,.2f} over); "
             f"the whole ({ea:,.2f} ≤ {aa:,.2f}) and 项目支出 are under budget"),
           F("SECTION_VS_ROWS", "产出 小计", f"产出 | 小计 | {fmt(sec_p[1])} | {fmt(sec_p[2])}", fmt(sec_p[2]),
             fmt(out_true), "HIGH", "ERROR", "10 + 8 + 7 + 3 = 28 (four 产出 rows), the 小计 prints 29"),
           F("TOTAL_VS_ROWS", "合计", f"合计 | 100 | {fmt(total)}", fmt(total), fmt(rows_total), "HIGH", "ERROR",
             f"15 rows add to {fmt(rows_total)} (投入 15 + 过程 {fmt(secs[1][2])} + 产出 28 + 效益 29); the 合计 prints "
             f"{fmt(total)}; a separate slip from the 产出 小计 (the printed 小计s add to "
             f"{fmt(r2(sum(s[2] for s in secs)))}, not {fmt(total)} either); 优 either way")]
    return {"stem": "h160_qionghai_jiaoyu", "format": "xls", "sheets": [("部门整体自评表", t)], "gold": g,
            "findings": fnd,
            "traps": [f"预算执行率 {ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% × 10 = {rate / 10:.4f} printed {fmt(bs)} (rounding)",
                      "中小学教师培训完成率 96% vs 100%: 4 × 0.5 = 2 → 3 (printed rule pays partial marks, right)",
                      "校舍维修改造面积 2.4 vs ≥2.4万平方米 (met exactly); 校园安全责任事故 0起 vs 未发生 full",
                      "资产管理规范性 −1, 家长满意度 −1: “视情况扣分”, judgement; 项目支出 under budget; 投入/过程/效益 小计 right"]}


ALL.append(h160())


# ============================================================ h161 北京市房山区 (PDF, third-party 部门整体 report, 目录, 附件：评分表)

def h161():
    dept = "北京市房山区城市管理委员会"
    agency = "北京永信恒达会计师事务所有限公司"
    ia = 15900.00
    ab, eb, ap, ep = 6210.30, 6102.86, 12233.70, 11445.34
    aa, ea = r2(ab + ap), r2(eb + ep)  # 18,444.00 / 17,548.20
    rate = pct(ea, aa)
    bs = r2(rate / 10)
    adj = pct(aa - ia, ia)  # 16.00
    assert adj == 16.00
    adj_true = r2(5 - (adj - 10) * 0.5)  # 2
    adj_printed = 3  # PLANT RULE_SCORE: (16.00 − 10) × 0.5 = 3 deducted → 2
    aa_prose = "18,464.00"  # PLANT SAME_FIGURE_DIFFERS: 第二章 table and 评分表 print 18,444.00
    rule_adj = "预算调整率≤10%得满分，每超过1个百分点扣0.5分，扣完为止"
    # (一级, 二级, 三级, 分值, 评分标准, 评价结果, 得分)
    T7 = [("投入", "目标设定", "绩效目标合理性", 4, "目标与部门职责相符、依据充分、量化可考核的得满分",
           "部分效益目标未量化", 3.5),
          ("投入", "目标设定", "绩效指标明确性", 3, "指标清晰、细化、可衡量的得满分", "指标清晰可衡量", 3),
          ("投入", "预算配置", "预算编制科学性", 4, "预算编制依据充分、测算合理的得满分", "编制依据充分", 4),
          ("投入", "预算配置", "在职人员控制率", 4, "≤100%得满分，否则不得分", "在职人员控制率97.3%", 4),
          ("过程", "预算执行", "预算执行率", 10, "得分=预算执行率×分值", f"预算执行率{rate:.2f}%", bs),
          ("过程", "预算执行", "预算调整率", 5, rule_adj, f"预算调整率{adj:.2f}%", adj_printed),
          ("过程", "预算执行", "公用经费控制率", 5, "≤100%得满分", "公用经费控制率94.6%", 5),
          ("过程", "预算管理", "政府采购执行率", 5, "100%得满分", "政府采购执行率100%", 5),
          ("过程", "资产管理", "资产管理规范性", 5, "账实相符、处置规范的得满分，发现问题酌情扣分",
           "部分环卫车辆未及时办理报废处置", 4),
          ("产出", "职责履行", "环卫作业质量达标率", 8, "≥95%得满分", "达标率97.2%", 8),
          ("产出", "职责履行", "市政设施维修及时率", 8, "100%得满分，每低1个百分点扣1分", "维修及时率99%", 7),
          ("产出", "职责履行", "违法建设拆除任务完成率", 7, "100%得满分", "完成拆除任务32.6万平方米，完成率100%", 7),
          ("产出", "职责履行", "垃圾分类示范小区创建数", 7, "≥40个得满分", "创建示范小区40个", 7),
          ("效益", "社会效益", "城市环境综合排名", 8, "排名不低于上年得满分，发现问题酌情扣分",
           "较上年下降2位", 6),
          ("效益", "社会效益", "市政设施安全责任事故", 7, "发生1起扣7分", "全年未发生", 7),
          ("效益", "社会效益", "群众诉求办结率", 5, "≥95%得满分", "办结率96.4%", 5),
          ("效益", "满意度", "社会公众满意度", 5, "根据问卷调查结果及意见反映情况酌情评分", "满意度90.8%，对背街小巷保洁意见较多", 4.5)]
    ind = [(a, b, c, None, None, w, s, "") for a, b, c, w, _, _, s in T7]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)
    secs = []
    for n in ["投入", "过程", "产出", "效益"]:
        rs = [r for r in ind if r[0] == n]
        secs.append((n, s2(rs, 5), s2(rs, 6)))
    out_rate = "97.67%"  # PLANT SCORE_RATE: 产出 29 ÷ 30 = 96.67%
    grade = "优"
    g = gold(None, dept, 2022, "COUNTY", "北京市", "THIRD_PARTY_EVALUATION", agency, total, 100, grade,
             budget(ia, aa, ea, rate, ab, eb, ap, ep), secs, grows(ind))
    m = lambda x: f"{x:,.2f}"  # noqa: E731
    B = Tab(5)
    B.add(["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"])
    for lab, a, b, c in [("合计", ia, aa, ea), ("基本支出", None, ab, eb), ("项目支出", None, ap, ep)]:
        B.add([lab, m(a) if a else "—", m(b), m(c), f"{pct(c, b):.2f}%"])
    tb = styled(Table(B.rows, B.merges), [3, 3, 3, 3, 2], header_rows=1)
    S = Tab(7)
    S.add(["一级指标", "二级指标", "三级指标", "分值", "评分标准", "评价结果", "得分"])
    for r in T7:
        S.add([r[0], r[1], r[2], fmt(r[3]), r[4], r[5], fmt(r[6])])
    S.merges += group_merges(S.rows, [0, 1], 1)
    S.add(["合计", "", "", "100", "", "", fmt(total)], [(0, 2)])
    ts = styled(Table(S.rows, S.merges), [1.5, 1.8, 3.2, 1.3, 4.2, 3.4, 1.5], header_rows=1)
    toc = [("一、部门基本情况", 1), ("二、绩效评价工作开展情况", 1), ("三、综合评价结论及分析", 1),
           ("四、主要绩效及存在的问题", 1), ("五、有关建议", 1), ("附件：评分表", 2)]
    sec_s = {n: (w, s) for n, w, s in secs}
    secs_sent = []
    for n, w, s in secs:
        r_ = out_rate if n == "产出" else f"{pct(s, w):.2f}%"
        secs_sent.append(f"{n}类指标满分{fmt(w)}分，评价得分{fmt(s)}分，得分率{r_}")
    blocks = [Title("北京市房山区城市管理委员会"), Title("2022年度部门整体支出绩效评价报告"), "",
              "报告文号：永信恒达绩字〔2023〕第0217号", "委托单位：北京市房山区财政局",
              f"评价机构：{agency}", "二〇二三年七月", PageBreak(),
              Title("目　录")] + [f"{t}{'…' * (30 - len(t))}{p}" for t, p in toc] + [PageBreak(),
              Title("2022年度北京市房山区城市管理委员会部门整体支出绩效评价报告"),
              "北京市房山区财政局：",
              f"受贵局委托，{agency}（以下简称“我公司”）对{dept}2022年度部门整体支出开展了绩效评价，现将评价情况报告如下。",
              "一、部门基本情况",
              "（一）部门职能。区城市管理委员会主要负责全区环境卫生、市政设施、城市照明、燃气供热等方面的行业管理，"
              "承担垃圾分类、违法建设治理等工作。",
              f"（二）预算安排及执行情况。2022年年初预算数{m(ia)}万元，年中追加后全年预算数{aa_prose}万元，"
              f"全年执行数{m(ea)}万元。",
              "二、绩效评价工作开展情况",
              "评价工作组依据《北京市市级部门整体支出绩效评价管理办法》，采用资料核查、实地调研和问卷调查相结合的方式，"
              "从投入、过程、产出、效益四个方面设置评价指标体系（附件）。部门预算收支情况如下表（单位：万元）：", tb,
              "三、综合评价结论及分析",
              f"经综合评价，{dept}2022年度部门整体支出绩效评价得分{fmt(total)}分，评价等级为“{grade}”。"
              "评价等级划分：90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。",
              "；".join(secs_sent) + "。",
              "四、主要绩效及存在的问题",
              "（一）主要绩效。全年环卫作业质量达标率97.2%，完成违法建设拆除32.6万平方米，创建垃圾分类示范小区40个，"
              "全年未发生市政设施安全责任事故。",
              f"（二）存在的问题。一是预算调整幅度较大，全年预算较年初增加{m(aa - ia)}万元，预算调整率{adj:.2f}%，"
              "超过10%的控制线；二是资产管理有待加强，部分环卫车辆未及时办理报废处置；三是城市环境综合排名较上年下降2位。",
              "五、有关建议",
              "一是提高预算编制的准确性，减少年中追加；二是完善资产动态管理；三是强化背街小巷环境整治。",
              f"{agency}", "2023年7月18日", PageBreak(),
              Title("附件：评分表"), ts]
    fnd = [F("SAME_FIGURE_DIFFERS", "全年预算数", f"全年预算数{aa_prose}万元 ; 合计 | {m(ia)} | {m(aa)} | {m(ea)}",
             f"{aa_prose}万元", f"{m(aa)}万元", "HIGH", "WARNING",
             f"section 一（二） prose prints the 全年预算数 {aa_prose}, the section 二 table {m(aa)} (= 6,210.30 + 12,233.70); the "
             f"table's rate {rate:.2f}% and the 16.00% adjustment rate follow {m(aa)}"),
           F("SCORE_RATE", "产出", f"产出类指标满分30分，评价得分{fmt(sec_s['产出'][1])}分，得分率{out_rate}", out_rate,
             "96.67%", "HIGH", "ERROR", "29 ÷ 30 = 96.67%, printed 97.67% (the other three rates are right)"),
           F("RULE_SCORE", "预算调整率", f"预算调整率 | 5 | {rule_adj} | 预算调整率{adj:.2f}% | {adj_printed}",
             fmt(adj_printed), fmt(adj_true), "HIGH", "ERROR",
             f"({m(aa)} − {m(ia)}) ÷ {m(ia)} = {adj:.2f}%; 16.00 − 10 = 6 points over × 0.5 = 3 deducted → 5 − 3 = 2, "
             f"printed 3 (the 合计 {fmt(total)} and the 过程 score {fmt(sec_s['过程'][1])} add the 3)")]
    return {"stem": "h161_fangshan_chengguan", "format": "pdf", "blocks": blocks,
            "furniture": "永信恒达绩字〔2023〕第0217号　　北京市房山区城市管理委员会2022年度部门整体支出绩效评价报告", "gold": g, "findings": fnd,
            "traps": [f"预算执行率 {m(ea)} ÷ {m(aa)} = {rate:.2f}% × 10 = {rate / 10:.4f} printed {fmt(bs)} (rounding)",
                      "市政设施维修及时率 99%: 1 × 1 → 7 (printed rule pays partial marks, right)",
                      "市政设施安全责任事故 “全年未发生” full; 垃圾分类示范小区 40 vs ≥40个 (met exactly)",
                      "绩效目标合理性 −0.5, 资产管理 −1, 城市环境排名 −2, 满意度 −0.5: “酌情扣分”, judgement",
                      "the 目录 page numbers; 基本支出 and 项目支出 under budget; the other three 得分率 right"]}


ALL.append(h161())


# ============================================================ h162 拉萨市堆龙德庆区 (HTML, CMS article, 项目 form, budget transposed, 元)

def h162():
    dept = "拉萨市堆龙德庆区农业农村局"
    unit = "堆龙德庆区农牧综合服务中心"
    proj = "2021年堆龙德庆区青稞良种推广补贴项目"
    src = [("中央补助资金", 2400000.00, 2400000.00, 2256000.00), ("自治区补助资金", 600000.00, 800000.00, 720000.00)]
    ia, aa, ea = (r2(sum(x[k] for x in src)) for k in (1, 2, 3))
    rate = pct(ea, aa)  # 93.00
    bs_true = r2(rate / 10)  # 9.3
    bs = 9.5  # PLANT BUDGET_ROW_SCORE: 93.00% × 10 = 9.3
    bad_rule = "良种覆盖率≥95%的得10分；90%≤覆盖率＜85%的得6分；低于85%的不得分"  # PLANT MALFORMED_RULE (empty band)
    ind = [("产出指标", "数量指标", "青稞良种推广面积", "≥12万亩", "12.4万亩", 15, 15, ""),
           ("产出指标", "数量指标", "补贴覆盖农户数", "≥9000户", "9126户", 10, 10, ""),
           ("产出指标", "质量指标", "良种覆盖率", "≥95%", "96%", 10, 10, ""),
           ("产出指标", "质量指标", "种子质量抽检合格率", "100%", "100%", 5, 5, ""),
           ("产出指标", "时效指标", "补贴资金发放及时率", "100%", "100%", 5, 6, ""),  # PLANT ROW_SCORE_OVER_WEIGHT
           ("产出指标", "成本指标", "亩均补贴标准", "≤20元", "20元", 5, 5, ""),
           ("效益指标", "经济效益指标", "青稞单产提高比例", "≥5%", "4.2%", 10, 8, "部分乡镇春播期干旱"),
           ("效益指标", "社会效益指标", "项目区农牧民人均增收", "≥300元", "320元", 10, 10, ""),
           ("效益指标", "可持续影响指标", "良种繁育推广体系", "逐步完善", "基本完善", 5, 4, "乡级繁育基地管护力量不足"),
           ("满意度指标", "服务对象满意度指标", "受益农牧民满意度", "≥90%", "94%", 15, 15, "")]
    full = [("", "", "预算执行率", "—", f"{rate:.2f}%", 10, bs, "")] + ind
    assert s2(full, 5) == 100
    total = s2(full, 6)  # 97.5
    w = lambda x: round(x / 10000, 6)  # noqa: E731
    g = with_project(gold(None, dept, 2021, "COUNTY", "西藏自治区", "SELF_EVALUATION", None, total, 100, "优",
                          budget(w(ia), w(aa), w(ea), rate), [], grows(full)), proj, unit)
    m = lambda x: f"{x:,.2f}"  # noqa: E731
    e = HT.escape
    h = []
    h.append(f"<tr><th>项目名称</th><td colspan=\"7\">{e(proj)}</td></tr>")
    h.append(f"<tr><th>主管部门</th><td colspan=\"3\">{e(dept)}</td><th>实施单位</th><td colspan=\"3\">{e(unit)}</td></tr>")
    h.append("<tr><th rowspan=\"5\">项目资金<br/>（元）</th><th colspan=\"2\">资金来源</th><th>合计</th>"
             + "".join(f"<th colspan=\"2\">{e(x[0])}</th>" for x in src) + "</tr>")
    for k, lab in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
        h.append(f"<tr><td colspan=\"2\">{lab}</td><td class=\"num\">{m((ia, aa, ea)[k - 1])}</td>"
                 + "".join(f"<td class=\"num\" colspan=\"2\">{m(x[k])}</td>" for x in src) + "</tr>")
    h.append(f"<tr><td colspan=\"2\">执行率</td><td class=\"num\">{rate:.2f}%</td>"
             + "".join(f"<td class=\"num\" colspan=\"2\">{pct(x[3], x[2]):.2f}%</td>" for x in src) + "</tr>")
    h.append("<tr><th rowspan=\"2\">年度总体目标</th><th colspan=\"3\">预期目标</th><th colspan=\"4\">实际完成情况</th></tr>")
    h.append("<tr><td colspan=\"3\">推广青稞良种12万亩以上，覆盖农户9000户以上，良种覆盖率达到95%以上，"
             "项目区青稞单产提高5%以上。</td><td colspan=\"4\">推广青稞良种12.4万亩，覆盖农户9126户，良种覆盖率96%，"
             "项目区青稞单产提高4.2%。</td></tr>")
    h.append("<tr><th colspan=\"3\">绩效指标</th><th rowspan=\"2\">分值</th><th rowspan=\"2\">年度指标值</th>"
             "<th rowspan=\"2\">全年实际值</th><th rowspan=\"2\">得分</th><th rowspan=\"2\">未完成原因</th></tr>")
    h.append("<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th></tr>")
    h.append(f"<tr><td colspan=\"3\">预算执行率</td><td class=\"num\">10</td><td>—</td><td>{rate:.2f}%</td>"
             f"<td class=\"num\">{fmt(bs)}</td><td></td></tr>")
    n1 = {}
    n2 = {}
    for r in ind:
        n1[r[0]] = n1.get(r[0], 0) + 1
        n2[(r[0], r[1])] = n2.get((r[0], r[1]), 0) + 1
    seen1, seen2 = set(), set()
    for l1, l2, l3, t, av, wt, sc, note in ind:
        c = ""
        if l1 not in seen1:
            seen1.add(l1)
            c += f"<td rowspan=\"{n1[l1]}\">{l1}</td>" if n1[l1] > 1 else f"<td>{l1}</td>"
        if (l1, l2) not in seen2:
            seen2.add((l1, l2))
            c += f"<td rowspan=\"{n2[(l1, l2)]}\">{l2}</td>" if n2[(l1, l2)] > 1 else f"<td>{l2}</td>"
        c += (f"<td>{l3}</td><td class=\"num\">{fmt(wt)}</td><td>{e(t)}</td><td>{e(av)}</td>"
              f"<td class=\"num\">{fmt(sc)}</td><td>{e(note)}</td>")
        h.append(f"<tr>{c}</tr>")
    h.append(f"<tr class=\"total\"><th colspan=\"3\">合计</th><td class=\"num\">100</td><td></td><td></td>"
             f"<td class=\"num\">{fmt(total)}</td><td>自评等级：优</td></tr>")
    table = "\n".join(h)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(proj)}绩效自评表_财政信息_堆龙德庆区人民政府</title>
<link rel="stylesheet" href="/static/css/common.css">
<style>
.xxgk-table{{border-collapse:collapse;width:100%;font-size:14px}}
.xxgk-table th,.xxgk-table td{{border:1px solid #999;padding:4px 6px}}
.xxgk-table th{{background:#f2f6fa;font-weight:normal}}
.xxgk-table td.num{{text-align:right}}
</style>
</head>
<body>
<div class="header"><div class="logo"><a href="/">拉萨市堆龙德庆区人民政府</a></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/czxx/">财政信息</a> &gt; 绩效评价</div>
<div class="article">
<h1 class="article-title">{e(proj)}绩效自评表</h1>
<div class="article-meta"><span>发布时间：2022-04-15 10:32</span><span>来源：{e(dept)}</span><span>浏览次数：<em id="hits">286</em></span></div>
<div class="article-content">
<p class="tc">项目支出绩效自评表</p>
<p class="tc">（2021年度）</p>
<table class="xxgk-table">
{table}
</table>
<p>说明：</p>
<p>1.预算执行率得分=全年执行数÷全年预算数×分值。</p>
<p>2.{e(bad_rule)}。</p>
<p>3.{e(BANDS)}</p>
<p class="tr">{e(dept)}</p>
<p class="tr">2022年4月15日</p>
</div>
<div class="article-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="footer"><p>主办：拉萨市堆龙德庆区人民政府办公室　　地址：拉萨市堆龙德庆区东嘎街道</p>
<p>藏ICP备××××××××号　　网站标识码：5401××××××</p></div>
</body>
</html>
"""
    fnd = [F("BUDGET_ROW_SCORE", "预算执行率", f"预算执行率 | 10 | — | {rate:.2f}% | {fmt(bs)} ; 预算执行率得分=全年执行数÷全年预算数×分值",
             fmt(bs), fmt(bs_true), "HIGH", "ERROR",
             f"{m(ea)} ÷ {m(aa)} = {rate:.2f}% (printed right) × 10 = {fmt(bs_true)}, the 得分 prints {fmt(bs)}; the 合计 "
             f"{fmt(total)} adds the {fmt(bs)}"),
           F("MALFORMED_RULE", "良种覆盖率", bad_rule, "90%≤覆盖率＜85%", "an empty band (90% ≤ x < 85% holds for no x)",
             "HIGH", "WARNING", "the middle band's bounds are reversed, so 85%–90% is not covered; the row itself (96% ≥ 95%, "
                                "10 of 10) is not affected"),
           F("ROW_SCORE_OVER_WEIGHT", "补贴资金发放及时率", "补贴资金发放及时率 | 5 | 100% | 100% | 6", "6", "≤ 5", "HIGH",
             "ERROR", f"score 6 above the weight 5 (target met: 5 at most); the 合计 {fmt(total)} adds the 6")]
    return {"stem": "h162_duilongdeqing_nongye", "format": "html", "html": page, "gold": g, "findings": fnd,
            "traps": ["亩均补贴标准 20 vs ≤20元 (met exactly); 良种覆盖率 96% vs ≥95% full",
                      "青稞单产提高 4.2% vs ≥5% −2, 繁育体系 基本完善 −1: reasons, no printed rule (judgement)",
                      f"中央 {m(src[0][3])} ÷ {m(src[0][2])} = {pct(src[0][3], src[0][2]):.2f}%, 自治区 "
                      f"{pct(src[1][3], src[1][2]):.2f}% (right); sources add to the 合计 column",
                      "元 → 万元 in gold (300 / 320 / 297.6); the 发布时间 2022 is not the fiscal year"]}


ALL.append(h162())


# ============================================================ h163 海伦市人社局 (TXT, pdftotext -layout look, prose 部门整体 report)

def h163():
    dept = "海伦市人力资源和社会保障局"
    ia = 4286.50
    ab, eb, ap, ep = 2136.80, 2118.42, 2875.50, 2753.24
    aa, ea = r2(ab + ap), r2(eb + ep)
    rate = pct(ea, aa)
    bs = r2(rate / 10)
    staff, adm, inst = 62, 18, 40  # PLANT BREAKDOWN_SUM: 18 + 40 = 58
    rule_case = "结案率每低于目标值1个百分点扣1分"
    # (一级, 二级, 三级, 目标, 实际, 分值, 得分, sentence)
    ind = [("投入指标", "预算配置", "预算编制准确性", None, None, 5, 4,
            "部门预算编制基本完整，但年中追加就业补助资金较多，预算编制准确性有待提高，该项指标分值5分，得4分。"),
           ("投入指标", "预算配置", "重点支出保障率", None, "100%", 5, 5,
            "就业、社保等重点支出全部足额保障，保障率100%，该项指标分值5分，得5分。"),
           ("投入指标", "预算配置", "“三公”经费控制率", None, "86.4%", 5, 5,
            "“三公”经费实际支出为预算的86.4%，该项指标分值5分，得5分。"),
           ("过程指标", "预算执行", "预算执行率", None, f"{rate:.2f}%", 10, bs,
            f"全年预算执行率{rate:.2f}%，按“执行率×分值”计分，该项指标分值10分，得{fmt(bs)}分。"),
           ("过程指标", "财务管理", "资金使用合规性", None, None, 5, 5,
            "资金拨付审批手续完备，未发现违规使用资金情况，该项指标分值5分，得5分。"),
           ("过程指标", "财务管理", "政府采购规范性", None, None, 5, 5,
            "政府采购均按规定履行程序，该项指标分值5分，得5分。"),
           ("过程指标", "资产管理", "资产管理规范性", None, None, 5, 3,
            "部分办公设备未及时登记入账，资产盘点不够及时，该项指标分值5分，得3分。"),
           ("产出指标", "数量指标", "城镇新增就业人数", "2600人以上", "2718人", 10, 10,
            "年度目标为2600人以上，实际完成2718人，该项指标分值10分，得10分。"),
           ("产出指标", "数量指标", "补贴性职业技能培训人次", "3000人次以上", "3000人次", 8, 8,
            "年度目标为3000人次以上，实际完成3000人次，该项指标分值8分，得8分。"),
           ("产出指标", "质量指标", "城乡居民基本养老保险参保率", "95%以上", "93.8%", 7, 5,
            "年度目标为95%以上，实际参保率93.8%，主要是外出务工人员续保不及时，该项指标分值7分，得5分。"),
           ("产出指标", "质量指标", "劳动保障监察举报投诉案件结案率", "95%以上", "93%", 5, 3,
            f"年度目标为95%以上，实际结案率93%，按“{rule_case}”扣2分，该项指标分值5分，得3分。"),
           ("产出指标", "时效指标", "人社一体化信息平台升级", None, None, 5, 5,  # PLANT NARRATIVE_NOT_DONE_FULL_MARKS
            "因省级系统整体迁移，平台升级工作年内未开展，该项指标分值5分，得5分。"),
           ("效益指标", "社会效益指标", "零就业家庭动态清零", None, None, 10, 10,
            "全年零就业家庭保持动态清零，该项指标分值10分，得10分。"),
           ("效益指标", "社会效益指标", "因欠薪引发的群体性事件", None, None, 5, 5,
            "全年未发生因欠薪引发的群体性事件，该项指标分值5分，得5分。"),
           ("效益指标", "满意度指标", "服务对象满意度", None, "86.5%", 10, 7,
            "通过发放问卷调查，服务对象满意度86.5%，群众对窗口办事等候时间意见较多，该项指标分值10分，得7分。")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)  # 89.72
    grade_printed = "优"  # PLANT GRADE_OUTSIDE_BANDS: 89.72 is in the 良 band (80–90)
    secs = []
    for n in ["投入指标", "过程指标", "产出指标", "效益指标"]:
        rs = [r for r in ind if r[0] == n]
        secs.append((n, s2(rs, 5), s2(rs, 6)))
    # the prose prints no 二级 names (only the 一级 headings and the items): level2 null in the gold
    g = gold(None, dept, 2024, "COUNTY", "黑龙江省", "SELF_EVALUATION", None, total, 100, grade_printed,
             budget(ia, aa, ea, rate, ab, eb, ap, ep), secs, grows([(r[0], "") + r[2:] for r in ind]))
    m = lambda x: f"{x:,.2f}"  # noqa: E731
    W = 92

    def c(t):
        n = len(t) * 2
        return " " * max(0, (W - n) // 2) + t

    def wrap(t, ind_=4, width=84):
        """Lines by display width (CJK 2, ASCII 1), as pdftotext -layout gives them; a run of digits is never split."""
        out, cur, cw = [], " " * ind_, ind_
        k = 0
        while k < len(t):
            j = k + 1
            if t[k].isascii() and (t[k].isdigit() or t[k] in ".,%"):
                while j < len(t) and t[j].isascii() and (t[j].isdigit() or t[j] in ".,%"):
                    j += 1
            piece = t[k:j]
            pw = sum(1 if ch.isascii() else 2 for ch in piece)
            if cw + pw > width and piece not in "，。、；：）”％":
                out.append(cur)
                cur, cw = "", 0
            cur += piece
            cw += pw
            k = j
        out.append(cur)
        return out
    L = []
    pg = [1]

    def page_end():
        L.append("")
        L.append(c(f"— {pg[0]} —"))
        L.append("\f")
        pg[0] += 1
    L += ["", c("海伦市人力资源和社会保障局"), c("2024年度部门整体支出绩效自评报告"), ""]
    L.append("一、部门基本情况")
    L += wrap("（一）部门职能。我局主要职能包括就业创业、社会保险、劳动关系、人才人事、劳动保障监察等。")
    L += wrap(f"（二）机构人员。局机关内设股室9个，下属事业单位4个。核定编制{staff}人，其中行政编制{adm}人、"
              f"事业编制{inst}人；年末实有人员57人。")
    L += wrap(f"（三）预算安排及执行。2024年年初预算{m(ia)}万元，全年预算{m(aa)}万元，其中基本支出{m(ab)}万元、"
              f"项目支出{m(ap)}万元；全年支出{m(ea)}万元，其中基本支出{m(eb)}万元、项目支出{m(ep)}万元，"
              f"预算执行率{rate:.2f}%。")
    L.append("")
    L.append("二、绩效目标设定情况")
    L += wrap("年初设定的部门整体绩效目标为：城镇新增就业2600人以上，开展补贴性职业技能培训3000人次以上，"
              "城乡居民基本养老保险参保率95%以上，完成人社一体化信息平台升级，零就业家庭动态清零。")
    page_end()
    L.append("三、绩效指标完成情况")
    cn = "一二三四"
    k = 0
    for si, (n, w, s) in enumerate(secs):
        L.append(f"    （{cn[si]}）{n}（权重{fmt(w)}分，得分{fmt(s)}分）")
        j = 0
        for r in ind:
            if r[0] == n:
                j += 1
                L += wrap(f"{j}.{r[2]}。{r[7]}")
        k += 1
        if si == 1:
            page_end()
    L.append("")
    L.append("四、自评结论")
    L += wrap(f"按照部门整体支出绩效评价指标体系，我局2024年度部门整体支出绩效自评得分{fmt(total)}分，"
              f"自评等级为“{grade_printed}”。评分标准：{BANDS}")
    L.append("")
    L.append("    附表：一级指标得分汇总")
    L.append("")
    hd = ["一级指标", "分值", "得分", "得分率"]
    L.append("        " + f"{hd[0]:<10}{hd[1]:>8}{hd[2]:>10}{hd[3]:>12}")
    for n, w, s in secs:
        L.append("        " + f"{n:<10}{fmt(w):>10}{fmt(s):>10}{pct(s, w):>11.2f}%")
    L.append("        " + f"{'合计':<12}{'100':>10}{fmt(total):>10}{pct(total, 100):>11.2f}%")
    L.append("")
    L.append("五、存在的问题及改进措施")
    L += wrap("一是预算编制精准度不高，年中追加较多；二是资产管理基础工作薄弱；三是窗口服务效率有待提升。"
              "下一步，我局将加强预算编制论证，完善资产台账，推行“一窗通办”。")
    L.append("")
    L.append(" " * 56 + "海伦市人力资源和社会保障局")
    L.append(" " * 60 + "2025年4月20日")
    page_end()
    text = "\n".join(L)
    text = text.replace("\n\f\n", "\n\f")
    fnd = [F("BREAKDOWN_SUM", "核定编制", f"核定编制{staff}人，其中行政编制{adm}人、事业编制{inst}人", f"{staff}人",
             f"{adm + inst}人", "HIGH", "WARNING", f"{adm} + {inst} = {adm + inst}, the total prints {staff} "
                                                  "(no third category named; 实有人员 57 is a different figure)"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "人社一体化信息平台升级",
             "因省级系统整体迁移，平台升级工作年内未开展，该项指标分值5分，得5分", "5", "< 5", "HIGH", "WARNING",
             "the goal (完成人社一体化信息平台升级) was not carried out (“年内未开展”), yet full marks 5; "
             "the 产出指标 subtotal 31 and the total add the 5"),
           F("GRADE_OUTSIDE_BANDS", "自评等级", f"自评得分{fmt(total)}分，自评等级为“{grade_printed}”。评分标准：{BANDS}",
             grade_printed, "良", "HIGH", "ERROR", f"{fmt(total)} lies in 80（含）—90 = “良” by the report's own bands; "
                                                   "printed “优”")]
    return {"stem": "h163_hailun_renshe", "format": "txt", "text": text, "gold": g, "findings": fnd,
            "traps": [f"预算执行率 {m(ea)} ÷ {m(aa)} = {rate:.2f}% × 10 = {rate / 10:.4f} printed {fmt(bs)} (rounding)",
                      "结案率 93% vs ≥95%: 2 × 1 → 3 (printed rule pays partial marks, right)",
                      "培训 3000 vs ≥3000人次 (met exactly); 欠薪群体性事件 未发生 full; “包括…等” is a list",
                      "预算编制 −1, 资产 −2, 养老参保 −2, 满意度 −3: reasons, no printed rule (judgement)",
                      "subtotal sentences and the 附表 agree with the items; budget parts add up and are under budget"]}


ALL.append(h163())


def add_furniture(path, head, foot_fmt=("第 ", " 页 共 ", " 页")):
    """A running header (report number and title) and a “第 X 页 共 Y 页” footer (PAGE / NUMPAGES fields) on every page
    but the cover."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    def field(p, code):
        r = p.add_run()
        for kind, text in (("begin", None), (None, code), ("separate", None), (None, "1"), ("end", None)):
            if kind:
                e = OxmlElement("w:fldChar")
                e.set(qn("w:fldCharType"), kind)
                r._r.append(e)
            elif text == code:
                e = OxmlElement("w:instrText")
                e.set(qn("xml:space"), "preserve")
                e.text = f" {code} "
                r._r.append(e)
            else:
                e = OxmlElement("w:t")
                e.text = text
                r._r.append(e)
            if kind == "end":
                r = p.add_run()
    d = docx.Document(path)
    for sec in d.sections:
        sec.different_first_page_header_footer = True
        hp = sec.header.paragraphs[0]
        hp.text = head
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for r in hp.runs:
            r.font.size = Pt(9)
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp.add_run(foot_fmt[0])
        field(fp, "PAGE")
        fp.add_run(foot_fmt[1])
        field(fp, "NUMPAGES")
        fp.add_run(foot_fmt[2])
    d.save(path)


def main(argv):
    work = tempfile.mkdtemp(prefix="heldout21_")
    try:
        for rep in ALL:
            if argv and not any(rep["stem"].startswith(a) for a in argv):
                continue
            golds = H.write_gold(rep)
            if rep.get("furniture"):
                dest = os.path.join(H.OUT, f"{rep['stem']}.pdf")
                src = os.path.join(work, rep["stem"] + ".docx")
                H.A.write_docx(rep["blocks"], src, False)
                add_furniture(src, rep["furniture"])
                H.A.soffice(src, "pdf:writer_pdf_Export", work)
                shutil.move(os.path.join(work, rep["stem"] + ".pdf"), dest)
            else:
                dest = H.render(rep, work)
            print(os.path.basename(dest), sum(len(g["indicators"]) for g in golds), "rows, totals",
                  [g["totalScore"] for g in golds], "planted:", ", ".join(x["kind"] for x in rep["findings"]))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
