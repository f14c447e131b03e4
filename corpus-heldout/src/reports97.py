#!/usr/bin/python3
"""Round 97 (h539–h543): publication families not used before, each with THREE PLANTED audit problems, made apart
from the code by the corpus97 session. Specs, rendering, gold and findings in this one file; every planted figure
carries `# PLANT <KIND>` with its finding beside it; write_gold (reports22's: heldout4.recheck on the gold) refuses a
report whose own recomputation finds a mismatch no planted finding covers.
    /usr/bin/python3 -B corpus-heldout/src/reports97.py [h539 …]      # gold, findings, files
    /usr/bin/python3 -B corpus-heldout/src/reports97.py --drop         # drop each planted finding in turn
h539 a PREFECTURE's third-party evaluation of its 市级科技计划项目专项资金 (18 research 课题 under 任务书 contracts): 表1
     按项目类别 资金 and 任务书考核指标 (课题数, 合同经费, 实际支出, 专利, 论文, 验收), a 评分表 with a 评分标准 column, DOCX
     (淮北市);
h540 a World Bank loan sub-project's 项目支出绩效自评表, BILINGUAL CHINESE / ENGLISH (every title, label, header and 一级 /
     二级 name in both), the fund block by source (世界银行贷款 / 省级配套 / 县级配套) with a US-dollar note, PDF text
     (古丈县, 湘西土家族苗族自治州);
h541 a 部门整体 自评表 whose indicator table was SORTED by its 扣分 column before saving: an AutoFilter with a saved SORT
     STATE, the rows in 扣分 order (the 序号 column keeps the original numbers, 一级 groups interleave), the 一级 summary
     in a separate block under the table, XLSX (东明县, 菏泽市);
h542 a prose 部门整体 自评报告 on a portal page that draws every 得分率 as a PROGRESS BAR (`<meter>` in 表2, CSS bar divs
     with role="progressbar" and aria-valuenow in 表3) beside the printed figure, HTML (漯河市);
h543 a 部门整体 自评表 printed by a laser printer RUNNING OUT OF TONER (the print fading towards the right, two pale
     toner-starved streaks down the page) and scanned at 300 dpi, an image-only PDF (神木市, 榆林市).
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因 / 说明[, 评分标准]).
"""
import datetime
import html as htmlmod
import io
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout14 as H  # noqa: E402,F401
from heldout import budget, gold, row  # noqa: E402,F401
from reports4 import pct, F  # noqa: E402,F401
from reports22 import r2, with_project  # noqa: E402
from reports36_common import grade, P, main as round_main  # noqa: E402
from reports66 import missed_ok, mc, q, f2, no_half  # noqa: E402,F401
from reports77 import ooxml_bytes, fnum, BANDS77  # noqa: E402
from reports79 import fund_row, rl_kit, below_no_reason, runs  # noqa: E402  (importing reports79 writes nothing)
from reports84 import grows, props, rates, write_bytes, ind_grid, docx_table, docx_base, html_table  # noqa: E402,F401
# round 96's helpers (importing reports96 only builds its specs; it writes nothing)
from reports96 import fix_core, ssum, secs, over, off_prop, met_lost, qual_off, docinfo, NOTE_P, SERIF, SERIF_B, Sheet534  # noqa: E402,F401,E501

ALL = []
E = htmlmod.escape


# ============================================================ h539 淮北市 (DOCX: 市级科技计划项目专项资金, third party)

CATS539 = [("重点研发计划项目", 6, 1200.00, 1131.62, 12, 15, "6个课题均通过验收"),
           ("科技成果转化专项", 5, 600.00, 567.10, 7, 6, "5个课题均通过验收，其中1个延期结题"),
           ("产学研合作项目", 4, 400.00, 371.20, 4, 12, "4个课题均通过验收"),
           ("创新平台建设项目", 3, 200.00, 178.44, 1, 5, "3个课题均通过验收，其中1个延期结题")]


def h539():
    dept = "淮北市科学技术局"
    project = "2024年淮北市市级科技计划项目专项资金"
    ev = "安徽淮信工程咨询有限公司"
    cats = CATS539
    adj = r2(sum(x[2] for x in cats))
    ex = r2(sum(x[3] for x in cats))
    n_k, pat, pap = sum(x[1] for x in cats), sum(x[4] for x in cats), sum(x[5] for x in cats)
    assert (adj, ex, n_k, pat, pap) == (2400.00, 2248.36, 18, 24, 38), (adj, ex, n_k, pat, pap)
    rate_true, *crates = rates((ex, adj), *[(x[3], x[2]) for x in cats])
    assert rate_true == 93.68 and crates == [94.30, 94.52, 92.80, 89.22], (rate_true, crates)
    # PLANT FORMULA: 二 prints 资金执行率＝2,248.36÷2,400.00×100%＝94.68% (the quotient is 93.68%); 表1's 合计 prints 93.68%
    rate_p = 94.68
    no_half(5 * rate_p / 100, "exec row")
    no_half(5 * rate_true / 100, "exec row true")
    pat_prose = "42件"  # PLANT SAME_FIGURE_DIFFERS: 五（三） 授权发明专利42件; 表1 (12 + 7 + 4 + 1) and the 评分表 24件
    R = "按“实际完成值÷指标值×分值”计分，超额完成不加分"
    ind = [("决策", "项目立项", "立项依据充分性", "充分", "充分", 3, 3, "", "符合全市科技创新规划和部门职责得3分，否则酌情扣分"),
           ("决策", "项目立项", "项目遴选规范性", "规范", "基本规范", 4, 3.5, "2个课题专家评审意见未归档，扣0.5分",
            "按指南发布、专家评审、公示立项程序遴选得4分，评审资料不完整的每个课题扣0.25分"),
           ("决策", "绩效目标", "绩效目标合理性", "合理", "基本合理", 4, 3, "部分课题任务书绩效目标未量化，扣1分",
            "任务书绩效目标明确、细化量化得4分，否则酌情扣分"),
           ("决策", "资金投入", "资金分配合理性", "合理", "合理", 4, 4, "", "按任务书核定经费、与任务量匹配得4分，否则酌情扣分"),
           ("过程", "资金管理", "资金到位率", "100%", "100%", 4, 4, "", "到位率×分值"),
           ("过程", "资金管理", "预算执行率", "100%", q(rate_p), 5, r2(5 * rate_p / 100), "部分课题尾款待验收后拨付",
            "执行率×分值"),
           ("过程", "资金管理", "资金使用合规性", "合规", "基本合规", 4, 3, "1个课题劳务费发放凭证不全，扣1分",
            "无截留、挤占、挪用得4分，每发现一处问题扣1分"),
           ("过程", "组织实施", "课题过程管理", "规范", "基本规范", 4, 3.5, "3个课题中期检查报告提交滞后，扣0.5分",
            "按期开展中期检查和年度检查得4分，否则酌情扣分"),
           ("过程", "组织实施", "财务管理制度执行有效性", "有效", "有效", 3, 3, "", "制度健全并有效执行得3分，否则酌情扣分"),
           ("产出", "产出数量", "立项支持课题数", "≥18个", "18个", 6, 6, "", R),
           ("产出", "产出数量", "授权发明专利", "≥20件", "24件", 6, 6, "", R),
           ("产出", "产出数量", "发表核心期刊论文", "≥40篇", "38篇", 6, P(38, 40, 6), "2个课题论文尚在审稿", R),
           ("产出", "产出数量", "形成新产品新工艺", "≥12项", "13项", 6, 6, "", R),
           # PLANT MALFORMED_RULE: the lowest band pays the full 6 (低于90%得6分), more than the band above it (4)
           ("产出", "产出质量", "课题验收通过率", "≥95%", "100%", 6, 6, "",
            "验收通过率≥95%得6分；90%（含）—95%得4分；低于90%得6分"),
           ("产出", "产出时效", "课题按期结题率", "≥90%", "88.89%", 5, P(88.89, 90, 5), "2个课题申请延期至2025年6月结题", R),
           ("产出", "产出成本", "单个课题平均资助强度", "≤150万元", "133.33万元", 5, 5, "", "不超过指标值得5分，超出不得分"),
           ("效益", "经济效益", "技术合同成交额", "≥3亿元", "3.42亿元", 6, 6, "", R),
           ("效益", "经济效益", "带动企业研发投入", "≥1.5亿元", "1.38亿元", 6, P(1.38, 1.5, 6), "部分企业研发项目延至2025年投入",
            R),
           ("效益", "社会效益", "科技成果转化项目", "≥10项", "11项", 5, 5, "", R),
           ("效益", "可持续影响", "研发平台可持续运行", "有效", "基本有效", 4, 3, "2个平台运行经费未落实，扣1分",
            "运行机制和经费保障落实得4分，否则酌情扣分"),
           ("效益", "满意度", "课题承担单位满意度", "≥90%", "92.6%", 4, 4, "", "满意度≥90%得4分，低于90%按比例计分")]
    ind8 = [x[:8] for x in ind]
    props(ind8)
    assert off_prop(ind8) == [] and over(ind8) == [] and met_lost(ind8) == [] and below_no_reason(ind8) == []
    assert qual_off(ind8) == ["项目遴选规范性", "绩效目标合理性", "资金使用合规性", "课题过程管理", "研发平台可持续运行"]
    assert r2(adj / n_k) == 133.33 and r2(1600 / 18) == 88.89
    sc = secs(ind8, ["决策", "过程", "产出", "效益"])
    assert sc == [("决策", 15, 13.5), ("过程", 20, 18.23), ("产出", 40, 39.64), ("效益", 25, 23.52)], sc
    total = r2(sum(s[2] for s in sc))
    true_total = r2(total - r2(5 * rate_p / 100) + r2(5 * rate_true / 100))
    assert total == 94.89 and true_total == 94.84 and grade(total) == grade(true_total) == "优", (total, true_total)
    srates = rates(*[(s[2], s[1]) for s in sc])
    assert srates == [90.00, 91.15, 99.10, 94.08], srates
    g = gold(None, dept, 2024, "PREFECTURAL", "安徽省", "THIRD_PARTY_EVALUATION", ev, total, 100, "优",
             budget(None, adj, ex, rate_p), sc, grows(ind8))
    g = with_project(g, project, None)
    M = dict(dept=dept, project=project, ev=ev, adj=adj, ex=ex, rate_p=rate_p, rate_true=rate_true, cats=cats,
             crates=crates, n_k=n_k, pat=pat, pap=pap, ind=ind, sc=sc, srates=srates, total=total, pat_prose=pat_prose)
    fnd = [F("FORMULA", "资金执行率",
             f"资金执行率＝实际支出÷全年预算×100%＝{mc(ex)}÷{mc(adj)}×100%＝{q(rate_p)}", q(rate_p), q(rate_true), "HIGH",
             "ERROR",
             f"二's formula: {mc(ex)} ÷ {mc(adj)} × 100% = {q(rate_true)}, not {q(rate_p)}; 表1's 合计 line prints the "
             f"right {q(rate_true)}; the 评分表 row 预算执行率 copies {q(rate_p)} and scores 5 × {q(rate_p)} = "
             f"{f2(r2(5 * rate_p / 100))} (on the true rate {f2(r2(5 * rate_true / 100))}, total {f2(true_total)}, still "
             "优): one wrong quotient, one finding"),
           F("MALFORMED_RULE", "课题验收通过率",
             "产出 | 产出质量 | 课题验收通过率 | 6 | ≥95% | 100% | 验收通过率≥95%得6分；90%（含）—95%得4分；低于90%得6分 | 6",
             "低于90%得6分", "低于90%: ≤ 4 (below the 90%–95% band's 4)", "HIGH", "WARNING",
             "the row's own 评分标准 pays the full 6 points below 90%, more than the 4 it pays between 90% and 95%: a "
             "lower band paying full marks (the last band should pay less than 4, e.g. 0 or a proportion); the row itself "
             "(100%, 6) is in the top band, so its score is unaffected"),
           F("SAME_FIGURE_DIFFERS", "授权发明专利",
             f"五（三）：……授权发明专利{pat_prose}…… | 表1 合计 | … | {pat} | 评分表 | 授权发明专利 | ≥20件 | 24件",
             pat_prose, f"{pat}件 (表1, 评分表)", "HIGH", "WARNING",
             f"the prose gives the patents granted as {pat_prose}; 表1's four categories add to 12 + 7 + 4 + 1 = {pat}件 and "
             f"the 评分表 row 授权发明专利 prints 24件 (digits swapped in the prose); no score follows from the prose figure")]
    traps = ["the report evaluates ONE 市级 fund spent on 18 research 课题 under 任务书 (contract) targets: 表1 按项目类别 "
             "lists four categories (重点研发 / 成果转化 / 产学研 / 平台) with 课题数, 合同经费, 实际支出, 执行率, 专利, 论文 and the "
             "验收 result — the categories are parts of one fund, not four reports and not budget fields",
             f"表1: 课题 6 + 5 + 4 + 3 = {n_k}; 合同经费 1,200.00 + 600.00 + 400.00 + 200.00 = {mc(adj)}; 实际支出 1,131.62 + "
             f"567.10 + 371.20 + 178.44 = {mc(ex)}; the categories' rates " + ", ".join(q(r_) for r_ in crates)
             + f" and 合计 {q(rate_true)} right; none over; 论文 15 + 6 + 12 + 5 = {pap} = the 评分表's 38篇",
             f"单个课题平均资助强度 133.33万元 = {mc(adj)} ÷ 18 vs ≤150万元 (a per-课题 average, not a budget figure); 课题按期"
             "结题率 88.89% = 16 ÷ 18 (two 延期结题 in 表1), 5 × 88.89 ÷ 90 = 4.94; 发表核心期刊论文 6 × 38 ÷ 40 = 5.70; 带动企业"
             "研发投入 6 × 1.38 ÷ 1.5 = 5.52 (proportion, with reasons); the 决策 / 过程 / 效益 deductions each with a "
             "reason by its rule (项目遴选规范性: 2 课题 × 0.25 = 0.5)",
             "立项支持课题数 18 vs ≥18个 (met exactly); 授权发明专利 24 vs ≥20件 (met); 技术合同成交额 3.42 vs ≥3亿元 (met); "
             "课题验收通过率 100% — both 延期 课题 passed 验收 later in the year, so 验收 100% and 按期结题 88.89% are "
             "different measures",
             f"表2: 决策 15 | 13.5 | 90.00%, 过程 20 | 18.23 | 91.15%, 产出 40 | 39.64 | 99.10%, 效益 25 | 23.52 | 94.08% "
             f"right; 合计 100 | {f2(total)} = the 21 rows; 优"]
    return {"stem": "h539_huaibei_keji", "format": "docx", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "write": write539}


