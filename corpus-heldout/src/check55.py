#!/usr/bin/python3
"""Round 55's independent check: re-reads h329–h333 with readers that are not the writers (nothing of reports55.py is
imported; check47 gives the comparison helpers same / gold / compare_rows, check53 its readers, check54 its
table_under) and compares what they read with gold/<stem>.json, then re-derives each planted problem (and the traps
around it) from what was read.
    /usr/bin/python3 corpus-heldout/src/check55.py [h329 …]
Readers: h329 zipfile + lxml on word/document.xml (check53.docx_tables: gridSpan / vMerge resolved), the 申报表 and the
自评表 as two tables; h330 zipfile + lxml on the XLSX parts (check53.xlsx_cells: sharedStrings, sheet1, styles — a “%”
format shown with two decimals —, merges filled), value cells joined with the 计量单位 cell; h331 the text itself,
every indicator line and section heading parsed by regular expressions written here; h332 the standard library's
html.parser (check53.Tables: rowspan / colspan laid on a grid), the dotted code split off the 指标 cell; h333 poppler
(`pdftotext -bbox` words, plain `pdftotext` for the prose) with pikepdf for the stroked rectangles
(check53.pdf_words / pdf_rects / cell_texts): the appendix 评分表's columns found by their header cells, rows by the
三级 cells; 表1 walked down from its header cells (check54.table_under).
"""
import os
import re
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check47 as C  # noqa: E402  (comparison helpers)
import check53 as K  # noqa: E402  (readers: xlsx_cells, docx_tables, pdf_words, pdf_rects, cell_texts, Tables)
from check54 import table_under  # noqa: E402

same, gold = C.same, C.gold
fv, r2, canon, gbudget, grade_of, ident, path_of = K.fv, K.r2, K.canon, K.gbudget, K.grade_of, K.ident, K.path_of


def stem_of(p):
    return os.path.splitext(os.path.basename(p))[0]


def lead_num(s):
    m = re.search(r"-?\d+(?:\.\d+)?", str(s).replace(",", ""))
    return float(m.group(0)) if m else None


def met(target, actual):
    """a quantitative target (“≥85”, “≤62”, “100”, “90%以上”) against an actual; None when not comparable"""
    t, a = lead_num(target), lead_num(actual)
    if t is None or a is None:
        return None
    t_s = str(target)
    if t_s.startswith("≤") or "以内" in t_s:
        return a <= t
    return a >= t


def P(a, t, w):
    return r2(w * a / t)


# ------------------------------------------------------------ h329 DOCX, 申报表 (附件1) before the 自评表 (附件2)

