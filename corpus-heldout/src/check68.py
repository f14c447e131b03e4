#!/usr/bin/python3
"""Round 68's independent check: re-reads h394–h398 with readers that are not the writers (nothing of reports68.py is
imported; check47 gives the comparison helpers, check53 small helpers and the PDF words / rectangles, check58 the met /
missed helpers, check60 its XLSX cell reader, check62 its DOCX grid reader, check65 the PDF grid and page-text readers)
and compares what they read with gold/<stem>.json, then re-derives each planted problem (and the traps around it) from
what was read.
    /usr/bin/python3 -B corpus-heldout/src/check68.py [h394 …]
    /usr/bin/python3 -B corpus-heldout/src/check68.py --mutate     (two gold values changed per file: mismatches expected)
Readers: h394 zipfile + lxml on the XPS package (_rels/.rels → FixedDocumentSequence → FixedDocument → FixedPages), a
Glyphs / Path reader written here (runs placed in the ruled rectangles of the Path data, tables rebuilt by position),
and fontTools on the de-obfuscated fonts (every Glyphs element's Indices checked against the font's cmap); h395 and
h398 check60's XLSX cell reader (merges filled), the blocks told apart by column; h396 poppler (`pdftotext -bbox`) and
check65's grid reader, the pages put in order by the number each prints; h397 zipfile + lxml on word/document.xml (body
order, w:tblpPr of each table) and check62's DOCX grid reader.
"""
import copy
import io
import os
import re
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check47 as C  # noqa: E402  (comparison helpers)
import check53 as K  # noqa: E402  (small helpers)
import check58 as Q  # noqa: E402  (met / missed helpers)
import check60 as X  # noqa: E402  (the XLSX cell reader)
import check62 as Y  # noqa: E402  (the DOCX grid reader)
import check65 as Z  # noqa: E402  (PDF grid and page text)

same = C.same
fv, r2, canon, gbudget, grade_of, ident, path_of = K.fv, K.r2, K.canon, K.gbudget, K.grade_of, K.ident, K.path_of
stem_of, lead_num, met, rate_s = Q.stem_of, Q.lead_num, Q.met, Q.rate_s
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
XPS = "{http://schemas.microsoft.com/xps/2005/06}"
RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
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


def tuples(rows):
    """(一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因)"""
    return [tuple(r[:5]) + (fv(r[5]), fv(r[6]), r[7] or "") for r in rows]


def secs_rows(tup):
    out = {}
    for x in tup:
        w, s_ = out.get(x[0], (0, 0))
        out[x[0]] = (r2(w + x[5]), r2(s_ + x[6]))
    return out


def missed(tup):
    return [x for x in Q.missed_rows(tup)]


# ------------------------------------------------------------ h394 XPS (Glyphs, Paths, obfuscated fonts)

def xps_read(p):
    """the package's pages in FixedDocument order: [(width, height, runs, rects)], runs (x, y, size, text, font uri,
    indices), rects (x0, y0, x1, y1) from the Path data, y down; and {font uri: TTFont} de-obfuscated"""
    from lxml import etree
    from fontTools.ttLib import TTFont
    z = zipfile.ZipFile(p)
    rels = etree.fromstring(z.read("_rels/.rels"))
    seq = next(r.get("Target") for r in rels.iter(RELS + "Relationship")
               if r.get("Type").endswith("/fixedrepresentation"))
    fdseq = etree.fromstring(z.read(seq.lstrip("/")))
    pages, fonts = [], {}
    for d in fdseq.iter(XPS + "DocumentReference"):
        fd = etree.fromstring(z.read(d.get("Source").lstrip("/")))
        for pc in fd.iter(XPS + "PageContent"):
            fp = etree.fromstring(z.read(pc.get("Source").lstrip("/")))
            runs, rects = [], []
            for el in fp:
                if el.tag == XPS + "Glyphs":
                    us = el.get("UnicodeString")
                    us = us[2:] if us.startswith("{}") else us
                    runs.append((float(el.get("OriginX")), float(el.get("OriginY")),
                                 float(el.get("FontRenderingEmSize")), us, el.get("FontUri"), el.get("Indices")))
                    uri = el.get("FontUri")
                    if uri not in fonts:
                        raw = bytearray(z.read(uri.lstrip("/")))
                        guid = os.path.splitext(os.path.basename(uri))[0].replace("-", "")
                        key = bytes.fromhex(guid)[::-1]
                        head = bytes(raw[:4])
                        for i in range(32):
                            raw[i] ^= key[i % 16]
                        fonts[uri] = (TTFont(io.BytesIO(bytes(raw))), head, bytes(raw[:4]))
                elif el.tag == XPS + "Path":
                    nums = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", el.get("Data"))]
                    xs, ys = nums[0::2], nums[1::2]
                    rects.append((min(xs), min(ys), max(xs), max(ys)))
            pages.append((float(fp.get("Width")), float(fp.get("Height")), runs, rects))
    return z, pages, fonts


