#!/usr/bin/python3
"""Round 19 (h149–h153): issue-9 layouts not used before, each with PLANTED issue-10 problems, made apart from the
code by the corpus19 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; heldout14.write_gold refuses a report whose own recomputation
(heldout4.recheck) finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports19.py [h149 …]
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, note).
"""
import html as HT
import unicodedata
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

H.A.LO_PROFILE = "file:///tmp/jixiao_heldout19_lo"
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


def fund_row(label, rate_s, w, s):
    return ("", "", label, "", rate_s, w, s, "")


# ============================================================ h149 赣州市章贡区 (DOCX, 项目 form, 资金来源 block in 元, 指标类型/具体指标 header)

def h149():
    proj = "章贡区2022年农家书屋及基层公共文化服务补助资金"
    dept = "赣州市章贡区文化广电新闻出版旅游局"
    unit = "赣州市章贡区文化馆"
    b, e = 1380000.00, 1324800.00
    rate = pct(e, b)  # 96.00
    bs = r2(rate / 10)  # 9.6
    ind = [("产出指标", "数量指标", "农家书屋出版物补充更新册数", "≥18000册", "18600册", 10, 10, ""),
           ("产出指标", "数量指标", "送戏下乡演出场次", "≥120场", "120场", 10, 10, ""),
           ("产出指标", "质量指标", "公共文化场馆免费开放率", "100%", "100%", 10, 10, ""),
           ("产出指标", "时效指标", "补助资金拨付及时率", "≥95%", "88%", 10, 8,  # PLANT RULE_SCORE: 7 × 0.5 = 3.5 → 6.5
            "第四季度资金到位较晚"),
           ("产出指标", "成本指标", "单场演出补助标准", "≤6000元/场", "6000元/场", 10, 10, ""),
           ("效益指标", "社会效益指标", "群众参与公共文化活动人次", "≥15万人次", "16.2万人次", 20, 20, ""),
           ("效益指标", "可持续影响指标", "文化场所安全责任事故", "0起", "全年未发生", 5, 5, ""),
           ("满意度指标", "服务对象满意度指标", "基层群众满意度", "≥90%", "87%", 15, 13.5, "部分村（社区）演出场地条件简陋")]
    full = [fund_row("资金总额", f"{rate:.2f}%", 10, bs)] + ind
    assert s2(full, 5) == 100
    total = s2(full, 6)  # 96.1
    assert total == 96.1
    g = with_project(gold(None, dept, 2022, "COUNTY", "江西省", "SELF_EVALUATION", None, total, 100, "优",
                          budget(None, round(b / 10000, 6), round(e / 10000, 6), rate), [], grows(full)), proj, unit)
    done_people = "12.6万人次"  # PLANT SAME_FIGURE_DIFFERS: the table's actual is 16.2万人次
    T = Tab(8)
    T.add(["项目名称", proj], [(1, 7)])
    T.add(["主管部门", dept, "", "", "实施单位", unit], [(1, 3), (5, 7)])
    f0 = T.add(["项目资金（元）", "资金来源", "", "预算数", "执行数", "执行率", "分值", "得分"], [(1, 2)])
    T.add(["", "资金总额", "", f"{b:,.2f}", f"{e:,.2f}", f"{rate:.2f}%", "10", fmt(bs)], [(1, 2)])
    T.add(["", "其中：财政资金", "", f"{b:,.2f}", f"{e:,.2f}", f"{rate:.2f}%", "—", "—"], [(1, 2)])
    T.add(["", "其他资金", "", "0.00", "0.00", "—", "—", "—"], [(1, 2)])
    T.merges.append((f0, 0, len(T.rows) - 1, 0))
    a = T.add(["年度目标", "预期目标", "", "", "目标实际完成情况"], [(1, 3), (4, 7)])
    T.add(["", "补充更新农家书屋出版物1.8万册以上，开展送戏下乡演出120场以上，公共文化场馆全部免费开放，"
               "群众参与公共文化活动15万人次以上，基层群众满意度90%以上。", "", "",
           f"全年补充更新出版物18600册，送戏下乡演出120场，场馆免费开放率100%，参与群众{done_people}，"
           "基层群众满意度87%。"], [(1, 3), (4, 7)])
    T.merges.append((a, 0, a + 1, 0))
    T.add(["指标类型", "指标类别", "具体指标", "预期指标值", "实际完成值", "指标分值", "实际得分", "偏差说明"])
    st = len(T.rows)
    for l1, l2, l3, t, av, w, s, n in ind:
        T.add([l1, l2, l3, t, av, fmt(w), fmt(s), n])
    T.merges += group_merges(T.rows, [0, 1], st)
    T.add(["合计得分", "", "", "", "", "100", fmt(total), ""], [(0, 4)])
    T.add(["评价等次", "优"], [(1, 7)])
    t = styled(Table(T.rows, T.merges), [2.2, 2.2, 3.6, 2.2, 2.2, 1.3, 1.3, 3.0], header_rows=0)
    blocks = [Title("2022年度项目支出绩效自评表"),
              "填报单位：赣州市章贡区文化广电新闻出版旅游局（公章）　　　　　　　　　　　　　　单位：元", t,
              "评分说明：1.资金总额得分=执行率×10分；2.定量指标达到预期指标值的得满分，每低1个百分点扣0.5分，扣完为止；"
              "3.评价等次：90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。",
              "项目负责人：刘××　　　　联系电话：0797-8××××××　　　　填报日期：2023年4月12日"]
    fnd = [F("RULE_SCORE", "补助资金拨付及时率", "补助资金拨付及时率 | ≥95% | 88% | 10 | 8 ; 每低1个百分点扣0.5分", "8", "6.5",
             "HIGH", "ERROR", "95% − 88% = 7 points × 0.5 = 3.5 deducted → 10 − 3.5 = 6.5, printed 8 (the 合计得分 "
             f"{fmt(total)} adds the printed 8; 优 either way)"),
           F("SAME_FIGURE_DIFFERS", "群众参与公共文化活动人次",
             f"目标实际完成情况：…参与群众{done_people} ; 群众参与公共文化活动人次 | ≥15万人次 | 16.2万人次 | 20 | 20",
             done_people, "16.2万人次", "HIGH", "WARNING",
             "the 年度目标 block says 12.6万人次 took part (which would miss the ≥15万 target), the indicator row prints "
             "16.2万人次 and full marks (digits swapped in one place)")]
    return {"stem": "h149_zhanggong_wenlv", "format": "docx", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": [f"资金总额 1,324,800.00 ÷ 1,380,000.00 = {rate:.2f}%, × 10 = {fmt(bs)}",
                      "基层群众满意度 87%: 3 points × 0.5 = 1.5 → 13.5 (rule pays partial marks, correct)",
                      "送戏下乡 120 vs ≥120场, 单场补助 6000 vs ≤6000元/场, 免费开放率 100% vs 100% (met exactly)",
                      "文化场所安全责任事故 0起 vs 全年未发生, full; 其他资金 0.00 with “—” rate; 元 → 万元"]}


