#!/usr/bin/python3
"""Round 66's independent check: re-reads h384–h388 with readers that are not the writers (nothing of reports66.py is
imported; check47 gives the comparison helpers and the page-image grid finder with its OCR, check53 small helpers, the
PDF words / rectangles and the HTML table reader, check58 the met / missed helpers, check65 the PDF grid and page-text
readers) and compares what they read with gold/<stem>.json, then re-derives each planted problem (and the traps
around it) from what was read.
    /usr/bin/python3 -B corpus-heldout/src/check66.py [h384 …]
    /usr/bin/python3 -B corpus-heldout/src/check66.py --mutate     (two gold values changed per file: mismatches expected)
Readers: h384 lxml on the flat ODF (an ODF table reader written here: spans, covered cells and repeats expanded, the
shown text:p and the office:value of every cell) with a formula evaluator written here for the formulas it holds (SUM
of ranges, ROUND, +, *) compared with their cached values; h385 poppler (`pdffonts`: only Type 3 fonts, with
ToUnicode; `pdftotext -bbox` words placed in pikepdf's rectangles, check65's grid reader), and the glyphs themselves
rendered by `pdftoppm` and read by tesseract for the title; h386 poppler (`pdffonts`: STSong-Light, CID Type 0,
GBK-EUC-H, not embedded, no ToUnicode; `pdftotext -bbox` words NFKC-folded, since poppler maps the half-width CIDs to
full-width forms) and a second reader written here that decodes the content streams' string operands as GBK (pikepdf's
content-stream parser + Python's gbk codec) and rebuilds the 评分表 rows from them; h387 Pillow (TIFF tags: frames,
Group 4, 204 × 196 dpi, 1728 px), the page image stretched back to square pixels and despeckled, check47's grid finder
and tesseract per cell (figures compared exactly after the OCR's sign / unit confusions are normalised, the
indicator names by similarity); h388 the raw bytes (no OLE, RTF, ZIP or XML prolog), decoded as the meta's gb2312/GBK,
the standard library's html.parser with check53's table reader.
"""
import copy
import difflib
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check47 as C  # noqa: E402  (comparison helpers, page-image grids, OCR)
import check53 as K  # noqa: E402  (small helpers, PDF words / rectangles, HTML tables)
import check58 as Q  # noqa: E402  (met / missed helpers)
import check65 as Z  # noqa: E402  (PDF grid and page text)

same = C.same
fv, r2, canon, gbudget, grade_of, ident, path_of = K.fv, K.r2, K.canon, K.gbudget, K.grade_of, K.ident, K.path_of
stem_of, lead_num, met, rate_s = Q.stem_of, Q.lead_num, Q.met, Q.rate_s
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


def q_(x):
    return f"{x:.2f}%"


def tuples(rows):
    return [tuple(r[:5]) + (fv(r[5]), fv(r[6]), r[7]) for r in rows]


def fill_down(rows, cols=(0, 1)):
    out, last = [], {}
    for r in rows:
        r = list(r)
        for k in cols:
            if r[k]:
                last[k] = r[k]
            else:
                r[k] = last.get(k, "")
        out.append(r)
    return out


# ------------------------------------------------------------ h384 flat ODF spreadsheet

O = {"office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
     "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
     "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0"}


def ods_cells(path):
    """{(row, col): (shown text, value or None, formula or None)} with 1-based rows and 0-based columns; a merged cell's
    text is set in every slot it covers; repeats expanded"""
    from lxml import etree
    root = etree.parse(path).getroot()
    tbl = root.find(".//{%s}table" % O["table"])
    cells, spans = {}, []
    r = 0
    for row in tbl.iter("{%s}table-row" % O["table"]):
        rrep = int(row.get("{%s}number-rows-repeated" % O["table"], "1"))
        for _ in range(rrep):
            r += 1
            c = 0
            for cell in row:
                rep = int(cell.get("{%s}number-columns-repeated" % O["table"], "1"))
                for _ in range(rep):
                    if cell.tag == "{%s}table-cell" % O["table"]:
                        t = "\n".join("".join(p.itertext()) for p in cell.findall("{%s}p" % O["text"]))
                        v = cell.get("{%s}value" % O["office"])
                        cells[(r, c)] = (t, float(v) if v is not None else None,
                                         cell.get("{%s}formula" % O["table"]))
                        cs = int(cell.get("{%s}number-columns-spanned" % O["table"], "1"))
                        rs = int(cell.get("{%s}number-rows-spanned" % O["table"], "1"))
                        if cs > 1 or rs > 1:
                            spans.append((r, c, rs, cs))
                    c += 1
    for r0, c0, rs, cs in spans:
        for dr in range(rs):
            for dc in range(cs):
                if dr or dc:
                    cells[(r0 + dr, c0 + dc)] = (cells[(r0, c0)][0], None, None)
    return root, cells