def cell_texts(runs, rects):
    got = {}
    for x, y, size, t, _, _ in runs:
        px, py = x + 0.5, y - size * 0.3
        inside = [r for r in rects if r[0] <= px <= r[2] and r[1] <= py <= r[3]]
        if not inside:
            continue
        r = min(inside, key=lambda r: (r[2] - r[0]) * (r[3] - r[1]))
        got.setdefault(r, []).append((round(y, 1), x, t))
    return {r: "".join(t for _, _, t in sorted(v)) for r, v in got.items()}


def groups(rects):
    """rectangles in vertically connected groups (one group per table)"""
    out = []
    for r in sorted(rects, key=lambda r: r[1]):
        if out and r[1] <= max(x[3] for x in out[-1]) + 0.5:
            out[-1].append(r)
        else:
            out.append([r])
    return out


def grid_of(rects, texts):
    """rows by the cells' top edges, columns by all left and right edges; a merged cell filled into what it covers"""
    edges = sorted({round(r[0], 1) for r in rects} | {round(r[2], 1) for r in rects})
    tops = sorted({round(r[1], 1) for r in rects})
    out = []
    for t in tops:
        row = []
        for a, b in zip(edges, edges[1:]):
            mid = (a + b) / 2
            cell = next((r for r in rects if r[0] - 0.2 <= mid <= r[2] + 0.2 and r[1] - 0.2 <= t + 1 <= r[3] + 0.2), None)
            row.append(texts.get(cell, "") if cell else "")
        out.append(row)
    return out


def dedup(row):
    out = []
    for v in row:
        if not out or v != out[-1] or v == "":
            out.append(v)
    return out


