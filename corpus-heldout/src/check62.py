#!/usr/bin/python3
"""Round 62's independent check: re-reads h364–h368 with readers that are not the writers (nothing of reports62.py is
imported; check47 gives the comparison helpers same / gold / compare_rows, check53, check58 and check60 small helpers
and the XLSX cell reader) and compares what they read with gold/<stem>.json, then re-derives each planted problem (and
the traps around it) from what was read.
    /usr/bin/python3 -B corpus-heldout/src/check62.py [h364 …]
    /usr/bin/python3 -B corpus-heldout/src/check62.py --mutate     (two gold values changed per file: mismatches expected)
Readers: h364 check60's cell reader (zipfile + lxml, shown values) and a header / footer reader written here (&L / &C
/ &R sections, font / size codes and &P / &N dropped, _x000a_ decoded), the defined names from xl/workbook.xml;
h365 poppler (`pdftotext -bbox`: every word with its box) and pikepdf for the ruled rectangles; tables rebuilt from the
rectangles, the prose put back into reading order by a two-column reader written here (full-width lines and tables cut
the page into bands; in each band column 1 is read down, then column 2); h366 zipfile + lxml on word/document.xml
(gridSpan / vMerge resolved; the diagonal cells' w:tl2br and the w:jc distribute labels checked); h367 the standard
library's html.parser with an Element-UI grid reader written here (header / body / footer tables per grid, rowspans,
is-hidden cells, the fixed-left copy kept apart); h368 check60's cell reader and lxml on xl/cellimages.xml and its
relationships.
"""
import copy
import os
import re
import subprocess
import sys
import zipfile
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check47 as C  # noqa: E402  (comparison helpers)
import check53 as K  # noqa: E402  (small helpers)
import check58 as Q  # noqa: E402  (met / missed helpers)
import check60 as X  # noqa: E402  (the XLSX cell reader)

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


def missed(rows):
    """rows (…, 指标值, 完成值, 分值, 得分, 原因) below a comparable target: (三级, 得分, proportion score, has reason)"""
    return [(a, b, c) for a, b, c, _ in Q.missed_rows(rows)]


# ------------------------------------------------------------ h364 XLSX, identification only in the page header / footer

def hf_sections(text):
    """an Excel header / footer string → {L, C, R: plain text} (font “&"…"”, size “&nn” codes and the space Excel
    needs after a size code dropped, &P / &N kept as fields, _x000a_ → LF)"""
    text = text.replace("_x000a_", "\n")
    out, cur = {"L": "", "C": "", "R": ""}, "C"
    i = 0
    while i < len(text):
        if text[i] == "&" and i + 1 < len(text):
            nxt = text[i + 1]
            if nxt in "LCR":
                cur, i = nxt, i + 2
                continue
            if nxt == '"':
                i = text.index('"', i + 2) + 1
                continue
            m = re.match(r"&(\d+) ?", text[i:])
            if m:
                i += m.end()
                continue
            out[cur] += "&" + nxt
            i += 2
            continue
        out[cur] += text[i]
        i += 1
    return out