def write539(rep, path):
    M = rep["meta"]
    d, par = docx_base(M["project"] + "绩效评价报告", "淮信咨询", datetime.datetime(2025, 5, 12, 9, 30),
                       datetime.datetime(2025, 6, 16, 16, 40))
    sc = {n: (w_, s_) for n, w_, s_ in M["sc"]}
    par(M["project"], 18, True, "c")
    par("绩效评价报告", 18, True, "c")
    for _ in range(3):
        par("", 12)
    par("委托单位：淮北市财政局", 13, False, "c")
    par("主管部门：" + M["dept"], 13, False, "c")
    par("评价机构：" + M["ev"], 13, False, "c")
    par("报告编号：淮信绩评〔2025〕第014号", 13, False, "c")
    par("二〇二五年六月", 13, False, "c")
    d.add_page_break()
    par("淮北市财政局：", 12)
    par(f"受贵局委托，我公司组成评价组，对{M['project']}（以下简称“专项资金”）的使用管理和绩效目标实现情况开展了重点绩效评价，"
        "现将评价情况报告如下。", indent=True)
    par("一、项目概况", 14, True)
    par(f"专项资金由{M['dept']}主管，2024年通过指南发布、专家评审和公示，立项支持重点研发计划、科技成果转化专项、产学研合作和创新"
        f"平台建设四类项目共{M['n_k']}个课题，由承担单位按项目任务书（合同）组织实施。年度绩效目标为：授权发明专利20件以上，发表核心"
        "期刊论文40篇以上，形成新产品新工艺12项以上，实现技术合同成交额3亿元以上。", indent=True)
    par("二、资金安排及使用情况", 14, True)
    par(f"2024年市级财政安排专项资金{mc(M['adj'])}万元，已全部拨付到课题承担单位。截至2024年12月31日，各课题实际支出"
        f"{mc(M['ex'])}万元，资金执行率＝实际支出÷全年预算×100%＝{mc(M['ex'])}÷{mc(M['adj'])}×100%＝{q(M['rate_p'])}。按项目"
        "类别的资金使用及任务书考核指标完成情况见表1。", indent=True)
    par("表1　按项目类别资金使用及任务书考核指标完成情况（金额单位：万元）", 11, True, "c")
    data = [["项目类别", "课题数（个）", "合同经费", "实际支出", "执行率", "授权发明专利（件）", "核心期刊论文（篇）", "验收情况"]]
    for (n, k, a, b, pt, pp, acc), r_ in zip(M["cats"], M["crates"]):
        data.append([n, str(k), mc(a), mc(b), q(r_), str(pt), str(pp), acc])
    data.append(["合计", str(M["n_k"]), mc(M["adj"]), mc(M["ex"]), q(M["rate_true"]), str(M["pat"]), str(M["pap"]),
                 "18个课题均通过验收，2个延期结题"])
    docx_table(d, data, [], [28, 14, 20, 20, 16, 18, 18, 40], size=9, left=(0, 7), bold_rows=(0, len(data) - 1))
    par("三、评价工作开展情况", 14, True)
    par("评价组采用资料核查、现场核验、专家访谈和问卷调查相结合的方式，核对了18个课题的任务书、财务凭证和验收资料，现场核验课题8个，"
        "向课题承担单位发放问卷54份，收回有效问卷54份。", indent=True)
    par("四、评价结论", 14, True)
    par(f"经综合评价，专项资金绩效评价得分{f2(M['total'])}分，评价等级为“优”（{BANDS77}）。各一级指标得分情况见表2。",
        indent=True)
    par("表2　一级指标得分情况", 11, True, "c")
    data = [["一级指标", "分值", "得分", "得分率"]]
    for (n, w_, s_), r_ in zip(M["sc"], M["srates"]):
        data.append([n, fnum(w_), f2(s_), q(r_)])
    data.append(["合计", "100", f2(M["total"]), q(M["total"])])
    docx_table(d, data, [], [40, 30, 30, 30], size=10, bold_rows=(0, len(data) - 1))
    par("五、绩效分析", 14, True)
    par(f"（一）决策（{fnum(sc['决策'][0])}分），得分{fnum(sc['决策'][1])}分。专项资金设立符合全市科技创新规划；2个课题专家评审"
        "意见未归档，部分课题任务书绩效目标未量化。", indent=True)
    par(f"（二）过程（{fnum(sc['过程'][0])}分），得分{f2(sc['过程'][1])}分。资金全部到位；1个课题劳务费发放凭证不全，3个课题中期"
        "检查报告提交滞后。", indent=True)
    par(f"（三）产出（{fnum(sc['产出'][0])}分），得分{f2(sc['产出'][1])}分。18个课题全部通过验收，其中2个课题延期结题；授权发明"
        f"专利{M['pat_prose']}，发表核心期刊论文38篇，形成新产品新工艺13项。", indent=True)
    par(f"（四）效益（{fnum(sc['效益'][0])}分），得分{f2(sc['效益'][1])}分。实现技术合同成交额3.42亿元，带动企业研发投入1.38亿元，"
        "转化科技成果11项；课题承担单位满意度92.6%。", indent=True)
    par("六、存在的问题", 14, True)
    par("（一）部分课题任务书绩效目标未量化，考核约束不足；（二）课题过程管理有待加强，中期检查滞后；（三）部分研发平台运行经费未"
        "落实。", indent=True)
    par("七、有关建议", 14, True)
    par("（一）在任务书中细化量化绩效目标；（二）建立课题执行进度月报制度；（三）落实创新平台运行经费保障。", indent=True)
    par(M["ev"], 12, False, "r")
    par("2025年6月16日", 12, False, "r")
    d.add_page_break()
    par("附件", 12, True)
    par("绩效评价指标评分表", 14, True, "c")
    data = [["一级指标", "二级指标", "三级指标", "分值", "指标值", "实际完成值", "评分标准", "得分", "扣分原因"]]
    rows_, sp = ind_grid(M["ind"], (0, 1, 2, 5, 3, 4, 8, 6, 7), 1)
    data += rows_
    data.append(["合计", "", "", "100", "", "", "", f2(M["total"]), ""])
    sp.append((0, len(data) - 1, 2, len(data) - 1))
    docx_table(d, data, sp, [10, 14, 24, 9, 15, 16, 40, 10, 36], size=8, left=(2, 6, 8), bold_rows=(0, len(data) - 1))
    par("注：按比例计分的定量指标超额完成不加分；定性指标按评分标准并结合核查情况评分。", 9)
    write_bytes(path, ooxml_bytes(lambda b: d.save(b)))


ALL.append(h539())



# ============================================================ h540 古丈县 (PDF text: World Bank loan sub-project, bilingual)