def check394():
    p = path_of("h394")
    g = gold(stem_of(p))
    z, pages, fonts = xps_read(p)
    names = z.namelist()
    same("h394 an XPS package: fixed representation, two pages, two obfuscated fonts (trap)",
         (names[0], len(pages), sorted(n.rsplit(".", 1)[-1] for n in names if "/Fonts/" in n),
          [(h != b"\x00\x01\x00\x00", plain) for _, h, plain in fonts.values()]),
         ("[Content_Types].xml", 2, ["odttf", "odttf"], [(True, b"\x00\x01\x00\x00")] * 2))
    bad = []
    for _, _, runs, _ in pages:
        for x, y, size, t, uri, idx in runs:
            f = fonts[uri][0]
            cmap = f.getBestCmap()
            want = [f.getGlyphID(cmap[ord(ch)]) if ord(ch) in cmap else None for ch in t]
            if want != [int(v) for v in idx.split(";")]:
                bad.append(t)
    same("h394 every Glyphs' Indices are its UnicodeString's glyphs in its de-obfuscated font", bad, [])
    text = "".join(r[3] for _, _, runs, _ in pages for r in runs)
    ident("h394", text, g)
    tables = []
    for _, _, runs, rects in pages:
        texts = cell_texts(runs, rects)
        for gp in groups(rects):
            tables.append(grid_of(gp, texts))
    same("h394 three ruled tables (budget; indicators on page 1; indicators on page 2)", len(tables), 3)
    bt = {r[0].strip("\u3000"): r for r in (dedup(x) for x in tables[0])}
    tot, basic, proj = bt["合计"], bt["其中：基本支出"], bt["项目支出"]
    same("h394 budget = gold", (fv(tot[2]), fv(tot[3]), fv(tot[4]), fv(basic[2]), fv(basic[3]), fv(proj[2]), fv(proj[3])),
         tuple(gbudget(g)[k] for k in (1, 2, 3, 4, 5, 6, 7)))
    same("h394 parts add up; 基本 / 项目 rates right; none over (traps)",
         ([k for k in (1, 2, 3) if abs(fv(basic[k]) + fv(proj[k]) - fv(tot[k])) > 0.001],
          [r[0] for r in (basic, proj) if r[4] != rate_s(fv(r[3]), fv(r[2]))],
          [r[0] for r in (basic, proj) if fv(r[3]) > fv(r[2])]), ([], [], []))
    same("h394 EXECUTION_RATE: the 合计's 执行率 against 全年执行数 ÷ 全年预算数",
         (tot[4], rate_s(fv(tot[3]), fv(tot[2])), fv(tot[4]) == g["budget"]["executionRate"]), ("96.05%", "96.50%", True))
    rows, subs, tail = [], {}, {}
    heads = 0
    for tb in tables[1:]:
        for r in tb:
            if r[0] == "一级指标":
                heads += 1
            elif r[0].endswith("小计"):
                subs[r[0][:-2]] = (fv(r[5]), fv(r[6]))
            elif r[0] in ("合计", "自评等级"):
                tail[r[0]] = r
            else:
                rows.append(r)
    same("h394 the header on both pages; four 小计 rows (traps)", (heads, list(subs)),
         (2, ["预算执行", "产出指标", "效益指标", "满意度指标"]))
    C.compare_rows("h394", [r[:7] for r in rows], g)
    same("h394 sections (小计 rows) = gold", [(k, v[0], v[1]) for k, v in subs.items()],
         [(s_["name"], s_["weight"], s_["score"]) for s_ in g["sections"]])
    tup = tuples(rows)
    sr = secs_rows(tup)
    same("h394 SECTION_VS_ROWS: 产出指标 小计 against its rows; the other 小计s equal theirs",
         (subs["产出指标"], sr["产出指标"], [k for k in subs if k != "产出指标" and subs[k] != sr[k]]),
         ((50.0, 49.65), (50.0, 49.56), []))
    nd = next(x for x in tup if x[2] == "人居环境整治项目完工时间")
    same("h394 NARRATIVE_NOT_DONE_FULL_MARKS: the 完成值 says 2 villages slipped, full marks, no reason",
         ("延至2025年" in nd[4], nd[6] == nd[5], nd[7]), (True, True, ""))
    row_fund = next(x for x in tup if x[2] == "预算执行率")
    same("h394 the 预算执行率 row copies the 合计's rate; ≥95% either way (one finding)",
         (row_fund[4], row_fund[6], fv(rate_s(fv(tot[3]), fv(tot[2]))) >= 95), (tot[4], 10.0, True))
    tl = tail["合计"]
    same("h394 合计 = the rows; 分值 100; missed rows by proportion with reasons; met exactly; ceiling (traps)",
         (fv(tl[6]), r2(sum(x[6] for x in tup)), r2(sum(x[5] for x in tup)),
          [x for x in missed(tup) if x[0] != "人居环境整治项目完工时间"],
          [x[2] for x in tup if x[3].startswith("≥") and lead_num(x[3]) == lead_num(x[4])],
          [x[2] for x in tup if x[3].startswith("≤") and met(x[3], x[4])]),
         (g["totalScore"], g["totalScore"], 100.0,
          [("高标准农田建设面积", 5.56, 5.56, True), ("集体经济收入10万元以上村占比", 5.56, 5.56, True),
           ("个体工商户满意度", 4.92, 4.92, True)], ["农村人居环境整治村数"], ["道路硬化单位造价"]))
    mixed = [r for _, _, runs, _ in pages for r in runs if r[3] in ("≥18", "个")]
    same("h394 a cell's text split over Glyphs in two fonts (“≥18” + “个”) (trap)",
         len({r[4] for r in mixed}) == 2, True)
    same("h394 grade", (tail["自评等级"][6], grade_of(fv(tl[6])), re.search(BANDS_RE, canon(text)) is not None),
         (g["grade"], "优", True))
    print(f"h394: XPS, {len(pages)} pages, {sum(len(r) for *_, r, _ in pages)} Glyphs, {len(rows)} rows, total {tl[6]}")