def check364():
    from lxml import etree
    p = path_of("h364")
    g = gold(stem_of(p))
    cells, sh, _ = X.xlsx_sheet(p, 1)
    get = lambda r, c: cells.get((r, c), "")  # noqa: E731
    hf = sh.find(S + "headerFooter")
    head = hf_sections(hf.find(S + "oddHeader").text)
    foot = hf_sections(hf.find(S + "oddFooter").text)
    with zipfile.ZipFile(p) as z:
        wb = etree.fromstring(z.read("xl/workbook.xml"))
    names = {d.get("name"): d.text for d in wb.iter(S + "definedName")}
    same("h364 print area and titles are defined names (trap)",
         (names.get("_xlnm.Print_Area", "").split("!")[-1], names.get("_xlnm.Print_Titles", "").split("!")[-1]),
         ("$A$1:$I$26", "9:9"))
    same("h364 header sections", (head["C"], head["R"]), ("项目支出绩效自评表\n（2024年度）", "金额单位：万元"))
    left = dict(ln.split("：", 1) for ln in head["L"].split("\n"))
    same("h364 unit and 主管部门 from the header", (left.get("填报单位（盖章）"), left.get("主管部门")),
         (g["implementingUnit"], g["department"]))
    same("h364 footer (page fields, not figures)", (foot["C"], foot["R"].split("：")[-1]),
         ("第 &P 页，共 &N 页", "2025年4月16日"))
    alltext = "".join(str(v) for v in cells.values())
    same("h364 no cell holds the department, the title or the year line (trap)",
         (g["department"] in alltext, "绩效自评表" in alltext, "（2024年度）" in alltext), (False, False, False))
    ident("h364", alltext + head["L"] + head["C"], g)
    same("h364 project from the 项目名称 cell", (get(1, 1), get(1, 3)), ("项目名称", g["project"]))
    fund = [get(3, c) for c in range(1, 10)]
    srcs = [[get(r, c) for c in range(1, 10)] for r in (4, 5, 6)]
    same("h364 fund line = gold budget", (fund[0], fv(fund[3]), fv(fund[4]), fv(fund[5]), fv(fund[7])),
         ("年度资金总额",) + gbudget(g)[:4])
    same("h364 sources add up (trap)", [r2(sum(fv(s[k]) for s in srcs)) for k in (3, 4, 5)],
         [fv(fund[3]), fv(fund[4]), fv(fund[5])])
    same("h364 every rate right (trap)", [s[7] for s in [fund] + srcs if s[7] != rate_s(fv(s[5]), fv(s[4]))], [])
    same("h364 BUDGET_ROW_SCORE: fund line score vs 执行率 × 10", (fv(fund[8]), r2(fv(fund[7]) / 10)), (9.73, 9.37))
    same("h364 indicator header", [get(9, c) for c in range(1, 9)],
         ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    rows = [[get(r, c) for c in range(1, 9)] for r in range(10, 25)]
    C.compare_rows("h364", [["", "", fund[0], "", fund[7], fund[6], fund[8]]] + rows_of(rows), g)
    same("h364 total row", (get(25, 1), fv(get(25, 6)), fv(get(25, 7)), get(25, 8)),
         ("总分", g["maxScore"], g["totalScore"], f"自评等级：{g['grade']}"))
    same("h364 total = fund + rows as printed (no TOTAL_VS_ROWS)", r2(fv(fund[8]) + sum(fv(r[6]) for r in rows)),
         fv(get(25, 7)))
    same("h364 weights 10 + rows = 100", 10 + sum(fv(r[5]) for r in rows), 100)
    tup = [tuple(r[:5]) + (fv(r[5]), fv(r[6]), r[7]) for r in rows]
    same("h364 missed rows: the proportion rule, and 有机茶园 at full 7 (TARGET_MISSED_FULL_MARKS)", missed(tup),
         [("茶农技术培训", 5.52, 5.52), ("有机茶园认证面积", 7.0, 6.37), ("项目完工及时率", 4.81, 4.81),
          ("茶企满意度", 4.9, 4.9)])
    same("h364 有机茶园 has no 偏差原因", next(r[7] for r in rows if r[2] == "有机茶园认证面积"), "")
    done = get(8, 3)
    zero = next(r for r in rows if r[2] == "茶旅研学接待人次增长率")
    same("h364 RATE_OVER_ZERO_BASE: 100% growth where 实际完成情况 says 2023 had none",
         (zero[4], "2023年未开展研学活动" in done, fv(zero[6]) == fv(zero[5])), ("100%", True, True))
    same("h364 grade by the bands on either fund score", (grade_of(fv(get(25, 7))), grade_of(r2(fv(get(25, 7)) - 0.36))),
         ("优", "优"))
    print(f"h364: header “{head['C'].splitlines()[0]}”, {len(rows)} rows + fund line, total {get(25, 7)}")


# ------------------------------------------------------------ h365 PDF, a government gazette in two columns

def words_box(path, page):
    out = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-bbox", path, "-"], capture_output=True,
                         text=True, check=True).stdout
    hgt = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', out).group(1))
    ws = []
    for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', out):
        x0, y0, x1, y1 = (float(m.group(k)) for k in range(1, 5))
        t = m.group(5).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
        ws.append((x0, x1, hgt - y1, hgt - y0, t))
    return ws, hgt


def table_groups(rects):
    """rectangles grouped into tables (touching vertically), top first"""
    rs = sorted(rects, key=lambda r: -r[3])
    groups = []
    for r in rs:
        for gp in groups:
            if r[3] >= min(x[1] for x in gp) - 0.5 and r[1] <= max(x[3] for x in gp) + 0.5:
                gp.append(r)
                break
        else:
            groups.append([r])
    return groups


def grid_of(gp, texts):
    """rows of cell texts: columns by distinct left edges, row bands by the last column's cells"""
    lefts = sorted({round(r[0], 1) for r in gp})
    last = [r for r in gp if round(r[0], 1) == lefts[-1]]
    out = []
    for band in sorted(last, key=lambda r: -r[3]):
        mid = (band[1] + band[3]) / 2
        row = []
        for x in lefts:
            cell = next((r for r in gp if round(r[0], 1) == x and r[1] <= mid <= r[3]), None)
            row.append(texts.get(cell, "") if cell else "")
        out.append(row)
    return out


