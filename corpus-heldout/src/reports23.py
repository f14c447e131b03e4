#!/usr/bin/python3
"""Round 23 (h169–h173): issue-9 layouts not used before, each with PLANTED issue-10 problems, made apart from the
code by the corpus23 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report
whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports23.py [h169 …]
(needs python-docx, openpyxl and reportlab; no LibreOffice is used this round: the PDF is drawn with ReportLab, the
fifth file is TXT.)
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, note).
"""
import html
import os
import shutil
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402
from heldout import Table, Title, group_merges, fmt, row, budget, gold  # noqa: E402
from reports3_a import Num  # noqa: E402
from reports4 import styled, pct, F  # noqa: E402
from reports22 import s2, r2, with_project, grows, Tab, write_gold  # noqa: E402

ALL = []
BANDS = "90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。"


# ============================================================ h169 常德市鼎城区农业农村局 (DOCX, 项目 form, “得分/分值” in one cell, 元)

def h169():
    dept = "常德市鼎城区农业农村局"
    unit = "常德市鼎城区农村人居环境整治服务中心"
    proj = "鼎城区2023年农村户厕改造专项资金"
    ib, ab, eb = 3600000.00, 3850000.00, 3712400.00
    rate = pct(eb, ab)  # 96.43
    bs = r2(rate / 10)  # 9.64
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因) — two levels: 二级 not printed
    ind = [("产出指标", "", "改造农村户厕", "≥2400户", "2400户", 10, 10, ""),
           ("产出指标", "", "新建农村公共厕所", "≥30座", "27座", 8, 8, ""),  # PLANT TARGET_MISSED_FULL_MARKS
           ("产出指标", "", "改厕验收合格率", "≥95%", "97.2%", 8, 8, ""),
           ("产出指标", "", "年度完工率", "≥90%", "92%", 8, 8, ""),
           ("产出指标", "", "户均改厕补助标准", "≤1200元", "1200元", 6, 6, ""),
           ("产出指标", "", "补助资金拨付到户及时率", "≥95%", "96%", 5, 5, ""),
           ("效益指标", "", "厕所粪污无害化处理率", "≥85%", "88%", 10, 10, ""),
           ("效益指标", "", "农村卫生厕所普及率", "≥92%", "93.1%", 10, 10, ""),
           ("效益指标", "", "改厕长效管护机制", "建立", "基本建立", 8, 6, "部分乡镇管护队伍未配齐"),
           ("效益指标", "", "问题厕所整改率", "100%", "100%", 5, 6, ""),  # PLANT ROW_SCORE_OVER_WEIGHT: 6 of 5
           ("满意度指标", "", "受益农户满意度", "≥90%", "91.5%", 10, 10, "")]
    full = [("", "", "年度资金总额", "", f"{rate:.2f}%", 10, bs, "")] + ind
    wsum = s2(full, 5)  # 98  PLANT WEIGHTS_VS_FULL_MARK: the printed 分值 add to 98, the 满分 is 100
    assert wsum == 98
    total = s2(full, 6)  # 96.64
    g = with_project(gold(None, dept, 2023, "COUNTY", "湖南省", "SELF_EVALUATION", None, total, 100, "优",
                          budget(ib / 10000, ab / 10000, eb / 10000, rate), [], grows(full)), proj, unit)
    T = Tab(6)
    T.add(["项目名称", proj, "", "", "", ""], [(1, 5)])
    T.add(["主管部门", dept, "", "实施单位", unit, ""], [(1, 2), (4, 5)])
    T.add(["资金情况（元）", "", "", "", "", ""], [(0, 5)])
    T.add(["年初预算数", "全年预算数", "全年执行数", "执行率", "得分/分值", "备注"])
    T.add([f"{ib:,.2f}", f"{ab:,.2f}", f"{eb:,.2f}", f"{rate:.2f}%", f"{fmt(bs)}/10", "得分=执行率×10"])
    T.add(["年度总体目标", "完成全区2400户农村户厕改造和30座农村公共厕所新建，同步落实改厕后续管护，提升农村卫生厕所普及率。",
           "", "", "", ""], [(1, 5)])
    T.add(["指标类别", "指标名称", "年度目标值", "实际完成值", "得分/分值", "偏差原因"])
    st = len(T.rows)
    for l1, _, l3, t, a, w, s, n in ind:
        T.add([l1, l3, t, a, f"{fmt(s)}/{fmt(w)}", n])
    T.merges += group_merges(T.rows, [0], st)
    T.add(["自评总分", "", "", "", f"{fmt(total)}/100", "自评结论：优"], [(0, 3)])
    t = styled(Table(T.rows, T.merges), [2.6, 4.2, 2.4, 2.6, 2.0, 3.2])
    blocks = [Title("项目支出绩效自评表"), "（2023年度）", t,
              "填表说明：1.“得分/分值”栏斜线前为自评得分、斜线后为该项分值；2.未达到年度目标值的指标按完成比例计分；"
              "3.自评结论：" + BANDS,
              "填报单位（盖章）：常德市鼎城区农业农村局　　　填报人：刘××　　　审核人：陈××　　　2024年3月22日"]
    fnd = [F("WEIGHTS_VS_FULL_MARK", "自评总分", f"自评总分 | {fmt(total)}/100", "100", fmt(wsum), "HIGH", "ERROR",
             "the 分值 after the slashes add to 98 (年度资金总额 10 + 产出 45 + 效益 33 + 满意度 10), the form's 满分 is 100"),
           F("ROW_SCORE_OVER_WEIGHT", "问题厕所整改率", "问题厕所整改率 | 100% | 100% | 6/5", "6", "≤ 5", "HIGH", "ERROR",
             "得分 6 exceeds the row's 分值 5 (the 自评总分 96.64 adds the 6)"),
           F("TARGET_MISSED_FULL_MARKS", "新建农村公共厕所", "新建农村公共厕所 | ≥30座 | 27座 | 8/8", "8", "< 8",
             "HIGH", "WARNING", "27 < 30座, yet full marks and no 偏差原因; by the printed 按完成比例 rule 27 ÷ 30 × 8 = 7.2")]
    return {"stem": "h169_dingcheng_nongye", "format": "docx", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": [f"执行率 3,712,400.00 ÷ 3,850,000.00 = {rate:.2f}% (right) × 10 = {fmt(bs)}",
                      "改造农村户厕 2400 vs ≥2400户 (met exactly)", "户均改厕补助标准 1200 vs ≤1200元 (met exactly)",
                      "改厕长效管护机制 基本建立 −2 with a reason (judgement)", "自评总分 = sum of printed scores",
                      "元 → 万元"]}


