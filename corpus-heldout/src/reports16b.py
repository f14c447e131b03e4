#!/usr/bin/python3
"""Round 16 part B (h132–h136): issue-9 layouts not used before, each with PLANTED issue-10 problems, made apart from the
code by the corpus16b session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; heldout14.write_gold refuses a report whose own recomputation
(heldout4.recheck) finds a mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports16b.py [h132 …]
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

H.A.LO_PROFILE = "file:///tmp/jixiao_heldout16b_lo"
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
    return [row(l1 or None, l2 or None, l3, t or None, a or None, w, s) for l1, l2, l3, t, a, w, s, _ in ind]


# ============================================================ h132 赣州市南康区 (PDF, borderless, 项目, 序号 column)

def h132():
    proj = "南康区2025年家具产业职业技能提升培训补贴项目"
    dept = "赣州市南康区人力资源和社会保障局"
    unit = "赣州市南康区就业创业服务中心"
    b, e = 386.00, 352.26
    rate_true = pct(e, b)  # 91.26
    rate_printed = 92.16  # PLANT EXECUTION_RATE: 352.26 ÷ 386.00 = 91.26%
    bs = 9.13  # 91.26% × 10 = 9.126 → 9.13 (the score follows the true rate)
    ind = [("产出指标", "数量指标", "技能培训人次", "≥3000人次", "3126人次", 15, 15, ""),
           ("产出指标", "数量指标", "取得职业技能等级证书人数", "≥1800人", "1800人", 10, 10, ""),
           ("产出指标", "质量指标", "培训合格率", "≥90%", "93.4%", 10, 10, ""),
           ("产出指标", "时效指标", "补贴资金拨付及时率", "100%", "96%", 5, 4, "资料补录致拨付滞后"),
           ("产出指标", "成本指标", "人均培训补贴标准", "≤1200元", "1127元", 10, 10, ""),
           ("效益指标", "经济效益指标", "参训人员就业率", "≥80%", "83.5%", 10, 10, ""),
           ("效益指标", "社会效益指标", "家具企业技能人才缺口缓解情况", "有效缓解", "有效缓解", 10, 10, ""),
           ("效益指标", "可持续影响指标", "培训机构规范化管理", "长期", "长期", 10, 10, ""),
           ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%", "92.8%", 5, 5, ""),
           ("满意度指标", "服务对象满意度指标", "用工企业满意度", "≥85%", "86.1%", 5, 5, "")]
    full = [("", "", "年度资金总额", "", f"{rate_printed:.2f}%", 10, bs, "")] + ind
    assert s2(full, 5) == 100
    rows_total = s2(full, 6)  # 98.13
    total_printed = 99.13  # PLANT TOTAL_VS_ROWS: 9.13 + 89 = 98.13
    g = gold(None, dept, 2025, "COUNTY", "江西省", "SELF_EVALUATION", None, total_printed, 100, "优",
             budget(350.00, b, e, rate_printed), [], grows(full))
    g = with_project(g, proj, unit)
    d = {"title": "项目支出绩效自评表", "sub": "（2025年度）",
         "head": [("项目名称", proj), ("主管部门", dept), ("实施单位", unit), ("项目负责人", "钟××　联系电话：0797-66×××××")],
         "fund_head": ["资金情况（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
         "fund_rows": [["年度资金总额", "350.00", f"{b:.2f}", f"{e:.2f}", "10", f"{rate_printed:.2f}%", fmt(bs)],
                       ["其中：当年财政拨款", "350.00", f"{b:.2f}", f"{e:.2f}", "—", "—", "—"],
                       ["上年结转资金", "0.00", "0.00", "0.00", "—", "—", "—"]],
         "goal": ["年度目标：开展家具产业木工、油漆、雕刻等工种技能培训3000人次以上，取得职业技能等级证书1800人以上，",
                  "参训人员就业率达到80%以上。",
                  "实际完成：全年培训3126人次，1800人取得证书，培训合格率93.4%，参训人员就业率83.5%。"],
         "ind_head": ["序号", "一级指标", "二级指标", "三级指标", "年度指标值", "全年实际值", "分值", "得分", "偏差原因"],
         "ind": [[str(k + 1), l1, l2, l3, t, a, fmt(w), fmt(s), n] for k, (l1, l2, l3, t, a, w, s, n) in enumerate(ind)],
         "total": ["总分", "", "", "", "", "", "100", fmt(total_printed), "自评等级：优"],
         "sign": "填报人：刘××　　审核人：温××　　填报日期：2026年3月20日"}
    fnd = [F("EXECUTION_RATE", "年度资金总额", f"年度资金总额 | 350.00 | {b:.2f} | {e:.2f} | 10 | {rate_printed:.2f}% | {fmt(bs)}",
             f"{rate_printed:.2f}%", f"{rate_true:.2f}%", "HIGH", "ERROR",
             f"352.26 ÷ 386.00 = {rate_true:.2f}% (digits swapped in the printed 92.16%); the score 9.13 follows the true rate "
             "(91.26% × 10 = 9.126)"),
           F("TOTAL_VS_ROWS", "总分", f"总分 | 100 | {fmt(total_printed)}", fmt(total_printed), fmt(rows_total), "HIGH", "ERROR",
             "9.13 (资金执行率) + 15+10+10+4+10+10+10+10+5+5 = 9.13 + 89 = 98.13, printed 99.13 (优 either way)")]
    return {"stem": "h132_nankang_renshe", "format": "pdf", "drawn": d, "gold": g, "findings": fnd,
            "traps": ["取得职业技能等级证书人数 1800 vs ≥1800人 (met exactly)",
                      "补贴资金拨付及时率 96% < 100% loses 1 with a reason and no printed rule (judgement)",
                      "9.126 printed 9.13 (rounding); 年初 350.00 < 全年 386.00 (adjusted budget, not an error)",
                      "人均培训补贴标准 1127 ≤ 1200元"]}


def write_drawn(d, path):
    """Portrait A4, no ruling lines at all; columns by white space; head block as label–value lines."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    font = "UMingCN"
    pdfmetrics.registerFont(TTFont(font, "/usr/share/fonts/truetype/arphic/uming.ttc", subfontIndex=0))
    W, Hh = A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    for setter in (c.setTitle, c.setAuthor, c.setCreator, c.setProducer):
        setter("")
    left = 40
    y = Hh - 56
    c.setFont(font, 16)
    c.drawCentredString(W / 2, y, d["title"])
    y -= 20
    c.setFont(font, 10)
    c.drawCentredString(W / 2, y, d["sub"])
    y -= 26
    for k, v in d["head"]:
        c.drawString(left, y, k)
        c.drawString(left + 80, y, v)
        y -= 16
    y -= 8
    c.setFont(font, 9)
    fx = [left, left + 110, left + 180, left + 250, left + 320, left + 370, left + 430]
    for rowc in [d["fund_head"]] + d["fund_rows"]:
        for k, t in enumerate(rowc):
            c.drawString(fx[k], y, t)
        y -= 15
    y -= 8
    for line in d["goal"]:
        c.drawString(left, y, line)
        y -= 14
    y -= 10
    c.setFont(font, 8)
    ix = [left + x for x in (0, 18, 68, 152, 276, 330, 382, 406, 434)]
    for rowc in [d["ind_head"]] + d["ind"] + [d["total"]]:
        for k, t in enumerate(rowc):
            c.drawString(ix[k], y, t)
        y -= 16
    y -= 14
    c.setFont(font, 9)
    c.drawString(left, y, d["sign"])
    c.drawCentredString(W / 2, 26, "第 1 页 共 1 页")
    c.showPage()
    c.save()