def check365():
    import pikepdf
    p = path_of("h365")
    g = gold(stem_of(p))
    npages = len(pikepdf.open(p).pages)
    prose, naive, tables, heads = [], [], [], []
    for pg in range(1, npages + 1):
        ws, hgt = words_box(p, pg)
        rects = K.pdf_rects(p, pg)
        texts = K.cell_texts([((w[0] + w[1]) / 2, (w[2] + w[3]) / 2, w[0], w[4]) for w in ws], rects)
        for gp in table_groups(rects):
            tables.append(grid_of(gp, texts))
        free = [w for w in ws if not any(r[0] <= (w[0] + w[1]) / 2 <= r[2] and r[1] <= (w[2] + w[3]) / 2 <= r[3]
                                         for r in rects)]
        heads.append(" ".join(w[4] for w in free if w[2] > hgt - 62 or w[3] < 55))
        body = [w for w in free if hgt - 62 >= w[2] and w[3] >= 55]
        mid = 595.28 / 2
        lines = {}
        for w in body:
            lines.setdefault(round(w[2], 0), []).append(w)
        full = sorted(y for y, ws_ in lines.items() if any(w[0] < mid < w[1] for w in ws_))
        cuts = sorted(full + [max(r[3] for r in gp) for gp in table_groups(rects)], reverse=True)
        bands = [hgt] + cuts + [0]
        for top, bot in zip(bands, bands[1:]):
            band = {y: ws_ for y, ws_ in lines.items() if bot < y < top or y == top and y in full}
            if top in full:
                prose.append("".join(w[4] for w in sorted(lines[top], key=lambda w: w[0])))
            for col in (0, 1):
                for y in sorted((y for y in band if y not in full), reverse=True):
                    seg = [w for w in band[y] if (w[1] <= mid if col == 0 else w[0] >= mid)]
                    if seg:
                        prose.append("".join(w[4] for w in sorted(seg, key=lambda w: w[0])))
        for y in sorted(lines, reverse=True):
            naive.append("".join(w[4] for w in sorted(lines[y], key=lambda w: w[0])))
    text = "".join(prose)
    same("h365 pages and running heads (gazette chrome, trap)",
         (npages, all("沂水县人民政府公报" in h and "2025年第3期" in h for h in heads), "— 23 —" in heads[0].replace(" ", "")
          or "—23—" in heads[0].replace(" ", "")), (2, True, True))
    same("h365 the previous document's tail comes before the title (trap)",
         (text.find("沂水县人民政府办公室2025年4月28日") < text.find("沂水县卫生健康局2024年度部门整体支出")
          and text.find("沂水县人民政府办公室") >= 0), True)
    ident("h365", text, g)
    same("h365 evaluator and 委托", ("受沂水县财政局委托" in text, g["evaluator"] in text), (True, True))
    t1 = next(t for t in tables if t and t[0][:2] == ["项目", "年初预算数"])
    bud = {r[0]: [fv(v) for v in r[1:]] for r in t1[1:]}
    same("h365 表1 = gold budget", (bud["合计"][0], bud["合计"][1], bud["合计"][2], bud["合计"][3], bud["基本支出"][1],
                                   bud["基本支出"][2], bud["项目支出"][1], bud["项目支出"][2]), gbudget(g))
    same("h365 表1 parts add up and rates right (traps)",
         ([k for k in range(3) if abs(bud["基本支出"][k] + bud["项目支出"][k] - bud["合计"][k]) > 0.001],
          [k for k, v in bud.items() if abs(v[3] - r2(v[2] / v[1] * 100)) > 0.001]), ([], []))
    t2 = next(t for t in tables if t and t[0] == ["一级指标", "分值", "得分", "得分率"])
    secs = [(r[0], fv(r[1]), fv(r[2])) for r in t2[1:-1]]
    same("h365 表2 = gold sections", secs, [(s["name"], s["weight"], s["score"]) for s in g["sections"]])
    same("h365 SCORE_RATE: the one wrong 得分率", [(r[0], r[3], rate_s(fv(r[2]), fv(r[1]))) for r in t2[1:]
                                                 if r[3] != rate_s(fv(r[2]), fv(r[1]))], [("产出", "98.53%", "98.35%")])
    t3 = next(t for t in tables if t and t[0][:3] == ["一级指标", "二级指标", "三级指标"])
    body = [r for r in t3[1:] if r[0] != "合计"]
    tot = next(r for r in t3 if r[0] == "合计")
    ind = [(r[0], r[1], r[2], r[4], r[5], r[3], r[6], r[7]) for r in body]
    C.compare_rows("h365", rows_of(ind), g)
    same("h365 total", (fv(tot[3]), fv(tot[6])), (g["maxScore"], g["totalScore"]))
    same("h365 sections = their rows; total = rows (traps)",
         ([(n, r2(sum(x[5] for x in rows_of(ind) if x[0] == n)), r2(sum(x[6] for x in rows_of(ind) if x[0] == n)))
           for n, _, _ in secs], r2(sum(x[6] for x in rows_of(ind)))), (secs, fv(tot[6])))
    m = re.search(r"重点人群家庭医生签约率＝已签约重点人群([\d.]+)万人÷重点人群总数([\d.]+)万人＝([\d.]+%)", text)
    same("h365 FORMULA: the prose calculation read in column order", (m.group(3), rate_s(float(m.group(1)),
                                                                                            float(m.group(2))))
         if m else None, ("78.90%", "77.90%"))
    same("h365 a line-by-line reader breaks that sentence (trap)",
         re.search(r"重点人群家庭医生签约率＝已签约重点人群[\d.]+万人÷重点人群总数", "".join(naive)) is None, True)
    row = next(x for x in ind if x[2] == "重点人群家庭医生签约率")
    same("h365 the 附表 copies it", row[4], "78.90%")
    m = re.search(r"全年计划提升改造乡镇卫生院(\d+)所，完成(\d+)所", text)
    clinic = next(x for x in ind if x[2] == "乡镇卫生院提升改造")
    same("h365 NARRATIVE_NOT_DONE_FULL_MARKS: 11 of 12 in 三（三）, 按计划完成 at full marks",
         (m.groups() if m else None, clinic[4], fv(clinic[6]) == fv(clinic[5]), clinic[7]),
         (("12", "11"), "按计划完成", True, ""))
    same("h365 the printed 预算执行率 calculation is right (trap)",
         re.search(r"预算执行率＝全年执行数÷全年预算数＝19,945.56÷20,571.02＝96.96%", text) is not None, True)
    same("h365 missed rows: proportion rule (traps)", missed([x[:5] + (fv(x[5]), fv(x[6]), x[7]) for x in ind]),
         [("65岁及以上老年人健康管理人数", 7.76, 7.76), ("基层卫生人员培训", 5.58, 5.58)])
    same("h365 grade", ("评价等级为“优”" in text, grade_of(fv(tot[6]))), (True, g["grade"]))
    print(f"h365: {npages} pages, {len(prose)} prose lines in column order, {len(ind)} rows, total {tot[6]}")


