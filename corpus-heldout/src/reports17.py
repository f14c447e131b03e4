#!/usr/bin/python3
"""Round 17 (h137–h142): issue-9 layouts not used before, each with PLANTED issue-10 problems, made apart from the
code by the corpus17 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; heldout14.write_gold refuses a report whose own recomputation
(heldout4.recheck) finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports17.py [h137 …]
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, note).
"""
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

H.A.LO_PROFILE = "file:///tmp/jixiao_heldout17_lo"
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
        return None if x in ("", "—") else x
    return [row(v(l1), v(l2), l3, v(t), v(a), w, s) for l1, l2, l3, t, a, w, s, _ in ind]


# ============================================================ h137 洛阳市涧西区 (DOCX, two 项目 forms, 项目资金 block with 预算数|执行数|执行率|分值|得分)

def form137(proj, dept, unit, b, e, rate_p, bs, goal_plan, goal_done, ind, total, grade, note):
    """8 columns; head rows 项目名称 / 主管部门 + 实施单位; fund block with one budget figure; 年度总体目标 two cells."""
    W = 8
    rows, merges = [], []

    def add(cells, spans=()):
        r = len(rows)
        rows.append(cells + [""] * (W - len(cells)))
        merges.extend((r, c1, r, c2) for c1, c2 in spans)
    add(["项目名称", proj], [(1, 7)])
    add(["主管部门", dept, "", "", "实施单位", unit], [(1, 3), (5, 7)])
    f0 = len(rows)
    add(["项目资金（万元）", "", "预算数", "执行数", "执行率", "分值", "得分"], [(6, 7)])
    add(["", "资金总额", f"{b:.2f}", f"{e:.2f}", f"{rate_p:.2f}%", "10", fmt(bs)], [(6, 7)])
    add(["", "其中：财政资金", f"{b:.2f}", f"{e:.2f}", f"{pct(e, b):.2f}%", "—", "—"], [(6, 7)])
    add(["", "其他资金", "0.00", "0.00", "—", "—", "—"], [(6, 7)])
    merges.append((f0, 0, f0 + 3, 0))
    rows[f0][1] = ""
    add(["年度总体目标", "预期目标", "", "", "实际完成情况"], [(1, 3), (4, 7)])
    add(["", goal_plan, "", "", goal_done], [(1, 3), (4, 7)])
    merges.append((len(rows) - 2, 0, len(rows) - 1, 0))
    h0 = len(rows)
    add(["一级指标", "二级指标", "三级指标", "年初设定指标值", "实际完成值", "分值", "得分", "未完成原因分析"])
    start = len(rows)
    for l1, l2, l3, t, a, w, s, n in ind:
        add([l1, l2, l3, t, a, fmt(w), fmt(s), n])
    merges += group_merges(rows, [0, 1], start)
    add(["总分", "", "", "", "", "100", fmt(total), ""], [(0, 4)])
    add(["自评等级", grade], [(1, 7)])
    t = styled(Table(rows, merges), [2.2, 2.4, 3.4, 2.6, 2.4, 1.2, 1.2, 3.2], header_rows=0)
    return [Title("项目支出绩效自评表"), "（2022年度）", t, note]