ALL.append(h132())


# ============================================================ h133 遵义市汇川区 (CSV export, 元, 指标性质/度量单位 columns)

def h133():
    proj = "2021年食品安全抽检监测专项经费"
    dept = "遵义市汇川区市场监督管理局"
    unit = "遵义市汇川区食品药品检验检测中心"
    # sources in 元: 财政拨款, 其他资金; 合计
    fin = (1200000.00, 1350000.00, 1308420.00)
    oth = (100000.00, 100000.00, 126500.00)  # PLANT SPENDING_OVER_BUDGET: 其他资金 执行 126,500.00 > 全年预算 100,000.00
    tot = tuple(r2(a + b) for a, b in zip(fin, oth))  # 1300000, 1450000, 1434920
    rate = pct(tot[2], tot[1])  # 98.96
    bs = 10  # PLANT BUDGET_ROW_SCORE: 98.96% × 10 = 9.896 → 9.90, printed 10 (the 合计 99 includes it)
    # (一级, 二级, 三级, 性质, 值, 单位, 完成值, 分值, 得分, 偏差)
    raw = [("产出指标", "数量指标", "食品安全监督抽检批次", "≥", "1600", "批次", "1652", 15, 15, ""),
           ("产出指标", "数量指标", "农贸市场快检覆盖率", "=", "100", "%", "100", 10, 10, ""),
           ("产出指标", "质量指标", "抽检样品检验准确率", "≥", "98", "%", "99.6", 10, 10, ""),
           # PLANT TARGET_MISSED_FULL_MARKS: 88% < 95%, full 10 and no reason
           ("产出指标", "时效指标", "不合格样品核查处置按时完成率", "≥", "95", "%", "88", 10, 10, ""),
           ("产出指标", "成本指标", "单批次抽检平均成本", "≤", "800", "元", "792", 5, 5, ""),
           ("效益指标", "社会效益指标", "食品安全事件", "=", "0", "起", "0", 15, 15, "全年未发生食品安全事件"),
           ("效益指标", "可持续影响指标", "食品安全风险隐患排查整改率", "≥", "90", "%", "93.2", 15, 15, ""),
           ("满意度指标", "服务对象满意度指标", "群众食品安全满意度", "≥", "85", "%", "83.7", 10, 9, "个别农村集市监管覆盖不足")]
    ind = [(l1, l2, l3, f"{op}{v}{u}" if op != "=" else f"{v}{u}", f"{a}{u}", w, s, n)
           for l1, l2, l3, op, v, u, a, w, s, n in raw]
    full = [("", "", "年度资金总额", "", f"{rate:.2f}%", 10, bs, "")] + ind
    assert s2(full, 5) == 100
    total = s2(full, 6)  # 99.0
    grade_bands = "优"
    g = gold(None, dept, 2021, "COUNTY", "贵州省", "SELF_EVALUATION", None, total, 100, grade_bands,
             budget(r2(tot[0] / 10000), r2(tot[1] / 10000), r2(tot[2] / 10000), rate), [], grows(full))
    g = with_project(g, proj, unit)

    def m(x):
        return f"{x:.2f}"
    L = ["项目支出绩效自评表（导出）,,,,,,,,,,",
         "项目名称," + proj + ",,,,,,,,,",
         "主管部门," + dept + ",,,,,实施单位," + unit + ",,,",
         "评价年度,2021,,,,,金额单位,元,,,",
         "资金来源,年初预算数,全年预算数,全年执行数,执行率,分值,得分,,,,",
         f"年度资金总额,{m(tot[0])},{m(tot[1])},{m(tot[2])},{rate:.2f}%,10,{fmt(bs)},,,,",
         f"其中：财政拨款,{m(fin[0])},{m(fin[1])},{m(fin[2])},{pct(fin[2], fin[1]):.2f}%,,,,,,",
         f"其他资金,{m(oth[0])},{m(oth[1])},{m(oth[2])},{pct(oth[2], oth[1]):.2f}%,,,,,,",
         "年度总体目标,\"完成食品安全监督抽检1600批次以上，农贸市场快检全覆盖，不合格样品核查处置按时完成率95%以上，全年不发生食品安全事件。\",,,,,,,,,",
         "总体目标完成情况,\"全年完成监督抽检1652批次，检出不合格样品37批次，已全部立案核查；农贸市场快检覆盖率100%；未发生食品安全事件。\",,,,,,,,,",
         "序号,一级指标,二级指标,三级指标,指标性质,指标值,度量单位,实际完成值,权重,自评得分,偏差原因及改进措施"]
    for k, (l1, l2, l3, op, v, u, a, w, s, n) in enumerate(raw):
        L.append(",".join([str(k + 1), l1, l2, l3, op, v, u, a, fmt(w), fmt(s), n]))
    L.append(f"合计,,,,,,,,100,{fmt(total)},")
    L.append("自评结论,优,,,,,,,,,")
    L.append("填报人,张××,联系电话,0851-2888××××,填报日期,2022-04-15,,,,,")
    text = "\ufeff" + "\r\n".join(L) + "\r\n"
    fnd = [F("SPENDING_OVER_BUDGET", "其他资金", "其他资金 | 100000.00 | 100000.00 | 126500.00 | 126.50%", "126500.00",
             "≤ 100000.00", "HIGH", "WARNING",
             "其他资金 spent 126,500.00 元 against a 全年预算数 of 100,000.00 元 (126.50%); the 合计 1,434,920.00 ≤ 1,450,000.00, "
             "so only the source line is over"),
           F("TARGET_MISSED_FULL_MARKS", "不合格样品核查处置按时完成率",
             "不合格样品核查处置按时完成率 | ≥ | 95 | % | 88 | 10 | 10", "10", "< 10", "HIGH", "WARNING",
             "88% < ≥95% (指标性质 ≥), the row keeps its full 10 and gives no 偏差原因"),
           F("BUDGET_ROW_SCORE", "年度资金总额", f"年度资金总额 | 1300000.00 | 1450000.00 | 1434920.00 | {rate:.2f}% | 10 | 10",
             "10", "9.9", "HIGH", "ERROR",
             f"1,434,920.00 ÷ 1,450,000.00 = {rate:.2f}%, × 10 = 9.896 → 9.9; printed 10 (the 合计 99 includes it; "
             "with 9.9 it is 98.9, 优 either way)")]
    return {"stem": "h133_huichuan_shijian", "format": "csv", "text": text, "gold": g, "findings": fnd,
            "traps": ["元 → 万元 in gold (145.00 / 143.49); 98.96% printed to 2 decimals",
                      "农贸市场快检覆盖率 = 100 vs 100 (met exactly); 食品安全事件 = 0 vs 0 with 未发生 full marks",
                      "单批次抽检平均成本 792 ≤ 800元; 满意度 83.7% < 85% loses 1 with a reason (no rule)",
                      "财政拨款 1,308,420 ≤ 1,350,000 (96.92%)"]}


