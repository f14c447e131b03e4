#!/usr/bin/python3
"""Round 27 (h189–h193): issue-9 layouts not used before, each with PLANTED issue-10 problems, made apart from the
code by the corpus27 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report
whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports27.py [h189 …]
(needs python-docx, openpyxl and LibreOffice: h190 DOCX → PDF, h193 DOCX → DOC, private profile
/tmp/jixiao_heldout27_lo.)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, note).
"""
import html
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402
from heldout import Table, Title, group_merges, fmt, budget, gold  # noqa: E402
from reports3_a import Num  # noqa: E402
from reports4 import styled, pct, F  # noqa: E402
from reports22 import s2, r2, with_project, grows, Tab, write_gold  # noqa: E402

H.A.LO_PROFILE = "file:///tmp/jixiao_heldout27_lo"
ALL = []
BANDS = "90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。"
CN = "一二三四五六七八九十"


def vert(s):
    """vertical text as typed in a narrow Word cell: one character per line"""
    return "\n".join(s)


def sections(ind, names):
    out = []
    for n in names:
        rs = [r for r in ind if r[0] == n]
        out.append((n, s2(rs, 5), s2(rs, 6)))
    return out


# ============================================================ h189 大庆市让胡路区教育局 (DOCX, 项目 form, 一级/二级 printed once as vertical text)