def check329():
    p = path_of("h329")
    g = gold(stem_of(p))
    tables, body = K.docx_tables(p)
    ident("h329", body, g)
    same("h329 two tables (申报表, 自评表)", len(tables), 2)
    t1, t2 = tables
    with zipfile.ZipFile(p) as z:
        doc_xml = z.read("word/document.xml").decode("utf-8")
    same("h329 附件2 in a landscape section", doc_xml.count('w:orient="landscape"') >= 1, True)
    # 申报表: 部门名称, 年度预算申请 (3 lines), 年度绩效目标, header, 13 rows — no actuals, no scores
    hdr1 = next(i for i, r in enumerate(t1) if r[0] == "一级指标")
    same("h329 申报表 header: targets only", t1[hdr1], ["一级指标", "二级指标", "三级指标", "指标值"])
    filed = {r[2]: r[3] for r in t1[hdr1 + 1:]}
    req = {r[1].strip("\u3000"): fv(r[2]) for r in t1[1:4]}
    same("h329 申报表 年度预算申请 (= 年初)", (req["资金总额"], r2(req["其中：基本支出"] + req["项目支出"])),
         (g["budget"]["initialBudget"], g["budget"]["initialBudget"]))
    # 自评表
    bud = {r[0].strip("\u3000"): r for r in t2[2:5]}
    b, bb, bp = bud["年度资金总额"], bud["其中：基本支出"], bud["项目支出"]
    same("h329 budget", (fv(b[2]), fv(b[3]), fv(b[4]), fv(b[6]), fv(bb[3]), fv(bb[4]), fv(bp[3]), fv(bp[4])), gbudget(g))
    same("h329 parts add up", tuple(r2(fv(bb[k]) + fv(bp[k])) for k in (2, 3, 4)), (fv(b[2]), fv(b[3]), fv(b[4])))
    same("h329 rates right", [(x[0].strip("\u3000"), f"{fv(x[4]) / fv(x[3]) * 100:.2f}%" == x[6]) for x in (b, bb, bp)],
         [("年度资金总额", True), ("其中：基本支出", True), ("项目支出", True)])
    hdr2 = next(i for i, r in enumerate(t2) if r[0] == "一级指标")
    rows = [(None, None, "年度资金总额", None, b[6], fv(b[5]), fv(b[7]))]
    raw = []
    for r in t2[hdr2 + 1:]:
        if r[0] == "总分":
            tot = r
            break
        rows.append((r[0], r[1], r[2], r[3], r[4], fv(r[5]), fv(r[6])))
        raw.append(r)
    C.compare_rows("h329", rows, g, canon)
    same("h329 总分 row", (fv(tot[5]), fv(tot[6]), tot[7]), (g["maxScore"], g["totalScore"], f"自评等级：{g['grade']}"))
    same("h329 总分 = the rows", r2(sum(x[6] for x in rows)), g["totalScore"])
    same("h329 申报表 lists the same 13 indicators", sorted(filed), sorted(x[2] for x in raw))
    same("h329 申报表 against 自评表 指标值 (planted SAME_FIGURE_DIFFERS)",
         [(x[2], filed[x[2]], x[3]) for x in raw if filed[x[2]] != x[3]], [("法律援助案件办理数", "≥1200件", "≥1000件")])
    aid = next(x for x in raw if x[2] == "法律援助案件办理数")
    same("h329 1086 meets ≥1000 at full, misses ≥1200", (met(aid[3], aid[4]), met("≥1200", aid[4]), aid[5] == aid[6],
                                                         P(1086, 1200, 10)), (True, False, True, 9.05))
    plan = next(r for r in t2 if r[1] == "预期目标")[2]
    done = next(r for r in t2 if r[1] == "实际完成情况")[2]
    same("h329 预期目标 says 1200件以上", "法律援助案件1200件以上" in plan, True)
    same("h329 说明: targets from the 申报表; 三: not adjusted",
         ("年度指标值按本部门年度绩效目标申报表（附件1）填列" in body, "年度执行中未申请调整绩效目标" in body), (True, True))
    same("h329 goal labels (planted GOAL_LABELS)", (re.findall(r"(目标\d)：", plan), re.findall(r"(目标\d)：", done)),
         (["目标1", "目标2", "目标3"], ["目标1", "目标3", "目标3"]))
    same("h329 申报表 goals = 预期目标", canon(t1[4][1]), canon(plan))
    rate = fv(b[6])
    same("h329 fund line score (planted BUDGET_ROW_SCORE)",
         (fv(b[7]), r2(rate / 10), r2(round(fv(b[4]) / fv(b[2]) * 100, 2) / 10)), (9.86, 9.44, 9.86))
    missed = [(x[2], fv(x[5]) == fv(x[6]), bool(x[7])) for x in raw if met(x[3], x[4]) is False]
    same("h329 missed rows (traps: proportion with a reason)", missed, [("公民法治素养基本达标率", False, True)])
    same("h329 met rows lose no points except the qualitative one",
         [x[2] for x in raw if met(x[3], x[4]) is not False and fv(x[6]) < fv(x[5])], ["公共法律服务体系建设长效机制"])
    same("h329 grade by bands", grade_of(g["totalScore"]), g["grade"])
    print(f"h329: {len(rows)} rows (fund line + {len(raw)}), 申报表 {len(filed)} targets, total {g['totalScore']}")


# ------------------------------------------------------------ h330 XLSX, multi-year project (本年 and 累计)

