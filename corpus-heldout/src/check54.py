#!/usr/bin/python3
"""Round 54's independent check: re-reads h324–h328 with readers that are not the writers (nothing of reports54.py is
imported; check47 gives the comparison helpers same / num / gold / compare_rows, check53 its readers) and compares what
they read with gold/<stem>.json, then re-derives each planted problem (and the traps around it) from what was read.
    /usr/bin/python3 corpus-heldout/src/check54.py [h324 …]
Readers: h324 zipfile + lxml on the XLSX parts (check53.xlsx_cells: sharedStrings, sheet1, styles, merges filled from
their top-left cell), value and 计量单位 cells joined, unit conversions by a table written here; h325 zipfile + lxml on
word/document.xml (check53.docx_tables: gridSpan / vMerge resolved), the 偏差率 recomputed from the target and actual
text and the 说明's bands parsed from the paragraph; h326 poppler (`pdftotext -bbox` words, plain `pdftotext` for the
prose) with pikepdf for the stroked rectangles (check53.pdf_words / pdf_rects / cell_texts): the 评分表 columns found by
their header cells, rows by the 三级 cells; the body's small tables (表1–表3) walked row by row down from their header
cells; h327 the standard library's html.parser (check53.Tables: rowspan / colspan laid on a grid); h328 the text itself
(tab fields).
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

same, gold = C.same, C.gold
fv, r2, canon, gbudget, grade_of, ident, path_of = K.fv, K.r2, K.canon, K.gbudget, K.grade_of, K.ident, K.path_of


def stem_of(p):
    return os.path.splitext(os.path.basename(p))[0]


def lead_num(s):
    """the number in a target / actual text: “≥2.2万人” → 2.2, “-6.00%” → -6.0"""
    m = re.search(r"-?\d+(?:\.\d+)?", s.replace(",", ""))
    return float(m.group(0)) if m else None


# ------------------------------------------------------------ h324 XLSX, targets and actuals in different units

# how many of the actual's unit make one of the target's
PER = {("公里", "米"): 1000, ("万元/公里", "元/公里"): 10000, ("万元", "元"): 10000, ("万人", "人"): 10000,
       ("分钟", "小时"): 1 / 60}


def check324():
    p = path_of("h324")
    g = gold(stem_of(p))
    cells = K.xlsx_cells(p)
    nrow = max(r for r, _ in cells)
    text = " ".join(str(v) for v in cells.values() if v is not None)
    ident("h324", text, g)

    def rowv(r):
        return [cells.get((r, c)) for c in range(1, 12)]
    hdr = next(r for r in range(1, nrow + 1) if cells.get((r, 1)) == "一级指标")
    same("h324 two-row header", (rowv(hdr)[3:7], rowv(hdr + 1)[3:7]),
         (["年度指标值", "年度指标值", "实际完成值", "实际完成值"], ["指标值", "计量单位", "完成值", "计量单位"]))
    fund = next(r for r in range(1, hdr) if cells.get((r, 1)) == "年度资金总额")
    fr = rowv(fund)
    rows = [(None, None, "年度资金总额", None, fr[7], fr[6], fr[8])]
    raw = []

    def join(v, u):
        return f"{v}{'' if u in ('—', None, '') else u}"
    r = hdr + 2
    while cells.get((r, 1)) != "总分":
        x = rowv(r)
        rows.append((x[0], x[1], x[2], join(x[3], x[4]), join(x[5], x[6]), x[7], x[8]))
        raw.append(x)
        r += 1
    C.compare_rows("h324", rows, g, canon)
    tot = rowv(r)
    same("h324 总分 row", (tot[7], tot[8], tot[9]), (g["maxScore"], g["totalScore"], f"自评等级：{g['grade']}"))
    same("h324 总分 = the rows", r2(sum(x[6] for x in rows)), g["totalScore"])
    same("h324 units differ on rows", sorted(x[2] for x in raw if x[4] != x[6]),
         sorted(["农村公路提档升级改造里程", "安全生命防护工程波形护栏安装长度", "提档升级单公里建设成本", "工程结算总金额",
                 "沿线受益群众", "沿线群众平均出行时间缩短"]))
    missed, met_lost, met_full_conv = [], [], []
    for x in raw:
        t = lead_num(str(x[3]))
        if t is None or x[4] == "—" or not re.match(r"[≥≤]?\d", str(x[3])):
            continue
        a = float(x[5]) / PER.get((x[4], x[6]), 1)
        ok = a <= t if str(x[3]).startswith("≤") else a >= t
        if not ok:
            missed.append((x[2], x[7] == x[8], x[9] or ""))
        elif x[8] < x[7]:
            met_lost.append((x[2], round(a, 4), x[8], x[9] or ""))
        elif x[4] != x[6]:
            met_full_conv.append(x[2])
    same("h324 missed rows after conversion (planted TARGET_MISSED_FULL_MARKS: the full-marks one, no reason)",
         [(n, full, bool(why)) for n, full, why in missed],
         [("安全生命防护工程波形护栏安装长度", True, False), ("沿线农产品运输成本降低率", False, True)])
    same("h324 met after conversion but points lost (planted TARGET_MET_POINTS_LOST)", met_lost,
         [("沿线受益群众", 3.68, 4, "")])
    same("h324 met only after conversion, at full marks (traps)", met_full_conv,
         ["农村公路提档升级改造里程", "提档升级单公里建设成本", "工程结算总金额", "沿线群众平均出行时间缩短"])
    done = next(v for (rr, c), v in cells.items() if c == 3 and isinstance(v, str) and v.startswith("完成农村公路"))
    km = float(re.search(r"提档升级改造([\d.]+)公里", done).group(1))
    row_km = next(float(x[5]) / 1000 for x in raw if x[2] == "农村公路提档升级改造里程")
    same("h324 实际完成情况 against the row (planted SAME_FIGURE_DIFFERS)", (km, row_km), (43.62, 43.26))
    bud = {str(cells.get((rr, 1))).strip("\u3000"): rowv(rr) for rr in range(fund, fund + 3)}
    b = bud["年度资金总额"]
    same("h324 budget", (b[3], b[4], b[5], fv(b[7])) + (None,) * 4, gbudget(g))
    parts = [bud["其中：省级补助资金"], bud["区级财政资金"]]
    same("h324 sources add up", tuple(r2(sum(x[k] for x in parts)) for k in (3, 4, 5)), (b[3], b[4], b[5]))
    same("h324 fund line = 执行率 × 10", fr[8], r2(fv(fr[7]) / 10))
    print(f"h324: {len(rows)} rows (fund line + {len(raw)}), total {g['totalScore']}, "
          f"{sum(1 for x in raw if x[4] != x[6])} rows with two units")


# ------------------------------------------------------------ h325 DOCX, 偏差率 and deviation bands

def check325():
    p = path_of("h325")
    g = gold(stem_of(p))
    tables, body = K.docx_tables(p)
    same("h325 one table", len(tables), 1)
    t = tables[0]
    ident("h325", body, g)
    hdr = next(i for i, r in enumerate(t) if r[0] == "一级指标")
    same("h325 header", t[hdr], ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差率", "分值", "得分",
                                 "偏差原因分析及改进措施"])
    fund = next(r for r in t if r[0] == "年度资金总额")
    rows = [(None, None, "年度资金总额", None, fund[7], fv(fund[6]), fv(fund[8]))]
    raw = []
    i = hdr + 1
    while t[i][0] != "总分":
        x = t[i]
        rows.append((x[0], x[1], x[2], x[3], x[4], fv(x[6]), fv(x[7])))
        raw.append(x)
        i += 1
    C.compare_rows("h325", rows, g, canon)
    tot = t[i]
    same("h325 总分 row", (fv(tot[6]), fv(tot[7]), tot[8]), (g["maxScore"], g["totalScore"], f"自评等级：{g['grade']}"))
    same("h325 总分 = the rows", r2(sum(x[6] for x in rows)), g["totalScore"])
    m = re.search(r"说明：.*", body)
    rule = m.group(0)
    same("h325 偏差率 formula printed", "偏差率＝（实际完成值－年度指标值）÷年度指标值×100%" in rule
         and "按（年度指标值－实际完成值）÷年度指标值×100%计算" in rule, True)
    bands = re.findall(r"偏差率([^；]*?)的，得分值的(\d+)%", rule)
    same("h325 bands as printed", bands, [("小于0且不低于-5%", "90"), ("在-5%（含）至-10%（含）之间", "80"),
                                           ("在-10%（不含）至-20%（含）之间", "60")])
    # −5% is “不低于-5%” (90%) and “-5%（含）” (80%) at once (planted MALFORMED_RULE)
    in90 = -5 >= -5 and -5 < 0
    in80 = "-5%（含）" in bands[1][0]
    same("h325 −5% in two bands (planted MALFORMED_RULE)", (in90, in80), (True, True))

    def band(d, w):
        f = 1 if d >= 0 else 0.9 if d >= -5 else 0.8 if d >= -10 else 0.6 if d >= -20 else 0
        return r2(w * f)
    wrong_dev, wrong_score = [], []
    for x in raw:
        if x[5] == "—":
            continue
        tv, av = lead_num(x[3]), lead_num(x[4])
        d = round(((tv - av) if x[3].startswith("≤") else (av - tv)) / tv * 100 + 1e-9, 2)
        if f"{d:.2f}%" != x[5]:
            wrong_dev.append((x[2], x[5], f"{d:.2f}%"))
        if band(d, fv(x[6])) != fv(x[7]):
            wrong_score.append((x[2], fv(x[7]), band(d, fv(x[6]))))
    same("h325 偏差率 cells off the formula (planted FORMULA)", wrong_dev, [("居民健康素养水平", "-1.10%", "-3.93%")])
    same("h325 scores off their band (planted RULE_SCORE)", wrong_score, [("村卫生室标准化建设", 5.4, 4.8)])
    same("h325 no row on the −5% overlap", [x[2] for x in raw if x[5] == "-5.00%"], [])
    bud = {r[0].strip("\u3000"): r for r in t if r[0].strip("\u3000") in ("年度资金总额", "其中：基本支出", "项目支出")}
    b, bb, bp = bud["年度资金总额"], bud["其中：基本支出"], bud["项目支出"]
    same("h325 budget", (fv(b[3]), fv(b[4]), fv(b[5]), fv(b[7]), fv(bb[4]), fv(bb[5]), fv(bp[4]), fv(bp[5])),
         gbudget(g))
    same("h325 fund line = 执行率 × 10", fv(b[8]), r2(fv(b[7]) / 10))
    print(f"h325: {len(rows)} rows, {sum(1 for x in raw if x[5] != '—')} with a 偏差率, total {g['totalScore']}")


# ------------------------------------------------------------ h326 PDF, third-party report with rectification tables

def table_under(rects, cells, heads):
    """rows of a ruled table walked down from its header cells (texts = heads, one line of cells): each next row's cells
    start where the row above ends, in the header's columns; stops when column 1 has no cell"""
    hd = []
    for h in heads:
        hit = [r for r, t in cells.items() if t == h]
        hd.append(hit)
    for first in hd[0]:
        cols = [first]
        for hits in hd[1:]:
            nxt = [r for r in hits if abs(r[3] - first[3]) < 0.6 and abs(r[0] - cols[-1][2]) < 0.6]
            if not nxt:
                break
            cols.append(nxt[0])
        if len(cols) == len(heads):
            break
    else:
        return None
    rows, bottom = [], cols[0][1]
    while True:
        row = []
        for col in cols:
            hit = [r for r in rects if abs(r[3] - bottom) < 0.6 and abs(r[0] - col[0]) < 0.6]
            row.append((hit[0], cells.get(hit[0], "")) if hit else None)
        if row[0] is None:
            return rows
        rows.append([v[1] if v else "" for v in row])
        bottom = row[0][0][1]


