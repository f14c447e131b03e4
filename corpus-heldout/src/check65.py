#!/usr/bin/python3
"""Round 65's independent check: re-reads h379–h383 with readers that are not the writers (nothing of reports65.py is
imported; check47 gives the comparison helpers same / gold / compare_rows, check53 small helpers, the PDF words and
rectangles and the HTML table reader, check58 the met / missed helpers, check60 the XLSX cell reader, check62 the DOCX
grid reader) and compares what they read with gold/<stem>.json, then re-derives each planted problem (and the traps
around it) from what was read.
    /usr/bin/python3 -B corpus-heldout/src/check65.py [h379 …]
    /usr/bin/python3 -B corpus-heldout/src/check65.py --mutate     (two gold values changed per file: mismatches expected)
Readers: h379 poppler's `pdftotext -bbox` words placed in pikepdf's stroked rectangles, rows rebuilt here by the cells'
top edges and columns by their left edges (merged-down cells filled down), page by page: the OA 收文处理单, the 报送函
(plain words), the form's one grid; h380 check60's cell reader (zipfile + lxml, shown values) and lxml on the chart
sheet → drawing → chart chain (series references resolved against the sheet's cells, caches read, plotVisOnly, hidden
columns); h381 zipfile + lxml on word/document.xml (paragraphs and tables in body order, run colours, paragraph borders;
check62's grid reader); h382 the standard library's html.parser (a page reader written here: which report page each
table is on, the cell position ids) with check53's table reader per page; h383 the standard library's xml.dom.minidom
for the feed and check53's table reader on the item's content:encoded.
"""
import copy
import os
import re
import sys
import zipfile
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check47 as C  # noqa: E402  (comparison helpers)
import check53 as K  # noqa: E402  (small helpers, PDF words / rectangles, HTML tables)
import check58 as Q  # noqa: E402  (met / missed helpers)
import check60 as X  # noqa: E402  (the XLSX cell reader)
import check62 as Y  # noqa: E402  (the DOCX grid reader)

same = C.same
fv, r2, canon, gbudget, grade_of, ident, path_of = K.fv, K.r2, K.canon, K.gbudget, K.grade_of, K.ident, K.path_of
stem_of, lead_num, met, rate_s = Q.stem_of, Q.lead_num, Q.met, Q.rate_s
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
MUTATE = False
BANDS_RE = r"90分（含）以上为“优”，80分（含）至90分为“良”"


def gold(stem):
    g = C.gold(stem)
    if MUTATE:  # two values changed: the total and the second row's score
        g = copy.deepcopy(g)
        g["totalScore"] = r2(g["totalScore"] + 1)
        g["indicators"][1]["score"] = r2(g["indicators"][1]["score"] + 0.5)
    return g


def P(a, t, w):
    return r2(w * a / t)


def num(s):
    return None if s in (None, "") else fv(s)


def rows_of(table_rows):
    """(一级, 二级, 三级, 指标值, 完成值, 分值, 得分) tuples from grid rows"""
    return [tuple(r[:5]) + (num(r[5]), num(r[6])) for r in table_rows]


def tuples(rows):
    return [tuple(r[:5]) + (fv(r[5]), fv(r[6]), r[7]) for r in rows]


def missed(rows):
    return [(a, b, c) for a, b, c, _ in Q.missed_rows(rows)]


def secs_from(rows):
    out = {}
    for r in rows:
        w, s = out.get(r[0], (0, 0))
        out[r[0]] = (r2(w + r[5]), r2(s + r[6]))
    return out


def q_(x):
    return f"{x:.2f}%"


# ------------------------------------------------------------ h379 PDF: OA 收文处理单, 报送函, the form's grid

def pdf_grid(p, page):
    """one page's ruled cells as rows: cells grouped by their top edge, columns by the distinct left edges of all cells;
    a cell merged down is filled into the rows it spans, a cell merged across into every column it covers"""
    ws, rects = K.pdf_words(p, page), K.pdf_rects(p, page)
    texts = K.cell_texts(ws, rects)
    lefts = sorted({round(r[0], 1) for r in rects} | {round(r[2], 1) for r in rects})
    tops = sorted({round(r[3], 1) for r in rects}, reverse=True)
    grid = []
    for t in tops:
        row = []
        for a, b in zip(lefts, lefts[1:]):
            mid_x = (a + b) / 2
            cell = next((r for r in rects if r[0] - 0.2 <= mid_x <= r[2] + 0.2 and r[3] + 0.2 >= t - 1 >= r[1] - 0.2
                         and r[0] <= mid_x), None)
            row.append(texts.get(cell, "") if cell else "")
        grid.append(row)
    return grid, lefts, ws


