#!/usr/bin/python3
"""Round 18 (h143–h148): issue-9 layouts not used before, each with PLANTED issue-10 problems, made apart from the
code by the corpus18 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; heldout14.write_gold refuses a report whose own recomputation
(heldout4.recheck) finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports18.py [h143 …]
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

H.A.LO_PROFILE = "file:///tmp/jixiao_heldout18_lo"
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


def grows(ind, code=None):
    def v(x):
        return None if x in ("", "—", None) else x
    return [row(v(l1), v(l2), l3, v(t), v(a), w, s, code=(code[k] if code else None))
            for k, (l1, l2, l3, t, a, w, s, _) in enumerate(ind)]


class Tab:
    def __init__(self, W):
        self.W, self.rows, self.merges = W, [], []

    def add(self, cells, spans=()):
        r = len(self.rows)
        self.rows.append(list(cells) + [""] * (self.W - len(cells)))
        self.merges.extend((r, c1, r, c2) for c1, c2 in spans)
        return r


# ============================================================ h143 襄阳市樊城区 (DOCX, 部门整体, 年度主要任务 block in 元)

def h143():
    dept = "襄阳市樊城区卫生健康局"
    # 年度主要任务: (任务名称, 主要内容, 预算数 元, 执行数 元)
    tasks = [("基本公共卫生服务", "为辖区常住居民免费提供国家基本公共卫生服务项目", 18650000.00, 18233400.00),
             ("疾病预防控制", "重大传染病防控、免疫规划、慢性病监测", 6420000.00, 6105600.00),
             ("计划生育家庭扶助", "落实计划生育特别扶助和奖励扶助政策", 4380000.00, 4380000.00),
             ("机关运行保障", "人员经费及日常公用经费", 9870000.00, 9761850.00)]
    tb = r2(sum(t[2] for t in tasks))
    te_true = r2(sum(t[3] for t in tasks))  # 38,480,850.00
    te = 38408850.00  # PLANT BREAKDOWN_SUM: the four 执行数 add to 38,480,850.00
    b, e = round(tb / 10000, 6), round(te / 10000, 6)
    rate = pct(te, tb)  # rate printed on the printed 合计
    ind = [("部门管理", "预算执行", "预算执行率", "≥95%", f"{rate:.2f}%", 10, 10, ""),
           ("部门管理", "预算管理", "“三公”经费控制率", "≤100%", "86.4%", 5, 5, ""),
           ("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥52000人", "53860人", 10, 10, ""),
           ("产出指标", "数量指标", "适龄儿童国家免疫规划疫苗接种率", "≥90%", "96.8%", 10, 10, ""),
           ("产出指标", "质量指标", "高血压患者规范管理率", "≥65%", "61.2%", 10, 10,  # PLANT TARGET_MISSED_FULL_MARKS
            "部分患者随访依从性差"),
           ("产出指标", "时效指标", "扶助金发放及时率", "100%", "100%", 8, 8, ""),
           ("效益指标", "社会效益指标", "居民电子健康档案建档率", "≥90%", "92.5%", 20, 20, ""),
           ("效益指标", "社会效益指标", "甲乙类传染病暴发疫情", "0起", "全年未发生", 15, 15, ""),
           ("满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥90%", "88%", 10, 8, "基层医疗机构候诊时间偏长")]
    wsum = s2(ind, 5)  # PLANT WEIGHTS_VS_FULL_MARK: 10+5+10+10+10+8+20+15+10 = 98 ≠ 100
    assert wsum == 98
    total = s2(ind, 6)  # 96
    g = gold(None, dept, 2024, "COUNTY", "湖北省", "SELF_EVALUATION", None, total, 100, "优",
             budget(None, b, e, rate), [], grows(ind))
    T = Tab(8)
    T.add(["部门名称", dept, "", "", "", "", "", ""], [(1, 7)])
    r0 = T.add(["年度主要任务", "任务名称", "", "主要内容", "", "", "预算数（元）", "执行数（元）"], [(1, 2), (3, 5)])
    for n, c, x, y in tasks:
        T.add(["", n, "", c, "", "", f"{x:,.2f}", f"{y:,.2f}"], [(1, 2), (3, 5)])
    T.add(["", "金额合计", "", "", "", "", f"{tb:,.2f}", f"{te:,.2f}"], [(1, 5)])
    T.merges.append((r0, 0, len(T.rows) - 1, 0))
    T.add(["年度总体目标", "全面落实国家基本公共卫生服务项目，65岁及以上老年人健康管理5.2万人以上，免疫规划疫苗接种率90%以上，"
           "高血压患者规范管理率达到65%，计划生育扶助金按时足额发放，居民满意度90%以上。"], [(1, 7)])
    T.add(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    st = len(T.rows)
    for l1, l2, l3, t, a, w, s, n in ind:
        T.add([l1, l2, l3, t, a, fmt(w), fmt(s), n])
    T.merges += group_merges(T.rows, [0, 1], st)
    T.add(["总分", "", "", "", "", "100", fmt(total), ""], [(0, 4)])
    T.add(["自评结论", "优"], [(1, 7)])
    t = styled(Table(T.rows, T.merges), [2.0, 2.2, 3.6, 2.2, 2.2, 1.2, 1.2, 3.4], header_rows=0)
    blocks = [Title("部门（单位）整体支出绩效自评表"), "（2024年度）",
              "填报单位（盖章）：襄阳市樊城区卫生健康局　　　　　　　　　　　　　　　金额单位：元", t,
              "注：预算执行率≥95%得满分，每低1个百分点扣0.5分；其余指标完成年度指标值得满分，未完成的根据完成情况酌情扣分。"
              "得分90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。",
              "单位负责人：李××　　　财务负责人：周××　　　填表人：陈××　　　填报日期：2025年3月20日"]
    fnd = [F("BREAKDOWN_SUM", "金额合计", f"金额合计 | {tb:,.2f} | {te:,.2f}", f"{te:,.2f}", f"{te_true:,.2f}", "HIGH", "ERROR",
             "18,233,400.00 + 6,105,600.00 + 4,380,000.00 + 9,761,850.00 = 38,480,850.00, the 金额合计 执行数 prints "
             f"38,408,850.00 (digits transposed); the budget column adds up ({tb:,.2f})"),
           F("TARGET_MISSED_FULL_MARKS", "高血压患者规范管理率", "高血压患者规范管理率 | ≥65% | 61.2% | 10 | 10 | 部分患者随访依从性差",
             "10", "< 10", "HIGH", "WARNING", "61.2% < 65% (its own reason explains the shortfall), yet full marks"),
           F("WEIGHTS_VS_FULL_MARK", "总分", "总分 | 100 | 96", "100", "98", "HIGH", "ERROR",
             "the nine rows' 分值 add to 10+5+10+10+10+8+20+15+10 = 98, the 总分 row states a full mark of 100 (扶助金发放及时率 "
             "carries 8 where its 二级 siblings carry 10); the 得分 96 does add the rows; 优 either way")]
    return {"stem": "h143_fancheng_weijian", "format": "docx", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": [f"预算执行率 {te:,.2f} ÷ {tb:,.2f} = {rate:.2f}% ≥ 95%, full marks (also with the true 合计, "
                      f"{pct(te_true, tb):.2f}%)",
                      "“三公”经费控制率 86.4% ≤ 100% met; 扶助金发放及时率 100% vs 100% (met exactly)",
                      "甲乙类传染病暴发疫情 0起 vs 全年未发生, full marks",
                      "辖区居民满意度 88% < 90% loses 2 under a 酌情扣分 rule (judgement); 元 → 万元 in gold"]}


ALL.append(h143())


# ============================================================ h144 泉州市丰泽区 (XLSX, one sheet per project, 元)

def sheet144(proj, dept, unit, boss, iy, by, ey, rate_p, bs, plan, done, ind, total, grade):
    T = Tab(8)
    T.add(["项目支出绩效自评表"], [(0, 7)])
    T.add(["（2023年度）", "", "", "", "", "", "单位：元"], [(0, 5), (6, 7)])
    T.add(["项目名称", proj], [(1, 7)])
    T.add(["主管部门", dept, "", "", "实施单位", unit], [(1, 3), (5, 7)])
    T.add(["项目负责人", boss, "", "", "联系电话", "0595-22××××××"], [(1, 3), (5, 7)])
    f0 = T.add(["项目资金情况", "资金类别", "年初预算", "调整后预算", "实际支出", "执行率", "分值", "得分"])
    T.add(["", "年度资金总额", Num(iy, "#,##0.00"), Num(by, "#,##0.00"), Num(ey, "#,##0.00"), rate_p, Num(10), Num(bs, "0.00")])
    T.add(["", "其中：区级财政资金", Num(iy, "#,##0.00"), Num(by, "#,##0.00"), Num(ey, "#,##0.00"), f"{pct(ey, by):.2f}%", "/", "/"])
    T.add(["", "上级转移支付资金", Num(0, "#,##0.00"), Num(0, "#,##0.00"), Num(0, "#,##0.00"), "/", "/", "/"])
    T.merges.append((f0, 0, len(T.rows) - 1, 0))
    a = T.add(["绩效目标", "年度绩效目标", "", "", "年度目标完成情况"], [(1, 3), (4, 7)])
    T.add(["", plan, "", "", done], [(1, 3), (4, 7)])
    T.merges.append((a, 0, a + 1, 0))
    T.add(["一级指标", "二级指标", "三级指标", "分值", "目标值", "完成值", "得分", "偏差说明"])
    st = len(T.rows)
    for l1, l2, l3, t, av, w, s, n in ind:
        T.add([l1, l2, l3, Num(w), t, av, Num(s), n])
    T.merges += group_merges(T.rows, [0, 1], st)
    T.add(["总分", "", "", Num(100), "", "", Num(total, "0.00"), ""], [(0, 2), (4, 5)])
    T.add(["自评等级", "", "", grade], [(0, 2), (3, 7)])
    T.add(["说明：资金执行率得分=执行率×10分（最高10分）；定量指标未达目标值的，每低1个百分点扣0.5分，扣完为止；定性指标根据实际完成情况评分。"],
          [(0, 7)])
    t = styled(Table(T.rows, T.merges), [12, 16, 22, 8, 13, 13, 8, 22])
    t.first_table_row = 2
    return t


def h144():
    year = 2023
    p1, d1, u1 = "丰泽区2023年城市社区居家养老服务照料中心运营补助", "泉州市丰泽区民政局", "泉州市丰泽区民政局"
    iy1, by1, ey1 = 2400000.00, 2560000.00, 2437120.00
    rt1 = pct(ey1, by1)  # 95.20
    rp1 = "95.02%"  # PLANT EXECUTION_RATE: 2,437,120.00 ÷ 2,560,000.00 = 95.20%
    bs1 = r2(rt1 / 10)  # 9.52 follows the true rate
    ind1 = [("产出指标", "数量指标", "运营补助照料中心数量", "≥24个", "24个", 15, 15, ""),
            ("产出指标", "数量指标", "年度助餐服务人次", "≥36000人次", "38420人次", 15, 15, ""),
            ("产出指标", "质量指标", "照料中心星级评定达标率", "≥80%", "83.3%", 10, 10, ""),
            ("产出指标", "时效指标", "补助资金拨付时限", "2023年11月底前", "2023年11月", 10, 10, ""),
            ("效益指标", "社会效益指标", "社区老年人助餐服务覆盖率", "≥70%", "74.6%", 15, 15, ""),
            ("效益指标", "可持续影响指标", "照料中心持续运营率", "100%", "100%", 10, 10, ""),
            ("满意度指标", "服务对象满意度指标", "老年人满意度", "≥90%", "89%", 15, 14.5, "部分中心助餐菜品单一")]
    f1 = [("", "", "年度资金总额", "", rp1, 10, bs1, "")] + ind1
    assert s2(f1, 5) == 100
    tot1 = s2(f1, 6)  # 99.02
    g1 = with_project(gold(None, d1, year, "COUNTY", "福建省", "SELF_EVALUATION", None, tot1, 100, "优",
                           budget(round(iy1 / 10000, 6), round(by1 / 10000, 6), round(ey1 / 10000, 6), float(rp1[:-1])), [], grows(f1)),
                      p1, u1)
    s1 = sheet144(p1, d1, u1, "黄××", iy1, by1, ey1, rp1, bs1,
                  "对辖区24个城市社区居家养老服务照料中心给予运营补助，全年提供助餐服务3.6万人次以上，老年人满意度90%以上。",
                  "全年补助照料中心24个，提供助餐服务38420人次，星级评定达标20个，老年人满意度89%。", ind1, tot1, "优")
    p2, d2, u2 = "丰泽区2023年农村生活污水治理设施运维经费", "泉州市丰泽区农业农村局", "泉州市丰泽区农村环境整治服务中心"
    iy2, by2, ey2 = 1850000.00, 1850000.00, 1813000.00
    rt2 = pct(ey2, by2)  # 98.00
    bs2 = r2(rt2 / 10)
    ind2 = [("产出指标", "数量指标", "运维治理设施座数", "≥42座", "42座", 15, 15, ""),
            ("产出指标", "质量指标", "设施正常运行率", "≥95%", "91%", 15, 14,  # PLANT RULE_SCORE: 4 points × 0.5 = 2 → 13
             "2座设施水泵故障停运，维修周期较长"),
            ("产出指标", "质量指标", "出水水质达标率", "≥85%", "88.1%", 10, 9,  # PLANT TARGET_MET_POINTS_LOST
             ""),
            ("产出指标", "时效指标", "故障处置响应时间", "≤24小时", "18小时", 10, 10, ""),
            ("效益指标", "生态效益指标", "农村生活污水治理率", "≥80%", "80%", 15, 15, ""),
            ("效益指标", "可持续影响指标", "运维管护长效机制", "建立", "已建立", 10, 10, ""),
            ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "92.4%", 15, 15, "")]
    f2 = [("", "", "年度资金总额", "", f"{rt2:.2f}%", 10, bs2, "")] + ind2
    assert s2(f2, 5) == 100
    tot2 = s2(f2, 6)  # 97.8
    g2 = with_project(gold(None, d2, year, "COUNTY", "福建省", "SELF_EVALUATION", None, tot2, 100, "优",
                           budget(round(iy2 / 10000, 6), round(by2 / 10000, 6), round(ey2 / 10000, 6), rt2), [], grows(f2)), p2, u2)
    s2_ = sheet144(p2, d2, u2, "林××", iy2, by2, ey2, f"{rt2:.2f}%", bs2,
                   "保障全区42座农村生活污水治理设施正常运行，设施正常运行率95%以上，出水水质达标率85%以上，农村生活污水治理率达到80%。",
                   "全年运维设施42座，正常运行率91%，出水水质达标率88.1%，农村生活污水治理率80%。", ind2, tot2, "优")
    fnd = [F("EXECUTION_RATE", "年度资金总额", f"年度资金总额 | {iy1:,.2f} | {by1:,.2f} | {ey1:,.2f} | {rp1} | 10 | {bs1:.2f}",
             rp1, f"{rt1:.2f}%", "HIGH", "ERROR",
             f"report 1 of 2 ({p1}): 2,437,120.00 ÷ 2,560,000.00 = {rt1:.2f}%, printed {rp1} (digits swapped); its "
             f"区级财政资金 line prints {rt1:.2f}% and the score {bs1:.2f} follows the true rate"),
           F("RULE_SCORE", "设施正常运行率", "设施正常运行率 | 15 | ≥95% | 91% | 14 ; 每低1个百分点扣0.5分", "14", "13", "HIGH", "ERROR",
             f"report 2 of 2 ({p2}): 95% − 91% = 4 points × 0.5 = 2 deducted → 15 − 2 = 13, printed 14 (the 总分 "
             f"{fmt(tot2)} adds the printed 14)"),
           F("TARGET_MET_POINTS_LOST", "出水水质达标率", "出水水质达标率 | 10 | ≥85% | 88.1% | 9", "9", "10", "HIGH", "WARNING",
             f"report 2 of 2 ({p2}): 88.1% ≥ 85% meets the target, 1 point lost with no 偏差说明")]
    return {"stem": "h144_fengze_xiangmu", "format": "xlsx",
            "sheets": [("养老照料中心运营补助", s1), ("农村污水设施运维", s2_)], "gold": [g1, g2], "findings": fnd,
            "traps": ["元 → 万元 in gold (256.00 / 243.712; 185.00 / 181.30)",
                      "老年人满意度 89%: 1 point below 90% × 0.5 = 0.5 → 14.5 (rule pays partial marks, correct)",
                      "运维治理设施座数 42 vs ≥42座; 农村生活污水治理率 80% vs ≥80% (met exactly)",
                      "98.00% × 10 = 9.8; 上级转移支付资金 0.00 printed “/” rate; 补助资金拨付时限 2023年11月 meets 11月底前",
                      "report 1: 实施单位 = 主管部门 (the 民政局 runs it itself)"]}


ALL.append(h144())


# ============================================================ h145 太原市小店区 (PDF, prose report, one two-level indicator table)

def h145():
    dept = "太原市小店区农业农村局"
    ab, ap = 1126.30, 1720.20
    eb, ep = 1108.62, 1622.80
    aa, ea = r2(ab + ap), r2(eb + ep)  # 2,846.50 / 2,731.42
    rate = pct(ea, aa)  # 95.96
    aa_later = "2,864.50"  # PLANT SAME_FIGURE_DIFFERS: 概况 2,846.50 vs 自评 2,864.50
    bs = r2(rate * 15 / 100)  # 14.39
    ind = [("投入管理", None, "预算执行率", "100%", f"{rate:.2f}%", 15, bs, ""),
           ("投入管理", None, "资金使用合规性", "合规", "合规", 5, 5, ""),
           ("产出", None, "高标准农田建设面积", "≥1.2万亩", "1.2万亩", 15, 15, ""),
           ("产出", None, "高标准农田项目竣工验收", "2022年12月底前完成", "完成", 10, 10, ""),  # PLANT NARRATIVE_NOT_DONE_FULL_MARKS
           ("产出", None, "动物强制免疫密度", "≥90%", "95.3%", 10, 10, ""),
           ("产出", None, "农产品质量安全抽检合格率", "≥98%", "97.6%", 10, 8, ""),
           ("效益", None, "带动农户增收", "≥500户", "536户", 10, 10, ""),
           ("效益", None, "重大动物疫情发生次数", "0次", "0次", 10, 10, ""),
           ("满意度", None, "服务对象满意度", "≥90%", "85%", 15, 6, "")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)  # 88.39
    grade = "优"  # PLANT GRADE_OUTSIDE_BANDS: 88.39 < 90 → 良
    g = gold(None, dept, 2022, "COUNTY", "山西省", "SELF_EVALUATION", None, total, 100, grade,
             budget(None, aa, ea, rate, ab, eb, ap, ep), [], grows(ind))
    T = Tab(6)
    T.add(["指标类别", "指标名称", "权重", "年度目标", "实际完成", "得分"])
    st = len(T.rows)
    for l1, _, l3, t, a, w, s, _n in ind:
        T.add([l1, l3, fmt(w), t, a, fmt(s)])
    T.merges += group_merges(T.rows, [0], st)
    T.add(["合计", "", "100", "", "", fmt(total)], [(0, 1), (3, 4)])
    t = styled(Table(T.rows, T.merges), [2.4, 5.2, 1.4, 3.4, 2.6, 1.4], header_rows=1)
    blocks = [Title("太原市小店区农业农村局2022年度部门整体支出绩效自评报告"),
              "一、部门基本情况",
              "我局内设办公室、计划财务科、农业科、畜牧兽医科、农村经济管理科等7个科室，下属事业单位3个，主要负责全区农业农村发展规划、"
              "高标准农田建设、动物防疫、农产品质量安全监管和农村集体经济管理等工作。",
              "二、部门预算收支情况",
              f"2022年，我局全年预算{aa:,.2f}万元，其中基本支出{ab:,.2f}万元、项目支出{ap:,.2f}万元；全年实际支出{ea:,.2f}万元，"
              f"其中基本支出{eb:,.2f}万元、项目支出{ep:,.2f}万元，预算执行率{rate:.2f}%。",
              "三、绩效目标完成情况",
              "（一）产出情况。全年建成高标准农田1.2万亩，完成年度任务。受冬季施工条件限制，高标准农田项目竣工验收工作尚未完成，"
              "计划于2023年4月底前组织验收。春秋两季动物强制免疫密度95.3%；农产品质量安全抽检合格率97.6%，略低于98%的年度目标。",
              "（二）效益情况。通过产业项目带动农户增收536户，全年未发生重大动物疫情。",
              "（三）满意度情况。发放满意度调查问卷300份，收回有效问卷286份，服务对象满意度85%，主要是农资补贴发放进度较慢。",
              "四、自评结论",
              f"我局对照年度绩效目标，从投入管理、产出、效益、满意度四个方面设置9项指标开展自评。全年预算{aa_later}万元，"
              f"实际支出{ea:,.2f}万元，各项指标完成情况及得分见下表。",
              "表　2022年度部门整体支出绩效自评指标得分表", t,
              f"经自评，我局2022年度部门整体支出绩效得分{fmt(total)}分。按照90分（含）以上为“优”、80分（含）至90分为“良”、"
              "60分（含）至80分为“中”、60分以下为“差”的等级标准，自评等级为“优”。",
              "五、存在问题及改进措施",
              "一是部分项目实施进度滞后，预算执行不够均衡；二是农资补贴发放环节较多，群众满意度有待提升。下一步将加强项目前期谋划，"
              "优化补贴发放流程。",
              "太原市小店区农业农村局", "2023年3月28日"]
    fnd = [F("SAME_FIGURE_DIFFERS", "全年预算", f"二、…全年预算{aa:,.2f}万元 ; 四、…全年预算{aa_later}万元",
             aa_later + "万元", f"{aa:,.2f}万元", "HIGH", "WARNING",
             f"part 二 gives the budget as {aa:,.2f}万元 (= 1,126.30 + 1,720.20, and {ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}%), "
             f"part 四 repeats it as {aa_later}万元"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "高标准农田项目竣工验收",
             "高标准农田项目竣工验收工作尚未完成，计划于2023年4月底前组织验收 ; 高标准农田项目竣工验收 | 10 | 2022年12月底前完成 | 完成 | 10",
             "10", "< 10", "HIGH", "WARNING",
             "the prose says the acceptance was not done by the year end (尚未完成, moved to April 2023), the table prints "
             "完成 and full marks 10"),
           F("GRADE_OUTSIDE_BANDS", "自评等级", f"得分{fmt(total)}分 … 90分（含）以上为“优”、80分（含）至90分为“良” … 自评等级为“优”",
             "优", "良", "HIGH", "ERROR", f"{fmt(total)} < 90, so 良 by the report's own bands (80 ≤ {fmt(total)} < 90)")]
    return {"stem": "h145_xiaodian_nongye", "format": "pdf", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": [f"预算执行率 {rate:.2f}% × 15 = {rate * 15 / 100:.4f} printed {fmt(bs)} (rounding)",
                      "高标准农田建设面积 1.2万亩 vs ≥1.2万亩 (met exactly); 重大动物疫情 0次 vs 0次, “全年未发生” full",
                      "抽检合格率 97.6% < 98% loses 2; 满意度 85% < 90% loses 9 — no printed rule "
                      "anywhere (judgement); 带动农户增收 536 ≥ 500户 full",
                      "基本 + 项目 = 合计 in both columns; both parts under budget; sections are not printed (no 小计)"]}


ALL.append(h145())


# ============================================================ h146 温州市鹿城区 (HTML, CMS article page, 项目 form, <th> header over two rows)

def h146():
    proj = "鹿城区2021年法律援助专项经费"
    dept = "温州市鹿城区司法局"
    unit = "温州市鹿城区法律援助中心"
    i_, b, e = 90.00, 92.00, 86.42
    rate = pct(e, b)  # 93.93
    rate_formula = "94.93%"  # PLANT FORMULA: 86.42 ÷ 92.00 = 93.93%
    bs = r2(rate / 10)  # 9.39
    ind = [("产出指标", "数量指标", "办理法律援助案件数", "≥1100件", "1186件", 10, 10, ""),
           ("产出指标", "数量指标", "12348热线接听量", "≥15000人次", "16230人次", 10, 10, ""),
           ("产出指标", "质量指标", "法律援助案件质量评查合格率", "≥95%", "97.5%", 10, 10, ""),
           ("产出指标", "时效指标", "法律援助申请受理审查时限", "≤7个工作日", "5个工作日", 10, 10, ""),
           ("产出指标", "成本指标", "民事案件平均办案补贴", "≤1500元/件", "1420元/件", 10, 10, ""),
           ("效益指标", "社会效益指标", "困难群众应援尽援率", "100%", "100%", 15, 15, ""),
           ("效益指标", "可持续影响指标", "法律援助工作站覆盖率", "100%", "100%", 10, 10, ""),
           ("满意度指标", "服务对象满意度指标", "受援人满意度", "≥95%", "93.6%", 15, 14.78, "个别案件办理周期较长")]
    full = [("", "", "年度资金总额", "", f"{rate:.2f}%", 10, bs, "")] + ind
    assert s2(full, 5) == 100
    rows_total = s2(full, 6)  # 99.17
    assert rows_total == 99.17
    total = 98.17  # PLANT TOTAL_VS_ROWS: 9.39 + 89.78 = 99.17
    g = with_project(gold(None, dept, 2021, "COUNTY", "浙江省", "SELF_EVALUATION", None, total, 100, "优",
                          budget(i_, b, e, rate), [], grows(full)), proj, unit)
    esc = HT.escape

    def tr(cells):
        return "<tr>" + "".join(c if c.startswith("<t") else f"<td>{esc(c)}</td>" for c in cells) + "</tr>"
    fund = [("年度资金总额", i_, b, e, "10", f"{rate:.2f}%", f"{bs:.2f}"),
            ("其中：当年财政拨款", i_, b, e, "—", f"{rate:.2f}%", "—"),
            ("上年结转资金", 0.0, 0.0, 0.0, "—", "100.00%", "—"),  # PLANT RATE_OVER_ZERO_BASE: 0.00 ÷ 0.00
            ("其他资金", 0.0, 0.0, 0.0, "—", "—", "—")]
    H_ = ["<table class=\"zwgk-table\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">",
          f"<caption>项目支出绩效自评表<br/>（2021年度）</caption>",
          tr(["<th>项目名称</th>", f"<td colspan=\"7\">{esc(proj)}</td>"]),
          tr(["<th>主管部门</th>", f"<td colspan=\"3\">{esc(dept)}</td>", "<th>实施单位</th>", f"<td colspan=\"3\">{esc(unit)}</td>"]),
          tr(["<th rowspan=\"5\">项目资金<br/>（万元）</th>", "<th></th>", "<th>年初预算数</th>", "<th>全年预算数</th>",
              "<th>全年执行数</th>", "<th>分值</th>", "<th>执行率</th>", "<th>得分</th>"])]
    for lab, x, y, z, w, r, s in fund:
        H_.append(tr([lab, f"{x:.2f}", f"{y:.2f}", f"{z:.2f}", w, r, s]))
    H_ += [tr(["<th rowspan=\"2\">年度总体目标</th>", "<th colspan=\"4\">预期目标</th>", "<th colspan=\"3\">实际完成情况</th>"]),
           tr(["<td colspan=\"4\">为经济困难群众和特殊案件当事人提供法律援助，全年办理法律援助案件1100件以上，12348热线接听1.5万人次以上，"
               "案件质量评查合格率95%以上，受援人满意度95%以上。</td>",
               "<td colspan=\"3\">全年办理法律援助案件1186件，热线接听16230人次，案件质量评查合格率97.5%，受援人满意度93.6%。</td>"]),
           tr(["<th rowspan=\"2\">一级指标</th>", "<th rowspan=\"2\">二级指标</th>", "<th rowspan=\"2\">三级指标</th>",
               "<th colspan=\"2\">指标值</th>", "<th rowspan=\"2\">权重</th>", "<th rowspan=\"2\">自评分</th>",
               "<th rowspan=\"2\">偏差原因及改进措施</th>"]),
           tr(["<th>计划</th>", "<th>实际</th>"])]
    prev1, prev2 = None, None
    cnt1 = {}
    cnt2 = {}
    for l1, l2, *_ in ind:
        cnt1[l1] = cnt1.get(l1, 0) + 1
        cnt2[(l1, l2)] = cnt2.get((l1, l2), 0) + 1
    for l1, l2, l3, t, a, w, s, n in ind:
        cells = []
        if l1 != prev1:
            cells.append(f"<td rowspan=\"{cnt1[l1]}\">{l1}</td>")
        if (l1, l2) != prev2:
            cells.append(f"<td rowspan=\"{cnt2[(l1, l2)]}\">{l2}</td>")
        prev1, prev2 = l1, (l1, l2)
        H_.append(tr(cells + [l3, t, a, fmt(w), fmt(s), n]))
    H_ += [tr(["<td colspan=\"5\">总分</td>", "<td>100</td>", f"<td>{fmt(total)}</td>", "<td></td>"]),
           tr(["<td colspan=\"5\">自评等级</td>", "<td colspan=\"3\">优</td>"]), "</table>"]
    body = "\n".join(H_)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8"/>
<title>鹿城区2021年法律援助专项经费项目支出绩效自评情况公开_鹿城区人民政府门户网站</title>
<meta name="ArticleTitle" content="鹿城区2021年法律援助专项经费项目支出绩效自评情况公开"/>
<meta name="ContentSource" content="鹿城区司法局"/>
<meta name="PubDate" content="2022-05-16 09:30"/>
<link rel="stylesheet" href="/static/css/zwgk.css"/>
</head>
<body>
<div class="header"><a href="/">鹿城区人民政府门户网站</a> <span>政务公开</span> <span>财政资金</span> <span>绩效评价</span></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/czzj/">财政资金</a> &gt; 绩效评价</div>
<div class="article">
<h1>鹿城区2021年法律援助专项经费项目支出绩效自评情况公开</h1>
<div class="info"><span>来源：鹿城区司法局</span> <span>发布时间：2022-05-16 09:30</span> <span>浏览次数：<em id="hits">236</em></span>
<span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>
<div class="content" id="zoom">
<p>根据《鹿城区区级部门预算项目支出绩效自评工作规程》要求，现将我局2021年法律援助专项经费项目支出绩效自评情况公开如下：</p>
{body}
<p>说明：1.资金执行率=全年执行数÷全年预算数×100%=86.42÷92.00×100%={rate_formula}，年度资金总额得分=执行率×10分。</p>
<p>2.定量指标达到年度指标值的得满分；未达到的，按实际完成值占年度指标值的比例计算得分。</p>
<p>3.自评等级：90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。</p>
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="tool"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="footer">主办：温州市鹿城区人民政府办公室　承办：鹿城区大数据发展管理中心<br/>浙ICP备05000000号　浙公网安备 33030202000000号</div>
</body>
</html>
"""
    fnd = [F("FORMULA", "资金执行率", f"资金执行率=全年执行数÷全年预算数×100%=86.42÷92.00×100%={rate_formula}", rate_formula,
             f"{rate:.2f}%", "HIGH", "ERROR",
             f"86.42 ÷ 92.00 = 0.93935 → {rate:.2f}%, the 说明 prints {rate_formula}; the fund block prints {rate:.2f}% and the "
             f"score {bs:.2f} follows it"),
           F("RATE_OVER_ZERO_BASE", "上年结转资金", "上年结转资金 | 0.00 | 0.00 | 0.00 | — | 100.00% | —", "100.00%",
             "no rate (0.00 ÷ 0.00)", "HIGH", "WARNING", "an execution rate of 100.00% on a budget of 0.00 (nothing carried over, "
             "nothing spent); 其他资金 with the same zeros prints “—”"),
           F("TOTAL_VS_ROWS", "总分", f"总分 | 100 | {fmt(total)}", fmt(total), fmt(rows_total), "HIGH", "ERROR",
             f"{bs:.2f} (年度资金总额) + 89.78 (eight indicator rows) = {fmt(rows_total)}, printed {fmt(total)}; 优 either way")]
    return {"stem": "h146_lucheng_sifa", "format": "html", "html": page, "gold": g, "findings": fnd,
            "traps": [f"{rate:.2f}% × 10 = {rate / 10:.4f} printed {bs:.2f} (rounding)",
                      "受援人满意度 93.6 ÷ 95 × 15 = 14.78 (the proportional rule pays partial marks, correct)",
                      "法律援助申请受理审查时限 5 ≤ 7个工作日; 成本 1420 ≤ 1500元/件; 困难群众应援尽援率 100% vs 100% (met exactly)",
                      "其他资金 0.00 with “—” rate; 年初 90.00 < 全年 92.00 (adjusted budget)"]}