ALL.append(h169())


# ============================================================ h170 邢台市信都区市场监督管理局 (XLSX, 部门整体, group rows carry section scores, budget at the foot)

def h170():
    dept = "邢台市信都区市场监督管理局"
    ib, ip = 2136.50, 418.00
    ab, ap = 2210.80, 652.40
    eb, ep = 2246.35, 596.17  # PLANT SPENDING_OVER_BUDGET: 基本支出 2,246.35 > 2,210.80
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    rate = pct(ea, aa)  # 99.31
    bs = r2(rate / 10)
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 评分标准)
    ind = [("投入", "目标设定", "绩效目标合理性", "合理", "合理", 4, 4, "目标合理、依据充分得满分，否则酌情扣分"),
           ("投入", "预算配置", "在职人员控制率", "≤100%", "97.4%", 4, 4, "≤100%得满分"),
           ("投入", "预算配置", "“三公经费”变动率", "≤0", "-2.8%", 4, 4, "≤0得满分"),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "执行率×10"),
           ("过程", "预算执行", "结转结余率", "≤5%", f"{pct(aa - ea, aa):.2f}%", 4, 4, "≤5%得满分"),
           ("过程", "预算管理", "管理制度健全性", "健全", "健全", 4, 4, "健全得满分，否则酌情扣分"),
           ("过程", "预算管理", "资产管理规范性", "规范", "执法装备登记不完整", 4, 3, "规范得满分，否则酌情扣分"),
           ("产出", "职责履行", "食品安全监督抽检批次", "≥3200批次", "3286批次", 8, 8, "达到目标得满分，否则按比例得分"),
           ("产出", "职责履行", "“双随机、一公开”抽查完成率", "100%", "100%", 8, 8, "100%得满分"),
           ("产出", "职责履行", "特种设备定期检验率", "≥98%", "98%", 8, 8, "达到目标得满分，否则按比例得分"),
           ("产出", "职责履行", "信用修复新增办结户数增长率", "≥10%", "100%（上年0户，本年46户）", 8, 8,
            "达到目标得满分"),  # PLANT RATE_OVER_ZERO_BASE: a growth rate over a zero base
           ("效益", "社会效益", "食品安全抽检合格率", "≥97%", "97.9%", 10, 10, "达到目标得满分，否则不得分"),
           ("效益", "社会效益", "重大食品安全事故", "0起", "全年未发生", 8, 8, "发生1起扣8分"),
           ("效益", "社会效益", "市场主体年报公示率", "≥90%", "92.3%", 6, 6, "达到目标得满分"),
           ("效益", "满意度", "投诉举报处理满意度", "≥90%", "88%", 10, 8, "每低于1个百分点扣1分")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)
    secs = []
    for n in ["投入", "过程", "产出", "效益"]:
        rs = [r for r in ind if r[0] == n]
        secs.append([n, s2(rs, 5), s2(rs, 6)])
    out_true = secs[2][2]  # 32
    secs[2][2] = r2(out_true + 1)  # PLANT SECTION_VS_ROWS: 产出 rows 8 + 8 + 8 + 8 = 32
    g = gold(None, dept, 2024, "COUNTY", "河北省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), [tuple(s) for s in secs], grows(ind))
    num = ["一", "二", "三", "四"]
    T = Tab(8)
    T.add([f"{dept}部门整体支出绩效自评表（2024年度）"], [(0, 7)])
    T.add(["填报单位：" + dept, "", "", "", "", "自评总分：", Num(total), ""], [(0, 4), (6, 7)])
    hdr = T.add(["序号", "二级指标", "三级指标", "权重", "评分标准", "年度目标值", "实际完成值", "得分"])
    k = 0
    for i, (n, w, s) in enumerate(secs):
        T.add([f"{num[i]}、{n}（{fmt(w)}分）", "", "", "", "", "", "本项得分", Num(s)], [(0, 5)])
        st = len(T.rows)
        for l1, l2, l3, t, a, wt, sc, rule in [r for r in ind if r[0] == n]:
            k += 1
            T.add([Num(k), l2, l3, Num(wt), rule, t, a, Num(sc)])
        T.merges += group_merges(T.rows, [1], st)
    T.add(["合计", "", "", Num(100), "", "", "", Num(total)], [(0, 2)])
    T.add(["自评等级", "", "", "优", "", "", "", ""], [(0, 2), (3, 7)])
    T.add([""], [(0, 7)])
    m = lambda x: Num(x, "#,##0.00")  # noqa: E731
    T.add(["附：部门预算执行情况（单位：万元）"], [(0, 7)])
    T.add(["支出类别", "", "年初预算", "调整预算", "", "实际支出", "", "执行率"], [(0, 1), (3, 4), (5, 6)])
    for lab, x, y, z in [("基本支出", ib, ab, eb), ("项目支出", ip, ap, ep), ("合计", ia, aa, ea)]:
        T.add([lab, "", m(x), m(y), "", m(z), "", f"{pct(z, y):.2f}%"], [(0, 1), (3, 4), (5, 6)])
    T.add(["说明：预算执行率以调整预算为基数计算；自评等级：" + BANDS], [(0, 7)])
    t = styled(Table(T.rows, T.merges), [7, 12, 24, 7, 26, 14, 22, 9])
    t.first_table_row = hdr
    fnd = [F("SPENDING_OVER_BUDGET", "基本支出", f"基本支出 | {ib:,.2f} | {ab:,.2f} | {eb:,.2f} | {pct(eb, ab):.2f}%",
             f"{eb:,.2f}万元", f"≤ {ab:,.2f}万元", "HIGH", "WARNING",
             f"基本支出 实际 {eb:,.2f} exceeds its 调整预算 {ab:,.2f} by {eb - ab:,.2f} ({pct(eb, ab):.2f}%); the 合计 "
             f"({ea:,.2f} ≤ {aa:,.2f}) and 项目支出 are under budget"),
           F("SECTION_VS_ROWS", "产出", f"三、产出（32分） | 本项得分 | {fmt(secs[2][2])}", fmt(secs[2][2]),
             fmt(out_true), "HIGH", "ERROR",
             f"the four 产出 rows score 8 + 8 + 8 + 8 = {fmt(out_true)}, the group row prints {fmt(secs[2][2])}; the "
             f"four 本项得分 add to {fmt(r2(sum(s[2] for s in secs)))}, not the 合计 {fmt(total)} (which equals the rows) "
             "— the same slip"),
           F("RATE_OVER_ZERO_BASE", "信用修复新增办结户数增长率",
             "信用修复新增办结户数增长率 | ≥10% | 100%（上年0户，本年46户） | 8", "100%", "— (base 0)", "HIGH", "WARNING",
             "a growth rate over last year's 0户 is undefined (46 ÷ 0); the printed 100% and the full 8 marks rest on it")]
    return {"stem": "h170_xindu_shichang", "format": "xlsx", "sheets": [("自评表", t)], "gold": g, "findings": fnd,
            "traps": [f"预算执行率 {ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% × 10 = {rate / 10:.3f} printed {fmt(bs)} (rounding)",
                      "特种设备定期检验率 98% vs ≥98% (met exactly)", "重大食品安全事故 0起 vs 全年未发生 full",
                      "投诉举报处理满意度 88%: 2 × 1 → 8 (printed rule)", "资产管理规范性 −1 “酌情扣分” (judgement)",
                      "投入/过程/效益 group scores right; 基本 + 项目 = 合计 in every column",
                      f"结转结余率 ({aa:,.2f} − {ea:,.2f}) ÷ {aa:,.2f} = {pct(aa - ea, aa):.2f}% (right)"]}


ALL.append(h170())


# ============================================================ h171 梧州市长洲区教育局 (PDF drawn, borderless, third party, scores in prose only)

def h171():
    dept = "梧州市长洲区教育局"
    unit = "梧州市长洲区学生资助管理中心"
    proj = "长洲区2022年农村义务教育学生营养改善计划补助资金"
    agency = "广西桂信联合会计师事务所"
    ib, ab, eb = 1020.00, 1068.00, 1002.54
    rate = pct(eb, ab)  # 93.87
    bs = r2(rate * 5 / 100)  # 4.69
    kids_tab, kids_prose = 21360, 21630  # PLANT SAME_FIGURE_DIFFERS: 21,630人 in 一 vs 21,360人 in the 产出 item
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 评价说明)
    ind = [("决策", "", "立项依据充分性", "依据充分", "依据充分", 3, 3, "项目符合国家营养改善计划政策要求，得3分。"),
           ("决策", "", "绩效目标合理性", "合理", "基本合理", 4, 3.5, "目标与资金量基本匹配，但未区分学校类型，扣0.5分，得3.5分。"),
           ("决策", "", "绩效指标明确性", "明确", "部分未量化", 4, 3, "效益指标未量化，扣1分，得3分。"),
           ("决策", "", "资金分配合理性", "合理", "合理", 4, 4, "按在校学生人数分配，得4分。"),
           ("过程", "", "资金到位率", "100%", "100%", 5, 5, "中央及自治区资金全部到位，得5分。"),
           ("过程", "", "预算执行率", "100%", f"{rate:.2f}%", 5, bs, f"按“执行率×5分”计分，得{fmt(bs)}分。"),
           ("过程", "", "资金使用合规性", "合规", "基本合规", 5, 4, "3所学校食堂台账不完整，扣1分，得4分。"),
           ("过程", "", "制度执行有效性", "有效", "基本有效", 5, 4, "陪餐制度执行不到位，扣1分，得4分。"),
           ("产出", "", "受益学生人数", "≥21000人", f"{kids_tab}人", 10, 10, "达到目标，得10分。"),
           ("产出", "", "供餐学校覆盖率", "100%", "100%", 10, 10, "全部农村义务教育学校实行供餐，得10分。"),
           ("产出", "", "食品安全检查频次", "每学期≥2次", "每学期2次", 5, 5, "达到目标，得5分。"),
           ("产出", "", "补助标准执行", "每生每天5元", "每生每天5元", 5, 5, "按标准执行，得5分。"),
           ("产出", "", "资金拨付及时率", "≥95%", "90%", 5, 2.5, "每低于1个百分点扣0.5分，扣2.5分，得2.5分。"),
           ("效益", "", "学生营养健康状况", "生长迟缓率下降", "下降0.6个百分点", 10, 8, "改善幅度低于预期，扣2分，得8分。"),
           ("效益", "", "食品安全事故", "0起", "全年未发生", 10, 10, "全年未发生食品安全事故，得10分。"),
           ("效益", "", "学生及家长满意度", "≥90%", "86%", 10, 6, "每低于1个百分点扣1分，扣4分，得6分。")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)  # 87.69
    grade_p = "优秀"  # PLANT GRADE_OUTSIDE_BANDS: 87.69 is 良好 by the printed bands
    secs = []
    for n in ["决策", "过程", "产出", "效益"]:
        rs = [r for r in ind if r[0] == n]
        secs.append([n, s2(rs, 5), s2(rs, 6)])
    rates = [pct(s, w) for _, w, s in secs]
    proc_true = rates[1]  # 88.45
    rates[1] = 88.54  # PLANT SCORE_RATE: 17.69 ÷ 20 = 88.45%
    g = with_project(gold(None, dept, 2022, "COUNTY", "广西壮族自治区", "THIRD_PARTY_EVALUATION", agency, total, 100,
                          grade_p, budget(ib, ab, eb, rate), [tuple(s) for s in secs],
                          [row(l1, None, l3, t, a, w, s) for l1, _, l3, t, a, w, s, _ in ind]), proj, unit)
    bands = "综合得分90分（含）以上为优秀，80分（含）至90分为良好，60分（含）至80分为合格，60分以下为不合格。"
    P = []  # (text, size, kind) kind: C centred, L paragraph, T table row, B page break
    P += [("", 0, "V60"), (proj, 16, "C"), ("绩效评价报告", 16, "C"), ("", 0, "V120"),
          ("委托单位：梧州市长洲区财政局", 12, "C"), (f"评价机构：{agency}", 12, "C"), ("二〇二三年六月", 12, "C"),
          ("", 0, "B")]
    cn = "一二三四"
    P += [("梧州市长洲区财政局：", 10.5, "P"),
          (f"受贵局委托，我所对{dept}实施的{proj}开展了绩效评价，现将评价情况报告如下。", 10.5, "I"),
          ("一、项目基本情况", 11, "H"),
          (f"2022年全区农村义务教育阶段学生{kids_prose:,}人纳入营养改善计划，补助标准为每生每天5元，由{unit}"
           "统筹管理，各学校食堂供餐。", 10.5, "I"),
          (f"项目年初预算{ib:,.2f}万元，调整后预算{ab:,.2f}万元，全年实际支出{eb:,.2f}万元，预算执行率{rate:.2f}%。",
           10.5, "I"),
          ("二、评价指标与评分", 11, "H"),
          ("评价指标体系设决策、过程、产出、效益四类一级指标，分值分别为15分、20分、35分、30分，合计100分。评价等级：" + bands,
           10.5, "I")]
    for i, ((n, w, s), rt) in enumerate(zip(secs, rates)):
        P.append((f"（{cn[i]}）{n}类指标。该类指标满分{fmt(w)}分，评价得分{fmt(s)}分，得分率{rt:.2f}%。", 10.5, "I"))
        for k, (l1, _, l3, t, a, wt, sc, note) in enumerate([r for r in ind if r[0] == n], 1):
            P.append((f"{k}.{l3}（分值{fmt(wt)}分）。年度目标{t}，实际完成{a}。{note}", 10.5, "I"))
    P += [("三、评价结论", 11, "H"),
          (f"经综合评价，{proj}绩效评价得分为{fmt(total)}分，评价等级为“{grade_p}”。各类指标得分汇总如下：", 10.5, "I"),
          ("一级指标|分值|得分", 10.5, "T")]
    for n, w, s in secs:
        P.append((f"{n}|{fmt(w)}|{fmt(s)}", 10.5, "T"))
    P += [(f"合计|100|{fmt(total)}", 10.5, "T"),
          ("四、存在的问题及建议", 11, "H"),
          ("一是绩效指标设置不够细化；二是部分学校食堂台账不完整、陪餐制度执行不到位；三是资金拨付不够及时。建议完善指标体系，"
           "加强食堂财务管理，按月拨付补助资金。", 10.5, "I"),
          (agency, 10.5, "R"), ("2023年6月12日", 10.5, "R")]
    fnd = [F("SCORE_RATE", "过程", f"过程类指标。该类指标满分20分，评价得分{fmt(secs[1][2])}分，得分率{rates[1]:.2f}%",
             f"{rates[1]:.2f}%", f"{proc_true:.2f}%", "HIGH", "ERROR",
             f"{fmt(secs[1][2])} ÷ 20 = {proc_true:.2f}%, printed {rates[1]:.2f}% (digits transposed)"),
           F("SAME_FIGURE_DIFFERS", "受益学生人数", f"一、…学生{kids_prose:,}人纳入营养改善计划 | 受益学生人数…实际完成"
             f"{kids_tab}人", f"{kids_prose:,}人", f"{kids_tab:,}人", "HIGH", "WARNING",
             f"the beneficiaries are {kids_prose:,} in chapter 一 and {kids_tab:,} in the 产出 item (both above the "
             "≥21000人 target, so the score is not affected)"),
           F("GRADE_OUTSIDE_BANDS", "评价等级", f"绩效评价得分为{fmt(total)}分，评价等级为“{grade_p}”", grade_p, "良好",
             "HIGH", "ERROR", f"{fmt(total)} lies in 80分（含）至90分 = 良好 by the report's own bands; printed 优秀")]
    return {"stem": "h171_changzhou_jiaoyu", "format": "pdf", "drawn": P, "gold": g, "findings": fnd,
            "traps": [f"预算执行率 {eb:,.2f} ÷ {ab:,.2f} = {rate:.2f}% (right) × 5 = {rate * 5 / 100:.4f} printed "
                      f"{fmt(bs)} (rounding)", "食品安全检查频次 每学期2次 vs 每学期≥2次 (met exactly)",
                      "资金拨付及时率 90% vs ≥95%: 5 × 0.5 = 2.5 → 2.5 (printed rule, partial marks)",
                      "满意度 86%: 4 × 1 → 6 (printed rule)", "食品安全事故 0起 vs 全年未发生 full",
                      "绩效目标合理性 −0.5, 明确性 −1, 合规性 −1, 制度执行 −1, 营养状况 −2 (reasons, no printed rule)",
                      "决策 90.00%, 产出 92.86%, 效益 80.00% right; the summary table adds to 87.69"]}