ALL.append(h149())


# ============================================================ h150 绵阳市涪城区 (PDF landscape, 部门整体, 小计 rows, 分值 before targets)

def h150():
    dept = "绵阳市涪城区教育和体育局"
    ib, ip = 3480.00, 1960.00
    ab, ap = 3526.40, 2184.60
    aa_true = r2(ab + ap)  # 5,711.00
    aa = 5771.00  # PLANT BREAKDOWN_SUM: 3,526.40 + 2,184.60 = 5,711.00
    ia = r2(ib + ip)
    eb, ep = 3510.25, 2092.10
    ea = r2(eb + ep)  # 5,602.35
    rate = pct(ea, aa)  # on the printed 合计
    ind = [("部门管理", "预算执行", "预算执行率", "≥95%", f"{rate:.2f}%", 10, 10, ""),
           ("部门管理", "预算管理", "“三公”经费变动率", "≤0", "-3.2%", 5, 5, ""),
           ("部门管理", "资产管理", "固定资产利用率", "≥95%", "96.1%", 5, 5, ""),
           ("产出指标", "数量指标", "义务教育阶段学位供给数", "≥52000个", "53120个", 10, 10, ""),
           ("产出指标", "数量指标", "中小学教师培训人次", "≥3000人次", "3000人次", 10, 10, ""),
           ("产出指标", "质量指标", "九年义务教育巩固率", "≥99%", "99.6%", 10, 10, ""),
           ("产出指标", "时效指标", "学生资助资金发放及时率", "100%", "97%", 10, 7, "个别学校资助对象信息核实滞后"),
           ("效益指标", "社会效益指标", "校园安全责任事故", "0起", "未发生", 10, 10, ""),
           ("效益指标", "可持续影响指标", "学校体育场地向社会开放率", "≥60%", "64%", 10, 10, ""),
           ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "91.5%", 20, 20, "")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)  # 97
    secs = []
    for n in ["部门管理", "产出指标", "效益指标", "满意度指标"]:
        rs = [r for r in ind if r[0] == n]
        secs.append([n, s2(rs, 5), s2(rs, 6)])
    assert secs[1][2] == 37
    secs[1][2] = 38  # PLANT SECTION_VS_ROWS: 10 + 10 + 10 + 7 = 37
    g = gold(None, dept, 2023, "COUNTY", "四川省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), [tuple(s) for s in secs], grows(ind))
    T = Tab(8)
    T.add(["部门（单位）名称", dept, "", "", "", "", "", ""], [(1, 7)])
    b0 = T.add(["预算执行情况（万元）", "项目", "", "年初预算数", "全年预算数", "全年执行数", "执行率", ""], [(1, 2), (6, 7)])
    for lab, x, y, z in [("年度资金总额", ia, aa, ea), ("其中：基本支出", ib, ab, eb), ("项目支出", ip, ap, ep)]:
        T.add(["", lab, "", f"{x:,.2f}", f"{y:,.2f}", f"{z:,.2f}", f"{pct(z, y):.2f}%", ""], [(1, 2), (6, 7)])
    T.merges.append((b0, 0, len(T.rows) - 1, 0))
    T.add(["年度总体目标完成情况", "全年提供义务教育学位5.3万个，培训中小学教师3000人次，九年义务教育巩固率99.6%，"
           "学生资助资金按规定发放，学校体育场地向社会开放率64%，学生家长满意度91.5%。"], [(1, 7)])
    T.add(["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分", "扣分原因"])
    st = len(T.rows)
    for n, sw, ss in secs:
        rs = [r for r in ind if r[0] == n]
        s0 = len(T.rows)
        for l1, l2, l3, t, av, w, s, why in rs:
            T.add([l1, l2, l3, fmt(w), t, av, fmt(s), why])
        T.merges += group_merges(T.rows, [0, 1], s0)
        T.add(["小计", "", "", fmt(sw), "", "", fmt(ss), ""], [(0, 2), (4, 5)])
    T.add(["总计", "", "", "100", "", "", fmt(total), ""], [(0, 2), (4, 5)])
    T.add(["自评等级", "优", "", "", "", "", "", ""], [(1, 7)])
    t = styled(Table(T.rows, T.merges), [3.0, 3.0, 4.8, 2.2, 2.6, 2.6, 1.6, 5.0], header_rows=0)
    blocks = [Title("2023年度部门整体支出绩效自评表"),
              "填报单位（盖章）：绵阳市涪城区教育和体育局　　　　　　　　　　　　　　　　　　　　　　　　　　金额单位：万元", t,
              "备注：1.预算执行率≥95%得满分；2.得分90分（含）以上为优，80分（含）—90分为良，60分（含）—80分为中，60分以下为差。",
              "单位负责人：王××　　　　财务负责人：赵××　　　　经办人：何××　　　　2024年3月25日"]
    fnd = [F("BREAKDOWN_SUM", "全年预算数", f"年度资金总额 | {ia:,.2f} | {aa:,.2f} | {ea:,.2f} ; 其中：基本支出 | {ab:,.2f} ; "
             f"项目支出 | {ap:,.2f}", f"{aa:,.2f}", f"{aa_true:,.2f}", "HIGH", "ERROR",
             f"3,526.40 + 2,184.60 = {aa_true:,.2f}, the 年度资金总额 全年预算数 prints {aa:,.2f} (年初 and 执行数 columns add "
             f"up); its 执行率 {rate:.2f}% is computed on the wrong {aa:,.2f} (on {aa_true:,.2f} it is {pct(ea, aa_true):.2f}%)"),
           F("SECTION_VS_ROWS", "产出指标", "小计 | 40 | 38", "38", "37", "HIGH", "ERROR",
             f"产出指标 rows 10 + 10 + 10 + 7 = 37, its 小计 prints 38; the 总计 {fmt(total)} adds the rows")]
    return {"stem": "h150_fucheng_jiaoti", "format": "pdf", "page": "A4L", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": [f"预算执行率 {rate:.2f}% ≥ 95% full (also {pct(ea, aa_true):.2f}% on the true 合计)",
                      "教师培训 3000 vs ≥3000人次 (met exactly); “三公”经费变动率 -3.2% ≤ 0",
                      "学生资助资金发放及时率 97% < 100% loses 3, no printed rule for it (judgement)",
                      "校园安全责任事故 0起 vs 未发生, full; 基本 and 项目 both under budget"]}


