#!/usr/bin/python3
"""Round 22 (h164–h168): issue-9 layouts not used before, each with PLANTED issue-10 problems, made apart from the
code by the corpus22 session. Specs, rendering, gold and findings in this one file; every planted figure carries
`# PLANT <KIND>` with its finding beside it; write_gold below refuses a report whose own recomputation
(heldout4.recheck, on the gold or, for h166's 扣分 table, on the gold with weight − deduction filled in) finds a
mismatch no planted finding covers.
    /usr/bin/python3 corpus-heldout/src/reports22.py [h164 …]
Indicator tuples: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, note).
"""
import copy
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout4  # noqa: E402
import heldout14 as H  # noqa: E402
from heldout import Table, Title, PageBreak, group_merges, fmt, row, budget, gold  # noqa: E402
from reports3_a import Num  # noqa: E402
from reports4 import styled, pct, F  # noqa: E402

H.A.LO_PROFILE = "file:///tmp/jixiao_heldout22_lo"
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


def write_gold(rep):
    """As heldout14.write_gold, but the recheck runs on rep['check_gold'] when given (h166: the 扣分 table prints no
    row 得分, so the gold's row scores are null; the check fills in weight − deduction)."""
    golds = rep["gold"] if isinstance(rep["gold"], list) else [rep["gold"]]
    checks = rep.get("check_gold") or golds
    checks = checks if isinstance(checks, list) else [checks]
    fnd = rep["findings"]
    for g in golds:
        g["sourceFile"] = f"{rep['stem']}.{rep['format']}"
    planted = {f["kind"] for f in fnd}
    assert planted <= heldout4.KINDS, planted - heldout4.KINDS
    assert 2 <= len(fnd) <= 3, rep["stem"]
    for f in fnd:
        assert f["certainty"] in ("HIGH", "MEDIUM", "LOW") and f["severity"] in ("ERROR", "WARNING", "INFO")
        assert list(f) == ["kind", "where", "quote", "stated", "recomputed", "certainty", "severity", "note"]
    for g in checks:
        for kind, what in heldout4.recheck(g):
            if not H.COVERS[kind] & planted:
                sys.exit(f"{rep['stem']}: unplanted mismatch {kind}: {what}")
    H.write_json(os.path.join(H.OUT, "gold", rep["stem"] + ".json"), rep["gold"])
    H.write_json(os.path.join(H.OUT, "findings", rep["stem"] + ".json"), fnd)
    return golds


# ------------------------------------------------------------ one render and one main for rounds 31 onwards

# formats written as a python-docx DOCX / openpyxl XLSX and converted by LibreOffice (heldout14.render does pdf, doc
# and xls the same way): format → (what is written first, LibreOffice filter)
CONVERT = {"rtf": ("docx", "rtf:Rich Text Format"), "ods": ("xlsx", "ods:calc8")}


def render(rep, work):
    """Writes one report's file under corpus-heldout/ and returns its path. The writer is the report's own:
    rep["draw"](rep, dest) (reportlab), rep["write"](rep, dest) (python-docx / openpyxl / raw XML), rep["html"] or
    rep["text"] written as text (UTF-8 unless rep["encoding"] names another, unencodable characters as &#NNNN;), a
    CONVERT format through LibreOffice, else heldout14.render on rep["blocks"] / rep["sheets"]."""
    stem, ext = rep["stem"], rep["format"]
    dest = os.path.join(H.OUT, f"{stem}.{ext}")
    if "draw" in rep:
        rep["draw"](rep, dest)
    elif "write" in rep:
        rep["write"](rep, dest)
    elif "html" in rep:
        with open(dest, "wb") as f:
            f.write(rep["html"].encode(rep.get("encoding", "utf-8"), "xmlcharrefreplace"))
    elif "text" in rep:
        with open(dest, "w", encoding="utf-8") as f:
            f.write(rep["text"])
    elif ext in CONVERT:
        via, target = CONVERT[ext]
        src = os.path.join(work, f"{stem}.{via}")
        if via == "docx":
            H.A.write_docx(rep["blocks"], src, rep.get("page") == "A4L")
        else:
            H.A.write_xlsx(rep["sheets"], src)
        H.A.soffice(src, target, work)
        shutil.move(os.path.join(work, f"{stem}.{ext}"), dest)
    else:
        return H.render(rep, work)
    return dest


def run(argv, reports, tag, render_one=render):
    """The main of a round: writes gold, findings and file of every report whose stem starts with one of argv (all when
    argv is empty), each refused by write_gold when its recomputation finds an unplanted mismatch. tag names the round's
    LibreOffice profile (file:///tmp/jixiao_heldout<tag>_lo) and its work directory."""
    H.A.LO_PROFILE = f"file:///tmp/jixiao_heldout{tag}_lo"
    work = tempfile.mkdtemp(prefix=f"heldout{tag}_")
    try:
        for rep in reports:
            if argv and not any(rep["stem"].startswith(a) for a in argv):
                continue
            golds = write_gold(rep)
            dest = render_one(rep, work)
            print(os.path.basename(dest), sum(len(g["indicators"]) for g in golds), "rows, totals",
                  [g["totalScore"] for g in golds], "planted:", ", ".join(x["kind"] for x in rep["findings"]))
    finally:
        shutil.rmtree(work, ignore_errors=True)


BANDS = "90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。"


# ============================================================ h164 遵义市播州区自然资源局 (XLSX, 部门整体, 决策/过程/产出/效益)