def page_text(p, page):
    ws = K.pdf_words(p, page)
    lines = {}
    for cx, cy, x0, t in ws:
        key = next((k for k in lines if abs(k - cy) < 2.5), cy)
        lines.setdefault(key, []).append((x0, t))
    return "\n".join("".join(t for _, t in sorted(v)) for _, v in sorted(lines.items(), key=lambda kv: -kv[0]))


def dedup(row):
    """a grid row with the copies of a cell merged across collapsed into one"""
    out = []
    for v in row:
        if not out or v != out[-1] or v == "":
            out.append(v)
    return out


def check379():
    p = path_of("h379")
    g = gold(stem_of(p))
    import pikepdf
    same("h379 three A4 pages", len(pikepdf.open(p).pages), 3)
    t1, t2, t3 = (page_text(p, k) for k in (1, 2, 3))
    oa, _, _ = pdf_grid(p, 1)
    oa = [dedup(r) for r in oa]
    got = {r[0]: r[1:] for r in oa if r and r[0]}
    same("h379 page 1 is the finance bureau's OA 收文处理单, not the report (trap)",
         ("临洮县财政局收文处理单" in canon(t1), got["来文单位"], got["份数"], "收文编号：2025-收-0386" in canon(t1),
          "打印时间：2025-04-2309:14:26" in canon(t1), "一级指标" in canon(t1)),
         (True, [g["department"], "来文字号", "临农发〔2025〕31号"], ["1", "页数", "3"], True, True, False))
    same("h379 the 处理单's 文件标题 names the project; 批示 is an instruction (trap)",
         (canon(g["project"]) in canon(got["文件标题"][0]), "李建国2025-04-22" in canon(got["领导批示"][0])), (True, True))
    m = re.search(r"总分([\d.]+)分，自评等级为“(.)”", canon(t2))
    same("h379 the 报送函 repeats the 总分 and grade (trap: same figures)", (fv(m.group(1)), m.group(2)),
         (g["totalScore"], g["grade"]))
    ident("h379", t3, g)
    gr, lefts, _ = pdf_grid(p, 3)
    same("h379 form grid: nine columns", len(lefts) - 1, 9)
    fund = next(r for r in gr if r[2] == "年度资金总额")
    srcs = [r for r in gr if r[6] == "—"]
    same("h379 fund line = gold budget", (fv(fund[3]), fv(fund[4]), fv(fund[5]), fv(fund[7])), gbudget(g)[:4])
    same("h379 sources add up, rates right, none over (traps)",
         ([r2(sum(fv(s[k]) for s in srcs)) for k in (3, 4, 5)],
          [s[2] for s in [fund] + srcs if s[7] != rate_s(fv(s[5]), fv(s[4]))], [s[2] for s in srcs if fv(s[5]) > fv(s[4])]),
         ([fv(fund[3]), fv(fund[4]), fv(fund[5])], [], []))
    same("h379 BUDGET_ROW_SCORE: the fund line's 得分 vs 执行率 × 分值 (its rule in 说明 1)",
         (fund[8], r2(fv(fund[7]) * fv(fund[6]) / 100), "年度资金总额得分＝执行率×分值" in canon(t3)), ("9.72", 9.27, True))
    h = next(i for i, r in enumerate(gr) if r[0] == "一级指标")
    same("h379 indicator header", dedup(gr[h]), ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                              "偏差原因分析及改进措施"])
    body, tot = [], None
    for r in gr[h + 1:]:
        if r[0] == "总分":
            tot = r
            break
        body.append(r[:8])
    C.compare_rows("h379", [["", "", fund[2], "", fund[7], fund[6], fund[8]]] + rows_of(body), g)
    same("h379 总分 row", (tot[5], fv(tot[6]), tot[7]), ("100", g["totalScore"], f"自评等级：{g['grade']}"))
    tup = tuples(body)
    weights = r2(fv(fund[6]) + sum(x[5] for x in tup))
    same("h379 WEIGHTS_VS_FULL_MARK: the printed 分值 add to 98, the 总分 row says 100",
         (weights, fv(tot[5]), {k: v[0] for k, v in secs_from(tup).items()}),
         (98.0, 100.0, {"产出指标": 48.0, "效益指标": 24.0, "满意度指标": 16.0}))
    same("h379 total = the fund line as printed + the rows (trap: no TOTAL_VS_ROWS)",
         r2(fv(fund[8]) + sum(x[6] for x in tup)), fv(tot[6]))
    lost = [(x[2], x[6], x[5], x[7]) for x in tup if met(x[3], x[4]) is True and x[6] < x[5]]
    same("h379 TARGET_MET_POINTS_LOST: met, points lost, no reason", lost, [("种薯按期供应率", 4.0, 5.0, "")])
    same("h379 missed rows: proportion with reasons (traps)", [x for x in Q.missed_rows(tup)],
         [("脱毒种薯生产量", 7.0, 7.0, True), ("带动种植户户均增收", 6.63, 6.63, True)])
    same("h379 grade by the bands (and with the fund line corrected)",
         (grade_of(fv(tot[6])), grade_of(r2(fv(tot[6]) - 9.72 + 9.27)), re.search(BANDS_RE, t3) is not None),
         (g["grade"], "优", True))
    print(f"h379: 3 pages (处理单, 报送函, form), {len(body)} rows + fund line, total {tot[6]}")