# ------------------------------------------------------------ h366 DOCX, diagonal-split header cells

def p_text(p):
    return "".join(t.text or "" for t in p.iter(W + "t"))


def docx_grid(tbl):
    out, prev = [], None
    for tr in tbl.findall(W + "tr"):
        row, col = [], 0
        for tc in tr.findall(W + "tc"):
            pr = tc.find(W + "tcPr")
            span, vm = 1, None
            if pr is not None:
                gs = pr.find(W + "gridSpan")
                span = int(gs.get(W + "val")) if gs is not None else 1
                v = pr.find(W + "vMerge")
                if v is not None:
                    vm = v.get(W + "val") or "continue"
            txt = "\n".join(p_text(p) for p in tc.findall(W + "p")).strip()
            if vm == "continue" and prev is not None:
                txt = prev[col]
            row += [txt] * span
            col += span
        out.append(row)
        prev = row
    return out


def check366():
    from lxml import etree
    p = path_of("h366")
    g = gold(stem_of(p))
    with zipfile.ZipFile(p) as z:
        doc = etree.fromstring(z.read("word/document.xml"))
    body = doc.find(W + "body")
    paras = [p_text(x) for x in body.findall(W + "p")]
    tbls = body.findall(W + "tbl")
    same("h366 three tables", len(tbls), 3)
    diag = []
    for t in tbls:
        tc = t.find(W + "tr").find(W + "tc")
        b = tc.find(f"{W}tcPr/{W}tcBorders/{W}tl2br")
        ps = tc.findall(W + "p")
        diag.append((b is not None, [p_text(x) for x in ps],
                     [x.find(f"{W}pPr/{W}jc").get(W + "val") for x in ps]))
    same("h366 diagonal header cells: tl2br, caption right above, caption left below (trap)", diag,
         [(True, ["项目", "支出类别"], ["right", "left"]), (True, ["一级指标", "得分情况"], ["right", "left"]),
          (True, ["指标名称", "指标层级"], ["right", "left"])])
    unit = next(x for x in paras if x.replace(" ", "").startswith("填报单位："))
    same("h366 spaced label “填 报 单 位” (trap)", unit.startswith("填 报 单 位："), True)
    dept = re.match(r"填报单位：(.+?)（盖章）", unit.replace(" ", "")).group(1)
    same("h366 department", dept, g["department"])
    ident("h366", "".join(paras), g)
    g1, g2, g3 = (docx_grid(t) for t in tbls)
    bud = {r[0]: [fv(v) for v in r[1:]] for r in g1[1:]}
    same("h366 表一 = gold budget", (bud["合计"][0], bud["合计"][1], bud["合计"][2], bud["合计"][3], bud["基本支出"][1],
                                    bud["基本支出"][2], bud["项目支出"][1], bud["项目支出"][2]), gbudget(g))
    same("h366 BREAKDOWN_SUM: only 年初 fails to add",
         [(k, r2(bud["基本支出"][k] + bud["项目支出"][k]), bud["合计"][k]) for k in range(3)
          if abs(bud["基本支出"][k] + bud["项目支出"][k] - bud["合计"][k]) > 0.001], [(0, 3586.4, 3568.4)])
    same("h366 rates right (trap; the 基本 over 100%)",
         [k for k, v in bud.items() if abs(v[3] - r2(v[2] / v[1] * 100)) > 0.001], [])
    same("h366 SPENDING_OVER_BUDGET: 基本支出 over its adjusted budget",
         [(k, v[2], v[1]) for k, v in bud.items() if v[2] > v[1]], [("基本支出", 2342.15, 2316.8)])
    head = g2[0][1:]
    secs = [(n, fv(g2[1][1 + k]), fv(g2[2][1 + k])) for k, n in enumerate(head[:-1])]
    same("h366 表二 (transposed) = gold sections", secs, [(s["name"], s["weight"], s["score"]) for s in g["sections"]])
    same("h366 表二 合计 column", (head[-1], fv(g2[1][-1]), fv(g2[2][-1])), ("合计", 100, g["totalScore"]))
    rows = [r for r in g3[1:] if r[0] != "合计"]
    tot = next(r for r in g3 if r[0] == "合计")
    C.compare_rows("h366", rows_of(rows), g)
    same("h366 total", (fv(tot[5]), fv(tot[6])), (g["maxScore"], g["totalScore"]))
    wsum = sum(fv(r[5]) for r in rows)
    same("h366 WEIGHTS_VS_FULL_MARK: the rows' and the 汇总's 分值 add to 98, both 合计 say 100",
         (wsum, sum(s[1] for s in secs), fv(tot[5]), fv(g2[1][-1])), (98, 98, 100, 100))
    same("h366 the scores add up (traps)", (r2(sum(fv(r[6]) for r in rows)), r2(sum(s[2] for s in secs))),
         (fv(tot[6]), fv(tot[6])))
    dist = [p_text(tc) for t in tbls[2:] for tc in t.iter(W + "tc")
            if any(j.get(W + "val") == "distribute" for j in tc.iter(W + "jc"))]
    same("h366 distributed 一级 labels (trap)", [d for d in dist if d in ("投入", "过程", "产出", "效益")],
         ["投入", "过程", "产出", "效益"])
    tup = [tuple(r[:5]) + (fv(r[5]), fv(r[6]), r[7]) for r in rows]
    same("h366 missed rows: proportion rule (traps)", missed(tup),
         [("投诉举报按时办结率", 5.91, 5.91), ("计量器具强制检定数量", 4.73, 4.73)])
    gl = next(x for x in paras if x.replace(" ", "").startswith("自评等级："))
    same("h366 grade", (gl.replace(" ", "")[5], grade_of(fv(tot[6]))), (g["grade"], g["grade"]))
    print(f"h366: {len(rows)} rows, 分值 {wsum} against 100, total {tot[6]}")


