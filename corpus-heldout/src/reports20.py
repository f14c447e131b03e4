#!/usr/bin/python3
"""Round 20 (h154–h158): issue-9 layouts not used before, each with PLANTED issue-10 problems, made apart from the
code by the corpus20 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; heldout14.write_gold refuses a report whose own recomputation
(heldout4.recheck) finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports20.py [h154 …]
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

H.A.LO_PROFILE = "file:///tmp/jixiao_heldout20_lo"
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


def fund_row(label, rate_s, w, s):
    return ("", "", label, "", rate_s, w, s, "")


BANDS = "自评等级：90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。"


# ============================================================ h154 扬州市江都区 (XLSX: 汇总 + 3 project sheets, 得分 before targets)

def h154():
    dept = "扬州市江都区农业农村局"
    P = []
    # (project, unit, sources [(label, 年初, 调整, 支出)], printed_rate or None, ind, printed_total or None, plan, done)
    P.append(dict(
        name="江都区2024年高标准农田建设项目", sheet="高标准农田", unit="扬州市江都区农田建设管理服务站",
        src=[("其中：中央财政资金", 720.00, 810.00, 810.00), ("省级财政资金", 300.00, 360.00, 324.00),
             ("区级财政资金", 180.00, 180.00, 162.00)],
        rate_printed="97.00%",  # PLANT EXECUTION_RATE: 1,296.00 ÷ 1,350.00 = 96.00%
        ind=[("产出指标", "数量指标", "新建高标准农田面积", "≥2.5万亩", "2.56万亩", 15, 15, ""),
             ("产出指标", "数量指标", "新建高效节水灌溉面积", "≥0.4万亩", "0.4万亩", 10, 10, ""),
             ("产出指标", "质量指标", "工程验收合格率", "100%", "100%", 10, 10, ""),
             ("产出指标", "时效指标", "项目按期完工率", "≥95%", "92%", 10, 8, "2个标段受汛期影响延期，已督促施工单位倒排工期"),
             ("产出指标", "成本指标", "亩均建设成本", "≤3000元/亩", "2860元/亩", 5, 5, ""),
             ("效益指标", "经济效益指标", "项目区粮食亩产提高", "≥50公斤", "58公斤", 15, 15, ""),
             ("效益指标", "可持续影响指标", "建后管护责任落实率", "100%", "100%", 10, 10, ""),
             ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", "93.5%", 15, 15, "")],
        total_printed=None,
        plan="新建高标准农田2.5万亩，其中高效节水灌溉0.4万亩，工程验收合格率100%，项目区粮食亩产提高50公斤以上。",
        done="建成高标准农田2.56万亩，其中高效节水灌溉0.4万亩，已全部通过县级初验，项目区粮食亩产平均提高58公斤。"))
    P.append(dict(
        name="江都区2024年农业生产社会化服务项目", sheet="社会化服务", unit="扬州市江都区农业技术推广中心",
        src=[("其中：中央财政资金", 600.00, 600.00, 588.60), ("省级财政资金", 0.00, 0.00, 0.00),
             ("区级财政资金", 0.00, 0.00, 0.00)],
        rate_printed=None,
        ind=[("产出指标", "数量指标", "农业生产托管服务面积", "≥12万亩次", "12.8万亩次", 15, 15, ""),
             ("产出指标", "数量指标", "服务小农户数", "≥8000户", "8260户", 10, 10, ""),
             ("产出指标", "质量指标", "服务合同签订率", "100%", "100%", 10, 10, ""),
             ("产出指标", "时效指标", "补助资金兑付及时率", "≥95%", "96%", 5, 6, ""),  # PLANT ROW_SCORE_OVER_WEIGHT
             ("产出指标", "成本指标", "亩次补助标准", "≤30元", "30元", 10, 10, ""),
             ("效益指标", "经济效益指标", "服务对象亩均节本增效", "≥40元", "45元", 15, 15, ""),
             ("效益指标", "社会效益指标", "带动新型农业服务主体数", "≥60个", "52个", 10, 8, "部分服务主体资质审核未通过"),
             ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "91%", 15, 15, "")],
        total_printed=None,
        plan="开展农业生产托管服务12万亩次以上，服务小农户8000户以上，亩次补助不超过30元，带动新型农业服务主体60个以上。",
        done="完成托管服务12.8万亩次，服务小农户8260户，亩次补助30元，带动新型农业服务主体52个。"))
    P.append(dict(
        name="江都区2024年农村人居环境整治提升资金", sheet="人居环境整治", unit="扬州市江都区农村经营管理指导站",
        src=[("其中：中央财政资金", 0.00, 0.00, 0.00), ("省级财政资金", 200.00, 200.00, 200.00),
             ("区级财政资金", 250.00, 280.00, 270.40)],
        rate_printed=None,
        ind=[("产出指标", "数量指标", "农村户厕问题整改数", "≥1200座", "1236座", 15, 15, ""),
             ("产出指标", "数量指标", "村庄清洁行动覆盖行政村数", "158个", "158个", 10, 10, ""),
             ("产出指标", "质量指标", "生活垃圾收运处置体系覆盖率", "100%", "100%", 10, 10, ""),
             ("产出指标", "时效指标", "整治任务完成及时率", "≥95%", "97%", 10, 10, ""),
             ("效益指标", "社会效益指标", "农村生活污水治理率", "≥45%", "46.2%", 10, 10, ""),
             ("效益指标", "生态效益指标", "农村生活垃圾无害化处理率", "≥98%", "98%", 10, 10, ""),
             ("效益指标", "可持续影响指标", "长效管护机制", "健全", "基本健全", 10, 8, "部分村保洁经费未纳入村级预算"),
             ("满意度指标", "服务对象满意度指标", "农村群众满意度", "≥90%", "88.6%", 15, 13, "个别村改厕后续维护不及时")],
        total_printed=96.8,  # PLANT TOTAL_VS_ROWS: 9.8 + 86 = 95.8
        plan="整改农村户厕问题1200座以上，村庄清洁行动覆盖全部158个行政村，农村生活污水治理率达到45%以上。",
        done="整改户厕问题1236座，158个行政村全部开展村庄清洁行动，农村生活污水治理率46.2%，垃圾无害化处理率98%。"))
    golds, sheets, summ, fnd = [], [], [], []
    for k, p in enumerate(P):
        iy = r2(sum(x[1] for x in p["src"]))
        ay = r2(sum(x[2] for x in p["src"]))
        ey = r2(sum(x[3] for x in p["src"]))
        rate = pct(ey, ay)
        rs = p["rate_printed"] or f"{rate:.2f}%"
        bs = r2(rate / 10)
        full = [fund_row("年度资金总额", rs, 10, bs)] + p["ind"]
        assert s2(full, 5) == 100
        rows_total = s2(full, 6)
        total = p["total_printed"] or rows_total
        grade = "优"
        g = with_project(gold(None, dept, 2024, "COUNTY", "江苏省", "SELF_EVALUATION", None, total, 100, grade,
                              budget(iy, ay, ey, float(rs.rstrip("%"))), [], grows(full)), p["name"], p["unit"])
        golds.append(g)
        p.update(iy=iy, ay=ay, ey=ey, rate=rate, rs=rs, bs=bs, total=total, rows_total=rows_total)
        T = Tab(8)
        T.add([f"项目支出绩效自评表（{2024}年度）"], [(0, 7)])
        T.add(["填报单位：" + p["unit"], "", "", "", "", "", "金额单位：万元"], [(0, 5), (6, 7)])
        T.add(["项目名称", p["name"], "", "", "", "", "", ""], [(1, 7)])
        T.add(["主管部门", dept, "", "", "实施单位", p["unit"], "", ""], [(1, 3), (5, 7)])
        f0 = T.add(["项目资金情况", "资金来源", "年初预算数", "调整后预算数", "实际支出数", "执行率", "权重分", "自评得分"])
        T.add(["", "年度资金总额", Num(iy, "#,##0.00"), Num(ay, "#,##0.00"), Num(ey, "#,##0.00"), rs, Num(10), Num(bs)])
        for lab, a, b, c in p["src"]:
            T.add(["", lab, Num(a, "#,##0.00"), Num(b, "#,##0.00"), Num(c, "#,##0.00"),
                   f"{pct(c, b):.2f}%" if b else "—", "—", "—"])
        T.merges.append((f0, 0, len(T.rows) - 1, 0))
        a0 = T.add(["年度绩效目标", "预期目标", "", "", "实际完成情况", "", "", ""], [(1, 3), (4, 7)])
        T.add(["", p["plan"], "", "", p["done"], "", "", ""], [(1, 3), (4, 7)])
        T.merges.append((a0, 0, a0 + 1, 0))
        T.add(["一级指标", "二级指标", "三级指标", "权重分", "自评得分", "目标值", "完成值", "未完成原因及改进措施"])
        st = len(T.rows)
        for l1, l2, l3, t, av, w, s, n in p["ind"]:
            T.add([l1, l2, l3, Num(w), Num(s), t, av, n])
        T.merges += group_merges(T.rows, [0, 1], st)
        T.add(["合计", "", "", Num(100), Num(total), "", "", ""], [(0, 2)])
        T.add(["自评等级", "", "", grade, "", "", "", ""], [(0, 2), (3, 7)])
        T.add(["说明：年度资金总额自评得分=执行率×权重分；" + BANDS], [(0, 7)])
        t = styled(Table(T.rows, T.merges), [12, 16, 24, 12, 12, 14, 14, 26])
        t.first_table_row = 2
        sheets.append((p["sheet"], t))
        summ.append([str(k + 1), p["name"], p["unit"], Num(ay, "#,##0.00"), Num(ey, "#,##0.00"), rs, Num(total), grade])
    S = Tab(8)
    S.add(["扬州市江都区农业农村局2024年度项目支出绩效自评结果汇总表"], [(0, 7)])
    S.add(["单位：万元"], [(0, 7)])
    S.add(["序号", "项目名称", "实施单位", "调整后预算数", "实际支出数", "执行率", "自评得分", "自评等级"])
    for r in summ:
        S.add(r)
    S.add(["合计", "", "", Num(r2(sum(p["ay"] for p in P)), "#,##0.00"), Num(r2(sum(p["ey"] for p in P)), "#,##0.00"),
           "", "", ""], [(0, 2)])
    st_ = styled(Table(S.rows, S.merges), [6, 36, 30, 14, 14, 10, 10, 10])
    st_.first_table_row = 2
    p1, p2, p3 = P
    fnd = [F("EXECUTION_RATE", "年度资金总额 执行率",
             f"年度资金总额 | {p1['iy']:,.2f} | {p1['ay']:,.2f} | {p1['ey']:,.2f} | {p1['rs']} | 10 | {fmt(p1['bs'])}",
             p1["rs"], f"{p1['rate']:.2f}%", "HIGH", "ERROR",
             f"report 1 of 3 ({p1['name']}): 1,296.00 ÷ 1,350.00 = {p1['rate']:.2f}%, the 年度资金总额 line prints {p1['rs']} "
             f"(also on the 汇总 sheet); its score {fmt(p1['bs'])} = {p1['rate']:.2f}% × 10 follows the right rate"),
           F("ROW_SCORE_OVER_WEIGHT", "补助资金兑付及时率", "补助资金兑付及时率 | 5 | 6 | ≥95% | 96%", "6", "≤ 5", "HIGH",
             "ERROR", f"report 2 of 3 ({p2['name']}): score 6 above the weight 5 (target met: 5 at most); the 合计 "
                      f"{fmt(p2['total'])} adds the 6 (at most {fmt(r2(p2['total'] - 1))})"),
           F("TOTAL_VS_ROWS", "合计", f"合计 | 100 | {fmt(p3['total'])}", fmt(p3["total"]), fmt(p3["rows_total"]), "HIGH",
             "ERROR", f"report 3 of 3 ({p3['name']}): {fmt(p3['bs'])} (年度资金总额) + 86 (8 indicator rows) = "
                      f"{fmt(p3['rows_total'])}, the 合计 prints {fmt(p3['total'])} (the 汇总 sheet repeats it); 优 either way")]
    return {"stem": "h154_jiangdu_nongye", "format": "xlsx", "sheets": [("汇总", st_)] + sheets, "gold": golds,
            "findings": fnd,
            "traps": ["report 2: 588.60 ÷ 600.00 = 98.10% × 10 = 9.81; report 3: 470.40 ÷ 480.00 = 98.00% × 10 = 9.8",
                      "新建高效节水灌溉 0.4 vs ≥0.4万亩, 亩次补助 30 vs ≤30元, 垃圾无害化处理率 98% vs ≥98% (met exactly)",
                      "项目按期完工率 92% −2, 带动服务主体 52 < 60 −2, 长效管护 基本健全 −2, 满意度 88.6% −2: reasons, no printed rule",
                      "source lines with 0.00 budgets print “—” rates; 汇总 is a summary, not a report; 省级 324 ÷ 360 = 90.00%"]}


ALL.append(h154())


# ============================================================ h155 石嘴山市大武口区 (PDF ruled, 部门整体, head block in 元, 偏差原因分析及改进措施)

def h155():
    dept = "石嘴山市大武口区卫生健康局"
    ib, ab, eb = 18652300.00, 19104560.00, 17920000.00
    ip, ap, ep = 9200000.00, 12480000.00, 12615800.00  # PLANT SPENDING_OVER_BUDGET: 项目支出 12,615,800.00 > 12,480,000.00
    ig, ag, eg = 26852300.00, 29584560.00, 28735800.00
    if_, af, ef = 1000000.00, 2000000.00, 1800000.00
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    assert (ia, aa, ea) == (r2(ig + if_), r2(ag + af), r2(eg + ef))
    rate = pct(ea, aa)  # 96.68
    bs_true = r2(rate / 10)  # 9.67
    bs = 10  # PLANT BUDGET_ROW_SCORE: 96.68% × 10 = 9.67
    rule_txt = "定量指标未达到年度指标值的，每低1个百分点扣1分，扣完为止"
    ind = [("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥1.8万人", "1.86万人", 8, 8, ""),
           ("产出指标", "数量指标", "适龄儿童国家免疫规划疫苗接种率", "≥90%", "98.2%", 8, 8, ""),
           ("产出指标", "数量指标", "孕产妇系统管理率", "≥90%", "92.4%", 6, 6, ""),
           ("产出指标", "质量指标", "家庭医生签约服务履约率", "≥95%", "95%", 8, 8, ""),
           ("产出指标", "质量指标", "院内感染暴发事件", "0起", "未发生", 5, 5, ""),
           ("产出指标", "时效指标", "法定传染病疫情报告及时率", "100%", "100%", 5, 5, ""),
           ("产出指标", "成本指标", "基本公共卫生服务人均补助标准", "≥84元", "84元", 5, 5, ""),
           ("效益指标", "社会效益指标", "居民电子健康档案建档率", "≥90%", "86%", 10, 8,  # PLANT RULE_SCORE: 4 × 1 → 6
            "辖区新迁入居民建档滞后；下一步组织家庭医生团队入户补建"),
           ("效益指标", "社会效益指标", "突发公共卫生事件处置率", "100%", "100%", 10, 10, ""),
           ("效益指标", "可持续影响指标", "基层医疗卫生机构标准化达标率", "≥85%", "83%", 5, 3,
            "2所村卫生室业务用房未达标；已列入2023年改造计划"),
           ("满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥90%", "90.6%", 10, 10, ""),
           ("满意度指标", "服务对象满意度指标", "基层医务人员满意度", "≥85%", "87%", 10, 10, "")]
    full = [fund_row("年度资金总额", f"{rate:.2f}%", 10, bs)] + ind
    assert s2(full, 5) == 100
    total = s2(full, 6)  # 96
    wan = lambda x: round(x / 10000, 6)  # noqa: E731
    g = gold(None, dept, 2022, "COUNTY", "宁夏回族自治区", "SELF_EVALUATION", None, total, 100, "优",
             budget(wan(ia), wan(aa), wan(ea), rate, wan(ab), wan(eb), wan(ap), wan(ep)), [], grows(full))
    m = lambda x: f"{x:,.2f}"  # noqa: E731
    T = Tab(8)
    T.add(["部门（单位）名称", dept], [(1, 7)])
    b0 = T.add(["年度预算执行情况（元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
    T.add(["", "年度资金总额", m(ia), m(aa), m(ea), "10", f"{rate:.2f}%", fmt(bs)])
    T.add(["", "按收入性质分：一般公共预算", m(ig), m(ag), m(eg), "—", "—", "—"])
    T.add(["", "政府性基金预算", m(if_), m(af), m(ef), "—", "—", "—"])
    T.add(["", "按支出性质分：基本支出", m(ib), m(ab), m(eb), "—", "—", "—"])
    T.add(["", "项目支出", m(ip), m(ap), m(ep), "—", "—", "—"])
    T.merges.append((b0, 0, len(T.rows) - 1, 0))
    T.add(["年度总体目标", "预期目标", "", "", "实际完成情况"], [(1, 3), (4, 7)])
    T.add(["", "做好国家基本公共卫生服务，65岁及以上老年人健康管理1.8万人以上，居民电子健康档案建档率90%以上，"
               "免疫规划疫苗接种率90%以上，有效处置突发公共卫生事件。", "", "",
           "全年管理65岁及以上老年人1.86万人，居民电子健康档案建档率86%，免疫规划疫苗接种率98.2%，"
           "突发公共卫生事件处置率100%。"], [(1, 3), (4, 7)])
    T.merges.append((len(T.rows) - 2, 0, len(T.rows) - 1, 0))
    T.add(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    st = len(T.rows)
    for l1, l2, l3, t, av, w, s, n in ind:
        T.add([l1, l2, l3, t, av, fmt(w), fmt(s), n])
    T.merges += group_merges(T.rows, [0, 1], st)
    T.add(["总分", "", "", "", "", "100", fmt(total), "自评等级：优"], [(0, 4)])
    t = styled(Table(T.rows, T.merges), [2.4, 3.6, 4.4, 2.9, 2.9, 1.5, 1.7, 5.8], header_rows=0)
    blocks = [Title("部门整体支出绩效自评表"),
              "（2022年度）", f"填报单位：{dept}（盖章）　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　单位：元", t,
              f"备注：1.年度资金总额得分=执行率×分值；2.{rule_txt}；3.{BANDS}",
              "单位负责人：马××　　　　财务负责人：杨××　　　　填表人：丁××　　　　联系电话：0952-20×××××　　　　2023年3月10日"]
    fnd = [F("BUDGET_ROW_SCORE", "年度资金总额", f"年度资金总额 | {m(ia)} | {m(aa)} | {m(ea)} | 10 | {rate:.2f}% | 10 ; "
             "年度资金总额得分=执行率×分值", "10", fmt(bs_true), "HIGH", "ERROR",
             f"{m(ea)} ÷ {m(aa)} = {rate:.2f}% (printed right) × 10 = {rate / 10:.4f} → {fmt(bs_true)}, the 得分 prints 10; "
             f"the 总分 {fmt(total)} adds the 10"),
           F("SPENDING_OVER_BUDGET", "项目支出", f"项目支出 | {m(ip)} | {m(ap)} | {m(ep)}", f"{m(ep)}元", f"≤ {m(ap)}元",
             "HIGH", "WARNING", f"项目支出 spent {m(ep)} against a 全年预算 of {m(ap)} ({pct(ep, ap):.2f}%, "
                                f"{m(ep - ap)} over); the whole ({m(ea)} ≤ {m(aa)}) and 基本支出 are under budget"),
           F("RULE_SCORE", "居民电子健康档案建档率", f"居民电子健康档案建档率 | ≥90% | 86% | 10 | 8 ; {rule_txt}", "8", "6",
             "HIGH", "ERROR", "90% − 86% = 4 points × 1 = 4 deducted → 10 − 4 = 6, printed 8 (the 总分 adds the 8; the "
                             "same rule gives 基层医疗卫生机构标准化达标率 83%: 2 × 1 → 3, printed right)")]
    return {"stem": "h155_dawukou_weijian", "format": "pdf", "page": "A4L", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": [f"执行率 {m(ea)} ÷ {m(aa)} = {rate:.2f}% (right); income and expense splits add up (元 → 万元)",
                      "标准化达标率 83% vs ≥85%: 2 × 1 → 3 (rule pays partial marks, correct)",
                      "家庭医生签约服务履约率 95% vs ≥95%, 人均补助 84 vs ≥84元 (met exactly); 院内感染 0起 vs 未发生 full",
                      "分值/执行率/得分 in the head block are not money; 基本支出 under budget"]}


ALL.append(h155())


# ============================================================ h156 营口市鲅鱼圈区 (DOC, third-party project report, prose items + appended 评分表)

def h156():
    proj = "鲅鱼圈区2023年学前教育发展资金"
    dept = "营口市鲅鱼圈区教育局"
    unit = "营口市鲅鱼圈区学前教育指导中心"
    agency = "辽宁正诚信会计师事务所有限公司"
    b, e = 1350.00, 1286.40
    rate = pct(e, b)  # 95.29
    rate_formula = "96.29%"  # PLANT FORMULA: 1,286.40 ÷ 1,350.00 = 95.29%
    bs = r2(rate * 5 / 100)  # 4.76
    # (一级, 二级, 三级, 指标值, 实际值, 分值, 得分, prose)
    ind = [("决策", "项目立项", "立项依据充分性", "—", "—", 4, 4,
            "项目依据《辽宁省学前教育第四期行动计划》及区政府相关文件设立，与部门职责相符，立项依据充分"),
           ("决策", "项目立项", "立项程序规范性", "—", "—", 4, 4, "项目经区政府常务会议研究，按规定程序申报、审批"),
           ("决策", "绩效目标", "绩效目标合理性", "—", "—", 4, 3.5, "绩效目标与项目内容相关，但未区分公办园与普惠性民办园"),
           ("决策", "绩效目标", "绩效指标明确性", "—", "—", 4, 3, "部分指标未设置可衡量的目标值"),
           ("决策", "资金投入", "资金分配合理性", "—", "—", 4, 4, "资金按在园幼儿数和办园等级分配，分配依据充分"),
           ("过程", "资金管理", "资金到位率", "100%", "100%", 4, 4, "区级资金1,350.00万元全部到位"),
           ("过程", "资金管理", "预算执行率", "100%", f"{rate:.2f}%", 5, bs, None),
           ("过程", "资金管理", "资金使用合规性", "—", "—", 4, 4, "抽查凭证未发现截留、挤占、挪用情况"),
           ("过程", "组织实施", "管理制度健全性", "—", "—", 3, 3, "制定了专项资金管理办法和幼儿园奖补资金考核细则"),
           ("过程", "组织实施", "制度执行有效性", "—", "—", 4, 3, "2所幼儿园奖补资金台账登记不完整，扣1分"),
           ("产出", "产出数量", "普惠性幼儿园覆盖率", "≥85%", "87.3%", 10, 10, "全区普惠性幼儿园覆盖率87.3%"),
           ("产出", "产出数量", "新增公办园学位数", "≥900个", "900个", 10, 10, "新增公办园学位900个，达到目标"),
           ("产出", "产出质量", "保教质量评估合格率", "≥95%", "93%", 10, 8,
            "合格率93%，较目标低2个百分点，按“每低1个百分点扣1分”扣2分"),
           ("产出", "产出时效", "生均公用经费拨付及时率", "100%", "100%", 5, 5, "按季度足额拨付"),
           ("产出", "产出成本", "新增学位生均建设成本", "≤1.2万元", "1.15万元", 5, 5, "生均建设成本1.15万元，控制在目标以内"),
           ("效益", "社会效益", "学前三年毛入园率", "≥92%", "93.6%", 8, 8, "学前三年毛入园率93.6%"),
           ("效益", "可持续影响", "幼儿园教师持证上岗率", "≥90%", "88%", 6, 4.5, "持证上岗率88%，未达到目标，酌情扣1.5分"),
           ("效益", "满意度", "幼儿家长满意度", "≥90%", "92.1%", 6, 6, "问卷调查有效样本1,260份，满意度92.1%")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)  # 93.76
    secs = []
    for n in ["决策", "过程", "产出", "效益"]:
        rs = [r for r in ind if r[0] == n]
        secs.append((n, s2(rs, 5), s2(rs, 6)))
    prose_score = {"绩效指标明确性": 3.5}  # PLANT SAME_FIGURE_DIFFERS: the 评分表 prints 3
    out_rate_printed = "96%"  # PLANT SCORE_RATE: 产出 38 ÷ 40 = 95%
    g = with_project(gold(None, dept, 2023, "COUNTY", "辽宁省", "THIRD_PARTY_EVALUATION", agency, total, 100, "优",
                          budget(None, b, e, rate), secs, grows(ind)), proj, unit)
    cn = "一二三四"
    blocks = [Title("鲅鱼圈区2023年学前教育发展资金"), Title("绩效评价报告"), "",
              "报告编号：辽正诚绩评〔2024〕第036号", "委托单位：营口市鲅鱼圈区财政局", f"评价机构：{agency}",
              "报告日期：二〇二四年六月", PageBreak(),
              Title("鲅鱼圈区2023年学前教育发展资金绩效评价报告"),
              "营口市鲅鱼圈区财政局：",
              f"受贵局委托，我公司组成评价工作组，对{dept}主管、{unit}具体实施的2023年学前教育发展资金开展了绩效评价。"
              "评价工作组通过资料核查、现场勘查和问卷调查等方式获取评价证据，形成本报告。",
              "第一章　项目基本情况",
              f"2023年区级财政安排学前教育发展资金{b:,.2f}万元，主要用于公办幼儿园扩建、普惠性民办幼儿园奖补、"
              f"生均公用经费补助及幼儿园教师培训等。截至2023年12月31日，实际支出{e:,.2f}万元，预算执行率{rate:.2f}%。",
              "第二章　绩效评价工作开展情况",
              "评价工作组依据《项目支出绩效评价管理办法》（财预〔2020〕10号），按照决策、过程、产出、效益四个维度设置评价指标体系，"
              "共18项三级指标，满分100分。评价等级：90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。",
              "第三章　综合评价情况及评价结论",
              f"经评价，该项目综合得分{fmt(total)}分，评价等级为“优”。各部分得分情况详见第四章及附件评分表。",
              "第四章　绩效评价指标分析"]
    k = 0
    for i, (n, sw, ss) in enumerate(secs):
        rate_s = out_rate_printed if n == "产出" else f"{fmt(r2(ss / sw * 100))}%"
        blocks.append(f"{cn[i]}、{n}情况")
        blocks.append(f"{n}类指标满分{fmt(sw)}分，实际得分{fmt(ss)}分，得分率{rate_s}。")
        for l1, l2, l3, t, a, w, s, p in ind:
            if l1 != n:
                continue
            k += 1
            if l3 == "预算执行率":
                p = (f"预算执行率=实际支出数÷预算数×100%={e:,.2f}÷{b:,.2f}×100%={rate_formula}，"
                     "按“预算执行率×分值”计分")
            blocks.append(f"{k}.{l3}（分值{fmt(w)}分）。{p}。该指标得{fmt(prose_score.get(l3, s))}分。")
    blocks += ["第五章　主要经验及做法",
               "一是建立区、园两级资金管理台账；二是实行普惠性民办幼儿园奖补与办园质量考核挂钩。",
               "第六章　存在的问题及原因分析",
               "（一）绩效目标设置不够细化，部分指标未设置可衡量的目标值；（二）保教质量评估合格率、教师持证上岗率未达到年度目标；"
               "（三）个别幼儿园奖补资金台账登记不完整。",
               "第七章　有关建议",
               "建议主管部门细化绩效指标，加强幼儿园教师队伍建设，规范奖补资金台账管理。",
               f"{agency}", "二〇二四年六月十八日", PageBreak(),
               "附件", Title("鲅鱼圈区2023年学前教育发展资金绩效评价评分表")]
    WHY = {"绩效目标合理性": "未区分公办园与普惠性民办园", "绩效指标明确性": "部分指标未设置可衡量的目标值",
           "预算执行率": "按预算执行率×分值计分", "制度执行有效性": "2所幼儿园奖补资金台账登记不完整",
           "保教质量评估合格率": "低于目标2个百分点", "幼儿园教师持证上岗率": "未达到目标"}
    T = Tab(8)
    T.add(["一级指标", "二级指标", "三级指标", "指标值", "实际值", "分值", "得分", "扣分原因"])
    for n, sw, ss in secs:
        s0 = len(T.rows)
        for l1, l2, l3, t, a, w, s, p in ind:
            if l1 == n:
                T.add([l1, l2, l3, t, a, fmt(w), fmt(s), "" if s == w else WHY[l3]])
        T.merges += group_merges(T.rows, [0, 1], s0)
        T.add([f"{n}小计", "", "", "", "", fmt(sw), fmt(ss), ""], [(0, 4)])
    T.add(["合计", "", "", "", "", "100", fmt(total), "评价等级：优"], [(0, 4)])
    blocks.append(styled(Table(T.rows, T.merges), [2.0, 2.2, 3.6, 1.8, 1.8, 1.2, 1.2, 3.6], header_rows=1))
    fnd = [F("SAME_FIGURE_DIFFERS", "绩效指标明确性", "4.绩效指标明确性（分值4分）。…该指标得3.5分。 ; 评分表：绩效指标明确性 | — | — | 4 | 3",
             "3.5", "3", "HIGH", "WARNING",
             "chapter 四 gives 绩效指标明确性 3.5, the appended 评分表 3; the 决策 sentence (18.5) and the 评分表 小计 (18.5) add "
             "the 3 (4 + 4 + 3.5 + 3 + 4), so the prose items add to 19 against their own section sentence (one problem)"),
           F("SCORE_RATE", "产出", "产出类指标满分40分，实际得分38分，得分率96%。", out_rate_printed, "95%", "HIGH", "ERROR",
             "38 ÷ 40 = 95%, printed 96% (the other three section rates are right: 92.5%, 93.8%, 92.5%)"),
           F("FORMULA", "预算执行率", f"预算执行率=实际支出数÷预算数×100%={e:,.2f}÷{b:,.2f}×100%={rate_formula}",
             rate_formula, f"{rate:.2f}%", "HIGH", "ERROR",
             f"1,286.40 ÷ 1,350.00 = 0.95289 → {rate:.2f}% (as chapter 一 and the 评分表 print); the score "
             f"{fmt(bs)} = {rate:.2f}% × 5 follows the right rate")]
    return {"stem": "h156_bayuquan_jiaoyu", "format": "doc", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": [f"预算执行率 {rate:.2f}% × 5 = {rate * 5 / 100:.4f} printed {fmt(bs)} (rounding)",
                      "保教质量评估合格率 93% vs ≥95%: 2 × 1 → 8 (printed rule, correct)",
                      "新增公办园学位 900 vs ≥900个 (met exactly); 教师持证上岗率 −1.5 “酌情” (judgement, no rule)",
                      "决策/过程 qualitative deductions by judgement; 小计 rows add their rows; 过程 rate 18.76 ÷ 20 = 93.8%"]}


ALL.append(h156())


# ============================================================ h157 天津市河西区 (HTML saved from Word, gb2312, prose + nested table with 评分标准)

def h157():
    dept = "天津市河西区民政局"
    ab, ap = 2136.80, 4705.70
    eb, ep = 2098.64, 4512.36
    aa, ea = r2(ab + ap), r2(eb + ep)
    rate = pct(ea, aa)
    bs = r2(rate / 10)
    staff = (48, 21, 25)  # PLANT BREAKDOWN_SUM: 21 + 25 = 46
    goals = ["目标一", "目标二", "目标二"]  # PLANT GOAL_LABELS: 目标三 printed as a second 目标二
    rule_bad = "及时率≥98%得10分；95%≤及时率<98%得10分；低于95%不得分"  # PLANT MALFORMED_RULE
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 评分标准)
    ind = [("预算执行", "预算执行", "预算执行率", "≥95%", f"{rate:.2f}%", 10, bs, "得分=预算执行率×10"),
           ("产出指标", "数量指标", "城乡低保和特困人员保障人数", "≥4800人", "4860人", 10, 10, "完成得满分，未完成按比例得分"),
           ("产出指标", "数量指标", "新建社区老年日间照料中心", "8个", "8个", 10, 10, "完成得满分，每少1个扣2分"),
           ("产出指标", "质量指标", "低保资金社会化发放率", "100%", "100%", 10, 10, "达到100%得满分，否则不得分"),
           ("产出指标", "时效指标", "救助资金发放及时率", "≥98%", "98.5%", 10, 10, rule_bad),
           ("产出指标", "成本指标", "日间照料中心单个建设补助", "≤30万元", "30万元", 10, 10, "不超过标准得满分"),
           ("效益指标", "社会效益指标", "困难群众救助政策知晓率", "≥90%", "92%", 10, 10, "每低1个百分点扣1分"),
           ("效益指标", "可持续影响指标", "养老服务设施运营率", "≥90%", "87%", 10, 7, "每低1个百分点扣1分"),
           ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", "93%", 10, 10, "≥90%得满分，每低1个百分点扣1分"),
           ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥85%", "84%", 10, 9, "≥85%得满分，每低1个百分点扣1分")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)
    g = gold(None, dept, 2021, "COUNTY", "天津市", "SELF_EVALUATION", None, total, 100, "优",
             budget(None, aa, ea, rate, ab, eb, ap, ep), [], grows(ind))
    N = "&nbsp;"

    def p(text, indent=True, align=None, bold=False, pad=""):
        st = ' style="text-indent:32.0pt;line-height:28.0pt"' if indent else ' style="line-height:28.0pt"'
        al = f' align={align}' if align else ""
        t = pad + HT.escape(text)
        if bold:
            t = f"<b>{t}</b>"
        return (f'<p class=MsoNormal{al}{st}><span style=\'font-size:16.0pt;font-family:仿宋_GB2312\'>{t}'
                f'<span lang=EN-US>{N}</span></span></p>')

    def td(text, rs=1, cs=1, w=None):
        a = (f" rowspan={rs}" if rs > 1 else "") + (f" colspan={cs}" if cs > 1 else "") + (f" width={w}" if w else "")
        t = HT.escape(text) if text else N
        return (f"<td{a} valign=middle style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
                f"<p class=MsoNormal align=center style='text-align:center'><span style='font-size:10.5pt;"
                f"font-family:宋体'>{t}</span></p></td>")
    goal_txt = ["保障全区城乡低保、特困人员4800人以上基本生活，低保资金全部社会化发放",
                "新建社区老年日间照料中心8个，养老服务设施运营率达到90%以上",
                "提升社会事务服务水平，困难群众救助政策知晓率达到90%以上"]
    body = [p("天津市河西区民政局2021年度部门整体支出绩效自评报告", indent=False, align="center", bold=True),
            p("一、部门基本情况", bold=True),
            p(f"我局是区政府工作部门，主要职责包括社会救助、养老服务、社会事务管理、区划地名管理等。核定编制{staff[0]}人，"
              f"其中行政编制{staff[1]}人、事业编制{staff[2]}人；内设办公室、社会救助科、养老服务科、社会事务科等7个科室，"
              "下属区社会救助管理服务中心、区养老服务指导中心2个事业单位。"),
            p("二、年度绩效目标", bold=True)]
    for lab, t in zip(goals, goal_txt):
        body.append(p(f"{lab}：{t}。"))
    body += [p("三、预算执行情况", bold=True),
             p(f"2021年度全年预算数{aa:,.2f}万元，其中基本支出{ab:,.2f}万元，项目支出{ap:,.2f}万元；全年执行数{ea:,.2f}万元，"
               f"其中基本支出{eb:,.2f}万元，项目支出{ep:,.2f}万元，预算执行率{rate:.2f}%。"),
             p("四、绩效自评情况", bold=True),
             p(f"按照区财政局部门整体支出绩效自评工作要求，我局对照年初设定的绩效指标逐项开展自评，自评得分{fmt(total)}分，"
               "自评等级为“优”（90分及以上为优，80—89.99分为良，60—79.99分为中，60分以下为差）。具体评分情况见下表。")]
    rows = ["<tr>" + td("绩效指标", cs=3) + td("分值", rs=2, w=48) + td("评分标准", rs=2, w=160) + td("年度指标值", rs=2)
            + td("实际完成值", rs=2) + td("得分", rs=2, w=44) + "</tr>",
            "<tr>" + td("一级指标", w=70) + td("二级指标", w=80) + td("三级指标", w=140) + "</tr>"]
    i = 0
    while i < len(ind):
        j = i
        while j + 1 < len(ind) and ind[j + 1][0] == ind[i][0]:
            j += 1
        for k in range(i, j + 1):
            l1, l2, l3, t, a, w, s, rule = ind[k]
            cells = ""
            if k == i:
                cells += td(l1, rs=j - i + 1)
            if k == 0 or ind[k - 1][1] != l2 or ind[k - 1][0] != l1:
                m = k
                while m + 1 <= j and ind[m + 1][1] == l2:
                    m += 1
                cells += td(l2, rs=m - k + 1)
            cells += td(l3) + td(fmt(w)) + td(rule) + td(t) + td(a) + td(fmt(s))
            rows.append("<tr>" + cells + "</tr>")
        i = j + 1
    rows.append("<tr>" + td("合计", cs=3) + td("100") + td("") + td("") + td("") + td(fmt(total)) + "</tr>")
    inner = ("<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=640 style='border-collapse:collapse;"
             "border:none'>\n" + "\n".join(rows) + "\n</table>")
    body += [inner,
             p("五、存在的问题及改进措施", bold=True),
             p("部分新建养老服务设施因疫情防控原因未能按期投入运营，设施运营率低于年度目标。下一步将加快设施运营主体招引，"
               "提升救助和养老服务精准度。"),
             p("天津市河西区民政局", indent=False, align="right", pad=N * 20),
             p("2022年4月20日", indent=False, align="right", pad=N * 20)]
    # the Word page is itself laid out in a one-cell table (the portal's content frame)
    html_ = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
             "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
             "<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">\n"
             "<meta name=ProgId content=Word.Document>\n<meta name=Generator content=\"Microsoft Word 15\">\n"
             "<title>天津市河西区民政局2021年度部门整体支出绩效自评报告</title>\n"
             "<style>\n<!--\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;margin-bottom:.0001pt;text-align:justify;"
             "font-size:10.5pt;font-family:\"Times New Roman\";}\n@page WordSection1 {size:595.3pt 841.9pt;}\n"
             "div.WordSection1 {page:WordSection1;}\n-->\n</style>\n</head>\n<body lang=ZH-CN style='text-justify-trim:"
             "punctuation'>\n<div class=WordSection1>\n<table border=0 cellspacing=0 cellpadding=0 width=680>\n<tr><td>\n"
             + "\n".join(body) + "\n</td></tr>\n</table>\n<p class=MsoNormal><span lang=EN-US>&nbsp;</span></p>\n"
             "</div>\n</body>\n</html>\n")
    fnd = [F("BREAKDOWN_SUM", "核定编制", f"核定编制{staff[0]}人，其中行政编制{staff[1]}人、事业编制{staff[2]}人",
             f"{staff[0]}人", f"{staff[1] + staff[2]}人", "HIGH", "WARNING",
             f"{staff[1]} + {staff[2]} = {staff[1] + staff[2]}, the total prints {staff[0]} (no other category named)"),
           F("GOAL_LABELS", "年度绩效目标", "目标一：… 目标二：… 目标二：提升社会事务服务水平…", "目标一、目标二、目标二",
             "目标一、目标二、目标三", "HIGH", "WARNING", "three goals, the third labelled 目标二 again (目标三 missing)"),
           F("MALFORMED_RULE", "救助资金发放及时率", rule_bad, "95%≤及时率<98%得10分", "< 10 (a lower band below full marks)",
             "MEDIUM", "WARNING", "the lower band 95%–98% pays the same 10 as the top band, so the 98% target costs nothing "
                                  "to miss; the row itself (98.5% ≥ 98%, 10) is scored right")]
    return {"stem": "h157_hexi_minzheng", "format": "html", "html": html_, "encoding": "gb2312", "gold": g,
            "findings": fnd,
            "traps": [f"预算执行率 {ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% × 10 = {rate / 10:.3f} printed {fmt(bs)} (rounding)",
                      "养老服务设施运营率 87%: 3 × 1 → 7; 社区居民满意度 84% vs ≥85%: 1 × 1 → 9 (rules, correct)",
                      "日间照料中心 8 vs 8个, 单个补助 30 vs ≤30万元, 社会化发放率 100% (met exactly)",
                      "“主要职责包括社会救助、养老服务…等” is a list, not a breakdown; budget parts add up, both under budget"]}


ALL.append(h157())


# ============================================================ h158 昌吉市 (PDF borderless, system print, 2 pages, header repeated)

def h158():
    proj = "昌吉市2025年农村饮水安全工程维修养护资金"
    dept = "昌吉市水利局"
    unit = "昌吉市农村供水管理站"
    ib, ab, eb = 560.00, 560.00, 506.80
    rate = pct(eb, ab)  # 90.50
    bs = r2(rate / 10)  # 9.05
    ind = [("产出指标", "数量指标", "维修养护农村供水工程处数", "≥45处", "47处", 8, 8, ""),
           ("产出指标", "数量指标", "更换老化供水管网长度", "≥36公里", "31.5公里", 8, 8, ""),  # PLANT TARGET_MISSED_FULL_MARKS
           ("产出指标", "数量指标", "维修改造入户水表数量", "≥2600块", "2600块", 6, 6, ""),
           ("产出指标", "质量指标", "维修养护工程验收合格率", "100%", "100%", 8, 8, ""),
           ("产出指标", "质量指标", "农村集中供水水质达标率", "≥95%", "96.8%", 6, 6, ""),
           ("产出指标", "时效指标", "维修养护任务按期完成率", "≥95%", "92%", 6, 4, "3处工程因冻土期顺延至次年"),
           ("产出指标", "成本指标", "管网更换单位成本", "≤9万元/公里", "8.7万元/公里", 8, 8, ""),
           ("效益指标", "社会效益指标", "农村自来水普及率", "≥99%", "99.3%", 8, 8, ""),
           ("效益指标", "社会效益指标", "农村供水保证率", "≥95%", "93.5%", 6, 4.5, "夏季用水高峰期部分片区水压不足"),
           ("效益指标", "生态效益指标", "水源地保护区划定", "完成", "按计划推进", 6, 6,  # PLANT NARRATIVE_NOT_DONE_FULL_MARKS
            "2处水源地保护区划定方案尚未批复，年内未完成"),
           ("效益指标", "可持续影响指标", "工程长效管护机制", "健全", "基本健全", 6, 4, "村级管水员报酬未落实"),
           ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "84%", 14, 9, "部分片区水压不足，群众反映较多")]
    full = [fund_row("年度资金总额", f"{rate:.2f}%", 10, bs)] + ind
    assert s2(full, 5) == 100
    total = s2(full, 6)  # 88.55
    assert total == 88.55
    grade = "优"  # PLANT GRADE_OUTSIDE_BANDS: 88.55 < 90 → 良
    g = with_project(gold(None, dept, 2025, "COUNTY", "新疆维吾尔自治区", "SELF_EVALUATION", None, total, 100, grade,
                          budget(ib, ab, eb, rate), [], grows(full)), proj, unit)
    fnd = [F("TARGET_MISSED_FULL_MARKS", "更换老化供水管网长度", "更换老化供水管网长度 8 ≥36公里 31.5公里 8", "8", "< 8", "HIGH",
             "WARNING", "31.5 < 36公里 (87.5% of target), no reason given, yet full marks 8"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "水源地保护区划定",
             "水源地保护区划定 6 完成 按计划推进 6 2处水源地保护区划定方案尚未批复，年内未完成", "6", "< 6", "HIGH", "WARNING",
             "target 完成, the 偏差原因 says it was not done within the year (年内未完成), the row keeps full marks 6"),
           F("GRADE_OUTSIDE_BANDS", "自评等级", f"合计 100 {fmt(total)} ; 自评等级：{grade} ; 90分（含）以上为优，80分（含）—90分为良",
             grade, "良", "HIGH", "ERROR", f"{fmt(total)} < 90, so 良 by the printed bands (lower still once the two rows above "
                                         "are corrected)")]
    return {"stem": "h158_changji_shuili", "format": "pdf", "drawn158": True, "gold": g, "findings": fnd,
            "ind": ind, "meta": dict(proj=proj, dept=dept, unit=unit, ib=ib, ab=ab, eb=eb, rate=rate, bs=bs, total=total,
                                     grade=grade),
            "traps": [f"{eb:.2f} ÷ {ab:.2f} = {rate:.2f}% × 10 = {fmt(bs)}; 其他资金 0.00 with “—”",
                      "入户水表 2600 vs ≥2600块 (met exactly); 水质达标率 96.8%, 自来水普及率 99.3% met",
                      "按期完成率 −2, 供水保证率 −1.5, 管护机制 −2, 满意度 −5: reasons, no printed rule (judgement)",
                      "the page-2 header (title, 项目名称, column heads) repeats; “第1页 共2页” footers"]}


ALL.append(h158())


def draw158(rep, path):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    font = "STSong-Light"
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    M, ind = rep["meta"], rep["ind"]
    W, Hh = landscape(A4)
    left = 40
    c = canvas.Canvas(path, pagesize=(W, Hh), invariant=1)
    for setter in (c.setTitle, c.setAuthor, c.setCreator, c.setProducer):
        setter("")
    cols = [(left, "L", "一级指标"), (left + 78, "L", "二级指标"), (left + 180, "L", "三级指标"),
            (left + 360, "R", "分值"), (left + 378, "L", "年度指标值"), (left + 468, "L", "实际完成值"),
            (left + 580, "R", "得分"), (left + 598, "L", "偏差原因分析")]

    def put(x, al, y, t, size=9):
        c.setFont(font, size)
        (c.drawRightString if al == "R" else c.drawString)(x, y, t)

    def header(pg):
        y = Hh - 42
        c.setFont(font, 9)
        c.drawString(left, y, "新疆维吾尔自治区预算管理一体化系统")
        c.drawRightString(W - left, y, "表样：绩效自评-03")
        y -= 26
        c.setFont(font, 15)
        c.drawCentredString(W / 2, y, "项目支出绩效自评表")
        y -= 18
        c.setFont(font, 10)
        c.drawCentredString(W / 2, y, "（2025年度）")
        y -= 20
        put(left, "L", y, f"项目名称：{M['proj']}", 10)
        put(W - left, "R", y, "金额单位：万元", 10)
        y -= 16
        put(left, "L", y, f"主管部门：{M['dept']}", 10)
        put(left + 330, "L", y, f"实施单位：{M['unit']}", 10)
        y -= 22
        c.setFont(font, 8)
        c.drawString(left, 22, "打印时间：2026-03-18 10:42:16")
        c.drawRightString(W - left, 22, f"第{pg}页 共2页")
        return y

    y = header(1)
    bcols = [left, left + 250, left + 330, left + 410, left + 460, left + 530, left + 580]
    heads = ["项目资金", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    for k, t in enumerate(heads):
        put(bcols[k], "L" if k == 0 else "R", y, t, 9.5)
    y -= 15
    zero = "0.00"
    for lab, a, b, e, w, r, s in [("年度资金总额", M["ib"], M["ab"], M["eb"], "10", f"{M['rate']:.2f}%", fmt(M["bs"])),
                                  ("    其中：当年财政拨款", M["ib"], M["ab"], M["eb"], "—", f"{M['rate']:.2f}%", "—"),
                                  ("          其他资金", 0, 0, 0, "—", "—", "—")]:
        vals = [lab, f"{a:,.2f}" if a else zero, f"{b:,.2f}" if b else zero, f"{e:,.2f}" if e else zero, w, r, s]
        for k, t in enumerate(vals):
            put(bcols[k], "L" if k == 0 else "R", y, t, 9.5)
        y -= 14
    y -= 6
    put(left, "L", y, "年度总体目标：", 9.5)
    y -= 14
    put(left + 12, "L", y, "预期目标：维修养护农村供水工程45处以上，更换老化管网36公里以上，农村自来水普及率保持在99%以上，"
                           "完成2处水源地保护区划定。", 9)
    y -= 14
    put(left + 12, "L", y, "实际完成：维修养护农村供水工程47处，更换老化管网31.5公里，改造入户水表2600块，农村自来水普及率99.3%。", 9)
    y -= 22

    def colhead(y):
        for x, al, t in cols:
            put(x, al, y, t, 9.5)
        return y - 17

    y = colhead(y)
    prev = (None, None)
    split = 6
    for k, (l1, l2, l3, t, a, w, s, n) in enumerate(ind):
        if k == split:
            c.showPage()
            y = colhead(header(2))
            prev = (None, None)
        cells = [l1 if l1 != prev[0] else "", l2 if (l1, l2) != prev else "", l3, fmt(w), t, a, fmt(s), n]
        prev = (l1, l2)
        for (x, al, _), v in zip(cols, cells):
            put(x, al, y, v, 9)
        y -= 15
    y -= 4
    put(cols[0][0], "L", y, "合计", 9.5)
    put(cols[3][0], "R", y, "100", 9.5)
    put(cols[6][0], "R", y, fmt(M["total"]), 9.5)
    y -= 20
    put(left, "L", y, f"自评等级：{M['grade']}", 10)
    y -= 16
    put(left, "L", y, "说明：1.年度资金总额得分=执行率×分值（10分），其余指标分值合计90分；", 9)
    y -= 14
    put(left, "L", y, "　　　2.自评等级：90分（含）以上为优，80分（含）—90分为良，60分（含）—80分为中，60分以下为差。", 9)
    y -= 22
    put(left, "L", y, "单位负责人：艾×××　　　　项目负责人：李××　　　　填报人：古丽××　　　　填报日期：2026年3月18日", 9.5)
    c.showPage()
    c.save()


def main(argv):
    work = tempfile.mkdtemp(prefix="heldout20_")
    try:
        for rep in ALL:
            if argv and not any(rep["stem"].startswith(a) for a in argv):
                continue
            golds = H.write_gold(rep)
            if rep.get("drawn158"):
                dest = os.path.join(H.OUT, f"{rep['stem']}.pdf")
                draw158(rep, dest)
            else:
                dest = H.render(rep, work)
            print(os.path.basename(dest), sum(len(g["indicators"]) for g in golds), "rows, totals",
                  [g["totalScore"] for g in golds], "planted:", ", ".join(x["kind"] for x in rep["findings"]))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