def check326():
    p = path_of("h326")
    g = gold(stem_of(p))
    npages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", p], capture_output=True, text=True).stdout)
                 .group(1))
    text = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True, check=True).stdout
    flat = canon(text)
    ident("h326", text, g)
    same("h326 third party, commissioned", "委托单位：温州市瓯海区财政局" in flat, True)
    heads = ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "年度指标值", "实际完成值", "得分", "评分依据及扣分原因"]
    rows, totals, t1, t2, t3 = [], None, None, None, None
    for page in range(1, npages + 1):
        words = K.pdf_words(p, page)
        rects = K.pdf_rects(p, page)
        cells = K.cell_texts(words, rects)
        t1 = t1 or table_under(rects, cells, ["一级指标", "分值", "得分", "得分率"])
        t2 = t2 or table_under(rects, cells, ["序号", "上年度评价发现的问题", "涉及指标", "上年度评价情况", "本年度情况",
                                              "整改状态"])
        t3 = t3 or table_under(rects, cells, ["序号", "指标名称", "评价时完成值", "跟踪核实值", "整改措施", "整改状态"])
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
            ym = (r[1] + r[3]) / 2
            rows.append(tuple(at(c, ym) for c in heads))
        tot = [(r, t) for r, t in body if t == "合计"]
        if tot:
            ym = (tot[0][0][1] + tot[0][0][3]) / 2
            totals = (at("分值", ym), at("得分", ym))

    def nz(v):
        return None if v in ("—", "") else v
    got = [(x[0], x[1], x[2], nz(x[5]), nz(x[6]), fv(x[3]), fv(x[7])) for x in rows]
    C.compare_rows("h326", got, g, canon)
    same("h326 评分表 合计", (fv(totals[0]), fv(totals[1])), (g["maxScore"], g["totalScore"]))
    same("h326 the rows against the printed total (planted TOTAL_VS_ROWS)", (r2(sum(x[6] for x in got)),
                                                                             g["totalScore"]), (93.52, 93.25))
    m = re.search(r"综合得分([\d.]+)分，评价等级为“(.)”", flat)
    same("h326 total and grade", (fv(m.group(1)), m.group(2)), (g["totalScore"], g["grade"]))
    same("h326 表1 read", t1 is not None, True)
    sec = [(x[0], fv(x[1]), fv(x[2])) for x in t1 if x[0] != "合计"]
    same("h326 表1 = gold sections", sec, [(s["name"], s["weight"], s["score"]) for s in g["sections"]])
    same("h326 表1 lines = the rows", [(n, r2(sum(x[6] for x in got if x[0] == n))) for n, _, _ in sec],
         [(n, s_) for n, _, s_ in sec])
    same("h326 表1 得分率 off (planted SCORE_RATE)",
         [(x[0], x[3], f"{fv(x[2]) / fv(x[1]) * 100:.2f}%") for x in t1 if f"{fv(x[2]) / fv(x[1]) * 100:.2f}%" != x[3]],
         [("产出", "93.81%", "93.18%")])
    same("h326 表1 合计 line", [x[1:] for x in t1 if x[0] == "合计"], [["100", "93.25", "93.25%"]])
    by_name = {x[2]: x for x in got}
    same("h326 表2 read (five problems)", len(t2 or []), 5)
    same("h326 表2 names 评分表 rows", all(x[2] in by_name for x in t2), True)
    same("h326 表2 本年度情况 agrees with the 评分表 (not rows of their own)",
         [(x[2], x[4]) for x in t2 if by_name[x[2]][4] and by_name[x[2]][4] not in x[4]], [])
    same("h326 表3 read (five lines)", len(t3 or []), 5)
    same("h326 表3 评价时完成值 = the 评分表, 跟踪核实值 later figures (traps)",
         [(x[1], x[2] == by_name[x[1]][4], x[3]) for x in t3 if by_name.get(x[1]) and by_name[x[1]][4]],
         [("加装电梯数量", True, "53台"), ("项目完工及时率", True, "100%"),
          ("改造后长效管理机制", False, "37个小区落实物业管理"),  # 评价时 “30个…（12个未落实）” against the row's 已建立
          ("预算执行率", True, "99.12%")])
    lm = by_name["改造后长效管理机制"]
    t3_lm = next(x for x in t3 if x[1] == "改造后长效管理机制")
    same("h326 full marks against the narrative (planted NARRATIVE_NOT_DONE_FULL_MARKS)",
         (lm[5] == lm[6], "仍有12个小区未落实物业管理" in flat, "12个未落实" in t3_lm[2], t3_lm[5]),
         (True, True, True, "整改中"))
    same("h326 跟踪核实值 not a basis of the score (printed)", "不作为本次评分依据" in flat, True)
    m = re.search(r"年初预算([\d,.]+)万元，年中追加后全年预算([\d,.]+)万元.*?实际支出([\d,.]+)万元，预算执行率([\d.]+)%", flat)
    same("h326 budget", tuple(fv(x) for x in m.groups()) + (None,) * 4, gbudget(g))
    srcs = re.findall(r"(中央补助资金|省级补助资金|区级财政资金)([\d,.]+)万元", flat)
    same("h326 sources add to the 全年预算", r2(sum(fv(v) for _, v in srcs)), g["budget"]["adjustedBudget"])
    print(f"h326: {len(rows)} rows over {npages} pages, total {g['totalScore']} (rows {r2(sum(x[6] for x in got))}), "
          f"表2 {len(t2)} / 表3 {len(t3)} lines")