def check330():
    p = path_of("h330")
    g = gold(stem_of(p))
    cells = K.xlsx_cells(p)
    nrow = max(r for r, _ in cells)
    text = " ".join(str(v) for v in cells.values() if v is not None)
    ident("h330", text, g)

    def rowv(r):
        return [cells.get((r, c)) for c in range(1, 13)]
    fh = next(r for r in range(1, nrow + 1) if cells.get((r, 1)) == "项目资金（万元）")
    same("h330 fund header", rowv(fh)[3:],
         ["项目总投资", "截至上年累计执行数", "本年年初预算数", "本年全年预算数", "本年执行数", "本年执行率", "累计执行数", "分值",
          "得分"])
    lines = {}
    for r in range(fh + 1, fh + 6):
        x = rowv(r)
        lines[str(x[0]).strip("\u3000").replace("其中：", "")] = x
    b = lines["年度资金总额"]
    same("h330 budget (本年)", (b[5], b[6], b[7], fv(b[8])) + (None,) * 4, gbudget(g))
    srcs = [v for k, v in lines.items() if k != "年度资金总额"]
    same("h330 sources add up in every column", [r2(sum(x[k] for x in srcs)) for k in (3, 4, 5, 6, 7, 9)],
         [b[k] for k in (3, 4, 5, 6, 7, 9)])
    same("h330 截至上年 + 本年执行 = 累计, within 总投资 (traps)",
         [(k, r2(x[4] + x[7]) == x[9], x[9] <= x[3]) for k, x in lines.items()],
         [(k, True, True) for k in lines])
    zero = [(k, x[8]) for k, x in lines.items() if x[6] == 0]
    same("h330 rate over a zero base (planted RATE_OVER_ZERO_BASE)", zero, [("专项债券资金", "100.00%")])
    same("h330 other rates right", [k for k, x in lines.items() if x[6] and f"{x[7] / x[6] * 100:.2f}%" != x[8]], [])
    same("h330 本年 spending over the 本年 budget (planted SPENDING_OVER_BUDGET)",
         [(k, x[7], x[6]) for k, x in lines.items() if x[7] > x[6]], [("区级财政资金", 1712.46, 1650.0)])
    same("h330 fund line = 执行率 × 10", b[11], r2(fv(b[8]) / 10))
    hdr = next(r for r in range(1, nrow + 1) if cells.get((r, 1)) == "一级指标")
    same("h330 two-row header", (rowv(hdr)[4:8], rowv(hdr + 1)[4:8]),
         (["指标值", "指标值", "完成值", "完成值"], ["项目总体", "本年度", "本年度", "累计（截至本年末）"]))

    def join(v, u):
        return f"{v}{'' if u in ('—', None, '') else u}"
    rows = [(None, None, "年度资金总额", None, b[8], b[10], b[11])]
    raw = []
    r = hdr + 2
    while cells.get((r, 1)) != "总分":
        x = rowv(r)
        rows.append((x[0], x[1], x[2], join(x[5], x[3]), join(x[6], x[3]), x[8], x[9]))
        raw.append(x)
        r += 1
    C.compare_rows("h330", rows, g, canon)
    tot = rowv(r)
    same("h330 总分 row", (tot[8], tot[9], tot[10]), (g["maxScore"], g["totalScore"], f"自评等级：{g['grade']}"))
    same("h330 总分 = the rows", r2(sum(x[6] for x in rows)), g["totalScore"])
    missed = [(x[2], x[8] == x[9], bool(x[10])) for x in raw if met(x[5], x[6]) is False]
    same("h330 missed on the 本年度 columns (planted TARGET_MISSED_FULL_MARKS: the full-marks one, no reason)", missed,
         [("铺设供水主管网", True, False), ("地下水开采量压减", False, True)])
    same("h330 the missed full-marks row by the proportion rule", P(78.6, 85, 8), 7.4)
    behind = [x[2] for x in raw if met(x[4], x[7]) is False]
    same("h330 累计 below the 项目总体 (traps: not scored)", behind,
         ["新建规模化水厂", "铺设供水主管网", "改造入户管网", "新建加压泵站", "新建水质在线监测点", "新增农村集中供水受益人口",
          "地下水开采量压减"])
    same("h330 met this year, not the 2025 总体 (trap)",
         [x[2] for x in raw if met(x[5], x[6]) and met(x[4], x[6]) is False and x[7] == "—"], ["农村自来水普及率"])
    note = next(v for v in cells.values() if isinstance(v, str) and v.startswith("说明："))
    same("h330 说明: only the 本年度 columns scored", ("仅作参考" in note and "不参与本年度评分" in note), True)
    done = next(cells.get((rr, 3)) for rr in range(1, nrow + 1) if cells.get((rr, 2)) == "本年实际完成情况")
    same("h330 本年实际完成情况 says 78.6公里", "铺设供水主管网78.6公里" in done, True)
    same("h330 grade by bands", grade_of(g["totalScore"]), g["grade"])
    print(f"h330: {len(rows)} rows (fund line + {len(raw)}), total {g['totalScore']}, {len(behind)} rows behind the "
          "three-year target")