ALL.append(h133())


# ============================================================ h134 保定市莲池区 (DOCX prose-only, 部门整体)

def h134():
    dept = "保定市莲池区民政局"
    bud, basic, projb = 3216.45, 1102.37, 2114.08
    exe, basic_e, proj_e = 3120.88, 1096.52, 2024.36
    assert r2(basic + projb) == bud and r2(basic_e + proj_e) == exe
    rate = pct(exe, bud)  # 97.03
    exe_later = "3,102.88"  # PLANT SAME_FIGURE_DIFFERS: part 一 says 3120.88, part 三 3102.88
    secs = [("投入和过程", [("预算执行率", "100%", f"{rate:.2f}%", 8, r2(rate / 100 * 8), "按执行率乘以分值计分"),
                          ("三公经费控制情况", "不超上年", "较上年下降6.2%", 4, 4, ""),
                          ("政府采购执行率", "100%", "100%", 4, 4, ""),
                          ("资产管理规范性", "规范", "规范", 4, 4, "")]),
            ("产出", [("城乡低保对象动态调整及时率", "100%", "100%", 10, 10, ""),
                     ("特困人员供养金按月足额发放率", "100%", "100%", 10, 10, ""),
                     # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: text says the 第二 center 未完成, full 10
                     ("社区养老服务驿站建设数量", "6个", "4个", 10, 10, ""),
                     ("困难残疾人生活补贴发放人数", "≥2800人", "2865人", 10, 10, ""),
                     ("殡葬服务设施年检合格率", "100%", "100%", 10, 10, "")]),
            ("效益", [("困难群众基本生活保障水平", "稳步提高", "稳步提高", 10, 10, ""),
                     ("养老服务覆盖社区比例", "≥60%", "57.5%", 10, 8, "未达到年度目标")]),
            ("满意度", [("服务对象满意度", "≥90%", "94.6%", 10, 10, "")])]
    sec_true = [(n, s2([(0,) * 5 + (w, s) for _, _, _, w, s, _ in items], 5),
                 s2([(0,) * 5 + (w, s) for _, _, _, w, s, _ in items], 6)) for n, items in secs]
    # sec_true: 投入和过程 20/19.76, 产出 50/50, 效益 20/18, 满意度 10/10
    sec_printed = [list(x) for x in sec_true]
    sec_printed[2][2] = 20  # PLANT SECTION_VS_ROWS: 效益 rows 10 + 8 = 18, printed 20 (and the total 99.76)
    total = r2(sum(x[2] for x in sec_printed))  # 99.76 (the printed total follows the printed sections)
    rows_total = r2(sum(x[2] for x in sec_true))
    P = [Title("保定市莲池区民政局2023年度部门整体支出绩效自评报告"),
         "一、部门基本情况",
         "莲池区民政局内设办公室、社会救助股、养老服务股、社会事务股4个股室，下属区社会福利中心、区殡葬管理所2个事业单位，"
         "主要承担全区社会救助、养老服务、社会事务、基层政权和社区建设等职责。",
         "二、部门整体支出情况",
         f"2023年度全年预算数{bud:,.2f}万元，其中基本支出{basic:,.2f}万元、项目支出{projb:,.2f}万元；全年实际支出{exe:,.2f}万元，"
         f"其中基本支出{basic_e:,.2f}万元、项目支出{proj_e:,.2f}万元，预算执行率{rate:.2f}%。",
         "三、绩效目标实现情况及自评得分",
         f"我局对照年初设定的部门整体绩效目标，逐项对照指标开展自评。全年实际支出{exe_later}万元，主要用于城乡低保、特困供养、"
         "养老服务体系建设等，各项指标完成情况如下。"]
    cn = ["（一）", "（二）", "（三）", "（四）"]
    for k, (name, items) in enumerate(secs):
        n_, w_, s_ = sec_printed[k]
        P.append(f"{cn[k]}{name}（满分{fmt(w_)}分，评价得分{fmt(s_)}分）")
        for j, (l3, t, a, w, s, note) in enumerate(items):
            extra = f"{note}，" if note else ""
            if l3 == "社区养老服务驿站建设数量":
                P.append(f"{j + 1}．“{l3}”指标。年度目标为新建{t}社区养老服务驿站，实际建成运营{a}；因选址调整，"
                         "五四路街道、南关街道2个驿站主体工程未完成，顺延至2024年。该指标满分10分，评价得分10分。")
                continue
            if not any(ch.isdigit() for ch in t):
                P.append(f"{j + 1}．“{l3}”指标。年度目标为“{t}”，实际完成情况为“{a}”，{extra}该指标满分{fmt(w)}分，"
                         f"评价得分{fmt(s)}分。")
            else:
                P.append(f"{j + 1}．“{l3}”指标。年度目标为{t}，全年实际完成{a}，{extra}该指标满分{fmt(w)}分，评价得分{fmt(s)}分。")
    P += ["四、自评结论",
          f"经自评，莲池区民政局2023年度部门整体支出绩效自评得分{fmt(total)}分，评价等级为“优”。",
          "五、存在的问题及改进措施",
          "一是养老服务覆盖社区比例未达到年度目标，部分老旧小区缺少用房；二是部分项目支出进度偏慢。下一步将加强项目前期论证，"
          "加快预算执行进度。",
          "保定市莲池区民政局", "2024年3月28日"]
    ind = []
    for name, items in secs:
        for l3, t, a, w, s, note in items:
            ind.append((name, None, l3, t, a, w, s, note))
    g = gold(None, dept, 2023, "COUNTY", "河北省", "SELF_EVALUATION", None, total, 100, "优",
             budget(None, bud, exe, rate, basic, basic_e, projb, proj_e), [tuple(x) for x in sec_printed], grows(ind))
    fnd = [F("SECTION_VS_ROWS", "效益", "（三）效益（满分20分，评价得分20分）", "20", "18", "HIGH", "ERROR",
             f"困难群众基本生活保障水平 10 + 养老服务覆盖社区比例 8 = 18, the heading prints 20; the 自评得分 {fmt(total)} "
             f"follows the heading (rows add to {fmt(rows_total)}) — one problem"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "社区养老服务驿站建设数量",
             "2个驿站主体工程未完成，顺延至2024年。该指标满分10分，评价得分10分", "10", "< 10", "HIGH", "WARNING",
             "4 of 6 驿站 built, the text says 2 未完成, yet the item keeps its full 10"),
           F("SAME_FIGURE_DIFFERS", "全年实际支出", f"全年实际支出{exe:,.2f}万元 … 全年实际支出{exe_later}万元",
             f"{exe:,.2f}", exe_later, "HIGH", "WARNING",
             f"part 二 gives 全年实际支出 {exe:,.2f} (= 1,096.52 + 2,024.36, rate {rate:.2f}%), part 三 {exe_later} (digits swapped)")]
    return {"stem": "h134_lianchi_minzheng", "format": "docx", "blocks": P, "gold": g, "findings": fnd,
            "traps": ["预算执行率 97.03% × 8 = 7.7624 printed 7.76 (rounding, rule stated)",
                      "养老服务覆盖社区比例 57.5% < 60% loses 2 (未达到年度目标), no printed rule (judgement)",
                      "三公经费 不超上年 vs 较上年下降6.2% (met); 困难残疾人 2865 ≥ 2800",
                      "budget parts add: 1,102.37 + 2,114.08 = 3,216.45; 1,096.52 + 2,024.36 = 3,120.88"]}