ALL.append(h150())


# ============================================================ h151 柳州市鱼峰区 (XLS, 项目 form, 评分标准 column, 元, 说明 formula with separators)

def h151():
    proj = "鱼峰区2024年就业补助资金"
    dept = "柳州市鱼峰区人力资源和社会保障局"
    unit = "柳州市鱼峰区公共就业服务中心"
    iy, by, ey = 3400000.00, 3560000.00, 3418600.00
    rate = pct(ey, by)  # 96.03
    rate_formula = "96.37%"  # PLANT FORMULA: 3,418,600.00 ÷ 3,560,000.00 = 96.03%
    bs = r2(rate / 10)  # 9.6
    rule_bad = "实名帮扶率≥95%得10分；90%≤帮扶率<95%得8分；95%≤帮扶率<85%得5分；低于85%不得分"  # PLANT MALFORMED_RULE
    # (一级, 二级, 三级, 指标值, 实际值, 权重, 得分, 评分标准)
    ind = [("预算执行", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "得分=预算执行率×10"),
           ("产出指标", "数量指标", "职业技能培训人次", "≥2500人次", "2680人次", 15, 15, "完成得满分，未完成按比例得分"),
           ("产出指标", "数量指标", "城镇新增就业人数", "≥3200人", "3200人", 15, 15, "完成得满分，未完成按比例得分"),
           ("产出指标", "质量指标", "职业技能培训合格率", "≥90%", "86%", 10, 6, "每低1个百分点扣1分"),
           ("产出指标", "时效指标", "就业补贴资金发放及时率", "≥95%", "98%", 10, 10, "达到目标值得满分"),
           ("效益指标", "社会效益指标", "就业困难人员实名帮扶率", "≥95%", "96.2%", 10, 10, rule_bad),
           ("效益指标", "社会效益指标", "城镇调查失业率", "≤4.5%", "3.8%", 10, 10, "不高于目标值得满分"),
           ("效益指标", "可持续影响指标", "零就业家庭动态清零", "动态清零", "已全部清零", 10, 10, "实现得满分，未实现不得分"),
           ("满意度指标", "服务对象满意度指标", "培训学员满意度", "≥90%", "92%", 10, 10, "≥90%得满分，每低1个百分点扣1分")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)  # 95.6
    g = with_project(gold(None, dept, 2024, "COUNTY", "广西壮族自治区", "SELF_EVALUATION", None, total, 100, "优",
                          budget(round(iy / 10000, 6), round(by / 10000, 6), round(ey / 10000, 6), rate), [], grows(ind)),
                     proj, unit)
    T = Tab(9)
    T.add(["项目支出绩效自评表（2024年度）"], [(0, 8)])
    T.add(["金额单位：元"], [(0, 8)])
    T.add(["项目名称", proj, "", "", "", "主管部门", dept], [(1, 4), (6, 8)])
    T.add(["实施单位", unit, "", "", "", "项目属性", "延续性项目"], [(1, 4), (6, 8)])
    f0 = T.add(["预算资金", "年初预算", "", "调整预算", "", "实际支出", "", "预算执行率", ""], [(1, 2), (3, 4), (5, 6), (7, 8)])
    T.add(["", Num(iy, "#,##0.00"), "", Num(by, "#,##0.00"), "", Num(ey, "#,##0.00"), "", f"{rate:.2f}%", ""],
          [(1, 2), (3, 4), (5, 6), (7, 8)])
    T.merges.append((f0, 0, f0 + 1, 0))
    T.add(["绩效目标", "开展职业技能培训2500人次以上，城镇新增就业3200人以上，城镇调查失业率控制在4.5%以内，"
           "零就业家庭动态清零，培训学员满意度90%以上。"], [(1, 8)])
    T.add(["一级指标", "二级指标", "三级指标", "指标值", "实际值", "权重", "评分标准", "得分", "备注"])
    st = len(T.rows)
    for l1, l2, l3, t, av, w, s, rule in ind:
        T.add([l1, l2, l3, t, av, Num(w), rule, Num(s), "培训机构考核不达标1家" if s < w and l3 != "预算执行率" else ""])
    T.merges += group_merges(T.rows, [0, 1], st)
    T.add(["合计", "", "", "", "", Num(100), "", Num(total), ""], [(0, 4)])
    T.add(["自评结果", "", "", "", "", "优", "", "", ""], [(0, 4), (5, 8)])
    T.add([f"说明：预算执行率=实际支出÷调整预算×100%={ey:,.2f}÷{by:,.2f}×100%={rate_formula}；"
           "自评结果90分以上为优，80—90分为良，60—80分为中，60分以下为差。"], [(0, 8)])
    t = styled(Table(T.rows, T.merges), [12, 14, 22, 12, 12, 8, 30, 8, 18])
    t.first_table_row = 2
    fnd = [F("FORMULA", "预算执行率", f"预算执行率=实际支出÷调整预算×100%={ey:,.2f}÷{by:,.2f}×100%={rate_formula}",
             rate_formula, f"{rate:.2f}%", "HIGH", "ERROR",
             f"3,418,600.00 ÷ 3,560,000.00 = 0.96028 → {rate:.2f}%, the 说明 prints {rate_formula}; the 预算资金 row and the "
             f"预算执行率 indicator print {rate:.2f}%, and its score {fmt(bs)} follows it"),
           F("MALFORMED_RULE", "就业困难人员实名帮扶率", rule_bad, "95%≤帮扶率<85%", "85%≤帮扶率<90% (as meant)",
             "HIGH", "WARNING", "the third band “95%≤帮扶率<85%” is empty (lower bound above upper), so rates from 85% to 90% "
             "have no rule; the row itself (96.2%, 10) is scored right")]
    return {"stem": "h151_yufeng_renshe", "format": "xls", "sheets": [("项目自评表", t)], "gold": g, "findings": fnd,
            "traps": [f"{rate:.2f}% × 10 = {rate / 10:.3f} printed {fmt(bs)} (rounding)",
                      "职业技能培训合格率 86%: 4 × 1 → 6 (rule, correct)",
                      "城镇新增就业 3200 vs ≥3200人 (met exactly); 失业率 3.8% ≤ 4.5%; 零就业家庭 已全部清零",
                      "元 as numeric cells → 万元 in gold; 年初 340 < 调整 356"]}


