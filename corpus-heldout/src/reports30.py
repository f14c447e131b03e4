#!/usr/bin/python3
"""Round 30 (h204–h208): issue-9 layouts not used before, each with PLANTED issue-10 problems, made apart from the
code by the corpus30 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a report
whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports30.py [h204 …]
(needs python-docx, openpyxl and reportlab; no LibreOffice this round: h205 is drawn with reportlab.)
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
from heldout import Table, Title, fmt, budget, gold, row  # noqa: E402
from reports3_a import Num  # noqa: E402
from reports4 import styled, pct, F  # noqa: E402
from reports22 import s2, r2, with_project, grows, Tab, write_gold  # noqa: E402

H.A.LO_PROFILE = "file:///tmp/jixiao_heldout30_lo"
ALL = []
BANDS = "90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。"


def sections(ind, names):
    return [(n, s2([r for r in ind if r[0] == n], 5), s2([r for r in ind if r[0] == n], 6)) for n in names]


# ============================================================ h204 北京市丰台区城市管理委员会 (DOCX, 部门整体, 编码 columns, 3-row header, 标准分/实得分)

def h204():
    dept = "北京市丰台区城市管理委员会"
    ib_b, ib_p = 4700.00, 8600.00
    ab_b, ab_p = 4862.30, 9137.70
    eb_b, eb_p = 4801.55, 8452.16
    ib, ab, eb = r2(ib_b + ib_p), r2(ab_b + ab_p), r2(eb_b + eb_p)
    rate = pct(eb, ab)  # 94.67
    rate_p = 96.47  # PLANT EXECUTION_RATE: 13,253.71 ÷ 14,000.00 = 94.67%, printed 96.47% (digits swapped)
    bs = r2(rate / 10)  # 9.47 (the 预算执行率 row follows the right rate)
    # (code1, 一级, code2, 二级, code3, 三级, 指标值, 完成值, 标准分, 实得分, 偏差原因)
    T = [("A", "投入", "A1", "预算编制", "A11", "预算编制科学性", "科学合理", "科学合理", 5, 5, ""),
         ("A", "投入", "A2", "目标设定", "A21", "绩效目标合理性", "合理", "基本合理", 5, 4,
          "部分绩效目标未细化量化，扣1分"),
         ("B", "过程", "B1", "预算执行", "B11", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, ""),
         ("B", "过程", "B1", "预算执行", "B12", "结转结余率", "≤5%", "3.2%", 5, 5, ""),
         ("B", "过程", "B2", "财务管理", "B21", "资金使用合规性", "合规", "合规", 5, 5, ""),
         ("B", "过程", "B2", "财务管理", "B22", "资产管理规范性", "规范", "基本规范", 5, 4,
          "2台车辆未及时办理资产变更登记，扣1分"),
         ("C", "产出", "C1", "数量指标", "C11", "背街小巷精细化整治（条）", "≥120", "120", 8, 8, ""),
         ("C", "产出", "C1", "数量指标", "C12", "生活垃圾分类达标小区数量（个）", "≥300", "312", 8, 8, ""),
         ("C", "产出", "C2", "质量指标", "C21", "道路清扫保洁质量达标率", "≥95%", "97.2%", 8, 6, ""),  # PLANT TARGET_MET_POINTS_LOST
         ("C", "产出", "C2", "质量指标", "C22", "城市照明设施亮灯率", "≥98%", "98.6%", 8, 8, ""),
         ("C", "产出", "C3", "时效指标", "C31", "12345市民诉求办结及时率", "≥95%", "93%", 8, 6,
          "冬季供暖集中诉求办结滞后，按每低1个百分点扣1分"),
         ("D", "效益", "D1", "社会效益", "D11", "城市环境容貌改善情况", "明显改善", "明显改善", 8, 8, ""),
         ("D", "效益", "D1", "社会效益", "D12", "生活垃圾回收利用率", "≥38%", "40.5%", 7, 7, ""),
         ("D", "效益", "D2", "满意度", "D21", "市民满意度", "≥90%", "91.3%", 10, 10, "")]
    ind = [(t[1], t[3], t[5], t[6], t[7], t[8], t[9], t[10]) for t in T]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)  # 93.47
    secs = sections(ind, ["投入", "过程", "产出", "效益"])
    sec_c_p = 37  # PLANT SECTION_VS_ROWS: 产出 rows 8+8+6+8+6 = 36, the 一级 line prints 实得分 37
    secs_p = [(n, w, sec_c_p if n == "产出" else s) for n, w, s in secs]
    codes = [t[4] for t in T]
    g = gold(None, dept, 2023, "COUNTY", "北京市", "SELF_EVALUATION", None, total, 100, "优",
             budget(ib, ab, eb, rate_p, ab_b, eb_b, ab_p, eb_p), secs_p, grows(ind))
    for r, c in zip(g["indicators"], codes):
        r["code"] = c
    Bt = Tab(5)
    Bt.add(["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"])
    Bt.add(["合计", f"{ib:,.2f}", f"{ab:,.2f}", f"{eb:,.2f}", f"{rate_p:.2f}%"])
    Bt.add(["其中：基本支出", f"{ib_b:,.2f}", f"{ab_b:,.2f}", f"{eb_b:,.2f}", f"{pct(eb_b, ab_b):.2f}%"])
    Bt.add(["项目支出", f"{ib_p:,.2f}", f"{ab_p:,.2f}", f"{eb_p:,.2f}", f"{pct(eb_p, ab_p):.2f}%"])
    tb = styled(Table(Bt.rows, Bt.merges), [3.6, 3.0, 3.0, 3.0, 2.6], header_rows=1)
    C = Tab(11)
    C.add(["绩效指标", "", "", "", "", "", "指标值", "", "评分", "", "偏差原因及改进措施"], [(0, 5), (6, 7), (8, 9)])
    C.add(["一级指标", "", "二级指标", "", "三级指标", "", "年度目标值", "实际完成值", "标准分", "实得分", ""],
          [(0, 1), (2, 3), (4, 5)])
    C.add(["编码", "名称", "编码", "名称", "编码", "名称", "", "", "", "", ""])
    C.merges += [(1, c, 2, c) for c in (6, 7, 8, 9)] + [(0, 10, 2, 10)]
    sec_by = {n: (w, s) for n, w, s in secs_p}
    k = 0
    while k < len(T):
        c1, l1 = T[k][0], T[k][1]
        grp = [t for t in T if t[0] == c1]
        top = C.add([c1, l1, "一级指标小计", "", "", "", "", "", fmt(sec_by[l1][0]), fmt(sec_by[l1][1]), ""], [(2, 7)])
        first2 = {}
        for t in grp:
            r = C.add(["", "", t[2], t[3], t[4], t[5], t[6], t[7], fmt(t[8]), fmt(t[9]), t[10]])
            first2.setdefault(t[2], [r, r])[1] = r
        C.merges += [(top, 0, top + len(grp), 0), (top, 1, top + len(grp), 1)]
        C.merges += [(a, 2, b, 2) for a, b in first2.values() if b > a] + [(a, 3, b, 3) for a, b in first2.values() if b > a]
        k += len(grp)
    C.add(["合计", "", "", "", "", "", "", "", "100", fmt(total), ""], [(0, 7)])
    C.add(["自评等级", "", "", "", "", "", "优", "", "", "", ""], [(0, 5), (6, 10)])
    tc = styled(Table(C.rows, C.merges), [0.9, 1.2, 0.9, 1.6, 1.1, 3.6, 1.7, 1.7, 1.1, 1.1, 3.4], header_rows=3)
    blocks = [Title("2023年度部门整体支出绩效自评表"),
              f"部门名称（盖章）：{dept}　　　　　　金额单位：万元",
              "一、部门预算执行情况", tb,
              "二、部门整体绩效指标完成情况（指标按“字母+数字”编码：一级指标A—D，二级指标A1，三级指标A11）", tc,
              "说明：1.预算执行率实得分=执行率×标准分（10分），保留两位小数；2.定量指标达到年度目标值的得满分，"
              "12345市民诉求办结及时率每低于目标值1个百分点扣1分；3.定性指标根据完成情况酌情扣分，须说明扣分原因；"
              "4.自评等级：" + BANDS,
              "填表人：赵×　　联系电话：010-63×××××　　填报日期：2024年3月28日"]
    fnd = [F("EXECUTION_RATE", "执行率",
             f"合计 | {ib:,.2f} | {ab:,.2f} | {eb:,.2f} | {rate_p:.2f}%", f"{rate_p:.2f}%", f"{rate:.2f}%",
             "HIGH", "ERROR",
             f"{eb:,.2f} ÷ {ab:,.2f} = {rate:.2f}%, the budget table prints {rate_p:.2f}% (digits swapped); the B11 "
             f"预算执行率 row prints the right {rate:.2f}% and scores {fmt(bs)} on it; 基本 {pct(eb_b, ab_b):.2f}% and "
             f"项目 {pct(eb_p, ab_p):.2f}% are right"),
           F("SECTION_VS_ROWS", "产出",
             f"C | 产出 | 一级指标小计 | 40 | {sec_c_p}", str(sec_c_p), "36", "HIGH", "ERROR",
             "C11–C31 score 8 + 8 + 6 + 8 + 6 = 36, the 产出 一级 line prints 实得分 37; the 合计 "
             f"{fmt(total)} = rows (the other 一级 lines are right)"),
           F("TARGET_MET_POINTS_LOST", "道路清扫保洁质量达标率",
             "C21 | 道路清扫保洁质量达标率 | ≥95% | 97.2% | 8 | 6 |", "6", "8", "HIGH", "WARNING",
             "97.2% meets ≥95%, yet 2 points are taken off with no 偏差原因 given (the rule: 达到年度目标值的得满分)")]
    return {"stem": "h204_fengtai_chengguan", "format": "docx", "page": "A4L", "blocks": blocks, "gold": g,
            "findings": fnd,
            "traps": ["B11 预算执行率 94.67% × 10 = 9.467 printed 9.47 (the right rate, two decimals)",
                      "基本/项目 rates right, both under budget; parts add up in every column",
                      "C11 背街小巷精细化整治 120 vs ≥120 (met exactly)",
                      "C31 12345市民诉求办结及时率 93% vs ≥95%: 8 − 2 → 6 (printed rule, partial marks)",
                      "A21 绩效目标合理性 −1 and B22 资产管理规范性 −1 with reasons (judgement)",
                      "投入 10/9, 过程 25/23.47, 效益 25/25 一级 lines right; 合计 93.47 = rows"]}


ALL.append(h204())


# ============================================================ h205 玉溪市红塔区水利局 (PDF by reportlab, 项目 form, horizontal rules only)

def h205():
    dept = "玉溪市红塔区水利局"
    unit = "玉溪市红塔区农村供水管理站"
    proj = "红塔区2022年农村饮水安全巩固提升工程"
    ia, aa, ea = 600.00, 640.00, 603.52
    rate = pct(ea, aa)  # 94.30
    bs_true = r2(rate / 10)  # 9.43
    bs = 9.34  # PLANT BUDGET_ROW_SCORE: 94.30% × 10 = 9.43, printed 9.34
    ind = [("产出指标", "数量指标", "新建改造集中供水工程（处）", "≥15", "15", 8, 8, ""),
           ("产出指标", "数量指标", "铺设供水管网长度（公里）", "≥42", "43.6", 8, 8, ""),
           ("产出指标", "质量指标", "集中供水工程水质检测合格率", "≥95%", "92%", 8, 6,
            "2处小型工程浊度超标，已整改"),  # PLANT RULE_SCORE: 每低1个百分点扣1分 → 8 − 3 = 5
           ("产出指标", "质量指标", "工程竣工验收合格率", "100%", "100%", 8, 8, ""),
           ("产出指标", "时效指标", "工程按期完工率", "≥95%", "93%", 6, 5, "雨季影响2处工程工期"),
           ("产出指标", "成本指标", "单位管网建设成本（万元/公里）", "≤9.5", "9.2", 6, 6, ""),
           ("效益指标", "社会效益指标", "受益农村人口（万人）", "≥3.2", "3.35", 10, 10, ""),
           ("效益指标", "社会效益指标", "农村自来水普及率", "≥97%", "97.4%", 8, 8, ""),
           ("效益指标", "生态效益指标", "划定农村饮用水水源保护区（处）", "≥6", "6", 10, 10, ""),
           ("效益指标", "可持续影响指标", "工程长效管护机制", "健全", "基本健全", 8, 7, "村级管水员报酬未全部落实"),
           ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "92%", 10, 10, "")]
    full = [("", "", "年度资金总额", "", f"{rate:.2f}%", 10, bs, "")] + ind
    assert s2(full, 5) == 100
    rows_total = s2(full, 6)  # 95.34
    total = r2(rows_total + 1)  # PLANT TOTAL_VS_ROWS: 9.34 + 86 = 95.34, 总分 prints 96.34
    g = with_project(gold(None, dept, 2022, "COUNTY", "云南省", "SELF_EVALUATION", None, total, 100, "优",
                          budget(ia, aa, ea, rate), [], grows(full)), proj, unit)
    meta = dict(dept=dept, unit=unit, proj=proj, ia=ia, aa=aa, ea=ea, rate=rate, bs=bs, total=total, ind=ind)
    fnd = [F("BUDGET_ROW_SCORE", "年度资金总额",
             f"年度资金总额 {ia:,.2f} {aa:,.2f} {ea:,.2f} 10 {rate:.2f}% {fmt(bs)}", fmt(bs), f"{bs_true:.2f}",
             "HIGH", "ERROR",
             f"{ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% (right); the printed rule 执行率×10（保留两位小数） gives "
             f"{bs_true:.2f}, printed {fmt(bs)} (digits swapped)"),
           F("RULE_SCORE", "集中供水工程水质检测合格率",
             "集中供水工程水质检测合格率 ≥95% 92% 8 6", "6", "5", "HIGH", "ERROR",
             "printed rule: 水质检测合格率每低于指标值1个百分点扣1分; 95% − 92% = 3 points → 8 − 3 = 5, printed 6"),
           F("TOTAL_VS_ROWS", "总分", f"总分 100 {fmt(total)} 自评等级：优", fmt(total), fmt(rows_total),
             "HIGH", "ERROR",
             f"{fmt(bs)} (年度资金总额, as printed) + 86 (11 indicator rows, the RULE_SCORE row's 6 as printed) = "
             f"{fmt(rows_total)}; the 总分 prints {fmt(total)} (1 too many)")]
    return {"stem": "h205_hongta_shuili", "format": "pdf", "draw": draw205, "meta": meta, "gold": g,
            "findings": fnd,
            "traps": ["执行率 603.52 ÷ 640.00 = 94.30% (right)",
                      "新建改造集中供水工程 15 vs ≥15 and 水源保护区 6 vs ≥6 (met exactly)",
                      "工程按期完工率 93% vs ≥95%: 6 − 1 → 5 (printed rule 每低1个百分点扣0.5分, partial marks)",
                      "单位管网建设成本 9.2 vs ≤9.5 (met, a ceiling)",
                      "工程长效管护机制 基本健全 −1 with a reason (judgement)",
                      "the table has horizontal rules only: no vertical lines, 一级/二级 printed once per group"]}


def draw205(rep, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    font = "STSong-Light"
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    M = rep["meta"]
    W, Hh = A4
    L, R = 36, A4[0] - 36
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    for setter in (c.setTitle, c.setAuthor, c.setCreator, c.setProducer):
        setter("")

    def put(x, al, y, t, size=8.5):
        c.setFont(font, size)
        {"R": c.drawRightString, "C": c.drawCentredString}.get(al, c.drawString)(x, y, t)

    def rule(y, w=0.5):
        c.setLineWidth(w)
        c.line(L, y, R, y)

    y = Hh - 54
    put(W / 2, "C", y, "项目支出绩效自评表", 15)
    y -= 18
    put(W / 2, "C", y, "（2022年度）", 10)
    y -= 24
    put(L, "L", y, f"项目名称：{M['proj']}", 9.5)
    y -= 15
    put(L, "L", y, f"主管部门：{M['dept']}", 9.5)
    put(300, "L", y, f"实施单位：{M['unit']}", 9.5)
    y -= 20
    fc = [(L, "L", "项目资金（万元）"), (175, "R", "年初预算数"), (245, "R", "全年预算数"), (315, "R", "全年执行数"),
          (365, "R", "分值"), (430, "R", "执行率"), (480, "R", "得分")]
    rule(y + 12, 1.2)
    for x, al, t in fc:
        put(x, al, y, t, 9)
    rule(y - 5)
    y -= 18
    vals = ["年度资金总额", f"{M['ia']:,.2f}", f"{M['aa']:,.2f}", f"{M['ea']:,.2f}", "10", f"{M['rate']:.2f}%",
            fmt(M["bs"])]
    for (x, al, _), v in zip(fc, vals):
        put(x, al, y, v)
    rule(y - 6, 1.2)
    y -= 24
    put(L, "L", y, "年度总体目标：新建改造集中供水工程15处，铺设供水管网42公里以上，巩固提升3.2万农村人口饮水安全保障水平，", 9)
    y -= 13
    put(L, "L", y, "　　　　　　　农村自来水普及率达到97%以上，受益群众满意度达到90%以上。", 9)
    y -= 24
    cols = [(L, "L", "一级指标"), (84, "L", "二级指标"), (170, "L", "三级指标"), (318, "L", "年度指标值"),
            (372, "L", "实际完成值"), (440, "R", "分值"), (470, "R", "得分"), (480, "L", "偏差原因分析")]
    rule(y + 12, 1.2)
    for x, al, t in cols:
        put(x, al, y, t, 9)
    rule(y - 5)
    y -= 18
    p1 = p2 = None
    for l1, l2, l3, t, a, w, s, n in M["ind"]:
        if p1 is not None and l1 != p1:
            rule(y + 10, 0.3)
            y -= 3
        cells = [l1 if l1 != p1 else "", l2 if (l1, l2) != (p1, p2) else "", l3, t, a, fmt(w), fmt(s)]
        p1, p2 = l1, l2
        for (x, al, _), v in zip(cols, cells):
            put(x, al, y, v)
        parts = [n[i:i + 9] for i in range(0, len(n), 9)] or [""]
        for k, p in enumerate(parts):
            put(cols[7][0], "L", y - 11 * k, p, 8)
        y -= 16 + 11 * (len(parts) - 1)
    rule(y + 10)
    y -= 4
    put(L, "L", y, "总分", 9)
    put(cols[5][0], "R", y, "100", 9)
    put(cols[6][0], "R", y, fmt(M["total"]), 9)
    put(cols[7][0], "L", y, "自评等级：优", 9)
    rule(y - 6, 1.2)
    y -= 26
    for line in ["说明：1.年度资金总额得分=执行率×10，保留两位小数；",
                 "　　　2.定量指标达到年度指标值的得满分；水质检测合格率每低于指标值1个百分点扣1分，工程按期完工率每低于指标值",
                 "　　　　1个百分点扣0.5分；定性指标根据完成情况酌情扣分；",
                 "　　　3.自评等级：" + BANDS]:
        put(L, "L", y, line, 8.5)
        y -= 13
    y -= 12
    put(L, "L", y, "填报单位（盖章）：玉溪市红塔区农村供水管理站　　　　填报人：李××　　　　联系电话：0877-20×××××", 9)
    y -= 14
    put(L, "L", y, "填报日期：2023年4月10日", 9)
    put(W / 2, "C", 28, "— 1 —", 8)
    c.showPage()
    c.save()


ALL.append(h205())


# ============================================================ h206 重庆市渝北区农业农村委员会 (XLSX, two years' forms SIDE BY SIDE on one sheet)

def year206(year, ibb, ibp, abb, abp, ebb, ebp, ab_printed, weights, actuals, scores, targets):
    ib, ab, eb = r2(ibb + ibp), r2(abb + abp), r2(ebb + ebp)
    ab_t = ab_printed if ab_printed is not None else ab
    rate = pct(eb, ab_t)
    names = [("决策", "目标设定", "绩效目标合理性"), ("决策", "预算编制", "预算编制科学性"),
             ("过程", "预算执行", "预算执行率"), ("过程", "预算执行", "政府采购执行率"),
             ("过程", "财务管理", "资金使用合规性"), ("过程", "资产管理", "资产管理规范性"),
             ("产出", "数量指标", "高标准农田建设面积（万亩）"), ("产出", "数量指标", "农村人居环境整治村（个）"),
             ("产出", "质量指标", "农产品质量安全抽检合格率"), ("产出", "时效指标", "项目按期完工率"),
             ("效益", "经济效益", "农村常住居民人均可支配收入增长率"), ("效益", "满意度", "服务对象满意度"),
             ("效益", "可持续影响", "农业产业化长效机制")]
    ind = []
    for (l1, l2, l3), t, a, w, s in zip(names, targets, actuals, weights, scores):
        if l3 == "预算执行率":
            a, s = f"{rate:.2f}%", r2(rate / 10)
        ind.append((l1, l2, l3, t, a, w, s, ""))
    return dict(year=year, ib=(ib, ibb, ibp), ab=(ab_t, abb, abp), eb=(eb, ebb, ebp), rate=rate, ind=ind)


def h206():
    dept = "重庆市渝北区农业农村委员会"
    tg = ["合理", "科学", "100%", "100%", "合规", "规范", None, None, "≥98%", "≥95%", "≥6%", "≥90%", "健全"]
    a22 = ["合理", "科学", None, "100%", "合规", "规范", "2.1", "32", "99.1%", "96%", "6.8%", "88%", "健全"]
    a23 = ["合理", "基本科学", None, "100%", "合规", "规范", "2.5", "36", "97.5%", "97%", "7.1%", "91.5%", "基本健全"]
    t22 = list(tg)
    t22[6], t22[7] = "≥2.0", "≥30"
    t23 = list(tg)
    t23[6], t23[7] = "≥2.5", "≥35"
    w22 = [5, 5, 10, 5, 5, 5, 10, 10, 10, 10, 10, 10, 5]
    w23 = list(w22)
    w23[5] = 3  # PLANT WEIGHTS_VS_FULL_MARK: 2023 资产管理规范性 分值 3 (2022: 5); weights add to 98, 合计 prints 100
    s22 = [5, 5, None, 5, 5, 5, 10, 10, 10, 10, 10, 8, 5]
    s23 = [5, 4, None, 5, 5, 3, 10, 10, 9, 10, 10, 10, 4]
    # 2022: PLANT BREAKDOWN_SUM — 全年预算数 合计 printed 9,310.00, 基本 3,186.40 + 项目 6,023.60 = 9,210.00
    Y22 = year206(2022, 3120.00, 5480.00, 3186.40, 6023.60, 3150.12, 5698.30, 9310.00, w22, a22, s22, t22)
    # 2023: PLANT SPENDING_OVER_BUDGET — 项目支出 执行 6,452.36 > 全年预算 6,410.00
    Y23 = year206(2023, 3250.00, 5900.00, 3302.80, 6410.00, 3198.15, 6452.36, None, w23, a23, s23, t23)
    golds = []
    for Y in (Y22, Y23):
        ind = Y["ind"]
        tot = s2(ind, 6)
        Y["total"] = tot
        Y["grade"] = "优" if tot >= 90 else "良"
        g = gold(None, dept, Y["year"], "COUNTY", "重庆市", "SELF_EVALUATION", None, tot, 100, Y["grade"],
                 budget(Y["ib"][0], Y["ab"][0], Y["eb"][0], Y["rate"], Y["ab"][1], Y["eb"][1], Y["ab"][2], Y["eb"][2]),
                 [], grows(ind))
        golds.append(g)
    assert s2(Y22["ind"], 5) == 100 and s2(Y23["ind"], 5) == 98
    # sheet: left block A–G (2022), gap column H, right block I–O (2023)
    rows, merges = [], []

    def put(r, c0, cells, spans=()):
        while len(rows) <= r:
            rows.append([""] * 15)
        for i, v in enumerate(cells):
            rows[r][c0 + i] = v
        merges.extend((r, c0 + a, r, c0 + b) for a, b in spans)

    put(0, 0, [f"{dept}部门整体支出绩效自评表（2022年度、2023年度对照）"], [(0, 14)])
    put(1, 0, [f"填报单位（盖章）：{dept}　　　　金额单位：万元"], [(0, 14)])
    money = "#,##0.00"
    for Y, c0 in ((Y22, 0), (Y23, 8)):
        put(2, c0, [f"{Y['year']}年度部门整体支出绩效自评表"], [(0, 6)])
        put(3, c0, ["项目", "", "年初预算数", "全年预算数", "全年执行数", "执行率", ""], [(0, 1), (5, 6)])
        for k, lab in enumerate(["合计", "其中：基本支出", "项目支出"]):
            bud, exe = Y["ab"][k], Y["eb"][k]
            put(4 + k, c0, [lab, "", Num(Y["ib"][k], money), Num(bud, money), Num(exe, money),
                            f"{pct(exe, bud):.2f}%", ""], [(0, 1), (5, 6)])
        put(7, c0, ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"])
        r = 8
        for l1, l2, l3, t, a, w, s, _ in Y["ind"]:
            put(r, c0, [l1, l2, l3, t, a, Num(w), Num(s)])
            r += 1
        put(r, c0, ["合计", "", "", "", "", Num(100), Num(Y["total"])], [(0, 4)])
        put(r + 1, c0, ["自评等级", "", "", "", "", Y["grade"], ""], [(0, 4), (5, 6)])
        # merge 一级 / 二级 runs
        start = 8
        ind = Y["ind"]
        for col in (0, 1):
            i = 0
            while i < len(ind):
                j = i
                while j + 1 < len(ind) and ind[j + 1][0] == ind[i][0] and (col == 0 or ind[j + 1][1] == ind[i][1]):
                    j += 1
                if j > i:
                    merges.append((start + i, c0 + col, start + j, c0 + col))
                i = j + 1
    last = len(rows)
    put(last + 1, 0, ["说明：1.预算执行率得分=执行率×10，保留两位小数；2.定量指标达到指标值的得满分，农产品质量安全抽检合格率每低于"
                      "指标值1个百分点扣2分，服务对象满意度每低于指标值1个百分点扣1分；3.定性指标酌情扣分；4.自评等级：" + BANDS],
        [(0, 14)])
    put(last + 2, 0, ["填表人：陈××　　审核人：刘××　　填报日期：2024年3月15日"], [(0, 14)])
    t = styled(Table(rows, merges), [8, 10, 26, 9, 11, 8, 8, 3, 8, 10, 26, 9, 11, 8, 8], first_table_row=2)
    b22, b23 = Y22, Y23
    fnd = [F("BREAKDOWN_SUM", "全年预算数",
             "2022年度 | 合计 | 8,600.00 | 9,310.00 | 8,848.42 | 95.04% / 其中：基本支出 | 3,186.40 / 项目支出 | 6,023.60",
             "9,310.00万元", "9,210.00万元", "HIGH", "WARNING",
             "2022 form (left block): 基本 3,186.40 + 项目 6,023.60 = 9,210.00, the 合计 prints 9,310.00; the 年初 and "
             "执行 columns add up; the 95.04% is right on the printed 9,310.00 (on 9,210.00 it would be 96.07%)"),
           F("SPENDING_OVER_BUDGET", "项目支出",
             f"2023年度 | 项目支出 | 5,900.00 | 6,410.00 | 6,452.36 | {pct(6452.36, 6410.00):.2f}%",
             "6,452.36万元", "≤ 6,410.00万元", "HIGH", "WARNING",
             f"2023 form (right block): 项目支出 spent 6,452.36 against a 全年预算 of 6,410.00 "
             f"({pct(6452.36, 6410.00):.2f}%, printed right); the 合计 {b23['eb'][0]:,.2f} stays under "
             f"{b23['ab'][0]:,.2f}"),
           F("WEIGHTS_VS_FULL_MARK", "合计",
             "2023年度 | 合计 | 100 | " + fmt(b23["total"]), "100", "98", "HIGH", "ERROR",
             "2023 form (right block): the 分值 column adds to 98 (资产管理规范性 carries 3, 5 in the 2022 form beside "
             f"it), the 合计 prints 100; 合计 得分 {fmt(b23['total'])} = rows")]
    return {"stem": "h206_yubei_nongye", "format": "xlsx", "sheets": [("绩效自评对照", t)], "gold": golds,
            "findings": fnd, "Y": (Y22, Y23),
            "traps": ["2022 执行率 8,848.42 ÷ 9,310.00 = 95.04% (right on the printed 合计) × 10 = 9.504 → 9.50",
                      "2023 执行率 9,650.51 ÷ 9,712.80 = 99.36% × 10 = 9.936 → 9.94; 基本 96.83% right",
                      "2023 高标准农田建设面积 2.5 vs ≥2.5 (met exactly)",
                      "2023 农产品质量安全抽检合格率 97.5% vs ≥98%: 10 − 1 → 9 (printed rule 每低1个百分点扣2分)",
                      "2022 服务对象满意度 88% vs ≥90%: 10 − 2 → 8 (printed rule)",
                      "2023 预算编制科学性 基本科学 −1 and 长效机制 基本健全 −1 (judgement, no reason column)",
                      "the two years' figures differ (different years, not SAME_FIGURE_DIFFERS)",
                      "合计 得分 = rows in both forms"]}


ALL.append(h206())


# ============================================================ h207 林芝市巴宜区卫生健康委员会 (HTML, <th> 一级 rowspan, 小计（得分率%） rows, colspan note row)

def h207():
    dept = "林芝市巴宜区卫生健康委员会"
    ib = 6820.50
    abb, abp = 3012.40, 4233.40
    ebb, ebp = 2998.71, 3959.61
    ab, eb = r2(abb + abp), r2(ebb + ebp)
    rate = pct(eb, ab)  # 96.03
    bs = r2(rate * 8 / 100)  # 7.68
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 3, 3, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "基本明确", 3, 2, "部分指标未量化，扣1分"),
           ("决策", "预算编制", "预算编制科学性", "科学", "较科学", 4, 3, "年中追加预算424.30万元，编制不够精准，扣1分"),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 8, bs, ""),
           ("过程", "预算执行", "“三公”经费控制率", "≤100%", "92.6%", 4, 4, ""),
           ("过程", "财务管理", "资金使用合规性", "合规", "合规", 4, 4, ""),
           ("过程", "资产管理", "固定资产利用率", "≥95%", "96.8%", 4, 4, ""),
           ("产出", "数量指标", "家庭医生签约人数（人）", "≥28000", "29350", 8, 8, ""),
           ("产出", "数量指标", "适龄儿童免疫规划疫苗接种率", "≥95%", "95%", 8, 8, ""),
           ("产出", "数量指标", "乡镇卫生院标准化改造（所）", "4", "4", 8, 8, ""),  # PLANT NARRATIVE_NOT_DONE_FULL_MARKS
           ("产出", "质量指标", "孕产妇系统管理率", "≥90%", "88.5%", 8, 6.5, "每低1个百分点扣1分，扣1.5分"),
           ("产出", "时效指标", "传染病疫情网络直报及时率", "100%", "100%", 8, 8, ""),
           ("效益", "社会效益", "居民健康素养水平", "≥25%", "26.3%", 10, 10, ""),
           ("效益", "社会效益", "重点人群健康管理率", "≥85%", "80%", 10, 5, "每低1个百分点扣1分，扣5分"),
           ("效益", "满意度", "群众就医满意度", "≥90%", "86%", 10, 6, "每低1个百分点扣1分，扣4分")]
    assert s2(ind, 5) == 100
    total = s2(ind, 6)  # 87.18
    assert 80 <= total < 90
    grade_p = "优"  # PLANT GRADE_OUTSIDE_BANDS: 87.18 lies in the 良 band (80–90)
    secs = sections(ind, ["决策", "过程", "产出", "效益"])
    rates = {n: f"{s / w * 100:.2f}" for n, w, s in secs}
    assert rates["产出"] == "96.25"
    rates["产出"] = "95.25"  # PLANT SCORE_RATE: 38.5 ÷ 40 = 96.25%, printed 95.25
    g = gold(None, dept, 2024, "COUNTY", "西藏自治区", "SELF_EVALUATION", None, total, 100, grade_p,
             budget(ib, ab, eb, rate, abb, ebb, abp, ebp), secs, grows(ind))
    e = html.escape
    trs = []
    for n, w, s in secs:
        grp = [r for r in ind if r[0] == n]
        if n == "效益":
            trs.append('<tr class="note"><td colspan="8" style="text-align:left">注：以下为效益指标，定量指标每低于'
                       '年度指标值1个百分点扣1分，扣完为止。</td></tr>')
        for k, (l1, l2, l3, t, a, ww, ss, note) in enumerate(grp):
            th = f'<th rowspan="{len(grp) + 1}" scope="rowgroup">{e(l1)}</th>' if k == 0 else ""
            n2 = sum(1 for r in grp if r[1] == l2)
            td2 = f'<td rowspan="{n2}">{e(l2)}</td>' if k == 0 or grp[k - 1][1] != l2 else ""
            trs.append(f"<tr>{th}{td2}<td>{e(l3)}</td><td>{fmt(ww)}</td><td>{e(t)}</td><td>{e(a)}</td>"
                       f"<td>{fmt(ss)}</td><td>{e(note)}</td></tr>")
        trs.append(f'<tr class="sub"><td colspan="2">小计（得分率%）</td><td>{fmt(w)}</td><td colspan="2"></td>'
                   f"<td>{fmt(s)}</td><td>{rates[n]}</td></tr>")
    trs.append(f'<tr class="sum"><th colspan="3">合计</th><td>100</td><td colspan="2"></td><td>{fmt(total)}</td>'
               f"<td>自评等级：{grade_p}</td></tr>")
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{dept}2024年度部门整体支出绩效自评报告</title>
<style>
body {{ font-family: "Microsoft YaHei", SimSun, sans-serif; font-size: 14px; width: 1000px; margin: 0 auto; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border: 1px solid #666; padding: 4px 6px; text-align: center; }}
tr.sub td {{ background: #f2f2f2; font-weight: bold; }}
tr.note td {{ color: #a00; }}
</style>
</head>
<body>
<div class="crumb">首页 &gt; 政务公开 &gt; 财政预决算 &gt; 部门绩效</div>
<h1 style="text-align:center">{dept}2024年度部门整体支出绩效自评报告</h1>
<p class="info" style="text-align:center">发布日期：2025-04-18　　来源：巴宜区卫生健康委员会</p>
<div class="article">
<p>一、部门基本情况</p>
<p>{dept}负责全区医疗卫生、公共卫生、疾病预防控制和妇幼健康等工作，下设乡镇卫生院5所、社区卫生服务中心2个。</p>
<p>二、预算执行情况</p>
<p>2024年年初预算{ib:,.2f}万元，全年预算{ab:,.2f}万元，其中基本支出{abb:,.2f}万元、项目支出{abp:,.2f}万元；全年支出{eb:,.2f}万元，
其中基本支出{ebb:,.2f}万元、项目支出{ebp:,.2f}万元，预算执行率{rate:.2f}%。</p>
<p>三、绩效目标完成情况</p>
<p>全年家庭医生签约29350人，适龄儿童免疫规划疫苗接种率95%。乡镇卫生院标准化改造计划4所，其中百巴镇、鲁朗镇、更章乡卫生院已完工并投入使用，
布久乡卫生院改造工程受冬季停工影响尚未完工，计划2025年6月底前完成。孕产妇系统管理率88.5%，重点人群健康管理率80%，群众就医满意度86%，未达到年度目标。</p>
<p>四、自评结果</p>
<p>经自评，本部门2024年度部门整体支出绩效自评得分{fmt(total)}分，自评等级为“{grade_p}”（{BANDS}）。各项指标得分情况见下表。</p>
<table>
<caption>{dept}2024年度部门整体支出绩效自评表</caption>
<thead>
<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>分值</th><th>年度指标值</th><th>实际完成值</th><th>得分</th><th>扣分原因</th></tr>
</thead>
<tbody>
{chr(10).join(trs)}
</tbody>
</table>
<p>说明：预算执行率得分=执行率×8，保留两位小数；孕产妇系统管理率每低于指标值1个百分点扣1分；定性指标酌情扣分。</p>
<p>五、存在问题及改进措施</p>
<p>一是部分基层医疗机构项目建设进度滞后；二是重点人群健康管理率、群众就医满意度未达目标。下一步将加快项目建设，提升基层服务能力。</p>
<p style="text-align:right">{dept}<br>2025年4月15日</p>
</div>
<div class="footer">主办：林芝市巴宜区人民政府　　藏ICP备××××××号</div>
</body>
</html>
"""
    fnd = [F("GRADE_OUTSIDE_BANDS", "自评等级",
             f"自评得分{fmt(total)}分，自评等级为“优”（90分（含）以上为“优”，80分（含）至90分为“良”…）", "优", "良",
             "HIGH", "ERROR", f"{fmt(total)} (= rows) lies in the report's own 80–90 band, 良; printed 优 (in 四 and the 合计 row)"),
           F("SCORE_RATE", "产出", "小计（得分率%） | 40 | 38.5 | 95.25", "95.25%", "96.25%", "HIGH", "ERROR",
             "产出 小计: 38.5 ÷ 40 = 96.25%, printed 95.25; the other three 得分率 are right "
             f"(决策 {rates['决策']}, 过程 {rates['过程']}, 效益 {rates['效益']})"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "乡镇卫生院标准化改造（所）",
             "乡镇卫生院标准化改造计划4所，其中…已完工并投入使用，布久乡卫生院改造工程受冬季停工影响尚未完工 | "
             "乡镇卫生院标准化改造（所） | 8 | 4 | 4 | 8", "8", "< 8", "HIGH", "WARNING",
             "the report's 三 says only 3 of the 4 卫生院 were finished (布久乡 尚未完工), yet the table prints 4 and "
             "full marks")]
    return {"stem": "h207_bayi_weijian", "format": "html", "html": page, "gold": g, "findings": fnd,
            "traps": [f"预算执行率 {eb:,.2f} ÷ {ab:,.2f} = {rate:.2f}% (right) × 8 = {rate * 8 / 100:.4f} printed {fmt(bs)}",
                      "基本 + 项目 = 全年 in both lines, both under budget",
                      "适龄儿童免疫规划疫苗接种率 95% vs ≥95% (met exactly)",
                      "孕产妇系统管理率 88.5%: 8 − 1.5 → 6.5; 重点人群 80%: 10 − 5 → 5; 满意度 86%: 10 − 4 → 6 (printed rules)",
                      "绩效指标明确性 −1, 预算编制科学性 −1 with reasons (judgement)",
                      "小计 weights and scores right in all four groups; 合计 87.18 = rows",
                      "the colspan note row (注：以下为效益指标…) is not an indicator row"]}