ALL.append(h134())


# ============================================================ h135 临沂市兰山区 (PDF, ruled, table over two pages)

def h135():
    proj = "兰山区2022年城区道路照明设施维护项目"
    dept = "临沂市兰山区综合行政执法局"
    unit = "临沂市兰山区市政设施维护中心"
    i, b, e = 420.00, 420.00, 392.60
    rate = pct(e, b)  # 93.48
    formula = "执行率=392.60÷420.00×100%=94.48%"  # PLANT FORMULA: 392.60 ÷ 420.00 = 93.48%
    bs = r2(rate / 10)  # 9.35
    rule = "以98%为基准，每低于1个百分点扣0.5分"
    ind = [("产出指标", "数量指标", "维护路灯数量", "≥18000盏", "18230盏", 8, 8, ""),
           ("产出指标", "数量指标", "更换LED节能灯具数量", "≥2500套", "2516套", 6, 6, ""),
           ("产出指标", "数量指标", "维护照明线路长度", "≥320公里", "326公里", 6, 6, ""),
           # PLANT RULE_SCORE: 95% is 3 points below 98% → 10 − 1.5 = 8.5, printed 8
           ("产出指标", "质量指标", "主干道亮灯率", "≥98%", "95%", 10, 8, rule),
           # trap: same rule, 96% → 10 − 1.0 = 9, printed 9
           ("产出指标", "质量指标", "次干道亮灯率", "≥98%", "96%", 5, 4, "以98%为基准，每低于1个百分点扣0.5分"),
           ("产出指标", "时效指标", "故障路灯修复时限", "≤24小时", "22小时", 5, 5, ""),
           ("产出指标", "成本指标", "单盏路灯年均维护成本", "≤220元", "215元", 5, 5, ""),
           ("效益指标", "社会效益指标", "夜间出行安全保障水平", "明显提升", "明显提升", 10, 10, ""),
           ("效益指标", "社会效益指标", "因照明设施引发的安全事故", "0起", "未发生", 5, 5, ""),
           ("效益指标", "生态效益指标", "年节约用电量", "≥120万千瓦时", "126万千瓦时", 10, 10, "包括LED改造、单灯控制等节能措施"),
           ("效益指标", "可持续影响指标", "智慧照明监控平台覆盖率", "≥70%", "72.4%", 10, 10, ""),
           ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", "91.3%", 5, 5, ""),
           ("满意度指标", "服务对象满意度指标", "沿街商户满意度", "≥85%", "88%", 5, 5, "")]
    # 次干道: 96% = 2 points below → −1.0 → 5 − 1 = 4 (rule applied on its 5-point weight, correct)
    full = [("", "", "年度资金总额", "", f"{rate:.2f}%", 10, bs, formula)] + ind
    assert s2(full, 5) == 100
    total = s2(full, 6)  # 96.35
    g = gold(None, dept, 2022, "COUNTY", "山东省", "SELF_EVALUATION", None, total, 100, "优",
             budget(i, b, e, rate), [], grows(full))
    g = with_project(g, proj, unit)
    head = [["项目名称", proj, "", "", "", ""],
            ["主管部门", dept, "", "实施单位", unit, ""],
            ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值/得分"],
            ["年度资金总额", f"{i:.2f}", f"{b:.2f}", f"{e:.2f}", f"{rate:.2f}%", f"10 / {fmt(bs)}"],
            ["其中：本级财政资金", "300.00", "300.00", "282.60", "94.20%", "—"],
            # PLANT BREAKDOWN_SUM: 282.60 + 120.00 = 402.60 ≠ 392.60 (全年执行数)
            ["　　　上级补助资金", "120.00", "120.00", "120.00", "100.00%", "—"],
            ["资金执行情况说明", formula + "，剩余资金为政府采购结余，已按规定收回财政。", "", "", "", ""],
            ["年度总体目标", "保障城区主次干道、背街小巷路灯正常运行，维护路灯18000盏以上，更换LED节能灯具2500套以上，"
                          "主干道亮灯率不低于98%，故障路灯24小时内修复，年节约用电120万千瓦时以上。", "", "", "", ""],
            ["全年实际完成情况", "全年维护路灯18230盏，更换LED节能灯具2516套，维护照明线路326公里；主干道亮灯率95%，"
                            "受10月电缆被盗影响部分路段熄灯；智慧照明监控平台覆盖率72.4%。", "", "", "", ""]]
    itab = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "评分说明及偏差原因"]]
    for l1, l2, l3, t, a, w, s, n in ind:
        itab.append([l1, l2, l3, t, a, fmt(w), fmt(s), n])
    itab.append(["总分", "", "", "", "", "100", fmt(total), "自评等级：优"])
    fnd = [F("FORMULA", "资金执行情况说明", formula, "94.48%", f"{rate:.2f}%", "HIGH", "ERROR",
             f"392.60 ÷ 420.00 = {rate:.2f}%; the 执行率 cell prints {rate:.2f}% and the score 9.35 follows it; "
             "only the sentence is wrong"),
           F("RULE_SCORE", "主干道亮灯率", f"主干道亮灯率 | ≥98% | 95% | 10 | 8 | {rule}", "8", "8.5", "HIGH", "ERROR",
             "98% − 95% = 3 个百分点 × 0.5 = 1.5 deducted → 10 − 1.5 = 8.5, printed 8 (total with 8.5: 96.85)"),
           F("BREAKDOWN_SUM", "全年执行数", "年度资金总额 | 392.60 ; 本级财政资金 | 282.60 ; 上级补助资金 | 120.00", "392.60",
             "402.60", "HIGH", "ERROR",
             "本级财政资金 282.60 + 上级补助资金 120.00 = 402.60, the 年度资金总额 prints 392.60 (the budget parts add up: "
             "300.00 + 120.00 = 420.00; 392.60 agrees with the rate 93.48%)")]
    return {"stem": "h135_lanshan_zhaoming", "format": "pdf", "platy": {"head": head, "ind": itab}, "gold": g,
            "findings": fnd,
            "traps": ["次干道亮灯率 96%: 2 points × 0.5 = 1 → 5 − 1 = 4 (rule pays partial marks, correct)",
                      "indicator table runs over the page break, header row repeated on page 2",
                      "因照明设施引发的安全事故 0起 vs 未发生 full; 年节约用电量 “包括…等” note",
                      "93.48% × 10 = 9.348 printed 9.35; 年初 = 全年 420.00; 本级 282.60 ÷ 300.00 = 94.20%"]}