def h164():
    dept = "遵义市播州区自然资源局"
    ib, ip = 1420.00, 2440.00
    ab, ap = 1512.30, 2814.20
    eb, ep = 1352.40, 2846.22  # PLANT SPENDING_OVER_BUDGET: 项目支出 2,846.22 > 2,814.20
    ia, aa, ea = r2(ib + ip), r2(ab + ap), r2(eb + ep)
    rate = pct(ea, aa)  # 97.04
    bs = r2(rate * 6 / 100)  # 5.82
    rule_cc = "≥95%得满分，每低于1个百分点扣0.5分，扣完为止"
    cc_true = r2(6 - (95 - 91) * 0.5)  # 4
    cc_printed = 5  # PLANT RULE_SCORE: 91% is 4 points below 95% → 6 − 2 = 4
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 评分标准)
    ind = [("决策", "目标设定", "绩效目标合理性", "目标依据充分、符合职责", "依据充分", 4, 4, "符合得满分，否则酌情扣分"),
           ("决策", "目标设定", "绩效指标明确性", "指标细化量化", "部分指标未量化", 4, 3.5, "符合得满分，否则酌情扣分"),
           ("决策", "预算配置", "在职人员控制率", "≤100%", "96.5%", 4, 4, "≤100%得满分，否则不得分"),
           ("决策", "预算配置", "“三公经费”变动率", "≤0", "-5.1%", 4, 4, "≤0得满分，否则不得分"),
           ("决策", "预算配置", "重点支出安排率", "≥50%", "58.3%", 4, 4, "≥50%得满分，否则按比例得分"),
           ("过程", "资金管理", "预算执行率", "100%", f"{rate:.2f}%", 6, bs, "得分=预算执行率×分值"),
           ("过程", "资金管理", "资金使用合规性", "合规", "合规", 3, 3, "发现1项违规扣1分"),
           ("过程", "资金管理", "政府采购执行率", "100%", "100%", 3, 3, "100%得满分"),
           ("过程", "组织实施", "管理制度健全性", "健全", "健全", 4, 4, "健全得满分，否则酌情扣分"),
           ("过程", "组织实施", "资产管理安全性", "账实相符", "1宗土地收储资产未入账", 4, 3, "符合得满分，否则酌情扣分"),
           ("产出", "产出数量", "不动产登记办件量", "≥18000件", "18000件", 8, 8, "达到目标得满分，否则按比例得分"),
           ("产出", "产出数量", "耕地保有量", "≥52.6万亩", "52.8万亩", 7, 7, "达到目标得满分，否则不得分"),
           ("产出", "产出质量", "违法用地查处率", "≥95%", "91%", 6, cc_printed, rule_cc),
           ("产出", "产出质量", "测绘成果合格率", "100%", "100%", 6, 6, "100%得满分，否则不得分"),
           ("产出", "产出时效", "登记业务按时办结率", "≥98%", "99.2%", 8, 8, "达到目标得满分，否则按比例得分"),
           ("效益", "社会效益", "地质灾害造成人员伤亡", "0人", "全年未发生", 5, 5, "发生1起扣5分"),
           ("效益", "社会效益", "历史遗留“办证难”化解户数", "≥1200户", "1236户", 5, 5, "达到目标得满分，否则按比例得分"),
           ("效益", "生态效益", "历史遗留矿山生态修复面积", "≥800亩", "760亩", 5, 4, "达到目标得满分，否则酌情扣分"),
           ("效益", "满意度", "办事群众满意度", "≥90%", "91.6%", 10, 10, "≥90%得满分，每低1个百分点扣1分")]
    ind8 = [x[:7] + ("",) for x in ind]
    assert s2(ind8, 5) == 100
    rows_total = s2(ind8, 6)  # 96.32
    total = r2(rows_total + 1)  # PLANT TOTAL_VS_ROWS: the rows add to 96.32
    g = gold(None, dept, 2023, "COUNTY", "贵州省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, rate, ab, eb, ap, ep), [], grows(ind8))
    w1 = {n: s2([r for r in ind8 if r[0] == n], 5) for n in ["决策", "过程", "产出", "效益"]}
    w2 = {}
    for r in ind8:
        w2[(r[0], r[1])] = r2(w2.get((r[0], r[1]), 0) + r[5])
    m = lambda x: Num(x, "#,##0.00")  # noqa: E731
    T = Tab(8)
    T.add([f"{dept}2023年度部门整体支出绩效自评表"], [(0, 7)])
    T.add(["填报单位（盖章）：" + dept, "", "", "", "", "", "单位：万元", ""], [(0, 5), (6, 7)])
    b0 = T.add(["部门预算资金执行情况", "项目", "", "合计", "基本支出", "项目支出", "备注", ""], [(1, 2), (6, 7)])
    for lab, vals in [("年初预算数", (ia, ib, ip)), ("调整后预算数", (aa, ab, ap)), ("决算支出数", (ea, eb, ep))]:
        T.add(["", lab, "", m(vals[0]), m(vals[1]), m(vals[2]), "", ""], [(1, 2), (6, 7)])
    T.add(["", "预算执行率", "", f"{rate:.2f}%", f"{pct(eb, ab):.2f}%", f"{pct(ep, ap):.2f}%", "", ""],
          [(1, 2), (6, 7)])
    T.merges.append((b0, 0, len(T.rows) - 1, 0))
    T.add(["年度总体目标完成情况", "全年完成不动产登记办件18000件，耕地保有量52.8万亩，违法用地查处率91%，"
           "化解历史遗留“办证难”1236户，修复历史遗留矿山760亩，全年未发生地质灾害人员伤亡。", "", "", "", "", "", ""],
          [(1, 7)])
    hdr = T.add(["一级指标", "二级指标", "三级指标", "分值", "评分标准", "年度指标值", "实际完成值", "得分"])
    st = len(T.rows)
    for l1, l2, l3, t, av, w, s, rule in ind:
        T.add([f"{l1}（{fmt(w1[l1])}分）", f"{l2}（{fmt(w2[(l1, l2)])}分）", l3, Num(w), rule, t, av, Num(s)])
    T.merges += group_merges(T.rows, [0, 1], st)
    T.add(["合计", "", "", Num(100), "", "", "", Num(total)], [(0, 2)])
    T.add(["自评等级", "", "", "优", "", "", "", ""], [(0, 2), (3, 7)])
    T.add(["说明：1.预算执行率得分=预算执行率×6分；2.评价等级：" + BANDS], [(0, 7)])
    T.add(["单位负责人：杨××　　　财务负责人：罗××　　　填表人：王××　　　填报日期：2024年4月8日"], [(0, 7)])
    t = styled(Table(T.rows, T.merges), [12, 14, 22, 7, 26, 14, 16, 8])
    t.first_table_row = hdr
    fnd = [F("SPENDING_OVER_BUDGET", "项目支出", f"调整后预算数 | 项目支出 {ap:,.2f} | 决算支出数 | 项目支出 {ep:,.2f} | "
             f"{pct(ep, ap):.2f}%", f"{ep:,.2f}万元", f"≤ {ap:,.2f}万元", "HIGH", "WARNING",
             f"项目支出 决算 {ep:,.2f} exceeds its 调整后预算 {ap:,.2f} by {ep - ap:,.2f} ({pct(ep, ap):.2f}%); the whole "
             f"({ea:,.2f} ≤ {aa:,.2f}) and 基本支出 are under budget"),
           F("RULE_SCORE", "违法用地查处率", f"违法用地查处率 | 6 | {rule_cc} | ≥95% | 91% | {cc_printed}",
             str(cc_printed), fmt(cc_true), "HIGH", "ERROR",
             f"91% is 4 points below 95%: 6 − 4 × 0.5 = {fmt(cc_true)}, printed {cc_printed}"),
           F("TOTAL_VS_ROWS", "合计", f"合计 | 100 | {fmt(total)}", fmt(total), fmt(rows_total), "HIGH", "ERROR",
             f"19 rows add to {fmt(rows_total)} (决策 19.5 + 过程 {fmt(s2([r for r in ind8 if r[0] == '过程'], 6))} + "
             f"产出 34 + 效益 24), the 合计 prints {fmt(total)} (a separate slip from the 违法用地查处率 score; "
             f"with that row corrected the rows add to {fmt(r2(rows_total - 1))}); 优 either way")]
    return {"stem": "h164_bozhou_ziranziyuan", "format": "xlsx", "sheets": [("部门整体自评表", t)], "gold": g,
            "findings": fnd,
            "traps": [f"预算执行率 {ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% × 6 = {rate * 6 / 100:.4f} printed {fmt(bs)} "
                      "(rounding)", "不动产登记办件量 18000 vs ≥18000件 (met exactly)",
                      "地质灾害造成人员伤亡 0人 vs 全年未发生, full", "绩效指标明确性 −0.5, 资产管理安全性 −1, 矿山修复 −1: "
                      "“酌情扣分” (judgement)", "一级/二级 weights printed in the level cells add up to their rows",
                      "基本支出 under budget; parts add up to 合计 in every line"]}


ALL.append(h164())


# ============================================================ h165 芜湖市鸠江区水务局 (DOCX, 项目 form, “目标…/完成…” in one cell, 元)

def h165():
    dept = "芜湖市鸠江区水务局"
    unit = "芜湖市鸠江区水利工程管理站"
    proj = "鸠江区2022年小型水库除险加固及山塘维修养护资金"
    ab, eb = 5200000.00, 4992000.00
    rate = pct(eb, ab)  # 96.00
    rate_s = "96.90%"  # PLANT EXECUTION_RATE: 4,992,000.00 ÷ 5,200,000.00 = 96.00%
    bs = r2(rate / 10)  # 9.6
    # (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 未完成原因)
    ind = [("产出指标", "数量指标", "除险加固小型水库", "≥30座", "28座", 10, 10, ""),  # PLANT TARGET_MISSED_FULL_MARKS
           ("产出指标", "数量指标", "维修养护山塘", "≥120口", "120口", 10, 10, ""),
           ("产出指标", "质量指标", "工程竣工验收合格率", "100%", "100%", 10, 10, ""),
           ("产出指标", "时效指标", "汛前完工率", "≥90%", "93.3%", 10, 10, ""),
           ("产出指标", "成本指标", "单座水库平均补助", "≤16万元", "15.8万元", 10, 10, ""),
           ("效益指标", "社会效益指标", "受益人口", "≥3.5万人", "3.62万人", 10, 10, ""),
           ("效益指标", "社会效益指标", "水库安全度汛", "不发生垮坝事故", "未发生", 10, 10, ""),
           ("效益指标", "可持续影响指标", "小型水库管护责任落实率", "100%", "96%", 10, 9.6,
            "2座水库巡查管护人员年中变更，未及时落实"),
           ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "93.5%", 10, 10, "")]
    full = [("", "", "年度资金总额", "", rate_s, 10, bs, "")] + ind
    assert s2(full, 5) == 100
    total = s2(full, 6)  # 99.2
    g = with_project(gold(None, dept, 2022, "COUNTY", "安徽省", "SELF_EVALUATION", None, total, 100, "优",
                          budget(None, ab / 10000, eb / 10000, 96.90), [], grows(full)), proj, unit)
    goals = [("一是", "完成30座小型水库除险加固，消除病险隐患；"), ("二是", "完成120口山塘清淤整修及维修养护；"),
             ("四是", "落实小型水库“三个责任人”和管护经费，确保安全度汛。")]  # PLANT GOAL_LABELS
    T = Tab(7)
    T.add(["项目名称", proj, "", "", "", "", ""], [(1, 6)])
    T.add(["主管部门", dept, "", "", "实施单位", unit, ""], [(1, 3), (5, 6)])
    b0 = T.add(["年度资金总额", "全年预算数", f"{ab:,.2f}", "", "全年执行数", f"{eb:,.2f}", ""], [(2, 3), (5, 6)])
    T.add(["", "执行率", rate_s, "分值", "10", "得分", fmt(bs)])
    T.merges.append((b0, 0, b0 + 1, 0))
    T.add(["年度绩效目标", "".join(a + b for a, b in goals), "", "", "", "", ""], [(1, 6)])
    T.add(["目标完成情况", "全年完成28座小型水库除险加固、120口山塘维修养护，汛期所有小型水库安全度汛，受益人口3.62万人。",
           "", "", "", "", ""], [(1, 6)])
    hdr = T.add(["一级指标", "二级指标", "三级指标", "指标值及完成值", "分值", "得分", "未完成原因"])
    st = len(T.rows)
    for l1, l2, l3, t, av, wt, s, n in ind:
        T.add([l1, l2, l3, f"目标{t}/完成{av}", fmt(wt), fmt(s), n])
    T.merges += group_merges(T.rows, [0, 1], st)
    T.add(["总分", "", "", "", "100", fmt(total), ""], [(0, 3)])
    T.add(["自评结论", "优", "", "", "", "", ""], [(1, 6)])
    t = styled(Table(T.rows, T.merges), [2.4, 2.6, 3.6, 4.0, 1.2, 1.2, 3.6])
    blocks = [Title("2022年度项目支出绩效自评表"), "金额单位：元", t,
              "注：年度资金总额得分=执行率×10分；其余指标未达到目标值的按完成比例计分；自评结论按总分划分：" + BANDS,
              "填报单位：芜湖市鸠江区水务局（盖章）　　　　填报人：汪××　　　　联系电话：0553-58××××× 　　　　2023年3月30日"]
    fnd = [F("EXECUTION_RATE", "年度资金总额", f"全年预算数 | {ab:,.2f} | 全年执行数 | {eb:,.2f} | 执行率 | {rate_s}",
             rate_s, f"{rate:.2f}%", "HIGH", "ERROR",
             f"4,992,000.00 ÷ 5,200,000.00 = {rate:.2f}%, printed {rate_s}; the 得分 {fmt(bs)} = {rate:.2f}% × 10 "
             "follows the right rate"),
           F("GOAL_LABELS", "年度绩效目标", "一是…；二是…；四是…", "一是、二是、四是", "一是、二是、三是", "HIGH",
             "WARNING", "three goals enumerated 一是, 二是, 四是: 三是 is skipped (a goal dropped or mislabelled)"),
           F("TARGET_MISSED_FULL_MARKS", "除险加固小型水库", "除险加固小型水库 | 目标≥30座/完成28座 | 10 | 10", "10",
             "< 10", "HIGH", "WARNING",
             "28 < 30座, yet full marks 10 and no reason given; by the printed 按完成比例 rule 28 ÷ 30 × 10 = 9.33 "
             "(the 总分 99.2 adds the 10; the 目标完成情况 also says 28座)")]
    return {"stem": "h165_jiujiang_shuiwu", "format": "docx", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": ["维修养护山塘 120 vs ≥120口 (met exactly)", "水库安全度汛 不发生垮坝事故 vs 未发生, full",
                      "单座水库平均补助 15.8 vs ≤16万元 (met)", "管护责任落实率 96% vs 100%: 96 ÷ 100 × 10 = 9.6 (printed 按完成比例 rule pays partial marks)",
                      "年度资金总额 得分 9.6 = 96.00% × 10 (right); 总分 9.6 + 89.6 = 99.2 right; 元 → 万元"]}