# ------------------------------------------------------------ h367 HTML, Element-UI data grids

class Grids(HTMLParser):
    """every <table> with the class of the nearest el-table wrapper div around it; cells with text, class, rowspan;
    el-descriptions label / content pairs; el-tag texts"""
    def __init__(self):
        super().__init__()
        self.stack, self.tables, self.cell, self.desc, self.tags, self.tag_on = [], [], None, [], [], False
        self.grid_no = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = a.get("class", "") or ""
        if tag == "div":
            if cls.startswith("el-table ") or cls == "el-table":
                self.grid_no += 1
            self.stack.append(cls)
        elif tag == "table":
            wrap = next((c.split()[0] for c in reversed(self.stack) if "wrapper" in c), "")
            fixed = any(c.startswith("el-table__fixed") and "wrapper" not in c for c in self.stack)
            self.tables.append({"grid": self.grid_no, "wrap": wrap, "fixed": fixed, "cls": cls, "rows": []})
        elif tag == "tr" and self.tables:
            self.tables[-1]["rows"].append([])
        elif tag in ("td", "th") and self.tables:
            self.cell = {"text": "", "cls": cls, "rowspan": int(a.get("rowspan", 1) or 1)}
        elif tag == "span" and "el-tag" in cls:
            self.tag_on = True
            self.tags.append("")

    def handle_endtag(self, tag):
        if tag == "div" and self.stack:
            self.stack.pop()
        elif tag in ("td", "th") and self.cell is not None:
            c = self.cell
            self.cell = None
            if "gutter" in c["cls"]:
                return
            if "el-descriptions-item" in c["cls"]:
                self.desc.append(c["text"].strip())
                return
            self.tables[-1]["rows"][-1].append(c)
        elif tag == "span":
            self.tag_on = False

    def handle_data(self, data):
        if self.cell is not None:
            self.cell["text"] += data
        if self.tag_on:
            self.tags[-1] += data