ALL.append(h207())


# ============================================================ h208 上海市嘉定区文化和旅游局 (TXT, Markdown pipe tables from a wiki, 元)

def h208():
    dept = "上海市嘉定区文化和旅游局"
    unit = "上海市嘉定区文化馆"
    proj = "嘉定区2021年公共文化配送服务项目"
    ia, aa, ea = 2800000.00, 3050000.00, 2942615.40  # 元
    rate = pct(ea, aa)  # 96.48
    bs = r2(rate / 10)  # 9.65
    ind = [("产出指标", "数量指标", "配送文艺演出场次（场）", "≥260", "268", 8, 8, ""),
           ("产出指标", "数量指标", "配送讲座展览场次（场）", "≥180", "172", 8, 8, ""),  # PLANT TARGET_MISSED_FULL_MARKS
           ("产出指标", "数量指标", "新增线上配送资源（部）", "≥100", "100", 6, 6, ""),
           ("产出指标", "质量指标", "配送节目验收合格率", "100%", "100%", 8, 8, ""),
           ("产出指标", "时效指标", "配送计划完成及时率", "≥95%", "92%", 8, 5, "疫情期间部分场次顺延"),  # PLANT MALFORMED_RULE (rule text)
           ("产出指标", "成本指标", "场均配送成本（元/场）", "≤8000", "7860", 6, 6, ""),
           ("效益指标", "社会效益指标", "惠及群众人次（万人次）", "≥30", "33.6", 10, 10, ""),
           ("效益指标", "社会效益指标", "基层文化活动村居覆盖率", "≥95%", "96.2%", 8, 8, ""),
           ("效益指标", "社会效益指标", "线上配送资源点播量增长率", "≥10%", "100%（2020年0次）", 10, 10, ""),  # PLANT RATE_OVER_ZERO_BASE
           ("效益指标", "可持续影响指标", "公共文化配送长效机制", "健全", "基本健全", 8, 7, "社会力量参与机制尚在完善"),
           ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "93.5%", 10, 10, "")]
    full = [("", "", "年度资金总额", "", f"{rate:.2f}%", 10, bs, "")] + ind
    assert s2(full, 5) == 100
    total = s2(full, 6)  # 95.65
    g = with_project(gold(None, dept, 2021, "COUNTY", "上海市", "SELF_EVALUATION", None, total, 100, "优",
                          budget(r2(ia / 1e4), r2(aa / 1e4), r2(ea / 1e4), rate), [], grows(full)), proj, unit)
    rule = "配送计划完成及时率：≥95%得满分；90%（含）—95%（含）得5分；90%以下不得分"
    lines = [f"# {proj}支出绩效自评表（2021年度）", "",
             "> 本页由嘉定区文化馆绩效管理知识库导出，原始表格为 Markdown 格式。", "",
             f"- 项目名称：{proj}", f"- 主管部门：{dept}", f"- 实施单位：{unit}", "- 金额单位：元", "",
             "## 一、项目资金", "",
             "| 项目资金（元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
             f"| 年度资金总额 | {ia:,.2f} | {aa:,.2f} | {ea:,.2f} | 10 | {rate:.2f}% | {fmt(bs)} |", "",
             "## 二、年度总体目标", "",
             "全年向街镇、村居配送文艺演出260场以上、讲座展览180场以上，新增线上配送资源100部，惠及群众30万人次以上，"
             "服务对象满意度达到90%以上。", "",
             "## 三、绩效指标", "",
             "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |",
             "| --- | --- | --- | --- | --- | ---: | ---: | --- |"]
    p1 = p2 = None
    for l1, l2, l3, t, a, w, s, n in ind:
        c1 = l1 if l1 != p1 else ""
        c2 = l2 if (l1, l2) != (p1, p2) else ""
        p1, p2 = l1, l2
        lines.append(f"| {c1} | {c2} | {l3} | {t} | {a} | {fmt(w)} | {fmt(s)} | {n} |")
    lines.append(f"| **总分** |  |  |  |  | **100** | **{fmt(total)}** | 自评等级：优 |")
    lines += ["", "## 四、评分规则", "",
              "1. 年度资金总额得分=执行率×10，保留两位小数；",
              "2. 数量、质量指标达到年度指标值的得满分，未达到的按完成比例计分；",
              f"3. {rule}；",
              "4. 定性指标根据完成情况酌情扣分；",
              "5. 自评等级：" + BANDS, "",
              "填报人：沈××　｜　审核人：顾××　｜　填报日期：2022-03-21", ""]
    text = "\n".join(lines)
    fnd = [F("TARGET_MISSED_FULL_MARKS", "配送讲座展览场次（场）",
             "|  |  | 配送讲座展览场次（场） | ≥180 | 172 | 8 | 8 |  |", "8", "< 8", "HIGH", "WARNING",
             f"172 of ≥180 场 is missed (95.6%), yet full marks and no 偏差原因; the printed proportion rule gives "
             f"8 × 172 ÷ 180 = {8 * 172 / 180:.2f}"),
           F("MALFORMED_RULE", "配送计划完成及时率", rule, "≥95%得满分；90%（含）—95%（含）得5分", "bands overlap at 95%",
             "HIGH", "WARNING",
             "the two bands both include 95% (满分 and 5分): the rule is ambiguous at exactly 95%; the actual 92% falls "
             "in the 90–95% band, so the printed 5 follows the rule"),
           F("RATE_OVER_ZERO_BASE", "线上配送资源点播量增长率",
             "| 线上配送资源点播量增长率 | ≥10% | 100%（2020年0次） | 10 | 10 |", "100%", "— (base 0)", "HIGH", "WARNING",
             "a growth rate over a zero base (2020: 0次) is undefined, not 100%; the row takes full marks on it")]
    return {"stem": "h208_jiading_wenlv", "format": "txt", "text": text, "gold": g, "findings": fnd,
            "traps": [f"执行率 2,942,615.40 ÷ 3,050,000.00 = {rate:.2f}% × 10 = {rate / 10:.3f} printed {fmt(bs)}",
                      "元 in the file, 万元 in the gold (280.00 / 305.00 / 294.26)",
                      "新增线上配送资源 100 vs ≥100 (met exactly); 场均配送成本 7860 vs ≤8000 (a ceiling, met)",
                      "公共文化配送长效机制 基本健全 −1 with a reason (judgement)",
                      "一级/二级 printed once per group (blank cells below); the bold 总分 row is not an indicator",
                      "总分 95.65 = rows"]}


ALL.append(h208())


def render(rep, work):
    dest = os.path.join(H.OUT, f"{rep['stem']}.{rep['format']}")
    if "draw" in rep:
        rep["draw"](rep, dest)
        return dest
    return H.render(rep, work)


def main(argv):
    work = tempfile.mkdtemp(prefix="heldout30_")
    try:
        for rep in ALL:
            if argv and not any(rep["stem"].startswith(a) for a in argv):
                continue
            golds = write_gold(rep)
            dest = render(rep, work)
            print(os.path.basename(dest), sum(len(g["indicators"]) for g in golds), "rows, totals",
                  [g["totalScore"] for g in golds], "planted:", ", ".join(x["kind"] for x in rep["findings"]))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
