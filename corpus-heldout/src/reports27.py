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