ALL.append(h151())


# ============================================================ h152 哈尔滨市道里区 (DOCX, prose only, “本项满分…本项得…” items)

def h152():
    dept = "哈尔滨市道里区市场监督管理局"
    ab, ap = 1254.30, 608.10
    eb, ep = 1268.75, 571.35  # PLANT SPENDING_OVER_BUDGET: 基本支出 1,268.75 > 1,254.30
    aa, ea = r2(ab + ap), r2(eb + ep)  # 1,862.40 / 1,840.10
    rate = pct(ea, aa)  # 98.80
    # (一级, 二级, 三级, 目标, 完成, 分值, 得分, prose)
    ind = [("预算执行", None, "预算执行率", "≥95%", f"{rate:.2f}%", 10, 10, None),
           ("预算执行", None, "“三公”经费控制情况", "不超预算", "未超预算", 5, 5, None),
           ("预算执行", None, "政府采购执行率", "100%", "100%", 5, 5, None),
           ("履职产出", None, "食品安全监督抽检批次", "≥1800批次", "1856批次", 10, 10, None),
           ("履职产出", None, "特种设备安全专项整治行动", "开展1次", None, 10, 10, None),  # PLANT NARRATIVE_NOT_DONE_FULL_MARKS
           ("履职产出", None, "市场主体年报公示率", "≥90%", "92.6%", 10, 10, None),
           ("履职产出", None, "投诉举报按时办结率", "≥98%", "96%", 10, 9, None),
           ("履职效益", None, "重大食品安全事故", "0起", "未发生", 10, 10, None),
           ("履职效益", None, "新增市场主体户数", "≥6000户", "6420户", 15, 15, None),
           ("满意度", None, "群众满意度", "≥90%", "89.2%", 15, 14, None)]
    assert s2(ind, 5) == 100
    rows_total = s2(ind, 6)  # 98
    total = 99  # PLANT TOTAL_VS_ROWS: 20 + 39 + 25 + 14 = 98
    secs = []
    for n in ["预算执行", "履职产出", "履职效益", "满意度"]:
        rs = [r for r in ind if r[0] == n]
        secs.append((n, s2(rs, 5), s2(rs, 6)))
    g = gold(None, dept, 2021, "COUNTY", "黑龙江省", "SELF_EVALUATION", None, total, 100, "优",
             budget(None, aa, ea, rate, ab, eb, ap, ep), secs,
             grows([(a1, None, a3, None, None, w_, s_, "") for a1, _, a3, _t, _a, w_, s_, _n in ind]))  # prose items: no target/actual
    item = {
        "预算执行率": f"年初设定目标为不低于95%，全年预算{aa:,.2f}万元，实际支出{ea:,.2f}万元，执行率{rate:.2f}%",
        "“三公”经费控制情况": "年初设定目标为“三公”经费支出不超预算，全年“三公”经费支出未超预算",
        "政府采购执行率": "年初设定目标为100%，全年政府采购项目全部按计划执行，执行率100%",
        "食品安全监督抽检批次": "年初设定目标为1800批次以上，全年完成食品安全监督抽检1856批次",
        "特种设备安全专项整治行动": "年初设定目标为开展特种设备安全专项整治行动1次",
        "市场主体年报公示率": "年初设定目标为90%以上，全区市场主体年报公示率92.6%",
        "投诉举报按时办结率": "年初设定目标为98%以上，实际按时办结率96%，部分跨区域投诉协调周期较长",
        "重大食品安全事故": "年初设定目标为0起，全年未发生重大食品安全事故",
        "新增市场主体户数": "年初设定目标为6000户以上，全年新增市场主体6420户",
        "群众满意度": "年初设定目标为90%以上，第三方电话回访满意度89.2%"}
    cn = "一二三四"
    blocks = [Title("哈尔滨市道里区市场监督管理局2021年度部门整体支出绩效自评报告"),
              "一、部门概况",
              "我局为区政府工作部门，内设办公室、综合执法大队、食品安全监管科、特种设备安全监察科等12个内设机构，下设市场监督管理所9个，"
              "主要承担全区市场主体登记、食品药品安全、特种设备安全、产品质量和价格监督检查等职责。",
              "二、部门预算执行情况",
              f"2021年度我局全年预算{aa:,.2f}万元，其中基本支出{ab:,.2f}万元、项目支出{ap:,.2f}万元；全年实际支出{ea:,.2f}万元，"
              f"其中基本支出{eb:,.2f}万元、项目支出{ep:,.2f}万元，预算执行率{rate:.2f}%。",
              "三、绩效指标完成及评分情况",
              "我局从预算执行、履职产出、履职效益、满意度四个方面设置10项指标，逐项说明如下。"]
    k = 0
    for i, (n, sw, ss) in enumerate(secs):
        blocks.append(f"（{cn[i]}）{n}（本部分满分{fmt(sw)}分，得分{fmt(ss)}分）")
        for l1, _, l3, t, a, w, s, _p in ind:
            if l1 != n:
                continue
            k += 1
            blocks.append(f"{k}.{l3}（本项满分{fmt(w)}分）。{item[l3]}，本项得{fmt(s)}分。")
    blocks += [f"经自评，我局2021年度部门整体支出绩效自评得分{fmt(total)}分，自评等级为“优”。",
               "四、存在的问题",
               "一是受新冠肺炎疫情防控影响，原计划下半年组织的特种设备安全专项整治行动未开展，相关工作顺延至2022年；"
               "二是人员经费增长较快，基本支出超出年初预算；三是个别投诉举报件办理超期。",
               "五、下一步改进措施",
               "进一步加强预算编制的科学性和准确性，统筹安排专项整治工作，提升投诉举报处置效率。",
               "哈尔滨市道里区市场监督管理局", "2022年4月15日"]
    fnd = [F("SPENDING_OVER_BUDGET", "基本支出", f"其中基本支出{ab:,.2f}万元 … 全年实际支出…其中基本支出{eb:,.2f}万元",
             f"{eb:,.2f}万元", f"≤ {ab:,.2f}万元", "HIGH", "WARNING",
             f"基本支出 spent {eb:,.2f} against a budget of {ab:,.2f} ({pct(eb, ab):.2f}%); the whole ({ea:,.2f} ≤ {aa:,.2f}) is "
             "under budget; part 四 admits it"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "特种设备安全专项整治行动",
             "原计划下半年组织的特种设备安全专项整治行动未开展 ; 特种设备安全专项整治行动（本项满分10分）…本项得10分",
             "10", "< 10", "HIGH", "WARNING", "part 四 says the campaign (target 开展1次) was not held, the item keeps full marks 10"),
           F("TOTAL_VS_ROWS", "总分", f"自评得分{fmt(total)}分", fmt(total), fmt(rows_total), "HIGH", "ERROR",
             f"sections 20 + 39 + 25 + 14 = {fmt(rows_total)} (each section sentence adds its items), the report states "
             f"{fmt(total)}; 优 either way")]
    return {"stem": "h152_daoli_shichang", "format": "docx", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": [f"预算执行率 {ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% ≥ 95% full; 项目支出 under budget; parts add up",
                      "政府采购执行率 100% vs 100% (met exactly); 重大食品安全事故 0起 vs 未发生, full",
                      "投诉举报 96% < 98% loses 1 and 满意度 89.2% < 90% loses 1, no printed rule (judgement)",
                      "section sentences are sections, never rows; no grade bands printed"]}