# ------------------------------------------------------------ h331 TXT, township, informal lines

LINE = re.compile(r"^(\d+)\.(.+?)：目标(.+?)，(完成|实际)(.+)（(\d+(?:\.\d+)?)分，得(\d+(?:\.\d+)?)分）$")
HEAD = re.compile(r"^（[一二三四五]）(.+?)（(\d+(?:\.\d+)?)分，得(\d+(?:\.\d+)?)分）$")


def check331():
    p = path_of("h331")
    g = gold(stem_of(p))
    with open(p, encoding="utf-8") as f:
        text = f.read()
    ident("h331", text, g)
    flat = canon(text)
    rows, secs, cur = [], [], None
    for ln in text.splitlines():
        m = HEAD.match(ln)
        if m:
            cur = m.group(1)
            secs.append((cur, fv(m.group(2)), fv(m.group(3))))
            continue
        m = LINE.match(ln)
        if m:
            act = m.group(5).split("，")[0]
            act = re.sub(r"（[^）]*）$", "", act)
            rows.append((cur, None, m.group(2), m.group(3), act, fv(m.group(6)), fv(m.group(7)), m.group(5)))
    C.compare_rows("h331", rows, g, canon)
    same("h331 sections", secs, [(s["name"], s["weight"], s["score"]) for s in g["sections"]])
    same("h331 sections = their lines", [(n, r2(sum(x[5] for x in rows if x[0] == n)), r2(sum(x[6] for x in rows
                                                                                            if x[0] == n)))
                                        for n, _, _ in secs], [(n, w, s_) for n, w, s_ in secs])
    same("h331 weights", r2(sum(x[5] for x in rows)), g["maxScore"])
    same("h331 line over its points (planted ROW_SCORE_OVER_WEIGHT)", [(x[2], x[6], x[5]) for x in rows if x[6] > x[5]],
         [("防汛抗旱物资储备", 4.5, 4.0)])
    tots = re.findall(r"合计得分：([\d.]+)分", text) + re.findall(r"自评得分([\d.]+)分", text)
    same("h331 total printed twice, rows (planted TOTAL_VS_ROWS)", ([fv(t) for t in tots], r2(sum(x[6] for x in rows))),
         ([g["totalScore"]] * 2, 97.79))
    wf = next(x for x in rows if x[2] == "农村危房改造")
    same("h331 危房改造 full against 三 (planted NARRATIVE_NOT_DONE_FULL_MARKS)",
         (wf[3], wf[4], wf[5] == wf[6], "15户危房改造中还有3户到年底没有竣工验收" in flat), ("15户", "已全部开工", True, True))
    prop = [(x[2], x[6], P(lead_num(x[4]), lead_num(x[3]), x[5])) for x in rows
            if met(x[3], x[4]) is False and x[2] != "预算执行率"]
    same("h331 missed lines scored in proportion, each with a remark (traps)", prop,
         [("农村改厕", 5.66, 5.66), ("村干部培训", 3.0, 3.0)])
    same("h331 missed lines carry their reason in the line",
         [("，" in x[7]) for x in rows if x[2] in ("农村改厕", "村干部培训")], [True, True])
    m = re.search(r"年初预算([\d,.]+)万元，年中追加([\d,.]+)万元，全年预算([\d,.]+)万元，实际支出([\d,.]+)万元，执行率([\d.]+)%。"
                  r"其中：基本支出预算([\d,.]+)万元，支出([\d,.]+)万元；项目支出预算([\d,.]+)万元，支出([\d,.]+)万元", flat)
    v = [fv(x) for x in m.groups()]
    same("h331 budget", (v[0], v[2], v[3], v[4], v[5], v[6], v[7], v[8]), gbudget(g))
    same("h331 budget adds up", (r2(v[0] + v[1]), r2(v[5] + v[7]), r2(v[6] + v[8]), round(v[3] / v[2] * 100, 2)),
         (v[2], v[2], v[3], v[4]))
    er = next(x for x in rows if x[2] == "预算执行率")
    same("h331 预算执行率 line = 执行率 × 10", er[6], r2(v[4] / 10))
    same("h331 grade printed and by bands", (re.search(r"等级为“(.)”", flat).group(1), grade_of(g["totalScore"])),
         (g["grade"], g["grade"]))
    print(f"h331: {len(rows)} lines in {len(secs)} sections, total printed {g['totalScore']} (lines 97.79)")