# ------------------------------------------------------------ h395 XLSX, two blocks side by side

def check395():
    p = path_of("h395")
    g = gold(stem_of(p))
    cells, sh, _ = X.xlsx_sheet(p, 1)
    nrow = max(r for r, _ in cells)
    get = lambda r, c: cells.get((r, c), "") or ""  # noqa: E731
    text = "".join(str(v) for v in cells.values() if v)
    ident("h395", text, g)
    same("h395 column I empty: two blocks, A–H and J–Q (trap)", [r for r in range(4, 23) if get(r, 9)], [])
    fr = next(r for r in range(1, nrow + 1) if get(r, 2) == "年度资金总额")
    fund = [get(fr, c) for c in range(1, 9)]
    srcs = [[get(r, c) for c in range(1, 9)] for r in range(fr + 1, fr + 4)]
    same("h395 budget (the left block's fund line) = gold",
         (fv(fund[2]), fv(fund[3]), fv(fund[4]), fv(fund[6])), gbudget(g)[:4])
    same("h395 sources add up; rates right; none over; 年初 < 全年 (traps)",
         ([k for k in (2, 3, 4) if abs(sum(fv(s_[k]) for s_ in srcs) - fv(fund[k])) > 0.001],
          [s_[1] for s_ in srcs if s_[6] != rate_s(fv(s_[4]), fv(s_[3]))], [s_[1] for s_ in srcs if fv(s_[4]) > fv(s_[3])],
          fund[6] == rate_s(fv(fund[4]), fv(fund[3])), fv(fund[2]) < fv(fund[3])), ([], [], [], True, True))
    hr = next(r for r in range(1, nrow + 1) if get(r, 10) == "一级指标")
    tr = next(r for r in range(1, nrow + 1) if get(r, 10) == "总分")
    body = [[get(r, c) for c in range(10, 18)] for r in range(hr + 1, tr)]
    same("h395 the blocks' rows do not line up: the fund line's sheet row holds an indicator (trap)",
         (hr, fr, get(fr, 12), get(hr, 1)), (4, 11, "大坝安全鉴定达标率", "项目名称"))
    C.compare_rows("h395", [["", "", "年度资金总额", "", fund[6], fund[5], fund[7]]] + [r[:7] for r in body], g)
    tup = tuples(body)
    note = canon(text)
    same("h395 BUDGET_ROW_SCORE: the fund line's 得分 against 执行率 × 分值 (说明 1)",
         (fv(fund[7]), r2(fv(fund[6]) * fv(fund[5]) / 100), r2(fv(fund[4]) / fv(fund[3]) * fv(fund[5])),
          "年度资金总额得分＝执行率×分值" in note), (9.54, 9.45, 9.45, True))
    lost = [(x[2], x[6], x[5], x[7]) for x in tup if met(x[3], x[4]) is True and x[6] < x[5]]
    same("h395 TARGET_MET_POINTS_LOST: met, points lost, no reason", lost, [("汛前主体工程完工率", 4.0, 5.0, "")])
    done_row = next(r for r in range(fr, tr + 2) if get(r, 2) == "实际完成情况")
    done = get(done_row + 1, 2)
    m = re.search(r"完成(\d+)座小型水库除险加固", done)
    sk = next(x for x in tup if x[2] == "小型水库除险加固")
    same("h395 SAME_FIGURE_DIFFERS: 实际完成情况 (left) against the table (right); both meet the target",
         (m.group(1) + "座", sk[4], met(sk[3], m.group(1)), met(sk[3], sk[4]), sk[6] == sk[5]), ("16座", "18座", True, True, True))
    cost = next(x for x in tup if x[2] == "单座水库除险加固平均投资")
    same("h395 unit cost = 执行 ÷ the table's 18 (trap)", (cost[4], f"{fv(fund[4]) / 18:.1f}万元/座"), ("91.3万元/座",) * 2)
    tot = [get(tr, c) for c in range(10, 18)]
    same("h395 总分 = the fund line as printed + the rows; 分值 100; missed rows; met exactly (traps)",
         (fv(tot[6]), r2(fv(fund[7]) + sum(x[6] for x in tup)), r2(fv(fund[5]) + sum(x[5] for x in tup)), fv(tot[5]),
          missed(tup), [x[2] for x in tup if x[3].startswith("≥") and lead_num(x[3]) == lead_num(x[4])]),
         (g["totalScore"], g["totalScore"], 100.0, 100.0,
          [("溢洪道改造", 5.25, 5.25, True), ("恢复和改善灌溉面积", 5.4, 5.4, True), ("库区群众满意度", 4.85, 4.85, True)],
          ["大坝防渗处理"]))
    same("h395 grade", (tot[7], grade_of(fv(tot[6])), re.search(BANDS_RE, note) is not None),
         (f"自评等级：{g['grade']}", "优", True))
    print(f"h395: XLSX, left block rows 4–22, right block rows {hr}–{tr}, fund line + {len(body)} rows, total {tot[6]}")