def h137():
    year = 2022
    # report 1: 民政 — 适老化改造
    p1, d1, u1 = "涧西区2022年老旧小区适老化改造项目", "洛阳市涧西区民政局", "洛阳市涧西区社会福利服务中心"
    b1, e1 = 180.00, 171.36
    rt1 = pct(e1, b1)  # 95.20
    rp1 = 95.60  # PLANT EXECUTION_RATE: 171.36 ÷ 180.00 = 95.20%
    bs1 = 9.52  # the score follows the true rate (95.20% × 10)
    ind1 = [("产出指标", "数量指标", "完成适老化改造户数", "≥600户", "612户", 15, 15, ""),
            ("产出指标", "数量指标", "安装楼道扶手长度", "≥1200米", "1260米", 10, 10, ""),
            ("产出指标", "质量指标", "改造验收合格率", "100%", "100%", 10, 10, ""),
            ("产出指标", "时效指标", "项目完工时间", "2022年11月底前", "2022年11月", 5, 5, ""),
            ("产出指标", "成本指标", "户均改造成本", "≤2800元", "2650元", 5, 5, ""),
            ("效益指标", "社会效益指标", "惠及老年人数", "≥1500人", "1536人", 10, 10, ""),
            ("效益指标", "社会效益指标", "老年人居家安全隐患下降率", "≥30%", "35%", 15, 15, ""),
            ("效益指标", "可持续影响指标", "适老化改造长效管护机制", "建立", "已建立", 10, 10, ""),
            ("满意度指标", "服务对象满意度指标", "改造户满意度", "≥90%", "88.5%", 10, 9, "部分改造户对施工期间噪音有意见，已加强文明施工管理")]
    full1 = [("", "", "资金总额", "", f"{rp1:.2f}%", 10, bs1, "")] + ind1
    assert s2(full1, 5) == 100
    tot1 = s2(full1, 6)  # 98.52
    g1 = with_project(gold(None, d1, year, "COUNTY", "河南省", "SELF_EVALUATION", None, tot1, 100, "优",
                           budget(None, b1, e1, rp1), [], grows(full1)), p1, u1)
    note1 = "评分说明：资金执行率得分=执行率×10分；其他指标完成年度目标的得满分，未完成的根据完成情况酌情扣分。"
    blk1 = form137(p1, d1, u1, b1, e1, rp1, bs1,
                   "对辖区内建成于2000年以前的老旧小区开展适老化改造不少于600户，安装楼道扶手1200米以上，改造验收合格率100%。",
                   "全年完成适老化改造612户，安装楼道扶手1260米，改造户全部通过验收，惠及老年人1536人。",
                   ind1, tot1, "优", note1)
    # report 2: 教育 — 课后服务
    p2, d2, u2 = "涧西区2022年中小学课后服务补助资金", "洛阳市涧西区教育局", "洛阳市涧西区教育事业发展中心"
    b2, e2 = 420.00, 411.60
    rp2 = pct(e2, b2)  # 98.00
    bs2 = r2(rp2 / 10)  # 9.8
    ind2 = [("产出指标", "数量指标", "开展课后服务学校数", "38所", "38所", 10, 10, ""),
            ("产出指标", "数量指标", "参与课后服务学生人数", "≥25000人", "26120人", 10, 10, ""),
            ("产出指标", "质量指标", "课后服务学生参与率", "≥80%", "76.0%", 10, 8,  # PLANT RULE_SCORE: 4 points below → 10 − 4 = 6
             "部分学校课后服务课程不够丰富，学生参与意愿不强"),
            ("产出指标", "时效指标", "补助资金拨付时间", "2022年12月底前", "2023年1月", 5, 5,  # PLANT TARGET_MISSED_FULL_MARKS
             "受学期末结算影响，资金于次年1月拨付"),
            ("产出指标", "成本指标", "生均补助标准", "≤200元/生·学期", "200元/生·学期", 5, 5, ""),
            ("效益指标", "社会效益指标", "家长接送难问题缓解程度", "有效缓解", "有效缓解", 15, 15, ""),
            ("效益指标", "社会效益指标", "学生综合素质提升", "明显提升", "明显提升", 5, 5, ""),
            ("效益指标", "可持续影响指标", "课后服务保障机制", "长期有效", "长期有效", 10, 10, ""),
            ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "93.2%", 10, 10, ""),
            ("满意度指标", "服务对象满意度指标", "参与教师满意度", "≥85%", "87.0%", 10, 10, "")]
    full2 = [("", "", "资金总额", "", f"{rp2:.2f}%", 10, bs2, "")] + ind2
    assert s2(full2, 5) == 100
    tot2 = s2(full2, 6)  # 97.8
    g2 = with_project(gold(None, d2, year, "COUNTY", "河南省", "SELF_EVALUATION", None, tot2, 100, "优",
                           budget(None, b2, e2, rp2), [], grows(full2)), p2, u2)
    note2 = ("评分说明：资金执行率得分=执行率×10分；定量指标达到年度指标值的得满分，未达到的每低于指标值1个百分点扣1分，扣完为止；"
             "定性指标由单位根据完成情况自评。")
    blk2 = form137(p2, d2, u2, b2, e2, rp2, bs2,
                   "为全区38所义务教育学校开展课后服务提供补助，参与学生不少于25000人，学生参与率达到80%以上，有效缓解家长接送难问题。",
                   "全区38所学校全部开展课后服务，参与学生26120人，参与率76.0%，补助资金已全部拨付到校。",
                   ind2, tot2, "优", note2)
    blocks = ["涧西区财政局关于公开2022年度部分项目支出绩效自评结果的说明：按照《洛阳市涧西区预算绩效管理办法》，现将区民政局、"
              "区教育局两个项目的绩效自评表予以公开。"] + blk1 + ["填报单位：洛阳市涧西区民政局　　填报人：王××　　联系电话：0379-64××××××",
                                                           PageBreak()] + blk2 + \
             ["填报单位：洛阳市涧西区教育局　　填报人：赵××　　联系电话：0379-64××××××"]
    fnd = [F("EXECUTION_RATE", "资金总额", f"资金总额 | {b1:.2f} | {e1:.2f} | {rp1:.2f}% | 10 | {fmt(bs1)}",
             f"{rp1:.2f}%", f"{rt1:.2f}%", "HIGH", "ERROR",
             f"report 1 of 2 ({p1}): 171.36 ÷ 180.00 = {rt1:.2f}%, printed {rp1:.2f}%; the score 9.52 follows the true "
             "rate (95.20% × 10)"),
           F("RULE_SCORE", "课后服务学生参与率", "课后服务学生参与率 | ≥80% | 76.0% | 10 | 8 ; 每低于指标值1个百分点扣1分",
             "8", "6", "HIGH", "ERROR",
             f"report 2 of 2 ({p2}): 80% − 76.0% = 4 points below, × 1 = 4 deducted → 10 − 4 = 6, printed 8 "
             "(the 总分 97.8 adds the printed 8; with 6 it would be 95.8, still 优)"),
           F("TARGET_MISSED_FULL_MARKS", "补助资金拨付时间", "补助资金拨付时间 | 2022年12月底前 | 2023年1月 | 5 | 5",
             "5", "< 5", "HIGH", "WARNING",
             f"report 2 of 2 ({p2}): paid in 2023年1月 against a 2022年12月底前 target (its own reason says it was late), "
             "yet full marks")]
    return {"stem": "h137_jianxi_xiangmu", "format": "docx", "blocks": blocks, "gold": [g1, g2], "findings": fnd,
            "traps": ["开展课后服务学校数 38 vs 38所 (met exactly); 生均补助标准 200 vs ≤200元 (met exactly)",
                      "改造户满意度 88.5% < 90% loses 1 with a reason, report 1's rule is 酌情扣分 (judgement)",
                      "98.00% × 10 = 9.8; report 2's 财政资金 rate on a real base; 其他资金 0.00 / 0.00 printed “—”",
                      "项目完工时间 2022年11月 meets 2022年11月底前"]}


ALL.append(h137())


# ============================================================ h138 佛山市顺德区 (XLSX, 部门整体, 小计 rows, merged 一级/二级)