def col_idx(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def eval_of(formula, cells):
    """the formulas this file holds: of:= with [.A1] references, [.A1:.B2] ranges, SUM, ROUND(x;n), + and *"""
    e = formula[len("of:="):]

    def val(ref):
        m = re.fullmatch(r"\.([A-Z]+)(\d+)", ref)
        return cells[(int(m.group(2)), col_idx(m.group(1)))][1] or 0.0

    def rng(m):
        a, b = m.group(1), m.group(2)
        ma, mb = re.fullmatch(r"\.([A-Z]+)(\d+)", a), re.fullmatch(r"\.([A-Z]+)(\d+)", b)
        tot = 0.0
        for rr in range(int(ma.group(2)), int(mb.group(2)) + 1):
            for cc in range(col_idx(ma.group(1)), col_idx(mb.group(1)) + 1):
                tot += cells.get((rr, cc), ("", None, None))[1] or 0.0
        return repr(tot)
    e = re.sub(r"\[(\.[A-Z]+\d+):(\.[A-Z]+\d+)\]", rng, e)
    e = re.sub(r"\[(\.[A-Z]+\d+)\]", lambda m: repr(val(m.group(1))), e)
    e = e.replace("SUM(", "(").replace(";", ",").replace("ROUND(", "rnd(")
    return eval(e, {"rnd": lambda x, n: round(x + 1e-9, n)})  # noqa: S307 (the file's own formulas, checked above)


def check384():
    p = path_of("h384")
    g = gold(stem_of(p))
    raw = open(p, "rb").read()
    root, cells = ods_cells(p)
    same("h384 a flat ODF spreadsheet: one XML document, office:document with the mimetype, no ZIP (trap)",
         (raw[:5], root.tag, root.get("{%s}mimetype" % O["office"])),
         (b"<?xml", "{%s}document" % O["office"], "application/vnd.oasis.opendocument.spreadsheet"))
    nr = max(r for r, _ in cells)
    get = lambda r, c: cells.get((r, c), ("", None, None))  # noqa: E731
    text = "\n".join(get(r, c)[0] for r in range(1, nr + 1) for c in range(9))
    ident("h384", text, g)
    forms = {(r, c): v for (r, c), v in cells.items() if v[2]}
    same("h384 every formula's cached value = the formula on the cells (trap)",
         [(k, v[1], eval_of(v[2], cells)) for k, v in sorted(forms.items()) if abs(v[1] - eval_of(v[2], cells)) > 0.005],
         [])
    same("h384 formulas: the fund block's three sums, the fund line's 得分 and the 总分's two", len(forms), 6)
    fr = next(r for r in range(1, nr + 1) if get(r, 2)[0] == "年度资金总额")
    fund = [get(fr, c) for c in range(9)]
    srcs = [[get(r, c) for c in range(9)] for r in range(fr + 1, fr + 4)]
    same("h384 budget = gold", (fund[3][1], fund[4][1], fund[5][1], r2(fund[7][1] * 100), None, None, None, None),
         gbudget(g))
    same("h384 sources add up, their rates right (traps)",
         ([k for k in (3, 4, 5) if abs(sum(s[k][1] for s in srcs) - fund[k][1]) > 0.001],
          [s[2][0] for s in srcs if s[7][0] != rate_s(s[5][1], s[4][1])]), ([], []))
    true_rate = rate_s(fund[5][1], fund[4][1])
    same("h384 EXECUTION_RATE: the typed 执行率 against 执行 ÷ 全年; the 得分 formula follows it",
         (fund[7][0], fund[7][2], true_rate, fund[8][0], fund[8][2] is not None, r2(fv(true_rate) / 10)),
         ("94.38%", None, "94.83%", "9.44", True, 9.48))
    hr = next(r for r in range(1, nr + 1) if get(r, 0)[0] == "一级指标")
    heads = [get(hr, c)[0] for c in range(9)]
    same("h384 indicator header with a 计量单位 column", heads[3:6], ["年度指标值", "计量单位", "实际完成值"])
    tr = next(r for r in range(hr, nr + 1) if get(r, 0)[0] == "总分")
    body = []
    for r in range(hr + 1, tr):
        v = [get(r, c)[0] for c in range(9)]
        u = v[4]
        tgt = v[3] + u if v[3] and v[3][-1].isdigit() else v[3]
        act = v[5] + u if v[5] and v[5][-1].isdigit() else v[5]
        body.append([v[0], v[1], v[2], tgt, act, v[6], v[7], v[8]])
    C.compare_rows("h384", [["", "", "年度资金总额", "", fund[7][0], fund[6][0], fund[8][0]]] + body, g)
    tup = tuples(body)
    over = [(x[2], x[6], x[5]) for x in tup if x[6] > x[5]]
    same("h384 ROW_SCORE_OVER_WEIGHT: 得分 over 分值 (on a met target)", (over, met(tup[4][3], tup[4][4])),
         ([("隔离带建设验收合格率", 6.5, 6.0)], True))
    tot = [get(tr, c) for c in range(9)]
    same("h384 总分 = fund line + rows, 分值 100 (traps)",
         (r2(fund[8][1] + sum(x[6] for x in tup)), tot[7][1], r2(10 + sum(x[5] for x in tup)), tot[6][1], tot[8][0]),
         (g["totalScore"], g["totalScore"], 100.0, 100.0, f"自评等级：{g['grade']}"))
    same("h384 missed rows: proportion with reasons; met exactly; ceilings (traps)",
         (Q.missed_rows(tup), [x[2] for x in tup if x[3].startswith("≥") and lead_num(x[3]) == lead_num(x[4])],
          [x[2] for x in tup if x[3].startswith("≤") and met(x[3], x[4])]),
         ([("新建森林防火检查站", 4.5, 4.5, True), ("项目按期完工率", 4.87, 4.87, True), ("护林员满意度", 4.9, 4.9, True)],
          ["购置扑火机具装备"], ["隔离带单位建设成本", "森林火灾受害率"]))
    gr = next(r for r in range(1, nr + 1) if get(r, 0)[0] == "年度总体目标")
    plan, done = get(gr + 1, 1)[0], get(gr + 1, 5)[0]
    same("h384 GOAL_LABELS: the 预期目标 labels skip 目标三, the 实际完成情况 uses it",
         (re.findall(r"目标[一二三四五]", plan), re.findall(r"目标[一二三四五]", done)),
         (["目标一", "目标二", "目标四"], ["目标一", "目标二", "目标三"]))
    same("h384 grade by the bands", (grade_of(tot[7][1]), grade_of(r2(tot[7][1] - 0.5 + 0.04)),
                                     re.search(BANDS_RE, text) is not None), (g["grade"], "优", True))
    print(f"h384: flat ODF, {len(forms)} formulas = their cached values, {len(body)} rows + fund line, total {tot[7][0]}")


# ------------------------------------------------------------ h385 PDF, Type 3 bitmap fonts

def rect_rows(p, page, fold=lambda s: s):
    """the ruled cells of a page as rows: cells grouped by their top edge, each row's cells left to right"""
    rects = K.pdf_rects(p, page)
    texts = K.cell_texts(K.pdf_words(p, page), rects)
    rows = {}
    for r in rects:
        rows.setdefault(round(r[3], 1), []).append((r[0], fold(texts.get(r, ""))))
    return [[t for _, t in sorted(v)] for _, v in sorted(rows.items(), key=lambda kv: -kv[0])]


def fonts_of(p):
    out = subprocess.run(["pdffonts", p], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    return [ln.split() for ln in out]


def check385():
    import pikepdf
    p = path_of("h385")
    g = gold(stem_of(p))
    pdf = pikepdf.open(p)
    fonts = fonts_of(p)
    same("h385 only Type 3 fonts, each with a ToUnicode (trap)", [(f[1], f[2], f[-3]) for f in fonts],
         [("Type", "3", "yes")] * len(fonts))
    n_glyphs, masks, seen = 0, 0, set()
    for pg in pdf.pages:
        for name, f in pg.Resources.Font.items():
            if f.objgen in seen:
                continue
            seen.add(f.objgen)
            n_glyphs += len(f.CharProcs)
            masks += sum(b"/IM true" in f.CharProcs[k].read_bytes() for k in f.CharProcs.keys())
    same("h385 every glyph an image mask (bitmap font)", (len(fonts), n_glyphs, masks == n_glyphs),
         (2, 315, True))
    same("h385 Info: a PostScript driver and Ghostscript (trap)",
         (str(pdf.docinfo.Creator), str(pdf.docinfo.Producer)), ("PScript5.dll Version 5.2.2", "GPL Ghostscript 9.27"))
    t1, t2, t3 = (Z.page_text(p, k) for k in (1, 2, 3))
    ident("h385", t1 + t2 + t3, g)
    # the glyphs are pictures: tesseract on the rendered title confirms the text layer says what the page shows
    out = os.path.join(C.TMP, "h385")
    subprocess.run(["pdftoppm", "-r", "200", "-f", "1", "-l", "1", "-gray", "-png", p, out], check=True)
    from PIL import Image
    im = Image.open(out + "-1.png")
    title = C.tesseract(im.crop((0, int(im.size[1] * 0.08), im.size[0], int(im.size[1] * 0.17))), 6, "chi_sim")
    same("h385 the rendered glyphs read (OCR) as the text layer's title", canon(g["department"]) in title, True)
    tt = canon(t1 + t2)
    m = re.search(r"年初预算([\d,.]+)万元，全年预算([\d,.]+)万元.*?全年执行([\d,.]+)万元，预算执行率([\d.]+)%。其中基本支出全年预算"
                  r"([\d,.]+)万元，执行([\d,.]+)万元.*?项目支出全年预算([\d,.]+)万元，执行([\d,.]+)万元", tt)
    b = tuple(fv(m.group(k)) for k in range(1, 9))
    same("h385 budget (text) = gold", (b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]), gbudget(g))
    t1rows = {r[0]: [fv(v) for v in r[1:]] for r in rect_rows(p, 1) if r and r[0] in ("合计", "基本支出", "项目支出")}
    same("h385 表1 = the text; parts add up; rates right (traps)",
         (t1rows["合计"][1:3], [k for k in range(3) if abs(t1rows["基本支出"][k] + t1rows["项目支出"][k] - t1rows["合计"][k])
                                > 0.001], [k for k, v in t1rows.items() if q_(v[3]) != rate_s(v[2], v[1])]),
         ([b[1], b[2]], [], []))
    secs = [r for r in rect_rows(p, 2) if r and r[0] in ("预算执行", "产出指标", "效益指标", "满意度指标", "合计")]
    same("h385 表2 = gold sections", [(r[0], fv(r[1]), fv(r[2])) for r in secs[:-1]],
         [(s["name"], s["weight"], s["score"]) for s in g["sections"]])
    grid3, _, _ = Z.pdf_grid(p, 3)
    rows = [r for r in grid3[1:] if r[0] != "合计"]
    body = fill_down([r[:8] for r in rows])
    C.compare_rows("h385", [r[:5] + [r[5], r[6]] for r in body], g)
    tup = tuples(body)
    secs_rows = {}
    for x in tup:
        w, s_ = secs_rows.get(x[0], (0, 0))
        secs_rows[x[0]] = (r2(w + x[5]), r2(s_ + x[6]))
    same("h385 SECTION_VS_ROWS: 表2 效益指标 against its rows; the others equal",
         [(r[0], fv(r[2]), secs_rows[r[0]][1]) for r in secs[:-1] if fv(r[2]) != secs_rows[r[0]][1]],
         [("效益指标", 33.07, 33.7)])
    tot = next(r for r in grid3 if r[0] == "合计")
    same("h385 合计 = the rows = 表2's 合计 = the text (traps)",
         (r2(sum(x[6] for x in tup)), fv(Z.dedup(tot)[2]), fv(secs[-1][2]),
          re.search(r"自评得分([\d.]+)分，自评等级为“(.)”", canon(t2)).groups()),
         (g["totalScore"], g["totalScore"], g["totalScore"], (f"{g['totalScore']:.2f}", g["grade"])))
    mus = next(x for x in tup if x[2] == "乡村博物馆数量增长率")
    same("h385 RATE_OVER_ZERO_BASE: 100% over a 2023 base of 0 (row and text)",
         (mus[4], "2023年末全县乡村博物馆0家" in mus[7], "2023年末全县乡村博物馆0家，2024年新建8家，数量增长100%" in canon(t2),
          mus[6] == mus[5]), ("100%", True, True, True))
    rel = next(x for x in tup if x[2] == "省级文物保护单位修缮")
    same("h385 NARRATIVE_NOT_DONE_FULL_MARKS: 已完成 at full marks, the text 2 of 3",
         (rel[3], rel[4], rel[6] == rel[5], rel[7], "计划修缮省级文物保护单位3处，已完工2处" in tt, "尚在施工" in tt),
         ("3处", "已完成", True, "", True, True))
    same("h385 missed rows: proportion with reasons (traps)", Q.missed_rows(tup),
         [("重点项目按期完成率", 3.81, 3.81, True), ("全县旅游总收入", 5.7, 5.7, True)])
    same("h385 the text's figures agree with the 附件 (traps)",
         [f for f, k in (("216场", "文化惠民送戏下乡"), ("27处", "新建改造全民健身场地设施"), ("85.7%", "重点项目按期完成率"),
                         ("9.6%", "全县旅游接待人次增长率"), ("58.9亿元", "全县旅游总收入"), ("94.2%", "群众满意度"))
          if f not in canon(t1 + t2) or next(x for x in tup if x[2] == k)[4] != f], [])
    same("h385 grade", (grade_of(g["totalScore"]), re.search(BANDS_RE, canon(t2)) is not None), (g["grade"], True))
    print(f"h385: {len(fonts)} Type 3 fonts, {n_glyphs} bitmap glyphs, {len(body)} rows, total {Z.dedup(tot)[2]}")


# ------------------------------------------------------------ h386 PDF, GBK-EUC-H without ToUnicode

def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def gbk_strings(p, page):
    """(x, y, text) of every string a page shows: Td positions inside BT … ET and the Tj operand decoded as GBK"""
    import pikepdf
    pdf = pikepdf.open(p)
    out, pos = [], (0, 0)
    for operands, op in pikepdf.parse_content_stream(pdf.pages[page - 1]):
        o = str(op)
        if o == "Td":
            pos = (float(operands[0]), float(operands[1]))
        elif o == "Tj":
            out.append((pos[0], pos[1], bytes(operands[0]).decode("gbk")))
    return out


def check386():
    p = path_of("h386")
    g = gold(stem_of(p))
    fonts = fonts_of(p)
    same("h386 one font: STSong-Light, CID Type 0, GBK-EUC-H, not embedded, no ToUnicode (trap)",
         [(f[0], f[1], f[4], f[5], f[7]) for f in fonts], [("STSong-Light-GBK-EUC-H", "CID", "GBK-EUC-H", "no", "no")])
    raw_all = "".join(t for k in (1, 2, 3, 4) for _, _, t in gbk_strings(p, k))
    pt = [Z.page_text(p, k) for k in (1, 2, 3, 4)]
    same("h386 poppler prints the ASCII digits full-width (half-width CIDs → its cidToUnicode), NFKC gives them back "
         "(trap)", ("２０２４" in "".join(pt), "2024" in "".join(pt), sorted(canon(nfkc("".join(pt)))) == sorted(canon(nfkc(raw_all)))),
         (True, False, True))
    text = canon(raw_all)
    ident("h386", text, g)
    same("h386 the evaluator and the commissioning bureau (third party)", ("评价机构：" + g["evaluator"] in text,
                                                                         "委托单位：大埔县财政局" in text), (True, True))
    grid = rect_rows(p, 2, nfkc)
    cut = next(i for i, r in enumerate(grid) if r[0] == "一级指标")
    t1 = {r[0]: [fv(v) for v in r[1:5]] for r in grid[:cut] if r and r[0] in ("中央水利发展资金", "省级水利专项资金",
                                                                                          "县级配套资金", "合计")}
    same("h386 budget (表1 合计) = gold", tuple(t1["合计"]) + (None,) * 4, gbudget(g))
    same("h386 sources add up, rates right (traps)",
         ([k for k in range(3) if abs(sum(v[k] for n, v in t1.items() if n != "合计") - t1["合计"][k]) > 0.001],
          [n for n, v in t1.items() if q_(v[3]) != rate_s(v[2], v[1])]), ([], []))
    secs = [r for r in grid[cut:] if r and r[0] in ("决策", "过程", "产出", "效益", "合计")]
    same("h386 表2 = gold sections", [(r[0], fv(r[1]), fv(r[2])) for r in secs[:-1]],
         [(s["name"], s["weight"], s["score"]) for s in g["sections"]])
    # the 评分表 (page 4, landscape) from the GBK strings placed in the page's rectangles
    rects = K.pdf_rects(p, 4)
    words = [(x + 1, y + 2, x, t) for x, y, t in gbk_strings(p, 4)]
    texts = K.cell_texts(words, rects)
    lefts = sorted({round(r[0], 1) for r in rects} | {round(r[2], 1) for r in rects})
    tops = sorted({round(r[3], 1) for r in rects}, reverse=True)
    grid4 = []
    for t in tops:
        row = []
        for a, b_ in zip(lefts, lefts[1:]):
            mx = (a + b_) / 2
            cell = next((r for r in rects if r[0] - 0.2 <= mx <= r[2] + 0.2 and r[3] + 0.2 >= t - 1 >= r[1] - 0.2), None)
            row.append(texts.get(cell, "") if cell else "")
        grid4.append(row)
    head = grid4[0]
    same("h386 评分表 header", head, ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "指标值", "实际完成值", "得分",
                                     "扣分原因"])
    rows = [r for r in grid4[1:] if r[0] != "合计"]
    body = [[r[0], r[1], r[2], r[5], r[6], r[3], r[7], r[8], r[4]] for r in rows]
    C.compare_rows("h386", [r[:7] for r in body], g)
    tup = tuples(body)
    tot = next(r for r in grid4 if r[0] == "合计")
    rows_total = r2(sum(x[6] for x in tup))
    same("h386 TOTAL_VS_ROWS: the 评分表 合计, 表2's 合计 and the text's 综合得分 against the rows (= 表2's four 一级)",
         (fv(tot[7]), fv(secs[-1][2]), re.search(r"综合得分([\d.]+)分", text).group(1), rows_total,
          r2(sum(fv(r[2]) for r in secs[:-1]))), (g["totalScore"], g["totalScore"], f"{g['totalScore']:.2f}", 95.58, 95.58))
    wq = next(r for r in body if r[2] == "河道水质达标率")
    bands = re.findall(r"(≥?\d+)%(?:（含）)?(?:—(\d+)%)?", wq[8])
    same("h386 MALFORMED_RULE: the 水质 rule's bands leave 85%–90% unscored; the row's 92.4% in the top band",
         (wq[8], bands, met(wq[3], wq[4]), fv(wq[6]) == fv(wq[5])),
         ("达标率≥90%得满分；80%（含）—85%得3分；80%以下不得分", [("≥90", ""), ("80", "85"), ("80", "")], True, True))
    ontime = next(x for x in tup if x[2] == "工程按期完工率")
    same("h386 TARGET_MET_POINTS_LOST: met, points lost, no 扣分原因",
         [(x[2], x[6], x[5], x[7]) for x in tup if met(x[3], x[4]) is True and x[6] < x[5]],
         [("工程按期完工率", 6.0, 7.0, "")])
    same("h386 按期完工率's own rule pays the full mark from 95%", next(r[8] for r in body if r[2] == "工程按期完工率"),
         "达到95%得满分，每低1个百分点扣0.5分")
    same("h386 missed rows by their rules; met exactly; the unit cost = 执行 ÷ 长度 (traps)",
         (Q.missed_rows(tup), [x[2] for x in tup if x[3].startswith("≥") and lead_num(x[3]) == lead_num(x[4])],
          r2(t1["合计"][2] / 18.5), lead_num(next(x for x in tup if x[2] == "单位长度治理成本")[4])),
         ([("预算执行率", 4.66, 4.66, True), ("受益群众满意度", 4.92, 4.92, True)], ["河道综合治理长度"], 134.93, 134.93))
    same("h386 grade", (grade_of(g["totalScore"]), grade_of(rows_total), re.search(BANDS_RE, text) is not None),
         (g["grade"], "优", True))
    print(f"h386: GBK-EUC-H strings, {len(body)} rows, 合计 {tot[7]} (rows {rows_total})")