# ------------------------------------------------------------ h396 PDF, pages in the wrong order

def check396():
    import pikepdf
    p = path_of("h396")
    g = gold(stem_of(p))
    n = len(pikepdf.open(p).pages)
    texts = [Z.page_text(p, k) for k in range(1, n + 1)]
    numbers = [int(re.search(r"第(\d)页共(\d)页", canon(t)).group(1)) for t in texts]
    same("h396 the file's pages print 第3, 第1, 第2 页 共3页: wrong order (trap)", (n, numbers), (3, [3, 1, 2]))
    true = {numbers[k]: k + 1 for k in range(n)}  # true page → file page
    t1 = canon(texts[true[1] - 1])
    ident("h396", "".join(texts), g)
    same("h396 read in file order the table's tail comes first (trap)",
         ("孕产妇系统管理率" in canon(texts[0])[:60], "一级指标" in canon(texts[0]), t1.startswith(canon(g["department"]))),
         (True, False, True))
    m = re.search(r"预算执行率=全年执行数÷全年预算数×100%=([\d,.]+)÷([\d,.]+)×100%=([\d.]+)%", t1)
    b1, _, _ = Z.pdf_grid(p, true[1])
    bt = {r[0].strip("\u3000"): dedup(r) for r in b1 if r and r[0]}
    tot, basic, proj = bt["合计"], bt["其中：基本支出"], bt["项目支出"]
    same("h396 budget = gold (表1)", (fv(tot[1]), fv(tot[2]), fv(tot[3]), fv(tot[4]), fv(basic[2]), fv(basic[3]),
                                     fv(proj[2]), fv(proj[3])), gbudget(g))
    same("h396 FORMULA: the prose's 预算执行率 calculation; 表1 copies its result",
         (m.group(3), f"{fv(m.group(1)) / fv(m.group(2)) * 100 + 1e-9:.2f}", tot[4], fv(m.group(1)) == fv(tot[3])),
         ("96.85", "96.58", "96.85%", True))
    same("h396 parts add up; none over; 基本 / 项目 rates right (traps)",
         ([k for k in (1, 2, 3) if abs(fv(basic[k]) + fv(proj[k]) - fv(tot[k])) > 0.001],
          [r[0] for r in (basic, proj) if fv(r[3]) > fv(r[2]) or r[4] != rate_s(fv(r[3]), fv(r[2]))]), ([], []))
    rows, tail, l1, l2, blanks = [], {}, "", "", 0
    for tp in (2, 3):
        gr, lefts, _ = Z.pdf_grid(p, true[tp])
        same(f"h396 page {tp}: nine columns", len(lefts) - 1, 9)
        for r in gr:
            if r[0] == "一级指标" or not any(r):
                continue
            if r[0] in ("合计", "自评等级"):
                tail[r[0]] = r
                continue
            if r[0] == "":
                blanks += 1
            l1 = r[0] or l1
            l2 = r[1] or l2
            rows.append([l1, l2, r[2], r[4], r[5], r[6], r[7], r[8]])
    same("h396 page 3's first rows carry empty 一级 (three rows) — the merged 产出指标 cell broken by the page (trap)",
         blanks, 3)
    C.compare_rows("h396", [r[:7] for r in rows], g)
    tup = tuples(rows)
    rows_total = r2(sum(x[6] for x in tup))
    tl = tail["合计"]
    m4 = re.search(r"自评得分([\d.]+)分", t1)
    same("h396 TOTAL_VS_ROWS: the 合计 and 四's text against the rows",
         (fv(tl[7]), fv(m4.group(1)), rows_total, g["totalScore"] == fv(tl[7])), (98.04, 98.04, 98.4, True))
    tm = next(x for x in tup if x[2] == "孕产妇系统管理率")
    same("h396 TARGET_MISSED_FULL_MARKS: 孕产妇系统管理率 below target at full marks, no reason",
         (met(tm[3], tm[4]), tm[6] == tm[5], tm[7], P(lead_num(tm[4]), lead_num(tm[3]), tm[5]), tm[:2]),
         (False, True, "", 5.88, ("产出指标", "质量指标")))
    cr = next(x for x in tup if x[2] == "结转结余率")
    same("h396 结转结余率 right on the figures; 分值 100; missed rows; met exactly (traps)",
         (cr[4], rate_s(fv(tot[2]) - fv(tot[3]), fv(tot[2])), r2(sum(x[5] for x in tup)),
          [x for x in missed(tup) if x[0] != "孕产妇系统管理率"],
          [x[2] for x in tup if x[3].startswith("≥") and lead_num(x[3]) == lead_num(x[4])]),
         ("3.42%", "3.42%", 100.0, [("65岁以上老年人健康管理人数", 5.72, 5.72, True), ("基层医疗机构门急诊占比", 7.68, 7.68, True)],
          ["村卫生室标准化建设", "人均基本公共卫生服务经费补助标准"]))
    m3 = re.findall(r"(\d+(?:\.\d+)?(?:万人|%))", t1[t1.find("三、"):t1.find("四、")])
    same("h396 三's figures appear in the 自评表 (trap)", [v for v in m3 if v not in [x[4] for x in tup]], [])
    same("h396 grade", (dedup(tail["自评等级"])[-1], grade_of(fv(tl[7])), grade_of(rows_total),
                        re.search(BANDS_RE, canon("".join(texts))) is not None), (g["grade"], "优", "优", True))
    print(f"h396: PDF, file pages {numbers}, {len(rows)} rows, 合计 {tl[7]} (rows {rows_total})")