ALL.append(h152())


# ============================================================ h153 天水市秦州区 (TXT, third-party summary, white-space table, two levels)

def w(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s, n, right=False):
    sp = " " * max(1, n - w(s))
    return sp + s if right else s + sp


def h153():
    proj = "秦州区2023年农村公路养护资金"
    dept = "天水市秦州区交通运输局"
    unit = "天水市秦州区公路养护服务中心"
    agency = "甘肃正衡项目管理咨询有限公司"
    b, e = 820.00, 745.20
    rate = pct(e, b)  # 90.88
    bs_true = r2(rate * 8 / 100)  # 7.27
    bs = 8  # PLANT BUDGET_ROW_SCORE: 90.88% × 8 = 7.27
    ind = [("决策", None, "项目立项规范性", "规范", "规范", 5, 5, ""),
           ("决策", None, "绩效目标合理性", "合理", "部分指标未量化", 5, 3, "2项指标未量化"),
           ("决策", None, "资金分配合理性", "合理", "基本合理", 5, 3.5, "分配未与养护里程挂钩"),
           ("过程", None, "预算执行率", "100%", f"{rate:.2f}%", 8, bs, ""),
           ("过程", None, "资金使用合规性", "合规", "合规", 6, 6, ""),
           ("过程", None, "管理制度执行有效性", "有效", "台账不完整", 6, 4, "养护台账记录不全"),
           ("产出", None, "县乡道日常养护里程", "≥1260公里", "1260公里", 10, 10, ""),
           ("产出", None, "优良中等路率", "≥75%", "71.3%", 10, 10, ""),  # PLANT TARGET_MISSED_FULL_MARKS
           ("产出", None, "路面病害处治及时率", "≥90%", "93%", 10, 10, ""),
           ("产出", None, "养护单位成本", "≤5900元/公里", "5914元/公里", 10, 7, "超出成本控制目标"),
           ("效益", None, "因养护不到位引发的安全责任事故", "0起", "未发生", 10, 10, ""),
           ("效益", None, "沿线群众出行满意度", "≥85%", "87.6%", 15, 13, "部分路段雨季通行条件差")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)  # 89.5
    assert total == 89.5
    grade = "优"  # PLANT GRADE_OUTSIDE_BANDS: 89.5 < 90 → 良
    secs = []
    for n in ["决策", "过程", "产出", "效益"]:
        rs = [r for r in ind if r[0] == n]
        secs.append((n, s2(rs, 5), s2(rs, 6)))
    g = with_project(gold(None, dept, 2023, "COUNTY", "甘肃省", "THIRD_PARTY_EVALUATION", agency, total, 100, grade,
                          budget(None, b, e, rate), secs, grows(ind)), proj, unit)
    L = ["秦州区2023年农村公路养护资金绩效评价报告（摘要）", "",
         "报告编号：甘正衡评字〔2024〕第017号", f"委托单位：天水市秦州区财政局", f"项目主管部门：{dept}", f"项目实施单位：{unit}",
         f"评价机构：{agency}", "",
         "一、项目概况",
         f"    2023年秦州区安排农村公路养护资金{b:.2f}万元，全部为区级财政资金，用于全区1260公里县乡道日常养护、路面病害处治和",
         "安全设施维护。截至2023年12月31日，实际支出" + f"{e:.2f}万元，预算执行率{rate:.2f}%。", "",
         "二、评价结论",
         f"    评价组按照决策、过程、产出、效益四个维度设置12项三级指标，综合评分{fmt(total)}分，评价等级为“{grade}”。"
         "评价等级划分：90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。", "",
         "三、指标评分情况", ""]
    cols = [(4, False), (34, False), (16, False), (16, False), (6, True), (6, True), (26, False)]
    head = ["序号", "指标", "目标值", "实际完成值", "分值", "得分", "扣分说明"]

    def line(cells):
        return "".join(pad(c, n, r) if not r else pad(c, n, True) + "  " for c, (n, r) in zip(cells, cols)).rstrip()
    L.append(line(head))
    L.append("-" * 110)
    k = 0
    for n, sw, ss in secs:
        L.append(line(["", f"{n}（小计）", "", "", fmt(sw), fmt(ss), ""]))
        for l1, _, l3, t, a, wt, s, why in ind:
            if l1 != n:
                continue
            k += 1
            L.append(line([str(k), l3, t, a, fmt(wt), fmt(s), why]))
    L.append("-" * 110)
    L.append(line(["", "合计", "", "", "100", fmt(total), ""]))
    L += ["", "    注：预算执行率指标得分=预算执行率×分值；其余定性指标按评价标准分档评分。", "",
          "四、主要问题",
          "    1.预算执行率偏低，年末结余资金74.80万元未及时统筹使用；",
          "    2.优良中等路率71.3%，未达到75%的年度目标，部分乡道路面破损修复不及时；",
          "    3.养护台账记录不完整，养护单位成本略高于目标。", "",
          "五、有关建议",
          "    建议主管部门按养护里程和路况等级分配资金，加快预算执行，完善养护台账管理。", "",
          f"{agency}", "2024年5月20日", "", "第1页 共1页"]
    text = "\r\n".join(L) + "\r\n"
    fnd = [F("BUDGET_ROW_SCORE", "预算执行率", f"4 | 预算执行率 | 100% | {rate:.2f}% | 8 | 8 ; 预算执行率指标得分=预算执行率×分值",
             "8", fmt(bs_true), "HIGH", "ERROR",
             f"{e:.2f} ÷ {b:.2f} = {rate:.2f}% × 8 = {rate * 8 / 100:.4f} → {fmt(bs_true)}, printed 8 (the 过程 小计 and the 合计 "
             "add the printed 8)"),
           F("TARGET_MISSED_FULL_MARKS", "优良中等路率", "8 | 优良中等路率 | ≥75% | 71.3% | 10 | 10", "10", "< 10", "HIGH",
             "WARNING", "71.3% < 75% (part 四 says so: 未达到75%的年度目标), yet full marks"),
           F("GRADE_OUTSIDE_BANDS", "评价等级", f"综合评分{fmt(total)}分，评价等级为“{grade}” … 90分（含）以上为优，80分（含）至90分为良",
             grade, "良", "HIGH", "ERROR", f"{fmt(total)} < 90, so 良 by the report's own bands (lower still once the two "
                                         "scores above are corrected)")]
    return {"stem": "h153_qinzhou_jiaotong", "format": "txt", "text": text, "gold": g, "findings": fnd,
            "traps": ["县乡道日常养护里程 1260 vs ≥1260公里 (met exactly); 安全责任事故 0起 vs 未发生, full",
                      "资金分配合理性 3.5, 绩效目标合理性 3, 管理制度 4, 满意度 13 — judgement deductions, no printed rule",
                      "养护单位成本 5914 > 5900元/公里 loses 3 (missed, points lost: consistent)",
                      "结余 820.00 − 745.20 = 74.80 (correct); sections (小计) add their rows"]}


ALL.append(h153())


def main(argv):
    work = tempfile.mkdtemp(prefix="heldout19_")
    try:
        for rep in ALL:
            if argv and not any(rep["stem"].startswith(a) for a in argv):
                continue
            golds = H.write_gold(rep)
            dest = H.render(rep, work)
            print(os.path.basename(dest), sum(len(g["indicators"]) for g in golds), "rows, total",
                  [g["totalScore"] for g in golds], "planted:", ", ".join(x["kind"] for x in rep["findings"]))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