# ------------------------------------------------------------ h387 TIFF fax, OCR

def tess(img, psm, lang, whitelist=None):
    path = os.path.join(C.TMP, "cell66.png")
    img.save(path)
    cmd = ["tesseract", path, "-", "-l", lang, "--psm", str(psm)]
    if whitelist:
        cmd += ["-c", f"tessedit_char_whitelist={whitelist}"]
    return re.sub(r"\s+", "", C.run(cmd, text=True).stdout)


def despeckle(pg):
    """a fax page without its specks: an ink pixel with at most one ink neighbour in its 3 × 3 window turns white"""
    from PIL import ImageChops, ImageFilter
    inv = ImageChops.invert(pg.point(lambda v: 0 if v < 128 else 255))
    mean = inv.filter(ImageFilter.Kernel((3, 3), [1] * 9, scale=9))
    lone = ImageChops.multiply(inv, mean.point(lambda v: 255 if v <= 57 else 0))
    return ImageChops.lighter(pg, lone)


def ocr_cell(page, box):
    """(text, digits): check47's cell OCR (chi_sim+eng, its ≥ / ≤ shape test) and, for a one-line cell holding a
    digit, the English model restricted to digits, separators and %"""
    from PIL import Image
    t = C.ocr_norm(C.ocr_cell(page, box, inset=5))
    x0, y0, x1, y1 = (int(round(v)) for v in box)
    crop = page.crop((x0 + 5, y0 + 5, x1 - 5, y1 - 5))
    pad = Image.new("L", (crop.size[0] + 40, crop.size[1] + 40), 255)
    pad.paste(crop, (20, 20))
    d = tess(pad, 7, "eng", "0123456789.,%") if re.search(r"\d", t) and C.ink_lines(crop)[0] <= 1 else ""
    return (t, d)