def h189():
    dept = "大庆市让胡路区教育局"
    unit = "大庆市让胡路区教育技术装备中心"
    proj = "让胡路区2023年义务教育薄弱环节改善与能力提升资金"
    ia, aa, ea = 680.00, 720.00, 686.59
    rate = pct(ea, aa)  # 95.36
    bs_true = r2(rate / 10)  # 9.54
    bs = 10  # PLANT BUDGET_ROW_SCORE: 95.36% × 10 = 9.536 → 9.54 by the printed rule
    ind = [("产出指标", "数量指标", "改造薄弱学校校舍面积", "≥12000平方米", "12450平方米", 10, 8, ""),  # PLANT TARGET_MET_POINTS_LOST
           ("产出指标", "数量指标", "采购教学实验仪器设备", "≥860台（套）", "860台（套）", 8, 8, ""),
           ("产出指标", "数量指标", "新建改建学校食堂", "≥4所", "4所", 7, 7, ""),
           ("产出指标", "质量指标", "工程竣工验收合格率", "100%", "100%", 8, 8, ""),
           ("产出指标", "质量指标", "设备到货验收合格率", "100%", "100%", 6, 6, ""),
           ("产出指标", "时效指标", "项目完工时间", "2023年9月开学前", "2023年8月底", 6, 6, ""),
           ("产出指标", "成本指标", "校舍改造单位造价", "≤1800元/平方米", "1760元/平方米", 7, 7, ""),
           ("效益指标", "社会效益指标", "受益学生人数", "≥9000人", "8640人", 10, 9.6, "部分学校生源减少，按完成比例计分"),
           ("效益指标", "社会效益指标", "义务教育办学条件达标率", "≥95%", "96.5%", 10, 10, ""),
           ("效益指标", "可持续影响指标", "设施设备管护机制", "健全", "基本健全", 8, 7, "2所学校管护制度未落实到人"),
           ("满意度指标", "服务对象满意度指标", "师生及家长满意度", "≥90%", "93%", 10, 10, "")]
    full = [("", "", "年度资金总额", "", f"{rate:.2f}%", 10, bs, "")] + ind
    assert s2(full, 5) == 100
    total = s2(full, 6)  # 96.6 (with the printed 10)
    g = with_project(gold(None, dept, 2023, "COUNTY", "黑龙江省", "SELF_EVALUATION", None, total, 100, "优",
                          budget(ia, aa, ea, rate), [], grows(full)), proj, unit)
    goal_p = ("目标1：完成全区6所薄弱学校校舍改造12000平方米以上，新建改建学校食堂4所；"
              "目标2：为中小学采购教学实验仪器设备860台（套）以上，到货验收合格率100%；"
              "目标4：改善义务教育办学条件，受益学生9000人以上，师生及家长满意度达到90%以上。")  # PLANT GOAL_LABELS
    done = ("完成6所学校校舍改造12450平方米，新建改建食堂4所；采购仪器设备860台（套），全部验收合格；"
            "受益学生8640人，办学条件达标率96.5%，满意度93%。")
    T = Tab(8)
    T.add(["项目名称", proj, "", "", "", "", "", ""], [(1, 7)])
    T.add(["主管部门", dept, "", "", "实施单位", unit, "", ""], [(1, 3), (5, 7)])
    T.add(["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], [(0, 1)])
    T.add(["年度资金总额", "", f"{ia:,.2f}", f"{aa:,.2f}", f"{ea:,.2f}", "10", f"{rate:.2f}%", fmt(bs)], [(0, 1)])
    T.add(["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", ""], [(1, 4), (5, 7)])
    T.add(["", goal_p, "", "", "", done, "", ""], [(1, 4), (5, 7)])
    T.merges.append((4, 0, 5, 0))
    T.add(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"])
    st = len(T.rows)
    for l1, l2, l3, t, a, w, s, n in ind:
        T.add([vert(l1), vert(l2), l3, t, a, fmt(w), fmt(s), n])
    T.merges += group_merges(T.rows, [0, 1], st)
    T.add(["总分", "", "", "", "", "100", fmt(total), "自评等级：优"], [(0, 4)])
    tt = styled(Table(T.rows, T.merges), [1.2, 1.2, 3.6, 2.4, 2.4, 1.1, 1.1, 3.2], header_rows=0)
    blocks = [Title("项目支出绩效自评表"), "（2023年度）", tt,
              "说明：1.年度资金总额得分=执行率×10，保留两位小数；2.指标完成目标值的得满分，未完成的按完成比例计分或根据偏差原因"
              "酌情扣分；3.自评等级" + BANDS,
              "填报单位（盖章）：大庆市让胡路区教育局　　填报人：王淑清　　填报日期：2024年3月22日"]
    fnd = [F("BUDGET_ROW_SCORE", "年度资金总额", f"年度资金总额 | {ia:,.2f} | {aa:,.2f} | {ea:,.2f} | 10 | {rate:.2f}% | {fmt(bs)}",
             fmt(bs), fmt(bs_true), "HIGH", "ERROR",
             f"{ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% (right); by the printed rule 执行率×10 = {rate / 10:.3f} → "
             f"{fmt(bs_true)}, printed full marks {fmt(bs)}; the 总分 includes the 10"),
           F("TARGET_MET_POINTS_LOST", "改造薄弱学校校舍面积", "改造薄弱学校校舍面积 | ≥12000平方米 | 12450平方米 | 10 | 8 |",
             "8", "10", "HIGH", "WARNING",
             "12450 meets ≥12000平方米, yet 2 points lost with the 偏差原因分析 cell blank (说明: 完成目标值的得满分)"),
           F("GOAL_LABELS", "年度总体目标", "目标1：… 目标2：… 目标4：…", "目标1, 目标2, 目标4", "目标1, 目标2, 目标3",
             "HIGH", "WARNING", "three goals numbered 1, 2, 4: 目标3 is skipped (no fourth goal printed anywhere)")]
    return {"stem": "h189_ranghulu_jiaoyu", "format": "docx", "page": "A4", "blocks": blocks, "gold": g,
            "findings": fnd,
            "traps": [f"执行率 {ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% (right)",
                      "采购教学实验仪器设备 860 vs ≥860台（套） and 新建改建学校食堂 4 vs ≥4所 (met exactly)",
                      "受益学生人数 8640 ÷ 9000 × 10 = 9.6 (printed proportion rule, partial marks)",
                      "设施设备管护机制 基本健全 −1 with a reason (judgement, 酌情扣分)",
                      "总分 96.6 = rows (with the printed 10)",
                      "一级/二级 cells print one character per line (产/出/指/标): the names are 产出指标, 数量指标, …"]}


ALL.append(h189())


# ============================================================ h190 天津市北辰区水务局 (PDF portrait, 三级 names with （定量）/（定性）, 偏差原因 and 改进措施 columns)

def h190():
    dept = "天津市北辰区水务局"
    ib, ip = 1268.00, 3450.00
    ab, ap = 1320.50, 3812.60
    eb, ep = 1302.18, 3516.94
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    rate = pct(ea, aa)  # 93.88
    rp_true = pct(ep, ap)  # 92.25
    rp = 95.22  # PLANT EXECUTION_RATE: 项目支出 3,516.94 ÷ 3,812.60 = 92.25%
    bs = r2(rate / 10)  # 9.39
    wq = 7  # PLANT RULE_SCORE: 95% vs ≥98%, 每低1个百分点扣1分 → 8 − 3 = 5
    wq_true = 5
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, (偏差原因, 改进措施), 类型)
    raw = [("投入", "预算编制", "预算编制科学性", "科学", "科学", 4, 4, None, "定性"),
           ("投入", "预算编制", "“三公经费”变动率", "≤0", "-2.1%", 3, 3, None, "定量"),
           ("投入", "目标设定", "绩效目标合理性", "合理", "合理", 3, 3, None, "定性"),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs,
            ("部分泵站更新改造项目按合同约定留存质保金，年底未支付", "加强项目支出进度管理，按季度通报执行进度"), "定量"),
           ("过程", "预算管理", "资金使用合规性", "合规", "合规", 5, 5, None, "定性"),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 5, 4,
            ("部分新建排水设施资产移交手续未办结，账实核对存在时间差", "会同区财政局加快资产移交，建立资产台账季度核对机制"), "定性"),
           ("产出", "数量指标", "河道清淤疏浚长度", "≥45公里", "45公里", 10, 10, None, "定量"),
           ("产出", "数量指标", "农村供水工程维修养护", "≥60处", "64处", 8, 8, None, "定量"),
           ("产出", "质量指标", "农村供水水质检测合格率", "≥98%", "95%", 8, wq,
            ("夏季高温期间个别老旧管网末梢水浊度超标", "实施老旧管网分批改造，加密末梢水抽检频次"), "定量"),
           ("产出", "时效指标", "汛前工程检查完成时间", "5月底前", "5月底前", 6, 6, None, "定性"),
           ("效益", "社会效益", "防汛安全责任事故", "0起", "0起", 10, 10, None, "定量"),
           ("效益", "生态效益", "地表水考核断面达标率", "≥80%", "75%", 8, 6,
            ("上游来水水质波动，汛期农业面源污染影响明显", "推进入河排污口整治，加强与上游区县联防联控"), "定量"),
           ("效益", "满意度", "群众满意度", "≥90%", "91.5%", 20, 20, None, "定量")]
    ind = [r[:8] for r in raw]
    assert s2(ind, 5) == 100
    rows_total = s2(ind, 6)  # 95.39 (with the printed 7)
    total = r2(rows_total + 1)  # PLANT TOTAL_VS_ROWS: 合计 96.39
    g = gold(None, dept, 2022, "COUNTY", "天津市", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), [], grows(ind))
    B = Tab(5)
    B.add(["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"])
    B.add(["合计", f"{ia:,.2f}", f"{aa:,.2f}", f"{ea:,.2f}", f"{rate:.2f}%"])
    B.add(["基本支出", f"{ib:,.2f}", f"{ab:,.2f}", f"{eb:,.2f}", f"{pct(eb, ab):.2f}%"])
    B.add(["项目支出", f"{ip:,.2f}", f"{ap:,.2f}", f"{ep:,.2f}", f"{rp:.2f}%"])
    bt = styled(Table(B.rows, B.merges), [3.0, 3.0, 3.0, 3.0, 2.4], header_rows=1)
    T = Tab(9)
    T.add(["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分", "偏差原因", "改进措施"])
    st = len(T.rows)
    for l1, l2, l3, t, a, w, s, dv, kind in raw:
        T.add([l1, l2, f"{l3}（{kind}）", fmt(w), t, a, fmt(s), dv[0] if dv else "", dv[1] if dv else ""])
    T.merges += group_merges(T.rows, [0, 1], st)
    T.add(["合计", "", "", "100", "", "", fmt(total), "", ""], [(0, 2), (7, 8)])
    T.add(["自评等级", "", "", "优", "", "", "", "", ""], [(0, 2), (3, 8)])
    tt = styled(Table(T.rows, T.merges), [1.0, 1.2, 2.5, 1.1, 1.5, 1.8, 1.3, 2.8, 2.8], header_rows=1)
    blocks = [Title("2022年度部门整体支出绩效自评表"),
              "部门名称：天津市北辰区水务局　　　　　　　　　　　金额单位：万元",
              "一、部门预算执行情况", bt,
              "二、部门整体绩效指标完成情况", tt,
              "填表说明：1.三级指标后标注（定量）（定性）为指标类型；2.预算执行率得分=预算执行率×10，保留两位小数；"
              "3.农村供水水质检测合格率每低于目标值1个百分点扣1分；4.其余指标未达到目标值的，结合偏差原因酌情扣分；"
              "5.自评等级" + BANDS,
              "单位负责人：刘振国　　财务负责人：孙丽华　　填表人：赵明　　填报日期：2023年4月10日"]
    fnd = [F("EXECUTION_RATE", "项目支出", f"项目支出 | {ip:,.2f} | {ap:,.2f} | {ep:,.2f} | {rp:.2f}%", f"{rp:.2f}%",
             f"{rp_true:.2f}%", "HIGH", "ERROR",
             f"{ep:,.2f} ÷ {ap:,.2f} = {rp_true:.2f}%, the 项目支出 line prints {rp:.2f}%; the 合计 {rate:.2f}% and "
             f"基本支出 {pct(eb, ab):.2f}% are right"),
           F("RULE_SCORE", "农村供水水质检测合格率", f"农村供水水质检测合格率（定量） | 8 | ≥98% | 95% | {wq}", str(wq),
             str(wq_true), "HIGH", "ERROR",
             f"95% is 3 points below ≥98%: by the printed rule (每低于目标值1个百分点扣1分) 8 − 3 = {wq_true}, printed {wq}"),
           F("TOTAL_VS_ROWS", "合计", f"合计 | 100 | {fmt(total)}", fmt(total), fmt(rows_total), "HIGH", "ERROR",
             f"the 13 得分 add to {fmt(rows_total)} (the RULE_SCORE row's {wq} counted as printed), the 合计 prints "
             f"{fmt(total)}; 优 holds either way")]
    return {"stem": "h190_beichen_shuiwu", "format": "pdf", "page": "A4", "blocks": blocks, "gold": g,
            "findings": fnd,
            "traps": [f"预算执行率 {ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% × 10 = {rate / 10:.3f} printed {fmt(bs)} (rounding)",
                      f"基本支出 {pct(eb, ab):.2f}% right; 基本 + 项目 = 合计 in every column; both under budget",
                      "河道清淤疏浚长度 45 vs ≥45公里 (met exactly)", "防汛安全责任事故 0起 vs 0起 full",
                      "资产管理规范性 −1 and 地表水考核断面达标率 −2 with 偏差原因 (酌情扣分, judgement)",
                      "（定量）/（定性） after the 三级 names are type markers, not part of the names"]}