# ------------------------------------------------------------ h332 HTML, dotted codes and a 是否达成 column

def check332():
    p = path_of("h332")
    g = gold(stem_of(p))
    with open(p, encoding="utf-8") as f:
        src = f.read()
    tp = K.Tables()
    tp.feed(src)
    text = canon("".join(tp.text))
    ident("h332", text, g)
    same("h332 two tables", len(tp.tables), 2)
    t1, t2 = tp.tables
    bud = {r[0].strip("\u3000"): r for r in t1[1:]}
    b, bb, bp = bud["合计"], bud["其中：基本支出"], bud["项目支出"]
    same("h332 budget", (fv(b[1]), fv(b[2]), fv(b[3]), fv(b[4]), fv(bb[2]), fv(bb[3]), fv(bp[2]), fv(bp[3])), gbudget(g))
    same("h332 parts add up", [r2(fv(bb[k]) + fv(bp[k])) for k in (1, 2, 3)], [fv(b[k]) for k in (1, 2, 3)])
    same("h332 表1 rates off (planted EXECUTION_RATE)",
         [(x[0].strip("\u3000"), x[4], f"{fv(x[3]) / fv(x[2]) * 100:.2f}%") for x in (b, bb, bp)
          if f"{fv(x[3]) / fv(x[2]) * 100:.2f}%" != x[4]], [("项目支出", "95.19%", "91.59%")])
    same("h332 indicator header", t2[0], ["指标", "年度指标值", "实际完成值", "是否达成", "分值", "得分", "未达成原因及改进措施"])
    rows, l1s, l1, l2 = [], [], None, None
    for r in t2[1:]:
        if r[0] == "合计":
            tot = r
            continue
        m = re.match(r"^(\d+(?:\.\d+)*) (.+)$", r[0])
        code, name = m.group(1), m.group(2)
        depth = code.count(".") + 1
        if depth == 1:
            l1 = name
            l1s.append((name, fv(r[4]), fv(r[5])))
        elif depth == 2:
            l2 = name
            same(f"h332 二级 line {code} spans the row", len(set(r)), 1)
        else:
            rows.append((l1, l2, name, r[1], r[2], fv(r[4]), fv(r[5]), code, r[3], r[6]))
    C.compare_rows("h332", rows, g, canon)
    same("h332 codes", [x[7] for x in rows], [x["code"] for x in g["indicators"]])
    same("h332 a name starting with digits keeps them (trap)",
         [x[2] for x in rows if x[7] == "1.3.1"], ["12345市民服务热线工单按时办结率"])
    same("h332 一级 lines = gold sections", l1s, [(s["name"], s["weight"], s["score"]) for s in g["sections"]])
    same("h332 一级 lines against their rows (planted SECTION_VS_ROWS)",
         [(n, s_, r2(sum(x[6] for x in rows if x[0] == n))) for n, w, s_ in l1s
          if r2(sum(x[6] for x in rows if x[0] == n)) != s_], [("效益指标", 28.5, 29.0)])
    same("h332 合计 = the rows", (fv(tot[4]), fv(tot[5]), r2(sum(x[6] for x in rows))),
         (g["maxScore"], g["totalScore"], g["totalScore"]))
    same("h332 是否达成 agrees with the figures", [x[2] for x in rows if met(x[3], x[4]) is not None
                                                 and (x[8] == "是") != met(x[3], x[4])], [])
    same("h332 是 rows below their 分值 (planted TARGET_MET_POINTS_LOST)",
         [(x[2], x[6], x[5], x[9]) for x in rows if x[8] == "是" and x[6] < x[5]],
         [("辖区企业安全生产隐患排查", 5.0, 6.0, "")])
    fou = [(x[2], x[6], bool(x[9])) for x in rows if x[8] == "否"]
    same("h332 否 rows scored by the 说明, each with a reason (traps)", fou,
         [("社区长者食堂助餐服务", P(33480, 36000, 6), True), ("社区治理长效机制", 5.0, True),
          ("预算执行率", r2(fv(b[4]) / 10), True)])
    same("h332 grade", (re.search(r"自评等级为“(.)”", text).group(1), grade_of(g["totalScore"])), (g["grade"], g["grade"]))
    print(f"h332: {len(rows)} rows under {len(l1s)} 一级 lines, total {g['totalScore']}")