ALL.append(h171())


def draw_pdf(P, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    font = "STSong-Light"
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    W, Hh = A4
    left, right, top, bottom = 70, W - 70, Hh - 72, 72
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    for setter in (c.setTitle, c.setAuthor, c.setCreator, c.setProducer):
        setter("")
    page = [1]
    y = [top]

    def newpage():
        c.setFont(font, 9)
        c.drawCentredString(W / 2, 40, f"- {page[0]} -")
        c.showPage()
        page[0] += 1
        y[0] = top

    def need(h):
        if y[0] - h < bottom:
            newpage()

    for text, size, kind in P:
        if kind.startswith("V"):
            y[0] -= int(kind[1:])
            continue
        if kind == "B":
            newpage()
            continue
        if kind == "T":
            need(18)
            c.setFont(font, size)  # (after need: showPage resets the font)
            cells = text.split("|")
            c.drawString(left + 60, y[0], cells[0])
            c.drawRightString(left + 240, y[0], cells[1])
            c.drawRightString(left + 320, y[0], cells[2])
            y[0] -= 18
            continue
        if kind in ("C", "R"):
            need(size + 12)
            c.setFont(font, size)
            (c.drawCentredString(W / 2, y[0], text) if kind == "C" else c.drawRightString(right, y[0], text))
            y[0] -= size + 12
            continue
        indent = 2 * size if kind == "I" else 0
        first, width = True, right - left
        rest = text
        while rest:
            avail = width - (indent if first else 0)
            n = 1
            while n < len(rest) and pdfmetrics.stringWidth(rest[:n + 1], font, size) <= avail:
                n += 1
            while 0 < n < len(rest) and rest[n - 1].isascii() and rest[n].isascii() and rest[n - 1] not in " ":
                n -= 1  # keep numbers and Latin words whole, as Word does
            if n == 0:
                n = 1
            while n < len(rest) and rest[n] in "，。；：、）”％%":
                n += 1  # no line starts with closing punctuation (避头点)
            need(size + 8)
            c.setFont(font, size)  # showPage resets the font
            c.drawString(left + (indent if first else 0), y[0], rest[:n])
            y[0] -= size + 8
            rest, first = rest[n:], False
        if kind == "H":
            y[0] -= 2
    c.setFont(font, 9)
    c.drawCentredString(W / 2, 40, f"- {page[0]} -")
    c.showPage()
    c.save()


# ============================================================ h172 松原市宁江区民政局 (HTML, Word “Save as HTML”, gb2312, 部门整体, 元)

def h172():
    dept = "松原市宁江区民政局"
    ib, ip = 8106500.00, 4800000.00
    ab, ap = 8236400.00, 5120000.00
    eb, ep = 8102350.00, 4596820.00
    ia, aa, ea = ib + ip, ab + ap, eb + ep
    rate = pct(ea, aa)  # 95.08
    rate_p = r2(rate + 1)  # PLANT EXECUTION_RATE: 12,699,170.00 ÷ 13,356,400.00 = 95.08%
    bs_true = r2(rate / 10)
    bs = 10  # PLANT BUDGET_ROW_SCORE: 得分=执行率×分值 → 9.51
    sat_rule = "≥90%得满分，每低1个百分点扣1分"
    sat_true, sat = 6, 7  # PLANT RULE_SCORE: 86% is 4 points below 90% → 10 − 4 = 6
    ind = [("产出指标", "数量指标", "城乡低保对象保障人数", "≥5800人", "5912人", 10, 10, ""),
           ("产出指标", "数量指标", "特困人员供养人数", "≥620人", "620人", 10, 10, ""),
           ("产出指标", "数量指标", "临时救助人次", "≥1500人次", "1630人次", 5, 5, ""),
           ("产出指标", "质量指标", "低保资金发放准确率", "100%", "100%", 10, 10, ""),
           ("产出指标", "质量指标", "养老机构消防安全达标率", "100%", "92%", 10, 8, "2家农村敬老院消防设施改造未完工，已列入2022年计划"),
           ("产出指标", "时效指标", "救助资金按月发放及时率", "100%", "100%", 5, 5, ""),
           ("效益指标", "社会效益指标", "困难群众基本生活保障", "有效保障", "有效保障", 10, 10, ""),
           ("效益指标", "社会效益指标", "城乡低保标准年增长", "≥5%", "5.6%", 10, 10, ""),
           ("效益指标", "可持续影响指标", "救助管理信息化水平", "持续提升", "完成省级系统对接", 10, 10, ""),
           ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "86%", 10, sat, "部分群众对办理时限有意见；" + sat_rule)]
    full = [("", "", "年度资金总额", "", f"{rate_p:.2f}%", 10, bs, "")] + ind
    assert s2(full, 5) == 100
    total = s2(full, 6)  # 96
    g = gold(None, dept, 2021, "COUNTY", "吉林省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia / 10000, aa / 10000, ea / 10000, rate_p, ab / 10000, eb / 10000, ap / 10000, ep / 10000),
             [], grows(full))

    def td(text, w, span="", al="center", rs=""):
        t = html.escape(str(text)) if text != "" else "&nbsp;"
        return (f'<td width={w}{span}{rs} valign=middle style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">'
                f'<p class=MsoNormal align={al} style="text-align:{al}"><span style="font-size:10.5pt;font-family:'
                f'宋体">{t}</span></p></td>')
    R = []
    R.append("<tr>" + td("项目", 90) + td("年初预算数（元）", 90) + td("全年预算数（元）", 90) + td("全年执行数（元）", 90)
             + td("分值", 40) + td("执行率", 60) + td("得分", 50) + "</tr>")
    R.append("<tr>" + td("年度资金总额", 90) + td(f"{ia:,.2f}", 90, al="right") + td(f"{aa:,.2f}", 90, al="right")
             + td(f"{ea:,.2f}", 90, al="right") + td("10", 40) + td(f"{rate_p:.2f}%", 60) + td(fmt(bs), 50) + "</tr>")
    for lab, x, y, z in [("其中：基本支出", ib, ab, eb), ("项目支出", ip, ap, ep)]:
        R.append("<tr>" + td(lab, 90) + td(f"{x:,.2f}", 90, al="right") + td(f"{y:,.2f}", 90, al="right")
                 + td(f"{z:,.2f}", 90, al="right") + td("—", 40) + td(f"{pct(z, y):.2f}%", 60) + td("—", 50) + "</tr>")
    head = "\n".join(R)
    I = ["<tr>" + "".join(td(h, w) for h, w in [("一级指标", 60), ("二级指标", 70), ("三级指标", 110), ("年度指标值", 70),
                                                ("实际完成值", 70), ("分值", 40), ("得分", 40),
                                                ("偏差原因分析及改进措施", 130)]) + "</tr>"]
    cnt1 = {}
    cnt2 = {}
    for r in ind:
        cnt1[r[0]] = cnt1.get(r[0], 0) + 1
        cnt2[(r[0], r[1])] = cnt2.get((r[0], r[1]), 0) + 1
    seen = set()
    for l1, l2, l3, t, a, w, s, n in ind:
        cells = ""
        if l1 not in seen:
            cells += td(l1, 60, rs=f" rowspan={cnt1[l1]}")
            seen.add(l1)
        if (l1, l2) not in seen:
            cells += td(l2, 70, rs=f" rowspan={cnt2[(l1, l2)]}")
            seen.add((l1, l2))
        cells += td(l3, 110, al="left") + td(t, 70) + td(a, 70) + td(fmt(w), 40) + td(fmt(s), 40) + td(n, 130, al="left")
        I.append(f"<tr>{cells}</tr>")
    I.append("<tr>" + td("总分", 310, span=" colspan=5") + td("100", 40) + td(fmt(total), 40) + td("自评等级：优", 130) + "</tr>")
    P = lambda t, al="left": (f'<p class=MsoNormal align={al} style="text-align:{al}"><span style="font-size:12.0pt;'  # noqa: E731
                              f'font-family:仿宋_GB2312">{html.escape(t)}</span></p>')
    tb = ('<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse;'
          'border:none;mso-border-alt:solid windowtext .5pt">')
    doc = f"""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<title>2021年度部门整体支出绩效自评表</title>
<style>
<!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;margin-bottom:.0001pt;text-align:justify;text-justify:inter-ideograph;font-size:10.5pt;
	font-family:"Times New Roman",serif;}}
@page WordSection1
	{{size:595.3pt 841.9pt;margin:72.0pt 54.0pt 72.0pt 54.0pt;}}
div.WordSection1
	{{page:WordSection1;}}
-->
</style>
</head>

<body lang=ZH-CN style='text-align-justify-trim:punctuation'>

<div class=WordSection1>

<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:18.0pt;font-family:方正小标宋简体'>2021年度部门整体支出绩效自评表</span></b></p>
{P("部门名称：" + dept + "　　　　　　　　　　　　填报日期：2022年4月20日")}
<p class=MsoNormal><span style='font-size:12.0pt'>一、预算执行情况</span></p>
{tb}
{head}
</table>
<p class=MsoNormal><span style='font-size:12.0pt'>二、年度总体目标完成情况</span></p>
{P("年度目标：保障城乡低保对象、特困供养人员基本生活，及时实施临时救助，提升养老机构安全管理和救助信息化水平。")}
{P("完成情况：全年保障城乡低保对象5912人、特困供养人员620人，实施临时救助1630人次，低保标准提高5.6%，完成省级救助信息系统对接。")}
<p class=MsoNormal><span style='font-size:12.0pt'>三、绩效指标完成情况</span></p>
{tb}
{chr(10).join(I)}
</table>
{P("备注：1.年度资金总额得分=执行率×分值；2.未达到指标值的，按评分标准或根据实际情况扣分；3.自评等级：" + BANDS)}
{P("单位负责人：赵××　　　财务负责人：孙××　　　填表人：李××")}

</div>

</body>

</html>
"""
    fnd = [F("EXECUTION_RATE", "年度资金总额", f"年度资金总额 | {ia:,.2f} | {aa:,.2f} | {ea:,.2f} | 10 | {rate_p:.2f}% | {fmt(bs)}",
             f"{rate_p:.2f}%", f"{rate:.2f}%", "HIGH", "ERROR",
             f"12,699,170.00 ÷ 13,356,400.00 = {rate:.2f}%, printed {rate_p:.2f}% (the 基本/项目 lines' rates are right)"),
           F("BUDGET_ROW_SCORE", "年度资金总额", f"年度资金总额 | 10 | {rate_p:.2f}% | {fmt(bs)} | 备注：年度资金总额得分=执行率×分值",
             fmt(bs), fmt(bs_true), "HIGH", "ERROR",
             f"by the printed rule {rate:.2f}% × 10 = {fmt(bs_true)} ({rate_p / 10:.3f} even with the printed "
             f"{rate_p:.2f}%), yet full marks 10; the 总分 {fmt(total)} adds the 10"),
           F("RULE_SCORE", "服务对象满意度", f"服务对象满意度 | ≥90% | 86% | 10 | {sat} | {sat_rule}", str(sat), str(sat_true),
             "HIGH", "ERROR", f"86% is 4 points below 90%: 10 − 4 × 1 = {sat_true}, printed {sat}")]
    return {"stem": "h172_ningjiang_minzheng", "format": "html", "html": doc, "encoding": "gb2312", "gold": g,
            "findings": fnd,
            "traps": [f"基本支出 {pct(eb, ab):.2f}%, 项目支出 {pct(ep, ap):.2f}% (right); 基本 + 项目 = 年度资金总额 in "
                      "every column; both under budget", "特困人员供养人数 620 vs ≥620人 (met exactly)",
                      "养老机构消防安全达标率 92% −2 with a reason, no printed rule (judgement)",
                      "总分 = sum of printed scores", "元 → 万元", "填报日期 2022 is not the fiscal year"]}