# ------------------------------------------------------------ h380 XLSX, the 一级 summary only in a chart sheet

def part(target, base):
    """a relationship target as a zip member name: absolute (“/xl/…”) or relative to the source part's folder"""
    return target[1:] if target.startswith("/") else os.path.normpath(os.path.join(base, target))


def rels_of(name):
    return os.path.join(os.path.dirname(name), "_rels", os.path.basename(name) + ".rels")


def check380():
    from lxml import etree
    p = path_of("h380")
    g = gold(stem_of(p))
    cells, sh, _ = X.xlsx_sheet(p, 1)
    get = lambda r, c: cells.get((r, c), "")  # noqa: E731
    CH = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
    R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"
    with zipfile.ZipFile(p) as z:
        wb = etree.fromstring(z.read("xl/workbook.xml"))
        wrels = {r.get("Id"): r.get("Target") for r in etree.fromstring(z.read("xl/_rels/workbook.xml.rels"))}
        sheets = [(s_.get("name"), wrels[s_.get(R + "id")]) for s_ in wb.iter(S + "sheet")]
        cs_path = part(next(t for n, t in sheets if "chartsheets" in t), "xl")
        cs = etree.fromstring(z.read(cs_path))
        cs_rels = etree.fromstring(z.read(rels_of(cs_path)))
        dr_path = part({r.get("Id"): r.get("Target") for r in cs_rels}[cs.find(S + "drawing").get(R + "id")],
                       os.path.dirname(cs_path))
        dr_rels = etree.fromstring(z.read(rels_of(dr_path)))
        ch_path = part(dr_rels.find(PR + "Relationship").get("Target"), os.path.dirname(dr_path))
        chart = etree.fromstring(z.read(ch_path))
    same("h380 two sheets: the form and a CHART SHEET", [(n, "chartsheets" in t) for n, t in sheets],
         [("自评表", False), ("一级指标得分", True)])
    hidden = sorted((int(c.get("min")), int(c.get("max"))) for c in sh.iter(S + "col") if c.get("hidden") in ("1", "true"))
    same("h380 the chart's source columns K:M are hidden (trap)", [k for a, b in hidden for k in range(a, b + 1)],
         [11, 12, 13])
    same("h380 plotVisOnly 0: hidden cells still plot; data labels on", (chart.find(f".//{CH}plotVisOnly").get("val"),
                                                                         chart.find(f".//{CH}dLbls/{CH}showVal").get("val")),
         ("0", "1"))

    def ref_vals(f):
        m = re.fullmatch(r"'?([^'!]+)'?!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?", f)
        c1, r1 = X.col_num(m.group(2)), int(m.group(3))
        r2_ = int(m.group(5)) if m.group(5) else r1
        return [get(r, c1) for r in range(r1, r2_ + 1)]
    sers = []
    for ser in chart.iter(CH + "ser"):
        tx = ser.find(f"{CH}tx/{CH}strRef")
        cat = ser.find(f"{CH}cat/{CH}strRef")
        val = ser.find(f"{CH}val/{CH}numRef")
        sers.append(dict(name=ref_vals(tx.find(CH + "f").text)[0], name_cache=[v.text for v in tx.iter(CH + "v")],
                         cats=ref_vals(cat.find(CH + "f").text), cats_cache=[v.text for v in cat.iter(CH + "v")],
                         vals=[fv(v) for v in ref_vals(val.find(CH + "f").text)],
                         vals_cache=[fv(v.text) for v in val.iter(CH + "v")]))
    same("h380 the chart's caches = the cells it refers to (trap)",
         [(s_["name_cache"] == [s_["name"]], s_["cats_cache"] == s_["cats"], s_["vals_cache"] == s_["vals"]) for s_ in sers],
         [(True, True, True)] * 2)
    same("h380 chart series 分值 and 得分", [s_["name"] for s_ in sers], ["分值", "得分"])
    secs = list(zip(sers[0]["cats"], sers[0]["vals"], sers[1]["vals"]))
    same("h380 chart = gold sections", secs, [(s_["name"], s_["weight"], s_["score"]) for s_ in g["sections"]])
    alltext = "".join(str(v) for v in cells.values())
    ident("h380", alltext, g)
    bud = {get(r, 1).replace("其中：", "").strip("　"): [fv(get(r, c)) for c in (3, 4, 5, 6)] for r in (5, 6, 7)}
    same("h380 budget = gold", (bud["部门预算合计"][0], bud["部门预算合计"][1], bud["部门预算合计"][2], bud["部门预算合计"][3],
                                bud["基本支出"][1], bud["基本支出"][2], bud["项目支出"][1], bud["项目支出"][2]), gbudget(g))
    same("h380 budget adds up, rates right, none over (traps)",
         ([k for k in range(3) if abs(bud["基本支出"][k] + bud["项目支出"][k] - bud["部门预算合计"][k]) > 0.001],
          [k for k, v in bud.items() if q_(v[3]) != rate_s(v[2], v[1])], [k for k, v in bud.items() if v[2] > v[1]]),
         ([], [], []))
    same("h380 indicator header", [get(9, c) for c in range(1, 9)],
         ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    rows = [[get(r, c) for c in range(1, 9)] for r in range(10, 27)]
    C.compare_rows("h380", rows_of(rows), g)
    same("h380 总分 row", (get(27, 1), fv(get(27, 6)), fv(get(27, 7)), get(27, 8)),
         ("总分", g["maxScore"], g["totalScore"], f"自评等级：{g['grade']}"))
    tup = tuples(rows)
    ss = secs_from(tup)
    same("h380 total and 分值 = rows (traps)", (r2(sum(x[6] for x in tup)), sum(x[5] for x in tup)), (fv(get(27, 7)), 100))
    same("h380 SECTION_VS_ROWS: the chart's one 一级 off its rows (the others and every 分值 equal them)",
         ([(n, s_, ss[n][1]) for n, w, s_ in secs if abs(s_ - ss[n][1]) > 0.001], [n for n, w, s_ in secs if w != ss[n][0]]),
         ([("效益指标", 30.07, 30.7)], []))
    same("h380 ROW_SCORE_OVER_WEIGHT", [(x[2], x[6], x[5]) for x in tup if x[6] > x[5]], [("城镇燃气管道更新改造", 6.5, 6.0)])
    note = get(28, 1)
    same("h380 GRADE_OUTSIDE_BANDS: the bands give 良, also with the over-weight row corrected",
         (re.search(BANDS_RE, note) is not None, grade_of(fv(get(27, 7))), grade_of(r2(fv(get(27, 7)) - 0.5)), get(27, 8)),
         (True, "良", "良", "自评等级：优"))
    er = tup[0]
    same("h380 预算执行率 row: 执行率 × 分值 (its rule, trap)", (er[2], er[4], er[6], r2(fv(er[4]) * er[5] / 100)),
         ("预算执行率", q_(bud["部门预算合计"][3]), 8.47, 8.47))
    same("h380 missed rows: the proportion with reasons (traps)", [(a, b == c, d) for a, b, c, d in Q.missed_rows(tup)],
         [(x, True, True) for x in ("预算执行率", "棚户区改造开工", "老旧小区改造", "农村危房改造", "项目按期完工率", "带动建筑业产值",
                                    "住房保障对象受益户数", "城镇生活垃圾无害化处理率", "城市燃气普及率", "城市生活污水集中收集率",
                                    "城市建成区排水管网覆盖率", "保障对象满意度")])
    print(f"h380: chart sheet with {len(sers)} series over {len(secs)} 一级, {len(rows)} rows, total {get(27, 7)}")


# ------------------------------------------------------------ h381 DOCX, a finance bureau's 工作简报 issue

def check381():
    from lxml import etree
    p = path_of("h381")
    g = gold(stem_of(p))
    with zipfile.ZipFile(p) as z:
        doc = etree.fromstring(z.read("word/document.xml"))
    body = doc.find(W + "body")
    blocks = []
    for el in body:
        if el.tag == W + "p":
            blocks.append(("p", Y.p_text(el), el))
        elif el.tag == W + "tbl":
            blocks.append(("t", Y.docx_grid(el), el))
    paras = [b[1] for b in blocks if b[0] == "p"]
    first = next(b[2] for b in blocks if b[0] == "p" and b[1])
    colors = {c.get(W + "val") for c in first.iter(W + "color")}
    same("h381 the 版头: the bulletin's name in red, 期号, 编印单位 and date above a red rule (trap)",
         (paras[0], colors, paras[1], canon(paras[2]),
          [b.get(W + "color") for b in blocks[2][2].iter(W + "bottom")]),
         ("预算绩效管理工作简报", {"E60012"}, "2025年第4期（总第37期）", "西峡县财政局编2025年5月20日", ["E60012"]))
    text = "".join(paras)
    same("h381 the lead article's COUNTY-WIDE figures and the 工作动态 are not this report (trap)",
         [x for x in ("全县62个预算部门、318个项目", "28.64亿元", "平均得分93.26分", "“优”的55个", "15个重点项目", "2.36亿元")
          if x not in text], [])
    same("h381 the 版记 (trap)", [x for x in paras if x.startswith(("报送：", "发送：")) or "印发" in x or "共印" in x],
         ["报送：县委办公室，县人大常委会办公室，县政府办公室，县政协办公室。", "发送：各乡镇人民政府，县直各预算单位。",
          "西峡县财政局办公室　　　　　　　　　　　　　　　　2025年5月20日印发", "（共印60份）"])
    k = next(i for i, x in enumerate(paras) if x == "【典型案例】")
    case = "".join(paras[k:])
    ident("h381", case, g)
    m = re.search(r"年初预算([\d,.]+)万元，全年预算([\d,.]+)万元，全年执行([\d,.]+)万元，预算执行率([\d.]+)%；其中基本支出全年预算([\d,.]+)"
                  r"万元、执行([\d,.]+)万元，项目支出全年预算([\d,.]+)万元、执行([\d,.]+)万元", case)
    b = [fv(x) for x in m.groups()]
    same("h381 budget from the case article = gold", tuple(b), gbudget(g))
    same("h381 budget: parts add up, rates right, none over (traps)",
         (r2(b[4] + b[6]) == b[1], r2(b[5] + b[7]) == b[2], q_(b[3]) == rate_s(b[2], b[1]), b[5] <= b[4], b[7] <= b[6]),
         (True,) * 5)
    tabs = [b_[1] for b_ in blocks if b_[0] == "t"]
    same("h381 two tables, both in the case article", len(tabs), 2)
    t1, t2 = tabs
    secs = [(r[0], fv(r[1]), fv(r[2])) for r in t1[1:-1]]
    same("h381 表1 = gold sections", secs, [(s_["name"], s_["weight"], s_["score"]) for s_ in g["sections"]])
    same("h381 SCORE_RATE: 表1's one wrong 得分率", [(r[0], r[3], rate_s(fv(r[2]), fv(r[1]))) for r in t1[1:-1]
                                                  if r[3] != rate_s(fv(r[2]), fv(r[1]))], [("产出", "99.82%", "99.28%")])
    same("h381 表2 header", t2[0], ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"])
    rows = [r for r in t2[1:] if r[0] != "合计"]
    tot = t2[-1]
    C.compare_rows("h381", rows_of(rows), g)
    same("h381 合计 row = gold", (fv(tot[5]), fv(tot[6])), (g["maxScore"], g["totalScore"]))
    tup = tuples(rows)
    ss = secs_from(tup)
    rs = r2(sum(x[6] for x in tup))
    m = re.search(r"自评得分([\d.]+)分，自评等级为“(.)”", case)
    same("h381 TOTAL_VS_ROWS: rows (and 表1's 一级) vs the 合计 of both tables and the text",
         (rs, r2(sum(s_ for _, _, s_ in secs)), fv(tot[6]), fv(t1[-1][2]), fv(m.group(1)), sum(x[5] for x in tup)),
         (96.77, 96.77, 97.67, 97.67, 97.67, 100))
    same("h381 表1's 一级 = their rows (trap)", [(n, w, s_) for n, w, s_ in secs if (w, s_) != ss[n]], [])
    mk = re.search(r"全年计划改造农贸市场(\d+)个，已完成改造(\d+)个", case)
    mr = next(x for x in tup if x[2] == "农贸市场标准化改造")
    same("h381 NARRATIVE_NOT_DONE_FULL_MARKS: 6 of 8 in the article, 已完成 at full marks with no reason",
         (mk.groups(), mr[3], mr[4], mr[6] == mr[5], mr[7]), (("8", "6"), "8个", "已完成", True, ""))
    same("h381 the article's other figures agree with 表2 (traps)",
         [f for f, k_ in (("2712批次", "食品安全监督抽检批次"), ("99.3%", "投诉举报按时办结率"), ("98.6%", "食品安全评价性抽检合格率"),
                          ("93.1%", "群众满意度"), ("3046台", "特种设备定期检验"), ("4218户", "新增市场主体"))
          if f not in case or next(x for x in tup if x[2] == k_)[4] != f], [])
    same("h381 missed rows: proportion with reasons (traps)", Q.missed_rows(tup),
         [("特种设备定期检验", 5.71, 5.71, True), ("新增市场主体", 6.56, 6.56, True)])
    same("h381 grade", (m.group(2), grade_of(rs), grade_of(fv(tot[6])), re.search(BANDS_RE, text) is not None),
         (g["grade"], "优", "优", True))
    print(f"h381: bulletin with {len(paras)} paragraphs, 2 tables in the case article, {len(rows)} rows, 合计 {tot[6]}")


# ------------------------------------------------------------ h382 HTML, a report-server paged preview

class Pages(HTMLParser):
    """the saved preview: report pages (div.page-container) and, per page, the raw table HTML and the cell ids"""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.pages, self.depth, self.ids, self.text, self.cur = [], 0, [], [], None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "div" and "page-container" in (a.get("class") or ""):
            self.cur = {"id": a.get("id"), "ids": [], "text": []}
            self.pages.append(self.cur)
        if tag == "td" and self.cur is not None:
            self.cur["ids"].append(a.get("id"))

    def handle_data(self, data):
        (self.cur["text"] if self.cur is not None else self.text).append(data)


def check382():
    p = path_of("h382")
    g = gold(stem_of(p))
    src = open(p, encoding="utf-8").read()
    pg = Pages()
    pg.feed(src)
    outside = canon("".join(pg.text))
    same("h382 the toolbar, system title and parameters are outside the report pages (trap)",
         [x for x in ("首页", "上一页", "下一页", "末页", "导出[Excel]", "打印[PDF]", "预算管理一体化系统", "单位编码：520328001")
          if x not in outside], [])
    same("h382 two report pages, cell ids name column-row-page (trap)",
         (len(pg.pages), [p_["ids"][0] for p_ in pg.pages],
          all(re.fullmatch(r"[A-J]\d+-[01]-0", i) for p_ in pg.pages for i in p_["ids"])), (2, ["A1-0-0", "A1-1-0"], True))
    chunks = re.findall(r'<div class="page-container".*?</table>', src, re.S)
    grids = []
    for ch in chunks:
        t = K.Tables()
        t.feed(ch)
        grids.append(t.tables[0])
    same("h382 column A is an empty spacer on every row (trap)", {r[0] for gr_ in grids for r in gr_}, {""})
    g1, g2 = ([r[1:] for r in gr_] for gr_ in grids)
    text = canon("".join("".join(r) for r in g1 + g2))
    ident("h382", text, g)
    bud = {r[0].replace("其中：", "").strip("　"): [fv(r[k]) for k in (2, 4, 6)] + [fv(r[8])] for r in g1
           if r[0].replace("其中：", "").strip("　") in ("部门预算合计", "基本支出", "项目支出")}
    same("h382 budget = gold", (bud["部门预算合计"][0], bud["部门预算合计"][1], bud["部门预算合计"][2], bud["部门预算合计"][3],
                                bud["基本支出"][1], bud["基本支出"][2], bud["项目支出"][1], bud["项目支出"][2]), gbudget(g))
    same("h382 BREAKDOWN_SUM: only 全年执行数 fails to add; every rate right on the printed figures; none over (traps)",
         ([(k, r2(bud["基本支出"][k] + bud["项目支出"][k]), bud["部门预算合计"][k]) for k in range(3)
           if abs(bud["基本支出"][k] + bud["项目支出"][k] - bud["部门预算合计"][k]) > 0.001],
          [k for k, v in bud.items() if q_(v[3]) != rate_s(v[2], v[1])], [k for k, v in bud.items() if v[2] > v[1]]),
         ([(2, 7159.92, 7195.92)], [], []))
    HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "评分标准", "偏差原因分析及改进措施"]
    heads = [(k, i) for k, gr_ in enumerate((g1, g2)) for i, r in enumerate(gr_) if r == HEAD]
    same("h382 the header row on both pages (重复标题行, trap: not a row)", [k for k, _ in heads], [0, 1])
    rows = []
    for k, i in heads:
        for r in (g1, g2)[k][i + 1:]:
            if r[0] == "" or r[0] == "总分" or r[0].startswith("说明"):
                break
            rows.append(r)
    p2_first = (g1, g2)[1][heads[1][1] + 1]
    same("h382 page 2 prints 效益指标 again at its top; one 一级 group (trap)",
         (p2_first[0], (g1, g2)[0][heads[0][1] + len([r for r in rows[:11]])][0], [r[0] for r in rows].count("效益指标")),
         ("效益指标", "效益指标", 5))
    ind = [(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[8], r[7]) for r in rows]
    C.compare_rows("h382", rows_of(ind), g)
    tot = next(r for r in g2 if r[0] == "总分")
    tup = [x[:5] + (fv(x[5]), fv(x[6]), x[7]) for x in ind]
    same("h382 总分 = rows; 分值 100 (traps)", (fv(tot[6]), r2(sum(x[6] for x in tup)), fv(tot[5]), sum(x[5] for x in tup),
                                              tot[7]), (g["totalScore"],) * 2 + (100, 100, f"自评等级：{g['grade']}"))
    er = tup[0]
    same("h382 预算执行率 row: the printed 合计 rate, ≥90% either way (trap)",
         (er[4], met(er[3], er[4]), met(er[3], rate_s(7159.92, bud["部门预算合计"][1])), er[6] == er[5]),
         (q_(bud["部门预算合计"][3]), True, True, True))
    up = next(x for x in ind if x[2] == "农村公路列养率")
    mm = re.search(r"每低于指标值1个百分点扣(\d+)分", up[8])
    same("h382 RULE_SCORE: 农村公路列养率 by its own 评分标准 vs as scored (the proportion)",
         (fv(up[6]), r2(fv(up[5]) - (lead_num(up[3]) - lead_num(up[4])) * int(mm.group(1))),
          P(lead_num(up[4]), lead_num(up[3]), fv(up[5]))), (5.82, 3.0, 5.82))
    same("h382 TARGET_MISSED_FULL_MARKS and the other missed row (trap: proportion, reason)", Q.missed_rows(tup),
         [("危旧桥梁改造", 5.0, 5.0, True), ("农村公路列养率", 5.82, 5.82, True), ("建制村通客车率", 6.0, 5.92, False)])
    same("h382 grade", (grade_of(fv(tot[6])), grade_of(r2(fv(tot[6]) - 5.82 + 3 - 6 + 5.92)),
                        re.search(BANDS_RE, text) is not None), (g["grade"], "优", True))
    print(f"h382: {len(pg.pages)} report pages, {len(rows)} rows (header twice), total {tot[6]}")


# ------------------------------------------------------------ h383 RSS feed, the report in one item's content:encoded

def check383():
    from xml.dom import minidom
    p = path_of("h383")
    g = gold(stem_of(p))
    dom = minidom.parse(p)

    def tx(el, tag):
        n = el.getElementsByTagName(tag)
        return "".join(c.data for c in n[0].childNodes) if n else None
    ch = dom.getElementsByTagName("channel")[0]
    items = dom.getElementsByTagName("item")
    same("h383 an RSS 2.0 feed: channel and four items (trap)",
         (dom.documentElement.tagName, dom.documentElement.getAttribute("version"), tx(ch, "title"), len(items)),
         ("rss", "2.0", "弥勒市人民政府 - 预算绩效信息公开", 4))
    full = [it for it in items if it.getElementsByTagName("content:encoded")]
    same("h383 one item carries content:encoded; the others are notices with a one-line description (trap)",
         (len(full), [tx(it, "title") for it in items if it not in full]),
         (1, ["弥勒市2025年市级部门预算公开情况说明", "弥勒市财政局关于开展2024年度预算绩效自评工作的通知", "弥勒市司法局2025年政府采购意向公开"]))
    it = full[0]
    html = tx(it, "content:encoded")
    desc = tx(it, "description")
    t = K.Tables()
    t.feed(html)
    text = canon("".join(t.text))
    ident("h383", tx(it, "title") + text, g)
    same("h383 the description is the article's first sentence (trap: same figures)", canon(desc) in text, True)
    bt = next(x for x in t.tables if x[0][0] == "项目")
    bud = {r[0]: [fv(v) for v in r[1:]] for r in bt[1:]}
    same("h383 budget = gold", (bud["合计"][0], bud["合计"][1], bud["合计"][2], bud["合计"][3], bud["基本支出"][1],
                                bud["基本支出"][2], bud["项目支出"][1], bud["项目支出"][2]), gbudget(g))
    same("h383 budget adds up, rates right (traps)",
         ([k for k in range(3) if abs(bud["基本支出"][k] + bud["项目支出"][k] - bud["合计"][k]) > 0.001],
          [k for k, v in bud.items() if q_(v[3]) != rate_s(v[2], v[1])]), ([], []))
    same("h383 SPENDING_OVER_BUDGET: 基本支出 over its 全年", [(k, v[2], v[1]) for k, v in bud.items() if v[2] > v[1]],
         [("基本支出", 1482.36, 1468.2)])
    m = re.search(r"结转结余率＝（全年预算数－全年执行数）÷全年预算数×100%＝（([\d,.]+)－([\d,.]+)）÷([\d,.]+)×100%＝([\d.]+%)", text)
    it_ = next(x for x in t.tables if x[0][:3] == ["一级指标", "二级指标", "三级指标"])
    rows = [r for r in it_[1:] if r[0] != "合计"]
    tot = it_[-1]
    C.compare_rows("h383", rows_of(rows), g)
    tup = tuples(rows)
    cr = next(x for x in tup if x[2] == "结转结余率")
    same("h383 FORMULA: the 结转结余率 calculation; the table copies it; ≤5% either way",
         (m.group(4), rate_s(fv(m.group(1)) - fv(m.group(2)), fv(m.group(3))), (fv(m.group(1)), fv(m.group(2))) ==
          (bud["合计"][1], bud["合计"][2]), cr[4], met(cr[3], "2.66%"), cr[6] == cr[5]),
         ("2.56%", "2.66%", True, "2.56%", True, True))
    ma = re.search(r"全年办理法律援助案件([\d,]+)件", text)
    ar = next(x for x in tup if x[2] == "办理法律援助案件")
    same("h383 SAME_FIGURE_DIFFERS: 法律援助案件 in the text vs the table (both meet ≥1200)",
         (ma.group(1), ar[4], met(ar[3], ma.group(1).replace(",", "")), met(ar[3], ar[4])), ("1,236", "1263件", True, True))
    same("h383 the 执行率 rows repeat the budget's rates (traps)",
         [(x[2], x[4]) for x in tup[:2]], [("基本支出预算执行率", q_(bud["基本支出"][3])), ("项目支出预算执行率", q_(bud["项目支出"][3]))])
    same("h383 the article's other figures agree with the table (traps)",
         [f for f, k_ in (("3618件", "人民调解案件"), ("97.8%", "人民调解成功率"), ("96.4%", "法律援助受援人满意度"),
                          ("0.12%", "社区矫正对象再犯罪率"), ("136场次", "“八五”普法宣传活动"), ("92.7%", "群众安全感满意度"))
          if f not in text or next(x for x in tup if x[2] == k_)[4] != f], [])
    same("h383 total = rows, 分值 100; missed rows (traps)",
         (r2(sum(x[6] for x in tup)), fv(tot[6]), sum(x[5] for x in tup), Q.missed_rows(tup)),
         (g["totalScore"], g["totalScore"], 100, [("“八五”普法宣传活动", 5.44, 5.44, True)]))
    mg = re.search(r"自评得分([\d.]+)分，自评等级为“(.)”", text)
    same("h383 grade", (fv(mg.group(1)), mg.group(2), grade_of(fv(tot[6])), re.search(BANDS_RE, text) is not None),
         (g["totalScore"], g["grade"], g["grade"], True))
    print(f"h383: feed with {len(items)} items, the report in one ({len(html)} characters of CDATA), {len(rows)} rows, "
          f"total {tot[6]}")


def main(argv):
    global MUTATE
    if "--mutate" in argv:
        MUTATE = True
        argv = [a for a in argv if a != "--mutate"]
    counts = {}
    for name, f in (("h379", check379), ("h380", check380), ("h381", check381), ("h382", check382),
                    ("h383", check383)):
        if not argv or name in argv:
            before = len(C.PROBLEMS)
            f()
            counts[name] = len(C.PROBLEMS) - before
    if MUTATE:
        print("mutation test: mismatches per file", counts)
        sys.exit(0 if all(v >= 2 for v in counts.values()) else 1)
    if C.PROBLEMS:
        print(f"{len(C.PROBLEMS)} PROBLEMS")
        for x in C.PROBLEMS:
            print("  ", x)
        sys.exit(1)
    print("all read = gold")


if __name__ == "__main__":
    main(sys.argv[1:])