# ------------------------------------------------------------ h397 DOCX, floating tables side by side

def check397():
    from lxml import etree
    p = path_of("h397")
    g = gold(stem_of(p))
    root = etree.fromstring(zipfile.ZipFile(p).read("word/document.xml"))
    body = root.find(W + "body")
    text = "".join("".join(t.text or "" for t in p_.iter(W + "t")) for p_ in body.iter(W + "p"))
    ident("h397", text, g)
    kids = [("tbl" if k.tag == W + "tbl" else "p") for k in body]
    tbls = body.findall(W + "tbl")
    pos = []
    for t in tbls:
        pp = t.find(W + "tblPr").find(W + "tblpPr")
        pos.append(None if pp is None else (pp.get(W + "tblpXSpec"), pp.get(W + "vertAnchor"), pp.get(W + "horzAnchor"),
                                             pp.get(W + "tblpY"), t.find(W + "tblPr").find(W + "tblOverlap").get(W + "val")))
    same("h397 表1 and 表2 floating side by side (left / right, same page position), the 自评表 in the flow (trap)",
         pos, [("left", "page", "margin", "5670", "never"), ("right", "page", "margin", "5670", "never"), None])
    i1 = kids.index("tbl")
    same("h397 the two floating tables sit between the heading 二 and its paragraph (trap)",
         ("".join(t.text or "" for t in body[i1 - 1].iter(W + "t")), kids[i1:i1 + 3],
          "".join(t.text or "" for t in body[i1 + 3].iter(W + "t"))[:8]),
         ("二、部门预算执行情况", ["tbl", "p", "tbl"], "　　2024年度"))
    t1, t2, t3 = (Y.docx_grid(t) for t in tbls)
    bt = {r[0]: r for r in t1[2:]}
    tot, basic, proj = bt["合计"], bt["基本支出"], bt["项目支出"]
    same("h397 budget = gold (表1)", (fv(tot[1]), fv(tot[2]), fv(tot[3]), fv(tot[4]), fv(basic[2]), fv(basic[3]),
                                     fv(proj[2]), fv(proj[3])), gbudget(g))
    same("h397 BREAKDOWN_SUM: 年初预算数 合计 against its parts; the other columns add up",
         (fv(tot[1]), r2(fv(basic[1]) + fv(proj[1])),
          [k for k in (2, 3) if abs(fv(basic[k]) + fv(proj[k]) - fv(tot[k])) > 0.001]), (1906.0, 1960.0, []))
    same("h397 rates right; none over; the prose repeats 表1 (traps)",
         ([r[0] for r in (tot, basic, proj) if r[4] != rate_s(fv(r[3]), fv(r[2])) or fv(r[3]) > fv(r[2])],
          f"年初预算{tot[1]}万元" in text, f"预算执行率{tot[4]}" in text), ([], True, True))
    C.compare_rows("h397", [r[:7] for r in t3[1:-2]], g)
    tup = tuples(t3[1:-2])
    secs = [(r[0], fv(r[1]), fv(r[2])) for r in t2[2:-1]]
    same("h397 sections (表2) = gold and = the rows (trap)",
         (secs, [(k, v[0], v[1]) for k, v in secs_rows(tup).items()]),
         ([(s_["name"], s_["weight"], s_["score"]) for s_ in g["sections"]],) * 2)
    over = [(x[2], x[6], x[5]) for x in tup if x[6] > x[5]]
    same("h397 ROW_SCORE_OVER_WEIGHT", over, [("非遗传承人及骨干培训", 5.5, 5.0)])
    total = fv(t3[-2][6])
    m = re.search(r"综合得分([\d.]+)分，自评等级为“(.)”", text)
    same("h397 GRADE_OUTSIDE_BANDS: the stated 优 against the printed bands",
         (t3[-1][5], m.group(2), fv(m.group(1)), grade_of(total), grade_of(r2(total - 0.5)),
          re.search(BANDS_RE, text) is not None), ("优", "优", total, "良", "良", True))
    fr = next(x for x in tup if x[2] == "预算执行率")
    same("h397 totals and traps: 合计 = rows = 表2; 分值 100; 预算执行率 × 10; missed rows; met exactly; ceiling",
         (total, r2(sum(x[6] for x in tup)), fv(t2[-1][2]), r2(sum(x[5] for x in tup)),
          fr[6] == r2(fv(tot[3]) / fv(tot[2]) * fr[5]), len(missed(tup)), all(x[3] for x in missed(tup)),
          [x[2] for x in tup if x[3].startswith("≥") and lead_num(x[3]) == lead_num(x[4])],
          [x[2] for x in tup if x[3].startswith("≤") and met(x[3], x[4])]),
         (g["totalScore"], g["totalScore"], g["totalScore"], 100.0, True, 8, True, ["全民健身赛事活动"], ["送戏下乡场均成本"]))
    print(f"h397: DOCX, 2 floating tables + 自评表, {len(tup)} rows, total {total} ({t3[-1][5]})")