def resolve(rows):
    """rows of cells with rowspans → grid of texts (a rowspan's text repeated below)"""
    out, carry = [], {}
    for row in rows:
        line, k, it = [], 0, iter(row)
        while True:
            if k in carry:
                t, n = carry[k]
                line.append(t)
                carry[k] = (t, n - 1) if n > 2 else None
                if carry[k] is None:
                    del carry[k]
                k += 1
                continue
            c = next(it, None)
            if c is None:
                break
            line.append(c["text"].strip())
            if c["rowspan"] > 1:
                carry[k] = (c["text"].strip(), c["rowspan"])
            k += 1
        out.append(line)
    return out


def check367():
    p = path_of("h367")
    g = gold(stem_of(p))
    with open(p, encoding="utf-8") as f:
        src = f.read()
    d = Grids()
    d.feed(src)
    grids = {}
    for t in d.tables:
        if t["grid"]:
            grids.setdefault(t["grid"], []).append(t)
    same("h367 three grids; the indicator grid's header, body and footer twice (fixed copy), trap",
         [[(t["wrap"], t["fixed"]) for t in grids[k]] for k in sorted(grids)][2],
         [("el-table__header-wrapper", False), ("el-table__body-wrapper", False), ("el-table__footer-wrapper", False),
          ("el-table__fixed-header-wrapper", True), ("el-table__fixed-body-wrapper", True),
          ("el-table__fixed-footer-wrapper", True)])

    def part(k, wrap, fixed=False):
        t = next(t for t in grids[k] if t["wrap"] == wrap and t["fixed"] == fixed)
        return t["rows"]
    desc = dict(zip(d.desc[0::2], d.desc[1::2]))
    same("h367 descriptions", (desc.get("部门名称"), desc.get("评价年度"), desc.get("自评得分")),
         (g["department"], "2024年度", f"{g['totalScore']:.2f}"))
    same("h367 the grade is the el-tag", d.tags, [g["grade"]])
    ident("h367", re.sub(r"<[^>]+>", "", src), g)
    bh = [c["text"] for c in part(1, "el-table__header-wrapper")[0]]
    bb = resolve(part(1, "el-table__body-wrapper"))
    same("h367 budget header", bh[0], "项目")
    bud = {r[0]: [fv(v) for v in r[1:]] for r in bb}
    same("h367 budget = gold", (bud["合计"][0], bud["合计"][1], bud["合计"][2], bud["合计"][3], bud["基本支出"][1],
                                bud["基本支出"][2], bud["项目支出"][1], bud["项目支出"][2]), gbudget(g))
    same("h367 budget adds up, rates right, under budget (traps)",
         ([k for k in range(3) if abs(bud["基本支出"][k] + bud["项目支出"][k] - bud["合计"][k]) > 0.001],
          [k for k, v in bud.items() if abs(v[3] - r2(v[2] / v[1] * 100)) > 0.001],
          [k for k, v in bud.items() if v[2] > v[1]]), ([], [], []))
    sb = resolve(part(2, "el-table__body-wrapper"))
    sf = [c["text"] for c in part(2, "el-table__footer-wrapper")[0]]
    secs = [(r[0], fv(r[1]), fv(r[2])) for r in sb]
    same("h367 汇总 = gold sections", secs, [(s["name"], s["weight"], s["score"]) for s in g["sections"]])
    ih = [c["text"] for c in part(3, "el-table__header-wrapper")[0]]
    same("h367 indicator header", ih, ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"])
    rows = resolve(part(3, "el-table__body-wrapper"))
    foot = [c["text"] for c in part(3, "el-table__footer-wrapper")[0]]
    C.compare_rows("h367", rows_of(rows), g)
    same("h367 footer 合计", (foot[0], fv(foot[5]), fv(foot[6])), ("合计", g["maxScore"], g["totalScore"]))
    fixed_rows = part(3, "el-table__fixed-body-wrapper", True)
    same("h367 the fixed copy repeats every row, non-fixed cells is-hidden (trap)",
         (resolve(fixed_rows) == rows, sorted({"is-hidden" in c["cls"] for r in fixed_rows for c in r
                                               if c["text"].strip() in (r[-1]["text"].strip(),)})),
         (True, [True]))
    same("h367 sum of the 汇总 vs its 合计", (r2(sum(s[2] for s in secs)), fv(sf[2])), (89.37, 89.1))
    ss = r2(sum(fv(r[6]) for r in rows))
    same("h367 total = rows (no TOTAL_VS_ROWS)", ss, fv(foot[6]))
    bad = [(n, s, r2(sum(fv(r[6]) for r in rows if r[0] == n))) for n, w, s in secs
           if abs(s - sum(fv(r[6]) for r in rows if r[0] == n)) > 0.001]
    same("h367 SECTION_VS_ROWS: the one wrong 一级", bad, [("效益", 21.63, 21.36)])
    over = [(r[2], fv(r[6]), fv(r[5])) for r in rows if fv(r[6]) > fv(r[5])]
    same("h367 ROW_SCORE_OVER_WEIGHT", over, [("婚姻登记合格率", 5.5, 5)])
    same("h367 the 评分说明 has no bonus", "加分" in src.split("评分说明")[1], False)
    same("h367 GRADE_OUTSIDE_BANDS: bands give 良 (capped too)", (grade_of(ss), grade_of(r2(ss - 0.5)), d.tags[0],
                                                                  re.search(BANDS_RE, src) is not None),
         ("良", "良", "优", True))
    tup = [tuple(r[:5]) + (fv(r[5]), fv(r[6]), r[7]) for r in rows]
    same("h367 missed rows: proportion rule (traps)", missed(tup),
         [("预算执行率", 5.64, 5.64), ("居家养老服务中心乡镇覆盖率", 6.05, 6.05), ("节地生态安葬率", 3.55, 3.55),
          ("养老服务对象满意度", 5.81, 5.81),
          ("社会救助政策知晓率", 5.55, 5.55)])
    fr = next(r for r in rows if r[2] == "预算执行率")
    same("h367 预算执行率 row = 执行率 × 6 (trap)", fv(fr[6]), r2(fv(fr[4]) * 6 / 100))
    print(f"h367: {len(rows)} rows (×2 in the DOM), total {foot[6]}, tag {d.tags[0]}")


# ------------------------------------------------------------ h368 XLSX by WPS, cell images

def check368():
    from lxml import etree
    p = path_of("h368")
    g = gold(stem_of(p))
    cells, sh, _ = X.xlsx_sheet(p, 1)
    get = lambda r, c: cells.get((r, c), "")  # noqa: E731
    with zipfile.ZipFile(p) as z:
        names = z.namelist()
        ci = etree.fromstring(z.read("xl/cellimages.xml"))
        cir = etree.fromstring(z.read("xl/_rels/cellimages.xml.rels"))
        custom = z.read("docProps/custom.xml").decode()
        wrels = z.read("xl/_rels/workbook.xml.rels").decode()
    XDR = "{http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing}"
    pics = {c.get("name"): c.get("descr") for c in ci.iter(XDR + "cNvPr")}
    targets = sorted(r.get("Target") for r in cir)
    disp = {c.get("r"): (c.get("t"), c.find(S + "f").text, c.find(S + "v").text) for c in sh.iter(S + "c")
            if c.find(S + "f") is not None}
    same("h368 WPS made it; cellimages wired (trap)",
         ("KSOProductBuildVer" in custom, "cellimages.xml" in wrels, all("xl/" + t in names for t in targets)),
         (True, True, True))
    ids = {ref: re.search(r'"(ID_[0-9A-F]+)"', f).group(1) for ref, (t, f, v) in disp.items()}
    same("h368 every formula is a DISPIMG whose cached value is its own text, its ID a cell image (trap)",
         sorted((t, v == f'=DISPIMG("{ids[ref]}",1)', pics.get(ids[ref])) for ref, (t, f, v) in disp.items()),
         [("str", True, "单位公章"), ("str", True, "负责人签名")])
    vals = [v for v in cells.values() if isinstance(v, str) and v.startswith("=DISPIMG")]
    same("h368 a cached-value reader sees two =DISPIMG strings (not content)", len(set(vals)), 2)
    alltext = "".join(str(v) for v in cells.values())
    ident("h368", alltext, g)
    same("h368 unit / dept cells", (get(5, 3), get(5, 6)), (g["department"], g["implementingUnit"]))
    fr = next(r for r in range(1, 40) if get(r, 1) == "年度资金总额")
    fund = [get(fr, c) for c in range(1, 10)]
    srcs = [[get(r, c) for c in range(1, 10)] for r in range(fr + 1, fr + 4)]
    same("h368 fund line = gold budget", (fv(fund[3]), fv(fund[4]), fv(fund[5]), fv(fund[7])), gbudget(g)[:4])
    same("h368 sources add up, rates right, none over (traps)",
         ([r2(sum(fv(s[k]) for s in srcs)) for k in (3, 4, 5)], [s[7] for s in [fund] + srcs
                                                                  if s[7] != rate_s(fv(s[5]), fv(s[4]))],
          [s[0] for s in srcs if fv(s[5]) > fv(s[4])]), ([fv(fund[3]), fv(fund[4]), fv(fund[5])], [], []))
    same("h368 fund score = 执行率 × 10 (trap)", fv(fund[8]), r2(fv(fund[7]) / 10))
    hr = next(r for r in range(1, 40) if get(r, 1) == "一级指标")
    tr = next(r for r in range(1, 40) if get(r, 1) == "总分")
    rows = [[get(r, c) for c in range(1, 9)] for r in range(hr + 1, tr)]
    C.compare_rows("h368", [["", "", fund[0], "", fund[7], fund[6], fund[8]]] + rows_of(rows), g)
    same("h368 total row", (fv(get(tr, 6)), fv(get(tr, 7)), get(tr, 8)),
         (g["maxScore"], g["totalScore"], f"自评等级：{g['grade']}"))
    rs = r2(fv(fund[8]) + sum(fv(r[6]) for r in rows))
    same("h368 TOTAL_VS_ROWS: rows vs 总分", (rs, fv(get(tr, 7))), (96.33, 96.83))
    tup = [tuple(r[:5]) + (fv(r[5]), fv(r[6]), r[7]) for r in rows]
    lost = [(x[2], x[6], x[5], x[7]) for x in tup if met(x[3], x[4]) is True and x[6] < x[5]]
    same("h368 TARGET_MET_POINTS_LOST: met, points lost, no reason", lost, [("监控系统运行正常率", 4.5, 6.0, "")])
    same("h368 …and with it at 6 − 1.5 + … the typed 总分 is the rows with it at 5", r2(rs - 4.5 + 5), fv(get(tr, 7)))
    same("h368 missed rows: proportion rule (traps)", missed(tup),
         [("建设林火视频监控点", 6.42, 6.42), ("护林员满意度", 4.85, 4.85)])
    note = get(tr + 1, 1)
    m = re.search(r"火情早期发现率≥(\d+)%得满分，(\d+)%（含）—(\d+)%得(\d+)分，(\d+)%以下不得分", note)
    lo2, hi2, lo3 = int(m.group(2)), int(m.group(3)), int(m.group(5))
    same("h368 MALFORMED_RULE: band 2 [80, 90) and band 3 (< 85) overlap", (lo2 < lo3 <= hi2, f"{lo2}%–{lo3}%"),
         (True, "80%–85%"))
    fire = next(x for x in tup if x[2] == "火情早期发现率")
    same("h368 the row is in the top band (trap)", (lead_num(fire[4]) >= int(m.group(1)), fire[6] == fire[5]),
         (True, True))
    same("h368 grade either way", (grade_of(rs), grade_of(fv(get(tr, 7)))), ("优", "优"))
    print(f"h368: {len(rows)} rows + fund line, {len(pics)} cell images, total {get(tr, 7)} (rows {rs})")


def main(argv):
    global MUTATE
    if "--mutate" in argv:
        MUTATE = True
        argv = [a for a in argv if a != "--mutate"]
    counts = {}
    for name, f in (("h364", check364), ("h365", check365), ("h366", check366), ("h367", check367),
                    ("h368", check368)):
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