def fig(s):
    """the number of a figure as the gold prints it (≥ / ≤ and the unit dropped)"""
    m = re.search(r"(\d+(?:\.\d+)?)", s.replace(",", ""))
    return m.group(1) if m else s


def fig_ok(cell, want):
    """the OCR's text or digits hold the gold's figure as a digit run, allowing the confusions this fax's OCR makes:
    the ≥ sign read as a leading 2, 元 read as a trailing 70, 个 as a trailing 4"""
    for s_ in cell:
        for run in re.findall(r"\d+(?:\.\d+)?", s_.replace(",", "")):
            if any(run == pre + want + post for pre in ("", "2") for post in ("", "70", "4")):
                return True
    return False


def val(cell):
    """a figure cell's number: the digits reading, else the text reading; None when neither is a number"""
    for s_ in (cell[1], cell[0]):
        try:
            return fv(s_)
        except ValueError:
            pass
    return None


def sim(a, b):
    return difflib.SequenceMatcher(None, a, b).ratio()


def check387():
    from PIL import Image
    p = path_of("h387")
    g = gold(stem_of(p))
    im = Image.open(p)
    same("h387 a fax TIFF: 2 pages, Group 4, 1-bit, 204 × 196 dpi, 1728 px wide (trap)",
         (im.n_frames, im.info.get("compression"), im.mode, tuple(round(v) for v in im.info["dpi"]), im.size[0]),
         (2, "group4", "1", (204, 196), 1728))
    pages = []
    for k in range(2):
        im.seek(k)
        pg = im.convert("L")
        pages.append(despeckle(pg.resize((pg.size[0], round(pg.size[1] * 204 / 196)), Image.BILINEAR)))
    top = tess(pages[0].crop((0, 0, 1728, 60)).resize((3456, 120)), 7, "eng")
    same("h387 the sending fax's header line on page 1 (trap: transmission data)",
         ("FROM" in top.upper(), "0476-4322815" in top, "2025-04-17" in top), (True, True, True))

    def grid_rows(pg):
        """each grid row as its distinct cells left to right (a cell merged across counted once, one merged down
        repeated in every row it spans), each cell (text, digits)"""
        xs, ys, cl = C.find_grid(pg)
        got = {(r, k): (rs, cs, ocr_cell(pg, box)) for r, k, rs, cs, box in cl}
        out = []
        for r in range(len(ys) - 1):
            row, seen = [], set()
            for k in range(len(xs) - 1):
                key = next(((r0, k0) for (r0, k0), v in got.items() if r0 <= r < r0 + v[0] and k0 <= k < k0 + v[1]),
                           None)
                if key is not None and key not in seen:
                    seen.add(key)
                    row.append(got[key][2])
            out.append(row)
        return out
    p1, p2 = grid_rows(pages[0]), grid_rows(pages[1])
    fr = next(r for r in p1 if any(c[0] == "年度资金总额" for c in r))
    k = [c[0] for c in fr].index("年度资金总额")
    fund = fr[k:k + 7]
    same("h387 the fund line (OCR) = gold budget", tuple(val(c) for c in fund[1:4]) + (val(fund[5]),),
         gbudget(g)[:4])
    same("h387 the fund line's 分值 / 得分 = gold", (val(fund[4]), val(fund[6])),
         (g["indicators"][0]["weight"], g["indicators"][0]["score"]))
    h1 = next(i for i, r in enumerate(p1) if r and r[0][0] == "一级指标")
    same("h387 page 2 repeats the header row (trap: not a row)", [c[0] for c in p2[0][:3]], ["一级指标", "二级指标", "三级指标"])
    body = [r for r in p1[h1 + 1:]] + [r for r in p2[1:] if r[0][0] != "总分"]
    gi = g["indicators"][1:]
    same("h387 row count", len(body), len(gi))
    exact, name_sim = 0, []
    for r, x in zip(body, gi):
        ok = (fig_ok(r[3], fig(x["target"])) if re.search(r"\d", x["target"]) else r[3][0] == x["target"],
              fig_ok(r[4], fig(x["actual"])) if re.search(r"\d", x["actual"]) else r[4][0] == x["actual"],
              val(r[5]) == x["weight"], val(r[6]) == x["score"])
        same(f"h387 row {x['level3']}: 指标值, 完成值, 分值, 得分 read (OCR)", ok, (True, True, True, True))
        exact += r[3][0] == x["target"] and r[4][0] == x["actual"]
        name_sim.append(sim(r[2][0], x["level3"]))
    same("h387 names read by OCR close to the gold's (similarity ≥ 0.75 each)", min(name_sim) >= 0.75, True)
    tot = next(r for r in p2 if r[0][0] == "总分")
    tup = [(x["level1"], x["level2"], x["level3"], x["target"], x["actual"], val(r[5]), val(r[6]),
            r[7][0] if len(re.sub(r"[^\u4e00-\u9fff]", "", r[7][0])) >= 2 else "")  # a lone mark is a speck, not a reason
           for r, x in zip(body, gi)]
    weights = r2(val(fund[4]) + sum(x[5] for x in tup))
    same("h387 WEIGHTS_VS_FULL_MARK: the printed 分值 add to 102, the 总分 row says 100",
         (weights, val(tot[1]), r2(sum(x[5] for x in tup if x[0] == "产出指标"))), (102.0, 100.0, 52.0))
    same("h387 总分 = fund line + rows (trap: no TOTAL_VS_ROWS)",
         (r2(val(fund[6]) + sum(x[6] for x in tup)), val(tot[2])), (g["totalScore"], g["totalScore"]))
    cow = next(x for x in tup if x[2] == "母牛受胎率")
    same("h387 TARGET_MISSED_FULL_MARKS: 母牛受胎率 missed at full marks, no reason",
         (met(cow[3], cow[4]), cow[6] == cow[5], cow[7], P(lead_num(cow[4]), lead_num(cow[3]), cow[5])),
         (False, True, "", 7.53))
    others = [(x[2], x[6], P(lead_num(x[4]), lead_num(x[3]), x[5]), bool(x[7])) for x in tup
              if met(x[3], x[4]) is False and x[2] != "母牛受胎率"]
    same("h387 the other missed rows scored by the proportion, with reasons (traps)",
         [o for o in others if o[1] != o[2] or not o[3]], [])
    same("h387 GRADE_OUTSIDE_BANDS: 优 printed on a 良 total", (re.sub(r"[:：;；]", "：", tot[3][0]), grade_of(val(tot[2]))),
         (f"自评等级：{g['grade']}", "良"))
    print(f"h387: fax TIFF, OCR of {len(body)} rows (every figure found; {exact} rows with 指标值 and 完成值 exact as text), "
          f"total {tot[2][1]}, names similarity min {min(name_sim):.2f}")