# ------------------------------------------------------------ h327 HTML, separate 扣分明细表

def check327():
    p = path_of("h327")
    g = gold(stem_of(p))
    with open(p, encoding="utf-8") as f:
        src = f.read()
    tp = K.Tables()
    tp.feed(src)
    text = canon("".join(tp.text))
    ident("h327", text, g)
    same("h327 four tables", len(tp.tables), 4)
    t1, t2, t3, t4 = tp.tables
    bud = {r[0].strip("\u3000"): r for r in t1[1:]}
    b, bb, bp = bud["合计"], bud["其中：基本支出"], bud["项目支出"]
    same("h327 budget", (fv(b[1]), fv(b[2]), fv(b[3]), fv(b[4]), fv(bb[2]), fv(bb[3]), fv(bp[2]), fv(bp[3])), gbudget(g))
    same("h327 评分表 header: no deduction column", t2[0],
         ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分"])
    rows = []
    for r in t2[1:]:
        if r[0] == "合计":
            tot = r
            continue
        rows.append((r[0], r[1], r[2], r[4], r[5], fv(r[3]), fv(r[6])))
    C.compare_rows("h327", rows, g, canon)
    same("h327 合计", (fv(tot[3]), fv(tot[6])), (g["maxScore"], g["totalScore"]))
    same("h327 合计 = the rows", r2(sum(x[6] for x in rows)), g["totalScore"])
    same("h327 表3 header", t3[0], ["一级指标", "分值", "扣分", "得分"])
    sec = [(r[0], fv(r[1]), fv(r[2]), fv(r[3])) for r in t3[1:] if r[0] != "合计"]
    same("h327 表3 = gold sections", [(n, w, s_) for n, w, _, s_ in sec],
         [(s["name"], s["weight"], s["score"]) for s in g["sections"]])
    same("h327 表3 扣分 = 分值 − 得分 on every line", [n for n, w, d, s_ in sec if r2(w - d) != s_], [])
    same("h327 表3 lines off the rows (planted SECTION_VS_ROWS)",
         [(n, s_, r2(sum(x[6] for x in rows if x[0] == n))) for n, w, d, s_ in sec
          if r2(sum(x[6] for x in rows if x[0] == n)) != s_], [("产出", 32.4, 32.94)])
    st = next(r for r in t3 if r[0] == "合计")
    same("h327 表3 合计 = the rows", (fv(st[1]), fv(st[2]), fv(st[3])),
         (100, r2(100 - g["totalScore"]), g["totalScore"]))
    same("h327 扣分明细 header", t4[0], ["序号", "一级指标", "三级指标", "扣分", "扣分依据"])
    items = [r for r in t4[1:] if r[0] != "扣分合计"]
    dtot = next(r for r in t4 if r[0] == "扣分合计")
    by = {x[2]: x for x in rows}
    same("h327 each 扣分 = 分值 − 得分 of its row", [(r[2], fv(r[3])) for r in items
                                                 if r2(by[r[2]][5] - by[r[2]][6]) != fv(r[3])], [])
    same("h327 every row that lost points is in the 扣分明细", sorted(x[2] for x in rows if x[6] < x[5]),
         sorted(r[2] for r in items))
    same("h327 扣分合计 = the items = 100 − total", (fv(dtot[3]), r2(sum(fv(r[3]) for r in items))),
         (r2(100 - g["totalScore"]),) * 2)
    ex = by["预算执行率"]
    same("h327 预算执行率 full 10 at 93.42% (planted BUDGET_ROW_SCORE)", (ex[6], r2(fv(ex[4]) / 10),
                                                                   "预算执行率得分＝执行率×分值" in text), (10, 9.34, True))
    m = re.search(r"自评得分([\d.]+)分，自评等级为“(.)”", text)
    same("h327 total and grade", (fv(m.group(1)), m.group(2)), (g["totalScore"], g["grade"]))
    same("h327 grade outside the printed bands (planted GRADE_OUTSIDE_BANDS)",
         ("80分（含）至90分为“良”" in text, grade_of(g["totalScore"])), (True, "良"))
    print(f"h327: {len(rows)} rows, {len(items)} deductions ({dtot[3]}), total {g['totalScore']}")


# ------------------------------------------------------------ h328 TXT, weighted percentages

def check328():
    p = path_of("h328")
    g = gold(stem_of(p))
    with open(p, encoding="utf-8") as f:
        lines = f.read().split("\n")
    text = canon("".join(lines))
    ident("h328", text, g)

    def block(head):
        i = lines.index(head)
        out = []
        for ln in lines[i + 1:]:
            if "\t" not in ln:
                break
            out.append(ln.split("\t"))
        return out
    t1 = block("资金来源\t全年预算数\t实际支出\t执行率")
    parts = [x for x in t1 if x[0] != "合计"]
    tot = next(x for x in t1 if x[0] == "合计")
    ia = fv(re.search(r"年初预算([\d,.]+)万元", text).group(1))
    same("h328 budget (表1's 合计)", (ia, fv(tot[1]), fv(tot[2]), fv(tot[3])) + (None,) * 4, gbudget(g))
    same("h328 表1 合计 rate off (planted EXECUTION_RATE)", (fv(tot[3]), r2(fv(tot[2]) / fv(tot[1]) * 100)),
         (96.98, 93.98))
    same("h328 prose rate is right", re.search(r"预算执行率([\d.]+)%", text).group(1), "93.98")
    same("h328 budget lines add up", r2(sum(fv(x[1]) for x in parts)), fv(tot[1]))
    same("h328 支出 lines do not (planted BREAKDOWN_SUM)", (r2(sum(fv(x[2]) for x in parts)), fv(tot[2])),
         (2263.78, 2236.78))
    same("h328 line rates right on their figures", [x[0] for x in parts
                                                    if f"{fv(x[2]) / fv(x[1]) * 100:.2f}%" != x[3]], [])
    t3 = block("\t".join(["一级指标", "二级指标", "三级指标", "权重", "年度指标值", "实际完成值", "指标评分", "加权得分",
                          "评分说明"]))
    rows, raw = [], []
    for x in t3:
        if x[0] == "合计":
            t3tot = x
            continue
        same(f"h328 权重 of {x[2]} in per cent", x[3].endswith("%"), True)
        rows.append((x[0], x[1], x[2], None if x[4] == "—" else x[4], None if x[5] == "—" else x[5],
                     fv(x[3]), fv(x[7])))
        raw.append(x)
    C.compare_rows("h328", rows, g, canon)
    same("h328 加权得分 = 评分 × 权重 on every row (rounded to 2 decimals)",
         [x[2] for x in raw if r2(fv(x[6]) * fv(x[3]) / 100) != fv(x[7])], [])
    same("h328 合计 line", (t3tot[3], fv(t3tot[7])), ("100%", g["totalScore"]))
    same("h328 合计 = the rows", r2(sum(x[6] for x in rows)), g["totalScore"])
    same("h328 weights add to 98 against 100 (planted WEIGHTS_VS_FULL_MARK)",
         (r2(sum(x[5] for x in rows)), "权重合计100%" in text, "满分100分" in text), (98, True, True))
    t2 = block("一级指标\t权重\t加权得分\t得分率")
    sec = [(x[0], fv(x[1]), fv(x[2])) for x in t2 if x[0] != "合计"]
    same("h328 表2 = gold sections", sec, [(s["name"], s["weight"], s["score"]) for s in g["sections"]])
    same("h328 表2 lines = the rows", [(n, r2(sum(x[5] for x in rows if x[0] == n)),
                                       r2(sum(x[6] for x in rows if x[0] == n))) for n, _, _ in sec], sec)
    same("h328 表2 得分率 right", [x[0] for x in t2 if x[0] != "合计" and f"{fv(x[2]) / fv(x[1]) * 100:.2f}%" != x[3]], [])
    m = re.search(r"综合得分([\d.]+)分，评价等级为“(.)”", text)
    same("h328 total and grade", (fv(m.group(1)), m.group(2)), (g["totalScore"], g["grade"]))
    print(f"h328: {len(rows)} rows, weights {r2(sum(x[5] for x in rows))}%, total {g['totalScore']}")


def main(argv):
    for name, f in (("h324", check324), ("h325", check325), ("h326", check326), ("h327", check327),
                    ("h328", check328)):
        if not argv or name in argv:
            f()
    if C.PROBLEMS:
        print(f"{len(C.PROBLEMS)} PROBLEMS")
        sys.exit(1)
    print("all read = gold")


if __name__ == "__main__":
    main(sys.argv[1:])