# ------------------------------------------------------------ h333 PDF, 扣分 and 得分 columns half filled

def check333():
    p = path_of("h333")
    g = gold(stem_of(p))
    npages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", p], capture_output=True, text=True).stdout)
                 .group(1))
    text = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True, check=True).stdout
    flat = canon(text)
    ident("h333", text, g)
    same("h333 third party, commissioned", "委托单位：郴州市北湖区财政局" in flat, True)
    heads = ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "年度指标值", "实际完成值", "扣分", "得分", "扣分原因"]
    rows, totals, t1 = [], None, None
    for page in range(1, npages + 1):
        words = K.pdf_words(p, page)
        rects = K.pdf_rects(p, page)
        cells = K.cell_texts(words, rects)
        t1 = t1 or table_under(rects, cells, ["一级指标", "分值", "得分", "得分率"])
        colx = {}
        for r, t in cells.items():
            if t in heads:
                colx[t] = (r[0], r[2], r[1])
        if sorted(colx) != sorted(heads):
            continue
        hdr_bottom = min(v[2] for v in colx.values())
        body = [(r, t) for r, t in cells.items() if r[3] <= hdr_bottom + 0.5]
        l3 = sorted([(r, t) for r, t in body if abs(r[0] - colx["三级指标"][0]) < 0.5
                     and abs(r[2] - colx["三级指标"][1]) < 0.5], key=lambda rt: -rt[0][3])

        def at(col, ymid):
            x0, x1, _ = colx[col]
            hit = [t for r, t in body if r[0] - 0.5 <= x0 and x1 <= r[2] + 0.5 and r[1] <= ymid <= r[3]]
            return hit[0] if hit else ""
        for r, t in l3:
            if t == "合计":
                continue
            ym = (r[1] + r[3]) / 2
            rows.append(tuple(at(c, ym) for c in heads))
        tot = [(r, t) for r, t in body if t == "合计"]
        if tot:
            ym = (tot[0][0][1] + tot[0][0][3]) / 2
            totals = (at("分值", ym), at("得分", ym))

    def nz(v):
        return None if v in ("—", "") else v
    # a row's score: the printed 得分, or 分值 − 扣分 where the 得分 cell is blank (the 注: 得分＝分值－扣分)
    got = [(x[0], x[1], x[2], nz(x[5]), nz(x[6]), fv(x[3]), fv(x[8]) if x[8] else r2(fv(x[3]) - fv(x[7]))) for x in rows]
    C.compare_rows("h333", got, g, canon)
    same("h333 扣分-only rows (traps: 得分 = 分值 − 扣分)", [(x[2], x[7]) for x in rows if x[7] and not x[8]],
         [("绩效指标明确性", "1"), ("资金使用合规性", "0.5"), ("就业服务长效机制", "1")])
    same("h333 rows with both, 得分 ≠ 分值 − 扣分 (planted RULE_SCORE)",
         [(x[2], x[3], x[7], x[8]) for x in rows if x[7] and x[8] and r2(fv(x[3]) - fv(x[7])) != fv(x[8])],
         [("补贴资金发放及时率", "6", "1.5", "4")])
    js = next(x for x in rows if x[2] == "补贴资金发放及时率")
    same("h333 the row's own rule", (js[4], js[5], js[6], r2(6 - 0.5 * (lead_num(js[5]) - lead_num(js[6])))),
         ("≥98%得满分，每低1个百分点扣0.5分", "≥98%", "95%", 4.5))
    same("h333 注 printed", "注：得分＝分值－扣分；未扣分的指标扣分栏不填。" in flat, True)
    same("h333 评分表 合计", (fv(totals[0]), fv(totals[1])), (g["maxScore"], g["totalScore"]))
    same("h333 weights against the full mark (planted WEIGHTS_VS_FULL_MARK)", (r2(sum(x[5] for x in got)), fv(totals[0])),
         (102.0, 100.0))
    same("h333 合计 = the rows", r2(sum(x[6] for x in got)), g["totalScore"])
    same("h333 表1 read", t1 is not None, True)
    sec = [(x[0], fv(x[1]), fv(x[2])) for x in t1 if x[0] != "合计"]
    same("h333 表1 = gold sections", sec, [(s["name"], s["weight"], s["score"]) for s in g["sections"]])
    same("h333 表1 lines = the rows", [(n, r2(sum(x[5] for x in got if x[0] == n)), r2(sum(x[6] for x in got if x[0] == n)))
                                      for n, _, _ in sec], sec)
    same("h333 表1 得分率 off (planted SCORE_RATE)",
         [(x[0], x[3], f"{fv(x[2]) / fv(x[1]) * 100:.2f}%") for x in t1 if x[0] != "合计"
          and f"{fv(x[2]) / fv(x[1]) * 100:.2f}%" != x[3]], [("过程", "90.15%", "91.05%")])
    same("h333 表1 合计 line", [x[1:] for x in t1 if x[0] == "合计"], [["100", "93.73", "93.73%"]])
    m = re.search(r"综合得分([\d.]+)分，评价等级为“(.)”", flat)
    same("h333 total and grade", (fv(m.group(1)), m.group(2), grade_of(fv(m.group(1)))),
         (g["totalScore"], g["grade"], g["grade"]))
    m = re.search(r"年初预算([\d,.]+)万元，年中追加后全年预算([\d,.]+)万元.*?实际支出([\d,.]+)万元，预算执行率([\d.]+)%", flat)
    same("h333 budget", tuple(fv(x) for x in m.groups()) + (None,) * 4, gbudget(g))
    srcs = re.findall(r"(中央补助资金|省级补助资金|区级财政资金)([\d,.]+)万元", flat)
    same("h333 sources add to the 全年预算", r2(sum(fv(v) for _, v in srcs)), g["budget"]["adjustedBudget"])
    er = next(x for x in got if x[2] == "预算执行率")
    same("h333 预算执行率 = 执行率 × 5", er[6], r2(5 * g["budget"]["executionRate"] / 100))
    print(f"h333: {len(rows)} rows over {npages} pages, total {g['totalScore']}, weights {r2(sum(x[5] for x in got))}")


def main(argv):
    for name, f in (("h329", check329), ("h330", check330), ("h331", check331), ("h332", check332),
                    ("h333", check333)):
        if not argv or name in argv:
            f()
    if C.PROBLEMS:
        print(f"{len(C.PROBLEMS)} PROBLEMS")
        for x in C.PROBLEMS:
            print("  ", x)
        sys.exit(1)
    print("all read = gold")


if __name__ == "__main__":
    main(sys.argv[1:])