def h540():
    dept = "古丈县农业农村局"
    project = "世界银行贷款湖南农产品质量安全与绿色发展项目古丈县子项目"
    project_en = "World Bank-financed Hunan Agricultural Product Quality Safety and Green Development Project, Guzhang County Sub-project"
    unit = "古丈县世界银行贷款项目管理办公室"
    src = [("世界银行贷款", "IBRD Loan", 560.00, 600.00, 571.40), ("省级配套资金", "Provincial Counterpart Funds", 120.00, 120.00, 116.80),
           ("县级配套资金", "County Counterpart Funds", 80.00, 100.00, 92.35)]
    ini, adj_parts, ex = (r2(sum(x[k] for x in src)) for k in (2, 3, 4))
    assert (ini, adj_parts, ex) == (760.00, 820.00, 780.55), (ini, adj_parts, ex)
    adj = 802.00  # PLANT BREAKDOWN_SUM: the sources' 全年预算数 600.00 + 120.00 + 100.00 = 820.00; the total line prints 802.00
    rate, rate_true, *srates = rates((ex, adj), (ex, adj_parts), *[(x[4], x[3]) for x in src])
    assert (rate, rate_true, srates) == (97.33, 95.19, [95.23, 97.33, 92.35]), (rate, rate_true, srates)
    no_half(rate / 10, "rs")
    no_half(rate_true / 10, "rs true")
    rs, rs_true = r2(rate / 10), r2(rate_true / 10)
    assert (rs, rs_true) == (9.73, 9.52)
    usd = r2(600.00 / 7.10)
    assert usd == 84.51
    L1 = {"产出指标": "Output", "效益指标": "Outcome", "满意度指标": "Satisfaction"}
    L2 = {"数量指标": "Quantity", "质量指标": "Quality", "时效指标": "Timeliness", "成本指标": "Cost",
          "经济效益": "Economic", "社会效益": "Social", "生态效益": "Ecological", "可持续影响": "Sustainability",
          "服务对象满意度": "Beneficiary satisfaction"}
    ind = [("产出指标", "数量指标", "建设乡镇农产品质量安全检测站", "≥3个", "3个", 8, 8, ""),
           ("产出指标", "数量指标", "培训新型农业经营主体", "≥1200人次", "1260人次", 7, 7, ""),
           ("产出指标", "数量指标", "推广茶园绿色防控技术面积", "≥2万亩", "2.1万亩", 7, 7, ""),
           # PLANT TARGET_MISSED_FULL_MARKS: 97.2% misses ≥98%, full 7, empty reason; the 说明's proportion gives 6.94
           ("产出指标", "质量指标", "农产品质量安全抽检合格率", "≥98%", "97.2%", 7, 7, ""),
           ("产出指标", "质量指标", "检测设备验收合格率", "100%", "100%", 7, 7, ""),
           ("产出指标", "时效指标", "土建工程按期完工率", "≥90%", "91.7%", 7, 7, ""),
           ("产出指标", "成本指标", "单个检测站建设成本", "≤85万元", "82.6万元", 7, 7, ""),
           ("效益指标", "经济效益", "项目区茶农人均增收", "≥800元", "860元", 8, 8, ""),
           ("效益指标", "社会效益", "带动脱贫户参与", "≥600户", "578户", 7, P(578, 600, 7),
            "部分脱贫户劳动力外出务工 / Some households' labour migrated for work"),
           ("效益指标", "生态效益", "化学农药使用量减少", "≥10%", "11.2%", 8, 8, ""),
           ("效益指标", "可持续影响", "检测站运营维护机制", "健全", "基本健全", 7, 6,
            "2个检测站运维经费未落实，扣1分 / O&M funds of 2 stations not secured, 1 point deducted"),
           ("满意度指标", "服务对象满意度", "受益农户满意度", "≥90%", "91.5%", 10, 10, "")]
    props(ind)
    miss = P(97.2, 98, 7)
    no_half(7 * 97.2 / 98, "miss")
    assert miss == 6.94
    assert off_prop(ind) == ["农产品质量安全抽检合格率"] and over(ind) == [] and met_lost(ind) == []
    assert below_no_reason(ind) == [] and qual_off(ind) == ["检测站运营维护机制"]
    assert ssum(ind, 5) == 90 and [ssum([x for x in ind if x[0] == n], 5) for n in L1] == [50, 30, 10]
    total = r2(ssum(ind, 6) + rs)
    assert total == 98.47, total
    goals = [("目标1", "Objective 1", "建成3个乡镇农产品质量安全检测站并投入运行，抽检合格率达到98%以上。",
              "Build and operate 3 township testing stations; sampling pass rate ≥98%."),
             ("目标2", "Objective 2", "培训新型农业经营主体1200人次以上，推广茶园绿色防控技术2万亩以上。",
              "Train ≥1,200 person-times of new agricultural operators; extend green pest control to ≥20,000 mu of tea gardens."),
             # PLANT GOAL_LABELS: the Chinese labels run 目标1、目标2、目标2、目标4 (the English ones Objective 1–4)
             ("目标2", "Objective 3", "项目区茶农人均增收800元以上，带动600户脱贫户参与。",
              "Raise tea farmers' per-capita income by ≥800 yuan; involve 600 formerly poor households."),
             ("目标4", "Objective 4", "化学农药使用量减少10%以上，受益农户满意度达到90%以上。",
              "Cut chemical pesticide use by ≥10%; beneficiary satisfaction ≥90%.")]
    done = ("建成3个检测站并投入运行，抽检合格率97.2%；培训1260人次，推广绿色防控2.1万亩；茶农人均增收860元，带动578户脱贫户参与；"
            "农药使用量减少11.2%；受益农户满意度91.5%。")
    done_en = ("3 stations built and operating, pass rate 97.2%; 1,260 person-times trained, 21,000 mu under green control; "
               "income +860 yuan, 578 households involved; pesticide use −11.2%; satisfaction 91.5%.")
    g = with_project(gold(None, dept, 2024, "COUNTY", "湖南省", "SELF_EVALUATION", None, total, 100, None,
                          budget(ini, adj, ex, rate), [], [fund_row(rate, rs)] + grows(ind)), project, unit)
    M = dict(dept=dept, project=project, project_en=project_en, unit=unit, src=src, srates=srates, ini=ini, adj=adj,
             ex=ex, rate=rate, rs=rs, usd=usd, ind=ind, L1=L1, L2=L2, goals=goals, done=done, done_en=done_en,
             total=total)
    fnd = [F("GOAL_LABELS", "年度总体目标",
             "目标1 Objective 1 | 目标2 Objective 2 | 目标2 Objective 3 | 目标4 Objective 4", "目标1、目标2、目标2、目标4",
             "目标1、目标2、目标3、目标4", "HIGH", "WARNING",
             "the 年度总体目标 block numbers its four goals 目标1, 目标2, 目标2, 目标4 in Chinese while the English labels beside "
             "them run Objective 1–4: the third goal is labelled 目标2 again and there is no 目标3"),
           F("BREAKDOWN_SUM", "年度资金总额（全年预算数）",
             f"年度资金总额 Total Funds | {mc(ini)} | {mc(adj)} | {mc(ex)} | 10 | {q(rate)} | {f2(rs)} … 世界银行贷款 | "
             f"600.00 … 省级配套资金 | 120.00 … 县级配套资金 | 100.00", mc(adj), mc(adj_parts), "HIGH", "ERROR",
             f"the three sources' 全年预算数 600.00 + 120.00 + 100.00 = {mc(adj_parts)}, the 年度资金总额 line prints "
             f"{mc(adj)} (digits swapped); the 年初 and 执行 columns add up and each source's rate is right; the line's "
             f"{q(rate)} and {f2(rs)} follow the printed total (on the sources' sum {q(rate_true)} and {f2(rs_true)}, total "
             f"{f2(r2(total - rs + rs_true))})"),
           F("TARGET_MISSED_FULL_MARKS", "农产品质量安全抽检合格率",
             "产出指标 Output | 质量指标 Quality | 农产品质量安全抽检合格率 | ≥98% | 97.2% | 7 | 7 |", "7", f2(miss), "HIGH",
             "WARNING",
             f"97.2% is below ≥98% (the 实际完成情况 says 97.2% too), yet the row keeps 7 of 7 with an empty 偏差原因 cell; "
             f"the 说明's proportion rule gives 7 × 97.2 ÷ 98 = {f2(miss)}")]
    traps = ["the form is BILINGUAL CHINESE / ENGLISH, as a World Bank project office files it: every title, label, column "
             "header, 一级 / 二级 name, the goals and the 说明 carry an English line under the Chinese; the English is "
             "a translation, not a second report or extra rows; the project has a Chinese and an English name",
             f"the loan is also given in US dollars in a note (世界银行贷款全年预算600.00万元，按1美元＝7.10元人民币折算约"
             f"{f2(usd)}万美元): a conversion, not a budget figure",
             f"fund block: 年初 560.00 + 120.00 + 80.00 = {mc(ini)}; 执行 571.40 + 116.80 + 92.35 = {mc(ex)}; the sources' "
             "rates " + ", ".join(q(x) for x in srates) + "; none over; 县级 年初 < 全年 (追加)",
             "带动脱贫户参与 7 × 578 ÷ 600 = 6.74 (proportion, with a reason); 检测站运营维护机制 −1 with a reason",
             "建设乡镇农产品质量安全检测站 3 vs ≥3个 (met exactly); 单个检测站建设成本 82.6 vs ≤85万元 (a ceiling met; a unit "
             "cost, not a budget figure); 化学农药使用量减少 11.2% vs ≥10% (a reduction met)",
             f"总分 {f2(total)} = the fund line {f2(rs)} + the 12 rows; 分值 10 + 50 + 30 + 10 = 100; 项目 form: no grade"]
    return {"stem": "h540_guzhang_shihang", "format": "pdf", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "draw": draw540}