# ------------------------------------------------------------ h388 Word-flavoured HTML under .doc

def check388():
    p = path_of("h388")
    g = gold(stem_of(p))
    raw = open(p, "rb").read()
    same("h388 neither OLE, RTF, ZIP nor XML: HTML with Word's namespaces (trap)",
         (raw[:8] == bytes.fromhex("d0cf11e0a1b11ae1"), raw[:5] == b"{\\rtf", raw[:2] == b"PK", raw[:5] == b"<?xml",
          raw[:6] == b"<html ", b"urn:schemas-microsoft-com:office:word" in raw[:400]), (False, False, False, False, True,
                                                                                        True))
    cs = re.search(rb"charset=([\w-]+)", raw).group(1).decode()
    html = raw.decode("gbk")
    same("h388 declared gb2312, bytes GBK (not UTF-8)", (cs, raw.decode("utf-8", "replace").count("\ufffd") > 100),
         ("gb2312", True))
    same("h388 Word's document XML in a conditional comment: View Print (trap)",
         ("<w:View>Print</w:View>" in html, "mso-page-orientation:landscape" in html), (True, True))
    t = K.Tables()
    t.feed(html)
    text = canon("".join(t.text))
    ident("h388", text, g)
    bt = next(x for x in t.tables if x[0][0] == "项目")
    bud = {re.sub("^其中：", "", r[0]): [fv(v) for v in r[1:]] for r in bt[1:]}
    same("h388 budget = gold", (bud["合计"][0], bud["合计"][1], bud["合计"][2], bud["合计"][3], bud["基本支出"][1],
                                bud["基本支出"][2], bud["项目支出"][1], bud["项目支出"][2]), gbudget(g))
    same("h388 BREAKDOWN_SUM: 全年预算数 合计 against 基本 + 项目; the 年初 and 执行 columns add up",
         [(k, bud["合计"][k], r2(bud["基本支出"][k] + bud["项目支出"][k])) for k in range(3)
          if abs(bud["基本支出"][k] + bud["项目支出"][k] - bud["合计"][k]) > 0.001], [(1, 2846.37, 2828.37)])
    same("h388 rates right on the printed figures (traps)", [k for k, v in bud.items() if q_(v[3]) != rate_s(v[2], v[1])],
         [])
    it = next(x for x in t.tables if x[0][:3] == ["一级指标", "二级指标", "三级指标"])
    rows = [r for r in it[1:] if r[0] != "总分"]
    body = [[r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[8], r[7]] for r in rows]
    C.compare_rows("h388", [r[:7] for r in body], g)
    tup = tuples(body)
    sg = next(r for r in body if r[2] == "“三公”经费下降率")
    m = re.fullmatch(r"（([\d.]+)－([\d.]+)）÷([\d.]+)＝([\d.]+%)", sg[7])
    same("h388 FORMULA: the “三公” calculation; the 实际完成值 copies it; ≥5% either way",
         (m.group(4), rate_s(fv(m.group(1)) - fv(m.group(2)), fv(m.group(3))), sg[4], met(sg[3], "12.49%"),
          fv(sg[6]) == fv(sg[5])), ("12.35%", "12.49%", "12.35%", True, True))
    st = next(r for r in body if r[2] == "医保基金结算及时率")
    mr = re.fullmatch(r"≥(\d+)%得满分，每低1个百分点扣(\d+)分", st[8])
    rule = r2(fv(st[5]) - (fv(mr.group(1)) - lead_num(st[4])) * fv(mr.group(2)))
    same("h388 RULE_SCORE: 结算及时率 by its own rule vs as printed (the proportion)",
         (fv(st[6]), rule, P(lead_num(st[4]), lead_num(st[3]), fv(st[5]))), (5.85, 3.6, 5.85))
    ex = next(r for r in body if r[2] == "预算执行率")
    same("h388 预算执行率 row repeats the 合计's rate; ≥95% either way (traps)",
         (ex[4], q_(bud["合计"][3]), met(ex[3], rate_s(bud["合计"][2], r2(bud["基本支出"][1] + bud["项目支出"][1]))),
          fv(ex[6])), (q_(bud["合计"][3]), ex[4], True, 5.0))
    tot = it[-1]
    same("h388 总分 = rows; 分值 100; missed rows (traps)",
         (r2(sum(x[6] for x in tup)), fv(tot[6]), sum(x[5] for x in tup), Q.missed_rows(tup)),
         (g["totalScore"], g["totalScore"], 100.0,
          [("医保基金结算及时率", 5.85, 5.85, True), ("定点医药机构满意度", 4.91, 4.91, True)]))
    same("h388 grade", (tot[7], grade_of(fv(tot[6])), grade_of(r2(fv(tot[6]) - 5.85 + 3.6)),
                        re.search(BANDS_RE, text) is not None), (f"自评等级：{g['grade']}", "优", "优", True))
    print(f"h388: Word HTML (.doc, gb2312), {len(body)} rows, total {tot[6]}")


def main(argv):
    global MUTATE
    if "--mutate" in argv:
        MUTATE = True
        argv = [a for a in argv if a != "--mutate"]
    counts = {}
    for name, f in (("h384", check384), ("h385", check385), ("h386", check386), ("h387", check387),
                    ("h388", check388)):
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