def h138():
    dept = "佛山市顺德区交通运输局"
    ib, ip = 2250.00, 3570.00
    ab, ap = 2310.20, 3930.30
    eb = 2338.65  # PLANT SPENDING_OVER_BUDGET: 基本支出 2,338.65 > 2,310.20
    ep = 3612.49
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    rate = pct(ea, aa)
    bs = r2(rate / 10)
    secs = [("预算执行", [("预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "")]),
            ("产出指标", [("数量指标", "农村公路养护里程", "≥1150公里", "1168公里", 10, 10, ""),
                      ("数量指标", "公交站亭新建改造数量", "120座", "120座", 10, 10, ""),
                      ("质量指标", "国省道路面技术状况指数（PQI）", "≥85", "83.2", 10, 7, "部分路段重载交通影响，路面病害增多"),
                      ("时效指标", "客运安全隐患整改及时率", "100%", "96%", 10, 8, "2处隐患涉及多部门协调，整改超期")]),
            ("效益指标", [("社会效益指标", "镇村公交覆盖率", "100%", "100%", 10, 10, ""),
                      ("社会效益指标", "道路交通运输安全事故", "0起", "未发生", 10, 10, ""),
                      ("生态效益指标", "新能源公交车占比", "≥90%", "86.4%", 10, 8, "部分线路车辆更新计划顺延"),
                      ("可持续影响指标", "交通运输行业信用体系", "健全", "健全", 10, 10, "")]),
            ("满意度指标", [("服务对象满意度指标", "群众出行满意度", "≥90%", "86.0%", 10, 7, "高峰时段公交准点率有待提高")])]
    ind = [(l1, l2, l3, t, a, w, s, n) for l1, rs in secs for l2, l3, t, a, w, s, n in rs]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)  # 89.54
    sec_printed = {"效益指标": 39}  # PLANT SECTION_VS_ROWS: 效益指标 rows 10+10+8+10 = 38
    sections = [(n, s2([(0, 0) + r for r in rs], 6), sec_printed.get(n, s2([(0, 0) + r for r in rs], 7))) for n, rs in secs]
    grade = "优"  # PLANT GRADE_OUTSIDE_BANDS: 89.54 < 90 → 良 by the sheet's own bands
    g = gold(None, dept, 2023, "COUNTY", "广东省", "SELF_EVALUATION", None, total, 100, grade,
             budget(ia, aa, ea, rate, ab, eb, ap, ep), sections, grows(ind))
    W = 8
    rows, merges = [], []

    def add(cells, spans=()):
        r = len(rows)
        rows.append(cells + [""] * (W - len(cells)))
        merges.extend((r, c1, r, c2) for c1, c2 in spans)
    add(["2023年度部门整体支出绩效自评表"], [(0, 7)])
    add(["部门名称：" + dept, "", "", "", "", "单位：万元"], [(0, 4), (5, 7)])
    add(["一、部门预算资金执行情况"], [(0, 7)])
    add(["支出性质", "", "年初预算", "调整预算", "实际支出", "预算执行率"], [(0, 1), (5, 7)])
    for lab, x, y, z in [("合计", ia, aa, ea), ("基本支出", ib, ab, eb), ("项目支出", ip, ap, ep)]:
        add([lab, "", Num(x, "#,##0.00"), Num(y, "#,##0.00"), Num(z, "#,##0.00"), Num(pct(z, y) / 100, "0.00%")],
            [(0, 1), (5, 7)])
    add(["二、年度绩效目标完成情况"], [(0, 7)])
    add(["完成全区农村公路养护1150公里以上，新建改造公交站亭120座，国省道路面技术状况指数保持在85以上，"
         "镇村公交全覆盖，新能源公交车占比达到90%，群众出行满意度90%以上。"], [(0, 7)])
    add(["三、绩效指标完成情况"], [(0, 7)])
    add(["一级指标", "二级指标", "三级指标", "指标分值", "年度指标值", "实际完成值", "自评得分", "扣分原因"])
    for name, rs in secs:
        r0 = len(rows)
        for l2, l3, t, a, w, s, n in rs:
            add([name, l2, l3, Num(w), t, a, Num(s), n])
        grp = rows[r0:]
        merges += [(r0 + a, c, r0 + b, c) for (a, c, b, _) in group_merges(grp, [0, 1])]
        ws, ss = s2([(0, 0) + r for r in rs], 6), sec_printed.get(name, s2([(0, 0) + r for r in rs], 7))
        add(["小计", "", "", Num(ws), "", "", Num(ss)], [(0, 2), (4, 5)])
    add(["合计", "", "", Num(100), "", "", Num(total, "0.00")], [(0, 2), (4, 5)])
    add(["自评等级", "", "", grade], [(0, 2), (3, 7)])
    add(["评分说明：预算执行率得分=预算执行率×10分；总分90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。"],
        [(0, 7)])
    add(["填报人：梁××　　　审核人：何××　　　填报日期：2024年4月12日"], [(0, 7)])
    t = styled(Table(rows, merges), [11, 13, 22, 8, 12, 12, 8, 24])
    t.first_table_row = 3
    fnd = [F("SPENDING_OVER_BUDGET", "基本支出", f"基本支出 | {ib:,.2f} | {ab:,.2f} | {eb:,.2f} | {pct(eb, ab):.2f}%",
             f"{eb:,.2f}", f"≤ {ab:,.2f}", "HIGH", "WARNING",
             f"基本支出 spent {eb:,.2f} against an adjusted 基本支出 budget of {ab:,.2f} ({pct(eb, ab):.2f}%); the whole "
             f"({ea:,.2f} ≤ {aa:,.2f}) is under budget"),
           F("SECTION_VS_ROWS", "效益指标", "效益指标 … 小计 | 40 | 39", "39", "38", "HIGH", "ERROR",
             "效益指标 rows 10 + 10 + 8 + 10 = 38, its 小计 prints 39; the 合计 89.54 adds the rows (9.54 + 35 + 38 + 7)"),
           F("GRADE_OUTSIDE_BANDS", "自评等级", f"合计 | 100 | {total:.2f} ; 自评等级 | 优 ; 总分90分（含）以上为优，80分（含）至90分为良",
             "优", "良", "HIGH", "ERROR", f"{total:.2f} < 90, so 良 by the sheet's own bands (80 ≤ {total:.2f} < 90)")]
    return {"stem": "h138_shunde_jiaotong", "format": "xlsx", "sheets": [("部门整体自评表", t)], "gold": g, "findings": fnd,
            "traps": [f"预算执行率 {rate:.2f}% × 10 = {rate / 10:.4f} printed {bs} (rounding)",
                      "公交站亭新建改造数量 120 vs 120座 (met exactly); 道路交通运输安全事故 未发生 full marks",
                      "PQI 83.2 < 85 loses 3, 及时率 96% loses 2, 新能源 86.4% loses 2, 满意度 86.0% loses 3, each with a "
                      "reason and no numeric rule (judgement)",
                      "项目支出 under budget; 基本 + 项目 = 合计 in all three columns; 年初 < 调整 (budget adjusted)"]}


ALL.append(h138())


# ============================================================ h139 宝鸡市 (PDF, third party, cover + 目录 + running header/footer)

def h139():
    proj = "宝鸡市2021年公共文化场馆免费开放补助资金"
    dept = "宝鸡市文化和旅游局"
    unit = "宝鸡市群众艺术馆"
    agency = "陕西华信正和项目管理咨询有限公司"
    b_yuan, e_yuan = 1320000.00, 1238600.00
    b, e = r2(b_yuan / 10000), r2(e_yuan / 10000)
    rate = pct(e, b)  # 93.83
    rate_formula = 94.83  # PLANT FORMULA: 1,238,600.00 ÷ 1,320,000.00 = 93.83%
    e_summary = 128.36  # PLANT SAME_FIGURE_DIFFERS: 摘要 128.36万元 vs 项目概况 123.86万元
    bs = r2(rate * 5 / 100)  # 4.69
    ind = [("决策", "项目立项", "立项依据充分性", "—", "—", 5, 5, "立项依据充分、符合规划得满分"),
           ("决策", "绩效目标", "绩效目标合理性", "—", "—", 4, 3, "目标明确、细化量化得满分，每发现一项不符扣1分（1项未量化）"),
           ("决策", "资金投入", "预算编制科学性", "—", "—", 4, 4, "预算编制依据充分、测算合理得满分"),
           ("决策", "资金投入", "资金分配合理性", "—", "—", 3, 3, "分配依据充分、与实际相适应得满分"),
           ("过程", "资金管理", "预算执行率", "100%", f"{rate:.2f}%", 5, bs, "预算执行率×分值"),
           ("过程", "资金管理", "资金使用合规性", "合规", "合规", 5, 5, "发现违规使用资金不得分"),
           ("过程", "组织实施", "管理制度健全性", "健全", "健全", 5, 5, "制度健全得满分"),
           ("过程", "组织实施", "制度执行有效性", "有效", "2处档案资料不完整", 6, 5, "每发现1处问题扣0.5分"),
           ("产出", "产出数量", "免费开放场馆数量", "4个", "4个", 6, 6, "完成得满分，未完成不得分"),
           ("产出", "产出数量", "图书外借册次", "≥12万册次", "10.8万册次", 6, 5.8,  # PLANT RULE_SCORE: 10.8 ÷ 12 × 6 = 5.4
            "按完成比例得分"),
           ("产出", "产出数量", "举办公益讲座及展览场次", "≥80场", "86场", 6, 6, "按完成比例得分，最高不超过分值"),
           ("产出", "产出质量", "场馆年免费开放天数", "≥300天", "306天", 6, 6, "达到目标得满分"),
           ("产出", "产出时效", "补助资金拨付及时性", "及时", "及时", 6, 6, "及时拨付得满分"),
           ("效益", "社会效益", "年接待群众人次", "≥30万人次", "31.2万人次", 9, 9, "达到目标得满分"),
           ("效益", "社会效益", "公共文化服务安全事故", "0起", "未发生", 6, 6, "发生1起扣3分"),
           ("效益", "可持续影响", "免费开放长效机制", "健全", "健全", 6, 6, "机制健全得满分"),
           ("效益", "满意度", "群众满意度", "≥90%", "91.6%", 12, 12, "≥90%得满分，每低1个百分点扣1分")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)  # 97.49
    names = ["决策", "过程", "产出", "效益"]
    sections = [(n, s2([r for r in ind if r[0] == n], 5), s2([r for r in ind if r[0] == n], 6)) for n in names]
    g = gold(None, dept, 2021, "PREFECTURAL", "陕西省", "THIRD_PARTY_EVALUATION", agency, total, 100, "优",
             budget(None, b, e, rate), sections, grows(ind))
    g = with_project(g, proj, unit)
    secline = "，".join(f"{n}{fmt(w)}分、得{fmt(s)}分" for n, w, s in sections)
    title = proj + "绩效评价报告"
    d = {"title": title, "no": "华信正和评字〔2022〕第017号", "agency": agency,
         "cover": [("项目名称", proj), ("委托单位", "宝鸡市财政局"), ("项目主管部门", dept), ("项目实施单位", unit),
                   ("评价机构", agency), ("报告日期", "2022年6月18日")],
         "toc": [("摘要", 3), ("一、项目概况", 3), ("二、绩效评价工作开展情况", 3), ("三、综合评价情况及评价结论", 3),
                 ("四、绩效评价指标分析", 3), ("五、主要经验及做法、存在的问题及原因分析", 3), ("六、有关建议", 3),
                 ("附表：绩效评价指标评分表", 4)],
         "body": [("摘要", [f"受宝鸡市财政局委托，{agency}对{proj}开展了绩效评价。该项目全年预算资金132.00万元，实际支出"
                          f"{e_summary:.2f}万元，用于市群众艺术馆、市图书馆、市博物馆、市美术馆4个场馆免费开放运行保障。"
                          f"经评价，项目综合得分{fmt(total)}分，评价等级为“优”。"]),
                  ("一、项目概况", ["（一）项目基本情况。2021年，市级财政安排公共文化场馆免费开放补助资金132.00万元，由宝鸡市群众艺术馆"
                                 "统筹，用于4个场馆的免费开放日常运行、公益讲座展览及设施维护。",
                                 f"（二）资金使用情况。截至2021年12月31日，项目全年预算132.00万元，实际支出{e:.2f}万元，"
                                 f"预算执行率{rate:.2f}%，结余资金已按规定收回财政。"]),
                  ("二、绩效评价工作开展情况", ["评价组按照《项目支出绩效评价管理办法》（财预〔2020〕10号），从决策、过程、产出、效益"
                                        "四个维度设置评价指标体系，采取资料核查、现场勘察、问卷调查相结合的方式开展评价，共发放"
                                        "满意度问卷420份，收回有效问卷406份。"]),
                  ("三、综合评价情况及评价结论", [f"经评价，项目综合得分{fmt(total)}分，其中{secline}。根据评分标准，总分90分（含）以上为"
                                          "“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”，本项目评价等级为“优”。"]),
                  ("四、绩效评价指标分析", [f"（一）资金管理情况。预算执行率=1,238,600.00÷1,320,000.00×100%={rate_formula:.2f}%，"
                                      f"按评分标准得{fmt(bs)}分。",
                                      "（二）产出情况。4个场馆全年免费开放306天，举办公益讲座及展览86场，图书外借10.8万册次，"
                                      "未达到12万册次的年度目标，主要是受疫情防控限流影响。",
                                      "（三）效益情况。全年接待群众31.2万人次，群众满意度91.6%，未发生公共文化服务安全事故。"]),
                  ("五、主要经验及做法、存在的问题及原因分析", ["一是部分活动档案资料不完整，共发现2处；二是绩效目标中“服务质量”"
                                                   "未细化量化；三是图书外借未达预期目标。"]),
                  ("六、有关建议", ["建议完善活动档案管理制度，细化量化绩效目标，拓展线上借阅服务。"])],
         "head": ["序号", "一级指标", "二级指标", "三级指标", "权重", "目标值", "完成值", "评价得分", "评分标准"],
         "rows": [[str(k + 1), l1, l2, l3, fmt(w), t, a, fmt(s), n] for k, (l1, l2, l3, t, a, w, s, n) in enumerate(ind)]
         + [["", "合计", "", "", "100", "", "", fmt(total), ""]]}
    fnd = [F("FORMULA", "预算执行率", f"预算执行率=1,238,600.00÷1,320,000.00×100%={rate_formula:.2f}%",
             f"{rate_formula:.2f}%", f"{rate:.2f}%", "HIGH", "ERROR",
             f"1,238,600.00 ÷ 1,320,000.00 = 0.93833 → {rate:.2f}%, printed {rate_formula:.2f}%; the 项目概况 and the table "
             f"print {rate:.2f}% and the score {fmt(bs)} = {rate:.2f}% × 5 follows the true rate"),
           F("RULE_SCORE", "图书外借册次", "图书外借册次 | 6 | ≥12万册次 | 10.8万册次 | 5.8 | 按完成比例得分",
             "5.8", "5.4", "HIGH", "ERROR",
             "10.8 ÷ 12 = 90% of the target × 6 = 5.4, printed 5.8 (the 合计 and 产出 subtotals add the printed 5.8)"),
           F("SAME_FIGURE_DIFFERS", "实际支出", f"摘要：实际支出{e_summary:.2f}万元 ; 项目概况：实际支出{e:.2f}万元",
             f"{e_summary:.2f}万元", f"{e:.2f}万元", "HIGH", "WARNING",
             f"the 摘要 gives the spending as {e_summary:.2f}万元, the 项目概况 and the formula ({e_yuan:,.2f}元) give {e:.2f}万元")]
    return {"stem": "h139_baoji_wenlv", "format": "pdf", "third": d, "gold": g, "findings": fnd,
            "traps": [f"预算执行率 {rate:.2f}% × 5 = {rate * 5 / 100:.4f} printed {fmt(bs)} (rounding)",
                      "制度执行有效性 2处 × 0.5 = 1 deducted (rule pays partial marks); 绩效目标合理性 1项 × 1 deducted (rule)",
                      "举办公益讲座及展览场次 86 > 80 capped at 6; 免费开放场馆数量 4 vs 4个 (met exactly)",
                      "公共文化服务安全事故 未发生 full marks; 元 in the formula, 万元 elsewhere"]}


def write_third(d, path):
    """A4 portrait, ruled appendix table; cover, 目录 (dotted leaders), running header (title + 报告编号) and footer
    (agency + 第X页 共Y页) on every page but the cover; built twice to learn the page count."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table as RT, TableStyle, Spacer, PageBreak as PB
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    f = "STSong-Light"
    T = ParagraphStyle("t", fontName=f, fontSize=20, leading=32, alignment=1)
    H2 = ParagraphStyle("h", fontName=f, fontSize=13, leading=22, spaceBefore=6)
    B = ParagraphStyle("b", fontName=f, fontSize=10.5, leading=19, firstLineIndent=21, wordWrap="CJK")
    C = ParagraphStyle("c", fontName=f, fontSize=8.5, leading=11, wordWrap="CJK")
    K = ParagraphStyle("k", fontName=f, fontSize=12, leading=24, alignment=0)
    total_pages = [99]

    def furniture(c, doc):
        if doc.page == 1:
            return
        c.setFont(f, 8.5)
        c.drawString(1.8 * cm, A4[1] - 1.3 * cm, d["title"])
        c.drawRightString(A4[0] - 1.8 * cm, A4[1] - 1.3 * cm, d["no"])
        c.line(1.8 * cm, A4[1] - 1.45 * cm, A4[0] - 1.8 * cm, A4[1] - 1.45 * cm)
        c.drawString(1.8 * cm, 1.2 * cm, d["agency"])
        c.drawRightString(A4[0] - 1.8 * cm, 1.2 * cm, f"第{doc.page}页 共{total_pages[0]}页")

    def story():
        s = [Spacer(1, 3 * cm), Paragraph(d["title"], T), Spacer(1, 0.6 * cm),
             Paragraph(d["no"], ParagraphStyle("n", fontName=f, fontSize=11, alignment=1)), Spacer(1, 3 * cm)]
        for k, v in d["cover"]:
            s.append(Paragraph(f"{k}：{v}", ParagraphStyle("cv", fontName=f, fontSize=12, leading=26, leftIndent=2.5 * cm)))
        s += [PB(), Paragraph("目　　录", T)]
        for name, pg in d["toc"]:
            dots = "." * max(6, 70 - 2 * len(name))
            s.append(Paragraph(f"{name}{dots}{pg}", K))
        s.append(PB())
        for head, paras in d["body"]:
            s.append(Paragraph(head, H2))
            s += [Paragraph(p, B) for p in paras]
        s += [PB(), Paragraph("附表：绩效评价指标评分表", H2)]
        W = 17.4 * cm
        cw = [0.75, 1.1, 1.9, 3.3, 0.9, 2.1, 2.2, 1.1, 3.7]
        t = RT([[Paragraph(x, C) for x in r] for r in [d["head"]] + d["rows"]],
               colWidths=[w / sum(cw) * W for w in cw], repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        s += [t, Spacer(1, 12), Paragraph(f"评价机构：{d['agency']}（盖章）　　　　2022年6月18日", B)]
        return s
    for _ in range(2):
        doc = SimpleDocTemplate(path, pagesize=A4, topMargin=2.2 * cm, bottomMargin=2 * cm, leftMargin=1.8 * cm,
                                rightMargin=1.8 * cm, invariant=1, title="", author="", creator="", producer="")
        doc.build(story(), onFirstPage=furniture, onLaterPages=furniture)
        total_pages[0] = doc.page


ALL.append(h139())


# ============================================================ h140 南宁市青秀区 (HTML, Word "Save as", gb2312, 部门整体, layout table)

def h140():
    dept = "南宁市青秀区水利局"
    ib, ip = 1180.00, 2030.00
    ab, ap = 1206.30, 2280.40
    eb, ep = 1198.52, 2124.71
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    rate = pct(ea, aa)  # 95.31
    bs_true = r2(rate / 10)  # 9.53
    bs = 10  # PLANT BUDGET_ROW_SCORE: 95.31% × 10 = 9.53
    ind = [("产出指标", "数量指标", "中小河流治理长度", "≥12公里", "12.6公里", 10, 10, ""),
           ("产出指标", "数量指标", "农村饮水工程维修养护处数", "≥45处", "45处", 10, 10, ""),
           ("产出指标", "质量指标", "水利工程验收合格率", "100%", "100%", 10, 10, ""),
           ("产出指标", "时效指标", "防汛物资储备到位时间", "5月底前", "5月20日", 5, 5, ""),
           ("产出指标", "成本指标", "河道清淤单位成本", "≤38元/立方米", "36.5元/立方米", 5, 5, ""),
           ("效益指标", "社会效益指标", "农村自来水普及率", "≥95%", "96.3%", 10, 10, ""),
           ("效益指标", "社会效益指标", "智慧水务监测平台建设", "2024年底前建成", "基本建成", 10, 10,  # PLANT NARRATIVE_NOT_DONE_FULL_MARKS
            "平台软件联调测试未完成，计划2025年6月正式上线运行"),
           ("效益指标", "生态效益指标", "河长制巡河任务完成率", "100%", "100%", 10, 10, ""),
           ("效益指标", "可持续影响指标", "水利工程运行管护机制", "健全", "健全", 10, 10, ""),
           ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "88.7%", 10, 9, "个别村屯供水高峰期水压不足，下一步加快管网改造")]
    full = [("", "", "年度资金总额", "", f"{rate:.2f}%", 10, bs, "")] + ind
    assert s2(full, 5) == 100
    rows_total = s2(full, 6)  # 99
    total_printed = 98  # PLANT TOTAL_VS_ROWS: 10 + 89 = 99 as printed
    g = gold(None, dept, 2024, "COUNTY", "广西壮族自治区", "SELF_EVALUATION", None, total_printed, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), [], grows(full))

    def td(x, cs=1, rs=1, w=None, left=False):
        a = (f' colspan={cs}' if cs > 1 else '') + (f' rowspan={rs}' if rs > 1 else '')
        al = "left" if left else "center"
        x = x if x else "&nbsp;"
        return (f'<td{a} valign=middle style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
                f'<p class=MsoNormal align={al} style="text-align:{al}"><span style="font-size:10.0pt;'
                f'font-family:宋体">{x}</span></p></td>')
    tr = []
    tr.append("<tr>" + td("部门（单位）名称") + td(dept, 7, left=True) + "</tr>")
    tr.append("<tr>" + td("年度预算执行情况（万元）", rs=4) + td("") + "".join(td(h) for h in
              ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]) + "</tr>")
    tr.append("<tr>" + td("年度资金总额") + "".join(td(x) for x in
              [f"{ia:,.2f}", f"{aa:,.2f}", f"{ea:,.2f}", "10", f"{rate:.2f}%", fmt(bs)]) + "</tr>")
    tr.append("<tr>" + td("其中：基本支出", left=True) + "".join(td(x) for x in
              [f"{ib:,.2f}", f"{ab:,.2f}", f"{eb:,.2f}", "—", f"{pct(eb, ab):.2f}%", "—"]) + "</tr>")
    tr.append("<tr>" + td("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;项目支出", left=True) + "".join(td(x) for x in
              [f"{ip:,.2f}", f"{ap:,.2f}", f"{ep:,.2f}", "—", f"{pct(ep, ap):.2f}%", "—"]) + "</tr>")
    tr.append("<tr>" + td("年度总体目标", rs=2) + td("预期目标", 4) + td("实际完成情况", 3) + "</tr>")
    tr.append("<tr>" + td("目标1：推进中小河流治理12公里以上，完成农村饮水工程维修养护45处；<br>目标2：汛前完成防汛物资储备，"
                          "确保安全度汛；<br>目标3：建成智慧水务监测平台，农村自来水普及率达到95%以上。", 4, left=True)
              + td("完成中小河流治理12.6公里，维修养护农村饮水工程45处，5月20日前防汛物资全部到位，全年未发生水利工程安全事故；"
                   "智慧水务监测平台已基本建成，农村自来水普及率96.3%。", 3, left=True) + "</tr>")
    tr.append("<tr>" + td("一级指标", rs=2) + td("二级指标", rs=2) + td("三级指标", rs=2) + td("评分", 2) + td("指标值", 2)
              + td("偏差原因分析及改进措施", rs=2) + "</tr>")
    tr.append("<tr>" + td("分值") + td("得分") + td("年度指标值") + td("实际完成值") + "</tr>")
    grid = [[l1, l2, l3, fmt(w), fmt(s), t, a, n] for l1, l2, l3, t, a, w, s, n in ind]
    m = group_merges(grid, [0, 1])
    span = {(r1, c): r2_ - r1 + 1 for r1, c, r2_, _ in m}
    covered = {(r, c) for r1, c, r2_, _ in m for r in range(r1 + 1, r2_ + 1)}
    for r, cells in enumerate(grid):
        out = ""
        for c, x in enumerate(cells):
            if (r, c) in covered:
                continue
            out += td(x, rs=span.get((r, c), 1), left=(c == 7))
        tr.append("<tr>" + out + "</tr>")
    tr.append("<tr>" + td("总分", 3) + td("100") + td(fmt(total_printed)) + td("", 3) + "</tr>")
    tr.append("<tr>" + td("自评等级", 3) + td("优", 5, left=True) + "</tr>")
    inner = ('<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=640 style="width:480.0pt;'
             'border-collapse:collapse;border:none">\n' + "\n".join(tr) + "\n</table>")
    title = f"{dept}2024年度部门整体支出绩效自评表"
    html = f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<title>{title}</title>
<style>
<!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;margin-bottom:.0001pt;text-align:justify;font-size:10.5pt;font-family:"Times New Roman"}}
@page WordSection1 {{size:595.3pt 841.9pt;margin:72.0pt 54.0pt 72.0pt 54.0pt}}
div.WordSection1 {{page:WordSection1}}
-->
</style>
</head>
<body lang=ZH-CN style="text-justify-trim:punctuation">
<div class=WordSection1>
<table border=0 cellspacing=0 cellpadding=0 width="100%">
<tr><td>
<p class=MsoNormal align=center style="text-align:center"><b><span style="font-size:16.0pt;font-family:黑体">2024年度部门整体支出绩效自评表</span></b></p>
<p class=MsoNormal align=center style="text-align:center"><span style="font-size:10.5pt;font-family:宋体">发布机构：{dept}&nbsp;&nbsp;&nbsp;&nbsp;发布日期：2025年5月28日</span></p>
<p class=MsoNormal><span>&nbsp;</span></p>
</td></tr>
<tr><td>
{inner}
</td></tr>
<tr><td>
<p class=MsoNormal><span style="font-size:9.0pt;font-family:宋体">说明：年度资金总额得分=执行率×10分；总分90分（含）以上为优，80（含）—90分为良，60（含）—80分为中，60分以下为差。</span></p>
<p class=MsoNormal><span style="font-size:9.0pt;font-family:宋体">填表人：韦××&nbsp;&nbsp;&nbsp;&nbsp;联系电话：0771-55×××××&nbsp;&nbsp;&nbsp;&nbsp;填报日期：2025年4月20日</span></p>
</td></tr>
</table>
</div>
</body>
</html>
"""
    fnd = [F("BUDGET_ROW_SCORE", "年度资金总额", f"年度资金总额 | {ia:,.2f} | {aa:,.2f} | {ea:,.2f} | 10 | {rate:.2f}% | 10 ; "
             "年度资金总额得分=执行率×10分", "10", fmt(bs_true), "HIGH", "ERROR",
             f"{ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% (printed rate right) × 10 = {fmt(bs_true)}, printed 10 (full marks)"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "智慧水务监测平台建设",
             "智慧水务监测平台建设 | 10 | 10 | 2024年底前建成 | 基本建成 | 平台软件联调测试未完成，计划2025年6月正式上线运行",
             "10", "< 10", "HIGH", "WARNING",
             "target 2024年底前建成; the row's own reason says the testing 未完成 and the platform goes live only in 2025, yet "
             "full marks"),
           F("TOTAL_VS_ROWS", "总分", "总分 | 100 | 98", "98", fmt(rows_total), "HIGH", "ERROR",
             f"10 (年度资金总额, as printed) + 40 + 40 + 9 = {fmt(rows_total)}, printed 98 (with the budget row at "
             f"{fmt(bs_true)} the rows would add to {fmt(r2(rows_total - 10 + bs_true))}; neither is 98)")]
    return {"stem": "h140_qingxiu_shuili", "format": "html", "html": html, "encoding": "gb2312", "gold": g,
            "findings": fnd,
            "traps": ["农村饮水工程维修养护处数 45 vs ≥45处 (met exactly); 防汛物资 5月20日 meets 5月底前",
                      "群众满意度 88.7% < 90% loses 1 with a reason and no numeric rule (judgement)",
                      "基本 + 项目 = 合计 in all three columns; both parts under budget; 年初 < 全年 (adjusted)",
                      "河道清淤单位成本 36.5 ≤ 38元/立方米"]}


ALL.append(h140())


# ============================================================ h141 长春市 (DOC, prose + 收支表 + 得分汇总表, items "指标n：…")

def h141():
    dept = "长春市退役军人事务局"
    ib, ip = 420.50, 860.00
    ab, ap = 436.20, 912.60
    eb, ep = 430.18, 873.95
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    rate = pct(ea, aa)  # 96.69
    bs = r2(ea / aa * 10)  # 9.67
    rule_bad = "利用率≥90%得满分；90%≤利用率<85%得3分；利用率<85%不得分"  # PLANT MALFORMED_RULE: empty middle band
    ind = [("投入", "", "预算编制准确率", "≥90%", "93.5%", 5, 5, ""),
           ("投入", "", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "评分办法：预算执行率×10分。"),
           ("投入", "", "“三公”经费控制率", "≤100%", "82.3%", 5, 5, ""),
           ("过程", "", "资金使用合规性", "合规", "合规", 5, 5, ""),
           ("过程", "", "财务管理制度健全性", "健全", "健全", 5, 5, ""),
           ("过程", "", "政府采购执行率", "100%", "100%", 5, 5, ""),
           ("过程", "", "固定资产利用率", "≥90%", "95.6%", 5, 5, "评分办法：" + rule_bad + "。"),
           ("产出", "", "走访慰问优抚对象人次", "≥1,280人次", "1,280人次", 10, 10, ""),
           ("产出", "", "优待证申领办理率", "≥98%", "99.2%", 10, 9, ""),  # PLANT TARGET_MET_POINTS_LOST
           ("产出", "", "抚恤补助金按时发放率", "100%", "100%", 10, 10, ""),
           ("效益", "", "退役军人就业率", "≥85%", "87.4%", 10, 10, ""),
           ("效益", "", "涉军群体性事件", "0起", "0起", 10, 10, "全年未发生涉军群体性事件。"),
           ("效益", "", "服务对象满意度", "≥90%", "88%", 10, 9, "部分服务对象反映办事流程较繁琐，酌情扣1分。")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)  # 97.67
    names = ["投入", "过程", "产出", "效益"]
    sections = [(n, s2([r for r in ind if r[0] == n], 5), s2([r for r in ind if r[0] == n], 6)) for n in names]
    g = gold(None, dept, 2025, "PREFECTURAL", "吉林省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), sections, grows(ind))
    tb = [["收支项目", "年初预算数", "全年预算数", "全年支出数", "预算执行率"]]
    for lab, x, y, z in [("合计", ia, aa, ea), ("基本支出", ib, ab, eb), ("项目支出", ip, ap, ep)]:
        tb.append([lab, f"{x:,.2f}", f"{y:,.2f}", f"{z:,.2f}", f"{pct(z, y):.2f}%"])
    t1 = styled(Table(tb), [3, 2.5, 2.5, 2.5, 2.2], header_rows=1)
    ts = [["一级指标", "分值", "得分"]] + [[n, fmt(w), fmt(s)] for n, w, s in sections] + [["合计", "100", fmt(total)]]
    t2 = styled(Table(ts), [4, 2, 2], header_rows=1)
    blocks = [Title(f"{dept}2025年度部门整体支出绩效自评报告"),
              "一、部门基本情况",
              "长春市退役军人事务局内设办公室、规划财务处、思想政治和权益维护处、移交安置和就业创业处、优抚褒扬处5个处室，"
              "下属长春市退役军人服务中心1个事业单位。主要职责是贯彻落实退役军人思想政治、管理保障等工作政策，"
              "负责全市退役军人移交安置、就业创业扶持、优抚褒扬和权益维护等工作。",
              "二、部门预算执行情况",
              f"2025年，我局年初预算{ia:,.2f}万元，年中追加调整后全年预算{aa:,.2f}万元，全年支出{ea:,.2f}万元，预算执行率"
              f"{rate:.2f}%。其中基本支出{eb:,.2f}万元，项目支出{ep:,.2f}万元。具体见表1。",
              "表1　2025年度部门预算收支情况表（单位：万元）", t1,
              "三、绩效指标完成情况及自评得分",
              "我局按照投入、过程、产出、效益四个方面设置13项绩效指标，总分100分，各一级指标得分见表2，逐项情况如下。",
              "表2　一级指标得分汇总表", t2]
    heads = {"投入": "（一）投入", "过程": "（二）过程", "产出": "（三）产出", "效益": "（四）效益"}
    k = 0
    for n, w, s in sections:
        blocks.append(f"{heads[n]}（{fmt(w)}分，得{fmt(s)}分）")
        for l1, _, l3, t, a, wt, sc, note in ind:
            if l1 != n:
                continue
            k += 1
            txt = f"指标{k}：{l3}。计划{t}，完成{a}，分值{fmt(wt)}分，评为{fmt(sc)}分。"
            if note:
                txt += note
            blocks.append(txt)
            if l3 == "走访慰问优抚对象人次":
                # PLANT BREAKDOWN_SUM: 860 + 430 = 1,290 ≠ 1,280
                blocks.append("全年走访慰问优抚对象1,280人次（其中重点优抚对象860人次、其他优抚对象430人次），"
                              "春节、八一等重要节点慰问全覆盖。")
    blocks += ["四、自评结论",
               f"经综合评定，我局2025年度部门整体支出绩效自评得分{fmt(total)}分。按照90分（含）以上为优、80分（含）至90分为良、"
               "60分（含）至80分为中、60分以下为差的标准，自评等级为“优”。",
               "五、存在的问题及改进措施",
               "一是预算执行进度前松后紧，下一步加强项目储备和支出进度管理；二是服务流程有待优化，将推进“一站式”服务。",
               "长春市退役军人事务局", "2026年3月15日"]
    fnd = [F("BREAKDOWN_SUM", "走访慰问优抚对象人次", "全年走访慰问优抚对象1,280人次（其中重点优抚对象860人次、其他优抚对象430人次）",
             "1,280人次", "1,290人次", "HIGH", "ERROR", "860 + 430 = 1,290 ≠ 1,280 (the row's 完成1,280人次 matches the whole)"),
           F("MALFORMED_RULE", "固定资产利用率", "评分办法：" + rule_bad, "90%≤利用率<85%得3分", "an empty range (90% > 85%)",
             "HIGH", "WARNING", "the middle band 90%≤利用率<85% is empty, so no rate between 85% and 90% is graded; the row "
                               "(95.6% ≥ 90%) is rightly scored 5 under the top band"),
           F("TARGET_MET_POINTS_LOST", "优待证申领办理率", "指标9：优待证申领办理率。计划≥98%，完成99.2%，分值10分，评为9分。",
             "9", "10", "HIGH", "WARNING", "99.2% ≥ 98% meets the target, yet 1 point deducted with no reason and no printed rule")]
    return {"stem": "h141_changchun_tuiyi", "format": "doc", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": [f"预算执行率 {ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% × 10 = {ea / aa * 10:.4f} printed {fmt(bs)} (rounding)",
                      "走访慰问优抚对象人次 1,280 vs ≥1,280人次 (met exactly); 涉军群体性事件 0起, “全年未发生涉军群体性事件” full marks",
                      "服务对象满意度 88% < 90% 酌情扣1分 (judgement, no numeric rule)",
                      "表2 adds to its items and to 97.67; 基本 + 项目 = 合计 in all three columns of 表1; 年初 < 全年"]}


ALL.append(h141())


# ============================================================ h142 重庆市江北区 (TXT, tab-separated system export, 元, 得分率 column)

def h142():
    proj = "江北区2023年城市道路桥梁维护项目"
    dept = "重庆市江北区城市管理局"
    unit = "重庆市江北区市政设施维护所"
    iy, by, ey = 5600000.00, 5860000.00, 5626000.00
    fy_b, fy_e = 5860000.00, 5626000.00
    b, e = r2(by / 10000), r2(ey / 10000)
    rate = pct(e, b)  # 96.01
    bs = r2(rate / 10)  # 9.6
    ind = [("产出指标", "数量指标", "道路维修面积", "≥42000平方米", "43150平方米", 10, 10, ""),
           ("产出指标", "数量指标", "桥梁定期检测座数", "36座", "36座", 10, 10.5, ""),  # PLANT ROW_SCORE_OVER_WEIGHT
           ("产出指标", "质量指标", "维修工程验收合格率", "100%", "100%", 10, 10, ""),
           ("产出指标", "时效指标", "道路病害处置及时率", "≥95%", "97.3%", 10, 10, ""),
           ("产出指标", "成本指标", "道路维修单位成本", "≤135元/平方米", "128元/平方米", 5, 5, ""),
           ("效益指标", "社会效益指标", "城市道路完好率", "≥95%", "96.2%", 15, 15, ""),
           ("效益指标", "社会效益指标", "因设施病害引发的安全事故", "0起", "未发生", 10, 10, ""),
           ("效益指标", "可持续影响指标", "设施养护长效机制", "健全", "健全", 5, 5, ""),
           ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", "87.5%", 15, 13, "占道施工影响出行，部分市民不满意")]
    full = [("", "", "年度资金总额", "", f"{rate:.2f}%", 10, bs, "")] + ind
    assert s2(full, 5) == 100
    total = s2(full, 6)  # 98.1
    rate_total_printed = "99.10%"  # PLANT SCORE_RATE: 98.10 ÷ 100 = 98.10%
    g = with_project(gold(None, dept, 2023, "COUNTY", "重庆市", "SELF_EVALUATION", None, total, 100, "优",
                          budget(r2(iy / 10000), b, e, rate), [], grows(full)), proj, unit)
    T = "\t"
    L = ["项目支出绩效自评表（2023年度）",
         "导出系统：重庆市预算管理一体化系统" + T + "导出时间：2024-03-26 15:42:08",
         "",
         "项目名称" + T + proj,
         "主管部门" + T + dept,
         "实施单位" + T + unit,
         "金额单位" + T + "元",
         "",
         T.join(["资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"]),
         T.join(["年度资金总额", f"{iy:.2f}", f"{by:.2f}", f"{ey:.2f}", f"{rate:.2f}%", "10", f"{bs:.2f}"]),
         T.join(["财政拨款", f"{iy:.2f}", f"{fy_b:.2f}", f"{fy_e:.2f}", f"{pct(fy_e, fy_b):.2f}%", "", ""]),
         T.join(["其他资金", "0.00", "0.00", "0.00", "", "", ""]),
         "",
         "年度总体目标",
         "目标1：完成城市道路维修42000平方米以上，道路病害处置及时率95%以上；",
         "目标2：完成36座桥梁定期检测，维修工程验收合格率100%；",
         "目标2：城市道路完好率保持在95%以上，市民满意度达到90%以上。",  # PLANT GOAL_LABELS: 目标1, 目标2, 目标2
         "实际完成情况" + T + "全年维修道路43150平方米，完成36座桥梁定期检测，道路完好率96.2%，市民满意度87.5%。",
         "",
         T.join(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "权重", "自评得分", "得分率", "偏差原因"])]
    for l1, l2, l3, t, a, w, s, n in ind:
        L.append(T.join([l1, l2, l3, t, a, fmt(w), fmt(s), f"{pct(s, w):.2f}%", n]))
    L.append(T.join(["合计", "", "", "", "", "100", f"{total:.2f}", rate_total_printed, ""]))
    L.append("自评等级" + T + "优")
    L.append("注：年度资金总额得分=执行率×10；自评等级90分（含）以上为优，80（含）-90分为良，60（含）-80分为中，60分以下为差。")
    text = "\r\n".join(L) + "\r\n"
    fnd = [F("ROW_SCORE_OVER_WEIGHT", "桥梁定期检测座数", "桥梁定期检测座数 | 36座 | 36座 | 10 | 10.5 | 105.00%",
             "10.5", "≤ 10", "HIGH", "ERROR", "a score of 10.5 on a weight of 10 (得分率 105.00%); the 合计 98.10 adds the 10.5"),
           F("SCORE_RATE", "合计", f"合计 | 100 | {total:.2f} | {rate_total_printed}", rate_total_printed, f"{total:.2f}%",
             "HIGH", "ERROR", f"{total:.2f} ÷ 100 = {total:.2f}%, printed {rate_total_printed}"),
           F("GOAL_LABELS", "年度总体目标", "目标1：… 目标2：… 目标2：…", "目标1, 目标2, 目标2", "目标1, 目标2, 目标3",
             "HIGH", "WARNING", "the third goal repeats the label 目标2")]
    return {"stem": "h142_jiangbei_chengguan", "format": "txt", "text": text, "gold": g, "findings": fnd,
            "traps": ["元 → 万元 in gold (586.00 / 562.60); 96.01% × 10 = 9.601 printed 9.60",
                      "市民满意度 13 of 15: 得分率 86.67% (rounding of 86.666…), loses 2 with a reason and no rule (judgement)",
                      "桥梁定期检测座数 36 vs 36座 (met exactly); 安全事故 未发生 full marks; 其他资金 0.00 with no rate",
                      "年初 560万 < 全年 586万 (adjusted budget)"]}


ALL.append(h142())


def main(argv):
    work = tempfile.mkdtemp(prefix="heldout17_")
    try:
        for rep in ALL:
            if argv and not any(rep["stem"].startswith(a) for a in argv):
                continue
            golds = H.write_gold(rep)
            dest = os.path.join(H.OUT, f"{rep['stem']}.{rep['format']}")
            if "third" in rep:
                write_third(rep["third"], dest)
            elif rep["format"] == "txt":
                with open(dest, "w", encoding="utf-8", newline="") as f:
                    f.write(rep["text"])
            else:
                dest = H.render(rep, work)
            print(os.path.basename(dest), sum(len(g["indicators"]) for g in golds), "rows, total",
                  [g["totalScore"] for g in golds], "planted:", ", ".join(x["kind"] for x in rep["findings"]))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