ALL.append(h146())


# ============================================================ h147 六盘水市 (DOC, third party, prose subtotals + 附件 scoring table with a rule column)

def h147():
    proj = "六盘水市2023年农村饮水安全巩固提升工程市级补助资金"
    dept = "六盘水市水务局"
    unit = "六盘水市农村饮水安全管理服务中心"
    agency = "贵州黔衡会计师事务所有限公司"
    b, e = 500.00, 462.00
    rate = pct(e, b)  # 92.40
    bs_true = r2(rate * 5 / 100)  # 4.62
    bs = 5  # PLANT BUDGET_ROW_SCORE: 92.40% × 5 = 4.62
    rule_bad = "供水保证率≥95%得6分；90%（含）至95%得6分；低于90%不得分"  # PLANT MALFORMED_RULE: lower band pays full marks
    # (一级, 二级, 三级, 指标值, 实际完成值, 分值, 得分, 评价标准)
    ind = [("决策", "项目立项", "项目立项规范性", "规范", "规范", 4, 4, "立项程序规范、审批文件齐全得4分，每缺一项扣1分"),
           ("决策", "绩效目标", "绩效目标明确性", "明确", "1项指标未细化", 4, 3, "目标细化量化得4分，每有1项未细化量化扣1分"),
           ("决策", "资金投入", "资金分配合理性", "合理", "合理", 7, 7, "分配办法明确、与任务量匹配得7分"),
           ("过程", "资金管理", "预算执行率", "100%", f"{rate:.2f}%", 5, bs, "得分=预算执行率×分值"),
           ("过程", "资金管理", "资金使用合规性", "合规", "合规", 5, 5, "无截留、挤占、挪用得5分，发现一项不得分"),
           ("过程", "组织实施", "项目管理制度执行有效性", "有效", "发现2处问题", 5, 4, "每发现1处问题扣0.5分"),
           ("过程", "组织实施", "工程质量管理", "规范", "规范", 5, 5, "质量管理规范得5分"),
           ("产出", "产出数量", "新建改造集中供水工程处数", "≥38处", "38处", 10, 10, "完成得满分，未完成按比例得分"),
           ("产出", "产出数量", "巩固提升受益人口", "≥6.5万人", "6.82万人", 8, 8, "完成得满分，未完成按比例得分"),
           ("产出", "产出质量", "工程验收合格率", "100%", "100%", 7, 7, "100%得满分，每低1个百分点扣1分"),
           ("产出", "产出时效", "工程完工及时率", "≥95%", "92%", 10, 7, "每低1个百分点扣1分"),
           ("效益", "社会效益", "农村集中供水率", "≥92%", "93.1%", 8, 8, "达到目标得满分"),
           ("效益", "社会效益", "供水保证率", "≥95%", "96.5%", 6, 6, rule_bad),
           ("效益", "可持续影响", "工程运行管护机制", "健全", "基本健全", 6, 5, "健全得6分，基本健全得5分，不健全不得分"),
           ("效益", "满意度", "受益群众满意度", "≥90%", "91.3%", 10, 10, "≥90%得满分，每低1个百分点扣1分")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)  # 94
    names = ["决策", "过程", "产出", "效益"]
    sec_printed = {"产出": 33}  # PLANT SECTION_VS_ROWS: 产出 rows 10 + 8 + 7 + 7 = 32
    sections = [(n, s2([r for r in ind if r[0] == n], 5),
                 sec_printed.get(n, s2([r for r in ind if r[0] == n], 6))) for n in names]
    g = gold(None, dept, 2023, "PREFECTURAL", "贵州省", "THIRD_PARTY_EVALUATION", agency, total, 100, "优",
             budget(None, b, e, rate), sections, grows(ind))
    g = with_project(g, proj, unit)
    T = Tab(8)
    T.add(["一级指标", "二级指标", "三级指标", "分值", "评价标准", "指标值", "实际完成值", "得分"])
    st = len(T.rows)
    for l1, l2, l3, t, a, w, s, n in ind:
        T.add([l1, l2, l3, fmt(w), n, t, a, fmt(s)])
    T.merges += group_merges(T.rows, [0, 1], st)
    T.add(["合计", "", "", "100", "", "", "", fmt(total)], [(0, 2), (4, 6)])
    t = styled(Table(T.rows, T.merges), [1.3, 1.6, 2.8, 1.0, 4.6, 1.6, 2.0, 1.0], header_rows=1)
    secs = "；".join(f"{n}类指标满分{fmt(w)}分，评价得分{fmt(s)}分" for n, w, s in sections)
    blocks = [Title(proj), Title("绩效评价报告"), "",
              "黔衡评字〔2024〕第036号", "",
              f"委托单位：六盘水市财政局", f"项目主管部门：{dept}", f"项目实施单位：{unit}", f"评价机构：{agency}",
              "报告日期：二〇二四年五月", PageBreak(),
              "六盘水市财政局：",
              f"受贵局委托，我公司组成评价组，对{dept}实施的{proj}开展了绩效评价。现将评价情况报告如下：",
              "一、项目基本情况",
              f"（一）项目概况。为巩固拓展农村饮水安全成果，2023年市级财政安排农村饮水安全巩固提升工程补助资金{b:.2f}万元，"
              "用于新建改造农村集中供水工程38处，惠及农村人口6.5万人以上。",
              f"（二）资金使用情况。截至2023年12月31日，项目实际支出{e:.2f}万元，预算执行率{rate:.2f}%，未支出资金"
              f"{b - e:.2f}万元为2处工程尾款，将于2024年工程结算后支付。",
              "二、绩效评价工作开展情况",
              "评价组依据《项目支出绩效评价管理办法》（财预〔2020〕10号），采用成本效益分析法、比较法和公众评判法，通过资料核查、"
              "现场抽查12处工程及问卷调查（有效问卷352份）开展评价。",
              "三、综合评价结论",
              f"经评价，该项目综合得分{fmt(total)}分，评价等级为“优”。其中，{secs}。具体评分见附件。",
              "四、绩效分析",
              "（一）决策方面。项目立项程序规范，资金分配与各县任务量匹配，但绩效目标中“水质达标率”指标未细化量化。",
              "（二）过程方面。资金拨付及时，未发现截留挪用；抽查中发现工程资料归档不全等问题2处。",
              "（三）产出方面。全年新建改造集中供水工程38处，受益人口6.82万人，工程验收合格率100%，受雨季影响工程完工及时率为92%。",
              "（四）效益方面。农村集中供水率达到93.1%，供水保证率96.5%，受益群众满意度91.3%，部分工程管护责任尚未完全落实。",
              "五、存在的问题及建议",
              "一是绩效目标设置不够完整；二是部分工程进度滞后；三是管护机制有待健全。建议细化绩效指标，加强进度调度，落实工程管护主体和经费。",
              f"{agency}", "二〇二四年五月二十日", PageBreak(),
              "附件：绩效评价指标体系及评分表", t]
    fnd = [F("BUDGET_ROW_SCORE", "预算执行率", f"预算执行率 | 5 | 得分=预算执行率×分值 | 100% | {rate:.2f}% | 5", "5",
             f"{bs_true:.2f}", "HIGH", "ERROR",
             f"{rate:.2f}% (462.00 ÷ 500.00) × 5 = {bs_true:.2f} by the row's own rule, printed 5 (the 过程 19 and the 合计 "
             f"{fmt(total)} add the printed 5)"),
           F("MALFORMED_RULE", "供水保证率", rule_bad, "90%（含）至95%得6分", "a lower band paying the full 6", "HIGH", "WARNING",
             "the band 90%–95% pays the same full 6 as ≥95%, so the ≥95% target is not enforced; the row (96.5% ≥ 95%) "
             "is rightly scored 6"),
           F("SECTION_VS_ROWS", "产出", "产出类指标满分35分，评价得分33分", "33", "32", "HIGH", "ERROR",
             "附件 产出 rows 10 + 8 + 7 + 7 = 32, the prose states 33; the 合计 94 adds the rows (14 + 19 + 32 + 29), the four "
             "prose subtotals add to 95")]
    return {"stem": "h147_liupanshui_shuiwu", "format": "doc", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": ["工程完工及时率 92%: 3 points × 1 = 3 → 10 − 3 = 7 (rule pays partial marks, correct)",
                      "项目管理制度执行有效性 2处 × 0.5 = 1 → 4; 绩效目标明确性 1项 × 1 → 3; 工程运行管护机制 基本健全 → 5 (banded rule)",
                      "新建改造集中供水工程处数 38 vs ≥38处 (met exactly); 工程验收合格率 100% vs 100%",
                      "未支出 38.00万元 explained (尾款); the evaluator on the cover and the signature only"]}