ALL.append(h165())


# ============================================================ h166 泽州县林业局 (PDF ruled via LibreOffice, report with a 扣分 table)

def h166():
    dept = "泽州县林业局"
    ia = 1742.60
    ab, ap, eb, ep = 812.45, 1103.35, 798.21, 1034.25
    aa, ea = r2(ab + ap), r2(eb + ep)  # 1,915.80 / 1,832.46
    rate = pct(ea, aa)  # 95.65
    rate_s = "96.65%"  # PLANT FORMULA: 1,832.46 ÷ 1,915.80 × 100% = 95.65%
    bded = r2(10 - rate / 10 + 0.0001)  # 10 − 9.565 = 0.435 printed 0.44
    # (一级, 二级, 三级, 年度目标, 完成情况, 分值, 扣分, 扣分说明)
    ind = [("投入", "预算编制", "预算编制科学性", "编制规范、测算合理", "编制规范", 5, 0, ""),
           ("投入", "目标设定", "绩效指标明确性", "指标细化量化", "个别指标未量化", 5, 0.5, "2项效益指标未设定量化值"),
           ("投入", "预算配置", "在职人员控制率", "≤100%", "93.3%", 5, 0, ""),
           ("过程", "预算执行", "预算执行率", "100%", f"{rate:.2f}%", 10, bded, "按执行率计分，差额扣分"),
           ("过程", "预算执行", "结转结余率", "≤10%", "4.35%", 5, 0, ""),
           ("过程", "预算管理", "资产管理规范性", "账实相符", "部分护林设备未入账", 5, 1, "固定资产登记不及时"),
           ("产出", "数量", "营造林面积", "≥2.4万亩", "2.4万亩", 10, 0, ""),
           ("产出", "数量", "森林抚育面积", "≥1.5万亩", "1.56万亩", 10, 0, ""),
           ("产出", "数量", "古树名木挂牌保护", "挂牌保护古树386株", "因专项资金未到位，年内未完成挂牌", 5, 0, ""),
           # PLANT NARRATIVE_NOT_DONE_FULL_MARKS: 完成情况 says 年内未完成, 扣分 0
           ("产出", "质量", "造林成活率", "≥85%", "90.2%", 10, 0, ""),
           ("效益", "生态效益", "森林覆盖率", "≥31.5%", "31.8%", 10, 0, ""),
           ("效益", "社会效益", "森林火灾受害率", "≤0.9‰", "全年未发生森林火灾", 10, 0, ""),
           ("效益", "满意度", "林农群众满意度", "≥90%", "89%", 10, 1, "部分林农对生态补偿兑现进度有意见")]
    assert s2(ind, 5) == 100
    ded = s2(ind, 6)  # 2.94
    total = r2(100 - ded)  # 97.06
    g = gold(None, dept, 2021, "COUNTY", "山西省", "SELF_EVALUATION", None, total, 100, "优",
             budget(ia, aa, ea, 96.65, ab, eb, ap, ep), [],
             [row(l1, l2, l3, t, a, w, None) for l1, l2, l3, t, a, w, d, n in ind])
    chk = copy.deepcopy(g)
    for r, x in zip(chk["indicators"], ind):
        r["score"] = r2(x[5] - x[6])
    chk["budget"]["executionRate"] = rate  # the FORMULA is planted; the recheck of the rest runs on the right rate
    T = Tab(8)
    hdr = T.add(["一级指标", "二级指标", "三级指标", "分值", "年度目标", "完成情况", "扣分", "扣分说明"])
    for l1, l2, l3, t, a, w, d, n in ind:
        T.add([l1, l2, l3, fmt(w), t, a, fmt(d) if d else "0", n])
    T.merges += group_merges(T.rows, [0, 1], hdr + 1)
    T.add(["合计", "", "", "100", "", "", fmt(ded), ""], [(0, 2)])
    t = styled(Table(T.rows, T.merges), [1.2, 2.0, 2.8, 1.2, 2.5, 3.0, 1.2, 2.8], header_rows=1)
    blocks = [Title("泽州县林业局2021年度部门整体支出绩效自评报告"),
              "一、部门基本情况",
              "（一）主要职能。泽州县林业局是县政府工作部门，主要职责包括森林资源保护管理、国土绿化、林业有害生物防治、"
              "森林防火、林业生态修复等。",
              "（二）机构人员。局机关内设6个股室，下设县林业中心、县国有林场等二级单位。核定编制45人，其中行政编制12人、"
              "事业编制33人；实有人员43人。",
              "二、部门预算及执行情况",
              f"2021年年初预算{ia:,.2f}万元，全年预算{aa:,.2f}万元，其中基本支出{ab:,.2f}万元、项目支出{ap:,.2f}万元；"
              f"全年支出{ea:,.2f}万元，其中基本支出{eb:,.2f}万元、项目支出{ep:,.2f}万元。"
              f"预算执行率={ea:,.2f}÷{aa:,.2f}×100%={rate_s}。",
              "三、年度绩效目标完成情况",
              "2021年全年完成营造林2.6万亩、森林抚育1.56万亩，造林成活率90.2%，森林覆盖率提高到31.8%，"  # PLANT SAME_FIGURE_DIFFERS
              "全年未发生森林火灾。",
              "四、自评指标及扣分情况",
              "我局按照县财政局部门整体支出绩效评价指标体系，逐项对照年度目标进行自评，扣分情况如下表：",
              t,
              "五、自评结论",
              f"经自评，各项指标扣分合计{fmt(ded)}分，综合得分{fmt(total)}分，自评等级为“优”。"
              "（评分等级：" + BANDS.rstrip("。") + "。）",
              "六、存在的问题及改进措施",
              "一是绩效指标设置不够细化，个别效益指标未量化；二是固定资产登记不及时；三是古树名木保护资金落实滞后。"
              "下一步，我局将完善指标体系，加强资产动态管理，积极争取专项资金。",
              "泽州县林业局",
              "2022年4月15日"]
    fnd = [F("FORMULA", "预算执行率", f"预算执行率={ea:,.2f}÷{aa:,.2f}×100%={rate_s}", rate_s, f"{rate:.2f}%",
             "HIGH", "ERROR", f"1,832.46 ÷ 1,915.80 × 100% = {rate:.2f}%, printed {rate_s}; the 扣分 table prints "
             f"{rate:.2f}% (one problem, not a second finding)"),
           F("SAME_FIGURE_DIFFERS", "营造林面积", "三、…全年完成营造林2.6万亩 | 营造林面积 | ≥2.4万亩 | 2.4万亩 | 0",
             "2.6万亩", "2.4万亩", "HIGH", "WARNING",
             "营造林 completed 2.6万亩 in part 三, 2.4万亩 in the 扣分 table (which scores it met exactly)"),
           F("NARRATIVE_NOT_DONE_FULL_MARKS", "古树名木挂牌保护",
             "古树名木挂牌保护 | 5 | 挂牌保护古树386株 | 因专项资金未到位，年内未完成挂牌 | 0", "扣分 0 (5 of 5)",
             "扣分 > 0", "HIGH", "WARNING",
             "the 完成情况 says the task was not completed (“年内未完成”), yet no points are deducted; part 六 also names "
             "the delay; the 扣分合计 2.94 and 综合得分 97.06 count it as full marks")]
    return {"stem": "h166_zezhou_linye", "format": "pdf", "blocks": blocks, "gold": g, "check_gold": chk,
            "findings": fnd,
            "traps": [f"预算执行率 扣分 10 − {rate:.2f}% × 10 = {10 - rate / 10:.3f} printed {fmt(bded)} (rounding)",
                      "营造林面积 2.4 vs ≥2.4万亩 in the table (met exactly)",
                      "森林火灾受害率 ≤0.9‰ vs 全年未发生, 0 deducted", "“主要职责包括…等” is a list; 编制 45 = 12 + 33",
                      "绩效指标明确性 −0.5, 资产 −1, 满意度 −1 (89% vs ≥90%, no printed rule): judgement",
                      "扣分合计 2.94 = sum of 扣分; 100 − 2.94 = 97.06; budget parts add up, under budget"]}