ALL.append(h190())


# ============================================================ h191 锦州市太和区农业农村局 (XLSX, budget on sheet 表一, indicators on sheet 表二 with 评分 over 分值/得分 and 扣分原因)

def h191():
    dept = "锦州市太和区农业农村局"
    ib, ip = 842.00, 1460.00
    ab, ap = 865.20, 1534.80
    eb = 842.16
    ep = 1548.36  # PLANT SPENDING_OVER_BUDGET: 项目支出 执行 1,548.36 > 全年 1,534.80
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    rate = pct(ea, aa)  # 99.61
    ea2 = 2309.52  # PLANT SAME_FIGURE_DIFFERS: 表二 head prints 全年执行数 2,309.52, 表一 2,390.52
    assert ea == 2390.52, ea
    bs = r2(rate * 8 / 100)  # 7.97
    qs = 8.5  # PLANT ROW_SCORE_OVER_WEIGHT: 农产品质量安全例行监测合格率 8.5 of 8
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 4, 4, ""),
           ("决策", "预算配置", "“三公经费”变动率", "≤0", "-1.2%", 3, 3, ""),
           ("决策", "预算配置", "重点支出保障率", "100%", "100%", 3, 3, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 8, bs, f"执行率{rate:.2f}%，按执行率×8计分"),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 6, 6, ""),
           ("过程", "资产管理", "资产账实相符率", "100%", "98%", 6, 5, "2项农机具已报废未及时办理核销，扣1分"),
           ("产出", "数量指标", "农作物秸秆综合利用量", "≥45万吨", "45万吨", 10, 10, ""),
           ("产出", "数量指标", "高标准农田建设面积", "≥3.5万亩", "3.62万亩", 8, 8, ""),
           ("产出", "质量指标", "农产品质量安全例行监测合格率", "≥98%", "98.6%", 8, qs, ""),
           ("产出", "时效指标", "春耕物资调度完成时间", "4月底前", "4月底前", 6, 6, ""),
           ("效益", "经济效益", "农村居民人均可支配收入增幅", "≥6%", "5.4%", 10, 9, "未达目标值，按完成比例计分，扣1分"),
           ("效益", "社会效益", "农业生产安全事故", "0起", "0起", 8, 8, ""),
           ("效益", "满意度", "农户满意度", "≥90%", "92%", 20, 20, "")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)  # 98.47 (with the 8.5)
    g = gold(None, dept, 2024, "COUNTY", "辽宁省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), [], grows(ind))
    m = lambda x: Num(x, "#,##0.00")  # noqa: E731
    A = Tab(6)
    A.add(["锦州市太和区农业农村局2024年度部门整体支出绩效自评表"], [(0, 5)])
    A.add(["表一　部门预算执行情况"], [(0, 5)])
    A.add(["填报单位：锦州市太和区农业农村局", "", "", "", "单位：万元", ""], [(0, 3), (4, 5)])
    a0 = A.add(["项目", "年初预算数", "全年预算数", "全年执行数", "执行率", "备注"])
    A.add(["合计", m(ia), m(aa), m(ea), f"{rate:.2f}%", ""])
    A.add(["基本支出", m(ib), m(ab), m(eb), f"{pct(eb, ab):.2f}%", ""])
    A.add(["项目支出", m(ip), m(ap), m(ep), f"{pct(ep, ap):.2f}%", "含上级提前下达转移支付"])
    A.add(["注：绩效指标完成及评分情况见表二。"], [(0, 5)])
    ta = styled(Table(A.rows, A.merges), [14, 14, 14, 14, 12, 24])
    ta.first_table_row = a0
    T = Tab(8)
    T.add(["锦州市太和区农业农村局2024年度部门整体支出绩效自评表"], [(0, 7)])
    T.add(["表二　绩效指标完成及评分情况"], [(0, 7)])
    T.add(["部门名称：锦州市太和区农业农村局", "", "", "全年预算数（万元）", m(aa), "全年执行数（万元）", "", m(ea2)],
          [(0, 2), (5, 6)])
    t0 = T.add(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "评分", "", "扣分原因"], [(5, 6)])
    T.add(["", "", "", "", "", "分值", "得分", ""])
    for c in (0, 1, 2, 3, 4, 7):
        T.merges.append((t0, c, t0 + 1, c))
    st = len(T.rows)
    for l1, l2, l3, t, a, w, s, n in ind:
        T.add([l1, l2, l3, t, a, Num(w), Num(s), n])
    T.merges += group_merges(T.rows, [0, 1], st)
    T.add(["合计", "", "", "", "", Num(100), Num(total), ""], [(0, 4)])
    T.add(["自评等级", "", "", "", "", "优", "", ""], [(0, 4), (5, 7)])
    T.add(["说明：1.预算执行率得分=预算执行率×8，保留两位小数；2.完成目标值的得满分，未完成的按完成比例计分或据实扣分，"
           "扣分原因填入扣分原因栏；3.自评等级" + BANDS], [(0, 7)])
    tb = styled(Table(T.rows, T.merges), [10, 11, 26, 12, 12, 8, 8, 30])
    tb.first_table_row = t0
    fnd = [F("SPENDING_OVER_BUDGET", "项目支出", f"项目支出 | {ip:,.2f} | {ap:,.2f} | {ep:,.2f} | {pct(ep, ap):.2f}%",
             f"{ep:,.2f}万元", f"≤ {ap:,.2f}万元", "HIGH", "WARNING",
             f"表一: 项目支出 全年执行数 {ep:,.2f} exceeds its 全年预算数 {ap:,.2f} by {ep - ap:,.2f} (its "
             f"{pct(ep, ap):.2f}% is arithmetically right); the 合计 stays under budget ({rate:.2f}%)"),
           F("SAME_FIGURE_DIFFERS", "全年执行数", f"表一 合计 | {ia:,.2f} | {aa:,.2f} | {ea:,.2f} … 表二 全年执行数（万元） | {ea2:,.2f}",
             f"{ea2:,.2f}万元", f"{ea:,.2f}万元", "HIGH", "WARNING",
             f"表二's head prints 全年执行数 {ea2:,.2f}, 表一's 合计 {ea:,.2f} (= 基本 {eb:,.2f} + 项目 {ep:,.2f}, and the "
             f"base of the printed {rate:.2f}%); the 表二 figure is the slip"),
           F("ROW_SCORE_OVER_WEIGHT", "农产品质量安全例行监测合格率",
             f"农产品质量安全例行监测合格率 | ≥98% | 98.6% | 8 | {fmt(qs)} |", fmt(qs), "≤ 8", "HIGH", "ERROR",
             f"得分 {fmt(qs)} above its 分值 8 (no bonus rule printed); the 合计 {fmt(total)} includes it")]
    return {"stem": "h191_taihe_nongye", "format": "xlsx", "sheets": [("表一预算执行", ta), ("表二绩效指标", tb)],
            "gold": g, "findings": fnd,
            "traps": [f"预算执行率 {rate:.2f}% × 8 = {rate * 8 / 100:.4f} printed {fmt(bs)} (rounding)",
                      f"基本支出 under budget ({pct(eb, ab):.2f}%); 基本 + 项目 = 合计 in every column",
                      "农作物秸秆综合利用量 45 vs ≥45万吨 (met exactly)",
                      "农村居民人均可支配收入增幅 5.4 ÷ 6 × 10 = 9 (printed proportion rule, partial marks)",
                      "资产账实相符率 −1 with a 扣分原因 (judgement)", f"合计 {fmt(total)} = rows (with the 8.5)",
                      "the 评分 header spans 分值 and 得分 (two header rows)"]}