def draw540(rep, path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    M = rep["meta"]
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    fn = "STSong-Light"
    st = dict(t=ParagraphStyle("t", fontName=fn, fontSize=15, leading=19, alignment=1),
              te=ParagraphStyle("te", fontName="Helvetica-Bold", fontSize=10.5, leading=13, alignment=1),
              st=ParagraphStyle("st", fontName=fn, fontSize=10, leading=13, alignment=1),
              c=ParagraphStyle("c", fontName=fn, fontSize=7.8, leading=9.6, alignment=1, wordWrap="CJK"),
              cl=ParagraphStyle("cl", fontName=fn, fontSize=7.8, leading=9.6, wordWrap="CJK"),
              n=ParagraphStyle("n", fontName=fn, fontSize=7.8, leading=10.5, wordWrap="CJK"))

    def bi(k, zh, en):
        """a Chinese line with its English line under it (Helvetica, smaller, grey)"""
        en_ = f'<br/><font name="Helvetica" size="6.4" color="#444444">{E(en)}</font>' if en else ""
        return Paragraph(E(zh) + en_, st[k])
    c = lambda zh, en="": bi("c", zh, en)  # noqa: E731
    cl = lambda zh, en="": bi("cl", zh, en)  # noqa: E731
    W = [20, 25, 36, 19, 19, 12, 12, 41]
    data, sp, sty = [], [], []
    data.append([c("项目名称", "Project"), "", cl(M["project"], M["project_en"]), "", "", "", "", ""])
    sp += [(0, 0, 1, 0), (2, 0, 7, 0)]
    data.append([c("主管部门", "Competent Department"), "", cl(M["dept"], "Guzhang County Bureau of Agriculture and Rural Affairs"),
                 "", c("实施单位", "Implementing Agency"), cl(M["unit"], "Guzhang County World Bank Project Management Office"),
                 "", ""])
    sp += [(0, 1, 1, 1), (2, 1, 3, 1), (5, 1, 7, 1)]
    data.append([c("项目资金（万元）", "Project Funds (10,000 yuan)"), "", c("年初预算数", "Initial Budget"),
                 c("全年预算数", "Annual Budget"), c("全年执行数", "Expenditure"), c("分值", "Weight"),
                 c("执行率", "Execution Rate"), c("得分", "Score")])
    data.append(["", c("年度资金总额", "Total Funds"), c(mc(M["ini"])), c(mc(M["adj"])), c(mc(M["ex"])), c("10"),
                 c(q(M["rate"])), c(f2(M["rs"]))])
    for k, ((zh, en, a, b, e), r_) in enumerate(zip(M["src"], M["srates"])):
        data.append(["", cl(("其中：" if k == 0 else "") + zh, en), c(mc(a)), c(mc(b)), c(mc(e)), c("—"), c(q(r_)),
                     c("—")])
    sp.append((0, 2, 0, 3 + len(M["src"])))
    g0 = len(data)
    data.append([c("年度总体目标", "Annual Objectives"), "", c("预期目标", "Expected Objectives"), "", "",
                 c("实际完成情况", "Actual Achievements"), "", ""])
    goal_txt = "<br/>".join(f'{E(zh)}：{E(t)}<br/><font name="Helvetica" size="6.4" color="#444444">{E(en)}: {E(te)}</font>'
                            for zh, en, t, te in M["goals"])
    data.append(["", "", Paragraph(goal_txt, st["cl"]), "", "", cl(M["done"], M["done_en"]), "", ""])
    sp += [(0, g0, 1, g0 + 1), (2, g0, 4, g0), (5, g0, 7, g0), (2, g0 + 1, 4, g0 + 1), (5, g0 + 1, 7, g0 + 1)]
    h0 = len(data)
    data.append([c("一级指标", "Level-1"), c("二级指标", "Level-2"), c("三级指标", "Indicator"),
                 c("年度指标值", "Annual Target"), c("实际完成值", "Actual"), c("分值", "Weight"), c("得分", "Score"),
                 c("偏差原因分析及改进措施", "Reasons for Deviation and Measures")])
    sty.append(("BACKGROUND", (0, h0), (-1, h0), colors.HexColor("#eeeeee")))
    rows_, isp = ind_grid(M["ind"], (0, 1, 2, 3, 4, 5, 6, 7), h0 + 1)
    for r_ in rows_:
        cells = []
        for j, v in enumerate(r_):
            if j == 0 and v:
                cells.append(c(v, M["L1"][v]))
            elif j == 1 and v:
                cells.append(c(v, M["L2"][v]))
            elif j in (2, 7):
                cells.append(cl(v))
            else:
                cells.append(c(v))
        data.append(cells)
    sp += isp
    t0 = len(data)
    data.append([c("总分", "Total Score"), "", "", "", "", c("100"), c(f2(M["total"])), ""])
    sp.append((0, t0, 4, t0))
    t = Table(data, colWidths=[w_ * mm for w_ in W], repeatRows=0)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
             ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)] + sty
    for (c0, r0, c1, r1) in sp:
        style.append(("SPAN", (c0, r0), (c1, r1)))
    t.setStyle(TableStyle(style))
    note = ("说明：1.年度资金总额得分＝执行率×10；2." + NOTE_P + f"；3.总分＝年度资金总额得分＋各项绩效指标得分；4.世界银行贷款全年预算"
            f"600.00万元，按1美元＝7.10元人民币折算约{f2(M['usd'])}万美元。")
    note_en = ("Notes: 1. Score of total funds = execution rate × 10; 2. a quantitative indicator below its target scores "
               "actual ÷ target × weight, no extra points for over-achievement; a qualitative one loses points with "
               "reasons stated; 3. total score = funds score + indicator scores; 4. the loan's annual budget of 6.00 "
               f"million yuan is about US$ {M['usd'] / 100:.4f} million at 7.10 yuan per US dollar.")
    story = [Paragraph("项目支出绩效自评表", st["t"]), Paragraph("Self-Evaluation Form of Project Expenditure Performance", st["te"]),
             Paragraph("（2024年度 / FY2024）", st["st"]), Spacer(1, 2 * mm),
             Paragraph("填报单位（盖章）：" + E(M["unit"]) + "　　　　金额单位：万元 / Unit: 10,000 yuan", st["n"]),
             Spacer(1, 1.5 * mm), t, Spacer(1, 2 * mm), Paragraph(E(note), st["n"]),
             Paragraph(f'<font name="Helvetica" size="6.6" color="#444444">{E(note_en)}</font>', st["n"]), Spacer(1, 3 * mm),
             Paragraph("项目办主任 PMO Director：向明华　　财务负责人 Finance Officer：彭秀英　　填表人 Prepared by：田家豪　　"
                       "联系电话 Tel：0743-4621538　　填报日期 Date：2025年4月22日", st["n"])]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=11 * mm, rightMargin=11 * mm, topMargin=12 * mm,
                            bottomMargin=12 * mm, invariant=1, title="项目支出绩效自评表", author="田家豪",
                            creator="Microsoft® Word 2019", producer="")

    def foot(cv, d_):
        cv.setFont(fn, 8)
        cv.drawCentredString(A4[0] / 2, 7 * mm, f"第 {cv.getPageNumber()} 页 Page {cv.getPageNumber()}")
    doc.build(story, onFirstPage=foot, onLaterPages=foot)
    docinfo(buf.getvalue(), path, "Microsoft® Word 2019", "Microsoft® Word 2019", "D:20250422152016+08'00'")


ALL.append(h540())



# ============================================================ h541 东明县 (XLSX: 部门整体 自评表 SORTED by its 扣分 column)

def h541():
    dept = "东明县机关事务服务中心"
    parts = [("基本支出", 612.40, 648.90, 640.27),
             # PLANT SPENDING_OVER_BUDGET: 项目支出 spends 471.85 against its 全年预算数 468.30 (100.76%)
             ("项目支出", 385.00, 468.30, 471.85)]
    ini, adj, ex = (r2(parts[0][k] + parts[1][k]) for k in (1, 2, 3))
    assert (ini, adj, ex) == (997.40, 1117.20, 1112.12), (ini, adj, ex)
    rate, rb, rp = rates((ex, adj), (parts[0][3], parts[0][2]), (parts[1][3], parts[1][2]))
    assert (rate, rb, rp) == (99.55, 98.67, 100.76), (rate, rb, rp)
    no_half(8 * rate / 100, "exec row")
    jz = pct(r2(adj - ex), adj)
    assert jz == 0.45, jz
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 3, 3, ""),
           ("决策", "目标设定", "绩效指标明确性", "明确", "基本明确", 3, 2.5, "2项指标未细化量化，扣0.5分"),
           ("决策", "预算配置", "预算编制科学性", "科学", "科学", 4, 4, ""),
           ("过程", "预算执行", "预算执行率", "100%", q(rate), 8, r2(8 * rate / 100), "执行率×分值"),
           ("过程", "预算执行", "结转结余率", "≤5%", q(jz), 4, 4, ""),
           ("过程", "预算管理", "政府采购执行规范性", "规范", "规范", 4, 4, ""),
           ("过程", "预算管理", "资金使用合规性", "合规", "合规", 5, 5, ""),
           ("过程", "资产管理", "公务用车管理规范性", "规范", "基本规范", 5, 4, "1辆公务用车派车单填写不全，扣1分"),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 4, 3.5, "部分办公家具未及时登记入账，扣0.5分"),
           ("产出", "数量指标", "保障办公区域面积", "≥6.8万平方米", "6.8万平方米", 5, 5, ""),
           ("产出", "数量指标", "公务用车平台派车", "≥4200车次", "4386车次", 5, 5, ""),
           ("产出", "数量指标", "机关食堂供餐", "≥26万人次", "24.7万人次", 5, P(24.7, 26, 5), "3个单位搬迁至新区办公，就餐人数减少"),
           ("产出", "数量指标", "公共机构节能改造项目", "≥3个", "3个", 5, 5, ""),
           # PLANT TARGET_MET_POINTS_LOST: 97.8% meets ≥95%, yet 4 of 5 with an empty 扣分原因
           ("产出", "质量指标", "设施设备维修及时率", "≥95%", "97.8%", 5, 4, ""),
           ("产出", "质量指标", "安全生产责任事故", "0起", "0起", 5, 5, ""),
           ("产出", "质量指标", "物业服务考核合格率", "100%", "100%", 5, 5, ""),
           ("效益", "生态效益", "公共机构人均综合能耗下降率", "≥1.5%", "1.8%", 6, 6, ""),
           ("效益", "生态效益", "单位建筑面积能耗下降率", "≥1.2%", "1.35%", 6, 6, ""),
           ("效益", "经济效益", "公务用车平均单车运行费用", "≤2.2万元", "2.08万元", 5, 5, ""),
           ("效益", "满意度", "服务对象满意度", "≥95%", "93.6%", 8, P(93.6, 95, 8), "部分干部职工对食堂菜品种类有意见")]
    props(ind)
    assert off_prop(ind) == [] and over(ind) == [] and met_lost(ind) == ["设施设备维修及时率"]
    assert below_no_reason(ind) == ["设施设备维修及时率"]
    assert qual_off(ind) == ["绩效指标明确性", "公务用车管理规范性", "资产管理规范性"]
    sc = secs(ind, ["决策", "过程", "产出", "效益"])
    assert sc == [("决策", 10, 9.5), ("过程", 30, 28.46), ("产出", 35, 33.75), ("效益", 25, 24.88)], sc
    total = r2(sum(s[2] for s in sc))
    assert total == 96.59 and grade(total) == grade(r2(total + 1)) == "优", total
    sc_p = list(sc)
    sc_p[2] = ("产出", 35, 33.57)  # PLANT SECTION_VS_ROWS: the 产出 rows add to 33.75; the 一级 summary prints 33.57
    # the sort the filler applied: 扣分 (分值 − 得分) descending; rows of equal 扣分 keep their order (Excel's sort is stable)
    order = sorted(range(len(ind)), key=lambda i: -r2(ind[i][5] - ind[i][6]))
    assert [i + 1 for i in order][:8] == [8, 14, 2, 9, 12, 20, 4, 1], [i + 1 for i in order]
    g = gold(None, dept, 2024, "COUNTY", "山东省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ini, adj, ex, rate, parts[0][2], parts[0][3], parts[1][2], parts[1][3]), sc_p,
             grows([ind[i] for i in order]))
    M = dict(dept=dept, parts=parts, ini=ini, adj=adj, ex=ex, rate=rate, prates=[rb, rp], ind=ind, order=order,
             sc=sc_p, total=total)
    fnd = [F("SECTION_VS_ROWS", "产出", "一级指标得分汇总 | 产出 | 35 | 33.57", "33.57", "33.75", "HIGH", "ERROR",
             "the seven 产出 rows (scattered through the sorted table: 序号 10–16) score 5 + 5 + 4.75 + 5 + 4 + 5 + 5 = "
             f"33.75; the 一级 summary under the table prints 33.57 (digits swapped); the 合计 {f2(total)} is the rows' own "
             "sum, so the summary's four lines add to 96.41, not to its 合计"),
           F("SPENDING_OVER_BUDGET", "项目支出",
             f"项目支出 | {mc(parts[1][1])} | {mc(parts[1][2])} | {mc(parts[1][3])} | {q(rp)}", mc(parts[1][3]),
             f"≤ {mc(parts[1][2])}", "HIGH", "WARNING",
             f"项目支出 spends {mc(parts[1][3])} against its own 全年预算数 {mc(parts[1][2])} ({q(rp)}, printed right) and "
             f"the form gives no reason; the whole stays under budget ({q(rate)}) only because 基本支出 underspends ({q(rb)})"),
           F("TARGET_MET_POINTS_LOST", "设施设备维修及时率",
             "14 | 产出 | 质量指标 | 设施设备维修及时率 | ≥95% | 97.8% | 5 | 4 | 1 |", "4", "5", "HIGH", "WARNING",
             "97.8% meets ≥95%, yet the row scores 4 of 5 (扣分 1) with an empty 扣分原因 cell; the 说明 deducts only for a "
             "missed target; sorted by 扣分 the row stands second in the table")]
    traps = ["the indicator table was SORTED BY ITS 扣分 COLUMN (descending) before the file was saved: the sheet keeps "
             "an AutoFilter over the table with a saved sort state (sortCondition descending on 扣分), the rows stand in "
             "扣分 order, the 序号 column keeps each row's ORIGINAL number (8, 14, 2, 9, 12, 20, 4, 1, 3, …: not a count and "
             "not a code), and the 一级 groups INTERLEAVE (过程, 产出, 决策, 过程, 产出, 效益, 过程, 决策, …), no merged 一级 cells; a "
             "reader must group the rows by their 一级 text, not by position; the 一级 summary is a separate block",
             f"budget: 年初 612.40 + 385.00 = {mc(ini)}; 全年 648.90 + 468.30 = {mc(adj)}; 执行 640.27 + 471.85 = {mc(ex)}; "
             f"{q(rate)} and 基本 {q(rb)} right; 结转结余率 {q(jz)} = ({mc(adj)} − {mc(ex)}) ÷ {mc(adj)} vs ≤5% (a ceiling "
             f"met); 预算执行率 8 × {q(rate)} = {f2(r2(8 * rate / 100))} (the row's rule)",
             "机关食堂供餐 5 × 24.7 ÷ 26 = 4.75, 服务对象满意度 8 × 93.6 ÷ 95 = 7.88 (proportion, with reasons); "
             "绩效指标明确性 −0.5, 公务用车管理规范性 −1, 资产管理规范性 −0.5 with reasons; 扣分 = 分值 − 得分 on every row",
             "保障办公区域面积 6.8 vs ≥6.8万平方米 and 公共机构节能改造项目 3 vs ≥3个 (met exactly); 安全生产责任事故 0 vs 0起 "
             "(met); 公务用车平均单车运行费用 2.08 vs ≤2.2万元 (a ceiling met; a unit cost, not a budget figure); 能耗下降率 "
             "1.8% / 1.35% (reductions met)",
             f"summary: 决策 10 | 9.50, 过程 30 | 28.46, 效益 25 | 24.88 equal their rows; 合计 100 | {f2(total)} = the 20 "
             "rows; 优"]
    return {"stem": "h541_dongming_jiguan", "format": "xlsx", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "write": write541}