ALL.append(h147())


# ============================================================ h148 呼和浩特市赛罕区 (CSV, GBK, tree export with 指标编码 and 级次)

def h148():
    import csv
    import io
    dept = "呼和浩特市赛罕区城市管理综合行政执法局"
    ib, ip = 1380.00, 1720.00
    ab, ap = 1420.60, 1865.40
    eb = 1318.25
    ep = 1902.16  # PLANT SPENDING_OVER_BUDGET: 项目支出 1,902.16 > 1,865.40
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)  # 3,100.00 / 3,286.00 / 3,220.41
    rate = pct(ea, aa)  # 98.00
    tree = [("01", "预算执行", [("0101", "资金管理", [("010101", "预算执行率", "≥95%", f"{rate:.2f}%", 10, 10, "")])]),
            ("02", "产出指标", [("0201", "数量指标", [("020101", "城市道路机扫水洗面积", "≥1200万平方米", "1236万平方米", 10, 10, ""),
                                                  ("020102", "违法建设拆除面积", "≥8万平方米", "8.6万平方米", 8, 8.5, "")]),  # PLANT ROW_SCORE_OVER_WEIGHT
                            ("0202", "质量指标", [("020201", "生活垃圾无害化处理率", "100%", "100%", 10, 10, "")]),
                            ("0203", "时效指标", [("020301", "数字城管案件按期结案率", "≥95%", "96.8%", 9, 9, "")]),
                            ("0204", "成本指标", [("020401", "环卫作业车辆单车年运维成本", "≤4.5万元", "4.3万元", 8, 8, "")])]),
            ("03", "效益指标", [("0301", "社会效益指标", [("030101", "城市容貌综合评价得分", "≥85分", "88.6分", 10, 10, ""),
                                                    ("030102", "户外广告设施安全事故", "0起", "未发生", 10, 10, "")]),
                            ("0302", "生态效益指标", [("030201", "城区月均降尘量", "≤7吨/平方公里", "6.8吨/平方公里", 10, 10, "")])]),
            ("04", "满意度指标", [("0401", "服务对象满意度指标", [("040101", "市民对市容环境满意度", "≥90%", "87.3%", 15, 13,
                                                          "冬季清雪作业时效性有待提高")])])]
    ind, codes, sections = [], [], []
    for c1, n1, l2s in tree:
        rs = [(n1, n2, n3, t, a, w, s, r) for c2, n2, l3s in l2s for c3, n3, t, a, w, s, r in l3s]
        codes += [c3 for c2, n2, l3s in l2s for c3, *_ in l3s]
        ind += rs
        sections.append((n1, s2(rs, 5), s2(rs, 6)))
    assert s2(ind, 5) == 100
    total = s2(ind, 6)  # 98.5
    rate_printed = "98.05%"  # PLANT SCORE_RATE: 98.50 ÷ 100 = 98.50%
    g = gold(None, dept, 2025, "COUNTY", "内蒙古自治区", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), sections, grows(ind, codes))
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["部门整体支出绩效自评表"])
    w.writerow(["填报单位：" + dept, "", "", "评价年度：2025年", "", "", "金额单位：万元"])
    w.writerow([])
    w.writerow(["一、预算执行情况"])
    w.writerow(["支出类型", "年初预算数", "全年预算数", "全年执行数", "执行率"])
    for lab, x, y, z in [("合计", ia, aa, ea), ("基本支出", ib, ab, eb), ("项目支出", ip, ap, ep)]:
        w.writerow([lab, f"{x:,.2f}", f"{y:,.2f}", f"{z:,.2f}", f"{pct(z, y):.2f}%"])
    w.writerow([])
    w.writerow(["二、年度总体目标"])
    w.writerow(["1.城市道路机扫水洗面积1200万平方米以上，生活垃圾无害化处理率100%；"])
    w.writerow(["2.依法拆除违法建设8万平方米以上，数字城管案件按期结案率95%以上；"])
    w.writerow(["3.城市容貌综合评价85分以上，市民对市容环境满意度90%以上。"])
    w.writerow([])
    w.writerow(["三、绩效指标完成情况"])
    w.writerow(["指标编码", "指标名称", "指标级次", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"])
    for c1, n1, l2s in tree:
        _, sw, ss = next(x for x in sections if x[0] == n1)
        w.writerow([c1, n1, "一级", "", "", fmt(sw), fmt(ss), ""])
        for c2, n2, l3s in l2s:
            w.writerow([c2, n2, "二级", "", "", "", "", ""])
            for c3, n3, t, a, wt, s, r in l3s:
                w.writerow([c3, n3, "三级", t, a, fmt(wt), fmt(s), r])
    w.writerow(["", "合计", "", "", "", "100", fmt(total), ""])
    w.writerow(["", "综合得分率", "", "", "", "", rate_printed, ""])
    w.writerow(["", "自评等级", "", "", "", "", "优", ""])
    w.writerow(["注：预算执行率≥95%得满分，每低1个百分点扣1分；综合得分90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。"])
    w.writerow(["导出时间：2026-03-18 10:26:41", "", "", "", "", "", "内蒙古自治区预算管理一体化系统"])
    text = out.getvalue()
    fnd = [F("SPENDING_OVER_BUDGET", "项目支出", f"项目支出 | {ip:,.2f} | {ap:,.2f} | {ep:,.2f} | {pct(ep, ap):.2f}%",
             f"{ep:,.2f}", f"≤ {ap:,.2f}", "HIGH", "WARNING",
             f"项目支出 spent {ep:,.2f} against a 全年预算 of {ap:,.2f} ({pct(ep, ap):.2f}%); the whole ({ea:,.2f} ≤ {aa:,.2f}) is "
             "under budget"),
           F("ROW_SCORE_OVER_WEIGHT", "违法建设拆除面积", "020102 | 违法建设拆除面积 | 三级 | ≥8万平方米 | 8.6万平方米 | 8 | 8.5",
             "8.5", "≤ 8", "HIGH", "ERROR", "a score of 8.5 on a weight of 8 (over-fulfilment is not paid above the weight); the "
                                           "产出指标 line (45 / 45.5) and the 合计 98.5 add the 8.5"),
           F("SCORE_RATE", "综合得分率", f"合计 | 100 | {fmt(total)} ; 综合得分率 | {rate_printed}", rate_printed, f"{total:.2f}%",
             "HIGH", "ERROR", f"{fmt(total)} ÷ 100 = {total:.2f}%, printed {rate_printed}")]
    return {"stem": "h148_saihan_chengguan", "format": "csv", "text": text, "encoding": "gbk", "gold": g, "findings": fnd,
            "traps": [f"预算执行率 {ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% ≥ 95%, full marks by its rule",
                      "户外广告设施安全事故 0起 vs 未发生 full; 生活垃圾无害化处理率 100% vs 100% (met exactly)",
                      "成本 4.3 ≤ 4.5万元; 降尘量 6.8 ≤ 7; 满意度 87.3% < 90% loses 2 with a reason (judgement, the 注's rule "
                      "covers only the 预算执行率)",
                      "基本支出 under budget; 基本 + 项目 = 合计 in all three columns; 二级 lines carry no scores"]}


ALL.append(h148())


def main(argv):
    work = tempfile.mkdtemp(prefix="heldout18_")
    try:
        for rep in ALL:
            if argv and not any(rep["stem"].startswith(a) for a in argv):
                continue
            golds = H.write_gold(rep)
            dest = os.path.join(H.OUT, f"{rep['stem']}.{rep['format']}")
            if rep["format"] in ("csv", "html"):
                data = rep.get("text") or rep["html"]
                with open(dest, "wb") as f:
                    f.write(data.encode(rep.get("encoding", "utf-8")))
            else:
                dest = H.render(rep, work)
            print(os.path.basename(dest), sum(len(g["indicators"]) for g in golds), "rows, total",
                  [g["totalScore"] for g in golds], "planted:", ", ".join(x["kind"] for x in rep["findings"]))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