ALL.append(h191())


# ============================================================ h192 克拉玛依市独山子区 (HTML, third party, tables built from <div> grid rows, no <table>)

def h192():
    dept = "克拉玛依市独山子区住房和城乡建设局"
    unit = "克拉玛依市独山子区园林绿化服务中心"
    proj = "独山子区2023年城市园林绿化养护项目"
    agency = "新疆天正信会计师事务所有限公司"
    ia, aa, ea = 1260.00, 1318.60, 1236.45
    rate = pct(ea, aa)  # 93.77
    rate_p = 97.37  # PLANT FORMULA: 1,236.45 ÷ 1,318.60 × 100% = 93.77%
    bs = r2(rate * 5 / 100)  # 4.69 (follows the right rate)
    zb = "100%（2022年0平方米，2023年3,200平方米）"  # PLANT RATE_OVER_ZERO_BASE
    ind = [("决策", "项目立项", "立项依据充分性", "充分", "充分", 4, 4, "依据充分得满分"),
           ("决策", "绩效目标", "绩效目标明确性", "明确", "基本明确", 4, 3, "部分指标未细化量化，扣1分"),
           ("决策", "资金投入", "预算编制科学性", "科学", "科学", 4, 4, "编制科学得满分"),
           ("决策", "资金投入", "资金分配合理性", "合理", "合理", 3, 3, "分配合理得满分"),
           ("过程", "资金管理", "预算执行率", "100%", f"{rate_p:.2f}%", 5, bs, "得分=预算执行率×分值"),
           ("过程", "资金管理", "资金使用合规性", "合规", "合规", 5, 5, "无违规得满分"),
           ("过程", "组织实施", "管理制度健全性", "健全", "健全", 4, 4, "制度健全得满分"),
           ("过程", "组织实施", "养护作业监管有效性", "有效", "基本有效", 6, 4.5, "部分标段巡查记录缺失，酌情扣分"),
           ("产出", "数量指标", "绿地养护面积", "≥420万平方米", "420万平方米", 10, 10, "达到目标值得满分"),
           ("产出", "数量指标", "行道树补植数量", "≥3000株", "2760株", 8, 7.36, "按完成比例计分"),
           ("产出", "质量指标", "绿地养护质量考核合格率", "≥95%", "96%", 9, 9, "达到目标值得满分"),
           ("产出", "时效指标", "养护作业及时率", "≥95%", "90%", 8, 3, "每低1个百分点扣1分"),
           ("效益", "生态效益", "立体绿化面积增长率", "≥20%", zb, 8, 8, "达到目标值得满分"),
           ("效益", "社会效益", "建成区绿化覆盖率", "≥40%", "40.6%", 8, 8, "达到目标值得满分"),
           ("效益", "满意度", "公众满意度", "≥90%", "86%", 14, 10, "每低1个百分点扣1分")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)  # 87.55
    assert 80 <= total < 90, total
    grade_p = "优"  # PLANT GRADE_OUTSIDE_BANDS: 87.55 is 良 by the printed bands
    secs = sections(ind, ["决策", "过程", "产出", "效益"])
    g = with_project(gold(None, dept, 2023, "COUNTY", "新疆维吾尔自治区", "THIRD_PARTY_EVALUATION", agency, total, 100,
                          grade_p, budget(ia, aa, ea, rate_p), secs, grows(ind)), proj, unit)
    e = html.escape

    def grid(cells, cls="row"):
        return f'      <div class="grid-{cls}">' + "".join(f'<div class="c">{e(str(x))}</div>' for x in cells) + "</div>"

    lines = [grid(["一级指标", "二级指标", "三级指标", "分值", "指标值", "实际完成值", "得分", "评分说明"], "head")]
    prev = (None, None)
    for l1, l2, l3, t, a, w, s, rule in ind:
        lines.append(grid([l1 if l1 != prev[0] else "", l2 if (l1, l2) != prev else "", l3, fmt(w), t, a, fmt(s), rule]))
        prev = (l1, l2)
    lines.append(grid(["合计", "", "", "100", "", "", fmt(total), ""], "foot"))
    sum_lines = [grid(["一级指标", "分值", "得分", "得分率"], "head")]
    for n, w, s in secs:
        sum_lines.append(grid([f"{n}指标", fmt(w), fmt(s), f"{pct(s, w):.2f}%"]))
    sum_lines.append(grid(["合计", "100", fmt(total), f"{pct(total, 100):.2f}%"], "foot"))
    body = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="ArticleTitle" content="{e(proj)}绩效评价报告">