# ------------------------------------------------------------ h398 XLSX, a flat detail export

def check398():
    p = path_of("h398")
    g = gold(stem_of(p))
    cells, sh, _ = X.xlsx_sheet(p, 1)
    nrow = max(r for r, _ in cells)
    ncol = max(c for _, c in cells)
    get = lambda r, c: cells.get((r, c), "") or ""  # noqa: E731
    head = [get(3, c) for c in range(1, ncol + 1)]
    col = {h: k + 1 for k, h in enumerate(head)}
    data = [[get(r, c) for c in range(1, ncol + 1)] for r in range(4, nrow + 1)]
    ident("h398", "".join(str(v) for v in cells.values()), g)
    rep = ["单位编码", "单位名称", "评价年度", "年初预算数（万元）", "全年预算数（万元）", "全年执行数（万元）", "预算执行率",
           "基本支出全年预算数（万元）", "基本支出执行数（万元）", "项目支出全年预算数（万元）", "项目支出执行数（万元）", "满分",
           "自评总分", "自评等级", "审核状态"]
    same("h398 one row per indicator; the head fields identical on every row; no merged cells (trap)",
         (len(data), [h for h in rep if len({r[col[h] - 1] for r in data}) != 1], len(sh.findall(f"{X.S}mergeCells")),
          [r[0] for r in data] == [str(k) for k in range(1, len(data) + 1)]), (19, [], 0, True))
    d0 = data[0]
    v = lambda h: d0[col[h] - 1]  # noqa: E731
    same("h398 budget = gold", tuple(fv(v(h)) for h in rep[3:11]), gbudget(g))
    rows = [[r[col[h] - 1] for h in ("一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分", "偏差原因")]
            for r in data]
    C.compare_rows("h398", [r[:7] for r in rows], g)
    tup = tuples(rows)
    rules = {r[col["三级指标"] - 1]: r[col["评分规则"] - 1] for r in data}
    same("h398 WEIGHTS_VS_FULL_MARK: the rows' 分值 against the 满分 column",
         (r2(sum(x[5] for x in tup)), fv(v("满分")), g["maxScore"], {k: w for k, (w, _) in secs_rows(tup).items()}),
         (98.0, 100.0, 100, {"决策": 15.0, "过程": 25.0, "产出": 33.0, "效益": 25.0}))
    same("h398 SPENDING_OVER_BUDGET: 项目支出 执行 over its 全年预算数; 基本 and the whole under (traps)",
         (fv(v("项目支出执行数（万元）")) > fv(v("项目支出全年预算数（万元）")),
          fv(v("基本支出执行数（万元）")) < fv(v("基本支出全年预算数（万元）")),
          fv(v("全年执行数（万元）")) < fv(v("全年预算数（万元）"))), (True, True, True))
    rs = next(x for x in tup if x[2] == "低保动态管理抽查复核率")
    rm = re.search(r"≥(\d+)%得满分，每低于指标值1个百分点扣(\d)分", rules[rs[2]])
    same("h398 RULE_SCORE: the row's own 评分规则 against its 得分",
         (rs[6], r2(rs[5] - (fv(rm.group(1)) - lead_num(rs[4])) * fv(rm.group(2)))), (3.0, 2.0))
    same("h398 budget sums, rate, 结转结余率; totals; missed rows; met exactly (traps)",
         (r2(fv(v("基本支出全年预算数（万元）")) + fv(v("项目支出全年预算数（万元）"))), fv(v("全年预算数（万元）")),
          r2(fv(v("基本支出执行数（万元）")) + fv(v("项目支出执行数（万元）"))), fv(v("全年执行数（万元）")),
          v("预算执行率") == rate_s(fv(v("全年执行数（万元）")), fv(v("全年预算数（万元）"))),
          next(x[4] for x in tup if x[2] == "结转结余率") ==
          rate_s(fv(v("全年预算数（万元）")) - fv(v("全年执行数（万元）")), fv(v("全年预算数（万元）"))),
          fv(v("自评总分")), r2(sum(x[6] for x in tup)), [x for x in missed(tup) if x[0] != rs[2]],
          [x[2] for x in tup if x[3].startswith("≥") and lead_num(x[3]) == lead_num(x[4])]),
         (7006.0, 7006.0, 6888.53, 6888.53, True, True, g["totalScore"], g["totalScore"],
          [("临时救助人次", 4.7, 4.7, True), ("社区居家养老服务覆盖率", 5.7, 5.7, True)], ["养老机构等级评定"]))
    same("h398 grade", (v("自评等级"), grade_of(fv(v("自评总分"))), grade_of(r2(fv(v("自评总分")) - 1))),
         (g["grade"], "优", "优"))
    print(f"h398: XLSX flat export, {len(data)} rows × {ncol} columns, total {v('自评总分')}")


def main(argv):
    global MUTATE
    if "--mutate" in argv:
        MUTATE = True
        argv = [a for a in argv if a != "--mutate"]
    counts = {}
    for name, f in (("h394", check394), ("h395", check395), ("h396", check396), ("h397", check397),
                    ("h398", check398)):
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