ALL.append(h166())


# ============================================================ h167 鄂尔多斯市康巴什区住建局 (PDF borderless, budget + indicators in one table)

def h167():
    dept = "鄂尔多斯市康巴什区住房和城乡建设局"
    unit = "康巴什区城市建设服务中心"
    proj = "康巴什区2024年城镇老旧小区改造配套资金"
    ib, ab, eb = 1150.00, 1280.00, 1203.20
    rate = pct(eb, ab)  # 94.00
    bs_true = r2(rate / 10)  # 9.4
    bs = 9.7  # PLANT BUDGET_ROW_SCORE: 94.00% × 10 = 9.4
    bad_rule = "≥90%得满分；≥95%得4分；<90%不得分"  # PLANT MALFORMED_RULE: the higher band pays less than the lower
    # two levels: (一级, "", 指标名称, 指标值, 完成值, 分值, 得分, 备注)
    ind = [("产出指标", "", "开工改造老旧小区数量", "≥12个", "12个", 10, 10, ""),
           ("产出指标", "", "惠及居民户数", "≥3600户", "3712户", 8, 8, ""),
           ("产出指标", "", "改造工程验收合格率", "100%", "100%", 8, 8, ""),
           ("产出指标", "", "加装电梯完成率", "≥90%", "92%", 6, 6, bad_rule),
           ("产出指标", "", "年底前完工率", "≥95%", "83.3%", 8, 6, "2个小区因供热管网迁改延期"),
           ("产出指标", "", "户均改造成本", "≤3.5万元", "3.24万元", 6, 6, ""),
           ("效益指标", "", "小区配套设施完善率", "≥90%", "91.7%", 10, 10, ""),
           ("效益指标", "", "老旧管网更新长度", "≥18公里", "18.6公里", 10, 10, ""),
           ("效益指标", "", "施工安全事故", "0起", "未发生", 8, 8, ""),
           ("效益指标", "", "长效管理机制建立", "建立", "部分小区物业未进驻", 6, 3, "3个小区物业服务未落实"),
           ("满意度指标", "", "居民满意度", "≥90%", "84%", 10, 4, "每低于1个百分点扣1分")]
    full = [("预算执行", "", "预算执行率", "100%", f"{rate:.2f}%", 10, bs, "得分=执行率×分值")] + ind
    assert s2(full, 5) == 100, s2(full, 5)
    total = s2(full, 6)  # 88.7
    grade_printed = "优"  # PLANT GRADE_OUTSIDE_BANDS: 88.7 is 良 by the printed bands
    g = with_project(gold(None, dept, 2024, "COUNTY", "内蒙古自治区", "SELF_EVALUATION", None, total, 100,
                          grade_printed, budget(ib, ab, eb, rate), [], grows(full)), proj, unit)
    fnd = [F("BUDGET_ROW_SCORE", "预算执行率", f"预算执行率 | 100% | {rate:.2f}% | 10 | {fmt(bs)} | 得分=执行率×分值",
             fmt(bs), fmt(bs_true), "HIGH", "ERROR",
             f"1,203.20 ÷ 1,280.00 = {rate:.2f}% (printed right) × 10 = {fmt(bs_true)}, printed {fmt(bs)}; the 总分 "
             f"{fmt(total)} adds the 9.7 ({fmt(r2(total - 0.3))} with 9.4)"),
           F("MALFORMED_RULE", "加装电梯完成率", f"加装电梯完成率 | ≥90% | 92% | 6 | 6 | {bad_rule}", bad_rule,
             "a higher band (≥95%) paying less than a lower one (≥90%)", "MEDIUM", "WARNING",
             "the bands overlap and are inverted: any rate ≥95% is also ≥90% (full marks 6) yet the rule gives it 4 "
             "(the thresholds look swapped: ≥95% full, ≥90% 4); the row itself (92% → 6) reads the same either way"),
           F("GRADE_OUTSIDE_BANDS", "自评等级", f"总分 | 100 | {fmt(total)} | 自评等级：{grade_printed}", grade_printed,
             "良", "HIGH", "ERROR", f"{fmt(total)} lies in 80（含）至90 = “良” by the report's own 说明; printed “优” "
                                   f"(良 also with the corrected budget score, {fmt(r2(total - 0.3))})")]
    meta = {"dept": dept, "unit": unit, "proj": proj, "ib": ib, "ab": ab, "eb": eb, "total": total,
            "grade": grade_printed}
    return {"stem": "h167_kangbashi_zhujian", "format": "pdf", "drawn167": True, "meta": meta, "ind": full,
            "gold": g, "findings": fnd,
            "traps": ["执行率 1,203.20 ÷ 1,280.00 = 94.00% (right)", "开工改造老旧小区数量 12 vs ≥12个 (met exactly)",
                      "施工安全事故 0起 vs 未发生, full", "居民满意度 84% vs ≥90%: 6 × 1 → 4 (printed rule, right)",
                      "年底前完工率 −2, 长效管理 −3: reasons, no printed rule (judgement)",
                      "the budget lines (年初/全年/执行) share the indicator table, unscored"]}