def write541(rep, path):
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    M = rep["meta"]
    wb = openpyxl.Workbook()
    thin = Side(style="thin", color="000000")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    grey = PatternFill("solid", fgColor="DDEBF7")
    ws = wb.active
    ws.title = "部门整体绩效自评表"

    def put(r, c, v, bold=False, fmt=None, box=True, left=False, size=10, fill=False):
        cell = ws.cell(row=r, column=c, value=v)
        cell.font = Font(name="宋体", size=size, bold=bold)
        cell.alignment = Alignment(horizontal="left" if left else "center", vertical="center", wrap_text=True)
        if box:
            cell.border = bd
        if fmt:
            cell.number_format = fmt
        if fill:
            cell.fill = grey
        return cell
    for c, w_ in zip("ABCDEFGHIJ", (7, 9, 12, 26, 15, 15, 8, 8, 8, 32)):
        ws.column_dimensions[c].width = w_
    put(1, 1, "2024年度部门整体支出绩效自评表", True, box=False, size=16)
    ws.merge_cells("A1:J1")
    ws.row_dimensions[1].height = 30
    put(2, 1, "部门（单位）名称：" + M["dept"], box=False, left=True)
    ws.merge_cells("A2:F2")
    put(2, 8, "金额单位：万元", box=False, left=True)
    ws.merge_cells("H2:J2")
    put(3, 1, "一、预算执行情况", True, box=False, left=True, size=11)
    ws.merge_cells("A3:J3")
    for j, t_ in enumerate(["项目", "", "", "年初预算数", "全年预算数", "全年执行数", "执行率"]):
        if t_:
            put(4, j + 1, t_, True, fill=True)
    ws.merge_cells("A4:C4")
    (nb, ib, ab, eb), (np_, ip, ap, ep) = M["parts"]
    for k, (n, a, b, e, r_) in enumerate([("合计", M["ini"], M["adj"], M["ex"], M["rate"]),
                                          ("其中：基本支出", ib, ab, eb, M["prates"][0]),
                                          ("　　　项目支出", ip, ap, ep, M["prates"][1])]):
        r = 5 + k
        put(r, 1, n, k == 0, left=k > 0)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        for j in (2, 3):
            ws.cell(row=r, column=j).border = bd
        put(r, 4, a, fmt="#,##0.00")
        put(r, 5, b, fmt="#,##0.00")
        put(r, 6, e, fmt="#,##0.00")
        put(r, 7, round(r_ / 100, 6), fmt="0.00%")
    put(9, 1, "二、绩效指标完成情况（按扣分由高到低排列）", True, box=False, left=True, size=11)
    ws.merge_cells("A9:J9")
    hr = 10
    for j, t_ in enumerate(["序号", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "扣分",
                            "扣分原因"]):
        put(hr, j + 1, t_, True, fill=True)
    r = hr + 1
    for i in M["order"]:
        x = M["ind"][i]
        put(r, 1, i + 1)
        for j, v in enumerate(x[:5]):
            put(r, j + 2, v, left=(j == 2))
        put(r, 7, x[5])
        put(r, 8, x[6], fmt="0.00" if not float(x[6]).is_integer() else None)
        ded = r2(x[5] - x[6])
        put(r, 9, ded, fmt="0.00" if not float(ded).is_integer() else None)
        put(r, 10, x[7] or None, left=True)
        ws.row_dimensions[r].height = 24
        r += 1
    last = r - 1
    ws.auto_filter.ref = f"A{hr}:J{last}"
    ws.auto_filter.add_sort_condition(f"I{hr + 1}:I{last}", descending=True)
    ws.auto_filter.sortState.ref = f"A{hr + 1}:J{last}"  # the rows sorted, as Excel records it
    put(r, 1, "合计", True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    for j in range(2, 7):
        ws.cell(row=r, column=j).border = bd
    put(r, 7, 100, True)
    put(r, 8, M["total"], True, fmt="0.00")
    put(r, 9, r2(100 - M["total"]), True, fmt="0.00")
    put(r, 10, "自评等级：优", True, left=True)
    r += 2
    put(r, 1, "三、一级指标得分汇总", True, box=False, left=True, size=11)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    r += 1
    for j, t_ in enumerate(["一级指标", "", "分值", "得分"]):
        if t_:
            put(r, [2, 3, 7, 8][j], t_, True, fill=True)
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
    for j in range(3, 7):
        ws.cell(row=r, column=j).border = bd
    r += 1
    for n, w_, s_ in M["sc"] + [("合计", 100, M["total"])]:
        put(r, 2, n, n == "合计")
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        for j in range(3, 7):
            ws.cell(row=r, column=j).border = bd
        put(r, 7, w_, n == "合计")
        put(r, 8, s_, n == "合计", fmt="0.00")
        r += 1
    r += 1
    put(r, 1, "说明：1.预算执行率得分＝执行率×分值；2." + NOTE_P + "；3.扣分＝分值－得分；4.自评等级：" + BANDS77 + "。",
        box=False, left=True, size=9)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    ws.row_dimensions[r].height = 42
    put(r + 1, 1, "单位负责人：袁建国　　财务负责人：韩丽娜　　填表人：董晓彤　　联系电话：0530-7212683　　填报日期：2025年4月18日",
        box=False, left=True, size=9)
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=10)
    ws.freeze_panes = f"A{hr + 1}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{hr}:{hr}"
    wb.properties.creator = "董晓彤"
    wb.properties.lastModifiedBy = "董晓彤"
    wb.properties.created = datetime.datetime(2025, 4, 15, 10, 5)
    write_bytes(path, ooxml_bytes(lambda b: wb.save(b), fix_core))


ALL.append(h541())



# ============================================================ h542 漯河市 (HTML: 自评报告 with PROGRESS BARS for 得分率)