def write_platy(d, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table as RT, TableStyle, Spacer
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    f = "STSong-Light"
    T = ParagraphStyle("t", fontName=f, fontSize=16, leading=26, alignment=1)
    S = ParagraphStyle("s", fontName=f, fontSize=10, leading=16, alignment=1)
    C = ParagraphStyle("c", fontName=f, fontSize=9, leading=13, wordWrap="CJK")
    gs = TableStyle([("GRID", (0, 0), (-1, -1), 0.6, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                     ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)])
    hs = TableStyle(gs.getCommands() + [("SPAN", (1, 0), (5, 0)), ("SPAN", (1, 1), (2, 1)), ("SPAN", (4, 1), (5, 1))] +
                    [("SPAN", (1, r), (5, r)) for r in (6, 7, 8)])

    def P(rows):
        return [[Paragraph(str(x), C) for x in r] for r in rows]

    def foot(c, doc):
        c.setFont(f, 9)
        c.drawCentredString(A4[0] / 2, 1.2 * cm, f"— {doc.page} —")
    W = 17.4 * cm
    ht = RT(P(d["head"]), colWidths=[w / 17.4 * W for w in [3.6, 2.5, 2.5, 2.7, 3.1, 3.0]])
    ht.setStyle(hs)
    it = RT(P(d["ind"]), colWidths=[w / 17.4 * W for w in [1.9, 2.0, 3.3, 2.1, 2.1, 1.2, 1.4, 3.4]], repeatRows=1)
    it.setStyle(gs)
    story = [Paragraph("项目支出绩效自评表", T), Paragraph("（2022年度）", S), Spacer(1, 8), ht, it, Spacer(1, 10),
             Paragraph("填表人：孙××　　联系电话：0539-81×××××　　填报日期：2023年5月6日", C)]
    doc = SimpleDocTemplate(path, pagesize=A4, topMargin=2 * cm, bottomMargin=2 * cm, leftMargin=1.8 * cm,
                            rightMargin=1.8 * cm, invariant=1, title="", author="", creator="", producer="")
    doc.build(story, onFirstPage=foot, onLaterPages=foot)


ALL.append(h135())


# ============================================================ h136 曲靖市麒麟区 (XLSX, 部门整体, 一级+三级 only, 元, vertical budget list)

def h136():
    dept = "曲靖市麒麟区教育体育局"
    # 元; vertical 项目 | 金额（元） list
    adj, basic, projb = 486532100.00, 402118600.00, 84413500.00
    assert r2(basic + projb) == adj
    basic_e = 405276300.00  # PLANT SPENDING_OVER_BUDGET: 基本支出 405,276,300.00 > 402,118,600.00
    proj_e = 73958200.00
    exe = r2(basic_e + proj_e)  # 479234500
    rate = pct(exe, adj)  # 98.50
    bs = r2(rate / 100 * 10)  # 9.85
    rule_bad = "完成率≥95%得满分；90%≤完成率<95%得满分；完成率<90%不得分"  # PLANT MALFORMED_RULE: lower band pays full
    ind = [("预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "预算执行率×分值"),
           ("预算执行", "结转结余控制", "≤5%", "1.5%", 5, 5, "≤5%得满分，每超1个百分点扣1分"),
           ("预算执行", "“三公”经费控制率", "≤100%", "86.7%", 5, 5, "未超预算得满分"),
           ("产出", "义务教育巩固率", "≥99%", "99.6%", 10, 10, "达到目标得满分"),
           ("产出", "学前三年毛入园率", "≥92%", "93.8%", 10, 10, "达到目标得满分"),
           ("产出", "学生资助政策落实率", "100%", "100%", 10, 10, "完成得满分，未完成不得分"),
           ("产出", "校园安全隐患整改完成率", "≥95%", "96.1%", 10, 10, rule_bad),
           ("产出", "国家学生体质健康标准达标率", "≥90%", "91.2%", 10, 10, "达到目标得满分"),
           ("效果", "适龄儿童入学率", "100%", "100%", 10, 10, "完成得满分，未完成不得分"),
           ("效果", "重大校园安全责任事故", "0起", "未发生", 10, 10, "发生1起扣5分"),
           ("满意度", "学生及家长满意度", "≥90%", "89%", 10, 9, "≥90%得满分，每低1个百分点扣1分")]
    assert s2([(0, 0) + r for r in ind], 6) == 100
    total = s2([(0, 0) + r for r in ind], 7)  # 98.85
    rate_printed = "98.95%"  # PLANT SCORE_RATE: 98.85 ÷ 100 = 98.85%
    g = gold(None, dept, 2024, "COUNTY", "云南省", "SELF_EVALUATION", None, total, 100, "优",
             budget(None, r2(adj / 10000), r2(exe / 10000), rate, r2(basic / 10000), r2(basic_e / 10000),
                    r2(projb / 10000), r2(proj_e / 10000)), [],
             [row(l1, None, l3, t, a, w, s) for l1, l3, t, a, w, s, _ in ind])
    M = "#,##0.00"
    rows = [["2024年度部门整体支出绩效自评表", "", "", "", "", "", ""],
            ["部门（单位）名称：" + dept, "", "", "", "", "", ""],
            ["一、预算资金情况", "", "", "", "", "", ""],
            ["项目", "金额（元）", "", "", "", "", ""],
            ["全年预算数", Num(adj, M), "", "", "", "", ""],
            ["　其中：基本支出", Num(basic, M), "", "", "", "", ""],
            ["　　　　项目支出", Num(projb, M), "", "", "", "", ""],
            ["全年执行数", Num(exe, M), "", "", "", "", ""],
            ["　其中：基本支出", Num(basic_e, M), "", "", "", "", ""],
            ["　　　　项目支出", Num(proj_e, M), "", "", "", "", ""],
            ["预算执行率", Num(rate / 100, "0.00%"), "", "", "", "", ""],
            ["二、绩效指标完成情况", "", "", "", "", "", ""],
            ["一级指标", "三级指标", "分值", "评分标准", "年度目标值", "实际完成值", "自评得分"]]
    merges = [(0, 0, 0, 6), (1, 0, 1, 6), (2, 0, 2, 6), (11, 0, 11, 6)] + [(r, 1, r, 6) for r in range(3, 11)]
    start = len(rows)
    for l1, l3, t, a, w, s, rl in ind:
        rows.append([l1, l3, Num(w), rl, t, a, Num(s, "0.00")])
    merges += group_merges(rows, [0], start)
    rows.append(["合计", "", Num(100), "", "", "", Num(total, "0.00")])
    rows.append(["综合得分率", "", "", "", "", "", rate_printed])
    rows.append(["自评等级", "", "", "", "", "", "优"])
    rows.append(["说明：自评得分90分（含）以上为优，80（含）—90分为良，60（含）—80分为中，60分以下为差。", "", "", "", "", "", ""])
    n = len(rows)
    merges += [(n - 4, 0, n - 4, 1), (n - 3, 0, n - 3, 5), (n - 2, 0, n - 2, 5), (n - 1, 0, n - 1, 6)]
    t = styled(Table(rows, merges), [12, 26, 8, 34, 13, 13, 10])
    fnd = [F("SPENDING_OVER_BUDGET", "基本支出", "全年预算数 其中：基本支出 402,118,600.00 | 全年执行数 其中：基本支出 405,276,300.00",
             "405,276,300.00", "≤ 402,118,600.00", "HIGH", "WARNING",
             "基本支出 executed 40,527.63 万元 against a 基本支出 budget of 40,211.86 万元 (100.79%); the whole is under budget "
             "(47,923.45 ≤ 48,653.21)"),
           F("MALFORMED_RULE", "校园安全隐患整改完成率", rule_bad, "90%≤完成率<95%得满分", "a lower band paying less than full",
             "HIGH", "WARNING", "the rule's middle band pays 满分 like the top band, so the bands do not grade "
                               "(the row itself, 96.1% ≥ 95%, is rightly scored 10 under the top band)"),
           F("SCORE_RATE", "综合得分率", f"合计 | 100 | {fmt(total)} ; 综合得分率 | {rate_printed}", rate_printed,
             f"{total:.2f}%", "HIGH", "ERROR", f"{fmt(total)} ÷ 100 = {total:.2f}%, printed {rate_printed}")]
    return {"stem": "h136_qilin_jiaoti", "format": "xlsx", "sheets": [("部门整体自评表", t)], "gold": g, "findings": fnd,
            "traps": ["元 → 万元 in gold (48,653.21 / 47,923.45); 47,923.45 ÷ 48,653.21 = 98.50% × 10 = 9.85",
                      "学生及家长满意度 89%: 1 point below 90% → 10 − 1 = 9 (rule pays partial marks, correct)",
                      "重大校园安全责任事故 未发生 full; 适龄儿童入学率 100% vs 100% (met exactly)",
                      "项目支出 73,958,200 ≤ 84,413,500; 结转结余 1.5% ≤ 5%"]}


ALL.append(h136())


def main(argv):
    work = tempfile.mkdtemp(prefix="heldout16b_")
    try:
        for rep in ALL:
            if argv and not any(rep["stem"].startswith(a) for a in argv):
                continue
            golds = H.write_gold(rep)
            dest = os.path.join(H.OUT, f"{rep['stem']}.{rep['format']}")
            if "drawn" in rep:
                write_drawn(rep["drawn"], dest)
            elif "platy" in rep:
                write_platy(rep["platy"], dest)
            elif rep["format"] == "csv":
                with open(dest, "w", encoding="utf-8", newline="") as f:
                    f.write(rep["text"])
            else:
                dest = H.render(rep, work)
            print(os.path.basename(dest), sum(len(g["indicators"]) for g in golds), "rows, total",
                  golds[0]["totalScore"], "planted:", ", ".join(x["kind"] for x in rep["findings"]))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