ALL.append(h167())


def draw167(rep, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    font = "STSong-Light"
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    M, ind = rep["meta"], rep["ind"]
    W, Hh = A4
    left = 40
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    for setter in (c.setTitle, c.setAuthor, c.setCreator, c.setProducer):
        setter("")
    cols = [(left, "L", "一级指标"), (left + 52, "L", "指标名称"), (left + 168, "L", "指标值"), (left + 236, "L", "完成值"),
            (left + 346, "R", "分值"), (left + 380, "R", "得分"), (left + 392, "L", "备注")]

    def put(x, al, y, t, size=8.5):
        c.setFont(font, size)
        (c.drawRightString if al == "R" else c.drawString)(x, y, t)

    y = Hh - 56
    c.setFont(font, 15)
    c.drawCentredString(W / 2, y, "项目支出绩效自评表")
    y -= 18
    c.setFont(font, 10)
    c.drawCentredString(W / 2, y, "（2024年度）")
    y -= 24
    put(left, "L", y, f"项目名称：{M['proj']}", 9.5)
    y -= 15
    put(left, "L", y, f"主管部门：{M['dept']}", 9.5)
    y -= 15
    put(left, "L", y, f"实施单位：{M['unit']}", 9.5)
    put(W - left, "R", y, "单位：万元", 9.5)
    y -= 22
    for x, al, t in cols:
        put(x, al, y, t, 9)
    y -= 16
    for lab, v in [("年初预算数", M["ib"]), ("全年预算数", M["ab"]), ("全年执行数", M["eb"])]:
        put(cols[0][0], "L", y, "项目资金")
        put(cols[1][0], "L", y, lab)
        put(cols[2][0], "L", y, f"{v:,.2f}")
        y -= 14
    prev = None
    for l1, l2, l3, t, a, w, s, n in ind:
        cells = [l1 if l1 != prev else "", l3, t, a, fmt(w), fmt(s)]
        prev = l1
        for (x, al, _), v in zip(cols, cells):
            put(x, al, y, v)
        parts = ([p + "；" for p in n.split("；")[:-1]] + [n.split("；")[-1]]) if len(n) > 15 else [n]
        for k, p in enumerate(parts):
            put(cols[6][0], "L", y - 11 * k, p, 8)
        y -= 14 + 11 * (len(parts) - 1)
    y -= 4
    put(cols[0][0], "L", y, "总分", 9)
    put(cols[4][0], "R", y, "100", 9)
    put(cols[5][0], "R", y, fmt(M["total"]), 9)
    put(cols[6][0], "L", y, f"自评等级：{M['grade']}", 9)
    y -= 24
    put(left, "L", y, "说明：1.预算执行率得分=执行率×分值（10分），其余指标分值合计90分；", 8.5)
    y -= 13
    put(left, "L", y, "　　　2.自评等级：" + BANDS, 8.5)
    y -= 24
    put(left, "L", y, "填报单位（盖章）：康巴什区城市建设服务中心　　　　填报人：乌××　　　　审核人：张××", 9)
    y -= 14
    put(left, "L", y, "填报日期：2025年3月26日", 9)
    c.setFont(font, 8)
    c.drawCentredString(W / 2, 28, "1")
    c.showPage()
    c.save()


# ============================================================ h168 西宁市城北区退役军人事务局 (DOC, third party, 得分率 table + 评分表)

def h168():
    dept = "西宁市城北区退役军人事务局"
    unit = "西宁市城北区退役军人服务中心"
    proj = "城北区2023年度优抚对象抚恤补助资金"
    agency = "青海信诚联合会计师事务所"
    ia, aa, ea = 2460.00, 2538.60, 2497.14
    src = [("中央资金", 1812.00), ("省级资金", 486.60), ("区级资金", 240.00)]
    assert r2(sum(v for _, v in src)) == aa
    rate = pct(ea, aa)  # 98.37
    bsc = r2(rate * 4 / 100)  # 3.93
    people, parts = 1286, [("伤残军人", 312), ("“三属”", 148), ("在乡老复员军人", 46), ("带病回乡退伍军人", 760)]
    # PLANT BREAKDOWN_SUM: 312 + 148 + 46 + 760 = 1,266
    # (一级, 二级, 三级, 评分要点, 指标值, 实际完成值, 分值, 得分)
    D = [("决策", "项目立项", "立项依据充分性", "符合政策法规和部门职责的得满分", "依据充分", "依据充分", 3, 3),
         ("决策", "绩效目标", "绩效目标合理性", "目标与实际相符、合理可行的得满分，酌情扣分", "合理", "基本合理", 3, 2.5),
         ("决策", "绩效目标", "绩效指标明确性", "指标细化量化的得满分，酌情扣分", "明确", "部分未量化", 3, 2.5),
         ("决策", "资金投入", "预算编制科学性", "编制依据充分、测算合理的得满分", "科学", "科学", 3, 3),
         ("决策", "资金投入", "资金分配合理性", "分配依据充分、与对象数量匹配的得满分", "合理", "合理", 3, 3),
         ("过程", "资金管理", "资金到位率", "到位率×分值", "100%", "100%", 4, 4),
         ("过程", "资金管理", "预算执行率", "预算执行率×分值", "100%", f"{rate:.2f}%", 4, bsc),
         ("过程", "资金管理", "资金使用合规性", "无违规使用的得满分", "合规", "合规", 4, 4),
         ("过程", "组织实施", "管理制度健全性", "制度健全的得满分", "健全", "健全", 4, 4),
         ("过程", "组织实施", "制度执行有效性", "对象信息动态管理及时的得满分，酌情扣分", "有效", "个别对象信息更新不及时", 4, 3),
         ("产出", "产出数量", "补助对象覆盖率", "100%得满分，否则不得分", "100%", "100%", 10, 10),
         ("产出", "产出质量", "补助标准执行准确率", "100%得满分，否则不得分", "100%", "100%", 10, 10),
         ("产出", "产出时效", "按月发放及时率", "≥98%得满分，每低于1个百分点扣2分", "≥98%", "97.5%", 10, 9),
         ("产出", "产出成本", "补助标准执行情况", "按国家标准执行的得满分", "按国家标准执行", "按国家标准执行", 10, 10),
         ("效益", "社会效益", "优抚对象生活保障水平", "不低于当地居民平均生活水平的得满分", "不低于当地平均水平",
          "达到", 8, 8),
         ("效益", "社会效益", "重大涉军信访事件", "发生1起扣7分", "0起", "全年未发生", 7, 7),
         ("效益", "满意度", "优抚对象满意度", "≥90%得满分，每低于1个百分点扣1分", "≥90%", "88.5%", 10, 8.5)]
    ind8 = [(l1, l2, l3, t, a, w, s, "") for l1, l2, l3, _, t, a, w, s in D]
    assert s2(ind8, 5) == 100
    total = s2(ind8, 6)  # 95.43
    secs = []
    for n in ["决策", "过程", "产出", "效益"]:
        rs = [r for r in ind8 if r[0] == n]
        secs.append([n, s2(rs, 5), s2(rs, 6)])
    eff_true = secs[3][2]
    secs[3][2] = r2(eff_true + 1)  # PLANT SECTION_VS_ROWS: 效益 rows 8 + 7 + 8.5 = 23.5
    rates = [pct(s, w) for _, w, s in secs]
    proc_true = rates[1]  # 94.65
    rates_p = list(rates)
    rates_p[1] = 96.45  # PLANT SCORE_RATE: 18.93 ÷ 20 = 94.65%
    g = with_project(gold(None, dept, 2023, "COUNTY", "青海省", "THIRD_PARTY_EVALUATION", agency, total, 100, "优",
                          budget(ia, aa, ea, rate), [tuple(s) for s in secs], grows(ind8)), proj, unit)
    S = Tab(4)
    S.add(["一级指标", "分值", "得分", "得分率"])
    for (n, w, s), rp in zip(secs, rates_p):
        S.add([n, fmt(w), fmt(s), f"{rp:.2f}%"])
    S.add(["合计", "100", fmt(total), f"{total:.2f}%"])
    st = styled(Table(S.rows, S.merges), [3, 2, 2, 2], header_rows=1)
    U = Tab(8)
    U.add(["一级指标", "二级指标", "三级指标", "评分要点", "指标值", "实际完成值", "分值", "得分"])
    for x in D:
        U.add([x[0], x[1], x[2], x[3], x[4], x[5], fmt(x[6]), fmt(x[7])])
    U.merges += group_merges(U.rows, [0, 1], 1)
    U.add(["合计", "", "", "", "", "", "100", fmt(total)], [(0, 5)])
    ut = styled(Table(U.rows, U.merges), [1.3, 1.7, 2.6, 4.2, 2.0, 2.2, 1.0, 1.0], header_rows=1)
    pp = "、".join(f"{a}{b}人" for a, b in parts)
    blocks = [Title("城北区2023年度优抚对象抚恤补助资金"), Title("绩效评价报告"), "",
              "报告编号：青信评字〔2024〕第037号",
              "委托单位：西宁市城北区财政局",
              f"项目主管部门：{dept}",
              f"项目实施单位：{unit}",
              f"评价机构：{agency}",
              "报告日期：二〇二四年五月二十日", PageBreak(),
              "西宁市城北区财政局：",
              f"受贵局委托，{agency}（以下简称“我所”）对{proj}开展了绩效评价。现将评价情况报告如下：",
              "一、项目基本情况",
              f"（一）项目概况。2023年全区享受定期抚恤补助的优抚对象共{people:,}人，其中{pp}。"
              "补助资金按月通过“一卡通”发放至优抚对象个人账户。",
              f"（二）资金情况。项目年初预算{ia:,.2f}万元，调整后预算{aa:,.2f}万元（其中"
              + "、".join(f"{a}{v:,.2f}万元" for a, v in src) +
              f"），实际支出{ea:,.2f}万元，预算执行率{rate:.2f}%。",
              "二、评价工作开展情况",
              "本次评价采用定量与定性相结合的方法，按照决策、过程、产出、效益四个维度设置指标体系，分值分别为15分、20分、40分、"
              "25分。评价等级划分为：" + BANDS,
              "三、评价结论",
              f"经综合评价，{proj}得分{fmt(total)}分，评价等级为“优”。各一级指标得分情况如下：",
              st,
              "四、绩效分析",
              "（一）决策方面。项目立项依据充分，资金分配与优抚对象数量匹配，但部分绩效指标未量化。",
              "（二）过程方面。资金到位及时，使用合规；个别优抚对象信息动态更新不及时。",
              "（三）产出方面。补助对象全覆盖，标准执行准确，按月发放及时率97.5%，略低于目标。",
              "（四）效益方面。全年未发生重大涉军信访事件，优抚对象满意度88.5%。",
              "五、存在的问题及建议",
              "一是绩效目标细化不足；二是优抚对象信息动态管理有待加强；三是个别月份发放存在延迟。建议完善绩效指标体系，"
              "与民政、公安等部门建立信息比对机制，规范发放流程。",
              agency,
              "2024年5月20日", PageBreak(),
              "附件", Title("绩效评价指标评分表"), ut]
    sp = secs[3]
    fnd = [F("BREAKDOWN_SUM", "优抚对象人数", f"优抚对象共{people:,}人，其中{pp}", f"{people:,}人",
             f"{sum(b for _, b in parts):,}人", "HIGH", "WARNING",
             " + ".join(str(b) for _, b in parts) + f" = {sum(b for _, b in parts):,}, the total prints {people:,}"),
           F("SCORE_RATE", "过程 得分率", f"过程 | 20 | {fmt(secs[1][2])} | {rates_p[1]:.2f}%", f"{rates_p[1]:.2f}%",
             f"{proc_true:.2f}%", "HIGH", "ERROR", f"{fmt(secs[1][2])} ÷ 20 = {proc_true:.2f}%, printed {rates_p[1]:.2f}%"),
           F("SECTION_VS_ROWS", "效益", f"效益 | 25 | {fmt(sp[2])} | {rates_p[3]:.2f}%", fmt(sp[2]), fmt(eff_true),
             "HIGH", "ERROR", f"the 评分表's 效益 rows 8 + 7 + 8.5 = {fmt(eff_true)}, the summary prints {fmt(sp[2])} "
                             f"(its 得分率 {rates_p[3]:.2f}% follows the wrong score); the summary's 一级 scores add to "
                             f"{fmt(r2(sum(s[2] for s in secs)))}, not its 合计 {fmt(total)}, for the same reason")]
    return {"stem": "h168_chengbei_tuiyijunren", "format": "doc", "blocks": blocks, "gold": g, "findings": fnd,
            "traps": [f"预算执行率 {ea:,.2f} ÷ {aa:,.2f} = {rate:.2f}% (right) × 4 = {rate * 4 / 100:.4f} printed "
                      f"{fmt(bsc)} (rounding)", "fund sources 1,812.00 + 486.60 + 240.00 = 2,538.60",
                      "按月发放及时率 97.5% vs ≥98%: 0.5 × 2 = 1 → 9 (printed rule, partial marks)",
                      "优抚对象满意度 88.5%: 1.5 × 1 → 8.5 (printed rule)", "重大涉军信访事件 0起 vs 全年未发生 full",
                      "绩效目标合理性 −0.5, 指标明确性 −0.5, 制度执行 −1 (“酌情扣分”, judgement)",
                      "决策 93.33%, 产出 97.50% right; 合计 95.43 = rows"]}


ALL.append(h168())


def main(argv):
    work = tempfile.mkdtemp(prefix="heldout22_")
    try:
        for rep in ALL:
            if argv and not any(rep["stem"].startswith(a) for a in argv):
                continue
            golds = write_gold(rep)
            if rep.get("drawn167"):
                dest = os.path.join(H.OUT, f"{rep['stem']}.pdf")
                draw167(rep, dest)
            else:
                dest = H.render(rep, work)
            print(os.path.basename(dest), sum(len(g["indicators"]) for g in golds), "rows, totals",
                  [g["totalScore"] for g in golds], "planted:", ", ".join(x["kind"] for x in rep["findings"]))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