def h542():
    dept = "漯河市地震局"
    parts = [("基本支出", 486.20, 502.65, 498.31), ("项目支出", 215.00, 268.40, 241.37)]
    ini, adj, ex = (r2(parts[0][k] + parts[1][k]) for k in (1, 2, 3))
    assert (ini, adj, ex) == (701.20, 771.05, 739.68), (ini, adj, ex)
    rate, rb, rp = rates((ex, adj), (parts[0][3], parts[0][2]), (parts[1][3], parts[1][2]))
    assert (rate, rb, rp) == (95.93, 99.14, 89.93), (rate, rb, rp)
    no_half(6 * rate / 100, "exec row")
    RP = "按“实际完成值÷年度指标值×分值”计分"
    ind = [("决策", "目标设定", "绩效目标合理性", "合理", "合理", 3, 3, "", "目标依据充分、与职责匹配得3分"),
           ("决策", "目标设定", "绩效指标明确性", "明确", "基本明确", 3, 2, "部分指标未量化，扣1分", "指标细化量化得3分，否则酌情扣分"),
           ("决策", "预算配置", "预算编制科学性", "科学", "基本科学", 4, 3, "项目预算年中追加较多，扣1分", "预算编制合理得4分，否则酌情扣分"),
           ("过程", "预算执行", "预算执行率", "100%", q(rate), 6, r2(6 * rate / 100), "部分项目资金年底未支付完毕", "执行率×分值"),
           ("过程", "预算管理", "资金使用合规性", "合规", "合规", 4, 4, "", "无违规得4分，每发现一处扣1分"),
           ("过程", "预算管理", "政府采购规范性", "规范", "规范", 3, 3, "", "规范得3分，否则酌情扣分"),
           ("过程", "资产管理", "资产管理规范性", "规范", "基本规范", 3, 2, "地震监测设备台账更新不及时，扣1分", "账实相符得3分，否则酌情扣分"),
           ("过程", "业务管理", "项目管理规范性", "规范", "规范", 4, 4, "", "制度健全、执行有效得4分"),
           ("产出", "数量指标", "地震监测台站运行率", "≥98%", "99.2%", 6, 6, "", RP),
           ("产出", "时效指标", "地震速报时间", "≤10分钟", "8分钟", 6, 6, "", "不超过指标值得6分"),
           ("产出", "数量指标", "防震减灾科普宣传活动", "≥40场", "36场", 6, P(36, 40, 6), "部分活动因汛期调整取消", RP),
           ("产出", "数量指标", "地震应急演练", "≥12次", "11次", 6, P(11, 12, 6), "1次跨区联合演练推迟至2025年", RP),
           ("产出", "数量指标", "抗震设防要求监管项目", "≥30个", "30个", 6, 6, "", RP),
           ("产出", "数量指标", "地震宏观观测点建设", "≥15个", "13个", 5, P(13, 15, 5), "2个观测点选址未落实", RP),
           ("产出", "质量指标", "地震应急避难场所核查", "≥25处", "25处", 5, 5, "", RP),
           # PLANT RULE_SCORE: 3 repairs over 48 hours; the rule (每超时1次扣1分) gives 5 − 3 = 2; the row gives 4
           ("产出", "质量指标", "监测设备故障修复及时性", "48小时内修复", "超时修复3次", 5, 4, "个别偏远台站备件不足",
            "故障48小时内修复得5分，每超时1次扣1分，扣完为止"),
           ("效益", "社会效益", "地震信息发布准确率", "100%", "100%", 6, 6, "", RP),
           ("效益", "社会效益", "群测群防员乡镇覆盖率", "≥95%", "96%", 6, 6, "", RP),
           ("效益", "社会效益", "防震减灾知识普及率", "≥80%", "76%", 6, P(76, 80, 6), "农村地区宣传覆盖不足", RP),
           ("效益", "满意度", "社会公众满意度", "≥90%", "88.4%", 7, P(88.4, 90, 7), "部分群众对预警信息接收渠道不熟悉",
            "满意度÷90%×分值")]
    ind8 = [x[:8] for x in ind]
    props(ind8)
    assert off_prop(ind8) == [] and over(ind8) == [] and met_lost(ind8) == [] and below_no_reason(ind8) == []
    assert qual_off(ind8) == ["绩效指标明确性", "预算编制科学性", "资产管理规范性"], qual_off(ind8)
    sc = secs(ind8, ["决策", "过程", "产出", "效益"])
    assert sc == [("决策", 10, 8), ("过程", 20, 18.76), ("产出", 45, 42.23), ("效益", 25, 24.58)], sc
    total = r2(sum(s[2] for s in sc))
    assert total == 93.57 and grade(total) == grade(r2(total - 2)) == "优", total
    srates = rates(*[(s[2], s[1]) for s in sc])
    assert srates == [80.00, 93.80, 93.84, 98.32], srates
    srates_p = list(srates)
    srates_p[2] = 93.48  # PLANT SCORE_RATE: 产出 42.23 ÷ 45 = 93.84%; 表2 prints 93.48% (and its meter shows 0.9348)
    grade_p = "良"  # PLANT GRADE_OUTSIDE_BANDS: 93.57 is in the printed 90分（含）以上 band (优); 四 and 表2 print 良
    g = gold(None, dept, 2024, "PREFECTURAL", "河南省", "SELF_EVALUATION", None, total, 100, grade_p,
             budget(ini, adj, ex, rate, parts[0][2], parts[0][3], parts[1][2], parts[1][3]), sc, grows(ind8))
    M = dict(dept=dept, parts=parts, ini=ini, adj=adj, ex=ex, rate=rate, prates=[rb, rp], ind=ind, sc=sc,
             srates=srates_p, total=total, grade=grade_p)
    fnd = [F("RULE_SCORE", "监测设备故障修复及时性",
             "产出 | 质量指标 | 监测设备故障修复及时性 | 48小时内修复 | 超时修复3次 | 故障48小时内修复得5分，每超时1次扣1分，扣完为止 | "
             "5 | 4", "4", "2.00", "HIGH", "ERROR",
             f"the row's own 评分标准 takes 1 point per repair over 48 hours; 超时修复3次 → 5 − 3 = 2; the row gives 4 (产出 "
             f"would be {f2(r2(sc[2][2] - 2))}, the total {f2(r2(total - 2))}, still 优; 表2's 产出 42.23 is the rows' as "
             "printed, so no SECTION_VS_ROWS)"),
           F("SCORE_RATE", "产出（得分率）", f"产出 | 45 | {f2(sc[2][2])} | {q(srates_p[2])}", q(srates_p[2]), q(srates[2]),
             "HIGH", "ERROR",
             f"表2: {f2(sc[2][2])} ÷ 45 = {q(srates[2])}; the line prints {q(srates_p[2])} (digits swapped) and its "
             "progress bar (<meter value=\"0.9348\">) is drawn from the printed figure; the other three 得分率 are right"),
           F("GRADE_OUTSIDE_BANDS", "自评等级",
             f"综合自评得分{f2(total)}分，自评等级为“{grade_p}” | 表2 合计 | 100 | {f2(total)} | 自评等级 | {grade_p}", grade_p,
             "优", "HIGH", "WARNING",
             f"{f2(total)} lies in the report's own 90分（含）以上 band, “优”; 四 and 表2 print 良 (with the RULE_SCORE "
             f"corrected {f2(r2(total - 2))}, still 优)")]
    traps = ["every 得分率 is also DRAWN as a PROGRESS BAR: 表2's 得分率 column carries a <meter> (value = the printed rate "
             "as a fraction) before the figure, 表3's last column a CSS bar (a div with role=\"progressbar\", aria-valuenow "
             "and a width in %) before the row's 得分率 text; the bars repeat the printed figures, they are not extra "
             "columns of data, and the meters' 0–1 values are not scores",
             f"budget: 年初 486.20 + 215.00 = {mc(ini)}; 全年 502.65 + 268.40 = {mc(adj)}; 执行 498.31 + 241.37 = {mc(ex)}; "
             f"{q(rate)}, 基本 {q(rb)}, 项目 {q(rp)} right; none over; 预算执行率 6 × {q(rate)} = "
             f"{f2(r2(6 * rate / 100))} (the row's rule)",
             "防震减灾科普宣传活动 6 × 36 ÷ 40 = 5.40, 地震应急演练 6 × 11 ÷ 12 = 5.50, 地震宏观观测点建设 5 × 13 ÷ 15 = 4.33, "
             "防震减灾知识普及率 6 × 76 ÷ 80 = 5.70, 社会公众满意度 7 × 88.4 ÷ 90 = 6.88 (proportion, with reasons); the 决策 / "
             "过程 deductions with reasons",
             "地震速报时间 8 vs ≤10分钟 (a ceiling met); 抗震设防要求监管项目 30 vs ≥30个 and 地震应急避难场所核查 25 vs ≥25处 "
             "(met exactly); 表3's row 得分率 (得分 ÷ 分值) all right, e.g. 6.88 ÷ 7 = 98.29%",
             f"表2: 决策 10 | 8 | 80.00%, 过程 20 | 18.76 | 93.80%, 效益 25 | 24.58 | 98.32% right; 合计 100 | {f2(total)} "
             "= the 20 rows"]
    return {"stem": "h542_luohe_dizhen", "format": "html", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "html": html542(M)}


def bar(v):
    """a CSS progress bar for a rate in percent, as the portal's template draws it"""
    return (f'<div class="pbar" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow="{v:.2f}">'
            f'<div class="pbar-in" style="width:{v:.2f}%"></div></div><span class="pv">{E(q(v))}</span>')