<title>{e(proj)}绩效评价报告_独山子区人民政府</title>
<style>
.grid {{display:grid;font-size:14px;border-top:1px solid #555;border-left:1px solid #555}}
.grid-head, .grid-row, .grid-foot {{display:contents}}
.grid .c {{border-right:1px solid #555;border-bottom:1px solid #555;padding:3px 4px}}
.grid-head .c {{font-weight:bold;text-align:center;background:#f2f2f2}}
.g8 {{grid-template-columns:8% 10% 17% 6% 12% 17% 6% 24%}}
.g4 {{grid-template-columns:30% 20% 20% 30%}}
</style>
</head>
<body>
<div class="top">独山子区人民政府 <a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/hdjl/">互动交流</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/czzj/">财政资金</a> &gt; 绩效评价</div>
<div class="article">
  <h1>{e(proj)}绩效评价报告</h1>
  <div class="info">发布时间：2024-07-16　来源：独山子区财政局　字号：[大 中 小]</div>
  <div class="content">
    <p>受克拉玛依市独山子区财政局委托，{agency}组成评价工作组，于2024年5月至6月对{e(proj)}开展了绩效评价。现将评价情况报告如下：</p>
    <p><strong>一、项目基本情况</strong></p>
    <p>项目主管部门为{dept}，实施单位为{unit}。项目主要内容为城区公共绿地、道路绿化带及公园的日常养护、行道树补植和立体绿化建设。</p>
    <p>2023年项目年初预算{ia:,.2f}万元，调整后预算{aa:,.2f}万元，实际支出{ea:,.2f}万元。预算执行率=实际支出÷调整后预算×100%={ea:,.2f}÷{aa:,.2f}×100%={rate_p:.2f}%。</p>
    <p><strong>二、评价结论</strong></p>
    <p>评价工作组按照决策、过程、产出、效益四个维度设置指标体系，经综合评分，该项目绩效评价得分{fmt(total)}分，评价等级为“{grade_p}”。评价等级划分：90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。各一级指标得分情况如下：</p>
    <div class="grid g4">
{chr(10).join(sum_lines)}
    </div>
    <p><strong>三、主要绩效</strong></p>
    <p>全年完成绿地养护420万平方米，补植行道树2760株，新增立体绿化3,200平方米，建成区绿化覆盖率达到40.6%。</p>
    <p><strong>四、存在的问题</strong></p>
    <p>（一）养护作业及时率偏低，部分病虫害防治作业滞后；（二）行道树补植未完成年度计划；（三）公众满意度未达到目标值。</p>
    <p><strong>五、相关建议</strong></p>
    <p>完善养护作业考核办法，加强标段巡查记录管理，合理安排补植计划，提升公众满意度。</p>
    <p><strong>附件：绩效评价指标评分表</strong></p>
    <div class="grid g8">
{chr(10).join(lines)}
    </div>
    <p style="text-align:right">{agency}</p>
    <p style="text-align:right">2024年6月28日</p>
  </div>
</div>
<div class="foot">主办：克拉玛依市独山子区人民政府办公室　新ICP备12001234号</div>
</body>
</html>
"""
    fnd = [F("FORMULA", "预算执行率", f"预算执行率=实际支出÷调整后预算×100%={ea:,.2f}÷{aa:,.2f}×100%={rate_p:.2f}%",
             f"{rate_p:.2f}%", f"{rate:.2f}%", "HIGH", "ERROR",
             f"{ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}%, the formula prints {rate_p:.2f}% and the 评分表 row copies it; the "
             f"row's 得分 {fmt(bs)} follows the right {rate:.2f}% × 5 (one problem)"),
           F("RATE_OVER_ZERO_BASE", "立体绿化面积增长率", f"立体绿化面积增长率 | 8 | ≥20% | {zb} | 8", "100%",
             "— (base 0)", "HIGH", "WARNING",
             "a growth rate over a zero base (2022: 0平方米) is undefined, not 100%; the row takes full marks on it"),
           F("GRADE_OUTSIDE_BANDS", "评价等级", f"绩效评价得分{fmt(total)}分，评价等级为“{grade_p}”", grade_p, "良",
             "HIGH", "ERROR", f"by the printed bands {fmt(total)} is 良 (80–90); 优 needs 90; total = rows = summary")]
    return {"stem": "h192_dushanzi_zhujian", "format": "html", "html": body, "encoding": "utf-8", "gold": g,
            "findings": fnd,
            "traps": [f"预算执行率 得分 {fmt(bs)} = {rate:.2f}% × 5 = {rate * 5 / 100:.4f} (right rate, rounding)",
                      "绿地养护面积 420 vs ≥420万平方米 (met exactly)",
                      "行道树补植 2760 ÷ 3000 × 8 = 7.36 (printed proportion rule, partial marks)",
                      "养护作业及时率 90% vs ≥95%: 5 × 1 → 3; 公众满意度 86% vs ≥90%: 4 × 1 → 10 (printed rules)",
                      "绩效目标明确性 −1, 养护作业监管有效性 −1.5 with reasons (judgement)",
                      "summary 得分率 right (" + ", ".join(f"{pct(s, w):.2f}%" for _, w, s in secs) + ")",
                      "一级/二级 printed once per group in the div grid (later cells empty)"]}


ALL.append(h192())


# ============================================================ h193 齐齐哈尔市建华区城市管理综合执法局 (DOC, 自评报告, scored table split into one table per 一级 with a 小计 row each)

def h193():
    dept = "齐齐哈尔市建华区城市管理综合执法局"
    ia = 2210.00
    ab, ap = 1126.30, 1240.20
    aa = 2386.50  # PLANT BREAKDOWN_SUM: 基本 1,126.30 + 项目 1,240.20 = 2,366.50
    eb, ep = 1118.62, 1180.12
    ea = r2(eb + ep)  # 2,298.74
    rate = pct(ea, aa)  # 96.32
    bs = r2(rate / 10)  # 9.63
    ind = [("投入", "预算编制", "预算编制完整性", "完整", "完整", 5, 5, ""),
           ("投入", "目标设定", "绩效目标合理性", "合理", "合理", 5, 5, ""),
           ("投入", "预算配置", "“三公经费”控制率", "≤100%", "86.4%", 5, 5, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "按执行率×10计分"),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 8, 8, ""),
           ("过程", "采购管理", "政府采购执行率", "100%", "100%", 7, 7, ""),
           ("产出", "数量指标", "市政道路破损修复", "12处", "12处", 8, 8, ""),  # PLANT NARRATIVE_NOT_DONE_FULL_MARKS
           ("产出", "质量指标", "城市生活垃圾无害化处理率", "100%", "100%", 8, 8, ""),
           ("产出", "质量指标", "违法建设查处率", "≥95%", "95%", 9, 9, ""),
           ("产出", "时效指标", "占道经营整治完成及时率", "≥90%", "88%", 10, 9, "部分路段整治后反弹，扣1分"),
           ("效益", "社会效益", "市容环境卫生考核排名", "全市前三", "全市第二", 8, 8, ""),
           ("效益", "社会效益", "群众投诉办结率", "≥98%", "99.1%", 7, 7, ""),
           ("效益", "满意度", "群众满意度", "≥90%", "87%", 10, 7, "每低1个百分点扣1分，扣3分")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)  # 95.63
    secs = sections(ind, ["投入", "过程", "产出", "效益"])
    out_true = secs[2][2]  # 34
    secs_p = list(secs)
    secs_p[2] = ("产出", secs[2][1], r2(out_true + 1))  # PLANT SECTION_VS_ROWS: 产出 小计 35, rows 34
    g = gold(None, dept, 2021, "COUNTY", "黑龙江省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), secs_p, grows(ind))
    tabs = []
    for i, (n, w, s) in enumerate(secs_p):
        T = Tab(7)
        T.add(["二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "扣分说明"])
        st = len(T.rows)
        for l1, l2, l3, t, a, wt, sc, note in [r for r in ind if r[0] == n]:
            T.add([l2, l3, t, a, fmt(wt), fmt(sc), note])
        T.merges += group_merges(T.rows, [0], st)
        T.add(["小计", "", "", "", fmt(w), fmt(s), ""], [(0, 3)])
        tabs.append((f"表{i + 1}　{n}指标评分情况", styled(Table(T.rows, T.merges), [2.0, 4.0, 2.2, 2.2, 1.2, 1.2, 4.0],
                                                      header_rows=1)))
    blocks = [Title("齐齐哈尔市建华区城市管理综合执法局2021年度部门整体支出绩效自评报告"),
              "一、部门基本情况",
              "我局为区政府工作部门，内设办公室、综合执法科、市容环卫科、市政设施管理科等6个科室，下设执法中队5个。"
              "核定编制86名，其中行政编制24名、事业编制62名；年末实有人员81人。主要负责全区城市管理综合执法、市容环境卫生、"
              "市政设施维护等工作。",
              "二、部门预算执行情况",
              f"2021年年初预算{ia:,.2f}万元。全年预算{aa:,.2f}万元，其中基本支出{ab:,.2f}万元、项目支出{ap:,.2f}万元。"
              f"全年支出{ea:,.2f}万元，其中基本支出{eb:,.2f}万元、项目支出{ep:,.2f}万元，预算执行率{rate:.2f}%。",
              "三、年度绩效目标完成情况",
              "全年城市生活垃圾无害化处理率保持100%，违法建设查处率95%，市容环境卫生考核位列全市第二。"
              "城区主次干道破损路面修复计划12处，年内完成10处，其余2处因入冬后气温过低不具备施工条件，顺延至2022年春季实施。",
              "四、绩效指标自评情况",
              "按照部门整体支出绩效评价指标体系，从投入、过程、产出、效益四个方面进行自评，各项指标评分情况如下："]
    for cap, t in tabs:
        blocks += [cap, t]
    blocks += ["五、自评结论",
               f"经自评，我局2021年度部门整体支出绩效自评综合得分{fmt(total)}分，自评等级为“优”。"
               "（评分等级：90分（含）以上为优，80分（含）—90分为良，60分（含）—80分为中，60分以下为差。）",
               "六、存在的问题及改进措施",
               "一是部分市政设施维修项目受季节影响进度滞后；二是占道经营整治存在反弹现象；三是群众满意度未达到年度目标。"
               "下一步，我局将科学安排施工计划，建立长效管控机制，持续提升城市精细化管理水平。",
               "齐齐哈尔市建华区城市管理综合执法局", "2022年4月15日"]
    fnd = [F("SECTION_VS_ROWS", "产出", f"表3 产出指标评分情况 … 小计 | {fmt(secs[2][1])} | {fmt(secs_p[2][2])}",
             fmt(secs_p[2][2]), fmt(out_true), "HIGH", "ERROR",
             f"the four 产出 得分 add to {fmt(out_true)} (8 + 8 + 9 + 9), the 小计 prints {fmt(secs_p[2][2])}; the "
             f"综合得分 {fmt(total)} = rows (the four 小计 would add to {fmt(r2(total + 1))})"),
           F("BREAKDOWN_SUM", "全年预算", f"全年预算{aa:,.2f}万元，其中基本支出{ab:,.2f}万元、项目支出{ap:,.2f}万元",
             f"{aa:,.2f}万元", f"{ab + ap:,.2f}万元", "HIGH", "WARNING",
             f"基本 {ab:,.2f} + 项目 {ap:,.2f} = {ab + ap:,.2f}, the 全年预算 prints {aa:,.2f}; the 执行率 {rate:.2f}% is "
             f"measured on {aa:,.2f}; the spending parts add up"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "市政道路破损修复",
             "破损路面修复计划12处，年内完成10处，其余2处…顺延至2022年春季实施 | 市政道路破损修复 | 12处 | 12处 | 8 | 8",
             "8", "< 8", "HIGH", "WARNING",
             "三 says 10 of the 12 repairs were done in 2021 (2 carried into 2022); 表3 prints 12处 and full marks")]
    return {"stem": "h193_jianhua_chengguan", "format": "doc", "page": "A4", "blocks": blocks, "gold": g,
            "findings": fnd,
            "traps": [f"预算执行率 {ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% (right on the printed 全年预算) × 10 = "
                      f"{rate / 10:.3f} printed {fmt(bs)}",
                      "编制 86 = 24 + 62 (实有 81 is not a breakdown); spending parts add to 全年支出; both under budget",
                      "违法建设查处率 95% vs ≥95% (met exactly)",
                      "群众满意度 87% vs ≥90%: 3 × 1 → 7 (printed rule, partial marks)",
                      "占道经营整治完成及时率 −1 with a reason (judgement)",
                      "投入/过程/效益 小计 = their rows; 综合得分 = rows",
                      "four tables, one per 一级, no 一级 column: the 一级 is in each table's caption"]}


ALL.append(h193())


def main(argv):
    work = tempfile.mkdtemp(prefix="heldout27_")
    try:
        for rep in ALL:
            if argv and not any(rep["stem"].startswith(a) for a in argv):
                continue
            golds = write_gold(rep)
            dest = H.render(rep, work)
            print(os.path.basename(dest), sum(len(g["indicators"]) for g in golds), "rows, totals",
                  [g["totalScore"] for g in golds], "planted:", ", ".join(x["kind"] for x in rep["findings"]))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