ALL.append(h172())


# ============================================================ h173 城固县文化和旅游局 (TXT, prose report + box-drawing table)

def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def pad(s, w, al="L"):
    sp = " " * (w - dw(s))
    return s + sp if al == "L" else sp + s


def box(rows, widths, aligns):
    def line(l, m, r):
        return l + m.join("─" * (w + 2) for w in widths) + r
    out = [line("┌", "┬", "┐")]
    for k, rw in enumerate(rows):
        out.append("│" + "│".join(" " + pad(c, w, a) + " " for c, w, a in zip(rw, widths, aligns)) + "│")
        out.append(line("├", "┼", "┤") if k < len(rows) - 1 else line("└", "┴", "┘"))
    return out


def wrap(text, width=76, indent=4):
    out, cur = [], " " * indent
    for ch in text:
        if dw(cur) + dw(ch) > width:
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return out


def h173():
    dept = "城固县文化和旅游局"
    ia = 1298.00
    ab, ap = 786.30, 565.70
    eb, ep = 779.10, 507.30
    aa, ea = r2(ab + ap), r2(eb + ep)  # 1,352.00 / 1,286.40
    rate = pct(ea, aa)  # 95.15
    rate_s = "96.15%"  # PLANT FORMULA: 1,286.40 ÷ 1,352.00 × 100% = 95.15%
    bs = r2(rate / 10)  # 9.52
    parts = [("文物保护修缮", 312.60), ("公共文化服务体系建设", 146.20), ("文化旅游宣传推介", 58.50)]
    # PLANT BREAKDOWN_SUM: 312.60 + 146.20 + 58.50 = 517.30, the 项目支出 is 507.30
    ind = [("投入", "预算配置", "在职人员控制率", "≤100%", "95.2%", 5, 5, ""),
           ("投入", "预算配置", "“三公经费”变动率", "≤0", "-4.1%", 5, 5, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, ""),
           ("过程", "预算管理", "资产管理规范性", "规范", "规范", 5, 5, ""),
           ("产出", "数量", "文物保护单位修缮", "≥4处", "4处", 10, 10, ""),
           ("产出", "数量", "送戏下乡演出场次", "≥120场", "126场", 10, 10, ""),
           ("产出", "时效", "县博物馆陈列提升改造", "年内完成布展", "受设计方案调整影响，布展未完成", 10, 10, ""),
           # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: 布展未完成, full 10
           ("产出", "质量", "文物安全事故", "0起", "未发生", 10, 10, ""),
           ("效益", "社会效益", "公共文化设施年接待人次", "≥60万人次", "63.5万人次", 10, 10, ""),
           ("效益", "经济效益", "旅游综合收入增长率", "≥8%", "6.5%", 10, 8, ""),
           ("效益", "满意度", "群众满意度", "≥90%", "93%", 15, 15, "")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)  # 97.52
    secs = []
    for n in ["投入", "过程", "产出", "效益"]:
        rs = [r for r in ind if r[0] == n]
        secs.append((n, s2(rs, 5), s2(rs, 6)))
    g = gold(None, dept, 2024, "COUNTY", "陕西省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, 96.15, ab, eb, ap, ep), secs, grows(ind))
    L = []
    L += ["", " " * 18 + "城固县文化和旅游局2024年度部门整体支出", " " * 26 + "绩效自评报告", ""]
    para = lambda t: L.extend(wrap(t))  # noqa: E731
    L.append("一、部门概况")
    para("城固县文化和旅游局为县政府工作部门，主要负责全县文化事业、文化产业、文物保护和旅游发展等工作。局机关内设"
         "办公室、文化艺术股、文物股、旅游发展股等4个股室，下属县文化馆、县图书馆、县博物馆3个事业单位。")
    L.append("二、部门预算及执行情况")
    para(f"2024年年初预算{ia:,.2f}万元，全年预算{aa:,.2f}万元，其中基本支出{ab:,.2f}万元、项目支出{ap:,.2f}万元。"
         f"全年实际支出{ea:,.2f}万元，其中基本支出{eb:,.2f}万元、项目支出{ep:,.2f}万元。项目支出主要用于："
         + "、".join(f"{a}{v:,.2f}万元" for a, v in parts) + "。")
    para(f"预算执行率=实际支出÷全年预算×100%={ea:,.2f}÷{aa:,.2f}×100%={rate_s}。")
    L.append("三、绩效目标完成情况")
    para("全年完成4处县级以上文物保护单位修缮，组织送戏下乡演出126场，公共文化设施接待群众63.5万人次，全年未发生文物"
         "安全事故。县博物馆陈列提升改造受设计方案调整影响，布展工作顺延至2025年。旅游综合收入增长6.5%，低于年初目标。")
    L.append("四、自评情况")
    para("按照县财政局印发的部门整体支出绩效评价指标体系，从投入、过程、产出、效益四个方面进行自评，"
         + "，".join(f"{n}指标{fmt(w)}分、得{fmt(s)}分" for n, w, s in secs) + f"，自评总分{fmt(total)}分，自评等级为“优”。"
         "（等级划分：" + BANDS.rstrip("。") + "。）各项指标自评情况见下表：")
    L.append("")
    rows = [["一级指标", "二级指标", "三级指标", "分值", "年度目标", "实际完成", "得分"]]
    prev = None
    for l1, l2, l3, t, a, w, s, _ in ind:
        rows.append([l1 if l1 != prev else "", l2, l3, fmt(w), t, a, fmt(s)])
        prev = l1
    rows.append(["合计", "", "", "100", "", "", fmt(total)])
    widths = [max(dw(r[k]) for r in rows) for k in range(7)]
    L += box(rows, widths, ["L", "L", "L", "R", "L", "L", "R"])
    L.append("")
    L.append("五、存在的问题及改进措施")
    para("一是重点项目推进滞后，县博物馆陈列提升改造未按期完成；二是文旅融合发展不足，旅游收入增长未达预期；"
         "三是预算执行进度前松后紧。下一步，我局将加快博物馆布展进度，加大文旅宣传推介力度，强化预算执行管理。")
    L += ["", " " * 52 + "城固县文化和旅游局", " " * 54 + "2025年3月28日", ""]
    fnd = [F("FORMULA", "预算执行率", f"预算执行率=实际支出÷全年预算×100%={ea:,.2f}÷{aa:,.2f}×100%={rate_s}", rate_s,
             f"{rate:.2f}%", "HIGH", "ERROR",
             f"{ea:,.2f} ÷ {aa:,.2f} × 100% = {rate:.2f}%, printed {rate_s}; the table's 预算执行率 row prints {rate:.2f}% "
             f"and scores {fmt(bs)} (one problem, not a second finding)"),
           F("BREAKDOWN_SUM", "项目支出", "项目支出507.30万元 | " + "、".join(f"{a}{v:,.2f}万元" for a, v in parts),
             f"{ep:,.2f}万元", f"{r2(sum(v for _, v in parts)):,.2f}万元", "HIGH", "WARNING",
             " + ".join(f"{v:,.2f}" for _, v in parts) + f" = {r2(sum(v for _, v in parts)):,.2f}, the 项目支出 prints "
             f"{ep:,.2f} (the 基本 + 项目 parts themselves add to {ea:,.2f})"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "县博物馆陈列提升改造",
             "县博物馆陈列提升改造 | 10 | 年内完成布展 | 受设计方案调整影响，布展未完成 | 10", "10", "< 10", "HIGH",
             "WARNING", "the actual says the work was not completed (also 三: “布展工作顺延至2025年” and 五), yet full marks")]
    return {"stem": "h173_chenggu_wenlv", "format": "txt", "text": "\n".join(L) + "\n", "gold": g, "findings": fnd,
            "traps": [f"预算执行率 row {rate:.2f}% × 10 = {rate / 10:.3f} printed {fmt(bs)} (rounding)",
                      "文物保护单位修缮 4 vs ≥4处 (met exactly)", "文物安全事故 0起 vs 未发生 full",
                      "旅游综合收入增长率 6.5% vs ≥8% −2, stated in 三 and 五, no printed rule (judgement)",
                      "section sentences (投入 10/10, 过程 15/14.52, 产出 40/40, 效益 35/33) equal the rows; 总分 = rows",
                      "“4个股室” lists four; “3个事业单位” lists three; basic + project = whole, both under budget"]}


ALL.append(h173())


def main(argv):
    import heldout3_a as A
    work = tempfile.mkdtemp(prefix="heldout23_")
    try:
        for rep in ALL:
            if argv and not any(rep["stem"].startswith(a) for a in argv):
                continue
            golds = write_gold(rep)
            dest = os.path.join(H.OUT, f"{rep['stem']}.{rep['format']}")
            if rep["format"] == "pdf":
                draw_pdf(rep["drawn"], dest)
            elif rep["format"] == "docx":
                A.write_docx(rep["blocks"], dest)
            elif rep["format"] == "xlsx":
                A.write_xlsx(rep["sheets"], dest)
            else:
                dest = H.render(rep, work)
            print(os.path.basename(dest), sum(len(g["indicators"]) for g in golds), "rows, totals",
                  [g["totalScore"] for g in golds], "planted:", ", ".join(x["kind"] for x in rep["findings"]))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