def html542(M):
    (nb, ib, ab, eb), (np_, ip, ap, ep) = M["parts"]
    out = []
    P_ = lambda s_: out.append(f"<p>{E(s_)}</p>")  # noqa: E731
    Hh = lambda s_: out.append(f"<h3>{E(s_)}</h3>")  # noqa: E731
    Hh("一、部门基本情况")
    P_(f"{M['dept']}内设办公室、监测预报科、震害防御科、应急救援科4个科室，下设市地震监测中心1个事业单位，年末在职人员36人。主要"
       "职责是组织全市地震监测预报、震害防御、应急救援准备和防震减灾宣传。")
    Hh("二、预算执行情况")
    P_(f"2024年度年初预算{mc(M['ini'])}万元，全年预算{mc(M['adj'])}万元，全年执行{mc(M['ex'])}万元，预算执行率{q(M['rate'])}。"
       "详见表1。")
    data = [["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"],
            ["合计", mc(M["ini"]), mc(M["adj"]), mc(M["ex"]), q(M["rate"])],
            ["基本支出", mc(ib), mc(ab), mc(eb), q(M["prates"][0])],
            ["项目支出", mc(ip), mc(ap), mc(ep), q(M["prates"][1])]]
    out.append('<p class="cap">表1　2024年度预算执行情况（单位：万元）</p>')
    out.append(html_table(data, [], "t"))
    Hh("三、绩效目标完成情况")
    P_("全年地震监测台站运行率99.2%，地震速报平均用时8分钟；开展防震减灾科普宣传活动36场、地震应急演练11次，建成地震宏观观测点"
       "13个；监测设备故障超时修复3次。防震减灾知识普及率76%，社会公众满意度88.4%。")
    Hh("四、自评结论")
    P_(f"经自评，本部门2024年度部门整体支出综合自评得分{f2(M['total'])}分，自评等级为“{M['grade']}”（{BANDS77}）。各一级指标"
       "得分及得分率见表2，指标明细见表3。")
    out.append('<p class="cap">表2　一级指标得分情况</p>')
    t2 = ['<table class="t"><tr><th>一级指标</th><th>分值</th><th>得分</th><th>得分率</th></tr>']
    for (n, w_, s_), r_ in zip(M["sc"], M["srates"]):
        t2.append(f'<tr><td>{E(n)}</td><td>{fnum(w_)}</td><td>{f2(s_)}</td><td class="rt"><meter min="0" max="1" '
                  f'low="0.6" high="0.9" optimum="1" value="{r_ / 100:.4f}"></meter> {E(q(r_))}</td></tr>')
    t2.append(f'<tr><td>合计</td><td>100</td><td>{f2(M["total"])}</td><td class="rt"><meter min="0" max="1" low="0.6" '
              f'high="0.9" optimum="1" value="{M["total"] / 100:.4f}"></meter> {E(q(M["total"]))}</td></tr>')
    t2.append(f'<tr><td>自评等级</td><td colspan="3">{E(M["grade"])}</td></tr></table>')
    out.append("\n".join(t2))
    out.append('<p class="cap">表3　2024年度部门整体支出绩效自评表</p>')
    ind = M["ind"]
    data = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "评分标准", "分值", "得分", "偏差原因", "得分率"]]
    rows_, sp = ind_grid(ind, (0, 1, 2, 3, 4, 8, 5, 6, 7), 1)
    data += rows_
    # the table with html_table, then each row's 得分率 cell (a bar) appended by hand
    html = html_table([r_ + [""] for r_ in data[:1]] + [r_ + ["@@"] for r_ in data[1:]], sp, "t", left=(2, 5, 8))
    for x in ind:
        html = html.replace("<td>@@</td>", f'<td class="rt">{bar(r2(x[6] / x[5] * 100))}</td>', 1)
    html = html.replace("<th></th>", "<th>得分率</th>", 1)
    out.append(html)
    out.append(f'<p class="note">合计：分值100分，得分{f2(M["total"])}分。评分说明：1.预算执行率得分＝执行率×分值；2.{E(NOTE_P)}；'
               "3.得分率＝得分÷分值。</p>")
    Hh("五、存在的问题及改进措施")
    P_("（一）部分绩效指标未量化，将在2025年绩效目标编制中细化；（二）监测设备备件储备不足，将建立偏远台站备件库；（三）农村地区"
       "防震减灾宣传覆盖不足，将推进宣传进乡村、进学校。")
    out.append(f'<p class="r">{E(M["dept"])}<br>2025年5月9日</p>')
    body = "\n".join(out)
    title = f"{M['dept']}2024年度部门整体支出绩效自评报告"
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(title)}-漯河市人民政府</title>
<meta name="ArticleTitle" content="{E(title)}">
<meta name="PubDate" content="2025-05-14 10:26">
<meta name="ContentSource" content="漯河市地震局">
<style>
body{{margin:0;font-family:"Microsoft YaHei","PingFang SC",sans-serif;background:#eef2f6;color:#333}}
.top{{background:#0b4f8a;color:#fff;padding:18px 60px;font-size:26px;letter-spacing:2px}} .menu{{background:#fff;padding:8px 60px}} .menu a{{margin-right:22px;color:#0b4f8a;text-decoration:none}}
.wrap{{width:1100px;margin:18px auto;background:#fff;padding:26px 46px}} .crumb{{font-size:13px;color:#888}}
h1{{font-size:22px;text-align:center;color:#0b4f8a}} .info{{text-align:center;font-size:13px;color:#888;border-bottom:1px dashed #ccc;padding-bottom:10px}}
.content p{{font-size:16px;line-height:1.9;text-indent:2em;margin:6px 0}} .content p.cap{{text-align:center;text-indent:0;font-weight:bold;font-size:14px}}
.content p.note{{font-size:13px;text-indent:0}} .content p.r{{text-align:right}} .content h3{{font-size:17px;margin:14px 0 6px}}
table.t{{border-collapse:collapse;width:100%;margin:6px 0 10px}} table.t th,table.t td{{border:1px solid #8aa4bd;padding:4px 6px;font-size:13px;text-align:center}}
table.t th{{background:#e3edf7}} table.t td.l{{text-align:left}} td.rt{{white-space:nowrap;text-align:left}}
.pbar{{display:inline-block;width:70px;height:8px;background:#e6e6e6;border-radius:4px;vertical-align:middle;margin-right:6px;overflow:hidden}}
.pbar-in{{height:8px;background:linear-gradient(90deg,#4aa3df,#0b4f8a)}} meter{{width:90px;vertical-align:middle}}
.foot{{text-align:center;font-size:12px;color:#777;padding:18px}}
</style>
</head>
<body>
<div class="top">漯河市人民政府</div>
<div class="menu"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">政民互动</a><a href="/lhgk/">漯河概况</a></div>
<div class="wrap">
<div class="crumb">您当前的位置：首页 &gt; 政务公开 &gt; 财政信息 &gt; 预算绩效</div>
<h1>{E(title)}</h1>
<div class="info">发布日期：2025-05-14　　来源：市地震局　　字号：[大 中 小]　　阅读次数：<span id="clicks">208</span></div>
<div class="content">
{body}
</div>
</div>
<div class="foot">主办：漯河市人民政府办公室　　网站标识码：4111000015　　豫ICP备05018361号</div>
</body>
</html>
"""


ALL.append(h542())



# ============================================================ h543 神木市 (image PDF: a LOW-TONER print scanned at 300 dpi)

def h543():
    dept = "神木市红十字会"
    parts = [("基本支出", 186.50, 194.30, 192.18), ("项目支出", 120.00, 166.80, 149.62)]
    ini, adj, ex = (r2(parts[0][k] + parts[1][k]) for k in (1, 2, 3))
    assert (ini, adj, ex) == (306.50, 361.10, 341.80), (ini, adj, ex)
    rate_true, rb, rp = rates((ex, adj), (parts[0][3], parts[0][2]), (parts[1][3], parts[1][2]))
    assert (rate_true, rb, rp) == (94.66, 98.91, 89.70), (rate_true, rb, rp)
    rate_p = 96.46  # PLANT EXECUTION_RATE: 341.80 ÷ 361.10 = 94.66%; the 年度资金总额 line prints 96.46%
    no_half(rate_p / 10, "rs")
    no_half(rate_true / 10, "rs true")
    rs, rs_true = r2(rate_p / 10), r2(rate_true / 10)
    assert (rs, rs_true) == (9.65, 9.47)
    ind = [("产出指标", "数量指标", "开展应急救护培训", "≥3000人次", "3260人次", 7, 7, ""),
           ("产出指标", "数量指标", "造血干细胞血样采集", "≥120份", "126份", 6, 6, ""),
           ("产出指标", "数量指标", "无偿献血宣传动员活动", "≥20场", "22场", 6, 6, ""),
           ("产出指标", "数量指标", "人道救助困难群众", "≥800户", "742户", 7, P(742, 800, 7), "部分申请对象经核查不符合救助条件"),
           ("产出指标", "数量指标", "“博爱家园”项目建设", "≥4个", "4个", 6, 6, ""),
           # PLANT ROW_SCORE_OVER_WEIGHT: 6.5 of 6 “群众反映好，加0.5分” against the 说明's 超额完成不加分
           ("产出指标", "质量指标", "救助资金发放准确率", "100%", "100%", 6, 6.5, "群众反映好，加0.5分"),
           ("产出指标", "时效指标", "救助资金发放及时率", "≥95%", "96.3%", 6, 6, ""),
           ("产出指标", "时效指标", "应急物资储备库建设", "2024年10月底前完成", "2024年10月20日完成", 6, 6, ""),
           ("效益指标", "社会效益", "应急救护知识普及率", "≥8%", "8.6%", 8, 8, ""),
           ("效益指标", "社会效益", "受助群众基本生活保障", "有效保障", "有效保障", 8, 8, ""),
           ("效益指标", "社会效益", "注册红十字志愿者", "≥1500人", "1580人", 7, 7, ""),
           ("效益指标", "可持续影响", "基层红十字组织建设", "健全", "基本健全", 7, 6, "部分乡镇红十字会组织建设不平衡，扣1分"),
           ("满意度指标", "服务对象满意度", "受助群众满意度", "≥90%", "93.2%", 10, 10, "")]
    props(ind)
    assert off_prop(ind) == [] and over(ind) == ["救助资金发放准确率"] and met_lost(ind) == []
    assert below_no_reason(ind) == [] and qual_off(ind) == ["基层红十字组织建设"]
    assert ssum(ind, 5) == 90 and [ssum([x for x in ind if x[0] == n], 5) for n in ("产出指标", "效益指标", "满意度指标")] \
        == [50, 30, 10]
    rows_total = r2(ssum(ind, 6) + rs)
    assert rows_total == 98.64, rows_total
    total_p = 98.46  # PLANT TOTAL_VS_ROWS: the fund line 9.65 + the 13 rows 88.99 = 98.64; the 总分 prints 98.46
    true_total = r2(rows_total - rs + rs_true - 0.5)
    assert true_total == 97.96 and grade(total_p) == grade(rows_total) == grade(true_total) == "优"
    g = gold(None, dept, 2024, "COUNTY", "陕西省", "SELF_EVALUATION", None, total_p, 100, "优",
             budget(ini, adj, ex, rate_p, parts[0][2], parts[0][3], parts[1][2], parts[1][3]), [],
             [fund_row(rate_p, rs)] + grows(ind))
    M = dict(dept=dept, parts=parts, ini=ini, adj=adj, ex=ex, rate=rate_p, prates=[rb, rp], rs=rs, ind=ind,
             total=total_p)
    fnd = [F("EXECUTION_RATE", "年度资金总额（执行率）",
             f"年度资金总额 | {mc(ini)} | {mc(adj)} | {mc(ex)} | 10 | {q(rate_p)} | {f2(rs)}", q(rate_p), q(rate_true),
             "HIGH", "ERROR",
             f"{mc(ex)} ÷ {mc(adj)} = {q(rate_true)}; the line prints {q(rate_p)} (digits swapped) and scores "
             f"{q(rate_p)} × 10 = {f2(rs)} by it (on the true rate {f2(rs_true)}); the parts' {q(rb)} and {q(rp)} are right"),
           F("TOTAL_VS_ROWS", "总分", f"总分 | 100 | {f2(total_p)} | 自评等级：优", f2(total_p), f2(rows_total), "HIGH", "ERROR",
             f"the 年度资金总额 line {f2(rs)} + the 13 indicator rows {f2(ssum(ind, 6))} = {f2(rows_total)}; the 总分 prints "
             f"{f2(total_p)} (digits swapped); 优 either way (with the rate and the 6.5 corrected {f2(true_total)})"),
           F("ROW_SCORE_OVER_WEIGHT", "救助资金发放准确率",
             "产出指标 | 质量指标 | 救助资金发放准确率 | 100% | 100% | 6 | 6.5 | 群众反映好，加0.5分", "6.5", "≤ 6 (6)", "HIGH",
             "ERROR",
             "6.5 of 6 with “群众反映好，加0.5分”: above the row's own 分值 and against the 说明's 超额完成不加分; the rows' sum "
             f"{f2(rows_total)} counts the 6.5 as printed")]
    traps = ["the printer was RUNNING OUT OF TONER: the print fades from left to right (the right-hand columns and the "
             "偏差原因 cells much paler than the labels) and two pale TONER-STARVED STREAKS run down the whole page; "
             "every figure stays legible (checked by OCR at 300 dpi); pale is not blank, a faint figure is printed, "
             "and the streaks are no rules or cell borders",
             f"budget: 年初 186.50 + 120.00 = {mc(ini)}; 全年 194.30 + 166.80 = {mc(adj)}; 执行 192.18 + 149.62 = {mc(ex)}; "
             f"基本 {q(rb)} and 项目 {q(rp)} right; none over; 年初 < 全年 (追加)",
             "人道救助困难群众 7 × 742 ÷ 800 = 6.49 (proportion, with a reason); 基层红十字组织建设 −1 with a reason",
             "“博爱家园”项目建设 4 vs ≥4个 (met exactly); 应急救护知识普及率 8.6% vs ≥8% (met); 应急物资储备库建设 10月20日 vs "
             "10月底前 (met); 受助群众基本生活保障 有效保障 (qualitative, met)",
             "分值 10 + 50 + 30 + 10 = 100; one page, no sections printed"]
    return {"stem": "h543_shenmu_hongshizihui", "format": "pdf", "meta": M, "gold": g, "findings": fnd, "traps": traps,
            "draw": draw543}


class Sheet543(Sheet534):
    """one A4 page at 300 dpi (round 96's Sheet534 at twice its size)"""

    def __init__(self):
        from PIL import Image, ImageDraw
        self.W, self.H = 2480, 3508
        self.img = Image.new("RGB", (self.W, self.H), (255, 255, 255))
        self.d = ImageDraw.Draw(self.img)
        self.fc = {}

    def cell(self, x0, y0, x1, y1, s_, sz=30, bold=False, left=False, right=False):
        lines = self.wrap(s_, x1 - x0 - 20, sz)
        lh = sz + 10
        y = (y0 + y1) / 2 - lh * len(lines) / 2 + 4
        for ln in lines:
            if left:
                self.d.text((x0 + 10, y), ln, font=self.font(sz, bold), fill=(0, 0, 0))
            elif right:
                self.d.text((x1 - 12, y), ln, font=self.font(sz, bold), fill=(0, 0, 0), anchor="ra")
            else:
                self.d.text(((x0 + x1) / 2, y), ln, font=self.font(sz, bold), fill=(0, 0, 0), anchor="ma")
            y += lh

    def hline(self, y_, x0, x1):
        self.d.line([(x0, y_), (x1, y_)], fill=(0, 0, 0), width=3)

    def vlines(self, y0, y1, xs):
        for x in xs:
            self.d.line([(x, y0), (x, y1)], fill=(0, 0, 0), width=3)


def draw543(rep, path):
    """the form drawn at 300 dpi, printed by a printer short of toner (ink fading to the right, two starved streaks),
    scanned grey at 300 dpi (JPEG), one page"""
    import numpy as np
    from PIL import Image, ImageFilter
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    M = rep["meta"]
    ind = M["ind"]
    s = Sheet543()
    L, R = 150, 2330
    s.text((s.W / 2, 170), "部门整体支出绩效自评表", 64, True, "ma")
    s.text((s.W / 2, 270), "（2024年度）", 38, False, "ma")
    s.text((L, 350), "部门（单位）名称（盖章）：" + M["dept"], 32)
    s.text((R, 350), "金额单位：万元", 32, anchor="ra")
    y = 410
    bx = [L, 400, 720, 1060, 1400, 1740, 1880, 2100, R]
    (nb, ib, ab, eb), (np_, ip, ap, ep) = M["parts"]
    lines = [["", "项目", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
             ["", "年度资金总额", mc(M["ini"]), mc(M["adj"]), mc(M["ex"]), "10", q(M["rate"]), f2(M["rs"])],
             ["", "其中：基本支出", mc(ib), mc(ab), mc(eb), "—", q(M["prates"][0]), "—"],
             ["", "　　　项目支出", mc(ip), mc(ap), mc(ep), "—", q(M["prates"][1]), "—"]]
    s.hline(y, L, R)
    y0b = y
    for k, r_ in enumerate(lines):
        for j in range(1, 8):
            s.cell(bx[j], y, bx[j + 1], y + 74, r_[j], 30, bold=(k == 0), left=(j == 1 and k > 0),
                   right=(k > 0 and j in (2, 3, 4)))
        s.vlines(y, y + 74, bx[1:])
        y += 74
        s.hline(y, bx[1], R)
    s.cell(L, y0b, bx[1], y, "年度预算执行情况", 30, True)
    s.vlines(y0b, y, [L])
    s.hline(y, L, R)
    gy0 = y
    s.cell(bx[1], y, 1330, y + 58, "预期目标", 30, True)
    s.cell(1330, y, R, y + 58, "实际完成情况", 30, True)
    s.vlines(y, y + 58, [bx[1], 1330, R])
    y += 58
    s.hline(y, bx[1], R)
    s.cell(bx[1], y, 1330, y + 210, "开展应急救护培训3000人次以上，人道救助困难群众800户以上，建设“博爱家园”4个，采集造血干细胞"
           "血样120份以上，受助群众满意度达到90%以上。", 28, left=True)
    s.cell(1330, y, R, y + 210, "培训3260人次，救助困难群众742户，建成“博爱家园”4个，采集血样126份；应急物资储备库于10月20日"
           "建成；受助群众满意度93.2%。", 28, left=True)
    s.vlines(y, y + 210, [bx[1], 1330, R])
    y += 210
    s.cell(L, gy0, bx[1], y, "年度总体目标", 30, True)
    s.vlines(gy0, y, [L])
    s.hline(y, L, R)
    cols = [L, 330, 520, 960, 1260, 1560, 1690, 1830, R]
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    for j, v in enumerate(head):
        s.cell(cols[j], y, cols[j + 1], y + 92, v, 30, True)
    s.vlines(y, y + 92, cols)
    y += 92
    s.hline(y, L, R)
    place = []
    for x in ind:
        hh = 150 if (len(x[7]) > 14 or len(x[2]) > 9 or len(x[4]) > 9) else 118
        place.append((y, y + hh))
        y += hh
    for i, x in enumerate(ind):
        y0_, y1_ = place[i]
        vals = [x[0], x[1], x[2], x[3], x[4], fnum(x[5]), fnum(x[6]), x[7]]
        for j in range(2, 8):
            s.cell(cols[j], y0_, cols[j + 1], y1_, vals[j], 28, left=(j in (2, 7)))
        s.hline(y1_, cols[2], R)
        s.vlines(y0_, y1_, cols[2:])
    for col in (0, 1):
        for a_, b_ in runs(ind, col):
            s.cell(cols[col], place[a_][0], cols[col + 1], place[b_][1], ind[a_][col], 28)
            s.hline(place[b_][1], cols[col], cols[col + 1])
    s.vlines(place[0][0], y, [L, cols[1], cols[2]])
    s.cell(L, y, cols[5], y + 88, "总分", 34, True)
    s.cell(cols[5], y, cols[6], y + 88, "100", 30, True)
    s.cell(cols[6], y, cols[7], y + 88, f2(M["total"]), 30, True)
    s.cell(cols[7], y, R, y + 88, "自评等级：优", 30, True, left=True)
    s.vlines(y, y + 88, [L, cols[5], cols[6], cols[7], R])
    y += 88
    s.hline(y, L, R)
    assert y < 3150, y
    y += 30
    for ln in s.wrap("说明：1.年度资金总额得分＝执行率×10；2." + NOTE_P + "；3.自评等级：" + BANDS77 + "。", R - L, 28):
        s.text((L, y), ln, 28)
        y += 44
    y += 30
    s.text((L, y), "单位负责人：乔建平　　财务负责人：刘艳梅　　填表人：白慧敏　　联系电话：0912-8352176　　填报日期：2025年4月24日",
           29)
    assert y < 3380, y
    # the print: ink fades from left to right and is starved in two streaks (toner running out), paper a little grey
    a = np.asarray(s.img.convert("L"), dtype=np.float32)
    ink = 255.0 - a
    xs = np.arange(s.W, dtype=np.float32)
    fade = 1.0 - 0.30 * (xs / s.W)
    for cx, hw, depth in ((905, 70, 0.36), (1640, 46, 0.30)):
        fade *= 1.0 - depth * np.exp(-((xs - cx) / hw) ** 2)
    rs = np.random.RandomState(97543)
    rowvar = 1.0 - 0.05 * np.abs(np.sin(np.arange(s.H, dtype=np.float32) / 61.0))[:, None]
    ink = ink * fade[None, :] * rowvar
    page = 247.0 - ink * (247.0 / 255.0)
    img = Image.fromarray(np.clip(page, 0, 255).astype(np.uint8), "L")
    img = img.rotate(-0.28, resample=Image.BICUBIC, expand=False, fillcolor=247)
    b = np.asarray(img, dtype=np.float32) + rs.normal(0, 2.6, (s.H, s.W))
    img = Image.fromarray(np.clip(b, 0, 255).astype(np.uint8), "L").filter(ImageFilter.GaussianBlur(0.7))
    jb = io.BytesIO()
    img.save(jb, "JPEG", quality=80, optimize=False, progressive=False, dpi=(300, 300))
    pw, ph = s.W / 300 * 72, s.H / 300 * 72
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(pw, ph), invariant=1)
    c.drawImage(ImageReader(io.BytesIO(jb.getvalue())), 0, 0, width=pw, height=ph)
    c.showPage()
    c.save()
    docinfo(buf.getvalue(), path, "EPSON Scan", "EPSON Scan", "D:20250425101846+08'00'",
            drop=("/Title", "/Author", "/Subject", "/Keywords"))


ALL.append(h543())


def drop_test():
    """for every planted finding in turn: would write_gold's recheck stop without it? (nothing is written)"""
    import heldout4
    for rep in sorted(ALL, key=lambda r: r["stem"]):
        golds = rep["gold"] if isinstance(rep["gold"], list) else [rep["gold"]]
        seen = [x for g_ in golds for x in heldout4.recheck(g_)]
        for f in rep["findings"]:
            rest = {x["kind"] for x in rep["findings"] if x is not f}
            left = [f"{k}: {w}" for k, w in seen if not H.COVERS[k] & rest]
            print(rep["stem"], "without", f["kind"], "->", "stops with " + "; ".join(left) if left else
                  "passes (beyond the recheck; asserted in the spec)")


def main(argv):
    if argv == ["--drop"]:
        return drop_test()
    if argv == ["--table"]:
        for rep in sorted(ALL, key=lambda r: r["stem"]):
            print(rep["stem"], "|", "; ".join(f"{f['kind']} {f['where']} {f['stated']} → {f['recomputed']} "
                                               f"({f['certainty']}, {f['severity']})" for f in rep["findings"]), "|",
                  " ; ".join(rep["traps"]))
        return None
    round_main(argv, sorted(ALL, key=lambda r: r["stem"]), "97")


if __name__ == "__main__":
    main(sys.argv[1:])
